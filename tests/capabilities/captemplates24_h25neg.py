"""Development capabilities added on branch ``h25neg`` in the twenty-fifth round: a cue verb
whose object says that nothing was reported is no quotation, and a negative quantifier is never
a speaker.

* *Nobody said the bridge was safe.*, *None of the councillors claimed that C.*, *Neither
  candidate told reporters C.*, *Neither A nor B said C.*: PolNeAR marks such reports with the
  negative phrase as the source (train rows checked in round 25), so quotex keeps them with the
  whole phrase as the speaker; never a person named inside it (*B*) or a tail of it (*senator*).
* *NAME said nothing more.*, *NAME said little else during the hearing.*, *NAME did not say
  anything when the lights went out.*: a bare quantifier object (with *more*, *else*, *new*,
  *further*, *of substance*) and an adjunct is no content; so is *Nobody said anything when ...*.
* Guards: *NAME said nothing had changed.* (the quantifier is the content's subject),
  *No one was hurt, NAME said.* (a negative word in the content, or before a speaker), *NAME said
  little else, but added: "C."* (the direct quotation stays), *NAME declined to comment but said
  C* (the later report stays), and *NAME has said little about the plan* (a topic after
  *about*: PolNeAR annotates it as an attribution, so quotex keeps it).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_H25NEG` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Named speakers of several cultures.
PEOPLE = (
    "Marta Ruiz",
    "Kwame Asante",
    "Ingrid Solberg",
    "Hiroshi Tanaka",
    "Aisha Bello",
    "Dmitri Volkov",
    "Priya Raghavan",
    "Seamus O'Leary",
    "Nguyen Thi Lan",
    "Fatima Zahra Benali",
)
#: Openers before the sentence.
OPENERS = ("", "On Monday, ", "At the hearing, ", "So far, ", "In Tromso, ")
#: Negative subjects (quantifiers, a negated determiner, a negated coordination of two names).
NEG_SUBJECTS = (
    "nobody",
    "no one",
    "none of the residents",
    "none of them",
    "none of the five councillors",
    "neither candidate",
    "neither of the ministers",
    "no official",
    "no spokesperson for the utility",
    "not one tenant",
    "not a single witness",
    "neither Kwame Asante nor Ingrid Solberg",
)
#: Cue verbs after a negative subject.
NEG_CUES = (
    "said",
    "has said",
    "claimed",
    "told reporters",
    "publicly suggested",
    "has ever argued",
    "told the inquiry",
)
#: Contents the negative subject did not report.
NEG_CONTENTS = (
    "the bridge was safe",
    "that the tenants had been warned",
    "the water was fit to drink",
    "that the fares would rise in March",
    "the depot would stay open",
)


def _opened(opener: str, rest: str) -> str:
    """*rest* after *opener*, capitalised when there is no opener."""
    return f"{opener}{rest}" if opener else rest[:1].upper() + rest[1:]


def negative_subject() -> Iterator[Case]:
    """'Nobody said C.', 'Neither A nor B told reporters C.': PolNeAR marks the report with the
    negative phrase as its source, and so does quotex; never a person or a tail of the phrase
    ('Ingrid Solberg', 'senator', 'one tenant') as the speaker."""
    combos = itertools.product(OPENERS, NEG_SUBJECTS, NEG_CUES, NEG_CONTENTS)
    for opener, subject, cue, content in sample(combos, 260, "h25neg-negative-subject"):
        text = _opened(opener, f"{subject} {cue} {content}.")
        phrase = subject if opener else subject[:1].upper() + subject[1:]
        tails = ("Kwame Asante", "Ingrid Solberg", "senator", "candidate", "one tenant", "of the ministers")
        wrong = [(content, w) for w in tails]
        yield Case(
            "", f"neg|{subject.split()[0]}", text, [Expect(content, "indirect", phrase)], True, (), wrong
        )


#: Quantifier objects, with the cues they take (a positive cue, or a negated one for *anything*).
QUANTIFIERS = (
    ("nothing", ("said", "has said", "revealed", "told reporters", "disclosed")),
    ("little", ("said", "has said", "revealed", "offered", "told the committee")),
    ("very little", ("said", "has said", "disclosed", "told reporters")),
    ("anything", ("did not say", "would not say", "has not said", "never said", "didn't say")),
    ("much", ("did not say", "has not said", "would not reveal")),
)
#: Words after the quantifier that still leave no content.
MODIFIERS = ("", " more", " else", " new", " further", " of substance")
#: What follows: the sentence's end or an adjunct.
TAILS = (
    ".",
    " when asked.",
    " during the two-hour hearing.",
    " as the session closed.",
    " on Monday.",
    " at the briefing.",
    " to reporters outside the court.",
    " in a brief statement.",
    " before leaving the building.",
    " because the talks were still under way.",
)


#: Negative subjects before 'said anything' (the brief's 'Nobody said anything when ...').
NOBODY = ("Nobody", "No one", "None of the officials", "Neither minister")


def quantified_object() -> Iterator[Case]:
    """'NAME said nothing more.', 'NAME did not say anything when asked.', 'Nobody said anything
    when the lights went out.': no quotation."""
    combos = itertools.product(PEOPLE, range(len(QUANTIFIERS)), range(5), MODIFIERS, TAILS)
    for name, qi, ci, mod, tail in sample(combos, 300, "h25neg-quantified-object"):
        quant, cues = QUANTIFIERS[qi]
        cue = cues[ci % len(cues)]
        text = f"{name} {cue} {quant}{mod}{tail}"
        yield Case("", f"quant|{quant}", text, [], True, (), [])
    for subject, cue, tail in sample(
        itertools.product(NOBODY, ("said", "has said", "told reporters"), TAILS[1:]),
        60,
        "h25neg-nobody-anything",
    ):
        yield Case("", "quant|nobody", f"{subject} {cue} anything{tail}", [], True, (), [])


