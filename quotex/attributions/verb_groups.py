"""The verb group of a cue: the auxiliaries, modals, adverbs and catenative verbs before it
(Quirk et al. 1985 §3.54: the verb phrase, its auxiliaries and its head).

Input: the words, the cue's token, the sentence's first token; output: the group's first
token ('has long said' -> 'has'), before which a cue's subject ends. The head of the group is
the cue, and the subject stands before the whole group:

* a perfect before an unlisted verb: ``NAME had fretted``, ``NAME has since tweeted``
  (:func:`perfect_start`, :func:`perfect_head`): a reporting frame's verb read past *have*;
* a catenative before a gerund: ``NAME kept insisting``, ``NAME went on saying``, ``NAME
  could not resist adding`` (:func:`before_gerund_group`).

A negated group reports nothing ('had not fretted', 'did not keep saying'): it is no group
here, and the frame is left to abstain.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from quotex.attributions.context import manner_adverb
from quotex.lexicon.function_words import PRONOUNS
from quotex.lexicon.grammar import (
    ADVERBS,
    AUXILIARIES,
    CONTINUING_VERBS,
    LINKING_WORDS,
    MODALS,
    QUANTIFIER_PRONOUNS,
    REPORTED_VERB_AUXILIARIES,
)
from quotex.lexicon.verb_frames import GERUND_ASPECT_FORMS, NEGATED_REFRAIN_FORMS, PARTICLE_ONLY


def verb_group_start(
    words: Sequence[str], cue: int, floor: int, *, past: bool = False, names: Container[str] = frozenset()
) -> int:
    """The first token of the verb group ending at *cue*: 'have similarly shown' -> 'have'.
    *past*: the cue is a past form ('said', not 'say'). A capitalised modal before a past form
    with no *be* between is a surname, not an auxiliary ('May said', 'Will told'): a modal takes
    a bare infinitive (Quirk et al. 1985, §3.21). Nor is a word of *names*, the text's surnames
    (:func:`~quotex.mentions.chains.given_surnames`), a modal or an adverb ('Theresa May says',
    'Long said': Mara Long)."""
    k = cue
    passive = False
    while k - 1 >= floor:
        w = words[k - 1]
        low = w.lower()
        if past and not passive and low in MODALS and w[:1].isupper():
            break
        if not (low in ADVERBS or low in MODALS or low in ("n't", "not", "be", "been") or manner_adverb(w)):
            break
        if w[:1].isupper() and w in names:  # (a surname is capitalised: most words ask no more)
            break
        passive = passive or low in ("be", "been")
        k -= 1
    return k


#: Perfect auxiliaries ('had fretted', 'has since tweeted').
PERFECT = frozenset(["has", "have", "had"])
#: Negators: a negated verb group reports no words.
NEGATORS = frozenset(["not", "n't", "never"])
#: Adverbs that may stand inside an affirmative verb group ('has since', 'had long', 'would later').
GROUP_ADVERBS = ADVERBS - NEGATORS - AUXILIARIES - frozenset(["do"])
#: Words of a verb group before its catenative ('has kept', 'would later keep').
_GROUP_WORDS = GROUP_ADVERBS | AUXILIARIES | MODALS
#: How many adverbs a group may hold between two of its verbs.
GROUP_ADVERB_TOKENS = 2
#: Verbs that take *on* before a gerund to continue it ('went on saying', 'kept on insisting').
_ON_VERBS = CONTINUING_VERBS | frozenset(["keep", "keeps", "kept", "keeping"])
#: Operators a negated refraining verb follows ('could not resist', "ca n't help", 'did not resist').
_REFRAIN_OPERATORS = MODALS | frozenset(["ca", "did", "do", "does"])


def perfect_head(lows: Sequence[str], k: int, last: int) -> int:
    """The past participle that the perfect auxiliary at token *k* governs, past at most
    :data:`GROUP_ADVERB_TOKENS` adverbs ('had | fretted', 'has since | tweeted'); -1 when
    token *k* is no perfect auxiliary or the group is negated. *lows*: the lower-case words."""
    if lows[k] not in PERFECT:
        return -1
    h = k + 1
    while h <= last and h - k <= GROUP_ADVERB_TOKENS and lows[h] in GROUP_ADVERBS:
        h += 1
    return h if h <= last and lows[h] not in NEGATORS else -1


def perfect_start(lows: Sequence[str], v: int, first: int) -> int:
    """The perfect auxiliary that opens the verb group of the participle at token *v* ('had
    fretted', 'has since tweeted'); *v* when none stands there."""
    k = v - 1
    while k >= first and v - k <= GROUP_ADVERB_TOKENS and lows[k] in GROUP_ADVERBS:
        k -= 1
    return k if k >= first and perfect_head(lows, k, v) == v else v


def reports_by_gerund(form: tuple[str, str] | None) -> bool:
    """The lexicon entry *form* ``(lemma, class)`` of a gerund reports words after a catenative
    group: a verb of saying that needs no particle ('kept insisting', 'could not resist adding';
    not 'kept talking', 'began thinking', 'continue calling himself')."""
    return form is not None and form[1] == "speech" and form[0] not in PARTICLE_ONLY


def before_gerund_group(lows: Sequence[str], j: int, floor: int) -> int:
    """Token *j* stands right before a gerund cue: the token before the catenative verb group
    that governs the gerund ('Lund | kept | insisting', 'Lund | has gone on | saying', 'Lund |
    could not resist | adding', "Lund | ca n't help | saying"); *j* when no such group ends at
    *j*. The group's auxiliaries, modals and adverbs are stepped over; a negation of an
    aspect verb is not ('did not keep saying': the walk stops at the negator)."""
    if j < floor:
        return j
    k = j
    if lows[k] == "on" and k - 1 >= floor and lows[k - 1] in _ON_VERBS:
        k -= 2  # 'went on saying', 'kept on insisting'
    elif lows[k] in GERUND_ASPECT_FORMS:
        k -= 1
    elif lows[k] in NEGATED_REFRAIN_FORMS:
        if not (k - 2 >= floor and lows[k - 1] in NEGATORS and lows[k - 2] in _REFRAIN_OPERATORS):
            return j  # ('resisted saying': nothing said)
        k -= 3
    else:
        return j
    while k >= floor and j - k <= 8 and lows[k] in _GROUP_WORDS:
        k -= 1
    return k


def group_head(lows: Sequence[str], k: int, last: int) -> int:
    """The head verb of the verb group that opens at token *k*: past a perfect auxiliary and
    its adverbs ('had | fretted', 'has since | tweeted'); *k* itself otherwise."""
    h = perfect_head(lows, k, last)
    return k if h < 0 else h


def reported_verb_group(words: Sequence[str], m: int, bi: int, last: int) -> bool:
    """True when the verb of saying at *m* ends a reported clause rather than starting an
    attribution of its own, the sentence ending after it (not a colon or comma): an auxiliary or
    negation before it ('said he would comment', 'said they had not complained'), or a verb of
    going on after a lower-case noun, whose thing goes on rather than speaks ('said talks
    continued', 'said the inquiry concluded')."""
    before = words[m - 1].lower()
    pronoun = before in PRONOUNS or before in QUANTIFIER_PRONOUNS
    thing = words[m - 1].islower() and before.isalpha() and not pronoun
    if before not in REPORTED_VERB_AUXILIARIES and not (thing and words[m].lower() in _GOING_ON_FORMS):
        return False
    return bi + 1 > last or words[bi + 1] in (".", "!", "?")


#: Forms of the verbs of saying that also say a thing goes on or ends ('talks continued', 'the
#: hearing concluded'; Collins COBUILD *continue* 1, *conclude* 3).
_GOING_ON_FORMS = frozenset("continue continued continues conclude concluded concludes".split())


def before_linking_aside(words: Sequence[str], lows: Sequence[str], group: int, first: int) -> int:
    """Where a verb group at token *group* starts once a linking adverb set off by commas before it
    is read as the verb's ('Port operators, however, say C': the subject ends before *, however,*);
    *group* when none stands there."""
    if group - 3 > first and words[group - 1] == words[group - 3] == "," and lows[group - 2] in LINKING_WORDS:
        return group - 3
    return group
