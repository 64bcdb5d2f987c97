"""Where a report whose object is one quotation ends: at the quotation's closing mark, when
what follows the mark is an adjunct of the report, not more of the reported words.

A quotation is a closed unit: the speaker's words end at its closing mark, and the words after
it are the writer's. When the quotation opens the object of a verb of saying ('chanted "C"',
'said "C"'), an adverbial clause of time, an adverb of frequency, or (after a quotation that
closes with its own punctuation, a whole utterance) a preposition phrase or an adverb of manner
says when, how often, where or to whom the words were said, and a verb phrase or clause after
*and* is the speaker's next act or another clause (Quirk et al. 1985, §8.1 on adjuncts
of the verb phrase), not what was said: 'the crowd chanted "C" as it had for earlier speakers',
'Lund said "C" four times', 'Vance yelled "C!" at the mayor'. The content is the quotation
alone. A bare quoted phrase before a preposition may go on with it ('spend "whatever it takes"
from his own fortune'), a quotation that opens a longer clause goes on with a verb ('said "the
levy" would pass'), and a that-clause after it is the report ('told "Meet the Press" on Sunday
that C').
"""

from __future__ import annotations

from quotex.attributions.context import Context, opening_quotation_end
from quotex.lexicon.function_words import NUMBER_WORDS
from quotex.lexicon.grammar import FINITE_AUXILIARIES, IRREGULAR_PAST

#: Prepositions that open an adjunct of place, time, addressee or circumstance: after a
#: quotation that closes with its own punctuation ('yelled "Shame!" at the mayor'); after a bare
#: phrase the preposition may go on with the quoted words ('spend "whatever it takes" from his
#: own fortune', 'the "wind is at our backs" despite ...').
_PREPOSITIONS = frozenset(
    """
    at to in on during from with into over through throughout across amid amidst despite
    outside inside near toward towards upon following without under before after since
    until till as when while whenever once
    """.split()
)
#: Subordinators of time and manner, which open an adjunct clause after any quotation when a
#: verb follows them ('chanted "C" until the mayor stepped in', 'said "C" when asked'; not
#: 'named "C" as his favourite': no clause).
_SUBORDINATORS = frozenset("as when while whenever until till after before since once".split())
#: Adverbs of frequency or repetition after a quoted object ('said "C" twice').
_FREQUENCY = frozenset("again twice repeatedly".split())
#: Units of time before *after* / *before* / *later* ('posted "C" minutes after the count').
_TIME_UNITS = frozenset("seconds moments minutes hours days weeks".split())
#: Closing quotation marks, and the punctuation that closes a whole utterance inside them.
_CLOSING_MARKS = "\"'”’»›"
_CLOSERS = frozenset("!?.,")
#: How many words after a subordinator its clause's verb may stand.
_CLAUSE_REACH = 4
#: The most tokens of an apposition between a subordinate clause's named subject and its verb.
_APPOSITION_REACH = 12


def _verb_within(ctx: Context, k: int, b: int) -> bool:
    """Does a verb stand within :data:`_CLAUSE_REACH` tokens from token *k* (not past *b*), or
    right after an apposition that a name there opens ('as NAME, a steward at X, arrived')?"""
    words = ctx.tokens.words
    for m in range(k, min(b, k + _CLAUSE_REACH - 1) + 1):
        if _verb_at(ctx, m):
            return True
        if words[m] == "," and m > k and words[m - 1][:1].isupper():
            close = next((c for c in range(m + 1, min(b, m + _APPOSITION_REACH) + 1) if words[c] == ","), b)
            return close < b and _verb_at(ctx, close + 1)
    return False


def _verb_at(ctx: Context, m: int) -> bool:
    """Is token *m* a verb: a reporting verb's form, a finite auxiliary, an irregular past or a
    lower-case past in *-ed*?"""
    low = ctx.lows[m]
    return (
        low in ctx.lexicon.verb_forms
        or low in FINITE_AUXILIARIES
        or low in IRREGULAR_PAST
        or (low.endswith("ed") and low.isalpha() and ctx.tokens.words[m].islower())
    )


def quotation_object_end(ctx: Context, a: int, b: int) -> int:
    """The last token of the content *a* .. *b* of a verb of saying: the closing mark of the
    quotation that opens it at *a* when an adjunct follows that mark (module docstring); else
    *b*."""
    k = opening_quotation_end(ctx, a, b)
    if k < 0:
        return b
    q = ctx.quote_of[a]
    words, lows = ctx.tokens.words, ctx.lows
    inner = ctx.tokens.text[ctx.spans[q].start : ctx.spans[q].end]
    if inner[0] in inner[1:-1]:
        return b  # ('"Reporting that he shouted "Go!" as ...': marks nested alike, the pairing unsure)
    if any(lows[m] == "that" for m in range(k + 1, b + 1)):
        return b  # 'told "Meet the Press" on Sunday that C': the that-clause is the report
    nxt = lows[k + 1]
    then = lows[k + 2] if k + 2 <= b else ""
    span = ctx.spans[q]
    closed = ctx.tokens.text[span.start : span.end].rstrip().rstrip(_CLOSING_MARKS).rstrip()[-1:] in _CLOSERS
    adjunct = (
        (nxt in _SUBORDINATORS and _verb_within(ctx, k + 2, b))
        or nxt in _FREQUENCY
        or ((nxt in NUMBER_WORDS or nxt.isdigit()) and then in ("times", "more"))
        or (nxt in _TIME_UNITS and then in ("after", "before", "later"))
        or (closed and (nxt in _PREPOSITIONS or (nxt.endswith("ly") and words[k + 1].islower())))
        or (closed and nxt in ("and", "but") and _verb_within(ctx, k + 2, b))  # '"C," and left'
    )
    return k if adjunct else b
