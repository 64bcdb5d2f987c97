"""quotex.render / render_many / show: the page read back with html.parser must highlight exactly
the quotes' content parts, sources and cues, keep the text, and let no input escape into markup."""

from __future__ import annotations

import doctest
import itertools
from collections.abc import Iterator, Sequence

import pytest
from fixtures_loader import Article
from html_tree import Container, parse
from hypothesis import given
from hypothesis import strategies as st

import quotex
from quotex import Quote, QuoteKind, Span, Speaker
from quotex.display import markup, page, show
from quotex.display.markup import Mark, highlight

#: Tags and attributes quotex's pages may contain; anything else came from the input.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "p", "span", "b", "i",
    "small", "section", "article", "aside", "table", "thead", "tbody", "tr", "th", "td", "a", "nav", "ol",
    "li",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "lang",
    "charset",
    "name",
    "content",
    "style",
    "class",
    "id",
    "href",
    "title",
    "data-m",
    "data-cp",
    "colspan",
}


def expected_marks(quotes: Sequence[Quote]) -> dict[tuple[int, int, str], set[str]]:
    """(start, end, role) -> the quote classes (``q<n>``) of every non-empty span of *quotes*."""
    out: dict[tuple[int, int, str], set[str]] = {}
    for n, q in enumerate(quotes, 1):
        spans = [(p, "content") for p in q.parts] + [(q.source, "source"), (q.cue, "cue")]
        for span, role in spans:
            if span is not None and span.end > span.start:
                out.setdefault((span.start, span.end, role), set()).add(f"q{n}")
    return out


def found_marks(container: Container) -> dict[tuple[int, int, str], set[str]]:
    out: dict[tuple[int, int, str], set[str]] = {}
    for h in container.highlights:
        key = (h.start, h.end, h.role)
        assert key not in out, f"two elements for {key}"
        out[key] = {c for c in h.classes if c.startswith("q") and c[1:].isdigit()}
    return out


def check_page(html: str, text: str, quotes: Sequence[Quote]) -> Container:
    """The article shows *text* exactly, and each quote span is one highlight at its offsets."""
    tree, containers = parse(html)
    [article] = [c for c in containers if "art" in c.classes]
    assert article.text == text
    assert found_marks(article) == expected_marks(quotes)
    for h in article.highlights:
        assert article.text[h.start : h.end] == text[h.start : h.end]
    assert len(article.labels) == len(quotes)
    # each quote's label sits right after its last part
    assert sorted(at for at, _, _ in article.labels) == sorted(q.end for q in quotes)
    assert tree.tags <= ALLOWED_TAGS, tree.tags - ALLOWED_TAGS
    assert tree.attributes <= ALLOWED_ATTRIBUTES, tree.attributes - ALLOWED_ATTRIBUTES
    return article


# ---------------------------------------------------------------- fixture articles


def test_fixture_articles(article: Article) -> None:
    quotes = quotex.extract_quotes(article.text)
    assert quotes, "the fixture articles all have quotes"
    html = quotex.render(article.text, quotes, title=article.stem)
    found = check_page(html, article.text, quotes)
    # speakers: every quote's elements carry its speaker's class, and the panel links to them
    tree, _ = parse(html)
    speakers = {q.speaker.name for q in quotes if q.speaker}
    assert len({h for h in tree.hrefs if "-sp" in h and not h.endswith("-sp0")}) == len(speakers)
    assert all(any(c.startswith("sp") for c in h.classes) for h in found.highlights)


def test_default_extracts_the_quotes() -> None:
    text = '"We will rebuild the pier," said Ada Moreau, the harbour master.'
    assert quotex.render(text) == quotex.render(text, quotex.extract_quotes(text))


def test_quote_dicts_are_accepted() -> None:
    text = '"Open the gates," Lina Ortiz told reporters.'
    quotes = quotex.extract_quotes(text)
    assert quotex.render(text, [q.to_dict() for q in quotes]) == quotex.render(text, quotes)


