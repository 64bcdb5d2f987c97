"""Hyphenated compounds after a capitalised word in a name chain.

*Bush-era*, *Obama-style*, *Council-run* end a name at the hyphen (:data:`COMPOUND_HEADS`);
*the Leith Co-op*, *Housing Co-operative* are one body's noun (:func:`body_compound`), while
*Co-founder NAME* is a person's role. Input: the token table and a token; output: yes or no.
Read by :mod:`quotex.mentions.chains`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.grammar import IRREGULAR_PAST
from quotex.tokens import Tokens

#: Second halves of English compounds after a capitalised word ('Bush-era', 'Obama-style').
COMPOUND_HEADS = frozenset(
    "era style type like born bred made wide free esque ish size class level bomb".split()
)
_CO_BODIES = frozenset(["op", "ops", "operative", "operatives"])  #: after *Co-*: a body ('Co-op')


def body_compound(tokens: Tokens, j: int, last: int, organization_nouns: frozenset[str]) -> bool:
    """Is token *j*, a body noun, the first half of a hyphenated body noun whose second half is
    written in lower case ('the Leith Co-op', 'Housing Co-operative'; not 'Co-founder'), no past
    form, -ing form or compound head ('Council-run', 'Party-led', 'Company-wide')?"""
    words, lows = tokens.words, tokens.lows
    if j + 2 > last or lows[j] not in organization_nouns:
        return False
    if co_prefix(lows, j):
        return False  # ('Co-founder NAME', 'Co-chair NAME': the prefix *co-* of a person's role)
    second = words[j + 2]
    return (
        second.isalpha()
        and second.islower()
        and tokens.ends[j] == tokens.starts[j + 1]
        and tokens.ends[j + 1] == tokens.starts[j + 2]
        and not second.endswith(("ed", "ing"))
        and second not in IRREGULAR_PAST
        and second not in COMPOUND_HEADS
        and second not in ("run", "based", "backed")
    )


def co_prefix(lows: Sequence[str], k: int) -> bool:
    """Is lower-case token *k* the prefix *co-* of a person's role ('Co-Founder', 'Co-chair'),
    not the first half of a body's noun ('Co-op', 'Co-operative')?"""
    return lows[k] == "co" and k + 2 < len(lows) and lows[k + 1] == "-" and lows[k + 2] not in _CO_BODIES


def co_second(lows: Sequence[str], k: int) -> bool:
    """Is lower-case token *k* the second half of a body's noun after *Co-* ('Co-operative',
    whose *operative* is no role: 'the Marrowgate Housing Co-operative of the Northern Isles')?"""
    return k >= 2 and lows[k - 1] == "-" and lows[k - 2] == "co" and lows[k] in _CO_BODIES
