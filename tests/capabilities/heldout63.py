"""Sixty-third held-out round: capabilities written at commit ``3bd6fb9d`` by a helper (``hcap69``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout63data.py``: thirty-two invented people of English,
Scottish, Irish, Welsh, Cornish, Manx, British Indian, Pakistani and Bangladeshi, Polish, Nigerian, Ghanaian
and South African origin, each with a gender and an age; invented councils and their towns, council posts,
transport authorities, rail, bus, tram and ferry operators, engineering firms, developers, drivers' unions,
local newspapers and a radio station, roads and rail lines, inquiries, commuters' jobs, ministers' and
mayors' offices; scheme names, road signs and report titles written in marks; quotations, quotations with
figures, times, road numbers and sums of money, reported clauses, pointed fragments and narrative sentences;
straight and curly double marks and British curly single marks) as a round of TRANSPORT, INFRASTRUCTURE AND
LOCAL GOVERNMENT as a city-hall reporter and a transport correspondent write them: every case is a short
passage (one to five sentences, or an article of four or five paragraphs) with one to three people, and
every quotation checks the content (the marks and the words inside them for a direct quotation; the reported
clause, with or without its *that*, for an indirect one; the clause with its marked fragment for a mixed
one), the kind, the canonical full name and, whenever the text states one, the title with `Contains` of the
role noun and each affiliation stated, with `wrong_speakers` for every other person, body, town, outlet and
inquiry in the text.

Conventions: *Councillor*, *Cllr*, *Mr* and *Ms* before a name are never part of it, and *Councillor* or
*Cllr* alone states no title (checked only when a post is stated); `Mayor NAME of TOWN` and `NAME, the Mayor
of TOWN,` state the title *mayor* of the town; `Transport Secretary NAME` states the office; an unnamed
spokesperson speaks as the phrase (with or without its article and body) or as the body; a body's statement
(`The council said in a statement that C`, `the developer said in its application that C`, `According to
the X Authority, C`) is the body's; `objectors` and `planning officers` speak as themselves; scheme names,
road signs, report titles and posters in marks are no quotations; a quotation split by its credit (`"A," NAME
said. "B."`) is one quotation or two, and a quotation alone in its sentence after a report of the same
speaker in the same paragraph is its own quotation or one mixed quotation with the report; speech acts with a
noun object (*proposed the motion*, *announced a 48-hour walkout*, *asked about the cracks*, *blamed the
operator*) are tolerated as the doer's report or none, as the README sets (key fix after the run).

1. council meetings: `Councillor NAME told the meeting:`, `The council's leader, NAME, said that C`, `NAME,
   POST at COUNCIL, said:`, `who represents the X ward`, `A spokesperson for COUNCIL said`, `The council said
   in a statement that C`, `the committee voted` (`council_meetings`);
2. planning rows: `NAME, who lives on X Road, said`, `NAME, 63, of X Road, said that C`, `Objectors said
   that C`, `The developer said in its application that C`, residents' associations, a planning consultant
   for the developer, `Planning officers said in their report that C`, posters in marks (`planning_rows`);
3. transport agencies and operators: `NAME, chief executive of the X Transport Authority, said`, `A
   spokeswoman for X Rail said`, `The operator said that C`, `X Rail's managing director`, `told OUTLET`,
   `According to the X Authority, C`, `NAME, who chairs X` (`agencies_operators`);
4. engineers and inspectors: `NAME, a structural engineer with FIRM, told the inquiry:`, questioned by
   counsel, two experts who disagree, `the engineer said`, figures, a report title in marks
   (`engineers_inquiries`);
5. commuters and drivers: `NAME, 47, who commutes from TOWN, said`, `said NAME, a nurse from TOWN`, two
   commuters, `who drives the number 42 bus`, station platforms, a sign in marks (`commuters_drivers`);
6. closures, delays and figures inside quotations: percentages, sums of money, road numbers, times
   (`7.12am`), speed limits, a quotation split by its credit (`closures_figures`);
7. ministers and mayors: `Transport Secretary NAME`, `Mayor NAME of TOWN`, `NAME, the Mayor of TOWN,`, `the
   minister said`, a deputy mayor for transport, `Asked about X,` (`ministers_mayors`);
8. drivers' unions: `NAME, general secretary of the X Union`, `the union said in a statement that C`, `the
   union's regional organiser`, a driver who is a member, `Its president, NAME,`, union against operator
   (`unions`);
9. schemes and signs in marks beside one real quotation, or none: `the "Green Corridor" scheme`, a sign
   reading "ROAD CLOSED", a report called "Bridges at Risk", posters (`schemes_signs`);
10. second references: `the councillor`, `the engineer`, `the inspector`, `the mayor`, surnames, `Mr`/`Ms`
    and `Cllr` with the surname, `the 47-year-old`, with another person speaking between
    (`second_references`);
11. two speakers in a row with pronouns of two genders (`pronouns_two`);
12. short articles of four or five paragraphs with recurring speakers (council, rail, inquiry and
    ministerial stories) (`articles`);
13. controls: narrative, signs, schemes, report titles, bylines and datelines with no quotation, or one real
    quotation beside them (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout63data import (
    AGENCIES63,
    AGENCY_POSTS63,
    CLAUSES63,
    COUNCIL_POSTS63,
    COUNCILS63,
    DAYS63,
    DEVELOPERS63,
    ENGINEER_ROLES63,
    FIRMS63,
    FRAGS63,
    INQUIRIES63,
    JOBS63,
    LINES63,
    MARKS63,
    NARRATIVE63,
    OFFICES63,
    OPERATOR_POSTS63,
    OPERATORS63,
    OUTLETS63,
    PEOPLE63,
    QUOTES63,
    REPORTS63,
    ROADS63,
    SCHEMES63,
    SIGNS63,
    STAT_CLAUSES63,
    STATS63,
    TOWNS63,
    UNION_POSTS63,
    UNIONS63,
    Body,
    Council,
)
from heldout_kit import Mark, Person, PersonSpec, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import span as _span
from heldout_kit import that_report as _that

# --- shared helpers -----------------------------------------------------------------------------------------


def _t(*parts: str) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _accepted(spec: NameSpec) -> set[str]:
    if spec is None:
        return set()
    return {_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in spec}


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body, town or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        if text.count(e.content) > 1:  # key fix: a wrong speaker is checked at the content's first place
            continue
        ok = _accepted(e.speaker)
        wrong += [(e.content, p.full) for p in people if _bare(p.full) not in ok]
        wrong += [(e.content, o) for o in dict.fromkeys(others) if _bare(o) not in ok]
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout63.{name}", group, description, unique_texts(gen))


def _qt(n: int) -> str:
    return QUOTES63[n % len(QUOTES63)]


def _cl(n: int) -> str:
    return CLAUSES63[n % len(CLAUSES63)]


def _noun(job: str) -> str:
    """The role noun of `a nurse`."""
    return job.split(" ", 1)[1]


def _mr(p: Person) -> str:
    return "Ms" if p.gender == "f" else "Mr"


def _spokes(sp: str, body: Body, *extra: str) -> tuple[str, ...]:
    """The names a key accepts for `a SP for BODY`: the phrase with or without its article and body, or the
    body."""
    return (
        f"a {sp} for {body.written}",
        f"{sp} for {body.written}",
        f"{sp} for {body.name}",
        f"a {sp}",
        sp,
        body.name,
        *extra,
    )


def _body_says(body: Body) -> tuple[str, ...]:
    """The names a key accepts for a body speaking (`The operator said`)."""
    return (body.name, f"the {body.noun}", body.noun)


def _ind(content: str, who: PersonSpec, title: TitleSpec = ANY) -> Expect:
    kind = "person" if isinstance(who, Person) else ANY
    spec = (who.full,) if isinstance(who, Person) else who
    return Expect(content, "indirect", spec, title, kind)


def _split(text: str, first: str, second: str, p: PersonSpec, title: TitleSpec = ANY) -> list[Expect]:
    """`"A," NAME said. "B."`: one split quotation with its credit inside, or its two quotations."""
    return _alts(
        text, [_d(_span(text, first, second), p, title)], [_d(first, p, title), _d(second, p, title)]
    )


def _alone(text: str, clause: str, q: str, p: Person, title: TitleSpec = ANY) -> list[Expect]:
    """`NAME said that C. "Q."`: the report and the quotation, or one mixed quotation of two parts."""
    spec = (p.full,)
    return _alts(
        text,
        [_that(text, clause, p, title), _d(q, p, title)],
        [Expect(_span(text, f"that {clause}", q), "mixed", spec, title)],
        [Expect(_span(text, clause, q), "mixed", spec, title)],
    )


@frozen
class Slot:
    """One case's slots: the speaker, a person of the other gender, the marks and a filler index."""

    a: Person
    b: Person
    m: Mark
    k: int

    def q(self, n: int = 0, end: str = ",") -> str:
        """A quotation in the slot's marks, with its closing comma or stop inside."""
        return self.m.q(_qt(self.k + n) + end)

    def stat(self, n: int = 0, end: str = ",") -> str:
        return self.m.q(STATS63[(self.k + n) % len(STATS63)] + end)


