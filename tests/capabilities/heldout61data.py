"""Slot fillers of the sixty-first held-out round (``heldout61.py``), a round of ENVIRONMENT, WEATHER AND
DISASTERS as a climate desk and a breaking-news desk write them: invented forecasters, fire and emergency
officials, evacuees and residents, scientists, campaigners, ministers and company spokespeople (each with a
gender and an age), invented weather services, fire services, universities, journals, campaign groups,
companies, ministries, countries, towns, rivers and storms, quotations holding numbers and measurements,
reported clauses, warnings' names, scare terms, signs and hashtags, and datelines.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS61 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN61 = (
    Person("Ingrid Halvorsen", "Halvorsen", "f", "Norwegian", 44),
    Person("Tamsin Pellow", "Pellow", "f", "Cornish", 38),
    Person("Noor Haddadin", "Haddadin", "f", "Jordanian", 41),
    Person("Keiko Morinaga", "Morinaga", "f", "Japanese", 52),
    Person("Valeria Santacruz", "Santacruz", "f", "Mexican", 36),
    Person("Oksana Hrytsenko", "Hrytsenko", "f", "Ukrainian", 47),
    Person("Priyanka Deshmukh", "Deshmukh", "f", "Marathi", 39),
    Person("Leilani Kahale", "Kahale", "f", "Hawaiian", 45),
    Person("Birgit Lindqvist", "Lindqvist", "f", "Swedish", 58),
    Person("Fiona Strachan", "Strachan", "f", "Scottish", 50),
    Person("Amara Kallon", "Kallon", "f", "Sierra Leonean", 43),
    Person("Zofia Wrobel", "Wrobel", "f", "Polish", 61),
    Person("Catalina Ferreyra", "Ferreyra", "f", "Argentine", 34),
    Person("Rhiannon Pryce", "Pryce", "f", "Welsh", 49),
    Person("Adaeze Okonkwo", "Okonkwo", "f", "Igbo", 42),
    Person("Margit Szalai", "Szalai", "f", "Hungarian", 55),
)

MEN61 = (
    Person("Torbjorn Eklund", "Eklund", "m", "Swedish", 53),
    Person("Jory Trelawny", "Trelawny", "m", "Cornish", 46),
    Person("Khalid Mansour", "Mansour", "m", "Jordanian", 57),
    Person("Hiroshi Tanabe", "Tanabe", "m", "Japanese", 49),
    Person("Esteban Villalobos", "Villalobos", "m", "Mexican", 40),
    Person("Taras Melnychuk", "Melnychuk", "m", "Ukrainian", 44),
    Person("Rohan Kulkarni", "Kulkarni", "m", "Marathi", 37),
    Person("Keoni Palakiko", "Palakiko", "m", "Hawaiian", 51),
    Person("Anders Nyberg", "Nyberg", "m", "Norwegian", 62),
    Person("Ewan Mackie", "Mackie", "m", "Scottish", 48),
    Person("Sorie Kamara", "Kamara", "m", "Sierra Leonean", 45),
    Person("Pawel Zielinski", "Zielinski", "m", "Polish", 39),
    Person("Mateo Irigoyen", "Irigoyen", "m", "Argentine", 56),
    Person("Gethin Morgan", "Morgan", "m", "Welsh", 60),
    Person("Obinna Eze", "Eze", "m", "Igbo", 35),
    Person("Laszlo Kertesz", "Kertesz", "m", "Hungarian", 54),
)

PEOPLE61 = tuple(p for pair in zip(WOMEN61, MEN61, strict=True) for p in pair)


@frozen
class Body61:
    """An invented body: its name as written (with its article), the short reference a story uses later
    (`the service`) and its kind."""

    name: str
    short: str


@frozen
class Role61:
    """A role written after a name (`a meteorologist with the Caldmoor Weather Service`), the same post
    written before a name (`Caldmoor Weather Service meteorologist`, empty when the press would not), the
    parts a title must hold and the short reference (`the meteorologist`)."""

    after: str
    before: str
    parts: tuple[str, ...]
    short: str


WEATHER61 = (
    Body61("the Caldmoor Weather Service", "the service"),
    Body61("the Vessland Meteorological Office", "the office"),
    Body61("the Northern Coasts Forecast Centre", "the centre"),
    Body61("the Orlanian Met Agency", "the agency"),
)

FORECASTERS61 = (
    Role61(
        "a meteorologist with the Caldmoor Weather Service",
        "Caldmoor Weather Service meteorologist",
        ("meteorologist", "Caldmoor Weather Service"),
        "the meteorologist",
    ),
    Role61(
        "a senior forecaster at the Vessland Meteorological Office",
        "Vessland Meteorological Office senior forecaster",
        ("forecaster", "Vessland Meteorological Office"),
        "the forecaster",
    ),
    Role61(
        "the duty forecaster at the Northern Coasts Forecast Centre",
        "",
        ("forecaster", "Northern Coasts Forecast Centre"),
        "the forecaster",
    ),
    Role61(
        "a hydrologist with the Orlanian Met Agency",
        "Orlanian Met Agency hydrologist",
        ("hydrologist", "Orlanian Met Agency"),
        "the hydrologist",
    ),
    Role61(
        "chief meteorologist at the Caldmoor Weather Service",
        "Caldmoor Weather Service chief meteorologist",
        ("meteorologist", "Caldmoor Weather Service"),
        "the meteorologist",
    ),
)

EMERGENCY61 = (
    Role61(
        "chief of the Ostry County Fire Department",
        "Ostry County Fire Chief",
        ("chief", "Ostry County"),
        "the chief",
    ),
    Role61(
        "incident commander for the Hollin Valley fire",
        "incident commander",
        ("incident commander",),
        "the commander",
    ),
    Role61(
        "director of the Tessaport Emergency Management Office",
        "Tessaport emergency management director",
        ("director", "Tessaport"),
        "the director",
    ),
    Role61(
        "a spokeswoman for Marrowdale Fire and Rescue",
        "",
        ("spokeswoman", "Marrowdale Fire and Rescue"),
        "the spokeswoman",
    ),
    Role61(
        "deputy chief of the Saltreach Rural Fire Service",
        "Saltreach Rural Fire Service deputy chief",
        ("deputy chief", "Saltreach Rural Fire Service"),
        "the deputy chief",
    ),
    Role61(
        "a battalion chief with the Pennock Fire Protection District",
        "Pennock Fire Protection District battalion chief",
        ("battalion chief", "Pennock Fire Protection District"),
        "the battalion chief",
    ),
)

SCIENCE61 = (
    Role61(
        "a glaciologist at Brackwell University and lead author of the study",
        "Brackwell University glaciologist",
        ("glaciologist", "Brackwell University"),
        "the glaciologist",
    ),
    Role61(
        "an oceanographer at the University of Orlan Bay who led the research",
        "University of Orlan Bay oceanographer",
        ("oceanographer", "University of Orlan Bay"),
        "the oceanographer",
    ),
    Role61(
        "a climate scientist at the Fennick Institute of Polar Research",
        "Fennick Institute of Polar Research climate scientist",
        ("climate scientist", "Fennick Institute of Polar Research"),
        "the scientist",
    ),
    Role61(
        "a professor of hydrology at Drummond Technical University",
        "",
        ("professor of hydrology", "Drummond Technical University"),
        "the professor",
    ),
    Role61(
        "a soil ecologist at the Lissendale Agricultural College",
        "Lissendale Agricultural College soil ecologist",
        ("ecologist", "Lissendale Agricultural College"),
        "the ecologist",
    ),
)

#: Journals: never the speaker of a finding.
JOURNALS61 = ("Cryosphere Letters", "the Journal of Hydroclimate Studies", "Earth Systems Review")

NGOS61 = (
    Body61("Rivers Without Walls", "the group"),
    Body61("the Greenhaven Climate Network", "the network"),
    Body61("Coastwatch Alliance", "the alliance"),
    Body61("the Peatland Trust of Morvane", "the trust"),
)

CAMPAIGN_ROLES61 = ("a campaigner with", "the director of", "a spokesman for", "a senior policy adviser at")

COMPANIES61 = (
    Body61("Sarnet Petroleum", "the company"),
    Body61("Kelmouth Chemicals", "the company"),
    Body61("Brannock Mining Corp.", "the miner"),
    Body61("Ulvar Pipelines", "the operator"),
)

COMPANY_ROLES61 = (
    "a spokeswoman for",
    "the chief executive of",
    "the head of operations at",
    "a spokesman for",
)

#: A minister's post and country at climate talks, written after a comma before the name (`the environment
#: minister, NAME,`) and the parts of the title.
MINISTERS61 = (
    ("Orlania's environment minister", ("environment minister", "Orlania")),
    ("Vessland's climate minister", ("climate minister", "Vessland")),
    ("Tessary's chief negotiator", ("chief negotiator", "Tessary")),
    ("Kaldor's minister for energy", ("minister for energy", "Kaldor")),
    ("Norvania's lead delegate", ("lead delegate", "Norvania")),
)

SUMMITS61 = ("the Harrowgate climate talks", "the Coral Shores summit", "the Velden Water Conference")

TOWNS61 = (
    "Brindlemere",
    "Oxhollow",
    "Carrow Ferry",
    "Saltreach",
    "Pennock",
    "Halverton",
    "Lissendale",
    "Morrow Quay",
    "Wendlebrook",
    "Stellick",
)

RIVERS61 = ("the Ravel River", "the Oskan", "the River Tamble", "the Sevren", "the Dallow River")

STORMS61 = ("Storm Berit", "Storm Caspian", "Hurricane Delphine", "Cyclone Marek", "Storm Ottilie")
#: A storm's given name alone, written in marks by some desks.
STORM_NAMES61 = ("Berit", "Caspian", "Delphine", "Marek", "Ottilie")

#: Warning levels and scare terms that nobody says.
LEVELS61 = ("red", "amber", "extreme", "code purple", "orange")
SCARES61 = (
    "once-in-a-century",
    "biblical",
    "freak",
    "new normal",
    "weather bomb",
    "heat dome",
    "atmospheric river",
)
#: Words on signs, placards and banners, and hashtags.
SIGNS61 = (
    "Road Closed - Flooding",
    "No Planet B",
    "Save the Dallow",
    "Evacuation Centre",
    "Do Not Enter - Fire Zone",
    "Our Town Is Drowning",
    "Boil Water Notice",
)
HASHTAGS61 = ("#OskanFlood", "#BrindlemereFire", "#StormBerit", "#ClimateStrike", "#SaveTheSevren")

#: Quotations (no final stop), many holding numbers and measurements.
QUOTES61 = (
    "We had 142 millimetres in five hours and the drains simply gave up",
    "The gauge at the bridge read 6.8 metres at two this morning, a record",
    "Gusts of 130 kilometres an hour are likely along the coast tonight",
    "The fire grew by 4,000 hectares overnight and it is still moving east",
    "I have never seen the water come up this fast in 40 years",
    "We lost every bale and half the sheep",
    "This is the third 1-in-100-year flood we have had since 2019",
    "The ice shelf has thinned by about 12 per cent in a decade",
    "People need to leave now, not in an hour",
    "Temperatures will stay above 41 degrees until at least Sunday",
    "Our crews have been working 16-hour shifts since Tuesday",
    "The oil has reached about 9 kilometres of shoreline",
    "Nobody told us the dam was that close to failing",
    "We packed the dog, the photographs and nothing else",
    "The glacier retreated 310 metres last summer alone",
    "There is no safe level of exposure for the children downstream",
    "We will not sign a text that leaves the small islands behind",
    "The river is expected to crest at 7.2 metres on Thursday",
    "Containment is at 35 per cent and the wind is against us",
    "It sounded like a freight train and then the roof was gone",
    "We measured 2.4 degrees of warming at the site since 1980",
    "The pumps can move 18,000 litres a minute, but it is not enough",
    "We are asking for 3 billion dollars a year, and that is the floor",
    "About 1,200 homes are still without power in the valley",
)

#: Reported clauses (no conjunction, no final stop).
CLAUSES61 = (
    "the river would crest above the 1998 record by Friday",
    "more than 2,000 residents had been told to leave",
    "the fire had jumped the highway near the old quarry",
    "the warning would stay in place until Monday",
    "the town's levee had been breached in two places",
    "rainfall totals could reach 200 millimetres in the hills",
    "the spill was smaller than first reported",
    "the glacier was losing mass faster than any model predicted",
    "the evacuation order would be lifted once the roads were checked",
    "the drought had cut the harvest by nearly a third",
    "the company had not been told of the leak for two days",
    "crews had contained about half of the fire's perimeter",
    "the deal fell short of what the poorest countries needed",
    "the water was not safe to drink until further notice",
    "the storm would weaken before it reached the coast",
    "the reservoir stood at 18 per cent of its capacity",
)

#: Study findings (no conjunction, no final stop).
FINDINGS61 = (
    "the ice sheet lost about 270 billion tonnes a year over the past decade",
    "heatwaves in the region had become five times more likely since 1950",
    "coastal wetlands stored twice as much carbon as earlier estimates suggested",
    "peak river flows had risen by 14 per cent across the catchment",
    "the soil in burned areas took up to eight years to recover",
)

#: Datelines of the breaking-news desk.
DATELINES61 = (
    "BRINDLEMERE, Orlania (Northwire) \u2014 ",
    "CARROW FERRY, Vessland \u2014 ",
    "MORROW QUAY, Tessary (AP-Nordic) \u2014 ",
    "HALVERTON \u2014 ",
    "SALTREACH, Kaldor, June 14 (Northwire) - ",
)

#: Staff bylines.
STAFF61 = ("Petra Vaskova", "Idris Bellamy", "Hollis Grant")

DAYS61 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Narrative sentences (nobody speaks).
NARRATIVE61 = (
    "Sandbags lined the high street by mid-morning.",
    "Smoke hung over the valley for a third day.",
    "The water had reached the church steps by noon.",
    "Helicopters dropped water on the ridge until dark.",
    "Power lines were down across the northern suburbs.",
    "Volunteers handed out blankets at the school gym.",
)
