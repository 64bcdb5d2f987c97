"""Development capabilities added on branch ``f15d`` in the fifteenth round: finding the
quotations, their spans and cues. A short that-less clause before a trailing credit whose verb
is a past form after a time phrase (`The road reopened Monday morning, NAME said.`); a phrasal
cue before an adverbial clause (`"C," NAME shot back when asked about it.`); a quoted word
inside the relative clause of the subject (`NAME, who rates the firm "neutral," said C`); a
credit in mid-clause with a modifier (`The plan, NAME said on Monday, would cost millions.`); a
participle's report after a trailing credit with a modifier (`C1, NAME said on Wednesday,
warning that C2.`); a new attribution after a mid-sentence credit (`C1, records show, and
experts say C2.`); an open apposition before a finite *said* (`C, Lund and Berg, a former
official said.`); and a sign's words, which are nobody's speech (`holding up a sign that read
"X"`). People, places, bodies and sentences of our own.

``captemplates.py`` adds :data:`ROUND14_F15D` to its ``CAPABILITIES``.
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
#: Quotation marks: (open, close).
MARKS = (('"', '"'), ("“", "”"))

#: (subject, past verb) of a short clause before a trailing credit.
SHORT_CLAUSES = (
    ("The road", "reopened"),
    ("The bridge", "closed"),
    ("The ferry", "sailed"),
    ("The market", "flooded"),
    ("The pier", "collapsed"),
)
#: Time phrases after the verb.
TIMES = ("Monday morning", "Tuesday", "last week", "on Friday night")
#: Trailing verbs of saying.
TRAILING = ("said", "says", "added", "told reporters")


def short_clause_before_credit() -> Iterator[Case]:
    """`NAME spoke at noon. SUBJECT PAST TIME, NAME said.`: a past form after the subject is
    the clause's verb, whatever time phrase ends it (`The road reopened Monday morning`)."""
    combos = itertools.product(PEOPLE, range(len(SHORT_CLAUSES)), TIMES, TRAILING)
    for name, k, time, verb in sample(combos, 160, "f15d_short_clause"):
        subject, past = SHORT_CLAUSES[k]
        clause = f"{subject} {past} {time}"
        text = f"{clause}, {name} {verb}."
        yield Case("", f"short|{verb}", text, [Expect(clause, "indirect", name)])


#: Phrasal cues of a retort.
PHRASAL = ("shot back", "fired back", "hit back", "pushed back")
#: Adverbial clauses after the particle.
ADVERBIALS = (
    "when told of the statement",
    "as the meeting ended",
    "after the vote",
    "because the figures were wrong",
    "before leaving the hall",
)
#: What the retort says.
RETORTS = ("That is simply wrong,", "We heard that in 2019 as well,", "Nobody asked the growers,")


def phrasal_cue_then_clause() -> Iterator[Case]:
    """`"C," NAME shot back when told of it.`: the particle ends a phrasal cue; the name is the
    speaker's alone (never 'NAME shot') and the adverbial clause is no content."""
    combos = itertools.product(PEOPLE, PHRASAL, ADVERBIALS, range(len(RETORTS)), MARKS)
    for name, cue, adverbial, k, (o, c) in sample(combos, 160, "f15d_phrasal"):
        quote = f"{o}{RETORTS[k]}{c}"
        text = f"{quote} {name} {cue} {adverbial}."
        yield Case("", f"phrasal|{cue.split()[0]}", text, [Expect(quote, "direct", name)], exact=False)


#: (relative verb, quoted word) inside the subject's relative clause.
RATINGS = (("rates the firm", "neutral"), ("rates the stock", "underperform"), ("calls the plan", "a gamble"))
#: Reported clauses.
REPORTS = (
    "the deal could still prove sensible over time",
    "the company had paid too much for the brand",
    "the ferry would not run before spring",
)
#: Verbs after the relative clause.
MAIN_VERBS = ("said", "wrote in a note to clients on Wednesday that", "told investors")


