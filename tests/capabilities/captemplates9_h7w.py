"""Development capabilities of helper h7w's round (issue 11, speakers a fact-checker can
trust): one generator per mechanism, with people, bodies and sentences of their own (none from
the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND9_H7W` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS
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
WHO_CLAUSES9 = ("who runs the allotment society", "who chairs the tenants' panel", "who has lived on the estate since 1990")
#: Direct quotations (our own).
QUOTES9 = ("The scaffolding will be down by Friday", "Nobody told us the road would close")


def body_nominal_after_person() -> Iterator[Case]:
    """`NAME, who runs X, wrote to FIRM. "C," the company said.`: a generic body noun refers
    back to the body, never to the person a singular *who* clause shows as one."""
    combos = itertools.product(PEOPLE9, FIRMS9, WHO_CLAUSES9, QUOTES9, DOUBLE_MARKS)
    for (name, _), (firm, nominal), who, c, m in sample(combos, 80, "h7w-nominal-body"):
        quote = m.q(c + ",")
        text = f"{name}, {who}, has complained to {firm} twice this month.\n\n{quote} {nominal} said in reply."
        yield Case(
            "",
            "h7w-nominal-body",
            text,
            [Expect(quote, "direct", firm, None, "organization")],
            wrong_speakers=[(quote, name)],
        )


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
)

__all__ = ["ROUND9_H7W"]
