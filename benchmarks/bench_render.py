"""quotex HTML rendering benchmarks -> the "Rendering HTML" section of ``docs/benchmarks.md``.

    python benchmarks/bench_render.py            # about 2 minutes on 2 cores
    python benchmarks/bench_render.py --quick    # small sizes, a smoke run

* ``render``: :func:`quotex.render` on one generated text of each of
  ``--sizes`` MB (the quotes extracted beforehand, not timed): seconds (best
  and median of ``--repeat`` runs) and seconds per MB, whose flatness shows the
  cost is linear; plus one text of the first size with an escape-heavy
  alphabet (``<``, ``&``, quotes, NULs, bidi controls every few characters).
* ``report``: ``quotex render --quotes`` (the JSONL ``quotex extract`` wrote)
  and plain ``quotex render`` on ``--docs`` generated documents: wall time,
  output size and peak RSS (``os.wait4``); a flat peak RSS as the number of
  documents grows shows the page is streamed.

The section sits between ``<!-- begin: bench_render -->`` and ``<!-- end:
bench_render -->``; this script replaces it (or appends it) and
``benchmarks/bench.py`` keeps it when it rewrites the page. A script, not a
test: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import synthetic

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MB = 1_000_000
BEGIN, END = "<!-- begin: bench_render -->", "<!-- end: bench_render -->"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--sizes", default="1,2,5,10", help="MB of text for render() (default: %(default)s)")
    p.add_argument("--docs", default="500,5000", help="documents for quotex render (default: %(default)s)")
    p.add_argument("--repeat", type=int, default=5, help="timed runs of render() per size (default: 5)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--quick", action="store_true", help="--sizes 0.5,1 --docs 50,500 --repeat 2")
    p.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"), help="Markdown file to update")
    args = p.parse_args(argv)
    if args.quick:
        args.sizes, args.docs, args.repeat = "0.5,1", "50,500", 2
    return args


def _escape_heavy(text: str) -> str:
    """*text* with every seventh character replaced by one that HTML must escape or mark."""
    hostile = '<>&"\x00\u202e\r'
    chars = list(text)
    for i in range(3, len(chars), 7):
        if chars[i] not in "\n“”\"'":
            chars[i] = hostile[i % len(hostile)]
    return "".join(chars)


def time_render(label: str, text: str, repeat: int) -> dict[str, Any]:
    """Seconds of ``render(text, quotes)``, best and median of *repeat* runs (after one warm-up)."""
    import quotex  # noqa: PLC0415 - imported after the command runs, so that they start from a small process

    quotes = quotex.extract_quotes(text)
    quotex.render(text[:10_000], [q for q in quotes if q.end <= 10_000])  # warm-up
    cpu, wall, size = [], [], 0
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        page = quotex.render(text, quotes)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
        size = len(page.encode("utf-8"))
    mb = len(text.encode("utf-8")) / MB
    best = min(cpu)
    print(f"  {label}: {mb:.2f} MB, {len(quotes)} quotes, best {best:.3f} CPU s", file=sys.stderr, flush=True)
    return {
        "label": label,
        "mb": mb,
        "quotes": len(quotes),
        "best": best,
        "median": statistics.median(cpu),
        "wall": min(wall),
        "page_mb": size / MB,
    }


def run_command(cmd: list[str], out: Path) -> dict[str, Any]:
    """Wall time and peak RSS of *cmd* (stdout to *out*)."""
    with out.open("wb") as stdout:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    error = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
    return {
        "seconds": seconds,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "status": os.waitstatus_to_exitcode(status),
        "error": error.splitlines()[-1] if error else "",
    }


def time_report(n_docs: int, seed: int) -> list[dict[str, Any]]:
    """``quotex render --quotes`` and ``quotex render`` on *n_docs* generated documents."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="quotex-render-") as tmp:
        source, quotes, page = Path(tmp) / "docs.jsonl", Path(tmp) / "quotes.jsonl", Path(tmp) / "report.html"
        with source.open("w", encoding="utf-8") as f:
            for n, text in enumerate(synthetic.articles(10**12, seed=seed)):
                if n == n_docs:
                    break
                f.write(json.dumps({"id": f"doc-{n}", "text": text}, ensure_ascii=False) + "\n")
        python = sys.executable
        extract = [python, "-m", "quotex", "extract", str(source), "-o", str(quotes)]
        subprocess.run(extract, check=True, cwd=ROOT)
        commands = [
            ("`quotex render docs.jsonl --quotes quotes.jsonl`", ["--quotes", str(quotes)]),
            ("`quotex render docs.jsonl` (extracts too)", []),
        ]
        for label, extra in commands:
            cmd = [python, "-m", "quotex", "render", str(source), *extra]
            print(f"  running {shlex.join(cmd)}", file=sys.stderr, flush=True)
            result = run_command(cmd, page)
            rows.append(
                {
                    "command": label,
                    "docs": n_docs,
                    "input_mb": source.stat().st_size / MB,
                    "page_mb": page.stat().st_size / MB,
                    **result,
                }
            )
    return rows


