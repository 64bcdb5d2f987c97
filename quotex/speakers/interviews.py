"""An interview's turn labels: who answers the ``A:`` turns and who asks the ``Q:`` ones.

The answers are the person the introduction presents (the paragraph before the first question:
whose *answers* it names, else its subject, else the most salient person), the questions the
person it names as putting them (:func:`~quotex.speakers.labels.turn_owner`), else nobody (a
newspaper's own questions). Input: a :class:`~quotex.speakers.salience.Resolver` and the
label's token; output: (entity, resolution path), (-1, None) when nobody fits.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.entities import Entity
from quotex.lexicon.grammar import INTERVIEWING_VERBS
from quotex.speakers.labels import turn_owner
from quotex.speakers.salience import Resolver, most_salient


def _interviewee_candidate(ent: Entity) -> bool:
    """A person who may answer an interview: a name with a sign of a person (a first name, an
    honorific, a role), not the one-letter 'Q' or 'A' of the labels, a nationality ('Afghan')
    or a capitalised word seen only first in a sentence (a question's 'Does', 'Could')."""
    return (
        ent.kind == "person"
        and ent.person_evidence
        and not ent.unlikely_person
        and not ent.initial_only
        and len(ent.name) > 1
    )


def _full_name_candidate(ent: Entity) -> bool:
    """A name of two or more words typed as a person's, with no sign of a body ('Ewan
    McTavish', whose first name no table lists): an interviewee when no name shows a person."""
    return ent.kind == "person" and len(ent.words) > 1 and not ent.body_evidence and not ent.unlikely_person


def _introduced_subject(res: Resolver, k: int, intro: int) -> bool:
    """Is mention *k* its sentence's subject; with an introduction paragraph *intro* (>= 0), is
    it in that paragraph or later, its subject or followed by a verb the lexicon lists ('After
    the hearing, Tremblay spoke to the Ledger'), or the object of an interviewing verb ('Ivo Berg
    interviewed Ana Roe': Roe, never Berg; :data:`~quotex.lexicon.grammar.INTERVIEWING_VERBS`)?"""
    if intro < 0:
        return res.subject(k)
    if res.where(k)[1] < intro:
        return False
    nxt = res.mentions[k].last + 1
    words = res.tokens.words
    before = res.mentions[k].first - 1
    if _interviewing_verb_after(words, nxt):
        return False  # ('Ivo Berg (of the Post) interviewed Ana Roe': Berg asks the questions)
    if before >= 0 and words[before] in INTERVIEWING_VERBS:
        return True  # (... and Ana Roe answers them)
    return res.subject(k) or (
        nxt < len(words) and words[nxt].islower() and words[nxt] in res.lexicon.verb_forms
    )


#: Words of a name's affiliation between it and its verb ('Ivo Berg of the Yarrowby Post').
_AFFILIATION_WORDS = frozenset(["of", "the", "from", "at", "for"])


def _interviewing_verb_after(words: Sequence[str], k: int) -> bool:
    """Is token *k*, or the first token after a capitalised affiliation that *of*/*from*/*at*
    opens ('of the Yarrowby Post'), an interviewing verb?"""
    while k < len(words) and (words[k] in _AFFILIATION_WORDS or words[k][:1].isupper()) and words[k] != "I":
        k += 1
    return k < len(words) and words[k] in INTERVIEWING_VERBS


def _not_asking(res: Resolver, scores: dict[int, float]) -> dict[int, float]:
    """*scores* without the person known to put the questions (who never answers them)."""
    return {e: v for e, v in scores.items() if e != res.interviewer}


def interviewee(res: Resolver, at: int, lo: int) -> tuple[int, str | None]:
    """(entity, path) for an interview's answer label ``A:`` at token *at*: the most salient
    person before the first question (the one the introduction presents, as a sentence's
    subject when one is; a full name when no name shows a person), or (-1, None). Every later
    answer is that person's: the people named in the questions do not answer."""
    e = res.interviewee
    if e < 0 and (owner := turn_owner(res, "answer", at)) >= 0:
        e = res.interviewee = owner  # ('the jury heard Valchev's answers'; not the one reading them)
    if e < 0:
        if 0 <= res.first_question < at:  # as the introduction ends: nobody named in a question
            at = res.first_question
            lo = bisect.bisect_left(res.mention_starts, at)
        # the introduction (the paragraph before the first question) is about the interviewee:
        # someone it names as a sentence's subject beats someone it only mentions ('She
        # touched on the race and Ivo Berg.') and a speaker of an earlier part of the article
        intro = res.table.locate(at)[1] - 1 if 0 <= res.first_question == at else -1
        about = res.salience(
            at,
            lo,
            frozenset(),
            lambda ent: (
                (_interviewee_candidate(ent) or _full_name_candidate(ent))
                and any(_introduced_subject(res, k, intro) for k in ent.mentions if k < lo)
            ),
        )
        scores = _not_asking(res, about) or _not_asking(
            res, res.salience(at, lo, frozenset(), _interviewee_candidate)
        )
        if not scores:
            scores = _not_asking(res, res.salience(at, lo, frozenset(), _full_name_candidate))
        if not scores:
            return -1, None
        e = res.interviewee = most_salient(scores)
    return e, res.distance_path(e, at, lo)


def interviewer(res: Resolver, at: int, lo: int) -> tuple[int, str | None]:
    """(entity, path) for an interview's question label ``Q:`` at token *at*: the person the
    introduction names as putting the questions (:func:`turn_owner`), else the one person a
    fronted interview frame just before names as spoken to (:func:`_framed_interviewer`), else
    (-1, None) (a newspaper's own questions have no named speaker)."""
    if res.interviewer == -2:
        res.interviewer = turn_owner(res, "question", at)
        if res.interviewer < 0:
            res.interviewer = _framed_interviewer(res, at)
    e = res.interviewer
    return (e, res.distance_path(e, at, lo)) if e >= 0 else (-1, None)


#: How many paragraphs before the first question a frame naming the interviewer may stand.
_FRAME_PARAGRAPHS = 2


def _framed_interviewer(res: Resolver, at: int) -> int:
    """The one person named as spoken to by a fronted interview frame (*Speaking to host Ama
    Osei on Radio Gold, the coach said ...*; :attr:`Resolver.addressed`) in the two
    paragraphs before the first question (or before *at*), not the interviewee; else -1."""
    first = res.first_question if 0 <= res.first_question <= at else at
    p = res.table.locate(first)[1]
    found = set()
    for k in res.addressed:
        if k in res.quoted or res.mentions[k].first >= first:
            continue
        if p - res.where(k)[1] <= _FRAME_PARAGRAPHS:
            found.add(res.table.of_mention[k])
    people = [e for e in found if res.ents[e].kind == "person" and e != res.interviewee]
    return people[0] if len(people) == 1 else -1
