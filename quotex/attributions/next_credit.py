"""A quotation credited by the sentence after it (step ``credit_after`` of the quotation chain).

A direct quotation that stands alone in its sentence may be credited by the next sentence, in
its paragraph or opening the next one, when that sentence's predicate is a crediting frame and
the rest of it is only the speaker's noun phrase and adjuncts: ``"C." Those were the words of
NAME, ROLE, on Monday.``, ``That was the message NAME posted.``, ``So says NAME.``, ``The remark
came from NAME.``, ``That is how NAME sees it.``, ``That is according to NAME.``, ``NAME made the
point at a briefing.``, ``It was NAME who said it first.``, ``The words were NAME's.``, ``Those
were NAME's words.`` (a crediting sentence is anaphoric: its demonstrative or its *remark*,
*words*, *point* refers back to the quotation). Input: the context, the quotation span and its
sentence; output: the source's token range and the frame's character range, or None.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from quotex.attributions.context import Context
from quotex.attributions.noun_phrases import np_right
from quotex.attributions.trailing_credits import credit_source
from quotex.lexicon.function_words import NAME_PARTICLES
from quotex.lexicon.grammar import SAYING_NOUNS
from quotex.mentions import is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence

#: Demonstratives that refer back to a quotation: 'Those were the words of ...'.
_BACK = frozenset("that this those these such".split())
#: Forms of *be* in a crediting frame ('Those were the words of', "That's how").
_BE = frozenset("is was are were 's".split())
#: Nouns for what was said, as a crediting frame's subject or object ('The remark came from',
#: 'made the point'): the saying nouns of the grammar and these.
CREDIT_NOUNS = SAYING_NOUNS | frozenset(
    """
    remark remarks comment comments point points quote quotation warning warnings assessment
    observation argument admission prediction claim claims statement line sentiment sentiments
    """.split()
)
#: Verbs of the *made the point* frame: the subject made (offered, delivered) the remark.
_MAKING = frozenset("made makes offered offers delivered delivers voiced voices".split())
#: Verbs of the *That is how NAME sees it* frame.
_SEEING = frozenset(
    "sees saw views viewed puts put describes described explains explained tells told".split()
)
#: Verbs of the *the message NAME posted* frame: the relative clause's subject sent or gave the words.
_SENDING = frozenset(
    "posted sent wrote gave delivered offered shared tweeted emailed texted left had chose used".split()
)
#: Words that may open the inverted *So says NAME* frame ('Or so says NAME').
_SO = ("so", "or so")
#: How many tokens a crediting sentence may hold.
CREDIT_SENTENCE_TOKENS = 40


def credit_after(
    ctx: Context, span: QuoteSpan, sentences: Sequence[Sentence]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and the frame's character range when the sentence right after the quotation
    *span* (which must stand alone in its sentence) credits it; else None."""
    tokens = ctx.tokens
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    k = bisect.bisect_left(starts, span.end)  # the first token after the quotation
    if k >= len(words) or ctx.quote_of[k] >= 0 or not words[k][:1].isupper():
        return None
    i = bisect.bisect_right(sentences, k, key=_first) - 1
    if i < 0:
        return None
    nxt = sentences[i]
    if nxt.first == k:  # the next sentence, in this paragraph or opening the next one
        if i < 1 or nxt.paragraph - sentences[i - 1].paragraph > 1 or nxt.dateline:
            return None
    elif tokens.text[span.start : span.end].rstrip("\"”’'» ")[-1:] not in (".", "?", "!"):
        return None  # (a quotation closed by a full stop, kept with what follows by the splitter)
    if nxt.last - k > CREDIT_SENTENCE_TOKENS:
        return None
    # the quotation stands alone: nothing of the sentence it ends stands outside it
    j = bisect.bisect_right(sentences, bisect.bisect_left(starts, span.start), key=_first) - 1
    lo = sentences[max(j, 0)].first
    if any((starts[t] < span.start or ends[t] > span.end) and words[t][:1].isalnum() for t in range(lo, k)):
        return None
    a, b = k, nxt.last
    while b > a and not words[b][:1].isalnum():
        b -= 1
    if any(ctx.quote_of[t] >= 0 for t in range(a, b + 1)):
        return None
    lows = list(ctx.lows[a : b + 1])  # (the sentence's words in lower case, read by both frames)
    found = _frame(ctx, a, b, lows) or _possessed_noun(ctx, a, lows)
    if found is None:
        return None
    src, cue = found
    if not credit_source(ctx, src[0], src[1]):
        return None
    return src, (starts[cue[0]], ends[cue[1]])


