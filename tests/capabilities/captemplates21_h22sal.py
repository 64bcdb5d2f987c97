"""Development capabilities added on branch ``h22sal`` in the twenty-second round: which of two
persons of the same gender a *he*/*she* after them refers to.

* A person who only listens or watches in the main clause, the speaker in a subordinate *as* /
  *while* clause (*A listened as B addressed the council. "Q," she said.*; *While A looked on,
  B told the panel ...*): the one who speaks, never the listener.
* A listener after the speaker (*B addressed the crowd as A watched.*): the speaker.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND21_H22SAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of one gender each: (full name, pronoun).
WOMEN = ("Tamsin Achterberg", "Nomvula Khumalo", "Mei-Ling Tsang", "Rosario Villalobos", "Ingrid Solberg")
MEN = ("Declan Furlong", "Babajide Adeyemi", "Tomasz Wierzbowski", "Rahul Chaturvedi", "Euan MacAskill")
#: Verbs of listening or watching in the past (the person who does not speak).
LISTEN = ("listened", "looked on", "watched", "sat in silence", "waited")
#: Speech acts in the past with their object or complement.
SPEAK = (
    "addressed the council",
    "spoke to reporters",
    "told the committee about the delays",
    "briefed the board",
    "answered questions from residents",
    "read out a statement",
)
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "We will not let this project fall behind again",
    "The figures speak for themselves",
    "Families on this estate deserve better",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _pairs() -> list[tuple[str, str, str]]:
    """(speaker, listener, pronoun) of the same gender."""
    women = [(a, b, "she") for a, b in itertools.permutations(WOMEN, 2)]
    men = [(a, b, "he") for a, b in itertools.permutations(MEN, 2)]
    return women + men


#: Shapes with {s} the speaker, {o} the listener, {v} the listening verb, {a} the speech act.
SHAPES = (
    "{o} {v} as {s} {a} on Tuesday.",
    "While {o} {v}, {s} {a}.",
    "{s} {a} as {o} {v}.",
    "{s} {a} on Monday while {o} {v}.",
    "As {o} {v}, {s} {a}.",
)


def listener_and_speaker() -> Iterator[Case]:
    """'O listened as S addressed X. "Q," she said.' (and its variants) -> S, never O."""
    combos = itertools.product(_pairs(), SHAPES, LISTEN, SPEAK, QUOTES, MARKS, (False, True))
    for (s, o, pro), shape, v, a, q, (op, cl), brk in sample(combos, 220, "h22sal-listen"):
        lead = shape.format(s=s, o=o, v=v, a=a)
        quote = f"{op}{q},{cl}"
        sep = "\n\n" if brk else " "
        text = f"{lead}{sep}{quote} {pro} said."
        yield Case(
            "", "listener", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


ROUND21_H22SAL: tuple[Capability, ...] = (
    named(
        "salience.listener_vs_speaker",
        "4",
        'O listened as S addressed X. "Q," she said.: S (the one who spoke, never the listener)',
        listener_and_speaker,
    ),
)
