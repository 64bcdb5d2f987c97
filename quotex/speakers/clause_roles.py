"""Clause roles of two persons of one gender before a *he*/*she*: who the sentence makes the next
speaker.

* *A gave the floor to B, the treasurer.*, *A handed the microphone to B*, *A called on B to
  speak*, *A introduced B*: a verb that hands over the turn to speak makes its object the next
  speaker (:func:`handed_turn`).
* *When B arrived, A was already at the gate.*, *A answered questions after B left.*, *A took
  over as chair from B, who retired.*, *A replaced B as coach.*, *A was interviewed by B, a
  reporter.*: the main clause's subject outranks a person named only inside a subordinate
  clause, as the one a post is taken from, or as the agent of a passive of questioning
  (centering: the subject of the main clause is the preferred centre; Grosz, Joshi & Weinstein
  1995, Kameyama 1998 on intrasentential centering) (:func:`main_subject_centre`).

Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun's gender and token and the
candidates' scores; output: an entity or -1. Read by
:func:`~quotex.speakers.pronouns.resolve_pronoun` (its centre), after the older rules.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.entities import after_fronted_adverbial
from quotex.sentences import Sentence
from quotex.speakers.newest import prior_sentence, quiet_prior_sentence
from quotex.speakers.salience import Resolver
from quotex.speakers.turns import takes_turn
from quotex.speakers.words import GENDERED_PRONOUNS, TURN_OBJECTS

#: Verbs that hand a thing over (*gave the floor to B*; English usage, our list): with a turn
#: object (:data:`~quotex.speakers.words.TURN_OBJECTS`) they hand over the turn to speak.
_HANDING_VERBS = frozenset(
    "gave gives give handed hands hand passed passes pass yielded yields yield ceded cedes cede"
    " turned turns turn surrendered".split()
)
#: Verbs whose object takes the turn with no thing named: *handed over to B*, *introduced B*.
_INTRODUCING = frozenset("introduced introduces introduce".split())
#: Verbs that call on a person to speak (*called on B to speak*, *invited B to address ...*):
#: the object takes the turn when a verb of speaking, or a turn object, follows.
_CALLING = (("called", "on"), ("calls", "on"), ("called", "upon"), ("invited",), ("invites",), ("asked",))
#: What the object of a calling verb is called to do (*to speak*, *to the lectern*).
_CALLED_TO = frozenset("speak address answer reply respond say testify brief explain comment".split())
#: The most tokens between a calling verb's object and its *to* (an apposition: *B, the treasurer,*).
_CALL_SPAN = 14

#: Subordinators that open a clause whose subject is no main subject (Quirk et al. 1985 §14.12).
_SUBORDINATORS = frozenset(
    "when whenever after before while whilst although though because since until once as whereas if"
    " unless".split()
)
#: Subordinators that double as prepositions (*before Judge B*): a verb must follow the name.
_PREPOSITIONAL = frozenset("after before since until as once".split())
#: Words after a name that show no verb follows it (a preposition's object: *before Judge B on ...*).
_NO_VERB = frozenset("on in at of for with to from by and or but , . ; : 's ’s".split())
#: Verbs of addressing a body, a speech act of the subordinate clause's subject.
_ADDRESS_VERBS = frozenset("addressed addresses briefed briefs".split())
#: Verbs of perception whose subject looks on while the other acts (past and present forms).
_PERCEIVING = frozenset(
    "watched watches listened listens looked looks saw sees heard hears observed observes noticed"
    " notices".split()
)
#: Forms of *take* in *take over from B*.
_TAKING = frozenset("took take takes taking taken".split())
#: Passive participles of questioning: *was interviewed by B* (B asks, the subject answers).
_QUESTIONED = frozenset("interviewed questioned asked quizzed grilled pressed challenged".split())
#: Auxiliaries of a passive (*was interviewed*, *has been questioned*).
_PASSIVE_AUX = frozenset("was were is are been being be".split())
#: The most tokens between a passive participle and its *by* (*interviewed on Sunday by B*).
_BY_SPAN = 6


def _mention_start(res: Resolver, k: int) -> int:
    """The first token of mention *k* with a title before it (*Judge B*)."""
    m = res.mentions[k]
    return m.title_first if 0 <= m.title_first < m.first else m.first


def _mention_end(res: Resolver, k: int) -> int:
    """The last token of mention *k* with a title after it (*B, the treasurer*)."""
    m = res.mentions[k]
    return max(m.last, m.title_last)


def _gives_turn(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* the object of a verb that hands it the turn to speak: *gave the floor to
    B*, *turned the floor over to B*, *handed over to B*, *introduced B*, *called on B to
    speak*, *invited B to address the meeting*, *asked B to the podium*?"""
    lows = res.lows
    f = _mention_start(res, k)
    before = list(lows[max(sent.first, f - 5) : f])
    if before[-1:] == ["to"]:
        head = before[:-1]
        if head[-1:] == ["over"]:  # ('handed over to B', 'turned the floor over to B')
            head = head[:-1]
            if head and head[-1] in _HANDING_VERBS:
                return True
        return (
            len(head) >= 3 and head[-3] in _HANDING_VERBS and head[-2] == "the" and head[-1] in TURN_OBJECTS
        )
    if before[-1:] and before[-1] in _INTRODUCING:
        end = _mention_end(res, k) + 1
        # ('A introduced B, who runs the ferry company': the relative clause says what B does;
        # one that gives the turn is read by newest.relative_turn_taker)
        return not (end + 1 <= sent.last and lows[end] == "," and lows[end + 1] in ("who", "whose"))
    if not any(tuple(before[-len(c) :]) == c for c in _CALLING):
        return False
    end = _mention_end(res, k) + 1
    j = next((j for j in range(end, min(sent.last, end + _CALL_SPAN)) if lows[j] == "to"), -1)
    if j < 0:
        return False
    nxt = lows[j + 1]
    return nxt in _CALLED_TO or (nxt == "the" and j + 2 <= sent.last and lows[j + 2] in TURN_OBJECTS)


