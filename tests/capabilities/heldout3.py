"""Third held-out round: capabilities written at the start of the fifth round of rule work,
before any of its changes, and not run until it ended.

The first two rounds were read while rules were changed, so they no longer measure
generalisation. These templates use fillers of their own (people, organisations,
quotations, clauses, roles, verbs) that no development template, earlier held-out round or
rule test uses, and phrasings those do not have: speech verbs outside the lexicon, relative
clauses between a name and its cue, titles with an affiliation after ``at`` or before the
name, organisations speaking ``in a statement``, quotations of several sentences, a cue
followed by ``adding that``, a quotation continued after its credit, pronouns across an
organisation's paragraph, a surname that must carry its full name and title, organisations
referred to by new nouns, writing verbs, and quotation marks that are not quotations at all
(titles of works, nicknames, words as words, names of vessels).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, Org, Person
from capkit import ANY, Case, Contains, Expect, named, sample
from captemplates import _cap


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


PEOPLE3 = (
    _p("Harriet Lowe", "Lowe", "f", "plain"),
    _p("Callum Fraser", "Fraser", "m", "plain"),
    _p("Adaeze Nwosu", "Nwosu", "f", "non-Anglo"),
    _p("Pieter de Groot", "de Groot", "m", "multi-part"),
    _p("Siobhan MacRae", "MacRae", "f", "Mc/O'"),
    _p("Brendan Keegan", "Keegan", "m", "-an"),
    _p("Lucia Ferrante", "Ferrante", "f", "non-Anglo"),
    _p("Rhys Pemberton", "Pemberton", "m", "plain"),
    _p("Anneliese Vogt-Hansen", "Vogt-Hansen", "f", "hyphenated"),
    _p("Marcus J. Bell", "Bell", "m", "initial"),
    _p("Priya Raman", "Raman", "f", "-an"),
    _p("Emeka Okonjo", "Okonjo", "m", "non-Anglo"),
    _p("Josephine Tait", "Tait", "f", "plain"),
    _p("Dominic Hartley", "Hartley", "m", "plain"),
)

ORGS3 = (
    Org("Carrow Rail", "Carrow Rail", "the operator"),
    Org("the Fenland Drainage Trust", "Fenland Drainage Trust", "the trust"),
    Org("Marlow Mutual", "Marlow Mutual", "the insurer"),
    Org("the Pinecrest Food Bank", "Pinecrest Food Bank", "the charity"),
    Org("Ostrava Steelworks", "Ostrava Steelworks", "the company"),
    Org("the Eastvale Housing Authority", "Eastvale Housing Authority", "the authority"),
)
#: Organisations whose name reads without an article, for `ORG ROLE NAME`.
BARE_ORGS3 = ("Carrow Rail", "Marlow Mutual", "Ostrava Steelworks", "Harrowgate University")

QUOTES3 = (
    "The trains will run again on Monday",
    "We lost everything in one night",
    "Nobody has explained the delay to us",
    "The pension fund is safe",
    "I warned them about the embankment",
    "Our volunteers cannot keep up",
    "The rent rise is simply not fair",
    "We will rebuild the station",
)
#: Second sentences for quotations of two sentences (with final punctuation).
SECONDS3 = (
    "It is as simple as that.",
    "We owe the town an apology.",
    "Nothing else matters now.",
    "I have said so for years.",
)
CLAUSES3 = (
    "the embankment had been neglected for years",
    "the line would reopen before Christmas",
    "rents would rise by a fifth",
    "the food bank had run out of tinned goods",
    "the steelworks would keep its night shift",
    "the trust had spent the flood budget",
)
#: Speech verbs outside quotex's lexicon when this round was written: (past, present).
VERBS3 = (
    ("scoffed", "scoffs"),
    ("murmured", "murmurs"),
    ("sighed", "sighs"),
    ("grumbled", "grumbles"),
    ("mused", "muses"),
    ("gushed", "gushes"),
    ("huffed", "huffs"),
    ("stammered", "stammers"),
)
RELATIVES3 = (
    "chairs the drainage trust",
    "has run the food bank since 2015",
    "was elected in May",
    "lives beside the embankment",
)
#: Roles held at an organisation: (apposition, the part the title must contain).
ROLES_AT3 = (
    ("a senior lecturer in economics", "senior lecturer in economics"),
    ("head of research", "head of research"),
    ("an analyst", "analyst"),
    ("a consultant surgeon", "consultant surgeon"),
)
#: Roles written before a name after an organisation: `Carrow Rail engineer NAME`.
PREMOD_ROLES3 = ("engineer", "economist", "spokesperson", "chief executive", "safety director")
#: Appositions for a first mention, with the title the surname must carry later.
APPOS3 = (
    ("a flood warden", "flood warden"),
    ("the trust's finance director", "trust's finance director"),
    ("a ticket inspector", "ticket inspector"),
    ("a tenants' representative", "tenants' representative"),
)


def open_speech_verbs() -> Iterator[Case]:
    """`"C," NAME VERBED.` / `"C," NAME VERBS, ADVERBIAL.` with verbs outside the lexicon."""
    tails = ("", ", shaking her head", " quietly", " after the meeting")
    combos = itertools.product(PEOPLE3, VERBS3, MARKS, range(len(QUOTES3)), (False, True), range(4))
    for p, (past, present), m, k, now, t in sample(combos, 300, "ho3-verbs"):
        tail = tails[t].replace("her", "his") if p.gender == "m" else tails[t]
        quote = m.q(QUOTES3[k] + ",")
        text = f"{quote} {p.full} {present if now else past}{tail}."
        yield Case("", "ho3-verbs", text, [Expect(quote, "direct", p.full, None, "person")])


def relative_clause() -> Iterator[Case]:
    """`NAME, who RELATIVE, said CLAUSE.` and `"C," said NAME, who RELATIVE.`"""
    combos = itertools.product(PEOPLE3, RELATIVES3, range(len(CLAUSES3)), DOUBLE_MARKS, (False, True))
    for p, rel, k, m, direct in sample(combos, 200, "ho3-relative"):
        if direct:
            quote = m.q(QUOTES3[k] + ",")
            text = f"{quote} said {p.full}, who {rel}."
            expect = Expect(quote, "direct", p.full, ANY, "person")
        else:
            text = f"{p.full}, who {rel}, said {CLAUSES3[k]}."
            expect = Expect(CLAUSES3[k], "indirect", p.full, ANY, "person")
        yield Case("", "ho3-relative", text, [expect])


def title_at_org() -> Iterator[Case]:
    """`NAME, ROLE at ORG, said that CLAUSE.`: the title keeps its affiliation."""
    combos = itertools.product(PEOPLE3, ROLES_AT3, BARE_ORGS3, CLAUSES3)
    for p, (appos, role), org, clause in sample(combos, 200, "ho3-title-at"):
        text = f"{p.full}, {appos} at {org}, said that {clause}."
        title = Contains((role, org))
        yield Case("", "ho3-title-at", text, [Expect(f"that {clause}", "indirect", p.full, title, "person")])


def premodified_affiliation() -> Iterator[Case]:
    """`ORG ROLE NAME said CLAUSE.` and `"C," said ORG ROLE NAME.`"""
    combos = itertools.product(PEOPLE3, BARE_ORGS3, PREMOD_ROLES3, range(len(CLAUSES3)), (False, True))
    for p, org, role, k, direct in sample(combos, 200, "ho3-premod"):
        if direct:
            quote = f'"{QUOTES3[k]},"'
            text = f"{quote} said {org} {role} {p.full}."
            expect = Expect(quote, "direct", p.full, Contains((role,)), "person")
        else:
            text = f"{org} {role} {p.full} said {CLAUSES3[k]}."
            expect = Expect(CLAUSES3[k], "indirect", p.full, Contains((role,)), "person")
        yield Case("", "ho3-premod", text, [expect])


def organization_statement() -> Iterator[Case]:
    """`In a statement, ORG said CLAUSE.`, `ORG said in a statement on Friday that CLAUSE.`,
    `ORG said on its website that CLAUSE.`"""
    for org, clause, shape in itertools.product(ORGS3, CLAUSES3, range(3)):
        if shape == 0:
            text = f"In a statement, {org.name} said {clause}."
            content = clause
        elif shape == 1:
            text = f"{_cap(org.name)} said in a statement on Friday that {clause}."
            content = f"that {clause}"
        else:
            text = f"{_cap(org.name)} said on its website that {clause}."
            content = f"that {clause}"
        expect = Expect(content, "indirect", org.canonical, None, "organization")
        yield Case("", f"ho3-statement-{shape}", text, [expect])


def multi_sentence() -> Iterator[Case]:
    """`"S1. S2," NAME said.` and `NAME said: "S1. S2."`: one quotation of two sentences."""
    combos = itertools.product(PEOPLE3, range(len(QUOTES3)), SECONDS3, MARKS, (False, True))
    for p, k, second, m, before in sample(combos, 200, "ho3-two-sentences"):
        if before:
            quote = m.q(f"{QUOTES3[k]}. {second}")
            text = f"{p.full} said: {quote}"
        else:
            quote = m.q(f"{QUOTES3[k]}. {second.rstrip('.')},")
            text = f"{quote} {p.full} said."
        yield Case("", "ho3-two-sentences", text, [Expect(quote, "direct", p.full, None, "person")])


def adding_that() -> Iterator[Case]:
    """`"C," NAME said, adding that CLAUSE.`: a direct and an indirect quotation."""
    combos = itertools.product(PEOPLE3, range(len(QUOTES3)), CLAUSES3, DOUBLE_MARKS)
    for p, k, clause, m in sample(combos, 200, "ho3-adding"):
        quote = m.q(QUOTES3[k] + ",")
        text = f"{quote} {p.full} said, adding that {clause}."
        expects = [
            Expect(quote, "direct", p.full, None, "person"),
            Expect(f"that {clause}", "indirect", p.full, None, "person"),
        ]
        yield Case("", "ho3-adding", text, expects)


def continued_quote() -> Iterator[Case]:
    """`"C1," NAME said. "C2"`: the quotation goes on after its credit; as quotex records a
    split quotation (see ``cue.split``), one quote in two parts, the same speaker's. (Fixed
    before the round was run: the first version expected two quotes, against that convention.)"""
    combos = itertools.product(PEOPLE3, range(len(QUOTES3)), SECONDS3, DOUBLE_MARKS, (False, True))
    for p, k, second, m, inverted in sample(combos, 200, "ho3-continued"):
        q1, q2 = m.q(QUOTES3[k] + ","), m.q(second)
        credit = f"said {p.full}" if inverted else f"{p.full} said"
        text = f"{q1} {credit}. {q2}"
        expects = [Expect(text, "direct", p.full, None, "person", parts=(q1, q2))]
        yield Case("", "ho3-continued", text, expects)


def pronoun_past_organization() -> Iterator[Case]:
    """`NAME, ROLE, .... ORG owns ... .\\n\\n"C," she said.`: an organisation between a person
    and the pronoun does not take it. (Fixed after the first run: the organisation's sentence
    was 'has promised to pay for the repairs', itself a report, which an exact case must not
    contain; heldout2's organization_it had the same flaw.)"""
    combos = itertools.product(PEOPLE3, APPOS3, ORGS3, range(len(QUOTES3)), DOUBLE_MARKS)
    for p, (appos, _), org, k, m in sample(combos, 200, "ho3-pronoun-org"):
        quote = m.q(QUOTES3[k] + ",")
        text = (
            f"{p.full}, {appos}, spent the morning at the flooded depot.\n\n"
            f"{_cap(org.name)} owns the depot and the land around it.\n\n"
            f"{quote} {p.pronoun} said."
        )
        yield Case(
            "",
            "ho3-pronoun-org",
            text,
            [Expect(quote, "direct", p.full, ANY, "person")],
            wrong_speakers=[(quote, org.canonical)],
        )


def surname_carries_title() -> Iterator[Case]:
    """`NAME, ROLE, has .... "C," SURNAME said.`: the surname gets the full name and title."""
    combos = itertools.product(PEOPLE3, APPOS3, range(len(QUOTES3)), MARKS)
    for p, (appos, title), k, m in sample(combos, 200, "ho3-surname-title"):
        quote = m.q(QUOTES3[k] + ",")
        text = f"{p.full}, {appos}, has lived in the valley all her life.\n\n{quote} {p.surname} said."
        if p.gender == "m":
            text = text.replace("her life", "his life")
        yield Case("", "ho3-surname-title", text, [Expect(quote, "direct", p.full, title, "person")])


def organization_new_nouns() -> Iterator[Case]:
    """`ORG cut 300 jobs on Monday. "C," the NOUN said.` with nouns such as operator, insurer."""
    for org, k, m in itertools.product(ORGS3, range(len(QUOTES3)), DOUBLE_MARKS):
        quote = m.q(QUOTES3[k] + ",")
        text = f"{_cap(org.name)} cut 300 jobs on Monday.\n\n{quote} {org.nominal} said."
        yield Case("", "ho3-org-noun", text, [Expect(quote, "direct", org.canonical, None, "organization")])


def writing_verbs() -> Iterator[Case]:
    """`NAME wrote on social media that C.`, `In a letter to residents, NAME wrote that C.`,
    `"C," NAME wrote in an email to staff.`"""
    combos = itertools.product(PEOPLE3, range(len(CLAUSES3)), DOUBLE_MARKS, range(3))
    for p, k, m, shape in sample(combos, 200, "ho3-wrote"):
        if shape == 0:
            text = f"{p.full} wrote on social media that {CLAUSES3[k]}."
            expect = Expect(f"that {CLAUSES3[k]}", "indirect", p.full, None, "person")
        elif shape == 1:
            text = f"In a letter to residents, {p.full} wrote that {CLAUSES3[k]}."
            expect = Expect(f"that {CLAUSES3[k]}", "indirect", p.full, None, "person")
        else:
            quote = m.q(QUOTES3[k] + ",")
            text = f"{quote} {p.full} wrote in an email to staff."
            expect = Expect(quote, "direct", p.full, None, "person")
        yield Case("", f"ho3-wrote-{shape}", text, [expect])


#: Quotation marks that quote nobody: (template with {o}/{c} for the marks).
NOT_QUOTES3 = (
    "{n}'s new book, {o}The Salt Road,{c} sold out within a week.",
    "Tam {o}Big Tam{c} Reid sold the yard to {n} in 2019.",
    "The word {o}resilience{c} appears 40 times in the report {n} published.",
    "The trawler {o}Northern Star{c}, skippered by {n}, ran aground on Tuesday.",
    "{n} played the lead in {o}Low Tide{c} at the Tolbooth Theatre last spring.",
)


def not_quotations() -> Iterator[Case]:
    """Titles of works, nicknames, words as words and vessel names are not quotations: no
    sentence reports speech, so nothing may come out. (Fixed after the first run: the nickname
    template was 'Dockers called him "Big Tam"', which is the frame of a mixed quotation,
    `X called it "a disgrace"`; the nickname now stands inside the name.)"""
    combos = itertools.product(PEOPLE3, range(len(NOT_QUOTES3)), DOUBLE_MARKS)
    for p, t, m in sample(combos, 150, "ho3-not-quotes"):
        text = NOT_QUOTES3[t].format(n=p.full, o=m.open, c=m.close)
        yield Case("", f"ho3-not-quotes-{t}", text, [])


HELD_OUT_3 = (
    named("heldout3.open_verbs", "1", "speech verbs outside the lexicon after a quote", open_speech_verbs),
    named("heldout3.relative_clause", "6", "NAME, who ..., said", relative_clause),
    named("heldout3.title_at", "6", "NAME, ROLE at ORG, said: title with affiliation", title_at_org),
    named("heldout3.premodified", "6", "ORG ROLE NAME said", premodified_affiliation),
    named("heldout3.statement", "4", "ORG said in a statement", organization_statement),
    named("heldout3.two_sentences", "1", "quotations of two sentences", multi_sentence),
    named("heldout3.adding_that", "-", "said, adding that CLAUSE", adding_that),
    named("heldout3.continued", "3", "a quotation continued after its credit", continued_quote),
    named("heldout3.pronoun_org", "4", "pronoun past an organisation", pronoun_past_organization),
    named("heldout3.surname_title", "6", "a surname carries name and title", surname_carries_title),
    named("heldout3.org_nouns", "4", "organisations referred to by new nouns", organization_new_nouns),
    named("heldout3.writing", "-", "wrote on social media / in a letter / in an email", writing_verbs),
    named("heldout3.not_quotes", "8", "quotation marks that quote nobody", not_quotations),
)
