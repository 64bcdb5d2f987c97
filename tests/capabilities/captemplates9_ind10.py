"""Development capabilities of helper ind10's round (issue 11, indirect and mixed quotations):
one generator per mechanism, with bodies, people and sentences of their own (none from the
held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND9_IND10` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Survey issuers of this file: (name as written, name quotex should print).
POLLSTERS9 = (
    ("Harbour Gazette", "Harbour Gazette"),
    ("Brackmoor University", "Brackmoor University"),
    ("Tollcross Research", "Tollcross Research"),
)
#: Findings reported in this file (our own), past and present tense.
FINDINGS9 = (
    "most islanders backed the new toll",
    "two in three commuters want a later ferry",
    "the mayor led her nearest rival by nine points",
    "support for the harbour fund has fallen since spring",
)
#: Survey nouns, singular and plural.
SURVEYS9 = ("poll", "survey", "polls", "surveys")
#: What may follow the survey noun before the comma.
MODIFIERS9 = ("", " released on Monday", " conducted last week", " of 800 likely voters", " taken in May")
#: How the phrase opens: ({o} the issuer, {n} the noun, {m} the modifier), whether the issuer speaks.
OPENERS9 = (
    ("In a new {o} {n}{m}", True),
    ("In the latest {n} by {o}{m}", True),
    ("In a {n}{m}", False),
    ("In a September {o} {n}{m}", True),
)


def survey_finding() -> Iterator[Case]:
    """`In a new ORG poll released on Monday, C.` / `In the latest survey by ORG, C.` / `In a
    September ORG poll, C.` (the month is no part of the name): a fronted
    phrase headed by an opinion survey credits the main clause after its comma to the survey
    (its issuer when it names one), as `According to a poll, C` does; across a linking word or
    a participle set off by commas after the phrase too (`In the poll, however, C`)."""
    combos = itertools.product(POLLSTERS9, SURVEYS9, MODIFIERS9, OPENERS9, range(len(FINDINGS9)))
    for (org, printed), noun, mod, (shape, issuer), k in sample(combos, 200, "ind10-survey"):
        plural = noun.endswith("s")
        opener = shape.replace("In a new", "In new").replace("In a ", "In ") if plural else shape
        clause = FINDINGS9[k]
        text = f"{opener.format(o=org, n=noun, m=mod)}, {clause}."
        # (a plural after a name keeps the whole phrase as its name: 'new Harbour Gazette polls')
        named_plural = f"new {org} {noun}" if plural and "new {o} {n}" in shape else printed
        # (a month before the name is a date, never part of the name: 'a September | X poll')
        speaker = (printed, named_plural, f"{org} {noun}") if issuer else (noun, noun.removesuffix("s"))
        yield Case("", "ind10-survey", text, [Expect(clause, "indirect", speaker)])
    for (org, printed), aside, k in sample(
        itertools.product(
            POLLSTERS9, (" however,", " conducted in May,", " taken last week,"), range(len(FINDINGS9))
        ),
        24,
        "ind10-survey-aside",
    ):
        clause = FINDINGS9[k]
        text = f"In the {org} poll,{aside} {clause}."
        yield Case("", "ind10-survey-aside", text, [Expect(clause, "indirect", printed)])


#: People of this file, who speak in the sentences that open with some other phrase.
PEOPLE9 = ("Marisol Quenby", "Tobias Harrowell", "Annika Vestergaard", "Ignatius Mbeki")
#: Fronted phrases with *In* that name no survey, or a survey inside a clause.
NOT_SURVEYS9 = (
    "In a statement released on Monday,",
    "In a letter to the council,",
    "In eight towns where polls were held,",
    "In a memo sent as the polls closed,",
)


def survey_not_finding() -> Iterator[Case]:
    """`In a statement released on Monday, NAME said C.` / `In eight towns where polls were held,
    NAME said C.`: a fronted *in* phrase that no survey noun heads credits nothing; the
    reporting verb's subject speaks."""
    for name, opener, k in sample(
        itertools.product(PEOPLE9, NOT_SURVEYS9, range(len(FINDINGS9))), 48, "ind10-not-survey"
    ):
        clause = FINDINGS9[k]
        text = f"{opener} {name} said {clause}."
        yield Case("", "ind10-not-survey", text, [Expect(clause, "indirect", name)])


#: Adverbs in -ly that modify a participle before a document noun.
ADVERBS9 = ("recently", "newly", "widely", "hastily", "previously")
#: Participles after them.
PARTICIPLES9 = ("published", "released", "circulated", "leaked", "updated")
#: Document nouns.
DOCUMENTS9 = ("survey", "report", "memo", "figures")


