"""Relations the text states between two people, and the later references they resolve.

Feature copy introduces relatives together and names one later by the relation alone:

* *A and her son, B, run the bakery*, *A runs the forge with his daughter, B*, *A's wife, B,
  keeps the books* (a possessor, a kin noun of :mod:`quotex.lexicon.kinship`, a name): B is
  A's son; *her sons, B and C*: each is;
* *B, A's brother, drives the van* (a name, then the possessor and the kin noun in apposition).

Later references: a possessed kin noun (*her son*, *His mother*, *A's wife*) is the one person
whose stated relation to the possessor it names, directly or by the converse (*His mother*
after *A and her son, B* -> A); *the KIN* (*the father*) the one person holding or owed that
relation; *the elder/younger SURNAME* the bearer of the family name the relation (a parent is
the older) or both stated ages make older or younger. Several fit, or none: -1 (no speaker
is better than a wrong one). Input: a :class:`~quotex.speakers.salience.Resolver`; output:
an entity or -1. Each look-back is bounded (the mentions just before a name, the latest
:data:`_RECENT` relations).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from quotex.lexicon.kinship import AGE_WORDS, KIN_TERMS, converse_kin, kin_noun, same_kin
from quotex.speakers.salience import Resolver

__all__ = [
    "Relation",
    "elder_bearer",
    "kin_holder",
    "kin_relations",
    "kin_subject",
    "kin_words",
    "named_as_owned",
    "possessed_kin",
    "the_kin",
    "their_kin",
]


class Relation(NamedTuple):
    """*holder* is *relative*'s *kin* (singular noun), stated at token *at*; *older* is 1
    when the holder is the older of the two, -1 the younger, 0 unknown."""

    holder: int
    kin: str
    relative: int
    at: int
    older: int


#: How many mentions before a name the possessor of *his*/*her KIN, NAME* is looked for in.
_POSSESSOR_REACH = 8
#: How many of the latest relations a later reference reads.
_RECENT = 40
#: How many of the latest entities holding a family name :func:`elder_bearer` reads.
_BEARERS = 50
#: Possessive pronouns of a relation's possessor, by sex.
_POSSESSIVE_SEX = {"his": "m", "her": "f"}
#: Punctuation that ends an apposition (*B, A's brother, drives*).
_APPOSITION_ENDS = frozenset(", . ; : ) —".split())


def kin_words(lows: Sequence[str], a: int, b: int) -> tuple[str, int] | None:
    """(kin noun, age: 1/-1/0) when tokens *a..b* of *lows* are an optional age adjective and a
    singular kin noun (*son*, *eldest daughter*), else None."""
    if b - a > 1 or b < a:
        return None
    got = kin_noun(lows[b])
    if got is None or got[1]:
        return None
    age = AGE_WORDS.get(lows[a], 0) if a < b else 0
    return (got[0], age) if a == b or age else None


def kin_relations(res: Resolver, at: int) -> Sequence[Relation]:
    """The latest :data:`_RECENT` relations the text states before token *at*, in text order
    (all of them are read once per document; each call bisects: linear in the text)."""
    if res.kin is None:
        relations = tuple(_read_relations(res))
        res.kin = (relations, tuple(r.at for r in relations))
    relations, ats = res.kin
    hi = bisect.bisect_left(ats, at)
    return relations[max(0, hi - _RECENT) : hi]


def _read_relations(res: Resolver) -> list[Relation]:
    lows, mentions, of = res.lows, res.mentions, res.table.of_mention
    out: list[Relation] = []
    plural: tuple[int, str, int, int] | None = None  # (last token, kin, relative, older) of 'her sons, B'
    for k, m in enumerate(mentions):
        holder = of[k]
        if res.ents[holder].kind != "person" or k in res.quoted:
            plural = None
            continue
        listed = plural is not None and plural[0] == m.first - 2 and lows[m.first - 1] in ("and", ",")
        if plural is not None and listed and holder != plural[2]:  # ('her sons, B and C': C too)
            out.append(Relation(holder, plural[1], plural[2], m.first, plural[3]))
            plural = (m.last, plural[1], plural[2], plural[3])
            continue
        plural = None
        got = _before_name(res, k)
        if got is None:
            got = _after_name(res, k)
        if got is None:
            got = _after_pair(res, k)
        if got is None:
            continue
        kin, many, relatives, older = got
        for relative in relatives:  # (a pair before *their KIN* was read as two people)
            if res.ents[relative].kind == "person" or len(relatives) > 1:
                # (one entity its own relative: *Sato and his daughter, Emi Sato*, the bare family name
                # joined to the daughter; kept to tell *the elder Sato* is not her, else never read)
                out.append(Relation(holder, kin, relative, m.first, older))
                if many and relative != holder:
                    plural = (m.last, kin, relative, older)
    return out


def _before_name(res: Resolver, k: int) -> tuple[str, bool, tuple[int, ...], int] | None:
    """(kin, plural, relatives, older) for *POSSESSOR [AGE] KIN[,] NAME* before mention *k*
    (two relatives for *A and B ... their KIN, NAME*)."""
    lows, m = res.lows, res.mentions[k]
    j = m.first - 1
    if j >= 0 and lows[j] == ",":
        j -= 1
    if j < 1 or (got := kin_noun(lows[j])) is None:
        return None
    older = _generation(got[0])
    if lows[j - 1] in AGE_WORDS:  # ('his older brother': the brother is the older)
        older = older or AGE_WORDS[lows[j - 1]]
        j -= 1
    if lows[j - 1] == "their":
        pair = _joint_possessors(res, j - 1, k)
        return None if not pair else (got[0], got[1], pair, older)
    relative = _possessor(res, j - 1, k)
    return None if relative < 0 else (got[0], got[1], (relative,), older)


def _generation(kin: str) -> int:
    """1 when a holder of *kin* is of an older generation than the relative, -1 younger, 0 same."""
    gen = KIN_TERMS[kin][1]
    return 1 if gen > 0 else -1 if gen < 0 else 0


def _after_name(res: Resolver, k: int) -> tuple[str, bool, tuple[int, ...], int] | None:
    """(kin, plural, relatives, older) for *NAME, POSSESSOR's [AGE] KIN,* after mention *k*."""
    lows, mentions, m = res.lows, res.mentions, res.mentions[k]
    n = len(lows)
    if k + 1 >= len(mentions) or m.last + 2 >= n or lows[m.last + 1] != ",":
        return None
    p = mentions[k + 1]
    if p.first != m.last + 2 or p.last + 2 >= n or lows[p.last + 1] not in ("'s", "'", "’s", "’"):
        return None
    j = p.last + 2
    age = AGE_WORDS.get(lows[j], 0)
    j += 1 if age else 0
    if j + 1 >= n or (got := kin_noun(lows[j])) is None or got[1] or lows[j + 1] not in _APPOSITION_ENDS:
        return None
    return got[0], False, (res.table.of_mention[k + 1],), _generation(got[0]) or age


