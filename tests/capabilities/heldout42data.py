"""Slot fillers of the forty-second held-out round (``heldout42.py``), a behavioural round over the eight
failure groups of the trust issue: invented people of Faroese, Yoruba, Sindhi, Ladino, Quechua, Tongan,
Uyghur, Breton, Amharic, Kazakh, Tamil, Basque, Hmong, Shona and Icelandic origin (with their gender and an
age), people of the same origins whose surnames have risky shapes (ending in -an, -er, -ed, or an English
word: *Her*, *Pole*, *Dam*, *Gumbo*, *Hammer*) or hold an apostrophe (*Fusitu'a*, *Ch'aska*), quotation
marks (straight, curly, British single, guillemets, German low-high), invented towns, firms, bodies with
multi-part names, universities and institutes, long titles written before a name, role nouns no lexicon
lists, groups for counted and quantified sources, documents with authors, an invented news agency with its
datelines and staff, and songs, films, nicknames and terms in marks that nobody says.

Every name, body and sentence here was written for this round; the people, places and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: The round's person and mark records (:mod:`heldout_kit`'s, named as the round names them).
Person42 = Person
Mark42 = Mark

ALL_MARKS42 = (
    Mark42('"', '"'),
    Mark42("“", "”"),
    Mark42("'", "'"),
    Mark42("‘", "’"),
    Mark42("«", "»"),
    Mark42("„", "“"),
)

#: Double marks only (for quotations that hold an apostrophe or an inner single-marked quotation).
DOUBLE_MARKS42 = (ALL_MARKS42[0], ALL_MARKS42[1], ALL_MARKS42[4], ALL_MARKS42[5])

#: British single marks only.
SINGLE_MARKS42 = (ALL_MARKS42[2], ALL_MARKS42[3])

WOMEN42 = (
    Person42("Sólrun Joensen", "Joensen", "f", "Faroese", 55),
    Person42("Morenike Adebanjo", "Adebanjo", "f", "Yoruba", 43),
    Person42("Sassui Soomro", "Soomro", "f", "Sindhi", 37),
    Person42("Estreya Alhadeff", "Alhadeff", "f", "Ladino", 61),
    Person42("Killa Quispe", "Quispe", "f", "Quechua", 34),
    Person42("Mele Havili", "Havili", "f", "Tongan", 48),
    Person42("Gulnisa Yasin", "Yasin", "f", "Uyghur", 52),
    Person42("Gwenaelle Tanguy", "Tanguy", "f", "Breton", 45),
    Person42("Meseret Alemu", "Alemu", "f", "Amharic", 39),
    Person42("Aigerim Seitkali", "Seitkali", "f", "Kazakh", 31),
    Person42("Kayalvizhi Sundaram", "Sundaram", "f", "Tamil", 57),
    Person42("Itziar Goikoetxea", "Goikoetxea", "f", "Basque", 50),
    Person42("Pa Houa Xiong", "Xiong", "f", "Hmong", 42),
    Person42("Nyasha Mapfumo", "Mapfumo", "f", "Shona", 36),
    Person42("Hrefna Sigurðardóttir", "Sigurðardóttir", "f", "Icelandic", 64),
)

MEN42 = (
    Person42("Símun Dalsgaard", "Dalsgaard", "m", "Faroese", 49),
    Person42("Tokunbo Akinsanya", "Akinsanya", "m", "Yoruba", 58),
    Person42("Sachal Junejo", "Junejo", "m", "Sindhi", 44),
    Person42("Bohor Nahmias", "Nahmias", "m", "Ladino", 67),
    Person42("Amaru Ccahuana", "Ccahuana", "m", "Quechua", 40),
    Person42("Sione Lolohea", "Lolohea", "m", "Tongan", 35),
    Person42("Erkin Barat", "Barat", "m", "Uyghur", 53),
    Person42("Loeiz Kerhervé", "Kerhervé", "m", "Breton", 60),
    Person42("Dawit Getachew", "Getachew", "m", "Amharic", 46),
    Person42("Nurlan Zhanibekov", "Zhanibekov", "m", "Kazakh", 38),
    Person42("Ilango Ramasamy", "Ramasamy", "m", "Tamil", 51),
    Person42("Koldo Arrieta", "Arrieta", "m", "Basque", 47),
    Person42("Chong Thao", "Thao", "m", "Hmong", 33),
    Person42("Farai Chikore", "Chikore", "m", "Shona", 54),
    Person42("Einar Hallgrímsson", "Hallgrímsson", "m", "Icelandic", 62),
)

PEOPLE42 = tuple(p for pair in zip(WOMEN42, MEN42, strict=True) for p in pair)

#: Surnames of risky shapes: ending in -an, -er or -ed, or an English word (a pronoun, a noun).
TRICKY42 = (
    Person42("Katell Morvan", "Morvan", "f", "Breton", 41),
    Person42("Senthil Murugan", "Murugan", "m", "Tamil", 45),
    Person42("Dilnur Ablajan", "Ablajan", "f", "Uyghur", 29),
    Person42("Wayra Huaman", "Huaman", "m", "Quechua", 52),
    Person42("Turið Winther", "Winther", "f", "Faroese", 58),
    Person42("Jóhann Hammer", "Hammer", "m", "Faroese", 63),
    Person42("Estrella Behar", "Behar", "f", "Ladino", 47),
    Person42("Ghulam Mahar", "Mahar", "m", "Sindhi", 56),
    Person42("Hirut Ahmed", "Ahmed", "f", "Amharic", 38),
    Person42("Seid Mohammed", "Mohammed", "m", "Amharic", 44),
    Person42("Mai Nou Her", "Her", "f", "Hmong", 35),
    Person42("Sione Pole", "Pole", "m", "Tongan", 39),
    Person42("Rutendo Gumbo", "Gumbo", "f", "Shona", 33),
    Person42("Rúni Dam", "Dam", "m", "Faroese", 50),
)

#: Names with an apostrophe (a Tongan glottal stop, a Quechua ejective).
APOSTROPHE42 = (
    Person42("Losaline Fusitu'a", "Fusitu'a", "f", "Tongan", 46),
    Person42("Viliami Ma'asi", "Ma'asi", "m", "Tongan", 57),
    Person42("Ch'aska Mamani", "Mamani", "f", "Quechua", 32),
    Person42("Siaosi Mo'unga", "Mo'unga", "m", "Tongan", 41),
)

#: The agency's staff for bylines and credit lines (never speakers).
STAFF42 = (
    "Annika Poulsen",
    "Babajide Oyelowo",
    "Zubaida Chandio",
    "Nurzhan Abenov",
    "Iñaki Etxaniz",
    "Tsitsi Ncube",
)

AGENCY42 = "Northlight"

#: Dateline towns and their invented countries.
DATELINES42 = (
    ("KERVALLEN", "Dunmark"),
    ("SALTMERE", "Velesia"),
    ("PORT ANSELM", "Ostravia"),
    ("BRENNOCK", "Dunmark"),
    ("HOLLOWMOUTH", "Marrovia"),
    ("DUNMARROW", "Velesia"),
)

DATES42 = ("March 3", "June 18", "Oct 27", "Jan 9", "Aug 14")

TOWNS42 = ("Kervallen", "Saltmere", "Brennock", "Hollowmouth", "Ravensgill", "Westerleigh", "Port Anselm")

DAYS42 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Quotations in a speaker's own voice: no apostrophes, so that British single marks stay unambiguous.
QUOTES42 = (
    "The footbridge has been closed for three winters and nobody in the council seems to care",
    "We sold out of smoked mackerel before nine this morning",
    "Nobody told the families on the lower road that the water would come so fast",
    "The new timetable leaves the last bus at ten to six",
    "I have mended nets on this quay for thirty years",
    "The school roof leaked again during the spring storms",
    "If the ferry stops running the island will empty within a decade",
    "We asked for a crossing guard and we got a leaflet",
    "The clinic sees twice as many patients as it was built for",
    "Every stall on the square was full by noon",
    "The festival has never had this many visitors",
    "We will rebuild the sea wall before the autumn tides",
    "The river rose a metre in one night",
    "There is no money left for the summer programme",
    "The old mill should be a library and not a car park",
    "Our volunteers cleared the beach in four hours",
)

#: Reported clauses (no pronoun, no leading *that*, no apostrophes).
CLAUSES42 = (
    "the footbridge would reopen before the end of the month",
    "the fish market had lost a third of its traders since the spring",
    "the flood barrier was never tested at full height",
    "the council would pay for a second school bus",
    "the harbour dredging had been delayed by a year",
    "the clinic would open on Saturdays from next month",
    "the festival had raised enough money for a new stage",
    "the water in the reservoir was safe to drink",
    "rents on the high street had doubled in five years",
    "the ferry company would add a night crossing in the summer",
    "the sea wall repairs would cost far more than planned",
    "the library would keep its late opening on Thursdays",
)


@frozen
class Verb42:
    """An open-class cue verb: its past and present forms and a tail some of them need (`on a whiteboard`)."""

    past: str
    present: str
    tail: str = ""


#: Verbs of manner, sound, gesture and writing that no earlier held-out round's header lists.
OPEN42 = (
    Verb42("grumbled", "grumbles"),
    Verb42("chirped", "chirps"),
    Verb42("deadpanned", "deadpans"),
    Verb42("scrawled", "scrawls", " on the whiteboard"),
    Verb42("messaged", "messages", " a colleague"),
    Verb42("rasped", "rasps"),
    Verb42("drawled", "drawls"),
    Verb42("sniffed", "sniffs"),
    Verb42("harrumphed", "harrumphs"),
    Verb42("jotted", "jots", " in the margin"),
    Verb42("hollered", "hollers"),
    Verb42("croaked", "croaks"),
    Verb42("blurted", "blurts"),
    Verb42("griped", "gripes"),
    Verb42("enthused", "enthuses"),
    Verb42("emailed", "emails", " a neighbour"),
)

#: Groups for counted and quantified sources: the plural and the singular.
GROUPS42 = (
    ("fishermen on the quay", "fisherman"),
    ("stallholders at the market", "stallholder"),
    ("nurses at the clinic", "nurse"),
    ("bus drivers at the depot", "bus driver"),
    ("parents at the school gate", "parent"),
    ("volunteers on the beach", "volunteer"),
    ("ferry passengers", "passenger"),
    ("shopkeepers on the high street", "shopkeeper"),
)

#: Roles with an affiliation, written as an apposition, and the parts the title must hold.
ROLES42 = (
    (
        "a senior lecturer in hydrology at the University of Saltmere",
        ("senior lecturer in hydrology", "Saltmere"),
    ),
    (
        "an associate professor of coastal engineering at Brennock University",
        ("coastal engineering", "Brennock"),
    ),
    (
        "a research fellow at the Institute for Coastal and Marine Studies",
        ("research fellow", "Coastal and Marine"),
    ),
    ("the head of adult services at Hollowmouth Library", ("head of adult services", "Hollowmouth Library")),
    ("a consultant midwife at Ravensgill General Hospital", ("consultant midwife", "Ravensgill")),
    ("the chief harbour engineer for the Port of Kervallen", ("chief harbour engineer", "Kervallen")),
    ("a district nurse with the Westerleigh health trust", ("district nurse", "Westerleigh")),
    ("the deputy head teacher of Saltmere Primary School", ("deputy head teacher", "Saltmere Primary")),
)

#: Role nouns few lexicons list, with a place: (apposition, part the title must hold).
CRAFTS42 = (
    ("a farrier from Ravensgill", "farrier"),
    ("a luthier in Westerleigh", "luthier"),
    ("a glazier in Saltmere", "glazier"),
    ("a net mender on the Kervallen quay", "net mender"),
    ("a fishmonger in Brennock", "fishmonger"),
    ("a stonemason from Hollowmouth", "stonemason"),
    ("a kiln operator at the Port Anselm brickworks", "kiln operator"),
    ("a piano tuner in Ravensgill", "piano tuner"),
)


@frozen
class Firm42:
    """An invented firm: its name, the kind a story calls it later, and posts in it."""

    name: str
    kind: str
    posts: tuple[str, ...]


FIRMS42 = (
    Firm42(
        "Kervallen Ferries", "ferry operator", ("head of investor relations", "director of fleet operations")
    ),
    Firm42("Ostmoor Dairies", "dairy", ("head of milk procurement", "chief financial officer")),
    Firm42("Brennock Glassworks", "glassworks", ("head of investor relations", "works manager")),
    Firm42(
        "Saltmere Water Company",
        "water company",
        ("director of asset management", "head of customer service"),
    ),
    Firm42("Hollowmouth Bus Company", "bus company", ("head of network planning", "operations director")),
    Firm42("Ravensgill Timber", "sawmill", ("head of sustainability", "managing director")),
)

#: Long titles written before a name, and the part the title must hold.
PRETITLES42 = (
    ("Deputy regional fisheries commissioner", "fisheries commissioner"),
    ("Acting chief harbour engineer", "chief harbour engineer"),
    ("Senior assistant district water officer", "district water officer"),
    ("Former deputy mayor", "former deputy mayor"),
    ("Assistant chief fire officer", "assistant chief fire officer"),
    ("Regional director of public health", "director of public health"),
    ("Interim head of coastal planning", "head of coastal planning"),
    ("Principal flood risk engineer", "flood risk engineer"),
)

#: Bodies with multi-part names (with their article) and a short name a later sentence may use.
BODIES42 = (
    ("the Ministry of Water and Sanitation", "the ministry"),
    ("the Institute for Coastal and Marine Studies", "the institute"),
    ("the Department of Roads, Bridges and Ferries", "the department"),
    ("the Commission for Fisheries and Inland Waters", "the commission"),
    ("the Office of the Ombudsman for Children and Young People", "the office"),
    ("the Federation of Small Farmers and Growers", "the federation"),
    ("the Association of Harbour Pilots and Boatmen", "the association"),
    ("the Agency for Food Safety and Animal Health", "the agency"),
)

#: Invented songs, films, plays and books (titles in marks nobody says).
WORKS42 = (
    ("song", "Salt on the Window"),
    ("film", "The Ferryman of Brennock"),
    ("song", "Nine Bells for Kervallen"),
    ("play", "A Winter on the Quay"),
    ("film", "Low Tide at Hollowmouth"),
    ("album", "Nets and Lanterns"),
    ("novel", "The Glazier of Saltmere"),
    ("song", "Come Home Before the Tide"),
)

#: Nicknames and scare terms in marks.
NICKNAMES42 = ("the Admiral", "Lucky", "the Professor", "Captain Mackerel", "the Lighthouse")
SCARE42 = ("temporary", "consultation", "efficiency savings", "minor delays", "community engagement")

#: Invented headline nouns for topics a roundup asks about.
TOPICS42 = (
    "the footbridge",
    "the fish market",
    "the new timetable",
    "the flood barrier",
    "the festival",
    "the clinic hours",
)

#: Quotations split by their credit: the first half and the rest of one sentence.
SPLITS42 = (
    ("The footbridge has been closed for three winters", "and nobody in the council seems to care"),
    ("We sold out of smoked mackerel", "and the queue still reached the harbour wall"),
    ("The new timetable looks fine on paper", "but the last bus leaves at ten to six"),
    ("The river rose a metre in one night", "and the sandbags arrived the next afternoon"),
    ("Our volunteers cleared the beach in four hours", "which is a record for this town"),
    ("The clinic was built for a village", "and now it serves three of them"),
)

#: Quotations holding apostrophes (contractions), for British single marks and double marks alike.
APOS_QUOTES42 = (
    "We can't wait another winter for the footbridge",
    "The council doesn't listen to the island",
    "It's the busiest summer we've had on the quay",
    "I won't sell the boat while I can still haul a net",
    "They've promised us a sea wall for twenty years",
    "There isn't a single bus after six",
)

#: An interviewer's questions (no apostrophes).
QUESTIONS42 = (
    "What happened on the night of the flood?",
    "Why did the market lose so many traders?",
    "What would you say to the council?",
    "How long have you worked on the quay?",
    "Will the festival come back next year?",
    "What does the island need most?",
)

#: What one person accuses another of (a gerund phrase).
ACCUSE42 = (
    "ignoring the flood warnings",
    "moving the market without asking the traders",
    "cutting the last evening bus",
    "selling the old mill behind closed doors",
)

#: Papers for interviews.
PAPERS42 = ("Saltmere Courier", "Kervallen Gazette", "Brennock Herald", "Hollowmouth Echo")
