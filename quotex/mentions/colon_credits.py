"""Colon credits: the affiliation a colon closes after a name and its comma ('Rafael Ortiz,
The Harbour Gazette: "..."'), and whether a credit's colon follows a role ('Tom Reyes, retired
welder, Swansea: "C."'), as vox-pop roundups write them.

Input: the words and token positions; output: a token index (-1 when none) or yes or no.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.mentions.words import is_name_word

__all__ = ["ORG_SMALL_WORDS", "colon_credit_body", "colon_credit_follows"]


#: Small words inside a body's name: 'Ministry of Trade and Industry', 'Fish & Game'.
ORG_SMALL_WORDS = frozenset(["of", "and", "for", "&"])


def colon_credit_body(words: Sequence[str], first: int, end: int) -> int:
    """The last token of a body's name that a colon closes from token *first* on, the
    affiliation of a colon credit ('Rafael Ortiz, The Harbour Gazette: "..."'), or -1. At
    most six words, all capitalised but the small words inside a name ('Ministry of Trade
    and Industry') and a possessive ending ("Women's Institute"); the colon may end the
    sentence (*end*)."""
    j = first
    while j < len(words) and j <= end + 1 and j - first <= 6:
        w = words[j]
        if w == ":":
            return j - 1 if j > first and is_name_word(words[j - 1]) else -1
        if not (is_name_word(w) or w in ORG_SMALL_WORDS or _name_possessive(words, j, first)):
            return -1
        j += 1
    return -1


def _name_possessive(words: Sequence[str], j: int, first: int) -> bool:
    """Is token *j* a possessive ending inside a body's name, between two capitalised words
    ("Tokaj Beekeepers' Union", "Women's Institute")?"""
    return (
        words[j] in ("'s", "’s", "'", "’")
        and j > first
        and is_name_word(words[j - 1])
        and j + 1 < len(words)
        and is_name_word(words[j + 1])
    )


def colon_credit_follows(words: Sequence[str], j: int, end: int) -> bool:
    """Does a credit's colon come at token *j*, or after a comma and a place of one to three
    capitalised words ('..., Swansea:')? (A vox-pop roundup: 'Tom Reyes, retired welder,
    Swansea: "C."')"""
    if j > end + 1 or j >= len(words):
        return False
    if words[j] == ":":
        return True
    if words[j] != ",":
        return False
    k = j + 1
    while k < len(words) and k - j <= 4 and (is_name_word(words[k]) or (k > j + 1 and words[k] == "&")):
        k += 1  # ('..., Pengelly & Sons:': a firm's name)
    return k > j + 1 and k < len(words) and words[k] == ":"
