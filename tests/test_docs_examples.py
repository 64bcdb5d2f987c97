"""Every example in docs/*.md runs and prints what the page says.

Python examples (``>>>``) run with :mod:`doctest`. Console examples run when the fenced
``console`` block is preceded by ``<!-- doctest: console -->``: each ``$ command`` (lines starting
with ``>`` continue it) runs in bash, in a folder shared by the page's blocks, with ``quotex`` on the
PATH; its stdout and stderr together must match the lines that follow, with doctest's rules
(``...`` matches anything; runs of whitespace compare equal). A page with no examples passes.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

# A console block to run: the marker comment, then a ```console fence.
_CONSOLE_BLOCK = re.compile(r"^<!-- doctest: console -->\n```console\n(.*?)^```", re.MULTILINE | re.DOTALL)


@attrs.frozen
class Command:
    """One ``$`` command of a console block and the output the page shows for it."""

    script: str
    want: str
    line: int


def parse_console(page: str) -> list[list[Command]]:
    """The marked console blocks of *page*, each as its commands in order."""
    blocks = []
    for match in _CONSOLE_BLOCK.finditer(page):
        first_line = page.count("\n", 0, match.start(1)) + 1
        commands: list[Command] = []
        script: list[str] = []
        want: list[str] = []
        start = first_line
        for offset, line in enumerate(match.group(1).splitlines()):
            if line.startswith("$ "):
                if script:
                    commands.append(Command("\n".join(script), "".join(want), start))
                script, want, start = [line[2:]], [], first_line + offset
            elif script and not want and (line == ">" or line.startswith("> ")):
                script.append(line[2:])
            else:
                want.append(line + "\n")
        if script:
            commands.append(Command("\n".join(script), "".join(want), start))
        blocks.append(commands)
    return blocks


def _shim(folder: Path) -> Path:
    """A folder holding a ``quotex`` executable that runs this checkout's ``python -m quotex``."""
    bin_dir = folder / ".bin"
    bin_dir.mkdir()
    script = bin_dir / "quotex"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m quotex "$@"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return bin_dir


def _ids(pages: list[Path]) -> list[str]:
    return [p.name for p in pages]


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_python_examples(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    text = page.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_console_examples(page: Path, tmp_path: Path) -> None:
    blocks = parse_console(page.read_text(encoding="utf-8"))
    if not blocks:
        return
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("console examples need bash")
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env["PATH"] = os.pathsep.join([str(_shim(tmp_path)), env.get("PATH", "")])
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    checker = doctest.OutputChecker()
    for command in (c for block in blocks for c in block):
        result = subprocess.run(
            [bash, "-c", command.script],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
            timeout=300,
        )
        example = doctest.Example(command.script, command.want)
        assert checker.check_output(command.want, result.stdout, FLAGS), (
            f"{page.name}:{command.line}: $ {command.script}\n"
            + checker.output_difference(example, result.stdout, FLAGS)
        )


def test_parse_console() -> None:
    page = "<!-- doctest: console -->\n```console\n$ cat <<EOF\n> a\n> EOF\na\n$ true\n```\n"
    [[first, second]] = parse_console(page)
    assert first == Command("cat <<EOF\na\nEOF", "a\n", 3)
    assert second == Command("true", "", 7)


def test_unmarked_console_blocks_are_not_run() -> None:
    assert parse_console("```console\n$ pip install quotex\n```\n") == []
