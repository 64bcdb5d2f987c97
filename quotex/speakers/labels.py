"""Transcript labels that name a role: who speaks as ``MODERATOR:``, ``THE COURT:``, ``THE DEFENDANT:``.

A court record or a panel's transcript labels turns by role. The label is the person the
article gave that role: one titled with it (*Judge Ana Berg* for ``THE COURT:``, *moderator Ivo
Lund*), else one a verb gives it (*The panel was chaired by Ivo Lund*, *Ivo Lund moderated*;
*Ana Berg, 34, appeared before Judge ...*, *Judge ... jailed Ana Berg* for ``THE DEFENDANT:``;
*The committee heard from Dr. Ivo Lund*, *questioned Ivo Lund*, *Ivo Lund, a chemist, who
testified* for ``THE WITNESS:``).
Input: a :class:`~quotex.speakers.salience.Resolver` and the label's tokens; output: an entity
or -1 (the label then stays what the other rules make of it).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.mentions import Mention
from quotex.speakers.salience import Resolver, holds, most_salient

#: The role a label in capitals names (lower case, without *the*): *THE COURT* is the bench,
#: the judge who speaks for it; a panel's chair or moderator leads its talk; a host or presenter
#: leads a debate or a programme, and is never a guest who chairs another body.
LABEL_ROLES = {
    "court": "judge",
    "bench": "judge",
    "judge": "judge",
    "moderator": "moderator",
    "host": "host",
    "presenter": "host",
    "chair": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "defendant": "defendant",
    "accused": "defendant",
    "witness": "witness",
    "coroner": "coroner",
    "interviewer": "interviewer",
}
#: Modifiers that leave a label's role the same office ('PRESIDING JUDGE', 'COMMITTEE CHAIR',
#: 'DEBATE MODERATOR'; not 'DEPUTY CHAIR', 'VICE CHAIRMAN': another person).
_SAME_ROLE_MODIFIERS = frozenset("presiding committee panel debate inquiry inquest trial session".split())
#: Title nouns of each role's holder.
_TITLES = {
    "judge": ("judge", "magistrate"),
    "moderator": ("moderator", "host", "presenter", "chair", "chairman", "chairwoman", "chairperson"),
    "chair": ("chair", "chairman", "chairwoman", "chairperson"),
    "defendant": ("defendant",),
    "witness": ("witness",),
    "coroner": ("coroner",),
    "interviewer": ("interviewer", "host", "presenter"),
    "host": ("host", "presenter", "moderator", "interviewer"),
}
#: Verbs whose agent after *by* holds the role ('was chaired by Ivo Lund').
_BY_VERBS = {
    "judge": frozenset(["heard", "tried", "sentenced"]),
    "moderator": frozenset(["chaired", "moderated", "hosted", "presented", "led"]),
    "chair": frozenset(["chaired", "led"]),
    "defendant": frozenset(),
    "witness": frozenset(),
    "coroner": frozenset(["heard", "led", "opened"]),
    "interviewer": frozenset(["conducted", "interviewed", "questioned"]),
    "host": frozenset(["moderated", "hosted", "presented", "conducted", "interviewed"]),
}
#: Verbs whose subject holds the role ('Ivo Lund moderated the debate', 'Ana Berg, 34,
#: appeared before Judge ...', 'Ana Berg pleaded guilty').
_SUBJECT_VERBS = {
    "judge": frozenset(["presided", "presides", "sentenced", "jailed", "fined", "acquitted"]),
    "moderator": frozenset(["chaired", "chairs", "moderated", "moderates", "hosted", "hosts"]),
    "chair": frozenset(["chaired", "chairs"]),
    "defendant": frozenset(
        ["appeared", "appears", "pleaded", "pleads", "denied", "denies", "admitted", "admits"]
    ),
    "witness": frozenset(["testified", "testifies"]),
    "coroner": frozenset(["presided", "presides"]),
    "interviewer": frozenset(["interviewed", "interviews"]),
    "host": frozenset(["moderated", "moderates", "hosted", "hosts", "presented", "presents", "interviewed"]),
}
#: Verbs whose object holds the role ('Judge Ana Berg jailed Ivo Lund').
_OBJECT_VERBS = {
    "defendant": frozenset(["jailed", "sentenced", "convicted", "acquitted", "fined", "remanded"]),
    "witness": frozenset(["questioned", "quizzed", "grilled", "examined", "cross-examined"]),
}
#: A witness is also the one a hearing *heard from* ('the committee heard from Dr. Ivo Lund').
_HEARD_FROM = {"witness": frozenset(["heard"])}
#: How many tokens an apposition between a name and its *who* may hold ('Ivo Lund, a chemist
#: at Leith University, who testified').
_APPOSITION_REACH = 12
#: How many mentions before the label are read for a verb that gives the role.
_REACH = 40


def label_role(words: Sequence[str]) -> str:
    """The role a transcript label in capitals names ('MODERATOR', 'THE COURT' -> 'judge',
    'THE DEFENDANT', 'THE PRESIDING JUDGE': a modifier that keeps the office,
    :data:`_SAME_ROLE_MODIFIERS`), or ''."""
    if not words or not all(w.isupper() for w in words):
        return ""
    low = [w.lower() for w in words]
    if low[0] == "the":
        low = low[1:]
    if len(low) == 2 and low[0] in _SAME_ROLE_MODIFIERS:
        low = low[1:]
    return LABEL_ROLES.get(low[0], "") if len(low) == 1 else ""


def label_holder(res: Resolver, a: int, b: int, lo: int) -> int:
    """The person a role label (tokens *a..b*, :func:`label_role`) stands for, named before it
    (mention index *lo* is the first at or after *a*): the one with a title holding the role
    named nearest before it (within :data:`_REACH` mentions, not inside a quotation), else the
    most salient such, else the nearest one a verb gives the role (:func:`_given_role`); -1."""
    words = res.tokens.words
    role = label_role(words[a : b + 1])
    if not role:
        return -1
    titles = _TITLES[role]
    scores = res.salience(
        a,
        lo,
        frozenset(),
        lambda ent: ent.kind == "person" and any(holds(t, noun) for t in ent.titles for noun in titles),
    )
    if scores:
        # the holder named nearest before the label: the transcript's context introduces who
        # chairs it ('The chair of the committee, Councillor NAME, opened ...' after another
        # chair quoted earlier); else the most salient
        for k in range(lo - 1, max(-1, lo - 1 - _REACH), -1):
            e = res.table.of_mention[k]
            if e in scores and k not in res.quoted:
                return e
        return most_salient(scores)
    for k in range(lo - 1, max(-1, lo - 1 - _REACH), -1):
        e = res.table.of_mention[k]
        if res.ents[e].kind == "person" and _given_role(words, res.mentions[k], role):
            return e
    return -1


def _given_role(words: Sequence[str], m: Mention, role: str) -> bool:
    """Does a verb give the person of mention *m* the *role*: as the agent after *by* ('chaired
    by Ivo Lund'), as the subject (after an age or a *who*: 'Ana Berg, 34, appeared before'),
    or as the object ('jailed Ana Berg')?"""
    first, last = m.first, m.last
    if 0 <= m.title_first < first:
        first = m.title_first  # ('heard from Dr. Ivo Lund')
    elif first >= 2 and words[first - 1].endswith(".") and words[first - 1][:1].isupper():
        first -= 1  # ('heard from Dr. Ivo Lund, a chemist': the apposition is the title)
    before = words[first - 1].lower() if first >= 1 else ""
    if before == "by" and first >= 2 and words[first - 2].lower() in _BY_VERBS[role]:
        return True
    if before in _OBJECT_VERBS.get(role, ()):
        return True
    if before == "from" and first >= 2 and words[first - 2].lower() in _HEARD_FROM.get(role, ()):
        return True
    j = last + 1
    if j + 2 < len(words) and words[j] == "," and words[j + 1].isdigit() and words[j + 2] == ",":
        j += 3  # ('Ana Berg, 34, appeared')
    elif j + 1 < len(words) and words[j] == "," and words[j + 1].lower() == "who":
        j += 2
    elif j + 1 < len(words) and words[j] == "," and words[j + 1].lower() in ("a", "an", "the"):
        # ('Ivo Lund, a chemist at Leith University, who testified'): past the apposition
        close = next((k for k in range(j + 2, min(len(words), j + _APPOSITION_REACH)) if words[k] == ","), -1)
        if close > 0 and close + 1 < len(words) and words[close + 1].lower() == "who":
            j = close + 2
    return j < len(words) and words[j].lower() in _SUBJECT_VERBS[role]


#: Nouns for the turns of each side of an interview, by the label that marks them: the person
#: whose *answers* a court or article presents answers the ``A:`` turns (*the jury heard Ana
#: Berg's answers*), the one whose *questions* asks the ``Q:`` turns.
_TURN_NOUNS = {
    "answer": frozenset("answers replies responses".split()),
    "question": frozenset("questions questioning".split()),
}
#: Participles whose *by* agent put the questions of an interview (*the interview, conducted by
#: Det. Ivo Lund*, *questioned by*).
_ASKING_AGENTS = frozenset("conducted led questioned interviewed".split())


def turn_owner(res: Resolver, side: str, at: int) -> int:
    """The person a transcript's introduction names as owning one *side* ("answer" or
    "question") of the turns from the label at token *at*: the possessor of *answers* or
    *questions* (*Castellucci read Valchev's answers*), or for the questions the agent of a
    participle of interviewing (*the interview, which was conducted by Det. Paul Ridgeway*).
    The introduction is the paragraph before the first ``Q:`` label (or before *at*); one
    person must fit, else -1."""
    table, words = res.table, res.tokens.words
    first = res.first_question if 0 <= res.first_question <= at else at
    s_at, p = table.locate(first)
    found = set()
    for i in range(s_at - 1, -1, -1):  # (the sentences of the paragraph before, read once per side)
        s = table.sentences[i]
        if s.paragraph < p - 1:
            break
        if s.paragraph != p - 1:
            continue
        lo = _first_mention_at(res, s.first)
        for k in range(lo, len(res.mentions)):
            m = res.mentions[k]
            if m.first > s.last:
                break
            if k not in res.quoted and _owns_side(words, m, side):
                found.add(table.of_mention[k])
    people = [e for e in found if res.ents[e].kind == "person"]
    return people[0] if len(people) == 1 else -1


def _first_mention_at(res: Resolver, token: int) -> int:
    """The index of the first mention at or after *token*."""
    return bisect.bisect_left(res.mention_starts, token)


def _owns_side(words: Sequence[str], m: Mention, side: str) -> bool:
    """Does mention *m* own one *side* of an interview: a possessive with the side's noun
    (*Valchev's answers*, *Lund's own questions*), or for the questions the agent of
    :data:`_ASKING_AGENTS` (*conducted by Det. Ivo Lund*)?"""
    j = m.last + 1
    if j + 1 < len(words) and words[j] in ("'s", "’s"):
        nxt = j + 2 if words[j + 1].lower() == "own" else j + 1
        if nxt < len(words) and words[nxt].lower() in _TURN_NOUNS[side]:
            return True
    if side != "question":
        return False
    lead = m.title_first if 0 <= m.title_first < m.first else m.first
    return lead >= 2 and words[lead - 1] == "by" and words[lead - 2].lower() in _ASKING_AGENTS
