"""Development capabilities added on branch ``h23sal`` in the twenty-third round: a *he*/*she*
after a sentence that opens with a fronted adverbial clause naming one person and has another
person as its main clause's subject.

* *After A had finished speaking, B rose to answer the question. "Q," she said.*: the main
  clause's subject B, never A inside the fronted clause.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_H23SAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of one gender each.
WOMEN = ("Ottilie Brannigan", "Chiamaka Obiora", "Svetlana Morozova", "Leilani Kahale", "Pilar Etxeberria")
MEN = ("Fergus Lindqvist", "Oluwaseun Bankole", "Marek Dvorak", "Arjun Raghunathan", "Callum Strachan")
#: Fronted clauses with {o} the person who does not speak next.
FRONTED = (
    "After {o} had finished speaking",
    "When {o} sat down",
    "Once {o} had read out the figures",
    "Before {o} could reply",
    "As {o} left the chamber",
    "While {o} was still on her feet",
)
#: Main-clause predicates of the next speaker.
MAIN = (
    "rose to answer the question",
    "took the microphone",
    "stood up to respond",
    "turned to the councillors",
    "asked for the floor",
)
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "Nobody on this street was asked about the new car park",
    "The money was promised two budgets ago",
    "We cannot keep the library open on good will alone",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _pairs() -> list[tuple[str, str, str]]:
    """(speaker, other, pronoun) of the same gender."""
    women = [(a, b, "she") for a, b in itertools.permutations(WOMEN, 2)]
    men = [(a, b, "he") for a, b in itertools.permutations(MEN, 2)]
    return women + men


def fronted_clause_then_subject() -> Iterator[Case]:
    """'After O had finished speaking, S rose. "Q," she said.' -> S, never O."""
    combos = itertools.product(_pairs(), FRONTED, MAIN, QUOTES, MARKS, (False, True))
    for (s, o, pro), front, main, q, (op, cl), brk in sample(combos, 300, "h23sal-fronted"):
        clause = front.replace("her feet", "his feet") if pro == "he" else front
        lead = f"{clause.format(o=o)}, {s} {main}."
        quote = f"{op}{q},{cl}"
        sep = "\n\n" if brk else " "
        text = f"{lead}{sep}{quote} {pro} said."
        yield Case(
            "", "fronted", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


ROUND22_H23SAL: tuple[Capability, ...] = (
    named(
        "salience.fronted_clause_subject",
        "4",
        'After O had spoken, S rose. "Q," she said.: S (the main clause subject, not the fronted clause)',
        fronted_clause_then_subject,
    ),
)
