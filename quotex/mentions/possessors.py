"""Possessors: where the name before a possessive *'s* starts ('the Bank of England's', "da
Silva's", "Pieter van der Berg's"), and a common noun possessor's modifiers ("the ferry
company's", "Dunmore supporters'"). Input: words and token indices; output: a token index."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    HYPHEN_NAME_PARTICLES,
    NAME_PARTICLES,
    NOT_NAMES,
    STOP_WORDS,
)
from quotex.mentions.chains import POSSESSIVE
from quotex.mentions.words import NOUN_OPENERS, is_name_word, plural_possessor, surname_particles

__all__ = ["common_possessor_start", "particles_before", "possessor_start"]


def particles_before(words: Sequence[str], k: int, floor: int) -> int:
    """The first of the lower-case particles before the name word *k* that belong to its name
    (inside one, 'Pieter van der Berg'; opening one, 'said da Silva's lawyer':
    words.surname_particles), never past *floor*; *k* when none do."""
    j = k
    while j - 1 >= floor and k - j < 3 and words[j - 1] in NAME_PARTICLES:
        j -= 1
    if j in (k, floor) or not words[j - 1][:1].isalnum() or is_name_word(words[j - 1]):
        return j
    return j if surname_particles(words, j) else k


#: Lower-case words that join the parts of a body's name before a possessive: 'the Bank of
#: England's', 'the Ministry of Trade and Industry's', 'Fish & Game's'.
_NAME_JOINERS = frozenset("of for and &".split())


def possessor_start(words: Sequence[str], k: int, floor: int) -> int:
    """The first token of the name that ends at token *k* before a possessive: capitalised
    words, and a joiner between two of them ('the Royal College of Nursing's', 'the Bank
    of England's', 'the Office of the Rail Ombudsman's'), never past *floor*."""
    while k - 1 >= floor:
        prev = words[k - 1]
        if (
            is_name_word(prev)
            and (is_name_word(words[k]) or words[k] in NAME_PARTICLES)
            and prev.lower() not in NOT_NAMES
        ):
            k -= 1
        elif prev in NAME_PARTICLES and (p := particles_before(words, k, floor)) < k:
            k = p  # "da Silva's", "Pieter van der Berg's": the name's particles
        elif prev in _NAME_JOINERS and k - 2 >= floor and is_name_word(words[k - 2]):
            if words[k - 2].lower() in NOT_NAMES or not is_name_word(words[k]):
                break
            k -= 2
        elif (
            prev == "-"
            and k - 2 >= floor
            and (is_name_word(words[k - 2]) or words[k - 2] in HYPHEN_NAME_PARTICLES)
            and is_name_word(words[k])
        ):
            k -= 2  # "Kwame Aidoo-Barnes's", "al-Rashid's": a hyphenated name
        elif prev == "the" and k - 3 >= floor and words[k - 2] == "of" and is_name_word(words[k - 3]):
            k -= 3  # 'the Office of the Rail Ombudsman's'
        elif (
            prev in POSSESSIVE
            and k - 2 >= floor
            and is_name_word(words[k - 2])
            and plural_possessor(words, k - 2, prev)
        ):
            k -= 2  # "the Children's Hospital of Eastfield's": a possessive inside the name
        else:
            break
    return k


def common_possessor_start(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """A common noun possessor at token *k* keeps its noun modifiers when a determiner or the
    sentence start closes them ('The ferry company's finance director' keeps *ferry*; in
    'said ferry company's' nothing closes them), and so a name right before it ("Dunmore
    supporters' trust chair" at the sentence start); *k* otherwise."""
    if not words[k].islower():
        return k
    lo = k
    while lo - 1 >= floor and k - lo < 3:
        w = words[lo - 1]
        low = w.lower()
        if low in DETERMINERS or low in NOUN_OPENERS:
            return lo
        if lo == k and is_name_word(w) and low not in NOT_NAMES:
            # ("Dunmore supporters' trust chair": a team's or a town's name before the possessor)
            lo = possessor_start(words, lo - 1, floor)
            return lo if lo == floor or words[lo - 1].lower() in DETERMINERS else k
        if not (w.isalpha() and w.islower()) or low in STOP_WORDS or low in lexicon.verb_forms:
            return k
        lo -= 1
    return lo if lo == floor else k
