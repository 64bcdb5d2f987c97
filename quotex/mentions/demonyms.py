"""Demonyms before a person's name: *Samoan* | *Fa'afetai Leota*, *Tamil* | *Kavitha Ramasamy*.

Input: a lower-case word, or the two words after it and a lexicon; output: whether the word is a
people's word, whether the two words are a person's name rather than a body's or a place's.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DOCUMENT_NOUNS, NAME_PARTICLES
from quotex.lexicon.grammar import (
    DATA_NOUNS,
    MEDIUM_NOUNS,
    NAMED_THING_NOUNS,
    OTHER_SOURCE_NOUNS,
    SURVEY_NOUNS,
)
from quotex.lexicon.places import DIVISION_WORDS, PEOPLE_WORDS, PLACE_GENERICS, PLACE_WORDS
from quotex.mentions.words import is_role


def demonym(low: str) -> bool:
    """Is lower-case *low* a people's word: listed (:data:`~quotex.lexicon.places.PEOPLE_WORDS`)
    or a country's name with a demonym ending (*Samoa-n*, *Fiji-an*, *Ghana-ian*, *Nepal-i*,
    *Bhutan-ese*, *Iceland-ic*, *Malt-ese*; the Oxford style guide's patterns)?"""
    if low in PEOPLE_WORDS:
        return True
    for ending in ("ian", "an", "n", "ese", "i", "ic", "ish"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            if stem in PLACE_WORDS or stem + "a" in PLACE_WORDS or stem + "e" in PLACE_WORDS:
                return True
    return False


#: Common nouns of sources, media, documents and named things: never a person's name word.
_THING_NOUNS = (
    DOCUMENT_NOUNS | DATA_NOUNS | MEDIUM_NOUNS | NAMED_THING_NOUNS | OTHER_SOURCE_NOUNS | SURVEY_NOUNS
)


def _body_or_role(word: str, lexicon: Lexicon) -> bool:
    """Is *word* (or its singular) a body's, a place's, a role's or a thing's word ('Union',
    'Forces', 'Queen', 'Winner', 'State', 'Survey')?"""
    low = word.lower()
    if word in DIVISION_WORDS or word in PLACE_GENERICS or low in _THING_NOUNS:
        return True  # ('Islamic State Twitter', 'American Community Survey', 'Welsh Marches Valley')
    forms = (low, low.removesuffix("s"), low.removesuffix("es"))
    return not _body_place_role_words(lexicon).isdisjoint(forms) or is_role(word, lexicon)


@functools.lru_cache(maxsize=8)
def _body_place_role_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of bodies, places and roles :func:`_body_or_role` reads, made once per lexicon
    (a union of five large sets, which took longer than all the rest of the test)."""
    return body_words(lexicon) | PLACE_WORDS | lexicon.role_words | lexicon.open_role_nouns


@functools.lru_cache(maxsize=8)
def body_words(lexicon: Lexicon) -> frozenset[str]:
    """The words of a body's name in *lexicon*: organisation nouns, company words and the
    words that open a body's name (made once per lexicon)."""
    return lexicon.organization_nouns | lexicon.company_words | lexicon.body_first_words


def person_pair(pair: Sequence[str], lexicon: Lexicon) -> bool:
    """Are the two words *pair* after a demonym a person's given and family name, none a body's,
    a place's or a role's word ('Fa'afetai Leota'; not 'Rugby Union', 'Peshmerga Forces',
    'Carnival Queen'), the last no plural's ('Tamil Tigers')?"""
    return not pair[-1].endswith(("es", "rs", "ts", "ns")) and not any(
        _body_or_role(w, lexicon) for w in pair
    )


def name_units(words: Sequence[str]) -> list[str]:
    """The words of a name without its initials, a hyphenated part or a surname after Catalan
    *i* joined to the one before it, a particle to the one after it ('Aino - Kaisa Heikkilä' ->
    ['Aino-Kaisa', 'Heikkilä'], 'Juha P. Lahtinen' -> ['Juha', 'Lahtinen'], 'Jordi Ferrer i
    Sabaté' -> ['Jordi', 'Ferrer i Sabaté'], 'Pieter van der Berg' -> ['Pieter', 'van der
    Berg']), so that :func:`person_pair` can read a given and a family name."""
    units: list[str] = []
    joiner = ""  # (what joins the next word to the last unit)
    lead = ""  # (particles waiting for the word they belong to)
    for w in words:
        if w == "-" or (w == "i" and units):
            joiner = "-" if w == "-" else " i "
        elif w in NAME_PARTICLES:
            lead += w + " "
        elif joiner and units:
            units[-1] += joiner + lead + w
            joiner = lead = ""
        elif not (len(w) == 2 and w[0].isupper() and w[1] == "."):
            units.append(lead + w)
            lead = ""
    return units


#: Compass words that open a two-word nationality ('South Korean', 'North Macedonian').
COMPASS_WORDS = frozenset(["South", "North", "East", "West", "Central"])


def compass_demonym(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does the chain *first..last* open with a two-word nationality before a person's name
    ('South Korean | Kim Min-jun', 'North Macedonian | Ana Petrovska'): a compass word, a
    people's word (:func:`demonym`), then two name words or more of which none is a body's, a
    place's or a role's word (not 'South African Airways', 'North Korean Central News Agency')?"""
    if last - first < 3 or words[first] not in COMPASS_WORDS or not demonym(words[first + 1].lower()):
        return False
    rest = [w for w in words[first + 2 : last + 1] if w != "-"]
    return len(rest) >= 2 and rest[0][:1].isupper() and not any(_body_or_role(w, lexicon) for w in rest)
