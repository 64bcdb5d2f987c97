"""Sixty-ninth held-out round: capabilities written at commit ``81797142`` by a helper (``hcap75``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout69data.py``: thirty invented living people of German,
Dutch, Norwegian, Hungarian, Portuguese, Italian, Polish, Czech, English, Scottish, Irish, Greek, Finnish and
Croatian origin, each with a gender and an age; eighteen invented deceased people with the career an
obituary gives them; first names for relatives who share the deceased's surname; kinship words; roles with
their bodies and the short reference a features writer uses later; offices held in the past; jobs; bodies
that mourn; towns, churches and newspapers; straight and curly double marks and curly single marks;
tributes, the deceased's own words from the past, a profile subject's words, reported clauses, causes of
death, pointed fragments, and books, albums, films, songs, poems, nicknames and epitaphs nobody speaks) as a
round of OBITUARIES, PROFILES AND TRIBUTES as an obituary desk and a features writer write them: every case is
a short passage (one to five sentences, paragraph breaks where natural) with one to three people besides the
deceased, and every quotation checks the content (the marks and the words inside them for a direct
quotation; the reported clause, with or without its *that*, for an indirect one), the kind, the canonical
full name and, whenever the text states one, the title with `Contains` of the role noun and each
affiliation stated, with `wrong_speakers` for every other person (the deceased above all), body, town and
outlet in the text.

Conventions: a relation to the deceased (*her son*, *his widow*, *NAME's niece*) is checked neither as a
title nor as no title (the README's rounds keep kinship nouns as role words; a fact-checker may print either),
so relatives' titles are `ANY`; a description that is no post (*who worked with him for 20 years at BODY*,
*a friend since school*, *who led the service*) pins no title; *the former*/*the retired*/*the late* before
an office is not required in the title, but the office and its place or body are; the deceased's own words
quoted from the past (*she once told an interviewer*, *he wrote in 1987*, *as she put it in her memoir*) are
the deceased's, with the career the obituary's first sentence gives; a family's statement is the family's
(*family*, *his family*, *the SURNAME family*); a body's statement is the body's (its name, or the kind noun
*the club* a later sentence uses); the cause of death reported by a relative (*said*, *confirmed that*) is
the relative's indirect report, and *The death was confirmed by NAME* (no clause) is tolerated as NAME's
report or none; titles of works, songs and poems, nicknames, epitaphs, inscriptions, dates and lists in
marks or not are no quotations.

1. tributes from relatives: `"T," said her son, NAME.`, `His widow, NAME, said in a statement:`, `NAME's
   daughter, OTHER, said C`, a relative who shares the surname, two relatives, `her father had been "X"`, the
   family's statement (`relatives`);
2. colleagues and former employers: `NAME, who worked with him for 20 years at BODY, said`, `NAME, ROLE,
   where SURNAME worked from Y1 until Y2, said:`, `BODY's ROLE, NAME, said`, pre-titles, `told OUTLET`
   (`colleagues`);
3. the deceased's own words from the past: `"C," she once told an interviewer.`, `In a 1998 interview with
   OUTLET, he said:`, `As she put it in her memoir, WORK, "C."`, `wrote in 1987`, `once said that C`,
   `liked to say that C`, `replied:` (`own_words`);
4. late and former titles: `said the former mayor of X, NAME`, `who served as chief justice of X from 1990 to
   2004`, `who played under the late conductor DEAD`, `the retired harbour master of X, recalled that C`,
   `Former chief constable NAME said` (`former_titles`);
5. long appositive careers with ages: `NAME, 84, a retired engineer from TOWN, said:`, `who spent 31 years as
   a lock keeper at BODY before retiring in 2009`, `now 71 and living in TOWN`, two witnesses with ages
   (`careers_ages`);
6. second references among two or three people of both genders: the short reference (*the violinist*), the
   surname, the pronoun, *the former ROLE*, *the 58-year-old* (`second_references`);
7. statements by bodies on a death: `BODY said it was "deeply saddened"`, `the club said in a statement`, `it
   said in a statement`, `BODY described SURNAME as "X"` (`body_statements`);
8. profile features in the present tense: the subject quoted at length (`SURNAME says`), people around them,
   a teacher's words the subject remembers (the teacher's), three people (`profiles`);
9. cause of death: `She died of X at her home in TOWN, her son, NAME, said.`, `The cause was X, said`,
   `said, citing complications of X`, `confirmed that`, `The death was confirmed by` (`cause_of_death`);
10. funerals and memorials: eulogies, `told mourners at CHURCH that C`, `The Rev. NAME, who led the service,`,
    a poem read at the service, two children speaking (`funerals`);
11. mixed fragments: `described SURNAME as "X"`, `remembered him as "X"`, `called her "X"`, `"X" was how NAME
    described her`, `said she had been "X" to the end` (`mixed_fragments`);
12. written tributes: social media, a club website, a letter to a newspaper, a book of condolence, a
    photograph with the words (`written_tributes`);
13. controls: books, albums and films, nicknames, epitaphs and inscriptions, songs and poems in marks, dates
    and lists, survivors, with one real quotation or none (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout69data import (
    BODIES69,
    CAREERS69,
    CAUSES69,
    CHURCHES69,
    DAYS69,
    DEAD69,
    EPITAPHS69,
    FIRST_F69,
    FIRST_M69,
    FRAGS69,
    JOBS69,
    KIN69,
    LIVING69,
    MARKS69,
    NICKNAMES69,
    OFFICES69,
    OWN69,
    OWN_CLAUSES69,
    PAPERS69,
    POEMS69,
    PREDS69,
    ROLES69,
    SONGS69,
    SUBJECT69,
    SUBJECT_CLAUSES69,
    TOWNS69,
    TRIBUTES69,
    WORKS69,
    YEARS69,
    Role69,
)
from heldout_kit import (
    Mark,
    Person,
    alts,
    article,
    called_report,
    cap,
    k,
    pick,
    poss,
    segmented,
    span,
    that_report,
    tolerate,
)
from heldout_kit import direct as _direct
from heldout_kit import mixed_report as _mixed

# --- slots --------------------------------------------------------------------------------------------------


@frozen
class S:
    """One case's slots: the speaker, a second person of the other gender, a third of the speaker's, the
    deceased, the marks, a filler index and the shape."""

    a: Person
    b: Person
    c: Person
    dead: Person
    m: Mark
    n: int
    shape: int

    def t(self, i: int = 0, end: str = ",") -> str:
        """A tribute in the case's marks."""
        return self.m.q(pick(TRIBUTES69, self.n + i) + end)

    def own(self, i: int = 0, end: str = ",") -> str:
        """The deceased's own words in the case's marks."""
        return self.m.q(pick(OWN69, self.n + i) + end)

    def subj(self, i: int = 0, end: str = ",") -> str:
        """A profile subject's words in the case's marks."""
        return self.m.q(pick(SUBJECT69, self.n + i) + end)

    def frag(self, i: int = 0) -> str:
        return self.m.q(pick(FRAGS69, self.n + i))

    def pred(self, i: int = 0) -> str:
        return pick(PREDS69, self.n + i)


