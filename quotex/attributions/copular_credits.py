"""A quotation that is the subject of a crediting clause: '"C" was how NAME described it.', '"C,"
was all NAME would say.', '"C," is how NAME, ROLE at BODY, sums it up.', '"C" was the reply from
NAME.'.

The quotation is the subject of *be*; the clause after it names who said it (Quirk et al. 1985,
§15.5: a nominal relative clause as complement). No verb of saying has the quotation for its
content, so no cue rule reads the frame.

Input: the context, a quotation span no cue claimed and its sentence. Output: the source's token
range and the frame's character range, or None.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.apposed_names import name_and_apposition
from quotex.attributions.context import Context
from quotex.attributions.model import Attribution, Found, QuotationSite, direct_attribution
from quotex.attributions.noun_phrases import np_right
from quotex.lexicon.function_words import PERSON_OBJECTS
from quotex.lexicon.grammar import SAYING_NOUNS
from quotex.mentions import apposition_title, is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence

#: Forms of *be* that open the frame.
_BE = frozenset(["is", "was", "'s", "’s"])
#: Verbs of the *how NAME VERB it* frame ('described it', 'put it', 'sums it up', 'sees it').
_HOW_VERBS = frozenset(
    """described describes put puts summed sums summarised summarises summarized summarizes saw sees
    explained explains phrased phrases remembered remembers recalled recalls""".split()
)
#: Verbs of naming in the *what NAME VERB it* frame ('"C" is what NAME called the plan').
_WHAT_VERBS = frozenset(
    "called calls dubbed dubs labelled labeled labels termed terms branded brands".split()
)
#: The verbs of both frames.
_FRAME_VERBS = _HOW_VERBS | _WHAT_VERBS
#: Verbs after *would* in the *all NAME would say* frame.
_ALL_VERBS = frozenset(["say", "add", "offer", "tell", "reveal", "concede", "venture"])
#: Words that may end the frame after *it* ('sums it up', 'put it best', 'put it last week').
_AFTER_IT = frozenset(["up", "best", "bluntly", "simply", "plainly", "later"])


def copular_credit(
    ctx: Context, span: QuoteSpan, s: Sentence
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source tokens, frame characters) when the rest of sentence *s* after quotation *span* is
    *be*, then *how* NAME VERB *it* (or a short object: 'described the plan'), *what* NAME VERB
    *it* ('called the plan') or *all* NAME *would* VERB (NAME may have its apposition set
    off by commas); else None."""
    tokens, lows = ctx.tokens, ctx.lows
    words = tokens.words
    k = bisect.bisect_left(tokens.starts, span.end, s.first, s.last + 1)
    k += k <= s.last and words[k] == ","
    if k + 4 <= s.last and lows[k] in _BE and (sender := _sender(ctx, k, s)) is not None:
        return sender  # ('"C" was the reply from NAME, ROLE, when ...')
    if k + 3 > s.last or lows[k] not in _BE or lows[k + 1] not in ("how", "all", "what"):
        return None
    how = lows[k + 1]
    src = np_right(tokens, k + 2, s.last, ctx.lexicon)
    if src is None or src[0] != k + 2 or not is_name_word(words[src[0]]):
        return None
    j = src[1] + 1
    if j + 1 <= s.last and words[j] == "," and (lows[j + 1] in _FRAME_VERBS or lows[j + 1] == "would"):
        j += 1  # (the phrase took in its apposition: 'NAME, a curator,')
    elif j <= s.last and words[j] == ",":
        t_first, t_last = apposition_title(tokens, src[1], s.last, ctx.lexicon)
        if t_first < 0 or t_last + 1 > s.last or words[t_last + 1] != ",":
            return None
        j = t_last + 2  # (past its apposition: ', chief curator at the X,')
    end = s.last - (words[s.last] in (".", "!"))
    if how != "all":
        verbs = _HOW_VERBS if how == "how" else _WHAT_VERBS
        o = j + 1 + (j + 2 <= end and lows[j + 1] == "up")  # ('summed up the day': the particle first)
        ok = o <= end and lows[j] in verbs and _object_ends(lows, o, end)
    else:
        ok = j + 1 == end and lows[j] == "would" and lows[end] in _ALL_VERBS
    return (src, (tokens.starts[k], tokens.ends[k + 1])) if ok else None


def _object_ends(lows: Sequence[str], a: int, end: int) -> bool:
    """Tokens *a* .. *end* are the frame verb's object: *it* (with 'up', 'best', ... after it), a
    person's pronoun ('described her') or a short noun phrase of lower-case words after a
    determiner ('the plan', "the board's offer")."""
    if lows[a] == "it":
        return a == end or (a + 1 == end and lows[end] in _AFTER_IT)
    if lows[a] in PERSON_OBJECTS:
        return a == end  # ('"C" was how NAME described her': the one described)
    return (
        lows[a] in _OBJECT_OPENERS
        and a < end <= a + _OBJECT_WORDS
        and all(w.isalpha() or w in ("'s", "’s", "-") for w in lows[a + 1 : end + 1])
    )


#: Determiners that open the noun phrase a crediting frame's verb takes for its object.
_OBJECT_OPENERS = frozenset(["the", "this", "that", "his", "her", "their", "its", "our"])
#: The most words of that noun phrase after its determiner.
_OBJECT_WORDS = 4


def _sender(ctx: Context, k: int, s: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source tokens, frame characters) for *be* at token *k*, then *the*, a noun of saying
    (:data:`~quotex.lexicon.grammar.SAYING_NOUNS` or a cue noun) and *from* a name ('"C" was the
    reply from NAME, ROLE, when OTHER raised it.': NAME); else None."""
    lows = ctx.lows
    if lows[k + 1] != "the" or lows[k + 3] != "from":
        return None
    if lows[k + 2] not in SAYING_NOUNS and lows[k + 2] not in ctx.lexicon.cue_nouns:
        return None
    got = name_and_apposition(ctx.tokens.words, k + 4, s.last)
    if got is None:
        return None
    return (k + 4, got[0]), (ctx.tokens.starts[k], ctx.tokens.ends[k + 3])


def copular_credited(site: QuotationSite) -> Attribution | None:
    """Step ``copular_credit``: ``"C" was how NAME described it.`` (:func:`copular_credit`)."""
    credit = copular_credit(site.ctx, site.span, site.s)
    return None if credit is None else direct_attribution(site, credit[0], credit[1], "dash_credit")


def framed_cue(ctx: Context, found: Found, s: Sentence) -> bool:
    """Is *found*'s cue the verb of a crediting clause whose subject is the quotation that opens
    sentence *s* ('"C" was how NAME | described | it.'): its *it* is that quotation, no report of
    its own?"""
    att = found[0]
    q = ctx.quote_of[s.first]
    if att.cue is None or q < 0:
        return False
    span = ctx.spans[q]
    return (
        span.start == ctx.tokens.starts[s.first]
        and att.cue[0] > span.end
        and copular_credit(ctx, span, s) is not None
    )
