"""Slot fillers of the nineteenth held-out round (``heldout19.py``): invented people of Yoruba and Igbo
Nigerian, Vietnamese, Polish, Turkish, Brazilian, Icelandic, Samoan and Tongan, Québécois, Hungarian
and Peruvian (Quechua and Spanish double surnames) origin in many name shapes (hyphens, particles
`das`/`dos`, a family name first, patronymics, an apostrophe in a given name, a middle initial,
single names, names ending in -an and -son, diacritics), quotation marks, open-class cue verbs,
quotations and clauses of air-traffic control, beekeeping, ferry services, archives, orchestras, wind
farms, dentistry, customs, harbour pilotage and textile museums, roles with their bodies, unusual role
nouns, place-modified titles, unnamed groups, documents, datelines, bylines and interview exchanges,
that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person19:
    """An invented person: full name, the name used after an honorific, gender (`f`/`m`) and the
    name shape (for reading the templates)."""

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
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Olaniyan`, `Mr dos Anjos`, or a single name."""
        if self.shape == "single":
            return self.full
        return ("Ms " if self.gender == "f" else "Mr ") + self.last


@frozen
class Mark19:
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


DOUBLE19 = (Mark19('"', '"'), Mark19("“", "”"))
SINGLE19 = (Mark19("'", "'"), Mark19("‘", "’"))
MARKS19 = DOUBLE19 + SINGLE19

WOMEN19 = (
    Person19("Oluwakemi Adewusi-Bakare", "Adewusi-Bakare", "f", "hyphen, Yoruba"),
    Person19("Ngozika C. Obiechina", "Obiechina", "f", "middle initial, Igbo"),
    Person19("Trần Thị Hồng Nhung", "Nhung", "f", "family name first, Vietnamese"),
    Person19("Agnieszka Wróblewska-Zając", "Wróblewska-Zając", "f", "hyphen, diacritics, Polish"),
    Person19("Ayşegül Karaoğlan", "Karaoğlan", "f", "-an, Turkish"),
    Person19("Maria das Dores Albuquerque", "Albuquerque", "f", "particle, Brazilian"),
    Person19("Sólveig Hrafnsdóttir", "Hrafnsdóttir", "f", "patronymic, Icelandic"),
    Person19("Salote Havili", "Havili", "f", "Tongan"),
    Person19("Marie-Ève Gosselin-Paquette", "Gosselin-Paquette", "f", "double hyphen, Québécois"),
    Person19("Zsófia Bárdos-Lengyel", "Bárdos-Lengyel", "f", "hyphen, Hungarian"),
    Person19("Yolanda Huamán Quispe", "Huamán Quispe", "f", "double surname, -án, Peruvian"),
    Person19("Dudinha", "Dudinha", "f", "single"),
)

MEN19 = (
    Person19("Babatunde Olaniyan", "Olaniyan", "m", "-an, Yoruba"),
    Person19("Chidubem Anyanwu", "Anyanwu", "m", "Igbo"),
    Person19("Lê Văn Khoa", "Khoa", "m", "family name first, Vietnamese"),
    Person19("Przemysław Kędzierski", "Kędzierski", "m", "diacritics, Polish"),
    Person19("Oğuzhan Demirtaşlı", "Demirtaşlı", "m", "-an given name, Turkish"),
    Person19("João Vítor dos Anjos", "dos Anjos", "m", "particle, Brazilian"),
    Person19("Einar Þorgrímsson", "Þorgrímsson", "m", "-son patronymic, Icelandic"),
    Person19("Fa'afetai Leota", "Leota", "m", "apostrophe in given name, Samoan"),
    Person19("Jean-Sébastien Thibodeau", "Thibodeau", "m", "hyphenated given name, Québécois"),
    Person19("Levente Szőllősi", "Szőllősi", "m", "diacritics, Hungarian"),
    Person19("Wilber Mamani Condori", "Mamani Condori", "m", "double surname, Peruvian"),
    Person19("Tiquinho", "Tiquinho", "m", "single"),
)

PEOPLE19 = tuple(p for pair in zip(WOMEN19, MEN19, strict=True) for p in pair)

