"""Slot fillers of the sixteenth held-out round (``heldout16.py``): invented people of many origins
and name shapes (hyphens, particles, initials, a single name, an apostrophe, names ending in -an,
-son, -es), quotation marks, open-class cue verbs in the past and present, quotations and clauses of
sports, courts, science, business and local government in Indian, Nigerian, Irish, Australian and
Canadian settings, roles with their bodies, unusual role nouns, place-modified titles, unnamed
groups, documents, datelines, bylines and interview exchanges, that no development template or
earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person16:
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
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Ní Bhriain`, `Mr Gonçalves`, or a single name."""
        if self.shape == "single":
            return self.full
        return ("Ms " if self.gender == "f" else "Mr ") + self.last


@frozen
class Mark16:
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


DOUBLE16 = (Mark16('"', '"'), Mark16("“", "”"))
SINGLE16 = (Mark16("'", "'"), Mark16("‘", "’"))
MARKS16 = DOUBLE16 + SINGLE16

WOMEN16 = (
    Person16("Chiamaka Obi-Nwosu", "Obi-Nwosu", "f", "hyphen"),
    Person16("Lakshmi Sundararajan", "Sundararajan", "f", "-an"),
    Person16("Siobhán Ní Bhriain", "Ní Bhriain", "f", "particle"),
    Person16("Rosalind J. Pattinson", "Pattinson", "f", "initial, -son"),
    Person16("Inés Fuentes", "Fuentes", "f", "-es"),
    Person16("Aoife O'Mahony", "O'Mahony", "f", "apostrophe"),
    Person16("Marie-Ève Tremblay", "Tremblay", "f", "hyphen, Canadian"),
    Person16("Yetunde Bakare", "Bakare", "f", "Nigerian"),
    Person16("Bronwyn Hutchinson", "Hutchinson", "f", "-son"),
    Person16("Harpreet Kaur Sandhu", "Sandhu", "f", "Punjabi"),
    Person16("Sukarti", "Sukarti", "f", "single"),
    Person16("Margriet ter Horst", "ter Horst", "f", "particle"),
)

MEN16 = (
    Person16("Emeka Okafor-Eze", "Okafor-Eze", "m", "hyphen"),
    Person16("Ciarán Ó Murchú", "Ó Murchú", "m", "particle"),
    Person16("Arvind Balakrishnan", "Balakrishnan", "m", "-an"),
    Person16("Graham Fergusson", "Fergusson", "m", "-son"),
    Person16("Rodrigo Gonçalves", "Gonçalves", "m", "-es"),
    Person16("P. V. Narasimhan", "Narasimhan", "m", "initials, -an"),
    Person16("Liam O'Dwyer", "O'Dwyer", "m", "apostrophe"),
    Person16("Jean-Marc Lachance", "Lachance", "m", "hyphen, Canadian"),
    Person16("Kwabena Owusu", "Owusu", "m", "Ghanaian"),
    Person16("Hamish McLennan", "McLennan", "m", "Mc, -an"),
    Person16("Suharyanto", "Suharyanto", "m", "single"),
    Person16("Mohammed Bello Yusuf", "Yusuf", "m", "Hausa"),
)

PEOPLE16 = tuple(p for pair in zip(WOMEN16, MEN16, strict=True) for p in pair)
#: People whose name takes an honorific (no single names): for pronoun and salience templates.
HONOURED16 = tuple(p for p in PEOPLE16 if p.shape != "single")

DAYS16 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Open-class cue verbs: (past, present).
OPEN_VERBS16 = (
    ("grumbled", "grumbles"),
    ("enthused", "enthuses"),
    ("fretted", "frets"),
    ("griped", "gripes"),
    ("lamented", "laments"),
    ("reflected", "reflects"),
    ("countered", "counters"),
    ("chuckled", "chuckles"),
    ("hedged", "hedges"),
    ("gushed", "gushes"),
    ("sighed", "sighs"),
    ("reasoned", "reasons"),
)

#: Verbs taking a that-clause: (present, present perfect, future).
THAT_VERBS16 = (
    ("reckons", "has long maintained", "will argue"),
    ("contends", "has conceded", "will tell the inquiry"),
    ("believes", "has repeatedly warned", "is expected to say"),
    ("acknowledges", "has admitted", "will insist"),
)

