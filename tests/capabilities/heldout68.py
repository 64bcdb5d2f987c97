"""Sixty-eighth held-out round: capabilities written at commit ``5af245e3`` by a helper (``hcap74``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout68data.py``: thirty invented people of many origins, each
with a gender and an age; straight and curly double marks and curly single marks; offices with their bodies,
written after a name, before it and as a short reference; bodies that hold briefings and their spokespeople;
reporters' questions, topics and *whether* clauses; quotations and reported clauses of the podium; titles of
briefings, backdrop slogans and agenda items nobody says; invented reporters, outlets, towns and datelines)
as a round of PRESS CONFERENCES, BRIEFINGS AND EXCHANGES: every case is a short passage (one to five
sentences) with one to three people, and every quotation checks the content (the marks and the words inside
them for a direct quotation; the reported clause, with or without its *that*, for an indirect one), the kind,
the canonical full name and, whenever the text states one, the title with `Contains` of the role noun and
each affiliation stated, with `wrong_speakers` for every other person, body, outlet, town and the reporters.

Conventions (the README's, and rounds 49, 59 and 60): a question an unnamed reporter puts (`Asked whether C`,
`"Q?" one reporter shouted`, `was asked: "Q?"`) is the reporters' or no one's, never the answerer's; a named
reporter's question in marks is that reporter's; a refusal (`declined to comment on X`, `would not say whether
C`, `did not respond to requests for comment`) is the refuser's report or no quotation, never another's; `"No
comment," NAME said` is NAME's direct quotation; an unnamed source (`a senior official, speaking on condition
of anonymity`) is the speaker under its noun phrase (with or without its article and modifiers); a joint
report of two people may be given to either or both; a quotation interrupted by its credit, or continued into
a new sentence or paragraph, may be one quotation or several; a quotation alone in the paragraph after a
report may be the report's mixed continuation or its own direct quotation.

1. spokespeople at briefings: `NAME, a spokeswoman for BODY, told a regular briefing that C`, `BODY
   spokesman NAME told reporters`, `its spokeswoman`, `the spokesman said` (`spokespeople`);
2. asked questions: `Asked whether C, NAME, ROLE, said: "Q."`, `was asked whether C`, `said when asked
   whether C`, `Asked by a reporter from OUTLET whether C` (`asked_whether`);
3. pressed and replied: `Pressed on X, NAME said`, `When a reporter asked about X, she replied that C`, `In
   response to a question about X`, `Challenged over X, NAME insisted` (`pressed_replied`);
4. reporters' questions in marks: `"Will you resign?" one reporter shouted. "No," SURNAME said.`, a named
   reporter's question, `was asked: "Q?"`, questions nobody answers (`shouted_questions`);
5. officials at one podium in turn: `Standing beside her, NAME added`, `"Q1," said A. "Q2," said B.`, three
   officials, pronouns of two genders (`podium_turns`);
6. joint appearances: `A and B said in a joint news conference that C`, `At a joint news conference with B,
   A said`, `Speaking alongside B` (`joint_appearances`);
7. refusals: `declined to comment on X`, `would not say whether C`, `refused to be drawn on X, saying only:`,
   `"No comment," NAME said` (`refusals`);
8. anonymous and unnamed sources: `a senior official at BODY, speaking on condition of anonymity, said`, `who
   asked not to be named`, `According to a person familiar with the talks` (`background_sources`);
9. quotations broken over sentences and paragraphs: split by the credit, continued into the next paragraph,
   interrupted by a reporter (`broken_quotes`);
10. titles with their body: `NAME, the chief executive of BODY, told reporters`, `BODY chief executive NAME`,
    `The chief executive of BODY, NAME, said`, `who is ROLE` (`body_titles`);
11. second references: surname, the short role (`the minister`), `the spokeswoman`, a pronoun and an age
    after a titled person, with another person present (`second_references`);
12. datelines and bylines: `PENHALLOW, May 3 — NAME, ROLE, told a news conference`, `By STAFF`
    (`datelines`);
13. controls: a briefing's title, a backdrop slogan, agenda items and *no comment* as a phrase in marks;
    passages about a briefing that report nothing; a real quotation beside them (`controls`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import field, frozen
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout68data import (
    AGENDA68,
    ANON68,
    ANSWERS68,
    BODIES68,
    CLAUSES68,
    DATELINES68,
    DAYS68,
    EVENT_TITLES68,
    MARKS68,
    OFFICES68,
    OUTLETS68,
    PEOPLE68,
    QUESTIONS68,
    QUOTES68,
    SLOGANS68,
    SPLITS68,
    STAFF68,
    TOPICS68,
    TOWNS68,
    VENUES68,
    WHETHERS68,
    Body68,
    Office68,
)
from heldout_kit import Mark, Person, PersonSpec, alts, direct, report, span, that_report, tolerate
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import pick as _pick

#: The names under which an unnamed reporter may be given a question.
_REPORTERS = ("a reporter", "reporter", "one reporter", "reporters", "Reporters")
#: Wrong speakers of every quotation an official makes.
_CROWD = ("reporters", "a reporter", "journalists")

# --- slots and records --------------------------------------------------------------------------------------


@frozen
class Slot:
    """One case's slots: the speaker, a second and a third person of other origins, their offices, a body, the
    marks, a filler index and the fillers it picks (clauses, topic, *whether* clause, day, town, venue); `q`
    and `qs` are a quotation before its credit (with a comma) and after it (a stop), `q2` a second one."""

    a: Person
    b: Person
    c: Person
    oa: Office68
    ob: Office68
    oc: Office68
    body: Body68
    m: Mark
    k: int
    cl: str
    cl2: str
    topic: str
    wh: str
    day: str
    town: str
    venue: str

    @property
    def q(self) -> str:
        return self.m.q(_pick(QUOTES68, self.k) + ",")

    @property
    def qs(self) -> str:
        return self.m.q(_pick(QUOTES68, self.k + 5) + ".")

    @property
    def q2(self) -> str:
        return self.m.q(_pick(QUOTES68, self.k + 11) + ".")

    @property
    def sp(self) -> str:
        """The speaker's spokesperson noun."""
        return self.a.kin("spokeswoman", "spokesman")


