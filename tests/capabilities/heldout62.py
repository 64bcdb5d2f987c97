"""Sixty-second held-out round: capabilities written at commit ``7cfcff62`` by a helper (``hcap68``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout62data.py``: twenty-eight invented people of English,
Scottish, Welsh, Irish, Polish, Nigerian, Pakistani, Jamaican, Portuguese, Romanian, Ghanaian and Somali
origin, each with a gender and an age; straight and curly double marks and British single marks; invented
unions, employers, schools, colleges, think tanks, charities, councils and towns with the roles a labour
reporter and an education correspondent write and the short reference a story uses later; jobs written with
their employer; quotations, some holding wages, percentages and times; reported clauses; placard slogans,
names of schemes and programmes, scare terms and narrative sentences) as a round of EDUCATION, LABOUR AND
SOCIAL AFFAIRS: every case is a short passage (one to five sentences) with one to three people, and every
quotation checks the content, the kind, the canonical full name and, whenever the text states one, the title
(`Contains` of the role noun and each affiliation stated), with `wrong_speakers` for every other person, body,
outlet and town in the text.

Conventions (the README's): a direct quotation is its marks and the words inside them (with the comma or stop
inside the marks); an indirect one is the reported clause, with or without its *that*; a mixed one is the
reported clause with its marked fragment. An unnamed source is the phrase itself (`one parent`, `a picket
outside the depot`, `a spokeswoman for X`: any of its reasonable spans is accepted, and for a spokesperson the
firm is accepted too); a body that says something (`the union said`, `X said in a statement`) is the speaker,
named by its name or by the noun the text uses. A second reference (`the union leader`, `the headteacher`, `Ms
SURNAME`, `SURNAME`) and a pronoun resolve to the person named before (of that gender when two are named), and
the title is the one the text stated for that person. Non-role appositions (`whose daughter attends X`) and
relatives (`who runs the food bank`) are not checked as titles. Slogans on placards and banners, names of
schemes, programmes and reports in marks and scare terms are no quotations.
1. unions and strikes: `NAME, general secretary of the X Union, said: "C."`, `BODY general secretary NAME said
   C.`, `The union said members had voted ...`, `a picket outside the depot said`, `The union leader added:`
   (`unions_strikes`);
2. employers' responses: `A spokeswoman for FIRM said C.`, `FIRM said in a statement: "C."`, `Management said
   in a memo to staff that C.`, `FIRM chief executive NAME told staff in an email that C.`
   (`employer_responses`);
3. head teachers and principals: `NAME, headteacher of SCHOOL, said`, `told parents in a letter that C`, `The
   principal of SCHOOL, NAME, said`, `SCHOOL principal NAME said` (`head_teachers`);
4. students and parents: `NAME, 19, a second-year nursing student at X, said`, anonymous parents, a parent
   whose child attends a school, a student's mother or father (`students_parents`);
5. ministers and school boards: `The education secretary, NAME, told MPs that C.`, `Board chair NAME said`,
   `superintendent of the X school district`, the shadow minister in reply (`ministers_boards`);
6. researchers and think tanks: `NAME, a senior fellow at X, said`, `The report by X found that C.`,
   `According to NAME, ...`, the title in the next sentence (`researchers`);
7. charities, social workers and welfare officials (`charities_welfare`);
8. negotiations with two sides quoted in turn, by name, by role and by pronoun (`negotiations`);
9. titles of a job with its employer: `NAME, a bus driver for FIRM for 20 years, said` (`job_titles`);
10. wages, percentages and times inside quotations and reports, mixed reports with a marked figure
    (`figures_in_quotes`);
11. second references by surname, by `Ms`/`Mr` SURNAME and by role, with another titled person between
    (`second_references`);
12. pronouns with two people of different genders (`pronouns_two`);
13. controls: placard and banner slogans, names of schemes and programmes, report titles, scare terms,
    narrative that reports nothing, each alone or beside one real quotation (`controls`).
"""

# The lambdas that compute a case's expected quotations are called in the iteration that defines them.
# ruff: noqa: B023

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import Capability, Case, Contains, Expect, NameSpec, named, sample, unique_texts
from heldout62data import (
    ALLMARKS62,
    ANON62,
    CHARITY_ROLES62,
    CLAUSES62,
    COMPANIES62,
    DAYS62,
    EMPLOYER_ROLES62,
    FIGURES62,
    JOBS62,
    MARKS62,
    NARRATIVE62,
    PEOPLE62,
    QUOTES62,
    RESEARCH_ROLES62,
    SCHEMES62,
    SCHOOL_ROLES62,
    SCHOOLS62,
    SLOGANS62,
    STUDENTS62,
    TOWNS62,
    UNION_ROLES62,
    Role62,
)
from heldout_kit import Mark, Person, other_person, segmented
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import one_of as _one_of
from heldout_kit import pick as _pick
from heldout_kit import report as _report
from heldout_kit import that_report as _that
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

# --- shared helpers -----------------------------------------------------------------------------------------


