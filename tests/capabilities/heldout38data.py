"""Slot fillers of the thirty-eighth held-out round (``heldout38.py``): invented people of Alur, Anuak,
Aragonese, Bajau, Bribri, Chakma, Dargin, Emberá, Gurage, Ibibio, Idoma, Ijaw, Kapampangan, Kpelle and Lisu
origin (with their gender and an age), quotation marks (straight, curly, British single, guillemets, German
low-high), roles with their bodies in transport, shipping, markets and trades (a chain ferry, a wool
exchange, a livestock mart, a flower market, a smokehouse, a heritage omnibus company, a coachworks, a dry
dock, a tinsmiths' workshop, a water taxi service, a horse fair and a freight yard), papers, towns,
conferences and dinners, crews and their announcements, vessels and their ranks, quotations holding
abbreviations, times and prices, slogans on T-shirts, banners, vans and mugs, and open-class cue verbs of
sound (`bawled`, `honked`, `twittered`, `yapped`, `gargled`, `shrilled`, `creaked`, `singsonged`) that no
development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people, bodies and vessels are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person38:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture and an age."""

    full: str
    last: str
    gender: str
    culture: str
    age: int

    @property
    def first(self) -> str:
        """The given name (the first word of the full name)."""
        return self.full.split()[0]

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender (`spokeswoman`/`spokesman`)."""
        return female if self.gender == "f" else male


@frozen
class Mark38:
    """A pair of quotation marks."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"


ALL_MARKS38 = (
    Mark38('"', '"'),
    Mark38("“", "”"),
    Mark38("'", "'"),
    Mark38("‘", "’"),
    Mark38("«", "»"),
    Mark38("„", "“"),
)

WOMEN38 = (
    Person38("Ajok Uringi", "Uringi", "f", "Alur", 46),
    Person38("Abang Ochala", "Ochala", "f", "Anuak", 39),
    Person38("Chesusa Lacasta", "Lacasta", "f", "Aragonese", 58),
    Person38("Dayang Salbin", "Salbin", "f", "Bajau", 42),
    Person38("Yoselin Layán", "Layán", "f", "Bribri", 35),
    Person38("Bonolota Dewan", "Dewan", "f", "Chakma", 51),
    Person38("Zagidat Khizriyeva", "Khizriyeva", "f", "Dargin", 63),
    Person38("Ambelina Dogirama", "Dogirama", "f", "Emberá", 44),
    Person38("Zinash Wegayehu", "Wegayehu", "f", "Gurage", 37),
    Person38("Idara Udoekpo", "Udoekpo", "f", "Ibibio", 55),
    Person38("Ene Ochekpe", "Ochekpe", "f", "Idoma", 48),
    Person38("Tarila Ebimobowei", "Ebimobowei", "f", "Ijaw", 33),
    Person38("Marilou Sicat", "Sicat", "f", "Kapampangan", 60),
    Person38("Kebbeh Gbelee", "Gbelee", "f", "Kpelle", 41),
    Person38("Lami Ngwazah", "Ngwazah", "f", "Lisu", 53),
)

MEN38 = (
    Person38("Ocaya Anyarwoth", "Anyarwoth", "m", "Alur", 57),
    Person38("Ojulu Obang", "Obang", "m", "Anuak", 45),
    Person38("Chorche Sopena", "Sopena", "m", "Aragonese", 62),
    Person38("Hadjiri Lapasan", "Lapasan", "m", "Bajau", 38),
    Person38("Oriel Mayorga", "Mayorga", "m", "Bribri", 49),
    Person38("Jyotirmoy Khisa", "Khisa", "m", "Chakma", 54),
    Person38("Rasul Kurbanmagomedov", "Kurbanmagomedov", "m", "Dargin", 40),
    Person38("Leonidas Guaramá", "Guaramá", "m", "Emberá", 52),
    Person38("Dessalegn Yimer", "Yimer", "m", "Gurage", 47),
    Person38("Ekemini Umoessien", "Umoessien", "m", "Ibibio", 36),
    Person38("Ogbu Onche", "Onche", "m", "Idoma", 59),
    Person38("Ebikeme Seiyefa", "Seiyefa", "m", "Ijaw", 43),
    Person38("Rodolfo Gozum", "Gozum", "m", "Kapampangan", 64),
    Person38("Flomo Kollie", "Kollie", "m", "Kpelle", 50),
    Person38("Yohan Bawpu", "Bawpu", "m", "Lisu", 34),
)

