"""Development capabilities added on branch ``h28sal`` in the twenty-eighth round: which of two
people of one gender a *he*/*she* after their sentence means.

* *A handed the microphone to B, ROLE, on DAY. "Q," she said.*: B, the one a verb gives the turn
  to speak (*gave the floor to*, *handed over to*, *called on ... to speak*, *invited ... to the
  lectern*, *introduced*).
* *A took over as ROLE from B, who retired in MONTH.*, *A replaced B as ROLE*, *A succeeded B*:
  A, the main subject who takes the post.
* *When B arrived on DAY, A, ROLE, was already at the gate.*, *A, ROLE, took questions after B
  had left.*: A, the main clause's subject over a subordinate clause's.
* *A, ROLE, was interviewed on DAY by B, a reporter.*: A, the passive subject, never the
  interviewer (*questioned by*, *asked by*, *quizzed by*).
* Guards: a pronoun of the other person's gender still goes to that person; a verb that hands
  over a thing gives no turn (*handed the keys to B*); *B thanked A*; one-person texts.

People, roles and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_H28SAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Women and men of several cultures, first names listed or not.
WOMEN = (
    "Margaret Holloway",
    "Dechen Tipene",
    "Ifeoma Chukwu",
    "Sunita Raghavan",
    "Ingrid Sandvik",
    "Lucía Ferrández",
    "Mereana Horomona",
    "Elena Marchetti",
)
MEN = (
    "Robert Whitfield",
    "Tamati Walker",
    "Chinedu Okafor",
    "Arjun Mehta",
    "Henrik Solberg",
    "Joaquín Ibarra",
    "Oluwaseun Adeyemi",
    "Thomas Brennan",
)
#: Roles in apposition (ours).
ROLES = (
    "the harbour master",
    "chair of the tenants' association",
    "head of the river authority",
    "a nurse at the county hospital",
    "director of the regional museum",
    "the union's treasurer",
    "network controller at Kestrel Bay Ferries",
    "head of the Tamar Valley Orchard Trust",
)
#: Posts one person takes from another.
POSTS = ("chair of the water board", "head of the fire service", "principal of Eastgate College", "coach")
DAYS = ("Monday", "Tuesday", "Wednesday", "Friday")
QUOTES = (
    "We will reopen the ferry route before winter",
    "Nobody on this side of the river was consulted",
    "The numbers simply do not add up",
    "I intend to finish what was started here",
)
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"))
#: Sentences where {a} gives {b} the turn to speak: {b} speaks next.
HANDOVER = (
    "{a} gave the floor to {b}, {r}, on {d}.",
    "{a} handed the microphone to {b}, {r}.",
    "{a} handed over to {b}, {r}, after a short welcome.",
    "{a} passed the microphone to {b} on {d}.",
    "{a} yielded the floor to {b}, {r}.",
    "{a} then called on {b}, {r}, to speak.",
    "{a} invited {b}, {r}, to address the meeting.",
    "{a} introduced {b}, {r}, on {d}.",
    "On {d}, {a} turned the floor over to {b}, {r}.",
    "{a} gives the floor to {b}, {r}.",
    "{a}, {r}, handed over to {b} after a short welcome.",
    "After a brief welcome, {a} introduced {b}, {r}.",
    "{a} invited {b} to the lectern on {d}.",
    "{a} then asked {b}, {r}, to address the committee.",
)
#: Sentences where {a} takes a post from {b}: {a} speaks next.
SUCCESSION = (
    "{a} took over as {p} from {b}, who retired in March.",
    "{a} took over from {b} as {p} on {d}.",
    "{a} replaced {b} as {p} last year.",
    "{a} succeeded {b}, who stepped down in June, as {p}.",
    "{a} has replaced {b} as {p}.",
    "{a} took over as {p} from {b}, who left for a job in the capital.",
    "{a}, {r}, took over from {b} on {d}.",
    "On {d}, {a} succeeded {b} as {p}.",
)
#: Sentences where {b} is the subject of a subordinate clause and {a} of the main one.
SUBORDINATE = (
    "When {b} arrived on {d}, {a}, {r}, was already waiting at the gate.",
    "{a}, {r}, answered questions after {b} left the room.",
    "{a}, {r}, stayed behind long after {b} had gone home.",
    "Before {b} could reply, {a}, {r}, stood up.",
    "{a} took the questions on {d} because {b} was ill.",
    "Although {b} had objected, {a}, {r}, pressed ahead with the plan.",
    "While {b} was away on {d}, {a}, {r}, ran the office.",
    "Because {b} was ill, {a}, {r}, took the questions on {d}.",
    "{a}, {r}, kept the hall open until {b} returned.",
    "Once {b} had signed the letter, {a} sent it to the minister.",
)
#: Passives of questioning: {a} answers, {b} asks.
INTERVIEWED = (
    "{a}, {r}, was interviewed on {d} by {b}, a reporter.",
    "{a} was questioned by {b}, a local journalist, on {d}.",
    "{a}, {r}, was asked by {b} about the delays.",
    "{a}, {r}, was interviewed by {b} for the evening news.",
    "{a} was quizzed on {d} by {b}, a radio host.",
    "{a}, {r}, had been questioned on {d} by {b}, a council lawyer.",
    "{a} was grilled by {b}, the committee's counsel, for two hours.",
)


#: (Round 44: given names the world name counts list were replaced by unlisted ones.)
#: Names whose first name no list holds (no gender shown): left out of the guards, where an
#: older rule rightly prefers a rival known to agree.
UNLISTED = frozenset(("Dechen Tipene", "Mereana Horomona", "Tamati Walker", "Oluwaseun Adeyemi"))


def _pairs(listed: bool = False) -> list[tuple[str, str, str]]:
    """(a, b, pronoun) pairs of one gender (with *listed*, of listed first names only)."""
    women = [w for w in WOMEN if not (listed and w in UNLISTED)]
    men = [m for m in MEN if not (listed and m in UNLISTED)]
    pairs = [(a, b, "she") for a in women for b in women if a != b]
    return pairs + [(a, b, "he") for a in men for b in men if a != b]


def _quote(q: str, op: str, cl: str) -> str:
    return f"{op}{q},{cl}"


def _cases(frames: tuple[str, ...], seed: str, n: int, speaker_is_a: bool, template: str) -> Iterator[Case]:
    combos = itertools.product(_pairs(), frames, ROLES, POSTS, DAYS, QUOTES, MARKS, (0, 1))
    for (a, b, pro), frame, r, p, d, q, (op, cl), brk in sample(combos, n, seed):
        quote = _quote(q, op, cl)
        sep = "\n\n" if brk else " "
        text = f"{frame.format(a=a, b=b, r=r, p=p, d=d)}{sep}{quote} {pro} said."
        speaker, other = (a, b) if speaker_is_a else (b, a)
        yield Case(
            "",
            template,
            text,
            [Expect(quote, "direct", speaker)],
            exact=False,
            wrong_speakers=[(quote, other)],
        )


def handover_turn() -> Iterator[Case]:
    """'A gave the floor to B, ROLE. "Q," she said.' -> B."""
    yield from _cases(HANDOVER, "h28sal-handover", 320, False, "handover")


def succession_subject() -> Iterator[Case]:
    """'A took over as P from B, who retired in March. "Q," he said.' -> A."""
    yield from _cases(SUCCESSION, "h28sal-succession", 240, True, "succession")


def main_clause_subject() -> Iterator[Case]:
    """'When B arrived, A, ROLE, was already waiting. "Q," she said.' -> A."""
    yield from _cases(SUBORDINATE, "h28sal-subordinate", 280, True, "subordinate")


def interviewed_subject() -> Iterator[Case]:
    """'A, ROLE, was interviewed on DAY by B, a reporter. "Q," she said.' -> A."""
    yield from _cases(INTERVIEWED, "h28sal-interviewed", 200, True, "interviewed")


#: Verbs that hand over a thing or act on {b}, not the turn: {a} keeps the pronoun (or none).
NO_TURN = (
    "{a} handed the keys to {b} on {d}.",
    "{a} thanked {b}, {r}, for the report.",
    "{a} gave the contract to {b} on {d}.",
    "{a} introduced the new timetable to {b} on {d}.",
    "{a} passed the file to {b}, {r}.",
)


def no_turn_guard() -> Iterator[Case]:
    """'A handed the keys to B. "Q," she said.': never B."""
    combos = itertools.product(_pairs(listed=True), NO_TURN, ROLES, DAYS, QUOTES, MARKS)
    for (a, b, pro), frame, r, d, q, (op, cl) in sample(combos, 150, "h28sal-noturn"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, r=r, d=d)} {quote} {pro} said."
        yield Case("", "no-turn", text, [], exact=False, wrong_speakers=[(quote, b)])


#: A subordinate clause whose object pronoun shows the main subject's gender ({ao}: him/her).
OBJECT_PRONOUN = (
    "{a} missed the last ferry on {d} after {b} kept {ao} talking on the quay.",
    "{a} stayed on at the depot because {b} had asked {ao} to wait.",
)


def other_gender_guard() -> Iterator[Case]:
    """Each frame with the pronoun of the person the rule would pass over, the other of a
    different gender: 'A (a man) gave the floor to B (a woman). "Q," he said.' -> A."""
    frames = (
        [(f, True) for f in HANDOVER[:6]]
        + [(f, False) for f in SUCCESSION[:3]]
        + [(f, False) for f in SUBORDINATE[:3]]
        + [(f, False) for f in INTERVIEWED[:3]]
    )
    mixed = [(w, m) for w in WOMEN for m in MEN if w not in UNLISTED and m not in UNLISTED]
    combos = itertools.product(mixed, frames, ROLES, POSTS, DAYS, QUOTES, MARKS, (0, 1))
    for (w, m), (frame, to_a), r, p, d, q, (op, cl), flip in sample(combos, 200, "h28sal-gender"):
        a, b = (w, m) if flip else (m, w)
        speaker, other = (a, b) if to_a else (b, a)
        pro = "she" if speaker == w else "he"
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, r=r, p=p, d=d)} {quote} {pro} said."
        yield Case(
            "",
            "other-gender",
            text,
            [Expect(quote, "direct", speaker)],
            exact=False,
            wrong_speakers=[(quote, other)],
        )


def object_pronoun_guard() -> Iterator[Case]:
    """'A missed the last ferry after B kept him talking. "Q," she said.' with neither first
    name listed: the object pronoun shows A's gender, so the pronoun is B's, never A's."""
    women = ("Dechen Tipene", "Mereana Horomona", "Ngaio Whatuira")
    men = ("Tamati Walker", "Oluwaseun Adeyemi", "Rangi Parata")
    pairs = [(a, b, "him", "she") for a in men for b in women]
    pairs += [(a, b, "her", "he") for a in women for b in men]
    combos = itertools.product(pairs, OBJECT_PRONOUN, DAYS, QUOTES, MARKS)
    for (a, b, ao, pro), frame, d, q, (op, cl) in sample(combos, 120, "h28sal-objpro"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, d=d, ao=ao)} {quote} {pro} said."
        yield Case(
            "", "object-pronoun", text, [Expect(quote, "direct", b)], exact=False, wrong_speakers=[(quote, a)]
        )


