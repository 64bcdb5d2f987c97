"""quotex's output on every text in the repo is the one recorded in benchmarks/snapshot.json."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SNAPSHOT = Path(__file__).parents[1] / "benchmarks" / "snapshot.py"


@pytest.fixture(scope="module")
def snapshot() -> ModuleType:
    spec = importlib.util.spec_from_file_location("snapshot", SNAPSHOT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_repo_texts_give_the_recorded_output(snapshot: ModuleType) -> None:
    import json

    recorded = json.loads(snapshot.DEFAULT_SNAPSHOT.read_text(encoding="utf-8"))
    changed = snapshot.compare(recorded, snapshot.snapshot(snapshot.repo_texts()))
    assert not changed, (
        f"quotex's output changed on {len(changed)} repo texts ({', '.join(changed[:5])}...). "
        "If the change is intended, review it, then run `python benchmarks/snapshot.py --update` "
        "and commit benchmarks/snapshot.json with the change."
    )


def test_compare_names_every_difference(snapshot: ModuleType) -> None:
    old = {"a": {"quotes": "1"}, "b": {"quotes": "2"}}
    assert snapshot.compare(old, {"a": {"quotes": "1"}, "b": {"quotes": "3"}, "c": {}}) == ["b", "c"]
    assert snapshot.compare(old, dict(old)) == []


def test_repo_ids_are_unique_and_cover_the_fixtures(snapshot: ModuleType) -> None:
    ids = [doc_id for doc_id, _ in snapshot.repo_texts()]
    assert len(ids) == len(set(ids))
    assert any(i.startswith("golden/rules.jsonl:") for i in ids)
    assert any(i.startswith("negative.jsonl:") for i in ids)
    assert any(i.startswith("synthetic:") for i in ids)
