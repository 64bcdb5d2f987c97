"""Development capabilities added on main in the forty-second round.

* *Contrary to what NAME said on Monday, OTHER said C.*, *Despite what NAME told reporters, C.*:
  a verb inside a free relative has *what* for its object, so the clause after the comma is the
  sentence's, never NAME's (before: *OTHER said C* or *C* given to NAME);
* *NAME, the senior planning officer at BODY, said C.*, *The head of urban planning, NAME,
  said C.*: a field's gerund after a modifier is a noun of the title, no cue (before: no title,
  or *planning* read as a cue whose content was NAME);
* a person introduced with a title or an age and named again five paragraphs on as *the marine
  biologist*, *the skipper* (the captain's class) or *the 44-year-old*, past other speakers:
  the one holder, however far back (before: the bare noun, or a capitalised word in reach);
* *A and B, mother and daughter, ... said the elder SURNAME*: a pair's relation orders the two
  (before: no speaker, and the relation as B's title);
* a pull-quote, a quotation repeated alone in its paragraph, is no new quotation (before: given to
  the speaker of the paragraph before it);
* *"C," said MAN, the judge. | ... | "D," said WOMAN, a prosecutor. | NARRATIVE | "E," he said.*:
  with no one in view who agrees, *he* goes back past speakers of the other gender to the last
  who agrees (before: the woman in view).

People, places and events of our own. ``captemplates.py`` adds :data:`ROUND41_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

PEOPLE = ("Margaret Holloway", "Tiriel Vasquenne", "Gerald Ashcombe", "Oskana Bredvik")
P = "\n\n"

#: Openers of a fronted free relative, and verbs with an adjunct or addressee before its comma.
WHAT_OPENERS = ("Contrary to what", "Despite what", "Unlike what", "Regardless of what")
WHAT_VERBS = ("said on Monday", "claimed last week", "told reporters", "insisted earlier", "argued")


def free_relatives() -> Iterator[Case]:
    """OPENER NAME VERB, OTHER said C. -> OTHER's, never NAME's; OPENER NAME VERB, C. -> never NAME's."""
    combos = itertools.product(range(len(PEOPLE)), range(len(WHAT_OPENERS)), range(len(WHAT_VERBS)), range(2))
    for p, o, v, main in sample(combos, 160, "r41main-what"):
        name, other = PEOPLE[p], PEOPLE[(p + 1 + o % 3) % len(PEOPLE)]
        clause = CLAUSES[(p + v) % len(CLAUSES)]
        lead = f"{WHAT_OPENERS[o]} {name} {WHAT_VERBS[v]}, "
        wrong = [(clause, name)]
        if main:
            text = f"{lead}{other} said {clause}."
            yield Case("", "main", text, [Expect(clause, "indirect", other)], wrong_speakers=wrong)
        else:
            text = f"{lead}{clause}."
            yield Case("", "bare", text, [], exact=False, wrong_speakers=wrong)


FIELD_TITLES = (
    ("the senior planning officer", "senior planning officer"),
    ("the chief marketing officer", "chief marketing officer"),
    ("the head of urban planning", "head of urban planning"),
    ("the director of strategic planning", "director of strategic planning"),
    ("the regional training manager", "regional training manager"),
)
BODIES = ("Glen Tarrow Council", "Kelby Ferries", "the Port Ardwick Trust")


def field_gerunds() -> Iterator[Case]:
    """NAME, TITLE at BODY, said C. / TITLE, NAME, said C. -> NAME, the title whole."""
    combos = itertools.product(range(len(PEOPLE)), range(len(FIELD_TITLES)), range(len(BODIES)), range(2))
    for p, t, b, before in sample(combos, 120, "r41main-field"):
        name, (written, title) = PEOPLE[p], FIELD_TITLES[t]
        clause = CLAUSES[(p + t) % len(CLAUSES)]
        if before:
            text = f"{written[0].upper()}{written[1:]}, {name}, said {clause}."
        else:
            text = f"{name}, {written} at {BODIES[b]}, said {clause}."
        yield Case(
            "",
            f"{'before' if before else 'after'}|{title}",
            text,
            [Expect(clause, "indirect", name, title=Contains(title))],
        )


#: (introduction after the name, later reference) of one person, with a filler that names nobody.
FAR_REFERENCES = (
    (", a marine biologist at Kelby University who was not involved in the survey", "the marine biologist"),
    (", the captain of Tarrow Rovers", "the skipper"),
    (", 44, a ranger with the Fells Trust", "the 44-year-old"),
    (", a luthier in Port Ardwick", "the luthier"),
)
FILLERS = (
    "The survey was paid for by a coastal trust.",
    "Rain fell for most of the afternoon.",
    "The work took four summers.",
)


def far_references() -> Iterator[Case]:
    """ "Q1," said NAME, INTRO. | OTHER, the editor of the Review, said C. | FILLER | "Q2," said
    THIRD, a volunteer. | FILLER | "Q3," REFERENCE said. -> Q3 NAME's, never OTHER's or THIRD's."""
    combos = itertools.product(range(len(PEOPLE)), range(len(FAR_REFERENCES)), range(len(MARKS)))
    for p, r, m in sample(combos, 64, "r41main-far"):
        (o, e), (intro, ref) = MARKS[m], FAR_REFERENCES[r]
        name, other, third = PEOPLE[p], PEOPLE[(p + 1) % 4], PEOPLE[(p + 2) % 4]
        q1, q2, q3 = (f"{o}{QUOTES[(p + k) % 3]},{e}" for k in range(3))
        clause = CLAUSES[p % 3]
        paragraphs = (
            f"{q1} said {name}{intro}.",
            f"{other}, the editor of the Coastal Review, said {clause}.",
            FILLERS[p % 3],
            f"{q2} said {third}, a volunteer.",
            FILLERS[(p + 1) % 3],
            f"{q3} {ref} said.",
        )
        expects = [Expect(q3, "direct", name)]
        wrong = [(q3, other), (q3, third)]
        yield Case("", ref, P.join(paragraphs), expects, exact=False, wrong_speakers=wrong)


