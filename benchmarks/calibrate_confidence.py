"""Measure each attribution rule's precision, per quote kind and per speaker-resolution
path, on an annotated corpus; write it into ``quotex/confidence.py`` (the tables between
the GENERATED markers) and ``docs/confidence.md``.

    python benchmarks/calibrate_confidence.py ../shared/polnear/train.jsonl [--write]
        [--reliability ../shared/polnear/dev.jsonl]

A prediction counts as right when some gold attribution's content overlaps it
by at least half of the longer of the two (non-space characters) and its
source overlaps the gold source by a character, or both have none: the
end-to-end criterion of ``quotex evaluate``. A (rule, kind, resolution) cell is
smoothed towards its (rule, kind) precision with the weight of PRIOR_WEIGHT
predictions, so a rare path does not get 0 or 1 from a handful of cases.
``--reliability`` scores a second corpus by confidence band: how many quotes, how
many right end to end, and among those whose content matches a gold quote, how many
have the right speaker (source overlap, the scorer's speaker@0.3 notion).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator

import quotex

ROOT = pathlib.Path(__file__).resolve().parent.parent
#: A path cell counts as this many predictions at the rule's own precision.
PRIOR_WEIGHT = 10
#: Path cells with fewer predictions than this are left out (the rule's value is used).
MIN_PATH_COUNT = 5
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95)

Gold = list[tuple[set[int], set[int]]]


def _chars(spans: list[tuple[int, int]], text: str) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def _judge(q: quotex.Quote, gold: Gold, text: str) -> tuple[bool, bool | None]:
    """(right end to end, right speaker among content matches or None when no gold content matches)."""
    content = _chars([(p.start, p.end) for p in q.parts], text)
    source = _chars([(q.source.start, q.source.end)], text) if q.source else set()
    e2e = False
    speaker: bool | None = None
    for g_content, g_source in gold:
        overlap = len(g_content & content)
        if not overlap:
            continue
        source_ok = bool(source & g_source) or (not source and not g_source)
        if overlap / max(len(g_content), len(content)) >= 0.5 and source_ok:
            e2e = True
        if overlap / len(g_content) > 0.3:
            speaker = source_ok if speaker is None else speaker or source_ok
    return e2e, speaker


def _documents(path: pathlib.Path) -> Iterator[tuple[str, Gold]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            gold = [
                (
                    _chars([tuple(x) for x in a["content"]], text),
                    _chars([tuple(x) for x in a["source"]], text),
                )
                for a in doc["attributions"]
            ]
            yield text, gold


def measure(
    path: pathlib.Path,
) -> tuple[dict[tuple[str, str], tuple[int, int]], dict[tuple[str, str, str], tuple[int, int]]]:
    """(rule, kind) -> (right, predicted) and (rule, kind, resolution) -> (right, predicted)."""
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    p_right: Counter[tuple[str, str, str]] = Counter()
    p_total: Counter[tuple[str, str, str]] = Counter()
    for text, gold in _documents(path):
        for q in quotex.extract_quotes(text):
            key = (q.rule, q.kind.value)
            ok, _ = _judge(q, gold, text)
            total[key] += 1
            right[key] += ok
            pkey = (*key, q.resolution or "")
            p_total[pkey] += 1
            p_right[pkey] += ok
    rules = {k: (right[k], total[k]) for k in sorted(total)}
    paths = {k: (p_right[k], p_total[k]) for k in sorted(p_total)}
    return rules, paths


def smoothed(
    rules: dict[tuple[str, str], tuple[int, int]], paths: dict[tuple[str, str, str], tuple[int, int]]
) -> dict[tuple[str, str, str], float]:
    """The path cells with enough predictions, smoothed towards their rule's precision."""
    out: dict[tuple[str, str, str], float] = {}
    for (rule, kind, res), (r, n) in paths.items():
        if n < MIN_PATH_COUNT:
            continue
        rr, rn = rules[(rule, kind)]
        out[(rule, kind, res)] = (r + PRIOR_WEIGHT * rr / rn) / (n + PRIOR_WEIGHT)
    return out


