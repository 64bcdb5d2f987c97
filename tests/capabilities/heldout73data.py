"""Slot fillers of the seventy-third held-out round (``heldout73.py``), a round of HEARINGS, TESTIMONY AND
INQUIRIES: invented witnesses, lawmakers, chairs, inquiry counsel and judges of Estonian, Latvian,
Lithuanian, Georgian, Armenian, Albanian, Slovak, Slovene, Romanian, Catalan, Frisian, Flemish, Greek,
Finnish, Hungarian and Croatian origin (with their gender and an age), witnesses' posts with their bodies and
the short reference a hearing story uses later, committees and inquiries, invented towns for constituencies,
straight and curly double marks and British single marks, testimony, questions put at a hearing, answers,
reported clauses, the words of emails and affidavits in evidence, and bill names, report titles, code names
and nicknames nobody says.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented (the names of real states and parties are real).
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS73 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
#: British single marks (curly), for the parliamentary and inquiry stories.
SINGLE73 = Mark("\u2018", "\u2019")
ALLMARKS73 = (*MARKS73, SINGLE73)

WOMEN73 = (
    Person("Kadri Saarepuu", "Saarepuu", "f", "Estonian", 47),
    Person("Ilze Kalnmeiere", "Kalnmeiere", "f", "Latvian", 52),
    Person("Ruta Jankauskiene", "Jankauskiene", "f", "Lithuanian", 44),
    Person("Tamar Beridze", "Beridze", "f", "Georgian", 39),
    Person("Anahit Melkonyan", "Melkonyan", "f", "Armenian", 56),
    Person("Drita Hoxhaj", "Hoxhaj", "f", "Albanian", 41),
    Person("Zuzana Hronceková", "Hronceková", "f", "Slovak", 49),
    Person("Maja Zupancic", "Zupancic", "f", "Slovene", 38),
    Person("Ioana Vladescu", "Vladescu", "f", "Romanian", 58),
    Person("Montserrat Puigvert", "Puigvert", "f", "Catalan", 54),
    Person("Froukje Hoekstra", "Hoekstra", "f", "Frisian", 46),
    Person("Lieve Verhaegen", "Verhaegen", "f", "Flemish", 51),
    Person("Eleni Papadaki", "Papadaki", "f", "Greek", 43),
    Person("Kaisa Heikkilä", "Heikkilä", "f", "Finnish", 60),
    Person("Réka Szalai", "Szalai", "f", "Hungarian", 37),
    Person("Ivana Barisic", "Barisic", "f", "Croatian", 50),
)

MEN73 = (
    Person("Tarmo Leppik", "Leppik", "m", "Estonian", 55),
    Person("Valdis Ozolkalns", "Ozolkalns", "m", "Latvian", 48),
    Person("Darius Petrauskas", "Petrauskas", "m", "Lithuanian", 62),
    Person("Levan Tsiklauri", "Tsiklauri", "m", "Georgian", 45),
    Person("Vardan Hovsepian", "Hovsepian", "m", "Armenian", 53),
    Person("Arben Kastrati", "Kastrati", "m", "Albanian", 40),
    Person("Miroslav Kubinec", "Kubinec", "m", "Slovak", 57),
    Person("Matej Kovacic", "Kovacic", "m", "Slovene", 42),
    Person("Sorin Munteanu", "Munteanu", "m", "Romanian", 59),
    Person("Jordi Casadevall", "Casadevall", "m", "Catalan", 46),
    Person("Sjoerd Dijkstra", "Dijkstra", "m", "Frisian", 51),
    Person("Wouter Claeys", "Claeys", "m", "Flemish", 44),
    Person("Stavros Kyriakou", "Kyriakou", "m", "Greek", 63),
    Person("Jussi Rautiainen", "Rautiainen", "m", "Finnish", 49),
    Person("Bence Halmos", "Halmos", "m", "Hungarian", 36),
    Person("Tomislav Juric", "Juric", "m", "Croatian", 54),
)

PEOPLE73 = tuple(p for pair in zip(WOMEN73, MEN73, strict=True) for p in pair)


@frozen
class Role73:
    """A witness's post: as written after the name (with its article), the parts a title must contain, the
    short reference a story uses later and the body it names (a wrong speaker)."""

    after: str
    parts: tuple[str, ...]
    short: str
    body: str


WITNESS_ROLES73 = (
    Role73(
        "the chief executive of Harrowgate Water",
        ("chief executive", "Harrowgate Water"),
        "the chief executive",
        "Harrowgate Water",
    ),
    Role73(
        "a former director of the Marsden Port Authority",
        ("director", "Marsden Port Authority"),
        "the former director",
        "Marsden Port Authority",
    ),
    Role73(
        "the chief financial officer of Velloran Rail",
        ("chief financial officer", "Velloran Rail"),
        "the finance chief",
        "Velloran Rail",
    ),
    Role73(
        "the head of compliance at Caldwick Bank",
        ("head of compliance", "Caldwick Bank"),
        "the compliance chief",
        "Caldwick Bank",
    ),
    Role73(
        "a senior engineer at Brenmoor Energy",
        ("engineer", "Brenmoor Energy"),
        "the engineer",
        "Brenmoor Energy",
    ),
    Role73(
        "the permanent secretary at the Department for Coastal Affairs",
        ("permanent secretary", "Department for Coastal Affairs"),
        "the permanent secretary",
        "Department for Coastal Affairs",
    ),
    Role73(
        "the chief inspector of the Halvern Fire Service",
        ("chief inspector", "Halvern Fire Service"),
        "the chief inspector",
        "Halvern Fire Service",
    ),
    Role73(
        "the chief constable of Keswold Constabulary",
        ("chief constable", "Keswold Constabulary"),
        "the chief constable",
        "Keswold Constabulary",
    ),
    Role73(
        "a safety manager at Orrin Chemicals",
        ("safety manager", "Orrin Chemicals"),
        "the safety manager",
        "Orrin Chemicals",
    ),
    Role73(
        "the medical director of Saint Brannock's Hospital",
        ("medical director", "Saint Brannock's Hospital"),
        "the medical director",
        "Saint Brannock's Hospital",
    ),
    Role73(
        "the president of the Tallow Creek Cooperative",
        ("president", "Tallow Creek Cooperative"),
        "the cooperative's president",
        "Tallow Creek Cooperative",
    ),
    Role73(
        "the deputy governor of the Bank of Vellmark",
        ("deputy governor", "Bank of Vellmark"),
        "the deputy governor",
        "Bank of Vellmark",
    ),
    Role73(
        "a former auditor at Penwarden & Hale",
        ("auditor", "Penwarden & Hale"),
        "the former auditor",
        "Penwarden & Hale",
    ),
    Role73(
        "the head of procurement at the Defence Supply Agency",
        ("head of procurement", "Defence Supply Agency"),
        "the procurement chief",
        "Defence Supply Agency",
    ),
)

#: Committees of a legislature (US-style and Westminster-style), with the committee's short reference.
COMMITTEES73 = (
    "the House Subcommittee on Coastal Resilience",
    "the Senate Committee on Rural Broadband",
    "the Public Works Select Committee",
    "the Joint Committee on Water Safety",
    "the Senate Subcommittee on Grain Storage",
    "the House Committee on Ports and Inland Waterways",
    "the Harbours and Fisheries Select Committee",
    "the Senate Committee on Veterans' Housing",
)

#: Public inquiries, written as a name.
INQUIRIES73 = (
    "the Holloway Bridge Inquiry",
    "the Marrick Dam Inquiry",
    "the Sallow Street Fire Inquiry",
    "the Corrin Ferry Inquiry",
    "the Brackenfield Hospital Inquiry",
    "the Tenterby Rail Inquiry",
)

#: US states (real) for lawmakers' tags, with their postal-style abbreviations the wires use.
STATES73 = (
    ("Ohio", "Ohio"),
    ("Montana", "Mont."),
    ("Oregon", "Ore."),
    ("Nevada", "Nev."),
    ("Vermont", "Vt."),
    ("Kansas", "Kan."),
    ("Georgia", "Ga."),
    ("Michigan", "Mich."),
    ("Arizona", "Ariz."),
    ("Maine", "Maine"),
)

#: Invented constituencies and towns.
TOWNS73 = (
    "Ashcombe North",
    "Wrenfield",
    "Callowmere",
    "Dunholt East",
    "Skelby",
    "Fernwick and Tarn",
    "Oldbrook",
    "Halsey Cross",
    "Marden Vale",
    "Pyrton",
)

DAYS73 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

#: Testimony: things a witness says at a hearing (no final punctuation).
TESTIMONY73 = (
    "I was never shown the inspection reports before the board signed off",
    "We raised the alarm twice and nobody in the department wrote back",
    "The valves were due for replacement in 2019 and the money was moved elsewhere",
    "I accept that our checks were not good enough",
    "Nobody told me the pumps had failed until the water was already in the streets",
    "The figures we gave the regulator were the best figures we had at the time",
    "I did not sign that contract and I did not know it existed",
    "Our crews were sent to the wrong bridge for forty minutes",
    "There was no plan for a night like that, and I say that with real regret",
    "I asked for more staff in writing on three occasions",
    "The warning lights had been switched off to stop them flashing",
    "I take full responsibility for what happened on my watch",
    "The audit was rushed because the board wanted good news before the sale",
    "We were told the ferry had passed every test that spring",
    "If I had known then what I know now, I would have closed the ward",
    "The budget line for maintenance was cut by half in two years",
    "Those emails were sent in anger and I regret the tone of them",
    "I never instructed anyone to delete a single file",
    "The families deserved the truth much sooner than they got it",
    "The hospital was running on agency staff most nights that winter",
    "Every engineer on that site knew the crack was growing",
    "I was following the advice I was given by our lawyers",
)

#: Questions put to a witness (with their question mark).
QUESTIONS73 = (
    "Who told you the reports were finished?",
    "Why did nobody check the valves after the first leak?",
    "Did you read the warning before you signed?",
    "When did you first learn the pumps had failed?",
    "Were you aware the money had been moved?",
    "How many times did the crews ask for help?",
    "Is it right that the lights were switched off?",
    "Who decided to keep the ward open?",
    "Did anyone at the bank raise this with you?",
    "What did you do when the audit came back?",
    "Why were the families not told sooner?",
    "Can you explain why the files are missing?",
)

#: Short answers to a question (no final punctuation).
ANSWERS73 = (
    "I cannot recall the exact date",
    "No, I was not told",
    "That decision was taken above my head",
    "Yes, I read it, and I should have acted",
    "I believe it was the operations director",
    "We did not have the staff to do it",
    "I would have to check the records",
    "Nobody asked me, and I did not ask them",
    "I knew in March, not before",
    "The board was told the same week",
)

#: Reported clauses (what a witness said, denied, acknowledged or insisted).
CLAUSES73 = (
    "the inspection reports had never reached the board",
    "the company had cut its maintenance budget in half",
    "the managers had been warned about the valves in writing",
    "the department had known about the crack for two years",
    "no files had been deleted after the collapse",
    "the crews had been sent to the wrong bridge",
    "the figures given to the regulator were accurate at the time",
    "the contract had been signed without a tender",
    "the warning lights had been disabled on the night",
    "the hospital had relied on agency nurses all winter",
    "the ferry had failed a stability test in the spring",
    "the audit had been completed in a hurry",
    "the families should have been told within a day",
    "the sale had gone ahead despite the warnings",
    "the pumps had not been serviced since the floods",
    "the bank had ignored its own risk team",
)

#: Words of an email, a message or a memo shown in evidence (no final punctuation).
EMAILS73 = (
    "Please keep this between us until the board has met",
    "We cannot afford another delay on the valves",
    "Do not put anything about the crack in writing",
    "The inspectors are coming Thursday, so tidy up the logbooks",
    "I am not comfortable signing this without the test results",
    "Tell the families we are looking into it and nothing more",
    "The numbers will not survive a proper audit",
    "Switch the alarms off for now, they keep waking the ward",
)

#: Clauses of a sworn statement or an affidavit.
SWORN73 = (
    "nobody had shown the board the stability report",
    "the pumps had been switched off on instructions from head office",
    "the staffing problem had been raised at four board meetings",
    "the logbooks had been rewritten after the collapse",
    "the tender had been cancelled without any explanation",
    "the alarms had been faulty for at least six months",
)

#: Bills and acts named in marks (no quotations).
BILLS73 = (
    "Safe Harbours",
    "Clean Rivers and Drains",
    "Fair Tolls",
    "Bridges First",
    "Open Ledgers",
    "Quiet Skies",
)

#: Report titles in marks (no quotations).
REPORTS73 = (
    "Lessons from the Long Night",
    "Water Under the Bridge",
    "A System Under Strain",
    "Counting the Cost",
    "Beyond the Breach",
)

#: Code names and nicknames in marks (no quotations).
CODENAMES73 = ("Bluefinch", "Grey Heron", "Lantern", "Tidewatch", "Millwheel", "Copper Gate")
NICKNAMES73 = (
    "the Ledger",
    "Iron Lady of the Docks",
    "Mr Fix-It",
    "the Plumber",
    "the Auditor",
    "Captain Calm",
)

#: Outlets (a wrong speaker when named).
OUTLETS73 = ("the Westmoor Courier", "Capitol Ledger", "the Harbour Gazette", "Radio Tarnside")

#: What a chair or a lawmaker says at a hearing (no final punctuation).
REMARKS73 = (
    "Your answers today have not been good enough",
    "This committee will not accept another delay",
    "We will be asking for those emails in writing",
    "I find that very hard to believe",
    "The people of my district deserve a straight answer",
    "This agency has failed the public for a decade",
    "We are going to follow this wherever it leads",
    "Nobody in this room is above scrutiny",
    "I have read the file and the file does not say that",
    "The families have waited long enough for the truth",
)

#: Quotations a credit interrupts: (first part, second part), no punctuation at either end.
SPLITS73 = (
    ("I read the report", "but I did not understand what it meant for the bridge"),
    ("We had the money", "we simply chose to spend it on other things"),
    ("The warning came in at midnight", "and by then the crews were already out"),
    ("I trusted the engineers", "and I still trust most of them"),
    ("Nobody lied to this committee", "but some of us were not as clear as we should have been"),
    ("The valves were old", "everyone knew they were old"),
    ("I asked for the audit", "and I was told it could wait"),
    ("There were four of us on duty", "and we needed at least ten"),
)

#: Topics of a question (after *about*/*on*).
TOPICS73 = (
    "the missing files",
    "the budget cuts",
    "the night of the collapse",
    "the warning lights",
    "the cancelled tender",
    "the staffing rota",
)
