"""Sixty-sixth held-out round: capabilities written at commit ``5af245e3`` by a helper (``hcap72``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout66data.py``: thirty-four invented people whose names are
not Anglo-Saxon, each with a gender, a name shape and a language: names with particles, compounds and
patronymics (*Ana Lucía de la Fuente*, *Maarten van den Akker*, *Karim bin Rashid al-Hamdi*, *Jean-Baptiste
Lavergne-Sorel*, *Titilayo Oyelaran-Adebayo*, *Yelena Sergeyevna Dorofeyeva*), names written family name
first or referred to later by the given name (*Nguyen Thi Bich Ngoc* then *Ngoc*, *Zhou Minghui* then *Zhou*,
*Ahmad Fikri bin Zulkarnain* then *Ahmad Fikri*, the Burmese *Khin Myat Thu* in full), one-word names
(*Wirasmo*, *Sulastri*); honorifics by name shape (*Sheikh*, *Sheikha*, *Mme*, *Herr*, *Dr*, *Ustaz*,
*Ustazah*, *Datuk*, *Doña*, *Pak*, *Ibu*); posts of foreign institutional shape with their bodies and places;
state and foreign outlets; interpreters and translating bodies; foreign terms with glosses; works, slogans and
places named after people; invented countries, provinces and towns; straight and curly double marks and curly
single marks; quotations, reported clauses and narrative sentences) as a round of INTERNATIONAL NAMES AND
TRANSLATED SPEECH: every case is a short passage (one to five sentences, or a short article) with one to three
people, and every quotation checks the content (the marks and the words inside them for a direct quotation;
the reported clause, with or without its *that*, for an indirect one; the clause with its marked words for a
mixed one), the kind, the canonical full name and, whenever the text states one, the title with `Contains` of
the role noun and each affiliation stated, with `wrong_speakers` for every other person, body, outlet,
interpreter, language and namesake in the text.

Conventions: the canonical name is the full name of the first mention, particles, patronymics (*bin*, *bint*,
*binti*, *Sergeyevna*) and hyphens kept, a family name written first kept first; a later reference (*de la
Fuente*, *Van den Akker* at a sentence start, *al-Hamdi*, *Ngoc*, *Ahmad Fikri*) resolves to that full name;
honorifics written before a name (*Sheikh*, *Mme*, *Herr*, *Dr*, *Ustaz*, *Datuk*, *Doña*, *Pak*, *Ibu*) are
never part of it (the README's convention for *Dr. NAME*, and the fiftieth round's for *Datuk*), and an
honorific alone states no title; a one-word name is the full canonical name; words spoken through an
interpreter, in another language or in a translation a body provides are the speaker's, never the
interpreter's or the body's; an outlet that relays the words is never the speaker; a foreign term in marks, a
gloss, a work's title, a slogan on a banner and a place named after a person are no quotations and nobody's.

1. names with particles, compounds and patronymics at first mention (`particle_names`);
2. later references by the family name with its particle, capitalised at a sentence start, with a second
   person between (`second_references`);
3. family names written first, given-name later references (*Ngoc*, *Ahmad Fikri*), Burmese names in full,
   `Ms`/`Mr` with the later reference (`family_first`);
4. honorifics before the full name and before the later reference, with and without a post (`honorifics`);
5. speech through an interpreter, the interpreter named or not (`interpreters`);
6. the language of the speech: `told reporters in LANG`, `Speaking in LANG,`, `said in LANG` (`languages`);
7. translations provided by a body: `In remarks translated by BODY,`, `according to a translation provided by
   BODY`, a transcript released by BODY, a post BODY translated (`translations`);
8. foreign terms kept in marks inside reports and quotations, glosses in brackets, and controls where the term
   is no quotation (`foreign_terms`);
9. state and foreign media relaying speech: `told OUTLET`, `according to OUTLET`, `OUTLET quoted NAME as
   saying` (`state_media`);
10. posts of foreign institutional shape before and after the name, a relative clause's post, the short
    reference, two titled people (`institutional_titles`);
11. one-word names as the full canonical name (`mononyms`);
12. pronouns with two or three foreign names of different genders (`pronouns`);
13. short articles of three to five paragraphs with a dateline, two speakers, an interpreter and later
    references (`articles`);
14. controls: places and streets named after people, works' titles, translated slogans, foreign terms and
    meetings that report nothing, beside one real quotation or none (`controls`).
"""

# The expectations are computed in the iteration that builds each case, so the loop variables they read are
# the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout66data import (
    CLAUSES66,
    DAYS66,
    DOUBLES66,
    EVENTS66,
    EVERYONE66,
    FAMILY66,
    HONS66,
    INTERPRETERS66,
    MARKS66,
    MONO66,
    NAMESAKES66,
    NARRATIVE66,
    OUTLETS66,
    P66,
    PARTICLE66,
    QUOTES66,
    ROLES66,
    SLOGANS66,
    TERMS66,
    TOWNS66,
    TRANSLATORS66,
    WORKS66,
    Role66,
)
from heldout_kit import Mark, alts, tolerate
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import that_report as _that_report

# --- expectations -------------------------------------------------------------------------------------------


