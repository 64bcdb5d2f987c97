"""Development capabilities added on branch ``h29anon`` in the twenty-seventh round: quantified
and anonymous sources with a name or description set beside them.

* *Another / One / The other / A third, NAME, said C*: a bare quantifier or ordinal before a
  name set off by commas describes that name: NAME speaks, never *Another*.
* *Both, A and B, said C*: the pair speaks.
* *A ROLE who asked that only her first name be used, NAME, said C* (*who gave only his first
  name, NAME,*; *who would only be identified by his first name, NAME,*): the anonymity clause
  reports nothing; the name after it speaks, with the role as its title.
* *A ROLE who asked not to be named (because ...) said C* (*who spoke on condition of anonymity*,
  *who declined to give her full name*, *, speaking on condition of anonymity,*): no name is
  given, the description speaks, and the clause is no quotation of its own.
* Guards: *Another said C* (a description, not a name from an earlier sentence), *Another
  reason, he said, was C* (*Another reason* is no speaker), *The other, larger mill closed*
  (no quote), *NAME asked that the vote be delayed* (a request NAME reports), *NAME asked not
  to be named* (no report), *Some, like NAME, said C* (NAME is an example, not the speaker).

*One of two witnesses, NAME, said* gives NAME no title: a partitive description counts the
person among others in the story; it is no capacity the person holds (documented in
docs/rules.md). People, places and sentences of our own. ``captemplates.py`` adds
:data:`ROUND26_H29ANON` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures: (full name, gender 'f' / 'm').
PEOPLE = (
    ("Oleh Bondar", "m"),
    ("Lusine Hakobyan", "f"),
    ("Kenji Watanabe", "m"),
    ("Mariam Tadesse", "f"),
    ("Chiamaka Obi", "f"),
    ("Tomasz Wojcik", "m"),
    ("Priya Raman", "f"),
    ("Aram Petrosyan", "m"),
    ("Ingrid Solberg", "f"),
    ("Rafael Ortiz Mena", "m"),
    ("Nguyen Thi Lan", "f"),
    ("Kwame Asante", "m"),
    ("Fatima Zahra Idrissi", "f"),
)
#: First names given alone by an anonymous source: (name, gender).
FIRST_NAMES = (
    ("Lusine", "f"),
    ("Tomasz", "m"),
    ("Ahmed", "m"),
    ("Marta", "f"),
    ("Kofi", "m"),
    ("Aiko", "f"),
    ("Dmitri", "m"),
    ("Zainab", "f"),
)
#: Role nouns of an anonymous source (singular).
ROLES = ("beekeeper", "nurse", "driver", "farmer", "teacher", "resident", "engineer", "shopkeeper", "miner")
#: Reported clauses.
CLAUSES = (
    "repairs would take a year",
    "the winter had been hard",
    "the clinic had no power for days",
    "the road to the port was closed",
    "nobody had warned the village",
)
#: Direct quotations (no final mark).
QUOTES = (
    "We were told nothing until the water came",
    "I have worked here for thirty years",
    "Nobody has asked us what we need",
)
#: Cue verbs before a reported clause, with whether they take *that*.
CUES = (("said", False), ("says", False), ("told reporters", True), ("said", True), ("recalled", True))
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: Bare quantifiers and ordinals that open a subject before a name in commas.
QUANTIFIERS = ("Another", "One", "The other", "A third", "The first", "A second", "The youngest", "The last")


def _pron(gender: str) -> tuple[str, str]:
    """(possessive, subject) pronouns of *gender*."""
    return ("her", "she") if gender == "f" else ("his", "he")


def _content(cue: tuple[str, bool], clause: str) -> tuple[str, str]:
    """(cue text + content, content) for a reported clause after *cue*."""
    verb, that = cue
    content = f"that {clause}" if that else clause
    return f"{verb} {content}", content


def quantifier_name() -> Iterator[Case]:
    """'Another / One / The other / A third, NAME, said C.' -> C by NAME."""
    combos = itertools.product(QUANTIFIERS, PEOPLE, CUES, CLAUSES)
    for quant, (name, _), cue, clause in sample(combos, 300, "h29anon-quant"):
        tail, content = _content(cue, clause)
        text = f"{quant}, {name}, {tail}."
        yield Case("", "quant", text, [Expect(content, "indirect", name)], exact=True)


def quantifier_name_direct() -> Iterator[Case]:
    """'Another, NAME, said: "Q."' and '"Q," said another, NAME.' -> Q by NAME."""
    combos = itertools.product(QUANTIFIERS, PEOPLE, QUOTES, MARKS, (True, False))
    for quant, (name, _), quote, (op, cl), before in sample(combos, 200, "h29anon-quantq"):
        if before:
            direct = f"{op}{quote}.{cl}"
            text = f"{quant}, {name}, said: {direct}"
        else:
            direct = f"{op}{quote},{cl}"
            text = f"{direct} said {quant.lower()}, {name}."
        yield Case("", "quantq", text, [Expect(direct, "direct", name)], exact=True)


def both_pair() -> Iterator[Case]:
    """'Both, A and B, said C.' -> C by the pair A and B."""
    pairs = [(a, b) for (a, _), (b, _) in itertools.product(PEOPLE, PEOPLE) if a != b]
    combos = itertools.product(("Both", "Two", "Two others"), pairs, CUES, CLAUSES)
    for quant, (a, b), cue, clause in sample(combos, 150, "h29anon-both"):
        tail, content = _content(cue, clause)
        text = f"{quant}, {a} and {b}, {tail}."
        yield Case("", "both", text, [Expect(content, "indirect", f"{a}; {b}")], exact=True)


#: Relative clauses by which a source gives a first name only: a template with {pos}
#: (possessive pronoun); the name follows after a comma.
NAMING = (
    "who asked that only {pos} first name be used",
    "who gave only {pos} first name",
    "who would only be identified by {pos} first name",
    "who asked to be identified only by {pos} first name",
    "who wanted only {pos} first name used",
    "who asked that {pos} surname not be published",
)


def anonymity_named() -> Iterator[Case]:
    """'A ROLE who asked that only her first name be used, NAME, said C.' -> C by NAME (title
    ROLE); the anonymity clause is no quotation."""
    combos = itertools.product(ROLES, NAMING, FIRST_NAMES, CUES, CLAUSES)
    for role, naming, (first, g), cue, clause in sample(combos, 320, "h29anon-named"):
        pos, _ = _pron(g)
        tail, content = _content(cue, clause)
        art = "An" if role[0] in "aeiou" else "A"
        text = f"{art} {role} {naming.format(pos=pos)}, {first}, {tail}."
        yield Case("", "named", text, [Expect(content, "indirect", first, role)], exact=True)


def anonymity_named_after() -> Iterator[Case]:
    """'"Q," said a ROLE who gave only her first name, NAME.' -> Q by NAME; no other quote."""
    combos = itertools.product(ROLES, NAMING, FIRST_NAMES, QUOTES, MARKS)
    for role, naming, (first, g), quote, (op, cl) in sample(combos, 160, "h29anon-nameda"):
        pos, _ = _pron(g)
        direct = f"{op}{quote},{cl}"
        art = "an" if role[0] in "aeiou" else "a"
        text = f"{direct} said {art} {role} {naming.format(pos=pos)}, {first}."
        yield Case("", "nameda", text, [Expect(direct, "direct", first)], exact=True)


#: Anonymity clauses that give no name: templates with {pos} and {subj}.
ANONYMOUS = (
    "who asked not to be named",
    "who asked not to be named because {subj} was not authorised to speak",
    "who declined to give {pos} full name",
    "who declined to be named",
    "who spoke on condition of anonymity",
    "who spoke on condition of anonymity because {subj} was not allowed to talk to the press",
    "who requested anonymity",
    "who did not want to be named",
    "who asked that {pos} name not be used",
)


def anonymity_description() -> Iterator[Case]:
    """'A ROLE who asked not to be named (because ...) said C.' -> C by the description ROLE;
    the anonymity clause is no quotation."""
    combos = itertools.product(ROLES, ANONYMOUS, ("f", "m"), CUES, CLAUSES)
    for role, anon, g, cue, clause in sample(combos, 320, "h29anon-desc"):
        pos, subj = _pron(g)
        tail, content = _content(cue, clause)
        art = "An" if role[0] in "aeiou" else "A"
        text = f"{art} {role} {anon.format(pos=pos, subj=subj)} {tail}."
        yield Case("", "desc", text, [Expect(content, "indirect", role)], exact=True)


def anonymity_aside() -> Iterator[Case]:
    """'A ROLE, speaking on condition of anonymity (because ...), said C.' and '"Q," said a
    ROLE who asked not to be named.' -> the description speaks; nothing else is a quote."""
    asides = (
        "speaking on condition of anonymity",
        "speaking on condition of anonymity because {subj} was not authorised to comment",
        "who asked not to be named",
        "who declined to give {pos} name",
    )
    combos = itertools.product(ROLES, asides, ("f", "m"), CLAUSES, QUOTES, (True, False))
    for role, form, g, clause, quote, before in sample(combos, 200, "h29anon-aside"):
        pos, subj = _pron(g)
        aside = form.format(pos=pos, subj=subj)
        if before:
            art = "An" if role[0] in "aeiou" else "A"
            text = f"{art} {role}, {aside}, said {clause}."
            yield Case("", "aside", text, [Expect(clause, "indirect", role)], exact=True)
        else:
            art = "an" if role[0] in "aeiou" else "a"
            direct = f'"{quote},"'
            text = f"{direct} said {art} {role} {aside}."
            yield Case("", "aside", text, [Expect(direct, "direct", role)], exact=True)


