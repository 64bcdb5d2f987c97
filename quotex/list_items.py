"""The marks of a list's items that open a line, read as spaces (a helper of stage 1's analysis text).

Input: the article text. Output: the same text (same length and offsets) with a space for each
item's mark (:func:`unbulleted`), so the item's words open their line as a paragraph's do.
"""

from __future__ import annotations

import re

__all__ = ["BULLET", "BULLETS", "unbulleted"]

#: Marks of a list's items ('- ', '• ', '— '), and one opening a line before a word or a
#: quotation: a line break, spaces, the mark, spaces, then a word or an opening mark.
BULLETS = "-–—•·*▪"
_OPENERS = "\"“‘'«„"
_ITEM = r"[ \t]+([\w" + _OPENERS + r"])"  # (spaces, then a word's or an opening mark's character)
BULLET = re.compile(r"\n[ \t]*[" + BULLETS + "]" + _ITEM)
_LINE_ITEM = re.compile(r"(?:^|(?<=\n))[ \t]*([" + BULLETS + "])" + _ITEM)


def unbulleted(text: str) -> str:
    """*text* with a space for each mark of a list's item that opens a line, so that the item's
    words open their line as a paragraph's do (same length and offsets). An item is a line
    after a colon ('listed two worries:' / '- "We cut what the forest can spare."'), a heading
    or another item, one that opens with a quotation mark, or one marked with a dot or a star;
    not a dash's credit line after a quotation ('"C." / - Sanders.', whose dash credits it)."""
    pieces: list[str] = []
    done, item_end = 0, -1
    for m in _LINE_ITEM.finditer(text):
        k = m.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1  # (the last character before the line: a colon's, or an earlier item's)
        heading = k >= 0 and text[k].isalnum()  # (after a heading line: 'REACTION' / '- NAME:')
        if (
            (k >= 0 and text[k] == ":")
            or k < item_end
            or heading
            or m.group(1) in "•·*▪"
            or m.group(2) in _OPENERS
        ):
            pieces += (text[done : m.start(1)], " ")
            done = m.end(1)
            line_end = text.find("\n", m.end())
            item_end = len(text) if line_end < 0 else line_end
    pieces.append(text[done:])
    return "".join(pieces)
