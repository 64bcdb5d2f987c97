"""Development capabilities added on branch ``h29medium`` in the twenty-seventh round: reports
through a medium, with the addressee before the *that* clause, and a report verb's purpose
infinitive after a verb of going, taking or using.

* *NAME texted reporters that C.* / *emailed the council on Monday that C* / *has radioed the
  coastguard that C* / *wrote members that C* (US): a verb of instrument of communication, its
  addressee, then a that-clause -> *that C* by NAME (the addressee is no part of the content).
* *NAME runs the ferry line. She faxed the board that C.*: a pronoun subject, the same.
* *NAME took to social media to say that C.* / *went on television to argue that C* / *used a
  speech to announce that C*: the purpose infinitive's subject is the main verb's -> *that C*
  by NAME.
* Guards: *NAME emailed the files that she had found* (a relative clause after a thing noun),
  *NAME texted her mother and left*, *NAME messaged me that night*, *NAME convinced voters
  that C* / *taught pupils that C* (no report, as on main), *NAME gave Lund a chance to say
  that C* and *NAME sent an aide to tell reporters that C* (the infinitive is not NAME's).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND26_H29MEDIUM`
to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures, with a subject pronoun.
PEOPLE = (
    ("Tuula Virtanen", "She"),
    ("Kwame Asante", "He"),
    ("Ines Carvalho", "She"),
    ("Rahul Mehta", "He"),
    ("Aiko Matsuda", "She"),
    ("Bogdan Kovalenko", "He"),
    ("Fatima Zahra Bennani", "She"),
    ("Sean O'Connell", "He"),
    ("Nguyen Thi Lan", "She"),
    ("Tomás Echeverría", "He"),
    ("Ngozi Eze", "She"),
    ("Lars Bergström", "He"),
)
#: Reported clauses.
CLAUSES = (
    "the ferry would not sail",
    "the bridge would stay closed until June",
    "the harbour fees had been cut",
    "the clinic was running out of vaccine",
    "the strike was over",
    "nobody had been hurt in the fire",
)
#: Verbs of instrument of communication in several tenses.
MEDIUM_VERBS = (
    "texted",
    "emailed",
    "e-mailed",
    "messaged",
    "radioed",
    "cabled",
    "faxed",
    "wired",
    "telegraphed",
    "tweeted",
    "has texted",
    "had emailed",
    "has messaged",
    "texts",
    "emails",
)
#: Addressees of several shapes: role plurals, bodies, possessed groups, pronouns, names.
ADDRESSEES = (
    "reporters",
    "colleagues",
    "the council",
    "his followers",
    "her followers",
    "the coastguard",
    "me",
    "us",
    "them",
    "staff",
    "the board",
    "parents",
    "supporters",
    "Lund",
    "Mayor Okafor",
    "the harbour master",
    "local journalists",
    "the union",
)
#: Time adjuncts between the addressee and *that*.
WHEN = ("", "", "on Monday", "late on Friday", "this morning", "yesterday")


def medium_named() -> Iterator[Case]:
    """'NAME MEDIUM-VERB ADDRESSEE WHEN that C.' -> that C by NAME."""
    combos = itertools.product(PEOPLE, MEDIUM_VERBS, ADDRESSEES, WHEN, CLAUSES)
    for (name, _), verb, who, when, clause in sample(combos, 420, "h29medium-named"):
        mid = f"{verb} {who} {when}".strip()
        text = f"{name} {mid} that {clause}."
        yield Case("", "named", text, [Expect(f"that {clause}", "indirect", name)], exact=True)


def medium_pronoun() -> Iterator[Case]:
    """'NAME runs the ferry line. PRONOUN MEDIUM-VERB ADDRESSEE that C.' -> that C by NAME."""
    intros = ("runs the ferry line", "chairs the harbour board", "leads the nurses' union")
    combos = itertools.product(PEOPLE, intros, MEDIUM_VERBS, ADDRESSEES[:10], CLAUSES)
    for (name, pron), intro, verb, who, clause in sample(combos, 200, "h29medium-pron"):
        text = f"{name} {intro}. {pron} {verb} {who} that {clause}."
        yield Case("", "pronoun", text, [Expect(f"that {clause}", "indirect", name)], exact=True)


def medium_wrote_us() -> Iterator[Case]:
    """'NAME wrote ADDRESSEE that C.' (US usage, no *to*) -> that C by NAME."""
    verbs = ("wrote", "writes", "has written")
    who = ("members", "the council", "supporters", "her constituents", "his staff", "parents", "me")
    combos = itertools.product(PEOPLE, verbs, who, WHEN, CLAUSES)
    for (name, _), verb, addressee, when, clause in sample(combos, 150, "h29medium-wrote"):
        mid = f"{verb} {addressee} {when}".strip()
        text = f"{name} {mid} that {clause}."
        yield Case("", "wrote", text, [Expect(f"that {clause}", "indirect", name)], exact=True)


#: Descriptions as subjects: (subject, accepted speaker names).
DESCRIPTIONS = (
    ("The harbour master", ("harbour master",)),
    ("A union spokeswoman", ("union spokeswoman", "spokeswoman")),
    ("The ferry company", ("ferry company",)),
    ("Her lawyer", ("lawyer", "her lawyer")),
    ("The city council", ("city council",)),
)


def medium_description() -> Iterator[Case]:
    """'The harbour master radioed the coastguard that C.' -> that C by the description."""
    combos = itertools.product(DESCRIPTIONS, MEDIUM_VERBS[:10], ADDRESSEES[:8], CLAUSES)
    for (subj, names), verb, who, clause in sample(combos, 160, "h29medium-desc"):
        text = f"{subj} {verb} {who} that {clause}."
        yield Case("", "desc", text, [Expect(f"that {clause}", "indirect", names)], exact=True)


#: Quotations for trailing credits (no final mark).
QUOTES = ("We are not sailing today", "The bridge stays shut", "Nobody was hurt", "I will not resign")
#: Quotation marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def medium_trailing_credit() -> Iterator[Case]:
    """'"Q," NAME texted reporters (WHEN).' -> Q by NAME (never 'NAME texted')."""
    verbs = ("texted", "emailed", "messaged", "radioed", "wrote")
    combos = itertools.product(PEOPLE, QUOTES, verbs, ADDRESSEES[:6], WHEN, MARKS)
    for (name, _), quote, verb, who, when, (op, cl) in sample(combos, 160, "h29medium-credit"):
        direct = f"{op}{quote},{cl}"
        tail = f"{verb} {who} {when}".strip()
        text = f"{direct} {name} {tail}."
        yield Case("", "credit", text, [Expect(direct, "direct", name)], exact=True)


#: Going, taking and using frames before a purpose infinitive.
PLATFORMS = (
    "took to social media",
    "took to Facebook",
    "took to the airwaves",
    "has taken to Twitter",
    "went on television",
    "went on local radio",
    "went before the committee",
    "appeared on breakfast television",
    "used a speech",
    "used her column",
    "used his column",
    "turned to Instagram",
    "held a news conference",
    "took the stage",
    "took the floor",
)
#: Report verbs of the purpose infinitive.
PURPOSE_VERBS = ("say", "announce", "argue", "insist", "claim", "warn", "confirm", "deny")


def purpose_report() -> Iterator[Case]:
    """'NAME PLATFORM to VERB that C.' -> that C by NAME."""
    combos = itertools.product(PEOPLE, PLATFORMS, PURPOSE_VERBS, CLAUSES)
    for (name, _), frame, verb, clause in sample(combos, 300, "h29medium-purpose"):
        text = f"{name} {frame} to {verb} that {clause}."
        yield Case("", "purpose", text, [Expect(f"that {clause}", "indirect", name)], exact=True)


def purpose_pronoun() -> Iterator[Case]:
    """'NAME chairs the board. PRONOUN PLATFORM to VERB that C.' -> that C by NAME."""
    combos = itertools.product(PEOPLE, PLATFORMS, PURPOSE_VERBS[:4], CLAUSES)
    for (name, pron), frame, verb, clause in sample(combos, 120, "h29medium-purpron"):
        text = f"{name} chairs the harbour board. {pron} {frame} to {verb} that {clause}."
        yield Case("", "purpron", text, [Expect(f"that {clause}", "indirect", name)], exact=True)


def guard_relative() -> Iterator[Case]:
    """'NAME emailed the files (the report) that she had found.': a relative clause after a thing or
    document noun, no report."""
    verbs = ("emailed", "texted", "faxed", "messaged", "wired", "cabled", "wrote")
    things = (
        ("the files", "she had found"),
        ("the report", "the board had commissioned"),
        ("the letter", "the paper printed on Monday"),
        ("the photos", "her son had taken"),
        ("the forms", "the council had sent"),
        ("the money", "the family needed"),
        ("the maps", "the crew would use"),
    )
    combos = itertools.product(PEOPLE, verbs, things)
    for (name, _), verb, (thing, rel) in sample(combos, 160, "h29medium-grel"):
        text = f"{name} {verb} {thing} that {rel}."
        yield Case("", "grel", text, [], exact=True)


def guard_plain() -> Iterator[Case]:
    """'NAME texted her mother and left.' / 'NAME messaged me that night.': no report."""
    tails = (
        "texted her mother and left",
        "messaged me that night",
        "emailed them that evening",
        "texted us that afternoon",
        "faxed the forms on Monday",
        "radioed the pier and waited",
    )
    combos = itertools.product(PEOPLE, tails)
    for (name, _), tail in sample(combos, 72, "h29medium-gplain"):
        text = f"{name} {tail}."
        yield Case("", "gplain", text, [], exact=True)


def guard_non_medium() -> Iterator[Case]:
    """'NAME convinced voters that C.' / 'taught pupils that C': not a report of NAME's words
    (as on main); no quote overlapping the clause is NAME's."""
    verbs = ("convinced voters", "taught pupils", "taught the class")
    combos = itertools.product(PEOPLE, verbs, CLAUSES)
    for (name, _), verb, clause in sample(combos, 90, "h29medium-gnon"):
        text = f"{name} {verb} that {clause}."
        yield Case("", "gnon", text, [], exact=False, wrong_speakers=[(clause, name)])


