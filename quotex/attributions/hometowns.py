"""A person's age and home town set off by commas after the name: 'Ada Quist, 59, of Dover,
who watched the launch, said', '"C," said Ada Quist, 44, from Dover, who said C2'.

News style (AP, local papers, wire copy) identifies a member of the public by name, age and
home town: ``NAME, AGE, of PLACE`` or ``NAME, of PLACE``, the place maybe with its state or
county after a comma ('of Raleigh, N.C.'). The place is part of the description, never the
one who speaks; before, a relative clause after such a description left the place as the
subject of its verb of saying (the speaker *Dover*), or no subject at all when the clause
stood between the description and the main clause's cue.

Input: the token words, the last token of the place, the sentence floor. Output: the name's
last token, or the place's last token when no such description ends there. Used by
:func:`quotex.attributions.subjects.source_before`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import NOT_NAMES
from quotex.mentions import is_name_word

#: Prepositions that attach a home town to a person's name.
HOMETOWN_PREPOSITIONS = frozenset(["of", "from"])
#: The most tokens of a place name or of its region ('Cape Breton', 'N.C.', 'Co. Clare').
_PLACE_TOKENS = 4


def _place_start(words: Sequence[str], j: int, floor: int) -> int:
    """The first token of the capitalised place name that ends at token *j*; -1 if none."""
    s = j
    while (
        s - 1 >= floor
        and j - s + 1 < _PLACE_TOKENS
        and (is_name_word(words[s - 1]) or words[s - 1] in (".", "-"))
    ):
        s -= 1
    ok = is_name_word(words[s]) and all(is_name_word(w) or w in (".", "-") for w in words[s : j + 1])
    return s if ok else -1


def before_hometown(words: Sequence[str], j: int, floor: int) -> int:
    """If token *j* ends a home town set off after a name by commas (``NAME, AGE, of PLACE`` or
    ``NAME, of PLACE``, the place maybe followed by its region, 'of Raleigh, N.C.'), the
    name's last token; else *j*. A name joined to the place without a comma ('Ada Quist of
    Dover') is left to the noun phrase, and a role before the place ('a nurse from Dover') is
    an apposition of its own. Only the place must lie at or after *floor*."""
    s = _place_start(words, j, floor)
    if s < 0:
        return j
    if s - 3 >= floor and words[s - 1] == ",":
        town = _place_start(words, s - 2, floor)  # ('of Raleigh, N.C.': the region after the town)
        if town >= 0 and town - 1 >= floor and words[town - 1].lower() in HOMETOWN_PREPOSITIONS:
            s = town
    if s - 3 < 0 or words[s - 1].lower() not in HOMETOWN_PREPOSITIONS or words[s - 2] != ",":
        return j
    k = s - 3
    if words[k].isdigit() and len(words[k]) <= 3 and k - 2 >= 0 and words[k - 1] == ",":
        k -= 2  # ', 59, of Dover': the age before the town
    name = words[k]
    return k if is_name_word(name) and name.lower() not in NOT_NAMES else j


def hometown_name(words: Sequence[str], j: int, floor: int) -> int:
    """:func:`before_hometown` when the name lies at or after *floor*; else *j* ('Ada Quist, 59,
    of Dover, who watched the launch, said': after the relative clause, the name's last token)."""
    named = before_hometown(words, j, floor)
    return named if named >= floor else j
