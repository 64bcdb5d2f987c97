"""Second held-out round: capabilities written before the fourth round of rule work and not
run until it ended.

The first held-out round (``heldout.py``) was read while rules were changed, so it no longer
measures generalisation. These templates were written by a coordinator who did not change
rules in that round, with fillers of their own (people, organisations, quotations, clauses,
roles) that no development template or rule test uses, and phrasings the development
templates do not have: questions and exclamations, ``according to`` a named person,
interviews and outlets, long appositions after an inverted cue, a person referred back to
by their role noun, pronoun agreement against recency, ``it`` for an organisation, scare
quotes inside a reported clause, bylines, two speakers in one passage, apostrophes inside
single-mark quotations, and perfect or modal reporting verbs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS, Org, Person
from capkit import ANY, Case, Contains, Expect, named, sample
from captemplates import _cap


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


PEOPLE2 = (
    _p("Carla Mendes", "Mendes", "f", "plain"),
    _p("Declan Rourke", "Rourke", "m", "plain"),
    _p("Yusuf Karaca", "Karaca", "m", "non-Anglo"),
    _p("Ingrid Solberg", "Solberg", "f", "plain"),
    _p("Nathan Whitman", "Whitman", "m", "-an"),
    _p("Maeve O'Halloran", "O'Halloran", "f", "Mc/O'"),
    _p("Luis Ángel Romero", "Romero", "m", "multi-part"),
    _p("Chiamaka Obi", "Obi", "f", "non-Anglo"),
    _p("Grant McKenna", "McKenna", "m", "Mc/O'"),
    _p("Hanna Lindqvist-Berg", "Lindqvist-Berg", "f", "hyphenated"),
    _p("Tobias K. Wren", "Wren", "m", "initial"),
    _p("Mei-Ling Zhou", "Zhou", "f", "hyphenated"),
    _p("Rafferty Dunn", "Dunn", "m", "plain"),
    _p("Beatriz van Dijk", "van Dijk", "f", "multi-part"),
    _p("Samuel Ashworth", "Ashworth", "m", "plain"),
    _p("Noor Rahimi", "Rahimi", "f", "non-Anglo"),
)
WOMEN = tuple(p for p in PEOPLE2 if p.gender == "f")
MEN = tuple(p for p in PEOPLE2 if p.gender == "m")

ORGS2 = (
    Org("Kestrel Freight", "Kestrel Freight", "the company"),
    Org("the Northshore Water Board", "Northshore Water Board", "the board"),
    Org("Alder Valley Hospital", "Alder Valley Hospital", "the hospital"),
    Org("the Coastal Fishermen's Association", "Coastal Fishermen's Association", "the association"),
    Org("Solvane Energy", "Solvane Energy", "the utility"),
    Org("Brightwater Council", "Brightwater Council", "the council"),
)

QUOTES2 = (
    "The pumps failed at midnight",
    "We have asked for an inquiry",
    "Nobody here trusts the numbers",
    "The depot will reopen next week",
    "I never saw the letter",
    "Our members are exhausted",
    "This is the worst flood in decades",
    "They promised us a new clinic",
)
QUESTIONS2 = (
    "Who will pay for the repairs?",
    "Why did nobody warn us?",
    "Where is the money going?",
    "How long must we wait?",
)
EXCLAMATIONS2 = ("Get out of the water!", "Not one more cut!", "Shame on the board!")
CLAUSES2 = (
    "the depot would reopen in March",
    "the pumps had failed twice that week",
    "the inquiry would report by autumn",
    "the clinic had run out of beds",
    "fares would be frozen for a year",
    "the harbour wall was unsafe",
)

#: Appositions (text, accepted title, the role noun a later reference uses).
ROLES2 = (
    ("a night-shift nurse", "night-shift nurse", "nurse"),
    ("the board's chief engineer", "board's chief engineer", "engineer"),
    ("a lawyer for the families", "lawyer for the families", "lawyer"),
    ("a deputy mayor", "deputy mayor", "mayor"),
    ("a spokesman for the coastguard", "spokesman for the coastguard", "spokesman"),
    ("a retired teacher", "retired teacher", "teacher"),
)
OUTLETS = ("the Morning Ledger", "Radio Northshore", "the Harbour Examiner", "Channel 9 News")


def questions_exclamations() -> Iterator[Case]:
    """`"Q?" NAME asked.`, `"Q?" asked NAME.`, `"E!" NAME shouted.`: the quote ends in ? or !"""
    forms = (("asked", "{q} {n} asked."), ("asked", "{q} asked {n}."), ("asks", "{q} {n} asks."))
    combos = itertools.product(PEOPLE2, forms, MARKS, QUESTIONS2)
    for p, (_, frame), m, question in sample(combos, 200, "ho2-question"):
        quote = m.q(question)
        text = frame.format(q=quote, n=p.full)
        yield Case("", "ho2-question", text, [Expect(quote, "direct", p.full, None, "person")])
    verbs = ("shouted", "yelled", "cried")
    combos2 = itertools.product(PEOPLE2, verbs, DOUBLE_MARKS, EXCLAMATIONS2)
    for p, verb, m, exclamation in sample(combos2, 100, "ho2-exclaim"):
        quote = m.q(exclamation)
        text = f"The crowd fell silent. {quote} {p.full} {verb}."
        yield Case("", "ho2-exclaim", text, [Expect(quote, "direct", p.full, None, "person")])


def according_to_person() -> Iterator[Case]:
    """`CLAUSE, according to NAME, ROLE.` and `According to NAME, ROLE, CLAUSE.`"""
    combos = itertools.product(PEOPLE2, ROLES2, CLAUSES2, (False, True))
    for p, (appos, title, _), clause, fronted in sample(combos, 250, "ho2-according"):
        if fronted:
            text = f"According to {p.full}, {appos}, {clause}."
            content = clause
        else:
            content = _cap(clause)
            text = f"{content}, according to {p.full}, {appos}."
        yield Case("", "ho2-according", text, [Expect(content, "indirect", p.full, title, "person")])


def told_outlet() -> Iterator[Case]:
    """`NAME told OUTLET that CLAUSE.` and `"C," NAME told OUTLET.`: the outlet is no speaker."""
    combos = itertools.product(PEOPLE2, OUTLETS, range(len(CLAUSES2)), DOUBLE_MARKS, (False, True))
    for p, outlet, k, m, direct in sample(combos, 200, "ho2-told"):
        if direct:
            quote = m.q(QUOTES2[k] + ",")
            text = f"{quote} {p.full} told {outlet} on Wednesday."
            expect = Expect(quote, "direct", p.full, None, "person")
        else:
            text = f"{p.full} told {outlet} that {CLAUSES2[k]}."
            expect = Expect(f"that {CLAUSES2[k]}", "indirect", p.full, None, "person")
        yield Case("", "ho2-told", text, [expect], wrong_speakers=[(expect.content, outlet)])


def interview_tail() -> Iterator[Case]:
    """`"C," NAME said in an interview.`, `NAME said in a phone interview that CLAUSE.`,
    `In an interview, NAME said CLAUSE.`"""
    combos = itertools.product(PEOPLE2, range(len(CLAUSES2)), MARKS, range(3))
    for p, k, m, shape in sample(combos, 200, "ho2-interview"):
        if shape == 0:
            quote = m.q(QUOTES2[k] + ",")
            text = f"{quote} {p.full} said in an interview on Tuesday."
            expect = Expect(quote, "direct", p.full, None, "person")
        elif shape == 1:
            text = f"{p.full} said in a phone interview that {CLAUSES2[k]}."
            expect = Expect(f"that {CLAUSES2[k]}", "indirect", p.full, None, "person")
        else:
            text = f"In an interview, {p.full} said {CLAUSES2[k]}."
            expect = Expect(CLAUSES2[k], "indirect", p.full, None, "person")
        yield Case("", f"ho2-interview-{shape}", text, [expect])


def inverted_long_title() -> Iterator[Case]:
    """`"C," said NAME, ROLE.` and `"C," said ORG's ROLE, NAME.`"""
    combos = itertools.product(PEOPLE2, ROLES2, MARKS, range(len(QUOTES2)))
    for p, (appos, title, _), m, k in sample(combos, 150, "ho2-inv-appos"):
        quote = m.q(QUOTES2[k] + ",")
        text = f"{quote} said {p.full}, {appos}."
        yield Case("", "ho2-inv-appos", text, [Expect(quote, "direct", p.full, title, "person")])
    roles = ("chief executive", "finance director", "head of safety")
    combos2 = itertools.product(PEOPLE2, ORGS2, roles, DOUBLE_MARKS, range(len(QUOTES2)))
    for p, org, role, m, k in sample(combos2, 150, "ho2-inv-org-role"):
        quote = m.q(QUOTES2[k] + ",")
        text = f"{quote} said {org.name}'s {role}, {p.full}."
        yield Case(
            "", "ho2-inv-org-role", text, [Expect(quote, "direct", p.full, Contains((role,)), "person")]
        )


def role_noun_back() -> Iterator[Case]:
    """`NAME, ROLE, has ... . "C," the ROLE-NOUN said.`: the role noun refers back to NAME."""
    combos = itertools.product(PEOPLE2, ROLES2, MARKS, range(len(QUOTES2)))
    for p, (appos, _, noun), m, k in sample(combos, 200, "ho2-role-back"):
        quote = m.q(QUOTES2[k] + ",")
        text = f"{p.full}, {appos}, has lived on the estate for 20 years.\n\n{quote} the {noun} said."
        yield Case("", "ho2-role-back", text, [Expect(quote, "direct", p.full, ANY, "person")])


def pronoun_agreement() -> Iterator[Case]:
    """`A drove to the depot with B. "C," she said.`: the pronoun agrees with A although B is
    nearer."""
    pairs = list(itertools.product(WOMEN, MEN)) + list(itertools.product(MEN, WOMEN))
    combos = itertools.product(pairs, MARKS[:2], range(len(QUOTES2)))
    for (a, b), m, k in sample(combos, 250, "ho2-agree"):
        quote = m.q(QUOTES2[k] + ",")
        text = f"{a.full} drove to the depot with {b.full} on Monday.\n\n{quote} {a.pronoun} said."
        yield Case(
            "",
            "ho2-agree",
            text,
            [Expect(quote, "direct", a.full, None, "person")],
            wrong_speakers=[(quote, b.full)],
        )


def organization_it() -> Iterator[Case]:
    """`ORG closed ... . "C," it said in a statement.` and `It said CLAUSE.` (The first
    sentence reports nothing: the first version, 'announced the closures', 'rejected the
    complaint', was itself a report, which an exact case must not contain.)"""
    for org, k, m in itertools.product(ORGS2, range(len(QUOTES2)), DOUBLE_MARKS):
        quote = m.q(QUOTES2[k] + ",")
        text = f"{_cap(org.name)} closed three depots on Monday. {quote} it said in a statement."
        yield Case("", "ho2-it-direct", text, [Expect(quote, "direct", org.canonical, None, "organization")])
    for org, clause in itertools.product(ORGS2, CLAUSES2):
        text = f"{_cap(org.name)} lost the appeal on Tuesday. It said {clause}."
        yield Case(
            "", "ho2-it-indirect", text, [Expect(clause, "indirect", org.canonical, None, "organization")]
        )


#: Reported clauses with a scare-quoted word or phrase inside: (before, fragment, after).
SCARE2 = (
    ("the", "temporary", "closure had cost the town dearly"),
    ("the board's", "review", "was a way to delay the repairs"),
    ("the new fares were", "fair and simple", "only on paper"),
    ("the so-called", "rescue plan", "would sink the fleet"),
)


def scare_quotes_in_clause() -> Iterator[Case]:
    """`NAME said the "temporary" closure had cost the town dearly.` and the clause fronted."""
    combos = itertools.product(PEOPLE2, SCARE2, DOUBLE_MARKS, (False, True), ("said", "says"))
    for p, (before, frag, after), m, fronted, verb in sample(combos, 200, "ho2-scare"):
        clause = f"{before} {m.q(frag)} {after}"
        if fronted:
            content = _cap(clause)
            text = f"{content}, {p.full} {verb}."
        else:
            content = clause
            text = f"{p.full} {verb} {clause}."
        yield Case("", "ho2-scare", text, [Expect(content, "mixed", p.full, None, "person")])


def bylines() -> Iterator[Case]:
    """`By A\\n\\nCITY — "C," B said.`: the byline's author is never a speaker."""
    datelines = ("HALIFAX, Nova Scotia —", "GALWAY, Ireland —", "DULUTH, Minn. —")
    combos = itertools.product(PEOPLE2, PEOPLE2, datelines, range(len(QUOTES2)), (False, True))
    for a, b, dateline, k, two in sample(combos, 150, "ho2-byline"):
        if a == b:
            continue
        byline = f"By {a.full} and Jo Ferris, Staff Writers" if two else f"By {a.full}"
        quote = f'"{QUOTES2[k]},"'
        text = f"{byline}\n\n{dateline} {quote} {b.full} said."
        city = dateline.split(",")[0].split(" —")[0]
        yield Case(
            "",
            "ho2-byline",
            text,
            [Expect(quote, "direct", b.full, None, "person")],
            forbidden=(city,),
            wrong_speakers=[(quote, a.full)],
        )


def two_speakers() -> Iterator[Case]:
    """`"C1," said A. B disagreed. "C2," he said.` and `A said C1. B, however, said C2.`"""
    pairs = list(itertools.product(WOMEN, MEN)) + list(itertools.product(MEN, WOMEN))
    combos = itertools.product(pairs, range(len(QUOTES2) - 1), (False, True))
    for (a, b), k, direct in sample(combos, 200, "ho2-two"):
        if direct:
            q1, q2 = f'"{QUOTES2[k]},"', f'"{QUOTES2[k + 1]},"'
            text = f"{q1} said {a.full}. {b.full} disagreed. {q2} {b.pronoun} said."
            expects = [Expect(q1, "direct", a.full, None), Expect(q2, "direct", b.full, None)]
        else:
            c1, c2 = CLAUSES2[k % 6], CLAUSES2[(k + 1) % 6]
            text = f"{a.full} said {c1}. {b.full}, however, said {c2}."
            expects = [Expect(c1, "indirect", a.full, None), Expect(c2, "indirect", b.full, None)]
        yield Case("", "ho2-two", text, expects)


#: Quotations with apostrophes inside, for single-mark styles: (straight form, curly form).
APOSTROPHES2 = (
    ("We can't wait any longer", "We can’t wait any longer"),
    ("The town's pumps are failing", "The town’s pumps are failing"),
    ("It isn't safe to swim", "It isn’t safe to swim"),
    ("They've closed the clinic", "They’ve closed the clinic"),
)


def single_marks_apostrophes() -> Iterator[Case]:
    """`‘We can’t wait any longer,’ said NAME.`: apostrophes inside a single-mark quotation."""
    combos = itertools.product(PEOPLE2, SINGLE_MARKS, APOSTROPHES2, (False, True))
    for p, m, (straight, curly), inverted in sample(combos, 200, "ho2-apos"):
        content = curly if m.open == "‘" else straight
        quote = m.q(content + ",")
        text = f"{quote} said {p.full}." if inverted else f"{quote} {p.full} said."
        yield Case("", "ho2-apos", text, [Expect(quote, "direct", p.full, None, "person")])


def perfect_and_modal() -> Iterator[Case]:
    """`NAME has said that C.`, `NAME has repeatedly said C.`, `NAME would later say that C.`"""
    frames = (
        "has said that",
        "has repeatedly said",
        "had said that",
        "would later say that",
        "has long argued that",
    )
    combos = itertools.product(PEOPLE2, frames, CLAUSES2)
    for p, frame, clause in sample(combos, 200, "ho2-perfect"):
        content = f"that {clause}" if frame.endswith("that") else clause
        text = f"{p.full} {frame.removesuffix(' that')} {content}."
        yield Case("", "ho2-perfect", text, [Expect(content, "indirect", p.full, None, "person")])


HELD_OUT_2 = (
    named("heldout2.questions", "1", "quotations ending in ? or !", questions_exclamations),
    named("heldout2.according_to", "5", "according to a named person with a role", according_to_person),
    named("heldout2.told_outlet", "1", "NAME told OUTLET: the outlet is no speaker", told_outlet),
    named("heldout2.interview", "1", "said in an interview", interview_tail),
    named("heldout2.inverted_title", "6", "titles after an inverted cue", inverted_long_title),
    named("heldout2.role_noun_back", "4", "the role noun refers back to the person", role_noun_back),
    named("heldout2.pronoun_agreement", "4", "pronoun agreement beats recency", pronoun_agreement),
    named("heldout2.organization_it", "4", "it for an organisation", organization_it),
    named("heldout2.scare_quotes", "-", "scare quotes inside a reported clause", scare_quotes_in_clause),
    named("heldout2.byline", "7", "bylines are never speakers", bylines),
    named("heldout2.two_speakers", "4", "two speakers in one passage", two_speakers),
    named("heldout2.single_apostrophes", "8", "apostrophes inside single marks", single_marks_apostrophes),
    named("heldout2.perfect_modal", "-", "perfect and modal reporting verbs", perfect_and_modal),
)
