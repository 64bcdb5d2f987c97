"""Seventy-first held-out round: capabilities written at commit ``81797142`` by a helper (``hcap77``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout71data.py``: thirty-two invented residents of many origins,
each with a gender, an age and a home town; given names people give alone; children named by first name;
occupations with and without a workplace; descriptions that are no office; what people were doing when a
reporter found them; invented towns, streets, markets and local outlets; invented pollsters with their staff
posts, poll findings, question wordings and figures; protest groups with their posts, chants, placards, shop
names and slogans; vox-pop quotations, pollsters' quotations, reported clauses and pointed fragments;
straight, curly and British single marks) as a round of VOX POPS, POLLS AND ORDINARY PEOPLE, as a reporter
writes up street interviews, queues, rallies, polls and surveys: every case is a short passage (one to five
sentences) with one to three people, and every quotation checks the content (the marks and the words inside
them for a direct quotation; the reported clause, with or without its *that*, for an indirect one; the clause
with its marked words for a mixed one), the kind, the canonical full name and, whenever the text states one,
the title with `Contains` of the role noun and each affiliation, with `wrong_speakers` for every other person,
child, body, town and outlet in the text.

Conventions (the README's): an age is never part of the title; an occupation is a role (`a nurse from TOWN`
prints a title holding *nurse*; a workplace after *at* is an affiliation the title must hold; the home town is
not required); a description that is no office (*a mother of two*, *a first-time voter*, *who has run the
bakery for 30 years*) leaves the title unchecked; a person who gives only a first name is that name; a counted
or unnamed speaker is the phrase as written (the key accepts its noun alone and with its determiner or its
post-modifier); people credited together are one speaker written `A; B`; a kinship noun before a name (*her
husband, NAME,*) is that person's title; a poll or survey credits the body the text links it to (or, for *the
survey found*, the survey), and *most respondents said* the respondents; a chant is the crowd's report or
nobody's; placards, banners, signs, shop names, slogans and a survey's question wording are nobody's
quotations (tolerated when found unattributed, never a person's).

1. ordinary people with an age, an occupation and a home town, before and after the quotation, pre-titled
   (`said 52-year-old bus driver NAME`), fronted (`A nurse from TOWN, NAME, said`), with a workplace, as a
   copular sentence then the surname, `who works as a ROLE` (`age_job_town`);
2. people who give only a first name: `said Ana, 19, who gave only her first name`, `who declined to give her
   surname`, `gave her name only as Ana`, a fronted description before the name, second references by the
   name and the pronoun, beside a fully named person (`first_names`);
3. people introduced by what they are doing: fronted participles (`Standing in the queue since dawn, NAME
   said`), `who has run the bakery for 30 years`, a participle after the name, a narrative sentence then the
   pronoun, `told OUTLET` (`doing_intros`);
4. several people in a row in one article, each quote to its own speaker, second references by surname or by
   first name, colon credits, reports (`several_in_row`);
5. couples and families: `who came with her husband, NAME`, `holding her daughter, KID`, joint speakers,
   spouses quoted by pronoun, `NAME's husband, OTHER, was less sure`, a child who speaks (`couples_families`);
6. unnamed people: `one shopper said`, `a woman who declined to give her name said`, `another voter added`,
   `said a man waiting at the bus stop`, `One stallholder, who asked not to be named,`, `Several commuters
   said` (`unnamed_people`);
7. polls and surveys reported as speech: `According to a poll by BODY, C`, `A survey by BODY found that C`,
   `The survey found`, a poll for an outlet, `Most respondents to the X survey said`, `C, according to a
   survey published DAY by BODY`, figures beside them that report nothing (`polls_surveys`);
8. pollsters and analysts on their numbers: `NAME, who directs polling at BODY, said`, `BODY's POST, NAME,`,
   `POST NAME of BODY`, `According to NAME, POST at BODY, C`, a finding then the pollster, a pollster then a
   sceptical resident (`pollsters`);
9. rallies and protests: chants and placards in marks beside a speaker's quotation, a speaker on stage with
   the group's post, organisers as a group source (`rallies`);
10. pronouns with two or three people of both genders, in the sentence, across sentences and paragraphs, for
    quotations and reports (`pronouns_mixed`);
11. street interviews: `told OUTLET outside X`, `Asked whether she would vote, NAME shook her head`, `Speaking
    to OUTLET`, `When asked about X, NAME said C` (`street_interviews`);
12. reports and mixed quotations of ordinary people: `said the car park was "a waste"`, `called X "Y"`,
    `described X as "Y"`, `According to NAME, C`, `C, said NAME`, `told OUTLET that X "Y"` (`mixed_reports`);
13. controls: shop names, placards, signs, slogans and survey question wordings in marks, poll figures with
    no report, people who only act, `declined to comment`, each with or without a real quotation beside it
    (`controls`).

Controls inside capabilities: capabilities 7, 8 and 9 hold figures, chants and placards; capabilities 5 and 9
hold children and relatives who never speak; capability 13 is all controls.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout71data import (
    CALLED71,
    CHANTS71,
    CLAUSES71,
    DAYS71,
    DESCS71,
    DOING71,
    FIGURES71,
    FINDINGS71,
    FIRSTS71,
    FRAGS71,
    GROUPS71,
    JOBS71,
    KIDS71,
    MARKS71,
    NARR71,
    OUTLETS71,
    PEOPLE71,
    PLACARDS71,
    POLLSTERS71,
    PQUOTES71,
    QUESTIONS71,
    QUOTES71,
    SHOPS71,
    SPOTS71,
    TOWNS71,
    WHO71,
    WORKPLACE_JOBS71,
    Job,
    Pollster,
)
from heldout_kit import Mark, Person, tolerate
from heldout_kit import article as _article
from heldout_kit import called_report as _called_report
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _report
from heldout_kit import that_report as _that_report

Who = Person | tuple[str, ...]

# --- slots --------------------------------------------------------------------------------------------------


@frozen
class Slot:
    """One case's fillers: the speaker *a*, a person *b* of the other gender, *c* of *b*'s gender, *d* of
    *a*'s gender, a mark, a filler index and a variant."""

    a: Person
    b: Person
    c: Person
    d: Person
    m: Mark
    k: int
    r: int

    @property
    def q(self) -> str:
        return self.m.q(_pick(QUOTES71, self.k) + ",")

    @property
    def qs(self) -> str:
        return self.m.q(_pick(QUOTES71, self.k) + ".")

    def qn(self, n: int, end: str = ",") -> str:
        return self.m.q(_pick(QUOTES71, self.k + n) + end)

    @property
    def c1(self) -> str:
        return _pick(CLAUSES71, self.k)

    def cn(self, n: int) -> str:
        return _pick(CLAUSES71, self.k + n)

    @property
    def town(self) -> str:
        return _pick(TOWNS71, self.k)

    @property
    def job(self) -> Job:
        return _pick(JOBS71, self.k)

    def jobn(self, n: int) -> Job:
        return _pick(JOBS71, self.k + n)

    @property
    def wjob(self) -> Job:
        return _pick(WORKPLACE_JOBS71, self.k)

    @property
    def nar(self) -> str:
        return _pick(NARR71, self.k) if self.r % 2 else ""

    @property
    def outlet(self) -> str:
        return _pick(OUTLETS71, self.k)

    @property
    def poll(self) -> Pollster:
        return _pick(POLLSTERS71, self.k)