def adverb_participle_source() -> Iterator[Case]:
    """`According to a recently published survey, C.` / `C, according to a newly released
    report.`: an adverb in *-ly* and its participle modify the document's head noun; the adverb
    is never the source."""
    combos = itertools.product(ADVERBS9, PARTICIPLES9, DOCUMENTS9, range(len(FINDINGS9)), (True, False))
    for adverb, participle, noun, k, fronted in sample(combos, 200, "ind10-adverb"):
        clause = FINDINGS9[k]
        det = "" if noun.endswith("s") else "a "
        phrase = f"according to {det}{adverb} {participle} {noun}"
        text = (
            f"{phrase[:1].upper()}{phrase[1:]}, {clause}."
            if fronted
            else f"{clause[:1].upper()}{clause[1:]}, {phrase}."
        )
        content = clause if fronted else f"{clause[:1].upper()}{clause[1:]}"
        yield Case(
            "",
            "ind10-adverb",
            text,
            [Expect(content, "indirect", (f"{adverb} {participle} {noun}", noun, f"{participle} {noun}"))],
            wrong_speakers=[(content, adverb)],
        )


#: Clauses with a subject of their own, reported after *told ADDRESSEE here* or *said there*.
PLACES9 = (
    ("said here", ""),
    ("said there", ""),
    ("told reporters here", ""),
    ("told the crowd there", ""),
    ("told voters here", " on Sunday"),
    ("said here", " late on Friday"),
)


def place_adverb() -> Iterator[Case]:
    """`NAME told reporters here (on Sunday) that C.` / `NAME said there that C.`: *here* and
    *there* after a cue or its addressee are adverbs of place, skipped like a time phrase; in
    `NAME said there was C` *there* is the clause's subject."""
    for name, (written, time), k, tense in sample(
        itertools.product(PEOPLE9, PLACES9, range(len(FINDINGS9)), ("past", "present")), 120, "ind10-place"
    ):
        clause = f"that {FINDINGS9[k]}"
        present = tense == "present"
        cue = written.replace("said", "says").replace("told", "tells") if present else written
        text = f"{name} {cue}{time} {clause}."
        yield Case("", "ind10-place", text, [Expect(clause, "indirect", name)])
    for name, verb in itertools.product(PEOPLE9, ("said", "told reporters")):
        clause = "there was no money left for the pier"
        text = f"{name} {verb} {clause}."
        yield Case("", "ind10-place-existential", text, [Expect(clause, "indirect", name)])


#: Subjects with no name, and adverbs between a subject and its verb.
SUBJECTS9 = ("The harbour master", "A ferry company official", "The mayor")
#: Adverbs between subject and verb.
SUBJECT_ADVERBS9 = ("later", "earlier", "quickly", "publicly", "")
#: Phrasal verbs with *back* and other verbs, before a participle of saying.
ACTS9 = ("walked back the remarks", "withdrew the notice", "pulled back the offer", "rolled back the fares")


def subject_adverb() -> Iterator[Case]:
    """`The harbour master later walked back the remarks, saying that C.`: an adverb after the
    subject's head ends the subject (never 'harbour master later'), and *back* after a past form
    is its particle, not the verb *to back* whose subject would be 'walked'."""
    combos = itertools.product(SUBJECTS9, SUBJECT_ADVERBS9, ACTS9, range(len(FINDINGS9)))
    for subject, adverb, act, k in sample(combos, 160, "ind10-subject-adverb"):
        clause = f"that {FINDINGS9[k]}"
        text = f"{subject} {adverb + ' ' if adverb else ''}{act}, saying {clause}."
        head = subject.split(" ", 1)[1]
        verb = act.split()[0]
        yield Case(
            "",
            "ind10-subject-adverb",
            text,
            [Expect(clause, "indirect", head)],
            exact=False,
            wrong_speakers=[(clause, f"{head} {adverb}".strip() if adverb else verb), (clause, verb)],
        )


ROUND9_IND10: tuple[Capability, ...] = (
    named(
        "source.survey_finding",
        "5",
        "In a new ORG poll released on Monday, C / In the latest survey by ORG, C (the survey's finding)",
        survey_finding,
    ),
    named(
        "source.survey_not_finding",
        "5",
        "In a statement released on Monday, NAME said C (no survey: NAME speaks)",
        survey_not_finding,
    ),
    named(
        "source.adverb_participle",
        "5",
        "According to a recently published survey, C (the adverb is no source)",
        adverb_participle_source,
    ),
    named(
        "cue.place_adverb",
        "1",
        "NAME told reporters here (on Sunday) that C / said there that C / said there was C",
        place_adverb,
    ),
    named(
        "speaker.subject_adverb",
        "-",
        "The harbour master later walked back X, saying that C (not 'master later', not 'walked')",
        subject_adverb,
    ),
)

__all__ = ["ROUND9_IND10"]