#: (text, expects, people, others, forbidden)
Shaped = tuple[str, list[Expect], Sequence[Person], Sequence[str], Sequence[str]]


def _other(a: Person, step: int) -> Person:
    pool = [p for p in PEOPLE63 if p.gender != a.gender and p.culture != a.culture]
    return pool[step % len(pool)]


def _gen(
    prefix: str, shape: Callable[[Slot, int], Shaped], n_shapes: int, n: int = 250
) -> Callable[[], Iterator[Case]]:
    def gen() -> Iterator[Case]:
        combos = itertools.product(PEOPLE63, range(n_shapes), MARKS63, range(3))
        for a, s, m, r in sample(combos, n, f"ho63-{prefix}"):
            k = _k(PEOPLE63.index(a), s, r, MARKS63.index(m))
            b = _other(a, k + r)
            text, expects, people, others, forbidden = shape(Slot(a, b, m, k), s)
            yield _case(f"ho63-{prefix}-{s}", text, expects, people, others, forbidden=forbidden)

    return gen


def _council(k: int) -> tuple[Council, str, str]:
    council = _pick(COUNCILS63, k)
    post, role = _pick(COUNCIL_POSTS63, k + 1)
    return council, post, role


# --- 1. council meetings ------------------------------------------------------------------------------------


def _council_meetings(x: Slot, s: int) -> Shaped:
    a, b, m, k = x.a, x.b, x.m, x.k
    cn, post, role = _council(k)
    name, town = cn.body.name, cn.town
    t = _t(role, name)
    c, day, road = _cl(k), _pick(DAYS63, k), _pick(ROADS63, k)
    others = [name, town]
    if s == 0:
        text = f"Councillor {a.full} told the meeting: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a)], (a,), others, ()
    if s == 1:
        text = f"{name} met on {day} to discuss the {road} bridge. The council's leader, {a.full}, said that {c}."  # noqa: E501
        return text, [_that(text, c, a, _t("leader", "council"))], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {post} at {name}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, t)], (a,), others, ()
    if s == 3:
        ward = _pick(TOWNS63, k + 3)
        text = f"{x.q()} said Councillor {a.full}, who represents the {ward} ward on {name}."
        return text, [_d(x.q(), a)], (a,), [*others, ward], ()
    if s == 4:
        text = f"{a.full}, who lives on {road}, said that {c}. A spokesperson for {name} said: {x.q(2, '.')}"
        spokes = _spokes("spokesperson", cn.body, "the council")
        return text, [_that(text, c, a), _d(x.q(2, "."), spokes)], (a,), others, ()
    if s == 5:
        nar = NARRATIVE63[2]
        text = f"{nar}. Councillor {a.full}, who proposed the motion, said: {x.q(0, '.')}"
        expects = [_d(x.q(0, "."), a), *tolerate(text, "proposed the motion", (a.full,))]
        return text, expects, (a,), others, ()
    if s == 6:
        text = (
            f"{a.full}, {post} at {name}, told councillors that {c}. Councillor {b.full} said: {x.q(4, '.')}"
        )
        return text, [_that(text, c, a, t), _d(x.q(4, "."), b)], (a, b), others, ()
    if s == 7:
        obj, frag = _pick(FRAGS63, k)
        clause = f"{obj} was {m.q(frag)}"
        text = f"Speaking at a meeting of {name} on {day}, Councillor {a.full} said {clause}."
        return text, [_mixed(text, clause, a)], (a,), others, ()
    scheme = m.q(_pick(SCHEMES63, k))
    text = (
        f"{name} has delayed a decision on the {scheme} scheme. The council said in a statement that {c}. "
        f"{a.full}, {post} at {name}, said: {x.q(1, '.')}"
    )
    expects = [_that(text, c, _body_says(cn.body)), _d(x.q(1, "."), a, t)]
    return text, expects, (a,), others, (scheme,)


