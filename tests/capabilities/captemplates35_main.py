"""Development capabilities added on main in the thirty-sixth round.

* *The ROLE, FIRST "NICK" LAST, said C.*, *"Q," FIRST "NICK" LAST shouted.*, *"Q," said FIRST
  "NICK" LAST, ROLE.*: a quoted nickname between a given name and a surname is part of the
  name, not a quotation (before: the apposition's report was lost, and after a quotation the
  two marks were read as a second quotation, so the first came out as a mixed quote running
  over the given name);
* *"Q?" The ROLE asked.*, *"Q!" The ROLE, NAME, shouted.*, *"Q?" SURNAME's niece, NAME,
  asked.*: after a question or an exclamation, a credit that opens with a capitalised article
  or a name's possessive still closes its sentence (before: the credit was a sentence of its
  own and the quotation had no speaker);
* *The ROLE, state Sen. NAME, said C.*: an abbreviated title after a lower-case modifier opens
  the apposed name's title (before: no report).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND35_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: (given name, nickname, surname, pronoun): people of our own with a nickname in marks.
NICKNAMED = (
    ("Ingeborg", "Inge", "Solvang", "she"),
    ("Bartholomew", "Bart", "Okwuosa", "he"),
    ("Graziella", "The Pilot", "Maranzano", "she"),
    ("Teodoro", "Teo", "Villaseñor", "he"),
    ("Marguerite", "Daisy", "Aldana-Price", "she"),
    ("Kwabena", "Big K", "Asante-Darko", "he"),
)
#: (role before the name, its head word)
ROLES = (
    ("harbour master", "harbour master"),
    ("ferry's chief engineer", "chief engineer"),
    ("owner of the Linwood Bell Foundry", "owner"),
)
QUOTES = (
    "We will keep the ferry running through the winter.",
    "Nobody asked the crews before the fares went up.",
    "The foundry has cast its last bell for this year.",
)
CLAUSES = ("the crossing would reopen in March", "the fares were set too high")
#: Nickname marks: straight, curly and single (British) pairs.
NICK_MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))
#: Quotation marks around the quote itself, agreeing with the nickname's style.
QUOTE_MARKS = {'"': ('"', '"'), "\u201c": ("\u201c", "\u201d"), "'": ("'", "'")}


def quoted_nickname() -> Iterator[Case]:
    """The ROLE, FIRST "NICK" LAST, said C. / "Q," FIRST "NICK" LAST shouted. / "Q," said FIRST
    "NICK" LAST, ROLE. / FIRST "NICK" LAST, ROLE, told reporters that C. "Q," PRONOUN added.
    -> FIRST LAST (the nickname no quotation, no part of the name)."""
    shapes = ("apposed", "after", "said_name", "lead")
    combos = itertools.product(NICKNAMED, ROLES, shapes, range(len(QUOTES)), NICK_MARKS)
    for (first, nick, last, pronoun), (role, head), shape, k, (no, nc) in sample(combos, 420, "r35main-nick"):
        named_as = f"{first} {no}{nick}{nc} {last}"
        name = f"{first} {last}"
        mark, close = QUOTE_MARKS[no]
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == "apposed":
            text = f"The {role}, {named_as}, said {clause}."
            yield Case("", shape, text, [Expect(clause, "indirect", name, Contains(head))])
        elif shape == "after":
            text = f"{q} {named_as} shouted to the crowd."
            yield Case("", shape, text, [Expect(q, "direct", name)])
        elif shape == "said_name":
            text = f"{q} said {named_as}, the {role}."
            yield Case("", shape, text, [Expect(q, "direct", name, Contains(head))])
        else:
            text = f"{named_as}, the {role}, told reporters {clause}. {q} {pronoun} added."
            yield Case(
                "",
                shape,
                text,
                [Expect(clause, "indirect", name, Contains(head)), Expect(q, "direct", name, Contains(head))],
            )


#: Questions and exclamations of our own, with their verb of saying.
ASKED = (
    ("Who is going to pay for the new pier?", "asked"),
    ("Why were the crews never consulted?", "asked"),
    ("Not one more fare rise!", "shouted"),
    ("Give us back our ferry!", "cried"),
)
#: (a description, its head word)
DESCRIPTIONS = (
    ("The harbour master", "harbour master"),
    ("A deckhand", "deckhand"),
    ("The bell founder", "bell founder"),
)
#: (full name, surname, the relative whose possessive opens the credit)
RELATIVES = (
    ("Ingeborg Solvang", "Solvang", "niece"),
    ("Bartholomew Okwuosa", "Okwuosa", "son"),
    ("Graziella Maranzano", "Maranzano", "sister"),
)


def capital_credit_after_question() -> Iterator[Case]:
    """ "Q?" The ROLE asked. / "Q!" The ROLE, NAME, shouted. / "Q?" SURNAME's RELATIVE, NAME,
    asked. -> the ROLE / NAME (a capitalised credit after a question or exclamation)."""
    shapes = ("bare", "apposed", "possessive")
    marks = (('"', '"'), ("\u201c", "\u201d"))
    combos = itertools.product(ASKED, DESCRIPTIONS, RELATIVES, shapes, marks)
    for (words, verb), (desc, head), (full, surname, relative), shape, (mark, close) in sample(
        combos, 300, "r35main-asked"
    ):
        q = f"{mark}{words}{close}"
        other = "Tomasz Wielgosz" if surname != "Wielgosz" else "Tomasz Berg"
        lead = f"{other} ran the ferry for twenty years.\n\n"
        if shape == "bare":
            text = f"{lead}{q} {desc} {verb}."
            yield Case("", shape, text, [Expect(q, "direct", head)], exact=False, wrong_speakers=[(q, other)])
        elif shape == "apposed":
            text = f"{lead}{q} {desc}, {full}, {verb}."
            yield Case("", shape, text, [Expect(q, "direct", full, Contains(head))], exact=False)
        else:
            owner = other.rsplit(maxsplit=1)[-1]
            text = f"{lead}{q} {owner}'s {relative}, {full}, {verb} from the back of the hall."
            yield Case("", shape, text, [Expect(q, "direct", full)], exact=False, wrong_speakers=[(q, other)])


#: (abbreviated title with its modifier, the words a title must contain)
ABBREVIATED = (("state Sen.", "Sen."), ("state Rep.", "Rep."), ("Democratic Sen.", "Sen."), ("Gov.", "Gov."))


def abbreviated_title_apposition() -> Iterator[Case]:
    """The ROLE, state Sen. NAME, said C. / "Q," SURNAME's RELATIVE, state Rep. NAME, said.
    -> NAME, the abbreviated title."""
    combos = itertools.product(ABBREVIATED, RELATIVES, CLAUSES, ("report", "quote"))
    for (title, part), (full, _surname, relative), clause, shape in combos:
        if shape == "report":
            text = f"His {relative}, {title} {full}, said {clause}."
            yield Case("", shape, text, [Expect(clause, "indirect", full, Contains(part))])
        else:
            q = f'"{QUOTES[0][:-1]},"'
            text = f"{q} the harbour master's {relative}, {title} {full}, said on Friday."
            yield Case("", shape, text, [Expect(q, "direct", full, Contains(part))])


ROUND35_MAIN: tuple[Capability, ...] = (
    named(
        "names.quoted_nickname",
        "5",
        'The ROLE, FIRST "NICK" LAST, said C. / "Q," FIRST "NICK" LAST shouted.: FIRST LAST',
        quoted_nickname,
    ),
    named(
        "marks.capital_credit_after_question",
        "8",
        '"Q?" The ROLE asked. / "Q!" SURNAME\'s niece, NAME, shouted.: the ROLE / NAME',
        capital_credit_after_question,
    ),
    named(
        "titles.abbreviated_title_apposition",
        "6",
        "The ROLE, state Sen. NAME, said C.: NAME, Sen.",
        abbreviated_title_apposition,
    ),
)
