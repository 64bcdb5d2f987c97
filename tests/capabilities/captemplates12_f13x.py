"""Development capabilities added on branch ``f13x`` in the thirteenth round: findings that
report nothing (the addressee of *responding to*, *replying to*, *questioned*, *interviewed*;
the noun in `the PLACE show with "TITLE"` and in `has renewed calls for`; the verb of an
indirect question, `was asked whether he expected ...`), the content of a mixed report that
ends at its quotation before a clause of time in the past, hyphenated given names whose second
syllable is in lower case before the family name (`Hye-jin Seo`), and an interview's answers
labelled by the interviewee's surname after `Q:` turns. People, places, bodies and sentences
of our own.

``captemplates.py`` adds :data:`ROUND12_F13X` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, surname, pronoun).
PEOPLE = (
    ("Ilsabet Varga-Lindqvist", "Varga-Lindqvist", "she"),
    ("Corentin Abgrall", "Abgrall", "he"),
    ("Mthunzi Dlamini-Okafor", "Dlamini-Okafor", "he"),
    ("Roisin Ni Bhraonain", "Bhraonain", "she"),
    ("Teodoro Villaseñor", "Villaseñor", "he"),
    ("Aoife Brennan-Kirby", "Brennan-Kirby", "she"),
)
#: Other people: the addressee, the one questioned.
OTHERS = ("Kasimir Ostrowski", "Lucinda Oyelowo", "Benedek Halmi", "Yara Castellanos")
QUOTES = (
    "The sluice was left open for a week",
    "Our drivers have not had a rise since 2019",
    "Nobody warned the school about the closure",
    "We will rebuild the pavilion before the summer",
)
DAYS = ("Monday", "Wednesday", "Friday", "Saturday")


def addressee_not_content() -> Iterator[Case]:
    """`X, responding to Y, said: "C."`, `"C," X said, replying to Y.`, `X questioned Y for two
    hours on DAY.`: the person the words went to (or who was questioned) is no content; only the
    quotation comes out, credited to X."""
    combos = itertools.product(PEOPLE, OTHERS, range(6), MARKS, range(len(QUOTES)))
    for (full, _sur, _pron), other, shape, m, k in sample(combos, 200, "f13x_addressee"):
        quote, day = QUOTES[k], DAYS[k % len(DAYS)]
        if shape == 4:
            text = f"{full} questioned {other} for two hours on {day}."
            yield Case("", "questioned", text, [])
            continue
        if shape == 5:
            text = f"{full}, the committee chair, interviewed {other} on {day} afternoon."
            yield Case("", "interviewed", text, [])
            continue
        q = m.q(quote + ".")
        text = (
            f"{full}, responding to {other}, said: {q}",
            f"{full}, replying to {other}, said: {q}",
            f"{m.q(quote + ',')} {full} said, responding to {other}.",
            f"{full}, who was responding to {other}, said: {q}",
        )[shape]
        content = m.q(quote + ",") if shape == 2 else q
        yield Case("", f"addressee|{shape}", text, [Expect(content, "direct", full)])


#: Nouns after a name modifier that look like cue verbs, before a preposition.
SHOWS = ("show", "report", "claim")
PLACES = ("Ballarat", "Tromsø", "Limerick", "Valparaíso", "Dundee")
TITLES = ("Paper Lanterns", "Cinder Moon", "Long Way to Oban", "Saltmarsh")


def name_modified_noun() -> Iterator[Case]:
    """`The band closed the PLACE show with "TITLE".`, `the PLACE report on the flooding`: a
    cue's plain form after *the* and a name, before a preposition, is a noun; the title in
    marks is nobody's words."""
    combos = itertools.product(PLACES, range(4), MARKS, range(len(TITLES)))
    for place, shape, m, k in sample(combos, 120, "f13x_name_noun"):
        title = m.q(TITLES[k])
        text = (
            f"The band closed the {place} show with {title}.",
            f"The choir opened the {place} show with {title} and left to a standing ovation.",
            f"The {place} report on the flooding ran to 400 pages.",
            f"She read the {place} claim for damages twice before the hearing.",
        )[shape]
        yield Case("", f"noun|{shape}", text, [], exact=True)


