"""Slot fillers of the seventy-seventh held-out round (``heldout77.py``), a round of MILITARY, DEFENCE AND
VETERANS NEWS as a defence correspondent writes it: invented officers, ministers, spokespeople, veterans and
their families, contractors' executives and think-tank analysts (with a gender and an age); ranks with their
abbreviation, the stem a title holds and the short second reference (`the colonel`); officers' posts with
their brigade, division, command, squadron or ship; civilian posts at the ministry, the committee, the
contractors, the think tanks and the veterans' charities; bodies that issue statements (commands, ministries,
one-word services and contractors); documents; outlets; operation, exercise and ship names and unit nicknames,
mottoes and scare terms that sit in marks and nobody says; quotations, reported clauses, pointed fragments for
mixed quotations, split quotations, narrative sentences, bases, towns and days.

Every name, unit, ship, body, place and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS77 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS77 = (*MARKS77, Mark("\u2018", "\u2019"))

WOMEN77 = (
    Person("Maren Holtby", "Holtby", "f", "English", 51),
    Person("Anjali Raghunathan", "Raghunathan", "f", "Tamil", 44),
    Person("Folasade Adeyinka", "Adeyinka", "f", "Yoruba", 39),
    Person("Chiara Valsecchi", "Valsecchi", "f", "Italian", 47),
    Person("Wiebke Sommerfeld", "Sommerfeld", "f", "German", 53),
    Person("Aoife Kinsella", "Kinsella", "f", "Irish", 36),
    Person("Ngozi Okafor-Bell", "Okafor-Bell", "f", "Igbo", 42),
    Person("Harumi Kuroda", "Kuroda", "f", "Japanese", 49),
    Person("Solenne Marchetti-Roux", "Marchetti-Roux", "f", "French", 45),
    Person("Griet Vandermolen", "Vandermolen", "f", "Dutch", 58),
    Person("Rania Khoury", "Khoury", "f", "Lebanese", 34),
    Person("Isla Macrae", "Macrae", "f", "Scottish", 41),
    Person("Tegan Whitlock", "Whitlock", "f", "Australian", 38),
    Person("Magdalena Zielinska", "Zielinska", "f", "Polish", 55),
    Person("Beatriz Sequeira", "Sequeira", "f", "Portuguese", 46),
)

MEN77 = (
    Person("Anders Hallgren", "Hallgren", "m", "Swedish", 57),
    Person("Wade Culbertson", "Culbertson", "m", "American", 62),
    Person("Kwabena Ofori-Atta", "Ofori-Atta", "m", "Ghanaian", 48),
    Person("Stefano Lanzetti", "Lanzetti", "m", "Italian", 54),
    Person("Cathal Brennock", "Brennock", "m", "Irish", 43),
    Person("Emiliano Cardenas", "Cardenas", "m", "Mexican", 50),
    Person("Fergus Dalgleish", "Dalgleish", "m", "Scottish", 59),
    Person("Jurgen Pfeffermann", "Pfeffermann", "m", "German", 52),
    Person("Tunde Oyelaran", "Oyelaran", "m", "Yoruba", 37),
    Person("Gaspard Lemoine", "Lemoine", "m", "French", 45),
    Person("Rupert Ashcombe", "Ashcombe", "m", "English", 64),
    Person("Tomasz Kowalczyk", "Kowalczyk", "m", "Polish", 40),
    Person("Desmond Farrow", "Farrow", "m", "English", 71),
    Person("Venkat Iyengar", "Iyengar", "m", "Telugu", 46),
    Person("Rui Albuquerque", "Albuquerque", "m", "Portuguese", 49),
)

PEOPLE77 = tuple(p for pair in zip(WOMEN77, MEN77, strict=True) for p in pair)


@frozen
class Officer77:
    """An officer's rank and post: the rank as written before a name (`Col.`), the stem every form of the rank
    holds (`col`: *Col.*, *colonel*), the short second reference (`the colonel`), the post after a name
    (between commas, with its article where it takes one), the post before a name (`41st Rifle Brigade
    commander`), the parts a title must hold (the role noun and the unit) and the unit's name as a body (never
    a speaker)."""

    rank: str
    stem: str
    short: str
    after: str
    pre: str
    parts: tuple[str, ...]
    unit: str


OFFICERS77 = (
    Officer77(
        "Col.",
        "col",
        "the colonel",
        "commander of the 41st Rifle Brigade",
        "41st Rifle Brigade commander",
        ("commander", "41st Rifle Brigade"),
        "the 41st Rifle Brigade",
    ),
    Officer77(
        "Lt. Gen.",
        "gen",
        "the general",
        "head of the Northern Command",
        "Northern Command chief",
        ("Northern Command",),
        "the Northern Command",
    ),
    Officer77(
        "Rear Adm.",
        "adm",
        "the admiral",
        "commander of the Second Frigate Squadron",
        "Second Frigate Squadron commander",
        ("commander", "Second Frigate Squadron"),
        "the Second Frigate Squadron",
    ),
    Officer77(
        "Maj. Gen.",
        "gen",
        "the general",
        "commander of the 7th Mountain Division",
        "7th Mountain Division commander",
        ("commander", "7th Mountain Division"),
        "the 7th Mountain Division",
    ),
    Officer77(
        "Brig. Gen.",
        "gen",
        "the general",
        "deputy commander of the Joint Logistics Command",
        "Joint Logistics Command deputy commander",
        ("deputy commander", "Joint Logistics Command"),
        "the Joint Logistics Command",
    ),
    Officer77(
        "Capt.",
        "cap",
        "the captain",
        "commanding officer of the frigate Caldmoor",
        "Caldmoor commanding officer",
        ("commanding officer", "Caldmoor"),
        "the Caldmoor",
    ),
    Officer77(
        "Lt. Col.",
        "col",
        "the colonel",
        "commanding officer of the 2nd Fenland Engineers",
        "2nd Fenland Engineers commanding officer",
        ("commanding officer", "Fenland Engineers"),
        "the 2nd Fenland Engineers",
    ),
    Officer77(
        "Vice Adm.",
        "adm",
        "the admiral",
        "chief of the naval staff",
        "naval staff chief",
        ("chief", "naval staff"),
        "the naval staff",
    ),
    Officer77(
        "Gen.",
        "gen",
        "the general",
        "chief of the defence staff",
        "defence staff chief",
        ("chief", "defence staff"),
        "the defence staff",
    ),
    Officer77(
        "Sgt. Maj.",
        "maj",
        "the sergeant major",
        "the senior enlisted adviser at the Eastern Air Command",
        "Eastern Air Command senior enlisted adviser",
        ("adviser", "Eastern Air Command"),
        "the Eastern Air Command",
    ),
    Officer77(
        "Maj.",
        "maj",
        "the major",
        "an operations officer with the 12th Air Assault Regiment",
        "12th Air Assault Regiment operations officer",
        ("operations officer", "12th Air Assault Regiment"),
        "the 12th Air Assault Regiment",
    ),
    Officer77(
        "Col.",
        "col",
        "the colonel",
        "director of training at the Garrow Military Academy",
        "Garrow Military Academy training director",
        ("director", "Garrow Military Academy"),
        "the Garrow Military Academy",
    ),
)


@frozen
class Post77:
    """A civilian post: the post after a name (between commas, with its article; `{s}` stands for
    *spokeswoman* or *spokesman*), the post before a name, the parts a title must hold, the short second
    reference (`the minister`; `{s}` again) and the body it belongs to (never a speaker of a person's
    words)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str

    def a(self, p: Person) -> str:
        """The post after *p*'s name, with *p*'s spokes-noun."""
        return self.after.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def b(self, p: Person) -> str:
        """The post before *p*'s name."""
        return self.pre.replace("{s}", p.kin("spokeswoman", "spokesman"))

    def sh(self, p: Person) -> str:
        """The short second reference to *p*."""
        return self.short.replace("{s}", p.kin("spokeswoman", "spokesman"))


