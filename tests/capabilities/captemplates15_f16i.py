"""Development capabilities added on branch ``f16i`` in the sixteenth round: indirect reports.

* A contact relative clause (no pronoun) whose gap is the reported clause's subject: *a levy the
  traders say has driven trade away* is the traders' report, the head phrase and the verb phrase
  in two parts; not when the phrase is the sentence's subject and *was* its main verb (*The first
  thing NAME said was ...*).
* *whom* stands for the reported clause's subject as *who* does (*whom many tenants believed was
  ...*).
* A person's age and home town after the name (*NAME, 59, of PLACE, who ..., said C*, *"Q," said
  NAME, 44, from PLACE, who said C*): the person speaks, never the place.
* A verb after *and* with the cue's own form, after a plain object, is the speaker's next act
  (*denies the charge and points out that C*, *calling them liars and vowing to C*).
* *according to X* with no comma after a clause credits that clause (*C according to X.*), not
  the words after the source; after *that* it opens its clause (*said that according to X C*).

People, places and sentences of their own. ``captemplates.py`` adds :data:`ROUND15_F16I` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS
from capkit import Capability, Case, Expect, named, sample

#: Speakers whose names read as persons.
NAMES = ("Ottilie Brandvold", "Kasimir Ndiaye", "Henrietta Moorcroft", "Barnaby Oyinlola", "Sunniva Trask")
#: Places (real towns are fine).
PLACES = ("Dover", "Ennis", "Whitby", "Tromsø", "Ballarat")
#: Verbs of saying or thinking before a gapped clause.
GAP_VERBS = ("said", "says", "believes", "thought", "hopes", "argued", "knew")
#: Head phrases of a contact relative, after what stands before them in the sentence.
HEADS = (
    ("The audit is", "a probe"),
    ("The council approved", "a levy"),
    ("Their worry was", "a tax"),
    ("The board kept", "the crane"),
    ("It is", "a change"),
)
#: Verb phrases of the reported clause (a finite verb with no subject of its own first).
PHRASES = (
    "was ongoing as of last week",
    "would ease traffic in the old town",
    "could cost the harbour its ferry",
    "had driven trade away from the quay",
    "will need repairs before the winter",
)


def contact_relative() -> Iterator[Case]:
    """'LEAD HEAD NAME VERB VP.' -> HEAD | VP, NAME's; 'The first thing NAME said was C.' -> none."""
    combos = itertools.product(range(len(HEADS)), NAMES, GAP_VERBS, PHRASES)
    for h, name, verb, phrase in sample(combos, 100, "f16i-contact"):
        lead, head = HEADS[h]
        content = f"{head} {name} {verb} {phrase}"
        text = f"{lead} {content}."
        yield Case("", "contact", text, [Expect(content, "indirect", name, parts=(head, phrase))])
    for name, phrase in sample(
        itertools.product(NAMES, ("an apology", "a warning", "a joke")), 12, "f16i-subject"
    ):
        text = f"The first thing {name} said was {phrase}."
        yield Case("", "main verb", text, [])


def whom_gap() -> Iterator[Case]:
    """'They backed B, whom NAME believed was VP.' -> whom | VP, NAME's."""
    combos = itertools.product(NAMES, NAMES, ("believed", "said", "thought", "argued"), PHRASES)
    for other, name, verb, phrase in sample(combos, 60, "f16i-whom"):
        if other == name:
            continue
        content = f"whom {name} {verb} {phrase}"
        text = f"The panel met {other}, {content}."
        yield Case("", "whom", text, [Expect(content, "indirect", name, parts=("whom", phrase))], exact=False)


#: Relative clauses of a description that report nothing.
ASIDES = ("who watched the launch from the quay", "who has fished there for decades", "who runs a bakery")
#: Reported clauses.
CLAUSES = (
    "the council had ignored the tenants",
    "the rent had doubled in a year",
    "the ferry was late every morning",
)


