"""Titles that a copular sentence introducing a person gives them: *Ana Berg is a chief
forecaster at the Northern Weather Service.*, *Ana Berg, 54, has been the harbour master of Port
Elvaston since 2019.*

A feature story often introduces a person in a sentence of their own and quotes them in the next
(*"C," she says.*). The predicate noun phrase of that sentence states the person's post as an
apposition would (*Ana Berg, a chief forecaster at X, said*), so it is read with the
apposition's reader (:func:`quotex.mentions.appositions.role_phrase`). A copular predicate is as
often a judgement (*X is a disgusting fraud*, *X was the first candidate to ...*, *X is a
stiff campaigner*), so only a post is read: a role noun whose modifiers are names, title
modifiers or nouns of a compound job, said outside a quotation of a full name that opens its
sentence.

Input: the token table, a name chain's first and last tokens and its sentence; output: the
title's first and last tokens, or ``(-1, -1)``. Called by
:func:`quotex.mentions.find.find_mentions` (through :func:`affiliation_or_copular`) for a name of
two words or more with no title of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    PRONOUNS,
    STOP_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.grammar import ADVERBS
from quotex.mentions.affiliations import body_affiliation
from quotex.mentions.appositions import role_phrase
from quotex.mentions.copular import APPOINTED_VERBS, copular_verb_end, owner_then_post, time_adjunct
from quotex.mentions.counsel import counsel_side
from quotex.mentions.role_heads import POSITION_MODIFIERS, agent_noun, job_modifier
from quotex.mentions.words import is_role, unit_ordinal
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: The words that open a copular verb after a name (:func:`copular_verb_end` reads the rest).
COPULA_OPENERS = frozenset(["is", "was", "has", "had", "serves", "served"])
_NO_TITLE = (-1, -1)
#: The links from a post to its body, and the words that end the post's head noun.
_HEAD_ENDS = frozenset("at of for to with in on from since and who , . ; : ( —".split())
#: The links from a bare post (no article after the copula) to the body that holds it.
_BODY_LINKS = frozenset("at of for to with".split())
#: Curly and angled double marks that open and close a quotation (a straight one does both).
_OPENING_DOUBLE = ("\u201c", "\u00ab")
_CLOSING_DOUBLE = ("\u201d", "\u00bb")
#: Stance adverbs that open a sentence of judgement before a name ('Maybe Trump is the ...'); the
#: name chains keep them (dropping *maybe* from them there changed who a later pronoun meant),
#: so this frame alone sets them aside, with any word in *-ly* ('Surely', 'Clearly').
_STANCE_OPENERS = frozenset(["maybe", "perhaps", "arguably", "possibly", "probably", "doubtless"])
#: The most words before the name: honorifics and *The* ('The Rt. Rev. Dr. Ana Berg is ...'); a
#: bound, so that a name deep in a long sentence costs no copy of the words before it.
_MAX_LEAD = 6
#: How far back (characters) the paragraph's quotation marks are counted.
_QUOTE_WINDOW = 2000


def affiliation_or_copular(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon, *, lows: Sequence[str]
) -> tuple[int, int]:
    """The title of the name *first..last* (no title found before it) from a body written after
    it (:func:`~quotex.mentions.affiliations.body_affiliation`; two words or more), else from a
    copular sentence the name opens (:func:`copular_title`; asked only with a copula or a comma
    next; a surname alone when the caller knows it as a full name's, 'Camilleri is the imam of
    X'), else counsel's side (:func:`~quotex.mentions.counsel.counsel_side`: 'NAME, prosecuting,'),
    else from a capacity stated after the name's cue (:func:`speaking_as_title`); ``(-1, -1)`` when
    none gives one."""
    got = body_affiliation(tokens, last, sent, lexicon) if first < last else _NO_TITLE
    if got[0] >= 0 or last + 3 > sent.last:
        return got
    if lows[last + 1] == "," and (side := counsel_side(lows, last + 2, sent.last))[0] >= 0:
        return side  # ('NAME, prosecuting, told the jury': counsel's side in the case)
    if lows[last + 1] in COPULA_OPENERS or lows[last + 1] == ",":
        return copular_title(tokens, first, last, sent, lexicon)
    return speaking_as_title(tokens, last, sent, lexicon) if lows[last + 1] in lexicon.verb_forms else got


def speaking_as_title(tokens: Tokens, last: int, sent: Sentence, lexicon: Lexicon) -> tuple[int, int]:
    """The post in *speaking as ROLE* set off by commas right after the cue that follows the
    name ending at *last* ('NAME said, speaking as the commander of the 4th Coastal Brigade,
    that ...': the capacity she speaks in, as a fronted 'Speaking as ROLE, NAME said' gives);
    ``(-1, -1)`` otherwise."""
    words, lows = tokens.words, tokens.lows
    k = last + 2
    if k + 3 > sent.last or words[k] != "," or lows[k + 1] not in _CAPACITY_VERBS or lows[k + 2] != "as":
        return _NO_TITLE
    t_first, t_last = role_phrase(tokens, k + 3, sent.last, lexicon)
    if t_first < 0 or not _post_words(words, t_first, t_last, lexicon):
        return _NO_TITLE
    return t_first, t_last


#: Participles that state the capacity a speaker speaks in ('speaking as', 'writing as').
_CAPACITY_VERBS = frozenset(["speaking", "writing", "testifying", "appearing"])


def copular_title(tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon) -> tuple[int, int]:
    """The post in the predicate of a copular clause whose subject is the full name
    *first..last* opening its sentence (after an honorific: *Dr.*, *The Rev.*): an age may stand
    between commas, then *is*, *was*, *has been*, *serves as* or an appointment's passive (*was
    named*), an article (only *the* after an appointment or *as*; none before a post that names
    its body: *is head stockman at X*, :func:`_body_link`), and a role phrase
    (:func:`role_phrase`) whose head is a role noun and whose modifiers are a post's
    (:func:`_post_words`); ``(-1, -1)`` otherwise ('Ana Berg is not a doctor', 'Ana Berg was the
    first to leave', 'Ana Berg is a keen sailor'), and inside a quotation (a judgement, not the
    story's introduction)."""
    words = tokens.words
    if first - sent.first > _MAX_LEAD:
        return _NO_TITLE
    lead = words[sent.first : first]  # ('Dr. Ana Berg is ...', 'The Rev. Ana Berg has been ...')
    if any(w.lower().rstrip(".") not in lexicon.honorifics and w != "The" for w in lead):
        return _NO_TITLE
    hyphened = first < last and words[first + 1] == "-"  # ('Jun-ho Baek is': a given name's first half)
    if not (
        _name_opener(words[first]) or words[first] in NAME_PARTICLES or hyphened
    ):  # ('Ms. van der Elst is')
        return _NO_TITLE
    k = last + 1
    if k + 2 <= sent.last and words[k] == "," and words[k + 1].isdigit() and words[k + 2] == ",":
        k += 3  # ('Ana Berg, 54, is ...')
    return _NO_TITLE if _quoted(tokens, first) else _predicate_post(tokens, k, sent, lexicon)


def pronoun_post(tokens: Tokens, sent: Sentence, lexicon: Lexicon) -> tuple[int, int, str | None]:
    """The post a copular sentence opened by *He* or *She* states ('"C," Ana Berg told the
    Courier. | She is the chief economist at the X Trust.': the predicate read as
    :func:`copular_title` reads a name's), with the pronoun's gender ('m' or 'f'); ``(-1, -1,
    None)`` otherwise, and inside a quotation. The caller decides whom the pronoun means."""
    first = sent.first
    word = tokens.words[first]
    gender = PRONOUNS[word.lower()][0] if word in ("He", "She") else None
    if gender is None or _quoted(tokens, first):
        return -1, -1, None
    t_first, t_last = _predicate_post(tokens, first + 1, sent, lexicon)
    return (t_first, t_last, gender) if t_first >= 0 else (-1, -1, None)


def _predicate_post(tokens: Tokens, k: int, sent: Sentence, lexicon: Lexicon) -> tuple[int, int]:
    """The post in a copular predicate whose verb opens at token *k* (see :func:`copular_title`);
    ``(-1, -1)`` when the predicate states none."""
    words = tokens.words
    if k + 2 > sent.last:
        return _NO_TITLE
    c = copular_verb_end(words, k, sent.last)
    if c < 0 or c + 2 > sent.last:
        return _NO_TITLE
    articles = ("the",) if words[c] in APPOINTED_VERBS or words[c] == "as" else ("a", "an", "the")
    bare = words[c + 1].lower() not in articles
    owned = bare and owner_then_post(words, c + 1, sent.last)  # ("is Virelle Pharma's chief executive")
    if bare and not owned and (words[c] in APPOINTED_VERBS or words[c] == "as" or not words[c + 1].islower()):
        return _NO_TITLE
    t_first, t_last = role_phrase(tokens, c + 1, sent.last, lexicon)
    if t_first < 0 or not _post_words(words, t_first, t_last, lexicon):
        return _NO_TITLE
    if bare and not owned and not _body_link(words, t_first, t_last):
        return _NO_TITLE  # ('Ana Berg is head stockman at X'; not 'Ana Berg is chair' alone)
    # (a time adjunct closes the post: 'has been the harbour master of X | since 2019')
    cut = next((m for m in range(t_first + 1, t_last + 1) if time_adjunct(words, m, t_last)), -1)
    return (t_first, cut - 1) if cut > 0 else (t_first, t_last)


def _name_opener(w: str) -> bool:
    """Can capitalised *w*, a sentence's first word, open a person's name (not 'Maybe',
    'Whatever', 'Yesterday')?"""
    low = w.lower()
    return (
        low not in STOP_WORDS
        and low not in ADVERBS
        and low not in NOT_NAMES
        and low not in _STANCE_OPENERS
        and not low.endswith("ly")
    )


def _post_words(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Is the predicate *first..last* a post: its head (the word before its first link, clause
    word or mark) a role noun (listed, of WordNet's roles, or an agent noun), not followed by an
    infinitive ('the first candidate to ...'), and every word before the head a capitalised
    name's, a possessive, a title or position modifier ('former', 'second') or the noun of a
    compound job ('harbour master', 'health care activist'), no evaluative adjective ('a
    stiff campaigner', 'the only sitting governor')?"""
    k = first
    while k <= last and words[k] not in _HEAD_ENDS:
        k += 1
    head = words[k - 1].lower()
    infinitive = k + 1 < len(words) and words[k] == "to" and words[k + 1].islower() and words[k + 1] != "the"
    if k - 1 < first or infinitive:  # ('the first candidate to ...'; not 'chaplain to the X')
        return False
    if not (is_role(words[k - 1], lexicon) or head in lexicon.open_role_nouns or agent_noun(head, lexicon)):
        return False
    for w in words[first : k - 1]:
        low = w.lower()
        if w[:1].isupper() or w in ("'s", "’s", "-") or low in TITLE_MODIFIERS or low in POSITION_MODIFIERS:
            continue  # (a hyphen inside the post: 'vice-chancellor', 'editor-in-chief')
        if not (is_role(w, lexicon) or job_modifier(low, lexicon)):
            return False
    return True


def _body_link(words: Sequence[str], first: int, last: int) -> bool:
    """Does the post *first..last* name its body after a link ('head stockman at the Pellow
    Farm', 'chaplain to the Orrin Hill Planetarium'): a news post written without an article
    (Quirk et al. 1985, §5.42: a unique role after a copula)?"""
    for k in range(first + 1, last):
        if words[k] in _BODY_LINKS:
            n = k + 1 if words[k + 1] != "the" or k + 2 > last else k + 2
            # (past a field's link: 'director of polling | at the Meridian Institute'; a unit's
            # ordinal: 'of the 2nd Fenland Engineers')
            if words[n][:1].isupper() or unit_ordinal(words, n):
                return True
    return False


def _quoted(tokens: Tokens, k: int) -> bool:
    """Is token *k* inside a quotation opened earlier in its paragraph (more opening than
    closing double marks, or an odd count of straight ones, since the paragraph's start, read
    at most :data:`_QUOTE_WINDOW` characters back)?"""
    text = tokens.text
    at = tokens.starts[k]
    lo = max(0, at - _QUOTE_WINDOW)
    before = text[text.rfind("\n", lo, at) + 1 if "\n" in text[lo:at] else lo : at]
    opened = sum(map(before.count, _OPENING_DOUBLE)) - sum(map(before.count, _CLOSING_DOUBLE))
    return opened > 0 or before.count('"') % 2 == 1


def note_surname(shared: dict[str, str], words: Sequence[str], first: int, last: int, kind: str) -> None:
    """Record in *shared* (the mention finder's per-text strings) the surname of a person's full
    name *first..last*, so that the surname alone may open a copular title later."""
    last -= last > first and words[last].lower() in NAME_SUFFIXES  # ('Kagiso Seleka Jr.': Seleka)
    if kind == "person" and first < last:
        shared.setdefault(_SURNAME_KEY + words[last], words[last])


def known_surname(shared: dict[str, str], word: str) -> bool:
    """Has *word* ended a person's full name earlier in the text (:func:`note_surname`)?"""
    return _SURNAME_KEY + word in shared


#: The prefix of a surname's key among the finder's strings (no name or title holds a NUL).
_SURNAME_KEY = "\0surname of "
