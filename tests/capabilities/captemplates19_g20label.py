"""Development capabilities added on branch ``g20label`` in the twentieth round: transcript labels.

* A transcript's role label (``CHAIR:``, ``THE CHAIR:``, ``CHAIRMAN:``, ``COMMITTEE CHAIR:``,
  ``MODERATOR:``, ``HOST:``, ``THE COURT:``, ``PRESIDING JUDGE:``, ``THE CORONER:``,
  ``CORONER:``, ``INTERVIEWER:``) is the person the article introduced with that role: as a
  title before the name and its comma, an apposition, a title prefix, or the agent of a verb
  that gives the role (*chaired by NAME*); a surname label (``BERG:``) is that person's full
  name. The title printed is the one the introduction states.
* *The committee's chair, NAME, the Labour MP for Leith,*: when a role with its body is written
  before a name and its comma and an apposition follows, the role written first is the title.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_G20LABEL` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Those who hold the role (first names the lists hold).
HOLDERS = ("Rosalind Achebe", "Gordon Whitlow", "Miriam Castellane", "Owen Pritchard", "Helena Marchetti")
#: Those who answer in the transcript: (full name, label, title).
WITNESSES = (
    ("Martin Greaves", "GREAVES", "chief executive of Pennine Express"),
    ("Karen Holloway", "HOLLOWAY", "site manager at Dunmore Quarry"),
    ("Peter Osei", "OSEI", "finance director of Carrow Water"),
)
#: The role's introductions per role: (template, title printed); {name} is filled.
INTRODUCTIONS = {
    "chair": (
        (
            "The committee's chair, {name}, the Labour MP for Wyre Moor, said the answers were thin.",
            "committee's chair",
        ),
        (
            "The chair of the committee, {name}, a former headteacher, opened the session.",
            "chair of the committee",
        ),
        ("{name}, the committee's chair, opened the session.", "committee's chair"),
        ("The session was chaired by {name}, a former headteacher.", "former headteacher"),
    ),
    "moderator": (
        ("The debate's moderator, {name}, a radio presenter, opened the evening.", "debate's moderator"),
        ("{name}, the moderator of the debate, opened the evening.", "moderator of the debate"),
        ("The debate was moderated by {name}, a radio presenter.", "radio presenter"),
    ),
    "judge": (
        ("The presiding judge, {name}, a former barrister, opened the hearing.", "presiding judge"),
        ("Judge {name} presided.", "Judge"),
        ("The case was heard by Judge {name}.", "Judge"),
    ),
    "coroner": (
        ("The senior coroner for Leithshire, {name}, opened the inquest.", "senior coroner for Leithshire"),
        ("Coroner {name} opened the inquest.", "Coroner"),
        ("{name}, the area coroner, opened the inquest.", "area coroner"),
    ),
    "interviewer": (
        ("{name}, the station's interviewer, spoke to the witness on Friday.", "station's interviewer"),
        ("The interview was conducted by {name}, a reporter.", "reporter"),
    ),
}
#: Labels of each role.
LABELS = {
    "chair": ("CHAIR", "THE CHAIR", "CHAIRMAN", "CHAIRWOMAN", "COMMITTEE CHAIR"),
    "moderator": ("MODERATOR", "THE MODERATOR", "DEBATE MODERATOR", "HOST"),
    "judge": ("THE COURT", "PRESIDING JUDGE", "THE PRESIDING JUDGE", "THE JUDGE"),
    "coroner": ("CORONER", "THE CORONER"),
    "interviewer": ("INTERVIEWER",),
}
#: Questions and answers of the turns.
QUESTIONS = ("When did the board first see the shortfall?", "Why was the gate left open that night?")
ANSWERS = ("The board saw a paper in March.", "Nobody had told us to close it.")
FOLLOW_UPS = ("And it went ahead anyway.", "That is hard to believe.")


def _transcript(label: str, witness: str, question: str, answer: str, follow_up: str) -> str:
    """Three turns: the role's question, the witness's answer, the role's follow-up."""
    return f"{label}: {question}\n\n{witness}: {answer}\n\n{label}: {follow_up}\n"


