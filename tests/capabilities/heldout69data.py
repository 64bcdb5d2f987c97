"""Slot fillers of the sixty-ninth held-out round (``heldout69.py``), a round of OBITUARIES, PROFILES AND
TRIBUTES: invented living people of German, Dutch, Norwegian, Hungarian, Portuguese, Italian, Polish, Czech,
English, Scottish, Irish, Greek, Finnish and Croatian origin (with their gender and an age), invented deceased
people with the career an obituary gives them (a former mayor, a conductor, a chief justice), first names for
relatives who share the deceased's surname, kinship words, roles with their bodies and the short reference a
features writer uses later (*the violinist*), offices held in the past, jobs for age-and-job appositions,
bodies that mourn (clubs, orchestras, schools, firms, councils), towns, churches and cemeteries, invented
newspapers, tributes, the deceased's own words from the past, reported clauses, causes of death, pointed
fragments, and marks nobody speaks (books, albums, films, songs, poems, nicknames, epitaphs, inscriptions).

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and curly single marks.
MARKS69 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))

LIVING69 = (
    Person("Annelie Brockhaus", "Brockhaus", "f", "German", 58),
    Person("Femke Terlouw", "Terlouw", "f", "Dutch", 47),
    Person("Ingrid Solbakken", "Solbakken", "f", "Norwegian", 63),
    Person("Zsuzsanna Kelemen", "Kelemen", "f", "Hungarian", 51),
    Person("Leonor Quaresma", "Quaresma", "f", "Portuguese", 44),
    Person("Ornella Pavesi", "Pavesi", "f", "Italian", 66),
    Person("Bozena Wrzosek", "Wrzosek", "f", "Polish", 55),
    Person("Hana Vodickova", "Vodickova", "f", "Czech", 39),
    Person("Philippa Ashcombe", "Ashcombe", "f", "English", 61),
    Person("Isla Drummond", "Drummond", "f", "Scottish", 42),
    Person("Siobhan Carrick", "Carrick", "f", "Irish", 49),
    Person("Eleni Mavridou", "Mavridou", "f", "Greek", 57),
    Person("Tuula Haapaniemi", "Haapaniemi", "f", "Finnish", 68),
    Person("Vesna Radeljak", "Radeljak", "f", "Croatian", 46),
    Person("Margit Ellerbrock", "Ellerbrock", "f", "German", 72),
    Person("Jorinde Kamphuis", "Kamphuis", "f", "Dutch", 53),
    Person("Konrad Wiesental", "Wiesental", "m", "German", 64),
    Person("Maarten Ruijgrok", "Ruijgrok", "m", "Dutch", 50),
    Person("Eirik Haldorsen", "Haldorsen", "m", "Norwegian", 59),
    Person("Gergely Fodorne", "Fodorne", "m", "Hungarian", 48),
    Person("Duarte Lobato", "Lobato", "m", "Portuguese", 62),
    Person("Tommaso Brenzoni", "Brenzoni", "m", "Italian", 55),
    Person("Wojciech Pstrowski", "Pstrowski", "m", "Polish", 67),
    Person("Radek Sedlacek", "Sedlacek", "m", "Czech", 41),
    Person("Rupert Thackwell", "Thackwell", "m", "English", 70),
    Person("Fraser McIlwraith", "McIlwraith", "m", "Scottish", 45),
    Person("Declan Furlong", "Furlong", "m", "Irish", 52),
    Person("Stavros Kyriakou", "Kyriakou", "m", "Greek", 60),
    Person("Jussi Leppanen", "Leppanen", "m", "Finnish", 56),
    Person("Damir Kovacevic", "Kovacevic", "m", "Croatian", 43),
)

DEAD69 = (
    Person("Hildegard Oberweis", "Oberweis", "f", "German", 91),
    Person("Cornelia Vandersloot", "Vandersloot", "f", "Dutch", 84),
    Person("Randi Tveitane", "Tveitane", "f", "Norwegian", 88),
    Person("Piroska Bartalos", "Bartalos", "f", "Hungarian", 79),
    Person("Amalia Fontoura", "Fontoura", "f", "Portuguese", 93),
    Person("Graziella Mantegari", "Mantegari", "f", "Italian", 86),
    Person("Winifred Halloway", "Halloway", "f", "English", 97),
    Person("Morwenna Tregarth", "Tregarth", "f", "English", 81),
    Person("Aino Kuusisalo", "Kuusisalo", "f", "Finnish", 90),
    Person("Eugen Falkenrath", "Falkenrath", "m", "German", 87),
    Person("Hendrik Oosterwijk", "Oosterwijk", "m", "Dutch", 92),
    Person("Torleif Brandvold", "Brandvold", "m", "Norwegian", 78),
    Person("Laszlo Dobrovics", "Dobrovics", "m", "Hungarian", 85),
    Person("Anselmo Cavaleiro", "Cavaleiro", "m", "Portuguese", 89),
    Person("Casimir Zawadowski", "Zawadowski", "m", "Polish", 94),
    Person("Ambrose Pellingham", "Pellingham", "m", "English", 83),
    Person("Lachlan Moncrieff", "Moncrieff", "m", "Scottish", 76),
    Person("Fintan Rourke", "Rourke", "m", "Irish", 80),
)

#: First names for a relative who shares the deceased's surname.
FIRST_F69 = ("Katrin", "Mirjam", "Solveig", "Beatriz", "Lavinia", "Rosalind", "Elspeth", "Noreen")
FIRST_M69 = ("Tobias", "Joost", "Henrik", "Rodrigo", "Ludovico", "Crispin", "Alasdair", "Padraig")

#: Kinship words (female, male) for the speaker's relation to the deceased (not spouses).
KIN69 = (
    ("daughter", "son"),
    ("sister", "brother"),
    ("granddaughter", "grandson"),
    ("niece", "nephew"),
    ("stepdaughter", "stepson"),
)


@frozen
class Role69:
    """A role written after a name (``after``, with its article), the parts a title must hold, the short
    reference a features writer uses later, and the bare role noun."""

    after: str
    parts: tuple[str, ...]
    short: str
    noun: str
    body: str


def _r(noun: str, body: str, art: str = "the", pre: str = "", short: str = "") -> Role69:
    head = f"{pre}{noun}"
    return Role69(f"{art} {head} of {body}", (noun, body), short or f"the {noun}", noun, body)


ROLES69 = (
    _r("violinist", "the Harwick Philharmonic", "a", short="the violinist"),
    _r("director", "the Lindqvist Folk Museum"),
    _r("principal", "Saint Orwin's Grammar School"),
    _r("chairman", "the Brackenmoor Rowing Club"),
    _r("curator", "the Veldhaven Maritime Archive"),
    _r("conductor", "the Ostrava Hills Choral Society"),
    _r("editor", "the Kesswick Gazette"),
    _r("secretary", "the Thornbury Allotment Society"),
    _r("president", "the Norrholm Chess Federation"),
    _r("librarian", "the Marrowby Public Library", pre="chief "),
    _r("warden", "the Greyholt Nature Reserve"),
    _r("organist", "Saint Ebba's Church"),
    _r("manager", "Corrin Athletic", short="the manager"),
    _r("dean", "the Faculty of Music at Eldmoor University"),
)

#: Offices held in the past: (office, where) - `former mayor of Grauheim`.
OFFICES69 = (
    ("mayor", "Grauheim"),
    ("chief justice", "the Corlandian Supreme Court"),
    ("harbour master", "Port Selwick"),
    ("chief constable", "Westerhaven"),
    ("president", "the Norrland Rowing Federation"),
    ("head teacher", "Fennick Abbey School"),
    ("bishop", "Ardmoray"),
    ("rector", "Vallenburg University"),
    ("chairman", "the Tollmere Harbour Board"),
    ("minister of culture", "Corlandia"),
)

#: The deceased's careers in an obituary's first sentence: (apposition, title parts, short reference, body).
CAREERS69 = (
    ("a former mayor of Grauheim", ("mayor", "Grauheim"), "the former mayor", "Grauheim"),
    (
        "the conductor who led the Harwick Philharmonic for three decades",
        ("conductor",),
        "the conductor",
        "Harwick Philharmonic",
    ),
    (
        "a retired chief justice of the Corlandian Supreme Court",
        ("chief justice",),
        "the former judge",
        "Corlandian Supreme Court",
    ),
    (
        "a former head teacher of Fennick Abbey School",
        ("head teacher",),
        "the head teacher",
        "Fennick Abbey School",
    ),
    (
        "the founder of the Lindqvist Folk Museum",
        ("founder", "Lindqvist Folk Museum"),
        "the founder",
        "Lindqvist Folk Museum",
    ),
    ("a former harbour master of Port Selwick", ("harbour master",), "the harbour master", "Port Selwick"),
    (
        "a novelist and former editor of the Kesswick Gazette",
        ("novelist",),
        "the novelist",
        "Kesswick Gazette",
    ),
    ("a celebrated cellist", ("cellist",), "the cellist", ""),
    ("a former goalkeeper for Corrin Athletic", ("goalkeeper",), "the goalkeeper", "Corrin Athletic"),
    ("a pioneering paediatric surgeon", ("surgeon",), "the surgeon", ""),
)

#: Jobs for `NAME, 84, a retired JOB from TOWN`.
JOBS69 = (
    "engineer",
    "lock keeper",
    "printer",
    "schoolteacher",
    "midwife",
    "piano tuner",
    "signalman",
    "bookbinder",
    "stonemason",
    "district nurse",
    "ferry pilot",
    "clockmaker",
)

#: Bodies that mourn: (name, kind, what the deceased did there, with its preposition).
BODIES69 = (
    ("Corrin Athletic", "club", "played for"),
    ("the Harwick Philharmonic", "orchestra", "played with"),
    ("Saint Orwin's Grammar School", "school", "taught at"),
    ("the Lindqvist Folk Museum", "museum", "worked at"),
    ("Vallenburg University", "university", "taught at"),
    ("the Brackenmoor Rowing Club", "club", "rowed for"),
    ("Tollmere Shipbuilders", "company", "worked at"),
    ("the Kesswick Gazette", "newspaper", "worked at"),
    ("Grauheim Town Council", "council", "served on"),
    ("the Ostrava Hills Choral Society", "society", "sang with"),
)

TOWNS69 = (
    "Grauheim",
    "Port Selwick",
    "Westerhaven",
    "Marrowby",
    "Kesswick",
    "Tollmere",
    "Fennick",
    "Eldmoor",
    "Brackenmoor",
    "Veldhaven",
    "Ardmoray",
    "Norrholm",
)

CHURCHES69 = (
    "Saint Ebba's Church",
    "the chapel of Greyholt Cemetery",
    "Vallenburg Cathedral",
    "Holy Trinity Church in Marrowby",
    "the Quaker meeting house in Fennick",
    "Saint Columba's Church",
)

PAPERS69 = ("the Kesswick Gazette", "the Tollmere Courier", "Radio Veldhaven", "the Marrowby Evening Post")

DAYS69 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

YEARS69 = ("1968", "1974", "1981", "1987", "1993", "1998", "2003", "2009", "2012")

#: Tributes (the speaker's words about the deceased; no final punctuation).
TRIBUTES69 = (
    "Not one home match was missed in sixty years",
    "I have never met anyone who listened so well",
    "Every child in this town learned to swim because of that stubborn generosity",
    "We have lost the last of the old guard",
    "There was always a pot of coffee on and a chair by the stove",
    "The whole valley feels quieter this morning",
    "Half the musicians in the county owe their careers to those lessons",
    "Nobody fought harder for the harbour",
    "The door was never locked and the kettle was never cold",
    "It was a life of enormous kindness, lived without any fuss",
    "We were all a little afraid of the red pen and all of us were better for it",
    "The town would not look the way it does without that vision",
    "We will miss the laugh more than anything",
    "Those Sunday concerts were the heartbeat of the place",
)

#: The deceased's own words, quoted from the past (no final punctuation).
OWN69 = (
    "I only ever wanted to teach",
    "A town without a band is only half awake",
    "You do not retire from the sea, it retires you",
    "The law is only as good as the patience of the people who apply it",
    "Every score is a letter from someone who has died, and my job is to read it aloud",
    "I was never brave, I was just too stubborn to leave",
    "A museum is a promise that somebody will remember",
    "I have been lucky every single day of my life",
    "Children can smell a lie from across the playground",
    "Write it short, write it true, and go home early",
)

#: Reported clauses of the deceased's own words (after `once said that`).
OWN_CLAUSES69 = (
    "a town without a band was only half awake",
    "the best teachers were the ones who admitted they were still learning",
    "the harbour had been a better school than any university",
    "nobody should leave school without being able to sing in a choir",
    "music was the only argument worth losing sleep over",
    "the museum belonged to the people who had donated its first hundred objects",
)

#: Reported predicates of a tribute (after `said NAME` or `said he`): `had trained half the apprentices`.
PREDS69 = (
    "had trained half the apprentices in the valley",
    "had never once raised a voice at a pupil",
    "had kept the club going through two floods and a fire",
    "had answered every letter by hand until the very end",
    "had turned a draughty barn into the finest small concert hall in the region",
    "had saved the archive from being sold off in the 1990s",
    "had been the first to arrive and the last to leave at every rehearsal",
    "had quietly paid the fees of students who could not afford them",
)

CAUSES69 = (
    "heart failure",
    "pneumonia",
    "complications of a fall",
    "cancer",
    "a stroke",
    "kidney disease",
    "complications of Parkinson's disease",
)

#: Pointed fragments for `described NAME as "X"`.
FRAGS69 = (
    "a force of nature",
    "the kindest soul in the valley",
    "irreplaceable",
    "a teacher in the truest sense",
    "the conscience of the town",
    "utterly fearless",
    "a giant of the profession",
    "a stubborn, wonderful nuisance",
)

#: Works (books, albums, films) nobody speaks, with the noun that introduces them.
WORKS69 = (
    ("memoir", "Salt on the Window"),
    ("novel", "The Ferryman's Daughter"),
    ("album", "Lanterns Over Tollmere"),
    ("documentary", "A Harbour in Winter"),
    ("cookbook", "Bread for Thirty"),
    ("history", "Stone and Water"),
    ("collection of poems", "Late Apples"),
)

SONGS69 = ("The Long Road Home", "Abide With the Tide", "Rowing Song", "Shall We Gather", "Brackenmoor Bells")

NICKNAMES69 = ("the Iron Lady of Tollmere", "Doc", "the Maestro", "Granny Goal", "the Professor", "Skipper")

EPITAPHS69 = (
    "She kept the light burning",
    "Gone fishing",
    "He taught us to listen",
    "Beloved of all who sailed with him",
    "The music goes on",
)

POEMS69 = ("Harbour Lights", "For the Ones Who Stayed", "Low Tide", "The Last Rehearsal")

#: A profile subject's own words, in the present (no final punctuation).
SUBJECT69 = (
    "The trick is never to rush a spring",
    "People call it a dying trade, but it is only a quiet one",
    "I still get nervous before every single concert",
    "My hands know the work better than my head does",
    "Retirement is a word for people who did not enjoy their jobs",
    "Every morning I open the shutters and the street says hello",
    "I learned more from my mistakes than from any book",
    "If I stopped tomorrow, nobody here would know how to fix the organ",
)

#: A profile subject's reported views (after `says`).
SUBJECT_CLAUSES69 = (
    "the workshop will stay open as long as there is work on the bench",
    "young people are more interested in the craft than anyone expects",
    "the secret is patience rather than talent",
    "the town has given back far more than it ever asked for",
)
