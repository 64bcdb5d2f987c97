"""Participle phrases after an apposition's role: where a title ends before a past participle
that modifies its role ('a diplomat posted to Cork, was recalled', 'a retired judge appointed by
both parties to settle the dispute, wrote that ...'), and a role noun that is also a verb form
after a modifier ('a retired judge'), and a present participle after a person's role ('a
driver resting under a tree'). Input: the words, a token range and a lexicon. Read by
:mod:`quotex.mentions.appositions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, NOT_NAMES, TITLE_MODIFIERS
from quotex.lexicon.grammar import IRREGULAR_PAST, PREPOSITIONS
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.words import APPOS_END, is_name_word, is_role

#: Finite forms of *be* and *have*, which no title holds: a phrase that runs into one is a
#: clause's subject ('According to Ana Berg, the bank's exit was ...').
FINITE_BE_HAVE = frozenset("is are was were has have had".split())


#: Prepositions after a past participle that modifies the noun before it ('posted to Cork').
_PARTICIPLE_LINKS = frozenset("to in at from by with for on".split())


#: Present participles that say what a role's holder does as that role, part of the title ('a
#: lawyer representing the family', 'an economist specialising in housing').
_ROLE_PARTICIPLES = frozenset(
    """representing serving working leading heading overseeing running covering advising managing
    studying teaching researching specialising specializing coordinating directing chairing
    organising organizing campaigning acting""".split()
)


def doing_participle(words: Sequence[str], j: int, first: int, end: int, lexicon: Lexicon) -> bool:
    """Does token *j* of a role phrase opened at *first* open a present participle phrase after a
    person's noun, no part of the title ('a carpenter | holding a banner':
    :func:`participle_after_person`), not a role's own doing ('a lawyer representing the family')?"""
    return j > first and words[j] not in _ROLE_PARTICIPLES and participle_after_person(words, j, end, lexicon)


def participle_after_role(words: Sequence[str], first: int, j: int, end: int, lexicon: Lexicon) -> int:
    """The first token from *first* + 1 to *j* that opens a participle phrase after a role
    (:func:`reduced_relative`) with a listed role before it, or a present participle right
    after a person's role ('a taxi driver | holding a banner': :func:`participle_after_person`);
    -1 when none."""
    role_before = False  # (a role among tokens *first* .. m - 1: one is_role a token, not a scan a token)
    for m in range(first + 1, min(j, end) + 1):
        role_before = role_before or is_role(words[m - 1], lexicon)
        if role_before and reduced_relative(words, m, end, lexicon):
            return m
        if doing_participle(words, m, first, end, lexicon):
            return m
    return -1


def modified_role(words: Sequence[str], j: int, first: int, lexicon: Lexicon) -> bool:
    """Is the verb form at token *j* a role noun after a title modifier or a body's capitalised
    word of the same phrase ('a retired judge', 'a retired Employment Court judge'), so a noun?"""
    if j <= first or not is_role(words[j], lexicon):
        return False
    before = words[j - 1]
    return before.lower() in TITLE_MODIFIERS or (is_name_word(before) and before.lower() not in NOT_NAMES)


