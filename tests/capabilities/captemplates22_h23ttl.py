"""Development capabilities added on branch ``h23ttl`` in the twenty-third round: Malaysian
forms of address before a name.

* ``Datuk NAME said C``, ``Tan Sri NAME, the group's chairman, said C``: the Malay honorifics
  and federal or state titles (*Tun*, *Tan Sri*, *Puan Sri*, *Datuk*, *Datuk Seri*, *Dato'*,
  *Dato' Sri*, *Datin*) are no part of the speaker's name (the name was printed with them).
* ``Minister for Sustainability and the Environment NAME said C``: a portfolio whose last item
  takes the article stays whole in the title (the title was *Environment*).
* ``Tan Boon Keat said C``, ``Sri Lanka's ... NAME said C``: *Tan* as a surname and *Sri* of a
  place stay as they are.

People and sentences of our own; the shapes are the twentieth round's forms-of-address shapes.
``captemplates.py`` adds :data:`ROUND22_H23TTL` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample
from captemplates19_main import ADDRESS_SHAPES, CLAUSES, QUOTES

#: Malaysian forms of address, as Malaysian English copy writes them.
MALAY_ADDRESS = ("Datuk", "Datuk Seri", "Dato'", "Dato' Sri", "Tan Sri", "Puan Sri", "Tun", "Datin")
#: (given name, surname or patronym) of our own.
MALAY_PEOPLE = (
    ("Azman", "Yusof"),
    ("Hamidah", "Kassim"),
    ("Wong", "Kah Seng"),
    ("Faridah", "Osman"),
    ("Muthu", "Rajandran"),
    ("Zulkifli", "Rahman"),
)


def malaysian_address() -> Iterator[Case]:
    """'Datuk NAME said C' (and the other shapes): the form of address is no part of the name."""
    combos = itertools.product(MALAY_ADDRESS, MALAY_PEOPLE, ADDRESS_SHAPES)
    for k, (address, (given, surname), (shape, content, kind, title)) in enumerate(
        sample(combos, 240, "h23ttl_malaysian_address")
    ):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        text = shape.format(address=address, given=given, surname=surname, clause=clause, quote=quote)
        yield Case(
            "",
            address,
            text,
            [Expect(content.format(clause=clause, quote=quote), kind, f"{given} {surname}", title)],
        )


#: Names that open with the surname *Tan*, and the shapes that print them.
TAN_PEOPLE = ("Tan Boon Keat", "Tan Mei Ling", "Tan Siew Hoon", "Tan Wei Jie")
TAN_SHAPES = (
    ("{name} said {clause}.", "{clause}", "indirect", None),
    ('"{quote}," said {name}, a hawker at the market.', '"{quote},"', "direct", "hawker at the market"),
    (
        "{name}, the association's secretary, said {clause}.",
        "{clause}",
        "indirect",
        "association's secretary",
    ),
    ("Sri Lanka's trade envoy, {name}, said {clause}.", "{clause}", "indirect", "Sri Lanka's trade envoy"),
)


def tan_surname() -> Iterator[Case]:
    """'Tan Boon Keat said C': the surname *Tan* is no form of address (only *Tan Sri* is)."""
    combos = itertools.product(TAN_PEOPLE, TAN_SHAPES, CLAUSES)
    for k, (name, (shape, content, kind, title), clause) in enumerate(sample(combos, 48, "h23ttl_tan")):
        quote = QUOTES[k % len(QUOTES)]
        text = shape.format(name=name, clause=clause, quote=quote)
        yield Case("", "tan", text, [Expect(content.format(clause=clause, quote=quote), kind, name, title)])


#: Posts whose portfolio's last item takes the article (*and the Environment*).
ARTICLE_POSTS = (
    "Minister for Sustainability and the Environment",
    "Minister for Culture and the Arts",
    "Secretary for Justice and the Courts",
    "Minister for Fisheries and the Marine",
    "Commissioner for Energy and the Climate",
    "Deputy Minister for Housing and the Environment",
)
ARTICLE_PEOPLE = ("Helena Marchetti", "Kwame Asante", "Priya Nandakumar", "Declan Furlong", "Ingrid Solberg")
ARTICLE_SHAPES = (
    ("{post} {name} said {clause}.", "{clause}", "indirect"),
    ('"{quote}," {post} {name} told reporters.', '"{quote},"', "direct"),
    ("On Tuesday, {post} {name} said {clause}.", "{clause}", "indirect"),
    ("{post} {name} told parliament that {clause}.", "that {clause}", "indirect"),
)


def article_portfolio() -> Iterator[Case]:
    """'Minister for X and the Y NAME said C': the whole post, its article item kept, is the title."""
    combos = itertools.product(ARTICLE_POSTS, ARTICLE_PEOPLE, ARTICLE_SHAPES, CLAUSES)
    for k, (post, name, (shape, content, kind), clause) in enumerate(sample(combos, 200, "h23ttl_article")):
        quote = QUOTES[k % len(QUOTES)]
        text = shape.format(post=post, name=name, clause=clause, quote=quote)
        yield Case(
            "", "article", text, [Expect(content.format(clause=clause, quote=quote), kind, name, post)]
        )


ROUND22_H23TTL: tuple[Capability, ...] = (
    named(
        "names.malaysian_address",
        "5",
        "Datuk / Datuk Seri / Dato' / Tan Sri / Puan Sri / Tun / Datin NAME said C: no part of the name",
        malaysian_address,
    ),
    named(
        "names.tan_surname_kept",
        "5",
        "Tan Boon Keat said C: the surname Tan is kept (only Tan Sri is a form of address)",
        tan_surname,
    ),
    named(
        "titles.portfolio_article_item",
        "6",
        "Minister for X and the Y NAME said C: the portfolio's item with its article stays in the title",
        article_portfolio,
    ),
)
