"""A name's kind: a person's, a body's or a place's (:func:`name_kind`, for
:func:`~quotex.mentions.find.find_mentions`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.grammar import PLACE_OF_HEADS
from quotex.lexicon.places import PLACE_GENERICS
from quotex.lexicon.titles import AND_PAIRS, GENERIC_BODIES, HONORIFICS, TEAM_WORDS
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    body_apposition,
    is_role,
    plural_role,
    registered_spelling,
    role_after_comma,
)
from quotex.tokens import Tokens

_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})


def name_kind(
    tokens: Tokens, first: int, last: int, lexicon: Lexicon, title: str | None, *, lows: Sequence[str]
) -> str:
    """The kind of the name *first..last*: "person", "organization" or "other" (a place), from
    the entity label when the text has one, else from its words (*lows*: the words in lower
    case) and the words around it; *title*: the title written at it, if any."""
    has_title = title is not None
    if tokens.ents:  # (has_ents, without the property's call)
        label = tokens.ents[last]
        if label == "PERSON":
            return "person"
        if label in _ORG_ENTS:
            return "organization"
    words = tokens.words
    if "&" in words[first : last + 1] or holds_and_pair(lows, first, last):
        # ('Procter & Gamble': an ampersand joins a firm's names; 'Tamar Valley Fire and Rescue':
        # a public service's pair of words, lexicon.titles.AND_PAIRS)
        return "organization"
    org = lexicon.organization_nouns
    if not _with_stops(org).isdisjoint(lows[first : last + 1]) and not (
        _given_then_surname(lows, first, last) and _person_title(title, lexicon)
    ):  # (one set test for the chain's words)
        return "organization"  # 'Foreign Ministry', 'Ministry of Finance', 'Halden Shipping Co.'
    if (
        words[last].isupper()
        and len(words[last]) > 1
        and last == first
        and not is_role(words[last], lexicon)
        and lows[last] not in _COURT_PARTIES
        and not (has_title and role_after_comma(words, last, lexicon))
        and not (first > 0 and lows[first - 1].rstrip(".") in HONORIFICS)  # 'MR. MBAKWE:'
    ):
        return "organization"  # 'NATO' (not a role in capitals: 'THE DEFENDANT:', 'WITNESS:')
    if (
        not has_title
        and last > first + 1  # (a name of one or two words has no inner word: no generator for it)
        and any(plural_role(w, lexicon) and w[:1].isupper() for w in words[first + 1 : last])
    ):
        return "organization"  # 'United Fabrication Workers Local 1182': a plural in a name, a body's
    if last >= first + 2 and words[first] in PLACE_OF_HEADS and words[first + 1] == "of":
        return "other"  # 'the Isle of Wight', 'the Bay of Plenty': a place
    if last + 2 < len(words) and words[last + 1] == "," and body_apposition(words, last + 2, org):
        return "organization"  # 'Redbud Communities, the Tulsa company that owns the park,'
    if first >= 3 and words[first - 1] == "," and _named_body_noun(words, lows, first, last, org):
        return "organization"  # 'The union, Havenbond, represents ...': the body's name in apposition
    if (  # (a site, whatever a comma after it seems to say of it: 'in San Jose, California the ...')
        0 < first < last
        and lows[first - 1] in _SITE_PREPOSITIONS
        and (lows[first] in _PLACE_LEADS or any(w in PLACE_GENERICS for w in words[first + 1 : last + 1]))
    ):
        return "other"  # ('the pond at Gilbert Bay Park', 'a rally in San Jose'): a site
    if has_title:
        return "person"
    company = _trade_words(lexicon.company_words, lexicon.facility_words)  # (a facility's may be a place's)
    if last > first and (
        (lows[last] in company and (lows[first] not in FIRST_NAMES or lows[last] in TEAM_WORDS))
        or lows[first] in lexicon.body_first_words
    ):
        return "organization"  # 'Norland Robotics', 'Meridia Air', 'Baltic Bridges'
    if last == first and first > 0 and lows[first - 1] in _PLACE_PREPOSITIONS:
        return "other"  # 'in Nairobi', 'from Oslo': a place
    return "person"  # a lone capitalised name that speaks is most often a surname


@functools.lru_cache(maxsize=8)
def _trade_words(company: frozenset[str], facilities: frozenset[str]) -> frozenset[str]:
    """The company words that name a body by themselves: *company* less *facilities* (made once
    per lexicon)."""
    return company - facilities


@functools.lru_cache(maxsize=8)
def _with_stops(org: frozenset[str]) -> frozenset[str]:
    """The organisation nouns *org* and each with a full stop ('co', 'co.'): a word is one of
    them, or one of them before a stop, when it is in this set (made once per lexicon)."""
    return org | frozenset(w + "." for w in org)


#: The parties a court record labels in capitals ('THE DEFENDANT:'): persons, no acronyms.
_COURT_PARTIES = frozenset("defendant plaintiff claimant appellant respondent accused juror".split())
_PLACE_PREPOSITIONS = frozenset("in at from to near across outside inside into toward towards".split())
#: Prepositions of a site, before which a name with a generic term of geography after its first
#: word names the site (:data:`~quotex.lexicon.places.PLACE_GENERICS`; not *from* or *to*: a
#: letter from Ricki Lake).
_SITE_PREPOSITIONS = frozenset("in at near across outside inside into".split())
#: Words that open a place's name of two or more words (*San Jose*, *Los Alamos*, *Fort Worth*,
#: *Port Talbot*, *Mount Vernon*, *New Haven*): after a preposition of a site, no person's.
_PLACE_LEADS = frozenset("san santa santo sao los las fort port mount new st. saint".split())


def _named_body_noun(
    words: Sequence[str], lows: Sequence[str], first: int, last: int, org: frozenset[str]
) -> bool:
    """Does the name *first..last* stand in apposition right after a definite organisation
    noun and its comma ('The union, Havenbond,', 'the dockworkers' union, Havenbond,'), the
    noun's name? Not after *of*, *for*, *with* or *at* ('the face of the party, Donald J.
    Trump,'; 'A nurse at the district hospital, Wayan,': a description's body, the person's)."""
    noun = lows[first - 2] if first >= 3 else ""
    if not noun or words[first - 1] != "," or not words[first - 2].islower():
        return False
    if last + 1 >= len(words) or words[last + 1] != ",":
        return False  # (set off by commas on both sides: not 'outside the court, NAME marvelled')
    if noun not in org and noun not in GENERIC_BODIES:
        return False
    if registered_spelling(lows[first]) in ANY_FIRST_NAMES:
        return False  # ('the face of the party, Donald J. Trump,': a person)
    k = first - 3
    while k > 0 and first - 3 - k < 3 and lows[k] != "the" and not words[k][:1].isupper():
        k -= 1  # (up to three modifiers: 'the port's dockworkers' union')
    return lows[k] == "the" and (k == 0 or lows[k - 1] not in ("of", "for", "with", "at"))


def _given_then_surname(lows: Sequence[str], first: int, last: int) -> bool:
    """Is the two-word name *first..last* a registered given name and a surname that is also a
    body's noun ('Clay Church', 'Rose Hall'; with a person's title it is a person's name)?"""
    return last == first + 1 and registered_spelling(lows[first]) in ANY_FIRST_NAMES


#: Words after a role's head in a title ('head restorer | at the X').
_TITLE_LINKS = frozenset(["at", "of", "for", "with", "in", "on"])


def _person_title(title: str | None, lexicon: Lexicon) -> bool:
    """Is *title* a person's role: its head noun (before *at*, *of* ...) a listed or WordNet role,
    or an agent noun ('head restorer at X'; not 'parish in Leith')?"""
    if title is None:
        return False
    words = title.lower().split()
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in _TITLE_LINKS), words[-1])
    return (
        head in lexicon.role_words
        or head in lexicon.open_role_nouns
        or (len(head) > 5 and head.endswith(("er", "or", "ist", "ian")))
    )


def holds_and_pair(lows: Sequence[str], first: int, last: int) -> bool:
    """Does the name *first..last* (*lows*: its text's words in lower case) hold a public
    service's pair of words joined by *and* ('Fire and Rescue', 'Search and Rescue':
    lexicon.titles.AND_PAIRS), which states the body's kind?"""
    return any(lows[k] == "and" and (lows[k - 1], lows[k + 1]) in AND_PAIRS for k in range(first + 1, last))