DAYS19 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles: (apposition after the name, title before the name, parts a title must contain).
ROLES19 = (
    (
        "watch supervisor at the Keflavík Area Control Centre",
        "Keflavík Area Control Centre watch supervisor",
        ("supervisor", "Keflavík Area Control Centre"),
    ),
    (
        "chair of the Tokaj Beekeepers' Union",
        "Tokaj Beekeepers' Union chair",
        ("chair", "Tokaj Beekeepers"),
    ),
    (
        "operations director of Saguenay River Ferries",
        "Saguenay River Ferries operations director",
        ("operations director", "Saguenay River Ferries"),
    ),
    (
        "chief archivist at the Gdańsk Maritime Archive",
        "Gdańsk Maritime Archive chief archivist",
        ("archivist", "Gdańsk Maritime Archive"),
    ),
    (
        "principal conductor of the Recife Philharmonic Orchestra",
        "Recife Philharmonic Orchestra principal conductor",
        ("conductor", "Recife Philharmonic"),
    ),
    (
        "site manager at the Ayvalık Wind Farm",
        "Ayvalık Wind Farm site manager",
        ("site manager", "Ayvalık Wind Farm"),
    ),
    (
        "president of the Ilesa Dental Association",
        "Ilesa Dental Association president",
        ("president", "Ilesa Dental Association"),
    ),
    (
        "deputy director of the Izmir Customs Directorate",
        "Izmir Customs Directorate deputy director",
        ("deputy director", "Izmir Customs Directorate"),
    ),
    (
        "chief pilot of the Apia Harbour Pilots Service",
        "Apia Harbour Pilots Service chief pilot",
        ("chief pilot", "Apia Harbour Pilots"),
    ),
    (
        "curator of the Cusco Textile Museum",
        "Cusco Textile Museum curator",
        ("curator", "Cusco Textile Museum"),
    ),
)

#: For each role: its body as written in running text, the role noun, and the body's kind noun.
BODIES19 = (
    ("the Keflavík Area Control Centre", "watch supervisor", "centre"),
    ("the Tokaj Beekeepers' Union", "chair", "union"),
    ("Saguenay River Ferries", "operations director", "company"),
    ("the Gdańsk Maritime Archive", "chief archivist", "archive"),
    ("the Recife Philharmonic Orchestra", "principal conductor", "orchestra"),
    ("the Ayvalık Wind Farm", "site manager", "wind farm"),
    ("the Ilesa Dental Association", "president", "association"),
    ("the Izmir Customs Directorate", "deputy director", "directorate"),
    ("the Apia Harbour Pilots Service", "chief pilot", "service"),
    ("the Cusco Textile Museum", "curator", "museum"),
)

#: Two quotations for each role of ROLES19 (no apostrophes: they also go between single marks).
ROLE_QUOTES19 = (
    (
        "Every controller on the night shift did exactly what we train them to do",
        "Two runways closed at once is something we plan for every winter",
    ),
    (
        "The hives came through the frost better than anyone expected",
        "A wet spring means the acacia honey will be thin this year",
    ),
    (
        "The crossing will run every forty minutes until the ice comes",
        "Our oldest boat has carried passengers since before I was born",
    ),
    (
        "Some of these ledgers have not been opened since the war",
        "We found the harbour plans in a box marked as invoices",
    ),
    (
        "The players rehearsed in coats because the heating failed",
        "We will take the programme to six towns in the interior",
    ),
    (
        "The turbines stood still for two days while the storm passed",
        "Local farmers lease us the land and graze sheep under the blades",
    ),
    (
        "Half the children we examined had never seen a dentist",
        "A check-up costs less than a week of bus fares",
    ),
    (
        "The containers were declared as machine parts and held olive oil",
        "Nothing leaves this port without a second inspection now",
    ),
    (
        "The swell at the reef entrance was the worst in ten years",
        "No tanker comes into the harbour without one of us on the bridge",
    ),
    (
        "These weavings were made without a single written pattern",
        "The dyes come from plants that grow only above three thousand metres",
    ),
)

#: Quotations anyone in the round may say (no apostrophes).
ALL_Q19 = (
    "The ferry was the only way in or out for three days",
    "We have asked for a meeting twice and heard nothing",
    "Nobody on this island remembers a winter like it",
    "The price of a crossing has doubled since the spring",
    "I would do it all again tomorrow",
    "The young people are leaving faster than we can count them",
    "We are not asking for charity, only for a fair hearing",
    "The whole village came down to the pier to watch",
)