#: Clauses whose subject is a quantifier: content of a report.
QUANT_CLAUSES = (
    "nothing had changed",
    "nothing would be decided before May",
    "little had been done to fix the roof",
    "much of the money had gone on consultants",
    "none of the families had been told",
    "nobody had been hurt",
    "no one was injured in the blast",
    "nothing was ruled out",
    "little else mattered to the voters",
    "nothing more could be done",
    "little, if anything, had changed",
    "nothing in the report was false",
    "much, if not all, of the money had gone",
)
#: Cues before such a clause.
REPORT_CUES = ("said", "told reporters", "insisted", "claimed", "has said")


def nothing_inside_content() -> Iterator[Case]:
    """'NAME said nothing had changed.', 'Nothing had changed, NAME said.': the quantifier is
    the subject of the content; a report with its speaker."""
    combos = itertools.product(PEOPLE, REPORT_CUES, QUANT_CLAUSES, range(2))
    for name, cue, clause, shape in sample(combos, 200, "h25neg-nothing-inside"):
        if shape == 0:
            text = f"{name} {cue} {clause}."
            yield Case("", "inside|before", text, [Expect(clause, "indirect", name)])
        else:
            content = clause[:1].upper() + clause[1:]
            text = f"{content}, {name} said."
            yield Case("", "inside|after", text, [Expect(content, "indirect", name)])


#: Direct quotations (without their closing punctuation).
QUOTES = (
    "We will be back",
    "This is not the end of the matter",
    "The families deserve answers",
    "Nobody should have to wait this long",
)
#: The withholding clause before the direct quotation.
LITTLE_ELSE = (
    "said little else, but added:",
    "said nothing more, but added:",
    "said nothing further, but later told reporters:",
    "said little else on Monday, but wrote on social media:",
    "revealed nothing new, but added:",
)
#: Quotation marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def said_little_else_then_quote() -> Iterator[Case]:
    """'NAME said little else, but added: "C."': the direct quotation stays NAME's, and the
    withholding clause is no quotation."""
    combos = itertools.product(PEOPLE, LITTLE_ELSE, QUOTES, MARKS)
    for name, clause, quote, (o, c) in sample(combos, 120, "h25neg-little-else"):
        marked = f"{o}{quote}.{c}"
        text = f"{name} {clause} {marked}"
        yield Case("", f"else|{clause.split()[1]}", text, [Expect(marked, "direct", name)])


#: A withholding clause, then a report of the same speaker: (withheld, joiner, content).
DECLINED = (
    ("declined to comment on the plan", " but said", "the bill would pass"),
    ("would not say whether the depot would close", ", but said", "talks were continuing"),
    ("refused to say when the vote would be held", " but said", "it would come before May"),
    ("did not say how many jobs would go", " but said", "the plant would stay open"),
    ("declined to name the buyer", ", saying", "the talks were confidential"),
    ("would not say who had signed the order", ", but told reporters", "the order was lawful"),
)