# --- 2. planning rows ---------------------------------------------------------------------------------------


def _planning_rows(x: Slot, s: int) -> Shaped:
    a, b, m, k = x.a, x.b, x.m, x.k
    cn = _pick(COUNCILS63, k)
    dev = _pick(DEVELOPERS63, k + 1)
    road = _pick(ROADS63, k)
    c = _cl(k)
    others = [cn.body.name, dev.name, cn.town]
    if s == 0:
        text = f"{a.full}, who lives on {road}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a)], (a,), others, ()
    if s == 1:
        text = f"{a.full}, {a.age}, of {road}, said that {c}."
        return text, [_that(text, c, a)], (a,), others, ()
    if s == 2:
        text = (
            f"Plans for 140 homes off {road} were submitted by {dev.name} in March. Objectors said that {c}."
        )
        return text, [_that(text, c, ("objectors",))], (), others, ()
    if s == 3:
        text = (
            f"{dev.name} wants to build 90 homes on farmland near {cn.town}. "
            f"The developer said in its application that {c}."
        )
        return text, [_that(text, c, _body_says(dev))], (), others, ()
    if s == 4:
        assoc = f"{cn.town} Residents' Association"
        text = f"In a letter to {cn.body.name}, {a.full}, chair of the {assoc}, wrote: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, _t("chair", assoc))], (a,), [*others, assoc], ()
    if s == 5:
        obj, frag = _pick(FRAGS63, k)
        text = f"{a.full}, who lives on {road}, described {obj} as {m.q(frag)}."
        return text, [_called(text, obj, m.q(frag), a, link=" as ")], (a,), others, ()
    if s == 6:
        text = (
            f"{a.full}, who lives on {road}, said that {c}. "
            f"But {b.full}, a planning consultant acting for {dev.name}, said: {x.q(3, '.')}"
        )
        tb = _t("planning consultant", dev.name)
        return text, [_that(text, c, a), _d(x.q(3, "."), b, tb)], (a, b), others, ()
    if s == 7:
        text = (
            f"{cn.body.name}'s planning committee will decide on the scheme on {_pick(DAYS63, k)}. "
            f"Planning officers said in their report that {c}."
        )
        return text, [_that(text, c, ("planning officers", "officers"))], (), others, ()
    poster = m.q(f"Hands Off {road}")
    text = f"Posters reading {poster} have appeared in windows. {a.full}, who lives on the road, said: {x.q(2, '.')}"  # noqa: E501
    return text, [_d(x.q(2, "."), a)], (a,), others, (poster,)


# --- 3. transport agencies and operators --------------------------------------------------------------------


def _agencies_operators(x: Slot, s: int) -> Shaped:
    a, k = x.a, x.k
    ag, op = _pick(AGENCIES63, k), _pick(OPERATORS63, k + 1)
    post, opost = _pick(AGENCY_POSTS63, k), _pick(OPERATOR_POSTS63, k + 2)
    line, day, c = _pick(LINES63, k), _pick(DAYS63, k), _cl(k)
    outlet = _pick(OUTLETS63, k)
    others = [ag.name, op.name]
    if s == 0:
        text = f"{a.full}, {post} of {ag.written}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, _t(post, ag.name))], (a,), others, ()
    if s == 1:
        text = f"{x.q()} said {a.full}, {post} of {ag.written}."
        return text, [_d(x.q(), a, _t(post, ag.name))], (a,), others, ()
    if s == 2:
        sp = a.kin("spokeswoman", "spokesman")
        text = f"Services on {line} were cancelled on {day} after a signal failure. A {sp} for {op.name} said: {x.q(0, '.')}"  # noqa: E501
        return text, [_d(x.q(0, "."), _spokes(sp, op, "the operator"))], (), others, ()
    if s == 3:
        text = (
            f"{op.name} apologised to passengers after a week of cancellations. The operator said that {c}."
        )
        return text, [_that(text, c, _body_says(op))], (), others, ()
    if s == 4:
        text = f"{a.full}, {_poss(op.name)} {opost}, said that {c}."
        return text, [_that(text, c, a, _t(opost, op.name))], (a,), others, ()
    if s == 5:
        text = f"{a.full}, {opost} at {op.name}, told {outlet}: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, _t(opost, op.name))], (a,), [*others, outlet], ()
    if s == 6:
        text = (
            f"{a.full}, {post} of {ag.written}, said that {c}. {op.name} said in a statement: {x.q(5, '.')}"
        )
        expects = [_that(text, c, a, _t(post, ag.name)), _d(x.q(5, "."), _body_says(op))]
        return text, expects, (a,), others, ()
    if s == 7:
        text = f"According to {ag.written}, {c}."
        return text, [_ind(c, _body_says(ag))], (), others, ()
    text = f"{a.full}, who chairs {ag.written}, said: {x.q(0, '.')}"
    return text, [_d(x.q(0, "."), a)], (a,), others, ()


# --- 4. engineers and inspectors ----------------------------------------------------------------------------


