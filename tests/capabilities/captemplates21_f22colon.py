"""Development capabilities added on branch ``f22colon`` in the twenty-second round: what a
colon after a short capitalised opener means.

* A dateline written with a colon (``PESHAWAR: NAME said on Monday that ...``, ``NEW DELHI,
  March 4: ...``), at the top of the article or after a byline: never a speaker, never inside a
  quotation; the sentence after it is read as an ordinary sentence.
* A dateline before a lead with no speech, then a quotation in the next paragraph: the lead is
  no quotation, the quotation is its speaker's.
* Guards: a transcript labelled in capitals (``HALVORSEN:``, ``PRESENTER:``) still gives each
  turn to its label, however the turns open.
* A colon credit whose role ends in a proper name holding a word that is also a verb (*Ogun
  State*, *Thames Water*, *the Sunday Post*): the credit's name speaks.

People, places, bodies and sentences of our own. ``captemplates.py`` adds
:data:`ROUND21_F22COLON` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons (full name, surname) of many origins.
PEOPLE = (
    ("Oluwaseun Bakare", "Bakare"),
    ("Harpreet Sandhu", "Sandhu"),
    ("Ingrid Halvorsen", "Halvorsen"),
    ("Tomasz Wiśniewski", "Wiśniewski"),
    ("Nguyen Thi Lan", "Nguyen"),
    ("Roisin Gallagher", "Gallagher"),
    ("Mehmet Yildirim", "Yildirim"),
    ("Bongani Dlamini", "Dlamini"),
    ("Lucía Herrera", "Herrera"),
    ("Wiremu Tane", "Tane"),
)
#: Datelines with a colon: places of one to three words in capitals, some with a date.
DATELINES = (
    "PESHAWAR:",
    "KUALA LUMPUR:",
    "PORT HARCOURT:",
    "MOMBASA:",
    "HALIFAX:",
    "GEELONG:",
    "RAWALPINDI, March 4:",
    "KUMASI, Jan 12:",
    "DHAKA:",
    "SAN PEDRO SULA:",
    "THIRUVANANTHAPURAM:",
    "LIMERICK:",
)
#: What comes before the dateline: nothing, a byline paragraph, a headline and a byline.
HEADS = (
    "",
    "By Kofi Mensah | Staff Reporter\n\n",
    "By Anjali Rao, Special Correspondent\n\n",
    "Ferry fares to rise from April\n\nBy Kofi Mensah\n\n",
)
#: Reporters named in the bylines: never speakers.
REPORTERS = ("Kofi Mensah", "Anjali Rao")
#: Reported clauses.
CLAUSES = (
    "the new terminal would open before the monsoon",
    "the district had recorded no new cases for a fortnight",
    "the contract for the bypass would be tendered again",
    "the port's night shift would be cut from July",
)
#: Direct quotations (no closing punctuation).
QUOTES = (
    "The terminal is not ready and everybody knows it",
    "Families cannot keep paying these fares",
    "This is the best harvest the valley has had in ten years",
)
#: Roles after a name (a role word the title must hold).
ROLES = (
    ("the district's chief medical officer", "chief medical officer"),
    ("a spokesman for the port authority", "spokesman"),
    ("the head of the traders' association", "head"),
    ("the regional police commissioner", "police commissioner"),
)
#: Bodies that issue statements.
BODIES = ("The port authority", "The district council", "Kestrel Power", "Coastal Ferries")
#: Report frames: {name} and {c} are filled; the content; the title's role word or None.
FRAMES = (
    ("{name} said on Monday that {c}.", "that {c}"),
    ("{name} told reporters on Friday that {c}.", "that {c}"),
    ("{name} has announced that {c}.", "that {c}"),
    ("{name} warned that {c}.", "that {c}"),
    ("{name} says {c}.", "{c}"),
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _place(dateline: str) -> str:
    """The place of a dateline ('RAWALPINDI, March 4:' -> 'RAWALPINDI')."""
    return dateline.split(",", maxsplit=1)[0].rstrip(":")


def colon_dateline() -> Iterator[Case]:
    """'[HEAD]PLACE: NAME said on Monday that C.', '... "Q," NAME, ROLE, said.', '... BODY said
    in a statement: "Q."' -> NAME (or BODY); never the place nor the reporter."""
    combos = itertools.product(PEOPLE, DATELINES, range(len(HEADS)), range(len(FRAMES)), CLAUSES)
    for (name, _), dl, h, f, c in sample(combos, 240, "f22colon-dl"):
        frame, content = FRAMES[f]
        text = f"{HEADS[h]}{dl} {frame.format(name=name, c=c)}"
        forbidden = (_place(dl), *(REPORTERS if h else ()))
        expect = Expect(content.format(c=c), "indirect", name)
        yield Case("", "dateline report", text, [expect], exact=False, forbidden=forbidden)
    combos2 = itertools.product(PEOPLE, DATELINES, range(len(HEADS)), ROLES, QUOTES)
    for (name, _), dl, h, (role, part), q in sample(combos2, 120, "f22colon-dlq"):
        text = f'{HEADS[h]}{dl} "{q}," {name}, {role}, said.'
        forbidden = (_place(dl), *(REPORTERS if h else ()))
        expect = Expect(f'"{q},"', "direct", name, title=Contains([part]))
        yield Case("", "dateline quote", text, [expect], exact=False, forbidden=forbidden)
    combos3 = itertools.product(BODIES, DATELINES, range(len(HEADS)), QUOTES)
    for body, dl, h, q in sample(combos3, 80, "f22colon-dlb"):
        text = f"{HEADS[h]}{dl} {body} said in a statement: \u2018{q}.\u2019"
        forbidden = (_place(dl), *(REPORTERS if h else ()))
        speaker = body.removeprefix("The ").removeprefix("the ")
        expect = Expect(f"\u2018{q}.\u2019", "direct", (speaker, body, body.lower()))
        yield Case("", "dateline statement", text, [expect], exact=False, forbidden=forbidden)


