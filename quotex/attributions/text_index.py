"""Positions in one text that the rules find by bisection, made once per text
(:attr:`~quotex.attributions.context.Context.index`) instead of a walk over the tokens per cue."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

import numpy

from quotex.mentions.words import positions
from quotex.tokens import Tokens

if TYPE_CHECKING:
    from quotex.attributions.context import Context


class TextIndex(NamedTuple):
    """The runs of tokens that one quotation holds and the commas of a text, in token order."""

    #: (first token, span index) of each run of tokens one quotation holds (:func:`first_tokens`)
    span_first: list[tuple[int, int]]
    #: the first tokens of ``span_first`` alone
    span_first_tokens: tuple[int, ...]
    #: the tokens that are a comma
    commas: list[int]


class _Indexed(Protocol):
    """What :func:`text_index` reads of a :class:`~quotex.attributions.context.Context`."""

    @property
    def tokens(self) -> Tokens: ...

    @property
    def quote_of(self) -> Sequence[int]: ...


def first_tokens(quote_of: Sequence[int]) -> list[tuple[int, int]]:
    """(first token, span index) for every span that covers a token, in token order: the first
    token of each run of equal entries of *quote_of* that is no -1 (found by NumPy, no Python
    step per token or run)."""
    if not len(quote_of):
        return []
    entries = numpy.asarray(quote_of)
    firsts = numpy.flatnonzero(entries[1:] != entries[:-1]) + 1
    firsts = numpy.concatenate(([0], firsts))
    firsts = firsts[entries[firsts] >= 0]
    return list(zip(firsts.tolist(), entries[firsts].tolist(), strict=True))


def text_index(ctx: _Indexed) -> TextIndex:
    """The :class:`TextIndex` of the text of *ctx* (its token table and quotation index)."""
    first = first_tokens(ctx.quote_of)
    return TextIndex(first, tuple(k for k, _ in first), positions(ctx.tokens.words, ","))


def next_clause_stop(ctx: Context, k: int, last: int, stops: frozenset[str]) -> int:
    """The first token after *k* whose lower-case word is one of *stops* or that opens a run of
    quoted tokens, or *last* + 1: one bisection in ``ctx.clause_stops``, those tokens found once
    per text at C speed on the first call (:func:`~quotex.attributions.clauses.content_end`'s
    jump over the words it would step over one by one; *stops* is the same set at every call)."""
    found = ctx.clause_stops
    if not found:
        words = itertools.compress(itertools.count(), map(stops.__contains__, ctx.lows))
        found.extend(sorted(set(words).union(ctx.index.span_first_tokens)))
        found.append(len(ctx.lows))  # (a sentinel past the last token: the list is never empty once made)
    nxt = found[bisect.bisect_right(found, k)]
    return nxt if nxt <= last else last + 1