def _after_pair(res: Resolver, k: int) -> tuple[str, bool, tuple[int, ...], int] | None:
    """(kin, plural, relatives, older) for the second of *A and B, KIN and KIN2,* at mention *k*
    (*Ana Roe and Eva Roe, mother and daughter,*): B is A's KIN2, in the pair's order."""
    lows, mentions, m = res.lows, res.mentions, res.mentions[k]
    n = len(lows)
    if k == 0 or m.first < 2 or lows[m.first - 1] != "and" or mentions[k - 1].last != m.first - 2:
        return None
    j = m.last + 1
    if j + 4 >= n or lows[j] != "," or lows[j + 2] != "and" or lows[j + 4] not in _APPOSITION_ENDS:
        return None
    first, second = kin_noun(lows[j + 1]), kin_noun(lows[j + 3])
    if first is None or second is None or first[1] or second[1]:
        return None
    return second[0], False, (res.table.of_mention[k - 1],), _generation(second[0])


def _joint_possessors(res: Resolver, p: int, k: int) -> tuple[int, ...]:
    """The two people *their* at token *p* stands for before the kin noun of mention *k*: the
    last two people named before it in its sentence, joined by *and* (*A and B took over the
    mill from their mother, C*); () when the sentence names no such pair."""
    mentions, of, lows = res.mentions, res.table.of_mention, res.lows
    sentence = res.table.locate(p)[0]
    for i in range(k - 1, max(0, k - 1 - _POSSESSOR_REACH), -1):
        if res.where(i)[0] != sentence or res.where(i - 1)[0] != sentence:
            return ()
        one, two = mentions[i - 1], mentions[i]
        if two.last >= p or one.last + 2 != two.first or lows[one.last + 1] != "and":
            continue  # (a place or a body after the pair: 'took over the Fernlea Mill from')
        pair = (of[i - 1], of[i])
        a, b = res.ents[pair[0]], res.ents[pair[1]]  # (people, or one family: 'Sahr Sannoh and Tamba Sannoh')
        people = (a.kind == b.kind == "person") or (len(a.words) > 1 and a.words[-1:] == b.words[-1:])
        return pair if pair[0] != pair[1] and people else ()
    return ()