def test_labels_say_speaker_title_kind_confidence() -> None:
    text = '"We will rebuild the pier," said Ada Moreau, the union\'s president.'
    [q] = quotex.extract_quotes(text)
    [article] = [c for c in parse(quotex.render(text))[1] if "art" in c.classes]
    [(_, label, _)] = article.labels
    assert q.speaker is not None and q.speaker.title is not None
    for piece in (q.speaker.name, q.speaker.title, q.kind.value, f"{q.confidence:.2f}"):
        assert piece in label


# ---------------------------------------------------------------- overlaps, by construction


def _quote(
    text: str,
    parts: list[tuple[int, int]],
    source: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    name: str | None,
) -> Quote:
    spans = [Span.from_text(text, s, e) for s, e in parts]
    return Quote(
        text=text[spans[0].start : spans[-1].end],
        start=spans[0].start,
        end=spans[-1].end,
        kind=QuoteKind.DIRECT,
        parts=spans,
        speaker=Speaker(name) if name else None,
        source=None if source is None else Span.from_text(text, *source),
        cue=None if cue is None else Span.from_text(text, *cue),
    )


def test_crossing_and_shared_spans() -> None:
    text = "abcdefghijklmnopqrstuvwxyz" * 2
    quotes = [
        _quote(text, [(0, 10), (14, 20)], (8, 16), (10, 12), "A"),  # source crosses both parts
        _quote(text, [(5, 30)], (8, 16), (0, 3), "B"),  # same source as the first; content crosses
        _quote(text, [(30, 31)], (40, 52), (52, 52), None),  # an empty cue is not drawn
        _quote(text, [(2, 2), (2, 40)], None, None, "A"),  # an empty part
    ]
    check_page(quotex.render(text, quotes), text, quotes)


spans = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@st.composite
def texts_and_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    alphabet = st.sampled_from([*"ab \"“”\n\r\t<>&'\x00\u202e\u2066é漢😀", "\ud800"])
    text = draw(st.text(alphabet, min_size=80, max_size=120))
    quotes = []
    for _ in range(draw(st.integers(0, 6))):
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
        parts = list(itertools.pairwise(cuts))[::2]
        source = draw(st.none() | spans)
        cue = draw(st.none() | spans)
        quotes.append(_quote(text, parts, source, cue, draw(st.none() | st.sampled_from(["A", "B", "<C>"]))))
    return text, quotes


@given(texts_and_quotes())
def test_any_spans_on_any_text(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    check_page(quotex.render(text, quotes), text, quotes)


@given(st.lists(st.sampled_from([*'ab. ,"“”\n', "said", " Ann Lee", "he"]), max_size=80).map("".join))
def test_extracted_quotes_on_generated_text(text: str) -> None:
    quotes = quotex.extract_quotes(text)
    check_page(quotex.render(text, quotes), text, quotes)


def test_highlight_nests_and_splits_crossing_marks() -> None:
    html = "".join(highlight("abcdef", [Mark(0, 4, "content"), Mark(2, 6, "source")]))
    assert html == (
        '<span class="content" data-m="0">ab<span class="source" data-m="1">cd</span></span>'
        '<span class="source cont" data-m="1">ef</span>'
    )


# ---------------------------------------------------------------- safety

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</style><script>alert(2)</script>",
    "</title></head><body onload=alert(3)>",
    "</article></div><iframe src=javascript:alert(4)>",
    "<!-- comment --> ]]> <![CDATA[x]]>",
    "&lt;b&gt; &amp; &#60;script&#62;",
    "right-to-left \u202eoverride\u202c and isolate \u2067x\u2069 and LRE \u202a",
    "NUL \x00 here, bell \x07, escape \x1b[31m, C1 \x85 \x9b, DEL \x7f, BOM \ufeff, \ufffe",
    "CR LF\r\nlone CR\r and a lone surrogate \udc80",
]


def _hostile_page() -> tuple[str, list[Quote]]:
    text = "\n\n".join(f'"{p}," said {p}. The {p} agreed.' for p in PAYLOADS)
    quotes = []
    for p in PAYLOADS:
        start = text.index(f'"{p},"')
        end = start + len(p) + 3
        said = text.index("said", end)
        source = (said + 5, said + 5 + len(p))
        speaker = Speaker(p, title=p, kind="other")
        quotes.append(_quote(text, [(start, end)], source, (said, said + 4), None))
        quotes[-1] = Quote.from_dict({**quotes[-1].to_dict(), "speaker": speaker.to_dict(), "rule": p})
    return text, quotes


