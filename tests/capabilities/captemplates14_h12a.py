"""Development capabilities added on branch ``h12a`` in the fifteenth round: quotations that are
names, labels or slogans rather than anyone's words, and the spans of reports around them. A
naming verb whose object is a relative gap (`what they call "X"`, `a cove divers have long
called "The Y"`, `what tenants described as "x-y" fees`); a label after a label participle or
noun (`a notice headed "X"`, `with the motto "X"`, `the chant that ..., "X"`); a cue verb
inside an object relative clause (`The bridge, which NAME announced in May, ...`); a hyphenated
compound, never a cue (`a Leeds think-tank, said`); an aside inside a that-less reported clause
(`said the council, facing a vote, could not back down`); a naming's adjunct with a relative
clause (`called X "Y" for a town that ...`); an elided perfect (`that it had sent X and asked
that Y`); an infinitive of purpose (`NAME cut in to say that C`). Positive controls keep a
named speaker's naming and a crowd's description. People, places, bodies and sentences of our
own.

``captemplates.py`` adds :data:`ROUND14_H12A` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Full names of invented people.
PEOPLE = (
    "Oriane Vasquez-Lind",
    "Tadeusz Okafor",
    "Halldora Brennan",
    "Cosimo Adeyemi",
    "Rukmini Castellanos",
    "Fintan Nakashima",
)
#: Quotation marks: (open, close).
MARKS = (('"', '"'), ("“", "”"))

#: Present-tense namers with a gapped object: (subject, verb).
PRESENT_NAMERS = (
    ("they", "call"),
    ("locals", "call"),
    ("she", "calls"),
    ("the farmers", "call"),
    ("he", "calls"),
)
#: Lower-case terms a namer uses.
TERMS = ("ghost firms", "paper schools", "rent traps", "shadow depots", "night markets")
#: Main clauses (no reporting verb) that take the naming as their object.
TERM_FRAMES = (
    "Inspectors spent a year tracking what {who} {verb} {term}, shell companies near the docks.",
    "The council closed what {who} {verb} {term} in the old quarter last spring.",
    "Police raided what {who} {verb} {term} across the county on Monday.",
)


def present_gapped_naming() -> Iterator[Case]:
    """`... what they call "X", ...`: a habitual naming with a gapped object gives a term, no
    quotation and no speaker."""
    combos = itertools.product(range(len(PRESENT_NAMERS)), TERMS, range(len(TERM_FRAMES)), MARKS)
    for n, term, f, (o, c) in sample(combos, 120, "h12a_present_naming"):
        who, verb = PRESENT_NAMERS[n]
        text = TERM_FRAMES[f].format(who=who, verb=verb, term=f"{o}{term}{c}")
        yield Case("", f"present|{verb}", text, [])


#: Title-case names a crowd gives a place by habit.
PLACE_NAMES = ("the Kettle", "the Long Drop", "Gull Corner", "the Cauldron", "Dead Man's Steps")
#: Crowds that name by habit: (crowd, habitual verb group).
CROWDS = (
    ("divers", "have long called"),
    ("hikers", "have always called"),
    ("residents", "still call"),
    ("fishermen", "have long called"),
)
#: Places the name belongs to.
PLACES = ("a cove", "a bend in the river", "a quarry", "a stretch of cliff")


def crowd_habitual_name() -> Iterator[Case]:
    """`The road ends at a cove divers have long called "the Kettle."`: a contact relative
    whose crowd names a place by habit; the name is nobody's statement."""
    combos = itertools.product(PLACE_NAMES, range(len(CROWDS)), PLACES, MARKS)
    for name, k, place, (o, c) in sample(combos, 120, "h12a_crowd_name"):
        crowd, verb = CROWDS[k]
        text = f"The new road ends near {place} {crowd} {verb} {o}{name}.{c}"
        yield Case("", f"crowd|{crowd}", text, [])


