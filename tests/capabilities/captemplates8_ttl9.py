"""Development capabilities of helper ttl9's round (issue 11, speakers a fact-checker can
trust): titles with hyphenated modifiers and unlisted role nouns, a sign's or banner's words,
and a verb spelt like an initialism's plural. People, bodies and sentences of their own (none
from the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_TTL9` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS, Person
from capkit import Capability, Case, Contains, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, hyphenated ones, particles, an initial.
PEOPLE9 = (
    _p("Odile Marchetti", "Marchetti", "f", "non-Anglo"),
    _p("Callum Strachan", "Strachan", "m", "plain"),
    _p("Yusra Al-Amin", "Al-Amin", "f", "hyphenated"),
    _p("Pieter de Groot", "de Groot", "m", "particles"),
    _p("Bronwen T. Pryce", "Pryce", "f", "initial"),
    _p("Kenji Okonkwo-Hale", "Okonkwo-Hale", "m", "hyphenated"),
    _p("Hattie Lowndes", "Lowndes", "f", "plain"),
)

#: Clauses reported in this file (our own).
CLAUSES9 = (
    "the swimming baths would shut for the winter",
    "the lifeboat station needed a new slipway",
    "the allotments had been sold to a developer",
)

#: Sentences quoted in this file (our own).
QUOTES9 = ("The slipway is crumbling", "Nobody asked the swimmers", "We were promised a vote")


# -- an apposition whose role has a hyphenated modifier --------------------------------------

#: Hyphenated modifiers whose second half is spelt like a verb form ('term', 'known', 'said').
HYPHENATED9 = ("second-term", "well-known", "two-term", "long-time", "fourth-generation")
#: Roles with the preposition before their body.
ROLES9 = (("trustee", "of"), ("council member", "for"), ("volunteer", "at"), ("director", "of"))
#: Bodies of this file.
BODIES9 = ("Gorsebrook Lifeboats", "the Kilnworth Lido Trust", "Marrow Lane Allotments")


def hyphenated_apposition() -> Iterator[Case]:
    """`NAME, a second-term trustee of BODY, said C.` / `"C," said NAME, a well-known volunteer
    at BODY.`: a hyphenated modifier whose second half is spelt like a verb ('term', 'known')
    stays inside the apposition's title."""
    combos = itertools.product(PEOPLE9, HYPHENATED9, ROLES9, BODIES9, range(3), MARKS)
    for p, mod, (role, prep), body, k, m in sample(combos, 200, "ttl9-hyphen"):
        art = "an" if mod[0] in "aeiou" else "a"
        title = Contains((f"{mod} {role}", body.removeprefix("the ")))
        if k < 2:
            clause = CLAUSES9[k]
            text = f"{p.full}, {art} {mod} {role} {prep} {body}, said {clause}."
            yield Case("", "ttl9-hyphen-before", text, [Expect(clause, "indirect", p.full, title, "person")])
        else:
            quote = m.q(f"{QUOTES9[k]},")
            text = f"{quote} said {p.full}, {art} {mod} {role} {prep} {body}."
            yield Case("", "ttl9-hyphen-after", text, [Expect(quote, "direct", p.full, title, "person")])


# -- a role noun of trade unions and committees ------------------------------------------------

#: Titles before a name whose head is a convenor, with modifiers and a body word.
CONVENORS9 = (
    "Branch convenor",
    "Senior shop convener",
    "Long-serving district convenor",
    "Former works convener",
    "Regional convenor",
)


def convenor_title() -> Iterator[Case]:
    """`Senior shop convener NAME said C.` / `"C," said branch convenor NAME.`: a convenor (the
    official who calls a union branch or committee together) is a role, with every modifier
    before it."""
    combos = itertools.product(PEOPLE9, CONVENORS9, range(3), MARKS)
    for p, title, k, m in sample(combos, 120, "ttl9-convenor"):
        head = title.split()[-1]
        if k < 2:
            clause = CLAUSES9[k]
            text = f"{title} {p.full} said {clause}."
            yield Case(
                "", "ttl9-convenor-before", text, [Expect(clause, "indirect", p.full, Contains((head,)))]
            )
        else:
            quote = m.q(f"{QUOTES9[k]},")
            text = f"{quote} said {title[:1].lower()}{title[1:]} {p.full}."
            yield Case("", "ttl9-convenor-after", text, [Expect(quote, "direct", p.full, Contains((head,)))])


# -- the words on a sign, inside its subject ----------------------------------------------------

#: Things with words on them, the participle before the words, the words, the main predicate.
SIGNS9 = (
    ("A placard reading", "Save Our Baths", "was nailed to the door"),
    ("A banner saying", "Hands Off The Lido", "hung from the railings"),
    ("A notice reading", "Closed Until Further Notice", "appeared on the gates"),
    ("A poster saying", "Vote For The Slipway", "covers the bus shelter"),
)


def sign_in_subject() -> Iterator[Case]:
    """`A placard reading "X" was nailed to the door of NAME's shop.`: the quotation ends where
    the main clause's predicate begins; the predicate is never quoted and the shop's owner
    never speaks."""
    combos = itertools.product(PEOPLE9, SIGNS9, MARKS)
    for p, (lead, words, predicate), m in sample(combos, 80, "ttl9-sign"):
        sign = m.q(words)
        text = f"{lead} {sign} {predicate} of {p.full}'s shop."
        yield Case("", "ttl9-sign", text, [], False, (predicate,), [(sign, p.full)])


# -- a verb spelt like the plural of an initialism ----------------------------------------------


def coos_verb() -> Iterator[Case]:
    """`"C," NAME coos.` / `"C," coos NAME.` / `NAME coos: "C."`: *coos* in lower case is the
    verb; the role is written in capitals ("COOs"), so the speaker is a person with no title."""
    combos = itertools.product(PEOPLE9, range(3), MARKS)
    for p, k, m in sample(combos, 60, "ttl9-coos"):
        if k == 0:
            quote = m.q(f"{QUOTES9[k]},")
            text = f"{quote} {p.full} coos."
        elif k == 1:
            quote = m.q(f"{QUOTES9[k]},")
            text = f"{quote} coos {p.full}."
        else:
            quote = m.q(f"{QUOTES9[k]}.")
            text = f"{p.full} coos: {quote}"
        yield Case("", f"ttl9-coos-{k}", text, [Expect(quote, "direct", p.full, None, "person")])


ROUND8_TTL9: tuple[Capability, ...] = (
    named(
        "titles.hyphenated_apposition",
        "2",
        "NAME, a second-term trustee of BODY, said C (a hyphenated modifier stays in the title)",
        hyphenated_apposition,
    ),
    named(
        "titles.convenor", "2", "Senior shop convener NAME said C / said branch convenor NAME", convenor_title
    ),
    named(
        "structure.sign_in_subject",
        "-",
        'A placard reading "X" was nailed to ... (the predicate is never quoted)',
        sign_in_subject,
    ),
    named("cues.coos_verb", "1", '"C," NAME coos (lower-case coos is a verb, not COOs)', coos_verb),
)

__all__ = ["ROUND8_TTL9"]