def _others_of(p: Person, gender: str, step: int, avoid: Sequence[Person] = ()) -> Person:
    pool = [q for q in PEOPLE71 if q != p and q.gender == gender and q not in avoid and q.last != p.last]
    return pool[step % len(pool)]


def _slots(shapes: int, variants: int) -> Iterator[tuple[int, Slot]]:
    for shape, i, r in itertools.product(range(shapes), range(len(PEOPLE71)), range(variants)):
        a = PEOPLE71[i]
        k = _k(shape, i, r)
        other = "m" if a.gender == "f" else "f"
        b = _others_of(a, other, k + 3)
        c = _others_of(a, other, k + 7, (b,))
        d = _others_of(a, a.gender, k + 5)
        m = MARKS71[(i + shape + r) % len(MARKS71)]
        yield shape, Slot(a, b, c, d, m, k, r)


# --- expectations -------------------------------------------------------------------------------------------


def _t(*parts: str) -> Contains:
    return Contains(parts)


def _tj(job: Job) -> Contains:
    return Contains(job.parts)


def _names(w: Who) -> tuple[str, ...]:
    return (w.full,) if isinstance(w, Person) else w


def _d(content: str, w: Who, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    return _direct(content, w, title, occurrence)


def _that(text: str, clause: str, w: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, w, title)


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _unnamed(det: str, noun: str, post: str = "") -> tuple[str, ...]:
    """The phrases a key accepts for an unnamed or counted speaker: the noun, with its determiner, with its
    post-modifier."""
    out = [noun, f"{det} {noun}"]
    if post:
        out += [f"{noun} {post}", f"{det} {noun} {post}"]
    return tuple(out)


def _pollster(p: Pollster) -> tuple[str, ...]:
    return (p.bare, p.name)


_Shaped = tuple[str, list[Expect], Sequence[Person], Sequence[str]]


def _case(template: str, shaped: _Shaped) -> Case:
    """A case: every quotation given to a person, child, body, town or outlet its key does not accept is
    wrong."""
    text, expects, people, others = shaped
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec: NameSpec = e.speaker
        accepted = set() if spec is None else {_bare(n) for n in ((spec,) if isinstance(spec, str) else spec)}
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, expects, wrong_speakers=wrong)


def _gen(
    fn: Callable[[int, Slot], _Shaped], shapes: int, variants: int, seed: str, n: int
) -> Callable[[], Iterator[Case]]:
    def generate() -> Iterator[Case]:
        for shape, x in sample(list(_slots(shapes, variants)), n, seed):
            yield _case(f"{seed}-{shape}", fn(shape, x))

    return unique_texts(generate)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout71.{name}", group, description, gen)


# --- 1. age, job, home town ---------------------------------------------------------------------------------


def _age_job_town(shape: int, x: Slot) -> _Shaped:
    """`"Q," said FULL, AGE, a JOB from TOWN.`, `FULL, AGE, a JOB from TOWN, said: "Q."`, `FULL, a
    AGE-year-old JOB, said C.`, `"Q," said FULL, AGE, of TOWN.`, `FULL, AGE, a JOB at PLACE, said that C.`, `A
    JOB from TOWN, FULL, AGE, said: "Q."`, `"Q," FULL, AGE, a DESC from TOWN, said.`, `"Q," said AGE-year-old
    JOB FULL.`, `FULL is a AGE-year-old JOB from TOWN. "Q," SURNAME said.`, `"Q," said FULL, AGE, who works as
    a JOB in TOWN.` Key: FULL; the title the job (and its workplace); none checked for a description or a
    town."""
    a, job, town, wjob = x.a, x.job, x.town, x.wjob
    art = "an" if job.written[0] in "aeiou" else "a"
    desc = _pick(DESCS71, x.k)
    dart = "an" if desc[0] in "aeiou" else "a"
    q, qs, c = x.q, x.qs, x.c1
    others = [town]
    if shape == 0:
        body, ex = f"{q} said {a.full}, {a.age}, {art} {job.written} from {town}.", [_d(q, a, _tj(job))]
    elif shape == 1:
        body, ex = f"{a.full}, {a.age}, {art} {job.written} from {town}, said: {qs}", [_d(qs, a, _tj(job))]
    elif shape == 2:
        body = f"{a.full}, a {a.age}-year-old {job.written}, said {c}."
        ex = [_that(body, c, a, _tj(job))]
    elif shape == 3:
        body, ex = f"{q} said {a.full}, {a.age}, of {town}.", [_d(q, a)]
    elif shape == 4:
        wart = "an" if wjob.written[0] in "aeiou" else "a"
        body = f"{a.full}, {a.age}, {wart} {wjob.written}, said that {c}."
        ex = [_that(body, c, a, _tj(wjob))]
        others += [wjob.parts[1]]
    elif shape == 5:
        body = f"{_cap(art)} {job.written} from {town}, {a.full}, {a.age}, said: {qs}"
        ex = [_d(qs, a, _tj(job))]
    elif shape == 6:
        body, ex = f"{q} {a.full}, {a.age}, {dart} {desc} from {town}, said.", [_d(q, a)]
    elif shape == 7:
        body, ex = f"{q} said {a.age}-year-old {job.written} {a.full}.", [_d(q, a, _tj(job))]
    elif shape == 8:
        body = f"{a.full} is a {a.age}-year-old {job.written} from {town}. {q} {a.last} said."
        ex = [_d(q, a, _tj(job))]
    else:
        body = f"{q} said {a.full}, {a.age}, who works as {art} {job.written} in {town}."
        ex = [_d(q, a, _tj(job))]
    text = _article(x.nar, body)
    ex = [_that(text, e.content.removeprefix("that "), a, e.title) if e.kind == "indirect" else e for e in ex]
    return text, ex, [a], others


