"""Development capabilities of helper sal9's round (issue 11 group 4, pronouns and nominals
resolved by salience and agreement): one generator per mechanism, with people, places and
sentences of their own (none from the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_SAL9` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: Pairs of people of one gender: first names in and out of the census lists, particles,
#: hyphens and a middle initial.
PAIRS8 = (
    (_p("Siobhan Carrick", "Carrick", "f", "plain"), _p("Margaret Lindqvist", "Lindqvist", "f", "non-Anglo")),
    (_p("Aoife Brannigan", "Brannigan", "f", "plain"), _p("Helen T. Ashworth", "Ashworth", "f", "initial")),
    (_p("Ciaran Doherty", "Doherty", "m", "plain"), _p("Robert Hallam", "Hallam", "m", "plain")),
    (_p("Eamon Tierney", "Tierney", "m", "plain"), _p("Piet de Groot", "de Groot", "m", "particles")),
    (
        _p("Grainne Mulcahy", "Mulcahy", "f", "plain"),
        _p("Susan Okonjo-Reyes", "Okonjo-Reyes", "f", "hyphenated"),
    ),
)

#: The first sentence: the subject acts on a second person (neither speaks yet).
ACTS8 = (
    "{a} hired {b} as a deputy in the autumn.",
    "{a} succeeded {b} at the head of the harbour board last year.",
    "{a} visited {b} at the ferry terminal on Wednesday afternoon.",
    "{a} defeated {b} in the vote for the nomination.",
)

#: Direct quotations and reported clauses of this file (our own).
QUOTES8 = (
    "The ferry timetable was never agreed with us",
    "We will keep the lifeboat station open",
    "Nobody told the crews about the cuts",
)
CLAUSES8 = (
    "the slipway would need new piles",
    "the fuel price had doubled since June",
    "the night crossing would stop in winter",
)


def _pronoun(p: Person) -> str:
    return "she" if p.gender == "f" else "he"


def subject_over_object() -> Iterator[Case]:
    """`A VERB B ... / "C," she said.` and `A VERB B ... / She said C. / "C2," she added.`:
    a pronoun in the next paragraph refers to the subject of the last sentence, not to its
    object, when both agree; the second quote follows the first along the chain."""
    combos = itertools.product(PAIRS8, (False, True), ACTS8, range(3), DOUBLE_MARKS, (False, True))
    for pair, swap, act, k, m, chain in sample(combos, 160, "sal9-subject"):
        a, b = (pair[1], pair[0]) if swap else pair
        he = _pronoun(a)
        quote = m.q(QUOTES8[k] + ",")
        opening = act.format(a=a.full, b=b.full)
        if chain:
            clause = CLAUSES8[k]
            text = f"{opening}\n\n{he.capitalize()} said {clause}.\n\n{quote} {he} added."
            expected = [Expect(clause, "indirect", a.full), Expect(quote, "direct", a.full)]
        else:
            text = f"{opening}\n\n{quote} {he} said."
            expected = [Expect(quote, "direct", a.full)]
        yield Case("", "sal9-subject", text, expected, wrong_speakers=[(quote, b.full)])


#: The second sentence: the pronoun subject goes to see a second person with a role.
VISITS8 = (
    "Last week {he} drove out to meet {b}, the harbour master.",
    "On Friday {he} went to see {b}, the parish clerk.",
    "Later {he} wrote to {b}, the county surveyor.",
)


def pronoun_subject_chain() -> Iterator[Case]:
    """`A runs the X. On Friday she called on B, the clerk. / "C," she said.`: a he/she
    subject refers to the subject before it and carries it on, so the quote after is A's,
    not B's, though B is nearer and introduced with a role."""
    combos = itertools.product(PAIRS8, (False, True), VISITS8, range(3), DOUBLE_MARKS)
    for pair, swap, visit, k, m in sample(combos, 120, "sal9-chain"):
        a, b = (pair[1], pair[0]) if swap else pair
        he = _pronoun(a)
        quote = m.q(QUOTES8[k] + ",")
        second = visit.format(he=he, b=b.full)
        text = f"{a.full} runs the Kelmscar lifeboat station. {second}\n\n{quote} {he} said."
        expected = [Expect(quote, "direct", a.full)]
        yield Case("", "sal9-chain", text, expected, wrong_speakers=[(quote, b.full)])


#: Two people side by side: a prepositional verb phrase between the first name and the
#: second one's title.
BESIDE8 = ("sat beside", "stood behind", "stood alongside", "sat near")
#: (the title before the first name, the nominal that refers back to it, its printed title)
FORMER8 = (
    ("Former harbour master", "the former harbour master", "Former harbour master"),
    ("Former Fisheries Minister", "the former minister", "Former Fisheries Minister"),
    ("Former county councillor", "the former councillor", "Former county councillor"),
)


def described_one() -> Iterator[Case]:
    """`Former minister A sat beside council leader B ... / "C," the former minister said.`:
    the second name's title never reaches back over the first name and its verb, and the
    nominal picks the one person its description was stated for."""
    combos = itertools.product(PAIRS8, (False, True), BESIDE8, FORMER8, range(3), DOUBLE_MARKS)
    for pair, swap, beside, (title, nominal, printed), k, m in sample(combos, 120, "sal9-former"):
        a, b = (pair[1], pair[0]) if swap else pair
        quote = m.q(QUOTES8[k] + ",")
        opening = f"{title} {a.full} {beside} council leader {b.full} at the harbour meeting."
        text = f"{opening}\n\n{quote} {nominal} said."
        expected = [Expect(quote, "direct", a.full, printed)]
        yield Case("", "sal9-former", text, expected, wrong_speakers=[(quote, b.full)])


ROUND8_SAL9: tuple[Capability, ...] = (
    named(
        "speaker.subject_over_object",
        "4",
        'A VERB B ... / "C," she said (A) / She said C. "C2," she added (A, along the chain)',
        subject_over_object,
    ),
    named(
        "speaker.pronoun_subject_chain",
        "4",
        'A runs X. On Friday she called on B, the clerk. / "C," she said (A)',
        pronoun_subject_chain,
    ),
    named(
        "speaker.described_one",
        "4",
        'Former minister A sat beside council leader B / "C," the former minister said (A)',
        described_one,
    ),
)

__all__ = ["ROUND8_SAL9"]
