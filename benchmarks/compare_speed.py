"""Per-stage CPU time of this tree against an earlier revision, on the same texts.

    python benchmarks/compare_speed.py --base 1b9dfa7
    python benchmarks/compare_speed.py --base main --corpus texts.jsonl --processes 6 --rounds 5
    python benchmarks/compare_speed.py --base 1b9dfa7 --write   # ... and put it in docs/benchmarks.md

``--base REV`` is exported with ``git archive`` into a temporary folder; the
working tree is the other side (``--new DIR`` names another checkout). Both
run the default pipeline (spaCy's blank tokenizer, no model) over the same
texts: ``--corpus`` is a JSONL file with a ``"text"`` field per line (default:
the repository's own fixture texts, see ``benchmarks/snapshot.py``).

Each measurement is a fresh process that imports one tree's ``quotex``, runs
one sentence (loading the tokenizer), the texts once to warm up, then
``--rounds`` times, timing every stage of
``quotex.extract.extract_quotes_from_tokens`` with ``time.process_time``
(CPU seconds, summed over the texts); it reports each stage's best round, and
the total of the warm-up round (the *first round*: every word is new to
spaCy's tokenizer and vocabulary, as in a stream of new articles). The
processes alternate base, new, base, new... (``--processes`` of each), so a
busy machine slows both alike. The table shows each stage's best over all
processes, the ratio new/base, and the spread of the per-process totals.
This is a script, not a test: nothing is asserted. ``--write`` records the
table in ``docs/benchmarks.md`` between two HTML comments, so ``bench.py``
(which writes the rest of the page) keeps it.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import shlex
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from sections import replace_section

ROOT = Path(__file__).resolve().parents[1]
BEGIN = "<!-- begin: compare_speed -->"
END = "<!-- end: compare_speed -->"
STAGES = ("tokenize", "spans", "sentences", "mentions", "attribute", "records")

#: Run in a fresh process: ``python -c WORKER TREE CORPUS ROUNDS``; prints one JSON line.
WORKER = r"""
import inspect, json, sys, time
sys.path.insert(0, sys.argv[1])
from quotex import extract as E, speakers as S, tokens as T
from quotex.lexicon import DEFAULT_LEXICON as L
assert E.__file__.startswith(sys.argv[1]), E.__file__
with open(sys.argv[2], encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f if line.strip()]
texts = [t for t in texts if t]
rounds = int(sys.argv[3])
with_sentences = "sentences" in inspect.signature(S.build_records).parameters
clock = time.process_time
names = ("tokenize", "spans", "sentences", "mentions", "attribute", "records")
best = dict.fromkeys(names, float("inf"))
E.extract_quotes('"Warm up," she said.')  # loads the tokenizer: set-up, not the first round
for r in range(rounds + 1):
    total = dict.fromkeys(names, 0.0)
    for text in texts:
        c0 = clock()
        tokens = T.tokenize(text)
        c1 = clock()
        spans = E.find_quote_spans(T.analysis_text(tokens.text), lexicon=L)
        c2 = clock()
        sentences = E.split_sentences(tokens, spans, cue_words=L.verb_forms)
        c3 = clock()
        mentions = E.find_mentions(tokens, sentences, lexicon=L)
        c4 = clock()
        attributions = E.attribute(tokens, spans, sentences, lexicon=L)
        c5 = clock()
        if with_sentences:
            S.build_records(tokens, attributions, mentions, lexicon=L, sentences=sentences)
        else:
            S.build_records(tokens, attributions, mentions, lexicon=L)
        c6 = clock()
        for name, took in zip(names, (c1 - c0, c2 - c1, c3 - c2, c4 - c3, c5 - c4, c6 - c5)):
            total[name] += took
    if r:  # round 0 warms up
        for name in names:
            best[name] = min(best[name], total[name])
    else:
        first = sum(total.values())
print(json.dumps({**best, "first": first}))
"""


def _repo_corpus(path: Path) -> None:
    """Write the repository's fixture texts (as ``benchmarks/snapshot.py`` lists them) to *path*."""
    spec = importlib.util.spec_from_file_location("snapshot", ROOT / "benchmarks" / "snapshot.py")
    assert spec is not None and spec.loader is not None
    snapshot = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(snapshot)
    with path.open("w", encoding="utf-8") as out:
        for _, text in snapshot.repo_texts():
            out.write(json.dumps({"text": text}) + "\n")


def _export(rev: str, into: Path) -> Path:
    """``git archive REV quotex`` unpacked into *into*; returns *into*."""
    archive = into / "base.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), rev, "quotex"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into


