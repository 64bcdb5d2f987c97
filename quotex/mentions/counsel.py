"""Counsel's side, stated after a name in court reports: *NAME, prosecuting, told the jury*,
*NAME, for the defence, said*, *said NAME, defending.*

British and Commonwealth court reporting names a barrister or solicitor by the side they argue
for, set off by commas after the name (McNae's Essential Law for Journalists, the court
reporting chapters); the phrase is the lawyer's capacity in the case, as an apposition's role
is. Input: the words in lower case, the token after the name's comma and the sentence's last
token; output: the phrase's first and last tokens, or ``(-1, -1)``. Called by
:func:`quotex.mentions.copular_subjects.affiliation_or_copular` for a name with no title.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.titles import COUNSEL_SIDES

#: The marks that close the phrase: the apposition's second comma, or the sentence's end.
_CLOSERS = frozenset([",", ".", ";", ":", "\u2014"])


def counsel_side(lows: Sequence[str], k: int, last: int) -> tuple[int, int]:
    """The side a lawyer argues for, from token *k* (after the name's comma) up to a closing
    mark: *prosecuting*, *defending*, *for the prosecution*, *for the defence* ...
    (:data:`~quotex.lexicon.titles.COUNSEL_SIDES`); ``(-1, -1)`` otherwise."""
    for side in COUNSEL_SIDES:
        end = k + len(side) - 1
        if end > last or tuple(lows[k : end + 1]) != side:
            continue
        if end == last or lows[end + 1] in _CLOSERS:
            return k, end
    return -1, -1
