"""Slot fillers of the seventy-sixth held-out round (``heldout76.py``), a round of WIRE COPY, BREAKING NEWS
AND AGENCY UPDATES as a news agency writes them: invented ministers, governors, mayors, police chiefs,
emergency chiefs, prosecutors, company executives and spokespeople (with a gender and an age), their roles
with the ministry, province, city, service or company they belong to, invented ministries, police forces,
services and one-word companies that speak in statements, invented agencies that write the datelines,
state media that quote officials, datelines, editorial notes (updates, corrections, reporting lines),
one-line quotations, reported clauses, casualty and evacuation clauses, pointed fragments for mixed
quotations, split quotations, operation names, nicknames, scare terms, slogans and vessel names that sit in
marks and nobody says, narrative sentences, languages, towns and days.

Every name, body, agency, place and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS76 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS76 = (*MARKS76, Mark("\u2018", "\u2019"))

WOMEN76 = (
    Person("Halina Brezhova", "Brezhova", "f", "Taravian", 54),
    Person("Marisol Echeverri", "Echeverri", "f", "Colombian", 47),
    Person("Adaeze Nwankwo", "Nwankwo", "f", "Igbo", 43),
    Person("Siobhan Talbridge", "Talbridge", "f", "English", 51),
    Person("Greta Holmqvist", "Holmqvist", "f", "Swedish", 39),
    Person("Farida Oumarou", "Oumarou", "f", "Nigerien", 45),
    Person("Keiko Marubashi", "Marubashi", "f", "Japanese", 58),
    Person("Ilona Vasarhelyi", "Vasarhelyi", "f", "Hungarian", 36),
    Person("Teresa Albuquerque", "Albuquerque", "f", "Portuguese", 62),
    Person("Nadia Kherroubi", "Kherroubi", "f", "Algerian", 41),
    Person("Ruth Oyelaran", "Oyelaran", "f", "Yoruba", 49),
    Person("Anneke Verhoeven", "Verhoeven", "f", "Dutch", 44),
    Person("Leontyna Drabek", "Drabek", "f", "Czech", 57),
    Person("Sunita Raghavan", "Raghavan", "f", "Tamil", 38),
    Person("Maren Skjoldal", "Skjoldal", "f", "Norwegian", 52),
)

MEN76 = (
    Person("Dragan Voskovic", "Voskovic", "m", "Serbian", 61),
    Person("Tomasz Kielbicki", "Kielbicki", "m", "Polish", 48),
    Person("Emeka Obiorah", "Obiorah", "m", "Igbo", 55),
    Person("Gareth Pennock", "Pennock", "m", "Welsh", 46),
    Person("Arvid Stenmark", "Stenmark", "m", "Swedish", 59),
    Person("Ousmane Diallo-Kane", "Diallo-Kane", "m", "Senegalese", 42),
    Person("Hiroshi Tagawa", "Tagawa", "m", "Japanese", 64),
    Person("Luca Ferrandino", "Ferrandino", "m", "Italian", 50),
    Person("Rui Mesquita", "Mesquita", "m", "Portuguese", 37),
    Person("Karim Bensalah", "Bensalah", "m", "Algerian", 53),
    Person("Desmond Achterfeld", "Achterfeld", "m", "German", 45),
    Person("Pieter Oostveen", "Oostveen", "m", "Dutch", 40),
    Person("Valentin Corbeanu", "Corbeanu", "m", "Romanian", 57),
    Person("Anand Kulkarni", "Kulkarni", "m", "Marathi", 49),
    Person("Callum Strachan", "Strachan", "m", "Scottish", 35),
)

PEOPLE76 = tuple(p for pair in zip(WOMEN76, MEN76, strict=True) for p in pair)


@frozen
class Role76:
    """An official's role: the title after a name (with its article, between commas), the title before a name
    (no article), the parts a title must hold (the role noun and each affiliation) and the short reference a
    story uses later (`the minister`)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str


