"""Development capabilities added on branch ``g22cue`` in the twenty-second round: the cue
read from its verb group, and unnamed speakers.

* A reporting verb in any tense, aspect, mood or voice before or after a quotation and in the
  indirect frame: perfects (*had fretted*, *has since tweeted*), modals with adverbs (*would
  later admit*), *be* + adjective + *to* (*was quick to point out*), catenatives with an
  infinitive or a gerund (*went on to say*, *kept insisting*, *could not resist adding*), the
  passive of perceiving (*was heard to mutter*) and of quoting (*is quoted as saying*), with
  listed and open-class verbs and phrasal tails (*had shot back*, *has chimed in*): the
  subject read past the verb group speaks, with the title its apposition gives.
* Inverted openings (*Said NAME, ROLE: "Q."*, *Added NAME:*).
* Unnamed and quantified speakers in a row (*one said ... another added ... a third chimed
  in*; *Some said C. Others argued that D.*): each phrase speaks, never a person named before.
* A verb group that reports no words (*was quick to leave*, *went on to win*, *kept saying
  goodbye*): no quotation.

People, roles and sentences of our own. ``captemplates.py`` adds :data:`ROUND21_G22CUE` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Contains, Expect, named, sample

#: Persons of several origins (full name).
PEOPLE = (
    "Kwame Boateng",
    "Siobhan Gallagher",
    "Rafael Quintero",
    "Anjali Deshpande",
    "Henrik Lindqvist",
    "Mei Chen",
    "Tomasz Nowak",
    "Amina Yusuf",
)
#: Roles set off after the name (the title must contain them).
ROLES = ("head teacher", "chief economist", "parish councillor", "fire chief", "team captain")
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "We were never told the bridge was unsafe",
    "Nobody here is going to pretend this was easy",
    "If the money is there, show it to us",
    "I have seen three floods in ten years",
)
#: Reported clauses.
CLAUSES = (
    "the library would stay open through the summer",
    "the ferry had been late on most mornings",
    "the budget left no room for new teachers",
    "the clinic was short of two nurses",
)

#: Verb groups that close a credit after a quotation ('"Q," NAME GROUP.'): listed and
#: open-class verbs in perfects, modals, catenatives, linking adjectives and passives.
AFTER_GROUPS = (
    "had fretted",
    "has insisted",
    "had texted",
    "has since tweeted",
    "would later admit",
    "would later quip",
    "was quick to point out",
    "was quick to add",
    "went on to say",
    "kept insisting",
    "kept repeating",
    "could not resist adding",
    "couldn't help adding",
    "was heard to mutter",
    "was heard to say",
    "is quoted as saying",
    "had deadpanned",
    "has enthused",
    "had bristled",
    "had shot back",
    "has chimed in",
    "says",
    "enthuses",
    "beamed",
)
#: Verb groups before a colon and a quotation ('NAME GROUP: "Q."').
COLON_GROUPS = (
    "had fretted",
    "has insisted",
    "would later admit",
    "was quick to point out",
    "went on to say",
    "kept insisting",
    "could not resist adding",
    "was heard to mutter",
    "has since tweeted",
    "had texted",
    "would later write",
)
#: Verb groups before a that-clause ('NAME GROUP that C.').
THAT_GROUPS = (
    "had fretted",
    "has insisted",
    "would later admit",
    "was quick to point out",
    "went on to say",
    "kept insisting",
    "could not resist adding",
    "was heard to say",
    "is quoted as saying",
    "has since tweeted",
    "had texted",
    "would go on to argue",
    "has repeatedly claimed",
    "had long maintained",
)


def _title(role: str | None) -> Contains | None:
    return Contains([role]) if role else None


def verb_group_after() -> Iterator[Case]:
    """'"Q," NAME[, the ROLE,] GROUP.' -> NAME (with ROLE as title)."""
    combos = itertools.product(PEOPLE, (None, *ROLES), AFTER_GROUPS, QUOTES)
    for name, role, group, quote in sample(combos, 240, "g22cue-after"):
        subj = f"{name}, the {role}," if role else name
        text = f'"{quote}," {subj} {group}.'
        yield Case("", "after", text, [Expect(f'"{quote},"', "direct", name, title=_title(role))])


def verb_group_colon() -> Iterator[Case]:
    """'NAME[, the ROLE,] GROUP: "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, (None, *ROLES), COLON_GROUPS, QUOTES)
    for name, role, group, quote in sample(combos, 160, "g22cue-colon"):
        subj = f"{name}, the {role}," if role else name
        text = f'{subj} {group}: "{quote}."'
        yield Case("", "colon", text, [Expect(f'"{quote}."', "direct", name, title=_title(role))])


