"""Highlighted text as HTML: a string and its marked spans -> escaped markup, by one boundary sweep.

Input: the text, :class:`Mark` s (``start``/``end`` offsets, a role class and
extra classes) and :class:`Label` s (ready-made HTML at an offset). Output:
HTML in which every character of the text appears exactly once, escaped, in
order, and each mark is one ``<span>`` element, or several adjacent fragments
when marks cross (``<span data-m="3">`` on each fragment of mark 3, and class
``cont`` on all but the first). Marks that share start, end and role are one
element. Cost: linear in the text, plus sorting the marks.

Untrusted text never reaches the markup unescaped: ``&``, ``<``, ``>`` and
quotes are escaped, a carriage return is written as ``&#13;`` (HTML would turn
``\\r\\n`` into ``\\n``), and characters that HTML cannot carry or that could
disguise the text (NUL and the other C0/C1 controls, the bidirectional
embedding, override and isolate controls, lone surrogates and the
noncharacters U+FFFE/U+FFFF) are each shown as one visible symbol inside
``<span class="cc" data-cp="202e" title="U+202E">``; ``data-cp`` gives the
original code point, so offsets still count one character each.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from attrs import field, frozen

__all__ = ["Label", "Mark", "attribute", "highlight", "plain", "safe_text"]

# Characters shown as a visible symbol: C0 controls but tab, newline and CR; DEL; C1 controls;
# the bidi embedding/override/isolate controls (the "Trojan Source" set); lone surrogates;
# the noncharacters U+FFFE/U+FFFF. Example: "a\x00b" -> a<span class="cc" ...>␀</span>b
_SPECIAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
# what html.escape replaces, plus CR: 'a < "b"\r' -> a &lt; &quot;b&quot;&#13;
_ESCAPED = re.compile("[&<>\"'\r]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "\r": "&#13;"}


def _symbol(char: str) -> str:
    """The visible stand-in for a special character: a control picture, or U+FFFD."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def _special(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f'<span class="cc" data-cp="{code:x}" title="U+{code:04X}">{_symbol(match.group())}</span>'


def safe_text(text: str) -> str:
    """*text* as HTML element content: escaped, with special characters as marked symbols.

    >>> safe_text('<b> & "x"\\u202e')
    '&lt;b&gt; &amp; &quot;x&quot;<span class="cc" data-cp="202e" title="U+202E">\ufffd</span>'
    """
    escaped = _ESCAPED.sub(lambda m: _ENTITIES[m.group()], text)
    return _SPECIAL.sub(_special, escaped) if _SPECIAL.search(escaped) else escaped


def plain(text: str) -> str:
    """*text* as flat HTML text (for labels, names, titles): escaped, special characters as symbols.

    >>> plain('Ann "A" <b>\\x00')
    'Ann &quot;A&quot; &lt;b&gt;␀'
    """
    return html.escape(_SPECIAL.sub(lambda m: _symbol(m.group()), text.replace("\r", " ")), quote=True)


def attribute(text: str) -> str:
    """*text* as a double-quoted attribute value (the same as :func:`plain`)."""
    return plain(text)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class Mark:
    """A span to highlight: ``text[start:end]`` in an element of class ``role`` and ``classes``.

    ``title`` becomes the element's tooltip (plain text).
    """

    start: int
    end: int
    role: str
    classes: tuple[str, ...] = field(default=(), converter=_strings)
    title: str = ""


@frozen
class Label:
    """Ready-made (already safe) HTML to insert at offset ``at``, after the marks ending there."""

    at: int
    html: str


def _merge(marks: Iterable[Mark]) -> list[Mark]:
    """Non-empty marks, those with the same start, end and role merged (their classes joined).

    Sorted for opening: by start, the longest first, then by role.
    """
    merged: dict[tuple[int, int, str], tuple[dict[str, None], list[str]]] = {}
    for mark in marks:
        if mark.end <= mark.start:
            continue
        classes, titles = merged.setdefault((mark.start, mark.end, mark.role), ({}, []))
        classes.update(dict.fromkeys(mark.classes))
        if mark.title and mark.title not in titles:
            titles.append(mark.title)
    return [
        Mark(start, end, role, tuple(classes), "; ".join(titles))
        for (start, end, role), (classes, titles) in sorted(
            merged.items(), key=lambda item: (item[0][0], -item[0][1], item[0][2])
        )
    ]


def _open_tag(mark: Mark, index: int, *, continued: bool) -> str:
    classes = " ".join([mark.role, *mark.classes, *(["cont"] if continued else [])])
    title = f' title="{attribute(mark.title)}"' if mark.title else ""
    return f'<span class="{attribute(classes)}" data-m="{index}"{title}>'


def highlight(
    text: str, marks: Iterable[Mark], labels: Sequence[Label] = (), *, start: int = 0, end: int | None = None
) -> Iterator[str]:
    """``text[start:end]`` as HTML pieces, with *marks* highlighted and *labels* inserted.

    Marks are clipped to the window; an element that crosses another's end is
    closed there and reopened after it (class ``cont``), so the output always
    nests. Labels outside the window are dropped.

    >>> "".join(highlight("a said b", [Mark(0, 8, "c"), Mark(2, 6, "k")]))
    '<span class="c" data-m="0">a <span class="k" data-m="1">said</span> b</span>'
    """
    end = len(text) if end is None else end
    ordered = _merge(
        Mark(max(m.start, start), min(m.end, end), m.role, m.classes, m.title)
        for m in marks
        if m.start < end and m.end > start
    )
    ends: defaultdict[int, int] = defaultdict(int)
    for mark in ordered:
        ends[mark.end] += 1
    at_label: defaultdict[int, list[str]] = defaultdict(list)
    for label in labels:
        if start <= label.at <= end:
            at_label[label.at].append(label.html)
    stops = sorted({start, end, *ends, *(m.start for m in ordered), *at_label})
    stack: list[tuple[Mark, int]] = []
    next_open = 0
    done = start
    for position in stops:
        if position > done:
            yield safe_text(text[done:position])
            done = position
        if ends.get(position):
            lowest = next(i for i, (m, _) in enumerate(stack) if m.end == position)
            popped = stack[lowest:]
            del stack[lowest:]
            yield "</span>" * len(popped)
            for mark, index in popped:
                if mark.end != position:
                    stack.append((mark, index))
                    yield _open_tag(mark, index, continued=True)
        yield from at_label.get(position, ())
        while next_open < len(ordered) and ordered[next_open].start == position:
            stack.append((ordered[next_open], next_open))
            yield _open_tag(ordered[next_open], next_open, continued=False)
            next_open += 1
