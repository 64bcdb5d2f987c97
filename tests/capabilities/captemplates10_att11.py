"""Development capabilities of helper att11's round (issue 11, speakers a fact-checker can
trust): which clause a reporting participle or a coordinated verb of saying takes its subject
from. People, bodies and sentences of their own (none from the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND10_ATT11` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import Person
from capkit import ANY, Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, a hyphenated one, a particle, a role-word surname.
PEOPLE10 = (
    _p("Marisol Ekwueme", "Ekwueme", "f", "non-Anglo"),
    _p("Bartholomew Quist", "Quist", "m", "plain"),
    _p("Henrike Vasquez-Lund", "Vasquez-Lund", "f", "hyphenated"),
    _p("Aurelio van Dijk", "van Dijk", "m", "particles"),
    _p("Rosalind Judge", "Judge", "f", "role surname"),
)

#: How a person is named as a subject: bare, after a title, with an apposition.
SHAPES10 = (
    ("{full}", None),
    ("Councillor {full}", "Councillor"),
    ("{full}, the harbour board chair,", "harbour board chair"),
)

#: Reported clauses (our own).
CLAUSES10 = (
    "the ferry fares would rise in April",
    "the tunnel had been closed for repairs",
    "the grain silo was never inspected",
    "the lock gates would be replaced next year",
)

#: Participles of saying that take a 'that' clause.
PARTICIPLES10 = ("saying", "noting", "arguing", "warning", "insisting")

#: A first clause whose subject is not the speaker (a body, a group, a thing), and the
#: clause the speaker's own clause is joined to it with.
FIRST_CLAUSES10 = (
    ("Dock workers objected to the new rota", ", and"),
    ("The meeting ran past midnight", ", but"),
    ("Two ferry operators walked out of the talks", ", and"),
    ("Most of the council wanted a delay", ", while"),
)
#: The speaker's own clause after the subject (a finite verb in the past).
OWN_CLAUSES10 = (
    "walked out of the hearing",
    "spoke for nearly an hour",
    "has already filed a complaint",
    "voted with the majority",
)


def participle_nearest_clause() -> Iterator[Case]:
    """`The meeting ran late, but NAME stayed on, saying that C.`: the participle takes the
    subject of the nearest finite clause it ends, the second of two coordinated clauses, not
    the sentence's first noun phrase."""
    combos = itertools.product(
        PEOPLE10, range(len(SHAPES10)), range(len(FIRST_CLAUSES10)), PARTICIPLES10, range(len(CLAUSES10))
    )
    for p, s, f, part, k in sample(combos, 160, "att11-nearest-clause"):
        shape, title = SHAPES10[s]
        first, link = FIRST_CLAUSES10[f]
        own = OWN_CLAUSES10[(f + k) % len(OWN_CLAUSES10)]
        subject = shape.format(full=p.full)
        text = f"{first}{link} {subject} {own}, {part} that {CLAUSES10[k]}."
        expects = [Expect(f"that {CLAUSES10[k]}", "indirect", p.full, title if title else ANY, "person")]
        yield Case("", "att11-nearest-clause", text, expects, exact=False)


#: Fronted adverbial clauses before the speaker's main clause.
FRONTED10 = (
    "In the debate, while the other candidates called for a new bridge",
    "At a forum on Monday, while most of the rivals called for a new bridge",
    "Last week, though most residents backed the plan",
    "Even as the union demanded higher pay",
    "The day before, at a rally in Salem, Ore.",
)


def participle_after_fronted_clause() -> Iterator[Case]:
    """`While rivals called for X, NAME stuck to the plan, noting that C.`: the subject of the
    main clause after a fronted adverbial clause speaks, not the fronted clause's subject."""
    combos = itertools.product(
        PEOPLE10, range(len(SHAPES10)), range(len(FRONTED10)), PARTICIPLES10, range(len(CLAUSES10))
    )
    for p, s, f, part, k in sample(combos, 150, "att11-fronted-clause"):
        shape, title = SHAPES10[s]
        subject = shape.format(full=p.full)
        own = OWN_CLAUSES10[(f + k) % len(OWN_CLAUSES10)]
        text = f"{FRONTED10[f]}, {subject} {own}, {part} that {CLAUSES10[k]}."
        expects = [Expect(f"that {CLAUSES10[k]}", "indirect", p.full, title if title else ANY, "person")]
        yield Case("", "att11-fronted-clause", text, expects, exact=False)


#: A subordinator of time and an adverb before the participle.
ADVERB_OPENERS10 = ("while also", "after initially", "before finally", "while repeatedly")


def participle_after_adverb() -> Iterator[Case]:
    """`NAME backed the levy, while also saying that C.`: an adverb between a subordinator of
    time and the participle; the participle is still the main clause subject's report."""
    combos = itertools.product(
        PEOPLE10, range(len(SHAPES10)), ADVERB_OPENERS10, PARTICIPLES10, range(len(CLAUSES10))
    )
    for p, s, opener, part, k in sample(combos, 120, "att11-adverb-participle"):
        shape, title = SHAPES10[s]
        subject = shape.format(full=p.full)
        own = OWN_CLAUSES10[k % len(OWN_CLAUSES10)]
        text = f"{subject} {own} {opener} {part} that {CLAUSES10[k]}."
        expects = [Expect(f"that {CLAUSES10[k]}", "indirect", p.full, title if title else ANY, "person")]
        yield Case("", "att11-adverb-participle", text, expects, exact=False)


