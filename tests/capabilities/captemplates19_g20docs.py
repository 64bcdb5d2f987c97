"""Development capabilities added on branch ``g20docs`` in the twentieth round: long titles whole.

* A hyphenated post before a name set off by commas (*The Director-General, Mr NAME, said*,
  *the union's Secretary-General, NAME,*) is the title; the name never opens at the hyphen
  (was: the name *-General*).
* A post whose portfolio is listed with commas and *and* before a name (*Water, Land and
  Resource Stewardship Minister NAME*, *Environment, Food and Rural Affairs Secretary NAME*)
  keeps the whole list (was: the last item only, *Resource Stewardship Minister*).
* *the Minister of X, Mr NAME,* after an opening phrase (*Earlier, the Minister ...*): the
  post without the comma before the honorific (was: *Minister of Power,*).
* A role whose portfolio lists fields with commas and *and*, then its body, in an apposition
  (*NAME, director of strategy, performance and passenger outcomes at the Office of Rail and
  Road,*): the whole title (was: *director of strategy*).
* A spokesperson for a body whose name holds *&* (*a spokesperson for the Canal & River
  Trust*), or whose name ends in a capitalised verb form (*a Pennine Express spokesman*, *a
  Valley Post spokeswoman*): the spokesperson's phrase (was: the body, or the bare role noun).

People, posts and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_G20DOCS` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the new depot would open before the winter",
    "the tariff review had been rushed through without consultation",
    "the inspectors had found no fault with the pumps",
    "the funding would be restored in the spring budget",
)
#: Persons (first names the lists hold).
PERSONS = ("Miriam Adeyemi-Cole", "Tobias Wren", "Grace Nwankwo", "Declan Huxley", "Ingrid Solberg")
#: Hyphenated posts.
HYPHENATED = ("Director-General", "Secretary-General", "Attorney-General", "Solicitor-General")
#: How the hyphenated post is introduced: (frame, the title printed); {post} is filled.
HYPHEN_FRAMES = (
    ("The {post}, {hon}{name}, said {clause}.", "{post}"),
    ("Speaking on Monday, the {post}, {hon}{name}, said {clause}.", "{post}"),
    ("The agency's {post}, {hon}{name}, said {clause}.", "agency's {post}"),
    ("The {post} of the federation, {hon}{name}, told reporters {clause}.", "{post} of the federation"),
)
HONORIFICS = ("", "Mr ", "Dr ")


def hyphenated_post() -> Iterator[Case]:
    """'The Director-General, (Mr) NAME, said C.' -> NAME with the whole hyphenated post."""
    combos = itertools.product(HYPHEN_FRAMES, HYPHENATED, HONORIFICS, PERSONS, CLAUSES)
    for (frame, title), post, hon, name, clause in sample(combos, 160, "g20docs-hyphen"):
        text = frame.format(post=post, hon=hon, name=name, clause=clause)
        expects = [Expect(clause, "indirect", name, title.format(post=post))]
        yield Case("", "hyphenated post", text, expects, exact=False)


#: Portfolios listed with commas and *and*, and the posts that end them.
PORTFOLIOS = (
    "Water, Land and Resource Stewardship",
    "Environment, Food and Rural Affairs",
    "Housing, Communities and Local Government",
    "Culture, Media and Sport",
    "Science, Innovation and Technology",
    "Forests, Lands and Natural Resource Operations",
)
POSTS = ("Minister", "Secretary")
#: How the post opens its clause; {title} and {name} are filled.
LIST_FRAMES = (
    "{title} {name} said {clause}.",
    "On Tuesday, {title} {name} told reporters {clause}.",
    "The {title} {name} said on Friday that {clause}.",
)


def listed_portfolio() -> Iterator[Case]:
    """'A, B and C Minister NAME said C.' -> NAME, the title holding the whole listed portfolio."""
    combos = itertools.product(LIST_FRAMES, PORTFOLIOS, POSTS, PERSONS, CLAUSES)
    for frame, portfolio, post, name, clause in sample(combos, 200, "g20docs-listed"):
        title = f"{portfolio} {post}"
        text = frame.format(title=title, name=name, clause=clause)
        content = f"that {clause}" if "that {clause}" in frame else clause
        yield Case("", "listed portfolio", text, [Expect(content, "indirect", name, title)], exact=False)


#: Posts with a portfolio after *of* or *for*.
OF_POSTS = ("Minister of Power", "Minister for Trade", "Secretary of State for Health", "Minister of Mines")
OPENINGS = ("Earlier, the", "In a statement, the", "Separately, the", "On Sunday, the")


def post_before_honorific() -> Iterator[Case]:
    """'Earlier, the Minister of Power, Mr NAME, said C.' -> NAME, the post without its comma."""
    combos = itertools.product(OPENINGS, OF_POSTS, ("Mr ", "Mrs ", "Dr "), PERSONS, CLAUSES)
    for opening, post, hon, name, clause in sample(combos, 120, "g20docs-honorific"):
        text = f"{opening} {post}, {hon}{name}, said {clause}."
        yield Case("", "post, honorific", text, [Expect(clause, "indirect", name, post)], exact=False)


#: Bodies whose names hold an ampersand; bodies whose names end in a capitalised verb form.
AMPERSAND_BODIES = ("Canal & River Trust", "Fish & Wildlife Service", "Parks & Recreation Department")
VERB_BODIES = ("Pennine Express", "Valley Post", "Coastal Report", "Northern Express")
VOICES = ("spokesperson", "spokesman", "spokeswoman")


def body_spokesperson() -> Iterator[Case]:
    """'A spokesperson for the X & Y Trust said C.', 'A Pennine Express spokesman said C.' -> the
    spokesperson's phrase, never the body alone or the bare role noun."""
    combos = itertools.product(AMPERSAND_BODIES, VOICES, ("said", "told reporters"), CLAUSES)
    for body, voice, verb, clause in sample(combos, 72, "g20docs-ampersand"):
        text = f"A {voice} for the {body} {verb} {clause}."
        speaker = f"{voice} for the {body}"
        yield Case("", "ampersand body", text, [Expect(clause, "indirect", speaker)], exact=False)
    combos = itertools.product(VERB_BODIES, VOICES, ("said", "later said"), CLAUSES)
    for body, voice, verb, clause in sample(combos, 96, "g20docs-verb-body"):
        text = f"A {body} {voice} {verb} {clause}."
        yield Case("", "verb-form body", text, [Expect(clause, "indirect", f"{body} {voice}")], exact=False)


