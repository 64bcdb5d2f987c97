"""A pull-quote: a quotation repeated alone in a paragraph is no new quotation.

Features set a line an earlier speaker said apart between paragraphs, in the same marks, as a
display quotation (a *pull-quote*): ``"C," said A, ... | "C"`` with no cue. Its words are
already the earlier quotation's; read as a new one, the paragraph-carryover rule would give them
to whoever spoke just before it. A quotation that is its paragraph's only text (blank lines
around it) and repeats an earlier quotation's words (marks, closing punctuation, case and
spacing aside) is left out.

Input: the text, the quotation spans and the index of one; output: whether it is a pull-quote.
The earlier texts are read once per document (:class:`SpanTexts`), and each test reads a few
characters around its span: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from quotex.quote_spans import QuoteSpan

__all__ = ["SpanTexts", "pull_quote"]

#: Marks, punctuation and spaces that do not change a quotation's words.
_NOT_WORDS = regex.compile(r"[^\p{L}\p{N}]+")
#: The fewest letters a repeated quotation holds to count as a pull-quote ('"Yes"' may recur).
_MIN_LETTERS = 20


def _words_of(text: str) -> str:
    """*text*'s words in lower case, one space between them."""
    return _NOT_WORDS.sub(" ", text).strip().lower()


@attrs.define
class SpanTexts:
    """The first span index of each quotation's words, built on first use."""

    first_of: dict[str, int] | None = None

    def first(self, text: str, spans: Sequence[QuoteSpan], words: str) -> int:
        if self.first_of is None:
            self.first_of = {}
            for k, span in enumerate(spans):
                self.first_of.setdefault(_words_of(text[span.start : span.end]), k)
        return self.first_of.get(words, -1)


def pull_quote(text: str, spans: Sequence[QuoteSpan], q: int, seen: SpanTexts) -> bool:
    """Is span *q* of *text* alone in its paragraph (a blank line, or the text's edge, right
    before and after it but for spaces and a stop; not a post's text with its author on the next
    line) and a repeat of an earlier span's words? Each test reads a few characters around the
    span, and the words of the span alone."""
    span = spans[q]
    before = text[max(0, span.start - _EDGE) : span.start].rstrip(" \t")
    after = text[span.end : span.end + _EDGE].lstrip(" .\t\r")
    if not (span.start == 0 or before.endswith("\n\n")) or not (after == "" or after.startswith("\n\n")):
        return False
    if after == "" and span.end + _EDGE < len(text):
        return False  # (spaces run on past the window: no edge seen)
    words = _words_of(text[span.start : span.end])
    if len(words) < _MIN_LETTERS:
        return False
    return 0 <= seen.first(text, spans, words) < q  # (an earlier span: in an earlier paragraph)


#: How many characters around a span are read for the blank lines that set it apart.
_EDGE = 8
