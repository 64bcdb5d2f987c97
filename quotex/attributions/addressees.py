"""The object of a verb of telling ('told reporters', 'told the board'): where it ends, and
whether a noun phrase after the verb is its object or the reported clause's subject.

Input: the token table and token indices; output: a token range or a yes/no. Read by
:mod:`quotex.attributions.complements`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.adverbial_clauses import clause_after_cue
from quotex.attributions.apposed_names import closing_comma
from quotex.attributions.context import adverb_before_clause, place_adjunct
from quotex.attributions.noun_phrases import np_right
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS
from quotex.lexicon.grammar import CUE_MODIFIER_OPENERS, FINITE_AUXILIARIES, PREPOSITIONS
from quotex.tokens import Tokens

#: Words after which a determiner goes on with the same noun phrase: a preposition
#: ('the head of the union', 'reporters outside the courthouse').
_OF_PHRASE = PREPOSITIONS | CUE_MODIFIER_OPENERS


def addressee(tokens: Tokens, k: int, last: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object of a verb of telling from token *k*: a noun phrase that ends before a
    determiner opening the next one ('told reporters | the plan was dead', 'told the board |
    the pier was unsafe'; but 'told the head of the union')."""
    words, lows = tokens.words, tokens.lows
    if k + 1 <= last and lows[k] in _BROADCAST_OWNERS and lows[k + 1] in _OUTLET_MEDIA:
        return (k, k + 1)  # ('told state television:': *state* is no verb here)
    np = np_right(tokens, k, last, lexicon)
    if np is None:
        return None
    if np[1] + 2 <= last and lows[np[1] + 1] in _BROADCAST_OWNERS and lows[np[1] + 2] in _OUTLET_MEDIA:
        np = (np[0], np[1] + 2)  # ('told Brunavian state television:')
    if np[1] + 1 <= last and lows[np[1] + 1] in _OUTLET_MEDIA and words[np[1]][:1].isupper():
        np = (np[0], np[1] + 1)  # ('told ABC radio:', 'told Channel 4 television': the outlet's medium)
    for m in range(np[0] + 1, np[1] + 1):
        if place_adjunct(words, m, last, lexicon.quote_tokens) or adverb_before_clause(
            words, m, last, lexicon.quote_tokens
        ):
            return (np[0], m - 1)  # 'told reporters | aboard her bus that': where, not whom
        if clause_after_cue(words, m, last):
            return (np[0], m - 1)  # 'told reporters | once the count had finished:'
        before = lows[m - 1]
        if lows[m] in DETERMINERS and before not in _OF_PHRASE and before not in ("'s", "’s"):
            return (np[0], m - 1)
    return np


#: Words of a broadcaster's medium after its name in an addressee ('told ABC radio').
_OUTLET_MEDIA = frozenset(["radio", "television", "tv"])
#: Words for who runs a broadcaster, before its medium ('state television', 'local radio').
_BROADCAST_OWNERS = frozenset(["state", "national", "local", "public", "regional"])


def subject_not_object(words: Sequence[str], np: tuple[int, int], last: int) -> bool:
    """Is noun phrase *np* after a verb of telling the subject of the reported clause, not
    the verb's object? A finite auxiliary follows it: 'warned the plan was "full of holes"',
    'warned voters would pay more' (not 'told reporters the plan was ...')."""
    return np[1] + 1 <= last and words[np[1] + 1].lower() in FINITE_AUXILIARIES


def that_after_apposition(words: Sequence[str], np: tuple[int, int], last: int) -> int:
    """The *that* opening the report after addressee *np* and its apposition ('told Ivo Lund, the
    mayor, | that C'; 'told NAME, ROLE, in a letter | that C': up to four words between the
    apposition's closing comma and *that*), or -1."""
    k = np[1] + 1
    c = np[1] if words[np[1]] == "," else k  # (the comma after the name: the addressee may end on it)
    if c + 2 > last or words[c] != "," or words[c + 1].lower() not in ("a", "an", "the"):
        return -1  # (an apposition opens with an article: 'told Ivo Lund, the mayor,'; not a list)
    close = closing_comma(words, c, last)
    if close < 0:
        return -1
    that = next((m for m in range(close + 1, min(last, close + 5) + 1) if words[m] == "that"), -1)
    return that if that > 0 and all(w.isalpha() and w.islower() for w in words[close + 1 : that]) else -1