# --- 2. first names only ------------------------------------------------------------------------------------


def _first_names(shape: int, x: Slot) -> _Shaped:
    """`"Q," said F, AGE, who gave only her first name.`, `F, AGE, who declined to give her surname, said:
    "Q."`, `A JOB who gave her name only as F said C.`, `"Q," said a AGE-year-old JOB who would give only her
    first name, F.`, F's report then a named person's quotation, `F, who would not give her last name, has
    lived in TOWN all her life. "Q," she said.`, `"Q1," said F, AGE. "Q2," F added.`, a named person then F.
    Key: F (the first name alone); the job as title where stated before the name."""
    fname, g = _pick(FIRSTS71, x.k + x.r)
    her = "her" if g == "f" else "his"
    she = "she" if g == "f" else "he"
    age = 18 + (x.k * 7) % 60
    f: tuple[str, ...] = (fname,)
    job, town = x.job, x.town
    art = "an" if job.written[0] in "aeiou" else "a"
    q, qs, c = x.q, x.qs, x.c1
    b = x.b
    people: list[Person] = []
    if shape == 0:
        text, ex = f"{q} said {fname}, {age}, who gave only {her} first name.", [_d(q, f)]
    elif shape == 1:
        text, ex = f"{fname}, {age}, who declined to give {her} surname, said: {qs}", [_d(qs, f)]
    elif shape == 2:
        text = f"{_cap(art)} {job.written} who gave {her} name only as {fname} said {c}."
        ex = [_that(text, c, f)]
    elif shape == 3:
        text = f"{q} said a {age}-year-old {job.written} who would give only {her} first name, {fname}."
        ex = [_d(q, f)]
    elif shape == 4:
        q2 = x.qn(3)
        text = _article(
            f"{fname}, {age}, who asked that {her} surname not be used, said {c}.",
            f"{b.full}, {b.age}, {art} {job.written} from {town}, disagreed. {q2} {b.last} said.",
        )
        ex = [_that(text, c, f), _d(q2, b, _tj(job))]
        people = [b]
    elif shape == 5:
        text = f"{fname}, who would not give {her} last name, has lived in {town} all {her} life."
        text += f" {q} {she} said."
        ex = [_d(q, f)]
    elif shape == 6:
        text = f"{q} said {fname}, {age}, who gave only {her} first name. {x.qn(5)} {fname} added."
        ex = [_d(q, f), _d(x.qn(5), f)]
    else:
        q2 = x.qn(2)
        text = _article(
            f"{q} said {b.full}, {b.age}, {art} {job.written} from {town}.",
            f"{q2} said {fname}, {age}, who did not want {her} surname printed.",
        )
        ex = [_d(q, b, _tj(job)), _d(q2, f)]
        people = [b]
    return _article(x.nar, text), ex, people, [town]


# --- 3. introduced by what they are doing -------------------------------------------------------------------


def _doing_intros(shape: int, x: Slot) -> _Shaped:
    """`DOING, FULL said: "Q."`, `DOING, FULL, AGE, said C.`, `FULL, WHO, said: "Q."`, `"Q," said FULL, WHO.`,
    `DOING, FULL, a JOB from TOWN, said: "Q."`, `FULL, AGE, had been DOING. "Q," she said.`, `FULL, WHO, said
    C.`, `"Q," said FULL, DOING.`, `DOING, FULL told OUTLET that C.` Key: FULL; the job as title where
    stated."""
    a, job, town = x.a, x.job, x.town
    doing = _pick(DOING71, x.k)
    doing_l = doing[0].lower() + doing[1:]
    who = _pick(WHO71, x.k)
    art = "an" if job.written[0] in "aeiou" else "a"
    q, qs, c = x.q, x.qs, x.c1
    others = [town]
    ex: list[Expect]
    if shape == 0:
        text, ex = f"{doing}, {a.full} said: {qs}", [_d(qs, a)]
    elif shape == 1:
        text = f"{doing}, {a.full}, {a.age}, said {c}."
        ex = [_that(text, c, a)]
    elif shape == 2:
        text, ex = f"{a.full}, {who}, said: {qs}", [_d(qs, a)]
    elif shape == 3:
        text, ex = f"{q} said {a.full}, {who}.", [_d(q, a)]
    elif shape == 4:
        text, ex = f"{doing}, {a.full}, {art} {job.written} from {town}, said: {qs}", [_d(qs, a, _tj(job))]
    elif shape == 5:
        text = f"{a.full}, {a.age}, had been {doing_l}. {q} {a.pronoun} said."
        ex = [_d(q, a)]
    elif shape == 6:
        text = f"{a.full}, {who}, said {c}."
        ex = [_that(text, c, a)]
    elif shape == 7:
        text, ex = f"{q} said {a.full}, {doing_l}.", [_d(q, a)]
    else:
        text = f"{doing}, {a.full} told {x.outlet} that {c}."
        ex = [_that(text, c, a)]
        others.append(x.outlet)
    text = _article(x.nar, text)
    ex = [_that(text, e.content.removeprefix("that "), a, e.title) if e.kind == "indirect" else e for e in ex]
    return text, ex, [a], others


# --- 4. several in a row ------------------------------------------------------------------------------------


