"""Verb groups before a report's infinitive: the walkers that step left over what governs
the *to* of a cue (*went on to say*, *was quick to point out*, *is set to warn*) or makes a
report hedged (*is reported to have said*, *was quoted as saying*), so that the subject walk
goes on before them.

Input: the words, the index of the token just left of the cue (or of *to*), and the floor of
the walk; output: the token index where the subject walk resumes.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.aside_openers import quoted_by
from quotex.lexicon.function_words import PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import ADVERBS, AUXILIARIES, COPULA, MODALS, RAISING_PARTICIPLES
from quotex.lexicon.verb_frames import CATENATIVE_FORMS, PURPOSE_FRAME_FORMS

__all__ = ["before_hedged_cue", "before_infinitive", "before_purpose"]


#: Words of a linking verb group before an adjective that controls an infinitive: 'was
#: quick to', 'are more likely to', 'is the first to' (Quirk et al. 1985 §16.75: the
#: subject of the linking verb is the subject of the infinitive).
_LINKING_GROUP = COPULA | AUXILIARIES | MODALS | ADVERBS | frozenset("not n't more less most the all".split())


#: Predicates after a linking verb that put its subject's act in the future (*is likely to*,
#: *is set to*, *is due to*, *is about to*: Quirk et al. 1985 §4.47-48, the semi-auxiliaries of
#: future time, with the journalistic *set*, *poised*, *slated*): 'NAME is set to warn that C'
#: is NAME's report.
_SCHEDULED = frozenset("likely set due about poised scheduled slated".split())


def _governs_infinitive(w: str) -> bool:
    """*w* may stand in the verb group that governs an infinitive: a catenative verb
    (``verb_frames.CATENATIVE_FORMS``), a past form, an adverb, *on* (*went on*), *yet* (*has yet to*), a
    linking word (*was*, *more*), a purpose's verb (*cut in to say*), a perceiving one (*was heard to*)."""
    return (
        w in CATENATIVE_FORMS
        or w in _LINKING_GROUP
        or w in ("on", "yet", "likely", "in", "up", "back", "cut", "rose", "stood", "came")
        or w in RAISING_PARTICIPLES
        or w in _PERCEIVED  # 'was heard to mutter': the passive of perceiving
        or (w.endswith(("ed", "ly")) and len(w) > 4)
    )


def before_hedged_cue(words: Sequence[str], j: int, floor: int, *, progressive: bool) -> int:
    """Token *j* stands before a cue: step over what makes it a hedged report, so the subject
    walk goes on from there: *to have* of a perfect infinitive ('is reported to have said',
    read as 'to say'), or, before a gerund, a passive *was quoted as* ('X was quoted as
    saying', 'X was quoted by the news agency as saying', 'X was overheard telling': the
    passive's subject is the speaker)."""
    if words[j] == "have" and j - 2 > floor and words[j - 1] == "to":
        return j - 1
    if progressive and words[j] == "as":
        k = quoted_by(words, j, floor)  # ('X was quoted by the state news agency as saying')
        if k - 2 >= floor and words[k - 1].lower() in COPULA:
            return k - 2
    if progressive and words[j] in _PERCEIVED and j - 2 >= floor and words[j - 1].lower() in COPULA:
        return j - 2  # 'X was overheard telling a colleague', 'X was heard saying': the perceived speaker
    return j


#: Passive participles of perceiving a speaker, before a gerund cue ('was overheard telling',
#: 'was heard saying', 'was filmed telling', 'was recorded saying').
_PERCEIVED = frozenset("heard overheard filmed recorded caught".split())