def _engineers(x: Slot, s: int) -> Shaped:
    a, b, m, k = x.a, x.b, x.m, x.k
    firm, firm2 = _pick(FIRMS63, k), _pick(FIRMS63, k + 2)
    desc, noun, short = _pick(ENGINEER_ROLES63, k)
    desc2, noun2, _ = _pick(ENGINEER_ROLES63, k + 2)
    inq = _pick(INQUIRIES63, k)
    c, day = _cl(k), _pick(DAYS63, k)
    t, t2 = _t(noun, firm), _t(noun2, firm2)
    others = [firm, firm2, inq]
    if s == 0:
        text = f"{a.full}, {desc} with {firm}, told {inq}: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, t)], (a,), others, ()
    if s == 1:
        text = f"{a.full}, {desc} with {firm}, told {inq} that {c}."
        return text, [_that(text, c, a, t)], (a,), others, ()
    if s == 2:
        text = f"{x.q()} {a.full}, {desc} with {firm}, told {inq}."
        return text, [_d(x.q(), a, t)], (a,), others, ()
    if s == 3:
        text = f"{a.full}, {desc} with {firm}, gave evidence on {day}. {x.q()} {short} said."
        return text, [_d(x.q(), a, t)], (a,), others, ()
    if s == 4:
        text = f"Questioned by {b.full}, counsel to the inquiry, {a.full}, {desc} with {firm}, said: {x.q(0, '.')}"  # noqa: E501
        return text, [_d(x.q(0, "."), a, t)], (a, b), others, ()
    if s == 5:
        text = f"{a.full}, {desc} with {firm}, said that {c}. {b.full}, {desc2} with {firm2}, disagreed: {x.q(3, '.')}"  # noqa: E501
        return text, [_that(text, c, a, t), _d(x.q(3, "."), b, t2)], (a, b), others, ()
    if s == 6:
        obj, frag = _pick(FRAGS63, k)
        clause = f"{obj} had been {m.q(frag)}"
        text = f"{a.full}, {desc} with {firm}, told {inq} that {clause}."
        return text, [_mixed(text, clause, a, t)], (a,), others, ()
    if s == 7:
        text = f"{a.full}, {desc} with {firm}, said: {x.stat(0, '.')}"
        return text, [_d(x.stat(0, "."), a, t)], (a,), others, ()
    title = m.q(_pick(REPORTS63, k))
    text = f"The report, {title}, was published on {day}. {a.full}, {desc} with {firm}, who wrote it, said that {c}."  # noqa: E501
    return text, [_that(text, c, a, t)], (a,), others, (title,)


# --- 5. commuters and drivers -------------------------------------------------------------------------------


def _commuters(x: Slot, s: int) -> Shaped:
    a, b, m, k = x.a, x.b, x.m, x.k
    town, town2 = _pick(TOWNS63, k), _pick(TOWNS63, k + 4)
    job, job2 = _pick(JOBS63, k), _pick(JOBS63, k + 3)
    road, c = _pick(ROADS63, k), _cl(k)
    others = [town, town2]
    if s == 0:
        text = f"{a.full}, {a.age}, who commutes from {town}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a)], (a,), others, ()
    if s == 1:
        text = f"{x.q()} said {a.full}, {job} from {town}."
        return text, [_d(x.q(), a, _t(_noun(job)))], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {a.age}, {job} from {town}, said that {c}."
        return text, [_that(text, c, a, _t(_noun(job)))], (a,), others, ()
    if s == 3:
        text = f"{a.full}, {a.age}, waits at the stop on {road} every morning. {x.q()} {a.pronoun} said."
        return text, [_d(x.q(), a)], (a,), others, ()
    if s == 4:
        text = (
            f"{a.full}, {a.age}, who commutes from {town}, said: {x.q(0, '.')} "
            f"{b.full}, {job2} from {town2}, said that {c}."
        )
        expects = [_d(x.q(0, "."), a), _that(text, c, b, _t(_noun(job2)))]
        return text, expects, (a, b), others, ()
    if s == 5:
        obj, frag = _pick(FRAGS63, k)
        clause = f"{obj} was {m.q(frag)}"
        text = f"{a.full}, who drives the number {40 + k % 30} bus through {town}, said {clause}."
        return text, [_mixed(text, clause, a)], (a,), others, ()
    if s == 6:
        text = f"Speaking on the platform at {town} Parkway, {a.full}, {a.age}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a)], (a,), [*others, f"{town} Parkway"], ()
    if s == 7:
        text = f"{x.q()} {a.full}, {a.age}, {job} who commutes from {town}, said."
        return text, [_d(x.q(), a, _t(_noun(job)))], (a,), others, ()
    sign = m.q(_pick(SIGNS63, k))
    text = f"A sign at {town} station read {sign}. {a.full}, {a.age}, said: {x.q(0, '.')}"
    return text, [_d(x.q(0, "."), a)], (a,), others, (sign,)


# --- 6. closures, delays and figures ------------------------------------------------------------------------


def _closures(x: Slot, s: int) -> Shaped:
    a, k = x.a, x.k
    cn, post, role = _council(k)
    ag, op = _pick(AGENCIES63, k), _pick(OPERATORS63, k + 1)
    apost, opost = _pick(AGENCY_POSTS63, k), _pick(OPERATOR_POSTS63, k + 2)
    sc = _pick(STAT_CLAUSES63, k)
    town, outlet, day = _pick(TOWNS63, k + 1), _pick(OUTLETS63, k), _pick(DAYS63, k)
    others = [cn.body.name, ag.name, op.name]
    tc, ta, to = _t(role, cn.body.name), _t(apost, ag.name), _t(opost, op.name)
    if s == 0:
        text = f"{a.full}, {post} at {cn.body.name}, said: {x.stat(0, '.')}"
        return text, [_d(x.stat(0, "."), a, tc)], (a,), others, ()
    if s == 1:
        text = f"{x.stat()} said {a.full}, {opost} at {op.name}."
        return text, [_d(x.stat(), a, to)], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {apost} of {ag.written}, said that {sc}."
        return text, [_that(text, sc, a, ta)], (a,), others, ()
    if s == 3:
        sp = a.kin("spokeswoman", "spokesman")
        text = f"A {sp} for {ag.written} said: {x.stat(0, '.')}"
        return text, [_d(x.stat(0, "."), _spokes(sp, ag))], (), others, ()
    if s == 4:
        text = f"{x.stat()} {a.full}, {opost} at {op.name}, told {outlet}."
        return text, [_d(x.stat(), a, to)], (a,), [*others, outlet], ()
    if s == 5:
        text = (
            f"The road has been closed since {day}. {a.full}, {post} at {cn.body.name}, said that {sc}. "
            f"{x.stat(3)} {a.pronoun} added."
        )
        return text, [_that(text, sc, a, tc), _d(x.stat(3), a, tc)], (a,), others, ()
    if s == 6:
        text = f"{cn.body.name} said that {sc}."
        return text, [_that(text, sc, _body_says(cn.body))], (), others, ()
    if s == 7:
        text = f"{a.full}, {a.age}, who catches the 7.40am train from {town}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a)], (a,), [*others, town], ()
    first, second = x.stat(), x.m.q(_qt(k + 2) + ".")
    text = f"{first} said {a.full}, {opost} at {op.name}. {second}"
    return text, _split(text, first, second, a, to), (a,), others, ()


