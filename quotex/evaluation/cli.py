"""``quotex evaluate``: score quotex (or a prediction file) against annotated documents.

Input: the command-line options (``GOLD [--pred PRED.jsonl] [--model PATH]
[--json] [--by-document] [--errors N] [--html FILE]``). Output: a table of the
metrics of :mod:`quotex.evaluation` on stdout (or one JSON object), optionally
one row per document and the worst misses and false alarms with their
sentences, and with ``--html`` a page showing every document's gold and
predicted attributions side by side (:mod:`quotex.evaluation.report`).

``quotex/cli.py`` registers the command with :func:`add_parser`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotex.evaluation.corpus import prediction_to_json, read_gold, read_predictions
from quotex.evaluation.metrics import (
    GROUPS,
    METRICS,
    Annotation,
    ErrorCase,
    Evaluation,
    GoldDocument,
    Scores,
    Spans,
    evaluate,
)
from quotex.evaluation.report import report_html
from quotex.extract import extract_quotes
from quotex.lexicon.quote_marks import SENTENCE_END
from quotex.tokens import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["add_parser", "format_errors", "format_table", "predict", "run"]

_DESCRIPTION = """\
Score quotex against annotated documents. GOLD is a folder of brat standoff
files (NAME.txt + NAME.ann with Source, Cue and Content annotations linked by
Attribution events) or a PolNeAR-style JSONL file. Without --pred, quotex runs
on the gold texts. Metrics: docs/evaluation.md."""

#: Row labels of the table, in METRICS order.
_LABELS = {
    "content_exact": "content exact",
    "content_overlap": "content overlap",
    "source_exact": "source exact",
    "source_overlap": "source overlap",
    "cue_exact": "cue exact",
    "cue_overlap": "cue overlap",
    "quote@0.3": "quote@0.3 (GGT)",
    "quote@0.8": "quote@0.8 (GGT)",
    "speaker@0.3": "speaker acc @0.3",
    "speaker@0.8": "speaker acc @0.8",
    "content@0.5L": "content@0.5L",
    "e2e": "e2e",
}
# a sentence end: 'win." She' -> the break after the closing mark
_SENTENCE_BREAK = re.compile(SENTENCE_END + r"\s+|\n\s*")
#: At most this many characters of context on each side of an error's content.
_CONTEXT = 240
#: A sentence shown for an error is cut in the middle beyond this length.
_MAX_LINE = 600


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``evaluate`` command to *subparsers*, calling :func:`run`."""
    p = subparsers.add_parser(
        "evaluate",
        help="score quotex against annotated documents (brat or PolNeAR JSONL)",
        description=_DESCRIPTION,
    )
    p.add_argument("gold", metavar="GOLD", help="brat folder (NAME.txt + NAME.ann) or PolNeAR-style .jsonl")
    p.add_argument(
        "--pred",
        metavar="PRED.jsonl",
        help='predictions to score, one {"id": ..., "quotes": [...]} a line (default: run quotex)',
    )
    p.add_argument("--model", metavar="PATH", help="spaCy pipeline for quotex to use (without --pred)")
    p.add_argument("--save-pred", metavar="PATH", help="write the predictions quotex made as JSONL")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    p.add_argument("--by-document", action="store_true", help="add one row of scores per document")
    p.add_argument(
        "--errors", type=int, default=0, metavar="N", help="show the N worst misses and N worst false alarms"
    )
    p.add_argument(
        "--html",
        metavar="FILE",
        help="also write an HTML page: each document's gold and predicted attributions side by side, "
        "misses, false alarms and wrong sources marked, with its scores",
    )
    p.add_argument("--keep-discard", action="store_true", help="also score predictions in Discard regions")
    p.add_argument(
        "--only-predicted", action="store_true", help="score only the documents that PRED has a line for"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``quotex evaluate``; 0 on success, 2 when the input cannot be read."""
    if args.pred and (args.model or args.save_pred):
        return _fail("--model and --save-pred need quotex to run: drop --pred")
    try:
        docs = read_gold(args.gold)
        predictions = read_predictions(args.pred) if args.pred else None
        nlp = load_pipeline(args.model) if args.model else None
    except (OSError, ValueError) as err:
        return _fail(err)
    if predictions is None:
        predictions = predict(docs, nlp=nlp)
        if args.save_pred:
            _write_predictions(args.save_pred, predictions)
    try:
        result = evaluate(
            docs, predictions, keep_discard=args.keep_discard, only_predicted=args.only_predicted
        )
    except ValueError as err:  # a predicted span outside its text, an unknown document id
        return _fail(err)
    texts = {d.id: d.text for d in docs}
    if args.html:
        try:
            _write_html(args.html, docs, predictions, result)
        except OSError as err:
            return _fail(f"cannot write {args.html}: {err.strerror or err}")
    if args.json:
        print(json.dumps(_json_report(result, texts, by_document=args.by_document, errors=args.errors)))
        return 0
    print(format_table(result.total))
    if args.by_document:
        print("\n" + format_documents(result))
    if args.errors > 0:
        print("\n" + format_errors(result, texts, args.errors))
    return 0


def _fail(error: object) -> int:
    print(f"quotex evaluate: error: {error}", file=sys.stderr)
    return 2


def predict(docs: Iterable[GoldDocument], *, nlp: Language | None = None) -> dict[str, list[Annotation]]:
    """Run :func:`quotex.extract_quotes` on each document: ``{id: predictions}``."""
    return {d.id: [Annotation.from_quote(q) for q in extract_quotes(d.text, nlp=nlp)] for d in docs}


def _write_html(
    path: str, docs: list[GoldDocument], predictions: dict[str, list[Annotation]], result: Evaluation
) -> None:
    with Path(path).open("w", encoding="utf-8", newline="\n") as f:
        f.writelines(report_html(docs, predictions, result, table=format_table(result.total)))


def _write_predictions(path: str, predictions: dict[str, list[Annotation]]) -> None:
    with Path(path).open("w", encoding="utf-8") as f:
        for doc_id, annotations in predictions.items():
            f.write(json.dumps(prediction_to_json(doc_id, annotations)) + "\n")


# ---------------------------------------------------------------- tables


def _num(value: float, defined: bool) -> str:
    """``.652``, ``1.00`` or ``-`` when the denominator was 0."""
    if not defined:
        return "-"
    return "1.00" if value >= 0.9995 else f"{value:.3f}"[1:]


def _cell(scores: Scores, group: str, metric: str) -> str:
    if metric.startswith("speaker@"):
        acc = scores.accuracy(group, metric)
        return f"acc {_num(acc.value, acc.n > 0):>4}  n={acc.n}"
    prf = scores.prf(group, metric)
    p, r = _num(prf.precision, prf.n_pred > 0), _num(prf.recall, prf.n_gold > 0)
    return f"{p:>4}  {r:>4}  {_num(prf.f1, prf.n_pred > 0 and prf.n_gold > 0):>4}"


def format_table(scores: Scores) -> str:
    """The metrics table: one row per metric, P / R / F1 overall and per kind."""
    stat = scores.stats.get
    lines = [
        f"documents {stat('articles', 0)} (without a prediction line: "
        f"{stat('articles_without_prediction_line', 0)}); predictions dropped: "
        f"{stat('pred_invalid_no_content', 0)} without content, "
        f"{stat('pred_ignored_in_discard', 0)} in Discard",
        "gold        " + "  ".join(f"{g} {stat(f'gold:{g}', 0)}" for g in GROUPS),
        "predicted   "
        + "  ".join(f"{g} {stat(f'pred:{g}', 0)}" for g in GROUPS)
        + "   (kind of the paired gold, else its own)",
        "",
        f"{'metric':<18}" + "".join(f"| {g:<17}" for g in GROUPS),
        f"{'':<18}" + "| P     R     F1   " * len(GROUPS),
    ]
    lines.append("-" * len(lines[-1]))
    for metric in METRICS:
        lines.append(f"{_LABELS[metric]:<18}" + "".join(f"| {_cell(scores, g, metric):<17}" for g in GROUPS))
    return "\n".join(lines)


def format_documents(result: Evaluation) -> str:
    """One row per document: counts, quote@0.3 F1, speaker accuracy and e2e P / R / F1."""
    width = max((len(d.doc_id) for d in result.documents), default=8)
    width = min(max(width, 8), 60)
    head = f"{'document':<{width}}  gold  pred  quote@0.3 F1  speaker@0.3  e2e P     R     F1"
    lines = [head, "-" * len(head)]
    for d in result.documents:
        s = d.scores
        quote, speaker, e2e = s.prf("all", "quote@0.3"), s.accuracy("all", "speaker@0.3"), s.prf("all", "e2e")
        quote_f1 = _num(quote.f1, quote.n_gold > 0 and quote.n_pred > 0)
        lines.append(
            f"{d.doc_id[:width]:<{width}}  {e2e.n_gold:>4}  {e2e.n_pred:>4}  {quote_f1:>12}  "
            f"{_num(speaker.value, speaker.n > 0):>11}  {_cell(s, 'all', 'e2e'):>17}"
        )
    return "\n".join(lines)


def _sentence(text: str, spans: Spans) -> tuple[int, int]:
    """The sentences around *spans*: from the sentence break before them to the one after."""
    start, end = spans[0][0], spans[-1][1]
    lo = max(0, start - _CONTEXT)
    before = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    after = _SENTENCE_BREAK.search(text, max(start, end - 1), min(len(text), end + _CONTEXT))
    return (before[-1] if before else lo), (after.start() + 1 if after else min(len(text), end + _CONTEXT))


def _marked(text: str, spans: Spans) -> str:
    """The sentence around *spans*, the spans in ⟦ ⟧, on one line."""
    lo, hi = _sentence(text, spans)
    pieces, at = [], lo
    for start, end in spans:
        pieces += [text[at:start], "⟦", text[start:end], "⟧"]
        at = end
    pieces.append(text[at:hi])
    line = " ".join("".join(pieces).split())
    if len(line) > _MAX_LINE:
        line = f"{line[: _MAX_LINE // 2]} … {line[-_MAX_LINE // 2 :]}"
    return ("…" if lo > 0 and not text[lo - 1].isspace() else "") + line


def _spans_text(text: str, spans: Spans) -> str:
    return " … ".join(text[s:e] for s, e in spans) or "(none)"


def _error_lines(case: ErrorCase, text: str) -> list[str]:
    a, other = case.annotation, case.counterpart
    head = "gold" if case.side == "miss" else "predicted"
    there = "predicted" if case.side == "miss" else "gold"
    lines = [
        f"{case.side.upper()} ({case.reason}, {a.kind}) in {case.doc_id} at {a.content[0][0]}",
        f"  {_marked(text, a.content)}",
        f"  {head} source: {_spans_text(text, a.source)} | cue: {_spans_text(text, a.cue)}",
    ]
    if other is not None:
        lines.append(
            f"  closest {there}: {_spans_text(text, other.content)[:80]!r} (overlap {case.score:.2f}), "
            f"source: {_spans_text(text, other.source)}"
        )
    return lines


def format_errors(result: Evaluation, texts: dict[str, str], n: int) -> str:
    """The *n* worst misses and *n* worst false alarms (end to end), each with its sentence."""
    out: list[str] = []
    for side, title in (("miss", "misses"), ("false alarm", "false alarms")):
        cases = result.worst(side, n)
        out.append(f"== {len(cases)} worst {title} (content in ⟦ ⟧)" if cases else f"== no {title}")
        for case in cases:
            out += _error_lines(case, texts[case.doc_id])
        out.append("")
    return "\n".join(out).rstrip()


# ---------------------------------------------------------------- JSON


def _error_json(case: ErrorCase, text: str) -> dict[str, Any]:
    a, other = case.annotation, case.counterpart

    def spans(x: Spans) -> list[list[int]]:
        return [list(s) for s in x]

    return {
        "document": case.doc_id,
        "reason": case.reason,
        "kind": str(a.kind),
        "content": spans(a.content),
        "source": spans(a.source),
        "cue": spans(a.cue),
        "content_text": _spans_text(text, a.content),
        "source_text": _spans_text(text, a.source),
        "sentence": _marked(text, a.content),
        "counterpart": None
        if other is None
        else {"content": spans(other.content), "source": spans(other.source)},
        "score": case.score,
    }


def _json_report(
    result: Evaluation, texts: dict[str, str], *, by_document: bool, errors: int
) -> dict[str, Any]:
    report = result.total.to_dict()
    if by_document:
        report["documents"] = [{"id": d.doc_id, **d.scores.to_dict()} for d in result.documents]
    if errors > 0:
        report["errors"] = {
            key: [_error_json(c, texts[c.doc_id]) for c in result.worst(side, errors)]
            for side, key in (("miss", "misses"), ("false alarm", "false_alarms"))
        }
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotex.evaluation.cli GOLD ...``: the command without the ``quotex`` front end."""
    parser = argparse.ArgumentParser(prog="quotex")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["evaluate", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
