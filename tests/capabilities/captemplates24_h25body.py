"""Development capabilities added on branch ``h25body`` in the twenty-fifth round: a body
referred to by another name resolves to the one full name the text introduced, and a document
speaks for whoever wrote or issued it.

* *The Ruvuma Atmospheric, Hydrological and Seismic Services Agency (RAHSSA) issued ...
  "Q," RAHSSA said*: an acronym defined in brackets right after a body's name is that body,
  whatever its letters (a list of words, hyphenated words, initials that skip or take two
  letters, a short form whose letters are not the initials at all); so is one after *, known
  as*;
* *In a dissent, Justice Miriam Okafor wrote that ... "Q," the dissent said*: a document with
  a stated author speaks for the author; *In its ruling, the High Court said ... the judgment
  said*: for the court that issued it.

Guards: brackets after a person's name (*(D-Calif.)*, *(pictured)*, a party's initials) make
no alias; a list of names before a body with brackets is no part of its name; two bodies with
brackets in one article keep apart; a document two people wrote names neither. Bodies, people
and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_H25BODY` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (a body's full name, the acronym a text defines for it in brackets): names in several shapes.
BODIES = (
    ("Ruvuma Atmospheric, Hydrological and Seismic Services Agency", "RAHSSA"),  # a list with commas
    ("Provincial Cross-border Anti-smuggling Authority", "PCAA"),  # hyphenated, lower case after
    ("Independent Broad-based Public Integrity Commission", "IBPIC"),
    ("National Office for Water and Land Management", "NOWLAM"),  # two letters of one word
    ("Lindale Electric Supply Company", "LINESCO"),  # syllables, not initials
    ("Federal Roads Maintenance Agency", "FERMA"),
    ("Council for Coastal Heritage and Marine Parks", "COHEMP"),
    ("Kestrel Valley Transit Authority", "KVTA"),  # plain initials (already handled)
    ("Agency for the Protection of Inland Waters", "APIW"),  # function words skipped
    ("Office of Nuclear Safety and Radiation Control", "ONSRC"),
    ("Mbeya Highlands Tea Growers Association", "MHTGA"),
    ("Northern Anti-drought and Famine Relief Board", "NAFRB"),
)
#: What the body did in its first sentence (after its name).
ACTS = (
    "issued a warning on Tuesday",
    "opened an inquiry on Monday",
    "published its annual report last week",
    "has asked the public for comments",
)
#: A person who speaks between the definition and the acronym's turn.
PEOPLE = ("Ngozi Adeyemi", "Sven Lindqvist", "Priya Raghunathan", "Mateo Quispe", "Hana Kobayashi")
PERSON_LINES = (
    "said the decision had come as no surprise",
    "told reporters that the roads were already closed",
)
QUOTES = (
    "Residents should move to higher ground",
    "We will hold public hearings next month",
    "The figures speak for themselves",
)
REPORTS = (
    "it would hold public hearings",
    "the warning would stay in place until Friday",
    "its staff had worked through the night",
)
#: Where the acronym {a} speaks: (template, quote or report, kind). {q} a direct quotation's
#: words, {r} a report.
FRAMES = (
    ("{op}{q},{cl} {a} said.", "direct"),
    ("{op}{q},{cl} the {a} said.", "direct"),
    ("{op}{q},{cl} said {a}.", "direct"),
    ("{op}{q},{cl} said the {a}.", "direct"),
    ("{A} said {r}.", "indirect"),
    ("{A} said: {op}{q}.{cl}", "direct"),
    ("In a statement, the {a} said {r}.", "indirect"),
)
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _frame(frame: str, acronym: str, q: str, r: str, *, op: str, cl: str) -> tuple[str, str]:
    """The sentence of *frame* with the acronym speaking, and the quotation it expects."""
    sentence = frame.format(a=acronym, A=acronym, q=q, r=r, op=op, cl=cl)
    if "{r}" in frame:
        return sentence, r
    return sentence, f"{op}{q},{cl}" if "{q},{cl}" in frame else f"{op}{q}.{cl}"


def bracket_alias() -> Iterator[Case]:
    """'The X (ACR) acted. [a person speaks] "Q," ACR said.' -> X, whatever ACR's letters."""
    combos = itertools.product(BODIES, ACTS, PEOPLE, PERSON_LINES, QUOTES, REPORTS, FRAMES, MARKS, (0, 1))
    for (name, acr), act, person, line, q, r, (frame, kind), (op, cl), between in sample(
        combos, 420, "h25body-alias"
    ):
        middle = f"{person}, a local official, {line}.\n\n" if between else ""
        sentence, content = _frame(frame, acr, q, r, op=op, cl=cl)
        text = f"The {name} ({acr}) {act}.\n\n{middle}{sentence}"
        yield Case(
            "", kind, text, [Expect(content, kind, name)], exact=False, wrong_speakers=[(content, person)]
        )


