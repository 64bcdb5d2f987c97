"""Asides and complements after a written work's noun.

A work's noun may take a complement that names what it examined or to whom it went (*an audit
of the Kestrel Water Board*, *the union's letter to members*) and then an aside that names who
did or wrote it (*, carried out by Fenwick & Co,*, *, signed by Ivo Sandor,*), and after its
issuer a time adjunct that names nobody (*issued by X | on 3 April*). Input: the text's words
(and their lower-case forms) and token positions; output: token positions.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import DATE_LEADS, TIME_WORDS
from quotex.lexicon.grammar import (
    COMMISSIONING_PARTICIPLES,
    COMPLEMENT_MARKS,
    ISSUING_PARTICIPLES,
    WORK_COMPLEMENT_TOKENS,
)
from quotex.mentions import is_name_word
from quotex.speakers.words import POSSESSIVE_MARKS, is_authored

#: Participles of doing a study, read with *out* after *carried*, before *by* and the one who
#: did it: 'The study, carried out by the Centre for Early Literacy,', 'a survey run by X'.
CONDUCTING = frozenset(["carried", "conducted", "undertaken", "run", "led"])
#: Prepositions that open a work's complement: what it is of, to whom it went ('an audit of
#: X', 'a letter to members').
_COMPLEMENT_LINKS = frozenset(["of", "to"])


def participle_by(words: Sequence[str], j: int) -> int:
    """The index of *by* after an issuing or conducting participle at token *j* ('written | by',
    'carried out | by', 'conducted | by', 'which was carried out | by', past a client: 'carried
    out for the Herald | by'), else -1."""
    if j + 3 < len(words) and words[j].lower() in ("which", "that") and words[j + 1].lower() in ("was", "is"):
        j += 2  # ('which was carried out by')
    if j + 1 >= len(words):
        return -1
    low = words[j].lower()
    k = j + 1 + (low == "carried" and words[j + 1].lower() == "out")
    if low == "carried" and k == j + 1:
        return -1  # ('carried by': borne, not done)
    doing = low in ISSUING_PARTICIPLES or low in CONDUCTING
    if doing and k < len(words) and words[k].lower() == "for":
        k = _past_client(words, k + 1)  # ('carried out for the Oldhaven Herald | by X')
    return k if doing and k < len(words) and words[k].lower() == "by" else -1


#: How many tokens the client of a work may take between *for* and *by* ('conducted for the
#: Oldhaven Herald by X').
_CLIENT_TOKENS = 6


def _past_client(words: Sequence[str], j: int) -> int:
    """The *by* after the client a work was done for, a name of at most :data:`_CLIENT_TOKENS`
    tokens from token *j* (*the*, name words, *of*, *and*, a possessive mark: 'for the Oldhaven
    Herald | by'): who commissioned a poll did not conduct it; else *j*."""
    for k in range(j, min(j + _CLIENT_TOKENS + 1, len(words))):
        w = words[k]
        if w.lower() == "by":
            return k if k > j else j
        if not (is_name_word(w) or w in ("the", "of", "and", "&") or w in POSSESSIVE_MARKS):
            return j
    return j


def past_complement(words: Sequence[str], j: int) -> int:
    """The comma that opens a doing aside after a work's complement starting at token *j*
    ('audit | of the Kestrel Water Board | , carried out by', 'letter | to members | , signed
    by', 'study | commissioned by the ministry | , carried out by': who commissioned a work did
    not do it): *of*, *to* or a commissioning participle and *by*, and a plain phrase (words,
    numbers, names, *'s*, *&*) of at most
    :data:`~quotex.lexicon.grammar.WORK_COMPLEMENT_TOKENS` tokens, then a comma and
    :func:`participle_by`; else *j*."""
    if j + 1 >= len(words):
        return j
    low = words[j].lower()
    start = j + 1 + (low in COMMISSIONING_PARTICIPLES and words[j + 1].lower() == "by")
    if low not in _COMPLEMENT_LINKS and start == j + 1:
        return j
    for k in range(start, min(len(words), start + 1 + WORK_COMPLEMENT_TOKENS)):
        if words[k] == ",":
            return k if k > start and participle_by(words, k + 1) > 0 else j
        if not (words[k][:1].isalnum() or words[k] in COMPLEMENT_MARKS):
            return j
    return j


#: Quotation marks that open a work's title after its noun, and the marks that close each.
_TITLE_MARKS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "``": "''"}
#: How many tokens a title in quotation marks may take.
_TITLE_TOKENS = 30