SPORT_Q16 = (
    "We gave the ball away far too cheaply in the second half",
    "The lads emptied the tank and I can't ask for more than that",
    "Our bowlers were superb on a flat wicket",
    "Nobody gave us a chance at the start of the season",
    "The ref had a clear view and still got it wrong",
    "I'd rather win ugly than lose pretty",
)
COURT_Q16 = (
    "The accused showed no remorse at any stage of the trial",
    "My client will be appealing this verdict",
    "The evidence simply does not support the charge",
    "This was a calculated and cruel fraud on elderly people",
    "We are relieved that the jury saw through it",
)
BENCH_Q16 = (
    "The court cannot ignore the harm done to the victims",
    "A custodial sentence is the only appropriate outcome here",
    "I am not persuaded by the defence's account",
)
SCIENCE_Q16 = (
    "The samples from the estuary surprised all of us",
    "We need a much larger trial before anyone changes their diet",
    "The telescope picked up the signal on its third pass",
    "These results have to be replicated by an independent lab",
    "Soil bacteria turned out to be doing most of the work",
)
BUSINESS_Q16 = (
    "Margins will stay under pressure until freight costs ease",
    "We are not going to chase volume at any price",
    "The rupee's slide has made our imports dearer",
    "Our customers are trading down, not walking away",
    "We expect the new plant to be running by March",
)
COUNCIL_Q16 = (
    "The potholes on the ring road are a disgrace",
    "Ratepayers deserve to know where the money went",
    "The library will stay open on Saturdays",
    "We cannot keep patching up a bridge that needs replacing",
    "The bin collections will return to normal next week",
    "This budget protects frontline services",
)
COMMUNITY_Q16 = (
    "Trade has halved since the roadworks began",
    "Nobody from the council has ever come down here",
    "The ferry is the only way most of us get to work",
    "We've been waiting three years for a proper footpath",
    "The water comes brown out of the tap most mornings",
    "It's the busiest summer we've had in a decade",
)
ORG_Q16 = (
    "We will not be commenting further while the review is under way",
    "The decision was taken after careful consideration",
    "Our priority now is stability",
    "We remain committed to the region",
    "A successor will be named in due course",
)
ALL_Q16 = SPORT_Q16 + COURT_Q16 + SCIENCE_Q16 + BUSINESS_Q16 + COUNCIL_Q16 + COMMUNITY_Q16
#: Second sentences of a quotation continued after its cue.
SECONDS16 = (
    "That is the honest truth",
    "We will be back",
    "Nobody should be surprised by that",
    "There is a lot of work still to do",
    "I stand by every word",
)

#: That-clauses (indirect content) of civic and business life.
CLAUSES16 = (
    "the new bypass would cut journey times by a third",
    "the hospital needed another forty nurses",
    "the club would not sell its captain",
    "the fare rise had been approved without consultation",
    "the mill would close at the end of the year",
    "the flood defences had held overnight",
    "the harvest was the worst in a generation",
    "the trial had been delayed by a missing witness",
    "the water treatment plant was running at full capacity",
    "the tender process had been fair",
)
#: What a body reports (indirect content).
ORG_CLAUSES16 = (
    "its costs had risen sharply over the year",
    "it had received more than four hundred complaints",
    "the review would be completed by June",
    "no one had been hurt",
    "staff had been briefed on the changes",
)
#: What an unnamed group says (indirect content).
GROUP_CLAUSES16 = (
    "the new parking charges were driving customers away",
    "nobody had warned them about the closure",
    "the service had got worse since the takeover",
    "the council had ignored their complaints",
)

#: Roles with their bodies: (apposition after the name, title before the name, parts of the title).
ROLES16 = (
    ("district collector of Thrissur", "Thrissur District Collector", ("collector", "Thrissur")),
    ("chairman of the Ikeja Local Government Area", "Ikeja Local Government chairman", ("chairman", "Ikeja")),
    ("reeve of Tiny Township", "Tiny Township Reeve", ("reeve", "Tiny Township")),
    (
        "director of services at Mayo County Council",
        "Mayo County Council director of services",
        ("director", "Mayo"),
    ),
    (
        "chief scientist at the Fremantle Marine Institute",
        "Fremantle Marine Institute chief scientist",
        ("scientist", "Fremantle"),
    ),
    ("head coach of the Saskatoon Blades", "Saskatoon Blades head coach", ("coach", "Saskatoon")),
    (
        "chief financial officer of Konkan Cement",
        "Konkan Cement chief financial officer",
        ("financial officer", "Konkan"),
    ),
    (
        "senior counsel for the Lagos State Ministry of Justice",
        "Lagos State senior counsel",
        ("counsel", "Lagos"),
    ),
)
#: The quotation pool each of ``ROLES16`` speaks from.
ROLE_POOLS16 = (
    COUNCIL_Q16,
    COUNCIL_Q16,
    COUNCIL_Q16,
    COUNCIL_Q16,
    SCIENCE_Q16,
    SPORT_Q16,
    BUSINESS_Q16,
    COURT_Q16,
)

#: Roles a body has: (role in the apposition, the part a title must contain).
ORG_ROLES16 = (
    ("head of research", "research"),
    ("general manager", "general manager"),
    ("spokesperson", "spokesperson"),
    ("company secretary", "secretary"),
    ("director of operations", "operations"),
)

