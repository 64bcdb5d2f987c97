"""Development capabilities added on branch ``f15t`` in the fifteenth round: who is printed as
the speaker and which title.

* A military, police or legislative rank before a name followed by *of PLACE* (*Sen. NAME of
  Ohio*) prints the rank alone: the place after a legislator's rank is a constituency, not a
  body the rank belongs to; followed by *of BODY* (*Lt. NAME of the Guthrie Fire Department*)
  the rank and its body (since the forty-sixth round: the body is the affiliation a
  fact-checker prints).
* A bare rank (with or without its full stop: *Capt NAME*) and an apposition that names a role
  with its body before it (*a Highway Patrol spokeswoman*) prints the apposition's role.
* One unnamed spokesperson *for BODY* (also with a relative clause before the cue, and *Its
  spokesperson* naming again the one that spoke before) is the speaker, printed as the noun
  phrase (*spokeswoman for the Department of Education*): never the body.
* *another said* after *one evacuee said* restores the elided noun (*another evacuee*).
* *The study found* credits the study's issuer when the text named it (*a study by BODY*, *The
  study, carried out by BODY,*); not the possessor of the issuer (*a report from BODY's
  inspector general*), nor what a study was *of*.
* An unnamed source that gives its name in a relative clause (*A man in a red jersey, who gave
  his name only as Derrick, said*) is printed as that name.
* Team positions before a name are titles (*substitute NAME*, *Harbour defender NAME*, *his
  catcher, NAME,*).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND14_F15T` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS, Marks
from capkit import Case, Contains, Expect, named, sample

#: (full name, surname, gender)
PEOPLE = (
    ("Ana Roe", "Roe", "f"),
    ("Joel Imre", "Imre", "m"),
    ("Mara Bevan", "Bevan", "f"),
    ("Tobias Wennick", "Wennick", "m"),
    ("Ngozi Okafor", "Okafor", "f"),
    ("Keoni Alapai", "Alapai", "m"),
    ("Ines Carvalho", "Carvalho", "f"),
    ("Ravi Menon", "Menon", "m"),
)
QUOTES = (
    "The crews worked through the night",
    "Nobody expected the water to rise so fast",
    "We will publish the figures next week",
    "The road stays shut until the bridge is checked",
    "There was no warning at all",
)
CLAIMS = (
    "the depot would reopen in March",
    "the inquiry would report by the summer",
    "no one had been hurt",
    "the fares would not rise this year",
)


def _q(m: Marks, k: int, end: str = ",") -> str:
    return m.q(QUOTES[k % len(QUOTES)] + end)


RANKS = ("Lt.", "Sgt.", "Capt.", "Det.", "Cpl.", "Lt. Col.", "Sen.", "Rep.", "Senator")
#: What follows the name after *of*: bodies and places.
OF_WHATS = (
    "the Tarnby Fire Department",
    "the Halden Police Department",
    "the Wexley County Sheriff's Office",
    "Ohio",
    "Vermont",
    "the Coastal Rescue Service",
)


def rank_of_body() -> Iterator[Case]:
    """'"C," RANK NAME of BODY said.' / 'RANK NAME of PLACE said C.' -> NAME, title the rank
    alone after a place, the rank and the body after a body ('Lt. of the Tarnby Fire Department')."""
    shapes = ("after", "said-after", "indirect")
    combos = itertools.product(RANKS, PEOPLE, OF_WHATS, shapes, MARKS[:3], range(len(QUOTES)))
    for rank, p, what, shape, m, k in sample(combos, 300, "f15t-rank-of"):
        title = Contains((rank, what.removeprefix("the "))) if what.startswith("the ") else rank
        if shape == "after":
            q = _q(m, k)
            text = f"{q} {rank} {p[0]} of {what} said."
            exp = Expect(q, "direct", p[0], title)
        elif shape == "said-after":
            q = _q(m, k)
            text = f"{q} said {rank} {p[0]} of {what}."
            exp = Expect(q, "direct", p[0], title)
        else:
            q = CLAIMS[k % len(CLAIMS)]
            text = f"{rank} {p[0]} of {what} said {q}."
            exp = Expect(q, "indirect", p[0], title)
        yield Case("", f"rank-of|{shape}", text, [exp])


#: (rank, apposition, printed title)
RANK_ROLES = (
    ("Capt", "a Highway Patrol spokeswoman", "Highway Patrol spokeswoman"),
    ("Sgt.", "a Highway Patrol spokeswoman", "Highway Patrol spokeswoman"),
    ("Sgt", "the Tarnby Police spokesman", "Tarnby Police spokesman"),
    ("Lt.", "a Coast Guard spokeswoman", "Coast Guard spokeswoman"),
    ("Capt.", "the Wexley Fire Department spokesman", "Wexley Fire Department spokesman"),
    ("Professor", "a Halden University historian", "Halden University historian"),
)


def rank_then_premodified_role() -> Iterator[Case]:
    """'"C," said RANK NAME, a BODY ROLE.' / 'RANK NAME, a BODY ROLE, said C.' -> NAME, title
    'BODY ROLE' (the bare rank stays in ``titles``)."""
    shapes = ("after", "indirect")
    combos = itertools.product(RANK_ROLES, PEOPLE, shapes, MARKS[:3], range(len(QUOTES)))
    for (rank, appos, title), p, shape, m, k in sample(combos, 200, "f15t-rank-premod"):
        if shape == "after":
            q = _q(m, k)
            text = f"{q} said {rank} {p[0]}, {appos}."
            exp = Expect(q, "direct", p[0], title)
        else:
            q = CLAIMS[k % len(CLAIMS)]
            text = f"{rank} {p[0]}, {appos}, said {q}."
            exp = Expect(q, "indirect", p[0], title)
        yield Case("", f"rank-premod|{shape}", text, [exp])


BODIES = (
    "the Department of Education",
    "the Great Lakes Hospital Council",
    "Brakeline Motors",
    "the Tarnby Harbour Board",
    "Kestrel Ferries",
)
SPOKES = ("spokeswoman", "spokesman", "spokesperson")


def _bare(body: str) -> str:
    return body.removeprefix("the ")


def unnamed_spokesperson() -> Iterator[Case]:
    """'A SPOKES for BODY said C.' / '"C," a SPOKES for BODY said.' / 'A SPOKES for BODY, who
    ..., said C.' -> the spokesperson, printed 'SPOKES for BODY', never the body."""
    shapes = ("before", "after", "relative", "according")
    combos = itertools.product(SPOKES, BODIES, shapes, MARKS[:3], range(len(QUOTES)))
    for spokes, body, shape, m, k in sample(combos, 240, "f15t-spokes"):
        who = (f"{spokes} for {body}", f"{spokes} for {_bare(body)}")
        claim = CLAIMS[k % len(CLAIMS)]
        if shape == "before":
            text = f"A {spokes} for {body} said {claim}."
            exp = Expect(claim, "indirect", who, None)
        elif shape == "after":
            q = _q(m, k)
            text = f"{q} a {spokes} for {body} said."
            exp = Expect(q, "direct", who, None)
        elif shape == "relative":
            text = f"A {spokes} for {body}, who was not authorised to speak publicly, said {claim}."
            exp = Expect(claim, "indirect", who, None)
        else:
            text = f"According to a {spokes} for {body}, {claim}."
            exp = Expect(claim, "indirect", who, None)
        yield Case(
            "",
            f"spokes|{shape}",
            text,
            [exp],
            exact=shape != "relative",
            wrong_speakers=[(exp.content, _bare(body))],
        )