#: Leads with no speech after a dateline.
LEADS = (
    "Heavy rain closed the coastal highway for a second day on Sunday.",
    "Hundreds of traders gathered outside the municipal offices in protest.",
    "The state government has doubled the budget for rural clinics.",
    "Three men were arrested after a fire at the fish market early on Tuesday.",
)


def dateline_then_quote() -> Iterator[Case]:
    """'[HEAD]PLACE: LEAD.\\n\\n"Q," said NAME, ROLE.' -> the lead is no quotation; NAME says Q."""
    combos = itertools.product(PEOPLE, DATELINES, range(len(HEADS)), LEADS, QUOTES, ROLES)
    for (name, _), dl, h, lead, q, (role, part) in sample(combos, 160, "f22colon-lead"):
        text = f'{HEADS[h]}{dl} {lead}\n\n"{q}," said {name}, {role}.'
        forbidden = (_place(dl), *(REPORTERS if h else ()))
        expect = Expect(f'"{q},"', "direct", name, title=Contains([part]))
        yield Case("", "dateline lead", text, [expect], exact=True, forbidden=forbidden)


#: Interview answers (some open with a plain noun phrase, no first person).
ANSWERS = (
    "We have asked for the money three times.",
    "The money never arrived, and the clinic closed.",
    "Nobody on the board saw the report before May.",
    "I think the timetable was always optimistic.",
)
#: Questions.
QUESTIONS = ("Why did the clinic close?", "When did the board see the report?", "What happens next?")
#: The interviewer's label.
ASKERS = ("PRESENTER:", "INTERVIEWER:", "HOST:")