#: Roles with a portfolio of listed fields, and the bodies after them.
FIELD_ROLES = (
    "director of strategy, performance and passenger outcomes",
    "head of sales, marketing and customer service",
    "professor of history, politics and economics",
    "director for planning, housing and regeneration",
)
FIELD_BODIES = ("the Office of Rail and Road", "Kestrel Ferries", "Leeds University", "the Harbour Board")


def listed_fields() -> Iterator[Case]:
    """'NAME, ROLE of A, B and C at BODY, gave evidence. SURNAME said C.' -> NAME with the whole
    title (the apposition's sentence reports nothing; a later sentence names its speaker)."""
    intros = ("gave evidence on Tuesday.", "appeared before the committee.")
    combos = itertools.product(FIELD_ROLES, FIELD_BODIES, PERSONS, intros, CLAUSES)
    for role, body, name, intro, clause in sample(combos, 120, "g20docs-fields"):
        title = f"{role} at {body}"
        text = f"{name}, {title}, {intro} {name.split()[-1]} said {clause}."
        yield Case("", "listed fields", text, [Expect(clause, "indirect", name, title)], exact=False)


ROUND19_G20DOCS: tuple[Capability, ...] = (
    named(
        "title.hyphenated_post_apposition",
        "2",
        "The Director-General, (Mr) NAME, said C: NAME with the whole hyphenated post (was: the name"
        " '-General')",
        hyphenated_post,
    ),
    named(
        "title.listed_portfolio_post",
        "2",
        "Water, Land and Resource Stewardship Minister NAME said C: the whole listed portfolio (was: the"
        " last item, 'Resource Stewardship Minister')",
        listed_portfolio,
    ),
    named(
        "title.post_comma_honorific",
        "2",
        "Earlier, the Minister of Power, Mr NAME, said C: the post without a trailing comma (was:"
        " 'Minister of Power,')",
        post_before_honorific,
    ),
    named(
        "source.body_spokesperson_phrase",
        "2",
        "A spokesperson for the Canal & River Trust said C / A Pennine Express spokesman said C: the"
        " spokesperson's phrase (was: the body, or the bare 'spokesman')",
        body_spokesperson,
    ),
    named(
        "title.listed_fields_apposition",
        "2",
        "NAME, director of strategy, performance and passenger outcomes at the Office of Rail and Road,"
        " gave evidence. SURNAME said C: the whole title (was: 'director of strategy')",
        listed_fields,
    ),
)