#: (body as named, the short noun a later sentence uses)
NAMED_BODIES = (
    ("the Energy Data Standards Authority", "authority"),
    ("the Tarnby Harbour Board", "board"),
    ("the Wexley Water Commission", "commission"),
)


def possessed_spokesperson() -> Iterator[Case]:
    """'BODY opened a review. A SPOKES for the NOUN said C1. (paragraphs) Its SPOKES said C2.'
    -> both the same unnamed spokesperson, 'SPOKES for the NOUN'; 'BODY cut jobs. Its SPOKES
    said C.' -> "BODY's SPOKES"; never the body."""
    combos = itertools.product(NAMED_BODIES, SPOKES, (True, False), range(len(CLAIMS)))
    for (body, noun), spokes, before, k in sample(combos, 120, "f15t-its-spokes"):
        c1, c2 = CLAIMS[k], CLAIMS[(k + 1) % len(CLAIMS)]
        if before:
            text = (
                f"{body[0].upper()}{body[1:]} opened a review in January. A {spokes} for the {noun} said "
                f"{c1}.\n\nThe review drew 400 replies.\n\nThe {noun} will report in the autumn. Its "
                f"{spokes} said {c2}."
            )
            who = f"{spokes} for the {noun}"
            exps = [Expect(c1, "indirect", who, None), Expect(c2, "indirect", who, None)]
        else:
            text = f"{body[0].upper()}{body[1:]} cut 40 jobs on Monday. Its {spokes} said {c2}."
            short = _bare(body)
            who = f"{short}'s {spokes}"
            exps = [Expect(c2, "indirect", who, None)]
        yield Case("", f"its-spokes|{before}", text, exps, wrong_speakers=[(c2, _bare(body))])


