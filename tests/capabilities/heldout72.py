"""Seventy-second held-out round: capabilities written at commit ``3a779430`` by a helper (``hcap78``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout72data.py``: thirty invented people of Czech, Igbo,
Mexican, Swedish, Korean, Irish, Akan, Tamil, Portuguese, Turkish, German, Japanese, Ukrainian, Scottish,
Norwegian, Yoruba, Italian, Persian, English, Basque, Kenyan and Polish origin, each with a gender and an age;
fourteen invented companies with a product and a trade; security labs and universities; regulators,
lawmakers' committees, conferences, outlets, forums, towns and handles; executive, research and regulator
roles with the short reference a story uses later; straight and curly double marks; quotations, reported
clauses, a company's reported clauses with its own *it*, pointed fragments, and the marked words of a tech
story nobody says: app and feature names, model names, version numbers, error messages, commands, passwords
and search terms) as a round of TECHNOLOGY, CYBERSECURITY AND CONSUMER NEWS as a tech desk and a consumer
desk write them. Every case is a short passage (one to five sentences) with one to three people, and every
quotation checks the content (the marks and the words inside them for a direct quotation; the reported
clause, with or without its *that*, for an indirect one), the kind, the canonical full name (a company's
name when the company speaks) and, whenever the text states one, the title with `Contains` of the role noun
and each affiliation stated, with `wrong_speakers` for every other person, body, product, event and outlet.

Conventions: a company that *said in a blog post*, *in an emailed statement* or *in a statement posted on its
website* speaks itself; *the company said*, *the cloud provider said* and *it said* after it are the
company's; an unnamed spokesperson *for BODY* is accepted as the spokesperson or as BODY (the key pins no
title for them); a named spokesperson's title holds *spokesperson* and BODY; a handle in brackets after a
name is no part of the name and no title; an unnamed user or reviewer is accepted under the noun phrases a
fact-checker would write (*one user*, *a user*); a customer's description (*a customer in TOWN*) is no title,
a job (*a nurse from TOWN*) is; a name, version, model, command, password or search term in marks is no
quotation, and an error message shown on a screen may come out only with no speaker; a quotation broken by
its credit is accepted as two quotations or as one span with the credit inside. Key fixes after the one run:
an act of speech with a noun object (*confirmed the outage*, *announced PRODUCT*, *criticised the move*,
*asked about the delay*, *reported lost files*, *both reported problems*), *did not respond to requests for
comment* and what a leaked file *showed* are tolerated as the doer's report or none; the third person of
`pronouns` now has the first person's gender (the key's pronoun was ambiguous).

1. company statements: `BODY said in an emailed statement: "C."`, `"C," a spokesperson for BODY said in an
   emailed statement.`, `BODY said in a blog post that C.`, a named spokesperson, a company that did not
   respond (`company_statements`);
2. executives with long compound titles: `co-founder and chief technology officer of BODY`, `vice president
   of product at BODY`, `BODY chief executive NAME`, `BODY's chief operating officer, NAME,` (`executives`);
3. security researchers with affiliations: `NAME, a researcher at LAB who discovered the flaw, said`,
   `according to NAME, ROLE`, two researchers, mixed fragments on a company (`researchers`);
4. posts and documents: `NAME, BODY's head of security, wrote on LinkedIn:`, posts on X, memos and e-mails to
   staff seen by an outlet, a company's official account (`posts_documents`);
5. product names, versions, commands and passwords in marks beside one real quotation or report
   (`product_marks`);
6. users and customers: `wrote one user on FORUM`, `NAME (@handle), a customer in TOWN,`, app-store
   reviewers, a poster known only by a handle, jobs and ages (`users_customers`);
7. regulators and lawmakers: chairs and commissioners, *Senator NAME, who sits on COMMITTEE*, a regulator's
   statement, `according to REGULATOR`, a hearing with an executive and a senator (`regulators_lawmakers`);
8. conference keynotes: `NAME told the audience at EVENT:`, `Speaking at EVENT in TOWN, NAME said`, `on
   stage at EVENT`, `told the crowd`, two speakers at one event (`keynotes`);
9. pronouns across two or three people of both genders (`pronouns`);
10. second references by surname, *Ms*/*Mr* SURNAME, the age and a short role reference (`second_references`);
11. the company as speaker: `BODY said`, `the company said`, `It said`, `The cloud provider said`, a rival
    named beside it, `according to BODY` (`company_speaker`);
12. quotations split around the attribution, of people and of companies (`split_quotes`);
13. indirect reports: `BODY said it had fixed the bug`, `according to NAME`, `C, according to NAME`, `told
    OUTLET that`, `warned that` (`indirect_reports`);
14. controls: launches, versions, passwords, commands, searches, error messages, scare quotes and schedules
    where nobody speaks (`controls`).
"""

# The lambdas that compute a case's expected quotations are called in the iteration that defines them.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, unique_texts
from heldout72data import (
    BODY_CLAUSES72,
    CLAUSES72,
    COMMANDS72,
    COMMITTEES72,
    DAYS72,
    ERRORS72,
    EVENTS72,
    EXEC72,
    FACTS72,
    FIRMS72,
    FORUMS72,
    FRAGS72,
    HANDLES72,
    LABS72,
    MARKS72,
    NAMES72,
    OUTLETS72,
    PASSWORDS72,
    PEOPLE72,
    QUOTES72,
    REGROLES72,
    REGULATORS72,
    RESEARCH72,
    SEARCHES72,
    TAILS72,
    TOWNS72,
    USERS72,
    Firm,
    Role72,
)
from heldout_kit import Mark, Person, alts, called_report, segmented, span, tolerate
from heldout_kit import cap as _cap
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import that_report as _that_report