def _persons(res: Resolver, sent: Sentence, scores: dict[int, float]) -> dict[int, list[int]]:
    """Candidate (in *scores*) -> its mentions in sentence *sent*, none inside a quotation nor
    inside another mention's title (*network controller at Kestrel Bay Ferries*)."""
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    spans = [(res.mentions[k].title_first, res.mentions[k].title_last) for k in range(lo, hi)]
    out: dict[int, list[int]] = {}
    for k in range(lo, hi):
        e = res.table.of_mention[k]
        first = res.mentions[k].first
        if k in res.quoted or e not in scores or any(a >= 0 and a <= first <= b for a, b in spans):
            continue
        out.setdefault(e, []).append(k)
    return out


def _gendered_pronoun(res: Resolver, sent: Sentence) -> bool:
    """Does sentence *sent* hold a *he*/*she* of any case (*A missed the tram after B kept him
    talking*)? That evidence tells the two apart, and the salience order weighs it."""
    return not GENDERED_PRONOUNS.isdisjoint(res.lows[sent.first : sent.last + 1])


def handed_turn(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The one person of the sentence before token *at* (no quotation mark:
    :func:`~quotex.speakers.newest.prior_sentence`; a source resolved there is the one who
    hands over, *A called on B to speak*) whom a verb hands the turn to speak
    (:func:`_gives_turn`), in *scores* and of *gender* or none known: *'A gave the floor to B,
    the treasurer. "C," she said.'* is B's. -1 otherwise."""
    s = prior_sentence(res, at)
    if s < 0:
        return -1
    if res.quotes_in(s):
        return -1
    sent = res.table.sentences[s]
    if _gendered_pronoun(res, sent):
        return -1
    persons = _persons(res, sent, scores)
    takers = {e for e, ks in persons.items() if any(_gives_turn(res, k, sent) for k in ks)}
    if len(takers) != 1 or len(persons) < 2:
        return -1
    e = takers.pop()
    if any(sent.first <= pos <= sent.last and s_e == e for s_e, pos in res.spoke[-4:]):
        return -1  # (a source resolved there may be the one who hands over: 'A called on B to speak')
    return e if e in scores and res.ents[e].gender in (gender, None) else -1


def _in_subordinate(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* the subject of a subordinate clause: right after its subordinator (*when
    B arrived*, *after B left*, *because B was ill*), a verb after the name when the
    subordinator may be a preposition (*before Judge B on Monday* is no clause)?"""
    f = _mention_start(res, k)
    if f <= sent.first:
        return False
    sub = res.lows[f - 1]
    if sub not in _SUBORDINATORS:
        return False
    j = _mention_end(res, k) + 1
    if j <= sent.last and res.lows[j] == ",":  # (its apposition: 'after B, the treasurer, left')
        j = next((i + 1 for i in range(j + 1, min(sent.last, j + _CALL_SPAN)) if res.lows[i] == ","), j)
    if j <= sent.last and (res.lows[j] in _ADDRESS_VERBS or takes_turn(res, j, sent.last)):
        return False  # ('While B addressed the council, A waited': B speaks there)
    if sub not in _PREPOSITIONAL:
        return True
    return j <= sent.last and res.lows[j] not in _NO_VERB and res.lows[j].isalpha()


def _post_taken_from(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* the person a post is taken from: *took over (as chair) from B*, *took over
    from B*? (*A succeeded B*, *A replaced B* with a finite verb are left to
    :func:`~quotex.speakers.pronouns.agreeing_rival`: with A of no known gender, a pronoun that
    fits B is B's, and two newcomers of no known gender stay undecided.)"""
    lows = res.lows
    f = _mention_start(res, k)
    if f <= sent.first:
        return False
    if lows[f - 1] != "from":
        return False
    window = lows[max(sent.first, f - 12) : f - 1]
    return "over" in window and not _TAKING.isdisjoint(window)


def _questioning_agent(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* the agent of a passive of questioning (*was interviewed on Sunday by B*,
    *was asked by B*): the one who asks, not the one who answers?"""
    lows = res.lows
    f = _mention_start(res, k)
    if f <= sent.first or lows[f - 1] != "by":
        return False
    for j in range(f - 2, max(sent.first, f - 2 - _BY_SPAN), -1):
        if lows[j] in _QUESTIONED:
            return j > sent.first and (lows[j - 1] in _PASSIVE_AUX or lows[j - 1] == ",")
    return False


def _demoted(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* in a position that does not make it the next speaker: a subordinate
    clause's subject, the one a post is taken from, a passive's questioning agent?"""
    return _in_subordinate(res, k, sent) or _post_taken_from(res, k, sent) or _questioning_agent(res, k, sent)


def _main_subject(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* its sentence's subject, also after a fronted adverbial or a fronted
    clause of any subordinator up to its first comma (*When B arrived, A ...*, *Because B was
    ill, A ...*)?"""
    f = _mention_start(res, k)
    if res.subject(k) or after_fronted_adverbial(res.tokens.words, f, sent.first):
        return True
    lows = res.lows
    return (
        lows[sent.first] in _SUBORDINATORS
        and f - 1 > sent.first
        and lows[f - 1] == ","
        and "," not in lows[sent.first : f - 1]
    )


def _perceives(res: Resolver, k: int, sent: Sentence) -> bool:
    """Is mention *k* the subject of a verb of perception right after it (*A watched as B
    scored*, *A looked on while B ...*, *A, a nurse, listened*): an onlooker, not the actor?"""
    j = _mention_end(res, k) + 1
    if j <= sent.last and res.lows[j] == "," and res.mentions[k].title_last > res.mentions[k].last:
        j += 1
    return j <= sent.last and res.lows[j] in _PERCEIVING


def main_subject_centre(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The main clause's subject of the quiet sentence before token *at* when every other person
    there is named only in a demoted position (:func:`_demoted`), the subject in *scores* and of
    *gender* or none known: *'When B arrived, A, the harbour master, was already waiting. "C,"
    she said.'* and *'A took over as chair from B, who retired.'* are A's. -1 otherwise."""
    sent = quiet_prior_sentence(res, at)
    if sent is None:
        return -1
    if _gendered_pronoun(res, sent):
        return -1
    persons = _persons(res, sent, scores)
    if len(persons) < 2:
        return -1
    subjects = {e for e, ks in persons.items() if any(_main_subject(res, k, sent) for k in ks)}
    if any(_perceives(res, k, sent) for ks in persons.values() for k in ks):
        return -1  # ('A watched from the stands as B scored': A looks on, B acts)
    demoted = {e for e, ks in persons.items() if all(_demoted(res, k, sent) for k in ks)}
    rest = set(persons) - demoted
    if len(rest) != 1 or rest != subjects - demoted or not demoted:
        return -1
    e = rest.pop()
    return e if e in scores and res.ents[e].gender in (gender, None) else -1


#: Words after an object *her* that show it is no possessive (*kept her talking* is not).
_AFTER_OBJECT_HER = frozenset(
    "a an the that this to and or but as when after before on in at for with".split()
)


def _object_pronoun(lows: Sequence[str], j: int, last: int) -> str | None:
    """'m' or 'f' for an object *him* / *her* at token *j* (not a possessive *her* before a
    noun, *her talk*), else None."""
    if lows[j] == "him":
        return "m"
    if lows[j] != "her":
        return None
    nxt = lows[j + 1] if j + 1 <= last else "."
    return "f" if not nxt.isalpha() or nxt in _AFTER_OBJECT_HER or nxt.endswith("ing") else None


def drop_object_referent(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> None:
    """Binding (Chomsky 1981, principle B): an object *him*/*her* never means the subject of its
    own clause, so with two candidates of no known gender in the quiet sentence before token
    *at*, an object pronoun of the other gender than *gender*, after the second person's name
    and its verb, means the first: that person leaves *scores* (changed in place). *'A missed
    the tram after B kept him talking. "C," she said.'* is B's."""
    sent = quiet_prior_sentence(res, at)
    if sent is None:
        return
    persons = _persons(res, sent, scores)
    if len(persons) != 2 or any(res.ents[e].gender is not None for e in persons):
        return
    lows = res.lows
    found = ((j, _object_pronoun(lows, j, sent.last)) for j in range(sent.first, sent.last + 1))
    objects = [(j, g) for j, g in found if g is not None]
    if len(objects) != 1 or objects[0][1] == gender or "his" in lows[sent.first : sent.last + 1]:
        return
    j = objects[0][0]
    before = [(res.mentions[k].last, e) for e, ks in persons.items() for k in ks if res.mentions[k].last < j]
    if len(before) != 2:
        return
    (_, first), (_, nearest) = sorted(before)
    verb = _mention_end(res, next(k for k in persons[nearest])) + 1
    if not (verb < j <= verb + 2 and lows[verb].isalpha() and lows[verb] not in _NO_VERB):
        return  # (the pronoun must be the object of the nearer person's own verb)
    if first != nearest:
        del scores[first]
