"""A surname two persons share, told apart by the pronoun of the speaker's own report.

*Quintanar says she has read it many times.*, after *Emilio Quintanar* and his mother *Marisol
Quintanar*: the bare surname joins the latest entity holding it (the son), but the reported
clause's subject pronoun, which in a report of one's own words refers back to the speaker
(Quirk et al. 1985 §14.31: indirect speech shifts the speaker's *I* to *he*/*she*), shows a
woman. When that pronoun clashes with the gender of the entity the surname joined and exactly
one other person with that surname agrees, she is the speaker. Input: a
:class:`~quotex.speakers.salience.Resolver`, the source's mention and entity, the quotation's
attribution; output: the entity to use.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions import Attribution
from quotex.speakers.salience import Resolver

#: The subject pronouns of a reported clause, by gender.
_BOUND = {"he": "m", "she": "f"}


def family_member(res: Resolver, k: int, e: int, att: Attribution) -> int:
    """The person meant by the one-word surname of mention *k* (joined to entity *e*) when the
    reported clause of *att*, after its cue, has *he* or *she* as its subject
    (after an optional *that*), *e*'s known gender clashes with it, and exactly one other person
    of the table whose name ends with that word agrees; else *e*."""
    m = res.mentions[k]
    ent = res.ents[e]
    if m.first != m.last or m.title is not None or ent.gender is None or ent.kind != "person":
        return e  # (a bare surname: 'Mrs. Schlafly' states her gender)
    if not att.parts or att.cue is None or att.cue[1] > att.parts[0][0]:
        return e  # (only a report after its cue: 'Quintanar says she ...')
    words, starts, lows = res.tokens.words, res.tokens.starts, res.lows
    cue = bisect.bisect_left(starts, att.cue[0])
    if not _next_to_cue(words, m.last, cue) or (
        m.first > 0 and words[m.first - 1].rstrip(".").lower() in res.lexicon.honorifics
    ):
        return e  # (the surname is its cue's subject: not 'Roe says she ... but argues that he ...')
    j = bisect.bisect_left(starts, att.parts[0][0])
    if j < len(words) and lows[j] == "that":
        j += 1
    if j + 1 >= len(words) or not words[j + 1].islower():
        return e
    gender = _BOUND.get(lows[j])
    if gender is None or gender == ent.gender:
        return e
    surname = words[m.first]
    others = [
        o
        for o in res.named_with(surname.lower())
        if o != e
        and res.ents[o].kind == "person"
        and res.ents[o].gender == gender
        and len(res.ents[o].words) > 1
        and res.ents[o].words[-1] == surname
    ]
    return others[0] if len(others) == 1 else e


#: Marks that set off an aside between a subject and its verb.
_ASIDE_MARKS = frozenset((",", "\u2014", "\u2013", "--"))
#: How many tokens such an aside may hold.
_ASIDE_REACH = 20


def _next_to_cue(words: Sequence[str], last: int, cue: int) -> bool:
    """Is the cue at token *cue* right after the name ending at token *last*, or after an aside
    set off by a pair of commas or dashes ('Roe, during a town hall, said', 'Roe — after a
    pause — told')?"""
    if cue == last + 1:
        return True
    between = words[last + 1 : cue]
    return 2 <= len(between) <= _ASIDE_REACH and between[0] in _ASIDE_MARKS and between[-1] == between[0]
