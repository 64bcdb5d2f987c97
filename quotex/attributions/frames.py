"""Reporting frames: where the shape of the text, not the lexicon, makes a cue.

* :func:`reporting_frame` (rule ``reporting_frame``): ``"C," NAME VERB.``,
  ``"C," VERB NAME.`` and ``NAME VERB: "C."`` make VERB a cue whether or not the lexicon
  lists it (``"Open the gates," Lena Okafor implored.``);
* :func:`frame_verb`: the verb shape those frames accept (a verb ending, or a phrasal
  particle: ``shot back``); the verb table's ``phrasal_particle`` veto reads it too;
* :func:`transcript_label` / :func:`paragraph_last`: a transcript's speaker label
  (``VANCE: ...``) and the turn it opens (rule ``transcript``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.context import (
    Context,
    ends_with_punctuation,
    is_closing_quote,
    opens_sentence,
    title_case,
)
from quotex.attributions.model import Attribution
from quotex.attributions.noun_phrases import np_left, np_right, opens_clause
from quotex.attributions.sites import VerbCue
from quotex.lexicon.function_words import PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import PAST_CUES, PHRASAL_PARTICLES, QUANTIFIER_PRONOUNS, TITLE_SMALL_WORDS
from quotex.mentions import is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.records import QuoteKind
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: How many tokens a frame's source may have between the quotation and its verb.
FRAME_SOURCE_TOKENS = 7
#: A transcript turn is read to its paragraph's end, but never further than this many tokens.
TURN_MAX = 400


def frame_verb(words: Sequence[str], k: int, last: int) -> int:
    """Token *k* is the verb of a reporting frame: a lower-case word with a verb ending
    ('fumed', 'implores') or one before a particle ('shot back'). Returns the verb's last
    token (the particle's), or -1."""
    w = words[k]
    if not (w.isalpha() and w.islower()) or w in STOP_WORDS or w in PRONOUNS:
        return -1
    if k + 1 <= last and words[k + 1] in PHRASAL_PARTICLES:
        return k + 1
    if len(w) > 3 and w.endswith(("ed", "s")) and not w.endswith(("ss", "us", "is")):
        return k
    return -1


def frame_ends(words: Sequence[str], k: int, last: int) -> bool:
    """The reporting frame's clause ends before token *k*: the sentence end or a comma."""
    return k > last or words[k] in (".", ",", ";", "!", "?", "…")


def reporting_frame(ctx: Context, span: QuoteSpan, s: Sentence, f: int) -> Attribution | None:
    """Rule ``reporting_frame`` for an unclaimed quotation whose first token is *f*.

    ``"C," NAME VERB.`` (``"Open the gates," Lena Okafor implored.``), ``"C," VERB NAME.``
    (``"No," shot back Dana Whitby.``) and ``NAME VERB, "C."`` opening a sentence: a
    quotation ending in ``, ? !``, a source noun phrase and one verb (with its particle)
    that end the clause. A title of a work (``"Tales of the Lake," the new series.``) is
    no quotation. Its precision is measured apart from the lexicon's cues.
    """
    if title_case(ctx.tokens.text, span):
        return None
    tokens, words = ctx.tokens, ctx.tokens.words
    starts, ends = tokens.starts, tokens.ends
    last = s.last
    part = ((span.start, span.end),)
    k = bisect.bisect_left(starts, span.end, f)  # the first token after the quotation
    if k <= last and ends_with_punctuation(tokens.text, span):
        e = frame_verb(words, k, last)
        if e >= 0:  # inverted: '"C," shot back Dana Whitby.'
            src = np_right(tokens, e + 1, last, ctx.lexicon)
            if src is not None and frame_ends(words, src[1] + 1, last) and is_name_word(words[src[1]]):
                return Attribution(part, src, (starts[k], ends[e]), "reporting_frame", QuoteKind.DIRECT)
        for v in range(k + 1, min(last, k + FRAME_SOURCE_TOKENS) + 1):
            if not words[v][:1].isalnum() and words[v] not in ("-", "'s", "’s"):
                break  # (a hyphen or a possessive stays inside the name: 'Aldana-Price')
            e = frame_verb(words, v, last)
            if e < 0:
                continue
            src = np_left(tokens, v - 1, k, ctx.lexicon)  # '"C," Lena Okafor implored.'
            if src is not None and src[0] == k and frame_ends(words, e + 1, last):
                return Attribution(part, src, (starts[v], ends[e]), "reporting_frame", QuoteKind.DIRECT)
            break
    # before: 'Ruth Duncan emails, "C."' (the sentence opens so)
    if f - 3 >= s.first and words[f - 1] in (":", ",") and opens_sentence(tokens.text, span):
        e = f - 2
        v = e - 1 if words[e] in PHRASAL_PARTICLES else e
        if v - 1 >= s.first and frame_verb(words, v, last) == e:
            src = np_left(tokens, v - 1, s.first, ctx.lexicon)
            if src is not None and src[0] == s.first:
                return Attribution(part, src, (starts[v], ends[e]), "reporting_frame", QuoteKind.DIRECT)
    return None


def quantified_subject(v: VerbCue) -> bool:
    """The word before the verb ('one', 'another') is its whole subject: '"C," one said.',
    'Another added that ...' (not 'In one tweet')."""
    words, q, i, low = v.words, v.prev, v.i, v.low
    if words[q].lower() not in QUANTIFIER_PRONOUNS or not opens_clause(words, q, v.first):
        return False
    return i + 1 > v.last or not words[i + 1][:1].isalpha() or low.endswith("ed") or low in PAST_CUES


def phrasal_particle(v: VerbCue) -> bool:
    """A particle ending a phrasal verb is no cue: '"No," Dana Whitby shot back.', '"No,"
    fired back Tomas Grieg.' (not the verb 'to back')."""
    words, i, first, last = v.words, v.i, v.first, v.last
    return (
        v.low in PHRASAL_PARTICLES
        and i - 1 >= first
        and frame_verb(words, i - 1, last) == i
        and (
            i + 1 > last
            or not words[i + 1][:1].isalnum()
            or (i - 2 >= first and is_closing_quote(v.ctx, i - 2))
        )
    )


def headline_words(words: Sequence[str], a: int, b: int) -> bool:
    """Tokens *a* .. *b* read as a headline in title case: two or more capitalised words
    and at most one lower-case word but small function words ('Trump Fires Back')."""
    caps = lower = 0
    for w in words[a : b + 1]:
        if not w.isalpha():
            continue
        if w[:1].isupper():
            caps += 1
        elif w not in TITLE_SMALL_WORDS:
            lower += 1
    return caps >= 2 and lower <= 1


def transcript_label(tokens: Tokens, first: int, colon: int) -> bool:
    """Tokens *first* .. *colon* - 1 are a transcript's speaker label: one to three words in
    capitals, no function word (``VANCE:``, ``MARA VANCE:``; not ``STAT OF THE WEEK:``),
    opening a paragraph."""
    if not 0 < colon - first <= 3:
        return False  # checked before slicing: a colon deep in a long sentence costs nothing
    label = tokens.words[first:colon]
    if not all(
        w.isupper() and sum(c.isalpha() for c in w) >= 2 and w.lower() not in STOP_WORDS for w in label
    ):
        return False
    return first == 0 or "\n" in tokens.text[tokens.ends[first - 1] : tokens.starts[first]]


def paragraph_last(tokens: Tokens, k: int) -> int:
    """The last token of the paragraph holding token *k* (at most :data:`TURN_MAX` on)."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    limit = min(len(starts) - 1, k + TURN_MAX)
    while k < limit and "\n" not in text[ends[k] : starts[k + 1]]:
        k += 1
    return k
