"""Slot fillers of the thirty-sixth held-out round (``heldout36.py``): invented people of Acehnese, Adyghe,
Aleut, Assamese, Balkar, Batak, Bemba, Bugis, Cebuano, Duala, Efik, Hakka, Kongo, Kumyk and Lozi origin
(with their gender, an age and the language they speak), quotation marks (straight, curly, British single,
guillemets, German low-high, each with its inner pair), roles with their bodies in a bell foundry, a
lighthouse trust, a beekeeping cooperative, a puppet theatre, ferry dispatch, a ski patrol, orchard grafting,
kelp drying, organ building and canal locks, volleyball, handball and kabaddi teams with their positions,
courts, clergy and honours, companies with their posts, universities and journals, ministries, parties and
constituencies, relations for tributes, songs, films, nicknames, signs and scare words, and open-class cue
verbs of sound and manner, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person36:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture, age and the language the person speaks."""

    full: str
    last: str
    gender: str
    culture: str
    age: int
    language: str

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
    def title(self) -> str:
        """`Ms` or `Mr`."""
        return "Ms" if self.gender == "f" else "Mr"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender (`daughter`/`son`)."""
        return female if self.gender == "f" else male


@frozen
class Mark36:
    """A pair of quotation marks, with the pair a quotation inside it takes."""

    open: str
    close: str
    inner_open: str
    inner_close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"

    def inner(self, text: str) -> str:
        """*text* between the inner marks (a quotation inside a quotation)."""
        return f"{self.inner_open}{text}{self.inner_close}"


ALL_MARKS36 = (
    Mark36('"', '"', "'", "'"),
    Mark36("“", "”", "‘", "’"),
    Mark36("'", "'", '"', '"'),
    Mark36("‘", "’", "“", "”"),
    Mark36("«", "»", "‹", "›"),
    Mark36("„", "“", "‚", "‘"),
)

WOMEN36 = (
    Person36("Yusnidar Hasbi", "Hasbi", "f", "Acehnese", 44, "Acehnese"),
    Person36("Nafset Khatkova", "Khatkova", "f", "Adyghe", 51, "Adyghe"),
    Person36("Agrafina Prokopeuff", "Prokopeuff", "f", "Aleut", 63, "Unangam Tunuu"),
    Person36("Pranamika Saikia", "Saikia", "f", "Assamese", 38, "Assamese"),
    Person36("Zulfiya Ulbasheva", "Ulbasheva", "f", "Balkar", 47, "Balkar"),
    Person36("Rosmauli Simanjuntak", "Simanjuntak", "f", "Batak", 35, "Batak"),
    Person36("Bupe Chilufya", "Chilufya", "f", "Bemba", 29, "Bemba"),
    Person36("Besse Rahmatia", "Rahmatia", "f", "Bugis", 56, "Buginese"),
    Person36("Marivic Cabahug", "Cabahug", "f", "Cebuano", 42, "Cebuano"),
    Person36("Ebelle Ekwalla", "Ekwalla", "f", "Duala", 33, "Duala"),
    Person36("Ekaete Henshaw", "Henshaw", "f", "Efik", 58, "Efik"),
    Person36("Patimat Alibekova", "Alibekova", "f", "Kumyk", 40, "Kumyk"),
    Person36("Liew Siew Lan", "Liew", "f", "Hakka", 61, "Hakka"),
    Person36("Nsimba Lutete", "Lutete", "f", "Kongo", 37, "Kikongo"),
    Person36("Namakau Inambao", "Inambao", "f", "Lozi", 49, "Silozi"),
)

MEN36 = (
    Person36("Muzakkir Ibrahimsyah", "Ibrahimsyah", "m", "Acehnese", 52, "Acehnese"),
    Person36("Aslan Beshtokov", "Beshtokov", "m", "Adyghe", 45, "Adyghe"),
    Person36("Innokenty Krukoff", "Krukoff", "m", "Aleut", 59, "Unangam Tunuu"),
    Person36("Hiranya Borgohain", "Borgohain", "m", "Assamese", 54, "Assamese"),
    Person36("Kazbek Tebuev", "Tebuev", "m", "Balkar", 39, "Balkar"),
    Person36("Tigor Siahaan", "Siahaan", "m", "Batak", 48, "Batak"),
    Person36("Mulenga Kapwepwe", "Kapwepwe", "m", "Bemba", 36, "Bemba"),
    Person36("Arung Pallawa", "Pallawa", "m", "Bugis", 62, "Buginese"),
    Person36("Jomar Alcoseba", "Alcoseba", "m", "Cebuano", 31, "Cebuano"),
    Person36("Epée Ngando", "Ngando", "m", "Duala", 57, "Duala"),
    Person36("Etim Archibong", "Archibong", "m", "Efik", 43, "Efik"),
    Person36("Zaur Gadzhiev", "Gadzhiev", "m", "Kumyk", 66, "Kumyk"),
    Person36("Chong Kah Wai", "Chong", "m", "Hakka", 50, "Hakka"),
    Person36("Mavungu Nsakala", "Nsakala", "m", "Kongo", 41, "Kikongo"),
    Person36("Sitali Akapelwa", "Akapelwa", "m", "Lozi", 55, "Silozi"),
)

PEOPLE36 = tuple(p for pair in zip(WOMEN36, MEN36, strict=True) for p in pair)


@frozen
class Role36:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the foundry`), quotations and reported clauses in the role's voice, and two sentences
    about the body that report nothing (paragraphs between a quotation and its continuation)."""

    role: str
    body: str
    head: str
    kind: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    facts: tuple[str, str]


