"""A quotation a narrative beat gave to the speaker of the quotation before it goes on with it.

``"Q1," NAME said. He holds two degrees. "Q2."``: the sieve ends a split quotation at a beat
(rule ``narrative_beat``), since a beat may name someone else (*Her deckhand, B, shook his
head.*). Once the speakers are resolved, a beat's quotation whose speaker is the one of the
quotation right before it, with only that quotation's credit and the beat between them, is that
quotation's next part again: one quote in two parts, as a split quotation over narrative is one
(PolNeAR's annotators mark them so).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quotex.attributions import Attribution
from quotex.records import QuoteKind


def beat_joins(
    attributions: Sequence[Attribution], entities: Sequence[int], starts: Sequence[int], text: str
) -> list[Attribution | None]:
    """*attributions* (in text order) with each beat's quotation joined into the quotation
    before it when both have the same resolved entity (*entities*, -1 for none) and the beat's
    source (token starts: *starts*) stands between them in one paragraph of *text*; a joined
    one becomes None."""
    out: list[Attribution | None] = list(attributions)
    into = -1  # the attribution the previous one lives in (itself, or the one it joined)
    for i, att in enumerate(attributions):
        j = into
        into = i
        if j < 0 or att.rule != "narrative_beat" or att.source is None or entities[i] < 0:
            continue
        prev = out[j]
        if prev is None or prev.kind is QuoteKind.INDIRECT or entities[j] != entities[i]:
            continue
        beat = starts[att.source[0]]
        if (
            not prev.parts[-1][1] <= beat < att.parts[0][0]
            or "\n" in text[prev.parts[-1][1] : att.parts[0][0]]
        ):
            continue
        kind = QuoteKind.DIRECT if prev.kind is att.kind is QuoteKind.DIRECT else QuoteKind.MIXED
        out[j] = attrs.evolve(prev, parts=prev.parts + att.parts, kind=kind)
        out[i] = None
        into = j
    return out
