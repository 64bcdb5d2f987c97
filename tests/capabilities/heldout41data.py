"""Slot fillers of the forty-first held-out round (``heldout41.py``), a wire-service round: invented people of
Makhuwa, Mangbetu, Mansi, Mazatec, Mursi, Nauruan, Ndau, Ogoni, Pemon, Rendille, Samburu, Sasak, Tsakhur,
Urhobo and Xavante origin (with their gender and an age), quotation marks (straight, curly, British single,
guillemets, German low-high), an invented news agency (*Wirepress*) with its datelines and staff, invented
countries and capitals, firms (an undersea cable layer, a reinsurer, a cocoa grinder, a container lessor, a
tuna canner, a beet sugar refiner, a bauxite miner and a lift maker) with their legal suffixes, tickers,
funds, indexes and products, regulators, banks and asset managers, statistics and survey bodies, state media,
ministers, papers, and open-class cue verbs (`underscored`, `reiterated`, `reaffirmed`, `pledged`) that no
earlier held-out round uses.

Every name, body and sentence here was written for this round; the people, firms, agencies and countries are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: The round's person and mark records (:mod:`heldout_kit`'s, named as the round names them).
Person41 = Person
Mark41 = Mark

ALL_MARKS41 = (
    Mark41('"', '"'),
    Mark41("“", "”"),
    Mark41("'", "'"),
    Mark41("‘", "’"),
    Mark41("«", "»"),
    Mark41("„", "“"),
)

WOMEN41 = (
    Person41("Amelia Namuhala", "Namuhala", "f", "Makhuwa", 47),
    Person41("Nemaboli Kutwa", "Kutwa", "f", "Mangbetu", 39),
    Person41("Yevdokiya Anyamova", "Anyamova", "f", "Mansi", 55),
    Person41("Eutimia Pineda", "Pineda", "f", "Mazatec", 44),
    Person41("Nakuwa Olibui", "Olibui", "f", "Mursi", 36),
    Person41("Merewai Deiye", "Deiye", "f", "Nauruan", 51),
    Person41("Rudo Simango", "Simango", "f", "Ndau", 42),
    Person41("Deebii Nwiido", "Nwiido", "f", "Ogoni", 38),
    Person41("Yanira Kaikuse", "Kaikuse", "f", "Pemon", 46),
    Person41("Halima Orguba", "Orguba", "f", "Rendille", 33),
    Person41("Nashipai Lekupe", "Lekupe", "f", "Samburu", 41),
    Person41("Baiq Nurhidayati", "Nurhidayati", "f", "Sasak", 49),
    Person41("Sanamkhan Agakishieva", "Agakishieva", "f", "Tsakhur", 58),
    Person41("Oghenekaro Edewor", "Edewor", "f", "Urhobo", 35),
    Person41("Telesfora Tsereptse", "Tsereptse", "f", "Xavante", 52),
)

MEN41 = (
    Person41("Ernesto Muhecua", "Muhecua", "m", "Makhuwa", 53),
    Person41("Mbunza Nekoyo", "Nekoyo", "m", "Mangbetu", 48),
    Person41("Pyotr Kurikov", "Kurikov", "m", "Mansi", 61),
    Person41("Anacleto Zepeda", "Zepeda", "m", "Mazatec", 57),
    Person41("Bariyo Komorukoro", "Komorukoro", "m", "Mursi", 40),
    Person41("Roland Adumur", "Adumur", "m", "Nauruan", 45),
    Person41("Chenjerai Mutowa", "Mutowa", "m", "Ndau", 50),
    Person41("Ledum Kpakol", "Kpakol", "m", "Ogoni", 37),
    Person41("Eleazar Ayuruca", "Ayuruca", "m", "Pemon", 59),
    Person41("Lekoloi Adichareh", "Adichareh", "m", "Rendille", 43),
    Person41("Lekimain Lenolkirim", "Lenolkirim", "m", "Samburu", 38),
    Person41("Lalu Muhazzir", "Muhazzir", "m", "Sasak", 54),
    Person41("Shamil Magomedzagirov", "Magomedzagirov", "m", "Tsakhur", 62),
    Person41("Onoriode Akpobire", "Akpobire", "m", "Urhobo", 41),
    Person41("Policarpo Tsiwara", "Tsiwara", "m", "Xavante", 56),
)

PEOPLE41 = tuple(p for pair in zip(WOMEN41, MEN41, strict=True) for p in pair)

#: The agency's staff for bylines: reporters and editors (never speakers).
STAFF41 = (
    "Tomasina Gwatirera",
    "Kurikyan Sainakhov",
    "Fidelia Oghoghome",
    "Saningo Lemaalo",
    "Nuraini Hapsari",
    "Ilgar Tsakhurov",
)


@frozen
class Firm41:
    """An invented firm: its name, the name with its legal suffix, the kind a wire story calls it later,
    its ticker, a product, a post in it, quotations and reported clauses in the firm's voice (no
    apostrophes, so that British single marks stay unambiguous)."""

    name: str
    legal: str
    kind: str
    ticker: str
    product: str
    post: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


FIRMS41 = (
    Firm41(
        "Halvard Cable",
        "Halvard Cable Ltd.",
        "cable layer",
        "HALV.KB",
        "Deepline 9",
        "head of subsea projects",
        (
            "Every metre of cable we lay this year is already sold",
            "The new ship doubles what we can lay in a season",
            "Storms in the north cost us three weeks of work",
        ),
        (
            "the second Arctic cable would be finished a year early",
            "repairs to the damaged link had cost more than expected",
            "orders for new cables had doubled since January",
        ),
    ),
    Firm41(
        "Ostmark Reinsurance",
        "Ostmark Reinsurance Inc.",
        "reinsurer",
        "OSTR.VR",
        "StormCover Plus",
        "chief underwriting officer",
        (
            "Hail claims were the worst we have seen in a decade",
            "We priced the flood risk correctly and it shows",
            "Renewals in April came in well above our plan",
        ),
        (
            "claims from the spring hailstorms would reach 400 million crowns",
            "prices at the January renewals had risen by about 8 percent",
            "the firm would buy back shares worth 200 million crowns",
        ),
    ),
    Firm41(
        "Straumvik Cocoa",
        "Straumvik Cocoa S.A.",
        "cocoa grinder",
        "STRM.TA",
        "Dark Harbour 70",
        "head of bean sourcing",
        (
            "Bean prices have never moved this fast in my career",
            "Chocolate makers are buying week to week now",
            "We ground less cocoa this quarter and earned more",
        ),
        (
            "grinding volumes had fallen by 11 percent in the quarter",
            "bean stocks at the main plant would last until August",
            "the company would pass higher bean costs on to chocolate makers",
        ),
    ),
    Firm41(
        "Tarnow Leasing",
        "Tarnow Leasing Co.",
        "container lessor",
        "TRNW.KB",
        "BoxFlex",
        "head of fleet",
        (
            "Every box we own is out on hire",
            "Shipping lines are signing five-year leases again",
            "We ordered forty thousand new containers and they are all spoken for",
        ),
        (
            "fleet use had reached 98 percent",
            "lease rates for new containers had risen for a fourth quarter",
            "the company would sell 12,000 older boxes this year",
        ),
    ),
    Firm41(
        "Corvanne Canners",
        "Corvanne Canners Corp.",
        "tuna canner",
        "CORV.SV",
        "Bluefin Select",
        "fleet director",
        (
            "The catch was small but the fish were big",
            "Fuel is now the biggest cost on every boat",
            "Supermarkets are asking for more canned fish than we can pack",
        ),
        (
            "the tuna catch had fallen for a second year",
            "the company would close one of three canneries in the south",
            "sales of canned fish in Europe had risen by 6 percent",
        ),
    ),
    Firm41(
        "Solvarra Sugar",
        "Solvarra Sugar Plc",
        "sugar refiner",
        "SLVR.KB",
        "Golden Beet",
        "head of beet supply",
        (
            "Farmers planted less beet and we feel it",
            "The campaign ran for a hundred and ten days this winter",
            "Sugar prices in the region are the highest in years",
        ),
        (
            "the beet harvest had been the smallest since 2009",
            "the refinery in the east would run only two shifts",
            "the company had agreed a three-year price with beet growers",
        ),
    ),
    Firm41(
        "Pallaske Bauxite",
        "Pallaske Bauxite N.V.",
        "bauxite miner",
        "PLSK.TA",
        "Redstone Grade A",
        "head of mine operations",
        (
            "The rains closed the haul road for nine days",
            "Our ore is the cleanest the smelters can buy",
            "We shipped more bauxite in March than in any month on record",
        ),
        (
            "bauxite shipments had risen 14 percent in the quarter",
            "the new pit would start producing ore in October",
            "export duties were weighing on margins",
        ),
    ),
    Firm41(
        "Rauden Lifts",
        "Rauden Lifts AG",
        "lift maker",
        "RAUD.VR",
        "SkyRise 300",
        "head of service",
        (
            "Half our profit now comes from servicing old lifts",
            "Tower builders have stopped ordering overnight",
            "A lift we install today will run for thirty years",
        ),
        (
            "new orders had fallen by a fifth",
            "the service business had grown for the twentieth quarter in a row",
            "the company would cut 600 jobs at the plant in the west",
        ),
    ),
)

#: What a firm expects: guidance objects after `expects` or `sees`.
GUIDANCE41 = (
    "full-year revenue of 4.2 billion crowns",
    "operating profit to rise by 5 to 7 percent",
    "margins to narrow in the second half",
    "sales to be flat this year",
)


@frozen
class Country41:
    """An invented country: its name, its capital, the minister a wire story quotes, and policy clauses
    whose subject is the government (`it would ...`)."""

    name: str
    capital: str
    minister: str
    policies: tuple[str, ...]


COUNTRIES41 = (
    Country41(
        "Norland",
        "Keldby",
        "minister for inland waterways",
        (
            "it would close two northern ports to foreign trawlers",
            "it would raise export duties on bauxite",
            "it had no plans to devalue the crown",
        ),
    ),
    Country41(
        "Tarnia",
        "Vorsk",
        "cocoa affairs minister",
        (
            "it would impose a ceiling on cocoa bean exports",
            "it was ready to reopen talks on the border crossings",
            "it would not renew the fishing accord",
        ),
    ),
    Country41(
        "Veldora",
        "Santa Velia",
        "deputy minister for undersea infrastructure",
        (
            "it would build a second cable landing station",
            "it would tax foreign reinsurers from next year",
            "it had recalled its ambassador for consultations",
        ),
    ),
    Country41(
        "Kasmeria",
        "Carrowdane",
        "minister of mines and quarries",
        (
            "it would cut fuel subsidies in stages",
            "it would allow sugar imports without duty until June",
            "it would seek arbitration over the mining licences",
        ),
    ),
)

#: Dateline places (never capitals of the countries above) with their country.
DATELINES41 = (
    ("HAVNSUND", "Norland"),
    ("PORT ELVAN", "Tarnia"),
    ("MIRANDELO", "Veldora"),
    ("TOLLESBY", "Kasmeria"),
)
DATES41 = ("Jan 4", "March 17", "May 9", "Aug 22", "Oct 30", "Dec 2")

#: Regulators: full name and the kind a story calls it later.
REGULATORS41 = (
    ("the Norland Financial Supervisory Authority", "authority"),
    ("the Tarnian Competition Board", "board"),
    ("the Veldoran Maritime Safety Directorate", "directorate"),
    ("the Kasmerian Securities Commission", "commission"),
)

#: What a regulator says.
RULINGS41 = (
    "the merger would raise prices for shipping lines",
    "the firm had broken disclosure rules on two occasions",
    "it would open a formal investigation into the tender",
    "the insurer had kept too little capital against storm claims",
)

#: Banks and asset managers for market comment; market roles; funds and indexes.
BANKS41 = ("Skerrit Bank", "Greyhithe Securities", "Vantholm Capital", "Fenwarden Partners")
FUNDS41 = (
    "Northwater Harbour Fund",
    "Tidemark Value Fund",
    "Silverkelp Income Fund",
    "Lanternfish Growth Fund",
)
INDEXES41 = ("Keldby 40", "Vorsk All-Share", "Santa Velia Blue Chip", "Carrowdane Mid 60")
CURRENCIES41 = ("Norland crown", "Tarnian mark", "Veldoran peso", "Kasmerian lev")

#: What markets people say: quotations and reported clauses.
MARKETS41 = (
    (
        "Investors are pricing in two more rate rises",
        "investors were pricing in two more rate rises",
    ),
    (
        "Nobody wants to hold the currency over a long weekend",
        "traders were reluctant to hold the currency over the weekend",
    ),
    (
        "The sell-off looks overdone to us",
        "the sell-off looked overdone",
    ),
    (
        "Bond yields are telling you a slowdown is coming",
        "bond yields pointed to a slowdown",
    ),
    (
        "This is the cheapest the sector has been in ten years",
        "the sector was the cheapest it had been in a decade",
    ),
)

#: Statistics and survey bodies, with their short form before `survey` or `data`, and what they show.
DATABODIES41 = (
    ("the Norland Statistics Office", "Norland Statistics Office"),
    ("the Tarnian Cocoa Board", "Tarnian Cocoa Board"),
    ("the Veldoran Chamber of Shipping", "Veldoran Chamber of Shipping"),
    ("the Kasmerian Lift Association", "Kasmerian Lift Association"),
)
FINDINGS41 = (
    "exports fell 4.1 percent in March from a year earlier",
    "factory orders rose for a third month in a row",
    "cocoa arrivals at the ports were 9 percent lower than last season",
    "container traffic through the main port hit a record in April",
    "consumer prices rose 3.2 percent in the year to May",
)

#: State media: a channel a person is quoted on, and the official agency that quotes.
STATE_MEDIA41 = ("state television", "state radio", "the state broadcaster Velvision", "state-run Kanal Nord")
STATE_AGENCIES41 = ("Tarnpress", "Norinform", "Veldopress", "Kasmerian News Agency")

#: Papers, cities, days, months and years.
PAPERS41 = ("Keldby Ledger", "Vorsk Morning Post", "Velian Observer", "Carrowdane Mercury")
CITIES41 = ("Keldby", "Vorsk", "Santa Velia", "Carrowdane", "Havnsund", "Port Elvan")
DAYS41 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS41 = ("January", "March", "April", "June", "September", "November")
YEARS41 = (1998, 2006, 2012, 2019)

#: What officials say on a call or on state media: quotations and reported clauses.
OFFICIAL41 = (
    ("We will not be rushed into a deal", "the government would not be rushed into a deal"),
    ("The border will stay open for trade", "the border would stay open for trade"),
    ("Our patience is not without limits", "the patience of the government had limits"),
    ("Nobody gains from a price war in cocoa", "nobody would gain from a price war in cocoa"),
    ("The talks were frank and useful", "the talks had been frank and useful"),
)

#: What the agency's own staff saw or counted (no report by any person).
SCENES41 = (
    "police fired tear gas at dockworkers outside the port gates",
    "queues of lorries stretched for several kilometres at the border",
    "smoke was still rising from the warehouse on the quay",
    "hundreds of growers blocked the road to the cocoa depot",
)

#: Open-class cue verbs no earlier round uses.
OPEN41 = ("underscored", "reiterated", "reaffirmed", "pledged")
