"""Slot fillers of the fifteenth held-out round (``heldout15.py``): people of many origins and name
shapes (hyphens, particles, initials, a single name, names ending in -an, -son, -es), quotation
marks, cue verbs in every tense, quotations and clauses of sports, courts, science, business and
local government in Indian, Nigerian, Irish, Australian and Canadian settings, roles with their
bodies, unusual role nouns, place-modified titles, unnamed groups, documents, datelines and bylines,
that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person15:
    """An invented person: full name, the surname used after an honorific, gender (`f`/`m`) and
    the name shape (for reading the templates)."""

    full: str
    last: str
    gender: str
    shape: str

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Raghavan`, `Mr de Búrca`, or a single name."""
        if self.shape == "single":
            return self.full
        return ("Ms " if self.gender == "f" else "Mr ") + self.last


@frozen
class Mark15:
    """A pair of quotation marks; ``curly`` marks take curly apostrophes inside."""

    open: str
    close: str

    @property
    def curly(self) -> bool:
        """Whether the marks are typographic (then apostrophes are `’`)."""
        return self.open in "“‘"

    def q(self, text: str) -> str:
        """*text* between the marks, its apostrophes matching the marks' style."""
        if self.curly:
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE15 = (Mark15('"', '"'), Mark15("“", "”"))
SINGLE15 = (Mark15("'", "'"), Mark15("‘", "’"))
MARKS15 = DOUBLE15 + SINGLE15

WOMEN15 = (
    Person15("Adaeze Okonkwo-Bello", "Okonkwo-Bello", "f", "hyphen"),
    Person15("Priyanka Raghavan", "Raghavan", "f", "-an"),
    Person15("Niamh O'Sullivan", "O'Sullivan", "f", "apostrophe"),
    Person15("Marijke van der Berg", "van der Berg", "f", "particle"),
    Person15("Helen R. Cuthbertson", "Cuthbertson", "f", "initial, -son"),
    Person15("Dolores Paredes", "Paredes", "f", "-es"),
    Person15("Aroha Ngata", "Ngata", "f", "Maori"),
    Person15("Meenakshi Iyer", "Iyer", "f", "Indian"),
    Person15("Fatoumata Diallo", "Diallo", "f", "West African"),
    Person15("Chloe Kwan", "Kwan", "f", "-an"),
)
MEN15 = (
    Person15("Chukwuemeka Adeyemi", "Adeyemi", "m", "Nigerian"),
    Person15("Rajesh Venkataraman", "Venkataraman", "m", "-an"),
    Person15("Ciarán de Búrca", "de Búrca", "m", "particle"),
    Person15("Jean-Baptiste Moreau", "Moreau", "m", "hyphen"),
    Person15("T. K. Mahalingam", "Mahalingam", "m", "initials"),
    Person15("Brendan Halvorson", "Halvorson", "m", "-son"),
    Person15("Luís Fernandes", "Fernandes", "m", "-es"),
    Person15("Tiaguinho", "Tiaguinho", "m", "single"),
    Person15("Kwame Asante-Mensah", "Asante-Mensah", "m", "hyphen"),
    Person15("Lachlan McTavish", "McTavish", "m", "Mc"),
)
PEOPLE15 = tuple(p for pair in zip(WOMEN15, MEN15, strict=True) for p in pair)
#: People a later `Ms X` / `Mr X` can name (no single name).
HONOURED15 = tuple(p for p in PEOPLE15 if p.shape != "single")