KIN_PAIRS = (("mother", "daughter"), ("father", "son"), ("grandmother", "granddaughter"))
FAMILY = (("Ida", "Lena", "Varga"), ("Tomas", "Emil", "Halloran"), ("Greta", "Anja", "Lindqvist"))


def pair_relations() -> Iterator[Case]:
    """A and B, ELDER-KIN and YOUNGER-KIN, run X. | "Q1," said the elder SURNAME. | "Q2," said the
    younger SURNAME. -> A, then B; no relation as a title."""
    combos = itertools.product(range(len(KIN_PAIRS)), range(len(FAMILY)), range(len(MARKS)), range(2))
    for k, f, m, flip in sample(combos, 72, "r41main-kin"):
        (o, e), (first, second, surname) = MARKS[m], FAMILY[f]
        elder, younger = KIN_PAIRS[k]
        q1, q2 = f"{o}{QUOTES[k]},{e}", f"{o}{QUOTES[(k + 1) % 3]},{e}"
        a, b = f"{first} {surname}", f"{second} {surname}"
        order = ("elder", "younger") if not flip else ("younger", "elder")
        speaker = {"elder": a, "younger": b}
        text = P.join(
            (
                f"{a} and {b}, {elder} and {younger}, have run the bakery for twenty years.",
                f"{q1} said the {order[0]} {surname}.",
                f"{q2} said the {order[1]} {surname}.",
            )
        )
        expects = [
            Expect(q1, "direct", speaker[order[0]], title=None),
            Expect(q2, "direct", speaker[order[1]], title=None),
        ]
        yield Case("", f"{elder}-{younger}|{order[0]}", text, expects)


def pull_quotes() -> Iterator[Case]:
    """ "Q1," said NAME, a pilot. | "Q2," OTHER, a councillor, said. | Q1 again alone | NAME said C.
    -> three quotations; the repeat is none (never OTHER's)."""
    combos = itertools.product(range(len(PEOPLE)), range(len(MARKS)), range(3))
    for p, m, k in sample(combos, 48, "r41main-pull"):
        o, e = MARKS[m]
        name, other = PEOPLE[p], PEOPLE[(p + 1) % 4]
        body = QUOTES[k]
        q1, q2 = f"{o}{body},{e}", f"{o}{QUOTES[(k + 1) % 3]},{e}"
        clause = CLAUSES[k]
        pull = f"{o}{body}{e}"
        text = P.join(
            (
                f"{q1} said {name}, a ferry pilot.",
                f"{q2} {other}, a councillor, said.",
                pull,
                f"{name} said {clause}.",
            )
        )
        expects = [Expect(q1, "direct", name), Expect(q2, "direct", other), Expect(clause, "indirect", name)]
        yield Case("", "pull", text, expects)


def out_of_view_pronouns() -> Iterator[Case]:
    """ "Q1," said MAN, the judge. | FILLER | "Q2," WOMAN, a prosecutor, said. | FILLER | "Q3," he
    said. -> Q3 the man's (and the mirror with *she*)."""
    men, women = ("Walter Pennick", "Gerald Ashcombe"), ("Margaret Holloway", "Harriet Lindqvist")
    combos = itertools.product(range(2), range(2), range(2), range(len(MARKS)))
    for i, j, female_first, m in sample(combos, 32, "r41main-pronoun"):
        o, e = MARKS[m]
        first, second = (women[i], men[j]) if female_first else (men[i], women[j])
        pronoun = "she" if female_first else "he"
        q1, q2, q3 = (f"{o}{QUOTES[k]},{e}" for k in range(3))
        text = P.join(
            (
                f"{q1} said {first}, the presiding judge.",
                "The trial lasted nine days.",
                f"{q2} {second}, a prosecutor, said.",
                "The crash happened on a wet evening in February.",
                f"{q3} {pronoun} said.",
            )
        )
        yield Case(
            "", pronoun, text, [Expect(q3, "direct", first)], exact=False, wrong_speakers=[(q3, second)]
        )


ROUND41_MAIN: tuple[Capability, ...] = (
    named("cue.free_relatives", "1", "Contrary to what NAME said, OTHER said C: never NAME", free_relatives),
    named(
        "title.field_gerunds",
        "6",
        "NAME, the senior planning officer at BODY,: the title whole",
        field_gerunds,
    ),
    named(
        "nominal.far_references", "4", "the skipper, five paragraphs after the captain: NAME", far_references
    ),
    named(
        "kin.pair_relations", "4", "A and B, mother and daughter, ... the elder SURNAME: A", pair_relations
    ),
    named("marks.pull_quotes", "8", "a quotation repeated alone in its paragraph: no new one", pull_quotes),
    named(
        "pronoun.out_of_view",
        "4",
        '... "E," he said past a woman in view: the man before',
        out_of_view_pronouns,
    ),
)