def _several_in_row(shape: int, x: Slot) -> _Shaped:
    """Two or three people in one article, each with a quotation: `"Q1," said A, AGE, a JOB from TOWN.` then
    `B, AGE, a JOB2, disagreed. "Q2," SURNAME said.`; three people with a colon credit and `For C, ..., the
    answer was simple. "Q3," SURNAME said.`; a second reference by first name; two reports; two people
    introduced together then each quoted by surname; `"Q3," A added.` after B. Key: each quotation its own
    speaker's, with the job as title where stated."""
    a, b, c = x.a, x.b, x.c
    ja, jb = x.job, x.jobn(5)
    arta = "an" if ja.written[0] in "aeiou" else "a"
    artb = "an" if jb.written[0] in "aeiou" else "a"
    town = x.town
    q1, q2, q3 = x.qn(0), x.qn(4), x.qn(9)
    q2s = x.qn(4, ".")
    people: list[Person] = [a, b]
    if shape == 0:
        text = _article(
            f"{q1} said {a.full}, {a.age}, {arta} {ja.written} from {town}.",
            f"{b.full}, {b.age}, {artb} {jb.written}, disagreed. {q2} {b.last} said.",
        )
        ex = [_d(q1, a, _tj(ja)), _d(q2, b, _tj(jb))]
    elif shape == 1:
        desc = _pick(DESCS71, x.k)
        dart = "an" if desc[0] in "aeiou" else "a"
        text = _article(
            f"{q1} said {a.full}, {a.age}, {arta} {ja.written}.",
            f"Nearby, {b.full}, {b.age}, {artb} {jb.written}, agreed: {q2s}",
            f"For {c.full}, {dart} {desc} from {town}, the answer was simple. {q3} {c.last} said.",
        )
        ex = [_d(q1, a, _tj(ja)), _d(q2s, b, _tj(jb)), _d(q3, c)]
        people.append(c)
    elif shape == 2:
        first = a.full.split()[0]
        text = _article(
            f"{q1} said {a.full}, {a.age}, who has lived in {town} since childhood.",
            f"{q2} said {b.full}, {b.age}, {artb} {jb.written}.",
            f"{q3} {first} added.",
        )
        ex = [_d(q1, a), _d(q2, b, _tj(jb)), _d(q3, a)]
    elif shape == 3:
        c1, c2 = x.cn(0), x.cn(5)
        text = _article(
            f"{a.full}, {a.age}, {arta} {ja.written} from {town}, said {c1}.",
            f"{b.full}, {b.age}, said {c2}.",
        )
        ex = [_that(text, c1, a, _tj(ja)), _that(text, c2, b)]
    elif shape == 4:
        text = _article(
            f"{a.full}, {a.age}, and {b.full}, {b.age}, have run stalls side by side in {town} for a decade.",
            f"{q1} {a.last} said.",
            f"{q2} said {b.last}.",
        )
        ex = [_d(q1, a), _d(q2, b)]
    else:
        text = _article(
            f"{q1} said {a.full}, {a.age}. {q2} said {b.full}, {b.age}, {artb} {jb.written}.",
            f"{q3} {a.last} added.",
        )
        ex = [_d(q1, a), _d(q2, b, _tj(jb)), _d(q3, a)]
    return _article(x.nar, text), ex, people, [town]


# --- 5. couples and families --------------------------------------------------------------------------------


def _kid(x: Slot, n: int = 0) -> tuple[str, str, int]:
    return _pick(KIDS71, x.k + n)


def _couples_families(shape: int, x: Slot) -> _Shaped:
    """`FULL, who came with her husband, OTHER, said: "Q."`, `"Q," said FULL, holding her daughter, KID.`,
    `FULL and her husband, OTHER, said C.` (one joint speaker `FULL; OTHER`), `FULL stood with her husband,
    OTHER. "Q1," she said. SURNAME shook his head. "Q2," he said.`, `"Q," said FULL, whose son, KID, was
    asleep.`, `"Q1," said FULL, a JOB. FULL's husband, OTHER, was less sure. "Q2," he said.`, a child who
    speaks, `"Q," said FULL, a DESC, as her son tugged at her sleeve.` Key: the speaker named; the spouse's
    title holds the kinship noun where the text introduces the spouse by it; children and spouses who do not
    speak never."""
    a, b = x.a, x.b
    spouse_b = b.kin("wife", "husband")
    spouse_a = a.kin("wife", "husband")
    kname, kg, kage = _kid(x)
    kid_rel = "daughter" if kg == "f" else "son"
    job = x.job
    art = "an" if job.written[0] in "aeiou" else "a"
    q, qs, c = x.q, x.qs, x.c1
    q2 = x.qn(6)
    others = [kname]
    people: list[Person] = [a, b]
    if shape == 0:
        text, ex = f"{a.full}, who came with {a.poss} {spouse_b}, {b.full}, said: {qs}", [_d(qs, a)]
    elif shape == 1:
        text, ex = f"{q} said {a.full}, holding {a.poss} {kid_rel}, {kname}.", [_d(q, a)]
        people = [a]
    elif shape == 2:
        text = f"{a.full} and {a.poss} {spouse_b}, {b.full}, said {c}."
        ex = [_that(text, c, (f"{a.full}; {b.full}",))]
    elif shape == 3:
        text = _article(
            f"{a.full}, {a.age}, stood with {a.poss} {spouse_b}, {b.full}. {q} {a.pronoun} said.",
            f"{b.last} shook {b.poss} head. {q2} {b.pronoun} said.",
        )
        ex = [_d(q, a), _d(q2, b)]
    elif shape == 4:
        text, ex = f"{q} said {a.full}, whose {kid_rel}, {kname}, was asleep in a pushchair.", [_d(q, a)]
        people = [a]
    elif shape == 5:
        text = _article(
            f"{q} said {a.full}, {a.age}, {art} {job.written}.",
            f"{_poss(a.full)} {spouse_b}, {b.full}, was less sure. {q2} {b.pronoun} said.",
        )
        ex = [_d(q, a, _tj(job)), _d(q2, b, _t(spouse_b))]
    elif shape == 6:
        kq = x.m.q(_pick(("I like the big drum best", "We made our own sign", "It is very loud"), x.k) + ",")
        text = f"{a.full}, {a.age}, brought {a.poss} {kid_rel}, {kname}, {kage}, to see the parade."
        text += f" {kq} {kname} said."
        ex = [_d(kq, (kname,))]
        others = []
        people = [a]
    else:
        desc = _pick(DESCS71, x.k)
        dart = "an" if desc[0] in "aeiou" else "a"
        text = f"{q} said {b.full}, {dart} {desc}, as {b.poss} {spouse_a}, {a.full}, looked on."
        ex = [_d(q, b)]
    return _article(x.nar, text), ex, people, others


# --- 6. unnamed people --------------------------------------------------------------------------------------


