"""Slot fillers of the ninth held-out round (``heldout9.py``): people, bodies, places,
quotations, clauses, speech verbs, roles, datelines, bylines and exchanges that no development
template, earlier held-out round or rule test uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented (the places are real).
"""

from __future__ import annotations

from capdata import Org, _p

PEOPLE9 = (
    _p("Kai-Uwe Brenninkmeyer", "Brenninkmeyer", "m", "hyphenated first"),
    _p("Femke van den Heuvel", "van den Heuvel", "f", "multi-part"),
    _p("Luíza da Conceição", "da Conceição", "f", "multi-part"),
    _p("Xu Haoran", "Xu", "m", "surname first"),
    _p("Park Ji-woo", "Park", "f", "surname first"),
    _p("R. K. Venkataraman", "Venkataraman", "m", "initials"),
    _p("Mary-Kate Mac Carthaigh", "Mac Carthaigh", "f", "multi-part"),
    _p("Giancarlo Di Stefano", "Di Stefano", "m", "multi-part"),
    _p("Tevita Fifita", "Fifita", "m", "non-Anglo"),
    _p("Anahera Te Awa", "Te Awa", "f", "multi-part"),
    _p("Mahmoud Al-Khatib", "Al-Khatib", "m", "hyphenated"),
    _p("Wanjiru Otieno", "Otieno", "f", "non-Anglo"),
    _p("Sigrun Haugen-Øien", "Haugen-Øien", "f", "hyphenated"),
    _p("Bongani Zungu", "Zungu", "m", "non-Anglo"),
    _p("Isabela Quispe Mamani", "Quispe", "f", "two surnames"),
    _p("Christopher Treloar Jr.", "Treloar", "m", "suffix"),
    _p("Sutrisno", "Sutrisno", "m", "single name"),
    _p("Zdenka Dvořáková", "Dvořáková", "f", "non-Anglo"),
    _p("Oisín Ó Súilleabháin", "Ó Súilleabháin", "m", "multi-part"),
    _p("Leilani Kahananui", "Kahananui", "f", "non-Anglo"),
    _p("Ifeanyi Nwachukwu", "Nwachukwu", "m", "non-Anglo"),
    _p("Marie-Claire Dubois-Lefèvre", "Dubois-Lefèvre", "f", "hyphenated both"),
    _p("J. Harlan Treadgold", "Treadgold", "m", "initial first"),
    _p("Aigerim Bekova", "Bekova", "f", "non-Anglo"),
    _p("Santiago Ruiz-Tagle", "Ruiz-Tagle", "m", "hyphenated"),
)
WOMEN9 = tuple(p for p in PEOPLE9 if p.gender == "f")
MEN9 = tuple(p for p in PEOPLE9 if p.gender == "m")

#: Bodies and the noun that refers back to each.
ORGS9 = (
    Org("Skerrow Bay Ferries", "Skerrow Bay Ferries", "the operator"),
    Org("the Marrowgate Housing Co-operative", "Marrowgate Housing Co-operative", "the co-operative"),
    Org("Pemberly Analytics", "Pemberly Analytics", "the startup"),
    Org("the Wexley Hospitals Trust", "Wexley Hospitals Trust", "the trust"),
    Org("Lumora Biotech", "Lumora Biotech", "the drugmaker"),
    Org("the Office of the Rail Ombudsman", "Office of the Rail Ombudsman", "the ombudsman"),
    Org("Cairnfield Rovers", "Cairnfield Rovers", "the club"),
    Org("the Kessock Valley Water Board", "Kessock Valley Water Board", "the board"),
    Org("Vantablu Energy", "Vantablu Energy", "the supplier"),
)
#: Teams for sports templates.
TEAMS9 = ("Cairnfield Rovers", "Bodø Harriers", "Kumasi Wanderers", "Tartu Athletic")
PLACES9 = ("Kisumu", "Bodø", "Cuenca", "Bendigo", "Galway", "Gdańsk", "Oaxaca", "Rotorua")
#: Days for `on DAY`.
DAYS9 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OUTLET9 = "the Bendigo Sentinel"

