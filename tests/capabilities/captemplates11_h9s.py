"""Development capabilities added on branch ``h9s`` in the twelfth round: a quotation credited
by the sentence after it (`"C." Those were the words of NAME, ROLE.`, `So says NAME.`, `The
comment came from NAME.`, `That is how NAME puts it.`, `NAME made the point ...`), and not by a
sentence that only names someone after it; documents credited to their issuers (`The ruling,
written by Justice NAME, said`, `BODY's annual filing states`, `Minutes ..., published by BODY
on DAY, say`, `A study published ... by researchers at UNIVERSITY found`, `the decision said`
after `In a written decision, NAME said`; a letter from a group with no name stays the letter's);
and that-verbs the lexicon does not list after a person subject (`NAME hinted|wagers|grumbled
that C`), but not a noun before a relative *that* or *that* as a determiner. People, bodies,
roles and sentences of our own.

``captemplates.py`` adds :data:`ROUND11_H9S` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Contains, Expect, named, sample

#: (full name, given name, apposition, a word of the apposition).
PEOPLE = (
    ("Maren Solberg", "Maren", "a canal engineer in Inverness", "canal engineer"),
    ("Tomasz Wierzba", "Tomasz", "the chairman of the Brackwater Anglers' Club", "chairman"),
    ("Oluwaseun Bakare", "Oluwaseun", "a paediatric nurse in Leeds", "paediatric nurse"),
    ("Inés Calderón", "Inés", "deputy head of the Lindenfeld Primary School", "deputy head"),
    ("Ruairí Mac Giolla", "Ruairí", "a retired signalman", "signalman"),
    ("Hana Kobayashi", "Hana", "the treasurer of the Eastgate Tenants' Union", "treasurer"),
    ("Pieter van der Merwe", "Pieter", "a sheep farmer from Karoo", "sheep farmer"),
)
#: Quotations of one or two sentences.
QUOTES = (
    "The lock gates have not been painted since 1998.",
    "We counted forty-one boats on the first morning.",
    "Nobody from the council has come to look at the wall.",
    "The children walk two miles because the bus was cut.",
    "I have kept bees on this hill for thirty years.",
    "The tide tables in the harbour office are wrong. We told them in June.",
)
DAYS = ("Monday", "Tuesday", "Thursday", "Saturday")


def next_sentence_credit() -> Iterator[Case]:
    """'"C." FRAME NAME, ROLE ...': the sentence after a quotation that stands alone credits it,
    in the same paragraph or opening the next one."""
    combos = itertools.product(PEOPLE, range(8), MARKS, range(len(QUOTES)), (False, True))
    for (full, _given, appos, part), shape, m, k, par in sample(combos, 260, "h9s_next_sentence"):
        quote = m.q(QUOTES[k])
        day = DAYS[k % len(DAYS)]
        credit = (
            f"Those were the words of {full}, {appos}, on {day}.",
            f"So says {full}, {appos}.",
            f"Or so says {full}.",
            f"The comment came from {full}, {appos}.",
            f"That is how {full}, {appos}, puts it.",
            f"{full}, {appos}, made the point at a meeting on {day}.",
            f"That was the verdict of {full}, {appos}.",
            f"That's how {full} sees it.",
        )[shape]
        title = Contains((part,)) if appos in credit else None
        text = f"{quote}{chr(10) * 2 if par else ' '}{credit}"
        yield Case(
            "", f"next|{shape}|{'par' if par else 'inline'}", text, [Expect(quote, "direct", full, title)]
        )


#: Sentences after a quotation that name somebody without crediting it.
NOT_CREDITS = (
    "The remark drew laughter from {full}.",
    "{full} made the trip from Oban on {day}.",
    "Those were the days of the old ferry, {full} recalled later.",
    "So the queue grew, and {full} went home.",
    "That is how the hall looked when {full} arrived.",
)


def next_sentence_not_credit() -> Iterator[Case]:
    """'"C." NAME made the trip ...', 'The remark drew laughter from NAME.': a sentence that
    names somebody after a quotation without a crediting frame gives no speaker."""
    combos = itertools.product(PEOPLE, range(len(NOT_CREDITS)), MARKS[:2], range(len(QUOTES)))
    for (full, _given, _appos, _part), shape, m, k in sample(combos, 120, "h9s_next_not_credit"):
        quote = m.q(QUOTES[k])
        after = NOT_CREDITS[shape].format(full=full, day=DAYS[k % len(DAYS)])
        yield Case(
            "",
            f"not_credit|{shape}",
            f"The bell rang twice.\n\n{quote} {after}",
            [Expect(quote, "direct", None)],
            exact=False,
            wrong_speakers=[(quote, full)],
        )


#: (body, its canonical name).
BODIES = (
    ("Kestrel Ferries", "Kestrel Ferries"),
    ("the Harrowgate Water Board", "Harrowgate Water Board"),
    ("Pennock Valley Co-operative", "Pennock Valley Co-operative"),
    ("the Brisa Housing Trust", "Brisa Housing Trust"),
)
CLAIMS = (
    "the reservoir would stay closed until spring",
    "the fares had risen by a third since 2021",
    "two of the five pumps had failed in the storm",
    "the night service would end in October",
)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def document_issuer() -> Iterator[Case]:
    """A document credits its issuer or author: a ruling written by a judge, BODY's filing, minutes
    published by BODY, a study by researchers at a university, 'the decision said' after 'In a
    written decision, Judge NAME said ...'; a letter from a group with no name stays the letter's."""
    combos = itertools.product(BODIES, range(7), MARKS[:2], range(len(CLAIMS)))
    for (body, canon), shape, m, k in sample(combos, 200, "h9s_documents"):
        claim = CLAIMS[k]
        full = PEOPLE[(k + shape) % len(PEOPLE)][0]
        day = DAYS[k % len(DAYS)]
        opener = body[0].upper() + body[1:]
        quote = m.q("The pumps were never tested,")
        if shape == 0:
            text, expect = (
                f"The ruling, written by Justice {full}, said {claim}.",
                Expect(claim, "indirect", full),
            )
        elif shape == 1:
            text = f"{_possessive(opener)} latest annual report states that {claim}."
            expect = Expect(f"that {claim}", "indirect", canon)
        elif shape == 2:
            text = f"Minutes of the board meeting, published by {body} on {day}, say that {claim}."
            expect = Expect(f"that {claim}", "indirect", canon)
        elif shape == 3:
            text = f"A study released on {day} by researchers at Calloway University found that {claim}."
            expect = Expect(
                f"that {claim}",
                "indirect",
                ("researchers at Calloway University", "researchers", "Calloway University"),
            )
        elif shape == 4:
            text = f"An open letter from the harbour pilots said {claim}."
            expect = Expect(
                claim, "indirect", ("open letter from the harbour pilots", "letter from the harbour pilots")
            )
        elif shape == 5:
            text = (
                f"Judge {full} refused the appeal. In a written decision, {full.split()[-1]} said"
                f" {claim}.\n\n"
                f"{quote} the decision said."
            )
            expect = Expect(quote, "direct", full)
        else:
            text = f"A court filing by {body} says {claim}."
            expect = Expect(claim, "indirect", canon)
        yield Case("", f"document|{shape}", text, [expect], exact=False)


#: Verbs of saying the lexicon does not list, past and present.
THAT_VERBS = (
    ("hinted", "hints"),
    ("wagered", "wagers"),
    ("grumbled", "grumbles"),
    ("theorised", "theorises"),
    ("divulged", "divulges"),
)


def that_verb() -> Iterator[Case]:
    """'NAME VERB that C' and 'NAME, ROLE, VERBS that C' with a verb the lexicon does not list:
    a finite verb after a person subject with a that-clause object reports it."""
    combos = itertools.product(PEOPLE, range(len(THAT_VERBS)), range(len(CLAIMS)), (False, True))
    for (full, _given, appos, part), v, k, with_appos in sample(combos, 200, "h9s_that_verb"):
        past, present = THAT_VERBS[v]
        claim = f"that {CLAIMS[k]}"
        if with_appos:
            text, expect = (
                f"{full}, {appos}, {present} {claim}.",
                Expect(claim, "indirect", full, Contains((part,))),
            )
        else:
            text, expect = f"{full} {past} {claim}.", Expect(claim, "indirect", full)
        yield Case("", f"that_verb|{'appos' if with_appos else 'bare'}", text, [expect])


#: Sentences where *that* follows a word after a name but opens no reported clause.
NOT_THAT_VERBS = (
    "{full} vetoed that bill on {day}.",
    "The {surname} supporters that stayed late cleared the hall.",
    "{full} painted that fence in the summer of {year}.",
    "The {surname} proposals that passed on {day} cut the fares.",
)


def that_verb_not_clause() -> Iterator[Case]:
    """'NAME vetoed that bill', 'The NAME supporters that stayed late ...': *that* as a
    determiner or a relative pronoun after a noun is no report."""
    combos = itertools.product(PEOPLE, range(len(NOT_THAT_VERBS)), range(len(DAYS)))
    for (full, _given, _appos, _part), shape, d in sample(combos, 100, "h9s_not_that_verb"):
        text = NOT_THAT_VERBS[shape].format(full=full, surname=full.split()[-1], day=DAYS[d], year=2010 + d)
        yield Case("", f"not_that|{shape}", text, [])


ROUND11_H9S: tuple[Capability, ...] = (
    named(
        "credit.next_sentence",
        "1",
        '"C." Those were the words of NAME / So says NAME / The comment came from NAME',
        next_sentence_credit,
    ),
    named(
        "credit.next_sentence_not_credit",
        "1",
        '"C." NAME made the trip ... / The remark drew laughter from NAME: no speaker',
        next_sentence_not_credit,
    ),
    named(
        "documents.issuer_author",
        "5",
        "a ruling written by Justice NAME, BODY's report, minutes published by BODY, a study by researchers",
        document_issuer,
    ),
    named(
        "cue.that_verb_frame",
        "1",
        "NAME hinted|wagers|divulges that C: an unlisted verb by its frame",
        that_verb,
    ),
    named(
        "cue.that_not_clause",
        "1",
        "NAME vetoed that bill / The NAME supporters that stayed late ...: no quotation",
        that_verb_not_clause,
    ),
)
