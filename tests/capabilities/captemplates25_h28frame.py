"""Development capabilities added on branch ``h28frame`` in the twenty-seventh round: report
frames that wrap the reporting verb.

* *NAME is expected to announce on DAY that C.* / *NAME is due to confirm that C.*: an
  expected (future) report by a named subject -> content *that C*, speaker NAME.
* *NAME wrote to the council on DAY that C, then added in a letter: "Q."*: a second report by
  the same subject after the reported clause -> *that C* (indirect) and *"Q."* (direct), both
  NAME's.
* *What NAME said / told the meeting / wrote was (that) C.*: a pseudo-cleft -> content C,
  speaker NAME.
* *"Q1," said the first. "Q2," said the second.*: ordinals are separate anonymous speakers and
  never merge into one name.
* Guards: *X is expected to rise* stays a speakerless expectation; *What NAME wants is a new
  pier* reports nothing; *NAME said that C, and added: "Q."* keeps working.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_H28FRAME` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures.
NAMES = (
    "Ana Lucia Ferreira",
    "Jonas Lindqvist",
    "Chiamaka Obi",
    "Hiroshi Tanabe",
    "Leila Haddad",
    "Mateusz Nowak",
    "Priya Raman",
    "Eamon Doyle",
    "Thandiwe Mokoena",
    "Carlos Ibarra Soto",
    "Min-ji Park",
    "Olga Petrenko",
    "Kim Seo-yeon",
)
#: Reported clauses.
CLAUSES = (
    "the ferry service would resume in April",
    "the school roof had been repaired at last",
    "the water board was short of engineers",
    "rents in the old town had doubled",
    "the orchestra would tour the north next year",
)
#: Direct quotations (no final mark).
QUOTES = (
    "We cannot keep asking families to wait",
    "This is the best news the valley has had in years",
    "I have never seen the river this low",
    "Nobody should be surprised by these figures",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))
#: Days and times after the infinitive.
WHEN = ("on Monday", "on Friday", "later today", "this week", "at the meeting", "")


def expected_report() -> Iterator[Case]:
    """'NAME is expected to VERB WHEN that C.' / 'NAME was due to VERB that C.' -> that C by NAME."""
    frames = ("is expected to", "was expected to", "is widely expected to", "is due to", "was due to")
    verbs = ("announce", "reveal", "confirm", "say", "tell the board", "declare")
    combos = itertools.product(NAMES, frames, verbs, WHEN, CLAUSES)
    for name, frame, verb, when, clause in sample(combos, 360, "h28frame-expected"):
        mid = f"{verb} {when}".strip()
        text = f"{name} {frame} {mid} that {clause}."
        yield Case("", "expected", text, [Expect(f"that {clause}", "indirect", name)], exact=True)


def then_added() -> Iterator[Case]:
    """'NAME wrote to the council WHEN that C, then added in a letter: "Q."' -> that C (indirect)
    and "Q." (direct), both NAME's."""
    cues = ("wrote to the council", "emailed staff", "texted colleagues", "said", "told reporters")
    links = (
        "then added in a letter:",
        "then added:",
        "then told reporters:",
        "then said:",
        "later adding:",
        "before adding:",
        "then wrote:",
    )
    combos = itertools.product(NAMES, cues, WHEN[:4], CLAUSES, links, QUOTES, MARKS)
    for name, cue, when, clause, link, quote, (op, cl) in sample(combos, 400, "h28frame-then"):
        mid = f"{cue} {when}".strip()
        direct = f"{op}{quote}.{cl}"
        text = f"{name} {mid} that {clause}, {link} {direct}"
        expected = [Expect(f"that {clause}", "indirect", name), Expect(direct, "direct", name)]
        yield Case("", "then", text, expected, exact=True)


def pseudo_cleft() -> Iterator[Case]:
    """'What NAME said / told the meeting / wrote was (that) C.' -> C by NAME."""
    cues = ("said", "told the meeting", "told reporters", "wrote", "argued", "told me", "said on Monday")
    copulas = ("was", "is")
    combos = itertools.product(NAMES, cues, copulas, CLAUSES, (True, False))
    for name, cue, cop, clause, that in sample(combos, 240, "h28frame-cleft"):
        content = f"that {clause}" if that else clause
        text = f"What {name} {cue} {cop} {content}."
        yield Case("", "cleft", text, [Expect(content, "indirect", name)], exact=True)


