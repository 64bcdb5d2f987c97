"""Development capabilities added on branch ``h33asked`` in the thirty-first round: a fronted or
an inserted adjunct clause between a speaker and the beat or cue that tells who speaks next.

Feature copy often opens the sentence before a quotation with a participial or adverbial clause
(*Asked whether the ferry could run, NAME shrugged. "Q."*, *When asked about the delay, NAME
laughed.*, *Pressed on the cost, NAME was silent for a moment.*, *After a long pause, NAME shook
her head.*), or sets a clause between the subject and its predicate (*NAME, asked about the fire,
shook her head.*, *NAME -- who had said nothing all morning -- stood up.*). The sentence's subject
still speaks the quotation after it:

* fronted: *FRONT, NAME BEAT. "Q."* -> NAME (a name, a surname given before, a pronoun that
  agrees with the one person named before, a description with the name in apposition);
* inserted: *NAME, CLAUSE, BEAT. "Q."* -> NAME (participial, relative, dashes);
* between: *"Q1," A said. FRONT, B BEAT. "Q2."* -> Q2 by B, never A.

Guards: the fronted clause's own nouns never speak (*Asked about B, A smiled.* -> A); a thing or
a group as the beat's subject names nobody (*Asked about the boats, the crowd cheered.*); a later
credit names its own speaker; an ordinary *Asked about X, A said: "Q."* stays A's; the reporter's
question (*Asked whether C*) keeps no speaker; a beat that reports another's words names nobody.
People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND30_H33ASKED` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures and name shapes: (name, gender).
PEOPLE = (
    ("Nuala Byrne", "f"),
    ("Ciaran Walsh", "m"),
    ("Ana Ruiz", "f"),
    ("Tomas Rivas", "m"),
    ("Mei Lin Chow", "f"),
    ("Oluwaseun Adeyemi", "m"),
    ("Priya Raman", "f"),
    ("Henrik Dahl", "m"),
    ("Leilani Kahale", "f"),
    ("Dmitri Volkov", "m"),
    ("Amara Nwosu", "f"),
    ("Hamid Karimi", "m"),
)
#: Fronted adjunct clauses, {pro} the subject's pronoun: (clause, shape).
FRONTS = (
    ("Asked whether the ferry could keep running", "asked_whether"),
    ("Asked about the delay", "asked_about"),
    ("When asked about the delay", "when_asked"),
    ("Asked if {pro} would stand again", "asked_if"),
    ("Pressed on the cost of the new pier", "pressed"),
    ("Told of the council's decision", "told"),
    ("Speaking to reporters outside the harbour office", "speaking"),
    ("Before answering", "before"),
    ("After a long pause", "after"),
    ("At the meeting on Tuesday", "at"),
)
#: Beat predicates, {pos} the subject's possessive pronoun.
BEATS = (
    "shrugged",
    "laughed",
    "shook {pos} head",
    "was silent for a moment",
    "smiled",
    "looked down at {pos} notes",
    "leaned forward",
    "paused",
)
#: Inserted clauses between subject and predicate, {pro}/{pos} pronouns: (open, clause, close, shape).
INSERTS = (
    (",", "asked about the fire", ",", "participle"),
    (",", "pressed on the cost", ",", "participle"),
    (",", "speaking to reporters on the quay", ",", "participle"),
    (",", "who had said nothing all morning", ",", "relative"),
    (",", "who has run the ferry for a decade", ",", "relative"),
    (" --", "who had said nothing all morning", " --", "dash"),
    (" --", "asked about the fire", " --", "dash"),
    (" \u2014", "visibly tired after the long night", " \u2014", "dash"),
)
#: Quotations (no final mark).
Q1 = (
    "The timetable is not the problem",
    "We asked for more boats last year",
    "Nobody on the island wants this",
)
Q2 = (
    "We coped before and we will cope again",
    "Nobody was hurt, and that is what matters",
    "The money was promised in March",
    "I have answered that question already",
)
#: Marks: (open, close) - straight, curly, British single.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _pron(gender: str) -> tuple[str, str]:
    """(possessive, subject) pronouns of *gender*, lower case."""
    return ("her", "she") if gender == "f" else ("his", "he")


def _fill(template: str, gender: str) -> str:
    pos, pro = _pron(gender)
    return template.format(pos=pos, pro=pro)


def _other(person: tuple[str, str], shift: int) -> tuple[str, str]:
    i = PEOPLE.index(person)
    return PEOPLE[(i + shift) % len(PEOPLE)]


def fronted_name() -> Iterator[Case]:
    """'FRONT, NAME BEAT. "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, FRONTS, BEATS, Q2, MARKS)
    for (name, g), (front, shape), beat, q, (op, cl) in sample(combos, 200, "h33-fname"):
        text = f"{_fill(front, g)}, {name} {_fill(beat, g)}. {op}{q}.{cl}"
        yield Case("", f"fname-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)], exact=False)


def fronted_surname() -> Iterator[Case]:
    """'NAME runs the ferry. FRONT, SURNAME BEAT. "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, FRONTS, BEATS, Q2, MARKS)
    for (name, g), (front, shape), beat, q, (op, cl) in sample(combos, 150, "h33-fsur"):
        surname = name.split()[-1]
        text = f"{name} runs the island ferry. {_fill(front, g)}, {surname} {_fill(beat, g)}. {op}{q}.{cl}"
        yield Case("", f"fsur-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)], exact=False)


def fronted_pronoun() -> Iterator[Case]:
    """'NAME runs the ferry. FRONT, she BEAT. "Q."' -> NAME (one person named before)."""
    known = (("Nuala Byrne", "f"), ("Ciaran Walsh", "m"), ("Ana Ruiz", "f"), ("Henrik Dahl", "m"))
    combos = itertools.product(known, FRONTS, BEATS, Q2, MARKS)
    for (name, g), (front, shape), beat, q, (op, cl) in sample(combos, 150, "h33-fpron"):
        text = (
            f"{name} runs the island ferry. {_fill(front, g)}, {_pron(g)[1]} {_fill(beat, g)}. {op}{q}.{cl}"
        )
        yield Case("", f"fpron-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)], exact=False)


def fronted_description() -> Iterator[Case]:
    """'FRONT, the ferry operator, NAME, BEAT. "Q."' -> NAME."""
    descs = ("the ferry operator, {name},", "the harbour master, {name},", "{name}, the island's mayor,")
    combos = itertools.product(PEOPLE, FRONTS, BEATS, descs, Q2, MARKS)
    for (name, g), (front, shape), beat, desc, q, (op, cl) in sample(combos, 120, "h33-fdesc"):
        text = f"{_fill(front, g)}, {desc.format(name=name)} {_fill(beat, g)}. {op}{q}.{cl}"
        yield Case("", f"fdesc-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)], exact=False)


def inserted() -> Iterator[Case]:
    """'NAME, asked about the fire, BEAT. "Q."' (and relative, dash clauses) -> NAME."""
    combos = itertools.product(PEOPLE, INSERTS, BEATS, Q2, MARKS)
    for (name, g), (op_i, clause, cl_i, shape), beat, q, (op, cl) in sample(combos, 200, "h33-ins"):
        text = f"{name}{op_i} {_fill(clause, g)}{cl_i} {_fill(beat, g)}. {op}{q}.{cl}"
        yield Case("", f"ins-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)], exact=False)


def between_other() -> Iterator[Case]:
    """'"Q1," A said. FRONT, B BEAT. "Q2."' -> Q1 by A, Q2 by B (never A)."""
    combos = itertools.product(PEOPLE, (1, 2, 5), FRONTS, BEATS, Q1, Q2, MARKS)
    for (a, ga), shift, (front, shape), beat, q1, q2, (op, cl) in sample(combos, 150, "h33-between"):
        b, gb = _other((a, ga), shift)
        text = f"{op}{q1},{cl} {a} said. {_fill(front, gb)}, {b} {_fill(beat, gb)}. {op}{q2}.{cl}"
        yield Case(
            "",
            f"between-{shape}",
            text,
            [Expect(f"{op}{q1},{cl}", "direct", a), Expect(f"{op}{q2}.{cl}", "direct", b)],
            exact=False,
            wrong_speakers=[(f"{op}{q2}.{cl}", a)],
        )


def guard_fronted_noun() -> Iterator[Case]:
    """'Asked about B, A BEAT. "Q."' -> A, never B (the fronted clause's nouns never speak)."""
    fronts = (
        "Asked about {b}",
        "When asked about {b}'s plan",
        "Told of {b}'s remarks",
        "Pressed on {b}'s offer",
    )
    combos = itertools.product(PEOPLE, (1, 3), fronts, BEATS, Q2, MARKS)
    for (a, ga), shift, front, beat, q, (op, cl) in sample(combos, 120, "h33-fnoun"):
        b = _other((a, ga), shift)[0]
        text = f"{front.format(b=b)}, {a} {_fill(beat, ga)}. {op}{q}.{cl}"
        yield Case(
            "",
            "fnoun",
            text,
            [Expect(f"{op}{q}.{cl}", "direct", a)],
            exact=False,
            wrong_speakers=[(f"{op}{q}.{cl}", b)],
        )


def guard_group() -> Iterator[Case]:
    """A thing or a group as the subject after a fronted clause names nobody."""
    subjects = (
        "the crowd cheered",
        "the two women shook their heads",
        "{a} and {b} shrugged",
        "the ferry company was silent for a moment",
        "the storm grew worse",
    )
    combos = itertools.product(PEOPLE, FRONTS[1:3] + FRONTS[4:], subjects, Q2, MARKS)
    for (a, ga), (front, _), subj, q, (op, cl) in sample(combos, 120, "h33-group"):
        b = _other((a, ga), 3)[0]
        text = f"{_fill(front, 'f')}, {subj.format(a=a, b=b)}. {op}{q}.{cl}"
        yield Case(
            "",
            "group",
            text,
            [Expect(f"{op}{q}.{cl}", "direct", None)],
            exact=False,
            wrong_speakers=[(f"{op}{q}.{cl}", a), (f"{op}{q}.{cl}", b)],
        )


def guard_later_credit() -> Iterator[Case]:
    """'FRONT, A BEAT. "Q," B said.' -> B."""
    combos = itertools.product(PEOPLE, (2, 3), FRONTS, BEATS, Q2, MARKS)
    for (a, ga), shift, (front, _), beat, q, (op, cl) in sample(combos, 100, "h33-later"):
        b = _other((a, ga), shift)[0]
        text = f"{_fill(front, ga)}, {a} {_fill(beat, ga)}. {op}{q},{cl} {b} said."
        yield Case(
            "",
            "later",
            text,
            [Expect(f"{op}{q},{cl}", "direct", b)],
            exact=False,
            wrong_speakers=[(f"{op}{q},{cl}", a)],
        )


def guard_said() -> Iterator[Case]:
    """'Asked about X, A said: "Q."' and 'A, asked about X, said: "Q."' stay A's."""
    shapes = (
        "Asked about the delay, {a} said: {q}",
        "Asked whether the ferry could keep running, {a} said: {q}",
        "When asked about the delay, {a} told reporters: {q}",
        "{a}, asked about the fire, said: {q}",
        "{a}, who runs the ferry, said: {q}",
    )
    combos = itertools.product(PEOPLE, shapes, Q2, MARKS)
    for (a, _), shape, q, (op, cl) in sample(combos, 100, "h33-said"):
        text = shape.format(a=a, q=f"{op}{q}.{cl}")
        yield Case("", "said", text, [Expect(f"{op}{q}.{cl}", "direct", a)], exact=False)


def guard_question() -> Iterator[Case]:
    """'Asked whether C, A BEAT. "Q."': the reporter's question keeps no speaker."""
    combos = itertools.product(PEOPLE, BEATS, Q2, MARKS)
    for (a, g), beat, q, (op, cl) in sample(combos, 80, "h33-question"):
        text = f"Asked whether the ferry could keep running, {a} {_fill(beat, g)}. {op}{q}.{cl}"
        yield Case(
            "",
            "question",
            text,
            [Expect("whether the ferry could keep running", "indirect", None)],
            exact=False,
        )


def guard_report_other() -> Iterator[Case]:
    """'FRONT, A listened as B explained the plan. "Q."' -> never A."""
    reports = (
        "{a} listened as {b} explained the plan",
        "{a} read out {b}'s letter to the meeting",
        "{a} waited while {b} answered the inspector",
    )
    combos = itertools.product(PEOPLE, FRONTS[4:], reports, Q2, MARKS)
    for (a, ga), (front, _), rep, q, (op, cl) in sample(combos, 80, "h33-report"):
        b = _other((a, ga), 2)[0]
        text = f"{_fill(front, ga)}, {rep.format(a=a, b=b)}. {op}{q}.{cl}"
        yield Case("", "report", text, [], exact=False, wrong_speakers=[(f"{op}{q}.{cl}", a)])


def guard_inserted() -> Iterator[Case]:
    """Never a wrong person through an inserted or fronted clause: 'A, asked about B, BEAT.' -> A
    (never B); 'A and B, asked about X, shook their heads.', "A's lawyer, asked about X, BEAT.",
    'Asked about A, her lawyer BEAT.' -> never A (nor B)."""
    shapes = (
        ("{a}, asked about {b}, {beat}", "a"),
        ("{a} -- asked about {b}'s letter -- {beat}", "a"),
        ("{a} and {b}, asked about the fire, shook their heads", None),
        ("{a}'s lawyer, asked about the fire, {beat}", None),
        ("Asked about {a}, {pos} lawyer {beat}", None),
        ("When asked about {a}, the crowd laughed", None),
    )
    combos = itertools.product(PEOPLE, (1, 4), shapes, BEATS, Q2, MARKS)
    for (a, g), shift, (shape, who), beat, q, (op, cl) in sample(combos, 150, "h33-gins"):
        b = _other((a, g), shift)[0]
        pos = _pron(g)[0]
        sent = shape.format(a=a, b=b, beat=_fill(beat, "m"), pos=pos)
        text = f"{sent[0].upper()}{sent[1:]}. {op}{q}.{cl}"
        quote = f"{op}{q}.{cl}"
        if who == "a":
            yield Case(
                "", "gins-a", text, [Expect(quote, "direct", a)], exact=False, wrong_speakers=[(quote, b)]
            )
        else:
            yield Case("", "gins-none", text, [], exact=False, wrong_speakers=[(quote, a), (quote, b)])


def bare_answer() -> Iterator[Case]:
    """'Asked if she would stand again, A said no.' -> the question has no speaker; 'no' is A's
    answer (indirect, content the one word); a survey's share says 'yes' too. 'A said no to the
    plan' and 'A said no one was hurt' are other constructions (no bare answer)."""
    questions = ("Asked if {pro} would stand again", "Asked whether the pier should be rebuilt")
    subjects = ("{a}", "the harbour master", "{surname}", "40 percent of islanders")
    combos = itertools.product(PEOPLE, questions, subjects, ("yes", "no"), (".", ", but gave no reason."))
    for (a, g), question, subj, answer, tail in sample(combos, 120, "h33-answer"):
        who = subj.format(a=a, surname=a.split()[-1])
        lead = f"{a}, the harbour master, met islanders on Monday. " if subj in subjects[1:3] else ""
        q = _fill(question, g)
        text = f"{lead}{q}, {who} said {answer}{tail}"
        speaker = "40 percent of islanders" if subj.startswith("40") else a
        content = q.split(" ", 1)[1]
        yield Case(
            "",
            "answer",
            text,
            [Expect(content, "indirect", None), Expect(answer, "indirect", speaker, occurrence=1)],
            exact=False,
        )


ROUND30_H33ASKED: tuple[Capability, ...] = (
    named("asked.fronted_name", "1", "Asked whether C, NAME shrugged. 'Q.' -> NAME", fronted_name),
    named(
        "asked.fronted_surname", "1", "NAME ... When asked, SURNAME laughed. 'Q.' -> NAME", fronted_surname
    ),
    named("asked.fronted_pronoun", "1", "NAME ... Pressed on X, she BEAT. 'Q.' -> NAME", fronted_pronoun),
    named(
        "asked.fronted_description",
        "1",
        "Told of X, the ferry operator, NAME, BEAT. 'Q.' -> NAME",
        fronted_description,
    ),
    named("asked.inserted", "1", "NAME, asked about X, / -- who ... -- BEAT. 'Q.' -> NAME", inserted),
    named("asked.between_other", "4", "'Q1,' A said. FRONT, B BEAT. 'Q2.' -> B, never A", between_other),
    named("asked.guard_fronted_noun", "4", "Asked about B, A smiled. 'Q.' -> A, never B", guard_fronted_noun),
    named("asked.guard_group", "4", "Asked about X, the crowd cheered. 'Q.' -> nobody", guard_group),
    named("asked.guard_later_credit", "4", "FRONT, A BEAT. 'Q,' B said. -> B", guard_later_credit),
    named("asked.guard_said", "1", "Asked about X, A said: 'Q.' -> A", guard_said),
    named(
        "asked.guard_question", "4", "Asked whether C, A BEAT: the question has no speaker", guard_question
    ),
    named(
        "asked.guard_report_other",
        "4",
        "FRONT, A listened as B explained. 'Q.' -> never A",
        guard_report_other,
    ),
    named("asked.bare_answer", "3", "Asked if C, A said no. -> 'no' by A (indirect)", bare_answer),
    named(
        "asked.guard_inserted",
        "4",
        "A, asked about B, BEAT -> A; A's lawyer, asked ... -> never A",
        guard_inserted,
    ),
)
