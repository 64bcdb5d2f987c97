"""Places' regions after a description's comma: is the name after 'a supporter from Hemet,' a
region ('California') or a person ('NAME')? (stage helper of :mod:`quotex.mentions.comma_titles`).

Input: the words, the name's tokens and the lexicon; output: whether a place's region, rather
than a person's name, may stand there.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.places import PLACE_WORDS
from quotex.mentions.words import is_body_word, is_name_word

__all__ = ["DESCRIPTION_ARTICLES", "after_body", "one_word_name", "one_word_region", "region"]

#: Articles that open a description written before a name ('A tailor in Surulere, NAME,'), read by
#: :mod:`~quotex.mentions.comma_titles` too.
DESCRIPTION_ARTICLES = frozenset(["a", "an", "the"])


def region(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Can the chain *first..last* after a description's comma be a place's region rather than
    a person's name: one word ('Ill.', 'Idaho'), a county ('Co Clare', 'County Kerry') or a
    listed place ('New Hampshire')?"""
    return (
        (first == last and not one_word_name(words, first, lexicon))
        or words[first].rstrip(".") in ("Co", "County")
        or " ".join(words[first : last + 1]).lower() in PLACE_WORDS
        or words[last].lower() in PLACE_WORDS
    )


#: Prepositions before a place whose region one word between commas may be.
_PLACE_LINKS = frozenset("in near outside from above below beneath beyond".split())


def one_word_region(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Is the one word at token *k*, after a comma, a place's region rather than a name: an
    abbreviation or a listed place ('Ill.', 'Ghana': 'leaders of the United States, Canada and
    Mexico'), or any word after a place that a preposition of place opens ('a supporter from
    Hemet, California,'; not 'The chief engineer at Cork County Council, NAME,', nor after a
    body's name, :func:`after_body`)?"""
    w = words[k]
    if not w.isalpha() or w.lower() in PLACE_WORDS:
        return True
    if after_body(words, k, lexicon) or (
        k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1].islower()
    ):
        return False  # (nor before a verb: 'A former nurse from Ebrekia, NAME now shares')
    m = k - 2
    while m > floor and is_name_word(words[m]) and k - 2 - m < 3:
        m -= 1
    return m < k - 2 and words[m].lower() in _PLACE_LINKS


def one_word_name(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Can the one word at token *k*, between a description's comma and another, be a person
    known by one name rather than a place's region: no abbreviation ('Ill.'), no listed place,
    and the description before it ends in a lower-case word ('A student in her final year,
    Wayan,'; not 'a retiree from Carthage, Illinois,') or a body's name (:func:`after_body`)?"""
    w = words[k]
    return (
        w.isalpha()
        and w.lower() not in PLACE_WORDS
        and k - 2 >= 0
        and (
            (words[k - 2][:1].islower() and words[k - 2] not in DESCRIPTION_ARTICLES)
            or after_body(words, k, lexicon)
        )
    )


def after_body(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Does a body's name end right before the comma before token *k* ('at Kandy Public
    Library, NAME,', 'of the Recife Philharmonic Orchestra, NAME,')? A body has no region: the
    one word after it names a person."""
    return k >= 2 and words[k - 2][:1].isupper() and is_body_word(words[k - 2], lexicon)
