"""Development capabilities added on branch ``f21spk`` in the twenty-first round: which phrase
of the sentence is the speaker.

* Long and complex subjects (*The head of the union's Leeds branch, NAME, said*; *NAME, who
  chairs ..., said*): the name set off in the subject speaks.
* Coordinated subjects (*NAME and NAME said*): both, as a joint speaker.
* Quantified and unnamed speakers (*One of the nurses*, *Most of the 40 residents who spoke*,
  *Both*): the phrase itself, never a person named in the sentence before.
* Fronted phrases and clauses before the subject (*After meeting OTHER on Tuesday, NAME
  said*; *Asked about OTHER, NAME said*; *In a letter to OTHER, NAME wrote*): the subject.
* Objects and indirect objects never speak (*NAME told OTHER that*, *NAME said of OTHER*).
* Documents and their issuers (*a report by BODY found*, *BODY said in a statement*, *The
  statement, issued by BODY, read:*, *A letter from NAME to OTHER said*): the issuer, never the
  recipient or the target (*a complaint against OTHER*, *a book about OTHER*).
* Inverted cues with long tails (*said NAME, who ..., in an interview*): NAME.
* A verb of saying that reports no words (*NAME said goodbye to*, *said a prayer for*, *told a
  joke about*): no quotation.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND20_F21SPK` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons (full name, surname) whose first names the lists hold.
PEOPLE = (
    ("Dorothy Amankwah", "Amankwah"),
    ("Lionel Fairweather", "Fairweather"),
    ("Priya Raghunathan", "Raghunathan"),
    ("Stefan Kowalczyk", "Kowalczyk"),
    ("Grace Mwangi", "Mwangi"),
    ("Oliver Brandt", "Brandt"),
)
#: Bodies that issue documents.
BODIES = ("the Audit Commission", "the Port Authority", "the Fenwick Institute", "the Ministry of Transport")
#: Reported clauses.
CLAUSES = (
    "the depot would close by the end of the year",
    "the new timetable had cut journey times",
    "the cost of the repairs had doubled since March",
    "two more inspectors would be hired in the spring",
)
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "We have to be honest about the cost",
    "Nobody in this building wanted it to end like this",
    "The numbers simply do not add up",
)
#: Cue verbs of an indirect report: (past, present).
VERBS = (
    ("said", "says"),
    ("argued", "argues"),
    ("insisted", "insists"),
    ("told reporters", "tells reporters"),
)


def _pairs() -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Ordered pairs of different persons."""
    return list(itertools.permutations(PEOPLE, 2))


def _report(verb: tuple[str, str], tense: int, clause: str, that: bool) -> tuple[str, str]:
    """(' VERB [that] C.', the content) of an indirect report."""
    content = f"that {clause}" if that else clause
    return f" {verb[tense]} {content}.", content


#: Complex subjects: {name}, {org} and {role} are filled; the title the frame gives NAME.
SUBJECTS = (
    ("The head of the union's Leeds branch, {name},", Contains(["head"])),
    ("{name}, who chairs the transport committee,", Contains(["chair", "transport committee"])),
    ("{name}, the {role} at {org},", Contains(["{role}"])),
    ("A spokeswoman for {org}, {name},", Contains(["spokeswoman"])),
    ("{name}, 54, a former {role} who now runs a bakery,", Contains(["{role}"])),
    ("The longest-serving member of the board, {name},", Contains(["member"])),
)
ROLES = ("chief engineer", "finance director", "harbour master")


def complex_subject() -> Iterator[Case]:
    """'SUBJECT (with NAME set off in it) VERB C.' and '"Q," SUBJECT said.' -> NAME."""
    combos = itertools.product(PEOPLE, SUBJECTS, ROLES, BODIES, VERBS, (0, 1), CLAUSES, (False, True))
    for (name, _), (subject, title), role, org, verb, tense, clause, that in sample(combos, 160, "f21spk-cx"):
        subj = subject.format(name=name, org=org, role=role)
        tail, content = _report(verb, tense, clause, that)
        text = f"{subj[:1].upper()}{subj[1:]}{tail}"
        spec = Contains([p.format(role=role) for p in title.parts]) if title else None
        yield Case("", "indirect", text, [Expect(content, "indirect", name, title=spec)], exact=False)
    for (name, _), (subject, title), quote in sample(
        itertools.product(PEOPLE, SUBJECTS, QUOTES), 60, "f21spk-cxq"
    ):
        subj = subject.format(name=name, org="the Port Authority", role="chief engineer")
        lead = subj[:1].lower() if subj.startswith(("A ", "The ")) else subj[:1]
        text = f'"{quote}," {lead}{subj[1:]} said.'
        spec = Contains([p.format(role="chief engineer") for p in title.parts]) if title else None
        yield Case("", "direct after", text, [Expect(f'"{quote},"', "direct", name, title=spec)], exact=False)


