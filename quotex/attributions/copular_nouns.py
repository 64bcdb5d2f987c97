"""A noun of saying whose *that* clause stands after a copula: *Sanders's point was that C*,
*Her argument on Sunday was that C*, *His message has long been that C* (read by the
``cue_noun`` rule).

Input: the words in lower case, the noun's token and the clause's last token. Output: the token
of the *that* opening the content, or -1.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from quotex.lexicon.grammar import SAYING_NOUNS

#: Nouns of saying or of a stated stance that may head such a subject besides the lexicon's cue
#: nouns: ``SAYING_NOUNS`` (*answer*, *response*, *message*, *view*, ...), *point*, *position*
#: (written for quotex from the style of news copy).
COPULAR_NOUNS = SAYING_NOUNS | frozenset(["point", "position"])
#: Copulas, alone or after *has*/*had*/*have*: 'was that', 'has been that', 'remains that'.
_COPULAS = frozenset(["is", "was", "remains", "remained"])
_PERFECT = frozenset(["has", "have", "had"])
#: How many words of a prepositional phrase or an adverb may stand between the noun and its
#: copula: 'argument on Sunday', 'message to the board', 'message long'.
_GAP_WORDS = 6


def copular_that(lows: Sequence[str], i: int, last: int, nouns: Container[str]) -> int:
    """The token of *that* after the copula whose subject the noun at token *i* (one of
    *nouns* or :data:`COPULAR_NOUNS`) heads: "Lund's point was that C", 'Her argument on
    Sunday was that C', 'His message long has been that C'; -1 otherwise. Up to
    :data:`_GAP_WORDS` plain words may stand between the noun and the copula (no comma,
    quotation mark or other punctuation)."""
    if lows[i] not in nouns and lows[i] not in COPULAR_NOUNS:
        return -1
    for k in range(i + 1, min(last, i + 2 + _GAP_WORDS)):
        low = lows[k]
        if low in _COPULAS:
            return k + 1 if k + 1 <= last and lows[k + 1] == "that" else -1
        if low in _PERFECT:  # 'has been that', 'has long been that'
            j = k + 2 if k + 2 <= last and lows[k + 1].isalpha() and lows[k + 2] == "been" else k + 1
            return j + 1 if j + 1 <= last and lows[j] == "been" and lows[j + 1] == "that" else -1
        if not low.isalpha():
            return -1
    return -1