def _other(p: Person, step: int, *, opp: bool = True, avoid: Sequence[Person] = ()) -> Person:
    """Another person (of the other gender when *opp*, so a pronoun can take only one of the two)."""
    gender = ("m" if p.gender == "f" else "f") if opp else None
    return other_person(PEOPLE62, p, step, gender=gender, avoid=avoid)


def _t(role: Role62) -> Contains:
    """The title a key checks: the role noun and the body the text states."""
    return Contains(role.parts)


def _q(n: int) -> str:
    return QUOTES62[n % len(QUOTES62)]


def _cl(n: int) -> str:
    return CLAUSES62[n % len(CLAUSES62)]


def _noun(role: Role62) -> str:
    return role.parts[0]


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
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person (or body, outlet, town) its key does not accept is wrong."""
    wrong = [*_wrong(expects, people), *_wrong_to(expects, [o.removeprefix("the ") for o in others])]
    accepted = {(e.content, _bare(n)) for e in expects for n in _accepted(e.speaker)}
    wrong = [w for w in wrong if (w[0], _bare(w[1])) not in accepted]
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _accepted(spec: NameSpec) -> tuple[str, ...]:
    if spec is None:
        return ()
    return (spec,) if isinstance(spec, str) else spec


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout62.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = MARKS62, reps: int = 2
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE62, range(shapes), marks, range(reps)))


def _slot(a: Person, shape: int, r: int) -> int:
    return _k(PEOPLE62.index(a), shape, r)


def _lead(r: int, k: int) -> str:
    """A narrative sentence before the story on the second repetition (it reports nothing)."""
    return _pick(NARRATIVE62, k) if r == 1 else ""


def _body(role: Role62) -> tuple[str, ...]:
    """The names a key accepts for a body: its name with and without the article, and its head noun."""
    bare = role.body.removeprefix("the ")
    return (bare, f"the {bare}")


def _an(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


# --- 1. unions and strikes ----------------------------------------------------------------------------------


def unions_strikes() -> Iterator[Case]:
    """Union officials, the union itself and pickets. Key: the official with the role and the union; `the
    union said` to the union; a picket is the phrase; the employer and the town never speak."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-uni"):
        k = _slot(a, shape, r)
        ro = _pick(UNION_ROLES62, k)
        t, town, day = _t(ro), _pick(TOWNS62, k), _pick(DAYS62, k)
        co = _pick(COMPANIES62, k + 1)
        q1, q1s, q2s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), m.q(_q(k + 5) + "."), _cl(k)
        union = ro.body.removeprefix("the ")
        lead = _lead(r, k)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{a.full}, {ro.after}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 1:
            body = f"{q1} said {a.full}, {ro.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 2:
            body = f"{a.full}, {ro.after}, said {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 3:
            body = f"Staff at {co} in {town} are members of {ro.body}. The union said {c}."
            ex = lambda s: [_that(s, c, (union, "union"))]  # noqa: E731
        elif shape == 4:
            anon = ("a picket outside the depot", "picket", "picket outside the depot")
            body = f"{q1} a picket outside the depot said. {a.full}, {ro.after}, said {_cl(k + 3)}."
            ex = lambda s: [_d(q1, anon), _that(s, _cl(k + 3), a, t)]  # noqa: E731
        elif shape == 5:
            body = (
                f"{a.full}, {ro.after}, told reporters outside the {town} depot: {q1s} "
                f"{_cap(ro.short)} added: {q2s}"
            )
            ex = lambda s: [_d(q1s, a, t), _d(q2s, a, t)]  # noqa: E731
        elif shape == 6:
            body = f"{_cap(union)} {_noun(ro)} {a.full} said on {day} that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        else:
            body = f"In a letter to members, {a.full}, {ro.after}, wrote: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        text = _article(lead, body)
        yield _case(f"ho62-uni-{shape}", text, ex(text), (a,), (ro.body, co, town, "reporters", "members"))


# --- 2. employers' responses --------------------------------------------------------------------------------


