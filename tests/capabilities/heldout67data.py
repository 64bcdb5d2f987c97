"""Slot fillers of the sixty-seventh held-out round (``heldout67.py``), a round of SOCIAL MEDIA, EMAIL AND
ONLINE SOURCES as a digital desk reports them: invented people of Estonian, Portuguese, Korean, Igbo,
Mexican, Norwegian, Flemish, Jordanian, Marathi, Luo, Irish, Dutch, Ukrainian, Ghanaian and Welsh origin
(with a gender, an age and a handle of their own), straight and curly double marks, roles with the body or
place they belong to and the short reference a story uses later, invented platforms, a messaging app and a
video site, invented newspapers with their short names and staff, companies and councils with official
accounts, anonymous accounts and commenters, posts, messages and reported clauses, pointed fragments, and the
hashtags, search terms, links, emoji, video titles and trending phrases nobody says.

Every name, account, platform, body, place and sentence here was written for this round.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS67 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN67 = (
    Person("Liisbet Kaarma", "Kaarma", "f", "Estonian", 34),
    Person("Odete Furtado", "Furtado", "f", "Portuguese", 46),
    Person("Seo-yeon Baek", "Baek", "f", "Korean", 29),
    Person("Ifeoma Chukwudi", "Chukwudi", "f", "Igbo", 41),
    Person("Marisol Quintanar", "Quintanar", "f", "Mexican", 38),
    Person("Halvdis Bratlie", "Bratlie", "f", "Norwegian", 52),
    Person("Anouk Verstraeten", "Verstraeten", "f", "Flemish", 31),
    Person("Yasmin Haddadin", "Haddadin", "f", "Jordanian", 44),
    Person("Priyamvada Gokhale", "Gokhale", "f", "Marathi", 49),
    Person("Atieno Odhiambo", "Odhiambo", "f", "Luo", 36),
    Person("Brónach Tierney", "Tierney", "f", "Irish", 27),
    Person("Fenna Dijkhuis", "Dijkhuis", "f", "Dutch", 55),
    Person("Oksana Hrytsenko", "Hrytsenko", "f", "Ukrainian", 40),
    Person("Efua Quansah", "Quansah", "f", "Ghanaian", 33),
    Person("Eirlys Prothero", "Prothero", "f", "Welsh", 58),
)

MEN67 = (
    Person("Tarmo Kuusik", "Kuusik", "m", "Estonian", 45),
    Person("Duarte Meireles", "Meireles", "m", "Portuguese", 39),
    Person("Dong-hyun Seok", "Seok", "m", "Korean", 32),
    Person("Chinedu Okonkwo", "Okonkwo", "m", "Igbo", 50),
    Person("Esteban Villagrán", "Villagrán", "m", "Mexican", 43),
    Person("Eirik Solbakken", "Solbakken", "m", "Norwegian", 37),
    Person("Wouter Claeys", "Claeys", "m", "Flemish", 48),
    Person("Karim Tabbaa", "Tabbaa", "m", "Jordanian", 35),
    Person("Anand Kulkarni", "Kulkarni", "m", "Marathi", 54),
    Person("Otieno Wafula", "Wafula", "m", "Luo", 42),
    Person("Declan Furlong", "Furlong", "m", "Irish", 30),
    Person("Bastiaan Roelofs", "Roelofs", "m", "Dutch", 57),
    Person("Taras Melnychuk", "Melnychuk", "m", "Ukrainian", 46),
    Person("Kwesi Ankomah", "Ankomah", "m", "Ghanaian", 39),
    Person("Gethin Maddocks", "Maddocks", "m", "Welsh", 51),
)

PEOPLE67 = tuple(p for pair in zip(WOMEN67, MEN67, strict=True) for p in pair)

#: Each person's handle (without the `@`), in the order of PEOPLE67.
HANDLES67 = {
    "Liisbet Kaarma": "liisbetk",
    "Tarmo Kuusik": "tarmo_kuusik",
    "Odete Furtado": "odetefurtado",
    "Duarte Meireles": "dmeireles_",
    "Seo-yeon Baek": "seoyeon_b",
    "Dong-hyun Seok": "dhseok",
    "Ifeoma Chukwudi": "ifeoma_writes",
    "Chinedu Okonkwo": "chinedu_ok",
    "Marisol Quintanar": "marisolq",
    "Esteban Villagrán": "evillagran",
    "Halvdis Bratlie": "halvdisb",
    "Eirik Solbakken": "eirik_sol",
    "Anouk Verstraeten": "anoukv",
    "Wouter Claeys": "wclaeys",
    "Yasmin Haddadin": "yasminhaddadin",
    "Karim Tabbaa": "karimtabbaa",
    "Priyamvada Gokhale": "pgokhale",
    "Anand Kulkarni": "anand_k",
    "Atieno Odhiambo": "atieno_o",
    "Otieno Wafula": "owafula",
    "Brónach Tierney": "bronacht",
    "Declan Furlong": "declanfurlong",
    "Fenna Dijkhuis": "fennadijk",
    "Bastiaan Roelofs": "broelofs",
    "Oksana Hrytsenko": "oksana_h",
    "Taras Melnychuk": "tarasm",
    "Efua Quansah": "efuaquansah",
    "Kwesi Ankomah": "kwesi_ank",
    "Eirlys Prothero": "eirlysp",
    "Gethin Maddocks": "gethinmaddocks",
}


@frozen
class Role67:
    """A role written after a name between commas (with its article), the parts a title must hold, the short
    reference a story uses later and the body or place it belongs to (a wrong speaker)."""

    after: str
    parts: tuple[str, ...]
    short: str
    body: str


ROLES67 = (
    Role67(
        "a lecturer in digital culture at Calder Vale University",
        ("lecturer", "Calder Vale University"),
        "the lecturer",
        "Calder Vale University",
    ),
    Role67(
        "the head of trust and safety at Flocknet",
        ("head of trust and safety", "Flocknet"),
        "the safety chief",
        "Flocknet",
    ),
    Role67(
        "the chief executive of Brindle Analytics",
        ("chief executive", "Brindle Analytics"),
        "the chief executive",
        "Brindle Analytics",
    ),
    Role67(
        "a councillor on Ovenden Borough Council",
        ("councillor", "Ovenden Borough Council"),
        "the councillor",
        "Ovenden Borough Council",
    ),
    Role67(
        "the founder of the Marram Street Food Bank",
        ("founder", "Marram Street Food Bank"),
        "the founder",
        "Marram Street Food Bank",
    ),
    Role67("the mayor of Kelsow", ("mayor", "Kelsow"), "the mayor", "Kelsow"),
    Role67(
        "the director of the Fenwick Centre for Digital Rights",
        ("director", "Fenwick Centre for Digital Rights"),
        "the director",
        "Fenwick Centre for Digital Rights",
    ),
    Role67(
        "an associate professor of media studies at Portlaw University",
        ("professor", "Portlaw University"),
        "the professor",
        "Portlaw University",
    ),
    Role67(
        "the chair of the Ardlow Tenants' Association",
        ("chair", "Ardlow Tenants' Association"),
        "the chair",
        "Ardlow Tenants' Association",
    ),
    Role67(
        "a senior researcher at the Brackley Institute for Online Safety",
        ("researcher", "Brackley Institute for Online Safety"),
        "the researcher",
        "Brackley Institute for Online Safety",
    ),
    Role67(
        "the owner of the Sable Street Bakery",
        ("owner", "Sable Street Bakery"),
        "the owner",
        "Sable Street Bakery",
    ),
    Role67(
        "the head teacher of Gorsefield Primary School",
        ("head teacher", "Gorsefield Primary School"),
        "the head teacher",
        "Gorsefield Primary School",
    ),
    Role67(
        "the manager of the Kelsow Lido",
        ("manager", "Kelsow Lido"),
        "the manager",
        "Kelsow Lido",
    ),
    Role67(
        "the social media manager of Kestwick Rail",
        ("social media manager", "Kestwick Rail"),
        "the social media manager",
        "Kestwick Rail",
    ),
    Role67(
        "the president of the Harwick Cycling Club",
        ("president", "Harwick Cycling Club"),
        "the club president",
        "Harwick Cycling Club",
    ),
)

#: Invented platforms (posted *on* them).
PLATFORMS67 = ("Chirp", "Flocknet", "Murmur", "Lanternly")
#: An invented video site and messaging app.
VIDEO67 = "Pinwheel"
MESSENGER67 = "Nudge"

#: Invented newspapers: the full name and the short name used later.
OUTLETS67 = (
    ("the Harwick Gazette", "the Gazette"),
    ("the Tessford Courier", "the Courier"),
    ("the Ballymere Ledger", "the Ledger"),
)
#: The digital desk's staff (bylines; never speakers).
STAFF67 = ("Corin Ashdown", "Philippa Treharne", "Lowell Brannigan")


@frozen
class Body67:
    """A body with an official account: its name and the noun a story uses for it later."""

    name: str
    noun: str


BODIES67 = (
    Body67("Brindle Analytics", "the company"),
    Body67("Kestwick Rail", "the operator"),
    Body67("Larchmont Water", "the utility"),
    Body67("Ovenden Borough Council", "the council"),
    Body67("Pellow Motors", "the carmaker"),
    Body67("the Fairhaven Hospital Trust", "the trust"),
    Body67("Quarrybank Energy", "the supplier"),
    Body67("the Kelsow Lido Trust", "the charity"),
)

#: Posts and messages (no closing punctuation; the template adds it).
QUOTES67 = (
    "The bus timetable change has left half the estate stranded",
    "I have never seen the harbour this crowded on a weekday",
    "We asked for a crossing two years ago and we are still waiting",
    "This is not the library I grew up with",
    "Please stop sharing the photo, it is not from this week",
    "Our volunteers worked through the night and I could not be prouder",
    "Nobody from the council has knocked on a single door",
    "The app crashed three times before I could pay for parking",
    "I made a mistake and I am sorry for it",
    "The market will open as normal on Saturday",
    "We need more lifeguards on the beach, not more signs",
    "I stand by every word of the original post",
    "Those numbers were taken out of context",
    "The refund has still not arrived after six weeks",
    "It is a good day for everyone who rides the ferry",
    "I was wrong about the bridge and I said so",
    "Our shop will stay closed until the roof is fixed",
    "The rumour about the school closing is simply false",
    "Thank you to every neighbour who brought sandbags",
    "The water is safe to drink, but boil it if you are unsure",
    "I will not be deleting the video",
    "This account has never been run by anyone but me",
    "The hospital car park is full again by eight in the morning",
    "Nobody told the tenants the lift would be out for a month",
    "We have paused all deliveries while the road is flooded",
    "I have reported the fake page three times",
    "Every screenshot going round was edited",
    "The concert is sold out and there will be no second date",
)

#: Reported clauses (lower case, no final stop).
CLAUSES67 = (
    "the new parking app had charged some drivers twice",
    "the footbridge would reopen before the end of the month",
    "the library's opening hours had been cut without notice",
    "the photo of the flooded square was several years old",
    "the council had ignored the tenants' complaints for a year",
    "the festival would go ahead despite the forecast",
    "the fake account had been copying posts for weeks",
    "ferry fares would rise in the spring",
    "the school had not been told about the change",
    "the new booking system was confusing older patients",
    "the company had not sold any customer data",
    "the recycling collection would move to Thursdays",
    "the video had been edited to change its meaning",
    "the shelter needed more volunteers over the winter",
    "the market traders had been left out of the talks",
    "the clinic would stay open on Saturdays",
    "the petition had passed ten thousand signatures",
    "the post had been written by a member of staff without approval",
    "the bus company owed drivers several weeks of overtime",
    "the lido would not reopen this summer",
)

#: Pointed fragments: (what is described, the words in marks).
FRAGS67 = (
    ("the new moderation rules", "censorship with a friendly face"),
    ("the parking app", "a slot machine for fines"),
    ("the council's reply", "a masterclass in saying nothing"),
    ("the rebrand", "lipstick on a bus shelter"),
    ("the apology", "too little and far too late"),
    ("the leaked memo", "a fairly boring document"),
    ("the viral clip", "a cheap edit"),
    ("the consultation", "a box-ticking exercise"),
)

#: Anonymous accounts: (how a story describes the poster, the names a key accepts besides none).
ANON67 = (
    ("A user who goes by Tollgate88", ("user", "a user who goes by Tollgate88", "Tollgate88")),
    ("An anonymous account", ("anonymous account", "an anonymous account")),
    ("One commenter", ("commenter", "one commenter")),
    (
        "A poster calling themselves Quietferry",
        ("poster", "a poster calling themselves Quietferry", "Quietferry"),
    ),
    ("An unverified account", ("unverified account", "an unverified account")),
    ("One reader", ("reader", "one reader")),
)
#: What an anonymous poster's handle or name may be written as (wrong speakers when a named person speaks).
ANON_NAMES67 = ("Tollgate88", "Quietferry")

HASHTAGS67 = ("#SaveTheLido", "#KelsowFloods", "#FixOurLift", "#BringBackTheNightBus", "#HandsOffTheLibrary")
SEARCHES67 = ("ferry strike", "is the lido open", "Kelsow flood map", "night bus times", "Brindle data leak")
URLS67 = (
    "harwickgazette.example/flood-live",
    "brindle-analytics.example/status",
    "kelsow.example/lido-updates",
    "ovenden.example/bins",
)
EMOJI67 = ("\U0001f64f\U0001f64f", "\U0001f440", "\U0001f602\U0001f602\U0001f602", "\u2764\ufe0f")
VIDEO_TITLES67 = (
    "A Day at the Lido",
    "Ten Things Nobody Tells You About Kelsow",
    "Tenants Versus the Lift",
    "Why I Quit the Council",
)
TRENDING67 = ("lift gate", "bin day chaos", "the great ferry queue", "sandbag Sunday")
CAPTIONS67 = (
    "Sunday well spent",
    "Back where it all started",
    "Some days are just for the sea",
    "Finally home",
)

DAYS67 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TOWNS67 = ("Kelsow", "Ovenden", "Tessford", "Ardlow", "Gorsefield")
