"""Slot fillers of the eighty-fourth held-out round (``heldout84.py``), a round of AGRICULTURE, FOOD AND
FARMING as a rural-affairs and food desk writes it: invented farm ministers and agriculture officials,
food-safety and animal-health officials and inspectors, practising vets, farm-union leaders, supermarket and
food-company executives and spokespeople, commodity analysts at banks, rural campaigners, co-operative chairs,
show stewards and trade officials (thirty people with a gender, a culture and an age, and ten seasonal workers
known by a first name only); posts with their bodies, the role noun a body's *Its ROLE* uses, the short second
reference (`the minister`, `the chief vet`) and the pool their words come from; farmers', growers' and
fishers' jobs by sector; bodies that issue statements (retailers, food companies, agencies, unions,
co-operatives, banks, campaign groups; some of one word) with their statements and said-clauses; agencies'
documents, findings, recommendations and alerts; outlets, shows, scenes, towns, harbours and dates;
quotations, reported clauses, pointed fragments and split quotations for each pool; narrative sentences that
report nothing; and apple varieties, own-brand names, scheme names, show-class names, field nicknames,
placards and scare terms that sit in marks and nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation holds an apostrophe, so that a closing single mark is never confused with one.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS84 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS84 = (*MARKS84, Mark("\u2018", "\u2019"))

WOMEN84 = (
    Person("Angharad Prytherch", "Prytherch", "f", "Welsh", 51),
    Person("Wanjiku Mwangale", "Mwangale", "f", "Kikuyu", 43),
    Person("Harleen Sandhawalia", "Sandhawalia", "f", "Punjabi", 38),
    Person("Itziar Goikoetxea", "Goikoetxea", "f", "Basque", 47),
    Person("Marjatta Lehtikoski", "Lehtikoski", "f", "Finnish", 56),
    Person("Zsofia Barsony", "Barsony", "f", "Hungarian", 41),
    Person("Guadalupe Arreola", "Arreola", "f", "Mexican", 35),
    Person("Morwenna Trevaskis", "Trevaskis", "f", "Cornish", 59),
    Person("Eleni Papadakou", "Papadakou", "f", "Greek", 44),
    Person("Sevgi Karakaya", "Karakaya", "f", "Turkish", 39),
    Person("Hana Vondrackova", "Vondrackova", "f", "Czech", 48),
    Person("Thandeka Mkhabela", "Mkhabela", "f", "Zulu", 36),
    Person("Sigrun Halldorsdottir", "Halldorsdottir", "f", "Icelandic", 53),
    Person("Maricel Dimaculangan", "Dimaculangan", "f", "Filipino", 42),
    Person("Loredana Ferracuti", "Ferracuti", "f", "Italian", 50),
)

MEN84 = (
    Person("Emrys Pritchard", "Pritchard", "m", "Welsh", 62),
    Person("Kariuki Githinji", "Githinji", "m", "Kikuyu", 45),
    Person("Jaswinder Grewal", "Grewal", "m", "Punjabi", 54),
    Person("Aitor Zubizarreta", "Zubizarreta", "m", "Basque", 40),
    Person("Tapio Kivimaki", "Kivimaki", "m", "Finnish", 58),
    Person("Laszlo Bartfai", "Bartfai", "m", "Hungarian", 37),
    Person("Ramiro Cuevas-Ocampo", "Cuevas-Ocampo", "m", "Mexican", 49),
    Person("Jago Polglaze", "Polglaze", "m", "Cornish", 33),
    Person("Stavros Kyriakidis", "Kyriakidis", "m", "Greek", 57),
    Person("Murat Ozdemirci", "Ozdemirci", "m", "Turkish", 46),
    Person("Radek Prochazka", "Prochazka", "m", "Czech", 52),
    Person("Bongani Zwane", "Zwane", "m", "Zulu", 41),
    Person("Gunnar Thorvaldsson", "Thorvaldsson", "m", "Icelandic", 60),
    Person("Rodel Macaraeg", "Macaraeg", "m", "Filipino", 34),
    Person("Massimo Bertoldi", "Bertoldi", "m", "Italian", 55),
)

PEOPLE84 = tuple(p for pair in zip(WOMEN84, MEN84, strict=True) for p in pair)

#: Seasonal workers a report names by a first name only (the first name is the whole name).
FIRSTS84 = (
    Person("Ilinca", "Ilinca", "f", "first", 24),
    Person("Bogdan", "Bogdan", "m", "first", 31),
    Person("Vesna", "Vesna", "f", "first", 28),
    Person("Dario", "Dario", "m", "first", 22),
    Person("Paulina", "Paulina", "f", "first", 35),
    Person("Marek", "Marek", "m", "first", 41),
    Person("Lidia", "Lidia", "f", "first", 19),
    Person("Ionut", "Ionut", "m", "first", 27),
    Person("Agata", "Agata", "f", "first", 33),
    Person("Nikolai", "Nikolai", "m", "first", 45),
)


@frozen
class Post84:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title after the name must hold (the
    role noun and each body or place), the short second reference (`the minister`; `{s}` again), the body it
    belongs to (never a speaker of a person's words; empty when the post names none), the pool its holder's
    words come from (`min`, `vet`, `union-fish`, ...; the part before the dash is its family), the role noun
    of *Its ROLE, NAME,* (`{s}` again) and the parts a title before the name must hold when they differ."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str
    its: str
    bparts: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        """`min`, `food`, `vet`, `plant`, `union`, `retail`, `maker`, `analyst`, `camp`, `coop`, `show` or
        `trade`."""
        return self.pool.split("-")[0]

    @property
    def pre_parts(self) -> tuple[str, ...]:
        """The parts a title before the name must hold."""
        return self.bparts or self.parts

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def role(self, p: Person) -> str:
        """The role noun of *Its ROLE, NAME,*."""
        return self.its.replace("{s}", p.kin("spokeswoman", "spokesman"))


MIN84 = (
    Post84("the farm minister", "Farm Minister", ("farm minister",), "the minister", "", "min", "minister"),
    Post84(
        "minister for agriculture and fisheries",
        "Agriculture and Fisheries Minister",
        ("minister", "agriculture"),
        "the minister",
        "",
        "min",
        "minister",
    ),
    Post84(
        "deputy director of the Rural Payments Office",
        "Rural Payments Office deputy director",
        ("deputy director", "Rural Payments Office"),
        "the deputy director",
        "the Rural Payments Office",
        "min",
        "deputy director",
    ),
    Post84(
        "a senior official at the Ministry of Land and Food",
        "Ministry of Land and Food official",
        ("official", "Ministry of Land and Food"),
        "the official",
        "the Ministry of Land and Food",
        "min",
        "senior official",
    ),
)

AG84 = (
    Post84(
        "chief executive of the Food Integrity Agency",
        "Food Integrity Agency chief executive",
        ("chief executive", "Food Integrity Agency"),
        "the agency chief",
        "the Food Integrity Agency",
        "food",
        "chief executive",
    ),
    Post84(
        "an inspector with the Food Integrity Agency",
        "Food Integrity Agency inspector",
        ("inspector", "Food Integrity Agency"),
        "the inspector",
        "the Food Integrity Agency",
        "food",
        "inspector",
    ),
    Post84(
        "chief veterinary officer at the Animal Health Directorate",
        "Chief Veterinary Officer",
        ("chief veterinary officer", "Animal Health Directorate"),
        "the chief vet",
        "the Animal Health Directorate",
        "vet",
        "chief veterinary officer",
        ("chief veterinary officer",),
    ),
    Post84(
        "head of surveillance at the Animal Health Directorate",
        "Animal Health Directorate surveillance chief",
        ("head of surveillance", "Animal Health Directorate"),
        "the surveillance chief",
        "the Animal Health Directorate",
        "vet",
        "head of surveillance",
        ("surveillance chief", "Animal Health Directorate"),
    ),
    Post84(
        "a livestock vet at Hollins Cross Veterinary Practice",
        "Hollins Cross vet",
        ("vet", "Hollins Cross"),
        "the vet",
        "Hollins Cross Veterinary Practice",
        "vet",
        "senior vet",
    ),
    Post84(
        "a senior inspector at the Crop Protection Office",
        "Crop Protection Office inspector",
        ("inspector", "Crop Protection Office"),
        "the inspector",
        "the Crop Protection Office",
        "plant",
        "senior inspector",
    ),
)

UNION84 = (
    Post84(
        "president of the National Growers' Federation",
        "National Growers' Federation president",
        ("president", "National Growers' Federation"),
        "the federation president",
        "the National Growers' Federation",
        "union",
        "president",
    ),
    Post84(
        "dairy chair of the Smallholders' Union",
        "Smallholders' Union dairy chair",
        ("dairy chair", "Smallholders' Union"),
        "the dairy chair",
        "the Smallholders' Union",
        "union",
        "dairy chair",
    ),
    Post84(
        "general secretary of the Upland Farmers' Alliance",
        "Upland Farmers' Alliance general secretary",
        ("general secretary", "Upland Farmers' Alliance"),
        "the alliance leader",
        "the Upland Farmers' Alliance",
        "union",
        "general secretary",
    ),
    Post84(
        "a {s} for Agrivoice",
        "Agrivoice {s}",
        ("spokes", "Agrivoice"),
        "the {s}",
        "Agrivoice",
        "union",
        "{s}",
    ),
    Post84(
        "chief executive of the Inshore Fishers' Association",
        "Inshore Fishers' Association chief executive",
        ("chief executive", "Inshore Fishers' Association"),
        "the association chief",
        "the Inshore Fishers' Association",
        "union-fish",
        "chief executive",
    ),
)

RETAIL84 = (
    Post84(
        "chief executive of Harvestway",
        "Harvestway chief executive",
        ("chief executive", "Harvestway"),
        "the chief executive",
        "Harvestway",
        "retail",
        "chief executive",
    ),
    Post84(
        "a {s} for Greenbasket",
        "Greenbasket {s}",
        ("spokes", "Greenbasket"),
        "the {s}",
        "Greenbasket",
        "retail",
        "{s}",
    ),
    Post84(
        "commercial director of Orchard Vale Foods",
        "Orchard Vale Foods commercial director",
        ("commercial director", "Orchard Vale Foods"),
        "the commercial director",
        "Orchard Vale Foods",
        "maker",
        "commercial director",
    ),
    Post84(
        "head of quality at Penrose Dairies",
        "Penrose Dairies quality chief",
        ("head of quality", "Penrose Dairies"),
        "the quality chief",
        "Penrose Dairies",
        "maker",
        "head of quality",
        ("quality chief", "Penrose Dairies"),
    ),
)

ANALYST84 = (
    Post84(
        "an agricultural commodities analyst at Farrow Lindqvist Bank",
        "Farrow Lindqvist Bank analyst",
        ("analyst", "Farrow Lindqvist"),
        "the analyst",
        "Farrow Lindqvist Bank",
        "analyst",
        "lead analyst",
    ),
    Post84(
        "head of agricultural research at Caldermont Capital",
        "Caldermont Capital research chief",
        ("head of agricultural research", "Caldermont Capital"),
        "the research chief",
        "Caldermont Capital",
        "analyst",
        "head of research",
        ("research chief", "Caldermont Capital"),
    ),
    Post84(
        "chief economist at Stradbury Bank",
        "Stradbury Bank chief economist",
        ("chief economist", "Stradbury Bank"),
        "the economist",
        "Stradbury Bank",
        "analyst",
        "chief economist",
    ),
)

CAMP84 = (
    Post84(
        "director of the Hedgerow Trust",
        "Hedgerow Trust director",
        ("director", "Hedgerow Trust"),
        "the trust director",
        "the Hedgerow Trust",
        "camp",
        "director",
    ),
    Post84(
        "founder of Fair Fields",
        "Fair Fields founder",
        ("founder", "Fair Fields"),
        "the founder",
        "Fair Fields",
        "camp",
        "founder",
    ),
    Post84(
        "a coordinator for the Rural Lifeline Network",
        "Rural Lifeline Network coordinator",
        ("coordinator", "Rural Lifeline Network"),
        "the coordinator",
        "the Rural Lifeline Network",
        "camp",
        "coordinator",
    ),
)

COOP84 = (
    Post84(
        "chair of the Elmcote Dairy Co-operative",
        "Elmcote Dairy Co-operative chair",
        ("chair", "Elmcote Dairy Co-operative"),
        "the co-operative chair",
        "the Elmcote Dairy Co-operative",
        "coop",
        "chair",
    ),
    Post84(
        "managing director of Northfell Growers",
        "Northfell Growers managing director",
        ("managing director", "Northfell Growers"),
        "the managing director",
        "Northfell Growers",
        "coop",
        "managing director",
    ),
)

SHOW84 = (
    Post84(
        "chief steward of the Tollbridge County Show",
        "Tollbridge County Show chief steward",
        ("chief steward", "Tollbridge County Show"),
        "the chief steward",
        "the Tollbridge County Show",
        "show",
        "chief steward",
    ),
    Post84(
        "secretary of the Marrowby Agricultural Society",
        "Marrowby Agricultural Society secretary",
        ("secretary", "Marrowby Agricultural Society"),
        "the society secretary",
        "the Marrowby Agricultural Society",
        "show",
        "secretary",
    ),
)

TRADE84 = (
    Post84(
        "chief trade negotiator at the Ministry of Land and Food",
        "Ministry of Land and Food trade negotiator",
        ("trade negotiator", "Ministry of Land and Food"),
        "the negotiator",
        "the Ministry of Land and Food",
        "trade",
        "chief trade negotiator",
    ),
    Post84(
        "director of the Meat Exporters' Council",
        "Meat Exporters' Council director",
        ("director", "Meat Exporters' Council"),
        "the council director",
        "the Meat Exporters' Council",
        "trade",
        "director",
    ),
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS84 = (
    MIN84[0],
    AG84[0],
    UNION84[0],
    RETAIL84[0],
    ANALYST84[0],
    CAMP84[0],
    AG84[2],
    COOP84[0],
    UNION84[1],
    RETAIL84[2],
    SHOW84[0],
    MIN84[1],
    TRADE84[0],
    AG84[4],
    UNION84[2],
    RETAIL84[1],
    ANALYST84[1],
    CAMP84[1],
    AG84[1],
    MIN84[2],
    UNION84[4],
    COOP84[1],
    RETAIL84[3],
    AG84[3],
    SHOW84[1],
    ANALYST84[2],
    TRADE84[1],
    UNION84[3],
    CAMP84[2],
    AG84[5],
    MIN84[3],
)

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES84: dict[str, tuple[str, ...]] = {
    "min": (
        "We will not leave farmers to carry the cost of this drought alone",
        "Every farmer who lost stock in the floods will be compensated",
        "The new payments will reach farms before the winter",
        "Food security is national security, and this government knows it",
    ),
    "food": (
        "Nobody should eat any of the affected batches",
        "We found serious hygiene failures at the plant",
        "Our inspectors will be back at the site within the week",
        "The public can be confident that the product has been withdrawn",
    ),
    "vet": (
        "This is the most serious outbreak we have seen in a decade",
        "Farmers must report any sick birds straight away",
        "The virus is spreading faster than we expected",
        "Keeping animals indoors is the best protection we have",
    ),
    "plant": (
        "The beetle travels on boots, tyres and machinery",
        "Growers need to walk their fields every week until the autumn",
        "We caught this early, and that gives us a real chance",
    ),
    "union": (
        "Our members are selling milk for less than it costs to produce",
        "Farmers have reached the end of their patience",
        "We will not accept a deal that puts family farms out of business",
        "This harvest has been the hardest in living memory",
    ),
    "union-fish": (
        "The new quota will tie up half the fleet for the winter",
        "Our members were never consulted on these cuts",
        "There are more fish in the bay than the scientists admit",
    ),
    "retail": (
        "We are paying our farmers more than any other supermarket",
        "Customers can return the product to any of our stores for a full refund",
        "We have removed every affected pack from our shelves",
    ),
    "maker": (
        "We are deeply sorry to every customer affected by this recall",
        "Our factory has passed every inspection this year",
        "We have stopped production on that line until the tests come back",
    ),
    "analyst": (
        "Wheat prices have further to climb before the harvest comes in",
        "The market has not yet priced in the drought",
        "Buyers are paying whatever it takes to secure supply",
    ),
    "camp": (
        "Hedgerows are disappearing faster than they can be planted",
        "Rural communities are being left behind",
        "Small farms are the backbone of the countryside and they are being starved",
    ),
    "coop": (
        "Our members cannot survive another price cut",
        "The co-operative will fight this offer with everything it has",
        "We built this dairy together and we will not sell it cheap",
    ),
    "show": (
        "The quality of the cattle this year has been outstanding",
        "We have had more entries than at any show in the last twenty years",
        "The rain kept nobody away",
    ),
    "trade": (
        "The quota protects our farmers and opens a new market for them",
        "Nobody gets everything they want in a trade deal",
        "Our beef will be on their shelves by the spring",
    ),
    "farm": (
        "I have never seen the ground this dry in all my years of farming",
        "We are working every hour of daylight just to stand still",
        "The feed bill alone has doubled since the spring",
        "Nobody goes into farming to get rich, but we have to be able to live",
    ),
    "grow": (
        "The frost took every blossom on the trees in one night",
        "A third of the crop was left unpicked because we could not find the workers",
        "The price we are offered does not even cover the diesel",
    ),
    "fish": (
        "The fish are out there, but we are not allowed to land them",
        "We cannot keep a crew on what the buyers are paying",
        "The storms kept us tied up for nine days in a row",
    ),
    "prof": (
        "The soil needs years to recover from a summer like this",
        "Farmers are adapting faster than the science can keep up",
        "We are breeding wheat for a climate we do not yet have",
    ),
    "cull": (
        "Watching them load the animals onto the lorries was the worst day of my life",
        "We spent thirty years building up that herd",
        "Nobody from the ministry has told us when we can restock",
    ),
    "winner": (
        "I never expected to win, not against cattle like these",
        "She has been the best animal on the farm since the day she was born",
        "This one is for my father, who started the herd",
    ),
    "dispute": (
        "Our prices to farmers have gone up three times this year",
        "Every contract we sign is fair to both sides",
        "We pay more for our milk than anyone else in the market",
    ),
    "pick": (
        "We work twelve hours a day in the heat",
        "The caravans have no heating when the nights get cold",
        "I come back every summer because the farmer treats us well",
    ),
}

#: Reported clauses by pool (no marks surround them).
CLAUSES84: dict[str, tuple[str, ...]] = {
    "min": (
        "the drought relief payments would be made before the end of the month",
        "the ministry would double the fund for flood-hit farms",
        "the ban on moving cattle would stay in place for another fortnight",
        "no farmer would lose a subsidy because of the late harvest",
    ),
    "food": (
        "samples from the plant had tested positive for listeria",
        "the recall covered every batch made since the start of May",
        "the plant would stay closed until it passed a fresh inspection",
        "no illnesses had yet been linked to the product",
    ),
    "vet": (
        "the virus had been found on a second farm near Marrowby",
        "all poultry in the county would have to be kept indoors",
        "the risk to human health remained very low",
        "the cull on the infected farm had been completed overnight",
    ),
    "plant": (
        "the beetle had been found in three more fields",
        "the infested seed had probably come from a single shipment",
        "growers inside the zone would be compensated for any crop destroyed",
    ),
    "union": (
        "farmers were being paid less than the cost of production",
        "members would keep protesting until the price cut was reversed",
        "the trade deal would put small farms out of business",
        "the wet autumn had left a third of the wheat unplanted",
    ),
    "union-fish": (
        "the cod quota had been cut by a fifth",
        "half the boats in the fleet could be laid up by Christmas",
        "fishers had been given only a week to comment on the plan",
    ),
    "retail": (
        "the supermarket paid its dairy farmers above the market price",
        "every affected pack had been taken off the shelves",
        "shoppers would see lower prices on fruit and vegetables by the summer",
    ),
    "maker": (
        "production at the plant had been suspended",
        "the contamination had been traced to a single slicing machine",
        "customers who bought the affected batches would get a full refund",
    ),
    "analyst": (
        "wheat prices could rise by a tenth before the harvest",
        "the drought had cut the barley crop by a quarter",
        "milk prices had probably reached their low point",
    ),
    "camp": (
        "the subsidy changes would hurt small farms the most",
        "grants for planting hedgerows had been cut by a third",
        "young people were leaving the villages faster than ever",
    ),
    "coop": (
        "the price cut would cost each member farm thousands a year",
        "members had voted by a large majority to reject the offer",
        "the co-operative would go on supplying the processor while talks continued",
    ),
    "show": (
        "entries in the cattle classes were up on last year",
        "the sheep classes had been cancelled because of the outbreak",
        "more than 40,000 people had come through the gates over two days",
    ),
    "trade": (
        "the quota would be reviewed after two years",
        "lamb exports had fallen for a third year running",
        "the new tariff would add a fifth to the price of imported beef",
    ),
    "farm": (
        "the farm had run out of winter feed by February",
        "the spring lambing had been the worst in a generation",
        "the milk price no longer covered the cost of production",
    ),
    "grow": (
        "the frost had wiped out most of the blossom in a single night",
        "the pickers had arrived three weeks late",
        "the supermarket had cut its order without warning",
    ),
    "fish": (
        "the boats had been kept in harbour for nine days by the storms",
        "the quota for cod had been cut by a fifth",
        "the buyers at the market had paid less than last year",
    ),
    "prof": (
        "the soil would need years to recover from the drought",
        "yields of winter wheat had been falling for a decade",
        "new varieties of barley could cope with far less rain",
    ),
    "cull": (
        "the family had spent thirty years building up the herd",
        "nobody had told them when they could restock",
        "the compensation offered was far below what the animals were worth",
    ),
    "pick": (
        "the workers had not been paid for three weeks",
        "the bus to the fields left at five every morning",
        "most of the pickers had gone home before the harvest ended",
    ),
}

#: Pointed fragments by family: (what a fragment is said of, a singular noun phrase; the fragment, no
#: apostrophes).
FRAGS84: dict[str, tuple[tuple[str, str], ...]] = {
    "min": (
        ("the drought", "a national emergency"),
        ("the relief package", "the biggest in a generation"),
        ("the blockade", "understandable but unhelpful"),
    ),
    "food": (
        ("the state of the kitchens", "unacceptable"),
        ("the recall", "a precaution"),
        ("the hygiene record of the plant", "poor"),
    ),
    "vet": (
        ("the outbreak", "deeply worrying"),
        ("the risk to people", "very low"),
        ("the spread of the virus", "unprecedented"),
    ),
    "plant": (
        ("the spread of the beetle", "alarming"),
        ("the early warning", "a lucky break"),
        ("the new checks at the port", "long overdue"),
    ),
    "union": (
        ("the price cut", "a kick in the teeth"),
        ("the trade deal", "a betrayal of family farms"),
        ("the offer from the supermarkets", "an insult"),
    ),
    "retail": (
        ("the claim about prices", "simply wrong"),
        ("the recall", "a precaution"),
        ("its deal with farmers", "the fairest in the industry"),
    ),
    "maker": (
        ("the contamination", "an isolated incident"),
        ("the recall", "a precaution"),
        ("the record of the plant", "spotless"),
    ),
    "analyst": (
        ("the price of wheat", "extraordinarily volatile"),
        ("the harvest outlook", "grim"),
        ("the export ban", "a shock to the market"),
    ),
    "camp": (
        ("the loss of hedgerows", "a quiet catastrophe"),
        ("the new subsidy regime", "a step backwards"),
        ("the plan from the ministry", "too little, too late"),
    ),
    "coop": (
        ("the offer from the processor", "derisory"),
        ("the price cut", "unsustainable"),
        ("the vote", "a clear message"),
    ),
    "show": (
        ("the standard of the entries", "the best in years"),
        ("the turnout", "remarkable"),
        ("the weather", "kind to us"),
    ),
    "trade": (
        ("the quota", "a fair compromise"),
        ("the talks", "difficult but constructive"),
        ("the tariff", "a serious blow"),
    ),
    "farm": (
        ("the season", "a disaster"),
        ("the compensation", "a pittance"),
        ("the price", "daylight robbery"),
    ),
}

#: Split quotations by family: (first part, without its comma; second part, lower case, with its stop).
SPLITS84: dict[str, tuple[tuple[str, str], ...]] = {
    "min": (
        ("We have heard the farmers", "and we will act."),
        ("The money is there", "and it will be paid before Christmas."),
        ("This government stands behind its farmers", "whatever the weather brings."),
    ),
    "food": (
        ("Do not eat the affected batches", "and take them back to the shop for a refund."),
        ("Our inspectors found mould in the storage rooms", "and the plant has been closed."),
    ),
    "vet": (
        ("The disease is under control", "but we cannot relax yet."),
        ("Keep your birds indoors", "and report anything unusual to us."),
    ),
    "union": (
        ("Our members are exhausted", "and the supermarkets know it."),
        ("We warned the minister in writing", "more than once."),
        ("No farmer should have to sell below cost", "let alone be forced to."),
    ),
    "retail": (
        ("We pay our farmers fairly", "and we always will."),
        ("The affected packs are off our shelves", "and customers can claim a full refund."),
    ),
    "maker": (
        ("We have found the source of the problem", "and we have fixed it."),
        ("The plant will stay closed", "until the tests come back clear."),
    ),
    "analyst": (
        ("Prices will stay high", "at least until the next harvest."),
        ("The market was caught out", "and it is still catching up."),
    ),
    "camp": (
        ("The countryside is changing fast", "and not for the better."),
        ("We will keep marching", "until the minister listens."),
    ),
    "coop": (
        ("Our members built this business", "and they will decide its future."),
        ("The offer is on the table", "but it is not good enough."),
    ),
    "show": (
        ("The cattle lines were full by eight", "which tells you everything."),
        ("We nearly called it off", "but the farmers would not hear of it."),
    ),
    "trade": (
        ("The deal protects our farmers", "and opens new markets for them."),
        ("The quota is a ceiling", "not a target."),
    ),
    "farm": (
        ("We have been farming here for four generations", "and I will not be the last."),
        ("The rain came", "but it came two months too late."),
        ("I love this work", "but it is breaking us."),
    ),
}

#: Bodies that issue statements: (the name at a sentence's start, the names a key accepts for it, kind).
RETAILERS84 = (
    ("Harvestway", ("Harvestway",), "retail"),
    ("Greenbasket", ("Greenbasket",), "retail"),
    ("Orchard Vale Foods", ("Orchard Vale Foods", "Orchard Vale"), "maker"),
    ("Penrose Dairies", ("Penrose Dairies", "Penrose"), "maker"),
    ("Brambling", ("Brambling",), "maker"),
)

AGENCIES84 = (
    ("The Food Integrity Agency", ("Food Integrity Agency", "agency"), "food"),
    ("The Animal Health Directorate", ("Animal Health Directorate", "directorate"), "vet"),
    ("The Crop Protection Office", ("Crop Protection Office", "office"), "plant"),
)

UNIONS84 = (
    ("The National Growers' Federation", ("National Growers' Federation", "federation"), "union"),
    ("The Smallholders' Union", ("Smallholders' Union", "union"), "union"),
    ("The Upland Farmers' Alliance", ("Upland Farmers' Alliance", "alliance"), "union"),
    ("Agrivoice", ("Agrivoice",), "union"),
    ("The Inshore Fishers' Association", ("Inshore Fishers' Association", "association"), "union-fish"),
)

OTHERBODIES84 = (
    ("The Ministry of Land and Food", ("Ministry of Land and Food", "ministry"), "min"),
    ("The Rural Payments Office", ("Rural Payments Office", "office"), "min"),
    ("The Elmcote Dairy Co-operative", ("Elmcote Dairy Co-operative", "co-operative"), "coop"),
    ("Northfell Growers", ("Northfell Growers", "Northfell"), "coop"),
    ("The Hedgerow Trust", ("Hedgerow Trust", "trust"), "camp"),
    ("Fair Fields", ("Fair Fields",), "camp"),
    ("The Rural Lifeline Network", ("Rural Lifeline Network", "network"), "camp"),
    ("The Meat Exporters' Council", ("Meat Exporters' Council", "council"), "trade"),
    ("Hollins Cross Veterinary Practice", ("Hollins Cross Veterinary Practice",), "vet"),
    ("Farrow Lindqvist Bank", ("Farrow Lindqvist Bank", "Farrow Lindqvist", "bank"), "analyst"),
    ("Caldermont Capital", ("Caldermont Capital", "Caldermont"), "analyst"),
    ("Stradbury Bank", ("Stradbury Bank", "Stradbury", "bank"), "analyst"),
    ("The Tollbridge County Show", ("Tollbridge County Show", "show"), "show"),
    ("The Marrowby Agricultural Society", ("Marrowby Agricultural Society", "society"), "show"),
)

#: Quotations of bodies' statements by kind (no *I*, no apostrophes).
BODYQUOTES84: dict[str, tuple[str, ...]] = {
    "retail": (
        "We have removed every affected product from sale",
        "We are proud of the prices we pay our farmers",
        "Customers who bought the product can return it for a full refund",
    ),
    "maker": (
        "We are sorry for any concern this has caused our customers",
        "The safety of our food is our highest priority",
        "We are working closely with the agency on the recall",
    ),
    "union": (
        "Farmers cannot keep producing food at a loss",
        "The government must act before more farms go under",
        "Our members will not be taken for granted",
    ),
    "union-fish": (
        "These cuts will empty our harbours",
        "The fleet has done everything the scientists asked of it",
    ),
    "food": (
        "Anyone who has bought the product should not eat it",
        "The risk to the public remains low",
    ),
    "vet": (
        "Keepers must house their birds from midnight on Friday",
        "The risk to the public from this strain remains very low",
    ),
    "plant": (
        "Growers should report any sighting of the beetle at once",
        "Moving soil or seed potatoes out of the zone is now an offence",
    ),
    "coop": (
        "Our members have rejected the offer by a large majority",
        "The co-operative remains open to talks",
    ),
    "min": (
        "The government is committed to supporting farmers through this difficult time",
        "Applications for the relief fund open on Monday",
    ),
    "camp": (
        "The countryside cannot wait any longer for action",
        "Rural families deserve the same services as everyone else",
    ),
    "analyst": (
        "We expect prices to stay high well into next year",
        "The drought is the biggest risk to supply this season",
    ),
    "trade": (
        "Exporters welcome the new quota",
        "The tariff will cost our members dearly",
    ),
    "show": (
        "The show will go ahead as planned",
        "All cattle classes have been cancelled this year",
    ),
}

#: What a body says in a reported clause, by kind (the body may be *it*).
BODYCLAUSES84: dict[str, tuple[str, ...]] = {
    "retail": (
        "the affected packs had been removed from its shelves",
        "it paid its dairy farmers above the market price",
        "customers could return the product for a full refund",
    ),
    "maker": (
        "the recall covered three batches of soft cheese",
        "production at the plant had been suspended",
        "no illnesses had been linked to the product",
    ),
    "union": (
        "farmers were being paid less than the cost of production",
        "its members would keep protesting until the price was restored",
        "the trade deal would put small farms out of business",
    ),
    "union-fish": (
        "the quota cuts would force boats to stay in harbour",
        "its members had not been consulted",
    ),
    "food": (
        "samples from the plant had tested positive for listeria",
        "the product should not be eaten",
        "the plant would stay closed until further notice",
    ),
    "vet": (
        "the disease had been confirmed on a second farm",
        "a ten-kilometre surveillance zone had been set up",
        "the risk to human health was very low",
    ),
    "plant": (
        "the beetle had been found in three more fields",
        "growers in the area should check their crops every week",
        "the pest had probably arrived in a shipment of seed potatoes",
    ),
    "coop": (
        "its members had voted to reject the new contract",
        "the price cut would cost each farm thousands a year",
        "it would go on supplying the processor while talks went on",
    ),
    "min": (
        "the relief fund would open on Monday",
        "farmers would receive their payments before Christmas",
        "the ban on moving cattle would be lifted next week",
    ),
    "camp": (
        "the subsidy changes would hurt small farms most",
        "hedgerow grants had been cut by a third",
        "rural bus routes were closing faster than ever",
    ),
    "analyst": (
        "wheat prices would rise by a tenth before the harvest",
        "the drought would cut the barley crop by a quarter",
        "milk prices would recover by the spring",
    ),
    "trade": (
        "the quota would be reviewed in two years",
        "exports of lamb had fallen for a third year",
    ),
    "show": (
        "entries were up on last year",
        "the cattle classes had been cancelled because of the outbreak",
    ),
}

#: An agency's documents by mode: (the noun after *its*, the noun after *The*).
DOCS84: dict[str, tuple[tuple[str, str], ...]] = {
    "food": (("inspection report", "report"), ("hygiene audit", "audit")),
    "vet": (("risk assessment", "assessment"), ("outbreak report", "report")),
    "plant": (("pest survey", "survey"), ("risk assessment", "assessment")),
}

#: What an agency's document found, by mode (reported clauses).
FINDINGS84: dict[str, tuple[str, ...]] = {
    "food": (
        "the plant had failed three hygiene checks in a row",
        "staff had ignored the temperature alarms in the cold store",
        "listeria had been found on two slicing machines",
    ),
    "vet": (
        "the disease had probably been brought in by wild birds",
        "cattle had been moved off the farm without a licence",
        "the outbreak had begun at least a fortnight before it was reported",
    ),
    "plant": (
        "the beetle had spread along the river valley",
        "the infested seed had come from a single supplier",
        "the pest could cut potato yields by half",
    ),
}

#: What a document's text says, by mode (quoted from the document; no apostrophes).
DOCQUOTES84: dict[str, tuple[str, ...]] = {
    "food": (
        "Raw meat was stored above ready-to-eat food in the main cold room",
        "The cleaning records had been filled in weeks in advance",
        "Staff had not been trained in basic food hygiene",
    ),
    "vet": (
        "The virus was most likely carried onto the farm by wild birds",
        "Movements of cattle between the two farms were not recorded",
        "There is no evidence of spread beyond the protection zone",
    ),
    "plant": (
        "The beetle is now established in at least four parishes",
        "Imported seed was the most likely source",
        "There is no evidence that the pest has reached the western valleys",
    ),
}

#: What a document recommends (a subjunctive clause), by mode.
RECS84: dict[str, tuple[str, ...]] = {
    "food": ("the plant retrain every member of its staff", "all ready-to-eat products be tested weekly"),
    "vet": ("poultry in the county be kept indoors until the spring", "every cattle movement be recorded"),
    "plant": ("growers burn any infested haulm", "imported seed be checked at the port"),
}

#: Events by mode (noun phrases; the object of *described ... as*).
EVENTS84: dict[str, tuple[str, ...]] = {
    "food": (
        "the listeria outbreak at the Wenlow cheese plant",
        "the salmonella cases linked to the Scarrow bakery",
    ),
    "vet": ("the bird flu outbreak near Marrowby", "the bluetongue cases in the Kelmoor valley"),
    "plant": ("the spread of the potato beetle in Fordingley", "the blight in the Aldcastle orchards"),
}

#: Fragments a document applies to an event (no apostrophes).
DOCFRAGS84 = ("entirely avoidable", "a failure of basic biosecurity", "the result of years of lax checks")

#: Alerts an agency issues, by mode: (the noun, the names a key accepts for the document).
ALERTS84 = {
    "food": ("recall notice", ("recall notice", "notice")),
    "vet": ("disease alert", ("disease alert", "alert")),
    "plant": ("pest alert", ("pest alert", "alert")),
}

#: An agency's chief, by mode (the role noun after *AGENCY's*).
CHIEFS84 = {
    "food": "chief inspector",
    "vet": "chief veterinary officer",
    "plant": "chief plant health officer",
}

#: Farmers', growers' and fishers' jobs: (the phrase after *a*, the role noun a title holds, sector pool).
JOBS84 = (
    ("dairy farmer", "dairy farmer", "farm"),
    ("apple grower", "apple grower", "grow"),
    ("trawler skipper", "skipper", "fish"),
    ("sheep farmer", "sheep farmer", "farm"),
    ("potato grower", "potato grower", "grow"),
    ("creel fisher", "fisher", "fish"),
    ("beef farmer", "beef farmer", "farm"),
    ("market gardener", "market gardener", "grow"),
    ("goat herder", "herder", "farm"),
)

#: Seasonal workers' jobs: (the phrase after *a*, the role noun a title holds).
PICKJOBS84 = (("fruit picker", "picker"), ("packhouse worker", "packhouse worker"), ("farmhand", "farmhand"))

#: What a farmer was doing when the news came, by sector (`{poss}` stands for *her* or *his*).
SAW84 = {
    "farm": "was checking {poss} ewes on the hill when the snow came in",
    "grow": "was out in {poss} fields at dawn the morning after the frost",
    "fish": "was mending {poss} nets on the quay when the quota was announced",
}

#: Where a seasonal worker was when the hail came.
WHERE84 = ("picking in the top orchard", "loading crates in the yard", "out in the strawberry tunnels")

#: What a farmer farms, by sector (a relative clause: no title).
FARMS84 = {
    "farm": "who keeps 300 ewes on the hills above {town}",
    "grow": "who grows apples and pears outside {town}",
    "fish": "who has fished out of {port} for 25 years",
}

#: Scenes where officials speak and visit.
SCENES84 = (
    "the Tollbridge County Show",
    "the Aldcastle livestock market",
    "Highfold Farm",
    "the Marrowby Spring Fair",
    "the harbour at Skellmouth",
)

#: Shows where ministers and stewards speak.
SHOWS84 = ("the Tollbridge County Show", "the Marrowby Spring Fair", "the Aldcastle Winter Fair")

TOWNS84 = ("Tollbridge", "Marrowby", "Aldcastle", "Kelmoor", "Wenlow", "Fordingley", "Scarrow")

PORTS84 = ("Skellmouth", "Harrowhaven", "Port Allard")

FARMNAMES84 = ("Highfold Farm", "Coldharbour Farm", "Wenlow Poultry Farm", "Brackside Farm")

OUTLETS84 = ("the Kelmoor Courier", "Radio Wenlow", "Furrow magazine", "the Country Ledger")

DATES84 = ("Tuesday", "3 April", "Friday", "17 September", "Monday")

POLICE84 = (
    ("Kelmoor Police", ("Kelmoor Police", "police")),
    ("Aldcastle Constabulary", ("Aldcastle Constabulary",)),
)

#: What the police say about a protest.
POLICECLAUSES84 = (
    "two people had been arrested on suspicion of obstructing the highway",
    "the protest had passed off peacefully",
    "the ring road would stay closed until the evening",
)

#: Invented trading partners (never speakers).
PARTNERS84 = ("Tamberland", "Veskoria", "the Ostrin Republic")

#: Food products a company recalls.
PRODUCTS84 = (
    "two batches of its soft cheese",
    "a range of chilled desserts",
    "three batches of its fruit yoghurt",
)

#: Why a product was recalled (a clause after *after*: no speaker).
REASONS84 = (
    "traces of listeria were found in routine tests",
    "pieces of plastic were found in two packs",
    "a customer reported a strong chemical smell",
)

#: Narrative sentences that report nothing.
NARRATIVE84 = (
    "Combines worked through the night on Thursday to bring in the last of the barley.",
    "The river burst its banks near Fordingley, flooding more than 2,000 acres of farmland.",
    "Queues of tractors stretched back a mile from the grain store at Aldcastle.",
    "The first lambs of the season were born at Highfold Farm on Monday.",
    "Prices at the Aldcastle livestock market fell for a fourth week.",
    "Frost settled on the orchards around Wenlow for the third night running.",
)

#: Open cue verbs of a reported clause (*warned* and *cautioned* take their clause with *that* only: `CUES84`
#: minus those two is `BARECUES84`, for a clause without *that*).
CUES84 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "stressed",
    "confirmed",
    "admitted",
    "maintained",
    "cautioned",
    "predicted",
    "argued",
    "complained",
)
BARECUES84 = tuple(c for c in CUES84 if c not in ("warned", "cautioned"))

#: Names and words in marks that nobody says.
VARIETIES84 = ("Kelmoor Gold", "Winter Blush", "Scarrow Russet")
BRANDS84 = ("Farmhouse Best", "Simply Fresh", "Meadow Select")
SCHEMES84 = ("Greener Acres", "Farm Forward", "Roots and Shoots")
CLASSES84 = ("Champion of Champions", "Young Handler of the Year", "Best Pair of Ewes")
FIELDNICKS84 = ("the Bog", "Wet Acre", "Gallows Piece")
PLACARDS84 = ("Pay the Grower", "Fair Prices Now", "Keep Farming Alive")
SCARE84 = ("lab-grown", "shrinkflation", "frankenfood")

#: What a union leader accuses a retailer (or, for fishers, the ministry) of, by pool (the words in marks
#: after *of*).
ACCUSE84: dict[str, tuple[str, ...]] = {
    "union": (
        "paying farmers less than it costs to produce milk",
        "using farmers as ammunition in a price war",
        "breaking every promise it made to its suppliers",
    ),
    "union-fish": ("ignoring the people who actually fish", "sacrificing the fleet to close a trade deal"),
}

#: What a campaigner accuses the ministry of (the words in marks after *of*).
ACCUSECAMP84 = (
    "abandoning the countryside",
    "treating farmers as an afterthought",
    "governing from a spreadsheet",
)

#: Whom a union represents, by pool.
MEMBERS84 = {"union": "12,000 farmers", "union-fish": "900 fishers"}

#: What a processor says back in a price dispute (reported clauses).
PRICECLAUSES84 = (
    "the new price reflected what the market would bear",
    "it had paid above the national average for two years",
    "the cut had been forced on it by the supermarkets",
)

#: What a trade agreement states (present-tense clauses).
DEALTERMS84 = (
    "up to 40,000 tonnes of lamb may be imported each year",
    "the tariff on beef will fall to zero over ten years",
    "the quota will be reviewed after two years",
)

#: What payment guidance says (present-tense clauses).
GUIDANCE84 = (
    "farmers must apply for the new payments by the end of June",
    "hedges must not be cut between March and August",
    "no payment will be made for land left bare over the winter",
)

#: Where an inspector presents a document's findings.
VENUES84 = ("a briefing in Kelmoor", "the county hall in Aldcastle", "a meeting of growers in Wenlow")
