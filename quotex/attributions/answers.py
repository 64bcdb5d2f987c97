"""A bare answer: *X said no.*, *46 percent said yes, ...* — a reported answer to a question.

After a question (*Asked if she would stand again, Ana Ruiz said no.*) a verb of saying or
answering with *yes* or *no* alone as its object reports the answer: an indirect attribution
whose content is that one word (as the PolNeAR scheme marks it). :func:`bare_answer` finds it
when the word ends the clause (a full stop, a comma, a semicolon or a dash follows): *said no to
the plan* (a refusal), *said no one was hurt* and *said no more* are other constructions.

A question put to a named person (*Ana Ruiz was asked about the delay.*) is answered by the
quotation that opens the next sentence: :func:`asked_ending` finds that sentence's source.
"""

from __future__ import annotations

from quotex.attributions.context import Context
from quotex.attributions.model import Attribution, Found
from quotex.attributions.sites import VerbCue
from quotex.attributions.subjects import source_before
from quotex.mentions import is_name_word
from quotex.records import QuoteKind
from quotex.sentences import Sentence

#: Lemmas of verbs whose bare *yes*/*no* object is an answer (the lexicon's lemmas).
ANSWER_LEMMAS = frozenset(["say", "answer", "reply", "respond"])
#: The one-word answers.
ANSWER_WORDS = frozenset(["yes", "no"])
#: The most tokens of a repeated answer ('yes, yes, yes').
ANSWER_REPEATS = 8
#: Marks that end the clause after the answer.
ANSWER_ENDS = frozenset([".", ",", ";", "!", "--", "\u2014", "\u2013"])


def answers_bare(v: VerbCue) -> bool:
    """Does the cue *v*'s next word stand as a bare *yes*/*no* that ends its clause? (Its lemma
    is tested first: see ``step_forms``.)"""
    if v.lemma not in ANSWER_LEMMAS:
        return False
    a = v.i + 1
    return (
        a < v.last
        and v.ctx.lows[a] in ANSWER_WORDS
        and v.ctx.quote_of[a] < 0
        and v.words[a + 1] in ANSWER_ENDS
        and v.words[v.i].islower()
    )


def bare_answer(v: VerbCue) -> Found | None:
    """Rule ``bare_answer``: *X said no.* -> X, content *no* (indirect; *yes, yes, yes* when
    repeated); None when the verb has no subject."""
    src = v.subject()[0]
    if src is None:
        return None
    tokens, lows, a = v.ctx.tokens, v.ctx.lows, v.i + 1
    b = a
    while (
        b + 2 <= v.last
        and b - a < ANSWER_REPEATS
        and tokens.words[b + 1] == ","
        and lows[b + 2] in ANSWER_WORDS
    ):
        b += 2  # ('said yes, yes, yes': the answer repeated)
    part = (tokens.starts[a], tokens.ends[b])
    return Attribution((part,), src, v.cue, "cue_before_content", QuoteKind.INDIRECT), a, b


#: Forms of *be* before a passive *asked*, whose subject is the one questioned.
_PASSIVE_BE = frozenset("was were is are".split())
#: The most tokens of the question's topic after *asked* ('was asked | about the delay on Saturday').
_TOPIC_TOKENS = 14


def asked_ending(ctx: Context, s: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``Orla Fenn, a professor, was asked about the delay on Saturday.``: sentence *s* ends on a
    passive *asked* and the question's topic (no quotation, no comma), after a named subject;
    the one asked answers in the quotation that opens the next sentence. Returns the source
    token range and the cue's character range (*was asked*), or None."""
    words, lows = ctx.tokens.words, ctx.lows
    if words[s.last] != ".":
        return None
    k = s.last - 1
    while (
        k > s.first + 1
        and s.last - k <= _TOPIC_TOKENS
        and not (lows[k] == "asked" and lows[k - 1] in _PASSIVE_BE)
    ):
        if ctx.quote_of[k] >= 0 or words[k] in (",", ";", ":"):
            return None
        k -= 1
    if lows[k] != "asked" or lows[k - 1] not in _PASSIVE_BE:
        return None
    src = source_before(ctx.tokens, k - 1, s.first, ctx.lexicon, lows=lows)
    if src is None or src[0] != s.first or not is_name_word(words[src[1]]):
        return None
    return src, (ctx.tokens.starts[k - 1], ctx.tokens.ends[k])
