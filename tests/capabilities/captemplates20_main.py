"""Development capabilities added on ``main`` in the twenty-first round.

* ``Shri NAME said C``, ``Smt. NAME, the party's spokesperson, said C``: Indian forms of address
  (Shri, Shrimati/Smt, Srimati, Sushri, Tamil Tmt) are honorifics, no part of the name (the
  name was printed with them; ``Smt`` alone was once the speaker).

People and sentences of their own; the shapes are the twentieth round's forms-of-address shapes.
``captemplates.py`` adds :data:`ROUND20_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample
from captemplates19_main import ADDRESS_SHAPES, CLAUSES, QUOTES

#: (form of address, given name, surname), as Indian English copy writes them.
INDIAN_ADDRESSED = (
    ("Shri", "Ramesh", "Kulkarni"),
    ("Smt.", "Lakshmi", "Venugopal"),
    ("Smt", "Farida", "Begum"),
    ("Shrimati", "Anjali", "Deshpande"),
    ("Sushri", "Meena", "Oraon"),
    ("Tmt.", "Kavitha", "Sundaram"),
    ("Shri", "Gurpreet", "Sandhu"),
    ("Srimati", "Rupa", "Bhattacharya"),
)


def indian_address() -> Iterator[Case]:
    """'Shri NAME said C': the form of address is no part of the speaker's name."""
    combos = itertools.product(INDIAN_ADDRESSED, ADDRESS_SHAPES)
    for k, ((address, given, surname), (shape, content, kind, title)) in enumerate(
        sample(combos, 40, "m21_indian_address")
    ):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        text = shape.format(address=address, given=given, surname=surname, clause=clause, quote=quote)
        yield Case(
            "",
            address,
            text,
            [Expect(content.format(clause=clause, quote=quote), kind, f"{given} {surname}", title)],
        )


ROUND20_MAIN: tuple[Capability, ...] = (
    named(
        "names.indian_address",
        "5",
        "Shri / Smt. / Shrimati / Sushri / Tmt NAME said C: the form of address is no part of the name",
        indian_address,
    ),
)
