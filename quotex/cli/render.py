"""``quotex render PATH... -o report.html``: documents -> one HTML page with their quotes highlighted.

Input: the same inputs as ``quotex extract`` (text files, JSONL files, folders,
``-``; read by :mod:`quotex.cli.readers`) and, with ``--quotes FILE``, the
JSONL that ``quotex extract`` wrote for them (``{"id": ..., "quotes": [...]}``
a line, matched to the documents by id, in any order); without it quotex
extracts the quotes. Output: the page of :func:`quotex.render_many`, written
document by document, so memory does not grow with the number of documents
(``--quotes`` keeps one file offset per document). Unreadable inputs, documents
missing from ``--quotes`` and quotes that do not fit their text are reported
on stderr and left out. Exit status: 0, 1 when anything was reported, 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any, TextIO

from attrs import frozen

from quotex.batch import Failure, iter_outcomes
from quotex.cli.progress import Reporter
from quotex.cli.readers import Document, InputError, expand_paths, read_sources
from quotex.cli.writers import silence_stdout
from quotex.display.page import check_quotes, render_many
from quotex.records import Quote
from quotex.tokens import load_pipeline

__all__ = ["QuotesFile", "add_parser", "run"]

OK, INPUT_ERRORS, USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``quotex render`` to *sub*."""
    p = sub.add_parser(
        "render",
        help="write an HTML page showing the quotes of text files, JSONL files or folders",
        description="Write one self-contained HTML page showing each document with its quotes "
        "highlighted (content, source, cue), labelled with speaker, title, kind and confidence.",
        epilog="Exit status: 0 if every input was rendered, 1 if any was reported, 2 for a usage error.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a text file, a .jsonl file (one JSON object a line), a folder, or - for standard input",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the page here instead of standard output")
    p.add_argument(
        "--quotes",
        metavar="FILE",
        help="the JSONL that `quotex extract` wrote for these inputs (default: extract the quotes now)",
    )
    p.add_argument("--title", default="Quotations", help="the page heading (default: %(default)s)")
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read the inputs, as for `quotex extract` (default: %(default)s)",
    )
    p.add_argument("--text-field", default="text", help="JSONL field holding the text (default: %(default)s)")
    p.add_argument(
        "--id-field", default="id", help="JSONL field holding the document id (default: %(default)s)"
    )
    p.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="input encoding (default: %(default)s)"
    )
    p.add_argument("--model", metavar="NAME", help="a spaCy pipeline for quotex to use (without --quotes)")
    p.add_argument("-n", "--n-process", type=int, default=1, help="processes to extract with (default: 1)")
    p.set_defaults(func=run)


def _encoding(value: str) -> str:
    """argparse type: a known codec name."""
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def _key(doc_id: Any) -> str:
    """A document id as a lookup key: the same for the id read from an input and from JSON."""
    return json.dumps(doc_id, ensure_ascii=False, sort_keys=True)


@frozen
class _Entry:
    offset: int
    line: int