def _possessor(res: Resolver, p: int, k: int) -> int:
    """The entity of the possessor ending at token *p* before the kin noun of mention *k*: a
    name with *'s*, or *his*/*her* of the nearest person named before it in its sentence
    whose gender does not clash (among :data:`_POSSESSOR_REACH` mentions); -1 when none."""
    lows, mentions, of = res.lows, res.mentions, res.table.of_mention
    if lows[p] in ("'s", "'", "’s", "’"):
        i = k - 1
        return of[i] if i >= 0 and mentions[i].last == p - 1 else -1
    sex = _POSSESSIVE_SEX.get(lows[p])
    if sex is None:
        return -1
    sentence = res.table.locate(p)[0]
    for i in range(k - 1, max(-1, k - 1 - _POSSESSOR_REACH), -1):
        if res.where(i)[0] != sentence:
            return -1
        e = of[i]
        ent = res.ents[e]
        if mentions[i].last >= p or ent.kind != "person":
            continue
        if ent.gender in (None, sex) or (e == of[k] and mentions[i].first == mentions[i].last):
            return e  # (or a bare family name joined to the relative's own entity: two people)
    return -1


def _sex(res: Resolver, e: int) -> str | None:
    return res.ents[e].gender


def kin_holder(res: Resolver, noun: str, at: int, *, owner: int = -1, sex: str | None = None) -> int:
    """The one person a reference at token *at* to *noun* (a singular kin noun) names: of the
    latest relations stated before *at*, a holder of that relation to *owner* (or, with *owner*
    -1, to a relative of sex *sex* when given, still in the salience window), or the relative to
    whom *owner* holds the converse relation ('A lives with her sister, B. ... her sister said': B,
    the one the relation was stated of, though A is B's sister too); -1 when none fits, -2 when
    several do."""
    stated, converse = -1, -1  # (the holder of a relation as stated wins over its converse)
    for r in kin_relations(res, at):
        if r.holder == r.relative:
            continue
        if same_kin(noun, r.kin, _sex(res, r.holder)) and _owned_by(res, r.relative, owner, sex, at):
            if stated >= 0 and stated != r.holder:
                return -2
            stated = r.holder
        if converse_kin(r.kin, _sex(res, r.relative)) == noun and _owned_by(res, r.holder, owner, sex, at):
            converse = -2 if converse >= 0 and converse != r.relative else r.relative
    return stated if stated >= 0 else converse


