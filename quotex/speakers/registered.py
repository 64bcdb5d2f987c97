"""Persons a pronoun may still mean when no one in view agrees with it (stage helper of
``pronouns``).

Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun's gender, its token and the
mentions in reach. Output: whether an entity is ever a sentence's subject (or joined by *and*
to another name), and the one such person whose gender rests only on a registrations-only
first name (``agreement.registered_clash``: *Nino* is a man's name in one country and a
woman's in another), as the pronoun's candidate when nobody else agrees.
"""

from __future__ import annotations

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


def registered_only(
    res: Resolver, gender: str | None, at: int, lo: int, skip: frozenset[int]
) -> dict[int, float]:
    """When no one agrees: the one person in view, a subject or a speaker before the pronoun
    ('"C," Falan Yinug said. He went on to say ...'), clashing only on a registered name."""
    scores = res.salience(at, lo, skip, lambda ent: registered_clash(ent, gender)) if gender else {}
    if len(scores) != 1:
        return {}
    (e,) = scores
    return scores if ever_subject(res, e) or any(x == e and pos < at for x, pos in res.spoke) else {}
