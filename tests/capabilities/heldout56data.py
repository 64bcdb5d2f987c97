"""Slot fillers of the fifty-sixth held-out round (``heldout56.py``), a round of BUSINESS, MARKETS AND
TECHNOLOGY NEWS as a wire service's business desk or a technology site writes it: invented people of
Hungarian, Brazilian, Korean, Nigerian, Swedish, Indian, Italian, Polish, Chinese, Mexican, Greek and Dutch
origin (with their gender and an age), brokerages and research houses, listed companies with the descriptive
noun a business desk uses for them (*the carmaker*, *the chipmaker*) and a ticker, startups and venture firms,
central banks and regulators of invented countries, companies whose names look like a person's or like
common words, trade publications, products and reports whose names sit in marks, quotations, reported
clauses, pointed fragments and narrative sentences.

Every name, body, place and sentence here was written for this round; the people, companies, countries and
outlets are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks (the wire's and the site's).
MARKS56 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN56 = (
    Person("Margit Szalonna", "Szalonna", "f", "Hungarian", 47),
    Person("Beatriz Carvalhedo", "Carvalhedo", "f", "Brazilian", 41),
    Person("Yuna Seobin", "Seobin", "f", "Korean", 38),
    Person("Chidinma Okwuosa", "Okwuosa", "f", "Nigerian", 44),
    Person("Ingrid Vallgren", "Vallgren", "f", "Swedish", 52),
    Person("Priya Ramanathan", "Ramanathan", "f", "Indian", 39),
    Person("Lucia Fioravanti", "Fioravanti", "f", "Italian", 46),
    Person("Agnieszka Wolanska", "Wolanska", "f", "Polish", 43),
    Person("Helen Quan", "Quan", "f", "Chinese", 50),
    Person("Sofia Arreguin", "Arreguin", "f", "Mexican", 36),
    Person("Eleni Paraskaki", "Paraskaki", "f", "Greek", 48),
    Person("Maaike Verhoeckx", "Verhoeckx", "f", "Dutch", 42),
)

MEN56 = (
    Person("Tamas Kerekhazi", "Kerekhazi", "m", "Hungarian", 55),
    Person("Rafael Monteagudo", "Monteagudo", "m", "Brazilian", 49),
    Person("Jun-ho Paekdal", "Paekdal", "m", "Korean", 45),
    Person("Obinna Ezechukwu", "Ezechukwu", "m", "Nigerian", 51),
    Person("Anders Lindqvarn", "Lindqvarn", "m", "Swedish", 58),
    Person("Rohan Deshpandey", "Deshpandey", "m", "Indian", 40),
    Person("Marco Brunelleschini", "Brunelleschini", "m", "Italian", 53),
    Person("Tomasz Grabczyk", "Grabczyk", "m", "Polish", 47),
    Person("David Liang", "Liang", "m", "Chinese", 44),
    Person("Diego Zavaleta", "Zavaleta", "m", "Mexican", 39),
    Person("Nikos Triantafel", "Triantafel", "m", "Greek", 56),
    Person("Pieter Oosterkamp", "Oosterkamp", "m", "Dutch", 50),
)

PEOPLE56 = WOMEN56 + MEN56


@frozen
class Company:
    """A listed company: its name, the noun a business desk calls it by, its ticker and a product line."""

    name: str
    noun: str
    ticker: str
    goods: str


COMPANIES56 = (
    Company("Dalbrook Motors", "carmaker", "DLBM.N", "electric vans"),
    Company("Virelle Pharma", "drugmaker", "VRLP.O", "vaccines"),
    Company("Tessaline Semiconductor", "chipmaker", "TSSL.O", "memory chips"),
    Company("Orrin Airways", "airline", "ORRA.L", "regional flights"),
    Company("Hallcrest Foods", "food group", "HLCF.N", "frozen meals"),
    Company("Pemberway Mining", "miner", "PMBW.AX", "copper"),
    Company("Quillon Software", "software maker", "QLLN.N", "payroll software"),
    Company("Sorvik Telecom", "telecoms operator", "SRVK.ST", "fibre broadband"),
    Company("Brightmoor Retail", "retailer", "BRTM.L", "homeware"),
    Company("Caldera Steelworks", "steelmaker", "CLDS.N", "rolled steel"),
    Company("Nimbra Bank", "lender", "NMBR.F", "mortgages"),
    Company("Korvessa Robotics", "robot maker", "KVRB.O", "warehouse robots"),
)

#: Brokerages, banks and research houses whose analysts are quoted.
FIRMS56 = (
    "Tollmere Securities",
    "Brackenridge Capital",
    "Oxbury Research",
    "Stenfield Bank",
    "Lanyard Partners",
    "Merrow Analytics",
    "Cobhurst Vale Securities",
    "Dunlin Asset Management",
    "Alderwick Investment Bank",
    "Pellquist Research",
)

#: Roles of analysts at a firm: (as written, the role noun a title must contain).
ANALYST_ROLES56 = (
    ("an analyst", "analyst"),
    ("chief economist", "chief economist"),
    ("a senior analyst", "senior analyst"),
    ("head of equity research", "head of equity research"),
    ("a portfolio manager", "portfolio manager"),
    ("chief investment strategist", "chief investment strategist"),
    ("a credit analyst", "credit analyst"),
    ("a market strategist", "market strategist"),
)

#: Executive roles as a wire writes them before a name, with the initials a second reference may use.
EXEC_ROLES56 = (
    ("chief executive", "the chief executive"),
    ("chief financial officer", "the CFO"),
    ("chief operating officer", "the COO"),
    ("chief technology officer", "the CTO"),
    ("president", "the president"),
)

#: Startups: (name, what it makes).
STARTUPS56 = (
    ("Lumaroo", "battery-swap kiosks"),
    ("Fernweld", "payroll tools for farms"),
    ("Quiblet", "an app for splitting rent"),
    ("Stratavane", "weather data for insurers"),
    ("Nookwise", "software for dental clinics"),
    ("Pallatine", "cold-storage sensors"),
    ("Orbisk Labs", "satellite imaging for ports"),
    ("Tindrel", "a marketplace for used machine tools"),
)

#: Venture firms that lead rounds.
VCS56 = (
    "Harrowgate Ventures",
    "Cinderfield Capital",
    "Moorlake Partners",
    "Ninefold Ventures",
    "Saltmarsh Growth",
    "Quenby Capital",
)


@frozen
class Bank:
    """A central bank or regulator: its name as written after a verb, its kind noun and its head's post."""

    name: str
    noun: str
    post: str