def _wrongs(value: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(value)


@frozen
class Out:
    """What a shape yields: the text, its expected quotations, the people in it, other names that speak none
    of its quotations (bodies, outlets, towns), forbidden strings and extra (content, name) wrong pairs."""

    text: str
    expects: list[Expect]
    people: tuple[Person, ...] = ()
    others: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = field(default=(), converter=_wrongs)


Shape = Callable[[Slot], Out]


def _t(o: Office68) -> Contains:
    return Contains(o.parts)


def _ts(x: Slot) -> Contains:
    """The spokesperson's title: the noun and the body."""
    return Contains((x.sp, x.body.bare))


def _d(content: str, p: PersonSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    return direct(content, p, title, occurrence)


def _r(text: str, clause: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    return that_report(text, clause, p, title)


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _accepted(e: Expect) -> set[str]:
    if e.speaker is None:
        return set()
    names = (e.speaker,) if isinstance(e.speaker, str) else e.speaker
    return {_bare(n) for n in names}


def _case(template: str, out: Out) -> Case:
    """A case: every quotation given to a person, body, outlet or town its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in out.expects:
        ok = _accepted(e)
        wrong += [(e.content, p.full) for p in out.people if _bare(p.full) not in ok]
        wrong += [(e.content, o) for o in (*out.others, *_CROWD) if _bare(o) not in ok]
    wrong += list(out.extra)
    return Case("", template, out.text, list(out.expects), forbidden=out.forbidden, wrong_speakers=wrong)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    pool = [
        q
        for q in PEOPLE68
        if q.culture != p.culture and q not in avoid and q != p and (gender is None or q.gender == gender)
    ]
    return pool[step % len(pool)]


def _office2(k: int, taken: Sequence[Office68]) -> Office68:
    shorts = {o.short for o in taken}
    for step in range(len(OFFICES68)):
        o = OFFICES68[(k + 5 + step) % len(OFFICES68)]
        if o.short not in shorts:
            return o
    raise ValueError("no second office")


def _slot(a: Person, shape: int, m: Mark, r: int) -> Slot:
    k = _k(PEOPLE68.index(a), shape, r)
    opp = "m" if a.gender == "f" else "f"
    b = _other(a, k, gender=opp)
    c = _other(a, k + 3, gender=a.gender, avoid=(b,))
    oa = OFFICES68[k % len(OFFICES68)]
    ob = _office2(k, (oa,))
    oc = _office2(k + 4, (oa, ob))
    fills = (_pick(CLAUSES68, k), _pick(CLAUSES68, k + 7), _pick(TOPICS68, k), _pick(WHETHERS68, k))
    return Slot(a, b, c, oa, ob, oc, _pick(BODIES68, k + r), m, k, *fills, *_places(k))


def _places(k: int) -> tuple[str, str, str]:
    return _pick(DAYS68, k), _pick(TOWNS68, k), _pick(VENUES68, k)


def _gen(
    prefix: str, shapes: Sequence[Shape], seed: str, n: int, marks: Sequence[Mark] = MARKS68
) -> Callable[[], Iterator[Case]]:
    def gen() -> Iterator[Case]:
        combos = itertools.product(PEOPLE68, range(len(shapes)), marks, range(3))
        for a, shape, m, r in sample(combos, n, seed):
            yield _case(f"ho68-{prefix}-{shape}", shapes[shape](_slot(a, shape, m, r)))

    return gen


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout68.{name}", group, description, unique_texts(gen))


def _bodies(*offices: Office68) -> tuple[str, ...]:
    return tuple(o.body for o in offices)


# --- 1. spokespeople ----------------------------------------------------------------------------------------


def _sp0(x: Slot) -> Out:
    text = f"{x.a.full}, a {x.sp} for {x.body.name}, told {x.venue} that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _ts(x))], (x.a,), (x.body.name,))


def _sp1(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.body.pre} {x.sp}, told the daily briefing."
    return Out(text, [_d(x.q, x.a, _ts(x))], (x.a,), (x.body.name,))


def _sp2(x: Slot) -> Out:
    text = f"At the daily briefing in {x.town}, {x.body.pre} {x.sp} {x.a.full} said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _ts(x))], (x.a,), (x.body.name, x.town))


def _sp3(x: Slot) -> Out:
    text = f"{x.body.pre} {x.sp} {x.a.full} told reporters {x.day} that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _ts(x))], (x.a,), (x.body.name,))


def _sp4(x: Slot) -> Out:
    text = f"{_cap(x.body.name)} held its weekly briefing {x.day}. {x.a.full}, its {x.sp}, said {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, Contains(x.sp))], (x.a,), (x.body.name, x.body.short))


def _sp5(x: Slot) -> Out:
    text = (
        f"Speaking at a regular briefing, {x.a.full}, the {x.sp} for {x.body.name}, said: {x.qs} "
        f"{_cap(x.a.pronoun)} added that {x.cl}."
    )
    return Out(text, [_d(x.qs, x.a, _ts(x)), _r(text, x.cl, x.a, _ts(x))], (x.a,), (x.body.name,))


def _sp6(x: Slot) -> Out:
    text = (
        f"{x.a.full}, a {x.sp} for {x.body.name}, took questions for an hour {x.day}. {x.q} the {x.sp} said."
    )
    return Out(text, [_d(x.q, x.a, _ts(x))], (x.a,), (x.body.name,))


def _sp7(x: Slot) -> Out:
    text = (
        f"{x.b.full}, {x.ob.after}, did not attend. "
        f"{x.a.full}, a {x.sp} for {x.body.name}, told {x.venue}: {x.qs}"
    )
    return Out(text, [_d(x.qs, x.a, _ts(x))], (x.a, x.b), (x.body.name, x.ob.body))


def _sp8(x: Slot) -> Out:
    text = f"{x.q} said {x.a.full}, the {x.sp} for {x.body.name}, at the briefing {x.day}."
    return Out(text, [_d(x.q, x.a, _ts(x))], (x.a,), (x.body.name,))


SPOKES = (_sp0, _sp1, _sp2, _sp3, _sp4, _sp5, _sp6, _sp7, _sp8)

# --- 2. asked whether ---------------------------------------------------------------------------------------


def _asked(text: str, region: str, x: Slot, expects: list[Expect], people: tuple[Person, ...]) -> Out:
    """A passage with a reporters' question *region*: tolerated as theirs or no one's, never a speaker's."""
    extra = [(region, p.full) for p in people]
    return Out(text, [*tolerate(text, region, _REPORTERS), *expects], people, _bodies(x.oa), extra=extra)


def _aw0(x: Slot) -> Out:
    text = f"Asked {x.wh}, {x.a.full}, {x.oa.after}, said: {x.qs}"
    return _asked(text, x.wh, x, [_d(x.qs, x.a, _t(x.oa))], (x.a,))


def _aw1(x: Slot) -> Out:
    text = f"Asked {x.wh}, {x.a.full} said {x.cl}."
    return _asked(text, x.wh, x, [_r(text, x.cl, x.a)], (x.a,))


def _aw2(x: Slot) -> Out:
    text = f"Asked about {x.topic}, {x.a.full}, {x.oa.after}, said that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _aw3(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, was asked {x.wh}. {x.q} {x.a.pronoun} said."
    return _asked(text, x.wh, x, [_d(x.q, x.a, _t(x.oa))], (x.a,))


def _aw4(x: Slot) -> Out:
    outlet = _pick(OUTLETS68, x.k)
    text = f"Asked by a reporter from {outlet[0]} {x.wh}, {x.a.full}, {x.oa.after}, replied: {x.qs}"
    # key fix: the asker with and without its article (the matcher drops it; `tolerate` does not)
    asker = (*_REPORTERS, f"a reporter from {outlet[0]}", f"reporter from {outlet[0]}", outlet[1])
    expects = [*tolerate(text, x.wh, asker), _d(x.qs, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), (*_bodies(x.oa), outlet[1]), extra=[(x.wh, x.a.full)])


def _aw5(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, spoke after the vote. Asked {x.wh}, {x.oa.short} said: {x.qs}"
    return _asked(text, x.wh, x, [_d(x.qs, x.a, _t(x.oa))], (x.a,))


def _aw6(x: Slot) -> Out:
    text = f"Asked repeatedly {x.wh}, {x.a.full}, {x.oa.after}, said only that {x.cl}."
    return _asked(text, x.wh, x, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,))


def _aw7(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.oa.after}, said when asked {x.wh}."
    return _asked(text, x.wh, x, [_d(x.q, x.a, _t(x.oa))], (x.a,))


def _aw8(x: Slot) -> Out:
    text = (
        f"{x.b.full}, {x.ob.after}, opened the briefing. Asked {x.wh}, {x.a.full}, {x.oa.after}, said: {x.qs}"
    )
    out = _asked(text, x.wh, x, [_d(x.qs, x.a, _t(x.oa))], (x.a, x.b))
    return Out(out.text, out.expects, out.people, (*out.others, x.ob.body), extra=out.extra)


ASKED = (_aw0, _aw1, _aw2, _aw3, _aw4, _aw5, _aw6, _aw7, _aw8)

# --- 3. pressed and replied ---------------------------------------------------------------------------------


def _pr0(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, took questions after the statement. "
        f"When a reporter asked about {x.topic}, {x.a.pronoun} replied that {x.cl}."
    )
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _pr1(x: Slot) -> Out:
    text = f"Pressed on {x.topic}, {x.a.full}, {x.oa.after}, said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _pr2(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, said {x.cl}. Pressed further, {x.a.last} said: {x.qs}"
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa)), _d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _pr3(x: Slot) -> Out:
    text = f"In response to a question about {x.topic}, {x.a.full}, {x.oa.after}, said {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _pr4(x: Slot) -> Out:
    text = f"Responding to questions from reporters, {x.a.full}, {x.oa.after}, said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _pr5(x: Slot) -> Out:
    staff, outlet = _pick(STAFF68, x.k), _pick(OUTLETS68, x.k + 1)
    text = (
        f"When {staff.full} of {outlet[0]} asked about {x.topic}, {x.a.full}, {x.oa.after}, replied: {x.qs}"
    )
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a, staff), (*_bodies(x.oa), outlet[1]))