def _unnamed_people(shape: int, x: Slot) -> _Shaped:
    """`"Q," one shopper said.`, `A woman who declined to give her name said C.`, `"Q1," said FULL, AGE. "Q2,"
    another voter added.`, `"Q," said a man waiting at the bus stop on Harbour Road.`, `One stallholder, who
    asked not to be named, said C.`, `Several commuters said C.`, `"Q," said an elderly woman in the queue.`,
    `Asked about the queue, a AGE-year-old JOB who did not want to be named said: "Q."` Half the cases put a
    named person's quotation before. Key: the phrase as written (its noun, with its determiner or its
    post-modifier); never the named person."""
    a = x.a
    q, qs, c = x.qn(3), x.qn(3, "."), x.c1
    woman = "woman" if x.k % 2 else "man"
    lead = f"{x.q} said {a.full}, {a.age}."
    lead_ex = [_d(x.q, a)]
    ex: list[Expect]
    if shape == 0:
        body, ex = f"{q} one shopper said.", [_d(q, _unnamed("one", "shopper"))]
    elif shape == 1:
        post = "who declined to give her name" if woman == "woman" else "who declined to give his name"
        body = f"A {woman} {post} said {c}."
        ex = [_that(body, c, _unnamed("a", woman, post))]
    elif shape == 2:
        body, ex = f"{q} another voter added.", [_d(q, _unnamed("another", "voter"))]
    elif shape == 3:
        post = "waiting at the bus stop on Harbour Road"
        body, ex = f"{q} said a {woman} {post}.", [_d(q, _unnamed("a", woman, post))]
    elif shape == 4:
        body = f"One stallholder, who asked not to be named, said {c}."
        ex = [_that(body, c, (*_unnamed("one", "stallholder"), "one stallholder, who asked not to be named"))]
    elif shape == 5:
        body = f"Several commuters said {c}."
        ex = [_that(body, c, _unnamed("several", "commuters"))]
    elif shape == 6:
        body = f"{q} said an elderly {woman} in the queue."
        ex = [_d(q, (*_unnamed("an", f"elderly {woman}", "in the queue"), woman))]
    else:
        job = x.job
        post = "who did not want to be named"
        noun = f"{x.k % 50 + 20}-year-old {job.written}"
        body = f"Asked about the queue, a {noun} {post} said: {qs}"
        ex = [_d(qs, (*_unnamed("a", noun, post), job.written))]
    text = _article(x.nar, lead, body) if x.r % 2 else _article(body, lead)
    ex = [_that(text, e.content.removeprefix("that "), e.speaker) if e.kind == "indirect" else e for e in ex]
    return text, lead_ex + ex, [a], []


# --- 7. polls and surveys -----------------------------------------------------------------------------------


def _polls_surveys(shape: int, x: Slot) -> _Shaped:
    """`According to a poll by BODY, F.`, `A survey by BODY found that F.`, `BODY surveyed 1,200 adults in
    March. The survey found that F.`, `The poll, carried out for OUTLET by BODY, found that F.`, `Most
    respondents to the BODY survey said C.`, `F, according to a survey published DAY by BODY.`, `62 percent of
    those polled by BODY said C.`, a finding then a resident's quotation. Half the cases add a figure that
    reports nothing. Key: the body (or, for *the survey found*, the survey; for respondents, the respondents
    as written); never the outlet or a person."""
    p = x.poll
    f = _pick(FINDINGS71, x.k)
    size = f"{(x.a.age * 37) % 1500 + 400:,}"
    fig = _pick(FIGURES71, x.k) if x.r % 2 else ""
    bodies = _pollster(p)
    others = [p.name]
    people: list[Person] = []
    c = x.c1
    if shape == 0:
        text = _article(f"According to a poll of {size} adults by {p.name}, {f}.", fig)
        ex = [_report(f, bodies)]
    elif shape == 1:
        text = _article(f"A survey of {size} residents by {p.name} found that {f}.", fig)
        ex = [_that(text, f, bodies)]
    elif shape == 2:
        text = _article(f"{_cap(p.name)} surveyed {size} adults in March. The survey found that {f}.", fig)
        ex = [_that(text, f, (*bodies, "survey", "the survey"))]
    elif shape == 3:
        text = _article(
            f"The poll of {size} voters, carried out for {x.outlet} by {p.name}, found that {f}.", fig
        )
        ex = [_that(text, f, bodies)]
        others.append(x.outlet)
    elif shape == 4:
        text = _article(f"Most of the {size} respondents to the {p.bare} survey said {c}.", fig)
        acc = (
            *_unnamed("most", "respondents", f"to the {p.bare} survey"),
            f"most of the {size} respondents",
            f"most of the {size} respondents to the {p.bare} survey",
            f"{size} respondents",
            *bodies,
        )
        ex = [_that(text, c, acc)]
    elif shape == 5:
        text = _article(
            f"{_cap(f)}, according to a survey of {size} adults published {_pick(DAYS71, x.k)} by {p.name}.",
            fig,
        )
        ex = [_report(_cap(f), bodies)]
    elif shape == 6:
        pct = 30 + (x.k * 3) % 50
        text = _article(f"{pct} percent of those polled by {p.name} said {c}.", fig)
        acc = (f"{pct} percent of those polled", f"{pct} percent of those polled by {p.name}", *bodies)
        ex = [_that(text, c, acc)]
    else:
        a, job = x.a, x.job
        art = "an" if job.written[0] in "aeiou" else "a"
        text = _article(
            f"A poll by {p.name} found that {f}.",
            f"{x.q} said {a.full}, {a.age}, {art} {job.written} from {x.town}.",
        )
        ex = [_that(text, f, bodies), _d(x.q, a, _tj(job))]
        people = [a]
        others.append(x.town)
    return text, ex, people, others


# --- 8. pollsters -------------------------------------------------------------------------------------------


