"""Development capabilities added on main in the forty-first round.

* *NAME VERBED as the EVENT ended: "Q"*, *NAME VERBED when the hearing resumed: "Q"*, *NAME
  VERBED as the ballots were counted: "Q"*: an adverbial clause of a verb of happening or a
  passive reports no utterance, so the colon still introduces NAME's words (before: no speaker,
  the clause's subject read as the one who spoke), while *NAME laughed when the robot beeped:
  "Q"* stays none of NAME's;
* *Most of the GROUP said C, but one, NAME, emailed a neighbour: "Q"*, *..., but NAME scoffed at
  the idea: "Q"*: a colon frame whose verb has a short object or adjunct opens a report of its
  own, NAME's (before: one mixed quotation, all the group's, or the quotation the group's);
* *NAME, who moved to TOWN last year, met OTHER on DAY. The newcomer said C.*, *NAME, who has
  lived in TOWN ..., ... the resident said*, *the retiree*, *the survivor*, *the winner*: a noun
  that describes a person by a deed names the one a clause gave that deed (before: the noun
  itself, *newcomer*); with no such clause, never NAME nor OTHER.

People, places and events of our own. ``captemplates.py`` adds :data:`ROUND40_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

PEOPLE = ("Margaret Holloway", "Tiriel Vasquenne", "Gerald Ashcombe", "Oskana Bredvik")
#: Verbs of the sentence's subject: listed cues, and verbs of gesture that no verb list holds
#: (their colon frame alone makes them a cue; these once lost the quotation to the clause).
MAIN_VERBS = ("grumbled", "told reporters", "laughed", "shrugged", "smiled", "winced")
#: Adverbial clauses whose verb is one of happening or a passive: no subject that speaks.
EVENT_CLAUSES = (
    "as the meeting ended",
    "when the hearing resumed",
    "as the session was adjourned",
    "after the debate began",
    "as the ballots were counted",
    "when the polls closed",
    "as the inquiry reconvened",
    "once the count had finished",
)
#: Clauses whose subject makes a sound of its own: the quotation is not the main subject's.
SOUND_CLAUSES = ("when the robot beeped", "as the parrot squawked")


def event_clause_colon() -> Iterator[Case]:
    """NAME VERBED CLAUSE: "Q." -> NAME's, whatever the clause's event; and NAME laughed when the
    robot beeped: "Q." -> never NAME's."""
    combos = itertools.product(range(len(PEOPLE)), range(len(MAIN_VERBS)), range(10), range(len(MARKS)))
    for p, v, c, m in sample(combos, 200, "r40main-event-clause"):
        o, e = MARKS[m]
        name = PEOPLE[p]
        q = f"{o}{QUOTES[(p + c) % len(QUOTES)]}.{e}"
        if c < len(EVENT_CLAUSES):
            clause = EVENT_CLAUSES[c]
            text = f"{name} {MAIN_VERBS[v]} {clause}: {q}"
            yield Case("", clause, text, [Expect(q, "direct", name)])
        else:
            clause = SOUND_CLAUSES[c - len(EVENT_CLAUSES)]
            text = f"{name} laughed {clause}: {q}"
            yield Case("", "sound", text, [], exact=False, wrong_speakers=[(q, name)])


GROUPS = ("nurses at the clinic", "drivers at the depot", "stallholders on the quay", "members of the club")
#: Colon frames with a short object or adjunct, none a listed cue phrase.
FRAMES = (
    "emailed a neighbour",
    "scoffed at the idea",
    "wrote on the whiteboard",
    "shouted across the hall",
    "grumbled to the chair",
)


def apposed_frame_object() -> Iterator[Case]:
    """Most of the GROUP said C, but one, NAME, VERBED OBJECT: "Q." -> C the group's, Q NAME's;
    and the same with the name as the subject after *but*."""
    combos = itertools.product(range(len(PEOPLE)), range(len(GROUPS)), range(len(FRAMES)), range(2), MARKS)
    for p, g, f, apposed, (o, e) in sample(combos, 160, "r40main-frame-object"):
        name, k = PEOPLE[p], (p + f) % len(QUOTES)
        q = f"{o}{QUOTES[k]}.{e}"
        group = f"Most of the {GROUPS[g]}"
        subject = f"one, {name}," if apposed else name
        text = f"{group} said {CLAUSES[k]}, but {subject} {FRAMES[f]}: {q}"
        expects = [Expect(CLAUSES[k], "indirect", group), Expect(q, "direct", name, title=None)]
        yield Case("", f"{'apposed' if apposed else 'subject'}|{FRAMES[f]}", text, expects)


TOWNS = ("Glen Tarrow", "Port Ardwick", "Santa Morvela")
#: A describing noun and the clause of its deed.
DEEDS = (
    ("newcomer", "who moved to {town} last year"),
    ("resident", "who has lived in {town} for forty years"),
    ("retiree", "who retired from the ferry company in 2019"),
    ("survivor", "who survived the flood of 1998"),
    ("winner", "who won the allotment prize in {town}"),
)


def deed_descriptions() -> Iterator[Case]:
    """NAME, who DEED, met OTHER on Monday. The NOUN said C. -> NAME (not OTHER); and with no
    deed clause ('NAME met OTHER ...'), neither of them."""
    combos = itertools.product(range(len(PEOPLE)), range(len(DEEDS)), range(len(TOWNS)), range(4))
    for p, d, t, shape in sample(combos, 200, "r40main-deeds"):
        name, other = PEOPLE[p], PEOPLE[(p + 1 + t) % len(PEOPLE)]
        noun, deed = DEEDS[d]
        clause = CLAUSES[(p + d) % len(CLAUSES)]
        q = f"{MARKS[t][0]}{QUOTES[(p + d) % len(QUOTES)]},{MARKS[t][1]}"
        if shape == 3:
            text = f"{name} met {other} in {TOWNS[t]} on Monday. The {noun} said {clause}."
            yield Case(
                "", f"no-deed|{noun}", text, [], exact=False, wrong_speakers=[(clause, name), (clause, other)]
            )
            continue
        intro = f"{name}, {deed.format(town=TOWNS[t])}, met {other} on Monday."
        if shape == 2:
            text = f"{intro}\n\n{q} the {noun} said."
            yield Case("", f"quoted|{noun}", text, [Expect(q, "direct", name)])
        else:
            text = f"{intro} The {noun} said {clause}."
            yield Case("", f"reported|{noun}", text, [Expect(clause, "indirect", name)])


ROUND40_MAIN: tuple[Capability, ...] = (
    named("cue.event_clause_colon", "1", 'NAME sighed as the meeting ended: "Q": NAME', event_clause_colon),
    named(
        "cue.apposed_frame_object",
        "1",
        'but one, NAME, emailed a neighbour: "Q": NAME',
        apposed_frame_object,
    ),
    named(
        "nominal.deed_descriptions",
        "4",
        "NAME, who moved to TOWN, ... The newcomer said C",
        deed_descriptions,
    ),
)
