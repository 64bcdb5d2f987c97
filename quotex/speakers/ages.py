"""Nominals that name a person by age: *the 47-year-old*, *the teenager*, *the older engineer*.

Input: a :class:`~quotex.speakers.salience.Resolver`, a nominal's lower-case words and where it
stands; output: the entity it names (-1 when none), or None when the nominal names no age. Read
by :func:`~quotex.speakers.nominals.resolve_nominal`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotex.speakers.held_titles import earlier_entities, modified_title
from quotex.speakers.salience import Resolver, most_salient

_AGE = regex.compile(r"^(\d{1,3}) ?-? ?year ?-? ?old$")
#: An age before a noun: 'the 54-year-old officer', 'the 61-year-old retired nurse'.
_AGE_BEFORE_NOUN = regex.compile(r"^(\d{1,3}) ?-? ?year ?-? ?old(?: [a-z]+){1,3}$")


#: Nouns of an age range -> (youngest, oldest): 'the teenager' is the one person aged 13 to 19.
_AGE_NOUNS = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 120),
}


#: Comparatives of age before a noun ('the older engineer'): +1 the oldest, -1 the youngest.
_COMPARED_AGES = {"older": 1, "elder": 1, "oldest": 1, "eldest": 1, "younger": -1, "youngest": -1}


def _by_compared_age(res: Resolver, word: str, at: int, lo: int) -> int:
    """'the older engineer' -> of the persons in view with a stated age (two or more), the
    one oldest (or youngest) alone; -1 when fewer than two ages are known or two share it."""
    aged = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and _aged(ent.age, 1, 120))
    if len(aged) < 2:
        return -1
    sign = _COMPARED_AGES[word]
    ranked = sorted(aged, key=lambda e: -sign * int(res.ents[e].age or 0))
    first, second = (int(res.ents[e].age or 0) for e in ranked[:2])
    return ranked[0] if first != second else -1


def _aged(age: str | None, young: int, old: int) -> bool:
    return age is not None and age.isdigit() and young <= int(age) <= old


def _aged_before(res: Resolver, years: str, lo: int) -> list[int]:
    """The persons named before mention index *lo* whose stated age is *years*."""
    return [e for e in earlier_entities(res, lo) if res.ents[e].kind == "person" and res.ents[e].age == years]


def by_age(res: Resolver, head_words: Sequence[str], at: int, lo: int) -> int | None:
    """'the 47-year-old' -> the most salient person of that age (else of no age given, one
    shown as a person first); 'the 47-year-old officer' -> the most salient person of that
    age, else the one person in reach of no age given, else None (the noun is read on);
    'the teenager' -> the one person whose age is in the noun's range (:data:`_AGE_NOUNS`),
    else -1; None when the nominal names no age."""
    age = _AGE.search(" ".join(head_words[1:]))
    if age:
        years = age.group(1)
        aged = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.age == years)
        if aged:
            return most_salient(aged)
        far = _aged_before(res, years, lo)  # (out of reach: the one person given that age, however far back)
        if far:
            return far[0] if len(far) == 1 else -1
        near = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.age is None)
        shown = {
            e: v for e, v in near.items() if res.ents[e].gender is not None or res.ents[e].person_evidence
        }
        # (a person the text shows as one, by a first name or a title, before a bare word:
        # 'Kelham won ... after Joel Ashaolu-Hart hit ...: "C," the 23-year-old said')
        return most_salient(shown or near) if near else -1
    age = _AGE_BEFORE_NOUN.search(" ".join(head_words[1:]))
    if age:  # ('the 54-year-old officer': only a person of that age; else the noun is read on)
        years = age.group(1)
        aged = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.age == years)
        if len(aged) > 1:  # (two of that age: the one whose title holds the noun, else nobody)
            titled = [e for e in aged if modified_title(res.ents[e], head_words[-1:])]
            return titled[0] if len(titled) == 1 else -1
        if aged:
            return most_salient(aged)
        # (no one of that age: the one person in reach, of no age given, when there is one)
        near = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.age is None)
        return next(iter(near)) if len(near) == 1 else None
    if len(head_words) == 3 and head_words[1] in _COMPARED_AGES:
        return _by_compared_age(res, head_words[1], at, lo)
    if head_words[-1] in _AGE_NOUNS and len(head_words) == 2:
        young, old = _AGE_NOUNS[head_words[-1]]  # 'the teenager' after '19-year-old newcomer Ana Lund'
        aged = res.salience(
            at, lo, frozenset(), lambda ent: ent.kind == "person" and _aged(ent.age, young, old)
        )
        return next(iter(aged)) if len(aged) == 1 else -1
    return None
