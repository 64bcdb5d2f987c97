"""Development capabilities added on branch ``h9p`` in the twelfth round: a *he*/*she* source
after a sentence whose subject is a new person ('Ms. A disagreed. "C," she said.') is that
person's (centering); a broad role nominal ('the physician', 'the researcher', 'the
plaintiff') names the one person introduced with a narrower role or the role's verb; 'the
club' names the one team named before; a feeling that somebody *shows* ('showed no emotion')
is no quotation. People, roles and sentences of their own.

``captemplates.py`` adds :data:`ROUND11_H9P` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, surname, honorific, pronoun) pairs of the same gender.
WOMEN = (
    ("Helen Marsh", "Marsh", "Ms.", "she"),
    ("Clara Dunmore", "Dunmore", "Ms.", "she"),
    ("Rosa Quintal", "Quintal", "Mrs.", "she"),
    ("Julia Brennock", "Brennock", "Ms.", "she"),
)
MEN = (
    ("Peter Hallam", "Hallam", "Mr.", "he"),
    ("Thomas Ferrier", "Ferrier", "Mr.", "he"),
    ("David Oakhurst", "Oakhurst", "Mr.", "he"),
    ("Simon Radley", "Radley", "Mr.", "he"),
)
#: Predicates of a sentence with only its subject (no quotation, no other person).
TURNS = (
    "disagreed",
    "was less sure",
    "objected",
    "took a different view",
    "was not convinced",
    "hesitated",
)
QUOTES = (
    "The ferry timetable has not changed in years",
    "We asked for the survey twice",
    "Nobody from the council came to look",
    "The grant covers only half of the roof",
    "Our members voted against the plan",
)


def new_subject() -> Iterator[Case]:
    """'A met B. "C1," HON B said. HON A TURN. "C2," PRONOUN said.' -> C2 is A's."""
    pairs = list(itertools.permutations(WOMEN, 2)) + list(itertools.permutations(MEN, 2))
    combos = itertools.product(pairs, TURNS, DOUBLE_MARKS, range(len(QUOTES)))
    for (a, b), turn, m, k in sample(combos, 200, "h9p-new-subject"):
        q1 = m.q(QUOTES[k] + ",")
        q2 = m.q(QUOTES[(k + 2) % len(QUOTES)] + ",")
        text = (
            f"{a[0]} met {b[0]} at the harbour office on Tuesday.\n\n"
            f"{q1} {b[2]} {b[1]} said. {a[2]} {a[1]} {turn}. {q2} {a[3]} said."
        )
        yield Case(
            "",
            f"new-subject|{turn}",
            text,
            [Expect(q1, "direct", (b[0], b[1])), Expect(q2, "direct", (a[0], a[1]))],
            wrong_speakers=[(q2, b[0])],
        )


#: (introduction of NAME, the broad nominal, kind of template)
ROLES = (
    (
        "Dr. {n}, a maternal-fetal medicine specialist at Harwell Hospital, reviewed the data.",
        "the physician",
    ),
    ("Dr. {n}, a cardiologist at Harwell Hospital, reviewed the data.", "the physician"),
    ("{n}, an epidemiologist at Tarrow University, led the study.", "the researcher"),
    ("{n}, an ecologist at the Lindholm Institute, led the survey.", "the scientist"),
    ("{n}, a professor of chemistry at Tarrow University, led the survey.", "the researcher"),
    ("{n} is suing the Corran Water Board over the flooding of her shop.", "the plaintiff"),
)
#: A second person, of another kind, in the same paragraph.
OTHERS = (
    "{o}, a lawyer for the board, would not comment.",
    "{o}, the board's chair, was not available on Friday.",
    "The board's solicitor, {o}, sent a statement.",
)
PEOPLE = (
    ("Amara Whitley", "Whitley"),
    ("Rafael Quintain", "Quintain"),
    ("Nadia Okafor", "Okafor"),
    ("Jonas Eriksberg", "Eriksberg"),
)


def compatible_role() -> Iterator[Case]:
    """'NAME, a NARROW ROLE ... OTHER, a lawyer ... NEW PARAGRAPH "C," the BROAD ROLE said.'
    -> NAME; 'NAME is suing BODY' makes NAME the plaintiff."""
    combos = itertools.product(ROLES, OTHERS, PEOPLE, DOUBLE_MARKS, range(len(QUOTES)))
    for (intro, nominal), other, p, m, k in sample(combos, 200, "h9p-compatible-role"):
        o = PEOPLE[(PEOPLE.index(p) + 1) % len(PEOPLE)]
        q = m.q(QUOTES[k] + ",")
        text = f"{intro.format(n=p[0])} {other.format(o=o[0])}\n\n{q} {nominal} said."
        yield Case(
            "",
            f"compatible-role|{nominal}",
            text,
            [Expect(q, "direct", (p[0], p[1]), speaker_kind="person")],
            wrong_speakers=[(q, o[0])],
        )


