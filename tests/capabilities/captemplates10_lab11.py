"""Development capabilities of helper lab11's round (issue 11, speakers a fact-checker can
trust: names and titles): one generator per mechanism, with people, bodies and sentences of
their own (none from the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND10_LAB11` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, a hyphenated surname, a non-Anglo name, a short one.
PEOPLE10 = (
    _p("Wilhelmina Achterberg", "Achterberg", "f", "plain"),
    _p("Desmond Okonkwo", "Okonkwo", "m", "non-Anglo"),
    _p("Rosalind Pryce-Jenner", "Pryce-Jenner", "f", "hyphenated"),
    _p("Anton Vukovic", "Vukovic", "m", "plain"),
    _p("Ada Lum", "Lum", "f", "short"),
    _p("Bruno Haskett", "Haskett", "m", "plain"),
)

#: Direct quotations (no final punctuation: the template adds it).
QUOTES10 = (
    "The pumps were never tested",
    "We will reopen the north pier in May",
    "Nobody told the night crews",
    "The tunnel budget is already spent",
)

#: Clauses reported in this file (our own).
CLAUSES10 = (
    "the pumps were never tested",
    "the north pier would reopen in May",
    "the night crews had not been told",
)


# -- a label naming a role in a hearing transcript --------------------------------------------

#: How an article introduces the person who chairs a hearing, with the label's noun: (sentence
#: with NAME, label). 'THE CHAIR' is the chair, a chairwoman, a chairman, or 'X, who chairs'
#: ('THE CHAIRPERSON' too).
CHAIR_INTROS10 = (
    ("Committee Chairwoman NAME opened the hearing on Monday.", "THE CHAIR"),
    ("Committee Chairman NAME opened the hearing on Monday.", "THE CHAIR"),
    ("NAME, who chairs the harbour committee, opened the hearing on Monday.", "THE CHAIR"),
    ("Councillor NAME, who chairs the inquiry, opened the hearing on Monday.", "THE CHAIR"),
    ("The hearing was opened on Monday by committee chair NAME.", "THE CHAIR"),
    ("NAME, the committee chair, opened the hearing on Monday.", "THE CHAIR"),
    ("NAME, who chairs the ferry inquiry, opened the hearing on Monday.", "THE CHAIRPERSON"),
    ("NAME chairs the harbour committee. The hearing opened on Monday.", "THE CHAIR"),
)


def role_label() -> Iterator[Case]:
    """`INTRO naming NAME as chair. / THE CHAIR: Q / THE WITNESS: Q2`: the chair's turn is the
    person the article introduced in that role; a label whose role nobody holds ('THE WITNESS')
    is the role description itself, never a person named before."""
    combos = itertools.product(PEOPLE10, range(len(CHAIR_INTROS10)), range(len(QUOTES10)), (0, 1))
    for p, i, k, said in sample(combos, 120, "lab11-role-label"):
        intro, label = CHAIR_INTROS10[i]
        intro = intro.replace("NAME", p.full)
        q1, q2 = QUOTES10[k] + ".", QUOTES10[(k + 1) % len(QUOTES10)] + "."
        other = PEOPLE10[(PEOPLE10.index(p) + 1) % len(PEOPLE10)]
        first_quote = f'"{QUOTES10[(k + 2) % len(QUOTES10)]},"'
        lead = f"{first_quote} {other.full} said before the session.\n\n" if said else ""
        text = f"{lead}{intro}\n\n{label}: {q1}\n\nTHE WITNESS: {q2}"
        expects = [Expect(q1, "direct", p.full), Expect(q2, "direct", "the witness")]
        if said:
            expects.insert(0, Expect(first_quote, "direct", other.full))
        yield Case("", "lab11-role-label", text, expects, wrong_speakers=[(q2, p.full)])


#: Titles a transcript writes in capitals before a surname, with the title an article gives
#: (empty: the person's honorific, MR. or MRS.).
CAPITAL_LABELS10 = (("SEN.", "Senator"), ("REP.", "Representative"), ("GOV.", "Governor"), ("", ""))


def _honorific(p: Person) -> str:
    """The honorific a transcript writes in capitals before *p*'s surname."""
    return "MRS." if p.gender == "f" else "MR."