def _owned_by(res: Resolver, e: int, owner: int, sex: str | None, at: int) -> bool:
    """Is entity *e* the possessor a reference means: *owner* itself, or with *owner* -1 a
    person of sex *sex* or of no known sex (any when None) named in the salience window before
    token *at*?"""
    if owner >= 0:
        return e == owner
    return (sex is None or _sex(res, e) in (sex, None)) and bool(res.in_window(e, at))  # (unknown: no clash)


def elder_bearer(res: Resolver, k: int, e: int) -> int:
    """For mention *k* (a bare family name, entity *e*) after *the elder*/*the younger*: the
    bearer of that name a stated relation or stated ages make the older or the younger of the
    two bearers; -1 when the text does not tell; *e* when no age word stands before it or one
    person bears the name."""
    lows, m = res.lows, res.mentions[k]
    if m.first < 2 or m.first != m.last or lows[m.first - 2] != "the" or lows[m.first - 1] not in AGE_WORDS:
        return e
    want = AGE_WORDS[lows[m.first - 1]]
    bearers: list[int] = []
    for b in res.named_with(lows[m.first])[-_BEARERS:]:  # (the latest; three are enough to decide)
        ent = res.ents[b]
        if ent.kind == "person" and ent.words[-1] == m.name:  # ('Emi Sato', or a 'Sato' of its own)
            bearers.append(b)
            if len(bearers) > 2:
                return -1
    if len(bearers) < 2:
        return _conflated(res, e, want, m.first) if bearers == [e] else e
    one, two = bearers
    order = _order(res, one, two, m.first)
    if order == 0:
        return -1
    return one if order == want else two


def _conflated(res: Resolver, e: int, want: int, at: int) -> int:
    """For *the elder*/*the younger* (*want* 1/-1) and the one bearer *e* of the family name:
    when the text made *e* its own relative with an age order before token *at* (two people the
    table joined), *e* when it is the one wanted, else -1; *e* when it made it none."""
    for r in kin_relations(res, at):
        if r.holder == e == r.relative and r.older:
            return e if r.older == want else -1
    return e


def _order(res: Resolver, one: int, two: int, at: int) -> int:
    """1 when entity *one* is older than *two*, -1 when younger, 0 when the text does not say:
    a relation stated before token *at* between the two, else both ages."""
    for r in kin_relations(res, at):
        if {r.holder, r.relative} == {one, two} and r.older:
            return r.older if r.holder == one else -r.older
    a, b = res.ents[one].age, res.ents[two].age
    if a is not None and b is not None and a.isdigit() and b.isdigit() and a != b:
        return 1 if int(a) > int(b) else -1
    return 0


def possessed_kin(res: Resolver, owner: int, rest_words: Sequence[str], at: int, *, pronoun: str) -> int:
    """The person a possessed kin noun (*rest_words*, lower case: *son*, *eldest daughter*) at
    token *at* names, its possessor resolved to *owner*; a possessive *pronoun* (or "") whose
    resolution gave an owner who holds a relation of that sex may mean the other party of it
    (*her daughter* after *A runs X with her daughter, B*, where *her* read B). -1 when none."""
    got = kin_words(list(rest_words), 0, len(rest_words) - 1) if rest_words else None
    if got is None or got[1]:
        return -1  # (an age word: *her older son*, which the relation may not tell)
    if pronoun == "their":
        return their_kin(res, [pronoun, *rest_words], at)
    if pronoun not in _POSSESSIVE_SEX:
        return max(-1, kin_holder(res, got[0], at, owner=owner))
    either = kin_holder(res, got[0], at, sex=_POSSESSIVE_SEX[pronoun])
    if either == -2:
        return -1  # ('his brother' after 'A and his brother B': the pronoun may be either's)
    e = kin_holder(res, got[0], at, owner=owner)
    if e >= 0 or e == -2:
        return max(-1, e)
    if not any(owner in (r.holder, r.relative) and r.holder != r.relative for r in kin_relations(res, at)):
        return -1  # (an owner outside every relation: *her son* may be anyone's)
    return max(-1, either)


