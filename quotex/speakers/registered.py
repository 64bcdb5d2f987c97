"""Persons a pronoun may still mean when no one in view agrees with it (stage helper of
``pronouns``).

Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun's gender, its token and the
mentions in reach. Output: whether an entity is ever a sentence's subject (or joined by *and*
to another name), and the one such person whose gender rests only on a registrations-only
first name (``agreement.registered_clash``: *Nino* is a man's name in one country and a
woman's in another), as the pronoun's candidate when nobody else agrees.
"""

from __future__ import annotations

import bisect

from quotex.mentions.appositions import PERSON_NOUNS
from quotex.sentences import Sentence
from quotex.speakers.agreement import registered_clash
from quotex.speakers.salience import Resolver


def ever_subject(res: Resolver, e: int) -> bool:
    """Is some mention of entity *e* its sentence's subject ('Sutrisno showed no emotion') or
    joined by *and* to another name ('Femke van den Heuvel and Sutrisno ran the clinic')?"""
    words = res.tokens.words
    for k in res.ents[e].mentions:
        m = res.mentions[k]
        if (
            res.subject(k)
            or words[m.first - 1] == "and"
            or (m.last + 1 < len(words) and words[m.last + 1] == "and")
        ):
            return True
    return False


#: How many of the latest speakers an out-of-view pronoun antecedent is looked for among.
_SPEAKERS = 6


def registered_only(
    res: Resolver, gender: str | None, at: int, lo: int, skip: frozenset[int]
) -> dict[int, float]:
    """When no one in view agrees: the one person in view, a subject or a speaker before the
    pronoun ('"C," Falan Yinug said. He went on to say ...'), clashing only on a registered name,
    when the sentence just before names it; else, when the sentence before names no
    person, the latest of the last speakers, past those of the other gender only, whose gender
    agrees, out of view ('"C," said Tom Lund. ... "D," said Ida Wróblewska. | The trial lasted
    nine days. | "E," he said': Lund); else that person in view."""
    if not gender:
        return {}
    scores = res.salience(at, lo, skip, lambda ent: registered_clash(ent, gender))
    e = next(iter(scores)) if len(scores) == 1 else -1
    if e >= 0 and not (ever_subject(res, e) or any(x == e and pos < at for x, pos in res.spoke)):
        e = -1
    named = _named_just_before(res, -1, at) and not _other_gender_only(res, gender, at)
    if (e < 0 or not _named_just_before(res, e, at)) and not named:
        for x, pos in reversed(res.spoke[-_SPEAKERS:]):  # (past those of the other gender only)
            if pos >= at or (res.ents[x].gender not in (gender, None) and res.ents[x].kind == "person"):
                continue
            if res.ents[x].gender == gender and res.ents[x].kind == "person":
                return {x: 1.0}
            break  # (an unnamed speaker or one of no known gender spoke since: nobody)
    return scores if e >= 0 else {}


def _sentence_before(res: Resolver, at: int) -> tuple[Sentence, int, int] | None:
    """The sentence before the one holding token *at*, with the range of its mentions' indexes
    (*lo* to *hi*, exclusive); None in the first sentence."""
    s_at = res.table.locate(at)[0]
    if s_at == 0:
        return None
    sent = res.table.sentences[s_at - 1]
    return (
        sent,
        bisect.bisect_left(res.mention_starts, sent.first),
        bisect.bisect_right(res.mention_starts, sent.last),
    )


def _other_gender_only(res: Resolver, gender: str, at: int) -> bool:
    """Does the sentence before the one holding token *at* name only persons of the other
    gender than *gender*, on evidence stronger than a registered name, each person or role
    noun in it inside one of their titles ('Carlos Arbeloa, a senator for X, says ...' before
    *she*)? Then the sentence names no one the pronoun may be."""
    before = _sentence_before(res, at)
    if before is None:
        return False
    sent, lo, hi = before
    table = res.table
    held: set[int] = set()
    people = False
    for k in range(lo, hi):
        m, ent = res.mentions[k], res.ents[table.of_mention[k]]
        if ent.kind != "person":
            continue
        if ent.gender in (None, gender) or ent.evidence == "registered":
            return False
        people = True
        held.update(range(m.title_first, m.title_last + 1) if m.title_first >= 0 else ())
    nouns = res.lexicon.role_nouns
    return people and all(
        k in held
        for k in range(sent.first, sent.last + 1)
        if res.lows[k] in PERSON_NOUNS or res.lows[k] in nouns
    )


def _named_just_before(res: Resolver, e: int, at: int) -> bool:
    """Is entity *e* named in the sentence before the one holding token *at*; for *e* -1, does
    that sentence name a person at all (a full name, one the text shows as a person, or a
    person or role noun)?"""
    before = _sentence_before(res, at)
    if before is None:
        return False
    sent, lo, hi = before
    table = res.table
    if e >= 0:
        return any(table.of_mention[k] == e for k in range(lo, hi))
    nouns = res.lexicon.role_nouns
    if any(w in PERSON_NOUNS or w in nouns for w in res.lows[sent.first : sent.last + 1]):
        return True  # ('the home of a 26-year-old Berlin man was raided': an unnamed person)
    ents = [res.ents[table.of_mention[k]] for k in range(lo, hi)]
    return any(
        ent.person_evidence or (ent.kind == "person" and (len(ent.words) > 1 or ent.gender is not None))
        for ent in ents
    )
