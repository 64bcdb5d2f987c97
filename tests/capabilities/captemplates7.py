"""Development capabilities of the seventh round of rule work (issue 11): one generator per
mechanism, with sentences, people and bodies of their own (none from the held-out files).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND7` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import ANY, Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: surnames with Mc/Mac/O', hyphens, capitals inside, role words, and
#: first names that no first-name table lists.
PEOPLE7 = (
    _p("Catriona MacKinnon", "MacKinnon", "f", "Mc/O'"),
    _p("Declan O'Rourke", "O'Rourke", "m", "Mc/O'"),
    _p("Eilidh McCrae", "McCrae", "f", "Mc/O'"),
    _p("Bartholomew Ince-Lacey", "Ince-Lacey", "m", "hyphenated"),
    _p("Solveig Brand-Ottesen", "Brand-Ottesen", "f", "hyphenated"),
    _p("Harriet Judge", "Judge", "f", "role surname"),
    _p("Colm Deacon", "Deacon", "m", "role surname"),
    _p("Ottoline Marsh", "Marsh", "f", "word surname"),
    _p("Mbali Khumalo", "Khumalo", "f", "non-Anglo"),
    _p("Radek Wisniewski", "Wisniewski", "m", "non-Anglo"),
    _p("Ingrid DeVries", "DeVries", "f", "capital inside"),
    _p("Piers Haddington", "Haddington", "m", "plain"),
)

#: Bodies of this file (some with no organisation word in the name).
BODIES7 = ("Quarrington Ferries", "the Elmsford Water Board", "Harrowgate Foods", "Caldbeck Mills")


# -- transcripts and interviews -------------------------------------------------------------

#: Turns of a debate or an interview (our own sentences).
TURNS7 = (
    "Why did the ferry contract go to a company with no boats?",
    "Because it offered the lowest price by a wide margin.",
    "The islanders say the price was the only thing it offered.",
    "They will change their minds when the first boat sails.",
)

#: Introductions naming the two speakers of a transcript: {a} asks, {b} answers.
TRANSCRIPT_INTROS = (
    "What follows is a transcript of the radio debate between {a} and {b}.",
    "On Sunday, {a} put our readers' questions to {b}. The exchange has been edited for length.",
    "{b} sat down with {a} at the harbour office last week.",
)


def transcript_surnames() -> Iterator[Case]:
    """A transcript labelled by surnames in capitals (``MACKINNON:``, ``O'ROURKE:``,
    ``INCE-LACEY:``, ``JUDGE:``) after an introduction that names both speakers in full."""
    pairs = list(itertools.permutations(PEOPLE7, 2))
    for (a, b), intro in sample(itertools.product(pairs, TRANSCRIPT_INTROS), 240, "r7-transcript"):
        la, lb = a.surname.upper(), b.surname.upper()
        lead = intro.format(a=a.full, b=b.full)
        body = "".join(f"\n\n{(la, lb)[k % 2]}: {t}" for k, t in enumerate(TURNS7))
        yield Case(
            "",
            "r7-transcript",
            lead + body,
            [Expect(t, "direct", (a.full, b.full)[k % 2], ANY, "person") for k, t in enumerate(TURNS7)],
            exact=False,
        )


#: Interview labels as printed: (question label, answer label).
QA_LABELS = (("Question", "Answer"), ("QUESTION", "ANSWER"), ("Q", "A"))

#: Introductions of an interviewee; {n} is the full name, {p} the pronoun, {b} a body.
QA_INTROS = (
    "{n} has run {b} since the floods. We spoke to {o} about the winter ahead.",
    "For eleven years {n} kept the accounts at {b}. This interview has been condensed.",
    "{n}, who left {b} in March, agreed to answer our questions.",
)

QA_QUESTIONS = ("What went wrong last winter?", "Would you take the job again?")
QA_ANSWERS = ("We trusted a forecast that was plainly wrong.", "Only if the board changed first.")


def qa_labels() -> Iterator[Case]:
    """An interview labelled ``Question:``/``Answer:`` (or in capitals, or ``Q:``/``A:``): the
    answers are the interviewee's, including a person whose first name no table lists."""
    combos = itertools.product(PEOPLE7, BODIES7, QA_LABELS, range(len(QA_INTROS)))
    for p, body, (ql, al), k in sample(combos, 240, "r7-qa"):
        obj = "her" if p.gender == "f" else "him"
        intro = QA_INTROS[k].format(n=p.full, b=body, o=obj)
        q1, q2 = QA_QUESTIONS
        a1, a2 = QA_ANSWERS
        text = f"{intro}\n\n{ql}: {q1}\n\n{al}: {a1}\n\n{ql}: {q2}\n\n{al}: {a2}"
        yield Case(
            "",
            "r7-qa",
            text,
            [Expect(a1, "direct", p.full), Expect(a2, "direct", p.full)],
            exact=False,
            wrong_speakers=((q1, p.full), (q2, p.full)),
        )