def section(renders: list[dict[str, Any]], reports: list[dict[str, Any]], command: str) -> str:
    """The Markdown section, between its markers."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0]
    first = renders[0]["best"] / renders[0]["mb"]
    lines = [
        BEGIN,
        "## Rendering HTML",
        "",
        f"Written by `{command}` on {now} (1-minute load average {load:.1f} at the end, on "
        f"{os.cpu_count()} logical CPUs); run it again "
        "rather than editing. Input: generated articles (`benchmarks/synthetic.py`), the quotes "
        "extracted beforehand and not timed.",
        "",
        "`quotex.render(text, quotes)` on one text: CPU seconds of the process (best and median of "
        "the timed runs; CPU time, because other programs sharing the CPUs inflate wall time: "
        "*best wall s* is the best wall-clock time). Linear cost keeps s/MB flat (the s/MB ÷ first "
        "column near 1). *escape-heavy*: every seventh character of the text replaced by one of "
        '`< > & "`, NUL, U+202E or CR.',
        "",
        "| text | MB | quotes | best CPU s | median CPU s | best wall s | s/MB | s/MB ÷ first | page MB |",
        "|:---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in renders:
        per = r["best"] / r["mb"]
        lines.append(
            f"| {r['label']} | {r['mb']:.2f} | {r['quotes']:,} | {r['best']:.3f} | {r['median']:.3f} | "
            f"{r['wall']:.3f} | {per:.3f} | {per / first:.2f} | {r['page_mb']:.1f} |"
        )
    lines += [
        "",
        "`quotex render` writing one page for many documents (a JSONL file of generated articles), "
        "peak RSS from `os.wait4`. The page is written document by document: peak memory stays flat "
        "as the number of documents grows.",
        "",
        "| command | documents | input MB | page MB | seconds | peak RSS MB | status |",
        "|:---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in reports:
        status = "ok" if r["status"] == 0 else f"exit {r['status']}: {r['error']}"
        lines.append(
            f"| {r['command']} | {r['docs']:,} | {r['input_mb']:.1f} | {r['page_mb']:.1f} | "
            f"{r['seconds']:.1f} | {r['peak_rss_mb']:.0f} | {status} |"
        )
    lines.append(END)
    return "\n".join(lines) + "\n"


def update(path: Path, text: str) -> None:
    """Replace the marked section of *path* with *text*, or append it."""
    page = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if BEGIN in page and END in page:
        page = page[: page.index(BEGIN)] + text + page[page.index(END) + len(END) + 1 :]
    else:
        page = page.rstrip("\n") + "\n\n" + text
    path.write_text(page, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and update the page; 0 on success."""
    args = parse_args(argv)
    command = shlex.join(["python", "benchmarks/bench_render.py", *(sys.argv[1:] if argv is None else argv)])
    # the commands first: a child's peak RSS starts from its parent's size at the fork (Linux keeps
    # ru_maxrss across execve), so the parent must not yet hold quotex, spaCy or the long texts
    reports = [row for n in (int(x) for x in args.docs.split(",")) for row in time_report(n, args.seed)]
    renders = []
    for mb in (float(x) for x in args.sizes.split(",")):
        text = synthetic.long_text(int(mb * MB), seed=args.seed)
        renders.append(time_render("articles", text, args.repeat))
    first_mb = float(args.sizes.split(",")[0])
    heavy = _escape_heavy(synthetic.long_text(int(first_mb * MB), seed=args.seed))
    renders.append(time_render("escape-heavy", heavy, args.repeat))
    update(Path(args.output), section(renders, reports, command))
    print(f"updated {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
