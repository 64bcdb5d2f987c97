"""``quotex evaluate`` on the brat fixture: tables, JSON, per-document rows and error listings."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotex.evaluation import Annotation
from quotex.evaluation import cli as evaluation_cli
from quotex.evaluation.corpus import prediction_to_json, read_brat_folder

ROOT = Path(__file__).parents[1]
BRAT = ROOT / "fixtures" / "brat"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="quotex")
    evaluation_cli.add_parser(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["evaluate", *argv])


@pytest.fixture(scope="module")
def pred_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Gold for bus_lanes; a cut-short and an invented quote for school_board; nothing for coastal_fog."""
    docs = {d.id: d for d in read_brat_folder(BRAT)}
    school = docs["school_board"]
    start = school.text.index('"a real gain for')
    # 12 of the 30 characters of 'the plan "a real gain for teenagers"': a boundary miss
    shifted = Annotation([(start, start + 16)], school.annotations[1].source)
    invented = Annotation([(0, school.text.index("\n"))])  # the headline: a false alarm
    lines = [
        prediction_to_json("bus_lanes", docs["bus_lanes"].annotations),
        prediction_to_json("school_board", [shifted, invented]),
    ]
    path = tmp_path_factory.mktemp("pred") / "pred.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_table(pred_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse(str(BRAT), "--pred", str(pred_file))
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "documents 3 (without a prediction line: 1)" in out
    assert "gold        all 8  direct 3  mixed 1  indirect 4" in out
    e2e = next(line for line in out.splitlines() if line.startswith("e2e"))
    assert e2e.split("|")[1].split() == [".600", ".375", ".462"]  # 3 of 5 predictions, 3 of 8 gold


def test_json_by_document_and_errors(pred_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse(str(BRAT), "--pred", str(pred_file), "--json", "--by-document", "--errors", "2")
    assert evaluation_cli.run(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["results"]["all"]["e2e"]["tp_gold"] == 3
    assert [d["id"] for d in report["documents"]] == ["bus_lanes", "coastal_fog", "school_board"]
    assert report["documents"][0]["results"]["all"]["e2e"]["f1"] == 1.0
    misses, alarms = report["errors"]["misses"], report["errors"]["false_alarms"]
    assert len(misses) == 2 and all(m["reason"] == "not found" for m in misses)
    assert [a["reason"] for a in alarms] == ["no gold", "boundary"]
    assert alarms[0]["content_text"] == "School board delays vote on later start times"
    assert alarms[1]["sentence"].startswith("Superintendent Karen Osei called the plan ⟦")


def test_human_readable_breakdown(pred_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse(str(BRAT), "--pred", str(pred_file), "--by-document", "--errors", "1")
    assert evaluation_cli.run(args) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("bus_lanes"))
    assert row.split()[1:3] == ["3", "3"]
    assert "== 1 worst misses" in out and "== 1 worst false alarms" in out
    assert "FALSE ALARM (no gold, indirect) in school_board at 0" in out


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = parse(str(BRAT), "--pred", str(tmp_path / "missing.jsonl"))
    assert evaluation_cli.run(args) == 2
    assert "quotex evaluate: error:" in capsys.readouterr().err
    args = parse(str(BRAT), "--pred", str(tmp_path / "x.jsonl"), "--model", "en_core_web_sm")
    assert evaluation_cli.run(args) == 2


def test_runs_quotex_without_pred(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.jsonl"
    args = parse(str(BRAT), "--json", "--save-pred", str(saved))
    assert evaluation_cli.run(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["gold"]["all"] == 8
    assert len(saved.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.skipif(importlib.util.find_spec("quotex.cli") is None, reason="quotex/cli.py not written yet")
def test_through_the_quotex_command(pred_file: Path) -> None:
    cmd = [sys.executable, "-m", "quotex", "evaluate", str(BRAT), "--pred", str(pred_file), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"]["all"]["e2e"]["tp_gold"] == 3
