"""Development capabilities added on branch ``f23app`` in the twenty-third round: a description
set before the name, and role titles kept whole.

* A description written first and the name second, ``DESCRIPTION, NAME,``: as the subject
  (*A ferry mechanic from Stornoway, NAME, said*; *The union's branch secretary in Lagos, NAME,
  told*), after an inverted cue (*said the man at the stall, NAME, a fishmonger*), after a
  partitive (*One of them, NAME, a porter, said*): the name is the speaker, the description its
  title, never the description as the speaker's name.
* A list, no apposition (*The mayor, NAME, and the sheriff said*): nobody alone.
* Role titles kept whole before a name: a role's noun premodifiers (*retired bus driver NAME*,
  *Year 10 student NAME*, *night-shift nurse NAME*); an honorific after the title is no part of it
  (*Authority chairman Dr. NAME* -> *Authority chairman*); a participle after a description is
  no part of it (*a taxi driver waiting at the rank, NAME, said* -> *taxi driver*).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_F23APP` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Contains, Expect, named, sample

#: Full names of many origins.
PEOPLE = (
    "Oluwaseun Adebayo",
    "Hemi Walker",
    "Priyanka Deshmukh",
    "Grzegorz Nowicki",
    "Siobhan Gallagher",
    "Tran Van Minh",
    "Mariana Quispe",
    "Lachlan Fraser",
    "Zanele Mthembu",
    "Henrik Lindqvist",
    "Farida Yusupova",
    "Rodrigo Salcedo",
)
#: Descriptions written before the name: (description as written, title words it must keep).
DESCRIPTIONS = (
    ("A ferry mechanic from Stornoway", ("ferry mechanic", "Stornoway")),
    ("A fish trader in Mombasa", ("fish trader", "Mombasa")),
    ("The chair of the licensing panel", ("chair of the licensing panel",)),
    ("The head of the tenants' association", ("head of the tenants' association",)),
    ("The union's branch secretary in Leeds", ("union's branch secretary",)),
    ("The council's deputy leader", ("council's deputy leader",)),
    ("Ontario's minister responsible for housing", ("minister responsible for housing",)),
    ("The party's spokeswoman on health", ("spokeswoman on health",)),
    ("A longtime organiser with the tenants' union", ("organiser",)),
    ("A retired teacher from Dunedin", ("retired teacher",)),
    ("The coach of the under-16 side", ("coach of the under-16 side",)),
    ("A senior engineer at the water board", ("engineer",)),
)
#: Clauses reported.
CLAUSES = (
    "the new timetable would cost families more",
    "nobody had been consulted about the closure",
    "the inspections should have started in spring",
)
#: Direct quotations (without their closing punctuation).
QUOTES = ("We were never asked", "This is the third time this year", "People here are tired of waiting")
#: Cue verbs of an indirect report (past and present).
VERBS = ("said", "told reporters", "says", "argued", "warned")
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def description_subject() -> Iterator[Case]:
    """'DESCRIPTION, NAME, VERB that C.' and 'DESCRIPTION, NAME, said: "Q."' -> NAME, titled
    with the description; never the description as the name."""
    combos = itertools.product(PEOPLE, DESCRIPTIONS, VERBS, CLAUSES)
    for name, (desc, keep), verb, clause in sample(combos, 150, "f23app-subj"):
        text = f"{desc}, {name}, {verb} that {clause}."
        wrong = [(clause, desc), (clause, desc.split(" ", 1)[1])]
        exp = Expect(f"that {clause}", "indirect", name, title=Contains(keep))
        yield Case("", "subject", text, [exp], exact=False, wrong_speakers=wrong)
    combos2 = itertools.product(PEOPLE, DESCRIPTIONS, QUOTES, MARKS)
    for name, (desc, keep), quote, (op, cl) in sample(combos2, 90, "f23app-subjq"):
        text = f"{desc}, {name}, said: {op}{quote}.{cl}"
        exp = Expect(f"{op}{quote}.{cl}", "direct", name, title=Contains(keep))
        yield Case("", "subject direct", text, [exp], exact=False, wrong_speakers=[(quote, desc)])


#: Single names (a person known by one name), of many origins.
MONONYMS = ("Wayan", "Suprapti", "Bolat", "Ngozi", "Teodora", "Arjun", "Mbali", "Ruslan")
#: Descriptions with a role noun the lexicon lists, before a single name.
SHORT_DESCRIPTIONS = (
    ("A farmer from the hills above Ubud", "farmer"),
    ("A nurse at the district hospital", "nurse"),
    ("A student in her final year", "student"),
    ("A fisherman in the harbour town", "fisherman"),
    ("A labourer on the building site", "labourer"),
)


def description_mononym() -> Iterator[Case]:
    """'DESCRIPTION, NAME, said "Q."' with a single name -> NAME (never the description)."""
    combos = itertools.product(MONONYMS, SHORT_DESCRIPTIONS, QUOTES, MARKS)
    for name, (desc, role), quote, (op, cl) in sample(combos, 80, "f23app-mono"):
        text = f"{desc}, {name}, said {op}{quote}.{cl}"
        exp = Expect(f"{op}{quote}.{cl}", "direct", name, title=Contains([role]))
        yield Case("", "mononym", text, [exp], exact=False, wrong_speakers=[(quote, desc)])


#: Inverted descriptions: (after *said*, title words, or None for a person noun).
INVERTED = (
    ("the woman at the ticket window", None),
    ("the man behind the bar", None),
    ("a porter at the station", "porter"),
    ("the chair of the residents' group", "chair of the residents' group"),
    ("one of the organisers", None),
    ("another trader", "trader"),
)
#: Roles written after the name in an inverted cue.
SECOND_ROLES = ("a pharmacist", "a volunteer firefighter", "a retired nurse", "")


def description_inverted() -> Iterator[Case]:
    """'"Q," said DESCRIPTION, NAME(, a ROLE).' -> NAME, never the description."""
    combos = itertools.product(PEOPLE, INVERTED, SECOND_ROLES, QUOTES, MARKS)
    for name, (desc, keep), role, quote, (op, cl) in sample(combos, 120, "f23app-inv"):
        tail = f", {role}" if role else ""
        text = f"{op}{quote},{cl} said {desc}, {name}{tail}. The queue kept growing."
        quoted = f"{op}{quote},{cl}"
        if role:  # (two titles: the one after the name, or the description, is printed)
            exp = Expect(quoted, "direct", name)
        else:
            exp = Expect(quoted, "direct", name, title=Contains([keep]) if keep else ANY)
        yield Case("", "inverted", text, [exp], exact=False, wrong_speakers=[(quote, desc)])


#: Partitive and quantified openings before a name.
PARTITIVES = ("One of them", "One of the drivers", "Another of the stallholders", "One resident")
#: Roles after the name in a partitive.
PART_ROLES = ("a call centre agent", "a mechanic", "a retired teacher", "a farmer")


def partitive_name() -> Iterator[Case]:
    """'One of them, NAME, a ROLE, said "Q."' -> NAME titled ROLE, never 'One of them'."""
    combos = itertools.product(PEOPLE + MONONYMS, PARTITIVES, PART_ROLES, QUOTES, MARKS)
    for name, part, role, quote, (op, cl) in sample(combos, 100, "f23app-part"):
        text = f"{part}, {name}, {role}, said {op}{quote}.{cl}"
        exp = Expect(f"{op}{quote}.{cl}", "direct", name, title=Contains([role[2:]]))
        yield Case("", "partitive", text, [exp], exact=False, wrong_speakers=[(quote, part)])


#: (first role, second role) of a list of two.
LIST_ROLES = (("mayor", "sheriff"), ("principal", "board chair"), ("coach", "club captain"))


def listed_pair() -> Iterator[Case]:
    """'The ROLE, NAME, and the OTHER said C.' -> neither NAME nor the OTHER alone."""
    combos = itertools.product(PEOPLE, LIST_ROLES, CLAUSES)
    for name, (first, other), clause in sample(combos, 40, "f23app-list"):
        text = f"The {first}, {name}, and the {other} said {clause}."
        yield Case("", "list", text, [], exact=False, wrong_speakers=[(clause, name), (clause, other)])


#: Role titles with noun premodifiers before a name: (title, words it must keep).
COMPOUNDS = (
    ("retired bus driver", "retired bus driver"),
    ("Year 10 student", "Year 10 student"),
    ("night-shift nurse", "night-shift nurse"),
    ("ward sister", "ward sister"),
    ("taxi driver", "taxi driver"),
    ("dairy farmer", "dairy farmer"),
    ("part-time student", "part-time student"),
    ("ward clerk", "ward clerk"),
    ("school bus driver", "school bus driver"),
)


def compound_title() -> Iterator[Case]:
    """'"Q," said TITLE NAME.' and 'TITLE NAME said C.' -> NAME titled with the whole compound."""
    combos = itertools.product(PEOPLE, COMPOUNDS, QUOTES, MARKS, (False, True))
    for name, (title, keep), quote, (op, cl), inverted in sample(combos, 90, "f23app-cmp"):
        tail = f"said {title} {name}" if inverted else f"{title} {name} said"
        text = f"{op}{quote},{cl} {tail}."
        exp = Expect(f"{op}{quote},{cl}", "direct", name, title=Contains([keep]))
        yield Case("", "compound", text, [exp], exact=False)
    for name, (title, keep), clause in sample(
        itertools.product(PEOPLE, COMPOUNDS, CLAUSES), 60, "f23app-cmpi"
    ):
        text = f"{title[0].upper()}{title[1:]} {name} said {clause}."
        exp = Expect(clause, "indirect", name, title=Contains([keep]))
        yield Case("", "compound indirect", text, [exp], exact=False)


#: Titles before an honorific and a name.
HONORED_TITLES = (
    "Port Authority chairman",
    "Transport Board chairperson",
    "Health Ministry spokesperson",
    "Water Commission director",
)
#: Honorifics and professional abbreviations written after a title.
HONORIFICS = ("Dr.", "Atty.", "Engr.", "Prof.")


def honorific_after_title() -> Iterator[Case]:
    """'TITLE HONORIFIC NAME said C.' -> NAME titled TITLE (the honorific no part of it)."""
    combos = itertools.product(PEOPLE, HONORED_TITLES, HONORIFICS, CLAUSES)
    for name, title, hon, clause in sample(combos, 80, "f23app-hon"):
        text = f"{title} {hon} {name} said {clause}."
        exp = Expect(clause, "indirect", name, title=title)
        yield Case("", "honorific", text, [exp], exact=False)


#: Descriptions with a participle phrase after the role: (description, title).
PARTICIPLES = (
    ("A taxi driver waiting at the rank", "taxi driver"),
    ("A nurse leaving the night shift", "nurse"),
    ("A farmer standing by his gate", "farmer"),
    ("A student queuing for the bus", "student"),
    ("A fisherman mending his nets", "fisherman"),
    ("A pensioner sheltering from the rain", None),
)


def participle_after_description() -> Iterator[Case]:
    """'A ROLE VERB-ing ..., NAME, said "Q."' -> NAME titled ROLE, without the participle."""
    combos = itertools.product(PEOPLE, PARTICIPLES, QUOTES, MARKS)
    for name, (desc, title), quote, (op, cl) in sample(combos, 90, "f23app-part2"):
        text = f"{desc}, {name}, said {op}{quote}.{cl}"
        exp = Expect(f"{op}{quote}.{cl}", "direct", name, title=title) if title else None
        exp = exp or Expect(f"{op}{quote}.{cl}", "direct", name)
        yield Case("", "participle", text, [exp], exact=False, wrong_speakers=[(quote, desc)])


ROUND22_F23APP: tuple[Capability, ...] = (
    named(
        "apposition.description_first_subject",
        "2",
        "DESCRIPTION, NAME, said C: NAME, titled with the description",
        description_subject,
    ),
    named(
        "apposition.description_first_mononym",
        "2",
        'A ROLE from X, NAME, said "Q.": the single name, never the description',
        description_mononym,
    ),
    named(
        "apposition.description_first_inverted",
        "2",
        '"Q," said DESCRIPTION, NAME(, a ROLE).: NAME, never the description',
        description_inverted,
    ),
    named(
        "apposition.partitive_name",
        "2",
        'One of them, NAME, a ROLE, said "Q.": NAME titled ROLE, never the partitive',
        partitive_name,
    ),
    named(
        "apposition.list_not_apposition",
        "2",
        "The ROLE, NAME, and the OTHER said C: neither NAME nor the OTHER alone",
        listed_pair,
    ),
    named(
        "title.compound_role_kept",
        "2",
        "said retired bus driver NAME: the whole compound role is the title",
        compound_title,
    ),
    named(
        "title.honorific_after_title",
        "2",
        "Port Authority chairman Dr. NAME said C: title without the honorific",
        honorific_after_title,
    ),
    named(
        "title.participle_after_description",
        "2",
        'A taxi driver waiting at the rank, NAME, said "Q.": title without the participle',
        participle_after_description,
    ),
)
