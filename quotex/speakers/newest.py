"""The newest person before a *he*/*she*: who acts last, and who did not speak.

* *Ida Roe introduced Ana Berg, who then addressed the crowd. "C," she said.*: the person a
  non-restrictive relative clause (*, who ...*) gives the turn to speak (*addressed*, *took
  the floor*, *rose to reply*, a verb of speaking) acts last in the sentence before: the
  pronoun refers to that person, not to the main clause's subject (:func:`relative_turn_taker`);
  so does the subject of a purpose clause that gives it the turn (*Ida Roe stepped aside so
  that Ana Berg could address the meeting.*).
* *Ida Roe said on Monday that ... Ana Berg did not respond to requests for comment.*, then
  *"C," she added.*: a cue that goes on (*added*, *continued*) continues someone who spoke; a
  person whose last mention is the subject of a refusal to speak (*did not respond*, *declined
  to comment*) and who never spoke is no antecedent (:func:`drop_refusers`).

Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun's gender and token and the
candidates' scores; output: an entity or -1, or the scores changed in place. Read by
:func:`~quotex.speakers.pronouns.resolve_pronoun`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.lexicon.grammar import ASKING_PARTICIPLES
from quotex.sentences import Sentence
from quotex.speakers.pronoun_peers import participle_object
from quotex.speakers.salience import Resolver
from quotex.speakers.turns import predicate_start, takes_turn
from quotex.speakers.words import GENDERED_PRONOUNS, GOING_ON

#: Verbs of addressing a body that give their subject the turn to speak (English usage; our list).
_ADDRESS_VERBS = frozenset("addressed addresses briefed briefs".split())
#: Adverbs of sequence after *who* ('who then addressed ...').
_ADVERBS = frozenset("then later next also".split())


def prior_sentence(res: Resolver, at: int) -> int:
    """The sentence just before token *at*'s, when it is in the same paragraph or ends the
    paragraph before one that opens with the quotation (no name before the pronoun), else -1
    (kept in ``res.prior_sentences``: the rules ask it several times for one pronoun)."""
    got = res.prior_sentences.get(at)
    if got is None:
        got = res.prior_sentences[at] = _prior_sentence(res, at)
    return got


def _prior_sentence(res: Resolver, at: int) -> int:
    """:func:`prior_sentence`, computed."""
    table = res.table
    s_at, p_at = table.locate(at)
    if s_at == 0:
        return -1
    sent = table.sentences[s_at - 1]
    own = bisect.bisect_left(res.mention_starts, table.sentences[s_at].first)
    opens = all(k in res.quoted for k in range(own, bisect.bisect_left(res.mention_starts, at)))
    return s_at - 1 if sent.paragraph == p_at or (opens and sent.paragraph == p_at - 1) else -1


def _relative_turn(res: Resolver, j: int, last: int) -> bool:
    """Do the words from token *j* (after a name, to *last*) open a relative clause that gives
    its head the turn to speak: *, who (then) addressed the crowd*, *, who rose to reply*?"""
    words, lows = res.tokens.words, res.lows
    if j + 2 > last or words[j] != "," or lows[j + 1] != "who":
        return False
    v = j + 2 + (lows[j + 2] in _ADVERBS)
    return v <= last and (lows[v] in _ADDRESS_VERBS or takes_turn(res, j + 2, last))


#: Modals of a purpose clause (*so that A could speak*).
_PURPOSE_MODALS = frozenset("could would might can may".split())
#: Base forms that give a purpose clause's subject the turn to speak, besides the lexicon's speech
#: verbs (*so that A could address the meeting*, *so A could answer questions*; our list).
_TURN_BASE_VERBS = frozenset("address speak answer reply respond testify brief".split())
#: The most tokens an apposition between a purpose clause's subject and its modal may span.
_APPOSITION_SPAN = 16
#: What *take* may take in a purpose clause: *so that A could take the floor*.
_TAKE_OBJECTS = frozenset("floor stand podium microphone mic lectern rostrum".split())


def _purpose_turn(res: Resolver, k: int, last: int) -> bool:
    """Is mention *k* the subject of a purpose clause (*so that*, *so*) that gives it the turn
    to speak: *B stepped aside so that A could address the meeting*, *so A could take the floor*
    (a modal, then a verb of speaking or addressing, to token *last*)?"""
    words, lows = res.tokens.words, res.lows
    m = res.mentions[k]
    first, j = m.first, max(m.last, m.title_last) + 1
    opener = [w.lower() for w in words[max(0, first - 2) : first]]
    if not (opener[-1:] == ["so"] or opener == ["so", "that"]) or j + 1 > last:
        return False
    if words[j] == "," and m.title_last > m.last:  # (its title after it, as an apposition)
        j += 1
    elif words[j] == ",":  # (an apposition: 'so that Ana Berg, the deputy director, could ...')
        close = [i for i in range(j + 1, min(last, j + _APPOSITION_SPAN) + 1) if words[i] == ","]
        j = close[0] + 1 if close else j
        if j + 1 > last:
            return False
    if lows[j] not in _PURPOSE_MODALS:
        return False
    verb = words[j + 1]
    if verb in _TURN_BASE_VERBS or verb in res.lexicon.speech_verbs:
        return True
    return verb == "take" and j + 3 <= last and words[j + 2] == "the" and words[j + 3] in _TAKE_OBJECTS


def quiet_prior_sentence(res: Resolver, at: int) -> Sentence | None:
    """The sentence before token *at*'s (:func:`prior_sentence`) when it holds no quotation mark
    and no source resolved so far (a sentence that only tells of people), else None."""
    s = prior_sentence(res, at)
    if s < 0:
        return None
    if res.quotes_in(s):
        return None
    sent = res.table.sentences[s]
    if any(sent.first <= pos <= sent.last for _, pos in res.spoke[-4:]):
        return None
    return sent


def relative_turn_taker(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The one person of the sentence before token *at* (:func:`prior_sentence`) who heads a
    relative clause that gives it the turn to speak, not the sentence's subject, or is the
    subject of a purpose clause that does (:func:`_purpose_turn`), in *scores* and of *gender*
    or no known gender: *'A introduced B, who then addressed the crowd. "C," she said.'* and
    *'A stepped aside so that B could address the meeting. "C," she said.'* are B's. -1 when
    the sentence holds a quotation or a resolved source, or no such person or more than one."""
    sent = quiet_prior_sentence(res, at)
    if sent is None:
        return -1
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    takers = {
        res.table.of_mention[k]
        for k in range(lo, hi)
        if k not in res.quoted
        and (
            (_relative_turn(res, res.mentions[k].last + 1, sent.last) and not res.subject(k))
            or _purpose_turn(res, k, sent.last)
        )
    }
    if len(takers) != 1:
        return -1
    e = takers.pop()
    return e if e in scores and res.ents[e].gender in (gender, None) else -1