#: Joins of a coordinated subject.
JOINS = ("{a} and {b}", "Both {a} and {b}", "{a}, a nurse, and {b}, a porter,")


def coordinated_subject() -> Iterator[Case]:
    """'A and B VERB C.' -> the joint speaker 'A; B' (never A alone nor B alone)."""
    combos = itertools.product(_pairs(), JOINS, VERBS[:3], (0, 1), CLAUSES)
    for ((a, _), (b, _)), join, verb, tense, clause in sample(combos, 120, "f21spk-coord"):
        subj = join.format(a=a, b=b)
        plural = {"says": "say", "argues": "argue", "insists": "insist"}
        v = verb[0] if tense == 0 else plural[verb[1]]
        text = f"{subj} {v} {clause}."
        yield Case(
            "",
            "joint",
            text,
            [Expect(clause, "indirect", f"{a}; {b}")],
            exact=False,
            wrong_speakers=[(clause, a), (clause, b)],
        )


#: Quantified and unnamed speakers, and the names they may be given.
QUANTIFIED = (
    ("One of the nurses", ("One of the nurses", "nurse")),
    ("Two of the drivers", ("Two of the drivers", "drivers")),
    ("Most of the 40 residents who spoke to the paper", ("Most of the 40 residents", "residents")),
    ("About a third of the members", ("About a third of the members", "a third of the members", "members")),
    ("Half of the staff", ("Half of the staff", "staff")),
    ("Several of the parents", ("Several of the parents", "parents")),
    ("Many of those who came", ("Many of those who came", "Many of those")),
)


def quantified_speaker() -> Iterator[Case]:
    """'NAME, the ward manager, said X. | QUANTIFIED VERB C.' -> the phrase, never NAME."""
    combos = itertools.product(PEOPLE, QUANTIFIED, VERBS[:3], (0, 1), CLAUSES)
    for (name, _), (subject, accepted), verb, tense, clause in sample(combos, 120, "f21spk-quant"):
        plural = {"says": "say", "argues": "argue", "insists": "insist"}
        v = verb[0] if tense == 0 else plural.get(verb[1], verb[1])
        text = f"{name}, the ward manager, said the unit had been busy all week. {subject} {v} {clause}."
        yield Case(
            "",
            "quantified",
            text,
            [Expect(clause, "indirect", accepted)],
            exact=False,
            wrong_speakers=[(clause, name)],
        )


#: Fronted phrases and clauses naming OTHER before the subject NAME.
FRONTED = (
    "After meeting {other} on Tuesday,",
    "Asked about {other},",
    "In a letter to {other},",
    "Speaking after a meeting with {other},",
    "When {other} raised the delays,",
    "Unlike {other},",
    "Responding to criticism from {other},",
    "Hours after {other} resigned,",
)


def fronted_other() -> Iterator[Case]:
    """'FRONTED (naming OTHER), NAME VERB C.' and '..., NAME said: "Q."' -> NAME, never OTHER."""
    combos = itertools.product(
        _pairs(), FRONTED, (*VERBS, ("wrote", "writes")), (0, 1), CLAUSES, (False, True)
    )
    for ((name, _), (other, _)), front, verb, tense, clause, that in sample(combos, 160, "f21spk-front"):
        tail, content = _report(verb, tense, clause, that)
        text = f"{front.format(other=other)} {name}{tail}"
        expects = [Expect(content, "indirect", name)]
        yield Case("", "indirect", text, expects, exact=False, wrong_speakers=[(content, other)])
    for ((name, _), (other, _)), front, quote in sample(
        itertools.product(_pairs(), FRONTED, QUOTES), 60, "f21spk-frq"
    ):
        text = f'{front.format(other=other)} {name} said: "{quote}."'
        expects = [Expect(f'"{quote}."', "direct", name)]
        yield Case("", "direct", text, expects, exact=False, wrong_speakers=[(quote, other)])


