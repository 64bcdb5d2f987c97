"""Every word list has one home and no duplicates (read from the source, so a duplicate a set
would silently swallow is still caught)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from quotex.attributions.context import is_source_noun
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.grammar import OTHER_SOURCE_NOUNS

QUOTEX = Path(__file__).parents[1] / "quotex"
WORD_LIST_FILES = sorted([*(QUOTEX / "lexicon").glob("*.py"), *(QUOTEX / "attributions").glob("*.py")])


def _string_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """(line, items) of every list, tuple or set literal of strings, and of every
    ``"a b c".split()`` call."""
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)) and node.elts:
            items = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(items) == len(node.elts) and all(items):  # ('', ''): a default, not a word list
                found.append((node.lineno, items))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and not node.args
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            found.append((node.lineno, node.func.value.value.split()))
    return found


@pytest.mark.parametrize("path", WORD_LIST_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_word_list_repeats_a_word(path: Path) -> None:
    repeats = []
    for line, items in _string_lists(ast.parse(path.read_text(encoding="utf-8"))):
        seen: set[str] = set()
        repeats += [f"line {line}: {item!r}" for item in items if item in seen or seen.add(item)]  # type: ignore[func-returns-value]
    assert repeats == []


def test_the_duplicate_finder_finds_duplicates() -> None:
    tree = ast.parse('A = frozenset(["x", "y", "x"])\nB = "p q p".split()\n')
    assert sorted(items for _, items in _string_lists(tree)) == [["p", "q", "p"], ["x", "y", "x"]]


def test_other_source_nouns_repeat_no_lexicon_field() -> None:
    lexicon = DEFAULT_LEXICON
    fields = lexicon.role_words | lexicon.group_source_nouns | lexicon.organization_nouns
    assert not OTHER_SOURCE_NOUNS & fields


def _without_analyst() -> Lexicon:
    return DEFAULT_LEXICON.with_titles(remove={"analyst"})


def test_removing_a_title_removes_a_source_head() -> None:
    assert is_source_noun("analyst", DEFAULT_LEXICON)
    assert is_source_noun("analysts", DEFAULT_LEXICON)
    custom = _without_analyst()
    assert not is_source_noun("analyst", custom)
    assert not is_source_noun("analysts", custom)
    assert is_source_noun("economist", custom)  # only the word removed goes


def test_adding_a_title_adds_a_source_head() -> None:
    assert not is_source_noun("quartermaster", DEFAULT_LEXICON)
    assert is_source_noun("quartermaster", DEFAULT_LEXICON.with_titles(add={"quartermaster"}))
