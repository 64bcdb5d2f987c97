"""Restrictive relative clauses opened by *that* or *which* on a subject: 'The PAC that backs
Ana Berg said ...' is the PAC's report, never Ana Berg's.

*That* is also a complementizer ('told reporters that officials said') and a determiner ('that
plan'), and *which* an interrogative, so a clause counts as a relative one only when the word
after the pronoun is a verb of it (:func:`relative_verb`): an auxiliary or modal, or a past or
third-person -s form that a noun phrase follows as its object. A plural noun is no verb by
this test, since a verb, not an object, follows it ('that officials | said').

Input: the token words (or table), the token before the cue, the sentence floor. Output: the
subject's (first, last) tokens, or the source tokens without the relative clause. Used by
:mod:`.asides` (the subject finder) and :mod:`quotex.speakers` (the name inside a source).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from quotex.attributions.noun_phrases import np_left
from quotex.attributions.np_heads import opens_clause
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, DOCUMENT_NOUNS, OBJECT_PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import (
    ADVERBS,
    AUXILIARIES,
    IRREGULAR_PAST,
    MODALS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SIMPLE_PAST,
)
from quotex.tokens import Tokens

__all__ = ["before_relative", "document_antecedent", "relative_verb", "that_subject"]

#: Relative pronouns that also have other uses: a verb must follow them (:func:`relative_verb`).
_AMBIGUOUS_RELATIVES = ("that", "which")
#: Relative pronouns that are always relative.
_PLAIN_RELATIVES = ("who", "whom", "whose")
#: Determiners and possessives that open a noun phrase.
_PHRASE_OPENERS = DETERMINERS | POSSESSIVE_DETERMINERS
#: Words that open a noun phrase after a verb (its object): 'backs | the senator', 'funds | her'.
_OBJECT_OPENERS = (_PHRASE_OPENERS | OBJECT_PRONOUNS) - {"that"}
#: Lower-case words that open no object: function words, prepositions, adverbs, past forms.
_NOT_OBJECTS = STOP_WORDS | PREPOSITIONS | ADVERBS | IRREGULAR_PAST | SIMPLE_PAST | AUXILIARIES | MODALS
#: Finite verb words: auxiliaries, modals, irregular and simple past forms, and the clitic *'s*.
_FINITE = AUXILIARIES | MODALS | IRREGULAR_PAST | SIMPLE_PAST | frozenset(["'s", "’s"])
#: Words of a verb group before its main verb: auxiliaries, modals, adverbs.
_VERB_GROUP = AUXILIARIES | MODALS | ADVERBS
#: How many tokens the clause may hold between the pronoun and the cue.
_CLAUSE_WINDOW = 12


def _opens_object(word: str, verbs: Container[str]) -> bool:
    """Can *word* open a verb's object: a determiner, a possessive, an object pronoun, a
    capitalised word (a name), a number, or a lower-case word that is no verb form, function
    word, preposition or -ly, -ing or -ed word ('represents | nurses')?"""
    low = word.lower()
    if low in _OBJECT_OPENERS or word[:1].isupper() or word[:1].isdigit():
        return True
    return (
        word.isalpha()
        and low not in verbs
        and low not in _NOT_OBJECTS
        and not low.endswith(("ly", "ing", "ed"))
    )


def relative_verb(words: Sequence[str], k: int, verbs: Container[str]) -> bool:
    """Is token *k* + 1, after the relative pronoun at *k*, a verb of the relative clause: an
    auxiliary or modal ('that has backed', 'which will fund'), or a lower-case past or -s form
    followed by the start of its object ('that backs Ana Berg', 'which funded the ads',
    'that represents nurses')? A plural noun ('that officials said', 'that officials say',
    'that officials there') has a verb or an adverb, not an object, after it; *verbs* are the
    reporting verbs' forms."""
    if k + 2 >= len(words):
        return False
    w = words[k + 1]
    low = w.lower()
    if not (w.isalpha() and w.islower()):
        return False
    if low in AUXILIARIES or low in MODALS:
        return True
    present = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    form = present or low.endswith("ed") or low in IRREGULAR_PAST
    return form and _opens_object(words[k + 2], verbs)


