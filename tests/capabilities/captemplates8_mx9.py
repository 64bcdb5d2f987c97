"""Development capabilities of the eighth round (branch mx9, issue 11): mixed quotes after a
naming verb whose object holds an apposition, perfect participles (``having called``), and a
subject before a relative aside that ends with a place set off by commas, and a prepositional
aside between a cue and its *that* (``said, among other things, that``).
People, bodies and sentences of their own (none from the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_MX9` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named, sample

#: People of this file: plain, hyphenated, particle and role-word surnames, first names of
#: several origins.
PEOPLE8 = (
    Person("Tove Amundsen", "Amundsen", "f", "plain"),
    Person("Ivar Solheim", "Solheim", "m", "plain"),
    Person("Nkechi Obi-Lawson", "Obi-Lawson", "f", "hyphenated"),
    Person("Ruairi van der Berg", "van der Berg", "m", "particle"),
    Person("Magdalena Sexton", "Sexton", "f", "word surname"),
    Person("Callum Bishop", "Bishop", "m", "role surname"),
    Person("Anneke Sørlie", "Sørlie", "f", "non-ASCII"),
    Person("Tariq Mahmood", "Mahmood", "m", "non-Anglo"),
)

#: Bodies of this file, as a sentence's subject.
BODIES8 = ("The Brindlecombe Ferry Union", "Halvorsen Fisheries", "the Cobb Island council")


# -- a naming verb's object with an apposition ------------------------------------------------

#: Naming verbs in the past, American and British spelling.
NAMING8 = ("called", "dubbed", "branded", "labelled", "labeled")

#: Objects with an apposition set off by commas: (object, apposition).
APPOSED8 = (
    ("Ola Berg", "the harbour chief"),
    ("the new timetable", "a draft of the night shift"),
    ("the council's ferry rota", "its third this year"),
    ("Dag Rustad", "Halvorsen Fisheries' finance director"),
    ("the toll", "a fee of two pounds a crossing"),
)

#: Objects of up to seven words, some with hyphens inside words (eight with the predicate's *a*).
LONG_OBJECTS8 = (
    "the long-delayed cross-harbour ferry plan",
    "both the mayor and front-runner Berg",
    "the board's last-minute timetable",
)

#: Predicates in quotation marks after the object (a noun phrase, or an adjective).
PREDICATES8 = (("a ", "disgrace"), ("a ", "slap in the face"), ("", "reckless"), ("", "out of touch"))


def naming_apposition() -> Iterator[Case]:
    """`NAME VERB OBJECT, APPOSITION, a "Q."`: the apposition stays in the mixed quote and the
    subject speaks; also objects of eight words with hyphens (`called both the mayor and
    front-runner Ola Berg "reckless"`)."""
    speakers = [*((p.full, p.full) for p in PEOPLE8), *((b, b) for b in BODIES8)]
    combos = itertools.product(speakers, NAMING8, APPOSED8, PREDICATES8, DOUBLE_MARKS)
    for (subject, name), verb, (obj, appos), (det, pred), m in sample(combos, 240, "r8-naming-apposition"):
        content = f"{obj}, {appos}, {det}{m.q(pred + '.')}"
        text = f"{subject[:1].upper()}{subject[1:]} {verb} {content}"
        yield Case("", "r8-naming-apposition", text, [Expect(content, "mixed", _plain(name))])
    combos2 = itertools.product(PEOPLE8, NAMING8, LONG_OBJECTS8, PREDICATES8, DOUBLE_MARKS)
    for p, verb, obj, (det, pred), m in sample(combos2, 80, "r8-naming-long"):
        content = f"{obj} {det}{m.q(pred + '.')}"
        text = f"{p.full} {verb} {content}"
        yield Case("", "r8-naming-long", text, [Expect(content, "mixed", p.full)])
    for p, verb, m in sample(itertools.product(PEOPLE8, NAMING8, DOUBLE_MARKS), 40, "r8-naming-relative"):
        quote = m.q("disgrace.")
        text = f"{p.full} {verb} Ola Berg, who runs the harbour, a {quote}"
        yield Case("", "r8-naming-relative", text, [], exact=False, wrong_speakers=[(quote, "Ola Berg")])


def _plain(name: str) -> str:
    """A body's speaker name without a leading article (the matcher drops it too)."""
    return name[4:] if name.lower().startswith("the ") else name


# -- perfect participles ----------------------------------------------------------------------

#: Main clauses before the participle ({n}: the subject).
MAIN_CLAUSES8 = (
    "{n} quit the harbour board on Monday",
    "{n} left the hearing early",
    "{n} has stepped down as chair",
)

#: Openers of a participial clause before *having*.
OPENERS8 = (", having", " after having", ", after having")

