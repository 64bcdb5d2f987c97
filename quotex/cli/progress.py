"""A one-line progress display and error reporter for the CLI, on stderr.

Input: counts as the run goes (documents, quotes, errors, bytes read) and
messages. Output: a line redrawn in place (at most ten times a second), such
as ``[#########-----------]  45%  12,345 docs  812 docs/s  3,021 quotes  0 errors``
(without the bar and percentage when the total size is unknown), and each
message on its own line above it. When disabled, only the messages are written.
:func:`format_progress` is the pure part.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Reporter", "format_progress"]

_BAR_WIDTH = 20
_REDRAW_SECONDS = 0.1


def format_progress(
    *, docs: int, quotes: int, errors: int, done_bytes: int, total_bytes: int | None, elapsed: float
) -> str:
    """The progress line for these counts (no newline).

    >>> format_progress(docs=1200, quotes=30, errors=1, done_bytes=50, total_bytes=200, elapsed=2.0)
    '[#####---------------]  25%  1,200 docs  600 docs/s  30 quotes  1 error'
    """
    rate = docs / elapsed if elapsed > 0 else 0.0
    parts = [
        f"{docs:,} doc{'s' * (docs != 1)}",
        f"{rate:,.0f} docs/s",
        f"{quotes:,} quote{'s' * (quotes != 1)}",
        f"{errors:,} error{'s' * (errors != 1)}",
    ]
    if total_bytes:
        fraction = min(done_bytes / total_bytes, 1.0)
        filled = int(fraction * _BAR_WIDTH)
        parts.insert(0, f"[{'#' * filled}{'-' * (_BAR_WIDTH - filled)}] {fraction:4.0%}")
    return "  ".join(parts)


class Reporter:
    """Counts a run's documents, quotes and errors, and shows them on *stream*.

    Args:
        stream: where to write (stderr).
        show_progress: draw the progress line; otherwise only messages are written.
        total_bytes: the input size, for the bar (``None``: unknown).
        clock: a monotonic clock in seconds (tests pass a fake one).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        show_progress: bool,
        total_bytes: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.show_progress = show_progress
        self.total_bytes = total_bytes
        self.clock = clock
        self.docs = 0
        self.quotes = 0
        self.errors = 0
        self.done_bytes = 0
        self._started = clock()
        self._drawn_at: float | None = None
        self._line_width = 0

    def document(self, *, quotes: int, size: int) -> None:
        """Count one finished document with *quotes* quotes and *size* input bytes."""
        self.docs += 1
        self.quotes += quotes
        self.done_bytes += size
        self._maybe_draw()

    def error(self, message: str, *, size: int = 0) -> None:
        """Count one error and write ``quotex: error: <message>`` on its own line."""
        self.errors += 1
        self.done_bytes += size
        self.message(f"quotex: error: {message}")

    def message(self, text: str) -> None:
        """Write *text* on its own line, keeping the progress line below it."""
        self._clear()
        self.stream.write(text + "\n")
        self._draw()

    def close(self) -> None:
        """Draw the final counts and end the progress line."""
        if self.show_progress:
            self._draw()
            self.stream.write("\n")
        self.stream.flush()

    def _maybe_draw(self) -> None:
        now = self.clock()
        if self._drawn_at is None or now - self._drawn_at >= _REDRAW_SECONDS:
            self._draw()

    def _draw(self) -> None:
        if not self.show_progress:
            return
        now = self.clock()
        line = format_progress(
            docs=self.docs,
            quotes=self.quotes,
            errors=self.errors,
            done_bytes=self.done_bytes,
            total_bytes=self.total_bytes,
            elapsed=now - self._started,
        )
        self.stream.write("\r" + line.ljust(self._line_width))
        self.stream.flush()
        self._line_width = len(line)
        self._drawn_at = now

    def clear(self) -> None:
        """Take the progress line off the screen (it comes back with the next count or message)."""
        self._clear()
        self.stream.flush()

    def _clear(self) -> None:
        if self.show_progress and self._line_width:
            self.stream.write("\r" + " " * self._line_width + "\r")
            self._line_width = 0
