"""Development capabilities added on branch ``h31adjunct`` in the twenty-ninth round: a statement
credited by an adjunct rather than a reporting clause.

News copy credits a clause with *as X put it / noted / said / told the Gazette*, *to quote X*, *in
X's words*, *in the words of X*, *in X's view / opinion*, *to use X's phrase*, fronted, between
commas in mid-clause, or last. The clause is X's:

* fronted (*In X's words, C.*): the content is C, after the comma;
* last (*C, as X put it.*): the content is C, before the comma;
* in mid-clause (*S, in X's words, P.*): one content from S to the end of P, its parts S and P
  (the adjunct between them, as with *according to X* in mid-clause);
* interrupting a phrase (after *was*, *to*, *because*, *become*: *S was, as X put it, "Q."*):
  the words after the adjunct are what it credits, the quotation alone; a possessor's aside
  with no quotation after it (*the reasons for, in X's view, closing the pier*) reports nothing;
* after only a discourse marker (*Of course, as X observed, C*) the adjunct is fronted: C alone;
* inside a dash aside (*- the ferry had not sailed, as X said -*): the aside alone.

The kind follows the marks (none: indirect; a quoted fragment: mixed; all quoted: direct). A
title in the adjunct (*as the harbour master, NAME, put it*, *as NAME, a ferry engineer, noted*)
is the speaker's; a pronoun or a description (*as she put it*, *as the engineer noted*) is resolved
like any source.

Guards: *as* of time, cause or comparison (*as the ferry left*, *As NAME arrived, the crowd
cheered*, *as big as NAME's*, *such as NAME*), an expectation (*as NAME expected / had feared*: no
statement), a work (*in NAME's novel*), *in full view*, and a comment clause after another
speaker's report (*NAME said C, as NAME2 had noted*: C stays NAME's). People, places and sentences
of our own. ``captemplates.py`` adds :data:`ROUND28_H31ADJUNCT` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons of several cultures and name shapes: (name, gender).
PEOPLE = (
    ("Kalju Tamm", "m"),
    ("Chidinma Okafor", "f"),
    ("Mei-Ling Chen", "f"),
    ("Santiago Iglesias", "m"),
    ("Priya Raghunathan", "f"),
    ("Jean-Luc Moreau", "m"),
    ("Siosaia Vea", "m"),
    ("Ingrid Halvorsen", "f"),
    ("Oluwaseun Adeyemi", "m"),
    ("Hana Novotná", "f"),
    ("Dmitri Volkov", "m"),
    ("Leilani Kahale", "f"),
    ("R. K. Menon", "m"),
    ("Aoife Ní Riain", "f"),
)
#: Clauses split into a subject and a predicate (no marks).
CLAUSES = (
    ("The ferry", "had not sailed since May"),
    ("The old mill", "was beyond repair"),
    ("The new bridge", "would cost twice the estimate"),
    ("The clinic", "needed three more nurses"),
    ("The budget", "left nothing for the village schools"),
    ("The harbour wall", "could not survive another winter"),
)
#: Clauses whose predicate ends in a quoted fragment: (subject, verb, fragment).
FRAGMENTS = (
    ("The ferry", "was", "a floating ruin"),
    ("The old mill", "had become", "a death trap"),
    ("The new bridge", "is", "a monument to waste"),
    ("The plan", "was", "dead on arrival"),
    ("The tram line", "has been", "a slow-motion disaster"),
)
#: Whole direct quotations (no final mark).
QUOTES = (
    "We will not sail again this year",
    "Nobody in the capital listens to the islands",
    "This mill fed three generations of my family",
    "The money was spent before the first stone was laid",
)
#: Possessive adjuncts: a template with {who} (the possessor).
POSSESSIVES = (
    "in {who}'s words",
    "in {who}'s own words",
    "in {who}'s view",
    "in {who}'s opinion",
)
#: As-clauses after the source: the verb and its modifiers.
AS_VERBS = (
    "put it",
    "noted",
    "said",
    "wrote",
    "explained",
    "told the Gazette",
    "observed",
    "pointed out",
    "put it on Friday",
    "noted last week",
    "has said",
    "remarked",
)
#: Roles for titled sources: (role, word the title must hold).
ROLES = (
    ("harbour master", "harbour master"),
    ("ferry engineer", "ferry engineer"),
    ("union organiser", "union organiser"),
    ("county planner", "county planner"),
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _pron(gender: str) -> tuple[str, str]:
    """(possessive, subject) pronouns of *gender*."""
    return ("her", "she") if gender == "f" else ("his", "he")


def _lower(text: str) -> str:
    return text[0].lower() + text[1:]


def _clause(subject: str, pred: str) -> str:
    return f"{subject} {pred}"


def possessive_fronted() -> Iterator[Case]:
    """'In NAME's words, C.' / 'In NAME's view, S was "Q."' -> C by NAME (indirect / mixed)."""
    combos = itertools.product(POSSESSIVES, PEOPLE, CLAUSES, FRAGMENTS, MARKS, (True, False))
    for adj, (name, _), (subj, pred), (fs, fv, frag), (op, cl), mixed in sample(combos, 160, "h31-pfront"):
        opener = adj.format(who=name)
        opener = opener[0].upper() + opener[1:]
        if mixed:
            content = f"{_lower(fs)} {fv} {op}{frag}.{cl}"
            yield Case("", "pfront", f"{opener}, {content}", [Expect(content, "mixed", name, None)])
        else:
            content = _clause(_lower(subj), pred)
            yield Case("", "pfront", f"{opener}, {content}.", [Expect(content, "indirect", name, None)])


def possessive_final() -> Iterator[Case]:
    """'C, in NAME's view.' / 'S was "Q," to use NAME's phrase.' -> C by NAME."""
    finals = (*POSSESSIVES, "to use {who}'s phrase", "to use {who}'s words", "to borrow {who}'s phrase")
    combos = itertools.product(finals, PEOPLE, CLAUSES, FRAGMENTS, MARKS, (True, False))
    for adj, (name, _), (subj, pred), (fs, fv, frag), (op, cl), mixed in sample(combos, 160, "h31-pfinal"):
        tail = adj.format(who=name)
        if mixed:
            content = f"{fs} {fv} {op}{frag},{cl}"
            yield Case("", "pfinal", f"{content} {tail}.", [Expect(content, "mixed", name, None)])
        else:
            content = _clause(subj, pred)
            yield Case("", "pfinal", f"{content}, {tail}.", [Expect(content, "indirect", name, None)])


def possessive_medial() -> Iterator[Case]:
    """'S, in NAME's words, P.' / 'S V, in the words of NAME, "Q."' -> one content S..P by NAME."""
    adjuncts = (*POSSESSIVES, "in the words of {who}", "to quote {who}")
    combos = itertools.product(adjuncts, PEOPLE, CLAUSES, FRAGMENTS, MARKS, (True, False))
    for adj, (name, _), (subj, pred), (fs, fv, frag), (op, cl), mixed in sample(combos, 180, "h31-pmed"):
        mid = adj.format(who=name)
        if mixed:
            quote = f"{op}{frag}.{cl}"
            text = f"{fs} {fv}, {mid}, {quote}"
            yield Case("", "pmed", text, [Expect(quote, "direct", name, None)])
        else:
            content = f"{subj}, {mid}, {pred}"
            yield Case("", "pmed", f"{content}.", [Expect(content, "indirect", name, None)])