def capital_honorific_label() -> Iterator[Case]:
    """`TITLE NAME testified. ... / SEN. SURNAME: Q / MR. SURNAME2: Q2`: a label with an honorific
    or title abbreviation in capitals is one turn of the surname's person (its full stop ends no
    sentence), never a turn of 'SURNAME' alone nor a quote with no speaker."""
    combos = itertools.product(range(len(PEOPLE10)), range(len(CAPITAL_LABELS10)), range(len(QUOTES10)))
    for i, c, k in sample(combos, 90, "lab11-capital-label"):
        p, other = PEOPLE10[i], PEOPLE10[(i + 2) % len(PEOPLE10)]
        label, title = CAPITAL_LABELS10[c]
        label = label or _honorific(p)
        q1, q2 = QUOTES10[k] + ".", QUOTES10[(k + 1) % len(QUOTES10)] + "."
        intro = f"{title} {p.full}" if title else p.full
        text = (
            f"{intro} met {other.full} before the hearing on Monday.\n\n"
            f"{label} {p.surname.upper()}: {q1}\n\n{_honorific(other)} {other.surname.upper()}: {q2}"
        )
        expects = [Expect(q1, "direct", p.full), Expect(q2, "direct", other.full)]
        yield Case("", "lab11-capital-label", text, expects)


# -- a role and its portfolio before a name ---------------------------------------------------

#: Titles made of a role, *of* or *for* and a portfolio of one or two lower-case nouns.
PORTFOLIO_TITLES10 = (
    "former secretary of state",
    "head of logistics",
    "deputy mayor for housing",
    "minister for energy",
    "director of public health",
    "secretary of state",
)


def portfolio_title() -> Iterator[Case]:
    """`Former secretary of state NAME: "Q"`, `"Q," said head of logistics NAME.`, `Deputy mayor
    for housing NAME said C`: the whole phrase is the title and the name the speaker (never
    'Former secretary' as a name: *state* is the office, not a verb)."""
    shapes = ("colon", "after", "before", "colon-said")
    combos = itertools.product(PEOPLE10, PORTFOLIO_TITLES10, shapes, DOUBLE_MARKS, range(len(QUOTES10)))
    for p, title, shape, m, k in sample(combos, 200, "lab11-portfolio"):
        cap = title[:1].upper() + title[1:]
        lead = "The harbour plan drew replies on Tuesday.\n\n"
        if shape == "before":
            clause = CLAUSES10[k % len(CLAUSES10)]
            text = f"{lead}{cap} {p.full} said {clause}."
            expects = [Expect(clause, "indirect", p.full, cap, "person")]
        else:
            quote = m.q(QUOTES10[k] + ("," if shape == "after" else "."))
            if shape == "colon":
                text = f"{lead}{cap} {p.full}: {quote}"
            elif shape == "colon-said":
                text = f"{lead}{cap} {p.full} said: {quote}"
            else:
                text = f"{lead}{quote} said {title} {p.full}."
            expects = [Expect(quote, "direct", p.full, cap if shape != "after" else title, "person")]
        yield Case("", "lab11-portfolio", text, expects)


# -- a roundup credit led by a whole title ----------------------------------------------------

#: Titles a roundup writes before a name and a colon (a role, then whom or where it serves).
CREDIT_TITLES10 = (
    "Chief executive of the port",
    "Head of logistics at the port authority",
    "Retired admiral",
    "Deputy mayor for housing",
    "Minister of state for trade",
    "Union organiser at the shipyard",
)


def credit_title() -> Iterator[Case]:
    """A roundup of reactions, one credit a paragraph: `TITLE NAME: "Q"`: the speaker is the
    person and the title every word before the name."""
    combos = itertools.product(range(len(PEOPLE10)), range(len(CREDIT_TITLES10)), DOUBLE_MARKS, (2, 3))
    for i, t, m, n in sample(combos, 120, "lab11-credit"):
        paras, expects = ["Reactions to the harbour plan came quickly."], []
        for j in range(n):
            p = PEOPLE10[(i + j) % len(PEOPLE10)]
            title = CREDIT_TITLES10[(t + j) % len(CREDIT_TITLES10)]
            quote = m.q(QUOTES10[(i + j) % len(QUOTES10)] + ".")
            paras.append(f"{title} {p.full}: {quote}")
            expects.append(Expect(quote, "direct", p.full, title, "person"))
        yield Case("", "lab11-credit", "\n\n".join(paras), expects)


# -- a body's role before a name, and an agent noun compound in an apposition ------------------