CENTRAL_BANKS56 = (
    Bank("the Bank of Estoria", "the central bank", "governor"),
    Bank("the Reserve Bank of Palmora", "the central bank", "governor"),
    Bank("the Monetary Authority of Kesland", "the authority", "managing director"),
    Bank("the Central Bank of Vardenia", "the central bank", "governor"),
    Bank("the National Bank of Ostravia", "the central bank", "president"),
)

REGULATORS56 = (
    Bank("the Estorian Securities Commission", "the regulator", "chair"),
    Bank("the Palmora Competition Authority", "the watchdog", "chief executive"),
    Bank("the Kesland Financial Conduct Board", "the regulator", "chair"),
    Bank("the Vardenian Telecoms Office", "the regulator", "director general"),
)

#: Companies whose names look like a person's: (name as written, the person-like part that must never speak).
PERSONLIKE56 = (
    ("Harriet Quayle Ltd", "Harriet Quayle"),
    ("Lionel Marsh Holdings", "Lionel Marsh"),
    ("Edith Crane & Co", "Edith Crane"),
    ("Abbott Reyes Group", "Abbott Reyes"),
    ("Douglas Penn Capital", "Douglas Penn"),
    ("Miriam Stokes Partners", "Miriam Stokes"),
)

#: Companies whose names are common words.
WORDLIKE56 = (
    "Clear Meadow",
    "Steady Oak",
    "Honest Kettle",
    "Blue Acre",
    "Good Measure",
    "Tall Grass",
    "Open Lantern",
    "Fair Weather",
)

#: Trade publications and technology sites: (name as written after *told*, the bare name).
OUTLETS56 = (
    ("Chipline Weekly", "Chipline Weekly"),
    ("Cargo Review", "Cargo Review"),
    ("Shelf Monitor", "Shelf Monitor"),
    ("Ledger & Byte", "Ledger & Byte"),
    ("the trade journal Ore Digest", "Ore Digest"),
    ("the technology site Gadgetry Now", "Gadgetry Now"),
    ("the industry newsletter Fleetwise", "Fleetwise"),
)

