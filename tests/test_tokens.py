"""Stage 1, quotex/tokens.py: text -> Tokens (the Doc path is in test_parse_path.py)."""

from __future__ import annotations

import pickle
import re
from array import array
from typing import Any, cast

import attrs
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.util import compile_infix_regex

from quotex.lexicon.titles import RANK_ABBREVIATIONS
from quotex.tokens import (
    AFFIX_CACHE,
    CAPITAL_TITLE_ABBREVIATIONS,
    CHUNK,
    MAX_RUN,
    QUOTE_INFIXES,
    TOKENIZER_CACHE,
    Tokens,
    _Answers,
    analysis_text,
    blank_tokenizer_nlp,
    from_doc,
    tokenize,
)

TEXTS = {
    "plain": "The ferry left Tromso at dawn.",
    "quoted": '"We sail at dawn," the captain said.',
    "abbreviations": "Mr. Lund met the U.S. envoy on Jan. 4 in St. Louis.",
    "paragraphs": "First paragraph.\n\nSecond  paragraph,\twith tabs.\n",
    "curly_and_dashes": "“Never,” she said — and left.",
    "unicode": "Zoë Ångström said: «Ça suffit.»",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_offsets_slice_back_to_words(text: str) -> None:
    tokens = tokenize(text)
    assert len(tokens) > 0
    assert tokens.text == text
    assert len(tokens.starts) == len(tokens.ends) == len(tokens.words) == len(tokens)
    for start, end, word in zip(tokens.starts, tokens.ends, tokens.words, strict=True):
        assert text[start:end] == word


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_tokens_are_in_order_and_never_whitespace(text: str) -> None:
    tokens = tokenize(text)
    assert all(not w.isspace() for w in tokens.words)
    assert all(e1 <= s2 for e1, s2 in zip(tokens.ends, tokens.starts[1:], strict=False))
    # every non-space character of the text is inside some token
    covered = {i for s, e in zip(tokens.starts, tokens.ends, strict=True) for i in range(s, e)}
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered


def test_paragraph_break_stays_visible_in_the_gap() -> None:
    text = TEXTS["paragraphs"]
    tokens = tokenize(text)
    k = tokens.words.index("Second")
    assert "\n" in text[tokens.ends[k - 1] : tokens.starts[k]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mr. Lund arrived.", "Mr."),
        ("The U.S. envoy arrived.", "U.S."),
        ("They met on Jan. 4 in Oslo.", "Jan."),
    ],
    ids=["honorific", "initialism", "month"],
)
def test_abbreviations_stay_whole(text: str, word: str) -> None:
    assert word in tokenize(text).words


def test_words_split_from_punctuation_and_marks() -> None:
    tokens = tokenize('"We sail at dawn," the captain said.')
    assert tokens.words[:6] == ('"', "We", "sail", "at", "dawn", ",")
    assert tokens.words[-1] == "."


def test_plain_text_carries_no_annotation() -> None:
    tokens = tokenize(TEXTS["plain"])
    columns = (tokens.tags, tokens.deps, tokens.heads, tokens.ents, tokens.ent_starts)
    assert [len(c) for c in columns] == [0] * 5
    assert not tokens.has_parse
    assert not tokens.has_ents
    assert not tokens.has_tags


def test_empty_text_gives_an_empty_table() -> None:
    tokens = tokenize("")
    assert len(tokens) == 0
    assert tokens.words == ()


def test_whitespace_only_text_gives_an_empty_table() -> None:
    tokens = tokenize("  \n\n \t ")
    assert len(tokens) == 0


def test_blank_tokenizer_is_loaded_once() -> None:
    assert blank_tokenizer_nlp() is blank_tokenizer_nlp()


def test_given_pipeline_is_used() -> None:
    nlp = spacy.blank("en")
    tokens = tokenize(TEXTS["abbreviations"], nlp=nlp)
    assert tokens.words == tokenize(TEXTS["abbreviations"]).words
    assert not tokens.has_parse  # a blank pipeline has no parser


