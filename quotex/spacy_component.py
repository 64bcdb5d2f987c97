"""Placeholder so spaCy's entry-point scan can import it; replaced by the spaCy component work (issue 4)."""

from __future__ import annotations


def make_quotex() -> None:
    """Not implemented yet."""
    raise NotImplementedError