def past_title(words: Sequence[str], j: int) -> int:
    """The token after a work's title set off by a comma and quotation marks at token *j*
    (', "Stranded Returns," by ...' -> the index of *by*); *j* itself when no such title
    stands there."""
    if j + 2 >= len(words) or words[j] != "," or words[j + 1] not in _TITLE_MARKS:
        return j
    close = _TITLE_MARKS[words[j + 1]]
    end = next((t for t in range(j + 2, min(len(words), j + 2 + _TITLE_TOKENS)) if words[t] == close), -1)
    if end < 0:
        return j
    k = end + 1
    if words[end - 1] == ",":
        return k  # (the comma inside the marks: '"Stranded Returns," by')
    return k + 1 if k < len(words) and words[k] == "," else j


def owner_name(words: Sequence[str], first: int, b: int) -> bool:
    """Does a name at token *first* (after *the*) own a body named by lower-case words up to *b*
    ("Harlow Council's planning department": the department, not the council)?"""
    t = first + (words[first].lower() == "the")
    while t < b and (is_name_word(words[t]) or words[t] == "&"):
        t += 1
    return t + 1 <= b and words[t] in POSSESSIVE_MARKS and words[t + 1].isalpha() and words[t + 1].islower()


def before_recipient(lows: Sequence[str], a: int, b: int) -> int:
    """The last token of a work's phrase in tokens *a..b* before the *to* phrase that names to
    whom it went ('an open letter | to Professor Ormsby', "the union's letter | to members":
    a description of the work, the addressee left out), else *b*. *lows*: the words in lower
    case."""
    return next((k - 1 for k in range(a + 1, b) if lows[k] == "to" and is_authored(lows[k - 1])), b)


#: How many tokens the addressee of a work may take before *from* or *by* names its sender.
_RECIPIENT_TOKENS = 6


def past_recipient(words: Sequence[str], j: int) -> int:
    """The *from* or *by* after a work's *to* phrase at token *j* that names its sender ('a letter
    | to Ivo Sandor | from the union'): the addressee never speaks; else *j*."""
    if j >= len(words) or words[j].lower() != "to":
        return j
    for k in range(j + 1, min(len(words), j + 2 + _RECIPIENT_TOKENS)):
        if words[k].lower() in ("from", "by") and k > j + 1:
            return k
        if not (words[k][:1].isalnum() or words[k] in COMPLEMENT_MARKS):
            return j
    return j


def plain_word(word: str) -> bool:
    """Is *word* a word or a possessive mark ("the city's finance office")?"""
    return word.isalpha() or word in POSSESSIVE_MARKS


def place_modifier(words: Sequence[str], last: int) -> bool:
    """Does a hyphen and a lower-case word follow the name ending at token *last*, making it a
    modifier of the name after ('Ottawa-based', 'Texas-owned')?"""
    return (
        last + 3 < len(words)
        and words[last + 1] == "-"
        and words[last + 2].isalpha()
        and words[last + 2].islower()
    )


def aside_closes(words: Sequence[str], k: int) -> bool:
    """Does the aside close at token *k*: a comma, maybe after time, place and party phrases of
    at most :data:`_CLOSE_WORDS` words ('last week', "in the Magistrates' Court on Monday", 'against
    the council'), or a second participle of the aside ('prepared by BODY and obtained by OUTLET,')?"""
    if k < len(words) and words[k].lower() in _CLOSE_OPENERS:
        for j in range(k + 1, min(k + _CLOSE_WORDS + 1, len(words))):
            if words[j] == ",":
                return all(w.isalnum() or w in POSSESSIVE_MARKS for w in words[k + 1 : j])
    if k + 2 < len(words) and words[k] == "and" and words[k + 1].endswith("ed") and words[k + 2] == "by":
        return True
    return k < len(words) and words[k] == ","


#: The most words of the time, place and party phrases between an aside's author and its comma.
_CLOSE_WORDS = 16
#: Words that open those phrases: a time's, a court's and a filing's other party's ('against X').
_CLOSE_OPENERS = frozenset("on in at last this late early earlier against".split())


def before_time_tail(words: Sequence[str], a: int, b: int) -> int:
    """The last token of source tokens *a..b* before the time adjunct they end with after an
    issuer's *by* phrase ('An alert issued by the Animal Health Directorate | on 3 April', '...
    | on Tuesday', '| last week'): the time is when it was issued, no part of the issuer's name;
    *b* when there is none."""
    k = b - (words[b].isdigit() and b - 1 >= a and words[b - 1].lower() in TIME_WORDS)  # ('April 3')
    if words[k].lower() not in TIME_WORDS:
        return b
    k -= 1
    k -= k >= a and words[k].isdigit()  # ('on 3 April')
    lead = k >= a and words[k].lower() in DATE_LEADS
    return k - 1 if lead and "by" in words[a:k] else b