def reliability(path: pathlib.Path) -> list[tuple[float, int, int, int, int]]:
    """Per confidence band (lower bound): quotes, right end to end, content-matched, right speaker."""
    rows = {b: [0, 0, 0, 0] for b in BANDS}
    for text, gold in _documents(path):
        for q in quotex.extract_quotes(text):
            band = max(b for b in BANDS if q.confidence >= b)
            ok, speaker = _judge(q, gold, text)
            row = rows[band]
            row[0] += 1
            row[1] += ok
            if speaker is not None:
                row[2] += 1
                row[3] += speaker
    return [(b, *rows[b]) for b in BANDS]  # type: ignore[misc]


def _python_rules(table: dict[tuple[str, str], tuple[int, int]]) -> str:
    rows = [f"    ({rule!r}, {kind!r}): {r / n:.3f},  # {r}/{n}" for (rule, kind), (r, n) in table.items()]
    return "\n".join(rows).replace("'", '"')


def _python_paths(
    values: dict[tuple[str, str, str], float], paths: dict[tuple[str, str, str], tuple[int, int]]
) -> str:
    rows = []
    for key, v in values.items():
        r, n = paths[key]
        rows.append(f"    {key!r}: {v:.3f},  # {r}/{n}".replace("'", '"'))
    return "\n".join(rows)


