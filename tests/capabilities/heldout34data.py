"""Slot fillers of the thirty-fourth held-out round (``heldout34.py``): invented people of Erzya, Karelian,
Arbëreshë, Cimbrian, Csángó, Limbu, Naxi, Kalenjin, Chewa, Mossi, Purépecha, Choctaw, Pohnpeian, Acholi and
Tamang origin (with their gender and an age), people whose names look like common words (`Hope`, `Joy`,
`Bishop`, `Judge`, `Major`), quotation marks (straight, curly, British single, guillemets, German low-high),
roles with their bodies in mushroom farming, a tram museum, coracle building, saffron growing, broom making,
ice cream making, sundials, chocolate making, mussel farming, paper marbling, sand yachting, letter cutting,
scythe making and clockwork toy repair, open-class cue verbs, sports teams with their positions (shinty,
bandy, korfball, lacrosse, water polo, netball), companies with their posts, radio and television
stations with their programmes, towns, wards and party tags, postnominal letters, eyewitness quotations, and
screens, court exhibits, menus, search terms, text messages, laws, scoreboards and catalogue lots that nobody
in the text says, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Person

#: The round's person record: the held-out rounds' shared one (:class:`heldout_kit.Person`).
Person34 = Person


@frozen
class Mark34:
    """A pair of quotation marks, with the pair a quotation inside it takes; curly and German marks take
    curly apostrophes inside."""

    open: str
    close: str
    inner_open: str
    inner_close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"

    def inner(self, text: str) -> str:
        """*text* between the inner marks (a quotation inside a quotation)."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.inner_open}{text}{self.inner_close}"


ALL_MARKS34 = (
    Mark34('"', '"', "'", "'"),
    Mark34("“", "”", "‘", "’"),
    Mark34("'", "'", '"', '"'),
    Mark34("‘", "’", "“", "”"),
    Mark34("«", "»", "‹", "›"),
    Mark34("„", "“", "‚", "‘"),
)

WOMEN34 = (
    Person34("Ozhava Pursyaykina", "Pursyaykina", "f", "Erzya", 44),
    Person34("Okahvie Remsu", "Remsu", "f", "Karelian", 57),
    Person34("Lucrezia Bellusci", "Bellusci", "f", "Arbëreshë", 39),
    Person34("Maddalena Rigonat", "Rigonat", "f", "Cimbrian", 62),
    Person34("Rozália Bilibók", "Bilibók", "f", "Csángó", 48),
    Person34("Sumnima Tumbahang", "Tumbahang", "f", "Limbu", 35),
    Person34("Yulan Hezhu", "Hezhu", "f", "Naxi", 51),
    Person34("Chelagat Kiptanui", "Kiptanui", "f", "Kalenjin", 29),
    Person34("Chikondi Mphande", "Mphande", "f", "Chewa", 41),
    Person34("Rasmata Zoungrana", "Zoungrana", "f", "Mossi", 46),
    Person34("Eréndira Tzintzun", "Tzintzun", "f", "Purépecha", 38),
    Person34("Taloa Battiest", "Battiest", "f", "Choctaw", 54),
    Person34("Maylene Ioanis", "Ioanis", "f", "Pohnpeian", 33),
    Person34("Lamunu Adoch", "Adoch", "f", "Acholi", 60),
    Person34("Dolma Ghising", "Ghising", "f", "Tamang", 42),
)

MEN34 = (
    Person34("Keldyash Narkin", "Narkin", "m", "Erzya", 50),
    Person34("Iivo Jeskanen", "Jeskanen", "m", "Karelian", 63),
    Person34("Demetrio Frascino", "Frascino", "m", "Arbëreshë", 45),
    Person34("Bepi Slaviero", "Slaviero", "m", "Cimbrian", 58),
    Person34("Dumitru Gyurka", "Gyurka", "m", "Csángó", 37),
    Person34("Dhanraj Sambahamphe", "Sambahamphe", "m", "Limbu", 49),
    Person34("Shilong Mahe", "Mahe", "m", "Naxi", 56),
    Person34("Kipkemboi Tarus", "Tarus", "m", "Kalenjin", 31),
    Person34("Madalitso Chirwa", "Chirwa", "m", "Chewa", 43),
    Person34("Boukary Sawadogo", "Sawadogo", "m", "Mossi", 52),
    Person34("Tariácuri Campos", "Campos", "m", "Purépecha", 40),
    Person34("Hoshi Noahubby", "Noahubby", "m", "Choctaw", 61),
    Person34("Kesner Etnol", "Etnol", "m", "Pohnpeian", 36),
    Person34("Ocitti Lagoro", "Lagoro", "m", "Acholi", 47),
    Person34("Gyalbu Lopchan", "Lopchan", "m", "Tamang", 55),
)

