"""Unnamed noun-phrase subjects a pronoun can refer back to ('The airline', 'A woman', 'Two
nurses', 'Residents were divided').

Input: a sentence's words and the lexicon; output: the subject's first and head tokens and
its class (person, body; singular or plural), or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    FEMALE_WORDS,
    MALE_WORDS,
    NUMBER_WORDS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    AUXILIARIES,
    COPULA,
    FRONTING_PREPOSITIONS,
    INTRO_WORDS,
    IRREGULAR_PAST,
    MODALS,
    SENTENCE_LINKS,
    SIMPLE_PAST,
)
from quotex.lexicon.titles import GENERIC_BODIES, TITLE_ADJECTIVES
from quotex.sentences import Sentence
from quotex.speakers.words import (
    AUTHORED,
    GENDER_NOUNS,
    PREPOSITIONS,
)

#: Words that open an unnamed noun phrase a pronoun can refer back to ('The airline', 'A
#: woman', 'Two nurses'); a plural may also stand bare ('Residents were divided.').
_NOMINAL_OPENERS = frozenset("the a an this these those several some many".split()) | NUMBER_WORDS
#: Possessive determiners that open a noun phrase naming one person by relation ('Her
#: husband', 'Their son') -> the pronoun of the possessor: a nominal subject only with a head
#: of the other gender, since a pronoun of the possessor's own may mean either of them.
_POSSESSIVE_OPENERS = {"his": "he", "her": "she", "their": ""}
#: Words that end the walk over a nominal's modifiers: the verb group after its head.
_NOT_MODIFIERS = STOP_WORDS | AUXILIARIES | MODALS | COPULA | IRREGULAR_PAST | SIMPLE_PAST
#: Words of a verb group that may follow a subject's head ('Residents were divided').
_VERB_GROUP_WORDS = AUXILIARIES | MODALS | COPULA | IRREGULAR_PAST | SIMPLE_PAST
#: Plural heads without a plural -s.
_PLURAL_HEADS = frozenset("people men women children police staff crew spokesmen spokeswomen".split())


def nominal_class(low: str, lexicon: Lexicon) -> tuple[str, str]:
    """(class, agreement) of the head noun *low*: ("body", "it"/"they") for an organisation
    noun ('ministry', 'airline'), ("person", "he"/"she"/"person"/"they") for a role, group or
    gendered noun ('spokeswoman', 'woman', 'officials', 'driver'), else ("", "")."""
    plural = low in _PLURAL_HEADS or (low.endswith("s") and not low.endswith("ss"))
    singular = low[:-1] if plural and low.endswith("s") else low
    if (
        low in lexicon.organization_nouns
        or singular in lexicon.organization_nouns
        or singular in GENERIC_BODIES
    ):
        return ("body", "they" if plural or low == "police" else "it")
    if low in PRONOUNS:
        return ("", "")
    if low in FEMALE_WORDS or GENDER_NOUNS.get(low) == "f":
        return ("person", "she")
    if low in MALE_WORDS or GENDER_NOUNS.get(low) == "m":
        return ("person", "he")
    if (
        low in lexicon.role_words
        or low in _PLURAL_HEADS
        or (low in lexicon.group_source_nouns and low not in AUTHORED and singular not in AUTHORED)
    ):
        return ("person", "they" if plural else "person")
    return ("", "")


def place_phrase_end(words: Sequence[str], head: int, last: int) -> int:
    """The last token of the noun phrase whose head is token *head*, with a prepositional
    phrase that names a place or body after it ('A woman in Tromso', 'officials at the
    Ministry of Trade'): the run of capitalised words (and *of*, *and* inside it) after the
    preposition and an optional *the*; *head* when there is none."""
    k = head + 1
    if k > last or words[k].lower() not in PREPOSITIONS:
        return head
    k += 1
    if k <= last and words[k].lower() == "the":
        k += 1
    end = head
    while k <= last and k - head <= 8:
        w = words[k]
        if w[:1].isupper() and w.replace("-", "").isalpha():
            end = k
        elif w.lower() not in ("of", "and") or end < head + 1:
            break
        k += 1
    return end


def find_nominal_subject(
    words: Sequence[str], lows: Sequence[str], sent: Sentence, lexicon: Lexicon
) -> tuple[int, int, str] | None:
    """(first, head, agreement) of *sent*'s subject when it is an unnamed noun phrase whose
    head names a body or a person (:func:`nominal_class`): a determiner or number, up to
    four lower-case modifiers and the head, then a comma, a preposition or a verb ('The
    airline said', 'A woman in Tromso told', 'Two nurses waited'); a plural may stand bare
    ('Residents were divided'). A linking word and an opening adverbial before it are
    skipped ('But on Monday, the union said'). None for a name, a pronoun or anything else."""
    i, last = sent.first, sent.last
    while i <= last and (lows[i] in SENTENCE_LINKS or words[i] == ","):
        i += 1
    if i > last:
        return None
    low = lows[i]
    after_name = False
    if (
        low in INTRO_WORDS
        or low in TIME_WORDS
        or low in FRONTING_PREPOSITIONS
        or (low.endswith("ly") and len(low) > 4)
    ):
        k = i
        while k <= last and k - i < 12 and words[k] != ",":
            k += 1
        if k >= last or words[k] != ",":
            return None
        after_name = words[k - 1][:1].isupper() and words[k - 1].isalpha()
        i = k + 1
        low = lows[i]
    owned = low in _POSSESSIVE_OPENERS  # ('Her husband, who ..., was less forgiving.')
    j = i + 1 if low in _NOMINAL_OPENERS or owned else i
    k = j
    verbs = lexicon.verb_forms
    while k <= last and k - j < 5:
        w = words[k]
        lw = lows[k]
        if (
            not (
                w.replace("-", "").isalpha()
                and (w.islower() or k == i or lw in TITLE_ADJECTIVES or w.isupper())
            )
            or lw in _NOT_MODIFIERS
            or lw in verbs
            or lw in PRONOUNS
        ):
            break
        k += 1
    # the head: the last noun of the run that a verb, a preposition or a comma follows
    # ('The airline cancelled 40 flights': the run is 'airline cancelled', the head 'airline')
    for head in range(min(k, last) - 1, j - 1, -1):
        cls, agree = nominal_class(lows[head], lexicon)
        if not cls:
            continue
        if j == i and agree != "they":
            return None  # (only a plural stands bare: 'Residents said', not 'Driver said')
        nxt = words[head + 1]
        lw = lows[head + 1]
        if (
            owned
            and agree != "they"
            and (
                agree not in ("he", "she")
                or agree == _POSSESSIVE_OPENERS[low]  # ('Her daughter sings. She is ...': either)
                or _named_after(words, head, last)
                or lw in ("'s", "’s")
            )
        ):
            return None  # (a possessor's noun of the other gender: 'her husband', not 'his father's death')
        if after_name and (nxt == "," or _closed_apposition(words, head, last, lexicon)):
            # ('Asked whether Tom Varga, the party's nominee, ...', 'After NAME, a spokesman for
            # X, spoke': an apposition)
            return None
        if (
            nxt == ","
            or (
                lw in ("'s", "’s")
                and agree in ("he", "she", "person")
                and _not_person_after(words, head + 2, lexicon)
            )
            or lw in PREPOSITIONS
            or lw in _VERB_GROUP_WORDS
            or lw in verbs
            or (
                nxt.isalpha()
                and nxt.islower()
                and lw.endswith(("ed", "s"))
                and not nominal_class(lw, lexicon)[0]
            )
        ):
            return (i, head, agree)
        return None
    return None


#: How many tokens after its head an apposition's phrase may run before its closing comma.
_APPOSITION_REACH = 8


def _closed_apposition(words: Sequence[str], head: int, last: int, lexicon: Lexicon) -> bool:
    """Does a comma close the phrase of the noun at token *head* within a few words, none of
    them a lower-case verb form ('a spokesman for Marrowdale Fire and Rescue |,')?"""
    for k in range(head + 1, min(last, head + _APPOSITION_REACH) + 1):
        if words[k] == ",":
            return True
        if words[k].islower() and words[k] in lexicon.verb_forms:
            return False
    return False


def _named_after(words: Sequence[str], head: int, last: int) -> bool:
    """Is the noun at token *head* followed by a comma and a capitalised word ('Her husband,
    Ivo Berg, said'): a name in apposition, which the mentions hold?"""
    return head + 2 <= last and words[head + 1] == "," and words[head + 2][:1].isupper()


def _not_person_after(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Is token *k*, after a possessor, a lower-case noun of no person or body ('the nominee's
    support': the possessor is the person in view; not 'the senator's aide')?"""
    return (
        k < len(words)
        and words[k].isalpha()
        and words[k].islower()
        and not nominal_class(words[k], lexicon)[0]
    )
