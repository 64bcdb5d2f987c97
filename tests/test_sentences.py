"""Stage 3, quotex/sentences.py: tokens + quote spans -> Sentence."""

from __future__ import annotations

import itertools

import pytest

from quotex.lexicon import DEFAULT_LEXICON
from quotex.quote_spans import find_quote_spans
from quotex.sentences import Sentence, split_sentences
from quotex.tokens import Tokens, tokenize


def _split(text: str, *, cues: bool = True) -> tuple[Sentence, ...]:
    tokens = tokenize(text)
    spans = find_quote_spans(text)
    return split_sentences(tokens, spans, cue_words=DEFAULT_LEXICON.verb_forms if cues else ())


def _sentences(text: str, *, cues: bool = True) -> list[str]:
    return [text[s.start : s.end] for s in _split(text, cues=cues)]


CASES = {
    "two_plain": (
        "The bridge closed. Traffic stalled for hours.",
        ["The bridge closed.", "Traffic stalled for hours."],
    ),
    "abbreviations": (
        "Mr. Ekwall reached the U.S. on Friday. He left on Jan. 5 for Oslo.",
        ["Mr. Ekwall reached the U.S. on Friday.", "He left on Jan. 5 for Oslo."],
    ),
    "lowercase_after_stop": (
        "Prices rose 3.5 percent. the index fell.",
        ["Prices rose 3.5 percent. the index fell."],
    ),
    "digit_opens": ("The vote failed. 42 members abstained.", ["The vote failed.", "42 members abstained."]),
    "stop_inside_closed_quote": (
        '"The bridge is closed. Nobody may cross," she said. Traffic stalled.',
        ['"The bridge is closed. Nobody may cross," she said.', "Traffic stalled."],
    ),
    "closing_mark_absorbed": ('He said "Go." Then he left.', ['He said "Go."', "Then he left."]),
    "bracket_absorbed": ("Prices rose (sharply.) Then fell.", ["Prices rose (sharply.)", "Then fell."]),
    "next_opens_with_mark": (
        'The crowd waited. "We are here," a man shouted.',
        ["The crowd waited.", '"We are here," a man shouted.'],
    ),
    "question_and_exclamation": ("Wait! Really?! Yes... No way.", ["Wait!", "Really?!", "Yes...", "No way."]),
    "colon_after_question": (
        '"Why now?" Marsh said: "The vote is tomorrow."',
        ['"Why now?"', 'Marsh said: "The vote is tomorrow."'],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


class TestShortAttributionAfterQuestion:
    text = '"Why now?" Marsh asked. Nobody answered.'

    def test_kept_with_its_quotation_when_cues_are_known(self) -> None:
        assert _sentences(self.text) == ['"Why now?" Marsh asked.', "Nobody answered."]

    def test_split_without_cue_words(self) -> None:
        assert _sentences(self.text, cues=False) == ['"Why now?"', "Marsh asked.", "Nobody answered."]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ('"Get out!" Carla Mendes cried. He left.', ['"Get out!" Carla Mendes cried.', "He left."]),
            ('"Why?" Mei-Ling Zhou asked.', ['"Why?" Mei-Ling Zhou asked.']),
            ('"No!" Ida Strand shot back.', ['"No!" Ida Strand shot back.']),
            ('"Go!" Then everyone ran.', ['"Go!"', "Then everyone ran."]),
        ],
        ids=["unlisted_verb", "hyphenated_name", "verb_with_particle", "not_a_name"],
    )
    def test_a_lower_case_verb_closing_the_credit(self, text: str, expected: list[str]) -> None:
        assert _sentences(text) == expected

    @pytest.mark.parametrize(
        "text",
        ['"Is it over?" asked the coach. Nobody answered.', '"It is over!" said the coach. Nobody answered.'],
        ids=["inverted_question", "inverted_exclamation"],
    )
    def test_inverted_attribution_stays(self, text: str) -> None:
        assert _sentences(text)[0].endswith("the coach.")


class TestParagraphs:
    text = "First paragraph here.\n\nSecond paragraph here. And more.\nThird after one newline."

    def test_newline_always_ends_a_sentence(self) -> None:
        assert _sentences("No full stop here\nNext line starts")[0] == "No full stop here"

    def test_numbers_count_up_per_paragraph(self) -> None:
        assert [s.paragraph for s in _split(self.text)] == [0, 1, 1, 2]

    def test_first_paragraph_is_zero_even_after_leading_blank_lines(self) -> None:
        assert [s.paragraph for s in _split("\n\nOpening line.\n\nNext one.")] == [0, 1]


@pytest.mark.parametrize(
    "text",
    [
        CASES["abbreviations"][0],
        CASES["stop_inside_closed_quote"][0],
        TestParagraphs.text,
        "x",
        "Hi!!! ?? ..",
    ],
    ids=["abbreviations", "quote", "paragraphs", "one_word", "punctuation_only"],
)
def test_sentences_tile_the_tokens(text: str) -> None:
    tokens = tokenize(text)
    sentences = _split(text)
    assert sentences[0].first == 0
    assert sentences[-1].last == len(tokens) - 1
    for s in sentences:
        assert s.first <= s.last
        assert (s.start, s.end) == (tokens.starts[s.first], tokens.ends[s.last])
    for a, b in itertools.pairwise(sentences):
        assert b.first == a.last + 1
        assert b.paragraph >= a.paragraph


def test_no_tokens_no_sentences() -> None:
    assert split_sentences(tokenize("")) == ()


def test_spans_default_to_none() -> None:
    tokens = tokenize("One. Two.")
    assert [(s.first, s.last) for s in split_sentences(tokens)] == [(0, 1), (2, 3)]