def to_quote() -> Iterator[Case]:
    """'To quote NAME, S is "Q."' / 'To quote NAME, "Q."' -> NAME (mixed / direct)."""
    combos = itertools.product(PEOPLE, FRAGMENTS, QUOTES, MARKS, (True, False))
    for (name, _), (fs, fv, frag), quote, (op, cl), mixed in sample(combos, 80, "h31-toquote"):
        if mixed:
            content = f"{_lower(fs)} {fv} {op}{frag}.{cl}"
            yield Case("", "toquote", f"To quote {name}, {content}", [Expect(content, "mixed", name, None)])
        else:
            content = f"{op}{quote}.{cl}"
            yield Case("", "toquote", f"To quote {name}, {content}", [Expect(content, "direct", name, None)])


def as_final() -> Iterator[Case]:
    """'C, as NAME put it.' / 'S was "Q," as NAME noted.' / '"Q," as NAME put it.' -> NAME."""
    combos = itertools.product(AS_VERBS, PEOPLE, CLAUSES, FRAGMENTS, QUOTES, MARKS, range(3))
    for verb, (name, _), (subj, pred), (fs, fv, frag), quote, (op, cl), shape in sample(
        combos, 220, "h31-asfinal"
    ):
        if shape == 0:
            content = _clause(subj, pred)
            yield Case(
                "", "asfinal", f"{content}, as {name} {verb}.", [Expect(content, "indirect", name, None)]
            )
        elif shape == 1:
            content = f"{fs} {fv} {op}{frag},{cl}"
            yield Case("", "asfinal", f"{content} as {name} {verb}.", [Expect(content, "mixed", name, None)])
        else:
            content = f"{op}{quote},{cl}"
            text = f"{content} as {name} {verb}."
            yield Case("", "asfinal", text, [Expect(content, "direct", name, None)])


