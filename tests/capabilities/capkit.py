"""The capability-suite kit: case records, the matcher and the pass-rate runner.

Input: :class:`Case` objects built by the template modules (``captemplates.py`` for
development, ``heldout.py`` for the held-out check). Output: :func:`case_problems`
(readable mismatches, empty when quotex gets the case right) and :func:`run` (the
pass rate per capability, with the failing cases in generation order).

Matching rules (also in ``README.md``):

* every expected quote must come out at exactly its offsets (``text.find(content)``,
  or the ``occurrence``-th match), with the expected kind;
* the speaker name is compared case-insensitively and without a leading article,
  against one accepted name or a tuple of accepted names; ``None`` means "no speaker";
* a title is checked only when the case pins one: ``None`` (no title), an exact string
  (leading article ignored), a tuple of accepted strings, or :class:`Contains`;
* ``speaker_kind`` and ``parts`` are checked when given;
* with ``exact=True`` (the default) no other quotation may come out;
* ``forbidden`` substrings (a dateline, say) may appear in no quote text and no
  speaker name.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import attrs
from attrs import field, frozen

from quotex import Quote, extract_quotes

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.json"

T = TypeVar("T")


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _pairs(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(value)


def _parts(value: str | Iterable[str]) -> tuple[str, ...]:
    """One part for a string (``Contains("nurse")``), else each item: never a string's letters."""
    return (value,) if isinstance(value, str) else tuple(value)


@frozen
class Contains:
    """A title matcher: the title contains every one of ``parts`` (case-insensitive)."""

    parts: tuple[str, ...] = field(converter=_parts)

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains every part."""
        return title is not None and all(p.lower() in title.lower() for p in self.parts)


class _Any:
    """The "not checked" marker for a title or speaker kind."""

    def __repr__(self) -> str:
        return "ANY"


#: Leave a field unchecked.
ANY = _Any()

TitleSpec = str | tuple[str, ...] | Contains | _Any | None
NameSpec = str | tuple[str, ...] | None


@frozen
class Expect:
    """One quotation a case expects.

    ``content`` is the exact quote text (its first occurrence in the case text, or the
    ``occurrence``-th, counted from 1).
    """

    content: str
    kind: str
    speaker: NameSpec
    title: TitleSpec = ANY
    speaker_kind: str | _Any = ANY
    parts: tuple[str, ...] | None = None
    occurrence: int = 1


def _expects(value: Iterable[Expect]) -> tuple[Expect, ...]:
    return tuple(value)


@frozen
class Case:
    """A generated test case: one text, its expected quotes and where it came from."""

    capability: str
    template: str
    text: str
    expected: tuple[Expect, ...] = field(converter=_expects)
    exact: bool = True
    forbidden: tuple[str, ...] = field(default=(), converter=_strs)
    #: (content, name): no quote overlapping *content* may have the speaker *name*.
    wrong_speakers: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)


@frozen
class Capability:
    """A named group of templates; ``generate`` yields its cases deterministically."""

    name: str
    group: str
    description: str
    generate: Callable[[], Iterator[Case]]


def named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    """A capability whose cases carry its name (the templates leave ``Case.capability`` empty)."""

    def generate() -> Iterator[Case]:
        for case in gen():
            yield attrs.evolve(case, capability=name)

    return Capability(name, group, description, generate)


def _norm(value: str) -> str:
    value = re.sub(r"\s+", " ", value.strip().lower())
    return re.sub(r"^(?:a|an|the) ", "", value)


def locate(text: str, content: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the *occurrence*-th *content* in *text*; ValueError when absent."""
    start = -1
    for _ in range(occurrence):
        start = text.find(content, start + 1)
        if start < 0:
            raise ValueError(f"expected content {content!r} not in case text {text!r}")
    return start, start + len(content)


def _name_ok(spec: NameSpec, quote: Quote) -> bool:
    if spec is None:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    accepted = (spec,) if isinstance(spec, str) else spec
    return _norm(quote.speaker.name) in {_norm(a) for a in accepted}


def _title_ok(spec: TitleSpec, title: str | None) -> bool:
    if isinstance(spec, _Any):
        return True
    if isinstance(spec, Contains):
        return spec.matches(title)
    if spec is None:
        return title is None
    if title is None:
        return False
    accepted = (spec,) if isinstance(spec, str) else spec
    return _norm(title) in {_norm(a) for a in accepted}


def _describe(q: Quote) -> str:
    who = None if q.speaker is None else (q.speaker.name, q.speaker.title, q.speaker.kind)
    return f"{q.kind.value} {q.start}:{q.end} {q.text!r} speaker={who} rule={q.rule}"


