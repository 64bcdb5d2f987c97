"""Slot fillers of the eleventh held-out round (``heldout11.py``): people of many name shapes,
people whose given names do not show a gender, bodies (some long, with `of`, `and`, `for`),
places, quotations, clauses, open-class cue verbs, ranks, roles, datelines, bylines, interview
exchanges and phrases in marks where nobody speaks, that no development template or earlier
held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented (the places are real).
"""

from __future__ import annotations

from capdata import Org, _p

WOMEN11 = (
    _p("Beatriz Montañez", "Montañez", "f", "-ez"),
    _p("Rosalind Ferneyhough", "Ferneyhough", "f", "plain"),
    _p("Adaeze Okwuosa-Lind", "Okwuosa-Lind", "f", "hyphenated"),
    _p("Margriet van Oosterhout", "van Oosterhout", "f", "particle"),
    _p("Ngaire Tawhiri", "Tawhiri", "f", "non-Anglo"),
    _p("Fenella Corrigan", "Corrigan", "f", "-an"),
    _p("Dorotea Iliescu", "Iliescu", "f", "non-Anglo"),
    _p("Ottilie Brandes", "Brandes", "f", "-es"),
    _p("Kirsten Thorvaldson", "Thorvaldson", "f", "-son"),
    _p("Wen-li Tsao", "Tsao", "f", "hyphenated first"),
)
MEN11 = (
    _p("Lucian Pellinore", "Pellinore", "m", "plain"),
    _p("Ezequiel Barragán", "Barragán", "m", "-an accented"),
    _p("Kwabena Asante-Mireku", "Asante-Mireku", "m", "hyphenated"),
    _p("Anselm de Haviland", "de Haviland", "m", "particle"),
    _p("Ewan Meadows", "Meadows", "m", "-s"),
    _p("Patrice Mbakwe", "Mbakwe", "m", "non-Anglo"),
    _p("Cormac Dennison", "Dennison", "m", "-son"),
    _p("Yusuf al-Shammari", "al-Shammari", "m", "particle al-"),
    _p("Ignatius Wróblewski", "Wróblewski", "m", "non-Anglo"),
    _p("Florian Estevez", "Estevez", "m", "-ez"),
)
PEOPLE11 = tuple(p for pair in zip(WOMEN11, MEN11, strict=True) for p in pair)
#: Given names that do not show a gender: only a role noun or an honorific does.
UNMARKED_WOMEN11 = (
    _p("Avery Strathearn", "Strathearn", "f", "unmarked given name"),
    _p("Quinn Caddick", "Caddick", "f", "unmarked given name"),
    _p("Emerson Yardley", "Yardley", "f", "unmarked given name"),
    _p("Blair Fairhurst", "Fairhurst", "f", "unmarked given name"),
)
UNMARKED_MEN11 = (
    _p("Rowan Tremayne", "Tremayne", "m", "unmarked given name"),
    _p("Hayden Ruddock", "Ruddock", "m", "unmarked given name"),
    _p("Lennox Gallardo", "Gallardo", "m", "unmarked given name"),
    _p("Sydney Velloso", "Velloso", "m", "unmarked given name"),
)

#: Bodies and the noun that refers back to each.
ORGS11 = (
    Org("Dunmarsh Mutual Insurance", "Dunmarsh Mutual Insurance", "the insurer"),
    Org("the Ettrick Valley Water Board", "Ettrick Valley Water Board", "the board"),
    Org("Tirravel Airways", "Tirravel Airways", "the airline"),
    Org("Loxley Biotech", "Loxley Biotech", "the company"),
    Org("Gantry Row Capital", "Gantry Row Capital", "the fund"),
    Org("the Carbery Ferry Company", "Carbery Ferry Company", "the operator"),
)
#: Long bodies with `of`, `and`, `for` inside their names.
LONG_BODIES11 = (
    "the Centre for Rural Health and Housing Policy",
    "the Association of Independent Bakers and Millers",
    "the Department of Roads and Harbours",
    "the Mabry Foundation for Children's Literacy",
    "the Office for Budget and Audit Standards",
    "the Institute of Peat and Wetland Science",
)
PLACES11 = ("Tamale", "Cluj-Napoca", "Hobart", "Winnipeg", "Bilbao", "Tromsø", "Durban", "Galway", "Oaxaca")
UNIVERSITIES11 = ("the University of Stroud Vale", "Karrow Institute of Technology", "Nethermoor University")
DAYS11 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STATES11 = ("Oregon", "Ohio", "Nevada", "Vermont", "Kansas", "Maine")