def _pr6(x: Slot) -> Out:
    text = f"Challenged over {x.topic}, {x.a.full}, {x.oa.after}, insisted that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _pr7(x: Slot) -> Out:
    first = f"A reporter asked {x.a.full}, {x.oa.after}, about {x.topic}."
    text = f"{first} {x.q} {x.a.pronoun} replied."
    expects = [*tolerate(text, first, _REPORTERS), _d(x.q, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), _bodies(x.oa))


def _pr8(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, paused when asked about {x.topic}. Then {x.a.pronoun} said: {x.qs}"
    # key fix: the question's topic is the reporters' or no one's, as in `_pr7` and round 64
    region = f"about {x.topic}"
    return _asked(text, region, x, [_d(x.qs, x.a, _t(x.oa))], (x.a,))


PRESSED = (_pr0, _pr1, _pr2, _pr3, _pr4, _pr5, _pr6, _pr7, _pr8)

# --- 4. reporters' questions in marks -----------------------------------------------------------------------


def _question(x: Slot) -> str:
    return x.m.q(_pick(QUESTIONS68, x.k))


def _answer(x: Slot) -> str:
    return x.m.q(_pick(ANSWERS68, x.k) + ",")


def _answered(text: str, first: str, rest: str, p: Person, t: TitleSpec) -> list[Expect]:
    """An answer and a quotation after its credit: two quotations, or one with the credit inside."""
    return alts(text, [_d(first, p, t), _d(rest, p, t)], [_d(span(text, first, rest), p, t)])


def _sq0(x: Slot) -> Out:
    qq, ans = _question(x), _answer(x)
    text = _article(
        f"{x.a.full}, {x.oa.after}, was leaving the podium.",
        f"{qq} one reporter shouted. {ans} {x.a.last} said. {x.qs}",
    )
    expects = [*tolerate(text, qq, _REPORTERS), *_answered(text, ans, x.qs, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), _bodies(x.oa), extra=[(qq, x.a.full)])


def _sq1(x: Slot) -> Out:
    qq = _question(x)
    text = f"{qq} a reporter asked. {x.a.full}, {x.oa.after}, did not answer."
    return Out(text, tolerate(text, qq, _REPORTERS), (x.a,), _bodies(x.oa), extra=[(qq, x.a.full)])


def _sq2(x: Slot) -> Out:
    qq = _question(x)
    text = (
        f"{qq} someone called out from the back of the room. "
        f"{x.a.full}, {x.oa.after}, smiled. {x.q} {x.a.pronoun} said."
    )
    expects = [*tolerate(text, qq, (*_REPORTERS, "someone")), _d(x.q, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), _bodies(x.oa), extra=[(qq, x.a.full)])


def _sq3(x: Slot) -> Out:
    qq, ans = _question(x), _answer(x)
    staff, outlet = _pick(STAFF68, x.k), _pick(OUTLETS68, x.k)
    text = f"{qq} asked {staff.full} of {outlet[0]}. {ans} said {x.a.full}, {x.oa.after}."
    expects = [_d(qq, staff), _d(ans, x.a, _t(x.oa))]
    return Out(text, expects, (x.a, staff), (*_bodies(x.oa), outlet[1]))


def _sq4(x: Slot) -> Out:
    qq = _question(x)
    text = f"{x.a.full}, {x.oa.after}, was asked: {qq} {_cap(x.a.pronoun)} replied: {x.qs}"
    expects = [*tolerate(text, qq, _REPORTERS), _d(x.qs, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), _bodies(x.oa), extra=[(qq, x.a.full)])


def _sq5(x: Slot) -> Out:
    qq = _question(x)
    text = f"{qq} reporters shouted as {x.a.full}, {x.oa.after}, arrived. {_cap(x.a.pronoun)} did not stop."
    return Out(text, tolerate(text, qq, _REPORTERS), (x.a,), _bodies(x.oa), extra=[(qq, x.a.full)])


def _sq6(x: Slot) -> Out:
    qq = _question(x)
    text = f"Reporters asked {x.a.full}, {x.oa.after}: {qq} {x.q} {x.a.pronoun} said."
    expects = [*tolerate(text, qq, _REPORTERS), _d(x.q, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), _bodies(x.oa), extra=[(qq, x.a.full)])


def _sq7(x: Slot) -> Out:
    qq = _question(x)
    text = (
        f"{qq} one reporter asked. {x.a.full}, {x.oa.after}, looked at {x.b.full}, {x.ob.after}. "
        f"{x.q} {x.b.last} said."
    )
    expects = [*tolerate(text, qq, _REPORTERS), _d(x.q, x.b, _t(x.ob))]
    extra = [(qq, x.a.full), (qq, x.b.full)]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob), extra=extra)


