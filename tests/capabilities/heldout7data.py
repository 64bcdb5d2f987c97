"""Slot fillers of the seventh held-out round (``heldout7.py``): people, bodies, quotations,
clauses, speech verbs, roles and datelines that no development template, earlier held-out
round or rule test uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented.
"""

from __future__ import annotations

from capdata import Org, _p

PEOPLE7 = (
    _p("Clodagh Tiernan", "Tiernan", "f", "-an"),
    _p("Cathal Noonan", "Noonan", "m", "-an"),
    _p("Sigrid Madsen", "Madsen", "f", "-en"),
    _p("Jens Kristiansen", "Kristiansen", "m", "-en"),
    _p("Philippa Ellerton", "Ellerton", "f", "-on"),
    _p("Rupert Ashton", "Ashton", "m", "-on"),
    _p("Constance Fowler", "Fowler", "f", "-er"),
    _p("Barnaby Tucker", "Tucker", "m", "-er"),
    _p("Lowri Jennings", "Jennings", "f", "-s"),
    _p("Graham Willis", "Willis", "m", "-s"),
    _p("Tomás da Rocha", "da Rocha", "m", "multi-part"),
    _p("Liesbeth van der Meulen", "van der Meulen", "f", "multi-part"),
    _p("Mercedes de la Torre", "de la Torre", "f", "multi-part"),
    _p("Dermot O'Sullivan", "O'Sullivan", "m", "Mc/O'"),
    _p("Kirsty McPhail", "McPhail", "f", "Mc/O'"),
    _p("A. J. Pettifer", "Pettifer", "m", "initials"),
    _p("Nathaniel Obi-Ramsden", "Obi-Ramsden", "m", "hyphenated"),
    _p("Dilek Aydoğan", "Aydoğan", "f", "non-Anglo"),
    _p("Wiremu Tane", "Tane", "m", "non-Anglo"),
    _p("Itzel Navarro", "Navarro", "f", "non-Anglo"),
    _p("Bartosz Wiśniewski", "Wiśniewski", "m", "non-Anglo"),
    _p("Gwenllian Skelwith", "Skelwith", "f", "non-Anglo"),
)
#: Women and men of the round, for templates that need a gender.
WOMEN7 = tuple(p for p in PEOPLE7 if p.gender == "f")
MEN7 = tuple(p for p in PEOPLE7 if p.gender == "m")
#: People whose surnames end in -an, -en, -on, -er or -s (the surname-alone templates).
ENDINGS7 = tuple(p for p in PEOPLE7 if p.shape in ("-an", "-en", "-on", "-er", "-s"))

#: Bodies, most with no organisation word in the name, and the noun that refers back.
ORGS7 = (
    Org("Brevik Motors", "Brevik Motors", "the carmaker"),
    Org("Carnmoor Quarries", "Carnmoor Quarries", "the quarry firm"),
    Org(
        "the Ministry of Fisheries and Coastal Affairs",
        "Ministry of Fisheries and Coastal Affairs",
        "the ministry",
    ),
    Org("Lanyon Housing", "Lanyon Housing", "the landlord"),
    Org("Redlynch Bakeries", "Redlynch Bakeries", "the bakery chain"),
    Org("the Marrowby Allotment Society", "Marrowby Allotment Society", "the society"),
    Org("Kestle Freight", "Kestle Freight", "the freight company"),
)
#: Bodies whose names read without an article.
BARE7 = ("Brevik Motors", "Carnmoor Quarries", "Lanyon Housing", "Redlynch Bakeries", "Kestle Freight")
#: Long bodies with *of* and *and* inside their names (written with their article).
LONG_BODIES7 = (
    "the Department of Ports and Inland Waterways",
    "the Institute of Soil and Water Sciences",
    "the Board of Trustees of the Hollins Library and Museum",
)

QUOTES7 = (
    "The ferry timetable is a work of fiction",
    "We lost four members of staff in a month",
    "Nobody asked the allotment holders",
    "I have driven this road for twenty years",
    "The ovens have been cold since Easter",
    "Our members want a vote, not a lecture",
    "The quarry lorries shake the whole street",
    "There were no lifeguards on the beach that day",
    "We will repay every customer in full",
    "The new tolls are daylight robbery",
)
#: Second sentences of a quotation that goes on after its credit.
SECONDS7 = ("That is the truth of it.", "Ask any of the drivers.", "We are not going anywhere.")
CLAUSES7 = (
    "the quarry would close its second pit by the autumn",
    "the bakery chain had overcharged its franchise holders",
    "the ferry crossing would be suspended for a fortnight",
    "the allotments were being sold to a developer",
    "fishing quotas for the bay would be cut by a fifth",
    "the freight depot had flooded twice since January",
)

#: Speech verbs outside the lexicon (as far as the writer knows): (past, present, invertible:
#: whether `"C," VERB NAME.` reads naturally).
VERBS7 = (
    ("hissed", "hisses", True),
    ("thundered", "thunders", True),
    ("barked", "barks", True),
    ("muttered", "mutters", True),
    ("jumped in", "jumps in", False),
    ("sneered", "sneers", True),
    ("tutted", "tuts", False),
    ("croaked", "croaks", True),
    ("gasped", "gasps", True),
    ("pondered", "ponders", True),
    ("scolded", "scolds", False),
    ("cackled", "cackles", True),
    ("teased", "teases", False),
    ("confided", "confides", True),
    ("butted in", "butts in", False),
)
#: Manner adverbs after a speech verb.
ADVERBS7 = ("angrily", "wryly", "bitterly", "cheerfully", "in a whisper", "with a shrug")