#: Perfect participles with their content ({q}: a quotation).
PERFECTS8 = (
    ("called", "the ferry plan {q}", ("reckless.",)),
    ("described", "the tolls as {q}", ("a tax on islanders.",)),
    ("said", "the timetable was {q}", ("simply unworkable.",)),
    ("told", "reporters that the rota was {q}", ("a mess.",)),
)


def perfect_participle() -> Iterator[Case]:
    """`NAME did X, having called Y "Q."` / `after having said C "Q"`: the perfect participle
    opens a participial clause whose speaker is the main clause's subject; a fronted one
    (`Having called Y "Q," NAME quit`) credits nobody, never *Having*."""
    combos = itertools.product(PEOPLE8, MAIN_CLAUSES8, OPENERS8, PERFECTS8, DOUBLE_MARKS)
    for p, main, opener, (verb, frame, preds), m in sample(combos, 240, "r8-perfect"):
        content = frame.format(q=m.q(preds[0]))
        if verb == "told":
            content = content.removeprefix("reporters ")
        text = f"{main.format(n=p.full)}{opener} {verb} {frame.format(q=m.q(preds[0]))}"
        yield Case("", "r8-perfect", text, [Expect(content, "mixed", p.full)])
    fronted = itertools.product(PEOPLE8, PERFECTS8, DOUBLE_MARKS)
    for p, (verb, frame, preds), m in sample(fronted, 60, "r8-fronted"):
        quote = m.q(preds[0].rstrip(".") + ",")
        text = f"Having {verb} {frame.format(q=quote)} {p.full} quit the harbour board."
        yield Case("", "r8-fronted", text, [], exact=False, wrong_speakers=[(quote, "Having")])


# -- a relative aside that ends with a place ------------------------------------------------

#: Relative asides ending with a place set off by commas ({pl}: the place).
RELATIVE_PLACES8 = (
    "who lives outside the capital, {pl},",
    "who grew up on an island near {pl},",
    "who has run the ferry office in {pl},",
)

#: Places of one or two capitalised words, or with a state abbreviation.
PLACES8 = ("Oslo", "Tromsø", "Cape Breton", "Bergen")

#: Reports after the aside (a mixed quote and an indirect one).
REPORTS8 = ("said the ferry was {q}", "told reporters the tolls were {q}", "says the timetable is {q}")


def relative_with_place() -> Iterator[Case]:
    """`NAME, who lives outside the capital, PLACE, said C "Q"`: the place ends the aside and
    the subject before the aside speaks."""
    combos = itertools.product(PEOPLE8, RELATIVE_PLACES8, PLACES8, REPORTS8, DOUBLE_MARKS)
    for p, aside, place, report, m in sample(combos, 200, "r8-relative-place"):
        clause = report.format(q=m.q("never on time."))
        content = clause.split(" ", 1)[1].removeprefix("reporters ")
        text = f"{p.full}, {aside.format(pl=place)} {clause}"
        yield Case("", "r8-relative-place", text, [Expect(content, "mixed", p.full)])


# -- a prepositional aside between the cue and its *that* ----------------------------------

#: Asides set off by commas after the cue, opened by a preposition.
PREP_ASIDES8 = (
    "among other things",
    "through a translator",
    "per an interpreter",
    "despite the rain",
    "for her part",
    "like the mayor before her",
    "without offering evidence",
)

#: Cues before the aside.
ASIDE_CUES8 = ("said", "told reporters", "argued", "claimed")


def cue_prepositional_aside() -> Iterator[Case]:
    """`NAME said, among other things, that C "Q"`: the aside is skipped and the content starts
    at *that* (before, nothing came out, or the aside opened the content)."""
    combos = itertools.product(PEOPLE8, ASIDE_CUES8, PREP_ASIDES8, DOUBLE_MARKS)
    for p, cue, aside, m in sample(combos, 200, "r8-prep-aside"):
        content = f"that the harbour board has {m.q('lost the plot.')}"
        text = f"{p.full} {cue}, {aside}, {content}"
        yield Case("", "r8-prep-aside", text, [Expect(content, "mixed", p.full)])


ROUND8_MX9: tuple[Capability, ...] = (
    named(
        "cue.prepositional_aside",
        "-",
        'NAME said, among other things, that C "Q" / , through a translator,',
        cue_prepositional_aside,
    ),
    named(
        "speaker.relative_with_place",
        "-",
        'NAME, who lives outside the capital, PLACE, said C "Q" (the place ends the aside)',
        relative_with_place,
    ),
    named(
        "cue.naming_apposition",
        "-",
        'NAME called OBJECT, APPOSITION, a "Q." / an eight-word object with hyphens',
        naming_apposition,
    ),
    named(
        "cue.perfect_participle",
        "-",
        'NAME did X, having called Y "Q." / after having said C (fronted: nobody)',
        perfect_participle,
    ),
)

__all__ = ["ROUND8_MX9"]
