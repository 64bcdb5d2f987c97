"""Development capabilities added on branch ``h33prerole`` in the thirty-first round: a
capitalised title phrase written before a name.

A post written in capitals before the person who holds it, with title modifiers (*Former*,
*Outgoing*, *Acting*, *Deputy*, *Senior*, *Chief*, *Newly elected*, *Long-serving* ...), a role
noun (listed, *Mayor*, *Treasurer*; or a capitalised agent noun, *Glassblower*, *Beekeeper*) and
an optional body (*of Bergen*, *at Ardmore School*, *for Housing*), is the title; the name after
it is the speaker:

* set off by commas: *Former Deputy Mayor of Bergen, NAME, said ...* -> NAME, title the whole
  phrase (never the speaker "Mayor" with the title "Former Deputy of Bergen");
* directly before the name: *Acting Harbour Master NAME said ...* -> NAME, title the phrase;
* after a cue and inverted: *"Q," said TITLE, NAME.*, *"Q," TITLE, NAME, said.*;
* *then-* before a post (*then-Deputy Mayor NAME*) marks a post held at the time; the title is
  the post (*Deputy Mayor*), as the adverb *then* is left out of *NAME, then the city's planner*.

Guards: a body's or a place's name that holds such words (*Head Teacher Training Board*,
*Chief Joseph Dam*, *Deputy Street*); a chieftaincy title (*Chief NAME* keeps the name); a
surname that is a role noun (*Judge Baker*); two people in a row (*Chair A and Vice-Chair B
said*) and a list of titled people set off by commas; a title phrase as the subject with no
name (*Outgoing Chair of the board said ...*: no person named "Outgoing Chair"). People,
bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND30_H33PREROLE` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures and name shapes.
PEOPLE = (
    "Ingrid Solberg",
    "Tomasz Nowak",
    "Amara Okoye",
    "Hiroshi Tanaka",
    "Priya Raman",
    "Mateo Alvarez",
    "Fiona MacLeod",
    "Yusuf Demir",
    "Kofi Boateng",
    "Leilani Kahale",
    "Ana María Castillo",
    "Dmitri Volkov",
)
#: Title modifiers: (text, shape).
MODIFIERS = (
    ("Former", "one"),
    ("Outgoing", "one"),
    ("Retiring", "one"),
    ("Acting", "one"),
    ("Interim", "one"),
    ("Incoming", "one"),
    ("Deputy", "one"),
    ("Senior", "one"),
    ("Chief", "one"),
    ("Assistant", "one"),
    ("Former Deputy", "two"),
    ("Acting Chief", "two"),
    ("Outgoing Senior", "two"),
    ("Newly elected", "two"),
    ("Long-serving", "hyphen"),
    ("Newly-appointed", "hyphen"),
)
#: Role nouns: (text, shape) - listed in a lexicon, or a capitalised agent noun.
ROLES = (
    ("Mayor", "listed"),
    ("Treasurer", "listed"),
    ("Director", "listed"),
    ("Librarian", "listed"),
    ("Head Teacher", "compound"),
    ("Harbour Master", "compound"),
    ("Lighthouse Keeper", "compound"),
    ("Bell Founder", "compound"),
    ("Glassblower", "unlisted"),
    ("Beekeeper", "unlisted"),
    ("Archivist", "unlisted"),
    ("Ferry Pilot", "unlisted"),
)
#: The body after the role: (text, shape).
BODIES = (
    (" of Bergen", "of"),
    (" of the Tarn Valley Trust", "of"),
    (" at Ardmore School", "at"),
    (" at Kessel Works", "at"),
    (" for the Northern Isles", "for"),
    ("", "none"),
)
#: Reported clauses (no final stop).
CLAUSES = (
    "she had no regrets about the vote",
    "the budget would be published on Monday",
    "the repairs would take another year",
    "nobody had been told about the closure",
)
#: Quotations (no final mark).
QUOTES = ("We will not close the harbour", "The money has already been spent", "Nobody asked us")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _title(mod: str, role: str, body: str) -> str:
    return f"{mod} {role}{body}"


def _combos(seed: str, k: int) -> list[tuple[str, tuple[str, str], tuple[str, str], tuple[str, str]]]:
    return sample(itertools.product(PEOPLE, MODIFIERS, ROLES, BODIES), k, seed)


def start_comma() -> Iterator[Case]:
    """'TITLE [of BODY], NAME, said CLAUSE.' -> NAME, the whole title."""
    for i, (name, (mod, ms), (role, rs), (body, bs)) in enumerate(_combos("h33-startc", 300)):
        title = _title(mod, role, body)
        clause = CLAUSES[i % len(CLAUSES)]
        text = f"{title}, {name}, said {clause}."
        yield Case(
            "",
            f"startc-{ms}-{rs}-{bs}",
            text,
            [Expect(clause, "indirect", name, title=title)],
            wrong_speakers=[(clause, role.split()[-1]), (clause, f"{mod} {role}")],
        )


def start_direct() -> Iterator[Case]:
    """'TITLE NAME said CLAUSE.' (no body, no comma) -> NAME, the title."""
    combos = sample(itertools.product(PEOPLE, MODIFIERS, ROLES), 150, "h33-startd")
    for i, (name, (mod, ms), (role, rs)) in enumerate(combos):
        title = f"{mod} {role}"
        clause = CLAUSES[i % len(CLAUSES)]
        text = f"{title} {name} said {clause}."
        yield Case("", f"startd-{ms}-{rs}", text, [Expect(clause, "indirect", name, title=title)])


def start_body_direct() -> Iterator[Case]:
    """'[MOD] ROLE of the board NAME said CLAUSE.' (no comma) -> NAME, the title with its body."""
    mods = (("", "none"), *MODIFIERS[:4], MODIFIERS[10])
    combos = sample(itertools.product(PEOPLE, mods, ROLES, ("board", "council", "trust")), 120, "h33-bodyd")
    for i, (name, (mod, ms), (role, rs), body) in enumerate(combos):
        title = f"{mod} {role} of the {body}".strip()
        clause = CLAUSES[i % len(CLAUSES)]
        text = f"{title} {name} said {clause}."
        yield Case("", f"bodyd-{ms}-{rs}", text, [Expect(clause, "indirect", name, title=title)])


def after_cue() -> Iterator[Case]:
    """'"Q," said TITLE [of BODY], NAME.' -> NAME, the whole title."""
    for i, (name, (mod, ms), (role, rs), (body, bs)) in enumerate(_combos("h33-after", 200)):
        title = _title(mod, role, body)
        op, cl = MARKS[i % 2]
        q = f"{op}{QUOTES[i % len(QUOTES)]},{cl}"
        text = f"{q} said {title}, {name}."
        yield Case(
            "",
            f"after-{ms}-{rs}-{bs}",
            text,
            [Expect(q, "direct", name, title=title)],
            wrong_speakers=[(q, role.split()[-1]), (q, f"{mod} {role}")],
        )


def inverted() -> Iterator[Case]:
    """'"Q," TITLE [of BODY], NAME, said.' -> NAME, the whole title."""
    for i, (name, (mod, ms), (role, rs), (body, bs)) in enumerate(_combos("h33-inv", 200)):
        title = _title(mod, role, body)
        op, cl = MARKS[i % 2]
        q = f"{op}{QUOTES[i % len(QUOTES)]},{cl}"
        text = f"{q} {title}, {name}, said."
        yield Case(
            "",
            f"inv-{ms}-{rs}-{bs}",
            text,
            [Expect(q, "direct", name, title=title)],
            wrong_speakers=[(q, role.split()[-1]), (q, f"{mod} {role}")],
        )


def then_post() -> Iterator[Case]:
    """'then-TITLE NAME said' / 'said then-TITLE NAME' -> NAME, the post without *then*."""
    posts = ("Deputy Mayor", "Harbour Master", "Treasurer", "Chief Librarian")
    combos = itertools.product(PEOPLE, posts, ("Then-", "then-"), range(2))
    for name, post, then, pos in sample(combos, 80, "h33-then"):
        clause = CLAUSES[(len(name) + pos) % len(CLAUSES)]
        if pos == 0:
            text = f"{then if then[0].isupper() else 'Then-'}{post} {name} said {clause}."
            yield Case("", "then-start", text, [Expect(clause, "indirect", name, title=post)])
        else:
            text = f'"{QUOTES[0]}," said then-{post} {name}.'
            q = f'"{QUOTES[0]},"'
            yield Case("", "then-after", text, [Expect(q, "direct", name, title=post)])


def guard_bodies() -> Iterator[Case]:
    """A body's or a place's name holding title words: the body speaks, or a person named after it."""
    bodies = ("Head Teacher Training Board", "Senior Citizens Council", "Chief Pilots Association")
    for _name, body, clause in sample(itertools.product(PEOPLE, bodies, CLAUSES), 60, "h33-gbody"):
        text = f"The {body} said {clause}."
        yield Case("", "body-subject", text, [Expect(clause, "indirect", f"{body}")])
    places = ("Chief Joseph Dam", "Deputy Street", "Senior Row", "Former Mill Lane")
    for name, place, q in sample(itertools.product(PEOPLE, places, QUOTES), 60, "h33-gplace"):
        text = f'"{q} near {place}," {name} said.'
        yield Case("", "place", text, [Expect(f'"{q} near {place},"', "direct", name)])


def guard_chief() -> Iterator[Case]:
    """'Chief NAME said' (a chieftaincy title) keeps the name; 'Judge Baker said' keeps Baker."""
    chiefs = ("Olu Adeyemi", "Emeka Nwosu", "Bisi Akande")
    for name, clause in itertools.product(chiefs, CLAUSES):
        text = f"Chief {name} said {clause}."
        yield Case("", "chief", text, [Expect(clause, "indirect", name, title="Chief")])
    for role, surname in itertools.product(("Judge", "Mayor", "Captain"), ("Baker", "Fisher", "Porter")):
        text = f"{role} {surname} said {CLAUSES[1]}."
        yield Case("", "role-surname", text, [Expect(CLAUSES[1], "indirect", surname, title=role)])
    for (role, surname), name in itertools.product((("Judge", "Baker"), ("Deputy", "Porter")), PEOPLE[:4]):
        text = f"{role} {surname}, {name}'s lawyer, said {CLAUSES[3]}."
        yield Case("", "role-surname-owner", text, [Expect(CLAUSES[3], "indirect", surname)])


def guard_two() -> Iterator[Case]:
    """'Chair A and Vice-Chair B said': both; 'TITLE A, TITLE B and TITLE C said': never one title."""
    pairs = sample(itertools.product(PEOPLE, PEOPLE, ("Chair", "Mayor", "Treasurer")), 60, "h33-gtwo")
    for a, b, role in pairs:
        if a == b:
            continue
        text = f"{role} {a} and Vice-{role} {b} said {CLAUSES[2]}."
        yield Case(
            "",
            "two",
            text,
            [Expect(CLAUSES[2], "indirect", f"{a}; {b}")],
            wrong_speakers=[(CLAUSES[2], role), (CLAUSES[2], f"Vice-{role}")],
        )


def guard_no_name() -> Iterator[Case]:
    """'TITLE of BODY said CLAUSE.' with no name: no person named after a title's words."""
    combos = sample(itertools.product(MODIFIERS, ROLES, CLAUSES), 80, "h33-gnoname")
    for (mod, ms), (role, rs), clause in combos:
        text = f"{mod} {role} of the board said {clause}."
        yield Case(
            "",
            f"noname-{ms}-{rs}",
            text,
            [],
            exact=False,
            wrong_speakers=[(clause, f"{mod} {role}"), (clause, role), (clause, role.split()[-1])],
        )


