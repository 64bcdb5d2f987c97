"""The spaCy adapter (quotex/spacy_component.py), on blank and hand-built pipelines, no model."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

import quotex.spacy_component  # registers the factory without needing the installed entry point
from quotex import DEFAULT_LEXICON, Quote, extract_quotes
from quotex.spacy_component import QuotexComponent, register_extension

ROOT = Path(__file__).resolve().parent.parent
ENTRY_POINT = "quotex.spacy_component:make_quotex"
TEXT = '"We will not back down," said Maria Lopez, the union\'s president.'
ORG_TEXT = '"Prices will rise," said Northwind Traders.'


@Language.component("quotex_test_org_ner")
def _org_ner(doc: Doc) -> Doc:
    """A stand-in NER: marks "Northwind Traders" as an ORG."""
    start = doc.text.find("Northwind Traders")
    if start >= 0:
        span = doc.char_span(start, start + len("Northwind Traders"), label="ORG")
        assert span is not None
        doc.ents = [span]
    return doc


@pytest.fixture
def extension(request: pytest.FixtureRequest) -> Iterator[str]:
    """A Doc extension name unique to the test, removed afterwards."""
    name = "quotex_test_" + request.node.name.replace("[", "_").replace("]", "").replace("-", "_")
    yield name
    if Doc.has_extension(name):
        Doc.remove_extension(name)


@pytest.fixture
def nlp(extension: str) -> Language:
    """``spacy.blank("en")`` + quotex writing to the test's own extension."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("quotex", config={"extension": extension})
    return pipeline


def _quotes(doc: Doc, extension: str) -> list[Quote]:
    quotes = doc._.get(extension)
    assert isinstance(quotes, list)
    return quotes


class TestBlankPipeline:
    def test_the_quote_is_on_the_doc(self, nlp: Language, extension: str) -> None:
        [quote] = _quotes(nlp(TEXT), extension)
        assert isinstance(quote, Quote)
        assert quote.text == '"We will not back down,"'
        assert quote.speaker is not None
        assert quote.speaker.name == "Maria Lopez"
        assert quote.cue is not None
        assert quote.cue.text == "said"

    def test_same_records_as_extract_quotes(self, nlp: Language, extension: str) -> None:
        doc = nlp(TEXT)
        assert _quotes(doc, extension) == extract_quotes(TEXT) == extract_quotes(nlp.make_doc(TEXT))

    def test_offsets_index_the_doc_text(self, nlp: Language, extension: str) -> None:
        doc = nlp(TEXT)
        assert all(doc.text[q.start : q.end] == q.text for q in _quotes(doc, extension))

    def test_a_doc_with_no_quotes_gets_an_empty_list(self, nlp: Language, extension: str) -> None:
        assert _quotes(nlp("The strike entered its third day."), extension) == []

    def test_the_extension_is_none_until_the_component_runs(self, nlp: Language, extension: str) -> None:
        assert nlp.make_doc(TEXT)._.get(extension) is None

    def test_default_extension_name_is_quotes(self) -> None:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("quotex")
        assert pipeline.get_pipe_config("quotex")["extension"] == "quotes"
        assert _quotes(pipeline(TEXT), "quotes") == extract_quotes(TEXT)

    def test_works_in_nlp_pipe(self, nlp: Language, extension: str) -> None:
        docs = list(nlp.pipe([TEXT, "No quotes here.", TEXT]))
        assert [len(_quotes(d, extension)) for d in docs] == [1, 0, 1]


