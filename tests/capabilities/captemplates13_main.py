"""Development capabilities added on ``main`` in the fourteenth round (issue 11): in a printed
interview, the object of an interviewing verb answers the questions and its subject asks them
('Ruth Okonjo interviewed Tadeusz Marek in Gdansk. Q: ... A: ...': every answer is Marek's, never
Okonjo's); a subject who *spoke to* an outlet or a reporter is the one answering. People, places,
questions and answers of their own.

``captemplates.py`` adds :data:`ROUND13_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: The people interviewed: (full name, title in apposition or None).
INTERVIEWEES = (
    ("Tadeusz Marek", None),
    ("Folasade Adebayo-Cole", "the chief engineer of the Lagoon Water Board"),
    ("Ines Valcárcel", None),
    ("Hamish Loudon", "a retired harbour pilot"),
    ("Chidi Okafor", None),
)
#: The people asking: never the speaker of an answer.
INTERVIEWERS = ("Ruth Okonjo", "Sven Aalto", "Marguerite Duclos")
VERBS = ("interviewed", "questioned", "quizzed")
PLACES = ("in Gdansk", "at her office", "last week", "by telephone")
#: (question, answer) pairs.
EXCHANGES = (
    ("Why did the pumps stop?", "A fuse blew and nobody had a spare one."),
    ("Will the water be safe by June?", "Yes, if the new filters arrive on time."),
    ("What would you change?", "I would hire two more inspectors tomorrow."),
    ("Who pays for the repair?", "The board pays first and asks the council later."),
)
#: (question label, answer label) as printed interviews write them.
LABELS = (("Q:", "A:"), ("Q.", "A."), ("Question:", "Answer:"))


def _title(title: str | None) -> str | None:
    return None if title is None else title.removeprefix("the ").removeprefix("a ")


def interviewer_asks() -> Iterator[Case]:
    """'ASKER VERB NAME(, TITLE,) PLACE. Q: ... A: ... Q: ... A: ...' -> both answers NAME's,
    never the asker's."""
    combos = itertools.product(INTERVIEWEES, INTERVIEWERS, VERBS, PLACES, range(len(EXCHANGES)), LABELS)
    for (full, title), asker, verb, place, e, (lq, la) in sample(combos, 240, "interviewer_asks"):
        (q1, a1), (q2, a2) = EXCHANGES[e], EXCHANGES[(e + 1) % len(EXCHANGES)]
        who = full if title is None else f"{full}, {title},"
        intro = f"{asker} {verb} {who} {place}. The exchange has been shortened."
        text = f"{intro}\n\n{lq} {q1}\n\n{la} {a1}\n\n{lq} {q2}\n\n{la} {a2}"
        yield Case(
            "",
            f"{verb}|{lq}",
            text,
            [Expect(a1, "direct", full, _title(title)), Expect(a2, "direct", full, _title(title))],
            exact=False,
            wrong_speakers=[(a1, asker), (a2, asker)],
        )


def interviewee_spoke_to() -> Iterator[Case]:
    """'NAME(, TITLE,) spoke to ASKER PLACE. Q: ... A: ...' -> the answers are NAME's (the
    subject who spoke to someone answers), never the asker's."""
    combos = itertools.product(INTERVIEWEES, INTERVIEWERS, PLACES, range(len(EXCHANGES)), LABELS)
    for (full, title), asker, place, e, (lq, la) in sample(combos, 160, "interviewee_spoke_to"):
        (q1, a1), (q2, a2) = EXCHANGES[e], EXCHANGES[(e + 1) % len(EXCHANGES)]
        who = full if title is None else f"{full}, {title},"
        text = f"{who} spoke to {asker} {place}.\n\n{lq} {q1}\n\n{la} {a1}\n\n{lq} {q2}\n\n{la} {a2}"
        yield Case(
            "",
            f"spoke_to|{lq}",
            text,
            [Expect(a1, "direct", full, _title(title)), Expect(a2, "direct", full, _title(title))],
            exact=False,
            wrong_speakers=[(a1, asker), (a2, asker)],
        )


ROUND13_MAIN: tuple[Capability, ...] = (
    named(
        "transcript.interviewer_asks",
        "structure",
        "the object of 'interviewed/questioned/quizzed' answers the Q/A turns, never the subject",
        interviewer_asks,
    ),
    named(
        "transcript.interviewee_spoke_to",
        "structure",
        "the subject of 'spoke to ASKER' answers the Q/A turns, never the one spoken to",
        interviewee_spoke_to,
    ),
)
