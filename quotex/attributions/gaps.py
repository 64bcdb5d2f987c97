"""Reports inside a relative clause whose pronoun is the reported clause's subject.

In `the tolls, which the mayor said had harmed the harbour` the relative pronoun *which* is
the subject of `had harmed the harbour`, extracted across the verb of saying (Quirk et al.
1985, §17.13 and §15.4: a relative pronoun may stand for a constituent of a clause embedded
in the relative clause). The report is then *which* + the verb phrase after the cue, two
parts: the gap, a finite verb with no subject of its own right after the cue, shows that the
pronoun belongs to the reported clause.
"""

from __future__ import annotations

from collections.abc import Container

from quotex.attributions.clauses import content, content_end
from quotex.attributions.context import is_source_noun
from quotex.attributions.model import Attribution, Found
from quotex.attributions.noun_phrases import np_left
from quotex.attributions.sites import VerbCue
from quotex.lexicon.function_words import DETERMINERS, OBJECT_PRONOUNS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import (
    ADVERBS,
    AUXILIARIES,
    IRREGULAR_PAST,
    MODALS,
    NOUN_DETERMINERS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SUBJECT_WORDS,
)

#: Pronouns that open a relative clause (or a free relative: 'adapt to what she said is
#: growing demand') and can stand for the subject of a clause inside it.
GAP_PRONOUNS = frozenset("which that who whom what whatever".split())

#: The longest subject between the pronoun and the cue, in tokens ('which even the port's
#: own engineers say').
_MAX_SUBJECT = 6


def _finite_gap(word: str) -> bool:
    """*word* is a finite verb that needs a subject: an auxiliary or modal ('had', 'would',
    'is'), or a past form in -ed ('which he said harmed')."""
    if not word.islower() or not word.isalpha():
        return False
    return word in AUXILIARIES or word in MODALS or (word.endswith("ed") and len(word) > 4)


def _gap_source(v: VerbCue) -> tuple[int, tuple[int, int], int] | None:
    """The relative pronoun's token, the subject between it and the cue, and the first token
    of what stands for the gap (the pronoun, or a contact relative's head phrase: :func:`contact_head`),
    or None. The subject finder may have read the pronoun's antecedent as part of the subject
    ('repairs that engineers' in 'repairs that engineers say will take ...'): the subject is
    then what follows the pronoun."""
    src = v.subject()[0]
    words, lows = v.words, v.ctx.lows
    if src is None:
        src = _subject_after_pronoun(v)  # ('kept a crane that the engineers feared could ...')
    if src is None or src[1] >= v.i:
        return None
    for k in range(src[1] - 1, src[0] - 1, -1):
        if lows[k] in GAP_PRONOUNS and words[k].islower():
            src = (k + 1, src[1])
            break
    else:
        # no pronoun inside: a contact relative whose head the subject finder took in ('a
        # probe the harbour board': the head before a shorter subject), within _MAX_SUBJECT
        for k in range(src[1], max(src[0], src[1] - _MAX_SUBJECT, v.first), -1):
            head = contact_head(v, k - 1, (k, src[1]))
            if head is not None:
                if k == src[1] and k - 1 > head and (longer := _compound_subject(v, k - 1)) is not None:
                    return k - 2, (k - 1, src[1]), longer  # ('a move | administration officials said')
                return k - 1, (k, src[1]), head
    rel = src[0] - 1
    if src[1] - src[0] >= _MAX_SUBJECT or rel < v.first:
        return None
    if not (lows[rel] in GAP_PRONOUNS and words[rel].islower()):
        head = contact_head(v, rel, src)  # ('a probe | the board said was ...')
        return None if head is None else (rel, src, head)
    if words[src[1]].lower() in NOUN_DETERMINERS or words[src[1]].lower() == "no":
        return None  # 'that no doubt will ...': a determiner heads no subject
    if rel - 1 >= v.first and lows[rel - 1] == "of":
        return None  # 'the bulk of which', 'some of whom': a partitive, the subject is not the speaker's
    return rel, src, rel


def _compound_subject(v: VerbCue, k: int) -> int | None:
    """The first token of a contact relative's head phrase when the plain noun at token *k*
    modifies the bare plural of a source after it ('administration officials', 'company
    executives'), so the subject is the two and the head is the noun before them ('a move |
    administration officials said was meant ...'); None when the noun before *k* is no head."""
    words, lows = v.words, v.ctx.lows
    if not (is_source_noun(lows[k + 1], v.ctx.lexicon) and words[k + 1].endswith("s")):
        return None
    return contact_head(v, k - 1, (k, k + 1))


