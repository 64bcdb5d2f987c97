"""Slot fillers of the seventieth held-out round (``heldout70.py``), a round of QUOTATION MARKS UNDER STRESS:
invented people of Irish, Norwegian, Portuguese, Igbo, Polish, Lebanese, Greek, Dutch, Basque, Japanese,
Cornish, Tamil, Yoruba, Chilean and Goan origin (with their gender and an age), people whose surnames hold an
apostrophe (*O'Dwyer*, *D'Amaro*, *N'Guessan*, *Fa'asolo*), the marks reporters and publishers use (straight
and curly double marks, British single marks, guillemets both ways and spaced, German and Polish low-high
marks)
with the marks of a quotation inside them, roles with their bodies and short references, invented towns,
outlets and days, quotations, word groups a credit breaks, quotations of several sentences, quotations holding
apostrophes (contractions, plural possessives, elided decades, *rock 'n' roll*, *o'clock*), quotations with
ellipses and dashes, reported clauses, pointed fragments, inner sayings, and marks that are no quotations
(works, words used as words, scare terms, signs, heights, times, ditto marks, headlines).

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
DOUBLE70 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
#: British single marks, curly and straight.
SINGLE70 = (Mark("\u2018", "\u2019"), Mark("'", "'"))
#: Guillemets as some wires keep them: pointing out, spaced, pointing in.
GUILL70 = (Mark("\u00ab", "\u00bb"), Mark("\u00ab\u00a0", "\u00a0\u00bb"), Mark("\u00bb", "\u00ab"))
#: German and Polish low-high marks.
LOWHIGH70 = (Mark("\u201e", "\u201c"), Mark("\u201e", "\u201d"))
ALL70 = (*DOUBLE70, *SINGLE70, GUILL70[0], LOWHIGH70[0])

_INNER = {
    '"': Mark("'", "'"),
    "\u201c": Mark("\u2018", "\u2019"),
    "'": Mark('"', '"'),
    "\u2018": Mark("\u201c", "\u201d"),
    "\u00ab": Mark("\u2039", "\u203a"),
    "\u00ab\u00a0": Mark("\u2039", "\u203a"),
    "\u00bb": Mark("\u203a", "\u2039"),
    "\u201e": Mark("\u201a", "\u2018"),
}


def inner(m: Mark) -> Mark:
    """The marks of a quotation inside one written with *m*."""
    if m.open == "\u201e" and m.close == "\u201d":
        return Mark("\u201a", "\u2019")
    return _INNER[m.open]


def curly(m: Mark) -> bool:
    """Whether text set with *m* sets its apostrophes curly (every style but the straight ones)."""
    return m.open not in {'"', "'"}


WOMEN70 = (
    Person("Orla Fennessy", "Fennessy", "f", "Irish", 44),
    Person("Marit Solbakken", "Solbakken", "f", "Norwegian", 51),
    Person("Ines Carvalhal", "Carvalhal", "f", "Portuguese", 39),
    Person("Adaeze Nwankwo-Eke", "Nwankwo-Eke", "f", "Igbo", 47),
    Person("Katarzyna Wielgosz", "Wielgosz", "f", "Polish", 36),
    Person("Rania Haddad", "Haddad", "f", "Lebanese", 42),
    Person("Eleni Markopoulou", "Markopoulou", "f", "Greek", 58),
    Person("Femke Verbeek", "Verbeek", "f", "Dutch", 33),
    Person("Paloma Urkiaga", "Urkiaga", "f", "Basque", 49),
    Person("Yuki Onodera", "Onodera", "f", "Japanese", 41),
    Person("Tamsin Polglase", "Polglase", "f", "Cornish", 55),
    Person("Priya Raghunathan", "Raghunathan", "f", "Tamil", 38),
    Person("Zainab Olaniyan", "Olaniyan", "f", "Yoruba", 46),
    Person("Camila Quilodran", "Quilodran", "f", "Chilean", 52),
    Person("Hedda Tveiten", "Tveiten", "f", "Norwegian", 60),
)

MEN70 = (
    Person("Declan Carbery", "Carbery", "m", "Irish", 57),
    Person("Torstein Eide", "Eide", "m", "Norwegian", 48),
    Person("Rui Albergaria", "Albergaria", "m", "Portuguese", 45),
    Person("Chinedu Ezeani", "Ezeani", "m", "Igbo", 50),
    Person("Tomasz Wierzbicki", "Wierzbicki", "m", "Polish", 43),
    Person("Karim Nassar", "Nassar", "m", "Lebanese", 61),
    Person("Nikos Vlachakis", "Vlachakis", "m", "Greek", 39),
    Person("Joost Ridderhof", "Ridderhof", "m", "Dutch", 54),
    Person("Iker Olaizola", "Olaizola", "m", "Basque", 37),
    Person("Haruto Kanemoto", "Kanemoto", "m", "Japanese", 46),
    Person("Jago Trewhella", "Trewhella", "m", "Cornish", 62),
    Person("Arvind Selvaraj", "Selvaraj", "m", "Tamil", 40),
    Person("Tunde Adebisi", "Adebisi", "m", "Yoruba", 53),
    Person("Matias Undurraga", "Undurraga", "m", "Chilean", 35),
    Person("Lorcan Mulvihill", "Mulvihill", "m", "Irish", 49),
)

#: People whose surname holds an apostrophe (the text sets it straight or curly with its marks).
APOS70 = (
    Person("Siobhan O'Dwyer", "O'Dwyer", "f", "Irish", 45),
    Person("Padraig O'Loughnane", "O'Loughnane", "m", "Irish", 59),
    Person("Melisande D'Amaro", "D'Amaro", "f", "Italian", 41),
    Person("Royston D'Costa", "D'Costa", "m", "Goan", 52),
    Person("Aya N'Guessan", "N'Guessan", "f", "Ivorian", 34),
    Person("Dario D'Agostini", "D'Agostini", "m", "Italian", 47),
    Person("Losana Fa'asolo", "Fa'asolo", "f", "Samoan", 38),
    Person("Ciaran O'Halloran", "O'Halloran", "m", "Irish", 50),
)

PEOPLE70 = tuple(p for pair in zip(WOMEN70, MEN70, strict=True) for p in pair)
EVERYONE70 = PEOPLE70 + APOS70


@frozen
class Role70:
    """A role: the apposition after a name (with its article), the title before a name, the parts a title must
    hold, the short reference a story uses later and the body (or town) that must never speak."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str


