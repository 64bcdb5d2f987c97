"""An attribution whose cue stands inside an aside keeps its content inside that aside.

A pair of dashes or brackets sets off an aside within a sentence (Quirk et al. 1985, §17.67):
a report made inside it ends where the aside ends ('The new rules (which NAME said were "long
overdue") came in on DAY': not 'came in on DAY'), and a trailing credit inside it takes only
the aside's words ('The plan — "a disaster," according to NAME — was scrapped': not 'The plan').

Input: the context, one found attribution (its content tokens) and its sentence. Output: the
attribution with its one content part cut to the aside, or unchanged. Also the left edges of
such asides that subject walkers step over (:func:`skip_brackets_left`, :func:`closes_set_off_name`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions.clauses import content, joined_kind, kind_of
from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.mentions import is_name_word
from quotex.mentions.naming_phrases import named_bracket_open
from quotex.mentions.title_spans import aside_dash
from quotex.sentences import Sentence

#: The most tokens an aside's marks may stand from the cue, each side.
_ASIDE_REACH = 40

#: Brackets that open an aside, with the mark that closes each.
_CLOSERS = {"(": ")", "[": "]"}


def within_aside(ctx: Context, found: Found, s: Sentence) -> Found:
    """*found* with its content cut to the aside its cue stands in (:func:`aside_around`), when
    the content runs past the aside and what is left inside is still a content; else *found*.
    Of a content in parts ('which | NAME said | were "C"'), only the last may run past it."""
    att, a, b = found
    if att.cue is None:
        return found
    lo, hi = aside_around(ctx, bisect.bisect_left(ctx.tokens.starts, att.cue[0]), s)
    src = att.source
    if lo < 0 or (a > lo and b < hi) or (src is not None and not lo < src[0] <= src[1] < hi):
        return found  # (no aside, the content inside it, or a source outside it: 'NAME (...) said')
    starts = ctx.tokens.starts
    firsts = [bisect.bisect_left(starts, cs) for cs, _ in att.parts]
    if len(att.parts) > 1 and (firsts[0] <= lo or firsts[-1] >= hi):
        return found
    a, b = max(a, lo + 1), min(b, hi - 1)
    got = content(ctx, max(firsts[-1], a), b) if a < b else None
    if got is None:
        return found
    (cs, ce), kind = got
    for k, (_, pe) in enumerate(att.parts[:-1]):  # (the parts before the last: all inside)
        kind = joined_kind(kind_of(ctx, firsts[k], bisect.bisect_left(ctx.tokens.ends, pe)), kind)
    return attrs.evolve(att, parts=(*att.parts[:-1], (cs, ce)), kind=kind), a, b


def aside_around(ctx: Context, i: int, s: Sentence) -> tuple[int, int]:
    """(opening mark, closing mark) of the aside of sentence *s* that holds token *i*: the
    nearest bracket left of *i* that closes after it, or the nearest dash left of *i* that opens
    a pair (an even number of dashes before it) with the next dash after *i*, each within
    :data:`_ASIDE_REACH` tokens; (-1, -1) when *i* is in no aside."""
    tokens = ctx.tokens
    words = tokens.words
    depth = 0
    dash = -1
    floor = max(s.first, i - _ASIDE_REACH)  # (an aside is short: an endless sentence stays linear)
    for k in range(i - 1, floor - 1, -1):
        w = words[k]
        if w in (")", "]"):
            depth += 1
        elif w in _CLOSERS:
            if depth == 0:
                close = _closer(words, k, i, s.last)
                return (k, close) if close > 0 else (-1, -1)
            depth -= 1
        elif dash < 0 and aside_dash(tokens, k):
            dash = k
    if dash < 0 or sum(aside_dash(tokens, k) for k in range(max(s.first, dash - _ASIDE_REACH), dash)) % 2:
        return -1, -1
    close = next((k for k in range(i + 1, min(s.last, i + _ASIDE_REACH) + 1) if aside_dash(tokens, k)), -1)
    return (dash, close) if close > 0 else (-1, -1)


def _closer(words: Sequence[str], k: int, i: int, last: int) -> int:
    """The token that closes the bracket at *k* after token *i* (by *last*, within
    :data:`_ASIDE_REACH`), or -1."""
    want, depth = _CLOSERS[words[k]], 0
    for j in range(i + 1, min(last, i + _ASIDE_REACH) + 1):
        if words[j] == words[k]:
            depth += 1
        elif words[j] == want:
            if depth == 0:
                return j
            depth -= 1
    return -1


#: How far back a bracketed aside's opening bracket is looked for ('Rep. Jim Jordan (R-Ohio) said').
BRACKET_WINDOW = 8


def skip_brackets_left(words: Sequence[str], j: int, floor: int) -> int:
    """If token *j* closes a short parenthesis ('Rep. Jim Jordan (R-Ohio) said') or one that
    names a description ('One resident (a nurse identified by police as NAME) said'), the token
    before it opens; else *j*."""
    if words[j] != ")":
        return j
    k = j - 1
    while k > floor and words[k] != "(" and j - k < BRACKET_WINDOW:
        k -= 1
    if words[k] != "(":
        k = named_bracket_open(
            words, j, floor
        )  # ('One resident (a nurse identified by police as NAME) said')
    return k - 1 if k >= 0 and words[k] == "(" else j


def closes_set_off_name(words: Sequence[str], subj: tuple[int, int]) -> bool:
    """Does the subject *subj* end on a name set off by a comma inside it, its own closing
    comma right after it ('the survey lead at X, Ida Berg,')?"""
    a, b = subj
    if words[b + 1] != "," or not is_name_word(words[b]):
        return False
    k = b
    while k > a and is_name_word(words[k]):
        k -= 1
    return k > a and words[k] == ","
