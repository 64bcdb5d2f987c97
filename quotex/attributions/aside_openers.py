"""What an aside between commas opens with, when it is one a cue's subject may carry.

Three predicates read by :func:`quotex.attributions.asides.skip_parenthetical_left`: a document's
participle aside after a document noun ('The report, published in May, said'), a quantified
relative clause ('Three tenants, all of whom asked not to be named, said') and the subject
before a linking aside ('The union, however, said'); and, for
:func:`~quotex.attributions.infinitives.before_hedged_cue`, the *quoted* of a passive with its agent
before *as saying* (:func:`quoted_by`). Input: the words and token positions; output: yes or no,
or a token.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import is_issued_noun, is_source_noun
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES, PRONOUNS
from quotex.lexicon.grammar import (
    COMPLEMENT_MARKS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    WORK_COMPLEMENT_TOKENS,
)
from quotex.mentions import is_name_word
from quotex.mentions.copular import past_trait

#: Prepositions that link a document to what it is about or with whom it was made.
_WORK_LINKS = frozenset(["of", "to", "on", "into", "with", "between"])


def issued_before(words: Sequence[str], k: int, floor: int) -> bool:
    """Does a document noun end the phrase before the comma at *k*, or head it before a short
    phrase of :data:`_WORK_LINKS` ('The report, published in May,', 'Minutes of the meeting,
    published by', 'An analysis of 2,000 bills, carried out by', "An audit of Ivo Sandor's
    expenses,", 'The report on the flooding, published on Monday,', 'The agreement with X,
    signed on Monday,')?"""
    if is_issued_noun(words[k - 1].lower()):
        return True
    for x in range(k - 2, max(floor, k - WORK_COMPLEMENT_TOKENS - 1) - 1, -1):
        if words[x].lower() in _WORK_LINKS:
            return x - 1 >= floor and is_issued_noun(words[x - 1].lower())
        if not (words[x][:1].isalnum() or words[x] in COMPLEMENT_MARKS):
            return False
    return False


def quantified_relative(words: Sequence[str], a: int, j: int) -> bool:
    """Does the aside from token *a* to the comma at *j* open a relative clause with a
    quantifier and *of* ('Three tenants, all of whom asked not to be named, said', 'both of
    which', 'none of whom', 'two of whom'): a lower-case word, *of*, then *whom* or *which*
    and a word of the clause before the comma?"""
    return (
        a + 3 < j
        and words[a].isalnum()
        and words[a].islower()
        and words[a + 1].lower() == "of"
        and words[a + 2].lower() in ("whom", "which")
    )


def subject_for_aside(w: str, cue: str, lexicon: Lexicon) -> bool:
    """Is word *w*, before a linking aside, the head of the subject of the finite *cue*? A
    name, a pronoun or a noun (a lower-case word that is no verb form), and a cue that is no
    participle and agrees with it ('The port reopened, however, said the mayor': *reopened*
    is a verb; 'the price of three boats, though, suggests': *boats* is not the subject)."""
    low = w.lower()
    plural = w.isalpha() and w.islower() and low.endswith("s") and not low.endswith("ss")
    if not cue or cue.endswith("ing") or (plural and cue.endswith("s")):
        return False
    noun = w.isalpha() and w.islower() and not low.endswith(("ed", "ing")) and low not in lexicon.verb_forms
    name = is_name_word(w) and low not in NOT_NAMES
    return name or low in PRONOUNS or is_source_noun(low, lexicon) or noun


def age_after_name(words: Sequence[str], k: int, floor: int) -> bool:
    """Does the comma at token *k* close a name's age (', 69,' after a name word: 'NAME, 69,
    senior horologist at the X Works, said')?"""
    return k - 3 >= floor and words[k - 1].isdigit() and words[k - 2] == "," and is_name_word(words[k - 3])


def trait_after_name(words: Sequence[str], k: int, floor: int) -> bool:
    """Does the comma at token *k* close an apposition that only states a trait, set off after
    a name (``quotex.mentions.copular.past_trait``: 'NAME, a mother of two, | senior archivist
    at BODY, said', 'NAME, who raised five sons on her own, | ...')?"""
    c = k - 1
    while c > floor and k - c <= _TRAIT_TOKENS and words[c] != ",":
        c -= 1
    return (
        c - 1 >= floor
        and words[c] == ","
        and is_name_word(words[c - 1])
        and k + 1 < len(words)
        and past_trait(words, c + 1, k + 1) == k + 1
    )


#: The most tokens of a trait :func:`trait_after_name` reads ('who raised five sons on his own').
_TRAIT_TOKENS = 12


def past_participle(low: str) -> bool:
    """Can lower-case *low* be a past participle ('founded', 'based', 'set', 'seen')?"""
    return low.endswith("ed") or low in IRREGULAR_PARTICIPLES or low in IRREGULAR_PAST


def quoted_by(words: Sequence[str], j: int, floor: int) -> int:
    """The *quoted*/*recorded* of a passive before the *as* at token *j*, right before it or
    with its agent or medium between them ('quoted | by the Lac Hong news agency on Tuesday | as
    saying', 'quoted | in the Valley Courier | as saying'); -1 when none."""
    if j - 1 >= floor and words[j - 1] in ("quoted", "recorded"):
        return j - 1
    for k in range(j - 2, max(floor, j - _AGENT_REACH) - 1, -1):
        if words[k] in (".", ";", ":", "!", "?", "“", "”", '"'):
            return -1
        if words[k] in ("quoted", "recorded") and words[k + 1] in _AGENT_OPENERS:
            return k
    return -1


#: How many tokens the agent of *quoted by ... as saying* may hold (with a time phrase).
_AGENT_REACH = 12
#: Prepositions that open the agent or the medium of *quoted ... as saying*.
_AGENT_OPENERS = frozenset(["by", "in", "on"])


#: Participles that give a work's title in quotation marks: 'The report, titled "X," said'.
_TITLING = frozenset("titled entitled called dubbed".split())


def before_titled_aside(words: Sequence[str], j: int, floor: int, marks: frozenset[str]) -> int:
    """The token before a title aside that ends at token *j* (its closing mark, or a comma
    just after it), ``NOUN, titled "T,"`` ('The report, titled "Right-Sizing for the Next
    Decade," projected that'): the title in *marks* is the work's name, no quotation, and the
    noun before the aside is the subject; else *j*."""
    end = j - (words[j] == "," and j - 1 > floor and words[j - 1] in marks)
    if end <= floor or words[end] not in marks:
        return j
    for o in range(end - 1, max(floor, end - 30), -1):
        if words[o] in (".", ";", "?", "!"):
            return j
        if words[o] in marks:
            titled = o - 2 > floor and words[o - 1].lower() in _TITLING and words[o - 2] == ","
            return o - 3 if titled and words[o - 3].isalpha() else j
    return j


def before_party_tag(words: Sequence[str], j: int, floor: int) -> int:
    """The token before a party and state set off after a name that ends at token *j* ('Sen.
    Ida Varga, R-S.C., a candidate ...', 'Sen. Marcus Oubre, D-New Iberia, pressed'; the state
    of up to three words): the name's last token; else -1."""
    k = j
    while k - 1 > floor and j - k < 2 and words[k - 1][:1].isupper() and words[k - 1] not in ("D", "R", "I"):
        k -= 1
    if k - 4 >= floor and words[k - 1] == "-" and words[k - 2] in ("D", "R", "I") and words[k - 3] == ",":
        return k - 4
    return -1
