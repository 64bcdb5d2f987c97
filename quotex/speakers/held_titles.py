"""Titles an entity holds, as the nominal resolver reads them.

Input: an entity's titles (and the document's persons' names); output: whether a title holds a
role's form or every modifier of a nominal, not read across another person's clause. Split from
:mod:`quotex.speakers.nominals` (which calls them) in the twenty-third round.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from quotex.entities import Entity
from quotex.lexicon.titles import CLIPPED_ROLES
from quotex.speakers.salience import Resolver, holds
from quotex.speakers.words import head_end, strip_article


def modified_title(ent: Entity, modifiers: Sequence[str]) -> bool:
    """Does a title of *ent* hold every modifier of a nominal ('chief' of 'the chief minister':
    'Chief Minister', not 'Minister for Irrigation'; 'co' of 'the co-author': 'co-author of X',
    a hyphen's halves being words)?"""
    return any(all(m in t.lower().replace("-", " ").split() for m in modifiers) for t in ent.titles)


def full_person_names(res: Resolver) -> tuple[str, ...]:
    """The names of the document's persons written with more than one word (read once)."""
    if res.full_person_names is None:
        res.full_person_names = tuple(
            o.name for o in res.table.entities if o.kind == "person" and len(o.words) > 1
        )
    return res.full_person_names


def own_title(ent: Entity, forms: Sequence[str], names: Sequence[str], roles: frozenset[str]) -> bool:
    """Does entity *ent* hold one of the role *forms* in a title that was not read across a
    clause: another person's full name (of *names*) in it followed by a lower-case word that is
    no role noun of *roles* ('Otago Kestrels coach Tamsin Vellacott left striker', read for the
    striker, is no coach's title; 'Former Bill Clinton pollster' is a pollster's)?"""
    titles = [t for t in ent.titles if any(holds(t, form) for form in forms)]
    if not titles:
        return False  # (most entities: no list of the other names is made)
    # (a name not in the title is not across it: a substring test in C before the call)
    return any(
        not any(across(t, name, roles) for name in names if name in t and name != ent.name) for t in titles
    )


def across(title: str, name: str, roles: frozenset[str]) -> bool:
    """Does *name* stand inside *title*, after its first word, before a lower-case word that is
    no role noun (a verb)? A name that opens the title is its body or place ('Greene County
    emergency management director')."""
    k = title.find(name + " ")
    if k <= 0:
        return False
    nxt = title[k + len(name) + 1 :].split(" ", 1)[0]
    return nxt.isalpha() and nxt.islower() and nxt not in roles


#: How many holders or mentions before a nominal the look-ups below read (a bound: linear cost).
_APPOSED_REACH = 40


def stated_title_holder(res: Resolver, head_words: Sequence[str], lo: int) -> int:
    """The one entity named before mention *lo* with a title written as the lower-case definite
    nominal *head_words* is, less its *the* ('the former chairman of the parish council' after
    'NAME, a former chairman of the parish council,'), or -1 (none, or more than one). For a
    nominal too long for the head-noun rules: the whole title stated, word for word."""
    if len(head_words) < 3 or head_words[0] != "the":
        return -1
    phrase = " ".join(head_words[1:])
    head = head_words[head_end(head_words) - 1]  # ('the former chairman | of the parish council')
    holders = res.holders_of(head)[-_APPOSED_REACH:]  # (the latest: a bound, linear cost)
    found = [
        e
        for e in holders
        if (ent := res.ents[e]).mentions
        and ent.mentions[0] < lo
        and any(strip_article(t).lower() == phrase for t in ent.titles)
    ]
    return found[0] if len(found) == 1 else -1


#: How many tokens an apposition it reads may hold.
_APPOSITION_TOKENS = 12


def apposed_description_holder(res: Resolver, head_words: Sequence[str], lo: int) -> int:
    """The one entity named before mention *lo* whose apposition (*, a/an/the ...,* right after
    the name) holds every word of the definite nominal *head_words* after its *the*, in order,
    and ends on its head ('the amateur astronomer' after 'NAME, a keen amateur astronomer,'), or
    -1 (none, or more than one): a description the text gave a person, though it is no title."""
    if len(head_words) < 2 or head_words[0] != "the":
        return -1
    want = list(head_words[1:])
    words, lows, mentions = res.tokens.words, res.lows, res.mentions
    found: set[int] = set()
    for k in range(lo - 1, max(-1, lo - 1 - _APPOSED_REACH), -1):
        j = mentions[k].last + 1
        if j + 2 >= len(lows) or words[j] != "," or lows[j + 1] not in ("a", "an", "the"):
            continue
        end = j + 2
        while end < len(lows) and end - j < _APPOSITION_TOKENS and words[end] not in (",", ".", ";", ":"):
            end += 1
        e = res.table.of_mention[k]
        if end >= len(lows) or words[end] not in (",", ".") or res.ents[e].kind != "person":
            continue  # (closed by a comma or stop, a person's: not 'Wisconsin, a story by X says that')
        phrase = lows[j + 2 : end]
        phrase = phrase[: head_end(phrase)]  # ('senior adviser | to the X campaign')
        if phrase and phrase[-1] == want[-1] and _in_order(want, phrase):
            found.add(e)
    return found.pop() if len(found) == 1 else -1


def _in_order(want: Sequence[str], phrase: Sequence[str]) -> bool:
    """Do the words of *want* stand in *phrase* in the same order (others may come between)?"""
    it = iter(phrase)
    return all(any(w == p for p in it) for w in want)


#: How many of the latest entities named before a reference a far-back reader looks at.
FAR_ENTITIES = 100


def earlier_entities(res: Resolver, lo: int) -> Iterator[int]:
    """The entities of the text named before mention index *lo*, newest first, at most
    :data:`FAR_ENTITIES` of them: a reader that looks past the salience window reads a bounded
    number, so its cost stays linear in the text."""
    seen = 0
    for e in range(len(res.table.entities) - 1, -1, -1):
        mentions = res.ents[e].mentions
        if mentions and mentions[0] < lo:
            yield e
            seen += 1
            if seen == FAR_ENTITIES:
                return


def earlier_holders(res: Resolver, forms: Sequence[str], lo: int) -> list[int]:
    """The entities that hold one of the role *forms* in a title of their own (:func:`own_title`)
    and were named before mention index *lo*: a role a later paragraph gives is no antecedent."""
    names = full_person_names(res)
    roles = res.lexicon.role_words
    return [
        e
        for form in forms
        for e in res.holders_of(form)
        if res.ents[e].mentions
        and res.ents[e].mentions[0] < lo
        and own_title(res.ents[e], forms, names, roles)
        and not _titled_only_later(res, e, form, lo)
    ]


def _titled_only_later(res: Resolver, e: int, form: str, lo: int) -> bool:
    """Does every mention of entity *e* whose title holds the role *form* come at or after mention
    index *lo* ('the GOP front-runner said Democratic front-runner X': X's title comes after the
    nominal, which cannot take it up)? False when no mention states it (a title read otherwise)."""
    titled = [k for k in res.ents[e].mentions if form in (res.mentions[k].title or "").lower()]
    return bool(titled) and titled[0] >= lo


def spelt_forms(head_words: Sequence[str], head: str) -> tuple[str, ...]:
    """The title words a nominal's lower-case *head_words* stand for beyond its last word *head*:
    a role written with a hyphen, which the tokens split ('the director-general', 'the
    rate-setter', read as *director general*, *rate setter*), and a clipped role spelt out
    (:data:`~quotex.lexicon.titles.CLIPPED_ROLES`: 'the chief vet' for a Chief Veterinary
    Officer). The nominal itself comes first, so that its modifiers count (*chief*)."""
    if head in CLIPPED_ROLES and head_words[-1] == head:
        return (head, *CLIPPED_ROLES[head])
    if len(head_words) >= 3 and head == head_words[-1] and head_words[-2].isalpha():
        return (f"{head_words[-2]}-{head}",)
    return ()
