"""Names in marks inside a speaker's description (quotex/described_marks.py, mentions/work_titles.py)."""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from quotex.described_marks import described_split, merged_names
from quotex.mentions.work_titles import closed_title, merged_name
from quotex.quote_spans import find_quote_spans
from quotex.tokens import Tokens, tokenize


@pytest.mark.parametrize(
    "text",
    [
        'Tomas Reyes, author of "The Flood Year," said so.',
        "Ilse Brandt, whose song \u201cHarbour Lights\u201d topped the charts, said so.",
        'Kofi Mensah, known to fans as "The Rock," said so.',
        'Greta Marsh, wearing "Vote Local" badges, said so.',
    ],
)
def test_a_described_name_is_no_span(text: str) -> None:
    kept, gone = described_split(text, find_quote_spans(text))
    assert len(gone) == 1 and not kept


@pytest.mark.parametrize(
    "text",
    [
        'Tomas Reyes, who called the plan "a disgrace," said so.',  # lower case: words said
        '"We Will Rebuild," said Tomas Reyes.',  # no description before it
        'Tomas Reyes, author of "We lost. Then we won," said so.',  # a sentence inside
    ],
)
def test_other_spans_stay(text: str) -> None:
    assert described_split(text, find_quote_spans(text))[1] == ()


def test_merged_names_keep_the_comma_and_remap_heads() -> None:
    text = 'Reyes, author of "Salt Roads," said so.'
    plain = tokenize(text)
    n = len(plain)
    parsed = Tokens(text, plain.starts, plain.ends, plain.words, ("X",) * n, ("dep",) * n, [n - 2] * n)
    _, gone = described_split(text, find_quote_spans(text))
    merged = merged_names(parsed, gone)
    assert '"Salt Roads' in merged.words and "," in merged.words[merged.words.index('"Salt Roads') :]
    assert '"' not in merged.words
    assert all(merged.words[h] == "so" for h in merged.heads)


@pytest.mark.parametrize(
    ("word", "named"),
    [
        ("\u201cGuccifer", True),
        ("''America's Unwritten", True),
        ("'ll", False),
        ("'S", False),
        ("'90s", False),
    ],
)
def test_merged_name(word: str, named: bool) -> None:
    assert merged_name(word) is named


def test_closed_title_adds_the_closing_mark() -> None:
    text = "Reyes, author of \u201cThe Flood Year,\u201d said."
    start, end = text.index("author"), text.index("Year") + 4
    assert closed_title(text, start, end) == "author of \u201cThe Flood Year\u201d"


def test_the_work_is_in_the_title_and_no_quote() -> None:
    quotes = extract_quotes('Tomas Reyes, author of "The Flood Year," said the river was rising.')
    assert [(q.text, q.speaker and q.speaker.title) for q in quotes] == [
        ("the river was rising", 'author of "The Flood Year"')
    ]