#: Frames whose object or indirect object never speaks: {name} speaks about or to {other}.
OBJECT_FRAMES = (
    ("{name} told {other} that {c}.", "that {c}"),
    ("{name} assured {other} that {c}.", "that {c}"),
    ("{name} warned {other} that {c}.", "that {c}"),
    ("{name} wrote to {other} that {c}.", "that {c}"),
    ("{name} said of {other} that {c}.", "that {c}"),
    ("{name} told {other}'s lawyer that {c}.", "that {c}"),
    ('{name} said of {other}: "{q}."', '"{q}."'),
    ('"{q}," {name} told {other}.', '"{q},"'),
    ('"{q}," {name} told {other} on Monday.', '"{q},"'),
)


def object_never_speaks() -> Iterator[Case]:
    """'NAME told OTHER that C' / 'NAME said of OTHER: "Q."' -> NAME, never OTHER."""
    combos = itertools.product(_pairs(), OBJECT_FRAMES, CLAUSES, QUOTES)
    for ((name, _), (other, _)), (frame, span), clause, quote in sample(combos, 160, "f21spk-obj"):
        text = frame.format(name=name, other=other, c=clause, q=quote)
        content = span.format(c=clause, q=quote)
        kind = "direct" if content.startswith('"') else "indirect"
        yield Case(
            "", kind, text, [Expect(content, kind, name)], exact=False, wrong_speakers=[(content, other)]
        )


#: Documents with their issuer {body}: (frame, content span).
DOCUMENT_FRAMES = (
    ("A report by {body} found that {c}.", "that {c}"),
    ("A report by {body}, published on Tuesday, found that {c}.", "that {c}"),
    ("{Body} said in a statement that {c}.", "that {c}"),
    ("In a statement, {body} said {c}.", "{c}"),
    ('The statement, issued by {body}, read: "{q}."', '"{q}."'),
    ('A statement issued by {body} on Monday said: "{q}."', '"{q}."'),
    ("According to a review by {body}, {c}.", "{c}"),
)


def _body_name(body: str) -> str:
    return body.removeprefix("the ")


def document_issuer() -> Iterator[Case]:
    """'A report by BODY found that C', 'The statement, issued by BODY, read: "Q."' -> BODY."""
    combos = itertools.product(BODIES, DOCUMENT_FRAMES, CLAUSES, QUOTES)
    for body, (frame, span), clause, quote in sample(combos, 120, "f21spk-doc"):
        text = frame.format(body=body, Body=body[:1].upper() + body[1:], c=clause, q=quote)
        content = span.format(c=clause, q=quote)
        kind = "direct" if content.startswith('"') else "indirect"
        yield Case("", kind, text, [Expect(content, kind, _body_name(body))], exact=False)


#: Documents from one person to (or against, or about) another: (frame, content span).
ADDRESSED_FRAMES = (
    ("A letter from {name} to {other} said {c}.", "{c}"),
    ("An email from {name} to {other} said that {c}.", "that {c}"),
    ("A memo sent by {name} to {other} said {c}.", "{c}"),
    ("A complaint filed by {name} against {other} says that {c}.", "that {c}"),
)
#: Documents that name only the person they are sent to, aimed at or written about.
TARGET_FRAMES = (
    ("A complaint against {other} says that {c}.", "that {c}"),
    ("A memo to {other} said {c}.", "{c}"),
    ("A new book about {other} claims that {c}.", "that {c}"),
    ("A lawsuit against {other} alleges that {c}.", "that {c}"),
    ("A letter addressed to {other} said {c}.", "{c}"),
)