#: How a text defines a short form after a comma ('..., known as LINESCO,').
KNOWN_AS = (", known as {a},", ", also known as {a},")


def known_as_alias() -> Iterator[Case]:
    """'The X, known as ACR, acted. [a person speaks] "Q," ACR said.' -> X, whatever ACR's letters."""
    combos = itertools.product(BODIES, ACTS, PEOPLE, PERSON_LINES, QUOTES, REPORTS, FRAMES, MARKS, KNOWN_AS)
    for (name, acr), act, person, line, q, r, (frame, kind), (op, cl), known in sample(
        combos, 160, "h25body-known"
    ):
        sentence, content = _frame(frame, acr, q, r, op=op, cl=cl)
        text = f"The {name}{known.format(a=acr)} {act}.\n\n{person}, a local official, {line}.\n\n{sentence}"
        yield Case(
            "", kind, text, [Expect(content, kind, name)], exact=False, wrong_speakers=[(content, person)]
        )


#: The body speaking with its definition: (template, kind).
DIRECT_FRAMES = (
    ("The {n} ({a}) said on Tuesday that {r}.", "indirect"),
    ("{op}{q},{cl} the {n} ({a}) said in a statement.", "direct"),
    ("{op}{q},{cl} said the {n} ({a}).", "direct"),
    ("The {n} ({a}) said: {op}{q}.{cl}", "direct"),
)


def bracket_direct() -> Iterator[Case]:
    """'The X (ACR) said R.': the body speaks at its definition -> X (not 'ACR', not a part of X)."""
    combos = itertools.product(BODIES, QUOTES, REPORTS, DIRECT_FRAMES, MARKS)
    for (name, acr), q, r, (frame, kind), (op, cl) in sample(combos, 160, "h25body-direct"):
        text = "Heavy rain fell across the region overnight.\n\n" + frame.format(
            n=name, a=acr, q=q, r=r, op=op, cl=cl
        )
        content = (
            (f"that {r}" if "that {r}" in frame else r)
            if kind == "indirect"
            else (f"{op}{q},{cl}" if "{q},{cl}" in frame else f"{op}{q}.{cl}")
        )
        yield Case("", kind, text, [Expect(content, kind, name)], exact=False)


#: Courts that rule, and the document nouns a later sentence names their ruling by.
COURTS = (
    "High Court",
    "Supreme Court",
    "Constitutional Court",
    "Court of Appeal",
    "Federal Court",
    "Labour Appeal Court",
)
#: How the court's document is introduced: (sentence, noun the sentence gives it or None).
COURT_OPENINGS = (
    "In its ruling, the {c} said {r}.",
    "In its judgment, the {c} said {r}.",
    "In a 40-page judgment issued on Monday, the {c} found that {r}.",
    "The {c} issued its ruling on Thursday, finding that {r}.",
    "The {c} published its decision on Friday.",
)
COURT_REPORTS = (
    "the ban was lawful",
    "the election results would stand",
    "the ministry had acted within its powers",
)
COURT_QUOTES = (
    "Parliament acted within its powers",
    "The applicants have not shown any harm",
    "The law is clear on this point",
)
DOC_NOUNS = ("ruling", "judgment", "decision")
DOC_FRAMES = (
    ("{op}{q},{cl} the {d} said.", "direct"),
    ("The {d} said {r2}.", "indirect"),
    ("According to the {d}, {r2}.", "indirect"),
)
LATER_REPORTS = ("the appeal had no merit", "costs would be paid by the state")


def _doc_sentence(frame: str, d: str, q: str, r2: str, *, op: str, cl: str) -> tuple[str, str]:
    sentence = frame.format(d=d, q=q, r2=r2, op=op, cl=cl)
    return sentence, (r2 if "{r2}" in frame else f"{op}{q},{cl}")


def judgment_of_court() -> Iterator[Case]:
    """'In its ruling, the High Court said R. "Q," the judgment said.' -> the court."""
    combos = itertools.product(
        COURTS, COURT_OPENINGS, COURT_REPORTS, COURT_QUOTES, DOC_NOUNS, DOC_FRAMES, MARKS
    )
    for court, opening, r, q, d, (frame, kind), (op, cl) in sample(combos, 200, "h25body-court"):
        sentence, content = _doc_sentence(frame, d, q, LATER_REPORTS[len(q) % 2], op=op, cl=cl)
        text = opening.format(c=court, r=r) + "\n\n" + sentence
        yield Case("", kind, text, [Expect(content, kind, court)], exact=False)


