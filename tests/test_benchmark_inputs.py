"""The generated benchmark inputs are what docs/benchmarks.md says they are (nothing is timed here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SYNTHETIC = Path(__file__).parents[1] / "benchmarks" / "synthetic.py"


@pytest.fixture(scope="module")
def synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_articles_are_deterministic_and_sized(synthetic: ModuleType) -> None:
    first = list(synthetic.articles(50_000, seed=3))
    assert first == list(synthetic.articles(50_000, seed=3))
    assert first != list(synthetic.articles(50_000, seed=4))
    size = sum(len(t.encode("utf-8")) for t in first)
    assert 50_000 <= size < 50_000 + 10_000
    assert any("\u201c" in t for t in first) and any(" said that " in t for t in first)


def test_pathological_text_is_one_paragraph_of_unclosed_marks(synthetic: ModuleType) -> None:
    text = synthetic.pathological_text(100_000, marks=1_000, seed=1)
    assert "\n" not in text and "\u201d" not in text
    assert text.count("\u201c") + text.count('"') == 1_000
    assert " \u201c" in text and ' "' in text  # glued to the front of a word


def test_jsonl_lines(synthetic: ModuleType) -> None:
    lines = list(synthetic.jsonl_lines(20_000))
    objs = [json.loads(line) for line in lines]
    assert all(line.endswith("\n") for line in lines)
    assert [o["id"] for o in objs] == [f"doc-{n}" for n in range(len(objs))]


def test_report_names_a_pipeline_by_its_folder_not_its_path() -> None:
    """docs/benchmarks.md prints the command that wrote it: a local model path must not leak into it."""
    import sys

    sys.path.insert(0, str(SYNTHETIC.parent))
    try:
        spec = importlib.util.spec_from_file_location("bench", SYNTHETIC.parent / "bench.py")
        assert spec is not None and spec.loader is not None
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(SYNTHETIC.parent))
    argv = ["--model", "../models/en_core_web_sm", "--model-sizes", "0.1", "--output=/tmp/x.md"]
    assert bench._public(argv) == ["--model", "en_core_web_sm", "--model-sizes", "0.1", "--output=/tmp/x.md"]
    assert bench._public(["--model=/opt/pipelines/en_news/"]) == ["--model=en_news"]


def test_a_script_rewrites_only_its_own_section(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("sections", SYNTHETIC.parent / "sections.py")
    assert spec is not None and spec.loader is not None
    sections = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sections)
    page = tmp_path / "bench.md"
    page.write_text("# B\n\n<!-- begin: x -->\nold\n<!-- end: x -->\n\nkept\n", encoding="utf-8")
    x = ("<!-- begin: x -->", "<!-- end: x -->")
    sections.replace_section(page, *x, f"{x[0]}\nnew\n{x[1]}")
    assert page.read_text(encoding="utf-8") == "# B\n\n<!-- begin: x -->\nnew\n<!-- end: x -->\n\nkept\n"
    y = ("<!-- begin: y -->", "<!-- end: y -->")
    sections.replace_section(page, *y, f"{y[0]}\nY\n{y[1]}")
    assert page.read_text(encoding="utf-8").endswith("kept\n\n<!-- begin: y -->\nY\n<!-- end: y -->\n")
