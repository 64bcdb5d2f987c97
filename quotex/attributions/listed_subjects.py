"""A subject's second conjunct after a description and a name set off by commas: a list, no
apposition (*The mayor, Ana Ruiz, and the sheriff said*: the mayor and the sheriff speak
together, never the sheriff alone). Read by :func:`quotex.attributions.subjects.source_before`.
Input: the token table, the found subject's span, the sentence's first token; output: bool.
"""

from __future__ import annotations

from quotex.attributions.asides import appositive_name
from quotex.lexicon import Lexicon
from quotex.tokens import Tokens

#: Determiners that open a described conjunct after *and* ('and the sheriff', 'and a deputy').
_CONJUNCT_OPENERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])


def listed_after_apposition(tokens: Tokens, src: tuple[int, int], floor: int, lexicon: Lexicon) -> bool:
    """Is the subject *src* ('the sheriff') the conjunct after ', and' that follows a description
    and a name set off by commas and opening the clause at *floor* ('The mayor, Ana Ruiz, and
    the sheriff said'): the subject is the whole list, no one person?"""
    words, lows = tokens.words, tokens.lows
    first = src[0]
    if first - 3 < floor or lows[first - 1] != "and" or words[first - 2] != ",":
        return False
    if lows[first] not in _CONJUNCT_OPENERS:
        return False
    pair = appositive_name(tokens, first - 2, floor, lexicon)
    return pair is not None and pair[0] == floor