#: Coordinated roles tied to one body: (apposition, parts).
COORD_ROLES16 = (
    ("co-founder and chief technology officer of Bluegum Analytics", ("co-founder", "Bluegum")),
    ("owner and head chef of the Lantern Room in Kochi", ("owner", "chef")),
    ("secretary and treasurer of the Claddagh Rowing Club", ("secretary", "treasurer")),
    ("chairwoman and chief executive of Abeokuta Textiles", ("chairwoman", "Abeokuta")),
)

#: Role nouns outside common lists, with a place: (noun, place).
ODD_ROLES16 = (
    ("lobster fisher", "Yarmouth"),
    ("saree weaver", "Kanchipuram"),
    ("sheep shearer", "Wagga Wagga"),
    ("danfo driver", "Surulere"),
    ("turf cutter", "Offaly"),
    ("maple syrup producer", "the Beauce"),
    ("rickshaw puller", "Kolkata"),
    ("stonemason", "Connemara"),
    ("ferry pilot", "Halifax"),
    ("cane cutter", "Bundaberg"),
)

#: Place-modified titles before a name: (title, part the title must contain).
PLACE_TITLES16 = (
    ("Nevada Rep.", "Rep."),
    ("Punjab MLA", "MLA"),
    ("Mayo TD", "TD"),
    ("Ontario MPP", "MPP"),
    ("Tasmanian Senator", "Senator"),
    ("Kano State lawmaker", "lawmaker"),
)

#: Unnamed groups: (plural, singular, setting).
GROUPS16 = (
    ("stallholders", "stallholder", "at the Sunday market in Fremantle"),
    ("commuters", "commuter", "on the platform at Kurla station"),
    ("taxi drivers", "taxi driver", "at the rank in Yaba"),
    ("ratepayers", "ratepayer", "in the gallery of the council chamber"),
    ("fishermen", "fisherman", "on the quay at Killybegs"),
    ("season-ticket holders", "season-ticket holder", "outside the ground in Regina"),
)

#: Bodies: (name, the noun a later sentence uses for it).
ORGS16 = (
    ("Kestrel Airways", "the airline"),
    ("Konkan Cement", "the company"),
    ("Galway City Council", "the council"),
    ("the Nigerian Union of Teachers", "the union"),
    ("Prairie Rail", "the operator"),
    ("the Bank of Mysore", "the bank"),
)

#: Datelines, each with the strings that must appear in no quote or speaker.
DATELINES16 = (
    ("ABUJA, Nigeria (Reuters) — ", ("ABUJA", "Reuters")),
    ("Kolkata, Jan 9 (PTI) ", ("Kolkata", "PTI")),
    ("SYDNEY (AAP) - ", ("SYDNEY", "AAP")),
    ("CORK, Ireland — ", ("CORK",)),
    ("WINNIPEG — ", ("WINNIPEG",)),
    ("BENGALURU: ", ("BENGALURU",)),
)
#: Bylines: (text of the byline paragraph, the reporter's name).
BYLINES16 = (
    ("By Tunde Afolabi\nLagos Bureau", "Tunde Afolabi"),
    ("By Rituparna Ghosh | Press Trust of India", "Rituparna Ghosh"),
    ("Story by Callum Ferris, Australian Associated Press", "Callum Ferris"),
    ("Sorcha Kavanagh\nSouthern Correspondent", "Sorcha Kavanagh"),
    ("By Delphine Ouellet, The Canadian Press", "Delphine Ouellet"),
    ("By Mahesh Gowda, Express News Service", "Mahesh Gowda"),
)

#: Interview exchanges: (question, answer).
EXCHANGES16 = (
    (
        "Why did the club sack the manager mid-season?",
        "The board had lost faith in him long before the results turned.",
    ),
    ("How many jobs will go at the plant?", "About ninety, and we will redeploy as many as we can."),
    (
        "Is the bridge safe to cross?",
        "Yes, for cars and bicycles, but not for lorries until the repairs are done.",
    ),
    ("What did the samples show?", "Far more microplastics than we expected in the upper estuary."),
    ("Will you stand again at the next election?", "I have not decided, and I will not decide this year."),
    ("What do you say to the families?", "That we hear them, and that the inquiry will be independent."),
)

#: Quotations with apostrophes inside words, for British single marks.
APOS_Q16 = (
    "The kids' club runs until six o'clock",
    "We can't open the pool 'til the inspectors sign it off",
    "It's the best team we've had since the '90s",
    "Mum's recipe hasn't changed in forty years",
    "The Bulls' defence didn't give us an inch",
    "I told him, ma'am, that the farmers' co-op wouldn't pay",
    "We'll serve fish 'n' chips to whoever turns up",
)
