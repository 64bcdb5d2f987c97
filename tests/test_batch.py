"""extract_quotes_batch (quotex/batch.py): order, contexts, laziness, processes, spaCy pipelines."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import quotex.batch
from quotex import DEFAULT_LEXICON, Quote, extract_quotes, extract_quotes_batch
from quotex.batch import Failure, chunks_ahead, iter_outcomes

TEXTS = [
    '"We will not back down," said Maria Lopez, the union\'s president.',
    "The strike entered its third day.",
    '"Prices will rise," said Northwind Traders.',
    "",
    'Bob Smith said: "We are ready."',
    '"Taxes are too high," kvetched Maria Lopez.',
]


@Language.component("quotex_test_batch_org_ner")
def _org_ner(doc: Doc) -> Doc:
    """A stand-in NER: marks "Northwind Traders" as an ORG."""
    start = doc.text.find("Northwind Traders")
    if start >= 0:
        span = doc.char_span(start, start + len("Northwind Traders"), label="ORG")
        assert span is not None
        doc.ents = [span]
    return doc


class _Counted:
    """An iterator over *items* that counts how many were taken."""

    def __init__(self, items: Iterator[str]) -> None:
        self.items = items
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for item in self.items:
            self.taken += 1
            yield item


class TestOneProcess:
    def test_same_results_in_input_order(self) -> None:
        assert list(extract_quotes_batch(TEXTS)) == [extract_quotes(t) for t in TEXTS]

    def test_tuples_carry_their_context(self) -> None:
        pairs = [(t, {"id": i}) for i, t in enumerate(TEXTS)]
        results = list(extract_quotes_batch(pairs))
        assert [c for _, c in results] == [{"id": i} for i in range(len(TEXTS))]
        assert [q for q, _ in results] == [extract_quotes(t) for t in TEXTS]

    def test_returns_an_iterator(self) -> None:
        results = extract_quotes_batch(iter(TEXTS))
        assert iter(results) is results
        assert next(results) == extract_quotes(TEXTS[0])

    def test_reads_the_input_lazily(self) -> None:
        source = _Counted(itertools.cycle(TEXTS))  # endless
        results = extract_quotes_batch(source)
        first = [next(results) for _ in range(3)]
        assert first == [extract_quotes(t) for t in TEXTS[:3]]
        assert source.taken <= 4

    def test_empty_input(self) -> None:
        assert list(extract_quotes_batch([])) == []

    def test_a_custom_lexicon_is_used(self) -> None:
        lexicon = DEFAULT_LEXICON.with_cues(add=["kvetch"])
        assert list(extract_quotes_batch(TEXTS, lexicon=lexicon)) == [
            extract_quotes(t, lexicon=lexicon) for t in TEXTS
        ]


class TestProcesses:
    def test_two_processes_give_the_same_results_in_order(self) -> None:
        texts = TEXTS * 5
        pairs = [(t, i) for i, t in enumerate(texts)]
        results = list(extract_quotes_batch(pairs, n_process=2, batch_size=2))
        assert [c for _, c in results] == list(range(len(texts)))
        assert [q for q, _ in results] == [extract_quotes(t) for t in texts]

    def test_spawned_workers(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(quotex.batch, "start_method", lambda: "spawn")
        lexicon = DEFAULT_LEXICON.with_cues(add=["kvetch"])
        texts = TEXTS * 3
        results = list(extract_quotes_batch(texts, lexicon=lexicon, n_process=2, batch_size=1))
        assert results == [extract_quotes(t, lexicon=lexicon) for t in texts]

    def test_one_process_per_cpu(self) -> None:
        assert list(extract_quotes_batch(TEXTS, n_process=-1, batch_size=1)) == [
            extract_quotes(t) for t in TEXTS
        ]

    def test_start_method(self) -> None:
        assert quotex.batch.start_method() in {"fork", "spawn"}

    def test_workers_get_a_custom_lexicon(self) -> None:
        lexicon = DEFAULT_LEXICON.with_cues(add=["kvetch"])
        results = list(extract_quotes_batch(TEXTS, lexicon=lexicon, n_process=2, batch_size=1))
        assert results == [extract_quotes(t, lexicon=lexicon) for t in TEXTS]

    def test_reads_a_bounded_number_of_chunks_ahead(self) -> None:
        source = _Counted(itertools.cycle(TEXTS))  # endless: must not be read to the end
        results = extract_quotes_batch(source, n_process=2, batch_size=3)
        assert next(results) == extract_quotes(TEXTS[0])
        assert source.taken <= 3 * (chunks_ahead(2) + 1)
        results.close()  # stops the workers

    def test_results_stay_in_order_when_this_process_does_chunks_too(self) -> None:
        # batch_size=1 and many texts: the workers are fed, so this process does chunks as well.
        texts = TEXTS * 20
        assert list(extract_quotes_batch(texts, n_process=2, batch_size=1)) == [
            extract_quotes(t) for t in texts
        ]

    def test_an_error_in_a_chunk_done_here_is_raised(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def broken_here(text: str, **kwargs: object) -> list[Quote]:
            raise RuntimeError("engine bug")

        # Only this process is patched: chunks done here fail, chunks sent to the worker do not.
        monkeypatch.setattr(quotex.batch, "extract_quotes", broken_here)
        results = extract_quotes_batch(TEXTS * 20, n_process=2, batch_size=1)
        with pytest.raises(RuntimeError, match="engine bug"):
            for _ in results:
                pass


class TestWithNlp:
    def test_runs_the_pipeline_and_uses_its_annotation(self) -> None:
        nlp = spacy.blank("en")
        nlp.add_pipe("quotex_test_batch_org_ner")
        results = list(extract_quotes_batch(TEXTS, nlp=nlp))
        assert results == [extract_quotes(nlp(t)) for t in TEXTS]
        [northwind] = results[2]
        assert northwind.speaker is not None
        assert northwind.speaker.kind == "organization"

    def test_tuples_and_two_processes(self) -> None:
        nlp = spacy.blank("en")
        results = list(extract_quotes_batch([(t, i) for i, t in enumerate(TEXTS)], nlp=nlp, n_process=2))
        assert [c for _, c in results] == list(range(len(TEXTS)))
        assert [q for q, _ in results] == [extract_quotes(nlp(t)) for t in TEXTS]


class TestArguments:
    @pytest.mark.parametrize("n_process", [0, -2, 1.5, True])
    def test_bad_n_process_is_rejected_at_call_time(self, n_process: object) -> None:
        with pytest.raises(ValueError, match="n_process"):
            extract_quotes_batch(TEXTS, n_process=n_process)  # type: ignore[call-overload]

    @pytest.mark.parametrize("batch_size", [0, -1, "8"])
    def test_bad_batch_size_is_rejected_at_call_time(self, batch_size: object) -> None:
        with pytest.raises(ValueError, match="batch_size"):
            extract_quotes_batch(TEXTS, batch_size=batch_size)  # type: ignore[call-overload]

    def test_a_lexicon_of_the_wrong_type_is_rejected(self) -> None:
        with pytest.raises(TypeError, match="Lexicon"):
            extract_quotes_batch(TEXTS, lexicon={"said"})  # type: ignore[call-overload]

    def test_a_str_after_tuples_names_the_item(self) -> None:
        with pytest.raises(TypeError, match="item 1"):
            list(extract_quotes_batch([("a", 1), "b"]))  # type: ignore[list-item]

    def test_bytes_are_rejected_with_advice(self) -> None:
        with pytest.raises(TypeError, match="str"):
            list(extract_quotes_batch(["a", b"b"]))  # type: ignore[list-item]


class TestKeepGoing:
    def test_a_failing_text_becomes_a_failure_and_the_rest_goes_on(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def flaky(text: str, **kwargs: object) -> list[Quote]:
            if text == "boom":
                raise RuntimeError("engine bug")
            return extract_quotes(text)

        monkeypatch.setattr(quotex.batch, "extract_quotes", flaky)
        outcomes = list(iter_outcomes([(TEXTS[0], 0), ("boom", 1), (TEXTS[2], 2)], keep_going=True))
        assert outcomes[1] == (Failure("RuntimeError: engine bug"), 1)
        assert outcomes[0] == (extract_quotes(TEXTS[0]), 0)
        assert outcomes[2] == (extract_quotes(TEXTS[2]), 2)

    def test_without_keep_going_the_error_propagates(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def broken(text: str, **kwargs: object) -> list[Quote]:
            raise RuntimeError("engine bug")

        monkeypatch.setattr(quotex.batch, "extract_quotes", broken)
        with pytest.raises(RuntimeError, match="engine bug"):
            list(extract_quotes_batch(TEXTS))


def test_exported_from_the_package() -> None:
    assert "extract_quotes_batch" in quotex.__all__
    assert quotex.extract_quotes_batch is extract_quotes_batch
