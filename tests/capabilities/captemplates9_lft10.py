"""Development capabilities of helper lft10's round (issue 11, speakers a fact-checker can
trust: the wrong-speaker and name leftovers): one generator per mechanism, with people, bodies
and sentences of their own (none from the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND9_LFT10` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, non-Anglo names, a hyphenated one, particles.
PEOPLE9 = (
    _p("Halvard Østby", "Østby", "m", "non-Anglo"),
    _p("Ana Berg", "Berg", "f", "plain"),
    _p("Teodora Vasquez-Lim", "Vasquez-Lim", "f", "hyphenated"),
    _p("Ruairi MacFadyen", "MacFadyen", "m", "plain"),
    _p("Inês da Cunha", "da Cunha", "f", "particles"),
    _p("Chidi Okonkwo", "Okonkwo", "m", "non-Anglo"),
)

#: Clauses reported in this file (our own).
CLAUSES9 = (
    "the ferry levy would rise in April",
    "the canal locks needed new gates",
    "the depot would stay open over the winter",
    "the grain barges were running late",
)


# -- a restrictive relative clause on the subject --------------------------------------------

#: Bodies or groups heading the subject: (phrase, speaker name).
ANTECEDENTS9 = (
    ("The PAC", "PAC"),
    ("The group", "group"),
    ("The union", "union"),
    ("A charity", "charity"),
    ("The law firm", "law firm"),
)
#: Relative clauses with the name as their object: {n} the name.
RELATIVES9 = (
    "that backs {n}",
    "which funds {n}",
    "that has backed {n}",
    "that represented {n}",
    "which will advise {n}",
    "that employs {n}",
)


def restrictive_relative() -> Iterator[Case]:
    """`The PAC that backs NAME said C.` / `"C," said the union that represents NAME.`: a
    restrictive relative clause opened by *that* or *which* on the subject; the subject's head
    speaks, never the name inside the clause."""
    combos = itertools.product(PEOPLE9, ANTECEDENTS9, RELATIVES9, range(len(CLAUSES9)))
    for p, (head, name), rel, k in sample(combos, 240, "lft10-relative"):
        clause = CLAUSES9[k]
        text = f"{head} {rel.format(n=p.full)} said {clause}."
        yield Case(
            "",
            "lft10-relative",
            text,
            [Expect(clause, "indirect", name)],
            exact=False,  # ('backed NAME' is also the body's stance, credited to it)
            wrong_speakers=[(clause, p.full)],
        )
    after = itertools.product(PEOPLE9, ANTECEDENTS9, RELATIVES9, DOUBLE_MARKS)
    for p, (head, name), rel, m in sample(after, 80, "lft10-relative-after"):
        quote = m.q("We will keep paying for the adverts,")
        text = f"{quote} said {head[:1].lower()}{head[1:]} {rel.format(n=p.full)}."
        yield Case(
            "",
            "lft10-relative-after",
            text,
            [Expect(quote, "direct", name)],
            exact=False,
            wrong_speakers=[(quote, p.full)],
        )


#: Complement clauses after a verb's object: the name after *that* is the inner speaker.
COMPLEMENTS9 = ("told reporters that", "assured residents that", "reminded voters that")


def complement_not_relative() -> Iterator[Case]:
    """`NAME told reporters that officials said C.` / `... that OTHER said C.`: *that* after a
    verb's object opens a complement clause; the teller speaks, with the whole clause as content."""
    inners = ("officials", "inspectors", "OTHER")
    combos = itertools.product(PEOPLE9, COMPLEMENTS9, inners, range(len(CLAUSES9)))
    for p, frame, inner, k in sample(combos, 120, "lft10-complement"):
        clause = CLAUSES9[k]
        other = PEOPLE9[(PEOPLE9.index(p) + 1) % len(PEOPLE9)].full
        said = other if inner == "OTHER" else inner
        content = f"that {said} said {clause}"
        text = f"{p.full} {frame.removesuffix(' that')} {content}."
        yield Case("", "lft10-complement", text, [Expect(content, "indirect", p.full)], exact=False)


# -- people credited together ----------------------------------------------------------------

#: Couples written with one surname: (first names, shared surname).
COUPLES9 = (
    (("Marta", "Ivo"), "Lindqvist"),
    (("Inês", "José"), "Ortiz"),
    (("Zoë", "Raphaël"), "Marchetti"),
    (("Agnes", "Brendan"), "O'Hare"),
    (("Sofía", "Ana", "Tomas"), "Ferreira"),
)
#: Pairs of surnames written bare.
BARE9 = (("Cowan", "Tsang"), ("Østby", "MacFadyen"), ("Okonkwo", "Vasquez-Lim"), ("Halloran", "Idowu"))
#: Titles before a group (plural role nouns) or none.
GROUP_TITLES9 = ("", "Historians ", "Researchers ")


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def coordinated_speakers() -> Iterator[Case]:
    """`David and Jeanne NAME said C.` / `"C," said Cowan and Tsang.`: every name of a
    coordinated subject speaks, each with its full name ("David X; Jeanne X", the surname
    shared); bare one-word names too ("Cowan; Tsang"), never only the last."""
    combos = itertools.product(COUPLES9, GROUP_TITLES9, DOUBLE_MARKS, range(len(CLAUSES9)))
    for (firsts, surname), title, m, k in sample(combos, 120, "lft10-couple"):
        clause = CLAUSES9[k]
        who = _listed([*firsts[:-1], f"{firsts[-1]} {surname}"])
        name = "; ".join(f"{f} {surname}" for f in firsts)
        text = f"{title}{who} said {clause}." if title or k % 2 else f"{who} said {clause}."
        yield Case("", "lft10-couple", text[:1].upper() + text[1:], [Expect(clause, "indirect", name)])
        quote = m.q("We never planned to sell the mill,")
        yield Case("", "lft10-couple-after", f"{quote} said {who}.", [Expect(quote, "direct", name)])
    combos = itertools.product(BARE9, DOUBLE_MARKS, range(len(CLAUSES9)))
    for (a, b), m, k in sample(combos, 48, "lft10-bare"):
        clause = CLAUSES9[k]
        name = f"{a}; {b}"
        yield Case("", "lft10-bare", f"{a} and {b} said {clause}.", [Expect(clause, "indirect", name)])
        quote = m.q("The survey took us four years,")
        yield Case("", "lft10-bare-after", f"{quote} {a} and {b} said.", [Expect(quote, "direct", name)])