def case_problems(case: Case, quotes: Sequence[Quote] | None = None) -> list[str]:
    """What quotex gets wrong on *case* (empty when it is right)."""
    if quotes is None:
        quotes = extract_quotes(case.text)
    problems: list[str] = []
    matched: set[int] = set()
    for exp in case.expected:
        start, end = locate(case.text, exp.content, exp.occurrence)
        hit = [i for i, q in enumerate(quotes) if (q.start, q.end) == (start, end)]
        if not hit:
            near = [_describe(q) for q in quotes if q.start < end and start < q.end]
            problems.append(f"no quote at {start}:{end} {exp.content!r}; overlapping: {near or 'none'}")
            continue
        q = quotes[hit[0]]
        matched.add(hit[0])
        if q.kind.value != exp.kind:
            problems.append(f"kind {q.kind.value}, expected {exp.kind}: {_describe(q)}")
        if not _name_ok(exp.speaker, q):
            problems.append(f"speaker, expected {exp.speaker!r}: {_describe(q)}")
        elif q.speaker is not None:
            if not _title_ok(exp.title, q.speaker.title):
                problems.append(f"title {q.speaker.title!r}, expected {exp.title!r}: {_describe(q)}")
            if not isinstance(exp.speaker_kind, _Any) and q.speaker.kind != exp.speaker_kind:
                problems.append(f"speaker kind {q.speaker.kind!r}, expected {exp.speaker_kind!r}")
        if exp.parts is not None and tuple(p.text for p in q.parts) != exp.parts:
            problems.append(f"parts {[p.text for p in q.parts]}, expected {list(exp.parts)}")
    if case.exact:
        problems.extend(f"unexpected quote: {_describe(q)}" for i, q in enumerate(quotes) if i not in matched)
    for bad in case.forbidden:
        for q in quotes:
            if bad in q.text or (q.speaker is not None and bad.lower() in q.speaker.name.lower()):
                problems.append(f"{bad!r} inside a quote or speaker: {_describe(q)}")
    for content, name in case.wrong_speakers:
        start, end = locate(case.text, content)
        for q in quotes:
            overlaps = q.start < end and start < q.end
            if overlaps and q.speaker is not None and _norm(q.speaker.name) == _norm(name):
                problems.append(f"{content!r} wrongly given to {name!r}: {_describe(q)}")
    return problems


def _failures(value: Iterable[tuple[Case, tuple[str, ...]]]) -> tuple[tuple[Case, tuple[str, ...]], ...]:
    return tuple(value)


@frozen
class Result:
    """The outcome of one capability: how many cases passed, and the failures."""

    capability: Capability
    total: int
    failures: tuple[tuple[Case, tuple[str, ...]], ...] = field(converter=_failures)

    @property
    def passed(self) -> int:
        """Number of passing cases."""
        return self.total - len(self.failures)

    @property
    def rate(self) -> float:
        """Pass rate in [0, 1] (1.0 for a capability without cases)."""
        return self.passed / self.total if self.total else 1.0

    def report(self, limit: int = 5) -> str:
        """The rate and the first *limit* failures, readable."""
        lines = [f"{self.capability.name}: {self.passed}/{self.total} = {self.rate:.3f}"]
        for case, problems in self.failures[:limit]:
            lines.append(f"  [{case.template}] {case.text!r}")
            lines.extend(f"      - {p}" for p in problems)
        return "\n".join(lines)


def run(capability: Capability) -> Result:
    """Run every case of *capability*."""
    total = 0
    failures: list[tuple[Case, tuple[str, ...]]] = []
    for case in capability.generate():
        total += 1
        problems = case_problems(case)
        if problems:
            failures.append((case, tuple(problems)))
    return Result(capability, total, failures)


def unique_texts(gen: Callable[[], Iterator[Case]]) -> Callable[[], Iterator[Case]]:
    """*gen* without repeated texts (some shapes ignore a slot), first occurrence kept."""

    def generate() -> Iterator[Case]:
        seen: set[str] = set()
        for case in gen():
            if case.text not in seen:
                seen.add(case.text)
                yield case

    return generate


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, object]]:
    """``floors.json``: capability name -> ``{"floor": rate, "xfail": reason?}``."""
    data: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def sample(items: Iterable[T], k: int, seed: str) -> list[T]:
    """A deterministic sample of at most *k* of *items* (seeded by a string), in input order."""
    pool = list(items)
    if len(pool) <= k:
        return pool
    chosen = sorted(random.Random(seed).sample(range(len(pool)), k))
    return [pool[i] for i in chosen]