def as_medial() -> Iterator[Case]:
    """'S, as NAME noted, P.' / 'S V, as NAME put it, "Q."' -> one content S..P by NAME."""
    combos = itertools.product(AS_VERBS, PEOPLE, CLAUSES, FRAGMENTS, MARKS, (True, False))
    for verb, (name, _), (subj, pred), (fs, fv, frag), (op, cl), mixed in sample(combos, 180, "h31-asmed"):
        if mixed:
            quote = f"{op}{frag}.{cl}"
            text = f"{fs} {fv}, as {name} {verb}, {quote}"
            yield Case("", "asmed", text, [Expect(quote, "direct", name, None)])
        else:
            content = f"{subj}, as {name} {verb}, {pred}"
            yield Case("", "asmed", f"{content}.", [Expect(content, "indirect", name, None)])


def as_fronted() -> Iterator[Case]:
    """(works) 'As NAME put it, C.' / 'In the words of NAME, C.' / 'According to NAME, C.'."""
    openers = ("As {who} put it", "As {who} noted", "In the words of {who}", "According to {who}")
    combos = itertools.product(openers, PEOPLE, CLAUSES)
    for opener, (name, _), (subj, pred) in sample(combos, 80, "h31-asfront"):
        content = _clause(_lower(subj), pred)
        text = f"{opener.format(who=name)}, {content}."
        yield Case("", "asfront", text, [Expect(content, "indirect", name, None)])


def titled_source() -> Iterator[Case]:
    """'C, as the ROLE, NAME, put it.' / 'S, as NAME, a ROLE, noted, P.' / 'C, in the words of NAME,
    a ROLE.' -> NAME with the role as title."""
    combos = itertools.product(ROLES, PEOPLE, CLAUSES, range(3))
    for (role, head), (name, _), (subj, pred), shape in sample(combos, 120, "h31-titled"):
        if shape == 0:
            content = _clause(subj, pred)
            text = f"{content}, as the {role}, {name}, put it."
            yield Case("", "titled", text, [Expect(content, "indirect", name, Contains(head))])
        elif shape == 1:
            content = f"{subj}, as {name}, a {role}, noted, {pred}"
            yield Case("", "titled", f"{content}.", [Expect(content, "indirect", name, Contains(head))])
        else:
            content = _clause(subj, pred)
            text = f"{content}, in the words of {name}, a {role}."
            yield Case("", "titled", text, [Expect(content, "indirect", name, Contains(head))])


def pronoun_source() -> Iterator[Case]:
    """'NAME, a ROLE, has inspected the pier. C, as she put it.' / 'In her view, C.' / 'C, as the
    ROLE noted.' -> C by NAME (the pronoun or description resolved)."""
    combos = itertools.product(ROLES, PEOPLE, CLAUSES, range(4))
    for (role, _), (name, g), (subj, pred), shape in sample(combos, 120, "h31-pron"):
        pos, subj_pron = _pron(g)
        lead = f"{name}, a {role}, inspected the pier on Monday."
        content = _clause(subj, pred)
        if shape == 0:
            text = f"{lead} {content}, as {subj_pron} put it."
        elif shape == 1:
            content = _clause(_lower(subj), pred)
            text = f"{lead} In {pos} view, {content}."
        elif shape == 2:
            text = f"{lead} {content}, as the {role} noted."
        else:
            content = f"{subj}, in {pos} words, {pred}"
            text = f"{lead} {content}."
        yield Case("", "pron", text, [Expect(content, "indirect", name)])


def boundaries() -> Iterator[Case]:
    """'Of course, as NAME observed, C.' -> C; '... - C, as NAME said - ...' -> C (the aside);
    'Just a week ago, as NAME reported, C.' -> the whole clause (a fronted time phrase is part of
    what was reported)."""
    combos = itertools.product(PEOPLE, CLAUSES, range(3))
    for (name, _), (subj, pred), shape in sample(combos, 90, "h31-bounds"):
        content = _clause(_lower(subj), pred)
        if shape == 0:
            text = f"Of course, as {name} observed, {content}."
        elif shape == 1:
            text = f"On Monday, at the hall by the harbour - {content}, as {name} said - the crowd was quiet."
        else:
            content = f"Just a week ago, as {name} reported, {content}"
            text = f"{content}."
        yield Case("", "bounds", text, [Expect(content, "indirect", name, None)])


