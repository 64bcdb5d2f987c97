"""Findings whose content nobody claims, and sources that name nobody who spoke: part of the
sieve's non-report veto (:func:`~quotex.attributions.non_reports.reports_nothing`), split from
``non_reports.py`` by topic.

Input: what a cue rule found (an :class:`~quotex.attributions.model.Attribution` and the token
range of its content). Output: whether the content is no content (:func:`quantified_object`), or
the attribution with its source widened to a whole negative phrase (:func:`whole_negative_source`):

* a bare quantifier object: *said nothing more*, *said little else during the hearing*, *did not
  say anything when asked*, *said nothing of substance*. The object says how much was said, not
  what: there is no content. The quantifier as the subject of a content clause stays a report
  (*said nothing had changed*), and so does a topic after *about*, *on*, *of* (*has said little
  about the plan*: PolNeAR annotates the topic as the content of an attribution, 5 of 6 train and
  dev rows, so quotex keeps it).
* a negative subject: *Nobody said C*, *None of the councillors claimed C*, *Neither A nor B said
  C*, *Not one tenant said C*. A negative quantifier refers to no one (Quirk et al. 1985 §6.62,
  §10.61), yet PolNeAR marks such reports with the negative phrase as the source (10 of 15 train
  rows), so the report stays and the phrase is its speaker; never a person named inside it
  (*B*) or a tail of it (*one tenant*). *Nobody but Ida Marr said C* keeps Marr.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions.complements import after_object
from quotex.attributions.context import Context
from quotex.attributions.model import Attribution, Found
from quotex.lexicon.function_words import TIME_WORDS
from quotex.lexicon.grammar import DURATION_NOUNS, FINITE_AUXILIARIES
from quotex.records import QuoteKind

#: Words right before a source that open its negative phrase: '(Neither) of the ministers',
#: '(Neither) senator'. *Not* opens one only before :data:`_AFTER_NOT` ('(Not) one tenant'; not
#: "It's not that Lund feels C", 'not paying an architect who said C').
_NEGATIVE_BEFORE = frozenset(["neither", "none", "no", "nobody"])
#: Words after *not* that make a negative phrase of it (Quirk et al. 1985 §10.61): 'not one',
#: 'not a single', 'not even'. Not *all* or *every* ('Not all residents say C': some do).
_AFTER_NOT = frozenset(["one", "a", "an", "single", "any", "even"])
#: How far back *neither* may stand before the *nor* of 'Neither A nor B said C'.
_NOR_REACH = 8
#: Tokens that end the search back for *neither*: a clause or phrase boundary.
_BOUNDARIES = frozenset([",", ";", ":", "—", "–", "(", ")", '"', "“", "”"])


#: Universal pronouns before an exception (*but*, *except*): 'Everyone but Ivo Berg said C' is
#: said by everyone else, never by Berg (Quirk et al. 1985 §9.59, exceptive prepositions); not
#: *nobody* ('Nobody but Berg said C' is Berg's) nor *all* ('all but begging': an adverb).
_EXCEPTION_HEADS = frozenset(["everyone", "everybody"])
_EXCEPTIONS = frozenset(["but", "except"])


def negative_phrase(lows: Sequence[str], a: int, b: int) -> bool:
    """Does the source phrase *a..b* (*lows*: the words in lower case) open with a negative word
    ('Neither Ida Marr nor Ivo Berg', 'Not one tenant', 'None of them') or a universal pronoun and
    an exception ('Everyone but Ivo Berg'): a phrase that names nobody who spoke, whatever names
    stand inside it?"""
    return (
        lows[a] in _NEGATIVE_BEFORE
        or (lows[a] == "not" and a < b and lows[a + 1] in _AFTER_NOT)
        or (lows[a] in _EXCEPTION_HEADS and a < b and lows[a + 1] in _EXCEPTIONS)
    )


def negative_head(lows: Sequence[str], first: int, floor: int) -> int:
    """The token that opens the negative phrase whose tail is a source starting at *first*
    (*lows*: the words in lower case; *floor*: the sentence's first token), or -1 when it is no
    such tail: '(Neither) of the ministers', '(Not) one tenant', '(Neither A nor) B', '(Everyone
    but) B'."""
    before = lows[first - 1] if first > floor else ""
    if before in _NEGATIVE_BEFORE or (before == "not" and lows[first] in _AFTER_NOT):
        return first - 1
    if before in _EXCEPTIONS and first - 1 > floor and lows[first - 2] in _EXCEPTION_HEADS:
        return first - 2  # ('(Everyone but) Ivo Berg')
    j = first - 1
    while j > floor and lows[j] in _AFTER_NOT:
        j -= 1  # ('Not even | Ida Marr', 'Not a single | witness')
    if j < first - 1 and lows[j] == "not":
        return j
    if before != "nor":
        return -1
    for k in range(first - 2, max(floor, first - _NOR_REACH) - 1, -1):
        if lows[k] in _BOUNDARIES:
            return -1
        if lows[k] == "neither":
            return k
    return -1


