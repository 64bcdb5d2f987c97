"""Slot fillers of the sixth held-out round (``heldout6.py``): people, bodies, quotations,
clauses, roles, verbs and datelines that no development template, earlier held-out round or
rule test uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented.
"""

from __future__ import annotations

from capdata import Org, _p

PEOPLE6 = (
    _p("Roisin Galligan", "Galligan", "f", "-an"),
    _p("Lachlan Cowan", "Cowan", "m", "-an"),
    _p("Niamh McKeown", "McKeown", "f", "Mc/O'"),
    _p("Padraig O'Hanlon", "O'Hanlon", "m", "Mc/O'"),
    _p("Ingrid Haugland-Berge", "Haugland-Berge", "f", "hyphenated"),
    _p("Jean-Baptiste Renaud", "Renaud", "m", "hyphenated"),
    _p("Maarten van Leeuwen", "van Leeuwen", "m", "multi-part"),
    _p("Inês da Cunha", "da Cunha", "f", "multi-part"),
    _p("Harriet K. Osgood", "Osgood", "f", "initial"),
    _p("Chidi Okafor-Nwankwo", "Okafor-Nwankwo", "m", "hyphenated"),
    _p("Mei-Ling Tsang", "Tsang", "f", "non-Anglo"),
    _p("Tarik Benali", "Benali", "m", "non-Anglo"),
    _p("Rosalind Finch", "Finch", "f", "word surname"),
    _p("Gordon Mallard", "Mallard", "m", "word surname"),
    _p("Beatriz Salgado", "Salgado", "f", "non-Anglo"),
    _p("Anil Deshpande", "Deshpande", "m", "non-Anglo"),
    _p("Freya Sundqvist", "Sundqvist", "f", "non-Anglo"),
    _p("Dougal Ferguson", "Ferguson", "m", "-son"),
)
#: Women and men of the round, for templates that need two people of one gender.
WOMEN6 = tuple(p for p in PEOPLE6 if p.gender == "f")
MEN6 = tuple(p for p in PEOPLE6 if p.gender == "m")

#: Bodies, most with no organisation word in the name.
ORGS6 = (
    Org("Wendlebury Creamery", "Wendlebury Creamery", "the creamery"),
    Org("Tarnside Haulage", "Tarnside Haulage", "the haulier"),
    Org("Saltmarsh Energy", "Saltmarsh Energy", "the supplier"),
    Org("the Glenrothy Estate Trust", "Glenrothy Estate Trust", "the trust"),
    Org("Penmarric Water", "Penmarric Water", "the utility"),
    Org("the Coldharbour Tenants' Association", "Coldharbour Tenants' Association", "the association"),
)
#: Bodies whose names read without an article.
BARE6 = ("Wendlebury Creamery", "Tarnside Haulage", "Saltmarsh Energy", "Penmarric Water")

QUOTES6 = (
    "The rent has gone up three times this year",
    "We cannot staff the night shift",
    "Every bus on this route runs late",
    "I signed nothing",
    "The pylons are going up whether we like it or not",
    "Nobody from the estate has answered our letters",
    "We should have closed the road in October",
    "The milk tanker stopped coming in August",
)
#: Second sentences of a quotation that goes on after its credit.
SECONDS6 = ("Write that down.", "Nobody here is surprised.", "We will be back next month.")
CLAUSES6 = (
    "the creamery would stop collecting milk from hill farms",
    "the bus depot had failed two inspections",
    "the estate planned to sell the lower fields",
    "tenants had not been consulted about the rent rise",
    "the haulage firm was cutting its night routes",
    "the water supply would be switched off for six hours",
)

#: Speech verbs outside the lexicon (as far as the writer knows): (past, present).
VERBS6 = (
    ("crowed", "crows"),
    ("spluttered", "splutters"),
    ("fretted", "frets"),
    ("gloated", "gloats"),
    ("wailed", "wails"),
    ("bragged", "brags"),
    ("cooed", "coos"),
    ("boomed", "booms"),
    ("chipped in", "chips in"),
    ("weighed in", "weighs in"),
)

#: Datelines and the place word that must stay out of every quote and speaker.
DATELINES6 = (
    ("WEXFORD, Ireland —", "WEXFORD"),
    ("BALLARAT, Australia, June 2 —", "BALLARAT"),
    ("DUNEDIN, New Zealand (AP) —", "DUNEDIN"),
    ("KIRKWALL, Orkney —", "KIRKWALL"),
    ("LAFAYETTE, La. —", "LAFAYETTE"),
)

#: Quotations for British single marks: questions, exclamations, contracted words.
QUESTIONS6 = (
    "Who is paying for the new depot?",
    "Why was nobody told?",
    "Where are the tenants supposed to go?",
)
EXCLAIMS6 = ("Enough is enough!", "Not one more tanker!", "Shame on the lot of them!")
CONTRACTED6 = (
    "The tanker never came before eight o’clock",
    "We’d have paid if they’d asked",
    "It isn’t our fault",
)

#: Sentences where quotation marks quote nobody ({n}: a person, {o}/{c}: the marks).
NOT_QUOTES6 = (
    "The council's {o}temporary{c} car park beside {n}'s shop has now been open for nine years.",
    "{n}'s first novel, {o}Salt and Tallow{c}, was shortlisted for the county prize.",
    "The word {o}affordable{c} appears eleven times in the estate's plan.",
    "A sign reading {o}No Tankers After Dark{c} hangs on the gate of {n}'s farm.",
    "{n} sings bass in a choir called {o}The Low Notes{c}.",
    "The trawler {o}Silver Darling{c} was towed into Kirkwall with {n} on board.",
    "{n} has been shortlisted for {o}Carer of the Year{c} at the county awards.",
)


#: The sign in NOT_QUOTES6: its words may count as a quotation of the sign (a document).
SIGN6 = 3

#: Groups an unnamed speaker is counted out of: (plural, singular).
GROUPS6 = (
    ("drivers", "driver"),
    ("tenants", "tenant"),
    ("nurses", "nurse"),
    ("dairy farmers", "dairy farmer"),
)
