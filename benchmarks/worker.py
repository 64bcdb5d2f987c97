"""One benchmark measurement in a fresh process: a JSON spec -> a JSON result on stdout.

Run by ``bench.py`` as ``python benchmarks/worker.py '<spec>'``, so that every
measurement starts with an empty heap and its own peak-memory counter.

Spec fields: ``task`` (``"corpus"``: generated articles; ``"text"``: one long
text; ``"pathological"``: one paragraph with unclosed quote marks; ``"info"``:
versions only), ``size`` (bytes), ``seed``, ``marks`` (pathological only),
``api`` (``"extract"``: :func:`quotex.extract_quotes` per text; ``"batch"``:
:func:`quotex.batch.extract_quotes_batch`), ``processes``, ``model`` (a spaCy
pipeline path or null).

Result: ``documents``, ``bytes``, ``quotes``, ``seconds`` (the extraction
only: input generation, model loading and a warm-up call come first),
``rss_before_mb`` (after those), ``peak_rss_mb`` (this process, during the
extraction when the kernel lets the peak be reset, else over its whole life),
``children_peak_rss_mb`` (the largest worker process; with several processes
the time includes starting them).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from typing import Any

import spacy
import synthetic

import quotex
from quotex import extract_quotes
from quotex.batch import extract_quotes_batch

WARM_UP = '"Warm up," said Dana Whitfield, the mayor.'


def _status_mb(field: str) -> float:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status, in MB (0 where there is none)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _reset_peak() -> bool:
    """Reset this process's peak RSS to its current RSS (Linux >= 4.0); False when not allowed."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        return False
    return True


def _texts(spec: dict[str, Any]) -> list[str]:
    size, seed = int(spec["size"]), int(spec.get("seed", 0))
    if spec["task"] == "corpus":
        return list(synthetic.articles(size, seed=seed))
    if spec["task"] == "text":
        return [synthetic.long_text(size, seed=seed)]
    if spec["task"] == "pathological":
        return [synthetic.pathological_text(size, marks=int(spec["marks"]), seed=seed)]
    raise ValueError(f"unknown task {spec['task']!r}")


def _extract(texts: list[str], spec: dict[str, Any], nlp: Any) -> int:
    """Run the spec's API over *texts*; the number of quotes found."""
    if spec.get("api", "extract") == "extract":
        return sum(len(extract_quotes(t, nlp=nlp)) for t in texts)
    quotes = extract_quotes_batch(texts, nlp=nlp, n_process=int(spec.get("processes", 1)))
    return sum(len(q) for q in quotes)


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement; see the module docstring."""
    if spec["task"] == "info":
        return {"quotex": quotex.__version__, "spacy": spacy.about.__version__}
    nlp = spacy.load(spec["model"]) if spec.get("model") else None
    texts = _texts(spec)
    extract_quotes(WARM_UP, nlp=nlp)
    rss_before = _status_mb("VmRSS")
    reset = _reset_peak()
    start = time.perf_counter()
    quotes = _extract(texts, spec, nlp)
    seconds = time.perf_counter() - start
    peak = _status_mb("VmHWM") if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "documents": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "quotes": quotes,
        "seconds": seconds,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak,
        "peak_reset": reset,
        "children_peak_rss_mb": children,
    }


if __name__ == "__main__":
    print(json.dumps(measure(json.loads(sys.argv[1]))))
