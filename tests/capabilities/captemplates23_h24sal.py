"""Development capabilities added on branch ``h24sal`` in the twenty-fourth round: the newest
person before a *he*/*she*.

* *A welcomed B, who then took the floor. "Q," she said.*: the person a relative clause gives
  the turn to speak (the head of *, who then addressed ...*), not the main clause's subject.
* *"Q1," said A. That was not enough for parent B, whose son starts school in May. "Q2," she
  said.*: a person the sentence before introduces (a title, an apposition or a relative clause)
  as its only person, of the pronoun's gender, is the newest person and takes it.
* *A council spokeswoman said Mayor B would visit the site. She said the visit was planned.*:
  the *She said* that opens the next sentence continues the reporting role, not the person the
  report is about.
* *A said on DAY that C. B did not respond to requests for comment.* then *"Q," she added.*: a
  cue that goes on continues the person who spoke, never the one who refused to.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND23_H24SAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of one gender each.
WOMEN = ("Marguerite Oyelaran", "Ingrid Halvorsen", "Tamsin Achterberg", "Keala Nakoa", "Rosalind Mbeki")
MEN = ("Dermot Quillinan", "Tavita Leauma", "Bogdan Sirbu", "Nnamdi Okafor", "Lachlan Ferreira")
#: Main clauses with {o} the subject who does not speak and {s} the one who does.
MAINS = (
    "{o} introduced {s}",
    "{o} welcomed {s}",
    "{o} thanked {s}",
    "{o} handed over to {s}",
    "{o} called on {s}",
)
#: Relative clauses that give their head the turn to speak.
TURNS = (
    "who then addressed the crowd",
    "who then took the floor",
    "who rose to reply",
    "who stepped up to the microphone",
    "who then addressed the meeting",
)
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "This harbour has fed three generations of my family",
    "We asked for a crossing on this road five years ago",
    "Nobody here voted to close the clinic",
)
#: Claims reported in indirect speech by the first speaker.
CLAIMS = (
    "the depot would stay open until March",
    "the council had underspent on roads for a decade",
    "the ferry timetable would be restored",
)
#: Refusals to speak by the second person.
REFUSALS = (
    "did not respond to requests for comment",
    "declined to comment",
    "could not be reached for comment",
    "did not return calls",
)
#: Days.
DAYS = ("Monday", "Thursday", "Sunday")
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _pairs() -> list[tuple[str, str, str]]:
    """(speaker, other, pronoun) of the same gender."""
    women = [(a, b, "she") for a, b in itertools.permutations(WOMEN, 2)]
    men = [(a, b, "he") for a, b in itertools.permutations(MEN, 2)]
    return women + men


def relative_turn_taker() -> Iterator[Case]:
    """'O introduced S, who then addressed the crowd. "Q," she said.' -> S, never O."""
    combos = itertools.product(_pairs(), MAINS, TURNS, QUOTES, MARKS, (False, True))
    for (s, o, pro), main, turn, q, (op, cl), brk in sample(combos, 300, "h24sal-relative"):
        lead = f"{main.format(o=o, s=s)}, {turn}."
        quote = f"{op}{q},{cl}"
        sep = "\n\n" if brk else " "
        text = f"{lead}{sep}{quote} {pro} said."
        yield Case(
            "",
            "relative",
            text,
            [Expect(quote, "direct", s, title=None)],
            exact=False,
            wrong_speakers=[(quote, o)],
        )


def refuser_then_added() -> Iterator[Case]:
    """'S said on DAY that C. O declined to comment. "Q," she added.' -> S, never O."""
    combos = itertools.product(_pairs(), CLAIMS, REFUSALS, DAYS, QUOTES, MARKS, (False, True))
    for (s, o, pro), claim, refusal, day, q, (op, cl), brk in sample(combos, 300, "h24sal-refuser"):
        lead = f"{s} said on {day} that {claim}. {o} {refusal}."
        quote = f"{op}{q},{cl}"
        sep = "\n\n" if brk else " "
        text = f"{lead}{sep}{quote} {pro} added."
        yield Case(
            "",
            "refuser",
            text,
            [Expect(quote, "direct", s, title=None)],
            exact=False,
            wrong_speakers=[(quote, o)],
        )


#: Persons whose listed first names give their gender.
KNOWN_WOMEN = ("Helen Okafor", "Maria Lindqvist", "Sarah Whitcombe", "Grace Mwangi", "Anna Kowalczyk")
KNOWN_MEN = ("David Okonjo", "Peter Halvorsen", "James Ferreira", "Michael Tuilagi", "Thomas Brennan")
#: Sentences with no cue that introduce {s}, with the title they give {s}.
INTROS = (
    (
        "That was not good enough for local parent {s}, whose daughter starts school next year.",
        "local parent",
    ),
    ("The decision came as a blow to {s}, whose family has farmed the valley since 1950.", None),
    ("Among those in the hall was {s}, who has lived on the street for thirty years.", None),
    ("The closure worries {s}, a shop owner on the main road.", "shop owner on the main road"),
    ("Few are angrier than {s}, whose bakery faces the site.", None),
)
#: Titles of the first speaker.
TITLES = ("a council spokeswoman", "the deputy mayor", "the project manager")


def introduced_newcomer() -> Iterator[Case]:
    """'"Q1," said O, T. That was not enough for parent S, whose ... "Q2," she said.' -> S."""
    women = [(a, b, "she") for a, b in itertools.permutations(KNOWN_WOMEN, 2)]
    men = [(a, b, "he") for a, b in itertools.permutations(KNOWN_MEN, 2)]
    combos = itertools.product(women + men, TITLES, INTROS, QUOTES, MARKS, (False, True))
    for (s, o, pro), role, (intro, title), q, (op, cl), brk in sample(combos, 300, "h24sal-newcomer"):
        said_as = role.replace("spokeswoman", "spokesman") if pro == "he" else role
        first = f"{op}The plan was approved in March,{cl} said {o}, {said_as}."
        quote = f"{op}{q},{cl}"
        sep = "\n\n" if brk else " "
        text = f"{first}\n\n{intro.format(s=s)}{sep}{quote} {pro} said."
        yield Case(
            "",
            "newcomer",
            text,
            [Expect(quote, "direct", s, title=title)],
            exact=False,
            wrong_speakers=[(quote, o)],
        )


#: Reporting roles (the speaker), with their pronoun.
ROLES = (("A council spokeswoman", "She"), ("A government spokesman", "He"), ("A party spokeswoman", "She"))
#: Reported clauses about {p}, and the next report's content.
REPORTS = (
    ("{p} would visit the site on Friday", "the visit had been planned for months"),
    ("{p} would meet the residents next week", "the meeting was not a response to the protest"),
    ("{p} had been told of the decision", "nobody had been kept in the dark"),
)


def role_goes_on() -> Iterator[Case]:
    """'P said that C. A spokeswoman said Mayor P would visit. She said the visit was
    planned.' -> the role, not P (who spoke before)."""
    people = [(r, p) for r in ROLES for p in (KNOWN_WOMEN if r[1] == "She" else KNOWN_MEN)]
    combos = itertools.product(people, REPORTS, range(3), (False, True))
    for ((role, pro), p), (report, claim), form, brk in sample(combos, 300, "h24sal-role"):
        honorific = "Ms" if pro == "She" else "Mr"
        called = (f"{honorific} {p.split()[-1]}", "the mayor", f"Mayor {p.split()[-1]}")[form]
        first = f"Mayor {p} said on Monday that the library would not close.\n\n"
        lead = f"{first}{role} said {report.format(p=called)}."
        sep = "\n\n" if brk else " "
        text = f"{lead}{sep}{pro} said {claim}."
        name = role.split(" ", 1)[1]
        yield Case(
            "",
            "role",
            text,
            [Expect(claim, "indirect", name, title=None)],
            exact=False,
            wrong_speakers=[(claim, p)],
        )


ROUND23_H24SAL: tuple[Capability, ...] = (
    named(
        "salience.relative_turn_taker",
        "4",
        'O introduced S, who then addressed the crowd. "Q," she said.: S (who takes the turn)',
        relative_turn_taker,
    ),
    named(
        "salience.refuser_not_added",
        "4",
        'S said that C. O declined to comment. "Q," she added.: S (never the person who refused to speak)',
        refuser_then_added,
    ),
    named(
        "salience.introduced_newcomer",
        "4",
        '"Q1," said O. That was not enough for parent S, whose .... "Q2," she said.: S (the newest person)',
        introduced_newcomer,
    ),
    named(
        "salience.reporting_role_goes_on",
        "4",
        "A spokesman said P would visit. He said C.: the spokesman (not P inside the report)",
        role_goes_on,
    ),
)
