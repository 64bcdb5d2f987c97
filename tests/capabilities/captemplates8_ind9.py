"""Development capabilities of branch ind9 (eighth round of rule work, issue 11): one generator
per mechanism, with sentences, people and places of their own (none from the held-out files or
from a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_IND9` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file, of several name shapes.
PEOPLE_IND9 = (
    _p("Maren Solvik", "Solvik", "f", "plain"),
    _p("Tobias Achterberg", "Achterberg", "m", "plain"),
    _p("Niamh O'Driscoll", "O'Driscoll", "f", "Mc/O'"),
    _p("Kwabena Asante", "Asante", "m", "non-Anglo"),
    _p("Liesel Vandermeer-Holt", "Vandermeer-Holt", "f", "hyphenated"),
    _p("Orrin Castellane", "Castellane", "m", "word surname"),
    _p("Dagny Ruud", "Ruud", "f", "short"),
    _p("Emeka Obi", "Obi", "m", "short"),
)

# -- a noun that is also a verb of saying heads its phrase -----------------------------------

#: Modifiers before a plural noun of place ('swing states', 'Western states').
STATE_MODIFIERS = ("coastal", "northern", "swing", "Western", "island", "smaller")
#: Sentences in which a plain or -s form of a verb of NOUN_HOMOGRAPHS heads a noun phrase, {m}
#: a modifier: after a plural quantifier or a number, a preposition, an article or a
#: possessive, or before a finite verb. Our own sentences.
HEAD_NOUN_SENTENCES = (
    "The governor campaigned in several {m} states that have no ferry.",
    "The contest now moves to {m} states this week that the mayor is counting on.",
    "Turnout was high in the {m} states that vote a week later.",
    "Norland is one of 12 {m} states where the ferry runs at night.",
    "The harbour board won a number of {m} states last spring.",
    "The latest plan to close the pier is a gamble.",
    "Their harbour plan leaves the islanders without a boat.",
    "The new toll plan drew protests in the valley.",
    "The council's ferry plan would cost the town its pier.",
)
#: Verbs of saying whose plain or -s form the same rules must still read as verbs:
#: (sentence, content, source).
VERB_SENTENCES = (
    ("The harbour board plans to close the north pier.", "to close the north pier", "harbour board"),
    ("The ferry union states that the pier is unsafe.", "that the pier is unsafe", "ferry union"),
    ("Their lobbying groups push for lower fees.", "lower fees", "Their lobbying groups"),
    ("Voters in the valley support the new toll.", "the new toll", ("Voters", "Voters in the valley")),
)


def head_nouns() -> Iterator[Case]:
    """`The contest moves to Western states that ...`, `in several coastal states`, `one of 12
    states where`, `The latest plan to ...`, `Their harbour plan leaves ...`: a noun that is
    also a verb of saying heads its phrase and is no cue, so only the next sentence's quotation
    comes out (NAME's); the same words as verbs still report."""
    combos = itertools.product(PEOPLE_IND9, HEAD_NOUN_SENTENCES, STATE_MODIFIERS, DOUBLE_MARKS)
    for p, sentence, m, marks in sample(combos, 240, "ind9-head-noun"):
        quote = marks.q("We will not wait,")
        text = f"{sentence.format(m=m)} {quote} {p.full} said."
        yield Case("", "ind9-head-noun", text, [Expect(quote, "direct", p.full)])
    for sentence, content, source in VERB_SENTENCES:
        yield Case("", "ind9-verb", sentence, [Expect(content, "indirect", source)], exact=False)


# -- a clause after the source of "According to X," ----------------------------------------

#: Sources after *According to* (a person or a paper).
ACCORDING_SOURCES = ("the Harbour Gazette", "the Valley Courier", "{full}")
#: Reported clauses with a source noun and a finite auxiliary, then a trailing phrase after a
#: comma; our own sentences.
AUX_CLAUSES = (
    ("the ministry is reviewing the ferry contract", ", which expires in May"),
    ("the union would call the vote a farce", ", and so would the board"),
    ("the harbour board has sold two of its cranes", ", a move that angered the dockers"),
    ("the council was warned about the pier", ", which the council denies"),
)


def according_clause() -> Iterator[Case]:
    """`According to X, the ministry is reviewing C, which ...`: the phrase after the source's
    comma holds a finite auxiliary, so it is the content's clause, not an apposition of X; the
    source is X alone."""
    combos = itertools.product(PEOPLE_IND9, ACCORDING_SOURCES, AUX_CLAUSES)
    for p, src, (clause, tail) in sample(combos, 96, "ind9-according-clause"):
        source = src.format(full=p.full)
        text = f"According to {source}, {clause}{tail}."
        speaker = source.removeprefix("the ")
        yield Case("", "ind9-according-clause", text, [Expect(clause, "indirect", speaker)], exact=False)


# -- a report inside a restrictive relative clause on the subject -----------------------------

#: Subjects that a restrictive relative clause modifies.
RELATIVE_SUBJECTS = ("Voters", "Dockers", "Residents", "Ferry workers", "Parents")
#: Cues of the relative clause, in the present and the past.
RELATIVE_CUES = ("say", "said", "believe", "argue", "claimed")
#: Reported clauses with a finite auxiliary of their own, then the main clause's predicate
#: (its own finite auxiliary first); our own sentences.
RELATIVE_REPORTS = (
    ("the ferry is too slow", "were split on the new toll"),
    ("the pier was never safe", "have asked the council for a hearing"),
    ("the harbour will close next spring", "should write to the ministry"),
    ("the fares had doubled", "are planning a march on Friday"),
)


def restrictive_relative() -> Iterator[Case]:
    """`Voters who say the ferry is too slow were split on the toll.`: the report inside a
    restrictive relative clause on the subject ends before the main clause's finite verb; the
    subject (with its relative pronoun) is the source."""
    combos = itertools.product(RELATIVE_SUBJECTS, RELATIVE_CUES, RELATIVE_REPORTS)
    for subj, cue, (clause, main) in sample(combos, 100, "ind9-restrictive-relative"):
        text = f"{subj} who {cue} {clause} {main}."
        yield Case("", "ind9-restrictive-relative", text, [Expect(clause, "indirect", subj)], exact=False)


# -- a time phrase between the subject and its verb ------------------------------------------

#: Time phrases that stand between a subject and its verb of saying.
TIME_ADJUNCTS = (
    "on Thursday evening",
    "later Thursday",
    "Sunday night",
    "on Tuesday morning",
    "late Friday",
    "earlier this week",
    "yesterday afternoon",
)
#: Cues and their reported clauses.
TIME_REPORTS = (
    ("said", "the pier would stay shut"),
    ("told reporters", "the vote had been fair"),
    ("warned", "the ferry fares would rise"),
)


def time_adjunct() -> Iterator[Case]:
    """`Harbour spokeswoman NAME on Thursday evening said C.`: the time phrase between the
    subject and its verb is no part of the speaker's name."""
    combos = itertools.product(PEOPLE_IND9, TIME_ADJUNCTS, TIME_REPORTS, ("", "Harbour spokesperson "))
    for p, when, (cue, clause), role in sample(combos, 120, "ind9-time-adjunct"):
        text = f"{role}{p.full} {when} {cue} {clause}."
        yield Case("", "ind9-time-adjunct", text, [Expect(clause, "indirect", p.full)])


ROUND8_IND9 = (
    named(
        "cue.head_noun",
        "1",
        "in several coastal states / the latest attack / Her harbour plan would: no cue",
        head_nouns,
    ),
    named(
        "source.according_clause",
        "5",
        "According to X, the ministry is reviewing C, which ...: X alone is the source",
        according_clause,
    ),
    named(
        "content.restrictive_relative",
        "-",
        "Voters who say C were split ...: the report ends before the main verb",
        restrictive_relative,
    ),
    named(
        "speaker.time_adjunct",
        "2",
        "NAME on Thursday evening / later Thursday / Sunday night said C: the name alone",
        time_adjunct,
    ),
)

__all__ = ["ROUND8_IND9"]
