"""Development capabilities added on branch ``m15r`` in the fifteenth round: titles and whom
a title belongs to.

* A copular relative with a bare predicate (`NAME, who is ROLE of BODY,`, `who has been ROLE
  at BODY since 2019`) states the title; an adjective's complement (`who is part of BODY`)
  states none.
* A gerund after a role's *of* (`said the trust's head of licensing, NAME.`) is the role's
  portfolio: the name after the comma speaks.
* A bare rank before a name (`Cllr`, `Rep.`) yields to the role stated after it (`Cllr NAME,
  the council's cabinet member for transport,`, `Rep. NAME, D-Mont., the bill's chief sponsor
  in the Senate,`), and a form of address after a role before a name stays out of the title
  (`Group leader Cllr NAME`).
* A party noun after *the* (`the Oregon Democrat added`, `the Montana Republican said`, `The
  Republican told reporters`) is the lawmaker named before whose party tag or office fits;
  nobody when two lawmakers fit.

People, bodies, places and sentences of their own. ``captemplates.py`` adds
:data:`ROUND14_M15R` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Contains, Expect, named, sample

PEOPLE = ("Corisande Mablethorpe", "Ignatius Ferreira-Holt", "Winifred Okonkwo-Barr", "Lucan Pettigrew")
#: Reported clauses (no final stop).
CLAUSES = (
    "the harbour dredging would start in March",
    "the allotment waiting list had doubled",
    "the night bus would be restored by autumn",
    "the orchard grant had been spent on fencing",
)
#: Direct quotations (no final punctuation inside the marks).
QUOTES = (
    "Every family on this road has paid for that decision",
    "We asked for a meeting and we were sent a leaflet",
    "The numbers simply do not add up",
)
#: (role, link, body) stated with no article.
BARE_ROLES = (
    ("secretary", "of", "the Thornbury Anglers Association"),
    ("research director", "at", "the Galloway Policy Institute"),
    ("chief counsel", "for", "the Wexcombe Tenants Federation"),
    ("programme lead", "with", "the Marshfield Food Bank Trust"),
)


def bare_copular() -> Iterator[Case]:
    """'NAME, who is ROLE of BODY, said C.' / '"Q," said NAME, who has been ROLE at BODY since
    2019.' -> the role with its body; 'who is part of BODY' -> no title."""
    combos = itertools.product(PEOPLE, BARE_ROLES, range(3), MARKS[:2])
    for k, (full, (role, link, body), shape, m) in enumerate(sample(combos, 48, "m15r_copular")):
        title = Contains((role, body.split()[-1]))
        if shape == 0:
            text = f"{full}, who is {role} {link} {body}, said {CLAUSES[k % 4]}."
            yield Case("", "is", text, [Expect(CLAUSES[k % 4], "indirect", full, title)])
        elif shape == 1:
            q = m.q(QUOTES[k % 3] + ",")
            text = f"{q} said {full}, who has been {role} {link} {body} since 2019."
            yield Case("", "has_been", text, [Expect(q, "direct", full, title)])
        else:
            bare = body[4:] if body.startswith("the ") else body
            text = f"{full}, who is part of {bare}, said {CLAUSES[k % 4]}."
            yield Case("", "adjective", text, [Expect(CLAUSES[k % 4], "indirect", full, None)])


#: (possessor, role of a gerund portfolio).
GERUND_ROLES = (
    ("the trust's", "head of licensing"),
    ("the board's", "director of engineering"),
    ("the county's", "head of policing"),
    ("the college's", "director of marketing"),
)


def gerund_portfolio() -> Iterator[Case]:
    """'"Q," said the trust's head of licensing, NAME.' -> NAME with the role."""
    combos = itertools.product(PEOPLE, GERUND_ROLES, MARKS)
    for k, (full, (owner, role), m) in enumerate(sample(combos, 40, "m15r_gerund")):
        q = m.q(QUOTES[k % 3] + ",")
        text = f"The Ashdown Trust met on Monday. {q} said {owner} {role}, {full}."
        yield Case("", "said", text, [Expect(q, "direct", full, Contains((role,)))])


def rank_yields_to_role() -> Iterator[Case]:
    """'Cllr NAME, the council's cabinet member for transport, said C.' -> the role; 'Rep. NAME,
    D-Mont., the bill's chief sponsor in the Senate,' -> the role; 'Group leader Cllr NAME said'
    -> 'Group leader'."""
    combos = itertools.product(PEOPLE, range(4))
    for k, (full, shape) in enumerate(sample(combos, 40, "m15r_rank")):
        clause = CLAUSES[k % 4]
        if shape == 0:
            text = f"Cllr {full}, the council's cabinet member for transport, said {clause}."
            title: Contains | str = Contains(("cabinet member for transport",))
        elif shape == 1:
            text = f"Rep. {full}, D-Mont., the bill's chief sponsor in the Senate, said {clause}."
            title = Contains(("chief sponsor in the Senate",))
        elif shape == 2:
            text = f"Cllr {full}, leader of the Liberal Democrat group, said {clause}."
            title = Contains(("leader of the Liberal Democrat group",))
        else:
            text = f"Group leader Cllr {full} said {clause}."
            title = "Group leader"
        yield Case("", f"shape{shape}", text, [Expect(clause, "indirect", full, title)])


