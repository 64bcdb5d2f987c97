"""Slot fillers of the forty-sixth held-out round (``heldout46.py``), a METAMORPHIC round of perturbations:
invented people of Castilian Spanish, German, Swedish, Danish, Croatian, Bulgarian, Slovak, Egyptian,
Emirati, Israeli Hebrew, Thai, Javanese Indonesian, Burmese, Kannada and Mandarin Chinese origin (with their
gender and an age), people of those origins (and one Manx) whose names have shapes that must be kept whole
(particles *de la*, *von*, *van der*, *bin*, *al-*, *El-*, *Mac*; hyphens; an apostrophe; South Indian
initials; *Jr.* and *III*; family name first; single names; surnames that are common English words),
straight and curly double marks, roles with their affiliation (after the name, before it, the parts a title
must hold and a short reference), title shapes (country pre-titles, `of`/`at`/`for` chains, two roles,
former/acting/interim), quotations (plain, with a contraction, with another person's name, questions and
exclamations, long two-sentence ones), reported clauses and clauses with a quoted fragment, narrative
sentences nobody says, adverbs and phrases that go inside a credit, cue forms by tense, aspect, mood and
voice, towns, days, an invented newspaper and news service with staff and datelines.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented (the US state abbreviations of party-state tags are real).
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS46 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN46 = (
    Person("Lucía Barrientos", "Barrientos", "f", "Castilian", 47),
    Person("Henrike Vossberg", "Vossberg", "f", "German", 53),
    Person("Maja Ekholm", "Ekholm", "f", "Swedish", 38),
    Person("Sidsel Kjærgaard", "Kjærgaard", "f", "Danish", 61),
    Person("Ivana Barišić", "Barišić", "f", "Croatian", 44),
    Person("Radka Stoyanova", "Stoyanova", "f", "Bulgarian", 50),
    Person("Zuzana Kováčiková", "Kováčiková", "f", "Slovak", 36),
    Person("Rania Abdelmoneim", "Abdelmoneim", "f", "Egyptian", 42),
    Person("Mariam Alkaabi", "Alkaabi", "f", "Emirati", 34),
    Person("Tamar Ben-Haim", "Ben-Haim", "f", "Hebrew", 57),
    Person("Siriporn Chaiyawat", "Chaiyawat", "f", "Thai", 45),
    Person("Dewi Setyaningsih", "Setyaningsih", "f", "Javanese", 39),
    Person("Khin Thandar Oo", "Oo", "f", "Burmese", 48),
    Person("Kavya Hegde", "Hegde", "f", "Kannada", 33),
    Person("Li Wenjing", "Li", "f", "Mandarin", 55),
)

MEN46 = (
    Person("Gonzalo Arrieta", "Arrieta", "m", "Castilian", 58),
    Person("Jörg Haselbach", "Haselbach", "m", "German", 49),
    Person("Anders Wallgren", "Wallgren", "m", "Swedish", 62),
    Person("Mikkel Østergaard", "Østergaard", "m", "Danish", 41),
    Person("Tomislav Jurković", "Jurković", "m", "Croatian", 52),
    Person("Plamen Dimitrov", "Dimitrov", "m", "Bulgarian", 46),
    Person("Marek Hudec", "Hudec", "m", "Slovak", 37),
    Person("Karim Elshazly", "Elshazly", "m", "Egyptian", 54),
    Person("Saeed Alnuaimi", "Alnuaimi", "m", "Emirati", 43),
    Person("Eitan Shalev", "Shalev", "m", "Hebrew", 60),
    Person("Anan Srisuk", "Srisuk", "m", "Thai", 35),
    Person("Bambang Wicaksono", "Wicaksono", "m", "Javanese", 51),
    Person("Aung Min Htet", "Htet", "m", "Burmese", 40),
    Person("Prakash Kulkarni", "Kulkarni", "m", "Kannada", 56),
    Person("Zhou Haoran", "Zhou", "m", "Mandarin", 47),
)

PEOPLE46 = tuple(p for pair in zip(WOMEN46, MEN46, strict=True) for p in pair)

#: People whose names have a shape that must be kept whole: the person (``last`` is the surname as an
#: editor writes it on second reference) and that surname at the start of a sentence.
SHAPES46 = (
    (Person("Carmen de la Fuente", "de la Fuente", "f", "Castilian", 46), "De la Fuente"),
    (Person("Friedrich von Ahlen", "von Ahlen", "m", "German", 63), "Von Ahlen"),
    (Person("Greta van der Heyden", "van der Heyden", "f", "German", 41), "Van der Heyden"),
    (Person("Noura al-Mazrouei", "al-Mazrouei", "f", "Emirati", 38), "Al-Mazrouei"),
    (Person("Hamdan bin Khalifa", "bin Khalifa", "m", "Emirati", 52), "Bin Khalifa"),
    (Person("Yasmin El-Sherbiny", "El-Sherbiny", "f", "Egyptian", 44), "El-Sherbiny"),
    (Person("Ewan MacCrennan", "MacCrennan", "m", "Manx", 57), "MacCrennan"),
    (Person("Ana-Marija Kovačić-Horvat", "Kovačić-Horvat", "f", "Croatian", 49), "Kovačić-Horvat"),
    (Person("Ze'ev Ben-Tzur", "Ben-Tzur", "m", "Hebrew", 59), "Ben-Tzur"),
    (Person("K.S. Raghavendra", "Raghavendra", "m", "Kannada", 54), "Raghavendra"),
    (Person("Tomas Axelsson Jr.", "Axelsson", "m", "Swedish", 45), "Axelsson"),
    (Person("Rafael Ibarra III", "Ibarra", "m", "Castilian", 39), "Ibarra"),
    (Person("Wang Xiulan", "Wang", "f", "Mandarin", 51), "Wang"),
    (Person("Chen Guoqiang", "Chen", "m", "Mandarin", 60), "Chen"),
    (Person("Sutarmi", "Sutarmi", "f", "Javanese", 48), "Sutarmi"),
    (Person("Budiono", "Budiono", "m", "Javanese", 55), "Budiono"),
    (Person("Thida Aung", "Thida Aung", "f", "Burmese", 43), "Thida Aung"),
    (Person("Ulla Storm", "Storm", "f", "Danish", 50), "Storm"),
    (Person("Konrad Wolf", "Wolf", "m", "German", 47), "Wolf"),
    (Person("Noa Gold", "Gold", "f", "Hebrew", 36), "Gold"),
    (Person("Mads Winter", "Winter", "m", "Danish", 64), "Winter"),
    (Person("Anja Frost", "Frost", "f", "German", 42), "Frost"),
)


@frozen
class Role46:
    """A role: after the name (`the chief economist at Varden Bank`), before it (`Varden Bank chief
    economist`), the parts a title must hold, and a short reference (`the economist`)."""

    after: str
    before: str
    parts: tuple[str, ...]
    short: str


ROLES46 = (
    Role46(
        "the chief economist at Varden Bank",
        "Varden Bank chief economist",
        ("chief economist", "Varden Bank"),
        "the economist",
    ),
    Role46(
        "the managing director of the Saltmarsh Ferry Company",
        "Saltmarsh Ferry Company managing director",
        ("managing director", "Saltmarsh Ferry"),
        "the managing director",
    ),
    Role46(
        "the principal of Hollins Cross Academy",
        "Hollins Cross Academy principal",
        ("principal", "Hollins Cross Academy"),
        "the principal",
    ),
    Role46(
        "a senior researcher at the Brenmoor Institute for Soil Science",
        "Brenmoor Institute senior researcher",
        ("researcher", "Brenmoor Institute"),
        "the researcher",
    ),
    Role46("the mayor of Ketterby", "Ketterby Mayor", ("mayor", "Ketterby"), "the mayor"),
    Role46(
        "the chief executive of Ostrel Pharmaceuticals",
        "Ostrel Pharmaceuticals chief executive",
        ("chief executive", "Ostrel Pharmaceuticals"),
        "the chief executive",
    ),
    Role46(
        "the president of the Dunmore Valley Growers' Union",
        "Dunmore Valley Growers' Union president",
        ("president", "Dunmore Valley Growers"),
        "the union president",
    ),
    Role46(
        "a professor of geology at Wrenfield University",
        "Wrenfield University geology professor",
        ("professor", "Wrenfield University"),
        "the professor",
    ),
    Role46(
        "the medical director of Albric Memorial Hospital",
        "Albric Memorial Hospital medical director",
        ("medical director", "Albric Memorial Hospital"),
        "the medical director",
    ),
    Role46(
        "the police chief in Fallowmere",
        "Fallowmere Police Chief",
        ("police chief", "Fallowmere"),
        "the police chief",
    ),
    Role46(
        "the head coach of the Ketterby Harriers",
        "Ketterby Harriers head coach",
        ("coach", "Ketterby Harriers"),
        "the coach",
    ),
    Role46(
        "the harbour master at Corvell",
        "Corvell harbour master",
        ("harbour master", "Corvell"),
        "the harbour master",
    ),
)

#: Quotations (a sentence without its final stop; none holds a contraction or a name).
QUOTES46 = (
    "We knew the numbers were bad but not this bad",
    "Nobody here wants to be the one who says no",
    "The decision was made before anyone asked us",
    "We are going to need more time and more money",
    "I have not seen anything like this in twenty years",
    "People deserve a straight answer and they have not had one",
    "This is the hardest winter we have had since the flood",
    "We will keep the doors open as long as we can",
    "There is still a way through this if everyone stays at the table",
    "The plan looks fine on paper and nowhere else",
    "We can fix this but not by next spring",
    "Every family on the list will get a call this week",
    "I would rather be honest now than sorry later",
    "The staff have carried this place on their backs all year",
)

#: Quotations with a contraction (the apostrophe is written straight, and curled by a template).
CONTRACTED46 = (
    "We can't keep asking the same families to pay more",
    "I don't think anyone saw this coming",
    "It's not a question of money any more",
    "We won't know the full cost until the summer",
    "That's the part nobody wants to talk about",
    "They've had three years to sort this out",
)

#: Quotations that name another person (``{other}``).
NAMING46 = (
    "{other} has been saying the same thing for months",
    "I spoke to {other} on Friday and nothing has changed",
    "Ask {other} and you will hear the same story",
    "{other} and I do not agree on much but we agree on this",
)

#: Questions and exclamations (with their own closing mark).
QUESTIONS46 = (
    "Who is going to pay for all of this?",
    "How many more warnings do we need?",
    "What were we supposed to do, wait for the water to go down?",
    "Enough is enough!",
    "This is a disgrace!",
    "Where was everybody when we needed them?",
)

#: Reported clauses (lowercase; no marks).
CLAUSES46 = (
    "the project would cost twice as much as planned",
    "the ferry timetable would be cut over the winter",
    "the school had lost a third of its teachers",
    "the harvest was the worst in a decade",
    "the hospital would open a second ward in March",
    "the port had been losing money for three years",
    "the river was rising faster than expected",
    "the board had approved the plan without a vote",
    "most of the staff would keep their jobs",
    "the new rules would take effect in April",
)

#: Clauses with a quoted fragment: the words before the fragment and the fragment.
MIXED46 = (
    ("the plan was", "dead in the water"),
    ("the review had been", "a waste of everybody's time"),
    ("the figures were", "worse than anyone feared"),
    ("the delay was", "simply not acceptable"),
    ("the agreement was", "the best deal on offer"),
)

#: Narrative sentences nobody says.
NARRATIVE46 = (
    "The meeting ran for more than three hours.",
    "About 200 people packed the hall.",
    "The ferry service began in 1962.",
    "Heavy rain closed two roads on the east side of town.",
    "The vote was delayed twice last year.",
    "The harbour wall was rebuilt in 2015.",
)

#: Days of the week.
DAYS46 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Towns.
TOWNS46 = ("Ketterby", "Fallowmere", "Corvell", "Wrenfield", "Dunmore", "Hollins Cross", "Brenmoor")

#: An invented local newspaper and news service, and their staff (never speakers).
PAPER46 = "the Ketterby Courier"
SERVICE46 = "Tidings News"
STAFF46 = ("Harriet Quayle", "Desmond Pryor", "Olwen Ashdown", "Rupert Vane")

#: Adverbs that go after a cue (`said quietly`) and words that go between a name and its cue.
ADVERBS46 = ("quietly", "flatly", "firmly", "simply", "bluntly", "calmly")
BETWEEN46 = ("however", "for her part", "meanwhile", "in turn")

#: US party-state tags (real state abbreviations): chamber, party letter, state abbreviation.
TAGS46 = (("Sen.", "D", "Ore."), ("Rep.", "R", "Texas"), ("Sen.", "R", "Ind."), ("Rep.", "D", "Mich."))

#: Invented countries: the adjective, the pre-title after it, and the parts the title must hold.
PRETITLES46 = (
    ("Valdorian", "Deputy Finance Minister", ("deputy finance minister", "Valdoria")),
    ("Korvenian", "Foreign Minister", ("foreign minister", "Korvenia")),
    ("Sundaran", "Health Minister", ("health minister", "Sundara")),
    ("Telerian", "Ambassador to the United Nations", ("ambassador", "Teleria")),
)

#: Titles after the name with chains of `of`/`at`/`for`: the phrase and the parts the title must hold.
CHAINS46 = (
    (
        "head of research at the Institute for Coastal Studies at Wrenfield University",
        ("head of research", "Institute for Coastal Studies"),
    ),
    (
        "director of the Centre for Rural Health at Albric Memorial Hospital",
        ("director", "Centre for Rural Health"),
    ),
    (
        "vice president for operations at the Saltmarsh Ferry Company",
        ("vice president for operations", "Saltmarsh Ferry"),
    ),
    (
        "chair of the board of trustees of the Ketterby Museum of Maritime History",
        ("chair", "Ketterby Museum of Maritime History"),
    ),
)

#: Two roles in one title: the phrase and the parts the title must hold.
TWO_ROLES46 = (
    (
        "the founder of Brightfen Seeds and chair of the Dunmore Valley Growers' Union",
        ("founder", "Brightfen Seeds", "chair"),
    ),
    # (key fix: two appositions, each with its article, are two titles, and the record prints the first
    # written (docs/json.md); the first role with its affiliation is required, the second may follow it)
    (
        "a lawyer for the families and a former Ketterby councillor",
        ("lawyer", "families"),
    ),
    (
        "the owner of the Corvell Boatyard and president of the harbour users' group",
        ("owner", "Corvell Boatyard", "president"),
    ),
)

#: Former, acting and interim titles: the phrase and the parts the title must hold.
TEMPORAL46 = (
    ("the former mayor of Ketterby", ("former mayor", "Ketterby")),
    ("the acting chief executive of Ostrel Pharmaceuticals", ("acting chief executive", "Ostrel")),
    ("the interim principal of Hollins Cross Academy", ("interim principal", "Hollins Cross")),
    ("a former police chief in Fallowmere", ("former police chief", "Fallowmere")),
)

#: All-capitals headlines that may stand before a lede (no quotation in them).
HEADLINES46 = (
    "FERRY CUTS LOOM FOR ISLANDERS",
    "HOSPITAL WARD PLAN DELAYED AGAIN",
    "GROWERS COUNT COST OF WET SUMMER",
    "SCHOOL STAFFING GAP WIDENS",
)
