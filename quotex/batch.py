"""Many texts -> their quotes, streamed in input order, on one or more processes.

Input: an iterable of texts, or of ``(text, context)`` tuples (the context, e.g.
a document id, is passed through untouched). Output: an iterator with one
``list[Quote]`` per text (or one ``(list[Quote], context)`` per tuple), in
input order, exactly what :func:`quotex.extract_quotes` returns for each.

Memory stays constant: at most :func:`chunks_ahead` chunks of ``batch_size``
texts are held at once. Without ``nlp``, ``n_process - 1`` worker processes
(a ``ProcessPoolExecutor``) share the chunks with this process, which also does
chunks while the workers are busy: fewer results cross between processes, and no
CPU waits. Workers are forked on Linux when that is safe and spawned otherwise
(see :func:`start_method`); the code is spawn-safe, but a script using
``n_process > 1`` needs the usual ``if __name__ == "__main__":`` guard where
workers are spawned. With ``nlp`` the texts go through
``nlp.pipe(..., n_process=...)`` and quotex reads the resulting ``Doc`` objects
here.

A per-document budget (``max_seconds``) is a safety net for unattended runs:
a document still being analysed after that many seconds (wall clock) is given
up, reported to ``on_slow`` and yields no quotes (``[]``, so the output stays
aligned with the input); the batch goes on with the next one. The budget is a
``SIGALRM`` timer in whichever process analyses the document, a worker or this
one, so the worker survives and the chunk's other documents are kept; it is
checked between Python steps, so a document stops within a moment of its
budget (spaCy's tokenizer gets at most about 100,000 characters at a time). It
needs a POSIX system, and this process's main thread when this process does
documents (``n_process=1``, and the chunks it takes while workers are busy);
a user ``SIGALRM`` handler is put back after each document. With ``nlp`` it
covers quotex's stages, not the spaCy pipeline.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import frozen

from quotex.extract import extract_quotes
from quotex.lexicon import DEFAULT_LEXICON, Lexicon, check_lexicon
from quotex.records import Quote

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "Failure",
    "Slow",
    "chunks_ahead",
    "extract_quotes_batch",
    "iter_outcomes",
    "start_method",
]

#: Texts per chunk sent to a worker process (or per ``nlp.pipe`` batch).
DEFAULT_BATCH_SIZE = 128  # measured: x1.47 for 2 processes at 32 texts a chunk, x1.58-1.61 at 128

#: Chunks queued for each worker process, so that it never waits for the next one.
_QUEUED_PER_WORKER = 2
#: Finished chunks that may wait behind an unfinished one (e.g. while the workers start).
_DONE_AHEAD = 16

C = TypeVar("C")

_END = object()  # marks an exhausted input


@frozen
class Failure:
    """What :func:`iter_outcomes` yields instead of quotes when extraction raised on a text."""

    error: str


@frozen
class Slow:
    """What :func:`iter_outcomes` yields instead of quotes when a text ran over ``max_seconds``."""

    seconds: float


Outcome = list[Quote] | Failure | Slow

#: ``on_slow(index, context)``: the 0-based position of the document given up and its context
#: (``None`` for plain ``str`` input).
SlowHandler = Callable[[int, Any], None]


class _Overtime(BaseException):
    """Raised by the budget timer inside the document's analysis (a BaseException, so no
    ``except Exception`` in the pipeline swallows it)."""


def _raise_overtime(signum: int, frame: FrameType | None) -> None:
    raise _Overtime


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Overtime` in the block after *seconds* of wall time (None: no limit)."""
    if seconds is None:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _check_budget(max_seconds: object, on_slow: object) -> None:
    """Raise for a bad ``max_seconds``/``on_slow``, or when this system cannot time documents."""
    if max_seconds is None:
        return
    if isinstance(max_seconds, bool) or not isinstance(max_seconds, (int, float)) or not max_seconds > 0:
        raise ValueError(f"max_seconds must be a positive number of seconds or None, got {max_seconds!r}")
    if on_slow is not None and not callable(on_slow):
        raise TypeError(f"on_slow must be a function (index, context) -> None, got {type(on_slow).__name__}")
    if not hasattr(signal, "setitimer"):
        raise ValueError("max_seconds needs a POSIX system (SIGALRM timers); this one has none")
    if threading.current_thread() is not threading.main_thread():
        raise ValueError("max_seconds works from the main thread only (it uses a SIGALRM timer)")


@overload
def extract_quotes_batch(
    texts: Iterable[str],
    *,
    nlp: Language | None = ...,
    lexicon: Lexicon = ...,
    n_process: int = ...,
    batch_size: int = ...,
    max_seconds: float | None = ...,
    on_slow: SlowHandler | None = ...,
) -> Generator[list[Quote], None, None]: ...


@overload
def extract_quotes_batch(
    texts: Iterable[tuple[str, C]],
    *,
    nlp: Language | None = ...,
    lexicon: Lexicon = ...,
    n_process: int = ...,
    batch_size: int = ...,
    max_seconds: float | None = ...,
    on_slow: SlowHandler | None = ...,
) -> Generator[tuple[list[Quote], C], None, None]: ...


