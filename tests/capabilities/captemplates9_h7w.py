"""Development capabilities of helper h7w's round (issue 11, speakers a fact-checker can
trust): one generator per mechanism, with people, bodies and sentences of their own (none from
the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND9_H7W` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS
from capkit import Capability, Case, Expect, named, sample

#: People of this file: (full name, gender); first names listed and unlisted.
PEOPLE9 = (
    ("Ottoline Marwick", "f"),
    ("Fergal Danaher", "m"),
    ("Saoirse Kilbane", "f"),
    ("Leopold Achterberg", "m"),
    ("Yevgenia Sokolova", "f"),
    ("Ruairi Mac Giolla", "m"),
)

#: Clauses reported in this file (our own).
CLAUSES9 = (
    "the canal locks would be rebuilt next spring",
    "the grain silo had failed two safety checks",
    "the river ferry would stop running at dusk",
    "the harbour dredging had been put off again",
)

#: Bodies whose name holds an 'and' after an 'of', with two or three words after it.
AND_BODIES9 = (
    "the Department of Canals and Coastal Defences",
    "the Institute of Forestry and Timber Studies",
    "the Office of Fisheries and Marine Resources",
    "the Ministry of Housing and Rural Affairs",
)


def body_name_with_and() -> Iterator[Case]:
    """A body whose name runs on over *and* before two or three capitalised words (`the
    Department of Canals and Coastal Defences`) is one name: never cut at the *and*, its tail
    never a speaker; in a spokeswoman's apposition before or after the cue, after `ROLE NAME
    of`, after `according to a report by`."""
    combos = itertools.product(PEOPLE9, AND_BODIES9, range(len(CLAUSES9)), range(4))
    for (name, _), body, k, shape in sample(combos, 160, "h7w-and-body"):
        clause = CLAUSES9[k]
        bare = body.removeprefix("the ")
        if shape == 0:
            text = f"A spokeswoman for {body}, {name}, said {clause}."
            yield Case("", "h7w-and-spokes", text, [Expect(clause, "indirect", name, speaker_kind="person")])
        elif shape == 1:
            text = f"Senior engineer {name} of {body} said {clause}."
            yield Case("", "h7w-and-role-of", text, [Expect(clause, "indirect", name, speaker_kind="person")])
        elif shape == 2:
            text = f"According to a report by {body}, {clause}."
            yield Case("", "h7w-and-report", text, [Expect(clause, "indirect", bare)])
        else:
            quote = DOUBLE_MARKS[k % len(DOUBLE_MARKS)].q("We were not consulted,")
            text = f"{quote} said {name}, a spokesman for {body}."
            yield Case("", "h7w-and-after", text, [Expect(quote, "direct", name, speaker_kind="person")])


#: Bodies named without a body noun, and the generic noun a later sentence calls them by.
FIRMS9 = (("Brackwater Haulage", "the haulage firm"), ("Tollcross Builders", "the company"))
#: Person-introducing clauses with a singular *who* verb.
WHO_CLAUSES9 = (
    "who runs the allotment society",
    "who chairs the tenants' panel",
    "who has lived on the estate since 1990",
)
#: Direct quotations (our own).
QUOTES9 = ("The scaffolding will be down by Friday", "Nobody told us the road would close")


def body_nominal_after_person() -> Iterator[Case]:
    """`NAME, who runs X, wrote to FIRM. "C," the company said.`: a generic body noun refers
    back to the body, never to the person a singular *who* clause shows as one."""
    combos = itertools.product(PEOPLE9, FIRMS9, WHO_CLAUSES9, QUOTES9, DOUBLE_MARKS)
    for (name, _), (firm, nominal), who, c, m in sample(combos, 80, "h7w-nominal-body"):
        quote = m.q(c + ",")
        text = (
            f"{name}, {who}, has complained to {firm} twice this month.\n\n{quote} {nominal} said in reply."
        )
        yield Case(
            "",
            "h7w-nominal-body",
            text,
            [Expect(quote, "direct", firm, None, "organization")],
            wrong_speakers=[(quote, name)],
        )


#: US states before a state title, and the abbreviated titles (with what quotex prints).
STATES9 = ("Vermont", "Nevada", "Delaware")
STATE_TITLES9 = (("Sen.", "state Sen."), ("Rep.", "state Rep."), ("Senator", "state Senator"))
#: Lower-case noun modifiers before a lower-case role.
MODIFIED_ROLES9 = ("operations director", "finance chief", "safety manager", "marketing director")


def state_and_modified_titles() -> Iterator[Case]:
    """`"C," said STATE state Sen. NAME` -> NAME, the state in the title; `"C," said state Rep.
    NAME`; `"C," said operations director NAME` -> the modifier belongs to the title."""
    combos = itertools.product(PEOPLE9, STATES9, STATE_TITLES9, QUOTES9, DOUBLE_MARKS)
    for (name, _), state, (abbr, printed), c, m in sample(combos, 90, "h7w-state-title"):
        quote = m.q(c + ",")
        text = f"{quote} said {state} state {abbr} {name}."
        want = Expect(quote, "direct", name, f"{state} {printed}", "person")
        yield Case("", "h7w-state-title", text, [want], wrong_speakers=[(quote, state)])
        text = f"{quote} said state {abbr} {name}."
        yield Case("", "h7w-bare-state-title", text, [Expect(quote, "direct", name, printed, "person")])
    combos2 = itertools.product(PEOPLE9, MODIFIED_ROLES9, QUOTES9, DOUBLE_MARKS)
    for (name, _), role, c, m in sample(combos2, 40, "h7w-modified-role"):
        quote = m.q(c + ",")
        text = f"{quote} said {role} {name}."
        yield Case("", "h7w-modified-role", text, [Expect(quote, "direct", name, role, "person")])


#: Lower-case credits after a bracketed age (our own), and home towns.
CREDIT_ROLES9 = ("ferry deckhand", "retired welder", "school caretaker")
TOWNS9 = ("Kirkby", "Amblesford", "Tarrant Hill")


def bracketed_age_credit() -> Iterator[Case]:
    """Vox-pop credits with the age in brackets: `NAME (38), ferry deckhand: "C."` -> NAME with
    the role as title; `NAME (38), TOWN: "C."` -> NAME, never the town."""
    combos = itertools.product(PEOPLE9, CREDIT_ROLES9 + TOWNS9, QUOTES9, DOUBLE_MARKS, (27, 64))
    for (name, _), credit, c, m, age in sample(combos, 100, "h7w-bracket-age"):
        quote = m.q(c + ".")
        text = f"{name} ({age}), {credit}: {quote}"
        title = credit if credit in CREDIT_ROLES9 else None
        yield Case(
            "",
            "h7w-bracket-age",
            text,
            [Expect(quote, "direct", name, title, "person")],
            wrong_speakers=[(quote, credit)],
        )


#: Bodies with a long name a relative clause's verb of advising takes as its object.
LONG_BODIES9 = (
    "the Board of Governors of the Marlow College",
    "the Office of Fisheries and Coastal Defences",
)


def advises_a_body() -> Iterator[Case]:
    """`"C," said NAME, who advises BODY.`: a verb of telling whose object ends the sentence
    reports nothing, however long the object; only the direct quotation is found."""
    combos = itertools.product(PEOPLE9, LONG_BODIES9, QUOTES9, DOUBLE_MARKS, ("advises", "told", "informed"))
    for (name, _), body, c, m, verb in sample(combos, 60, "h7w-advises"):
        quote = m.q(c + ",")
        text = f"{quote} said {name}, who {verb} {body}."
        yield Case("", "h7w-advises", text, [Expect(quote, "direct", name, speaker_kind="person")])


#: Interview answers (our own).
ANSWERS9 = (
    "Only at weekends, and only if the ferry runs.",
    "Twice, and both times they promised to ring back.",
)


def dash_interview() -> Iterator[Case]:
    """`Q — question` / `A — answer` paragraphs after an introduction: each answer is the
    interviewee's words, the dash is no content."""
    combos = itertools.product(PEOPLE9, ANSWERS9, ("—", "–"))
    for (name, _), answer, dash in sample(combos, 24, "h7w-dash-interview"):
        surname = name.split()[-1]
        text = (
            f"{name} has kept the lighthouse cafe for eleven years. We asked {surname} about the winter.\n\n"
            f"Q {dash} Will the cafe stay open?\n\nA {dash} {answer}"
        )
        yield Case("", "h7w-dash-interview", text, [Expect(answer, "direct", name)], exact=False)


#: Titles of works (our own) after a verb of performing.
WORKS9 = ("The Keeper of the Light", "Songs for a Grey Harbour", "Ballad of the Tide Mill")


def performed_work() -> Iterator[Case]:
    """`NAME read "Title of a Work" to the class.` / `The choir sang "Title".`: a title-case
    quotation after read, recite, sing or chant is a work's title, no quotation; a sentence
    after `read a statement:` still is one."""
    combos = itertools.product(PEOPLE9, WORKS9, MARKS, ("read", "recited", "sang"))
    for (name, _), work, m, verb in sample(combos, 60, "h7w-performed"):
        text = f"{name} {verb} {m.q(work)} to the reception class on Friday."
        yield Case("", "h7w-performed", text, [])
    for (name, _), c, m in sample(
        itertools.product(PEOPLE9, QUOTES9, DOUBLE_MARKS), 12, "h7w-read-statement"
    ):
        quote = m.q(c + ".")
        text = f"{name} read a statement: {quote}"
        yield Case("", "h7w-read-statement", text, [Expect(quote, "direct", name)])


#: Dropped-g words that end a single-quoted quotation (our own sentences).
DROPPED_G9 = ("We were out on the water since mornin", "There is no use in complainin", "They kept us waitin")


def dropped_g_before_close() -> Iterator[Case]:
    """`'... nothin',' said NAME`: an apostrophe right after a word, then a comma and the closing
    mark, is the word's apostrophe; the quotation closes at the second mark."""
    combos = itertools.product(PEOPLE9, DROPPED_G9, SINGLE_MARKS)
    for (name, _), c, m in sample(combos, 36, "h7w-dropped-g"):
        quote = m.q(c + m.close + ",")
        text = f"{quote} said {name}."
        yield Case("", "h7w-dropped-g", text, [Expect(quote, "direct", name, speaker_kind="person")])