ROLES36 = (
    Role36(
        "tuning foreman",
        "the Hollinsgate Bell Foundry",
        "foreman",
        "the foundry",
        (
            "A bell that is out by a hair will sour the whole peal",
            "We tune by ear first and by the machine second",
            "The tenor bell took three castings to get right",
        ),
        (
            "the foundry had cast its last bell for a cathedral",
            "a cracked treble would be recast in the spring",
            "orders from abroad had doubled",
        ),
        (
            "The foundry has stood on the same street since 1741.",
            "Its furnace is lit about forty times a year.",
        ),
    ),
    Role36(
        "lamp conservator",
        "the Dunmarrow Head Lighthouse Trust",
        "conservator",
        "the trust",
        (
            "The lens weighs as much as a small car and floats on mercury",
            "Every brass fitting in the lamp room is polished by hand",
            "Ships no longer need the light, but the coast still does",
        ),
        (
            "the old lens would go back into the tower by summer",
            "salt had eaten through the lantern gallery",
            "the trust had found the keepers' logbooks in a loft",
        ),
        (
            "The light was automated in 1989 and its keepers left the next year.",
            "The tower is open to visitors on the first Sunday of each month.",
        ),
    ),
    Role36(
        "queen rearer",
        "the Mellanby Beekeepers' Cooperative",
        "queen rearer",
        "the cooperative",
        (
            "A good queen will lay two thousand eggs on a warm day",
            "We lost a third of our hives to the wet spring",
            "Heather honey is the last crop of the year and the best",
        ),
        (
            "the cooperative had lost a third of its hives",
            "the heather honey would be jarred in October",
            "mites had been found in two apiaries",
        ),
        (
            "The cooperative was set up by eleven smallholders after the war.",
            "Its honey is sold at three markets in the valley.",
        ),
    ),
    Role36(
        "marionette maker",
        "the Tollbeck Marionette Theatre",
        "marionette maker",
        "the theatre",
        (
            "Each puppet has nine strings and a temper of its own",
            "Children still gasp when the dragon opens its jaws",
            "A carved head takes a week and a costume takes two",
        ),
        (
            "the theatre would stage a winter show for schools",
            "the oldest puppets had been restored",
            "ticket sales had fallen since the bridge closed",
        ),
        (
            "The theatre seats ninety and was once a chapel.",
            "Its collection holds more than four hundred puppets.",
        ),
    ),
    Role36(
        "duty dispatcher",
        "the Kyleburn Ferry Dispatch Office",
        "dispatcher",
        "the dispatch office",
        (
            "When the wind swings north we hold every sailing",
            "The island has one ferry and no second chances",
            "We radio the skipper before the ramp goes down",
        ),
        (
            "three sailings had been cancelled because of the gale",
            "the evening crossing would run an hour later",
            "a new radio mast had been installed on the pier",
        ),
        (
            "Ferries have crossed the sound from Kyleburn since 1923.",
            "The crossing takes forty minutes in good weather.",
        ),
    ),
    Role36(
        "lead patroller",
        "the Carn Dearg Ski Patrol",
        "patroller",
        "the patrol",
        (
            "Most accidents happen on the last run of the day",
            "The cornice above the north gully has to come down before we open",
            "A transceiver is no use in the car park",
        ),
        (
            "the north gully would stay closed all week",
            "the patrol had answered forty calls in a month",
            "two new rescue sledges had been bought",
        ),
        (
            "The ski centre opened in 1961 with a single rope tow.",
            "It now has five lifts and twenty runs.",
        ),
    ),
    Role36(
        "master propagator",
        "the Appleby Stoke Grafting Nursery",
        "propagator",
        "the nursery",
        (
            "A graft takes or it does not, and you know within a month",
            "We keep forty old apple varieties alive on rootstock",
            "Every tree here started as a twig in someone's pocket",
        ),
        (
            "the nursery had grafted six thousand trees this winter",
            "a lost pear variety had been found in a hedgerow",
            "the frost had killed the earliest blossom",
        ),
        (
            "The nursery was planted on the old glebe land in 1902.",
            "It sends trees to orchards in four counties.",
        ),
    ),
    Role36(
        "drying-floor manager",
        "the Ronsay Kelp Works",
        "manager",
        "the kelp works",
        (
            "Kelp dries best in a westerly and worst in a fog",
            "We cut by hand at low water and nowhere else",
            "A wet week can spoil a whole month of harvest",
        ),
        (
            "the works had doubled its drying floor",
            "the summer harvest had been the best in a decade",
            "a buyer in the south had ordered twenty tonnes",
        ),
        (
            "Kelp was first burned on Ronsay for soda ash in the 1760s.",
            "The drying sheds stand on the shore below the village.",
        ),
    ),
    Role36(
        "pipe maker",
        "the Marchbank Organ Workshop",
        "pipe maker",
        "the workshop",
        (
            "The longest pipe in the new organ is sixteen feet",
            "Tin and lead have to be poured at the same heat every time",
            "An organ is built for a room, not for a catalogue",
        ),
        (
            "the workshop would ship an organ to a college chapel",
            "the price of tin had risen by a third",
            "two apprentices had finished their training",
        ),
        (
            "The workshop has built or rebuilt more than two hundred organs.",
            "Its casting table is a slab of stone older than the building.",
        ),
    ),
    Role36(
        "lengthsman",
        "the Thirlwell Canal Trust",
        "lengthsman",
        "the canal trust",
        (
            "Eight locks in a mile and every gate leaks a little",
            "Boaters forget the water has to come from somewhere",
            "We grease the paddle gear every Monday without fail",
        ),
        (
            "the top lock would be drained for repairs",
            "a gate had been damaged by a hire boat",
            "the summit pound was running low",
        ),
        (
            "The canal was cut in 1796 to carry coal to the mills.",
            "Its flight of eight locks climbs ninety feet.",
        ),
    ),
)

