"""What a Spark executor runs: Arrow record batches of ``(id, text)`` -> record batches of quotes.

Input: an iterator of ``pyarrow.RecordBatch`` whose first column is the document id (any type,
passed through untouched) and whose second is the text (Spark ``string`` or ``binary``). Output:
an iterator of record batches in the layout of :func:`quotex.spark.schema.output_schema`, one
out per batch in, so a partition streams through in constant memory.

The spaCy pipeline (``model``) is loaded once per Python worker process and kept for every later
partition that process runs. A text that is null, not valid UTF-8, or on which extraction raises
gives no quotes and a message in the ``error`` column; it never fails the task.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from quotex.extract import extract_quotes
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.records import Quote
from quotex.spark.schema import QUOTE_SCHEMA, arrow_type

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Outcome", "extract_batches", "load_model", "outcome"]

#: The quotes of one document, and why it could not be read (None when it could).
Outcome = tuple[list[Quote], str | None]

_QUOTE_ARROW = arrow_type(QUOTE_SCHEMA)
_QUOTES_ARROW = pa.list_(pa.field("element", _QUOTE_ARROW, nullable=False))


def extract_batches(
    batches: Iterable[Any],
    *,
    names: Sequence[str],
    explode: bool,
    lexicon: Lexicon | None,
    model: str | None,
) -> Iterator[Any]:
    """``mapInArrow`` function: each ``(id, text)`` batch -> a batch of quotes with columns *names*.

    ``lexicon=None`` means :data:`~quotex.lexicon.DEFAULT_LEXICON`; ``model`` is a spaCy pipeline
    name or path, loaded once in this process (see :func:`load_model`).
    """
    lexicon = DEFAULT_LEXICON if lexicon is None else lexicon
    nlp = None if model is None else load_model(model)
    for batch in batches:
        outcomes = [outcome(value, lexicon=lexicon, nlp=nlp) for value in _utf8_values(batch.column(1))]
        columns = _exploded(batch.column(0), outcomes) if explode else _nested(batch.column(0), outcomes)
        yield pa.RecordBatch.from_arrays(columns, names=list(names))


@functools.cache
def load_model(model: str) -> Language:
    """``spacy.load(model)``, once per process and model."""
    import spacy  # noqa: PLC0415 - only model= needs it loaded; the default pipeline imports less

    return spacy.load(model)


def outcome(value: bytes | None, *, lexicon: Lexicon, nlp: Language | None = None) -> Outcome:
    """One document's raw UTF-8 text (or null) -> its quotes and error (None when it was read)."""
    if value is None:
        return [], "text is null"
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], f"text is not valid UTF-8: {exc.reason} at byte {exc.start}"
    try:
        return extract_quotes(text, nlp=nlp, lexicon=lexicon), None
    except Exception as exc:  # reported in the error column; one document never fails a job
        return [], f"{type(exc).__name__}: {exc}"


def _utf8_values(column: Any) -> list[bytes | None]:
    """A string or binary Arrow column as raw bytes (Spark does not promise valid UTF-8 in a string)."""
    return list(column.cast(pa.large_binary()).to_pylist())


def _exploded(ids: Any, outcomes: list[Outcome]) -> list[Any]:
    """One row per quote (and one per unreadable document): id, quote_index, quote fields, error."""
    rows: list[int] = []
    indices: list[int | None] = []
    quotes: list[dict[str, Any] | None] = []
    errors: list[str | None] = []
    for row, (found, error) in enumerate(outcomes):
        if error is not None:
            rows.append(row)
            indices.append(None)
            quotes.append(None)
            errors.append(error)
        for index, quote in enumerate(found):
            rows.append(row)
            indices.append(index)
            quotes.append(quote.to_dict())
            errors.append(None)
    fields = pa.array(quotes, type=_QUOTE_ARROW).flatten()
    row_ids = ids.take(pa.array(rows, type=pa.int64()))
    return [row_ids, pa.array(indices, type=pa.int32()), *fields, pa.array(errors, type=pa.string())]


def _nested(ids: Any, outcomes: list[Outcome]) -> list[Any]:
    """One row per document: id, the array of its quotes, error."""
    quotes = pa.array([[q.to_dict() for q in found] for found, _ in outcomes], type=_QUOTES_ARROW)
    errors = pa.array([error for _, error in outcomes], type=pa.string())
    return [ids, quotes, errors]