def hometown_apposition() -> Iterator[Case]:
    """'NAME, AGE, of PLACE, who ..., said C.' and '"Q," said NAME, AGE, from PLACE, who said C.'
    -> NAME, never PLACE."""
    combos = itertools.product(NAMES, PLACES, range(len(ASIDES)), range(len(CLAUSES)), (True, False))
    for name, place, a, c, aged in sample(combos, 90, "f16i-hometown"):
        age = ", 59" if aged else ""
        clause = CLAUSES[c]
        text = f"{name}{age}, of {place}, {ASIDES[a]}, said {clause}."
        yield Case("", "subject", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, place)])
    combos2 = itertools.product(NAMES, PLACES, range(len(CLAUSES)), DOUBLE_MARKS, ("of", "from"))
    for name, place, c, marks, prep in sample(combos2, 60, "f16i-hometown-credit"):
        clause = CLAUSES[c]
        quote = marks.q("It was grim,")
        text = f"{quote} said {name}, 44, {prep} {place}, who said {clause}."
        expects = [Expect(quote, "direct", name), Expect(clause, "indirect", name)]
        yield Case("", "credit", text, expects, wrong_speakers=[(clause, place)])


#: (cue, object, next verb, its complement): the cue and the next verb share their form.
COORDINATED = (
    ("denies", "any wrongdoing", "points out", "that the board approved the lease"),
    ("rejects", "the claim", "insists", "that the pier is safe"),
    ("denied", "the charge", "pointed out", "that the board approved the lease"),
)


def agreeing_predicate() -> Iterator[Case]:
    """'NAME denies OBJECT and points out that C.' -> OBJECT and 'that C', both NAME's."""
    for name, (cue, obj, verb, comp) in sample(itertools.product(NAMES, COORDINATED), 15, "f16i-coord"):
        text = f"{name} {cue} {obj} and {verb} {comp}."
        yield Case("", "coordinated", text, [Expect(obj, "indirect", name), Expect(comp, "indirect", name)])


#: Clauses a count or a body reports.
FIGURES = (
    "Marsh leads Keane by 40 votes",
    "Ferry traffic fell by a third last year",
    "The harbour levy raised 2 million pounds",
)
#: Sources after *according to*: (phrase, speaker).
SOURCES = (
    ("the harbour authority", "harbour authority"),
    ("Ottilie Brandvold", "Ottilie Brandvold"),
    ("the county clerk", "county clerk"),
)


def according_no_comma() -> Iterator[Case]:
    """'C according to X.' -> C, X's; 'NAME said that according to X C.' -> not C before;
    'C according to plan.' -> nothing."""
    for c, (phrase, who) in itertools.product(FIGURES, SOURCES):
        text = f"{c} according to {phrase}."
        yield Case("", "after", text, [Expect(c, "indirect", who)], wrong_speakers=[(c, "Marsh")])
        report = f"that according to {phrase} {c[0].lower()}{c[1:]}"
        text2 = f"Kasimir Ndiaye said {report}."
        yield Case(
            "", "opens", text2, [Expect(report, "indirect", "Kasimir Ndiaye")], forbidden=["Ndiaye said"]
        )
    for c, manner in itertools.product(FIGURES, ("plan", "the timetable", "the rules of the House")):
        yield Case("", "manner", f"{c} according to {manner}.", [])  # ('in accordance with': no source)


ROUND15_F16I: tuple[Capability, ...] = (
    named(
        "indirect.contact_relative_gap",
        "2",
        "LEAD a probe NAME said was VP.: 'a probe | was VP', NAME's; The first thing NAME said was X: none",
        contact_relative,
    ),
    named("indirect.whom_gap", "2", "..., whom NAME believed was VP: 'whom | was VP', NAME's", whom_gap),
    named(
        "speaker.hometown_apposition",
        "2",
        'NAME, AGE, of PLACE, who ..., said C / "Q," said NAME, 44, from PLACE, who said C: NAME, not PLACE',
        hometown_apposition,
    ),
    named(
        "indirect.agreeing_next_predicate",
        "2",
        "NAME denies OBJECT and points out that C: OBJECT and 'that C', two reports",
        agreeing_predicate,
    ),
    named(
        "indirect.according_to_no_comma",
        "2",
        "C according to X.: C, X's (was: the words after the source); C according to plan: none",
        according_no_comma,
    ),
)