#: The ministry's, the committee's and the services' civilian posts.
MINISTRY77 = (
    Post77(
        "the defence minister", "Defence Minister", ("minister", "defence"), "the minister", "the government"
    ),
    Post77(
        "the deputy defence minister",
        "Deputy Defence Minister",
        ("deputy", "minister", "defence"),
        "the deputy minister",
        "the government",
    ),
    Post77(
        "a {s} for the Defence Ministry",
        "Defence Ministry {s}",
        ("spokes", "Defence Ministry"),
        "the {s}",
        "the Defence Ministry",
    ),
    Post77(
        "the veterans affairs minister",
        "Veterans Affairs Minister",
        ("minister", "veterans affairs"),
        "the minister",
        "the government",
    ),
    Post77("a {s} for the Navy", "Navy {s}", ("spokes", "Navy"), "the {s}", "the Navy"),
    Post77(
        "head of procurement at the Defence Ministry",
        "Defence Ministry procurement head",
        ("procurement", "Defence Ministry"),
        "the procurement chief",
        "the Defence Ministry",
    ),
    Post77(
        "chair of the parliamentary defence committee",
        "defence committee chair",
        ("chair", "defence committee"),
        "the committee chair",
        "the defence committee",
    ),
    Post77(
        "a {s} for the Northern Command",
        "Northern Command {s}",
        ("spokes", "Northern Command"),
        "the {s}",
        "the Northern Command",
    ),
)

