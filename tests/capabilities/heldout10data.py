"""Slot fillers of the tenth held-out round (``heldout10.py``): people, bodies, places,
quotations, clauses, mixed reports, titles with their affiliation, cue-verb forms and phrases in
marks where nobody speaks, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented (the places are real).
"""

from __future__ import annotations

from capdata import Org, _p

WOMEN10 = (
    _p("Tamsin Vellacott", "Vellacott", "f", "plain"),
    _p("Chidinma Ezeakor-Lund", "Ezeakor-Lund", "f", "hyphenated"),
    _p("Priyanka Venugopalan", "Venugopalan", "f", "non-Anglo"),
    _p("Saoirse Kinsella", "Kinsella", "f", "plain"),
    _p("Yolanda Barrientos Ortúzar", "Barrientos", "f", "two surnames"),
    _p("Ingeborg Skaar", "Skaar", "f", "non-Anglo"),
    _p("Thandeka Mabuza", "Mabuza", "f", "non-Anglo"),
    _p("Annelies de Vroom", "de Vroom", "f", "multi-part"),
    _p("Kalani Alapaki", "Alapaki", "f", "non-Anglo"),
    _p("Hye-jin Seo", "Seo", "f", "hyphenated first"),
)
MEN10 = (
    _p("Dermot Fahy", "Fahy", "m", "plain"),
    _p("Ravindra Hebbalkar", "Hebbalkar", "m", "non-Anglo"),
    _p("Tomasz Wierzbicki", "Wierzbicki", "m", "non-Anglo"),
    _p("Olumide Bankole", "Bankole", "m", "non-Anglo"),
    _p("Hamish Carruthers", "Carruthers", "m", "plain"),
    _p("Joaquín Errázuriz", "Errázuriz", "m", "accented"),
    _p("Björn Ekdahl-Hale", "Ekdahl-Hale", "m", "hyphenated"),
    _p("Sione Taufahema", "Taufahema", "m", "non-Anglo"),
    _p("P. J. Hanratty", "Hanratty", "m", "initials"),
    _p("Arnaud Le Floch", "Le Floch", "m", "multi-part"),
)
PEOPLE10 = tuple(p for pair in zip(WOMEN10, MEN10, strict=True) for p in pair)
#: Given names that do not show a gender: only a role noun or an honorific does.
UNMARKED10 = (
    _p("Robin Castellanos", "Castellanos", "f", "unmarked given name"),
    _p("Jordan Akhtar", "Akhtar", "f", "unmarked given name"),
    _p("Morgan Lachapelle", "Lachapelle", "f", "unmarked given name"),
    _p("Sasha Umeadi", "Umeadi", "f", "unmarked given name"),
    _p("Kerry Mulqueen", "Mulqueen", "f", "unmarked given name"),
    _p("Riley Agyepong", "Agyepong", "f", "unmarked given name"),
)

#: Bodies and the noun that refers back to each.
ORGS10 = (
    Org("Quillon Freight Holdings", "Quillon Freight Holdings", "the company"),
    Org("Vesperine Pharmaceuticals", "Vesperine Pharmaceuticals", "the drugmaker"),
    Org("the Ostler Creek Catchment Authority", "Ostler Creek Catchment Authority", "the authority"),
    Org("the Fenwold Renters' Union", "Fenwold Renters' Union", "the union"),
    Org("Corvane Telecom", "Corvane Telecom", "the carrier"),
    Org(
        "the Selworth Institute for Coastal Studies",
        "Selworth Institute for Coastal Studies",
        "the institute",
    ),
    Org("Tamberlin Insurance", "Tamberlin Insurance", "the insurer"),
    Org("the Federation of Inland Hauliers", "Federation of Inland Hauliers", "the federation"),
)
PLACES10 = (
    "Toowoomba",
    "Cork",
    "Pune",
    "Invercargill",
    "Kraków",
    "Valparaíso",
    "Ålesund",
    "Mombasa",
    "Halifax",
)
TEAMS10 = ("Marlow Town", "Kilkenny Harps", "Geelong Saints", "Otago Kestrels")
UNIVERSITIES10 = (
    "the University of Mallowfield",
    "Kestrel Bay University",
    "the Brisbourne Institute of Technology",
)
DAYS10 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: British, Irish, Australian and Indian style dates.
DATES10 = ("3 March", "14 June", "22 September", "1 November", "9 February", "27 July")
OUTLETS10 = ("the BBC", "RTÉ", "the ABC", "reporters", "the Hindu", "Sky News")

#: Direct quotations (no final punctuation: the template adds it).
QUOTES10 = (
    "We were told the bridge would be finished by Easter",
    "Nobody in this valley has ever seen the river this low",
    "The numbers simply do not add up",
    "I have never been prouder of a group of players",
    "Every week we wait, the repair bill goes up",
    "The patients deserve better than a waiting list",
    "We are not going anywhere until the contract is signed",
    "It felt like the floor was moving under our feet",
    "Our members have had enough of broken promises",
    "There is no plan B, and there never was",
    "The harvest came in three weeks early this year",
    "I would do it all again tomorrow",
    "The ferry timetable has been a shambles since spring",
    "Small shops cannot absorb another rise in rates",
    "We found the nests exactly where the elders said they would be",
    "The board has lost the confidence of its staff",
    "Nothing about this decision was taken lightly",
    "People are choosing between heating and eating",
)
#: A second sentence for split and continued quotations.
SECONDS10 = (
    "But we will keep asking.",
    "That is the honest truth.",
    "Let the courts decide the rest.",
    "The next move belongs to the council.",
    "We owe that much to the families.",
)
#: Reported clauses (no marks, no final stop).
CLAUSES10 = (
    "the tunnel would not reopen before the autumn",
    "the company had underpaid its drivers for three years",
    "rents in the district had doubled since 2019",
    "the trial had been halted for safety reasons",
    "the council would appeal against the ruling",
    "the vaccine stocks would last until the end of the month",
    "the new timetable had cut journey times by a quarter",
    "the fishing quota was set far too high",
    "nobody had been consulted about the closure",
    "the school would merge with its neighbour next year",
)

