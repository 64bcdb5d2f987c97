"""Metric values of quotex.evaluation on hand-made cases (no corpus needed)."""

from __future__ import annotations

import math

import pytest

from quotex.evaluation import (
    GROUPS,
    METRICS,
    Accuracy,
    Annotation,
    GoldDocument,
    Scores,
    content_kind,
    evaluate,
    normalise_spans,
    score_document,
)
from quotex.records import Quote, QuoteKind, Span, Speaker

# Gold A (direct):   "one two three four five."  22 non-space characters, source Kim, cue said
# Gold B (indirect): six seven eight              13 non-space characters, source Lee, cue said
TEXT = 'Kim said "one two three four five." Lee said that six seven eight.'


def at(sub: str, text: str = TEXT) -> tuple[tuple[int, int]]:
    """The span of the first *sub* in *text*."""
    start = text.index(sub)
    return ((start, start + len(sub)),)


def kim() -> tuple[tuple[int, int]]:
    return at("Kim")


GOLD_A = Annotation(at('"one two three four five."'), kim(), at("said"), id="A")
GOLD_B = Annotation(at("six seven eight"), at("Lee"), ((TEXT.index("said", 20), TEXT.index("said", 20) + 4),))
DOC = GoldDocument("d1", TEXT, [GOLD_A, GOLD_B])

# P1: A without its marks (19 of 22 chars), right source.  P2: 8 of B's 13 chars, wrong source.
# P3: "Lee said", no gold content there (7 chars).
P1 = Annotation(at("one two three four five"), kim(), at("said"))
P2 = Annotation(at("six seven"), kim())
P3 = Annotation(at("Lee said"))


def scores(*preds: Annotation, doc: GoldDocument = DOC, **kw: bool) -> Scores:
    return evaluate([doc], {doc.id: list(preds)}, **kw).total


def prf(s: Scores, metric: str, group: str = "all") -> tuple[float, float]:
    r = s.prf(group, metric)
    return r.precision, r.recall


class TestHandMadeDocument:
    """Every metric on one document with three predictions, values worked out by hand."""

    s = scores(P1, P2, P3)

    def test_ggt_matching(self) -> None:
        assert prf(self.s, "quote@0.3") == (2 / 3, 1.0)  # P1-A (19/22), P2-B (8/13)
        assert prf(self.s, "quote@0.8") == (1 / 3, 1 / 2)  # 8/13 = .62 is under .8
        assert self.s.accuracy("all", "speaker@0.3").value == 1 / 2  # P2 names Kim for B
        assert self.s.accuracy("all", "speaker@0.8").value == 1.0

    def test_end_to_end(self) -> None:
        assert prf(self.s, "content@0.5L") == (2 / 3, 1.0)
        assert prf(self.s, "e2e") == (1 / 3, 1 / 2)
        e2e = self.s.prf("all", "e2e")
        assert math.isclose(e2e.f1, 2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))

    def test_citron_exact(self) -> None:
        assert prf(self.s, "content_exact") == (0.0, 0.0)
        # P1's Kim matches A (their contents overlap); P2's Kim does not, its content is B's
        assert prf(self.s, "source_exact") == (1 / 2, 1 / 2)
        assert prf(self.s, "cue_exact") == (1.0, 1 / 2)

    def test_citron_overlap_counts_non_space_characters(self) -> None:
        assert prf(self.s, "content_overlap") == (27 / 34, 27 / 35)

    def test_per_kind(self) -> None:
        # P1 takes A's kind (direct); P2 takes B's (indirect); P3 keeps its own (indirect)
        assert self.s.stats["pred:direct"] == 1 and self.s.stats["pred:indirect"] == 2
        assert prf(self.s, "e2e", "direct") == (1.0, 1.0)
        assert prf(self.s, "e2e", "indirect") == (0.0, 0.0)
        assert prf(self.s, "quote@0.3", "indirect") == (1 / 2, 1.0)
        assert prf(self.s, "content_overlap", "direct") == (1.0, 19 / 22)
        assert prf(self.s, "content_overlap", "indirect") == (8 / 15, 8 / 13)
        assert self.s.prf("mixed", "e2e").n_gold == 0 and self.s.prf("mixed", "e2e").f1 == 0.0


def test_perfect_predictions_score_one_everywhere() -> None:
    s = scores(GOLD_A, GOLD_B)
    for group in ("all", "direct", "indirect"):
        for metric in METRICS:
            r = s.result(group, metric)
            values = [r.value] if isinstance(r, Accuracy) else [r.precision, r.recall, r.f1]
            assert values == [1.0] * len(values), (group, metric)


