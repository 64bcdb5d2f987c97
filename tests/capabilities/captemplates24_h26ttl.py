"""Development capabilities added on branch ``h26ttl`` in the twenty-sixth round: titles
stated by a possessive determiner, a copular relative with a bare post, and a compound job noun
whose head is an agent noun the lexicon lacks.

* *BODY was set up in 1974. Its head librarian, NAME, said: "Q."*: the post with its body
  ('head librarian of BODY'), as quotex prints other *its* posts.
* *"Q," said NAME, who has been plant supervisor at BODY since 2011.*: the post with its body,
  whatever the copula's tense and with a *since*/*for* adjunct after the body.
* *"Q," said NAME, a kite maker in PLACE.* / *A kite maker in PLACE, NAME, said: "Q."*: the
  compound job is NAME's title, and NAME (never the description) speaks.
* Guards: a listed role keeps working, a time phrase ending in *-er* ('A year later') is no
  role, a habit ('a coffee drinker') and a plural ('alpaca herders') are no person's title.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_H26TTL` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons of several cultures.
NAMES = (
    "Ines Marr",
    "Tomasz Wieczorek",
    "Adaeze Okonkwo",
    "Haruto Kobayashi",
    "Lucia Ferreira",
    "Siosaia Tupou",
    "Mariam Haddad",
    "Bjorn Lindqvist",
    "Priya Raghunathan",
    "Keoni Kahananui",
)
#: Quotations (with no final mark).
QUOTES = (
    "We open the doors at eight and close them when the last visitor leaves",
    "Nobody here has seen water this high in forty years",
    "The grant covers the roof but not the wiring",
    "We have trained six apprentices since the spring",
    "The buses stopped coming in March",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))

#: Bodies that a first sentence names and *its* refers back to.
BODIES = (
    "The Tromso Polar Library",
    "The Kumasi Textile Museum",
    "The Valparaiso Botanic Garden",
    "The Harbin Ice Theatre",
    "The Oaxaca Seed Bank",
    "The Lindisfarne Heritage Trust",
)
#: Sentences naming the body.
BODY_FRAMES = (
    "{body} was set up in 1974.",
    "{body} reopened last month after a long closure.",
    "{body} has lost a third of its funding.",
)
#: Posts whose head noun the lexicon may lack.
ITS_POSTS = (
    "head librarian",
    "senior curator",
    "chief horticulturist",
    "lead choreographer",
    "principal seed scientist",
    "chief conservator",
)


def its_role() -> Iterator[Case]:
    """'BODY was set up in 1974. Its POST, NAME, said: "Q."' -> title 'POST ... BODY'."""
    combos = itertools.product(BODIES, BODY_FRAMES, ITS_POSTS, NAMES, QUOTES, MARKS)
    for body, frame, post, name, quote, (op, cl) in sample(combos, 240, "h26ttl-its"):
        content = f"{op}{quote}.{cl}"
        text = f"{frame.format(body=body)} Its {post}, {name}, said: {content}"
        short = body.removeprefix("The ")
        yield Case("", "its", text, [Expect(content, "direct", name, Contains((post, short)))], exact=False)


#: People known by one name.
ONE_NAMES = ("Ronaldinho", "Teodora", "Kalani", "Zhanar")


def its_role_shapes() -> Iterator[Case]:
    """'BODY ... "Q," said its POST, NAME.' / '"Q," its POST, NAME, said.' / 'Its POST, ONE-NAME,
    said: "Q."' -> NAME (never 'Its POST'), title 'POST ... BODY'."""
    combos = itertools.product(BODIES, ITS_POSTS, NAMES[:5] + ONE_NAMES, QUOTES[:3], MARKS, (0, 1, 2))
    for body, post, name, quote, (op, cl), shape in sample(combos, 240, "h26ttl-its-shapes"):
        lead = BODY_FRAMES[shape].format(body=body)
        if shape == 0:
            content = f"{op}{quote},{cl}"
            text = f"{lead} {content} said its {post}, {name}."
        elif shape == 1:
            content = f"{op}{quote},{cl}"
            text = f"{lead} {content} its {post}, {name}, said."
        else:
            content = f"{op}{quote}.{cl}"
            text = f"{lead} Its {post}, {name}, said: {content}"
        short = body.removeprefix("The ")
        wrong = [(content, f"Its {post}"), (content, post)]
        expected = [Expect(content, "direct", name, Contains((post, short)))]
        yield Case("", "its-shapes", text, expected, exact=False, wrong_speakers=wrong)


#: Copular relatives with a bare post: (verb group, adjunct after the body).
COPULAS = (
    ("who has been", " since 2011"),
    ("who had been", " for six years"),
    ("who is", ""),
    ("who was", " until last year"),
    ("who has been", " for a decade"),
    ("who is", " since January"),
)
#: Posts with a body: (post, body).
POSTS_AT = (
    ("plant supervisor", "the Kisumu Water Works"),
    ("harbour master", "Port Chalmers"),
    ("shift foreman", "the Zenica Steel Mill"),
    ("station warden", "the Halley Research Station"),
    ("yard manager", "the Gdynia Shipyard"),
    ("head gardener", "the Kew Palm House"),
)


def who_has_been() -> Iterator[Case]:
    """'"Q," said NAME, who has been POST at BODY since 2011.' -> 'POST at BODY'."""
    combos = itertools.product(COPULAS, POSTS_AT, ("at", "of"), NAMES, QUOTES, MARKS)
    for (verb, adjunct), (post, body), link, name, quote, (op, cl) in sample(combos, 240, "h26ttl-who"):
        content = f"{op}{quote},{cl}"
        text = f"{content} said {name}, {verb} {post} {link} {body}{adjunct}."
        short = body.removeprefix("the ")
        yield Case("", "who", text, [Expect(content, "direct", name, Contains((post, short)))], exact=False)


