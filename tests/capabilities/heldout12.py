"""Twelfth held-out round: capabilities written at commit ``7b2b333`` by a helper who did not read
quotex's rule modules, and run once.

The templates cross fillers of their own (``heldout12data.py``: twenty people whose names carry
initials, `Jr.` or `III`, `O'` or `Mc`, two Spanish surnames, East Asian order (surname first) or
hyphens; party, nominee, acting/interim/deputy/former and affiliated titles; bodies; real towns;
political quotations and clauses; reporting verbs; social-media cues; slogans and bill titles)
with phrasings of campaign and government reporting that a careful news annotator keys:

1. campaign cues: `told supporters at a rally in PLACE`, `said at a campaign stop`, statements
   released by a campaign, `wrote on Facebook`, `posted on X`, `tweeted`;
2. titles: party and nominee titles (`the Republican nominee, NAME,`, `the Democratic senator from
   Vermont`), acting/interim/deputy/former/vice roles in apposition and before the name,
   `press secretary to the governor` / `chief of staff to Sen. OTHER` (OTHER never speaks), an
   affiliation before the role (`the Treasury's top economist`), `who is` relatives and two roles
   joined by `and`;
3. the cue far from the speaker (`said NAME, who is running for ..., in an interview on Sunday`),
   split quotations over one or two sentences, and a quotation that continues into the next
   paragraph (open mark, no close, the next paragraph reopens: one quotation in parts);
4. indirect reports beyond `said` (insisted, acknowledged, conceded, predicted, argued, ...) with
   and without `that` and with an adverbial before `that`; `denied that`; `accused OTHER of`
   (OTHER never speaks);
5. `according to` a person, a body or people familiar with the matter; anonymous officials with
   their reason for anonymity;
6. bodies and groups speaking (`the White House said`, `the State Department said in a
   statement`, `Senate Democrats said`), later `it`/`they`, and a campaign spokeswoman who speaks
   for a candidate who does not;
7. names of many shapes with a later surname-only reference; pronouns across two or three people;
8. debates: a moderator's question, `NAME interrupted`, `NAME shot back`; questions in marks and
   `asked whether`;
9. slogans, bill, book and film titles, so-called words and words discussed as words: no
   quotation.

When an annotator's key is uncertain the case asserts less (title not checked, several speaker
readings accepted, ``exact=False`` when a second reading may come out).

Run once at 7b2b333 (``capreport.py --heldout heldout12.NAME ...``: 2,638 of 3,028, .871); the
failures were then read for template and key bugs only, and three were fixed (the floors record the
second run, 2,723 of 3,028, .899, quotex unchanged): the `it`/`they` template opened with the body
having `criticized the ruling` and the pronoun template with two men having `endorsed` the woman —
speech acts with a noun content that an annotator may mark as an attribution, in cases that forbade
any other quotation (now the body `cancelled a briefing`, the men `campaigned with` her); and the
pronoun template could name a bystander by initials (`R.T. Okonkwo-Bell`, `C.J. Vanterpool`), whose
gender English does not show, which made `she said` / `he said` ambiguous to a reader (a bystander
with initials is now replaced by the next person of that gender). Rates at 7b2b333 are in
README.md ("Twelfth held-out round (issue 11)").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import attrs
from capdata import DOUBLE_MARKS, MARKS, Person
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from captemplates import _cap
from heldout12data import (
    ADVERBIALS12,
    AFFIL_TITLES12,
    ANON_REASONS12,
    ANONYMOUS12,
    BODIES12,
    CLAUSES12,
    DAYS12,
    FAMILIAR12,
    MEN12,
    NOT_QUOTE_WORDS12,
    NOT_QUOTES12,
    PARTY_TITLES12,
    PEOPLE12,
    PLACES12,
    POSTED12,
    PRE_TITLES12,
    QUALIFIED_TITLES12,
    QUOTES12,
    REPORT_VERBS12,
    SECONDS12,
    TWO_ROLES12,
    WOMEN12,
)


def _other(p: Person, step: int, pool: tuple[Person, ...] = PEOPLE12) -> Person:
    return pool[(pool.index(p) + step) % len(pool)] if p in pool else pool[step % len(pool)]


def _d(content: str, p: Person, title: TitleSpec = ANY, **kw: object) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person", **kw)  # type: ignore[arg-type]


def _i(content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts)) % len(QUOTES12)


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


# --- group 1: campaign cues ------------------------------------------------------------------------


def rally_cues() -> Iterator[Case]:
    """Rally and campaign-stop cues: `"C," NAME told supporters at a rally in PLACE.`, `NAME told a
    crowd of about 3,000 in PLACE on DAY: "C."`, `"C," said NAME at a campaign stop in PLACE.`,
    `Speaking to supporters in PLACE, NAME said: "C."` and `NAME told reporters aboard her
    campaign bus that C.`"""
    combos = itertools.product(PEOPLE12, range(5), MARKS, range(len(PLACES12)))
    for p, shape, m, pl in sample(combos, 160, "ho12-rally"):
        k = _k(PEOPLE12.index(p), shape, pl)
        place, day = PLACES12[pl], DAYS12[k % 7]
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        clause = CLAUSES12[k % len(CLAUSES12)]
        if shape == 0:
            text, expect = f"{qc} {p.full} told supporters at a rally in {place}.", _d(qc, p, None)
        elif shape == 1:
            text, expect = f"{p.full} told a crowd of about 3,000 in {place} on {day}: {qs}", _d(qs, p, None)
        elif shape == 2:
            text, expect = f"{qc} said {p.full} at a campaign stop in {place}.", _d(qc, p, None)
        elif shape == 3:
            text, expect = f"Speaking to supporters in {place} on {day}, {p.full} said: {qs}", _d(qs, p, None)
        else:
            text = f"{p.full} told reporters aboard {p.possessive} campaign bus in {place} that {clause}."
            expect = _i(f"that {clause}", p, None)
        yield Case("", f"ho12-rally-{shape}", text, [expect])


def posted_statements() -> Iterator[Case]:
    """Social-media and statement cues after the quotation (`wrote on Facebook`, `posted on X`,
    `tweeted`, `said in a statement released by his campaign`, `said in a fundraising email`),
    and before it (`In a post on X, NAME wrote: "C."`), in a short article whose first sentence
    introduces the speaker with a role."""
    combos = itertools.product(PEOPLE12, range(len(POSTED12)), MARKS, range(2))
    for p, c, m, before in sample(combos, 160, "ho12-posted"):
        k = _k(PEOPLE12.index(p), c, before)
        cue = POSTED12[c].format(his=p.possessive)
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        day = DAYS12[k % 7]
        intro = f"{p.full}, a candidate for the state Senate, lost the endorsement of two unions on {day}."
        if before:
            lead = {0: "In a post on Facebook", 1: "In a post on X", 4: "In a post on Instagram"}.get(
                c, "In a statement"
            )
            verb = "wrote" if c in (0, 1, 4) else "said"
            text, content = f"{intro}\n\n{lead}, {p.surname} {verb}: {qs}", qs
        else:
            text, content = f"{intro}\n\n{qc} {p.surname} {cue}.", qc
        yield Case("", f"ho12-posted-{before}-{c}", text, [_d(content, p)])


# --- group 2: titles ---------------------------------------------------------------------------------


def party_titles() -> Iterator[Case]:
    """Party and nominee titles: `the Republican nominee, NAME, said`, `NAME, the Democratic senator
    from Vermont, said`, `"C," said NAME, the House minority leader.` and `"C," said the Republican
    nominee, NAME.`; the title keyed as the article states it."""
    combos = itertools.product(PEOPLE12, range(len(PARTY_TITLES12)), MARKS, range(4))
    for p, t, m, shape in sample(combos, 160, "ho12-party"):
        phrase, title = PARTY_TITLES12[t]
        k = _k(PEOPLE12.index(p), t, shape)
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        if shape == 0:
            text, content = f"{_cap(phrase)}, {p.full}, said on {DAYS12[k % 7]}: {qs}", qs
        elif shape == 1:
            text, content = f"{p.full}, {phrase}, said: {qs}", qs
        elif shape == 2:
            text, content = f"{qc} said {p.full}, {phrase}.", qc
        else:
            text, content = f"{qc} said {phrase}, {p.full}.", qc
        yield Case("", f"ho12-party-{shape}", text, [_d(content, p, (title,))])


def qualified_titles() -> Iterator[Case]:
    """Acting, interim, deputy, former and vice roles: in apposition after the name (`NAME, the
    former secretary of state, said`), before it capitalised (`Acting Attorney General NAME said`,
    title accepted as written or in lower case) and with a later surname-only reference that keeps
    the title."""
    combos = itertools.product(PEOPLE12, range(3), MARKS, range(len(QUALIFIED_TITLES12)))
    for p, shape, m, t in sample(combos, 160, "ho12-qualified"):
        phrase, title = QUALIFIED_TITLES12[t]
        k = _k(PEOPLE12.index(p), t, shape)
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, {phrase}, said on {DAYS12[k % 7]}: {qs}"
            expects = [_d(qs, p, (title,))]
        elif shape == 1:
            pre = PRE_TITLES12[t % len(PRE_TITLES12)]
            text = f"{qc} {pre} {p.full} said."
            accepted = (
                pre,
                pre.lower(),
                pre.replace("Gov.", "governor").lower(),
                pre.replace("Rep.", "representative").lower(),
            )
            expects = [_d(qc, p, accepted)]
        else:
            second = m.q(SECONDS12[k % len(SECONDS12)] + ",")
            text = f"{p.full}, {phrase}, spoke after the hearing.\n\n{second} {p.surname} said."
            expects = [_d(second, p, (title,))]
        yield Case("", f"ho12-qualified-{shape}", text, expects)


def role_to_person() -> Iterator[Case]:
    """Roles held to another person: `NAME, press secretary to the governor, said`, `NAME, chief of
    staff to Sen. OTHER, said`, `NAME, a senior adviser to OTHER's campaign, said`; OTHER is
    mentioned and never speaks."""
    combos = itertools.product(PEOPLE12, range(4), MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 150, "ho12-role-to"):
        o = _other(p, 5)
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, content, title = (
                f"{p.full}, press secretary to the governor, said: {qs}",
                qs,
                Contains(("press secretary",)),
            )
        elif shape == 1:
            text = f"{qc} said {p.full}, chief of staff to Sen. {o.full}."
            content, title = qc, Contains(("chief of staff",))
            wrong = [(qc, o.full)]
        elif shape == 2:
            text = f"{p.full}, a senior adviser to {o.full}'s campaign, said on {DAYS12[k % 7]}: {qs}"
            content, title = qs, Contains(("adviser",))
            wrong = [(qs, o.full)]
        else:
            text = f"{qc} {p.full}, communications director for Gov. {o.full}, told reporters."
            content, title = qc, Contains(("communications director",))
            wrong = [(qc, o.full)]
        yield Case("", f"ho12-role-to-{shape}", text, [_d(content, p, title)], wrong_speakers=wrong)


def affiliated_titles() -> Iterator[Case]:
    """An affiliation before the role (`the Treasury's top economist, NAME,`), a `who is` relative
    after the name (`NAME, who is the party's finance chairman, said`) and two roles joined by
    `and` (the first role keyed)."""
    combos = itertools.product(PEOPLE12, range(3), MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 150, "ho12-affil"):
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        title: TitleSpec
        if shape == 0:
            phrase, t = AFFIL_TITLES12[k % len(AFFIL_TITLES12)]
            text, content, title = f"{_cap(phrase)}, {p.full}, said: {qs}", qs, (t,)
        elif shape == 1:
            phrase, t = AFFIL_TITLES12[(k + 2) % len(AFFIL_TITLES12)]
            role = phrase.removeprefix("the ")
            text, content = f"{qc} said {p.full}, who is the {role}.", qc
            title = (t, role, f"the {role}")
        else:
            phrase, t = TWO_ROLES12[k % len(TWO_ROLES12)]
            text, content = f"{p.full}, {phrase}, said: {qs}", qs
            title = Contains((t,))
        yield Case("", f"ho12-affil-{shape}", text, [_d(content, p, title)])


# --- group 3: distance, split quotations, paragraphs ---------------------------------------------------


def distant_cue() -> Iterator[Case]:
    """The cue far from the quotation or the name: `"C," said NAME, who is running for the state
    Senate in the 14th District, in an interview on Sunday.`, `"C," NAME, who lost the 2014 primary
    by 312 votes, said on DAY.` and `"C," NAME said on DAY in an interview with the Ledger at
    her office in PLACE.`"""
    combos = itertools.product(PEOPLE12, range(3), MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 150, "ho12-distant"):
        qc = m.q(QUOTES12[k] + ",")
        day, place = DAYS12[k % 7], PLACES12[k % len(PLACES12)]
        if shape == 0:
            running = "who is running for the state Senate in the 14th District"
            text = f"{qc} said {p.full}, {running}, in an interview on {day}."
        elif shape == 1:
            text = f"{qc} {p.full}, who lost the 2014 primary by 312 votes, said on {day}."
        else:
            where = f"in an interview with the Ledger at {p.possessive} office in {place}"
            text = f"{qc} {p.full} said on {day} {where}."
        yield Case("", f"ho12-distant-{shape}", text, [_d(qc, p)])


def split_quotes() -> Iterator[Case]:
    """Split quotations, one record in two parts: `"C1," NAME said. "C2."`, `"C1," NAME said, "c2."`,
    `"C1," said NAME, ROLE. "C2."` and a later paragraph with the surname; a paragraph introduces
    the speaker first in the last two."""
    combos = itertools.product(PEOPLE12, range(4), MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 160, "ho12-split"):
        q1 = m.q(QUOTES12[k] + ",")
        second = SECONDS12[k % len(SECONDS12)]
        phrase, _t = PARTY_TITLES12[k % len(PARTY_TITLES12)]
        if shape == 0:
            q2 = m.q(second + ".")
            text = f"{q1} {p.full} said. {q2}"
        elif shape == 1:
            q2 = m.q(_lower_first(second) + ".")
            text = f"{q1} {p.full} said, {q2}"
        elif shape == 2:
            q2 = m.q(second + ".")
            text = f"{q1} said {p.full}, {phrase}. {q2}"
        else:
            q2 = m.q(second + ".")
            intro = f"{p.full} campaigned in {PLACES12[k % len(PLACES12)]} on {DAYS12[k % 7]}."
            text = f"{intro}\n\n{q1} {p.surname} said. {q2}"
        yield Case("", f"ho12-split-{shape}", text, [_d(_span(text, q1, q2), p, parts=(q1, q2))])


def paragraph_continued() -> Iterator[Case]:
    """A quotation over two paragraphs: the first paragraph opens a mark and does not close it, the
    next paragraph reopens and closes; the cue is in the first paragraph (`NAME said: "C1.` /
    `"C1," NAME said. "C2.`), the whole is one direct quotation in parts. Double marks only (a
    single mark before a new paragraph reads as an apostrophe too often)."""
    combos = itertools.product(PEOPLE12, range(2), DOUBLE_MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 140, "ho12-para"):
        second = SECONDS12[k % len(SECONDS12)]
        nxt = QUOTES12[(k + 5) % len(QUOTES12)]
        intro = (
            f"{p.full} addressed the state convention in {PLACES12[k % len(PLACES12)]} on {DAYS12[k % 7]}."
        )
        third = m.q(nxt + ".")
        if shape == 0:
            first = f"{m.open}{QUOTES12[k]}. {second}."
            text = f"{intro}\n\n{p.surname} said: {first}\n\n{third}\n\nThe convention adjourned at noon."
            parts: tuple[str, ...] = (first, third)
        else:
            q1 = m.q(QUOTES12[k] + ",")
            first = f"{m.open}{second}."
            text = (
                f"{intro}\n\n{q1} {p.surname} said. {first}\n\n{third}\n\nThe convention adjourned at noon."
            )
            parts = (q1, first, third)
        whole = _span(text, parts[0], third)
        yield Case("", f"ho12-para-{shape}", text, [_d(whole, p, parts=parts)], exact=False)


# --- group 4: indirect reports -----------------------------------------------------------------------


def report_verbs() -> Iterator[Case]:
    """Indirect reports with verbs beyond `said` (insisted, acknowledged, conceded, predicted,
    suggested, argued, warned, maintained, noted, contended): with `that`, without it, and with an
    adverbial between verb and `that` (`acknowledged in an interview that C`); the content keyed
    with `that` when the article writes it."""
    combos = itertools.product(PEOPLE12, range(len(REPORT_VERBS12)), range(3), range(len(CLAUSES12)))
    for p, v, drawn, c in sample(combos, 170, "ho12-verbs"):
        verb, bare_ok = REPORT_VERBS12[v]
        clause = CLAUSES12[c]
        adv = ADVERBIALS12[(v + c) % len(ADVERBIALS12)]
        shape = 0 if drawn == 1 and not bare_ok else drawn
        if shape == 0:
            text, content = f"{p.full} {verb} that {clause}.", f"that {clause}"
        elif shape == 1:
            text, content = f"{p.full} {verb} {clause}.", clause
        else:
            text, content = f"{p.full} {verb} {adv} that {clause}.", f"that {clause}"
        yield Case("", f"ho12-verbs-{shape}", text, [_i(content, p)])


def denials_accusations() -> Iterator[Case]:
    """`NAME denied that C.` (indirect with `that`), `NAME flatly denied on DAY that C.`, and
    `NAME accused OTHER of lying about the audit. "C," NAME said.` where OTHER never takes the
    direct quotation (the accusation itself is not checked)."""
    combos = itertools.product(PEOPLE12, range(3), MARKS, range(len(CLAUSES12)))
    for p, shape, m, c in sample(combos, 150, "ho12-deny"):
        o = _other(p, 7)
        clause = CLAUSES12[c]
        k = _k(PEOPLE12.index(p), c, shape)
        qc = m.q(QUOTES12[k] + ",")
        if shape == 0:
            yield Case("", "ho12-deny-0", f"{p.full} denied that {clause}.", [_i(f"that {clause}", p)])
        elif shape == 1:
            text = f"{p.full} flatly denied on {DAYS12[c % 7]} that {clause}."
            yield Case("", "ho12-deny-1", text, [_i(f"that {clause}", p)])
        else:
            text = f"{p.full} accused {o.full} of misleading voters about the audit. {qc} {p.surname} said."
            yield Case("", "ho12-deny-2", text, [_d(qc, p)], exact=False, wrong_speakers=[(qc, o.full)])


# --- group 5: according to, anonymous sources ---------------------------------------------------------


def according_to() -> Iterator[Case]:
    """`according to` after the content: a person with a role, a body, and `people familiar with
    the matter` (the noun phrase is the speaker, with or without its number); the content is the
    reported clause before the comma."""
    combos = itertools.product(PEOPLE12, range(4), range(len(CLAUSES12)))
    for p, shape, c in sample(combos, 150, "ho12-according"):
        clause = CLAUSES12[c]
        body, canon, _pr = BODIES12[c % 6]
        content = _cap(clause)
        expect: Expect
        if shape == 0:
            text = f"{content}, according to {p.full}, a spokeswoman for the county clerk."
            if p.gender == "m":
                text = text.replace("spokeswoman", "spokesman")
            expect = _i(content, p)
        elif shape == 1:
            text = f"{content}, according to {body}."
            expect = Expect(content, "indirect", (canon,))
        elif shape == 2:
            source, bare = FAMILIAR12[c % len(FAMILIAR12)]
            text = f"{content}, according to {source}."
            expect = Expect(content, "indirect", (source, bare))
        else:
            text = f"According to {p.full}, {clause}."
            expect = _i(clause, p)
        yield Case("", f"ho12-according-{shape}", text, [expect])


def anonymous_sources() -> Iterator[Case]:
    """Anonymous officials with their reason (`a senior administration official, who spoke on
    condition of anonymity, said C.` and with a direct quotation), keyed by the noun phrase;
    a named person mentioned in the sentence never speaks."""
    combos = itertools.product(range(len(ANONYMOUS12)), range(len(ANON_REASONS12)), MARKS, range(3))
    for a, r, m, shape in sample(combos, 150, "ho12-anon"):
        phrase, accepted = ANONYMOUS12[a]
        reason = ANON_REASONS12[r]
        k = _k(a, r, shape, MARKS.index(m))
        p = PEOPLE12[k % len(PEOPLE12)]
        clause = CLAUSES12[k % len(CLAUSES12)]
        qc = m.q(QUOTES12[k] + ",")
        names: NameSpec = accepted
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{_cap(phrase)}, {reason}, said {clause}."
            expects = [Expect(clause, "indirect", names)]
        elif shape == 1:
            text = f"{_cap(phrase)}, {reason}, said that {clause}."
            expects = [Expect(f"that {clause}", "indirect", names)]
        else:
            text = f"{p.full} met the delegation on {DAYS12[k % 7]}. {qc} said {phrase}, {reason}."
            expects = [Expect(qc, "direct", names)]
            wrong = [(qc, p.full)]
        yield Case("", f"ho12-anon-{shape}", text, expects, wrong_speakers=wrong)


# --- group 6: bodies and groups -----------------------------------------------------------------------


def bodies_speaking() -> Iterator[Case]:
    """Bodies and groups that speak as themselves (`the White House said`, `the State Department
    said in a statement`, `Senate Democrats said`), with `it`/`they` in the next sentence."""
    combos = itertools.product(range(len(BODIES12)), range(4), MARKS, range(len(CLAUSES12)))
    for b, shape, m, c in sample(combos, 160, "ho12-bodies"):
        body, canon, pron = BODIES12[b]
        clause = CLAUSES12[c]
        k = _k(b, shape, c)
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        who: NameSpec = (canon,)
        if shape == 0:
            text = f"{_cap(body)} said on {DAYS12[c % 7]} that {clause}."
            expects = [Expect(f"that {clause}", "indirect", who)]
        elif shape == 1:
            text = f"{_cap(body)} said in a statement: {qs}"
            expects = [Expect(qs, "direct", who)]
        elif shape == 2:
            text = f"{qc} {body} said in a statement. {_cap(pron)} added that {clause}."
            expects = [Expect(qc, "direct", who), Expect(f"that {clause}", "indirect", who)]
        else:
            text = f"{_cap(body)} cancelled a briefing on {DAYS12[c % 7]}. {qc} {pron} said."
            expects = [Expect(qc, "direct", who)]
        yield Case("", f"ho12-bodies-{shape}", text, expects)


def campaign_spokespeople() -> Iterator[Case]:
    """A spokeswoman or spokesman speaks for a candidate who does not: `A spokeswoman for the
    campaign, NAME, said`, `NAME, a spokesman for CANDIDATE's campaign, said`, `"C," said NAME, who
    speaks for CANDIDATE.`; CANDIDATE never takes the quotation."""
    combos = itertools.product(PEOPLE12, range(3), MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 150, "ho12-spokes"):
        cand = _other(p, 3)
        noun = "spokeswoman" if p.gender == "f" else "spokesman"
        qc, qs = m.q(QUOTES12[k] + ","), m.q(QUOTES12[k] + ".")
        if shape == 0:
            lead = f"{cand.full} skipped the forum in {PLACES12[k % len(PLACES12)]}."
            text = f"{lead} A {noun} for the campaign, {p.full}, said: {qs}"
            content = qs
        elif shape == 1:
            text = f"{p.full}, a {noun} for {cand.full}'s campaign, said on {DAYS12[k % 7]}: {qs}"
            content = qs
        else:
            text = f"{qc} said {p.full}, who speaks for {cand.full}."
            content = qc
        yield Case("", f"ho12-spokes-{shape}", text, [_d(content, p)], wrong_speakers=[(content, cand.full)])


# --- group 7: names, pronouns ------------------------------------------------------------------------


def name_shapes_later() -> Iterator[Case]:
    """Names with initials, `Jr.`, `III`, `O'`, `Mc`, two Spanish surnames, surname first and hyphens:
    first with a role, then a second paragraph where only the surname (or `Mr.`/`Ms.` SURNAME)
    credits the quotation; both quotations keyed to the full name."""
    combos = itertools.product(PEOPLE12, range(3), MARKS, range(len(QUOTES12)))
    for p, shape, m, k in sample(combos, 170, "ho12-names"):
        q1 = m.q(QUOTES12[k] + ",")
        q2 = m.q(QUOTES12[(k + 3) % len(QUOTES12)] + ",")
        later = p.surname
        if shape == 1 and p.shape != "surname first":
            later = f"{'Ms.' if p.gender == 'f' else 'Mr.'} {p.surname}"
        if shape == 2:
            text = f"{q1} said {p.full}, a county commissioner.\n\n{q2} {later} added."
        else:
            text = (
                f"{p.full}, a county commissioner, spoke first. {q1} {p.pronoun} said.\n\n{q2} said {later}."
            )
        yield Case("", f"ho12-names-{shape}", text, [_d(q1, p), _d(q2, p)])


def _shows_gender(p: Person, pool: tuple[Person, ...]) -> Person:
    return _other(p, 1, pool) if p.shape.startswith("initials") else p


def pronoun_three() -> Iterator[Case]:
    """Pronouns across two or three people: one woman and one or two men (or the reverse) are named,
    then `"C," she said.` — the only person of the pronoun's gender speaks, whatever the order
    of mention. Bystanders always have given names that show their gender (a speaker with
    initials is found by elimination)."""
    combos = itertools.product(WOMEN12, MEN12, range(4), MARKS)
    for w_drawn, mn_drawn, shape, m in sample(combos, 160, "ho12-pronoun"):
        w, mn = w_drawn, mn_drawn
        k = _k(WOMEN12.index(w), MEN12.index(mn), shape)
        qc = m.q(QUOTES12[k] + ",")
        m2 = _other(mn, 3, MEN12)
        w2 = _other(w, 3, WOMEN12)
        # A name of initials does not show a gender: as a bystander it would make the pronoun
        # ambiguous, so a bystander with initials is replaced by the next person of that gender.
        if shape in (0, 1):
            mn, m2 = (_shows_gender(x, MEN12) for x in (mn, m2))
        else:
            w, w2 = (_shows_gender(x, WOMEN12) for x in (w, w2))
        if shape == 0:
            lead = f"{w.full} debated {mn.full} and {m2.full} in {PLACES12[k % len(PLACES12)]}"
            text = f"{lead} on {DAYS12[k % 7]}. {qc} she said."
            speaker, wrong = w, [mn, m2]
        elif shape == 1:
            text = f"{mn.full} and {m2.full} campaigned with {w.full} on {DAYS12[k % 7]}.\n\n{qc} she said."
            speaker, wrong = w, [mn, m2]
        elif shape == 2:
            text = f"{w.full} and {w2.full} questioned {mn.full} at the hearing.\n\n{qc} he said."
            speaker, wrong = mn, [w, w2]
        else:
            text = f"{mn.full} called {w.full} on {DAYS12[k % 7]} to concede. {qc} he said later."
            speaker, wrong = mn, [w]
        yield Case(
            "", f"ho12-pronoun-{shape}", text, [_d(qc, speaker)], wrong_speakers=[(qc, x.full) for x in wrong]
        )


# --- group 8: debates, questions ---------------------------------------------------------------------


def debate_exchanges() -> Iterator[Case]:
    """Debate exchanges: a moderator asks a question in marks, a candidate answers, the other
    `shot back` or `interrupted`; each quotation keyed to its own speaker."""
    combos = itertools.product(PEOPLE12, range(3), DOUBLE_MARKS, range(len(QUOTES12)))
    for a, shape, m, k in sample(combos, 150, "ho12-debate"):
        b = _other(a, 1)
        mod = _other(a, 6)
        qa = m.q(QUOTES12[k] + ",")
        qb = m.q(QUOTES12[(k + 4) % len(QUOTES12)] + ",")
        question = m.q("Will you raise taxes on the middle class?")
        if shape == 0:
            text = (
                f"The moderator, {mod.full}, asked {a.full}: {question}\n\n"
                f"{qa} {a.surname} said.\n\n{qb} {b.full} shot back."
            )
            expects = [_d(question, mod), _d(qa, a), _d(qb, b)]
        elif shape == 1:
            lead = f"{a.full} and {b.full} met for their only debate on {DAYS12[k % 7]}."
            text = f"{lead}\n\n{qa} {a.surname} said.\n\n{qb} {b.surname} interrupted."
            expects = [_d(qa, a), _d(qb, b)]
        else:
            qbs = m.q(QUOTES12[(k + 4) % len(QUOTES12)] + ".")
            lead = f"{a.full} and {b.full} sparred over taxes."
            text = f"{lead}\n\n{qa} said {a.surname}.\n\n{b.surname} shot back: {qbs}"
            expects = [_d(qa, a), _d(qbs, b)]
        yield Case("", f"ho12-debate-{shape}", text, expects)


def questions_asked() -> Iterator[Case]:
    """Questions: `"Q?" NAME asked.`, `NAME asked: "Q?"`, `NAME asked whether C.` (the content with
    `whether`, like `that`), and `NAME wondered aloud whether C.`"""
    questions = (
        "Where was the governor when the plant closed",
        "Who is paying for all of this",
        "Why should anyone trust these numbers",
        "What happens to the farmers in the meantime",
        "How many more audits do we need",
    )
    combos = itertools.product(PEOPLE12, range(4), MARKS, range(len(questions)))
    for p, shape, m, k in sample(combos, 150, "ho12-questions"):
        clause = CLAUSES12[(k + PEOPLE12.index(p)) % len(CLAUSES12)]
        if shape == 0:
            q = m.q(questions[k] + "?")
            text, expect = f"{q} {p.full} asked.", _d(q, p)
        elif shape == 1:
            q = m.q(questions[k] + "?")
            text, expect = f"{p.full} asked the crowd in {PLACES12[k]}: {q}", _d(q, p)
        elif shape == 2:
            text, expect = f"{p.full} asked whether {clause}.", _i(f"whether {clause}", p)
        else:
            text, expect = f"{p.full} wondered aloud whether {clause}.", _i(f"whether {clause}", p)
        yield Case("", f"ho12-questions-{shape}", text, [expect])


# --- group 9: no quotation ---------------------------------------------------------------------------


def not_quotes() -> Iterator[Case]:
    """Slogans on signs and buttons, bill, book and film titles, `calling it the "..."`, `the
    so-called "..." rule` and a word discussed as a word: nobody speaks and nothing comes out,
    also after a sentence naming a politician."""
    combos = itertools.product(range(len(NOT_QUOTES12)), range(len(NOT_QUOTE_WORDS12)), MARKS, range(2))
    for t, w, m, lead in sample(combos, 160, "ho12-notq"):
        k = _k(t, w, lead)
        body = NOT_QUOTES12[t].format(
            q=m.q(NOT_QUOTE_WORDS12[w]), place=PLACES12[k % len(PLACES12)], day=DAYS12[k % 7]
        )
        if lead:
            p = PEOPLE12[k % len(PEOPLE12)]
            body = f"{p.full} is seeking a second term in the state House. {body}"
        yield Case("", f"ho12-notq-{t}", body, [])


def _one_stop(gen: Callable[[], Iterator[Case]]) -> Callable[[], Iterator[Case]]:
    """*gen* with a name's full stop (`Jr.`, an initial) not doubled at the end of a sentence."""

    def generate() -> Iterator[Case]:
        for case in gen():
            yield attrs.evolve(case, text=case.text.replace("Jr..", "Jr."))

    return generate


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout12.{name}", group, description, unique_texts(_one_stop(gen)))


