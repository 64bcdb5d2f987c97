"""Styles of address before a name: *the* and an honorific or a two-word style ('the Rev. NAME',
'the Most Rev. NAME', 'the Rt. Hon. NAME'; Debrett's, *forms of address*; AP Stylebook, *Rev.*).

Input: lower-case tokens and a position; output: whether a style opens there, or where it opens.
An apposition's name may carry one ('The rector, the Rev. NAME, said'): the comma before the
style, not before the name, sets the apposition off.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.titles import COMPOUND_HONORIFICS
from quotex.tokens import Tokens

__all__ = ["past_style", "styled_name", "styled_start"]


def styled_name(lows: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Do tokens *k*, *k* + 1 (lower case) read *the* and a style of address, an honorific or
    the first of two words of one ('the Rev. NAME', 'the Most Rev. NAME', 'the Rt. Hon. NAME')?"""
    if lows[k] != "the" or k + 2 >= len(lows):
        return False
    return lows[k + 1].rstrip(".") in lexicon.honorifics or (lows[k + 1], lows[k + 2]) in COMPOUND_HONORIFICS


def styled_start(lows: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """The *the* that opens a style of address before the name chain starting at token *k*
    ('the Rev. | NAME', 'the Most | Rev. NAME'), or *k* when none does."""
    j = k - 1 if k - 1 > floor and (lows[k - 1], lows[k]) in COMPOUND_HONORIFICS else k
    return j - 1 if j - 1 > floor and styled_name(lows, j - 1, lexicon) else k


def past_style(tokens: Tokens, k: int, end: int, lexicon: Lexicon) -> int:
    """Token *k*, or the first word of the style that *the* opens there ('the coxswain, | the
    Rev. NAME': the name's word), not past *end*."""
    return k + 1 if k < end and styled_name(tokens.lows, k, lexicon) else k