#: Words before a contact relative's head phrase that show it is no sentence subject: it is an
#: object, a complement or an apposition ('is a probe', 'hired the engineers', '-- a probe').
_BEFORE_OBJECT = frozenset([",", "--", "—", "–", "-", ":", "("])
#: The most modifier words between a contact relative's determiner and its head noun.
_HEAD_MODIFIERS = 2


def contact_head(v: VerbCue, rel: int, src: tuple[int, int]) -> int | None:
    """A contact relative (a relative clause with no pronoun, Quirk et al. 1985, §17.15) whose
    gap is the subject of the reported clause: in `a probe the harbour board said was ongoing`
    the noun phrase *a probe* is the subject of `was ongoing`, across the verb of saying. The
    token *rel* before the subject is the head noun (a lower-case word that is no function
    word, preposition, adverb or verb form), a determiner or possessive opens its phrase within
    two modifiers, and the phrase is no sentence subject: a comma, dash, colon, preposition,
    auxiliary or past form stands before it (not `The first thing the mayor said was ...` or
    `One of the things she wanted was ...`, where *was* is the main clause's verb). The subject
    of the relative clause opens with a determiner, a subject pronoun or a capital, or is a bare
    plural ('Democrats hope', 'a tactic planners hope will ...'). Returns the phrase's first
    token, or None."""
    words, verbs, lows = v.words, v.ctx.lexicon.verb_forms, v.ctx.lows
    head = words[rel]
    if not _plain_noun(head, verbs):
        return None
    opener = words[src[0]]
    low = opener.lower()
    if low in GAP_PRONOUNS or (src[0] == src[1] and low in DETERMINERS):
        return None  # ('a middle class that | has felt': a pronoun; a determiner alone is no subject)
    if not (
        low in DETERMINERS
        or low in SUBJECT_WORDS
        or low in POSSESSIVE_DETERMINERS
        or (opener[:1].isupper() and opener.isalpha())
        or (src[0] == src[1] and opener.islower() and opener.endswith("s"))
        or (src[1] == src[0] + 1 and _plain_noun(opener, v.ctx.lexicon.verb_forms))  # ('city officials')
    ):
        return None
    j = rel
    while j - 1 >= v.first and rel - j < _HEAD_MODIFIERS and _plain_noun(words[j - 1], verbs):
        j -= 1
    if j - 1 < v.first or not (lows[j - 1] in NOUN_DETERMINERS or lows[j - 1] in POSSESSIVE_DETERMINERS):
        return None
    j -= 1
    if j - 1 < v.first:
        return None
    before = words[j - 1]
    b_low = lows[j - 1]
    if not (
        before in _BEFORE_OBJECT
        or (b_low in PREPOSITIONS and b_low != "of")  # ('One of the things he wanted was ...')
        or b_low in AUXILIARIES
        or b_low in ("is", "'s", "’s", "was", "are", "were")
        or (before.islower() and (before.endswith("ed") or before in IRREGULAR_PAST))
    ):
        return None
    return j


