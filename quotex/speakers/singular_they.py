"""Singular *they*: a person the text says uses *they/them* is the *they* that speaks after.

'NAME uses they/them pronouns. "C," they told the Gazette.', 'said NAME, who uses they/them
pronouns and has worked at X since 2006. "D," they said.': without this, *they* looks for a
body or a group only and credits the person's words to the workshop named in their title.
(The Associated Press Stylebook, "they, them, their", 2017: singular *they* for a person who
uses it.)

Input: the resolver's state, a pronoun source's token and the mentions before it. Output: the
entity of the person who uses *they*, or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.mentions.title_spans import title_holder
from quotex.speakers.nominals import nominal_antecedent
from quotex.speakers.salience import Resolver, body_or_group

#: Words before *they/them* that state a person's pronouns ('uses', 'prefers', 'goes by').
_STATING = frozenset(["uses", "use", "used", "prefers", "prefer", "by", "(", "pronouns", "pronoun"])

#: How many mentions back :func:`singular_they` looks for the person.
_REACH = 12


def they_people(res: Resolver) -> frozenset[int]:
    """The entities the text states use *they* ('NAME uses they/them pronouns', 'NAME, who uses
    they/them,', 'NAME (they/them)'): the last mention of the sentence before the statement (or
    the person whose title holds it), no body's. Read once per text."""
    if res.they_people is not None:
        return res.they_people
    lows, mentions, table = res.lows, res.mentions, res.table
    found: set[int] = set()
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] != "they" or lows[k + 1] != "/" or lows[k + 2] != "them" or lows[k - 1] not in _STATING:
            continue
        sent = table.sentences[table.locate(k)[0]]
        j = bisect.bisect_left(res.mention_starts, k) - 1
        j = title_holder(res.tokens.words, mentions, j) if j >= 0 else j  # ('NAME, ROLE at BODY, uses')
        if (
            j >= 0
            and mentions[j].first >= sent.first
            and res.ents[table.of_mention[j]].kind != "organization"
        ):
            found.add(table.of_mention[j])
    res.they_people = frozenset(found)
    return res.they_people


def singular_they(
    res: Resolver, pronoun: str, at: int, lo: int, skip: frozenset[int], *, parts: Sequence[tuple[int, int]]
) -> tuple[int, str] | None:
    """(entity, path) of the person who uses *they* whose mention is the newest before mention
    index *lo*, for a *they* source at token *at*: no body or group named after that person's
    sentence, no plural noun subject to take *they* up; else None."""
    people = they_people(res) if pronoun == "they" else frozenset()
    if not people or nominal_antecedent(res, at, parts, ("they",), 0.0) is not None:
        return None
    of_mention = res.table.of_mention
    body_sentence = -1  # (the newest sentence that names a body or a group, going back)
    for k in range(lo - 1, max(-1, lo - 1 - _REACH), -1):
        if k in skip:
            continue
        e = of_mention[k]
        s_k = res.where(k)[0]
        if e in people:
            # ('NAME, ROLE at BODY, uses they/them': a body in the person's own sentence is theirs)
            return (e, res.distance_path(e, at, lo)) if body_sentence in (-1, s_k) else None
        if body_or_group(res.ents[e]) and body_sentence < 0:
            body_sentence = s_k
    return None
