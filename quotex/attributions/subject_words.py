"""Words that head a reporting verb's subject, and words that only look as if they did.

A subject before a cue ends in a name, a plural, a role or source noun, or a quantifier standing
alone (:func:`subject_head`). A sentence that opens with a verb or its particle is inverted, its
subject after the verb ('Came the word:', 'Up spoke the mayor:'): that first word, capitalised
as any sentence's first word is, is no name (:func:`inverted_word`). Input: a word or a token
range; output: yes or no.
"""

from __future__ import annotations

from quotex.attributions.context import Context, is_source_noun
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES, TITLE_MODIFIERS
from quotex.lexicon.grammar import IRREGULAR_PAST, PHRASAL_PARTICLES, SUBJECT_PRONOUNS
from quotex.mentions import is_name_word
from quotex.mentions.role_heads import RANK_WORDS


def inverted_word(ctx: Context, subj: tuple[int, int]) -> bool:
    """Is the one-word subject *subj* a verb or a particle that opens an inverted sentence
    ('Came the word:', 'Up spoke the mayor:'), no name?"""
    low = ctx.lows[subj[0]]
    return subj[0] == subj[1] and (
        low in IRREGULAR_PAST or low in ctx.lexicon.verb_forms or low in PHRASAL_PARTICLES
    )


def lone_title_word(ctx: Context, subj: tuple[int, int]) -> bool:
    """Is the one-word subject *subj* a title modifier or a rank word ('Head', 'Senior'), the
    first word of a title the phrase walker left ('Head perry maker NAME's reply ...:'), no
    speaker?"""
    low = ctx.lows[subj[0]]
    return subj[0] == subj[1] and (low in TITLE_MODIFIERS or low in RANK_WORDS)


def subject_head(w: str, lexicon: Lexicon) -> bool:
    """*w* can end the subject of a reporting verb: a name, a plural, a role or source noun,
    or a quantifier standing alone ('all agreed', 'No one expected')."""
    low = w.lower()
    return (
        (is_name_word(w) and low not in NOT_NAMES)
        or (w.isalpha() and w.islower() and low.endswith("s") and not low.endswith("ss"))
        or is_source_noun(low, lexicon)
        or low in ("all", "both", "some", "many", "most", "few", "one", "others")
    )


def speaker_word(w: str, lexicon: Lexicon) -> bool:
    """Can the phrase whose head is the word *w* speak: a subject pronoun, a name, or a source
    noun (a role, group, organisation or source noun of *lexicon*)?"""
    low = w.lower()
    return (
        w in SUBJECT_PRONOUNS
        or low in SUBJECT_PRONOUNS
        or (is_name_word(w) and low not in NOT_NAMES)
        or is_source_noun(low, lexicon)
    )