#: Contractors' executives and think-tank analysts.
INDUSTRY77 = (
    Post77(
        "chief executive of Brennmark",
        "Brennmark chief executive",
        ("chief executive", "Brennmark"),
        "the chief executive",
        "Brennmark",
    ),
    Post77(
        "president of Kestrel Dynamics",
        "Kestrel Dynamics president",
        ("president", "Kestrel Dynamics"),
        "the company president",
        "Kestrel Dynamics",
    ),
    Post77(
        "head of land systems at Corvane",
        "Corvane land systems head",
        ("land systems", "Corvane"),
        "the executive",
        "Corvane",
    ),
    Post77(
        "a defence analyst at the Tessaly Institute",
        "Tessaly Institute defence analyst",
        ("analyst", "Tessaly Institute"),
        "the analyst",
        "the Tessaly Institute",
    ),
    Post77(
        "a senior fellow at the Harlow Centre for Security Studies",
        "Harlow Centre senior fellow",
        ("fellow", "Harlow Centre"),
        "the analyst",
        "the Harlow Centre for Security Studies",
    ),
    Post77(
        "a naval analyst with Marlowe Strategic",
        "Marlowe Strategic naval analyst",
        ("analyst", "Marlowe Strategic"),
        "the analyst",
        "Marlowe Strategic",
    ),
    Post77(
        "managing director of the Ostry shipyard",
        "Ostry shipyard managing director",
        ("managing director", "Ostry shipyard"),
        "the managing director",
        "the Ostry shipyard",
    ),
    Post77(
        "a research director at the Vellum Defence Forum",
        "Vellum Defence Forum research director",
        ("director", "Vellum Defence Forum"),
        "the research director",
        "the Vellum Defence Forum",
    ),
)

#: Veterans' descriptions that state a role: (after a name, the parts a title must hold).
VETROLES77 = (
    ("a former sergeant with the Tarn Fusiliers", ("sergeant", "Tarn Fusiliers")),
    ("a retired colonel", ("colonel",)),
    ("a former navy medic", ("medic",)),
    ("chair of the Fenland Veterans Association", ("chair", "Fenland Veterans Association")),
    ("a former paratrooper", ("paratrooper",)),
    ("founder of the veterans' charity Homefront Bridge", ("founder", "Homefront Bridge")),
    ("a former tank commander", ("tank commander",)),
    ("a retired flight engineer", ("flight engineer",)),
)

#: Veterans' relative clauses, which state no title.
SERVED77 = (
    "who served two tours in the Sarvan Valley",
    "who lost a leg in a roadside blast in 2011",
    "who spent twenty-two years in the Navy",
    "who flew transport helicopters for a decade",
    "who left the Army in 2016",
)

#: Bodies that issue statements: (the name as written at a sentence's start, the names a key accepts).
BODIES77 = (
    ("The Defence Ministry", ("the Defence Ministry", "Defence Ministry", "Ministry")),
    ("The Navy", ("the Navy", "Navy")),
    ("The Northern Command", ("the Northern Command", "Northern Command")),
    ("The Joint Logistics Command", ("the Joint Logistics Command", "Joint Logistics Command")),
    ("Brennmark", ("Brennmark",)),
    ("Kestrel Dynamics", ("Kestrel Dynamics",)),
    ("The Army", ("the Army", "Army")),
    (
        "The Fenland Veterans Association",
        ("the Fenland Veterans Association", "Fenland Veterans Association"),
    ),
    ("Corvane", ("Corvane",)),
    ("The Air Force", ("the Air Force", "Air Force")),
)

#: Documents that speak: (the name as a story writes it after *The*, the names a key accepts).
DOCS77 = (
    ("inquiry's report", ("the inquiry's report", "inquiry's report", "report", "the inquiry", "inquiry")),
    ("white paper", ("the white paper", "white paper")),
    ("audit", ("the audit", "audit")),
    ("internal review", ("the internal review", "internal review", "review")),
)

#: Newspapers and broadcasters on the defence beat.
OUTLETS77 = (
    "the Garrison Herald",
    "Bastion Radio",
    "the Armoury Post",
    "the Tidewater Gazette",
    "Northline News",
    "the Ravensfleet Observer",
)

