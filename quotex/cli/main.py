"""The ``quotex`` command (also ``python -m quotex``).

Input: command-line arguments. Output: an exit status, and the results on
stdout (or ``--output``), messages and progress on stderr.

``quotex extract PATH... | -`` reads text files, JSONL files and folders
(see :mod:`quotex.cli.readers`), finds the quotes of each document (on several
processes with ``--n-process``) and writes them as jsonl, json, csv or a table
(see :mod:`quotex.cli.writers`), streaming: memory does not grow with the input.
An input that cannot be read is reported with its path and line number; the
run goes on (``--on-error skip``) or stops after the documents before it
(``--on-error stop``). Exit status: 0 when everything was read (also when the
reader of the output went away, as with ``| head``), 1 when anything was
reported, 2 for a usage error. ``quotex evaluate`` is in
:mod:`quotex.evaluation.cli`, ``quotex render`` in :mod:`quotex.cli.render`.

Output safety: an ``--output`` file that is also an input is refused before
anything is read; an input that is this run's standard output (``quotex extract
dir > dir/out.jsonl``) is skipped with a note; ``--output`` is written to a
hidden temporary file beside it and renamed over it at the end, so an
interrupted run leaves the old file (or none), never half a file.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, TextIO

import quotex
from quotex.batch import DEFAULT_BATCH_SIZE, Failure, Slow, iter_outcomes
from quotex.cli.progress import Reporter
from quotex.cli.readers import (
    STDIN,
    Document,
    InputError,
    Source,
    expand_paths,
    input_size,
    read_sources,
)
from quotex.cli.render import add_parser as add_render_parser
from quotex.cli.writers import FORMATS, make_writer, silence_stdout
from quotex.evaluation import cli as evaluation_cli
from quotex.tokens import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["build_parser", "main", "run_extract"]

#: Exit statuses.
OK, INPUT_ERRORS, USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``quotex`` command with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help(sys.stderr)
        return USAGE
    try:
        status: int = args.func(args)
    except KeyboardInterrupt:
        sys.stderr.write("\nquotex: interrupted\n")
        return 130
    except BrokenPipeError:  # the reader of stdout went away (`| head -1`): a normal end
        silence_stdout()
        return OK
    return status


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its ``extract``, ``evaluate`` and ``render`` subcommands."""
    parser = argparse.ArgumentParser(
        prog="quotex", description="Find the quotations in news text and say who said each one."
    )
    parser.add_argument("--version", action="version", version=f"quotex {quotex.__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_extract_parser(sub)
    evaluation_cli.add_parser(sub)
    add_render_parser(sub)
    return parser


def _add_extract_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``quotex extract`` to *sub*."""
    p = sub.add_parser(
        "extract",
        help="print the quotes of text files, JSONL files or folders",
        description="Print the quotes of each document, with speaker, title and cue.",
        epilog="Exit status: 0 if every input was read, 1 if any was reported, 2 for a usage error.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a text file (one document), a .jsonl file (one JSON object a line), "
        "a folder (its .txt/.jsonl files, recursively), or - for standard input",
    )
    p.add_argument(
        "-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: %(default)s)"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read the inputs; auto: .jsonl/.ndjson files as JSONL, the rest "
        "(and standard input) as text (default: %(default)s)",
    )
    p.add_argument("--text-field", default="text", help="JSONL field holding the text (default: %(default)s)")
    p.add_argument(
        "--id-field",
        default="id",
        help="JSONL field holding the document id (default: %(default)s; without it: PATH:LINE)",
    )
    p.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="input encoding (default: %(default)s)"
    )
    p.add_argument("--model", metavar="NAME", help="a spaCy pipeline to use (package name or path)")
    p.add_argument(
        "-n",
        "--n-process",
        type=_process_count,
        default=1,
        help="processes to use, -1 for one per CPU (default: 1)",
    )
    p.add_argument("--batch-size", type=_positive, default=DEFAULT_BATCH_SIZE, help=argparse.SUPPRESS)
    p.add_argument(
        "--max-seconds",
        type=_seconds,
        metavar="N",
        help="give up a document still running after N seconds: report it and go on (default: no limit)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr "
        "(default: when stderr is a terminal and there are several documents)",
    )
    p.add_argument(
        "--on-error",
        choices=("skip", "stop"),
        default="skip",
        help="on an unreadable input: report it and go on, or stop (default: %(default)s)",
    )
    p.set_defaults(func=run_extract)


def _positive(value: str) -> int:
    """argparse type: a positive int."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive number, got {value}")
    return number