def _pollsters(shape: int, x: Slot) -> _Shaped:
    """`FULL, who directs polling at BODY, said: "Q."`, `"Q," said FULL, POST at BODY.`, `BODY's POST, FULL,
    said C.`, `A poll by BODY found that F. "Q," said FULL, the firm's POST.`, `POST FULL of BODY said that
    F.`, a pollster then a sceptical resident quoted by pronoun, `According to FULL, POST at BODY, F.`, `FULL
    is POST at BODY. "Q," SURNAME said.` Key: FULL with the post (and the body where the text joins them); the
    body speaks only for its own finding."""
    a, b, p = x.a, x.b, x.poll
    pq = x.m.q(_pick(PQUOTES71, x.k) + ",")
    pqs = x.m.q(_pick(PQUOTES71, x.k) + ".")
    f = _pick(FINDINGS71, x.k)
    t = Contains((*p.parts, p.bare))
    bodies = _pollster(p)
    people: list[Person] = [a]
    others = [p.name]
    ex: list[Expect]
    if shape == 0:
        text = f"{a.full}, who directs polling at {p.name}, said: {pqs}"
        ex = [_d(pqs, a, _t("polling", p.bare))]
    elif shape == 1:
        text, ex = f"{pq} said {a.full}, {p.post} at {p.name}.", [_d(pq, a, t)]
    elif shape == 2:
        text = f"{_cap(_poss(p.name))} {p.post}, {a.full}, said {f}."
        ex = [_that(text, f, a, t)]
    elif shape == 3:
        text = f"A poll by {p.name} found that {f}. {pq} said {a.full}, the firm's {p.post}."
        ex = [_that(text, f, bodies), _d(pq, a, Contains(p.parts))]
    elif shape == 4:
        text = f"{_cap(p.post)} {a.full} of {p.name} said that {f}."
        ex = [_that(text, f, a, t)]
    elif shape == 5:
        job = x.job
        art = "an" if job.written[0] in "aeiou" else "a"
        text = _article(
            f"{pq} said {a.full}, {p.post} at {p.name}.",
            f"{b.full}, {b.age}, {art} {job.written} from {x.town}, was not convinced."
            f" {x.q} {b.pronoun} said.",
        )
        ex = [_d(pq, a, t), _d(x.q, b, _tj(job))]
        people.append(b)
        others.append(x.town)
    elif shape == 6:
        text = f"According to {a.full}, {p.post} at {p.name}, {f}."
        ex = [_report(f, a, t)]
    else:
        text = f"{a.full} is {p.post} at {p.name}. {pq} {a.last} said."
        ex = [_d(pq, a, t)]
    text2 = _article(x.nar, text)
    if text2 != text:
        ex = [
            _that(text2, e.content.removeprefix("that "), e.speaker, e.title) if e.kind == "indirect" else e
            for e in ex
        ]
    return text2, ex, people, others


# --- 9. rallies and protests --------------------------------------------------------------------------------


def _rallies(shape: int, x: Slot) -> _Shaped:
    """`Protesters chanted "CHANT" as they marched past the town hall. "Q," said FULL, AGE, a JOB from TOWN.`,
    `Addressing the crowd from a flatbed lorry, FULL, POST of GROUP, said: "Q."`, `Many carried placards
    reading "P". "Q," said FULL, AGE, who had travelled from TOWN.`, `"Q," FULL, POST of GROUP, told the
    crowd.`, `The crowd chanted "CHANT" as FULL took the stage. "Q," she said.`, `FULL, a JOB holding a banner
    that read "P", said C.`, `Organisers said C. "Q," said FULL, POST of GROUP.`, `FULL, AGE, marched with her
    daughter, KID. "Q," SURNAME said.` Key: FULL with the group's post; a chant is the crowd's or nobody's; a
    placard or a banner nobody's; organisers as written."""
    a, g, m = x.a, _pick(GROUPS71, x.k), x.m
    chant = m.q(_pick(CHANTS71, x.k))
    plac = m.q(_pick(PLACARDS71, x.k))
    q, qs, c = x.q, x.qs, x.c1
    tg = Contains(g.parts)
    job = x.job
    art = "an" if job.written[0] in "aeiou" else "a"
    others = [g.name.removeprefix("the "), x.town]
    tol: tuple[str, tuple[str, ...]] | None = None
    if shape == 0:
        text = _article(
            f"Protesters chanted {chant} as they marched past the town hall.",
            f"{q} said {a.full}, {a.age}, {art} {job.written} from {x.town}.",
        )
        ex = [_d(q, a, _tj(job))]
        tol = (f"Protesters chanted {chant}", ("protesters",))
    elif shape == 1:
        text = f"Addressing the crowd from a flatbed lorry, {a.full}, {g.post} of {g.name}, said: {qs}"
        ex = [_d(qs, a, tg)]
    elif shape == 2:
        text = f"Many carried placards reading {plac}."
        text += f" {q} said {a.full}, {a.age}, who had travelled from {x.town}."
        ex = [_d(q, a)]
        tol = (f"placards reading {plac}", ())
    elif shape == 3:
        text, ex = f"{q} {a.full}, {g.post} of {g.name}, told the crowd.", [_d(q, a, tg)]
    elif shape == 4:
        text = f"The crowd chanted {chant} as {a.full} took the stage. {q} {a.pronoun} said."
        ex = [_d(q, a)]
        tol = (f"The crowd chanted {chant}", ("crowd", "the crowd"))
    elif shape == 5:
        text = f"{a.full}, {art} {job.written} holding a banner that read {plac}, said {c}."
        ex = [_that(text, c, a, _tj(job))]
        tol = (f"a banner that read {plac}", ())
    elif shape == 6:
        text = f"Organisers said {c}. {q} said {a.full}, {g.post} of {g.name}."
        ex = [_that(text, c, ("organisers",)), _d(q, a, tg)]
    else:
        kname, kg, _ = _pick(KIDS71, x.k)
        rel = "daughter" if kg == "f" else "son"
        text = f"{a.full}, {a.age}, marched with {a.poss} {rel}, {kname}, holding a sign that read {plac}."
        text += f" {q} {a.last} said."
        ex = [_d(q, a)]
        others.append(kname)
        tol = (f"a sign that read {plac}", ())
    text = _article(x.nar, text)
    ex = [
        _that(text, e.content.removeprefix("that "), e.speaker, e.title) if e.kind == "indirect" else e
        for e in ex
    ]
    if tol is not None:
        ex += tolerate(text, tol[0], tol[1])
    return text, ex, [a], others


# --- 10. pronouns with two or three people ------------------------------------------------------------------


