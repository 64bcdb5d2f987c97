"""Step ``caption_credit`` of the quotation chain: a caption's words belong to the one who
posted the picture (*NAME posted a photo of X with the caption "C."*, *... with a caption that
read: "C."*).

A captioned picture is no report of its own (``verb_vetoes.captioned_media``) and a caption's own
*read* takes no source (``verb_vetoes.caption_text``), so the quotation reaches the chain
unclaimed; this step gives it to the subject of the posting verb before the caption, in the same
sentence.
Input: a quotation site (:class:`~quotex.attributions.model.QuotationSite`); output: its
attribution, or None.
"""

from __future__ import annotations

import bisect

from quotex.attributions.model import Attribution, QuotationSite, direct_attribution
from quotex.attributions.subjects import source_before
from quotex.lexicon.verb_frames import CAPTION_LEMMAS, POSTING_FORMS

#: Nouns of the words written under a picture.
CAPTION_NOUNS = frozenset(["caption", "captions"])
#: How far before its caption the posting verb may stand (tokens: 'posted a photograph of
#: himself walking off at the ground with').
_POSTING_TOKENS = 24


def caption_credit(site: QuotationSite) -> Attribution | None:
    """``NAME posted a photo of X with the caption "C."``: the quotation after *caption* (maybe
    after *that read* and a colon) is the words of the posting verb's subject."""
    ctx, s = site.ctx, site.s
    tokens, lows = ctx.tokens, ctx.lows
    k = bisect.bisect_left(tokens.starts, site.span.start, s.first, s.last + 1)
    j = k - 1
    if j >= s.first and tokens.words[j] in (":", ","):
        j -= 1
    if j >= s.first and ctx.lexicon.verb_forms.get(lows[j], ("", ""))[0] in CAPTION_LEMMAS:
        j -= 1
        if j >= s.first and lows[j] in ("that", "which"):
            j -= 1
    if j < s.first or lows[j] not in CAPTION_NOUNS:
        return None
    for v in range(j - 1, max(s.first, j - _POSTING_TOKENS) - 1, -1):
        if ctx.quote_of[v] >= 0:
            return None
        if lows[v] in POSTING_FORMS:
            src = source_before(tokens, v, s.first, ctx.lexicon, lows=lows)
            cue = (tokens.starts[v], tokens.ends[v])
            return None if src is None else direct_attribution(site, src, cue, "cue_before_content")
    return None