def _other(a: Person, step: int, *, opp: bool, avoid: Sequence[Person] = ()) -> Person:
    pool = [
        p
        for p in LIVING69
        if p != a and p not in avoid and p.culture != a.culture and ((p.gender != a.gender) == opp)
    ]
    return pool[step % len(pool)]


def _slots(shapes: int, seed: str, n: int = 252) -> list[S]:
    combos = list(itertools.product(range(len(LIVING69)), range(shapes), range(len(MARKS69)), range(3)))
    out: list[S] = []
    for i, s, mi, r in sample(combos, n, seed):
        a = LIVING69[i]
        kk = k(i, s, mi, r)
        b = _other(a, kk, opp=True)
        c = _other(a, kk + 5, opp=False, avoid=(b,))
        dead = pick(DEAD69, kk + 3 * s + r)
        out.append(S(a, b, c, dead, MARKS69[mi], kk, s))
    return out


def _kin(p: Person, n: int) -> str:
    """*p*'s relation to a deceased (not a spouse)."""
    f, m = pick(KIN69, n)
    return p.kin(f, m)


def _inverse(p: Person, dead: Person, n: int) -> str:
    """The deceased's relation to *p* when *p* is the deceased's ``_kin(p, n)``."""
    pairs = (
        ("mother", "father"),
        ("sister", "brother"),
        ("grandmother", "grandfather"),
        ("aunt", "uncle"),
        ("stepmother", "stepfather"),
    )
    f, m = pick(pairs, n)
    return dead.kin(f, m)


def _spouse(p: Person, dead: Person, n: int) -> str:
    """*p*'s word as the deceased's spouse (the deceased of the other gender), else a kinship word."""
    if p.gender == dead.gender:
        return _kin(p, n)
    return p.kin("widow", "husband") if n % 2 else p.kin("wife", "widower")


def _relative(dead: Person, n: int, gender: str) -> Person:
    """A relative who shares the deceased's surname."""
    first = pick(FIRST_F69 if gender == "f" else FIRST_M69, n)
    return Person(f"{first} {dead.last}", dead.last, gender, dead.culture, 50)


