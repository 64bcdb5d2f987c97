"""Development capabilities of helper dir10's round (issue 11, direct quotations): one
generator per mechanism, with people and sentences of their own (none from the held-out files
or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND9_DIR10` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, a hyphenated one, particles, a role-word surname.
PEOPLE9 = (
    _p("Halvard Estrup", "Estrup", "m", "plain"),
    _p("Oona Pelletier", "Pelletier", "f", "plain"),
    _p("Tendai Moyo-Banda", "Moyo-Banda", "m", "hyphenated"),
    _p("Ilse de Winter", "de Winter", "f", "particles"),
    _p("Corentin Marsh", "Marsh", "m", "plain"),
    _p("Sabine Knight", "Knight", "f", "role surname"),
)

#: Questions and exclamations (our own), without their final mark.
ASKED9 = (
    ("Who is going to pay for the new locks", "?"),
    ("Did anyone on the board read the survey", "?"),
    ("Not one more ferry", "!"),
    ("We will keep the yard open", "!"),
)

#: A credit's verb that follows its subject, then a modifier that runs on past a dozen words.
LONG_CREDITS9 = (
    "asked as the harbour board filed out of the hall on Tuesday evening, leaving the chairs "
    "and the unread papers behind them",
    "told a local radio station in a long interview on Monday when pressed on the cost of "
    "the new locks and the dredging",
    "said of the dredging plan in March, when the council balked at the price of a second "
    "pair of cranes for the yard",
    "shouted, a nod to the long campaign that the dockers had run all through the winter "
    "against the closure of the yard",
)

#: The words a speaker said the paragraph before (another person: a wrong carry-over).
OPENERS9 = ("We have waited long enough", "The board has not answered a single letter")


def long_credit_after_question() -> Iterator[Case]:
    """`"Q?" NAME asked as ..., ...` with a credit that runs on for many words: the credit after
    a question or exclamation stays in the quotation's sentence when a modifier (a preposition,
    a subordinator or a comma) follows its verb, so the quotation is NAME's, never the previous
    paragraph's speaker's."""
    combos = itertools.product(PEOPLE9, ASKED9, LONG_CREDITS9, DOUBLE_MARKS, range(len(OPENERS9)))
    for p, (words, mark), credit, m, k in sample(combos, 160, "dir10-long-credit"):
        other = PEOPLE9[(PEOPLE9.index(p) + 1) % len(PEOPLE9)]
        quote = m.q(words + mark)
        verb, _, rest = credit.partition(" ")
        text = f"{m.q(OPENERS9[k] + ',')} {other.full} said.\n\n{quote} {p.full} {verb} {rest}."
        yield Case(
            "",
            "dir10-long-credit",
            text,
            [Expect(m.q(OPENERS9[k] + ","), "direct", other.full), Expect(quote, "direct", p.full)],
            exact=False,
            wrong_speakers=[(quote, other.full)],
        )


#: Frame verbs with a particle and what may follow their comma.
GOING_ON9 = ("went on", "pressed on", "shot back", "cut in", "chimed in")
AFTER_COMMA9 = ("as if nobody had spoken", "waving a copy of the report", "to loud applause")


def frame_after_question() -> Iterator[Case]:
    """`"Q?" NAME went on, as if ...`: a verb with its particle after a question or exclamation
    and the name before it, then a comma, is the quotation's credit (a reporting frame), so a
    speaker of the paragraph before is never carried over to it."""
    combos = itertools.product(PEOPLE9, ASKED9, GOING_ON9, AFTER_COMMA9, DOUBLE_MARKS)
    for p, (words, mark), verb, after, m in sample(combos, 160, "dir10-frame-question"):
        other = PEOPLE9[(PEOPLE9.index(p) + 2) % len(PEOPLE9)]
        quote = m.q(words + mark)
        first = m.q(OPENERS9[0] + ",")
        text = f"{first} {other.full} said.\n\n{quote} {p.surname} {verb}, {after}."
        yield Case(
            "",
            "dir10-frame-question",
            f"{p.full} and {other.full} met the board.\n\n{text}",
            [Expect(first, "direct", other.full), Expect(quote, "direct", p.full)],
            exact=False,
            wrong_speakers=[(quote, other.full)],
        )


#: Narrative openings after a question: a new sentence, not a credit (no quotation's speaker).
NEW_SENTENCES9 = (
    "{n} said the locks would cost more than the whole harbour fund had raised in ten years.",
    "{n} told the board that nobody had read the survey before the vote in March.",
)


def report_after_question() -> Iterator[Case]:
    """`"Q?" NAME said C.` with a reported clause after the verb is not stretched into the
    quotation's credit: NAME's report keeps its own content."""
    combos = itertools.product(PEOPLE9, ASKED9[:2], NEW_SENTENCES9, DOUBLE_MARKS)
    for p, (words, mark), frame, m in sample(combos, 48, "dir10-report-question"):
        quote = m.q(words + mark)
        sentence = frame.format(n=p.full)
        clause = sentence.split(" said ", 1)[-1] if " said " in sentence else sentence.split(" board ", 1)[-1]
        clause = clause.rstrip(".")
        expected = [Expect(clause, "indirect", p.full)]
        yield Case("", "dir10-report-question", f"{quote} {sentence}", expected, exact=False)


ROUND9_DIR10: tuple[Capability, ...] = (
    named(
        "direct.long_credit_after_question",
        "1",
        '"Q?" NAME asked as ..., ... (a long credit after ? or !)',
        long_credit_after_question,
    ),
    named(
        "direct.frame_after_question",
        "1",
        '"Q?" NAME went on, as if ... (a frame verb with a particle, then a comma)',
        frame_after_question,
    ),
    named(
        "direct.report_after_question",
        "1",
        '"Q?" NAME said C. (a report of its own after the question)',
        report_after_question,
    ),
)

__all__ = ["ROUND9_DIR10"]