def named_as_owned(res: Resolver, owner: int, rest: str, noun: str) -> int:
    """The one person introduced with the title *OWNER's REST* (*rest*, headed by *noun*) whose
    possessor is entity *owner*'s name or part of it ("Calder's daughter, Fiona Calder-Wylie,"
    for a later *His daughter*; not 'adviser to Ted Cruz's campaign'); -1 when none or several."""
    names = {w.lower() for w in res.ents[owner].words}
    found = -1
    for h in res.holders_of(noun):
        for title in res.ents[h].titles:
            owner_part, mark, tail = title.replace("’s", "'s").partition("'s ")
            owner_words = owner_part.lower().split()  # (the whole possessor is the owner's name)
            if (
                h != owner
                and mark
                and tail.lower() == rest.lower()
                and owner_words
                and names.issuperset(owner_words)
            ):
                if found >= 0 and found != h:
                    return -1
                found = h
    return found


def the_kin(res: Resolver, head_words: Sequence[str], at: int) -> int:
    """For a definite kin noun (*head_words* 'the', [age,] noun, lower case) at token *at*: the
    one person holding or owed that relation (:func:`kin_holder`); -2 when relations stated
    before name the noun but not one person (*the son* after *her sons, B and C*: nobody);
    -1 when no relation names it (the phrase is read as before). *their KIN* is read by
    :func:`their_kin`."""
    if head_words and head_words[0] == "their":
        return their_kin(res, head_words, at)
    if len(head_words) not in (2, 3) or head_words[0] != "the":
        return -1
    got = kin_words(head_words, 1, len(head_words) - 1)
    if got is None or got[1]:
        return -1
    e = kin_holder(res, got[0], at)
    if e != -1:
        return e
    noun = got[0]
    named = any(
        r.kin == noun or noun in {converse_kin(r.kin, sex) for sex in ("m", "f", None)}
        for r in kin_relations(res, at)
        if r.holder != r.relative
    )
    return -2 if named else -1


def their_kin(res: Resolver, head_words: Sequence[str], at: int) -> int:
    """For *their [AGE] KIN* (*head_words*, lower case) at token *at*: the one person who holds
    that relation to two people or more named in the salience window (a plural possessor: *Their
    mother* after *A and her children, B and C*, or *B and C ... from their mother, A*); -1
    when none or several do, or when the phrase is no possessed kin noun."""
    if len(head_words) not in (2, 3) or head_words[0] != "their":
        return -1
    got = kin_words(head_words, 1, len(head_words) - 1)
    if got is None or got[1]:
        return -1
    owed: dict[int, set[int]] = {}
    for r in kin_relations(res, at):
        if r.holder == r.relative:
            continue
        if same_kin(got[0], r.kin, _sex(res, r.holder)) and res.in_window(r.relative, at):
            owed.setdefault(r.holder, set()).add(r.relative)
        if converse_kin(r.kin, _sex(res, r.relative)) == got[0] and res.in_window(r.holder, at):
            owed.setdefault(r.relative, set()).add(r.holder)
    found = [e for e, owners in owed.items() if len(owners) >= 2]
    return found[0] if len(found) == 1 else -1


def kin_subject(res: Resolver, first: int, head: int) -> int:
    """The person an unnamed subject of tokens *first..head* names when it is a kin noun after
    *his*/*her* (the one holder of that relation to a person of that sex in the salience window:
    *His daughter disagreed.*) or *the* (:func:`the_kin`); -1 otherwise."""
    lows = res.lows
    if lows[first] == "their":
        return their_kin(res, lows[first : head + 1], first)
    sex = _POSSESSIVE_SEX.get(lows[first])
    if sex is None:
        return max(-1, the_kin(res, list(lows[first : head + 1]), first)) if lows[first] == "the" else -1
    got = kin_words(lows, first + 1, head)
    return max(-1, kin_holder(res, got[0], first, sex=sex)) if got is not None and not got[1] else -1