def reduced_relative(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Does the verb form at token *j* open a participle phrase that modifies the role before it
    and ends at a comma before a finite verb ('a diplomat posted to Cork, was recalled')? An
    *-ed* form, a preposition, at most five words and the comma; after it a finite *be* or
    *have* of the main clause, or (at most nine words) a past verb of speech ('a retired judge
    appointed by both parties to settle the dispute, wrote that ...')."""
    if not (words[j].endswith("ed") and j + 1 <= end and words[j + 1] in _PARTICIPLE_LINKS):
        return False
    k = j + 2
    while k <= end and k - j <= 10 and words[k] != ",":
        if words[k] in APPOS_END:
            return False
        k += 1
    if not (k + 1 <= end and words[k] == ","):
        return False
    nxt = words[k + 1]
    if nxt in FINITE_BE_HAVE:
        return k - j <= 6
    form = lexicon.verb_forms.get(nxt)
    past = form is not None and nxt != form[0] and not nxt.endswith(("s", "ing"))  # ('wrote', 'said')
    return past and form is not None and form[1] == "speech"


#: Words after an *-ing* form that open its complement, so the form is a participle, no noun
#: ('resting under a tree', 'leaving the ward', 'mending his nets'): prepositions (not *of*:
#: 'the banking of') and determiners.
_PARTICIPLE_COMPLEMENTS = (
    (PREPOSITIONS - {"of"}) | DETERMINERS | frozenset("outside near behind beside along".split())
)
#: Prepositions in *-ing*, no participles ('director during the drafting'; Quirk et al. 1985,
#: §9.7: marginal prepositions).
_ING_PREPOSITIONS = frozenset(
    """during including concerning regarding following excluding according notwithstanding pending
    barring""".split()
)
#: Nouns of a person without a role, which a participle phrase may follow ('a woman waiting').
_PERSONS = frozenset("man woman person boy girl men women people".split())


def participle_after_person(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Is token *j* a lower-case *-ing* participle after a role or person noun, opening a phrase
    that modifies it ('a jeepney driver | resting under a tree', 'a nurse | leaving the night
    shift'): no part of the role's title or the source's name? Not a noun in *-ing* before a
    noun ('a teacher training college') or before *of*."""
    w = words[j]
    if j < 1 or j + 1 > end or not (w.islower() and w.endswith("ing") and len(w) > 5):
        return False
    if w in _ING_PREPOSITIONS:
        return False  # (a preposition in *-ing*: 'director | during the drafting')
    before = words[j - 1]
    # (or a role-shaped noun right after an indefinite article: 'a carpenter | holding a banner';
    # not a noun before a gerund noun: 'a joint | briefing in')
    counted = j >= 2 and words[j - 2].lower() in ("a", "an") and agent_noun(before, lexicon)
    return words[j + 1].lower() in _PARTICIPLE_COMPLEMENTS and (
        before.lower() in _PERSONS or (before.islower() and (counted or is_role(before, lexicon)))
    )


def participle_form(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Does token *j* after a noun phrase's head end the phrase as a participle: an *-ed* form
    ('the union sent'), or an *-ing* one after a person (:func:`participle_after_person`)? A
    four-letter noun in *-eed* no verb list holds is none ('the museum's seed scientist'; 'agreed' is)."""
    low = words[j].lower()
    if len(low) == 4 and low.endswith("eed") and low not in lexicon.verb_forms:
        return False
    return low.endswith("ed") or participle_after_person(words, j, end, lexicon)


def clause_verb(words: Sequence[str], j: int, first: int, end: int) -> bool:
    """Is token *j* of a phrase opened at *first* a clause's finite verb, which no title holds: a
    form of *be* or *have*, or a past verb with its object (:func:`past_verb_with_object`)?"""
    return words[j].lower() in FINITE_BE_HAVE or past_verb_with_object(words, j, first, end)


#: Units of time after a past participle's counted phrase ('a nurse trained two decades ago').
_TIME_UNITS = frozenset("year years decade decades month months week weeks day days".split())


def past_verb_with_object(words: Sequence[str], j: int, first: int, end: int) -> bool:
    """Is token *j* of a phrase opened at *first* a finite past verb with its object, which no
    title holds: a lower-case *-ed* or irregular past form after a lower-case noun, with a
    determiner or a number after it ('According to X, the council | needed three more nurses')?
    Not a participle before a span of time ('a nurse trained two decades ago')."""
    w = words[j]
    if j <= first or j + 1 > end or not (w.islower() and w.isalpha()):
        return False
    if not ((w.endswith("ed") and len(w) > 4) or w in IRREGULAR_PAST):
        return False
    prev, nxt = words[j - 1], words[j + 1].lower()
    if not (prev.isalpha() and prev.islower() and prev not in DETERMINERS and prev not in TITLE_MODIFIERS):
        return False
    if not (nxt in _OBJECT_OPENERS or nxt[:1].isdigit()):
        return False
    return not any(words[m].lower() in _TIME_UNITS for m in range(j + 1, min(end, j + 3) + 1))


#: Words that open a verb's object noun phrase ('needed three more nurses', 'carried the mail').
_OBJECT_OPENERS = frozenset("the a an its their his her three two four five six several many some".split())


def named_plural_head(words: Sequence[str], j: int, first: int, end: int) -> bool:
    """Is token *j*, a verb's *-s* form, the plural noun that heads a named thing after *the*,
    ending the phrase ('the special envoy for the Tarrow Strait | talks,'; not 'its director Ana
    Berg | says:', whose capitalised run no *the* opens)?"""
    if not (first < j - 1 and words[j].endswith("s") and is_name_word(words[j - 1])):
        return False
    if j < end and words[j + 1] not in APPOS_END:
        return False
    k = j - 1
    while k > first and is_name_word(words[k - 1]) and j - k < 4:
        k -= 1
    return words[k - 1].lower() == "the"


def cue_participle_after_role(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Is the verb form at token *j* a stance verb's *-ing* participle right after a lower-case
    role and before a lower-case word ('a nurse criticizing local farmers'), modifying the role?"""
    form = lexicon.verb_forms.get(words[j])
    return (
        form is not None
        and form[1] == "stance"  # ('backing', 'criticizing'; not 'husband expecting a child')
        and words[j].endswith("ing")
        and j + 1 <= end
        and words[j + 1].isalpha()
        and words[j + 1].islower()
        and words[j - 1].islower()
        and is_role(words[j - 1], lexicon)
    )
