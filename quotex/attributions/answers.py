"""A bare answer: *X said no.*, *46 percent said yes, ...* — a reported answer to a question.

After a question (*Asked if she would stand again, Ana Ruiz said no.*) a verb of saying or
answering with *yes* or *no* alone as its object reports the answer: an indirect attribution
whose content is that one word (as the PolNeAR scheme marks it). :func:`bare_answer` finds it
when the word ends the clause (a full stop, a comma, a semicolon or a dash follows): *said no to
the plan* (a refusal), *said no one was hurt* and *said no more* are other constructions.
"""

from __future__ import annotations

from quotex.attributions.model import Attribution, Found
from quotex.attributions.sites import VerbCue
from quotex.records import QuoteKind

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
