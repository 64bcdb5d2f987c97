"""quotex/lexicon: the frozen Lexicon value, its with_*() copies and the word-list data modules."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from quotex import DEFAULT_LEXICON, Lexicon, QuoteKind, Speaker, extract_quotes
from quotex.lexicon import quote_marks, reporting_verbs, titles

CUSTOM_CUE_TEXT = '"The tariff is a disgrace," Karl Becker harrumphed.'
# (no 'that': with it, 'NAME VERB that C' makes any verb a cue by its frame, that_frame)
CUSTOM_CUE_INDIRECT = "Karl Becker harrumphed the tariff was a disgrace."
#: A role noun in neither the hand list nor WordNet's role nouns (*quartermaster*, used here before
#: the twenty-third round, is one of WordNet's).
CUSTOM_TITLE_TEXT = '"The tariff is a disgrace," said Karl Becker, the bailie of the burgh.'


class TestWithCues:
    def test_returns_a_changed_copy(self) -> None:
        custom = DEFAULT_LEXICON.with_cues(add={"harrumph"})
        assert custom is not DEFAULT_LEXICON
        assert isinstance(custom, Lexicon)
        assert "harrumph" in custom.speech_verbs
        assert custom.verb_forms["harrumphed"] == ("harrumph", "speech")
        assert custom != DEFAULT_LEXICON

    def test_never_mutates_the_default(self) -> None:
        speech, forms = DEFAULT_LEXICON.speech_verbs, dict(DEFAULT_LEXICON.verb_forms)
        DEFAULT_LEXICON.with_cues(add={"harrumph"}, remove={"say"})
        assert DEFAULT_LEXICON.speech_verbs is speech
        assert dict(DEFAULT_LEXICON.verb_forms) == forms
        assert "harrumphed" not in DEFAULT_LEXICON.verb_forms
        assert "said" in DEFAULT_LEXICON.verb_forms

    def test_input_is_normalised(self) -> None:
        custom = DEFAULT_LEXICON.with_cues(add=[" Harrumph ", "", "  "])
        assert "harrumph" in custom.speech_verbs
        assert "" not in custom.speech_verbs

    @pytest.mark.parametrize("kind", ["speech", "cognition", "stance", "naming"])
    def test_kind_picks_the_verb_class(self, kind: str) -> None:
        custom = DEFAULT_LEXICON.with_cues(add={"harrumph"}, kind=kind)
        assert custom.verb_forms["harrumphs"] == ("harrumph", kind)

    def test_adjectives_of_stance(self) -> None:
        text = "The pilots were jubilant about the new roster."
        custom = DEFAULT_LEXICON.with_cues(add={"Jubilant"}, kind="adjective")
        assert "jubilant" in custom.stance_adjectives
        assert "jubilant" not in DEFAULT_LEXICON.stance_adjectives
        assert extract_quotes(text) == []
        [quote] = extract_quotes(text, lexicon=custom)
        assert (quote.text, quote.rule, quote.cue and quote.cue.text) == (
            "the new roster",
            "stance",
            "were jubilant about",
        )
        removed = DEFAULT_LEXICON.with_cues(remove={"wary"}, kind="adjective")
        assert extract_quotes("The pilots were wary of the roster.", lexicon=removed) == []

    def test_verbs_of_appearance_are_opt_in(self) -> None:
        text = "The ferry operator seemed ready to sell the line."
        assert DEFAULT_LEXICON.appearance_verbs == frozenset()
        assert extract_quotes(text) == []
        opted = DEFAULT_LEXICON.with_cues(add=reporting_verbs.APPEARANCE_VERBS, kind="appearance")
        [quote] = extract_quotes(text, lexicon=opted)
        assert quote.rule == "expected" and quote.speaker is None

    def test_verbs_of_appearance(self) -> None:
        text = "The ferry operator looked ready to sell the line."
        custom = DEFAULT_LEXICON.with_cues(add={"look"}, kind="appearance")
        assert {"look", "looks", "looked", "looking"} <= custom.appearance_forms
        assert "looked" not in DEFAULT_LEXICON.appearance_forms
        assert extract_quotes(text) == []
        [quote] = extract_quotes(text, lexicon=custom)
        assert quote.rule == "expected" and quote.speaker is None
        assert [p.text for p in quote.parts] == ["The ferry operator", "ready to sell the line"]

    def test_remove(self) -> None:
        custom = DEFAULT_LEXICON.with_cues(remove={"say"})
        assert "said" not in custom.verb_forms
        assert "told" in custom.verb_forms

    def test_no_change_is_equal(self) -> None:
        assert DEFAULT_LEXICON.with_cues() == DEFAULT_LEXICON

    def test_unknown_kind(self) -> None:
        with pytest.raises(ValueError, match="kind must be"):
            DEFAULT_LEXICON.with_cues(add={"harrumph"}, kind="grumbling")

    def test_a_single_string_is_refused(self) -> None:
        with pytest.raises(TypeError, match="single string"):
            DEFAULT_LEXICON.with_cues(add="harrumph")


class TestWithTitles:
    def test_returns_a_changed_copy_with_plurals(self) -> None:
        custom = DEFAULT_LEXICON.with_titles(add={"Quartermaster"})
        assert "quartermaster" in custom.role_nouns
        assert {"quartermaster", "quartermasters"} <= custom.role_words
        assert "quartermaster" not in DEFAULT_LEXICON.role_nouns
        assert "quartermasters" not in DEFAULT_LEXICON.role_words

    def test_remove(self) -> None:
        custom = DEFAULT_LEXICON.with_titles(remove={"ANALYST"})
        assert "analyst" not in custom.role_nouns
        assert "analysts" not in custom.role_words
        assert "analyst" in DEFAULT_LEXICON.role_nouns

    def test_chained_copies(self) -> None:
        custom = DEFAULT_LEXICON.with_cues(add={"harrumph"}).with_titles(add={"quartermaster"})
        assert "harrumphed" in custom.verb_forms
        assert "quartermaster" in custom.role_words


class TestExtractQuotesUsesTheLexicon:
    def test_custom_cue_only_with_the_custom_lexicon(self) -> None:
        # without the verb in the lexicon only the reporting frame credits the quote (its own
        # rule and confidence); with it, the lexicon's rule does
        [default] = extract_quotes(CUSTOM_CUE_TEXT)
        assert default.rule == "reporting_frame"
        [custom] = extract_quotes(CUSTOM_CUE_TEXT, lexicon=DEFAULT_LEXICON.with_cues(add={"harrumph"}))
        assert custom.rule == "cue_after_content"
        assert custom.speaker is not None
        assert custom.speaker.name == "Karl Becker"
        assert custom.cue is not None
        assert custom.cue.text == "harrumphed"

    def test_custom_cue_for_reported_speech(self) -> None:
        assert extract_quotes(CUSTOM_CUE_INDIRECT) == []
        [quote] = extract_quotes(CUSTOM_CUE_INDIRECT, lexicon=DEFAULT_LEXICON.with_cues(add={"harrumph"}))
        assert quote.text == "the tariff was a disgrace"

    def test_removed_cue_no_longer_attributes(self) -> None:
        text = '"The tariff is a disgrace," Karl Becker said.'
        assert extract_quotes(text)[0].speaker is not None
        [quote] = extract_quotes(text, lexicon=DEFAULT_LEXICON.with_cues(remove={"say"}))
        assert quote.speaker is None

    def test_custom_title(self) -> None:
        [default] = extract_quotes(CUSTOM_TITLE_TEXT)
        assert default.speaker is not None
        assert default.speaker.title is None
        [custom] = extract_quotes(CUSTOM_TITLE_TEXT, lexicon=DEFAULT_LEXICON.with_titles(add={"bailie"}))
        assert custom.speaker is not None
        assert (custom.speaker.name, custom.speaker.title) == ("Karl Becker", "bailie of the burgh")

    def test_removed_title(self) -> None:
        # (no employer after the noun: 'a market analyst at Nordbank' is a title by its frame, and
        # no gerund before it: 'a housing analyst' is a compound occupation whatever the lexicon)
        text = '"Buyers have run out of money," said Petra Lindqvist, a market analyst in Oslo.'
        expected = Speaker("Petra Lindqvist", "market analyst in Oslo", "person")
        assert extract_quotes(text)[0].speaker == expected
        [quote] = extract_quotes(text, lexicon=DEFAULT_LEXICON.with_titles(remove={"analyst"}))
        assert quote.speaker is not None
        assert quote.speaker.title is None

    def test_custom_quote_marks(self) -> None:
        text = "Karl Becker said: <<The tariff is a disgrace and we will fight it.>>"
        [default] = extract_quotes(text)
        assert default.kind is QuoteKind.INDIRECT  # '<<' is no quotation mark by default
        lexicon = attrs.evolve(DEFAULT_LEXICON, double_quotes={"<<": (">>",)})
        [quote] = extract_quotes(text, lexicon=lexicon)
        assert quote.kind is QuoteKind.DIRECT
        assert quote.text == "<<The tariff is a disgrace and we will fight it.>>"

    @pytest.mark.parametrize(
        "bad",
        [None, "DEFAULT_LEXICON", {"speech_verbs": ["say"]}, frozenset({"say"})],
        ids=["none", "str", "dict", "frozenset"],
    )
    def test_wrong_lexicon_type(self, bad: Any) -> None:
        with pytest.raises(TypeError, match=r"lexicon must be a quotex\.Lexicon"):
            extract_quotes(CUSTOM_CUE_TEXT, lexicon=bad)

    def test_source_prepositions_are_cues(self) -> None:
        [quote] = extract_quotes("Cargo volumes fell by a third last year, per the port authority.")
        assert quote.rule == "according_to"


class TestInflection:
    @pytest.mark.parametrize(
        ("lemma", "forms"),
        [
            ("admit", ("admit", "admits", "admitted", "admitting")),
            ("quip", ("quip", "quips", "quipped", "quipping")),
            ("warn", ("warn", "warns", "warned", "warning")),
            ("note", ("note", "notes", "noted", "noting")),
            ("deny", ("deny", "denies", "denied", "denying")),
            ("stress", ("stress", "stresses", "stressed", "stressing")),
            ("say", ("say", "says", "said", "saying")),
            ("tell", ("tell", "tells", "told", "telling")),
            ("vow", ("vow", "vows", "vowed", "vowing")),
        ],
        ids=[
            "doubling",
            "doubling_short",
            "regular",
            "silent_e",
            "consonant_y",
            "sibilant",
            "irregular_say",
            "irregular_tell",
            "vowel_w",
        ],
    )
    def test_inflect(self, lemma: str, forms: tuple[str, ...]) -> None:
        assert reporting_verbs.inflect(lemma) == forms

    @pytest.mark.parametrize(
        ("form", "lemma"), [("admitted", "admit"), ("admitting", "admit"), ("quipped", "quip")]
    )
    def test_default_lexicon_knows_doubled_forms(self, form: str, lemma: str) -> None:
        assert DEFAULT_LEXICON.verb_forms[form][0] == lemma

    def test_doubled_form_attributes(self) -> None:
        [quote] = extract_quotes('"We made mistakes," Karl Becker admitted.')
        assert quote.cue is not None
        assert quote.cue.text == "admitted"
        assert quote.speaker is not None
        assert quote.speaker.name == "Karl Becker"

    @pytest.mark.parametrize(
        ("lemma", "form"), [("brag", "bragged"), ("concur", "concurred"), ("dub", "dubbed")]
    )
    def test_doubling(self, lemma: str, form: str) -> None:
        assert form in reporting_verbs.inflect(lemma)
        assert form in DEFAULT_LEXICON.verb_forms

    def test_forms_maps_every_form_to_its_lemma(self) -> None:
        assert reporting_verbs.forms(["admit", "say"]) == {
            "admit": "admit",
            "admits": "admit",
            "admitted": "admit",
            "admitting": "admit",
            "say": "say",
            "says": "say",
            "said": "say",
            "saying": "say",
        }


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("envoy", "envoys"),
        ("spokesman", "spokesmen"),
        ("spokesperson", "spokespeople"),
        ("secretary", "secretaries"),
        ("boss", "bosses"),
        ("analyst", "analysts"),
    ],
)
def test_title_plural(noun: str, plural: str) -> None:
    assert titles.plural(noun) == plural


class TestLexiconValue:
    def test_is_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            DEFAULT_LEXICON.speech_verbs = frozenset()  # type: ignore[misc]

    @pytest.mark.parametrize(
        "field",
        [
            "speech_verbs",
            "cognition_verbs",
            "stance_verbs",
            "naming_verbs",
            "cue_nouns",
            "role_nouns",
            "ambiguous_role_nouns",
            "honorifics",
            "title_abbreviations",
            "organization_nouns",
            "group_source_nouns",
        ],
    )
    def test_word_sets_are_frozen_lower_case_words(self, field: str) -> None:
        words = getattr(DEFAULT_LEXICON, field)
        assert isinstance(words, frozenset)
        assert words
        assert all(w == w.strip().lower() and w for w in words)

    def test_converters_normalise_constructor_input(self) -> None:
        lexicon = attrs.evolve(DEFAULT_LEXICON, honorifics=["Dr", " Prof "], source_prepositions=["per"])
        assert lexicon.honorifics == frozenset({"dr", "prof"})
        assert lexicon.source_prepositions == ("per",)

    def test_default_quote_marks_come_from_the_data_module(self) -> None:
        assert dict(DEFAULT_LEXICON.double_quotes) == quote_marks.DOUBLE_QUOTE_PAIRS
        assert dict(DEFAULT_LEXICON.single_quotes) == quote_marks.SINGLE_QUOTE_PAIRS

    def test_honorifics_are_not_role_nouns(self) -> None:
        assert not (titles.HONORIFICS & titles.ROLE_NOUNS)


def test_role_words_have_the_british_spelling_of_izer_nouns() -> None:
    assert {"organiser", "organisers", "organizer"} <= DEFAULT_LEXICON.role_words
    without = DEFAULT_LEXICON.with_titles(remove={"organizer"})
    assert "organiser" not in without.role_words
    assert "sympathiser" in DEFAULT_LEXICON.with_titles(add={"sympathizer"}).role_words