def _plain_noun(word: str, verbs: Container[str]) -> bool:
    """A lower-case word that may be a noun or an adjective before one: no function word,
    preposition, adverb, verb form of the lexicon, or *-ly*, *-ed* or *-ing* word."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 2
        and low not in STOP_WORDS
        and low not in DETERMINERS
        and low not in POSSESSIVE_DETERMINERS
        and low not in SUBJECT_WORDS
        and low not in OBJECT_PRONOUNS
        and low not in PREPOSITIONS
        and low not in ADVERBS
        and low not in AUXILIARIES
        and low not in MODALS
        and low not in IRREGULAR_PAST
        and low not in verbs
        and not low.endswith(("ly", "ed", "ing"))
    )


def _subject_after_pronoun(v: VerbCue) -> tuple[int, int] | None:
    """The noun phrase between a relative pronoun and the cue, when no subject finder read one
    (the sentence's own subject is a clause there): 'The board kept a crane that the engineers
    | feared could ...'."""
    words, lows = v.words, v.ctx.lows
    for k in range(v.i - 1, max(v.first, v.i - _MAX_SUBJECT - 1) - 1, -1):
        if lows[k] in GAP_PRONOUNS and words[k].islower():
            np = np_left(v.ctx.tokens, v.i - 1, k + 1, v.ctx.lexicon)
            return np if np is not None and np[0] == k + 1 else None
    return None


def opens_gap(v: VerbCue) -> bool:
    """A verb of saying or cognition after a relative pronoun and a short subject, before a
    finite verb with no subject: 'which he said had ...', 'that critics say will ...'."""
    if v.vclass not in ("speech", "cognition") or v.i + 1 > v.last or not _finite_gap(v.words[v.i + 1]):
        return False  # (the word test first: it ends most cues before the verb group is read)
    return not _compound_head(v) and _gap_source(v) is not None


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
    (rel, src, head), a = found, v.i + 1
    b = content_end(ctx, a, v.last, relative=True)
    got = content(ctx, a, b)
    if got is None:
        return None
    (cs, ce), kind = got
    pronoun = (ctx.tokens.starts[head], ctx.tokens.ends[rel])
    return Attribution((pronoun, (cs, ce)), src, v.cue, "cue_before_content", kind), a, b


#: Words after a cue that open its own content even inside a relative clause: a complement
#: ('which he said that ...', 'whom she asked to ...', 'which they described as ...').
_CONTENT_OPENERS = frozenset("that to whether if as how why what when where".split())


#: Words that open a time adjunct right after a verb: 'announced last spring', 'two years ago'.
_TIME_OPENERS = frozenset("last this next earlier two three four several few ago".split())
#: Prepositions of a time adjunct, before a time word, a number or a capital: 'on Monday', 'in May'.
_TIME_PREPOSITIONS = frozenset("on in at during".split())


def object_gap(v: VerbCue) -> bool:
    """A verb of saying or stance inside a relative clause whose pronoun is the verb's own
    object ('The plant, which Corvane announced two years ago with a slogan, ...', 'the deal,
    which the mayor praised on Monday, ...'): a time adjunct follows the verb (a time word, a
    number, or *on*/*in*/*at*/*during* before one or a capital; not 'which Hollande blamed for
    the attacks', a complement), not a content, and the reported thing is the antecedent (no
    forward content). After *which*, after *that* on a noun (*that* after a verb is a
    complementizer: 'said that NAME added on Monday that C'), or with no pronoun after a noun
    (a contact relative, :func:`contact_head`: 'a dish Anna Berg added in 1998'); not when a
    finite verb with no subject follows (the pronoun is the reported clause's subject:
    :func:`opens_gap`)."""
    words, ctx = v.words, v.ctx
    if not _time_after(v):
        return False  # (an object after the verb: the pronoun is no object of it)
    if _compound_head(v) or not v.finite:  # (after the word tests: most cues end there, unparsed)
        return False
    got = _gap_source(v)
    if got is None or got[0] - 1 < v.first:
        return False
    pronoun, verbs = ctx.lows[got[0]], ctx.lexicon.verb_forms
    if pronoun == "that" and not _plain_noun(words[got[0] - 1], verbs):
        return False  # (a complementizer after a verb: 'said that NAME added on Monday that C')
    if pronoun not in ("which", "that") and not _plain_noun(words[got[0]], verbs):
        return False  # (neither a relative pronoun nor a contact relative's head noun)
    opener = words[got[0] + 1]  # the subject's first word: not a verb ('The PAC that backs Ana Berg said')
    o_low = ctx.lows[got[0] + 1]
    if not (o_low in DETERMINERS or o_low in SUBJECT_WORDS or opener[:1].isupper()):
        return False
    return not any(  # no verb of its own before the cue ('The surveyors that Lund hired said')
        words[m].islower()
        and (words[m].endswith("ed") or words[m] in IRREGULAR_PAST or words[m] in ctx.lexicon.verb_forms)
        for m in range(got[0] + 1, v.group)
    )


def _time_after(v: VerbCue) -> bool:
    """Is a verb of saying or stance followed by a time adjunct, not a content or an object (a
    time word, a number, or *on*/*in*/*at*/*during* before one or a capital)?"""
    words, i, ctx = v.words, v.i, v.ctx
    if v.vclass not in ("speech", "stance") or i + 1 > v.last:
        return False
    nxt, low = words[i + 1], ctx.lows[i + 1]
    if (
        _finite_gap(nxt)
        or low in _CONTENT_OPENERS
        or ctx.quote_of[i + 1] >= 0
        or not nxt[:1].isalnum()
        or low in OBJECT_PRONOUNS
        or low in IRREGULAR_PAST
    ):
        return False
    after = words[i + 2] if i + 2 <= v.last else ""  # (none at the sentence's end: ' said  said ')
    a_low = ctx.lows[i + 2] if i + 2 <= v.last else ""
    timed = a_low in TIME_WORDS or a_low in _TIME_OPENERS or after[:1].isdigit() or after[:1].isupper()
    return low in TIME_WORDS or low in _TIME_OPENERS or nxt.isdigit() or (low in _TIME_PREPOSITIONS and timed)
