"""benchmarks/articles.py scores whole articles against their answer keys (nothing is timed here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fixtures_loader import Article, articles, extract_cached

ARTICLES = Path(__file__).parents[1] / "benchmarks" / "articles.py"
TEXT = (
    "The pier reopened on Monday after a winter of repairs.\n\n"
    '"We waited all winter," said Ines Calloway, the harbour master.'
)
QUOTE = '"We waited all winter,"'


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("articles_tool", ARTICLES)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(speaker: str, *, quotes: bool = True, expect: str = "pass") -> dict[str, Any]:
    quote = {
        "id": "calloway",
        "text": QUOTE,
        "kind": "direct",
        "speaker": speaker,
        "title": "harbour master",
        "source": "Ines Calloway",
        "cue": "said",
        "required": True,
        "expect": expect,
        "note": "a test key",
    }
    return {
        "document": "pier.txt",
        "description": "a test article",
        "quotes": [quote] if quotes else [],
        "speakers": [{"name": speaker, "title": "harbour master", "kind": "person", "mentions": [speaker]}],
        "not_quotes": [] if quotes else [{"text": QUOTE, "why": "pretend these words were a nickname"}],
    }


def _folder(tmp_path: Path, key: dict[str, Any]) -> Path:
    (tmp_path / "pier.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "pier.json").write_text(json.dumps(key), encoding="utf-8")
    return tmp_path


def _row(out: str, stem: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(f"| `{stem}`"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_a_key_that_quotex_meets_scores_full_marks(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert tool.main(["--dir", str(_folder(tmp_path, _key("Ines Calloway")))]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split("|")[1].strip() == "article"
    # article, required, found, speaker, title, xfail, false, not-quotes, predicted
    assert _row(out, "pier")[:8] == ["`pier`", "1", "1/1", "1/1", "1/1", "0", "0", "0"]
    assert _row(out, "total")[:5] == ["`total`", "1", "1/1", "1/1", "1/1"]


def test_a_wrong_speaker_is_counted_and_detailed(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, _key("Ines Galloway", expect="fail"))
    assert tool.main(["pier", "--dir", str(folder), "--details"]) == 0
    out = capsys.readouterr().out
    assert _row(out, "pier")[1:6] == ["1", "1/1", "0/1", "0/1", "1"]
    assert "xfail pier:calloway: speaker: expected 'Ines Galloway', got 'Ines Calloway'" in out


def test_a_credited_quote_missing_from_the_key_is_a_false_attribution(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, _key("Ines Calloway", quotes=False))
    assert tool.main(["--dir", str(folder), "--details"]) == 0
    out = capsys.readouterr().out
    assert _row(out, "pier")[1] == "0"
    assert _row(out, "pier")[6:8] == ["1", "1"]  # a false attribution, and it covers a not_quote
    assert "false pier: '\"We waited all winter,\"' -> 'Ines Calloway'" in out


def test_an_unknown_stem_is_refused(tool: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        tool.main(["no_such_article"])
    assert exit_info.value.code == 2
    assert "no answer key for no_such_article" in capsys.readouterr().err


def test_help_describes_the_columns(tool: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        tool.main(["--help"])
    assert exit_info.value.code == 0
    assert "--details" in capsys.readouterr().out


def test_the_table_agrees_with_the_article_tests(tool: ModuleType) -> None:
    """Per article, *title* counts exactly the required quotes the article tests pass; the
    known failures are all among the others."""
    for article in articles():
        score = tool.score_article(article, extract_cached(article.text))
        failing = {line.split(":")[1].split(" ")[0] for line in score.details if not line.startswith("false")}
        assert score.title == score.required - len(failing), article.stem
        assert score.found >= score.speaker >= score.title
        assert {q.id for q in _required(article) if q.expect == "fail"} <= failing, article.stem


def _required(article: Article) -> list[Any]:
    return [q for q in article.quotes if q.required]
