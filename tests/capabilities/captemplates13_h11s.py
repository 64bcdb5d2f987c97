"""Development capabilities added on branch ``h11s`` in the fourteenth round: what a verb of
saying does not report, and two shapes that introduce a report.

* A negated or refused verb of saying with an embedded question reports nothing (`X did not
  say whether C`, `X declined to say when C`): the question is what was kept back.
* A cue inside an inverted conditional (`Had X known about C, Y would ...`) reports nothing.
* A crowd giving a thing its name (`Locals call the pier "the Long Goodbye"`) is no quotation;
  a named speaker's description stays one.
* The infinitive after a verb of commitment is its content, partly quoted: `X vowed to "C"`
  is a mixed report whose content opens at *to*.
* The addressee of *questioned*, with an apposition and a time phrase, is no content.
* A dash after `NAME was blunt` introduces a quotation as a colon does.
* A statement followed by `It said CLAUSE.`: two reports by the body, never one.

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND13_H11S` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, pronoun) of the people in the sentences.
PEOPLE = (
    ("Oksana Threlfall", "she"),
    ("Bartholomew Achebe-Lund", "he"),
    ("Saoirse Delacourt", "she"),
    ("Tobiah Marchetti", "he"),
    ("Wilhelmina Oduya", "she"),
    ("Cosmo Fairweather", "he"),
)
#: Embedded questions (no final stop).
QUESTIONS = (
    "whether the night ferry would keep running",
    "when the library would open again",
    "how many drivers had left since March",
    "who had signed off the new rota",
    "why the pool had been drained",
    "if the tram depot would be sold",
)
#: Frames of a question kept back: NAME + frame + question.
WITHHOLDING = (
    "did not say",
    "would not say",
    "didn't say",
    "declined to say",
    "refused to say",
    "declined to disclose",
    "refused to comment on",
    "would not confirm",
)


def withheld_answer() -> Iterator[Case]:
    """'NAME did not say / declined to say / refused to comment on WH-CLAUSE.' -> no quote."""
    combos = itertools.product(PEOPLE, WITHHOLDING, QUESTIONS)
    for (full, _), frame, question in sample(combos, 180, "h11s_withheld"):
        yield Case("", frame.replace(" ", "_"), f"{full} {frame} {question}.", [])


#: Clauses of an inverted condition: 'Had NAME ...' and the main clause's verb phrase.
CONDITIONS = (
    ("Had {n} known about the cracks", "{p} would have closed the bridge"),
    ("Had {n} heard about the flooding", "{p} might have come home early"),
    ("Had {n} said something sooner", "the board could have acted"),
    ("Had {n} been told about the fire", "{p} would have warned the tenants"),
    ("Were {n} to announce a recount", "the count would take a week"),
    ("Should {n} reveal the figures", "the union would call a strike"),
)


def inverted_condition() -> Iterator[Case]:
    """'Had NAME known about C, PRONOUN would have ...' -> no quote (nothing was said)."""
    for (full, pron), (cond, main) in itertools.product(PEOPLE, CONDITIONS):
        text = f"{cond.format(n=full)}, {main.format(p=pron)}."
        yield Case("", cond.split()[0].lower(), text, [])


#: Crowds that give a thing its name, the thing, and the name.
CROWDS = ("Locals", "Residents", "Fans", "The villagers", "Many commuters", "Regulars")
NAMING = ("call", "called", "have dubbed", "nicknamed")
THINGS = (
    ("the unfinished footbridge", "the Bridge to Nowhere"),
    ("the new council offices", "the Glass Box"),
    ("the old gasworks", "Smokey Joe"),
    ("the bus shelter on the quay", "the Palace"),
)
#: Descriptions in lower case that a named speaker gives (a quotation: a mixed report).
DESCRIPTIONS = ("a monument to bad planning", "an insult to the taxpayer", "a waste of good steel")


def crowd_naming() -> Iterator[Case]:
    """'CROWD call THING "Name".' -> no quote; 'NAME called THING "a description".' -> a mixed
    report by NAME (the control)."""
    combos = itertools.product(CROWDS, NAMING, THINGS, MARKS)
    for crowd, verb, (thing, name), marks in sample(combos, 150, "h11s_crowd"):
        yield Case("", f"crowd|{verb}", f"{crowd} {verb} {thing} {marks.q(name)}.", [])
    controls = itertools.product(PEOPLE, THINGS, DESCRIPTIONS, MARKS)
    for (full, _), (thing, _), desc, marks in sample(controls, 60, "h11s_crowd_control"):
        content = f"{thing} {marks.q(desc)}"
        yield Case("", "named|called", f"{full} called {content}.", [Expect(content, "mixed", full)])


#: Verbs of commitment and partly quoted infinitives (with an optional tail).
COMMITMENT = ("vowed", "promised", "pledged", "threatened")
INFINITIVES = (
    ("keep every branch library open", ""),
    ("take the fight to the high court", " if the vote went against them"),
    ("rebuild the sea wall brick by brick", " before the winter"),
    ("walk away from the talks", ""),
)
TITLES = (None, "the chair of the harbour trust", "a district councillor")


def commitment_infinitive() -> Iterator[Case]:
    """'NAME(, TITLE,) vowed to "VP"(TAIL).' -> mixed 'to "VP"(TAIL)' by NAME."""
    combos = itertools.product(PEOPLE, TITLES, COMMITMENT, INFINITIVES, MARKS)
    for (full, _), title, verb, (vp, tail), marks in sample(combos, 200, "h11s_commit"):
        subject = full if title is None else f"{full}, {title},"
        content = f"to {marks.q(vp)}{tail}"
        yield Case(
            "",
            f"{verb}|{'title' if title else 'bare'}",
            f"{subject} {verb} {content}.",
            [Expect(content, "mixed", full)],
        )


#: Appositions and time phrases after the addressee of *questioned*.
APPOSITIONS = (
    "the head of the port authority",
    "a former treasurer of the club",
    "the council's chief planner",
)
DURATIONS = ("for an hour", "for two hours on Tuesday", "for most of the afternoon")


def questioned_addressee() -> Iterator[Case]:
    """'NAME questioned NAME2, APPOSITION, for TIME.' -> no quote (the addressee is no content)."""
    pairs = [(a, b) for a, b in itertools.permutations(PEOPLE, 2)]
    combos = itertools.product(pairs, APPOSITIONS, DURATIONS)
    for ((a, _), (b, _)), app, dur in sample(combos, 90, "h11s_questioned"):
        yield Case("", "questioned", f"{a} questioned {b}, {app}, {dur}.", [])


#: Openers, adjectives of a manner of speaking and quotations for the dash introduction.
OPENERS = ("Asked about the closures", "Pressed on the cost", "Asked about the missing files")
MANNERS = ("blunt", "frank", "characteristically direct", "unapologetic", "emphatic")
QUOTES = (
    "We will not be closing a single ward.",
    "Nobody in this building saw those files.",
    "The money has already been spent.",
)
DASHES = ("—", "–")


def dash_introduction() -> Iterator[Case]:
    """'OPENER, NAME was ADJECTIVE — "Q."' -> direct Q by NAME, and no other quote (the topic of
    the question is nobody's report)."""
    combos = itertools.product(PEOPLE, OPENERS, MANNERS, QUOTES, DASHES, MARKS)
    for (full, _), opener, manner, quote, dash, marks in sample(combos, 200, "h11s_dash"):
        q = marks.q(quote)
        yield Case(
            "", manner.split()[-1], f"{opener}, {full} was {manner} {dash} {q}", [Expect(q, "direct", full)]
        )


#: (body's name, the noun that refers back to it) and indirect clauses.
BODIES = (
    ("Harrowgate Building Society", "The society"),
    ("Penmarrow Shipping", "The company"),
    ("Caldervale Insurance", "The insurer"),
    ("Stonyford Airways", "The airline"),
    ("Brackenmoor Capital", "The fund"),
)
CLAUSES = (
    "the branch in Tarbert would stay open",
    "two of its ferries had failed their inspections",
    "premiums would rise by a tenth in the spring",
)
STATEMENTS = (
    "We have nothing to hide.",
    "The figures speak for themselves.",
    "Customers will not lose a penny.",
)


def statement_then_it_said() -> Iterator[Case]:
    """'NAME left BODY in 2019.' / 'The NOUN said in a statement on DAY: "Q." It said CLAUSE.'
    -> direct Q and indirect CLAUSE, both by BODY (never NAME, never one merged quote)."""
    combos = itertools.product(PEOPLE, BODIES, CLAUSES, STATEMENTS, MARKS)
    for (full, _), (body, noun), clause, statement, marks in sample(combos, 160, "h11s_statement"):
        # ('the fund' is no generic body quotex resolves: left bare it names nobody wrongly)
        speaker: str | tuple[str, ...] = (body, "fund") if noun == "The fund" else body
        q = marks.q(statement)
        text = f"{full} left {body} in 2019.\n\n{noun} said in a statement on Friday: {q} It said {clause}."
        yield Case(
            "",
            noun.split()[-1],
            text,
            [Expect(q, "direct", speaker), Expect(clause, "indirect", speaker)],
            wrong_speakers=[(statement, full), (clause, full)],
        )


ROUND13_H11S: tuple[Capability, ...] = (
    named(
        "nonreport.withheld_answer",
        "1",
        "NAME did not say / declined to say WH-CLAUSE: no quote",
        withheld_answer,
    ),
    named(
        "nonreport.inverted_condition",
        "1",
        "Had NAME known about C, PRONOUN would ...: no quote",
        inverted_condition,
    ),
    named(
        "nonreport.crowd_naming",
        "1",
        'Locals call THING "Name": no quote; NAME called THING "a ...": mixed',
        crowd_naming,
    ),
    named(
        "mixed.commitment_infinitive",
        "10",
        'NAME vowed/promised to "VP": mixed from *to*',
        commitment_infinitive,
    ),
    named(
        "nonreport.questioned_addressee",
        "1",
        "NAME questioned NAME2, APPOSITION, for TIME: no quote",
        questioned_addressee,
    ),
    named(
        "direct.dash_introduction",
        "3",
        'Asked about X, NAME was blunt — "Q.": NAME, one quote',
        dash_introduction,
    ),
    named(
        "structure.statement_then_it_said",
        "6",
        'BODY said in a statement: "Q." It said C.: two quotes by BODY',
        statement_then_it_said,
    ),
)