#: Verbs that open a refusal to speak: '(made|had|offered) no comment', '(declined|refused) to
#: comment', '(did|would|could|has) not (comment|respond|return|reply|be reached)'.
_NO_COMMENT_OPENERS = frozenset("made had offered declined refused did would could has have was".split())
_NO_COMMENT_WORDS = frozenset("comment comments respond return reply answer speak reached available".split())


def refuses_comment(words: Sequence[str], k: int, last: int) -> bool:
    """Does the predicate at token *k* say its subject did not speak ('made no comment',
    'declined to comment', 'did not respond to requests', 'could not be reached', 'was not
    available for comment', 'was unavailable')? Such a subject is no antecedent of the next
    quotation's pronoun."""
    if k > last or words[k].lower() not in _NO_COMMENT_OPENERS:
        return False
    window = [w.lower() for w in words[k + 1 : min(last, k + 4) + 1]]
    if words[k].lower() == "was" and window[:1] == ["unavailable"]:
        return True
    negated = bool(window) and window[0] in ("no", "not", "n't", "to")
    return negated and any(w in _NO_COMMENT_WORDS for w in window[1:])


def _refusal_subject(res: Resolver, k: int) -> bool:
    """Is mention *k* the subject of a refusal to speak right after it, or after the title set
    off after it ('B did not respond to requests for comment', 'B, the panel chair, declined to
    comment')?"""
    sent = res.table.sentences[res.where(k)[0]]
    j = predicate_start(res, k, sent.last)  # ('B, who chairs the panel, | made no comment')
    return refuses_comment(res.tokens.words, j, sent.last) and res.subject(k)


def drop_refusers(res: Resolver, at: int, scores: dict[int, float]) -> None:
    """When the cue of the pronoun at token *at* goes on (*she added*), drop from *scores*
    (changed in place) every person who never spoke and whose last mention before *at*, in the
    sentence before (:func:`prior_sentence`), is the subject of a refusal to speak."""
    words, lows = res.tokens.words, res.lows
    if at + 1 >= len(words) or lows[at + 1] not in GOING_ON:
        return
    s = prior_sentence(res, at)
    if s < 0:
        return
    spoke = {e for e, _ in res.spoke}
    for e in [e for e in scores if e not in spoke]:
        before = [k for k in res.ents[e].mentions if res.mentions[k].first < at]
        if before and res.where(before[-1])[0] == s and _refusal_subject(res, before[-1]):
            del scores[e]


def _introduced(res: Resolver, k: int, last: int) -> bool:
    """Is mention *k* written as a person the text introduces: with a title before it
    (*Huntington parent NAME*), or an apposition or relative clause after it (*NAME, a nurse,*,
    *NAME, whose son ...*), to token *last*?"""
    m = res.mentions[k]
    if m.title_first >= 0:
        return True
    words, lows = res.tokens.words, res.lows
    j = m.last + 1
    return j + 1 <= last and words[j] == "," and lows[j + 1] in ("who", "whose", "a", "an")


