"""Articles and their quotes -> one self-contained HTML page.

Input: an article text and its :class:`~quotex.records.Quote` s (found with
:func:`quotex.extract_quotes` when not given), or many ``(id, text, quotes)``
documents. Output: HTML with inline CSS, no external assets and no script:
the article with each quote's content parts, source and cue highlighted
(colour *and* line style, so it reads in greyscale), each quote labelled with
its number, speaker, title, kind and confidence, and a "who's who" panel;
following a speaker's link (CSS ``:target``) highlights that speaker's quotes.
Line breaks are kept (``white-space: pre-wrap``), and the article's text nodes
are exactly the input (see :mod:`quotex.display.markup` for escaping).

:func:`render` returns a page; :func:`render_many` yields one page for many
documents in pieces, holding one document at a time; :func:`show` wraps a
rendering for notebooks (``_repr_html_``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from attrs import frozen

from quotex.display.markup import Label, Mark, highlight, plain
from quotex.records import Quote, Span, Speaker

__all__ = [
    "CSS",
    "Rendered",
    "check_quotes",
    "document_html",
    "document_index",
    "page_end",
    "page_start",
    "render",
    "render_many",
    "show",
]

#: Speakers ``sp0`` (the unattributed) to ``sp{n}`` highlighted by the page's own stylesheet;
#: a document with more speakers carries a small ``<style>`` for the rest.
_SHARED_RULES = 40

# Okabe-Ito colours (safe for the common colour-vision deficiencies): orange, blue, bluish green,
# vermilion. Each role also has its own line style: content underlined, source double-underlined
# and bold, cue boxed.
_BASE_CSS = """
.qx{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;
 max-width:78rem;margin:0 auto;padding:1rem 1.5rem}
.qx h1{font-size:1.5rem;margin:.2rem 0 .6rem}
.qx h2{font-size:1.2rem;margin:1.6rem 0 .3rem;overflow-wrap:anywhere}
.qx h3{font-size:1rem;margin:.2rem 0 .4rem}
.qx .legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;font-size:.9rem;
 padding:.5rem .7rem;border:1px solid #ccc;border-radius:6px;background:#fafafa}
