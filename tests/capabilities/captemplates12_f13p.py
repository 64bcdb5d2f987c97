"""Development capabilities added on branch ``f13p`` in the thirteenth round: who a *he*/*she*
or a *the ROLE* means when two persons are in view. A new subject whose first name no table
lists shows a person by a verb of speaking or reacting ('Aroha Ngata disagreed. "C," she
said.'); a surname mention with a particle (*Le Floch*) takes no gender from the particle; a
*who is chairwoman* clause states a gender; *the diplomat* names the person an apposition
introduced with that role (*NAME, a 49-year-old diplomat posted to Cork,*) and *the sergeant*
the person written with *Sgt.*; *the company* names the body an apposition introduced as a
startup or firm; *the spokesperson* names the description that spoke just before; a
capitalised plural that *suggested* something is no person for a later *he*. Every case has a
second person that the quotation must never be credited to. People, bodies and sentences of
our own; first names of many origins, used honestly: a name no first-name table lists gives
no gender evidence, so its pronoun is told by the text alone.

``captemplates.py`` adds :data:`ROUND12_F13P` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Marks
from capkit import Case, Expect, named, sample

#: (full name, surname, pronoun): first names no first-name table lists (no gender evidence).
UNLISTED = (
    ("Aroha Ngata", "Ngata", "she"),
    ("Thandeka Mabuza", "Mabuza", "she"),
    ("Sipho Dlamini", "Dlamini", "he"),
    ("Wiremu Tane", "Tane", "he"),
    ("Lerato Mokoena", "Mokoena", "she"),
    ("Minh Tran", "Tran", "he"),
    ("Folake Adebayo", "Adebayo", "she"),
    ("Kagiso Molefe", "Molefe", "he"),
)
#: (full name, surname, pronoun): first names the tables list, of both genders and many origins.
LISTED = (
    ("Helena Brandt", "Brandt", "she"),
    ("Priya Raman", "Raman", "she"),
    ("Ngozi Eze", "Eze", "she"),
    ("Tariq Haddad", "Haddad", "he"),
    ("Arjun Mehta", "Mehta", "he"),
    ("Peter Lindqvist", "Lindqvist", "he"),
)
#: Short sentences whose subject is the only person named, with a verb of speaking or reacting.
TURNS = ("disagreed", "objected", "spoke first", "replied at once", "nodded", "laughed", "countered")
QUOTES = (
    "The ferry timetable has not changed in years",
    "We asked for the survey twice",
    "Nobody from the council came to look",
    "The grant covers only half of the roof",
    "Our members voted against the plan",
    "The pumps were never tested in winter",
)


def _q(m: Marks, k: int) -> str:
    return m.q(QUOTES[k % len(QUOTES)] + ",")


def unlisted_new_subject() -> Iterator[Case]:
    """'"C1," said A. NEW PARAGRAPH B TURN. "C2," PRONOUN said.' (B's first name unlisted, the
    pronoun B's, A of the same gender or unknown) -> C2 is B's, never A's."""
    pairs = [
        (a, b)
        for a in UNLISTED + LISTED
        for b in UNLISTED
        if a != b and a[2] == b[2]  # (the same gender: only the new subject tells them apart)
    ]
    combos = itertools.product(pairs, TURNS, DOUBLE_MARKS, range(len(QUOTES)))
    for (a, b), turn, m, k in sample(combos, 200, "f13p-unlisted-subject"):
        q1, q2 = _q(m, k), _q(m, k + 2)
        text = f"{q1} said {a[0]}.\n\n{b[0]} {turn}. {q2} {b[2]} said."
        yield Case(
            "",
            f"unlisted-subject|{turn}",
            text,
            [Expect(q1, "direct", (a[0], a[1])), Expect(q2, "direct", (b[0], b[1]))],
            wrong_speakers=[(q2, a[0])],
        )


#: (full name, particle surname, pronoun): an unlisted first name, a surname with a particle
#: that a first-name table would list as a given name of the other gender or none.
PARTICLES = (
    ("Arnaud Le Floch", "Le Floch", "he"),
    ("Gwenael Le Bihan", "Le Bihan", "he"),
    ("Wiremu Van Asch", "Van Asch", "he"),
    ("Aroha Van Dyk", "Van Dyk", "she"),
    ("Thandeka De Klerk", "De Klerk", "she"),
)


def particle_surname() -> Iterator[Case]:
    """'A sat down with B. NEW PARAGRAPH SURNAME-WITH-PARTICLE spoke first. "C," PRONOUN said.'
    -> B; the particle (*Le*) is no first name of B's."""
    combos = itertools.product(PARTICLES, LISTED, DOUBLE_MARKS, range(len(QUOTES)))
    for b, a, m, k in sample(combos, 120, "f13p-particle"):
        q = _q(m, k)
        text = f"{a[0]} sat down with {b[0]} in Dunedin on Thursday.\n\n{b[1]} spoke first. {q} {b[2]} said."
        yield Case(
            "",
            "particle-surname",
            text,
            [Expect(q, "direct", (b[0], b[1]))],
            wrong_speakers=[(q, a[0])],
        )


#: (relative clause, pronoun) with a gendered role noun as its predicate.
RELATIVES = (
    ("who is chairwoman of Tamberlin Insurance", "she"),
    ("who was a spokeswoman for the Harrow Ports Authority", "she"),
    ("who is chairman of the Ostler Creek Catchment Trust", "he"),
    ("who was the spokesman for Corvane Telecom", "he"),
)
#: Persons whose first name no table lists or gives the other gender than most of its bearers.
AMBIGUOUS = (
    ("Riley Agyepong", "Agyepong"),
    ("Jordan Castellanos", "Castellanos"),
    ("Robin Okonjo", "Okonjo"),
    ("Kalani Alapaki", "Alapaki"),
)


def relative_gender() -> Iterator[Case]:
    """'NAME, who is chairwoman of BODY, met OTHER (of the other gender). NEW PARAGRAPH "C,"
    she said.' -> NAME: the clause states her gender."""
    combos = itertools.product(AMBIGUOUS, RELATIVES, DOUBLE_MARKS, range(len(QUOTES)))
    for p, (rel, pron), m, k in sample(combos, 120, "f13p-relative"):
        other = next(o for o in LISTED[k % 2 :: 2] + LISTED if o[2] != pron)
        q = _q(m, k)
        text = f"{p[0]}, {rel}, met {other[0]} on Sunday.\n\n{q} {pron} said."
        yield Case(
            "",
            f"relative-gender|{pron}",
            text,
            [Expect(q, "direct", (p[0], p[1]))],
            wrong_speakers=[(q, other[0])],
        )


#: (apposition after NAME, the nominal) where the apposition is no title the text otherwise reads.
APPOSED = (
    ("a 49-year-old diplomat posted to Cork", "the diplomat"),
    ("a veteran engineer seconded to Nelson", "the engineer"),
    ("a 38-year-old surgeon trained in Lyon", "the surgeon"),
    ("a retired teacher living in Whitby", "the teacher"),
)


def apposed_role() -> Iterator[Case]:
    """'NAME, a 49-year-old ROLE posted to PLACE, was recalled after a row with OTHER. NEW
    PARAGRAPH "C," the ROLE said.' -> NAME, never OTHER."""
    people = UNLISTED + LISTED
    combos = itertools.product(APPOSED, people, DOUBLE_MARKS, range(len(QUOTES)))
    for (app, nominal), p, m, k in sample(combos, 160, "f13p-apposed"):
        other = people[(people.index(p) + 3) % len(people)]
        q = _q(m, k)
        text = f"{p[0]}, {app}, was recalled on Monday after a row with {other[0]}.\n\n{q} {nominal} said."
        yield Case(
            "",
            f"apposed-role|{nominal}",
            text,
            [Expect(q, "direct", (p[0], p[1]))],
            wrong_speakers=[(q, other[0])],
        )


#: (abbreviated rank, the nominal)
RANKS = (
    ("Sgt.", "The sergeant"),
    ("Capt.", "The captain"),
    ("Det.", "The detective"),
    ("Insp.", "The inspector"),
)


def ranked_nominal() -> Iterator[Case]:
    """'RANK NAME said on Friday that ... OTHER had called ... NEW PARAGRAPH "C," the RANK-NOUN
    said.' -> NAME; the rank's abbreviation spells the noun."""
    people = UNLISTED + LISTED
    combos = itertools.product(RANKS, people, DOUBLE_MARKS, range(len(QUOTES)))
    for (rank, nominal), p, m, k in sample(combos, 120, "f13p-rank"):
        other = people[(people.index(p) + 5) % len(people)]
        q = _q(m, k)
        text = (
            f"{rank} {p[0]} said on Friday that the car had been found. {other[0]} had called the "
            f"station twice.\n\n{q} {nominal.lower()} said."
        )
        yield Case(
            "",
            f"ranked-nominal|{rank}",
            text,
            [Expect(q, "direct", (p[0], p[1]))],
            exact=False,
            wrong_speakers=[(q, other[0])],
        )


#: (body, apposition) of a firm whose name holds no body word.
FIRMS = (
    ("Gridlark", "a four-year-old Leeds startup that pays households to save power"),
    ("Quillmere", "a small Bristol firm that repairs church organs"),
    ("Tessaway", "a Glasgow company that builds ferry ramps"),
)
#: (standfirst with an unnamed description that spoke, the nominal)
STANDFIRSTS = (
    ("A Leeds company says its meters could save families money.", "the company"),
    ("A small firm says it can halve the cost of repairs.", "the firm"),
    ("", "the company"),
)
FUNDERS = ("Waalhaven Capital", "Stenmark Holdings", "Orrin Ventures")


def apposed_body() -> Iterator[Case]:
    """'[A Leeds company says ...] NEW PARAGRAPH ... BODY, a Leeds startup that ... NEW
    PARAGRAPH The company raised money from FUNDER. "C," the company said.' -> BODY."""
    combos = itertools.product(FIRMS, STANDFIRSTS, FUNDERS, DOUBLE_MARKS, range(len(QUOTES)))
    for (body, app), (stand, nominal), funder, m, k in sample(combos, 120, "f13p-body"):
        q = _q(m, k)
        lead = f"{stand}\n\n" if stand else ""
        text = (
            f"{lead}The work is done by {body}, {app}.\n\n"
            f"It raised £4 million from {funder} on Tuesday. {q} {nominal} said in a statement."
        )
        yield Case(
            "",
            f"apposed-body|{nominal}",
            text,
            [Expect(q, "direct", (body,))],
            exact=False,
            wrong_speakers=[(q, funder)],
        )


#: (description that speaks first, the nominal)
DESCRIPTIONS = (
    ("A spokesperson for the authority", "the spokesperson"),
    ("An engineer at the plant", "the engineer"),
    ("A nurse on the night shift", "the nurse"),
)


def spoken_description() -> Iterator[Case]:
    """'NAME chairs BODY. A spokesperson for the authority said C1. NEW PARAGRAPH "C2," the
    spokesperson said.' -> the description, never NAME."""
    people = UNLISTED + LISTED
    combos = itertools.product(DESCRIPTIONS, people, DOUBLE_MARKS, range(len(QUOTES)))
    for (desc, nominal), p, m, k in sample(combos, 120, "f13p-description"):
        q1, q2 = _q(m, k), _q(m, k + 3)
        lower = desc[0].lower() + desc[1:]
        text = f"{p[0]} runs the Harlow Energy Authority. {q1} {lower} said.\n\n{q2} {nominal} said."
        name = desc.split(" ", 1)[1]
        yield Case(
            "",
            f"spoken-description|{nominal}",
            text,
            [Expect(q2, "direct", (name,))],
            exact=False,
            wrong_speakers=[(q2, p[0])],
        )


#: Capitalised plurals that open a sentence as a thing that *suggests* or *shows*.
THINGS = ("Replays", "Records", "Figures", "Photographs")
THING_VERBS = ("suggested", "showed", "indicated")


def thing_subject() -> Iterator[Case]:
    """'Harbour manager NAME watched the penalty. THINGS VERB the contact was minimal, and
    SURNAME did not hide his view. NEW PARAGRAPH "C," he said.' -> NAME, never THINGS."""
    men = [p for p in LISTED + UNLISTED if p[2] == "he"]
    combos = itertools.product(THINGS, THING_VERBS, men, DOUBLE_MARKS, range(len(QUOTES)))
    for thing, verb, p, m, k in sample(combos, 120, "f13p-thing"):
        q = _q(m, k)
        text = (
            f"Harbour manager {p[0]} watched the penalty from the bench. {thing} {verb} the contact "
            f"was minimal, and {p[1]} did not hide his view.\n\n{q} he said."
        )
        yield Case(
            "",
            f"thing-subject|{thing}",
            text,
            [Expect(q, "direct", (p[0], p[1]))],
            exact=False,
            wrong_speakers=[(q, thing)],
        )


CLUBS = ("Otago Kestrels", "Kessock Wanderers", "Brampton Athletic")
PLAYER_ROLES = ("striker", "goalkeeper", "winger")
DROPS = ("left {role} {b} out of the squad", "kept {role} {b} on the bench", "benched {role} {b}")


def coach_across_clause() -> Iterator[Case]:
    """'CLUB coach A left ROLE B out of the squad on Friday. NEW PARAGRAPH "C," the coach said.'
    -> A: a title read across A's name and the verb ('... coach A left striker', for B) is no
    coach's."""
    people = UNLISTED + LISTED
    combos = itertools.product(CLUBS, PLAYER_ROLES, DROPS, people, DOUBLE_MARKS, range(len(QUOTES)))
    for club, role, drop, a, m, k in sample(combos, 160, "f13p-coach"):
        b = people[(people.index(a) + 4) % len(people)]
        q = _q(m, k)
        text = f"{club} coach {a[0]} {drop.format(role=role, b=b[0])} on Friday.\n\n{q} the coach said."
        yield Case(
            "",
            f"coach-across-clause|{drop.split()[0]}",
            text,
            [Expect(q, "direct", (a[0], a[1]))],
            exact=False,
            wrong_speakers=[(q, b[0])],
        )


ROUND12_F13P = (
    named(
        "pronoun.unlisted_new_subject",
        "4",
        '"C1," said A. B (unlisted first name) disagreed. "C2," she said: C2 is B\'s',
        unlisted_new_subject,
    ),
    named(
        "pronoun.particle_surname",
        "4",
        'A sat down with B. LE SURNAME spoke first. "C," he said: B (no gender from *Le*)',
        particle_surname,
    ),
    named(
        "pronoun.relative_gender",
        "4",
        'NAME, who is chairwoman of BODY, met OTHER (a man). "C," she said: NAME',
        relative_gender,
    ),
    named(
        "nominals.apposed_role",
        "4",
        'NAME, a 49-year-old diplomat posted to Cork, ... OTHER. "C," the diplomat said: NAME',
        apposed_role,
    ),
    named(
        "nominals.ranked",
        "4",
        'Sgt. NAME said ... "C," the sergeant said: NAME',
        ranked_nominal,
    ),
    named(
        "nominals.apposed_body",
        "4",
        'BODY, a Leeds startup that ... FUNDER ... "C," the company said: BODY',
        apposed_body,
    ),
    named(
        "nominals.spoken_description",
        "4",
        'A spokesperson for the authority said ... "C," the spokesperson said: the description',
        spoken_description,
    ),
    named(
        "pronoun.thing_subject",
        "4",
        'Replays suggested ..., and NAME did not hide his view. "C," he said: NAME',
        thing_subject,
    ),
    named(
        "nominals.title_across_clause",
        "4",
        'CLUB coach A left striker B out ... "C," the coach said: A, never B',
        coach_across_clause,
    ),
)