#: Hyphenated terms that modify a noun after the closing mark: (term, noun).
MODIFIER_TERMS = (
    ("pay-to-stay", "fees"),
    ("cash-for-keys", "offers"),
    ("rent-to-own", "deals"),
    ("buy-now", "loans"),
)


def term_before_noun() -> Iterator[Case]:
    """`The union logged what tenants described as "pay-to-stay" fees, ...`: the quoted term
    modifies the noun after it; a label, no quotation."""
    combos = itertools.product(range(len(MODIFIER_TERMS)), ("tenants", "residents", "borrowers"), MARKS)
    for t, crowd, (o, c) in sample(combos, 60, "h12a_term_noun"):
        term, noun = MODIFIER_TERMS[t]
        text = f"The union logged what {crowd} described as {o}{term}{c} {noun}, charges of up to $400."
        yield Case("", f"term|{noun}", text, [])


#: Descriptions a named speaker gives (lower case: an evaluation, a quotation).
DESCRIPTIONS = (
    "a reckless gamble",
    "an insult to every tenant",
    "a gift to the developers",
    "a slow disaster",
)


def naming_controls() -> Iterator[Case]:
    """Positive controls: `NAME called the plan "a reckless gamble" on Monday.` and `The
    report, which critics called "a slow disaster," was published.` stay quotations."""
    combos = itertools.product(PEOPLE, DESCRIPTIONS, MARKS, range(2))
    for name, desc, (o, c), shape in sample(combos, 120, "h12a_naming_controls"):
        if shape == 0:
            text = f"{name} called the plan {o}{desc}{c} on Monday."
            yield Case("", "named", text, [Expect(f"the plan {o}{desc}{c}", "mixed", name)])
        else:
            quote = f"{o}{desc},{c}"
            text = f"The report, which critics called {quote} was published on Tuesday."
            yield Case("", "critics", text, [Expect(quote, "direct", "critics")])


#: Labelled things: (phrase before the label, label).
LABEL_FRAMES = (
    "{name}'s office announced the closure in a short notice on its website headed {label}.",
    "The bridge, which {name} announced last spring with the motto {label}, will open in May.",
    "The ferry line, which {name} launched in 2019 with the slogan {label}, was sold on Friday.",
    "The supporters answered with the chant that has followed {name} for years, {label}, as the bus left.",
)
#: Labels in title case or sentence case.
LABELS = ("Winter Hours", "Crossing Together", "Built on the Tyne", "Ferry for the many", "Service Changes")


def label_phrases() -> Iterator[Case]:
    """A heading, motto, slogan or chant in marks is a label: no quotation overlapping it may be
    credited to NAME (or to the one who carries it)."""
    combos = itertools.product(PEOPLE, range(len(LABEL_FRAMES)), LABELS, MARKS)
    for name, f, label, (o, c) in sample(combos, 160, "h12a_labels"):
        marked = f"{o}{label}{c}"
        text = LABEL_FRAMES[f].format(name=name, label=marked)
        wrong = [(marked, name), (marked, "supporters")]
        yield Case("", f"label|{f}", text, [], False, (), wrong)


#: Hyphenated bodies before a credit.
HYPHEN_BODIES = (
    "a Leeds think-tank",
    "a Bristol think-tank",
    "a well-known think-tank",
    "a not-for-profit lobby",
)
#: Reported clauses.
CLAUSES = ("both sides had dug in", "the talks would resume in June", "the levy was never tested in court")


def hyphen_compound_credit() -> Iterator[Case]:
    """`NAME, a fellow at a Leeds think-tank, said C.`: a hyphenated compound holds no cue (not
    *think*), and the apposition does not hide the speaker."""
    combos = itertools.product(PEOPLE, HYPHEN_BODIES, CLAUSES)
    for name, body, clause in sample(combos, 120, "h12a_hyphen"):
        text = f"{name}, a fellow at {body}, said {clause}."
        yield Case("", f"hyphen|{body.split()[-1]}", text, [Expect(clause, "indirect", name)])


