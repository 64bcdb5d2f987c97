"""A credit in mid-clause (`C1, she said (on Monday), C2`): where the credit ends and whether
the clause goes on after it as a second part of the same content."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.clauses import content, content_end
from quotex.attributions.context import Context, preposition_length
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, TIME_WORDS
from quotex.lexicon.grammar import ADVERBS, FINITE_AUXILIARIES, IRREGULAR_PAST, MODALS, PREPOSITIONS
from quotex.lexicon.verb_frames import PARTICIPLES
from quotex.records import QuoteKind

#: How many tokens of modifiers may stand between a credit in mid-clause and its comma.
CREDIT_MODIFIER_TOKENS = 8


def credit_comma(ctx: Context, k: int, last: int, *, closed: bool = False) -> int:
    """The comma that ends a credit in mid-clause after token *k* - 1, its cue: *k* itself, or
    the comma after a modifier phrase when the clause's verb follows it ('The plan, she said
    *on Monday*, would cost ...', '..., she said *in her opening statement*, has created ...');
    else *k*. A *closed* credit (a comment clause after a clause of plain words) ends at the
    first comma after its modifiers, whatever they open with and whatever follows but a
    conjunction (', as X wrote *in her memoir*, the mill ...', ', as X noted *last week*,
    would cost ...'; not ', as X reported on Friday, and C2': a clause of its own)."""
    words, verbs, lows = ctx.tokens.words, ctx.lexicon.verb_forms, ctx.lows
    if k > last or words[k] == "," or not (lows[k] in PREPOSITIONS or lows[k] in TIME_WORDS or closed):
        return k
    for m in range(k + 1, min(last, k + CREDIT_MODIFIER_TOKENS) + 1):
        w = words[m]
        if ctx.quote_of[m] >= 0 or w.lower() in ("that", ":", ";", ".") or (w.islower() and w in verbs):
            return k
        if w == ",":  # (a verb after it: the clause goes on; not 'X said on Monday, two days after')
            nxt = words[m + 1] if m + 1 <= last else ""
            verb = nxt in FINITE_AUXILIARIES or nxt in MODALS or nxt in IRREGULAR_PAST or nxt.endswith("ed")
            return m if (nxt.islower() and verb) or (closed and nxt not in ("and", "but", "or")) else k
    return k


def rest_of_clause(ctx: Context, k: int, last: int) -> tuple[tuple[int, int], int, QuoteKind] | None:
    """After a credit in mid-clause, from the comma at token *k*: the rest of the reported
    clause ('Over the years, she said, | email has helped ...'), as (characters, last
    token, kind), unless a participle opens a report of its own (', adding that ...')."""
    if not (
        k + 3 <= last
        and ctx.tokens.words[k] == ","
        and ctx.quote_of[k + 1] < 0
        and not starts_participle(ctx, k + 1)
    ):
        return None
    words, verbs, lows = ctx.tokens.words, ctx.lexicon.verb_forms, ctx.lows
    phrases = ctx.prepositions.get(lows[k + 1])
    if phrases and preposition_length(words, k + 1, last, phrases):
        return None  # ('C, X said, | according to a transcript.': the report's own source, no rest)
    if lows[k + 1] in ("and", "but") and any(
        verbs.get(words[m], ("", ""))[1] in ("speech", "stance", "cognition")
        and words[m - 1][:1].isalpha()
        and lows[m - 1] not in DETERMINERS
        and lows[m - 1] not in NUMBER_WORDS  # ('eight reported incidents')
        and lows[m - 1] not in ADVERBS  # ('were later found', 'had asked')
        and ctx.quote_of[m] < 0
        for m in range(k + 3, min(last, k + 8) + 1)
    ):
        return None  # '..., records show, and experts say D': a new attribution, not the rest
    end = content_end(ctx, k + 1, last, relative=False)
    if _noun_tail(words, lows, k + 1, end):
        return None  # ('C, according to a letter from NAME, ROLE, | to the council.': the source's tail)
    more = content(ctx, k + 1, end)
    if more is None or end - k < 3:
        return None
    return more[0], end, more[1]


def _noun_tail(words: Sequence[str], lows: Sequence[str], a: int, end: int) -> bool:
    """Are tokens *a..end* a preposition and a noun phrase with no verb ('to the council'), not
    the rest of a clause ('to pursue a hybrid system', 'by clinging to the old ways', 'for
    Democrats to put ...')? A noun phrase opens with a determiner, a possessive or a capital."""
    if (
        lows[a] not in PREPOSITIONS
        or a + 1 > end
        or not (lows[a + 1] in DETERMINERS or words[a + 1][:1].isupper())
    ):
        return False
    return not any(
        lows[m] in FINITE_AUXILIARIES
        or lows[m] in MODALS
        or (lows[m] == "to" and m > a)
        or (words[m].islower() and words[m].endswith(("ing", "ed")))
        for m in range(a + 1, end + 1)
    )


def starts_participle(ctx: Context, k: int) -> bool:
    """'..., he said, adding that ...': what follows the comma is a report of its own,
    not the rest of the first content."""
    low = ctx.tokens.words[k].lower()
    return low in PARTICIPLES or (low.endswith("ing") and low in ctx.lexicon.verb_forms)