def before_infinitive(
    words: Sequence[str], j: int, floor: int, adjectives: frozenset[str], speech: bool = False
) -> int:
    """The token before the verbs that govern the infinitive marker *to* at token *j* ('He
    went on | to say', 'Lund was quick | to point out', 'were more likely | to say'); *j* when
    none. Only words of that verb group are passed (:func:`_governs_infinitive`, 'cut in'); the
    subject's head noun ends the walk. A passive keeps its subject before *speech* ('Lund | was
    prompted to say'). A degree phrase *so far as* (*as far as*) stands between the verb and its infinitive
    ('Lund went so far as | to say')."""
    top = j
    if j - 4 > floor and words[j - 1] == "as" and words[j - 2] == "far" and words[j - 3] in ("so", "as"):
        j -= 3
    k = j - 1
    while (
        k > floor
        and j - k <= 3
        and words[k].islower()
        and words[k].isalpha()
        # ('is said to have told': *said* is a stop word, yet a raising passive's participle)
        and (
            words[k].lower() not in STOP_WORDS
            or words[k] in ("on", "in", "up", "back")
            or words[k] in RAISING_PARTICIPLES
        )
        and words[k] not in PRONOUNS  # 'after he appeared to suggest': the subject
        and (
            words[k] in adjectives
            or _governs_infinitive(words[k])
            or (k == j - 1 and words[k] in _SCHEDULED)  # ('is set to warn'; not 'set up to')
        )
    ):
        k -= 1
    stop = words[k + 1] in ("in", "up", "back")  # ('open Mrs. Clinton up to ...': no verb before)
    stop = stop or (words[k + 1].endswith("ing") and words[k] not in _LINKING_GROUP)
    if (k == j - 1 or stop) and speech and (purpose := before_purpose(words, top, floor)) < top:
        return purpose  # 'Lund took to Facebook | to say': a purpose infinitive's subject
    if k == j - 1 or stop:
        return top  # ('spent the week trying to tell ...': a participle's subject is not before it)
    group = words[k + 1 : j]
    # (the participle after an adverb too: 'is widely expected to say')
    participle = any(w.endswith("ed") or w in RAISING_PARTICIPLES | _PERCEIVED for w in group)
    passive = speech and words[k] in COPULA and participle
    if words[k] in _LINKING_GROUP and (
        passive
        or words[j - 1] in adjectives
        or "likely" in group
        or words[j - 1] in _SCHEDULED
        or any(w in CATENATIVE_FORMS for w in group)
    ):
        m = k
        while m > floor and words[m] in _LINKING_GROUP:
            m -= 1
        if words[m].lower() not in ("it", "there"):  # ('It is fair to say': the writer's aside)
            return m
    return k


#: How many tokens the object or prepositional phrase of a purpose frame may hold.
PURPOSE_OBJECT_TOKENS = 6
#: Words that may stand in a purpose frame's object: prepositions of a place or a medium and
#: determiners ('to social media', 'on the BBC', 'before the committee', 'a news conference').
_PURPOSE_WORDS = frozenset("to on onto before in at of and a an the his her their its our my".split())


def before_purpose(words: Sequence[str], j: int, floor: int) -> int:
    """The token before the verb group of a purpose frame whose infinitive marker *to* is token
    *j*: a verb of going, taking or using and its object or phrase ('Lund | took to Facebook |
    to say', 'Lund | has gone on television | to argue', 'Lund | used a speech | to announce';
    ``verb_frames.PURPOSE_FRAME_FORMS``); *j* when none stands there. The object holds words
    only (no punctuation, no pronoun subject, no *that* or *who*)."""
    k = j - 1
    while k > floor and j - k <= PURPOSE_OBJECT_TOKENS + 1:
        w = words[k]
        low = w.lower()
        if k < j - 1 and w in PURPOSE_FRAME_FORMS:
            m = k - 1
            while m > floor and (words[m] in _LINKING_GROUP and words[m] not in ("the", "all")):
                m -= 1  # ('has taken', 'had already gone')
            return j if words[m].lower() in ("it", "there", "this") else m  # ('It took courage to say')
        ok = w in ("'s", "’s", "-") or (w.isalnum() and (low in _PURPOSE_WORDS or low not in STOP_WORDS))
        if not ok or low in PRONOUNS:
            return j
        k -= 1
    return j
