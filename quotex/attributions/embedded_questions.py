"""A question embedded after *to know* (stage 3, a refinement of a found report).

Input: the context and a found report (:data:`~quotex.attributions.model.Found`). Output: the
same report, or one whose cue takes in *to know* and whose content starts at the question word:
'NAME wanted to know (on Thursday) whether C', 'demanded to know why C', 'is eager to learn
how C'. The verb before *to know* governs the infinitive (a catenative verb: *want*, *demand*,
*ask*, *need*), and the question it asks is the interrogative clause (Quirk et al. 1985,
§15.5, §16.38); PolNeAR marks *demanded to know* as the cue and *whether C* as the content.
"""

from __future__ import annotations

import attrs

from quotex.attributions.beats import QUESTION_WORDS
from quotex.attributions.clauses import kind_of
from quotex.attributions.context import Context
from quotex.attributions.model import Found

__all__ = ["past_to_know"]

#: Infinitives of coming to know that an embedded question follows.
KNOWING = frozenset(["know", "learn"])
#: The most tokens of an adjunct between *to know* and the question word ('on Thursday').
ADJUNCT_REACH = 5


def past_to_know(ctx: Context, found: Found) -> Found:
    """*found* with its content moved past *to know* (and a short adjunct) to the question word,
    and *to know* joined to its cue; *found* itself when its content does not open so."""
    att, a, b = found
    lows, words = ctx.lows, ctx.tokens.words
    if att.cue is None or len(att.parts) != 1 or a + 2 > b or lows[a] != "to" or lows[a + 1] not in KNOWING:
        return found
    k = a + 2
    while k <= min(b, a + 2 + ADJUNCT_REACH) and lows[k] not in QUESTION_WORDS:
        if not words[k].isalnum() or ctx.quote_of[k] >= 0:
            return found  # ('wanted to know, "C"': a quotation, or a clause after a comma)
        k += 1
    if k > b or lows[k] not in QUESTION_WORDS or k + 1 > b:
        return found
    starts, ends = ctx.tokens.starts, ctx.tokens.ends
    part = (starts[k], att.parts[0][1])
    cue = (att.cue[0], ends[a + 1])
    return attrs.evolve(att, parts=(part,), cue=cue, kind=kind_of(ctx, k, b)), k, b
