"""Fiftieth held-out round: capabilities written at commit ``44b8cb07`` by a helper (``hcap56``) who did not
read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout50data.py``: thirty invented people of Telugu, Tamil,
Punjabi, Bengali, Sindhi, Yoruba, Igbo, Hausa, Akan, Kikuyu, Zulu, Tagalog, Irish, Scottish and Welsh origin,
each with a gender and an age; sixteen people whose names must be kept whole (*K. Srinivasa Varma*, *M.K.
Thirunavukkarasu*, *Oluwaseun Adeyemi-Bankole*, *Pieter du Plessis*, *Jose Maria dela Paz Jr.*, *Siti
Zubaidah binti Kassim*, *Tan Hui Ling*, *Seán Ó Briain*, *Dafydd ap Rhys*, *Kylie O'Donoghue*); straight and
curly double marks and British single marks; roles and bodies written the way seven regions' English-language
press writes them; honorifics; invented outlets, staff and datelines; quotations, reported clauses, pointed
fragments, slogans, scare terms and narrative sentences) as a round of ENGLISH NEWS FROM AROUND THE WORLD:
every case is a short passage (one to five sentences) with one to three people, and every quotation checks the
content (the marks and the words inside them for a direct quotation; the reported clause, with or without its
*that*, for an indirect one), the kind, the canonical full name and, whenever the text states one, the title
with `Contains` of the role noun and each affiliation stated, with `wrong_speakers` for every other person,
body and outlet.

Conventions: honorifics and courtesy or traditional titles written before a name (*Shri*, *Smt.*, *Dr.*,
*Alhaji*, *Chief*, *Hon.*, *Engr.*, *Barr.*, *Comrade*, *Datuk*, *Datuk Seri*, *Tan Sri*, *Justice*,
*Kaumatua*) are never part of the canonical name (the README's convention for `Dr. NAME` and ranks); an
honorific alone states no title, so the title is checked only when a role is stated; initials before a surname
(*K.*, *M.K.*), particles (*du*, *dela*, *Ó*, *Ní*, *ap*, *bin*, *binti*) and *Jr.* are part of the name (the
initials' spacing and the final stop of *Jr.* may vary); a title's acronym in brackets (`(SP)`, `(NARMA)`) is
not required in the title.

1. South Asian press: `"C," said he.`, `He further said that C.`, `The Chief Minister informed that C.`,
   *opined*, *stated*, *averred*, *Shri*/*Smt.*/*Dr.*, initials, `Superintendent of Police (SP)`, bodies with
   acronyms in brackets, `NEW DELHI:` datelines (`south_asian`);
2. Nigerian and Ghanaian press: *disclosed*, *noted*, *added that*, *maintained*, *stressed*, *lamented*,
   `The Governor of Oru State, Alhaji NAME, has disclosed that C.`, comma-style committee titles, *Hon.*,
   *Engr.*, *Barr.*, *Comrade*, `ABUJA —` (`nigerian_ghanaian`);
3. East and Southern African press: `told the Daily Clarion that C`, `said in Kiswahili`, `MP for X`,
   `Cabinet Secretary`, `MEC for Health`, `according to a statement signed by NAME, ROLE`, `NAIROBI, Kenya —`
   (`east_southern_african`);
4. British and Irish press: single marks, `said:` colon style, `told the BBC`, tabloid verbs (*blasted*,
   *slammed*, *hit out at*, *fumed*), `the 45-year-old`, `a Downing Street spokesman` (the spokesman's words,
   never the named person's), `Taoiseach NAME`, `Tánaiste NAME`, `BALLINMORE SOUTH TD NAME`, `Garda
   Superintendent NAME` (`british_irish`);
5. Australian and New Zealand press: `told ABC radio`, `told RNZ`, `said yesterday`, `Premier NAME`, `Senator
   NAME`, `Minister for X`, iwi spokespeople, `Kaumatua NAME` (`australia_nz`);
6. Canadian and Caribbean press: `MLA`, `MPP`, `said in French`, `Opposition Leader NAME`, `Government Senator
   NAME`, `Member of Parliament for X` (`canada_caribbean`);
7. Southeast Asian press: `said in a Facebook post`, `told reporters on the sidelines of X`, *Datuk*, *Tan
   Sri*, `said in Malay`/`in Filipino`, `according to NAME`, Malay and Singaporean names (`southeast_asian`);
8. second references: a title stated once, then the surname, an honorific and the surname, or the short
   reference (`the governor said`) alone, with a second person of the other gender (`second_reference`);
9. `said he` inversion and pronoun reports: `"C," said he.`, `said she`, `He further said that C.`, `She
   added that C.` after a titled person, with another titled person of the other gender (`said_he`);
10. honorifics before names: *Shri*, *Smt.*, *Dr.*, *Alhaji*, *Chief*, *Hon.*, *Engr.*, *Barr.*, *Comrade*,
    *Datuk*, *Tan Sri*, *Justice* never in the name (`honorifics`);
11. names kept whole: initials, hyphens, particles, *Jr.*, apostrophes, *bin*/*binti*, surname-first names,
    with the reference the press uses later (`names_whole`);
12. comma-style titles: `NAME, Chairman, House Committee on Works, said`, `The Commissioner for Health in
    Okeji State, NAME, said`, long titles before a name with commas (`comma_titles`);
13. bodies with acronyms: `the National Roads Maintenance Agency (NARMA)`, later `the NARMA chief`, `NAME of
    the LJM` (the title holds the role and the body; the acronym is not required) (`acronym_bodies`);
14. statements and posts: `according to a statement signed by NAME, ROLE`, `according to NAME`, `C, according
    to NAME.`, `said in a Facebook post`, `in a statement on DAY` (`statements_posts`);
15. controls: datelines (`ABUJA —`, `NEW DELHI:`, `NAIROBI, Kenya —`), bylines (`By NAME`), scare quotes and
    slogans on banners beside one real quotation, or none (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout50data import (
    ALLMARKS50,
    CLAUSES50,
    DATELINES50,
    DAYS50,
    EVENTS50,
    FRAGS50,
    HON_NG,
    HON_SA,
    HON_SEA,
    MARKS50,
    NAMED50,
    OUTLETS50,
    PEOPLE50,
    QUOTES50,
    ROLES_AU,
    ROLES_CA,
    ROLES_EA,
    ROLES_IE,
    ROLES_NG,
    ROLES_SA,
    ROLES_SEA,
    ROLES_UK,
    ROLES_ZA,
    SCARE50,
    SINGLES50,
    SLOGANS50,
    STAFF50,
    TOWNS50,
    Role50,
)
from heldout_kit import Mark, Person, tolerate
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import that_report as _that_report

# --- people -------------------------------------------------------------------------------------------------


@frozen
class W:
    """A speaker of this round: the name as written, the names a key accepts, the later reference, gender."""

    full: str
    accepted: tuple[str, ...]
    last: str
    gender: str
    age: int
    culture: str

    @property
    def he(self) -> str:
        return "she" if self.gender == "f" else "he"

    @property
    def his(self) -> str:
        return "her" if self.gender == "f" else "his"

    @property
    def mr(self) -> str:
        return "Ms" if self.gender == "f" else "Mr"


def _w(p: Person) -> W:
    return W(p.full, (p.full,), p.last, p.gender, p.age, p.culture)


_NAMED_CULTURE = {
    "Varma": "Telugu",
    "Thirunavukkarasu": "Tamil",
    "Abbasi-Qureshi": "Sindhi",
    "Adeyemi-Bankole": "Yoruba",
    "Obi-Okafor": "Igbo",
    "Darko-Frimpong": "Akan",
    "du Plessis": "Afrikaans",
    "dela Paz": "Tagalog",
    "Siti Zubaidah": "Malay",
    "Muhammad Faizal": "Malay",
    "Tan": "Singaporean",
    "Ó Briain": "Irish",
    "Ní Fhlatharta": "Irish",
    "ap Rhys": "Welsh",
    "O'Donoghue": "Australian",
    "Campbell-Brown": "Jamaican",
}

PLAIN = tuple(_w(p) for p in PEOPLE50)
WHOLE = tuple(W(n.written, n.accepted, n.last, n.gender, 45, _NAMED_CULTURE[n.last]) for n in NAMED50)
EVERYONE = PLAIN + WHOLE


def _pool(*cultures: str) -> tuple[W, ...]:
    return tuple(w for w in EVERYONE if w.culture in cultures)


POOL_SA = _pool("Telugu", "Tamil", "Punjabi", "Bengali", "Sindhi")
POOL_NG = _pool("Yoruba", "Igbo", "Hausa", "Akan")
POOL_EA = _pool("Kikuyu", "Zulu", "Afrikaans", "Punjabi", "Tamil")
POOL_UK = _pool("Irish", "Scottish", "Welsh", "Bengali", "Punjabi")
POOL_AU = _pool("Irish", "Scottish", "Australian", "Tagalog", "Tamil")
POOL_CA = _pool("Punjabi", "Scottish", "Jamaican", "Yoruba", "Irish")
POOL_SEA = _pool("Tagalog", "Malay", "Singaporean", "Tamil")


def _other(pool: Sequence[W], a: W, step: int, *, opp: bool = True, avoid: Sequence[W] = ()) -> W:
    """Another person of *pool* (of the other gender when *opp*), not *a* and none of *avoid*."""
    cands = [w for w in pool if w != a and w not in avoid and (not opp or w.gender != a.gender)]
    if not cands:
        cands = [w for w in EVERYONE if w != a and w not in avoid and (not opp or w.gender != a.gender)]
    return cands[step % len(cands)]


# --- expectations -------------------------------------------------------------------------------------------


def _t(role: Role50) -> Contains:
    return Contains(role.parts)


def _dq(content: str, w: W, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    return _direct(content, w.accepted, title, occurrence)


def _rq(text: str, clause: str, w: W, title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, w.accepted, title)


def _mq(text: str, clause: str, w: W, title: TitleSpec = ANY) -> Expect:
    return _mixed_report(text, clause, w.accepted, title)


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
    people: Sequence[W],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        accepted = (
            {_bare(n) for n in (e.speaker or ())} if not isinstance(e.speaker, str) else {_bare(e.speaker)}
        )
        for w in people:
            if not accepted & {_bare(n) for n in w.accepted}:
                wrong.append((e.content, w.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout50.{name}", group, description, unique_texts(gen))


def _qt(n: int) -> str:
    return QUOTES50[n % len(QUOTES50)]


def _cl(n: int) -> str:
    return CLAUSES50[n % len(CLAUSES50)]


def _after(role: Role50) -> str:
    """The role between commas after a name, with the article its press gives it."""
    return f"{role.art}{role.title}"


def _hon(hons: Sequence[str], k: int, w: W) -> str:
    """An honorific of *hons* that fits *w*'s gender (key fix: no *Smt.* before a man, no *Shri* or *Alhaji*
    before a woman)."""
    fits = [
        h
        for h in hons
        if not (w.gender == "m" and h == "Smt.") and not (w.gender == "f" and h in {"Shri", "Alhaji"})
    ]
    return fits[k % len(fits)]


def _role2(roles: Sequence[Role50], n: int, taken: Role50) -> Role50:
    for step in range(len(roles)):
        r = roles[(n + 3 + step) % len(roles)]
        if r.short != taken.short:
            return r
    raise ValueError("no second role")


def _body(role: Role50) -> str | None:
    """The body a role names (the words after `of the`/`for the`), if any."""
    for sep in (" of the ", " for the "):
        if sep in role.title:
            return role.title.split(sep, 1)[1].split(" (")[0]
    return None


def _others(*roles: Role50) -> list[str]:
    return [b for r in roles if (b := _body(r))]


# --- the regional generator ---------------------------------------------------------------------------------


@frozen
class Region:
    key: str
    pool: tuple[W, ...]
    roles: tuple[Role50, ...]
    hons: tuple[str, ...]
    cues: tuple[str, ...]
    marks: tuple[Mark, ...]
    outlet: tuple[str, str]


@frozen
class Slot:
    """One case's slots: the region, the speaker, a second person, their roles, the marks, a filler index."""

    rg: Region
    a: W
    b: W
    ra: Role50
    rb: Role50
    m: Mark
    k: int


