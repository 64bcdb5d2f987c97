"""Slot fillers of the seventeenth held-out round (``heldout17.py``): invented people of Kenyan,
Scottish, Welsh, Filipino, Caribbean, Malaysian and South African origin in many name shapes
(hyphens, particles, initials, single names, names ending in -an, -son, -es), quotation marks,
open-class cue verbs, quotations and clauses of health, schools, transport, arts and culture,
farming, religion and the military, roles with their bodies, unusual role nouns, place-modified
titles, unnamed groups, documents, datelines, bylines and interview exchanges, that no development
template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person17:
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
        """How a later sentence names the person: `Mrs MacLeod`, `Mr ap Gwilym`, or a single name."""
        if self.shape == "single":
            return self.full
        return ("Mrs " if self.gender == "f" else "Mr ") + self.last


@frozen
class Mark17:
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


DOUBLE17 = (Mark17('"', '"'), Mark17("“", "”"))
SINGLE17 = (Mark17("'", "'"), Mark17("‘", "’"))
MARKS17 = DOUBLE17 + SINGLE17

WOMEN17 = (
    Person17("Wanjiru Kamau-Otieno", "Kamau-Otieno", "f", "hyphen, Kenyan"),
    Person17("Maricel dela Cruz", "dela Cruz", "f", "particle, Filipino"),
    Person17("Eilidh MacLeod", "MacLeod", "f", "Scottish"),
    Person17("Angharad Pritchard-Evans", "Pritchard-Evans", "f", "hyphen, -es, Welsh"),
    Person17("Tan Mei Ling", "Tan", "f", "Malaysian, family name first"),
    Person17("Anneliese van der Merwe", "Van der Merwe", "f", "particle, South African"),
    Person17("Rhiannon Davies", "Davies", "f", "-es, Welsh"),
    Person17("Keisha-Ann Thompson", "Thompson", "f", "hyphen, -son, Caribbean"),
    Person17("Grace W. Achieng", "Achieng", "f", "initial, Kenyan"),
    Person17("Morag Buchanan", "Buchanan", "f", "-an, Scottish"),
    Person17("Nomvula Mahlangu", "Mahlangu", "f", "South African"),
    Person17("Zinhle", "Zinhle", "f", "single"),
)

MEN17 = (
    Person17("Kiprono Cheruiyot-Langat", "Cheruiyot-Langat", "m", "hyphen, Kenyan"),
    Person17("Rhodri ap Gwilym", "ap Gwilym", "m", "particle, Welsh"),
    Person17("Emmanuel delos Reyes", "delos Reyes", "m", "particle, -es, Filipino"),
    Person17("Lim Wei Jie", "Lim", "m", "Malaysian, family name first"),
    Person17("Callum Fergusson", "Fergusson", "m", "-son, Scottish"),
    Person17("Sipho Ndlovu", "Ndlovu", "m", "South African"),
    Person17("Marlon St. Hilaire", "St. Hilaire", "m", "particle with a stop, Caribbean"),
    Person17("J. R. Odhiambo", "Odhiambo", "m", "initials, Kenyan"),
    Person17("Euan McLachlan", "McLachlan", "m", "-an, Scottish"),
    Person17("Devindra Rampersad", "Rampersad", "m", "Indo-Caribbean"),
    Person17("Bayani Macaraeg", "Macaraeg", "m", "Filipino"),
    Person17("Sizwe", "Sizwe", "m", "single"),
)

PEOPLE17 = WOMEN17 + MEN17

DAYS17 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: (past, present) of open-class cue verbs.
OPEN_VERBS17 = (
    ("marvelled", "marvels"),
    ("lamented", "laments"),
    ("conceded", "concedes"),
    ("scoffed", "scoffs"),
    ("ventured", "ventures"),
    ("fumed", "fumes"),
    ("mused", "muses"),
    ("quipped", "quips"),
    ("gushed", "gushes"),
    ("cautioned", "cautions"),
    ("protested", "protests"),
    ("joked", "jokes"),
)

#: (after the name, before the name, parts a title must contain).
ROLES17 = (
    (
        "head teacher of Kilbride Primary School",
        "Kilbride Primary School head teacher",
        ("head teacher", "Kilbride Primary School"),
    ),
    (
        "chief executive of the Nairobi Metropolitan Health Board",
        "Nairobi Metropolitan Health Board chief executive",
        ("chief executive", "Nairobi Metropolitan Health Board"),
    ),
    (
        "general manager of the Penang Ferry Service",
        "Penang Ferry Service general manager",
        ("general manager", "Penang Ferry Service"),
    ),
    (
        "artistic director of the Cardiff Bay Theatre Company",
        "Cardiff Bay Theatre Company artistic director",
        ("artistic director", "Cardiff Bay Theatre Company"),
    ),
    (
        "chairperson of the Limpopo Citrus Growers Association",
        "Limpopo Citrus Growers Association chairperson",
        ("chairperson", "Limpopo Citrus Growers Association"),
    ),
    (
        "medical director at Baguio General Hospital",
        "Baguio General Hospital medical director",
        ("medical director", "Baguio General Hospital"),
    ),
    (
        "curator at the Port of Spain Carnival Museum",
        "Port of Spain Carnival Museum curator",
        ("curator", "Carnival Museum"),
    ),
    (
        "spokesperson for the Western Cape Minibus Taxi Council",
        "Western Cape Minibus Taxi Council spokesperson",
        ("spokesperson", "Western Cape Minibus Taxi Council"),
    ),
    (
        "principal of Aberdour Academy",
        "Aberdour Academy principal",
        ("principal", "Aberdour Academy"),
    ),
    (
        "dean of agriculture at Egerton University",
        "Egerton University agriculture dean",
        ("dean", "Egerton University"),
    ),
)

#: Quotations that fit each role of ``ROLES17`` (index for index), without final punctuation.
ROLE_QUOTES17 = (
    (
        "Every child in this school deserves a warm classroom",
        "We have had three burst pipes since the half-term break",
    ),
    (
        "The clinics cannot keep absorbing patients the hospitals turn away",
        "We are short of two hundred nurses across the county",
    ),
    (
        "The new boats will halve the waiting time at the jetty",
        "Passengers have been patient with us and we owe them a better crossing",
    ),
    (
        "This season is about giving the stage back to Welsh writers",
        "We sold out the opening week before the posters went up",
    ),
    (
        "The growers cannot absorb another increase in the price of diesel",
        "We lost almost a third of the crop to hail in November",
    ),
    (
        "The emergency ward was built for half the patients it now sees",
        "Our doctors are working double shifts to keep the wards open",
    ),
    (
        "These costumes tell the story of every band that ever crossed the stage",
        "Some of the headpieces are older than the museum itself",
    ),
    (
        "The drivers will not accept a fare freeze without fuel relief",
        "Our members have been parked at the rank since five in the morning",
    ),
    (
        "The pupils have worked harder this year than any group I remember",
        "Nobody should have to sit an exam in a cold hall",
    ),
    (
        "Farmers need seed that can survive a failed long rain",
        "Our students spend half their time on the demonstration farm",
    ),
)

#: Generic quotations of the domains, without final punctuation.
ALL_Q17 = (
    "We have never seen the wards this full in December",
    "The timetable was written by people who never wait for a bus",
    "Nobody in this village voted for a quarry next to the school",
    "The harvest came in early and the prices fell with it",
    "Our congregation has doubled since the new priest arrived",
    "The soldiers were back in barracks by midnight",
    "The gallery will stay open until the last visitor has gone home",
    "We are asking for a fair price and nothing more",
    "The trains were full long before they reached the city",
    "Every parent I spoke to wants the crossing made safer",
    "The festival brought more visitors than we had beds for",
    "We will keep the clinic open for as long as the generator runs",
    "This is the best maize crop the valley has had in a decade",
    "The choir has practised every evening for a month",
    "Nobody told us the ferry would be cancelled",
    "The new wing will be ready before the rains",
)

#: Reported clauses (for `that C`), lower-case, without final punctuation.
CLAUSES17 = (
    "the ward would reopen by the end of the month",
    "the new timetable would ease crowding at the terminus",
    "the school had enough teachers for the coming term",
    "the cooperative would pay its members before Christmas",
    "the cathedral roof needed urgent repairs",
    "the battalion would return from the border in March",
    "the museum had been promised a new storeroom",
    "fares on the night buses would stay the same",
    "the clinic had run out of malaria tests twice this year",
    "the drought had cost the growers most of their tea",
    "the orchestra would tour the islands in the spring",
    "the bridge would be closed for another six weeks",
)

#: Unnamed groups: (plural, singular, the lead's setting with a place).
GROUPS17 = (
    ("nurses", "nurse", "at the Kenyatta referral hospital"),
    ("farmers", "farmer", "at the cattle auction in Nakuru"),
    ("commuters", "commuter", "at the jeepney terminal in Cubao"),
    ("parents", "parent", "outside the school gates in Paisley"),
    ("parishioners", "parishioner", "after Mass at St Mungo's chapel in Glasgow"),
    ("soldiers", "soldier", "at the barracks in Brecon"),
    ("fishermen", "fisherman", "on the jetty at Lumut"),
    ("musicians", "musician", "backstage at the Queen's Park Savannah"),
)

#: Quotations a member of a group might give, without final punctuation.
GROUP_Q17 = (
    "We were told the new rota would start in January",
    "Nobody asked us before the decision was made",
    "The prices have doubled since the start of the year",
    "We want the same deal as everybody else",
    "I have been coming here for twenty years and never seen it this bad",
    "They listen to us only when there is an election",
    "The road to the market floods every time it rains",
    "We need more hands, not more meetings",
)

#: Clauses a group might report, lower-case, without final punctuation.
GROUP_CLAUSES17 = (
    "they had not been paid for three months",
    "the new rules had been explained to nobody",
    "the road had been impassable since the floods",
    "they would rather wait for the next ballot",
    "the shortages had got worse since the budget",
    "the fees were more than most families could afford",
)

#: Bodies: (name, the kind noun a later sentence uses for it).
ORGS17 = (
    ("the Kenya Tea Growers Agency", "agency"),
    ("Penang Ferry Service", "operator"),
    ("the Scottish Crofting Federation", "federation"),
    ("Transnet Freight Rail", "company"),
    ("the Welsh National Opera", "company"),
    ("the Archdiocese of Cebu", "archdiocese"),
    ("the Trinidad and Tobago Defence Force", "force"),
    ("Highland Health Board", "board"),
)

#: Clauses bodies report, lower-case, without final punctuation.
ORG_CLAUSES17 = (
    "the changes would take effect from the first of April",
    "it had received more than four hundred complaints",
    "no jobs would be lost in the restructuring",
    "the service would resume once repairs were complete",
    "the figures showed a steady rise in demand",
    "a review of the decision was already under way",
)

#: Quotations of bodies (a statement's words), without final punctuation.
ORG_Q17 = (
    "We regret the inconvenience to our customers",
    "The safety of our staff comes first",
    "We are reviewing the findings with care",
    "Our doors remain open to everyone in the community",
)

#: Gendered role nouns: (woman, man).
GENDERED17 = (
    ("headmistress", "headmaster"),
    ("chairwoman", "chairman"),
    ("nun", "monk"),
    ("herdswoman", "herdsman"),
)

#: Role nouns outside common lists, in apposition: (role with place, parts).
ODD_ROLES17 = (
    ("a dairy farmer from Nyandarua", ("dairy farmer", "Nyandarua")),
    ("a jeepney driver in Quezon City", ("jeepney driver", "Quezon City")),
    ("a steelpan tuner in Laventille", ("steelpan tuner", "Laventille")),
    ("a crofter on the Isle of Skye", ("crofter", "Skye")),
    ("a durian grower in Raub", ("durian grower", "Raub")),
    ("a sheep shearer from Brecon", ("sheep shearer", "Brecon")),
    ("a matatu conductor in Nakuru", ("matatu conductor", "Nakuru")),
    ("a lay preacher in Swansea", ("lay preacher", "Swansea")),
    ("a church organist in Dumfries", ("church organist", "Dumfries")),
    ("a rooibos picker near Clanwilliam", ("rooibos picker", "Clanwilliam")),
)

#: Place-modified titles before a name: (title, parts).
PLACE_TITLES17 = (
    ("Mombasa Governor", ("Mombasa", "Governor")),
    ("Glasgow MSP", ("Glasgow", "MSP")),
    ("Gauteng MEC for Health", ("Gauteng", "MEC")),
    ("Selangor exco member", ("Selangor", "exco")),
    ("Cebu Vice Governor", ("Cebu", "Vice Governor")),
    ("Gwynedd councillor", ("Gwynedd", "councillor")),
    ("Kisumu Senator", ("Kisumu", "Senator")),
    ("Tobago Chief Secretary", ("Tobago", "Chief Secretary")),
)

#: Datelines (with their trailing dash or colon) and the words that must appear in no quote.
DATELINES17 = (
    ("NAIROBI, Kenya (AP) —", "NAIROBI"),
    ("KUALA LUMPUR, March 3 (Bernama) --", "KUALA LUMPUR"),
    ("CAPE TOWN —", "CAPE TOWN"),
    ("MANILA, Philippines (Reuters) -", "MANILA"),
    ("PORT OF SPAIN, Trinidad (CMC) –", "PORT OF SPAIN"),
    ("INVERNESS, Scotland —", "INVERNESS"),
    ("SWANSEA, Wales (PA) -", "SWANSEA"),
    ("DURBAN, June 12 (Sapa) -", "DURBAN"),
)

#: Bylines: (byline paragraph, the name that must be no speaker).
BYLINES17 = (
    ("By Wambui Kariuki\nNation Correspondent", "Wambui Kariuki"),
    ("By Hamish Drummond, Highland Correspondent", "Hamish Drummond"),
    ("Written by Ailyn Soriano | Staff Reporter", "Ailyn Soriano"),
    ("By Thabo Mokoena in Johannesburg", "Thabo Mokoena"),
)

#: Interview exchanges: (question, answer).
EXCHANGES17 = (
    ("How many beds does the ward need?", "At least forty more, and the nurses to staff them."),
    ("Will the ferries run over the holiday?", "Every one of them, on the summer timetable."),
    ("What did the drought cost the farm?", "Most of the second planting, and two of the heifers."),
    ("Why did the choir leave the cathedral?", "We needed a hall we could heat in winter."),
    ("When will the pupils move into the new block?", "After the Easter holidays, if the roofers finish."),
    ("Were the soldiers ready for the floods?", "They had sandbags on the lorries before the rain began."),
    ("Is the exhibition coming to Kingston?", "It opens there in August and stays until the new year."),
    ("What will the fare rise mean for drivers?", "Fewer passengers, and longer days at the rank."),
)

#: Quotations with apostrophes inside and at the edges of words, for single marks.
APOS_Q17 = (
    "The bairns' playground has been shut since the storm",
    "We'll be open at nine o'clock every morning",
    "We were singin' and dancin' until the sun came up",
    "It's the best harvest we've had since the '60s",
    "The lads' kit was washed by half the village",
    "Y'know, the jeepney drivers' union never backed down",
    "I didn't think the congregation's roof would last the winter",
    "Them soldiers' boots were soaked through, ma'am",
)