#: Appositions stating a role with its affiliation, as the title should read (no article).
APPOS_TITLES10 = (
    "deputy head of mission at the Peruvian embassy in Wellington",
    "head of paediatric oncology at Ravensmoor General Hospital",
    "chief operating officer of Quillon Freight Holdings",
    "senior lecturer in criminology at the University of Mallowfield",
    "chair of the Ostler Creek Catchment Authority",
    "director of the Selworth Institute for Coastal Studies",
    "policy lead for tenancy at the Fenwold Renters' Union",
    "secretary-general of the Federation of Inland Hauliers",
    "principal of Ardmore Road Primary School",
    "general counsel at Vesperine Pharmaceuticals",
    "PhD candidate in marine ecology at Kestrel Bay University",
    "regional commander of the Coastguard's southern division",
)
#: Premodifier titles `PRE NAME` and the parts the title must contain.
PREMODS10 = (
    ("Corvane Telecom's regional sales director", ("regional sales director", "Corvane Telecom")),
    ("former two-term mayor of Toowoomba", ("mayor of Toowoomba",)),
    ("Tamberlin Insurance chief actuary", ("chief actuary", "Tamberlin Insurance")),
    ("Cork county coroner", ("coroner",)),
    ("Fenwold Renters' Union organiser", ("organiser", "Fenwold Renters' Union")),
    ("Vesperine Pharmaceuticals head of research", ("head of research", "Vesperine Pharmaceuticals")),
    ("veteran Halifax harbour pilot", ("harbour pilot",)),
    ("Federation of Inland Hauliers president", ("president", "Federation of Inland Hauliers")),
)
#: Relative clauses that state a role without a noun title: the title is not checked.
RELATIVES10 = (
    "who chairs Tamberlin Insurance's audit committee",
    "who has run the Cork food bank since 2014",
    "who represents the ward on the city council",
    "who led the Ostler Creek Catchment Authority for a decade",
    "who teaches maths at Ardmore Road Primary School",
)

#: Cue-verb forms: (before a colon, after the quotation, inverted allowed).
VERB_FORMS10 = (
    ("has said", "has said", False),
    ("had said", "had said", False),
    ("says", "says", True),
    ("is saying", "is saying", False),
    ("would later say", "would later say", False),
    ("has told reporters", "has told reporters", False),
    ("was quoted as saying", "was quoted as saying", False),
    ("went on to say", "went on to say", False),
    ("has repeatedly said", "has repeatedly said", False),
    ("told the inquiry", "told the inquiry", False),
    ("recalled", "recalled", True),
    ("remembers", "remembers", True),
)
#: That-verbs in several forms for indirect reports.
THAT_FORMS10 = (
    "has argued",
    "argued",
    "is arguing",
    "had warned",
    "insists",
    "has conceded",
    "maintained",
    "would later claim",
    "acknowledged",
    "has long contended",
)

#: Mixed reports: (sentence with {n} the speaker, {o}/{c} the marks; the content).
MIXED10 = (
    (
        "{n} said the inquiry had been {o}a box-ticking exercise{c} from the start.",
        "the inquiry had been {o}a box-ticking exercise{c} from the start",
    ),
    (
        "{n} called the proposal {o}a gamble with people's savings{c}.",
        "the proposal {o}a gamble with people's savings{c}",
    ),
    (
        "The cuts were {o}a betrayal of every nurse in the county{c}, {n} said.",
        "The cuts were {o}a betrayal of every nurse in the county{c}",
    ),
    (
        "According to {n}, the audit left {o}more questions than answers{c}.",
        "the audit left {o}more questions than answers{c}",
    ),
    (
        "{n} told the hearing the landlord had behaved {o}like a man with nothing to lose{c}.",
        "the landlord had behaved {o}like a man with nothing to lose{c}",
    ),
)

#: Phrases in marks where nobody speaks ({o}/{c} the marks, {p} a place, {n} a name).
NOT_QUOTES10 = (
    "The documentary {o}Ash Upon the Shingle{c} premiered in {p} on Friday.",
    "Residents have nicknamed the new tower {o}the Toaster{c}.",
    "Her debut novel, {o}A House Without Doors{c}, sold 40,000 copies in its first month.",
    "The so-called {o}efficiency savings{c} have cost the hospital 200 jobs.",
    "The band closed the {p} show with {o}Cinder Moon{c}.",
    "{n}, known to fans as {o}the Magpie{c}, retired from racing on Saturday.",
    "The word {o}synergy{c} appears 41 times in the council's report.",
    "The trawler {o}Tullagh Rose{c} ran aground near {p} overnight.",
    "Tickets for {o}Tidewater: The Musical{c} go on sale in {p} next week.",
    "The {o}temporary{c} classrooms have now been in use for eleven years.",
)