PEOPLE34 = tuple(p for pair in zip(WOMEN34, MEN34, strict=True) for p in pair)

#: People whose given names or surnames look like common words, ranks or places (`Joy Bishop`, `Sterling
#: Judge`, `Chase Major`): speakers on first and second reference.
WORDNAMES34 = (
    Person34("Hope Tanner", "Tanner", "f", "English", 47),
    Person34("Sterling Judge", "Judge", "m", "English", 52),
    Person34("Joy Bishop", "Bishop", "f", "English", 39),
    Person34("Chase Major", "Major", "m", "American", 44),
    Person34("Faith Kendal", "Kendal", "f", "English", 58),
    Person34("Heath Fisher", "Fisher", "m", "Australian", 36),
    Person34("Patience Temple", "Temple", "f", "Ghanaian", 61),
    Person34("Clay Church", "Church", "m", "American", 49),
    Person34("Ivy Marchmont", "Marchmont", "f", "Scottish", 33),
    Person34("Cash Wood", "Wood", "m", "American", 41),
)


@frozen
class Role34:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the farm`), a topic, quotations and reported clauses in the role's voice, and a quotation
    in two pieces (the second starts lower-case, to follow a credit in the middle)."""

    role: str
    body: str
    head: str
    kind: str
    topic: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    split: tuple[str, str]


ROLES34 = (
    Role34(
        "head grower",
        "the Ardennock Mushroom Farm",
        "grower",
        "the farm",
        "the price of straw",
        (
            "Mushrooms double in size overnight if the air is right",
            "We pick by hand at four in the morning, every morning",
            "The spawn is the easy part, the compost is the craft",
        ),
        (
            "the farm had lost a whole crop to a broken fan",
            "the farm would sell oyster mushrooms at the market",
            "straw had doubled in price since the harvest",
        ),
        ("The sheds have to stay dark and damp", "and that means the heating never goes off"),
    ),
    Role34(
        "chief curator",
        "the Quarrelton Tram Museum",
        "curator",
        "the museum",
        "the restoration of the open-top tram",
        (
            "Every tram in the shed ran on these streets once",
            "Children ring the bell before they even sit down",
            "We rebuilt the open-top car from one photograph",
        ),
        (
            "the museum would run its trams on bank holidays",
            "the open-top car had passed its safety test",
            "visitor numbers had risen for a fourth year",
        ),
        ("A tram of this age needs a crew of volunteers", "and every one of them is over sixty"),
    ),
    Role34(
        "master coracle maker",
        "the Teifwy Coracle Workshop",
        "coracle maker",
        "the workshop",
        "the ban on fishing from coracles",
        (
            "A coracle spins if you paddle it like a canoe",
            "We weave the frame from ash and cover it in calico",
            "You carry your boat home on your back, and that is the charm",
        ),
        (
            "the workshop had orders for forty coracles",
            "the river authority would lift the ban on coracle fishing",
            "the ash for the frames came from a wood nearby",
        ),
        ("A coracle takes three days to build", "and a lifetime to paddle in a straight line"),
    ),
    Role34(
        "saffron grower",
        "the Hollinskeld Saffron Fields",
        "saffron grower",
        "the saffron fields",
        "the wet autumn",
        (
            "It takes a hundred and fifty flowers to make one gram",
            "The crocuses open for a single morning and we must be there",
            "Saffron is picked by hand or it is not picked at all",
        ),
        (
            "the wet autumn had halved the harvest",
            "the fields would open to visitors during the flowering",
            "a chef in the city had bought the whole crop",
        ),
        ("We pick the flowers before the sun is up", "because the heat spoils the threads by noon"),
    ),
    Role34(
        "master broom maker",
        "the Thornyholt Besom Works",
        "broom maker",
        "the works",
        "the shortage of birch",
        (
            "A besom is birch, a hazel handle and a lot of patience",
            "We sell more brooms at Halloween than in the rest of the year",
            "The birch has to be cut in winter, when the sap is down",
        ),
        (
            "birch had become hard to find in the county",
            "the works would teach broom making to schoolchildren",
            "the garden centres had cancelled their orders",
        ),
        ("Every broom is bound by hand", "and no two of them sweep alike"),
    ),
    Role34(
        "head ice cream maker",
        "the Marrowgill Ice Cream Parlour",
        "ice cream maker",
        "the parlour",
        "the cost of cream",
        (
            "We churn every batch the morning it is sold",
            "The queue goes round the harbour on a hot Sunday",
            "Nobody orders the seaweed flavour twice, but everybody tries it",
        ),
        (
            "cream had gone up by a quarter since spring",
            "the parlour would stay open through the winter",
            "the new flavour had sold out in a day",
        ),
        ("The milk comes from a farm up the hill", "and it reaches the churn within the hour"),
    ),
    Role34(
        "sundial maker",
        "the Pendrell Sundial Studio",
        "sundial maker",
        "the studio",
        "the church's broken dial",
        (
            "A sundial is only as good as the wall you fix it to",
            "Every dial we cut is drawn for one latitude only",
            "People laugh at sundials until they see one keep time",
        ),
        (
            "the church dial had been set wrong for a century",
            "the studio would cut a dial for the new school",
            "orders had come in from three continents",
        ),
        ("We cut the lines by the sun itself", "and then we check them against the stars"),
    ),
    Role34(
        "head chocolatier",
        "the Vantry Chocolate House",
        "chocolatier",
        "the chocolate house",
        "the price of cocoa",
        (
            "We temper every batch on a marble slab by hand",
            "Cocoa has never been so dear, and it shows on the shelf",
            "A good truffle should be gone before the coffee arrives",
        ),
        (
            "cocoa had tripled in price in two years",
            "the chocolate house would stop making its Easter eggs",
            "the shop had taken on four apprentices",
        ),
        ("The beans come from one farm in the hills", "and we pay them before the harvest, not after"),
    ),
    Role34(
        "mussel farmer",
        "the Skerrish Bay Mussel Ropes",
        "mussel farmer",
        "the mussel ropes",
        "the storm damage to the ropes",
        (
            "Mussels grow on the ropes with nothing but the tide to feed them",
            "One storm can strip a season off the ropes in a night",
            "The sea does the work, and we just lift the ropes",
        ),
        (
            "the storm had torn away a third of the ropes",
            "the mussel ropes would supply the new fish market",
            "the water had tested clean all summer",
        ),
        ("We lift the ropes at low water", "and the mussels are in the restaurants by supper"),
    ),
    Role34(
        "master marbler",
        "the Orrington Marbled Paper Studio",
        "marbler",
        "the studio",
        "the demand for endpapers",
        (
            "No two sheets of marbled paper have ever been the same",
            "The colours float on the size and you comb them by hand",
            "A single hair in the bath can spoil a morning's work",
        ),
        (
            "bookbinders had ordered twice as many endpapers",
            "the studio would open a second bath in the spring",
            "the old combs had been lent to a museum",
        ),
        ("You lay the sheet on the bath once", "and whatever it picks up is what you sell"),
    ),
    Role34(
        "club commodore",
        "the Brancaster Sands Land Yacht Club",
        "commodore",
        "the club",
        "the new beach bylaws",
        (
            "A land yacht does sixty miles an hour on a good wind",
            "The beach is ours only between the tides",
            "You steer with your feet and pray with everything else",
        ),
        (
            "the council would ban land yachts from the north beach",
            "the club had doubled its membership",
            "the championship would be held on the sands in May",
        ),
        ("We race when the tide is out", "and we pack up the moment it turns"),
    ),
    Role34(
        "master letter cutter",
        "the Hartwell Letter Cutting Workshop",
        "letter cutter",
        "the workshop",
        "the memorial stone for the bridge",
        (
            "Every letter is cut with a mallet and a chisel, one stroke at a time",
            "A bad serif stays in the stone for five hundred years",
            "We still cut the alphabet our teachers taught us",
        ),
        (
            "the memorial stone would be finished by the anniversary",
            "the workshop had turned down a motorway sign",
            "two apprentices had cut their first headstones",
        ),
        ("The stone tells you where it will split", "and you listen or you start again"),
    ),
    Role34(
        "scythe smith",
        "the Culverdale Scythe Forge",
        "scythe smith",
        "the forge",
        "the revival of hand mowing",
        (
            "A sharp scythe is quieter than any mower and nearly as quick",
            "We peen the blade cold, the way it was done for centuries",
            "Meadows mown by hand have more flowers the next year",
        ),
        (
            "the forge had sold out of blades before haymaking",
            "the forge would run mowing courses in June",
            "steel of the right temper was hard to buy",
        ),
        ("The blade is hammered thin at the edge", "and honed in the field every few minutes"),
    ),
    Role34(
        "head restorer",
        "the Ketterby Clockwork Toy Hospital",
        "restorer",
        "the toy hospital",
        "the waiting list for repairs",
        (
            "Every tin toy that comes in has a story attached to it",
            "Springs break, but the people who bring them in never give up",
            "We make the missing gears on a lathe older than I am",
        ),
        (
            "the toy hospital had a waiting list of nine months",
            "the toy hospital would restore the museum's tin circus",
            "a collector had left the workshop his whole stock of springs",
        ),
        ("The key still turns after eighty years", "and the bear still plays the drum"),
    ),
)


@frozen
class Team34:
    """A sports team: its name, the sport, a rival, the posts its players hold and quotations after a
    match."""

    name: str
    sport: str
    rival: str
    positions: tuple[str, ...]
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


TEAMS34 = (
    Team34(
        "Glenfallon Shinty Club",
        "shinty",
        "Strathairlie",
        ("forward", "full-back", "half-forward"),
        (
            "We were second to every ball in the first half",
            "The lads never stopped running, I'll give them that",
        ),
        (
            "the side had played the last twenty minutes with fourteen men",
            "the pitch had been too heavy for passing",
        ),
    ),
    Team34(
        "Vallby Bandy Club",
        "bandy",
        "Norrholm",
        ("forward", "libero", "half-back"),
        ("The ice was quick and we were quicker", "We gave away two silly goals and paid for it"),
        ("the team would appeal against the red card", "the ice had been too soft for the long balls"),
    ),
    Team34(
        "Dunvarrow Korfball Club",
        "korfball",
        "Westerlee",
        ("attacker", "defender", "shooter"),
        ("We shot badly and we defended worse", "That is the best we have played all season"),
        (
            "the team had missed eleven penalties in the match",
            "the squad would train twice a week until the final",
        ),
    ),
    Team34(
        "Hallowfirth Lacrosse Club",
        "lacrosse",
        "Ellesby",
        ("attacker", "faceoff specialist", "defender"),
        (
            "We won the ground balls and the ground balls win games",
            "I have never been prouder of a group of players",
        ),
        ("the side had been without three starters", "the club would host the national final next spring"),
    ),
    Team34(
        "Pellworth Water Polo Club",
        "water polo",
        "Saltney",
        ("centre forward", "utility player", "centre back"),
        (
            "We swam them off their feet in the last quarter",
            "One goal down with a minute left and we still won it",
        ),
        ("the pool had been closed for a week before the match", "the team had never beaten Saltney away"),
    ),
    Team34(
        "Kilvrandon Netball Club",
        "netball",
        "Ardlow",
        ("goal shooter", "wing defence", "goal attack"),
        (
            "We turned the ball over too often to win",
            "Our shooting in the last quarter was as good as it gets",
        ),
        ("the team would finish the season in second place", "the umpires had let too much go in the circle"),
    ),
)


@frozen
class Firm34:
    """A company: its name, its business, quotations and reported clauses in its voice."""

    name: str
    business: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


FIRMS34 = (
    Firm34(
        "Ardennock Fungi plc",
        "mushroom grower",
        (
            "Demand for our speciality range has never been stronger",
            "We expect the new sheds to pay for themselves within two years",
        ),
        ("profits had fallen by a fifth in the first half", "it would close two of its oldest growing sheds"),
    ),
    Firm34(
        "Vantry Confectionery Group",
        "chocolate maker",
        (
            "Cocoa prices have put real pressure on our margins",
            "We will not pass the whole of the increase on to shoppers",
        ),
        (
            "sales had risen by six per cent in the quarter",
            "it would cut the size of its bars rather than raise prices",
        ),
    ),
    Firm34(
        "Skerrish Shellfish Holdings",
        "shellfish farmer",
        ("The storm cost us most of a season's stock", "Export orders have recovered faster than we hoped"),
        (
            "storm losses would cut full-year profit by a third",
            "it had agreed to buy a smaller rival in the north",
        ),
    ),
    Firm34(
        "Culverdale Tools Ltd",
        "toolmaker",
        (
            "Hand tools are having a moment and we intend to make the most of it",
            "Our order book is full until the autumn",
        ),
        ("turnover had doubled since the pandemic", "it would build a second forge next to the old one"),
    ),
    Firm34(
        "Orrington Paper Mills",
        "papermaker",
        (
            "The energy bill is now the biggest cost in the business",
            "Specialist papers are where our future lies",
        ),
        (
            "it would stop making newsprint by the end of the year",
            "energy costs had wiped out its profit for the half",
        ),
    ),
    Firm34(
        "Marrowgill Dairies",
        "dairy group",
        (
            "A poor summer is never good news for an ice cream business",
            "Our farmers are being paid more than ever",
        ),
        ("a wet summer had hit sales of ice cream", "it would raise the price it pays farmers for milk"),
    ),
)

#: Corporate posts a news report writes before or after a name (the head noun a title must contain).
POSTS34 = (
    ("chief executive", "chief executive"),
    ("finance chief", "finance chief"),
    ("chief operating officer", "operating officer"),
    ("chairwoman", "chair"),
)


@frozen
class Station34:
    """A radio or television station and one of its programmes."""

    station: str
    programme: str


STATIONS34 = (
    Station34("Radio Skerrowan", "Breakfast Tide"),
    Station34("Vale FM", "the Drivetime Hour"),
    Station34("Lunnholm TV", "Late Edition"),
    Station34("Channel Nine West", "the Sunday Round"),
    Station34("Radio Quarrelton", "Morning Call"),
    Station34("Hollinskeld Community Radio", "the Harbour Show"),
)

PAPERS34 = (
    "Quarrelton Advertiser",
    "Hollinskeld Gazette",
    "Pendrell Courier",
    "Skerrish Weekly",
    "Brancaster Mercury",
    "Culverdale Sentinel",
)

TOWNS34 = ("Quarrelton", "Hollinskeld", "Pendrell", "Skerrish", "Thornyholt", "Ketterby", "Marrowgill")

#: Council wards and party tags a British report puts in brackets after a councillor (`(Lab, Eastfield)`).
WARDS34 = ("Eastfield", "Wychbrook", "Saltings", "Upper Vantry", "Quayward", "Kingsmead")
PARTIES34 = ("Lab", "Con", "LD", "Ind", "Green")

STREETS34 = ("Ferry Lane", "Mill Road", "Church Row", "Station Hill", "Kiln Street")

DAYS34 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Postnominal letters (honours, degrees, fellowships, silk) that are neither part of a name nor a person.
HONOURS34 = ("MBE", "OBE", "CBE", "BEM")
DEGREES34 = ("PhD", "MD", "DPhil")

#: What an eyewitness saw, said by the eyewitness.
WITNESS34 = (
    "The water came up through the floorboards in about ten minutes",
    "I heard a bang and then the whole roof was on fire",
    "We watched the boat go over and there was nothing we could do",
    "The wind took the chimney clean off and dropped it in the road",
    "I have lived here forty years and never seen the river this high",
    "People were running out of the hall with their coats over their heads",
)

#: What a parent, teacher or neighbour once said, quoted by the person who heard it.
ADVICE34 = (
    "Never sell anything you would not buy yourself",
    "Look after the tools and the tools will look after you",
    "If the work is worth doing, it is worth doing slowly",
    "Always leave the bench cleaner than you found it",
)

#: Open-class cue verbs no earlier round used (checked against heldout*.py): after a quotation, inverted
#: before a name (the one-word ones), before a colon, and before a reported clause.
OPEN34 = ("sang out", "mouthed", "wept", "sniffled", "mocked", "preened", "roared", "raged", "mused aloud")
OPEN_INVERTED34 = ("roared", "wept", "raged", "mocked", "sniffled", "preened")
OPEN_COLON34 = ("railed", "raged", "roared", "wept", "mused aloud", "sang out")
OPEN_THAT34 = ("let slip", "spelled out", "mused aloud", "raged")

#: What a teacher used to say, reported as a clause by the person who heard it.
SAYINGS34 = (
    "a tool is only as good as the hand that holds it",
    "nobody ever got rich by hurrying",
    "the best work is done before breakfast",
    "a mistake made slowly is still a mistake",
)

#: Marked strings nobody in the text says: words on screens, court exhibits, menu dishes, search terms, text
#: messages read out, names of laws, scoreboards and catalogue lots.
SCREENS34 = ("Service Suspended", "Next Tram 4 Min", "Doors Closing", "Please Wait To Be Seated")
EXHIBITS34 = (
    "Meet at the slipway, come alone",
    "Pay by Friday or else",
    "Keys under the blue pot",
    "Burn this",
)
MENUS34 = ("Fisherman's Breakfast", "Saffron and Honey Sundae", "Mussels in Cider", "Broom Cupboard Pie")
SEARCHES34 = (
    "how to paddle a coracle",
    "saffron price per gram",
    "land yacht crash",
    "tin toy repair near me",
)
TEXTS34 = (
    "running late, tell them to wait",
    "the tide is coming in fast",
    "dont open the shed",
    "see you at six",
)
LAWS34 = ("Quiet Beaches Act", "Fair Harvest Act", "Open Commons Act", "Safe Moorings Act")
SCOREBOARDS34 = ("Home 3 Away 1", "Match Abandoned", "Extra Time", "Full Time")
LOTS34 = ("Tin Bear with Drum", "Marbled Folio, Blue", "Brass Sundial, Dated", "Clockwork Tram")