QUOTES9 = (
    "The data centre will drink more water than the whole town",
    "We trained for this exact scenario and still got caught out",
    "Nobody on the jury looked at me once",
    "The algorithm flagged my mother as a fraud risk",
    "Our clinic has had no cardiologist since February",
    "The referee had a clear view and still waved play on",
    "We found the same enzyme in every sample from the lake",
    "My rent has gone up twice since the new owners arrived",
    "The heat pump grant ran out in eleven days",
    "I would take the same penalty again tomorrow",
    "These figures were never meant to be published",
    "The night bus simply did not turn up for a week",
)
#: Second sentences of a quotation that goes on after its credit.
SECONDS9 = (
    "We owe the supporters an apology.",
    "That is all I can say for now.",
    "The rest is up to the court.",
    "Somebody has to pay for the repairs.",
)
CLAUSES9 = (
    "the new stadium would open a season late",
    "the trial had cost the county more than four million dollars",
    "the vaccine study would enrol another two thousand volunteers",
    "the startup had run out of cash in March",
    "the tram line would reach the airport by 2029",
    "the landlord had ignored repeated complaints about mould",
    "the night ward would close for the whole of August",
    "the ferry fares would double over the next three years",
)

#: Speech verbs outside any lexicon the writer knows of: (past, present, invertible).
VERBS9 = (
    ("wisecracked", "wisecracks", True),
    ("harrumphed", "harrumphs", True),
    ("opined", "opines", True),
    ("quavered", "quavers", True),
    ("chided", "chides", True),
    ("whined", "whines", True),
    ("blustered", "blusters", True),
    ("demurred", "demurs", True),
    ("surmised", "surmises", True),
    ("grunted", "grunts", True),
    ("chortled", "chortles", True),
    ("smiled", "smiles", True),
    ("scowled", "scowls", True),
    ("sniped", "snipes", True),
    ("parried", "parries", True),
    ("joshed", "joshes", True),
    ("moaned", "moans", True),
    ("pushed back", "pushes back", False),
    ("doubled down", "doubles down", False),
    ("spoke up", "speaks up", False),
    ("broke in", "breaks in", False),
    ("hit out", "hits out", False),
    ("lashed out", "lashes out", False),
    ("summed up", "sums up", False),
    ("messaged", "messages", False),
)
#: Verbs that take a that-clause and that the writer does not expect a lexicon to list.
THAT_VERBS9 = (
    ("reckoned", "reckons"),
    ("groused", "grouses"),
    ("wagered", "wagers"),
    ("contended", "contends"),
    ("posited", "posits"),
    ("intimated", "intimates"),
    ("signalled", "signals"),
    ("divulged", "divulges"),
    ("volunteered", "volunteers"),
    ("boasted", "boasts"),
    ("figured", "figures"),
    ("theorised", "theorises"),
)
#: What follows a credit after a comma (`"C," NAME VERB, TAIL.`).
TAILS9 = (
    "before walking out of the room",
    "to applause from the back benches",
    "as the rain started again",
    "pointing at the scoreboard",
    "in a voice barely above a whisper",
)
#: `Asked ...,` openers.
ASKED9 = (
    "Asked whether the plant would close",
    "Asked about the leaked figures",
    "Asked what came next",
    "Pressed on the cost",
)
#: Topics of an introduction paragraph: what a person has done (no report in it).
INTROS9 = (
    "has coached the under-12s in {place} since 2019",
    "spent six weeks on the picket line outside the depot",
    "runs the only pharmacy left in {place}",
    "sat through all nine days of the trial",
)