def quoted_word_in_relative() -> Iterator[Case]:
    """`NAME, who rates the firm "neutral," said C.` and `NAME, an analyst at BODY who rates the
    stock "underperform," wrote ... that C`: the quotation closes the relative clause (the comma
    inside the mark); the main verb still reports C for NAME."""
    combos = itertools.product(PEOPLE, range(len(RATINGS)), range(len(REPORTS)), MAIN_VERBS, MARKS, range(2))
    for name, r, k, verb, (o, c), shape in sample(combos, 160, "f15d_relative_quote"):
        rel, word = RATINGS[r]
        head = f"{name}, who" if shape == 0 else f"{name}, an analyst at Harbour Securities who"
        clause = REPORTS[k]
        text = f"{head} {rel} {o}{word},{c} {verb} {clause}."
        content = ("that " if verb.endswith("that") else "") + clause  # ('that' is the content's)
        if verb.endswith("that"):
            text = f"{head} {rel} {o}{word},{c} {verb[: -len(' that')]} {content}."
        yield Case(
            "", f"relative|{shape}|{verb.split()[0]}", text, [Expect(content, "indirect", name)], exact=False
        )


#: (subject, predicate) of a clause interrupted by its credit.
SPLIT_CLAUSES = (
    ("The plan", "would cost the town millions"),
    ("A landlord who keeps renting the rooms", "has created a real risk"),
    ("The new ferries", "were never tested in winter"),
)
#: Modifiers after the credit's verb.
MODIFIERS = ("on Monday", "in a statement", "in her opening statement", "at the hearing")


def credit_with_modifier_midclause() -> Iterator[Case]:
    """`SUBJECT, NAME said MODIFIER, PREDICATE.`: one quote in two parts, the credit and its
    modifier between them."""
    combos = itertools.product(PEOPLE, range(len(SPLIT_CLAUSES)), MODIFIERS, ("said", "told the court"))
    for name, k, modifier, verb in sample(combos, 120, "f15d_midclause"):
        subject, predicate = SPLIT_CLAUSES[k]
        if verb != "said" and modifier == "in a statement":
            continue
        whole = f"{subject}, {name} {verb} {modifier}, {predicate}"
        text = f"{whole}."
        yield Case(
            "", f"midclause|{modifier}", text, [Expect(whole, "indirect", name, parts=(subject, predicate))]
        )


#: Participles that open a report of their own after a trailing credit.
PARTICIPLES = ("warning", "adding", "insisting")


def participle_after_modifier() -> Iterator[Case]:
    """`C1, NAME said on Wednesday, warning that C2.`: two reports by NAME; the participle is
    the second one's cue, never part of the first one's content."""
    combos = itertools.product(PEOPLE, PARTICIPLES, ("on Wednesday", "in a statement", "at the meeting"))
    for name, part, modifier in sample(combos, 60, "f15d_participle"):
        first, second = "Patients are waiting hours in corridors", "that the winter could be worse"
        text = f"{first}, {name} said {modifier}, {part} {second}."
        yield Case(
            "",
            f"participle|{part}",
            text,
            [Expect(first, "indirect", name), Expect(second, "indirect", name)],
        )


#: (document, plural verb, people) for a mid-sentence credit then a new attribution.
SECOND_SOURCES = (
    ("records", "show", "aviation experts"),
    ("figures", "show", "economists"),
    ("filings", "show", "analysts"),
)


def new_attribution_after_credit() -> Iterator[Case]:
    """`C1, records show, and experts say C2.`: *and* with a new subject and a verb of saying
    opens a second attribution, not the rest of the first clause."""
    combos = itertools.product(range(len(SECOND_SOURCES)), ("say", "said", "believe"))
    for k, verb in sample(combos, 20, "f15d_second_source"):
        document, show, people = SECOND_SOURCES[k]
        first, second = "The aircraft was insured for $35 million in 2011", "it is now worth about half that"
        text = f"{first}, {document} {show}, and {people} {verb} {second}."
        yield Case(
            "",
            f"second|{verb}",
            text,
            [Expect(first, "indirect", document), Expect(second, "indirect", people)],
        )


def open_apposition_before_said() -> Iterator[Case]:
    """`C ... NAME1 and NAME2, a former official said.`: an apposition needs its closing comma
    before the verb; without it the names end the content and the phrase after the comma is
    the source."""
    combos = itertools.product(PEOPLE, PEOPLE, ("a former official", "a council spokeswoman", "an aide"))
    for one, two, source in sample(combos, 60, "f15d_open_apposition"):
        if one == two:
            continue
        clause = f"The request went to {one} and {two}"
        text = f"{clause}, {source} said."
        yield Case("", "open_apposition", text, [Expect(clause, "indirect", source.split(" ", 1)[1])])