# -- first names written with accents -------------------------------------------------------

#: People whose first names carry accents, with the census spelling's gender.
ACCENTED9 = (
    _p("Inês Carvalho", "Carvalho", "f", "accented"),
    _p("José Ibarra", "Ibarra", "m", "accented"),
    _p("Zoë Pellinger", "Pellinger", "f", "accented"),
    _p("Hélène Marchal", "Marchal", "f", "accented"),
    _p("Ramón Echeverría", "Echeverría", "m", "accented"),
    _p("Renée Whitcombe", "Whitcombe", "f", "accented"),
)
#: Listed people the accented ones act on: (full name, gender).
OBJECTS9 = (("Maria Feld", "f"), ("Paul Brennan", "m"), ("Linda Osei", "f"), ("Robert Kask", "m"))


def accented_first_name() -> Iterator[Case]:
    """`NAME represents OTHER. She said C.` where NAME's first name carries accents (*Inês*,
    *José*): the name is read as the census lists spell it, so its gender agrees and the
    subject keeps its weight against a listed object of the same gender."""
    combos = itertools.product(ACCENTED9, OBJECTS9, ("represents", "hired", "met"), range(len(CLAUSES9)))
    for p, (other, gender), verb, k in sample(combos, 160, "lft10-accented"):
        if gender != p.gender:
            continue
        clause = CLAUSES9[k]
        pronoun = "She" if p.gender == "f" else "He"
        text = f"{p.full} {verb} {other} on Monday. {pronoun} said {clause}."
        yield Case(
            "",
            "lft10-accented",
            text,
            [Expect(clause, "indirect", p.full)],
            exact=False,
            wrong_speakers=[(clause, other)],
        )


# -- initials, and marks typed with no space ---------------------------------------------------

#: Names opening with initials, 'A.' and 'I.' among them (not the article or the pronoun).
INITIALS9 = ("A. J. Carrow", "I. M. Lau", "A. Ferreira-Diaz", "E. A. Marchetti", "J. R. Oyelaran")


def initial_names() -> Iterator[Case]:
    """`A. J. NAME said C.` / `"C," A. J. NAME said.`: an initial with its full stop is part of
    the name, 'A.' and 'I.' too, also first in a sentence."""
    for name, m, k in sample(
        itertools.product(INITIALS9, DOUBLE_MARKS, range(len(CLAUSES9))), 60, "lft10-initials"
    ):
        clause = CLAUSES9[k]
        yield Case("", "lft10-initials", f"{name} said {clause}.", [Expect(clause, "indirect", name)])
        quote = m.q("We checked every figure twice,")
        yield Case("", "lft10-initials-after", f"{quote} {name} said.", [Expect(quote, "direct", name)])


#: Punctuation typed against an opening mark.
TIGHT9 = (",", ":")


def no_space_before_mark() -> Iterator[Case]:
    """`NAME said,"C."` / `NAME told reporters:“C.”`: a comma or colon typed against the
    opening mark, with no space, still ends the cue; the mark opens the quotation."""
    combos = itertools.product(PEOPLE9, TIGHT9, DOUBLE_MARKS, ("said", "told reporters", "added"))
    for p, punct, m, cue in sample(combos, 96, "lft10-tight"):
        quote = m.q("Look at the numbers before you judge us.")
        text = f"{p.full} {cue}{punct}{quote}"
        yield Case("", "lft10-tight", text, [Expect(quote, "direct", p.full)])


ROUND9_LFT10: tuple[Capability, ...] = (
    named(
        "speaker.restrictive_relative",
        "4",
        "The PAC that backs NAME said C / said the union that represents NAME (the head speaks)",
        restrictive_relative,
    ),
    named(
        "speaker.complement_not_relative",
        "4",
        "NAME told reporters that officials said C (a complement clause, not a relative)",
        complement_not_relative,
    ),
    named(
        "speaker.joint_names",
        "4",
        "David and Jeanne NAME said C (both, the surname shared) / Cowan and Tsang said C (both)",
        coordinated_speakers,
    ),
    named(
        "names.accented_first_name",
        "4",
        "NAME (accented first name) represents OTHER. She said C (the subject, its gender known)",
        accented_first_name,
    ),
    named(
        "names.initials",
        "6",
        'A. J. NAME said C / "C," I. M. NAME said (initials, A. and I. too)',
        initial_names,
    ),
    named(
        "cue.no_space_before_mark",
        "1",
        'NAME said,"C." / NAME told reporters:"C." (no space)',
        no_space_before_mark,
    ),
)

__all__ = ["ROUND9_LFT10"]