# --- 7. ministers and mayors --------------------------------------------------------------------------------


def _ministers(x: Slot, s: int) -> Shaped:
    a, b, m, k = x.a, x.b, x.m, x.k
    office, parts, short = _pick(OFFICES63, k)
    town, line, outlet, day = _pick(TOWNS63, k), _pick(LINES63, k), _pick(OUTLETS63, k + 1), _pick(DAYS63, k)
    c = _cl(k)
    t, tm = _t(*parts), _t("mayor", town)
    others = [town, outlet]
    if s == 0:
        text = f"{office} {a.full} said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, t)], (a,), others, ()
    if s == 1:
        text = f"Mayor {a.full} of {town} said that {c}."
        return text, [_that(text, c, a, tm)], (a,), others, ()
    if s == 2:
        text = f"{a.full}, the Mayor of {town}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, tm)], (a,), others, ()
    if s == 3:
        text = f"{x.q()} {office} {a.full} told {outlet}."
        return text, [_d(x.q(), a, t)], (a,), others, ()
    if s == 4:
        text = f"{office} {a.full} visited {town} on {day}. {x.q()} {short} said."
        return text, [_d(x.q(), a, t)], (a,), others, ()
    if s == 5:
        text = f"{office} {a.full} said that {c}. But {b.full}, the Mayor of {town}, said: {x.q(3, '.')}"
        return text, [_that(text, c, a, t), _d(x.q(3, "."), b, tm)], (a, b), others, ()
    if s == 6:
        obj, frag = _pick(FRAGS63, k)
        clause = f"{obj} was {m.q(frag)}"
        text = f"Mayor {a.full} of {town} said {clause}."
        return text, [_mixed(text, clause, a, tm)], (a,), others, ()
    if s == 7:
        text = f"{a.full}, the Deputy Mayor for Transport in {town}, said that {c}."
        return text, [_that(text, c, a, _t("Deputy Mayor for Transport", town))], (a,), others, ()
    text = f"Asked about delays on {line}, {office} {a.full} said: {x.q(0, '.')}"
    return text, [_d(x.q(0, "."), a, t)], (a,), others, ()


# --- 8. unions ----------------------------------------------------------------------------------------------


def _unions(x: Slot, s: int) -> Shaped:
    a, b, m, k = x.a, x.b, x.m, x.k
    un, op = _pick(UNIONS63, k), _pick(OPERATORS63, k + 1)
    upost, opost = _pick(UNION_POSTS63, k), _pick(OPERATOR_POSTS63, k + 2)
    c, c2, day = _cl(k), _cl(k + 5), _pick(DAYS63, k)
    t, to = _t(upost, un.name), _t(opost, op.name)
    others = [un.name, op.name]
    if s == 0:
        text = f"{a.full}, {upost} of {un.written}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, t)], (a,), others, ()
    if s == 1:
        text = f"Drivers at {op.name} will strike on {day}. {_cap(un.written)} said in a statement that {c}."
        return text, [_that(text, c, _body_says(un))], (), others, ()
    if s == 2:
        text = f"{x.q()} said {a.full}, {_poss(un.written)} {upost}."
        return text, [_d(x.q(), a, t)], (a,), others, ()
    if s == 3:
        text = f"Members of {un.written} voted to strike. {a.full}, the union's {upost}, said that {c}."
        return text, [_that(text, c, a, _t(upost))], (a,), others, ()
    if s == 4:
        text = (
            f"{a.full}, {upost} of {un.written}, said that {c}. "
            f"{b.full}, {opost} at {op.name}, said: {x.q(2, '.')}"
        )
        return text, [_that(text, c, a, t), _d(x.q(2, "."), b, to)], (a, b), others, ()
    if s == 5:
        text = f"{a.full}, a driver for {op.name} and a member of {un.written}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, _t("driver", op.name))], (a,), others, ()
    if s == 6:
        obj, frag = _pick(FRAGS63, k)
        text = f"{a.full}, {upost} of {un.written}, called {obj} {m.q(frag)}."
        return text, [_called(text, obj, m.q(frag), a, title=t)], (a,), others, ()
    if s == 7:
        text = f"{_cap(un.written)} announced a 48-hour walkout on {day}. Its {upost}, {a.full}, said: {x.q(0, '.')}"  # noqa: E501
        expects = [
            _d(x.q(0, "."), a, _t(upost)),
            *tolerate(text, f"announced a 48-hour walkout on {day}", _body_says(un)),
        ]
        return text, expects, (a,), others, ()
    text = f"{op.name} said that {c2}. But {a.full}, {upost} of {un.written}, said: {x.q(4, '.')}"
    return text, [_that(text, c2, _body_says(op)), _d(x.q(4, "."), a, t)], (a,), others, ()


# --- 9. schemes and signs -----------------------------------------------------------------------------------