#: Groups introduced before the ordinals speak: (plural noun, place).
GROUPS = (
    ("ferry crews", "at the pier"),
    ("nurses", "outside the ward"),
    ("bus drivers", "at the garage"),
    ("dock workers", "by the gates"),
    ("teachers", "in the staff room"),
)
#: Ordinal speakers in order: (first, second).
ORDINALS = (
    ("the first", "the second"),
    ("the first", "a second"),
    ("one", "the other"),
    ("the first", "the other"),
)


def ordinal_speakers() -> Iterator[Case]:
    """'NAME met GROUP PLACE. "Q1," said the first. "Q2," said the second.' -> neither quote is
    NAME's, and no speaker is a merged name ('second first')."""
    combos = itertools.product(NAMES, GROUPS, ORDINALS, QUOTES, QUOTES, MARKS)
    items = [c for c in combos if c[3] != c[4]]
    for name, (group, place), (one, two), q1, q2, (op, cl) in sample(items, 240, "h28frame-ordinal"):
        first = f"{op}{q1},{cl}"
        second = f"{op}{q2},{cl}"
        text = f"{name} met {group} {place} on Monday. {first} said {one}. {second} said {two}."
        bare2 = two.split(" ", 1)[-1]
        bare1 = one.split(" ", 1)[-1]
        accepted2 = (two, bare2, f"{bare2} one")
        accepted1 = (one, bare1, f"{bare1} one")
        expected = [Expect(first, "direct", accepted1), Expect(second, "direct", accepted2)]
        yield Case("", "ordinal", text, expected, exact=False, wrong_speakers=[(first, name), (second, name)])


def guard_expectation() -> Iterator[Case]:
    """'NAME is expected to win the vote WHEN.' / 'Prices are expected to rise.': an expectation
    with no report: nobody is its speaker."""
    preds = ("win the vote", "resign", "rise sharply", "arrive by train", "lose her seat", "sign the deal")
    combos = itertools.product(NAMES, ("is expected to", "is due to", "is widely expected to"), preds, WHEN)
    for name, frame, pred, when in sample(combos, 160, "h28frame-gexp"):
        text = f"{name} {frame} {pred} {when}".strip() + "."
        yield Case("", "gexp", text, [], exact=False, wrong_speakers=[(text[:-1], name)])


def guard_what() -> Iterator[Case]:
    """'What NAME wants is a new pier.' / 'What NAME built was a school.': no report."""
    verbs = ("wants", "needs", "built", "bought", "found", "wanted")
    objs = ("a new pier", "a bigger school", "more time", "an honest answer")
    combos = itertools.product(NAMES, verbs, ("is", "was"), objs)
    for name, verb, cop, obj in sample(combos, 120, "h28frame-gwhat"):
        text = f"What {name} {verb} {cop} {obj}."
        yield Case("", "gwhat", text, [], exact=True)


def guard_and_added() -> Iterator[Case]:
    """'NAME said WHEN that C, and added: "Q."' keeps two reports, both NAME's."""
    combos = itertools.product(NAMES, WHEN[:4], CLAUSES, QUOTES, MARKS)
    for name, when, clause, quote, (op, cl) in sample(combos, 120, "h28frame-gand"):
        direct = f"{op}{quote}.{cl}"
        mid = f"said {when}".strip()
        text = f"{name} {mid} that {clause}, and added: {direct}"
        expected = [Expect(f"that {clause}", "indirect", name), Expect(direct, "direct", name)]
        yield Case("", "gand", text, expected, exact=True)


ROUND25_H28FRAME: tuple[Capability, ...] = (
    named(
        "frames.expected_to_report",
        "2",
        "NAME is expected / due to announce (confirm, say) WHEN that C -> that C by NAME",
        expected_report,
    ),
    named(
        "frames.then_added_second_report",
        "2",
        "NAME wrote WHEN that C, then added in a letter: 'Q.' -> that C and 'Q.', both NAME's",
        then_added,
    ),
    named(
        "frames.pseudo_cleft_report",
        "2",
        "What NAME said / told the meeting / wrote was (that) C -> C by NAME",
        pseudo_cleft,
    ),
    named(
        "frames.ordinal_speakers_separate",
        "2",
        "'Q1,' said the first. 'Q2,' said the second: separate anonymous speakers, never one name",
        ordinal_speakers,
    ),
    named(
        "frames.guard_expectation_no_speaker",
        "2",
        "NAME is expected to win the vote / is due to resign: nobody speaks",
        guard_expectation,
    ),
    named("frames.guard_what_wants", "2", "What NAME wants is a new pier: no report", guard_what),
    named(
        "frames.guard_and_added",
        "2",
        "NAME said that C, and added: 'Q.' -> two reports by NAME",
        guard_and_added,
    ),
)