HELD_OUT_12 = (
    _named("rally_cues", "1", "told supporters at a rally in, campaign stop, aboard the bus", rally_cues),
    _named(
        "posted_statements",
        "1",
        "wrote on Facebook, posted on X, tweeted, statement released by",
        posted_statements,
    ),
    _named("party_titles", "2", "the Republican nominee, the Democratic senator from Vermont", party_titles),
    _named("qualified_titles", "2", "acting, interim, deputy, former, vice roles", qualified_titles),
    _named(
        "role_to_person", "2", "press secretary to the governor, chief of staff to Sen. X", role_to_person
    ),
    _named(
        "affiliated_titles",
        "2",
        "the Treasury's top economist, who is, two roles with and",
        affiliated_titles,
    ),
    _named("distant_cue", "3", "said NAME, who is running for ..., in an interview on Sunday", distant_cue),
    _named("split_quotes", "3", '"C1," NAME said. "C2." and "C1," NAME said, "c2."', split_quotes),
    _named("paragraph_continued", "3", "a quotation continued into the next paragraph", paragraph_continued),
    _named(
        "report_verbs", "4", "insisted, acknowledged, conceded, predicted; with/without that", report_verbs
    ),
    _named("denials_accusations", "4", "denied that, accused X of", denials_accusations),
    _named(
        "according_to", "5", "according to a person, a body, people familiar with the matter", according_to
    ),
    _named(
        "anonymous_sources",
        "5",
        "a senior administration official, who spoke on condition of anonymity",
        anonymous_sources,
    ),
    _named("bodies_speaking", "6", "the White House said, Senate Democrats said, it/they", bodies_speaking),
    _named(
        "campaign_spokespeople",
        "6",
        "a spokeswoman for the campaign, NAME; the candidate silent",
        campaign_spokespeople,
    ),
    _named(
        "name_shapes_later",
        "7",
        "initials, Jr., III, O'/Mc, Spanish, surname first; later surname",
        name_shapes_later,
    ),
    _named("pronoun_three", "7", "pronouns across two or three people", pronoun_three),
    _named("debate_exchanges", "8", "moderator asks, shot back, interrupted", debate_exchanges),
    _named("questions_asked", "8", '"Q?" NAME asked, asked whether, wondered aloud whether', questions_asked),
    _named("not_quotes", "9", "slogans, bill/book/film titles, so-called, words as words", not_quotes),
)