#: A person who speaks or takes the turn inside the subordinate clause keeps the pronoun (older
#: rules: a speech act, a turn handed in a relative clause): {b} speaks.
SPEAKING_CLAUSE = (
    "While {b} addressed the council on {d}, {a}, {r}, waited outside.",
    "{a} listened as {b} briefed the committee.",
    "{a} had already left by the time {b} arrived on {d}.",
    "{a} introduced {b}, who then addressed the crowd.",
)


def speaking_clause_guard() -> Iterator[Case]:
    """'While B addressed the council, A, ROLE, waited outside. "Q," she said.' -> B."""
    combos = itertools.product(_pairs(), SPEAKING_CLAUSE, ROLES, DAYS, QUOTES, MARKS)
    for (a, b, pro), frame, r, d, q, (op, cl) in sample(combos, 120, "h28sal-speaking"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, b=b, r=r, d=d)} {quote} {pro} said."
        yield Case(
            "", "speaking", text, [Expect(quote, "direct", b)], exact=False, wrong_speakers=[(quote, a)]
        )


#: One person only: that person speaks.
ALONE = (
    "{a}, {r}, was interviewed on {d} by a reporter.",
    "{a} gave the floor to the audience on {d}.",
    "When the bus arrived on {d}, {a}, {r}, was already waiting.",
    "{a} took over as {p} in March.",
    "{a} was questioned by the committee on {d}.",
)


