"""*The former* and *the latter*: the first or the second of two persons just named.

English uses *the former*/*the latter* only when two referents were just named, in order (Quirk
et al. 1985 §6.56): *A and B spoke after the vote. The former said C1; the latter said C2.* The
source is the person named first or second in the nearest sentence before that names persons;
when that sentence names one person or more than two, neither word picks anyone and nobody is
credited (never the word itself as a name). Input: a
:class:`~quotex.speakers.salience.Resolver`, the source's first token and the word; output:
(entity, path) or (-1, None).
"""

from __future__ import annotations

import bisect

from quotex.mentions.title_spans import title_holder
from quotex.speakers.salience import Resolver

#: How many sentences back the pair may be named (the sentence before, or one more).
_SENTENCES_BACK = 2


def former_or_latter(res: Resolver, a: int, word: str) -> tuple[int, str | None]:
    """(entity, "nominal") for *the former* (*word* "former") or *the latter* at token *a*: the
    first or second of the two persons the nearest earlier sentence that names persons names, in
    the order written; (-1, None) when that sentence names fewer or more than two."""
    table, mentions = res.table, res.mentions
    s_at, p_at = table.locate(a)
    for s in range(s_at - 1, max(-1, s_at - 1 - _SENTENCES_BACK), -1):
        sent = table.sentences[s]
        if p_at - sent.paragraph > 1:
            break
        lo = bisect.bisect_left(res.mention_starts, sent.first)
        hi = bisect.bisect_right(res.mention_starts, sent.last)
        persons: list[int] = []
        for k in range(lo, hi):
            e = table.of_mention[k]
            inside = title_holder(res.tokens.words, mentions, k) != k  # (a body in a person's title)
            if k in res.quoted or inside or res.ents[e].kind != "person" or e in persons:
                continue
            persons.append(e)
        if persons:
            if len(persons) != 2:
                return -1, None
            e = persons[0] if word == "former" else persons[1]
            res.record(e, a)
            return e, "nominal"
    return -1, None
