"""Development capabilities added on branch ``f17i`` in the seventeenth round: indirect reports.

* An elliptical contrast after a reported clause is part of it (*said the toll should fall for
  students, but not for tourists*, *..., but also X*, *..., but rather X*, a correlative *not
  only X, but Y*, *..., though not likely*); a contrast with a subject and a finite verb of its
  own is the writer's (*..., but the board disagreed*, *..., but not everyone agreed*).
* The last item of a series after a serial comma is part of the reported clause (*said the plan
  needs cranes, tugs, and a dredger*); a clause after *, and* is not (*..., and the board agreed*).
* The *that* clause of a reporting noun in subject position ends before the main verb (*NAME's
  claim that the cranes were unsafe went unanswered* -> *that the cranes were unsafe*).
* A place and its region inside an aside between a subject and its cue (*NAME, who was born in
  Bergen, Norway, in 1970, said C*): the subject speaks, never the region.

People, places and sentences of their own. ``captemplates.py`` adds :data:`ROUND16_F17I` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Speakers whose names read as persons.
NAMES = ("Odalys Fenwick", "Torvald Achebe", "Marisol Hargreave", "Cormac Villanueva", "Ingrid Okonkwo")
#: Men's names, for a later *his*.
MEN = ("Torvald Achebe", "Cormac Villanueva", "Anselm Groot")
#: Reporting verbs before a reported clause, with an optional *that*.
VERBS = ("said", "says", "argued", "insists", "told reporters", "believes", "predicted", "thinks", "had said")
#: (first half of the reported clause, elliptical contrast that goes on with it).
CONTRASTS = (
    ("the toll should be cut for students", "but not for tourists"),
    ("the ferry would stop at Leith", "but not at Kirkwall"),
    ("the council ought to hire more pilots", "but also buy two new tugs"),
    ("the real problem was not the fares", "but rather the timetable"),
    ("the quarry had harmed the river", "but not the wetlands"),
    ("the fault lay not only with the crew", "but with the owners"),
    ("the bridge could reopen by June", "though not before the exams"),
    ("a strike was possible", "though not likely"),
    ("the museum would stay open on Sundays", "but only in the summer months"),
)
#: Clauses of the writer's after the reported clause (a subject and a finite verb).
WRITER_CLAUSES = (
    "but the board disagreed",
    "but not everyone agreed",
    "but the mayor said otherwise",
    "though not all of the engineers were convinced",
    "but rather he kept quiet",
)


def elliptical_contrast() -> Iterator[Case]:
    """'NAME VERB (that) C, but not X.' -> 'C, but not X'; 'NAME said C, but the board disagreed.' -> C."""
    combos = itertools.product(NAMES, VERBS, CONTRASTS, ("", "that "))
    for name, verb, (first, contrast), that in sample(combos, 110, "f17i-contrast"):
        content = f"{that}{first}, {contrast}"
        yield Case("", "ellipsis", f"{name} {verb} {content}.", [Expect(content, "indirect", name)])
    combos2 = itertools.product(NAMES, ("said", "argued", "insisted", "says"), CONTRASTS[:5], WRITER_CLAUSES)
    for name, verb, (first, _), clause in sample(combos2, 40, "f17i-contrast-clause"):
        text = f"{name} {verb} {first}, {clause}."
        expects = [Expect(first, "indirect", name)]
        yield Case("", "clause", text, expects, exact=False, forbidden=[f"{first}, {clause}"])


#: (opening of the reported clause, a series of phrases joined by a serial comma).
SERIES = (
    ("the harbour needs", "new cranes, two tugs, and a dredger"),
    ("the levy would pay for", "renovated schools, wider roads, and repaired bridges"),
    ("the plan relied on", "Norway, Iceland, and the Faroe Islands"),
    ("the survey found support among", "farmers, teachers, and retired nurses"),
    ("the inquiry had questioned", "the pilots, the harbour master, and two former clerks"),
    ("the ferry could stop at", "Leith, Kirkwall, or Lerwick"),
)


def serial_comma() -> Iterator[Case]:
    """'NAME VERB (that) S A, B, and C.' -> the whole clause; '..., and the board agreed' -> cut."""
    combos = itertools.product(NAMES, VERBS, SERIES, ("", "that "))
    for name, verb, (opening, series), that in sample(combos, 90, "f17i-series"):
        content = f"{that}{opening} {series}"
        yield Case("", "series", f"{name} {verb} {content}.", [Expect(content, "indirect", name)])
    combos2 = itertools.product(NAMES, ("said", "argued", "says"), SERIES[:4])
    for name, verb, (opening, series) in sample(combos2, 30, "f17i-series-clause"):
        first = f"{opening} {series.replace(', and ', ' and ').replace(', or ', ' or ')}"
        text = f"{name} {verb} {first}, and the board agreed."
        yield Case("", "clause", text, [Expect(first, "indirect", name)], exact=False)


#: (city, region) pairs: a region is one capitalised word.
PLACES = (
    ("Bergen", "Norway"),
    ("Leith", "Scotland"),
    ("Dayton", "Ohio"),
    ("Cairns", "Queensland"),
    ("Kingston", "Jamaica"),
    ("Galway", "Ireland"),
)
#: Asides between the subject and the cue; {place} is 'City, Region'.
ASIDES = (
    "who was born in {place}, in 1970",
    "who lost her boat in {place}, in March 2019",
    "who grew up near {place}, before the war",
    "who lives in {place}, with two sons",
    "a pilot from {place}, since 2004",
    "who moved to {place}, last year",
    "a teacher in {place}, for three decades",
)
#: Cues and the reported clauses after them.
CUES = ("said", "told reporters", "argued", "warned", "says", "insisted")
CLAUSES = (
    "the insurers had treated the fishermen unfairly",
    "the harbour would need a new breakwater",
    "the ferry timetable is unworkable",
    "nobody from the council had visited the quay",
)


def place_in_aside() -> Iterator[Case]:
    """'NAME, who was born in CITY, REGION, in 1970, said C.' -> C, NAME's (never REGION's)."""
    combos = itertools.product(NAMES, PLACES, ASIDES, CUES, CLAUSES)
    for name, (city, region), aside, cue, clause in sample(combos, 120, "f17i-place"):
        text = f"{name}, {aside.format(place=f'{city}, {region}')}, {cue} {clause}."
        yield Case("", "aside", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, region)])
    surnames = ("Fenwick", "Achebe", "Hargreave", "Villanueva", "Okonkwo")
    for surname, (city, _), cue in sample(itertools.product(surnames, PLACES, CUES), 20, "f17i-place-name"):
        # a one-word name after a place, with its own apposition: the name speaks
        clause = f"the ferry company will extend its route to {city}"
        text = f"{clause}, {surname}, the harbour chief, {cue}."
        text = text[0].upper() + text[1:]
        yield Case("", "name after place", text, [Expect(text[: len(clause)], "indirect", surname)])
    combos2 = itertools.product(NAMES, PLACES, ("accused the council of lying", "said the quay was unsafe"))
    for name, (city, _), act in sample(combos2, 20, "f17i-place-fronted"):
        # a fronted phrase of place before the subject and a linking aside: the subject speaks
        text = f"Speaking in {city}, {name}, without naming anyone, {act}."
        content = act.split(" ", 1)[1] if act.startswith("said") else "the council of lying"
        yield Case("", "fronted", text, [Expect(content, "indirect", name)], exact=False)


#: Reporting nouns with a *that* clause.
NOUNS = ("claim", "warning", "promise", "insistence", "assertion", "suggestion")
#: Reported clauses with one or two verb groups of their own.
NOUN_CLAUSES = (
    "the cranes were unsafe",
    "the deficit had shrunk",
    "fares would fall by spring",
    "the council knew the pier was unsafe",
    "the ferry had not yet been sold",
    "the harbour board ignored the inspectors",
)
#: Main predicates of the sentence.
MAIN_PREDICATES = (
    "went unanswered",
    "drew laughter",
    "was ignored for years",
    "angered the dockers",
    "proved hollow",
    "has been disputed by the union",
    "will be tested in court",
)


def noun_subject_clause() -> Iterator[Case]:
    """'(But) NAME's NOUN that C VP.' -> 'that C', NAME's; 'X rejected his NOUN that C.' -> 'that C'."""
    combos = itertools.product(NAMES, NOUNS, NOUN_CLAUSES, MAIN_PREDICATES, ("", "But "))
    for name, noun, clause, predicate, lead in sample(combos, 100, "f17i-noun-subject"):
        text = f"{lead}{name}'s {noun} that {clause} {predicate}."
        yield Case("", "subject", text, [Expect(f"that {clause}", "indirect", name)], exact=False)
    for name, noun, clause in sample(itertools.product(MEN, NOUNS, NOUN_CLAUSES), 20, "f17i-noun-object"):
        text = f"{name} spoke first. The union rejected his {noun} that {clause}."
        yield Case("", "object", text, [Expect(f"that {clause}", "indirect", name)], exact=False)


ROUND16_F17I: tuple[Capability, ...] = (
    named(
        "indirect.noun_clause_before_main_verb",
        "2",
        "NAME's claim that C went unanswered: 'that C' (was: the main predicate too)",
        noun_subject_clause,
    ),
    named(
        "indirect.elliptical_contrast",
        "2",
        "NAME said C, but not for X / but also X / though not ADJ: one report through the contrast;"
        " C, but the board disagreed: C",
        elliptical_contrast,
    ),
    named(
        "indirect.serial_comma_series",
        "2",
        "NAME said S A, B, and C: the whole series; S A and B, and the board agreed: cut at the clause",
        serial_comma,
    ),
    named(
        "speaker.place_in_relative_aside",
        "2",
        "NAME, who was born in CITY, REGION, in 1970, said C: NAME, never REGION",
        place_in_aside,
    ),
)
