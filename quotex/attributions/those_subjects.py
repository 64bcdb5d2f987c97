"""Subjects headed by the demonstrative pronoun *those* with a postmodifier.

*Those* as a pronoun takes a postmodifier that says who is meant (Quirk et al. 1985, §6.41:
*those who ...*, *those over 60*, *those polled*); such a phrase is the subject of a verb of
saying like any group noun ('Those over 60 say C', 'Many of those polled said C'), but the
noun-phrase walkers, which read *those* as a determiner, find no head in it.
"""

from __future__ import annotations

from quotex.attributions.context import Context
from quotex.lexicon.grammar import PARTITIVES, PREPOSITIONS, RESPONDENT_PARTICIPLES, SENTENCE_LINKS

#: How many tokens a subject headed by *those* may run before its verb ('those who voted for him').
WINDOW = 12

#: Words after which such a subject may open its clause (besides the sentence's start).
_OPENERS = SENTENCE_LINKS | frozenset(["while", ","])


def those_phrase(ctx: Context, first: int, floor: int, group: int) -> tuple[int, int] | None:
    """The subject *those* + postmodifier (a preposition, a survey participle, *who* or *that*)
    that ends right before the verb group at token *group*, from the partitive before it if any
    ('many of those polled'); None unless it opens the clause (sentence start *first*, or after a
    link or a comma) and holds no comma, quotation or verb of saying. *floor*: the first token
    the phrase may use."""
    words, lows = ctx.tokens.words, ctx.lows
    verbs = ctx.lexicon.verb_forms
    t = -1
    for k in range(group - 1, max(floor, group - WINDOW) - 1, -1):
        w = words[k]
        if not w[:1].isalnum() or ctx.quote_of[k] >= 0 or (k < group - 1 and w.lower() in verbs):
            return None
        if w.lower() == "those":
            t = k
            break
    if t < 0 or t + 1 >= group:
        return None
    nxt = lows[t + 1]
    if not (nxt in ("who", "that") or nxt in RESPONDENT_PARTICIPLES or nxt in PREPOSITIONS):
        return None
    start = t
    if t - 2 >= floor and lows[t - 1] == "of" and lows[t - 2] in PARTITIVES:
        start = t - 2  # 'many of those polled'
    if start > first and lows[start - 1] not in _OPENERS:
        return None  # ('Among those polled, ...': the phrase is no subject)
    return (start, group - 1)
