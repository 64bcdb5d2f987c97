"""benchmarks/errors.py prints each end-to-end error with its context (nothing is timed here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ERRORS = Path(__file__).parents[1] / "benchmarks" / "errors.py"
TEXT = 'The pier reopened on Monday. "We waited all winter," Ines Calloway said.'


@pytest.fixture(scope="module")
def errors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("errors", ERRORS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold(tmp_path: Path, source: str) -> Path:
    quote = '"We waited all winter,"'
    q, s = TEXT.index(quote), TEXT.index(source)
    row = {
        "id": "pier",
        "text": TEXT,
        "attributions": [
            {"content": [[q, q + len(quote)]], "source": [[s, s + len(source)]], "cue": [], "kind": "direct"}
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_a_wrong_source_is_printed_with_its_window(
    errors: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path, "The pier")  # the gold says the pier spoke: quotex's source is wrong
    assert errors.main([str(gold), "--what", "speaker"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 errors")
    assert "{{The pier}}" in out and "[[Ines Calloway]]" in out
    assert "speaker: 'Ines Calloway'" in out and "rule: cue_after_content/name" in out


def test_a_right_quote_is_no_error(
    errors: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold(tmp_path, "Ines Calloway")
    assert errors.main([str(gold)]) == 0
    assert capsys.readouterr().out.startswith("0 errors")
