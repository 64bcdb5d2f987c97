"""A title's initialism as a description: 'the CFO' after 'its chief financial officer, Owen
Kessler', 'the CEO' after 'Chief Electoral Officer of Karnataka Ana Rao'.

Input: the resolver and a description's head word (lower case, two to five letters; not a
place's abbreviation, *the US*); output: the person entity, the most salient one, whose stated
title ends in words with those initials, or -1 (:func:`aged_or_initialled` tries an age first,
*the 47-year-old*). Bounded by the resolver's salience window (no scan of the document).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.entities import Entity
from quotex.lexicon.titles import PLACE_ABBREVIATIONS
from quotex.speakers.ages import by_age
from quotex.speakers.salience import Resolver, most_salient

#: Words before the initialled words that make another post of it ('deputy chief executive
#: officer' is no CEO).
_OTHER_POST = frozenset(["deputy", "assistant", "vice", "associate", "joint", "under", "sub"])
#: Words that end a title's post (its affiliation follows: 'officer of Karnataka').
_POST_ENDS = frozenset(["of", "at", "for", "in", "with", "to", ",", "("])


def initialled_post(title: str, letters: str) -> bool:
    """Do the last words of *title*'s post (before its affiliation) have the initials
    *letters*, with no word before them that makes another post ('Chief Financial Officer' and
    'cfo'; not 'Deputy Chief Financial Officer')?"""
    return _initials_match(_post_words(title, inner_of=False), letters) or (
        " of " in title and _initials_match(_post_words(title, inner_of=True), letters)
    )  # ('member of parliament for X' and 'mp': the post's own *of* left out of its initials)


def _post_words(title: str, *, inner_of: bool) -> list[str]:
    """The lower-case words of *title*'s post, up to its affiliation; with *inner_of*, past one
    *of* inside the post, which its initials leave out ('member of parliament | for X')."""
    words: list[str] = []
    for w in title.lower().replace(",", " , ").replace("(", " ( ").split():
        if w == "of" and inner_of and words:
            inner_of = False
            continue
        if w in _POST_ENDS and words:
            break
        words.append(w.rsplit("'", 1)[0] if w.endswith(("'s", "’s")) else w)
    return words


def _initials_match(words: list[str], letters: str) -> bool:
    """Do the last words of a post (*words*) have the initials *letters*, with no word before
    them that makes another post?"""
    n = len(letters)
    tail = words[-n:]
    if len(tail) < n or "".join(w[:1] for w in tail) != letters:
        return False
    return not (len(words) > n and words[-n - 1] in _OTHER_POST)


def initialism_holder(res: Resolver, head: str, at: int, lo: int) -> int:
    """The person entity most salient at token *at* (mentions before index *lo*) whose title's
    post has the initials *head* (:func:`initialled_post`), or -1 when none does or two people
    of such titles are equally near."""

    def holds(ent: Entity) -> bool:
        return ent.kind == "person" and any(initialled_post(t, head) for t in ent.titles)

    scores = res.salience(at, lo, frozenset(), holds)
    if not scores:
        return -1
    top = most_salient(scores)
    rivals = [e for e, v in scores.items() if e != top and v >= scores[top] / 2]
    return -1 if rivals else top


def aged_or_initialled(res: Resolver, head_words: Sequence[str], head: str, at: int, lo: int) -> int | None:
    """'the 47-year-old' (:func:`by_age`), or 'the CFO' after 'its chief financial officer,
    NAME' (:func:`initialism_holder`; not 'the US'): the entity (-1 for an age nobody has), or
    None."""
    aged = by_age(res, head_words, at, lo)
    if (
        aged is None
        and len(head_words) == 2
        and 2 <= len(head) <= 5
        and head.isalpha()
        and head.upper() not in PLACE_ABBREVIATIONS
    ):
        e = initialism_holder(res, head, at, lo)
        return e if e >= 0 else None
    return aged