DAYS36 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEARS36 = (1988, 1994, 2003, 2009, 2016)
PAPERS36 = ("Hollinsgate Advertiser", "Kyleburn Packet", "Thirlwell Observer", "Tollbeck Mercury")


@frozen
class Team36:
    """A team, the side it played, its sport and positions a player is titled by."""

    team: str
    rival: str
    sport: str
    positions: tuple[str, ...]


TEAMS36 = (
    Team36(
        "Cleadon Kestrels", "Wickerby Rovers", "volleyball", ("setter", "middle blocker", "outside hitter")
    ),
    Team36("Kyleburn Thistles", "Strathcairn Athletic", "handball", ("pivot", "left back", "right wing")),
    Team36(
        "Tollbeck Tuskers", "Oxenhope Panthers", "kabaddi", ("raider", "corner defender", "cover defender")
    ),
    Team36(
        "Holtby Comets", "Velthorpe United", "volleyball", ("opposite hitter", "setter", "middle blocker")
    ),
    Team36("Norbury Stags", "Corvale Harriers", "handball", ("centre back", "pivot", "left wing")),
)

#: What a player or coach says after a match: a quotation and a reported clause.
MATCH36 = (
    ("We were second to every loose ball in the first half", "the side had been second to every loose ball"),
    ("The dressing room is hurting, and it should be", "the players were hurting after the defeat"),
    ("That is the best we have played all season", "it was the best the side had played all season"),
    ("We showed the young ones what this club is about", "the younger players had shown what the club was"),
    ("Nobody gave us a chance, and we knew that", "nobody had given the side a chance"),
    ("We will take a point and go home happy", "the side would take the point and go home happy"),
)

