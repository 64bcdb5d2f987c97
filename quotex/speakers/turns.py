"""Turns to speak: the words after a subject that show it takes a turn to speak.

*Ida Lund disagreed.*, *Roe nodded.*, *Then Ana Berg took the floor.*, *Ivo Lund rose to
reply.*: only a person takes such a turn, and the pronoun of the next quotation refers to the
person who took it (centering: the newest subject). Input: a
:class:`~quotex.speakers.salience.Resolver` and a token range; output: a yes or no.
"""

from __future__ import annotations

from quotex.mentions import Mention
from quotex.speakers.agreement import bare_word
from quotex.speakers.salience import Resolver
from quotex.speakers.words import GOING_ON, PREPOSITIONS, TURN_OBJECTS

#: Verbs of a speaker's reaction or turn that take a person as their subject, besides the
#: lexicon's speech verbs ('Ida Lund disagreed.', 'Roe nodded.').
_REACTION_VERBS = frozenset(
    "disagreed objected laughed shrugged nodded smiled sighed hesitated paused frowned winced grinned"
    " interjected interrupted".split()
)


#: Adverbs of sequence between a subject and its verb ('Ana Roe then took the floor').
_SEQUENCE_ADVERBS = frozenset("then next finally also later".split())
#: Verbs that give their subject the turn to speak with no verb of speaking: *take the floor*,
#: *take the stand*, *take the microphone*; *rise*, *stand up*, *step up* (to speak, to reply).
_TURN_VERBS = frozenset("took takes rose rises stood stands stepped steps got gets".split())
#: Particles and infinitives after a turn verb that show the turn: *rose to reply*, *stood up*.
_TURN_PARTICLES = frozenset("up forward to".split())


def takes_turn(res: Resolver, j: int, last: int) -> bool:
    """Do the words from token *j* (after a subject, to *last*) give the subject the turn to
    speak, which only a person takes: a verb of speaking or reacting (:func:`human_verb`), or
    a turn verb with its object or particle (*took the floor*, *then took the stand*, *rose to
    reply*, *stood up*, *stepped up to the microphone*), maybe after an adverb of sequence?"""
    words, lows = res.tokens.words, res.lows
    if j <= last and lows[j] in _SEQUENCE_ADVERBS:
        j += 1
    if j > last:
        return False
    word = lows[j]
    if human_verb(res, word):
        return True
    if word not in _TURN_VERBS or j + 1 > last:
        return False
    tail = [w.lower() for w in words[j + 1 : min(last, j + 5) + 1]]
    if tail[0] == "the":
        return len(tail) > 1 and tail[1] in TURN_OBJECTS
    return tail[0] in _TURN_PARTICLES and (word not in ("took", "takes", "got", "gets") or tail[0] == "up")


def human_verb(res: Resolver, word: str) -> bool:
    """Is *word* a past form of a verb of speaking (the lexicon's speech verbs) or of reacting
    (:data:`_REACTION_VERBS`), whose subject shows a person?"""
    if word in _REACTION_VERBS:
        return True
    lemma_kind = res.lexicon.verb_forms.get(word)
    return lemma_kind is not None and lemma_kind[1] == "speech" and word.endswith(("ed", "spoke"))


def goes_on(res: Resolver, at: int, top: int, scores: dict[int, float]) -> int:
    """The last speaker, for a pronoun at token *at* whose verb says that the speaker goes on
    (*she added*, *he went on*, *she continued*), when that speaker agrees with the pronoun (is
    in *scores*) and *top*, the most salient person, has been no subject since that speaker last
    spoke: a person the narrative names in between only as a preposition's or a verb's object
    ('The hall was designed by NAME in 1844.') takes no turn. *top* otherwise."""
    lows = res.lows
    nxt = lows[at + 1] if at + 1 < len(lows) else ""
    going = nxt in GOING_ON or (nxt in ("went", "goes") and at + 2 < len(lows) and lows[at + 2] == "on")
    if not going or not res.spoke:
        return top
    last, pos = res.spoke[-1]
    if last == top or last not in scores or bare_body_voice(res, last, top):
        return top
    mentions = res.mentions
    since = [k for k in res.in_window(top, at) if mentions[k].first > pos]
    # (each such mention a preposition's or a verb's object: 'designed by NAME', 'The council
    # has asked NAME to look at it', or a subject said not to act: 'NAME was not at the meeting':
    # the speaker, not the newcomer, goes on)
    return (
        last
        if all(_after_preposition(res, mentions[k]) or not res.subject(k) or _negated(res, k) for k in since)
        else top
    )


def bare_body_voice(res: Resolver, e: int, rival: int) -> bool:
    """Did entity *e*, a bare word (:func:`~quotex.speakers.agreement.bare_word`: one
    capitalised word, no sign of a person), last speak through a body's medium
    (:data:`_BODY_MEDIA`: *in a statement*, *on its website*), while *rival* is a person the
    text shows as one (a title, a listed first name, a gender)? 'NAME, a potato grower, said C.
    | Agrivoice said in a statement that D. | "E," he added.': a pronoun neither goes on with
    nor prefers a name that reads as a body's ('Rihanna said she was tired. "F," she added.'
    goes on)."""
    ent = res.ents[rival]
    pos = res.last_spoke.get(e, -1)
    return (
        pos >= 0
        and (ent.person_evidence or ent.gender is not None)
        and bare_word(res.ents[e])
        and not _BODY_MEDIA.isdisjoint(res.lows[pos + 1 : pos + 1 + _MEDIUM_REACH])
    )


#: Nouns of the media a body speaks through ('said in a statement', 'in a news release', 'on
#: its website', 'in a filing'), and how many words after its name the look reads.
_BODY_MEDIA = frozenset("statement release website filing".split())
_MEDIUM_REACH = 6


#: Words that negate the predicate right after a subject ('was not there', 'never came').
_NEGATIONS = frozenset(["not", "n't", "never"])


def _negated(res: Resolver, k: int) -> bool:
    """Is the predicate right after mention *k* (past a title set off after it) negated in its
    first two words ('NAME was not at the meeting', 'NAME, the treasurer, never came')?"""
    j = predicate_start(res, k, len(res.lows) - 1)
    return any(w in _NEGATIONS for w in res.lows[j : j + 2])


def predicate_start(res: Resolver, k: int, last: int) -> int:
    """The token after mention *k*, or after the title set off after it by commas when its
    closing comma stands by token *last* ('B, the panel chair, | made no comment')."""
    m, words = res.mentions[k], res.tokens.words
    if m.title_first > m.last and m.title_last + 1 <= last and words[m.title_last + 1] == ",":
        return m.title_last + 2
    return m.last + 1


def _after_preposition(res: Resolver, m: Mention) -> bool:
    """Does a preposition stand right before mention *m* and the title written before it?"""
    first = m.title_first if 0 <= m.title_first < m.first else m.first
    return first > 0 and res.lows[first - 1] in PREPOSITIONS
