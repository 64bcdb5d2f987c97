"""Evaluation: gold attributions + predicted quotes -> scores.

Input: :class:`GoldDocument` records (text, gold :class:`Annotation` s and the
Discard regions annotators left out) and, per document id, the predicted
:class:`Annotation` s (:meth:`Annotation.from_quote` turns a
:class:`~quotex.records.Quote` into one). Output: an :class:`Evaluation` with
the corpus totals, one :class:`DocumentScore` per document and the error cases.

The metrics are those of the shared PolNeAR scorer (``tools/score.py``), each
overall and per kind (direct, mixed, indirect); ``docs/evaluation.md`` explains
each with an example:

* Citron-style ``{content,source,cue}_exact`` and ``_overlap`` P/R/F1;
* GGT-style ``quote@0.3`` / ``quote@0.8`` matching with ``speaker@t`` accuracy;
* ``content@0.5L`` and end-to-end ``e2e`` (content and source) P/R/F1.

Spans are ``((start, end), ...)`` character offsets into the gold text, and
sizes count non-whitespace characters. Pure functions, no I/O: the readers are
in :mod:`quotex.evaluation.corpus`, the ``quotex evaluate`` command in
:mod:`quotex.evaluation.cli`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from typing import Any

import attrs
from attrs import field, frozen

from quotex.records import Quote, QuoteKind, Span

__all__ = [
    "E2E_MIN",
    "GROUPS",
    "KINDS",
    "METRICS",
    "PRF",
    "ROLES",
    "THRESHOLDS",
    "Accuracy",
    "Annotation",
    "DocumentScore",
    "ErrorCase",
    "Evaluation",
    "GoldDocument",
    "Scores",
    "content_kind",
    "evaluate",
    "normalise_spans",
    "score_document",
]

#: ``((start, end), ...)``: a possibly discontinuous piece of the text.
Spans = tuple[tuple[int, int], ...]

KINDS = tuple(k.value for k in QuoteKind)  # ("direct", "mixed", "indirect")
GROUPS = ("all", *KINDS)
ROLES = ("content", "source", "cue")
#: GGT matching thresholds: a gold quote matches when more than t of it is predicted.
THRESHOLDS = (0.3, 0.8)
#: content@0.5L / e2e: the overlap must cover at least this share of the longer span.
E2E_MIN = 0.5
METRICS = (
    "content_exact",
    "content_overlap",
    "source_exact",
    "source_overlap",
    "cue_exact",
    "cue_overlap",
    "quote@0.3",
    "quote@0.8",
    "speaker@0.3",
    "speaker@0.8",
    "content@0.5L",
    "e2e",
)


# ---------------------------------------------------------------- records


def _to_spans(value: Iterable[Sequence[int]]) -> Spans:
    return tuple((int(pair[0]), int(pair[1])) for pair in value)


def _optional_kind(value: str | None) -> QuoteKind | None:
    return None if value is None else QuoteKind(value)


def _annotations(value: Iterable[Annotation]) -> tuple[Annotation, ...]:
    return tuple(value)


@frozen
class Annotation:
    """One attribution, gold or predicted: content, source and cue spans.

    ``content`` may have several fragments (``"A," he said, "B."``); ``source``
    and ``cue`` are empty when absent. ``kind`` is the gold kind (``None``:
    computed from the content text by :func:`content_kind`); ``speaker`` is a
    predicted speaker name (not scored: PolNeAR has only source spans).
    """

    content: Spans = field(converter=_to_spans)
    source: Spans = field(default=(), converter=_to_spans)
    cue: Spans = field(default=(), converter=_to_spans)
    kind: QuoteKind | None = field(default=None, converter=_optional_kind)
    speaker: str | None = None
    id: str = ""

    @classmethod
    def from_quote(cls, quote: Quote) -> Annotation:
        """The prediction for a quotex quote: its parts, source, cue and speaker name."""
        return cls(
            content=[(p.start, p.end) for p in quote.parts],
            source=_span_pairs(quote.source),
            cue=_span_pairs(quote.cue),
            speaker=quote.speaker.name if quote.speaker else None,
        )


def _span_pairs(span: Span | None) -> Spans:
    return () if span is None else ((span.start, span.end),)


@frozen
class GoldDocument:
    """An annotated article: its ``text``, gold ``annotations`` and ``discard`` regions.

    ``discard`` marks boilerplate the annotators skipped (embedded tweets,
    "Follow us on ..."); predictions mostly inside it are ignored.
    """

    id: str
    text: str
    annotations: tuple[Annotation, ...] = field(converter=_annotations)
    discard: Spans = field(default=(), converter=_to_spans)


# ---------------------------------------------------------------- kind rule

_OPENING = "\u201c\u201e\u201f"  # “ „ ‟
_CLOSING = "\u201d"  # ”
# characters after which a straight " (or '') opens a quotation: 'he said "We'
_OPEN_CONTEXT = frozenset(" \t\n\r([{\u2014\u2013-/" + _OPENING)
# one double quotation mark: curly, straight, or the NYT's two apostrophes: ''We won,'' he said
_QUOTE_MARK = re.compile(r"[\u201c\u201e\u201f\u201d\"]|''")
# a leading "that" before reported content: that "we will win"
_LEADING_THAT = re.compile(r"that\b", re.IGNORECASE)


def _is_kept_edge(s: str, i: int) -> bool:
    return s[i].isalnum() or s[i] in _OPENING or s[i] in _CLOSING or s[i] == '"'


def _strip_edges(s: str) -> str:
    """*s* without whitespace and punctuation at its ends; quotation marks stay."""
    start, end = 0, len(s)
    while start < end and not _is_kept_edge(s, start) and not s.startswith("''", start):
        start += 1
    while (
        end > start
        and not _is_kept_edge(s, end - 1)
        and not (s[end - 1] == "'" and end - 2 >= start and s[end - 2] == "'")
    ):
        end -= 1
    return s[start:end]


def _opens(s: str, start: int, end: int) -> bool:
    """Whether the mark ``s[start:end]`` opens a quotation (else it closes one)."""
    before = s[start - 1] if start else " "
    if s[start] == _CLOSING:
        return False
    if s[start] in _OPENING:  # a “ typed for a closing mark: 'review“ of'
        after = s[end] if end < len(s) else " "
        return before in _OPEN_CONTEXT or not (after.isspace() or after in ",.;:!?")
    return before in _OPEN_CONTEXT


def content_kind(content_text: str) -> QuoteKind:
    """Direct, mixed or indirect, from the content text alone (PolNeAR's rule).

    The text is trimmed (and a leading "that" dropped), then read left to right:
    DIRECT when every letter or digit lies inside double quotation marks,
    MIXED when some do, INDIRECT when none do. A first mark that closes means
    the content began inside a quotation; one left open runs to the end.

    >>> content_kind('that "we will win"'), content_kind('the plan was "a mess"')
    (<QuoteKind.DIRECT: 'direct'>, <QuoteKind.MIXED: 'mixed'>)
    """
    s = _strip_edges(content_text)
    that = _LEADING_THAT.match(s)
    if that:
        s = _strip_edges(s[that.end() :])
    marks = [(m.start(), m.end(), _opens(s, m.start(), m.end())) for m in _QUOTE_MARK.finditer(s)]
    if not marks:
        return QuoteKind.INDIRECT
    inside = not marks[0][2]
    n_in = n_out = 0
    position = 0
    for start, end, opens in [*marks, (len(s), len(s), False)]:
        letters = sum(map(str.isalnum, s[position:start]))
        n_in, n_out = (n_in + letters, n_out) if inside else (n_in, n_out + letters)
        inside, position = opens, end
    if n_in and not n_out:
        return QuoteKind.DIRECT
    return QuoteKind.MIXED if n_in else QuoteKind.INDIRECT


# ---------------------------------------------------------------- spans


def normalise_spans(spans: Iterable[tuple[int, int]], text: str) -> Spans:
    """Trim whitespace from fragment edges, drop empty fragments, sort, merge.

    Fragments merge when they overlap or only whitespace separates them.

    >>> normalise_spans([(4, 10), (0, 3)], "abc def ghij")
    ((0, 10),)

    Raises:
        ValueError: for a span outside ``text``.
    """
    fragments = []
    for span in spans:
        start, end = _trim(text, *span)
        if start < end:
            fragments.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(fragments):
        if merged and (start <= merged[-1][1] or text[merged[-1][1] : start].isspace()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without whitespace at either end; ValueError when outside *text*."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {[start, end]} is outside the text (length {len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _nonspace_prefix(text: str) -> list[int]:
    """``p[i]`` = number of non-whitespace characters in ``text[:i]``."""
    return list(itertools.accumulate((0 if c.isspace() else 1 for c in text), initial=0))


def _size(spans: Spans, prefix: Sequence[int]) -> int:
    return sum(prefix[end] - prefix[start] for start, end in spans)


def _overlap(a: Spans, b: Spans, prefix: Sequence[int]) -> int:
    """Non-whitespace characters shared by two sorted lists of disjoint fragments."""
    if not a or not b or a[-1][1] <= b[0][0] or b[-1][1] <= a[0][0]:
        return 0
    i = j = shared = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            shared += prefix[end] - prefix[start]
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return shared


def _union(span_lists: Iterable[Spans]) -> Spans:
    """All fragments of *span_lists* as one sorted list of disjoint fragments."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(itertools.chain.from_iterable(span_lists)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


# ---------------------------------------------------------------- results


@frozen
class PRF:
    """Precision ``tp_pred / n_pred``, recall ``tp_gold / n_gold`` and F1 (0 when undefined)."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        """The shared scorer's JSON layout: ``p``, ``r``, ``f1`` and the four counts."""
        return {"p": self.precision, "r": self.recall, "f1": self.f1, **attrs.asdict(self)}


@frozen
class Accuracy:
    """``correct / n`` (0 when ``n`` is 0)."""

    correct: int = 0
    n: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def to_dict(self) -> dict[str, float]:
        """The shared scorer's JSON layout: ``acc``, ``correct``, ``n``."""
        return {"acc": self.value, "correct": self.correct, "n": self.n}


#: (group, metric, counter) -> count, e.g. ("direct", "e2e", "tp_pred") -> 3.
Tallies = Mapping[tuple[str, str, str], int]


def _tally_dict(value: Tallies) -> dict[tuple[str, str, str], int]:
    return dict(value)


def _stats_dict(value: Mapping[str, int]) -> dict[str, int]:
    return dict(value)


@frozen
class Scores:
    """Raw counts behind every metric; add them up over documents with :meth:`total`.

    ``tallies`` maps (group, metric, counter) to a count; ``stats`` holds the
    bookkeeping: ``articles``, ``gold:<group>``, ``pred:<group>``,
    ``pred_invalid_no_content``, ``pred_ignored_in_discard``, ... .
    """

    tallies: Tallies = field(converter=_tally_dict)
    stats: Mapping[str, int] = field(converter=_stats_dict)

    @classmethod
    def total(cls, items: Iterable[Scores]) -> Scores:
        """The sum of several documents' scores."""
        tallies: Counter[tuple[str, str, str]] = Counter()
        stats: Counter[str] = Counter()
        for item in items:
            tallies.update(item.tallies)
            stats.update(item.stats)
        return cls(tallies, stats)

    def prf(self, group: str, metric: str) -> PRF:
        """Precision, recall and F1 of *metric* (not ``speaker@t``) for *group*."""
        get = self.tallies.get
        return PRF(*(get((group, metric, c), 0) for c in ("tp_pred", "n_pred", "tp_gold", "n_gold")))

    def accuracy(self, group: str, metric: str) -> Accuracy:
        """The accuracy of a ``speaker@t`` metric for *group*."""
        get = self.tallies.get
        return Accuracy(get((group, metric, "correct"), 0), get((group, metric, "n"), 0))

    def result(self, group: str, metric: str) -> PRF | Accuracy:
        """:meth:`accuracy` for ``speaker@t``, else :meth:`prf`."""
        return self.accuracy(group, metric) if metric.startswith("speaker@") else self.prf(group, metric)

    def to_dict(self) -> dict[str, Any]:
        """``{"counts": ..., "results": {group: {metric: ...}}}``, as ``score.py --json`` prints."""
        stat = self.stats.get
        counts = {
            "articles": stat("articles", 0),
            "articles_without_prediction_line": stat("articles_without_prediction_line", 0),
            "gold": {g: stat(f"gold:{g}", 0) for g in GROUPS},
            "pred": {g: stat(f"pred:{g}", 0) for g in GROUPS},
            "pred_invalid_no_content": stat("pred_invalid_no_content", 0),
            "pred_ignored_in_discard": stat("pred_ignored_in_discard", 0),
            "pred_with_speaker_name": stat("pred_with_speaker_name", 0),
        }
        results = {g: {m: self.result(g, m).to_dict() for m in METRICS} for g in GROUPS}
        return {"counts": counts, "results": results}


#: Why an attribution counts as an error, worst first.
REASONS = ("not found", "no gold", "boundary", "wrong source")


@frozen
class ErrorCase:
    """A gold attribution missed end to end (``side="miss"``) or a prediction
    matching no gold end to end (``side="false alarm"``).

    ``reason``: ``"not found"`` (no prediction covers over 30% of the gold
    content), ``"no gold"`` (the prediction covers no gold quote that well),
    ``"boundary"`` (the content is found but its extent is off by more than half),
    ``"wrong source"`` (the content matches, the source does not).
    ``counterpart`` is the closest annotation on the other side, if any, and
    ``score`` its content overlap divided by the longer of the two contents.
    Spans are normalised; ``size`` counts the content's non-space characters.
    """

    doc_id: str
    side: str
    reason: str
    annotation: Annotation
    counterpart: Annotation | None
    score: float
    size: int

    @property
    def rank(self) -> tuple[int, int]:
        """Sort key, worst first: by reason, then by the length of the content."""
        return (REASONS.index(self.reason), -self.size)


def _error_tuple(value: Iterable[ErrorCase]) -> tuple[ErrorCase, ...]:
    return tuple(value)


def _pair_tuple(value: Iterable[tuple[Annotation, Annotation]]) -> tuple[tuple[Annotation, Annotation], ...]:
    return tuple(value)


@frozen
class DocumentScore:
    """One document's :class:`Scores` and :class:`ErrorCase` s.

    ``matches`` holds the ``(gold, prediction)`` pairs of the end-to-end (e2e)
    matching, normalised as in :class:`ErrorCase`, in gold order.
    """

    doc_id: str
    scores: Scores
    errors: tuple[ErrorCase, ...] = field(converter=_error_tuple)
    matches: tuple[tuple[Annotation, Annotation], ...] = field(default=(), converter=_pair_tuple)


def _document_tuple(value: Iterable[DocumentScore]) -> tuple[DocumentScore, ...]:
    return tuple(value)


@frozen
class Evaluation:
    """The corpus totals and the per-document results, in input order."""

    total: Scores
    documents: tuple[DocumentScore, ...] = field(converter=_document_tuple)

    def worst(self, side: str, n: int) -> list[ErrorCase]:
        """The *n* worst error cases of *side* (``"miss"`` or ``"false alarm"``)."""
        cases = (e for d in self.documents for e in d.errors if e.side == side)
        return sorted(cases, key=lambda e: e.rank)[:n]


# ---------------------------------------------------------------- matching


@frozen
class _Side:
    """Normalised annotations of one side, sorted by content, with content sizes."""

    items: tuple[Annotation, ...]
    sizes: tuple[int, ...]


@frozen
class _Pairing:
    """One document's two sides, and what scoring needs about them.

    ``overlaps[gi]`` lists ``(pi, shared characters)`` for each prediction
    whose content overlaps gold *gi*'s; ``*_groups[i]`` is ``("all", kind)``.
    """

    gold: _Side
    pred: _Side
    prefix: Sequence[int]
    overlaps: tuple[tuple[tuple[int, int], ...], ...]
    gold_groups: tuple[tuple[str, str], ...] = ()
    pred_groups: tuple[tuple[str, str], ...] = ()


def _normalise(annotation: Annotation, text: str, where: str) -> Annotation:
    try:
        return attrs.evolve(
            annotation,
            content=normalise_spans(annotation.content, text),
            source=normalise_spans(annotation.source, text),
            cue=normalise_spans(annotation.cue, text),
        )
    except ValueError as err:
        raise ValueError(f"{where}: {err}") from None


def _own_kind(annotation: Annotation, text: str) -> QuoteKind:
    return content_kind(" ".join(text[s:e] for s, e in annotation.content))


def _first_fragment(annotation: Annotation) -> tuple[int, int]:
    return annotation.content[0] if annotation.content else (0, 0)


def _side(items: Iterable[Annotation], prefix: Sequence[int]) -> _Side:
    ordered = tuple(sorted(items, key=_first_fragment))
    return _Side(ordered, tuple(_size(a.content, prefix) for a in ordered))


def _source_ok(gold: Annotation, pred: Annotation, prefix: Sequence[int]) -> bool:
    """GGT's speaker rule: the sources share a character, or both are empty."""
    if not gold.source and not pred.source:
        return True
    return _overlap(gold.source, pred.source, prefix) > 0


def _ggt_match(m: _Pairing, t: float) -> dict[int, int]:
    """GGT greedy matching: each gold, in order, takes the free prediction covering most of it (> t)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, row in enumerate(m.overlaps):
        best, best_score = -1, t
        for pi, shared in row:
            score = shared / m.gold.sizes[gi]
            if score > best_score and pi not in used:
                best, best_score = pi, score
        if best >= 0:
            pairs[gi] = best
            used.add(best)
    return pairs


def _longer_match(m: _Pairing, *, need_source: bool) -> dict[int, int]:
    """One-to-one greedy matching, best first, on overlap / max(sizes) >= E2E_MIN."""
    candidates = []
    for gi, row in enumerate(m.overlaps):
        for pi, shared in row:
            score = shared / max(m.gold.sizes[gi], m.pred.sizes[pi])
            if score >= E2E_MIN and (
                not need_source or _source_ok(m.gold.items[gi], m.pred.items[pi], m.prefix)
            ):
                candidates.append((-score, gi, pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


# ---------------------------------------------------------------- scoring


class _Tally:
    """Accumulates (group, metric, counter) counts for one document."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str, str]] = Counter()

    def add(self, groups: Iterable[str], metric: str, **counts: int) -> None:
        for group in groups:
            for name, value in counts.items():
                self.counts[group, metric, name] += value


def _prepare_predictions(
    doc: GoldDocument, predictions: Iterable[Annotation], prefix: Sequence[int], *, keep_discard: bool
) -> tuple[list[Annotation], Counter[str]]:
    """Normalised predictions with their own kind, less those without content or mostly in Discard."""
    stats: Counter[str] = Counter()
    discard = normalise_spans(doc.discard, doc.text)
    kept = []
    for j, prediction in enumerate(predictions):
        p = _normalise(prediction, doc.text, f"prediction {j} of {doc.id}")
        if not p.content:
            stats["pred_invalid_no_content"] += 1
        elif not keep_discard and 2 * _overlap(p.content, discard, prefix) > _size(p.content, prefix):
            stats["pred_ignored_in_discard"] += 1
        else:
            stats["pred_with_speaker_name"] += bool(p.speaker)
            kept.append(attrs.evolve(p, kind=_own_kind(p, doc.text)))
    return kept, stats


def _pairing(
    doc: GoldDocument, predictions: Iterable[Annotation], *, keep_discard: bool
) -> tuple[_Pairing, Counter[str]]:
    """Normalise both sides of *doc* and find their content overlaps."""
    text = doc.text
    prefix = _nonspace_prefix(text)
    golds = (_normalise(a, text, f"gold {a.id or j} of {doc.id}") for j, a in enumerate(doc.annotations))
    gold = _side((attrs.evolve(a, kind=a.kind or _own_kind(a, text)) for a in golds), prefix)
    kept, stats = _prepare_predictions(doc, predictions, prefix, keep_discard=keep_discard)
    pred = _side(kept, prefix)
    overlaps = tuple(
        tuple((pi, n) for pi, p in enumerate(pred.items) if (n := _overlap(g.content, p.content, prefix)))
        for g in gold.items
    )
    return _Pairing(gold, pred, prefix, overlaps), stats


def score_document(
    doc: GoldDocument, predictions: Iterable[Annotation], *, keep_discard: bool = False
) -> DocumentScore:
    """Score one document's predictions against its gold annotations.

    Args:
        doc: the gold document.
        predictions: the predicted attributions, in any order.
        keep_discard: also score predictions lying mostly in Discard regions.

    Returns:
        The document's counts for every metric, and its error cases.

    Raises:
        ValueError: when a span lies outside the text.
    """
    m, stats = _pairing(doc, predictions, keep_discard=keep_discard)
    ggt = {t: _ggt_match(m, t) for t in THRESHOLDS}
    content_pairs = _longer_match(m, need_source=False)
    e2e_pairs = _longer_match(m, need_source=True)
    # a prediction's kind: that of the gold it is paired with at 0.3, else its own
    pred_kinds = [str(p.kind) for p in m.pred.items]
    for gi, pi in ggt[0.3].items():
        pred_kinds[pi] = str(m.gold.items[gi].kind)
    m = attrs.evolve(
        m,
        gold_groups=tuple(("all", str(g.kind)) for g in m.gold.items),
        pred_groups=tuple(("all", k) for k in pred_kinds),
    )

    tally = _Tally()
    _tally_exact(tally, m)
    _tally_overlap(tally, m)
    for t in THRESHOLDS:
        _tally_pairs(tally, f"quote@{t}", ggt[t], m)
        for gi, pi in ggt[t].items():
            ok = _source_ok(m.gold.items[gi], m.pred.items[pi], m.prefix)
            tally.add(m.gold_groups[gi], f"speaker@{t}", correct=int(ok), n=1)
    _tally_pairs(tally, "content@0.5L", content_pairs, m)
    _tally_pairs(tally, "e2e", e2e_pairs, m)

    stats["articles"] = 1
    stats.update(f"gold:{g}" for groups in m.gold_groups for g in groups)
    stats.update(f"pred:{g}" for groups in m.pred_groups for g in groups)
    errors = _errors(doc.id, m, (e2e_pairs, content_pairs, ggt[0.3]))
    matches = [(m.gold.items[gi], m.pred.items[pi]) for gi, pi in sorted(e2e_pairs.items())]
    return DocumentScore(doc.id, Scores(tally.counts, stats), errors, matches)


def _tally_exact(tally: _Tally, m: _Pairing) -> None:
    """Citron exact: same normalised spans (and, for source and cue, overlapping content)."""
    overlapping = {(gi, pi) for gi, row in enumerate(m.overlaps) for pi, _ in row}
    for role in ROLES:
        by_spans: defaultdict[Spans, list[int]] = defaultdict(list)
        for gi, g in enumerate(m.gold.items):
            by_spans[getattr(g, role)].append(gi)
        found: set[int] = set()
        for pi, p in enumerate(m.pred.items):
            spans = getattr(p, role)
            if not spans:
                continue
            hits = [gi for gi in by_spans.get(spans, ()) if role == "content" or (gi, pi) in overlapping]
            found.update(hits)
            tally.add(m.pred_groups[pi], f"{role}_exact", tp_pred=int(bool(hits)), n_pred=1)
        for gi, g in enumerate(m.gold.items):
            if getattr(g, role):
                tally.add(m.gold_groups[gi], f"{role}_exact", tp_gold=int(gi in found), n_gold=1)


def _group_union(side: _Side, groups: Sequence[tuple[str, str]], role: str) -> dict[str, Spans]:
    """Per group, the union of the *role* spans of the side's items in that group."""
    return {
        group: _union(
            getattr(item, role) for item, its in zip(side.items, groups, strict=True) if group in its
        )
        for group in GROUPS
    }


def _tally_overlap(tally: _Tally, m: _Pairing) -> None:
    """Citron overlap: predicted characters of a group vs all gold characters, and vice versa."""
    for role in ROLES:
        gold = _group_union(m.gold, m.gold_groups, role)
        pred = _group_union(m.pred, m.pred_groups, role)
        for group in GROUPS:
            tally.add(
                (group,),
                f"{role}_overlap",
                tp_pred=_overlap(pred[group], gold["all"], m.prefix),
                n_pred=_size(pred[group], m.prefix),
                tp_gold=_overlap(pred["all"], gold[group], m.prefix),
                n_gold=_size(gold[group], m.prefix),
            )


def _tally_pairs(tally: _Tally, metric: str, pairs: Mapping[int, int], m: _Pairing) -> None:
    """P/R counts of a matching: matched predictions and matched gold."""
    matched = set(pairs.values())
    for gi, groups in enumerate(m.gold_groups):
        tally.add(groups, metric, tp_gold=int(gi in pairs), n_gold=1)
    for pi, groups in enumerate(m.pred_groups):
        tally.add(groups, metric, tp_pred=int(pi in matched), n_pred=1)


def _errors(doc_id: str, m: _Pairing, pairings: tuple[Mapping[int, int], ...]) -> list[ErrorCase]:
    """Misses and false alarms of the e2e matching, each with its reason and closest counterpart.

    *pairings* are the gold -> prediction pairs of e2e, content@0.5L and GGT@0.3.
    """
    gold_rows: list[list[tuple[int, float]]] = [
        [(pi, n / max(m.gold.sizes[gi], m.pred.sizes[pi])) for pi, n in row]
        for gi, row in enumerate(m.overlaps)
    ]
    pred_rows: list[list[tuple[int, float]]] = [[] for _ in m.pred.items]
    for gi, row in enumerate(gold_rows):
        for pi, score in row:
            pred_rows[pi].append((gi, score))
    flipped = tuple({pi: gi for gi, pi in pairs.items()} for pairs in pairings)
    miss = partial(_side_errors, doc_id, "miss", unmatched="not found", mine=m.gold, other=m.pred)
    alarm = partial(_side_errors, doc_id, "false alarm", unmatched="no gold", mine=m.pred, other=m.gold)
    return [*miss(rows=gold_rows, pairings=pairings), *alarm(rows=pred_rows, pairings=flipped)]


def _side_errors(
    doc_id: str,
    side: str,
    *,
    unmatched: str,
    mine: _Side,
    other: _Side,
    rows: Sequence[Sequence[tuple[int, float]]],
    pairings: Sequence[Mapping[int, int]],
) -> list[ErrorCase]:
    """The error cases of one side: the items its e2e pairing (``pairings[0]``) left out."""
    e2e, content, ggt = pairings
    cases = []
    for i, item in enumerate(mine.items):
        if i in e2e:
            continue
        if i in content:
            reason, j = "wrong source", content[i]
        elif i in ggt:
            reason, j = "boundary", ggt[i]
        else:  # the closest one, the earliest on ties
            reason, j = unmatched, max(rows[i], key=lambda row: row[1], default=(-1, 0.0))[0]
        counterpart = other.items[j] if j >= 0 else None
        score = dict(rows[i]).get(j, 0.0)
        cases.append(ErrorCase(doc_id, side, reason, item, counterpart, score, mine.sizes[i]))
    return cases


def evaluate(
    docs: Iterable[GoldDocument],
    predictions: Mapping[str, Sequence[Annotation]],
    *,
    keep_discard: bool = False,
    only_predicted: bool = False,
) -> Evaluation:
    """Score *predictions* (document id -> annotations) against *docs*.

    A document with no entry in *predictions* counts as one with no
    predictions, unless *only_predicted* leaves it out.

    Raises:
        ValueError: for a predicted id that is not a gold document's, or a span
            outside its text.
    """
    docs = list(docs)
    unknown = set(predictions) - {d.id for d in docs}
    if unknown:
        example = min(unknown)
        raise ValueError(f"{len(unknown)} predicted document ids are not in the gold data, e.g. {example!r}")
    results = []
    for doc in docs:
        if doc.id not in predictions and only_predicted:
            continue
        result = score_document(doc, predictions.get(doc.id, ()), keep_discard=keep_discard)
        if doc.id not in predictions:
            stats = {**result.scores.stats, "articles_without_prediction_line": 1}
            result = attrs.evolve(result, scores=Scores(result.scores.tallies, stats))
        results.append(result)
    return Evaluation(Scores.total(r.scores for r in results), results)