#: (body written with 'the', its role): a possessive body before a role with a portfolio.
BODY_ROLES10 = (
    ("port authority", "head of logistics"),
    ("water board", "director of operations"),
    ("city council", "head of planning"),
)
#: Roles of two nouns, the first an agent noun, and the place after them.
AGENT_COMPOUNDS10 = (
    ("volunteer coastguard", "in Whitby"),
    ("specialist nurse", "at the county hospital"),
    ("pioneer aviator", "from Dundee"),
    ("volunteer firefighter", "in Kettering"),
)


def body_role_title() -> Iterator[Case]:
    """`The BODY's ROLE of PORTFOLIO NAME said C` and `"Q," said NAME, a volunteer coastguard in
    PLACE.`: the title is the possessed role (as an apposition writes it: "BODY's ROLE") and
    the whole apposition after the article."""
    combos = itertools.product(PEOPLE10, range(len(BODY_ROLES10)), range(len(CLAUSES10)))
    for p, b, k in sample(combos, 60, "lab11-body-role"):
        body, role = BODY_ROLES10[b]
        clause = CLAUSES10[k]
        text = f"The {body}'s {role} {p.full} said {clause}."
        yield Case(
            "", "lab11-body-role", text, [Expect(clause, "indirect", p.full, f"{body}'s {role}", "person")]
        )
    combos2 = itertools.product(
        PEOPLE10, range(len(AGENT_COMPOUNDS10)), DOUBLE_MARKS, range(len(QUOTES10)), (0, 1)
    )
    for p, a, m, k, with_place in sample(combos2, 100, "lab11-agent-compound"):
        role, place = AGENT_COMPOUNDS10[a]
        title = f"{role} {place}" if with_place else role
        quote = m.q(QUOTES10[k] + ",")
        text = f"{quote} said {p.full}, a {title}."
        yield Case("", "lab11-agent-compound", text, [Expect(quote, "direct", p.full, title, "person")])


# -- capitalised title adjectives before a name -----------------------------------------------

#: Capitalised titles of a party adjective, an office adjective and a noun, as headline-style
#: copy writes them.
ADJECTIVE_TITLES10 = (
    "Republican Presidential Hopeful",
    "Democratic Mayoral Hopeful",
    "Labour Parliamentary Candidate",
    "Conservative Gubernatorial Candidate",
    "Democratic Presidential Candidate",
)


def adjective_title() -> Iterator[Case]:
    """`PARTY OFFICE Hopeful NAME said C` / `"Q," said PARTY OFFICE Candidate NAME.`: the person is
    the speaker, the adjectives and the noun the title (never 'Presidential Hopeful NAME' or
    'Republican Presidential' as a name)."""
    combos = itertools.product(PEOPLE10, ADJECTIVE_TITLES10, DOUBLE_MARKS, range(len(QUOTES10)), (0, 1))
    for p, title, m, k, after in sample(combos, 150, "lab11-adjective-title"):
        lead = "The debate ran late on Thursday. "
        if after:
            quote = m.q(QUOTES10[k] + ",")
            text = f"{lead}{quote} said {title} {p.full}."
            expects = [Expect(quote, "direct", p.full, title, "person")]
        else:
            clause = CLAUSES10[k % len(CLAUSES10)]
            text = f"{lead}{title} {p.full} said {clause}."
            expects = [Expect(clause, "indirect", p.full, title, "person")]
        yield Case("", "lab11-adjective-title", text, expects)


ROUND10_LAB11: tuple[Capability, ...] = (
    named(
        "speaker.role_label",
        "4",
        "INTRO NAME as chair. / THE CHAIR: Q / THE WITNESS: Q2 (NAME; the witness)",
        role_label,
    ),
    named(
        "structure.capital_honorific_label",
        "4",
        "TITLE NAME ... / SEN. SURNAME: Q / MR. SURNAME2: Q2 (the full names)",
        capital_honorific_label,
    ),
    named(
        "title.portfolio",
        "5",
        'Former secretary of state NAME: "Q" (title the whole role and portfolio, NAME the speaker)',
        portfolio_title,
    ),
    named(
        "title.credit_prefix",
        "5",
        'Chief executive of the port NAME: "Q" (roundup credits: the whole pre-name title)',
        credit_title,
    ),
    named(
        "title.possessed_portfolio",
        "5",
        "The BODY's head of logistics NAME said C; NAME, a volunteer coastguard in PLACE",
        body_role_title,
    ),
    named(
        "title.adjectives",
        "5",
        "Republican Presidential Hopeful NAME said C (the person, not 'Presidential Hopeful NAME')",
        adjective_title,
    ),
)

__all__ = ["ROUND10_LAB11"]
