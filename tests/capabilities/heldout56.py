"""Fifty-sixth held-out round: capabilities written at commit ``8ee8143c`` by a helper (``hcap62``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout56data.py``: twenty-four invented people of Hungarian,
Brazilian, Korean, Nigerian, Swedish, Indian, Italian, Polish, Chinese, Mexican, Greek and Dutch origin, each
with a gender and an age; brokerages and research houses; listed companies with the noun a business desk
calls them by (*the carmaker*, *the chipmaker*) and a ticker; startups and venture firms; central banks and
regulators of invented countries; companies whose names look like a person's (*Harriet Quayle Ltd*) or like
common words (*Clear Meadow*); trade publications; products, reports, code names and slogans in marks;
quotations, reported clauses, pointed fragments and narrative sentences) as a round of BUSINESS, MARKETS AND
TECHNOLOGY NEWS as a wire service's business desk or a technology site writes it. Every case is a short
passage (one to five sentences) with one to three people, and every quotation checks the content (the marks
and the words inside them for a direct quotation; the reported clause, with or without its *that*, for an
indirect one; the clause with its marked fragment for a mixed one), the kind, the canonical full name and,
whenever the text states one, the title with `Contains` of the role noun and each affiliation stated, with
`wrong_speakers` for every other person, company, body and outlet in the text.

Conventions: a company, bank or regulator speaks under its own name (a leading *the* is ignored); a
descriptive noun for a company named before (*the carmaker said*, *the company said*, *the central bank said*)
is that company; an unnamed spokesperson speaks as the phrase (*a spokeswoman for BODY*, *spokeswoman*) or as
the body (the README's convention since the eighth round); an unnamed or counted source is the phrase as
written, with or without its count and post-modifier (*people familiar with the matter*, *two people briefed
on the talks*; docs/json.md: an unnamed source stands for itself); *analysts at FIRM* is the phrase or the
firm; a report by a firm speaks for the firm; an outlet a person talks to never speaks; tickers, prices and
towns never speak; a title written with *its* (*NAME, its chief financial officer*) is the role of the company
named before (docs/json.md); a title is checked only where the text states a role (*NAME of FIRM* states the
firm alone); a post stated only by a relative clause (*who founded X*) is checked for its verb's stem;
product, report, project and slogan names in marks, *known as* nicknames and so-called terms are no
quotations.

Key fixes after the one run (errors of the key, not of quotex): the unnamed questioner's question in `Asked
when X would reach shops, NAME said C` is tolerated as no one's (round 49's convention for *Asked whether*);
`NAME said C after meeting OTHER, ROLE of CO2` accepts the reported clause with or without its *after* phrase
(it may close the clause or the frame).

1. analysts with their firm: `said NAME, an analyst at FIRM`, `NAME, chief economist at FIRM, said`, `wrote
   NAME of FIRM in a note to clients`, `FIRM analyst NAME said`, two analysts (`analysts_firms`);
2. executives on earnings calls: `chief executive NAME told analysts on a conference call`, `said on the
   call`, a second reference by title only (`the chief executive said`, `the CFO said`), `Asked about X on
   the call, ROLE NAME said` (`earnings_calls`);
3. companies as speakers: `said in a statement`, `said in a regulatory filing`, `the company said`, `the
   carmaker said` after the named company, `In a filing with REGULATOR, COMPANY said`, two companies
   (`companies_speak`);
4. central banks and regulators: `the central bank said in its policy statement`, `NAME, the governor of
   BANK, told a news conference`, `Governor NAME said`, `the watchdog said` after a fine (`central_banks`);
5. research notes and reports: `according to a report by FIRM`, `analysts at FIRM wrote`, `FIRM said in a
   research note`, `The FIRM report said` (`research_reports`);
6. founders and investors: `Co-founder NAME said`, `said NAME, who founded STARTUP in 2019`, `a partner at
   VC, which led the round`, `STARTUP co-founder NAME told investors` (`founders_investors`);
7. product launches and keynotes: `told the audience at the launch`, `said in a keynote`, a product's name in
   marks beside the quotation, an analyst's reaction (`launches_keynotes`);
8. spokespeople: `a spokeswoman for COMPANY said`, `COMPANY spokesman NAME said`, `a COMPANY spokesperson
   said`, `declined to comment on X but said C`, a named spokesperson beside an absent chief executive
   (`spokespeople`);
9. unnamed sources: `people familiar with the matter said`, `according to two people briefed on the talks`,
   `a person with knowledge of the deal said`, `sources said`, executives speaking on condition of anonymity
   (`unnamed_sources`);
10. tickers and figures near names: `COMPANY (TICK.N) said`, share moves and prices before an analyst's
    quotation, reported clauses full of figures, quotations with percentages (`tickers_figures`);
11. company names that look like people or words: `Harriet Quayle Ltd said`, `an analyst at Miriam Stokes
    Partners`, `Clear Meadow said`, `chief executive of Steady Oak` (`lookalike_names`);
12. interviews with trade publications: `told Chipline Weekly in an interview`, `In an interview with
    OUTLET, NAME said:`, `said in an interview published by OUTLET` (the outlet never speaks)
    (`trade_interviews`);
13. pronouns with two executives of different genders: `NAME, ROLE, and OTHER, its ROLE2, spoke on the
    call. She said C. He said: "Q."`, `took over as ROLE, replacing OTHER`, `she added` past the other
    (`pronouns_two_execs`);
14. controls: products, reports, code names and slogans in marks, ticker and price lines, *known as*
    nicknames and so-called terms, alone or beside one real quotation (`controls`).
"""