def addressed_document() -> Iterator[Case]:
    """'A letter from NAME to OTHER said C' -> NAME; 'A complaint against OTHER says C' -> never
    OTHER (the recipient or target of a document never speaks)."""
    combos = itertools.product(_pairs(), ADDRESSED_FRAMES, CLAUSES)
    for ((name, _), (other, _)), (frame, span), clause in sample(combos, 100, "f21spk-addr"):
        text = frame.format(name=name, other=other, c=clause)
        content = span.format(c=clause)
        yield Case(
            "",
            "issuer",
            text,
            [Expect(content, "indirect", name)],
            exact=False,
            wrong_speakers=[(content, other)],
        )
    combos2 = itertools.product(PEOPLE, TARGET_FRAMES, CLAUSES)
    for (other, _), (frame, span), clause in sample(combos2, 80, "f21spk-target"):
        text = f"{frame.format(other=other, c=clause)}"
        content = span.format(c=clause)
        yield Case("", "target", text, [], exact=False, wrong_speakers=[(content, other)])


#: Long tails after an inverted cue: {org} and {role} filled.
TAILS = (
    "who chairs the transport committee, in an interview",
    "who has led the council since 2019 and faces an election next year, on Tuesday",
    "the {role} at {org}, in a radio interview",
    "a former {role} who now advises {org}",
    "speaking to reporters outside the depot",
)


def inverted_long_tail() -> Iterator[Case]:
    """'"Q," said NAME, TAIL.' (with OTHER named before) -> NAME."""
    combos = itertools.product(_pairs(), TAILS, ROLES, BODIES, QUOTES, ("said", "added"))
    for ((name, _), (other, _)), tail, role, org, quote, verb in sample(combos, 140, "f21spk-tail"):
        lead = f"{other} opened the meeting on Monday."
        text = f'{lead} "{quote}," {verb} {name}, {tail.format(role=role, org=org)}.'
        yield Case(
            "",
            "inverted",
            text,
            [Expect(f'"{quote},"', "direct", name)],
            exact=False,
            wrong_speakers=[(quote, other)],
        )


#: Verbs of saying with an object that reports no words.
NON_REPORTS = (
    "{name} said goodbye to the staff on Friday.",
    "{name} said a prayer for the victims.",
    "{name} said thanks to the volunteers who had helped.",
    "{name} said hello to the crowd outside the hall.",
    "{name} told a joke about the weather.",
    "{name} told the story of the old bridge.",
    "{name} said grace before the meal.",
    "{name} says goodbye to the team this week.",
    "{name} wrote a book about the harbour.",
)


def non_report() -> Iterator[Case]:
    """'NAME said goodbye to ...', 'NAME told a joke about ...' -> no quotation."""
    for (name, _), frame in itertools.product(PEOPLE, NON_REPORTS):
        yield Case("", "no words", frame.format(name=name), [], exact=True)


ROUND20_F21SPK: tuple[Capability, ...] = (
    named(
        "frame.complex_subject",
        "2",
        "The head of the union's Leeds branch, NAME, said C / NAME, who chairs ..., said C: NAME",
        complex_subject,
    ),
    named("frame.coordinated_subject", "2", "NAME and NAME said C: the two, jointly", coordinated_subject),
    named(
        "frame.quantified_speaker",
        "2",
        "NAME said ... One of the nurses / Most of the 40 residents who spoke said C: the phrase, never NAME",
        quantified_speaker,
    ),
    named(
        "frame.fronted_other",
        "2",
        "After meeting OTHER on Tuesday / Asked about OTHER / In a letter to OTHER, NAME said C: NAME",
        fronted_other,
    ),
    named(
        "frame.object_never_speaks",
        "2",
        "NAME told OTHER that C / NAME said of OTHER: Q / Q, NAME told OTHER: NAME, never OTHER",
        object_never_speaks,
    ),
    named(
        "frame.document_issuer",
        "2",
        "a report by BODY found / BODY said in a statement / the statement, issued by BODY, read: BODY",
        document_issuer,
    ),
    named(
        "frame.addressed_document",
        "2",
        "A letter from NAME to OTHER said C: NAME; A complaint against OTHER says C: never OTHER",
        addressed_document,
    ),
    named(
        "frame.inverted_long_tail",
        "2",
        '"Q," said NAME, who ... , in an interview: NAME (not the person named before)',
        inverted_long_tail,
    ),
    named(
        "frame.say_without_words",
        "2",
        "NAME said goodbye to / said a prayer for / told a joke about: no quotation",
        non_report,
    ),
)
