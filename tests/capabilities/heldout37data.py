"""Slot fillers of the thirty-seventh held-out round (``heldout37.py``): invented people of Nahua, Nogai,
Paiwan, Silesian, Soninke, Swazi, Talysh, Tausug, Temne, Tetum, Tharu, Tiv, Tumbuka, Tzeltal and Zarma
origin (with their gender and an age), quotation marks (straight, curly, British single, guillemets,
German low-high), roles with their bodies in watercress beds, a hedge maze, a model village, a tweed mill,
a cactus nursery, a hovercraft service, a fan museum, a tile works, a dye works, a tin mine, a pewter works
and a bowling club; council wards, police forces and fire services, schools, hospitals, shows and critics'
papers, towns, unions and employers, invented countries, people's jobs for second references, words under
discussion, book titles, brands, ballot questions, signs and pets' names, and open-class cue verbs of
gesture and attitude (`conceded ruefully`, `nodded grimly`, `smiled thinly`), that no development template
or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people, bodies and countries are
invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person37:
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
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender (`mother`/`father`)."""
        return female if self.gender == "f" else male


@frozen
class Mark37:
    """A pair of quotation marks."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"


ALL_MARKS37 = (
    Mark37('"', '"'),
    Mark37("“", "”"),
    Mark37("'", "'"),
    Mark37("‘", "’"),
    Mark37("«", "»"),
    Mark37("„", "“"),
)

WOMEN37 = (
    Person37("Citlalmina Tecuapetla", "Tecuapetla", "f", "Nahua", 44),
    Person37("Zhanbike Ormanova", "Ormanova", "f", "Nogai", 52),
    Person37("Muakai Tjaljimaraw", "Tjaljimaraw", "f", "Paiwan", 38),
    Person37("Ludmiła Pyrchała", "Pyrchała", "f", "Silesian", 61),
    Person37("Kadidia Soumaré", "Soumaré", "f", "Soninke", 47),
    Person37("Tenele Magagula", "Magagula", "f", "Swazi", 35),
    Person37("Gulnisa Shirinzade", "Shirinzade", "f", "Talysh", 57),
    Person37("Nurhayda Tulawie", "Tulawie", "f", "Tausug", 42),
    Person37("Fatmata Yansaneh", "Yansaneh", "f", "Temne", 50),
    Person37("Ermelinda Amaral", "Amaral", "f", "Tetum", 39),
    Person37("Phulmati Katharia", "Katharia", "f", "Tharu", 63),
    Person37("Doosuur Ikyaan", "Ikyaan", "f", "Tiv", 33),
    Person37("Tiwonge Nyirongo", "Nyirongo", "f", "Tumbuka", 46),
    Person37("Micaela Xulubte", "Xulubte", "f", "Tzeltal", 55),
    Person37("Zalika Djibo", "Djibo", "f", "Zarma", 41),
)

MEN37 = (
    Person37("Yaotl Cuapantecatl", "Cuapantecatl", "m", "Nahua", 49),
    Person37("Bekmurza Karagulov", "Karagulov", "m", "Nogai", 58),
    Person37("Pudaljuk Tjuvelengan", "Tjuvelengan", "m", "Paiwan", 36),
    Person37("Zeflik Szołtysek", "Szołtysek", "m", "Silesian", 64),
    Person37("Samba Tandjigora", "Tandjigora", "m", "Soninke", 43),
    Person37("Mandlenkosi Shabangu", "Shabangu", "m", "Swazi", 51),
    Person37("Ramil Astaraly", "Astaraly", "m", "Talysh", 40),
    Person37("Alnazir Hadjimuddin", "Hadjimuddin", "m", "Tausug", 54),
    Person37("Alimamy Kabbia", "Kabbia", "m", "Temne", 37),
    Person37("Agapito Sarmento", "Sarmento", "m", "Tetum", 60),
    Person37("Bhagiram Dangaura", "Dangaura", "m", "Tharu", 45),
    Person37("Terkaa Awuapila", "Awuapila", "m", "Tiv", 34),
    Person37("Yotamu Gondwe", "Gondwe", "m", "Tumbuka", 62),
    Person37("Petul Kulub", "Kulub", "m", "Tzeltal", 48),
    Person37("Soumana Beidari", "Beidari", "m", "Zarma", 53),
)

PEOPLE37 = tuple(p for pair in zip(WOMEN37, MEN37, strict=True) for p in pair)


@frozen
class Role37:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the maze`), quotations and reported clauses in the role's voice."""

    role: str
    body: str
    head: str
    kind: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