#: Reported clauses a person says.
CLAUSES19 = (
    "the control tower would be fully staffed by the summer",
    "the bee colonies had lost a third of their numbers",
    "the night ferry would be withdrawn in November",
    "the archive had digitised forty thousand pages",
    "the orchestra would tour the interior in the autumn",
    "the wind farm had supplied half the town's power",
    "the clinic had seen twice as many children this year",
    "the customs checks would be tightened at every border post",
)

#: Groups for unnamed speakers: (plural, singular, where they were met).
GROUPS19 = (
    ("ferry workers", "ferry worker", "at the terminal"),
    ("beekeepers", "beekeeper", "at the honey fair"),
    ("air-traffic controllers", "air-traffic controller", "outside the control centre"),
    ("orchestra members", "orchestra member", "after the rehearsal"),
    ("dentists", "dentist", "at the congress"),
    ("dock workers", "dock worker", "at the container terminal"),
)

GROUP_Q19 = (
    "Nobody told us the timetable was changing",
    "We work nights and weekends and still cannot pay the rent",
    "The management has not been down here once",
    "We love this job but it is getting harder every year",
    "They cut the staff and then blamed us for the delays",
    "It feels like the whole town has been forgotten",
)

GROUP_CLAUSES19 = (
    "the new shift patterns had been imposed without consultation",
    "they had not been paid for the overtime in March",
    "the equipment had not been replaced in fifteen years",
    "they would strike if the talks failed again",
)

#: Open-class cue verbs no common lexicon lists: (past, present).
OPEN_VERBS19 = (
    ("rued", "rues"),
    ("bemoaned", "bemoans"),
    ("fulminated", "fulminates"),
    ("cajoled", "cajoles"),
    ("grumped", "grumps"),
    ("bridled", "bridles"),
    ("philosophised", "philosophises"),
    ("carped", "carps"),
    ("exulted", "exults"),
    ("rhapsodised", "rhapsodises"),
)

#: Bodies that issue documents: (name as written in running text, the noun used to refer back).
ORGS19 = (
    ("Saguenay River Ferries", "company"),
    ("the Icelandic Air Navigation Authority", "authority"),
    ("the Tokaj Beekeepers' Union", "union"),
    ("the Recife Philharmonic Orchestra", "orchestra"),
    ("the Izmir Customs Directorate", "directorate"),
    ("the Gdańsk Maritime Archive", "archive"),
    ("Pacific Wind Energy", "company"),
)

ORG_CLAUSES19 = (
    "the service would resume on Thursday morning",
    "the delays had been caused by a software fault",
    "all staff would receive the back pay by the end of the month",
    "the collection would stay open to researchers during the works",
    "it had seized more than two tonnes of counterfeit goods",
)

ORG_Q19 = (
    "We apologise to every passenger whose journey was disrupted",
    "Safety will always come before the timetable",
    "We are reviewing what happened and will publish our findings",
    "The figures show a clear improvement on last year",
)

#: Role nouns outside common lists, in apposition: (apposition, parts a title must contain).
ODD_ROLES19 = (
    ("an organ builder in Szeged", ("organ builder",)),
    ("a deckhand on the Tadoussac ferry", ("deckhand",)),
    ("a piano tuner in Olinda", ("piano tuner",)),
    ("a tapa cloth maker in Nuku'alofa", ("tapa cloth maker",)),
    ("an alpaca herder near Puno", ("alpaca herder",)),
    ("a clockmaker in Toruń", ("clockmaker",)),
    ("a carpet restorer in Konya", ("carpet restorer",)),
    ("a seabird ringer on Heimaey", ("seabird ringer",)),
    ("a talking-drum maker in Oshogbo", ("talking-drum maker",)),
)

#: Titles with a place before the name: (title, parts a title must contain).
PLACE_TITLES19 = (
    ("Quebec MNA", ("MNA",)),
    ("Anambra State governor", ("governor",)),
    ("Cusco regional governor", ("governor",)),
    ("Warsaw city councillor", ("councillor",)),
    ("Istanbul deputy mayor", ("deputy mayor",)),
    ("Hanoi People's Committee chairman", ("chairman",)),
)