#: Judges of several cultures, with the title written before them.
JUDGES = (
    ("Justice", "Miriam Okafor"),
    ("Justice", "Rohan Bhattacharya"),
    ("Judge", "Ingrid Solberg"),
    ("Justice", "Tomás Echeverría"),
    ("Judge", "Kwame Asante"),
    ("Justice", "Aiko Matsuda"),
)
#: How the judge's document is introduced ({t} title, {j} judge, {r} what it said).
DISSENT_OPENINGS = (
    ("In a dissent, {t} {j} wrote that {r}.", "dissent"),
    ("{t} {j} wrote a dissent, arguing that {r}.", "dissent"),
    ("{t} {j} issued a dissent on Monday, saying {r}.", "dissent"),
    ("In a separate opinion, {t} {j} wrote that {r}.", "opinion"),
    ("{t} {j} wrote the judgment, which found that {r}.", "judgment"),
    ("In a dissenting opinion, {t} {j} wrote that {r}.", "opinion"),
)
DISSENT_REPORTS = ("the majority had misread the statute", "the lower court had been right")
DISSENT_QUOTES = ("The court rewrites the law", "This reading has no support in the text")


def dissent_of_judge() -> Iterator[Case]:
    """'In a dissent, Justice Miriam Okafor wrote that R. "Q," the dissent said.' -> Miriam Okafor."""
    frames = (("{op}{q},{cl} the {d} said.", "direct"), ("The {d} said {r2}.", "indirect"))
    combos = itertools.product(JUDGES, DISSENT_OPENINGS, DISSENT_REPORTS, DISSENT_QUOTES, frames, MARKS)
    for (title, judge), (opening, d), r, q, (frame, kind), (op, cl) in sample(combos, 200, "h25body-dissent"):
        sentence, content = _doc_sentence(frame, d, q, LATER_REPORTS[len(q) % 2], op=op, cl=cl)
        text = (
            "The Supreme Court upheld the law by five votes to four on Tuesday.\n\n"
            + opening.format(t=title, j=judge, r=r)
            + "\n\n"
            + sentence
        )
        yield Case("", kind, text, [Expect(content, kind, judge)], exact=False)


#: Brackets after a person's name: a party and state, a picture, a party's initials.
PERSON_BRACKETS = ("(D-Calif.)", "(R-Texas)", "(pictured)", "(LDP)", "(PNC)", "(ANC)")
PERSONS = ("Maria Lopez", "Joseph Mwangi", "Leila Haddad", "Björn Eriksson", "Anjali Mehta")


def person_bracket_not_alias() -> Iterator[Case]:
    """'Maria Lopez (D-Calif.) said R. "Q," Lopez said.' -> Maria Lopez; a party's initials in
    brackets after her name are no name of hers ('"Q," the LDP said' is not hers)."""
    combos = itertools.product(PERSONS, PERSON_BRACKETS, QUOTES, REPORTS, MARKS)
    for person, bracket, q, r, (op, cl) in sample(combos, 150, "h25body-person"):
        surname = person.split()[-1]
        first = f"{person} {bracket} said {r}."
        quote = f"{op}{q},{cl}"
        expects = [Expect(r, "indirect", person), Expect(quote, "direct", person)]
        text = f"{first}\n\n{quote} {surname} said."
        wrong: list[tuple[str, str]] = []
        if bracket[1:-1].isupper():
            party = bracket[1:-1]
            other = f"{op}{QUOTES[(QUOTES.index(q) + 1) % len(QUOTES)]},{cl}"
            text += f"\n\nThe party was founded in 1992.\n\n{other} the {party} said in a statement."
            wrong.append((other, person))
        yield Case("", "person", text, expects, exact=False, wrong_speakers=wrong)


def two_bracketed_bodies() -> Iterator[Case]:
    """Two bodies defined with brackets in one article: each acronym is its own body."""
    pairs = [(a, b) for a, b in itertools.permutations(BODIES, 2) if a[1][0] != b[1][0]]
    combos = itertools.product(pairs, QUOTES, REPORTS, MARKS, (0, 1))
    for ((n1, a1), (n2, a2)), q, r, (op, cl), order in sample(combos, 160, "h25body-two"):
        quote = f"{op}{q},{cl}"
        lines = [(f"{quote} the {a1} said.", quote, n1, n2), (f"The {a2} said {r}.", r, n2, n1)]
        if order:
            lines.reverse()
        text = f"The {n1} ({a1}) and the {n2} ({a2}) met on Wednesday.\n\n" + "\n\n".join(
            s for s, *_ in lines
        )
        expects = [Expect(c, "direct" if c == quote else "indirect", right) for _, c, right, _ in lines]
        yield Case(
            "", "two", text, expects, exact=False, wrong_speakers=[(c, wrong) for _, c, _, wrong in lines]
        )


