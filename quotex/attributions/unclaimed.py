"""Findings whose content nobody claims: part of the sieve's non-report veto
(:func:`~quotex.attributions.non_reports.reports_nothing`), split from ``non_reports.py`` by topic.

Input: what a cue rule found (an :class:`~quotex.attributions.model.Attribution` and the token
range of its content). Output: whether its content was reported by nobody:

* a negative subject: *Nobody said C*, *None of the councillors claimed C*, *Neither candidate
  told reporters C*, *Neither A nor B said C*, *Not one tenant said C*. A negative quantifier
  refers to no one (Quirk et al. 1985 §6.62, §10.61): no person made the report, so there is no
  speaker and no quotation. *None of the residents said they had been warned* is read the same
  way: it says that no resident made the report, not what any of them said. *Nobody but Ida
  Marr said C* keeps Marr (the exception is the speaker).
* a bare quantifier object: *said nothing more*, *said little else during the hearing*, *did not
  say anything when asked*, *said nothing of substance*. The object says how much was said, not
  what: there is no content. The quantifier as the subject of a content clause stays a report
  (*said nothing had changed*), and so does a topic after *about*, *on*, *of* (*has said little
  about the plan*: PolNeAR annotates the topic as the content of an attribution, 5 of 6 train and
  dev rows, so quotex keeps it).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.complements import after_object
from quotex.attributions.context import Context
from quotex.attributions.model import Attribution, Found
from quotex.lexicon.function_words import TIME_WORDS
from quotex.lexicon.grammar import DURATION_NOUNS
from quotex.records import QuoteKind

#: Negative pronouns and determiners that open a subject naming no one (Quirk et al. 1985 §6.62:
#: the negative universal pronouns *nobody*, *no one*, *none*, *neither*).
NEGATIVE_OPENERS = frozenset(["nobody", "none", "neither", "no-one", "noone"])
#: Words right before a source that make its phrase negative: 'Neither | of the ministers',
#: 'Not | one tenant', 'None | of them', 'No | official'.
_NEGATIVE_BEFORE = frozenset(["neither", "not", "none", "no"])
#: Words of exception that name the one who did speak: 'Nobody but Ida Marr said C'.
_EXCEPTING = frozenset(["but", "except", "besides", "save"])
#: How far back *neither* may stand before the *nor* of 'Neither A nor B said C'.
_NOR_REACH = 8


def _negative_source(lows: Sequence[str], words: Sequence[str], first: int, last: int, floor: int) -> bool:
    """Is the source *first..last* (*lows*: the words in lower case; *floor*: the sentence's first
    token) a negative phrase, or the tail of one: 'Nobody', 'No one at the ministry', 'None of
    them', 'No official' (not 'No 10'), '(Neither) of the ministers', '(Not) one tenant',
    '(Neither A nor) B'? Not with a word of exception in or right before it ('Nobody but Marr')."""
    if any(w in _EXCEPTING for w in lows[max(floor, first - 1) : last + 1]):
        return False
    low = lows[first]
    if low in NEGATIVE_OPENERS:
        return True
    if low == "no":
        return first < last and words[first + 1].isalpha()  # ('No official'; not 'No 10', 'No. 10')
    before = lows[first - 1] if first > floor else ""
    if before in _NEGATIVE_BEFORE:
        return True
    return before == "nor" and "neither" in lows[max(floor, first - _NOR_REACH) : first - 1]


def negative_subject(ctx: Context, found: Found) -> bool:
    """Is the finding's source a negative subject ('Nobody said C', 'None of them claimed C',
    'Neither A nor B told reporters C'): a report nobody made?"""
    return negative_source(ctx, found[0])


def negative_source(ctx: Context, att: Attribution) -> bool:
    """Is *att*'s source a negative phrase (:func:`_negative_source`): 'Nobody said, "C."'?"""
    src = att.source
    if src is None:
        return False
    s_first = 0
    if ctx.sentences:
        s_first = ctx.sentences[max(0, bisect.bisect_right(ctx.sentence_firsts, src[0]) - 1)].first
    return _negative_source(ctx.lows, ctx.tokens.words, src[0], src[1], s_first)