ROLES70 = (
    Role70(
        "the director of the Kelsworth Clock Museum",
        "Kelsworth Clock Museum director",
        ("director", "Kelsworth Clock Museum"),
        "the director",
        "Kelsworth Clock Museum",
    ),
    Role70(
        "chair of the Dunmoran Harbour Trust",
        "Dunmoran Harbour Trust chair",
        ("chair", "Dunmoran Harbour Trust"),
        "the chair",
        "Dunmoran Harbour Trust",
    ),
    Role70(
        "a spokesperson for Pellingford Borough Council",
        "Pellingford Borough Council spokesperson",
        ("spokesperson", "Pellingford Borough Council"),
        "the spokesperson",
        "Pellingford Borough Council",
    ),
    Role70(
        "head teacher at Ashcrombe Primary School",
        "Ashcrombe Primary School head teacher",
        ("head teacher", "Ashcrombe Primary School"),
        "the head teacher",
        "Ashcrombe Primary School",
    ),
    Role70(
        "chief executive of Tarrant Valley Water",
        "Tarrant Valley Water chief executive",
        ("chief executive", "Tarrant Valley Water"),
        "the chief executive",
        "Tarrant Valley Water",
    ),
    Role70(
        "president of the Orrin County Farmers' Union",
        "Orrin County Farmers' Union president",
        ("president", "Orrin County Farmers"),
        "the union president",
        "Orrin County Farmers' Union",
    ),
    Role70(
        "the manager of Brackwater Rovers",
        "Brackwater Rovers manager",
        ("manager", "Brackwater Rovers"),
        "the manager",
        "Brackwater Rovers",
    ),
    Role70(
        "curator of the Saltmarsh Gallery",
        "Saltmarsh Gallery curator",
        ("curator", "Saltmarsh Gallery"),
        "the curator",
        "Saltmarsh Gallery",
    ),
    Role70(
        "coxswain of the Quillonby lifeboat",
        "Quillonby lifeboat coxswain",
        ("coxswain", "Quillonby lifeboat"),
        "the coxswain",
        "Quillonby",
    ),
    Role70(
        "conductor of the Fennickton Youth Orchestra",
        "Fennickton Youth Orchestra conductor",
        ("conductor", "Fennickton Youth Orchestra"),
        "the conductor",
        "Fennickton Youth Orchestra",
    ),
    Role70(
        "treasurer of the Harrowfen Allotment Society",
        "Harrowfen Allotment Society treasurer",
        ("treasurer", "Harrowfen Allotment Society"),
        "the treasurer",
        "Harrowfen Allotment Society",
    ),
    Role70(
        "a superintendent with Corrvale Police",
        "Corrvale Police Superintendent",
        ("superintendent", "Corrvale Police"),
        "the superintendent",
        "Corrvale Police",
    ),
    Role70(
        "a professor of linguistics at the University of Marrowby",
        "University of Marrowby linguistics professor",
        ("professor", "University of Marrowby"),
        "the professor",
        "University of Marrowby",
    ),
    Role70(
        "the mayor of Sutterholme",
        "Sutterholme mayor",
        ("mayor", "Sutterholme"),
        "the mayor",
        "Sutterholme",
    ),
    Role70(
        "secretary of the Westerbrack Tenants' Association",
        "Westerbrack Tenants' Association secretary",
        ("secretary", "Westerbrack Tenants"),
        "the secretary",
        "Westerbrack Tenants' Association",
    ),
    Role70(
        "operations manager at Greywick Ferries",
        "Greywick Ferries operations manager",
        ("operations manager", "Greywick Ferries"),
        "the operations manager",
        "Greywick Ferries",
    ),
)