#: Officials' and executives' roles with the country, province, city, service or company they belong to.
ROLES76 = (
    Role76(
        "the interior minister of Taravia",
        "Taravian Interior Minister",
        ("interior minister", "Tarav"),
        "the minister",
    ),
    Role76("the governor of Ostrel province", "Ostrel Governor", ("governor", "Ostrel"), "the governor"),
    Role76(
        "chief of the National Emergency Service",
        "National Emergency Service chief",
        ("chief", "National Emergency Service"),
        "the emergency chief",
    ),
    Role76(
        "police commissioner in Varnhold",
        "Varnhold police commissioner",
        ("police commissioner", "Varnhold"),
        "the commissioner",
    ),
    Role76(
        "chief executive of Veltrix",
        "Veltrix chief executive",
        ("chief executive", "Veltrix"),
        "the chief executive",
    ),
    Role76(
        "the foreign minister of Dalmaria",
        "Dalmarian Foreign Minister",
        ("foreign minister", "Dalmar"),
        "the minister",
    ),
    Role76("the mayor of Port Almerin", "Port Almerin Mayor", ("mayor", "Port Almerin"), "the mayor"),
    Role76(
        "commander of the Eastern Fleet",
        "Eastern Fleet commander",
        ("commander", "Eastern Fleet"),
        "the commander",
    ),
    Role76(
        "general manager of Kalmon Rail",
        "Kalmon Rail general manager",
        ("general manager", "Kalmon Rail"),
        "the general manager",
    ),
    Role76(
        "director of the Coastal Flood Agency",
        "Coastal Flood Agency director",
        ("director", "Coastal Flood Agency"),
        "the director",
    ),
    Role76("chair of Ostara Holdings", "Ostara Holdings chair", ("chair", "Ostara Holdings"), "the chair"),
    Role76(
        "the prosecutor general of Taravia",
        "Taravian Prosecutor General",
        ("prosecutor general", "Tarav"),
        "the prosecutor",
    ),
    Role76(
        "the health minister of Dalmaria",
        "Dalmarian Health Minister",
        ("health minister", "Dalmar"),
        "the minister",
    ),
    Role76("fire chief in Drelin", "Drelin fire chief", ("fire chief", "Drelin"), "the fire chief"),
)


@frozen
class Body76:
    """A ministry, police force, service or company that speaks for itself: its name as written inside a
    sentence (with its article when it takes one), the names a key accepts as its speaker, its name before a
    role noun (`Interior Ministry spokeswoman`), the noun a second reference uses (`the ministry`) and the
    affiliation a spokesperson's title must hold."""

    name: str
    accepted: tuple[str, ...]
    pre: str
    noun: str
    core: str


#: Bodies that issue statements; some are one-word companies.
BODIES76 = (
    Body76(
        "the Interior Ministry",
        ("Interior Ministry", "Taravian Interior Ministry"),
        "Interior Ministry",
        "ministry",
        "Interior Ministry",
    ),
    Body76("Veltrix", ("Veltrix",), "Veltrix", "company", "Veltrix"),
    Body76(
        "the National Emergency Service",
        ("National Emergency Service", "Emergency Service"),
        "National Emergency Service",
        "service",
        "Emergency Service",
    ),
    Body76("Kalmon Rail", ("Kalmon Rail",), "Kalmon Rail", "operator", "Kalmon Rail"),
    Body76("Varnhold police", ("Varnhold police", "police"), "Varnhold police", "force", "Varnhold police"),
    Body76("Ostara", ("Ostara",), "Ostara", "airline", "Ostara"),
    Body76(
        "the Defence Ministry",
        ("Defence Ministry", "Taravian Defence Ministry"),
        "Defence Ministry",
        "ministry",
        "Defence Ministry",
    ),
    Body76(
        "the Coastal Flood Agency",
        ("Coastal Flood Agency",),
        "Coastal Flood Agency",
        "agency",
        "Coastal Flood Agency",
    ),
    Body76("Brantwell", ("Brantwell",), "Brantwell", "company", "Brantwell"),
)

#: News agencies that write the datelines and that people talk to.
AGENCIES76 = ("Northwire", "Pelorus", "Calder News", "Strandline")


@frozen
class StateMedia76:
    """A state outlet that quotes officials: its name as the subject of a sentence, its name after *by*, and
    the names a key must never give a quotation to."""

    subject: str
    by: str
    names: tuple[str, ...]


STATEMEDIA76 = (
    StateMedia76(
        "State news agency Tarpress", "state news agency Tarpress", ("Tarpress", "state news agency")
    ),
    StateMedia76("State broadcaster DTV", "state broadcaster DTV", ("DTV", "state broadcaster")),
    StateMedia76(
        "The official Dalmar News Agency", "the official Dalmar News Agency", ("Dalmar News Agency",)
    ),
    StateMedia76("State television", "state television", ("state television",)),
)

#: Dateline cities as an agency writes them (capitals), and towns as a story writes them.
CITIES76 = ("KESTOVA", "PORT ALMERIN", "VARNHOLD", "DRELIN", "OSTREL")
TOWNS76 = ("Kestova", "Port Almerin", "Varnhold", "Drelin", "Ostrel", "Lisvany", "Morrowick")
DATES76 = ("March 3", "Jan 14", "Oct 27", "June 9", "Aug 21", "Nov 2")
DAYS76 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The dash between a dateline and the story.
DASHES76 = (" - ", " \u2014 ", " -- ")
LANGUAGES76 = ("Taravian", "Dalmarian", "French", "Portuguese")