#: Direct quotations (no final punctuation: the template adds it).
QUOTES11 = (
    "We were promised a ferry and we got a press release",
    "Nobody on this street has slept properly since June",
    "The figures simply do not add up",
    "I would sign it again tomorrow",
    "This is a tax on people who cannot move house",
    "Our pilots flagged the fault twice before the flight",
    "The river has never come this close to the school",
    "We have asked for the data and we are still waiting",
    "Every bakery in the county is paying double for flour",
    "There is no version of this plan that saves money",
    "I told them the roof would not last another winter",
    "The vaccine works, and the numbers show it",
    "We are not closing a single branch this year",
    "You cannot run a hospital on goodwill alone",
    "The board knew about the leak in March",
    "My father fished this bay for forty years",
    "Nothing in the contract allows them to do that",
    "We will appeal, and we expect to win",
    "The money was always there, it was just in the wrong place",
    "It felt like the whole village was holding its breath",
    "The inspectors found nothing we did not already know",
    "Parents deserve a straight answer",
    "The new timetable works for nobody",
    "I have never seen a harvest this poor",
)
#: A second sentence for quotations that go on.
SECONDS11 = (
    "Then they stopped answering our letters.",
    "That is the part nobody wants to talk about.",
    "We will be back here next month.",
    "I am not going to pretend otherwise.",
    "The families have waited long enough.",
    "Somebody has to say it out loud.",
)
#: Quotations with apostrophes inside, for single marks ({a} is the apostrophe of the style).
APOSTROPHE_QUOTES11 = (
    "We can{a}t keep the library open on goodwill",
    "The growers{a} union wasn{a}t consulted at all",
    "It{a}s the council{a}s decision, not ours",
    "Nobody{a}s going to pay that much for a season ticket",
    "We didn{a}t build the sea wall for show",
    "The drivers{a} rota hasn{a}t changed in a decade",
)
#: Indirect contents (lowercase, no final stop).
CLAUSES11 = (
    "the ferry service would resume in April",
    "the water board had underestimated the repair bill",
    "two branches in the north would close by the summer",
    "the airline had grounded three of its aircraft",
    "the insurer would not raise premiums this year",
    "flour prices had doubled since the harvest",
    "the report had been delayed by a software fault",
    "the council would review every school roof",
    "the fund had sold its stake in the port",
    "the trial results would be published in the autumn",
    "the bridge repairs were running six months late",
    "nobody had been told about the second leak",
    "the new rules would cost small farms thousands",
    "the hospital had enough beds for the winter",
)

#: Open-class cue verbs: (past, present, invertible after the quotation).
OPEN_VERBS11 = (
    ("implored", "implores", True),
    ("fumed", "fumes", True),
    ("texted", "texts", False),
    ("shot back", "shoots back", False),
    ("chimed in", "chimes in", False),
    ("scoffed", "scoffs", True),
    ("mused", "muses", True),
    ("conceded", "concedes", True),
    ("quipped", "quips", True),
    ("grumbled", "grumbles", True),
    ("ventured", "ventures", True),
    ("marvelled", "marvels", True),
    ("countered", "counters", True),
    ("pleaded", "pleads", True),
    ("sighed", "sighs", True),
    ("snapped", "snaps", True),
    ("lamented", "laments", True),
    ("deadpanned", "deadpans", True),
    ("griped", "gripes", True),
    ("rasped", "rasps", True),
)
#: Manner adverbs and phrases around `said`.
ADVERBS11 = ("quietly", "flatly", "wearily", "cheerfully", "bluntly", "softly")
AFTER_PHRASES11 = ("with a shrug", "with a laugh", "without looking up", "through an interpreter")
#: Participles after `said NAME,` ({p} his or her).
PARTICIPLES11 = ("smiling", "shaking {p} head", "wiping {p} eyes", "pointing at the map", "laughing")

#: Ranks and abbreviations before a name: (with a full stop, without one or None).
RANKS11 = (
    ("Sgt.", "Sgt"),
    ("Capt.", "Capt"),
    ("Lt.", "Lt"),
    ("Det.", "Det"),
    ("Insp.", "Insp"),
    ("Col.", "Col"),
    ("Gov.", None),
    ("Rep.", None),
    ("Sen.", None),
    ("Cllr.", "Cllr"),
    ("Rev.", "Rev"),
    ("Prof.", "Prof"),
)

#: Lowercase roles for colon roundups.
ROUNDUP_ROLES11 = (
    "economist",
    "retired teacher",
    "harbour pilot",
    "sheep farmer",
    "night-shift nurse",
    "cafe owner",
    "first-year law student",
)
#: Groups for quantified speakers: (plural, singular).
GROUPS11 = (
    ("nurses", "nurse"),
    ("fishermen", "fisherman"),
    ("commuters", "commuter"),
    ("shopkeepers", "shopkeeper"),
    ("students", "student"),
    ("farmers", "farmer"),
    ("volunteers", "volunteer"),
    ("bus drivers", "bus driver"),
)
#: Titles that a later surname mention keeps: (appositive with article, parts the title contains).
TITLES11 = (
    ("a hydrologist at the Ettrick Valley Water Board", ("hydrologist",)),
    ("the finance director of Gantry Row Capital", ("finance director",)),
    ("chief pilot at Tirravel Airways", ("chief pilot",)),
    ("head of claims at Dunmarsh Mutual Insurance", ("head of claims",)),
    ("a senior lecturer in public health at Karrow Institute of Technology", ("senior lecturer",)),
    ("the research director of Loxley Biotech", ("research director",)),
    ("a port engineer for the Carbery Ferry Company", ("port engineer",)),
)

