"""Invisible characters inside words read as not there (stage 1's table, before stage 2's readings).

Input: stage 1's :class:`~quotex.tokens.Tokens` (of stage 0's view of the text). Output: the same
table in which a word written with an invisible format character inside it is one token whose
word leaves the character out (:func:`read_invisible`); offsets and the text are unchanged, as
:mod:`quotex.possessive_marks` reads its apostrophes.

Web pages, word processors and exported feeds leave characters in a text that print nothing:
the soft hyphen (U+00AD, a hyphenation point), the zero-width space (U+200B, a line-break
point), the zero-width non-joiner and joiner (U+200C, U+200D), the word joiner (U+2060) and the
byte-order mark (U+FEFF). ``Kva\\u200brme`` prints *Kvarme*, and ``may\\u00ador`` *mayor*; but the
tokenizer breaks a word at the zero-width ones (stage 1 reads them as spaces) and the lexicon
knows no word that holds a soft hyphen. So two tokens with only such characters between them,
each with a letter or digit at that edge, are one token, and a word's invisible characters are
left out of it. :func:`printed` leaves them out of a name or title sliced from the text, with
one space between its words.
"""

from __future__ import annotations

import re

import attrs

from quotex.token_merges import merge_tokens
from quotex.tokens import Tokens

__all__ = ["INVISIBLE", "printed", "read_invisible"]

#: The format characters that print nothing inside a word.
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile("[" + INVISIBLE + "]")
_DROP = {ord(c): None for c in INVISIBLE}


def read_invisible(tokens: Tokens) -> Tokens:
    """*tokens* with each word broken by invisible characters one token and every word without
    its invisible characters (a word of them alone kept as written); the same table when the
    text has none."""
    text = tokens.text
    if text.isascii() or _INVISIBLE.search(text) is None:
        return tokens  # (most articles)
    starts, ends, words = tokens.starts, tokens.ends, tokens.words
    merge: dict[int, int] = {}
    k, n = 0, len(words)
    while k < n - 1:
        j = k
        while j + 1 < n and _joined(text, ends[j], starts[j + 1], words[j], words[j + 1]):
            j += 1
        if j > k:
            merge[k] = j
        k = j + 1
    if merge:
        tokens = merge_tokens(tokens, merge)
    return attrs.evolve(tokens, words=tuple(map(_visible, tokens.words)))


def _joined(text: str, end: int, start: int, left: str, right: str) -> bool:
    """Do words *left* (ending at *end*) and *right* (starting at *start*) have only invisible
    characters between them, and a letter or digit on each side?"""
    return (
        start > end and left[-1:].isalnum() and right[:1].isalnum() and not text[end:start].translate(_DROP)
    )


def _visible(word: str) -> str:
    """*word* without its invisible characters; as written when it has no other."""
    if word.isascii():
        return word
    return word.translate(_DROP) or word


def printed(text: str) -> str:
    """*text* (a name or a title sliced from the article) as printed: without its invisible
    characters, and one plain space between words where the text has more, or another (``Ana  Roe``,
    a line break, a tab, a no-break or a thin space)."""
    if text.isascii():
        return " ".join(text.split()) if "  " in text or "\n" in text or "\t" in text else text
    return " ".join(text.translate(_DROP).split())  # (a no-break or thin space reads as a space)