def test_text_over_max_length_falls_back_to_the_tokenizer() -> None:
    nlp = spacy.blank("en")
    nlp.max_length = 20
    text = "The ferry left Tromso at dawn and reached Bodo by night."
    with pytest.raises(ValueError, match="max_length"):
        nlp(text)  # what tokenize() must avoid
    tokens = tokenize(text, nlp=nlp)
    assert tokens.words[-2:] == ("night", ".")


def test_from_doc_without_annotation_skips_the_look() -> None:
    doc = blank_tokenizer_nlp()("Lund said so.")
    tokens = from_doc(doc, annotated=False)
    assert tokens.words == ("Lund", "said", "so", ".")
    assert not tokens.has_parse


class TestTokensRecord:
    def test_converters_make_compact_columns(self) -> None:
        tokens = Tokens("ab cd", [0, 3], [2, 5], ["ab", "cd"], deps=["nsubj", "ROOT"], heads=[1, 1])
        assert tokens.starts == array("i", [0, 3])
        assert tokens.words == ("ab", "cd")
        assert tokens.heads == array("i", [1, 1])
        assert isinstance(tokens.deps, tuple)

    def test_offsets_past_two_gigachars_still_fit(self) -> None:
        tokens = Tokens("x", [2**31 + 5], [2**31 + 6], ["x"])
        assert tokens.starts.typecode == "q" and tokens.starts[0] == 2**31 + 5

    def test_equal_words_are_one_object(self) -> None:
        tokens = tokenize("the ferry and the harbour and the " * 50)
        the = [w for w in tokens.words if w == "the"]
        assert len(the) == 150 and all(w is the[0] for w in the)

    def test_is_frozen(self) -> None:
        tokens = tokenize("Lund said so.")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            tokens.text = "other"  # type: ignore[misc]

    @pytest.mark.parametrize(
        ("field", "value", "prop"),
        [("deps", ("ROOT",), "has_parse"), ("ents", ("",), "has_ents"), ("tags", ("NN",), "has_tags")],
        ids=["parse", "ents", "tags"],
    )
    def test_has_flags_follow_the_optional_columns(
        self, field: str, value: tuple[str, ...], prop: str
    ) -> None:
        bare = Tokens("Lund", (0,), (4,), ("Lund",))
        changes: dict[str, Any] = {field: value}
        annotated = attrs.evolve(bare, **changes)
        assert getattr(bare, prop) is False
        assert getattr(annotated, prop) is True


class TestAnalysisText:
    """``analysis_text`` keeps offsets while making text safe and linear to tokenise."""

    def test_same_length_and_noise_becomes_space(self) -> None:
        text = '\ufeff"Hi,\ud800" said\x00 Ana\u200b Berg.'
        clean = analysis_text(text)
        assert len(clean) == len(text)
        assert clean == ' "Hi, " said  Ana  Berg.'

    def test_long_runs_are_cut_every_max_run_characters(self) -> None:
        text = '"' * (3 * MAX_RUN + 5)
        clean = analysis_text(text)
        assert len(clean) == len(text)
        assert [i for i, c in enumerate(clean) if c == " "] == [MAX_RUN, 2 * MAX_RUN, 3 * MAX_RUN]

    def test_plain_text_is_returned_unchanged(self) -> None:
        text = 'An ordinary "sentence," she said.'
        assert analysis_text(text) is text

    def test_tokens_slice_the_original_text(self) -> None:
        text = '\ufeff"Hi," said Ana Berg.'
        toks = tokenize(text)
        assert all(text[s:e] == w for s, e, w in zip(toks.starts, toks.ends, toks.words, strict=True))
        assert "\ufeff" not in "".join(toks.words)


