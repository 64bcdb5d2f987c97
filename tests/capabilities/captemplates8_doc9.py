"""Development capabilities of helper doc9's round (issue 11, speakers a fact-checker can
trust): documents that name their issuer, vox-pop credits with an age and a home town, and two
named speakers in an apposition; people, bodies and sentences of their own (none from the
held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_DOC9` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, Person
from capkit import Capability, Case, Contains, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, hyphens, particles, an apostrophe, an initial.
PEOPLE9 = (
    _p("Ottilie Brannagh", "Brannagh", "f", "plain"),
    _p("Casimir Woźniak", "Woźniak", "m", "non-Anglo"),
    _p("Delphine Achterberg-Moss", "Achterberg-Moss", "f", "hyphenated"),
    _p("Ruairi O'Flaherty", "O'Flaherty", "m", "apostrophe"),
    _p("Henrietta de Vries", "de Vries", "f", "particles"),
    _p("Babatunde Okonjo", "Okonjo", "m", "non-Anglo"),
    _p("Wilhelmina J. Soames", "Soames", "f", "initial"),
    _p("Thorfinn Eastwick", "Eastwick", "m", "plain"),
)

#: Bodies that issue papers: (as written in running text, canonical name).
BODIES9 = (
    ("the Brackenfold Parish Council", "Brackenfold Parish Council"),
    ("Eastmere Rail", "Eastmere Rail"),
    ("the Pennock Valley Housing Association", "Pennock Valley Housing Association"),
    ("Greyling Foods", "Greyling Foods"),
)

#: Reported clauses of this file (our own).
CLAUSES9 = (
    "the footbridge would stay shut until spring",
    "the library had lost half its budget",
    "rents on the estate would rise by a fifth",
    "the late train to the coast would be scrapped",
)

#: Quoted sentences of this file (our own).
QUOTES9 = (
    "Nobody asked us before the gates went up",
    "My shop takes half what it did last year",
    "The school bus has not come since Easter",
    "We were promised a new clinic and got a car park",
)

#: Home towns of a vox-pop credit: one to three capitalised words, no body among them.
TOWNS9 = ("Brackenfold", "Upper Caldwick", "Saint Ives Bay", "Pennock")

#: Roles a vox-pop credit gives after an age: (role as written, what the title keeps).
ROLES9 = (("retired teacher", "teacher"), ("bus driver", "driver"), ("shopkeeper", "shopkeeper"))


# -- vox-pop credits after an age ------------------------------------------------------------


def aged_home_town() -> Iterator[Case]:
    """`NAME, AGE, TOWN: "C."` (a home town is no title) beside `NAME, AGE, ROLE: "C."` (the
    role is the title), two credits to a box."""
    combos = itertools.product(PEOPLE9, range(len(TOWNS9)), MARKS, range(len(QUOTES9)), (False, True))
    for p, t, m, k, role_first in sample(combos, 160, "doc9-aged"):
        other = PEOPLE9[(PEOPLE9.index(p) + 3) % len(PEOPLE9)]
        town_q = m.q(QUOTES9[k] + ".")
        role_q = m.q(QUOTES9[(k + 1) % len(QUOTES9)] + ".")
        role, part = ROLES9[k % len(ROLES9)]
        town_line = f"{p.full}, {38 + k}, {TOWNS9[t]}: {town_q}"
        role_line = f"{other.full}, {62 - k}, {role}: {role_q}"
        lines = (role_line, town_line) if role_first else (town_line, role_line)
        text = "Voices from the valley\n\n" + "\n\n".join(lines)
        yield Case(
            "",
            "doc9-aged",
            text,
            [
                Expect(town_q, "direct", p.full, None, "person"),
                Expect(role_q, "direct", other.full, Contains((part,)), "person"),
            ],
        )


# -- documents issued by a body or signed by a person -----------------------------------------

#: Papers of a meeting, not listed as documents, before a participle of issuing.
PAPERS9 = (
    "a record of the planning meeting",
    "the agenda for next week's hearing",
    "a summary of the consultation",
)
#: Participles of issuing.
PARTICIPLES9 = ("released", "published", "issued", "prepared")


def issued_papers() -> Iterator[Case]:
    """`According to PAPERS PARTICIPLE by BODY, C.`: whatever the paper's noun, a text issued
    by a body credits the body; the content starts after the comma."""
    combos = itertools.product(PAPERS9, PARTICIPLES9, BODIES9, range(len(CLAUSES9)))
    for paper, verb, (body, canonical), k in sample(combos, 120, "doc9-papers"):
        clause = CLAUSES9[k]
        text = f"According to {paper} {verb} by {body}, {clause}."
        yield Case("", "doc9-papers", text, [Expect(clause, "indirect", canonical)])


#: Documents a person signs.
SIGNED9 = ("letter", "notice", "memo", "statement")


def signed_aside() -> Iterator[Case]:
    """`The DOC, signed by NAME, said C.` / `... read: "C."`: the signatory speaks; `signed by
    a lawyer for NAME` is the lawyer's, never NAME's."""
    combos = itertools.product(PEOPLE9, SIGNED9, DOUBLE_MARKS, range(len(CLAUSES9)), range(3))
    for p, doc, m, k, shape in sample(combos, 120, "doc9-signed"):
        if shape == 0:
            clause = CLAUSES9[k]
            text = f"The {doc}, signed by {p.full}, said {clause}."
            yield Case("", "doc9-signed-0", text, [Expect(clause, "indirect", p.full, None, "person")])
        elif shape == 1:
            quote = m.q(QUOTES9[k] + ".")
            text = f"The {doc}, signed by {p.full}, read: {quote}"
            yield Case("", "doc9-signed-1", text, [Expect(quote, "direct", p.full, None, "person")])
        else:
            clause = CLAUSES9[k]
            text = f"The {doc}, signed by a lawyer for {p.full}, said {clause}."
            yield Case("", "doc9-signed-2", text, [], exact=False, wrong_speakers=((clause, p.full),))


# -- two named speakers in an apposition --------------------------------------------------------

#: Groups of two: (as written, plural head).
PAIRS9 = (("Two residents", "residents"), ("Both shopkeepers", "shopkeepers"), ("The two owners", "owners"))


def named_pair() -> Iterator[Case]:
    """`GROUP, NAME and NAME, said C.` / `..., told the council: "C."`: both named speak."""
    combos = itertools.product(PAIRS9, range(len(PEOPLE9)), DOUBLE_MARKS, range(len(CLAUSES9)), (0, 1))
    for (group, plural), i, m, k, shape in sample(combos, 120, "doc9-pair"):
        a, b = PEOPLE9[i], PEOPLE9[(i + 5) % len(PEOPLE9)]
        both = (f"{a.full}; {b.full}", plural, group.lower())
        if shape == 0:
            clause = CLAUSES9[k]
            text = f"{group}, {a.full} and {b.full}, said {clause}."
            yield Case("", "doc9-pair-0", text, [Expect(clause, "indirect", both)])
        else:
            quote = m.q(QUOTES9[k] + ".")
            text = f"{group}, {a.full} and {b.full}, told the council: {quote}"
            yield Case("", "doc9-pair-1", text, [Expect(quote, "direct", both)])


ROUND8_DOC9: tuple[Capability, ...] = (
    named(
        "credits.aged_home_town",
        "6",
        'NAME, AGE, TOWN: "C." (no title) beside NAME, AGE, ROLE: "C." (the role)',
        aged_home_town,
    ),
    named(
        "source.issued_papers",
        "5",
        "According to PAPERS published|released|issued|prepared by BODY, C (the body)",
        issued_papers,
    ),
    named(
        "source.signed_aside",
        "5",
        'The DOC, signed by NAME, said C / read: "C." (NAME); signed by a lawyer for NAME (not NAME)',
        signed_aside,
    ),
    named(
        "speaker.named_pair",
        "3",
        'GROUP, NAME and NAME, said C / told the council: "C." (both)',
        named_pair,
    ),
)

__all__ = ["ROUND8_DOC9"]
