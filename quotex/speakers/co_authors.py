"""Two writers of a text: a document they may both have written names neither.

*Justice Ana Berg wrote a dissent, and Judge Ivo Lund wrote one of his own. "C," the dissent
said* and *Berg and Lund wrote a joint dissent* leave *the dissent* with two possible authors;
the issuer rule (:func:`~quotex.speakers.documents.issuer`) then abstains rather than pick the
more salient one. Input: a :class:`~quotex.speakers.salience.Resolver` and token positions;
output: the set of entities that write a text in the sentences before.
"""

from __future__ import annotations

from collections.abc import Iterator

from quotex.lexicon.grammar import AUTHORING_VERBS
from quotex.speakers.nominals import NOMINAL_SENTENCES
from quotex.speakers.salience import Resolver
from quotex.speakers.words import PREPOSITIONS

#: The kinds of entity that write a text (not a place: 'the Museum in Washington issued').
_WRITERS = frozenset(["person", "organization"])
#: Adverbs between a writer and the verb of writing ('Berg also wrote', 'Lund separately issued').
_BETWEEN = frozenset("also separately then later alone jointly".split())


def _writes(words: tuple[str, ...] | list[str], k: int) -> bool:
    """Is token *k* (after a name) a verb of writing, perhaps after one adverb ('wrote', 'also
    wrote')?"""
    if k >= len(words):
        return False
    low = words[k].lower()
    if low in _BETWEEN and k + 1 < len(words):
        low = words[k + 1].lower()
    return low in AUTHORING_VERBS


def earlier_mentions(res: Resolver, at: int, lo: int) -> Iterator[int]:
    """The indexes of the mentions before index *lo*, nearest first, in the sentences before
    token *at*'s (not its own), at most NOMINAL_SENTENCES back and in this paragraph or the one
    before: where a text read at *at* may have been issued or written."""
    s_at, p_at = res.table.locate(at)
    for k in range(lo - 1, -1, -1):
        s_k, p_k = res.where(k)
        if s_at - s_k > NOMINAL_SENTENCES or p_at - p_k > 1:
            return
        if s_k != s_at:
            yield k


def writers_before(res: Resolver, at: int, lo: int) -> set[int]:
    """The entities that the sentences before token *at* (mentions before index *lo*, at most
    NOMINAL_SENTENCES back, in this paragraph or the one before) name as writing a text: a name
    right before a verb of writing ('Judge Ivo Lund wrote'), or joined by *and* to such a name
    ('Ana Berg and Ivo Lund wrote')."""
    table, words, mentions, lows = res.table, res.tokens.words, res.mentions, res.lows
    found: set[int] = set()
    joined = False  # (the mention after this one writes, and *and* joins them)
    for k in earlier_mentions(res, at, lo):
        m = mentions[k]
        nxt = m.last + 1
        first = m.title_first if 0 <= m.title_first < m.first else m.first
        e = table.of_mention[k]
        writes = _writes(words, nxt) or (joined and nxt < len(words) and lows[nxt] == "and")
        # (a subject: no place after a preposition, 'the Museum in | Washington issued')
        writes = writes and res.ents[e].kind in _WRITERS and not (first and lows[first - 1] in PREPOSITIONS)
        if writes:
            found.add(e)
        joined = writes and first > 0 and lows[first - 1] == "and"
    return found