TEAMS = ("Cairnfield Rovers", "Kessock Wanderers", "Brampton Athletic", "Lindholm City")
BODIES = ("the Marrow Housing Trust", "Tarrow Council", "the Corran Water Board")


def team_nominal() -> Iterator[Case]:
    """'TEAM, based in PLACE, signed NAME. BODY approved its new stand. "C," the club said.' ->
    TEAM (the one body whose name ends in no organisation noun); 'TEAM head coach NAME ... "C,"
    the club said.' -> TEAM, the one club that titles name."""
    combos = itertools.product(TEAMS, BODIES, PEOPLE, DOUBLE_MARKS, range(len(QUOTES)), (True, False))
    for team, body, p, m, k, named_alone in sample(combos, 200, "h9p-team"):
        q = m.q(QUOTES[k] + ",")
        cap = body[0].upper() + body[1:]
        if named_alone:
            lead = f"{team}, which is based in Leith, signed {p[0]} on Monday. {cap} approved the new stand."
        else:
            short = team.split()[-1]
            lead = f"{team} head coach {p[0]} spoke on Monday. The {short} captain said nothing."
        text = f"{lead}\n\n{q} the club said in a statement."
        yield Case(
            "",
            f"team|{'named' if named_alone else 'in-title'}",
            text,
            [Expect(q, "direct", team, speaker_kind="organization")],
        )


FEELINGS = (
    "showed no emotion",
    "showed little emotion",
    "showed no remorse",
    "showed considerable restraint",
    "showed little remorse",
)


def shown_feeling() -> Iterator[Case]:
    """'"C," NAME said. NAME FEELING as the verdict was read.' -> only the quotation C; a
    feeling shown is no indirect quotation."""
    combos = itertools.product(WOMEN + MEN, FEELINGS, DOUBLE_MARKS, range(len(QUOTES)))
    for p, feeling, m, k in sample(combos, 150, "h9p-feeling"):
        q = m.q(QUOTES[k] + ",")
        text = f"{q} {p[0]} said on Monday.\n\n{p[1]} {feeling} as the verdict was read."
        yield Case("", f"feeling|{feeling}", text, [Expect(q, "direct", p[0])])


#: People whose first names no name table lists (their gender is unknown to quotex).
#: (Round 44: given names the world name counts list, world_names.py, were replaced by unlisted
#: Bhutanese, Mongolian, Japanese and Tongan ones, so the cases still test a name of no gender.)
UNLISTED = (
    ("Tenzin Dorje", "Dorje"),
    ("Dechen Tipene", "Tipene"),
    ("Siosaia Vea", "Vea"),
    ("Nkiru Obi", "Obi"),
    ("Tamati Rewi", "Rewi"),
)
#: What a pair did until one of them left: the possessive names the first of the pair.
TOGETHER = (
    "ran the clinic together until {p} retirement in 2021",
    "kept the ferry going until {p} move to Wellington",
    "shared the surgery until {p} illness last spring",
)


def pair_possessive() -> Iterator[Case]:
    """'A and B VERB until POSSESSIVE-of-A NOUN. "C," PRONOUN-of-B said.' with both genders
    unknown: the possessive is A's (the subject first of the pair), so B speaks."""
    pairs = list(itertools.permutations(UNLISTED, 2))
    combos = itertools.product(
        pairs, TOGETHER, (("her", "he"), ("his", "she")), DOUBLE_MARKS, range(len(QUOTES))
    )
    for (a, b), together, (poss, pron), m, k in sample(combos, 200, "h9p-pair"):
        q = m.q(QUOTES[k] + ",")
        text = f"{a[0]} and {b[0]} {together.format(p=poss)}.\n\n{q} {pron} said."
        yield Case("", f"pair|{poss}", text, [Expect(q, "direct", b[0])], wrong_speakers=[(q, a[0])])


ROUND11_H9P: tuple[Capability, ...] = (
    named(
        "pronoun.new_subject_before",
        "4",
        '"C1," HON B said. HON A TURNED. "C2," PRONOUN said: C2 is A\'s (the new subject)',
        new_subject,
    ),
    named(
        "nominals.compatible_role",
        "4",
        'NAME, a NARROW ROLE (or NAME is suing X) ... "C," the BROAD ROLE said: NAME',
        compatible_role,
    ),
    named(
        "nominals.team",
        "4",
        'TEAM, ... BODY ... "C," the club said: TEAM, the one body named as a team',
        team_nominal,
    ),
    named(
        "pronoun.pair_possessive",
        "4",
        'A and B ... until her NOUN. "C," he said. (genders unknown): B, not A',
        pair_possessive,
    ),
    named(
        "indirect.shown_feeling",
        "6",
        "NAME showed no emotion: no quotation",
        shown_feeling,
    ),
)
