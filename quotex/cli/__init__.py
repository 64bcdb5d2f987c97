"""The ``quotex`` command line: argument handling, input readers, output writers, progress.

:mod:`quotex.cli.main` is the command, :mod:`quotex.cli.readers` turns paths into
documents, :mod:`quotex.cli.writers` turns quotes into rows, :mod:`quotex.cli.progress`
reports on stderr. The core pipeline never imports this package.
"""

from __future__ import annotations

from quotex.cli.main import build_parser, main, run_extract

__all__ = ["build_parser", "main", "run_extract"]