TOWNS70 = (
    "Sutterholme",
    "Marrowby",
    "Quillonby",
    "Fennickton",
    "Ashcrombe",
    "Harrowfen",
    "Corrvale",
    "Greywick",
)
DAYS70 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: (outlet as written after *told*, the name without its article).
OUTLETS70 = (
    ("the Greywick Courier", "Greywick Courier"),
    ("Radio Fennickton", "Radio Fennickton"),
    ("the Brackwater Evening Post", "Brackwater Evening Post"),
    ("the Quillonby Gazette", "Quillonby Gazette"),
)

#: Quotations (no final stop, no apostrophe).
QUOTES70 = (
    "The ferry timetable was written for a town that no longer exists",
    "We counted every bench in the park and half of them are broken",
    "Nobody on this committee voted for a car park on the green",
    "The clock tower needs a new mechanism before the winter",
    "Our volunteers have run the lifeboat for forty years without a single complaint",
    "If the bridge closes again the whole valley will be cut off",
    "The budget we were given would not cover the roof",
    "Every child in the village should be able to walk to school safely",
    "We have asked for the survey three times and heard nothing back",
    "The museum will open on Sundays from the first of May",
    "This season has been the hardest any of us can remember",
    "The water in the reservoir is lower than at any point since records began",
    "We will not sign anything until the tenants have seen it",
    "The orchestra rehearses in a hall with no heating",
    "There is no money left in the account for new nets",
    "The harbour wall was repaired in a hurry and it shows",
    "Half the allotments have waiting lists longer than the plots",
    "The players deserved more than a draw today",
    "We found the original plans in a drawer in the basement",
    "Our numbers have doubled since the spring and we need more space",
    "The road was resurfaced in June and the potholes were back by August",
    "Nobody told the farmers the footpath would be moved",
    "The paintings will stay in the gallery until the loan ends",
    "I have sat on this council for twelve years and never seen a vote like it",
    "The officers arrived within six minutes of the first call",
    "The new pitch will be ready for the first home game",
    "This is the third flood warning in a month",
    "We are asking for a fair rent and nothing more",
    "The report says what we have been saying all along",
    "The students built the boat themselves over two winters",
)