#: One-line quotations, without their closing punctuation.
QUOTES76 = (
    "We are doing everything we can to reach the people still trapped",
    "The situation on the ground remains extremely difficult",
    "Nobody should return to the area until the all-clear is given",
    "There will be no negotiations under these conditions",
    "We expect the line to reopen by the weekend",
    "This was a deliberate attack on civilians",
    "Our teams have been working through the night",
    "The figures will change as more reports come in",
    "We have not received any formal request",
    "It is too early to say what caused the fire",
    "The company will cooperate fully with investigators",
    "We are not ruling anything out at this stage",
    "The water is still rising in the lower districts",
    "Every family that needs shelter will get it",
    "The talks were difficult but useful",
    "We have asked the public to stay away from the coast",
    "Nothing has been decided yet",
    "There is no threat to the wider public",
    "The border crossing will stay closed until further notice",
    "We regret the disruption to passengers",
    "I want to thank the volunteers who came out in the rain",
    "We will rebuild every school that was lost",
)

#: Reported clauses (no leading *that*, no closing punctuation).
CLAUSES76 = (
    "the evacuation of the eastern districts would continue overnight",
    "the bridge had been closed as a precaution",
    "rescue teams had reached the village by mid-morning",
    "no foreign nationals were among the injured",
    "the government would not comment on the leaked memo",
    "production at the plant had been suspended",
    "investigators were examining the cause of the blast",
    "talks would resume in Drelin next week",
    "the curfew would be lifted on Friday",
    "power had been restored to most homes",
    "two suspects had been detained overnight",
    "the airport would reopen once the runway was cleared",
    "the ministry had not received a formal complaint",
    "more troops would be sent to the border area",
    "the dam was holding but water levels remained high",
    "the ferry service would be suspended until Monday",
    "the fire was contained but not yet under control",
    "schools in the province would stay shut for a second day",
)

#: Casualty and evacuation clauses as a rolling report gives them (the first letter in lower case).
CASUALTIES76 = (
    "at least 14 people were killed and 31 injured",
    "the death toll had risen to 23",
    "some 4,000 residents had been evacuated from the riverside districts",
    "nine people were still missing after the landslide",
    "at least six firefighters were treated for smoke inhalation",
    "more than 1,200 people had spent the night in emergency shelters",
    "the bodies of three fishermen had been recovered",
    "at least 40 homes had been destroyed by the fire",
)

#: (object, pointed fragment) for mixed quotations.
FRAGS76 = (
    ("the attack", "cowardly and senseless"),
    ("the damage", "on a scale we have never seen"),
    ("the report", "pure fabrication"),
    ("the situation", "under control"),
    ("the talks", "frank and constructive"),
    ("the outage", "completely unacceptable"),
    ("the rescue effort", "a race against the clock"),
    ("the allegations", "baseless"),
)

#: Split quotations: the first half (a full clause) and the second (starting in lower case).
SPLITS76 = (
    ("We knew the river would rise", "but nobody expected it to rise this fast"),
    ("The trains will run again", "but not before every bridge has been checked"),
    ("We have found no survivors so far", "although the search will go on through the night"),
    ("This is not the time for blame", "it is the time to get people out"),
    ("Our priority is the injured", "and everything else can wait"),
    ("The fire is moving east", "so we are moving people west"),
)

#: Notes an editor puts above a story, in brackets; nobody says them.
NOTES76 = (
    "(Updates with comments from officials in paragraphs 3-4)",
    "(Adds death toll, quote from emergency service)",
    "(Corrects spelling of town in paragraph 2)",
    "(Recasts with evacuation figures, adds background)",
)

#: Headlines with no report verb.
HEADLINES76 = (
    "UPDATE 2-Floods force thousands from homes in eastern Taravia",
    "Train derails near Lisvany, services halted",
    "UPDATE 1-Fire at Brantwell plant in Drelin brought under control",
    "Storm cuts power to coastal towns in Ostrel province",
)

#: Operation names, nicknames, scare terms, slogans and vessel names that sit in marks and nobody says.
OPERATIONS76 = ("Iron Lantern", "Clean Harbour", "Northern Shield", "Quiet Water")
NICKS76 = ("the Iron Lady of Ostrel", "Mister Fixit", "the Night Mayor", "the Bulldozer")
SCARE76 = ("foreign agents", "emergency powers", "clean streets", "border security")
SLOGANS76 = ("Bread, not bullets", "Open the border", "We are still here", "No more floods")
VESSELS76 = ("Marisa Dawn", "Grey Heron", "Saint Auberon", "Kestova Star")

#: Narrative sentences that report nothing.
NARRATIVE76 = (
    "Rescue teams worked through the night in the flooded districts.",
    "Roads into the valley remained closed on Tuesday morning.",
    "Long queues formed outside the only open petrol station in the town.",
    "The train was carrying about 300 passengers when it left the rails.",
    "Smoke from the fire could be seen from the coast road.",
    "Shops in the old town stayed shuttered for a third day.",
)
