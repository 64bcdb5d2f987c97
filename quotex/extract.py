"""The public pipeline: text or ``Doc`` -> ``list[Quote]``.

Input: a ``str`` or a processed spaCy ``Doc``; optionally a loaded spaCy
pipeline (``nlp=``) whose tagger, parser and NER are used when present, and a
:class:`~quotex.lexicon.Lexicon`. Output: the quotations, in text order, as
:class:`~quotex.records.Quote` records. This module only composes the stages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs
from spacy.tokens import Doc

from quotex.attributions import attribute
from quotex.described_marks import described_split, merged_names
from quotex.invisible import read_invisible
from quotex.lexicon import DEFAULT_LEXICON, Lexicon, check_lexicon
from quotex.line_breaks import unwrapped
from quotex.mentions import find_mentions
from quotex.mentions.chains import given_surnames
from quotex.mentions.words import capitals
from quotex.possessive_marks import read_possessives
from quotex.quote_spans import QuoteSpan, find_quote_spans
from quotex.records import Quote, Span
from quotex.sentences import split_sentences
from quotex.speakers import quote_records, resolve_speakers
from quotex.tokens import Tokens, analysis_text, from_doc, tokenize_with_analysis

if TYPE_CHECKING:
    from spacy.language import Language

    from quotex.attributions import Attribution

__all__ = ["extract_quotes", "extract_quotes_from_tokens"]


def extract_quotes(
    text: str | Doc, *, nlp: Language | None = None, lexicon: Lexicon = DEFAULT_LEXICON
) -> list[Quote]:
    """Every quotation in *text*, attributed to its speaker.

    Args:
        text: the article, as a ``str`` or an already processed spaCy ``Doc``.
        nlp: a loaded spaCy pipeline to run on a ``str`` (its parser and NER are
            used when present). Default: spaCy's English tokenizer and quotex's
            rules, with no model.
        lexicon: the word lists to use; pass a changed copy to customise.

    Returns:
        The quotes in text order; ``text[q.start:q.end] == q.text`` for each.
        A ``str`` subclass (such as ``numpy.str_``) is read as ``str(text)``.

    Raises:
        TypeError: when *text* is neither a ``str`` nor a spaCy ``Doc``, or
            *lexicon* is not a :class:`~quotex.lexicon.Lexicon`.
    """
    check_lexicon(lexicon)
    if isinstance(text, str):
        if not text:
            return []
        if type(text) is not str:
            text = str(text)  # a str subclass (numpy.str_, a user type): spaCy wants the real thing
        view = unwrapped(text)  # (wrapping newlines made spaces: same offsets)
        tokens, clean = tokenize_with_analysis(view, nlp=nlp)  # (the span finder reads *clean*)
        spans, gone = described_split(clean, find_quote_spans(clean, lexicon=lexicon))
        del clean
        if gone:  # (a title, nickname or slogan in a description: its marks are no words either)
            tokens = merged_names(tokens, gone)
        quotes = _stages_3_to_6(tokens, spans, lexicon)
        return quotes if view is text else [_sliced(q, text) for q in quotes]
    if _is_doc(text):
        return extract_quotes_from_tokens(from_doc(text), lexicon=lexicon)
    raise TypeError(
        "extract_quotes() takes the article text as a str (or a processed spacy.tokens.Doc), "
        f"got {type(text).__name__}; decode bytes first, e.g. data.decode('utf-8')"
    )


def extract_quotes_from_tokens(tokens: Tokens, *, lexicon: Lexicon = DEFAULT_LEXICON) -> list[Quote]:
    """Run stages 2-6 on a token table (stage 1's output).

    Each intermediate is let go once the last stage that reads it is done (the
    stages are pure, so the order below gives the same quotes): the quote spans
    after stage 5 (stage 4 runs after it, so the two never live together), the
    mentions with the entity table once the speakers are resolved, the sentences
    and attributions before the records are made. So the intermediates and the
    records never live all at once (see docs/pipeline.md, "Memory").
    """
    return _stages_2_to_6(tokens, lexicon, None)


def attributed_quotes(
    tokens: Tokens, *, lexicon: Lexicon = DEFAULT_LEXICON
) -> tuple[list[Attribution], list[Quote]]:
    """(stage 5's attributions, the quotes) of :func:`extract_quotes_from_tokens` on *tokens*: the
    same composition, that ``benchmarks/snapshot.py`` hashes so that a snapshot proves what users
    run. Not public API (the attributions are an internal stage's output)."""
    seen: list[Attribution] = []
    return seen, _stages_2_to_6(tokens, lexicon, seen.extend)


def _stages_2_to_6(
    tokens: Tokens, lexicon: Lexicon, observe: Callable[[Sequence[Attribution]], None] | None
) -> list[Quote]:
    """:func:`extract_quotes_from_tokens`, handing stage 5's output to *observe* when given."""
    clean = analysis_text(tokens.text)
    spans, gone = described_split(clean, find_quote_spans(clean, lexicon=lexicon))
    return _stages_3_to_6(merged_names(tokens, gone) if gone else tokens, spans, lexicon, observe)


def _stages_3_to_6(
    tokens: Tokens,
    spans: tuple[QuoteSpan, ...],
    lexicon: Lexicon,
    observe: Callable[[Sequence[Attribution]], None] | None = None,
) -> list[Quote]:
    """:func:`extract_quotes_from_tokens` once the quote spans are found (stage 5's attributions to
    *observe*, when given)."""
    tokens = read_invisible(tokens)  # ('Kva\u200brme' reads as 'Kvarme', 'may\u00ador' as 'mayor')
    tokens = read_possessives(tokens, spans)  # ('Matus' answer' reads as 'Matus's answer')
    sentences = split_sentences(tokens, spans, cue_words=lexicon.verb_forms)
    lows = tokens.lows  # (once per table: the attribution and mention stages both read it)
    caps = capitals(tokens.words)  # (once: the surnames and the mention stage's name chains read it)
    surnames = given_surnames(tokens.words, lows, caps)  # (once, for both stages too)
    attributions = attribute(tokens, spans, sentences, lexicon=lexicon, lows=lows, surnames=surnames)
    del spans
    if observe is not None:
        observe(attributions)
    # the mentions are only an argument: resolve_speakers lets them go with its entity table
    resolved = resolve_speakers(
        tokens,
        attributions,
        find_mentions(tokens, sentences, lexicon=lexicon, lows=lows, surnames=surnames, caps=caps),
        lexicon=lexicon,
        sentences=sentences,
        lows=lows,
    )
    del attributions, sentences, lows, surnames, caps
    return quote_records(tokens.text, resolved)


def _sliced(quote: Quote, text: str) -> Quote:
    """*quote*, read in :func:`~quotex.line_breaks.unwrapped`'s view of *text*, with its text,
    parts, source and cue sliced from *text* itself (the view has spaces for some newlines)."""

    def span(s: Span | None) -> Span | None:
        return None if s is None else Span(s.start, s.end, text[s.start : s.end])

    return attrs.evolve(
        quote,
        text=text[quote.start : quote.end],
        parts=tuple(Span(p.start, p.end, text[p.start : p.end]) for p in quote.parts),
        source=span(quote.source),
        cue=span(quote.cue),
    )


def _is_doc(value: object) -> bool:
    return isinstance(value, Doc)