def _process_count(value: str) -> int:
    """argparse type: a positive int or -1."""
    number = int(value)
    if number < 1 and number != -1:
        raise argparse.ArgumentTypeError(f"must be a positive number or -1, got {value}")
    return number


def _seconds(value: str) -> float:
    """argparse type: a positive number of seconds."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of seconds, got {value}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {value}")
    return number


def _encoding(value: str) -> str:
    """argparse type: a known codec name."""
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None


def run_extract(args: argparse.Namespace) -> int:
    """``quotex extract``: read, extract, write; return the exit status."""
    if args.paths.count(STDIN) > 1:
        sys.stderr.write("quotex: error: standard input (-) can be read only once\n")
        return USAGE
    sources = list(expand_paths(args.paths, input_format=args.input_format))
    output = None if args.output in (None, "-") else args.output
    clash = _output_among_inputs(output, sources)
    if clash is not None:
        sys.stderr.write(
            f"quotex: error: the output file {output} is also an input ({clash}); "
            "write the output somewhere else\n"
        )
        return USAGE
    nlp = None
    if args.model:
        nlp = _load_model(args.model)
        if nlp is None:
            return USAGE
    show = args.progress if args.progress is not None else (sys.stderr.isatty() and _several(sources))
    reporter = Reporter(sys.stderr, show_progress=show, total_bytes=input_size(sources) if show else None)
    sources = list(_skip_own_output(sources, reporter))
    items = read_sources(
        sources,
        stdin=sys.stdin.buffer,
        encoding=args.encoding,
        text_field=args.text_field,
        id_field=args.id_field,
    )
    same_terminal = output is None and _same_terminal(sys.stdout, sys.stderr)
    try:
        with _output(output) as stream:
            width = shutil.get_terminal_size((120, 24)).columns
            writer = make_writer(args.format, stream, line_width=width)
            texts = _texts(items, reporter, stop=args.on_error == "stop", max_length=_max_length(nlp))
            outcomes = iter_outcomes(
                texts,
                nlp=nlp,
                n_process=args.n_process,
                batch_size=args.batch_size,
                keep_going=True,
                max_seconds=args.max_seconds,
            )
            for outcome, (doc_id, size) in outcomes:
                if isinstance(outcome, Failure | Slow):
                    reporter.error(_failure_message(doc_id, outcome), size=size)
                    if args.on_error == "stop":
                        break
                    continue
                if same_terminal:
                    reporter.clear()  # rows and the progress line share one screen line otherwise
                writer.write(doc_id, outcome)
                stream.flush()  # each result is out as soon as it is ready (pipelines, `tail -f`)
                reporter.document(quotes=len(outcome), size=size)
            if same_terminal:
                reporter.clear()
            writer.close()
    except BrokenPipeError:  # the reader went away (e.g. `| head`): a normal end, as for other tools
        return INPUT_ERRORS if reporter.errors else OK
    except OSError as exc:
        reporter.message(f"quotex: error: cannot write {output or 'the output'}: {exc.strerror or exc}")
        return INPUT_ERRORS
    finally:
        reporter.close()
    return INPUT_ERRORS if reporter.errors else OK


def _failure_message(doc_id: Any, outcome: Failure | Slow) -> str:
    """The error line for a document that failed or ran over ``--max-seconds``."""
    if isinstance(outcome, Slow):
        return f"{doc_id}: still running after {outcome.seconds:g} s (--max-seconds): skipped"
    return f"{doc_id}: quotex failed on this document (please report it): {outcome.error}"


def _identity(path: str) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of the regular file *path*, or None (no such file, not a file)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _output_among_inputs(output: str | None, sources: Sequence[Source | InputError]) -> str | None:
    """The input path that is the existing *output* file, or None."""
    target = None if output is None else _identity(output)
    if target is None:
        return None
    for source in sources:
        if isinstance(source, Source) and source.path != STDIN and _identity(source.path) == target:
            return source.path
    return None


def _skip_own_output(
    sources: Iterable[Source | InputError], reporter: Reporter
) -> Iterator[Source | InputError]:
    """*sources* without the file that standard output writes to (``> dir/out.jsonl``), with a note."""
    try:
        info = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        info = None
    own = (info.st_dev, info.st_ino) if info is not None and stat.S_ISREG(info.st_mode) else None
    for source in sources:
        if (
            own is not None
            and isinstance(source, Source)
            and source.path != STDIN
            and _identity(source.path) == own
        ):
            reporter.message(f"quotex: note: skipping {source.path}: it is this run's output")
            continue
        yield source


def _same_terminal(out: TextIO, err: TextIO) -> bool:
    """Whether *out* and *err* are one terminal (then rows and progress share its lines)."""
    try:
        if not (out.isatty() and err.isatty()):
            return False
        a, b = os.fstat(out.fileno()), os.fstat(err.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False
    return (a.st_dev, a.st_ino, a.st_rdev) == (b.st_dev, b.st_ino, b.st_rdev)


def _several(sources: Sequence[Source | InputError]) -> bool:
    """Whether the inputs may hold more than one document."""
    return len(sources) > 1 or any(isinstance(s, Source) and s.format == "jsonl" for s in sources)


def _texts(
    items: Iterable[Document | InputError], reporter: Reporter, *, stop: bool, max_length: int | None
) -> Iterator[tuple[str, tuple[Any, int]]]:
    """``(text, (id, size))`` for each readable document; errors go to *reporter*; with *stop*,
    the stream ends at the first error."""
    for item in items:
        if isinstance(item, Document):
            error = _too_long(item, max_length)
            if error is None:
                yield item.text, (item.id, item.size)
                continue
        else:
            error = item
        reporter.error(str(error), size=error.size)
        if stop:
            return


def _too_long(doc: Document, max_length: int | None) -> InputError | None:
    """An error when *doc* is longer than the model accepts, else None."""
    if max_length is None or len(doc.text) <= max_length:  # spaCy refuses len(text) > max_length
        return None
    return InputError(
        doc.source,
        doc.line,
        f"document has {len(doc.text):,} characters, more than the model's max_length ({max_length:,})",
        doc.size,
    )


def _max_length(nlp: Language | None) -> int | None:
    """The longest text *nlp* accepts (None without a model)."""
    return None if nlp is None else int(nlp.max_length)


def _load_model(name: str) -> Language | None:
    """The spaCy pipeline *name*, or None after reporting why it failed."""
    try:
        return load_pipeline(name)
    except ValueError as exc:
        sys.stderr.write(f"quotex: error: {exc}\n")
        return None


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """A UTF-8 text stream on *path* (written atomically), or on standard output when None."""
    if path is not None:
        with _atomic_file(path) as stream:
            yield stream
        return
    buffer: IO[bytes] | None = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # stdout replaced by a text-only stream
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", line_buffering=sys.stdout.isatty())
    try:
        yield stream
        stream.flush()
    except BrokenPipeError:
        silence_stdout()
        raise
    finally:
        stream.detach()


@contextlib.contextmanager
def _atomic_file(path: str) -> Iterator[TextIO]:
    """A text stream on a hidden temporary file beside *path*, renamed to *path* when the block
    ends normally and removed when it raises: *path* never holds half an output."""
    folder, name = os.path.split(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temp, _new_file_mode(path))
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _new_file_mode(path: str) -> int:
    """The permission bits *path* has, or those a new file gets (0o666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
