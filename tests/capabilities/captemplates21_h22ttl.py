"""Development capabilities added on branch ``h22ttl`` in the twenty-second round: a title
written before a name whose body's name holds *and*.

* A pre-modifier title whose body is named with *and* between capitalised words (*Food and
  Drug Administration spokesman NAME*, *Parks and Wildlife Service chief ranger NAME*): the
  whole body's name stays in the title, never only the words after the *and*.
* A titled person coordinated with another (*Mayor NAME and Harbour Board chair OTHER said*):
  still two persons, never one title swallowing the first.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND21_H22TTL` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Case, Contains, Expect, named, sample

#: Persons (full name, surname) of many origins whose first names the lists hold.
PEOPLE = (
    ("Amara Okonkwo", "Okonkwo"),
    ("Siddharth Menon", "Menon"),
    ("Yuki Tanabe", "Tanabe"),
    ("Ingrid Solberg", "Solberg"),
    ("Mateo Ferreira", "Ferreira"),
    ("Fatima Haddad", "Haddad"),
    ("Declan Moriarty", "Moriarty"),
    ("Kwame Asante", "Asante"),
)
#: Bodies named with *and* between capitalised words (made up or generic).
BODIES = (
    "Food and Drug Administration",
    "Fisheries and Oceans Canada",
    "Health and Safety Executive",
    "Parks and Wildlife Service",
    "Ports and Harbours Authority",
    "Arts and Culture Council",
    "Road and Rail Workers Union",
    "Water and Sanitation Agency",
    "Sport and Recreation Commission",
    "Nursing and Midwifery Council",
)
#: Roles after the body's name (listed role words, with lower-case modifiers).
ROLES = (
    "spokeswoman",
    "spokesman",
    "regional director",
    "deputy secretary",
    "chief inspector",
    "press officer",
)
#: Clauses reported.
CLAUSES = (
    "the inspections would resume next month",
    "the budget for the coming year had been cut",
    "more staff were needed over the summer",
)
#: Direct quotations (without their closing punctuation).
QUOTES = ("We are not there yet", "This was always going to take time", "Nobody should panic")
#: Cue verbs (past).
VERBS = ("said", "told reporters", "warned", "explained")


def body_and_title() -> Iterator[Case]:
    """'BODY ROLE NAME VERB C.', '"Q," BODY ROLE NAME said.' and '"Q," said BODY ROLE NAME.'
    -> NAME, titled with the whole body's name and the role."""
    combos = itertools.product(PEOPLE, BODIES, ROLES, VERBS, CLAUSES)
    for (name, _), body, role, verb, clause in sample(combos, 90, "h22ttl-pre"):
        text = f"{body} {role} {name} {verb} that {clause}."
        title = Contains([body, role])
        yield Case(
            "", "indirect", text, [Expect(f"that {clause}", "indirect", name, title=title)], exact=False
        )
    for (name, _), body, role, quote, inverted in sample(
        itertools.product(PEOPLE, BODIES, ROLES, QUOTES, (False, True)), 90, "h22ttl-q"
    ):
        tail = f"said {body} {role} {name}" if inverted else f"{body} {role} {name} said"
        text = f'"{quote}," {tail}. The meeting ended soon after.'
        title = Contains([body, role])
        yield Case(
            "", "direct after", text, [Expect(f'"{quote},"', "direct", name, title=title)], exact=False
        )


#: Titles of the first person of a coordinated subject.
FIRST_TITLES = ("Mayor", "Councillor", "Senator", "Commissioner")


def titled_coordination() -> Iterator[Case]:
    """'TITLE NAME and BODY ROLE OTHER said C.' -> the joint speaker 'NAME; OTHER', never one
    person titled with the other's name."""
    pairs = list(itertools.permutations(PEOPLE, 2))
    combos = itertools.product(
        pairs, FIRST_TITLES, ("Harbour Board chair", "Parks and Wildlife Service director")
    )
    for ((a, _), (b, _)), first, second in sample(combos, 50, "h22ttl-coord"):
        clause = CLAUSES[len(a) % len(CLAUSES)]
        text = f"{first} {a} and {second} {b} said {clause}."
        yield Case(
            "",
            "joint",
            text,
            [Expect(clause, "indirect", f"{a}; {b}")],
            exact=False,
            wrong_speakers=[(clause, a), (clause, b)],
        )


ROUND21_H22TTL = (
    named(
        "title.premodifier_body_and",
        "2",
        "BODY-with-and ROLE NAME said C / said BODY-with-and ROLE NAME: NAME, the whole body in the title",
        body_and_title,
    ),
    named(
        "frame.titled_coordination_and",
        "2",
        "TITLE NAME and BODY ROLE OTHER said C: the joint speaker NAME; OTHER",
        titled_coordination,
    ),
)