#: (a list's last body, its acronym) and the names listed before it: firms and people.
LAST_BODIES = (
    ("Tirravel Cloud Services", "TCS"),
    ("Northgate Data Systems", "NDS"),
    ("Harbour Freight Lines", "HFL"),
    ("Port Authority", "PA"),
)
LISTED_BEFORE = (
    ("Orvana", "Bluefin"),
    ("Kestrel Mining", "Dunmarsh Insurance"),
    ("Ana Berg", "Ivo Lund"),
    ("Chidi Okonkwo", "Mei Tanaka"),
)


def listed_bodies() -> Iterator[Case]:
    """'Orvana, Bluefin and Tirravel Cloud Services (TCS) signed ... "Q," TCS said.' -> the last
    body alone: a list of names before it is no part of its name."""
    combos = itertools.product(LAST_BODIES, LISTED_BEFORE, QUOTES, MARKS, ("", "the "))
    for (name, acr), (x, y), q, (op, cl), det in sample(combos, 120, "h25body-listed"):
        quote = f"{op}{q},{cl}"
        text = f"{x}, {y} and {det}{name} ({acr}) signed the pledge on Monday.\n\n{quote} {acr} said."
        yield Case("", "listed", text, [Expect(quote, "direct", name)], exact=False)


#: Two judges who each wrote a dissent: 'the dissent' names neither.
def two_authors_abstain() -> Iterator[Case]:
    """'Justice A wrote a dissent, and Justice B wrote another. "Q," the dissent said.' -> not A, not B."""
    pairs = [(a, b) for a, b in itertools.permutations(JUDGES, 2)]
    combos = itertools.product(pairs, DISSENT_QUOTES, MARKS)
    for ((t1, j1), (t2, j2)), q, (op, cl) in sample(combos, 80, "h25body-twoauthors"):
        quote = f"{op}{q},{cl}"
        text = (
            f"{t1} {j1} wrote a dissent, and {t2} {j2} wrote a dissent of their own.\n\n"
            f"{quote} the dissent said.\n\n"
            f"{j2} later said the vote had been close."
        )
        yield Case(
            "",
            "two-authors",
            text,
            [Expect("the vote had been close", "indirect", j2)],
            exact=False,
            wrong_speakers=[(quote, j1), (quote, j2)],
        )


ROUND24_H25BODY: tuple[Capability, ...] = (
    named(
        "org.bracket_acronym_alias",
        "2",
        'The X (ACR) acted. [a person speaks] "Q," ACR said.: the body X, whatever the acronym\'s letters',
        bracket_alias,
    ),
    named(
        "org.known_as_alias",
        "2",
        'The X, known as ACR, acted. [a person speaks] "Q," ACR said.: the body X',
        known_as_alias,
    ),
    named(
        "org.bracket_acronym_direct",
        "2",
        "The X (ACR) said R.: the body X, its whole name",
        bracket_direct,
    ),
    named(
        "documents.judgment_of_court",
        "2",
        'In its ruling, the High Court said R. "Q," the judgment said.: the court',
        judgment_of_court,
    ),
    named(
        "documents.dissent_of_judge",
        "2",
        'In a dissent, Justice NAME wrote that R. "Q," the dissent said.: the judge',
        dissent_of_judge,
    ),
    named(
        "org.person_bracket_not_alias",
        "2",
        'Maria Lopez (D-Calif.) said R. "Q," Lopez said.: the person; a party\'s initials no alias of hers',
        person_bracket_not_alias,
    ),
    named(
        "org.two_bracketed_bodies",
        "2",
        'The X (A) and the Y (B) met. "Q," the A said. The B said R.: each its own body',
        two_bracketed_bodies,
    ),
    named(
        "org.listed_bodies_apart",
        "2",
        'Orvana, Bluefin and Tirravel Cloud Services (TCS) signed. "Q," TCS said.: the last body alone',
        listed_bodies,
    ),
    named(
        "documents.two_authors_abstain",
        "2",
        'Justice A wrote a dissent, and Justice B wrote another. "Q," the dissent said.: neither',
        two_authors_abstain,
    ),
)