def _schemes_signs(x: Slot, s: int) -> Shaped:
    a, m, k = x.a, x.m, x.k
    cn, post, role = _council(k)
    name = cn.body.name
    scheme, sign, report = m.q(_pick(SCHEMES63, k)), m.q(_pick(SIGNS63, k)), m.q(_pick(REPORTS63, k))
    road, day = _pick(ROADS63, k), _pick(DAYS63, k)
    c, t = _cl(k), _t(role, name)
    others = [name, cn.town]
    if s == 0:
        text = f"A sign at the end of {road} reads {sign}."
        return text, [], (), others, (sign,)
    if s == 1:
        text = f"The {scheme} scheme was approved by {name} on {day}."
        return text, [], (), others, (scheme,)
    if s == 2:
        text = f"The {scheme} scheme will cost \u00a33m. {a.full}, {post} at {name}, said: {x.q(0, '.')}"
        return text, [_d(x.q(0, "."), a, t)], (a,), others, (scheme,)
    if s == 3:
        text = f"Signs reading {sign} went up on {road} on {day}. {x.q()} said {a.full}, who lives nearby."
        return text, [_d(x.q(), a)], (a,), others, (sign,)
    if s == 4:
        text = f"{name} published its report, {report}, on {day}."
        return text, [], (), others, (report,)
    if s == 5:
        text = f"Under the {scheme} plan, {road} will close to through traffic. {a.full}, {post} at {name}, said that {c}."  # noqa: E501
        return text, [_that(text, c, a, t)], (a,), others, (scheme,)
    if s == 6:
        text = f"The new route, branded {scheme}, starts on {day} and runs every 12 minutes."
        return text, [], (), others, (scheme,)
    if s == 7:
        text = (
            f"Drivers on {road} were greeted by {sign} signs on {day}. "
            f"{a.full}, {post} at {name}, said the closure had been advertised for weeks."
        )
        clause = "the closure had been advertised for weeks"
        return text, [_that(text, clause, a, t)], (a,), others, (sign,)
    text = f"{report} is the title of the report {name} will publish on {day}. {x.q()} {a.full}, {post} at {name}, said."  # noqa: E501
    return text, [_d(x.q(), a, t)], (a,), others, (report,)


# --- 10. second references ----------------------------------------------------------------------------------


def _second(x: Slot, s: int) -> Shaped:
    a, b, k = x.a, x.b, x.k
    cn, post, role = _council(k)
    name = cn.body.name
    firm = _pick(FIRMS63, k)
    desc, noun, short = _pick(ENGINEER_ROLES63, k)
    op, opost = _pick(OPERATORS63, k), _pick(OPERATOR_POSTS63, k)
    ag, apost = _pick(AGENCIES63, k), _pick(AGENCY_POSTS63, k)
    town, road, job = _pick(TOWNS63, k), _pick(ROADS63, k), _pick(JOBS63, k)
    c, qa, qb, day = _cl(k), x.q(), x.q(3, "."), _pick(DAYS63, k)
    tc, te = _t(role, name), _t(noun, firm)
    others = [name, firm, op.name, ag.name, town]
    if s == 0:
        text = (
            f"Councillor {a.full}, {post} at {name}, said that {c}. "
            f"{b.full}, who lives on {road}, disagreed: {qb} {qa} the councillor said."
        )
        return text, [_that(text, c, a, tc), _d(qb, b), _d(qa, a, tc)], (a, b), others, ()
    if s == 1:
        text = (
            f"{a.full}, {desc} with {firm}, told the inquiry that {c}. "
            f"{b.full}, counsel to the inquiry, asked about the cracks. {qa} {short} said."
        )
        expects = [_that(text, c, a, te), _d(qa, a, te), *tolerate(text, "asked about the cracks", (b.full,))]
        return text, expects, (a, b), others, ()
    if s == 2:
        text = (
            f"{a.full}, {opost} at {op.name}, said that {c}. "
            f"{b.full}, {b.age}, a commuter from {town}, said: {qb} {qa} {a.last} said."
        )
        to = _t(opost, op.name)
        return text, [_that(text, c, a, to), _d(qb, b), _d(qa, a, to)], (a, b), others, ()
    if s == 3:
        text = f"{a.full}, {apost} of {ag.written}, said that {c}. {qa} {_mr(a)} {a.last} said."
        ta = _t(apost, ag.name)
        return text, [_that(text, c, a, ta), _d(qa, a, ta)], (a,), others, ()
    if s == 4:
        text = f"Cllr {a.full} told the meeting that {c}. {qa} Cllr {a.last} added."
        return text, [_that(text, c, a), _d(qa, a)], (a,), others, ()
    if s == 5:
        text = (
            f"{a.full}, the Mayor of {town}, met {b.full}, {desc} with {firm}, on {day}. {qa} the mayor said."
        )
        return text, [_d(qa, a, _t("mayor", town))], (a, b), others, ()
    if s == 6:
        text = (
            f"{a.full}, {desc} with {firm}, said that {c}. "
            f"{b.full}, {post} at {name}, said: {qb} {qa} {short} said."
        )
        return text, [_that(text, c, a, te), _d(qb, b, tc), _d(qa, a, te)], (a, b), others, ()
    text = f"{a.full}, {a.age}, {job} from {town}, said that {c}. {qa} the {a.age}-year-old added."
    tj = _t(_noun(job))
    return text, [_that(text, c, a, tj), _d(qa, a, tj)], (a,), others, ()


# --- 11. pronouns with two speakers -------------------------------------------------------------------------


