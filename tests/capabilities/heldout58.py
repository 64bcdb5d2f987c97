"""Fifty-eighth held-out round: capabilities written at commit ``87de8a67`` by a helper (``hcap64``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout58data.py``: twenty-four invented researchers, doctors and
officials of Estonian, Ghanaian, Filipino, Lebanese, Chilean, Scottish, Vietnamese, Finnish, Kenyan,
Portuguese, Turkish and Japanese origin, each with a gender and an age; patients named by a first name;
universities, hospitals, health agencies and regulators with the noun a desk calls them by; journals, outlets,
towns; research and clinical roles with the short noun of a second reference; study findings, reported
clauses, quotations of researchers and patients, figures; drugs, trials and study titles, scare terms and
narrative sentences) as a round of HEALTH, SCIENCE AND RESEARCH NEWS as a science desk writes it. Every case
is a short passage (one to five sentences) with one to three people, and every quotation checks the content
(the marks and the words inside them for a direct quotation; the reported clause, with or without its *that*,
for an indirect one; the clause with its marked fragment for a mixed one), the kind, the canonical full name
and, whenever the text states one, the title with `Contains` of the role noun and each affiliation stated,
with `wrong_speakers` for every other person, body, journal, hospital, outlet and town in the text.

Conventions: *Dr.* and *Professor* before a name are never part of the name (*Professor NAME of UNI* states
the role *professor* and the university); a body speaks under its own name (a leading *the* ignored), and its
noun on a second reference (*the agency said*, *the journal said*) is that body; an unnamed spokesperson is
the phrase or the body; a group (*scientists*, *experts*, *the authors*, *the researchers*, *the team*) speaks
as the phrase, or as the team's named leader where the text names one; what a study, paper or report found is
the document's (or its issuer's), never a person's; a verb of evidence (*figures show*, *data show*) or
cognition (*researchers believe*, *scientists think*) is tolerated as the holder's report or as none (the
README's reading since round 55); a title stated by a relative clause only (*who led the research*) is not
checked; the clause *who was not involved in the study* is no part of what a title must contain; a patient
named by a first name is that name, with no title unless a job is stated; people credited together are one
speaker (`A; B`, in either order); an outlet, a hospital, a journal that publishes, a town and a drug never
speak; study and paper titles, trial and drug names, nicknames and so-called terms in marks are no quotations.

1. studies and their authors: `The study, published in JOURNAL, found that C. "Q," said NAME, the study's lead
   author and ROLE at UNI.`, `NAME, who led the research, said C`, joint authors (`study_authors`);
2. outside experts: `said NAME, ROLE at UNI who was not involved in the study`, `called the study "X" but said
   C`, a title stated in the next sentence (`outside_experts`);
3. health agencies and spokespeople: `AGENCY said in guidance published on DAY that C`, `C, according to
   AGENCY`, `a spokeswoman for AGENCY`, `its director` (`agencies`);
4. doctors: `Dr. NAME, a cardiologist at HOSPITAL, said`, `HOSPITAL oncologist Dr. NAME`, two doctors who
   disagree (`doctors`);
5. patients in features: `said Maya, 34, who asked that her surname not be used`, a patient beside the doctor
   who treats her (`patients`);
6. reports and data: `figures from BODY show that C`, `the report estimates that C`, `according to figures
   released by BODY`, `The report, written by NAME, concludes that C` (`reports_data`);
7. press releases: `NAME said in a statement released by the university`, `in a news release`, `UNI quoted
   NAME as saying`, press officers (`press_releases`);
8. journals and editors: `In an editorial, JOURNAL said C`, `editor-in-chief of JOURNAL`, `Writing in JOURNAL,
   NAME and colleagues said`, a retraction notice (`journals`);
9. hedged claims and groups: `researchers believe`, `scientists say`, `the authors wrote`, `According to the
   researchers`, `experts say`, `some scientists think ... while others say` (`hedged_groups`);
10. pronouns with two researchers of different genders (`pronouns_two`);
11. second references by title: `the professor`, `the doctor`, `the researcher`, `the 52-year-old`
    (`title_refs`);
12. clinical trials and drugmakers: `the drugmaker said`, the trial's principal investigator, regulators'
    approvals, `told investors` (`clinical_trials`);
13. controls: study titles, trial and drug names, nicknames and scare terms in marks, a question the study
    asked, figures with no report, a researcher's biography, alone or beside one real quotation
    (`controls`).
"""

# The expectations of a shape are computed from the text it builds, in the call that builds it.

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import product

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout58data import (
    AGENCIES58,
    CLAUSES58,
    CLIN_ROLES58,
    CONDITIONS58,
    DAYS58,
    DRUGS58,
    FINDINGS58,
    HOSPITALS58,
    JOURNALS58,
    MARKS58,
    NARRATIVE58,
    OUTLETS58,
    PATIENT_QUOTES58,
    PATIENTS58,
    PEOPLE58,
    QUOTES58,
    SCARE58,
    SCI_ROLES58,
    STUDY_TITLES58,
    TOWNS58,
    TRIALS58,
    UNIS58,
    Body,
    Role,
)
from heldout_kit import Mark, Person, called_report, mixed_report, pick, that_report, tolerate
from heldout_kit import cap as _cap

