"""Text as crawlers, content systems and exports deliver it: stage 0's plain characters and markup
(``quotex.line_breaks``, ``quotex.markup``), invisible characters inside words
(``quotex.invisible``), closing marks typed against the next word, link lines, names in capitals.

Every sentence here is our own. The answer a messy text gets is the one its clean twin gets, with
offsets into the messy text itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex import extract_quotes
from quotex.invisible import printed, read_invisible
from quotex.line_breaks import plain_characters, unwrapped
from quotex.markup import without_markup
from quotex.tokens import tokenize

CLEAN = '"The ferry will run all winter," said Marit Solberg, the harbour master of Dunmere.'


def _answer(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(quotation, speaker, title, kind) of each quotation, offsets checked on the way."""
    out = []
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text
        out.append(
            (
                q.text,
                q.speaker.name if q.speaker else None,
                q.speaker.title if q.speaker else None,
                q.kind.value,
            )
        )
    return out


CLEAN_ANSWER = [('"The ferry will run all winter,"', "Marit Solberg", "harbour master of Dunmere", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        CLEAN.replace("Marit Solberg", "Marit\u00a0Solberg"),  # a no-break space
        CLEAN.replace("Marit Solberg", "Marit\u2009Solberg"),  # a thin space
        CLEAN.replace("Marit Solberg", "Marit\tSolberg"),  # a tab
        CLEAN.replace("Marit Solberg", "Marit  Solberg"),  # two spaces
        CLEAN.replace("Solberg", "Sol\u200bberg"),  # a zero-width space inside the surname
        CLEAN.replace("Solberg", "Sol\u00adberg"),  # a soft hyphen
        CLEAN.replace("Marit", "Ma\u200drit"),  # a zero-width joiner
        CLEAN.replace("harbour", "har\u2060bour"),  # a word joiner inside the role
        "\ufeff" + CLEAN,  # a byte-order mark
        CLEAN.replace("said", "sa\u00adid"),
    ],
)
def test_invisible_characters_and_odd_spaces_print_as_the_clean_text(text: str) -> None:
    assert [(t.replace("\ufeff", ""), n, ti, k) for t, n, ti, k in _answer(text)] == CLEAN_ANSWER


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(
    "shape",
    [
        '"The ferry will run all winter,"{nl}said Marit Solberg, the harbour master of Dunmere.',
        '"The ferry will run all winter," said{nl}Marit Solberg, the harbour master of Dunmere.',
        '"The ferry will run all winter," said Marit Solberg, the harbour master{nl}of Dunmere.',
    ],
)
def test_a_line_end_inside_a_sentence_is_a_space(shape: str, nl: str) -> None:
    text = shape.format(nl=nl)
    assert _answer(text) == CLEAN_ANSWER


def test_a_headline_line_is_no_sentence_going_on() -> None:
    text = "Mayor vows to fight on\nAna Roe said the vote was rigged."
    assert unwrapped(text) is text  # (the headline ends in a word, the next line opens with a capital)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Marit Solberg spoke first. "The ferry will run,"she said.', '"The ferry will run,"'),
        ("Marit Solberg spoke first. 'The ferry will run,'she said.", "'The ferry will run,'"),
        ('"Who signed this?"asked Marit Solberg.', '"Who signed this?"'),
    ],
)
def test_a_closing_mark_typed_against_the_next_word_closes(text: str, quote: str) -> None:
    got = _answer(text)
    assert [(t, n) for t, n, _, _ in got] == [(quote, "Marit Solberg")]


def test_a_glued_mark_is_a_token_of_its_own() -> None:
    assert tokenize('"Why?"she asked.').words == ('"', "Why", "?", '"', "she", "asked", ".")
    assert tokenize("the Yahoo!'s chief").words == ("the", "Yahoo", "!", "'s", "chief")  # (no mark)