def guard_another_bare() -> Iterator[Case]:
    """'NAME said C1. Another said C2.' -> C2 by the description *another*, never NAME."""
    combos = itertools.product(PEOPLE, CLAUSES, CLAUSES, ("Another", "One", "A third"))
    items = [c for c in combos if c[1] != c[2]]
    for (name, _), c1, c2, quant in sample(items, 120, "h29anon-gbare"):
        text = f"{name} said {c1}. {quant} said {c2}."
        expected = [Expect(c1, "indirect", name), Expect(c2, "indirect", (quant, quant.split()[-1]))]
        yield Case("", "gbare", text, expected, exact=True, wrong_speakers=[(c2, name)])


def guard_another_reason() -> Iterator[Case]:
    """'NAME said C. Another reason, she said, was the cost.' -> *Another reason* is no speaker."""
    reasons = ("the cost", "the weather", "a lack of staff", "the new tax")
    combos = itertools.product(PEOPLE, CLAUSES, reasons, ("Another reason", "One problem", "The other worry"))
    for (name, g), clause, reason, head in sample(combos, 100, "h29anon-greason"):
        _, subj = _pron(g)
        text = f"{name} said {clause}. {head}, {subj} said, was {reason}."
        yield Case(
            "",
            "greason",
            text,
            [Expect(clause, "indirect", name)],
            exact=False,
            wrong_speakers=[(reason, head)],
        )