def declined_then_said() -> Iterator[Case]:
    """'NAME declined to comment but said C': the later report C stays NAME's (the withheld
    clause is not checked: PolNeAR annotates *declined to comment* and quotex follows it)."""
    combos = itertools.product(PEOPLE, DECLINED, OPENERS)
    for name, (withheld, joiner, content), opener in sample(combos, 150, "h25neg-declined-said"):
        text = _opened(opener, f"{name} {withheld}{joiner} {content}.")
        yield Case("", f"declined|{withheld.split()[0]}", text, [Expect(content, "indirect", name)], False)


#: Sentences with a negative word that is no subject of the cue: (template, content).
NEG_ELSEWHERE = (
    ("No one was hurt, {n} said.", "No one was hurt"),
    ("Nobody has been arrested, {n} told reporters.", "Nobody has been arrested"),
    ("Neither side has agreed to the terms, {n} said.", "Neither side has agreed to the terms"),
    ("None of the money has been spent, {n} said.", "None of the money has been spent"),
    ("None the less, {n} said the plan would go ahead.", "the plan would go ahead"),
    ("Not surprisingly, {n} said the vote was unfair.", "the vote was unfair"),
    ("No longer a minister, {n} said the party had lost its way.", "the party had lost its way"),
    ("{n} said no one had warned the tenants.", "no one had warned the tenants"),
    ("{n} told reporters that neither offer was acceptable.", "that neither offer was acceptable"),
)


def negative_elsewhere() -> Iterator[Case]:
    """'No one was hurt, NAME said.', 'None the less, NAME said C.': the negative word is in the
    content or before the speaker; the report stays NAME's."""
    combos = itertools.product(PEOPLE, NEG_ELSEWHERE)
    for name, (template, content) in sample(combos, 90, "h25neg-neg-elsewhere"):
        text = template.format(n=name)
        yield Case("", "elsewhere", text, [Expect(content, "indirect", name)])


#: Topics after *about*: the shape PolNeAR annotates as an attribution (the topic its content).
TOPICS = ("the plan", "the delay", "how the fund would be paid for", "the new contract")
#: Cues with a quantifier before *about*.
ABOUT_CUES = ("has said little", "said little", "has said nothing", "said nothing")


def said_little_about_kept() -> Iterator[Case]:
    """'NAME has said little about the plan.': kept as PolNeAR annotates it (an attribution
    whose content names the topic), NAME's; the quantifier veto does not reach a topic."""
    combos = itertools.product(PEOPLE, ABOUT_CUES, TOPICS)
    for name, cue, topic in sample(combos, 60, "h25neg-little-about"):
        quant = cue.split()[-1]
        text = f"{name} {cue} about {topic}."
        yield Case("", f"about|{quant}", text, [Expect(f"{quant} about {topic}", "indirect", name)])


ROUND24_H25NEG: tuple[Capability, ...] = (
    named(
        "speaker.negative_subject_phrase",
        "-",
        "Nobody / Neither A nor B said C: the whole negative phrase speaks (as PolNeAR), no person in it",
        negative_subject,
    ),
    named(
        "nonreport.quantified_object",
        "-",
        "NAME said nothing more / did not say anything when asked: no quotation",
        quantified_object,
    ),
    named(
        "report.nothing_inside_content",
        "-",
        "NAME said nothing had changed: a report, NAME's (guard)",
        nothing_inside_content,
    ),
    named(
        "report.said_little_else_then_quote",
        "-",
        'NAME said little else, but added: "C.": the direct quote only, NAME\'s (guard)',
        said_little_else_then_quote,
    ),
    named(
        "report.declined_then_said",
        "-",
        "NAME declined to comment on X but said C: C stays NAME's (guard)",
        declined_then_said,
    ),
    named(
        "report.negative_not_subject",
        "-",
        "No one was hurt, NAME said / None the less, NAME said C: NAME's (guard)",
        negative_elsewhere,
    ),
    named(
        "report.said_little_about_kept",
        "-",
        "NAME has said little about X: kept as PolNeAR annotates it, NAME's (guard)",
        said_little_about_kept,
    ),
)
