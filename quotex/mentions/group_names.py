"""Names of groups that run on over a lower-case link or a comma: a country's mission and its
city (*the Vietnamese Embassy in Jakarta*), a plural of people and its cause (*Riders for
Reliable Transit*), a department and its portfolio's list (*the Department for Environment,
Food and Rural Affairs*). Input: the words, a name chain and the text's name words; output: the
token where the name ends, or -1. Read by :func:`quotex.mentions.chains._inner_join`; and
:func:`unnamed_body` and :func:`person_after_body`, read by :mod:`quotex.mentions.find`: role
words inside a body's name, and a body's name before a post and a person's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import TIME_NAMES
from quotex.mentions.words import HYPHENS, is_body_word

#: Nouns of a country's missions abroad, named by the city they are in ('the Vietnamese Embassy
#: in Jakarta', 'the British Consulate in Hong Kong').
MISSION_NOUNS = frozenset(["embassy", "consulate", "consulate-general", "legation"])
#: Prepositions that join a group of people to its cause in the group's name ('Riders for
#: Reliable Transit', 'Parents Against Tolls', 'Nurses Without Borders').
CAUSE_LINKS = frozenset(["for", "against", "without"])
#: Plural endings of nouns for people ('riders', 'citizens', 'parents', 'activists').
PEOPLE_PLURALS = ("ers", "ors", "ens", "ents", "ans", "ists")


def named_group_end(
    words: Sequence[str], chain: tuple[int, int, int], *, name_words: set[str], roles: frozenset[str]
) -> int:
    """The last token of a name that chain *i..j* opens and a lower-case link carries on over
    one to three capitalised words (up to *last*; *chain* is the three): a country's mission and
    its city ('the Vietnamese Embassy | in Jakarta') or a one-word plural of people that is no role and its
    cause ('Riders | for Reliable Transit', 'Citizens | for Clean Water'; not 'Lawyers for Ines
    Marr', 'Parents for Ana Berg': no role, no first name), or a portfolio's list after a comma
    (:func:`portfolio_list_end`); -1 when none."""
    i, j, last = chain
    link = words[j + 1].lower() if j + 1 <= last else ""
    if link == ",":
        return portfolio_list_end(words, chain, name_words=name_words, roles=roles)
    mission = link == "in" and words[j].lower() in MISSION_NOUNS
    low = words[i].lower()
    cause = link in CAUSE_LINKS and i == j and low.endswith(PEOPLE_PLURALS) and low not in roles
    if not (mission or cause) or j + 2 > last or (cause and words[j + 2].lower() in FIRST_NAMES):
        return -1
    k = j + 2
    while k + 1 <= last and k - j < 4 and words[k + 1] in name_words:
        k += 1
    return k if words[k] in name_words and words[j + 2].lower() not in TIME_NAMES else -1


#: Bodies whose name lists their portfolio's areas ('the Department for Environment, Food and
#: Rural Affairs', 'the Ministry of Agriculture, Fisheries and Food', 'the Commission for Rail,
#: Road and Canal Safety', 'the Office for Ports, Piers and Harbours').
PORTFOLIO_BODIES = frozenset(
    ["department", "ministry", "secretariat", "commission", "office", "agency", "bureau"]
)
#: The most areas after the first in a portfolio's list, and the most words of one area.
_MAX_AREAS = 4
_MAX_AREA_WORDS = 3


def portfolio_list_end(
    words: Sequence[str], chain: tuple[int, int, int], *, name_words: set[str], roles: frozenset[str]
) -> int:
    """The last token of a portfolio body's name whose areas a comma list goes on with after
    chain *i..j* (up to *last*; *chain* is the three): 'the Department of Climate Change |,
    Energy and the Polar Territories', 'the Ministry of Agriculture |, Fisheries and Food'. The
    chain holds one of :data:`PORTFOLIO_BODIES` with *of* or *for*; each area is one to
    three capitalised words (after an optional *the*), none a first name, a role, an acronym or
    a body noun, and the list ends with *and* and its last area; -1 when it does not, or when the
    chain's own *and* has ended the list."""
    i, j, last = chain
    if not any(words[k].lower() in PORTFOLIO_BODIES and words[k + 1] in ("of", "for") for k in range(i, j)):
        return -1
    if "and" in words[i : j + 1]:
        return -1  # ('the Ministry of Land and Food, and Ana Berg': its list has ended)
    k = j + 1  # at a link: the comma, a later comma or 'and'
    for _ in range(_MAX_AREAS):
        closing = words[k] == "and" or (k + 1 <= last and words[k + 1] == "and")
        k += 2 if words[k] == "," and closing else 1
        if k <= last and words[k] == "the":
            k += 1
        end = _area_end(words, k, last, name_words, roles)
        if end < 0 or closing:
            return end
        k = end + 1
        if k > last or words[k] not in (",", "and"):
            return -1
    return -1


def _area_end(words: Sequence[str], k: int, last: int, name_words: set[str], roles: frozenset[str]) -> int:
    """The last token of one area of a portfolio's list opening at token *k* (one to three
    capitalised words, no first name, role, acronym or body noun), or -1."""
    end = k
    while end <= last and end - k < _MAX_AREA_WORDS and words[end] in name_words:
        low = words[end].lower()
        if low in FIRST_NAMES or low in roles or words[end].isupper() or low in PORTFOLIO_BODIES:
            return -1
        end += 1
    return end - 1 if end > k else -1


def unnamed_body(lows: Sequence[str], k: int, last: int) -> bool:
    """Do the words after role word *k* up to *last* (a body noun) hold no person's name (a
    listed first name with a word after it) and no honorific's abbreviation, so they name a body
    ('Student | Transit', 'Voter | Access Project', 'Republican | Liberty Alliance'; not 'Mayor |
    Ida Berg Foundation')? *lows*: the words in lower case."""
    return not any(lows[n] in FIRST_NAMES or lows[n].endswith(".") for n in range(k + 1, last - 1))


def person_after_body(words: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """In a chain that opens with a body's name (*Bank of*, *Office for*), may token *k* be the
    role before a person's name: past the body's *of* phrase, with two or more capitalised words
    after it, the last no body word ('Bank of Calvera Governor Ada Roe'; not 'Office of
    Inspector General', 'Office of the Director of National Intelligence')?"""
    return (
        last - k >= 2
        and words[k - 1] not in ("of", "for")
        # (capitalised words, a hyphen and the word it joins: 'Basu-Mallik', 'Jae-won')
        and all(
            words[m][:1].isupper() or words[m] in HYPHENS or words[m - 1] in HYPHENS
            for m in range(k + 1, last + 1)
        )
        and not is_body_word(words[last], lexicon)
    )
