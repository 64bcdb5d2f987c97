"""quotex.evaluation agrees with the shared PolNeAR scorer on the dev set.

Needs ``../shared`` (the PolNeAR dev file and ``tools/score.py``); skipped when
it is absent. The predictions are made here, deterministically, from the gold
(perturbed) and by a quote-mark baseline, so the check does not depend on the
state of the extraction engine.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotex.evaluation import Annotation, GoldDocument, content_kind, evaluate
from quotex.evaluation.corpus import read_jsonl_gold

SHARED = Path(__file__).parents[1].parent / "shared"
DEV = SHARED / "polnear" / "dev.jsonl"
SCORER = SHARED / "tools" / "score.py"

pytestmark = pytest.mark.skipif(not (DEV.is_file() and SCORER.is_file()), reason="../shared is not available")

Pairs = list[list[int]]


@pytest.fixture(scope="module")
def dev() -> list[GoldDocument]:
    return read_jsonl_gold(DEV)


def pairs(spans: tuple[tuple[int, int], ...]) -> Pairs:
    return [list(s) for s in spans]


def perturbed(doc: GoldDocument) -> list[dict[str, Any]]:
    """Gold attributions, each changed by a rule chosen by its position; plus a few bad predictions."""
    out: list[dict[str, Any]] = []
    previous_source: Pairs = []
    for i, a in enumerate(doc.annotations):
        (start, end), *rest = a.content
        quote: dict[str, Any] = {"content": pairs(a.content), "source": pairs(a.source), "cue": pairs(a.cue)}
        rule = i % 7
        if rule == 0:
            continue  # a miss
        if rule == 1:
            quote["speaker"] = "Somebody"
        elif rule == 2:  # boundaries shifted
            quote["content"] = [[min(start + 3, end), max(start + 3, end - 2)], *pairs(tuple(rest))]
        elif rule == 3:  # the previous attribution's source
            quote["source"] = previous_source
        elif rule == 4:  # cut to 40%, no cue
            quote["content"], quote["cue"] = [[start, start + (end - start) * 2 // 5]], []
        elif rule == 5:  # 60 characters too early, as a flat pair
            quote["content"] = [max(0, start - 60), end]
        else:
            quote["source"] = []
        previous_source = pairs(a.source)
        out.append(quote)
    headline = doc.text.index("\n") if "\n" in doc.text else len(doc.text)
    out.append({"content": [[0, headline]], "source": [], "cue": []})  # a false alarm
    out.append({"content": [], "source": [[0, 1]], "cue": []})  # invalid: no content
    if doc.discard:
        out.append({"content": [list(doc.discard[0])], "source": [], "cue": []})  # in Discard
    return out


# a double-quoted stretch: “...”, "...", or the NYT's ''...''
QUOTED = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"|''(?:(?!'').){1,800}''")
# "..." said Smith / "..." Smith said
SAID_AFTER = re.compile(r"\W{0,3}\s*(?:said|says)\s+([A-Z]\w+)|\W{0,3}\s*([A-Z]\w+)\s+(?:said|says)")


def baseline(doc: GoldDocument) -> list[dict[str, Any]]:
    """Every double-quoted stretch, with the name next to an adjacent "said" as its source."""
    out = []
    for m in QUOTED.finditer(doc.text):
        quote: dict[str, Any] = {"content": [[m.start(), m.end()]], "source": [], "cue": []}
        said = SAID_AFTER.match(doc.text, m.end())
        if said:
            group = 1 if said.group(1) else 2
            quote["source"] = [[said.start(group), said.end(group)]]
        out.append(quote)
    return out


def write(path: Path, docs: list[GoldDocument], make: Any, every: int = 1) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for n, doc in enumerate(docs):
            if n % every == 0:
                f.write(json.dumps({"id": doc.id, "quotes": make(doc)}) + "\n")
    return path


def shared_scorer(pred: Path, *flags: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(DEV), str(pred), "--json", *flags],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def rounded(value: Any) -> Any:
    """*value* with every float rounded to three decimals."""
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return round(value, 3) if isinstance(value, float) else value


def ours(docs: list[GoldDocument], pred: Path, **kw: bool) -> dict[str, Any]:
    from quotex.evaluation.corpus import read_predictions

    return evaluate(docs, read_predictions(pred), **kw).total.to_dict()


#: name -> (prediction maker, keep every n-th document, score.py flags)
CASES: dict[str, tuple[Any, int, tuple[str, ...]]] = {
    "perturbed-gold": (perturbed, 1, ()),
    "perturbed-gold-keep-discard": (perturbed, 1, ("--keep-discard",)),
    "quote-mark-baseline": (baseline, 1, ()),
    "baseline-every-third-document": (baseline, 3, ()),
    "baseline-only-predicted": (baseline, 3, ("--only-predicted",)),
}


@pytest.mark.parametrize("name", CASES)
def test_same_numbers_as_the_shared_scorer(dev: list[GoldDocument], tmp_path: Path, name: str) -> None:
    make, every, flags = CASES[name]
    pred = write(tmp_path / f"{name}.jsonl", dev, make, every)
    options = {"keep_discard": "--keep-discard" in flags, "only_predicted": "--only-predicted" in flags}
    mine, theirs = ours(dev, pred, **options), shared_scorer(pred, *flags)
    assert mine["counts"] == theirs["counts"]
    assert rounded(mine["results"]) == rounded(theirs["results"])
    # the counts behind every number are equal too, so the floats agree to the last bit
    assert mine["results"] == theirs["results"]


def test_kind_rule_reproduces_the_gold_kinds(dev: list[GoldDocument]) -> None:
    for doc in dev:
        for a in doc.annotations:
            assert content_kind(" ".join(doc.text[s:e] for s, e in a.content)) == a.kind, (doc.id, a.id)


def test_gold_scores_perfectly(dev: list[GoldDocument]) -> None:
    result = evaluate(
        dev, {d.id: [Annotation(a.content, a.source, a.cue) for a in d.annotations] for d in dev}
    )
    assert result.total.prf("all", "e2e").f1 == 1.0
    assert result.total.stats["gold:all"] == 2192