#: Word groups a credit breaks mid-sentence: (head, tail).
SPLITS70 = (
    ("The plan", "is dead and everybody in this room knows it"),
    ("What the harbour needs", "is a wall that holds"),
    ("Every one of those benches", "was paid for by local families"),
    ("The money for the roof", "went on consultants instead"),
    ("Nobody on the board", "has read the survey from start to finish"),
    ("The last time the river rose this fast", "was in the winter of the great storm"),
    ("Our volunteers", "deserve better than a letter in the post"),
    ("The decision to close the library on Saturdays", "will be reversed"),
    ("If the council wants a fight", "it will get one"),
    ("The players", "gave everything they had in the second half"),
    ("Those figures", "do not match what we see on the wards"),
    ("The museum", "has never been busier"),
    ("A town without a bus service", "is a town that slowly empties"),
    ("The only people who gain from the delay", "are the lawyers"),
    ("What happened on the pier", "must never happen again"),
)

#: Quotations of several sentences (each with its own final stop).
LONG70 = (
    ("We opened the doors at eight.", "By nine the hall was full.", "By ten we were turning people away."),
    ("The boat is sound.", "The engine is not.", "We need a new one before the autumn gales."),
    ("I asked for the figures in March.", "I asked again in May.", "I am still waiting."),
    ("Nobody wanted this.", "Nobody planned for it.", "Now we have to live with it."),
    (
        "The children painted every panel.",
        "It took them a whole term.",
        "It is the best thing in the building.",
    ),
    ("Is the river rising?", "Yes.", "Will it reach the houses this week?", "We do not know yet."),
    ("The rent went up twice last year.", "Wages did not.", "Something has to give."),
    ("We lost on penalties.", "It happens.", "But we will be back next season."),
    ("The plans were drawn up in a week.", "Nobody checked them.", "The contractor found the mistake."),
    ("The tide was higher than forecast.", "The crew launched anyway.", "Everyone came home."),
    ("We have three buses for four villages.", "That cannot work.", "The sums do not add up."),
    ("The collection stays here.", "It was given to this town.", "It belongs to this town."),
)

#: Reported clauses (lower case, no final stop).
CLAUSES70 = (
    "the ferry would run twice a day from the spring",
    "the clock would be repaired by a firm from the north",
    "the survey had been delayed by the weather",
    "the trust had no plans to sell the old boathouse",
    "more volunteers were needed for the winter crews",
    "the school would reopen after the half-term break",
    "the reservoir was at its lowest level in a decade",
    "the gallery would extend its opening hours",
    "the council had not consulted the tenants",
    "the team would appeal against the red card",
    "the allotment fees would stay the same next year",
    "the footpath would be reopened by the end of the month",
    "the orchestra had raised enough money for a tour",
    "two officers had been injured during the arrest",
    "the bus route would be cut back to three days a week",
    "the loan of the paintings had been extended",
)

