"""The default tokenizer's run cache (quotex.run_cache): the same tokens as spaCy's tokenizer in
pieces (``tokens._tokenize_cached``), the first time a run is seen and from the cache after."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quotex import tokens as tokens_module
from quotex.run_cache import RunCache, special_patterns
from quotex.tokens import analysis_text, blank_tokenizer_nlp, tokenize


def _pieces(text: str) -> tuple[list[int], list[int], tuple[str, ...]]:
    """The tokens spaCy's tokenizer gives *text* in pieces (the path without the run cache)."""
    got: Any = tokens_module._tokenize_cached(blank_tokenizer_nlp(), text, analysis_text(text))
    return list(got.starts), list(got.ends), got.words


def _cached(text: str) -> tuple[list[int], list[int], tuple[str, ...]]:
    got = tokenize(text)
    return list(got.starts), list(got.ends), got.words


def test_the_special_case_pairs_are_the_matchers_patterns() -> None:
    pairs, splits = special_patterns(blank_tokenizer_nlp().tokenizer)
    assert ((("'", "'"), 0)) in pairs[("'", "'")]  # ("''": two apostrophes merged)
    assert splits["''"] == ("'", "'")
    assert not any(a.isspace() or b.isspace() for a, b in pairs)  # (a line break parts two runs)


def test_a_match_across_a_space_leaves_the_text_to_the_tokenizer() -> None:
    # the first run's last apostrophe and the second's first make a match that spans the space:
    # spaCy then leaves the second run's two apostrophes apart
    text = "They were accused of ''grave harm,'' ''fraud'' and ''theft.''"
    cache = RunCache(blank_tokenizer_nlp().tokenizer, 1_000)
    assert cache.tokens(analysis_text(text)) is None
    for _ in range(2):
        assert _cached(text) == _pieces(text)
    assert _cached(text)[2][7:11] == (",", "''", "'", "'")


def test_runs_seen_before_give_the_same_tokens() -> None:
    text = "Mr. Lund's e-mail (sent at 9 a.m.) said ''No,'' and then: \"Yes.\" It's done :)"
    cache = RunCache(blank_tokenizer_nlp().tokenizer, 1_000)
    first = cache.tokens(analysis_text(text))
    second = cache.tokens(analysis_text(text))
    assert first is not None and second is not None
    expected = _pieces(text)
    for got in (first, second):
        assert (list(got[0]), list(got[1]), got[2]) == expected


def test_equal_words_are_one_object_and_the_cache_stays_bounded() -> None:
    cache = RunCache(blank_tokenizer_nlp().tokenizer, 6)
    got = cache.tokens("the ferry and the bus and the tram")
    assert got is not None
    words = got[2]
    assert words[0] is words[3] is words[6]
    assert len(cache.runs) == 5
    # full: the cache keeps what it has, and a text's new words are still one object each
    got = cache.tokens("the barge and the raft and the barge")
    assert got is not None and got[2] == tuple("the barge and the raft and the barge".split())
    assert len(cache.runs) == 5
    assert got[2][1] is got[2][7] and got[2][0] is words[0]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "''",
                "'",
                "''We",
                "said,''",
                ":",
                ":'(",
                "(",
                ")",
                "'s",
                "-",
                "a.m.",
                "Mr.",
                "It's",
                "—",
                '"',
                ":)",
            ]
        )
        | st.text(alphabet="ab'():-.,s\"", min_size=1, max_size=6),
        min_size=1,
        max_size=80,
    ),
    st.lists(st.sampled_from([" ", " ", "\n", "  "]), min_size=1, max_size=3),
)
def test_any_text_same_tokens_as_the_tokenizer_in_pieces(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + gaps[k % len(gaps)] for k, p in enumerate(pieces))
    expected = _pieces(text)
    assert _cached(text) == expected
    assert _cached(text) == expected  # (the second time every run is in the cache)
