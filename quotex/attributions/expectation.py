"""Rule ``expected``: a passive of expectation with no speaker ('The House is expected to pass
the bill'), one of :data:`~quotex.attributions.verb_rules.VERB_STEPS`. Input: a
:class:`~quotex.attributions.sites.VerbCue`; output: the attribution (content = the subject and
the infinitive, cue = 'is expected', no source) or None."""

from __future__ import annotations

from quotex.attributions.clauses import content, content_end
from quotex.attributions.model import Attribution, Found
from quotex.attributions.sites import VerbCue
from quotex.attributions.subjects import source_before, subject_before_group
from quotex.lexicon.grammar import ADVERBS, COPULA
from quotex.lexicon.verb_frames import EXPECTATION_LEMMAS
from quotex.mentions import is_name_word

__all__ = ["expected", "is_expectation_passive"]


def _expectation_copula(v: VerbCue) -> int:
    """The copula of 'is (widely) expected to', 'was said to'; -1 when there is none."""
    i, first, lows = v.i, v.first, v.ctx.lows
    if v.lemma in EXPECTATION_LEMMAS and i + 2 <= v.last and lows[i + 1] == "to":
        cop = v.prev
        while cop > first and (lows[cop] in ADVERBS or lows[cop].endswith("ly")):
            cop -= 1  # 'is widely expected to'
        if cop >= first and lows[cop] in COPULA:
            return cop
    return -1


def is_expectation_passive(v: VerbCue) -> bool:
    """Is the cue the participle of 'is (widely) expected to', 'was said to' (not 'is said to
    have said')?"""
    # (the lemma test first: it fails for nearly every cue)
    return (
        v.lemma in EXPECTATION_LEMMAS
        and _expectation_copula(v) >= 0
        and not _reports_speech(v)
        and not _expected_report(v)
    )


def _expected_report(v: VerbCue) -> bool:
    """'NAME is expected to announce (on Monday) that C': the infinitive is a speech verb with
    a 'that' clause, and the passive's subject, a name or a personal pronoun, is its speaker (the
    report, not the expectation, is the content; 'the group is expected to report that C', 'The
    filings are expected to show that C' stay expectations: a common noun may be a thing, or a
    body the speaker finders do not read)."""
    words, i, lows = v.words, v.i, v.ctx.lows
    if i + 2 > v.last:
        return False
    entry = v.ctx.lexicon.verb_forms.get(lows[i + 2])
    if entry is None or entry[1] != "speech":
        return False
    head = _expectation_copula(v) - 1
    if head - 2 >= v.first and words[head - 1] == "-" and words[head].isalpha():
        head -= 2  # ('Kim Seo-yeon': a name's hyphenated lower-case tail)
    if head < v.first or not (is_name_word(words[head]) or lows[head] in ("he", "she", "they")):
        return False
    return any(lows[k] == "that" for k in range(i + 3, min(v.last, i + 9) + 1))


def _reports_speech(v: VerbCue) -> bool:
    """'is reported / said to have said (told, warned)': the perfect infinitive of a speech verb
    is the cue, and the passive's subject its speaker (the hedge is no expectation)."""
    words, i, lows = v.words, v.i, v.ctx.lows
    if i + 3 > v.last or words[i + 2] != "have":
        return False
    entry = v.ctx.lexicon.verb_forms.get(lows[i + 3])
    return entry is not None and entry[1] == "speech"


def expected(v: VerbCue) -> Found | None:
    """Rule ``expected``: 'The House is expected to pass the bill' -> content 'The House' +
    'to pass the bill', cue 'is expected', no source (nobody is named as expecting it)."""
    ctx, s, i, content_floor = v.ctx, v.s, v.i, v.floor
    cop = _expectation_copula(v)
    tokens = ctx.tokens
    words = tokens.words
    floor = max(content_floor, s.first)
    subj = source_before(tokens, cop, floor, ctx.lexicon, lows=ctx.lows)
    if subj is None and content_floor <= s.first:
        subj = subject_before_group(ctx, s, cop)
    a = i + 1
    b = content_end(ctx, a, s.last, relative=False)
    got = content(ctx, a, b)
    if got is None or b - a < 2:
        return None
    vp, kind = got
    parts: tuple[tuple[int, int], ...] = (vp,)
    first = a
    if subj is not None and words[subj[0]].lower() not in ("it", "there"):  # 'it is expected to rain'
        parts = ((tokens.starts[subj[0]], tokens.ends[subj[1]]), vp)
        first = subj[0]
    cue = (tokens.starts[cop], tokens.ends[i])
    return Attribution(parts, None, cue, "expected", kind), first, b
