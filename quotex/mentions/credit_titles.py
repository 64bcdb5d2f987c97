"""The title of a roundup credit written before a name and a colon.

``TITLE NAME: "C."`` ('Chief executive of the port Tom Reyes:', 'Head of logistics at the port
authority Ivo Marsh:'). Input: the token table, the name's first token, the sentence start and a
lexicon; output: the title's token range, or (-1, -1).
"""

from __future__ import annotations

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import STOP_WORDS
from quotex.lexicon.grammar import COPULA, FINITE_AUXILIARIES, PREPOSITIONS
from quotex.mentions.prefixes import portfolio_role
from quotex.mentions.words import is_role
from quotex.tokens import Tokens

#: The most tokens of a credit's title ('Head of logistics at the port authority').
_MAX_CREDIT_TITLE = 10
#: Marks a credit's title may hold: a possessive, a hyphen, an ampersand.
_CREDIT_TITLE_MARKS = frozenset(["'s", "’s", "-", "&"])


def credit_title(tokens: Tokens, first: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """The title of a roundup credit ``TITLE NAME: "C."`` whose name starts at token *first*:
    every word from the sentence start at *floor*, when the first word is capitalised, a role
    word stands among the first three, and none is a verb form of the lexicon (a portfolio's
    *state* excepted), an auxiliary or a form of *be* (a clause), a capitalised function word
    (a headline), a quotation mark or a punctuation mark ('Chief executive of the port
    Tom Reyes:', 'Head of logistics at the port authority Ivo Marsh:'); else (-1, -1)."""
    words = tokens.words
    if not 0 < first - floor <= _MAX_CREDIT_TITLE or not words[floor][:1].isupper():
        return (-1, -1)
    if not any(is_role(w, lexicon) for w in words[floor : min(first, floor + 3)]):
        return (-1, -1)
    for k in range(floor, first):
        w = words[k]
        if not (w[:1].isalnum() or w in _CREDIT_TITLE_MARKS):
            return (-1, -1)
        if w[:1].isupper() and (w.lower() in PREPOSITIONS or w.lower() in STOP_WORDS):
            return (-1, -1)  # a headline in title case: 'Port Chief On Quist: "C"' is about Quist
        if w.lower() in lexicon.verb_forms and portfolio_role(words, k, floor, lexicon) < 0:
            return (-1, -1)
        if w.islower() and (w in FINITE_AUXILIARIES or w in COPULA):
            return (-1, -1)  # a clause: 'The chair was joined by a farmer from Lairg:'
    return (floor, first - 1)