def verb_group_that() -> Iterator[Case]:
    """'NAME[, the ROLE,] GROUP that C.' -> NAME."""
    combos = itertools.product(PEOPLE, (None, *ROLES), THAT_GROUPS, CLAUSES)
    for name, role, group, clause in sample(combos, 200, "g22cue-that"):
        subj = f"{name}, the {role}," if role else name
        text = f"{subj} {group} that {clause}."
        yield Case("", "that", text, [Expect(f"that {clause}", "indirect", name, title=_title(role))])


#: Inverted openings: the verb first, then the speaker and the quotation.
INVERTED = ("Said", "Added", "Quipped", "Fumed", "Explained")


def inverted_opening() -> Iterator[Case]:
    """'VERB NAME, the ROLE: "Q."' and 'VERB NAME: "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, (None, *ROLES), INVERTED, QUOTES, (":", ","))
    for name, role, verb, quote, mark in sample(combos, 120, "g22cue-inv"):
        subj = f"{name}, the {role}" if role else name
        text = f'{verb} {subj}{mark} "{quote}."'
        yield Case("", "inverted", text, [Expect(f'"{quote}."', "direct", name, title=_title(role))])


#: Groups of people introduced before unnamed speakers.
GROUPS = ("Three drivers", "Several nurses", "Four residents", "A handful of parents")
#: Unnamed speakers in a row: (phrase in the credit, accepted names).
UNNAMED = (
    ("one said", ("one",)),
    ("another added", ("another",)),
    ("a third chimed in", ("a third", "third")),
    ("one of them said", ("one of them", "one")),
    ("another complained", ("another",)),
    ("a fourth shot back", ("a fourth", "fourth")),
)


def unnamed_in_a_row() -> Iterator[Case]:
    """'NAME spoke ... GROUP waited. "Q1," one said. "Q2," another added.' -> 'one', 'another'
    (never NAME; two unnamed speakers never merged)."""
    combos = itertools.product(
        PEOPLE, GROUPS, itertools.permutations(UNNAMED, 2), itertools.permutations(QUOTES, 2)
    )
    for name, group, ((c1, n1), (c2, n2)), (q1, q2) in sample(combos, 140, "g22cue-unnamed"):
        text = f'{name} opened the meeting on Monday. {group} waited outside. "{q1}," {c1}. "{q2}," {c2}.'
        expects = [Expect(f'"{q1},"', "direct", n1, title=ANY), Expect(f'"{q2},"', "direct", n2, title=ANY)]
        wrong = [(q1, name), (q2, name)]
        yield Case("", "unnamed", text, expects, exact=False, wrong_speakers=wrong)


#: Quantified subjects of an indirect report: (subject, verb, accepted names).
QUANTIFIED = (
    ("Some", "said", ("Some",)),
    ("Others", "argued that", ("Others",)),
    ("Most", "said", ("Most",)),
    ("Several residents", "said", ("Several residents", "residents")),
    ("Both", "said", ("Both",)),
    ("Many", "complained that", ("Many",)),
    ("A few", "insisted", ("A few", "few")),
)


def quantified_in_a_row() -> Iterator[Case]:
    """'NAME spoke first. Q1 VERB C1. Q2 VERB C2.' -> each quantified phrase, never NAME."""
    combos = itertools.product(
        PEOPLE, itertools.permutations(QUANTIFIED, 2), itertools.permutations(CLAUSES, 2)
    )
    for name, ((s1, v1, n1), (s2, v2, n2)), (c1, c2) in sample(combos, 120, "g22cue-quant"):
        text = f"{name} spoke first. {s1} {v1} {c1}. {s2} {v2} {c2}."
        e1 = f"that {c1}" if v1.endswith("that") else c1
        e2 = f"that {c2}" if v2.endswith("that") else c2
        expects = [Expect(e1, "indirect", n1, title=ANY), Expect(e2, "indirect", n2, title=ANY)]
        yield Case("", "quantified", text, expects, exact=False, wrong_speakers=[(c1, name), (c2, name)])


#: Clauses in which a group withholds something before its members speak.
REFUSALS = (
    "Neither would comment on the record",
    "Neither man would give his name",
    "None of them wanted to be named",
    "Few would speak on camera",
    "Neither of the women would be photographed",
)
#: Quantifiers that open the second clause after a coordinator: (subject, accepted names).
AFTER_LINK = (
    ("both", ("both",)),
    ("most", ("most",)),
    ("several", ("several",)),
    ("one", ("one",)),
    ("one of them", ("one of them", "one")),
    ("all three", ("all three", "three")),
)


def quantifier_after_link() -> Iterator[Case]:
    """'Neither would comment, but both said C.' -> 'both' (a quantifier after *but*, *and*,
    *yet* opens its clause as the subject; no person named before speaks)."""
    combos = itertools.product(
        PEOPLE,
        REFUSALS,
        ("but", "yet", "and"),
        AFTER_LINK,
        ("said", "insisted that", "complained that"),
        CLAUSES,
    )
    for name, refusal, link, (subj, accepted), verb, clause in sample(combos, 160, "g22cue-link"):
        text = f"{name} met the crews on Monday. {refusal}, {link} {subj} {verb} {clause}."
        content = f"that {clause}" if verb.endswith("that") else clause
        expects = [Expect(content, "indirect", accepted, title=ANY)]
        yield Case("", "after link", text, expects, exact=False, wrong_speakers=[(clause, name)])


#: Verb groups that report no words: {name} is the subject.
NON_REPORTS = (
    "{name} kept walking towards the gate.",
    "{name} went on to win the final.",
    "{name} kept saying goodbye to the guests.",
    "{name} was quick to leave the hall.",
    "{name} had fretted over the accounts for weeks.",
    "{name} could not resist a second helping.",
    "{name} was heard on the radio every morning.",
    "{name} has since moved to Leeds.",
)


def non_report_group() -> Iterator[Case]:
    """'NAME went on to win', 'NAME kept saying goodbye' -> no quotation."""
    for name, frame in itertools.product(PEOPLE, NON_REPORTS):
        yield Case("", "no words", frame.format(name=name), [], exact=True)


ROUND21_G22CUE: tuple[Capability, ...] = (
    named(
        "cue.verb_group_after",
        "2",
        '"Q," NAME had fretted / would later admit / kept insisting / was heard to mutter: NAME',
        verb_group_after,
    ),
    named(
        "cue.verb_group_colon",
        "2",
        'NAME had fretted / was quick to point out / could not resist adding: "Q.": NAME',
        verb_group_colon,
    ),
    named(
        "cue.verb_group_that",
        "2",
        "NAME has insisted / went on to say / kept insisting / is quoted as saying that C: NAME",
        verb_group_that,
    ),
    named(
        "cue.inverted_opening_g22",
        "2",
        'Said NAME, the ROLE: "Q." / Added NAME: "Q.": NAME',
        inverted_opening,
    ),
    named(
        "speaker.unnamed_in_a_row",
        "2",
        '"Q1," one said. "Q2," another added: each phrase, never a person named before',
        unnamed_in_a_row,
    ),
    named(
        "speaker.quantified_in_a_row",
        "2",
        "Some said C. Others argued that D.: each quantified phrase, never a person named before",
        quantified_in_a_row,
    ),
    named(
        "speaker.quantifier_after_link",
        "2",
        "Neither would comment, but both said C: the quantifier after the coordinator speaks",
        quantifier_after_link,
    ),
    named(
        "cue.verb_group_no_words",
        "2",
        "NAME went on to win / was quick to leave / kept saying goodbye: no quotation",
        non_report_group,
    ),
)
