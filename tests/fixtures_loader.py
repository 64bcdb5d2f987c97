"""Load ``fixtures/`` into typed cases and match quotex's output against them.

Input: the files described in ``fixtures/README.md``. Output: :class:`Case` (short
cases), :class:`Article` (an article and its answer key) and :func:`case_problems` /
:func:`article_quote_problems`, which return a list of readable mismatches (empty when
the prediction agrees with the key), and :func:`unmatched_credited` /
:func:`credited_not_quotes` (false attributions in an article). The matching rules are the
ones the README states; ``benchmarks/articles.py`` tabulates them per article.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import field, frozen

from quotex import Quote, extract_quotes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

#: Keys of an expected quote that a short case may pin.
CHECK_KEYS = ("kind", "speaker", "title", "cue", "source", "parts", "speaker_kind", "rule")
EXPECT_VALUES = ("pass", "fail")
PROVENANCES = ("new-feature", "seed-convention", "bug", "hard-case")
KINDS = ("direct", "mixed", "indirect")


def norm(value: str | None) -> str | None:
    """Lower case, single spaces; ``None`` stays ``None``."""
    if value is None:
        return None
    return re.sub(r"\s+", " ", value.strip().lower())


def norm_title(value: str | None) -> str | None:
    """:func:`norm` without a leading article."""
    text = norm(value)
    return None if text is None else re.sub(r"^(?:a|an|the) ", "", text)


def locate(haystack: str, needle: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of *needle* in *haystack*: the first occurrence, or the 1-based *occurrence*."""
    if not needle:
        raise ValueError("an expected text must not be empty")
    start = -1
    for _ in range(occurrence or 1):
        start = haystack.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"fixture text not found in its document: {needle!r}")
    return start, start + len(needle)


