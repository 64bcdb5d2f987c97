"""Memory of one long document (issue 12): the live Python objects at ``extract_quotes``'s peak.

Measured with ``tracemalloc`` (deterministic for a given input, unlike RSS), on 1 MB of the
generated articles that ``benchmarks/memory.py`` measures at 5-20 MB. Before the stages let their
intermediates go (the records were made with every intermediate alive) the peak was 26.4 bytes per
input byte; it is about 16 now; the process's RSS above its start is about 1.1 times this (see
docs/pipeline.md, "Memory").
"""

from __future__ import annotations

import gc
import importlib.util
import tracemalloc
from pathlib import Path
from types import ModuleType

import pytest

from quotex import extract_quotes

SYNTHETIC = Path(__file__).parents[1] / "benchmarks" / "synthetic.py"
#: The budget of live Python objects at the peak, in bytes per input byte.
PEAK_BYTES_PER_BYTE = 20


def _synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_peak_of_one_long_document_stays_within_budget() -> None:
    text = _synthetic().long_text(1_000_000, seed=0)
    # Warm up on the text itself: spaCy is loaded and the word caches hold its words, as in a
    # long run over an archive (the caches are bounded: `mentions.word_memo.LOWER_CACHE`). What
    # earlier tests left in the caches then no longer decides when a cache's table grows during
    # the measured run (a grown table of 50,000 words is about 2.6 bytes per input byte here).
    extract_quotes(text)
    gc.collect()
    tracemalloc.start()
    try:
        quotes = extract_quotes(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = len(text.encode("utf-8"))
    assert len(quotes) > 5_000
    assert peak / size <= PEAK_BYTES_PER_BYTE, f"peak {peak / size:.1f} bytes per input byte"
    assert kept < peak  # the intermediates were let go: only the quotes are left
