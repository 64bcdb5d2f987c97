"""Print quotex's end-to-end errors on an annotated corpus, each with its context, for error analysis.

    python benchmarks/errors.py GOLD [--kind direct] [--what speaker|content|missed|spurious]
        [--rule NAME] [--limit N] [--sample N] [--pred PRED.jsonl | --save-pred PRED.jsonl]

GOLD is a PolNeAR-style JSONL file or a brat folder (as for ``quotex evaluate``). quotex runs on
every text (or ``--pred`` reads saved predictions, written by an earlier ``--save-pred``), the
texts are scored with the e2e rule of ``quotex evaluate`` (content covering half of the longer
span, and a source overlapping the gold one), and every error is printed:

* ``speaker``: the content matches, the source does not (gold and predicted source shown);
* ``content``: a quote is found but its extent is off by more than half (both extents shown);
* ``missed``: no prediction covers 30% of a gold attribution;
* ``spurious``: a prediction covers no gold attribution that well.

A summary table first counts the errors by what went wrong, kind and the rule that fired.
The output quotes the corpus: read it in the terminal, never commit it.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from quotex import Quote, extract_quotes
from quotex.evaluation.corpus import prediction_to_json, read_gold, read_predictions
from quotex.evaluation.metrics import Annotation, ErrorCase, GoldDocument, evaluate

#: ``--what`` -> (side, reason) of :class:`ErrorCase`.
WHAT = {
    "speaker": ("miss", "wrong source"),
    "content": ("miss", "boundary"),
    "missed": ("miss", "not found"),
    "spurious": ("false alarm", "no gold"),
}
#: Characters of context shown on each side of the spans of an error.
CONTEXT = 160


def run_quotex(docs: Iterable[GoldDocument]) -> dict[str, list[Quote]]:
    """Each document's quotes: ``{id: quotes}``."""
    return {d.id: extract_quotes(d.text) for d in docs}


def _quote_at(quotes: Sequence[Quote], annotation: Annotation | None) -> Quote | None:
    """The quote whose content holds the first character of *annotation*'s content."""
    if annotation is None or not annotation.content:
        return None
    at = annotation.content[0][0]
    return next((q for q in quotes if q.start <= at < q.end), None)


def _window(text: str, marks: Sequence[tuple[int, int, str, str]]) -> str:
    """The text around *marks* (start, end, open, close), each span wrapped in its brackets, on one line."""
    lo = max(0, min(s for s, _, _, _ in marks) - CONTEXT)
    hi = min(len(text), max(e for _, e, _, _ in marks) + CONTEXT)
    inserts: list[tuple[int, int, str]] = []
    for s, e, opening, closing in marks:
        inserts += [(s, 1, opening), (e, 0, closing)]
    pieces, at = [], lo
    for pos, _, mark in sorted(inserts):
        pieces += [text[at:pos], mark]
        at = pos
    pieces.append(text[at:hi])
    joined = "".join(pieces).replace("\n", " ¶ ")
    return ("…" if lo else "") + " ".join(joined.split()) + ("…" if hi < len(text) else "")


def _spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " … ".join(text[s:e] for s, e in spans) or "-"


def _gold_pred(case: ErrorCase) -> tuple[Annotation | None, Annotation | None]:
    if case.side == "miss":
        return case.annotation, case.counterpart
    return case.counterpart, case.annotation


def describe(case: ErrorCase, text: str, quote: Quote | None) -> list[str]:
    """Lines for one error: the window (gold content ⟦ ⟧, predicted content ⟨ ⟩, gold source {{ }},
    predicted source [[ ]]), then gold and predicted source, speaker and rule."""
    gold, pred = _gold_pred(case)
    marks: list[tuple[int, int, str, str]] = []
    for ann, content, source in ((gold, ("⟦", "⟧"), ("{{", "}}")), (pred, ("⟨", "⟩"), ("[[", "]]"))):
        if ann is not None:
            marks += [(s, e, *content) for s, e in ann.content]
            marks += [(s, e, *source) for s, e in ann.source]
    rule = f"{quote.rule}/{quote.resolution}" if quote is not None else "-"
    speaker = quote.speaker.name if quote is not None and quote.speaker else None
    title = quote.speaker.title if quote is not None and quote.speaker else None
    where = f"{case.doc_id}@{case.annotation.content[0][0]}"
    lines = [f"--- {case.side}: {case.reason} ({case.annotation.kind}) {where}"]
    lines.append("  " + _window(text, marks))
    if gold is not None:
        lines.append(f"  gold source: {_spans(text, gold.source)!r}  cue: {_spans(text, gold.cue)!r}")
    if pred is not None:
        lines.append(
            f"  pred source: {_spans(text, pred.source)!r}  cue: {_spans(text, pred.cue)!r}  "
            f"speaker: {speaker!r} title: {title!r}  rule: {rule}  overlap {case.score:.2f}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; 0 on success."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="PolNeAR-style .jsonl or brat folder")
    ap.add_argument("--kind", choices=("direct", "mixed", "indirect"), action="append")
    ap.add_argument("--what", choices=tuple(WHAT), action="append")
    ap.add_argument("--rule", action="append", help="only predictions made by this rule (prefix)")
    ap.add_argument("--limit", type=int, default=0, help="print at most N errors (0: all)")
    ap.add_argument("--sample", type=int, default=0, help="print N errors drawn at random (seed 0)")
    ap.add_argument("--pred", help="read predictions from this JSONL instead of running quotex")
    ap.add_argument("--save-pred", help="write quotex's predictions here, for --pred next time")
    ap.add_argument("--summary", action="store_true", help="print only the summary table")
    args = ap.parse_args(argv)

    docs = read_gold(args.gold)
    texts = {d.id: d.text for d in docs}
    quotes: dict[str, list[Quote]] = {}
    if args.pred:
        predictions = read_predictions(args.pred)
        quotes = run_quotex(docs) if args.rule else {}
    else:
        quotes = run_quotex(docs)
        predictions = {k: [Annotation.from_quote(q) for q in v] for k, v in quotes.items()}
        if args.save_pred:
            with Path(args.save_pred).open("w", encoding="utf-8") as f:
                for doc_id, annotations in predictions.items():
                    f.write(json.dumps(prediction_to_json(doc_id, annotations)) + "\n")
    result = evaluate(docs, predictions)

    wanted = {WHAT[w] for w in args.what or WHAT}
    cases: list[tuple[ErrorCase, Quote | None]] = []
    for doc in result.documents:
        for case in doc.errors:
            if (case.side, case.reason) not in wanted:
                continue
            if args.kind and str(case.annotation.kind) not in args.kind:
                continue
            _, pred = _gold_pred(case)
            quote = _quote_at(quotes.get(case.doc_id, ()), pred)
            if args.rule and (quote is None or not any(quote.rule.startswith(r) for r in args.rule)):
                continue
            cases.append((case, quote))

    counts = Counter(
        (case.side, case.reason, str(case.annotation.kind), quote.rule if quote else "-")
        for case, quote in cases
    )
    print(f"{len(cases)} errors")
    for (side, reason, kind, rule), n in counts.most_common(40):
        print(f"{n:6d}  {side:11s} {reason:12s} {kind:8s} {rule}")
    if args.summary:
        return 0
    if args.sample:
        cases = random.Random(0).sample(cases, min(args.sample, len(cases)))
    elif args.limit:
        cases = cases[: args.limit]
    for case, quote in cases:
        print("\n".join(describe(case, texts[case.doc_id], quote)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
