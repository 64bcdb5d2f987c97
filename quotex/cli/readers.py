"""CLI input: paths -> a stream of :class:`Document` s and :class:`InputError` s.

Input: the ``PATH`` arguments of ``quotex extract``: text files, JSONL files
(one JSON object a line), folders (searched recursively, in name order, for
``.txt``/``.jsonl``/``.ndjson`` files; names starting with ``.`` are skipped)
and ``-`` for standard input. Output: one :class:`Document` per text file or
JSONL line, and an :class:`InputError` (path, line number, message) for each
thing that could not be read, in input order, so the caller decides whether to
go on. Files are decoded strictly (bytes that are not valid in the encoding
are reported, never replaced); a byte-order mark is read as such (see
:func:`decode`); JSONL files are read a line at a time, so memory does not grow
with the file. Folders are walked into symbolic links too, each folder once.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import attrs
from attrs import frozen

__all__ = [
    "STDIN",
    "Document",
    "InputError",
    "Source",
    "decode",
    "expand_paths",
    "input_size",
    "parse_jsonl_line",
    "read_sources",
]

#: The path argument that means standard input.
STDIN = "-"

InputFormat = Literal["auto", "text", "jsonl"]

_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_TEXT_SUFFIXES = frozenset({".txt"})


@frozen
class Document:
    """One document to analyse: its id, its text, where it came from and its size in bytes."""

    id: Any
    text: str
    source: str
    line: int | None
    size: int


@frozen
class InputError:
    """Something that could not be read: ``str()`` gives ``path:line: message``."""

    source: str
    line: int | None
    message: str
    size: int = 0

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


@frozen
class Source:
    """One input to read: a file path (or :data:`STDIN`) and how to read it."""

    path: str
    format: Literal["text", "jsonl"]


def _format_of(path: str, input_format: InputFormat) -> Literal["text", "jsonl"]:
    """The format to read *path* in: *input_format*, or by file suffix when ``"auto"``."""
    if input_format != "auto":
        return input_format
    return "jsonl" if Path(path).suffix.lower() in _JSONL_SUFFIXES else "text"


def _wanted_in_folder(name: str, input_format: InputFormat) -> bool:
    """Whether a file found in a folder is an input (by suffix, for the given format)."""
    suffix = Path(name).suffix.lower()
    if input_format == "text":
        return suffix in _TEXT_SUFFIXES
    if input_format == "jsonl":
        return suffix in _JSONL_SUFFIXES
    return suffix in _TEXT_SUFFIXES | _JSONL_SUFFIXES


def expand_paths(
    paths: Iterable[str], *, input_format: InputFormat = "auto"
) -> Iterator[Source | InputError]:
    """The PATH arguments -> the files to read, folders expanded recursively in name order.

    Standard input is read once: callers refuse a second ``-`` (see :func:`quotex.cli.main`).
    """
    for path in paths:
        if path == STDIN:
            yield Source(STDIN, "text" if input_format == "auto" else input_format)
        elif os.path.isdir(path):
            yield from _walk(path, input_format)
        elif os.path.exists(path):
            yield Source(path, _format_of(path, input_format))
        else:
            yield InputError(path, None, "no such file or folder")


def _walk(folder: str, input_format: InputFormat) -> Iterator[Source | InputError]:
    """The input files under *folder*: each folder's files in name order, then its subfolders
    (symbolic links to folders followed, each folder read once); unreadable folders as errors."""
    errors: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, onerror=errors.append, followlinks=True):
        yield from (InputError(e.filename or root, None, f"cannot read folder: {e.strerror}") for e in errors)
        errors.clear()
        try:
            info = os.stat(root)
        except OSError:
            info = None
        if info is not None:
            if (info.st_dev, info.st_ino) in seen:  # a link back to a folder already read
                dirs[:] = []
                continue
            seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _wanted_in_folder(name, input_format):
                path = os.path.join(root, name)
                yield Source(path, _format_of(path, input_format))
    yield from (InputError(e.filename or folder, None, f"cannot read folder: {e.strerror}") for e in errors)


def input_size(sources: Iterable[Source | InputError]) -> int | None:
    """Total bytes of the files to read, or ``None`` when unknown (standard input)."""
    total = 0
    for source in sources:
        if isinstance(source, Source):
            if source.path == STDIN:
                return None
            try:
                total += os.path.getsize(source.path)
            except OSError:
                continue
    return total


#: Byte-order marks of the wider Unicode encodings -> the codec that reads past them
#: (UTF-32 first: its little-endian mark starts with UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_bom(data: bytes) -> str | None:
    """``"utf-16"`` or ``"utf-32"`` when *data* starts with that encoding's byte-order mark, else None."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    return None