def whole_negative_source(ctx: Context, att: Attribution) -> Attribution:
    """*att* with its source widened to the whole negative phrase it is the tail of
    ('Neither Ida Marr nor Ivo Berg acknowledged C': the source is the phrase, as PolNeAR marks
    it, never Berg, who did not acknowledge C; 'Not one tenant said C': never 'one tenant')."""
    src = att.source
    if src is None or src[0] == 0:
        return att
    floor = 0
    if ctx.sentences:
        floor = ctx.sentences[max(0, bisect.bisect_right(ctx.sentence_firsts, src[0]) - 1)].first
    head = negative_head(ctx.lows, src[0], floor)
    return att if head < 0 else attrs.evolve(att, source=(head, src[1]))


#: Quantifier pronouns that, as the whole object, say how much was said, not what (Quirk et al.
#: 1985 §6.62, §5.25: *nothing*, *anything* under negation, *little*, *much*).
QUANTIFIER_OBJECTS = frozenset(["nothing", "anything", "little", "much"])
#: Lemmas of saying and disclosing whose quantifier object measures how much was said (Levin
#: 1993 §37.7, *say* verbs, and §37.1, verbs of transfer of a message): 'said nothing more'. Not
#: verbs of proposing or showing: 'has proposed nothing that would raise his taxes' names what
#: was (not) proposed, and PolNeAR marks it as an attribution.
SAYING_LEMMAS = frozenset(
    "say tell reveal disclose add comment mention write state explain offer divulge volunteer utter".split()
)
#: Degree words before a quantifier: 'very little', 'so little', 'too much'.
_DEGREE = frozenset(["very", "so", "too"])
#: Words after the quantifier that leave it the whole object: 'nothing more', 'little else'.
_AFTER_QUANTIFIER = frozenset("more else new further publicly privately whatsoever".split())
#: Adverbs after an anaphoric object (*it*, *so*) that leave it the whole object: 'said it first',
#: 'said it again', 'said so too' (the words were quoted before: the object points back to them).
_AFTER_ANAPHORIC = frozenset("first again best too twice before often repeatedly".split())
#: Nouns of *of* phrases that describe the quantifier, not a topic: 'nothing of substance'.
_OF_QUALITIES = frozenset("substance note consequence significance importance interest".split())
#: Nouns of *of the kind* phrases ('said nothing of the kind'): a denial, no topic.
_OF_KINDS = frozenset(["kind", "sort"])
#: Words that open a clause of its own, a relative clause or a coordination after the object
#: ('when asked', 'after the vote was taken', 'that could be used against him', 'and left'): a
#: verb after them is theirs.
_CLAUSE_OPENERS = frozenset(
    """
    when while as after before because until since though although despite and or but that which
    who yet
    """.split()
)
#: Prepositions and adverbs that open an adjunct after the object ('during the hearing', 'to
#: reporters', 'in public'), or a modifier of the quantifier when a finite verb follows ('nothing
#: in the report | was false').
_ADJUNCT_OPENERS = frozenset("during at in to for throughout then again afterwards either".split())
#: Words that open a time phrase when a time word follows: 'on Monday', 'last week', 'all morning'.
_TIME_OPENERS = frozenset(["on", "last", "this", "next", "early", "late", "later", "all"])
#: Punctuation that ends the object: a comma, a semicolon, a dash, a bracket (not a colon or a
#: quotation mark, which may bring the words).
_ENDING_MARKS = frozenset([",", ";", "—", "–", "(", ")", ".", "!", "?"])
_TIMES = TIME_WORDS | DURATION_NOUNS


def _past_quantifier(lows: Sequence[str], a: int, b: int) -> int:
    """The first token after a quantifier object opening content *a..b* and its modifiers
    ('very little | more', 'nothing of substance |'), or an anaphoric one ('it first |'), or -1
    when the content opens otherwise."""
    if a > b:
        return -1  # (the object reaches past the content: '"" Ana Berg told reporters-the minister')
    k = a + 1 if lows[a] in _DEGREE and a < b else a
    anaphoric = lows[k] in ("it", "so") and k < b and lows[k + 1] in _AFTER_ANAPHORIC  # 'said it first'
    if lows[k] not in QUANTIFIER_OBJECTS and not anaphoric:
        return -1
    k += 2 if anaphoric else 1
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
    if lemma not in SAYING_LEMMAS:
        return False
    k = _past_quantifier(lows, a, b)
    if k < 0:  # ('told Lund | nothing')
        k = _past_quantifier(lows, after_object(ctx.tokens, a, b, lemma, ctx.lexicon), b)
    if k < 0:
        return False
    if k > b or lows[k] in _CLAUSE_OPENERS:
        return True
    low = lows[k]
    nxt = lows[k + 1] if k < b else ""
    adjunct = (
        low in _ENDING_MARKS
        or low in _ADJUNCT_OPENERS
        or low in _TIMES
        or (low in _TIME_OPENERS and (nxt in _TIMES or nxt[:1].isdigit()))
    )
    return adjunct and not _finite_after(lows, k + 1, b)


def _finite_after(lows: Sequence[str], k: int, b: int) -> bool:
    """Does a finite auxiliary stand in tokens *k..b* before any clause opener: is the quantifier
    the subject of a content clause after all ('nothing in the report | was false', 'little, if
    anything, | had changed')?"""
    for m in range(k, b + 1):
        if lows[m] in _CLAUSE_OPENERS:
            return False
        if lows[m] in FINITE_AUXILIARIES:
            return True
    return False
