"""Development capabilities added on main in the twenty-fifth round: a name in close apposition
to a sentence-opening noun is that sentence's subject.

* *"Q1," said A. Her colleague B disagreed. "Q2," he said.*: *colleague*, *classmate*,
  *counterpart* are nouns of a relation the role lexicon does not list; the name after them is
  still the subject, and the newest person in view for the next *he*/*she* (before: A, the
  possessive *Her* read as the sentence's only person).
* The same sentence with a pronoun of the other gender keeps the first speaker.
* *Analysts, including economist B, said C.*: the group speaks, and *including* is never part
  of a title (before: B, titled *including economist*).

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons whose first names no list gives a gender (the pronoun cannot tell them apart).
OPEN_NAMES = ("Robin Adebayo", "Kim Vasquez-Lund", "Morgan Oyelowo", "Jordan Kealoha", "Casey Tremaine")
#: Persons whose listed first names give their gender.
WOMEN = ("Helen Achterberg", "Maria Oyediran", "Grace Lindholm", "Anna Sokolowska", "Sarah Mbatha")
MEN = ("David Quillinan", "Peter Nakamura", "James Okonjo", "Michael Tuivasa", "Thomas Ferreira")
#: Nouns of a relation to another person that no role list holds.
RELATIONS = (
    "colleague",
    "classmate",
    "teammate",
    "counterpart",
    "roommate",
    "neighbour",
    "cousin",
    "successor",
    "mentor",
    "landlord",
    "business partner",
    "longtime friend",
)
#: What the second person does in the sentence that introduces them (no cue).
VERBS = ("disagreed", "was less sure", "shook her head", "had a different view", "was not convinced")
#: The two quotations.
FIRST = "The ward has never been this busy"
SECOND = ("It was worse in the winter", "We have seen busier weeks", "The numbers are not the whole story")
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _text(lead: tuple[str, str, str, str, str], q: str, pro: str, marks: tuple[str, str], brk: bool) -> str:
    """The two-person text: *lead* is (first speaker, determiner, relation, second person, verb)."""
    o, det, rel, s, verb = lead
    op, cl = marks
    sep = "\n\n" if brk else " "
    return f"{op}{FIRST},{cl} said {o}. {det} {rel} {s} {verb}.{sep}{op}{q},{cl} {pro} said."


def relation_subject() -> Iterator[Case]:
    """'"Q1," said O. Her colleague S disagreed. "Q2," he said.' -> S, never O."""
    people = [(o, s) for o, s in itertools.permutations(OPEN_NAMES, 2)]
    combos = itertools.product(
        people, ("Her", "His", "Their", "The"), RELATIONS, VERBS, SECOND, MARKS, (False, True)
    )
    for (o, s), det, rel, act, q, marks, brk in sample(combos, 400, "r24main-relation"):
        pro = "she" if "her" in act else "he"
        shown = act.replace("her", "his") if pro == "he" else act
        text = _text((o, det, rel, s, shown), q, pro, marks, brk)
        op, cl = marks
        quote = f"{op}{q},{cl}"
        yield Case(
            "", "relation", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


def relation_other_gender() -> Iterator[Case]:
    """'"Q1," said O (a woman). Her colleague S (a man) disagreed. "Q2," she said.' -> O."""
    women = [(o, s, "Her", "she") for o, s in itertools.product(WOMEN, MEN)]
    men = [(o, s, "His", "he") for o, s in itertools.product(MEN, WOMEN)]
    combos = itertools.product(women + men, RELATIONS, VERBS[:2] + VERBS[3:], SECOND, MARKS, (False, True))
    for (o, s, det, pro), rel, verb, q, marks, brk in sample(combos, 300, "r24main-other-gender"):
        text = _text((o, det, rel, s, verb), q, pro, marks, brk)
        op, cl = marks
        quote = f"{op}{q},{cl}"
        yield Case(
            "",
            "other_gender",
            text,
            [Expect(quote, "direct", o, title=None)],
            exact=False,
            wrong_speakers=[(quote, s)],
        )


#: Groups that speak, and one member's role before the name.
GROUPS = (
    "Analysts",
    "Some critics",
    "Residents",
    "Several parents",
    "Local traders",
    "Opposition councillors",
)
MEMBER_ROLES = ("economist", "councillor", "teacher", "baker", "nurse", "pharmacist", "deputy mayor")
INCLUDING = ("including", "among them", "such as")
CLAIMS = ("the plan would fail", "the fares were too high", "nobody had asked them")


def group_including_member() -> Iterator[Case]:
    """'Analysts, including economist B, said C.' -> the group, never a title 'including ...'."""
    names = OPEN_NAMES + WOMEN + MEN
    combos = itertools.product(GROUPS, INCLUDING, MEMBER_ROLES, names, CLAIMS)
    for group, incl, role, name, claim in sample(combos, 300, "r24main-including"):
        text = f"{group}, {incl} {role} {name}, said {claim}."
        yield Case("", "including", text, [Expect(claim, "indirect", group, title=None)])


ROUND24_MAIN: tuple[Capability, ...] = (
    named(
        "salience.close_apposition_relation",
        "4",
        '"Q1," said O. Her colleague S disagreed. "Q2," he said.: S (the name after the noun is the subject)',
        relation_subject,
    ),
    named(
        "salience.close_apposition_other_gender",
        "4",
        '"Q1," said O. Her colleague S (the other gender) disagreed. "Q2," she said.: O',
        relation_other_gender,
    ),
    named(
        "group.including_member",
        "5",
        "Analysts, including economist B, said C.: the group (never the title 'including economist')",
        group_including_member,
    ),
)
