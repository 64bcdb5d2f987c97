"""``quotex extract`` as an adversary or a careless user runs it: output safety, encodings,
BOMs, CRLF, symbolic links, standard input, closed pipes, shared terminals, budgets."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy
import pytest
from test_cli import LOPEZ, ROOT, SMITH, jsonl, quotex, write_jsonl

from quotex import extract_quotes
from quotex.cli.main import _atomic_file
from quotex.cli.readers import parse_jsonl_line


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """dir/ with a.txt and b.txt."""
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.txt").write_text(LOPEZ, encoding="utf-8")
    (tmp_path / "dir" / "b.txt").write_text(SMITH, encoding="utf-8")
    return tmp_path


class TestOutputSafety:
    def test_an_output_that_is_a_named_input_is_refused_before_reading(self, folder: Path) -> None:
        done = quotex("extract", "dir/a.txt", "dir/b.txt", "-o", "dir/a.txt", cwd=folder)
        assert done.returncode == 2
        assert b"is also an input" in done.stderr
        assert (folder / "dir" / "a.txt").read_text(encoding="utf-8") == LOPEZ
        assert done.stdout == b""

    def test_an_output_inside_an_input_folder_is_refused(self, folder: Path) -> None:
        done = quotex("extract", "dir", "-o", "dir/a.txt", cwd=folder)
        assert done.returncode == 2
        assert (folder / "dir" / "a.txt").read_text(encoding="utf-8") == LOPEZ

    def test_the_same_file_by_another_name_is_refused(self, folder: Path) -> None:
        os.link(folder / "dir" / "a.txt", folder / "hard.txt")
        done = quotex("extract", "dir/a.txt", "-o", "hard.txt", cwd=folder)
        assert done.returncode == 2
        assert (folder / "hard.txt").read_text(encoding="utf-8") == LOPEZ

    def test_redirected_stdout_inside_the_input_folder_is_skipped_with_a_note(self, folder: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        out = folder / "dir" / "out.txt"  # a text-file name, so the folder walk finds it
        with out.open("wb") as stdout:
            done = subprocess.run(
                [sys.executable, "-m", "quotex", "extract", "dir"],
                cwd=folder,
                env=env,
                stdout=stdout,
                stderr=subprocess.PIPE,
                check=False,
                timeout=300,
            )
        assert done.returncode == 0, done.stderr
        assert b"skipping dir/out.txt: it is this run's output" in done.stderr
        assert [d["id"] for d in jsonl(out.read_bytes())] == ["dir/a.txt", "dir/b.txt"]

    def test_output_is_written_whole_and_keeps_its_permissions(self, folder: Path) -> None:
        target = folder / "out.jsonl"
        target.write_text("old\n", encoding="utf-8")
        target.chmod(0o640)
        done = quotex("extract", "dir", "-o", "out.jsonl", cwd=folder)
        assert done.returncode == 0
        assert [d["id"] for d in jsonl(target.read_bytes())] == ["dir/a.txt", "dir/b.txt"]
        assert target.stat().st_mode & 0o777 == 0o640
        assert sorted(p.name for p in folder.iterdir()) == ["dir", "out.jsonl"]  # no temporary left

    def test_an_interrupted_write_leaves_the_old_file(self, tmp_path: Path) -> None:
        target = tmp_path / "out.jsonl"
        target.write_text("old\n", encoding="utf-8")
        with pytest.raises(KeyboardInterrupt), _atomic_file(str(target)) as stream:
            stream.write("half a li")
            stream.flush()
            raise KeyboardInterrupt
        assert target.read_text(encoding="utf-8") == "old\n"
        assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


class TestStandardInputAndPipes:
    def test_standard_input_twice_is_a_usage_error(self, folder: Path) -> None:
        done = quotex("extract", "-", "-", cwd=folder, stdin=LOPEZ.encode())
        assert done.returncode == 2
        assert b"only once" in done.stderr
        assert done.stdout == b""

    def test_a_closed_pipe_exits_zero_without_a_message(self, folder: Path) -> None:
        write_jsonl(folder / "many.jsonl", [{"id": i, "text": LOPEZ} for i in range(3000)])
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with subprocess.Popen(
            [sys.executable, "-m", "quotex", "extract", "many.jsonl"],
            cwd=folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            proc.stdout.readline()
            proc.stdout.close()  # what `| head -1` does
            stderr = proc.stderr.read()
            status = proc.wait(timeout=300)
        assert status == 0
        assert stderr == b""

    @pytest.mark.parametrize(
        "command",
        [
            ["extract", "dir"],
            ["evaluate", str(ROOT / "fixtures" / "brat"), "--by-document"],
            ["evaluate", str(ROOT / "fixtures" / "brat"), "--json"],
            ["render", "dir"],
            ["render", "dir", "--quotes", "quotes.jsonl"],
        ],
        ids=["extract", "evaluate", "evaluate-json", "render", "render-quotes"],
    )
    def test_every_subcommand_exits_quietly_into_a_closed_pipe(
        self, folder: Path, command: list[str]
    ) -> None:
        (folder / "quotes.jsonl").write_text("", encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader is gone before the first write: every write fails with EPIPE
        try:
            done = subprocess.run(
                [sys.executable, "-m", "quotex", *command],
                cwd=folder,
                env=env,
                stdout=write_end,
                stderr=subprocess.PIPE,
                check=False,
                timeout=300,
            )
        finally:
            os.close(write_end)
        assert done.stderr == b""
        assert done.returncode == 0

    @pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
    def test_progress_and_table_rows_on_one_terminal_stay_on_separate_lines(self, folder: Path) -> None:
        write_jsonl(folder / "docs.jsonl", [{"id": f"doc{i}", "text": LOPEZ} for i in range(40)])
        master, slave = os.openpty()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "quotex", "extract", "docs.jsonl", "-f", "table", "--progress"],
            cwd=folder,
            env=env,
            stdout=slave,
            stderr=slave,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the other end closed
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        assert proc.wait(timeout=300) == 0
        screen = [_visible(line) for line in b"".join(chunks).decode("utf-8").split("\n")]
        rows = [line for line in screen if "Maria Lopez" in line]
        assert len(rows) == 40
        assert not [line for line in screen if "docs/s" in line and "Lopez" in line], screen[:5]


def _visible(line: str) -> str:
    """What a terminal shows for *line*: each carriage return goes back to column 0 and overwrites."""
    cells: list[str] = []
    col = 0
    for ch in line:
        if ch == "\r":
            col = 0
            continue
        if col < len(cells):
            cells[col] = ch
        else:
            cells.append(ch)
        col += 1
    return "".join(cells).rstrip()


class TestEncodings:
    def test_a_utf8_bom_is_dropped_and_offsets_count_after_it(self, tmp_path: Path) -> None:
        (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + LOPEZ.encode("utf-8"))
        (quote,) = jsonl(quotex("extract", "bom.txt", cwd=tmp_path).stdout)[0]["quotes"]
        assert quote["start"] == 0
        assert LOPEZ[quote["start"] : quote["end"]] == quote["text"]
        assert quote == extract_quotes(LOPEZ)[0].to_dict()

    @pytest.mark.parametrize(
        ("bom", "encoding"),
        [
            (codecs.BOM_UTF16_LE, "utf-16-le"),
            (codecs.BOM_UTF16_BE, "utf-16-be"),
            (codecs.BOM_UTF32_LE, "utf-32-le"),
            (codecs.BOM_UTF32_BE, "utf-32-be"),
        ],
        ids=["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
    )
    def test_utf16_and_utf32_with_a_bom_are_decoded(self, tmp_path: Path, bom: bytes, encoding: str) -> None:
        (tmp_path / "wide.txt").write_bytes(bom + LOPEZ.encode(encoding))
        done = quotex("extract", "wide.txt", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert jsonl(done.stdout)[0]["quotes"] == [q.to_dict() for q in extract_quotes(LOPEZ)]

    def test_a_utf16_jsonl_file_is_named_in_the_error(self, tmp_path: Path) -> None:
        (tmp_path / "wide.jsonl").write_bytes(json.dumps({"id": 1, "text": LOPEZ}).encode("utf-16"))
        done = quotex("extract", "wide.jsonl", cwd=tmp_path)
        assert done.returncode == 1
        assert b"UTF-16" in done.stderr and b"byte-order mark" in done.stderr

    def test_crlf_offsets_count_the_carriage_returns(self, tmp_path: Path) -> None:
        text = f"Harbour news\r\n\r\n{LOPEZ}\r\n{SMITH}\r\n"
        (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
        quotes = jsonl(quotex("extract", "crlf.txt", cwd=tmp_path).stdout)[0]["quotes"]
        assert len(quotes) == 2
        with open(tmp_path / "crlf.txt", encoding="utf-8", newline="") as f:
            read_back = f.read()  # newline="" keeps the \r, as the offsets do (docs/cli.md)
        assert all(read_back[q["start"] : q["end"]] == q["text"] for q in quotes)

    def test_a_null_text_is_named_as_null(self) -> None:
        error = parse_jsonl_line(
            '{"id": 1, "text": null}', source="x.jsonl", number=1, size=10, text_field="text", id_field="id"
        )
        assert "is null" in str(error)
        assert "no 'text' field" not in str(error)


class TestFolders:
    def test_a_symlinked_subfolder_is_read(self, folder: Path) -> None:
        (folder / "elsewhere").mkdir()
        (folder / "elsewhere" / "c.txt").write_text(LOPEZ, encoding="utf-8")
        (folder / "dir" / "linked").symlink_to(folder / "elsewhere", target_is_directory=True)
        (folder / "dir" / "loop").symlink_to(folder / "dir", target_is_directory=True)  # read once
        done = quotex("extract", "dir", cwd=folder)
        assert done.returncode == 0, done.stderr
        ids = [d["id"] for d in jsonl(done.stdout)]
        assert ids == ["dir/a.txt", "dir/b.txt", "dir/linked/c.txt"]


class TestBudget:
    def test_max_seconds_reports_the_slow_document_and_keeps_the_rest(self, tmp_path: Path) -> None:
        long_text = '"Yes," said Ana Berg. ' * 140_000
        write_jsonl(tmp_path / "docs.jsonl", [{"id": "a", "text": LOPEZ}, {"id": "long", "text": long_text}])
        write_jsonl(tmp_path / "more.jsonl", [{"id": "b", "text": SMITH}])
        done = quotex("extract", "docs.jsonl", "more.jsonl", "--max-seconds", "0.2", cwd=tmp_path)
        assert done.returncode == 1
        assert b"long: still running after 0.2 s (--max-seconds): skipped" in done.stderr
        assert [d["id"] for d in jsonl(done.stdout)] == ["a", "b"]

    def test_max_seconds_must_be_positive(self, tmp_path: Path) -> None:
        assert quotex("extract", "-", "--max-seconds", "0", cwd=tmp_path, stdin=b"").returncode == 2


def test_a_str_subclass_is_read_as_str() -> None:
    assert extract_quotes(numpy.str_(LOPEZ)) == extract_quotes(LOPEZ)
