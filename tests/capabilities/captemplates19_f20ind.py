"""Development capabilities added on branch ``f20ind`` in the twentieth round: what is missed
and what is falsely credited in indirect reports.

* *NAME, a ROLE, said C, according to the authority's own counts*: a named person's (or
  *he*/*she*'s) own report with a verb of speech keeps its content and speaker when the trailing
  *according to* names counted evidence (figures, counts, estimates), where its figures come
  from (was: the whole sentence, *NAME ... said* included, credited to the counts).
* *A man in the back row said C*: a verb form right after an article and before a lower-case
  noun is that noun's modifier (*the back row*, *the echo chamber*), so the long subject is
  read to the cue (was: no quotation, or the noun after the verb form as the speaker).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_F20IND` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Reported clauses (no commas, no verb of speech).
CLAUSES = (
    "river traffic made up about a third of the crossings last year",
    "the harbour levy would leave the port with a deficit of $4 million by 2030",
    "the night ferry had carried fewer than 40 passengers a week since March",
    "two of the four cranes would be out of service until the spring",
    "the school roll had fallen by almost a fifth in five years",
)
#: Named speakers with a role in apposition, and the role's head word the title holds.
SPEAKERS = (
    ("Marguerite Okonedo-Hale", "an economist at Trentside University", "economist"),
    ("Tobias Lindgren", "the harbour board's finance director", "finance director"),
    ("Priyanka Wadhwani", "a transport analyst at Corran Street Partners", "transport analyst"),
    ("Emeka Adeyinka", "the council's chief planner", "chief planner"),
)
#: Verbs of speech before the clause.
SPEECH = ("said", "says", "argued")
#: Where a report's figures come from (counted evidence, not a record of the saying: 'the
#: minutes', 'two people who attended' still credit 'NAME said C' as a whole).
ORIGINS = (
    "the authority's own counts",
    "figures compiled by her staff",
    "the board's own estimates",
    "council figures",
    "the port's latest statistics",
)


def according_after_report() -> Iterator[Case]:
    """'NAME, ROLE, VERB C, according to X.' -> C is NAME's (title with the role), never X's."""
    combos = itertools.product(SPEAKERS, SPEECH, CLAUSES, ORIGINS)
    for (name, role, head), verb, clause, origin in sample(combos, 160, "f20ind-according"):
        text = f"{name}, {role}, {verb} {clause}, according to {origin}."
        expects = [Expect(clause, "indirect", name, Contains(head))]
        yield Case("", "named report", text, expects, exact=False, wrong_speakers=[(clause, origin)])
    for (name, _, _), clause, origin in sample(
        itertools.product(SPEAKERS, CLAUSES, ORIGINS), 40, "f20ind-according-later"
    ):
        surname = name.split()[-1]
        first = f"{name} chairs the harbour committee."
        text = f"{first} {surname} said {clause}, according to {origin}."
        yield Case("", "later mention", text, [Expect(clause, "indirect", name)], exact=False)


#: Noun phrases whose modifier is also a verb form, after an article (verb: 'back', 'echo',
#: 'call', 'report', 'answer', 'pledge'); each names a place or thing the speaker is at.
MODIFIED_PLACES = (
    "the back row",
    "the back rows",
    "the back door",
    "the echo chamber",
    "the call centre",
    "the answer desk",
    "the pledge table",
)
#: Persons described by where they stand, and their head noun.
PEOPLE = ("A man", "A woman", "One parent", "A nurse", "A driver")
#: Reports: (verb and clause, the content the case expects).
REPORTS = (
    ("asked whether the buses would run on time", "whether the buses would run on time"),
    ("said the night shift had been cut without notice", "the night shift had been cut without notice"),
    ("warned that the car park would close at six", "that the car park would close at six"),
    ("told reporters the queue had not moved for an hour", "the queue had not moved for an hour"),
)


def article_modifier_subject() -> Iterator[Case]:
    """'A man in the back row VERB C.' -> C is the man's (the description with its place)."""
    combos = itertools.product(PEOPLE, ("in", "at", "near"), MODIFIED_PLACES, REPORTS)
    for person, prep, place, (report, clause) in sample(combos, 180, "f20ind-article"):
        text = f"{person} {prep} {place} {report}."
        head = person.split()[-1].lower()
        speakers = (f"{head} {prep} {place}", f"{person} {prep} {place}")
        expects = [Expect(clause, "indirect", speakers, None)]
        wrong = [(clause, place.split()[-1])]
        yield Case("", "article modifier", text, expects, exact=True, wrong_speakers=wrong)


ROUND19_F20IND: tuple[Capability, ...] = (
    named(
        "indirect.according_after_named_report",
        "2",
        "NAME, ROLE, said C, according to X: C is NAME's with the role as title (was: the whole"
        " sentence credited to X)",
        according_after_report,
    ),
    named(
        "subject.article_verb_modifier",
        "2",
        "A man in the back row / at the echo chamber asked whether C: the man's (was: no quotation,"
        " or the noun after the verb form as speaker)",
        article_modifier_subject,
    ),
)