#: Datelines: (dateline, a word that must appear in no quotation and no speaker).
DATELINES19 = (
    ("REYKJAVIK, Iceland (AP) —", "REYKJAVIK"),
    ("LAGOS, Nigeria, March 3 (Reuters) -", "LAGOS"),
    ("HANOI (AFP) —", "HANOI"),
    ("WARSAW, Poland —", "WARSAW"),
    ("ISTANBUL, June 9 (Reuters) -", "ISTANBUL"),
    ("SÃO PAULO (AP) —", "PAULO"),
    ("QUEBEC CITY —", "QUEBEC"),
    ("BUDAPEST, Hungary (AP) —", "BUDAPEST"),
    ("LIMA, Peru, Nov. 21 (Xinhua) --", "LIMA"),
    ("APIA, Samoa (AFP) —", "APIA"),
)

#: Bylines: (byline as printed, the reporter's surname that must not become a speaker).
BYLINES19 = (
    ("By Magnús Helgason and Ewa Nowicka", "Helgason"),
    ("By Phạm Minh Tuấn\nHanoi Correspondent", "Tuấn"),
    ("By Geneviève Tousignant | Special to the Gazette", "Tousignant"),
    ("Text and photographs by Kayode Ajayi", "Ajayi"),
    ("By Rosario Ccori Mendoza, Lima Bureau", "Mendoza"),
)

#: Interview exchanges: (question, answer); answers hold no apostrophes and no colon.
EXCHANGES19 = (
    (
        "Why were the flights held on the ground?",
        "The radar feed dropped out for eleven minutes and we stopped everything.",
    ),
    ("How many hives did you lose?", "About one in four, which is bad but not the worst we have had."),
    (
        "When will the night ferry come back?",
        "Not before the spring, and only if the town council pays its share.",
    ),
    (
        "What did you find in the basement?",
        "Ship registers going back to the eighteen-twenties, most of them dry.",
    ),
    ("Why take an orchestra to small towns?", "Because most people there have never heard one play live."),
    (
        "Are the customs checks slowing trade?",
        "They add a day at most, and they have stopped a lot of smuggling.",
    ),
)

#: Quotations with apostrophes inside and at the edges of words, for British single marks.
APOS_Q19 = (
    "The ferrymen's union won't back down this time",
    "We'd four hives left by March and they're thrivin'",
    "It's gone half past eight o'clock and the pilots' boat isn't back",
    "The conductor's baton snapped in the finale and he didn't miss a beat",
    "Y'know, the archivists' reading room hasn't changed since the '60s",
    "Fa'afetai's crew brought the tanker in without a scratch",
    "I've told 'em the dentists' van comes every Tuesday",
    "We're not goin' anywhere till the customs sheds reopen",
)

#: Quotations holding a quoted word, for British single marks (outer single, inner double marks):
#: (before the word, the word, after it).
NESTED19 = (
    ("The sign on the pier just said ", "cancelled", " and nothing else"),
    ("Every crate was stamped ", "spare parts", " in the same handwriting"),
    ("The score was marked ", "slowly", " but the brass took it at a gallop"),
    ("My grandmother called the hives her ", "girls", " until the day she died"),
    ("The radar screen showed ", "no data", " for eleven minutes"),
)

#: Nationality of each culture in a Person19 shape: (adjective, the noun for one person).
NATIONS19 = {
    "Yoruba": ("Nigerian", "Nigerian"),
    "Igbo": ("Nigerian", "Nigerian"),
    "Vietnamese": ("Vietnamese", "Vietnamese player"),
    "Polish": ("Polish", "Pole"),
    "Turkish": ("Turkish", "Turk"),
    "Brazilian": ("Brazilian", "Brazilian"),
    "Icelandic": ("Icelandic", "Icelander"),
    "Tongan": ("Tongan", "Tongan"),
    "Samoan": ("Samoan", "Samoan"),
    "Québécois": ("Canadian", "Canadian"),
    "Hungarian": ("Hungarian", "Hungarian"),
    "Peruvian": ("Peruvian", "Peruvian"),
}

#: Gendered role nouns: (feminine, masculine).
GENDERED19 = (
    ("headmistress", "headmaster"),
    ("landlady", "landlord"),
    ("policewoman", "policeman"),
    ("chairwoman", "chairman"),
)
