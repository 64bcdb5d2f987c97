"""The persons a fronted interview frame names as the one spoken to.

*Speaking to host Tom Brody on Radio Kent, the 52-year-old said ...*, *In an interview with
Ama Osei, she said ...*, *Asked by presenter Ian Roe whether ..., the mayor said ...*: a
sentence that opens with a frame of being spoken to (a participle of speech or of being
questioned, or *in/during an interview with*) names the interviewer after its *to*, *with* or
*by*; the main clause's subject (*she*, *the 52-year-old*, *the mayor*) is the other party, so
that name is never the antecedent of a pronoun or a nominal later in the same sentence. Input:
the words, the mentions and the sentences; output: the indexes of such addressee mentions.
Read by :class:`~quotex.speakers.salience.Resolver`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.mentions import Mention
from quotex.sentences import Sentence
from quotex.speakers.words import PREPOSITIONS

#: Participles that open a frame of speaking to someone, or of being questioned by someone
#: (English usage; our list): *Speaking to*, *Talking with*, *Asked by*, *Interviewed by*.
_FRAME_OPENERS = frozenset(
    "speaking talking chatting replying responding answering writing asked interviewed questioned"
    " quizzed pressed challenged told".split()
)
#: Prepositions that open a frame by its noun: *In an interview with*, *During a call with*.
_FRAME_PREPOSITIONS = frozenset("in during".split())
#: Nouns of an exchange whose *with* names the other party (English usage; our list).
_EXCHANGE_NOUNS = frozenset(
    "interview interviews conversation chat discussion exchange call phone phone-in podcast".split()
)
#: Words before the frame's participle: *While speaking to*, *When asked by*.
_LEADS = frozenset("while when after".split())
#: The prepositions whose object is the one spoken to, or who asks.
_ADDRESSEE_PREPOSITIONS = frozenset("to with by".split())
#: How far a frame's noun and its addressee may stand from the frame's first word.
_REACH = 12


def _frame_start(lows: Sequence[str], sent: Sentence) -> int:
    """The token after which an interview frame's addressee may stand in sentence *sent*
    (its participle, or its exchange noun: 'In an *interview* with'), or -1 when the
    sentence opens with no such frame."""
    j = sent.first
    if j <= sent.last and lows[j] in _LEADS:
        j += 1
    if j > sent.last:
        return -1
    first = lows[j]
    if first in _FRAME_OPENERS:
        return j
    if first in _FRAME_PREPOSITIONS:
        for i in range(j + 1, min(j + 5, sent.last + 1)):
            if lows[i] in _EXCHANGE_NOUNS:
                return i
    return -1


def _addressed(words: Sequence[str], start: int, first: int) -> bool:
    """Does a name at token *first* stand in the frame opened at *start* as the object of
    *to*/*with*/*by*, with no comma and no other preposition in between ('Speaking to host
    Tom Brody', 'to the station's presenter Ama Osei'; not 'Speaking to reporters in Accra')?"""
    for i in range(first - 1, start, -1):
        word = words[i].lower()
        if word in _ADDRESSEE_PREPOSITIONS:
            return True
        if word in PREPOSITIONS or (not any(c.isalnum() for c in word) and word not in ("'s", "\u2019s")):
            return False
    return False


def frame_addressees(
    words: Sequence[str], lows: Sequence[str], mentions: Sequence[Mention], sentences: Sequence[Sentence]
) -> frozenset[int]:
    """Indexes of the mentions a fronted interview frame names as the one spoken to, before
    the frame's comma ('*Speaking to host Tom Brody on Radio Kent,* the 52-year-old said')."""
    out: set[int] = set()
    s, n = 0, len(sentences)
    start_of = -1, -1  # (sentence, its frame's start): the mentions of one sentence share it
    for k, m in enumerate(mentions):
        while s < n and sentences[s].last < m.first:
            s += 1
        if s == n:
            break
        sent = sentences[s]
        if m.first - sent.first > _REACH + 2:
            continue
        if start_of[0] != s:
            start_of = s, _frame_start(lows, sent)
        start = start_of[1]
        if start < 0 or m.first <= start or m.first - start > _REACH:
            continue
        if _addressed(words, start, m.first):
            out.add(k)
    return frozenset(out)