def guard_other_noun() -> Iterator[Case]:
    """'The other, larger mill closed in May.' -> no quotation."""
    nouns = ("mill", "school", "ferry", "clinic", "bakery")
    adjs = ("larger", "older", "smaller", "newer")
    preds = ("closed in May", "was sold last year", "reopened on Monday", "burned down in 1998")
    combos = itertools.product(("The other", "Another", "One"), adjs, nouns, preds)
    for quant, adj, noun, pred in sample(combos, 80, "h29anon-gother"):
        yield Case("", "gother", f"{quant}, {adj} {noun} {pred}.", [], exact=True)


def guard_asked_that() -> Iterator[Case]:
    """'NAME asked that the vote be delayed.' -> a request NAME reports (kept as today)."""
    requests = ("the vote be delayed", "the report be published", "the hearing be moved to Friday")
    combos = itertools.product(PEOPLE, requests)
    for (name, _), req in sample(combos, 39, "h29anon-gasked"):
        text = f"{name} asked that {req}."
        yield Case("", "gasked", text, [Expect(f"that {req}", "indirect", name)], exact=True)


def guard_not_named() -> Iterator[Case]:
    """'NAME asked not to be named.' / 'The nurse declined to give her full name.' -> no quote."""
    clauses = (
        "asked not to be named",
        "declined to give {pos} full name",
        "spoke on condition of anonymity",
        "asked that {pos} name not be used",
    )
    subjects = [f"The {r}" for r in ROLES] + [p for p, _ in PEOPLE]
    combos = itertools.product(subjects, clauses, ("f", "m"))
    for subj, clause, g in sample(combos, 100, "h29anon-gnamed"):
        pos, _ = _pron(g)
        yield Case("", "gnamed", f"{subj} {clause.format(pos=pos)}.", [], exact=True)