.qx .stats{color:#555;font-size:.9rem;margin:0 0 .6rem}
.qx .cols{display:grid;grid-template-columns:minmax(0,1fr) 19rem;gap:1.5rem;align-items:start}
@media (max-width:60rem){.qx .cols{grid-template-columns:minmax(0,1fr)}}
.qx .art{white-space:pre-wrap;overflow-wrap:anywhere;font:1.05rem/1.75 Georgia,"Times New Roman",serif;
 margin:0}
.qx .content{background:#fde4bf;border-bottom:2px solid #e69f00;padding:.05em 0}
.qx .source{background:#cfe6f6;border-bottom:4px double #0072b2;font-weight:700}
.qx .cue{background:#c9efe2;outline:2px solid #009e73;outline-offset:-1px;border-radius:3px;
 font-style:italic}
.qx .lab{font:600 .72rem/1.2 system-ui,sans-serif;color:#fff;background:#3b3b3b;border-radius:.6em;
 padding:.1em .5em;margin:0 .25em;white-space:normal;unicode-bidi:isolate;vertical-align:.15em;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
.qx .lab .t{font-weight:400;font-style:italic}
.qx .lab.sp0{background:#fff;color:#3b3b3b;border:1px dashed #3b3b3b}
.qx .cc{outline:1px dashed #d55e00;color:#d55e00;font:.8em monospace}
.qx .who{position:sticky;top:.5rem;font-size:.9rem;border:1px solid #ccc;border-radius:6px;padding:.6rem;
 max-height:95vh;overflow:auto}
.qx .who table{border-collapse:collapse;width:100%}
.qx .who th,.qx .who td{text-align:left;vertical-align:top;padding:.2rem .3rem;border-bottom:1px solid #eee;
 unicode-bidi:isolate;overflow-wrap:anywhere}
.qx .who .n{text-align:right;white-space:nowrap}
.qx .who a{color:#0050a0}
.qx .tgt{display:block;height:0}
.qx .tgt:target~.cols .art{color:#8a8a8a}
.qx .tgt:target~.cols .art .lab{opacity:.35}
.qx .report{display:flex;flex-direction:column}
.qx .index{order:-1}
.qx .index ol{columns:18rem;font-size:.9rem}
.qx .bad{color:#a00}
"""


def _target_rules(numbers: Iterable[int]) -> str:
    """CSS: following ``#<doc>-sp<n>`` highlights the elements of class ``sp<n>`` in that document."""
    numbers = list(numbers)
    if not numbers:
        return ""
    on = ",".join(f".qx .tgt.sp{n}:target~.cols .sp{n}" for n in numbers)
    lab = ",".join(f".qx .tgt.sp{n}:target~.cols .lab.sp{n}" for n in numbers)
    return (
        f"{on}{{color:#000;box-shadow:0 0 0 2px #d55e00;background-color:#ffe27a}}"
        f"{lab}{{opacity:1;color:#fff;background:#d55e00}}"
    )


#: The page's stylesheet (scoped to ``.qx``, so it can sit inside a notebook).
CSS = _BASE_CSS.strip() + "\n" + _target_rules(range(_SHARED_RULES + 1)) + "\n"

_LEGEND = (
    '<p class="legend"><span class="content">content</span><span class="source">source</span>'
    '<span class="cue">cue</span><span class="lab"><b>1</b> Speaker <span class="t">title</span> · kind · '
    'confidence</span><span class="lab sp0"><b>2</b> unattributed</span>'
    "<span>Click a name under <i>Who's who</i> to highlight that speaker's quotes.</span></p>"
)


# ---------------------------------------------------------------- input checks


def _check_text(text: object, name: str = "render()") -> str:
    if not isinstance(text, str):
        raise TypeError(
            f"{name} takes the article text as a str, got {type(text).__name__}"
            + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, bytes) else "")
        )
    return text


def _check_span(text: str, span: Span | Quote, where: str) -> None:
    # a Span's text always has end - start characters, so this is text[start:end] == span.text
    if span.end > len(text) or not text.startswith(span.text, span.start):
        raise ValueError(
            f"{where} covers {span.start}:{span.end} = {span.text[:40]!r}, which is not that piece of "
            f"the text (length {len(text)}): render a quote with the text it was extracted from"
        )


def check_quotes(text: str, quotes: Iterable[Quote | Mapping[str, Any]] | None) -> list[Quote]:
    """*quotes* as :class:`Quote` s checked against *text* (``Quote.to_dict()`` output accepted);
    ``extract_quotes(text)`` when None.

    Raises:
        TypeError: for something that is not a quote.
        ValueError: for a quote whose offsets do not slice its text out of *text*.
    """
    if quotes is None:
        from quotex.extract import extract_quotes  # noqa: PLC0415 - the pipeline loads spaCy

        return extract_quotes(text)
    if isinstance(quotes, (str, bytes, Mapping)) or not isinstance(quotes, Iterable):
        raise TypeError(f"quotes must be a list of quotex.Quote (or None), got {type(quotes).__name__}")
    out = []
    for i, item in enumerate(quotes):
        quote = Quote.from_dict(item) if isinstance(item, Mapping) else item
        if not isinstance(quote, Quote):
            raise TypeError(f"quotes[{i}] must be a Quote or Quote.to_dict(), not {type(quote).__name__}")
        _check_span(text, quote, f"quote {i}")
        for part in quote.parts:
            _check_span(text, part, f"quote {i}'s part")
        if quote.source is not None:
            _check_span(text, quote.source, f"quote {i}'s source")
        if quote.cue is not None:
            _check_span(text, quote.cue, f"quote {i}'s cue")
        out.append(quote)
    return out


# ---------------------------------------------------------------- speakers


def _speaker_key(speaker: Speaker) -> tuple[str, str]:
    """Who a speaker is: its ``id`` when the record has one, else its name."""
    ident = getattr(speaker, "id", None)
    return ("id", ident) if isinstance(ident, str) and ident else ("name", speaker.name)


def _titles(speaker: Speaker) -> list[str]:
    """The speaker's titles: ``titles`` when the record has them, else its ``title``."""
    titles = getattr(speaker, "titles", None)
    if isinstance(titles, (list, tuple)) and all(isinstance(t, str) for t in titles) and titles:
        return list(titles)
    return [speaker.title] if speaker.title else []


@frozen
class _Who:
    """One row of the who's who panel: speaker number, name, kind, titles, quote count."""

    number: int
    name: str
    kind: str
    titles: tuple[str, ...]
    count: int


def _speakers(quotes: Sequence[Quote]) -> tuple[list[int], list[_Who]]:
    """Each quote's speaker number (0: unattributed), and the panel rows, most quoted first."""
    first: dict[tuple[str, str], int] = {}
    speakers: list[Speaker] = []
    titles: list[dict[str, None]] = []
    counts: list[int] = []
    of_quote = []
    for quote in quotes:
        if quote.speaker is None:
            of_quote.append(-1)
            continue
        key = _speaker_key(quote.speaker)
        if key not in first:
            first[key] = len(speakers)
            speakers.append(quote.speaker)
            titles.append({})
            counts.append(0)
        j = first[key]
        counts[j] += 1
        titles[j].update(dict.fromkeys(_titles(quote.speaker)))
        of_quote.append(j)
    order = sorted(range(len(speakers)), key=lambda j: (-counts[j], j))
    number = {j: n for n, j in enumerate(order, 1)}
    rows = [_Who(number[j], speakers[j].name, speakers[j].kind, tuple(titles[j]), counts[j]) for j in order]
    unattributed = of_quote.count(-1)
    if unattributed:
        rows.append(_Who(0, "(unattributed)", "", (), unattributed))
    return [number.get(j, 0) for j in of_quote], rows


# ---------------------------------------------------------------- one document


@functools.lru_cache(maxsize=4096)
def _who(name: str | None, title: str | None) -> str:
    """A label's speaker part: the name and the title in italics (a pure function, cached)."""
    if name is None:
        return "unattributed"
    return plain(name) + (f' <span class="t">{plain(title)}</span>' if title else "")


def _label(n: int, quote: Quote, speaker: int, element_id: str) -> str:
    who = _who(quote.speaker.name, quote.speaker.title) if quote.speaker else _who(None, None)
    return (
        f'<span class="lab sp{speaker}" id="{element_id}" title="quote {n}: rule {_who(quote.rule, None)}, '
        f'characters {quote.start}-{quote.end}"><b>{n}</b> {who} · '
        f"{quote.kind.value} · {quote.confidence:.2f}</span>"
    )


def quote_marks(quotes: Sequence[Quote], speakers: Sequence[int]) -> list[Mark]:
    """The marks of *quotes*: each part (``content``), source and cue, classed by quote and speaker.

    Quote *n* (1-based) has class ``q<n>``; its speaker ``sp<speakers[n-1]>``.
    """
    marks = []
    for n, (quote, speaker) in enumerate(zip(quotes, speakers, strict=True), 1):
        classes = (f"q{n}", f"sp{speaker}")
        marks += [Mark(p.start, p.end, "content", classes) for p in quote.parts]
        if quote.source is not None:
            marks.append(Mark(quote.source.start, quote.source.end, "source", classes))
        if quote.cue is not None:
            marks.append(Mark(quote.cue.start, quote.cue.end, "cue", classes))
    return marks


def _who_panel(rows: Sequence[_Who], prefix: str) -> str:
    lines = [
        '<aside class="who"><h3>Who\'s who</h3>',
        '<table><thead><tr><th>speaker</th><th>title</th><th class="n">quotes</th></tr></thead><tbody>',
    ]
    for row in rows:
        kind = f" <small>({plain(row.kind)})</small>" if row.kind and row.kind != "person" else ""
        lines.append(
            f'<tr class="sp{row.number}"><td><a href="#{prefix}-sp{row.number}">{plain(row.name)}</a>{kind}'
            f'</td><td>{"; ".join(plain(t) for t in row.titles)}</td><td class="n">{row.count}</td></tr>'
        )
    if not rows:
        lines.append('<tr><td colspan="3">no quotes found</td></tr>')
    lines.append(f'</tbody></table><p><a href="#{prefix}">clear the highlight</a></p></aside>')
    return "\n".join(lines)


def document_html(
    text: str, quotes: Sequence[Quote], *, prefix: str, heading: str | None = None
) -> Iterator[str]:
    """One document as a ``<section id="<prefix>">``, in pieces.

    *prefix* (letters, digits, ``-``) makes the element ids unique on a page of
    several documents. The quotes must be checked against *text* already.
    """
    numbers, rows = _speakers(quotes)
    labels = sorted(
        (
            Label(q.end, _label(n, q, s, f"{prefix}-q{n}"))
            for n, (q, s) in enumerate(zip(quotes, numbers, strict=True), 1)
        ),
        key=lambda label: label.at,
    )
    attributed = sum(row.count for row in rows if row.number)
    yield f'<section class="doc" id="{prefix}">'
    if heading is not None:
        yield f"<h2>{plain(heading)}</h2>"
    yield (
        f'<p class="stats">{len(quotes)} quote{"s" * (len(quotes) != 1)}, {attributed} attributed to '
        f"{sum(1 for r in rows if r.number)} speakers; {len(text):,} characters</p>"
    )
    extra = [row.number for row in rows if row.number > _SHARED_RULES]
    if extra:
        yield f"<style>{_target_rules(extra)}</style>"
    yield "".join(f'<i class="tgt sp{row.number}" id="{prefix}-sp{row.number}"></i>' for row in rows)
    yield '<div class="cols"><article class="art">'
    yield highlight(text, quote_marks(quotes, numbers), labels)
    yield "</article>"
    yield _who_panel(rows, prefix)
    yield "</div></section>\n"


# ---------------------------------------------------------------- pages


def page_start(title: str) -> str:
    """The page up to its body content: doctype, head with the stylesheet, ``<div class="qx">``."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="quotex"><title>{plain(title)}</title>\n'
        f'<style>\n{CSS}</style></head>\n<body style="margin:0"><div class="qx">\n'
    )


def page_end() -> str:
    """What closes :func:`page_start`."""
    return "</div></body></html>\n"


def render(
    text: str, quotes: Iterable[Quote | Mapping[str, Any]] | None = None, *, title: str | None = None
) -> str:
    """One article as a self-contained HTML page with its quotes highlighted.

    Args:
        text: the article.
        quotes: its quotes (``Quote`` records or their ``to_dict()``); default:
            ``extract_quotes(text)``.
        title: the page heading (default: "Quotations").

    Returns:
        The page: inline CSS, no external assets, no script. Open it in a
        browser, or show it in a notebook with ``IPython.display.HTML(...)``.

    Raises:
        TypeError: for a *text* that is not a ``str`` or *quotes* that are not quotes.
        ValueError: for a quote whose offsets do not slice its text out of *text*.

    >>> page = render('"It works," said Ada Park.')
    >>> page.startswith("<!DOCTYPE html>"), page.count('<span class="content'), page.count('data-m=')
    (True, 2, 3)
    """
    text = _check_text(text)
    found = check_quotes(text, quotes)
    heading = "Quotations" if title is None else title
    return "".join(
        [
            page_start(heading),
            f"<h1>{plain(heading)}</h1>",
            _LEGEND,
            *document_html(text, found, prefix="d0"),
            page_end(),
        ]
    )


@frozen
class Rendered:
    """A rendering for notebooks: Jupyter shows it through :meth:`_repr_html_`; ``str()`` is the page."""

    page: str
    fragment: str

    def _repr_html_(self) -> str:
        """The stylesheet and the body, without ``<html>``/``<head>`` (for a notebook cell)."""
        return self.fragment

    def __str__(self) -> str:
        return self.page


def show(
    text: str, quotes: Iterable[Quote | Mapping[str, Any]] | None = None, *, title: str | None = None
) -> Rendered:
    """:func:`render` for a notebook: the last expression of a cell displays inline.

    >>> show('"Yes," she said.')._repr_html_().startswith("<style>")
    True
    """
    page = render(text, quotes, title=title)
    body = page[page.index('<div class="qx">') : page.rindex("</body>")]
    return Rendered(page, f"<style>\n{CSS}</style>\n{body}")


def _document(item: object, number: int) -> tuple[str, str, list[Quote]]:
    """``(heading, text, quotes)`` from a text, an ``(id, text)`` pair or an ``(id, text, quotes)`` triple."""
    if isinstance(item, str):
        return f"document {number}", item, check_quotes(item, None)
    if isinstance(item, tuple) and len(item) in (2, 3):
        doc_id, text = item[0], _check_text(item[1], f"render_many() document {number}")
        quotes = check_quotes(text, item[2] if len(item) == 3 else None)
        return str(doc_id), text, quotes
    raise TypeError(
        f"render_many() takes texts, (id, text) pairs or (id, text, quotes) triples; "
        f"document {number} is a {type(item).__name__}"
    )


def render_many(docs: Iterable[object], *, title: str | None = None) -> Iterator[str]:
    """Many documents as one HTML page with an index, yielded in pieces as each document is done.

    Each item of *docs* is a text, an ``(id, text)`` pair or an ``(id, text,
    quotes)`` triple (``quotes`` as for :func:`render`; ``None`` extracts them).
    Only the document being rendered is held, plus one index line per document
    (the index comes last in the file and shows first). Write the pieces as
    they come, or join them:

    >>> page = "".join(render_many([("a", '"Hi," he said.'), ("b", "No quotes.")]))
    >>> page.count('<section class="doc"'), page.count('<li>')
    (2, 2)

    Raises:
        TypeError: for an item that is none of those (raised when it is reached).
    """
    heading = "Quotations" if title is None else title
    yield page_start(heading) + f"<h1>{plain(heading)}</h1>" + _LEGEND + '<div class="report">\n'
    index = []
    for number, item in enumerate(docs, 1):
        doc_id, text, quotes = _document(item, number)
        yield from document_html(text, quotes, prefix=f"d{number}", heading=doc_id)
        index.append(f'<li><a href="#d{number}">{plain(doc_id)}</a> ({len(quotes)})</li>')
    yield document_index(index)
    yield "</div>" + page_end()


def document_index(entries: Sequence[str]) -> str:
    """The index panel from ready-made ``<li>`` entries."""
    items = "\n".join(entries) if entries else "<li>no documents</li>"
    return f'<nav class="index"><h2>{len(entries)} documents</h2><ol>\n{items}\n</ol></nav>\n'