NOUNS = ("evacuee", "fan", "resident", "nurse", "shopper")


def elided_another() -> Iterator[Case]:
    """'"C1," one NOUN said. "C2," another said.' -> 'another NOUN'; after a named speaker
    ('"C1," NAME said. "C2," another said.') never NAME's noun."""
    shapes = ("one", "a", "third")
    combos = itertools.product(NOUNS, shapes, MARKS[:3], range(len(QUOTES)))
    for noun, shape, m, k in sample(combos, 150, "f15t-another"):
        q1, q2 = _q(m, k), _q(m, k + 1)
        if shape == "one":
            text = f"{q1} one {noun} said. {q2} another said."
            exps = [Expect(q1, "direct", f"one {noun}"), Expect(q2, "direct", f"another {noun}")]
        elif shape == "a":
            text = f"{q1} said one {noun}. {q2} said another."
            exps = [Expect(q1, "direct", f"one {noun}"), Expect(q2, "direct", f"another {noun}")]
        else:
            q3 = _q(m, k + 2)
            text = f"{q1} one {noun} said. {q2} another added. {q3} a third said."
            exps = [
                Expect(q1, "direct", f"one {noun}"),
                Expect(q2, "direct", f"another {noun}"),
                Expect(q3, "direct", (f"third {noun}", f"a third {noun}")),
            ]
        yield Case("", f"another|{shape}", text, exps)


ISSUERS = (
    "the Centre for Early Literacy",
    "the Halden Institute for Fiscal Studies",
    "Tarnby University",
    "the Wexley Transport Trust",
)
WORKS = ("study", "report", "survey", "review")


def earlier_issuer() -> Iterator[Case]:
    """'A WORK by BODY covered 84 schools. (paragraph) The WORK found that C.' and 'The WORK,
    carried out by BODY, ...' -> BODY; 'a WORK from BODY's inspector general' -> never BODY."""
    shapes = ("by", "carried", "published", "possessor")
    combos = itertools.product(ISSUERS, WORKS, shapes, range(len(CLAIMS)))
    for body, work, shape, k in sample(combos, 160, "f15t-issuer"):
        claim = f"that {CLAIMS[k]}"
        short = _bare(body)
        if shape == "by":
            lead = f"A {work} by {body} covered 84 towns across the region."
        elif shape == "carried":
            lead = f"The {work}, carried out by {body} in 84 towns, is the largest of its kind."
        elif shape == "published":
            lead = f"The {work}, published by {body} on Monday, covered 84 towns."
        else:
            mark = "'" if body.endswith("s") else "'s"
            lead = f"A {work} from {body}{mark} inspector general covered 84 towns."
        text = f"{lead}\n\nThe {work} found {claim}."
        if shape == "possessor":
            who = (f"{short}'s inspector general", f"{short}' inspector general", work)
            yield Case(
                "", f"issuer|{shape}", text, [Expect(claim, "indirect", who)], wrong_speakers=[(claim, short)]
            )
        else:
            yield Case("", f"issuer|{shape}", text, [Expect(claim, "indirect", short, None)])


