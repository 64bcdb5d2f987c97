"""A survey's findings fronted by *in*: ``In a poll released Monday, most voters backed the toll.``

The opening phrase names an opinion survey (:data:`~quotex.lexicon.grammar.SURVEY_NOUNS`) and
the main clause after its comma is what the survey found, as after ``According to a poll,``: the
rule gives ``according_to`` quotes, whose source is the survey (or its issuer: ``In a survey by
the Gazette,``) and whose cue is *In*.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.clauses import content, content_end
from quotex.attributions.context import SURVEY_PREPOSITION, Context, is_participle
from quotex.attributions.issuers import document_issuer
from quotex.attributions.model import Attribution, Found
from quotex.attributions.preposition_sources import reported_clause
from quotex.attributions.sites import CueSite
from quotex.lexicon.function_words import DETERMINERS, PRONOUNS, TIME_WORDS
from quotex.lexicon.grammar import AUXILIARIES, LINKING_WORDS, MODALS, SURVEY_NOUNS

#: The most tokens from *In* to the comma that closes the phrase.
_PHRASE_MAX = 16
#: Words that show the phrase is a clause or a longer adverbial, not a survey's name ('In eight
#: states where exit polls were held,', 'In a memo released as polls closed,').
_CLAUSE_WORDS = frozenset(
    "where which that who whom whose when while after before since as if because and or but to with".split()
)
#: Words that may open the modifier after the survey noun: a participle ('released Monday',
#: 'taken last week') is tested apart; these open a prepositional or time phrase.
_MODIFIER_OPENERS = frozenset("of by for from among out last this earlier on in".split())


def survey_at(site: CueSite) -> CueSite | None:
    """The sentence opens with *In*: a candidate survey phrase."""
    return site if site.i == site.first and site.words[site.i] == SURVEY_PREPOSITION else None


def _phrase_comma(ctx: Context, i: int, last: int) -> int:
    """The comma that closes the phrase opened at token *i*, within :data:`_PHRASE_MAX` tokens
    and before any quotation or end punctuation; -1 when there is none."""
    words = ctx.tokens.words
    for k in range(i + 1, min(last, i + _PHRASE_MAX) + 1):
        if words[k] == ",":
            return k
        if ctx.quote_of[k] >= 0 or words[k] in (".", ";", ":", "?", "!", "(", ")"):
            return -1
    return -1


def _is_modifier(words: Sequence[str], a: int, b: int) -> bool:
    """Are tokens *a..b* (after the survey noun) a modifier of it: empty, or a participle,
    prepositional or time phrase with no subject pronoun, auxiliary or modal in it?"""
    if a > b:
        return True
    head = words[a]
    low = head.lower()
    if not (head.islower() and (is_participle(low) or low in _MODIFIER_OPENERS)):
        return False
    return not any(
        words[k] in PRONOUNS or words[k] in AUXILIARIES or words[k] in MODALS or words[k] in _CLAUSE_WORDS
        for k in range(a, b + 1)
        if words[k].islower() or words[k] == "I"
    )


def _past_dates(words: Sequence[str], k: int, noun: int) -> int:
    """The first token of the survey's name past a date that opens it ('a September | Gazette
    poll', "May's | Gazette poll", "last week's | poll"): a month, day or time word, maybe after
    a determiner or *last*/*this*, and its possessive; *k* when no date opens the phrase."""
    m = k + 1 if words[k].lower() in DETERMINERS or words[k].lower() in ("last", "this") else k
    if m >= noun or words[m].lower() not in TIME_WORDS:
        return k
    m += 1
    return m + 1 if m < noun and words[m] in ("'s", "’s") else m


def in_survey(site: CueSite) -> Found | None:
    """``In a poll released Monday, C.`` / ``In exit polls, C.``: the survey noun heads the
    phrase up to its comma, whose words are a plain noun phrase and maybe a modifier; the
    content is the main clause after the comma (past an aside opened by a participle or a
    linking word: ``In the latest poll, conducted in May, C``, ``In the poll, however, C``)."""
    ctx, words, i, last, lows = site.ctx, site.words, site.i, site.last, site.ctx.lows
    comma = _phrase_comma(ctx, i, last)
    if comma < 0:
        return None
    noun = max((k for k in range(i + 1, comma) if lows[k] in SURVEY_NOUNS), default=-1)
    if noun < 0 or any(lows[k] in _CLAUSE_WORDS for k in range(i + 1, noun)):
        return None
    if not _is_modifier(words, noun + 1, comma - 1):
        return None
    a = comma + 1
    if a + 1 <= last and words[a + 1] == "," and lows[a] in LINKING_WORDS:
        a += 2  # 'In the poll, however, C'
    elif a <= last and words[a].islower() and _is_modifier(words, a, a):
        aside = next((k for k in range(a, min(last, a + 8) + 1) if words[k] == ","), -1)
        if aside < 0:
            return None  # ('In the poll, conducted ... C' with no closing comma: unclear)
        a = aside + 1  # 'In the latest poll, conducted in May, C'
    if a > last or reported_clause(ctx, a + (lows[a] == "the" and a < last), last):
        return None  # ('In its annual survey, the Calvex Institute found that C': the institute's report)
    b = content_end(ctx, a, last, relative=False)
    got = content(ctx, a, b)
    if got is None:
        return None
    src = document_issuer(ctx.tokens, (_past_dates(words, i + 1, noun), noun), last, ctx.lexicon, closed=True)
    cue = (ctx.tokens.starts[i], ctx.tokens.ends[i])
    (cs, ce), kind = got
    return Attribution(((cs, ce),), src, cue, "according_to", kind), a, b
