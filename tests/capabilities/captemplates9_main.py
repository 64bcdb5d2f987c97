"""Development capabilities added on ``main`` in the ninth round (issue 11): a *he*/*she*
right after a quote credited to a role description is that speaker, never a person named
before. People, bodies and sentences of their own.

``captemplates.py`` adds :data:`ROUND9_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named

#: Distractors named before the description speaks (both genders).
NAMED = (
    Person("Osric Pellow", "Pellow", "m", "plain"),
    Person("Maud Treharne", "Treharne", "f", "plain"),
    Person("Kwabena Asante", "Asante", "m", "non-Anglo"),
)
#: Role descriptions with the gender their head gives (None: either).
DESCRIPTIONS = (
    ("a spokesman for the lock company", "m"),
    ("a spokeswoman for the lock company", "f"),
    ("the lock inspector", None),
    ("a council engineer", None),
    ("the ferry's captain", None),
)
OPENINGS = (
    "{n} toured the canal on Tuesday.",
    "{n} walked the towpath with the engineers in March.",
)
CUES = ("added", "said", "went on")
FIRST = "We will drain the basin first"
SECOND = "Nobody will lose a mooring"


def role_description_pronoun() -> Iterator[Case]:
    """NAME ... "C1," DESCRIPTION said. "C2," he/she CUE. -> both quotes the description's."""
    for person, (desc, gender), opening, cue, marks in itertools.product(
        NAMED, DESCRIPTIONS, OPENINGS, CUES, DOUBLE_MARKS
    ):
        # a description of no gender is read with the pronoun the named person cannot take
        pronoun = "she" if (gender or ("m" if person.gender == "f" else "f")) == "f" else "he"
        first, second = marks.q(FIRST + ","), marks.q(SECOND + ",")
        text = f"{opening.format(n=person.full)} {first} {desc} said. {second} {pronoun} {cue}."
        speaker = desc.split(" ", 1)[1] if desc.startswith(("a ", "the ")) else desc
        yield Case(
            "speaker.role_description_pronoun",
            f"{person.surname}|{desc}|{cue}",
            text,
            [Expect(first, "direct", speaker), Expect(second, "direct", speaker)],
        )


ROUND9_MAIN: tuple[Capability, ...] = (
    named(
        "speaker.role_description_pronoun",
        "4",
        'NAME ... "C1," a spokesman said. "C2," he added: the spokesman, not NAME',
        role_description_pronoun,
    ),
)