class TestChunkedTokenizing:
    """A text longer than ``CHUNK`` is tokenised in pieces cut at whitespace: the same tokens."""

    @staticmethod
    def whole(text: str) -> tuple[list[int], list[int], tuple[str, ...]]:
        doc = blank_tokenizer_nlp().tokenizer(analysis_text(text))
        kept = [t for t in doc if not t.is_space]
        words = tuple(text[t.idx : t.idx + len(t)] for t in kept)
        return [t.idx for t in kept], [t.idx + len(t) for t in kept], words

    @pytest.mark.parametrize(
        "unit",
        [
            '"We sail at dawn," the captain said. ',
            "Mr. Lund (the U.S. envoy) said: \u201cNo.\u201d\n\n",
            "don't 'em rock 'n' roll :) e-mail a@b.com 12:30 $5.00 -- ",
            "x" * 250 + " ",
            "word\t\t\r\n  \u00a0 ",
        ],
        ids=["news", "paragraphs", "specials", "long-runs", "odd-spaces"],
    )
    def test_same_tokens_as_one_piece(self, unit: str) -> None:
        text = unit * (3 * CHUNK // len(unit))
        tokens = tokenize(text)
        starts, ends, words = self.whole(text)
        assert list(tokens.starts) == starts
        assert list(tokens.ends) == ends
        assert tokens.words == words

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                ['"We', 'sail,"', "Mr.", "U.S.", "don't", "(AP)", "—", "'em", ":)", "a.m.", "12:30", "e-mail"]
            )
            | st.text(min_size=1, max_size=12),
            min_size=1,
            max_size=700,
        ),
        st.lists(st.sampled_from([" ", "\n", "\n\n", "  ", "\t", "\u00a0"]), min_size=1, max_size=4),
    )
    def test_any_text_same_tokens_as_one_piece(self, pieces: list[str], gaps: list[str]) -> None:
        text = "".join(p + gaps[k % len(gaps)] for k, p in enumerate(pieces))
        text *= 1 + 2 * CHUNK // len(text)  # (several pieces, cut at other places each time)
        tokens = tokenize(text)
        starts, ends, words = self.whole(text)
        assert (list(tokens.starts), list(tokens.ends), tokens.words) == (starts, ends, words)

    def test_the_default_tokenizer_keeps_a_larger_cache(self) -> None:
        tokenizer: Any = blank_tokenizer_nlp().tokenizer
        default: Any = spacy.blank("en").tokenizer
        if not hasattr(tokenizer, "max_cache_size"):
            pytest.skip("this spaCy release has no max_cache_size setting")
        assert tokenizer.max_cache_size == TOKENIZER_CACHE > default.max_cache_size

    def test_text_without_any_space(self) -> None:
        text = "ab" * CHUNK  # analysis_text makes every MAX_RUN-th character a space
        tokens = tokenize(text)
        assert tokens.words == self.whole(text)[2]
        assert all(len(w) <= MAX_RUN for w in tokens.words)


@pytest.fixture(scope="module")
def stock_nlp() -> Any:
    """spaCy's blank English pipeline as spaCy makes it (every lexical attribute, no caches
    kept), with quotex's infixes for a mark typed against a comma (:data:`QUOTE_INFIXES`)."""
    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), *QUOTE_INFIXES]).finditer
    for abbreviation in (*CAPITAL_TITLE_ABBREVIATIONS, *RANK_ABBREVIATIONS):  # (quotex's: 'MR.' is one token)
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Vance said,"Look."', ("Vance", "said", ",", '"', "Look", ".", '"')),
        ("Vance said:“Look.”", ("Vance", "said", ":", "“", "Look", ".", "”")),
        ('"Stop,"she said.', ('"', "Stop", ",", '"', "she", "said", ".")),
        ("Washington,D.C., 3,000", ("Washington", ",", "D.C.", ",", "3,000")),
    ],
)
def test_a_mark_typed_against_a_comma_is_a_token(text: str, words: tuple[str, ...]) -> None:
    tokens = tokenize(text)
    assert tokens.words == words
    assert all(text[s:e] == w for s, e, w in zip(tokens.starts, tokens.ends, tokens.words, strict=True))