def _t(role: Role66) -> Contains:
    return Contains(role.parts)


def _tp(role: Role66) -> Contains:
    """The title a post written before the name states."""
    return Contains(role.pre_parts)


def _dq(content: str, p: P66, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    return _direct(content, (p.full,), title, occurrence)


def _rq(text: str, clause: str, p: P66, title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, (p.full,), title)


def _mq(text: str, clause: str, p: P66, title: TitleSpec = ANY) -> Expect:
    return _mixed_report(text, clause, (p.full,), title)


def _ind(content: str, p: P66, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title)


def _an(word: str) -> str:
    """*word* with its indefinite article."""
    return f"an {word}" if word[:1] in "AEIOU" else f"a {word}"


def _nested(text: str, clause: str, p: P66, title: TitleSpec, sources: Sequence[str]) -> list[Expect]:
    """`NAME, ROLE, said (that) C, according to SOURCE.`: C as NAME's report, or (key fix: the nested reading
    the README's fifty-ninth round documents as kept) the whole `NAME ... said that C` as the source's."""
    start = text.index(p.full)
    outer = text[start : text.index(clause, start) + len(clause)]
    return alts(text, [_rq(text, clause, p, title)], [Expect(outer, "indirect", tuple(sources))])


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[P66],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body, outlet or namesake its key refuses is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = {_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in (spec or ())}
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout66.{name}", group, description, unique_texts(gen))


def _qt(n: int) -> str:
    return QUOTES66[n % len(QUOTES66)]


def _cl(n: int) -> str:
    return CLAUSES66[n % len(CLAUSES66)]


def _role(n: int) -> Role66:
    return ROLES66[n % len(ROLES66)]


def _role2(n: int, taken: Role66) -> Role66:
    for step in range(len(ROLES66)):
        r = ROLES66[(n + 5 + step) % len(ROLES66)]
        if r != taken:
            return r
    raise ValueError("no second role")


def _pre_role(n: int) -> Role66:
    """A post the press writes before a name."""
    pres = [r for r in ROLES66 if r.pre]
    return pres[n % len(pres)]


def _noart(after: str) -> str:
    return after[4:] if after.startswith("the ") else after


def _the(role: Role66) -> str:
    """`The ROLE`: the post with a definite article, capitalised."""
    return f"The {_noart(role.after)}"


def _bodies(*roles: Role66) -> list[str]:
    return [b for r in roles for b in r.bodies]


def _other(pool: Sequence[P66], a: P66, step: int, *, opp: bool = True, avoid: Sequence[P66] = ()) -> P66:
    """Another person of *pool* (of the other gender when *opp*), not *a*, of another name shape."""
    cands = [
        p
        for p in pool
        if p != a and p not in avoid and p.shape != a.shape and (not opp or p.gender != a.gender)
    ]
    return cands[step % len(cands)]


def _honorific(p: P66, n: int) -> str:
    return _pick(HONS66[(p.shape, p.gender)], n)


def _combos(
    pool: Sequence[P66], shapes: int, marks: Sequence[Mark], reps: int, seed: str, *, n: int = 245
) -> list[tuple[P66, int, Mark, int]]:
    return sample(list(itertools.product(pool, range(shapes), marks, range(reps))), n, seed)


# --- 1. names with particles --------------------------------------------------------------------------------


def particle_names() -> Iterator[Case]:
    """A name with particles, a compound or a patronymic at its first mention, after or before a post, or
    with no post. Key: the whole name, with the title stated."""
    for a, s, m, r in _combos(PARTICLE66, 8, MARKS66, 3, "ho66-particle"):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + ".")
        day, town = _pick(DAYS66, k), _pick(TOWNS66, k)
        others = _bodies(ra)
        if s == 0:
            text = f"{a.full}, {ra.after}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"{q} said {a.full}, {ra.after}."
            expects = [_dq(q, a, t)]
        elif s == 2:
            text = f"{q} {a.full}, {ra.after}, told reporters in {town}."
            expects = [_dq(q, a, t)]
        elif s == 3:
            text = f"{a.full}, {ra.after}, said on {day}: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 4:
            text = f"{_the(ra)}, {a.full}, said {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 5:
            text = f"{a.full} said {c}, adding: {q2}"
            expects = [_rq(text, c, a), _dq(q2, a)]
        elif s == 6:
            pr = _pre_role(k)
            text = f"{pr.pre} {a.full} said on {day} that {c}."
            expects = [_rq(text, c, a, _tp(pr))]
            others = _bodies(pr)
        else:
            text = f"{_pick(NARRATIVE66, k)} {q} said {a.full}, {ra.after}."
            expects = [_dq(q, a, t)]
        yield _case(f"ho66-particle-{s}", text, expects, (a,), others)


# --- 2. second references -----------------------------------------------------------------------------------


def _later(text_start: bool, p: P66) -> str:
    return _cap(p.ref) if text_start else p.ref


