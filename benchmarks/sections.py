"""Named sections of a Markdown report that a benchmark script rewrites in place.

A section runs from ``<!-- begin: NAME -->`` to ``<!-- end: NAME -->``; the scripts that
measure one thing (``memory.py``, ``compare_speed.py``) replace only their own section
of ``docs/benchmarks.md`` and keep the rest of the page.
"""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, begin: str, end: str, text: str) -> None:
    """Replace the part of *path* from *begin* to *end* with *text* (which carries both
    markers); append *text* when the page has no such section yet."""
    page = path.read_text(encoding="utf-8")
    if begin in page and end in page:
        head, rest = page.split(begin, 1)
        page = head + text + rest.split(end, 1)[1]
    else:
        page = page.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(page, encoding="utf-8")
