"""Development capabilities of branch h35appoint, thirty-second round: a post that a verb of
appointment gives a person is that person's title.

*The pier company hired NAME as its piermaster.*, *named NAME its piermaster*, *promoted NAME to
coxswain*, *NAME was appointed head falconer*, *NAME became piermaster*, *NAME took over as
treasurer*, *NAME was sworn in as mayor*, *NAME joined Kestrel Ferries as coxswain*: the person
holds the post from then on, so

* *"Q," the ROLE said.* (and *said the ROLE*, *The ROLE said: "Q."*) names the person, titled
  with the post (before: the bare description *ROLE*, kind other);
* *"Q," SURNAME said.* carries the post as the person's title;
* two persons each appointed to a post: *the ROLE* names the one who holds it.

The roles are listed (*treasurer*, *harbourmaster*, *warden*) and unlisted (*piermaster*,
*coxswain*, *head falconer*, *lockkeeper*). Guards keep the frames that give no person a post:
*The board hired a new firm as its auditor.*, *NAME was named after her grandmother.*, *They
elected to stay.*, *The council appointed a panel to review the plan.*, *hired NAME as a
favour*, *appointed NAME to review the plan*, *was elected to parliament*, *if NAME becomes
mayor* (a condition): the named person is still the speaker, with no title.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND31_H35APPOINT`
to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Appointees (full name, surname).
PEOPLE = (
    ("Aslanbek Dzhabrailov", "Dzhabrailov"),
    ("Ines Varga", "Varga"),
    ("Tomasz Wrobel", "Wrobel"),
    ("Nkechi Obiora", "Obiora"),
    ("Halvard Strand", "Strand"),
    ("Mireille Dufort", "Dufort"),
)
#: Roles the lexicon lists and roles it does not (WordNet's, agent nouns, compounds).
ROLES = ("treasurer", "harbourmaster", "warden", "piermaster", "coxswain", "head falconer", "lockkeeper")
#: The appointing bodies.
BODIES = ("The pier company", "Kestrel Ferries", "The Tarn Valley Trust", "The rowing club")
#: Object frames: a verb of appointment with the person as its object ({b} body, {n} name, {r} role).
OBJECT_FRAMES = (
    "{b} hired {n} as its {r} in 2019.",
    "{b} hired {n} as {r} last spring.",
    "{b} named {n} its {r} in 2019.",
    "{b} named {n} as {r} on Monday.",
    "{b} appointed {n} as its new {r}.",
    "{b} appointed {n} {r} in March.",
    "{b} promoted {n} to {r} last year.",
    "{b} elected {n} {r} at its annual meeting.",
    "{b} made {n} its {r} in 2021.",
)
#: Subject frames: the person is the subject of a passive or of *become*, *take over as* ...
SUBJECT_FRAMES = (
    "{n} was named {r} in 2019.",
    "{n} was appointed as {r} of {b2} last year.",
    "{n} has been promoted to {r}.",
    "{n} was elected {r} in May.",
    "{n} was hired as {r} in 2020.",
    "{n} became {r} in 2019.",
    "{n} became the {r} of {b2} last spring.",
    "{n} took over as {r} in March.",
    "{n} was sworn in as {r} on Tuesday.",
    "{n} joined {b2} as {r} in 2018.",
    "{n}, 54, was appointed {r} in 2017.",
    "{n} later became {r}.",
)
QUOTES = (
    "Every penny counts",
    "The tide waits for nobody",
    "We start again tomorrow",
    "Nothing is settled yet",
)
QMARKS = (('"', '"'), ("\u201c", "\u201d"))
#: Where the cue stands: after the quotation, inverted after it, or before it.
CUES = ("after", "inverted", "before")


def _body2(body: str) -> str:
    """The body as written after a preposition or verb ('the pier company', 'Kestrel Ferries')."""
    return "the" + body[3:] if body.startswith("The ") else body


def _quoted(said: str, op: str, cl: str, who: str, cue: str) -> tuple[str, str]:
    """(sentence, quotation) of *said* credited to *who* with the cue at *cue*."""
    if cue == "before":
        quote = f"{op}{said}.{cl}"
        lead = who[:1].upper() + who[1:]
        return f"{lead} said: {quote}", quote
    quote = f"{op}{said},{cl}"
    return (f"{quote} {who} said." if cue == "after" else f"{quote} said {who}."), quote


def _frames(frames: tuple[str, ...], k: int, seed: str) -> Iterator[tuple[str, str, str, str, str]]:
    """(lead sentence, name, surname, role, cue) for *k* sampled combinations of *frames*."""
    combos = itertools.product(frames, PEOPLE, ROLES, BODIES, CUES)
    for frame, (name, surname), role, body, cue in sample(combos, k, seed):
        yield frame.format(b=body, b2=_body2(body), n=name, r=role), name, surname, role, cue


def _nominal_cases(frames: tuple[str, ...], k: int, seed: str) -> Iterator[Case]:
    for i, (lead, name, _, role, cue) in enumerate(_frames(frames, k, seed)):
        op, cl = QMARKS[i % 2]
        text, quote = _quoted(QUOTES[i % len(QUOTES)], op, cl, f"the {role}", cue)
        expect = Expect(quote, "direct", name, Contains((role,)))
        yield Case("", cue, f"{lead} {text}", [expect], wrong_speakers=[(quote, role)])


def object_post_nominal() -> Iterator[Case]:
    """BODY hired/named/appointed/promoted/elected/made NAME (as|to) (its) ROLE. "Q," the ROLE said.
    -> NAME, titled ROLE."""
    yield from _nominal_cases(OBJECT_FRAMES, 360, "h35-object")


def subject_post_nominal() -> Iterator[Case]:
    """NAME was named/became/took over as/was sworn in as/joined BODY as ROLE. "Q," the ROLE
    said. -> NAME, titled ROLE."""
    yield from _nominal_cases(SUBJECT_FRAMES, 360, "h35-subject")


def appointed_title() -> Iterator[Case]:
    """An appointment, then "Q," SURNAME said. -> NAME, titled ROLE (no other title is written)."""
    frames = _frames(OBJECT_FRAMES + SUBJECT_FRAMES, 240, "h35-title")
    for i, (lead, name, surname, role, cue) in enumerate(frames):
        op, cl = QMARKS[(i + 1) % 2]
        text, quote = _quoted(QUOTES[i % len(QUOTES)], op, cl, surname, cue)
        yield Case("", cue, f"{lead} {text}", [Expect(quote, "direct", name, Contains((role,)))])


#: Two posts given in one passage.
PAIRS = (("treasurer", "coxswain"), ("piermaster", "warden"), ("head falconer", "harbourmaster"))


def two_appointees() -> Iterator[Case]:
    """BODY named A ROLE1. It hired B as ROLE2 a year later. "Q," the ROLEk said. -> the holder
    of ROLEk, titled ROLEk."""
    people = list(itertools.permutations(PEOPLE[:4], 2))
    combos = itertools.product(people, PAIRS, BODIES, (0, 1), CUES)
    for i, ((a, b), (r1, r2), body, pick, cue) in enumerate(sample(combos, 180, "h35-two")):
        lead = f"{body} named {a[0]} {r1} in 2019. It hired {b[0]} as its {r2} a year later."
        holder, role = (a[0], r1) if pick == 0 else (b[0], r2)
        op, cl = QMARKS[i % 2]
        text, quote = _quoted(QUOTES[i % len(QUOTES)], op, cl, f"the {role}", cue)
        other = b[0] if pick == 0 else a[0]
        expect = Expect(quote, "direct", holder, Contains((role,)))
        yield Case("", cue, f"{lead} {text}", [expect], wrong_speakers=[(quote, other)])


#: Sentences in which no person is given a post ({n} name, {b} body).
GUARD_FRAMES = (
    "{b} hired a new firm as its auditor.",
    "{n} was named after her grandmother.",
    "They elected to stay.",
    "The council appointed a panel to review the plan.",
    "{b} hired {n} as a favour to her father.",
    "{b} appointed {n} to review the plan.",
    "{n} was elected to parliament in 2019.",
    "{n} was named to the board in 2019.",
    "Police named {n} as a suspect.",
    "If {n} becomes mayor, the plan will change.",
    "{b} will name {n} treasurer next week.",
    "{n} became the first woman to lead the crew.",
    "{n} became the first member of the crew to sign the pledge.",
    "{n} joined the march as a mother of three.",
)


def appointment_guard() -> Iterator[Case]:
    """A frame that gives no post, then "Q," said NAME. -> NAME, with no title."""
    combos = itertools.product(GUARD_FRAMES, PEOPLE, BODIES, CUES)
    for i, (frame, (name, surname), body, cue) in enumerate(sample(combos, 240, "h35-guard")):
        lead = frame.format(n=name, b=body)
        who = surname if name in lead else name
        op, cl = QMARKS[i % 2]
        text, quote = _quoted(QUOTES[i % len(QUOTES)], op, cl, who, cue)
        yield Case("", cue, f"{lead} {text}", [Expect(quote, "direct", name, None)])


ROUND31_H35APPOINT: tuple[Capability, ...] = (
    named(
        "appointment.object_post_nominal",
        "4",
        'The pier company hired NAME as its piermaster. "Q," the piermaster said.: NAME, titled piermaster',
        object_post_nominal,
    ),
    named(
        "appointment.subject_post_nominal",
        "4",
        'NAME became piermaster / was sworn in as ROLE. "Q," the ROLE said.: NAME, titled ROLE',
        subject_post_nominal,
    ),
    named(
        "appointment.appointed_title",
        "6",
        'NAME was appointed coxswain. "Q," SURNAME said.: NAME, titled coxswain',
        appointed_title,
    ),
    named(
        "appointment.two_appointees",
        "4",
        'BODY named A treasurer. It hired B as its coxswain. "Q," the coxswain said.: B, titled coxswain',
        two_appointees,
    ),
    named(
        "appointment.no_post_guard",
        "8",
        'hired a firm as its auditor / named after her grandmother / as a favour. "Q," NAME said.: no title',
        appointment_guard,
    ),
)
