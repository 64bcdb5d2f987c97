"""Slot fillers of the forty-eighth held-out round (``heldout48.py``), a round of TITLES A FACT-CHECKER PRINTS
across news beats: invented people of Maltese, Belarusian, Macedonian, Kurdish, Pashto, Tajik, Uzbek, Tatar,
Kabyle, Malagasy, Xhosa, Tswana, Bemba, Chichewa and Luxembourgish origin (with their gender and an age),
people of those origins whose names must be kept whole (hyphens, particles, initials, suffixes, nicknames),
straight and curly double marks, roles from science and health, sport, courts and policing, business, the
arts, weather and emergencies, education, the military, diplomacy, religion, farming, transport and
technology (after the name, before it, and the short reference a story uses later), long titles with two
*of*s and bodies whose names hold *and*/*of*/*for*, bodies with the post of their spokesperson, ranks and
honorifics written before a name, lowercase wire-style pre-titles, descriptions that stand for a title, two
roles held at once, relative-clause posts, sports roles, court and police roles, scientists and their
institutes, ranks, envoys and clergy, firms, banks and analysts, an invented newspaper and radio station,
quotations, reported clauses, narrative sentences, days and towns.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS48 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN48 = (
    Person("Marija Camilleri", "Camilleri", "f", "Maltese", 46),
    Person("Alesia Karpovich", "Karpovich", "f", "Belarusian", 39),
    Person("Biljana Trajkovska", "Trajkovska", "f", "Macedonian", 52),
    Person("Hana Qadir", "Qadir", "f", "Kurdish", 37),
    Person("Palwasha Momand", "Momand", "f", "Pashto", 44),
    Person("Firuza Nazarova", "Nazarova", "f", "Tajik", 50),
    Person("Dilnoza Yusupova", "Yusupova", "f", "Uzbek", 41),
    Person("Gulnara Khayrullina", "Khayrullina", "f", "Tatar", 56),
    Person("Kahina Belkacemi", "Belkacemi", "f", "Kabyle", 34),
    Person("Voahangy Rakotomalala", "Rakotomalala", "f", "Malagasy", 48),
    Person("Nomvula Qwabe", "Qwabe", "f", "Xhosa", 43),
    Person("Boitumelo Molefe", "Molefe", "f", "Tswana", 38),
    Person("Mwila Mulenga", "Mulenga", "f", "Bemba", 45),
    Person("Chikondi Banda", "Banda", "f", "Chichewa", 36),
    Person("Josiane Schmit", "Schmit", "f", "Luxembourgish", 59),
)

MEN48 = (
    Person("Karmenu Farrugia", "Farrugia", "m", "Maltese", 54),
    Person("Uladzimir Zhuk", "Zhuk", "m", "Belarusian", 47),
    Person("Goran Stojanovski", "Stojanovski", "m", "Macedonian", 42),
    Person("Rebwar Hamasalih", "Hamasalih", "m", "Kurdish", 49),
    Person("Mirwais Shinwari", "Shinwari", "m", "Pashto", 40),
    Person("Davlat Qodirov", "Qodirov", "m", "Tajik", 53),
    Person("Sherzod Tursunov", "Tursunov", "m", "Uzbek", 38),
    Person("Rustem Valiullin", "Valiullin", "m", "Tatar", 61),
    Person("Idir Ouali", "Ouali", "m", "Kabyle", 44),
    Person("Hery Andrianarisoa", "Andrianarisoa", "m", "Malagasy", 51),
    Person("Siyabonga Mqhayi", "Mqhayi", "m", "Xhosa", 35),
    Person("Kagiso Mogale", "Mogale", "m", "Tswana", 46),
    Person("Chilufya Mwansa", "Mwansa", "m", "Bemba", 57),
    Person("Madalitso Phiri", "Phiri", "m", "Chichewa", 39),
    Person("Gilles Weyland", "Weyland", "m", "Luxembourgish", 48),
)

PEOPLE48 = tuple(p for pair in zip(WOMEN48, MEN48, strict=True) for p in pair)


@frozen
class Named48:
    """A person whose name a careful reader keeps whole: the name as written, the names a key accepts, the
    surname an editor uses later and the gender."""

    written: str
    accepted: tuple[str, ...]
    last: str
    gender: str


NAMED48 = (
    Named48("Rita Farrugia-Borg", ("Rita Farrugia-Borg",), "Farrugia-Borg", "f"),
    Named48("Pol de la Fontaine", ("Pol de la Fontaine",), "de la Fontaine", "m"),
    Named48("Nadine van der Elst", ("Nadine van der Elst",), "van der Elst", "f"),
    Named48("Idir Ait Ouarab", ("Idir Ait Ouarab",), "Ait Ouarab", "m"),
    Named48("Yusuf bin Saleh", ("Yusuf bin Saleh",), "bin Saleh", "m"),
    Named48("Fiona MacAulay", ("Fiona MacAulay",), "MacAulay", "f"),
    Named48("K.T. Mogale", ("K.T. Mogale", "K. T. Mogale"), "Mogale", "m"),
    Named48("J.P. Camilleri", ("J.P. Camilleri", "J. P. Camilleri"), "Camilleri", "m"),
    Named48("Kagiso Seleka Jr.", ("Kagiso Seleka Jr.", "Kagiso Seleka Jr"), "Seleka", "m"),
    Named48("Gilles Reuter III", ("Gilles Reuter III",), "Reuter", "m"),
    Named48('Davlat "Dav" Nurov', ("Davlat Nurov", 'Davlat "Dav" Nurov'), "Nurov", "m"),
    Named48('Lwazi "Lulu" Ntshona', ("Lwazi Ntshona", 'Lwazi "Lulu" Ntshona'), "Ntshona", "f"),
    Named48("Hery Rakoto-Andrianina", ("Hery Rakoto-Andrianina",), "Rakoto-Andrianina", "m"),
    Named48("Alena Kavalenka-Zhuk", ("Alena Kavalenka-Zhuk",), "Kavalenka-Zhuk", "f"),
    Named48("Mwila Chanda-Mulenga", ("Mwila Chanda-Mulenga",), "Chanda-Mulenga", "f"),
    Named48("Marie-Claire de Waha", ("Marie-Claire de Waha",), "de Waha", "f"),
)


@frozen
class Role48:
    """A role: after the name with its article (`the head coach of the Marlow Kestrels`), the parts a title
    must hold, the short reference a story uses later (`the coach`), the role written before a name (`Marlow
    Kestrels head coach`) with the parts that title must hold, and its beat."""

    after: str
    parts: tuple[str, ...]
    short: str
    pre: str
    pre_parts: tuple[str, ...]
    beat: str


ROLES48 = (
    Role48(
        "a professor of marine biology at Corrowby University",
        ("professor of marine biology", "Corrowby University"),
        "the professor",
        "Corrowby University marine biologist",
        ("marine biologist", "Corrowby University"),
        "science",
    ),
    Role48(
        "the head coach of the Marlow Kestrels",
        ("head coach", "Marlow Kestrels"),
        "the coach",
        "Marlow Kestrels head coach",
        ("head coach", "Marlow Kestrels"),
        "sport",
    ),
    Role48(
        "a judge of the Pellworth District Court",
        ("judge", "Pellworth District Court"),
        "the judge",
        "Pellworth District Court judge",
        ("judge", "Pellworth District Court"),
        "courts",
    ),
    Role48(
        "the chief financial officer of Tarvik Maritime",
        ("chief financial officer", "Tarvik Maritime"),
        "the finance chief",
        "Tarvik Maritime finance chief",
        ("finance chief", "Tarvik Maritime"),
        "business",
    ),
    Role48(
        "the artistic director of the Vellmoor Playhouse",
        ("artistic director", "Vellmoor Playhouse"),
        "the artistic director",
        "Vellmoor Playhouse artistic director",
        ("artistic director", "Vellmoor Playhouse"),
        "arts",
    ),
    Role48(
        "the chief forecaster at the Northern Weather Service",
        ("chief forecaster", "Northern Weather Service"),
        "the forecaster",
        "Northern Weather Service chief forecaster",
        ("chief forecaster", "Northern Weather Service"),
        "weather",
    ),
    Role48(
        "the head teacher of Brindle Lane Primary School",
        ("head teacher", "Brindle Lane Primary School"),
        "the head teacher",
        "Brindle Lane Primary School head teacher",
        ("head teacher", "Brindle Lane Primary School"),
        "education",
    ),
    Role48(
        "the commander of the 4th Coastal Brigade",
        ("commander", "4th Coastal Brigade"),
        "the commander",
        "4th Coastal Brigade commander",
        ("commander", "4th Coastal Brigade"),
        "military",
    ),
    Role48(
        "the imam of the Greyfield Mosque",
        ("imam", "Greyfield Mosque"),
        "the imam",
        "Greyfield Mosque imam",
        ("imam", "Greyfield Mosque"),
        "religion",
    ),
    Role48(
        "the president of the Upland Sheep Farmers' Association",
        ("president", "Upland Sheep Farmers"),
        "the farmers' leader",
        "Upland Sheep Farmers' Association president",
        ("president", "Upland Sheep Farmers"),
        "farming",
    ),
    Role48(
        "the operations director of Carrick Rail",
        ("operations director", "Carrick Rail"),
        "the operations director",
        "Carrick Rail operations director",
        ("operations director", "Carrick Rail"),
        "transport",
    ),
    Role48(
        "the chief technology officer of Nimbrel Systems",
        ("chief technology officer", "Nimbrel Systems"),
        "the technology chief",
        "Nimbrel Systems technology chief",
        ("technology chief", "Nimbrel Systems"),
        "technology",
    ),
    Role48(
        "an epidemiologist at the Brasswick Institute for Public Health",
        ("epidemiologist", "Brasswick Institute for Public Health"),
        "the epidemiologist",
        "Brasswick Institute epidemiologist",
        ("epidemiologist", "Brasswick Institute"),
        "health",
    ),
    Role48(
        "the captain of Fenmoor Rovers",
        ("captain", "Fenmoor Rovers"),
        "the captain",
        "Fenmoor Rovers captain",
        ("captain", "Fenmoor Rovers"),
        "sport",
    ),
    Role48(
        "a detective inspector with the Kelsey Vale Police",
        ("detective inspector", "Kelsey Vale Police"),
        "the detective",
        "Kelsey Vale Police detective",
        ("detective", "Kelsey Vale Police"),
        "policing",
    ),
    Role48(
        "an analyst at Corvane Securities",
        ("analyst", "Corvane Securities"),
        "the analyst",
        "Corvane Securities analyst",
        ("analyst", "Corvane Securities"),
        "business",
    ),
    Role48(
        "the principal conductor of the Ardenby Symphony Orchestra",
        ("principal conductor", "Ardenby Symphony Orchestra"),
        "the conductor",
        "Ardenby Symphony Orchestra principal conductor",
        ("principal conductor", "Ardenby Symphony Orchestra"),
        "arts",
    ),
    Role48(
        "the emergency management director for Lisbury County",
        ("emergency management director", "Lisbury County"),
        "the emergency chief",
        "Lisbury County emergency management director",
        ("emergency management director", "Lisbury County"),
        "emergencies",
    ),
    Role48(
        "the vice-chancellor of the University of Osterby",
        ("vice-chancellor", "University of Osterby"),
        "the vice-chancellor",
        "University of Osterby vice-chancellor",
        ("vice-chancellor", "University of Osterby"),
        "education",
    ),
    Role48(
        "the ambassador of Veldria to Kessany",
        ("ambassador", "Veldria"),
        "the ambassador",
        "Veldrian ambassador",
        ("ambassador", "Veldria"),
        "diplomacy",
    ),
    Role48(
        "a software engineer at Quarrow Labs",
        ("software engineer", "Quarrow Labs"),
        "the engineer",
        "Quarrow Labs software engineer",
        ("software engineer", "Quarrow Labs"),
        "technology",
    ),
    Role48(
        "the chief nurse at Saint Aldric's Hospital",
        ("chief nurse", "Saint Aldric's Hospital"),
        "the chief nurse",
        "Saint Aldric's Hospital chief nurse",
        ("chief nurse", "Saint Aldric's Hospital"),
        "health",
    ),
)

#: Long titles written after a name (no article): two *of*s, bodies holding *and*/*of*/*for*, and the
#: parts a title must hold (its role and every affiliation in its chain).
LONG48 = (
    (
        "professor of the history of medicine at the University of Osterby",
        ("professor of the history of medicine", "University of Osterby"),
    ),
    (
        "deputy director of the Centre for Flood and Coastal Resilience at Corrowby University",
        ("deputy director", "Centre for Flood and Coastal Resilience", "Corrowby University"),
    ),
    (
        "head of the department of tropical medicine at Saint Aldric's Hospital",
        ("head of the department of tropical medicine", "Saint Aldric's Hospital"),
    ),
    (
        "chair of the board of trustees of the Vellmoor Playhouse",
        ("chair of the board of trustees", "Vellmoor Playhouse"),
    ),
    (
        "secretary of the Association of Inshore Fishermen and Boat Owners",
        ("secretary", "Association of Inshore Fishermen and Boat Owners"),
    ),
    (
        "director of research and development at Nimbrel Systems",
        ("director of research and development", "Nimbrel Systems"),
    ),
    (
        "senior curator of prints and drawings at the Ardenby Museum of Art",
        ("senior curator of prints and drawings", "Ardenby Museum of Art"),
    ),
    (
        "president of the Council for Rural Schools and Libraries",
        ("president", "Council for Rural Schools and Libraries"),
    ),
    (
        "chief executive of the Office for Rail and Road Safety",
        ("chief executive", "Office for Rail and Road Safety"),
    ),
    (
        "coordinator of the Bureau of Weather and Climate Services for the Northern Isles",
        ("coordinator", "Bureau of Weather and Climate Services", "Northern Isles"),
    ),
    (
        "lecturer in law and ethics at the Faculty of Medicine of Corrowby University",
        ("lecturer in law and ethics", "Corrowby University"),
    ),
    (
        "general manager of the Port of Lisbury and Tallow Bridge",
        ("general manager", "Port of Lisbury and Tallow Bridge"),
    ),
    (
        "head of agronomy at the Institute for Grain and Pulse Research",
        ("head of agronomy", "Institute for Grain and Pulse Research"),
    ),
)

#: Ranks and honorifics written before a name, the body after the name, and the parts a title must hold.
RANKS48 = (
    ("Chief Superintendent", "of the Kelsey Vale Police", ("superintendent", "Kelsey Vale Police")),
    ("Professor", "of Corrowby University", ("professor", "Corrowby University")),
    ("Station Officer", "of Lisbury Fire and Rescue", ("station officer", "Lisbury Fire and Rescue")),
    ("Councillor", "of Ardenby Borough Council", ("councillor", "Ardenby Borough Council")),
    ("Canon", "of Hollinsford Cathedral", ("canon", "Hollinsford Cathedral")),
    ("Commodore", "of the Kessany Navy", ("commodore", "Kessany Navy")),
)

#: Lowercase wire-style titles written before a name, and the parts a title must hold.
LOWER48 = (
    ("county fire chief", ("county fire chief",)),
    ("emergency-ward nurse", ("emergency-ward nurse",)),
    ("team captain", ("team captain",)),
    ("veteran forecaster", ("forecaster",)),
    ("state epidemiologist", ("state epidemiologist",)),
    ("school board member", ("school board member",)),
    ("wheat farmer", ("wheat farmer",)),
    ("rail union organiser", ("union organiser",)),
    ("cybersecurity researcher", ("cybersecurity researcher",)),
    ("parish priest", ("parish priest",)),
)


@frozen
class Body48:
    """A body: its name as written, the noun a story uses for it later, the post of a person there (with
    the parts a title must hold) and a sentence about what it did (`{body}` stands for its name)."""

    name: str
    noun: str
    post: str
    parts: tuple[str, ...]
    event: str


BODIES48 = (
    Body48(
        "Fenmoor Rovers",
        "the club",
        "new manager",
        ("manager", "Fenmoor Rovers"),
        "{body} appointed a new manager on {day}.",
    ),
    Body48(
        "the Northern Weather Service",
        "the service",
        "chief forecaster",
        ("chief forecaster", "Northern Weather Service"),
        "{body} issued a flood warning for the coast on {day}.",
    ),
    Body48(
        "Corvane Securities",
        "the bank",
        "chief economist",
        ("chief economist", "Corvane Securities"),
        "{body} cut its growth forecast on {day}.",
    ),
    Body48(
        "Saint Aldric's Hospital",
        "the hospital",
        "medical director",
        ("medical director", "Saint Aldric's Hospital"),
        "{body} postponed all planned operations on {day}.",
    ),
    Body48(
        "the Vellmoor Playhouse",
        "the theatre",
        "artistic director",
        ("artistic director", "Vellmoor Playhouse"),
        "{body} announced its new season on {day}.",
    ),
    Body48(
        "Carrick Rail",
        "the company",
        "safety director",
        ("safety director", "Carrick Rail"),
        "{body} suspended services on the coast line on {day}.",
    ),
    Body48(
        "Nimbrel Systems",
        "the company",
        "chief scientist",
        ("chief scientist", "Nimbrel Systems"),
        "{body} reported a data breach on {day}.",
    ),
    Body48(
        "the Upland Sheep Farmers' Association",
        "the association",
        "chair",
        ("chair", "Upland Sheep Farmers"),
        "{body} called an emergency meeting on {day}.",
    ),
    Body48(
        "the University of Osterby",
        "the university",
        "registrar",
        ("registrar", "University of Osterby"),
        "{body} cancelled its winter examinations on {day}.",
    ),
    Body48(
        "the Diocese of Hollinsford",
        "the diocese",
        "safeguarding officer",
        ("safeguarding officer", "Diocese of Hollinsford"),
        "{body} published its review on {day}.",
    ),
)

#: Founders' outfits: a body founded by a person and what it did (`{body}` stands for its name).
FOUNDED48 = (
    ("Quarrow Labs", "{body} released its first product on {day}."),
    ("the Greyfield Food Bank", "{body} opened a second warehouse on {day}."),
    ("Tallow Bridge Community Radio", "{body} went back on air on {day}."),
    ("the Kestrel Reading Trust", "{body} gave away its ten-thousandth book on {day}."),
)

#: Courts and the post of the judge who presides there.
COURTS48 = ("the Pellworth District Court", "Ashdown Crown Court", "the Kessany High Court")

#: Two roles held at once (after the name) and the parts a title must hold.
TWO48 = (
    (
        "a surgeon and researcher at Saint Aldric's Hospital",
        ("surgeon", "researcher", "Saint Aldric's Hospital"),
    ),
    ("the founder and chief executive of Quarrow Labs", ("founder", "chief executive", "Quarrow Labs")),
    ("a poet and lecturer at Corrowby University", ("poet", "lecturer", "Corrowby University")),
    ("the owner and head trainer of Marlow Park Stables", ("owner", "head trainer", "Marlow Park Stables")),
    ("a farmer and councillor in Tallow Bridge", ("farmer", "councillor", "Tallow Bridge")),
    (
        "the chair and co-founder of the Kestrel Reading Trust",
        ("chair", "co-founder", "Kestrel Reading Trust"),
    ),
)

#: Relative-clause posts: the clause's verb, a body, and the parts a title must hold (the verb's stem).
LEADS48 = (
    ("chairs", "the Lisbury Flood Action Group", ("chair", "Lisbury Flood Action Group")),
    ("heads", "the Ardenby Museum of Art", ("head", "Ardenby Museum of Art")),
    ("leads", "the Corrowby University Glacier Project", ("lead", "Corrowby University Glacier Project")),
    ("directs", "the Tallow Bridge Folk Festival", ("direct", "Tallow Bridge Folk Festival")),
    ("coaches", "the Fenmoor Rovers youth team", ("coach", "Fenmoor Rovers youth team")),
    ("manages", "the Greyfield Food Bank", ("manag", "Greyfield Food Bank")),
)

#: A role with a relative clause after it (`a paramedic who has worked in Lisbury for twenty years`) and the
#: parts a title must hold.
WHO48 = (
    ("a paramedic who has worked in Lisbury for twenty years", ("paramedic",)),
    ("a geologist who has studied the cliffs since 2004", ("geologist",)),
    ("a harbour pilot who guided the tanker in", ("harbour pilot",)),
    ("a midwife who delivered the first baby at the new unit", ("midwife",)),
    ("a librarian who helped set up the archive", ("librarian",)),
    ("a bus driver who has driven the coast route for a decade", ("bus driver",)),
)

#: Descriptions that stand for a title (`{age}` is the speaker's age; `{kin}` their *mother*/*father*), and
#: the parts a title must hold.
DESCS48 = (
    ("a {kin} of three from Tallow Bridge", ("of three", "Tallow Bridge")),
    ("a {age}-year-old welder at the Brassick steelworks", ("welder", "Brassick steelworks")),
    ("a season-ticket holder since 1988", ("season-ticket holder",)),
    ("a first-year student at Corrowby University", ("first-year student", "Corrowby University")),
    ("a retired bus driver from Lisbury", ("retired bus driver", "Lisbury")),
    ("a volunteer at the Greyfield Food Bank", ("volunteer", "Greyfield Food Bank")),
    ("a beekeeper near Hollinsford", ("beekeeper", "Hollinsford")),
    ("a night-shift nurse at Saint Aldric's Hospital", ("nurse", "Saint Aldric's Hospital")),
    ("the owner of a bakery on Mill Street", ("owner", "bakery")),
    ("a parent of two pupils at Brindle Lane Primary School", ("parent", "Brindle Lane Primary School")),
    ("a lifelong supporter of Fenmoor Rovers", ("supporter", "Fenmoor Rovers")),
    ("a ferry deckhand based in Tallow Bridge", ("ferry deckhand", "Tallow Bridge")),
)

#: Sports roles (after the name, with the parts a title must hold).
SPORT48 = (
    ("the head coach of the Marlow Kestrels", ("head coach", "Marlow Kestrels")),
    ("the captain of Fenmoor Rovers", ("captain", "Fenmoor Rovers")),
    ("the goalkeeper for Ardenby Town", ("goalkeeper", "Ardenby Town")),
    ("the manager of Ardenby Town", ("manager", "Ardenby Town")),
    ("the commissioner of the Northern Hockey League", ("commissioner", "Northern Hockey League")),
    ("a fly-half for the Carrick Harlequins", ("fly-half", "Carrick Harlequins")),
    ("the team doctor of the Marlow Kestrels", ("team doctor", "Marlow Kestrels")),
    ("the point guard for the Tallow Bridge Otters", ("point guard", "Tallow Bridge Otters")),
)

#: Short references for the sports roles (in ``SPORT48``'s order).
SPORTSHORT48 = (
    "coach",
    "captain",
    "goalkeeper",
    "manager",
    "commissioner",
    "fly-half",
    "team doctor",
    "point guard",
)

#: Pre-name sports titles and the parts a title must hold.
SPORTPRE48 = (
    ("Kestrels coach", ("coach", "Kestrels")),
    ("Rovers captain", ("captain", "Rovers")),
    ("Ardenby Town goalkeeper", ("goalkeeper", "Ardenby Town")),
    ("Harlequins fly-half", ("fly-half", "Harlequins")),
    ("Otters point guard", ("point guard", "Otters")),
    ("Northern Hockey League commissioner", ("commissioner", "Northern Hockey League")),
)

#: Opponents in sport.
TEAMS48 = ("Hollinsford United", "the Greyfield Falcons", "Osterby Athletic", "Brassick Wanderers")

#: Court and police roles after the name, with the parts a title must hold.
LAW48 = (
    (
        "a prosecutor with the Kelsey Vale District Attorney's Office",
        ("prosecutor", "Kelsey Vale District Attorney"),
    ),
    ("a senior partner at Harrowgate Lyle Solicitors", ("senior partner", "Harrowgate Lyle")),
    ("the chief constable of the Kelsey Vale Police", ("chief constable", "Kelsey Vale Police")),
    ("the public defender for Lisbury County", ("public defender", "Lisbury County")),
    ("a forensic pathologist at the Lisbury Coroner's Office", ("forensic pathologist", "Lisbury Coroner")),
    ("the clerk of the Pellworth District Court", ("clerk", "Pellworth District Court")),
)

#: Police ranks before a name, with the force after it.
POLICE48 = (
    ("Detective Sergeant", ("detective sergeant", "Kelsey Vale Police")),
    ("Chief Inspector", ("chief inspector", "Kelsey Vale Police")),
    ("Detective Superintendent", ("detective superintendent", "Kelsey Vale Police")),
)

#: Scientists' role nouns and their institutes.
SCIENCE48 = (
    "epidemiologist",
    "virologist",
    "marine ecologist",
    "geneticist",
    "soil scientist",
    "hydrologist",
    "neuroscientist",
    "glaciologist",
)
INSTITUTES48 = (
    "Corrowby University",
    "the Brasswick Institute for Public Health",
    "the Osterby Centre for Genomic Medicine",
    "the Lisbury School of Tropical Medicine",
    "the Northern Institute for Ocean and Climate Studies",
)
#: Clinicians' role nouns (at Saint Aldric's Hospital).
CLINIC48 = ("consultant cardiologist", "paediatric surgeon", "clinical psychologist", "emergency physician")
#: Health agencies.
AGENCIES48 = ("the National Medicines Agency", "the Kessany Public Health Board")

#: Military ranks before a name, with a post after it (and the parts a title must hold).
MILITARY48 = (
    ("Lt. Col.", "commander of the 4th Coastal Brigade", ("commander", "4th Coastal Brigade")),
    ("Rear Admiral", "head of the Kessany Navy's northern fleet", ("head", "northern fleet")),
    ("Maj. Gen.", "chief of staff of the Kessany Army", ("chief of staff", "Kessany Army")),
    ("Col.", "spokesperson for the Veldrian Defence Ministry", ("spokes", "Veldrian Defence Ministry")),
    ("Wing Commander", "head of the Osterby air base", ("head", "Osterby air base")),
)
#: Envoys and diplomats (after the name) and the parts a title must hold.
ENVOYS48 = (
    ("Veldria's ambassador to Kessany", ("ambassador", "Veldria")),
    ("the special envoy for the Tarrow Strait talks", ("special envoy", "Tarrow Strait")),
    ("Kessany's deputy foreign minister", ("deputy foreign minister", "Kessany")),
    ("the consul general of Veldria in Lisbury", ("consul general", "Veldria")),
)
#: Clergy: the title before the name, the place or body after it, and the parts a title must hold.
CLERGY48 = (
    ("Bishop", "of Hollinsford", ("bishop", "Hollinsford")),
    ("Rabbi", "of Congregation Ohev Tzedek", ("rabbi", "Congregation Ohev Tzedek")),
    ("Imam", "of the Greyfield Mosque", ("imam", "Greyfield Mosque")),
    ("Archdeacon", "of Tallow Bridge", ("archdeacon", "Tallow Bridge")),
    ("Pastor", "of Ardenby Baptist Church", ("pastor", "Ardenby Baptist Church")),
)

#: Firms, banks and funds; sectors an analyst covers; regulators.
FIRMS48 = ("Tarvik Maritime", "Nimbrel Systems", "Carrick Rail", "Osterby Mills", "Brassick Steel")
BANKS48 = ("Corvane Securities", "Pellam Ridge Capital", "Hollin Bay Partners")
FUNDS48 = ("Greywater Asset Management", "Norden Crest Investors")
SECTORS48 = ("shipping stocks", "European software firms", "the steel sector", "regional railways")
REGULATORS48 = ("the Office for Energy Markets", "the Kessany Competition Authority")

#: An invented newspaper and radio station (never speakers).
OUTLETS48 = ("the Lisbury Courier", "Radio Osterby")

#: Quotations (a sentence without its final stop; none holds a contraction or a name).
QUOTES48 = (
    "We have more work to do than people realise",
    "Nobody expected the numbers to move this quickly",
    "This is the result of years of careful work",
    "I would rather be honest about the risks now",
    "We owe the families a clear answer",
    "The next six months will decide a great deal",
    "There is no shortcut and we will not pretend there is",
    "I am proud of everyone who stayed late to get this right",
    "Some of the early signs are encouraging",
    "We were caught out and we have learned from it",
    "It is too soon to say what went wrong",
    "The public deserves better than guesswork",
    "Every decision we made was checked twice",
    "We expect to publish the full figures in the spring",
)

#: Reported clauses (lowercase; no marks).
CLAUSES48 = (
    "the figures would be published in the spring",
    "the early results were encouraging",
    "the delays had been caused by a shortage of staff",
    "more checks would be needed before the summer",
    "the decision had been taken after a long review",
    "the damage was worse than first thought",
    "the programme would be extended for another year",
    "nobody had been told about the change in advance",
    "the cost had nearly doubled since the plan was drawn up",
    "the team had done everything that was asked of it",
)

#: Narrative sentences nobody says.
NARRATIVE48 = (
    "The meeting ran on for nearly three hours.",
    "Heavy rain had fallen across the county overnight.",
    "About two hundred people attended the event.",
    "The report was published late on Tuesday evening.",
    "The building has been closed since the spring.",
    "Tickets sold out within a day.",
)

#: Days of the week.
DAYS48 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Reported clauses for sport, courts, science and business (lowercase; no marks).
SPORTC48 = (
    "the team had deserved the win",
    "the injury was not as bad as first feared",
    "the squad would need two new players before the deadline",
    "the second half had been the best of the season",
    "the pitch had been in poor condition",
)
LAWC48 = (
    "the evidence had been handled properly from the start",
    "the witness had changed her account twice",
    "the search of the flat had been lawful",
    "the case would be heard again in the new year",
    "the force had received more than forty calls that night",
)
SCIC48 = (
    "the effect was larger in older patients",
    "the results needed to be repeated in a bigger trial",
    "the water samples had been taken over three winters",
    "the findings did not apply to children",
    "the ice had thinned faster than the models predicted",
)
BIZC48 = (
    "margins would recover in the second half of the year",
    "the company had been too slow to cut costs",
    "demand from shipping customers had fallen sharply",
    "the dividend was safe for now",
    "the takeover would be cleared by the autumn",
)