def test_hostile_text_stays_text() -> None:
    text, quotes = _hostile_page()
    html = quotex.render(text, quotes, title=" ".join(PAYLOADS))
    check_page(html, text, quotes)
    tree, _ = parse(html)
    assert not any(a.startswith("on") for a in tree.attributes)
    assert all(h.startswith("#") for h in tree.hrefs)
    assert tree.comments == []
    for raw in ["\x00", "\u202e", "\u2067", "\u202a", "\x07", "\x1b", "\x85", "\x9b", "\x7f", "\r", "\ufffe"]:
        assert raw not in html, repr(raw)
    html.encode("utf-8")  # no lone surrogate left
    # the <style> and <title> elements hold only our text
    head = html[: html.index("</head>")]
    assert head.count("<style>") == 1 and head.count("</style>") == 1 and head.count("<title>") == 1


def test_hostile_text_in_many_documents() -> None:
    text, quotes = _hostile_page()
    docs = [(p, text, quotes) for p in PAYLOADS]
    html = "".join(quotex.render_many(docs, title="<script>x</script>"))
    tree, containers = parse(html)
    assert [c.text for c in containers] == [text] * len(PAYLOADS)
    assert tree.tags <= ALLOWED_TAGS and tree.attributes <= ALLOWED_ATTRIBUTES
    assert "\x00" not in html and "\u202e" not in html


@pytest.mark.parametrize("char", ["\x00", "\u202e", "\x85", "\udc80", "\ufffe"])
def test_special_characters_are_visible_symbols(char: str) -> None:
    html = markup.safe_text(f"a{char}b")
    assert char not in html
    assert f'data-cp="{ord(char):x}"' in html


# ---------------------------------------------------------------- many documents, notebooks, errors


def test_render_many_streams() -> None:
    """The first document is written before the second one is read."""
    consumed: list[int] = []

    def docs() -> Iterator[tuple[str, str]]:
        for i in range(3):
            consumed.append(i)
            yield f"doc {i}", f'"Number {i}," said Ann Lee.'

    pieces = quotex.render_many(docs())
    written = ""
    for piece in pieces:
        written += piece
        if "</section>" in written:
            break
    assert consumed == [0]
    rest = "".join(pieces)
    assert consumed == [0, 1, 2]
    _, containers = parse(written + rest)
    assert [c.text for c in containers] == [f'"Number {i}," said Ann Lee.' for i in range(3)]
    index = rest[rest.index('<nav class="index"') :]
    assert [f'href="#d{i + 1}">doc {i}</a>' in index for i in range(3)] == [True] * 3


def test_render_many_inputs() -> None:
    text = '"Yes," said Ann Lee.'
    html = "".join(quotex.render_many([text, ("b", text), ("c", text, [])]))
    _, containers = parse(html)
    assert [len(c.highlights) for c in containers] == [3, 3, 0]
    with pytest.raises(TypeError, match="render_many"):
        "".join(quotex.render_many([42]))


def test_show_for_notebooks() -> None:
    text = '"Yes," said Ann Lee.'
    shown = show(text)
    assert str(shown) == quotex.render(text)
    fragment = shown._repr_html_()
    assert "<html" not in fragment and "<head" not in fragment
    [article] = [c for c in parse(fragment)[1] if "art" in c.classes]
    assert article.text == text and len(article.highlights) == 3


def test_css_is_scoped_for_notebooks() -> None:
    rules = [
        line for line in page.CSS.replace("}", "}\n").splitlines() if "{" in line and not line.startswith("@")
    ]
    assert rules and all(rule.lstrip().startswith(".qx") for rule in rules)


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="decode"):
        quotex.render(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="quotes must be"):
        quotex.render("text", "not quotes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"quotes\[0\]"):
        quotex.render("text", [42])  # type: ignore[list-item]
    [q] = quotex.extract_quotes('"Yes," said Ann Lee.')
    with pytest.raises(ValueError, match="extracted from"):
        quotex.render('"No," said Ann Lee.', [q])
    assert "no quotes found" in quotex.render("")


def test_docstring_examples() -> None:
    for module in (markup, page):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
