"""Slot fillers of the eighteenth held-out round (``heldout18.py``): invented people of Ghanaian,
Irish, Indian, Sri Lankan, Ugandan, Zimbabwean, Jamaican, Māori and Pākehā New Zealand, Scottish,
Welsh, Malaysian, Filipino and South African origin in many name shapes (hyphens, particles, initials,
single names, names ending in -an, -son, -es), quotation marks, open-class cue verbs, quotations and
clauses of water supply, fisheries, libraries, sport, prisons, veterinary work, mountain rescue, local
radio, tourism and forestry, roles with their bodies, unusual role nouns, place-modified titles,
unnamed groups, documents, datelines, bylines and interview exchanges, that no development template
or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person18:
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
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def ref(self) -> str:
        """How a later sentence names the person: `Ms Raghavan`, `Mr Ó Dálaigh`, or a single name."""
        if self.shape == "single":
            return self.full
        return ("Ms " if self.gender == "f" else "Mr ") + self.last


@frozen
class Mark18:
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


DOUBLE18 = (Mark18('"', '"'), Mark18("“", "”"))
SINGLE18 = (Mark18("'", "'"), Mark18("‘", "’"))
MARKS18 = DOUBLE18 + SINGLE18

WOMEN18 = (
    Person18("Abena Osei-Bonsu", "Osei-Bonsu", "f", "hyphen, Ghanaian"),
    Person18("Siobhán Ní Bhriain", "Ní Bhriain", "f", "particle, Irish"),
    Person18("Priya Raghavan", "Raghavan", "f", "-an, Indian"),
    Person18("Nilmini de Silva", "de Silva", "f", "particle, Sri Lankan"),
    Person18("Shanique O'Connor-Blake", "O'Connor-Blake", "f", "apostrophe and hyphen, Jamaican"),
    Person18("Aroha Ngata", "Ngata", "f", "Māori"),
    Person18("Fiona M. Gillies", "Gillies", "f", "initial, -es, Scottish"),
    Person18("Kerryn Jacobson", "Jacobson", "f", "-son, New Zealand"),
    Person18("Mary-Rose Nakalema", "Nakalema", "f", "hyphenated first name, Ugandan"),
    Person18("Ruvimbo", "Ruvimbo", "f", "single"),
    Person18("Nurul Aisyah binti Hamzah", "Nurul Aisyah", "f", "particle, Malaysian"),
    Person18("Lerato Mokoena", "Mokoena", "f", "South African"),
)

MEN18 = (
    Person18("Kwame Asante-Darko", "Asante-Darko", "m", "hyphen, Ghanaian"),
    Person18("Cathal Ó Dálaigh", "Ó Dálaigh", "m", "particle, Irish"),
    Person18("Arjun Venkatraman", "Venkatraman", "m", "-an, Indian"),
    Person18("T. K. Mukasa", "Mukasa", "m", "initials, Ugandan"),
    Person18("Dwayne McKenzie-Grant", "McKenzie-Grant", "m", "hyphen, Jamaican"),
    Person18("Rawiri Paterson", "Paterson", "m", "-son, Māori"),
    Person18("Iolo Hughes", "Hughes", "m", "-es, Welsh"),
    Person18("Ruairidh MacAskill", "MacAskill", "m", "Scottish"),
    Person18("Lakshan Fernando", "Fernando", "m", "Sri Lankan"),
    Person18("Juan Miguel de los Santos", "de los Santos", "m", "particle, Filipino"),
    Person18("Bongani", "Bongani", "m", "single"),
    Person18("Tinashe Chikwanha", "Chikwanha", "m", "Zimbabwean"),
)

PEOPLE18 = tuple(p for pair in zip(WOMEN18, MEN18, strict=True) for p in pair)

DAYS18 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Roles: (apposition after the name, title before the name, parts a title must contain).
ROLES18 = (
    (
        "chief executive of the Shannonvale Water Board",
        "Shannonvale Water Board chief executive",
        ("chief executive", "Shannonvale Water Board"),
    ),
    (
        "secretary of the Tema Inshore Fishers Council",
        "Tema Inshore Fishers Council secretary",
        ("secretary", "Tema Inshore Fishers Council"),
    ),
    ("head librarian at Kandy Public Library", "Kandy Public Library head librarian", ("librarian", "Kandy")),
    ("head coach of the Gulu Rhinos Rugby Club", "Gulu Rhinos head coach", ("head coach", "Gulu Rhinos")),
    ("governor of Glenmore Prison", "Glenmore Prison governor", ("governor", "Glenmore Prison")),
    (
        "chief veterinary officer for the Waikato Dairy Cooperative",
        "Waikato Dairy Cooperative chief veterinary officer",
        ("veterinary officer", "Waikato Dairy Cooperative"),
    ),
    (
        "team leader with Glen Affric Mountain Rescue",
        "Glen Affric Mountain Rescue team leader",
        ("team leader", "Glen Affric Mountain Rescue"),
    ),
    ("station manager at Radio Mutare", "Radio Mutare station manager", ("station manager", "Radio Mutare")),
    (
        "director of the Negril Tourism Association",
        "Negril Tourism Association director",
        ("director", "Negril Tourism Association"),
    ),
    (
        "chief conservator of the Nilgiri Forest Service",
        "Nilgiri Forest Service chief conservator",
        ("conservator", "Nilgiri Forest Service"),
    ),
)

#: For each role: its body as written after a possessive, and the role noun.
BODIES18 = (
    ("the Shannonvale Water Board", "chief executive"),
    ("the Tema Inshore Fishers Council", "secretary"),
    ("Kandy Public Library", "head librarian"),
    ("the Gulu Rhinos Rugby Club", "head coach"),
    ("Glenmore Prison", "governor"),
    ("the Waikato Dairy Cooperative", "chief veterinary officer"),
    ("Glen Affric Mountain Rescue", "team leader"),
    ("Radio Mutare", "station manager"),
    ("the Negril Tourism Association", "director"),
    ("the Nilgiri Forest Service", "chief conservator"),
)

#: Two quotations for each role of ROLES18.
ROLE_QUOTES18 = (
    (
        "The reservoir has never been this low in October",
        "We are losing a third of our water through old pipes",
    ),
    (
        "The catch has halved since the trawlers came inshore",
        "Our canoes cannot compete with boats that size",
    ),
    ("Children queue for the computers every afternoon", "We have not bought a new book since the floods"),
    (
        "The boys trained in the rain all week and it showed",
        "We need a pitch that does not flood every winter",
    ),
    (
        "We hold far more men than this building was meant for",
        "The officers have not had a day off in a month",
    ),
    (
        "Every herd in the valley will be tested before spring",
        "The outbreak is contained but we are not complacent",
    ),
    (
        "The walkers were found cold but unhurt just after dawn",
        "Nobody should go onto the ridge without a map",
    ),
    (
        "Our listeners ring in from as far away as Chimanimani",
        "The transmitter is older than most of our presenters",
    ),
    (
        "Bookings for the winter season are already full",
        "The beaches are cleaner than they have been in years",
    ),
    (
        "The elephants use this corridor every dry season",
        "We planted forty thousand saplings on the slopes this year",
    ),
)

#: Quotations anyone in the round may say.
ALL_Q18 = (
    "We were promised a new roof before the monsoon",
    "Nobody from the council has been to see us",
    "The whole town turned out to help",
    "This is the best season we have had in a decade",
    "I was here at five and the queue was already round the corner",
    "We will keep going for as long as people need us",
    "The money has to come from somewhere",
    "It took three days for the water to go down",
)

#: Reported clauses a person says.
CLAUSES18 = (
    "the reservoir would be full by the end of the month",
    "the library had lost half its budget in two years",
    "the club would field a women's team next season",
    "the prison needed two hundred more officers",
    "the herds on the coast had been cleared of the disease",
    "the rescue team had been called out forty times this year",
    "the station would stay on air through the elections",
    "the forest would be closed to hikers until the rains",
)

#: Groups for unnamed speakers: (plural, singular, where they were met).
GROUPS18 = (
    ("fishermen", "fisherman", "at the landing beach"),
    ("stallholders", "stallholder", "at the Saturday market"),
    ("volunteers", "volunteer", "at the rescue base"),
    ("supporters", "supporter", "outside the stadium"),
    ("beekeepers", "beekeeper", "at the honey show"),
    ("nurses", "nurse", "outside the district hospital"),
)

GROUP_Q18 = (
    "Nobody asked us what we thought",
    "We have been waiting since the last election",
    "It is the young people who suffer most",
    "We just want to be left to work",
    "The prices keep going up and our takings keep going down",
    "I have never seen so many people here",
)

GROUP_CLAUSES18 = (
    "the new rules had been drawn up without them",
    "they would not return until the fees were cut",
    "the road had not been repaired in ten years",
    "the season had been the worst they could remember",
)

#: Open-class cue verbs: (past, present).
OPEN_VERBS18 = (
    ("fretted", "frets"),
    ("grumbled", "grumbles"),
    ("enthused", "enthuses"),
    ("chuckled", "chuckles"),
    ("recalled", "recalls"),
    ("mused", "muses"),
    ("sighed", "sighs"),
    ("boasted", "boasts"),
    ("reflected", "reflects"),
    ("joked", "jokes"),
)

#: Bodies that issue documents: (name as written in running text, the noun used to refer back).
ORGS18 = (
    ("the Shannonvale Water Board", "board"),
    ("Blue Mountain Coaches", "company"),
    ("the Accra Metropolitan Assembly", "assembly"),
    ("the Uganda Wildlife Trust", "trust"),
    ("the Irish Beekeepers Federation", "federation"),
    ("the Colombo Port Authority", "authority"),
    ("Harare City Council", "council"),
)

ORG_CLAUSES18 = (
    "water would be rationed in three districts from Monday",
    "no jobs would be lost in the restructuring",
    "the new rules had been agreed with every union",
    "the losses were smaller than first feared",
    "it had received more than four hundred complaints",
)

ORG_Q18 = (
    "We apologise to every household affected",
    "The figures speak for themselves",
    "We will publish the full findings in the new year",
    "Our first duty is to the people we serve",
)

#: Role nouns outside common lists, in apposition: (apposition, parts a title must contain).
ODD_ROLES18 = (
    ("a lighthouse keeper on Rathlin Island", ("lighthouse keeper",)),
    ("a cheesemaker in west Cork", ("cheesemaker",)),
    ("a tuk-tuk driver in Galle", ("tuk-tuk driver",)),
    ("a boda boda rider in Jinja", ("boda boda rider",)),
    ("a kente weaver in Bonwire", ("kente weaver",)),
    ("a farrier from Ballina", ("farrier",)),
    ("a toddy tapper in Jaffna", ("toddy tapper",)),
    ("a ghillie on the River Spey", ("ghillie",)),
    ("a glassblower in Waterford", ("glassblower",)),
)

#: Titles with a place before the name: (title, parts a title must contain).
PLACE_TITLES18 = (
    ("Kerry TD", ("TD",)),
    ("Tamil Nadu MLA", ("MLA",)),
    ("Queensland MP", ("MP",)),
    ("Kampala Lord Mayor", ("Lord Mayor",)),
    ("Ashanti Regional Minister", ("Regional Minister",)),
    ("Otago regional councillor", ("councillor",)),
)

#: Datelines: (dateline, a word that must appear in no quotation and no speaker).
DATELINES18 = (
    ("ACCRA, Ghana (AP) —", "ACCRA"),
    ("DUBLIN, Oct 14 (Reuters) -", "DUBLIN"),
    ("KAMPALA, Uganda, May 2 (Xinhua) --", "KAMPALA"),
    ("COLOMBO, Sri Lanka (AFP) —", "COLOMBO"),
    ("CHENNAI (PTI):", "CHENNAI"),
    ("HARARE, Zimbabwe —", "HARARE"),
    ("INVERNESS, Scotland (AP) —", "INVERNESS"),
    ("WELLINGTON, New Zealand (AP) —", "WELLINGTON"),
)

#: Bylines: (byline as printed, the reporter's surname that must not become a speaker).
BYLINES18 = (
    ("By Deirdre Fennelly, Education Editor", "Fennelly"),
    ("By Ravi Subramanian\nChennai Bureau", "Subramanian"),
    ("Story and photos: Brian Okello", "Okello"),
    ("By Kezia Lindo | Gleaner Writer", "Lindo"),
    ("Words by Hamish Urquhart", "Urquhart"),
)

#: Interview exchanges: (question, answer).
EXCHANGES18 = (
    ("How full is the reservoir now?", "It is at forty per cent and falling every week."),
    ("When will the library reopen?", "We hope to have the doors open again by Easter."),
    ("Are the fishermen being compensated?", "Every registered canoe will receive a payment this month."),
    ("Why did the club drop its youth teams?", "We could not afford the pitch fees any longer."),
    ("Is the prison overcrowded?", "We hold three hundred men in a building meant for two hundred."),
    ("What happens to the herds now?", "The vets will test every animal before it is moved."),
)

#: Quotations with apostrophes inside and at the edges of words, for British single marks.
APOS_Q18 = (
    "The lads' boots were soaked before the first whistle",
    "We'll be fishin' till the tide turns",
    "It's been rock 'n' roll in this town since the '90s",
    "The old skipper kept the fo'c'sle spotless",
    "Tell 'em the library's open till nine",
    "Ma'am, the kids' reading club hasn't missed a week",
    "The beekeepers' vans came rollin' in at dawn",
    "I'd no notion the warden's hut was still standin'",
)

#: Gendered role nouns: (feminine, masculine).
GENDERED18 = (
    ("chairwoman", "chairman"),
    ("spokeswoman", "spokesman"),
    ("businesswoman", "businessman"),
    ("actress", "actor"),
)
