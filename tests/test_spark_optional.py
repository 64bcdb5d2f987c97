"""Spark stays optional: the core install does not pull it, and ``import quotex`` does not load it.

These tests need neither PySpark nor Java (``tests/test_spark.py`` has the Spark tests).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPARK_PACKAGES = ("pyspark", "pyarrow", "pandas")


def _name(requirement: str) -> str:
    """``"pyspark>=3.5"`` -> ``"pyspark"``."""
    for i, char in enumerate(requirement):
        if not (char.isalnum() or char in "-_."):
            return requirement[:i].lower()
    return requirement.lower()


def test_core_dependencies_do_not_include_spark() -> None:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {_name(r) for r in project["dependencies"]}
    assert core.isdisjoint(SPARK_PACKAGES)
    extras = project["optional-dependencies"]
    assert {_name(r) for r in extras["spark"]} == set(SPARK_PACKAGES)
    assert not any(_name(r) in SPARK_PACKAGES for r in extras["dev"] + extras["test"])


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_import_quotex_does_not_load_pyspark() -> None:
    done = _run("import sys, quotex, quotex.batch, quotex.cli; print('pyspark' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_quotex_spark_without_pyspark_says_how_to_install_it() -> None:
    done = _run("import sys; sys.modules['pyspark'] = None; import quotex.spark")
    assert done.returncode != 0
    assert "pip install 'quotex[spark]'" in done.stderr
