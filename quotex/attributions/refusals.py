"""Verbs of saying under *neither ... nor*: a refusal to say, no report.

Input: what a cue rule found (an :class:`~quotex.attributions.model.Attribution` and the token
range of its content). Output: whether its cue is a verb of saying joined to another by
*neither ... nor* or negated with *or* (*would neither confirm nor deny that C*, *would not
confirm or deny that C*). The speaker claims nothing: the clause is what was neither confirmed
nor denied (Quirk et al. 1985, §13.38, correlative negation), and the sieve drops the finding
with its content, so no cue inside the clause reports either (``non_reports.reports_nothing``).
"""

from __future__ import annotations

import bisect

from quotex.attributions.context import Context
from quotex.attributions.model import Found

#: How far before the cue the first verb and its correlative may stand ('neither | confirm | nor').
_REACH = 4


def neither_said(ctx: Context, found: Found) -> bool:
    """Is the cue the second of two verbs joined by *nor* after *neither*, or by *or* after
    *not* ('would neither confirm nor deny that C', 'would not confirm or deny that C')?"""
    att = found[0]
    if att.cue is None:
        return False
    lows = ctx.lows
    cue = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    if cue < 3 or lows[cue - 1] not in ("nor", "or"):
        return False
    opener = "neither" if lows[cue - 1] == "nor" else "not"
    return any(lows[k] == opener for k in range(max(0, cue - 2 - _REACH), cue - 2))