#: (subject, cue noun phrase).
PERFECTS = (
    ("The crash", "has renewed calls for a traffic light at the junction"),
    ("The closure", "has prompted demands for an inquiry"),
    ("The vote", "had revived claims of a rigged count"),
    ("The flooding", "has raised questions about the new culvert"),
)


def object_of_perfect() -> Iterator[Case]:
    """`The crash has renewed calls for a light.`: an *-s* form after a perfect participle is
    its object, no verb; `NAME has long said that C` stays a report."""
    combos = itertools.product(PERFECTS, PEOPLE, range(2), range(len(QUOTES)))
    for (subject, rest), (full, _sur, _pron), shape, k in sample(combos, 80, "f13x_perfect"):
        if shape == 0:
            yield Case("", "perfect|noun", f"{subject} {rest}.", [])
        else:
            clause = QUOTES[k][0].lower() + QUOTES[k][1:]
            text = f"{full} has long said that {clause}."
            yield Case("", "perfect|said", text, [Expect(f"that {clause}", "indirect", full)])


#: Given names of two syllables joined by a hyphen, the second in lower case.
SYLLABLE_NAMES = ("Hye-jin Seo", "Ji-woo Park", "Min-jun Kang", "Seo-yeon Choi", "Jae-won Lim")
ROLES = ("opposition leader", "transport minister", "union secretary")


def syllable_given_name() -> Iterator[Case]:
    """`"C," Hye-jin Seo would later say.`, `The opposition leader, Hye-jin Seo, argued that C.`,
    `said Hye-jin Seo`: the name's lower-case second syllable stays inside the name."""
    combos = itertools.product(SYLLABLE_NAMES, range(4), MARKS, range(len(QUOTES)))
    for full, shape, m, k in sample(combos, 160, "f13x_syllable"):
        role = ROLES[k % len(ROLES)]
        clause = QUOTES[k][0].lower() + QUOTES[k][1:]
        if shape == 1:
            text = f"The {role}, {full}, argued that {clause}."
            yield Case("", "syllable|appos", text, [Expect(f"that {clause}", "indirect", full)])
            continue
        q = m.q(QUOTES[k] + ",")
        text = (
            f"{q} {full} would later say.",
            "",
            f"{q} said {full}, the {role}.",
            f"{q} {full} told reporters.",
        )[shape]
        yield Case("", f"syllable|{shape}", text, [Expect(q, "direct", full)])


#: Clauses of time in the past that follow a quoted fragment: the reporter's account.
AFTER_CLAUSES = (
    "after a substitute headed a late winner on Saturday",
    "after the referee disallowed two goals",
    "before the council voted on the budget",
)
FRAGMENTS = ("earned the right to be lucky", "a day we will not forget", "the worst decision in years")


def trailing_time_clause() -> Iterator[Case]:
    """`NAME says his side "C" after a substitute headed a winner.`: after a cue in the present
    the mixed content ends at the quotation; `NAME cautioned "C," before the crowd dispersed.`
    is a direct quote. After a past cue the clause may be backshifted content and stays (`said
    it was "C" before the council voted`), and so does a clause in the present (`would "run on
    time" when the bridge opens`)."""
    combos = itertools.product(PEOPLE, range(5), MARKS, range(len(FRAGMENTS)))
    for (full, _sur, pron), shape, m, k in sample(combos, 150, "f13x_trailing"):
        frag = m.q(FRAGMENTS[k])
        poss = "his" if pron == "he" else "her"
        clause = AFTER_CLAUSES[(k + shape) % len(AFTER_CLAUSES)]
        if shape == 4:
            content = f"the ferries would {m.q('run on time')} when the new pier opens"
            yield Case("", "trailing|present", f"{full} said {content}.", [Expect(content, "mixed", full)])
        elif shape == 3:
            q = m.q(FRAGMENTS[k].capitalize() + ",")
            text = f"{full} cautioned {q} before the crowd dispersed."
            yield Case("", "trailing|direct", text, [Expect(q, "direct", full)])
        elif shape == 2:
            content = f"it was {frag} {clause}"
            yield Case("", "trailing|past", f"{full} said {content}.", [Expect(content, "mixed", full)])
        else:
            lead = (f"{poss} side {frag}", f"the ruling was {frag}")[shape]
            verb = ("says", "insists")[shape]
            yield Case(
                "", f"trailing|{shape}", f"{full} {verb} {lead} {clause}.", [Expect(lead, "mixed", full)]
            )