def second_references() -> Iterator[Case]:
    """A full name with a post, then the family name with its particle (capitalised at a sentence start), with
    a second person of another shape between. Key: the later quotation the first person's, with the title."""
    for a, s, m, r in _combos(PARTICLE66, 7, MARKS66, 3, "ho66-second"):
        k = _k(EVERYONE66.index(a), s, r)
        ra, rb = _role(k), _role2(k, _role(k))
        t, tb = _t(ra), _t(rb)
        b = _other(PARTICLE66, a, k, opp=s % 2 == 0)
        c, c2 = _cl(k), _cl(k + 7)
        q, q2, qb = m.q(_qt(k) + ","), m.q(_qt(k + 2) + "."), m.q(_qt(k + 5) + ".")
        intro = f"{a.full}, {ra.after}, said on {_pick(DAYS66, k)} that {c}."
        mid = f"{b.full}, {rb.after}, said: {qb}"
        people: tuple[P66, ...] = (a, b)
        if s == 0:
            text = _article(intro, f"{q} {_later(False, a)} said.")
            expects = [_rq(text, c, a, t), _dq(q, a, t)]
            people = (a,)
        elif s == 1:
            text = _article(intro, f"{_later(True, a)} said: {q2}")
            expects = [_rq(text, c, a, t), _dq(q2, a, t)]
            people = (a,)
        elif s == 2:
            text = _article(intro, mid, f"{q} said {_later(False, a)}.")
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _dq(q, a, t)]
        elif s == 3:
            text = _article(intro, mid, f"{_later(True, a)} added that {c2}.")
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _rq(text, c2, a, t)]
        elif s == 4:
            text = _article(mid, intro, f"{q} {_later(False, a)} said. {_later(True, b)} did not reply.")
            expects = [_dq(qb, b, tb), _rq(text, c, a, t), _dq(q, a, t)]
        elif s == 5:
            text = f"{intro} {_later(True, a)} also said that {c2}."
            expects = [_rq(text, c, a, t), _rq(text, c2, a, t)]
            people = (a,)
        else:
            text = _article(intro, f"{mid} But {_later(False, a)} insisted: {q2}")
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _dq(q2, a, t)]
        yield _case(f"ho66-second-{s}", text, expects, people, _bodies(ra, rb))


# --- 3. family names first ----------------------------------------------------------------------------------


def _mr(p: P66) -> str:
    return "Ms" if p.gender == "f" else "Mr"


def family_first() -> Iterator[Case]:
    """A name written family name first (Vietnamese, Chinese, Korean), a Malay name with *bin*/*binti* later
    referred to by the given names, a Burmese name repeated in full, with `Ms`/`Mr` + the later reference.
    Key: the full name as first written, with the title."""
    for a, s, m, r in _combos(FAMILY66, 7, MARKS66, 4, "ho66-family"):
        k = _k(EVERYONE66.index(a), s, r)
        ra, rb = _role(k), _role2(k, _role(k))
        t, tb = _t(ra), _t(rb)
        b = _other(EVERYONE66, a, k)
        c, c2 = _cl(k), _cl(k + 4)
        q, q2, qb = m.q(_qt(k) + ","), m.q(_qt(k + 1) + "."), m.q(_qt(k + 6) + ",")
        people: tuple[P66, ...] = (a,)
        if s == 0:
            text = f"{a.full}, {ra.after}, said that {c}. {q} {a.ref} said."
            expects = [_rq(text, c, a, t), _dq(q, a, t)]
        elif s == 1:
            text = _article(
                f"{a.full}, {ra.after}, said on {_pick(DAYS66, k)} that {c}.", f"{a.ref} said: {q2}"
            )
            expects = [_rq(text, c, a, t), _dq(q2, a, t)]
        elif s == 2:
            text = f"{q} said {a.full}, {ra.after}. {_mr(a)} {a.ref} added that {c}."
            expects = [_dq(q, a, t), _rq(text, c, a, t)]
        elif s == 3:
            text = _article(
                f"{a.full}, {ra.after}, said that {c}.",
                f"{qb} said {b.full}, {rb.after}.",
                f"{_mr(a)} {a.ref} replied: {q2}",
            )
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _dq(q2, a, t)]
            people = (a, b)
        elif s == 4:
            text = f"{a.full} told reporters in {_pick(TOWNS66, k)}: {q2}"
            expects = [_dq(q2, a)]
        elif s == 5:
            text = _article(f"{b.full}, {rb.after}, said that {c2}.", f"{q} said {a.full}, {ra.after}.")
            expects = [_rq(text, c2, b, tb), _dq(q, a, t)]
            people = (a, b)
        else:
            text = f"{_the(ra)}, {a.full}, said {c}. {a.ref} said the talks would continue."
            expects = [_rq(text, c, a, t), _rq(text, "the talks would continue", a, t)]
        yield _case(f"ho66-family-{s}", text, expects, people, _bodies(ra, rb))


# --- 4. honorifics ------------------------------------------------------------------------------------------

_HONOURED = tuple(p for p in EVERYONE66 if (p.shape, p.gender) in HONS66)


def _hon_ref(hon: str, p: P66) -> str:
    """The later reference after *hon*: the first given name after `Doña`, `Sheikh` and `Sheikha` (key fix of
    the writing: `Doña de la Fuente` is no usage), the usual later reference otherwise."""
    return p.full.split()[0] if hon in {"Doña", "Sheikh", "Sheikha"} else p.ref


