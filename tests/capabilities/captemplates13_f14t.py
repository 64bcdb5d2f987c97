"""Development capabilities added on branch ``f14t`` in the fourteenth round: titles and names
as a fact-checker prints them ("X, TITLE").

* An abbreviated rank or title before a name (*Sgt.*, *Capt.*, *Lt. Col.*, *Det. Insp.*,
  *Cllr.*...) is the title and the name after it the person: its full stop ends no sentence
  (the tokenizer keeps it whole, ``quotex.lexicon.titles.RANK_ABBREVIATIONS``).
* A bare rank or academic title before a name and a role with its body in apposition after
  it (*Professor NAME, an epidemiologist at BODY,*): the role with its body is printed, both
  are in ``titles``.
* A role noun the lexicon does not list is a title in the frame *NAME, (the) NOUN... at/of/
  for/with BODY* (*policy lead at the Open Grid Forum*); a participle (*speaking at*) is not.
* A count before a description (*one resident, NAME*) is no part of the title.
* A fronted time phrase (*Late on Wednesday,*) is never a name.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND13_F14T` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS, Marks
from capkit import Case, Expect, named, sample

#: (full name, surname)
PEOPLE = (
    ("Ana Roe", "Roe"),
    ("Joel Imre", "Imre"),
    ("Mara Bevan", "Bevan"),
    ("Tomasz Wierzba", "Wierzba"),
    ("Ngozi Okafor", "Okafor"),
    ("Keoni Alapai", "Alapai"),
    ("Ines Carvalho", "Carvalho"),
    ("Ravi Menon", "Menon"),
)
#: Abbreviated ranks and titles, one or two words.
RANKS = (
    "Sgt.",
    "Capt.",
    "Lt.",
    "Lt. Col.",
    "Maj.",
    "Maj. Gen.",
    "Col.",
    "Cpl.",
    "Pvt.",
    "Det.",
    "Det. Insp.",
    "Supt.",
    "Cllr.",
    "Cmdr.",
    "Brig. Gen.",
    "Gen.",
)
QUOTES = (
    "We will rebuild the station",
    "The road stays shut until Friday",
    "Nobody was hurt in the fire",
    "The search will go on overnight",
    "We had no warning at all",
    "Every crew was out by noon",
)


def _q(m: Marks, k: int, end: str = ",") -> str:
    return m.q(QUOTES[k % len(QUOTES)] + end)


def rank_abbreviation() -> Iterator[Case]:
    """'"C," said RANK NAME.' / '"C," RANK NAME said.' / 'RANK NAME said, "C."' / 'RANK NAME
    of the county police said ...' -> NAME, title RANK; never the abbreviation as a person."""
    shapes = ("said-after", "name-said", "before", "of-body", "said-of-body")
    combos = itertools.product(RANKS, PEOPLE, shapes, MARKS, range(len(QUOTES)))
    for rank, p, shape, m, k in sample(combos, 400, "f14t-rank"):
        q = _q(m, k)
        if shape == "said-after":
            text = f"{q} said {rank} {p[0]}."
        elif shape == "name-said":
            text = f"{q} {rank} {p[0]} said."
        elif shape == "before":
            q = _q(m, k, ".")
            text = f"{rank} {p[0]} said, {q}"
        elif shape == "of-body":
            q = _q(m, k, ".")
            text = f"{rank} {p[0]} of the county police said on Monday: {q}"
        else:
            text = f"{q} said {rank} {p[0]} of the county police."
        yield Case(
            "",
            f"rank|{shape}",
            text,
            [Expect(q, "direct", p, rank)],
            wrong_speakers=[(q, rank.split(".")[0])],
        )


#: (bare title before the name, role with its body after it)
TITLED_ROLES = (
    ("Professor", "an epidemiologist at Halden University", "epidemiologist at Halden University"),
    ("Prof.", "head of physics at Tarnby College", "head of physics at Tarnby College"),
    ("Dr.", "a senior lecturer at the Marlow Institute", "senior lecturer at the Marlow Institute"),
    (
        "Sgt.",
        "a spokeswoman for the Halden Police Department",
        "spokeswoman for the Halden Police Department",
    ),
    ("Capt.", "the harbour master at the Port of Wexley", "harbour master at the Port of Wexley"),
    ("Associate Professor", "a historian at Carrow University", "historian at Carrow University"),
    ("Lt. Col.", "a spokesman for the Northern Command", "spokesman for the Northern Command"),
)