#: Court reporting: a charge, a prosecutor's clause, a defence clause, a quotation for each side and a
#: clause the court heard.
COURT36 = (
    (
        "stealing bronze from a bell foundry",
        "the defendant had loaded the bronze into a hired van",
        "his client had been told the bronze was scrap",
        "This was a planned theft, carried out at night",
        "My client has never been in trouble before",
        "the metal had been sold for less than a tenth of its value",
    ),
    (
        "damaging a lighthouse lens",
        "the lens had been struck with an iron bar",
        "her client had been drunk and remembered nothing",
        "The damage will take years and a fortune to repair",
        "She is deeply ashamed of what happened that night",
        "the keepers' door had been forced shortly after midnight",
    ),
    (
        "selling diseased bees",
        "the hives had been sold knowing they carried foulbrood",
        "the seller had had the colonies inspected in the spring",
        "Forty beekeepers lost their colonies because of this",
        "He has kept bees for thirty years without a single complaint",
        "the disease had spread to four apiaries in the valley",
    ),
    (
        "opening a canal lock without permission",
        "the paddles had been wound up while a boat was in the chamber",
        "the boater had been trying to free a trapped swan",
        "A family of four was put in danger that afternoon",
        "He acted on instinct and he regrets it",
        "the water level had dropped four feet in a few minutes",
    ),
)

#: Clergy, honours and other titles before a name: the word(s) before the name, the genders it fits
#: (`fm` for either), the noun it stands for alone on second reference (`the rabbi`; empty where the rank
#: names no post a reader could infer: `the Rev.`, `Sister`, `Sir`, `Dame`), and the post a text may give
#: after the name (`vicar of St Olave's`).
RANKS36 = (
    ("The Rev.", "fm", "", "vicar of St Olave's, Hollinsgate"),
    ("Canon", "fm", "the canon", "canon of Kyleburn Cathedral"),
    ("Rabbi", "fm", "the rabbi", "rabbi of the Thirlwell Hebrew Congregation"),
    ("Imam", "m", "the imam", "imam of the Tollbeck Central Mosque"),
    ("Sister", "f", "", "prioress of the Convent of the Holy Well"),
    ("Dame", "f", "", "chair of the Mellanby Beekeepers' Cooperative"),
    ("Sir", "m", "", "president of the Dunmarrow Head Lighthouse Trust"),
    ("Father", "m", "the priest", "parish priest of St Brendan's, Ronsay"),
    ("Archdeacon", "fm", "the archdeacon", "Archdeacon of Strathcairn"),
    ("Pastor", "fm", "the pastor", "pastor of Cleadon Baptist Church"),
)


@frozen
class Firm36:
    """A company, what it does (a verb phrase after *which*) and its kind (`the company`, `the group`)."""

    name: str
    trade: str
    kind: str


FIRMS36 = (
    Firm36("Hollinsgate Castings", "makes bells and clock chimes", "the company"),
    Firm36("Ronsay Marine Products", "sells kelp extracts to food makers", "the company"),
    Firm36("Marchbank Instruments", "builds pipe organs and harmoniums", "the group"),
    Firm36("Kyleburn Ferries", "runs the island ferries", "the operator"),
    Firm36("Mellanby Honey", "sells honey and beeswax", "the company"),
)