def decode(data: bytes, *, encoding: str, source: str, line: int | None = None) -> str | InputError:
    """*data* decoded strictly, or an :class:`InputError` that says where the bad byte is.

    For a whole file (*line* None) in a UTF-8 *encoding* (the default), a byte-order
    mark decides: a UTF-8 mark is dropped (offsets count from the character after it,
    as Python's ``utf-8-sig`` reads), and a UTF-16 or UTF-32 mark decodes the data in
    that encoding. (JSONL files drop a UTF-8 mark on their first line.)
    """
    if line is None and codecs.lookup(encoding).name in ("utf-8", "utf-8-sig"):
        encoding = wide_bom(data) or "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        if line is None:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        else:
            column = exc.start + 1
        name = codecs.lookup(encoding).name.replace("-sig", "")
        return InputError(
            source,
            line,
            f"not valid {name} (byte 0x{bad} at column {column}); "
            f"convert the file to UTF-8 or pass --encoding",
            len(data),
        )


def _check_encodable(text: str, *, source: str, line: int | None, size: int) -> InputError | None:
    """An error when *text* holds a lone surrogate (from a JSON ``\\ud800`` escape), else None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return InputError(source, line, f"text holds an unpaired surrogate {text[exc.start]!r}", size)
    return None


def parse_jsonl_line(
    line: str, *, source: str, number: int, size: int, text_field: str, id_field: str
) -> Document | InputError | None:
    """One JSONL line -> a :class:`Document`, an :class:`InputError`, or None for a blank line.

    The id is the object's *id_field* value, or ``"<source>:<number>"`` when it has none.
    """
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, number, f"bad JSON: {exc.msg} (column {exc.colno})", size)
    if not isinstance(obj, dict):
        return InputError(source, number, f"expected a JSON object, got {type(obj).__name__}", size)
    if obj.get(text_field, "") is None:
        return InputError(source, number, f"field {text_field!r} is null, not a string", size)
    text = obj.get(text_field)
    if text is None:
        fields = ", ".join(repr(k) for k in list(obj)[:8])
        return InputError(
            source, number, f"no {text_field!r} field (fields: {fields}); name it with --text-field", size
        )
    if not isinstance(text, str):
        return InputError(
            source, number, f"field {text_field!r} is a {type(text).__name__}, not a string", size
        )
    error = _check_encodable(text, source=source, line=number, size=size)
    if error is not None:
        return error
    doc_id = obj.get(id_field, f"{source}:{number}")
    return Document(doc_id, text, source, number, size)


def read_sources(
    sources: Iterable[Source | InputError],
    *,
    stdin: IO[bytes],
    encoding: str = "utf-8",
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Document | InputError]:
    """Every document of every source, in order, with an :class:`InputError` for each failure."""
    for source in sources:
        if isinstance(source, InputError):
            yield source
        elif source.format == "jsonl":
            yield from _read_jsonl(
                source.path, stdin, encoding=encoding, text_field=text_field, id_field=id_field
            )
        else:
            yield _read_text(source.path, stdin, encoding=encoding)


def _name(path: str) -> str:
    """How *path* is shown in ids and messages (``<stdin>`` for :data:`STDIN`)."""
    return "<stdin>" if path == STDIN else path


def _open(path: str, stdin: IO[bytes]) -> IO[bytes]:
    """The binary stream of *path* (standard input for :data:`STDIN`); OSError when unreadable."""
    return stdin if path == STDIN else open(path, "rb")  # closed by the caller


def _read_text(path: str, stdin: IO[bytes], *, encoding: str) -> Document | InputError:
    """A whole text file as one document (id: its path)."""
    name = _name(path)
    try:
        stream = _open(path, stdin)
        try:
            data = stream.read()
        finally:
            if stream is not stdin:
                stream.close()
    except OSError as exc:
        return InputError(name, None, f"cannot read: {exc.strerror or exc}")
    text = decode(data, encoding=encoding, source=name)
    if isinstance(text, InputError):
        return text
    return Document(name, text, name, None, len(data))


def _read_jsonl(
    path: str, stdin: IO[bytes], *, encoding: str, text_field: str, id_field: str
) -> Iterator[Document | InputError]:
    """The documents of a JSONL file, one line at a time."""
    name = _name(path)
    try:
        stream = _open(path, stdin)
    except OSError as exc:
        yield InputError(name, None, f"cannot read: {exc.strerror or exc}")
        return
    number = 0
    skipped = 0  # bytes of blank lines, counted with the next item so progress reaches 100%
    try:
        for number, raw in enumerate(stream, 1):
            size, skipped = skipped + len(raw), 0
            wide = wide_bom(raw) if number == 1 else None
            if wide is not None:
                yield InputError(
                    name,
                    None,
                    f"the file is {wide.upper()} (it starts with a {wide.upper()} byte-order mark); "
                    f"JSONL files must be UTF-8: convert it, e.g. iconv -f {wide.upper()} -t UTF-8",
                    os.path.getsize(path) if path != STDIN else len(raw),
                )
                return
            line = decode(raw, encoding=encoding, source=name, line=number)
            if isinstance(line, InputError):
                yield attrs.evolve(line, size=size)
                continue
            if number == 1:
                line = line.removeprefix("\ufeff")
            item = parse_jsonl_line(
                line, source=name, number=number, size=size, text_field=text_field, id_field=id_field
            )
            if item is None:
                skipped = size
            else:
                yield item
    except OSError as exc:
        yield InputError(name, number + 1, f"cannot read: {exc.strerror or exc}")
    finally:
        if stream is not stdin:
            stream.close()