#: (thing, verb of bearing words) for a sign's words.
SIGNS = (("a sign that read", "sign"), ("a banner reading", "banner"), ("a T-shirt that said", "t-shirt"))
#: The words on the sign.
SIGN_WORDS = ("RETURN TO SENDER", "No More Tolls", "Save the Lido")


def sign_words() -> Iterator[Case]:
    """`"C1," NAME said, holding up a sign that read "X." "C2."`: the sign's words are nobody's
    speech (no quote, the sign no speaker) and the quotation after them goes on with NAME's; a
    sign alone gives no quotation at all."""
    combos = itertools.product(PEOPLE, range(len(SIGNS)), range(len(SIGN_WORDS)), MARKS, range(2))
    for name, s, w, (o, c), shape in sample(combos, 120, "f15d_sign"):
        lead, thing = SIGNS[s]
        words = f"{o}{SIGN_WORDS[w]}{c}"
        if shape == 0:
            text = f"Protesters carried {lead} {words} outside the hall."
            yield Case("", "sign|alone", text, [], True, (), [(words, thing)])
            continue
        first, second = f"{o}I named my son after him,{c}", f"{o}Well, his middle name.{c}"
        text = f"{first} {name} said, holding up {lead} {o}{SIGN_WORDS[w]}.{c} {second}"
        whole = text
        yield Case("", "sign|between", text, [Expect(whole, "direct", name, parts=(first, second))])


#: Clauses a coordinated credit closes.
COORD_CLAUSES = ("The fares will rise in spring", "The pier was never inspected", "Nobody warned the crews")


def coordinated_trailing_credit() -> Iterator[Case]:
    """`C, NAME1 and NAME2 said.` / `C, she and NAME said.`: the coordination is the credit; C
    is found (before, *and* stood where the comma was expected and nothing was found)."""
    combos = itertools.product(PEOPLE, PEOPLE, range(len(COORD_CLAUSES)), ("said", "say", "told reporters"))
    for one, two, k, verb in sample(combos, 90, "f15d_coordinated"):
        if one == two:
            continue
        clause = COORD_CLAUSES[k]
        text = f"{clause}, {one} and {two} {verb}."
        yield Case(
            "",
            f"coordinated|{verb.split()[0]}",
            text,
            [Expect(clause, "indirect", (f"{one}; {two}", one, two))],
        )


#: Day names that open a reported clause with a possessive.
DAYS = ("Thursday", "Monday", "Saturday")


def day_possessive_content() -> Iterator[Case]:
    """`NAME said Thursday's vote was a farce.`: a day name with a possessive opens the content;
    it is no time modifier of the cue (before, nothing was found)."""
    combos = itertools.product(PEOPLE, DAYS, ("said", "says", "argued"))
    for name, day, verb in sample(combos, 54, "f15d_day_possessive"):
        clause = f"{day}'s vote was a farce"
        yield Case("", f"day|{verb}", f"{name} {verb} {clause}.", [Expect(clause, "indirect", name)])


ROUND14_F15D: tuple[Capability, ...] = (
    named(
        "content.short_clause_before_credit", "-", "SUBJECT PAST TIME, NAME said.", short_clause_before_credit
    ),
    named("cues.phrasal_then_clause", "-", '"C," NAME shot back when told of it.', phrasal_cue_then_clause),
    named("speaker.quoted_word_in_relative", "-", 'NAME, who rates X "Y," said C', quoted_word_in_relative),
    named(
        "content.credit_modifier_midclause",
        "-",
        "SUBJECT, NAME said on Monday, PREDICATE.",
        credit_with_modifier_midclause,
    ),
    named(
        "content.participle_after_modifier",
        "-",
        "C1, NAME said on Monday, warning that C2.",
        participle_after_modifier,
    ),
    named(
        "content.new_attribution_after_credit",
        "-",
        "C1, records show, and experts say C2.",
        new_attribution_after_credit,
    ),
    named(
        "speaker.open_apposition_before_said",
        "-",
        "C, NAME1 and NAME2, a former official said.",
        open_apposition_before_said,
    ),
    named(
        "speaker.coordinated_trailing_credit", "-", "C, NAME1 and NAME2 said.", coordinated_trailing_credit
    ),
    named("content.day_possessive_start", "-", "NAME said Thursday's vote was C", day_possessive_content),
    named("not_quotes.sign_words", "-", 'holding up a sign that read "X": nobody\'s speech', sign_words),
)

__all__ = ["ROUND14_F15D"]