#: What a company or its officers tell investors: a quotation and a reported clause.
EARNINGS36 = (
    ("We have come through a hard year with our order book intact", "the order book had held up"),
    ("Costs are still too high and we will keep cutting them", "costs would be cut further"),
    ("The second half will be stronger than the first", "the second half would be stronger"),
    ("We are not going to chase volume at any price", "the business would not chase volume at any price"),
    ("Demand from abroad has never been higher", "demand from abroad was at a record"),
)

UNIS36 = ("Strathcairn University", "the University of Kyleburn", "Oxenhope College", "Velthorpe Institute")
JOURNALS36 = ("the Journal of Coastal Ecology", "Apidologie Letters", "Acoustics Today Review")

#: Findings of a study: a reported clause and a quotation of its author.
FINDINGS36 = (
    (
        "honeybees near kelp beds foraged further than inland bees",
        "The bees were flying twice as far as we expected",
    ),
    ("bronze bells lose pitch faster in salt air", "A bell by the sea goes flat in a generation"),
    ("grafted apple trees live longer on old rootstock", "The old rootstocks simply outlive the new ones"),
    ("avalanche dogs find buried people faster in the morning", "The dogs are sharper before lunch"),
)

#: Ministries a minister answers for, parties and constituencies.
MINISTRIES36 = ("Ports and Ferries", "Rural Affairs", "Heritage", "Inland Waterways")
PARTIES36 = ("Lab", "Con", "LD", "Green", "Ind")
SEATS36 = ("Kyleburn and the Isles", "Hollinsgate East", "Thirlwell Vale", "Tollbeck North", "Cleadon")

#: Questions put in a debate and the government's answers, in the voice of the chamber.
DEBATE36 = (
    (
        "the island ferry would run through the winter",
        "Will the minister promise the islanders a winter service",
        "The service will run, and I will say so in writing",
    ),
    (
        "the canal trust would keep its grant",
        "Why has the canal grant been cut for the third year running",
        "The grant has not been cut, it has been moved",
    ),
    (
        "the lighthouse lens would stay in the county",
        "Does the minister know what that lens means to the coast",
        "I know exactly what it means, and it is staying",
    ),
)

#: Relations for tributes: the relative's noun for a woman and for a man.
RELATIONS36 = (
    ("daughter", "son"),
    ("sister", "brother"),
    ("granddaughter", "grandson"),
    ("niece", "nephew"),
)

#: What relatives say of the dead: a quotation and a reported clause.
TRIBUTES36 = (
    ("She never once missed a morning at the works", "she had never missed a morning at the works"),
    ("Everyone on the island knew that laugh", "everyone on the island had known the laugh"),
    ("The workshop was the love of a long life", "the workshop had been the love of a long life"),
    ("We have lost the best teacher the valley had", "the valley had lost its best teacher"),
)
#: What the dead said, years before (quoted from the past).
PAST36 = (
    "I will stop when my hands tell me to",
    "Nobody owns the sea, we only borrow a corner of it",
    "Give me a cold workshop and a warm kettle",
    "Every apprentice I trained is still in the trade",
)

#: Words inside a quotation that another person said (the inner quotation).
INNER36 = (
    "Leave it with me",
    "You will never finish it",
    "Ring the bell twice",
    "Not on my watch",
    "Come back in the spring",
    "That gate will hold",
)

#: Songs, films, nicknames, signs and scare words that nobody in the text says.
SONGS36 = ("Lanterns on the Sound", "The Bronze Bell Waltz", "Nine Strings", "Heather and Smoke")
FILMS36 = ("The Last Keeper", "Low Water", "Queen of the Hive", "The Long Pound")
NICKS36 = ("Bellows", "the Admiral", "Honeypot", "Stringer", "Lockjaw", "Frosty")
SIGNS36 = ("No Swimming Below the Lock", "Mind the Ramp", "Bees at Work", "Danger: Falling Ice")
SCARE36 = ("consultation", "efficiencies", "heritage offer", "visitor journey", "realignment")

#: Open-class cue verbs of sound and manner no earlier round used.
OPEN36 = ("burred", "twanged", "droned", "stuttered", "crackled", "hummed")
