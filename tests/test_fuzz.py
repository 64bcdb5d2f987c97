"""The fuzz job: thousands of generated texts of random Unicode, quotation marks, cues and breaks.

For each: ``extract_quotes`` does not raise; every offset slices back; every quote lies inside
its document; parts are ordered and disjoint; ``Quote.from_dict(q.to_dict()) == q``.
Marked ``slow`` (about half a minute); ``test_properties.py`` runs the same invariants on a
few dozen examples in every quick run.
"""

from __future__ import annotations

import pytest
from fixtures_loader import golden_cases
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_properties import FRAGMENTS, check_invariants

from quotex import Quote, extract_quotes

#: Marks, cues, names and breaks, plus random Unicode (any code point Hypothesis draws but lone
#: surrogates, which test_bad_input.py covers), joined into short documents.
MORE = ['"', "'", "“", "”", "«", "»", "\r\n", "\n\n", "\u2028", "\u00a0", "said", "Ana Berg", ". ", "("]
piece = st.one_of(st.sampled_from(FRAGMENTS + MORE), st.text(max_size=6))
documents = st.lists(piece, max_size=60).map("".join)


@pytest.mark.slow
@settings(max_examples=2_500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_fuzz_invariants_and_round_trip(text: str) -> None:
    quotes = extract_quotes(text)
    check_invariants(text, quotes)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text), "a quote outside its document, or empty"
        assert Quote.from_dict(q.to_dict()) == q
        for a, b in zip(q.parts, q.parts[1:], strict=False):
            assert a.end <= b.start, "parts overlap or are out of order"


#: Our golden texts, each to be cut anywhere: a feed's truncated lead ends mid-sentence.
GOLDEN_TEXTS = sorted({case.text for case in golden_cases()})


@pytest.mark.slow
@settings(max_examples=1_500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(GOLDEN_TEXTS), st.floats(min_value=0.0, max_value=1.0))
@example("Ana Berg showed Tom Reyes,", 1.0)
@example("Ana Berg showed Tom Reyes, a visiting engineer,", 1.0)
@example("Kevin Callahan warns the plan", 1.0)
@example("Costs had risen, the charity said on Tuesday.\n\nThe charity, Sweet Water", 1.0)
def test_any_prefix_of_a_real_text(text: str, where: float) -> None:
    """A text cut anywhere (here: a golden text's prefix) keeps the invariants. The examples are
    four crashes that cutting texts found (a golden text's or a capability case's): a text ending
    on the person shown a thing, on a role's comma, on a verb of telling's object, and on the
    name apposed to *The charity,*."""
    prefix = text[: round(len(text) * where)]
    check_invariants(prefix, extract_quotes(prefix))
