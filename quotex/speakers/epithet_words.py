"""Epithet words: a description that points at one person by a place tied to it or a word of its title.

*Orla Kinsella of Oregon and Maeve Doherty of New Mexico shared a stage. "C," the Oregon
lawmaker said.* is Kinsella's: the place is tied to one person only. *Maeve Doherty faces Orla
Kinsella, the incumbent Democrat. "C," said the incumbent.* is Kinsella's: *incumbent* is a word
of one person's title, though not its head. Every word of the description must be found in
what the text says of that person (the words of its titles, a place written *NAME of PLACE*,
*NAME from PLACE*, *PLACE's NAME* or in the title, *Oregon Sen. NAME*); with a place found so,
the head noun may be new (*the Oregon lawmaker*, *the New York billionaire*) but never a body's,
a place's, a document's or the other gender's. Read last, when no title, role, age or body
resolves the description. Input: a :class:`~quotex.speakers.salience.Resolver`, the
description's lower-case words (article first) and the token it may not reach; output: the one
person it fits, or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.places import PLACE_WORDS
from quotex.lexicon.titles import GENERIC_BODIES
from quotex.speakers.salience import Resolver
from quotex.speakers.words import GENDER_NOUNS, POSSESSIVE_MARKS, PREPOSITIONS, is_authored, is_document

#: Words of a description that say nothing of whom it means (*the former Oregon senator*).
_FREE = frozenset("former then longtime veteran".split())
#: How many capitalised words after *of*/*from* (or before *'s*) make a tied place.
_PLACE_REACH = 3
#: How many mentions before the description are read for its persons (the latest first).
_MAX_MENTIONS = 60
#: How many mentions of a person are read for the places tied to it (the first ones).
_MAX_TIES = 20


def epithet_holder(res: Resolver, head_words: Sequence[str], lo: int, lexicon: Lexicon) -> int:
    """The one person named before token *lo* whose titles and tied places hold every word
    of the description *head_words* ('the', 'oregon', 'democrat'), or -1; with a tied place
    the head noun may be one the text never gave that person."""
    if not head_words or head_words[0] != "the":
        return -1
    words = [w for w in head_words[1:] if w not in _FREE]
    if not 1 <= len(words) <= 4 or not all(w.replace("-", "").isalpha() for w in words):
        return -1
    head, modifiers = words[-1], words[:-1]
    place = _place_in(modifiers)
    if (
        head in PLACE_WORDS
        or head in GENERIC_BODIES
        or head in lexicon.organization_nouns
        or is_authored(head)
        or is_document([head])
    ):
        return -1  # (a place's, a body's or a document's noun: 'the Oregon company', 'the book')
    rest = [w for w in modifiers if place is None or w not in place.split()]
    found = -1
    for e in _persons_before(res, lo):
        places, title_words, roles = _described(res, e, lo)
        if place is not None and place not in places and not set(place.split()) <= title_words:
            continue
        if any(w not in title_words for w in rest):
            continue
        if head not in roles:  # (a word of the role, not of its object: not 'book' of 'author of the book')
            gender = GENDER_NOUNS.get(head)
            if place is None or (gender is not None and res.ents[e].gender not in (None, gender)):
                continue
        if found >= 0:
            return -1  # (two persons fit: nothing tells them apart)
        found = e
    return found


def _place_in(modifiers: Sequence[str]) -> str | None:
    """The longest run of *modifiers* that is a place name ('new york'), or None."""
    for size in range(len(modifiers), 0, -1):
        for i in range(len(modifiers) - size + 1):
            phrase = " ".join(modifiers[i : i + size])
            if phrase in PLACE_WORDS:
                return phrase
    return None


def _persons_before(res: Resolver, lo: int) -> list[int]:
    """The person entities with a mention among the :data:`_MAX_MENTIONS` before token *lo*,
    the latest named first."""
    out: list[int] = []
    seen: set[int] = set()
    k0 = bisect.bisect_left(res.mention_starts, lo)
    for k in range(k0 - 1, max(-1, k0 - 1 - _MAX_MENTIONS), -1):
        e = res.table.of_mention[k]
        if e in seen or e < 0:
            continue
        seen.add(e)
        ent = res.ents[e]
        if ent.kind == "person" and not ent.unlikely_person:
            out.append(e)
    return out


def place_holder(res: Resolver, place: str, lo: int) -> int:
    """The one person named before token *lo* whom the text ties to the lower-case *place*
    ('Orla Kinsella of Oregon', 'Oregon's Orla Kinsella'), or -1."""
    tied = [e for e in _persons_before(res, lo) if place in _described(res, e, lo)[0]]
    return tied[0] if len(tied) == 1 else -1


def _described(res: Resolver, e: int, lo: int) -> tuple[set[str], set[str], set[str]]:
    """(places, title words, role words) the text gives person *e* before token *lo*: the
    lower-case places written after *of*/*from* or before *'s* at its mentions, the words of its
    titles, and of those the words before a title's first preposition ('incumbent', 'democrat'
    of 'the incumbent Democrat'; 'co-author' of 'co-author of the book')."""
    words, lows = res.tokens.words, res.lows
    places: set[str] = set()
    for k in res.ents[e].mentions[:_MAX_TIES]:
        m = res.mentions[k]
        if m.first >= lo:
            continue
        if m.last + 2 < len(words) and lows[m.last + 1] in ("of", "from"):
            run = _capitalised(words, m.last + 2, 1)
            places.update(" ".join(lows[i] for i in run[:n]) for n in range(1, len(run) + 1))
        if m.first >= 2 and words[m.first - 1] in POSSESSIVE_MARKS:
            run = _capitalised(words, m.first - 2, -1)[::-1]
            places.update(" ".join(lows[i] for i in run[-n:]) for n in range(1, len(run) + 1))
    title_words: set[str] = set()
    roles: set[str] = set()
    for title in res.ents[e].titles:
        split = [w.rstrip(".") for w in title.lower().replace(",", " ").split()]
        title_words.update(split)
        cut = next((k for k, w in enumerate(split) if w in PREPOSITIONS), len(split))
        roles.update(split[:cut])
    return places & PLACE_WORDS, title_words, roles


def _capitalised(words: Sequence[str], i: int, step: int) -> list[int]:
    """The indices of up to :data:`_PLACE_REACH` capitalised words from *i* on, in *step*'s direction."""
    out: list[int] = []
    while 0 <= i < len(words) and len(out) < _PLACE_REACH and words[i][:1].isupper() and words[i].isalpha():
        out.append(i)
        i += step
    return out
