"""Slot fillers of the sixty-third held-out round (``heldout63.py``), a round of TRANSPORT, INFRASTRUCTURE
AND LOCAL GOVERNMENT: invented councillors, officers, engineers, commuters, drivers, residents, ministers and
mayors (with their gender and an age), invented councils, towns, roads, rail lines, transport authorities,
operators, engineering firms, developers, drivers' unions and local newspapers, roles with their bodies and
the short reference a story uses later, scheme names, road signs and report titles written in marks,
quotations, quotations with figures, reported clauses, pointed fragments and narrative sentences.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS63 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))

WOMEN63 = (
    Person("Harriet Coldwell", "Coldwell", "f", "English", 52),
    Person("Priya Ashdown", "Ashdown", "f", "British Indian", 41),
    Person("Fiona Drysdale", "Drysdale", "f", "Scottish", 47),
    Person("Siobhan Tierney", "Tierney", "f", "Irish", 38),
    Person("Margaret Pellow", "Pellow", "f", "Cornish", 66),
    Person("Nadia Rahman", "Rahman", "f", "British Bangladeshi", 34),
    Person("Gemma Threlkeld", "Threlkeld", "f", "English", 29),
    Person("Carys Vaughan-Lloyd", "Vaughan-Lloyd", "f", "Welsh", 45),
    Person("Joanna Kowalczyk", "Kowalczyk", "f", "Polish", 39),
    Person("Beatrice Okonjo", "Okonjo", "f", "Nigerian", 57),
    Person("Alison Merrifield", "Merrifield", "f", "English", 61),
    Person("Ayesha Qureshi", "Qureshi", "f", "British Pakistani", 44),
    Person("Eleanor Pascoe", "Pascoe", "f", "Cornish", 50),
    Person("Rosalind Hebden", "Hebden", "f", "English", 58),
    Person("Louise Mbatha", "Mbatha", "f", "South African", 36),
    Person("Helen Farquharson", "Farquharson", "f", "Scottish", 63),
)

MEN63 = (
    Person("Dominic Threlfall", "Threlfall", "m", "English", 49),
    Person("Rajesh Kandola", "Kandola", "m", "British Indian", 55),
    Person("Graham Lockerbie", "Lockerbie", "m", "Scottish", 62),
    Person("Patrick Donnellan", "Donnellan", "m", "Irish", 43),
    Person("Trevor Polglase", "Polglase", "m", "Cornish", 58),
    Person("Imran Chaudhry", "Chaudhry", "m", "British Pakistani", 37),
    Person("Marcus Ellerby", "Ellerby", "m", "English", 31),
    Person("Owen Pritchard-Rees", "Pritchard-Rees", "m", "Welsh", 46),
    Person("Tomasz Wierzbicki", "Wierzbicki", "m", "Polish", 40),
    Person("Desmond Adjei", "Adjei", "m", "Ghanaian", 54),
    Person("Stuart Hollingworth", "Hollingworth", "m", "English", 59),
    Person("Kieran Mulvey", "Mulvey", "m", "Irish", 35),
    Person("Neil Rowbotham", "Rowbotham", "m", "English", 64),
    Person("Bernard Quayle", "Quayle", "m", "Manx", 68),
    Person("Adrian Vosper", "Vosper", "m", "English", 48),
    Person("Hugh Macaskill", "Macaskill", "m", "Scottish", 53),
)

PEOPLE63 = tuple(p for pair in zip(WOMEN63, MEN63, strict=True) for p in pair)


@frozen
class Body:
    """An invented body: its name, the article written before it (``the `` or none) and its noun (the word
    a story uses for it later: *council*, *operator*, *union*)."""

    name: str
    art: str
    noun: str

    @property
    def written(self) -> str:
        """The name with its article, as a sentence's middle writes it."""
        return f"{self.art}{self.name}"


@frozen
class Council:
    """An invented council and its town."""

    body: Body
    town: str


TOWNS63 = (
    "Kelderby",
    "Marrowfield",
    "Hollinsby",
    "Tarrowgate",
    "Ostlebridge",
    "Carnwick",
    "Ferrowby",
    "Quennock",
    "Brindlecote",
    "Saltmere",
)

COUNCILS63 = (
    Council(Body("Kelderby City Council", "", "council"), "Kelderby"),
    Council(Body("Marrowfield Borough Council", "", "council"), "Marrowfield"),
    Council(Body("Hollinsby District Council", "", "council"), "Hollinsby"),
    Council(Body("Tarrowgate Town Council", "", "council"), "Tarrowgate"),
    Council(Body("Ostlebridge Borough Council", "", "council"), "Ostlebridge"),
    Council(Body("Carnwick County Council", "", "council"), "Carnwick"),
)

