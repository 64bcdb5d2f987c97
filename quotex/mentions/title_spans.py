"""Mentions inside a person's title ('Ana Roe, head cooper at | the Quarrymoor Cider Works |,
...') and the dashes that set a title off ('NAME - ROLE at BODY - said').

A body named in the title written after a person's name belongs to the title; lists of persons,
relative pronouns and pronoun statements read past it to the person.

Input: the words, the mentions (with their title spans) and a mention's index, or the tokens and a
dash's index. Output: a mention index, or the closing dash's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotex.mentions.find import Mention
    from quotex.tokens import Tokens


def title_holder(words: Sequence[str], mentions: Sequence[Mention], p: int) -> int:
    """Mention *p*, or the person's mention up to three before it whose title after the name holds
    it ('Ana Roe, head cooper at | the Quarrymoor Cider Works |, and ...': Ana Roe's)."""
    inner = mentions[p]
    for i in range(p - 1, max(-1, p - 4), -1):
        m = mentions[i]
        if (
            m.last + 1 < m.title_first <= inner.first
            and inner.last <= m.title_last
            and words[m.last + 1] == ","
        ):
            return i  # (a title set off by a comma after the name)
    return p


def after_title(mentions: Sequence[Mention], j: int) -> int:
    """The first mention after mention *j* that is not inside *j*'s title after its name."""
    m, n = mentions[j], j + 1
    while (
        n < len(mentions) and m.last < m.title_first <= mentions[n].first and mentions[n].last <= m.title_last
    ):
        n += 1
    return n


#: Dashes that set off an aside between words (a hyphen only with a space on each side).
ASIDE_DASHES = frozenset(["—", "–", "--", "―", "-"])


def aside_dash(tokens: Tokens, k: int) -> bool:
    """Is token *k* a dash between words: an em or en dash, or a hyphen with a space each side
    (no word's: 'Drive-In')?"""
    w = tokens.words[k]
    if w not in ASIDE_DASHES:
        return False
    if w != "-":
        return True
    text, start, end = tokens.text, tokens.starts[k], tokens.ends[k]
    return start > 0 and end < len(text) and text[start - 1].isspace() and text[end].isspace()


def closing_dash(tokens: Tokens, i: int, end: int, reach: int) -> int:
    """The dash that closes an aside opened by the dash at token *i* (the same mark, each an
    :func:`aside_dash`), within *reach* tokens (a title's length); else -1."""
    if i > end or not aside_dash(tokens, i):
        return -1
    words = tokens.words
    return next(
        (j for j in range(i + 2, min(end, i + reach) + 1) if words[j] == words[i] and aside_dash(tokens, j)),
        -1,
    )