def extract_quotes_batch(
    texts: Iterable[str] | Iterable[tuple[str, Any]],
    *,
    nlp: Language | None = None,
    lexicon: Lexicon = DEFAULT_LEXICON,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_seconds: float | None = None,
    on_slow: SlowHandler | None = None,
) -> Generator[list[Quote], None, None] | Generator[tuple[list[Quote], Any], None, None]:
    """The quotes of each text, lazily and in input order.

    Args:
        texts: ``str`` items, or ``(text, context)`` tuples (decided by the first item).
        nlp: a loaded spaCy pipeline to run on the texts (with ``nlp.pipe``); by
            default quotex's own tokenizer and rules.
        lexicon: the word lists to use.
        n_process: processes to use, this one included (``-1``: one per CPU); ``1``
            runs everything here.
        batch_size: texts per chunk handed to a worker or to ``nlp.pipe``.
        max_seconds: a per-document budget in seconds (default: none). A document
            still running after it is given up: it yields ``[]`` and is reported
            to *on_slow*; the batch goes on (see the module docstring).
        on_slow: called as ``on_slow(index, context)`` for each document given up
            (0-based position in *texts*; context ``None`` for ``str`` items).
            Default: a ``RuntimeWarning`` naming the document.

    Returns:
        A generator of ``list[Quote]``, or of ``(list[Quote], context)`` for tuple input;
        its ``close()`` stops the worker processes early.

    Raises:
        TypeError, ValueError: for a bad argument (at call time), or an item that
            is not a ``str`` / ``(str, context)`` like the first (when reached).
    """
    _check_options(lexicon=lexicon, n_process=n_process, batch_size=batch_size)  # now, not at first next()
    _check_budget(max_seconds, on_slow)
    outcomes = iter_outcomes(
        texts, nlp=nlp, lexicon=lexicon, n_process=n_process, batch_size=batch_size, max_seconds=max_seconds
    )
    if max_seconds is None:
        return outcomes
    return _report_slow(outcomes, max_seconds, on_slow)


def _report_slow(
    outcomes: Iterator[Any], max_seconds: float, on_slow: SlowHandler | None
) -> Generator[Any, None, None]:
    """*outcomes* with each :class:`Slow` replaced by ``[]`` after calling *on_slow* for it."""
    try:
        for index, item in enumerate(outcomes):
            outcome, context = item if isinstance(item, tuple) else (item, None)
            if not isinstance(outcome, Slow):
                yield item
                continue
            if on_slow is None:
                warnings.warn(
                    f"quotex: document {index} ran over max_seconds={max_seconds}; its quotes are left out",
                    RuntimeWarning,
                    stacklevel=2,
                )
            else:
                on_slow(index, context)
            yield ([], context) if isinstance(item, tuple) else []
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()


def iter_outcomes(
    texts: Iterable[str] | Iterable[tuple[str, Any]],
    *,
    nlp: Language | None = None,
    lexicon: Lexicon = DEFAULT_LEXICON,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    keep_going: bool = False,
    max_seconds: float | None = None,
) -> Generator[Any, None, None]:
    """Like :func:`extract_quotes_batch`; with ``keep_going=True`` a text on which
    extraction raises yields a :class:`Failure` in place of its quotes, and the run goes on;
    with *max_seconds* a text that runs over it yields a :class:`Slow`."""
    _check_options(lexicon=lexicon, n_process=n_process, batch_size=batch_size)
    _check_budget(max_seconds, None)
    budget = _Budget(keep_going, max_seconds)
    items = iter(texts)
    first = next(items, _END)
    if first is _END:
        return
    as_tuples = isinstance(first, tuple)
    pairs = (_as_pair(item, as_tuples, i) for i, item in enumerate(itertools.chain([first], items)))
    processes = _resolve_processes(n_process)
    if nlp is not None:
        results = _via_nlp(
            pairs, nlp=nlp, lexicon=lexicon, n_process=processes, batch_size=batch_size, budget=budget
        )
    elif processes == 1:
        results = ((_extract_one(text, lexicon, budget), ctx) for text, ctx in pairs)
    else:
        results = _via_pool(pairs, lexicon=lexicon, n_process=processes, batch_size=batch_size, budget=budget)
    for outcome, context in results:
        yield (outcome, context) if as_tuples else outcome


def _check_options(*, lexicon: object, n_process: object, batch_size: object) -> None:
    """Raise for an option of the wrong type or range; return None otherwise."""
    check_lexicon(lexicon)
    if not isinstance(n_process, int) or isinstance(n_process, bool) or (n_process < 1 and n_process != -1):
        raise ValueError(f"n_process must be a positive int or -1 (one per CPU), got {n_process!r}")
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")


def _resolve_processes(n_process: int) -> int:
    """``-1`` -> the number of CPUs this process may use; anything else unchanged."""
    if n_process != -1:
        return n_process
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _as_pair(item: object, as_tuples: bool, index: int) -> tuple[str, Any]:
    """An input item -> ``(text, context)``; TypeError when it does not match the first item's shape."""
    if as_tuples:
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            return item[0], item[1]
        raise TypeError(
            f"item {index} of the batch must be a (text, context) tuple like the first item, got {item!r:.80}"
        )
    if isinstance(item, str):
        return item, None
    raise TypeError(
        f"item {index} of the batch must be a str like the first item, got {type(item).__name__}; "
        "pass every text as a str (decode bytes first), or every item as a (text, context) tuple"
    )


