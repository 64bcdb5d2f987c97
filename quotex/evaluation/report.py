"""The evaluation report as HTML: gold and predicted attributions side by side, errors marked.

Input: the gold documents, the predictions (``{id: [Annotation, ...]}``) and
the :class:`~quotex.evaluation.metrics.Evaluation` that
:func:`~quotex.evaluation.metrics.evaluate` made of them. Output: one
self-contained HTML page (in pieces): the corpus table, an index of the
documents with their scores, and each document paragraph by paragraph, gold
on the left and predicted on the right, each attribution's content, source
and cue highlighted as in :func:`quotex.render` and labelled with its status in
the end-to-end matching of :func:`~quotex.evaluation.metrics.score_document`:
matched (with its counterpart), missed or false alarm (with the reason:
not found / no gold, boundary, wrong source), or ignored (a prediction without
content or in a Discard region). Nothing is re-scored here.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from quotex.display.markup import Label, Mark, highlight, plain
from quotex.display.page import page_end, page_start
from quotex.evaluation.metrics import (
    Annotation,
    DocumentScore,
    ErrorCase,
    Evaluation,
    GoldDocument,
    Spans,
    normalise_spans,
)

__all__ = ["REPORT_CSS", "paragraphs", "report_html"]

#: Extra CSS of the report (the page also has :data:`quotex.display.page.CSS`).
REPORT_CSS = """
.qx .sbs{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);column-gap:1.4rem}
.qx .sbs .hd{font-weight:700;border-bottom:2px solid #999;margin-bottom:.4rem;position:sticky;top:0;
 background:#fff;z-index:1}
.qx .sbs .cell{white-space:pre-wrap;overflow-wrap:anywhere;font:1rem/1.75 Georgia,"Times New Roman",serif}
.qx .sbs .cell.p{border-left:1px solid #ddd;padding-left:1rem}
.qx .content.miss,.qx .content.fa{outline:2px dashed #d55e00;outline-offset:1px;background:#fbd3c4}
.qx .source.ws{text-decoration:underline wavy #d55e00;text-decoration-thickness:2px}
.qx .content.ign{opacity:.5;border-bottom-style:dotted}
.qx .discard{background:repeating-linear-gradient(135deg,#ddd 0 3px,#fff 3px 7px);color:#555}
.qx .lab.ok{background:#1f6f43}
.qx .lab.err{background:#b3261e}
.qx .lab.ign{background:#777}
.qx table.scores{border-collapse:collapse;font-size:.88rem}
.qx table.scores th,.qx table.scores td{padding:.15rem .5rem;border-bottom:1px solid #eee;text-align:right}
.qx table.scores td:first-child,.qx table.scores th:first-child{text-align:left;overflow-wrap:anywhere}
.qx pre.total{font-size:.8rem;overflow:auto;background:#fafafa;border:1px solid #ddd;padding:.5rem}
"""

_LEGEND = (
    '<p class="legend"><span class="content">content</span><span class="source">source</span>'
    '<span class="cue">cue</span><span class="lab ok">G1 ✓ P1</span>'
    '<span class="content miss">missed / false alarm</span>'
    '<span class="source ws">wrong source</span><span class="lab err">G2 ✗ missed: reason</span>'
    '<span class="discard">Discard region</span><span class="lab ign">P3 ignored</span>'
    "<span>Matching: end to end (content overlap ≥ half of the longer, sources overlap), "
    "as <code>quotex evaluate</code> scores it.</span></p>"
)

# the end of a paragraph: a line break, blank lines, and the spaces before the next line
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of *text*, the blank lines after it included; they tile it.

    >>> paragraphs("A b.\\n\\nC d.\\n")
    [(0, 6), (6, 11)]
    """
    rows, start = [], 0
    for match in _PARAGRAPH_END.finditer(text):
        rows.append((start, match.end()))
        start = match.end()
    if start < len(text) or not rows:
        rows.append((start, len(text)))
    return rows


@attrs.frozen
class _Item:
    """One attribution on one side, with its number, status class and label text."""

    annotation: Annotation
    number: str
    status: str
    label: str
    wrong_source: bool = False


def _key(a: Annotation) -> tuple[Spans, Spans, Spans]:
    return a.content, a.source, a.cue


def _ordered(items: Iterable[Annotation]) -> list[Annotation]:
    return sorted(items, key=lambda a: (a.content[0] if a.content else (0, 0), _key(a)))


def _sides(
    doc: GoldDocument, raw: Sequence[Annotation], result: DocumentScore
) -> tuple[list[_Item], list[_Item]]:
    """Both sides' items, numbered G1.. / P1.. in text order, with their statuses."""
    misses = [e for e in result.errors if e.side == "miss"]
    alarms = [e for e in result.errors if e.side != "miss"]
    gold = _ordered([g for g, _ in result.matches] + [e.annotation for e in misses])
    pred = _ordered([p for _, p in result.matches] + [e.annotation for e in alarms])
    g_no = {id(a): f"G{i}" for i, a in enumerate(gold, 1)}
    p_no = {id(a): f"P{i}" for i, a in enumerate(pred, 1)}
    status: dict[int, tuple[str, str, bool]] = {}
    for g, p in result.matches:
        status[id(g)] = ("ok", f"✓ {p_no[id(p)]}", False)
        status[id(p)] = ("ok", f"✓ {g_no[id(g)]}", False)
    for case, numbers in [*((e, p_no) for e in misses), *((e, g_no) for e in alarms)]:
        status[id(case.annotation)] = _error_status(case, numbers)
    gold_items = [_item(a, g_no[id(a)], status[id(a)]) for a in gold]
    pred_items = [_item(a, p_no[id(a)], status[id(a)], speaker=True) for a in pred]
    # predictions the scorer dropped: no content, or mostly in a Discard region
    kept = Counter(_key(a) for a in pred)
    ignored = []
    for a in raw:
        spans = (
            normalise_spans(a.content, doc.text),
            normalise_spans(a.source, doc.text),
            normalise_spans(a.cue, doc.text),
        )
        if kept[spans] > 0:
            kept[spans] -= 1
        else:
            ignored.append(attrs.evolve(a, content=spans[0], source=spans[1], cue=spans[2]))
    for i, a in enumerate(_ordered(ignored), len(pred) + 1):
        why = "ignored: in a Discard region" if a.content else "ignored: no content"
        pred_items.append(_item(a, f"P{i}", ("ign", why, False), speaker=True))
    return gold_items, pred_items


def _error_status(case: ErrorCase, numbers: Mapping[int, str]) -> tuple[str, str, bool]:
    what = "missed" if case.side == "miss" else "false alarm"
    other = numbers.get(id(case.counterpart)) if case.counterpart is not None else None
    near = f" (closest {other}, overlap {case.score:.2f})" if other else ""
    return (
        "miss" if case.side == "miss" else "fa",
        f"✗ {what}: {case.reason}{near}",
        case.reason == "wrong source",
    )


def _item(a: Annotation, number: str, status: tuple[str, str, bool], *, speaker: bool = False) -> _Item:
    css, text, wrong_source = status
    who = f" · {a.speaker}" if speaker and a.speaker else ""
    return _Item(a, number, css, f"{number} {text}{who}", wrong_source)


def _marks_and_labels(items: Sequence[_Item], discard: Spans) -> tuple[list[Mark], list[Label]]:
    marks = [Mark(s, e, "discard", (), "Discard region") for s, e in discard]
    labels = []
    for item in items:
        a, classes = item.annotation, (item.status, item.number)
        marks += [Mark(s, e, "content", classes, f"{item.number} content") for s, e in a.content]
        source_classes = (*classes, "ws") if item.wrong_source else classes
        marks += [Mark(s, e, "source", source_classes, f"{item.number} source") for s, e in a.source]
        marks += [Mark(s, e, "cue", classes, f"{item.number} cue") for s, e in a.cue]
        if a.content:
            css = {"ok": "ok", "ign": "ign"}.get(item.status, "err")
            labels.append(Label(a.content[-1][1], f'<span class="lab {css}">{plain(item.label)}</span>'))
    return marks, labels


def _by_row(
    rows: Sequence[tuple[int, int]], marks: Sequence[Mark], labels: Sequence[Label]
) -> Iterator[tuple[list[Mark], list[Label]]]:
    """For each row, the marks that overlap it and the labels that belong to it (the row holding
    the character before the label's offset)."""
    starts = [start for start, _ in rows]
    mark_rows: list[list[Mark]] = [[] for _ in rows]
    label_rows: list[list[Label]] = [[] for _ in rows]
    for mark in marks:
        first = max(bisect.bisect_right(starts, mark.start) - 1, 0)
        for r in range(first, len(rows)):
            if rows[r][0] >= mark.end:
                break
            mark_rows[r].append(mark)
    for label in labels:
        label_rows[max(bisect.bisect_right(starts, label.at - 1) - 1, 0)].append(label)
    return zip(mark_rows, label_rows, strict=True)


def _num(value: float, defined: bool) -> str:
    return f"{value:.3f}" if defined else "-"


def _score_cells(result: DocumentScore) -> list[str]:
    s = result.scores
    quote, speaker, e2e = s.prf("all", "quote@0.3"), s.accuracy("all", "speaker@0.3"), s.prf("all", "e2e")
    misses = sum(e.side == "miss" for e in result.errors)
    return [
        str(e2e.n_gold),
        str(e2e.n_pred),
        str(len(result.matches)),
        str(misses),
        str(len(result.errors) - misses),
        _num(quote.f1, quote.n_gold > 0 and quote.n_pred > 0),
        _num(speaker.value, speaker.n > 0),
        _num(e2e.precision, e2e.n_pred > 0),
        _num(e2e.recall, e2e.n_gold > 0),
        _num(e2e.f1, e2e.n_gold > 0 and e2e.n_pred > 0),
    ]


_SCORE_HEAD = (
    "<tr><th>document</th><th>gold</th><th>pred</th><th>matched</th><th>missed</th><th>false alarms</th>"
    "<th>quote@0.3 F1</th><th>speaker@0.3</th><th>e2e P</th><th>e2e R</th><th>e2e F1</th></tr>"
)


def document_report(
    doc: GoldDocument, predictions: Sequence[Annotation], result: DocumentScore, *, prefix: str
) -> Iterator[str]:
    """One document's section: its scores, then gold | predicted, paragraph by paragraph."""
    gold, pred = _sides(doc, predictions, result)
    discard = normalise_spans(doc.discard, doc.text)
    rows = paragraphs(doc.text)
    gold_rows = _by_row(rows, *_marks_and_labels(gold, discard))
    pred_rows = _by_row(rows, *_marks_and_labels(pred, discard))
    cells = "".join(f"<td>{c}</td>" for c in _score_cells(result))
    yield (
        f'<section class="doc ev" id="{prefix}"><h2>{plain(doc.id)}</h2>'
        f'<table class="scores">{_SCORE_HEAD}<tr><td>this document</td>{cells}</tr></table>'
        '<div class="sbs"><div class="hd">gold</div><div class="hd">predicted</div>'
    )
    for (start, end), (g_marks, g_labels), (p_marks, p_labels) in zip(
        rows, gold_rows, pred_rows, strict=True
    ):
        yield '<div class="cell g">'
        yield highlight(doc.text, g_marks, g_labels, start=start, end=end)
        yield '</div><div class="cell p">'
        yield highlight(doc.text, p_marks, p_labels, start=start, end=end)
        yield "</div>"
    yield "</div></section>\n"


def report_html(
    docs: Iterable[GoldDocument],
    predictions: Mapping[str, Sequence[Annotation]],
    result: Evaluation,
    *,
    table: str = "",
    title: str = "quotex evaluation",
) -> Iterator[str]:
    """The whole report page, in pieces.

    Args:
        docs: the gold documents (those missing from *result* are left out).
        predictions: the predictions that were scored, by document id.
        result: what :func:`~quotex.evaluation.metrics.evaluate` returned for them.
        table: the corpus table as text (``format_table(result.total)``), shown on top.
        title: the page heading.
    """
    by_id = {d.id: d for d in docs}
    yield page_start(title).replace("</style>", REPORT_CSS.lstrip() + "</style>", 1)
    yield f"<h1>{plain(title)}</h1>{_LEGEND}"
    if table:
        yield f'<pre class="total">{plain(table)}</pre>'
    yield f'<h2>{len(result.documents)} documents</h2><table class="scores">{_SCORE_HEAD}'
    for n, r in enumerate(result.documents, 1):
        cells = "".join(f"<td>{c}</td>" for c in _score_cells(r))
        yield f'<tr><td><a href="#d{n}">{plain(r.doc_id)}</a></td>{cells}</tr>\n'
    yield "</table>"
    for n, r in enumerate(result.documents, 1):
        yield from document_report(by_id[r.doc_id], predictions.get(r.doc_id, ()), r, prefix=f"d{n}")
    yield page_end()