def _bare(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _career(x: S) -> tuple[str, Contains, str, list[str]]:
    """The deceased's career: (apposition, title, short reference, bodies to keep from speaking)."""
    app, parts, short, body = pick(CAREERS69, x.n + 2 * x.shape)
    return app, Contains(parts), short, [body] if body else []


def _intro(x: S) -> tuple[str, Contains, list[str]]:
    """The obituary's first sentence: (text, the deceased's title, bodies and town)."""
    app, title, _short, bodies = _career(x)
    town, day = pick(TOWNS69, x.n + 1), pick(DAYS69, x.n)
    text = (
        f"{x.dead.full}, {app}, died on {day} at {x.dead.poss} home in {town}. "
        f"{cap(x.dead.pronoun)} was {x.dead.age}."
    )
    return text, title, [*bodies, town]


# --- expectations -------------------------------------------------------------------------------------------


def _t(role: Role69) -> Contains:
    return Contains(role.parts)


def _d(content: str, p: Person | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return _direct(content, p, title)


def _rep(text: str, clause: str, p: Person | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return that_report(text, clause, p, title)


def _mix(text: str, clause: str, p: Person | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return _mixed(text, clause, p, title)


def _names(spec: NameSpec) -> set[str]:
    if spec is None:
        return set()
    items = (spec,) if isinstance(spec, str) else spec
    return {_bare(s).lower() for s in items}


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body, town or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        accepted = _names(e.speaker)
        for p in people:
            if p.full.lower() not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if o and _bare(o).lower() not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout69.{name}", group, description, unique_texts(gen))


def _role(n: int, avoid: Role69 | None = None) -> Role69:
    for step in range(len(ROLES69)):
        r = pick(ROLES69, n + step)
        if avoid is None or (r.noun != avoid.noun and r.body != avoid.body):
            return r
    raise ValueError("no role")


def _office(n: int) -> tuple[str, str, Contains]:
    off, where = pick(OFFICES69, n)
    return off, where, Contains((off, _bare(where)))


def _body(n: int) -> tuple[str, str, str]:
    return pick(BODIES69, n)


FAMILY = ("family", "his family", "her family")

# --- 1. relatives -------------------------------------------------------------------------------------------


def relatives() -> Iterator[Case]:
    """Tributes from relatives after the obituary's first sentence. Key: the relative's (title not pinned);
    the deceased, the bodies and the town never speak; a family statement is the family's."""
    for x in _slots(8, "ho69-rel"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        kin, he = _kin(a, x.n), dead.pronoun
        people: tuple[Person, ...] = (a, dead)
        if s == 0:
            text = article(intro, f"{x.t()} said {dead.poss} {kin}, {a.full}.")
            expects = [_d(x.t(), a)]
        elif s == 1:
            q = x.t(end=".")
            text = article(
                intro, f"{cap(dead.poss)} {_spouse(a, dead, x.n)}, {a.full}, said in a statement: {q}"
            )
            expects = [_d(q, a)]
        elif s == 2:
            c = f"{he} {x.pred()}"
            text = article(intro, f"{poss(dead.full)} {kin}, {a.full}, said {c}.")
            expects = [_rep(text, c, a)]
        elif s == 3:
            q1, q2 = x.t(), x.t(3, ".")
            text = article(intro, f"{q1} {a.full}, {poss(dead.last)} {kin}, said. {q2}")
            # key fix: one quotation with its credit inside is equally right
            expects = alts(text, [_d(q1, a), _d(q2, a)], [_d(span(text, q1, q2), a)])
        elif s == 4:
            rel = _relative(dead, x.n, a.gender)
            text = article(intro, f"{x.t()} said {rel.full}, {dead.poss} {_kin(rel, x.n)}.")
            expects, people = [_d(x.t(), rel)], (rel, dead)
        elif s == 5:
            c = f"{he} {x.pred(2)}"
            kb = _kin(b, x.n + 1)
            text = article(
                intro,
                f"{x.t()} said {dead.poss} {kin}, {a.full}. {cap(dead.poss)} {kb}, {b.full}, said {c}.",
            )
            expects, people = [_d(x.t(), a), _rep(text, c, b)], (a, b, dead)
        elif s == 6:
            c = f"{a.poss} {_inverse(a, dead, x.n)} had been {x.frag()} until the very end"
            text = article(intro, f"{a.full} said {c}.")
            expects = [_mix(text, c, a)]
        else:
            body = _body(x.n)[0]
            q = x.t(1, ".")
            text = article(intro, f"In a statement released through {body}, {dead.poss} family said: {q}")
            fam = (*FAMILY, f"{dead.last} family", f"{poss(dead.full)} family")  # key fix: NAME's family
            expects, people, others = [_d(q, fam)], (dead,), [*others, body]
        yield _case(f"ho69-rel-{s}", text, expects, people, others)


# --- 2. colleagues ------------------------------------------------------------------------------------------


def colleagues() -> Iterator[Case]:
    """Colleagues and former employers: `who worked with him for 20 years at BODY`, `ROLE, where SURNAME
    worked from Y1 until Y2`, `BODY's NOUN, NAME,`, a former colleague and a titled second voice, `who hired
    her in 1968`, a pre-title, `told OUTLET`. Key: the colleague's, with the role's title where stated."""
    for x in _slots(7, "ho69-col"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        ra = _role(x.n)
        if s in (2, 5) and " at " in ra.body:
            ra = _role(x.n + 1)  # key fix: no `Faculty of X at Y's dean` (no paper writes it)
        rb = _role(x.n + 4, ra)
        body, _kind, _verb = _body(x.n + 1)
        y1, y2 = pick(YEARS69, x.n), pick(YEARS69, x.n + 4)
        y1, y2 = min(y1, y2), max(y1, y2)
        people: tuple[Person, ...] = (a, dead)
        obj = dead.obj
        if s == 0:
            yrs = 12 + x.n % 25
            text = article(intro, f"{x.t()} said {a.full}, who worked with {obj} for {yrs} years at {body}.")
            expects, others = [_d(x.t(), a)], [*others, body]
        elif s == 1:
            q = x.t(end=".")
            text = article(
                intro, f"{a.full}, {ra.after}, where {dead.last} worked from {y1} until {y2}, said: {q}"
            )
            expects, others = [_d(q, a, _t(ra))], [*others, ra.body]
        elif s == 2:
            c = f"{dead.last} {x.pred()}"
            text = article(intro, f"{poss(_bare(ra.body))} {ra.noun}, {a.full}, said {c}.")
            expects, others = [_rep(text, c, a, Contains((ra.noun, _bare(ra.body))))], [*others, ra.body]
        elif s == 3:
            text = article(
                intro,
                f"{x.t()} said {a.full}, a former colleague at {body}.",
                f"{x.t(4)} said {b.full}, {rb.after}.",
            )
            expects = [_d(x.t(), a), _d(x.t(4), b, _t(rb))]
            people, others = (a, b, dead), [*others, body, rb.body]
        elif s == 4:
            c = f"{dead.pronoun} {x.pred(1)}"
            text = article(intro, f"{a.full}, who hired {obj} as a junior clerk at {body} in {y1}, said {c}.")
            expects, others = [_rep(text, c, a)], [*others, body]
        elif s == 5:
            q = x.t(2, ".")
            text = article(intro, f"{_bare(ra.body)} {ra.noun} {a.full} said: {q}")
            expects, others = [_d(q, a, Contains((ra.noun, _bare(ra.body))))], [*others, ra.body]
        else:
            paper = pick(PAPERS69, x.n)
            text = article(intro, f"{x.t(5)} {a.full}, {ra.after}, told {paper}.")
            expects, others = [_d(x.t(5), a, _t(ra))], [*others, ra.body, paper]
        yield _case(f"ho69-col-{s}", text, expects, people, others)


# --- 3. the deceased's own words ----------------------------------------------------------------------------


def own_words() -> Iterator[Case]:
    """The deceased's words quoted from the past. Key: the deceased's, with the career the first sentence
    gives; interviewers, outlets and the relative of shape 6 never speak them."""
    for x in _slots(8, "ho69-own"):
        a, dead, s = x.a, x.dead, x.shape
        intro, title, others = _intro(x)
        he, his = dead.pronoun, dead.poss
        year, paper = pick(YEARS69, x.n), pick(PAPERS69, x.n + 1)
        people: tuple[Person, ...] = (a, dead)
        own, owns = x.own(), x.own(end=".")
        if s == 0:
            text = article(intro, f"{own} {he} once told an interviewer.")
            expects = [_d(own, dead, title)]
        elif s == 1:
            text = article(intro, f"In a {year} interview with {paper}, {he} said: {owns}")
            expects, others = [_d(owns, dead, title)], [*others, paper]
        elif s == 2:
            work = pick(WORKS69, x.n)[1]
            text = article(intro, f"As {he} put it in {his} memoir, {work}, {owns}")
            expects = [_d(owns, dead, title)]
        elif s == 3:
            text = article(intro, f"{own} {dead.last} wrote in {year}.")
            expects = [_d(own, dead, title)]
        elif s == 4:
            c = pick(OWN_CLAUSES69, x.n)
            text = article(intro, f"{cap(he)} once said that {c}.")
            expects = [_rep(text, c, dead, title)]
        elif s == 5:
            text = article(
                intro, f"Asked in {year} what {he} hoped to be remembered for, {dead.last} replied: {owns}"
            )
            # key fix: the question of `Asked` is no one's (round 49's reading)
            expects = [_d(owns, dead, title), *tolerate(text, f"what {he} hoped to be remembered for")]
        elif s == 6:
            q = x.t(1)
            text = article(
                intro, f"{own} {he} told {paper} in {year}.", f"{q} said {his} {_kin(a, x.n)}, {a.full}."
            )
            expects, others = [_d(own, dead, title), _d(q, a)], [*others, paper]
        else:
            c = pick(OWN_CLAUSES69, x.n + 2)
            text = article(intro, f"{dead.last} liked to say that {c}.")
            expects = [_rep(text, c, dead, title)]
        yield _case(f"ho69-own-{s}", text, expects, people, others)


# --- 4. late and former titles ------------------------------------------------------------------------------


def former_titles() -> Iterator[Case]:
    """Living speakers with past offices beside a deceased: `said the former OFFICE of WHERE, NAME`, `who
    served as OFFICE of WHERE from Y1 to Y2`, `who played under the late conductor DEAD at BODY`, `a former
    OFFICE of WHERE and a friend since school`, `the retired OFFICE of WHERE, recalled that C`, `Former
    OFFICE NAME said`, two former office holders. Key: the living speaker's, with the office and its place."""
    for x in _slots(7, "ho69-fmr"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        off, where, t = _office(x.n)
        offb, whereb, tb = _office(x.n + 3)
        if offb == off:
            offb, whereb, tb = _office(x.n + 4)
        y1, y2 = sorted((pick(YEARS69, x.n), pick(YEARS69, x.n + 5)))
        c = f"{dead.last} {x.pred()}"
        people: tuple[Person, ...] = (a, dead)
        others = [*others, where]
        if s == 0:
            text = article(intro, f"{x.t()} said the former {off} of {where}, {a.full}.")
            expects = [_d(x.t(), a, t)]
        elif s == 1:
            q = x.t(end=".")
            text = article(intro, f"{a.full}, who served as {off} of {where} from {y1} to {y2}, said: {q}")
            expects = [_d(q, a, t)]
        elif s == 2:
            body = _body(1)[0]
            text = (
                f"{a.full}, who played under the late conductor {dead.full} at {body} for a decade, said {c}."
            )
            expects, others = [_rep(text, c, a)], [body]
        elif s == 3:
            text = article(
                intro,
                f"{x.t(2)} said {a.full}, a former {off} of {where} and a friend of {dead.last} "
                "since school.",
            )
            expects = [_d(x.t(2), a, t)]
        elif s == 4:
            short = _career(x)[2].replace("the former ", "").replace("the ", "")
            text = article(
                f"Tributes have been paid to the late {short} {dead.full}.",
                f"{a.full}, the retired {off} of {where}, recalled that {c}.",
            )
            expects = [_rep(text, c, a, t)]
        elif s == 5:
            text = article(intro, f"Former {off} {a.full} said {c}.")
            expects, others = [_rep(text, c, a, Contains(off))], others[:-1]
        else:
            text = article(
                intro,
                f"{a.full}, a former {off} of {where}, and {b.full}, a former {offb} of {whereb}, "
                "both spoke.",
                f"{x.t(3)} {a.last} said. {x.t(6)} said {b.last}.",
            )
            expects, people, others = [_d(x.t(3), a, t), _d(x.t(6), b, tb)], (a, b, dead), [*others, whereb]
        yield _case(f"ho69-fmr-{s}", text, expects, people, others)


# --- 5. careers and ages ------------------------------------------------------------------------------------


def careers_ages() -> Iterator[Case]:
    """Long appositive careers with ages: `NAME, 84, a retired JOB from TOWN, said:`, `who spent 31 years as a
    JOB at BODY before retiring in Y`, `a JOB at BODY who trained under SURNAME`, `now 71 and living in TOWN`,
    `a JOB from TOWN who first met DEAD in Y`, two witnesses with ages, the deceased with age and job. Key:
    the speaker's, with the job (and the body where one is stated)."""
    for x in _slots(7, "ho69-car"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        job, jobb = pick(JOBS69, x.n), pick(JOBS69, x.n + 5)
        town = pick(TOWNS69, x.n + 7)
        body = _body(x.n + 2)[0]
        year = pick(YEARS69, x.n + 1)
        age, ageb = a.age + 14, b.age + 9
        people: tuple[Person, ...] = (a, dead)
        others = [*others, town]
        if s == 0:
            q = x.t(end=".")
            text = article(intro, f"{a.full}, {age}, a retired {job} from {town}, said: {q}")
            expects = [_d(q, a, Contains(job))]
        elif s == 1:
            text = article(
                intro,
                f"{x.t()} said {a.full}, {age}, who spent {10 + x.n % 30} years as a {job} at {body} "
                f"before retiring in {year}.",
            )
            expects, others = [_d(x.t(), a)], [*others, body]
        elif s == 2:
            c = f"{dead.last} {x.pred()}"
            text = article(
                intro, f"{a.full}, {age}, a {job} at {body} who trained under {dead.last}, said {c}."
            )
            expects, others = [_rep(text, c, a, Contains((job, _bare(body))))], [*others, body]
        elif s == 3:
            c = f"{dead.pronoun} {x.pred(3)}"
            text = article(intro, f"{a.full}, now {age} and living in {town}, said {c}.")
            expects = [_rep(text, c, a)]
        elif s == 4:
            q = x.t(2, ".")
            text = article(
                intro, f"{a.full}, a {job} from {town} who first met {dead.full} in {year}, said: {q}"
            )
            expects = [_d(q, a, Contains(job))]
        elif s == 5:
            text = article(
                intro,
                f"{x.t(1)} said {a.full}, {age}.",
                f"{x.t(5)} added {b.full}, {ageb}, a {jobb} at {body}.",
            )
            expects = [_d(x.t(1), a), _d(x.t(5), b, Contains((jobb, _bare(body))))]
            people, others = (a, b, dead), [*others, body]
        else:
            ra = _role(x.n)
            dtown = pick(TOWNS69, x.n + 3)
            text = article(
                f"{dead.full}, {dead.age}, a retired {job} from {dtown}, died on {pick(DAYS69, x.n)}.",
                f"{x.t(4)} said {a.full}, {ra.after}.",
            )
            expects, others = [_d(x.t(4), a, _t(ra))], [dtown, ra.body]
        yield _case(f"ho69-car-{s}", text, expects, people, others)


# --- 6. second references -----------------------------------------------------------------------------------


def second_references() -> Iterator[Case]:
    """Second references among two or three living people of both genders after an obituary's first
    sentence: the short reference (*the violinist*), the surname, the pronoun, *the former OFFICE*, *the
    58-year-old*, a pronoun after the other person spoke. Key: each quotation its speaker's, with the title
    stated at the first mention."""
    for x in _slots(7, "ho69-sec"):
        a, b, c3, dead, s = x.a, x.b, x.c, x.dead, x.shape
        intro, _title, others = _intro(x)
        ra = _role(x.n)
        rb = _role(x.n + 5, ra)
        rc = _role(x.n + 9, ra)
        if rc.noun == rb.noun or rc.body == rb.body:
            rc = _role(x.n + 10, rb)
        ta, tb = _t(ra), _t(rb)
        cl = f"{dead.last} {x.pred()}"
        people: tuple[Person, ...] = (a, b, dead)
        others = [*others, ra.body, rb.body]
        if s == 0:
            text = article(
                intro,
                f"{a.full}, {ra.after}, studied with {dead.last} in the 1970s. {x.t()} {ra.short} said.",
                f"{x.t(4)} said {b.full}, {rb.after}.",
            )
            expects = [_d(x.t(), a, ta), _d(x.t(4), b, tb)]
        elif s == 1:
            text = article(
                intro,
                f"{x.t()} said {a.full}, {ra.after}. {x.t(4)} said {b.full}, {rb.after}.",
                f"{a.last} added that {cl}.",
            )
            expects = [_d(x.t(), a, ta), _d(x.t(4), b, tb), _rep(text, cl, a, ta)]
        elif s == 2:
            text = article(
                intro,
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, both spoke at the memorial on "
                f"{pick(DAYS69, x.n + 2)}.",
                f"{x.t(1)} {a.pronoun} said. {cap(b.pronoun)} said that {cl}.",
            )
            expects = [_d(x.t(1), a, ta), _rep(text, cl, b, tb)]
        elif s == 3:
            off, where, t = _office(x.n)
            text = article(
                intro,
                f"{a.full}, a former {off} of {where}, knew {dead.last} for half a century. "
                f"{x.t(2)} the former {off} said.",
                f"{x.t(6)} said {b.full}, {rb.after}.",
            )
            expects, others = [_d(x.t(2), a, t), _d(x.t(6), b, tb)], [*others, where]
        elif s == 4:
            text = article(
                intro,
                f"{x.t(1)} said {a.full}, {ra.after}. {x.t(5)} said {b.full}, {rb.after}.",
                f"{c3.full}, {rc.after}, said {cl}. {x.t(9)} {a.last} said.",
            )
            expects = [_d(x.t(1), a, ta), _d(x.t(5), b, tb), _rep(text, cl, c3, _t(rc)), _d(x.t(9), a, ta)]
            people, others = (a, b, c3, dead), [*others, rc.body]
        elif s == 5:
            text = article(
                intro,
                f"{a.full}, {a.age}, {ra.after}, met {dead.last} in {pick(YEARS69, x.n)}. "
                f"{x.t(3)} the {a.age}-year-old said.",
                f"{x.t(7)} said {b.full}, {rb.after}.",
            )
            expects = [_d(x.t(3), a, ta), _d(x.t(7), b, tb)]
        else:
            text = article(
                intro,
                f"{x.t()} said {a.full}, {ra.after}.",
                f"{b.full}, {rb.after}, agreed. {x.t(4)} {b.pronoun} said. {x.t(8)} {a.pronoun} added.",
            )
            expects = [_d(x.t(), a, ta), _d(x.t(4), b, tb), _d(x.t(8), a, ta)]
        yield _case(f"ho69-sec-{s}", text, expects, people, others)


# --- 7. statements by bodies --------------------------------------------------------------------------------


def body_statements() -> Iterator[Case]:
    """Bodies on a death: `BODY said it was "deeply saddened" by the death of C`, `the KIND said in a
    statement`, `BODY said on DAY that C`, `BODY, where SURNAME VERB from Y1 to Y2, said:`, `it said in a
    statement` after a sentence about the body, a body's report then a titled person, `BODY described SURNAME
    as "X"`. Key: the body's (its name, or the kind noun); the deceased never speaks."""
    for x in _slots(7, "ho69-bod"):
        a, dead, s = x.a, x.dead, x.shape
        body, kind, verb = _body(x.n + x.shape)
        bn = (_bare(body), kind)
        yrs = 11 + x.n % 30
        first = f"{dead.full}, who {verb} {body} for {yrs} years, has died aged {dead.age}."
        intro, _title, others = _intro(x)
        others = [o for o in others if _bare(o) != _bare(body)]
        people: tuple[Person, ...] = (dead,)
        y1, y2 = sorted((pick(YEARS69, x.n), pick(YEARS69, x.n + 4)))
        if s == 0:
            c = f"it was {x.m.q('deeply saddened')} by the death of {dead.full}"
            text = f"In a statement, {body} said {c}."
            expects, others = [_mix(text, c, (_bare(body),))], []
        elif s == 1:
            text = article(first, f"{x.t()} the {kind} said in a statement.")
            expects, others = [_d(x.t(), bn)], []
        elif s == 2:
            c = f"{dead.last} {x.pred()}"
            text = article(intro, f"{body} said on {pick(DAYS69, x.n)} that {c}.")
            expects = [_rep(text, c, (_bare(body),))]
        elif s == 3:
            q = x.t(2, ".")
            text = article(intro, f"{body}, where {dead.last} {verb.split()[0]} from {y1} to {y2}, said: {q}")
            expects = [_d(q, (_bare(body),))]
        elif s == 4:
            text = article(
                first, f"The {kind} lowered its flag to half-mast on {pick(DAYS69, x.n)}. {x.t(3)} it said."
            )
            expects, others = [_d(x.t(3), bn)], []
        elif s == 5:
            ra = _role(x.n + 2)
            c = f"{dead.last} {x.pred(4)}"
            text = article(
                intro, f"{body} said in a statement that {c}.", f"{x.t(5)} said {a.full}, {ra.after}."
            )
            expects = [_rep(text, c, (_bare(body),)), _d(x.t(5), a, _t(ra))]
            people, others = (a, dead), [*others, ra.body]
        else:
            text = article(intro, f"{body} described {dead.last} as {x.frag()}.")
            expects = [called_report(text, f"{dead.last} as", x.frag(), (_bare(body),))]
        yield _case(f"ho69-bod-{s}", text, expects, people, [*others, body])


# --- 8. profiles --------------------------------------------------------------------------------------------


def profiles() -> Iterator[Case]:
    """Profile features in the present tense: the subject (a living JOB) quoted over several paragraphs with
    `SURNAME says` and a pronoun, a second person of the other gender around them, the subject's report, a
    teacher's words the subject remembers (the teacher's), a third person by full name. Key: each quotation
    its speaker's; the subject's title is the job when an apposition states it."""
    for x in _slots(6, "ho69-pro"):
        sj, b, c3, dead, s = x.a, x.b, x.c, x.dead, x.shape
        job, town = pick(JOBS69, x.n + 2), pick(TOWNS69, x.n + 4)
        rb = _role(x.n + 1)
        rc = _role(x.n + 6, rb)
        he = sj.pronoun
        year = pick(YEARS69, x.n + 3)
        people: tuple[Person, ...] = (sj, b)
        others: list[str] = [town, rb.body]
        q1, q2, qb = x.subj(), x.subj(3), x.t(2)
        if s == 0:
            text = article(
                f"At {sj.age}, {sj.full} is the last {job} in {town}.",
                f"{q1} {sj.last} says, wiping {sj.poss} hands on a cloth.",
                f"{cap(he)} learned the trade from {sj.poss} {sj.kin('mother', 'father')}, "
                f"who died in {year}.",
                f"{qb} says {b.full}, {rb.after}.",
                f"{sj.last} has no plans to stop. {q2} {he} says.",
            )
            expects = [_d(q1, sj), _d(qb, b, _t(rb)), _d(q2, sj)]
        elif s == 1:
            text = article(
                f"For forty years, {sj.full}, a {job} in {town}, has opened {sj.poss} workshop at six.",
                f"{q1} {he} says.",
                f"{b.full}, {rb.after}, has known {sj.obj} since {year}. {qb} {b.last} says.",
                f"{q2} says {sj.last}.",
            )
            expects = [_d(q1, sj, Contains(job)), _d(qb, b, _t(rb)), _d(q2, sj, Contains(job))]
        elif s == 2:
            c = pick(SUBJECT_CLAUSES69, x.n)
            text = article(
                f"{sj.full}, a {job}, still works six days a week in {town}.",
                f"{sj.last} says {c}. {b.full}, {rb.after}, is not surprised.",
                f"{qb} {b.pronoun} says.",
            )
            expects = [_rep(text, c, sj, Contains(job)), _d(qb, b, _t(rb))]
        elif s == 3:
            q3 = x.subj(5, ".")
            text = article(
                f"{sj.full} is {sj.age} and has no intention of slowing down.",
                f"{q1} {he} says, pouring coffee. {q3}",
            )
            # key fix: one quotation with its credit inside is equally right
            expects = alts(text, [_d(q1, sj), _d(q3, sj)], [_d(span(text, q1, q3), sj)])
        elif s == 4:
            own = x.own(end=".")
            text = article(
                f"{sj.full}, a {job} in {town}, still keeps a photograph of {dead.full} above the bench.",
                f"{sj.last} remembers what {dead.last}, {sj.poss} first teacher, told {sj.obj} "
                f"in {year}: {own}",
                f"{q2} {sj.last} says.",
            )
            expects, people = [_d(own, dead), _d(q2, sj, Contains(job))], (sj, dead)
            others = [town]
        else:
            text = article(
                f"{sj.full}, a {job} in {town}, turns {sj.age + 20} next month.",
                f"{q1} {he} says.",
                f"{qb} says {b.full}, {rb.after}. {x.t(6)} says {c3.full}, {rc.after}.",
            )
            expects = [_d(q1, sj, Contains(job)), _d(qb, b, _t(rb)), _d(x.t(6), c3, _t(rc))]
            people, others = (sj, b, c3), [*others, rc.body]
        yield _case(f"ho69-pro-{s}", text, expects, people, others)


# --- 9. cause of death --------------------------------------------------------------------------------------


def cause_of_death() -> Iterator[Case]:
    """The cause of death confirmed by someone: `She died of X at her home in TOWN on DAY, her son, NAME,
    said.`, `The cause was X, said`, `The death was confirmed by` (no clause: tolerated), `said the cause
    was X`, `said, citing complications of X`, `confirmed that`, a body's report, a direct quotation with `who
    confirmed the death`. Key: the reporter's indirect report (or quotation); the deceased never speaks."""
    for x in _slots(8, "ho69-cod"):
        a, dead, s = x.a, x.dead, x.shape
        app, _title, _short, bodies = _career(x)
        he, his = dead.pronoun, dead.poss
        kin = _kin(a, x.n)
        cause, town, day = pick(CAUSES69, x.n), pick(TOWNS69, x.n + 1), pick(DAYS69, x.n)
        first = f"{dead.full}, {app}, has died. {cap(he)} was {dead.age}."
        people: tuple[Person, ...] = (a, dead)
        others: list[str] = [*bodies, town]
        if s == 0:
            c = f"{cap(he)} died of {cause} at {his} home in {town} on {day}"
            text = article(first, f"{c}, {his} {kin}, {a.full}, said.")
            expects = [_rep(text, c, a)]
        elif s == 1:
            c = f"The cause was {cause}"
            text = article(first, f"{c}, said {his} {kin}, {a.full}.")
            expects = [_rep(text, c, a)]
        elif s == 2:
            region = f"{poss(dead.full)} death was confirmed by {his} {kin}, {a.full}."
            text = article(f"{dead.full}, {app}, died on {day} in {town}.", region)
            expects = tolerate(text, region, (a.full,))
        elif s == 3:
            c = f"the cause was {cause}"
            text = article(first, f"{cap(his)} {kin}, {a.full}, said {c}.")
            expects = [_rep(text, c, a)]
        elif s == 4:
            c = f"{cap(he)} died in hospital in {town} on {day}"
            text = article(first, f"{c}, {a.full}, {his} {kin}, said, citing {cause}.")
            # key fix: what the relative cites is the relative's report, or none
            expects = [_rep(text, c, a), *tolerate(text, f"citing {cause}", (a.full,))]
        elif s == 5:
            c = f"{he} had died peacefully in {his} sleep"
            text = article(first, f"{a.full}, {his} {kin}, confirmed that {c}.")
            expects = [_rep(text, c, a)]
        elif s == 6:
            body = _body(x.n + 3)[0]
            c = f"{dead.last} had died on {day} after a short illness"
            text = article(first, f"{body} said {c}.")
            expects, others = [_rep(text, c, (_bare(body),))], [*others, body]
        else:
            q = x.m.q(f"{cap(he)} went the way {he} wanted, at home, with the radio on,")
            text = article(first, f"{q} said {his} {kin}, {a.full}, who confirmed the death.")
            # key fix: `confirmed the death` is the relative's report or none, as in shape 2
            expects = [_d(q, a), *tolerate(text, "confirmed the death", (a.full,))]
        yield _case(f"ho69-cod-{s}", text, expects, people, others)


# --- 10. funerals and memorials -----------------------------------------------------------------------------


def funerals() -> Iterator[Case]:
    """Funerals and memorials: `Speaking at the funeral in CHURCH on DAY, NAME, her son, said:`, `told
    mourners at CHURCH that C`, `In her eulogy, NAME, ROLE, said C`, `The Rev. NAME, who led the service,`,
    `said, to applause from the 300 people who filled CHURCH`, a poem read at a memorial (its title no
    quotation), two children. Key: the speaker's; mourners, churches and the deceased never speak."""
    for x in _slots(7, "ho69-fun"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        church, day = pick(CHURCHES69, x.n), pick(DAYS69, x.n + 2)
        ra = _role(x.n)
        kin = _kin(a, x.n)
        cl = f"{dead.last} {x.pred()}"
        people: tuple[Person, ...] = (a, dead)
        others = [*others, church, "mourners"]
        if s == 0:
            q = x.t(end=".")
            text = article(
                intro, f"Speaking at the funeral in {church} on {day}, {a.full}, {dead.poss} {kin}, said: {q}"
            )
            expects = [_d(q, a)]
        elif s == 1:
            text = article(intro, f"{a.full} told mourners at {church} that {cl}.")
            expects = [_rep(text, cl, a)]
        elif s == 2:
            text = article(intro, f"In {a.poss} eulogy, {a.full}, {ra.after}, said {cl}.")
            expects, others = [_rep(text, cl, a, _t(ra))], [*others, ra.body]
        elif s == 3:
            q = x.t(1, ".")
            text = article(intro, f"The Rev. {a.full}, who led the service at {church}, said: {q}")
            expects = [_d(q, a)]
        elif s == 4:
            text = article(
                intro,
                f"{x.t(2)} {a.full} said, to applause from the {150 + x.n * 10} people who filled {church}.",
            )
            expects = [_d(x.t(2), a)]
        elif s == 5:
            poem = x.m.q(pick(POEMS69, x.n))
            text = article(
                intro,
                f"More than {200 + x.n} people attended the memorial at {church}. {a.full}, {ra.after}, read "
                f"{poem}, a poem {dead.last} had written in {pick(YEARS69, x.n)}.",
                f"{x.t(3)} {a.pronoun} said afterwards.",
            )
            expects, others = [_d(x.t(3), a, _t(ra))], [*others, ra.body]
        else:
            text = article(
                intro,
                f"{a.full} and {b.full}, two of {dead.poss} former pupils, spoke at the service in {church}.",
                f"{x.t(4)} said {a.last}. {x.t(8)} said {b.last}.",
            )
            expects, people = [_d(x.t(4), a), _d(x.t(8), b)], (a, b, dead)
        yield _case(f"ho69-fun-{s}", text, expects, people, others)


# --- 11. mixed fragments ------------------------------------------------------------------------------------


def mixed_fragments() -> Iterator[Case]:
    """Pointed fragments about the deceased: `NAME, ROLE, described SURNAME as "X".`, `remembered him as "X"`,
    `called her "X"`, `NAME, her son, said she had been "X" to the end`, `"X" was how NAME, ROLE, described
    her.`, a fragment and a full quotation of two people. Key: the fragment (with its object, or alone) the
    describer's mixed report; the deceased never speaks."""
    for x in _slots(6, "ho69-mix"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        ra = _role(x.n)
        rb = _role(x.n + 3, ra)
        fr = x.frag()
        people: tuple[Person, ...] = (a, dead)
        others = [*others, ra.body]
        if s == 0:
            text = article(intro, f"{a.full}, {ra.after}, described {dead.last} as {fr}.")
            expects = [called_report(text, f"{dead.last} as", fr, a, title=_t(ra))]
        elif s == 1:
            text = article(intro, f"{a.full}, {ra.after}, remembered {dead.obj} as {fr}.")
            expects = [called_report(text, f"{dead.obj} as", fr, a, title=_t(ra))]
        elif s == 2:
            text = article(intro, f"{a.full}, {ra.after}, called {dead.obj} {fr}.")
            expects = [called_report(text, dead.obj, fr, a, title=_t(ra))]
        elif s == 3:
            c = f"{dead.pronoun} had been {fr} to the end"
            text = article(intro, f"{a.full}, {dead.poss} {_kin(a, x.n)}, said {c}.")
            expects, others = [_mix(text, c, a)], others[:-1]
        elif s == 4:
            fr = x.m.q(cap(pick(FRAGS69, x.n)))  # key fix: a sentence opens with a capital
            text = article(intro, f"{fr} was how {a.full}, {ra.after}, described {dead.obj}.")
            opts = ((fr, ("direct", "mixed")), (f"{fr} was how", ("mixed",)))
            expects = [segmented(text, opts, a, _t(ra))]
        else:
            text = article(
                intro,
                f"{a.full}, {ra.after}, described {dead.last} as {fr}.",
                f"{x.t(2)} said {b.full}, {rb.after}.",
            )
            expects = [called_report(text, f"{dead.last} as", fr, a, title=_t(ra)), _d(x.t(2), b, _t(rb))]
            people, others = (a, b, dead), [*others, rb.body]
        yield _case(f"ho69-mix-{s}", text, expects, people, others)


# --- 12. written tributes -----------------------------------------------------------------------------------


def written_tributes() -> Iterator[Case]:
    """Written tributes: `NAME, ROLE, wrote on social media:`, `In a post on BODY's website, NAME wrote
    that C`, the book of condolence, `"T," NAME wrote in a letter to PAPER.`, a photograph posted with the
    words, two posts in a row. Key: the writer's; papers, bodies and the deceased never speak."""
    for x in _slots(6, "ho69-wri"):
        a, b, dead, s = x.a, x.b, x.dead, x.shape
        intro, _title, others = _intro(x)
        ra = _role(x.n)
        rb = _role(x.n + 3, ra)
        body = _body(x.n + 1)[0]
        paper = pick(PAPERS69, x.n)
        cl = f"{dead.last} {x.pred()}"
        people: tuple[Person, ...] = (a, dead)
        others = [*others, ra.body, body, paper]
        if s == 0:
            q = x.t(end=".")
            text = article(intro, f"{a.full}, {ra.after}, wrote on social media: {q}")
            expects = [_d(q, a, _t(ra))]
        elif s == 1:
            text = article(intro, f"In a post on the website of {body}, {a.full} wrote that {cl}.")
            expects = [_rep(text, cl, a)]
        elif s == 2:
            q = x.t(1, ".")
            text = article(
                intro,
                f"A book of condolence has been opened at {pick(CHURCHES69, x.n)}. "
                f"One of the first to sign it was {a.full}, {ra.after}, who wrote: {q}",
            )
            expects, others = [_d(q, a, _t(ra))], [*others, pick(CHURCHES69, x.n)]
        elif s == 3:
            text = article(intro, f"{x.t(2)} {a.full} wrote in a letter to {paper}.")
            expects = [_d(x.t(2), a)]
        elif s == 4:
            q = x.t(3, ".")
            text = article(
                intro,
                f"{a.full}, {dead.poss} {_kin(a, x.n)}, posted a photograph of {dead.obj} at the helm of a "
                f"dinghy with the words: {q}",
            )
            # key fix: the picture with its words is the poster's mixed report too (round 67's reading)
            pic = span(text, "a photograph of", q)
            expects = alts(text, [_d(q, a)], [Expect(pic, "mixed", (a.full,))])
        else:
            text = article(
                intro,
                f"Tributes poured in online. {x.t(4)} wrote {a.full}, {ra.after}. {x.t(8)} wrote {b.full}, "
                f"{rb.after}.",
            )
            expects, people, others = (
                [_d(x.t(4), a, _t(ra)), _d(x.t(8), b, _t(rb))],
                (a, b, dead),
                [*others, rb.body],
            )
        yield _case(f"ho69-wri-{s}", text, expects, people, others)


# --- 13. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks and passages that report nothing: a book, album or film title, a nickname, an epitaph, a
    plaque's inscription, a song sung at the service beside one real tribute, dates and a list, survivors,
    a poem read. Key: no quotation except the one tribute, which is the relative's."""
    for x in _slots(8, "ho69-ctl"):
        a, dead, s = x.a, x.dead, x.shape
        app, _title, _short, bodies = _career(x)
        he, his = dead.pronoun, dead.poss
        town = pick(TOWNS69, x.n)
        year = pick(YEARS69, x.n)
        noun, work = pick(WORKS69, x.n)
        people: tuple[Person, ...] = (a, dead)
        expects: list[Expect] = []
        if s == 0:
            text = f"{poss(dead.full)} {year} {noun}, {x.m.q(work)}, sold more than {x.n + 4},000 copies."
        elif s == 1:
            text = article(
                f"{dead.full}, {app}, has died aged {dead.age}.",
                f"{cap(he)} was known across {town} as {x.m.q(pick(NICKNAMES69, x.n))}.",
            )
        elif s == 2:
            text = (
                f"{cap(his)} headstone in the churchyard at {town} bears the words "
                f"{x.m.q(pick(EPITAPHS69, x.n))}."
            )
            text = article(f"{dead.full} was buried on {pick(DAYS69, x.n)}.", text)
        elif s == 3:
            q = x.t(1)
            text = article(
                f"The choir sang {x.m.q(pick(SONGS69, x.n))} as the coffin of {dead.full} was carried out.",
                f"{q} said {his} {_kin(a, x.n)}, {a.full}.",
            )
            expects = [_d(q, a)]
        elif s == 4:
            y1 = 1920 + x.n % 15
            text = (
                f"{dead.full} ({y1}\u2013{y1 + dead.age}). Born in {town}. Married {y1 + 24}. "
                f"Three children, seven grandchildren. "
                f"Funeral at {pick(CHURCHES69, x.n)} on {pick(DAYS69, x.n)}."
            )
        elif s == 5:
            text = (
                f"A bench beside the lake at {town} carries a brass plaque inscribed "
                f"{x.m.q(pick(EPITAPHS69, x.n + 1) + ': ' + dead.full)}."
            )
        elif s == 6:
            text = article(
                f"{dead.full}, {app}, died on {pick(DAYS69, x.n)}. {cap(he)} was {dead.age}.",
                f"{cap(he)} is survived by {his} {_kin(a, x.n)}, {a.full}, and {3 + x.n % 9} grandchildren.",
            )
        else:
            ra = _role(x.n)
            text = (
                f"{a.full}, {ra.after}, read {x.m.q(pick(POEMS69, x.n))} at the memorial, and the {noun} "
                f"{x.m.q(work)} was on sale in the foyer."
            )
        yield _case(f"ho69-ctl-{s}", text, expects, people, [town, *bodies])


HELD_OUT_69 = (
    _named(
        "relatives",
        "4",
        "said her son, NAME; his widow, NAME, said in a statement; a family statement",
        relatives,
    ),
    _named(
        "colleagues",
        "6",
        "who worked with him for 20 years at BODY; BODY's ROLE, NAME; told OUTLET",
        colleagues,
    ),
    _named(
        "own_words",
        "4",
        "once told an interviewer; in a 1998 interview; as she put it in her memoir",
        own_words,
    ),
    _named(
        "former_titles",
        "6",
        "the former mayor of X, NAME; who served as X from Y1 to Y2; the late",
        former_titles,
    ),
    _named(
        "careers_ages", "6", "NAME, 84, a retired engineer from TOWN; who spent 31 years as", careers_ages
    ),
    _named(
        "second_references",
        "4",
        "the violinist; surname; pronoun; the former ROLE; the 58-year-old",
        second_references,
    ),
    _named(
        "body_statements",
        "5",
        'BODY said it was "deeply saddened"; the club said in a statement',
        body_statements,
    ),
    _named(
        "profiles",
        "4",
        "SURNAME says; the subject at length; people around them; a teacher's words",
        profiles,
    ),
    _named(
        "cause_of_death",
        "1",
        "died of X, her son said; the cause was X; confirmed that; citing",
        cause_of_death,
    ),
    _named("funerals", "4", "told mourners; eulogy; The Rev. NAME; a poem read at the service", funerals),
    _named(
        "mixed_fragments",
        "3",
        'described SURNAME as "X"; remembered him as "X"; called her "X"',
        mixed_fragments,
    ),
    _named(
        "written_tributes",
        "5",
        "wrote on social media; a letter to PAPER; book of condolence",
        written_tributes,
    ),
    _named(
        "controls", "8", "books, albums, nicknames, epitaphs, inscriptions, songs, dates and lists", controls
    ),
)
