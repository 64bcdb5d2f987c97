"""Group and issuer sources: a floating quantifier after a coordinated subject names the group
('A and B both said'), and *it* after a document issued in the sentence before names its issuer
('A and B issued a joint statement. "C," it said.').

Input: the resolver's state and a source's token range or token. Output: the group's name as
:func:`~quotex.speakers.names.coordinated` writes it ('NAME; NAME') or "", and the issuer's entity
or -1.
"""

from __future__ import annotations

import bisect

from quotex.lexicon.function_words import DOCUMENT_NOUNS
from quotex.lexicon.grammar import AUTHORING_VERBS
from quotex.mentions.title_spans import title_holder
from quotex.speakers.document_links import introduced_issuer
from quotex.speakers.names import coordinated
from quotex.speakers.salience import Resolver
from quotex.speakers.words import is_authored

#: Forms of *be* before a passive verb of issuing ('was published', 'were released').
_PASSIVE_BE = frozenset(["was", "were", "is", "are", "been"])


def _published_subject(res: Resolver, first: int, be: int) -> int:
    """The issuer of the document that subject tokens *first*..*be* - 1 name, before a passive
    verb of issuing ('The Audit Chamber's annual audit of the ministry | was published on
    Monday. It found C': the Chamber, its possessor; :func:`introduced_issuer`); -1 when the
    subject's head before *of* is no document or names no issuer."""
    lows = res.lows
    k = next((k for k in range(first, be) if lows[k] in ("of", ",")), be) - 1
    return introduced_issuer(res, k) if k > first and is_authored(lows[k]) else -1


#: Quantifiers that float after a coordinated subject ('A and B both said').
_FLOATING = frozenset(["both", "all"])


def floated_group(res: Resolver, a: int, b: int) -> str:
    """The group of a coordinated subject that a floating quantifier source at token *a* follows
    ('Ana Roe, ROLE, and Ivo Berg, ROLE2, | both said C'; Quirk et al. 1985, §6.13), as
    :func:`coordinated` names it; "" when the source is no such quantifier."""
    words = res.tokens.words
    if a != b or words[a].lower() not in _FLOATING or a == 0:
        return ""
    end = a - 1 if words[a - 1] == "," else a  # (the comma that closes the last one's title)
    k = bisect.bisect_left(res.mention_starts, a) - 1
    while k >= 0 and res.mentions[k].first > end:
        k -= 1
    k = title_holder(words, res.mentions, k) if k >= 0 else k
    m = res.mentions[k] if k >= 0 else None
    if m is None or max(m.last, m.title_last) + 1 != end:
        return ""
    return coordinated(res, k, m.first, max(m.last, m.title_last))


def issued_it(res: Resolver, a: int) -> int:
    """The issuer of the document that *it* at token *a* takes up: the last object of a verb of
    issuing in the sentence before, in this paragraph or the one before ('Ana Roe and Ivo Berg
    issued a joint statement on Friday. "C," it said.'): the subject's group (:func:`coordinated`)
    or entity; -1 when that sentence issues no document or names a body after it."""
    table, lows, mentions = res.table, res.lows, res.mentions
    s_at, p_at = table.locate(a)
    if s_at == 0:
        return -1
    prev = table.sentences[s_at - 1]
    if p_at - table.locate(prev.first)[1] > 1:
        return -1
    if (owner := _behalf_author(res, prev.first, prev.last)) >= 0:
        return owner  # ('NAME read out a statement on behalf of OTHER, ROLE of BODY. It said:')
    v = next(
        (
            k
            for k in range(prev.first + 1, min(prev.last, prev.first + _VERB_REACH))
            if lows[k] in AUTHORING_VERBS
        ),
        -1,
    )
    if v < 0:
        return _sender(res, prev.first, prev.last)
    if v - 1 > prev.first and lows[v - 1] in _PASSIVE_BE:
        return _published_subject(res, prev.first, v - 1)  # ("X's audit of Y was published. It found")
    j = v + 1
    while j <= prev.last and j - v <= _DOCUMENT_WORDS and not is_authored(lows[j]):
        j += 1
    after = bisect.bisect_right(res.mention_starts, j)
    if (
        j > prev.last
        or j - v > _DOCUMENT_WORDS
        or (after < len(mentions) and mentions[after].first <= prev.last)
    ):
        return -1  # (no document, or a name after it: 'issued a statement with Kestrel Ferries')
    n = bisect.bisect_right(res.mention_starts, v - 1) - 1
    if n < 0 or mentions[n].last != v - 1 or mentions[n].first < prev.first:
        return -1
    group = coordinated(res, n, mentions[n].first, v - 1)
    return res.phrase_entity(group, "other") if group else table.of_mention[n]


def _behalf_author(res: Resolver, first: int, last: int) -> int:
    """The person or body a document of tokens *first..last* is written for, *on behalf of* whom
    it was read or issued, named right after *of* ('read out a statement on behalf of NAME'): its
    entity; else -1. The reader only relays the words."""
    lows, mentions = res.lows, res.mentions
    for k in range(first + 2, last - 1):
        if (
            lows[k] == "behalf"
            and lows[k + 1] == "of"
            and any(is_authored(w) for w in lows[max(first, k - 5) : k])
        ):
            n = bisect.bisect_left(res.mention_starts, k + 2)
            if n < len(mentions) and mentions[n].first <= k + 3:
                return res.table.of_mention[n]
    return -1


#: The most tokens before the verb of issuing in its sentence ('A, ROLE at BODY, and B issued').
_VERB_REACH = 40
#: The most tokens between a verb of issuing and its document ('issued a short joint statement').
_DOCUMENT_WORDS = 4


def _sender(res: Resolver, first: int, last: int) -> int:
    """The entity of a person or body named right after a document's noun and *from* in tokens
    *first..last* ('She said she had received a message from NAME, ROLE, on Friday.'): the
    document's sender, whose words a later *"C," it read.* gives; -1 when none."""
    lows, mentions = res.lows, res.mentions
    for k in range(first + 1, last):
        if lows[k] == "from" and (is_authored(lows[k - 1]) or lows[k - 1] in DOCUMENT_NOUNS):
            n = bisect.bisect_left(res.mention_starts, k + 1)
            if n < len(mentions) and mentions[n].first == k + 1:
                return res.table.of_mention[n]
    return -1


def joint_they(res: Resolver, pronoun: str, at: int, lo: int) -> tuple[int, str] | None:
    """(group, path) for a *they* at token *at* when the last to speak was a group (names credited
    together, 'A; B': :func:`~quotex.speakers.names.coordinated`) in its sentence or the one before
    ('The Department of X and the Ministry of Y said in a joint statement that C. "Q," they
    added': both, not the last named); else None."""
    if pronoun != "they" or not res.spoke:
        return None
    e, pos = res.spoke[-1]
    if "; " not in res.ents[e].name or pos >= at or res.table.locate(at)[0] - res.table.locate(pos)[0] > 1:
        return None
    return e, res.distance_path(e, at, lo)
