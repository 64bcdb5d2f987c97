"""Slot fillers of the eighty-first held-out round (``heldout81.py``), a round of ENERGY, MINING AND UTILITIES
as an energy and resources desk writes it: invented ministers of energy, regulators, utility and mining
company executives and spokespeople, analysts at banks and consultancies, union officials, mine workers,
landowners and community leaders near projects, and environmental campaigners (each with a gender, a culture
and an age); posts with their bodies, the short second reference (`the analyst`) and the voice they speak in;
ministers' posts; descriptions of people near a project (`a sheep farmer whose land borders the pit`) and of
workers; bodies that issue statements (companies, a regulator, a union, a campaign group, a ministry; some of
one word), each with the common noun a desk uses for it on second reference (`the miner`, `the utility`) and
its own statement words and reported clauses; documents that find or conclude; outlets; banks; places;
quotations, reported clauses and pointed fragments in each voice (a utility, a resident, a regulator, a
consumer group, an executive, an analyst, a union, management, a campaigner, a polluter, an inspector, a
company at a hearing, a community, a minister, the opposition); split quotations; lead sentences and narrative
sentences that report nothing; and project names, vessel names, nicknames, placard slogans, scare terms,
tariff names and report titles that sit in marks and nobody says.

Every name, body, place, project, vessel and sentence here was written for this round; all of them are
invented."""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS81 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS81 = (*MARKS81, Mark("\u2018", "\u2019"))

WOMEN81 = (
    Person("Ingrid Solbakken", "Solbakken", "f", "Norwegian", 51),
    Person("Thandeka Mahlangu", "Mahlangu", "f", "Zulu", 44),
    Person("Carys Pritchard", "Pritchard", "f", "Welsh", 38),
    Person("Aroha Tipene", "Tipene", "f", "Maori", 46),
    Person("Bridget Halloran", "Halloran", "f", "Irish", 57),
    Person("Oksana Verbytska", "Verbytska", "f", "Ukrainian", 42),
    Person("Fernanda Quiroga", "Quiroga", "f", "Chilean", 35),
    Person("Wanjiru Kariuki", "Kariuki", "f", "Kikuyu", 49),
    Person("Maren Eckhoff", "Eckhoff", "f", "German", 53),
    Person("Anjali Raghunathan", "Raghunathan", "f", "Tamil", 40),
    Person("Rosalind Achterberg", "Achterberg", "f", "Dutch", 62),
    Person("Funmilayo Oyelaran", "Oyelaran", "f", "Yoruba", 45),
    Person("Catriona MacAskill", "MacAskill", "f", "Scottish", 59),
    Person("Paulina Zielinska", "Zielinska", "f", "Polish", 33),
    Person("Leonor Bettencourt", "Bettencourt", "f", "Portuguese", 48),
)

MEN81 = (
    Person("Torbjorn Haugland", "Haugland", "m", "Norwegian", 60),
    Person("Sipho Ndlovu-Mabena", "Ndlovu-Mabena", "m", "Zulu", 47),
    Person("Gareth Pennant", "Pennant", "m", "Welsh", 55),
    Person("Rangi Whaanga", "Whaanga", "m", "Maori", 39),
    Person("Emeka Obiakor", "Obiakor", "m", "Igbo", 52),
    Person("Dmytro Savchuk", "Savchuk", "m", "Ukrainian", 36),
    Person("Rodrigo Calderini", "Calderini", "m", "Chilean", 58),
    Person("Otieno Wambugu", "Wambugu", "m", "Luo", 43),
    Person("Henrik Vollmer", "Vollmer", "m", "German", 50),
    Person("Arjun Venkataraman", "Venkataraman", "m", "Tamil", 41),
    Person("Wouter Brinkhorst", "Brinkhorst", "m", "Dutch", 64),
    Person("Brody Callaghan", "Callaghan", "m", "Australian", 37),
    Person("Hamid Rezaei", "Rezaei", "m", "Persian", 54),
    Person("Tomasz Gieldon", "Gieldon", "m", "Polish", 46),
    Person("Ewan Carmichael", "Carmichael", "m", "Scottish", 61),
)

