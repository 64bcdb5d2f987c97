"""Snapshot of quotex's output: one sha256 per document, to prove a refactoring changes nothing.

    python benchmarks/snapshot.py             # check the repo's texts against benchmarks/snapshot.json
    python benchmarks/snapshot.py --update    # rewrite benchmarks/snapshot.json (review the diff first)
    python benchmarks/snapshot.py --corpus DIR --update --out /tmp/snap.json   # *.jsonl with "text"
    python benchmarks/snapshot.py --corpus DIR --check /tmp/snap.json
    python benchmarks/snapshot.py --corpus DIR --model PATH --cache /tmp/docs.spacy --check /tmp/snap-sm.json

For every document two hashes are kept: ``quotes``, of the public output
(``to_dict()`` of every quote, as JSON with sorted keys), and ``attributions``,
of stage 5's raw output (the ``repr`` of every ``Attribution`` that
``quotex.attributions.attribute`` returns; it shows changes that the later
stages would hide). Both come from one run of ``quotex.extract.attributed_quotes``,
which is ``extract_quotes_from_tokens`` itself (the composition users run; until
round 51 this script composed the stages on its own and had drifted from it: no
described marks, no invisible characters, no possessive marks). Only hashes are
written, never a text, so a corpus that may not be copied can be snapshotted to a
path outside the repository.

The repo corpus is every text in ``fixtures/`` (articles, brat texts, golden,
negative and known-failure cases) and the articles ``benchmarks/synthetic.py``
generates. ``--model`` parses each text once with that spaCy pipeline and
keeps the ``Doc``s in ``--cache`` (a ``DocBin``), so later runs skip parsing.
Exit status: 0 when every hash is equal, 1 when some differ (they are listed).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin

from quotex.extract import attributed_quotes
from quotex.lexicon import DEFAULT_LEXICON
from quotex.line_breaks import unwrapped
from quotex.tokens import Tokens, analysis_text, from_doc, tokenize

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SNAPSHOT = ROOT / "benchmarks" / "snapshot.json"
#: How much generated text the repo corpus holds (bytes of UTF-8).
SYNTHETIC_BYTES = 60_000


def _synthetic_module() -> Any:
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unique(key: str, seen: dict[str, int]) -> str:
    """*key*, with ``#2``, ``#3``... appended when it was seen before."""
    seen[key] = seen.get(key, 0) + 1
    return key if seen[key] == 1 else f"{key}#{seen[key]}"


def repo_texts() -> Iterator[tuple[str, str]]:
    """(id, text) for every text in the repository's fixtures and the synthetic articles."""
    seen: dict[str, int] = {}
    fixtures = ROOT / "fixtures"
    for path in sorted([*fixtures.glob("articles/*.txt"), *fixtures.glob("brat/*.txt")]):
        yield path.relative_to(fixtures).as_posix(), path.read_text(encoding="utf-8")
    for path in sorted([*fixtures.glob("*.jsonl"), *fixtures.glob("golden/*.jsonl")]):
        name = path.relative_to(fixtures).as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                yield _unique(f"{name}:{case.get('label', n)}", seen), case["text"]
    for n, text in enumerate(_synthetic_module().articles(SYNTHETIC_BYTES, seed=0)):
        yield f"synthetic:{n}", text


def corpus_texts(folder: Path) -> Iterator[tuple[str, str]]:
    """(id, text) for every line of every ``*.jsonl`` file in *folder*."""
    seen: dict[str, int] = {}
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines, 1):
                if line.strip():
                    doc = json.loads(line)
                    yield _unique(f"{path.stem}:{doc.get('id', n)}", seen), doc["text"]


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def hashes(tokens: Tokens) -> dict[str, str]:
    """The two hashes of one document's token table (stage 1's output)."""
    # (extract_quotes_from_tokens itself, keeping stage 5's output: the composition users run)
    attributions, quotes = attributed_quotes(tokens, lexicon=DEFAULT_LEXICON)
    return {
        "quotes": _digest(json.dumps([q.to_dict() for q in quotes], sort_keys=True)),
        "attributions": _digest("\n".join(repr(a) for a in attributions)),
    }


def snapshot(texts: Iterator[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """id -> hashes, with the default (tokenizer-only) pipeline."""
    # (stage 0 as extract_quotes runs it: the text with its wrapping newlines made spaces)
    return {doc_id: hashes(tokenize(unwrapped(text))) if text else {} for doc_id, text in texts}


def model_snapshot(texts: list[tuple[str, str]], model: str, cache: Path) -> dict[str, dict[str, str]]:
    """id -> hashes with a parsed ``Doc`` per text, parsed once and kept in *cache*."""
    nlp = spacy.load(model)
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) != len(texts):
            sys.exit(f"{cache} holds {len(docs)} Docs for {len(texts)} texts: delete it to parse again")
    else:
        print(f"parsing {len(texts)} texts with {model} (once; kept in {cache})", file=sys.stderr)
        docs = list(nlp.pipe(analysis_text(text) for _, text in texts))
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return {
        doc_id: hashes(from_doc(doc, text=text)) if text else {}
        for (doc_id, text), doc in zip(texts, docs, strict=True)
    }


def compare(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]) -> list[str]:
    """The ids whose hashes differ, or that only one side has."""
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="a folder of *.jsonl files with a 'text' field")
    ap.add_argument("--model", help="a spaCy pipeline (path or name): snapshot its parsed Docs")
    ap.add_argument("--cache", type=Path, help="the DocBin of parsed Docs (with --model)")
    ap.add_argument("--check", type=Path, help="the snapshot to compare with (default: the repo's)")
    ap.add_argument("--update", action="store_true", help="write the snapshot instead of checking it")
    ap.add_argument("--out", type=Path, help="where --update writes (default: --check's path)")
    args = ap.parse_args(argv)

    texts = list(corpus_texts(args.corpus) if args.corpus else repo_texts())
    if args.model:
        if args.cache is None:
            ap.error("--model needs --cache (where the parsed Docs are kept)")
        new = model_snapshot(texts, args.model, args.cache)
    else:
        new = snapshot(iter(texts))
    path = args.out or args.check or DEFAULT_SNAPSHOT
    if args.corpus and path == DEFAULT_SNAPSHOT:
        ap.error("a --corpus snapshot goes outside the repository: give --check or --out")
    if args.update:
        path.write_text(json.dumps(new, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(new)} documents' hashes to {path}")
        return 0
    old = json.loads((args.check or DEFAULT_SNAPSHOT).read_text(encoding="utf-8"))
    changed = compare(old, new)
    for doc_id in changed:
        print(f"changed: {doc_id}")
    print(f"{len(new)} documents, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