#: Time adjuncts between a conjunction and a coordinated verb of saying.
TIME_ADJUNCTS10 = ("on Tuesday", "last week", "this morning", "later")
#: Coordinated verbs of saying (past) and the first verb phrase.
COORDINATED10 = (
    ("has been critical of the levy", "but", "wrote"),
    ("opened the new ferry terminal", "and", "said"),
    ("voted against the budget", "but", "told reporters"),
)


def coordinated_after_time() -> Iterator[Case]:
    """`NAME has been critical of X but on Tuesday wrote that C.`: a verb of saying after *and*
    or *but* and a time adjunct shares the sentence's subject; the report is the outer verb's,
    not a clause inside it."""
    combos = itertools.product(
        PEOPLE10, range(len(SHAPES10)), range(len(COORDINATED10)), TIME_ADJUNCTS10, range(len(CLAUSES10))
    )
    for p, s, c, adjunct, k in sample(combos, 160, "att11-coordinated-time"):
        shape, title = SHAPES10[s]
        subject = shape.format(full=p.full)
        first, conj, verb = COORDINATED10[c]
        pronoun = "she" if p.gender == "f" else "he"
        text = f"{subject} {first} {conj} {adjunct} {verb} that {pronoun} agreed {CLAUSES10[k]}."
        clause = f"that {pronoun} agreed {CLAUSES10[k]}"
        expects = [Expect(clause, "indirect", p.full, title if title else ANY, "person")]
        yield Case("", "att11-coordinated-time", text, expects, exact=False)


#: A reported clause's subject, an aside set off by commas, and the rest of the clause.
ASIDE_CLAUSES10 = (
    ("the ferry levy", "drawn up in May", "would be scrapped by the council"),
    ("the lock gates", "even after the repairs", "had failed twice this winter"),
    ("the port's new rota", "and the overtime rules", "were unfair to the pilots"),
    ("the quarry road", "already closed for a week", "could stay shut until spring"),
)
#: Reporting verbs that take a 'that' clause.
THAT_VERBS10 = ("said", "told reporters", "argued", "wrote", "insisted")


def that_clause_aside() -> Iterator[Case]:
    """`NAME said that the levy, drawn up in May, would be scrapped.`: a comma after a reported
    clause's subject, before its verb, sets off an aside inside the clause; the report runs to
    the clause's end."""
    combos = itertools.product(PEOPLE10, range(len(SHAPES10)), THAT_VERBS10, range(len(ASIDE_CLAUSES10)))
    for p, s, verb, k in sample(combos, 120, "att11-that-aside"):
        shape, title = SHAPES10[s]
        subject = shape.format(full=p.full)
        head, aside, rest = ASIDE_CLAUSES10[k]
        clause = f"that {head}, {aside}, {rest}"
        text = f"{subject} {verb} {clause}."
        expects = [Expect(clause, "indirect", p.full, title if title else ANY, "person")]
        yield Case("", "att11-that-aside", text, expects, exact=False)


#: Subjects headed by *those* with a postmodifier, as printed (the speaker's name is the phrase).
THOSE10 = (
    "Those over 60",
    "Those under 30",
    "Those who rode the ferry every day",
    "Those polled",
    "Many of those polled",
    "Most of those at the meeting",
    "Those in the harbour villages",
)
#: Verbs of saying after such a subject.
THOSE_VERBS10 = ("say", "said", "told the council", "argued")


def those_subject() -> Iterator[Case]:
    """`Those over 60 say C.`, `Many of those polled said C.`: *those* with a postmodifier heads
    the subject of a verb of saying; the phrase speaks (a group)."""
    combos = itertools.product(THOSE10, THOSE_VERBS10, range(len(CLAUSES10)), (False, True))
    for subject, verb, k, opening in sample(combos, 112, "att11-those"):
        lead = "But " + subject[:1].lower() + subject[1:] if opening else subject
        text = f"{lead} {verb} {CLAUSES10[k]}."
        expects = [Expect(CLAUSES10[k], "indirect", subject, None, ANY)]
        yield Case("", "att11-those", text, expects, exact=False)


ROUND10_ATT11: tuple[Capability, ...] = (
    named(
        "source.participle_nearest_clause",
        "4",
        "BODY objected, and NAME sued the city, saying that C (NAME, not BODY)",
        participle_nearest_clause,
    ),
    named(
        "source.participle_after_fronted_clause",
        "4",
        "While rivals called for X, NAME stuck to the plan, noting that C (NAME, not the rivals)",
        participle_after_fronted_clause,
    ),
    named(
        "source.participle_after_adverb",
        "4",
        "NAME backed the levy, while also saying that C (the participle after an adverb)",
        participle_after_adverb,
    ),
    named(
        "source.coordinated_after_time",
        "4",
        "NAME has been critical of X but on Tuesday wrote that she agreed C (the outer verb's report)",
        coordinated_after_time,
    ),
    named(
        "content.that_clause_aside",
        "2",
        "NAME said that the levy, drawn up in May, would be scrapped (the aside is inside the clause)",
        that_clause_aside,
    ),
    named(
        "source.those_subject",
        "4",
        "Those over 60 say C; Many of those polled said C (the phrase headed by 'those' speaks)",
        those_subject,
    ),
)

__all__ = ["ROUND10_ATT11"]
