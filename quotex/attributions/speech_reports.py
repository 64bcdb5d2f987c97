"""A person's own report before a trailing *according to* phrase that names counted evidence
('Ana Berg, an economist at X, said C, according to the authority's own counts'): the report
keeps its content and speaker. Input: the sentence's words, the report's attribution and the
phrase's first token; output: a yes or no. Read by
:func:`quotex.attributions.sieve.prefer_trailing_attribution`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import Context
from quotex.attributions.model import Attribution
from quotex.lexicon.grammar import AUXILIARIES, DATA_NOUNS, IRREGULAR_PAST


def named_speech_report(ctx: Context, att: Attribution, i: int, a: int) -> bool:
    """Is *att*, found at cue token *i* with its content from token *a*, a person's own report
    of a clause with a verb of speech: its source a *he*/*she* or ending in a surname the text
    gives after a given name ('Ana Berg said C', 'Berg told them C', 'Ana Berg-Lund said C'),
    its content a clause, not an object and an infinitive ('asked Lund to ...')? Then a
    trailing 'according to Y' names where the report or its figures come from, and the report
    keeps its content and speaker."""
    if att.rule != "cue_before_content" or att.source is None:
        return False
    words, lows = ctx.tokens.words, ctx.lows
    if ctx.lexicon.verb_forms.get(lows[i], ("", ""))[1] != "speech":
        return False
    last = att.source[1]
    named = words[last] in ctx.surnames or (
        last >= 2 and words[last - 1] == "-" and words[last - 2] in ctx.surnames
    )
    return (lows[last] in ("he", "she") or named) and not _controlled_infinitive(words, a)


def names_data(words: Sequence[str], k: int, last: int) -> bool:
    """Does the phrase from token *k* (after 'according to') name counted evidence
    (:data:`~quotex.lexicon.grammar.DATA_NOUNS`) within six words, before any punctuation:
    'the authority's own counts', 'figures compiled by his staff'?"""
    for m in range(k, min(last, k + 5) + 1):
        if not words[m][:1].isalnum() and words[m] not in ("'s", "’s"):
            return False
        if words[m].lower() in DATA_NOUNS:
            return True
    return False


def _controlled_infinitive(words: Sequence[str], a: int) -> bool:
    """Does the content from token *a* hold *to* within five words before any finite
    auxiliary, modal or past form: an object and its infinitive ('Lund to drop the plan')?"""
    for k in range(a, min(len(words), a + 5)):
        low = words[k].lower()
        if low in AUXILIARIES or low in IRREGULAR_PAST or (low.endswith("ed") and words[k].islower()):
            return False
        if low == "to":
            return True
    return False
