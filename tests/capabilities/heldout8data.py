"""Slot fillers of the eighth held-out round (``heldout8.py``): people, bodies, places,
quotations, clauses, speech verbs, roles, datelines and bylines that no development template,
earlier held-out round or rule test uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented.
"""

from __future__ import annotations

from capdata import Org, _p

PEOPLE8 = (
    _p("Haruto Ishikawa", "Ishikawa", "m", "non-Anglo"),
    _p("Mei-Ling Chua", "Chua", "f", "hyphenated first"),
    _p("Catalina Restrepo", "Restrepo", "f", "non-Anglo"),
    _p("Abdirahman Warsame", "Warsame", "m", "non-Anglo"),
    _p("Ioana Constantinescu", "Constantinescu", "f", "non-Anglo"),
    _p("Hamish Bowman", "Bowman", "m", "-an"),
    _p("Oksana Hrytsenko", "Hrytsenko", "f", "non-Anglo"),
    _p("Lachlan MacInnes", "MacInnes", "m", "Mc/O'"),
    _p("Teuila Faleolo", "Faleolo", "f", "non-Anglo"),
    _p("Raymond St. Clair", "St. Clair", "m", "multi-part"),
    _p("Siobhán Ní Bhraonáin", "Ní Bhraonáin", "f", "multi-part"),
    _p("Devendra R. Kulkarni", "Kulkarni", "m", "initial"),
    _p("Efua Quartey-Mends", "Quartey-Mends", "f", "hyphenated"),
    _p("Jan-Willem ter Horst", "ter Horst", "m", "multi-part"),
    _p("Rosalind Tregarthen", "Tregarthen", "f", "-en"),
    _p("Callum Sheehan", "Sheehan", "m", "-an"),
    _p("Thandiwe Mabaso", "Mabaso", "f", "non-Anglo"),
    _p("Mateus Figueiredo", "Figueiredo", "m", "non-Anglo"),
    _p("Henrietta Loveridge", "Loveridge", "f", "plain"),
    _p("Ezra Blumenthal", "Blumenthal", "m", "-al"),
    _p("Zofia Jędrzejczak", "Jędrzejczak", "f", "non-Anglo"),
    _p("Torvald Aasheim", "Aasheim", "m", "-en"),
)
WOMEN8 = tuple(p for p in PEOPLE8 if p.gender == "f")
MEN8 = tuple(p for p in PEOPLE8 if p.gender == "m")

#: Bodies and the noun that refers back to each.
ORGS8 = (
    Org("Greywell Logistics", "Greywell Logistics", "the haulier"),
    Org("the Tarbert Lifeboat Trust", "Tarbert Lifeboat Trust", "the charity"),
    Org("Solent Marine Services", "Solent Marine Services", "the firm"),
    Org("Orrinford Water", "Orrinford Water", "the utility"),
    Org("the Stornoway Port Authority", "Stornoway Port Authority", "the authority"),
    Org("Trevaskis & Daughters", "Trevaskis & Daughters", "the builder"),
    Org("Ullapool Community Bank", "Ullapool Community Bank", "the bank"),
)
#: Bodies whose names read without an article.
BARE8 = ("Greywell Logistics", "Solent Marine Services", "Orrinford Water", "Ullapool Community Bank")
PLACES8 = ("Tobermory", "Porthleven", "Ullapool", "Lerwick", "Bantry")

QUOTES8 = (
    "The ferry was forty minutes late every day last winter",
    "We ran out of sandbags before midnight",
    "Nobody from the trust has knocked on a single door",
    "I signed that contract in good faith",
    "The water came through the floorboards in minutes",
    "Our crews were out for eleven hours straight",
    "The timetable was drawn up by people who never catch the bus",
    "We have had no rent rise in three years",
    "The harbour wall will not survive another storm like that",
    "There is nothing left in the reserve fund",
)
#: Second sentences of a quotation that goes on after its credit, or opens a new paragraph.
SECONDS8 = (
    "I have told them that to their faces.",
    "The figures speak for themselves.",
    "We will keep going until somebody listens.",
)
CLAUSES8 = (
    "the lifeboat station would need a new slipway within five years",
    "water bills in the district would rise by nine per cent",
    "the night ferry to the islands had been cancelled forty times since March",
    "the harbour authority had ignored three warnings about the sea wall",
    "the bank branch would close at the end of June",
    "the builder had failed to pay its subcontractors on time",
)

#: Speech verbs outside any lexicon the writer knows of: (past, present, invertible).
VERBS8 = (
    ("intoned", "intones", True),
    ("whooped", "whoops", True),
    ("squeaked", "squeaks", True),
    ("wheezed", "wheezes", True),
    ("panted", "pants", True),
    ("sobbed", "sobs", True),
    ("jeered", "jeers", True),
    ("smirked", "smirks", False),
    ("purred", "purrs", True),
    ("trilled", "trills", True),
    ("hooted", "hoots", True),
    ("shouted back", "shouts back", False),
    ("chirped", "chirps", True),
)