#: Operation, exercise and ship names, which sit in marks and nobody says.
OPS77 = ("Iron Lantern", "Silent Harrow", "Copper Gate", "Grey Heron", "Winter Loom", "Bring Them Home")
EXERCISES77 = ("Northern Anvil", "Saltmarsh Shield", "Black Juniper", "Tidal Gate", "Hold Fast")
SHIPS77 = ("Resolute Gannet", "Ardent Wren", "Stormhollow", "Kestlebury", "Undaunted")
#: Unit and officers' nicknames, mottoes and scare terms in marks.
NICKS77 = (
    "the Iron Wolves",
    "the Lantern Men",
    "Old Granite",
    "the Quartermaster Queen",
    "the Night Ferrymen",
)
MOTTOES77 = ("Steady Under Fire", "Nothing Without the Crew", "We Hold the Bridge", "First Ashore")
SCARE77 = ("hollow fleet", "paper brigades", "readiness theatre", "gold-plated kit")

QUOTES77 = (
    "We train for the worst day so that it never comes",
    "The crews have done everything we asked of them and more",
    "Nobody in this brigade is going home early",
    "We will not discuss troop movements in public",
    "The ship is ready and so are the sailors",
    "This contract keeps the production line open for another decade",
    "Our veterans were promised care and they have waited too long",
    "The exercise showed us exactly where the gaps are",
    "I lost friends out there and I think about them every day",
    "Readiness is not a press release, it is hard work",
    "The budget does not match the ambitions on paper",
    "We expect the first deliveries before the end of next year",
    "Morale is higher than the headlines suggest",
    "The families deserve answers and they will get them",
    "The radar upgrade is running eight months late",
    "Every soldier on that ridge came home",
    "We are not going to rush a decision of this size",
    "The threat has changed faster than our procurement system",
    "I would sign up again tomorrow",
    "There is no shortcut to training a submarine crew",
    "We owe them more than a medal and a handshake",
    "Recruitment is the problem nobody wants to talk about",
    "The helicopters are old but they still fly",
    "We moved three thousand troops without losing a single vehicle",
)

CLAUSES77 = (
    "the brigade would stay in the region until the spring",
    "the first two frigates would be delivered by 2027",
    "the exercise had exposed shortages of spare parts",
    "recruitment had fallen for a third straight year",
    "the ministry was reviewing the contract",
    "no troops had been injured in the incident",
    "the drills would continue through the weekend",
    "the radar upgrade was running over budget",
    "the base would not close before 2030",
    "veterans were waiting months for hearing tests",
    "the helicopter fleet needed replacing within a decade",
    "the convoy had come under fire near the border crossing",
    "the new rifles had passed their final trials",
    "the shipyard would hire four hundred workers",
    "the pension backlog had been cleared",
    "the navy could not crew all of its ships",
    "the inquiry should have been held years earlier",
    "morale in the regiment remained high",
)

#: (what is described, the pointed words in marks).
FRAGS77 = (
    ("the delay", "deeply frustrating"),
    ("the contract", "the best value we could get"),
    ("the exercise", "a complete success"),
    ("the report", "a damning account"),
    ("the decision", "a betrayal of the people who served"),
    ("the budget", "a paper army"),
    ("the new tank", "a generational leap"),
    ("the backlog", "a national disgrace"),
    ("the plan", "reckless"),
    ("the night drill", "routine"),
    ("the spending cut", "a gamble with lives"),
    ("the memorial", "long overdue"),
)

#: Split quotations: the first part (a comma follows it) and the second (lower case, a full stop follows it).
SPLITS77 = (
    ("We were ready", "and we will be ready again"),
    ("The ship held together", "which says everything about the crew"),
    ("Nobody wanted this fight", "but we did not walk away from it"),
    ("The money is there", "but the will is not"),
    ("I have buried too many friends", "and I will not stay quiet"),
    ("The system works", "but it works far too slowly"),
    ("We have asked for answers", "and so far we have had silence"),
    ("This is a good deal for the taxpayer", "and a better one for the troops"),
)

#: Sentences that report nothing.
NARRATIVE77 = (
    "The convoy left the base shortly after dawn.",
    "Two transport aircraft landed at the airfield on Tuesday night.",
    "The frigate returned to port after six months at sea.",
    "A wreath was laid at the memorial in the town square.",
    "The battalion has been stationed in the region since March.",
    "Engineers spent the week repairing the runway.",
)

BASES77 = (
    "Fellbrook Barracks",
    "Camp Ostry",
    "Marlin Point",
    "Drumlow air base",
    "Kessock Vale",
    "Aldenmoor",
)
DAYS77 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