#: Compound jobs: one or two lower-case nouns before an agent noun.
COMPOUNDS = (
    "kite maker",
    "drum maker",
    "clock repairer",
    "rice farmer",
    "goat herder",
    "lobster trapper",
    "net mender",
    "salt panner",
    "bamboo raft builder",
    "canoe hull carver",
    "bicycle frame welder",
    "violin bow maker",
)
#: Places after the job.
PLACES = ("in Olhao", "near Kandy", "from Ouidah", "in Tromso", "outside Puno", "on Chiloe")


def compound_after() -> Iterator[Case]:
    """'"Q," said NAME, a JOB in PLACE.' / 'NAME, 47, a JOB in PLACE, told reporters: "Q."' -> JOB."""
    combos = itertools.product(COMPOUNDS, PLACES, NAMES, QUOTES, MARKS, (0, 1, 2))
    for job, place, name, quote, (op, cl), shape in sample(combos, 300, "h26ttl-after"):
        art = "an" if job[0] in "aeiou" else "a"
        if shape == 0:
            content = f"{op}{quote},{cl}"
            text = f"{content} said {name}, {art} {job} {place}."
        elif shape == 1:
            content = f"{op}{quote}.{cl}"
            text = f"{name}, 47, {art} {job} {place}, told reporters: {content}"
        else:
            content = f"{op}{quote},{cl}"
            text = f"{content} {name}, {art} {job} {place}, said."
        yield Case("", "after", text, [Expect(content, "direct", name, Contains((job,)))], exact=False)


def compound_fronted() -> Iterator[Case]:
    """'A JOB in PLACE, NAME, said: "Q."' -> NAME (never the description), title JOB."""
    combos = itertools.product(COMPOUNDS, PLACES, NAMES, QUOTES, MARKS, ("said:", "told reporters:"))
    for job, place, name, quote, (op, cl), cue in sample(combos, 240, "h26ttl-fronted"):
        art = "An" if job[0] in "aeiou" else "A"
        content = f"{op}{quote}.{cl}"
        text = f"{art} {job} {place}, {name}, {cue} {content}"
        wrong = [(content, f"{job} {place}")]
        expected = [Expect(content, "direct", name, Contains((job,)))]
        yield Case("", "fronted", text, expected, exact=False, wrong_speakers=wrong)


#: Fronted phrases that are no person's role: time phrases ending in -er, plurals, listed roles.
GUARD_FRONTS = (
    ("A year later", None),
    ("A few days earlier", None),
    ("A decade after", None),
    ("Among the goat herders near Kandy", None),
    ("A farmer in Olhao", "farmer in Olhao"),
    ("A bus driver in Puno", "bus driver in Puno"),
)


def guard_fronted() -> Iterator[Case]:
    """'A year later, NAME said: "Q."' -> NAME, no title; 'A farmer in X, NAME, said' -> title."""
    combos = itertools.product(GUARD_FRONTS, NAMES, QUOTES, MARKS)
    for (front, title), name, quote, (op, cl) in sample(combos, 240, "h26ttl-gfront"):
        content = f"{op}{quote}.{cl}"
        sep = ", " if title else " "
        text = f"{front}, {name}{sep}said: {content}"
        yield Case("", "gfront", text, [Expect(content, "direct", name, title)], exact=False)


#: Appositions and relatives that state no title: habits, plurals, relations.
GUARD_AFTER = (
    "a coffee drinker in Olhao",
    "a keen gardener near Kandy",
    "whose parents were goat herders near Kandy",
    "who has been friends with the mayor since 2011",
    "who was born in Puno",
)


def guard_after() -> Iterator[Case]:
    """'"Q," said NAME, a coffee drinker in X.' -> NAME, no title."""
    combos = itertools.product(GUARD_AFTER, NAMES, QUOTES, MARKS)
    for tail, name, quote, (op, cl) in sample(combos, 200, "h26ttl-gafter"):
        content = f"{op}{quote},{cl}"
        text = f"{content} said {name}, {tail}."
        yield Case("", "gafter", text, [Expect(content, "direct", name, None)], exact=False)


ROUND24_H26TTL: tuple[Capability, ...] = (
    named(
        "titles.its_role_after_body",
        "2",
        "BODY was set up in 1974. Its head librarian, NAME, said: 'Q.': the post with its body",
        its_role,
    ),
    named(
        "titles.its_role_one_name_inverted",
        "2",
        "BODY ... 'Q,' said its head librarian, NAME. / Its senior curator, Teodora, said: 'Q.':"
        " NAME speaks (not 'Its POST'), the post with its body",
        its_role_shapes,
    ),
    named(
        "titles.who_has_been_role_since",
        "2",
        "'Q,' said NAME, who has been plant supervisor at BODY since 2011.: the post with its body",
        who_has_been,
    ),
    named(
        "titles.compound_agent_noun",
        "2",
        "'Q,' said NAME, a kite maker in PLACE. / NAME, 47, a goat herder near X, told ...: the job",
        compound_after,
    ),
    named(
        "fronted.compound_agent_noun",
        "2",
        "A kite maker in PLACE, NAME, said: 'Q.': NAME speaks (not the description), title the job",
        compound_fronted,
    ),
    named(
        "guards.h26ttl_fronted_no_role",
        "2",
        "A year later, NAME said / Among the goat herders near X, NAME said: no title; A farmer"
        " in X, NAME, said: the title (guard)",
        guard_fronted,
    ),
    named(
        "guards.h26ttl_after_no_role",
        "2",
        "'Q,' said NAME, a coffee drinker in X / whose parents were goat herders / who has been"
        " friends with ...: no title (guard)",
        guard_after,
    ),
)
