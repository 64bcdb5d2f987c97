"""Slot fillers of the forty-seventh held-out round (``heldout47.py``), a round of COMPETING PEOPLE: invented
people of Slovene, Albanian, Marathi, Nepali, Sinhala, Khmer, Lao, Tigrinya, Oromo, Wolof, Kinyarwanda,
Luganda, Samoan, Fijian and Azerbaijani origin (with their gender and an age), straight and curly double
marks, roles from many fields with their affiliation and the short reference a story uses for them later
(`the minister`, `the coach`, `the prosecutor`), bodies and rival companies with the noun a story uses for
them, an invented newspaper and radio station with staff who interview people (never speakers), quotations
(plain, naming another person, rebuttals, answers), reported clauses, fragments a speaker calls someone or
something, things someone did say that another denies, banners and narrative sentences nobody says, days
and towns.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS47 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN47 = (
    Person("Mojca Kranjec", "Kranjec", "f", "Slovene", 48),
    Person("Arta Kelmendi", "Kelmendi", "f", "Albanian", 44),
    Person("Sayali Deshpande", "Deshpande", "f", "Marathi", 39),
    Person("Sunita Adhikari", "Adhikari", "f", "Nepali", 52),
    Person("Dilhani Wickramasinghe", "Wickramasinghe", "f", "Sinhala", 46),
    Person("Sokunthea Prak", "Prak", "f", "Khmer", 35),
    Person("Vilayvanh Sisouphanh", "Sisouphanh", "f", "Lao", 41),
    Person("Senait Tesfamariam", "Tesfamariam", "f", "Tigrinya", 37),
    Person("Chaltu Gemechu", "Gemechu", "f", "Oromo", 43),
    Person("Awa Ndiaye", "Ndiaye", "f", "Wolof", 50),
    Person("Clarisse Uwimana", "Uwimana", "f", "Kinyarwanda", 45),
    Person("Esther Nalwoga", "Nalwoga", "f", "Luganda", 54),
    Person("Fetu Leota", "Leota", "f", "Samoan", 38),
    Person("Mereani Tuivaga", "Tuivaga", "f", "Fijian", 42),
    Person("Aynur Mammadova", "Mammadova", "f", "Azerbaijani", 47),
)

MEN47 = (
    Person("Matjaž Pirnat", "Pirnat", "m", "Slovene", 55),
    Person("Dritan Shehu", "Shehu", "m", "Albanian", 49),
    Person("Rohit Gokhale", "Gokhale", "m", "Marathi", 41),
    Person("Bikram Thapa", "Thapa", "m", "Nepali", 58),
    Person("Chaminda Jayasuriya", "Jayasuriya", "m", "Sinhala", 44),
    Person("Vuthy Sok", "Sok", "m", "Khmer", 36),
    Person("Somphone Keomany", "Keomany", "m", "Lao", 53),
    Person("Yonas Habtemariam", "Habtemariam", "m", "Tigrinya", 47),
    Person("Tolosa Gudina", "Gudina", "m", "Oromo", 51),
    Person("Moussa Diouf", "Diouf", "m", "Wolof", 40),
    Person("Innocent Habimana", "Habimana", "m", "Kinyarwanda", 57),
    Person("Ronald Kizza", "Kizza", "m", "Luganda", 39),
    Person("Tavita Faleolo", "Faleolo", "m", "Samoan", 46),
    Person("Sakiusa Naivalu", "Naivalu", "m", "Fijian", 50),
    Person("Elnur Huseynov", "Huseynov", "m", "Azerbaijani", 42),
)

PEOPLE47 = tuple(p for pair in zip(WOMEN47, MEN47, strict=True) for p in pair)


@frozen
class Role47:
    """A role: after the name (`the head coach of Merrow Town`), the parts a title must hold, the short
    reference a story uses later (`the coach`) and the role without its affiliation (`head coach`)."""

    after: str
    parts: tuple[str, ...]
    short: str
    noun: str


ROLES47 = (
    Role47(
        "the transport minister of Astavia", ("transport minister", "Astavia"), "the minister", "minister"
    ),
    Role47("the head coach of Merrow Town", ("coach", "Merrow Town"), "the coach", "head coach"),
    Role47(
        "the chief executive of Calvane Foods",
        ("chief executive", "Calvane Foods"),
        "the chief executive",
        "chief executive",
    ),
    Role47(
        "a senior lecturer in law at Tessington University",
        ("lecturer", "Tessington University"),
        "the lecturer",
        "senior lecturer",
    ),
    Role47("the mayor of Orrick Bay", ("mayor", "Orrick Bay"), "the mayor", "mayor"),
    Role47(
        "the general secretary of the Harbour Pilots' Union",
        ("general secretary", "Harbour Pilots"),
        "the union leader",
        "general secretary",
    ),
    Role47(
        "the chief prosecutor for the Wyle district",
        ("chief prosecutor", "Wyle"),
        "the prosecutor",
        "chief prosecutor",
    ),
    Role47(
        "the director of the Quillon Art Gallery",
        ("director", "Quillon Art Gallery"),
        "the gallery director",
        "director",
    ),
    Role47(
        "the leader of the opposition Green Ridge Party",
        ("leader", "Green Ridge Party"),
        "the opposition leader",
        "party leader",
    ),
    Role47(
        "a defence lawyer with Carrow & Pike",
        ("lawyer", "Carrow & Pike"),
        "the lawyer",
        "defence lawyer",
    ),
    Role47(
        "the fire chief of Dunley County", ("fire chief", "Dunley County"), "the fire chief", "fire chief"
    ),
    Role47(
        "the captain of the Orrick Bay lifeboat",
        ("captain", "Orrick Bay lifeboat"),
        "the captain",
        "captain",
    ),
    Role47(
        "the chair of the Ravelstone Housing Trust",
        ("chair", "Ravelstone Housing Trust"),
        "the trust chair",
        "chair",
    ),
)


@frozen
class Body47:
    """A body or company: its name as written, the noun a story uses for it later, and the post held there
    by the person who speaks for it (with the parts a title must hold)."""

    name: str
    noun: str
    post: str
    parts: tuple[str, ...]


BODIES47 = (
    Body47("the Ravelstone Housing Trust", "the trust", "chair", ("chair", "Ravelstone Housing Trust")),
    Body47("Calvane Foods", "the company", "chief executive", ("chief executive", "Calvane Foods")),
    Body47("the Harbour Pilots' Union", "the union", "president", ("president", "Harbour Pilots")),
    Body47("Orrick Bay Council", "the council", "leader", ("leader", "Orrick Bay Council")),
    Body47("the Wyle Valley Hospital Board", "the board", "chair", ("chair", "Wyle Valley Hospital Board")),
    Body47("Marbrook Dairies", "the company", "managing director", ("managing director", "Marbrook Dairies")),
    Body47("Tessel Airways", "the airline", "chief executive", ("chief executive", "Tessel Airways")),
    Body47("Brennock Cement", "the company", "chief executive", ("chief executive", "Brennock Cement")),
)

#: Rival companies (a company and its rival), each with the post of the person who speaks for it.
RIVALS47 = (
    (BODIES47[1], BODIES47[5]),
    (
        BODIES47[6],
        Body47("Skylane Air", "the airline", "chief executive", ("chief executive", "Skylane Air")),
    ),
    (
        BODIES47[7],
        Body47("Haldor Aggregates", "the company", "managing director", ("managing director", "Haldor")),
    ),
)

#: Quotations (a sentence without its final stop; none holds a contraction or a name).
QUOTES47 = (
    "We were promised a bridge and we got a study",
    "Nobody in this room wants another year like the last one",
    "The money was there and it was spent on the wrong things",
    "I will not sign anything until the families have seen it",
    "There is a better deal to be had and we intend to find it",
    "The numbers simply do not add up",
    "This town has been patient for long enough",
    "We made mistakes and we are putting them right",
    "I have asked for the full report to be published",
    "Every week we wait the repairs get more expensive",
    "The crews did everything that was asked of them",
    "We will take this as far as we have to",
    "I am not going anywhere",
    "The first thing we need is an honest count of the damage",
)

#: Quotations that name another person (``{other}``).
NAMING47 = (
    "{other} is wrong about this and the figures show it",
    "I have worked with {other} for years and never doubted a word",
    "{other} knows exactly what was agreed in March",
    "With respect to {other}, that is not what happened",
)

#: Reported clauses (lowercase; no marks).
CLAUSES47 = (
    "the bridge would not be finished before the winter",
    "the contract had been signed without a proper tender",
    "the lifeboat station needed a new slipway",
    "the gallery would stay closed until the spring",
    "the union had not been consulted about the new rota",
    "the fire service was short of twelve crew members",
    "the housing trust had overspent by a third",
    "the case against the port operator would go ahead",
    "the team would play its home games at Tessington next season",
    "the bus subsidy had been cut without warning",
)

#: Fragments a speaker calls a plan or a remark (`called the plan "X"`).
FRAGS47 = (
    "a serious mistake",
    "nothing short of reckless",
    "the worst idea in years",
    "a publicity stunt",
    "a step in the right direction",
    "long overdue",
)

#: What a speaker calls a person: the verb of the credit and the fragment.
CALLED47 = (
    ("praised", "a breath of fresh air"),
    ("criticised", "nothing short of reckless"),
    ("praised", "a safe pair of hands"),
    ("criticised", "a liability"),
)

#: What one person is said to have done (a clause about the other person; ``{other}`` and the pronoun).
ACTS47 = (
    "would resign by the end of the month",
    "had known about the leak since January",
    "would stand again at the next election",
    "had been offered a job in the capital",
)

#: Narrative sentences nobody says.
NARRATIVE47 = (
    "The hearing lasted most of the afternoon.",
    "The bridge was closed to lorries in August.",
    "Some forty people watched from the public gallery.",
    "The lifeboat was launched eleven times last year.",
    "The dispute began when the new rota was published.",
    "The gallery reopened briefly in June.",
)

#: Words on a banner, placard or sign nobody is said to have said (controls).
BANNERS47 = ("Save Our Slipway", "Hands Off the Harbour", "No Bridge, No Vote", "Fund the Fire Crews")

#: Days of the week.
DAYS47 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Towns.
TOWNS47 = ("Orrick Bay", "Merrow", "Tessington", "Dunley", "Ravelstone", "Wyle", "Quillon")

#: An invented newspaper and radio station, and their staff (they interview people; never speakers).
OUTLETS47 = ("the Orrick Bay Herald", "Radio Tessel")
STAFF47 = ("Gwen Harrowby", "Felix Strand", "Nora Pellow", "Ivo Marchbank")
