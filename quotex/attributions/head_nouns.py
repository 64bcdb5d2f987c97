"""A cue word that heads a noun phrase: the verb table's ``homograph_head`` veto.

Input: a :class:`~quotex.attributions.sites.VerbCue` whose word is the plain or *-s* form of a
verb that is also a common noun (:data:`~quotex.lexicon.verb_frames.NOUN_HOMOGRAPHS`:
*attack*, *plan*, *claim*, *support*, *state* ...). Output: whether the words around it show
the noun, so that the word is no cue. Agreement and word order decide, never a tagger:

* after it, a finite auxiliary or modal (`Her harbour plan would cost ...`, `The recent storm
  attacks have ...`), or *that* and a verb that no singular *that* takes (`in coastal states
  that have ...`): a verb of saying has no finite verb as its object (Quirk et al. 1985, §16.21);
* before it, up to two modifiers after a word that opens a noun phrase (Quirk et al. §17.2):
  a possessive (`Ida Marr's harbour plan`, `their latest attacks`), a plural quantifier or a
  number before an *-s* form (`several swing states`, `45 states`: an *-s* verb agrees with a
  singular subject), a singular determiner before a plain form with no plural modifier
  (`the deadly attack`, `a possible attack`: a plain verb agrees with no singular subject), a
  preposition (`in swing states`; no verb follows a preposition), or *the* before an
  adjective (`the coastal states`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.sites import VerbCue
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, OBJECT_PRONOUNS, PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import (
    AUXILIARIES,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    POSSESSIVE_DETERMINERS,
    QUANTIFIERS,
)
from quotex.lexicon.verb_frames import NOUN_HOMOGRAPHS, PARTICLES
from quotex.mentions.words import is_name_word

#: Finite verbs that agree with no singular demonstrative *that*: after 'that' they show a
#: relative clause on a noun ('states that have voted'), not a reported clause.
_PLURAL_FINITE = frozenset("have are were do don't".split())
#: Words that open a noun phrase and take a plural noun: 'several swing | states'.
_PLURAL_OPENERS = QUANTIFIERS - {"some"}
#: Words that open a noun phrase and take a singular noun: 'a deadly | attack'.
_SINGULAR_OPENERS = frozenset("a an the this every each another".split())
#: Possessives before a noun ('their latest | attacks'); not *her*, which is also an object
#: ('told her aides ...').
_POSSESSIVES = (POSSESSIVE_DETERMINERS - {"her"}) | {"'s", "’s"}
#: Prepositions after which no verb stands (not *to*, which opens an infinitive, nor the
#: ones that are also subordinators: *after*, *before*, *since*, *until*, *as*).
_PREPOSITIONS = frozenset(
    "in on at of from with into about among across through within between against during".split()
)
#: Every word that opens a noun phrase or a prepositional phrase: the walk left stops there.
_OPENERS = _POSSESSIVES | _PLURAL_OPENERS | _SINGULAR_OPENERS | _PREPOSITIONS | NUMBER_WORDS | {"to"}
#: Adjective endings that no noun of a person has (not -ant, -ent, -an, -ist: 'the president
#: says', 'the Republican attacks').
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "ern")
#: Adjectives with no such ending that often stand before a noun ('the latest attacks').
_NOUN_ADJECTIVES = frozenset(
    "new old latest recent past former first last final own usual whole previous".split()
)
#: Relative pronouns: a finite verb after 'which he estimates' fills a gap.
_RELATIVES = frozenset("who whom which that what".split())
#: Plurals without -s, and collectives that take a plural verb ('the people support').
_PLURAL_WORDS = frozenset("people men women children police staff public media clergy rich poor".split())


def _is_plural(word: str) -> bool:
    low = word.lower()
    return (low.endswith("s") and not low.endswith("ss")) or low in _PLURAL_WORDS


def _adjective(word: str) -> bool:
    """Does *word* look like an adjective, never a noun of a person ('coastal', 'latest')?"""
    low = word.lower()
    return low in _NOUN_ADJECTIVES or low.endswith(_ADJECTIVE_ENDINGS)


def _modifier(word: str, role_words: frozenset[str]) -> bool:
    """Can *word* stand between a noun phrase's first word and its head ('swing', 'Western',
    'deadly'): a word of letters (or a hyphenated one) that is no function word or role noun?"""
    low = word.lower()
    return (
        word.replace("-", "").isalpha()
        and low not in STOP_WORDS
        and low not in DETERMINERS
        and low not in PRONOUNS
        and low not in OBJECT_PRONOUNS
        and low not in AUXILIARIES
        and low not in role_words
    )


def _after_finite(v: VerbCue) -> bool:
    """Does a finite auxiliary or modal follow the cue word ('Her harbour plan would ...'), or
    *that* and a verb no singular *that* takes ('states that have ...')? Not after a subject
    pronoun or a relative pronoun, where a finite verb after the cue shows a gap ('which he
    estimates will ...': :mod:`quotex.attributions.gaps`)."""
    words, i, lows = v.words, v.i, v.ctx.lows
    if i + 1 > v.last or (v.prev >= v.first and lows[v.prev] in PRONOUNS):
        return False
    if any(w.lower() in _RELATIVES for w in words[max(v.first, i - 4) : i]):
        return False
    nxt = lows[i + 1]
    if nxt == "that":
        return i + 2 <= v.last and lows[i + 2] in _PLURAL_FINITE
    return nxt in FINITE_AUXILIARIES  # ('Her harbour plan would ...': a verb of saying's object is never one)


def _object_of_preposition(words: Sequence[str], k: int, first: int) -> bool:
    """Is the noun phrase that opens at *k* (a determiner, or a possessor and its *'s*) the
    object of a preposition ('across | the region', 'of | Lund's'), so that a verb after it may
    have the subject before the preposition ('Voters across the region support ...')?"""
    j = k - 1
    if words[k] in ("'s", "’s"):
        while j >= first and words[j][:1].isupper():
            j -= 1
    return j >= first and words[j].lower() in _PREPOSITIONS


def homograph_head(v: VerbCue) -> bool:
    """Is the cue word a noun that heads its phrase ('in coastal states that have ...', 'the
    deadly attack', 'Her harbour plan would ...'), not a verb?"""
    low, lemma, words, lows = v.low, v.lemma, v.words, v.ctx.lows
    if lemma not in NOUN_HOMOGRAPHS or v.group != v.i or low not in (lemma, lemma + "s", lemma + "es"):
        return False
    if _after_finite(v):
        return True
    role_words = v.ctx.lexicon.role_words
    k = v.prev
    mods: list[str] = []
    while k >= v.first and len(mods) < 2:
        word = words[k]
        if word.lower() in _OPENERS or word.isdigit() or not _modifier(word, role_words):
            break
        if word[:1].isupper() and k == v.first:
            break  # (a sentence's first word may be its subject: 'Leith plans ...')
        mods.append(word)
        k -= 1
    if k < v.first or k == v.prev:
        return False  # (no modifier: the other vetoes read a noun's first word)
    opener = lows[k]
    if low != lemma:  # an -s form: its verb agrees with a singular subject only
        if opener in _PLURAL_OPENERS or words[k].isdigit() or (opener in NUMBER_WORDS and opener != "one"):
            return True
        if opener in _PREPOSITIONS or opener == "to":
            # a name after a preposition may be a subject ('In Leith Marr plans ...'), and so
            # may a phrase before a clause ('The head of research states that ...')
            nxt = words[v.i + 1] if v.i + 1 <= v.last else ""
            return nxt.isalpha() and nxt != "that" and all(m.islower() or _adjective(m) for m in mods)
        return (opener in _POSSESSIVES or opener == "the") and all(_adjective(m) for m in mods)
    # a plain form: its verb agrees with no singular subject (after a preposition, the
    # subject may come before it: 'Voters in the region support ...')
    return (
        (opener in _POSSESSIVES or opener in _SINGULAR_OPENERS)
        and not any(_is_plural(m) for m in mods)
        and not _object_of_preposition(words, k, v.first)
    )


def name_modified_noun(v: VerbCue) -> bool:
    """Is the plain form of a cue verb the head of a noun phrase whose modifier is a name, after
    a singular determiner and before a preposition ('closed the Cork show with "C"', 'the BBC
    report on the strike')? A plain verb agrees with no singular subject, and a name after *the*
    that takes a plural verb ('the FA say that') has its clause after it, not a preposition;
    the verb's own particle keeps it a verb ('the Met Office warn of snow')."""
    words, i, prev, lows = v.words, v.i, v.prev, v.ctx.lows
    if v.low != v.lemma or prev - 1 < v.first or i + 1 > v.last or v.group != i:
        return False
    nxt = lows[i + 1]
    if (
        i + 2 <= v.last
        and lows[i + 2] == "by"
        and words[i + 1].islower()
        and words[i + 1].endswith(("ed", "en"))
    ):
        # ('A Ministry of Inland Transport report obtained by X says': a participle and its agent)
        opener = _name_run_start(words, prev, v.first) - 1
        return opener >= v.first and lows[opener] in _SINGULAR_OPENERS
    return (
        lows[prev - 1] in _SINGULAR_OPENERS
        and is_name_word(words[prev])
        and not _is_plural(words[prev])
        and nxt in _PREPOSITIONS
        and nxt not in PARTICLES.get(v.lemma, ())
    )


def _name_run_start(words: Sequence[str], k: int, first: int) -> int:
    """The first token of the body's name ending at token *k*: name words and the *of*, *and*
    or *for* between them, at most :data:`_NAME_RUN` tokens; *k* + 1 when *k* is no name word."""
    j = k
    while (
        j >= first
        and k - j < _NAME_RUN
        and words[j].lower() not in _SINGULAR_OPENERS
        and (
            is_name_word(words[j])
            or (words[j] in ("of", "and", "for") and j > first and is_name_word(words[j - 1]))
        )
    ):
        j -= 1
    return j + 1


#: The most tokens of a body's name before a document noun ('the Ministry of Inland Transport').
_NAME_RUN = 6


def object_of_perfect(v: VerbCue) -> bool:
    """Is the *-s* form of a cue verb the object of a perfect verb group before it ('The crash
    has renewed calls for a light', 'had prompted warnings')? A finite verb never follows a
    perfect participle in one clause; after a relative pronoun the participle may end a
    relative clause ('the man who has moved says'), so not there."""
    words, prev, lows = v.words, v.prev, v.ctx.lows
    if v.low == v.lemma or not v.low.endswith("s") or prev - 1 < v.first:
        return False
    participle = words[prev]
    if not (participle.islower() and (participle.endswith("ed") or participle in IRREGULAR_PAST)):
        return False
    if any(w.lower() in _RELATIVES for w in words[max(v.first, v.i - 5) : v.i]):
        return False
    return lows[prev - 1] in ("has", "have", "had", "'s", "’s", "'ve", "’ve")