def guard_apposition() -> Iterator[Case]:
    """'NAME, TITLE [of BODY], said CLAUSE.' (the title after the name) -> NAME, the title."""
    for i, (name, (mod, ms), (role, rs), (body, bs)) in enumerate(_combos("h33-appos", 120)):
        title = _title(mod, role, body)
        clause = CLAUSES[i % len(CLAUSES)]
        text = f"{name}, {title}, said {clause}."
        yield Case("", f"appos-{ms}-{rs}-{bs}", text, [Expect(clause, "indirect", name)])


ROUND30_H33PREROLE: tuple[Capability, ...] = (
    named("prerole.start_comma", "5", "TITLE [of BODY], NAME, said C -> NAME, whole title", start_comma),
    named("prerole.start_direct", "6", "MOD ROLE NAME said C -> NAME, title MOD ROLE", start_direct),
    named(
        "prerole.start_body_direct",
        "6",
        "[MOD] ROLE of the board NAME said C -> NAME, title",
        start_body_direct,
    ),
    named("prerole.after_cue", "5", "'Q,' said TITLE [of BODY], NAME. -> NAME, whole title", after_cue),
    named("prerole.inverted", "5", "'Q,' TITLE [of BODY], NAME, said. -> NAME, whole title", inverted),
    named("prerole.then_post", "6", "then-POST NAME -> NAME, title POST", then_post),
    named(
        "prerole.guard_bodies", "5", "Head Teacher Training Board / Chief Joseph Dam: no person", guard_bodies
    ),
    named("prerole.guard_chief", "5", "Chief NAME / Judge Baker keep the name", guard_chief),
    named("prerole.guard_two", "5", "Chair A and Vice-Chair B said -> both", guard_two),
    named("prerole.guard_no_name", "5", "MOD ROLE of the board said: no person 'MOD ROLE'", guard_no_name),
    named("prerole.guard_apposition", "5", "NAME, TITLE [of BODY], said -> NAME", guard_apposition),
)