def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def _markdown(
    rules: dict[tuple[str, str], tuple[int, int]],
    *,
    paths: dict[tuple[str, str, str], tuple[int, int]],
    values: dict[tuple[str, str, str], float],
    corpus: str,
    bands: list[tuple[float, int, int, int, int]] | None,
    dev: str,
) -> str:
    lines = [
        "# Confidence",
        "",
        "`Quote.confidence` is the precision measured for the rule that produced the quote, for that",
        "kind of quote and the way its speaker was resolved (`Quote.resolution`: a name, an apposition, a",
        "pronoun in the same sentence, paragraph or further back, a nominal, a document, a description or a",
        f"carry-over), on `{corpus}` by `benchmarks/calibrate_confidence.py` (end-to-end criterion: content",
        "overlap of at least half the longer span and an overlapping source). A (rule, kind, resolution)",
        f"cell with fewer than {MIN_PATH_COUNT} predictions uses the (rule, kind) value; the others are",
        f"smoothed towards it with the weight of {PRIOR_WEIGHT} predictions. When a rule found a source but",
        "no speaker could be resolved, the confidence is halved. A rule and kind the corpus never produced",
        "(for example `dash_credit`) gets `DEFAULT_CONFIDENCE`, 0.5, unless `UNCALIBRATED_PRECISION` sets it",
        "by hand: `narrative_beat` (a sentence of narrative beside the quotation, no cue; two",
        "quotes on train) gets `BEAT_PRECISION`, 0.6, below every cue rule: a beat is weaker",
        "evidence than a cue verb.",
        "",
        "What the corpus can and cannot tell: PolNeAR marks the source *span*, not who it refers to, so a",
        "pronoun counts as right when quotex points at the same pronoun, whoever it resolves it to. The",
        "resolution path still separates the cases by how hard they are; the correctness of the resolved",
        "name is pinned by the golden fixtures and tests (`tests/test_resolution.py`).",
        "",
    ]
    if bands is not None:
        lines += [
            f"## Reliability on `{dev}`",
            "",
            "Quotes by confidence band. *right e2e*: the end-to-end criterion above. *speaker right*: among",
            "the quotes whose content matches a gold quote (more than 30% of the gold content), those whose",
            "source overlaps the gold source (or both have none), the scorer's speaker@0.3 notion.",
            "",
            "| confidence | quotes | right e2e | precision | matched | speaker right | speaker acc. |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        uppers = [*BANDS[1:], 1.0]
        for (b, n, ok, m, sp), hi in zip(bands, uppers, strict=True):
            label = f"[{b:.2f}, {hi:.2f})" if hi < 1.0 else f"[{b:.2f}, 1.00]"
            lines.append(f"| {label} | {n} | {ok} | {_pct(ok, n)} | {m} | {sp} | {_pct(sp, m)} |")
        hi_rows = [row for row in bands if row[0] >= 0.9]
        n = sum(r[1] for r in hi_rows)
        ok = sum(r[2] for r in hi_rows)
        m = sum(r[3] for r in hi_rows)
        sp = sum(r[4] for r in hi_rows)
        lines += [
            f"| **>= 0.90** | {n} | {ok} | {_pct(ok, n)} | {m} | {sp} | {_pct(sp, m)} |",
            "",
            "The promise a fact-checker can lean on (issue 11): among the quotes with a confidence of at",
            "least 0.90 whose content matches a gold quote, at least 97% have the right speaker; here",
            f"{sp} of {m} ({_pct(sp, m)}).",
            "",
        ]
    lines += [
        "## Per rule and kind",
        "",
        "| rule | kind | right | predicted | precision |",
        "|---|---|---:|---:|---:|",
    ]
    lines += [f"| `{rule}` | {kind} | {r} | {n} | {r / n:.3f} |" for (rule, kind), (r, n) in rules.items()]
    lines += [
        "",
        "## Per rule, kind and resolution",
        "",
        "| rule | kind | resolution | right | predicted | precision | confidence |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for (rule, kind, res), (r, n) in paths.items():
        v = values.get((rule, kind, res))
        shown = f"{v:.3f}" if v is not None else "(rule)"
        lines.append(f"| `{rule}` | {kind} | {res or '-'} | {r} | {n} | {r / n:.3f} | {shown} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=pathlib.Path)
    ap.add_argument("--write", action="store_true", help="update quotex/confidence.py and docs/confidence.md")
    ap.add_argument("--reliability", type=pathlib.Path, help="a second corpus to score by confidence band")
    ap.add_argument("--bands-only", action="store_true", help="print the reliability bands of GOLD as JSON")
    args = ap.parse_args()
    if args.bands_only:
        print(json.dumps(reliability(args.gold)))
        return 0
    rules, paths = measure(args.gold)
    values = smoothed(rules, paths)
    for (rule, kind, res), (r, n) in paths.items():
        v = values.get((rule, kind, res))
        shown = "" if v is None else f"{v:.3f}"
        print(f"{rule:22} {kind:9} {res or '-':18} {r:6} / {n:6}  {r / n:.3f}  {shown}")
    if args.write:
        target = ROOT / "quotex" / "confidence.py"
        src = target.read_text(encoding="utf-8")
        src = re.sub(
            r"(    # BEGIN GENERATED\n).*?(    # END GENERATED\n)",
            lambda m: m.group(1) + _python_rules(rules) + "\n" + m.group(2),
            src,
            flags=re.S,
        )
        src = re.sub(
            r"(    # BEGIN GENERATED PATHS\n).*?(    # END GENERATED PATHS)",
            lambda m: m.group(1) + _python_paths(values, paths) + "\n" + m.group(2),
            src,
            flags=re.S,
        )
        target.write_text(src, encoding="utf-8")
    bands = None
    if args.reliability:
        # a fresh process, so that the bands use the table just written
        run = [sys.executable, __file__, str(args.reliability), "--bands-only"]
        out = subprocess.run(run, check=True, capture_output=True, text=True).stdout
        bands = [tuple(row) for row in json.loads(out)]
        for b, n, ok, m, sp in bands:
            print(f">= {b:.2f}: {n:5} quotes, {_pct(ok, n)} right e2e, speaker {sp}/{m} {_pct(sp, m)}")
    if args.write:
        (ROOT / "docs" / "confidence.md").write_text(
            _markdown(
                rules,
                paths=paths,
                values=values,
                corpus=args.gold.name,
                bands=bands,
                dev=args.reliability.name if args.reliability else "",
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
