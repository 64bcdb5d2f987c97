"""Headline credits: a name, a colon and a claim in title case ('Strand: Night ferries will
return in spring'), read by the colon's step table (:data:`~quotex.attributions.cue_rules`).

Input: a colon's :class:`~quotex.attributions.sites.CueSite`; output: an indirect
:class:`~quotex.attributions.model.Attribution` credited to the words before the colon, or None.
"""

from __future__ import annotations

from quotex.attributions.clauses import content
from quotex.attributions.model import Attribution, Found
from quotex.attributions.sites import CueSite
from quotex.lexicon.grammar import LABELS
from quotex.mentions import is_name_word

#: Words that open a kicker's topic, no claim: 'Explainer: what the new law means for renters',
#: 'Results: how the parties fared' (a section label before an indirect question, not a credit).
_KICKER_TOPICS = frozenset("what how why when where who which whether".split())


def is_headline_credit(site: CueSite) -> bool:
    """Is the colon at the site a headline credit's: one to four name words open the clause, no
    label among them, and four or more words follow that open no quotation nor a kicker's topic?"""
    words, i, first, last, lows = site.words, site.i, site.first, site.last, site.ctx.lows
    return (
        i - 1 >= first
        and i - first <= 4
        and words[last] != ":"
        and last - i >= 4
        and site.ctx.quote_of[i + 1] < 0
        and lows[i + 1] not in _KICKER_TOPICS
        and all(is_name_word(words[k]) for k in range(first, i))
        and not any(lows[k] in LABELS for k in range(first, i))
        and (i - first > 1 or len(words[first]) > 1)  # 'Q: ...', 'A: ...': interview labels
    )


def headline_credit(site: CueSite) -> Found | None:
    """A headline credit: 'Strand: Night ferries will return in spring'."""
    ctx, i = site.ctx, site.i
    got = content(ctx, i + 1, site.last)
    if got is None:
        return None
    (cs, ce), kind = got
    cue = (ctx.tokens.starts[i], ctx.tokens.ends[i])
    return Attribution(((cs, ce),), (site.first, i - 1), cue, "cue_before_content", kind), i + 1, site.last