def employer_responses() -> Iterator[Case]:
    """A firm's spokespeople, statements, memos and executives. Key: the executive with the role and the firm;
    an unnamed spokesperson is the phrase (or the firm); a statement is the firm's; staff never speak."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-emp"):
        k = _slot(a, shape, r)
        ro = _pick(EMPLOYER_ROLES62, k)
        co = ro.body
        t, town = _t(ro), _pick(TOWNS62, k)
        spokes = ("spokeswoman", "spokesman", "spokesperson")[k % 3]
        sp = (f"{spokes} for {co}", spokes, co)
        q1, q1s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), _cl(k)
        lead = _lead(r, k)
        ex: Callable[[str], list[Expect]]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            body = f"{_an(spokes).capitalize()} {spokes} for {co} said {c}."
            ex = lambda s: [_that(s, c, sp)]  # noqa: E731
        elif shape == 1:
            body = f"{co} said in a statement: {q1s}"
            ex = lambda s: [_d(q1s, (co,))]  # noqa: E731
        elif shape == 2:
            body = (
                f"Drivers at {co} were told of the changes on Friday. "
                f"Management said in a memo to staff that {c}."
            )
            ex = lambda s: [_that(s, c, ("management", co))]  # noqa: E731
        elif shape == 3:
            body = f"{a.full}, {ro.after}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 4:
            body = f"{q1} said {a.full}, {ro.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 5:
            body = f"In a statement, {co} said {c}. {a.full}, {ro.after}, added: {q1s}"
            ex = lambda s: [_that(s, c, (co,)), _d(q1s, a, t)]  # noqa: E731
        elif shape == 6:
            body = f"{q1} {_an(spokes)} {spokes} for {co} said."
            ex = lambda s: [_d(q1, sp)]  # noqa: E731
        else:
            b = _other(a, k)
            people = (a, b)
            body = (
                f"{co} {_noun(ro)} {a.full} told staff in an email that {c}. "
                f"{b.full}, who works at the {town} site, said she had not seen it."
            )
            body = body.replace("said she", f"said {b.pronoun}")
            seen = f"{b.pronoun} had not seen it"
            ex = lambda s: [_that(s, c, a, t), _report(seen, b)]  # noqa: E731
        text = _article(lead, body)
        yield _case(f"ho62-emp-{shape}", text, ex(text), people, (town, "staff"))


# --- 3. head teachers and principals ------------------------------------------------------------------------


def head_teachers() -> Iterator[Case]:
    """Heads, principals and deputies, in letters to parents and to the local paper, and later by role. Key:
    the head with the role noun and the school; parents and the paper never speak."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-head"):
        k = _slot(a, shape, r)
        ro = _pick(SCHOOL_ROLES62, k)
        t, town = _t(ro), _pick(TOWNS62, k)
        school = ro.body
        paper = f"the {town} Courier"
        q1, q1s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), _cl(k)
        lead = _lead(r, k)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{a.full}, {ro.after}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 1:
            body = f"{q1} said {a.full}, {ro.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 2:
            body = f"In a letter to parents, {a.full}, {ro.after}, said {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 3:
            body = f"{a.full}, {ro.after}, told parents in a letter that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 4:
            body = f"{a.full}, {ro.after}, said: {q1s} {_cap(ro.short)} added that {_cl(k + 4)}."
            ex = lambda s: [_d(q1s, a, t), _that(s, _cl(k + 4), a, t)]  # noqa: E731
        elif shape == 5:
            body = f"The {_noun(ro)} of {school}, {a.full}, said {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 6:
            body = f"{q1} {a.full}, {ro.after}, told {paper}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        else:
            body = f"{school} {_noun(ro)} {a.full} said {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        text = _article(lead, body)
        yield _case(f"ho62-head-{shape}", text, ex(text), (a,), (school, paper, town, "parents"))


# --- 4. students and parents --------------------------------------------------------------------------------