def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two spans divided by the longer span (0 when either is empty)."""
    longer = max(a[1] - a[0], b[1] - b[0])
    if longer <= 0:
        return 0.0
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / longer


@frozen
class ExpectedQuote:
    """One quotation a case expects. ``checks`` holds only the keys the case pins."""

    text: str
    start: int
    end: int
    checks: Mapping[str, Any] = field(converter=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], document: str) -> ExpectedQuote:
        start, end = locate(document, data["text"], data.get("occurrence"))
        unknown = set(data) - {"text", "occurrence", *CHECK_KEYS}
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)} in expected quote {data['text']!r}")
        return cls(data["text"], start, end, {k: data[k] for k in CHECK_KEYS if k in data})


@frozen
class Case:
    """One line of a ``*.jsonl`` fixture file."""

    file: str
    label: str
    text: str
    expected: tuple[ExpectedQuote, ...]
    expect: str
    source: str
    comment: str
    complete: bool = True

    @property
    def id(self) -> str:
        return f"{self.file}:{self.label}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], file: str) -> Case:
        text = data["text"]
        return cls(
            file=file,
            label=data["label"],
            text=text,
            expected=tuple(ExpectedQuote.from_dict(e, text) for e in data["expected"]),
            expect=data["expect"],
            source=data["source"],
            comment=data["comment"],
            complete=data.get("complete", True),
        )


def load_cases(path: Path) -> list[Case]:
    """Every case of one JSONL file (blank lines skipped)."""
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                cases.append(Case.from_dict(json.loads(line), path.stem))
            except (KeyError, ValueError) as err:
                raise ValueError(f"{path.name}:{n}: {err!r}") from err
    return cases


def golden_cases() -> list[Case]:
    """All of ``fixtures/golden/*.jsonl``, file by file."""
    return [c for p in sorted((FIXTURES / "golden").glob("*.jsonl")) for c in load_cases(p)]


def negative_cases() -> list[Case]:
    return load_cases(FIXTURES / "negative.jsonl")


def known_failure_cases() -> list[Case]:
    return load_cases(FIXTURES / "known_failures.jsonl")


@frozen
class ArticleQuote:
    """One quote of an article's answer key, with offsets found by searching."""

    id: str
    start: int
    end: int
    required: bool
    expect: str
    expected: ExpectedQuote
    note: str = ""

    @property
    def speaker(self) -> str | None:
        value: str | None = self.expected.checks["speaker"]
        return value

    @property
    def title(self) -> str | None:
        value: str | None = self.expected.checks["title"]
        return value


@frozen
class NotQuote:
    """Marked words of an article that are no quotation; ``expect`` as for a key quote."""

    text: str
    start: int
    end: int
    why: str
    expect: str = "pass"
    note: str = ""


@frozen
class Article:
    """An article and its answer key."""

    stem: str
    text: str
    quotes: tuple[ArticleQuote, ...]
    speakers: tuple[Mapping[str, Any], ...]
    not_quotes: tuple[NotQuote, ...]
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def load(cls, key_path: Path) -> Article:
        data = json.loads(key_path.read_text(encoding="utf-8"))
        text = (key_path.parent / data["document"]).read_text(encoding="utf-8")
        quotes = []
        for q in data["quotes"]:
            item = {k: v for k, v in q.items() if k in ("text", "occurrence", *CHECK_KEYS)}
            expected = ExpectedQuote.from_dict(item, text)
            quotes.append(
                ArticleQuote(
                    q["id"],
                    expected.start,
                    expected.end,
                    q["required"],
                    q.get("expect", "pass"),
                    expected,
                    q.get("note", ""),
                )
            )
        not_quotes = []
        for n in data["not_quotes"]:
            start, end = locate(text, n["text"], n.get("occurrence"))
            not_quotes.append(
                NotQuote(n["text"], start, end, n["why"], n.get("expect", "pass"), n.get("note", ""))
            )
        return cls(key_path.stem, text, tuple(quotes), tuple(data["speakers"]), tuple(not_quotes), data)


def articles(folder: Path = FIXTURES / "articles") -> list[Article]:
    """Every ``*.json`` answer key of *folder* (``fixtures/articles`` by default) with its article."""
    return [Article.load(p) for p in sorted(folder.glob("*.json"))]


@functools.cache
def extract_cached(text: str) -> tuple[Quote, ...]:
    """``extract_quotes(text)``, computed once per text for the whole session.

    Quotes are frozen and ``extract_quotes`` is deterministic (``test_properties``
    checks both), so sharing one result between tests is safe.
    """
    return tuple(extract_quotes(text))


# --- matching ---------------------------------------------------------------------------


def best_match(span: tuple[int, int], quotes: Sequence[Quote], used: Iterable[int] = ()) -> int | None:
    """Index of the unused quote overlapping *span* best, if by at least half the longer."""
    taken = set(used)
    best, best_i = 0.0, None
    for i, q in enumerate(quotes):
        if i in taken:
            continue
        ratio = overlap_ratio(span, (q.start, q.end))
        if ratio >= 0.5 and ratio > best:
            best, best_i = ratio, i
    return best_i


def _has_phrase(haystack: str, needle: str) -> bool:
    pattern = r"(?<!\w)" + re.escape(norm(needle) or "") + r"(?!\w)"
    return re.search(pattern, norm(haystack) or "") is not None


def quote_problems(exp: ExpectedQuote, q: Quote, keys: Iterable[str] = CHECK_KEYS) -> list[str]:
    """How *q* disagrees with *exp* on the pinned *keys* (empty when it agrees)."""
    problems = []
    checks = exp.checks
    sp = q.speaker
    for key in keys:
        if key not in checks:
            continue
        want = checks[key]
        got: object
        if key == "kind":
            ok, got = q.kind.value == want, q.kind.value
        elif key == "speaker":
            got = None if sp is None else sp.name
            ok = norm(got) == norm(want)
        elif key == "title":
            got = None if sp is None else sp.title
            ok = norm_title(got) == norm_title(want)
        elif key == "speaker_kind":
            got = None if sp is None else sp.kind
            ok = got == want
        elif key == "rule":
            got = q.rule
            ok = got == want
        elif key == "cue":
            got = None if q.cue is None else q.cue.text
            ok = norm(got) == norm(want)
        elif key == "source":
            got = None if q.source is None else q.source.text
            ok = (got is None) if want is None else (got is not None and _has_phrase(got, want))
        elif key == "rule":
            got = q.rule
            ok = got == want
        elif key == "parts":
            got = [p.text for p in q.parts]
            wanted = [locate(exp.text, p) for p in want]
            ok = len(q.parts) == len(wanted) and all(
                overlap_ratio((exp.start + s, exp.start + e), (p.start, p.end)) >= 0.5
                for (s, e), p in zip(wanted, q.parts, strict=True)
            )
        else:  # pragma: no cover - CHECK_KEYS is closed
            raise AssertionError(key)
        if not ok:
            problems.append(f"{key}: expected {want!r}, got {got!r}")
    return problems


def case_problems(case: Case, quotes: Sequence[Quote]) -> list[str]:
    """Every way *quotes* disagree with *case* (empty when the case passes)."""
    problems = []
    used: set[int] = set()
    for exp in case.expected:
        i = best_match((exp.start, exp.end), quotes, used)
        if i is None:
            problems.append(f"not found: {exp.text!r}")
            continue
        used.add(i)
        problems += [f"{exp.text[:40]!r}: {p}" for p in quote_problems(exp, quotes[i])]
    if case.complete:
        problems += [f"unexpected quote: {quotes[i]!r}" for i in range(len(quotes)) if i not in used]
    return problems


def article_quote_problems(gold: ArticleQuote, quotes: Sequence[Quote]) -> list[str]:
    """How *quotes* fail one key quote of an article: not found, or a wrong speaker or title.

    The article tests' rule: the best-overlapping prediction (at least half of the longer
    span) must carry the key's speaker and title. Empty when the quote passes.
    """
    i = best_match((gold.start, gold.end), quotes)
    if i is None:
        return [f"not found: {gold.expected.text!r}"]
    return quote_problems(gold.expected, quotes[i], keys=("speaker", "title"))


def unmatched_credited(article: Article, quotes: Sequence[Quote]) -> list[Quote]:
    """Predictions with a speaker that match no quote of the key (required or optional)."""
    matched = {best_match((g.start, g.end), quotes) for g in article.quotes}
    return [q for i, q in enumerate(quotes) if i not in matched and q.speaker is not None]


def credited_not_quotes(article: Article, quotes: Sequence[Quote]) -> list[tuple[NotQuote, Quote]]:
    """Each ``not_quote`` overlapped by a prediction of :func:`unmatched_credited`, with it."""
    return [
        (n, q)
        for q in unmatched_credited(article, quotes)
        for n in article.not_quotes
        if min(n.end, q.end) > max(n.start, q.start)
    ]


def describe(quotes: Sequence[Quote]) -> str:
    """A compact listing of predictions for assertion messages."""
    lines = []
    for q in quotes:
        sp = q.speaker
        lines.append(
            f"  {q.kind.value:8} {q.text!r} speaker={sp.name if sp else None!r} "
            f"title={sp.title if sp else None!r} cue={q.cue.text if q.cue else None!r} "
            f"source={q.source.text if q.source else None!r} rule={q.rule}"
        )
    return "\n".join(lines) or "  (no quotes)"