def caps_transcript() -> Iterator[Case]:
    """'INTRO.\\n\\nASKER: Q?\\n\\nSURNAME: A.\\n\\n ...' and a transcript opening with the
    guest's turn: each answer is the guest's, never a question."""
    combos = itertools.product(PEOPLE, ASKERS, range(len(ANSWERS)), range(len(QUESTIONS)), (0, 1))
    for (name, last), asker, a, qn, top in sample(combos, 160, "f22colon-tx"):
        a1, a2 = ANSWERS[a], ANSWERS[(a + 1) % len(ANSWERS)]
        q1, q2 = QUESTIONS[qn], QUESTIONS[(qn + 1) % len(QUESTIONS)]
        label = last.upper() + ":"
        if top:
            text = f"{label} {a1}\n\n{asker} {q1}\n\n{label} {a2}\n\n{asker} {q2}"
        else:
            intro = f"{name} spoke to the programme on {DAYS[a + qn]}. This is an edited transcript."
            text = f"{intro}\n\n{asker} {q1}\n\n{label} {a1}\n\n{asker} {q2}\n\n{label} {a2}"
        yield Case(
            "",
            "caps transcript",
            text,
            [
                Expect(a1, "direct", (name, last, last.upper())),
                Expect(a2, "direct", (name, last, last.upper())),
            ],
            exact=False,
            wrong_speakers=[(q1, name), (q2, name)],
        )


#: Credits' roles ending in a proper name with a word that is also a verb; the title's part.
PROPER_ROLES = (
    ("commissioner for health in Ogun State", "commissioner"),
    ("a lecturer at Penn State", "lecturer"),
    ("head of research at Thames Water", "head of research"),
    ("deputy editor of the Sunday Post", "deputy editor"),
    ("chair of the Green Party", "chair"),
    ("director of operations at Royal Mail", "director of operations"),
    ("spokeswoman for Anglian Water", "spokeswoman"),
    ("treasurer of the Kano Pillars Supporters Club", "treasurer"),
)
#: Round-up leads.
ROUNDUP_LEADS = ("How the region reacted:", "What they said:", "Reaction from the county:")


def credit_proper_role() -> Iterator[Case]:
    """'LEAD\\n\\nNAME, ROLE (ending in *Ogun State*, *Thames Water*): "Q."' and two such credits
    in a row -> each quotation is its credit's name's."""
    combos = itertools.product(PEOPLE, range(len(PROPER_ROLES)), ROUNDUP_LEADS, QUOTES, (0, 1))
    for (name, _), r, lead, q, two in sample(combos, 160, "f22colon-credit"):
        role, part = PROPER_ROLES[r]
        text = f'{lead}\n\n{name}, {role}: "{q}."'
        expects = [Expect(f'"{q}."', "direct", name, title=Contains([part]))]
        wrong: list[tuple[str, str]] = []
        if two:
            other = PEOPLE[(PEOPLE.index((name, _)) + 3) % len(PEOPLE)][0]
            role2, part2 = PROPER_ROLES[(r + 3) % len(PROPER_ROLES)]
            q2 = QUOTES[(QUOTES.index(q) + 1) % len(QUOTES)]
            text += f"\n\n{other}, {role2}: \u201c{q2}.\u201d"
            expects.append(Expect(f"\u201c{q2}.\u201d", "direct", other, title=Contains([part2])))
            wrong = [(q, other), (q2, name)]
        yield Case("", "credit proper role", text, expects, exact=False, wrong_speakers=wrong)


ROUND21_F22COLON: tuple[Capability, ...] = (
    named(
        "colon22.caps_dateline",
        "7",
        "[BYLINE]PESHAWAR: / NEW DELHI, March 4: NAME said that C / BODY said: Q: NAME, never the place",
        colon_dateline,
    ),
    named(
        "colon22.dateline_then_quote",
        "7",
        'PLACE: LEAD (no speech)\\n\\n"Q," said NAME: the lead is no quotation, Q is NAME\'s',
        dateline_then_quote,
    ),
    named(
        "colon22.caps_transcript",
        "3",
        "PRESENTER: Q?\\n\\nSURNAME: A. (and a transcript opening with SURNAME:): the guest answers",
        caps_transcript,
    ),
    named(
        "colon22.credit_proper_role",
        "3",
        'NAME, commissioner for health in Ogun State / head of research at Thames Water: "Q.": NAME',
        credit_proper_role,
    ),
)