class TestTokenizerShortcuts:
    """The default tokenizer computes no lexical attribute but ``is_space`` and remembers its
    affix patterns' answers (:data:`AFFIX_CACHE`): the same tokens as spaCy's own."""

    @staticmethod
    def offsets(doc: Any) -> list[tuple[int, int]]:
        return [(t.idx, t.idx + len(t)) for t in doc if not t.is_space]

    @pytest.mark.parametrize(
        "text", [*TEXTS.values(), "Mr. Lund's e-mail (http://example.org/a?b=1), 3.5%; don't."]
    )
    def test_same_tokens_as_spacys_tokenizer(self, text: str, stock_nlp: Any) -> None:
        for _ in range(2):  # (the second time from the remembered answers)
            tokens = tokenize(text)
            assert list(zip(tokens.starts, tokens.ends, strict=True)) == self.offsets(
                stock_nlp(analysis_text(text))
            )

    @settings(max_examples=60, deadline=None)
    @given(
        pieces=st.lists(
            st.sampled_from(
                ["Mr.", "don't", '"Hi,"', "(AP)", "e-mail", "U.S.-based", "http://a.org/b", "5%", ":)"]
            )
            | st.text(min_size=1, max_size=10),
            min_size=1,
            max_size=60,
        )
    )
    def test_any_text_same_tokens_as_spacys_tokenizer(self, pieces: list[str], stock_nlp: Any) -> None:
        text = " ".join(pieces) * 2  # (each piece seen twice, the second time remembered)
        tokens = tokenize(text)
        assert list(zip(tokens.starts, tokens.ends, strict=True)) == self.offsets(
            stock_nlp(analysis_text(text))
        )

    def test_a_chunk_after_a_special_case_is_split_from_memory(self) -> None:
        tokenizer: Any = blank_tokenizer_nlp().tokenizer
        answers = tokenizer.suffix_search.__self__  # (the table the tokenizer reads)
        text = "Mr. Quillfeather-Nandakumar, (Zorblaxian) said."  # after 'Mr.', spaCy caches nothing
        assert tokenize(text).words[1:4] == ("Quillfeather", "-", "Nandakumar")
        assert "Quillfeather-Nandakumar," in answers and "Zorblaxian)" in answers
        assert tokenize(text).words == tokenize(text).words  # (the second time from the table)

    def test_the_answer_tables_stay_bounded(self) -> None:
        pattern = re.compile(r"[.,]$")
        answers = _Answers(pattern.search, pattern, size=3)
        for word in ["said,", "now.", "Lund", "yes,", "no"]:
            found = answers[word]
            assert (found.group() if found else None) == (word[-1] if word[-1] in ".," else None)
            assert len(answers) <= 3
        assert answers.pattern == r"[.,]$"
        assert AFFIX_CACHE >= 10_000  # (the default table holds a stream's recurring chunks)

    def test_the_tokenizer_still_pickles(self, stock_nlp: Any) -> None:
        copy = pickle.loads(pickle.dumps(blank_tokenizer_nlp()))
        text = TEXTS["abbreviations"] + " e-mail (AP) :)"
        assert [t.text for t in copy(text)] == [t.text for t in stock_nlp(text)]

    def test_the_tokenizer_still_serialises(self, stock_nlp: Any) -> None:
        loaded, ours = spacy.blank("en"), blank_tokenizer_nlp()
        tokenizer: Any = loaded.tokenizer  # (spaCy types nlp.tokenizer as any callable)
        tokenizer.from_bytes(cast("Any", ours.tokenizer).to_bytes())
        text = TEXTS["abbreviations"] + " e-mail (AP) :)"
        assert [t.text for t in loaded(text)] == [t.text for t in stock_nlp(text)]

    def test_whitespace_tokens_are_still_marked(self) -> None:
        doc = blank_tokenizer_nlp()("Two  spaces\n\nand a gap.")
        assert [t.text for t in doc if t.is_space] == [" ", "\n\n"]
