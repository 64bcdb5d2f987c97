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
from quotex.lexicon.grammar import (
    AUXILIARIES,
    CLAUSE_SUBORDINATORS,
    COPULA,
    LINKING_WORDS,
    MODALS,
    PREPOSITIONS,
    SUBORDINATORS,
)
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
    harbour master's view'), and the adjunct ends at its noun; 'in Tamm's novel', 'in full view',
    'in his words and deeds' are no credit."""
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
        if k > last or lows[k] not in nouns or (k + 1 <= last and words[k + 1][:1].isalnum()):
            return None  # ('in his words and deeds': the adjunct ends at its noun)
        return src, k + 1
    return None


def as_clause(ctx: Context, lemma: str, src: tuple[int, int], floor: int) -> tuple[tuple[int, int], int, int]:
    """A reporting verb's subject *src*, the token before it and the content's floor, stepping
    over a comment clause's *as* when a comma, dash or closing quotation mark stands before it
    (', as Kalju Tamm put it', '"C," as she noted'): then the source without *as*, the token
    before *as* and the floor past a dash that opens an aside around the clause ('- her father
    had not sailed since May, as she said -'); else *src*, the token before it and *floor*. Only verbs
    that report words (:data:`~quotex.lexicon.reporting_verbs.AS_CREDIT_VERBS`): *as X
    expected*, *as X had feared*, *as X predicted* credit no statement; *such as X*, *as big as
    X* have no comma. Not when the comma interrupts a phrase (:func:`interrupts_phrase`: 'owes
    its survival to, as X put it, "sheer stubbornness"') or follows only a discourse marker
    ('Of course, as X observed, C'): the clause after the comment is what it credits. With no
    *as*, the token before the subject is the closing mark of a quotation before an adjunct set off
    by commas (:func:`quote_before_adjunct`: '"C," in Kelderby on Tuesday, NAME said')."""
    lows = ctx.lows
    as_ = src[0] if lows[src[0]] == "as" and src[0] < src[1] else src[0] - 1
    if as_ - 1 < floor or lows[as_] != "as" or lemma not in AS_CREDIT_VERBS:
        return src, quote_before_adjunct(ctx, src[0] - 1, floor), floor
    mark = ctx.tokens.words[as_ - 1]
    quoted = is_closing_quote(ctx, as_ - 1)
    if not quoted and (
        mark not in (",", "—", "–")
        or interrupts_phrase(ctx, as_ - 2, floor)
        or only_markers(ctx, floor, as_ - 2)
    ):
        return src, src[0] - 1, floor
    return (max(src[0], as_ + 1), src[1]), as_ - 1, aside_floor(ctx, floor, as_ - 1)


#: Words that leave a phrase open before a comma: prepositions, forms of *be* and *have*,
#: modals, determiners, conjunctions, subordinators and linking verbs ('The mill was, in
#: the words of X, "a museum"', 'because, in X's words, "..."', 'had become, as X put
#: it, ...').
_OPEN_WORDS = (
    PREPOSITIONS
    | COPULA
    | AUXILIARIES
    | MODALS
    | DETERMINERS
    | SUBORDINATORS
    | CLAUSE_SUBORDINATORS
    | frozenset("that and or but to become became becomes remain remains remained seen called dubbed".split())
)
#: Discourse markers that may stand alone before a fronted credit ('Of course, as X observed,
#: C', 'But, in her view, C'): the credit is fronted, no content stands before it.
_MARKERS = LINKING_WORDS | frozenset("of course again after all perhaps certainly thus therefore".split())


def interrupts_phrase(ctx: Context, k: int, floor: int) -> bool:
    """Does token *k*, the last before an adjunct's comma, leave its phrase open (a word of
    :data:`_OPEN_WORDS`, as written: 'since May,' holds no modal)? Then the adjunct credits the
    words after it, never those before. *that* first in the content (after *floor* and any
    discourse marker) is a pronoun, the subject: 'And that, as X noted, is ...'."""
    if k < floor or ctx.tokens.words[k] not in _OPEN_WORDS:
        return False
    return ctx.tokens.words[k] != "that" or not only_markers(ctx, floor, k - 1)


def only_markers(ctx: Context, a: int, b: int) -> bool:
    """Are tokens *a* .. *b* only discourse markers and punctuation ('Of course', 'But')?"""
    return all(ctx.lows[k] in _MARKERS or not ctx.tokens.words[k][:1].isalnum() for k in range(a, b + 1))


def aside_floor(ctx: Context, floor: int, b: int) -> int:
    """The first token after the last spaced dash from *floor* to *b*, or *floor*: a credit
    inside a dash aside credits only the aside ('On Monday, at the hall by the harbour - the
    ferry had not sailed since May, as she said - ...')."""
    tokens = ctx.tokens
    for k in range(b, floor, -1):
        w = tokens.words[k]
        if w in ("—", "–") or (w in ("-", "--") and tokens.starts[k] > tokens.ends[k - 1]):
            return k + 1
    return floor


def quotation_after(ctx: Context, k: int, last: int) -> bool:
    """Does a quotation open right after the comma at token *k* ('..., in X's words, "Q"')?"""
    return k + 1 <= last and ctx.tokens.words[k] == "," and ctx.quote_of[k + 1] >= 0


def comment_as(ctx: Context, src: tuple[int, int] | None) -> bool:
    """Is source *src* the subject of a comment clause, right after *as* ('..., as Y noted')?"""
    return src is not None and src[0] > 0 and ctx.lows[src[0] - 1] == "as"


def as_goes_on(ctx: Context, src: tuple[int, int], k: int, last: int) -> bool:
    """After a comment clause's verb (its subject *src*, the tokens from *k*), does the clause it
    interrupts go on with plain words, no quotation after a comma ('S, as X points out, is that
    C')? Then a *that* after it is the clause's, not a report of the comment's verb."""
    words, quote_of = ctx.tokens.words, ctx.quote_of
    return comment_as(ctx, src) and not any(
        quote_of[m] >= 0 and words[m - 1] == "," for m in range(k + 1, min(last, k + 12) + 1)
    )


#: The most tokens of an adjunct between a quotation and its credit (:func:`quote_before_adjunct`).
_ADJUNCT_TOKENS = 12
#: Prepositions that open a place or time adjunct of a credit ('in Kelderby', 'on a wet morning').
_ADJUNCT_PREPOSITIONS = frozenset("in on at during after before outside inside near over from".split())


def quote_before_adjunct(ctx: Context, before: int, floor: int) -> int:
    """The closing quotation mark before a prepositional adjunct that ends with the comma at
    token *before*, right before a credit ('"C," | in Kelderby on Tuesday, | NAME said', '"C," on
    a wet morning at the market, said NAME': the place and the time are the credit's, never the
    quotation's), when the quotation opens the content at *floor* and ends on its comma; *before*
    when no such adjunct (no verb, within :data:`_ADJUNCT_TOKENS`) stands there."""
    words, lows = ctx.tokens.words, ctx.lows
    if words[before] != ",":
        return before
    k = before - 1
    lo = max(floor, before - _ADJUNCT_TOKENS)
    while k > lo and not is_closing_quote(ctx, k):
        if not words[k][:1].isalnum() or lows[k] in ctx.lexicon.verb_forms or lows[k] in AUXILIARIES:
            return before
        k -= 1
    if k <= lo or k + 1 >= before or not is_closing_quote(ctx, k) or lows[k + 1] not in _ADJUNCT_PREPOSITIONS:
        return before
    # (a whole quotation that ends on its comma: not a fragment inside a clause, 'X "drew well"
    # in the 2008 primary, said NAME', where the adjunct is the clause's)
    whole = words[k - 1] == "," and ctx.quote_of[floor] == ctx.quote_of[k]
    return k if whole else before
