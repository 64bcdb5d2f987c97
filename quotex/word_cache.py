"""A word's lower-case form, kept: the memo behind :attr:`quotex.tokens.Tokens.lows`.

Input: a word or a column of words; output: the lower-case form(s). Each word's answer is kept
in a dictionary filled on first use (a look-up at C speed after that), emptied when it holds
:data:`LOWER_CACHE` words. It imports nothing of quotex, so the token table can use it;
:mod:`quotex.mentions.word_memo` builds its other word memos on :class:`Memo`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["LOWER_CACHE", "Memo", "lower_words"]

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