#: (phrase before the name, title)
POSITIONS = (
    ("substitute", "substitute"),
    ("Harbour defender", "Harbour defender"),
    ("Rovers catcher", "Rovers catcher"),
    ("veteran shortstop", "veteran shortstop"),
    ("Tarnby pitcher", "Tarnby pitcher"),
)


def team_positions() -> Iterator[Case]:
    """'POSITION NAME scored late. "C," SURNAME said.' / '"C," said his catcher, NAME.' -> NAME
    with the position as title; never the position word in the name."""
    shapes = ("later", "appos")
    combos = itertools.product(POSITIONS, PEOPLE, shapes, MARKS[:3], range(len(QUOTES)))
    for (pos, title), p, shape, m, k in sample(combos, 150, "f15t-positions"):
        q = _q(m, k)
        if shape == "later":
            text = f"The winner came from {pos} {p[0]} in the last minute. {q} {p[1]} said."
            exp = Expect(q, "direct", p[0], title)
        else:
            text = f"{q} said the team's {pos.split()[-1]}, {p[0]}."
            role = pos.split()[-1]
            exp = Expect(q, "direct", p[0], (role, f"team's {role}"))
        yield Case("", f"positions|{shape}", text, [exp])


#: First names a source gives in a relative clause.
GIVEN = ("Derrick", "Maureen", "Tomasz", "Precious", "Alun", "Anne-Marie")
#: (description, relative clause with NAME, gender pronoun)
NAMING = (
    ("A man in a red jersey", "who gave his name only as {n}"),
    ("A woman at the gate", "who gave her first name as {n}"),
    ("A nurse on the night shift", "who asked to be identified only by her first name, {n}"),
    ("A driver", "who identified himself only as {n}"),
)


def given_name_clause() -> Iterator[Case]:
    """'DESC, who gave his name only as NAME, said C.' / '"C," said DESC, who ... NAME.' ->
    NAME; 'DESC, who works nights, said C.' -> the description."""
    shapes = ("before", "after", "plain")
    combos = itertools.product(NAMING, GIVEN, shapes, MARKS[:3], range(len(QUOTES)))
    for (desc, clause), name, shape, m, k in sample(combos, 150, "f15t-given"):
        rel = clause.format(n=name)
        if shape == "before":
            claim = CLAIMS[k % len(CLAIMS)]
            text = f"{desc}, {rel}, said {claim}."
            exp = Expect(claim, "indirect", name)
        elif shape == "after":
            q = _q(m, k)
            text = f"{q} said {desc[0].lower()}{desc[1:]}, {rel}."
            exp = Expect(q, "direct", name)
        else:
            claim = CLAIMS[k % len(CLAIMS)]
            text = f"{desc}, who works nights, said {claim}."
            exp = Expect(claim, "indirect", desc.split(" ", 1)[1])
        yield Case("", f"given|{shape}", text, [exp])


ROUND14_F15T = (
    named(
        "titles.rank_of_body",
        "6",
        "Lt. NAME of BODY / Sen. NAME of PLACE said C: title the rank alone",
        rank_of_body,
    ),
    named(
        "titles.rank_then_premodified_role",
        "6",
        "said Capt NAME, a Highway Patrol spokeswoman: title 'Highway Patrol spokeswoman'",
        rank_then_premodified_role,
    ),
    named(
        "speakers.unnamed_spokesperson",
        "5",
        "A spokeswoman for BODY said C: the spokeswoman, never the body",
        unnamed_spokesperson,
    ),
    named(
        "speakers.possessed_spokesperson",
        "5",
        "Its spokesperson said C: the spokesperson who spoke before, or BODY's spokesperson",
        possessed_spokesperson,
    ),
    named(
        "speakers.elided_another",
        "5",
        "one evacuee said ... another said: 'another evacuee'",
        elided_another,
    ),
    named(
        "speakers.earlier_issuer",
        "5",
        "a study by BODY ... The study found that C: BODY",
        earlier_issuer,
    ),
    named(
        "titles.team_positions",
        "6",
        "substitute NAME, Harbour defender NAME: the position is the title",
        team_positions,
    ),
    named(
        "speakers.given_name",
        "5",
        "A man ..., who gave his name only as NAME, said C: NAME",
        given_name_clause,
    ),
)
