"""Attribution adjuncts: a clause credited by an adjunct rather than a reporting clause.

* :func:`possessive_credit`: *in X's words*, *in her view*, *to use X's phrase*: a source
  preposition whose source is a possessor (read by ``cue_rules.preposition_at``, which hands the
  source to the ``according_to`` rule).
* :func:`as_clause`: *C, as X put it.* / *S, as X noted, P.*: a comment clause after a
  comma credits the clause around it to X when its verb reports words (read by
  ``verb_rules.content_then_cue``, which steps over *as* to the comma).

Both are adjuncts of the clause they credit (Quirk et al. 1985, §8.88 on *in X's view*, a
content disjunct; §15.54 on comment clauses with *as*): fronted, between commas or last.
"""

from __future__ import annotations

from quotex.attributions.context import Context, is_closing_quote
from quotex.lexicon.function_words import DETERMINERS
from quotex.lexicon.reporting_verbs import AS_CREDIT_VERBS, POSSESSIVE_CREDITS
from quotex.mentions import is_name_word

#: Possessive determiners that stand for a source (*my*, *our*, *your* are the writer's or the
#: reader's: no source of a report).
_SOURCE_POSSESSIVES = frozenset(["his", "her", "their", "its"])
#: The possessive clitic as tokenised.
_CLITICS = frozenset(["'s", "’s", "'", "’"])
#: The most tokens of a possessor's phrase ('the county's chief harbour master').
_POSSESSOR_TOKENS = 6
#: Tokens after which an adjunct may open (none: the sentence's first token).
_OPENERS = frozenset([",", "—", "–", "("])


def opens_adjunct(ctx: Context, i: int, first: int) -> bool:
    """Does token *i* open an adjunct of its own: first in the sentence, after a comma, dash or
    bracket, or after a closing quotation mark? ('He wanted to quote Tamm' is a verb's object.)"""
    return i == first or ctx.tokens.words[i - 1] in _OPENERS or is_closing_quote(ctx, i - 1)


def possessive_credit(ctx: Context, i: int, first: int, last: int) -> tuple[tuple[int, int], int] | None:
    """A possessive credit starting at token *i*: (the possessor's tokens, the token after the
    adjunct), or None. The forms are :data:`~quotex.lexicon.reporting_verbs.POSSESSIVE_CREDITS`:
    *in* + possessor + (*own*) + *words* / *view* / *opinion* ..., *to use* / *to borrow* +
    possessor + *phrase* / *words*. The possessor is *his*, *her*, *their*, *its*, or up to six
    words before *'s* that open with a determiner or a name ('in Kalju Tamm's words', 'in the
    harbour master's view'); 'in Tamm's novel', 'in full view' are no credit."""
    words, lows = ctx.tokens.words, ctx.lows
    if not opens_adjunct(ctx, i, first):
        return None
    for opener, nouns in POSSESSIVE_CREDITS:
        n = len(opener)
        if i + n > last or tuple(lows[i : i + n]) != opener:
            continue
        j = i + n
        if lows[j] in _SOURCE_POSSESSIVES:
            src, k = (j, j), j + 1
        else:
            k = next((m for m in range(j, min(last, j + _POSSESSOR_TOKENS) + 1) if words[m] in _CLITICS), -1)
            if k <= j or not (lows[j] in DETERMINERS or is_name_word(words[j])):
                return None
            if not all(words[m][:1].isalnum() or words[m] in ("-", ".") for m in range(j, k)):
                return None
            src, k = (j, k - 1), k + 1
        if k <= last and lows[k] == "own":
            k += 1
        return (src, k + 1) if k <= last and lows[k] in nouns else None
    return None


def as_clause(ctx: Context, lemma: str, src: tuple[int, int], floor: int) -> tuple[tuple[int, int], int]:
    """A reporting verb's subject *src* and the token before it, stepping over a comment clause's
    *as* when a comma, dash or closing quotation mark stands before it (', as Kalju Tamm put it',
    '"C," as she noted'): then the source without *as* and the token before *as*; else *src* and
    the token before it. Only verbs that report words
    (:data:`~quotex.lexicon.reporting_verbs.AS_CREDIT_VERBS`): *as X expected*, *as X had
    feared*, *as X predicted* credit no statement; *such as X*, *as big as X* have no comma."""
    lows = ctx.lows
    as_ = src[0] if lows[src[0]] == "as" and src[0] < src[1] else src[0] - 1
    if as_ - 1 < floor or lows[as_] != "as" or lemma not in AS_CREDIT_VERBS:
        return src, src[0] - 1
    mark = ctx.tokens.words[as_ - 1]
    if mark in (",", "—", "–") or is_closing_quote(ctx, as_ - 1):
        return (max(src[0], as_ + 1), src[1]), as_ - 1
    return src, src[0] - 1


def comment_as(ctx: Context, src: tuple[int, int] | None) -> bool:
    """Is source *src* the subject of a comment clause, right after *as* ('..., as Y noted')?"""
    return src is not None and src[0] > 0 and ctx.lows[src[0] - 1] == "as"