def rank_then_role() -> Iterator[Case]:
    """'RANK NAME, a ROLE at BODY, said C' / '"C," said RANK NAME, ROLE at BODY.' -> the role
    with its body is the title printed (the bare rank stays in ``titles``)."""
    shapes = ("before", "after", "indirect")
    combos = itertools.product(TITLED_ROLES, PEOPLE, shapes, MARKS[:2], range(len(QUOTES)))
    for (rank, appos, title), p, shape, m, k in sample(combos, 240, "f14t-rank-role"):
        if shape == "before":
            q = _q(m, k, ".")
            text = f"{rank} {p[0]}, {appos}, said: {q}"
            exp = Expect(q, "direct", p, title)
        elif shape == "after":
            q = _q(m, k, ",")
            text = f"{q} said {rank} {p[0]}, {appos}."
            exp = Expect(q, "direct", p, title)
        else:
            q = "the outbreak was over"
            text = f"{rank} {p[0]}, {appos}, said {q}."
            exp = Expect(q, "indirect", p, title)
        yield Case("", f"rank-role|{shape}|{rank}", text, [exp])


#: (apposition after the name, the title expected; None: no title)
FRAMED = (
    ("policy lead at the Open Grid Forum", "policy lead at the Open Grid Forum"),
    (
        "the policy lead for tenancy at the Fenwold Renters' Union",
        "policy lead for tenancy at the Fenwold Renters' Union",
    ),
    ("the outreach lead for the Tarn Valley Trust", "outreach lead for the Tarn Valley Trust"),
    ("programme head at Wexley Council", "programme head at Wexley Council"),
    ("the data steward with the Marlow Institute", "data steward with the Marlow Institute"),
    ("speaking at the Open Grid Forum", None),
    ("based at the Marlow Institute", None),
    ("writing for the Tarn Valley Trust", None),
)


def framed_role() -> Iterator[Case]:
    """'"C," said NAME, (the) NOUN... at/of/for/with BODY.' / 'NAME, ..., said C' -> the
    phrase is the title when its head is a noun; a participle ('speaking at') gives none."""
    shapes = ("after", "before")
    combos = itertools.product(FRAMED, PEOPLE, shapes, MARKS, range(len(QUOTES)))
    for (appos, title), p, shape, m, k in sample(combos, 320, "f14t-framed"):
        if shape == "after":
            q = _q(m, k, ",")
            text = f"{q} said {p[0]}, {appos}."
        else:
            q = _q(m, k, ".")
            text = f"{p[0]}, {appos}, said: {q}"
        yield Case("", f"framed|{shape}|{title is not None}", text, [Expect(q, "direct", p, title)])


#: (count, description)
COUNTED = (
    ("one", "resident", "resident"),
    ("one", "local farmer", "local farmer"),
    ("another", "shopkeeper", "shopkeeper"),
    ("one", "nurse", "nurse"),
)


def quantified_description() -> Iterator[Case]:
    """'"C," said one resident, NAME.' / '"C," one resident, NAME, said.' -> NAME, title
    'resident' (the count is no part of the title)."""
    shapes = ("said-first", "said-last")
    combos = itertools.product(COUNTED, PEOPLE, shapes, MARKS, range(len(QUOTES)))
    for (count, desc, title), p, shape, m, k in sample(combos, 200, "f14t-counted"):
        q = _q(m, k, ",")
        if shape == "said-first":
            text = f"{q} said {count} {desc}, {p[0]}."
        else:
            text = f"{q} {count} {desc}, {p[0]}, said."
        yield Case("", f"counted|{shape}", text, [Expect(q, "direct", p, title)])


TIME_OPENERS = ("Late on Wednesday", "Early on Friday", "Late Tuesday", "Later on Sunday")


def time_opener() -> Iterator[Case]:
    """'TIME, the council voted. "C," said RANK NAME.' / 'TIME, RANK NAME said, "C."' -> NAME;
    the time phrase is never a speaker."""
    shapes = ("voted", "said")
    combos = itertools.product(TIME_OPENERS, PEOPLE, RANKS[:6], shapes, MARKS[:2], range(len(QUOTES)))
    for opener, p, rank, shape, m, k in sample(combos, 160, "f14t-time"):
        if shape == "voted":
            q = _q(m, k, ",")
            text = f"{opener}, the council voted to close the depot. {q} said {rank} {p[0]}."
        else:
            q = _q(m, k, ".")
            text = f"{opener}, {rank} {p[0]} said: {q}"
        yield Case(
            "",
            f"time-opener|{shape}",
            text,
            [Expect(q, "direct", p, rank)],
            wrong_speakers=[(q, opener)],
        )


ROUND13_F14T = (
    named(
        "titles.rank_abbreviation",
        "6",
        '"C," said Sgt. NAME / Lt. Col. NAME said: NAME, title the rank, never "Sgt"',
        rank_abbreviation,
    ),
    named(
        "titles.rank_then_role",
        "6",
        "Professor NAME, an epidemiologist at BODY, said C: the role with its body printed",
        rank_then_role,
    ),
    named(
        "titles.framed_role",
        "6",
        "said NAME, (the) policy lead at BODY: title; 'speaking at BODY': none",
        framed_role,
    ),
    named(
        "titles.quantified_description",
        "6",
        "said one resident, NAME: title 'resident'",
        quantified_description,
    ),
    named(
        "names.time_opener",
        "5",
        "Late on Wednesday, ... said Sgt. NAME: NAME, never the time phrase",
        time_opener,
    ),
)
