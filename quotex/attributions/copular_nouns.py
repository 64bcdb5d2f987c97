"""A noun of saying whose *that* clause stands after a copula: *Sanders's point was that C*,
*Her argument on Sunday was that C*, *His message has long been that C*, and one whose
quotation does: *His answer was "C."* (read by the ``cue_noun`` rule).

Input: the words in lower case (or the context), the noun's token and the clause's last token.
Output: the token of the *that* or of the quotation mark opening the content, or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Sequence

from quotex.attributions.context import Context, opens_sentence
from quotex.lexicon.grammar import COPULAR_NOUNS, SAYING_NOUNS

#: Copulas, alone or after *has*/*had*/*have*: 'was that', 'has been that', 'remains that'.
_COPULAS = frozenset(["is", "was", "remains", "remained"])
_PERFECT = frozenset(["has", "have", "had"])
#: How many words of a prepositional phrase or an adverb may stand between the noun and its
#: copula: 'argument on Sunday', 'message to the board', 'message long'.
_GAP_WORDS = 6


def _after_copula(lows: Sequence[str], i: int, last: int) -> int:
    """The token after the copula whose subject the noun at token *i* heads ('was | that',
    'has long been | that'), or -1. Up to :data:`_GAP_WORDS` plain words may stand between the
    noun and the copula (no comma, quotation mark or other punctuation)."""
    for k in range(i + 1, min(last, i + 2 + _GAP_WORDS)):
        low = lows[k]
        if low in _COPULAS:
            return k + 1
        if low in _PERFECT:  # 'has been that', 'has long been that'
            j = k + 2 if k + 2 <= last and lows[k + 1].isalpha() and lows[k + 2] == "been" else k + 1
            return j + 1 if lows[j] == "been" else -1
        if not low.isalpha():
            return -1
    return -1


def copular_that(lows: Sequence[str], i: int, last: int, nouns: Container[str]) -> int:
    """The token of *that* after the copula whose subject the noun at token *i* (one of
    *nouns* or :data:`COPULAR_NOUNS`) heads: "Lund's point was that C", 'Her argument on
    Sunday was that C', 'His message long has been that C'; -1 otherwise."""
    if lows[i] not in nouns and lows[i] not in COPULAR_NOUNS:
        return -1
    j = _after_copula(lows, i, last)
    return j if 0 < j <= last and lows[j] == "that" else -1


def copular_quotation(ctx: Context, i: int, last: int) -> int:
    """The token of the opening mark of a quotation that stands right after the copula whose
    subject the noun of saying at token *i* (:data:`~quotex.lexicon.grammar.SAYING_NOUNS`) heads,
    when the quotation is a whole sentence that ends the sentence: 'His answer was "We stay."',
    "Hoskins' reply was 'Not yet.'"; -1 otherwise. A fragment ('Her reply was "polite," X
    said') or a quotation a credit follows is someone's description, not the noun's words."""
    lows, tokens = ctx.lows, ctx.tokens
    if lows[i] not in SAYING_NOUNS or (j := _after_copula(lows, i, last)) <= 0 or j > last:
        return -1
    q = ctx.quote_of[j]
    if q < 0 or ctx.quote_of[j - 1] >= 0 or tokens.starts[j] != (span := ctx.spans[q]).start:
        return -1
    end = bisect.bisect_left(tokens.starts, span.end)  # (the first token after the quotation)
    closes = end > last or (end == last and lows[end] in (".", "!", "?"))
    return j if closes and opens_sentence(tokens.text, span) else -1


def copular_content(ctx: Context, i: int, last: int) -> int:
    """The token opening the content the noun at token *i* gives after a copula: a *that*
    (:func:`copular_that`, the lexicon's cue nouns too) or a quotation
    (:func:`copular_quotation`); -1 if neither."""
    that = copular_that(ctx.lows, i, last, ctx.lexicon.cue_nouns)
    return that if that > 0 else copular_quotation(ctx, i, last)