class TestHandBuiltPipeline:
    def test_placed_after_ner_it_uses_the_entities(self, extension: str) -> None:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("quotex_test_org_ner")
        pipeline.add_pipe("quotex", config={"extension": extension}, after="quotex_test_org_ner")
        doc = pipeline(ORG_TEXT)
        [quote] = _quotes(doc, extension)
        assert quote.speaker is not None
        assert quote.speaker.name == "Northwind Traders"
        assert quote.speaker.kind == "organization"  # known only from the ORG entity
        assert _quotes(doc, extension) == extract_quotes(doc)

    def test_a_doc_built_with_a_parse_and_entities(self, nlp: Language, extension: str) -> None:
        words = ['"', "Yes", ",", '"', "said", "Bob", "Smith", "."]
        spaces = [False, False, False, True, True, True, False, False]
        doc = Doc(
            nlp.vocab,
            words=words,
            spaces=spaces,
            heads=[4, 4, 4, 4, 4, 6, 4, 4],
            deps=["punct", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct"],
            ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
        )
        processed = nlp.get_pipe("quotex")(doc)
        [quote] = _quotes(processed, extension)
        assert quote.text == '"Yes,"'
        assert quote.speaker is not None
        assert quote.speaker.name == "Bob Smith"
        assert processed.ents == (Span(doc, 5, 7, label="PERSON"),)  # annotation kept, not re-run


class TestExtension:
    def test_not_registered_on_import(self) -> None:
        code = (
            "import quotex.spacy_component; from spacy.tokens import Doc; print(Doc.has_extension('quotes'))"
        )
        result = _run_python(code)
        assert result.stdout.strip() == "False", result.stderr

    def test_registering_twice_is_harmless(self, extension: str) -> None:
        register_extension(extension)
        register_extension(extension)
        first = spacy.blank("en")
        first.add_pipe("quotex", config={"extension": extension})
        second = spacy.blank("en")
        second.add_pipe("quotex", config={"extension": extension})
        assert _quotes(second(TEXT), extension) == _quotes(first(TEXT), extension)

    def test_never_overwrites_another_packages_extension(self, extension: str) -> None:
        Doc.set_extension(extension, default="theirs")
        with pytest.raises(ValueError, match="already registered by another package"):
            spacy.blank("en").add_pipe("quotex", config={"extension": extension})
        assert Doc.get_extension(extension)[0] == "theirs"

    @pytest.mark.parametrize("name", ["not valid", "", "2quotes"])
    def test_the_name_must_be_an_identifier(self, name: str) -> None:
        with pytest.raises(ValueError, match="identifier"):
            spacy.blank("en").add_pipe("quotex", config={"extension": name})

    def test_the_doc_survives_to_bytes(self, nlp: Language, extension: str) -> None:
        doc = nlp(TEXT)
        copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _quotes(copy, extension) == _quotes(doc, extension)

    def test_the_doc_survives_a_docbin(self, nlp: Language, extension: str) -> None:
        doc = nlp(TEXT)
        data = DocBin(docs=[doc], store_user_data=True).to_bytes()
        [copy] = DocBin().from_bytes(data).get_docs(nlp.vocab)
        assert _quotes(copy, extension) == _quotes(doc, extension)

    def test_nlp_pipe_on_two_processes(self) -> None:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("quotex")
        docs = list(pipeline.pipe([TEXT, "Nothing.", TEXT], n_process=2, batch_size=1))
        assert [_quotes(d, "quotes") for d in docs] == [extract_quotes(TEXT), [], extract_quotes(TEXT)]


class TestConfig:
    def test_added_cue_verbs_reach_the_rules(self, extension: str) -> None:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("quotex", config={"extension": extension, "add_cues": ["kvetch"]})
        text = '"Taxes are too high," kvetched Maria Lopez.'
        [quote] = _quotes(pipeline(text), extension)
        assert quote.cue is not None
        assert quote.cue.text == "kvetched"
        assert _quotes(pipeline(text), extension) == extract_quotes(
            text, lexicon=DEFAULT_LEXICON.with_cues(add=["kvetch"])
        )

    def test_added_titles_reach_the_rules(self, extension: str) -> None:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("quotex", config={"extension": extension, "add_titles": ["dogsbody"]})
        [quote] = _quotes(pipeline('"Hold the line," said Tom Hardy, the regiment\'s dogsbody.'), extension)
        assert quote.speaker is not None
        assert quote.speaker.title == "regiment's dogsbody"

    def test_the_lexicon_is_built_from_the_config(self, extension: str) -> None:
        pipeline = spacy.blank("en")
        config = {"extension": extension, "add_cues": ["kvetch"], "remove_titles": ["mayor"]}
        component = pipeline.add_pipe("quotex", config=config)
        assert isinstance(component, QuotexComponent)
        assert component.lexicon == DEFAULT_LEXICON.with_cues(add=["kvetch"]).with_titles(remove=["mayor"])

    def test_a_bad_config_value_is_rejected(self, extension: str) -> None:
        with pytest.raises(Exception, match="add_cues"):
            spacy.blank("en").add_pipe("quotex", config={"extension": extension, "add_cues": "kvetch"})

    def test_to_disk_and_spacy_load_round_trip(self, tmp_path: Path, extension: str) -> None:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("quotex_test_org_ner")
        config = {"extension": extension, "add_cues": ["kvetch"], "add_titles": ["dogsbody"]}
        pipeline.add_pipe("quotex", config=config)
        pipeline.to_disk(tmp_path / "pipeline")
        loaded = spacy.load(tmp_path / "pipeline")
        assert loaded.pipe_names == ["quotex_test_org_ner", "quotex"]
        assert loaded.get_pipe_config("quotex") == pipeline.get_pipe_config("quotex")
        text = ORG_TEXT + ' "Taxes are too high," kvetched Maria Lopez.'
        assert _quotes(loaded(text), extension) == _quotes(pipeline(text), extension)


class TestEntryPoint:
    def test_pyproject_declares_the_factory(self) -> None:
        tomllib = pytest.importorskip("tomllib")
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        assert project["entry-points"]["spacy_factories"] == {"quotex": ENTRY_POINT}

    def test_add_pipe_finds_quotex_without_importing_it(self, tmp_path: Path) -> None:
        # An installed quotex is found through its spacy_factories entry point. Stand in for the
        # installation with a minimal .dist-info declaring the same entry point.
        dist_info = tmp_path / "quotex_entry_point_probe-0.dist-info"
        dist_info.mkdir()
        (dist_info / "METADATA").write_text(
            "Metadata-Version: 2.1\nName: quotex-entry-point-probe\nVersion: 0\n"
        )
        (dist_info / "entry_points.txt").write_text(f"[spacy_factories]\nquotex = {ENTRY_POINT}\n")
        code = (
            "import sys, spacy\n"
            "assert 'quotex' not in sys.modules\n"
            "nlp = spacy.blank('en')\n"
            "nlp.add_pipe('quotex')\n"
            "doc = nlp('\"We will not back down,\" said Maria Lopez.')\n"
            "print(doc._.quotes[0].speaker.name)\n"
        )
        result = _run_python(code, extra_path=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "Maria Lopez"


def _run_python(code: str, *, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run *code* in a fresh interpreter that can import quotex from this checkout."""
    paths = [str(p) for p in (extra_path, ROOT) if p is not None]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*paths, os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False, timeout=120
    )


def test_module_is_the_entry_point_target() -> None:
    module, _, name = ENTRY_POINT.partition(":")
    assert module == quotex.spacy_component.__name__
    assert callable(getattr(quotex.spacy_component, name))