#: An unnamed speaker described by a phrase between the noun and the cue, and the names a
#: reader would accept for it.
DESCRIBED8 = (
    ("a deckhand on the Lerwick ferry", ("deckhand", "deckhand on the Lerwick ferry")),
    ("a nurse at the island's only clinic", ("nurse", "nurse at the island's only clinic")),
    ("one of the lifeboat crew", ("one", "one of the lifeboat crew", "lifeboat crew")),
    ("a cook from the harbour café", ("cook", "cook from the harbour café")),
    ("a man who has fished the bay since 1971", ("man", "man who has fished the bay since 1971")),
)

#: Roles in apposition with a long affiliation, and the part the title must keep.
AFFILIATIONS8 = (
    ("head of logistics at Greywell Logistics", ("head of logistics", "Greywell")),
    ("a volunteer coastguard in Porthleven", ("coastguard",)),
    ("senior lecturer in marine biology at the University of the Highlands", ("lecturer", "marine biology")),
    ("deputy director for estates at Orrinford Water", ("deputy director", "estates")),
    ("a retained firefighter with the Bantry station", ("firefighter",)),
    ("the chair of the parish council's flood committee", ("chair", "flood committee")),
)
#: Former posts before a name in a roundup and in running text: (post, part the title keeps).
FORMER8 = (
    ("Former secretary of state", "secretary of state"),
    ("Former harbour master", "harbour master"),
    ("Former chief constable", "chief constable"),
    ("Former deputy first minister", "deputy first minister"),
)

#: Roles in a roundup line after the age: (role, the part the title keeps).
ROUNDUP_ROLES8 = (("retired midwife", "midwife"), ("trawler skipper", "skipper"), ("school cook", "cook"))

#: Groups an unnamed speaker is picked from: (plural, singular).
GROUPS8 = (("divers", "diver"), ("midwives", "midwife"), ("hauliers", "haulier"), ("islanders", "islander"))

#: Occupations for nominal anaphora: (apposition, the noun that refers back).
OCCUPATIONS8 = (
    ("a marine engineer", "the engineer"),
    ("a primary school teacher", "the teacher"),
    ("a retired midwife", "the midwife"),
    ("a trawler skipper", "the skipper"),
    ("a parish councillor", "the councillor"),
)
#: Nationalities: (adjective for the introduction, the noun that refers back).
NATIONALITIES8 = (
    ("Norwegian", "the Norwegian"),
    ("Ghanaian", "the Ghanaian"),
    ("Brazilian", "the Brazilian"),
    ("Japanese", "the Japanese national"),
)

#: Datelines (and the word that must stay out of every quote and speaker).
DATELINES8 = (
    ("REYKJAVIK, Iceland (AFP) —", "REYKJAVIK"),
    ("ST. JOHN'S, Newfoundland —", "JOHN'S"),
    ("NUUK, Greenland, Jan. 9 —", "NUUK"),
    ("TÓRSHAVN, Faroe Islands (Ritzau) -", "TÓRSHAVN"),
    ("LERWICK, Shetland Islands, Oct. 2 (PA) —", "LERWICK"),
    ("HILO, Hawaii –", "HILO"),
)
#: Bylines above a dateline ({r}: the reporter).
BYLINES8 = (
    "By {r}, Chief Reporter",
    "{r} reports from the islands",
    "Words by {r}\nPhotographs by Ana Ruiz",
    "BY {r}\nThe Island Herald",
    "By {r} • 6 min read",
)

#: An exchange: (question, answer) pairs.
EXCHANGE8 = (
    ("When were you first told about the cracks in the sea wall?", "In the spring of last year, by letter."),
    ("Did you pass that letter on to the board?", "I did, the same week it arrived."),
)

#: Quotations with apostrophes for single marks (straight where the apostrophe sits inside a
#: word, curly where it may end one).
APOSTROPHES8 = (
    "The '90s were the last good years for the fleet",
    "It's rock 'n' roll out there on a Saturday night",
    "We can't pay the O'Learys' wages on promises",
)

#: Sentences where marks quote nobody ({n}: a person, {o}/{c}: the marks).
NOT_QUOTES8 = (
    "The trawler {o}Morning Star{c} was towed into Bantry by {n} on Sunday.",
    "{n} sings with the choir {o}Voices of the Firth{c} every Thursday.",
    "{n} played {o}Farewell to the Firth{c} on the fiddle at the lifeboat dinner.",
    "The exhibition {o}Salt and Iron{c}, curated by {n}, runs until March.",
    "{n} wrote the pamphlet {o}Who Owns the Shore?{c} in 1998.",
    "The {o}temporary{c} portakabin has housed {n}'s surgery since 2011.",
)

#: Mixed quotations ({n}: speaker; {o}/{c}: marks) and the content.
MIXED8 = (
    (
        "{n} told the meeting the decision was {o}a sticking plaster{c} for the islands.",
        "the decision was {o}a sticking plaster{c} for the islands",
    ),
    (
        "{n} said the slipway had been {o}held together with string{c} for years.",
        "the slipway had been {o}held together with string{c} for years",
    ),
    (
        "The repairs were {o}long overdue{c}, {n} said on Friday.",
        "The repairs were {o}long overdue{c}",
    ),
    (
        "According to {n}, the bank's exit was {o}a kick in the teeth{c} for its customers.",
        "the bank's exit was {o}a kick in the teeth{c} for its customers",
    ),
)
