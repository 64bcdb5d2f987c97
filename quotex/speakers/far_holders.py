"""The person a role nominal names when no reader found one in reach: *the skipper*, far back.

A feature introduces its people once with their titles (*Ana Roe, 44, the captain of Sorrelby
Rovers*, *Ida Berg, a marine biologist at X*) and may come back to one by a short reference
six paragraphs later, past the salience window (*"C," the skipper said*, *the marine biologist
said*). When every nearer reader has failed, the one person of the text, however far back, with
a title headed by the nominal's noun or in its broad class is that person; two such persons,
or none, leave the nominal as it is (a wrong person is worse than none). Input: a
:class:`~quotex.speakers.salience.Resolver`, the nominal's lower-case words, its token and the
index of the first mention after it; output: an entity index, or -1.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.titles import GENERIC_BODIES
from quotex.speakers.held_titles import earlier_entities
from quotex.speakers.hypernyms import class_conflict, far_class_holder
from quotex.speakers.nominals import title_head
from quotex.speakers.salience import Resolver
from quotex.speakers.words import AUTHORED

__all__ = ["far_holder"]


def far_holder(res: Resolver, head_words: Sequence[str], at: int, lo: int, *, found: int = -1) -> int:
    """The one person named before mention index *lo* whose title is headed by the head of *the
    NOUN* (*head_words*, lower case; 'the marine biologist' after 'a marine biologist at X'),
    else the one titled in the head's broad class (:func:`~quotex.speakers.hypernyms.far_class_holder`,
    'the skipper' after 'the captain of X'); -1 when none or several. A person a nearer reader
    *found* stays, unless a title of another class rules it out and one person holds the noun's
    (*the skipper* after a paragraph on *the manager*: the captain)."""
    if len(head_words) < 2 or head_words[0] != "the":
        return found
    head = head_words[-1]
    if found >= 0:
        other = far_class_holder(res, head_words, at, lo) if class_conflict(res.ents[found], head) else -1
        return other if other >= 0 else found
    if (
        head.isalpha()
        and head not in res.lexicon.organization_nouns
        and head not in AUTHORED
        and head not in GENERIC_BODIES
    ):
        titled = [
            e
            for e in earlier_entities(res, lo)
            if res.ents[e].kind == "person" and any(title_head(t) == head for t in res.ents[e].titles)
        ]
        if titled:
            return titled[0] if len(titled) == 1 else -1
    return far_class_holder(res, head_words, at, lo)
