"""Which quotation spans count as quotations: double marks always, single marks when they are
the text's quotation marks or a cue frames them (stage: attributions; input the quote spans and
the token table, output one flag per span, read as ``Context.quoting``); and whether a span is a
scare quote of a word or two (:func:`scare_quote`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.marked_names import names_a_thing
from quotex.quote_spans import QuoteSpan
from quotex.tokens import Tokens


def quoting(
    spans: Sequence[QuoteSpan], tokens: Tokens | None = None, triggers: frozenset[str] = frozenset()
) -> tuple[bool, ...]:
    """Per span, whether it is a quotation: double marks always, single marks when they are
    the text's quotation marks (more single-mark spans than double ones: British style,
    ``'We are not leaving,' said Hugh Barnes.``). In a text quoting with double marks a
    single-mark span is a headline's or a scare quote, unless a reporting frame shows it is
    speech (:func:`_framed_single`: a text that mixes the two styles) or it goes on such a
    quotation (the next single span, opening with a capital in the same paragraph or the next:
    ``'C1,' she said. 'C2.'``). A name or cited word in marks (``the song "Rose of the
    Valley"``, ``known as "Mother Lo"``: :func:`~quotex.attributions.marked_names.names_a_thing`)
    is no quotation."""
    flags = by_marks(spans, tokens, triggers)
    if tokens is None:
        return flags
    return tuple(flag and not names_a_thing(tokens, span) for flag, span in zip(flags, spans, strict=True))


def by_marks(spans: Sequence[QuoteSpan], tokens: Tokens | None, triggers: frozenset[str]) -> tuple[bool, ...]:
    """Per span, whether its marks and frame make it a quotation (:func:`quoting` without the
    names of :func:`~quotex.attributions.marked_names.names_a_thing`)."""
    singles = sum(1 for span in spans if not span.double)
    if singles > len(spans) - singles:
        return (True,) * len(spans)
    if not singles or tokens is None or not triggers:
        return tuple(span.double for span in spans)
    out: list[bool] = []
    last_single = -1  # the index of the last single-mark span that counts as a quotation
    for q, span in enumerate(spans):
        if span.double:
            out.append(True)
            continue
        framed = _framed_single(tokens, span, triggers) or (
            last_single >= 0 and _goes_on(tokens.text, spans[last_single], span)
        )
        out.append(framed)
        if framed:
            last_single = q
    return tuple(out)


#: How many tokens after a single-mark span ending on a comma its credit's cue may come: a name
#: and its apposition ('Ana Berg, director of the Pellham Seed Bank, said').
_CREDIT_REACH = 16


#: How many tokens before the colon that opens a single-mark sentence its clause's cue may stand:
#: a subject, the cue and a phrase with a title in the other marks.
_COLON_REACH = 24


def _framed_single(tokens: Tokens, span: QuoteSpan, triggers: frozenset[str]) -> bool:
    """A single-mark span in a text quoting with double marks is speech when a cue frames it:
    it closes on a comma, question or exclamation mark and a cue word in lower case follows in its
    sentence (``'C,' Ana Berg said``, ``'C?' asked the coach``, ``'C,' Ana Berg, a nurse at X,
    said``), or
    such a cue word and a comma or colon come at most three words before it (``she said:
    'C.'``, ``Berg told reporters: 'C.'``). Headlines and scare quotes in such texts have
    neither (``slams Trump as 'work horse, not show horse.'``; a headline's capitalised
    ``Attack: 'C.'``)."""
    words, starts = tokens.words, tokens.starts
    inner = tokens.text[span.start : span.end].rstrip("’'` ")
    k = bisect.bisect_left(starts, span.end)
    if inner[-1:] in (",", "?", "!"):
        for m in range(k, min(k + _CREDIT_REACH, len(words))):
            if words[m] in triggers and words[m].islower():
                return True
            if words[m] in (".", "!", "?", ";") or "\n" in tokens.text[starts[m - 1] if m else 0 : starts[m]]:
                break
    j = bisect.bisect_left(starts, span.start)
    if j < 2 or words[j - 1] not in (",", ":"):
        return False
    for m in range(j - 2, max(j - 5, -1), -1):  # ('she said:', 'Berg told reporters:')
        if words[m] in triggers and words[m].islower():
            return True
        if not words[m][:1].isalnum():
            break
    if words[j - 1] != ":" or not tokens.text[span.start + 1 : span.start + 2].isupper():
        return False
    # (a sentence in marks after a colon, its clause's cue further back, past a title in the other
    # marks: 'NAME read a line from X's novel "T" at the launch: 'C.'')
    for m in range(j - 2, max(j - _COLON_REACH, -1), -1):
        if words[m] in triggers and words[m].islower():
            return True
        if words[m] in (".", "!", "?", ";", ":"):
            break
    return False


def _goes_on(text: str, prev: QuoteSpan, span: QuoteSpan) -> bool:
    """*span* opens with a capital no more than one paragraph break and one short frame after
    *prev* ends (``'C1,' she said. 'C2.'``; ``'C1.'`` then a paragraph ``'C2.'``)."""
    if span.start - prev.end > 80:
        return False  # (before any slice: the cost stays constant per span)
    gap = text[prev.end : span.start]
    return gap.count("\n\n") <= 1 and text[span.start + 1 : span.start + 2].isupper()


def scare_quote(text: str, start: int) -> bool:
    """Is the quotation at offset *start* one or two words in lower case, its closing mark
    after them ('"finished"', "the 'new' boiler", '"at-large"'): a scare quote, not words of a
    speech?"""
    inner = text[start : start + 40].lstrip("\"“”‘’'`")
    words = inner.split()[:2]
    closes = any(c in "\"“”‘’'" for w in words for c in w.rstrip(",.;:!?")[-2:] if w[:1].isalnum())
    return bool(words) and words[0][:1].islower() and closes
