"""Slot fillers of the eightieth held-out round (``heldout80.py``), a round of LIVE BLOGS, ROUNDUPS AND
TIMESTAMPED UPDATES as a live desk writes them: invented ministers' spokespeople, mayors, party and union
leaders, executives, police chiefs, forecasters, economists and the blog's own correspondents (with a gender
and an age); posts with their bodies and the short second reference (`the mayor`); bodies that issue
statements (some of one word); documents; outlets; places; time stamps as an entry opens (`10:42 a.m. —`,
`14:05 BST:`, `Update, 3 p.m.:`) and stamps on a line of their own; short plain-text headers; bullet
characters; topics for a "Key quotes" list; show titles, nicknames, slogans and scare terms that sit in marks
and nobody says; quotations, short headline quotations, reported clauses, pointed fragments for mixed
quotations, split quotations and narrative sentences that report nothing.

Every name, body, place, handle and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS80 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS80 = (*MARKS80, Mark("\u2018", "\u2019"))

WOMEN80 = (
    Person("Liesel Brandvold", "Brandvold", "f", "Norwegian", 48),
    Person("Priyanka Deshmukh", "Deshmukh", "f", "Marathi", 41),
    Person("Adaeze Nwosu", "Nwosu", "f", "Igbo", 37),
    Person("Giulia Ferracane", "Ferracane", "f", "Italian", 52),
    Person("Hedda Wingren", "Wingren", "f", "Swedish", 45),
    Person("Siobhan Cassidy-Hart", "Cassidy-Hart", "f", "Irish", 39),
    Person("Yetunde Bakare", "Bakare", "f", "Yoruba", 56),
    Person("Mei Tanabe", "Tanabe", "f", "Japanese", 43),
    Person("Amelie Dufresne", "Dufresne", "f", "French", 34),
    Person("Marieke Oosterhuis", "Oosterhuis", "f", "Dutch", 50),
    Person("Layla Haddad", "Haddad", "f", "Lebanese", 31),
    Person("Morag Lindsay", "Lindsay", "f", "Scottish", 60),
    Person("Kirra Pemberton", "Pemberton", "f", "Australian", 38),
    Person("Agnieszka Wrobel", "Wrobel", "f", "Polish", 47),
    Person("Ines Carvalhal", "Carvalhal", "f", "Portuguese", 44),
)

MEN80 = (
    Person("Osvald Thorsen", "Thorsen", "m", "Danish", 58),
    Person("Curtis Delahunt", "Delahunt", "m", "American", 46),
    Person("Kofi Asante-Mensah", "Asante-Mensah", "m", "Ghanaian", 51),
    Person("Matteo Baldacci", "Baldacci", "m", "Italian", 40),
    Person("Declan Moriarty", "Moriarty", "m", "Irish", 63),
    Person("Joaquin Arrieta", "Arrieta", "m", "Mexican", 35),
    Person("Hamish Strachan", "Strachan", "m", "Scottish", 55),
    Person("Lukas Brenninger", "Brenninger", "m", "German", 42),
    Person("Chinedu Ezeokafor", "Ezeokafor", "m", "Igbo", 49),
    Person("Bastien Carrel", "Carrel", "m", "French", 36),
    Person("Oliver Penhaligon", "Penhaligon", "m", "English", 61),
    Person("Piotr Nowicki", "Nowicki", "m", "Polish", 44),
    Person("Graham Tolley", "Tolley", "m", "English", 67),
    Person("Ravi Subramaniam", "Subramaniam", "m", "Tamil", 53),
    Person("Nuno Esteves", "Esteves", "m", "Portuguese", 39),
)

PEOPLE80 = tuple(p for pair in zip(WOMEN80, MEN80, strict=True) for p in pair)


@frozen
class Post80:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and
    the body or place), the short second reference (`the mayor`; `{s}` again) and the body it belongs to
    (never a speaker of a person's words; empty when the post names none)."""

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