PEOPLE81 = tuple(p for pair in zip(WOMEN81, MEN81, strict=True) for p in pair)


@frozen
class Post81:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and the
    body or place), the short second reference (`the analyst`; `{s}` again), the body it belongs to (never a
    speaker of a person's words; empty when the post names none) and the voice whose quotations and clauses
    fit the post."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    topic: str

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


NV_SPOKES81 = Post81(
    "a {s} for Northvale Power",
    "Northvale Power {s}",
    ("spokes", "Northvale Power"),
    "the {s}",
    "Northvale Power",
    "outage",
)
NV_OPS81 = Post81(
    "operations director at Northvale Power",
    "Northvale Power operations director",
    ("operations director", "Northvale Power"),
    "the operations director",
    "Northvale Power",
    "outage",
)
TW_NETWORKS81 = Post81(
    "head of networks at Tarrock Water",
    "Tarrock Water head of networks",
    ("head of networks", "Tarrock Water"),
    "the networks chief",
    "Tarrock Water",
    "outage",
)
GPA_DG81 = Post81(
    "director general of the Grid Pricing Authority",
    "Grid Pricing Authority Director General",
    ("director general", "Grid Pricing Authority"),
    "the director general",
    "the Grid Pricing Authority",
    "price",
)
PELLWORTH81 = Post81(
    "a director at the consultancy Pellworth Insight",
    "Pellworth Insight director",
    ("director", "Pellworth Insight"),
    "the consultant",
    "Pellworth Insight",
    "price",
)
VOLTRA_CEO81 = Post81(
    "chief executive of Voltra",
    "Voltra chief executive",
    ("chief executive", "Voltra"),
    "the chief executive",
    "Voltra",
    "price",
)
BILLWISE81 = Post81(
    "director of the consumer group Billwise",
    "Billwise director",
    ("director", "Billwise"),
    "the consumer campaigner",
    "Billwise",
    "consumer",
)
KESTREL_CEO81 = Post81(
    "chief executive of Kestrel Mining",
    "Kestrel Mining chief executive",
    ("chief executive", "Kestrel Mining"),
    "the chief executive",
    "Kestrel Mining",
    "earnings",
)
FERRO_CEO81 = Post81(
    "chief executive of Ferrocrest",
    "Ferrocrest chief executive",
    ("chief executive", "Ferrocrest"),
    "the chief executive",
    "Ferrocrest",
    "earnings",
)
HALCYON_CFO81 = Post81(
    "chief financial officer of Halcyon Gas",
    "Halcyon Gas chief financial officer",
    ("chief financial officer", "Halcyon Gas"),
    "the finance chief",
    "Halcyon Gas",
    "earnings",
)
ANALYST81 = Post81(
    "an analyst at Corrigan Brothers",
    "Corrigan Brothers analyst",
    ("analyst", "Corrigan Brothers"),
    "the analyst",
    "Corrigan Brothers",
    "analyst",
)
UNION_GS81 = Post81(
    "general secretary of the Mine and Quarry Workers' Union",
    "Mine and Quarry Workers' Union general secretary",
    ("general secretary", "Mine and Quarry Workers' Union"),
    "the union leader",
    "the Mine and Quarry Workers' Union",
    "strike",
)
STEWARD81 = Post81(
    "a shop steward at the Tarrock pit",
    "Tarrock pit shop steward",
    ("shop steward", "Tarrock pit"),
    "the shop steward",
    "the Tarrock pit",
    "strike",
)
CAMPAIGNER81 = Post81(
    "a campaigner with Clearwater Watch",
    "Clearwater Watch campaigner",
    ("campaigner", "Clearwater Watch"),
    "the campaigner",
    "Clearwater Watch",
    "spill",
)
REFINERY81 = Post81(
    "operations manager at the Brannock refinery",
    "Brannock refinery operations manager",
    ("operations manager", "Brannock refinery"),
    "the refinery manager",
    "the Brannock refinery",
    "spillco",
)
MINISTER81 = Post81(
    "the energy minister", "Energy Minister", ("energy minister",), "the minister", "", "minister"
)
RESIDENTS81 = Post81(
    "chair of the Tarrock Valley Residents' Association",
    "Tarrock Valley Residents' Association chair",
    ("chair", "Tarrock Valley Residents' Association"),
    "the chair",
    "the Tarrock Valley Residents' Association",
    "community",
)
INSPECTOR81 = Post81(
    "chief inspector at the Mines Safety Inspectorate",
    "Mines Safety Inspectorate chief inspector",
    ("chief inspector", "Mines Safety Inspectorate"),
    "the chief inspector",
    "the Mines Safety Inspectorate",
    "inspector",
)

POSTS81 = (
    NV_SPOKES81,
    NV_OPS81,
    TW_NETWORKS81,
    GPA_DG81,
    PELLWORTH81,
    VOLTRA_CEO81,
    BILLWISE81,
    KESTREL_CEO81,
    FERRO_CEO81,
    HALCYON_CFO81,
    ANALYST81,
    UNION_GS81,
    STEWARD81,
    CAMPAIGNER81,
    REFINERY81,
    MINISTER81,
    RESIDENTS81,
    INSPECTOR81,
)

#: Ministers' posts (each with its article after the name) and the opposition's spokes-post.
MINPOSTS81 = (
    MINISTER81,
    Post81(
        "the minister for energy and mines",
        "Energy and Mines Minister",
        ("minister", "energy", "mines"),
        "the minister",
        "",
        "minister",
    ),
    Post81(
        "the deputy energy minister",
        "Deputy Energy Minister",
        ("deputy energy minister",),
        "the deputy minister",
        "",
        "minister",
    ),
    Post81(
        "the resources minister",
        "Resources Minister",
        ("resources minister",),
        "the minister",
        "",
        "minister",
    ),
)
OPPOSITION81 = Post81(
    "the opposition's energy {s}",
    "opposition energy {s}",
    ("energy spokes", "opposition"),
    "the {s}",
    "",
    "opposition",
)

#: Descriptions of people who live or work near a project: (the description after a name, the parts a title
#: must hold).
DESCS81 = (
    ("a sheep farmer whose land borders the pit", ("sheep farmer",)),
    ("a retired miner from Ashby", ("retired miner",)),
    ("a landowner near the proposed pylon route", ("landowner",)),
    ("a parish councillor in Ashby", ("parish councillor", "Ashby")),
    ("a community leader in Pellmoor", ("community leader", "Pellmoor")),
    ("a cafe owner near the Corran Bay terminal", ("cafe owner",)),
    ("a boat owner in Corran Bay", ("boat owner",)),
    ("a retired teacher in Halden", ("retired teacher",)),
)

#: Descriptions of workers: (after a name, the parts a title must hold).
WORKERS81 = (
    ("a winder operator at the Tarrock pit", ("winder operator", "Tarrock pit")),
    ("a fitter at the Ferrocrest smelter", ("fitter", "Ferrocrest")),
    ("an underground electrician", ("underground electrician",)),
    ("a haul truck driver at the Tarrock pit", ("haul truck driver", "Tarrock pit")),
    ("a furnace operator at the Ferrocrest smelter", ("furnace operator", "Ferrocrest")),
)

#: Villages a resident lives in.
VILLAGES81 = ("Ashby", "Pellmoor", "Halden", "Corran Bay")


@frozen
class Body81:
    """A body that issues statements: its name at a sentence's start, the names a key accepts for it, the
    common noun a desk uses for it on second reference (`the miner`), two quotations of its statements (no
    *I*) and two clauses it reports."""

    name: str
    accepted: tuple[str, ...]
    noun: str
    quotes: tuple[str, str]
    clauses: tuple[str, str]

    @property
    def low(self) -> str:
        """The name inside a sentence: `the Grid Pricing Authority`, `Voltra`."""
        return "the " + self.name[4:] if self.name.startswith("The ") else self.name

    @property
    def bare(self) -> str:
        """The name without its article."""
        return self.name[4:] if self.name.startswith("The ") else self.name


KESTREL81 = Body81(
    "Kestrel Mining",
    ("Kestrel Mining", "Kestrel"),
    "the miner",
    (
        "The safety of our workforce comes before production",
        "The extension meets every environmental standard",
    ),
    ("production at the pit would resume next week", "it had received no formal offer for its coal business"),
)
NORTHVALE81 = Body81(
    "Northvale Power",
    ("Northvale Power", "Northvale"),
    "the utility",
    (
        "Supply has been restored to all affected customers",
        "Our engineers will keep working through the night",
    ),
    ("power had been restored to 9,000 homes", "customers would be compensated automatically"),
)
GPA81 = Body81(
    "The Grid Pricing Authority",
    ("Grid Pricing Authority",),
    "the regulator",
    ("The new cap reflects the fall in wholesale costs", "Suppliers must treat customers in debt fairly"),
    ("the cap would fall by 6 per cent in July", "three suppliers were under investigation"),
)
HALCYON81 = Body81(
    "Halcyon Gas",
    ("Halcyon Gas", "Halcyon"),
    "the company",
    ("The leak was isolated within the hour", "We will publish our findings in full"),
    ("the platform had been shut as a precaution", "quarterly profit had fallen by a third"),
)
UNION81 = Body81(
    "The Mine and Quarry Workers' Union",
    ("Mine and Quarry Workers' Union",),
    "the union",
    ("Our members will not be bullied back to work", "The offer falls far short of what was promised"),
    ("its members had rejected the offer", "the strike would continue into a second week"),
)
CLEARWATER81 = Body81(
    "Clearwater Watch",
    ("Clearwater Watch",),
    "the group",
    ("The estuary deserves better than a press release", "Every licence should come with a clean-up bond"),
    ("dead fish had been found along two miles of the river", "its earlier warnings had been ignored"),
)
VOLTRA81 = Body81(
    "Voltra",
    ("Voltra",),
    "the supplier",
    ("We are sorry for the billing errors", "No customer will be out of pocket"),
    ("the billing error had affected about 40,000 accounts", "refunds would be paid by the end of the month"),
)
FERROCREST81 = Body81(
    "Ferrocrest",
    ("Ferrocrest",),
    "the iron ore miner",
    ("The smelter remains central to our plans", "We expect shipments to recover in the spring"),
    ("shipments had fallen by a tenth", "the smelter would keep running through the dispute"),
)
MINISTRY81 = Body81(
    "The Ministry of Energy",
    ("Ministry of Energy", "Energy Ministry"),
    "the ministry",
    ("The grid is ready for the winter", "Every application is assessed on its merits"),
    ("no decision had been taken on the pipeline", "household support would continue until March"),
)
TARROCKWATER81 = Body81(
    "Tarrock Water",
    ("Tarrock Water",),
    "the utility",
    ("The water is safe to drink", "We apologise for the low pressure in parts of the valley"),
    ("the boil notice would be lifted on Friday", "pressure was returning to normal"),
)

BODIES81 = (
    KESTREL81,
    NORTHVALE81,
    GPA81,
    HALCYON81,
    UNION81,
    CLEARWATER81,
    VOLTRA81,
    FERROCREST81,
    MINISTRY81,
    TARROCKWATER81,
)
#: The bodies of one part of the beat.
UTILITIES81 = (NORTHVALE81, TARROCKWATER81)
COMPANIES81 = (KESTREL81, HALCYON81, FERROCREST81)
POLLUTERS81 = (HALCYON81, KESTREL81, FERROCREST81)

#: Documents that find or conclude: (the name after *The*, the names a key accepts for it, what it found).
DOCS81 = (
    (
        "environmental impact assessment for the Tarrock extension",
        (
            "environmental impact assessment for the Tarrock extension",
            "environmental impact assessment",
            "assessment",
        ),
        "dust from the haul road had been underestimated",
    ),
    (
        "Halden Inquiry's interim report",
        ("Halden Inquiry's interim report", "interim report", "report", "Halden Inquiry", "inquiry"),
        "the outage could have been shortened by several hours",
    ),
    (
        "regulator's review of standing charges",
        ("regulator's review of standing charges", "review of standing charges", "review", "regulator"),
        "standing charges should be cut for the smallest users",
    ),
    (
        "safety inspectorate's report into the blast",
        (
            "safety inspectorate's report into the blast",
            "safety inspectorate's report",
            "report",
            "safety inspectorate",
            "inspectorate",
        ),
        "a faulty gas detector had been left in service for a month",
    ),
)

OUTLETS81 = ("the Coalfield Herald", "Radio Tarrock", "the Mining Gazette", "Grid Weekly")
BANKS81 = ("Corrigan Brothers", "Stanway Capital", "Holmfirth Reade")

PLACES81 = (
    "the Tarrock pit",
    "the Halden substation",
    "the Brannock refinery",
    "the Corran Bay terminal",
    "the Pellmoor wind farm",
    "Ashby village hall",
)

DAYS81 = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday")

#: Lead sentences of an outage story (a named storm among them: never a speaker).
OUTAGE_LEADS81 = (
    "Storm Idris brought down power lines across the valley on Monday night.",
    "Thousands of homes in the Tarrock valley spent a second night without heating.",
    "A fault at the Halden substation cut power to much of the town on Sunday.",
    "Supply was cut to three villages after a digger struck an underground cable.",
)
STORMS81 = ("Storm Idris", "Idris")

#: Quotations by the voice of a post or a person (first person, no name inside).
QUOTES81 = {
    "outage": (
        "We know how hard a night without heating is for families",
        "Our crews will keep working until every home is back on",
        "The storm damaged more lines in one night than we usually see in a year",
        "I would ask customers to keep well away from fallen cables",
        "We expect most homes to have power back by this evening",
        "The network held up better than it did two winters ago",
    ),
    "resident": (
        "We have been cooking on a camping stove since Sunday",
        "Nobody from the company has told us anything",
        "The freezer is full of food we will have to throw away",
        "We sat in the dark with our coats on all night",
    ),
    "price": (
        "The cap is doing exactly what it was designed to do",
        "We will not let suppliers pocket the fall in wholesale costs",
        "I understand why people are angry about their bills",
        "This rise is smaller than many had feared",
        "Wholesale prices are still the biggest driver of bills",
        "We expect the cap to ease again in the autumn",
    ),
    "consumer": (
        "Households cannot take another winter like the last one",
        "Standing charges hit the smallest users hardest",
        "Pensioners are rationing their heating again",
        "Suppliers have had a very good year at our expense",
    ),
    "earnings": (
        "The numbers this quarter speak for themselves",
        "We expect production to recover in the second half",
        "There is no appetite on the board for another acquisition",
        "Higher prices have done a lot of the heavy lifting for us",
        "We are not going to chase volume at any cost",
        "I am comfortable with where the balance sheet sits",
    ),
    "analyst": (
        "The market has been too gloomy on this company",
        "The dividend looks safe for now",
        "Costs are the number to watch this year",
        "I would not be surprised by a writedown in the spring",
    ),
    "strike": (
        "Our members will not go back underground until the shafts are safe",
        "This pit has given the town work for sixty years",
        "Nobody wants a strike in the middle of winter",
        "I have worked this seam since I was seventeen",
        "We were promised a pay rise and we got a letter",
        "The company has pushed our members too far",
    ),
    "management": (
        "We are ready to sit down with the union tomorrow",
        "The offer on the table is the best we can afford",
        "We cannot run a pit that loses money every month",
        "Safety at the pit has never had more investment",
    ),
    "spill": (
        "The river has not looked like this in my lifetime",
        "We found dead fish for two miles downstream",
        "Every drop that reached the estuary is one too many",
        "The clean-up will take months rather than weeks",
        "This is the third leak in two years",
        "Somebody has to be held to account for this",
    ),
    "spillco": (
        "Nobody at this company takes a spill lightly",
        "We are co-operating fully with the inspectors",
        "The leak was found and stopped within hours",
        "We will pay for every part of the clean-up",
    ),
    "inspector": (
        "We will follow the evidence wherever it leads",
        "It is too early to say what caused the blast",
        "Every mine in the country will be inspected by the summer",
        "The rules on gas detectors are not optional",
    ),
    "hearing": (
        "We have met every condition the licence set out",
        "The blasting would be limited to daylight hours",
        "The extension will keep four hundred people in work",
        "We have listened to every objection",
        "I have read every page of the assessment",
    ),
    "community": (
        "My family has farmed this valley for four generations",
        "The trucks start at six and do not stop until dark",
        "Nobody asked us whether we wanted a pylon at the end of the garden",
        "The wind farm has paid for the new school roof",
        "We are not against the mine but we want a say",
        "You can taste the dust on a dry day",
        "Nobody from the company ever knocked on my door",
        "The water table under this valley is not a theory",
    ),
    "minister": (
        "The lights will stay on this winter",
        "Every licence we grant comes with strict conditions",
        "We will not be held to ransom by any supplier",
        "I have asked for a full report on the outage by Friday",
        "This government backs the wind industry",
        "Nobody in this country should have to choose between heating and eating",
    ),
    "opposition": (
        "The minister has been asleep at the wheel",
        "Families deserve a plan, not a press release",
        "This is the third promise on bills the government has broken",
        "The windfall levy has vanished into the Treasury",
    ),
}

#: Reported clauses by voice (third person, no name inside).
CLAUSES81 = {
    "outage": (
        "about 14,000 homes were still without power",
        "crews had restored supply to most of the valley overnight",
        "the fault at the substation had been traced to a flooded cable",
        "customers who lost power for more than two days would be compensated",
        "the last farms might not be reconnected until Friday",
        "mobile generators had been sent to the care homes",
    ),
    "resident": (
        "the family had been without heating since Sunday",
        "nobody had answered the helpline for hours",
        "the village had lost power three times this winter",
    ),
    "price": (
        "the price cap would rise by 9 per cent in April",
        "the average annual bill would fall by about a tenth",
        "prepayment customers would no longer pay more than others",
        "the cap would be reviewed every three months",
        "wholesale costs had fallen faster than expected",
        "bills were likely to ease in the autumn",
    ),
    "consumer": (
        "standing charges were too high for low-income households",
        "prepayment customers were being left behind",
        "suppliers had been slow to pass on lower wholesale costs",
        "complaints about billing had doubled",
    ),
    "earnings": (
        "output at the smelter fell by a fifth in the quarter",
        "the dividend would be held at last year's level",
        "costs would rise in the second half",
        "debt had been cut for a third straight quarter",
        "the new furnace was running ahead of schedule",
        "the board had no plans to sell the coal business",
    ),
    "analyst": (
        "the dividend looked safe for another year",
        "the market had been too gloomy on the company",
        "costs were the main risk to the shares",
        "a writedown was likely in the spring",
    ),
    "strike": (
        "the strike would go ahead on Monday",
        "the union had not been consulted on the closures",
        "members had voted four to one to walk out",
        "the ventilation fans had failed twice in a month",
        "the pay offer had been withdrawn without warning",
        "the night shift had refused to go underground",
    ),
    "management": (
        "the company had offered a 4 per cent rise",
        "the pit would close for good unless costs fell",
        "safety inspections had found no fault with the fans",
        "talks would resume at the conciliation service on Thursday",
    ),
    "spill": (
        "about 3,000 litres of diesel had reached the river",
        "booms would stay in the estuary until the weekend",
        "the company had failed to report the leak for six hours",
        "oil had been found on the beach at Corran Bay",
        "the fishery would stay closed for a month",
        "the leak had been going on for days",
    ),
    "spillco": (
        "the leak had been contained by Tuesday evening",
        "drinking water in the valley was safe",
        "the pipeline had been shut as a precaution",
        "the company would pay for the clean-up",
    ),
    "inspector": (
        "inspectors had found no record of the detector being tested",
        "the investigation could take a year",
        "the company could face prosecution",
        "samples had been sent to a laboratory",
    ),
    "hearing": (
        "the company had met every condition of its licence",
        "the extension would double the size of the pit",
        "blasting would be limited to daylight hours",
        "the pit would employ another 120 people",
        "dust monitors would be installed at the school",
        "the haul road would be moved away from the village",
    ),
    "community": (
        "the trucks had cracked the walls of several cottages",
        "the village had been promised a community fund",
        "nobody had explained the route of the pipeline to residents",
        "the wind farm had brought jobs to the valley",
        "the spring on the farm had run dry since the blasting began",
        "the meeting had been called at too short notice",
        "the licence should be refused",
        "the assessment had underestimated the dust from the haul road",
    ),
    "minister": (
        "the government would not extend the windfall levy",
        "new licences would require a plan for restoring the land",
        "the grid had enough reserve capacity for the winter",
        "the state would not buy a stake in the smelter",
        "a decision on the pipeline would be taken by the summer",
        "support for household bills would continue until March",
    ),
    "opposition": (
        "the government had no plan for the winter",
        "the windfall levy had been wasted",
        "the minister had ignored three warnings about the grid",
        "bills would keep rising under the current rules",
    ),
}

#: (what a fragment is said of, the pointed fragment), by voice.
FRAGS81 = {
    "outage": (("the response", "slow and chaotic"), ("the repair work", "a huge effort by the crews")),
    "resident": (("the helpline", "useless"), ("the compensation", "an insult")),
    "price": (("the new cap", "fair and long overdue"), ("the rise", "smaller than many had feared")),
    "consumer": (("the rise", "a kick in the teeth for pensioners"), ("the cap", "a bad joke")),
    "earnings": (
        ("the quarter", "a solid result in a tough market"),
        ("the writedown", "painful but necessary"),
    ),
    "analyst": (("the result", "better than feared"), ("the outlook", "cautious but credible")),
    "strike": (
        ("the offer", "an insult to every miner"),
        ("the ballot result", "a clear message to the board"),
    ),
    "management": (("the strike", "deeply damaging"), ("the union's pay claim", "simply unaffordable")),
    "spill": (("the clean-up", "too little, too late"), ("the spill", "entirely preventable")),
    "spillco": (("the leak", "a serious failure"), ("the response", "fast and thorough")),
    "inspector": (("the detector", "unfit for service"), ("the safety record", "not good enough")),
    "hearing": (("the review of objections", "careful and fair"), ("the extension", "vital for the town")),
    "community": (("the community fund", "small change"), ("the consultation", "a box-ticking exercise")),
    "minister": (("the opposition's plan", "a fantasy"), ("the strike", "deeply regrettable")),
    "opposition": (("the plan", "a gift to the big suppliers"), ("the levy", "a reckless gamble")),
}

#: Split quotations: (the first part, without its comma; the second, from lower case to its full stop).
SPLITS81 = (
    ("We have restored power to most of the valley", "but some farms could wait until Friday."),
    ("The leak is contained", "and the river is being tested every hour."),
    ("Nobody wants a strike", "but our members have run out of patience."),
    ("Prices will come down", "though not as quickly as people would like."),
    ("The seam is still productive", "but the cost of reaching it keeps rising."),
    ("We take every complaint seriously", "and this one will be no different."),
    ("The licence has strict conditions", "and we will enforce every one of them."),
    ("It was a difficult quarter", "but the cash kept coming in."),
)

#: Narrative sentences that report nothing.
NARRATIVE81 = (
    "Engineers worked through the night to repair the damaged cable.",
    "The new price cap takes effect on the first of April.",
    "Shares in the miner closed 4 per cent lower.",
    "The smelter employs about 900 people.",
    "Booms were laid across the estuary on Wednesday morning.",
    "The hearing resumed after a short adjournment.",
    "Wholesale gas prices have fallen by a third since January.",
)

#: Names in marks that nobody says.
PROJECTS81 = ("Lodestar", "Northern Spark", "Blue Heron", "Deepwell")
VESSELS81 = ("Sea Marten", "Corran Star", "Halden Spirit")
NICKS81 = ("the Lamplighter", "the Pit Boss", "Mr Megawatt", "the Copper Queen")
SLOGANS81 = ("Not Under Our Valley", "Lights On, Bills Down", "Pits Not Profits", "Hands Off Our Water")
SCARE81 = ("bill shock", "zombie licences", "heat-or-eat winter", "green levy")
TARIFFS81 = ("Fixed Saver 24", "EasyFlex", "Greenlight Tracker")
RTITLES81 = ("Powering the Valley", "Beyond the Seam", "Keeping Warm")