def students_parents() -> Iterator[Case]:
    """Students with their course and college, anonymous parents and staff, a parent whose child attends a
    school, a student's mother or father. Key: the student with the role noun and the college; an anonymous
    source is the phrase; the school never speaks; a non-role apposition is not checked as a title."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-stu"):
        k = _slot(a, shape, r)
        st, parts = _pick(STUDENTS62, k)
        t = Contains(parts)
        age = 18 + k % 5
        anon, anames = _pick(ANON62, k)
        school, town = _pick(SCHOOLS62, k), _pick(TOWNS62, k)
        q1, q1s, q2s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), m.q(_q(k + 7) + "."), _cl(k)
        ex: Callable[[str], list[Expect]]
        people: tuple[Person, ...] = (a,)
        others: tuple[str, ...] = (parts[1], town)
        if shape == 0:
            text = f"{a.full}, {st}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 1:
            text = f"{q1} said {a.full}, {age}, {st}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 2:
            text = _article(_pick(NARRATIVE62, k), f"{anon} said {c}.")
            ex = lambda s: [_that(s, c, anames)]  # noqa: E731
        elif shape == 3:
            child = ("daughter", "son")[k % 2]
            text = f"{a.full}, whose {child} attends {school}, said: {q1s}"
            ex = lambda s: [_d(q1s, a)]  # noqa: E731
            others = (school, town)
        elif shape == 4:
            low = anon[0].lower() + anon[1:]
            text = f"{q1} {low} said."
            ex = lambda s: [_d(q1, anames)]  # noqa: E731
            others = (town,)
        elif shape == 5:
            b = _other(a, k, opp=False)
            people = (a, b)
            kin = b.kin("mother", "father")
            text = f"{a.full}, {st}, said {c}. {_cap(a.poss)} {kin}, {b.full}, said: {q2s}"
            ex = lambda s: [_that(s, c, a, t), _d(q2s, b)]  # noqa: E731
        elif shape == 6:
            text = f"{a.full}, {age}, {st}, told the {town} Courier: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
            others = (parts[1], f"{town} Courier")
        else:
            b = _other(a, k)
            people = (a, b)
            text = (
                f"{a.full}, {st}, said: {q1s} {b.full}, another student, "
                f"said {b.pronoun} had been offered a place on a shorter course."
            )
            ex = lambda s: [  # noqa: E731
                _d(q1s, a, t),
                _report(f"{b.pronoun} had been offered a place on a shorter course", b),
            ]
        yield _case(f"ho62-stu-{shape}", text, ex(text), people, others)


# --- 5. ministers and school boards -------------------------------------------------------------------------

_MINISTERS = (
    ("the education secretary", "education secretary"),
    ("the schools minister", "schools minister"),
    ("the minister for skills", "minister for skills"),
    ("the employment minister", "employment minister"),
)


def ministers_boards() -> Iterator[Case]:
    """Ministers in the Commons and to MPs, school boards and districts, the opposition in reply. Key: the
    minister with the post; the board chair with `chair`; MPs, the board and the district never speak."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-min"):
        k = _slot(a, shape, r)
        mn, noun = _pick(_MINISTERS, k)
        tm = Contains((noun,))
        town, day = _pick(TOWNS62, k), _pick(DAYS62, k)
        board, district = f"{town} school board", f"{town} school district"
        q1, q1s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), _cl(k)
        ex: Callable[[str], list[Expect]]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"{_cap(mn)}, {a.full}, told MPs that {c}."
            ex = lambda s: [_that(s, c, a, tm)]  # noqa: E731
        elif shape == 1:
            text = f"{q1} said {a.full}, {mn}."
            ex = lambda s: [_d(q1, a, tm)]  # noqa: E731
        elif shape == 2:
            text = f"The {board} met on {day} evening. Board chair {a.full} said {c}."
            ex = lambda s: [_that(s, c, a, Contains(("chair",)))]  # noqa: E731
        elif shape == 3:
            text = f"{a.full}, superintendent of the {district}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, Contains(("superintendent", district)))]  # noqa: E731
        elif shape == 4:
            text = f"{a.full}, chair of the {board}, said {c}."
            ex = lambda s: [_that(s, c, a, Contains(("chair", board)))]  # noqa: E731
        elif shape == 5:
            text = f"{_cap(noun)} {a.full} said: {q1s}"
            ex = lambda s: [_d(q1s, a, tm)]  # noqa: E731
        elif shape == 6:
            text = f"Speaking in the Commons on {day}, {a.full}, {mn}, said {c}."
            ex = lambda s: [_that(s, c, a, tm)]  # noqa: E731
        else:
            b = _other(a, k)
            people = (a, b)
            c2 = _cl(k + 6)
            text = (
                f"{a.full}, {mn}, said: {q1s} But {b.full}, the opposition education spokesperson, said {c2}."
            )
            ex = lambda s: [  # noqa: E731
                _d(q1s, a, tm),
                _that(s, c2, b, Contains(("education spokesperson",))),
            ]
        yield _case(f"ho62-min-{shape}", text, ex(text), people, ("MPs", board, district, town, "Commons"))


# --- 6. researchers and think tanks -------------------------------------------------------------------------


def researchers() -> Iterator[Case]:
    """Fellows, research directors and economists; reports by think tanks. Key: the researcher with the role
    and the institute; a report's finding is the institute's (or the report's)."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-res"):
        k = _slot(a, shape, r)
        ro = _pick(RESEARCH_ROLES62, k)
        t, town = _t(ro), _pick(TOWNS62, k)
        tt = ro.body
        inst = tt.removeprefix("the ")
        art = "the" if _noun(ro).startswith(("director", "chief")) else _an(_noun(ro))
        q1, q1s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), _cl(k)
        ex: Callable[[str], list[Expect]]
        others: tuple[str, ...] = (inst, town)
        if shape == 0:
            text = f"{a.full}, {art} {ro.after}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 1:
            text = f"{q1} said {a.full}, {art} {ro.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 2:
            text = f"The report by {tt} found that {c}. {a.full}, {art} {ro.after}, said: {q1s}"
            rep = (inst, "report", f"report by {tt}")
            ex = lambda s: [_that(s, c, rep), _d(q1s, a, t)]  # noqa: E731
            others = (town,)
        elif shape == 3:
            text = f"According to {a.full}, {art} {ro.after}, {c}."
            ex = lambda s: [_report(c, a, t)]  # noqa: E731
        elif shape == 4:
            text = f"{a.full}, {art} {ro.after}, said the findings showed that {c}."
            ex = lambda s: [  # noqa: E731
                _report(_one_of(s, (f"the findings showed that {c}", f"that {c}", c)), a, t)
            ]
        elif shape == 5:
            text = f"{q1} {a.full} told the {town} Courier. {_cap(a.pronoun)} is {art} {ro.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
            others = (inst, f"{town} Courier")
        elif shape == 6:
            text = f"{_cap(tt)} said in its annual report that {c}."
            ex = lambda s: [_that(s, c, (inst, "report"))]  # noqa: E731
            others = (town,)
        else:
            uni = ("University of Ebbersley", "Lanmouth Metropolitan University")[k % 2]
            text = f"{a.full}, an economist at the {uni}, said {c}."
            text = text.replace("the Lanmouth", "Lanmouth")
            ex = lambda s: [_that(s, c, a, Contains(("economist", uni)))]  # noqa: E731
            others = (uni, town)
        yield _case(f"ho62-res-{shape}", text, ex(text), (a,), others)


# --- 7. charities and welfare -------------------------------------------------------------------------------


def charities_welfare() -> Iterator[Case]:
    """Charity chiefs, social workers, council welfare officials, advisers; charities' statements. Key: the
    person with the role and the charity or council; a charity's statement is the charity's."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-cha"):
        k = _slot(a, shape, r)
        ro = _pick(CHARITY_ROLES62, k)
        t, town = _t(ro), _pick(TOWNS62, k)
        charity = ro.body.removeprefix("the ")
        council = f"{town} Council"
        q1, q1s, q2s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), m.q(_q(k + 3) + "."), _cl(k)
        lead = _lead(r, k)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{a.full}, {ro.after}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 1:
            body = f"{q1} said {a.full}, {ro.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 2:
            body = f"{a.full}, a social worker in {town}, said {c}."
            ex = lambda s: [_that(s, c, a, Contains(("social worker",)))]  # noqa: E731
        elif shape == 3:
            body = f"{a.full}, director of children's services at {council}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, Contains(("director of children's services", council)))]  # noqa: E731
        elif shape == 4:
            body = f"{a.full}, who runs the food bank at {town} Methodist Church, said {c}."
            ex = lambda s: [_that(s, c, a)]  # noqa: E731
        elif shape == 5:
            body = f"{_cap(ro.body)} said in a statement that {c}."
            if not ro.body.startswith("the "):
                body = f"The charity {ro.body} said in a statement that {c}."
            ex = lambda s: [_that(s, c, (charity, "charity"))]  # noqa: E731
        elif shape == 6:
            body = f"{a.full}, {ro.after}, said {c}. {_cap(ro.short)} added: {q2s}"
            ex = lambda s: [_that(s, c, a, t), _d(q2s, a, t)]  # noqa: E731
        else:
            body = f"{q1} said {a.full}, a welfare rights adviser at {charity}."
            ex = lambda s: [_d(q1, a, Contains(("welfare rights adviser", charity)))]  # noqa: E731
        text = _article(lead, body)
        yield _case(f"ho62-cha-{shape}", text, ex(text), (a,), (charity, council, town))