# The expectations of a shape are computed from the text it builds, in the call that builds it.

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import product

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout56data import (
    ANALYST_ROLES56,
    CENTRAL_BANKS56,
    CLAUSES56,
    CODENAMES56,
    COMPANIES56,
    DAYS56,
    EXEC_ROLES56,
    FIRMS56,
    FRAGS56,
    MARKS56,
    NARRATIVE56,
    OUTLETS56,
    PEOPLE56,
    PERSONLIKE56,
    PRODUCTS56,
    QUARTERS56,
    QUOTES56,
    REGULATORS56,
    REPORTS56,
    SLOGANS56,
    STARTUPS56,
    TOWNS56,
    VCS56,
    WORDLIKE56,
    Bank,
    Company,
)
from heldout_kit import Mark, Person, alts, mixed_report, pick, poss, span, that_report, tolerate
from heldout_kit import cap as _cap

# --- slots and expectations --------------------------------------------------------------------------------


@frozen
class Slot:
    """One case's fillers: the speaker, a person of the other gender, companies, firms, a mark, an index."""

    a: Person
    b: Person
    co: Company
    co2: Company
    firm: str
    firm2: str
    m: Mark
    k: int

    def q(self, n: int = 0, end: str = ",") -> str:
        """A quotation in the slot's marks, ending in *end* inside the marks."""
        return self.m.q(pick(QUOTES56, self.k + n) + end)

    def c(self, n: int = 0) -> str:
        """A reported clause."""
        return pick(CLAUSES56, self.k + n)

    @property
    def day(self) -> str:
        return pick(DAYS56, self.k)

    @property
    def town(self) -> str:
        return pick(TOWNS56, self.k)

    @property
    def ra(self) -> tuple[str, str]:
        return pick(EXEC_ROLES56, self.k)

    @property
    def rb(self) -> tuple[str, str]:
        return pick(EXEC_ROLES56, self.k + 2)

    @property
    def arole(self) -> tuple[str, str]:
        return pick(ANALYST_ROLES56, self.k)

    @property
    def bank(self) -> Bank:
        return pick(CENTRAL_BANKS56, self.k)

    @property
    def reg(self) -> Bank:
        return pick(REGULATORS56, self.k)


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
    pool = [p for p in PEOPLE56 if p.gender != a.gender and p.culture != a.culture]
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
        combos = product(PEOPLE56, range(shapes), MARKS56, range(3))
        for a, s, m, r in sample(combos, n, f"ho56-{key}"):
            k = PEOPLE56.index(a) * 5 + s * 3 + r * 37 + MARKS56.index(m) * 17
            co, co2 = pick(COMPANIES56, k // 3), pick(COMPANIES56, k // 3 + 5)
            slot = Slot(a, _other(a, k), co, co2, pick(FIRMS56, k // 4), pick(FIRMS56, k // 4 + 3), m, k)
            yield _case(f"ho56-{key}-{s}", shape(slot, s))

    return gen


# --- 1. analysts with their firm ----------------------------------------------------------------------------


def _analysts(x: Slot, s: int) -> Shaped:
    a, b, co, firm = x.a, x.b, x.co, x.firm
    written, noun = x.arole
    t = _t(noun, firm)
    q, c = x.q(), x.c()
    others = [co.name, firm]
    if s == 0:
        text = f"{co.name} shares fell 4% on {x.day}. {q} said {a.full}, {written} at {firm}."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 1:
        text = f"{a.full}, {written} at {firm}, said {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 2:
        text = f"{q} wrote {a.full} of {firm} in a note to clients."
        return text, [_d(q, a, _t(firm))], (a,), others, ()
    if s == 3:
        text = f"In a note to clients, {a.full}, {written} at {firm}, wrote that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 4:
        obj, frag = pick(FRAGS56, x.k)
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{firm} analyst {a.full} said {clause}."
        return text, [_mx(text, clause, a, _t("analyst", firm))], (a,), others, ()
    if s == 5:
        q2 = x.q(3, ".")
        text = f"{a.full}, {written} at {firm}, said {c}. {b.full} of {x.firm2} was less sure: {q2}"
        return text, [_r(text, c, a, t), _d(q2, b, _t(x.firm2))], (a, b), [*others, x.firm2], ()
    if s == 6:
        text = f"{q} said {a.full}, {written} at {firm}, adding that {c}."
        return text, [_d(q, a, t), _r(text, c, a, t)], (a,), others, ()
    text = f"According to {a.full}, {written} at {firm}, {c}."
    return text, [_i(c, a, t)], (a,), others, ()


# --- 2. executives on earnings calls ------------------------------------------------------------------------


def _calls(x: Slot, s: int) -> Shaped:
    a, b, co = x.a, x.b, x.co
    (ra, sa), (rb, sb) = x.ra, x.rb
    q, q2, c = x.q(), x.q(2, "."), x.c()
    qr = pick(QUARTERS56, x.k)
    lead = f"{co.name} reported {qr} results on {x.day}."
    others = [co.name]
    if s == 0:
        text = f"{lead} {_cap(ra)} {a.full} told analysts on a conference call that {c}."
        return text, [_r(text, c, a, _t(ra))], (a,), others, ()
    if s == 1:
        text = f"{lead} {q} {co.name} {ra} {a.full} said on the call."
        return text, [_d(q, a, _t(ra, co.name))], (a,), others, ()
    if s == 2:
        q3 = x.q(4)
        text = f"{a.full}, {poss(co.name)} {ra}, said {c}. {q3} {sa} said."
        return text, [_r(text, c, a, _t(ra, co.name)), _d(q3, a, _t(ra, co.name))], (a,), others, ()
    if s == 3:
        q3 = x.q(5)
        text = f"{co.name} {rb} {b.full} said on the call that {c}. {q3} {sb} said."
        return text, [_r(text, c, b, _t(rb, co.name)), _d(q3, b, _t(rb, co.name))], (b,), others, ()
    if s == 4:
        text = f"{a.full}, the {ra} of {co.name}, said {c}. {b.full}, its {rb}, said: {q2}"
        exp = [_r(text, c, a, _t(ra, co.name)), _d(q2, b, _t(rb, co.name))]
        return text, exp, (a, b), others, ()
    if s == 5:
        q3 = x.q(6)
        text = f"{q} {a.full}, {poss(co.name)} {ra}, told analysts. {q3} {a.pronoun} added."
        return text, [_d(q, a, _t(ra, co.name)), _d(q3, a, _t(ra, co.name))], (a,), others, ()
    if s == 6:
        topic = pick(("the recall", "pricing", "the strike", "the new plant", "the buyback"), x.k)
        text = f"{lead} Asked about {topic} on the call, {ra} {a.full} said {c}."
        return text, [_r(text, c, a, _t(ra))], (a,), others, ()
    text = (
        f"{co.name} ({co.ticker}) posted a {qr} profit on {x.day}. "
        f"{_cap(rb)} {b.full} told analysts that {c}, adding: {q2}"
    )
    return text, [_r(text, c, b, _t(rb)), _d(q2, b, _t(rb))], (b,), others, (co.ticker,)


# --- 3. companies as speakers -------------------------------------------------------------------------------


def _companies(x: Slot, s: int) -> Shaped:
    co, co2 = x.co, x.co2
    q, q2, c, c2 = x.q(), x.q(1, "."), x.c(), x.c(4)
    who = (co.name,)
    if s == 0:
        text = f"{co.name} said in a statement on {x.day} that {c}."
        return text, [_r(text, c, who)], (), [co2.name], ()
    if s == 1:
        text = f"{co.name} said in a regulatory filing that {c}."
        return text, [_r(text, c, who)], (), [co2.name], ()
    if s == 2:
        text = (
            f"{co.name} ({co.ticker}) cut its annual forecast on {x.day}. "
            f"{q} the company said in a statement."
        )
        return text, [_d(q, who)], (), [co2.name], (co.ticker,)
    if s == 3:
        text = f"{co.name} said {c}. The {co.noun} also said {c2}."
        return text, [_r(text, c, who), _r(text, c2, who)], (), [co2.name], ()
    if s == 4:
        text = f"{co.name} shares rose 3% on {x.day}. {q} the {co.noun} said."
        return text, [_d(q, who)], (), [co2.name], ()
    if s == 5:
        reg = x.reg
        text = f"In a filing with {reg.name}, {co.name} said {c}."
        return text, [_r(text, c, who)], (), [reg.name], ()
    if s == 6:
        text = (
            f"{co.name} did not say when its {co.goods} would ship. In a statement, the {co.noun} said: {q2}"
        )
        return text, [_d(q2, who)], (), [co2.name], ()
    text = f"{co.name} said {c}. Rival {co2.name} said in a statement that {c2}."
    return text, [_r(text, c, who), _r(text, c2, (co2.name,))], (), [co.name, co2.name], ()


# --- 4. central banks and regulators ------------------------------------------------------------------------


def _banks(x: Slot, s: int) -> Shaped:
    a, bank, reg, co = x.a, x.bank, x.reg, x.co
    q, q2, c = x.q(), x.q(1, "."), x.c()
    tb = _t(bank.post, bank.name)
    if s == 0:
        text = (
            f"{_cap(bank.name)} left its key rate at 4.25% on {x.day}. "
            f"{q} {bank.noun} said in its policy statement."
        )
        return text, [_d(q, (_nb(bank.name),))], (), [x.town], ()
    if s == 1:
        text = f"{a.full}, the {bank.post} of {bank.name}, told a news conference that {c}."
        return text, [_r(text, c, a, tb)], (a,), [bank.name], ()
    if s == 2:
        text = (
            f"{_cap(bank.name)} raised rates by a quarter point on {x.day}. "
            f"{_cap(bank.post)} {a.full} said {c}."
        )
        return text, [_r(text, c, a, _t(bank.post))], (a,), [bank.name], ()
    if s == 3:
        text = f"{_cap(reg.name)} said in a statement that {c}."
        return text, [_r(text, c, (_nb(reg.name),))], (), [co.name], ()
    if s == 4:
        text = f"{_cap(reg.name)} fined {co.name} $12 million on {x.day}. {q} {reg.noun} said."
        return text, [_d(q, (_nb(reg.name),))], (), [co.name], ()
    if s == 5:
        text = f"{a.full}, {reg.post} of {reg.name}, said: {q2}"
        return text, [_d(q2, a, _t(reg.post, reg.name))], (a,), [reg.name], ()
    if s == 6:
        text = f"{poss(_cap(bank.name))} {bank.post}, {a.full}, told reporters in {x.town} that {c}."
        return text, [_r(text, c, a, tb)], (a,), [bank.name, x.town], ()
    obj, frag = pick(FRAGS56, x.k)
    clause = f"{obj} was {x.m.q(frag)}"
    text = f"{a.full}, the {bank.post} of {bank.name}, said {clause}."
    return text, [_mx(text, clause, a, tb)], (a,), [bank.name], ()


# --- 5. research notes and reports --------------------------------------------------------------------------


def _reports(x: Slot, s: int) -> Shaped:
    firm, co = x.firm, x.co
    q, c = x.q(), x.c()
    who = (firm,)
    group = (f"analysts at {firm}", firm, "analysts")
    others = [co.name, firm]
    if s == 0:
        text = f"According to a report by {firm}, {c}."
        return text, [_i(c, who)], (), [co.name], ()
    if s == 1:
        text = f"Analysts at {firm} wrote in a note on {x.day} that {c}."
        return text, [_r(text, c, group)], (), others, ()
    if s == 2:
        text = f"{firm} said in a research note that {c}."
        return text, [_r(text, c, who)], (), [co.name], ()
    if s == 3:
        text = f"A report published by {firm} on {x.day} found that {c}."
        return text, [_r(text, c, who)], (), [co.name], ()
    if s == 4:
        text = f"{co.name} shares slipped on {x.day}. {q} analysts at {firm} wrote."
        return text, [_d(q, group)], (), others, ()
    if s == 5:
        text = f"{_cap(c)}, {firm} said in a note to clients."
        return text, [_i(_cap(c), who)], (), [co.name], ()
    if s == 6:
        text = f"{firm} looked at 40 listed retailers. The {firm} report said {c}."
        return text, [_r(text, c, who)], (), [co.name], ()
    text = f"In its latest outlook, {firm} said {c}."
    return text, [_r(text, c, who)], (), [co.name], ()


# --- 6. founders and investors ------------------------------------------------------------------------------


def _founders(x: Slot, s: int) -> Shaped:
    a, b = x.a, x.b
    st, makes = pick(STARTUPS56, x.k)
    vc = pick(VCS56, x.k)
    q, q2, c = x.q(), x.q(2, "."), x.c()
    lead = f"{st}, which makes {makes}, raised $40 million on {x.day}."
    others = [st, vc]
    if s == 0:
        text = f"{lead} Co-founder {a.full} said {c}."
        return text, [_r(text, c, a, _t("co-founder"))], (a,), others, ()
    if s == 1:
        text = f"{q} said {a.full}, who founded {st} in 2019."
        return text, [_d(q, a, _t("found"))], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {poss(st)} co-founder and chief executive, said: {q2}"
        return text, [_d(q2, a, _t("co-founder", "chief executive", st))], (a,), others, ()
    if s == 3:
        text = f"The round was led by {vc}. {b.full}, a partner at {vc}, said {c}."
        return text, [_r(text, c, b, _t("partner", vc))], (b,), others, ()
    if s == 4:
        text = (
            f"{q} said {a.full}, the co-founder of {st}. {b.full}, "
            f"a partner at {vc}, which led the round, said {x.c(3)}."
        )
        exp = [_d(q, a, _t("co-founder", st)), _r(text, x.c(3), b, _t("partner", vc))]
        return text, exp, (a, b), others, ()
    if s == 5:
        text = f"{st} co-founder {a.full} told investors that {c}."
        return text, [_r(text, c, a, _t("co-founder", st))], (a,), others, ()
    if s == 6:
        obj, frag = pick(FRAGS56, x.k)
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{lead} Investor {b.full} of {vc} said {clause}."
        return text, [_mx(text, clause, b, _t(vc))], (b,), others, ()
    text = f"{a.full}, {a.age - 10}, founded {st} after leaving a bank. {q} {a.pronoun} said."
    return text, [_d(q, a)], (a,), others, ()


# --- 7. product launches and keynotes -----------------------------------------------------------------------


def _launches(x: Slot, s: int) -> Shaped:
    a, b, co = x.a, x.b, x.co
    ra = x.ra[0]
    prod = pick(PRODUCTS56, x.k)
    q, q2, c = x.q(), x.q(2, "."), x.c()
    t = _t(ra, co.name)
    others = [co.name, x.town]
    if s == 0:
        text = (
            f"Unveiling the {prod} in {x.town} on {x.day}, {a.full}, "
            f"{poss(co.name)} head of product, told the audience: {q2}"
        )
        return text, [_d(q2, a, _t("head of product", co.name))], (a,), others, ()
    if s == 1:
        text = f"{co.name} {ra} {a.full} told the audience at the launch in {x.town}: {q2}"
        return text, [_d(q2, a, t)], (a,), others, ()
    if s == 2:
        marked = x.m.q(prod)
        text = f"The device, called {marked}, goes on sale in May. {q} said {a.full}, {poss(co.name)} {ra}."
        return text, [_d(q, a, t)], (a,), others, (marked,)
    if s == 3:
        text = f"{a.full}, {ra} of {co.name}, said in a keynote on {x.day} that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 4:
        text = f"{a.full} is the {ra} of {co.name}. {q} {a.full} said on stage, holding up the {prod}."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 5:
        text = f"{a.full}, {poss(co.name)} {ra}, said {c}. {b.full}, an analyst at {x.firm}, said: {q2}"
        exp = [_r(text, c, a, t), _d(q2, b, _t("analyst", x.firm))]
        return text, exp, (a, b), [*others, x.firm], ()
    if s == 6:
        obj, frag = pick(FRAGS56, x.k)
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"At the launch in {x.town}, {co.name} {ra} {a.full} said {clause}."
        return text, [_mx(text, clause, a, t)], (a,), others, ()
    asked = f"when the {co.goods} would reach shops"
    text = f"Asked {asked}, {a.full}, {poss(co.name)} {ra}, said {c}."
    # Key fix: the unnamed questioner's question is tolerated as no one's (round 49's convention).
    return text, [*tolerate(text, asked), _r(text, c, a, t)], (a,), others, ()


# --- 8. spokespeople ----------------------------------------------------------------------------------------


def _spokes(x: Slot, s: int) -> Shaped:
    a, b, co, reg = x.a, x.b, x.co, x.reg
    sp = a.kin("spokeswoman", "spokesman")
    q, q2, c = x.q(), x.q(1, "."), x.c()
    anon = (f"a {sp} for {co.name}", f"{sp} for {co.name}", sp, co.name)
    art = "an" if co.name[0] in "AEIOU" else "a"
    anon2 = (f"{art} {co.name} {sp}", f"{co.name} {sp}", sp, co.name)
    t = _t(sp, co.name)
    if s == 0:
        text = f"A {sp} for {co.name} said {c}."
        return text, [_r(text, c, anon)], (), [], ()
    if s == 1:
        text = f"{co.name} {sp} {a.full} said {c}."
        return text, [_r(text, c, a, t)], (a,), [co.name], ()
    if s == 2:
        text = f"{q} said {a.full}, a {sp} for {co.name}."
        return text, [_d(q, a, t)], (a,), [co.name], ()
    if s == 3:
        text = f"{co.name} shares were halted on {x.day}. {q} {art} {co.name} {sp} said."
        return text, [_d(q, anon2)], (), [], ()
    if s == 4:
        text = f"{_cap(art)} {co.name} {sp} declined to comment on the talks but said {c}."
        tol = tolerate(text, "to comment on the talks", anon2)
        return text, [*tol, _r(text, c, anon2)], (), [], ()
    if s == 5:
        text = f"{a.full}, a {sp} for {reg.name}, said: {q2}"
        return text, [_d(q2, a, _t(sp, reg.name))], (a,), [reg.name], ()
    if s == 6:
        text = (
            f"{b.full}, the {co.noun}'s chief executive, "
            f"was not available. A {sp} for {co.name}, {a.full}, said {c}."
        )
        return text, [_r(text, c, a, t)], (a, b), [co.name], ()
    text = f"A {sp} for {co.name} confirmed that {c}."
    return text, [_r(text, c, anon)], (), [], ()


# --- 9. unnamed sources -------------------------------------------------------------------------------------


def _unnamed(x: Slot, s: int) -> Shaped:
    a, co, co2 = x.a, x.co, x.co2
    q, c = x.q(), x.c()
    fam = ("people familiar with the matter", "people")
    if s == 0:
        clause = f"{co.name} is in talks to buy {co2.name}"
        text = f"{clause}, people familiar with the matter said."
        return text, [_i(clause, fam)], (), [co.name, co2.name], ()
    if s == 1:
        text = f"According to two people briefed on the talks, {c}."
        who: tuple[str, ...] = (
            "two people briefed on the talks",
            "two people",
            "people briefed on the talks",
        )
        return text, [_i(c, who)], (), [co.name], ()
    if s == 2:
        text = f"{co.name} has not commented. A person with knowledge of the deal said {c}."
        who = ("a person with knowledge of the deal", "person")
        return text, [_r(text, c, who)], (), [co.name], ()
    if s == 3:
        clause = f"{co.name} has hired advisers to explore a sale of its {co.goods} business"
        text = f"{clause}, according to three people familiar with the plans."
        who = ("three people familiar with the plans", "three people", "people familiar with the plans")
        return text, [_i(clause, who)], (), [co.name], ()
    if s == 4:
        text = (
            f"{q} said one person close to {co.name}, "
            f"who asked not to be named because the talks are private."
        )
        who = ("one person close to " + co.name, "one person", "person close to " + co.name)
        return text, [_d(q, who)], (), [co.name], ()
    if s == 5:
        text = f"{co.name} shares jumped on {x.day}. Sources said {c}."
        return text, [_r(text, c, ("sources",))], (), [co.name], ()
    if s == 6:
        clause = f"{co.name} is weighing job cuts at its {co.goods} unit"
        sp = a.kin("spokeswoman", "spokesman")
        tail = f"{a.full}, a {sp} for the {co.noun}, declined to comment."
        text = f"{clause}, people familiar with the matter said. {tail}"
        exp = [_i(clause, fam), *tolerate(text, tail, (a.full, co.name))]
        return text, exp, (a,), [co.name], ()
    text = f"Two executives at {co.name}, speaking on condition of anonymity, said {c}."
    who = (f"two executives at {co.name}", "two executives", f"executives at {co.name}")
    return text, [_r(text, c, who)], (), [co.name], ()


# --- 10. tickers and figures near names ---------------------------------------------------------------------

_FIG_QUOTES = (
    "We see operating margins of 12% to 14% next year",
    "Revenue of $3.1 billion was a record for the quarter",
    "At 18 times earnings, the stock is not expensive",
    "A 0.5 percentage point cut is now the base case",
    "We shipped 1.4 million units, up 22% from a year ago",
)


def _tickers(x: Slot, s: int) -> Shaped:
    a, b, co, co2, firm = x.a, x.b, x.co, x.co2, x.firm
    written, noun = x.arole
    ra = x.ra[0]
    q, q2, c = x.q(), x.q(2, "."), x.c()
    fq = x.m.q(pick(_FIG_QUOTES, x.k) + ",")
    tk = (co.ticker,)
    if s == 0:
        text = f"{co.name} ({co.ticker}) said on {x.day} that {c}."
        return text, [_r(text, c, (co.name,))], (), [co2.name], tk
    if s == 1:
        text = (
            f"Shares of {co.name} ({co.ticker}) fell 4% to $18.20 in early trading. "
            f"{q} said {a.full}, {written} at {firm}."
        )
        return text, [_d(q, a, _t(noun, firm))], (a,), [co.name, firm], tk
    if s == 2:
        clause = f"the {co.noun} earned $1.2 billion in the quarter, up 9% from a year earlier"
        text = f"{poss(co.name)} {ra}, {a.full}, said {clause}."
        return text, [_r(text, clause, a, _t(ra, co.name))], (a,), [co.name], ()
    if s == 3:
        text = f"{fq} {co.name} {ra} {a.full} said."
        return text, [_d(fq, a, _t(ra, co.name))], (a,), [co.name], ()
    if s == 4:
        text = (
            f"{co.name} ({co.ticker}) and {co2.name} ({co2.ticker}) both fell more than 3%. "
            f"{a.full} of {firm} said {c}."
        )
        return text, [_r(text, c, a, _t(firm))], (a,), [co.name, co2.name, firm], (*tk, co2.ticker)
    if s == 5:
        text = (
            f"{co.name} ({co.ticker}) named a new chair on {x.day}. The {co.noun}, "
            f"whose shares are up 28% this year, said in a statement that {c}."
        )
        return text, [_r(text, c, (co.name,))], (), [co2.name], tk
    if s == 6:
        text = f"{a.full}, a fund manager who oversees $4 billion at {firm}, said: {q2}"
        return text, [_d(q2, a, _t("fund manager", firm))], (a,), [firm], ()
    text = f"{co.name} ({co.ticker}) rose 6.1% to 412 pence. {q} said {b.full}, {poss(co.name)} {ra}."
    return text, [_d(q, b, _t(ra, co.name))], (b,), [co.name], tk


# --- 11. company names that look like people or words -------------------------------------------------------


def _lookalike(x: Slot, s: int) -> Shaped:
    a, co = x.a, x.co
    pl, plp = pick(PERSONLIKE56, x.k)
    wl = pick(WORDLIKE56, x.k)
    written, noun = x.arole
    q, q2, c = x.q(), x.q(1, "."), x.c()
    if s == 0:
        text = f"{pl} said in a statement on {x.day} that {c}."
        return text, [_r(text, c, (pl,))], (), [plp], ()
    if s == 1:
        text = f"{wl}, the {co.noun} based in {x.town}, said on {x.day} that {c}."
        return text, [_r(text, c, (wl,))], (), [x.town], ()
    if s == 2:
        text = f"{q} said {a.full}, {written} at {pl}."
        return text, [_d(q, a, _t(noun, pl))], (a,), [pl, plp], ()
    if s == 3:
        text = f"Shares in {wl} rose 5% after the {co.noun} said {c}."
        return text, [_r(text, c, (wl,))], (), [], ()
    if s == 4:
        text = f"{a.full}, chief executive of {wl}, said: {q2}"
        return text, [_d(q2, a, _t("chief executive", wl))], (a,), [wl], ()
    if s == 5:
        text = f"{pl} analyst {a.full} said {c}."
        return text, [_r(text, c, a, _t("analyst", pl))], (a,), [pl, plp], ()
    if s == 6:
        text = f"{wl}, which makes {co.goods}, cut 200 jobs on {x.day}. {q} {wl} said in a statement."
        return text, [_d(q, (wl,))], (), [], ()
    text = f"{a.full} of {pl} told clients that {c}."
    return text, [_r(text, c, a, _t(pl))], (a,), [pl, plp], ()


# --- 12. interviews with trade publications -----------------------------------------------------------------


def _interviews(x: Slot, s: int) -> Shaped:
    a, b, co = x.a, x.b, x.co
    ow, ob = pick(OUTLETS56, x.k)
    ra = x.ra[0]
    q, q2, c = x.q(), x.q(2, "."), x.c()
    t = _t(ra, co.name)
    others = [co.name, ob]
    if s == 0:
        text = f"{a.full}, {poss(co.name)} {ra}, told {ow} in an interview that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 1:
        text = f"In an interview with {ow}, {a.full}, {ra} of {co.name}, said: {q2}"
        return text, [_d(q2, a, t)], (a,), others, ()
    if s == 2:
        text = f"{q} {a.full}, {ra} of {co.name}, told {ow}."
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 3:
        text = f"{a.full}, {ra} of {co.name}, said in an interview with {ow} that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 4:
        text = f"Speaking to {ow}, {co.name} {ra} {a.full} said {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 5:
        text = f"{a.full}, {poss(co.name)} {ra}, told {ob}'s weekly podcast that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 6:
        text = f"{q} {a.full}, {poss(co.name)} {ra}, said in an interview published by {ob} on {x.day}."
        return text, [_d(q, a, t)], (a,), others, ()
    text = f"{a.full}, {poss(co.name)} {ra}, told {ow} that {c}. {b.full}, an analyst at {x.firm}, said: {q2}"
    exp = [_r(text, c, a, t), _d(q2, b, _t("analyst", x.firm))]
    return text, exp, (a, b), [*others, x.firm], ()


# --- 13. pronouns with two executives of different genders --------------------------------------------------


def _pronouns(x: Slot, s: int) -> Shaped:
    a, b, co = x.a, x.b, x.co
    ra, rb = x.ra[0], x.rb[0]
    q, q2, c = x.q(), x.q(2, "."), x.c()
    ta, tb = _t(ra, co.name), _t(rb, co.name)
    he_a, he_b = _cap(a.pronoun), _cap(b.pronoun)
    others = [co.name]
    if s == 0:
        text = (
            f"{a.full}, {poss(co.name)} {ra}, and {b.full}, its {rb}, "
            f"spoke on the call. {he_a} said {c}. {he_b} said: {q2}"
        )
        return text, [_r(text, c, a, ta), _d(q2, b, tb)], (a, b), others, ()
    if s == 1:
        text = f"{a.full} is {poss(co.name)} {ra}; {b.full} runs its {co.goods} unit. {q} {a.pronoun} said."
        return text, [_d(q, a, ta)], (a, b), others, ()
    if s == 2:
        c2 = x.c(3)
        text = (
            f"{q} said {a.full}, the {co.noun}'s {ra}. {b.full}, "
            f"the {rb}, was more cautious. {he_b} said {c2}."
        )
        return text, [_d(q, a, _t(ra)), _r(text, c2, b, _t(rb))], (a, b), others, ()
    if s == 3:
        co2 = x.co2
        text = (
            f"{a.full}, {ra} of {co.name}, said {c} after meeting {b.full}, "
            f"the {rb} of {co2.name}. {q} {a.pronoun} added."
        )
        # Key fix: *after meeting B* closes the reported clause or the frame; either segmentation is right.
        long = span(text, c, co2.name)
        exp = alts(text, [_r(text, c, a, ta), _d(q, a, ta)], [_r(text, long, a, ta), _d(q, a, ta)])
        return text, exp, (a, b), [*others, co2.name], ()
    if s == 4:
        text = (
            f"{a.full} took over as {ra} of {co.name} in March, "
            f"replacing {b.full}. {he_a} told analysts that {c}."
        )
        return text, [_r(text, c, a, ta)], (a, b), others, ()
    if s == 5:
        text = (
            f"{b.full}, an analyst at {x.firm}, "
            f"pressed {co.name} {ra} {a.full} on the recall. {he_a} said: {q2}"
        )
        return text, [_d(q2, a, ta)], (a, b), [*others, x.firm], ()
    if s == 6:
        c2 = x.c(5)
        q3 = x.q(7)
        text = (
            f"{q} {a.full}, {poss(co.name)} {ra}, told analysts. "
            f"{b.full}, the {rb}, said {c2}. {q3} {a.pronoun} added."
        )
        exp = [_d(q, a, ta), _r(text, c2, b, _t(rb)), _d(q3, a, ta)]
        return text, exp, (a, b), others, ()
    st, _makes = pick(STARTUPS56, x.k)
    text = (
        f"{a.full} and {b.full} founded {st} in 2015. {he_a} now runs the company; "
        f"{b.pronoun} left last year. {q} {a.pronoun} said."
    )
    return text, [_d(q, a)], (a, b), [st], ()


# --- 14. controls -------------------------------------------------------------------------------------------

_SCARE = ("buy now, pay later", "meme stocks", "AI washing", "zombie companies", "greedflation")
_NICKS = ("Old Reliable", "the Tortoise", "the Quiet Giant", "the Widow's Pension", "the Sleeper")


def _controls(x: Slot, s: int) -> Shaped:
    a, co, firm = x.a, x.co, x.firm
    written, noun = x.arole
    m = x.m
    q, c = x.q(), x.c()
    if s == 0:
        marked = m.q(pick(PRODUCTS56, x.k))
        text = f"{co.name} will begin selling the {marked} in {x.town} next month."
        return text, [], (), [co.name], (marked,)
    if s == 1:
        marked = m.q(pick(REPORTS56, x.k))
        text = (
            f"{poss(firm)} annual {marked} survey was published on {x.day}. "
            f"{q} said {a.full}, {written} at {firm}."
        )
        return text, [_d(q, a, _t(noun, firm))], (a,), [firm], (marked,)
    if s == 2:
        marked = m.q(pick(CODENAMES56, x.k))
        text = f"The project, known internally as {marked}, has cost {co.name} $300 million so far."
        return text, [], (), [co.name], (marked,)
    if s == 3:
        marked = m.q(pick(SLOGANS56, x.k))
        text = f"{poss(co.name)} new advertisements carry the slogan {marked}. {pick(NARRATIVE56, x.k)}"
        return text, [], (), [co.name], (marked,)
    if s == 4:
        text = f"{co.name} ({co.ticker}) closed at $42.10, up 3.2%. {pick(NARRATIVE56, x.k + 1)}"
        return text, [], (), [co.name], (co.ticker,)
    if s == 5:
        marked = m.q(pick(_SCARE, x.k))
        reg = x.reg
        text = (
            f"So-called {marked} products have drawn scrutiny from {reg.name}. "
            f"{a.full}, {written} at {firm}, said {c}."
        )
        return text, [_r(text, c, a, _t(noun, firm))], (a,), [firm, reg.name], (marked,)
    if s == 6:
        marked = m.q(pick(SLOGANS56, x.k + 1))
        ra = x.ra[0]
        text = (
            f"The {pick(PRODUCTS56, x.k)}, marketed as {marked}, "
            f"sold out in two days. {a.full}, {poss(co.name)} {ra}, said {c}."
        )
        return text, [_r(text, c, a, _t(ra, co.name))], (a,), [co.name], (marked,)
    marked = m.q(pick(_NICKS, x.k))
    text = f"{co.name}, long known on trading floors as {marked}, has paid a dividend every year since 1968."
    return text, [], (), [co.name], (marked,)


# --- the round ----------------------------------------------------------------------------------------------


def _named(
    name: str, group: str, description: str, shape: Shape, *, shapes: int = 8, n: int = 250
) -> Capability:
    return named(f"heldout56.{name}", group, description, unique_texts(_gen(name, shape, shapes, n)))


HELD_OUT_56: tuple[Capability, ...] = (
    _named(
        "analysts_firms",
        "6",
        "said NAME, an analyst at FIRM; wrote NAME of FIRM in a note to clients",
        _analysts,
    ),
    _named(
        "earnings_calls",
        "6",
        "ROLE NAME told analysts on a call; the chief executive said; the CFO said",
        _calls,
    ),
    _named(
        "companies_speak",
        "5",
        "COMPANY said in a statement / filing; the company said; the carmaker said",
        _companies,
    ),
    _named(
        "central_banks",
        "5",
        "the central bank said in its policy statement; NAME, the governor of BANK",
        _banks,
        n=270,
    ),
    _named(
        "research_reports",
        "5",
        "according to a report by FIRM; analysts at FIRM wrote; the FIRM report said",
        _reports,
        n=380,
    ),
    _named(
        "founders_investors", "6", "co-founder NAME said; who founded X in 2019; a partner at VC", _founders
    ),
    _named(
        "launches_keynotes",
        "6",
        "told the audience at the launch; said in a keynote; a product in marks",
        _launches,
    ),
    _named(
        "spokespeople",
        "5",
        "a spokeswoman for COMPANY said; COMPANY spokesman NAME; a COMPANY spokesperson",
        _spokes,
    ),
    _named(
        "unnamed_sources",
        "2",
        "people familiar with the matter; two people briefed on the talks; sources",
        _unnamed,
        n=350,
    ),
    _named(
        "tickers_figures",
        "6",
        "COMPANY (TICK.N) said; shares fell 4%; figures in clauses and quotations",
        _tickers,
    ),
    _named(
        "lookalike_names",
        "6",
        "Harriet Quayle Ltd said; Clear Meadow said; an analyst at Miriam Stokes Partners",
        _lookalike,
        n=270,
    ),
    _named(
        "trade_interviews",
        "6",
        "told OUTLET in an interview; In an interview with OUTLET; the outlet never speaks",
        _interviews,
    ),
    _named("pronouns_two_execs", "4", "she/he after two executives of different genders", _pronouns),
    _named(
        "controls",
        "8",
        "products, reports, code names, slogans, nicknames in marks; ticker lines",
        _controls,
        n=290,
    ),
)