def honorifics() -> Iterator[Case]:
    """An honorific before a name (`Sheikh`, `Sheikha`, `Mme`, `Herr`, `Dr`, `Ustaz`, `Ustazah`, `Datuk`,
    `Doña`, `Pak`, `Ibu`), with or without a post, and before the later reference. Key: the name without the
    honorific; the title checked only when a post is stated."""
    for a, s, m, r in _combos(_HONOURED, 6, MARKS66, 4, "ho66-hon", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        hon = _honorific(a, k)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 1) + ".")
        if s == 0:
            text = f"{hon} {a.full}, {ra.after}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"{q} said {hon} {a.full}."
            expects = [_dq(q, a)]
        elif s == 2:
            text = f"{hon} {a.full} told reporters: {q2}"
            expects = [_dq(q2, a)]
        elif s == 3:
            text = f"{_the(ra)}, {hon} {a.full}, said {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 4:
            text = _article(
                f"{hon} {a.full}, {ra.after}, visited {_pick(TOWNS66, k)} on {_pick(DAYS66, k)}.",
                f"{q} {hon} {_hon_ref(hon, a)} said.",
            )
            expects = [_dq(q, a, t)]
        else:
            text = f"{q} {hon} {a.full} said. {hon} {_hon_ref(hon, a)} added that {c}."
            expects = [_dq(q, a), _rq(text, c, a)]
        yield _case(f"ho66-hon-{s}", text, expects, (a,), _bodies(ra), forbidden=(f"{hon} {a.full}",))


# --- 5. interpreters ----------------------------------------------------------------------------------------


def interpreters() -> Iterator[Case]:
    """Speech through an interpreter: `"C," NAME said through an interpreter.`, `said through an interpreter
    that C`, `Speaking through an interpreter, NAME told reporters:`, `speaking through her interpreter,
    INTERP,`, `as INTERP translated`. Key: the speaker, never the interpreter."""
    for a, s, m, r in _combos(EVERYONE66, 7, MARKS66, 2, "ho66-interp", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 2) + ".")
        interp, _g = _pick(INTERPRETERS66, k)
        others = [*_bodies(ra), interp]
        if s == 0:
            text = f"{q} {a.full} said through an interpreter."
            expects = [_dq(q, a)]
        elif s == 1:
            text = f"{a.full}, {ra.after}, said through an interpreter that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 2:
            text = f"Speaking through an interpreter, {a.full} told reporters: {q2}"
            expects = [_dq(q2, a)]
        elif s == 3:
            text = f"{a.full}, speaking through {a.his} interpreter, {interp}, said: {q2}"
            expects = [_dq(q2, a)]
        elif s == 4:
            text = f"{q} {a.full}, {ra.after}, said, as {interp} translated for the room."
            expects = [_dq(q, a, t)]
        elif s == 5:
            text = _article(
                f"{a.full}, {ra.after}, answered questions in {a.lang}.",
                f"{q} {a.he} said through an interpreter.",
            )
            expects = [_dq(q, a, t)]
            others.append(a.lang)
        else:
            text = f"Through {a.his} interpreter, {interp}, {a.full} said that {c}."
            expects = [_rq(text, c, a)]
        yield _case(f"ho66-interp-{s}", text, expects, (a,), others)


# --- 6. languages -------------------------------------------------------------------------------------------


def languages() -> Iterator[Case]:
    """The language of the speech: `NAME told reporters in LANG that C.`, `Speaking in LANG, NAME, ROLE,
    said:`, `"C," NAME said in LANG.`, `In a speech delivered in LANG, NAME said`, a pronoun after an address
    in LANG. Key: the speaker, never the language."""
    for a, s, m, r in _combos(EVERYONE66, 7, MARKS66, 2, "ho66-lang", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 4) + ".")
        lang = a.lang
        others = [*_bodies(ra), lang]
        if s == 0:
            text = f"{a.full} told reporters in {lang} that {c}."
            expects = [_rq(text, c, a)]
        elif s == 1:
            text = f"Speaking in {lang}, {a.full}, {ra.after}, said: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 2:
            text = f"{q} {a.full} said in {lang}."
            expects = [_dq(q, a)]
        elif s == 3:
            text = f"In a speech delivered in {lang}, {a.full}, {ra.after}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 4:
            text = _article(f"{a.full}, {ra.after}, addressed the crowd in {lang}.", f"{q} {a.he} said.")
            expects = [_dq(q, a, t)]
        elif s == 5:
            text = f"{a.full} switched from {lang} to English to answer a question. {q} {a.he} said."
            expects = [_dq(q, a)]
        else:
            text = f"{q} {a.full}, {ra.after}, said in {lang}, before repeating the point in English."
            expects = [_dq(q, a, t)]
        yield _case(f"ho66-lang-{s}", text, expects, (a,), others)


# --- 7. translations ----------------------------------------------------------------------------------------