def guard_interrupted() -> Iterator[Case]:
    """'The board's reasons for, in NAME's view, closing the pier remain unclear.' -> no quote: a
    possessor's aside inside a phrase reports nothing."""
    frames = (
        "The board's reasons for, in {who}'s view, closing the pier remain unclear.",
        "The pier was closed for, in {who}'s view, no good reason.",
        "The mill owners were, in {pos} view, slow to act.",
    )
    combos = itertools.product(frames, PEOPLE)
    for frame, (name, g) in sample(combos, 42, "h31-gint"):
        yield Case("", "gint", frame.format(who=name, pos=_pron(g)[0]), [], exact=True)


def guard_as_other() -> Iterator[Case]:
    """*as* of time, cause, comparison and expectation credits nobody: no quotation."""
    frames = (
        "The ferry left the quay as {who} arrived.",
        "As {who} arrived, the crowd cheered.",
        "The new hall is as big as {who}'s old barn.",
        "Engineers such as {who} inspected the pier.",
        "The ferry sank in March, as {who} had expected.",
        "The mill closed, as {who} had feared.",
        "As {who} walked in, the lights went out.",
        "The pier was repaired as {who} watched.",
        "The harbour froze early, just as {who} had hoped.",
    )
    combos = itertools.product(frames, PEOPLE)
    for frame, (name, _) in sample(combos, 90, "h31-gas"):
        yield Case("", "gas", frame.format(who=name), [], exact=True)


def guard_not_speech() -> Iterator[Case]:
    """*in NAME's novel*, *in full view*, *in NAME's garden*: no quotation."""
    frames = (
        "In {who}'s novel, the ferry sinks in the last chapter.",
        "The ferry sank in full view of the harbour.",
        "In {who}'s garden, the roses bloomed early.",
        "The mill burned in full view of {who}.",
        "The ferry was moored in {who}'s boathouse.",
        "In {who}'s last film, the bridge collapses.",
    )
    combos = itertools.product(frames, PEOPLE)
    for frame, (name, _) in sample(combos, 60, "h31-gns"):
        yield Case("", "gns", frame.format(who=name), [], exact=True)


def guard_other_speaker() -> Iterator[Case]:
    """'NAME said C, as NAME2 had noted.' -> C by NAME (the comment clause is an aside); 'In its
    judgment, the High Court said C.' -> the court (a court's judgment is no possessive credit)."""
    combos = itertools.product(PEOPLE, PEOPLE, CLAUSES)
    items = [c for c in combos if c[0] != c[1]]
    for (name, _), (other, _), (subj, pred) in sample(items, 60, "h31-gother"):
        content = _clause(_lower(subj), pred)
        text = f"{name} said {content}, as {other} had noted."
        yield Case(
            "",
            "gother",
            text,
            [Expect(content, "indirect", name)],
            exact=False,
            wrong_speakers=[(content, other)],
        )
    courts = ("High Court", "Appeal Court", "Land Court")
    for court, (subj, pred) in itertools.product(courts, CLAUSES):
        content = _clause(_lower(subj), pred)
        text = f"In its judgment, the {court} said {content}."
        yield Case("", "gother", text, [Expect(content, "indirect", court)])


#: Further shapes: (template with {who}, {content} and {quote}, the expected content template, kind).
MORE_SHAPES = (
    ("{content}, as {who} told reporters on Tuesday.", "{content}", "indirect"),
    (
        "{subj}, as {who} wrote in a letter to the council, {pred}.",
        "{subj}, as {who} wrote in a letter to the council, {pred}",
        "indirect",
    ),
    ("\u2018{quote},\u2019 as {who} put it.", "\u2018{quote},\u2019", "direct"),
    ("In the opinion of {who}, {lcontent}.", "{lcontent}", "indirect"),
    ("{subj}, in the opinion of {who}, {pred}.", "{subj}, in the opinion of {who}, {pred}", "indirect"),
    ("{fs} {fv}, in {who}'s estimation, \u201c{frag}.\u201d", "\u201c{frag}.\u201d", "direct"),
    ("{fs} {fv}, to use {who}'s phrase, \u201c{frag}.\u201d", "\u201c{frag}.\u201d", "direct"),
    ("{content}, as {who} explained in a statement.", "{content}", "indirect"),
)