def _pronouns_mixed(shape: int, x: Slot) -> _Shaped:
    """Two or three people of both genders, then a pronoun: `A, AGE, a JOB, queued behind B. "Q," she said.`
    (and B's pronoun), three people on a bench then the one pronoun that fits, `A said C, but B disagreed.
    "Q," he said.`, three quotations by pronoun, `A and B had waited since dawn. She said C.`, a meeting then
    the next paragraph's pronoun, `"Q1," said B. Beside him, A laughed. "Q2," she said.` Key: the person the
    pronoun fits; the job as title where stated."""
    a, b, c = x.a, x.b, x.c
    job = x.job
    art = "an" if job.written[0] in "aeiou" else "a"
    q, q2, q3 = x.qn(0), x.qn(4), x.qn(8)
    people: list[Person] = [a, b]
    ex: list[Expect]
    if shape == 0:
        text = f"{a.full}, {a.age}, {art} {job.written}, queued behind {b.full}. {q} {a.pronoun} said."
        ex = [_d(q, a, _tj(job))]
    elif shape == 1:
        text = f"{a.full}, {a.age}, {art} {job.written}, queued behind {b.full}. {q} {b.pronoun} said."
        ex = [_d(q, b)]
    elif shape == 2:
        text = f"{b.full}, {a.full} and {c.full} shared a bench outside the library. {q} {a.pronoun} said."
        ex = [_d(q, a)]
        people.append(c)
    elif shape == 3:
        cl = x.c1
        text = f"{a.full} said {cl}, but {b.full} disagreed. {q} {b.pronoun} said."
        ex = [_that(text, cl, a), _d(q, b)]
    elif shape == 4:
        text = _article(
            f"{q} said {a.full}, {a.age}. {b.full}, {b.age}, nodded. {q2} {b.pronoun} said.",
            f"{q3} {a.pronoun} added.",
        )
        ex = [_d(q, a), _d(q2, b), _d(q3, a)]
    elif shape == 5:
        cl = x.c1
        text = f"{a.full} and {b.full} had waited since dawn. {_cap(b.pronoun)} said {cl}."
        ex = [_that(text, cl, b)]
    elif shape == 6:
        text = _article(
            f"{a.full}, {art} {job.written}, met {b.full} in the queue.", f"{q} {b.pronoun} said."
        )
        ex = [_d(q, b)]
    else:
        text = f"{q} said {b.full}. Beside {b.obj}, {a.full} laughed. {q2} {a.pronoun} said."
        ex = [_d(q, b), _d(q2, a)]
    return text, ex, people, []


# --- 11. street interviews ----------------------------------------------------------------------------------


def _street_interviews(shape: int, x: Slot) -> _Shaped:
    """`"Q," FULL, AGE, told OUTLET SPOT.`, `Asked whether she would back the bypass, FULL, AGE, shook her
    head. "Q," she said.`, `Speaking to OUTLET SPOT, FULL, a JOB from TOWN, said: "Q."`, `When asked about the
    queue, FULL said C.`, `FULL, AGE, stopped SPOT to talk. "Q," she said.`, `"Q," said FULL, AGE, when asked
    why she was SPOT.`, `FULL, a JOB, told OUTLET that C.`, `OUTLET spoke to shoppers SPOT. "Q," said FULL,
    AGE.` Key: FULL; never the outlet or the town; the question put to FULL is tolerated as nobody's (key fix,
    the reading rounds 49 and 68 keep)."""
    a, job, spot, outlet = x.a, x.job, _pick(SPOTS71, x.k), x.outlet
    art = "an" if job.written[0] in "aeiou" else "a"
    q, qs, c = x.q, x.qs, x.c1
    others = [outlet.removeprefix("the "), x.town]
    ex: list[Expect]
    asked = ""
    if shape == 0:
        text, ex = f"{q} {a.full}, {a.age}, told {outlet} {spot}.", [_d(q, a)]
    elif shape == 1:
        asked = f"Asked whether {a.pronoun} would back the bypass"
        text = f"{asked}, {a.full}, {a.age}, shook {a.poss} head. {q} {a.pronoun} said."
        ex = [_d(q, a)]
    elif shape == 2:
        text = f"Speaking to {outlet} {spot}, {a.full}, {art} {job.written} from {x.town}, said: {qs}"
        ex = [_d(qs, a, _tj(job))]
    elif shape == 3:
        asked = "When asked about the queue"
        text = f"{asked}, {a.full} said {c}."
        ex = [_that(text, c, a)]
    elif shape == 4:
        text, ex = f"{a.full}, {a.age}, stopped {spot} to talk. {q} {a.pronoun} said.", [_d(q, a)]
    elif shape == 5:
        asked = f"when asked why {a.pronoun} was {spot}"
        text, ex = f"{q} said {a.full}, {a.age}, {asked}.", [_d(q, a)]
    elif shape == 6:
        text = f"{a.full}, {art} {job.written}, told {outlet} that {c}."
        ex = [_that(text, c, a, _tj(job))]
    else:
        text, ex = f"{_cap(outlet)} spoke to shoppers {spot}. {q} said {a.full}, {a.age}.", [_d(q, a)]
    text = _article(x.nar, text)
    ex = [_that(text, e.content.removeprefix("that "), a, e.title) if e.kind == "indirect" else e for e in ex]
    if asked:
        ex += tolerate(text, asked)
    return text, ex, [a], others


# --- 12. reports and mixed quotations -----------------------------------------------------------------------


def _mixed_reports(shape: int, x: Slot) -> _Shaped:
    """`FULL, AGE, said FRAME "FRAG".`, `FULL called OBJ "LABEL".`, `FULL, a JOB from TOWN, said that FRAME
    "FRAG".`, `FULL, AGE, described OBJ as "LABEL".`, `According to FULL, AGE, a JOB from TOWN, C.`, `C, said
    FULL, AGE.` (an unmarked clause), `FULL, WHO, said C.`, `FULL told OUTLET FRAME "FRAG".` Key: FULL, mixed
    for marked words inside a report; the job as title where stated."""
    a, m, job = x.a, x.m, x.job
    art = "an" if job.written[0] in "aeiou" else "a"
    frame, frag = _pick(FRAGS71, x.k)
    obj, label = _pick(CALLED71, x.k)
    clause = f"{frame} {m.q(frag)}"
    c = x.c1
    others = [x.town]
    nar = x.nar
    if shape == 0:
        text = _article(nar, f"{a.full}, {a.age}, said {clause}.")
        ex = [_mixed_report(text, clause, a)]
    elif shape == 1:
        text = _article(nar, f"{a.full} called {obj} {m.q(label)}.")
        ex = [_called_report(text, obj, m.q(label), a)]
    elif shape == 2:
        text = _article(nar, f"{a.full}, {art} {job.written} from {x.town}, said that {clause}.")
        ex = [_mixed_report(text, clause, a, _tj(job))]
    elif shape == 3:
        text = _article(nar, f"{a.full}, {a.age}, described {obj} as {m.q(label)}.")
        ex = [_called_report(text, obj, m.q(label), a, link=" as ")]
    elif shape == 4:
        text = _article(nar, f"According to {a.full}, {a.age}, {art} {job.written} from {x.town}, {c}.")
        ex = [_report(c, a, _tj(job))]
    elif shape == 5:
        text = _article(nar, f"{_cap(c)}, said {a.full}, {a.age}.")
        ex = [_report(_cap(c), a)]
    elif shape == 6:
        text = _article(nar, f"{a.full}, {_pick(WHO71, x.k)}, said {c}.")
        ex = [_that(text, c, a)]
    else:
        text = _article(nar, f"{a.full} told {x.outlet} {clause}.")
        ex = [_mixed_report(text, clause, a)]
        others.append(x.outlet.removeprefix("the "))
    return text, ex, [a], others


