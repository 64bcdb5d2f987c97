"""``quotex render`` and ``quotex evaluate --html``: the pages read back with html.parser."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from html_tree import Container, parse

import quotex
from quotex.cli import main
from quotex.evaluation import Annotation, Evaluation, evaluate
from quotex.evaluation.corpus import prediction_to_json, read_brat_folder
from quotex.evaluation.report import paragraphs

ROOT = Path(__file__).parents[1]
ARTICLES = ROOT / "fixtures" / "articles"
BRAT = ROOT / "fixtures" / "brat"


def _articles(html: str) -> list[Container]:
    return [c for c in parse(html)[1] if "art" in c.classes]


# ---------------------------------------------------------------- quotex render


def test_render_folder(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["render", str(ARTICLES), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    found = _articles(html)
    assert [a.text for a in found] == texts
    assert [len(a.labels) for a in found] == [len(quotex.extract_quotes(t)) for t in texts]
    assert html.count("<li>") == len(texts)


def test_render_with_extract_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--quotes`` takes what ``quotex extract`` wrote, in any order, and renders the same page."""
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(json.dumps({"id": i, "text": f'"Point {i}," said Ann Lee.'}) + "\n" for i in range(4)),
        encoding="utf-8",
    )
    quotes = tmp_path / "quotes.jsonl"
    assert main(["extract", str(docs), "-o", str(quotes)]) == 0
    lines = quotes.read_text(encoding="utf-8").splitlines()
    quotes.write_text("\n".join(reversed(lines[1:])) + "\n", encoding="utf-8")  # reordered, doc 0 left out
    direct, stored = tmp_path / "direct.html", tmp_path / "stored.html"
    assert main(["render", str(docs), "-o", str(direct)]) == 0
    assert main(["render", str(docs), "--quotes", str(quotes), "-o", str(stored)]) == 1
    assert "has no line for document 0" in capsys.readouterr().err
    direct_docs = _articles(direct.read_text(encoding="utf-8"))
    stored_docs = _articles(stored.read_text(encoding="utf-8"))
    assert [(a.text, a.highlights) for a in stored_docs] == [(a.text, a.highlights) for a in direct_docs[1:]]


def test_render_reports_quotes_that_do_not_fit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text('"Yes," said Ann Lee.', encoding="utf-8")
    quotes = tmp_path / "q.jsonl"
    [q] = quotex.extract_quotes('"Nah," said Ann Lee.')
    quotes.write_text(json.dumps({"id": str(doc), "quotes": [q.to_dict()]}) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["render", str(doc), "--quotes", str(quotes), "-o", str(out)]) == 1
    assert "do not fit this text" in capsys.readouterr().err
    assert _articles(out.read_text(encoding="utf-8")) == []


def test_render_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["render", str(ARTICLES), "--quotes", str(bad)]) == 2
    assert "bad.jsonl:1: not JSON" in capsys.readouterr().err
    assert main(["render", str(ARTICLES), "--quotes", str(tmp_path / "missing.jsonl")]) == 2
    assert main(["render", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.html")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_render_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(ARTICLES / "harbor_strike.txt")]) == 0
    [article] = _articles(capsys.readouterr().out)
    assert article.text == (ARTICLES / "harbor_strike.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------- quotex evaluate --html


def _chars(spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _covered(cells: list[Container], role: str, status: str | None = None) -> set[int]:
    """Characters of the whole text under a *role* highlight of *status*, over all the cells of a side."""
    covered, offset = set(), 0
    for cell in cells:
        for h in cell.highlights:
            if h.role == role and (status is None or status in h.classes):
                covered |= set(range(offset + h.start, offset + h.end))
        offset += len(cell.text)
    return covered


@pytest.fixture(scope="module")
def evaluated(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Evaluation, dict[str, list[Annotation]]]:
    """An evaluation with a match, a miss, a false alarm, a wrong source and an ignored prediction."""
    docs = {d.id: d for d in read_brat_folder(BRAT)}
    bus, school = docs["bus_lanes"], docs["school_board"]
    wrong_source = Annotation(bus.annotations[0].content, [(0, 7)], bus.annotations[0].cue)
    predictions = {
        "bus_lanes": [wrong_source, *bus.annotations[1:], Annotation([])],
        "school_board": [
            *school.annotations[1:],
            Annotation([(0, school.text.index("\n"))]),  # the headline
            Annotation(school.discard),  # ignored: in the Discard region
        ],
    }
    path = tmp_path_factory.mktemp("eval")
    pred = path / "pred.jsonl"
    pred.write_text("".join(json.dumps(prediction_to_json(k, v)) + "\n" for k, v in predictions.items()))
    out = path / "report.html"
    assert main(["evaluate", str(BRAT), "--pred", str(pred), "--html", str(out)]) == 0
    return out.read_text(encoding="utf-8"), evaluate(docs.values(), predictions), predictions


def test_evaluation_report_sides(evaluated: tuple[str, Evaluation, dict[str, list[Annotation]]]) -> None:
    html, result, _ = evaluated
    containers = parse(html)[1]
    docs = {d.id: d for d in read_brat_folder(BRAT)}
    at = 0
    for r in result.documents:
        text = docs[r.doc_id].text
        n = len(paragraphs(text))
        cells = containers[at : at + 2 * n]
        at += 2 * n
        gold, pred = cells[0::2], cells[1::2]
        assert "".join(c.text for c in gold) == text and "".join(c.text for c in pred) == text
        misses = [e.annotation for e in r.errors if e.side == "miss"]
        alarms = [e.annotation for e in r.errors if e.side == "false alarm"]
        assert _covered(gold, "content", "ok") == _chars(s for g, _ in r.matches for s in g.content)
        assert _covered(pred, "content", "ok") == _chars(s for _, p in r.matches for s in p.content)
        assert _covered(gold, "content", "miss") == _chars(s for a in misses for s in a.content)
        assert _covered(pred, "content", "fa") == _chars(s for a in alarms for s in a.content)
        assert _covered(gold, "source", "ok") == _chars(s for g, _ in r.matches for s in g.source)
        wrong = [e.annotation for e in r.errors if e.reason == "wrong source"]
        assert _covered(gold, "source", "ws") | _covered(pred, "source", "ws") == _chars(
            s for a in wrong for s in a.source
        )
        labels = [label for c in cells for _, label, _ in c.labels if "ignored" not in label]
        assert len(labels) == sum(bool(a.content) for a in docs[r.doc_id].annotations) + len(r.matches) + len(
            alarms
        )
        assert _covered(gold, "discard") == _chars(docs[r.doc_id].discard)
    assert at == len(containers)


def test_evaluation_report_labels(evaluated: tuple[str, Evaluation, dict[str, list[Annotation]]]) -> None:
    html, result, _ = evaluated
    labels = [label for c in parse(html)[1] for _, label, _ in c.labels]
    reasons = {e.reason for d in result.documents for e in d.errors}
    assert {"wrong source", "no gold"} <= reasons
    for reason in reasons:
        assert any(f": {reason}" in label for label in labels), reason
    assert sum("✓" in label for label in labels) == 2 * sum(len(d.matches) for d in result.documents)
    # ignored predictions: the one in the Discard region is labelled; the one without content has no place
    assert [label for label in labels if "ignored" in label] == ["P6 ignored: in a Discard region"]


def test_paragraphs_tile_the_text() -> None:
    text = "A.\n\n  B.\nC.\n\n\nD"
    rows = paragraphs(text)
    assert rows == [(0, 6), (6, 14), (14, 15)]
    assert "".join(text[s:e] for s, e in rows) == text
    assert paragraphs("") == [(0, 0)]
