"""Quotations that run over several paragraphs, joined into one attribution.

English marks a quotation that runs on by opening each paragraph with a mark and closing only
the last (*The Chicago Manual of Style*, 17th ed., 13.30); the sieve attributes each paragraph's
span on its own. Input: the sieve's attributions and the text's quote spans (``continues`` set
on each span but a chain's last); output: the attributions with each chain joined, for each
input its index among them, and the indices dropped. Read by :mod:`quotex.attributions.sieve`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions.model import Attribution
from quotex.quote_spans import QuoteSpan

__all__ = ["join_continued"]

Part = tuple[int, int]


def join_continued(
    out: list[Attribution], spans: Sequence[QuoteSpan], text: str
) -> tuple[tuple[Attribution, ...], list[int], set[int]]:
    """*out* with the spans of each chain joined into one attribution, one part per paragraph:
    the one whose cue follows the chain's closing mark in its paragraph (*O said C.* | *"P1.* |
    *"P2," said NAME.*: NAME's, not the speaker carried over to P1; another attribution keeps its parts
    outside the chain), else the first that has a cue or a source, which takes every part of
    the chain's attributions; the others are dropped. Returns the attributions, for each of
    *out* its index among them (a dropped one: the index of the one it was joined into), and
    the dropped indices."""
    chain_of: dict[Part, int] = {}
    chain_end: list[int] = []  # (each chain's last span's end)
    for span in spans:
        chain_of[(span.start, span.end)] = len(chain_end)
        if not span.continues:
            chain_end.append(span.end)
    members: dict[int, list[int]] = {}
    for idx, att in enumerate(out):
        for part in att.parts:
            c = chain_of.get(part)
            if c is not None:
                members.setdefault(c, []).append(idx)
    drop: set[int] = set()
    joined: dict[int, Attribution] = {}
    into: dict[int, int] = {}
    for c, idxs in members.items():
        unique = sorted(set(idxs))
        if len(unique) < 2:
            continue
        end = chain_end[c] if c < len(chain_end) else spans[-1].end
        keep = next((i for i in unique if _credit_after(out[i], end, text)), -1)
        if keep >= 0:
            _credit_takes_chain(out, joined, c=c, chain_of=chain_of, unique=unique, keep=keep)
        else:
            keep = next((i for i in unique if out[i].cue is not None or out[i].source is not None), unique[0])
            parts = sorted({p for i in unique for p in out[i].parts})
            joined[keep] = attrs.evolve(out[keep], parts=tuple(parts))
        gone = [i for i in unique if i != keep and i not in joined]
        into.update((i, keep) for i in gone)
        drop.update(gone)
    if not joined:
        return tuple(out), list(range(len(out))), drop
    kept = [i for i in range(len(out)) if i not in drop]
    index_of = {i: n for n, i in enumerate(kept)}
    final = []
    for i in range(len(out)):
        j = into.get(i, i)
        # (an attribution in two chains may have been dropped by the second: its nearest kept one)
        final.append(index_of[j] if j in index_of else max(bisect.bisect_right(kept, i) - 1, 0))
    return tuple(joined.get(i, out[i]) for i in kept), final, drop


#: How far after a chain's closing mark its credit's cue may start (characters).
_CREDIT_REACH = 80


def _credit_after(att: Attribution, end: int, text: str) -> bool:
    """Does *att*'s cue follow offset *end* (a chain's closing mark) in its paragraph, within
    :data:`_CREDIT_REACH` characters ('"P2," said NAME', not a cue of a later paragraph)?"""
    cue = att.cue
    return cue is not None and end <= cue[0] <= end + _CREDIT_REACH and "\n" not in text[end : cue[0]]


def _credit_takes_chain(
    out: Sequence[Attribution],
    joined: dict[int, Attribution],
    *,
    c: int,
    chain_of: dict[Part, int],
    unique: Sequence[int],
    keep: int,
) -> None:
    """Give attribution *keep* (credited after chain *c*) every part of the chain among
    *unique*; each other attribution keeps its parts outside the chain in *joined* ('"Q1," X
    said. "Q2 ... | "Q3," added Y.': Q1 stays X's), or none, and is dropped by the caller."""
    chain_parts: set[Part] = set()
    for i in unique:
        att = joined.get(i, out[i])
        inside = [p for p in att.parts if chain_of.get(p) == c]
        chain_parts.update(inside)
        rest = tuple(p for p in att.parts if chain_of.get(p) != c)
        if i != keep and rest:
            joined[i] = attrs.evolve(att, parts=rest)
    att = joined.get(keep, out[keep])
    joined[keep] = attrs.evolve(att, parts=tuple(sorted(set(att.parts) | chain_parts)))