def more_forms() -> Iterator[Case]:
    """Other cue shapes and marks: *as X told reporters on Tuesday*, *as X wrote in a letter*,
    single marks, *in the opinion of X*, *in X's estimation*, *to use X's phrase* -> X."""
    combos = itertools.product(MORE_SHAPES, PEOPLE, CLAUSES, FRAGMENTS, QUOTES)
    for (shape, want, kind), (name, _), (subj, pred), (fs, fv, frag), quote in sample(
        combos, 160, "h31-more"
    ):
        slots = {
            "who": name,
            "content": _clause(subj, pred),
            "lcontent": _clause(_lower(subj), pred),
            "subj": subj,
            "pred": pred,
            "fs": fs,
            "fv": fv,
            "frag": frag,
            "quote": quote,
        }
        text = shape.format(**slots)
        yield Case("", "more", text, [Expect(want.format(**slots), kind, name, None)])


def guard_more() -> Iterator[Case]:
    """'In his words and deeds, NAME showed restraint.' / 'Everything in her words was checked
    twice.' / 'The fees were raised in the opinion of many.' -> no quotation."""
    frames = (
        "In {pos} words and deeds, {who} showed restraint.",
        "The banner printed {who}'s phrase in large letters.",
        "Everything in {pos} words was checked twice.",
        "The fees were raised in the opinion of many.",
    )
    combos = itertools.product(frames, PEOPLE)
    for frame, (name, g) in sample(combos, 48, "h31-gmore"):
        yield Case("", "gmore", frame.format(who=name, pos=_pron(g)[0]), [], exact=True)


ROUND28_H31ADJUNCT: tuple[Capability, ...] = (
    named("adjunct.possessive_fronted", "2", "In NAME's words/view, C -> C by NAME", possessive_fronted),
    named(
        "adjunct.possessive_final", "2", "C, in NAME's view / to use NAME's phrase -> NAME", possessive_final
    ),
    named(
        "adjunct.possessive_medial",
        "2",
        "S, in NAME's words (in the words of, to quote NAME), P -> S..P; S was, in NAME's words, 'Q' -> Q",
        possessive_medial,
    ),
    named("adjunct.to_quote", "2", 'To quote NAME, "Q." -> NAME (direct / mixed)', to_quote),
    named("adjunct.as_final", "2", "C, as NAME put it / noted / told the Gazette -> NAME", as_final),
    named(
        "adjunct.as_medial", "2", "S, as NAME noted, P -> S..P; S was, as NAME put it, 'Q' -> Q", as_medial
    ),
    named(
        "adjunct.as_fronted", "2", "(works) As NAME put it, C / In the words of NAME, C -> NAME", as_fronted
    ),
    named(
        "adjunct.titled_source",
        "2",
        "C, as the ROLE, NAME, put it / S, as NAME, a ROLE, noted, P -> NAME (ROLE)",
        titled_source,
    ),
    named(
        "adjunct.pronoun_source",
        "2",
        "C, as she put it / In her view, C -> the person resolved",
        pronoun_source,
    ),
    named(
        "adjunct.boundaries",
        "2",
        "Of course, as NAME observed, C -> C; - C, as NAME said - -> C; Just a week ago, as NAME reported, C",
        boundaries,
    ),
    named(
        "adjunct.guard_interrupted",
        "2",
        "The board's reasons for, in NAME's view, closing the pier remain unclear -> no quote",
        guard_interrupted,
    ),
    named(
        "adjunct.more_forms",
        "2",
        "C, as NAME told reporters / in the opinion of NAME / in NAME's estimation, 'Q' -> NAME",
        more_forms,
    ),
    named(
        "adjunct.guard_more",
        "2",
        "In his words and deeds, ...; everything in her words was; in the opinion of many: no quote",
        guard_more,
    ),
    named(
        "adjunct.guard_as_other", "2", "as of time, cause, comparison, expectation: no quote", guard_as_other
    ),
    named("adjunct.guard_not_speech", "2", "in NAME's novel, in full view: no quote", guard_not_speech),
    named(
        "adjunct.guard_other_speaker",
        "2",
        "NAME said C, as NAME2 had noted -> C by NAME, never NAME2",
        guard_other_speaker,
    ),
)
