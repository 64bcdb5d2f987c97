"""Where an *and* stays inside a source noun phrase, for the left walker
(:func:`~quotex.attributions.noun_phrases.np_left`): inside a body's name (*the Ministry of
Trade and Industry*), between the places a plural of people comes from (*Farmers from Kent and
East Sussex*), or before a named person's associates (*Ana Berg and colleagues at X*, whose
report is hers). Input: the words, the *and*'s token, the phrase's head and its floor; output:
yes or no."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.counted_nouns import associates_after
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.mentions import and_in_body_name, is_name_word

#: Prepositions that tie a group of people to the places they come from ('Farmers from Kent').
_ORIGIN_PREPOSITIONS = frozenset(["from", "in", "at", "of"])
#: Plural endings of nouns for people ('homeowners', 'residents', 'Tasmanians', 'activists').
_PEOPLE_PLURALS = ("ers", "ents", "ans", "ists", "ors")


def and_in_name_phrase(words: Sequence[str], j: int, head: int, floor: int, bodies: frozenset[str]) -> bool:
    """Is the *and* at token *j* inside the source phrase that ends at *head*: inside a body's name
    (``and_in_body_name``), between places after a plural of people (:func:`coordinated_places`),
    or before a name's associates ('Ana Berg and colleagues': ``counted_nouns.associates_after``)?"""
    associates = j - 1 >= floor and is_name_word(words[j - 1]) and associates_after(words, j, head)
    return associates or and_in_body_name(words, j, head, bodies) or coordinated_places(words, j, head, floor)


def coordinated_places(words: Sequence[str], j: int, head: int, floor: int) -> bool:
    """Does the *and* or *or* at token *j* join two places of one to three capitalised words
    after a preposition of origin that follows a plural of people, the phrase's head ('Farmers
    from Kent and East Sussex', 'Homeowners from Houma and Lake Charles')? A capitalised plural
    counts only where it opens the phrase; the second place is no listed first name with a word
    after it ('Jones of Leeds and Tom Hughes' are two people)."""
    if words[j].lower() not in ("and", "or") or not 1 <= head - j <= 3:
        return False
    if not all(is_name_word(w) for w in words[j + 1 : head + 1]):
        return False
    if words[j + 1].lower() in FIRST_NAMES and head > j + 1:
        return False  # ('and Tom Hughes': a person)
    k = j - 1
    while k >= floor and j - k <= 3 and is_name_word(words[k]):
        k -= 1
    if k == j - 1 or k - 1 < floor or words[k].lower() not in _ORIGIN_PREPOSITIONS:
        return False
    noun = words[k - 1]
    opens = k - 1 == floor or not words[k - 2][:1].isalnum()
    return noun.isalpha() and noun.lower().endswith(_PEOPLE_PLURALS) and (noun.islower() or opens)


#: The most tokens of a portfolio's list of areas before its last *and* ('Rail, Road').
_LIST_REACH = 8


def listed_areas_start(words: Sequence[str], j: int, floor: int) -> int:
    """The first area of a body's list of areas whose last *and* is token *j*, read leftwards
    over capitalised words and commas up to the *of* or *for* after the body noun ('the
    Commission for | Rail, Road | and Canal Safety'); *j* when no comma stands in that run."""
    k = j - 1
    while k > floor and j - k <= _LIST_REACH and (is_name_word(words[k]) or words[k] == ","):
        k -= 1
    if words[k] not in ("of", "for") or "," not in words[k + 1 : j] or words[k + 1] == ",":
        return j
    return k + 1