def _pronouns(x: Slot, s: int) -> Shaped:
    a, b, k = x.a, x.b, x.k
    cn, post, role = _council(k)
    name = cn.body.name
    op, opost = _pick(OPERATORS63, k + 1), _pick(OPERATOR_POSTS63, k)
    un, upost = _pick(UNIONS63, k), _pick(UNION_POSTS63, k + 1)
    firm = _pick(FIRMS63, k)
    desc, noun, _ = _pick(ENGINEER_ROLES63, k)
    ag, apost = _pick(AGENCIES63, k), _pick(AGENCY_POSTS63, k + 1)
    c, c2, q1, q2 = _cl(k), _cl(k + 7), x.q(), x.q(5)
    tc, to, tu, te, ta = (
        _t(role, name),
        _t(opost, op.name),
        _t(upost, un.name),
        _t(noun, firm),
        _t(apost, ag.name),
    )
    others = [name, op.name, un.name, firm, ag.name]
    ab = (a, b)
    if s == 0:
        text = f"{a.full}, {post} at {name}, said that {c}. {b.full}, {opost} at {op.name}, said that {c2}. {q1} {a.pronoun} added."  # noqa: E501
        return text, [_that(text, c, a, tc), _that(text, c2, b, to), _d(q1, a, tc)], ab, others, ()
    if s == 1:
        text = f"{a.full}, {post} at {name}, and {b.full}, {opost} at {op.name}, met on {_pick(DAYS63, k)}. {q1} {b.pronoun} said."  # noqa: E501
        return text, [_d(q1, b, to)], ab, others, ()
    if s == 2:
        text = (
            f"{b.full}, {desc} with {firm}, gave evidence first. Then {a.full}, {apost} of {ag.written}, spoke. "  # noqa: E501
            f"{q1} {a.pronoun} said. {q2} {b.pronoun} said."
        )
        return text, [_d(q1, a, ta), _d(q2, b, te)], ab, others, ()
    if s == 3:
        text = f"{a.full}, {upost} of {un.written}, told {b.full}, {opost} at {op.name}, that {c}. {_cap(b.pronoun)} said: {x.q(2, '.')}"  # noqa: E501
        return text, [_that(text, c, a, tu), _d(x.q(2, "."), b, to)], ab, others, ()
    if s == 4:
        text = (
            f"{b.full}, {opost} at {op.name}, said: {x.q(2, '.')} "
            f"{a.full}, {upost} of {un.written}, was less sure. {q1} {a.pronoun} said."
        )
        return text, [_d(x.q(2, "."), b, to), _d(q1, a, tu)], ab, others, ()
    if s == 5:
        text = (
            f"{b.full}, {apost} of {ag.written}, opened the hearing. {a.full}, {post} at {name}, said: "
            f"{x.q(2, '.')} {_cap(a.pronoun)} said that {c}."
        )
        return text, [_d(x.q(2, "."), a, tc), _that(text, c, a, tc)], ab, others, ()
    text = (
        f"{a.full}, {post} at {name}, and {b.full}, {desc} with {firm}, both spoke on {_pick(DAYS63, k)}. "
        f"{_cap(a.pronoun)} said that {c}. {_cap(b.pronoun)} said that {c2}."
    )
    return text, [_that(text, c, a, tc), _that(text, c2, b, te)], ab, others, ()


# --- 12. articles -------------------------------------------------------------------------------------------


def _article_council(x: Slot) -> Shaped:
    a, b, k = x.a, x.b, x.k
    cn, post, role = _council(k)
    name, road = cn.body.name, _pick(ROADS63, k)
    c, q1, q2, q3 = _cl(k), x.q(), x.q(4, "."), x.q(7)
    tc = _t(role, name)
    text = _article(
        f"{name} has approved a \u00a312m plan to rebuild {road}, despite objections from residents.",
        f"Councillor {a.full}, {post} at {name}, told the meeting that {c}.",
        f"{q1} {a.pronoun} said.",
        f"{b.full}, who lives on {road}, said: {q2}",
        f"{q3} {a.last} said later.",
    )
    expects = [_that(text, c, a, tc), _d(q1, a, tc), _d(q2, b), _d(q3, a, tc)]
    return text, expects, (a, b), [name, cn.town], ()


def _article_rail(x: Slot) -> Shaped:
    a, b, k = x.a, x.b, x.k
    op, un, upost = _pick(OPERATORS63, k), _pick(UNIONS63, k + 1), _pick(UNION_POSTS63, k)
    line, town, day = _pick(LINES63, k), _pick(TOWNS63, k), _pick(DAYS63, k)
    c, q1, q2, q3 = _cl(k), x.q(0, "."), x.q(3), x.q(6)
    tu = _t(upost, un.name)
    text = _article(
        f"Passengers on {line} faced a third day of cancellations on {day}.",
        f"{a.full}, {a.age}, who commutes from {town}, said: {q1}",
        f"{op.name} said that {c}.",
        f"{b.full}, {upost} of {un.written}, blamed the operator. {q2} {b.pronoun} said.",
        f"{q3} {b.last} added.",
    )
    expects = [_d(q1, a), _that(text, c, _body_says(op)), _d(q2, b, tu), _d(q3, b, tu)]
    expects += tolerate(text, "blamed the operator", (b.full,))
    return text, expects, (a, b), [op.name, un.name, town], ()


def _article_inquiry(x: Slot) -> Shaped:
    a, b, k = x.a, x.b, x.k
    firm = _pick(FIRMS63, k)
    desc, noun, short = _pick(ENGINEER_ROLES63, k)
    inq = _pick(INQUIRIES63, k)
    cn, post, role = _council(k + 1)
    c, q1, q2, q3 = _cl(k), x.q(), x.q(2, "."), x.q(5, ".")
    te, tc = _t(noun, firm), _t(role, cn.body.name)
    text = _article(
        f"{_cap(inq)} heard evidence on {_pick(DAYS63, k)}.",
        f"{a.full}, {desc} with {firm}, told the inquiry that {c}.",
        f"{q1} {short} said. {q2}",
        f"{b.full}, {post} at {cn.body.name}, said: {q3}",
        f"{a.last} is due to give evidence again next week.",
    )
    expects = [_that(text, c, a, te), *_split(text, q1, q2, a, te), _d(q3, b, tc)]
    return text, expects, (a, b), [firm, inq, cn.body.name], ()


def _article_minister(x: Slot) -> Shaped:
    a, b, k = x.a, x.b, x.k
    office, parts, short = _pick(OFFICES63, k)
    town, outlet = _pick(TOWNS63, k), _pick(OUTLETS63, k)
    c, c2, q1, q2 = _cl(k), _cl(k + 5), x.q(), x.q(3)
    t, tm = _t(*parts), _t("mayor", town)
    text = _article(
        f"{office} {a.full} visited {town} on {_pick(DAYS63, k)} to open the new interchange.",
        f"{q1} {a.pronoun} said.",
        f"But Mayor {b.full} of {town} said that {c}.",
        f"{q2} {b.pronoun} told {outlet}.",
        f"{_cap(short)} said that {c2}.",
    )
    expects = [_d(q1, a, t), _that(text, c, b, tm), _d(q2, b, tm), _that(text, c2, a, t)]
    return text, expects, (a, b), [town, outlet], ()


