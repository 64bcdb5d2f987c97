"""Slot fillers of the thirteenth held-out round (``heldout13.py``): people, party and state tags,
roles with the bodies they serve, appositions that are not roles, British, Indian and Australian
wire cues, group and anonymous sources with long post-modifiers, quoted names that are not
quotations (chants, signs, programmes, ratings, nicknames, hashtags), stance verbs, quotations and
clauses, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the BBC, PTI and the ABC, are real).
"""

from __future__ import annotations

from capdata import _p

WOMEN13 = (
    _p("Philippa Dunmore", "Dunmore", "f", "plain"),
    _p("Anjali Raghunathan", "Raghunathan", "f", "Indian"),
    _p("Siobhan Kearsley", "Kearsley", "f", "plain"),
    _p("Tamsin Olowe", "Olowe", "f", "plain"),
    _p("Bronwyn Petrakis", "Petrakis", "f", "plain"),
    _p("Meenakshi Vaidyanathan", "Vaidyanathan", "f", "Indian"),
    _p("Rhiannon Scurlock", "Scurlock", "f", "plain"),
    _p("Clementine Abara", "Abara", "f", "plain"),
)
MEN13 = (
    _p("Alasdair Pennock", "Pennock", "m", "plain"),
    _p("Harpreet Sandhu", "Sandhu", "m", "Indian"),
    _p("Callum Ferraby", "Ferraby", "m", "plain"),
    _p("Dominic Urquhart", "Urquhart", "m", "plain"),
    _p("Lachlan Beaumont-Tivey", "Beaumont-Tivey", "m", "hyphenated"),
    _p("Venkatesh Iyengar", "Iyengar", "m", "Indian"),
    _p("Ruairi Galbraith", "Galbraith", "m", "plain"),
    _p("Obafemi Ladipo", "Ladipo", "m", "plain"),
)
PEOPLE13 = tuple(p for pair in zip(WOMEN13, MEN13, strict=True) for p in pair)

DAYS13 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: (tag after the name, party word, state): `Rep. NAME, D-Ohio,` / `NAME (D-Ohio)`.
PARTY_TAGS13 = (
    ("D-Ohio", "Democrat", "Ohio"),
    ("R-Texas", "Republican", "Texas"),
    ("D-Vt.", "Democrat", "Vermont"),
    ("R-Okla.", "Republican", "Oklahoma"),
    ("D-Nev.", "Democrat", "Nevada"),
    ("R-Idaho", "Republican", "Idaho"),
)

#: (town, state) for `a Republican from Tulsa`.
TOWNS13 = (
    ("Tulsa", "Oklahoma"),
    ("Akron", "Ohio"),
    ("Amarillo", "Texas"),
    ("Burlington", "Vermont"),
    ("Boise", "Idaho"),
    ("Henderson", "Nevada"),
)

#: (role, preposition, body): `treasurer of the Harbour Trust`; the title keyed is the whole phrase.
BODY_ROLES13 = (
    ("treasurer", "of", "the Kestrel Valley Housing Trust"),
    ("senior fellow", "at", "the Moorgate Institute"),
    ("campaigns director", "for", "Clearwater Tenants Alliance"),
    ("staff attorney", "with", "the Lowland Rivers Defence Fund"),
    ("chief economist", "at", "Halberd Securities"),
    ("head of policy", "at", "the Pennine Freight Association"),
    ("deputy chair", "of", "the Eastbrook Ratepayers Council"),
    ("national organiser", "for", "the Amalgamated Bakers Union"),
)

#: (body's possessive, role): `the union's general secretary`.
OWNED_ROLES13 = (
    ("the union's", "general secretary"),
    ("the council's", "head of planning"),
    ("the charity's", "chief executive"),
    ("the airline's", "operations director"),
    ("the regulator's", "chief inspector"),
    ("the hospital trust's", "medical director"),
)
#: The body a possessive above refers back to, named in the lead sentence.
OWNED_BODIES13 = (
    "the Federated Dockworkers Union",
    "Marlow Vale District Council",
    "the Saltmarsh Children's Fund",
    "Corrigan Air",
    "the Office of Water Standards",
    "the Thornbury Hospitals Trust",
)

#: Descriptive appositions that are not roles.
NOT_ROLES13 = (
    "a mother of three",
    "a longtime critic of the plan",
    "a neighbour who has lived on the street since 1987",
    "a father of two whose son attends the school",
    "a regular at the Saturday market",
    "a lifelong resident of the valley",
)

#: Group and anonymous sources: (phrase as written, accepted speaker readings).
GROUPS13 = (
    (
        "two officials involved in the negotiations",
        (
            "two officials involved in the negotiations",
            "officials involved in the negotiations",
            "two officials",
        ),
    ),
    (
        "a person close to the family, who was not authorised to speak publicly,",
        ("a person close to the family", "person close to the family"),
    ),
    (
        "residents of the estate",
        ("residents of the estate", "residents"),
    ),
    (
        "three engineers who worked on the project",
        (
            "three engineers who worked on the project",
            "three engineers",
            "engineers who worked on the project",
        ),
    ),
    (
        "a senior figure in the party who asked not to be named",
        ("a senior figure in the party", "senior figure in the party"),
    ),
    (
        "several parents waiting outside the school gates",
        ("several parents waiting outside the school gates", "several parents", "parents"),
    ),
    (
        "dozens of farmers gathered at the depot",
        ("dozens of farmers gathered at the depot", "dozens of farmers", "farmers"),
    ),
    (
        "a diplomat briefed on the talks",
        ("a diplomat briefed on the talks", "diplomat"),
    ),
)