ROLES37 = (
    Role37(
        "head grower",
        "the Fenwray Watercress Beds",
        "grower",
        "the beds",
        (
            "The spring water comes out of the chalk at ten degrees all year",
            "We cut by hand at dawn so the leaves stay crisp",
            "One dry winter and the springs slow to a trickle",
        ),
        (
            "the beds would be replanted in March",
            "the spring had dropped to its lowest level in years",
            "the farm shop would stay open on Sundays",
        ),
    ),
    Role37(
        "maze keeper",
        "the Hollinbrook Hedge Maze",
        "maze keeper",
        "the maze",
        (
            "Every summer someone has to be led out by the hand",
            "The yew is clipped so the paths never look the same twice",
            "Children find the centre faster than their parents",
        ),
        (
            "two of the hedges had died in the drought",
            "the maze would open at night for the first time",
            "a new bridge would let visitors look down on the paths",
        ),
    ),
    Role37(
        "chief modeller",
        "the Brackenmouth Model Village",
        "modeller",
        "the model village",
        (
            "Every roof tile on the church was cut by hand",
            "The little railway has run since before I was born",
            "People look for their own house, even though it is not there",
        ),
        (
            "the model church had been restored after a storm",
            "the miniature railway would get a new engine",
            "a model of the old mill would be added in spring",
        ),
    ),
    Role37(
        "master weaver",
        "the Glenvarrow Tweed Mill",
        "weaver",
        "the mill",
        (
            "The looms were built in 1910 and still run every day",
            "A bolt of this cloth takes a week from fleece to finish",
            "We dye with lichen the way the crofters did",
        ),
        (
            "the mill had taken on three apprentices",
            "orders from Japan had doubled in a year",
            "the oldest loom would be moved to the museum",
        ),
    ),
    Role37(
        "nursery manager",
        "the Saltcombe Cactus Nursery",
        "nursery manager",
        "the nursery",
        (
            "Some of these cacti are older than the greenhouse",
            "A cactus will forgive you for anything except too much water",
            "The big one flowers for one night a year",
        ),
        (
            "the nursery had lost a greenhouse in the gale",
            "the night-flowering cactus was about to bloom",
            "the nursery would start selling seeds online",
        ),
    ),
    Role37(
        "operations manager",
        "the Tarvock Sound Hovercraft Service",
        "operations manager",
        "the service",
        (
            "The crossing takes nine minutes on a calm day",
            "We are the last hovercraft service of its kind",
            "When the skirt tears we are grounded until it is mended",
        ),
        (
            "the service had carried a record number of passengers",
            "a second craft would return to service in May",
            "crossings had been cancelled for three days in the gale",
        ),
    ),
    Role37(
        "curator",
        "the Pellbridge Fan Museum",
        "curator",
        "the museum",
        (
            "A fan could say more at a ball than a letter could",
            "The oldest fan here was painted for a wedding",
            "Some of the silk is too fragile to open at all",
        ),
        (
            "the museum had been given a collection of painted fans",
            "the oldest fans would go on show behind glass",
            "visitor numbers had risen after a television programme",
        ),
    ),
    Role37(
        "works manager",
        "the Harlingford Tile Works",
        "works manager",
        "the works",
        (
            "Every tile is pressed by hand and fired twice",
            "The kilns have not gone cold since the war",
            "Half the churches in the county have our floors",
        ),
        (
            "the works had won the contract for the cathedral floor",
            "a second kiln would be fired up in autumn",
            "the price of clay had risen by a third",
        ),
    ),
    Role37(
        "head dyer",
        "the Coldwell Dye Works",
        "dyer",
        "the dye works",
        (
            "You can tell what colour we dyed that day from the river",
            "Madder gives the deepest red you will ever see",
            "A vat of indigo has to be fed like a pet",
        ),
        (
            "the dye works had stopped using chemical dyes",
            "the river had been clean for ten years",
            "a designer had ordered three hundred metres of madder cloth",
        ),
    ),
    Role37(
        "mine captain",
        "the Wheal Tressick Tin Mine",
        "mine captain",
        "the mine",
        (
            "The lower levels have been flooded since 1921",
            "Visitors go down the same ladders the miners used",
            "You can hear the sea above you in the deepest gallery",
        ),
        (
            "the lower levels would be pumped out for surveys",
            "the mine had reopened to school visits",
            "a seam of tin had been found in the old workings",
        ),
    ),
    Role37(
        "master pewterer",
        "the Ashwick Pewter Works",
        "pewterer",
        "the works",
        (
            "We still pour into the moulds our founder made",
            "Pewter is soft enough to mark with a fingernail",
            "A tankard from here will be handed down for generations",
        ),
        (
            "the works had cast a trophy for the county show",
            "the price of tin had risen sharply",
            "the works would take visitors on Saturdays",
        ),
    ),
    Role37(
        "head greenkeeper",
        "the Copley Green Bowling Club",
        "greenkeeper",
        "the club",
        (
            "The green is cut to four millimetres in the season",
            "Moles did more damage than the flood ever did",
            "Our oldest member is ninety-four and still beats me",
        ),
        (
            "the green had been relaid after the flood",
            "the club would open its doors to younger players",
            "membership had grown for the first time in a decade",
        ),
    ),
)

