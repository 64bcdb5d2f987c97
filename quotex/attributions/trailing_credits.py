"""Trailing credits: the attribution clause after a quotation that ends in ``, ? !`` names
its speaker whatever follows the verb or stands in the source (``"C," Cecily Marsh, 67, a
retired clerk, said by phone.``, ``"C," says a source close to the board.``, ``"C," tweeted
another.``), with the lexicon's speech verbs (rule ``cue_after_content``) or a frame verb
(:func:`~quotex.attributions.frame_verbs.frame_verb`, rule ``reporting_frame``), or inverted with a
noun of saying (``"C," came the reply from X.``, ``"C," was her answer.``; rule ``cue_noun``).

Input: the attribution context, an unclaimed quotation span, its sentence and first token;
output: an :class:`~quotex.attributions.model.Attribution` or None.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.context import Context, is_source_noun, manner_adverb, opens_sentence, title_case
from quotex.attributions.frame_verbs import frame_verb
from quotex.attributions.frames import FRAME_SOURCE_TOKENS, hyphened_verb_start
from quotex.attributions.model import Attribution
from quotex.attributions.modifiers import modified_source_after
from quotex.attributions.noun_phrases import np_right
from quotex.attributions.np_words import open_verb_after_source
from quotex.lexicon.function_words import STOP_WORDS
from quotex.lexicon.grammar import (
    AUXILIARIES,
    COPULA,
    GROUP_MEMBERS,
    MODALS,
    POSSESSIVE_DETERMINERS,
    QUANTIFIER_PRONOUNS,
    RELATIVES,
    SAYING_NOUNS,
)
from quotex.mentions import is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.records import QuoteKind
from quotex.sentences import Sentence

__all__ = ["CREDIT_OPENERS", "CREDIT_SOURCE_TOKENS", "credit_source", "trailing_credit"]

#: How many tokens a trailing credit's source may have before its verb: 'Cecily Marsh, 67,
#: a retired clerk in Hull, Pa., said'.
CREDIT_SOURCE_TOKENS = 24
#: Words that open a trailing credit's source besides a capitalised word: '"C," a source close
#: to the board said', '"C," one said' (quantifiers), '"C," the 82-year-old said'.
CREDIT_OPENERS = frozenset(["a", "an", "the", "one", "another", "some", "others", "several", "many"])
_NOT_CREDIT_OPENERS = STOP_WORDS - CREDIT_OPENERS


def _credit_verb(ctx: Context, k: int, last: int) -> tuple[str, int] | None:
    """Token *k* is a reporting verb of a trailing credit: a lower-case speech verb of the
    lexicon (not a participle), or a frame verb (:func:`frame_verb`). Returns the rule the
    credit gives and the verb's last token."""
    w = ctx.tokens.words[k]
    entry = ctx.lexicon.verb_forms.get(w)
    if entry is not None:
        if entry[1] == "speech" and not w.endswith(("ing", "en")):
            return "cue_after_content", k
        return None
    e = frame_verb(ctx.tokens.words, k, last)
    return None if e < 0 else ("reporting_frame", e)


def _modifier_before(words: Sequence[str], a: int, b: int) -> int:
    """The first of tokens *a* .. *b* that opens a modifier of the noun before it (a participle,
    a relative pronoun, a comma: 'a source involved in', 'a man calling himself', 'Bruce Willis,
    who'), or *b* + 1."""
    for m in range(a, b + 1):
        w = words[m]
        if (
            w in (",", ".", ";", "(")
            or w in RELATIVES
            or (w.islower() and w.endswith(("ing", "ed")) and len(w) > 4)
        ):
            return m
    return b + 1


def credit_source(ctx: Context, a: int, b: int) -> bool:
    """Tokens *a* .. *b* can be a trailing credit's source: they open with a capitalised word
    or a determiner or quantifier, hold a capitalised word or a role or source noun, and
    no quotation, clause end or second reporting verb."""
    words, lexicon, lows = ctx.tokens.words, ctx.lexicon, ctx.lows
    first = words[a]
    if not (first[:1].isupper() or first.lower() in CREDIT_OPENERS) or first.lower() in _NOT_CREDIT_OPENERS:
        return False
    named = False
    for k in range(a, b + 1):
        w = words[k]
        low = lows[k]
        if (
            ctx.quote_of[k] >= 0
            or w in (".", ";", ":", "!", "?")
            or low in lexicon.verb_forms
            or low in AUXILIARIES
            or low in MODALS
        ):
            return False  # a clause, not a noun phrase: 'Clinton has gotten the game down'
        named = (
            named
            or is_name_word(w)
            or low in QUANTIFIER_PRONOUNS
            or is_source_noun(low, lexicon)
            or (k == a + 1 and low in GROUP_MEMBERS and first.lower() in ("the", "a"))  # 'the other'
        )
    return named


#: Verbs that invert a credit by a noun of saying after a quotation: '"C," came the reply from
#: X', '"C," was Ines Marr's answer' (Quirk et al. 1985, §18.23, subject-verb inversion).
_NOUN_CREDIT_VERBS = frozenset(["came", "comes", "was", "is"])


