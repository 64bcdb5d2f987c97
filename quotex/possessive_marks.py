"""A plural or *s*-final possessive's bare apostrophe read as *'s* (stage 2's output, before stage 3).

Input: stage 1's :class:`~quotex.tokens.Tokens` and stage 2's :class:`~quotex.quote_spans.QuoteSpan`
tuple. Output: the same table whose ``words`` column reads each possessive apostrophe written
without its *s* (*Matus' answer*, *the Joneses' lawyer*, *Kestrel Ferries' spokesman*) as the
possessive *'s* (or *’s* for a curly one); offsets, annotation and the text are unchanged.

English writes the possessive of a word ending in *s* either way (*Matus's* or *Matus'*): the
rules of the later stages know the possessive by its *'s* token, so without this step
``said Paul Sanders' spokeswoman, Ana Roe`` reads the apostrophe as a closing quotation mark
and gives the quote to Paul Sanders. An apostrophe is a possessive mark here when it is joined
to a word of two or more letters ending in *s*, a space and a lower-case word follow it, and it
is not a quotation mark of any span stage 2 found (a single quotation closing after *dollars*
keeps its mark). Before a capitalised word it stays as written: a body's name may hold a
plural's possessive (*the Harbour Workers' Union*), which the name rules read as such. The
speaker and title strings are sliced from the text, so they keep the writer's spelling (*Paul
Sanders' spokeswoman*); only ``words[i]`` of such a token differs from
``text[starts[i]:ends[i]]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

import attrs

from quotex.quote_spans import QuoteSpan
from quotex.tokens import Tokens

__all__ = ["POSSESSIVE_READINGS", "read_possessives"]

#: The bare apostrophes and the possessive mark each is read as.
POSSESSIVE_READINGS = {"'": "'s", "’": "’s"}


def read_possessives(tokens: Tokens, spans: tuple[QuoteSpan, ...]) -> Tokens:
    """*tokens* with each possessive bare apostrophe's word read as *'s* (see the module's
    docstring); the same table when there is none."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    last = len(words) - 1
    found = [  # (the bare apostrophes found at C speed, no Python step per word)
        k
        for k in compress(count(), map(POSSESSIVE_READINGS.__contains__, words))
        if 0 < k < last and _possessive(words, starts, ends, k)
    ]
    if not found:
        return tokens
    marks = {s.start for s in spans} | {s.end - 1 for s in spans if s.closed}
    found = [k for k in found if starts[k] not in marks]
    if not found:
        return tokens
    read = list(words)
    for k in found:
        read[k] = POSSESSIVE_READINGS[read[k]]
    return attrs.evolve(tokens, words=tuple(read))


def _possessive(words: Sequence[str], starts: Sequence[int], ends: Sequence[int], k: int) -> bool:
    """Is the apostrophe token *k* joined to an *s*-final word before it, with a space and a
    lower-case word after it? (Before a capitalised word it stays: a body's name holds a plural's
    possessive, *the Harbour Workers' Union*, and the name rules read it there as written.)"""
    before, after = words[k - 1], words[k + 1]
    return (
        len(before) > 1
        and before[-1] in "sS"
        and before[-2].isalpha()
        and ends[k - 1] == starts[k]
        and starts[k + 1] > ends[k]
        and after[:1].islower()
    )
