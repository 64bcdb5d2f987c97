"""The verb group of a cue (``quotex.attributions.verb_groups``): perfects before an unlisted
verb, catenatives before a gerund, the passive of perceiving before an infinitive."""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from quotex.attributions.verb_groups import before_gerund_group, group_head, perfect_start, reports_by_gerund


def _lows(text: str) -> list[str]:
    return text.lower().split()


def test_perfect_head_and_start() -> None:
    lows = _lows("Ines Marr has since fumed")
    assert group_head(lows, 2, 4) == 4
    assert perfect_start(lows, 4, 0) == 2
    negated = _lows("Ines Marr had never fumed")
    assert group_head(negated, 2, 4) == 2  # a negated group is none
    assert perfect_start(negated, 4, 0) == 4


@pytest.mark.parametrize(
    ("text", "gerund", "subject_end"),
    [
        ("Ines Marr kept insisting", 3, 1),
        ("Ines Marr has kept on insisting", 5, 1),
        ("Ines Marr could not resist adding", 5, 1),
        ("Ines Marr ca n't help adding", 5, 1),
        ("Ines Marr resisted adding", 3, 2),  # refraining without a negation: no group
        ("Ines Marr stopped saying", 3, 2),
    ],
)
def test_before_gerund_group(text: str, gerund: int, subject_end: int) -> None:
    assert before_gerund_group(_lows(text), gerund - 1, 0) == subject_end


def test_reports_by_gerund() -> None:
    assert reports_by_gerund(("insist", "speech"))
    assert not reports_by_gerund(("talk", "speech"))
    assert not reports_by_gerund(("think", "cognition"))
    assert not reports_by_gerund(None)


@pytest.mark.parametrize(
    "text",
    [
        '"The tide tables are wrong," Ruairi Byrne had fumed.',
        '"The tide tables are wrong," Ruairi Byrne, a harbour pilot, has since grumbled.',
        '"The tide tables are wrong," Ruairi Byrne kept insisting.',
        '"The tide tables are wrong," Ruairi Byrne could not resist adding.',
        '"The tide tables are wrong," Ruairi Byrne was overheard to grumble.',
        "Ruairi Byrne had grumbled that the tide tables were wrong.",
        '"The tide tables are wrong," Ruairi Byrne has kept insisting.',
        "Ruairi Byrne was heard to say that the tide tables were wrong.",
    ],
)
def test_speaker_read_past_the_verb_group(text: str) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Ruairi Byrne"


@pytest.mark.parametrize(
    "text",
    [
        "Ruairi Byrne resisted saying that the tide tables were wrong.",
        "Ruairi Byrne did not keep saying that the tide tables were wrong.",
        "Ruairi Byrne kept saying goodbye to the crews.",
        "Ruairi Byrne had never fumed that the tide tables were wrong.",
    ],
)
def test_no_report_from_a_refrained_or_negated_group(text: str) -> None:
    assert [q.speaker.name for q in extract_quotes(text) if q.speaker is not None and q.speaker.name] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Fumed Kwame Boateng: "The tide tables are wrong."', "Kwame Boateng"),
        ('Seethed Kwame Boateng, a harbour pilot: "The tide tables are wrong."', "Kwame Boateng"),
        ('Ahmed Boateng: "The tide tables are wrong."', "Ahmed Boateng"),  # a given name in -ed stays
        ('Reed Hastings, a harbour pilot: "The tide tables are wrong."', "Reed Hastings"),
    ],
)
def test_inverted_unlisted_verb_is_no_part_of_the_name(text: str, name: str) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    speaker = quotes[0].speaker
    assert speaker is not None
    assert speaker.name == name