PEOPLE38 = tuple(p for pair in zip(WOMEN38, MEN38, strict=True) for p in pair)


@frozen
class Role38:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the ferry`), quotations and reported clauses in the role's voice."""

    role: str
    body: str
    head: str
    kind: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


ROLES38 = (
    Role38(
        "ferry master",
        "the Ellermouth Chain Ferry",
        "ferry master",
        "the ferry",
        (
            "The chains are checked link by link every winter",
            "We carry eleven cars and a horsebox if the driver is careful",
            "When the river floods we simply stay on the north bank",
        ),
        (
            "the ferry would stop running for a fortnight in March",
            "a new set of chains had been ordered from Sheffield",
            "the crossing had carried more cyclists than cars last summer",
        ),
    ),
    Role38(
        "exchange secretary",
        "the Hallowfield Wool Exchange",
        "secretary",
        "the exchange",
        (
            "A fleece from these hills still fetches more than anywhere in the county",
            "The trading floor has not changed since the Victorians built it",
            "Half our buyers now bid from the other side of the world",
        ),
        (
            "the price of fleece had fallen for a third year",
            "the exchange would hold its first online sale in June",
            "buyers from abroad had outbid the local mills",
        ),
    ),
    Role38(
        "mart manager",
        "the Skelby Livestock Mart",
        "mart manager",
        "the mart",
        (
            "Farmers come here for the gossip as much as the prices",
            "We sold four thousand lambs on the busiest day",
            "If the mart goes, the town loses its Monday",
        ),
        (
            "the mart had sold a record number of lambs",
            "a new cattle ring would be built behind the pens",
            "the Monday sale would move to Tuesdays in winter",
        ),
    ),
    Role38(
        "market reeve",
        "the Corring Street Flower Market",
        "reeve",
        "the market",
        (
            "The first stalls are lit by four in the morning",
            "Tulips from the fens sell out before the sun is up",
            "Every pitch here has been handed down in a family",
        ),
        (
            "six new stalls would open in the autumn",
            "the market's glass roof needed repairing",
            "pitch fees would be frozen for another year",
        ),
    ),
    Role38(
        "master smoker",
        "the Carrow Point Smokehouse",
        "smoker",
        "the smokehouse",
        (
            "Oak chips, a slow fire and patience, that is the whole secret",
            "The kippers hang for sixteen hours before they are ready",
            "You can smell the smokehouse from the end of the pier",
        ),
        (
            "the smokehouse had run out of herring twice in a month",
            "a second kiln would be fired in the spring",
            "orders from London restaurants had doubled",
        ),
    ),
    Role38(
        "fleet engineer",
        "the Holmsby Heritage Omnibus Company",
        "fleet engineer",
        "the company",
        (
            "The oldest bus in the shed still starts on the first turn",
            "We make half the spare parts ourselves on a lathe",
            "Every one of these buses ran a real route once",
        ),
        (
            "two of the buses would return to the road by Easter",
            "the company had found a gearbox for its oldest bus",
            "volunteers had rebuilt an engine over the winter",
        ),
    ),
    Role38(
        "master coachbuilder",
        "Tarrowby Coachworks",
        "coachbuilder",
        "the coachworks",
        (
            "An ash frame outlasts the man who built it",
            "A wedding carriage takes us the best part of a year",
            "We are the last people in the north who can steam a wheel rim",
        ),
        (
            "the coachworks had restored a royal carriage",
            "two apprentices would join in September",
            "the price of seasoned ash had doubled",
        ),
    ),
    Role38(
        "dockmaster",
        "the Quenby Dry Dock",
        "dockmaster",
        "the dock",
        (
            "Draining the dock takes a whole tide and a lot of nerve",
            "Some of these hulls have been coming back to us for fifty years",
            "A trawler in the dock is a trawler not earning",
        ),
        (
            "the dock gates would be replaced next year",
            "a paddle steamer was booked in for a refit",
            "the dock had been fully booked since January",
        ),
    ),
    Role38(
        "master tinsmith",
        "the Ashby Moor Tinsmiths' Workshop",
        "tinsmith",
        "the workshop",
        (
            "A lantern made here will see out its owner",
            "Tin forgives a mistake only once",
            "People bring us kettles their grandmothers bought",
        ),
        (
            "the workshop had made lamps for a film",
            "orders for watering cans had risen sharply",
            "the workshop would run evening classes",
        ),
    ),
    Role38(
        "senior boatman",
        "the Lanterby Water Taxi Service",
        "boatman",
        "the service",
        (
            "On a foggy morning we find the jetty by the sound of the bell",
            "We take nurses across before the first bus runs",
            "The tide decides the timetable, not us",
        ),
        (
            "the service had carried a record number of commuters",
            "a third boat would join the fleet in May",
            "crossings had been cancelled for four days in the gales",
        ),
    ),
    Role38(
        "clerk of the fair",
        "the Brindhoe Horse Fair",
        "clerk",
        "the fair",
        (
            "Deals here are still sealed with a slap of the hand",
            "Some families have come to this fair for three hundred years",
            "A good cob will change hands four times before noon",
        ),
        (
            "the fair would be held on the common again",
            "more than two thousand horses had been brought to the fair",
            "the council had agreed to keep the lane closed",
        ),
    ),
    Role38(
        "yard foreman",
        "the Fenby Sidings Freight Yard",
        "foreman",
        "the yard",
        (
            "The night shift shunts more wagons than the day shift ever sees",
            "Every container that leaves here is checked twice",
            "When the points freeze we are out with kettles at dawn",
        ),
        (
            "the yard would take twice as many trains next year",
            "a new crane had been delivered on Friday",
            "two sidings had been relaid after the derailment",
        ),
    ),
)

#: Papers that interview people, towns, and days.
PAPERS38 = ("Skelby Courier", "Ellermouth Gazette", "Holmsby Echo", "Tarrowby Standard")
TOWNS38 = ("Wrayburn", "Dunsop Quay", "Kelderby", "Ottery Cross", "Hallowfield", "Lanterby")
DAYS38 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEARS38 = (1987, 1995, 2004, 2011, 2018)

#: Conferences, dinners and meetings where speeches are made.
EVENTS38 = (
    "the annual dinner of the Guild of Carriers",
    "the Northern Markets Conference",
    "the Inland Waterways Forum",
    "the spring meeting of the Federation of Market Traders",
)

#: Crews and their vehicles, what they announce, and what is reported of it.
CREWS38 = (
    ("captain", "the ferry", "the bridge"),
    ("driver", "the bus", "the cab"),
    ("guard", "the train", "the rear cab"),
    ("conductor", "the tram", "the platform"),
)
ANNOUNCE38 = (
    (
        "We will be arriving about twenty minutes late because of the fog",
        "they would arrive twenty minutes late",
    ),
    ("Please keep your tickets until you leave the station", "they should keep their tickets"),
    ("This service will terminate here, I am sorry to say", "the service would end at the next stop"),
    ("Hold on tight, there is a swell coming", "they should hold on because of a swell"),
)

#: Vessels (never speakers) and the ranks aboard them.
VESSELS38 = ("MV Corrie Lass", "the Tarrowby Belle", "the Sorrel Queen", "MV Lapwing")
BARE_VESSELS38 = ("Corrie Lass", "Tarrowby Belle", "Sorrel Queen", "Lapwing")
SHIP_FRAGMENTS38 = (
    "a grand old lady of the river",
    "held together by paint and prayer",
    "the finest boat afloat",
)

#: Quotations holding abbreviations, times, prices and numbers with points.
ABBREV38 = (
    "The 7.15am sailing to St. Kerran is off until further notice",
    "Lot No. 42 went for £3,450, which is a record for a ewe",
    "We open at 6 a.m. sharp, Mon. to Sat., and nobody is ever late",
    "Mr. Dunmore ordered 2.5 tonnes of kippers for the wedding",
    "Ask for Dr. Pell at gate No. 3 if the office is shut",
    "It is 12.40 p.m. and the 11.05 still has not left",
)
ABBREV_FRAGMENTS38 = (
    ("the price would be", "£3.50 a lb. at most"),
    ("the rise was", "about 1.5 per cent, give or take"),
    ("the lorry was", "due at 9 a.m. on the dot"),
)

#: Slogans on T-shirts, banners, vans and mugs: nobody says them.
SLOGANS38 = (
    "Save Our Ferry",
    "Keep the Mart Open",
    "Buy Local, Buy Fresh",
    "Best Boss in Town",
    "Trains Not Tolls",
    "Born to Haggle",
)

#: Open-class cue verbs of sound no earlier round used (after a quotation, and before a colon).
SOUND38 = ("bawled", "honked", "twittered", "yapped", "gargled", "shrilled", "creaked", "singsonged")