def guard_some_like() -> Iterator[Case]:
    """'Some, like NAME, said C.' -> NAME is an example of the group, not its speaker."""
    combos = itertools.product(("Some", "Many", "Several"), PEOPLE, CUES, CLAUSES)
    for quant, (name, _), cue, clause in sample(combos, 80, "h29anon-glike"):
        tail, content = _content(cue, clause)
        text = f"{quant}, like {name}, {tail}."
        yield Case("", "glike", text, [], exact=False, wrong_speakers=[(content, name)])


ROUND26_H29ANON: tuple[Capability, ...] = (
    named(
        "anon.quantifier_apposed_name",
        "2",
        "Another / One / A third, NAME, said C -> C by NAME",
        quantifier_name,
    ),
    named(
        "anon.quantifier_apposed_name_direct",
        "2",
        "Another, NAME, said: 'Q.' / 'Q,' said another, NAME -> Q by NAME",
        quantifier_name_direct,
    ),
    named("anon.both_apposed_pair", "2", "Both / Two, A and B, said C -> C by the pair", both_pair),
    named(
        "anon.first_name_only_named",
        "2",
        "A ROLE who asked that only her first name be used, NAME, said C -> NAME (ROLE); no other quote",
        anonymity_named,
    ),
    named(
        "anon.first_name_only_after_cue",
        "2",
        "'Q,' said a ROLE who gave only his first name, NAME -> NAME; no other quote",
        anonymity_named_after,
    ),
    named(
        "anon.anonymous_description",
        "2",
        "A ROLE who asked not to be named / spoke on condition of anonymity said C -> ROLE; no other quote",
        anonymity_description,
    ),
    named(
        "anon.anonymous_aside",
        "2",
        "A ROLE, speaking on condition of anonymity, said C / 'Q,' said a ROLE who asked not to be named",
        anonymity_aside,
    ),
    named(
        "anon.guard_another_bare",
        "2",
        "NAME said C1. Another said C2 -> C2 by 'another', never NAME",
        guard_another_bare,
    ),
    named(
        "anon.guard_another_reason",
        "2",
        "Another reason, he said, was X: 'Another reason' speaks not",
        guard_another_reason,
    ),
    named("anon.guard_other_noun", "2", "The other, larger mill closed: no quotation", guard_other_noun),
    named(
        "anon.guard_asked_that",
        "2",
        "NAME asked that the vote be delayed -> NAME's request",
        guard_asked_that,
    ),
    named("anon.guard_not_named", "2", "NAME asked not to be named: no quotation", guard_not_named),
    named("anon.guard_some_like", "2", "Some, like NAME, said C: NAME is not the speaker", guard_some_like),
)