def role_labels() -> Iterator[Case]:
    """'Witness introduced. | Role holder introduced. | [another speaker.] | ROLE: Q | WIT: A |
    ROLE: F' -> Q and F are the holder's (with the introduced title), A the witness's."""
    rows = [
        (role, intro, label)
        for role, intros in INTRODUCTIONS.items()
        for intro, label in itertools.product(intros, LABELS[role])
    ]
    combos = itertools.product(rows, HOLDERS, WITNESSES, range(len(QUESTIONS)), ("near", "far"))
    for (_, (intro, title), label), holder, (wit, wit_label, wit_title), n, where in sample(
        combos, 320, "g20label-role"
    ):
        opening = f"{wit}, the {wit_title}, gave evidence on Tuesday."
        between = (
            "\n\nA union organiser, Kieran Doyle, said the drivers had warned the company."
            if where == "far"
            else ""
        )
        turns = _transcript(label, wit_label, QUESTIONS[n], ANSWERS[n], FOLLOW_UPS[n])
        text = f"{opening}\n\n{intro.format(name=holder)}{between}\n\n{turns}"
        expects = [
            Expect(QUESTIONS[n], "direct", holder, title),
            Expect(ANSWERS[n], "direct", wit, wit_title),
            Expect(FOLLOW_UPS[n], "direct", holder, title),
        ]
        yield Case("", where, text, expects, exact=False, wrong_speakers=[(QUESTIONS[n], label)])


#: Roles with their body written before a name and its comma, and what follows the name.
FRONTED_ROLES = (
    "The committee's chair",
    "The chair of the inquiry",
    "A spokeswoman for the Ministry of Transport",
    "The council's leader",
    "The union's general secretary",
    "The director of the Harbour Museum",
)
SECOND_APPOSITIONS = (
    "the Labour MP for Wyre Moor",
    "a retired judge",
    "a former diplomat",
    "the Conservative councillor for Ashworth",
)
REPORTS = (
    "the evidence described a company that had gambled",
    "the timetable had been drawn up without enough drivers",
    "the report would be published in the autumn",
)


def role_before_apposition() -> Iterator[Case]:
    """'The ROLE of BODY, NAME, a SECOND, said C' and 'C, said the ROLE, NAME, a SECOND.' -> NAME,
    titled with the role written first (not the second apposition)."""
    combos = itertools.product(FRONTED_ROLES, SECOND_APPOSITIONS, HOLDERS, REPORTS, ("front", "after cue"))
    for role, second, name, report, where in sample(combos, 240, "g20label-fronted"):
        title = role.split(" ", 1)[1]
        if where == "front":
            text = f"{role}, {name}, {second}, said {report}."
            yield Case("", where, text, [Expect(report, "indirect", name, title)], exact=False)
            continue
        lowered = role[0].lower() + role[1:]
        text = f"Officials were asked about the delays. “{_WORDS},” said {lowered}, {name}, {second}."
        yield Case("", where, text, [Expect(f"“{_WORDS},”", "direct", name, title)], exact=False)


#: The words of a direct quotation after which the role is written.
_WORDS = "We will look at every one of those cancellations"


ROUND19_G20LABEL: tuple[Capability, ...] = (
    named(
        "label.role_holder_introduced",
        "2",
        "CHAIR: / THE COURT: / PRESIDING JUDGE: / CORONER: / INTERVIEWER: turns: the person introduced"
        " with the role (title before the name, apposition, prefix, 'chaired by'), with that title; a"
        " surname label: the full name (was: the label, e.g. 'CHAIR')",
        role_labels,
    ),
    named(
        "title.role_before_apposition",
        "2",
        "'The committee's chair, NAME, the Labour MP for X, said C': the role written first is the"
        " title (was: the second apposition)",
        role_before_apposition,
    ),
)
