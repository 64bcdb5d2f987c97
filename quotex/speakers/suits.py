"""The one who sued, for a suit's papers named again: *Ana Roe is suing the council. The
complaint alleges ...* (the complaint speaks for Ana Roe).

Input: a :class:`~quotex.speakers.salience.Resolver`, the document noun and the token where its
phrase opens; output: an entity index or -1. Called by
:func:`quotex.speakers.documents.earlier_author` when no earlier same noun names an author.
"""

from __future__ import annotations

from quotex.speakers.document_links import mention_ending
from quotex.speakers.salience import Resolver

__all__ = ["plaintiff"]


def plaintiff(res: Resolver, noun: str, a: int, reach: int) -> int:
    """The entity who sued, for a suit's papers named again (*'NAME is suing BODY. The complaint
    alleges ...'*): the name just before the nearest earlier form of *sue* (over an auxiliary)
    within *reach* tokens; -1 when none or *noun* names no suit's papers."""
    if noun not in _SUIT_NOUNS:
        return -1
    lows = res.lows
    k = next((k for k in range(a - 1, max(0, a - reach), -1) if lows[k] in _SUE_FORMS), -1)
    t = k - 1 - (k > 1 and lows[k - 1] in _SUE_AUXILIARIES)
    m = mention_ending(res, t) if k > 0 else -1
    e = res.table.of_mention[m] if m >= 0 else -1
    return e if e >= 0 and len(res.ents[e].words) > 1 else -1  # (a full name: not a headline's 'Family sues')


#: The papers of a suit, which speak for the one who sued ('the complaint alleges').
_SUIT_NOUNS = frozenset("lawsuit complaint filing petition".split())
#: The forms of *sue* and the auxiliaries between it and its subject ('Ana Roe is suing').
_SUE_FORMS = frozenset("sue sues sued suing".split())
_SUE_AUXILIARIES = frozenset("is was has had have are were".split())