# -- documents crediting their issuer ------------------------------------------------------

#: Direct quotations and reported clauses of this file (our own sentences).
QUOTES7 = (
    "The last sailing leaves at six",
    "Boil all tap water until further notice",
    "The canteen will close on Fridays",
    "Pay talks will resume in the new year",
)
CLAUSES7 = (
    "the last sailing would leave at six",
    "tap water should be boiled until further notice",
    "the canteen would close on Fridays",
    "pay talks would resume in the new year",
)

#: Documents with their issuer: (frame with {B} / {b} for the body, {c} for the content, kind).
DOCUMENT_FRAMES7 = (
    ("{B} put up a notice at the gate on Monday. The notice read: {q}", "direct"),
    ("{B} pinned a short notice to the door. The notice said: {q}", "direct"),
    ("{B} emailed a memo to staff last week. The memo read: {q}", "direct"),
    ("{C}, according to figures published by {b}.", "indirect"),
    ("{C}, according to official statistics from {b}.", "indirect"),
    ("{C}, according to data released by {b} on Tuesday.", "indirect"),
    ("A letter from {b} to customers said that {c}.", "indirect"),
    ("A memo from {b} to its drivers warned that {c}.", "indirect"),
    ("The notice from {b} stated that {c}.", "indirect"),
)


def _body_name(body: str) -> str:
    return body.removeprefix("the ")


def document_issuers() -> Iterator[Case]:
    """A notice, memo, letter, figures, statistics or data credit the body that issued them:
    `BODY put up a notice ... The notice read: "C."`, `C, according to figures published by
    BODY.`, `A letter from BODY to customers said that C.`; the document posted in the first
    sentence is no quotation."""
    combos = itertools.product(BODIES7, range(len(QUOTES7)), range(len(DOCUMENT_FRAMES7)), DOUBLE_MARKS)
    for body, k, d, m in sample(combos, 260, "r7-documents"):
        frame, kind = DOCUMENT_FRAMES7[d]
        clause = CLAUSES7[k]
        if kind == "direct":
            content = m.q(QUOTES7[k] + ".")
        elif "{C}" in frame:
            content = clause[:1].upper() + clause[1:]
        else:
            content = f"that {clause}"
        text = frame.format(B=body[:1].upper() + body[1:], b=body, q=content, C=content, c=clause)
        yield Case("", f"r7-document-{d}", text, [Expect(content, kind, _body_name(body))])


ROUND7: tuple[Capability, ...] = (
    named(
        "structure.transcript_surnames",
        "3",
        "MCCRAE: / O'ROURKE: / INCE-LACEY: / JUDGE:",
        transcript_surnames,
    ),
    named("structure.qa_labels", "3", "Question: ... Answer: ... (any interviewee name)", qa_labels),
    named(
        "source.document_issuers",
        "5",
        "The notice read: / figures published by / A letter from ORG",
        document_issuers,
    ),
)

__all__ = ["ROUND7"]
