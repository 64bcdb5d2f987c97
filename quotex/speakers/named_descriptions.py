"""A description the next words name: *One resident, a pensioner named NAME, said*, *"Q," said one
of the rescuers, a volunteer named NAME.*, *The driver, identified only as Mr NAME, said*.

The attribution stage's source is the description; the name set after it by a naming phrase
(:mod:`quotex.mentions.naming_phrases`), in apposition or right after it, is who that person is,
and so the speaker (Quirk et al. 1985, §17.65: an apposition names the same referent). Input: a
:class:`~quotex.speakers.salience.Resolver`, the source tokens and the cue; output: the last token
of the name, to extend the source to, or the source's own last token.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.mentions.naming_phrases import SEPARATORS, description_before, named_description, person_head
from quotex.speakers.salience import Resolver

#: How many tokens may stand between a description and the name its naming phrase gives.
_REACH = 16
#: Marks that may stand between the name and a cue after it (', said', ' — said', ') said').
_BEFORE_CUE = frozenset([",", "—", "–", "-", "--", ")"])


def named_source(res: Resolver, a: int, b: int, cue: tuple[int, int] | None) -> tuple[int, int]:
    """Source tokens *a..b* widened to the name a naming phrase gives their description
    (:func:`named_description_end`), or narrowed to the phrase of the person whose description
    holds a named one (:func:`owner_of_named`)."""
    b = named_description_end(res, a, b, cue)
    owner = owner_of_named(res, a, b)
    return owner if owner is not None else (a, b)


def named_description_end(res: Resolver, a: int, b: int, cue: tuple[int, int] | None) -> int:
    """The last token of a person's name that a naming phrase gives the description in source
    tokens *a..b*, right after them or in apposition to them ('One resident, a pensioner named
    NAME,' / ' — identified only as NAME —' / ' (known as NAME)'); *b* when none. The name
    must stand between the source and a cue after it, with only marks before the cue, or close
    the clause after a cue before the source ('said one of them, a volunteer named NAME.')."""
    words, lows, mentions = res.tokens.words, res.lows, res.mentions
    n = bisect.bisect_right(res.mention_starts, b)
    if n >= len(mentions) or mentions[n].first - b > _REACH or not words[b][:1].isalnum():
        return b
    m = mentions[n]
    if res.table.entities[res.table.of_mention[n]].kind != "person":
        return b
    chain = m.first - (m.first - 1 > b and lows[m.first - 1].rstrip(".") in res.lexicon.honorifics)
    found = named_description(words, lows, chain, m.last, a, lexicon=res.lexicon)
    if found[0] < 0 or not _joined(words, lows, a, b, found):
        return b
    starts = res.tokens.starts
    if cue is not None and cue[0] >= res.tokens.ends[m.last]:
        gap = range(m.last + 1, bisect.bisect_left(starts, cue[0], m.last + 1))  # (the tokens before the cue)
        verbs = res.lexicon.verb_forms  # (the cue may be a colon after the verb: 'NAME) said:')
        return m.last if all(words[k] in _BEFORE_CUE or lows[k] in verbs for k in gap) else b
    return m.last


def _joined(words: Sequence[str], lows: Sequence[str], a: int, b: int, found: tuple[int, int, int]) -> bool:
    """Does the description *art..end* before the naming phrase at *p* (*found*: (p, art, end))
    belong to source tokens *a..b*: it is the source itself ('a volunteer named'), or a
    description in apposition after a mark ('One resident, a pensioner named')?"""
    p, art, end = found
    if art == a and end == b:
        return True  # ('a nurse | named NAME', 'The driver | , identified only as NAME'; not 'the
        # mother of a boy named NAME': the name is the boy's)
    if end == b and a < art - 1 and words[art - 1] in SEPARATORS:
        b = art - 2  # (the apposition inside the source: 'one of the rescuers, | a farmer')
    elif art != b + 2 or words[b + 1] not in SEPARATORS or end != p - 1:
        return False
    return description_before(words, lows, b, a) >= 0 or a == b or _owned(words, lows, a, b)


def _owned(words: Sequence[str], lows: Sequence[str], a: int, b: int) -> bool:
    """Are source tokens *a..b* a possessed noun phrase ('Her son', "Lund's lawyer"): a
    possessive pronoun or a name's *'s*, then lower-case words?"""
    if b - a > 4 or not words[b].isalpha() or not words[b].islower():
        return False
    mark = next((k for k in range(a, b) if lows[k] in ("'s", "’s")), -1)
    start = mark + 1 if mark >= 0 else (a + 1 if lows[a] in ("his", "her", "their", "its") else -1)
    return a < start <= b and all(w.isalpha() and w.islower() for w in words[start : b + 1])


#: Prepositions that make a named description part of another person's phrase ('the mother of
#: a boy named NAME', 'a friend of a woman known as NAME').
_OWNER_LINKS = frozenset(["of", "for", "to", "with"])


def owner_of_named(res: Resolver, a: int, b: int) -> tuple[int, int] | None:
    """The phrase of the person whose description holds the named one when source tokens *a..b*
    are a name that a naming phrase gives a description after a preposition ('The mother of a
    boy named NAME said': 'The mother of a boy', not NAME); None otherwise."""
    words, lows, mentions = res.tokens.words, res.lows, res.mentions
    n = bisect.bisect_left(res.mention_starts, a)
    if n >= len(mentions) or mentions[n].first != a or mentions[n].last != b:
        return None
    floor = res.table.sentences[res.table.locate(a)[0]].first
    p, art, end = named_description(words, lows, a, b, floor, lexicon=res.lexicon)
    if p < 0 or art - 2 < floor or lows[art - 1] not in _OWNER_LINKS:
        return None
    outer = description_before(words, lows, art - 2, floor)
    if outer < 0 or not person_head(lows[art - 2], res.lexicon):
        return None
    return outer, end