def test_no_predictions_score_zero() -> None:
    s = scores()
    for metric in METRICS:
        if not metric.startswith("speaker"):
            assert s.prf("all", metric).recall == 0.0 and s.prf("all", metric).f1 == 0.0
    assert s.prf("all", "e2e").n_gold == 2


class TestNormalisation:
    def test_trims_sorts_and_merges(self) -> None:
        assert normalise_spans([(4, 10), (0, 3)], "abc def ghij") == ((0, 10),)
        assert normalise_spans([(0, 5)], "  ab  ") == ((2, 4),)
        assert normalise_spans([(0, 2), (1, 4)], "abcdef") == ((0, 4),)
        assert normalise_spans([(0, 1), (2, 3)], "a,b") == ((0, 1), (2, 3))
        assert normalise_spans([(1, 1), (0, 1)], " ") == ()

    def test_rejects_spans_outside_the_text(self) -> None:
        with pytest.raises(ValueError, match="outside the text"):
            normalise_spans([(3, 9)], "short")

    def test_fragments_split_at_whitespace_match_one_span_exactly(self) -> None:
        start = TEXT.index('"one')
        split = Annotation([(start, start + 8), (start + 9, start + 26)], kim(), at("said"))
        s = scores(split, GOLD_B)
        assert prf(s, "content_exact") == (1.0, 1.0)

    def test_whitespace_around_spans_is_ignored(self) -> None:
        start, end = at("Kim said")[0]
        padded = Annotation(at('"one two three four five."'), [(start, end - 5)], [(start + 3, end)])
        s = scores(padded)
        assert prf(s, "source_exact") == (1.0, 1 / 2)
        assert prf(s, "cue_exact") == (1.0, 1 / 2)


class TestGGTMatching:
    def test_threshold_is_strict(self) -> None:
        text = "Ann said abcdefghij."  # gold: the 10 letters
        start = text.index("abc")
        doc = GoldDocument("t", text, [Annotation([(start, start + 10)], [(0, 3)])])
        three = Annotation([(start, start + 3)], [(0, 3)])  # exactly 30%
        four = Annotation([(start, start + 4)], [(0, 3)])
        assert scores(three, doc=doc).prf("all", "quote@0.3").tp_gold == 0
        assert scores(four, doc=doc).prf("all", "quote@0.3").tp_gold == 1

    def test_each_prediction_matches_one_gold_in_document_order(self) -> None:
        text = "Ann said aaaa bbbb."
        a, b = text.index("aaaa"), text.index("bbbb")
        doc = GoldDocument("t", text, [Annotation([(b, b + 4)]), Annotation([(a, a + 4)])])
        both = Annotation([(a, b + 4)])
        s = scores(both, doc=doc)
        assert prf(s, "quote@0.3") == (1.0, 1 / 2)
        # e2e needs half of the longer one: 4 of 8 characters is enough, but only once
        assert prf(s, "e2e") == (1.0, 1 / 2)

    def test_empty_sources_agree_and_a_missing_source_is_wrong(self) -> None:
        text = '"Rain is coming," the forecast said.'
        quote = at('"Rain is coming,"', text)
        doc = GoldDocument("t", text, [Annotation(quote)])
        assert scores(Annotation(quote), doc=doc).accuracy("all", "speaker@0.3").value == 1.0
        named = Annotation(quote, at("forecast", text))
        assert scores(named, doc=doc).accuracy("all", "speaker@0.3").value == 0.0


def test_e2e_rejects_a_prediction_more_than_twice_too_long() -> None:
    whole = Annotation([(0, len(TEXT))], kim())
    s = scores(whole)
    assert s.prf("all", "e2e").tp_pred == 0
    assert s.prf("all", "quote@0.3").tp_pred == 1  # GGT only asks how much of the gold is covered


class TestDroppedPredictions:
    def test_whitespace_only_content_is_invalid(self) -> None:
        s = scores(Annotation([(3, 4)]), P1)
        assert s.stats["pred_invalid_no_content"] == 1 and s.stats["pred:all"] == 1

    def test_predictions_mostly_in_discard_are_ignored_unless_kept(self) -> None:
        text = 'Mayor Ruiz said "we are ready." Follow us for "more news today".'
        discard = at('Follow us for "more news today".', text)
        doc = GoldDocument("t", text, [Annotation(at('"we are ready."', text))], discard=discard)
        boiler = Annotation(at('ready." Follow', text))  # 6 of its 13 characters in Discard: kept
        mostly = Annotation(at('us for "more news', text))
        assert scores(boiler, doc=doc).stats["pred:all"] == 1
        s = scores(mostly, doc=doc)
        assert s.stats["pred_ignored_in_discard"] == 1 and s.stats.get("pred:all", 0) == 0
        assert scores(mostly, doc=doc, keep_discard=True).stats["pred:all"] == 1


