"""Development capabilities added on branch ``h26sal`` in the twenty-sixth round: a *he*/*she*
between two people of the same gender, and the gender that a naming custom shows.

* *B was sworn in as ROLE on DAY, replacing A. "Q," he said.*: B, the main clause's subject
  (A, in a participle's object, is the one leaving), even when only A's first name is listed.
* *B stepped aside so that A could address the meeting. "Q," she said.*: A, given the turn
  to speak by a purpose clause.
* Naming customs that show a gender without a listed first name: Vietnamese middle names
  *Thị*/*Văn*, Icelandic *-dóttir*/*-son*, Polish *-ska*/*-ski*, Czech *-ová*, Lithuanian
  *-ienė*/*-aitė*.
* Guards: the subject keeps the pronoun when nothing gives the other person the turn (*so
  that A could rest*), and a Swedish *-sson* or an American *-ski* woman stays a woman.

People, roles and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_H26SAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons whose first name no list holds, by gender (several cultures).
NEW_WOMEN = ("Mereana Horomona", "Thandeka Mthembu", "Kalolaine Taufa", "Nomvula Dlamini", "Aroha Ngata")
NEW_MEN = ("Rawiri Paratene", "Siosaia Taufa", "Sipho Ndlovu", "Wiremu Tawhai", "Oluwaseun Adeyemi")
#: Persons whose first name the lists hold, by gender.
LISTED_WOMEN = ("Margaret Holloway", "Susan Kessler", "Elena Marchetti", "Patricia Osei")
LISTED_MEN = ("Robert Whitfield", "Thomas Brennan", "Marco Bellini", "Daniel Mensah")
#: Names whose gender only a naming custom shows (the first word listed for no or the other gender).
CUSTOM_WOMEN = (
    "Nguyễn Thị Mai",
    "Phạm Thị Thu Hà",
    "Trương Thị Lan",
    "Bożena Krawczyńska",
    "Halldóra Sigurðardóttir",
    "Lenka Dvořáková",
    "Žaneta Petrauskienė",
)
CUSTOM_MEN = (
    "Phạm Văn Đồng",
    "Đỗ Văn Hải",
    "Lê Văn Tâm",
    "Zdzisław Kołodziejski",
    "Jarosław Kamiński",
    "Grímur Þórðarson",
    "Eyjólfur Guðmundsson",
)
#: Roles for a swearing-in.
ROLES = (
    "chair of the port trust",
    "head of the water board",
    "director of the state archive",
    "police commissioner",
)
DAYS = ("Monday", "Tuesday", "Thursday", "Friday")
#: Openings where the subject takes a post from the object of a participle.
REPLACING = (
    "{b} was sworn in as {r} on {d}, replacing {a}.",
    "{b} was named {r} on {d}, succeeding {a}.",
    "{b} took office as {r} on {d}, replacing {a}, who retired.",
    "{b} was appointed {r} on {d}, taking over from {a}.",
)
#: Purpose clauses that give the turn to speak to {a}.
PURPOSE = (
    "{b} stepped aside so that {a} could address the meeting.",
    "{b} sat down so that {a} could speak to the committee.",
    "{b} gave up the microphone so {a} could answer the questions.",
    "{b} moved back from the lectern so that {a} could address reporters.",
    "{b} cut the opening remarks short so that {a}, the treasurer of the fishing cooperative,"
    " could brief the council.",
    "{b} left the stage early so that {a}, a nurse at the district clinic, could speak.",
)
#: Purpose clauses that give {a} no turn to speak: the subject keeps the pronoun.
PURPOSE_GUARD = (
    "{b} stayed late on {d} so that {a} could go home.",
    "{b} drove through the night so that {a} could rest.",
    "{b} took the early shift on {d} so {a} could sleep.",
)
#: Sentences that name two persons, {a} and {b}.
MEETINGS = (
    "{a} and {b} met at the harbour office on {d}.",
    "{a} sat across the table from {b} on {d}.",
    "{a} visited the flooded school with {b} on {d}.",
)
QUOTES = (
    "The budget will not stretch to a second bridge",
    "We have waited four years for this decision",
    "Nobody on the board saw the letter in time",
    "The town deserves a straight answer",
)
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _same_gender(
    women: tuple[str, ...], men: tuple[str, ...], others_w: tuple[str, ...], others_m: tuple[str, ...]
) -> list[tuple[str, str, str]]:
    """(b, a, pronoun) pairs of one gender: b from the first set, a from the second."""
    pairs = [(b, a, "she") for b in women for a in others_w if a != b]
    return pairs + [(b, a, "he") for b in men for a in others_m if a != b]


def _quote(q: str, op: str, cl: str) -> str:
    return f"{op}{q},{cl}"


def replacing_object() -> Iterator[Case]:
    """'B was sworn in as R on D, replacing A. "Q," he said.' -> B (A only listed)."""
    pairs = _same_gender(NEW_WOMEN, NEW_MEN, LISTED_WOMEN, LISTED_MEN)
    pairs += _same_gender(LISTED_WOMEN, LISTED_MEN, LISTED_WOMEN, LISTED_MEN)
    pairs += _same_gender(NEW_WOMEN, NEW_MEN, NEW_WOMEN, NEW_MEN)
    combos = itertools.product(pairs, REPLACING, ROLES, DAYS, QUOTES, MARKS)
    for (b, a, pro), frame, role, day, q, (op, cl) in sample(combos, 360, "h26sal-replacing"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(b=b, a=a, r=role, d=day)} {quote} {pro} said."
        yield Case(
            "", "replacing", text, [Expect(quote, "direct", b)], exact=False, wrong_speakers=[(quote, a)]
        )


def purpose_turn() -> Iterator[Case]:
    """'B stepped aside so that A could address the meeting. "Q," she said.' -> A."""
    pairs = _same_gender(
        NEW_WOMEN + LISTED_WOMEN, NEW_MEN + LISTED_MEN, NEW_WOMEN + LISTED_WOMEN, NEW_MEN + LISTED_MEN
    )
    combos = itertools.product(pairs, PURPOSE, QUOTES, MARKS)
    for (b, a, pro), frame, q, (op, cl) in sample(combos, 240, "h26sal-purpose"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(b=b, a=a)} {quote} {pro} said."
        yield Case(
            "", "purpose", text, [Expect(quote, "direct", a)], exact=False, wrong_speakers=[(quote, b)]
        )


def purpose_guard() -> Iterator[Case]:
    """'B stayed late so that A could go home. "Q," she said.' -> B, or no speaker; never A."""
    pairs = _same_gender(LISTED_WOMEN, LISTED_MEN, LISTED_WOMEN + NEW_WOMEN, LISTED_MEN + NEW_MEN)
    combos = itertools.product(pairs, PURPOSE_GUARD, DAYS, QUOTES, MARKS)
    for (b, a, pro), frame, day, q, (op, cl) in sample(combos, 160, "h26sal-purpose-guard"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(b=b, a=a, d=day)} {quote} {pro} said."
        yield Case(
            "", "purpose-guard", text, [Expect(quote, "direct", b)], exact=False, wrong_speakers=[(quote, a)]
        )


def naming_custom() -> Iterator[Case]:
    """'A and B met ... "Q," she said.' with A a woman and B a man whose gender only a naming
    custom shows -> the one the pronoun fits."""
    pairs = [(w, m) for w in CUSTOM_WOMEN for m in CUSTOM_MEN]
    combos = itertools.product(pairs, MEETINGS, DAYS, QUOTES, MARKS, (0, 1), (0, 1))
    for (w, m), frame, day, q, (op, cl), order, who in sample(combos, 360, "h26sal-custom"):
        a, b = (w, m) if order else (m, w)
        speaker, other, pro = (w, m, "she") if who else (m, w, "he")
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, d=day)} {quote} {pro} said."
        yield Case(
            "",
            "custom",
            text,
            [Expect(quote, "direct", speaker)],
            exact=False,
            wrong_speakers=[(quote, other)],
        )


#: Women whose surname ends as a man's does in another custom (Swedish *-sson*, an American *-ski*).
ENDING_GUARD_WOMEN = ("Ylva Persson", "Saga Nilsson", "Linnea Jonsson", "Mika Zabinski", "Kasia Nowinski")


def ending_guard() -> Iterator[Case]:
    """'W and M met ... "Q," she said.' with W a woman whose surname ends in -sson/-ski and M a man
    of an unlisted name -> W, or no speaker; never M."""
    pairs = [(w, m) for w in ENDING_GUARD_WOMEN for m in NEW_MEN + CUSTOM_MEN[:3]]
    combos = itertools.product(pairs, MEETINGS, DAYS, QUOTES, MARKS)
    for (w, m), frame, day, q, (op, cl) in sample(combos, 150, "h26sal-ending-guard"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=w, b=m, d=day)} {quote} she said."
        yield Case(
            "", "ending-guard", text, [Expect(quote, "direct", w)], exact=False, wrong_speakers=[(quote, m)]
        )


#: A scene one person had left when the other arrived: {a} left, {b} arrived.
ARRIVALS = (
    "{a} had already left by the time {b} arrived at the depot on {d}.",
    "{a} had gone by the time {b} arrived.",
    "{a} left the site before {b} arrived on {d}.",
    "{a} had just left when {b} returned to the office on {d}.",
)
#: Sentences where the subject leaves and nobody arrives: the subject keeps the pronoun.
LEAVING_GUARD = (
    "{a} left the council in {y} after a long dispute with {b}.",
    "{a} left the firm on {d}, two years after {b} had hired her.",
    "{a} departed for the coast on {d} with {b}.",
)


def arrival_after_leaving() -> Iterator[Case]:
    """'A had already left by the time B arrived. "Q," she said.' -> B."""
    pairs = _same_gender(
        NEW_WOMEN + LISTED_WOMEN, NEW_MEN + LISTED_MEN, NEW_WOMEN + LISTED_WOMEN, NEW_MEN + LISTED_MEN
    )
    combos = itertools.product(pairs, ARRIVALS, DAYS, QUOTES, MARKS)
    for (a, b, pro), frame, day, q, (op, cl) in sample(combos, 240, "h26sal-arrival"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, d=day)} {quote} {pro} said."
        yield Case(
            "", "arrival", text, [Expect(quote, "direct", b)], exact=False, wrong_speakers=[(quote, a)]
        )


def leaving_guard() -> Iterator[Case]:
    """'A left the council after a dispute with B. "Q," she said.' -> A (or no speaker), never B;
    and 'A left before B arrived' with B of the other gender -> A."""
    women = [(a, b, "she") for a in LISTED_WOMEN for b in LISTED_WOMEN + NEW_WOMEN if a != b]
    combos = itertools.product(women, LEAVING_GUARD, DAYS, ("2019", "2021"), QUOTES, MARKS)
    for (a, b, pro), frame, day, year, q, (op, cl) in sample(combos, 120, "h26sal-leaving-guard"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, d=day, y=year)} {quote} {pro} said."
        yield Case(
            "", "leaving", text, [Expect(quote, "direct", a)], exact=False, wrong_speakers=[(quote, b)]
        )
    mixed = [(a, b, "he") for a in LISTED_MEN for b in LISTED_WOMEN]
    combos2 = itertools.product(mixed, ARRIVALS, DAYS, QUOTES, MARKS)
    for (a, b, pro), frame, day, q, (op, cl) in sample(combos2, 80, "h26sal-leaving-mixed"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, d=day)} {quote} {pro} said."
        yield Case(
            "", "leaving-mixed", text, [Expect(quote, "direct", a)], exact=False, wrong_speakers=[(quote, b)]
        )


ROUND24_H26SAL: tuple[Capability, ...] = (
    named(
        "salience.replacing_participle_object",
        "3",
        "B was sworn in as R, replacing A. 'Q,' he said.: B (the participle's object is leaving)",
        replacing_object,
    ),
    named(
        "salience.purpose_clause_turn",
        "3",
        "B stepped aside so that A could address the meeting. 'Q,' she said.: A",
        purpose_turn,
    ),
    named(
        "salience.purpose_clause_guard",
        "3",
        "B stayed late so that A could go home. 'Q,' she said.: B (no turn to speak given), never A",
        purpose_guard,
    ),
    named(
        "salience.arrival_after_leaving",
        "3",
        "A had already left by the time B arrived. 'Q,' she said.: B (present when A was gone)",
        arrival_after_leaving,
    ),
    named(
        "salience.leaving_guard",
        "3",
        "A left the council after a dispute with B. 'Q,' she said.: A, never B",
        leaving_guard,
    ),
    named(
        "gender.naming_custom_morphology",
        "3",
        "Nguyễn Thị Mai and Phạm Văn Đồng met ... 'Q,' she said.: the one a naming custom shows agreeing",
        naming_custom,
    ),
    named(
        "gender.naming_custom_guard",
        "3",
        "Ylva Persson / Mika Zabinski and M met ... 'Q,' she said.: the woman, never M",
        ending_guard,
    ),
)
