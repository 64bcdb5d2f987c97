"""Development capabilities added on branch ``f24desc`` in the twenty-fourth round: the person
a fronted interview frame names as the one spoken to is not the speaker.

* *Speaking to host H on Radio Gold, she said ...*, *In an interview with H, the 52-year-old
  said ...*, *Asked by presenter H about ..., the mayor said ...*: the main clause's subject
  (the person introduced before), never the interviewer H in the frame.
* A ``Q:``/``A:`` transcript after such a frame: the questions are the interviewer's, the
  answers the interviewee's.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND23_F24DESC` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of one gender each (interviewees and interviewers alike).
WOMEN = (
    "Thandiwe Mokoena",
    "Ingrid Solberg",
    "Mei-Ling Tsao",
    "Roisin Gallagher",
    "Aroha Ngata",
    "Fatuma Wanjiru",
)
MEN = (
    "Tevita Fifita",
    "Dmitri Volkov",
    "Kwabena Asante",
    "Hamish Urquhart",
    "Rahul Deshmukh",
    "Jose Ibarra",
)
#: Roles of the interviewee: (role, the noun that refers back to it, the title printed).
ROLES = (
    ("the mayor", "mayor", "mayor"),
    ("the union's general secretary", "general secretary", "union's general secretary"),
    ("the hospital's chief executive", "chief executive", "hospital's chief executive"),
    ("a local councillor", "councillor", "local councillor"),
    ("the club's head coach", "coach", "club's head coach"),
    ("the regional fire commissioner", "commissioner", "regional fire commissioner"),
)
#: Fronted interview frames with {h} the interviewer.
FRAMES = (
    "Speaking to host {h} on Radio Gold",
    "Talking to presenter {h} on the station's breakfast show",
    "In an interview with {h} of Newstalk",
    "During a phone-in with {h} on Capital FM",
    "Asked by {h} on Kiss 100 about the delays",
    "Interviewed by broadcaster {h} on Tuesday evening",
    "When asked by anchor {h} about the budget",
    "While speaking with journalist {h} on the programme",
    "Replying to {h} on the morning bulletin",
)
#: Introductions of the interviewee: {n} the name, {a} the age, {r} the role.
INTROS = (
    "{n}, {a}, {r}, went on air on Monday to defend the plan.",
    "{n}, {r}, has been under pressure since the report was published."
    " The {a}-year-old gave a radio interview on Friday.",
    "On Sunday {n}, {r}, broke a week of silence. {n}, {a}, had refused all requests for comment.",
)
#: Reported clauses.
CLAUSES = (
    'the money had been "promised twice and paid never"',
    'the contractors were "three months behind" on the work',
    'nobody had "even bothered to phone" the families',
    'the decision was "taken in a back room"',
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _pairs() -> list[tuple[str, str, str]]:
    """(interviewee, interviewer, pronoun) of the same gender."""
    women = [(a, b, "she") for a, b in itertools.permutations(WOMEN, 2)]
    men = [(a, b, "he") for a, b in itertools.permutations(MEN, 2)]
    return women + men


def _marked(clause: str, op: str, cl: str) -> str:
    return clause.replace('"', op, 1).replace('"', cl, 1)


def frame_addressee_not_speaker() -> Iterator[Case]:
    """'N, 52, the mayor, ... Speaking to host H, she/the 52-year-old/the mayor said C.' -> N."""
    combos = itertools.product(_pairs(), ROLES, FRAMES, INTROS, CLAUSES, MARKS, range(3), (False, True))
    for (n, h, pro), (role, noun, title), frame, intro, clause, (op, cl), subj, brk in sample(
        combos, 360, "f24desc-frame"
    ):
        age = 40 + len(n) % 30
        subject = (pro, f"the {age}-year-old", f"the {noun}")[subj]
        content = _marked(clause, op, cl)
        sep = "\n\n" if brk else " "
        text = f"{intro.format(n=n, a=age, r=role)}{sep}{frame.format(h=h)}, {subject} said {content}."
        expected = [Expect(content, "mixed", n, title)]
        yield Case("", "frame", text, expected, exact=False, wrong_speakers=[(content, h)])


#: Questions and answers of a transcript.
QUESTIONS = (
    "Is it true that the contract was never signed?",
    "Why did the council wait so long?",
    "Will you resign if the audit goes against you?",
)
ANSWERS = (
    "It is true, and I will not pretend otherwise.",
    "We waited because the lawyers told us to wait.",
    "If the audit says I failed, I will go the same day.",
)


def transcript_after_frame() -> Iterator[Case]:
    """'N ... Speaking to host H on X, the mayor said ... Part of the exchange follows. Q: ... A: ...'
    -> the questions H's, the answers N's."""
    combos = itertools.product(_pairs(), ROLES, FRAMES[:4], CLAUSES, (0, 1), (0, 1, 2))
    picked = sample(combos, 240, "f24desc-transcript")
    for (n, h, pro), (role, noun, title), frame, clause, subj, qa in picked:
        subject = (pro, f"the {noun}")[subj]
        lead = f"{n}, {role}, went on air on Monday to defend the plan."
        framed = f"{frame.format(h=h)}, {subject} said {clause}."
        q, a = QUESTIONS[qa], ANSWERS[qa]
        q2, a2 = QUESTIONS[(qa + 1) % 3], ANSWERS[(qa + 1) % 3]
        text = (
            f"{lead}\n\n{framed}\n\nPart of the exchange is reproduced below.\n\n"
            f"Q: {q}\n\nA: {a}\n\nQ: {q2}\n\nA: {a2}"
        )
        expected = [
            Expect(q, "direct", h),
            Expect(a, "direct", n, title),
            Expect(q2, "direct", h),
            Expect(a2, "direct", n, title),
        ]
        yield Case("", "transcript", text, expected, exact=False, wrong_speakers=[(a, h), (a2, h), (q, n)])


#: Bodies with a numbered unit and the role of the unit's head: (body, unit, role).
UNITS = (
    ("NDRF", "Battalion", "commandant"),
    ("Army", "Infantry Division", "commander"),
    ("US", "Circuit", "judge"),
    ("Fire Service", "Station", "commander"),
    ("Police", "Precinct", "captain"),
    ("Marine", "Regiment", "commander"),
    ("SAPS", "Brigade", "commandant"),
)
#: Ordinals of every suffix.
ORDINALS = ("1st", "2nd", "3rd", "4th", "9th", "11th", "22nd", "101st")
#: Reported clauses after the titled name.
TITLED_CLAUSES = (
    'his unit had reached "every village on the list"',
    'the order had come "far too late"',
    'the roads were "simply gone"',
)
#: What the role noun then says.
FOLLOW = ("We are doing what we can.", "Nobody should wait for the water to rise.")


def ordinal_unit_title() -> Iterator[Case]:
    """'NDRF 9th Battalion commandant N said C. "Q," the commandant said.' -> N, with the
    ordinal kept in the title."""
    combos = itertools.product(MEN + WOMEN, UNITS, ORDINALS, TITLED_CLAUSES, FOLLOW, (False, True))
    for n, (body, unit, role), ordinal, said, follow, brk in sample(combos, 300, "f24desc-ordinal"):
        title = f"{body} {ordinal} {unit} {role}"
        clause = said.replace("his ", "her ") if n in WOMEN else said
        sep = "\n\n" if brk else " "
        quote = f'"{follow[:-1]},"'
        text = f"Teams were sent in overnight. {title} {n} said {clause}.{sep}{quote} the {role} said."
        expected = [Expect(clause, "mixed", n, title), Expect(quote, "direct", n, title)]
        yield Case("", "ordinal", text, expected, exact=False)


ROUND23_F24DESC: tuple[Capability, ...] = (
    named(
        "interviews.frame_addressee_not_speaker",
        "4",
        "N, the mayor ... Speaking to host H on X, she said C.: N (the one spoken to never speaks)",
        frame_addressee_not_speaker,
    ),
    named(
        "interviews.transcript_after_frame",
        "4",
        "Speaking to host H, N said ... Q: ... A: ...: the questions H's, the answers N's",
        transcript_after_frame,
    ),
    named(
        "titles.ordinal_unit_before_name",
        "4",
        "NDRF 9th Battalion commandant N said C. 'Q,' the commandant said.: N, title with the ordinal",
        ordinal_unit_title,
    ),
)
