"""Inverted credits: the source after its cue when the words come first ('"C," said Smith',
'"C," flatly said Smith', '"C," said she.').

Input: a verb cue (or the context and token indices); output: whether the inverted frame holds,
or the token before the cue's adverbs. Read by :mod:`.verb_rules`.
"""

from __future__ import annotations

from quotex.attributions.adjuncts import quote_before_adjunct
from quotex.attributions.context import Context, before_cue_adverbs, ends_with_punctuation, is_closing_quote
from quotex.attributions.sites import VerbCue
from quotex.lexicon.verb_frames import ADDRESSEE_VERBS


def quote_before_adverbs(v: VerbCue) -> int:
    """The token before the cue, or the closing quotation mark before the adverbs there
    ('"C," flatly said X'; after a comma an adverb stays: 'C, always pointed north')."""
    k = before_cue_adverbs(v.words, v.prev, v.floor)  # (or before an adjunct: '"C," in X on DAY, said')
    return k if k != v.prev and is_closing_quote(v.ctx, k) else quote_before_adjunct(v.ctx, v.prev, v.floor)


def inverted_after_content(v: VerbCue) -> bool:
    """Can the verb cue *v* credit the words before it from an inverted source after it ('"C," said
    Smith', 'C, said Smith'): no subject before it, a comma or a closed quotation before it, a verb
    of speech (not of telling: '"C," told the Gazette')?"""
    ctx, words = v.ctx, v.words
    prev = quote_before_adverbs(v)  # '"C," flatly said X'
    return (
        v.subject()[0] is None
        and prev >= v.floor
        and (
            words[prev] == ","
            or (
                is_closing_quote(ctx, prev)
                and (
                    ends_with_punctuation(ctx.tokens.text, ctx.spans[ctx.quote_of[prev]])
                    or ctx.quote_of[v.floor] == ctx.quote_of[prev]  # '"We will stay" said X'
                )
            )
        )
        and v.vclass == "speech"
        and not v.low.endswith("ing")
        and v.lemma not in ADDRESSEE_VERBS  # ('"C," told the Gazette ...': the Gazette is told)
    )


def inverted_pronoun(ctx: Context, prev: int, k: int) -> bool:
    """Is token *k*, right after an inverted cue that a quotation ending at token *prev* precedes,
    a personal pronoun that ends the credit ('"C," said she.', '"C," said he, adding that ...')?"""
    nxt = ctx.tokens.words[k + 1] if k + 1 < len(ctx.tokens.words) else "."
    return (
        is_closing_quote(ctx, prev) and ctx.lows[k] in _INVERTED_PRONOUNS and nxt in (".", ",", "!", "?", ";")
    )


#: Pronouns that may follow an inverted cue.
_INVERTED_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