def translations() -> Iterator[Case]:
    """A translation a body provides: `In remarks translated by BODY, NAME said`, `according to a translation
    provided by BODY`, a transcript BODY released, a translation in which NAME said, a post BODY translated.
    Key: the speaker, never the body."""
    for a, s, m, r in _combos(EVERYONE66, 6, MARKS66, 3, "ho66-transl", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + ".")
        body = _pick(TRANSLATORS66, k)
        bname = _bare(body)
        others = [*_bodies(ra), body, bname, a.lang]
        if s == 0:
            text = f"In remarks translated by {body}, {a.full} said that {c}."
            expects = [_rq(text, c, a)]
        elif s == 1:
            text = f"{q} {a.full}, {ra.after}, said, according to a translation provided by {body}."
            expects = [_dq(q, a, t)]
        elif s == 2:
            text = (
                f"{a.full}, {ra.after}, said in {a.lang} that {c}, "
                f"according to a transcript released by {body}."
            )
            expects = _nested(text, c, a, t, (body,))
            others = [*_bodies(ra), a.lang]
        elif s == 3:
            text = f"{_cap(body)} released a translation of the speech, in which {a.full} said: {q2}"
            expects = [_dq(q2, a)]
        elif s == 4:
            text = f"{q} {a.full} wrote in {_an(a.lang)}-language post, which {body} later translated."
            expects = [_dq(q, a)]
        else:
            text = _article(
                f"{a.full}, {ra.after}, spoke in {a.lang} at {_pick(EVENTS66, k)}.",
                f"According to a translation provided by {body}, {a.he} said that {c}.",
            )
            expects = [_rq(text, c, a, t)]
        yield _case(f"ho66-transl-{s}", text, expects, (a,), others)


# --- 8. foreign terms ---------------------------------------------------------------------------------------

_INNER = Mark("\u2018", "\u2019")