def _noun_credit(ctx: Context, k: int, last: int) -> tuple[tuple[int, int], int] | None:
    """An inverted credit by a noun of saying (:data:`~quotex.lexicon.grammar.SAYING_NOUNS`)
    from token *k*, right after a quotation: 'came the (curt) reply from Ines Marr', 'came Ines
    Marr's reply', 'was her answer', 'was the verdict of Ines Marr'. Returns the source's token
    range (the possessor, or the phrase after *from* or *of*) and the noun's token; None without
    a source ('was the reply')."""
    words, lows, tokens = ctx.tokens.words, ctx.lows, ctx.tokens
    if lows[k] not in _NOUN_CREDIT_VERBS or k + 2 > last:
        return None
    m, src = k + 1, None
    mark = next((n for n in range(m + 1, min(last, m + 6)) if words[n] in ("'s", "’s")), -1)
    if mark > 0 and all(w[:1].isalpha() for w in words[m:mark]):  # ("Ines Marr's", "the mayor's")
        src, m = (m, mark - 1), mark + 1
    elif lows[m] in POSSESSIVE_DETERMINERS:
        src, m = (m, m), m + 1
    elif lows[m] in ("the", "a"):
        m += 1
    else:
        return None
    noun = next((n for n in range(m, min(last, m + 2) + 1) if lows[n] in SAYING_NOUNS), -1)
    if noun < 0 or any(not lows[n].isalpha() for n in range(m, noun)):
        return None
    after = noun + 1
    if src is None and after + 1 <= last and lows[after] in ("from", "of"):  # ('the verdict of X')
        src = np_right(tokens, after + 1, last, ctx.lexicon)
        after = after if src is None else src[1] + 1
    if src is None or (after <= last and words[after] not in (",", ".", "!", "?", ";")):
        return None
    return src, noun


def trailing_credit(ctx: Context, span: QuoteSpan, s: Sentence, f: int) -> Attribution | None:
    """An unclaimed quotation ending in ``, ? !`` and followed in its sentence by an attribution
    clause: ``"C," SOURCE VERB ...`` with a source of up to :data:`CREDIT_SOURCE_TOKENS` tokens
    (appositions and ages included: ``Cecily Marsh, 67, a retired clerk in Hull, Pa., said by
    phone``), or ``"C," VERB SOURCE ...`` (``says a source close to the board``, ``tweeted
    another``). Whatever follows the verb (``when asked ...``, ``as a photo is shown``, ``and a
    guard led him out``) does not matter: a quotation closed by a comma is the object of the
    verb that follows it. The verb is a speech verb of the lexicon or a frame verb; or a noun
    of saying credits it (:func:`_noun_credit`: ``came the reply from X``)."""
    text = ctx.tokens.text
    inner = text[span.start : span.end].rstrip("\"”’'»“‘«` ")
    if inner[-1:] not in (",", "?", "!") or title_case(text, span) or not opens_sentence(text, span):
        return None
    tokens, words = ctx.tokens, ctx.tokens.words
    last = s.last
    if f > s.first and words[f - 1] not in (",", ":", ";", "—", "–", "-", "(", "[", "…"):
        return None  # mid-sentence: 'what a "rant," she said' quotes a word, it credits nobody
    k = bisect.bisect_left(tokens.starts, span.end, f)  # the first token after the quotation
    if k > last or not words[k][:1].isalnum():
        return None
    part = ((span.start, span.end),)
    if (credit := _noun_credit(ctx, k, last)) is not None:  # '"C," came the reply from X.'
        n = credit[1]
        return Attribution(part, credit[0], (tokens.starts[n], tokens.ends[n]), "cue_noun", QuoteKind.DIRECT)
    # (a hyphenated verb opens the credit: '"C," tut-tutted NAME')
    verb = _credit_verb(ctx, k + 2 if k + 2 <= last and hyphened_verb_start(tokens, k + 2) == k else k, last)
    if verb is not None:  # inverted: '"C," says a source close to the board.'
        rule, e = verb
        after = e + 1  # (past an adverb set off by commas: '"C," said, quietly, Ines Marr')
        after += (
            3 if e + 4 <= last and words[e + 1] == words[e + 3] == "," and manner_adverb(words[e + 2]) else 0
        )
        src = np_right(tokens, after, last, ctx.lexicon)
        if src is None and after <= last:  # 'says a source involved in ...', 'tweeted another.'
            src = (after, min(last, after - 1 + FRAME_SOURCE_TOKENS))
        if src is not None:
            b = _modifier_before(words, src[0] + 1, src[1]) - 1
            while b > src[0] and not words[b][:1].isalnum():
                b -= 1
            src = modified_source_after(tokens, (src[0], b), last, ctx.lexicon)  # 'said a nurse on the ward'
        if src is None or not credit_source(ctx, src[0], src[1]):
            return None
        return Attribution(part, src, (tokens.starts[k], tokens.ends[e]), rule, QuoteKind.DIRECT)
    for v in range(k + 1, min(last, k + CREDIT_SOURCE_TOKENS) + 1):
        w = words[v]
        if ctx.quote_of[v] >= 0 or w in (".", ";", ":", "!", "?"):
            return None
        c = hyphened_verb_start(tokens, v)  # (the verb's first token: 'NAME tut-tutted')
        if w.lower() not in ctx.lexicon.verb_forms and not (
            frame_verb(words, v, last) >= 0 and open_verb_after_source(words, k, c, last, ctx.lexicon)
        ):
            continue  # (an open-class verb only after a plain name: 'Cecily Marsh, 67, a retired clerk')
        if words[v + 1 : v + 3] == ("to", "have") and words[v - 1] in COPULA:
            continue  # 'X is said to have told ...': the hedge, not the cue
        verb = _credit_verb(ctx, v, last)
        b = c - 1 if words[c - 1] != "," else c - 2
        if words[b] == "have" and words[b - 1] == "to" and b - 3 >= k and words[b - 3] in COPULA:
            b -= 4  # ('X is said to have told': the subject before the hedge)
        if verb is None or b < k or not credit_source(ctx, k, b):
            return None
        rule, e = verb
        return Attribution(part, (k, b), (tokens.starts[c], tokens.ends[e]), rule, QuoteKind.DIRECT)
    return None
