"""Readers of quotex.evaluation.corpus: the brat fixture in fixtures/brat, JSONL gold and prediction files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotex.evaluation import Annotation, GoldDocument, Spans, evaluate
from quotex.evaluation.corpus import (
    parse_brat,
    prediction_to_json,
    read_brat_folder,
    read_gold,
    read_jsonl_gold,
    read_predictions,
)
from quotex.records import QuoteKind

BRAT = Path(__file__).parents[1] / "fixtures" / "brat"


def texts(doc: GoldDocument, spans: Spans) -> list[str]:
    return [doc.text[s:e] for s, e in spans]


@pytest.fixture(scope="module")
def docs() -> dict[str, GoldDocument]:
    return {d.id: d for d in read_brat_folder(BRAT)}


class TestFixture:
    def test_documents_sorted_by_name(self, docs: dict[str, GoldDocument]) -> None:
        assert list(docs) == ["bus_lanes", "coastal_fog", "school_board"]
        assert docs["coastal_fog"].annotations == ()

    def test_source_cue_content_and_kind(self, docs: dict[str, GoldDocument]) -> None:
        doc = docs["bus_lanes"]
        first, _, last = doc.annotations
        assert texts(doc, first.content) == ['"This is the cheapest way to get people moving,"']
        assert texts(doc, first.source) == ["Dana Whitfield"] and texts(doc, first.cue) == ["said"]
        assert first.kind == QuoteKind.DIRECT and first.id == "E1"
        assert texts(doc, last.source) == ["Omar Haddad"] and last.kind == QuoteKind.INDIRECT

    def test_discontinuous_span(self, docs: dict[str, GoldDocument]) -> None:
        doc = docs["bus_lanes"]
        split = doc.annotations[1]
        assert texts(doc, split.content) == ['"It will not fix everything,"', '"but it is a start."']
        assert texts(doc, split.source) == ["she"]

    def test_extra_labels_relations_attributes_and_notes_are_ignored(
        self, docs: dict[str, GoldDocument]
    ) -> None:
        # Location (bus_lanes), Sentiment and an Opinion event (school_board) add nothing
        assert len(docs["bus_lanes"].annotations) == 3
        assert [a.id for a in docs["school_board"].annotations] == ["E1", "E2", "E3", "E4", "E5"]

    def test_content2_merges_and_crosses_a_line_break(self, docs: dict[str, GoldDocument]) -> None:
        doc = docs["school_board"]
        quote = doc.annotations[3]
        assert texts(doc, quote.content) == [
            '"We have heard from hundreds of parents,"',
            '"Most of them want this.\n"But the bus contracts make it hard to move quickly."',
        ]
        assert quote.kind == QuoteKind.DIRECT

    def test_no_source_event_mixed_kind_and_shared_source(self, docs: dict[str, GoldDocument]) -> None:
        doc = docs["school_board"]
        according, called, said, _, believed = doc.annotations
        assert texts(doc, according.cue) == ["according to"]
        assert called.kind == QuoteKind.MIXED and called.source == said.source
        assert believed.source == () and texts(doc, believed.cue) == ["is believed"]
        assert texts(doc, believed.content) == ["The change", "to cost about $2 million a year"]

    def test_discard_regions(self, docs: dict[str, GoldDocument]) -> None:
        doc = docs["school_board"]
        assert texts(doc, doc.discard) == ["Follow the Harbor Ledger on social media for updates."]

    def test_perfect_predictions_score_one(self, docs: dict[str, GoldDocument]) -> None:
        result = evaluate(docs.values(), {d.id: list(d.annotations) for d in docs.values()})
        for metric in ("content_exact", "source_exact", "cue_exact", "quote@0.8", "e2e"):
            assert result.total.prf("all", metric).f1 == 1.0, metric
        assert result.total.stats["gold:all"] == 8


class TestParseBrat:
    TEXT = 'Lina Park said "we are ready."\n'

    def test_minimal(self) -> None:
        ann = 'T1\tSource 0 9\tLina Park\nT2\tCue 10 14\tsaid\nT3\tContent 15 30\t"we are ready."\n'
        ann += "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        [a] = parse_brat("d", self.TEXT, ann).annotations
        assert a == Annotation(((15, 30),), ((0, 9),), ((10, 14),), kind="direct", id="E1")

    def test_event_without_content_is_dropped(self) -> None:
        ann = "T1\tSource 0 9\tLina Park\nE1\tAttribution:T1 Source:T1\n"
        assert parse_brat("d", self.TEXT, ann).annotations == ()

    @pytest.mark.parametrize(
        ("ann", "message"),
        [
            ("T1\tContent 0 9\tsomething else\n", "annotation says"),
            ("T1\tContent 0 99\tLina\n", "outside the text"),
            ("T1\tContent zero nine\tLina\n", "bad offsets"),
            ("T1\tCue 10 14\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n", "names no text-bound"),
        ],
        ids=["text-mismatch", "out-of-range", "bad-offsets", "unknown-entity"],
    )
    def test_errors_name_the_record(self, ann: str, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            parse_brat("d", self.TEXT, ann)


class TestFolders:
    def test_crlf_text_keeps_its_offsets(self, tmp_path: Path) -> None:
        text = 'Headline\r\n\r\nLina Park said "we are ready."\r\n'
        start = text.index('"we')
        (tmp_path / "d.txt").write_bytes(text.encode())
        ann = f'T1\tContent {start} {start + 15}\t"we are ready."\r\nE1\tAttribution:T1 Content:T1\r\n'
        (tmp_path / "d.ann").write_bytes(ann.encode())  # an .ann saved with Windows line endings too
        [doc] = read_gold(tmp_path)
        assert doc.text == text and texts(doc, doc.annotations[0].content) == ['"we are ready."']

    def test_missing_ann_and_empty_folder(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match=r"no brat \.txt files"):
            read_brat_folder(tmp_path)
        (tmp_path / "d.txt").write_text("text", encoding="utf-8")
        with pytest.raises(ValueError, match=r"has no d\.ann"):
            read_brat_folder(tmp_path)


def test_jsonl_gold(tmp_path: Path) -> None:
    line = {
        "id": "a1",
        "text": 'Kim said "yes."',
        "discard": [],
        "attributions": [
            {"id": "E1", "source": [[0, 3]], "cue": [[4, 8]], "content": [[9, 15]], "kind": "direct"}
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    [doc] = read_gold(path)
    assert doc == read_jsonl_gold(path)[0]
    assert doc.annotations == (Annotation([(9, 15)], [(0, 3)], [(4, 8)], kind="direct", id="E1"),)
    path.write_text((json.dumps(line) + "\n") * 2, encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate id"):
        read_gold(path)


class TestPredictions:
    def test_scorer_format_flat_pairs_and_quote_dicts(self, tmp_path: Path) -> None:
        lines = [
            {"id": "a", "quotes": [{"content": [[9, 15]], "source": [0, 3], "cue": [], "speaker": "Kim"}]},
            {"id": "b", "attributions": [{"content": [9, 15], "source": None}]},
            {
                "id": "c",
                "quotes": [
                    {
                        "parts": [
                            {"start": 9, "end": 12, "text": "..."},
                            {"start": 13, "end": 15, "text": ".."},
                        ],
                        "source": {"start": 0, "end": 3, "text": "Kim"},
                        "cue": None,
                        "speaker": {"name": "Kim Lee", "title": None, "kind": "person"},
                    }
                ],
            },
        ]
        path = tmp_path / "pred.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        preds = read_predictions(path)
        assert preds["a"] == [Annotation([(9, 15)], [(0, 3)], speaker="Kim")]
        assert preds["b"] == [Annotation([(9, 15)])]
        assert preds["c"] == [Annotation([(9, 12), (13, 15)], [(0, 3)], speaker="Kim Lee")]

    def test_round_trip(self, tmp_path: Path) -> None:
        ann = Annotation([(9, 12), (13, 15)], [(0, 3)], [(4, 8)], speaker="Kim")
        path = tmp_path / "pred.jsonl"
        path.write_text(json.dumps(prediction_to_json("a", [ann])) + "\n", encoding="utf-8")
        assert read_predictions(path) == {"a": [ann]}

    def test_bad_span_and_missing_id(self, tmp_path: Path) -> None:
        path = tmp_path / "pred.jsonl"
        path.write_text('{"id": "a", "quotes": [{"content": [[1, 2, 3]]}]}\n', encoding="utf-8")
        with pytest.raises(ValueError, match="bad span"):
            read_predictions(path)
        path.write_text('{"quotes": []}\n', encoding="utf-8")
        with pytest.raises(ValueError, match="'id'"):
            read_predictions(path)
