"""Development capabilities added on branch ``h32beats`` in the thirtieth round: narrative beats
beside a quotation.

In feature copy a quotation often has no cue verb of its own; the sentence next to it, whose
subject is one person doing something (*NAME shook his head.*, *NAME set down the coil and
looked at the harbour.*, *NAME was not convinced.*, *NAME has heard it all before.*), tells who
speaks:

* before: *NAME BEAT. "Q."* -> Q is NAME's (a name, a description with the name in
  apposition, or a pronoun that agrees with one person named before);
* between, another person: *"Q1," A said. B BEAT. "Q2."* -> Q1 is A's, Q2 is B's (never A's:
  the beat of someone else ends the split quotation);
* between, the same person: *"Q1." A BEAT. "Q2."*, *"Q1," A said. She BEAT. "Q2."* -> one
  quotation of A in two parts (as a split quotation over narrative);
* after, with nothing after it: *"Q." A BEAT.* -> nobody (a sentence that only names somebody
  after a quotation credits nobody, as before);
* an order before a quotation (*A told the crew to wait. "Q."*): the quotation is A's, and no
  content runs over the sentence end into it.

Guards: a beat whose subject is a thing or several people (*The storm hit A's boat.*, *A and B
packed the nets.*) names nobody; an ordinary split quotation (*"Q1," A said. "Q2."*, *"Q1,"
A said, shaking her head. "Q2."*) stays one quotation of A; a later credit names the speaker
(*A paused. "Q," B said.* -> B); a beat that reports another's words or writing (*A listened as
B explained the plan.*, *A read out B's letter.*) never makes the quotation A's. People, places
and sentences of our own. ``captemplates.py`` adds :data:`ROUND29_H32BEATS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures and name shapes: (name, gender).
PEOPLE = (
    ("Aroha Ngata", "f"),
    ("Bongani Dlamini", "m"),
    ("Yuki Tanabe", "f"),
    ("Rafael Mendoza", "m"),
    ("Siobhán Kelly", "f"),
    ("Arjun Mehta", "m"),
    ("Fatima Bello", "f"),
    ("Lars Eriksen", "m"),
    ("Elena Petrova", "f"),
    ("Kwame Asante", "m"),
    ("Marisol Quispe", "f"),
    ("Tevita Fifita", "m"),
)
#: Beat predicates, {pos} the subject's possessive pronoun: (predicate, shape).
BEATS = (
    ("shook {pos} head", "simple"),
    ("leaned back", "simple"),
    ("looked away", "simple"),
    ("set down the coil and looked at the harbour", "coordinated"),
    ("wiped {pos} hands and sat down", "coordinated"),
    ("folded the chart, stood up and walked to the window", "coordinated"),
    ("looked at the harbour for a long moment", "object"),
    ("turned the mug slowly in {pos} hands", "object"),
    ("walked along the empty quay in silence", "object"),
    ("was not convinced", "copular"),
    ("was unmoved", "copular"),
    ("is still angry about it", "copular"),
    ("has heard it all before", "perfect"),
    ("had seen the boats come back empty", "perfect"),
    ("has watched the price of diesel double", "perfect"),
)
#: Quotations (no final mark).
Q1 = (
    "We lost the whole catch",
    "Nobody warned us about the storm",
    "The co-operative cannot pay its debts",
    "Three boats have not come back",
)
Q2 = (
    "The nets were torn before we left",
    "My father fished here and so did his father",
    "Next winter there will be no fleet at all",
    "The bank stopped answering our letters",
)
#: Marks: (open, close) - straight, curly, British single.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))
#: Descriptions with the name in apposition: a template with {name} and {pos}.
DESCRIPTIONS = (
    "Her deckhand, {name},",
    "The skipper, {name},",
    "{name}, a net mender from the island,",
    "His cousin, {name},",
)


def _pron(gender: str) -> tuple[str, str]:
    """(possessive, subject) pronouns of *gender*."""
    return ("her", "She") if gender == "f" else ("his", "He")


def _beat(pred: str, gender: str) -> str:
    return pred.format(pos=_pron(gender)[0])


def _other(person: tuple[str, str], shift: int) -> tuple[str, str]:
    """Another person of the list (of the other gender when *shift* is odd)."""
    i = PEOPLE.index(person)
    return PEOPLE[(i + shift) % len(PEOPLE)]


def before() -> Iterator[Case]:
    """'NAME BEAT. "Q."' (after a sentence about a thing or not) -> NAME."""
    combos = itertools.product(PEOPLE, BEATS, Q2, MARKS, (True, False))
    for (name, g), (pred, shape), q, (op, cl), lead in sample(combos, 180, "h32-before"):
        intro = "The co-operative lost four boats this winter. " if lead else ""
        text = f"{intro}{name} {_beat(pred, g)}. {op}{q}.{cl}"
        yield Case("", f"before-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)])


def before_description() -> Iterator[Case]:
    """'Her deckhand, NAME, BEAT. "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, BEATS, DESCRIPTIONS, Q2, MARKS)
    for (name, g), (pred, shape), desc, q, (op, cl) in sample(combos, 120, "h32-bdesc"):
        subj = desc.format(name=name)
        text = f"{subj} {_beat(pred, g)}. {op}{q}.{cl}"
        yield Case("", f"bdesc-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)])


def before_pronoun() -> Iterator[Case]:
    """'NAME has fished here for thirty years. She BEAT. "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, BEATS, Q2, MARKS)
    for (name, g), (pred, shape), q, (op, cl) in sample(combos, 100, "h32-bpron"):
        text = (
            f"{name} has fished these waters for thirty years. {_pron(g)[1]} {_beat(pred, g)}. {op}{q}.{cl}"
        )
        yield Case("", f"bpron-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)])


def between_other() -> Iterator[Case]:
    """'"Q1," A said. B BEAT. "Q2."' -> Q1 A, Q2 B (never A); B a name or a description."""
    combos = itertools.product(PEOPLE, (1, 2, 5), BEATS, Q1, Q2, MARKS, (None, *DESCRIPTIONS[:2]))
    for (a, _), shift, (pred, shape), q1, q2, (op, cl), desc in sample(combos, 200, "h32-between"):
        b, gb = _other((a, _), shift)
        subj = b if desc is None else desc.format(name=b)
        text = f"{op}{q1},{cl} {a} said. {subj} {_beat(pred, gb)}. {op}{q2}.{cl}"
        yield Case(
            "",
            f"between-{shape}",
            text,
            [Expect(f"{op}{q1},{cl}", "direct", a), Expect(f"{op}{q2}.{cl}", "direct", b)],
            wrong_speakers=[(f"{op}{q2}.{cl}", a)],
        )


def between_pronoun() -> Iterator[Case]:
    """'B has crewed for A since spring. "Q1," A said. He BEAT. "Q2."' -> Q2 B (genders differ)."""
    combos = itertools.product(PEOPLE, BEATS, Q1, Q2, MARKS)
    for (a, ga), (pred, shape), q1, q2, (op, cl) in sample(combos, 100, "h32-bpair"):
        b, gb = _other((a, ga), 1)
        text = (
            f"{b} has crewed for {a} since spring. {op}{q1},{cl} {a} said. "
            f"{_pron(gb)[1]} {_beat(pred, gb)}. {op}{q2}.{cl}"
        )
        yield Case(
            "",
            f"bpair-{shape}",
            text,
            [Expect(f"{op}{q1},{cl}", "direct", a), Expect(f"{op}{q2}.{cl}", "direct", b)],
            wrong_speakers=[(f"{op}{q2}.{cl}", a)],
        )


def between_same() -> Iterator[Case]:
    """'"Q1." A BEAT. "Q2."' (a beat longer than one verb) -> one quotation of A, two parts."""
    longer = [b for b in BEATS if b[1] != "simple"]
    combos = itertools.product(PEOPLE, longer, Q1, Q2, MARKS)
    for (a, g), (pred, shape), q1, q2, (op, cl) in sample(combos, 120, "h32-same"):
        text = f"{op}{q1}.{cl} {a} {_beat(pred, g)}. {op}{q2}.{cl}"
        parts = (f"{op}{q1}.{cl}", f"{op}{q2}.{cl}")
        yield Case("", f"same-{shape}", text, [Expect(text, "direct", a, parts=parts)])


def after() -> Iterator[Case]:
    """'"Q." A BEAT.' with nothing after it: a sentence that only names somebody after a
    quotation credits nobody (the golden case credit/next-sentence-not-credit)."""
    combos = itertools.product(PEOPLE, BEATS, Q1, MARKS)
    for (a, g), (pred, shape), q, (op, cl) in sample(combos, 90, "h32-after"):
        text = f"{op}{q}.{cl} {a} {_beat(pred, g)}."
        yield Case("", f"after-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", None)])


def order_before() -> Iterator[Case]:
    """'A told the crew to wait. "Q."' -> Q is A's, direct; no content crosses the sentence end."""
    orders = (
        "told the crew to wait",
        "asked the crew to stay ashore",
        "urged the council to act",
        "warned the younger skippers to stay in port",
    )
    combos = itertools.product(PEOPLE, orders, Q2, MARKS)
    for (a, _), order, q, (op, cl) in sample(combos, 80, "h32-order"):
        text = f"{a} {order}. {op}{q}.{cl}"
        yield Case("", "order", text, [Expect(f"{op}{q}.{cl}", "direct", a)], exact=False)


def guard_thing() -> Iterator[Case]:
    """A beat whose subject is a thing or several people names nobody."""
    things = (
        "The storm hit {a}'s boat",
        "The harbour has changed since {a} arrived",
        "{a} and {b} packed the nets",
        "The crew shook their heads",
        "The price of diesel has doubled since {a} bought the boat",
    )
    combos = itertools.product(PEOPLE, things, Q2, MARKS)
    for (a, _), thing, q, (op, cl) in sample(combos, 100, "h32-thing"):
        b = _other((a, _), 3)[0]
        text = f"{thing.format(a=a, b=b)}. {op}{q}.{cl}"
        yield Case(
            "",
            "thing",
            text,
            [Expect(f"{op}{q}.{cl}", "direct", None)],
            wrong_speakers=[(f"{op}{q}.{cl}", a)],
        )


def guard_split() -> Iterator[Case]:
    """'"Q1," A said. "Q2."' and '"Q1," A said, shaking her head. "Q2."' stay one quotation."""
    tails = ("said", "said, shaking {pos} head", "said quietly", "told the meeting")
    combos = itertools.product(PEOPLE, tails, Q1, Q2, MARKS)
    for (a, g), tail, q1, q2, (op, cl) in sample(combos, 100, "h32-split"):
        text = f"{op}{q1},{cl} {a} {tail.format(pos=_pron(g)[0])}. {op}{q2}.{cl}"
        parts = (f"{op}{q1},{cl}", f"{op}{q2}.{cl}")
        yield Case("", "split", text, [Expect(text, "direct", a, parts=parts)])


def guard_later_credit() -> Iterator[Case]:
    """'A BEAT. "Q," B said.' -> B."""
    combos = itertools.product(PEOPLE, BEATS, Q2, MARKS, (2, 3))
    for (a, g), (pred, shape), q, (op, cl), shift in sample(combos, 100, "h32-later"):
        b = _other((a, g), shift)[0]
        text = f"{a} {_beat(pred, g)}. {op}{q},{cl} {b} said."
        yield Case(
            "", f"later-{shape}", text, [Expect(f"{op}{q},{cl}", "direct", b)], wrong_speakers=[(q, a)]
        )


def guard_report_other() -> Iterator[Case]:
    """A beat that reports another's words or writing never makes the quotation its subject's."""
    reports = (
        "{a} listened as {b} explained the plan",
        "{a} read out {b}'s letter to the meeting",
        "{a} waited while {b} answered the inspector",
    )
    combos = itertools.product(PEOPLE, reports, Q2, MARKS)
    for (a, _), rep, q, (op, cl) in sample(combos, 60, "h32-report"):
        b = _other((a, _), 2)[0]
        text = f"{rep.format(a=a, b=b)}. {op}{q}.{cl}"
        yield Case("", "report", text, [], exact=False, wrong_speakers=[(f"{op}{q}.{cl}", a)])


#: Beats in the present tense, and after an opening adverbial: (predicate, shape).
MORE_BEATS = (
    ("shakes {pos} head", "present"),
    ("leans back in {pos} chair", "present"),
    ("stares at the empty moorings", "present"),
)
OPENERS = ("Later, ", "Then ", "For a moment ", "")


def more_forms() -> Iterator[Case]:
    """Present-tense beats, an opening adverbial, a surname after an introduction, a title before
    the name, and a bare description after an apposition introduced it -> the person."""
    combos = itertools.product(PEOPLE, (*BEATS[:6], *MORE_BEATS), OPENERS, Q2, MARKS, range(4))
    for (name, g), (pred, shape), opener, q, (op, cl), form in sample(combos, 240, "h32-more"):
        beat = _beat(pred, g)
        surname = name.split()[-1]
        if form == 0:
            text = f"{opener}{name} {beat}. {op}{q}.{cl}"
        elif form == 1:
            text = f"{name} runs the last trawler on the island. {opener}{surname} {beat}. {op}{q}.{cl}"
        elif form == 2:
            lead = "Skipper" if not opener else "skipper"
            text = f"{opener}{lead} {name} {beat}. {op}{q}.{cl}"
        else:
            the = "the" if opener else "The"
            text = f"{name}, the skipper, lost two boats in March. {opener}{the} skipper {beat}. {op}{q}.{cl}"
        yield Case("", f"more-{form}-{shape}", text, [Expect(f"{op}{q}.{cl}", "direct", name)], exact=False)


def between_same_pronoun() -> Iterator[Case]:
    """'"Q1," A said. She BEAT. "Q2."' (A's gender shown by the name) -> one quotation of A."""
    known = (("Elena Petrova", "f"), ("Fatima Bello", "f"), ("Arjun Mehta", "m"), ("Kwame Asante", "m"))
    combos = itertools.product(known, BEATS, Q1, Q2, MARKS)
    for (a, g), (pred, shape), q1, q2, (op, cl) in sample(combos, 100, "h32-samepron"):
        text = f"{op}{q1},{cl} {a} said. {_pron(g)[1]} {_beat(pred, g)}. {op}{q2}.{cl}"
        parts = (f"{op}{q1},{cl}", f"{op}{q2}.{cl}")
        yield Case("", f"samepron-{shape}", text, [Expect(text, "direct", a, parts=parts)])


def guard_body_group() -> Iterator[Case]:
    """A body or a group as the beat's subject names nobody, nor does a passive with an adjunct
    (its subject undergoes something), nor a description no one named before holds ('"Q1," A
    said. The fire chief walked through the ruins. "Q2."': Q2 nobody's, never A's); a credit
    after a beat keeps its
    own speaker ('"Q1." A shook her head. "Q2," B said.' -> Q2 by B)."""
    subjects = (
        "Harbour Energy has raised its prices again",
        "The council has heard it all before",
        "Both skippers shook their heads",
        "The two women looked away",
        "{a} and her cousin set down the nets",
        "{a} was arrested in the spring",
        "{a} has been fined by the harbour board",
    )
    combos = itertools.product(PEOPLE, subjects, Q2, MARKS)
    for (a, _), subj, q, (op, cl) in sample(combos, 80, "h32-body"):
        text = f"{subj.format(a=a)}. {op}{q}.{cl}"
        yield Case(
            "", "body", text, [Expect(f"{op}{q}.{cl}", "direct", None)], wrong_speakers=[(f"{op}{q}.{cl}", a)]
        )
    unknown = ("The fire chief", "Later that day, the harbour master", "The ferry's captain")
    combos3 = itertools.product(PEOPLE, unknown, BEATS[:9], Q1, Q2, MARKS)
    for (a, _), desc, (pred, _), q1, q2, (op, cl) in sample(combos3, 60, "h32-unknown"):
        text = f"{op}{q1},{cl} {a} said. {desc} {_beat(pred, 'm')}. {op}{q2}.{cl}"
        yield Case(
            "",
            "unknown_description",
            text,
            [Expect(f"{op}{q1},{cl}", "direct", a), Expect(f"{op}{q2}.{cl}", "direct", None)],
            wrong_speakers=[(f"{op}{q2}.{cl}", a)],
        )
    combos2 = itertools.product(PEOPLE, BEATS[:6], Q1, Q2, MARKS)
    for (a, g), (pred, _), q1, q2, (op, cl) in sample(combos2, 40, "h32-dialogue"):
        b = _other((a, g), 3)[0]
        text = f"{op}{q1}.{cl} {a} {_beat(pred, g)}. {op}{q2},{cl} {b} said."
        yield Case(
            "",
            "dialogue",
            text,
            [Expect(f"{op}{q2},{cl}", "direct", b)],
            exact=False,
        )


ROUND29_H32BEATS: tuple[Capability, ...] = (
    named(
        "beats.before", "1", "NAME BEAT. 'Q.' -> NAME (simple, coordinated, object, copular, perfect)", before
    ),
    named("beats.before_description", "1", "Her deckhand, NAME, BEAT. 'Q.' -> NAME", before_description),
    named("beats.before_pronoun", "1", "NAME has fished here. She BEAT. 'Q.' -> NAME", before_pronoun),
    named("beats.between_other", "4", "'Q1,' A said. B BEAT. 'Q2.' -> Q2 by B, never A", between_other),
    named(
        "beats.between_pronoun", "4", "'Q1,' A said. He BEAT. 'Q2.' -> the he named before", between_pronoun
    ),
    named("beats.between_same", "1", "'Q1.' A BEAT. 'Q2.' -> one quotation of A", between_same),
    named("beats.after", "4", "'Q.' A BEAT. (nothing after) -> nobody", after),
    named(
        "beats.order_before",
        "4",
        "A told the crew to wait. 'Q.' -> Q by A, no content over the stop",
        order_before,
    ),
    named("beats.guard_thing", "4", "The storm hit A's boat. 'Q.' -> nobody", guard_thing),
    named(
        "beats.guard_split", "1", "'Q1,' A said(, shaking her head). 'Q2.' -> one quotation of A", guard_split
    ),
    named("beats.guard_later_credit", "4", "A BEAT. 'Q,' B said. -> B", guard_later_credit),
    named("beats.guard_report_other", "4", "A listened as B explained. 'Q.' -> never A", guard_report_other),
    named(
        "beats.more_forms",
        "1",
        "Later, NAME BEAT / SURNAME BEAT / Skipper NAME BEAT / The skipper BEAT",
        more_forms,
    ),
    named(
        "beats.between_same_pronoun",
        "1",
        "'Q1,' A said. She BEAT. 'Q2.' -> one quotation of A",
        between_same_pronoun,
    ),
    named(
        "beats.guard_body_group",
        "4",
        "a body or group beat: nobody; a beat before another's credit",
        guard_body_group,
    ),
)