# --- 13. controls -------------------------------------------------------------------------------------------


def _controls(shape: int, x: Slot) -> _Shaped:
    """`The cafe, "SHOP", has been on Mercer Street since 1987. FULL, AGE, owns it.`, `Placards reading "P"
    lined the railings.`, `The survey by BODY asked: "QUESTION"`, `BODY polled 1,000 adults. FIGURE`, `FULL,
    AGE, a JOB from TOWN, joined the queue at six.`, `A sign in the window read "P".`, `FULL voted at the
    school hall DAY and left without speaking to reporters.`, `The group's slogan, "CHANT", was printed on
    every T-shirt.`, `FULL declined to comment.` Half the cases add a real quotation by another person. Key:
    nothing (a mark found unattributed is tolerated; the survey's question may be the body's or the survey's);
    never a person's (never the owner's, the voter's or the one who declined)."""
    a, b, m, p = x.a, x.b, x.m, x.poll
    job = x.job
    art = "an" if job.written[0] in "aeiou" else "a"
    extra = f"{x.qn(2)} said {b.full}, {b.age}." if x.r % 2 else ""
    ex: list[Expect] = [_d(x.qn(2), b)] if extra else []
    others = [x.town, p.name]
    region = ""
    actors: tuple[str, ...] = ()
    if shape == 0:
        region = f"The cafe, {m.q(_pick(SHOPS71, x.k))}, has been on Mercer Street since 1987."
        body = f"{region} {a.full}, {a.age}, owns it."
    elif shape == 1:
        region = f"Placards reading {m.q(_pick(PLACARDS71, x.k))} lined the railings."
        body = region
    elif shape == 2:
        region = f"The survey by {p.name} asked: {m.q(_pick(QUESTIONS71, x.k))}"
        body = f"{a.full}, {a.age}, was among those who took part. {region}"
        actors = (*_pollster(p), "survey", "the survey")
    elif shape == 3:
        body = f"{_cap(p.name)} polled 1,000 adults. {_pick(FIGURES71, x.k)}"
    elif shape == 4:
        body = f"{a.full}, {a.age}, {art} {job.written} from {x.town}, joined the queue at six."
    elif shape == 5:
        region = f"A sign in the window of {a.full}'s shop read {m.q(_pick(PLACARDS71, x.k))}."
        body = region
    elif shape == 6:
        body = (
            f"{a.full} voted at the school hall {_pick(DAYS71, x.k)} and left without speaking to reporters."
        )
    elif shape == 7:
        region = f"The group's slogan, {m.q(_pick(CHANTS71, x.k))}, was printed on every T-shirt."
        body = f"{a.full}, {a.age}, wore one. {region}"
    else:
        region = "declined to comment"
        actors = (a.full,)
        body = f"{a.full}, {a.age}, {art} {job.written}, declined to comment."
    text = _article(x.nar, body, extra)
    if region:
        ex += tolerate(text, region, actors)
    people = [a, b] if extra else [a]
    return text, ex, people, others


# --- the round ----------------------------------------------------------------------------------------------


HELD_OUT_71: tuple[Capability, ...] = (
    _named(
        "age_job_town",
        "6",
        "NAME, 34, a nurse from TOWN; 52-year-old bus driver NAME; A JOB from TOWN, NAME,",
        _gen(_age_job_town, 10, 2, "ho71-ajt", 250),
    ),
    _named(
        "first_names",
        "2",
        "said Ana, 19, who gave only her first name; gave her name only as Ana",
        _gen(_first_names, 8, 2, "ho71-first", 250),
    ),
    _named(
        "doing_intros",
        "4",
        "Standing in the queue since dawn, NAME said; NAME, who has run the bakery for 30 years,",
        _gen(_doing_intros, 9, 2, "ho71-doing", 250),
    ),
    _named(
        "several_in_row",
        "4",
        "two or three people in a row, each quote its own; second references by surname or first name",
        _gen(_several_in_row, 6, 2, "ho71-row", 250),
    ),
    _named(
        "couples_families",
        "4",
        "who came with her husband, NAME; holding her daughter, KID; A and her husband, B, said",
        _gen(_couples_families, 8, 2, "ho71-fam", 250),
    ),
    _named(
        "unnamed_people",
        "2",
        "one shopper said; a woman who declined to give her name; another voter added",
        _gen(_unnamed_people, 8, 2, "ho71-unnamed", 250),
    ),
    _named(
        "polls_surveys",
        "5",
        "according to a poll by BODY; the survey found; most respondents said; figures",
        _gen(_polls_surveys, 8, 2, "ho71-polls", 250),
    ),
    _named(
        "pollsters",
        "6",
        "NAME, who directs polling at BODY; BODY's chief pollster, NAME; According to NAME, POST at BODY",
        _gen(_pollsters, 8, 2, "ho71-pollsters", 250),
    ),
    _named(
        "rallies",
        "8",
        "chants and placards in marks; a speaker on stage with the group's post; organisers said",
        _gen(_rallies, 8, 2, "ho71-rally", 250),
    ),
    _named(
        "pronouns_mixed",
        "4",
        "two or three people of both genders, then she/he",
        _gen(_pronouns_mixed, 8, 2, "ho71-pron", 250),
    ),
    _named(
        "street_interviews",
        "1",
        "told OUTLET outside X; Asked whether she would vote, NAME shook her head; When asked about X",
        _gen(_street_interviews, 8, 2, "ho71-street", 250),
    ),
    _named(
        "mixed_reports",
        "3",
        'said the car park was "a waste"; called X "Y"; described X as "Y"; C, said NAME',
        _gen(_mixed_reports, 8, 2, "ho71-mixed", 250),
    ),
    _named(
        "controls",
        "8",
        "shop names, placards, signs, slogans, survey questions, poll figures, declined to comment",
        _gen(_controls, 9, 2, "ho71-ctl", 250),
    ),
)
