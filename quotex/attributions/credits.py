"""The speaker's phrase of a credit between a quotation and its cue, or after an inverted cue.

Input: the context, the token where the phrase starts, a limit and a direction; output: the
phrase's token range, or None. Only names, lower-case modifiers and role words, hyphens and
numbers stand in it ('"C," Texas-based Matt Ode said', '"C," said Senate minority leader Ida
Strand', 'the 46-year-old'); a reported clause never does ('said (that) Halvard had paid'). And
whether a phrase found before a cue is the front of a noun compound instead ('a turning point').
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.adverbial_clauses import opens_subject
from quotex.attributions.context import (
    Context,
    ends_with_punctuation,
    is_closing_quote,
    is_source_noun,
    manner_adverb,
)
from quotex.attributions.modifiers import article_nominal
from quotex.attributions.np_heads import PLURAL_PLACE_PREPOSITIONS, titled_name_follows
from quotex.attributions.np_words import hyphened_adverb
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES, NUMBER_WORDS, PRONOUNS
from quotex.lexicon.grammar import (
    ADJUNCT_SUBORDINATORS,
    ARTICLE_PRONOUNS,
    AUXILIARIES,
    CLAUSE_SUBORDINATORS,
    MODALS,
    PREPS_IN_SOURCE_NP,
    QUANTIFIER_PRONOUNS,
    RELATIVES,
    SUBORDINATORS,
)
from quotex.lexicon.verb_frames import NOUN_HOMOGRAPHS
from quotex.mentions import is_name_word
from quotex.mentions.words import past_form

_CREDIT_TOKENS = 12  # the most tokens of a credit phrase ('Tasman University vice-chancellor Mary-Kate ...')


#: Subordinators that open a clause of its own after a quotation (not *as*: '"C," as a
#: spokesman said' is a credit).
_CLAUSE_OPENERS = (CLAUSE_SUBORDINATORS | ADJUNCT_SUBORDINATORS) - {"as"}


def credit_phrase(ctx: Context, k: int, limit: int, step: int) -> tuple[int, int] | None:
    """A speaker's phrase between a quotation and its cue, read from token *k* towards
    *limit* (step -1: leftwards to the closing mark; step 1: rightwards to the sentence end or
    a comma). Only names, lower-case modifiers and role words, hyphens and numbers may stand
    in it ('Texas-based Matt Ode', 'Senate minority leader Ida Strand', 'the 46-year-old'),
    and it must hold a name, a role word or an age."""
    words, lows = ctx.tokens.words, ctx.lows
    lexicon = ctx.lexicon
    start = m = k - 1 if step < 0 and manner_adverb(words[k]) else k  # 'Ashcombe wearily said'
    speaker = False
    relative = False  # inside a restrictive relative ('said a charity that has backed X')
    while (m >= limit if step < 0 else m <= limit) and abs(m - start) < _CREDIT_TOKENS:
        w = words[m]
        low = lows[m]
        if step < 0 and is_closing_quote(ctx, m):
            if not ends_with_punctuation(ctx.tokens.text, ctx.spans[ctx.quote_of[m]]):
                return None
            ok = speaker or article_nominal(words, m + 1, start)  # ('a deckhand on the ferry')
            if m + 1 <= start and lows[m + 1] in _CLAUSE_OPENERS:
                return None  # ('chanted "C" until a guard asked': a clause of time, no credit)
            return (m + 1, start) if ok and m + 1 <= start else None
        if (
            step > 0
            and m > start
            and (manner_adverb(w) or (w.islower() and hyphened_adverb(ctx.tokens, m, limit)))
        ):
            return (start, m - 1) if speaker else None  # 'said Ashcombe wearily', '... matter-of-factly'
        if step > 0 and (w in (",", ".", "?", "!", ";") or m == limit):
            end = m - 1 if not w[:1].isalnum() else m
            if w[:1].isalnum():
                speaker = speaker or is_name_word(w) or low in lexicon.role_words
            return (start, end) if speaker and end >= start else None
        if (
            ctx.quote_of[m] >= 0
            # ('Hope Lind' is a name; 'said state epidemiologist NAME': a role's modifier)
            or (
                low in lexicon.verb_forms
                and not is_name_word(w)
                and not (m > 0 and words[m - 1] == "-")  # ('well-known plumber NAME': a modifier)
                and not titled_name_follows(words, m, limit, lexicon)
            )
            or low in SUBORDINATORS
            or low in RELATIVES
            or (low == "that" and m + 1 <= limit and opens_subject(words[m + 1]))  # ('said that Halvard')
            or (not relative and w.islower() and (low in AUXILIARIES or low in MODALS))
            or (step > 0 and not relative and speaker and past_form(w) and is_name_word(words[m - 1]))
        ):
            # ('... said that Halvard had paid too much', 'said Halvard raised prices': a
            # reported clause after the cue, not a credit)
            return None
        relative = relative or low == "that"
        if (
            (is_name_word(w) and low not in NOT_NAMES)
            or low in lexicon.role_words
            or (low == "old" and words[m - 1] == "-")
        ):
            speaker = True
        elif not (
            (w.isalpha() and (w.islower() or is_name_word(w)))
            or w in ("-", "'s", "’s", ".")
            or w[:1].isdigit()
            or low in ("of", "the", "a", "an")
        ):
            return None
        m += step
    return None


def noun_compound_credit(
    words: Sequence[str], src: tuple[int, int], cue: int, lemma: str, lexicon: Lexicon
) -> bool:
    """The 'source' found before a cue word that ends a clause is the front of a noun
    compound, so the cue is a noun ('in her home | state', 'a turning | point', 'taking |
    questions'): the word before the cue is a lower-case word that heads no source, and the
    cue is a plain form after a singular word, or a plural noun after an *-ing* form or a
    noun that is also a verb's -s form (NOUN_HOMOGRAPHS: 'his | attacks')."""
    head = words[src[1]]
    low = head.lower()
    if (
        src[1] != cue - 1
        or not (head.isalpha() and head.islower())
        or (src[0] > 0 and words[src[0] - 1] in lexicon.quote_tokens)  # ('"C," the two write')
        or low in NUMBER_WORDS
        or is_source_noun(low, lexicon)
        or low in PRONOUNS
        or low in QUANTIFIER_PRONOUNS
        or low in ARTICLE_PRONOUNS
    ):
        return False
    form = words[cue].lower()
    if form == lemma:  # ('residents say', 'growers in the valley say': the plural before the place)
        return not low.endswith("s") and not _plural_before_place(words, src)
    return form in (lemma + "s", lemma + "es") and (low.endswith("ing") or lemma in NOUN_HOMOGRAPHS)


#: The prepositions inside a source's phrase ('officials at the port', 'growers along the coast').
_PHRASE_PREPOSITIONS = PREPS_IN_SOURCE_NP | PLURAL_PLACE_PREPOSITIONS


def _plural_before_place(words: Sequence[str], src: tuple[int, int]) -> bool:
    """Does the phrase *src* open with a lower-case plural and a preposition of its own
    ('growers | in the valley', 'officials | at the port'), so a plain verb after it agrees?"""
    plural = words[src[0]]
    return (
        src[0] + 1 < src[1]
        and words[src[0] + 1].lower() in _PHRASE_PREPOSITIONS
        and plural.isalpha()
        and plural.islower()
        and plural.endswith("s")
        and not plural.endswith("ss")
    )


#: Words that open an adverbial clause set off between an inverted cue and its subject.
_ADVERBIAL_OPENERS = frozenset(["as", "while", "after", "before", "when", "with", "without"])
#: The most tokens of such a clause.
_ADVERBIAL_TOKENS = 20


def past_inverted_aside(words: Sequence[str], k: int, last: int) -> int:
    """Where the subject of an inverted cue starts when a participial or adverbial clause set off
    by commas opens at token *k* ('"C," said, | turning the key in the lock, | NAME.', 'said, as
    the visitors left, NAME'; Quirk et al. 1985 §15.57); else *k*."""
    if k + 2 > last or words[k] != ",":
        return k
    w = words[k + 1]
    if not (w.lower() in _ADVERBIAL_OPENERS or (w.islower() and w.endswith("ing") and len(w) > 4)):
        return k
    close = next(
        (j for j in range(k + 2, min(last, k + _ADVERBIAL_TOKENS) + 1) if words[j] in (",", ":")), -1
    )
    return close + 1 if close > 0 and words[close] == "," and close + 1 <= last else k
