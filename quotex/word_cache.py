"""A word's lower-case form, kept: the memo behind :attr:`quotex.tokens.Tokens.lows`; and the
indices of a column's capitalised words (:func:`capitals`).

Input: a word or a column of words; output: the lower-case form(s), or the indices. Each word's
answer is kept in a dictionary filled on first use (a look-up at C speed after that), emptied
when it holds :data:`LOWER_CACHE` words. It imports nothing of quotex, so the token table can use it;
:mod:`quotex.mentions.word_memo` builds its other word memos on :class:`Memo`.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import TypeVar

import numpy

__all__ = ["LOWER_CACHE", "Memo", "capitals", "lower_words"]

#: How many distinct words :func:`lower_words` keeps lower-cased (then it starts again): about
#: 4 MB when full (a word already in lower case is its own lower-case form).
LOWER_CACHE = 50_000

_T = TypeVar("_T")


class Memo(dict[str, _T]):
    """word -> ``answer(word)``, each word computed once (a look-up at C speed after that, also
    through ``map``); emptied when it holds :data:`LOWER_CACHE` words."""

    __slots__ = ("answer",)

    def __init__(self, answer: Callable[[str], _T]) -> None:
        super().__init__()
        self.answer = answer

    def __missing__(self, word: str) -> _T:
        if len(self) >= LOWER_CACHE:
            self.clear()
        known = self[word] = self.answer(word)
        return known


def _lower(word: str) -> str:
    """*word* in lower case, the word itself when it is already (no second string)."""
    low = word.lower()
    return word if low == word else low


_LOWERED = Memo(_lower)


def lower_words(words: Sequence[str]) -> tuple[str, ...]:
    """``tuple(w.lower() for w in words)``, made once per text (a look-up per word, no new
    string for a word seen before)."""
    return tuple(map(_LOWERED.__getitem__, words))


_FIRST_CHAR = itemgetter(0)
#: ``_UPPER[c]``: is the character of code *c* a capital (``str.isupper``), for every code up
#: to U+FFFF; the last entry stands for the codes past it, which :func:`capitals` reads one by one.
_UPPER = numpy.array([chr(c).isupper() for c in range(0x10000)] + [False])


def capitals(words: Sequence[str]) -> array[int]:
    """The indices of the words that open with a capital letter, ascending: the words' first
    characters joined, read by NumPy in one table look-up (no Python step per word; a first
    character past U+FFFF, a rare astral letter, is asked ``str.isupper`` itself). Only these
    can start a name; made once per text by a caller that gives it to both
    :func:`~quotex.mentions.chains.given_surnames` and :func:`~quotex.mentions.chains.name_chains`."""
    firsts = "".join(map(_FIRST_CHAR, words))
    codes = numpy.frombuffer(firsts.encode("utf-32-le", "surrogatepass"), numpy.uint32)
    upper = _UPPER[numpy.minimum(codes, len(_UPPER) - 1)]
    for k in numpy.flatnonzero(codes >= len(_UPPER) - 1).tolist():
        upper[k] = firsts[k].isupper()
    return array("l", numpy.flatnonzero(upper).astype("l").tobytes())  # (a C long each, as 'l')