# --- 8. negotiations ----------------------------------------------------------------------------------------


def negotiations() -> Iterator[Case]:
    """A union official and an employer's executive of the other gender quoted in turn: by name, by role, by
    surname, by pronoun, two clauses in one sentence. Key: each quotation to its own side, with its own title;
    the firm, the union and the conciliation service never speak."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-neg"):
        k = _slot(a, shape, r)
        ua = _pick(UNION_ROLES62, k)
        eb = _pick(EMPLOYER_ROLES62, k + 2)
        b = _other(a, k)
        ta, tb, day = _t(ua), _t(eb), _pick(DAYS62, k)
        q1, q1s = m.q(_q(k) + ","), m.q(_q(k) + ".")
        q2, q2s = m.q(_q(k + 9) + ","), m.q(_q(k + 9) + ".")
        c1, c2 = _cl(k), _cl(k + 8)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            text = f"{a.full}, {ua.after}, said: {q1s} {b.full}, {eb.after}, replied: {q2s}"
            ex = lambda s: [_d(q1s, a, ta), _d(q2s, b, tb)]  # noqa: E731
        elif shape == 1:
            text = f"{q1} said {a.full}, {ua.after}. {q2} said {b.full}, {eb.after}."
            ex = lambda s: [_d(q1, a, ta), _d(q2, b, tb)]  # noqa: E731
        elif shape == 2:
            text = f"{a.full}, {ua.after}, said {c1}. {b.full}, {eb.after}, said {c2}."
            ex = lambda s: [_that(s, c1, a, ta), _that(s, c2, b, tb)]  # noqa: E731
        elif shape == 3:
            text = _article(
                f"{a.full}, {ua.after}, and {b.full}, {eb.after}, met for six hours on {day}.",
                f"Afterwards {ua.short} said: {q1s} {_cap(eb.short)} said {c2}.",
            )
            ex = lambda s: [_d(q1s, a, ta), _that(s, c2, b, tb)]  # noqa: E731
        elif shape == 4:
            text = (
                f"{a.full}, {ua.after}, left the talks early on {day}. {q1} {a.pronoun} said. "
                f"{b.full}, {eb.after}, said {c2}."
            )
            ex = lambda s: [_d(q1, a, ta), _that(s, c2, b, tb)]  # noqa: E731
        elif shape == 5:
            text = f"{a.full}, {ua.after}, said {c1}, but {b.full}, {eb.after}, said {c2}."
            ex = lambda s: [_that(s, c1, a, ta), _that(s, c2, b, tb)]  # noqa: E731
        elif shape == 6:
            text = f"{b.full}, {eb.after}, said: {q2s} {a.full}, {ua.after}, was unmoved. {q1} {a.last} said."
            ex = lambda s: [_d(q2s, b, tb), _d(q1, a, ta)]  # noqa: E731
        else:
            text = _article(
                f"{a.full}, {ua.after}, and {b.full}, {eb.after}, both spoke after the meeting.",
                f"{q1} {a.pronoun} said. {q2} {b.pronoun} said.",
            )
            ex = lambda s: [_d(q1, a, ta), _d(q2, b, tb)]  # noqa: E731
        others = (ua.body, eb.body, "the conciliation service")
        yield _case(f"ho62-neg-{shape}", text, ex(text), (a, b), others)


# --- 9. job titles ------------------------------------------------------------------------------------------


def job_titles() -> Iterator[Case]:
    """Workers titled by their job and employer (`a bus driver for FIRM for 20 years`), with an age, then a
    pronoun. Key: the worker with the job noun and the employer; the employer and the paper never speak."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-job"):
        k = _slot(a, shape, r)
        job, parts = _pick(JOBS62, k)
        t = Contains(parts)
        town, day = _pick(TOWNS62, k), _pick(DAYS62, k)
        q1, q1s, c = m.q(_q(k) + ","), m.q(_q(k) + "."), _cl(k)
        q2, q2s = m.q(_q(k + 4) + ","), m.q(_q(k + 4) + ".")
        he = a.pronoun
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            text = f"{a.full}, {job}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 1:
            text = f"{q1} said {a.full}, {job}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 2:
            text = f"{a.full}, {a.age}, {job}, said {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 3:
            text = f"{a.full}, {job}, told the {town} Courier that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 4:
            text = f"{a.full}, {job}, joined the picket line on {day}. {q1} {he} said."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 5:
            text = f"{q1} {a.full}, {job}, said. {q2} {he} added."
            ex = lambda s: [_d(q1, a, t), _d(q2, a, t)]  # noqa: E731
        elif shape == 6:
            text = _article(
                _pick(NARRATIVE62, k), f"Among those on strike was {a.full}, {job}. {q1} {he} said."
            )
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        else:
            text = f"{a.full}, {job}, said {c}. {_cap(he)} added: {q2s}"
            ex = lambda s: [_that(s, c, a, t), _d(q2s, a, t)]  # noqa: E731
        yield _case(f"ho62-job-{shape}", text, ex(text), (a,), (parts[1], f"{town} Courier", town))