def that_subject(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'The PAC that backs Ana Berg said': a subject whose head noun a restrictive relative
    clause opened by *that* or *which* follows with no commas; the source runs from the head's
    phrase, which opens the clause, to token *j* (the last of the relative clause). None when
    no such pronoun stands in the window, the word after it is no verb (:func:`relative_verb`),
    or the phrase before it opens no clause ('told reporters that ...')."""
    words, lows = tokens.words, tokens.lows
    if lows[j] in DETERMINERS or lows[j] in PREPOSITIONS:
        return None  # ('... the season in this | state': a determiner before the cue makes it a noun)
    lo = max(floor, j - _CLAUSE_WINDOW)
    window = words[lo:j]
    if "that" not in window and "which" not in window:
        return None  # (most subjects hold neither: one test in C instead of the walk)
    for k in range(j - 1, lo - 1, -1):
        w = words[k]
        if w.lower() in _AMBIGUOUS_RELATIVES:
            if k - 1 < floor or not relative_verb(words, k, lexicon.verb_forms):
                return None
            if all(lows[m] in _VERB_GROUP for m in range(k + 1, j + 1)):
                return None  # 'a deal that was | rejected by ...': the cue is the clause's own verb
            np = np_left(tokens, k - 1, floor, lexicon)
            if np is None or np[1] != k - 1 or not opens_clause(words, np[0], floor):
                return None
            if np[0] - 1 >= floor and words[np[0] - 1].lower() in PREPOSITIONS:
                return None
            return (np[0], j)
        if not w[:1].isalnum() and w not in ("'s", "’s", "-"):
            return None
    return None


def before_relative(
    words: Sequence[str], lows: Sequence[str], a: int, b: int, verbs: Container[str]
) -> tuple[int, int]:
    """Source tokens a..b without a relative clause: 'officials who spoke with the Post'
    names the officials, not the Post, and so do 'The PAC that backs Ana Berg' (*that* or
    *which* with a verb after it: :func:`relative_verb`; *verbs* are the reporting verbs'
    forms) and 'The consultants that Ana Berg hired' (after a lower-case noun, before a
    name); a source that ends on *that* or *which* ('a PAC that') ends on the antecedent (a
    name never ends on a relative pronoun). After *those* the clause stays: it defines the
    pronoun ('those who voted for him')."""
    for k in range(a + 1, b + 1):
        low = lows[k]
        if low in _PLAIN_RELATIVES or (
            low in _AMBIGUOUS_RELATIVES
            and (
                k == b
                or (
                    not _has_verb(words, a, k)  # ('X addressed the students in a speech that ...')
                    and (relative_verb(words, k, verbs) or _noun_then_name(words, k, a, b))
                )
            )
        ):
            if lows[k - 1] == "those":
                break  # 'those who voted for him': the clause defines the pronoun, it is the speaker
            end = k - 1
            while end > a and not words[end][:1].isalnum():
                end -= 1
            return a, end
    return a, b


def _has_verb(words: Sequence[str], a: int, k: int) -> bool:
    """Does a finite verb stand among tokens *a* .. *k* - 1 (an auxiliary, a modal, a past form:
    'Voters raised concern that ...'), so they are a clause, not a noun phrase?"""
    for w in words[a:k]:
        low = w.lower()
        if low in _FINITE or (w.islower() and low.endswith("ed") and len(low) > 3):
            return True
    return False


def _noun_then_name(words: Sequence[str], k: int, a: int, b: int) -> bool:
    """Does a noun phrase that opens with a determiner, or a plural, stand before *that* or
    *which* at *k*, a capitalised word after it and a past form at the source's end *b*
    ('The consultants | that | Ana Berg hired'; not 'officials in | that | city', 'apparent |
    that | Clinton', 'an event that Carson', whose cue is the name's)?"""
    end = words[b].lower()
    if not (end.endswith("ed") or end in IRREGULAR_PAST):
        return False
    before, after = words[k - 1], words[k + 1]
    low = before.lower()
    noun = before.isalpha() and (before.islower() or (k - 1 == a and before[1:].islower()))
    headed = words[a].lower() in _OBJECT_OPENERS or (low.endswith("s") and not low.endswith("ss"))
    return noun and headed and low not in _NOT_OBJECTS and after[:1].isupper()


#: How many modifiers may stand before the head noun of a document antecedent ('the leaked
#: campaign memo that ...').
_ANTECEDENT_MODIFIERS = 2


def document_antecedent(tokens: Tokens, k: int, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """The source of a cue after the relative pronoun *that* at *j* whose antecedent at *k* is
    no person or body the subject finder reads, but a document or a noun of saying: 'fired over
    comments that compared ...', 'a leaflet that called the plan ...' (the comments and the
    leaflet speak, as a document credits its words: :mod:`.issuers`). The phrase runs from the
    noun (with up to two lower-case modifiers and a determiner) to the pronoun; otherwise the
    pronoun alone, which names nobody."""
    words, lows = tokens.words, tokens.lows
    if k < floor or lows[j] != "that" or not words[k].islower():
        return (j, j)
    low = words[k]
    stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    if not ({low, stem} & (DOCUMENT_NOUNS | lexicon.cue_nouns)):
        return (j, j)
    first = k
    while (
        first - 1 >= floor
        and k - (first - 1) <= _ANTECEDENT_MODIFIERS
        and words[first - 1].isalpha()
        and words[first - 1].islower()
        and words[first - 1] not in STOP_WORDS
        and words[first - 1] not in PREPOSITIONS
        and words[first - 1] not in lexicon.verb_forms
        and not words[first - 1].endswith("ed")  # ('included | messages that')
    ):
        first -= 1
    if first - 1 >= floor and lows[first - 1] in _PHRASE_OPENERS:
        first -= 1
    return (first, j)
