"""Development capabilities added on branch ``f14d`` in the fourteenth round: content
boundaries of reported clauses. An interruption between two dashes inside a reported clause,
after which the clause resumes (`NAME said the new ferries -- at least the two built in Leith --
are unsafe`), is part of the content; a dash with no second one (an afterthought) or a clause of
its own after the closing dash still ends it. A report inside a fronted adverbial clause ends
at the clause's comma, also for a stance adjective (`Though NAME was not willing to name a
successor, the board ...`) and when an adverb stands between the source and the verb (`While
NAME wrongly claimed that C, ...`). After a short noun-phrase object, a finite verb after
*and* or *but* is the subject's next act (`NAME denied the charges and filed a complaint`).
People, places, bodies and sentences of our own.

``captemplates.py`` adds :data:`ROUND13_F14D` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Full names of invented people.
PEOPLE = (
    "Marisol Achterberg",
    "Tobiah Wendroff",
    "Ngozi Ekwueme-Hart",
    "Lorcan Fitzgibbon",
    "Saoirse Delacroix",
    "Emeka Oduya",
)
#: Speech and stance verbs in the past and present.
VERBS = ("said", "argued", "insisted", "believes", "thinks", "says")
#: The dashes an interruption is set off with.
DASHES = ("--", "—", "–")

#: (subject, aside, predicate): the clause resumes after the aside.
CLAUSES = (
    ("the new ferries", "at least the two built in Leith", "are unsafe in winter"),
    ("46 percent of the members", "and a third of the staff", "remain undecided"),
    ("the harbour wall", "the one rebuilt in 1998", "was never inspected"),
    ("the toll", "even at its lower rate", "would drive traders away"),
    ("a rift exists between the growers", "mainly the smaller farms", "and the co-operative"),
)


def dash_interruption() -> Iterator[Case]:
    """`NAME VERB (that) SUBJECT -- ASIDE -- PREDICATE.`: the reported clause resumes after the
    closing dash, so the whole clause (aside and all) is the content."""
    combos = itertools.product(PEOPLE, VERBS, DASHES, range(len(CLAUSES)), range(2))
    for name, verb, dash, k, that in sample(combos, 200, "f14d_dash_interruption"):
        subject, aside, predicate = CLAUSES[k]
        clause = ("that " if that else "") + f"{subject} {dash} {aside} {dash} {predicate}"
        text = f"{name} {verb} {clause}."
        yield Case("", f"interruption|{verb}", text, [Expect(clause, "indirect", name)])


#: (clause, afterthought): the dash is not closed again.
AFTERTHOUGHTS = (
    ("the plan would fail", "a view shared by the union"),
    ("the ferry was late again", "the third time this week"),
    ("repairs to the roof would take a year", "at a cost of two million"),
)
#: New clauses after a closing dash.
NEW_CLAUSES = ("and the mayor agreed", "he told the meeting", "while the council disagreed")


def dash_afterthought() -> Iterator[Case]:
    """`NAME said C — AFTERTHOUGHT.` and `NAME said C -- ASIDE -- and the mayor agreed.`: a dash
    with no second one, or a clause of its own after the second, ends the content at the
    first dash."""
    combos = itertools.product(PEOPLE, ("said", "argued", "thinks"), DASHES, range(3), range(4))
    for name, verb, dash, k, shape in sample(combos, 160, "f14d_dash_afterthought"):
        clause, after = AFTERTHOUGHTS[k]
        if shape == 0:
            text = f"{name} {verb} {clause} {dash} {after}."
        else:
            text = f"{name} {verb} {clause} {dash} {after} {dash} {NEW_CLAUSES[shape - 1]}."
        yield Case("", f"afterthought|{shape}", text, [Expect(clause, "indirect", name)], exact=False)


#: Subordinators of a fronted adverbial clause.
OPENERS = ("While", "Though", "Although", "If")
#: (stance predicate, its content).
STANCES = (
    ("was not willing", "to name a successor"),
    ("seems eager", "to close the depot"),
    ("is confident", "that the bridge will reopen in May"),
    ("was reluctant", "to raise the fares"),
)
MAIN_CLAUSES = (
    "the board wants an answer by Friday",
    "most of the drivers remain doubtful",
    "there is still a debate over pay",
)


def fronted_stance() -> Iterator[Case]:
    """`Though NAME was not willing to name a successor, the board ...`: the stance held in a
    fronted adverbial clause ends at the clause's comma; the main clause is nobody's content."""
    combos = itertools.product(PEOPLE, OPENERS, range(len(STANCES)), range(len(MAIN_CLAUSES)))
    for name, opener, k, j in sample(combos, 160, "f14d_fronted_stance"):
        predicate, content = STANCES[k]
        text = f"{opener} {name} {predicate} {content}, {MAIN_CLAUSES[j]}."
        yield Case(
            "",
            f"stance|{opener}",
            text,
            [Expect(content, "indirect", name)],
            forbidden=(MAIN_CLAUSES[j],),
            exact=False,
        )


#: -ly adverbs between a source and its verb.
ADVERBS = ("wrongly", "repeatedly", "publicly", "falsely")
#: (verb, clause).
CLAIMS = (
    ("claimed", "that the ferry was safe"),
    ("insisted", "that the budget was balanced"),
    ("argued", "that the tolls were unfair"),
)


def fronted_adverb_report() -> Iterator[Case]:
    """`While NAME wrongly claimed that C, MAIN.`: an adverb between the source and the verb
    leaves the report inside its fronted clause, which ends at the comma."""
    combos = itertools.product(PEOPLE, ("While", "Although", "Though"), ADVERBS, range(3), range(3))
    for name, opener, adverb, k, j in sample(combos, 160, "f14d_fronted_adverb"):
        verb, clause = CLAIMS[k]
        text = f"{opener} {name} {adverb} {verb} {clause}, {MAIN_CLAUSES[j]}."
        yield Case(
            "",
            f"adverb|{opener}",
            text,
            [Expect(clause, "indirect", name)],
            forbidden=(MAIN_CLAUSES[j],),
            exact=False,
        )


#: (cue verb, noun-phrase object, second predicate of the same subject).
OBJECT_REPORTS = (
    ("denied", "the charges", "and filed a complaint against the council"),
    ("mentioned", "the ferry twice", "and seemed to blame the harbour board"),
    ("claimed", "self-defence", "but was convicted in March"),
    ("denied", "any wrongdoing", "and then resigned from the board"),
)


def object_then_predicate() -> Iterator[Case]:
    """`NAME denied the charges and filed a complaint ...`: after a short noun-phrase object, a
    finite verb after *and* or *but* is the subject's next act, not part of the content; a
    reported clause keeps its second predicate (`NAME said the pier had failed and was
    closed`)."""
    combos = itertools.product(PEOPLE, range(len(OBJECT_REPORTS)), range(2))
    for name, k, shape in sample(combos, 60, "f14d_object_predicate"):
        verb, obj, rest = OBJECT_REPORTS[k]
        if shape:
            text = f"{name} said the pier had failed and was closed."
            yield Case(
                "", "object|clause", text, [Expect("the pier had failed and was closed", "indirect", name)]
            )
        else:
            text = f"{name} {verb} {obj} {rest}."
            yield Case("", f"object|{verb}", text, [Expect(obj, "indirect", name)], exact=False)


ROUND13_F14D: tuple[Capability, ...] = (
    named(
        "content.dash_interruption",
        "1",
        "NAME said SUBJECT -- ASIDE -- PREDICATE: the clause resumes after the closing dash",
        dash_interruption,
    ),
    named(
        "content.dash_afterthought",
        "1",
        "NAME said C -- AFTERTHOUGHT / C -- ASIDE -- and X agreed: the content ends at the dash",
        dash_afterthought,
    ),
    named(
        "content.fronted_stance",
        "1",
        "Though NAME was not willing to C, MAIN: the stance ends at the clause's comma",
        fronted_stance,
    ),
    named(
        "content.fronted_adverb_report",
        "1",
        "While NAME wrongly claimed that C, MAIN: the report ends at the clause's comma",
        fronted_adverb_report,
    ),
    named(
        "content.object_then_predicate",
        "1",
        "NAME denied the charges and filed ...: the content is the object, not the next act",
        object_then_predicate,
    ),
)
