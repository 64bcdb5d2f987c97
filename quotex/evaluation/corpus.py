"""Readers for evaluation data: files -> :class:`~quotex.evaluation.GoldDocument` s and predictions.

Input: a folder of brat standoff files (``NAME.txt`` + ``NAME.ann``), a
PolNeAR-style JSONL file (one article a line: ``id``, ``text``,
``attributions``, ``discard``; see ``docs/evaluation.md``), or a prediction
JSONL file (``{"id": ..., "quotes": [...]}`` a line). Output: gold documents
and ``{document id: [Annotation, ...]}``. :func:`parse_brat` and the
``*_from_json`` functions are pure; the ``read_*`` functions only add the file
access.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from quotex.evaluation.metrics import Annotation, GoldDocument, Spans, content_kind

__all__ = [
    "BratEntity",
    "annotations_from_json",
    "document_from_json",
    "parse_brat",
    "prediction_to_json",
    "read_brat_folder",
    "read_gold",
    "read_jsonl_gold",
    "read_predictions",
]

#: brat argument roles kept, after dropping a trailing number (``Content2`` -> content).
_ROLES = ("source", "cue", "content")
#: A brat record starts with its id and a tab: "T12\tCue 40 44\tsaid"; other lines continue the previous one.
_RECORD_START = re.compile(r"(?:[TERAMN#]\d+|\*)\t")
# a role name with its number: Content2
_ROLE_NUMBER = re.compile(r"\d+$")


@frozen
class BratEntity:
    """A text-bound brat annotation: ``T3\\tCue 107 114\\tsaid``; ``spans`` may be discontinuous."""

    id: str
    label: str
    spans: Spans
    text: str | None


# ---------------------------------------------------------------- brat


def _records(ann: str) -> Iterator[str]:
    """The records of a .ann file; an entity text holding a newline continues onto the next line."""
    record: str | None = None
    for line in ann.split("\n"):
        if record is not None and not _RECORD_START.match(line):
            record += "\n" + line
            continue
        if record is not None:
            yield record
        record = line
    if record is not None:
        yield record.rstrip("\n")


def _entity(fields: Sequence[str], where: str) -> BratEntity:
    """``["T1", "Content 5 9;12 20", "text"]`` -> a :class:`BratEntity`."""
    label, _, offsets = fields[1].partition(" ")
    try:
        spans = tuple((int(s), int(e)) for s, e in (frag.split() for frag in offsets.split(";")))
    except ValueError:
        raise ValueError(
            f"{where}: bad offsets {offsets!r} (want 'start end' or 'start end;start end')"
        ) from None
    text = "\t".join(fields[2:]) if len(fields) > 2 else None
    return BratEntity(fields[0], label, spans, text)


def _check_entity(entity: BratEntity, text: str, where: str) -> None:
    """The entity's offsets must lie in *text* and cover its brat text (spacing aside)."""
    for start, end in entity.spans:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"{where}: span {start} {end} is outside the text (length {len(text)})")
    if entity.text is None:
        return
    covered = " ".join(text[s:e] for s, e in entity.spans)
    if covered.split() != entity.text.split():
        raise ValueError(f"{where}: the offsets cover {covered!r} but the annotation says {entity.text!r}")


def parse_brat(doc_id: str, text: str, ann: str) -> GoldDocument:
    """A gold document from brat standoff annotation.

    ``Source``, ``Cue`` and ``Content`` text-bound annotations are linked by
    ``Attribution`` events (any event type starting with "Attribution", such as
    ``Attribution-no-source``); numbered roles (``Content2``) merge into their
    role, ``Discard`` entities become the document's Discard regions, and any
    other label, event type, relation, attribute or note is ignored. An event
    without a content is dropped.

    Args:
        doc_id: the document's id (the file name without ``.txt``).
        text: the document text, exactly as brat counted it.
        ann: the content of the ``.ann`` file.

    Raises:
        ValueError: for a malformed record, a span outside the text, an
            entity whose text does not match its offsets, or an event argument
            naming an unknown entity.
    """
    entities: dict[str, BratEntity] = {}
    events: list[tuple[str, list[str]]] = []
    for n, record in enumerate(_records(ann), 1):
        fields = record.split("\t")
        where = f"{doc_id}.ann record {n}"
        if record.startswith("T"):
            entity = _entity(fields, where)
            _check_entity(entity, text, f"{where} ({entity.id})")
            entities[entity.id] = entity
        elif record.startswith("E") and len(fields) > 1:
            events.append((fields[0], fields[1].split()))
    annotations = [a for a in (_event(eid, items, entities, text, doc_id) for eid, items in events) if a]
    annotations.sort(key=lambda a: (a.content[0][0], a.id))
    discard = sorted(span for e in entities.values() if e.label == "Discard" for span in e.spans)
    return GoldDocument(doc_id, text, annotations, discard)


def _event(
    eid: str, items: Sequence[str], entities: Mapping[str, BratEntity], text: str, doc_id: str
) -> Annotation | None:
    """An attribution from ``["Attribution:T4", "Source:T1", "Cue:T2", "Content:T3"]``, or None."""
    if not items or not items[0].startswith("Attribution"):
        return None
    roles: dict[str, set[tuple[int, int]]] = {role: set() for role in _ROLES}
    for item in items[1:]:
        name, _, tid = item.partition(":")
        role = _ROLE_NUMBER.sub("", name).lower()
        if role not in roles:
            continue
        if tid not in entities:
            raise ValueError(f"{doc_id}.ann {eid}: argument {item!r} names no text-bound annotation")
        roles[role].update(entities[tid].spans)
    if not roles["content"]:
        return None
    content = sorted(roles["content"])
    kind = content_kind(" ".join(text[s:e] for s, e in content))
    return Annotation(content, sorted(roles["source"]), sorted(roles["cue"]), kind=kind, id=eid)


