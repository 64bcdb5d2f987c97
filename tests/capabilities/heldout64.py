"""Sixty-fourth held-out round: capabilities written at commit ``3bd6fb9d`` by a helper (``hcap70``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout64data.py``: twenty-eight invented guests, hosts and
callers of many origins, each with a gender and an age; six invented stations with their programmes, podcasts
and documentaries; guests' roles with their bodies; broadcasters' own job titles; straight and curly double
marks and British single marks; quotations, reported clauses, hosts' questions, unmarked transcript answers,
pointed fragments, corrections, catchphrases, jingles, segment and episode names, hashtags) as a round of
BROADCAST, PODCAST AND INTERVIEW NEWS, as a media desk reports what was said on air: every case is a short
passage (one to five sentences, or a short transcript) with one to three people, and every quotation checks
the content (the marks and the words inside them for a direct quotation; the reported clause, with or without
its *that*, for an indirect one; an unmarked transcript answer with or without its final stop), the kind, the
canonical full name and, whenever the text states one, the title with `Contains` of the role noun and each
affiliation stated, with `wrong_speakers` for every other person, station, programme, podcast, film, body and
town.

Conventions: the host, the programme, the station, the podcast and the film never speak the guest's words; a
host's question in marks is the host's; the question of `Asked by NAME whether C` and a host's `put it to
NAME that C` are the host's or no one's (tolerated), never the guest's; a transcript's answers are the guest's
(direct, unmarked, with or without their final stop) and its questions the host's or no one's; a quotation
split by its credit is one quotation or two; a quotation alone in its sentence right after a report of the
same paragraph is a second quotation or the report's second part (one mixed quote); `the station's political
editor` requires only the role noun, `Westmarch Radio's political editor` the role and the station; a
broadcaster's statement is the broadcaster's, a spokesperson's words the spokesperson's (with or without the
body); programme, segment, episode and film names, catchphrases, jingles and hashtags in marks are no
quotations.

1. guests on programmes: `NAME, ROLE, told STATION's PROG programme:`, `Speaking on STATION's PROG, NAME
   said that C`, `Appearing on PROG, NAME said the plan was "X"`, a presenter named after
   (`guests_programmes`);
2. hosts' questions and guests' answers: `Asked by presenter HOST whether C, NAME replied:`, `"Q?" HOST asked.
   "A," NAME replied.`, `HOST put it to NAME that C` (`host_questions`);
3. transcripts: an intro naming guest and host, then `SURNAME:`/`Surname:`/`PRESENTER:`/full names in
   capitals/`Q:`-`A:` labels (`transcripts`);
4. podcasts: `said on the X podcast`, `co-host NAME`, `a podcast presented by HOST` (`podcasts`);
5. panel debates: two or three guests quoted in turn, pronouns of two genders, a chair (`panel_debates`);
6. phone-in callers: `A caller who gave her name as NAME said:`, `said NAME, a caller from TOWN`
   (`phone_in_callers`);
7. documentaries: `NAME says in the film`, a director and a narrator who never speak the guest's words, film
   titles in marks (`documentaries`);
8. social-media reactions to a broadcast: `wrote on X`, `posted on Facebook after watching PROG`, a reply to
   the host (`social_reactions`);
9. retractions and corrections: `STATION said in a statement`, `a spokesperson for STATION said`, the
   presenter's on-air apology, `the station said` (`corrections`);
10. broadcasters' titles: `NAME, the station's political editor,`, `STATION's business correspondent NAME`,
    `NAME, head of news at STATION` (`broadcaster_titles`);
11. pronouns with a host and a guest of different genders (`pronouns_host_guest`);
12. the host's name closest to the quotation while the guest speaks (`host_closest`);
13. controls: programme, segment and episode names, catchphrases, jingles, theme tunes and hashtags in marks,
    schedule news that reports nothing, beside one real quotation or none (`controls`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout64data import (
    ANSWERS64,
    CATCHPHRASES64,
    CLAUSES64,
    CORR_CLAUSES64,
    CORRECTIONS64,
    DAYS64,
    EPISODES64,
    FILMS64,
    FRAGS64,
    HASHTAGS64,
    JINGLES64,
    MARKS64,
    PEOPLE64,
    PODCASTS64,
    QUESTIONS64,
    QUOTES64,
    ROLES64,
    SEGMENTS64,
    STAFF64,
    STATIONS64,
    TOWNS64,
    Role64,
    Station,
)
from heldout_kit import (
    Mark,
    Person,
    alts,
    called_report,
    direct,
    mixed_report,
    other_person,
    segmented,
    span,
    tolerate,
)
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import that_report as _that_report

# --- slots and expectations ---------------------------------------------------------------------------------


@frozen
class S:
    """One case's slots: guest *a*, host *h* (the other gender), second guest *b* (the other gender), third
    guest *x* (a's gender), their roles, the station and programme, the marks and a filler index."""

    a: Person
    h: Person
    b: Person
    x: Person
    ra: Role64
    rb: Role64
    rx: Role64
    st: Station
    prog: str
    m: Mark
    k: int

    def q(self, n: int = 0, end: str = ",") -> str:
        return self.m.q(_pick(QUOTES64, self.k + n) + end)

    def c(self, n: int = 0) -> str:
        return _pick(CLAUSES64, self.k + n)

    @property
    def day(self) -> str:
        return _pick(DAYS64, self.k)

    @property
    def town(self) -> str:
        return _pick(TOWNS64, self.k)

    @property
    def pod(self) -> str:
        return _pick(PODCASTS64, self.k)

    @property
    def film(self) -> str:
        return _pick(FILMS64, self.k)


def _slot(a: Person, m: Mark, k: int) -> S:
    opp = "m" if a.gender == "f" else "f"
    h = other_person(PEOPLE64, a, k, gender=opp)
    b = other_person(PEOPLE64, a, k + 3, gender=opp, avoid=(h,))
    x = other_person(PEOPLE64, a, k + 5, gender=a.gender, avoid=(a,))
    st = _pick(STATIONS64, k)
    return S(
        a, h, b, x, _pick(ROLES64, k), _pick(ROLES64, k + 4), _pick(ROLES64, k + 7), st,
        _pick(st.programmes, k // 2), m, k,
    )  # fmt: skip


def _t(role: Role64) -> Contains:
    return Contains(role.parts)


def _d(content: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    return direct(content, p, title)


def _r(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, p, title)


def _split(text: str, q1: str, q2: str, p: Person, t: TitleSpec = ANY) -> list[Expect]:
    """`"Q1," NAME said. "Q2."`: two quotations, or one split quotation from Q1 to Q2."""
    return alts(text, [_d(q1, p, t), _d(q2, p, t)], [_d(span(text, q1, q2), p, t)])


def _report_then(text: str, clause: str, q: str, p: Person, t: TitleSpec = ANY) -> list[Expect]:
    """`NAME said (that) C. "Q."`: a report and a quotation, or one mixed quote of two parts."""
    names = (p.full,)
    joined = [
        [Expect(span(text, lead, q), "mixed", names, t, "person")]
        for lead in (f"that {clause}", clause)
        if lead in text
    ]
    return alts(text, [_r(text, clause, p, t), _d(q, p, t)], *joined)


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _the(name: str) -> str:
    """*name* after `the` as a modifier (`the Noon Desk panel`), once (key fix: no `the The Long Table`)."""
    return name if name.startswith("The ") else f"the {name}"


def _bodies(*roles: Role64) -> list[str]:
    return [r.body for r in roles if r.body]


#: What a shape yields: (text, expects, people, others).
Shaped = tuple[str, list[Expect], Sequence[Person], Sequence[str]]


def _case(
    template: str, text: str, expects: Sequence[Expect], people: Sequence[Person], others: Sequence[str]
) -> Case:
    """A case: every quotation given to a person, body or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spk = e.speaker
        accepted = (
            set() if spk is None else ({_bare(spk)} if isinstance(spk, str) else {_bare(n) for n in spk})
        )
        for w in people:
            if _bare(w.full) not in accepted:
                wrong.append((e.content, w.full))
        for o in dict.fromkeys(others):
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), wrong_speakers=wrong)


def _driver(
    key: str,
    shapes: Callable[[S, int], Shaped],
    n_shapes: int,
    n: int,
    *,
    marks: Sequence[Mark] = MARKS64,
    reps: int = 3,
) -> Callable[[], Iterator[Case]]:
    def gen() -> Iterator[Case]:
        combos = itertools.product(PEOPLE64, range(n_shapes), marks, range(reps))
        for a, shape, m, r in sample(combos, n, f"ho64-{key}"):
            k = _k(PEOPLE64.index(a), shape, r, marks.index(m))
            text, expects, people, others = shapes(_slot(a, m, k), shape)
            yield _case(f"ho64-{key}-{shape}", text, expects, people, others)

    return gen


# --- 1. guests on programmes --------------------------------------------------------------------------------


def _guests(s: S, shape: int) -> Shaped:
    a, ra, st, prog = s.a, s.ra, s.st, s.prog
    t = _t(ra)
    others = [st.name, prog, *_bodies(ra)]
    who = f"{a.full}, {ra.after},"
    if shape == 0:
        text = f"{who} told {_poss(st.name)} {prog} programme: {s.q(end='.')}"
        return text, [_d(s.q(end="."), a, t)], (a,), others
    if shape == 1:
        text = f"{s.q()} {who} told {prog} on {st.name}."
        return text, [_d(s.q(), a, t)], (a,), others
    if shape == 2:
        text = f"Speaking on {_poss(st.name)} {prog}, {who} said that {s.c()}."
        return text, [_r(text, s.c(), a, t)], (a,), others
    if shape == 3:
        text = f"{a.full} told {st.name} on {s.day} that {s.c()}."
        return text, [_r(text, s.c(), a)], (a,), others
    if shape == 4:
        obj, frag = _pick(FRAGS64, s.k)
        clause = f"{obj} was {s.m.q(frag)}"
        text = f"Appearing on {prog} on {s.day}, {who} said {clause}."
        return text, [mixed_report(text, clause, a, t)], (a,), others
    if shape == 5:
        text = f"{who} was a guest on {_poss(st.name)} {prog} on {s.day}. {s.q()} {a.pronoun} said."
        return text, [_d(s.q(), a, t)], (a,), others
    if shape == 6:
        text = (
            f"In an interview broadcast on {prog} on {s.day}, {who} said: {s.q(end='.')} "
            f"{s.b.full}, {s.rb.after}, declined to appear on the programme."
        )
        expects = [_d(s.q(end="."), a, t), *_asked(text, "declined to appear on the programme", s.b)]
        return text, expects, (a, s.b), [*others, *_bodies(s.rb)]
    if shape == 7:
        q1, q2 = s.q(), s.q(3, ".")
        text = f"{q1} {a.full} said on {st.name} on {s.day}. {q2}"
        return text, _split(text, q1, q2, a), (a,), others
    if shape == 8:
        text = f"{who} told {prog}: {s.q(end='.')} The programme is presented by {s.h.full}."
        return text, [_d(s.q(end="."), a, t)], (a, s.h), others
    text = f"On {_poss(st.name)} {prog}, {a.full} said {s.c()}, adding: {s.q(2, '.')}"
    return text, [_r(text, s.c(), a), _d(s.q(2, "."), a)], (a,), others


# --- 2. hosts' questions and guests' answers ----------------------------------------------------------------


def _asked(text: str, region: str, doer: Person) -> list[Expect]:
    """`asked B about X`, `thanked B for X`, `declined to X`: the doer's report or none, as the README's
    conventions set for a speech act's object (key fix: first keyed as no quotation)."""
    return tolerate(text, region, (doer.full,))


def _whether(text: str, region: str, h: Person) -> list[Expect]:
    return tolerate(text, region, (h.full,))


def _hostq(s: S, shape: int) -> Shaped:
    a, h, ra, st, prog = s.a, s.h, s.ra, s.st, s.prog
    t = _t(ra)
    others = [st.name, prog, *_bodies(ra)]
    who = f"{a.full}, {ra.after},"
    qd, qc = s.q(end="."), s.q()
    question = s.m.q(_pick(QUESTIONS64, s.k))
    if shape == 0:
        text = f"Asked by presenter {h.full} whether {s.c()}, {who} replied: {qd}"
        return text, [_d(qd, a, t), *_whether(text, f"whether {s.c()}", h)], (a, h), others
    if shape == 1:
        text = f"{h.full} asked {a.full} whether {s.c()}. {qc} {a.last} said."
        return text, [_d(qc, a), *_whether(text, f"whether {s.c()}", h)], (a, h), others
    if shape == 2:
        text = f"When {h.full} pressed {a.obj} on the cost, {who} said: {qd}"
        return text, [_d(qd, a, t)], (a, h), others
    if shape == 3:
        text = f"{question} presenter {h.full} asked. {qc} {a.full} replied."
        return text, [_d(question, h, Contains("presenter")), _d(qc, a)], (a, h), others
    if shape == 4:
        text = f"{who} was asked by {h.full} about the delays. {qc} {a.pronoun} said."
        return text, [_d(qc, a, t), *_asked(text, "about the delays", h)], (a, h), others
    if shape == 5:
        text = f"{question} {h.full} asked on {prog}. {a.full} replied: {qd}"
        return text, [_d(question, h), _d(qd, a)], (a, h), others
    if shape == 6:
        text = f"Pressed by {h.full} on {prog}, {a.full} said that {s.c()}."
        return text, [_r(text, s.c(), a)], (a, h), others
    if shape == 7:
        text = f"{h.full}, who presents {prog}, asked {a.full} about the closure. {a.last} told {h.obj}: {qd}"
        return text, [_d(qd, a), *_asked(text, "about the closure", h)], (a, h), others
    if shape == 8:
        text = (
            f"Asked by {h.full} on {_poss(st.name)} {prog} whether {a.pronoun} regretted the decision, "
            f"{a.full} said: {qd}"
        )
        region = f"whether {a.pronoun} regretted the decision"
        return text, [_d(qd, a), *_whether(text, region, h)], (a, h), others
    text = f"{h.full} put it to {who} that {s.c()}. {a.last} disagreed: {qd}"
    return text, [_d(qd, a, t), *_whether(text, f"that {s.c()}", h)], (a, h), others


# --- 3. transcripts -----------------------------------------------------------------------------------------


def _answer(text: str, ans: str, p: Person, t: TitleSpec) -> Expect:
    """An unmarked answer: with or without its final stop."""
    return segmented(text, ((ans + ".", ("direct",)), (ans, ("direct",))), p, t)


def _transcripts(s: S, shape: int) -> Shaped:
    a, h, ra, st, prog = s.a, s.h, s.ra, s.st, s.prog
    t = _t(ra)
    others = [st.name, prog, *_bodies(ra)]
    people: tuple[Person, ...] = (a, h)
    intro = (
        f"{a.full}, {ra.after}, spoke to {h.full} on {_poss(st.name)} {prog} on {s.day}. "
        "This is an edited transcript."
    )
    turns = 2
    hl, al = h.last.upper(), a.last.upper()
    if shape == 1:
        hl, al = h.last, a.last
    elif shape == 2:
        hl, al, turns = "PRESENTER", a.last.upper(), 1
    elif shape == 3:
        hl, al = h.full.upper(), a.full.upper()
    elif shape == 4:
        hl, al, turns = "Q", "A", 1
    elif shape == 5:
        intro = (
            f"{a.full}, {ra.after}, replaced {s.b.full} in March. "
            f"{_cap(a.pronoun)} spoke to {h.full}, the presenter of {prog}."
        )
        hl, al = h.last, a.last
        people = (a, h, s.b)
    qs = [_pick(QUESTIONS64, s.k), _pick(QUESTIONS64, s.k + 3)]
    ans = [_pick(ANSWERS64, s.k), _pick(ANSWERS64, s.k + 5)]
    paras = [intro]
    for i in range(turns):
        paras += [f"{hl}: {qs[i]}", f"{al}: {ans[i]}."]
    text = _article(*paras)
    expects: list[Expect] = []
    askers = (h.full, "Q", "presenter", "PRESENTER")
    for i in range(turns):
        expects.append(_answer(text, ans[i], a, t))
        expects += tolerate(text, qs[i], askers)
    return text, expects, people, others


# --- 4. podcasts --------------------------------------------------------------------------------------------


def _podcasts(s: S, shape: int) -> Shaped:
    a, h, ra, pod = s.a, s.h, s.ra, s.pod
    t = _t(ra)
    others = [pod, *_bodies(ra)]
    who = f"{a.full}, {ra.after},"
    qd, qc = s.q(end="."), s.q()
    if shape == 0:
        text = f"{qc} {who} said on {_the(pod)} podcast."
        return text, [_d(qc, a, t)], (a,), others
    if shape == 1:
        text = f"Speaking on {a.poss} podcast, {pod}, {a.full} said that {s.c()}."
        return text, [_r(text, s.c(), a)], (a,), others
    if shape == 2:
        text = f"{who} told {_the(pod)} podcast, hosted by {h.full}, that {s.c()}."
        return text, [_r(text, s.c(), a, t)], (a, h), others
    if shape == 3:
        text = f"In the latest episode of {pod}, co-host {a.full} said: {qd}"
        return text, [_d(qd, a, Contains("co-host"))], (a,), others
    if shape == 4:
        text = f"{who} made the remarks on {pod}, a podcast presented by {h.full}. {qc} {a.pronoun} said."
        return text, [_d(qc, a, t)], (a, h), others
    if shape == 5:
        text = f"{qc} {a.full} told {h.full} on {_the(pod)} podcast, released on {s.day}."
        return text, [_d(qc, a)], (a, h), others
    if shape == 6:
        obj, frag = _pick(FRAGS64, s.k)
        clause = f"{obj} was {s.m.q(frag)}"
        text = f"On an episode of {pod} released on {s.day}, {who} said {clause}."
        return text, [mixed_report(text, clause, a, t)], (a,), others
    text = f"{who} said on {pod} that {s.c()}. {s.q(1, '.')}"
    return text, _report_then(text, s.c(), s.q(1, "."), a, t), (a,), others


# --- 5. panel debates ---------------------------------------------------------------------------------------


def _panel(s: S, shape: int) -> Shaped:
    a, b, x, h, st, prog = s.a, s.b, s.x, s.h, s.st, s.prog
    ta, tb, tx = _t(s.ra), _t(s.rb), _t(s.rx)
    others = [st.name, prog, *_bodies(s.ra, s.rb)]
    wa, wb = f"{a.full}, {s.ra.after},", f"{b.full}, {s.rb.after},"
    q1c, q1d, q2c, q2d = s.q(), s.q(end="."), s.q(4), s.q(4, ".")
    if shape == 0:
        text = f"On {_the(prog)} panel on {st.name}, {wa} said {s.c()}. {wb} disagreed: {q2d}"
        return text, [_r(text, s.c(), a, ta), _d(q2d, b, tb)], (a, b), others
    if shape == 1:
        text = f"{q1c} said {wa[:-1]}. {q2c} replied {wb[:-1]}."
        return text, [_d(q1c, a, ta), _d(q2c, b, tb)], (a, b), others
    if shape == 2:
        text = f"The debate on {prog} grew heated. {wa} said: {q1d} {wb} hit back: {q2d}"
        return text, [_d(q1d, a, ta), _d(q2d, b, tb)], (a, b), others
    if shape == 3:
        text = f"{wa} said that {s.c()}. {wb} said that {s.c(3)}. {x.full}, {s.rx.after}, said: {s.q(6, '.')}"
        expects = [_r(text, s.c(), a, ta), _r(text, s.c(3), b, tb), _d(s.q(6, "."), x, tx)]
        return text, expects, (a, b, x), [*others, *_bodies(s.rx)]
    if shape == 4:
        text = f"{wa} and {wb} clashed on {prog}. {q1c} {a.pronoun} said. {q2c} {b.pronoun} replied."
        return text, [_d(q1c, a, ta), _d(q2c, b, tb)], (a, b), others
    if shape == 5:
        text = (
            f"Chaired by {h.full}, the panel on {prog} heard from {wa} and {wb[:-1]}. "
            f"{a.last} said {s.c()}. {b.last} said: {q2d}"
        )
        return text, [_r(text, s.c(), a, ta), _d(q2d, b, tb)], (a, b, h), others
    if shape == 6:
        obj, frag = _pick(FRAGS64, s.k)
        clause = f"{obj} was {s.m.q(frag)}"
        text = f"{wb} argued on {prog} that {s.c()}. But {wa} said {clause}."
        return text, [_r(text, s.c(), b, tb), mixed_report(text, clause, a, ta)], (a, b), others
    text = (
        f"{q1c} {a.full} told {_the(prog)} panel. {b.full} said: {q2d} "
        f"The programme's presenter, {h.full}, then moved on."
    )
    return text, [_d(q1c, a), _d(q2d, b)], (a, b, h), others


# --- 6. phone-in callers ------------------------------------------------------------------------------------


def _callers(s: S, shape: int) -> Shaped:
    a, h, st, prog, town = s.a, s.h, s.st, s.prog, s.town
    others = [st.name, prog, town]
    qd, qc = s.q(end="."), s.q()
    her = a.poss
    if shape == 0:
        text = f"A caller to {prog} who gave {her} name as {a.full} said: {qd}"
        return text, [_d(qd, a)], (a,), others
    if shape == 1:
        text = f"One caller, {a.full} from {town}, told the programme that {s.c()}."
        return text, [_r(text, s.c(), a)], (a,), others
    if shape == 2:
        text = f"{qc} said {a.full}, a caller from {town}."
        return text, [_d(qc, a)], (a,), others
    if shape == 3:
        text = (
            f"{h.full}, who hosts {prog}, took calls for two hours. "
            f"A caller who gave {her} name as {a.full} said: {qd}"
        )
        return text, [_d(qd, a)], (a, h), others
    if shape == 4:
        text = f"Listeners rang {_poss(st.name)} {prog} all morning. {a.full}, from {town}, said {s.c()}."
        return text, [_r(text, s.c(), a)], (a,), others
    if shape == 5:
        text = f"{a.full}, a retired teacher from {town}, rang {prog} to say that {s.c()}."
        return text, [_r(text, s.c(), a, Contains("teacher"))], (a,), others
    if shape == 6:
        question = s.m.q(_pick(QUESTIONS64, s.k))
        text = f"{question} {h.full} asked the next caller. {qc} replied {a.full}, from {town}."
        return text, [_d(question, h), _d(qc, a)], (a, h), others
    text = (
        f"A caller who gave {her} name as {a.full} told {h.full}: {qd} {h.last} thanked {a.obj} for calling."
    )
    return text, [_d(qd, a), *_asked(text, f"thanked {a.obj} for calling", h)], (a, h), others


# --- 7. documentaries ---------------------------------------------------------------------------------------


def _documentaries(s: S, shape: int) -> Shaped:
    a, h, ra, st, film = s.a, s.h, s.ra, s.st, s.film
    t = _t(ra)
    others = [st.name, film, *_bodies(ra)]
    who = f"{a.full}, {ra.after},"
    qd, qc = s.q(end="."), s.q()
    if shape == 0:
        text = (
            f"{film}, which airs on {st.name} on {s.day}, follows the closure of the harbour. "
            f"{qc} {who} says in the film."
        )
        return text, [_d(qc, a, t)], (a,), others
    if shape == 1:
        text = f"In the documentary {s.m.q(film)}, directed by {h.full}, {a.full} recalls that {s.c()}."
        return text, [_r(text, s.c(), a)], (a, h), others
    if shape == 2:
        text = f"{who} appears in {_poss(st.name)} new documentary, {s.m.q(film)}. {qc} {a.pronoun} says."
        return text, [_d(qc, a, t)], (a,), others
    if shape == 3:
        text = f"The film, {s.m.q(film)}, is narrated by {h.full}. In it, {who} says: {qd}"
        return text, [_d(qd, a, t)], (a, h), others
    if shape == 4:
        text = f"{qc} says {who} in one of the documentary's most striking scenes."
        return text, [_d(qc, a, t)], (a,), others
    if shape == 5:
        text = f"Director {h.full} told {st.name} that {s.c()}. In the film itself, {a.full} says: {qd}"
        return text, [_r(text, s.c(), h, Contains("director")), _d(qd, a)], (a, h), others
    if shape == 6:
        obj, frag = _pick(FRAGS64, s.k)
        text = f"In {film}, {who} describes {obj} as {s.m.q(frag)}."
        return text, [called_report(text, obj, s.m.q(frag), a, title=t, link=" as ")], (a,), others
    text = f"Speaking in the film, {a.full} said {s.c()}. {s.q(2, '.')}"
    return text, _report_then(text, s.c(), s.q(2, "."), a), (a,), others


# --- 8. social-media reactions ------------------------------------------------------------------------------


def _social(s: S, shape: int) -> Shaped:
    a, h, b, ra, st, prog = s.a, s.h, s.b, s.ra, s.st, s.prog
    t = _t(ra)
    others = [st.name, prog, *_bodies(ra)]
    who = f"{a.full}, {ra.after},"
    qd, qc = s.q(end="."), s.q()
    if shape == 0:
        text = f"After the interview was broadcast, {who} wrote on X: {qd}"
        return text, [_d(qd, a, t)], (a,), others
    if shape == 1:
        text = f"{qc} {a.full} posted on Facebook after watching {prog}."
        return text, [_d(qc, a)], (a,), others
    if shape == 2:
        text = f"Responding to {_poss(h.full)} interview on {prog}, {who} wrote on X that {s.c()}."
        return text, [_r(text, s.c(), a, t)], (a, h), others
    if shape == 3:
        tag = _pick(HASHTAGS64, s.k)
        text = f"{who} said on Instagram that {s.c()}, using the hashtag {tag}."
        return text, [_r(text, s.c(), a, t)], (a,), others
    if shape == 4:
        text = f"The clip of {h.full} questioning {b.full} was shared thousands of times. {who} wrote: {qd}"
        return text, [_d(qd, a, t)], (a, h, b), others
    if shape == 5:
        text = f"Viewers of {prog} took to social media. {qc} wrote {a.full}, from {s.town}."
        return text, [_d(qc, a)], (a,), [*others, s.town]
    if shape == 6:
        text = f"{a.full} replied to {h.full} on X: {qd}"
        return text, [_d(qd, a)], (a, h), others
    obj, frag = _pick(FRAGS64, s.k)
    text = f"In a post on Threads, {who} called {obj} {s.m.q(frag)}."
    return text, [called_report(text, obj, s.m.q(frag), a, title=t)], (a,), others


# --- 9. retractions and corrections -------------------------------------------------------------------------


def _corrections(s: S, shape: int) -> Shaped:
    a, h, ra, st, prog = s.a, s.h, s.ra, s.st, s.prog
    cq = s.m.q(_pick(CORRECTIONS64, s.k) + ".")
    cqc = s.m.q(_pick(CORRECTIONS64, s.k) + ",")
    cc = _pick(CORR_CLAUSES64, s.k)
    stn = (st.name,)
    if shape == 0:
        text = f"{st.name} said in a statement: {cq}"
        return text, [_d(cq, stn)], (), [prog]
    if shape == 1:
        text = f"In a statement on {s.day}, {st.name} said that {cc}."
        return text, [_r(text, cc, stn)], (), [prog]
    if shape == 2:
        text = f"{cqc} a spokesperson for {st.name} said."
        spokes = (f"a spokesperson for {st.name}", f"spokesperson for {st.name}", "spokesperson", st.name)
        return text, [_d(cqc, spokes)], (), [prog]
    if shape == 3:
        text = (
            f"{st.name} has apologised after {a.full}, {ra.after}, was wrongly described on {prog}. "
            f"{h.full}, the programme's presenter, told listeners on {s.day}: {cq}"
        )
        return text, [_d(cq, h, Contains("presenter"))], (a, h), [st.name, prog, *_bodies(ra)]
    if shape == 4:
        text = f"{st.name} issued a correction on {s.day}. {cqc} the {st.noun} said."
        return text, [_d(cqc, (st.name, f"the {st.noun}"))], (), [prog]
    if shape == 5:
        clause = f"{a.pronoun} had been quoted out of context"
        text = f"{a.full}, {ra.after}, said on {s.day} that {s.c()}. {st.name} later said {clause}."
        return text, [_r(text, s.c(), a, _t(ra)), _r(text, clause, stn)], (a,), [prog, *_bodies(ra)]
    if shape == 6:
        text = f"{_poss(st.name)} head of news, {h.full}, said: {cq}"
        return text, [_d(cq, h, Contains("head of news"))], (h,), [st.name, prog]
    text = f"The programme's editor, {h.full}, said in a statement that {cc}."
    return text, [_r(text, cc, h, Contains("editor"))], (h,), [st.name, prog]


# --- 10. broadcasters' titles -------------------------------------------------------------------------------


def _titles(s: S, shape: int) -> Shaped:
    a, h, st, prog = s.a, s.h, s.st, s.prog
    role = _pick(STAFF64, s.k).noun
    tr, trs = Contains(role), Contains((role, st.name))
    others = [st.name, prog]
    qd, qc = s.q(end="."), s.q()
    if shape == 0:
        text = f"{h.full}, the {st.noun}'s {role}, said that {s.c()}."
        return text, [_r(text, s.c(), h, tr)], (h,), others
    if shape == 1:
        text = f"{_poss(st.name)} {role} {h.full} said: {qd}"
        return text, [_d(qd, h, trs)], (h,), others
    if shape == 2:
        text = f"{qc} said {h.full}, {role} at {st.name}."
        return text, [_d(qc, h, trs)], (h,), others
    if shape == 3:
        text = f"{h.full}, who has been {_poss(st.name)} {role} since 2019, said {s.c()}."
        return text, [_r(text, s.c(), h, tr)], (h,), others
    if shape == 4:
        obj, frag = _pick(FRAGS64, s.k)
        clause = f"{obj} was {s.m.q(frag)}"
        text = f"Writing on the {st.noun}'s website, {role} {h.full} said {clause}."
        return text, [mixed_report(text, clause, h, tr)], (h,), others
    if shape == 5:
        text = f"{h.full}, {_poss(st.name)} {role}, told {_the(prog)} audience that {s.c()}."
        return text, [_r(text, s.c(), h, trs)], (h,), others
    if shape == 6:
        text = f"{a.full}, {s.ra.after}, spoke to {h.full}, the {st.noun}'s {role}. {qc} {a.last} said."
        return text, [_d(qc, a, _t(s.ra))], (a, h), [*others, *_bodies(s.ra)]
    text = f"{h.full}, {role} for {st.name}, said that {s.c()}."
    return text, [_r(text, s.c(), h, trs)], (h,), others


# --- 11. pronouns with a host and a guest -------------------------------------------------------------------


def _pronouns(s: S, shape: int) -> Shaped:
    a, h, ra, st, prog = s.a, s.h, s.ra, s.st, s.prog
    t = _t(ra)
    others = [st.name, prog, *_bodies(ra)]
    pa, ph = a.pronoun, h.pronoun
    qd, qc = s.q(end="."), s.q()
    question = s.m.q(_pick(QUESTIONS64, s.k))
    if shape == 0:
        text = f"{h.full} asked {a.full} about the delays. {qc} {pa} said."
        return text, [_d(qc, a), *_asked(text, "about the delays", h)], (a, h), others
    if shape == 1:
        text = f"{a.full} told {h.full} that {s.c()}. {question} {ph} asked. {qc} {pa} replied."
        return text, [_r(text, s.c(), a), _d(question, h), _d(qc, a)], (a, h), others
    if shape == 2:
        text = f"{a.full}, {ra.after}, was interviewed by {h.full} on {prog}. {_cap(pa)} said that {s.c()}."
        return text, [_r(text, s.c(), a, t)], (a, h), others
    if shape == 3:
        text = f"{h.full} put the question to {a.full}, {ra.after}. {_cap(pa)} said: {qd}"
        return text, [_d(qd, a, t)], (a, h), others
    if shape == 4:
        text = (
            f"{a.full}, {ra.after}, told {h.full} that {s.c()}. {_cap(ph)} then asked about the budget. "
            f"{qc} {pa} said."
        )
        expects = [_r(text, s.c(), a, t), _d(qc, a, t), *_asked(text, "about the budget", h)]
        return text, expects, (a, h), others
    if shape == 5:
        text = (
            f"Interviewing {a.full} on {prog}, {h.full} pressed {a.obj} on the figures. "
            f"{_cap(pa)} replied: {qd}"
        )
        return text, [_d(qd, a)], (a, h), others
    if shape == 6:
        clause = f"{ph} had asked {a.full} three times about the review"
        text = f"{h.full} said {clause}. {qc} {pa} told {h.obj}."
        return text, [_r(text, clause, h), _d(qc, a)], (a, h), others
    text = (
        f"{a.full} spoke to {h.full} for twenty minutes. {qc} {pa} said, before {ph} moved on to the weather."
    )
    return text, [_d(qc, a)], (a, h), others


# --- 12. the host's name closest ----------------------------------------------------------------------------


def _closest(s: S, shape: int) -> Shaped:
    a, h, ra, st, prog = s.a, s.h, s.ra, s.st, s.prog
    t = _t(ra)
    others = [st.name, prog, *_bodies(ra)]
    who = f"{a.full}, {ra.after},"
    qd, qc = s.q(end="."), s.q()
    if shape == 0:
        text = f"{who} told {h.full}: {qd}"
        return text, [_d(qd, a, t)], (a, h), others
    if shape == 1:
        text = f"{a.full} said in an interview with {prog} presenter {h.full}: {qd}"
        return text, [_d(qd, a)], (a, h), others
    if shape == 2:
        text = f"{qc} {a.full} told {h.full} on {prog}."
        return text, [_d(qc, a)], (a, h), others
    if shape == 3:
        text = f"Speaking to {h.full}, {who} said that {s.c()}."
        return text, [_r(text, s.c(), a, t)], (a, h), others
    if shape == 4:
        obj, frag = _pick(FRAGS64, s.k)
        clause = f"{obj} was {s.m.q(frag)}"
        text = f"{a.full}, who was interviewed by {h.full}, said {clause}."
        return text, [mixed_report(text, clause, a)], (a, h), others
    if shape == 5:
        text = f"In a conversation with {h.full}, {who} said: {qd}"
        return text, [_d(qd, a, t)], (a, h), others
    if shape == 6:
        text = f"{a.full} said on {prog}, which is presented by {h.full}, that {s.c()}."
        return text, [_r(text, s.c(), a)], (a, h), others
    text = f"{who} joined {h.full} in the studio. Turning to {h.last}, {a.pronoun} said: {qd}"
    return text, [_d(qd, a, t)], (a, h), others


# --- 13. controls -------------------------------------------------------------------------------------------


def _controls(s: S, shape: int) -> Shaped:
    a, h, ra, st, prog = s.a, s.h, s.ra, s.st, s.prog
    m = s.m
    others = [st.name, prog, *_bodies(ra)]
    other_st = _pick(STATIONS64, s.k + 1).name
    noun, phrase = _pick(CATCHPHRASES64, s.k)
    segment, episode = _pick(SEGMENTS64, s.k), _pick(EPISODES64, s.k)
    jingle = _pick(JINGLES64, s.k)
    if shape == 0:
        text = f"{h.full} presented {m.q(prog)} for nine years before moving to {other_st}."
        return text, [], (h,), others
    if shape == 1:
        text = f"{_cap(h.poss)} {noun}, {m.q(phrase)}, became famous across {s.town}."
        text = f"{h.full} retired from {st.name} on {s.day}. {text}"
        return text, [], (h,), others
    if shape == 2:
        text = f"The {st.noun}'s jingle, {m.q(jingle)}, plays at the top of every hour."
        return text, [], (), others
    if shape == 3:
        qd = s.q(end=".")
        text = f"The weekly segment {m.q(segment)} returns on {s.day}. {a.full}, {ra.after}, said: {qd}"
        return text, [_d(qd, a, _t(ra))], (a,), others
    if shape == 4:
        text = f"The episode, titled {m.q(episode)}, drew a record audience on {s.day}."
        return text, [], (), others
    if shape == 5:
        text = f"{a.full} will present {prog} from {s.day}, replacing {h.full}, who is moving to {other_st}."
        return text, [], (a, h), others
    if shape == 6:
        qc = s.q()
        text = f"The show's theme tune, {m.q(jingle)}, was written in 1998. {qc} {h.full} said."
        return text, [_d(qc, h)], (h,), others
    if shape == 7:
        tag = _pick(HASHTAGS64, s.k)
        text = f"Clips of {m.q(segment)} ran under the caption {m.q(tag)} all evening on {st.name}."
        return text, [], (), others
    text = f"{a.full}, {ra.after}, is the guest on this week's {m.q(episode)} edition of {prog}."
    return text, [], (a,), others


# --- the round ----------------------------------------------------------------------------------------------


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout64.{name}", group, description, unique_texts(gen))


HELD_OUT_64: tuple[Capability, ...] = (
    _named(
        "guests_programmes",
        "4",
        "NAME told STATION's PROG programme; Speaking on PROG, NAME said; Appearing on PROG",
        _driver("guests", _guests, 10, 250),
    ),
    _named(
        "host_questions",
        "4",
        'Asked by presenter HOST whether C, NAME replied; "Q?" HOST asked; put it to NAME that C',
        _driver("hostq", _hostq, 10, 250),
    ),
    _named(
        "transcripts",
        "3",
        "an intro, then SURNAME:/Surname:/PRESENTER:/FULL NAME:/Q:-A: labels",
        _driver("transcripts", _transcripts, 6, 240, marks=MARKS64[:1], reps=6),
    ),
    _named(
        "podcasts",
        "4",
        "said on the X podcast; co-host NAME; a podcast presented by HOST",
        _driver("podcasts", _podcasts, 8, 245),
    ),
    _named(
        "panel_debates", "4", "two or three guests quoted in turn; a chair", _driver("panel", _panel, 8, 245)
    ),
    _named(
        "phone_in_callers",
        "4",
        "A caller who gave her name as NAME said; said NAME, a caller from TOWN",
        _driver("callers", _callers, 8, 240),
    ),
    _named(
        "documentaries",
        "4",
        "NAME says in the film; directed/narrated by HOST; film titles in marks",
        _driver("docs", _documentaries, 8, 245),
    ),
    _named(
        "social_reactions",
        "5",
        "wrote on X; posted on Facebook after watching PROG; replied to HOST",
        _driver("social", _social, 8, 245),
    ),
    _named(
        "corrections",
        "5",
        "STATION said in a statement; a spokesperson for STATION; the presenter's apology",
        _driver("corr", _corrections, 8, 290),
    ),
    _named(
        "broadcaster_titles",
        "6",
        "NAME, the station's political editor; STATION's ROLE NAME; ROLE at STATION",
        _driver("titles", _titles, 8, 260),
    ),
    _named(
        "pronouns_host_guest",
        "4",
        "she/he with a host and a guest of two genders",
        _driver("pron", _pronouns, 8, 250),
    ),
    _named(
        "host_closest",
        "4",
        "the host's name nearest the quotation, the guest speaking",
        _driver("closest", _closest, 8, 250),
    ),
    _named(
        "controls",
        "8",
        "programme, segment, episode names, catchphrases, jingles, hashtags in marks; schedule news",
        _driver("controls", _controls, 9, 265),
    ),
)