def introduced_newcomer(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The one person of the sentence before token *at* (:func:`prior_sentence`) when that
    sentence holds no quotation, no resolved source and no other person, names the person there
    for the first time and introduces it (:func:`_introduced`), has no *he*/*she* in any case,
    the person is known to be of
    *gender* and in *scores*, and the pronoun's cue does not go on (*added*): *'That was not
    enough for parent NAME, whose son starts school next year. "C," she said.'* is NAME's, not
    the last speaker's. -1 otherwise."""
    words, lows = res.tokens.words, res.lows
    if at + 1 < len(words) and lows[at + 1] in GOING_ON:
        return -1
    sent = quiet_prior_sentence(res, at)
    if sent is None:
        return -1
    if not GENDERED_PRONOUNS.isdisjoint(w.lower() for w in words[sent.first : sent.last + 1]):
        return -1  # ('On Tuesday she went to see NAME, the engineer.': a person there unnamed)
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    named = {res.table.of_mention[k] for k in range(lo, hi) if k not in res.quoted}
    # (the persons there: a candidate with a sign of a person, or a person of the other gender;
    # not *Year 9*, nor a place name as a modifier, *Huntington parent NAME*)
    named = {
        e
        for e in named
        if res.ents[e].kind == "person" and (res.ents[e].person_evidence or res.ents[e].gender)
    }
    if len(named) != 1:
        return -1
    e = named.pop()
    ent = res.ents[e]
    first = ent.mentions[0] if ent.mentions else -1
    if e not in scores or ent.gender != gender or not lo <= first < hi:
        return -1
    if any(participle_object(res, e, t, at) for t in scores if t != e):
        return -1  # ('B took office, replacing A, who retired.': A only the subject's participant)
    return e if _introduced(res, first, sent.last) else -1


def reported_name(res: Resolver, pos: int, m: int, at: int) -> bool:
    """Is the name at token *m* inside the clause a source at token *pos* reports with a verb of
    speaking right after it (*A spokesman said the Taoiseach would ...*), in the sentence just
    before the pronoun at token *at*, which opens its sentence as the subject of a verb of
    speaking (*He said ...*)? The pronoun continues the reporting subject, not a person the
    report is about (centering: the subject is the preferred centre)."""
    words, lows = res.tokens.words, res.lows
    table = res.table
    s_at = table.locate(at)[0]
    s_k = table.locate(pos)[0]
    verb = res.source_last.get(pos, pos) + 1
    if s_k != s_at - 1 or table.sentences[s_at].first != at or not verb + 1 < m <= table.sentences[s_k].last:
        return False  # (a name right after the verb is its object: 'asked Sanders how ...')
    if lows[verb] in ASKING_PARTICIPLES or lows[verb] in ("told", "tells"):
        return False  # (the one asked or told answers next: 'A reporter asked B ... He replied')
    speech = res.lexicon.verb_forms
    return all(j < len(words) and (speech.get(lows[j]) or ("", ""))[1] == "speech" for j in (verb, at + 1))


#: Verbs of leaving a scene (past forms; *gone* only after *had*).
_LEAVING = frozenset("left departed gone".split())
#: Verbs of arriving at it (past forms).
_ARRIVING = frozenset("arrived returned".split())
#: Conjunctions after which an arrival follows the leaving: *by the time*, *before*, *when*.
_ARRIVAL_OPENERS = (("by", "the", "time"), ("before",), ("when",))


def _leaves(words: Sequence[str], j: int, last: int) -> bool:
    """Do the words from token *j* (after a subject) say it had left: *had (already) left*,
    *left before*, *had gone*?"""
    had = j <= last and words[j].lower() == "had"
    j += had
    j += j <= last and words[j].lower() in ("already", "just")
    return j <= last and words[j] in _LEAVING and (had or words[j] != "gone")


def arrival_after_leaving(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The person who arrives, in the sentence before token *at* (:func:`prior_sentence`),
    after its subject had left: *'A had already left by the time B arrived. "C," she said.'* is
    B's, present when A was gone (both in *scores*, of *gender* or no known gender). -1 when the
    sentence holds a quotation or a resolved source, or no such pair."""
    sent = quiet_prior_sentence(res, at)
    if sent is None:
        return -1
    words = res.tokens.words
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    ks = [k for k in range(lo, hi) if k not in res.quoted]
    leavers = {
        res.table.of_mention[k]
        for k in ks
        if _leaves(words, res.mentions[k].last + 1, sent.last) and res.subject(k)
    }
    if len(leavers) != 1:
        return -1  # (no one left, or more than one: no arriver is sought)
    arrivers = set()
    for k in ks:
        m = res.mentions[k]
        if m.last + 1 > sent.last or words[m.last + 1] not in _ARRIVING:
            continue  # (no verb of arriving after the name: most, no opener sought)
        if any(tuple(w.lower() for w in words[m.first - len(o) : m.first]) == o for o in _ARRIVAL_OPENERS):
            arrivers.add(res.table.of_mention[k])
    if len(arrivers) != 1 or leavers == arrivers:
        return -1
    e = arrivers.pop()
    fits = e in scores and res.ents[e].gender in (gender, None) and leavers.pop() in scores
    return e if fits else -1
