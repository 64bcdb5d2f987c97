"""Stage 0, markup: the marks a Markdown export leaves in an article read as spaces (same length).

Input: the article text. Output: the same text, the same object when it holds none, with each of
these marks a space, one character for one, so every offset into the answer is one into the
input (the records still slice the input, marks and all):

- **emphasis** (:data:`_EMPHASIS`): one to three asterisks or one or two underscores at a word's
  or a quotation mark's edge (``**Ana Roe**, the mayor,``, ``*"We will win,"* she said``); not
  inside a word (``f**k``) nor a list's mark (``* item``, a space after it);
- **block quotes** (:data:`_BLOCK_QUOTE`): ``>`` (or ``>>``) opening a line before a space;
- **links** (:data:`_LINK`): ``[text](target)`` reads as its text; the brackets and the target
  are spaces (``[Ana Roe](/people/ana-roe), the mayor, said``).

Without this stage ``**Ana Roe**`` is no name the name rules read and ``> "C," she said`` starts
its quotation with the ``>``.
"""

from __future__ import annotations

import re

__all__ = ["without_markup"]

#: Emphasis marks at the edge of a word or a quotation mark.
_EMPHASIS = re.compile(
    r"(?<![\w*_])(?:\*{1,3}|_{1,2})(?=[\w\"“'‘])|(?<=[\w.,;:!?\"”'’)])(?:\*{1,3}|_{1,2})(?![\w*_])"
)
#: A block quote's mark opening a line (after any spaces), then a space.
_BLOCK_QUOTE = re.compile(r"(?m)^[ \t]*(>{1,2})(?= )")
#: A link: its text in brackets (one line, at most 200 characters), then its target in round
#: brackets (no space, at most 500 characters).
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\([^()\s]{0,500}\)")


def without_markup(text: str) -> str:
    """*text* with its Markdown emphasis, block-quote and link marks made spaces (see the module
    docstring)."""
    if ("*" in text or "_" in text) and _EMPHASIS.search(text) is not None:
        text = _EMPHASIS.sub(_blank, text)
    if ">" in text and _BLOCK_QUOTE.search(text) is not None:
        text = _BLOCK_QUOTE.sub(lambda m: m.group()[: m.start(1) - m.start()] + " " * len(m.group(1)), text)
    if "](" in text:
        text = _LINK.sub(lambda m: " " + m.group(1) + " " * (m.end() - m.end(1)), text)
    return text


def _blank(m: re.Match[str]) -> str:
    """As many spaces as the match has characters."""
    return " " * (m.end() - m.start())