def _article_alone(x: Slot) -> Shaped:
    a, b, k = x.a, x.b, x.k
    ag, apost = _pick(AGENCIES63, k), _pick(AGENCY_POSTS63, k)
    line, job, town = _pick(LINES63, k + 1), _pick(JOBS63, k), _pick(TOWNS63, k + 2)
    c, q1, q2 = _cl(k), x.q(0, "."), x.q(4, ".")
    ta = _t(apost, ag.name)
    text = _article(
        f"Work to electrify {line} will start in the spring, two years late.",
        f"{a.full}, {apost} of {ag.written}, said that {c}. {q1}",
        f"{b.full}, {job} from {town}, said: {q2}",
        "The first electric trains are due to run in 2029.",
    )
    expects = [*_alone(text, c, q1, a, ta), _d(q2, b, _t(_noun(job)))]
    return text, expects, (a, b), [ag.name, town], ()


_ARTICLES = (_article_council, _article_rail, _article_inquiry, _article_minister, _article_alone)


def _articles(x: Slot, s: int) -> Shaped:
    return _ARTICLES[s](x)


# --- 13. controls -------------------------------------------------------------------------------------------


def _controls(x: Slot, s: int) -> Shaped:
    a, m, k = x.a, x.m, x.k
    cn, post, role = _council(k)
    name = cn.body.name
    scheme, sign, report = m.q(_pick(SCHEMES63, k)), m.q(_pick(SIGNS63, k)), m.q(_pick(REPORTS63, k))
    ag, road, day = _pick(AGENCIES63, k), _pick(ROADS63, k), _pick(DAYS63, k)
    n1, n2 = _pick(NARRATIVE63, k), _pick(NARRATIVE63, k + 3)
    others = [name, ag.name, cn.town]
    if s == 0:
        return f"{n1}. {n2}.", [], (), others, ()
    if s == 1:
        text = f"Motorists were met by a sign reading {sign} at the end of {road} on {day}."
        return text, [], (), others, (sign,)
    if s == 2:
        text = f"{name} launched its {scheme} scheme on {day}. {n1}."
        return text, [], (), others, (scheme,)
    if s == 3:
        text = f"The {report} report was published by {ag.written} on {day}."
        return text, [], (), others, (report,)
    if s == 4:
        text = f"The committee voted to approve the {scheme} plan. {n2}."
        return text, [], (), others, (scheme,)
    if s == 5:
        text = _article(f"By {a.full}, Transport Correspondent", f"{n1}.", f"{n2}.")
        return text, [], (), others, (a.full,)
    if s == 6:
        text = f"{cn.town.upper()} \u2014 {n1}. {name} has put up {sign} signs on {road}."
        return text, [], (), others, (sign, cn.town.upper())
    if s == 7:
        text = f"{a.full}, {post} at {name}, said: {x.q(0, '.')} Signs reading {sign} will go up on {day}."
        return text, [_d(x.q(0, "."), a, _t(role, name))], (a,), others, (sign,)
    text = f"The buses carry the slogan {m.q('Cleaner Air for ' + cn.town)} on their sides. {n1}."
    return text, [], (), others, (m.q("Cleaner Air for " + cn.town),)


HELD_OUT_63 = (
    _named(
        "council_meetings",
        "6",
        "Councillor NAME told the meeting; the council's leader; POST at COUNCIL; spokesperson",
        _gen("council", _council_meetings, 9),
    ),
    _named(
        "planning_rows",
        "5",
        "who lives on X Road; objectors said; the developer said in its application; planning officers",
        _gen("planning", _planning_rows, 9),
    ),
    _named(
        "agencies_operators",
        "6",
        "chief executive of the X Transport Authority; a spokeswoman for X Rail; the operator said",
        _gen("agency", _agencies_operators, 9),
    ),
    _named(
        "engineers_inquiries",
        "6",
        "a structural engineer with FIRM told the inquiry; counsel; two experts; the engineer said",
        _gen("engineer", _engineers, 9),
    ),
    _named(
        "commuters_drivers",
        "2",
        "NAME, 47, who commutes from TOWN; a nurse from TOWN; the number 42 bus; platforms",
        _gen("commuter", _commuters, 9),
    ),
    _named(
        "closures_figures",
        "1",
        "percentages, money, road numbers, times and speed limits inside quotations; a split quotation",
        _gen("figures", _closures, 9),
    ),
    _named(
        "ministers_mayors",
        "6",
        "Transport Secretary NAME; Mayor NAME of TOWN; NAME, the Mayor of TOWN; the minister said",
        _gen("minister", _ministers, 9),
    ),
    _named(
        "unions",
        "6",
        "general secretary of the X Union; the union said in a statement; Its president",
        _gen("union", _unions, 9),
    ),
    _named(
        "schemes_signs",
        "8",
        'the "Green Corridor" scheme; a sign reading "ROAD CLOSED"; report titles; one quotation or none',
        _gen("scheme", _schemes_signs, 9),
    ),
    _named(
        "second_references",
        "4",
        "the councillor, the engineer, the inspector, the mayor, surname, Mr/Ms/Cllr SURNAME, age",
        _gen("second", _second, 8),
    ),
    _named("pronouns_two", "4", "two speakers with pronouns of two genders", _gen("pronoun", _pronouns, 7)),
    _named(
        "articles",
        "4",
        "articles of four or five paragraphs with recurring speakers",
        _gen("article", _articles, len(_ARTICLES), 240),
    ),
    _named(
        "controls",
        "8",
        "narrative, signs, schemes, report titles, bylines, datelines; one real quotation beside them",
        _gen("control", _controls, 9, 320),
    ),
)