class QuotesFile:
    """A ``quotex extract`` JSONL file, indexed by document id: one byte offset per document.

    Raises:
        OSError: when the file cannot be read.
        ValueError: for a line that is not ``{"id": ..., "quotes": [...]}``.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: dict[str, _Entry] = {}
        self._stream: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed by close()
        number = 0
        while True:
            offset = self._stream.tell()
            raw = self._stream.readline()
            if not raw:
                break
            number += 1
            if raw.strip():
                self.entries[_key(self._parse(raw, number).get("id"))] = _Entry(offset, number)

    def _parse(self, raw: bytes, number: int) -> dict[str, Any]:
        try:
            obj = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{self.path}:{number}: not JSON: {exc}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("quotes"), list):
            raise ValueError(f'{self.path}:{number}: expected {{"id": ..., "quotes": [...]}}')
        return obj

    def quotes(self, doc_id: Any) -> list[dict[str, Any]] | None:
        """The quote objects of document *doc_id*, or None when the file has no line for it."""
        entry = self.entries.get(_key(doc_id))
        if entry is None:
            return None
        self._stream.seek(entry.offset)
        quotes: list[dict[str, Any]] = self._parse(self._stream.readline(), entry.line)["quotes"]
        return quotes

    def close(self) -> None:
        """Close the file."""
        self._stream.close()


def _readable(items: Iterable[Document | InputError], reporter: Reporter) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            reporter.error(str(item), size=item.size)
        else:
            yield item


def _with_stored_quotes(
    docs: Iterable[Document], stored: QuotesFile, reporter: Reporter
) -> Iterator[tuple[str, str, list[Quote]]]:
    for doc in docs:
        where = f"{doc.source}:{doc.line}" if doc.line is not None else doc.source
        data = stored.quotes(doc.id)
        if data is None:
            reporter.error(f"{where}: {stored.path} has no line for document {_key(doc.id)}")
            continue
        try:
            quotes = check_quotes(doc.text, data)
        except (TypeError, ValueError, KeyError) as exc:
            reporter.error(f"{where}: the quotes in {stored.path} do not fit this text: {exc}")
            continue
        reporter.document(quotes=len(quotes), size=doc.size)
        yield _name(doc.id), doc.text, quotes


def _with_new_quotes(
    docs: Iterable[Document], reporter: Reporter, *, nlp: Any, n_process: int
) -> Iterator[tuple[str, str, list[Quote]]]:
    pairs = ((doc.text, doc) for doc in docs)
    for outcome, doc in iter_outcomes(pairs, nlp=nlp, n_process=n_process, keep_going=True):
        if isinstance(outcome, Failure):
            reporter.error(f"{_name(doc.id)}: quotex failed on this document: {outcome.error}")
            continue
        reporter.document(quotes=len(outcome), size=doc.size)
        yield _name(doc.id), doc.text, outcome


def _name(doc_id: Any) -> str:
    return doc_id if isinstance(doc_id, str) else json.dumps(doc_id, ensure_ascii=False)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        yield stream


def run(args: argparse.Namespace) -> int:
    """``quotex render``: read, extract (or look up) the quotes, write the page; the exit status."""
    if args.quotes and args.model:
        sys.stderr.write("quotex render: error: --model needs quotex to extract: drop --quotes\n")
        return USAGE
    if args.n_process < 1 and args.n_process != -1:
        sys.stderr.write("quotex render: error: --n-process must be a positive number or -1\n")
        return USAGE
    try:
        stored = QuotesFile(args.quotes) if args.quotes else None
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"quotex render: error: --quotes: {exc}\n")
        return USAGE
    nlp = None
    if args.model:
        try:
            nlp = load_pipeline(args.model)
        except ValueError as exc:
            sys.stderr.write(f"quotex render: error: {exc}\n")
            return USAGE
    reporter = Reporter(sys.stderr, show_progress=False)
    sources = expand_paths(args.paths, input_format=args.input_format)
    items = read_sources(
        sources,
        stdin=sys.stdin.buffer,
        encoding=args.encoding,
        text_field=args.text_field,
        id_field=args.id_field,
    )
    docs = _readable(items, reporter)
    triples = (
        _with_stored_quotes(docs, stored, reporter)
        if stored is not None
        else _with_new_quotes(docs, reporter, nlp=nlp, n_process=args.n_process)
    )
    try:
        with _output(args.output) as stream:
            for piece in render_many(triples, title=args.title):
                stream.write(piece)
    except BrokenPipeError:  # the reader went away (`| head`): a normal end, as for extract
        silence_stdout()
        return INPUT_ERRORS if reporter.errors else OK
    except OSError as exc:
        reporter.message(f"quotex render: error: cannot write {args.output or 'the output'}: {exc}")
        return INPUT_ERRORS
    finally:
        if stored is not None:
            stored.close()
        reporter.close()
    return INPUT_ERRORS if reporter.errors else OK