QUESTIONS = (_sq0, _sq1, _sq2, _sq3, _sq4, _sq5, _sq6, _sq7)

# --- 5. officials at one podium -----------------------------------------------------------------------------


def _pt0(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, said {x.cl}. "
        f"Standing beside {x.a.obj}, {x.b.full}, {x.ob.after}, added: {x.qs}"
    )
    expects = [_r(text, x.cl, x.a, _t(x.oa)), _d(x.qs, x.b, _t(x.ob))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _pt1(x: Slot) -> Out:
    q2 = x.m.q(_pick(QUOTES68, x.k + 11) + ",")
    text = f"{x.q} said {x.a.full}, {x.oa.after}. {q2} said {x.b.full}, {x.ob.after}."
    expects = [_d(x.q, x.a, _t(x.oa)), _d(q2, x.b, _t(x.ob))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _pt2(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, opened the briefing. {x.b.full}, {x.ob.after}, spoke next. "
        f"{x.q} {x.b.pronoun} said. Then {x.c.full}, {x.oc.after}, took the microphone: {x.q2}"
    )
    expects = [_d(x.q, x.b, _t(x.ob)), _d(x.q2, x.c, _t(x.oc))]
    return Out(text, expects, (x.a, x.b, x.c), _bodies(x.oa, x.ob, x.oc))


def _pt3(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, and {x.b.full}, {x.ob.after}, took turns at the lectern. "
        f"{x.a.last} said {x.cl}. {x.b.last} said: {x.qs}"
    )
    expects = [_r(text, x.cl, x.a, _t(x.oa)), _d(x.qs, x.b, _t(x.ob))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _pt4(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, spoke first. {x.q} {x.a.pronoun} said. "
        f"{x.b.full}, {x.ob.after}, followed, saying: {x.q2}"
    )
    expects = [_d(x.q, x.a, _t(x.oa)), _d(x.q2, x.b, _t(x.ob))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _pt5(x: Slot) -> Out:
    text = (
        f"{x.q} {x.a.full}, {x.oa.after}, told reporters. "
        f"Beside {x.a.obj}, {x.b.full}, {x.ob.after}, said {x.cl}."
    )
    expects = [_d(x.q, x.a, _t(x.oa)), _r(text, x.cl, x.b, _t(x.ob))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _pt6(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, and {x.b.full}, {x.ob.after}, faced reporters {x.day}. "
        f"{x.q} {x.b.pronoun} said."
    )
    return Out(text, [_d(x.q, x.b, _t(x.ob))], (x.a, x.b), _bodies(x.oa, x.ob))


def _pt7(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, handed over to {x.b.full}, {x.ob.after}. {x.q} {x.b.last} said. "
        f"{x.a.last} then added that {x.cl}."
    )
    expects = [_d(x.q, x.b, _t(x.ob)), _r(text, x.cl, x.a, _t(x.oa))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _pt8(x: Slot) -> Out:
    q = x.m.q(_pick(QUOTES68, x.k + 5) + ",")
    text = (
        f"{x.a.full}, {x.oa.after}, read a short statement. {x.c.full}, {x.oc.after}, then took questions. "
        f"{q} {x.c.last} said."
    )
    return Out(text, [_d(q, x.c, _t(x.oc))], (x.a, x.c), _bodies(x.oa, x.oc))


PODIUM = (_pt0, _pt1, _pt2, _pt3, _pt4, _pt5, _pt6, _pt7, _pt8)

# --- 6. joint appearances -----------------------------------------------------------------------------------


def _both(x: Slot) -> tuple[str, ...]:
    """Either speaker or both (key fix: both as quotex writes two speakers, `A; B`)."""
    a, b = x.a.full, x.b.full
    return (a, b, f"{a} and {b}", f"{a}; {b}", f"{b}; {a}")


def _ja0(x: Slot) -> Out:
    text = f"{x.a.full} and {x.b.full} said in a joint news conference that {x.cl}."
    return Out(text, [_r(text, x.cl, _both(x))], (x.a, x.b))


def _ja1(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, and {x.b.full}, {x.ob.after}, held a joint news conference {x.day}. "
        f"{x.a.last} said: {x.qs}"
    )
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a, x.b), _bodies(x.oa, x.ob))


def _ja2(x: Slot) -> Out:
    text = f"At a joint news conference with {x.b.full}, {x.ob.after}, {x.a.full}, {x.oa.after}, said {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a, x.b), _bodies(x.oa, x.ob))


def _ja3(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.oa.after}, said at a joint appearance with {x.b.full}, {x.ob.after}."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a, x.b), _bodies(x.oa, x.ob))


def _ja4(x: Slot) -> Out:
    text = f"{x.a.full} and {x.b.full} told a joint briefing in {x.town}: {x.qs}"
    return Out(text, [_d(x.qs, _both(x))], (x.a, x.b), (x.town,))


def _ja5(x: Slot) -> Out:
    text = f"Speaking alongside {x.b.full}, {x.ob.after}, {x.a.full}, {x.oa.after}, said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a, x.b), _bodies(x.oa, x.ob))


def _ja6(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, and {x.b.full}, {x.ob.after}, said in a joint statement read at the news "
        f"conference that {x.cl}."
    )
    return Out(text, [_r(text, x.cl, _both(x))], (x.a, x.b), _bodies(x.oa, x.ob))


def _ja7(x: Slot) -> Out:
    text = f"In a joint appearance {x.day}, {x.a.full} said {x.cl}, while {x.b.full} said {x.cl2}."
    return Out(text, [_r(text, x.cl, x.a), _r(text, x.cl2, x.b)], (x.a, x.b))


def _ja8(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, and {x.b.full}, {x.ob.after}, appeared together in {x.town}. "
        f"Asked about {x.topic}, {x.b.last} said: {x.qs}"
    )
    return Out(text, [_d(x.qs, x.b, _t(x.ob))], (x.a, x.b), (*_bodies(x.oa, x.ob), x.town))


JOINT = (_ja0, _ja1, _ja2, _ja3, _ja4, _ja5, _ja6, _ja7, _ja8)

# --- 7. refusals --------------------------------------------------------------------------------------------


def _refusal(text: str, region: str, p: Person) -> list[Expect]:
    """A refusal: *p*'s report or no quotation."""
    return tolerate(text, region, (p.full,))


def _rf0(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, declined to comment on {x.topic}."
    return Out(text, _refusal(text, text, x.a), (x.a,), _bodies(x.oa))


def _rf1(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, would not say whether {x.cl}."
    return Out(text, _refusal(text, text, x.a), (x.a,), _bodies(x.oa))


def _rf2(x: Slot) -> Out:
    first = f"{x.a.full}, {x.oa.after}, would not say whether {x.cl}."
    text = f"{first} {x.q} {x.a.pronoun} said."
    return Out(text, [*_refusal(text, first, x.a), _d(x.q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _rf3(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, refused to be drawn on {x.topic}, saying only: {x.qs}"
    # key fix: the refusal is the refuser's report or none, as the round's convention says
    region = f"refused to be drawn on {x.topic}"
    return Out(text, [*_refusal(text, region, x.a), _d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _rf4(x: Slot) -> Out:
    nc = x.m.q("No comment,")
    text = f"{nc} {x.a.full}, {x.oa.after}, said as {x.a.pronoun} left the building."
    return Out(text, [_d(nc, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _rf5(x: Slot) -> Out:
    clause = f"{x.a.pronoun} could not comment on an ongoing investigation"
    text = f"Asked about {x.topic}, {x.a.full}, {x.oa.after}, said {clause}."
    return Out(text, [_r(text, clause, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _rf6(x: Slot) -> Out:
    last = f"{x.a.full}, {x.oa.after}, declined to comment."
    text = f"{x.b.full}, {x.ob.after}, said {x.cl}. {last}"
    expects = [_r(text, x.cl, x.b, _t(x.ob)), *_refusal(text, last, x.a)]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _rf7(x: Slot) -> Out:
    first = f"{x.a.full} did not respond to requests for comment."
    text = f"{first} {x.b.full}, {x.ob.after}, said: {x.qs}"
    return Out(text, [*_refusal(text, first, x.a), _d(x.qs, x.b, _t(x.ob))], (x.a, x.b), _bodies(x.ob))


def _rf8(x: Slot) -> Out:
    first = f"{x.a.full}, {x.oa.after}, would not say whether {x.wh[8:]}."
    text = f"{first} But {x.a.pronoun} said {x.cl}."
    return Out(text, [*_refusal(text, first, x.a), _r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


REFUSALS = (_rf0, _rf1, _rf2, _rf3, _rf4, _rf5, _rf6, _rf7, _rf8)

# --- 8. anonymous and unnamed sources -----------------------------------------------------------------------


def _anon(x: Slot) -> tuple[str, tuple[str, ...]]:
    """An unnamed source's phrase and the names a key accepts for it."""
    phrase, names = _pick(ANON68, x.k)
    fill = {"body": x.body.name, "bare": x.body.bare, "pre": x.body.pre, "name": x.a.full}
    return phrase.format(**fill), tuple(n.format(**fill) for n in names)


def _bs0(x: Slot) -> Out:
    src, ok = _anon(x)
    text = f"{_cap(src)}, speaking on condition of anonymity, said {x.cl}."
    return Out(text, [_r(text, x.cl, ok)], (x.a,) if x.a.full in src else (), (x.body.name,))


def _bs1(x: Slot) -> Out:
    src, ok = _anon(x)
    text = (
        f"{x.a.full}, {x.oa.after}, said {x.cl}. But {src}, who spoke on condition of anonymity because the "
        f"talks were private, said {x.cl2}."
    )
    expects = [_r(text, x.cl, x.a, _t(x.oa)), _r(text, x.cl2, ok)]
    return Out(text, expects, (x.a,), (*_bodies(x.oa), x.body.name))


def _bs2(x: Slot) -> Out:
    src, ok = _anon(x)
    text = f"{x.q} said {src}, who asked not to be named."
    return Out(text, [_d(x.q, ok)], (x.a,) if x.a.full in src else (), (x.body.name,))


def _bs3(x: Slot) -> Out:
    src, ok = _anon(x)
    outlet = _pick(OUTLETS68, x.k)
    text = f"{_cap(src)} told {outlet[0]} that {x.cl}, speaking on condition of anonymity."
    people = (x.a,) if x.a.full in src else ()
    return Out(text, [_r(text, x.cl, ok)], people, (x.body.name, outlet[1]))


def _bs4(x: Slot) -> Out:
    src, ok = _anon(x)
    text = (
        f"{x.a.full}, {x.oa.after}, told the briefing {x.cl}. "
        f"{_cap(src)} later told reporters, on condition of anonymity: {x.qs}"
    )
    expects = [_r(text, x.cl, x.a, _t(x.oa)), _d(x.qs, ok)]
    return Out(text, expects, (x.a,), (*_bodies(x.oa), x.body.name))


def _bs5(x: Slot) -> Out:
    src, ok = _anon(x)
    text = f"According to {src}, {x.cl}."
    return Out(text, [report(x.cl, ok)], (x.a,) if x.a.full in src else (), (x.body.name,))


def _bs6(x: Slot) -> Out:
    src, ok = _anon(x)
    text = f"{_cap(src)}, who was not authorised to speak publicly, said: {x.qs}"
    return Out(text, [_d(x.qs, ok)], (x.a,) if x.a.full in src else (), (x.body.name,))


def _bs7(x: Slot) -> Out:
    src, ok = _anon(x)
    text = f"{x.b.full}, {x.ob.after}, left without taking questions. {x.q} {src} said afterwards."
    return Out(text, [_d(x.q, ok)], (x.b, x.a) if x.a.full in src else (x.b,), (*_bodies(x.ob), x.body.name))


BACKGROUND = (_bs0, _bs1, _bs2, _bs3, _bs4, _bs5, _bs6, _bs7)

# --- 9. broken quotations -----------------------------------------------------------------------------------


def _split(x: Slot) -> tuple[str, str]:
    return _pick(SPLITS68, x.k)


def _one_or_two(text: str, first: str, last: str, p: Person, t: TitleSpec, *pieces: str) -> list[Expect]:
    """One quotation from *first* through *last* (its credit inside), or the *pieces* as quotations."""
    return alts(text, [_d(span(text, first, last), p, t)], [_d(c, p, t) for c in pieces])


def _bq0(x: Slot) -> Out:
    h1, h2 = _split(x)
    first, second = x.m.q(h1 + ","), x.m.q(h2)
    text = f"{first} {x.a.full}, {x.oa.after}, said, {second}"
    return Out(text, _one_or_two(text, first, second, x.a, _t(x.oa), first, second), (x.a,), _bodies(x.oa))


def _bq1(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.oa.after}, said. {x.q2}"
    return Out(text, _one_or_two(text, x.q, x.q2, x.a, _t(x.oa), x.q, x.q2), (x.a,), _bodies(x.oa))


def _bq2(x: Slot) -> Out:
    p1 = x.m.open + _pick(QUOTES68, x.k) + "."
    p2 = x.m.q(_pick(QUOTES68, x.k + 9) + ".")
    text = _article(f"{x.a.full}, {x.oa.after}, told the briefing: {p1}", p2)
    return Out(text, _one_or_two(text, p1, p2, x.a, _t(x.oa), p1, p2), (x.a,), _bodies(x.oa))


def _bq3(x: Slot) -> Out:
    words = ". ".join(_pick(QUOTES68, x.k + i * 4) for i in range(3))
    q = x.m.q(words + ".")
    text = f"{x.a.full}, {x.oa.after}, said: {q}"
    return Out(text, [_d(q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _bq4(x: Slot) -> Out:
    lf = x.m.q("Let me finish,")
    text = (
        f"{x.q} {x.a.full}, {x.oa.after}, said. A reporter tried to interrupt. "
        f"{lf} {x.a.pronoun} said. {x.qs}"
    )
    expects = [_d(x.q, x.a, _t(x.oa)), *_one_or_two(text, lf, x.qs, x.a, _t(x.oa), lf, x.qs)]
    return Out(text, expects, (x.a,), _bodies(x.oa))


def _bq5(x: Slot) -> Out:
    text = _article(f"{x.a.full}, {x.oa.after}, said {x.cl}.", x.qs)
    expects = alts(
        text,
        [_r(text, x.cl, x.a, _t(x.oa)), _d(x.qs, x.a, _t(x.oa))],
        [Expect(span(text, x.cl, x.qs), "mixed", (x.a.full,), _t(x.oa), "person")],
    )
    return Out(text, expects, (x.a,), _bodies(x.oa))


def _bq6(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.oa.after}, said, before pausing. {x.qs}"
    return Out(text, _one_or_two(text, x.q, x.qs, x.a, _t(x.oa), x.q, x.qs), (x.a,), _bodies(x.oa))


def _bq7(x: Slot) -> Out:
    q3 = x.m.q(_pick(QUOTES68, x.k + 3) + ",")
    text = _article(f"{x.a.full}, {x.oa.after}, said: {x.qs}", f"{q3} {x.a.pronoun} added.")
    return Out(text, [_d(x.qs, x.a, _t(x.oa)), _d(q3, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


BROKEN = (_bq0, _bq1, _bq2, _bq3, _bq4, _bq5, _bq6, _bq7)

# --- 10. titles with their body -----------------------------------------------------------------------------


def _bt0(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, told reporters that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _bt1(x: Slot) -> Out:
    text = f"{x.oa.pre} {x.a.full} told a news conference: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _bt2(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.oa.after}, told the briefing."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _bt3(x: Slot) -> Out:
    text = f"{x.a.full}, who is {x.oa.after}, told reporters {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _bt4(x: Slot) -> Out:
    text = f"{_cap(x.oa.after)}, {x.a.full}, told a news conference in {x.town} that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), (*_bodies(x.oa), x.town))


def _bt5(x: Slot) -> Out:
    text = f"Speaking to reporters in {x.town}, {x.a.full}, {x.oa.after}, said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), (*_bodies(x.oa), x.town))


def _bt6(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, said at a news conference {x.day} that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _bt7(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, met {x.b.full}, {x.ob.after}, {x.day}. "
        f"Afterwards {x.a.last} told reporters: {x.qs}"
    )
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a, x.b), _bodies(x.oa, x.ob))


def _bt8(x: Slot) -> Out:
    text = f"{x.q} {x.oa.pre} {x.a.full} told reporters outside the building."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


TITLES = (_bt0, _bt1, _bt2, _bt3, _bt4, _bt5, _bt6, _bt7, _bt8)

# --- 11. second references ----------------------------------------------------------------------------------


def _sr0(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, opened the briefing {x.day}. {x.q} {x.a.last} said."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _sr1(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, opened the briefing {x.day}. {x.q} {x.oa.short} said."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _sr2(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, and {x.b.full}, {x.ob.after}, answered questions for an hour. "
        f"{x.q} {x.ob.short} said."
    )
    return Out(text, [_d(x.q, x.b, _t(x.ob))], (x.a, x.b), _bodies(x.oa, x.ob))


def _sr3(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, spoke after {x.b.full}, {x.ob.after}. {x.q} {x.a.pronoun} said."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a, x.b), _bodies(x.oa, x.ob))


def _sr4(x: Slot) -> Out:
    text = f"{x.q} {x.a.full}, {x.oa.after}, said. Later in the briefing, {x.a.last} added that {x.cl}."
    return Out(text, [_d(x.q, x.a, _t(x.oa)), _r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _sr5(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, took questions for forty minutes. The {x.a.age}-year-old said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa))


def _sr6(x: Slot) -> Out:
    text = (
        f"{x.a.full}, a {x.sp} for {x.body.name}, spoke after {x.b.full}, {x.ob.after}. "
        f"The {x.sp} said {x.cl}."
    )
    return Out(text, [_r(text, x.cl, x.a, _ts(x))], (x.a, x.b), (x.body.name, *_bodies(x.ob)))


def _sr7(x: Slot) -> Out:
    text = (
        f"{x.b.full}, {x.ob.after}, introduced {x.a.full}, {x.oa.after}. {x.q} {x.a.last} said. "
        f"{x.b.last} said {x.cl}."
    )
    expects = [_d(x.q, x.a, _t(x.oa)), _r(text, x.cl, x.b, _t(x.ob))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


def _sr8(x: Slot) -> Out:
    text = (
        f"{x.a.full}, {x.oa.after}, said {x.cl}. {x.b.full}, {x.ob.after}, nodded. "
        f"{_cap(x.a.pronoun)} went on: {x.qs}"
    )
    expects = [_r(text, x.cl, x.a, _t(x.oa)), _d(x.qs, x.a, _t(x.oa))]
    return Out(text, expects, (x.a, x.b), _bodies(x.oa, x.ob))


SECOND = (_sr0, _sr1, _sr2, _sr3, _sr4, _sr5, _sr6, _sr7, _sr8)

# --- 12. datelines and bylines ------------------------------------------------------------------------------


def _dl(x: Slot) -> tuple[str, tuple[str, ...]]:
    dl = _pick(DATELINES68, x.k)
    place = dl.split(",")[0].split(" \u2014")[0]
    return dl, (place, "Harbourline") if "Harbourline" in dl else (place,)


def _dt0(x: Slot) -> Out:
    dl, bad = _dl(x)
    text = f"{dl}{x.a.full}, {x.oa.after}, told a news conference {x.day} that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa), bad)


def _dt1(x: Slot) -> Out:
    dl, bad = _dl(x)
    text = f"{dl}{x.q} {x.a.full}, {x.oa.after}, told reporters."
    return Out(text, [_d(x.q, x.a, _t(x.oa))], (x.a,), _bodies(x.oa), bad)


def _dt2(x: Slot) -> Out:
    dl, bad = _dl(x)
    staff = _pick(STAFF68, x.k)
    text = _article(f"By {staff.full}", f"{dl}{x.a.full}, {x.oa.after}, said: {x.qs}")
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a, staff), _bodies(x.oa), (*bad, staff.full))


def _dt3(x: Slot) -> Out:
    dl, bad = _dl(x)
    text = f"{dl}Asked {x.wh}, {x.a.full}, {x.oa.after}, said {x.cl}."
    expects = [*tolerate(text, x.wh, _REPORTERS), _r(text, x.cl, x.a, _t(x.oa))]
    return Out(text, expects, (x.a,), _bodies(x.oa), bad, extra=[(x.wh, x.a.full)])


def _dt4(x: Slot) -> Out:
    dl, bad = _dl(x)
    text = f"{dl}The briefing began an hour late. {x.a.full}, {x.oa.after}, said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa), bad)


def _dt5(x: Slot) -> Out:
    dl, bad = _dl(x)
    text = f"{dl}{x.oa.pre} {x.a.full} said {x.day} that {x.cl}."
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa), bad)


def _dt6(x: Slot) -> Out:
    dl, bad = _dl(x)
    staff = _pick(STAFF68, x.k + 1)
    text = _article(
        f"By {staff.full}",
        f"{dl}{x.a.full}, a {x.sp} for {x.body.name}, told the daily briefing that {x.cl}.",
        f"{x.q} {x.a.pronoun} said.",
    )
    expects = [_r(text, x.cl, x.a, _ts(x)), _d(x.q, x.a, _ts(x))]
    return Out(text, expects, (x.a, staff), (x.body.name,), (*bad, staff.full))


DATELINES = (_dt0, _dt1, _dt2, _dt3, _dt4, _dt5, _dt6)

# --- 13. controls -------------------------------------------------------------------------------------------


def _ct0(x: Slot) -> Out:
    title = x.m.q(_pick(EVENT_TITLES68, x.k))
    text = f"The briefing, titled {title}, was held in {x.town} {x.day}."
    return Out(text, [], forbidden=(title,))


def _ct1(x: Slot) -> Out:
    slogan = x.m.q(_pick(SLOGANS68, x.k))
    text = f"A banner behind the podium read {slogan}."
    return Out(text, [], forbidden=(slogan,))


def _ct2(x: Slot) -> Out:
    i1, i2 = _pick(AGENDA68, x.k)
    text = f"The agenda for the briefing listed {x.m.q(i1)} and {x.m.q(i2)}."
    return Out(text, [], forbidden=(x.m.q(i1), x.m.q(i2)))


def _ct3(x: Slot) -> Out:
    nc = x.m.q("no comment")
    text = f"The phrase {nc} appeared eleven times in the transcript of the briefing."
    return Out(text, [], forbidden=(nc,))


def _ct4(x: Slot) -> Out:
    text = f"{x.a.full}, {x.oa.after}, arrived late for the briefing {x.day} and left by a side door."
    return Out(text, [], (x.a,))


def _ct5(x: Slot) -> Out:
    text = (
        f"Reporters waited in the rain outside the offices of {x.body.name} {x.day}. "
        f"The briefing was postponed until the following week."
    )
    return Out(text, [])


def _ct6(x: Slot) -> Out:
    slogan = x.m.q(_pick(SLOGANS68, x.k + 1))
    text = f"Under a backdrop reading {slogan}, {x.a.full}, {x.oa.after}, said: {x.qs}"
    return Out(text, [_d(x.qs, x.a, _t(x.oa))], (x.a,), _bodies(x.oa), (slogan,))


def _ct7(x: Slot) -> Out:
    title = x.m.q(_pick(EVENT_TITLES68, x.k + 2))
    text = f"{x.a.full}, {x.oa.after}, will hold a news conference {x.day} to launch {title}, a harbour plan."
    return Out(text, [], (x.a,), forbidden=(title,))


def _ct8(x: Slot) -> Out:
    nc = x.m.q("no comment")
    text = f"The so-called {nc} briefing lasted nine minutes."
    return Out(text, [], forbidden=(nc,))


def _ct9(x: Slot) -> Out:
    slogan = x.m.q(_pick(SLOGANS68, x.k))
    text = (
        f"{x.a.full}, {x.oa.after}, told reporters that {x.cl}. The lectern's slogan, {slogan}, drew laughs."
    )
    return Out(text, [_r(text, x.cl, x.a, _t(x.oa))], (x.a,), _bodies(x.oa), (slogan,))


CONTROLS = (_ct0, _ct1, _ct2, _ct3, _ct4, _ct5, _ct6, _ct7, _ct8, _ct9)

# --- the round ----------------------------------------------------------------------------------------------

HELD_OUT_68 = (
    _named(
        "spokespeople",
        "6",
        "NAME, a spokeswoman for BODY, told a regular briefing; BODY spokesman NAME; its spokeswoman",
        _gen("sp", SPOKES, "ho68-spokes", 265),
    ),
    _named(
        "asked_whether",
        "8",
        "Asked whether C, NAME, ROLE, said; was asked whether; said when asked whether",
        _gen("aw", ASKED, "ho68-asked", 265),
    ),
    _named(
        "pressed_replied",
        "4",
        "Pressed on X; When a reporter asked about X, she replied that C; In response to a question",
        _gen("pr", PRESSED, "ho68-pressed", 270),
    ),
    _named(
        "shouted_questions",
        "8",
        '"Will you resign?" one reporter shouted. "No," SURNAME said; a named reporter; was asked: "Q?"',
        _gen("sq", QUESTIONS, "ho68-questions", 255),
    ),
    _named(
        "podium_turns",
        "4",
        "two or three officials in turn; Standing beside her, NAME added; pronouns of two genders",
        _gen("pt", PODIUM, "ho68-podium", 255),
    ),
    _named(
        "joint_appearances",
        "4",
        "A and B said in a joint news conference; At a joint news conference with B, A said",
        _gen("ja", JOINT, "ho68-joint", 270),
    ),
    _named(
        "refusals",
        "8",
        'declined to comment; would not say whether C; refused to be drawn; "No comment," NAME said',
        _gen("rf", REFUSALS, "ho68-refusals", 265),
    ),
    _named(
        "background_sources",
        "2",
        "a senior official, speaking on condition of anonymity; who asked not to be named; according to",
        _gen("bs", BACKGROUND, "ho68-background", 290),
    ),
    _named(
        "broken_quotes",
        "3",
        "quotations split by the credit, continued over sentences and paragraphs, interrupted",
        _gen("bq", BROKEN, "ho68-broken", 255),
    ),
    _named(
        "body_titles",
        "6",
        "NAME, the chief executive of BODY; BODY chief executive NAME; The ROLE of BODY, NAME",
        _gen("bt", TITLES, "ho68-titles", 270),
    ),
    _named(
        "second_references",
        "4",
        "surname, the short role, the spokeswoman, a pronoun, an age after a titled person",
        _gen("sr", SECOND, "ho68-second", 255),
    ),
    _named(
        "datelines",
        "7",
        "TOWN, May 3 — NAME, ROLE, told a news conference; By STAFF",
        _gen("dt", DATELINES, "ho68-datelines", 280),
    ),
    _named(
        "controls",
        "8",
        "a briefing's title, a backdrop slogan, agenda items, no comment as a phrase; reports of nothing",
        _gen("ct", CONTROLS, "ho68-controls", 440),
    ),
)
