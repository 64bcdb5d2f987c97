"""A listener and a speaker of one gender in the sentence before a *he*/*she*.

*Ida Roe listened as Ana Berg addressed the council. "C," she said.*: of two persons the
pronoun could mean, one only listens or watches (*listened*, *looked on*, *watched*, *sat in
silence*) and the other performs a speech act (*addressed*, *told*, *briefed*, *spoke*): the
pronoun refers to the one who spoke, whichever clause holds it (main, *as* or *while*). When
the other person does not speak either and both are known to agree, nothing tells the two
apart: no speaker. Input: a
:class:`~quotex.speakers.salience.Resolver`, the pronoun's gender and token and the
candidates' scores; output: an entity, -1 (no such sentence) or :data:`UNDECIDED`. Read by
:func:`~quotex.speakers.pronouns.resolve_pronoun`.
"""

from __future__ import annotations

import bisect

from quotex.mentions.title_spans import title_holder
from quotex.speakers.salience import Resolver

#: The answer when a listener and a person who does not speak stand side by side.
UNDECIDED = -2

#: Verbs whose subject attends to another's speech without speaking (English usage; our list).
_LISTEN_VERBS = frozenset("listened listens watched watches waited waits".split())
#: Verbs that show a listener with the word after them: *looked on*, *sat in silence*, *stood by*.
_LISTEN_POSTURES = frozenset("looked looks sat sits stood stands".split())
_LISTEN_PARTICLES = frozenset("on by in silently quietly".split())
#: Speech acts not in the lexicon's speech verbs: addressing a body, briefing it, phoning it.
_ADDRESS_VERBS = frozenset("addressed addresses briefed briefs rang rings phoned phones".split())
#: Adverbs between a subject and its verb ('Ana Roe then addressed ...').
_ADVERBS = frozenset("then also later again".split())


def _verb_after(res: Resolver, j: int, last: int) -> str:
    """'listen', 'speak' or '' for the verb at token *j* (after a name, to *last*)."""
    words, lows = res.tokens.words, res.lows
    if j <= last and lows[j] in _ADVERBS:
        j += 1
    if j > last or not words[j].islower():
        return ""
    word = words[j]
    if word in _LISTEN_VERBS or (word in _LISTEN_POSTURES and j < last and words[j + 1] in _LISTEN_PARTICLES):
        return "listen"
    kind = res.lexicon.verb_forms.get(word)
    if word in _ADDRESS_VERBS or (kind is not None and kind[1] == "speech" and word != "said"):
        return "speak"
    return ""


def speech_actor(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> int:
    """The person of the sentence just before token *at* (same paragraph, or the paragraph
    before when the pronoun's opens with the quotation) who spoke while the other of two
    persons of *gender* (or no known gender) only listened; :data:`UNDECIDED` when the other
    did not speak either and both are known to agree with *gender*; -1 when the sentence has
    no such pair, a quotation or another source."""
    table = res.table
    s_at, p_at = table.locate(at)
    if s_at == 0:
        return -1
    sent = table.sentences[s_at - 1]
    own = bisect.bisect_left(res.mention_starts, table.sentences[s_at].first)
    opens = all(k in res.quoted for k in range(own, bisect.bisect_left(res.mention_starts, at)))
    if not (sent.paragraph == p_at or (opens and sent.paragraph == p_at - 1)):
        return -1
    if res.quotes_in(s_at - 1):
        return -1  # (a C scan of its characters, once a sentence)
    spoke = {e for e, pos in res.spoke[-4:] if table.locate(pos)[0] == s_at - 1}
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    acts: dict[int, str] = {}
    for k in range(lo, hi):
        e = table.of_mention[k]
        if k in res.quoted or res.ents[e].unlikely_person:
            continue
        if title_holder(res.tokens.words, res.mentions, k) != k:
            continue  # (a name inside another's title is no actor: 'A, a lecturer at | X University |,')
        m = res.mentions[k]
        j = max(m.last, m.title_last) + 1
        if m.title_last > m.last and j < sent.last and res.tokens.words[j] == ",":
            j += 1  # (past its apposition: 'While B spoke, A, a nurse, waited outside')
        acts[e] = acts.get(e, "") or _verb_after(res, j, sent.last)
    if len(acts) != 2 or "listen" not in acts.values():
        return -1
    if any(e not in scores or res.ents[e].gender not in (gender, None) for e in acts):
        return -1
    speakers = [e for e, act in acts.items() if act == "speak"]
    if spoke - set(speakers[:1]):
        return -1  # (a source resolved there other than the one who spoke)
    if len(speakers) == 1:
        return speakers[0]
    # (no speech act: undecided only when both are known to agree, else the salience order)
    known = all(res.ents[e].gender == gender for e in acts)
    return UNDECIDED if known and list(acts.values()).count("listen") == 1 else -1