#: (tag, state, party noun) of lawmakers.
LAWMAKERS = (
    ("D-Ore.", "Oregon", "Democrat"),
    ("R-Mont.", "Montana", "Republican"),
    ("D-Maine", "Maine", "Democrat"),
)


def party_epithet() -> Iterator[Case]:
    """'Rep. NAME, D-Ore., said C. The Oregon Democrat added: "Q."' -> NAME; two lawmakers and
    'the Montana Republican said' -> the Republican; two of one party and 'the Democrat said'
    -> nobody; 'Gov. NAME ... The Republican told reporters that C' -> NAME."""
    combos = itertools.product(PEOPLE, range(len(LAWMAKERS)), range(4), MARKS[:2])
    for k, (full, r, shape, m) in enumerate(sample(combos, 48, "m15r_party")):
        tag, state, party = LAWMAKERS[r]
        other = PEOPLE[(PEOPLE.index(full) + 1) % len(PEOPLE)]
        clause, q = CLAUSES[k % 4], m.q(QUOTES[k % 3] + ".")
        if shape == 0:
            text = f"Rep. {full}, {tag}, said {clause}. The {state} {party} added: {q}"
            yield Case("", "added", text, [Expect(clause, "indirect", full), Expect(q, "direct", full)])
        elif shape == 1:
            q = m.q(QUOTES[k % 3] + ",")
            text = (
                f"Sen. {other} (R-Idaho) and Sen. {full} ({tag}) met on Friday. {q} the {state} {party} said."
            )
            speaker = full  # (the state and party fit only NAME)
            yield Case("", "two", text, [Expect(q, "direct", speaker)])
        elif shape == 2:
            q = m.q(QUOTES[k % 3] + ",")
            text = f"Rep. {other}, D-Utah, and Rep. {full}, D-Iowa, met on Friday. {q} the Democrat said."
            yield Case("", "ambiguous", text, [Expect(q, "direct", None)])
        else:
            q = m.q(QUOTES[k % 3] + ",")
            lead = f"Gov. {full} vetoed the bill. {q} {full.split()[-1]} said."
            text = f"{lead}\n\nThe Republican told reporters that {clause}."
            yield Case(
                "", "governor", text, [Expect(q, "direct", full), Expect(f"that {clause}", "indirect", full)]
            )


#: (apposition, expected title): descriptions of kin, home or habit are no title; posts stay.
DESCRIPTIONS = (
    ("a grandmother of five", None),
    ("a neighbor who has kept bees for decades", None),
    ("a longtime resident of Penzance", None),
    ("a regular at the Tuesday quiz", None),
    ("a retired harbour pilot", "retired harbour pilot"),
    (
        "a father of two and chair of the Penwith Cycling Club",
        Contains(("chair of the Penwith Cycling Club",)),
    ),
)


def description_apposition() -> Iterator[Case]:
    """'NAME, a grandmother of five, said C.' -> no title; 'NAME, a retired harbour pilot,' and
    'a father of two and chair of X' keep their posts."""
    combos = itertools.product(PEOPLE, range(len(DESCRIPTIONS)), range(2), MARKS[:2])
    for k, (full, d, shape, m) in enumerate(sample(combos, 48, "m15r_describe")):
        phrase, title = DESCRIPTIONS[d]
        if shape == 0:
            text = f"{full}, {phrase}, said {CLAUSES[k % 4]}."
            yield Case("", "before", text, [Expect(CLAUSES[k % 4], "indirect", full, title)])
        else:
            q = m.q(QUOTES[k % 3] + ",")
            yield Case("", "after", f"{q} said {full}, {phrase}.", [Expect(q, "direct", full, title)])


ROUND14_M15R: tuple[Capability, ...] = (
    named(
        "title.description_apposition", "3", "NAME, a grandmother of five: no title", description_apposition
    ),
    named(
        "title.bare_copular",
        "3",
        "NAME, who is ROLE of BODY / who has been ROLE at BODY since: title",
        bare_copular,
    ),
    named(
        "speaker.gerund_portfolio", "2", "said the trust's head of licensing, NAME: NAME", gerund_portfolio
    ),
    named(
        "title.rank_yields_to_role",
        "3",
        "Cllr NAME, the council's cabinet member for X: the role",
        rank_yields_to_role,
    ),
    named(
        "speaker.party_epithet", "2", "Rep. NAME, D-Ore. ... The Oregon Democrat added: NAME", party_epithet
    ),
)