ROUND9_H7W: tuple[Capability, ...] = (
    named(
        "names.body_name_with_and",
        "6",
        "a spokeswoman for the Department of X and Y Z, NAME, said C / according to a report by BODY",
        body_name_with_and,
    ),
    named(
        "nominals.body_after_person",
        "-",
        'NAME, who runs X, complained to FIRM. "C," the company said (the body, not the person)',
        body_nominal_after_person,
    ),
    named(
        "titles.state_and_modified",
        "6",
        '"C," said STATE state Sen. NAME / said state Rep. NAME / said operations director NAME',
        state_and_modified_titles,
    ),
    named(
        "credits.bracketed_age",
        "6",
        'NAME (38), ferry deckhand: "C." / NAME (38), TOWN: "C."',
        bracketed_age_credit,
    ),
    named(
        "content.advises_a_body", "-", '"C," said NAME, who advises BODY (no indirect quote)', advises_a_body
    ),
    named(
        "turns.dash_interview", "-", "Q — question / A — answer paragraphs (the interviewee)", dash_interview
    ),
    named(
        "not_quotes.performed_work",
        "-",
        'NAME read "Title of a Work" to the class (no quote)',
        performed_work,
    ),
    named(
        "single_marks.dropped_g",
        "-",
        "'... nothin',' said NAME (an apostrophe before the close)",
        dropped_g_before_close,
    ),
)

__all__ = ["ROUND9_H7W"]