def question_verb() -> Iterator[Case]:
    """`NAME was asked whether he expected to hear from the league`: the verb of the indirect
    question reports nothing, and `Reporters asked NAME whether he thought C` never gives C to
    NAME."""
    combos = itertools.product(PEOPLE, range(3), range(len(DAYS)))
    for (full, _sur, pron), shape, d in sample(combos, 60, "f13x_whether"):
        text = (
            f"{full} was asked on {DAYS[d]} whether {pron} expected to hear from the league.",
            f"{full} was asked at the briefing whether {pron} believed the figures.",
            f"Reporters asked {full} whether {pron} thought the ferry would run.",
        )[shape]
        if shape == 2:  # (the reporters' question may be a report; never the asked one's)
            yield Case("", "whether|2", text, [], exact=False, wrong_speakers=[("the ferry would run", full)])
        else:
            yield Case("", f"whether|{shape}", text, [])


QUESTIONS = ("What happens when the pump fails?", "Why did the board wait so long?")
ANSWERS = (
    "Usually nothing anyone notices. The tank holds a day of water.",
    "We waited for the survey. It came in May.",
)


def question_then_surname_turn() -> Iterator[Case]:
    """An interview introduced in a paragraph that names the interviewee, then `Q:` turns and
    answers labelled by the surname (`Varga-Lindqvist: ...`): each answer is the interviewee's."""
    combos = itertools.product(PEOPLE, range(2))
    for (full, sur, _pron), k in sample(combos, 12, "f13x_turns"):
        q1, q2 = QUESTIONS[k], QUESTIONS[1 - k]
        a1, a2 = ANSWERS[k], ANSWERS[1 - k]
        text = (
            f"The utility's chief engineer, {full}, spoke to us at the depot.\n\n"
            f"Q: {q1}\n\n{sur}: {a1}\n\nQ: {q2}\n\n{sur}: {a2}"
        )
        yield Case(
            "",
            "turns",
            text,
            [Expect(a1, "direct", full), Expect(a2, "direct", full)],
            exact=False,
        )


ROUND12_F13X: tuple[Capability, ...] = (
    named(
        "addressee.not_content",
        "1",
        'X, responding to Y, said: "C." / X questioned Y for two hours: the addressee is no content',
        addressee_not_content,
    ),
    named(
        "cue.name_modified_noun",
        "1",
        'closed the PLACE show with "TITLE" / the PLACE report on ...: a noun, no quotation',
        name_modified_noun,
    ),
    named(
        "cue.object_of_perfect",
        "1",
        "The crash has renewed calls for ...: the -s form is an object, no cue",
        object_of_perfect,
    ),
    named(
        "name.syllable_given_name",
        "2",
        '"C," Hye-jin Seo would later say / The leader, Hye-jin Seo, argued that C',
        syllable_given_name,
    ),
    named(
        "content.trailing_time_clause",
        "6",
        'NAME says his side "C" after a substitute headed a winner: the content ends at the quote',
        trailing_time_clause,
    ),
    named(
        "cue.indirect_question_verb",
        "1",
        "NAME was asked whether he expected to ...: the question's verb is no report",
        question_verb,
    ),
    named(
        "transcript.question_then_surname",
        "5",
        "Q: ... / SURNAME: answer: the interviewee's turns after Q: labels",
        question_then_surname_turn,
    ),
)
