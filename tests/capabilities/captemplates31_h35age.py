"""Development capabilities of branch h35age, thirty-second round: an age beside a role is the
person's, never a wall between the role and the name.

*"Q," said 51-year-old coxswain NAME.*, *The 36-year-old lock keeper, NAME, said: "Q."*, *NAME,
who is 51 and has been coxswain at BODY since 2009, said ...*: the title is the role alone
(*coxswain*, *lock keeper*, *coxswain at BODY*), never with the age (*51-year-old coxswain*), as
it is without the age; inverted and fronted variants too (*said the 36-year-old lock keeper,
NAME.*, *"Q," the 36-year-old ROLE, NAME, said.*, *"Q," said NAME, who is 51 and ...*). The age
stays the person's: *"Q," the 51-year-old said.* names the person of that age, with the title.

The roles are listed (*treasurer*, *warden*, *skipper*) and unlisted (*coxswain*, *lock keeper*,
*ferryman*, *ropemaker*, *head falconer*). Guards: *a 51-year-old man said* (no role: the
description speaks, no title), *NAME, 51, said* (no title), *"Q," the 36-year-old said.* after
*NAME, 36,* (the person, no title), *a two-year-old ferry service said* (a body, no title), a
*1990s-era pier* (no age, no title).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND31_H35AGE` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Speakers (full name, surname).
PEOPLE = (
    ("Morwenna Tregear", "Tregear"),
    ("Jory Penhaligon", "Penhaligon"),
    ("Mai Yia Thao", "Thao"),
    ("Oskar Lindqvist", "Lindqvist"),
    ("Adaeze Okonkwo", "Okonkwo"),
    ("Teodor Marinescu", "Marinescu"),
)
#: A second person of no stated age (full name).
OTHERS = ("Bryony Kitto", "Ifan Rowlands", "Salote Havili")
#: Roles the lexicon lists and roles it does not (WordNet's, compounds, agent nouns).
ROLES = (
    "treasurer",
    "warden",
    "skipper",
    "coxswain",
    "lock keeper",
    "ferryman",
    "ropemaker",
    "head falconer",
)
#: Ages, with the article an age's number takes ('an 18-year-old').
AGES = ("23", "36", "47", "51", "64", "71", "18", "83")
#: Bodies a post is held at.
BODIES = (
    "the Porthkerran Lifeboat Station",
    "the Tarn Valley Trust",
    "Kestrel Ferries",
    "the Wexcombe Rowing Club",
)
QUOTES = (
    "We launched at first light",
    "The gate leaks",
    "Nobody was hurt",
    "The slipway needs work",
)
QMARKS = (('"', '"'), ("\u201c", "\u201d"))


def _article(age: str) -> str:
    """'a' or 'an' before an age ('an 18-year-old', 'an 83-year-old', 'a 51-year-old')."""
    return "an" if age.startswith("8") or age in ("11", "18") else "a"


def _quote(i: int, *, end: str = ",") -> tuple[str, str]:
    """(quotation with its marks, its words' closing mark: ',' inside an inverted cue, '.' else)."""
    op, cl = QMARKS[i % len(QMARKS)]
    return f"{op}{QUOTES[i % len(QUOTES)]}{end}{cl}", QUOTES[i % len(QUOTES)]


#: Frames of an age and a role right before the name ({q} quotation, {a} age, {r} role, {n} name).
PREFIX_FRAMES = (
    "{q} said {a}-year-old {r} {n}.",
    "{q} {a}-year-old {r} {n} said.",
    "{a}-year-old {r} {n} said: {q}",
    "The {a}-year-old {r} {n} said: {q}",
    "{q} said {a}-year-old {r} {n} on Tuesday.",
)
#: Frames of an age and a role before a comma and the name ({t} the article, capitalised or not).
COMMA_FRAMES = (
    "The {a}-year-old {r}, {n}, said: {q}",
    "{A} {a}-year-old {r}, {n}, said: {q}",
    "{q} said the {a}-year-old {r}, {n}.",
    "{q} the {a}-year-old {r}, {n}, said.",
    "{q} said {t} {a}-year-old {r}, {n}.",
)
#: Frames of a relative clause that states the age before the post ({b} body).
RELATIVE_FRAMES = (
    "{n}, who is {a} and has been {r} at {b} since 2009, said: {q}",
    "{n}, who is {a} and is {r} at {b}, said: {q}",
    "{q} said {n}, who is {a} and has been {r} at {b} since 2009.",
    "{n}, who was {a} and had been {r} at {b} since 2011, said: {q}",
    "{q} said {n}, who is {a} and is {r} at {b}.",
)


def _text(frame: str, i: int, fill: tuple[str, str, str, str]) -> tuple[str, str]:
    """(text, quotation) of *frame* filled in with *fill* (age, role, name, body); the quotation
    closes with ',' before a cue and '.' after a colon."""
    age, role, name, body = fill
    quote, _ = _quote(i, end="." if frame.endswith("{q}") else ",")
    art = _article(age)
    text = frame.format(q=quote, a=age, r=role, n=name, b=body, A=art.capitalize(), t=art)
    return text, quote


def _cases(frames: tuple[str, ...], k: int, seed: str, *, post: bool) -> Iterator[Case]:
    """Sampled cases of *frames*: the person named speaks, titled with the role (with its body
    for a relative's *post*)."""
    combos = itertools.product(frames, PEOPLE, ROLES, AGES, BODIES)
    for i, (frame, (name, _), role, age, body) in enumerate(sample(combos, k, seed)):
        text, quote = _text(frame, i, (age, role, name, body))
        title = f"{role} at {body}" if post else role
        yield Case("", frame, text, [Expect(quote, "direct", name, title)])


def prefix_role() -> Iterator[Case]:
    """ "Q," said 51-year-old ROLE NAME. / 51-year-old ROLE NAME said: "Q." -> NAME, titled ROLE."""
    yield from _cases(PREFIX_FRAMES, 240, "h35age-prefix", post=False)


def role_before_comma() -> Iterator[Case]:
    """The 36-year-old ROLE, NAME, said: "Q." / "Q," said the 36-year-old ROLE, NAME. -> NAME,
    titled ROLE."""
    yield from _cases(COMMA_FRAMES, 240, "h35age-comma", post=False)


def relative_post() -> Iterator[Case]:
    """NAME, who is 51 and has been ROLE at BODY since 2009, said: "Q." -> NAME, titled ROLE at BODY."""
    yield from _cases(RELATIVE_FRAMES, 200, "h35age-relative", post=True)


#: Introductions that state the age and the role ({a} age, {r} role, {n} name, {b} body).
INTRODUCTIONS = (
    ("{A} {a}-year-old {r}, {n}, opened the doors on Monday.", "{r}"),
    ('"The doors are open," said {a}-year-old {r} {n} on Monday.', "{r}"),
    ("{n}, who is {a} and has been {r} at {b} since 2009, opened the doors on Monday.", "{r} at {b}"),
)


def nominal_by_age() -> Iterator[Case]:
    """An introduction (51-year-old ROLE NAME), another person, then "Q," the 51-year-old said.
    -> NAME, titled ROLE (the age is still the person's)."""
    combos = itertools.product(INTRODUCTIONS, PEOPLE, ROLES, AGES, BODIES, OTHERS)
    picked = sample(combos, 160, "h35age-nominal")
    for i, ((intro, title), (name, _), role, age, body, other) in enumerate(picked):
        lead = intro.format(a=age, r=role, n=name, b=body, A=_article(age).capitalize())
        quote, _ = _quote(i)
        text = f"{lead} {other} watched from the quay. {quote} the {age}-year-old said."
        titled = title.format(r=role, b=body)
        expects = [Expect(quote, "direct", name, titled)]
        if lead.startswith('"'):  # (the introduction's own quotation, credited to the person)
            expects.insert(0, Expect('"The doors are open,"', "direct", name, titled))
        yield Case("", intro, text, expects, wrong_speakers=[(quote, other)])


def _guard_cases(i: int, name: str, surname: str, age: str) -> Iterator[tuple[str, str, str, str | None]]:
    """(frame, text, quotation, speaker) of the guards for one person and age: no title."""
    quote, _ = _quote(i)
    closed, _ = _quote(i, end=".")
    art = _article(age)
    yield "a AGE-year-old man said", f"{quote} said {art} {age}-year-old man.", quote, f"{age}-year-old man"
    yield "NAME, AGE, said", f"{name}, {age}, said: {closed}", closed, name
    yield (
        "NAME, AGE, ... the AGE-year-old said",
        f"{name}, {age}, opened the doors. {quote} the {age}-year-old said.",
        quote,
        name,
    )
    yield "a 1990s-era pier", f"{name} walked along a 1990s-era pier. {quote} {surname} said.", quote, name
    body = "two-year-old ferry service"
    yield "two-year-old body", f"{quote} said a {body}.", quote, body


def age_guard() -> Iterator[Case]:
    """A 51-year-old man / NAME, 51, / the 36-year-old after NAME, 36, / a 1990s-era pier / a
    two-year-old ferry service: the speaker as before, with no title."""
    combos = itertools.product(PEOPLE, AGES)
    for i, ((name, surname), age) in enumerate(sample(combos, 40, "h35age-guard")):
        for frame, text, quote, speaker in _guard_cases(i, name, surname, age):
            yield Case("", frame, text, [Expect(quote, "direct", speaker, None)])


ROUND31_H35AGE: tuple[Capability, ...] = (
    named(
        "age.prefix_role",
        "6",
        '"Q," said 51-year-old coxswain NAME. / The 51-year-old ROLE NAME said: NAME, titled ROLE (no age)',
        prefix_role,
    ),
    named(
        "age.role_before_comma",
        "6",
        "The 36-year-old lock keeper, NAME, said / said the 36-year-old ROLE, NAME.: NAME, titled ROLE",
        role_before_comma,
    ),
    named(
        "age.relative_post",
        "6",
        "NAME, who is 51 and has been coxswain at BODY since 2009, said: NAME, titled 'coxswain at BODY'",
        relative_post,
    ),
    named(
        "age.nominal_by_age",
        "4",
        '51-year-old ROLE NAME ... "Q," the 51-year-old said.: NAME, titled ROLE',
        nominal_by_age,
    ),
    named(
        "age.no_role_guard",
        "8",
        "a 51-year-old man said / NAME, 51, said / a two-year-old ferry service said: no title",
        age_guard,
    ),
)