def one_person_guard() -> Iterator[Case]:
    """'A, ROLE, was interviewed on DAY by a reporter. "Q," she said.' -> A."""
    people = [(a, "she") for a in WOMEN] + [(a, "he") for a in MEN]
    combos = itertools.product(people, ALONE, ROLES, POSTS, DAYS, QUOTES, MARKS)
    for (a, pro), frame, r, p, d, q, (op, cl) in sample(combos, 120, "h28sal-alone"):
        quote = _quote(q, op, cl)
        text = f"{frame.format(a=a, r=r, p=p, d=d)} {quote} {pro} said."
        yield Case("", "alone", text, [Expect(quote, "direct", a)], exact=False)


ROUND25_H28SAL: tuple[Capability, ...] = (
    named(
        "salience.handover_object_speaks",
        "4",
        "A gave the floor to B, ROLE. 'Q,' she said.: B, given the turn to speak",
        handover_turn,
    ),
    named(
        "salience.succession_subject_speaks",
        "4",
        "A took over as P from B, who retired. 'Q,' he said.: A, the one taking the post",
        succession_subject,
    ),
    named(
        "salience.main_over_subordinate_subject",
        "4",
        "When B arrived, A, ROLE, was waiting. 'Q,' she said.: A, the main clause's subject",
        main_clause_subject,
    ),
    named(
        "salience.interviewed_passive_subject",
        "4",
        "A was interviewed by B, a reporter. 'Q,' she said.: A, never the interviewer",
        interviewed_subject,
    ),
    named(
        "salience.no_turn_object_guard",
        "4",
        "A handed the keys to B / thanked B. 'Q,' she said.: never B",
        no_turn_guard,
    ),
    named(
        "salience.turn_frames_gender_guard",
        "4",
        "The same frames with the pronoun of the other gender: the person that pronoun fits",
        other_gender_guard,
    ),
    named(
        "salience.object_pronoun_gender_guard",
        "4",
        "A missed the ferry after B kept him talking. 'Q,' she said.: B, never A (A's gender shown)",
        object_pronoun_guard,
    ),
    named(
        "salience.speaking_clause_guard",
        "4",
        "While B addressed the council, A waited outside. 'Q,' she said.: B (the older speech-act rules)",
        speaking_clause_guard,
    ),
    named(
        "salience.turn_frames_one_person",
        "4",
        "One person in the frames (interviewed by a reporter, gave the floor to the audience): that person",
        one_person_guard,
    ),
)