def foreign_terms() -> Iterator[Case]:
    """A foreign term kept in marks: inside a reported clause (mixed), inside a quotation, nested in one, or
    beside a quotation as a scare term with its gloss (no quotation); alone (a control). Key: the report or
    the quotation, the term itself nobody's."""
    for a, s, m, r in _combos(EVERYONE66, 7, DOUBLES66, 3, "ho66-term", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        term, gloss = _pick(TERMS66, k)
        q = m.q(_qt(k) + ",")
        qterm = m.q(term)
        town = _pick(TOWNS66, k)
        others = _bodies(ra)
        forbidden: tuple[str, ...] = ()
        if s == 0:
            clause = f"the villages still knew the meaning of {qterm}"
            text = f"{a.full}, {ra.after}, said {clause}."
            expects = [_mq(text, clause, a, t)]
        elif s == 1:
            content = m.q(f"Without {term}, nothing in this town gets built,")
            text = f"{content} {a.full} said."
            expects = [_dq(content, a)]
        elif s == 2:
            text = f"Residents of {town} call it {qterm} ({gloss}). {q} said {a.full}, {ra.after}."
            expects = [_dq(q, a, t)]
            forbidden = (qterm, gloss)
        elif s == 3:
            text = (
                f"The so-called {qterm} was the talk of the markets for three days. "
                f"{a.full}, {ra.after}, said that {c}."
            )
            expects = [_rq(text, c, a, t)]
            forbidden = (qterm,)
        elif s == 4:
            content = m.q(
                f"What this country needs now is a little {_INNER.q(term)}, as our grandparents said."
            )
            text = f"{a.full}, {ra.after}, said: {content}"
            expects = [_dq(content, a, t)]
        elif s == 5:
            text = f"Farmers in {town} still practise what they call {qterm}, which translates as {gloss}."
            expects = []
            forbidden = (qterm,)
        else:
            text = f"{a.full} used the word {qterm}, meaning {gloss}, to describe the mood in {town}."
            expects = tolerate(text, qterm, (a.full,))
            others = [town]
        yield _case(f"ho66-term-{s}", text, expects, (a,), others, forbidden=forbidden)


# --- 9. state and foreign media -----------------------------------------------------------------------------


def state_media() -> Iterator[Case]:
    """State and foreign media relaying speech: `NAME told OUTLET that C.`, `"C," NAME said, according to
    OUTLET.`, `OUTLET quoted NAME, ROLE, as saying that C.`, `told OUTLET:`, `In an interview with OUTLET`,
    `Speaking to OUTLET`. Key: the speaker, never the outlet."""
    for a, s, m, r in _combos(EVERYONE66, 7, MARKS66, 2, "ho66-media", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        c = _cl(k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 6) + ".")
        o = _pick(OUTLETS66, k)
        others = [*_bodies(ra), o.name, o.phrase]
        if s == 0:
            text = f"{a.full}, {ra.after}, told {o.phrase} that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"{q} {a.full} said, according to {o.phrase}."
            expects = [_dq(q, a)]
        elif s == 2:
            text = f"{_cap(o.phrase)} quoted {a.full}, {ra.after}, as saying that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 3:
            text = f"{a.full}, {ra.after}, told {o.phrase}: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 4:
            text = f"In an interview with {o.phrase}, {a.full} said {c}."
            expects = [_rq(text, c, a)]
        elif s == 5:
            text = f"{a.full}, {ra.after}, said that {c}, according to {o.phrase}."
            expects = _nested(text, c, a, t, (o.name, o.phrase))
            others = _bodies(ra)
        else:
            text = f"Speaking to {o.phrase} on {_pick(DAYS66, k)}, {a.full}, {ra.after}, said: {q2}"
            expects = [_dq(q2, a, t)]
        yield _case(f"ho66-media-{s}", text, expects, (a,), others)


# --- 10. institutional titles -------------------------------------------------------------------------------


def institutional_titles() -> Iterator[Case]:
    """Posts of foreign institutional shape: before the name, after it, `The ROLE, NAME,`, a relative clause's
    post, the short reference later, two titled people in one sentence. Key: the title with the role noun
    and each affiliation stated."""
    for a, s, m, r in _combos(EVERYONE66, 6, MARKS66, 2, "ho66-title", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra, rb = _role(k), _role2(k, _role(k))
        t, tb = _t(ra), _t(rb)
        b = _other(EVERYONE66, a, k)
        c = _cl(k)
        q, q2, qb = m.q(_qt(k) + ","), m.q(_qt(k + 1) + "."), m.q(_qt(k + 8) + ".")
        people: tuple[P66, ...] = (a,)
        others = _bodies(ra, rb)
        if s == 0:
            pr = _pre_role(k)
            text = f"{pr.pre} {a.full} said that {c}."
            expects = [_rq(text, c, a, _tp(pr))]
            others = _bodies(pr)
        elif s == 1:
            text = f"{a.full}, {ra.after}, said: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 2:
            text = f"{_the(ra)}, {a.full}, said {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 3:
            text = f"{q} said {a.full}, who is {ra.after}."
            expects = [_dq(q, a, t)]
        elif s == 4:
            text = f"{a.full}, {ra.after}, said that {c}. {_cap(ra.short)} added: {q2}"
            expects = [_rq(text, c, a, t), _dq(q2, a, t)]
        else:
            text = f"{a.full}, {ra.after}, said that {c}, while {b.full}, {rb.after}, said: {qb}"
            expects = [_rq(text, c, a, t), _dq(qb, b, tb)]
            people = (a, b)
        yield _case(f"ho66-title-{s}", text, expects, people, others)


# --- 11. mononyms -------------------------------------------------------------------------------------------


def mononyms() -> Iterator[Case]:
    """One-word names: after or before a post, alone, with a single-name aside, repeated later, beside a
    person of another name shape. Key: the one word is the full canonical name."""
    for a, s, m, r in _combos(MONO66, 8, MARKS66, 6, "ho66-mono", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        rb = _role2(k, ra)
        t, tb = _t(ra), _t(rb)
        b = _other(PARTICLE66, a, k)
        c = _cl(k)
        q, q2, qb = m.q(_qt(k) + ","), m.q(_qt(k + 2) + "."), m.q(_qt(k + 9) + ",")
        people: tuple[P66, ...] = (a,)
        others = _bodies(ra, rb)
        if s == 0:
            text = f"{a.full}, {ra.after}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"{q} said {a.full}, {ra.after}."
            expects = [_dq(q, a, t)]
        elif s == 2:
            pr = _pre_role(k)
            text = f"{pr.pre} {a.full} told reporters: {q2}"
            expects = [_dq(q2, a, _tp(pr))]
            others = _bodies(pr)
        elif s == 3:
            text = f"{a.full}, who like many Indonesians goes by a single name, said: {q2}"
            expects = [_dq(q2, a)]
            others = ["Indonesians"]
        elif s == 4:
            text = _article(f"{a.full}, {ra.after}, said that {c}.", f"{q} {a.full} added.")
            expects = [_rq(text, c, a, t), _dq(q, a, t)]
        elif s == 5:
            text = f"{qb} said {b.full}, {rb.after}. {a.full}, {ra.after}, disagreed: {q2}"
            expects = [_dq(qb, b, tb), _dq(q2, a, t)]
            people = (a, b)
        elif s == 6:
            text = f"{_the(ra)}, {a.full}, said on {_pick(DAYS66, k)} that {c}."
            expects = [_rq(text, c, a, t)]
        else:
            text = f"{q} {a.full} said."
            expects = [_dq(q, a)]
        yield _case(f"ho66-mono-{s}", text, expects, people, others)


# --- 12. pronouns -------------------------------------------------------------------------------------------


def _three(pool: Sequence[P66], a: P66, k: int) -> tuple[P66, P66]:
    """Two people of the other gender than *a*, of other shapes."""
    b = _other(pool, a, k)
    d = _other(pool, a, k + 1, avoid=(b,))
    return b, d


def pronouns() -> Iterator[Case]:
    """Pronouns with two or three foreign names of different genders: the pronoun's person is the only one of
    its gender. Key: that person, with the title stated."""
    pool = PARTICLE66 + FAMILY66[:8]
    for a, s, m, r in _combos(pool, 6, MARKS66, 3, "ho66-pron", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra, rb = _role(k), _role2(k, _role(k))
        rd = _role2(k + 3, rb)
        t, tb = _t(ra), _t(rb)
        b, d = _three(pool, a, k)
        c, c2 = _cl(k), _cl(k + 6)
        q, qb = m.q(_qt(k) + ","), m.q(_qt(k + 7) + ",")
        town, day = _pick(TOWNS66, k), _pick(DAYS66, k)
        people: tuple[P66, ...] = (a, b)
        others = _bodies(ra, rb)
        if s == 0:
            text = f"{a.full}, {ra.after}, met {b.full}, {rb.after}, in {town} on {day}. {q} {a.he} said."
            expects = [_dq(q, a, t)]
        elif s == 1:
            text = f"{b.full}, {rb.after}, met {a.full}, {ra.after}, in {town} on {day}. {q} {a.he} said."
            expects = [_dq(q, a, t)]
        elif s == 2:
            text = (
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, spoke after the talks. "
                f"{_cap(a.he)} said that {c}."
            )
            expects = [_rq(text, c, a, t)]
        elif s == 3:
            text = (
                f"{a.full}, {ra.after}, said that {c}. {qb} said {b.full}, {rb.after}. "
                f"{_cap(a.he)} added that {c2}."
            )
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _rq(text, c2, a, t)]
        elif s == 4:
            text = (
                f"{b.full}, {rb.after}, {d.full}, {rd.after}, and {a.full}, {ra.after}, "
                f"signed the accord in {town}. {q} {a.he} said."
            )
            expects = [_dq(q, a, t)]
            people = (a, b, d)
            others = _bodies(ra, rb, rd)
        else:
            text = _article(
                f"{qb} said {b.full}, {rb.after}, turning to {a.full}, {ra.after}.",
                f"{_cap(a.he)} replied that {c}.",
            )
            expects = [_dq(qb, b, tb), _rq(text, c, a, t)]
        yield _case(f"ho66-pron-{s}", text, expects, people, others)


# --- 13. articles -------------------------------------------------------------------------------------------

_DATELINES = (
    ("QUELLMONT, Valdoria \u2014 ", "QUELLMONT"),
    ("AL-QASIRAH \u2014 ", "AL-QASIRAH"),
    ("TAN HOA, Kelbaria \u2014 ", "TAN HOA"),
    ("PORT EBRIMA \u2014 ", "PORT EBRIMA"),
)


def articles() -> Iterator[Case]:
    """Short articles: a dateline, a titled speaker of one name shape and a second through an interpreter or
    in another language, later references by family name, given name or pronoun, a narrative paragraph. Key:
    every quotation with its full name and title; the dateline in no quotation."""
    pool = EVERYONE66
    for a, s, m, r in _combos(pool, 5, MARKS66, 3, "ho66-art", n=245):
        k = _k(EVERYONE66.index(a), s, r)
        ra, rb = _role(k), _role2(k, _role(k))
        t, tb = _t(ra), _t(rb)
        b = _other(PARTICLE66 + FAMILY66, a, k)
        c, c2 = _cl(k), _cl(k + 9)
        q, q2, qb = m.q(_qt(k) + ","), m.q(_qt(k + 4) + "."), m.q(_qt(k + 11) + ",")
        dl, _place = _pick(_DATELINES, k)
        narrative = _pick(NARRATIVE66, k)
        o = _pick(OUTLETS66, k)
        interp, _g = _pick(INTERPRETERS66, k)
        others = [*_bodies(ra, rb), o.name, interp, b.lang, a.lang]
        bref = _cap(b.ref)
        if s == 0:
            text = _article(
                f"{dl}{a.full}, {ra.after}, said on {_pick(DAYS66, k)} that {c}.",
                narrative,
                f"{q} {a.ref} told reporters.",
                f"{b.full}, {rb.after}, said through an interpreter: {q2}",
            )
            expects = [_rq(text, c, a, t), _dq(q, a, t), _dq(q2, b, tb)]
        elif s == 1:
            text = _article(
                f"{dl}{narrative}",
                f"Speaking in {b.lang}, {b.full}, {rb.after}, said that {c2}.",
                f"{a.full}, {ra.after}, told {o.phrase}: {q2}",
                f"{qb} {a.he} said.",
            )
            expects = [_rq(text, c2, b, tb), _dq(q2, a, t), _dq(qb, a, t)]
        elif s == 2:
            text = _article(
                f"{dl}{a.full}, {ra.after}, said that {c}.",
                f"{qb} said {b.full}, {rb.after}, through {b.his} interpreter, {interp}.",
                f"{bref} said that {c2}.",
            )
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _rq(text, c2, b, tb)]
        elif s == 3:
            text = _article(
                f"{dl}{narrative}",
                f"{a.full}, {ra.after}, said: {q2}",
                f"{b.full}, {rb.after}, said that {c2}.",
                f"{q} {a.ref} added.",
            )
            expects = [_dq(q2, a, t), _rq(text, c2, b, tb), _dq(q, a, t)]
        else:
            text = _article(
                f"{dl}{b.full}, {rb.after}, said that {c2}, according to {o.phrase}.",
                f"{a.full}, {ra.after}, said in {a.lang} that {c}.",
                f"{qb} {a.ref} said.",
                narrative,
            )
            expects = [*_nested(text, c2, b, tb, (o.name, o.phrase)), _rq(text, c, a, t), _dq(qb, a, t)]
            others = [x for x in others if x != o.name]
        # key fix: the whole dateline is forbidden, not its town (*TAN HOA* is also in *Tan Hoa Daily*)
        yield _case(f"ho66-art-{s}", text, expects, (a, b), others, forbidden=(dl.rstrip(),))


# --- 14. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Places and streets named after people, works' titles in marks, translated slogans on banners, foreign
    terms and meetings that report nothing, beside one real quotation or none. Key: the marks are no
    quotations, the namesake and the author speak nothing, the real quotation its speaker's."""
    for a, s, m, r in _combos(EVERYONE66, 8, MARKS66, 2, "ho66-ctl", n=250):
        k = _k(EVERYONE66.index(a), s, r)
        ra = _role(k)
        t = _t(ra)
        q2 = m.q(_qt(k + 1) + ".")
        place, namesake = _pick(NAMESAKES66, k)
        work, title = _pick(WORKS66, k)
        orig, gloss = _pick(SLOGANS66, k)
        term, tgloss = _pick(TERMS66, k)
        town, day = _pick(TOWNS66, k), _pick(DAYS66, k)
        b = _other(EVERYONE66, a, k)
        people: tuple[P66, ...] = (a,)
        others = [*_bodies(ra), namesake]
        forbidden: tuple[str, ...] = ()
        if s == 0:
            text = f"The march ended at {place} on {day}. {_pick(NARRATIVE66, k)}"
            expects: list[Expect] = []
        elif s == 1:
            text = f"Speaking at {place}, {a.full}, {ra.after}, said: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 2:
            text = f"{a.full}'s {work} {m.q(title)} was published in English this year."
            expects = []
            forbidden = (m.q(title),)
        elif s == 3:
            text = f"{a.full}, whose {work} {m.q(title)} was banned in {town}, said: {q2}"
            expects = [_dq(q2, a)]
            forbidden = (m.q(title),)
        elif s == 4:
            text = f"Marchers in {town} carried banners reading {m.q(orig)} ({m.q(gloss)})."
            expects = []
            forbidden = (m.q(orig), m.q(gloss))
        elif s == 5:
            text = _article(
                f"Protesters in {town} chanted {m.q(orig)}, or {m.q(gloss)}.",
                f"{a.full}, {ra.after}, said: {q2}",
            )
            expects = [_dq(q2, a, t)]
            forbidden = (m.q(orig), m.q(gloss))
        elif s == 6:
            text = (
                f"{a.full} met {b.full} in {town} on {day} to discuss the port. {_pick(NARRATIVE66, k + 1)}"
            )
            expects = []
            people = (a, b)
        else:
            text = (
                f"In {town}, the {m.q(term)} ({tgloss}) began on {day}, "
                f"and the {work} {m.q(title)} was discussed on the radio."
            )
            expects = []
            forbidden = (m.q(term), m.q(title))
        yield _case(f"ho66-ctl-{s}", text, expects, people, others, forbidden=forbidden)


HELD_OUT_66: tuple[Capability, ...] = (
    _named(
        "particle_names",
        "2",
        "de la Fuente, van den Akker, bin Rashid al-Hamdi, Lavergne-Sorel, Sergeyevna: the whole name",
        particle_names,
    ),
    _named(
        "second_references",
        "4",
        "full name with a post, then de la Fuente / Van den Akker / Al-Hamdi, a second person between",
        second_references,
    ),
    _named(
        "family_first",
        "2",
        "Nguyen Thi Bich Ngoc then Ngoc, Zhou Minghui then Zhou, Ahmad Fikri bin Zulkarnain, Khin Myat Thu",
        family_first,
    ),
    _named(
        "honorifics",
        "2",
        "Sheikh, Mme, Herr, Dr, Ustaz, Datuk, Doña, Pak, Ibu: never in the name",
        honorifics,
    ),
    _named(
        "interpreters",
        "1",
        "said through an interpreter; the interpreter named, never the speaker",
        interpreters,
    ),
    _named("languages", "1", "told reporters in LANG; Speaking in LANG,; said in LANG", languages),
    _named(
        "translations",
        "5",
        "remarks translated by BODY; a translation provided by BODY; a transcript released by BODY",
        translations,
    ),
    _named(
        "foreign_terms",
        "8",
        "foreign terms in marks inside reports and quotations, glosses, controls",
        foreign_terms,
    ),
    _named("state_media", "5", "told OUTLET; according to OUTLET; OUTLET quoted NAME as saying", state_media),
    _named(
        "institutional_titles",
        "6",
        "deputy minister of the interior, governor of X province, secretary-general of BODY, prefect",
        institutional_titles,
    ),
    _named("mononyms", "2", "one-word names as the full canonical name", mononyms),
    _named("pronouns", "4", "pronouns with two or three foreign names of different genders", pronouns),
    _named(
        "articles", "7", "short articles: dateline, interpreter, later references, two speakers", articles
    ),
    _named(
        "controls",
        "8",
        "namesake places, works' titles, translated slogans, foreign terms, meetings",
        controls,
    ),
)