#: Datelines and the place word that must stay out of every quote and speaker.
DATELINES7 = (
    ("HOBART, Tasmania (Reuters) -", "HOBART"),
    ("HAMMERFEST, Norway, March 4 (AP) —", "HAMMERFEST"),
    ("MOMBASA —", "MOMBASA"),
    ("GISBORNE, New Zealand —", "GISBORNE"),
    ("DULUTH, Minn. —", "DULUTH"),
    ("KILCREGGAN, Scotland --", "KILCREGGAN"),
)

#: Quotations for British single marks, with apostrophes inside.
APOSTROPHES7 = (
    "The baker’s van hasn’t been since Tuesday",
    "We’re not having the lads’ pay docked again",
    "They’ve taken the lot and we’re left with nothin’",
)

#: Introductions before a surname-alone credit ({n}: the full name).
INTROS7 = (
    "{n} has driven the night ferry for eleven years.",
    "{n} runs the bakery on the corner of Quay Street.",
    "{n} keeps three allotments behind the old quarry.",
)

#: Cue verbs after a surname alone: (past, present, takes a that-clause).
SURNAME_VERBS7 = (
    ("said", "says", True),
    ("added", "adds", True),
    ("warned", "warns", True),
    ("recalled", "recalls", False),
    ("insisted", "insists", True),
    ("admitted", "admits", True),
    ("explained", "explains", True),
    ("muttered", "mutters", False),
    ("sighed", "sighs", False),
)

#: Groups an unnamed speaker is picked from: (plural, singular).
GROUPS7 = (
    ("ferry passengers", "passenger"),
    ("allotment holders", "allotment holder"),
    ("quarry workers", "worker"),
    ("bakers", "baker"),
)

#: Capitalised roles before a name in a roundup: (role as written, the part the title keeps).
ROUNDUP_ROLES7 = (
    ("Shift supervisor", "supervisor"),
    ("Allotment holder", "allotment holder"),
    ("Retired quarry worker", "quarry worker"),
    ("Ferry deckhand", "deckhand"),
)

PLACES7 = ("Marrowby", "Upper Kestle", "Brevik Quay")

#: An interview: (question, answer) pairs.
INTERVIEW7 = (
    ("How long can the bakery hold on?", "Until the end of the summer, if we are lucky."),
    ("Have you spoken to the landlord?", "Twice, and both times he promised to call back."),
)

#: Two roles in apposition and the noun that refers back to each.
ROLE_PAIRS7 = (
    ("an economist at Redlynch Bakeries", "the economist", "a solicitor for the tenants", "the solicitor"),
    ("a surveyor for Lanyon Housing", "the surveyor", "an accountant at Kestle Freight", "the accountant"),
)

#: Capitalised roles before a name with a long body after it.
HYGIENE_ROLES7 = ("Archivist", "Soil scientist", "Chief engineer")

#: Country and state modifiers before a post: the whole pre-modifier is the title.
MODIFIED_POSTS7 = (
    "Kenyan Trade Minister",
    "Ohio Rep.",
    "Chilean Energy Minister",
    "Welsh Economy Secretary",
    "Maryland state Sen.",
)

#: Appositions with an unlisted role and the part the title keeps.
CRAFT_ROLES7 = (
    ("a third-generation saddler from Ledbury", "saddler"),
    ("a volunteer coastguard in Marrowby", "coastguard"),
    ("the longest-serving crossing warden in the county", "crossing warden"),
)

#: Bylines above a dateline ({r}: the reporter).
BYLINES7 = (
    "By {r}, Special to the Courier",
    "{r}\nFisheries Correspondent",
    "By {r} | Updated 14:05 GMT",
    "By {r} and agencies",
)

#: Mixed quotations: a sentence with {n} (the speaker), {o}/{c} (the marks), and the content
#: (the reported clause with its quoted fragment) in the same slots.
MIXED7 = (
    ("{n} said the levy was {o}a tax on the poor{c}.", "the levy was {o}a tax on the poor{c}"),
    (
        "{n} insisted that the depot remained {o}perfectly safe{c} for staff.",
        "that the depot remained {o}perfectly safe{c} for staff",
    ),
    (
        "In a letter to members, {n} said the board had {o}lost the plot{c}.",
        "the board had {o}lost the plot{c}",
    ),
    (
        "{n} said the tolls were {o}daylight robbery{c} and should be scrapped.",
        "the tolls were {o}daylight robbery{c} and should be scrapped",
    ),
    ("The plan is {o}dead in the water{c}, according to {n}.", "The plan is {o}dead in the water{c}"),
    (
        "{n} warned that {o}nobody will be spared{c} if the talks fail.",
        "that {o}nobody will be spared{c} if the talks fail",
    ),
)

#: Sentences where quotation marks quote nobody ({n}: a person, {pos}: a possessive, {o}/{c}).
NOT_QUOTES7 = (
    "The film {o}Low Tide at Marrick{c} opens at the Regal on Friday, with {n} in the lead role.",
    "{n} ({o}Bunny{c} to {pos} friends) has kept bees on the allotments for forty years.",
    "The so-called {o}bedroom tax{c} has cost {n} fourteen pounds a week since April.",
    "{n}'s ceilidh band, {o}The Tidewrack{c}, plays the harbour festival every August.",
    "The pub, {o}The Drowned Man{c}, reopened last week under {n}.",
    "The council's {o}review{c} of the ferry contract has now lasted three years.",
    "The hashtag {o}#SaveTheLido{c} was started by {n} in 2021.",
    "{n} read {o}The Owl and the Pussycat{c} to the reception class on Friday.",
)

#: Roles of the first speaker of an article, as written before the name.
ARTICLE_ROLES7 = ("operations director", "finance chief", "chief executive")