def _measure(tree: Path, corpus: Path, rounds: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", WORKER, str(tree), str(corpus), str(rounds)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _first_round(base: list[dict[str, float]], new: list[dict[str, float]], base_name: str) -> str:
    """The line on the first round (every word new to the tokenizer): best over the processes."""
    b = min(run["first"] for run in base)
    n = min(run["first"] for run in new)
    return (
        f"First round (the warm-up round: every word new to spaCy's tokenizer and vocabulary, as "
        f"in a stream of new articles), total of the best process: {base_name} {b:.3f} s, "
        f"this tree {n:.3f} s (ratio {n / b:.2f})."
    )


def _table(base: list[dict[str, float]], new: list[dict[str, float]], base_name: str) -> str:
    """The Markdown table: best per stage over the processes, ratio, and the totals' spread."""
    lines = [
        f"| stage | {base_name} (s) | this tree (s) | new / base |",
        "|---|---:|---:|---:|",
    ]
    for name in STAGES:
        b = min(run[name] for run in base)
        n = min(run[name] for run in new)
        lines.append(f"| {name} | {b:.3f} | {n:.3f} | {n / b:.2f} |")
    base_totals = sorted(sum(run[name] for name in STAGES) for run in base)
    new_totals = sorted(sum(run[name] for name in STAGES) for run in new)
    b_best = sum(min(run[name] for run in base) for name in STAGES)
    n_best = sum(min(run[name] for run in new) for name in STAGES)
    lines.append(f"| **total** | **{b_best:.3f}** | **{n_best:.3f}** | **{n_best / b_best:.2f}** |")
    lines.append("")
    lines.append(
        f"Totals per process: {base_name} {base_totals[0]:.3f}-{base_totals[-1]:.3f} s, "
        f"this tree {new_totals[0]:.3f}-{new_totals[-1]:.3f} s "
        f"(best-process ratio {new_totals[0] / base_totals[0]:.2f})."
    )
    return "\n".join(lines)


def section(table: str, command: str, load: str) -> str:
    """The docs/benchmarks.md section for *table*, made by *command*."""
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return "\n".join(
        [
            BEGIN,
            "## Speed per stage against an earlier revision",
            "",
            f"Written by `{command}` on {when}; load average (1 min) at start, at end: {load}. "
            "CPU seconds (`time.process_time`) of each stage of the default pipeline (spaCy's blank "
            "tokenizer, no model), summed over the texts: the best of the timed rounds in fresh "
            "processes that alternate between the two trees. `tokenize` is mostly spaCy's own "
            "tokenizer. The machine is shared: compare the two columns, not runs on different days.",
            "",
            table,
            "",
            END,
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the git revision to compare with (e.g. 1b9dfa7, main)")
    ap.add_argument("--new", type=Path, default=ROOT, help="the tree to measure (default: this checkout)")
    ap.add_argument("--corpus", type=Path, help="a JSONL file with a 'text' field (default: fixture texts)")
    ap.add_argument("--processes", type=int, default=4, help="fresh processes per side, alternating")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds per process (best one counts)")
    ap.add_argument("--write", action="store_true", help="record the table in docs/benchmarks.md")
    args = ap.parse_args(argv)
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="quotex-speed-") as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "fixtures.jsonl"
            _repo_corpus(corpus)
        base_tree = _export(args.base, Path(tmp))
        base: list[dict[str, Any]] = []
        new: list[dict[str, Any]] = []
        for k in range(args.processes):
            base.append(_measure(base_tree, corpus, args.rounds))
            new.append(_measure(args.new.resolve(), corpus, args.rounds))
            print(
                f"process pair {k + 1}/{args.processes}: base {sum(base[-1][n] for n in STAGES):.3f} s, "
                f"new {sum(new[-1][n] for n in STAGES):.3f} s",
                file=sys.stderr,
            )
    corpus_name = args.corpus.name if args.corpus else "the fixture texts"
    table = "\n".join(
        [
            f"Corpus: {corpus_name}; best of {args.rounds} rounds x {args.processes} processes per side.",
            "",
            _table(base, new, args.base),
            "",
            _first_round(base, new, args.base),
        ]
    )
    print(table)
    if args.write:
        given = sys.argv[1:] if argv is None else argv
        command = shlex.join(["python", "benchmarks/compare_speed.py", *given])
        load = f"{load_start:.1f} / {os.getloadavg()[0]:.1f}"
        replace_section(ROOT / "docs" / "benchmarks.md", BEGIN, END, section(table, command, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