class TestCorpus:
    def test_missing_documents_count_as_empty(self) -> None:
        other = GoldDocument("d2", TEXT, [GOLD_A])
        result = evaluate([DOC, other], {"d1": [GOLD_A, GOLD_B]})
        assert result.total.stats["articles"] == 2
        assert result.total.stats["articles_without_prediction_line"] == 1
        assert prf(result.total, "e2e") == (1.0, 2 / 3)
        only = evaluate([DOC, other], {"d1": [GOLD_A, GOLD_B]}, only_predicted=True)
        assert prf(only.total, "e2e") == (1.0, 1.0)

    def test_unknown_ids_are_an_error(self) -> None:
        with pytest.raises(ValueError, match="not in the gold data"):
            evaluate([DOC], {"nope": []})

    def test_totals_add_documents_up(self) -> None:
        one = score_document(DOC, [P1, P2, P3]).scores
        total = Scores.total([one, one])
        assert total.prf("all", "e2e").n_pred == 6 and total.prf("all", "e2e").precision == 1 / 3
        assert total.stats["articles"] == 2

    def test_to_dict_has_the_shared_scorer_layout(self) -> None:
        d = scores(P1).to_dict()
        assert set(d) == {"counts", "results"}
        assert set(d["results"]) == set(GROUPS) and set(d["results"]["all"]) == set(METRICS)
        assert set(d["results"]["all"]["e2e"]) == {"p", "r", "f1", "tp_pred", "n_pred", "tp_gold", "n_gold"}
        assert d["results"]["all"]["speaker@0.3"] == {"acc": 1.0, "correct": 1, "n": 1}
        assert d["counts"]["gold"] == {"all": 2, "direct": 1, "mixed": 0, "indirect": 1}


class TestErrors:
    result = evaluate([DOC], {"d1": [P2, P3]})

    def test_reasons(self) -> None:
        misses = self.result.worst("miss", 5)
        alarms = self.result.worst("false alarm", 5)
        assert [(e.reason, e.annotation.id) for e in misses] == [("not found", "A"), ("wrong source", "")]
        assert [e.reason for e in alarms] == ["no gold", "wrong source"]
        assert misses[1].counterpart is not None and misses[1].counterpart.content == P2.content
        assert misses[1].score == 8 / 13 and misses[1].size == 13

    def test_boundary(self) -> None:
        text = "Ann said abcdefghij."
        start = text.index("abc")
        doc = GoldDocument("t", text, [Annotation([(start, start + 10)])])
        four = Annotation([(start, start + 4)])  # 40%: found by GGT, under half for content@0.5L
        [case] = evaluate([doc], {"t": [four]}).worst("miss", 5)
        assert (case.reason, case.score) == ("boundary", 0.4)
        [alarm] = evaluate([doc], {"t": [four]}).worst("false alarm", 5)
        assert alarm.reason == "boundary" and alarm.counterpart is not None

    def test_worst_first_and_limited(self) -> None:
        assert len(self.result.worst("miss", 1)) == 1
        assert self.result.worst("miss", 1)[0].reason == "not found"


class TestContentKind:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ('"The rent is too high,"', "direct"),
            ("that “the rent is too high.”", "direct"),
            ("''Nobody asked us,''", "direct"),
            ("“We kept going.\n\n“And we finished.”", "direct"),
            ("the rent is too high,” she said", "mixed"),
            ("the mayor called it “a bad deal”", "mixed"),
            ("a “quick fix“ for the pipes", "mixed"),
            ("rents would rise", "indirect"),
            ("the tenants’ ‘Fair Rent’ campaign", "indirect"),
            ("", "indirect"),
        ],
    )
    def test_rule(self, text: str, kind: str) -> None:
        assert content_kind(text) == QuoteKind(kind)


def test_annotation_from_quote() -> None:
    text = '"We are ready," Mayor Ruiz said, "and we are waiting."'
    a, b = Span.from_text(text, 0, 15), Span.from_text(text, 33, 54)
    quote = Quote(
        text=text[0:54],
        start=0,
        end=54,
        kind="direct",
        parts=(a, b),
        speaker=Speaker("Ana Ruiz", "Mayor"),
        source=Span.from_text(text, 16, 26),
        cue=Span.from_text(text, 27, 31),
    )
    ann = Annotation.from_quote(quote)
    assert ann.content == ((0, 15), (33, 54))
    assert ann.source == ((16, 26),) and ann.cue == ((27, 31),) and ann.speaker == "Ana Ruiz"
    bare = Annotation.from_quote(Quote(text=text[0:15], start=0, end=15, kind="direct", parts=(a,)))
    assert bare.source == () and bare.cue == () and bare.speaker is None
