"""Stage 0, ``quotex.line_breaks.unwrapped``: wrapped lines and a quotation across a line break
are read as one paragraph; every other newline stays a paragraph break, offsets never move."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex import extract_quotes
from quotex.line_breaks import unwrapped

#: An article of our own, three paragraphs with a blank line between them.
PARAGRAPHS = [
    '"Nobody on this street wants to be the one who says no to the council," said Marisol '
    "Quintanilla, a senior researcher at the Ostberg Institute for Coastal Studies, on Tuesday. "
    '"The decision was made long before anyone asked us," she added.',
    "The harbour board meets again in March, when the cost of the new sea wall is due.",
    '"I have not seen water come this high in twenty years," said Teodor Vranješ, the harbour '
    "master at Corvell.",
]


def _wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width=width) for p in PARAGRAPHS)


@pytest.mark.parametrize("width", [52, 60, 72, 79])
def test_a_wrapped_article_reads_as_its_unwrapped_paragraphs(width: int) -> None:
    text = _wrapped(width)
    view = unwrapped(text)
    assert len(view) == len(text)
    assert view.split("\n\n") == PARAGRAPHS  # every wrap a space again, every blank line kept
    quotes = extract_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Marisol Quintanilla",
        "Marisol Quintanilla",
        "Teodor Vranješ",
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.title == (
        "senior researcher at the Ostberg Institute for Coastal Studies"
    )
    for q in quotes:  # (the records slice the text as given, newlines and all)
        assert text[q.start : q.end] == q.text
        for part in (*q.parts, q.source, q.cue):
            assert part is None or text[part.start : part.end] == part.text


def test_a_quotation_across_one_line_break_is_one_quotation() -> None:
    text = (
        '"The plan looks fine on paper and nowhere else.\nWe can fix it, but not by next spring," '
        "Odalys Ferreira, the mayor of Ketterby, said.\n\nThe vote is on Monday."
    )
    [quote] = extract_quotes(text)
    assert quote.text.startswith('"The plan') and quote.text.endswith('spring,"')
    assert quote.speaker is not None and quote.speaker.name == "Odalys Ferreira"


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph a line, however short: every newline a paragraph break
        "The mayor spoke first.\nThe council voted at noon.\nNobody objected.\nThe vote was 7-2.",
        # a quotation that goes on in the next paragraph opens it with a mark
        '"We will appeal.\n"And we will win," she said.',
        # a list, and a headline over its story
        "Stop the cuts\nSave the library\nKeep the buses\n\nThe march began at noon.",
        "HARBOUR WALL PLAN DELAYED\nThe harbour board put off its vote on Tuesday.",
        # a list of headlines as long as a wrapped line, with no punctuation inside
        "Council says it will not sell the harbour wall site\nFerry fares to rise by a tenth in spring\n"
        "Library hours cut again\nWhat the new bus lanes mean for drivers in Corvell\n"
        "Five things to know about the budget\nMayor resigns",
        # an unclosed quotation whose next line has no closing mark
        'He said "we will see.\nThe board met on Tuesday.',
        # long lines: no wrapping width
        "A" * 150 + " ends here\nAnd this line " + "b" * 130,
    ],
)
def test_paragraph_breaks_are_kept(text: str) -> None:
    assert unwrapped(text) is text


def test_a_few_overlong_lines_do_not_widen_the_wrapping() -> None:
    link = "Read more: https://example.org/" + "x" * 90
    text = _wrapped(60) + "\n\n" + link + "\n" + link
    assert unwrapped(text).split("\n\n")[:3] == PARAGRAPHS


def test_a_text_without_line_breaks_is_returned_as_it_is() -> None:
    text = "One paragraph.\n\nAnother paragraph."
    assert unwrapped(text) is text


@given(st.lists(st.sampled_from([*'ab "“”„.,\n\r\t', "said", "Ana", "x" * 40]), max_size=80).map("".join))
@settings(deadline=None)
def test_only_newlines_between_two_lines_of_text_become_spaces(text: str) -> None:
    view = unwrapped(text)
    assert len(view) == len(text)
    for a, b in zip(text, view, strict=True):  # (a carriage return reads as a line end's)
        assert a == b or (a in "\n\r" and b == " ") or (a == "\r" and b == "\n")
    assert "\n\n" not in text or all(view[i : i + 2] == "\n\n" for i in _blank_lines(text))


def _blank_lines(text: str) -> list[int]:
    return [i for i in range(len(text) - 1) if text[i : i + 2] == "\n\n"]