#: Products and works whose names sit in marks (no quotation).
PRODUCTS56 = ("Halo Lens", "Quill Nine", "Ferrix Pro", "Nimbus Go", "Tern Mini", "Atlas Fold", "Kestrel One")
REPORTS56 = (
    "State of Freight",
    "Chip Outlook 2027",
    "Retail Pulse",
    "Global Payments Map",
    "Mines and Margins",
    "Future of Work Index",
)
#: Project code names and slogans.
CODENAMES56 = ("Project Heron", "Project Larch", "Operation Tidewater", "Project Bellwether", "Project Sable")
SLOGANS56 = (
    "Think Lighter",
    "Built to Haul",
    "Every Shelf, Every Day",
    "Fly the Short Way",
    "Power in Your Pocket",
)

TOWNS56 = ("Marrowby", "Saint Elvane", "Port Cadwen", "Haverholt", "Lindmoor", "Castelbrook", "Wexley Cross")
DAYS56 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
QUARTERS56 = ("first-quarter", "second-quarter", "third-quarter", "fourth-quarter")

#: Direct quotations of executives, analysts and founders, without their closing punctuation.
QUOTES56 = (
    "We were too slow to cut prices when demand turned",
    "The order book has never been this deep",
    "Nobody should expect margins to recover before the spring",
    "We are spending the money where the customers are",
    "This is a business that rewards patience",
    "Our customers are buying fewer units but better ones",
    "The pricing war is over, at least for now",
    "We would rather grow slowly than borrow heavily",
    "The guidance looks cautious, and I think that is deliberate",
    "Inventories are still too high across the whole sector",
    "It was a messy quarter with a clean balance sheet",
    "We have the cash to ride this out",
    "Every factory we own is running at full tilt",
    "The numbers were better than the story around them",
    "Investors wanted a plan and they got one",
    "We built this for people who hate waiting",
    "There is no appetite for another round of layoffs",
    "Shipping costs are finally coming back to earth",
    "I would not chase the stock at these levels",
    "The second half will do the heavy lifting",
    "We made a bet on software and it is paying off",
    "Rates are doing exactly what we wanted them to do",
    "The market had priced in far worse",
    "We are not for sale, and we never have been",
)

#: Reported clauses (past tense), without a final stop.
CLAUSES56 = (
    "demand for its older models had softened in the second half",
    "the merger would be completed by the end of the year",
    "margins would improve once the new plant was running",
    "the company had no plans to raise fresh equity",
    "orders from hospitals had doubled since January",
    "the sale of the logistics unit was still under review",
    "it expected revenue to grow by about 6% next year",
    "cost cuts had saved more than had been planned",
    "inflation was likely to stay above target until the autumn",
    "the board had approved a buyback of up to 5% of its shares",
    "higher fuel prices would weigh on profits in the coming months",
    "the shortage of components had eased faster than expected",
    "subscriber numbers had held up despite the price rise",
    "the dividend would be kept at last year's level",
    "the new headquarters would open in the spring",
    "its cloud business had turned a profit for the first time",
    "the job cuts would fall mainly on back-office roles",
    "customers had started to trade down to cheaper brands",
    "the outlook for copper prices remained uncertain",
    "the recall would cost less than the market feared",
)

#: (object, pointed fragment) for mixed reports: `said OBJ was "FRAG"`.
FRAGS56 = (
    ("the quarter", "a reset year"),
    ("the deal", "too good to walk away from"),
    ("the rate path", "data-dependent to a fault"),
    ("the new chip", "our most important launch in a decade"),
    ("the valuation", "frankly a bit silly"),
    ("the pricing", "aggressive but sustainable"),
    ("the outlook", "cloudy with sunny spells"),
    ("the rival bid", "an opportunistic raid"),
)

#: Narrative sentences that report nothing.
NARRATIVE56 = (
    "Shares closed 2.4% higher on the day.",
    "The stock has lost a third of its value this year.",
    "Trading volume was twice the daily average.",
    "The index ended the week flat.",
    "The bond yielded 4.8% at the close.",
)
