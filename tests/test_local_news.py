"""Local and human-interest news: relatives and neighbours as titles, verbs of finding and seeing
used of things and people, documents credited to their authors, a site's name that reads like a
man's, a body and its role in a panel line's brackets. Every sentence here is our own."""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from quotex.attributions.object_acts import found_thing, thing_found


def _who(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.title if q.speaker else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('His aunt, Maribeth Corran, said: "We want answers."', "aunt"),
        (
            'Maribeth Corran, Tyrell Okoro\'s grandmother, said: "We want answers."',
            "Tyrell Okoro's grandmother",
        ),
        ('"We want answers," said Desmond Achebe, the victim\'s stepfather.', "victim's stepfather"),
        ('Her neighbor, Desmond Achebe, said: "We want answers."', "Her neighbor"),
        ('"We want answers," said Desmond Achebe, his neighbour.', "his neighbour"),
    ],
)
def test_a_relation_is_the_title(text: str, title: str) -> None:
    [(_, _, got)] = _who(text)
    assert got == title


@pytest.mark.parametrize(
    "text",
    [
        '"We want answers," said a neighbour, Desmond Achebe.',
        'Desmond Achebe, a neighbour who has lived on the street for years, said: "We want answers."',
    ],
)
def test_a_neighbour_described_is_no_title(text: str) -> None:
    [(_, name, title)] = _who(text)
    assert (name, title) == ("Desmond Achebe", None)


@pytest.mark.parametrize(
    "text",
    [
        "Lorna Vitale found Tyrell Okoro's dog two miles from home.",
        "Lorna Vitale last saw her son, Tyrell Okoro, on Sunday.",
        "Lorna Vitale finally found her son, Tyrell Okoro, behind the school.",
    ],
)
def test_a_thing_found_or_a_person_seen_is_no_report(text: str) -> None:
    assert extract_quotes(text) == []


def test_a_finding_with_its_clause_is_still_a_report() -> None:
    assert _who("The inquiry found Okoro's report had been changed.") == [
        ("Okoro's report had been changed", "inquiry", None)
    ]
    assert _who("Gretchen Aldous sees her son as a hero.")[0][0] == "her son as a hero"


def test_found_thing_reads_to_the_sentence_end() -> None:
    words = "found her son , Tyrell Okoro , on Sunday .".split()
    assert found_thing(words, 1, len(words) - 1)
    words = "found Okoro 's claims were false .".split()
    assert not found_thing(words, 1, len(words) - 1)
    assert not thing_found("said her son , Tyrell Okoro , on Sunday .".split(), 1, 8, "say")


@pytest.mark.parametrize(
    "text",
    [
        'The union released a statement by Lorna Vitale, captain of the Wexcombe Otters: "We fight on."',
        'The club shared a post by Lorna Vitale: "We fight on."',
        '"We fight on." \u2014 Lorna Vitale (@lornav) on X',
    ],
)
def test_a_document_speaks_for_its_author(text: str) -> None:
    [(_, name, _)] = _who(text)
    assert name == "Lorna Vitale"


def test_the_boys_mother_is_no_parks() -> None:
    text = "Eli, 7, was pulled from the pond at Gilbert Bay Park. The boy's mother said he was recovering."
    [(_, name, _)] = _who(text)
    assert name == "boy's mother"


def test_a_panel_line_holds_body_and_role() -> None:
    text = (
        'Lorna Vitale (Wexcombe planning chair): "We fight on."\n'
        'Anders Holm (Harlow Rail Union secretary): "No."'
    )
    assert _who(text) == [
        ('"We fight on."', "Lorna Vitale", "Wexcombe planning chair"),
        ('"No."', "Anders Holm", "Harlow Rail Union secretary"),
    ]
    # (a plural after the -ing form is its object: the verb still reports)
    assert (
        _who("The mayor was warning farmers that the river would flood.")[0][0]
        == "that the river would flood"
    )
