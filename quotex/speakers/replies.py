"""A reply's pronoun after a sentence in which one person told or asked another.

*Ana Berg told Maria Lopez that the bridge was closed. "Then we swim," she replied.*: nobody
replies to their own words, so the *she* of a reply (*replied*, *answered*, *retorted*, *shot
back*) is the person the sentence before spoke to (the object of *told*, *asked*, *warned*),
not its speaker, when that person may have the pronoun's gender. Input: a
:class:`~quotex.speakers.salience.Resolver`, the pronoun's gender and token and the
candidates' scores; output: an entity or -1. Read by
:func:`~quotex.speakers.pronouns.resolve_pronoun`.
"""

from __future__ import annotations

import bisect

from quotex.speakers.newest import prior_sentence
from quotex.speakers.salience import Resolver

#: Cue verbs that answer somebody (English usage; our list), with the particle of a phrasal one.
_REPLY_VERBS = frozenset(
    "replied replies answered answers responded responds retorted retorts countered counters".split()
)
_REPLY_PHRASALS = frozenset("shot fired hit".split())  # (*shot back*, *fired back*, *hit back*)
#: Verbs of speaking to somebody whose object is the one addressed ('told Maria Lopez that').
_ADDRESS_VERBS = frozenset(
    "told tells asked asks warned warns urged urges assured assures reminded reminds pressed"
    " presses questioned questions informed informs".split()
)


def _replies(word: str, after: str) -> bool:
    """Do the lower-case *word* and the word *after* it open a reply cue ('replied', 'shot
    back')?"""
    return word in _REPLY_VERBS or (word in _REPLY_PHRASALS and after == "back")


def _reply_cue(res: Resolver, at: int) -> bool:
    """Is the pronoun at token *at* the subject of a reply cue ('she replied', 'replied she',
    'she shot back')?"""
    lows = res.lows
    nxt = lows[at + 1] if at + 1 < len(lows) else ""
    return _replies(nxt, lows[at + 2] if at + 2 < len(lows) else "") or (
        at >= 1 and lows[at - 1] in _REPLY_VERBS
    )


def reply_addressee(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The one person the sentence before token *at* (:func:`~quotex.speakers.newest.
    prior_sentence`) names right after a verb of speaking to somebody (*told*, *asked*), when
    the pronoun at *at* replies (:func:`_reply_cue`), that person is in *scores* and has
    *gender* or none known, and somebody else is the verb's subject; -1 otherwise."""
    if not _reply_cue(res, at):
        return -1
    s = prior_sentence(res, at)
    if s < 0:
        return -1
    sent = res.table.sentences[s]
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    lows = res.lows
    found = -1
    for k in range(lo, hi):
        m = res.mentions[k]
        if m.first - 1 < sent.first or lows[m.first - 1] not in _ADDRESS_VERBS or k in res.quoted:
            continue
        e = res.table.of_mention[k]
        before = [res.table.of_mention[j] for j in range(lo, k)]
        if not before or e in before or (found >= 0 and found != e):
            return -1  # (no other person who spoke first, or two addressees)
        found = e
    if found < 0 or found not in scores or res.ents[found].gender not in (gender, None):
        return -1
    return found


#: How many of the latest quotations' speakers form the exchange a pronoun may turn back to.
EXCHANGE_TURNS = 3


def known_turn_taker(res: Resolver, gender: str, top: int, scores: dict[int, float]) -> int:
    """The one other speaker of the last :data:`EXCHANGE_TURNS` quotations whom a name, an
    honorific or a gendered role word (not a pronoun the resolver chose) shows to have the
    pronoun's *gender*, when the most salient person *top* shows no gender and last spoke in a
    reply to them (*replied*, *answered*, *shot back*: :func:`reply_cue`); or -1. In such an
    exchange ('"C1," said Hideo Arai. "C2," Tausaga Pouono replied. "C3," he said.') the
    pronoun a writer picks is the one that tells the two turn-takers apart: agreement, which
    the reader can check, outweighs the recency of a name whose gender nobody wrote. (Outside
    an exchange recency stands: '"C," X said of Y. "D," he said' goes on with X.)"""
    if res.ents[top].gender is not None or res.last_spoke.get(top, -1) not in res.replied:
        return -1
    turns = {e for e, _ in res.spoke[-EXCHANGE_TURNS:]}
    if top not in turns:
        return -1
    known = [
        e
        for e in turns
        if e != top
        and e in scores
        and res.ents[e].gender == gender
        and res.ents[e].evidence not in (None, "pronoun", "clause")
    ]
    return known[0] if len(known) == 1 else -1


def reply_cue(cue: str) -> bool:
    """Is the cue text *cue* a reply's ('replied', 'answered', 'shot back')?"""
    words = [*cue.lower().split(), "", ""]
    return _replies(words[0], words[1])
