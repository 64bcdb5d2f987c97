"""Import layering, read from the source (AST): the core never imports the command line or the
evaluation code, and a pipeline stage never imports a later stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

QUOTEX = Path(__file__).parents[1] / "quotex"
#: The outer layers: they may import the core, never the other way round.
OUTER = ("quotex.cli", "quotex.evaluation")
#: The pipeline stages in data-flow order (docs/pipeline.md).
STAGES = (
    "quotex.line_breaks",
    "quotex.tokens",
    "quotex.quote_spans",
    "quotex.sentences",
    "quotex.mentions",
    "quotex.attributions",
    "quotex.speakers",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(QUOTEX.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module *path* imports (absolute names; quotex uses no relative imports)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"
            if node.module:
                found.add(node.module)
    return found


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


CORE = sorted(
    p
    for p in QUOTEX.rglob("*.py")
    if not any(_within(_module_name(p), outer) for outer in OUTER) and p.name != "__main__.py"
)


def test_the_layers_are_where_the_test_expects_them() -> None:
    names = {_module_name(p) for p in QUOTEX.rglob("*.py")}
    for package in (*OUTER, *STAGES):
        assert package in names
    assert len(CORE) >= 20


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(QUOTEX)))
def test_core_never_imports_cli_or_evaluation(path: Path) -> None:
    bad = sorted(name for name in _imports(path) for outer in OUTER if _within(name, outer))
    assert bad == []


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_never_imports_a_later_stage(stage: str) -> None:
    later = STAGES[STAGES.index(stage) + 1 :]
    files = [p for p in QUOTEX.rglob("*.py") if _within(_module_name(p), stage)]
    assert files
    bad = sorted({name for p in files for name in _imports(p) for s in later if _within(name, s)})
    assert bad == []
