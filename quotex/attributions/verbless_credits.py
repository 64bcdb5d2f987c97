"""A quotation credited by a name with no verb: '"C," NAME, smiling.', '"C," NAME, ROLE at BODY,
with a grin.', '"C," from NAME, ROLE.'.

Feature and round-up writing drops the verb of saying when a manner phrase or *from* carries the
credit; the sentence is then the quotation, a name (with its apposition) and that phrase only.

Input: the context, a quotation span no cue claimed and its sentence. Output: the source's token
range and the cue's character range (*from*; none without it), or None.
"""

from __future__ import annotations

import bisect

from quotex.attributions.context import Context
from quotex.attributions.model import Attribution, QuotationSite, direct_attribution
from quotex.attributions.noun_phrases import np_right
from quotex.mentions import apposition_title, is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence

#: The most words of the manner phrase after the name ('with a grin', 'pointing at the map').
_MANNER_WORDS = 5

#: Marks that end a quotation whose sentence goes on to its credit.
_GOING_ON = (",", "?", "!")


def verbless_credit(
    ctx: Context, span: QuoteSpan, s: Sentence
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(source tokens, cue characters or None) when the rest of sentence *s* after quotation
    *span* is *from* and a name, or a name and a manner phrase of a participle or *with* (each
    name may have its apposition set off by commas); else None."""
    tokens, lows = ctx.tokens, ctx.lows
    words = tokens.words
    if tokens.text[span.start : span.end].rstrip("\"”’'»“ ")[-1:] not in _GOING_ON:
        return None
    k = bisect.bisect_left(tokens.starts, span.end, s.first, s.last + 1)
    k += k <= s.last and words[k] == ","
    cue = None
    if k <= s.last and lows[k] == "from":
        cue, k = (tokens.starts[k], tokens.ends[k]), k + 1
    src = np_right(tokens, k, s.last, ctx.lexicon) if k <= s.last else None
    comma = next((j for j in range(k, src[1] + 1) if words[j] == ","), 0) if src is not None else 0
    src = (k, comma - 1) if comma > k and src is not None else src  # (the name, not its apposition)
    if src is None or src[0] != k or not is_name_word(words[k]) or not is_name_word(words[src[1]]):
        return None
    rest = src[1] + 1
    if rest <= s.last and words[rest] == ",":
        t_first, t_last = apposition_title(tokens, src[1], s.last, ctx.lexicon)
        if t_first >= 0 and t_last + 1 <= s.last and words[t_last + 1] in (",", "."):
            rest = t_last + 1  # (past its apposition: ', ship chandler at the Quay Chandlery,')
    end = s.last - (words[s.last] in (".", "!"))
    if rest > end:
        return (src, cue) if cue is not None else None  # ('from NAME.': a name alone needs *from*)
    if words[rest] != "," or rest + 1 > end or end - rest > _MANNER_WORDS:
        return None
    opener = lows[rest + 1]
    manner = opener == "with" or (opener.endswith("ing") and len(opener) > 4 and opener.isalpha())
    plain = all(w.isalpha() and w.islower() for w in words[rest + 1 : end + 1])
    return (src, cue) if manner and plain else None


def verbless_credited(site: QuotationSite) -> Attribution | None:
    """Step ``verbless_credit``: ``"C," NAME, smiling.`` (:func:`verbless_credit`)."""
    credit = verbless_credit(site.ctx, site.span, site.s)
    return None if credit is None else direct_attribution(site, credit[0], credit[1], "verbless_credit")
