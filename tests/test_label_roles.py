"""Round 20: a role written before a name and its comma beats a later apposition as the title,
and a transcript's role label resolves to the person the article introduced with the role."""

from __future__ import annotations

import pytest

from quotex import extract_quotes


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    """(name, title) of the quote whose text holds *fragment*."""
    for q in extract_quotes(text):
        if fragment in q.text:
            return (q.speaker.name, q.speaker.title) if q.speaker else (None, None)
    raise AssertionError(f"no quote holds {fragment!r}")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The committee's chair, Rosalind Achebe, the Labour MP for Wyre Moor, said the plan was late.",
            "committee's chair",
        ),
        (
            "The chair of the inquiry, Ivo Lund, a retired judge, said the plan was late.",
            "chair of the inquiry",
        ),
        (
            "A spokeswoman for the Ministry of Trade, Siri Nakstad, a former diplomat, said the plan"
            " was late.",
            "spokeswoman for the Ministry of Trade",
        ),
    ],
)
def test_role_before_comma_beats_later_apposition(text: str, title: str) -> None:
    assert _speaker_of(text, "the plan was late")[1] == title


def test_role_after_a_preposition_is_no_title() -> None:
    text = "In a letter to the inquiry's chair, Ivo Lund, a retired judge, wrote that the plan was late."
    assert _speaker_of(text, "the plan was late")[1] != "inquiry's chair"


def test_chair_label_is_the_chair_introduced_before() -> None:
    text = (
        "The committee's chair, Rosalind Achebe, the Labour MP for Wyre Moor, said the answers were thin.\n\n"
        "In one exchange, Ms Achebe pressed Mr Greaves:\n\n"
        "CHAIR: When did the board first see the shortfall?\n\n"
        "GREAVES: In March.\n\n"
        "CHAIR: And it went ahead anyway.\n"
    )
    text = "Appearing before the committee, Martin Greaves said the operator was short of drivers.\n\n" + text
    assert _speaker_of(text, "went ahead anyway") == ("Rosalind Achebe", "committee's chair")
    assert _speaker_of(text, "In March") == ("Martin Greaves", None)


@pytest.mark.parametrize("label", ["THE COURT", "PRESIDING JUDGE", "THE PRESIDING JUDGE"])
def test_court_label_is_the_presiding_judge(label: str) -> None:
    text = (
        "Karen Holloway, the site manager at Dunmore Quarry, gave evidence on Tuesday.\n\n"
        "The presiding judge, Owen Pritchard, a former barrister, opened the hearing.\n\n"
        f"{label}: Why was the gate left open?\n\nHOLLOWAY: Nobody told us to close it.\n"
    )
    assert _speaker_of(text, "gate left open") == ("Owen Pritchard", "presiding judge")
    assert _speaker_of(text, "Nobody told us") == ("Karen Holloway", "site manager at Dunmore Quarry")


@pytest.mark.parametrize(
    ("label", "intro"),
    [
        ("CORONER", "Coroner Ivo Lund opened the inquest."),
        ("INTERVIEWER", "Ivo Lund, the station's interviewer, spoke to Ana Berg on Friday."),
    ],
)
def test_coroner_and_interviewer_labels(label: str, intro: str) -> None:
    opening = "Ana Berg, a ranger, gave evidence."
    text = f"{opening}\n\n{intro}\n\n{label}: Why was the gate open?\n\nBERG: Nobody shut it.\n"
    assert _speaker_of(text, "gate open")[0] == "Ivo Lund"
    assert _speaker_of(text, "Nobody shut it")[0] == "Ana Berg"
