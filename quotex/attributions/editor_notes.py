"""An editor's note about the article itself reports nobody's words.

'(This article has been corrected to show that she spoke on Wednesday.)', 'This story has been
updated to include comments from the mayor.', 'An earlier version of this article misquoted NAME
as saying that C.': the newspaper speaks about its own text, and the clause after *show*,
*note* or *as saying* is neither the article's report nor, in a correction, the named person's
words. A quotation the person did not say, set against the one they did ('She said "C," not
"D."'), is no part of their words either.

Input: the context and a sentence, or a found attribution. Output: whether the sentence is an
editor's note, or the attribution without the denied quotation.
"""

from __future__ import annotations

import attrs

from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.records import QuoteKind
from quotex.sentences import Sentence

#: Nouns by which a newspaper names the text it prints ('this article', 'this story').
SELF_NOUNS = frozenset(["article", "story", "piece", "column", "post"])

#: The most words before *version of this article* ('An earlier version of', 'A previous online
#: version of').
_VERSION_REACH = 4


def editor_note(ctx: Context, s: Sentence) -> bool:
    """Does sentence *s* speak about the article itself: does it open (maybe after a bracket)
    with *this article* (*story*, *piece*...) or with *an earlier version of this article*?
    (Not a person interviewed *for this article*: the article is no subject there.)"""
    lows = ctx.lows
    first = s.first + (ctx.tokens.words[s.first] in ("(", "["))
    if first + 1 > s.last:
        return False
    if lows[first] == "this":
        return lows[first + 1] in SELF_NOUNS
    k = next((j for j in range(first, min(s.last, first + _VERSION_REACH + 1)) if lows[j] == "version"), -1)
    return (
        k > first
        and lows[first] in ("an", "a", "the")
        and k + 3 <= s.last
        and lows[k + 1] == "of"
        and lows[k + 2] == "this"
        and lows[k + 3] in SELF_NOUNS
    )


def without_denied_quotation(ctx: Context, found: Found) -> Found:
    """*found* without a second quotation that a comma and *not* set against the first, which
    opens the content ('She said "C," not "D."': a correction of the words): the content is the
    first quotation, direct, and the second is credited to nobody; else *found* (in a clause
    both are the speaker's: 'said the plan was "bold," not "reckless"')."""
    att, a, b = found
    if len(att.parts) != 1:
        return found
    words, lows, qo = ctx.tokens.words, ctx.lows, ctx.quote_of
    for k in range(a + 1, b - 1):
        if lows[k] == "not" and qo[k] < 0 and qo[k + 1] >= 0 and qo[k - 1] >= 0 and words[k - 1] != "not":
            span = ctx.spans[qo[k - 1]]
            if att.parts[0][0] != span.start:
                return found  # ('said the plan was "bold," not "reckless"': both words hers)
            # (the content's tokens stay whole: the denied quotation is used up, nobody's words)
            return attrs.evolve(att, parts=((span.start, span.end),), kind=QuoteKind.DIRECT), a, b
    return found