#: Quantifier pronouns that, as the whole object, say how much was said, not what (Quirk et al.
#: 1985 §6.62, §5.25: *nothing*, *anything* under negation, *little*, *much*).
QUANTIFIER_OBJECTS = frozenset(["nothing", "anything", "little", "much"])
#: Degree words before a quantifier: 'very little', 'so little', 'too much'.
_DEGREE = frozenset(["very", "so", "too"])
#: Words after the quantifier that leave it the whole object: 'nothing more', 'little else'.
_AFTER_QUANTIFIER = frozenset("more else new further publicly privately whatsoever".split())
#: Nouns of *of* phrases that describe the quantifier, not a topic: 'nothing of substance'.
_OF_QUALITIES = frozenset("substance note consequence significance importance interest".split())
#: Nouns of *of the kind* phrases ('said nothing of the kind'): a denial, no topic.
_OF_KINDS = frozenset(["kind", "sort"])
#: Words that open an adjunct, a relative clause or a coordination after the object ('when asked',
#: 'during the hearing', 'to reporters', 'that could be used against him', 'and left').
_ADJUNCT_OPENERS = frozenset(
    """
    when while as after before because until since though although despite during at in to for
    throughout and or that which who then again afterwards either yet
    """.split()
)
#: Words that open a time phrase when a time word follows: 'on Monday', 'last week'.
_TIME_OPENERS = frozenset(["on", "last", "this", "next", "early", "late", "later"])
#: Punctuation that ends the object: a comma, a semicolon, a dash, a bracket (not a colon or a
#: quotation mark, which may bring the words).
_ENDING_MARKS = frozenset([",", ";", "—", "–", "(", ")", ".", "!", "?"])
_TIMES = TIME_WORDS | DURATION_NOUNS


def _past_quantifier(lows: Sequence[str], a: int, b: int) -> int:
    """The first token after a quantifier object opening content *a..b* and its modifiers
    ('very little | more', 'nothing of substance |'), or -1 when the content opens otherwise."""
    k = a + 1 if lows[a] in _DEGREE and a < b else a
    if lows[k] not in QUANTIFIER_OBJECTS:
        return -1
    k += 1
    while k <= b:
        nxt = lows[k + 1] if k < b else ""
        if lows[k] in _AFTER_QUANTIFIER:
            k += 1
        elif (lows[k], nxt) == ("at", "all") or (lows[k] == "of" and nxt in _OF_QUALITIES):
            k += 2  # ('nothing at all', 'nothing of substance')
        elif lows[k] == "of" and k + 2 <= b and lows[k + 1] == "the" and lows[k + 2] in _OF_KINDS:
            k += 3
        else:
            break
    return k


def quantified_object(ctx: Context, found: Found) -> bool:
    """Is the content after the cue a bare quantifier object ('said nothing more', 'said little
    else during the hearing', 'did not say anything when asked'), ending there or going on with
    an adjunct, a relative clause, a time phrase or a comma? Not a content clause whose subject
    it is ('said nothing had changed', 'said much of the money had gone') or a topic ('said
    little about the plan')."""
    att, a, b = found
    if att.cue is None or att.kind is not QuoteKind.INDIRECT or len(att.parts) != 1:
        return False
    lows = ctx.lows
    cue = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    if cue > a:
        return False  # ('Nothing, the inspector said': an answer reported)
    lemma = ctx.lexicon.verb_forms.get(lows[cue], ("", ""))[0]
    k = _past_quantifier(lows, a, b)
    if k < 0:  # ('told Lund | nothing')
        k = _past_quantifier(lows, after_object(ctx.tokens, a, b, lemma, ctx.lexicon), b)
    if k < 0:
        return False
    if k > b:
        return True
    low = lows[k]
    nxt = lows[k + 1] if k < b else ""
    return (
        low in _ENDING_MARKS
        or low in _ADJUNCT_OPENERS
        or low in _TIMES
        or (low in _TIME_OPENERS and (nxt in _TIMES or nxt[:1].isdigit()))
    )
