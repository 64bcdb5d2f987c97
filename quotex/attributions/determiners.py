"""Determiners of a source's noun phrase.

Input: a sentence's words, the phrase's head token and a floor. Output: whether a determiner
opens the phrase within five modifiers of its head (*the New York businessman*, *three
delivery riders*, *the Food Integrity Agency's hygiene audit*), which lets the subject walker
(``noun_phrases.np_left``) take a lower-case head that no lexicon lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import is_issued_noun
from quotex.attributions.np_heads import age_compound
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NUMBER_WORDS, STOP_WORDS
from quotex.lexicon.grammar import QUANTIFIERS
from quotex.lexicon.verb_frames import CUE_NOUN_COMPOUNDS
from quotex.mentions import is_name_word
from quotex.mentions.words import counted_plural


def determiner_within(words: Sequence[str], head: int, floor: int, lexicon: Lexicon) -> bool:
    """A determiner opens the phrase ending at *head* within five modifiers: 'the New York
    businessman'; a hyphenated compound counts as one ('the Chicago-based packaged-food maker'),
    and a name's genitive determines a document or study (Quirk et al. 1985, §5.115: 'the Food
    Integrity Agency's hygiene audit'; not 'Friday's deadly attacks')."""
    reach = 5
    k = head - 1
    while k >= floor and reach > 0:
        if (
            words[k] == "-"
            and k < head - 1
            and k - 1 >= floor
            and (words[k - 1].isalpha() or age_compound(words, k))  # ('the 61-year-old grandmother')
            and words[k + 1].isalpha()
        ):
            k -= 2  # (a modifier's first half: 'low-cost', 'Chicago-based'; not the head's own)
            continue
        reach -= 1
        lk = words[k].lower()
        if lk in ("the", "a", "an", "his", "her", "their", "its", "our", "one", "another"):
            return True
        if (lk in NUMBER_WORDS or lk in QUANTIFIERS) and counted_plural(words, k, head, floor):
            return True  # 'Three delivery riders', 'several porters'
        if (
            lk in ("'s", "’s")
            and k - 1 >= floor
            and is_name_word(words[k - 1])
            and is_issued_noun(words[head])
        ):
            return True  # a name's genitive determines a work: 'The Food Integrity Agency's hygiene audit'
        if (
            (not words[k].isalpha() and words[k] not in ("'s", "’s", "-"))
            or lk in STOP_WORDS
            or (
                lk in lexicon.verb_forms
                and words[k - 1] != "-"
                and words[k + 1].lower() not in CUE_NOUN_COMPOUNDS.get(lk, ())  # ('a think tank')
            )
        ):
            return False
        k -= 1
    return False