DAYS15 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Quotations by one speaker, by domain (no closing punctuation: the template adds it).
SPORT_Q15 = (
    "We played with our hearts on our sleeves tonight",
    "That was the hardest forty minutes of hurling I have ever seen",
    "The pitch at the Gabba suited our quicks perfectly",
    "Nobody gave us a chance before the semi-final",
    "We will go back to the drawing board before the second Test",
)
COURT_Q15 = (
    "The evidence before this court does not support the charge",
    "My client has co-operated fully from the very first day",
    "This was a deliberate and sustained fraud on ordinary depositors",
    "The matter is adjourned to next month and bail is refused",
)
SCIENCE_Q15 = (
    "The results surprised everyone on the team",
    "We need at least another five years of data before anyone can be sure",
    "Nobody expected the bees to adapt so quickly",
    "The monsoon has shifted in ways our models did not predict",
)
BUSINESS_Q15 = (
    "Demand from small retailers has held up better than we feared",
    "We are not planning any further closures this year",
    "The fall in the rupee has made our imports far more expensive",
    "Our order book is the strongest it has been in a decade",
)
LOCAL_Q15 = (
    "The ward has waited far too long for a working borehole",
    "Residents deserve to know where the money went",
    "This bridge has been unsafe for three winters now",
    "We will clear the drains before the rains come",
)
#: Quotations anybody in these stories may say (not the defence lawyer's or the bench's).
ALL_Q15 = (*SPORT_Q15, COURT_Q15[0], COURT_Q15[2], *SCIENCE_Q15, *BUSINESS_Q15, *LOCAL_Q15)
#: Quotations a bench (judge, magistrate, justice) says.
BENCH_Q15 = (COURT_Q15[0], COURT_Q15[3])
#: Quotations a body says of itself (a company, a council, a department).
ORG_Q15 = (
    "We are not planning any further closures this year",
    "Customers will see the benefit within weeks",
    "Our priority remains the safety of the public",
    "We regret the disruption this has caused",
)
#: Second sentences of a split quotation.
SECONDS15 = (
    "We owe people a better answer than that",
    "Nothing has been decided yet",
    "The next few weeks will tell us a great deal",
    "Everyone in the district knows that",
)
#: Quotations with apostrophes inside (written with `'`; curly marks turn them into `’`).
APOS_Q15 = (
    "We're not finished yet, not by a long way",
    "It's the club's best season since the nineties",
    "The players' union hasn't been consulted about any of this",
    "I don't think the minister's plan will work",
    "Ours isn't a wealthy parish, but it's a generous one",
    "Farmers' incomes haven't recovered since the floods",
    "You can't run a hospital on goodwill alone",
    "It's rock 'n' roll at the back for us every week",
)
#: Quotations a group can say (no `I`, `my`, `me`).
GROUP_Q15 = (
    "We have been ignored for too long",
    "Nobody from the council has come to see us",
    "The water comes once a week if we are lucky",
    "Our children walk two kilometres to school",
)

#: Reported clauses a group says (past tense).
GROUP_CLAUSES15 = (
    "nobody had consulted local people about the new levy",
    "prices had doubled since the spring",
    "the clinic had not been paid since March",
    "the road had been closed for a fortnight without warning",
)
#: Reported clauses a body says of itself (past tense).
ORG_CLAUSES15 = (
    "demand had fallen in the second quarter",
    "the service would resume on Friday",
    "charges would rise by 4 per cent from April",
    "no jobs would be lost in the restructuring",
    "the new tariff had been approved by the regulator",
    "two depots would close by the end of the year",
    "complaints had fallen by a third since the new system began",
    "the board had accepted the findings of the review",
)
#: Reported clauses (past tense after a past cue).
CLAUSES15 = (
    "the council would review the waste contract",
    "the ferry service would resume on Friday",
    "the club had not received a formal offer for the striker",
    "the trial would resume next week",
    "the hospital had run out of beds twice this month",
    "the firm would open a second plant near Pune",
    "the survey had counted fewer bees than last year",
    "the levy had hurt small traders most",
)
#: Reported clauses in the present tense (after a present cue).
PRESENT_CLAUSES15 = (
    "the ward needs a second borehole",
    "the levy hurts small traders most",
    "the bridge is unsafe in winter",
    "the hospital cannot cope with another outbreak",
    "the squad is stronger than it looks on paper",
)

#: Open-class cue verbs: (past, present).
OPEN_VERBS15 = (
    ("quipped", "quips"),
    ("enthused", "enthuses"),
    ("conceded", "concedes"),
    ("cautioned", "cautions"),
    ("scoffed", "scoffs"),
    ("mused", "muses"),
    ("reasoned", "reasons"),
    ("lamented", "laments"),
    ("reflected", "reflects"),
    ("countered", "counters"),
    ("grumbled", "grumbles"),
    ("ventured", "ventures"),
    ("marvelled", "marvels"),
    ("fumed", "fumes"),
)
#: Verbs that take a `that` clause in the present and present perfect: (present, perfect).
THAT_VERBS15 = (
    ("argues", "has argued"),
    ("maintains", "has maintained"),
    ("insists", "has insisted"),
    ("warns", "has warned"),
    ("contends", "has contended"),
)