#: What a shape of a slot yields: (text, expects, people, others); a region's own shapes add the
#: forbidden strings.
_Shaped = tuple[str, list[Expect], Sequence[W], Sequence[str]]
_Special = tuple[str, list[Expect], Sequence[W], Sequence[str], Sequence[str]]


def _generic(x: Slot, shape: int) -> _Shaped:
    """Shapes every region shares: (text, expects, people, others) for *shape* 0-7."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k
    t, tb = _t(ra), _t(rb)
    q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 5) + ".")
    c = _cl(k)
    cue = _pick(rg.cues, k)
    outlet = rg.outlet[0]
    others = _others(ra, rb)
    if shape == 0:
        text = f"{a.full}, {_after(ra)}, {cue} that {c}."
        return text, [_rq(text, c, a, t)], (a,), others
    if shape == 1:
        text = f"{q} {a.full}, {_after(ra)}, said."
        return text, [_dq(q, a, t)], (a,), others
    if shape == 2:
        text = f"{a.full}, {_after(ra)}, said: {q2}"
        return text, [_dq(q2, a, t)], (a,), others
    if shape == 3:
        text = f"{a.full}, {_after(ra)}, {cue} that {c}. {q} {a.he} added."
        return text, [_rq(text, c, a, t), _dq(q, a, t)], (a,), others
    if shape == 4:
        obj, frag = _pick(FRAGS50, k)
        clause = f"{obj} was {m.q(frag)}"
        text = f"{a.full}, {_after(ra)}, said {clause}."
        return text, [_mq(text, clause, a, t)], (a,), others
    if shape == 5:
        text = f"{a.full}, {_after(ra)}, {cue} that {c}. But {b.full}, {_after(rb)}, said: {q2}"
        return text, [_rq(text, c, a, t), _dq(q2, b, tb)], (a, b), others
    if shape == 6:
        text = f"{a.full}, {_after(ra)}, told {outlet}: {q2}"
        return text, [_dq(q2, a, t)], (a,), [*others, outlet, rg.outlet[1]]
    hon = _hon(rg.hons, k, a)
    text = f"{hon} {a.full}, {_after(ra)}, said that {c}."
    return text, [_rq(text, c, a, t)], (a,), others


def _regional(
    rg: Region, special: Callable[[Slot, int], _Special], n_special: int, seed: str, n: int = 250
) -> Callable[[], Iterator[Case]]:
    def gen() -> Iterator[Case]:
        shapes = 8 + n_special
        combos = itertools.product(rg.pool, range(shapes), rg.marks, range(3))
        for a, shape, m, r in sample(combos, n, seed):
            k = _k(EVERYONE.index(a), shape, r)
            ra = rg.roles[k % len(rg.roles)]
            rb = _role2(rg.roles, k, ra)
            b = _other(rg.pool, a, k)
            x = Slot(rg, a, b, ra, rb, m, k)
            if shape < 8:
                text, expects, people, others = _generic(x, shape)
                forbidden: Sequence[str] = ()
            else:
                text, expects, people, others, forbidden = special(x, shape - 8)
            yield _case(f"ho50-{rg.key}-{shape}", text, expects, people, others, forbidden=forbidden)

    return gen


# --- 1. South Asian press -----------------------------------------------------------------------------------

SA = Region(
    "sa",
    POOL_SA,
    ROLES_SA,
    HON_SA,
    ("stated", "opined", "averred", "informed", "observed", "said"),
    MARKS50,
    OUTLETS50["sa"],
)


def _sa_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k
    t = _t(ra)
    q = m.q(_qt(k) + ",")
    c, c2 = _cl(k), _cl(k + 3)
    hon = _hon(rg.hons, k, a)
    town, day = _pick(TOWNS50, k), _pick(DAYS50, k)
    others = _others(ra, rb)
    if s == 0:
        text = f"{hon} {a.full}, {ra.title}, addressed a public meeting at {town} on {day}. {q} said {a.he}."
        return text, [_dq(q, a, t)], (a,), others, ()
    if s == 1:
        text = f"{a.full}, {ra.title}, said that {c}. {_cap(a.he)} further said that {c2}."
        return text, [_rq(text, c, a, t), _rq(text, c2, a, t)], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {ra.title}, chaired a review meeting on {day}. {_cap(ra.short)} informed that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ()
    if s == 3:
        dl = _pick(DATELINES50[:2], k)
        text = f"{dl}{a.full}, {ra.title}, on {day} stated that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, (dl.split(":")[0],)
    if s == 4:
        text = f"Talking to journalists in {town}, {a.full}, {ra.title}, said that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ()
    q2 = m.q(_qt(k + 2) + ",")
    text = (
        f"{a.full}, {ra.title}, and {b.full}, {rb.title}, inspected the site on {day}. "
        f"{q2} said {a.he}, adding that {c}."
    )
    return text, [_dq(q2, a, t), _rq(text, c, a, t)], (a, b), others, ()


# --- 2. Nigerian and Ghanaian press -------------------------------------------------------------------------

NG = Region(
    "ng",
    POOL_NG,
    ROLES_NG,
    HON_NG,
    ("disclosed", "noted", "maintained", "stressed", "lamented", "said"),
    MARKS50,
    OUTLETS50["ng"],
)


def _ng_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k  # noqa: F841
    t = _t(ra)
    q = m.q(_qt(k) + ".")
    c, c2 = _cl(k), _cl(k + 3)
    hon = _hon(rg.hons, k, a)
    others = _others(ra, rb)
    if s == 0:
        text = f"The {ra.title}, {hon} {a.full}, has disclosed that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ()
    if s == 1:
        text = f"{hon} {a.full}, {ra.title}, lamented that {c}, adding: {q}"
        return text, [_rq(text, c, a, t), _dq(q, a, t)], (a,), others, ()
    if s == 2:
        text = f"{hon} {a.full}, {ra.title}, stressed that {c}. {_cap(a.he)} maintained that {c2}."
        return text, [_rq(text, c, a, t), _rq(text, c2, a, t)], (a,), others, ()
    if s == 3:
        dl = _pick(DATELINES50[2:4], k)
        text = f"{dl}The {ra.title}, {hon} {a.full}, said on {_pick(DAYS50, k)} that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, (dl.split(" ")[0].rstrip(","),)
    if s == 4:
        text = f"{a.full}, {ra.title}, noted: {q}"
        return text, [_dq(q, a, t)], (a,), others, ()
    text = f"{hon} {a.full}, {ra.title}, said that {c}. {_cap(a.he)} added that {c2}."
    return text, [_rq(text, c, a, t), _rq(text, c2, a, t)], (a,), others, ()


# --- 3. East and Southern African press ---------------------------------------------------------------------

EA = Region(
    "ea",
    POOL_EA,
    ROLES_EA + ROLES_ZA,
    ("Dr.",),
    ("said", "noted", "stated", "warned", "revealed"),
    MARKS50,
    OUTLETS50["ea"],
)


def _ea_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k  # noqa: F841
    t = _t(ra)
    q = m.q(_qt(k) + ",")
    c = _cl(k)
    others = _others(ra, rb)
    outlet = _pick((OUTLETS50["ea"], OUTLETS50["za"]), k)
    if s == 0:
        text = f"{a.full}, {_after(ra)}, told {outlet[0]} that {c}."
        return text, [_rq(text, c, a, t)], (a,), [*others, outlet[0], outlet[1]], ()
    if s == 1:
        text = f"{q} {a.full}, {_after(ra)}, said in Kiswahili."
        return text, [_dq(q, a, t)], (a,), others, ()
    if s == 2:
        text = f"NAIROBI, Kenya \u2014 {a.full}, {_after(ra)}, said on {_pick(DAYS50, k)} that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ("NAIROBI",)
    if s == 3:
        text = f"{_cap(c)}, according to a statement signed by {a.full}, {_after(ra)}."
        return text, [Expect(c[:1].upper() + c[1:], "indirect", a.accepted, t)], (a,), others, ()
    if s == 4:
        text = f"According to a statement signed by {a.full}, {_after(ra)}, {c}."
        return text, [Expect(c, "indirect", a.accepted, t)], (a,), others, ()
    text = f"JOHANNESBURG \u2014 {a.full}, {_after(ra)}, said: {m.q(_qt(k + 1) + '.')}"
    return text, [_dq(m.q(_qt(k + 1) + "."), a, t)], (a,), others, ("JOHANNESBURG",)


# --- 4. British and Irish press -----------------------------------------------------------------------------

UK = Region(
    "uk",
    POOL_UK,
    ROLES_UK + ROLES_IE,
    ("Dr",),
    ("said", "warned", "claimed", "insisted"),
    (*SINGLES50, MARKS50[1]),
    OUTLETS50["uk"],
)

_TABLOID = (("blasted", "saying:"), ("slammed", "saying:"), ("hit out at", "saying:"))


def _uk_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k  # noqa: F841
    t = _t(ra)
    q = m.q(_qt(k) + ".")
    c = _cl(k)
    others = _others(ra, rb)
    obj, _frag = _pick(FRAGS50, k)
    if s == 0:
        verb, join = _pick(_TABLOID, k)
        text = f"{a.full}, {_after(ra)}, {verb} {obj}, {join} {q}"
        return text, [_dq(q, a, t)], (a,), others, ()
    if s == 1:
        text = f"{a.full}, {_after(ra)}, fumed: {q}"
        return text, [_dq(q, a, t)], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {_after(ra)}, was at the hearing. The {a.age}-year-old told the BBC: {q}"
        return text, [_dq(q, a, t)], (a,), [*others, "the BBC", "BBC"], ()
    if s == 3:
        spokes = ("a Downing Street spokesman", "Downing Street spokesman", "spokesman", "Downing Street")
        text = f"{a.full}, {_after(ra)}, called for an inquiry. A Downing Street spokesman said: {q}"
        e = _direct(q, spokes, ANY)
        # key fix: the call for an inquiry may be read as the named person's report or as no quotation
        return text, [e, *tolerate(text, "an inquiry", (a.full,))], (a,), others, ()
    if s == 4:
        post = _pick(("Taoiseach", "T\u00e1naiste"), k)
        text = f"{post} {a.full} said: {q}"
        return text, [_dq(q, a, Contains(post))], (a,), others, ()
    if s == 5:
        text = f"Ballinmore South TD {a.full} said {c}."
        return text, [_rq(text, c, a, Contains(("TD", "Ballinmore South")))], (a,), others, ()
    text = f"Garda Superintendent {a.full} told RT\u00c9 that {c}."
    return text, [_rq(text, c, a, Contains("Superintendent"))], (a,), [*others, "RT\u00c9"], ()


# --- 5. Australian and New Zealand press --------------------------------------------------------------------

AU = Region(
    "au",
    POOL_AU,
    ROLES_AU,
    ("Dr",),
    ("said", "conceded", "warned", "argued"),
    MARKS50,
    OUTLETS50["au"],
)


def _au_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k  # noqa: F841
    t = _t(ra)
    q = m.q(_qt(k) + ".")
    c = _cl(k)
    others = _others(ra, rb)
    if s == 0:
        outlet = _pick((OUTLETS50["au"], OUTLETS50["nz"]), k)
        text = f"{a.full}, {_after(ra)}, told {outlet[0]}: {q}"
        return text, [_dq(q, a, t)], (a,), [*others, outlet[0], outlet[1]], ()
    if s == 1:
        text = f"{a.full}, {_after(ra)}, said yesterday that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ()
    if s == 2:
        text = f"Kaumatua {a.full} said: {q}"
        return text, [_dq(q, a, ANY)], (a,), others, ()
    if s == 3:
        text = f"Senator {a.full} said {c}."
        return text, [_rq(text, c, a, Contains("Senator"))], (a,), others, ()
    if s == 4:
        text = f"New South Wales Premier {a.full} told ABC radio: {q}"
        return (
            text,
            [_dq(q, a, Contains(("Premier", "New South Wales")))],
            (a,),
            [*others, "ABC radio", "ABC"],
            (),
        )
    text = f"{a.full}, {_after(ra)}, told RNZ {c}."
    return text, [_rq(text, c, a, t)], (a,), [*others, "RNZ"], ()


# --- 6. Canadian and Caribbean press ------------------------------------------------------------------------

CA = Region(
    "ca",
    POOL_CA,
    ROLES_CA,
    ("Dr.",),
    ("said", "argued", "added", "told reporters"),
    MARKS50,
    OUTLETS50["ca"],
)


def _ca_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k  # noqa: F841
    t = _t(ra)
    q = m.q(_qt(k) + ",")
    q2 = m.q(_qt(k + 1) + ".")
    c = _cl(k)
    others = _others(ra, rb)
    if s == 0:
        text = f"{q} {a.full}, {_after(ra)}, said in French."
        return text, [_dq(q, a, t)], (a,), others, ()
    if s == 1:
        text = f"Opposition Leader {a.full} said that {c}."
        return text, [_rq(text, c, a, Contains("Opposition Leader"))], (a,), others, ()
    if s == 2:
        text = f"Kettle Ridge MLA {a.full} said: {q2}"
        return text, [_dq(q2, a, Contains(("MLA", "Kettle Ridge")))], (a,), others, ()
    if s == 3:
        text = f"Government Senator {a.full} told the Kingston Observer that {c}."
        return (
            text,
            [_rq(text, c, a, Contains("Senator"))],
            (a,),
            [*others, "the Kingston Observer", "Kingston Observer"],
            (),
        )
    text = f"{a.full}, {_after(ra)}, said in French that {c}."
    return text, [_rq(text, c, a, t)], (a,), others, ()


# --- 7. Southeast Asian press -------------------------------------------------------------------------------

SEA = Region(
    "sea",
    POOL_SEA,
    ROLES_SEA,
    HON_SEA,
    ("said", "noted", "stressed", "explained"),
    MARKS50,
    OUTLETS50["sea"],
)


def _sea_special(x: Slot, s: int) -> _Special:
    """Region-specific shape *s* of slot *x*: (text, expects, people, others, forbidden)."""
    rg, a, b, ra, rb, m, k = x.rg, x.a, x.b, x.ra, x.rb, x.m, x.k  # noqa: F841
    t = _t(ra)
    q = m.q(_qt(k) + ".")
    c = _cl(k)
    hon = _hon(rg.hons, k, a)
    others = _others(ra, rb)
    if s == 0:
        text = f"{a.full}, {ra.title}, said in a Facebook post: {q}"
        return text, [_dq(q, a, t)], (a,), [*others, "Facebook"], ()
    if s == 1:
        ev = _pick(EVENTS50, k)
        text = f"{a.full}, {ra.title}, told reporters on the sidelines of {ev} that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ()
    if s == 2:
        text = f"{hon} {a.full}, {ra.title}, said in Malay that {c}."
        return text, [_rq(text, c, a, t)], (a,), others, ()
    if s == 3:
        text = f"According to {a.full}, {ra.title}, {c}."
        return text, [Expect(c, "indirect", a.accepted, t)], (a,), others, ()
    if s == 4:
        q1 = m.q(_qt(k + 2) + ",")
        text = f"{q1} {a.full}, {ra.title}, said in Filipino."
        return text, [_dq(q1, a, t)], (a,), others, ()
    text = f"{a.full}, {ra.title}, said in a Facebook post that {c}."
    return text, [_rq(text, c, a, t)], (a,), [*others, "Facebook"], ()


# --- cross-region -------------------------------------------------------------------------------------------

REGIONS = (SA, NG, EA, UK, AU, CA, SEA)


def _combos(shapes: int, seed: str, n: int = 250) -> list[tuple[Region, W, int, Mark, int]]:
    combos = [
        (rg, a, s, m, r)
        for rg in REGIONS
        for a in rg.pool
        for s in range(shapes)
        for m in rg.marks
        for r in range(2)
    ]
    return sample(combos, n, seed)


def second_reference() -> Iterator[Case]:
    """A title stated once, then a later quotation credited by surname, `Mr`/`Ms` + surname, the short
    reference or the age, with a person of the other gender between. Key: the later quotation the first
    person's, with the title stated earlier."""
    for rg, a, s, m, r in _combos(6, "ho50-second"):
        k = _k(EVERYONE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        rb = _role2(rg.roles, k, ra)
        b = _other(rg.pool, a, k)
        t, tb = _t(ra), _t(rb)
        c = _cl(k)
        q = m.q(_qt(k) + ",")
        qb = m.q(_qt(k + 3) + ".")
        later = (a.last, f"{a.mr} {a.last}", _cap(ra.short), a.last, f"The {a.age}-year-old", a.last)[s]
        intro = f"{a.full}, {_after(ra)}, {_pick(rg.cues, k)} that {c}."
        if s in (0, 1, 2):
            mid = f"{b.full}, {_after(rb)}, disagreed: {qb}"
            text = _article(intro, mid, f"{q} {later} said.")
            expects = [_rq(text, c, a, t), _dq(qb, b, tb), _dq(q, a, t)]
            people: tuple[W, ...] = (a, b)
        elif s in {3, 4}:
            text = _article(intro, f"{later} said: {m.q(_qt(k + 1) + '.')}")
            expects = [_rq(text, c, a, t), _dq(m.q(_qt(k + 1) + "."), a, t)]
            people = (a,)
        else:
            text = _article(f"{b.full}, {_after(rb)}, said: {qb}", intro, f"{q} said {later}.")
            expects = [_dq(qb, b, tb), _rq(text, c, a, t), _dq(q, a, t)]
            people = (a, b)
        yield _case(f"ho50-second-{s}", text, expects, people, _others(ra, rb))


def said_he() -> Iterator[Case]:
    """`"C," said he.`, `said she`, `He further said that C.`, `She added that C.`, `"C," he said` after a
    titled person, with another titled person of the other gender before. Key: the pronoun's person (the one
    of its gender), with the title stated."""
    for rg, a, s, m, r in _combos(6, "ho50-saidhe"):
        k = _k(EVERYONE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        rb = _role2(rg.roles, k, ra)
        b = _other(rg.pool, a, k)
        t, tb = _t(ra), _t(rb)
        c, c2 = _cl(k), _cl(k + 5)
        q = m.q(_qt(k) + ",")
        intro_b = f"{b.full}, {_after(rb)}, opened the session on {_pick(DAYS50, k)}."
        intro_a = f"{a.full}, {_after(ra)}, spoke next."
        people = (a, b)
        if s == 0:
            text = f"{intro_b} {intro_a} {q} said {a.he}."
            expects = [_dq(q, a, t)]
        elif s == 1:
            text = f"{intro_b} {a.full}, {_after(ra)}, said that {c}. {_cap(a.he)} further said that {c2}."
            expects = [_rq(text, c, a, t), _rq(text, c2, a, t)]
        elif s == 2:
            text = f"{intro_b} {intro_a} {_cap(a.he)} added that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 3:
            text = f"{intro_b} {intro_a} {q} {a.he} said."
            expects = [_dq(q, a, t)]
        elif s == 4:
            text = f"{a.full}, {_after(ra)}, said that {c}. {q} said {a.he}. {b.full}, {_after(rb)}, did not comment."  # noqa: E501
            expects = [_rq(text, c, a, t), _dq(q, a, t)]
        else:
            qb = m.q(_qt(k + 2) + ",")
            text = f"{qb} said {b.full}, {_after(rb)}. {intro_a} {q} said {a.he}."
            expects = [_dq(qb, b, tb), _dq(q, a, t)]
        yield _case(f"ho50-saidhe-{s}", text, expects, people, _others(ra, rb))


_HONS_ALL = (
    ("sa", "Shri"),
    ("sa", "Smt."),
    ("sa", "Dr."),
    ("ng", "Alhaji"),
    ("ng", "Chief"),
    ("ng", "Hon."),
    ("ng", "Engr."),
    ("ng", "Barr."),
    ("ng", "Comrade"),
    ("sea", "Datuk"),
    ("sea", "Tan Sri"),
    ("sa", "Justice"),
)


_JUDGE = Role50("judge of the Raghavpur High Court", "", ("judge", "Raghavpur High Court"), "the judge")


def honorifics() -> Iterator[Case]:
    """An honorific before a name: `HON FULL, ROLE, said that C.`, `"C," said HON FULL.`, `HON FULL said:
    "C."`, `The ROLE, HON FULL, said C.`, a later `HON SURNAME said`. Key: the name without the honorific; the
    title checked when a role is stated."""
    regs = {"sa": SA, "ng": NG, "sea": SEA}
    for (rk, hon), s, m, r in sample(
        list(itertools.product(_HONS_ALL, range(5), MARKS50, range(6))), 250, "ho50-hon"
    ):
        rg = regs[rk]
        a = _pick(rg.pool, _k(s, r, len(hon)))
        if hon == "Smt." and a.gender != "f":
            a = next(w for w in rg.pool if w.gender == "f")
        if hon in ("Shri", "Alhaji") and a.gender != "m":
            a = next(w for w in rg.pool if w.gender == "m")
        k = _k(EVERYONE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        if hon == "Justice":  # key fix: a judge's honorific with a judge's role
            ra = _JUDGE
        t = _t(ra)
        c = _cl(k)
        q = m.q(_qt(k) + ",")
        q2 = m.q(_qt(k + 1) + ".")
        if s == 0:
            text = f"{hon} {a.full}, {ra.title}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"{q} said {hon} {a.full}."
            expects = [_dq(q, a, ANY)]
        elif s == 2:
            text = f"{hon} {a.full} said: {q2}"
            expects = [_dq(q2, a, ANY)]
        elif s == 3:
            text = f"The {ra.title}, {hon} {a.full}, said {c}."
            expects = [_rq(text, c, a, t)]
        else:
            text = _article(
                f"{hon} {a.full}, {ra.title}, visited {_pick(TOWNS50, k)}.", f"{q} {hon} {a.last} said."
            )
            expects = [_dq(q, a, t)]
        yield _case(f"ho50-hon-{s}", text, expects, (a,), _others(ra))


def names_whole() -> Iterator[Case]:
    """People whose names must be kept whole (initials, hyphens, particles, *Jr.*, *bin*/*binti*,
    surname-first names) in regional shapes, quoted again by the reference the press uses.
    Key: the whole name."""
    reg_of = {
        "Telugu": SA,
        "Tamil": SA,
        "Sindhi": SA,
        "Yoruba": NG,
        "Igbo": NG,
        "Akan": NG,
        "Afrikaans": EA,
        "Tagalog": SEA,
        "Malay": SEA,
        "Singaporean": SEA,
        "Irish": UK,
        "Welsh": UK,
        "Australian": AU,
        "Jamaican": CA,
    }
    for a, s, m, r in sample(
        list(itertools.product(WHOLE, range(6), ALLMARKS50, range(3))), 250, "ho50-whole"
    ):
        rg = reg_of[a.culture]
        k = _k(WHOLE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        t = _t(ra)
        c = _cl(k)
        q = m.q(_qt(k) + ",")
        q2 = m.q(_qt(k + 1) + ".")
        if s == 0:
            text = f"{a.full}, {_after(ra)}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"{q} said {a.full}, {_after(ra)}."
            expects = [_dq(q, a, t)]
        elif s == 2:
            text = _article(f"{a.full}, {_after(ra)}, said that {c}.", f"{q} {a.last} said.")
            expects = [_rq(text, c, a, t), _dq(q, a, t)]
        elif s == 3:
            text = f"{a.full}, {_after(ra)}, said: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 4:
            text = f"{q} {a.full} said."
            expects = [_dq(q, a, ANY)]
        else:
            text = f"{a.full}, {_after(ra)}, told {rg.outlet[0]} that {c}."
            expects = [_rq(text, c, a, t)]
        yield _case(f"ho50-whole-{s}", text, expects, (a,), [*_others(ra), rg.outlet[0], rg.outlet[1]])


def comma_titles() -> Iterator[Case]:
    """Comma-style titles without an article: `FULL, Chairman, House Committee on Works, said that C.`, `The
    Commissioner for Health in Okeji State, FULL, said: "C."`, `"C," said FULL, Chairman, Senate Committee on
    Aviation.`, two such people. Key: the title holds the role and every body stated."""
    for rg, a, s, m, r in _combos(5, "ho50-comma"):
        k = _k(EVERYONE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        rb = _role2(rg.roles, k, ra)
        b = _other(rg.pool, a, k)
        t, tb = _t(ra), _t(rb)
        c = _cl(k)
        q = m.q(_qt(k) + ",")
        q2 = m.q(_qt(k + 1) + ".")
        people: tuple[W, ...] = (a,)
        if s == 0:
            text = f"{a.full}, {ra.title}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"The {ra.title}, {a.full}, said: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 2:
            text = f"{q} said {a.full}, {ra.title}."
            expects = [_dq(q, a, t)]
        elif s == 3:
            text = f"{a.full}, {ra.title}, and {b.full}, {rb.title}, met on {_pick(DAYS50, k)}. {q} said {a.full}."  # noqa: E501
            expects = [_dq(q, a, t)]
            people = (a, b)
        else:
            text = f"{a.full}, {ra.title}, said that {c}. {b.full}, {rb.title}, said: {q2}"
            expects = [_rq(text, c, a, t), _dq(q2, b, tb)]
            people = (a, b)
        yield _case(f"ho50-comma-{s}", text, expects, people, _others(ra, rb))


#: Roles whose body carries the acronym (key fix: not *Superintendent of Police (SP)*, whose acronym is the
#: role's).
_ACRO = tuple(
    r for r in ROLES_SA + ROLES_NG if "(" in (_body(r) or "") or (_body(r) and r.title.endswith(")"))
)


def acronym_bodies() -> Iterator[Case]:
    """Bodies with acronyms in brackets: `FULL, ROLE of the BODY (ABC), said that C.`, then `the ABC chief`;
    `"C," said FULL of the ABC.` after the body is introduced; `ABC ROLE FULL said`. Key: the title holds the
    role and the body (full name or acronym, whichever the text gives the person)."""
    pool = POOL_SA + POOL_NG
    for a, s, m, r in sample(list(itertools.product(pool, range(5), MARKS50, range(3))), 250, "ho50-acro"):
        k = _k(EVERYONE.index(a), s, r)
        ra = _pick(_ACRO, k)
        role = ra.title.split(" (")[0].rsplit(" of the ", 1)[0]
        body = _body(ra) or ""
        acro = ra.title.split("(")[1].split(")")[0]
        c = _cl(k)
        q = m.q(_qt(k) + ",")
        t = _t(ra)
        if s == 0:
            text = f"{a.full}, {ra.title}, said that {c}."
            expects = [_rq(text, c, a, t)]
        elif s == 1:
            text = f"The {body} ({acro}) met on {_pick(DAYS50, k)}. {q} said {a.full}, the {acro} {role}."
            expects = [_dq(q, a, Contains(role))]
        elif s == 2:
            text = f"{acro} {role} {a.full} said that {c}."
            expects = [_rq(text, c, a, Contains(role))]
        elif s == 3:
            text = f"{a.full}, {ra.title}, said that {c}. {q} the {role.lower()} added."
            expects = [_rq(text, c, a, t), _dq(q, a, t)]
        else:
            text = f"{q} {a.full}, {ra.title}, told {OUTLETS50['sa'][0]}."
            expects = [_dq(q, a, t)]
        yield _case(f"ho50-acro-{s}", text, expects, (a,), [body, acro, OUTLETS50["sa"][1]])


def statements_posts() -> Iterator[Case]:
    """Statements and posts across regions: `according to a statement signed by FULL, ROLE, C`, `According to
    FULL, ROLE, C.`, `C, according to FULL, ROLE.`, `In a statement on DAY, FULL, ROLE, said that C.`, `FULL,
    ROLE, said in a Facebook post: "C."`. Key: the signer's or poster's words, with the title."""
    for rg, a, s, m, r in _combos(5, "ho50-stmt"):
        k = _k(EVERYONE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        t = _t(ra)
        c = _cl(k)
        q2 = m.q(_qt(k + 1) + ".")
        if s == 0:
            text = f"The statement, signed by {a.full}, {_after(ra)}, read: {q2}"
            expects = [_dq(q2, a, t)]
        elif s == 1:
            text = f"According to {a.full}, {_after(ra)}, {c}."
            expects = [Expect(c, "indirect", a.accepted, t)]
        elif s == 2:
            text = f"{_cap(c)}, according to {a.full}, {_after(ra)}."
            expects = [Expect(_cap(c), "indirect", a.accepted, t)]
        elif s == 3:
            text = f"In a statement on {_pick(DAYS50, k)}, {a.full}, {_after(ra)}, said that {c}."
            expects = [_rq(text, c, a, t)]
        else:
            text = f"{a.full}, {_after(ra)}, said in a Facebook post: {q2}"
            expects = [_dq(q2, a, t)]
        yield _case(f"ho50-stmt-{s}", text, expects, (a,), [*_others(ra), "Facebook"])


def controls() -> Iterator[Case]:
    """Datelines, bylines, scare quotes and slogans on banners: `DATELINE FULL, ROLE, said: "C."`, `By STAFF`
    above a report, `Protesters carried banners reading "SLOGAN".` beside one quotation or none, `what the
    council calls "SCARE"`. Key: datelines and staff never speak and sit in no quotation; slogans and scare
    terms are no quotations."""
    for rg, a, s, m, r in _combos(6, "ho50-ctl"):
        k = _k(EVERYONE.index(a), s, r)
        ra = rg.roles[k % len(rg.roles)]
        t = _t(ra)
        c = _cl(k)
        q2 = m.q(_qt(k + 1) + ".")
        dl = _pick(DATELINES50, k)
        place = dl.split(":")[0].split(",")[0].split(" \u2014")[0]
        staff = _pick(STAFF50, k)
        slogan = m.q(_pick(SLOGANS50, k))
        scare = m.q(_pick(SCARE50, k))
        others = [*_others(ra), staff]
        forbidden: tuple[str, ...] = ()
        if s == 0:
            text = f"{dl}{a.full}, {_after(ra)}, said: {q2}"
            expects = [_dq(q2, a, t)]
            forbidden = (place,)
        elif s == 1:
            text = _article(f"By {staff}", f"{dl}{a.full}, {_after(ra)}, said that {c}.")
            expects = [_rq(text, c, a, t)]
            forbidden = (place, staff)
        elif s == 2:
            text = _article(
                f"Protesters outside the secretariat carried banners reading {slogan}.",
                f"{a.full}, {_after(ra)}, said: {q2}",
            )
            expects = [_dq(q2, a, t)]
            forbidden = (slogan,)
        elif s == 3:
            text = f"Traders marched through {_pick(TOWNS50, k)} chanting {slogan} on {_pick(DAYS50, k)}."
            expects = []
            forbidden = (slogan,)
        elif s == 4:
            text = (
                f"The so-called {scare} has left residents without water. "
                f"{a.full}, {_after(ra)}, said that {c}."
            )
            expects = [_rq(text, c, a, t)]
            forbidden = (scare,)
        else:
            text = _article(
                f"By {staff}", f"{dl}The hearing was adjourned after the {scare} plan was withdrawn."
            )
            expects = []
            forbidden = (place, staff, scare)
        yield _case(f"ho50-ctl-{s}", text, expects, (a,), others, forbidden=forbidden)


HELD_OUT_50 = (
    _named(
        "south_asian",
        "6",
        '"C," said he; He further said that; informed that; opined/averred; Shri, SP, (LJM)',
        _regional(SA, _sa_special, 6, "ho50-sa", 270),
    ),
    _named(
        "nigerian_ghanaian",
        "6",
        "disclosed/lamented/maintained; The Governor of X State, Alhaji NAME; Chairman, House Committee on Y",
        _regional(NG, _ng_special, 6, "ho50-ng", 270),
    ),
    _named(
        "east_southern_african",
        "6",
        "told the Daily Clarion; said in Kiswahili; MP for X; MEC for Health; a statement signed by NAME",
        _regional(EA, _ea_special, 6, "ho50-ea", 260),
    ),
    _named(
        "british_irish",
        "6",
        "single marks; blasted/fumed; the 45-year-old; a Downing Street spokesman; Taoiseach; TD; Garda",
        _regional(UK, _uk_special, 7, "ho50-uk", 270),
    ),
    _named(
        "australia_nz",
        "6",
        "told ABC radio/RNZ; said yesterday; Premier; Senator NAME; iwi spokesperson; Kaumatua",
        _regional(AU, _au_special, 6, "ho50-au", 260),
    ),
    _named(
        "canada_caribbean",
        "6",
        "MLA, MPP; said in French; Opposition Leader NAME; Government Senator; Member of Parliament for X",
        _regional(CA, _ca_special, 5, "ho50-ca", 260),
    ),
    _named(
        "southeast_asian",
        "6",
        "said in a Facebook post; on the sidelines of X; Datuk, Tan Sri; in Malay/Filipino; according to",
        _regional(SEA, _sea_special, 6, "ho50-sea", 260),
    ),
    _named(
        "second_reference",
        "4",
        "title once, then surname, Mr/Ms SURNAME, the short reference, age",
        second_reference,
    ),
    _named("said_he", "4", '"C," said he; He further said that C; She added that C', said_he),
    _named(
        "honorifics",
        "2",
        "Shri, Smt., Alhaji, Hon., Engr., Barr., Comrade, Datuk, Tan Sri: never in the name",
        honorifics,
    ),
    _named(
        "names_whole", "2", "initials, hyphens, particles, Jr., bin/binti, surname-first names", names_whole
    ),
    _named(
        "comma_titles",
        "6",
        "NAME, Chairman, House Committee on Works, said; The ROLE, NAME, said",
        comma_titles,
    ),
    _named("acronym_bodies", "6", "BODY (ABC); the ABC chief; ABC ROLE NAME said", acronym_bodies),
    _named(
        "statements_posts",
        "5",
        "a statement signed by NAME, ROLE; according to NAME; a Facebook post",
        statements_posts,
    ),
    _named("controls", "8", "datelines, bylines, scare quotes and slogans on banners", controls),
)