#: Council wards and councils.
WARDS37 = ("Millcote", "St Ansel's", "Harrowdene", "Quayside", "Norbury Heath", "Oldcastle West")
COUNCILS37 = (
    "Tressingham Borough Council",
    "Wendlemere District Council",
    "Corbridge Vale Council",
    "Eastmarch County Council",
)
PARTIES37 = ("Labour", "Conservative", "Liberal Democrat", "Green", "Independent")

#: What councillors say: quotations and reported clauses.
COUNCIL37 = (
    (
        "This ward has waited eleven years for a crossing outside the school",
        "the ward had waited eleven years for a crossing",
    ),
    (
        "We cannot keep closing libraries and call it saving money",
        "closing libraries was a false economy",
    ),
    (
        "The bus station is a disgrace and everybody in this chamber knows it",
        "the bus station needed rebuilding",
    ),
    ("Residents were never asked about the car park", "residents had not been consulted about the car park"),
    ("The budget does not add up and I will not vote for it", "the budget did not add up"),
    ("Every pothole on Quarry Lane has a name by now", "Quarry Lane should be resurfaced this year"),
)

#: Motions, in the subjunctive a council minute uses after *moved that*.
MOTIONS37 = (
    "the council write to the minister about the bus cuts",
    "the car park charges be suspended until January",
    "the library's opening hours be restored",
    "a crossing be built outside the primary school",
)

#: Police forces and fire services, streets, and what officers say.
FORCES37 = ("Ormsby Constabulary", "Kestrelmoor Police", "Ashlow Vale Police", "Fenwick Constabulary")
FIRE37 = (
    "Ormsby Fire and Rescue Service",
    "Kestrelmoor Fire Service",
    "Ashlow Vale Fire and Rescue",
    "Fenwick Fire Brigade",
)
RANKS37 = ("Detective Inspector", "Chief Inspector", "Sergeant", "Detective Sergeant", "Superintendent")
STREETS37 = ("Canal Row", "Lowrie Street", "Abbey Mead", "Station Approach", "Pinfold Lane")
POLICE37 = (
    ("We are appealing for anyone with dashcam footage to come forward", "they were appealing for witnesses"),
    ("The driver was taken to hospital with minor injuries", "the driver had minor injuries"),
    ("Two men have been arrested and are being questioned", "two men had been arrested"),
    ("The fire started in a bin store and spread to the roof", "the fire had started in a bin store"),
    ("The road will stay closed while we examine the scene", "the road would stay closed overnight"),
    ("Nobody was hurt, which is a small miracle", "nobody had been hurt"),
)

#: Schools, and what pupils, parents and teachers say.
SCHOOLS37 = (
    "Larchmere Primary School",
    "St Bride's Junior School",
    "Dunstarran Park Academy",
    "Greyholme Church of England School",
)
PUPILS37 = (
    ("I want to be an astronaut or a vet", "a vet was the job to aim for"),
    ("The best bit was holding the snake", "holding the snake had been the best bit"),
    ("We planted sixty trees and I did nine of them", "the class had planted sixty trees"),
    ("My nan came to watch and she cried", "grandparents had come to watch"),
)
SCHOOL37 = (
    ("We are incredibly proud of every one of them", "the school was proud of its pupils"),
    ("The new hall will change what we can offer", "the new hall would open in September"),
    ("Attendance is the highest it has ever been", "attendance had reached a record high"),
    ("The children raised the money themselves", "the pupils had raised the money themselves"),
)

#: Hospitals and their trusts, and what doctors, nurses and patients say.
HOSPITALS37 = (
    ("Wenlock General Hospital", "the Wenlock Hospitals Trust"),
    ("St Oswin's Infirmary", "the North Tarvock Health Trust"),
    ("Beckford Community Hospital", "the Beckford and Marlow Trust"),
    ("the Royal Hexham Eye Hospital", "the Hexham Health Board"),
)
HEALTH37 = (
    ("We are seeing patients in corridors every single night", "patients were being treated in corridors"),
    ("The new scanner has cut the waiting list in half", "the waiting list had halved"),
    ("I waited nine hours and nobody told me anything", "nobody had explained the nine-hour wait"),
    ("The staff on that ward saved my life", "the staff on the ward had been wonderful"),
    ("We simply do not have enough beds for the winter", "there were not enough beds for the winter"),
    ("Most of the nurses here are working extra shifts", "nurses were working extra shifts"),
)

