"""The ``quotex`` command (quotex/cli.py), run as a real subprocess, and its pure helpers."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotex import Quote, QuoteKind, Span, extract_quotes
from quotex.cli.progress import Reporter, format_progress
from quotex.cli.readers import InputError, decode, parse_jsonl_line
from quotex.cli.writers import CSV_COLUMNS, csv_row, table_row

ROOT = Path(__file__).resolve().parent.parent
LOPEZ = '"We will not back down," said Maria Lopez, the union\'s president.'
SMITH = '"No," said Bob Smith.'


def quotex(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m quotex ARGS`` in *cwd*, importing quotex from this checkout."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    env.pop("COLUMNS", None)
    return subprocess.run(
        [sys.executable, "-m", "quotex", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        check=False,
        timeout=300,
    )


def jsonl(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def write_jsonl(path: Path, objects: list[object]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """a.txt, news/ (b.txt, sub/c.txt, a hidden file, a non-text file) and docs.jsonl."""
    (tmp_path / "a.txt").write_text(LOPEZ, encoding="utf-8")
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "news" / "b.txt").write_text(SMITH, encoding="utf-8")
    (tmp_path / "news" / "sub" / "c.txt").write_text(LOPEZ, encoding="utf-8")
    (tmp_path / "news" / ".hidden.txt").write_text(SMITH, encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text(SMITH, encoding="utf-8")
    write_jsonl(tmp_path / "docs.jsonl", [{"id": "d1", "text": LOPEZ}, {"id": 2, "text": SMITH}])
    return tmp_path


class TestExtract:
    def test_a_text_file_gives_one_jsonl_line(self, corpus: Path) -> None:
        result = quotex("extract", "a.txt", cwd=corpus)
        assert result.returncode == 0, result.stderr
        [doc] = jsonl(result.stdout)
        assert doc["id"] == "a.txt"
        assert [Quote.from_dict(q) for q in doc["quotes"]] == extract_quotes(LOPEZ)
        assert doc["quotes"][0]["speaker"]["name"] == "Maria Lopez"
        assert result.stderr == b""

    def test_folders_are_read_recursively_in_name_order(self, corpus: Path) -> None:
        result = quotex("extract", "news", "docs.jsonl", cwd=corpus)
        assert result.returncode == 0, result.stderr
        ids = [d["id"] for d in jsonl(result.stdout)]
        assert ids == [os.path.join("news", "b.txt"), os.path.join("news", "sub", "c.txt"), "d1", 2]

    def test_standard_input_as_text(self, corpus: Path) -> None:
        result = quotex("extract", "-", cwd=corpus, stdin=LOPEZ.encode())
        assert result.returncode == 0, result.stderr
        [doc] = jsonl(result.stdout)
        assert doc["id"] == "<stdin>"
        assert [Quote.from_dict(q) for q in doc["quotes"]] == extract_quotes(LOPEZ)

    def test_standard_input_as_jsonl_with_named_fields(self, corpus: Path) -> None:
        lines = json.dumps({"key": "k1", "body": SMITH}) + "\n" + json.dumps({"body": LOPEZ}) + "\n"
        args = ("extract", "-", "--input-format", "jsonl", "--text-field", "body", "--id-field", "key")
        result = quotex(*args, cwd=corpus, stdin=lines.encode())
        assert result.returncode == 0, result.stderr
        assert [d["id"] for d in jsonl(result.stdout)] == ["k1", "<stdin>:2"]

    def test_json_format_is_one_array(self, corpus: Path) -> None:
        result = quotex("extract", "docs.jsonl", "--format", "json", cwd=corpus)
        assert result.returncode == 0, result.stderr
        docs = json.loads(result.stdout)
        assert [d["id"] for d in docs] == ["d1", 2]

    def test_json_format_with_no_documents_is_an_empty_array(self, corpus: Path) -> None:
        (corpus / "empty.jsonl").write_text("\n", encoding="utf-8")
        result = quotex("extract", "empty.jsonl", "-f", "json", cwd=corpus)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == []

    def test_csv_format_has_one_row_per_quote(self, corpus: Path) -> None:
        result = quotex("extract", "docs.jsonl", "a.txt", "--format", "csv", cwd=corpus)
        assert result.returncode == 0, result.stderr
        rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
        assert tuple(rows[0]) == CSV_COLUMNS
        assert [r["id"] for r in rows] == ["d1", "2", "a.txt"]
        first = rows[0]
        assert first["text"] == '"We will not back down,"'
        assert (first["kind"], first["speaker"], first["cue"]) == ("direct", "Maria Lopez", "said")
        assert "president" in first["title"]
        assert LOPEZ[int(first["start"]) : int(first["end"])] == first["text"]
        assert 0.0 <= float(first["confidence"]) <= 1.0

    def test_table_format_is_readable(self, corpus: Path) -> None:
        result = quotex("extract", "a.txt", "--format", "table", cwd=corpus)
        assert result.returncode == 0, result.stderr
        header, row = result.stdout.decode("utf-8").splitlines()
        assert header.split() == ["DOCUMENT", "SPEAKER", "TITLE", "QUOTE"]
        assert row.startswith("a.txt")
        assert "Maria Lopez" in row
        assert '"We will not back down,"' in row

    def test_output_file(self, corpus: Path) -> None:
        result = quotex("extract", "a.txt", "-o", "out.jsonl", cwd=corpus)
        assert result.returncode == 0, result.stderr
        assert result.stdout == b""
        assert jsonl((corpus / "out.jsonl").read_bytes())[0]["id"] == "a.txt"

    def test_two_processes_give_the_same_output(self, corpus: Path) -> None:
        write_jsonl(corpus / "many.jsonl", [{"id": i, "text": [LOPEZ, SMITH][i % 2]} for i in range(40)])
        one = quotex("extract", "many.jsonl", cwd=corpus)
        two = quotex("extract", "many.jsonl", "--n-process", "2", "--batch-size", "3", cwd=corpus)
        assert one.returncode == two.returncode == 0, two.stderr
        assert two.stdout == one.stdout
        assert len(jsonl(two.stdout)) == 40

    def test_python_m_quotex_with_spawned_workers(self, corpus: Path) -> None:
        # Spawned workers start from a fresh interpreter: the command must still run exactly once.
        write_jsonl(corpus / "many.jsonl", [{"id": i, "text": [LOPEZ, SMITH][i % 2]} for i in range(12)])
        code = (
            "import runpy, sys, quotex.batch\n"
            "quotex.batch.start_method = lambda: 'spawn'\n"
            "sys.argv = ['quotex', 'extract', 'many.jsonl', '-n', '2', '--batch-size', '2']\n"
            "runpy.run_module('quotex', run_name='__main__', alter_sys=True)\n"
        )
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        spawned = subprocess.run(
            [sys.executable, "-c", code], cwd=corpus, capture_output=True, env=env, check=False, timeout=300
        )
        assert spawned.returncode == 0, spawned.stderr
        assert spawned.stdout == quotex("extract", "many.jsonl", cwd=corpus).stdout

    def test_a_spacy_pipeline_by_path(self, corpus: Path) -> None:
        import spacy

        spacy.blank("en").to_disk(corpus / "pipeline")
        result = quotex("extract", "a.txt", "--model", "pipeline", cwd=corpus)
        assert result.returncode == 0, result.stderr
        assert jsonl(result.stdout)[0]["quotes"][0]["speaker"]["name"] == "Maria Lopez"

    def test_a_missing_model_is_a_usage_error(self, corpus: Path) -> None:
        result = quotex("extract", "a.txt", "--model", "no_such_pipeline_xyz", cwd=corpus)
        assert result.returncode == 2
        assert b"cannot load the spaCy pipeline 'no_such_pipeline_xyz'" in result.stderr


class TestErrors:
    @pytest.fixture
    def messy(self, corpus: Path) -> Path:
        lines = [
            json.dumps({"id": "ok1", "text": SMITH}),
            "{not json",
            json.dumps({"id": "no-text", "body": SMITH}),
            json.dumps(["a", "list"]),
            json.dumps({"id": "ok2", "text": LOPEZ}),
        ]
        (corpus / "messy.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (corpus / "latin1.txt").write_bytes('"Café," said Ann Lee.'.encode("latin-1"))
        return corpus

    def test_bad_lines_are_reported_with_path_and_line_and_the_run_goes_on(self, messy: Path) -> None:
        result = quotex("extract", "messy.jsonl", "missing.txt", "a.txt", cwd=messy)
        assert result.returncode == 1
        assert [d["id"] for d in jsonl(result.stdout)] == ["ok1", "ok2", "a.txt"]
        errors = result.stderr.decode().splitlines()
        assert errors[0].startswith("quotex: error: messy.jsonl:2: bad JSON")
        assert errors[1].startswith("quotex: error: messy.jsonl:3: no 'text' field")
        assert errors[2].startswith("quotex: error: messy.jsonl:4: expected a JSON object")
        assert errors[3] == "quotex: error: missing.txt: no such file or folder"
        assert len(errors) == 4

    def test_on_error_stop_keeps_what_came_before_and_fails(self, messy: Path) -> None:
        result = quotex("extract", "messy.jsonl", "a.txt", "--on-error", "stop", cwd=messy)
        assert result.returncode == 1
        assert [d["id"] for d in jsonl(result.stdout)] == ["ok1"]
        assert result.stderr.decode().splitlines() == [
            "quotex: error: messy.jsonl:2: bad JSON: "
            "Expecting property name enclosed in double quotes (column 2)"
        ]

    def test_non_utf8_is_reported_not_mangled(self, messy: Path) -> None:
        result = quotex("extract", "latin1.txt", "a.txt", cwd=messy)
        assert result.returncode == 1
        assert b"latin1.txt:1: not valid utf-8 (byte 0xe9 at column 5)" in result.stderr
        assert [d["id"] for d in jsonl(result.stdout)] == ["a.txt"]

    def test_an_encoding_can_be_named(self, messy: Path) -> None:
        result = quotex("extract", "latin1.txt", "--encoding", "latin-1", cwd=messy)
        assert result.returncode == 0, result.stderr
        [quote] = jsonl(result.stdout)[0]["quotes"]
        assert quote["text"] == '"Café,"'

    def test_bad_arguments_are_usage_errors(self, corpus: Path) -> None:
        assert quotex("extract", cwd=corpus).returncode == 2
        assert quotex("extract", "a.txt", "--format", "xml", cwd=corpus).returncode == 2
        assert quotex("extract", "a.txt", "--n-process", "0", cwd=corpus).returncode == 2
        assert quotex("extract", "a.txt", "--encoding", "klingon", cwd=corpus).returncode == 2

    def test_a_closed_pipe_ends_the_run_quietly(self, corpus: Path) -> None:
        write_jsonl(corpus / "many.jsonl", [{"id": i, "text": LOPEZ} for i in range(3000)])
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with subprocess.Popen(
            [sys.executable, "-m", "quotex", "extract", "many.jsonl"],
            cwd=corpus,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            assert json.loads(proc.stdout.readline())["id"] == 0
            proc.stdout.close()
            stderr = proc.stderr.read()
            proc.wait(timeout=300)
        assert b"Traceback" not in stderr, stderr


class TestProgress:
    def test_progress_shows_count_and_rate_on_stderr(self, corpus: Path) -> None:
        result = quotex("extract", "docs.jsonl", "a.txt", "--progress", cwd=corpus)
        assert result.returncode == 0
        assert b"3 docs" in result.stderr
        assert b"docs/s" in result.stderr
        assert b"100%" in result.stderr
        assert len(jsonl(result.stdout)) == 3

    def test_no_progress_by_default_off_a_terminal(self, corpus: Path) -> None:
        assert quotex("extract", "docs.jsonl", cwd=corpus).stderr == b""
        assert quotex("extract", "docs.jsonl", "--no-progress", cwd=corpus).stderr == b""

    def test_format_progress_with_a_known_size(self) -> None:
        line = format_progress(docs=1200, quotes=30, errors=1, done_bytes=50, total_bytes=200, elapsed=2.0)
        assert line == "[#####---------------]  25%  1,200 docs  600 docs/s  30 quotes  1 error"

    def test_format_progress_with_an_unknown_size(self) -> None:
        line = format_progress(docs=1, quotes=0, errors=0, done_bytes=9, total_bytes=None, elapsed=0.0)
        assert line == "1 doc  0 docs/s  0 quotes  0 errors"

    def test_reporter_keeps_messages_above_the_progress_line(self) -> None:
        stream = io.StringIO()
        ticks = iter(range(100))
        reporter = Reporter(stream, show_progress=True, total_bytes=10, clock=lambda: float(next(ticks)))
        reporter.document(quotes=2, size=5)
        reporter.error("a.jsonl:3: bad JSON", size=5)
        reporter.close()
        shown = stream.getvalue().split("\r")[-1]
        assert "quotex: error: a.jsonl:3: bad JSON\n" in stream.getvalue()
        assert shown.startswith("[####################] 100%  1 doc")
        assert shown.endswith("1 error\n")

    def test_reporter_without_progress_writes_only_messages(self) -> None:
        stream = io.StringIO()
        reporter = Reporter(stream, show_progress=False)
        reporter.document(quotes=1, size=1)
        reporter.error("x: y")
        reporter.close()
        assert stream.getvalue() == "quotex: error: x: y\n"
        assert (reporter.docs, reporter.quotes, reporter.errors) == (1, 1, 1)


class TestHelpers:
    def test_jsonl_line_without_id_gets_its_position(self) -> None:
        doc = parse_jsonl_line(
            '{"text": "hi"}', source="f.jsonl", number=7, size=15, text_field="text", id_field="id"
        )
        assert not isinstance(doc, InputError) and doc is not None
        assert (doc.id, doc.text) == ("f.jsonl:7", "hi")

    def test_blank_jsonl_line_is_skipped(self) -> None:
        assert (
            parse_jsonl_line("  \n", source="f", number=1, size=3, text_field="text", id_field="id") is None
        )

    def test_a_lone_surrogate_is_reported(self) -> None:
        error = parse_jsonl_line(
            '{"text": "a\\ud800b"}', source="f", number=1, size=1, text_field="text", id_field="id"
        )
        assert isinstance(error, InputError)
        assert "surrogate" in str(error)

    def test_a_non_string_text_is_reported(self) -> None:
        error = parse_jsonl_line(
            '{"text": 5}', source="f", number=2, size=1, text_field="text", id_field="id"
        )
        assert str(error) == "f:2: field 'text' is a int, not a string"

    def test_decode_points_at_the_bad_byte(self) -> None:
        error = decode(b"ok\nab\xffc", encoding="utf-8", source="t.txt")
        assert str(error).startswith("t.txt:2: not valid utf-8 (byte 0xff at column 3)")

    def test_csv_row_of_an_unattributed_quote(self) -> None:
        text = 'He wrote "hello" in the sand.'
        part = Span.from_text(text, 9, 16)
        quote = Quote(part.text, part.start, part.end, QuoteKind.DIRECT, [part], confidence=0.25)
        assert csv_row(7, quote) == ["7", '"hello"', "direct", "", "", "", "9", "16", "0.25"]

    def test_table_row_cuts_long_cells(self) -> None:
        row = table_row(
            ["a/very/long/path/to/the/document.txt", "Maria Lopez", "", "x" * 500], line_width=100
        )
        assert len(row) == 100
        assert row.startswith("…")
        assert row.endswith("x…")


class TestCommand:
    def test_version(self, tmp_path: Path) -> None:
        result = quotex("--version", cwd=tmp_path)
        assert result.returncode == 0
        assert result.stdout.decode().startswith("quotex ")

    def test_no_command_prints_usage(self, tmp_path: Path) -> None:
        result = quotex(cwd=tmp_path)
        assert result.returncode == 2
        assert b"usage: quotex" in result.stderr

    def test_evaluate_is_a_subcommand(self, tmp_path: Path) -> None:
        result = quotex("evaluate", "--help", cwd=tmp_path)
        assert result.returncode == 0
        assert b"usage: quotex evaluate" in result.stdout