POSTS80 = (
    Post80("a {s} for the Treasury", "Treasury {s}", ("spokes", "Treasury"), "the {s}", "the Treasury"),
    Post80("the mayor of Tenmouth", "Tenmouth Mayor", ("mayor", "Tenmouth"), "the mayor", "Tenmouth"),
    Post80(
        "leader of the Civic Alliance",
        "Civic Alliance leader",
        ("leader", "Civic Alliance"),
        "the party leader",
        "the Civic Alliance",
    ),
    Post80(
        "general secretary of the Rail Workers' Union",
        "Rail Workers' Union general secretary",
        ("general secretary", "Rail Workers' Union"),
        "the union leader",
        "the Rail Workers' Union",
    ),
    Post80(
        "chief executive of Harbourline",
        "Harbourline chief executive",
        ("chief executive", "Harbourline"),
        "the chief executive",
        "Harbourline",
    ),
    Post80(
        "chief constable of Calder Police",
        "Calder Police Chief Constable",
        ("chief constable", "Calder Police"),
        "the chief constable",
        "Calder Police",
    ),
    Post80(
        "chief forecaster at the Meridian Weather Service",
        "Meridian Weather Service chief forecaster",
        ("forecaster", "Meridian Weather Service"),
        "the forecaster",
        "the Meridian Weather Service",
    ),
    Post80(
        "an economist at Brightwater Capital",
        "Brightwater Capital economist",
        ("economist", "Brightwater Capital"),
        "the economist",
        "Brightwater Capital",
    ),
    Post80("the health secretary", "Health Secretary", ("health secretary",), "the health secretary", ""),
    Post80(
        "a {s} for Calder Fire and Rescue",
        "Calder Fire and Rescue {s}",
        ("spokes", "Calder Fire and Rescue"),
        "the {s}",
        "Calder Fire and Rescue",
    ),
)

#: Bodies that issue statements: (the name at a sentence's start, the names a key accepts for it).
BODIES80 = (
    ("The Treasury", ("Treasury",)),
    ("Harbourline", ("Harbourline",)),
    ("Calder Police", ("Calder Police", "police")),
    ("The Rail Workers' Union", ("Rail Workers' Union", "union")),
    ("The Meridian Weather Service", ("Meridian Weather Service",)),
    ("Quillmarsh", ("Quillmarsh",)),
    ("The Civic Alliance", ("Civic Alliance",)),
    ("Tenmouth Council", ("Tenmouth Council", "council")),
)

#: Documents that find or conclude: (the name after *The*, the names a key accepts for it).
DOCS80 = (
    ("Brackwater Review", ("Brackwater Review", "review")),
    (
        "flood inquiry's interim report",
        ("flood inquiry's interim report", "interim report", "report", "flood inquiry", "inquiry"),
    ),
    (
        "Treasury's spending forecast",
        ("Treasury's spending forecast", "spending forecast", "forecast", "Treasury"),
    ),
    (
        "council's audit of the bridge",
        ("council's audit of the bridge", "audit", "council", "council's audit"),
    ),
)

OUTLETS80 = ("the Tenmouth Courier", "Radio Calder", "the Evening Ledger", "Northgate FM")

PLACES80 = (
    "the Guildhall",
    "Westgate station",
    "the Tenmouth Assembly",
    "the flood centre in Arnby",
    "Calder Leisure Centre",
    "the Harbour Street depot",
)

#: Time stamps as an entry opens, and the zone or label words in them (never a speaker).
STAMPS80 = (
    "10:42 a.m. \u2014",
    "14:05 BST:",
    "Update, 3 p.m.:",
    "11.20am:",
    "09:15 \u2014",
    "16:48 GMT \u2014",
    "Update at 5.10pm:",
    "7:03 p.m. ET:",
)
STAMPLINES80 = ("10:42", "14:05 BST", "3.15pm", "11:58 a.m.", "Update, 6.40pm", "21:12 GMT")
STAMPWORDS80 = ("BST", "GMT", "ET", "Update")

HEADERS80 = (
    "Strike talks collapse",
    "Flood barriers hold",
    "Budget: what we know so far",
    "Bridge closed until further notice",
    "Count delayed in northern wards",
    "Markets steady after announcement",
)

#: Bullet characters that open a line.
BULLETS80 = ("- ", "\u2022 ")

TOPICS80 = ("the strike", "the budget", "the floods", "the count", "the bridge", "fares")

QUOTES80 = (
    "We will not be rushed into a bad deal",
    "Nobody in this building is pretending the numbers are easy",
    "The barriers held overnight and that is down to the crews",
    "I have asked for a full account by Friday",
    "Passengers deserve better than this",
    "This budget puts working families first",
    "We are ready to talk at any hour of the day",
    "The water is still rising in the lower town",
    "There is no money left in the pot",
    "I would urge everyone to stay away from the river",
    "It is too early to call the result",
    "Our members have been patient for long enough",
    "The trains will run again once the signals are safe",
    "Every penny of this has been accounted for",
    "We think the count will run well into the morning",
    "I am proud of how this town has pulled together",
)

