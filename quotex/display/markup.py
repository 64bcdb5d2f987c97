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
from collections.abc import Iterable, Sequence
from typing import NamedTuple

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


class _Drawn:
    """The marks to draw, as parallel lists (few objects: the collector has less to scan).

    Mark *i* spans ``starts[i]:ends[i]``; its opening tag is ``heads[i]``, its
    number, ``tails[i]``.
    """

    def __init__(self, marks: Iterable[Mark], start: int, end: int) -> None:
        """The marks clipped to ``start:end``, empty ones dropped, those with the same start, end
        and role merged (classes and titles joined), sorted for opening: by start, longest first,
        then by role."""
        marks = list(marks)
        kept = [
            (max(m.start, start), -min(m.end, end), m.role, i)
            for i, m in enumerate(marks)
            if max(m.start, start) < min(m.end, end)
        ]
        kept.sort()
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.heads: list[str] = []
        self.tails: list[str] = []
        j = 0
        while j < len(kept):
            lo, neg_hi, role, i = kept[j]
            classes, titles = list(marks[i].classes), [marks[i].title] if marks[i].title else []
            j += 1
            while j < len(kept) and kept[j][:3] == (lo, neg_hi, role):  # the same span and role: merge
                other = marks[kept[j][3]]
                classes += [c for c in other.classes if c not in classes]
                if other.title and other.title not in titles:
                    titles.append(other.title)
                j += 1
            title = f' title="{attribute("; ".join(titles))}"' if titles else ""
            self.starts.append(lo)
            self.ends.append(-neg_hi)
            self.heads.append(f'<span class="{attribute(" ".join([role, *classes]))}')
            self.tails.append(f'" data-m="{{}}"{title}>')


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
    drawn = _Drawn(marks, start, end)
    starts, ends, heads, tails = drawn.starts, drawn.ends, drawn.heads, drawn.tails
    ending: dict[int, int] = {}
    for stop in ends:
        ending[stop] = ending.get(stop, 0) + 1
    at_label: dict[int, str] = {}
    for label in labels:
        if start <= label.at <= end:
            at_label[label.at] = at_label.get(label.at, "") + label.html
    stops = sorted({start, end, *ending, *starts, *at_label})
    out: list[str] = []
    stack: list[int] = []  # the open marks, outermost first
    next_open = 0
    done = start
    for position in stops:
        if position > done:
            out.append(safe_text(text[done:position]))
            done = position
        need = ending.get(position, 0)
        if need:
            # from the top down to the deepest mark ending here: the cost is what gets closed
            lowest = len(stack)
            while need:
                lowest -= 1
                need -= ends[stack[lowest]] == position
            popped = stack[lowest:]
            del stack[lowest:]
            out.append("</span>" * len(popped))
            for i in popped:
                if ends[i] != position:  # crossed by a mark that ended: reopen
                    stack.append(i)
                    out += (heads[i], " cont", tails[i].replace("{}", str(i), 1))
        if position in at_label:
            out.append(at_label[position])
        while next_open < len(starts) and starts[next_open] == position:
            stack.append(next_open)
            out += (heads[next_open], tails[next_open].replace("{}", str(next_open), 1))
            next_open += 1
    return "".join(out)
