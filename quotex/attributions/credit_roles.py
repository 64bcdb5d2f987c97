"""Whether a word before a colon credit's colon is a verb of a clause or a word of the role.

``NAME, commissioner for health in Ogun State: "C."``, ``NAME, head of research at Thames
Water: "C."``: a word that the lexicon also lists as a verb form (*state*, *water*, *post*,
*club*) is no verb when it is an office's portfolio (*secretary of state*,
:func:`~quotex.mentions.prefixes.portfolio_role`) or a word of a proper name in the role after
the credit's comma (capitalised, after a capitalised word, the name after a preposition or a
determiner: *in Ogun State*, *at Thames Water*, *of the Sunday Post*). Input: the words, the
token, the clause's first token and the lexicon; output: a boolean.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.grammar import NOUN_DETERMINERS, PREPOSITIONS
from quotex.mentions.prefixes import portfolio_role

#: The most capitalised words a proper name in a credit's role runs back over ('the Kano Pillars
#: Supporters Club').
_NAME_WORDS = 5


def clause_verb(words: Sequence[str], k: int, first: int, lexicon: Lexicon) -> bool:
    """Is token *k* (in the clause from token *first* to a colon) a verb form of the lexicon
    that is neither an office's portfolio (*Former secretary of state Ada Quist:*) nor a word of
    a proper name in a credit's role (:func:`role_name_word`)?"""
    return (
        words[k].lower() in lexicon.verb_forms
        and portfolio_role(words, k, first, lexicon) < 0
        and not role_name_word(words, k, first)
    )


def role_name_word(words: Sequence[str], k: int, first: int) -> bool:
    """Is token *k* a capitalised word of a proper name in the role after a credit's comma:
    after one to :data:`_NAME_WORDS` capitalised words that follow a preposition or a determiner
    in lower case, with a comma between *first* and that word ('Ana Roe, head of research at
    Thames Water:', 'Ivo Lund, commissioner for health in Ogun State:'; not 'Residents in Ogun
    State Protest:', which has no comma)?"""
    w = words[k]
    if not (k - 2 > first and w[:1].isupper() and w[1:].islower() and w.isalpha()):
        return False
    j = k - 1
    while j > first and k - j <= _NAME_WORDS and words[j][:1].isupper() and words[j].isalpha():
        j -= 1
    if j == k - 1 or j <= first:
        return False  # (no capitalised word before it, or the name runs back to the clause's start)
    low = words[j]
    return (low in PREPOSITIONS or low in NOUN_DETERMINERS) and "," in words[first:j]
