"""Slot fillers of the seventy-ninth held-out round (``heldout79.py``), a round of RELIGION, CHARITIES AND
COMMUNITY GROUPS as a community and faith reporter writes them: invented clergy, charity directors,
trustees, volunteers, spokespeople and community members (with a gender and an age); clergy's forms of
address (*the Rev.*, *Bishop*, *Imam*, *Rabbi*, *Father*, *Sister*, *Pastor*, *the Most Rev.*,
*Archdeacon*) with the stem a title holds where the form is a role, the second reference by role (*the
bishop*) and by form and surname (*Father Mulcahy*), and the post each holds at a congregation, mosque,
temple, parish or diocese; lay posts at food banks, shelters, charities and interfaith councils; bodies
that issue statements, some of one word; documents; outlets; hymn titles and lines, scripture verses,
sermon titles, nicknames, campaign slogans and scare terms that sit in marks and nobody of the passage
says; quotations, reported clauses, pointed fragments for mixed quotations, split quotations, narrative
sentences, venues and days.

Every name, body, place and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS79 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS79 = (*MARKS79, Mark("\u2018", "\u2019"))

WOMEN79 = (
    Person("Hester Caldwell", "Caldwell", "f", "English", 58),
    Person("Adaeze Nwankwo", "Nwankwo", "f", "Igbo", 46),
    Person("Rukhsana Qureshi", "Qureshi", "f", "Pakistani", 51),
    Person("Miriam Lowenthal", "Lowenthal", "f", "Jewish", 44),
    Person("Siobhan Carrick", "Carrick", "f", "Irish", 63),
    Person("Marisol Dagohoy", "Dagohoy", "f", "Filipino", 39),
    Person("Bozena Wrobel", "Wrobel", "f", "Polish", 55),
    Person("Efua Mensah-Boateng", "Mensah-Boateng", "f", "Ghanaian", 41),
    Person("Hemlata Parekh", "Parekh", "f", "Gujarati", 67),
    Person("Jiwoo Baek", "Baek", "f", "Korean", 35),
    Person("Carys Pritchard", "Pritchard", "f", "Welsh", 49),
    Person("Yvonne Blackwood-Reid", "Blackwood-Reid", "f", "Jamaican", 60),
    Person("Nadine Haddad", "Haddad", "f", "Lebanese", 37),
    Person("Graziella Fontana", "Fontana", "f", "Italian", 52),
    Person("Hodan Warsame", "Warsame", "f", "Somali", 33),
)

MEN79 = (
    Person("Alistair Penrose", "Penrose", "m", "English", 61),
    Person("Chukwudi Eze", "Eze", "m", "Igbo", 48),
    Person("Tariq Siddiqui", "Siddiqui", "m", "Pakistani", 53),
    Person("Ezra Feldblum", "Feldblum", "m", "Jewish", 57),
    Person("Declan Mulcahy", "Mulcahy", "m", "Irish", 66),
    Person("Rommel Villanueva", "Villanueva", "m", "Filipino", 45),
    Person("Grzegorz Sadowski", "Sadowski", "m", "Polish", 50),
    Person("Kofi Asante-Darko", "Asante-Darko", "m", "Ghanaian", 42),
    Person("Nirav Desai", "Desai", "m", "Gujarati", 38),
    Person("Minjun Seo", "Seo", "m", "Korean", 36),
    Person("Gethin Llewellyn", "Llewellyn", "m", "Welsh", 59),
    Person("Winston Ellery", "Ellery", "m", "Jamaican", 72),
    Person("Karim Aboujaoude", "Aboujaoude", "m", "Lebanese", 47),
    Person("Massimo Bertolli", "Bertolli", "m", "Italian", 54),
    Person("Abdirahman Nuur", "Nuur", "m", "Somali", 40),
)

PEOPLE79 = tuple(p for pair in zip(WOMEN79, MEN79, strict=True) for p in pair)


@frozen
class Cleric79:
    """A member of the clergy: the form of address written before a name mid-sentence (`the Rev.`,
    `Bishop`), the stem a title must hold when only the form is stated (`bishop`; empty for an honorific,
    *the Rev.*, *Father*, *Sister*, *the Most Rev.*, which states no role, so the title is then not checked),
    the short second reference (`the bishop`), the form used with a surname on second reference (empty: the
    bare surname), the post after a name (between commas, with its article), the parts a title must hold
    (the role noun and the congregation, parish, mosque, temple or diocese), the body (never a speaker of a
    person's words) and the gender the form requires (empty: either)."""

    form: str
    stem: str
    short: str
    second: str
    after: str
    parts: tuple[str, ...]
    body: str
    gender: str


CLERGY79 = (
    Cleric79(
        "the Rev.",
        "",
        "the minister",
        "",
        "minister of Harrowgate Methodist Church",
        ("minister", "Harrowgate Methodist Church"),
        "Harrowgate Methodist Church",
        "",
    ),
    Cleric79(
        "Bishop",
        "bishop",
        "the bishop",
        "Bishop",
        "bishop of the Diocese of Carrowmere",
        ("bishop", "Carrowmere"),
        "the Diocese of Carrowmere",
        "",
    ),
    Cleric79(
        "Imam",
        "imam",
        "the imam",
        "Imam",
        "imam of the Redfern Road Mosque",
        ("imam", "Redfern Road Mosque"),
        "the Redfern Road Mosque",
        "m",
    ),
    Cleric79(
        "Rabbi",
        "rabbi",
        "the rabbi",
        "Rabbi",
        "senior rabbi at Congregation Beit Elan",
        ("rabbi", "Beit Elan"),
        "Congregation Beit Elan",
        "",
    ),
    Cleric79(
        "Father",
        "",
        "the priest",
        "Father",
        "parish priest of Holy Cross in Calder Row",
        ("priest", "Holy Cross"),
        "Holy Cross",
        "m",
    ),
    Cleric79(
        "Sister",
        "",
        "the nun",
        "Sister",
        "director of the Mercy House shelter",
        ("director", "Mercy House"),
        "Mercy House",
        "f",
    ),
    Cleric79(
        "Pastor",
        "pastor",
        "the pastor",
        "Pastor",
        "senior pastor of New Harvest Fellowship",
        ("pastor", "New Harvest Fellowship"),
        "New Harvest Fellowship",
        "",
    ),
    Cleric79(
        "Archdeacon",
        "archdeacon",
        "the archdeacon",
        "Archdeacon",
        "archdeacon of Wenlow",
        ("archdeacon", "Wenlow"),
        "Wenlow",
        "",
    ),
    Cleric79(
        "the Most Rev.",
        "",
        "the archbishop",
        "Archbishop",
        "archbishop of Tressingham",
        ("archbishop", "Tressingham"),
        "Tressingham",
        "",
    ),
    Cleric79(
        "Pandit",
        "pandit",
        "the priest",
        "Pandit",
        "head priest of the Kalyan Mandir in Dunmore",
        ("priest", "Kalyan Mandir"),
        "the Kalyan Mandir",
        "",
    ),
)


@frozen
class Post79:
    """A lay post: the post after a name (between commas, with its article; `{s}` stands for *spokeswoman*
    or *spokesman*), the post before a name, the parts a title must hold, the short second reference
    (`the director`; `{s}` again) and the body it belongs to (never a speaker of a person's words)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


#: Posts at food banks, shelters, charities, councils and the diocese's offices.
POSTS79 = (
    Post79(
        "director of the Eastgate Food Bank",
        "Eastgate Food Bank director",
        ("director", "Eastgate Food Bank"),
        "the director",
        "the Eastgate Food Bank",
    ),
    Post79(
        "chair of trustees at Harbour Light Shelter",
        "Harbour Light Shelter chair",
        ("chair", "Harbour Light"),
        "the chair",
        "Harbour Light Shelter",
    ),
    Post79(
        "a volunteer coordinator at the Millbrook Community Pantry",
        "Millbrook Community Pantry volunteer coordinator",
        ("coordinator", "Millbrook Community Pantry"),
        "the coordinator",
        "the Millbrook Community Pantry",
    ),
    Post79(
        "chief executive of the Open Door Trust",
        "Open Door Trust chief executive",
        ("chief executive", "Open Door Trust"),
        "the chief executive",
        "the Open Door Trust",
    ),
    Post79(
        "a {s} for the Diocese of Carrowmere",
        "Diocese of Carrowmere {s}",
        ("spokes", "Carrowmere"),
        "the {s}",
        "the Diocese of Carrowmere",
    ),
    Post79(
        "a trustee of the Wenlow Interfaith Council",
        "Wenlow Interfaith Council trustee",
        ("trustee", "Wenlow Interfaith Council"),
        "the trustee",
        "the Wenlow Interfaith Council",
    ),
    Post79(
        "president of the Kalyan Mandir temple committee",
        "Kalyan Mandir temple committee president",
        ("president", "Kalyan Mandir"),
        "the president",
        "the Kalyan Mandir",
    ),
    Post79(
        "fundraising manager at Kindhearth",
        "Kindhearth fundraising manager",
        ("fundraising manager", "Kindhearth"),
        "the fundraising manager",
        "Kindhearth",
    ),
    Post79(
        "chair of the Redfern Road Mosque trustees",
        "Redfern Road Mosque trustees chair",
        ("chair", "Redfern Road Mosque"),
        "the chair",
        "the Redfern Road Mosque",
    ),
    Post79(
        "a {s} for Brightwell",
        "Brightwell {s}",
        ("spokes", "Brightwell"),
        "the {s}",
        "Brightwell",
    ),
)

#: Community members' descriptions that state no post (a relative clause, a kin relation, a life).
LIVES79 = (
    "who has used the food bank since March",
    "who has volunteered at the pantry for eleven years",
    "who has worshipped at the church since childhood",
    "who slept at the shelter for six weeks last winter",
    "who arrived in Wenlow as a refugee in 2019",
    "who runs the Saturday breakfast club",
)

#: Bodies that issue statements: (the name as written at a sentence's start, the names a key accepts).
BODIES79 = (
    ("The Diocese of Carrowmere", ("the Diocese of Carrowmere", "Diocese of Carrowmere", "Diocese")),
    ("The Eastgate Food Bank", ("the Eastgate Food Bank", "Eastgate Food Bank", "food bank")),
    ("Harbour Light Shelter", ("Harbour Light Shelter", "Harbour Light")),
    ("Kindhearth", ("Kindhearth",)),
    ("The Wenlow Interfaith Council", ("the Wenlow Interfaith Council", "Wenlow Interfaith Council")),
    ("Brightwell", ("Brightwell",)),
    ("The Redfern Road Mosque", ("the Redfern Road Mosque", "Redfern Road Mosque", "mosque")),
    ("The Open Door Trust", ("the Open Door Trust", "Open Door Trust", "trust")),
    ("Congregation Beit Elan", ("Congregation Beit Elan", "Beit Elan")),
    ("Tidewell", ("Tidewell",)),
)

#: Documents that speak: (the name as a story writes it after *The*, the names a key accepts; a possessive
#: document also speaks for its possessor, the body that issued it: key fix after the one run).
DOCS79 = (
    (
        "charity's annual report",
        ("the charity's annual report", "charity's annual report", "annual report", "report", "charity"),
    ),
    ("safeguarding review", ("the safeguarding review", "safeguarding review", "review")),
    (
        "food bank's winter survey",
        ("the food bank's winter survey", "food bank's winter survey", "survey", "food bank"),
    ),
    ("diocesan audit", ("the diocesan audit", "diocesan audit", "audit")),
)

#: Newspapers, broadcasters and newsletters on the faith and community beat.
OUTLETS79 = (
    "the Church Chronicle",
    "Wenlow Community Radio",
    "the Parish Courier",
    "the Eastgate Echo",
    "Faithline News",
    "the Calder Row Gazette",
)

#: Hymn titles, sermon titles and appeal names, which sit in marks and nobody says.
HYMNS79 = (
    "Lantern on the Water",
    "All the Fields Are Singing",
    "Bread for the Long Road",
    "Morning at Harrowgate",
)
SERMONS79 = ("Room at the Table", "The Stranger at the Gate", "Loaves Enough", "Keep the Lamp Lit")
APPEALS79 = ("Winter Warmth", "Fill the Shelves", "A Bed for Every Child", "Light the Way")
#: Nicknames, campaign slogans and scare terms in marks.
NICKS79 = ("the Soup Saint", "the Bicycle Priest", "Mother Marmalade", "the Night Watchman")
SLOGANS79 = ("Nobody Eats Alone", "Faith in Action", "Open Doors, Open Hearts", "Give What You Can")
SCARE79 = ("welfare tourism", "poverty porn", "charity fatigue", "pew politics")

#: Lines from hymns and verses from scripture (written for this round), which a reader or a choir reads or
#: sings and nobody of the passage says as their own.
HYMNLINES79 = (
    "Carry the lantern down to the shore",
    "Every field is singing and every road leads home",
    "Break the bread and share the cup",
    "Keep watch with me until the morning",
)
VERSES79 = (
    "Open your hand to the poor and the stranger among you",
    "A gentle answer turns away the fiercest storm",
    "Whoever shares bread shall not go hungry",
    "Let the weary find rest beneath your roof",
)
BOOKS79 = ("the Book of Proverbs", "the Psalms", "the Gospel of Luke", "the Book of Isaiah")

QUOTES79 = (
    "We have never seen queues like this at the door",
    "Faith is not something you keep inside four walls",
    "Every family that walks in here is treated with dignity",
    "The shelves were empty by Thursday afternoon",
    "We are a small congregation with a very big kitchen",
    "Nobody should have to choose between heating and eating",
    "The volunteers are the beating heart of this place",
    "Our doors stay open whatever the weather",
    "I came here with nothing and they gave me a bed",
    "The roof repairs will cost more than we raised all year",
    "We pray together and then we get to work",
    "This mosque belongs to the whole street, not just to us",
    "The appeal has already passed its target",
    "Grief does not follow a timetable",
    "We will not turn anyone away on a cold night",
    "The young people ran the whole collection themselves",
    "Our neighbours of every faith came to help",
    "The diocese has to be honest about what went wrong",
    "Donations usually dip after Christmas",
    "We have buried three of our founders this year",
    "Hope is a discipline, not a feeling",
    "The kitchen serves two hundred meals a night",
    "I have never been prouder of this parish",
    "The bell has rung every Sunday for two hundred years",
)

CLAUSES79 = (
    "the food bank had fed more than four thousand families since January",
    "the shelter would open twenty extra beds in December",
    "the church roof needed urgent repairs",
    "donations had fallen by a third this year",
    "the mosque would host an open day for neighbours",
    "the parish would merge with St. Aldhelm's next spring",
    "the appeal had raised enough to buy a new van",
    "volunteers had packed twelve hundred hampers",
    "the diocese was reviewing its safeguarding procedures",
    "the temple kitchen would serve free meals throughout the festival",
    "the congregation had doubled in five years",
    "the charity could no longer afford its rent",
    "the soup kitchen would stay open on Christmas Day",
    "the interfaith vigil would be held at the town hall",
    "the shelter had turned away nobody this winter",
    "the choir would tour three prisons in the spring",
    "the trustees had approved a new youth worker",
    "attendance at the synagogue had risen since the autumn",
)

#: (what is described, the pointed words in marks).
FRAGS79 = (
    ("the funding cut", "a moral failure"),
    ("the appeal", "the best response we have ever had"),
    ("the closure", "heartbreaking"),
    ("the report", "a wake-up call"),
    ("the decision", "a betrayal of the poorest families"),
    ("the queue at the door", "a scandal in a wealthy town"),
    ("the vigil", "deeply moving"),
    ("the merger", "painful but necessary"),
    ("the new hall", "a gift to the whole community"),
    ("the review", "long overdue"),
    ("the donation", "extraordinary"),
    ("the council's plan", "short-sighted"),
)

#: Split quotations: the first part (a comma follows it) and the second (lower case, a full stop follows it).
SPLITS79 = (
    ("We feed whoever comes", "and we ask no questions"),
    ("The building is old", "but the people in it are young at heart"),
    ("People think charity is a hobby", "but for us it is a vocation"),
    ("The money will run out in March", "unless the town steps in"),
    ("I have taken many funerals", "but none as hard as this one"),
    ("We do not preach at the door", "we just hand out soup"),
    ("Our neighbours needed help", "and the congregation answered"),
    ("This is a house of prayer", "and it will stay a house of welcome"),
)

#: Sentences that report nothing.
NARRATIVE79 = (
    "The food bank opens its doors at nine every weekday morning.",
    "About three hundred people attended the candlelit vigil.",
    "The church was built by mill workers in 1861.",
    "Volunteers unloaded two lorries of tinned food on Saturday.",
    "The shelter has forty beds and a small laundry.",
    "The mosque's new community hall opened in the spring.",
)

VENUES79 = (
    "St. Aldhelm's Church",
    "the Redfern Road Mosque",
    "the Calder Row community centre",
    "Wenlow town hall",
    "the Kalyan Mandir",
    "Harrowgate Methodist Church",
)
DAYS79 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