@pytest.mark.parametrize(
    "text",
    [
        '**Marit Solberg**, the harbour master of Dunmere, said: "The ferry will run all winter."',
        '__Marit Solberg__, the harbour master of Dunmere, said: "The ferry will run all winter."',
        "[Marit Solberg](/people/m-solberg), the harbour master of Dunmere, said: "
        '"The ferry will run all winter."',
        'Marit Solberg, the harbour master of Dunmere, said: ***"The ferry will run all winter."***',
        'Rain.\n\n> Marit Solberg, the harbour master of Dunmere, said: "The ferry will run all winter."',
    ],
)
def test_markdown_marks_read_as_spaces(text: str) -> None:
    assert _answer(text) == [
        ('"The ferry will run all winter."', "Marit Solberg", "harbour master of Dunmere", "direct")
    ]


def test_markup_keeps_offsets_and_leaves_words_alone() -> None:
    text = "It was f**king cold. * A list item\n> quoted\n[a link](https://example.org/x) here"
    view = without_markup(text)
    assert len(view) == len(text)
    assert "f**king" in view and "* A list item" in view  # (inside a word; a list's mark)
    assert view.startswith("It was f**king cold.") and "  quoted" in view and " a link " in view
    assert without_markup("plain text") == "plain text"


@pytest.mark.parametrize("label", ["Read more", "READ MORE", "Related", "More", "See also"])
def test_a_link_line_reports_nothing(label: str) -> None:
    text = (
        '"The ferry will run all winter," said Marit Solberg.\n\n'
        f"{label}: Council says the bridge will stay shut\n\n"
        '"We have the crews," Solberg added.'
    )
    assert [(t, n) for t, n, _, _ in _answer(text)] == [
        ('"The ferry will run all winter,"', "Marit Solberg"),
        ('"We have the crews,"', "Marit Solberg"),
    ]


def test_typed_marks_and_apostrophes() -> None:
    assert _answer("\u2033The ferry will run,\u2033 said Marit Solberg.")[0][:2] == (
        "\u2033The ferry will run,\u2033",
        "Marit Solberg",
    )
    got = _answer("Niamh O\u00b4Driscoll, the harbour master of Dunmere, said: 'I don\u00b4t know.'")
    assert got == [("'I don\u00b4t know.'", "Niamh O'Driscoll", "harbour master of Dunmere", "direct")]


def test_a_name_in_capitals_is_the_name_the_story_spells() -> None:
    text = 'MARIT SOLBERG: "The ferry will run."\n\nMarit Solberg, the harbour master of Dunmere, spoke.'
    assert _answer(text) == [
        ('"The ferry will run."', "Marit Solberg", "harbour master of Dunmere", "direct")
    ]
    assert _answer('MARIT SOLBERG: "The ferry will run."')[0][1] == "MARIT SOLBERG"  # (no spelling to take)


def test_read_invisible_joins_a_word_and_leaves_the_text() -> None:
    text = "Kva\u200brme met the may\u00ador."
    tokens = read_invisible(tokenize(text))
    assert tokens.words[:4] == ("Kvarme", "met", "the", "mayor")
    assert tokens.text == text and text[tokens.starts[0] : tokens.ends[0]] == "Kva\u200brme"
    plain = tokenize("Ana Roe met the mayor.")
    assert read_invisible(plain) is plain


def test_printed_names_and_titles() -> None:
    assert printed("Ana\u00ad Roe") == "Ana Roe"
    assert printed("Ana  Roe") == "Ana Roe" and printed("head of\nplanning") == "head of planning"
    assert printed("Ana Roe") == "Ana Roe"


def test_plain_characters_keeps_the_same_object_for_plain_text() -> None:
    text = "Ana Roe said so."
    assert plain_characters(text) is text
    assert plain_characters("a\r\nb\rc\td\u00a0e O\u00b4Neill") == "a \nb\nc\td\u00a0e O'Neill"


_SPACES = st.sampled_from(["\u00a0", "\u2009", "\u202f", "\t", "  ", " "])
_INVISIBLES = st.sampled_from(["", "\u200b", "\u200d", "\u2060", "\u00ad"])


@given(space=_SPACES, mark=_INVISIBLES, at=st.integers(min_value=1, max_value=5))
@settings(deadline=None, max_examples=60)
def test_a_spoilt_name_gets_the_clean_answer(space: str, mark: str, at: int) -> None:
    name = "Marit" + space + "Solberg"[:at] + mark + "Solberg"[at:]
    text = CLEAN.replace("Marit Solberg", name)
    assert _answer(text) == CLEAN_ANSWER
