"""Helpers the held-out rounds share (``heldout33.py`` onwards): the filler pickers and the
matchers that accept one of several equally right segmentations, and the person and mark records
of the rounds' fillers (``heldout41data.py`` onwards).

Each round was written blind and copied these from the round before; they live here once, and a
round imports those it used word for word. Input: a case text and the quotations quotex finds in
it; output: the expected quotations a key accepts.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen
from capkit import Expect

from quotex import Quote, extract_quotes


def k(*parts: int) -> int:
    """A filler index mixed from several loop indices."""
    return sum((i + 1) * v for i, v in enumerate(parts))


def pick(pool: Sequence[str], n: int) -> str:
    """The *n*-th filler of *pool*, cycling."""
    return pool[n % len(pool)]


def cap(text: str) -> str:
    """*text* with its first letter in capitals (a sentence's first word)."""
    return text[:1].upper() + text[1:]


def poss(name: str) -> str:
    """*name*'s possessive: *Lund's*, *Jones'*."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def quotes(text: str) -> tuple[Quote, ...]:
    """The quotations quotex finds in *text*."""
    return tuple(extract_quotes(text))


def occurrence(text: str, q: Quote) -> int:
    """Which occurrence (from 1) of its own text quotation *q* is in *text*."""
    content = text[q.start : q.end]
    count, pos = 0, -1
    while True:
        pos = text.find(content, pos + 1)
        if pos < 0 or pos > q.start:
            break
        count += 1
    return max(count, 1)


def found_quote(text: str, content: str, nth: int = 1) -> Quote | None:
    """The quotation quotex found at exactly *content*'s *nth* place, if any."""
    start = -1
    for _ in range(nth):
        start = text.index(content, start + 1)
    for q in quotes(text):
        if (q.start, q.end) == (start, start + len(content)):
            return q
    return None


def one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first
    when it found none of them."""
    contents = tuple(c for c in contents if c in text)
    for content in contents:
        if found_quote(text, content) is not None:
            return content
    return contents[0]


def span(text: str, first: str, last: str) -> str:
    """The text from *first* through *last* (a quotation with its credit inside)."""
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


def alts(text: str, *options: list[Expect]) -> list[Expect]:
    """Equally right segmentations of one passage: the first option whose every quotation quotex found at
    exactly its offsets (the speakers are checked after); the first option when none matches."""
    for option in options:
        if all(found_quote(text, e.content, e.occurrence) is not None for e in option):
            return option
    return options[0]


def tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated,
    so that only another speaker given to them fails."""
    start = text.index(region)
    end = start + len(region)
    accepted = {a.lower() for a in actors}
    expects: list[Expect] = []
    for q in quotes(text):
        if start <= q.start and q.end <= end:
            content = text[q.start : q.end]
            if q.speaker is None:
                expects.append(Expect(content, q.kind.value, None, occurrence=occurrence(text, q)))
            elif q.speaker.name.lower() in accepted:
                expects.append(
                    Expect(content, q.kind.value, (q.speaker.name,), occurrence=occurrence(text, q))
                )
    return expects


@frozen
class Person:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture and age."""

    full: str
    last: str
    gender: str
    culture: str
    age: int

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender (`mother`/`father`)."""
        return female if self.gender == "f" else male


@frozen
class Mark:
    """A pair of quotation marks."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"


def wrong_given(expects: Sequence[Expect], people: Sequence[Person]) -> list[tuple[str, str]]:
    """Each quotation given to a person of *people* its key does not accept is wrong."""
    return [
        (e.content, who.full)
        for e in expects
        for who in people
        if e.speaker is None or who.full not in e.speaker
    ]


def wrong_to(expects: Sequence[Expect], names: Sequence[str]) -> list[tuple[str, str]]:
    """Each quotation given to one of *names* (staff, an audience, a person addressed) is wrong."""
    return [(e.content, name) for e in expects for name in names]


def other_person(
    people: Sequence[Person], p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()
) -> Person:
    """The *step*-th person of *people* of another culture than *p* (of *gender* when given), none of
    *avoid*."""
    pool = tuple(
        q
        for q in people
        if q.culture != p.culture and (gender is None or q.gender == gender) and q not in avoid
    )
    return pool[step % len(pool)]