# --- slots --------------------------------------------------------------------------------------------------


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _noart(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def _other(a: Person, step: int, *, opp: bool = True, avoid: Sequence[Person] = ()) -> Person:
    """Another person of another culture than *a* (of the other gender when *opp*, else of *a*'s; key fix:
    the third person of `pronouns` had any gender), none of *avoid*."""
    pool = [
        p
        for p in PEOPLE72
        if p != a and p not in avoid and p.culture != a.culture and (p.gender != a.gender) == opp
    ]
    return pool[step % len(pool)]


@frozen
class Slot:
    """The fillers of one case, mixed from its index."""

    n: int
    a: Person
    b: Person
    c: Person
    f: Firm
    f2: Firm
    m: Mark
    lab: str
    reg: str
    event: str
    outlet: str
    town: str
    day: str

    def q(self, step: int = 0, end: str = ".") -> str:
        return self.m.q(_pick(QUOTES72, self.n + step * 7) + end)

    def cl(self, step: int = 0) -> str:
        return _pick(CLAUSES72, self.n * 3 + step * 5)

    def bc(self, step: int = 0) -> str:
        return _pick(BODY_CLAUSES72, self.n + step * 3)

    def ex(self, step: int = 0) -> Role72:
        return _pick(EXEC72, self.n // 3 + step * 4)

    def rs(self, step: int = 0) -> Role72:
        return _pick(RESEARCH72, self.n // 2 + step)

    def rg(self, step: int = 0) -> Role72:
        return _pick(REGROLES72, self.n // 5 + step)


def _slot(n: int) -> Slot:
    a = _pick(PEOPLE72, n * 7 + n // 30)
    b = _other(a, n // 3)
    c = _other(a, n // 5 + 1, opp=False, avoid=(b,))
    f = _pick(FIRMS72, n * 5 + n // 14)
    f2 = _pick(FIRMS72, n * 5 + n // 14 + 3 + n % 4)
    return Slot(
        n,
        a,
        b,
        c,
        f,
        f2,
        _pick(MARKS72, n // 2),
        _pick(LABS72, n * 3 + n // 8),
        _pick(REGULATORS72, n + n // 6),
        _pick(EVENTS72, n * 5 + n // 6),
        _pick(OUTLETS72, n + n // 5),
        _pick(TOWNS72, n * 2 + n // 7),
        _pick(DAYS72, n * 3 + n // 5),
    )


# --- expectations -------------------------------------------------------------------------------------------


def _t(role: Role72, body: str) -> Contains:
    return Contains(tuple(p.format(f=_noart(body)) for p in role.parts))


def _names(p: Person | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person) else p


def _d(content: str, p: Person | NameSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    kind = "person" if isinstance(p, Person) else ANY
    return Expect(content, "direct", _names(p), title, kind, occurrence=occurrence)


def _r(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause, with or without its *that*."""
    return _that_report(text, clause, _names(p), title)


def _ri(content: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause with no conjunction to take."""
    kind = "person" if isinstance(p, Person) else ANY
    return Expect(content, "indirect", _names(p), title, kind)


def _marked_report(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause holding a name in marks (no quotation): indirect, or mixed for the marks."""
    opts = ((f"that {clause}", ("indirect", "mixed")), (clause, ("indirect", "mixed")))
    return segmented(text, opts, _names(p), title)


def _mixed(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A reported clause with a quoted fragment (kind mixed), with or without its *that*."""
    return _mixed_report(text, clause, _names(p), title)


def _spokes(body: str) -> tuple[str, ...]:
    """The names a key accepts for an unnamed spokesperson for *body*."""
    bare = _noart(body)
    return (
        f"a spokesperson for {bare}",
        f"spokesperson for {bare}",
        f"{bare} spokesperson",
        "spokesperson",
        "a spokesperson",
        bare,
    )


def _firm(f: Firm) -> tuple[str, ...]:
    return (f.name,)


def _groups(text: str, parts: Sequence[str], p: Person | NameSpec, title: TitleSpec) -> list[Expect]:
    """Consecutive parts of one quotation broken by its credit: each grouping into spans is right."""
    n = len(parts)
    options: list[list[Expect]] = []
    for cuts in itertools.product((True, False), repeat=n - 1):
        option: list[Expect] = []
        start = 0
        for i in range(n):
            if i == n - 1 or cuts[i]:
                content = span(text, parts[start], parts[i]) if i > start else parts[i]
                option.append(_d(content, p, title))
                start = i + 1
        options.append(option)
    return alts(text, *options)


def _case(
    template: str, text: str, expects: Sequence[Expect], people: Sequence[Person], others: Sequence[str] = ()
) -> Case:
    """A case: every quotation given to a person, body, product, event or outlet its key does not accept is
    wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = (
            set() if spec is None else ({_bare(spec)} if isinstance(spec, str) else {_bare(s) for s in spec})
        )
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted and o:
                wrong.append((e.content, _noart(o)))
    return Case("", template, text, list(expects), wrong_speakers=wrong)


Shaped = tuple[str, list[Expect], Sequence[Person], Sequence[str]]


def _gen(
    prefix: str, shapes: int, total: int, make: Callable[[Slot, int], Shaped]
) -> Callable[[], Iterator[Case]]:
    def generate() -> Iterator[Case]:
        for n in range(total):
            shape = n % shapes
            text, expects, people, others = make(_slot(n), shape)
            yield _case(f"ho72-{prefix}-{shape}", text, expects, people, others)

    return generate


# --- 1. company statements ----------------------------------------------------------------------------------


def _statements(x: Slot, shape: int) -> Shaped:
    """`BODY said in an emailed statement: "C."`, `"C," a spokesperson for BODY said in an emailed
    statement.`, `BODY said in a blog post that C.`, a named spokesperson, a company that did not respond."""
    f, f2, a, q = x.f, x.f2, x.a, x.q(0)
    qc = x.q(0, ",")
    firms = [f.name, f2.name, f.product]
    if shape == 0:
        text = f"{f.name} said in an emailed statement: {q}"
        return text, [_d(q, _firm(f))], (a,), [f2.name, f.product]
    if shape == 1:
        text = f"{qc} a spokesperson for {f.name} said in an emailed statement."
        return text, [_d(qc, _spokes(f.name))], (a,), [f2.name, f.product]
    if shape == 2:
        text = f"{f.name} said in a blog post on {x.day} that {x.bc()}."
        return text, [_r(text, x.bc(), _firm(f))], (a,), [f2.name, f.product]
    if shape == 3:
        text = f"Customers of {f.product} reported lost files on {x.day}. In a statement, {f.name} said: {q}"
        # key fix: *reported lost files* (an act of speech with a noun object): the customers' report or none
        told = tolerate(text, f"reported lost files on {x.day}", (f"Customers of {f.product}", "customers"))
        return text, [*told, _d(q, _firm(f))], (a,), [f2.name, f.product]
    if shape == 4:
        text = f"{qc} {f.name} said in a statement posted on its website."
        return text, [_d(qc, _firm(f))], (a,), [f2.name, f.product]
    if shape == 5:
        spk = "spokesperson"
        text = f"A {spk} for {f.name}, {a.full}, said in an email that {x.cl()}."
        return text, [_r(text, x.cl(), a, Contains((spk, f.name)))], (a,), firms
    if shape == 6:
        text = f"{f.name}, the {f.trade}, said in a statement on {x.day} that {x.bc()}."
        return text, [_r(text, x.bc(), _firm(f))], (a,), [f2.name, f.product]
    if shape == 7:
        role = x.ex()
        text = (
            f"{a.full}, {role.at(f.name)}, was not available for comment. "
            f"In an emailed statement, the company said: {q}"
        )
        return text, [_d(q, _firm(f))], (a,), [f2.name, f.product]
    if shape == 8:
        text = f"{qc} said a statement from {f.name}."
        return text, [_d(qc, (f.name, f"statement from {f.name}", "statement"))], (a,), [f2.name]
    text = (
        f"{f.name} did not respond to requests for comment on "
        f"{x.day}. {qc} a spokesperson for {f2.name} said."
    )
    # key fix: *did not respond to requests for comment* is tolerated as the company's stance or none
    told = tolerate(text, "requests for comment", (f.name,))
    return text, [*told, _d(qc, _spokes(f2.name))], (a,), [f.name, f.product]


# --- 2. executives ------------------------------------------------------------------------------------------


def _executives(x: Slot, shape: int) -> Shaped:
    """Long compound titles after the name and before it; two executives of rival companies."""
    f, f2, a, b = x.f, x.f2, x.a, x.b
    ra, rb = x.ex(), x.ex(1)
    ta, tb = _t(ra, f.name), _t(rb, f2.name)
    q, qc = x.q(0), x.q(0, ",")
    others = [f.name, f2.name, f.product, x.outlet]
    if shape == 0:
        text = f"{a.full}, {ra.at(f.name)}, said: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 1:
        text = f"{qc} said {a.full}, {ra.at(f.name)}."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 2:
        text = f"{qc} {a.full}, {ra.at(f.name)}, told {x.outlet}."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 3:
        text = f"{f.name} chief executive {a.full} said {x.cl()}."
        return text, [_r(text, x.cl(), a, Contains(("chief executive", f.name)))], (a,), others
    if shape == 4:
        text = f"{f.name} co-founder {a.full} told investors on {x.day} that {x.cl()}."
        return text, [_r(text, x.cl(), a, Contains(("co-founder", f.name)))], (a,), others
    if shape == 5:
        text = f"{a.full}, who co-founded {f.name} in 2014 and now runs its product team, said: {q}"
        return text, [_d(q, a)], (a,), others
    if shape == 6:
        q2 = x.q(3, ",")
        text = (
            f"{qc} said {a.full}, {ra.at(f.name)}. {b.full}, {rb.at(f2.name)}, disagreed. {q2} {b.last} said."
        )
        return text, [_d(qc, a, ta), _d(q2, b, tb)], (a, b), others
    if shape == 7:
        text = f"On a call with analysts, {a.full}, {ra.at(f.name)}, said that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    text = f"{_poss(f.name)} chief operating officer, {a.full}, said: {q}"
    return text, [_d(q, a, Contains(("chief operating officer", f.name)))], (a,), others


# --- 3. researchers -----------------------------------------------------------------------------------------


def _researchers(x: Slot, shape: int) -> Shaped:
    """Security researchers with affiliations; the company they reported to never speaks."""
    f, a, b, lab = x.f, x.a, x.b, x.lab
    ra = x.rs()
    ta = _t(ra, lab)
    q, qc = x.q(0), x.q(0, ",")
    others = [f.name, f.product, lab]
    if shape == 0:
        text = f"{a.full}, {ra.at(lab)}, said: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 1:
        text = f"{qc} said {a.full}, {ra.at(lab)}."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 2:
        text = f"{a.full}, {ra.at(lab)}, said {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 3:
        text = f"According to {a.full}, {ra.at(lab)}, {x.cl()}."
        return text, [_ri(x.cl(), a, ta)], (a,), others
    if shape == 4:
        text = f"{a.full}, {ra.at(lab)}, wrote in a blog post that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 5:
        text = f"The flaw in {f.product} was found by {a.full}, {ra.at(lab)}. {qc} {a.pronoun} said."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 6:
        frag = x.m.q(_pick(FRAGS72, x.n))
        clause = f"{f.name} had been {frag} in its response"
        text = f"{a.full}, {ra.at(lab)}, said {clause}."
        return text, [_mixed(text, clause, a, ta)], (a,), others
    lab2 = _pick(LABS72, x.n * 3 + 1) if _pick(LABS72, x.n * 3 + 1) != lab else _pick(LABS72, x.n * 3 + 2)
    rb = x.rs(1)
    text = (
        f"{a.full}, {ra.at(lab)}, and {b.full}, {rb.at(lab2)}, found the bug in {f.product}. "
        f"{qc} {b.last} said."
    )
    return text, [_d(qc, b, _t(rb, lab2))], (a, b), [*others, lab2]


# --- 4. posts and documents ---------------------------------------------------------------------------------


def _posts(x: Slot, shape: int) -> Shaped:
    """LinkedIn and X posts, memos and e-mails to staff, a company's official account."""
    f, a, b = x.f, x.a, x.b
    ra = x.ex()
    ta = _t(ra, f.name)
    q, qc = x.q(0), x.q(0, ",")
    others = [f.name, f.product, x.outlet, "LinkedIn"]
    if shape == 0:
        text = f"{a.full}, {_poss(f.name)} head of security, wrote on LinkedIn: {q}"
        return text, [_d(q, a, Contains(("head of security", f.name)))], (a,), others
    if shape == 1:
        text = f"{qc} {a.full} wrote in a post on X on {x.day}."
        return text, [_d(qc, a)], (a,), others
    if shape == 2:
        text = f"In a LinkedIn post, {a.full}, {ra.at(f.name)}, wrote that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 3:
        text = f"{f.name} said in a blog post: {q}"
        return text, [_d(q, _firm(f))], (a,), [f.product]
    if shape == 4:
        text = f"{a.full}, {ra.at(f.name)}, posted on X: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 5:
        text = f"In an email to staff seen by {x.outlet}, {a.full}, {ra.at(f.name)}, wrote: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 6:
        text = f"{f.name} wrote in a post on its official account that {x.bc()}."
        return text, [_r(text, x.bc(), _firm(f))], (a,), [f.product]
    if shape == 7:
        text = f"{a.full}, {ra.at(f.name)}, said in a video posted to the company blog that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 8:
        text = f"{qc} {a.full}, {ra.at(f.name)}, wrote in a memo to employees."
        return text, [_d(qc, a, ta)], (a,), others
    rb = x.ex(2)
    text = (
        f"{b.full}, {rb.at(f.name)}, shared the post on {x.day}. {a.full}, {ra.at(f.name)}, had written "
        f"on LinkedIn: {q}"
    )
    return text, [_d(q, a, ta)], (a, b), others


# --- 5. product names in marks beside one real quotation ----------------------------------------------------


def _products(x: Slot, shape: int) -> Shaped:
    """App and feature names, versions, commands, passwords and searches in marks, with one quotation."""
    f, a, m = x.f, x.a, x.m
    ra = x.ex()
    ta = _t(ra, f.name)
    name = m.q(_pick(NAMES72, x.n + x.n // 10))
    qc, q = x.q(0, ","), x.q(0)
    ver = f"{4 + x.n % 5}.{x.n % 3}.{x.n % 7}"
    others = [f.name, f.product, _pick(NAMES72, x.n + x.n // 10)]
    if shape == 0:
        text = f"The update, called {name}, reaches phones on {x.day}. {qc} said {a.full}, {ra.at(f.name)}."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 1:
        text = f"{f.name} released version {ver} of {name} on {x.day}. {a.full}, {ra.at(f.name)}, said: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 2:
        cmd = m.q(_pick(COMMANDS72, x.n))
        text = f"Users who typed {cmd} lost their settings. {a.full}, {ra.at(f.name)}, said: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 3:
        rs = x.rs()
        clause = f"the most common password in the leaked file was {m.q(_pick(PASSWORDS72, x.n))}"
        text = f"{a.full}, {rs.at(x.lab)}, said {clause}."
        return text, [_marked_report(text, clause, a, _t(rs, x.lab))], (a,), [*others, x.lab]
    if shape == 4:
        err = m.q(_pick(ERRORS72, x.n))
        region = f"The app showed the message {err} to thousands of users on {x.day}."
        text = f"{region} {qc} {a.full}, {ra.at(f.name)}, said."
        return text, [*tolerate(text, region), _d(qc, a, ta)], (a,), others
    if shape == 5:
        clause = f"the new model, {name}, would ship in the spring"
        text = f"{a.full}, {ra.at(f.name)}, said {clause}."
        return text, [_marked_report(text, clause, a, ta)], (a,), others
    if shape == 6:
        frag = m.q(_pick(FRAGS72, x.n))
        text = (
            f"{name} is now available in {12 + x.n % 30} countries. "
            f"{a.full}, {ra.at(f.name)}, called the launch {frag}."
        )
        return text, [called_report(text, "the launch", frag, a, title=ta)], (a,), others
    search = m.q(_pick(SEARCHES72, x.n))
    text = f"Searches for {search} rose sharply on {x.day}. {qc} {a.full}, {ra.at(f.name)}, told {x.outlet}."
    return text, [_d(qc, a, ta)], (a,), [*others, x.outlet]


# --- 6. users and customers ---------------------------------------------------------------------------------


def _users(x: Slot, shape: int) -> Shaped:
    """Forum users, customers with handles, reviewers, jobs and ages."""
    f, a, town = x.f, x.a, x.town
    q, qc = x.q(0), x.q(0, ",")
    handle = _pick(HANDLES72, x.n + x.n // 6)
    forum = _pick(FORUMS72, x.n // 2)
    who: tuple[str, ...]
    others = [f.name, f.product, town, x.outlet, handle]
    if shape == 0:
        who = (
            "one user",
            "user",
            "a user",
            f"one user on {_noart(forum)}",
            f"user on {_noart(forum)}",
        )
        text = f"{f.name} said service was restored by noon. {qc} wrote one user on {forum}."
        return (
            text,
            [_r(text, "service was restored by noon", _firm(f)), _d(qc, who)],
            (a,),
            [f.product, town],
        )
    if shape == 1:
        text = f"{a.full} ({handle}), a customer in {town}, wrote on X: {q}"
        return text, [_d(q, a)], (a,), others
    if shape == 2:
        text = f"{a.full}, a {a.age}-year-old teacher in {town} who uses {f.product}, said: {q}"
        return text, [_d(q, a, Contains("teacher"))], (a,), others
    if shape == 3:
        who = ("one reviewer", "reviewer", "a reviewer", "one reviewer on the app store")
        text = f"{f.product} dropped to two stars this week. One reviewer on the app store wrote: {q}"
        return text, [_d(q, who)], (a,), [f.name, f.product]
    if shape == 4:
        clause = _pick(USERS72, x.n)
        text = f"{a.full}, who runs a bakery in {town}, said {clause}."
        return text, [_r(text, clause, a)], (a,), others
    if shape == 5:
        job = a.kin("nurse", "paramedic")
        text = f"{qc} {a.full}, a {job} from {town}, told {x.outlet}."
        return text, [_d(qc, a, Contains(job))], (a,), others
    if shape == 6:
        who = (handle, handle[1:], "user", "a user", f"a user posting as {handle}")
        text = f"A user posting as {handle} wrote: {q}"
        return text, [_d(q, who)], (a,), [f.name, f.product]
    text = f"{a.full}, a student in {town}, bought {f.product} in March. {qc} {a.pronoun} said."
    return text, [_d(qc, a, Contains("student"))], (a,), others


# --- 7. regulators and lawmakers ----------------------------------------------------------------------------


def _regulators(x: Slot, shape: int) -> Shaped:
    """Chairs, commissioners and senators; a regulator's statement; a hearing."""
    f, a, b, m, reg = x.f, x.a, x.b, x.m, x.reg
    ra = x.rg()
    ta = _t(ra, reg)
    q, qc = x.q(0), x.q(0, ",")
    comm = _pick(COMMITTEES72, x.n // 3)
    others = [f.name, f.product, reg, comm]
    if shape == 0:
        text = f"{a.full}, {ra.at(reg)}, said: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 1:
        text = f"Senator {a.full}, who sits on {comm}, said {x.cl()}."
        return text, [_r(text, x.cl(), a, Contains("Senator"))], (a,), others
    if shape == 2:
        clause = f"it had opened an inquiry into {f.name}"
        text = f"{_cap(reg)} said in a statement on {x.day} that {clause}."
        return text, [_r(text, clause, (_noart(reg),))], (a,), [f.name, f.product]
    if shape == 3:
        text = f"{qc} said {a.full}, {ra.at(reg)}."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 4:
        frag = m.q(_pick(FRAGS72, x.n))
        text = f"Representative {a.full}, a member of {comm}, called the breach {frag}."
        return (
            text,
            [called_report(text, "the breach", frag, a, title=Contains("Representative"))],
            (a,),
            others,
        )
    if shape == 5:
        clause = f"{f.name} faces a fine of up to 4% of its annual revenue"
        text = f"{clause}, according to {reg}."
        return text, [_ri(clause, (_noart(reg),))], (a,), [f.name, f.product]
    if shape == 6:
        text = f"{a.full}, {ra.at(reg)}, told {comm} on {x.day} that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    re_ = x.ex()
    q2 = x.q(4)
    text = (
        f"{a.full}, {re_.at(f.name)}, was questioned by lawmakers on {x.day}. {qc} {a.last} said. "
        f"Senator {b.full} replied: {q2}"
    )
    return text, [_d(qc, a, _t(re_, f.name)), _d(q2, b, Contains("Senator"))], (a, b), others


# --- 8. conference keynotes ---------------------------------------------------------------------------------


def _keynotes(x: Slot, shape: int) -> Shaped:
    """`NAME told the audience at EVENT:`, `Speaking at EVENT in TOWN, NAME said`, on stage, the crowd."""
    f, a, b, ev = x.f, x.a, x.b, x.event
    ra, rb = x.ex(), x.ex(2)
    ta = _t(ra, f.name)
    q, qc = x.q(0), x.q(0, ",")
    others = [f.name, f.product, ev, x.town, "audience", "the crowd"]
    if shape == 0:
        text = f"{a.full}, {ra.at(f.name)}, told the audience at {ev}: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 1:
        text = f"Speaking at {ev} in {x.town}, {a.full}, {ra.at(f.name)}, said {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 2:
        text = f"{qc} {a.full} said on stage at {ev} on {x.day}."
        return text, [_d(qc, a)], (a,), others
    if shape == 3:
        text = (
            f"{a.full}, {ra.at(f.name)}, opened {ev} with a demonstration "
            f"of {f.product}. {qc} {a.pronoun} told the crowd."
        )
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 4:
        text = f"At {ev}, {a.full}, {ra.at(f.name)}, said: {q}"
        return text, [_d(q, a, ta)], (a,), others
    if shape == 5:
        text = (
            f"{a.full}, {ra.at(f.name)}, used {a.poss} keynote at "
            f"{ev} to announce {f.product}. {qc} {a.pronoun} said."
        )
        # key fix: *to announce PRODUCT* (an act of speech with a noun object) is the speaker's report or none
        told = tolerate(text, f"to announce {f.product}", (a.full,))
        return text, [*told, _d(qc, a, ta)], (a,), others
    if shape == 6:
        q2 = x.q(5)
        text = f"{qc} {a.full}, {ra.at(f.name)}, told developers at {ev}. {q2}"
        return text, _groups(text, [qc, q2], a, ta), (a,), others
    text = (
        f"{a.full}, {ra.at(f.name)}, spoke first at {ev}. {b.full}, {rb.at(x.f2.name)}, followed "
        f"{a.obj}. {qc} {b.last} said."
    )
    return text, [_d(qc, b, _t(rb, x.f2.name))], (a, b), [*others, x.f2.name]


# --- 9. pronouns across people of both genders -------------------------------------------------------------


def _pronouns(x: Slot, shape: int) -> Shaped:
    """Two or three people of both genders and a later *he*, *she*, *He said*, *She said that*."""
    f, f2, a, b, c = x.f, x.f2, x.a, x.b, x.c
    ra, rb = x.ex(), x.rs()
    ta, tb = _t(ra, f.name), _t(rb, x.lab)
    q, qc = x.q(0), x.q(0, ",")
    others = [f.name, f2.name, f.product, x.lab]
    if shape == 0:
        text = (
            f"{a.full}, {ra.at(f.name)}, and {b.full}, {rb.at(x.lab)}, "
            f"both spoke on {x.day}. {qc} {a.pronoun} said."
        )
        return text, [_d(qc, a, ta)], (a, b), others
    if shape == 1:
        text = (
            f"{a.full}, {ra.at(f.name)}, met {b.full}, {rb.at(x.lab)}, "
            f"on {x.day}. {_cap(b.pronoun)} said {x.cl()}."
        )
        return text, [_r(text, x.cl(), b, tb)], (a, b), others
    if shape == 2:
        clause = "the company had moved quickly"
        text = (
            f"{a.full}, {ra.at(f.name)}, said {clause}. {b.full}, {rb.at(x.lab)}, was less sure. "
            f"{qc} {b.pronoun} said."
        )
        return text, [_r(text, clause, a, ta), _d(qc, b, tb)], (a, b), others
    if shape == 3:
        text = (
            f"{a.full}, {ra.at(f.name)}, and {b.full}, {rb.at(x.lab)}, answered questions. "
            f"{qc} {b.pronoun} said. {_cap(a.pronoun)} said later that {x.cl(1)}."
        )
        return text, [_d(qc, b, tb), _r(text, x.cl(1), a, ta)], (a, b), others
    if shape == 4:
        text = (
            f"{b.full}, {rb.at(x.lab)}, introduced {a.full}, "
            f"{ra.at(f.name)}, on {x.day}. {_cap(a.pronoun)} said: {q}"
        )
        return text, [_d(q, a, ta)], (a, b), others
    rc = x.ex(3)
    text = (
        f"{a.full}, {ra.at(f.name)}, {b.full}, {rb.at(x.lab)}, and {c.full}, {rc.at(f2.name)}, "
        f"sat on the panel. {qc} {b.pronoun} said."
    )
    return text, [_d(qc, b, tb)], (a, b, c), others


# --- 10. second references ----------------------------------------------------------------------------------


def _second(x: Slot, shape: int) -> Shaped:
    """A title stated once, then the surname, Ms/Mr SURNAME, the age or the short role reference."""
    f, a, b = x.f, x.a, x.b
    ra, rb = x.ex(), x.rs()
    ta, tb = _t(ra, f.name), _t(rb, x.lab)
    q, qc = x.q(0), x.q(0, ",")
    others = [f.name, f.product, x.lab]
    mr = a.kin("Ms", "Mr")
    if shape == 0:
        text = f"{a.full}, {ra.at(f.name)}, announced {f.product} on {x.day}. {qc} {a.last} said."
        # key fix: *announced PRODUCT* (an act of speech with a noun object) is the speaker's report or none
        told = tolerate(text, f"announced {f.product} on {x.day}", (a.full,))
        return text, [*told, _d(qc, a, ta)], (a,), others
    if shape == 1:
        text = f"{a.full}, {ra.at(f.name)}, spent a decade at {x.f2.name}. {qc} said {a.last}."
        return text, [_d(qc, a, ta)], (a,), [*others, x.f2.name]
    if shape == 2:
        text = (
            f"{a.full}, {ra.at(f.name)}, and {b.full}, {rb.at(x.lab)}, disagreed on {x.day}. "
            f"{qc} {b.last} said. {a.last} said {x.cl(2)}."
        )
        return text, [_d(qc, b, tb), _r(text, x.cl(2), a, ta)], (a, b), others
    if shape == 3:
        text = f"{a.full}, {ra.at(f.name)}, spoke to reporters on {x.day}. {qc} {mr} {a.last} said."
        return text, [_d(qc, a, ta)], (a,), others
    if shape == 4:
        text = f"{a.full}, {ra.at(f.name)}, has run the team since 2019. The {a.age}-year-old said {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 5:
        text = (
            f"{a.full}, {ra.at(f.name)}, faced questions about {f.product} on {x.day}. "
            f"The {ra.short} said: {q}"
        )
        return text, [_d(q, a, ta)], (a,), others
    text = (
        f"{a.full}, {ra.at(f.name)}, was at the launch. {b.full}, {rb.at(x.lab)}, was not. "
        f"{qc} {a.last} said."
    )
    return text, [_d(qc, a, ta)], (a, b), others


# --- 11. the company as speaker -----------------------------------------------------------------------------


def _company(x: Slot, shape: int) -> Shaped:
    """`BODY said`, `the company said`, `It said`, the company's trade as its second reference, a rival."""
    f, f2, a = x.f, x.f2, x.a
    qc = x.q(0, ",")
    ra = x.ex()
    others = [f2.name, f.product]
    if shape == 0:
        text = f"{f.name} confirmed the outage on {x.day}. {qc} the company said."
        # key fix: *confirmed the outage* (an act of speech with a noun object): the company's report or none
        told = tolerate(text, f"confirmed the outage on {x.day}", (f.name,))
        return text, [*told, _d(qc, _firm(f))], (a,), others
    if shape == 1:
        text = f"{f.name} said {x.bc()}."
        return text, [_r(text, x.bc(), _firm(f))], (a,), others
    if shape == 2:
        text = f"{f.name} apologised to customers on {x.day}. It said {x.bc(1)}."
        return text, [_r(text, x.bc(1), _firm(f))], (a,), others
    if shape == 3:
        q2 = x.q(2)
        text = f"{qc} {f.name} said. {q2}"
        return text, _groups(text, [qc, q2], _firm(f), ANY), (a,), others
    if shape == 4:
        text = f"{f.name}, which makes {f.product}, said in a filing that {x.cl()}."
        return text, [_r(text, x.cl(), _firm(f))], (a,), others
    if shape == 5:
        text = f"{a.full}, {ra.at(f2.name)}, criticised the move. {f.name} said {x.bc()}."
        # key fix: *criticised the move* (an act of speech with a noun object) is the critic's report or none
        told = tolerate(text, "criticised the move", (a.full,))
        return text, [*told, _r(text, x.bc(), _firm(f))], (a,), others
    if shape == 6:
        text = f"{f.name} and {f2.name} both reported problems on {x.day}. {f2.name} said {x.bc()}."
        # key fix: *both reported problems* is the two companies' report (together) or none
        told = tolerate(text, f"reported problems on {x.day}", (f"{f.name}; {f2.name}",))
        return text, [*told, _r(text, x.bc(), _firm(f2))], (a,), [f.name, f2.product]
    if shape == 7:
        text = f"Shares in {f.name} fell 6% on {x.day}. The {f.trade} said {x.bc(2)}."
        return text, [_r(text, x.bc(2), _firm(f))], (a,), others
    fact = _pick(FACTS72, x.n)
    text = f"According to {f.name}, {fact}."
    return text, [_ri(fact, _firm(f))], (a,), others


# --- 12. quotations split around the attribution ------------------------------------------------------------


def _splits(x: Slot, shape: int) -> Shaped:
    """`"C1," NAME, ROLE, said, "c2."`, `"C1," said NAME, "c2."`, a company's split statement."""
    f, a, b, m = x.f, x.a, x.b, x.m
    ra, rb = x.ex(), x.rs()
    ta = _t(ra, f.name)
    h1, h2 = x.q(0, ","), m.q(_pick(TAILS72, x.n // 2))
    others = [f.name, f.product, x.lab]
    if shape == 0:
        text = f"{h1} {a.full}, {ra.at(f.name)}, said, {h2}"
        return text, _groups(text, [h1, h2], a, ta), (a,), others
    if shape == 1:
        text = f"{h1} said {a.full}, {ra.at(f.name)}, {h2}"
        return text, _groups(text, [h1, h2], a, ta), (a,), others
    if shape == 2:
        h3 = x.q(3)
        text = f"{h1} {a.full}, {ra.at(f.name)}, said. {h3}"
        return text, _groups(text, [h1, h3], a, ta), (a,), others
    if shape == 3:
        text = f"{h1} {f.name} said in a statement, {h2}"
        return text, _groups(text, [h1, h2], _firm(f), ANY), (a,), [f.product]
    if shape == 4:
        text = f"{a.full}, {ra.at(f.name)}, paused before answering. {h1} {a.pronoun} said, {h2}"
        return text, _groups(text, [h1, h2], a, ta), (a,), others
    text = f"{b.full}, {rb.at(x.lab)}, asked about the delay. {h1} {a.full}, {ra.at(f.name)}, replied, {h2}"
    # key fix: *asked about the delay* (a question's topic) is the asker's report or none
    told = tolerate(text, "asked about the delay", (b.full,))
    return text, [*told, *_groups(text, [h1, h2], a, ta)], (a, b), others


# --- 13. indirect reports -----------------------------------------------------------------------------------


def _indirect(x: Slot, shape: int) -> Shaped:
    """`BODY said it had fixed the bug`, `according to NAME`, `C, according to NAME`, `told OUTLET that`."""
    f, a = x.f, x.a
    ra = x.ex() if x.n % 2 else x.rs()
    body = f.name if x.n % 2 else x.lab
    ta = _t(ra, body)
    others = [f.name, f.product, x.lab, x.outlet]
    if shape == 0:
        text = f"{f.name} said on {x.day} that {x.bc()}."
        return text, [_r(text, x.bc(), _firm(f))], (a,), [f.product, x.outlet]
    if shape == 1:
        text = f"According to {a.full}, {ra.at(body)}, {x.cl()}."
        return text, [_ri(x.cl(), a, ta)], (a,), others
    if shape == 2:
        text = f"{_cap(x.cl())}, according to {a.full}, {ra.at(body)}."
        return text, [_ri(_cap(x.cl()), a, ta)], (a,), others
    if shape == 3:
        text = f"{a.full}, {ra.at(body)}, told {x.outlet} that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 4:
        text = f"{a.full}, {ra.at(body)}, said on {x.day} that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 5:
        text = f"{a.full}, {ra.at(body)}, warned that {x.cl()}."
        return text, [_r(text, x.cl(), a, ta)], (a,), others
    if shape == 6:
        text = f"{f.name} told customers in an email that {x.bc()}."
        return text, [_r(text, x.bc(), _firm(f))], (a,), [f.product, x.outlet]
    text = f"{a.full}, {ra.at(body)}, confirmed that {x.cl()}."
    return text, [_r(text, x.cl(), a, ta)], (a,), others


# --- 14. controls -------------------------------------------------------------------------------------------


def _controls(x: Slot, shape: int) -> Shaped:
    """Marked words nobody says and sentences that report nothing."""
    f, a, m = x.f, x.a, x.m
    ra = x.ex()
    name = m.q(_pick(NAMES72, x.n // 3))
    ver = f"{3 + x.n % 6}.{x.n % 4}"
    others = [f.name, f.product]
    if shape == 0:
        text = f"{f.name} will release {name} in {10 + x.n % 40} countries on {x.day}."
        return text, [], (a,), others
    if shape == 1:
        text = (
            f"The leaked file showed that {1000 + x.n * 37} accounts "
            f"used the password {m.q(_pick(PASSWORDS72, x.n))}."
        )
        # key fix: what a document *showed* is tolerated as the file's report or none
        return text, tolerate(text, text, ("leaked file", "the leaked file")), (a,), others
    if shape == 2:
        text = (
            f"Typing {m.q(_pick(COMMANDS72, x.n))} into a terminal "
            f"fixed the problem for most users of {f.product}."
        )
        return text, [], (a,), others
    if shape == 3:
        text = f"Searches for {m.q(_pick(SEARCHES72, x.n))} doubled overnight in {x.town}."
        return text, [], (a,), others
    if shape == 4:
        text = f"{a.full}, {ra.at(f.name)}, will speak at {x.event} on {x.day}."
        return text, [], (a,), others
    if shape == 5:
        text = f"Shares in {f.name} rose 4% after the launch of {name} on {x.day}."
        return text, [], (a,), others
    if shape == 6:
        text = f"The {name} feature was switched off for users in {x.town} on {x.day}."
        return text, [], (a,), others
    if shape == 7:
        text = f"{a.full} joined {f.name} in 2021 and now leads the team behind {name}."
        return text, [], (a,), others
    if shape == 8:
        text = f"Version {ver} of {f.product} adds a setting called {name}."
        return text, [], (a,), others
    if shape == 9:
        region = (
            f"The outage left the message {m.q(_pick(ERRORS72, x.n))} "
            f"on screens across {x.town} for most of {x.day}."
        )
        return region, tolerate(region, region), (a,), others
    text = f"Sales of so-called {m.q('smart')} doorbells rose in {x.town} after {f.name} cut prices."
    return text, [], (a,), others


# --- the round ----------------------------------------------------------------------------------------------


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout72.{name}", group, description, unique_texts(gen))


HELD_OUT_72: tuple[Capability, ...] = (
    _named(
        "company_statements",
        "5",
        "said in an emailed statement; a spokesperson for BODY; said in a blog post that",
        _gen("stmt", 10, 250, _statements),
    ),
    _named(
        "executives",
        "6",
        "co-founder and chief technology officer of BODY; BODY chief executive NAME",
        _gen("exec", 9, 250, _executives),
    ),
    _named(
        "researchers",
        "6",
        "NAME, a researcher at LAB who discovered the flaw, said",
        _gen("res", 8, 248, _researchers),
    ),
    _named(
        "posts_documents",
        "5",
        "wrote on LinkedIn; a post on X; a memo to employees",
        _gen("post", 10, 250, _posts),
    ),
    _named(
        "product_marks",
        "8",
        "app names, versions, commands, passwords beside a quotation",
        _gen("prod", 8, 248, _products),
    ),
    _named(
        "users_customers",
        "4",
        "wrote one user on FORUM; NAME (@handle); app-store reviewers",
        _gen("user", 8, 248, _users),
    ),
    _named(
        "regulators_lawmakers",
        "6",
        "chair of REGULATOR; Senator NAME, who sits on COMMITTEE; according to REGULATOR",
        _gen("reg", 8, 248, _regulators),
    ),
    _named(
        "keynotes",
        "4",
        "told the audience at EVENT; Speaking at EVENT in TOWN",
        _gen("key", 8, 248, _keynotes),
    ),
    _named(
        "pronouns", "4", "he/she across two or three people of both genders", _gen("pro", 6, 246, _pronouns)
    ),
    _named(
        "second_references",
        "4",
        "surname, Ms/Mr SURNAME, the N-year-old, the short role",
        _gen("sec", 7, 245, _second),
    ),
    _named(
        "company_speaker",
        "5",
        "BODY said; the company said; It said; the TRADE said",
        _gen("co", 9, 252, _company),
    ),
    _named("split_quotes", "3", '"C1," NAME, ROLE, said, "c2."', _gen("split", 6, 246, _splits)),
    _named(
        "indirect_reports",
        "3",
        "said it had fixed the bug; according to NAME; told OUTLET that",
        _gen("ind", 8, 248, _indirect),
    ),
    _named(
        "controls",
        "8",
        "names, versions, passwords, commands, searches, error messages",
        _gen("ctl", 11, 242, _controls),
    ),
)
