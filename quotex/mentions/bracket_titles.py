"""A title in brackets after a name, as round-ups and credits write it: a role (*Ina Berg
(cooper, Quarrymoor Cider):*, *Ola Dahl (night porter at X) said*) or a body (*Ina Berg
(Kestrel Ferries): "C."*, *NAME (Holmgate Glassworks):*).

Input: the token table, the name's last token, the last token the title may use and the
lexicon; output: the title's token span, or (-1, -1). Read by
:func:`~quotex.mentions.comma_titles.title_after_or_before`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    is_body_word,
    is_name_word,
    is_role,
    registered_spelling,
    role_like,
)
from quotex.tokens import Tokens


def bracketed_title(tokens: Tokens, last: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """A role in brackets after a name ending at token *last*, as credits write it ('Ina Berg
    (cooper, Quarrymoor Cider):', 'Ola Dahl (night porter at X) said'): the words inside, when
    they open with a lower-case word that can be a role and hold no verb form; else (-1, -1)."""
    words, lows = tokens.words, tokens.lows
    k = last + 1
    if k + 2 <= end and words[k] == "(" and is_name_word(words[k + 1]):
        return _bracketed_body(words, k + 1, end, lexicon)
    if (
        k + 2 > end
        or words[k] != "("
        or not (
            role_like(words[k + 1], lexicon, head=False)
            # ('(operations manager, X)': a plural noun modifier before a listed role)
            or (words[k + 1].isalpha() and words[k + 1].islower() and is_role(words[k + 2], lexicon))
        )
    ):
        return (-1, -1)
    if lows[k + 1] in _PICTURE_POSITIONS:
        return (-1, -1)  # 'Ola Dahl (right) said': where the photograph shows her
    for m in range(k + 2, min(end, k + 12) + 1):
        w = words[m]
        if w in (")", "):"):
            return (k + 1, m - 1)
        if w.lower() in lexicon.verb_forms or w in ("(", ":", ".", ";") or w in lexicon.quote_tokens:
            return (-1, -1)
    return (-1, -1)


def _bracketed_body(words: Sequence[str], k: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """A body's name in brackets from token *k*, its employer as a roundup credit gives it
    ('Ina Berg (Kestrel Ferries): "C."'): up to six capitalised words (with *of*, *and*,
    *&*) before the closing bracket, one of them a body's or a facility's word, or two or more
    before a credit's colon; else (-1, -1)."""
    for m in range(k, min(end, k + 6) + 1):
        w = words[m]
        if w in (")", "):"):
            facility = lexicon.facility_words
            body = any(is_body_word(words[n], lexicon) or words[n].lower() in facility for n in range(k, m))
            # (before a roundup credit's colon two capitalised words are its employer's name too:
            # 'Kadri Lohmus (Harbourside Community Radio): "C."')
            credit = m - k >= 2 and (w == "):" or (m + 1 <= end and words[m + 1] == ":"))
            credit = credit and registered_spelling(words[k].lower()) not in ANY_FIRST_NAMES  # (no person)
            return (k, m - 1) if (body or credit) and m > k else (-1, -1)
        if not (is_name_word(w) or w in ("of", "and", "&", "the")):
            return _body_then_role(words, k, m, end, lexicon)
    return (-1, -1)


#: The most lower-case words of a role after a body's name in brackets ('general secretary').
_ROLE_WORDS = 4


def _body_then_role(words: Sequence[str], k: int, m: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """A body's name from token *k* and, from token *m*, the lower-case role its holder has there
    before the closing bracket ('Ina Berg (Harlow Rail Union general secretary):', '(Kestrel
    Valley planning chair)'): the bracket's words, when the role's last word is a role noun; else
    (-1, -1)."""
    if m == k:
        return (-1, -1)
    n = m
    while n <= end and n - m < _ROLE_WORDS and words[n].isalpha() and words[n].islower():
        n += 1
    if n == m or n > end or words[n] not in (")", "):") or not is_role(words[n - 1], lexicon):
        return (-1, -1)
    return (k, n - 1)


#: Words a caption puts in brackets after a name to place the person in a picture (AP
#: Stylebook, "photo captions"): never a role.
_PICTURE_POSITIONS = frozenset("left right centre center top bottom inset front rear file".split())