#: Roles with their body: (apposition after the name, role written before the name, title parts).
ROLES15 = (
    (
        "commissioner for health in Lagos State",
        "Lagos State Commissioner for Health",
        ("commissioner", "health"),
    ),
    ("finance minister of Kerala", "Kerala Finance Minister", ("finance minister", "kerala")),
    (
        "chief executive of Galway County Council",
        "Galway County Council chief executive",
        ("chief executive", "galway"),
    ),
    ("head of cardiology at St Brendan's Hospital", "St Brendan's Hospital cardiology head", ("cardiology",)),
    (
        "director of research at the University of Ibadan",
        "University of Ibadan research director",
        ("research", "ibadan"),
    ),
    (
        "president of the Nova Scotia Fishermen's Guild",
        "Nova Scotia Fishermen's Guild president",
        ("president", "guild"),
    ),
    ("coach of the Brisbane Kestrels", "Brisbane Kestrels coach", ("coach", "kestrels")),
    (
        "chair of the Ennis Residents' Association",
        "Ennis Residents' Association chair",
        ("chair", "residents"),
    ),
)
#: Organisations: (name, the common noun a later sentence uses for it).
ORGS15 = (
    ("Kaveri Textiles", "the company"),
    ("Okeke Cement", "the company"),
    ("Shannonside Credit Union", "the credit union"),
    ("Nipissing Hydro", "the utility"),
    ("Cork County Council", "the council"),
    ("Queensland Health", "the department"),
    ("Coast Capital Ferries", "the operator"),
    ("Bharat Solar", "the company"),
)
#: Roles an organisation's officer holds: (role, title part).
ORG_ROLES15 = (
    ("chief engineer", "chief engineer"),
    ("head of human resources", "head of human resources"),
    ("head of communications", "head of communications"),
    ("finance director", "finance director"),
    ("legal adviser", "legal adviser"),
)
#: Coordinated roles with their body: (apposition, title parts).
COORD_ROLES15 = (
    ("founder and managing director of Kaveri Textiles", ("founder", "managing director", "Kaveri")),
    ("chair and chief executive of Okeke Cement", ("chair", "chief executive", "Okeke")),
    ("secretary and treasurer of the Shannonside Credit Union", ("secretary", "treasurer", "Shannonside")),
    ("co-owner and head chef of Bistro Lir in Galway", ("co-owner", "head chef", "Lir")),
)
#: Role nouns outside the common lists, with where the person is from.
ODD_ROLES15 = (
    ("beekeeper", "Kilkenny"),
    ("tea planter", "Munnar"),
    ("boatbuilder", "Lunenburg"),
    ("sheep shearer", "Dubbo"),
    ("okada rider", "Ibadan"),
    ("stonemason", "Ennis"),
    ("cane farmer", "Bundaberg"),
    ("dhaba owner", "Ludhiana"),
    ("farrier", "Tipperary"),
    ("auctioneer", "Moncton"),
)
#: Place-modified titles before a name: (title, title part that must be kept).
PLACE_TITLES15 = (
    ("Ohio Rep.", "Rep."),
    ("Kerala MLA", "MLA"),
    ("Kildare TD", "TD"),
    ("Queensland senator", "senator"),
    ("Ontario MPP", "MPP"),
    ("Kano State governor", "governor"),
    ("Victorian Premier", "Premier"),
)
#: Rank or role words written right before the name (`Councillor NAME`).
PRE_ROLES15 = (
    "Councillor",
    "Magistrate",
    "Treasurer",
    "Pastor",
    "Inspector",
    "Coach",
    "Justice",
    "Alderman",
)

#: Groups for unnamed speakers: (plural noun, singular noun, setting).
GROUPS15 = (
    ("nurses", "nurse", "at the General Hospital in Enugu"),
    ("traders", "trader", "at Balogun Market"),
    ("farmers", "farmer", "from the Cauvery delta"),
    ("parents", "parent", "at the school gate in Drogheda"),
    ("fishermen", "fisherman", "in Petty Harbour"),
    ("shearers", "shearer", "in the Riverina"),
)

#: Round-up leads.
ROUNDUP_LEADS15 = (
    "How they reacted to the state budget:",
    "Reaction to the verdict:",
    "What the panel said:",
    "Voices from the count centre:",
)

#: Datelines (as written before the first word) and the strings that may be in no quote or name.
DATELINES15 = (
    ("LAGOS, Nigeria (AP) — ", ("LAGOS", "(AP)")),
    ("New Delhi, Mar 4 (PTI) ", ("New Delhi, Mar 4", "(PTI)")),
    ("GALWAY, Ireland — ", ("GALWAY",)),
    ("BRISBANE, Nov 12 AAP - ", ("BRISBANE", "AAP")),
    ("TORONTO — ", ("TORONTO",)),
    ("ABUJA, Nigeria (Reuters) - ", ("ABUJA", "(Reuters)")),
    ("CHENNAI: ", ("CHENNAI",)),
)
#: Bylines (written before the story, own paragraph) and the reporter's name; ``DATELINE_BYLINE15``
#: gives each dateline's byline.
BYLINES15 = (
    ("By Chidi Okafor, Staff Writer", "Chidi Okafor"),
    ("By Sunita Menon | Express News Service", "Sunita Menon"),
    ("Eoin Brady\nPolitical Correspondent", "Eoin Brady"),
    ("By Kylie Tran and Dev Malhotra", "Kylie Tran"),
)

#: Interview exchanges: (question, answer), the answer in the interviewee's voice.
EXCHANGES15 = (
    ("Why did you take the job?", "Because nobody else would do it."),
    ("Will there be cuts?", "Not while I am in charge, no."),
    ("Can you deliver what you promised?", "We can, if people give us the time."),
    ("What surprised you most this year?", "Frankly, how much support we had."),
    ("How do you answer your critics?", "I answer them with results, and the results are coming."),
)
DATELINE_BYLINE15 = (0, 1, 2, 3, 3, 0, 1)