#: Subjects, participle asides and predicates of a that-less reported clause.
ASIDE_CLAUSES = (
    ("the council", "facing a by-election this month", "could not be seen to back down"),
    ("the ministry", "stung by the ruling", "would appeal within a week"),
    ("the board", "meeting in private", "had already chosen a buyer"),
)


def aside_in_thatless_clause() -> Iterator[Case]:
    """`NAME said the council, facing a vote, could not back down.`: the commas set off an aside
    inside the reported clause's subject; the content runs on to its verb."""
    combos = itertools.product(PEOPLE, range(len(ASIDE_CLAUSES)), ("said", "says"))
    for name, k, verb in sample(combos, 60, "h12a_aside"):
        subject, aside, predicate = ASIDE_CLAUSES[k]
        content = f"{subject}, {aside}, {predicate}"
        text = f"{name} {verb} {content}."
        yield Case("", f"aside|{verb}", text, [Expect(content, "indirect", name)])


def naming_adjunct_relative() -> Iterator[Case]:
    """`NAME called the ban "a self-made trap" for a city that has ...`: the adjunct's noun
    carries a relative clause; the naming's content ends at the quotation."""
    combos = itertools.product(PEOPLE, ("a self-made trap", "an own goal", "a costly error"), MARKS)
    for name, desc, (o, c) in sample(combos, 60, "h12a_adjunct"):
        content = f"the ban {o}{desc}{c}"
        text = f"{name} called {content} for a city that has spent a decade courting tourists."
        yield Case("", "adjunct", text, [Expect(content, "mixed", name)])


def elided_perfect() -> Iterator[Case]:
    """`NAME said that she had sent her "X" to the envoy and asked that Y.`: *asked* shares the
    perfect's *had*; one content, not two."""
    combos = itertools.product(PEOPLE, ("strong objection", "deep regret"), MARKS)
    for name, feeling, (o, c) in sample(combos, 40, "h12a_perfect"):
        content = f"that she had sent her {o}{feeling}{c} to the envoy and asked that the fee be dropped"
        text = f"{name} said in a letter {content}."
        yield Case("", "perfect", text, [Expect(content, "mixed", name)])


#: Verbs of stepping in before an infinitive of purpose.
PURPOSE_VERBS = ("cut in", "stood up", "rose", "came back")


def purpose_infinitive() -> Iterator[Case]:
    """`NAME cut in to say that C.`: the subject of a verb of stepping in is the speaker of its
    infinitive of purpose."""
    combos = itertools.product(PEOPLE, PURPOSE_VERBS, CLAUSES)
    for name, verb, clause in sample(combos, 60, "h12a_purpose"):
        text = f"{name} {verb} to say that {clause}."
        yield Case("", f"purpose|{verb}", text, [Expect(f"that {clause}", "indirect", name)])


ROUND14_H12A: tuple[Capability, ...] = (
    named("not_quotes.present_gapped_naming", "-", 'what they call "X": a term', present_gapped_naming),
    named(
        "not_quotes.crowd_habitual_name", "-", 'a cove divers have long called "The Y"', crowd_habitual_name
    ),
    named("not_quotes.term_before_noun", "-", 'what tenants described as "x-y" fees', term_before_noun),
    named("quotes.naming_controls", "-", 'NAME called X "Y"; which critics called "Y"', naming_controls),
    named("not_quotes.label_phrases", "-", 'headed / motto / slogan / chant "X": a label', label_phrases),
    named(
        "cues.hyphen_compound_credit",
        "-",
        "NAME, a fellow at a Leeds think-tank, said C",
        hyphen_compound_credit,
    ),
    named(
        "content.aside_in_thatless_clause", "-", "NAME said SUBJ, ASIDE, PREDICATE.", aside_in_thatless_clause
    ),
    named("content.naming_adjunct_relative", "-", 'called X "Y" for a N that ...', naming_adjunct_relative),
    named("cues.purpose_infinitive", "-", "NAME cut in to say that C.", purpose_infinitive),
    named("content.elided_perfect", "-", "said that she had sent X and asked that Y", elided_perfect),
)

__all__ = ["ROUND14_H12A"]