#: Datelines and the parts of each that may appear in no quote and no speaker.
DATELINES11 = (
    ("LAGOS, Nigeria (Reuters) - ", ("LAGOS", "Reuters")),
    ("NAIROBI, Kenya, March 3 (AP) — ", ("NAIROBI", "(AP)", "March 3")),
    ("WASHINGTON — ", ("WASHINGTON",)),
    ("HOBART, Tasmania, 12 May (AAP) - ", ("HOBART", "AAP", "12 May")),
    ("CLUJ-NAPOCA, Romania — ", ("CLUJ-NAPOCA", "Romania")),
    ("TROMSØ, Norway, Jan. 9 (AFP) -- ", ("TROMSØ", "AFP", "Jan. 9")),
    ("Winnipeg, Manitoba — ", ("Winnipeg", "Manitoba")),
    ("DURBAN (Reuters) - ", ("DURBAN", "Reuters")),
    ("OAXACA, Mexico, Oct 14 (Reuters) — ", ("OAXACA", "Reuters", "Oct 14")),
)
#: Bylines ({n} the writer) and the parts that may appear in no quote and no speaker.
BYLINES11 = (
    ("By {n}, Staff Writer", ("Staff Writer",)),
    ("By {n} | Transport Correspondent", ("Transport Correspondent",)),
    ("{n}\nSenior Reporter", ("Senior Reporter",)),
    ("By {n} in Galway", ("By ",)),
    ("BY {N}", ("BY ",)),
)

#: Interview exchanges: (question, answer).
EXCHANGES11 = (
    ("Why did the ferry stop running?", "The engines failed an inspection and we could not get parts."),
    ("Will fares go up?", "Not this year. We have said that to every passenger who asked."),
    ("Who knew about the leak?", "The engineers knew in March. The board knew a week later."),
    ("What happens to the staff?", "Nobody loses a job. Some of them will move to the new depot."),
    ("Do you regret the decision?", "I regret how we explained it. I do not regret the decision."),
    ("When will the report come out?", "Before the summer, if the printers keep their promise."),
)

#: Phrases in marks where nobody speaks ({o}/{c} the marks, {p} a place, {n} a name, {d} a day).
NOT_QUOTES11 = (
    "{n}'s new memoir, {o}The Tin Kettle Years{c}, is out on {d}.",
    "{n}, known in the dressing room as {o}the Weathervane{c}, retired on {d}.",
    "The so-called {o}rainy day{c} fund was spent in a week.",
    "The choir closed the {p} concert with {o}Harbour Lights Over the Weir{c}.",
    "The ferry {o}Maid of Carbery{c} was towed back to {p} on {d}.",
    "Locals call the half-built stadium {o}the Sandcastle{c}.",
    "The film {o}Nine Winters in {p}{c} opens on {d}.",
    "The word {o}provisional{c} appears on every page of the contract.",
)
#: Negated and hypothetical reports where nobody is quoted ({n} a name, {p} his or her, {c} a clause).
NEGATIONS11 = (
    "{n} did not say whether {c}.",
    "{n} declined to say when the depot would reopen.",
    "{n} refused to say how much the repairs had cost.",
    "{n} would not say who had approved the contract.",
    "Had {n} known about the leak, {p} might have acted sooner.",
    "If the vote fails, {n} will have to explain the delay to the board.",
)

#: Mixed reports: (sentence with {n} the speaker and {o}/{c} the marks, content).
MIXED11 = (
    (
        "{n} described the rescue plan as {o}a gift to landlords{c}.",
        "the rescue plan as {o}a gift to landlords{c}",
    ),
    (
        "{n} vowed to {o}fight this in every court in the land{c}.",
        "to {o}fight this in every court in the land{c}",
    ),
    ("{n} branded the merger {o}a slow-motion car crash{c}.", "the merger {o}a slow-motion car crash{c}"),
    (
        "{n} said the inspection had been {o}thorough but far too late{c}.",
        "the inspection had been {o}thorough but far too late{c}",
    ),
    (
        "{n} warned that the timetable was {o}held together with string{c}.",
        "that the timetable was {o}held together with string{c}",
    ),
    ("{n} dismissed the report as {o}a work of fiction{c}.", "the report as {o}a work of fiction{c}"),
)
