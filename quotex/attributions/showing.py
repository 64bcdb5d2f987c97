"""Showing a person a thing, or round a place, is no report: *NAME showed NAME2, a visiting
engineer, the damage*, *NAME showed the Rev. NAME2 around the bell tower*.

A verb of showing reports evidence (*The figures showed the council had overspent*), but with a
person as its first object and a noun phrase as its second it is a physical act, and a
*that*-clause after the person is the report without the person (*showed NAME2 that the wall had
cracked*). Read by the sieve after a cue rule found a content (:mod:`quotex.attributions.sieve`).
Input: the context and what the rule found; output: whether it is a showing, or the found
content past the person.
"""

from __future__ import annotations

import attrs

from quotex.attributions.clauses import kind_of
from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.attributions.non_reports import low_text, name_end, past_apposition
from quotex.lexicon.function_words import OBJECT_PRONOUNS
from quotex.lexicon.grammar import PREPOSITIONS

#: Particles of a tour after the person shown it: 'showed NAME2 around the bell tower'.
_TOUR_PARTICLES = frozenset(["around", "round", "over", "through"])
#: Words that open a second object after the person shown it: 'the damage', 'her notes'.
_THING_OPENERS = frozenset("the a an his her their its our my your this these those".split())
#: Words that may end a tour with no place after its particle ('showed them round after lunch').
_TOUR_ENDS = frozenset("after before during when while".split())


def _shows(ctx: Context, cue: tuple[int, int]) -> bool:
    """Is the cue at character range *cue* a form of *show*?"""
    return ctx.lexicon.verb_forms.get(low_text(ctx, cue), ("", ""))[0] == "show"


def _shown_person_end(ctx: Context, found: Found) -> int:
    """The last token of the person a verb of showing has as its first object, opening the
    content (a name with its apposition, or an object pronoun), or -1."""
    att, a, b = found
    if att.cue is None or len(att.parts) != 1 or a >= b:
        return -1
    tokens = ctx.tokens
    if not _shows(ctx, att.cue):
        return -1
    lows, lexicon = ctx.lows, ctx.lexicon
    start = a
    title = lows[a + 1].rstrip(".") if a + 1 < b else ""
    if lows[a] == "the" and (title in lexicon.honorifics or title in lexicon.title_abbreviations):
        start = a + 2  # ('showed the Rev. NAME around ...': the honorific and its full stop one token)
    end = a if lows[a] in OBJECT_PRONOUNS else name_end(tokens.words, start, b)
    return _past_relative(ctx, past_apposition(ctx, end, b), b) if end >= start else -1


#: The most tokens of a relative clause after the person shown something.
_RELATIVE_TOKENS = 14


def _past_relative(ctx: Context, end: int, b: int) -> int:
    """The closing comma of a *who* clause set off after the person that ends at token *end*
    ('showed NAME2, who lives above her workshop, round the trust'), or *end*."""
    words = ctx.tokens.words
    if end + 2 > b or words[end + 1] != "," or ctx.lows[end + 2] != "who":
        return end
    for m in range(end + 3, min(b, end + _RELATIVE_TOKENS) + 1):
        if ctx.quote_of[m] >= 0 or words[m] in (".", ";", ":"):
            return end
        if words[m] == ",":
            return m
    return end


def _tour_of(ctx: Context, found: Found) -> bool:
    """Does a verb of showing's content open with one to three plain words (the people shown:
    'visitors', 'the new trainees') and a tour's particle before a place ('round the site', 'around
    the plant'), a preposition, a time or nothing ('shows a visitor round on Sunday')? A tour is an
    act, never a report, whoever is shown it."""
    att, a, b = found
    lows = ctx.lows
    if att.cue is None or a + 1 > b or not _shows(ctx, att.cue):
        return False
    k = next((m for m in range(a + 1, min(a + 4, b + 1)) if lows[m] in _TOUR_PARTICLES), -1)
    if k < 0 or not all(lows[m].isalpha() and lows[m] != "that" for m in range(a, k)):
        return False
    # (the particle alone ends the tour too: 'shows a visitor round on Sunday', 'showed them round.')
    after = lows[k + 1] if k < b else "."
    return after in _THING_OPENERS or after in PREPOSITIONS or after in _TOUR_ENDS or not after.isalnum()


def shown_content(ctx: Context, found: Found) -> Found | None:
    """*found* unchanged; None when its content is a person and a thing shown to them ('showed
    NAME2, a visiting engineer, the damage on Tuesday'), no report; or the content from the
    *that* after the person shown it ('showed NAME2 that the wall had cracked': 'that the wall
    had cracked')."""
    if _tour_of(ctx, found):
        return None  # ('showed visitors round the site')
    end = _shown_person_end(ctx, found)
    if end < 0:
        return found
    lows = ctx.lows
    k = end + 1 + (end + 1 < len(lows) and lows[end + 1] == ",")  # (past an apposition's comma)
    nxt = lows[k] if k < len(lows) else "."  # (the text may end on the person: 'showed NAME2,')
    after = lows[k + 1] if k + 1 < len(lows) else "."
    ends_tour = after in _THING_OPENERS or after in PREPOSITIONS or not after.isalnum()
    tour = nxt in _TOUR_PARTICLES and ends_tour
    if nxt in _THING_OPENERS or tour:
        return None  # (a thing shown, or a tour: 'showed NAME2 around the bell tower'; not 'around 30')
    att, _a, b = found
    that = end + 1
    if that >= b or lows[that] != "that":
        return found
    part = (ctx.tokens.starts[that], att.parts[0][1])
    return attrs.evolve(att, parts=(part,), kind=kind_of(ctx, that, b)), that, b