#: Council posts written after a name: (post before *of COUNCIL*/*at COUNCIL*, role noun the key requires).
COUNCIL_POSTS63 = (
    ("leader", "leader"),
    ("deputy leader", "deputy leader"),
    ("cabinet member for highways", "cabinet member for highways"),
    ("chair of the planning committee", "chair of the planning committee"),
    ("head of transport", "head of transport"),
    ("chief executive", "chief executive"),
    ("portfolio holder for roads and parking", "portfolio holder"),
    ("director of place", "director of place"),
)

AGENCIES63 = (
    Body("Kelderby Transport Authority", "the ", "authority"),
    Body("Northlow Roads Agency", "the ", "agency"),
    Body("Saltmere Passenger Transport Executive", "the ", "executive"),
    Body("Carnwick Highways Board", "the ", "board"),
)

AGENCY_POSTS63 = ("chief executive", "director of operations", "head of network planning", "chair")

OPERATORS63 = (
    Body("Tarrow Valley Rail", "", "operator"),
    Body("Brindle Buses", "", "operator"),
    Body("Coastway Trains", "", "operator"),
    Body("Marrowline Trams", "", "operator"),
    Body("Saltmere Ferries", "", "operator"),
)

OPERATOR_POSTS63 = (
    "managing director",
    "customer services director",
    "operations manager",
    "chief operating officer",
)

FIRMS63 = (
    "Halberd Pryce Engineering",
    "Copeland Straker Associates",
    "Venning Rowe Consulting",
    "Grantholm Structures",
    "Ashlar Vane Partnership",
)

ENGINEER_ROLES63 = (
    ("a structural engineer", "structural engineer", "the engineer"),
    ("a geotechnical engineer", "geotechnical engineer", "the engineer"),
    ("a bridge inspector", "bridge inspector", "the inspector"),
    ("a traffic engineer", "traffic engineer", "the engineer"),
    ("a drainage surveyor", "drainage surveyor", "the surveyor"),
)

INQUIRIES63 = (
    "the Quennock viaduct inquiry",
    "the inquiry into the Ferrowby bridge collapse",
    "the public inquiry into the Saltmere tunnel flooding",
    "the Carnwick bypass inquiry",
)

DEVELOPERS63 = (
    Body("Larkspur Homes", "", "developer"),
    Body("Brackenridge Developments", "", "developer"),
    Body("Fellgate Living", "", "developer"),
    Body("Orrin & Sayle Estates", "", "developer"),
)

UNIONS63 = (
    Body("Amalgamated Union of Bus Workers", "the ", "union"),
    Body("Federation of Train Drivers", "the ", "union"),
    Body("Tram Operatives' Guild", "the ", "union"),
    Body("Road Haulage Workers' Union", "the ", "union"),
)

UNION_POSTS63 = ("general secretary", "regional organiser", "branch secretary", "president")

OUTLETS63 = ("the Kelderby Echo", "Radio Saltmere", "the Marrowfield Gazette", "the Northlow Evening Post")

ROADS63 = (
    "Millrace Road",
    "Quarry Lane",
    "Harebell Avenue",
    "Tolley Street",
    "Cinder Path Road",
    "Wrenfold Close",
    "Gorseway",
    "Lampeter Row",
)

LINES63 = (
    "the Tarrow Valley line",
    "the Saltmere branch line",
    "the Kelderby loop",
    "the Ostlebridge cross-city line",
)

#: Jobs of commuters and drivers, written after the age.
JOBS63 = (
    "a nurse",
    "a bus driver",
    "a delivery driver",
    "a teaching assistant",
    "a taxi driver",
    "a warehouse supervisor",
    "a dental receptionist",
    "a locksmith",
)

#: Ministers and mayors: the title before the name, the role noun the key requires, the short reference.
OFFICES63 = (
    ("Transport Secretary", ("Transport Secretary",), "the transport secretary"),
    ("Roads Minister", ("Roads Minister",), "the minister"),
    ("Rail Minister", ("Rail Minister",), "the minister"),
    ("Local Government Minister", ("Local Government Minister",), "the minister"),
    ("Shadow Transport Secretary", ("Shadow Transport Secretary",), "the shadow transport secretary"),
)

#: Scheme names, signs and report titles written in marks: nobody says them.
SCHEMES63 = (
    "Green Corridor",
    "Clear Streets",
    "Moving Marrowfield",
    "Park and Glide",
    "Safer School Streets",
    "Kelderby Connect 2040",
    "Fix Our Roads",
    "Quiet Lanes",
)