#: Short quotations a header puts after a surname and a colon.
HEADQUOTES80 = (
    "We will not back down",
    "The worst is over",
    "Nothing is off the table",
    "Stay indoors tonight",
)

CLAUSES80 = (
    "the talks would resume on Monday",
    "the flood barriers had held overnight",
    "the budget would not raise income tax",
    "about 200 homes had lost power",
    "the count in the northern wards was running late",
    "the union had received no new offer",
    "the bridge would stay closed until further notice",
    "the forecast for the weekend remained uncertain",
    "the figures had been checked twice",
    "the company would refund every cancelled ticket",
    "the evacuation centre at the school was now full",
    "turnout appeared higher than at the last election",
    "the river would peak by midnight",
    "no decision had been taken on fuel duty",
    "the drivers would return to work on Thursday",
    "the emergency fund would be doubled",
)

#: (what a fragment is said of, the pointed fragment).
FRAGS80 = (
    ("the offer", "an insult to every driver"),
    ("the budget", "a plan for the next decade"),
    ("the delays", "completely unacceptable"),
    ("the response", "slow and muddled"),
    ("the forecast", "the worst in twenty years"),
    ("the result", "a wake-up call"),
    ("the deal", "the best we could get"),
    ("the closures", "a last resort"),
)

#: Split quotations: (the first part, without its comma; the second, from lower case to its full stop).
SPLITS80 = (
    ("We have done everything we can", "but the river has the final say."),
    ("This is not the end of the dispute", "and nobody should pretend otherwise."),
    ("The numbers are tight", "but they add up."),
    ("I spoke to the families this morning", "and they are exhausted."),
    ("We expected a close count", "though not this close."),
    ("The line will reopen", "but only when it is safe to do so."),
)

NARRATIVE80 = (
    "Crews worked through the night to clear debris from the riverside road.",
    "The count at the leisure centre began shortly after 10 p.m.",
    "Trains between Westgate and Arnby were cancelled for a second day.",
    "Sandbags were handed out at the Harbour Street depot from first light.",
    "The budget documents were published on the Treasury website at noon.",
    "Queues formed outside the evacuation centre before dawn.",
)

#: Lines of a "Key events" or "Key facts" list that report nothing.
FACTS80 = (
    "About 200 homes without power",
    "Westgate bridge closed in both directions",
    "Schools in Arnby shut for the day",
    "Results from six wards still to come",
    "Rail services suspended until Thursday",
)

SHOWS80 = ("Tenmouth Tonight", "The Week in Westgate", "Morning Call")
NICKS80 = ("the Iron Auditor", "Mr Fix-It", "the Ferryman", "the Quiet Hand")
SLOGANS80 = ("Fair Fares Now", "Build Back Drier", "Tenmouth First", "Not One Penny More")
SCARE80 = ("stealth tax", "managed decline", "fare cliff", "flood lottery")

#: Runs of time stamps in order, for pages of several entries.
STAMPSEQS80 = (
    ("09:15 \u2014", "09:32 \u2014", "09:48 \u2014", "10:05 \u2014"),
    ("14:05 BST:", "14:21 BST:", "14:40 BST:", "15:02 BST:"),
    ("11.20am:", "11.34am:", "11.52am:", "12.10pm:"),
    ("Update, 3 p.m.:", "Update, 3.20 p.m.:", "Update, 3.45 p.m.:", "Update, 4.05 p.m.:"),
    ("7:03 p.m. ET:", "7:18 p.m. ET:", "7:36 p.m. ET:", "7:55 p.m. ET:"),
    ("16:48 GMT \u2014", "17:02 GMT \u2014", "17:19 GMT \u2014", "17:40 GMT \u2014"),
)

#: Quotations a body's statement or account gives (no *I*).
BODYQUOTES80 = (
    "Services will resume as soon as it is safe to do so",
    "We remain committed to reaching a fair settlement",
    "The figures published today are accurate",
    "Our teams are working around the clock",
    "Public safety remains our first priority",
    "We will review every complaint we receive",
)
