"""Slot fillers of the eighty-third held-out round (``heldout83.py``), a round of ACCIDENTS, SAFETY
INVESTIGATIONS AND TRANSPORT DISASTERS as a transport and safety correspondent writes them: invented air, rail
and maritime accident investigators, airline, rail operator and ferry company executives and spokespeople,
pilots', drivers' and seafarers' union officials, coroners, fire officers, paramedics, hospital consultants,
safety regulators and lawyers for bereaved families (thirty people with a gender, a culture and an age, and
ten passengers known by a first name only); posts with their bodies, the short second reference (`the
investigator`, `the coroner`) and the pool their words come from; bodies that issue statements (some of one
word); investigating boards and the documents they publish; outlets; scenes, hometowns and dates; accidents
by mode (rail, sea, air); witnesses' occupations; quotations, reported clauses, pointed fragments and split
quotations for each pool; the words of cockpit voice recordings, radio calls and maintenance log entries;
what reports conclude and recommend; quotations of bodies' statements; narrative sentences that report
nothing; and vessel names, service names, operation code names, report titles, nicknames of places, banners
and scare terms that sit in marks and nobody says.

Every name, body, place and sentence here was written for this round; all of them are invented. No direct
quotation holds an apostrophe, so that a closing single mark is never confused with one.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS83 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS83 = (*MARKS83, Mark("\u2018", "\u2019"))

WOMEN83 = (
    Person("Ingrid Solhaug", "Solhaug", "f", "Norwegian", 47),
    Person("Anjali Raghunathan", "Raghunathan", "f", "Tamil", 39),
    Person("Chiamaka Obiora", "Obiora", "f", "Igbo", 44),
    Person("Rosalind Petheridge", "Petheridge", "f", "English", 58),
    Person("Katarzyna Dziedzic", "Dziedzic", "f", "Polish", 36),
    Person("Fionnuala Brennock", "Brennock", "f", "Irish", 51),
    Person("Yuki Hamasaki", "Hamasaki", "f", "Japanese", 42),
    Person("Solange Vautrin", "Vautrin", "f", "French", 49),
    Person("Tanvi Kulkarni", "Kulkarni", "f", "Marathi", 33),
    Person("Beatriz Quintela", "Quintela", "f", "Portuguese", 55),
    Person("Nadia Khoury", "Khoury", "f", "Lebanese", 40),
    Person("Eilidh MacRory", "MacRory", "f", "Scottish", 46),
    Person("Jolene Whitcombe", "Whitcombe", "f", "Australian", 37),
    Person("Femke Roodveld", "Roodveld", "f", "Dutch", 52),
    Person("Abena Owusu-Darko", "Owusu-Darko", "f", "Ghanaian", 45),
)

MEN83 = (
    Person("Torbjorn Haugland", "Haugland", "m", "Norwegian", 60),
    Person("Rajesh Venkataraman", "Venkataraman", "m", "Tamil", 50),
    Person("Emeka Nwachukwu", "Nwachukwu", "m", "Igbo", 41),
    Person("Desmond Fairhurst", "Fairhurst", "m", "English", 63),
    Person("Grzegorz Pawlak", "Pawlak", "m", "Polish", 48),
    Person("Cathal Brosnan", "Brosnan", "m", "Irish", 54),
    Person("Hiroshi Kanemoto", "Kanemoto", "m", "Japanese", 57),
    Person("Thierry Lemarchand", "Lemarchand", "m", "French", 45),
    Person("Sandeep Gokhale", "Gokhale", "m", "Marathi", 38),
    Person("Rui Figueiredo", "Figueiredo", "m", "Portuguese", 43),
    Person("Karim Azzam", "Azzam", "m", "Lebanese", 35),
    Person("Callum Drummond", "Drummond", "m", "Scottish", 49),
    Person("Brodie Lanyon", "Lanyon", "m", "Australian", 32),
    Person("Wouter Brinkhorst", "Brinkhorst", "m", "Dutch", 59),
    Person("Kwabena Ofori", "Ofori", "m", "Ghanaian", 46),
)

PEOPLE83 = tuple(p for pair in zip(WOMEN83, MEN83, strict=True) for p in pair)

#: Passengers and witnesses a report names by a first name only (the first name is the whole name).
FIRSTS83 = (
    Person("Mira", "Mira", "f", "first", 27),
    Person("Tomas", "Tomas", "m", "first", 31),
    Person("Kasia", "Kasia", "f", "first", 19),
    Person("Dev", "Dev", "m", "first", 24),
    Person("Sunita", "Sunita", "f", "first", 45),
    Person("Ifeanyi", "Ifeanyi", "m", "first", 38),
    Person("Aoife", "Aoife", "f", "first", 22),
    Person("Luca", "Luca", "m", "first", 29),
    Person("Leonie", "Leonie", "f", "first", 34),
    Person("Ewan", "Ewan", "m", "first", 52),
)


@frozen
class Post83:
    """A post: the post after a name (between commas, with its article where it takes one; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold (the role noun and
    each body or place), the short second reference (`the coroner`; `{s}` again), the body it belongs to
    (never a speaker of a person's words; empty when the post names none) and the pool its holder's words
    come from (`inv-rail`, `op-sea`, `coroner`, ...; the part before the dash is its family)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str
    pool: str

    @property
    def family(self) -> str:
        """`inv`, `op`, `union`, `coroner`, `fire`, `para`, `doc`, `reg` or `law`."""
        return self.pool.split("-")[0]

    @property
    def mode(self) -> str:
        """`rail`, `sea` or `air` for a post tied to one mode of transport, else `rail`."""
        return self.pool.split("-")[1] if "-" in self.pool else "rail"

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


INV83 = (
    Post83(
        "chief investigator at the Marine Accident Board",
        "Marine Accident Board chief investigator",
        ("chief investigator", "Marine Accident Board"),
        "the investigator",
        "the Marine Accident Board",
        "inv-sea",
    ),
    Post83(
        "lead inspector at the Aviation Inquiry Board",
        "Aviation Inquiry Board lead inspector",
        ("inspector", "Aviation Inquiry Board"),
        "the inspector",
        "the Aviation Inquiry Board",
        "inv-air",
    ),
    Post83(
        "director of the Rail Incident Panel",
        "Rail Incident Panel director",
        ("director", "Rail Incident Panel"),
        "the director",
        "the Rail Incident Panel",
        "inv-rail",
    ),
    Post83(
        "a senior investigator with the Rail Incident Panel",
        "Rail Incident Panel investigator",
        ("investigator", "Rail Incident Panel"),
        "the investigator",
        "the Rail Incident Panel",
        "inv-rail",
    ),
)

OP83 = (
    Post83(
        "chief executive of Skylark Airways",
        "Skylark Airways chief executive",
        ("chief executive", "Skylark Airways"),
        "the chief executive",
        "Skylark Airways",
        "op-air",
    ),
    Post83(
        "a {s} for Northway Rail",
        "Northway Rail {s}",
        ("spokes", "Northway Rail"),
        "the {s}",
        "Northway Rail",
        "op-rail",
    ),
    Post83(
        "managing director of Bluewater Ferries",
        "Bluewater Ferries managing director",
        ("managing director", "Bluewater Ferries"),
        "the managing director",
        "Bluewater Ferries",
        "op-sea",
    ),
    Post83("a {s} for Aerolink", "Aerolink {s}", ("spokes", "Aerolink"), "the {s}", "Aerolink", "op-air"),
    Post83(
        "operations director at Ferrivia",
        "Ferrivia operations director",
        ("operations director", "Ferrivia"),
        "the operations director",
        "Ferrivia",
        "op-sea",
    ),
)

UNION83 = (
    Post83(
        "general secretary of the Locomotive Drivers' Union",
        "Locomotive Drivers' Union general secretary",
        ("general secretary", "Locomotive Drivers' Union"),
        "the union leader",
        "the Locomotive Drivers' Union",
        "union-rail",
    ),
    Post83(
        "president of the Pilots' Guild",
        "Pilots' Guild president",
        ("president", "Pilots' Guild"),
        "the guild president",
        "the Pilots' Guild",
        "union-air",
    ),
    Post83(
        "national officer of the Seafarers' Union",
        "Seafarers' Union national officer",
        ("national officer", "Seafarers' Union"),
        "the union official",
        "the Seafarers' Union",
        "union-sea",
    ),
)

CORONER83 = (
    Post83(
        "the senior coroner for Saltmere",
        "Saltmere Senior Coroner",
        ("coroner", "Saltmere"),
        "the coroner",
        "",
        "coroner",
    ),
    Post83(
        "the assistant coroner for Aldermoor",
        "Aldermoor Assistant Coroner",
        ("coroner", "Aldermoor"),
        "the coroner",
        "",
        "coroner",
    ),
)

RESP83 = (
    Post83(
        "chief fire officer of Carrow Fire and Rescue",
        "Carrow Fire and Rescue Chief Fire Officer",
        ("chief fire officer", "Carrow Fire and Rescue"),
        "the fire chief",
        "Carrow Fire and Rescue",
        "fire",
    ),
    Post83(
        "a station manager with Carrow Fire and Rescue",
        "Carrow Fire and Rescue station manager",
        ("station manager", "Carrow Fire and Rescue"),
        "the station manager",
        "Carrow Fire and Rescue",
        "fire",
    ),
    Post83(
        "a paramedic with the Lowmoor Ambulance Service",
        "Lowmoor Ambulance Service paramedic",
        ("paramedic", "Lowmoor Ambulance Service"),
        "the paramedic",
        "the Lowmoor Ambulance Service",
        "para",
    ),
    Post83(
        "clinical lead at the Lowmoor Ambulance Service",
        "Lowmoor Ambulance Service clinical lead",
        ("clinical lead", "Lowmoor Ambulance Service"),
        "the clinical lead",
        "the Lowmoor Ambulance Service",
        "para",
    ),
    Post83(
        "a consultant at Saltmere General Hospital",
        "Saltmere General Hospital consultant",
        ("consultant", "Saltmere General Hospital"),
        "the consultant",
        "Saltmere General Hospital",
        "doc",
    ),
)

REG83 = (
    Post83(
        "chief inspector at the Office of Track Safety",
        "Office of Track Safety chief inspector",
        ("chief inspector", "Office of Track Safety"),
        "the chief inspector",
        "the Office of Track Safety",
        "reg-rail",
    ),
    Post83(
        "director of enforcement at the Coastal Safety Agency",
        "Coastal Safety Agency enforcement director",
        ("director", "Coastal Safety Agency"),
        "the enforcement director",
        "the Coastal Safety Agency",
        "reg-sea",
    ),
)

LAW83 = (
    Post83(
        "a lawyer for the victims' families",
        "Families' lawyer",
        ("lawyer", "families"),
        "the lawyer",
        "",
        "law",
    ),
    Post83(
        "a solicitor at Crane Whitlow",
        "Crane Whitlow solicitor",
        ("solicitor", "Crane Whitlow"),
        "the solicitor",
        "Crane Whitlow",
        "law",
    ),
)

#: Every post, interleaved so that neighbouring posts differ in family.
POSTS83 = (
    INV83[0],
    OP83[0],
    UNION83[0],
    RESP83[0],
    REG83[0],
    LAW83[0],
    INV83[1],
    OP83[1],
    UNION83[1],
    CORONER83[0],
    RESP83[2],
    INV83[2],
    OP83[2],
    UNION83[2],
    REG83[1],
    RESP83[4],
    LAW83[1],
    OP83[3],
    RESP83[1],
    INV83[3],
    OP83[4],
    CORONER83[1],
    RESP83[3],
)

#: Quotations by pool (first person, said aloud; no apostrophes).
QUOTES83: dict[str, tuple[str, ...]] = {
    "inv-rail": (
        "We will follow the evidence wherever it takes us",
        "The points are now at our laboratory and being examined",
        "It is far too early to say what caused this derailment",
        "Our job is to find out why, not to find someone to blame",
    ),
    "inv-sea": (
        "We have recovered a great deal of the wreck from the seabed",
        "We are not ruling anything out at this stage",
        "The divers have done remarkable work in very cold water",
        "Our question is why that door was open when the ferry sailed",
    ),
    "inv-air": (
        "Both recorders are already on their way to our laboratory",
        "It is far too early to say what brought this aircraft down",
        "We will publish what we find, whatever we find",
        "The wreckage tells us the aircraft hit the ground almost level",
    ),
    "op-rail": (
        "Every train on that line will be checked before it runs again",
        "We are deeply sorry for what happened on Tuesday night",
        "We are cooperating fully with the investigators",
    ),
    "op-sea": (
        "The safety of our passengers comes before everything else",
        "We are deeply sorry for the loss of life on board",
        "Our fleet meets every standard the regulator sets",
    ),
    "op-air": (
        "We will not speculate about the cause while the inquiry runs",
        "Our crews are among the most experienced in the industry",
        "We are deeply sorry for the pain the families are going through",
    ),
    "union-rail": (
        "Our members have warned about fatigue for years",
        "Drivers told the company about that curve again and again",
        "We will not let a driver be made a scapegoat for this",
    ),
    "union-air": (
        "No pilot should be flying a fourteenth hour in a row",
        "Our members raised the rosters with the airline last spring",
        "This was a failure of management, not of the crew",
    ),
    "union-sea": (
        "This was a failure of maintenance, not of luck",
        "The crew on that ferry were stretched far too thin",
        "We told the company the lifeboats needed work",
    ),
    "coroner": (
        "Nothing I say today can lessen the loss these families have suffered",
        "I am satisfied that the crossing keeper acted properly",
        "These deaths were avoidable",
        "I will be writing to the operator about what I have heard",
    ),
    "fire": (
        "I have never seen damage like it in thirty years",
        "Crews were cutting people free until well after midnight",
        "The smoke filled the carriages within seconds",
        "The bridge is not safe to stand on yet",
    ),
    "para": (
        "We treated forty people at the side of the track",
        "Some of the injured walked out of the carriages on their own",
        "It was the worst scene I have attended in my career",
    ),
    "doc": (
        "Several of our patients are still in intensive care",
        "The staff here worked through the night without a break",
        "We expect to discharge most of the injured this week",
    ),
    "reg-rail": (
        "Operators who cut corners on inspections will face prosecution",
        "The rules on rest periods are there for a reason",
        "We have ordered checks on every set of points on the network",
    ),
    "reg-sea": (
        "We have ordered checks on every ferry of that class",
        "No vessel with a faulty door will leave port on my watch",
        "The operator will have to satisfy us before it sails again",
    ),
    "law": (
        "The families have waited far too long for the truth",
        "This company knew about the fault and did nothing",
        "The families want answers, not sympathy",
        "We will see the operator in court if we have to",
    ),
    "surv-rail": (
        "I heard a bang and then the carriage tipped over",
        "People were helping each other out through the windows",
        "The lights went out and everyone started screaming",
    ),
    "surv-sea": (
        "The water came in faster than anyone could have imagined",
        "Nobody told us where the life jackets were",
        "I thought we were going to die",
    ),
    "surv-air": (
        "The whole cabin shook and then we hit the ground",
        "The crew got us out in under two minutes",
        "I thought we were going to die",
    ),
    "kin": (
        "We just want to know why this happened",
        "Nobody from the company has even called us",
        "We will keep asking until someone gives us an answer",
        "Every day without answers is another day of grief",
    ),
}

#: Reported clauses by pool (no apostrophe needed, but allowed: no marks surround them).
CLAUSES83: dict[str, tuple[str, ...]] = {
    "inv-rail": (
        "the signal had been showing red for at least forty seconds",
        "the rail had cracked under the weight of the freight wagons",
        "the train had been travelling at nearly twice the speed limit",
        "there was no evidence of a fault with the brakes",
    ),
    "inv-sea": (
        "the bow door had not been fully closed",
        "two of the lifeboats could not be launched",
        "the ferry had been carrying more vehicles than its limit",
        "the master had not been told about the weather warning",
    ),
    "inv-air": (
        "the aircraft had been cleared to land on a closed runway",
        "the flight data recorder had been recovered intact",
        "there was no sign of an explosion on board",
        "the crew had followed the engine fire checklist",
    ),
    "op-rail": (
        "all services on the line had been suspended",
        "a helpline had been set up for relatives",
        "the train had passed its last safety inspection in March",
    ),
    "op-sea": (
        "the vessel had passed its last inspection in March",
        "the company would pay for the families to travel to the inquest",
        "sailings from Port Ravel would resume on Monday",
    ),
    "op-air": (
        "the pilots had more than twenty years of experience between them",
        "the rest of the fleet had been inspected overnight",
        "the airline would cooperate fully with the inquiry",
    ),
    "union-rail": (
        "the driver had been on duty for eleven hours",
        "members had reported the faulty door sensors months ago",
        "the company had cut the number of track inspectors",
    ),
    "union-air": (
        "pilots had complained about the rosters since the spring",
        "the first officer had flown six sectors that day",
        "the airline had ignored a warning about crew fatigue",
    ),
    "union-sea": (
        "the crew had been cut from twelve to eight",
        "members had raised the lifeboat davits at every safety meeting",
        "the ferry should have stayed in port that night",
    ),
    "coroner": (
        "the victims had died from drowning",
        "the crash had been caused by a failure to maintain the points",
        "the crossing warning lights had been working",
        "the deaths were the result of an accident",
    ),
    "fire": (
        "crews had reached the wreckage within twelve minutes",
        "the fire had started in the engine room",
        "no one was still trapped in the carriages",
        "the blaze had been brought under control shortly before dawn",
    ),
    "para": (
        "twenty-three people had been taken to hospital",
        "most of the injured had broken bones",
        "two of the casualties were in a critical condition",
    ),
    "doc": (
        "four patients remained in intensive care",
        "the hospital had declared a major incident shortly before midnight",
        "most of the injured would go home within days",
    ),
    "reg-rail": (
        "inspections on the line would be doubled",
        "the operator had been warned about the points last year",
        "the speed limit on the curve would be cut",
    ),
    "reg-sea": (
        "the ferry should never have been allowed to sail",
        "the operator's licence was under review",
        "every vessel of the class would be inspected",
    ),
    "law": (
        "the families would seek a full public inquiry",
        "the airline had ignored repeated warnings",
        "the evidence pointed to a failure of management",
        "the families had not been shown the interim findings",
    ),
    "surv-rail": (
        "the carriage had filled with smoke within seconds",
        "passengers had smashed the windows to get out",
        "the train had seemed to be going far too fast",
    ),
    "surv-sea": (
        "the crew had handed out life jackets on the car deck",
        "the ferry had started to lean within minutes of leaving port",
        "the alarm had sounded only once",
    ),
    "surv-air": (
        "the aircraft had shuddered before it touched down",
        "the cabin had filled with smoke",
        "the crew had opened the rear doors within seconds",
    ),
    "kin": (
        "the family had learned of the accident from the television news",
        "nobody from the company had contacted them for two days",
        "they would attend every day of the inquest",
        "they wanted the people responsible held to account",
    ),
}

#: Pointed fragments by family: (what a fragment is said of, the fragment; no apostrophes).
FRAGS83: dict[str, tuple[tuple[str, str], ...]] = {
    "inv": (
        ("the speculation about the cause", "unhelpful and premature"),
        ("the recovery of the recorders", "a major step forward"),
        ("the damage", "extensive"),
    ),
    "op": (
        ("the accident", "the darkest day in our history"),
        ("the claim about maintenance", "simply untrue"),
        ("the crew", "exemplary"),
    ),
    "union": (
        ("the rota", "a recipe for exhaustion"),
        ("the company's response", "an insult to the families"),
        ("the decision to cut staff", "reckless"),
    ),
    "reg": (
        ("the operator's record", "deeply concerning"),
        ("the decision to add checks", "long overdue"),
        ("the inspection regime", "dangerously thin"),
    ),
    "law": (
        ("the interim report", "a whitewash"),
        ("the apology", "too little, too late"),
        ("the delay", "unforgivable"),
    ),
    "fire": (
        ("the rescue", "the hardest job of my career"),
        ("the work of the crews", "nothing short of heroic"),
        ("the scene", "utter devastation"),
    ),
    "para": (
        ("the scene", "chaotic but controlled"),
        ("the triage", "calm and quick"),
        ("the response", "textbook"),
    ),
    "coroner": (
        ("the evidence about the lifeboats", "troubling"),
        ("the maintenance regime", "inadequate"),
        ("each of these deaths", "avoidable"),
    ),
    "doc": (
        ("the condition of two patients", "critical"),
        ("the response of the staff", "magnificent"),
        ("the first night", "the busiest we have had"),
    ),
}

#: Split quotations by family: (first part, without its comma; second part, lower case, with its stop).
SPLITS83: dict[str, tuple[tuple[str, str], ...]] = {
    "inv": (
        ("We will follow the evidence", "wherever it leads."),
        ("We do not yet know why the door was open", "but we will."),
        ("The recorders are in good condition", "which gives us a great deal to work with."),
    ),
    "op": (
        ("We are heartbroken", "and we will do whatever the families need."),
        ("The line will reopen", "but only when it is safe to do so."),
        ("Our crew did everything right", "and the evidence will show it."),
    ),
    "union": (
        ("Our drivers are exhausted", "and the company knows it."),
        ("We warned them in writing", "more than once."),
        ("No one should work a shift that long", "let alone fly one."),
    ),
    "fire": (
        ("The crews saved lives tonight", "and I want that on the record."),
        ("We got everyone out", "but it was very close."),
    ),
    "reg": (
        ("The operator will be held to account", "whatever the inquiry finds."),
        ("We have the power to stop sailings", "and we will use it."),
    ),
    "law": (
        ("The families have been patient", "but their patience is not endless."),
        ("This was not bad luck", "it was a choice."),
    ),
}

#: Bodies that issue statements: (the name at a sentence's start, the names a key accepts for it, mode).
BODIES83 = (
    ("Skylark Airways", ("Skylark Airways", "Skylark", "airline"), "air"),
    ("Northway Rail", ("Northway Rail", "Northway"), "rail"),
    ("Bluewater Ferries", ("Bluewater Ferries", "Bluewater"), "sea"),
    ("Aerolink", ("Aerolink",), "air"),
    ("Trackwell", ("Trackwell",), "rail"),
    ("Ferrivia", ("Ferrivia",), "sea"),
)

#: Investigating boards: (the name at a sentence's start, the names a key accepts for it, mode).
BOARDS83 = (
    ("The Marine Accident Board", ("Marine Accident Board", "board"), "sea"),
    ("The Aviation Inquiry Board", ("Aviation Inquiry Board", "board"), "air"),
    ("The Rail Incident Panel", ("Rail Incident Panel", "panel"), "rail"),
)

#: Other bodies that speak: unions, regulators and services.
OTHERBODIES83 = (
    ("The Locomotive Drivers' Union", ("Locomotive Drivers' Union", "union"), "rail"),
    ("The Pilots' Guild", ("Pilots' Guild", "guild"), "air"),
    ("The Seafarers' Union", ("Seafarers' Union", "union"), "sea"),
    ("The Office of Track Safety", ("Office of Track Safety", "regulator"), "rail"),
    ("The Coastal Safety Agency", ("Coastal Safety Agency", "agency", "regulator"), "sea"),
    ("Carrow Fire and Rescue", ("Carrow Fire and Rescue",), "rail"),
)

#: A report a board publishes: (the noun after *its* / *The*, the names a key accepts for it).
REPORTS83 = (
    ("interim report", ("interim report", "report")),
    ("final report", ("final report", "report")),
    ("preliminary report", ("preliminary report", "report")),
)

#: Quotations of bodies' statements (no *I*, no apostrophes).
BODYQUOTES83 = (
    "Our thoughts are with everyone affected by this tragedy",
    "We are cooperating fully with the investigation",
    "We will not comment further while the inquiry is under way",
    "Safety remains our highest priority",
    "We are doing everything we can to support the families",
)

#: What a report's text says, by mode (quoted from the document; no apostrophes).
REPORTQUOTES83: dict[str, tuple[str, ...]] = {
    "rail": (
        "The points had not been inspected for nine months",
        "The driver could not have stopped the train in time",
        "There was no single cause of this accident",
    ),
    "sea": (
        "The bow door was left open because nobody was asked to check it",
        "Two of the four lifeboats could not be launched",
        "There was no single cause of this accident",
    ),
    "air": (
        "The crew were not given enough time to rest",
        "The warning light had been disabled on the ground",
        "There was no single cause of this accident",
    ),
}

#: What a report recommends (a subjunctive clause), by mode.
RECS83: dict[str, tuple[str, ...]] = {
    "rail": (
        "the operator inspect every set of points on the line within a month",
        "drivers' shifts be capped at ten hours",
    ),
    "sea": (
        "every ferry of the class be fitted with door sensors",
        "crews practise launching the lifeboats every week",
    ),
    "air": (
        "the airline retrain its crews on missed approaches",
        "the warning system be checked before every flight",
    ),
}

#: Accidents by mode: (the accident as a noun phrase, what a report may describe: the object of *as*).
ACCIDENTS83: dict[str, tuple[tuple[str, str], ...]] = {
    "rail": (
        ("the derailment at Fennick Junction", "the derailment"),
        ("the collision on the Kessington viaduct", "the collision"),
    ),
    "sea": (
        ("the sinking of the ferry off Saltmere", "the sinking"),
        ("the fire on the car deck at Port Ravel", "the fire"),
    ),
    "air": (
        ("the crash at Glenhallow airfield", "the crash"),
        ("the runway collision at Brackenford airport", "the collision"),
    ),
}

#: Fragments a report's text applies to an accident (no apostrophes).
REPORTFRAGS83 = ("entirely preventable", "the result of years of neglect", "a chain of small failures")

#: The words of a cockpit voice recording, a radio call or an exchange, by mode (no apostrophes).
RECORDED83: dict[str, tuple[str, ...]] = {
    "air": (
        "We have lost the left engine and are turning back",
        "I cannot see the runway lights",
        "Go around, go around",
        "We are too low, pull up",
    ),
    "sea": (
        "Mayday, mayday, we are taking on water",
        "We are listing badly and need help now",
        "All passengers are at the muster stations",
    ),
    "rail": (
        "I have passed a signal I think was red",
        "There is something on the line ahead of me",
        "The brakes are not holding",
    ),
}

#: Replies to a recorded call, by mode.
REPLIES83: dict[str, tuple[str, ...]] = {
    "air": ("Understood, all runways are available to you", "Climb to three thousand feet and turn left"),
    "sea": ("Lifeboats are on their way to you now", "Stay on this channel and count your passengers"),
    "rail": ("Stop your train and stay in the cab", "Stay where you are, I am stopping everything"),
}

#: What a second crew member says back on a recording, by mode (no apostrophes).
SECOND83: dict[str, tuple[str, ...]] = {
    "air": ("Check the flaps again", "Power is set, we are climbing"),
    "sea": ("The car deck is flooding", "I cannot get the port lifeboat down"),
    "rail": ("I am going back to check the rear coaches", "Everyone in the rear coach is out"),
}

#: Maintenance log entries (no apostrophes).
LOGS83 = (
    "Left engine vibration noted, aircraft released for service",
    "Bow door seal worn, replacement ordered",
    "Brake pads at minimum thickness, check deferred",
    "Points heater fault reported again, no action taken",
)

#: Who speaks on a recording, by mode: (the role noun after *the*, the title a key checks).
VOICES83: dict[str, tuple[tuple[str, str], ...]] = {
    "air": (("captain", "captain"), ("first officer", "first officer")),
    "sea": (("master of the ferry", "master"), ("ferry's chief officer", "chief officer")),
    "rail": (("train's driver", "driver"), ("guard on the train", "guard")),
}

#: Who answers a recorded call, by mode (never a speaker of the call itself).
ANSWERERS83 = {"air": "air traffic control", "sea": "the coastguard", "rail": "the signal box"}

#: Scenes where briefings are given, by mode.
SCENES83: dict[str, tuple[str, ...]] = {
    "rail": ("Fennick Junction", "the Kessington viaduct", "Aldermoor level crossing"),
    "sea": ("the Port Ravel ferry terminal", "Saltmere harbour", "the lifeboat station at Carrow"),
    "air": ("Glenhallow airfield", "Brackenford airport", "the crash site near Oxley"),
}

HOMETOWNS83 = ("Saltmere", "Aldermoor", "Brackenford", "Kessington", "Port Ravel", "Glenhallow")

COURTS83 = ("Saltmere Coroner's Court", "Aldermoor Town Hall", "the coroner's court in Brackenford")

OUTLETS83 = ("the Saltmere Gazette", "Radio Brackenford", "the Coastal Herald", "Harbour FM")

DATES83 = ("Tuesday", "14 March", "Friday", "2 June", "Sunday")

#: Witnesses' occupations: (the phrase after *a*, the role noun a title holds).
JOBS83 = (
    ("retired teacher", "teacher"),
    ("nurse", "nurse"),
    ("student", "student"),
    ("electrician", "electrician"),
    ("care worker", "care worker"),
    ("bus driver", "bus driver"),
)

#: Where a passenger was when it happened, by mode.
WHERE83: dict[str, tuple[str, ...]] = {
    "rail": ("in the third carriage", "in the front carriage", "standing by the doors"),
    "sea": ("on the car deck", "in the ferry lounge", "out on the open deck"),
    "air": ("in row 14", "near the back of the cabin", "by the emergency exit"),
}

#: Relatives: (the word for a woman, the word for a man).
KIN83 = (("daughter", "son"), ("sister", "brother"), ("mother", "father"), ("wife", "husband"))

#: Narrative sentences that report nothing.
NARRATIVE83 = (
    "Divers returned to the wreck at first light on Wednesday.",
    "The line between Fennick Junction and Aldermoor remained closed overnight.",
    "Flowers were left at the gates of the ferry terminal throughout the day.",
    "The damaged carriages were lifted from the cutting by crane on Thursday.",
    "Recovery teams worked under floodlights at the edge of the runway.",
    "A book of condolence was opened at Saltmere town hall.",
)

#: Names and words in marks that nobody says.
VESSELS83 = ("Morning Tern", "Saltmere Pride", "Northern Lantern")
TRAINS83 = ("Coast Flyer", "Dawn Express", "Highland Sleeper")
OPERATIONS83 = ("Operation Driftwood", "Operation Keystone", "Operation Tidewatch")
TITLES83 = ("Lessons from Kessington", "A Door Left Open", "Safe Harbour")
NICKS83 = ("Hangman Bend", "the Funnel", "the Long Drop")
BANNERS83 = ("Justice for the Fourteen", "Never Again", "Answers Now")
SCARE83 = ("phantom braking", "ghost signal", "paper inspections")

#: The three modes of transport, in the order a case's slot picks them.
MODES83 = ("air", "sea", "rail")

#: Services whose staff respond: (the body as a post names it, the names a key accepts for it).
RESPBODIES83 = {
    "Carrow Fire and Rescue": ("Carrow Fire and Rescue", "fire service"),
    "the Lowmoor Ambulance Service": ("Lowmoor Ambulance Service", "ambulance service"),
    "Saltmere General Hospital": ("Saltmere General Hospital", "hospital"),
}

#: Quotations of a regulator's statement (no *I*, no apostrophes).
REGQUOTES83 = (
    "We will not hesitate to act if the evidence requires it",
    "We have asked the operator for every inspection record it holds",
    "Passengers are entitled to expect that these checks are done",
)

#: What a coroner asks a witness (the clause after *whether*) and what the witness answers.
QUESTIONS83 = (
    "the warning had been passed on",
    "the checks had been carried out that morning",
    "anyone had raised concerns before the accident",
)
ANSWERS83 = (
    "No, I was not told about it",
    "Not that I am aware of",
    "Yes, every one of them",
    "I cannot remember, it was a long shift",
)

#: What a pathologist tells an inquest (no apostrophes).
PATH83 = (
    "Death would have been almost instant",
    "The injuries were consistent with a fall from height",
    "The victims had drowned within minutes",
)

#: (what a relative's fragment is said of, the fragment).
KINFRAGS83 = (
    ("the company's response", "cold and evasive"),
    ("the wait for answers", "torture"),
    ("the interim report", "a betrayal"),
)

#: What a union leader accuses an operator of (the words in marks after *of*).
ACCUSE83 = (
    "cutting corners on safety",
    "putting profits before passengers",
    "ignoring its own safety reports",
)

#: Whom a union represents, by mode.
MEMBERS83 = {"rail": "drivers", "air": "pilots", "sea": "seafarers"}

#: What a witness was doing when it happened, by mode (`{poss}` stands for *her* or *his*).
SAW83 = {
    "rail": "was waiting at the level crossing when the train came off the rails",
    "sea": "was walking {poss} dog on the harbour wall when the ferry began to list",
    "air": "was driving past the airfield when the aircraft came down",
}

#: Where a witness lives, by mode (a relative clause: no title).
LIVES83 = {
    "rail": "who lives beside the line",
    "sea": "who lives above the harbour",
    "air": "who lives beside the runway",
}

#: A recording by mode, as a sentence names it.
RECNOUNS83 = {
    "air": "the cockpit voice recording",
    "sea": "the recording of the ferry's radio calls",
    "rail": "the recording of the cab radio",
}

#: Who answers a call on a recording, by mode: (the role noun after *The*, the title a key checks).
ANSWERROLES83 = {
    "air": ("controller", "controller"),
    "sea": ("coastguard officer", "coastguard"),
    "rail": ("signaller", "signaller"),
}

#: What a crew member told the answerer (a reported clause), by mode.
TOLD83 = {
    "air": "one engine had failed",
    "sea": "the ferry was taking on water",
    "rail": "the train had passed a red signal",
}

#: Dates of maintenance log entries.
LOGDATES83 = ("3 February", "19 November", "28 August")

#: Relatives: (the victim as the speaker's woman and man, the speaker as the victim's woman and man, how much
#: older the victim is than the speaker).
REL83 = (
    ("daughter", "son", "mother", "father", -27),
    ("sister", "brother", "sister", "brother", -3),
    ("wife", "husband", "wife", "husband", -2),
    ("mother", "father", "daughter", "son", 27),
)

#: Open cue verbs of a reported clause (*warned* and *cautioned* take their clause with *that* only: `CUES83`
#: minus those two is `BARECUES83`, for a clause without *that*).
CUES83 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "stressed",
    "confirmed",
    "admitted",
    "maintained",
    "cautioned",
    "emphasised",
    "argued",
    "claimed",
)
BARECUES83 = tuple(c for c in CUES83 if c not in ("warned", "cautioned"))