#: Pointed fragments: (object, fragment) for `called OBJECT "FRAG"` and `said OBJECT was "FRAG"`.
FRAGS70 = (
    ("the new timetable", "a recipe for chaos"),
    ("the rent rise", "simply unaffordable"),
    ("the consultation", "a box-ticking exercise"),
    ("the harbour plan", "reckless"),
    ("the delay", "deeply frustrating"),
    ("the decision", "a betrayal of the valley"),
    ("the pitch", "in a shocking state"),
    ("the report", "long overdue"),
    ("the offer", "an insult to our members"),
    ("the repair work", "botched from the start"),
    ("the survey", "a waste of everybody's time"),
    ("the new bridge", "a triumph"),
)

#: Sayings inside a quotation (no final stop, no apostrophe).
INNER70 = (
    "Never again",
    "Leave it with me",
    "Not on my watch",
    "We will fix it by Friday",
    "Go home and get some sleep",
    "Nobody reads those letters",
    "Keep the gates shut",
    "That boat is going nowhere",
    "The money is already spent",
    "Ring me when the water drops",
)

#: Quotations holding apostrophes that are no marks (no final stop): contractions, possessives, elided
#: decades, *rock 'n' roll*, *o'clock*, *'til*.
APOQ70 = (
    "We haven't had a dry week since the '90s",
    "It's the Nolans' field and it always has been",
    "They played rock 'n' roll in the hall until two o'clock",
    "Nobody's been paid since March",
    "The lads' changing room flooded again on Tuesday",
    "Our members' patience isn't endless",
    "We'll keep the doors open 'til the last boat's in",
    "The Pettigrews' barn is the only dry place left",
    "I'd rather wait than rush the chapel's roof",
    "It'll be five o'clock before the tide's out",
    "We've fished these waters since the '70s",
    "That's the committee's problem and they know it",
)

#: Quotations that end on a plural possessive's apostrophe (no final stop).
POSSEND70 = (
    "The best apples in the county come from the Nuttalls'",
    "That land was always the Gradys'",
    "We're staying at the Farrells'",
    "The keys are at the Hendrys'",
    "The old boat belongs to the Tregears'",
)

#: Quotations with an ellipsis or a dash inside: (before, after), no final stop.
BREAKS70 = (
    ("We tried the council", "we tried the trust, and nobody answered"),
    ("The wall held", "just"),
    ("It was cold, it was dark", "and the tide was turning"),
    ("I think the plan can work", "if the money is there"),
    ("We will rebuild it", "all of it"),
    ("The first boat left at six", "the second never left at all"),
    ("They promised a bus every hour", "we got one a day"),
    ("I looked at the figures", "and then I looked again"),
)

#: Titles of works (no quotation).
WORKS70 = (
    "The Lantern Keeper",
    "Songs from Quillonby",
    "Salt and Iron",
    "A Winter on the Fen",
    "The Long Tide Home",
)
#: Words used as words.
WORDS70 = ("resilience", "regeneration", "stakeholder", "footfall", "vibrant", "journey")
#: Scare terms (no quotation).
SCARE70 = (
    "consultation",
    "improvements",
    "temporary",
    "efficiency savings",
    "community engagement",
    "upgrade",
)
#: Signs and notices (no quotation).
SIGNS70 = ("Closed until further notice", "No vehicles beyond this point", "Mind the step", "Ferry suspended")
#: Nicknames (first name, nickname, surname, gender).
NICKS70 = (
    ("Ronan", "Spud", "Kealy", "m"),
    ("Bridget", "Biddy", "Lanyon", "f"),
    ("Eamon", "the Hammer", "Costigan", "m"),
    ("Maureen", "Mo", "Pascoe", "f"),
)
#: Narrative sentences (no report).
NARR70 = (
    "The meeting ran on past ten o'clock.",
    "Rain had fallen on the harbour all afternoon.",
    "About forty residents filled the hall.",
    "The vote was held by a show of hands.",
    "The lifeboat was launched twice that night.",
    "The museum's doors opened at nine.",
)
#: Topics for `Asked about X,`.
TOPICS70 = ("the delay", "the rent rise", "the new timetable", "the flood warning", "the loan", "the budget")