#: Appositive titles with an affiliation: (apposition, parts the title must keep).
APPOS9 = (
    (
        "associate professor of epidemiology at Tasman University",
        ("associate professor of epidemiology", "Tasman University"),
    ),
    (
        "co-founder and chief technology officer of Pemberly Analytics",
        ("co-founder", "chief technology officer", "Pemberly Analytics"),
    ),
    (
        "a senior planner with the Kessock Valley Water Board",
        ("senior planner", "Kessock Valley Water Board"),
    ),
    ("deputy chief medical officer for Wales", ("deputy chief medical officer", "Wales")),
    (
        "a postdoctoral researcher at the Rotorua Marine Institute",
        ("postdoctoral researcher", "Rotorua Marine Institute"),
    ),
    (
        "general secretary of the Northern Grain Growers' Federation",
        ("general secretary", "Northern Grain Growers' Federation"),
    ),
    ("a ceramicist from Arita", ("ceramicist",)),
    ("the ombudsman's chief investigator", ("chief investigator",)),
)
#: Titles before a name: (pre-modifier, parts the title must keep).
PREMODS9 = (
    ("Lagos State Governor", ("Lagos State", "Governor")),
    ("Texas state Rep.", ("Texas", "Rep.")),
    ("Skerrow Bay Ferries chief executive", ("Skerrow Bay Ferries", "chief executive")),
    ("Cairnfield Rovers manager", ("Cairnfield Rovers", "manager")),
    ("Assistant Chief Fire Officer", ("Assistant Chief Fire Officer",)),
    ("Tasman University vice-chancellor", ("Tasman University", "vice-chancellor")),
    ("Kenyan Health Cabinet Secretary", ("Health Cabinet Secretary",)),
    ("Green Party co-leader", ("Green Party", "co-leader")),
)
#: Roles a body's `Its ROLE, NAME,` names.
ITS_ROLES9 = ("chief scientist", "head of compliance", "finance director", "medical director")
#: Occupations written before a name with no article (capitalised at the start of a sentence).
OCCUPATIONS9 = (
    "paediatrician",
    "glaciologist",
    "sommelier",
    "stonemason",
    "choreographer",
    "data scientist",
    "beekeeper",
    "tram driver",
)
#: A body's department for `BODY's head of DEPT NAME`.
DEPARTMENTS9 = ("data protection", "fan engagement", "clinical trials", "network resilience")

#: Groups an unnamed speaker is picked from: (plural, singular).
GROUPS9 = (
    ("season-ticket holders", "season-ticket holder"),
    ("delivery riders", "rider"),
    ("lab technicians", "technician"),
    ("tenants", "tenant"),
    ("marathon runners", "runner"),
    ("junior doctors", "doctor"),
)
#: Clauses any of those groups might report.
GROUP_CLAUSES9 = (
    "nobody had explained the changes to them",
    "the new rota was impossible to plan around",
    "they had heard about the decision on social media",
    "the apology had come far too late",
)

#: Roles in vox-pop and pull-quote credits: (role, part the title keeps).
VOX_ROLES9 = (
    ("bus driver", "bus driver"),
    ("retired magistrate", "magistrate"),
    ("first-time voter", "voter"),
    ("night-shift nurse", "nurse"),
    ("café owner", "café owner"),
)

#: Datelines (and the word that must stay out of every quote and speaker).
DATELINES9 = (
    ("KISUMU, Kenya (Reuters) —", "KISUMU"),
    ("ALICE SPRINGS, Australia —", "ALICE SPRINGS"),
    ("BODØ, Norway, Feb. 11 (NTB) —", "BODØ"),
    ("CUENCA, Ecuador —", "CUENCA"),
    ("GALWAY, Ireland, 3 March -", "GALWAY"),
    ("OAXACA, Mexico (AP) —", "OAXACA"),
)
#: Bylines above a dateline ({r}, {r2}: reporters).
BYLINES9 = (
    "By {r} | Staff Writer",
    "{r}, Science Correspondent",
    "By {r} and {r2}",
    "{r}\nPublished 07:45 BST, 14 May 2026",
    "By {r}\nUpdated 14:05 GMT",
)

#: Exchanges: (question, answer) pairs for transcripts.
EXCHANGES9 = (
    ("Why did you wait until March to tell the players?", "Because the board had not signed off until then."),
    ("Will you stay on next season?", "That is a question for another day."),
    ("Did anybody warn you about the mould?", "Twice, in writing, and nothing happened."),
    ("What would you say to the families?", "That we should have listened sooner."),
)

#: Sentences where marks quote nobody ({n}: a person, {o}/{c}: the marks).
NOT_QUOTES9 = (
    "{n} hosts the podcast {o}Night Shift Science{c}, which has 40,000 listeners.",
    "The film {o}Ferrous Heart{c}, directed by {n}, opens in Galway on Friday.",
    "The {o}independent{c} review of {n}'s department was paid for by the department itself.",
    "The container ship {o}Lumen Star{c} ran aground off Bodø with {n} among the crew.",
    "{n} voted against the so-called {o}Fair Streets{c} bill on Tuesday.",
    "{n}'s sculpture {o}Tide Clock{c} was unveiled on the seafront on Monday.",
    "The {o}Find My Bin{c} app, built by {n}, has been downloaded 9,000 times.",
)