SIGNS63 = (
    "ROAD CLOSED",
    "DIVERSION",
    "BUSES ONLY",
    "BRIDGE SHUT",
    "LOCAL TRAFFIC ONLY",
    "NO ENTRY",
    "REPLACEMENT BUS SERVICE",
    "END OF ROADWORKS",
)

REPORTS63 = (
    "Bridges at Risk",
    "A Network Under Strain",
    "Potholes and Priorities",
    "Buses for Everyone",
    "The Last Mile",
)

QUOTES63 = (
    "We cannot keep patching a road that needs rebuilding",
    "Nobody on this council wants to see the bus station close",
    "The bridge is safe, but it will not stay safe without investment",
    "Passengers deserve trains that turn up when the timetable says they will",
    "This scheme was never about punishing drivers",
    "I have sat in that queue every morning for two years",
    "The money is there and the work will start in the spring",
    "We were promised a new station and we got a car park",
    "Our drivers are exhausted and the rota is to blame",
    "Residents were not consulted in any meaningful way",
    "The tunnel should never have been reopened before the pumps were replaced",
    "We apologise to every passenger whose journey was disrupted",
    "If the buses stop, half this estate cannot get to work",
    "The junction is dangerous and everyone who uses it knows it",
    "We will not approve a scheme the town cannot afford",
    "Every repair we put off today costs us twice as much tomorrow",
    "This is the busiest crossing in the county and it has no lights",
    "The cracks were visible from the towpath for months",
    "Our timetable will be back to normal by the weekend",
    "I would rather walk than wait another hour on that platform",
    "The consultation was a box-ticking exercise from start to finish",
    "Cycle lanes on this road would save lives",
    "The new depot will bring two hundred jobs to the town",
    "We have asked the operator to explain every cancellation",
)

#: Quotations with figures, times, road numbers and sums of money.
STATS63 = (
    "Only 61 per cent of trains arrived on time last month",
    "The closure will add 25 minutes to the journey for about 14,000 drivers",
    "We filled 3,400 potholes last year and the backlog still grew",
    "The repair bill has risen from \u00a34.2m to \u00a36.9m",
    "The A617 will be shut between 8pm and 6am for six weeks",
    "Fares will rise by 4.5 per cent from 1 April",
    "The speed limit on Millrace Road drops to 20mph on Monday",
    "The 7.12am service has been cancelled 19 times since January",
    "Nine out of ten bus stops in the district have no shelter",
    "We expect the viaduct to carry 30,000 vehicles a day by 2031",
    "The bridge was inspected in 2019, 2021 and again in March",
    "Around 1,200 passengers a day use the Saltmere branch line",
)

CLAUSES63 = (
    "the road would reopen before the end of the month",
    "the council had no plans to close the bus station",
    "the bridge had been inspected twice in the past year",
    "the operator would refund passengers whose trains were cancelled",
    "the new cycle lane had been delayed by a dispute with the contractor",
    "residents had been given too little notice of the closure",
    "the tram extension would be finished on budget",
    "the drivers' rota had been redrawn without consultation",
    "the junction would get new traffic lights by the summer",
    "the authority had underestimated the cost of the repairs",
    "the scheme would be reviewed after six months",
    "the depot would stay open until a new site was found",
    "the landslip had been caused by a burst water main",
    "more buses would run on the route from September",
    "the planning application should be refused",
    "the tunnel pumps had failed twice before the flood",
)

#: Reported clauses with figures.
STAT_CLAUSES63 = (
    "the closure would last 12 weeks and cost \u00a31.8m",
    "punctuality had fallen to 58 per cent in the winter",
    "about 9,000 vehicles a day used the bridge",
    "the bus lane had cut journey times by 11 minutes",
    "the fares would rise by 3.9 per cent in January",
    "the 40mph limit would be cut to 30mph near the school",
)

#: (what is described, the pointed fragment in marks).
FRAGS63 = (
    ("the timetable", "a work of fiction"),
    ("the consultation", "a sham"),
    ("the roadworks", "chaos from start to finish"),
    ("the new bus lane", "a gift to commuters"),
    ("the fare rise", "a tax on getting to work"),
    ("the bridge repairs", "long overdue"),
    ("the parking charges", "the final nail in the coffin for the high street"),
    ("the delays", "completely unacceptable"),
)

#: Narrative sentences in which nobody speaks (may name a place or a day).
NARRATIVE63 = (
    "The road has been closed since a lorry struck the bridge in February",
    "Work on the new platform began in the autumn",
    "The committee voted by seven votes to four to approve the plans",
    "The full council meets again next month",
    "Diversions are in place through the town centre",
    "The last tram left the depot shortly after midnight",
    "Engineers spent the weekend shoring up the embankment",
    "The cabinet approved the budget without a vote",
)

DAYS63 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