#: Shows, galleries, critics' papers, review lines and fragments, artists' remarks.
SHOWS37 = ("Salt and Iron", "The Glass Orchard", "Nine Tides", "A Map of Rain", "Lanterns for Ada")
GALLERIES37 = ("the Corvey Gallery", "the Tollhouse Arts Centre", "the Maristow Playhouse")
REVIEWS37 = (
    "A quiet, stubborn and quite beautiful evening",
    "It is too long by half and not nearly brave enough",
    "The second act alone is worth the ticket",
    "Nothing on a London stage this year comes close",
)
FRAGMENTS37 = ("a triumph of patience", "beautifully lit and oddly hollow", "a muddle with a good heart")
ARTISTS37 = (
    ("I painted it the winter my father died", "the painting had taken a single winter"),
    ("Every piece in the show is about leaving somewhere", "the show was about leaving home"),
    ("I wanted the audience to feel the cold", "the audience was meant to feel the cold"),
    ("It took four years and three studios to finish", "the work had taken four years"),
)

#: Towns visitors come from, attractions, and what tourists say.
TOWNS37 = ("Ludworth", "Pennistone Bay", "Crawshaw", "Amblewick", "Thornleigh", "Marbury", "Esk Mouth")
TRAVEL37 = (
    ("We drove five hours and it was worth every minute", "the drive had been worth it"),
    ("I came here as a girl and nothing has changed", "nothing had changed in fifty years"),
    ("The children have not stopped talking about it", "the children had loved it"),
    ("We will be back next year, rain or shine", "they would come back next year"),
)

#: Unions, employers and what both sides of a dispute say.
UNIONS37 = ("Allied Transport Workers' Union", "the Foundry and Kiln Workers' Union", "the Textile Guild")
FIRMS37 = ("Harwick Fabrication", "Lowmoor Foods", "Cranfield Logistics", "Bellstone Glassworks")
LABOUR37 = (
    ("Our members have not had a real pay rise in six years", "members had not had a real pay rise in years"),
    ("The offer on the table is an insult", "the offer was an insult"),
    ("We have made a fair offer and the door remains open", "the offer was fair and talks could resume"),
    ("Nobody wants to strike but we have been left no choice", "the workers had been left no choice"),
)

#: Invented countries with their adjective, and what diplomats say.
COUNTRIES37 = (
    ("Calvessa", "Calvessan"),
    ("Morvania", "Morvanian"),
    ("Teleria", "Telerian"),
    ("Ostravia", "Ostravian"),
    ("Belmarra", "Belmarran"),
)
DIPLO37 = (
    ("The detention of our fishermen is unacceptable", "the detention of the fishermen was unacceptable"),
    ("We are ready to talk at any time and in any place", "the government was ready to talk"),
    ("This is a matter for the courts, not for diplomats", "the matter was one for the courts"),
    ("The border crossing will reopen within a week", "the border crossing would reopen within a week"),
)

#: People's jobs for second references (`the glazier`), with a place they work.
JOBS37 = (
    ("glazier", "a glazing firm"),
    ("upholsterer", "a furniture workshop"),
    ("harpist", "the county orchestra"),
    ("gamekeeper", "an estate"),
    ("forecaster", "the regional weather centre"),
    ("hovercraft pilot", "the ferry company"),
)

#: Words under discussion, book titles, brands, ballot questions and signs: nobody says them.
WORDS37 = ("crisis", "resilience", "stakeholder", "heritage", "synergy", "journey")
BOOKS37 = ("The Lighthouse Ledger", "Small Hours", "Rope and Reason", "A Winter of Tiles")
BRANDS37 = ("Golden Meadow", "Kelpie Crisps", "Northlight Tea", "Tallyho Cola")
BALLOTS37 = (
    "Should the council sell the bowling green?",
    "Do you support a four-day school week?",
    "Should the tin mine be reopened?",
)
SIGNS37 = ("Keep Off the Grass", "No Ball Games", "Mind the Step", "Private Road")
PETS37 = ("Biscuit", "Admiral", "Toffee", "Sergeant Pepper")

#: Open-class cue verbs of gesture and attitude no earlier round used (after a quotation, and with *that*).
OPEN37 = (
    "conceded ruefully",
    "nodded grimly",
    "smiled thinly",
    "smiled wryly",
    "chuckled darkly",
    "admitted sheepishly",
    "sighed heavily",
    "allowed grudgingly",
)
OPEN_THAT37 = ("admitted sheepishly", "allowed grudgingly", "conceded ruefully")

#: Gestures that open a sentence before a quotation (no cue verb).
GESTURES37 = ("spread {poss} hands", "raised an eyebrow", "rolled {poss} eyes", "waved a hand at the window")

PAPERS37 = ("Tressingham Advertiser", "Kestrelmoor Post", "Amblewick Mercury", "Eastmarch Chronicle")
DAYS37 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