# --- slots and expectations --------------------------------------------------------------------------------


@frozen
class Slot:
    """One case's fillers: the speaker, a person of the other gender, bodies, roles, a mark, an index."""

    a: Person
    b: Person
    m: Mark
    k: int

    def q(self, n: int = 0, end: str = ",") -> str:
        """A quotation in the slot's marks, ending in *end* inside the marks."""
        return self.m.q(pick(QUOTES58, self.k + n) + end)

    def c(self, n: int = 0) -> str:
        """A reported clause of an expert, doctor or official."""
        return pick(CLAUSES58, self.k + n)

    def f(self, n: int = 0) -> str:
        """What a study found."""
        return pick(FINDINGS58, self.k + n)

    @property
    def day(self) -> str:
        return pick(DAYS58, self.k)

    @property
    def town(self) -> str:
        return pick(TOWNS58, self.k)

    @property
    def uni(self) -> Body:
        return pick(UNIS58, self.k)

    @property
    def uni2(self) -> Body:
        return pick(UNIS58, self.k + 3)

    @property
    def hosp(self) -> str:
        return pick(HOSPITALS58, self.k)

    @property
    def hosp2(self) -> str:
        return pick(HOSPITALS58, self.k + 2)

    @property
    def ag(self) -> Body:
        return pick(AGENCIES58, self.k)

    @property
    def journal(self) -> str:
        return pick(JOURNALS58, self.k)

    @property
    def outlet(self) -> str:
        return pick(OUTLETS58, self.k)

    @property
    def ra(self) -> Role:
        return pick(SCI_ROLES58, self.k)

    @property
    def rb(self) -> Role:
        return pick(SCI_ROLES58, self.k + 5)

    @property
    def clin(self) -> Role:
        return pick(CLIN_ROLES58, self.k)

    @property
    def clin2(self) -> Role:
        return pick(CLIN_ROLES58, self.k + 3)


#: What a shape yields: (text, expects, people in the text, other names in the text, forbidden strings).
Shaped = tuple[str, list[Expect], Sequence[Person], Sequence[str], Sequence[str]]
Shape = Callable[[Slot, int], Shaped]


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _nb(name: str) -> str:
    """A body's name without its leading article."""
    return name[4:] if name.startswith("the ") else name


def _who(p: Person | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person) else p


