"""Development capabilities added on branch ``h24ttl`` in the twenty-fourth round: a rank
written capitalised as a form of address between a lower-case role and the name.

* *Conservative group leader Councillor NAME said: "Q."*: the title is the role
  (*Conservative group leader*), the rank an address like *Mr*.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND23_H24TTL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons.
PEOPLE = (
    "Ottilie Brannigan",
    "Fergus Lindqvist",
    "Chiamaka Obiora",
    "Marek Dvorak",
    "Leilani Kahale",
    "Callum Strachan",
    "Pilar Etxeberria",
    "Arjun Raghunathan",
)
#: Roles written before the rank (capitalised body or party words, a lower-case head).
ROLES = (
    "Conservative group leader",
    "Liberal Democrat group leader",
    "Green Party spokesman",
    "opposition finance spokeswoman",
    "Highland Council convener",
    "Labour group secretary",
    "planning committee chairman",
)
#: Ranks written capitalised as forms of address.
RANKS = ("Councillor", "Professor", "Captain", "Sergeant")
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "Nobody on this street was asked about the new car park",
    "The money was promised two budgets ago",
    "We cannot keep the library open on good will alone",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def role_then_rank() -> Iterator[Case]:
    """'ROLE Rank NAME said: "Q."' -> NAME with the title ROLE (the rank left out)."""
    combos = itertools.product(PEOPLE, ROLES, RANKS, QUOTES, MARKS)
    for s, role, rank, q, (op, cl) in sample(combos, 300, "h24ttl-rank"):
        opener = role[:1].upper() + role[1:]
        quote = f"{op}{q}.{cl}"
        text = f"{opener} {rank} {s} said: {quote}"
        yield Case("", "role_rank", text, [Expect(quote, "direct", s, title=opener)], exact=False)


ROUND23_H24TTL: tuple[Capability, ...] = (
    named(
        "titles.role_then_rank_address",
        "4",
        'ROLE Councillor NAME said: "Q.": NAME, title ROLE (the capitalised rank is a form of address)',
        role_then_rank,
    ),
)