def guard_other_speaker() -> Iterator[Case]:
    """'NAME gave Lund a chance to say that C.' / 'NAME sent an aide to tell reporters that C.': the
    infinitive is not NAME's report."""
    frames = (
        "sent an aide to tell reporters",
        "paid a lawyer to argue",
        "gave Lund a chance to say",
        "hired a firm to announce",
        "sent a spokesman to say",
    )
    combos = itertools.product(PEOPLE, frames, CLAUSES)
    for (name, _), frame, clause in sample(combos, 100, "h29medium-gother"):
        text = f"{name} {frame} that {clause}."
        yield Case("", "gother", text, [], exact=False, wrong_speakers=[(clause, name)])


def guard_dummy_subject() -> Iterator[Case]:
    """'NAME chairs the board. It took courage to say that C.': a dummy subject, so nobody's report
    (not NAME's through *it*)."""
    frames = ("It took courage to say", "It took the council a year to announce", "It takes time to argue")
    combos = itertools.product(PEOPLE, frames, CLAUSES)
    for (name, _), frame, clause in sample(combos, 60, "h29medium-gdummy"):
        text = f"{name} chairs the harbour board. {frame} that {clause}."
        yield Case("", "gdummy", text, [], exact=True)


ROUND26_H29MEDIUM: tuple[Capability, ...] = (
    named(
        "medium.addressee_that",
        "2",
        "NAME texted (emailed, radioed, faxed) ADDRESSEE WHEN that C -> that C by NAME",
        medium_named,
    ),
    named(
        "medium.addressee_that_pronoun",
        "2",
        "NAME runs X. She texted ADDRESSEE that C -> that C by NAME",
        medium_pronoun,
    ),
    named(
        "medium.wrote_addressee_that",
        "2",
        "NAME wrote members that C (US) -> that C by NAME",
        medium_wrote_us,
    ),
    named(
        "medium.addressee_that_description",
        "2",
        "The harbour master radioed the coastguard that C -> that C by the description",
        medium_description,
    ),
    named(
        "medium.trailing_credit_addressee",
        "2",
        "'Q,' NAME texted reporters -> Q by NAME (the verb is no part of the name)",
        medium_trailing_credit,
    ),
    named(
        "medium.purpose_infinitive",
        "2",
        "NAME took to social media (went on television, used a speech) to say that C -> that C by NAME",
        purpose_report,
    ),
    named(
        "medium.purpose_infinitive_pronoun",
        "2",
        "NAME chairs X. She took to Facebook to say that C -> that C by NAME",
        purpose_pronoun,
    ),
    named(
        "medium.guard_relative_clause",
        "2",
        "NAME emailed the files that she had found: no report",
        guard_relative,
    ),
    named(
        "medium.guard_no_clause",
        "2",
        "NAME texted her mother and left / messaged me that night: no report",
        guard_plain,
    ),
    named(
        "medium.guard_not_medium",
        "2",
        "NAME convinced voters / taught pupils that C: not NAME's report",
        guard_non_medium,
    ),
    named(
        "medium.guard_dummy_subject",
        "2",
        "NAME chairs X. It took courage to say that C: no report",
        guard_dummy_subject,
    ),
    named(
        "medium.guard_other_speaker",
        "2",
        "NAME gave Lund a chance / sent an aide to say that C: not NAME's report",
        guard_other_speaker,
    ),
)