@frozen
class _Budget:
    """How to treat a document that raises (*keep_going*) or runs long (*max_seconds*)."""

    keep_going: bool
    max_seconds: float | None


def _extract_one(text: str | Doc, lexicon: Lexicon, budget: _Budget) -> Outcome:
    """``extract_quotes(text)``; a :class:`Failure` when it raises and ``budget.keep_going``;
    a :class:`Slow` when it runs over ``budget.max_seconds``."""
    if budget.max_seconds is not None:
        _warm_up()  # loading spaCy's tokenizer is this process's cost, not the first document's
    try:
        with _time_limit(budget.max_seconds):
            if not budget.keep_going:
                return extract_quotes(text, lexicon=lexicon)
            try:
                return extract_quotes(text, lexicon=lexicon)
            except Exception as exc:  # reported per document by the caller
                return Failure(f"{type(exc).__name__}: {exc}")
    except _Overtime:
        return Slow(float(budget.max_seconds or 0))


@functools.lru_cache(maxsize=1)
def _warm_up() -> None:
    """Run the pipeline once on a short text, loading what it loads on first use."""
    extract_quotes('"Ready," said Ana Berg.')


def _extract_chunk(texts: list[str], lexicon: Lexicon | None, budget: _Budget) -> list[Outcome]:
    """Worker task: a chunk of texts -> their outcomes, in order (``lexicon=None``: the default)."""
    lexicon = DEFAULT_LEXICON if lexicon is None else lexicon
    return [_extract_one(text, lexicon, budget) for text in texts]


def start_method() -> str:
    """How worker processes start: ``"fork"`` on Linux when this process runs no other Python
    thread (workers start at once and share what is already loaded), else ``"spawn"`` (forking a
    threaded process can deadlock; macOS and Windows spawn anyway)."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def chunks_ahead(n_process: int) -> int:
    """The most chunks :func:`extract_quotes_batch` holds at once with *n_process* processes."""
    return (n_process - 1) * _QUEUED_PER_WORKER + _DONE_AHEAD


def _via_pool(
    pairs: Iterator[tuple[str, Any]], *, lexicon: Lexicon, n_process: int, batch_size: int, budget: _Budget
) -> Iterator[tuple[Outcome, Any]]:
    """Share the chunks between ``n_process - 1`` worker processes and this one, in order.

    Each worker is kept fed with a few queued chunks; a chunk read while they are all fed is
    done here. Results are yielded in input order, at most :func:`chunks_ahead` chunks ahead.
    """
    workers = n_process - 1
    context = multiprocessing.get_context(start_method())
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    pending: deque[tuple[Future[list[Outcome]], list[Any]]] = deque()
    sent_lexicon = None if lexicon is DEFAULT_LEXICON else lexicon  # workers have the default already
    try:
        for chunk in _chunks(pairs, batch_size):
            texts = [text for text, _ in chunk]
            if _queued(pending) < workers * _QUEUED_PER_WORKER:
                future = executor.submit(_extract_chunk, texts, sent_lexicon, budget)
            else:
                future = _run_here(texts, lexicon, budget)
            pending.append((future, [c for _, c in chunk]))
            while pending and (pending[0][0].done() or len(pending) >= chunks_ahead(n_process)):
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _queued(pending: Iterable[tuple[Future[list[Outcome]], list[Any]]]) -> int:
    """How many of the pending chunks are not done yet (all of them are with workers)."""
    return sum(not future.done() for future, _ in pending)


def _run_here(texts: list[str], lexicon: Lexicon, budget: _Budget) -> Future[list[Outcome]]:
    """A chunk done in this process, as a finished future (its error is raised when it is reached)."""
    future: Future[list[Outcome]] = Future()
    try:
        future.set_result(_extract_chunk(texts, lexicon, budget))
    except Exception as exc:  # re-raised in input order by _collect
        future.set_exception(exc)
    return future


def _collect(entry: tuple[Future[list[Outcome]], list[Any]]) -> Iterator[tuple[Outcome, Any]]:
    """Wait for one chunk and pair its outcomes with their contexts."""
    future, contexts = entry
    return zip(future.result(), contexts, strict=True)


def _chunks(pairs: Iterator[tuple[str, Any]], size: int) -> Iterator[list[tuple[str, Any]]]:
    """Consecutive lists of *size* items (the last may be shorter)."""
    while chunk := list(itertools.islice(pairs, size)):
        yield chunk


def _via_nlp(
    pairs: Iterator[tuple[str, Any]],
    *,
    nlp: Language,
    lexicon: Lexicon,
    n_process: int,
    batch_size: int,
    budget: _Budget,
) -> Iterator[tuple[Outcome, Any]]:
    """Run *nlp* over the texts with ``nlp.pipe`` and extract from each ``Doc`` here."""
    for doc, context in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield _extract_one(doc, lexicon, budget), context
