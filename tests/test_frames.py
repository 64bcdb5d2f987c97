"""quotex/attributions/frames.py and the issue-11 mechanisms around it: the reporting frame's
verb shape, transcript labels, which quote spans count as quotations, bare clauses."""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from quotex.attributions.complements import subject_then_finite
from quotex.attributions.frame_verbs import frame_verb
from quotex.attributions.quoting import quoting
from quotex.attributions.turns import transcript_label
from quotex.quote_spans import find_quote_spans
from quotex.tokens import tokenize


@pytest.mark.parametrize(
    "text, k, expected",
    [
        ("Okafor implored .", 1, 1),  # a verb ending
        ("Okafor fumes .", 1, 1),
        ("Whitby shot back .", 1, 2),  # a phrasal particle: the verb ends at the particle
        ("Whitby the .", 1, -1),  # a function word
        ("Whitby glass .", 1, -1),  # '-ss' is no verb ending
        ("Whitby Fumed .", 1, -1),  # capitalised: part of a name
    ],
)
def test_frame_verb(text: str, k: int, expected: int) -> None:
    words = text.split()
    assert frame_verb(words, k, len(words) - 1) == expected


@pytest.mark.parametrize(
    "text, first, colon, expected",
    [
        ("VANCE: We will.", 0, 1, True),
        ("MARA VANCE: We will.", 0, 2, True),
        ("Intro.\n\nVANCE: We will.", 2, 3, True),
        ("Intro. VANCE: We will.", 2, 3, False),  # not at a paragraph's start
        ("STAT OF THE WEEK: 43.", 0, 4, False),  # a heading: function words in it
        ("Vance: We will.", 0, 1, False),  # not in capitals
        ("ONE TWO FOUR SIX: x", 0, 4, False),  # more than three words
    ],
)
def test_transcript_label(text: str, first: int, colon: int, expected: bool) -> None:
    tokens = tokenize(text)
    assert tokens.words[colon] == ":"
    assert transcript_label(tokens, first, colon) is expected


def test_single_marks_are_quotations_only_when_the_text_quotes_with_them() -> None:
    british = "'We stay,' said Ann Holm. 'We always have.'"
    american = "Mayor's 'war on cars' angers drivers\n\n\"We were never asked,\" said Ola Brun."
    assert quoting(find_quote_spans(british)) == (True, True)
    spans = find_quote_spans(american)
    assert [s.double for s in spans] == [False, True]
    assert quoting(spans) == (False, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the council had ignored the warnings", True),
        ("prices would rise", True),
        ("nobody had been told", True),
        ("the council that it would", False),  # an object, then 'that'
        ("reporters the plant would close", False),  # an addressee, then the clause
        ("and did the same", False),  # a second verb
    ],
)
def test_subject_then_finite(text: str, expected: bool) -> None:
    words = text.split()
    assert subject_then_finite(words, 0, len(words) - 1) is expected


def test_frame_and_lexicon_cue_give_the_same_speaker_and_offsets() -> None:
    """Metamorphic: an open-class verb in the frame behaves like 'said' there."""
    for verb in ("said", "fumed", "texted", "shot back"):
        text = f'"The pumps failed," Ines Marchetti {verb}.'
        (q,) = extract_quotes(text)
        assert (q.text, q.kind.value, q.speaker and q.speaker.name) == (
            '"The pumps failed,"',
            "direct",
            "Ines Marchetti",
        ), verb
        assert q.cue is not None and q.cue.text == verb


def test_a_frame_verb_after_a_long_apposition_credits_the_name() -> None:
    text = '"We will cope," Lim Wei Jie, spokesperson for the Western Cape Minibus Taxi Council, ventures.'
    (quote,) = extract_quotes(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == (
        "Lim Wei Jie",
        "spokesperson for the Western Cape Minibus Taxi Council",
    )
