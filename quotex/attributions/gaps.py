"""Reports inside a relative clause whose pronoun is the reported clause's subject.

In `the tolls, which the mayor said had harmed the harbour` the relative pronoun *which* is
the subject of `had harmed the harbour`, extracted across the verb of saying (Quirk et al.
1985, §17.13 and §15.4: a relative pronoun may stand for a constituent of a clause embedded
in the relative clause). The report is then *which* + the verb phrase after the cue, two
parts: the gap, a finite verb with no subject of its own right after the cue, shows that the
pronoun belongs to the reported clause.
"""

from __future__ import annotations

from quotex.attributions.clauses import content, content_end
from quotex.attributions.model import Attribution, Found
from quotex.attributions.noun_phrases import np_left
from quotex.attributions.sites import VerbCue
from quotex.lexicon.function_words import DETERMINERS
from quotex.lexicon.grammar import AUXILIARIES, MODALS, NOUN_DETERMINERS, SUBJECT_WORDS

#: Pronouns that open a relative clause (or a free relative: 'adapt to what she said is
#: growing demand') and can stand for the subject of a clause inside it.
GAP_PRONOUNS = frozenset("which that who what whatever".split())

#: The longest subject between the pronoun and the cue, in tokens ('which even the port's
#: own engineers say').
_MAX_SUBJECT = 6


def _finite_gap(word: str) -> bool:
    """*word* is a finite verb that needs a subject: an auxiliary or modal ('had', 'would',
    'is'), or a past form in -ed ('which he said harmed')."""
    if not word.islower() or not word.isalpha():
        return False
    return word in AUXILIARIES or word in MODALS or (word.endswith("ed") and len(word) > 4)


def _gap_source(v: VerbCue) -> tuple[int, tuple[int, int]] | None:
    """The relative pronoun's token and the subject between it and the cue, or None. The
    subject finder may have read the pronoun's antecedent as part of the subject ('repairs
    that engineers' in 'repairs that engineers say will take ...'): the subject is then
    what follows the pronoun."""
    src = v.subject()[0]
    words = v.words
    if src is None:
        src = _subject_after_pronoun(v)  # ('kept a crane that the engineers feared could ...')
    if src is None or src[1] >= v.i:
        return None
    for k in range(src[1] - 1, src[0] - 1, -1):
        if words[k].lower() in GAP_PRONOUNS and words[k].islower():
            src = (k + 1, src[1])
            break
    rel = src[0] - 1
    if src[1] - src[0] >= _MAX_SUBJECT or rel < v.first:
        return None
    if not (words[rel].lower() in GAP_PRONOUNS and words[rel].islower()):
        return None
    if words[src[1]].lower() in NOUN_DETERMINERS or words[src[1]].lower() == "no":
        return None  # 'that no doubt will ...': a determiner heads no subject
    if rel - 1 >= v.first and words[rel - 1].lower() == "of":
        return None  # 'the bulk of which', 'some of whom': a partitive, the subject is not the speaker's
    return rel, src


def _subject_after_pronoun(v: VerbCue) -> tuple[int, int] | None:
    """The noun phrase between a relative pronoun and the cue, when no subject finder read one
    (the sentence's own subject is a clause there): 'The board kept a crane that the engineers
    | feared could ...'."""
    words = v.words
    for k in range(v.i - 1, max(v.first, v.i - _MAX_SUBJECT - 1) - 1, -1):
        if words[k].lower() in GAP_PRONOUNS and words[k].islower():
            np = np_left(v.ctx.tokens, v.i - 1, k + 1, v.ctx.lexicon)
            return np if np is not None and np[0] == k + 1 else None
    return None


def opens_gap(v: VerbCue) -> bool:
    """A verb of saying or cognition after a relative pronoun and a short subject, before a
    finite verb with no subject: 'which he said had ...', 'that critics say will ...'."""
    if v.vclass not in ("speech", "cognition") or v.i + 1 > v.last or _compound_head(v):
        return False
    return _finite_gap(v.words[v.i + 1]) and _gap_source(v) is not None


def _compound_head(v: VerbCue) -> bool:
    """A plain form that is also a noun, after a singular common noun, heads a compound, not a
    verb group: 'that a harbour tax plan would ...' (but 'which critics claim', 'which many
    fear', 'which Lund claims')."""
    before = v.words[v.i - 1]
    return (
        not v.finite
        and before.islower()
        and not before.endswith("s")
        and before not in SUBJECT_WORDS
        and before not in DETERMINERS
    )


def relative_gap(v: VerbCue) -> Found | None:
    """'N, which X said VP': the pronoun and the verb phrase are X's content, in two parts."""
    ctx = v.ctx
    found = _gap_source(v)
    assert found is not None
    (rel, src), a = found, v.i + 1
    b = content_end(ctx, a, v.last, relative=True)
    got = content(ctx, a, b)
    if got is None:
        return None
    (cs, ce), kind = got
    pronoun = (ctx.tokens.starts[rel], ctx.tokens.ends[rel])
    return Attribution((pronoun, (cs, ce)), src, v.cue, "cue_before_content", kind), a, b
