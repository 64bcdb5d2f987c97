"""Stage 5's records: the attribution of one quotation, and the rule names."""

from __future__ import annotations

from attrs import frozen

from quotex.records import QuoteKind

#: Rule names in sieve order.
RULES = (
    "according_to",
    "cue_after_content",
    "cue_before_content",
    "stance",
    "participial",
    "expected",
    "cue_noun",
    "dash_credit",
    "split_quote",
    "paragraph_carryover",
    "quoted_fragment",
    "unattributed",
)


@frozen
class Attribution:
    """One quotation's attribution.

    ``parts``: content pieces as character ranges. ``source``: token range
    ``(first, last)`` of the source mention, or None. ``cue``: character range
    of the cue, or None. ``antecedent``: for the carry-over rules, the index of
    the earlier attribution whose speaker this one continues (else -1).
    """

    parts: tuple[tuple[int, int], ...]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    rule: str
    kind: QuoteKind
    antecedent: int = -1