def _tail_ok(lows: Sequence[str], t: int) -> bool:
    """After a crediting frame's source, from token *t* of the sentence's *lows*: nothing, or a
    comma or an adjunct ('on Monday', 'at a briefing')."""
    return t > len(lows) - 1 or lows[t] == "," or lows[t] in ("on", "at", "in", "during", "last", "this")


#: The most tokens of a possessor before its noun of saying ('the harbour master's words').
_POSSESSOR_TOKENS = 6


def _possessed_noun(
    ctx: Context, a: int, lows: Sequence[str]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The possessor and the noun of a frame *Those were NAME's words* in the sentence from
    token *a* (*lows*: its words in lower case, opening with a demonstrative and *be*): the
    possessor of the noun of saying is the speaker."""
    if len(lows) < 5 or lows[0] not in _BACK or lows[1] not in _BE:
        return None
    k = next((t for t in range(3, min(len(lows) - 1, 2 + _POSSESSOR_TOKENS)) if lows[t] in ("'s", "’s")), -1)
    if k < 0 or lows[k + 1] not in CREDIT_NOUNS or not _tail_ok(lows, k + 2):
        return None
    src = np_right(ctx.tokens, a + 2, a + k - 1, ctx.lexicon)
    return (src, (a + k + 1, a + k + 1)) if src is not None and src == (a + 2, a + k - 1) else None


def _first(s: Sentence) -> int:
    return s.first


def _frame(ctx: Context, a: int, b: int, lows: list[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and cue token ranges of a crediting frame in tokens *a* .. *b* (*lows*: their
    words in lower case)."""
    words = ctx.tokens.words
    n = len(lows)

    def source(at: int, end: int = b) -> tuple[int, int] | None:
        src = np_right(ctx.tokens, a + at, end, ctx.lexicon)
        if src is None or src[0] != a + at:
            return None
        t = src[1] if words[src[1]].lower() in NAME_PARTICLES else src[1] + 1
        u = t  # ('Femke van den Heuvel': the particles and the surname after them)
        while u < end and words[u].lower() in NAME_PARTICLES:
            u += 1
        return (src[0], u) if u > t and is_name_word(words[u]) else src

    # 'Those were the words of NAME', 'That was the verdict of NAME'
    if n >= 5 and lows[0] in _BACK and lows[1] in _BE:
        t = 2 + (lows[2] in ("the", "his", "her", "their", "its"))
        if t + 2 < n and lows[t] in CREDIT_NOUNS and (sent := _words_of(ctx, lows, a, t, source)):
            return sent
        # 'That is how NAME sees it', "That's how NAME put it (on Monday)"
        p = next(
            (q for q in range(4, n) if lows[q] in ("it", "things", "matters") and lows[q - 1] in _SEEING), -1
        )
        if lows[2] == "how" and p > 0 and (p == n - 1 or _tail_ok(lows, p + 1)):
            src = source(3, a + p - 2)
            rest = lows[src[1] + 1 - a : p - 1] if src is not None else ["?"]
            aside = (
                len(rest) >= 3
                and rest[0] == rest[-1] == ","
                and not any(w in ctx.lexicon.verb_forms for w in rest)
            )
            if src is not None and (not rest or rest == [","] or aside):
                return src, (a + p - 1, a + p)
    # 'It was NAME, ROLE, who said it (first)': a cleft whose focus is the speaker
    if n >= 6 and lows[0] == "it" and lows[1] in _BE and (src := source(2)) is not None:
        t = _after_aside(ctx, lows, src[1] + 1 - a)
        said = (
            t + 2 < n
            and lows[t] == "who"
            and ctx.lexicon.verb_forms.get(lows[t + 1], ("", ""))[1] == "speech"
        )
        if said and lows[t + 2] in _BACK | {"it", "so"} and n - (t + 3) <= 2:
            return src, (a + t + 1, a + t + 1)
    # 'The words were NAME's': the quotation's noun, then its owner
    if n >= 5 and lows[0] in ("the", "those", "these") and lows[1] in CREDIT_NOUNS and lows[2] in _BE:
        src = source(3)  # (the "'s" is no word: *b* stops before it)
        if src is not None and src[1] == b and b + 1 < len(words) and words[b + 1] in ("'s", "’s"):
            return src, (a + 1, a + 1)
        # 'That is according to NAME'
        if lows[2:4] == ["according", "to"]:
            src = source(4)
            if src is not None and _tail_ok(lows, src[1] + 1 - a):
                return src, (a + 2, a + 3)
    # 'So says NAME', 'Or so says NAME'
    so = 2 if lows[:2] == ["or", "so"] else 1 if lows[:1] == ["so"] else 0
    if so and n > so + 1 and lows[so] in ctx.lexicon.verb_forms and lows[so].endswith(("s", "d", "te")):
        src = source(so + 1)
        if src is not None and _tail_ok(lows, src[1] + 1 - a):
            return src, (a + so, a + so)
    # 'The remark came from NAME'
    t = 1 if lows[0] in ("the", "that", "this", "those", "these", "her", "his", "their") else 0
    came = t and n > t + 3 and lows[t] in CREDIT_NOUNS and lows[t + 1] in ("came", "come", "comes")
    if came and lows[t + 2] == "from":
        src = source(t + 3)
        if src is not None and _tail_ok(lows, src[1] + 1 - a):
            return src, (a + t + 1, a + t + 2)
    # 'NAME, ROLE, made the point at a briefing'
    src = source(0)
    if src is not None:
        t = _after_aside(ctx, lows, src[1] + 1 - a)
        if t + 2 < n and lows[t] in _MAKING:
            u = t + 1 + (lows[t + 1] in ("the", "that", "this", "those", "these", "his", "her", "their"))
            if u < n and lows[u] in CREDIT_NOUNS and (u + 1 == n or lows[u + 1] not in ("of", "that")):
                return src, (a + t, a + u)
    return None


def _words_of(
    ctx: Context, lows: Sequence[str], a: int, t: int, source: Callable[[int], tuple[int, int] | None]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The source and cue of *Those were the words of NAME* or *That was the message NAME, ROLE,
    posted on Facebook* (a relative clause with no relative word, Quirk et al. 1985 §17.15, whose
    subject sent the words), in the sentence from token *a* whose noun of saying is at *t*
    (*source(k)*: the source noun phrase opening at its token *k*); else None."""
    if lows[t + 1] in ("of", "from"):
        src = source(t + 2)
        return (src, (a + t, a + t + 1)) if src is not None and _tail_ok(lows, src[1] + 1 - a) else None
    src = source(t + 1)
    if src is None:
        return None
    v = _after_aside(ctx, lows, src[1] + 1 - a)
    if v < len(lows) and lows[v] in _SENDING and (_tail_ok(lows, v + 1) or lows[v + 1] in ("for", "to")):
        return src, (a + v, a + v)
    return None


def _after_aside(ctx: Context, lows: Sequence[str], t: int) -> int:
    """The index after an apposition set off by commas at *t* (', a ceramicist from Arita,'),
    with no verb form in it; else after a lone comma, else *t*."""
    if t < len(lows) and lows[t] == ",":
        for u in range(t + 1, min(len(lows), t + 16)):
            if lows[u] in ctx.lexicon.verb_forms or lows[u] in (";", ":"):
                break
            if lows[u] == ",":
                return u + 1
        return t + 1
    return t
