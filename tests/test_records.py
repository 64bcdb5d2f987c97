"""The public records: validators, immutability, ``attrs.evolve``, JSON layout, ``__all__``."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

import quotex
from quotex import Quote, QuoteKind, Span, Speaker

TEXT = '"We will not back down," said Maria Lopez, the union\'s president.'


def make_quote(**changes: Any) -> Quote:
    """A hand-built quote over :data:`TEXT`; *changes* override fields."""
    fields: dict[str, Any] = {
        "text": TEXT[0:24],
        "start": 0,
        "end": 24,
        "kind": QuoteKind.DIRECT,
        "parts": (Span.from_text(TEXT, 0, 24),),
        "speaker": Speaker("Maria Lopez", "union's president", "person"),
        "source": Span.from_text(TEXT, 30, 41),
        "cue": Span.from_text(TEXT, 25, 29),
        "confidence": 0.9,
        "rule": "cue_after_content",
    }
    fields.update(changes)
    return Quote(**fields)


EXAMPLE_DICT = {
    "text": '"We will not back down,"',
    "start": 0,
    "end": 24,
    "kind": "direct",
    "parts": [{"start": 0, "end": 24, "text": '"We will not back down,"'}],
    "speaker": {
        "name": "Maria Lopez",
        "title": "union's president",
        "kind": "person",
        "id": None,
        "titles": ["union's president"],
    },
    "source": {"start": 30, "end": 41, "text": "Maria Lopez"},
    "cue": {"start": 25, "end": 29, "text": "said"},
    "confidence": 0.9,
    "rule": "cue_after_content",
    "resolution": None,
}


class TestPublicSurface:
    def test_all_is_pinned(self) -> None:
        assert sorted(quotex.__all__) == [
            "DEFAULT_LEXICON",
            "Lexicon",
            "Quote",
            "QuoteKind",
            "Span",
            "Speaker",
            "__version__",
            "extract_quotes",
            "extract_quotes_batch",
            "render",
            "render_many",
        ]

    @pytest.mark.parametrize("name", quotex.__all__)
    def test_every_name_exists(self, name: str) -> None:
        assert hasattr(quotex, name)

    def test_version_is_a_string(self) -> None:
        assert isinstance(quotex.__version__, str)
        assert quotex.__version__


class TestSpan:
    def test_from_text_slices(self) -> None:
        span = Span.from_text("abcdef", 1, 4)
        assert (span.start, span.end, span.text) == (1, 4, "bcd")

    def test_empty_span_is_allowed(self) -> None:
        assert Span(3, 3, "").text == ""

    def test_end_before_start(self) -> None:
        with pytest.raises(ValueError, match="start <= end"):
            Span(5, 4, "")

    def test_negative_offset(self) -> None:
        with pytest.raises(ValueError, match=">= 0"):
            Span(-1, 2, "abc")

    def test_text_length_must_match_offsets(self) -> None:
        with pytest.raises(ValueError, match="characters"):
            Span(0, 5, "abc")

    @pytest.mark.parametrize("bad", [1.0, "1", None, True])
    def test_offsets_must_be_int(self, bad: object) -> None:
        with pytest.raises(TypeError, match="must be an int"):
            Span(bad, 3, "abc")  # type: ignore[arg-type]

    def test_text_must_be_str(self) -> None:
        with pytest.raises(TypeError):
            Span(0, 3, b"abc")  # type: ignore[arg-type]

    def test_frozen(self) -> None:
        span = Span(0, 1, "a")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            span.start = 1  # type: ignore[misc]

    def test_repr_is_small(self) -> None:
        assert repr(Span(0, 1, "a")) == "Span(0, 1, 'a')"

    def test_round_trip(self) -> None:
        span = Span(2, 5, "xyz")
        assert span.to_dict() == {"start": 2, "end": 5, "text": "xyz"}
        assert Span.from_dict(span.to_dict()) == span


class TestSpeaker:
    def test_defaults(self) -> None:
        assert Speaker("Ana Berg") == Speaker("Ana Berg", None, "person")

    def test_title_is_stripped_and_blank_is_none(self) -> None:
        assert Speaker("Ana Berg", "  mayor ").title == "mayor"
        assert Speaker("Ana Berg", "   ").title is None

    def test_title_must_be_str(self) -> None:
        with pytest.raises(TypeError):
            Speaker("Ana Berg", 3)

    def test_kind_values(self) -> None:
        for kind in ("person", "organization", "other"):
            assert Speaker("x", kind=kind).kind == kind
        with pytest.raises(ValueError, match="kind"):
            Speaker("x", kind="robot")

    def test_frozen_and_evolve(self) -> None:
        sp = Speaker("Ana Berg", "mayor")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            sp.name = "Tom"  # type: ignore[misc]
        changed = attrs.evolve(sp, title="former mayor")
        assert (sp.title, changed.title, changed.name) == ("mayor", "former mayor", "Ana Berg")

    def test_round_trip(self) -> None:
        sp = Speaker("Norway's fisheries ministry", None, "organization")
        assert Speaker.from_dict(sp.to_dict()) == sp

    def test_round_trip_keeps_id_and_every_title(self) -> None:
        sp = Speaker("Ana Berg", "mayor of Tromsø", "person", id="s3", titles=("mayor", "mayor of Tromsø"))
        back = Speaker.from_dict(json.loads(json.dumps(sp.to_dict())))
        assert (back, back.id, back.titles) == (sp, "s3", ("mayor", "mayor of Tromsø"))

    def test_titles_default_to_the_title(self) -> None:
        assert Speaker("Ana Berg", "mayor").titles == ("mayor",)
        assert Speaker("Ana Berg").titles == ()

    def test_a_title_missing_from_titles_joins_them_first(self) -> None:
        sp = attrs.evolve(Speaker("Ana Berg", "mayor"), title="former mayor")
        assert sp.titles == ("former mayor", "mayor")
        assert attrs.evolve(sp, title=None).titles == ()

    def test_titles_reject_a_single_string(self) -> None:
        with pytest.raises(TypeError, match="titles"):
            Speaker("Ana Berg", "mayor", titles="mayor")

    def test_id_is_not_part_of_equality(self) -> None:
        assert Speaker("Ana Berg", "mayor", id="s1") == Speaker("Ana Berg", "mayor", id="s2")

    def test_older_dicts_without_id_and_titles_still_load(self) -> None:
        sp = Speaker.from_dict({"name": "Ana Berg", "title": "mayor", "kind": "person"})
        assert (sp.id, sp.titles) == (None, ("mayor",))


class TestQuote:
    def test_hand_built_quote_slices_back(self) -> None:
        q = make_quote()
        assert TEXT[q.start : q.end] == q.text
        for span in (*q.parts, q.source, q.cue):
            assert span is not None
            assert TEXT[span.start : span.end] == span.text

    def test_end_before_start(self) -> None:
        with pytest.raises(ValueError, match="start <= end"):
            make_quote(start=24, end=0)

    def test_text_length_must_match_offsets(self) -> None:
        with pytest.raises(ValueError, match="characters"):
            make_quote(text="short")

    @pytest.mark.parametrize("confidence", [-0.01, 1.01, 2, float("nan")])
    def test_confidence_out_of_range(self, confidence: float) -> None:
        with pytest.raises(ValueError, match="confidence"):
            make_quote(confidence=confidence)

    @pytest.mark.parametrize("confidence", [0, 0.0, 0.5, 1, 1.0])
    def test_confidence_in_range_becomes_float(self, confidence: float) -> None:
        value = make_quote(confidence=confidence).confidence
        assert isinstance(value, float)
        assert value == confidence

    @pytest.mark.parametrize("kind", ["direct", "mixed", "indirect"])
    def test_kind_accepts_values(self, kind: str) -> None:
        assert make_quote(kind=kind).kind is QuoteKind(kind)

    def test_kind_rejects_unknown(self) -> None:
        with pytest.raises(ValueError):
            make_quote(kind="paraphrase")

    def test_kind_values_are_pinned(self) -> None:
        assert [k.value for k in QuoteKind] == ["direct", "mixed", "indirect"]
        assert str(QuoteKind.MIXED) == "mixed"

    def test_parts_required(self) -> None:
        with pytest.raises(ValueError, match="parts"):
            make_quote(parts=())

    def test_parts_must_cover_the_quote_ends(self) -> None:
        with pytest.raises(ValueError, match="parts"):
            make_quote(parts=(Span.from_text(TEXT, 1, 24),))

    def test_parts_converted_to_tuple(self) -> None:
        q = make_quote(parts=[Span.from_text(TEXT, 0, 24)])
        assert isinstance(q.parts, tuple)

    def test_frozen(self) -> None:
        q = make_quote()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            q.text = "x"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            q.speaker = None  # type: ignore[misc]

    def test_evolve_validates(self) -> None:
        q = make_quote()
        unattributed = attrs.evolve(q, speaker=None, source=None, cue=None, rule="unattributed")
        assert unattributed.speaker is None
        assert q.speaker is not None
        with pytest.raises(ValueError):
            attrs.evolve(q, confidence=3.0)

    def test_equal_and_hashable(self) -> None:
        assert make_quote() == make_quote()
        assert len({make_quote(), make_quote()}) == 1

    def test_repr_is_short(self) -> None:
        r = repr(make_quote())
        assert r.startswith("Quote(direct,")
        assert "Maria Lopez" in r
        long = make_quote(text=TEXT, end=len(TEXT), parts=(Span.from_text(TEXT, 0, len(TEXT)),))
        assert len(repr(long)) < 140


class TestJsonLayout:
    def test_to_dict_layout_is_pinned(self) -> None:
        assert make_quote().to_dict() == EXAMPLE_DICT

    def test_key_set_and_order(self) -> None:
        d = make_quote().to_dict()
        assert list(d) == [
            "text",
            "start",
            "end",
            "kind",
            "parts",
            "speaker",
            "source",
            "cue",
            "confidence",
            "rule",
            "resolution",
        ]
        assert list(d["speaker"]) == ["name", "title", "kind", "id", "titles"]
        assert list(d["parts"][0]) == list(d["source"]) == list(d["cue"]) == ["start", "end", "text"]

    def test_unattributed_layout(self) -> None:
        q = make_quote(speaker=None, source=None, cue=None, rule="unattributed", confidence=0.5)
        d = q.to_dict()
        assert (d["speaker"], d["source"], d["cue"], d["rule"]) == (None, None, None, "unattributed")

    @pytest.mark.parametrize(
        "q",
        [
            make_quote(),
            make_quote(speaker=None, source=None, cue=None, rule="unattributed"),
            make_quote(kind="mixed", speaker=Speaker("Brussels", None, "organization")),
            make_quote(
                speaker=Speaker(
                    "Maria Lopez", "union's president", id="s1", titles=("organiser", "union's president")
                ),
                resolution="apposition",
            ),
        ],
        ids=["attributed", "unattributed", "organization", "id-titles-resolution"],
    )
    def test_exact_round_trip(self, q: Quote) -> None:
        d = q.to_dict()
        assert Quote.from_dict(d) == q
        assert Quote.from_dict(json.loads(json.dumps(d))) == q
        assert Quote.from_dict(d).to_dict() == d

    def test_to_dict_is_json_ready(self) -> None:
        assert json.loads(json.dumps(make_quote().to_dict())) == EXAMPLE_DICT

    def test_from_dict_validates(self) -> None:
        bad = dict(EXAMPLE_DICT, end=23)
        with pytest.raises(ValueError):
            Quote.from_dict(bad)

    def test_extracted_quotes_round_trip(self) -> None:
        quotes = quotex.extract_quotes(TEXT)
        assert quotes
        for q in quotes:
            assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q


class TestTrustedConstructors:
    """The pipeline builds its records without re-running validators (valid by construction):
    the records it makes must be the ones the validating constructors make."""

    def test_trusted_span_equals_span(self) -> None:
        from quotex.records import trusted_span

        made = trusted_span(30, 41, TEXT[30:41])
        assert made == Span.from_text(TEXT, 30, 41)
        assert hash(made) == hash(Span(30, 41, TEXT[30:41]))

    def test_trusted_quote_equals_quote(self) -> None:
        from quotex.records import trusted_quote

        quote = make_quote()
        fields = attrs.asdict(quote, recurse=False)
        made = trusted_quote(fields.pop("text"), fields.pop("start"), fields.pop("end"), **fields)
        assert made == quote
        assert made.kind is QuoteKind.DIRECT

    def test_pipeline_records_pass_the_validators(self) -> None:
        text = (
            'Ana Berg, a ferry pilot, said the pier would reopen.\n\n"We are ready," she said. '
            '"The tides are not."'
        )
        quotes = quotex.extract_quotes(text)
        assert quotes
        for q in quotes:
            rebuilt = Quote(**attrs.asdict(q, recurse=False))  # (runs every validator)
            assert rebuilt == q
            for part in q.parts:
                assert Span(part.start, part.end, part.text) == part
