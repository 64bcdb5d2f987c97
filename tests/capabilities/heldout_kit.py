"""Helpers the held-out rounds share (``heldout33.py`` onwards): the filler pickers and the
matchers that accept one of several equally right segmentations, and the person and mark records
of the rounds' fillers (``heldout41data.py`` onwards).

Each round was written blind and copied these from the round before; they live here once, and a
round imports those it used word for word. Input: a case text and the quotations quotex finds in
it; output: the expected quotations a key accepts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from attrs import frozen
from capkit import ANY, Case, Expect, NameSpec, TitleSpec

from quotex import Quote, extract_quotes

T = TypeVar("T")


def article(*paras: str, sep: str = "\n\n") -> str:
    """Paragraphs joined as news text (a blank line between them); empty ones dropped."""
    return sep.join(p for p in paras if p)


def k(*parts: int) -> int:
    """A filler index mixed from several loop indices."""
    return sum((i + 1) * v for i, v in enumerate(parts))


def pick(pool: Sequence[T], n: int) -> T:
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


#: A person of a round, or the names a key accepts for a speaker.
PersonSpec = Person | NameSpec


def names(p: PersonSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person) else p


def direct(content: str, p: PersonSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    """A direct quotation of *p* (a person, or accepted names)."""
    kind = "person" if isinstance(p, Person) else ANY
    return Expect(content, "direct", names(p), title, kind, occurrence=occurrence)


def report(content: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause of *p* (a person, or accepted names)."""
    kind = "person" if isinstance(p, Person) else ANY
    return Expect(content, "indirect", names(p), title, kind)


def segmented(
    text: str, options: Sequence[tuple[str, tuple[str, ...]]], p: PersonSpec, title: TitleSpec = ANY
) -> Expect:
    """One of several equally right segmentations of one report, each with the kinds it may have: the first
    whose offsets quotex found (with the kind quotex gave when that kind is accepted); the first option with
    its first kind when quotex found none."""
    kind = "person" if isinstance(p, Person) else ANY
    present = [(c, kinds) for c, kinds in options if c in text]
    for content, kinds in present:
        found = found_quote(text, content)
        if found is not None:
            got = found.kind.value if found.kind.value in kinds else kinds[0]
            return Expect(content, got, names(p), title, kind)
    content, kinds = present[0]
    return Expect(content, kinds[0], names(p), title, kind)


def that_report(text: str, clause: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    """`... said (that) C`: the report with or without its conjunction."""
    return report(one_of(text, (f"that {clause}", clause)), p, title)


def mixed_report(text: str, clause: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    """`... said (that) the plan was "X"`: the reported clause with its quoted fragment, with or without its
    conjunction, kind mixed."""
    return segmented(text, ((f"that {clause}", ("mixed",)), (clause, ("mixed",))), p, title)


def called_report(
    text: str, obj: str, frag: str, p: PersonSpec, *, title: TitleSpec = ANY, link: str = " "
) -> Expect:
    """`NAME called OBJ "FRAG"` (or `described OBJ as "FRAG"`): the object with the marked words as a mixed
    report, or the marked words alone (direct, or mixed)."""
    return segmented(text, ((f"{obj}{link}{frag}", ("mixed",)), (frag, ("direct", "mixed"))), p, title)


# --- shared by the rounds from ``heldout74.py`` on (each had copied them word for word) --------------------


def opposite(p: Person) -> str:
    """The other gender than *p*'s (`m`/`f`)."""
    return "m" if p.gender == "f" else "f"


def bare_name(name: str) -> str:
    """*name* in lower case without a leading article: how a key compares a speaker's name."""
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def accepted_names(e: Expect) -> set[str]:
    """The names (bare) an expected quotation accepts for its speaker."""
    if e.speaker is None:
        return set()
    if isinstance(e.speaker, str):
        return {bare_name(e.speaker)}
    return {bare_name(n) for n in e.speaker}


def keyed_case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Iterable[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person of *people* or a name of *others* (a body, an outlet,
    a unit, a work) that its key does not accept is wrong."""
    others = tuple(others)
    wrong: list[tuple[str, str]] = []
    for e in expects:
        accepted = accepted_names(e)
        for p in people:
            if bare_name(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if bare_name(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def split_groups(text: str, parts: Sequence[str], p: PersonSpec, title: TitleSpec) -> list[Expect]:
    """Consecutive parts of one speaker's quotation split by a credit: each part on its own, or one span."""
    whole = span(text, parts[0], parts[-1])
    return alts(text, [direct(x, p, title) for x in parts], [direct(whole, p, title)])


def whole_sentence(text: str, content: str, who: PersonSpec, title: TitleSpec = ANY) -> Expect:
    """A whole sentence given to a recorder of it (a transcript, a report): any kind quotex gave it."""
    return segmented(text, ((content, ("indirect", "mixed", "direct")),), who, title)


def unnamed_source(text: str, content: str, kind: str, descs: tuple[str, ...]) -> Expect:
    """An unnamed source's quotation: no speaker, or the description (or the body it speaks for)."""
    found = found_quote(text, content)
    if found is not None and found.speaker is None:
        return Expect(content, kind, None)
    return Expect(content, kind, descs)


def report_then_quote(text: str, clause: str, quote: str, who: PersonSpec, title: TitleSpec) -> list[Expect]:
    """`NAME said C. "Q."`: the report and the same speaker's uncredited quotation, or one mixed content."""
    return alts(
        text,
        [that_report(text, clause, who, title), direct(quote, who, title)],
        [
            segmented(
                text,
                ((f"that {clause}. {quote}", ("mixed",)), (f"{clause}. {quote}", ("mixed",))),
                who,
                title,
            )
        ],
    )


def recorded_report(text: str, mine: list[Expect], whole: str, recorder: tuple[str, ...]) -> list[Expect]:
    """`NAME said C, according to X`: NAME's report of C, or X's report of the whole sentence."""
    return alts(
        text,
        mine,
        [whole_sentence(text, whole, recorder)],
        [whole_sentence(text, f"{whole}, according to", recorder)],
    )


def unless_recorded(ex: Sequence[Expect], p: Person) -> tuple[Person, ...]:
    """*p* as a person no quotation may go to, unless the key chose a recorder's reading (*p* left out)."""
    return (p,) if all(e.speaker is not None and p.full in e.speaker for e in ex) else ()


def two_reports(
    text: str, c: str, c2: str, who: PersonSpec, *, title: TitleSpec = ANY, sep: str = ", and"
) -> list[Expect]:
    """`... found that C, and that C2.`: one report of both clauses or two reports, each with or without
    *that*."""
    return alts(
        text,
        [report(f"that {c}{sep} that {c2}", who, title)],
        [report(f"{c}{sep} that {c2}", who, title)],
        [report(f"that {c}", who, title), report(f"that {c2}", who, title)],
        [report(c, who, title), report(c2, who, title)],
        [report(f"that {c}", who, title), report(c2, who, title)],
        [report(c, who, title), report(f"that {c2}", who, title)],
    )


def accusation(text: str, target: str, fq: str, who: PersonSpec, title: TitleSpec) -> Expect:
    """`accused TARGET of "F"`: the target with the marked words, *of* with them, or the words alone."""
    options = ((f"{target} of {fq}", ("mixed",)), (f"of {fq}", ("mixed",)), (fq, ("direct", "mixed")))
    return segmented(text, options, who, title)