def _read_text(path: Path) -> str:
    """A text file decoded as UTF-8 with its line endings untouched (brat's offsets count ``\\r``)."""
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def read_brat_folder(folder: str | Path) -> list[GoldDocument]:
    """Every ``NAME.txt`` + ``NAME.ann`` pair in *folder*, sorted by name.

    Raises:
        ValueError: when the folder holds no ``.txt`` file, a ``.txt`` has no
            ``.ann`` (write an empty one for a document without attributions),
            or :func:`parse_brat` rejects a file.
    """
    folder = Path(folder)
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        raise ValueError(f"{folder}: no brat .txt files")
    docs = []
    for txt in texts:
        ann = txt.with_suffix(".ann")
        if not ann.is_file():
            raise ValueError(f"{txt} has no {ann.name} (write an empty one if it has no attributions)")
        docs.append(parse_brat(txt.stem, _read_text(txt), ann.read_text(encoding="utf-8")))
    return docs


# ---------------------------------------------------------------- JSON


def _spans(value: Any, where: str) -> Spans:
    """Spans from ``[[s, e], ...]``, a flat ``[s, e]``, ``{"start", "end"}`` or a list of those.

    ``None`` gives ``()``.
    """
    if value is None:
        return ()
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"{where}: spans must be a list, got {value!r}")
    if len(value) == 2 and all(isinstance(v, int) for v in value):
        value = [value]
    pairs = []
    for span in value:
        pair = [span.get("start"), span.get("end")] if isinstance(span, dict) else span
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, int) for v in pair)):
            raise ValueError(f"{where}: bad span {span!r}")
        pairs.append((pair[0], pair[1]))
    return tuple(pairs)


def _speaker_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value else None


def annotations_from_json(items: Iterable[Mapping[str, Any]], where: str) -> list[Annotation]:
    """Annotations from JSON objects: gold attributions or predicted quotes.

    Each object has ``content`` (or ``parts``, as in ``Quote.to_dict()``),
    ``source`` and ``cue`` as span lists (or ``{"start", "end"}`` objects or
    null), and optionally ``kind``, ``speaker`` (a name or ``{"name": ...}``)
    and ``id``.
    """
    out = []
    for j, item in enumerate(items):
        here = f"{where} quote {j}"
        content = item["content"] if "content" in item else item.get("parts")
        out.append(
            Annotation(
                _spans(content, here),
                _spans(item.get("source"), here),
                _spans(item.get("cue"), here),
                kind=item.get("kind"),
                speaker=_speaker_name(item.get("speaker")),
                id=str(item.get("id", "")),
            )
        )
    return out


def document_from_json(obj: Mapping[str, Any]) -> GoldDocument:
    """A gold document from a PolNeAR-style JSON object: ``id``, ``text``, ``attributions``, ``discard``."""
    doc_id = str(obj["id"])
    if not isinstance(obj.get("text"), str):
        raise ValueError(f"gold {doc_id}: 'text' must be a string")
    return GoldDocument(
        doc_id,
        obj["text"],
        annotations_from_json(obj.get("attributions", ()), f"gold {doc_id}"),
        _spans(obj.get("discard", []), f"gold {doc_id} discard"),
    )


def prediction_to_json(doc_id: str, annotations: Iterable[Annotation]) -> dict[str, Any]:
    """One line of a prediction file, in the shared scorer's format."""
    quotes = [
        {"content": [list(s) for s in a.content], "source": [list(s) for s in a.source],
         "cue": [list(s) for s in a.cue], "speaker": a.speaker}
        for a in annotations
    ]  # fmt: skip
    return {"id": doc_id, "quotes": quotes}


def _jsonl(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(id, object)`` for each non-empty line; ValueError on a duplicate or missing id."""
    seen: set[str] = set()
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            if not isinstance(obj, dict) or "id" not in obj:
                raise ValueError(f"{path}:{n}: each line must be a JSON object with an 'id'")
            doc_id = str(obj["id"])
            if doc_id in seen:
                raise ValueError(f"{path}:{n}: duplicate id {doc_id!r}")
            seen.add(doc_id)
            yield doc_id, obj


def read_jsonl_gold(path: str | Path) -> list[GoldDocument]:
    """The documents of a PolNeAR-style JSONL file, in file order."""
    return [document_from_json(obj) for _, obj in _jsonl(path)]


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Gold documents from a brat folder or a JSONL file."""
    return read_brat_folder(path) if Path(path).is_dir() else read_jsonl_gold(path)


def read_predictions(path: str | Path) -> dict[str, list[Annotation]]:
    """``{id: annotations}`` from a prediction JSONL file.

    Each line is ``{"id": ..., "quotes": [...]}`` (``"attributions"`` is read
    too); see :func:`annotations_from_json` for the quote objects.
    """
    return {
        doc_id: annotations_from_json(obj.get("quotes", obj.get("attributions", [])), f"{path} {doc_id}")
        for doc_id, obj in _jsonl(path)
    }
