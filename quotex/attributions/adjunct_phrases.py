"""Adjunct phrases after a report's object: of time ('for two hours on Saturday', 'on Friday
night') and of the medium ('on Facebook', 'in a post', 'on social media').

Quirk et al. 1985, §8.79 and §9.25: a prepositional phrase of time or of means after a verb's
object is an adjunct of the verb, not part of what the verb conveys, so an object followed by
only such phrases is still the verb's whole object ('replied to Ana Roe on Facebook': Ana Roe
is whom she answered). Input: the tokens' words and a token range; output: whether the range
holds such phrases only. Also the name of a work such an adjunct sets off (:func:`past_work_name`)
or holds in marks (:func:`marked_name_end`), and a phrase of place that runs to a colon
(:func:`place_then_colon`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import NUMBER_WORDS, TIME_WORDS
from quotex.lexicon.grammar import (
    CLAUSE_STARTERS,
    CUE_PLACE_OPENERS,
    DURATION_NOUNS,
    MEDIUM_NOUNS,
    TITLE_SMALL_WORDS,
)
from quotex.mentions.work_titles import WORK_NOUNS

#: Words that open a time phrase ('for two hours', 'on Saturday', 'in midweek', 'last week').
TIME_PREPOSITIONS = frozenset(
    "for on at during over in until through throughout since after before last this earlier".split()
)
#: Words of a time phrase: days, months, parts of the day and week.
TIME_PHRASE_WORDS = TIME_WORDS | DURATION_NOUNS | frozenset("midweek minute minutes hour".split())
#: Words of a phrase of the medium: its nouns, and 'social media', 'her page', 'his account', 'on X'.
_MEDIUM_WORDS = MEDIUM_NOUNS | frozenset(["media", "page", "account", "x"])


def adjunct_phrase(words: Sequence[str], a: int, b: int) -> bool:
    """Are tokens *a..b* phrases of time or of the medium only ('for two hours on Saturday',
    'on Facebook on Friday night')?"""
    k = a
    while k <= b:
        if words[k].lower() not in TIME_PREPOSITIONS:
            return False
        k += 1
        saw_head = False
        while k <= b and words[k].lower() not in TIME_PREPOSITIONS:
            low = words[k].lower()
            saw_head = saw_head or low in TIME_PHRASE_WORDS or low.isdigit() or low in NUMBER_WORDS
            saw_head = saw_head or low in _MEDIUM_WORDS
            k += 1
        if not saw_head:
            return False
    return True


#: The most words of a work's name set off after its noun ('in her memoir, | A Harbour in Winter,').
_WORK_NAME_WORDS = 8


def past_work_name(words: Sequence[str], i: int, end: int) -> int:
    """The token after the name of a work that a cue's adjunct names and sets off by commas,
    from token *i* ('put it in her memoir, | A Harbour in Winter, | "C"'): after a work noun
    (:data:`~quotex.mentions.work_titles.WORK_NOUNS`) and its comma, capitalised words and
    small words up to the next comma; else *i*. The name is the work's, not the report."""
    if (
        i < 2
        or i > end
        or words[i - 1] != ","
        or words[i - 2].lower() not in WORK_NOUNS
        or not words[i][:1].isupper()
    ):
        return i
    k = i
    while k <= end and k - i < _WORK_NAME_WORDS and (words[k][:1].isupper() or words[k] in TITLE_SMALL_WORDS):
        k += 1
    return k + 1 if k <= end and words[k] == "," else i


def marked_name_end(words: Sequence[str], k: int, end: int, marks: frozenset[str]) -> int:
    """The token after a name in marks that opens at token *k* inside an adjunct ('aboard |
    “Ardent Wren” | that C', 'at | "Harbour Nights" | that'): an opening mark of *marks*, up to
    :data:`_WORK_NAME_WORDS` capitalised or small words of a title, no punctuation, a closing
    mark; else *k*. A ship's, a show's or a work's name is the adjunct's, no quotation begun."""
    if words[k] not in marks:
        return k
    m = k + 1
    while (
        m <= end and m - k <= _WORK_NAME_WORDS and (words[m][:1].isupper() or words[m] in TITLE_SMALL_WORDS)
    ):
        m += 1
    return m + 1 if k + 1 < m <= end and words[m] in marks and words[m - 1][:1].isupper() else k


def place_then_colon(lows: Sequence[str], k: int, end: int) -> bool:
    """Does a phrase of place at token *k* (*near Oxley*, *in the village hall*) run to a colon
    within five words, none a verb's or clause's word?"""
    if k > end or lows[k] not in CUE_PLACE_OPENERS:
        return False
    for j in range(k + 1, min(end, k + 5) + 1):
        if lows[j] == ":":
            return True
        if not lows[j].isalnum() or lows[j] in CLAUSE_STARTERS:
            return False
    return False
