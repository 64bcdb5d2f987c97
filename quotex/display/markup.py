"""Highlighted text as HTML: a string and its marked spans -> escaped markup, by one boundary sweep.

Input: the text, :class:`Mark` s (``start``/``end`` offsets, a role class and
extra classes) and :class:`Label` s (ready-made HTML at an offset). Output:
HTML in which every character of the text appears exactly once, escaped, in
order, and each mark is one ``<span>`` element, or several adjacent fragments
when marks cross (``<span data-m="3">`` on each fragment of mark 3, and class
``cont`` on all but the first). Marks that share start, end and role are one
element. Cost: linear in the text plus the elements written, after sorting
the marks; marks that do not cross (quotes never overlap one another) add one
element each, and each crossing adds a fragment.

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
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

__all__ = ["Label", "Mark", "attribute", "highlight", "plain", "safe_text"]

# Characters shown as a visible symbol: C0 controls but tab, newline and CR; DEL; C1 controls;
# the bidi embedding/override/isolate controls (the "Trojan Source" set); lone surrogates;
# the noncharacters U+FFFE/U+FFFF. Example: "a\x00b" -> a<span class="cc" ...>␀</span>b
_SPECIAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


# anything plain() must change: 'Ann <b>' -> Ann &lt;b&gt;
_PLAIN_UNSAFE = re.compile(f"[&<>\"'\r]|{_SPECIAL.pattern}")


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
    """*text* as HTML element content: ``&``, ``<``, ``>`` escaped (quotes need no escaping
    outside attributes), CR as ``&#13;``, special characters as marked symbols.

    >>> safe_text('<b> & "x"\\u202e')
    '&lt;b&gt; &amp; "x"<span class="cc" data-cp="202e" title="U+202E">\ufffd</span>'
    """
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return _SPECIAL.sub(_special, escaped) if _SPECIAL.search(escaped) else escaped


def plain(text: str) -> str:
    """*text* as flat HTML text (for labels, names, titles): escaped, special characters as symbols.

    >>> plain('Ann "A" <b>\\x00')
    'Ann &quot;A&quot; &lt;b&gt;␀'
    """
    if _PLAIN_UNSAFE.search(text) is None:
        return text
    return html.escape(_SPECIAL.sub(lambda m: _symbol(m.group()), text.replace("\r", " ")), quote=True)


def attribute(text: str) -> str:
    """*text* as a double-quoted attribute value (the same as :func:`plain`)."""
    return plain(text)


class Mark(NamedTuple):
    """A span to highlight: ``text[start:end]`` in an element of class ``role`` and ``classes``.

    ``title`` becomes the element's tooltip (plain text).
    """

    start: int
    end: int
    role: str
    classes: tuple[str, ...] = ()
    title: str = ""


class Label(NamedTuple):
    """Ready-made (already safe) HTML to insert at offset ``at``, after the marks ending there."""

    at: int
    html: str


class _Merged(NamedTuple):
    """A mark to draw: its span, and its opening tag before and after its number (``data-m``)."""

    start: int
    end: int
    head: str
    tail: str


def _merge(marks: Iterable[Mark], start: int, end: int) -> list[_Merged]:
    """The marks clipped to ``start:end``, empty ones dropped, those with the same start, end and
    role merged (classes and titles joined), sorted for opening: by start, longest first, by role."""
    merged: dict[tuple[int, int, str], list[Any]] = {}
    for mark in marks:
        lo, hi = max(mark.start, start), min(mark.end, end)
        if lo >= hi:
            continue
        key = (lo, -hi, mark.role)
        found = merged.get(key)
        if found is None:
            merged[key] = [mark.classes, [mark.title] if mark.title else []]
            continue
        found[0] = (*found[0], *(c for c in mark.classes if c not in found[0]))
        if mark.title and mark.title not in found[1]:
            found[1].append(mark.title)
    out = []
    for (lo, neg_hi, role), (classes, titles) in sorted(merged.items()):
        names = attribute(" ".join([role, *classes]))
        title = f' title="{attribute("; ".join(titles))}"' if titles else ""
        out.append(_Merged(lo, -neg_hi, f'<span class="{names}', f'" data-m="{{}}"{title}>'))
    return out


def highlight(
    text: str, marks: Iterable[Mark], labels: Sequence[Label] = (), *, start: int = 0, end: int | None = None
) -> str:
    """``text[start:end]`` as HTML, with *marks* highlighted and *labels* inserted.

    Marks are clipped to the window; an element that crosses another's end is
    closed there and reopened after it (class ``cont``), so the output always
    nests. Labels outside the window are dropped.

    >>> highlight("a said b", [Mark(0, 8, "c"), Mark(2, 6, "k")])
    '<span class="c" data-m="0">a <span class="k" data-m="1">said</span> b</span>'
    """
    end = len(text) if end is None else end
    ordered = _merge(marks, start, end)
    ends: dict[int, int] = {}
    for mark in ordered:
        ends[mark.end] = ends.get(mark.end, 0) + 1
    at_label: defaultdict[int, list[str]] = defaultdict(list)
    for label in labels:
        if start <= label.at <= end:
            at_label[label.at].append(label.html)
    stops = sorted({start, end, *ends, *(m.start for m in ordered), *at_label})
    out: list[str] = []
    stack: list[tuple[_Merged, int]] = []
    next_open = 0
    done = start
    for position in stops:
        if position > done:
            out.append(safe_text(text[done:position]))
            done = position
        need = ends.get(position, 0)
        if need:
            # from the top down to the deepest mark ending here: the cost is what gets closed
            lowest = len(stack)
            while need:
                lowest -= 1
                need -= stack[lowest][0].end == position
            popped = stack[lowest:]
            del stack[lowest:]
            out.append("</span>" * len(popped))
            for mark, index in popped:
                if mark.end != position:
                    stack.append((mark, index))
                    out += (mark.head, " cont", mark.tail.replace("{}", str(index), 1))
        if position in at_label:
            out += at_label[position]
        while next_open < len(ordered) and ordered[next_open].start == position:
            stack.append((ordered[next_open], next_open))
            out += (ordered[next_open].head, ordered[next_open].tail.replace("{}", str(next_open), 1))
            next_open += 1
    return "".join(out)
