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


#: Dashes that open and close an aside after a name.
_DASHES = frozenset(["—", "–", "-"])


def closing_dash(tokens: Tokens, i: int, end: int, reach: int) -> int:
    """The dash that closes an aside opened by the dash at token *i* (the same mark; a hyphen
    spaced both times, no word's), within *reach* tokens (a title's length); else -1."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if i > end or words[i] not in _DASHES or (words[i] == "-" and starts[i] == ends[i - 1]):
        return -1
    for j in range(i + 2, min(end, i + reach) + 1):
        if words[j] == words[i] and (words[j] != "-" or starts[j] > ends[j - 1]):
            return j
    return -1
