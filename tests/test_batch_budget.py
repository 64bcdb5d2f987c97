"""The per-document budget of extract_quotes_batch (quotex/batch.py): ``max_seconds`` and ``on_slow``.

A document that runs over its budget is given up and reported; the documents around it, in
the same chunk and in later ones, are all still extracted, in one process or several.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from quotex import extract_quotes, extract_quotes_batch
from quotex.batch import Slow, iter_outcomes

QUICK = ['"We will not back down," said Maria Lopez.', '"No," said Bob Smith.', "The strike went on."]
#: A document that takes seconds (about 3 MB): far over a budget of a tenth of a second.
LONG = '"Yes," said Ana Berg. ' * 140_000


def expected() -> list[list[Any]]:
    return [extract_quotes(t) for t in QUICK]


@pytest.mark.parametrize("n_process", [1, 2], ids=["one-process", "two-processes"])
def test_a_slow_document_is_reported_and_the_batch_goes_on(n_process: int) -> None:
    slow: list[tuple[int, Any]] = []
    texts = [(QUICK[0], "a"), (LONG, "long"), (QUICK[1], "b"), (QUICK[2], "c")]
    results = list(
        extract_quotes_batch(
            texts,
            n_process=n_process,
            batch_size=2,
            max_seconds=0.1,
            on_slow=lambda index, context: slow.append((index, context)),
        )
    )
    assert slow == [(1, "long")]
    want = expected()
    assert results == [(want[0], "a"), ([], "long"), (want[1], "b"), (want[2], "c")]


def test_plain_texts_keep_their_positions() -> None:
    slow: list[int] = []
    results = list(extract_quotes_batch([LONG, *QUICK], max_seconds=0.1, on_slow=lambda i, _: slow.append(i)))
    assert slow == [0]
    assert results == [[], *expected()]


def test_without_on_slow_a_warning_names_the_document() -> None:
    with pytest.warns(RuntimeWarning, match="document 1 ran over max_seconds"):
        results = list(extract_quotes_batch([QUICK[0], LONG], max_seconds=0.1))
    assert results[1] == []


def test_a_document_within_its_budget_is_untouched() -> None:
    assert list(extract_quotes_batch(QUICK, max_seconds=60)) == expected()


def test_iter_outcomes_yields_slow() -> None:
    outcomes = list(iter_outcomes([(LONG, 0), (QUICK[0], 1)], max_seconds=0.1, keep_going=True))
    assert outcomes[0] == (Slow(0.1), 0)
    assert outcomes[1] == (expected()[0], 1)


def test_a_user_alarm_handler_is_put_back() -> None:
    import signal

    def mine(signum: int, frame: object) -> None:
        pass

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        list(extract_quotes_batch([LONG], max_seconds=0.1, on_slow=lambda i, c: None))
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("bad", [0, -1, "5", True])
def test_bad_budgets_are_refused_at_call_time(bad: object) -> None:
    with pytest.raises(ValueError, match="max_seconds"):
        extract_quotes_batch(QUICK, max_seconds=bad)  # type: ignore[call-overload]


def test_on_slow_must_be_callable() -> None:
    with pytest.raises(TypeError, match="on_slow"):
        extract_quotes_batch(QUICK, max_seconds=1, on_slow="print")  # type: ignore[call-overload]


def test_outside_the_main_thread_the_budget_is_refused() -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            extract_quotes_batch(QUICK, max_seconds=1)
        except ValueError as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert len(errors) == 1 and "main thread" in str(errors[0])
