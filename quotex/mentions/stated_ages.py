"""A person's stated age beside a role or a post: the person's, never part of the title.

English writes an age as a premodifier of the head noun (*a 51-year-old coxswain*, *the
36-year-old lock keeper*) or as a clause of its own in a relative (*NAME, who is 51 and has
been coxswain at X*): either describes the person, not the post (Quirk et al. 1985, §7.20 on
*-year-old* compounds, §13.92 on coordinated relative predicates). The title readers step over
it: a prefix title stops at it and reads the word before it as its frame ('said | 51-year-old |
coxswain NAME'), a copular relative reads its post after it. The age itself stays the
entity's (:func:`quotex.entities.build_entities` reads it; :mod:`quotex.speakers.ages` resolves
*the 51-year-old* by it).

Input: the words of the text and a token index; output: token indices (-1 when none).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import NUMBER_WORDS

#: The tokens of '-year-old' after an age's number, as the tokenizer splits them.
_YEAR_OLD = ("-", "year", "-", "old")
#: The most digits of an age ('51', '103'; not a year such as '1990').
_AGE_DIGITS = 3
#: Copulas that state an age in a relative clause ('who is 51 and', 'who was 36 and').
_AGE_COPULAS = frozenset(["is", "was"])


def age_number(word: str) -> bool:
    """Is *word* a number of one to three digits, as an age is written ('51', not '1990s')?"""
    return word.isdigit() and len(word) <= _AGE_DIGITS


def _age_at(words: Sequence[str], j: int) -> bool:
    """Does an age '``NUM``-year-old' (spelled too: 'eight-year-old') open at token *j*?"""
    return tuple(words[j + 1 : j + 5]) == _YEAR_OLD and (
        age_number(words[j]) or words[j].lower() in NUMBER_WORDS
    )


def age_before(words: Sequence[str], k: int, floor: int) -> int:
    """The first token of an age whose *old* is token *k*, not before *floor* ('said | 51 - year
    - old | coxswain'; 'whose | eight-year-old | son'), else -1."""
    j = k - 4
    # (an age ends on *old*: most tokens are none, no slice made for them)
    return j if j >= floor and k < len(words) and words[k] == "old" and _age_at(words, j) else -1


def age_start(words: Sequence[str], first: int, floor: int) -> int:
    """The first token of an age written right before a name's chain at *first*, after *floor*
    ('The skipper, | 58-year-old | Terje Haug,': the age is the person's, and the comma before it
    sets off the name), else *first*."""
    j = age_before(words, first - 1, floor + 1)
    return j if j >= 0 else first


def past_age(words: Sequence[str], i: int, end: int) -> int:
    """Token *i*, or the token after an age that opens the phrase there, not past *end* ('a |
    79-year-old | retired schoolteacher': the age is the person's, not the role's)."""
    return i + 5 if i + 5 <= end and _age_at(words, i) else i


def before_age(words: Sequence[str], k: int, floor: int) -> int:
    """Token *k*, or the token before an age ending at token *k* (the word that frames the
    role after the age: *said* in 'said | 51-year-old coxswain NAME'; ``floor - 1`` when the
    age opens the clause)."""
    j = age_before(words, k, floor)
    return j - 1 if j >= 0 else k


def past_relative_age(words: Sequence[str], k: int, end: int) -> int:
    """Token *k* right after *who*, or the token after a stated age there: *is* or *was*, a
    number and *and* ('who | is 51 and | has been coxswain at X'); never past *end*."""
    if (
        k + 3 <= end
        and words[k].lower() in _AGE_COPULAS
        and age_number(words[k + 1])
        and words[k + 2] == "and"
    ):
        return k + 3
    return k


def relative_age(words: Sequence[str], last: int) -> str | None:
    """The age a relative clause states right after a name ending at token *last* ('NAME, who
    is 51 and ...' -> '51'), else None."""
    k = last + 3
    if k + 3 < len(words) and words[last + 1] == "," and words[last + 2].lower() == "who":
        return words[k + 1] if past_relative_age(words, k, len(words) - 1) > k else None
    return None