#: Direct quotations, no final punctuation.
QUOTES13 = (
    "We were promised a new roof before the winter and we are still waiting",
    "This is a decision made in a hurry by people who will never have to live with it",
    "The numbers simply do not add up, and everyone in the building knows it",
    "I would rather lose this seat than vote for something I do not believe in",
    "Our members have been patient for two years and that patience has run out",
    "Nobody from the ministry has bothered to visit the site",
    "It is the biggest change to the service in a generation",
    "We will keep the library open as long as there are people using it",
    "The trains were late before the strike and they will be late after it",
    "There is no money left in the pot, full stop",
    "I have never seen the river this low in forty years",
    "If the board wants a fight, it will get one",
)

#: Indirect contents (no `that`, lower case, no final stop).
CLAUSES13 = (
    "the bypass would be finished a year late",
    "the clinic had run out of flu vaccine by mid-October",
    "rents on the estate had risen by a third since 2019",
    "the ferry timetable would be cut over the winter",
    "the council had not consulted the tenants before selling the land",
    "the pay offer fell well short of inflation",
    "the reservoir was at its lowest level on record",
    "the new syllabus would be delayed by a term",
    "the mine had been losing money for five years",
    "the bridge inspection had found no structural faults",
)

#: Sentences where a quoted phrase is a name, chant, sign, rating or word: no quotation.
#: ``{q}`` is the phrase in marks, ``{n}`` a person, ``{b}`` a body; each with the phrases it takes.
NOT_QUOTES13 = (
    (
        "Protesters outside the depot chanted {q} as the lorries left.",
        ("Not In Our Valley", "Save Our Ferry"),
    ),
    (
        "{n} launched {q}, a scheme to plant ten thousand trees along the canal.",
        ("Project Lantern", "Canal Canopy"),
    ),
    (
        "Analysts at Halberd Securities rate the stock {q} after its third quarter of growth.",
        ("buy", "outperform"),
    ),
    (
        "The old quarry is what locals call {q}, and children are warned to stay away from it.",
        ("the Pit", "the Bowl"),
    ),
    (
        "A banner reading {q} hung from the footbridge on the morning of the vote.",
        ("Save Our Ferry", "Hands Off Our Wards"),
    ),
    ("The hashtag {q} was trending by lunchtime.", ("#KeepTheLightsOn", "#FerryFiasco")),
    ("{n} announced a campaign called {q} to recruit foster carers.", ("Bright Futures", "Open Doors")),
    ("Supporters waved placards that said {q} as {n} arrived.", ("Hands Off Our Wards", "Not In Our Valley")),
    ("The striker, known to fans as {q}, signed a new contract on Friday.", ("the Hammer", "Little Dynamo")),
    ("{b} renamed the service {q} last spring.", ("Bright Futures", "Open Doors")),
)

#: Action verbs with a quoted name as object: no quotation. (sentence, phrase)
ACTION_NAMES13 = (
    "{n} unveiled {q} at a launch in the town hall.",
    "{n} trademarked {q} in March.",
    "{n} painted {q} on the side of the van.",
    "{n} printed {q} on five thousand leaflets.",
)

#: Stance verbs with a quoted object (mixed): (sentence, content) with {n}, {o}, {c}.
STANCE_MIXED13 = (
    ("{n} dismissed the report as {o}fiction{c}.", "the report as {o}fiction{c}"),
    ("{n} branded the timetable {o}a shambles{c}.", "the timetable {o}a shambles{c}"),
    ("{n} condemned the closure as {o}an act of vandalism{c}.", "the closure as {o}an act of vandalism{c}"),
    ("{n} described the offer as {o}derisory{c}.", "the offer as {o}derisory{c}"),
    (
        "{n} called the inquiry {o}a whitewash from start to finish{c}.",
        "the inquiry {o}a whitewash from start to finish{c}",
    ),
)

#: Stance sentences with no content: nothing is reported.
STANCE_EMPTY13 = (
    "{n} dismissed the survey.",
    "{n} rejected the company's argument.",
    "{n} endorsed neither candidate.",
    "{n} welcomed the ruling.",
    "{n} opposed the merger at every stage.",
    "{n} backed the proposal on {d}.",
)

#: Noun and phrase cues (sentence with {n}, {q} a full quotation with final stop inside the marks).
NOUN_CUES13 = (
    "In remarks to reporters on {d}, {n} was blunt: {q}",
    "{n}'s message to the board was clear: {q}",
    "{n}'s verdict on the plan was short: {q}",
    "Asked about the closure, {n} was unrepentant: {q}",
)
