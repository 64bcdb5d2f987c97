"""CLI output: ``(document id, quotes)`` pairs -> jsonl, json, csv or a table, streamed.

Input: one call of :meth:`Writer.write` per document, in order. Output: text on
a stream, written as it comes (nothing is held back but the current document):

- ``jsonl``: one line per document, ``{"id": ..., "quotes": [Quote.to_dict(), ...]}``;
- ``json``: the same objects as one JSON array;
- ``csv``: a header, then one row per quote (:data:`CSV_COLUMNS`);
- ``table``: aligned columns for a person reading a terminal.

The row and line builders (:func:`document_json`, :func:`csv_row`,
:func:`table_row`) are pure.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, Literal, Protocol, TextIO

from quotex.records import Quote

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "Writer",
    "csv_row",
    "document_json",
    "make_writer",
    "silence_stdout",
    "table_row",
]

FORMATS = ("jsonl", "json", "csv", "table")
Format = Literal["jsonl", "json", "csv", "table"]

#: The CSV header: one row per quote.
CSV_COLUMNS = ("id", "text", "kind", "speaker", "title", "cue", "start", "end", "confidence")

#: Table column widths (the quote column takes the rest of the line).
_TABLE_WIDTHS = {"id": 16, "speaker": 20, "title": 28}
_MIN_QUOTE_WIDTH = 24


class Writer(Protocol):
    """Writes documents' quotes to a stream."""

    def write(self, doc_id: Any, quotes: Sequence[Quote]) -> None:
        """Write one document's quotes."""

    def close(self) -> None:
        """Finish the output (closing brackets, flushing); the stream stays open."""


def document_json(doc_id: Any, quotes: Sequence[Quote]) -> dict[str, Any]:
    """``{"id": doc_id, "quotes": [q.to_dict(), ...]}``."""
    return {"id": doc_id, "quotes": [q.to_dict() for q in quotes]}


def _id_text(doc_id: Any) -> str:
    """A document id as text: strings unchanged, other JSON values as JSON."""
    return doc_id if isinstance(doc_id, str) else json.dumps(doc_id, ensure_ascii=False)


def csv_row(doc_id: Any, quote: Quote) -> list[str]:
    """One CSV row (:data:`CSV_COLUMNS`) for *quote*; missing values are empty."""
    speaker = quote.speaker
    return [
        _id_text(doc_id),
        quote.text,
        quote.kind.value,
        speaker.name if speaker else "",
        (speaker.title or "") if speaker else "",
        quote.cue.text if quote.cue else "",
        str(quote.start),
        str(quote.end),
        f"{quote.confidence:.2f}",
    ]


def _fit(text: str, width: int, *, keep_end: bool = False) -> str:
    """*text* on one line, cut to *width* characters with "…" (at the start when *keep_end*)."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat.ljust(width)
    return ("…" + flat[-(width - 1) :]) if keep_end else (flat[: width - 1] + "…")


def table_row(cells: Sequence[str], *, line_width: int) -> str:
    """One table line: id, speaker, title and quote cells fitted to *line_width* characters."""
    doc_id, speaker, title, quote = cells
    fixed = sum(_TABLE_WIDTHS.values()) + 2 * len(_TABLE_WIDTHS)
    quote_width = max(line_width - fixed, _MIN_QUOTE_WIDTH)
    return "  ".join(
        [
            _fit(doc_id, _TABLE_WIDTHS["id"], keep_end=True),
            _fit(speaker, _TABLE_WIDTHS["speaker"]),
            _fit(title, _TABLE_WIDTHS["title"]),
            _fit(quote, quote_width).rstrip(),
        ]
    )


class JsonlWriter:
    """One JSON object per line per document."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, doc_id: Any, quotes: Sequence[Quote]) -> None:
        """Write one line."""
        self.stream.write(json.dumps(document_json(doc_id, quotes), ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Flush."""
        self.stream.flush()


class JsonWriter:
    """A JSON array of the documents, streamed element by element."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, doc_id: Any, quotes: Sequence[Quote]) -> None:
        """Write one array element."""
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(json.dumps(document_json(doc_id, quotes), ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        """Close the array (``[]`` when there were no documents)."""
        self.stream.write("\n]\n" if self.count else "[]\n")
        self.stream.flush()


class CsvWriter:
    """A header, then one row per quote."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.rows = csv.writer(stream, lineterminator="\n")
        self.rows.writerow(CSV_COLUMNS)

    def write(self, doc_id: Any, quotes: Sequence[Quote]) -> None:
        """Write one row per quote."""
        self.rows.writerows(csv_row(doc_id, q) for q in quotes)

    def close(self) -> None:
        """Flush."""
        self.stream.flush()


class TableWriter:
    """Aligned columns: document, speaker, title, quote; one line per quote."""

    def __init__(self, stream: TextIO, *, line_width: int) -> None:
        self.stream = stream
        self.line_width = line_width
        self.stream.write(table_row(["DOCUMENT", "SPEAKER", "TITLE", "QUOTE"], line_width=line_width) + "\n")

    def write(self, doc_id: Any, quotes: Sequence[Quote]) -> None:
        """Write one line per quote (an unattributed quote shows "-" as its speaker)."""
        for q in quotes:
            speaker = q.speaker.name if q.speaker else "-"
            title = (q.speaker.title or "") if q.speaker else ""
            cells = [_id_text(doc_id), speaker, title, q.text]
            self.stream.write(table_row(cells, line_width=self.line_width) + "\n")

    def close(self) -> None:
        """Flush."""
        self.stream.flush()


def make_writer(format: Format, stream: TextIO, *, line_width: int = 120) -> Writer:
    """The writer for *format* on *stream* (*line_width* is used by ``table`` only)."""
    if format == "jsonl":
        return JsonlWriter(stream)
    if format == "json":
        return JsonWriter(stream)
    if format == "csv":
        return CsvWriter(stream)
    if format == "table":
        return TableWriter(stream, line_width=line_width)
    raise ValueError(f"format must be one of {FORMATS}, got {format!r}")


def silence_stdout() -> None:
    """Point standard output at /dev/null after a closed pipe, so that no later write or the
    flush at exit fails again and prints a traceback (Python's documented recipe)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout replaced by a stream with no file descriptor
        pass
    finally:
        os.close(devnull)
