"""Read quotex's HTML back with the standard library's ``html.parser``.

Input: a page from :func:`quotex.render`, :func:`quotex.render_many` or the
evaluation report (or a browser's ``--dump-dom`` of one). Output: a
:class:`Page` with every tag and attribute seen, and for each text container
(``<article class="art">`` or a report cell) the text it shows, labels left
out and ``<span class="cc" data-cp=...>`` symbols mapped back to their code
point, plus each highlighted element's role, classes and character offsets in
that text (fragments of one element merged). The tests compare these offsets
with the quotes' own.
"""

from __future__ import annotations

from html.parser import HTMLParser

from attrs import define, field, frozen

#: Elements whose text is part of the document text.
CONTAINERS = ("art", "cell")
#: Roles of highlighted elements.
ROLES = ("content", "source", "cue", "discard")
#: Elements without an end tag.
VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "wbr"})


@frozen
class Highlight:
    """One highlighted element (its fragments merged): role, classes, ``start``/``end`` offsets."""

    role: str
    classes: frozenset[str]
    start: int
    end: int


@define
class Container:
    """A text container: its classes, text, highlights and labels (their text and offset)."""

    classes: frozenset[str]
    parts: list[str] = field(factory=list)
    highlights: list[Highlight] = field(factory=list)
    labels: list[tuple[int, str, frozenset[str]]] = field(factory=list)
    open_marks: dict[str, tuple[str, frozenset[str], int, int]] = field(factory=dict)
    size: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)


@define
class _Open:
    tag: str
    classes: frozenset[str]
    attrs: dict[str, str | None]


class Page(HTMLParser):
    """Parses a page; see the module docstring. ``tags`` and ``attributes`` list what was seen."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.hrefs: list[str] = []
        self.containers: list[Container] = []
        self.stack: list[_Open] = []
        self.comments: list[str] = []
        self.feed(markup)
        self.close()

    # the container being filled, if any, and whether we are inside a label or a control symbol
    def _where(self) -> tuple[Container | None, bool, _Open | None]:
        container = None
        in_label = False
        cc = None
        for item in self.stack:
            if item.tag in ("article", "div") and item.classes & set(CONTAINERS):
                container = self.containers[-1]
            if "lab" in item.classes:
                in_label = True
            if "cc" in item.classes:
                cc = item
        return container, in_label, cc

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        values = dict(attrs)
        if tag == "a" and values.get("href") is not None:
            self.hrefs.append(str(values["href"]))
        classes = frozenset((values.get("class") or "").split())
        if tag in VOID:
            return
        item = _Open(tag, classes, values)
        container, in_label, _ = self._where()
        if container is None and tag in ("article", "div") and classes & set(CONTAINERS):
            self.containers.append(Container(classes))
        elif container is not None and not in_label:
            if "lab" in classes:
                container.labels.append((container.size, "", classes))
            role = next((r for r in ROLES if r in classes), None)
            mark = values.get("data-m")
            if role is not None and mark is not None:
                key = f"{role}/{mark}"
                if key in container.open_marks:  # a continued fragment: must start where the last ended
                    _, first_classes, start, end = container.open_marks[key]
                    assert "cont" in classes and end == container.size, (key, end, container.size)
                    container.open_marks[key] = (role, first_classes, start, -1)
                else:
                    assert "cont" not in classes, key
                    container.open_marks[key] = (role, classes, container.size, -1)
                item.attrs["_key"] = key
        self.stack.append(item)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            item = self.stack.pop()
            key = item.attrs.get("_key")
            if key is not None:
                container = self.containers[-1]
                role, classes, start, _ = container.open_marks[key]
                container.open_marks[key] = (role, classes, start, container.size)
            if item.tag == tag:
                return

    def handle_data(self, data: str) -> None:
        container, in_label, cc = self._where()
        if container is None:
            return
        if in_label:
            at, text, classes = container.labels[-1]
            container.labels[-1] = (at, text + data, classes)
            return
        if cc is not None:
            assert len(data) == 1, data
            data = chr(int(str(cc.attrs["data-cp"]), 16))
        container.parts.append(data)
        container.size += len(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def finish(self) -> list[Container]:
        """The containers, with their highlights collected (classes without ``cont``)."""
        for container in self.containers:
            container.highlights = sorted(
                (
                    Highlight(role, classes - {"cont"}, start, end)
                    for role, classes, start, end in container.open_marks.values()
                ),
                key=lambda h: (h.start, -h.end, h.role),
            )
        return self.containers


def parse(markup: str) -> tuple[Page, list[Container]]:
    """Parse *markup*; the page and its text containers."""
    page = Page(markup)
    return page, page.finish()