def _d(content: str, p: Person | NameSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    """A direct quotation."""
    return Expect(content, "direct", _who(p), title, occurrence=occurrence)


def _r(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause, with or without its *that*."""
    return that_report(text, clause, _who(p), title)


def _i(content: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """An indirect report at exactly *content* (after *according to*, or before its credit)."""
    return Expect(content, "indirect", _who(p), title)


def _mx(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    return mixed_report(text, clause, _who(p), title)


def _t(*parts: str) -> Contains:
    return Contains(tuple(_nb(p) for p in parts))


def _other(a: Person, step: int) -> Person:
    """A person of the other gender and another culture than *a*."""
    pool = [p for p in PEOPLE58 if p.gender != a.gender and p.culture != a.culture]
    return pool[step % len(pool)]


def _case(template: str, shaped: Shaped) -> Case:
    """A case: every quotation given to a person, body or outlet its key does not accept is wrong."""
    text, expects, people, others, forbidden = shaped
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = {_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in (spec or ())}
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, _nb(o)))
    return Case("", template, text, list(expects), forbidden=tuple(forbidden), wrong_speakers=wrong)


def _gen(key: str, shape: Shape, shapes: int, n: int = 250) -> Callable[[], Iterator[Case]]:
    """*n* sampled cases of *shapes* shapes crossed with people, marks and three filler steps."""

    def gen() -> Iterator[Case]:
        combos = product(PEOPLE58, range(shapes), MARKS58, range(3))
        for a, s, m, r in sample(combos, n, f"ho58-{key}"):
            k = PEOPLE58.index(a) * 5 + s * 3 + r * 37 + MARKS58.index(m) * 17
            yield _case(f"ho58-{key}-{s}", shape(Slot(a, _other(a, k), m, k), s))

    return gen


_FRAGS = (
    ("the result", "a genuine surprise"),
    ("the effect", "small but real"),
    ("the evidence", "stronger than anything before it"),
    ("the finding", "a wake-up call for clinics"),
    ("the method", "clever but fiddly"),
    ("the sample", "far too small to be sure"),
)

_STUDY = ("study", "the study", "the research")
_WORKS = ("sleep in teenagers", "how viruses jump between species", "heart disease in women", "salt marshes")


def _fr(x: Slot, n: int = 0) -> tuple[str, str]:
    obj, frag = pick(_FRAGS, x.k + n)
    return f"{obj} was {x.m.q(frag)}", frag


# --- 1. studies and their authors ---------------------------------------------------------------------------


def _authors(x: Slot, s: int) -> Shaped:
    a, b, ra, uni, journal = x.a, x.b, x.ra, x.uni.name, x.journal
    t = _t(ra.noun, uni)
    q, q2, q3, f = x.q(), x.q(1, "."), x.q(2), x.f()
    others = [uni, journal]
    if s == 0:
        text = (
            f"The study, published in {journal} on {x.day}, found that {f}. "
            f"{q} said {a.full}, the study's lead author and {ra.written} at {uni}."
        )
        return text, [_r(text, f, _STUDY), _d(q, a, t)], (a,), others, ()
    if s == 1:
        text = (
            f"Researchers at {uni} tracked 3,000 adults for six years. "
            f"{a.full}, who led the research, said {f}."
        )
        return text, [_r(text, f, a)], (a,), others, ()
    if s == 2:
        text = f"{q} said {a.full}, {ra.written} at {uni} who led the study."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 3:
        text = (
            f"{_cap(f)}, according to a study published in {journal} on {x.day}. "
            f"Its lead author, {a.full}, {ra.written} at {uni}, said: {q2}"
        )
        study = (*_STUDY, "a study", f"a study published in {journal}")
        return text, [_i(_cap(f), study), _d(q2, a, t)], (a,), others, ()
    if s == 4:
        lead = f"They found that {f}."
        text = (
            f"{a.full}, {ra.written} at {uni}, and colleagues analysed records from 40 hospitals. "
            f"{lead} {q} {a.pronoun} said."
        )
        exp = [*tolerate(text, lead, (a.full, "they", "colleagues")), _d(q, a, t)]
        return text, exp, (a,), others, ()
    if s == 5:
        text = f"In the paper, published in {journal}, {a.full} and {b.full} of {uni} wrote that {f}."
        pair = (f"{a.full}; {b.full}", f"{b.full}; {a.full}")
        return text, [_r(text, f, pair)], (a, b), others, ()
    if s == 6:
        text = (
            f"{q} {a.full}, the senior author of the study and {ra.written} at {uni}, said in an interview. "
            f"{q3} {a.pronoun} added."
        )
        return text, [_d(q, a, t), _d(q3, a, t)], (a,), others, ()
    clause, _ = _fr(x)
    text = f"{a.full}, {ra.written} at {uni} and a co-author of the paper, said {clause}."
    return text, [_mx(text, clause, a, t)], (a,), others, ()


# --- 2. outside experts -------------------------------------------------------------------------------------


def _experts(x: Slot, s: int) -> Shaped:
    a, b, rb, uni2, hosp = x.a, x.b, x.rb, x.uni2.name, x.hosp
    t = _t(rb.noun, uni2)
    q, q2, c, f = x.q(), x.q(1, "."), x.c(), x.f()
    others = [uni2, x.uni.name]
    if s == 0:
        text = (
            f"{a.full}, who led the study at {x.uni.name}, said {f}. {b.full}, {rb.written} at {uni2} "
            f"who was not involved in the study, said: {q2}"
        )
        return text, [_r(text, f, a), _d(q2, b, t)], (a, b), others, ()
    if s == 1:
        text = f"{q} said {b.full}, {rb.written} at {uni2}, who was not involved in the research."
        return text, [_d(q, b, t)], (b,), others, ()
    if s == 2:
        text = (
            f"Outside experts were cautious. "
            f"{b.full}, {rb.written} at {uni2} who had no role in the work, said {c}."
        )
        return text, [_r(text, c, b, t)], (b,), others, ()
    if s == 3:
        frag = pick(("a useful first step", "interesting but premature", "a careful piece of work"), x.k)
        marked = x.m.q(frag)
        text = f"{b.full}, {rb.written} at {uni2}, called the study {marked} but said {c}."
        exp = [called_report(text, "the study", marked, (b.full,), title=t), _r(text, c, b, t)]
        return text, exp, (b,), others, ()
    if s == 4:
        text = (
            f"The study has clear limits, said {b.full}, {rb.written} at {uni2}, "
            f"who was not part of the team."
        )
        return text, [_i("The study has clear limits", b, t)], (b,), others, ()
    if s == 5:
        text = (
            f"{q} {b.full} told {x.outlet}. {_cap(b.pronoun)} is {rb.written} at {uni2} "
            f"and was not involved in the study."
        )
        return text, [_d(q, b, t)], (b,), [*others, x.outlet], ()
    if s == 6:
        text = f"Not everyone is convinced. {q} said {b.full}, {rb.written} at {uni2}."
        return text, [_d(q, b, t)], (b,), others, ()
    clause, _ = _fr(x)
    clin = x.clin
    text = f"{b.full}, {clin.written} at {hosp} who was not involved in the study, said {clause}."
    return text, [_mx(text, clause, b, _t(clin.noun, hosp))], (b,), [hosp], ()


# --- 3. health agencies and spokespeople --------------------------------------------------------------------


def _agencies(x: Slot, s: int) -> Shaped:
    a, ag = x.a, x.ag
    body = (_nb(ag.name),)
    q, q2, c = x.q(), x.q(1, "."), x.c()
    sp = a.kin("spokeswoman", "spokesman")
    if s == 0:
        text = f"{_cap(ag.name)} said in guidance published on {x.day} that {c}."
        return text, [_r(text, c, body)], (), [x.town], ()
    if s == 1:
        text = f"{_cap(ag.name)} updated its advice on {x.day}. {q} the {ag.noun} said in a statement."
        return text, [_d(q, body)], (), [x.town], ()
    if s == 2:
        text = f"{_cap(c)}, according to {ag.name}."
        return text, [_i(_cap(c), body)], (), [x.town], ()
    if s == 3:
        text = f"{a.full}, a {sp} for {ag.name}, said {c}."
        return text, [_r(text, c, a, _t(sp, ag.name))], (a,), [ag.name], ()
    if s == 4:
        text = f"{_cap(ag.name)} {sp} {a.full} said: {q2}"
        return text, [_d(q2, a, _t(sp, ag.name))], (a,), [ag.name], ()
    if s == 5:
        text = f"{pick(NARRATIVE58, x.k)} A {sp} for {ag.name} said {c}."
        # Key fix: the phrase as written, with the body's own *the*.
        who = (sp, f"a {sp} for {ag.name}", _nb(ag.name))
        return text, [_r(text, c, who)], (), [], ()
    if s == 6:
        text = (
            f"{a.full}, the chief medical officer at {ag.name}, "
            f"told reporters in {x.town} on {x.day} that {c}."
        )
        return text, [_r(text, c, a, _t("chief medical officer", ag.name))], (a,), [ag.name, x.town], ()
    text = f"In a statement on {x.day}, {ag.name} said {c}. {a.full}, its director, added: {q2}"
    exp = [_r(text, c, body), _d(q2, a, _t("director", ag.name))]
    return text, exp, (a,), [], ()


# --- 4. doctors ---------------------------------------------------------------------------------------------


def _doctors(x: Slot, s: int) -> Shaped:
    a, b, clin, hosp = x.a, x.b, x.clin, x.hosp
    t = _t(clin.noun, hosp)
    q, q2, q3, c = x.q(), x.q(1, "."), x.q(2), x.c()
    others = [hosp]
    if s == 0:
        text = f"Dr. {a.full}, {clin.written} at {hosp}, said {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 1:
        text = f"{q} said Dr. {a.full}, {clin.written} at {hosp}."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 2:
        text = f"{_cap(hosp)} {clin.noun} Dr. {a.full} said: {q2}"
        return text, [_d(q2, a, t)], (a,), others, ()
    if s == 3:
        dept = pick(("asthma", "memory", "sleep", "diabetes", "fracture"), x.k)
        text = f"Dr. {a.full}, who runs the {dept} clinic at {hosp}, said {c}."
        return text, [_r(text, c, a)], (a,), others, ()
    if s == 4:
        text = f"Dr. {a.full} is {clin.written} at {hosp}. {q} the doctor said."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 5:
        cond = pick(CONDITIONS58, x.k)
        text = f"{a.full}, {clin.written} at {hosp}, treats patients with {cond}. {_cap(a.pronoun)} said {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 6:
        hosp2, clin2 = x.hosp2, x.clin2
        text = (
            f"Dr. {a.full}, {clin.written} at {hosp}, said {c}. "
            f"Dr. {b.full}, {clin2.written} at {hosp2}, disagreed: {q2}"
        )
        exp = [_r(text, c, a, t), _d(q2, b, _t(clin2.noun, hosp2))]
        return text, exp, (a, b), [hosp, hosp2], ()
    text = f"{q} Dr. {a.full}, {clin.written} at {hosp}, told {x.outlet}. {q3} the {clin.short[4:]} added."
    return text, [_d(q, a, t), _d(q3, a, t)], (a,), [hosp, x.outlet], ()


# --- 5. patients in features --------------------------------------------------------------------------------

_PATIENT_CLAUSES = (
    "the side effects had faded after a fortnight",
    "the waiting had been worse than the diagnosis",
    "the new inhaler had changed everything",
    "the support group had kept things going through the winter",
)
_JOBS = ("retired teacher", "bus driver", "nurse", "software tester", "farmer", "florist")


def _patients(x: Slot, s: int) -> Shaped:
    a, clin, hosp = x.a, x.clin, x.hosp
    name, gender, age = pick(PATIENTS58, x.k)
    p = Person(name, name, gender, "patient", age)
    pq = x.m.q(pick(PATIENT_QUOTES58, x.k) + ",")
    pc = pick(_PATIENT_CLAUSES, x.k)
    c, cond = x.c(), pick(CONDITIONS58, x.k)
    others = [hosp, x.town]
    if s == 0:
        text = f"{pq} said {name}, {age}, who asked that {p.poss} surname not be used."
        return text, [_d(pq, p, None)], (a, p), others, ()
    if s == 1:
        text = f"{name}, {age}, has lived with {cond} for a decade. {pq} {p.pronoun} said."
        return text, [_d(pq, p, None)], (p,), others, ()
    if s == 2:
        job = pick(_JOBS, x.k)
        text = f"{name}, a {age}-year-old {job} from {x.town}, joined the trial in March. {pq} {name} said."
        return text, [_d(pq, p, Contains(job.split()[-1]))], (p,), others, ()
    if s == 3:
        text = f"{name}, who did not want {p.poss} full name published, said {pc}."
        return text, [_r(text, pc, p, None)], (p,), others, ()
    if s == 4:
        text = f"{pq} said {name}, {age}. {a.full}, {clin.written} at {hosp} who treats {p.obj}, said {c}."
        exp = [_d(pq, p, None), _r(text, c, a, _t(clin.noun, hosp))]
        return text, exp, (a,), others, ()
    if s == 5:
        text = f"For {name}, {age}, the diagnosis came almost as a relief. {pq} {p.pronoun} said."
        return text, [_d(pq, p, None)], (p,), others, ()
    if s == 6:
        text = f"{name}, {age}, took part in the study at {hosp}. {pq} said {name}, who lives in {x.town}."
        return text, [_d(pq, p, None)], (p,), others, ()
    text = (
        f"{pq} {name} said, asking that {p.poss} last name be withheld. "
        f"Dr. {a.full} treated {p.obj} at {hosp}."
    )
    return text, [_d(pq, p, None)], (a, p), others, ()


# --- 6. reports and data ------------------------------------------------------------------------------------

_FIGS = (
    "hospital admissions for asthma rose by 14% last year",
    "one in five adults now takes a statin",
    "flu deaths fell to their lowest level in a decade",
    "measles cases had tripled since 2024",
    "waiting lists for hip operations reached 41,000 in March",
    "vaccination rates among toddlers slipped to 86%",
)


def _reports(x: Slot, s: int) -> Shaped:
    a, ag, ra, uni = x.a, x.ag, x.ra, x.uni.name
    body = (_nb(ag.name),)
    fig, f, c, q2 = pick(_FIGS, x.k), x.f(), x.c(), x.q(1, ".")
    if s == 0:
        sent = f"Figures from {ag.name} show that {fig}."
        text = f"{sent} {pick(NARRATIVE58, x.k)}"
        return text, tolerate(text, sent, (_nb(ag.name), "figures")), (), [x.town], ()
    if s == 1:
        text = f"{_cap(ag.name)} published its annual report on {x.day}. The report estimates that {fig}."
        return text, [_r(text, fig, (*body, "report", "the report"))], (), [], ()
    if s == 2:
        text = f"{_cap(fig)}, according to {ag.name}."
        return text, [_i(_cap(fig), body)], (), [], ()
    if s == 3:
        text = f"According to figures released by {ag.name} on {x.day}, {fig}."
        return text, [_i(fig, (*body, "figures", f"figures released by {ag.name}"))], (), [], ()
    if s == 4:
        text = (
            f"A report by {uni} found that {f}. "
            f"{a.full}, {ra.written} at {uni} and one of its authors, said: {q2}"
        )
        exp = [
            _r(text, f, (_nb(uni), "report", "a report", f"a report by {uni}")),
            _d(q2, a, _t(ra.noun, uni)),
        ]
        return text, exp, (a,), [uni], ()
    if s == 5:
        clause, _ = _fr(x)
        sent = f"{_cap(ag.name)} data show {fig}."
        text = f"{sent} {a.full}, {ra.written} at {uni}, said {clause}."
        exp = [*tolerate(text, sent, (_nb(ag.name), "data")), _mx(text, clause, a, _t(ra.noun, uni))]
        return text, exp, (a,), [uni, ag.name], ()
    if s == 6:
        text = f"The report, written by {a.full} of {uni}, concludes that {c}."
        return text, [_r(text, c, (a.full, "report", "the report"))], (a,), [uni], ()
    text = f"{pick(NARRATIVE58, x.k + 1)} {_cap(ag.name)} said {c}."
    return text, [_r(text, c, body)], (), [x.town], ()


# --- 7. press releases --------------------------------------------------------------------------------------

_PRESS = (
    "the paper had been under embargo until Wednesday",
    "the authors had declared no conflicts of interest",
    "the data would be shared with other researchers",
    "the journal had fast-tracked the review",
)


def _releases(x: Slot, s: int) -> Shaped:
    a, b, ra, u = x.a, x.b, x.ra, x.uni
    uni, t = u.name, _t(ra.noun, u.name)
    q, q2, f, c = x.q(), x.q(1, "."), x.f(), x.c()
    pc = pick(_PRESS, x.k)
    others = [uni]
    if s == 0:
        text = (
            f"{a.full}, {ra.written} at {uni}, led the work. "
            f"{q} {a.pronoun} said in a statement released by the {u.noun}."
        )
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 1:
        text = f"{q} said {a.full}, {ra.written} at {uni}, in a news release."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 2:
        text = f"In a press release, {uni} quoted {a.full}, {ra.written}, as saying: {q2}"
        return text, [_d(q2, a, _t(ra.noun))], (a,), others, ()
    if s == 3:
        text = f"{_cap(uni)} said in a press release on {x.day} that {f}."
        return text, [_r(text, f, (_nb(uni),))], (), [x.journal], ()
    if s == 4:
        text = f"{b.full}, a press officer for {x.journal}, said {pc}."
        return text, [_r(text, pc, b, _t("press officer", x.journal))], (b,), [x.journal], ()
    if s == 5:
        text = (
            f"{q} {a.full} said in a statement. {b.full}, who heads the {u.noun}'s press office, said {pc}."
        )
        return text, [_d(q, a), _r(text, pc, b)], (a, b), [], ()
    if s == 6:
        text = f"The {u.noun} said in a statement that {f}, and quoted {a.full} as saying: {q2}"
        who = (f"the {u.noun}", u.noun)
        return text, [_r(text, f, who), _d(q2, a)], (a,), [], ()
    text = f"{a.full}, {ra.written} at {uni}, said in a video released by the {u.noun} that {c}."
    return text, [_r(text, c, a, t)], (a,), others, ()


# --- 8. journals and editors --------------------------------------------------------------------------------


def _journals(x: Slot, s: int) -> Shaped:
    a, b, ra, uni, journal = x.a, x.b, x.ra, x.uni.name, x.journal
    jn = (_nb(journal),)
    q, q2, f, c = x.q(), x.q(1, "."), x.f(), x.c()
    if s == 0:
        text = f"In an editorial, {journal} said {c}."
        return text, [_r(text, c, jn)], (), [], ()
    if s == 1:
        text = f"{a.full}, editor-in-chief of {journal}, said: {q2}"
        return text, [_d(q2, a, _t("editor-in-chief", journal))], (a,), [journal], ()
    if s == 2:
        text = f"Writing in {journal}, {a.full} and colleagues at {uni} said {f}."
        who = (a.full, f"{a.full} and colleagues")
        return text, [_r(text, f, who)], (a,), [journal, uni], ()
    if s == 3:
        text = f"The paper, published in {journal} on {x.day}, found that {f}."
        return text, [_r(text, f, ("paper", "the paper"))], (), [journal], ()
    if s == 4:
        text = f"{a.full}, {ra.written} at {uni}, wrote in {journal} that {f}."
        return text, [_r(text, f, a, _t(ra.noun, uni))], (a,), [journal, uni], ()
    if s == 5:
        uni2 = x.uni2.name
        text = f"In a commentary published alongside the study, {b.full} of {uni2} wrote: {q2}"
        return text, [_d(q2, b, _t(uni2))], (b,), [uni2], ()
    if s == 6:
        text = f"{_cap(journal)} retracted the paper on {x.day}. {q} the journal said in a notice."
        return text, [_d(q, jn)], (), [], ()
    text = f"{a.full}, a deputy editor at {journal}, told {x.outlet} that {c}."
    return text, [_r(text, c, a, _t("deputy editor", journal))], (a,), [journal, x.outlet], ()


# --- 9. hedged claims and groups ----------------------------------------------------------------------------


def _hedged(x: Slot, s: int) -> Shaped:
    a, uni, journal = x.a, x.uni.name, x.journal
    q, f, c, c2 = x.q(), x.f(), x.c(), x.c(5)
    authors = ("authors", "the authors", "the study's authors")
    if s == 0:
        text = f"Researchers at {uni} believe that {f}."
        # Key fix: the group phrase as written, with the body's own *the*.
        return text, tolerate(text, text, ("researchers", f"researchers at {uni}", _nb(uni))), (), [], ()
    if s == 1:
        text = f"Scientists say {f}."
        return text, [_r(text, f, ("scientists",))], (), [], ()
    if s == 2:
        text = f"The study was published in {journal} on {x.day}. {q} the authors wrote."
        return text, [_d(q, authors)], (), [journal], ()
    if s == 3:
        text = f"The authors wrote that {f}, but cautioned that {c}."
        return text, [_r(text, f, authors), _r(text, c, authors)], (), [], ()
    if s == 4:
        text = f"A team at {uni} followed 2,400 families for eight years. According to the researchers, {f}."
        who4 = ("researchers", "the researchers", "team", f"a team at {uni}")
        return text, [_i(f, who4)], (), [uni], ()
    if s == 5:
        text = f"{pick(NARRATIVE58, x.k)} Experts say {c}."
        return text, [_r(text, c, ("experts",))], (), [], ()
    if s == 6:
        text = f"The team, led by {a.full} of {uni}, said {f}."
        who = ("team", "the team", a.full)
        return text, [_r(text, f, who)], (a,), [uni], ()
    first = f"Some scientists think that {c},"
    text = f"{first} while others say {c2}."
    exp = [*tolerate(text, first, ("some scientists", "scientists")), _r(text, c2, ("others",))]
    return text, exp, (), [], ()


# --- 10. pronouns with two researchers ----------------------------------------------------------------------


def _pronouns(x: Slot, s: int) -> Shaped:
    a, b, ra, rb, uni, uni2 = x.a, x.b, x.ra, x.rb, x.uni.name, x.uni2.name
    ta, tb = _t(ra.noun, uni), _t(rb.noun, uni2)
    q, q2, q3, c = x.q(), x.q(1, "."), x.q(2), x.c()
    pa, pb = f"{a.full}, {ra.written} at {uni},", f"{b.full}, {rb.written} at {uni2},"
    others = [uni, uni2]
    if s == 0:
        text = f"{pa} and {pb} led the study. {q} {a.pronoun} said. {q3} {b.pronoun} said."
        return text, [_d(q, a, ta), _d(q3, b, tb)], (a, b), others, ()
    if s == 1:
        text = f"{pa} worked on the project with {b.full}. {_cap(a.pronoun)} said {c}."
        return text, [_r(text, c, a, ta)], (a, b), others, ()
    if s == 2:
        text = f"{a.full} ran the analysis, and {b.full} collected the samples. {_cap(b.pronoun)} said {c}."
        return text, [_r(text, c, b, None)], (a, b), [], ()
    if s == 3:
        text = f"{q} said {pa[:-1]}. {pb} was more cautious. {_cap(b.pronoun)} said {c}."
        return text, [_d(q, a, ta), _r(text, c, b, tb)], (a, b), others, ()
    if s == 4:
        text = (
            f"{a.full} and {b.full} both work at {uni}. {_cap(b.pronoun)} said: {q2} {q3} {a.pronoun} added."
        )
        return text, [_d(q2, b), _d(q3, a)], (a, b), [uni], ()
    if s == 5:
        told = f"{pa} told {b.full} about the result on a Friday evening."
        text = f"{told} {q} {b.pronoun} said."
        # Key fix: the act of telling is tolerated as the teller's report or none (rounds 52 to 54).
        return text, [*tolerate(text, told, (a.full,)), _d(q, b, None)], (a, b), others, ()
    if s == 6:
        text = f"{pa} said {c}. {_cap(a.poss)} co-author, {b.full}, added: {q2}"
        return text, [_r(text, c, a, ta), _d(q2, b, Contains("co-author"))], (a, b), others, ()
    text = (
        f"When {b.full} first showed {a.full} the data, {a.pronoun} did not believe it. {q} {a.pronoun} said."
    )
    return text, [_d(q, a, None)], (a, b), [], ()


# --- 11. second references by title -------------------------------------------------------------------------


def _titles(x: Slot, s: int) -> Shaped:
    a, b, ra, clin, uni, hosp = x.a, x.b, x.ra, x.clin, x.uni.name, x.hosp
    t = _t(ra.noun, uni)
    q, c = x.q(), x.c()
    if s == 0:
        text = f"{a.full}, {ra.written} at {uni}, examined the samples. {q} {ra.short} said."
        return text, [_d(q, a, t)], (a,), [uni], ()
    if s == 1:
        text = f"Professor {a.full} of {uni} led the trial. {q} the professor said."
        return text, [_d(q, a, _t("professor", uni))], (a,), [uni], ()
    if s == 2:
        text = f"Dr. {a.full}, {clin.written} at {hosp}, saw the first cases. The doctor said {c}."
        return text, [_r(text, c, a, _t(clin.noun, hosp))], (a,), [hosp], ()
    if s == 3:
        text = (
            f"{a.full}, {ra.written} at {uni}, and Dr. {b.full}, {clin.written} at {hosp}, "
            f"reviewed the data. {q} the doctor said."
        )
        return text, [_d(q, b, _t(clin.noun, hosp))], (a, b), [uni, hosp], ()
    if s == 4:
        text = (
            f"Dr. {b.full}, {clin.written} at {hosp}, worked with {a.full}, a researcher at {uni}. "
            f"{q} the researcher said."
        )
        return text, [_d(q, a, _t("researcher", uni))], (a, b), [uni, hosp], ()
    if s == 5:
        work = pick(_WORKS, x.k)
        text = (
            f"{a.full}, {ra.written} at {uni}, has studied {work} for 20 years. "
            f"{q} the {a.age}-year-old said."
        )
        return text, [_d(q, a, t)], (a,), [uni], ()
    if s == 6:
        text = f"{q} said {a.full}, {ra.written} at {uni}. {_cap(ra.short)} added that {c}."
        return text, [_d(q, a, t), _r(text, c, a, t)], (a,), [uni], ()
    text = (
        f"Dr. {a.full}, {clin.written} at {hosp}, and {b.full}, {x.rb.written} at {uni}, wrote the guidance. "
        f"The doctor said {c}."
    )
    return text, [_r(text, c, a, _t(clin.noun, hosp))], (a, b), [uni, hosp], ()


# --- 12. clinical trials and drugmakers ---------------------------------------------------------------------

_DRUGCOS = (
    ("Halloran Therapeutics", "drugmaker"),
    ("Myrtlebank Pharma", "company"),
    ("Osgood Biologics", "biotech"),
)


def _trials(x: Slot, s: int) -> Shaped:
    a, clin, hosp, ag = x.a, x.clin, x.hosp, x.ag
    co, noun = pick(_DRUGCOS, x.k)
    drug, trial = pick(DRUGS58, x.k), pick(TRIALS58, x.k)
    q, q2, c = x.q(), x.q(1, "."), x.c()
    t = _t(clin.noun, hosp)
    cw = (co,)
    if s == 0:
        res = f"its drug {drug} had cut relapses by a quarter in a late-stage trial"
        text = f"{co} said on {x.day} that {res}."
        return text, [_r(text, res, cw)], (), [drug], ()
    if s == 1:
        text = f"{a.full}, the trial's principal investigator and {clin.written} at {hosp}, said {c}."
        return text, [_r(text, c, a, t)], (a,), [hosp, co], ()
    if s == 2:
        text = f"{co} halted the {trial} trial of {drug} on {x.day}. {q} the {noun} said in a statement."
        return text, [_d(q, cw)], (), [drug, trial], ()
    if s == 3:
        text = f"{_cap(ag.name)} approved {drug} on {x.day}. {q} {a.full}, {clin.written} at {hosp}, said."
        return text, [_d(q, a, t)], (a,), [hosp, ag.name, drug], ()
    if s == 4:
        text = f"{a.full}, who enrolled patients in the trial at {hosp}, said {c}."
        return text, [_r(text, c, a)], (a,), [hosp], ()
    if s == 5:
        clause = f"the benefits of {drug} outweighed its risks"
        text = f"{_cap(ag.name)} said {clause}."
        return text, [_r(text, clause, (_nb(ag.name),))], (), [drug], ()
    if s == 6:
        text = f"{co} chief scientific officer {a.full} told investors that {c}."
        return text, [_r(text, c, a, _t("chief scientific officer", co))], (a,), [co], ()
    clause = f"Patients in the {trial} trial who took {drug} lived four months longer"
    text = f"{clause}, {co} said. {a.full}, {clin.written} at {hosp}, said: {q2}"
    return text, [_i(clause, cw), _d(q2, a, t)], (a,), [co, hosp, drug], ()


# --- 13. controls -------------------------------------------------------------------------------------------

_NICKS = ("the Whale", "the Toaster", "Old Rattler", "the Lighthouse")


def _controls(x: Slot, s: int) -> Shaped:
    a, ra, uni, m = x.a, x.ra, x.uni.name, x.m
    q = x.q()
    narr = pick(NARRATIVE58, x.k)
    if s == 0:
        marked = m.q(pick(STUDY_TITLES58, x.k))
        text = f"The paper, titled {marked}, appeared in {x.journal} on {x.day}."
        return text, [], (), [x.journal], (marked,)
    if s == 1:
        marked = m.q(pick(SCARE58, x.k))
        text = f"So-called {marked} turned up in 31 of the samples. {q} said {a.full}, {ra.written} at {uni}."
        return text, [_d(q, a, _t(ra.noun, uni))], (a,), [uni], (marked,)
    if s == 2:
        marked = m.q(pick(TRIALS58, x.k))
        text = f"The trial, known as {marked}, tested {pick(DRUGS58, x.k)} against a placebo. {narr}"
        return text, [], (), [], (marked,)
    if s == 3:
        sent = "The study asked a simple question: does a short walk after dinner help people sleep?"
        text = f"{sent} {narr}"
        return text, tolerate(text, sent, ("study", "the study")), (), [], ()
    if s == 4:
        text = f"{narr} {pick(NARRATIVE58, x.k + 2)}"
        return text, [], (), [], ()
    if s == 5:
        marked = m.q(pick(_NICKS, x.k))
        text = f"The scanner, known on the ward as {marked}, cost {x.hosp} four million. {narr}"
        return text, [], (), [x.hosp], (marked,)
    if s == 6:
        co, _ = pick(_DRUGCOS, x.k)
        marked = m.q(pick(DRUGS58, x.k))
        text = f"{co} will sell the drug under the brand name {marked} from next year."
        return text, [], (), [co], (marked,)
    if s == 7:
        marked = m.q(pick(SCARE58, x.k + 1))
        text = f"Dr. {a.full} has spent a decade studying the so-called {marked} in mice."
        return text, [], (a,), [], (marked,)
    text = f"{a.full}, {ra.written} at {uni}, has studied {pick(_WORKS, x.k)} since 2015. {narr}"
    return text, [], (a,), [uni], ()


# --- the round ----------------------------------------------------------------------------------------------


def _named(
    name: str, group: str, description: str, shape: Shape, *, shapes: int = 8, n: int = 250
) -> Capability:
    return named(f"heldout58.{name}", group, description, unique_texts(_gen(name, shape, shapes, n)))


HELD_OUT_58: tuple[Capability, ...] = (
    _named(
        "study_authors",
        "6",
        "the study found that; said NAME, the study's lead author and ROLE at UNI",
        _authors,
    ),
    _named("outside_experts", "6", "said NAME, ROLE at UNI who was not involved in the study", _experts),
    _named(
        "agencies",
        "5",
        "AGENCY said in guidance; according to AGENCY; a spokeswoman for AGENCY",
        _agencies,
        n=280,
    ),
    _named(
        "doctors", "6", "Dr. NAME, a cardiologist at HOSPITAL, said; HOSPITAL oncologist Dr. NAME", _doctors
    ),
    _named("patients", "2", "said Maya, 34, who asked that her surname not be used", _patients, n=320),
    _named(
        "reports_data",
        "5",
        "figures from BODY show; the report estimates that; according to figures",
        _reports,
        n=380,
    ),
    _named(
        "press_releases",
        "5",
        "said in a statement released by the university; in a news release",
        _releases,
        n=256,
    ),
    _named(
        "journals",
        "5",
        "In an editorial, JOURNAL said; editor-in-chief of JOURNAL; a retraction",
        _journals,
        n=265,
    ),
    _named(
        "hedged_groups",
        "2",
        "researchers believe; scientists say; the authors wrote; experts say",
        _hedged,
        n=375,
    ),
    _named("pronouns_two", "4", "she/he after two researchers of different genders", _pronouns),
    _named(
        "title_refs",
        "4",
        "the professor, the doctor, the researcher, the 52-year-old as second references",
        _titles,
    ),
    _named(
        "clinical_trials",
        "5",
        "the drugmaker said; the trial's principal investigator; approvals",
        _trials,
        n=285,
    ),
    _named(
        "controls",
        "8",
        "study titles, trials, drugs, nicknames, scare terms in marks; figures",
        _controls,
        shapes=9,
        n=420,
    ),
)