DATELINES = {
    "city_country": ('LISBON, Portugal — "We have no water left," a farmer said.', "LISBON, Portugal —"),
    "city_only": ("OSLO — Norland Robotics will cut 900 jobs, the company said.", "OSLO —"),
    "two_word_city": ("SÃO PAULO — The metro will run all night, the mayor said.", "SÃO PAULO —"),
    "abbreviated_state_date_agency": (
        "PORTLAND, Ore., Dec. 1 (AP) — The ferry will not sail, its owner said.",
        "PORTLAND, Ore., Dec. 1 (AP) —",
    ),
    "saint_with_apostrophe": (
        "ST. JOHN'S, Newfoundland — The harbour froze overnight.",
        "ST. JOHN'S, Newfoundland —",
    ),
    "double_hyphen": ("KYIV, Ukraine -- Power returned on Sunday.", "KYIV, Ukraine --"),
    "second_paragraph": ("By Ana Ruiz\n\nNAIROBI, Kenya — Rains came early.", "NAIROBI, Kenya —"),
    "agency_bracket_no_dash": (
        "Abuja, July 9, 2026 (NAN) Organised labour staged protests on Tuesday.",
        "Abuja, July 9, 2026 (NAN)",
    ),
    "agency_bracket_short_date": (
        "New Delhi, Nov 12 (PTI) The Health Ministry said the drive would go on.",
        "New Delhi, Nov 12 (PTI)",
    ),
    "caps_place_agency_no_dash": ("LAGOS, March 3 (NAN) Traders shut their stalls.", "LAGOS, March 3 (NAN)"),
    "colon_place": ("MOMBASA: Karim Yusuf said on Monday that the port would reopen.", "MOMBASA:"),
    "colon_two_words_date": (
        "PORT HARCOURT, May 2: The refinery shut down overnight.",
        "PORT HARCOURT, May 2:",
    ),
    "colon_after_byline": ("By Ana Ruiz | City Desk\n\nGEELONG: The council has sold the pier.", "GEELONG:"),
    "colon_then_statement": (
        "HALIFAX: The union said in a statement: \u2018The strike is over.\u2019",
        "HALIFAX:",
    ),
}


@pytest.mark.parametrize("text, dateline", list(DATELINES.values()), ids=list(DATELINES))
def test_a_dateline_opening_a_paragraph_is_a_sentence_of_its_own(text: str, dateline: str) -> None:
    sents = _split(text)
    flagged = [text[s.start : s.end] for s in sents if s.dateline]
    assert flagged == [dateline]
    after = next(s for s in sents if s.start > text.index(dateline))
    assert not after.dateline
    assert text[after.start :].startswith(text[text.index(dateline) + len(dateline) :].lstrip()[:5])
    dl = next(s for s in sents if s.dateline)
    assert dl.paragraph == after.paragraph


NOT_DATELINES = {
    "acronym_then_lowercase": "NATO — the alliance of 32 countries — said it would meet.",
    "heading_in_capitals": "EVEN THE BOARD THINKS IT WAS A MISTAKE — The chairman resigned on Monday.",
    "mid_paragraph": "The talks ended. OSLO — the venue — was chosen late.",
    "label_with_colon": "VANCE: We will balance the budget next year.",
    "label_before_quotation": 'OKAFOR: "The bridge is safe."',
    "acronym_credit": "AFP: Floods cut the rail line to the coast.",
    "label_before_question": "HOST: Why did the bridge close in March?",
    "one_of_several_turns": "HALVORSEN: The plan failed.\n\nPRESENTER: Why?\n\nHALVORSEN: The money ran out.",
    "label_deep_in_the_article": (
        "The council met on Monday to discuss the long-delayed plan for the harbour wall and its cost.\n\n"
        "The meeting ran late into the night, and several members left before the vote was called.\n\n"
        "TRELOAR: The wall will be finished by May."
    ),
    "lowercase_word_before_dash": "OSLO and Bergen — Both cities voted no.",
    "title_case_names_before_dash": "Smith, Jones — and three others said the plan failed.",
    "party_tag_after_name": "Lena Roe (D) said the bill would pass.",
    "agency_bracket_then_lowercase": "Abuja, July 9 (NAN) and Lagos reported no outages.",
    "agency_bracket_ends_paragraph": "Abuja, July 9 (NAN)",
}


@pytest.mark.parametrize("text", list(NOT_DATELINES.values()), ids=list(NOT_DATELINES))
def test_no_dateline_without_the_dateline_shape(text: str) -> None:
    assert not any(s.dateline for s in _split(text))


def test_a_title_with_full_stops_before_a_hyphenated_name_is_no_dateline() -> None:
    text = "U.S. District Judge Mira Castell-Rey wrote that the fee was unlawful."
    assert [(s.start, s.end, s.dateline) for s in _split(text)] == [(0, len(text), False)]


def test_an_empty_word_in_a_hand_built_table_splits_like_the_table_without_it() -> None:
    # (the sentence finder reads every word's last character at C speed, and falls back to a
    # test per word when a table built by hand holds an empty one)
    text = "The ferry stopped. Riders waited on the pier. Nobody knew why!"
    tokens = tokenize(text)
    k = tokens.words.index("stopped") + 1  # an empty word right after it, at its end
    starts, ends = list(tokens.starts), list(tokens.ends)
    with_empty = Tokens(
        text,
        [*starts[:k], ends[k - 1], *starts[k:]],
        [*ends[:k], ends[k - 1], *ends[k:]],
        (*tokens.words[:k], "", *tokens.words[k:]),
    )
    expected = [(s.start, s.end) for s in split_sentences(tokens)]
    assert len(expected) == 3
    assert [(s.start, s.end) for s in split_sentences(with_empty)] == expected
