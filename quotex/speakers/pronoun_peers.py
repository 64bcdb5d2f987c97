"""Persons a *he*/*she* cannot tell apart, and persons it has just excluded.

Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun's gender, its token and the
candidates' salience scores; output: whether the top candidate has an equal peer
(:func:`coordinated_peer`), or the scores with a person the sentence before called by the
other gender's pronoun dropped (:func:`other_gender_subject`). Read by
:func:`~quotex.speakers.pronouns.resolve_pronoun`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from quotex.attributions.context import after_time_phrase, time_phrase
from quotex.lexicon.function_words import PRONOUNS
from quotex.mentions.appointments import OBJECT_VERBS
from quotex.mentions.words import past_form
from quotex.speakers.salience import WINDOW_PARAGRAPHS, Resolver, body_like, most_salient

#: Computes salience for a gender at a token: (resolver, gender, token, mention index) -> scores.
Scorer = Callable[[Resolver, str, int, int], dict[int, float]]


def coordinated_peer(res: Resolver, top: int, at: int, scores: dict[int, float]) -> bool:
    """Is the most salient person *top* named before token *at* only in one coordinated pair
    *A and B* ('Tom Reyes and Gordon Hargreave met on Monday', 'drawn up by A and B', 'A or
    B', 'neither A nor B'), whose other member is known to have *top*'s gender too (a listed
    first name, an honorific, a gendered role noun), neither having spoken? Nothing then tells
    the two apart: a *he*/*she* that follows is undecided (no speaker). Two names of no known
    gender are left to :func:`~quotex.speakers.pronouns.agreeing_rival` (a reader may know
    *Wiremu* from *Liesbeth*)."""
    if top in res.last_spoke:
        return False
    ent, mentions = res.ents[top], res.mentions
    before = [k for k in ent.mentions if mentions[k].first < at]
    if len(before) != 1:
        return False
    k = before[0]
    words, of_mention = res.tokens.words, res.table.of_mention
    for j, (a, b) in ((k + 1, (k, k + 1)), (k - 1, (k - 1, k))):
        if not 0 <= j < len(mentions) or mentions[a].last + 2 != mentions[b].first:
            continue
        if words[mentions[a].last + 1].lower() not in _JOINS:
            continue
        peer = of_mention[j]
        other = res.ents[peer]
        if (
            peer != top
            and peer in scores
            and peer not in res.last_spoke
            and other.gender == ent.gender is not None
            and [m for m in other.mentions if mentions[m].first < at] == [j]
        ):
            return True
    return False


def possessor_only(res: Resolver, e: int, at: int) -> bool:
    """Is every mention of entity *e* before token *at* a possessor (*B's plan*, *Gonçalves'
    plan*)?"""
    words = res.tokens.words
    lasts = [res.mentions[k].last for k in res.ents[e].mentions if res.mentions[k].first < at]
    return bool(lasts) and all(j + 1 < len(words) and words[j + 1] in ("'s", "’s", "'", "’") for j in lasts)


def joined_subject(res: Resolver, top: int, e: int, at: int) -> bool:
    """Is person *e*, named once before token *at*, joined by *and* to *top*'s one mention, with
    no verb between ('A, a net mender, and B, a kiln operator, both spoke': one coordinated
    subject, so *top*'s title or place gives it no lead over *e*)?"""
    mentions, words, verbs = res.mentions, res.tokens.words, res.lexicon.verb_forms
    tops = [mentions[k] for k in res.ents[top].mentions if mentions[k].first < at]
    others = [mentions[k] for k in res.ents[e].mentions if mentions[k].first < at]
    if len(tops) != 1 or len(others) != 1 or not tops[0].last < others[0].first - 1:
        return False
    between = words[tops[0].last + 1 : others[0].first]
    return between[-1].lower() == "and" and not any(
        w.islower() and (w in verbs or past_form(w)) for w in between
    )


#: Conjunctions that join two names as equals ('A and B', 'A or B', 'neither A nor B').
_JOINS = frozenset(("and", "or", "nor"))


def other_gender_subject(
    res: Resolver, gender: str, at: int, scores: dict[int, float], score: Scorer
) -> None:
    """A *he* or *she* of the other gender than *gender* opening one of the two sentences
    before token *at* as their subject, with no source resolved there (*'Sascha Dunmore, the
    analyst, asked for an inquiry. Last year he lost a vote.'*), names the person of no known
    gender that was most salient for it (*score*): that person is not this pronoun's
    antecedent. Drops it from *scores* (changed in place) when another candidate is known to
    agree with *gender* or shows a person (*'Ms. Moravec ... "C," she said'*), so that a name
    with no sign of a person does not inherit the pronoun."""

    if len(scores) < 2:
        return
    table = res.table
    s_at, p_at = table.locate(at)
    spoke_at = {table.locate(pos)[0] for _, pos in res.spoke[-4:]}
    for s in range(s_at - 1, max(-1, s_at - 3), -1):
        if s in spoke_at or p_at - table.sentences[s].paragraph > WINDOW_PARAGRAPHS:
            return
        t = pronoun_subject(res, s)
        other = PRONOUNS[res.tokens.words[t].lower()][0] if t >= 0 else None
        if other is None or other == gender:
            continue
        before = score(res, other, t, bisect.bisect_left(res.mention_starts, t))
        if before:
            e = most_salient(before)
            if (
                e in scores
                and res.ents[e].gender is None
                and any(_fits(res, f, gender) for f in scores if f != e)
            ):
                del scores[e]
        return


def _fits(res: Resolver, e: int, gender: str) -> bool:
    """Is entity *e* known to agree with *gender*, or shown as a person of no known gender?"""
    ent = res.ents[e]
    return ent.gender == gender or (ent.gender is None and ent.person_evidence)


def pronoun_subject(res: Resolver, s: int) -> int:
    """The token of the *he* or *she* that is sentence *s*'s subject ('She said ...',
    'On Monday she went ...', 'Later, he ...'), or -1 (computed on first use)."""
    got = res.pronoun_subjects.get(s)
    if got is None:
        words, sent = res.tokens.words, res.table.sentences[s]
        i = sent.first
        if time_phrase(words, i, sent.last):
            i = words.index(",", i, sent.last + 1) + 1
        else:
            i = after_time_phrase(words, i, sent.last)
        ok = i < sent.last and words[i].lower() in ("he", "she") and words[i + 1].islower()
        got = res.pronoun_subjects[s] = i if ok else -1
    return got


#: The most words between a participle adjunct's comma and its object ('replacing', 'taking
#: over from').
_PARTICIPLE_SPAN = 4


def participle_object(res: Resolver, e: int, top: int, at: int) -> bool:
    """Is every mention of person *e* in the salience window before token *at* the object of a
    participle adjunct of a sentence whose subject is *top* (*'B was sworn in on Monday,
    replacing A.'*, *', taking over from A'*): a comma, a lower-case *-ing* word and at most a
    few lower-case words before
    it? The adjunct's own subject is the main clause's: *A* is a participant of *B*'s action,
    never a rival to *B* for the *he*/*she* that follows."""
    mentions, words = res.mentions, res.tokens.words
    before = res.in_window(e, at)  # (the salience window: linear however often they are named)
    subjects = [k for k in res.in_window(top, at) if res.subject(k)]
    if not before or not subjects:
        return False
    for k in before:
        f = mentions[k].first
        subject = [s for s in subjects if res.where(s)[0] == res.where(k)[0] and mentions[s].last < f]
        lead = words[max(0, f - _PARTICIPLE_SPAN - 1) : f]
        comma = max((i for i, w in enumerate(lead) if w == ","), default=-1)
        tail = lead[comma + 1 :]
        participle = comma >= 0 and bool(tail) and tail[0].endswith("ing") and all(w.islower() for w in tail)
        if not (subject and participle):
            return False
    return True


#: Relative pronouns that open a non-restrictive relative clause about a person.
_PERSON_RELATIVES = frozenset(["who", "whom", "whose"])
#: How many tokens a relative clause between commas may run before its closing comma.
_RELATIVE_SPAN = 16


def relative_object(res: Resolver, e: int, top: int) -> bool:
    """Is every mention of person *e* inside a relative clause set off by commas after a
    mention of *top* (*'A, who trained B, watched from the gate.'*)? The clause is background
    to *top*, the sentence's subject: *B* is no rival to *A* for the *he*/*she* that follows."""
    mentions, words, lows = res.mentions, res.tokens.words, res.lows
    clauses = []
    for k in res.ents[top].mentions:
        j = mentions[k].last + 1
        if j + 1 < len(words) and words[j] == "," and lows[j + 1] in _PERSON_RELATIVES:
            end = next((m for m in range(j + 2, min(len(words), j + _RELATIVE_SPAN)) if words[m] == ","), -1)
            clauses.append((j + 1, end))
    return bool(clauses) and all(
        any(a < mentions[k].first and mentions[k].last < b for a, b in clauses) for k in res.ents[e].mentions
    )


def sentence_antecedent(
    res: Resolver,
    pronoun: str,
    at: int,
    lo: int,
    skip: frozenset[int],
    *,
    scores: dict[int, float],
    as_body: bool,
) -> tuple[int, bool]:
    """(the one candidate of *scores* named earlier in the sentence of an *it* or *they* at
    token *at*, or -1; whether it is a name read as a body): *'Kestrel Ferries lost customers
    after it said ...'*, *'Protesters picketed Kestrel Ferries after it said ...'*. A pronoun's
    own sentence outranks a body that spoke in the sentence before (Lappin and Leass 1994:
    sentence recency weighs most); for *it*, a name with no sign of a person counts too when no
    organisation is named there (a company no noun marks: *Dunmore Bus Lines*)."""
    e = _named_in_sentence(res, at, scores, skip)
    if e < 0 and pronoun == "it" and not as_body:
        e = _named_in_sentence(res, at, res.salience(at, lo, skip, body_like), skip)
        return e, e >= 0
    return e, False


def _named_in_sentence(res: Resolver, at: int, scores: dict[int, float], skip: frozenset[int]) -> int:
    """The one entity of *scores* with a mention (not in *skip*) before token *at* in its
    sentence, else -1 (the sentence's mentions found by bisection)."""
    first = res.table.sentences[res.table.locate(at)[0]].first
    lo = bisect.bisect_left(res.mention_starts, first)
    hi = bisect.bisect_left(res.mention_starts, at)
    found = {res.table.of_mention[k] for k in range(lo, hi) if k not in skip} & scores.keys()
    return found.pop() if len(found) == 1 else -1


def participle_subject(res: Resolver, e: int, at: int, scores: dict[int, float]) -> int:
    """The person of *scores* whose sentence's participle adjunct has *e* as its only
    object (:func:`participle_object`) and who may agree with the pronoun (no other gender
    known), else *e*: the main clause's subject, not the one it replaces or succeeds."""
    for t in scores:
        if t != e and res.ents[t].gender in (None, res.ents[e].gender) and participle_object(res, e, t, at):
            return t
    return e


def appointer(res: Resolver, e: int, top: int) -> bool:
    """Is a mention of person *e* the subject right before a verb of appointment whose object
    is a mention of *top* (*'A hired B as deputy manager'*)? The post that titles *B* is no sign
    that *A*, who gave it, is less a person than *B*: neither shows a gender, nothing tells
    them apart."""
    mentions, lows = res.mentions, res.lows
    objects = {mentions[k].first for k in res.ents[top].mentions}
    for k in res.ents[e].mentions:
        j = mentions[k].last + 1
        if j + 1 < len(lows) and lows[j] in OBJECT_VERBS and j + 1 in objects:
            return True
    return False


def other_gender_object(res: Resolver, gender: str, at: int) -> bool:
    """Does the pronoun at token *at* have an object pronoun of the other gender after its verb
    ('She told him', 'he later asked her')? The object is someone else the passage named."""
    other = "him" if gender == "f" else "her"
    return other in res.lows[at + 2 : at + 4]
