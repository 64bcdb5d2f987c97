"""Noun modifiers between a body's name and the role they modify.

*Carrow Rail safety director*, *Marlow Mutual rolling stock chief*, *the Caldoran women's rugby
head coach*, *Kellhaven 2034 bid director*. Input: a text's words, the last modifier's token and
a lexicon; output: the first modifier's token, or -1. Read by
:func:`quotex.mentions.prefixes.prefix_title` when it walks a title leftwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, NOT_NAMES, TIME_NAMES, TITLE_MODIFIERS
from quotex.mentions.chains import POSSESSIVE
from quotex.mentions.premodifiers import titled_name_before
from quotex.mentions.stated_ages import age_before
from quotex.mentions.words import NOUN_OPENERS, is_name_word, is_role, noun_modifier, plural_form

#: Plural nouns whose genitive classifies what follows, no owner ('women's rugby', "men's
#: team", "children's hospital"; Quirk et al. 1985, §17.53: descriptive genitives).
GENITIVE_CLASSIFIERS = frozenset("women men girls boys children veterans".split())


def classified_owner_end(words: Sequence[str], k: int, floor: int) -> int:
    """The token that ends the owner's name before a descriptive genitive at token *k*
    (:data:`GENITIVE_CLASSIFIERS`: 'Caldoran | women' of "Caldoran women's rugby coach"), when
    a name stands before it; else *k*."""
    named = k - 1 >= floor and words[k].lower() in GENITIVE_CLASSIFIERS and is_name_word(words[k - 1])
    return k - 1 if named else k


def _event_year(words: Sequence[str], k: int, floor: int) -> bool:
    """Is token *k* a year of four figures after a capitalised name ('Kellhaven 2034', 'Paris
    2024'): an event's or a bid's name, of which the year is part?"""
    w = words[k]
    year = len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")
    return year and k - 1 >= floor and is_name_word(words[k - 1])


#: The most lower-case noun modifiers between a body's name and a role ('Carrow Rail rolling stock director').
_MAX_ROLE_MODIFIERS = 2


def modifiers_of_role(words: Sequence[str], j: int, floor: int, lexicon: Lexicon) -> int:
    """The first of one or two lower-case noun modifiers ending at token *j*, before a role
    ('safety' in 'Carrow Rail safety director', 'rolling stock' in 'Marlow Mutual rolling stock
    chief'), when a name or a title word stands before them: a capitalised word (of a run of
    two or more, or not first in the sentence at *floor*; with an event's year, 'Kellhaven 2034
    bid'), a name's possessive or a descriptive genitive ("Caldoran women's rugby"), a title
    modifier or a role ('chief safety officer'); else -1. A modifier is no function word,
    preposition, verb form of the lexicon, past participle (*-ed*), adverb (*-ly*) or plural other than
    in *-ics*, *-ions*, *-ss*, *-ies* ('fisheries minister'; 'praises', 'thank fire chief' after a
    plural are verbs). A capitalised word first in its sentence counts unless it is a plural
    ('Norwegian fisheries minister X'; 'Residents thank fire chief X'). Neither an age ('19-year-old
    newcomer X') nor a word before *former* ('The recount left | former mayor X') is a modifier."""
    if age_before(words, j, floor) >= 0:
        return -1
    if words[j + 1].lower() in ("former", "acting", "interim", "outgoing"):
        return -1
    k = j
    while (
        k >= floor
        and j - k < _MAX_ROLE_MODIFIERS
        and age_before(words, k, floor) < 0
        and noun_modifier(words[k], lexicon)
        and words[k] not in TITLE_MODIFIERS
        and not is_role(words[k], lexicon)
    ):
        k -= 1
    if k == j or k < floor:
        return -1
    if age_before(words, k, floor) >= 0:
        return k + 1  # ('said 51-year-old | harbour master NAME': the age closes the modifiers)
    if _event_year(words, k, floor):
        k -= 1  # ('Kellhaven 2034 bid director': a city and a year name a bid or a games)
    w = words[k]
    low = w.lower()
    if w in POSSESSIVE:
        owner = k - 1 >= floor and words[k - 1].lower() in GENITIVE_CLASSIFIERS
        owner = owner or (k - 1 >= floor and is_name_word(words[k - 1]))
        return k + 1 if owner else -1
    if low in TITLE_MODIFIERS or is_role(w, lexicon):
        return k + 1
    if low in DETERMINERS or low in NOUN_OPENERS or (w.islower() and low in lexicon.verb_forms):
        return k + 1  # 'said operations director Ida Berg', 'the operations director Ida Berg'
    if not w[:1].isalnum():
        return k + 1  # after a mark: '"C," said ...' is a verb; '(operations director Ida Berg)'

    if not is_name_word(w) or low in NOT_NAMES or low.rstrip(".") in TIME_NAMES:
        return -1
    if (k == floor or (k - 1 == floor and not words[floor][:1].isalnum())) and plural_form(low):
        return -1  # a plural first in its sentence is a subject ('Residents thank fire chief')
    if titled_name_before(words, k, floor, lexicon):
        return -1  # 'coach Tamsin Vellacott left striker X': a titled person's name, then its verb
    return k + 1