# --- 10. figures inside quotations --------------------------------------------------------------------------

_FIG_ROLES = UNION_ROLES62 + SCHOOL_ROLES62 + CHARITY_ROLES62 + RESEARCH_ROLES62
_FRAGS = ("worth less than last year", "a pay cut by another name", "simply not enough", "an insult to staff")


def figures_in_quotes() -> Iterator[Case]:
    """Wages, percentages, sums and times inside quotations (stops in `2.5`, `£1.2m`, `5.45am` end no
    sentence); two sentences in one pair of marks; reports and mixed reports with figures. Key: one quotation
    each, whole, with the speaker's role and body."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-fig"):
        k = _slot(a, shape, r)
        ro = _pick(_FIG_ROLES, k)
        t, day = _t(ro), _pick(DAYS62, k)
        f = FIGURES62[k % len(FIGURES62)]
        f1, f1s = m.q(f + ","), m.q(f + ".")
        q2 = m.q(_q(k + 2) + ",")
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            text = f"{a.full}, {ro.after}, said: {f1s}"
            ex = lambda s: [_d(f1s, a, t)]  # noqa: E731
        elif shape == 1:
            text = f"{f1} said {a.full}, {ro.after}."
            ex = lambda s: [_d(f1, a, t)]  # noqa: E731
        elif shape == 2:
            text = f"{f1} {a.full}, {ro.after}, said. {q2} {a.pronoun} added."
            ex = lambda s: [_d(f1, a, t), _d(q2, a, t)]  # noqa: E731
        elif shape == 3:
            both = m.q(f"{f}. {_q(k + 2)}.")
            text = f"{a.full}, {ro.after}, said: {both}"
            ex = lambda s: [_d(both, a, t)]  # noqa: E731
        elif shape == 4:
            clause = f"the offer of 3.2 per cent was {m.q(_pick(_FRAGS, k))}"
            text = f"{a.full}, {ro.after}, said {clause}."
            ex = lambda s: [_mixed(s, clause, a, t)]  # noqa: E731
        elif shape == 5:
            clause = "pay had risen by 3.1 per cent since 2021 while rents had risen by 14 per cent"
            text = f"{a.full}, {ro.after}, said {clause}."
            ex = lambda s: [_that(s, clause, a, t)]  # noqa: E731
        elif shape == 6:
            text = f"{f1} said {a.full}, {ro.after}, on {day}."
            ex = lambda s: [_d(f1, a, t)]  # noqa: E731
        else:
            text = _article(
                f"Figures published on {day} put the average teaching salary at £38,750.",
                f"{f1} said {a.full}, {ro.after}.",
            )
            ex = lambda s: [_d(f1, a, t)]  # noqa: E731
        yield _case(f"ho62-fig-{shape}", text, ex(text), (a,), (ro.body,))


# --- 11. second references ----------------------------------------------------------------------------------

_A_ROLES = UNION_ROLES62 + SCHOOL_ROLES62 + CHARITY_ROLES62
_B_ROLES = EMPLOYER_ROLES62 + RESEARCH_ROLES62


def second_references() -> Iterator[Case]:
    """A titled person, another titled person of the other gender, then the first again by surname, by
    `Ms`/`Mr` SURNAME, by role, or after a title stated in a sentence of its own. Key: every quotation to its
    own speaker with the title first stated for that speaker."""
    for a, shape, m, r in sample(_combos(6, ALLMARKS62), 262, "ho62-sec"):
        k = _slot(a, shape, r)
        ra, rb = _pick(_A_ROLES, k), _pick(_B_ROLES, k + 1)
        b = _other(a, k)
        ta, tb = _t(ra), _t(rb)
        q1, q2, q3 = m.q(_q(k) + ","), m.q(_q(k + 6) + ","), m.q(_q(k + 11) + ",")
        q1s, q3s = m.q(_q(k) + "."), m.q(_q(k + 11) + ".")
        c1, c2 = _cl(k), _cl(k + 5)
        mr = a.kin("Ms", "Mr")
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            text = f"{a.full}, {ra.after}, said {c1}. {b.full}, {rb.after}, said {c2}. {q3} {a.last} added."
            ex = lambda s: [_that(s, c1, a, ta), _that(s, c2, b, tb), _d(q3, a, ta)]  # noqa: E731
        elif shape == 1:
            text = _article(
                f"{a.full}, {ra.after}, said: {q1s}",
                f"{b.full}, {rb.after}, said {c2}.",
                f"{_cap(ra.short)} added: {q3s}",
            )
            ex = lambda s: [_d(q1s, a, ta), _that(s, c2, b, tb), _d(q3s, a, ta)]  # noqa: E731
        elif shape == 2:
            text = (
                f"{q1} said {a.full}, {ra.after}. {b.full}, {rb.after}, said {c2}. {q3} said {mr} {a.last}."
            )
            ex = lambda s: [_d(q1, a, ta), _that(s, c2, b, tb), _d(q3, a, ta)]  # noqa: E731
        elif shape == 3:
            text = f"{q1} said {a.full}, {ra.after}. {q2} said {b.full}, {rb.after}. {q3} said {ra.short}."
            ex = lambda s: [_d(q1, a, ta), _d(q2, b, tb), _d(q3, a, ta)]  # noqa: E731
        elif shape == 4:
            text = _article(
                f"{a.full} is {ra.after}.", f"{q1} {a.last} said. {b.full}, {rb.after}, said {c2}."
            )
            ex = lambda s: [_d(q1, a, ta), _that(s, c2, b, tb)]  # noqa: E731
        else:
            pre = f"{ra.body.removeprefix('the ')} {_noun(ra)}"
            text = _article(
                f"{b.full}, {rb.after}, said: {q1s}",
                f"{_cap(pre)} {a.full} disagreed. {a.last} said {c2}.",
            )
            ex = lambda s: [_d(q1s, b, tb), _that(s, c2, a, ta)]  # noqa: E731
        yield _case(f"ho62-sec-{shape}", text, ex(text), (a, b), (ra.body, rb.body))


# --- 12. pronouns with two people ---------------------------------------------------------------------------


def pronouns_two() -> Iterator[Case]:
    """Two titled people of different genders, then `she`/`he` reports and quotations: the pronoun takes the
    one of its gender, whichever was named last or was the subject. Key: each quotation to the person of the
    pronoun's gender, with that person's title; the other never."""
    for a, shape, m, r in sample(_combos(6, ALLMARKS62), 262, "ho62-pro"):
        k = _slot(a, shape, r)
        ra, rb = _pick(_A_ROLES, k), _pick(_B_ROLES, k + 4)
        b = _other(a, k + 1)
        ta, tb, day = _t(ra), _t(rb), _pick(DAYS62, k)
        q1, q2 = m.q(_q(k) + ","), m.q(_q(k + 8) + ",")
        c1, c2 = _cl(k), _cl(k + 7)
        ha, hb = a.pronoun, b.pronoun
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            text = f"{a.full}, {ra.after}, met {b.full}, {rb.after}, on {day}. {q1} {ha} said afterwards."
            ex = lambda s: [_d(q1, a, ta)]  # noqa: E731
        elif shape == 1:
            text = f"{a.full}, {ra.after}, said {c1}. {b.full}, {rb.after}, disagreed. {q2} {hb} said."
            ex = lambda s: [_that(s, c1, a, ta), _d(q2, b, tb)]  # noqa: E731
        elif shape == 2:
            text = f"{b.full}, {rb.after}, wrote to {a.full}, {ra.after}, on {day}. {_cap(ha)} said {c1}."
            ex = lambda s: [_that(s, c1, a, ta)]  # noqa: E731
        elif shape == 3:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, spoke at the conference.",
                f"{_cap(ha)} said {c1}, while {hb} said {c2}.",
            )
            ex = lambda s: [_that(s, c1, a, ta), _that(s, c2, b, tb)]  # noqa: E731
        elif shape == 4:
            text = f"{a.full}, {ra.after}, told {b.full}, {rb.after}, that {c1}. {q2} {hb} replied."
            ex = lambda s: [_that(s, c1, a, ta), _d(q2, b, tb)]  # noqa: E731
        else:
            text = (
                f"{a.full}, {ra.after}, sat beside {b.full}, {rb.after}, at the hearing. "
                f"{q2} {hb} said. {q1} {ha} said."
            )
            ex = lambda s: [_d(q2, b, tb), _d(q1, a, ta)]  # noqa: E731
        yield _case(f"ho62-pro-{shape}", text, ex(text), (a, b), (ra.body, rb.body))


# --- 13. controls -------------------------------------------------------------------------------------------

_SCARE = ("flexible", "efficiency savings", "voluntary", "temporary")
_REPORTS = ("Running on Empty", "Left Behind at Sixteen", "The Missing Hours", "Classrooms in the Cold")


def controls() -> Iterator[Case]:
    """Marks that are no quotations: placard and banner slogans, names of schemes and programmes, report
    titles, scare terms, narrative that reports nothing; alone or beside one real quotation or report. Key:
    exactly the real quotation (the scheme's name inside a report is accepted as indirect or mixed); the
    marked words sit in no quotation and no speaker."""
    for a, shape, m, r in sample(_combos(8, ALLMARKS62), 268, "ho62-ctl"):
        k = _slot(a, shape, r)
        ra = _pick(_A_ROLES, k)
        t, town, day = _t(ra), _pick(TOWNS62, k), _pick(DAYS62, k)
        slogan, scheme = _pick(SLOGANS62, k), _pick(SCHEMES62, k)
        scare, rep = _pick(_SCARE, k), _pick(_REPORTS, k)
        q1, c = m.q(_q(k) + ","), _cl(k)
        expects: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            text = _article(
                f"Pickets outside the {town} depot carried placards reading {m.q(slogan)}.",
                _pick(NARRATIVE62, k),
            )
            forbidden = (slogan,)
        elif shape == 1:
            text = (
                f"The {m.q(scheme)} scheme will run in 12 schools from September. "
                f"{q1} said {a.full}, {ra.after}."
            )
            expects, forbidden = [_d(q1, a, t)], (scheme,)
        elif shape == 2:
            text = _article(
                f"{town} Council launched its {m.q(scheme)} programme on {day}.", _pick(NARRATIVE62, k + 1)
            )
            forbidden = (scheme,)
        elif shape == 3:
            text = _article(_pick(NARRATIVE62, k), _pick(NARRATIVE62, k + 3))
        elif shape == 4:
            text = (
                f"A banner reading {m.q(slogan)} hung from the school railings. "
                f"{a.full}, {ra.after}, said {c}."
            )
            expects, forbidden = [_that(text, c, a, t)], (slogan,)
        elif shape == 5:
            text = _article(
                f"The {m.q(scare)} changes to the rota have now lasted two years.", _pick(NARRATIVE62, k)
            )
            forbidden = (scare,)
        elif shape == 6:
            clause = f"the {m.q(scheme)} programme had helped 300 families"
            text = f"{a.full}, {ra.after}, said {clause}."
            opts = ((f"that {clause}", ("indirect", "mixed")), (clause, ("indirect", "mixed")))
            expects = [segmented(text, opts, a, t)]
        else:
            text = _article(
                f"The report, titled {m.q(rep)}, was published on {day}.",
                f"{q1} said {a.full}, {ra.after}.",
            )
            expects, forbidden = [_d(q1, a, t)], (rep,)
        yield _case(f"ho62-ctl-{shape}", text, expects, (a,), (ra.body, town), forbidden=forbidden)


HELD_OUT_62: tuple[Capability, ...] = (
    _named(
        "unions_strikes", "6", "union officials, the union itself, pickets, the union leader", unions_strikes
    ),
    _named(
        "employer_responses",
        "5",
        "a spokeswoman for FIRM; FIRM said in a statement; management said in a memo",
        employer_responses,
    ),
    _named(
        "head_teachers",
        "6",
        "headteacher of SCHOOL; told parents in a letter; SCHOOL principal NAME",
        head_teachers,
    ),
    _named(
        "students_parents", "2", "students with course and college; anonymous parents; kin", students_parents
    ),
    _named(
        "ministers_boards", "6", "the education secretary, NAME, told MPs; board chair NAME", ministers_boards
    ),
    _named("researchers", "5", "senior fellow at X; the report by X found; according to NAME", researchers),
    _named("charities_welfare", "6", "charity chiefs, social workers, council directors", charities_welfare),
    _named("negotiations", "4", "two sides quoted in turn by name, role, surname and pronoun", negotiations),
    _named("job_titles", "6", "a bus driver for FIRM for 20 years; a care worker at X", job_titles),
    _named("figures_in_quotes", "8", "wages, percentages and times inside quotations", figures_in_quotes),
    _named(
        "second_references", "4", "surname, Ms/Mr SURNAME and role after another person", second_references
    ),
    _named("pronouns_two", "4", "she/he with two titled people of different genders", pronouns_two),
    _named("controls", "8", "placards, banners, schemes, report titles, scare terms, narrative", controls),
)
