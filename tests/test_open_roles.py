"""quotex/mentions/open_roles.py and the frames that read WordNet's role nouns
(``Lexicon.open_role_nouns``): appositions, who-is clauses, roles before a name, nominals."""

from __future__ import annotations

import pytest

from quotex import extract_quotes
from quotex.lexicon import DEFAULT_LEXICON
from quotex.lexicon.person_roles import PERSON_ROLE_NOUNS
from quotex.mentions.open_roles import open_role, open_role_head, open_role_split
from quotex.tokens import tokenize

LEX = DEFAULT_LEXICON


def _speaker(text: str) -> tuple[str, str | None] | None:
    quotes = extract_quotes(text)
    assert quotes, f"no quotation in {text!r}"
    s = quotes[-1].speaker
    return None if s is None else (s.name, s.title)


class TestLexicon:
    @pytest.mark.parametrize("word", ["sacristan", "farrier", "seismologist", "freshman", "glazier", "reeve"])
    def test_roles_held_are_listed(self, word: str) -> None:
        assert word in PERSON_ROLE_NOUNS

    @pytest.mark.parametrize(
        "word",
        ["chair", "bank", "man", "woman", "friend", "mother", "idealist", "billionaire", "fool", "smith"],
    )
    def test_things_kin_and_descriptions_are_not(self, word: str) -> None:
        assert word not in PERSON_ROLE_NOUNS

    def test_removing_a_title_removes_the_open_role(self) -> None:
        assert "farrier" not in LEX.with_titles(remove={"farrier"}).open_role_nouns

    def test_only_lower_case_words_count(self) -> None:
        assert open_role("farrier", LEX) and not open_role("Farrier", LEX)


class TestHeads:
    @pytest.mark.parametrize(
        ("phrase", "bare", "expected"),
        [
            ("sacristan of Tiny Parish", True, True),
            ("sacristan", False, True),
            ("sacristan", True, False),  # (a bare noun alone: no title, as before)
            ("cathedral sacristan at St Jude's", False, True),
            ("keen sailor from Split", False, False),  # (an evaluative adjective: a description)
        ],
    )
    def test_open_role_head(self, phrase: str, bare: bool, expected: bool) -> None:
        words = tokenize(phrase).words
        assert open_role_head(words, 0, len(words) - 1, LEX, bare=bare) is expected

    @pytest.mark.parametrize(
        ("chain", "expected"),
        [
            ("Sacristan Ana Berg", 0),
            ("Kestrel Valley Council Cartographer Ana Berg", 3),
            ("Hunter Okonkwo", -1),  # (a name of two words: no title before it)
            ("Cook Political Report", -1),  # (no first name after the role word)
            ("Ana Baker Lund", -1),  # (after a first name: the name's own word)
        ],
    )
    def test_open_role_split(self, chain: str, expected: int) -> None:
        words = tokenize(chain).words
        assert open_role_split(words, 0, len(words) - 1, LEX) == expected


class TestFrames:
    def test_definite_apposition(self) -> None:
        assert _speaker('Tomasz Wierzbowski, the sacristan, said: "We will reopen."') == (
            "Tomasz Wierzbowski",
            "sacristan",
        )

    def test_bare_apposition_with_its_body(self) -> None:
        text = '"The bridge held," said Nomvula Khumalo, glazier of the Harbour Board.'
        assert _speaker(text) == ("Nomvula Khumalo", "glazier of the Harbour Board")

    def test_who_is_a_bare_role(self) -> None:
        text = 'Rahul Chaturvedi, who is reeve of Aldham Township, said: "Rates will not rise."'
        assert _speaker(text) == ("Rahul Chaturvedi", "reeve of Aldham Township")

    def test_capitalised_role_before_a_name(self) -> None:
        assert _speaker('Farrier Ingrid Solberg said: "Nobody asked us."') == ("Ingrid Solberg", "Farrier")

    def test_body_and_role_before_a_name(self) -> None:
        text = 'Parks and Wildlife Service ornithologist Declan Furlong said: "The count is down."'
        assert _speaker(text) == ("Declan Furlong", "Parks and Wildlife Service ornithologist")

    def test_opening_modifier_before_an_honorific(self) -> None:
        text = 'Duty seismologist Dr Babajide Adeyemi said: "The swarm has eased."'
        assert _speaker(text) == ("Babajide Adeyemi", "Duty seismologist")

    def test_the_role_said_is_the_person(self) -> None:
        text = (
            "Mei-Ling Tsang, the archivist of Northgate University, spoke on Monday. "
            '"It is lost," the archivist said.'
        )
        assert _speaker(text) == ("Mei-Ling Tsang", "archivist of Northgate University")

    def test_a_verb_form_is_no_role_before_a_name(self) -> None:
        text = 'Sanders accused Hillary Clinton of lying. "Not so," Clinton said.'
        assert _speaker(text) == ("Hillary Clinton", None)

    def test_a_first_name_that_is_a_role_noun_stays_in_the_name(self) -> None:
        assert _speaker('"We are ready," said Porter Whitcombe.') == ("Porter Whitcombe", None)
