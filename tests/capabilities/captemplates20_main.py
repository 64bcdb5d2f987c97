"""Development capabilities added on ``main`` in the twenty-first round.

* ``Shri NAME said C``, ``Smt. NAME, the party's spokesperson, said C``: Indian forms of address
  (Shri, Shrimati/Smt, Srimati, Sushri, Tamil Tmt) are honorifics, no part of the name (the
  name was printed with them; ``Smt`` alone was once the speaker).
* ``Chief Medical Officer of Norland NAME said C``: a capitalised post whose role noun has
  capitalised modifiers after a title modifier (*Chief*, *Deputy Chief*) and a portfolio after
  *of*/*for* before the name is the title (the speaker was *Medical Officer*).
* ``... its chief financial officer, NAME, said C. / "Q," the CFO said.``: a title's initialism
  as a later description names the person who holds that post (the speaker was *CFO*).

People and sentences of their own; the shapes are the twentieth round's forms-of-address shapes.
``captemplates.py`` adds :data:`ROUND20_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Expect, named, sample
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


#: Capitalised posts whose role noun has capitalised modifiers, with the portfolio after it.
POSTS = (
    ("Chief Medical Officer", "of"),
    ("Deputy Chief Electoral Officer", "of"),
    ("Chief Financial Officer", "of"),
    ("Principal Scientific Adviser", "to"),
    ("Chief Fire Officer", "for"),
)
PORTFOLIOS = ("Norland", "Karnataka", "the Harbour Authority", "Westmeath", "Ontario")
POST_PEOPLE = (("Jane", "Okoro"), ("Arun", "Shettigar"), ("Dr", "Tomas Brandt"), ("Shri", "Vikram Rao"))
POST_SHAPES = (
    ("{post} {link} {portfolio} {person} said {clause}.", "{clause}", "indirect"),
    ('"{quote}," {post} {link} {portfolio} {person} told reporters.', '"{quote},"', "direct"),
)


def capitalised_post_portfolio() -> Iterator[Case]:
    """'Chief Medical Officer of Norland NAME said C': the whole post is the title."""
    combos = itertools.product(POSTS, PORTFOLIOS, POST_PEOPLE, POST_SHAPES)
    for k, ((post, link), portfolio, (first, last), (shape, content, kind)) in enumerate(
        sample(combos, 80, "m21_capitalised_post")
    ):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        person = f"{first} {last}"
        name = last if first in ("Dr", "Shri") else person
        text = shape.format(
            post=post, link=link, portfolio=portfolio, person=person, clause=clause, quote=quote
        )
        title = f"{post} {link} {portfolio}"
        yield Case("", post, text, [Expect(content.format(clause=clause, quote=quote), kind, name, title)])


#: (post in lower case, its initialism).
INITIALLED_POSTS = (
    ("chief financial officer", "CFO"),
    ("chief executive officer", "CEO"),
    ("chief operating officer", "COO"),
    ("chief technology officer", "CTO"),
    ("chief medical officer", "CMO"),
)
INITIAL_PEOPLE = (("Owen", "Kessler"), ("Marta", "Lindqvist"), ("Tunde", "Afolabi"), ("Priya", "Menon"))
#: (introduction with {post} and {person}, its content, the title a reader prints).
INITIAL_INTROS = (
    ("Norland's {post}, {person}, said {clause}.", "{clause}", "Norland's {post}"),
    ("{person}, the company's {post}, said {clause}.", "{clause}", "company's {post}"),
    ("{Post} {person} told analysts that {clause}.", "that {clause}", "{Post}"),
)
INITIAL_CREDITS = (
    ('"{quote}," the {letters} said.', '"{quote},"', "direct"),
    ("The {letters} added that {clause}.", "that {clause}", "indirect"),
)


def title_initialism() -> Iterator[Case]:
    """'... its chief financial officer, NAME ... "Q," the CFO said.': the post's holder speaks."""
    combos = itertools.product(INITIALLED_POSTS, INITIAL_PEOPLE, INITIAL_INTROS, INITIAL_CREDITS)
    for k, ((post, letters), (first, last), (intro, said, title), (credit, content, kind)) in enumerate(
        sample(combos, 80, "m21_title_initialism")
    ):
        clause, later = CLAUSES[k % len(CLAUSES)], CLAUSES[(k + 1) % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        person, capital = f"{first} {last}", post.title()
        lede = intro.format(post=post, Post=capital, person=person, clause=clause)
        text = lede + "\n\n" + credit.format(letters=letters, quote=quote, clause=later)
        expect = Expect(
            content.format(quote=quote, clause=later), kind, person, title.format(post=post, Post=capital)
        )
        yield Case("", letters, text, [Expect(said.format(clause=clause), "indirect", person, ANY), expect])


ROUND20_MAIN: tuple[Capability, ...] = (
    named(
        "names.indian_address",
        "5",
        "Shri / Smt. / Shrimati / Sushri / Tmt NAME said C: the form of address is no part of the name",
        indian_address,
    ),
    named(
        "titles.capitalised_post_portfolio",
        "6",
        "Chief Medical Officer of PLACE NAME said C: the capitalised post with its portfolio is the title",
        capitalised_post_portfolio,
    ),
    named(
        "nominals.title_initialism",
        "4",
        "NAME, the company's chief financial officer ... the CFO said: the initialism names the holder",
        title_initialism,
    ),
)
