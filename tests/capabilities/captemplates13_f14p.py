"""Development capabilities added on branch ``f14p`` in the fourteenth round: who a *he*/*she*
means between two people just introduced together. A first name that no table lists gives no
gender, so the pronoun that agrees with the other newcomer's known gender names that other
one; when neither shows a gender and nothing in the text tells them apart, nobody is named
(a wrong speaker is worse than none); and grammar binds a pronoun to a name that shows its
gender: a reflexive object (*X introduced herself*), a possessive after *and* coordinated
with the sentence's subject (*X, 52, a nurse, and her husband*), a possessive after *for*
when a verb of judging has the name as its object (*thanked X for his work*). A possessive
pronoun in a title (*Y, her lawyer,*) names somebody else's gender, not the title holder's.
People and sentences of their own.

``captemplates.py`` adds :data:`ROUND13_F14P` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: First names no table of quotex lists (no gender), with a surname each.
#: (Round 44: given names the world name counts list, world_names.py, were replaced by unlisted
#: Bhutanese, Mongolian, Japanese and Tongan ones, so the cases still test a name of no gender.)
UNLISTED = (
    "Thandeka Mokoena",
    "Dechen Tipene",
    "Tandin Vasseur",
    "Kalani Keawe",
    "Namgay Ndlovu",
    "Wiremu Rangi",
)
#: (full name, "m"/"f") of people whose first names the tables list.
LISTED = (
    ("Tomasz Wierzba", "m"),
    ("Hamish Gilchrist", "m"),
    ("Dermot Kinsella", "m"),
    ("Ingrid Aasland", "f"),
    ("Saoirse Mulcahy", "f"),
    ("Priyanka Raghavan", "f"),
)
PRONOUN = {"m": "he", "f": "she"}
OTHER = {"m": "f", "f": "m"}
QUOTES = ("The accounts do not add up.", "We were never consulted.", "I stand by every word.")

#: Sentences that introduce two people together: {A} first, then {B}.
INTRODUCTIONS = (
    "{A} hired {B} as deputy manager of the Corrow Valley Water Board in 2021.",
    "{A} met {B} on Monday.",
    "{A} questioned {B} for an hour at the hearing.",
    "{A} succeeded {B} as chair of the trust in May.",
    "{A} said {B} had resigned on Thursday.",
    "{A} told {B} that the contract was void.",
    "A lecturer in planning at Tarnbeck College, {A}, met {B} on Tuesday.",
)


def _quote(i: int) -> str:
    return QUOTES[i % len(QUOTES)]


def agreeing_newcomer() -> Iterator[Case]:
    """'{A} VERB {B} ...\\n\\n"C," PRONOUN said.' where one of the two has a listed first name
    whose gender the pronoun has and the other an unlisted one: the listed one, never the
    other (whichever comes first)."""
    combos = itertools.product(INTRODUCTIONS, UNLISTED, LISTED, (True, False), MARKS)
    for i, (intro, unlisted, (listed, gender), listed_first, marks) in enumerate(
        sample(combos, 400, "agreeing_newcomer")
    ):
        a, b = (listed, unlisted) if listed_first else (unlisted, listed)
        quote = marks.q(_quote(i)[:-1] + ",")
        text = intro.format(A=a, B=b) + f"\n\n{quote} {PRONOUN[gender]} said."
        yield Case(
            "",
            f"{intro.split()[1]}|{'listed first' if listed_first else 'unlisted first'}",
            text,
            [Expect(quote, "direct", listed)],
            exact=False,
            wrong_speakers=[(quote, unlisted)],
        )


def undecided_newcomers() -> Iterator[Case]:
    """'{A} VERB {B} ...\\n\\n"C," he/she said.' where neither first name is listed and the text
    gives neither a gender: nobody is named (either may be meant)."""
    pairs = [(a, b) for a, b in itertools.permutations(UNLISTED, 2)]
    combos = itertools.product(INTRODUCTIONS, pairs, ("m", "f"), MARKS)
    for i, (intro, (a, b), gender, marks) in enumerate(sample(combos, 300, "undecided_newcomers")):
        quote = marks.q(_quote(i)[:-1] + ",")
        text = intro.format(A=a, B=b) + f"\n\n{quote} {PRONOUN[gender]} said."
        yield Case(
            "",
            f"{intro.split()[1]}|{gender}",
            text,
            [Expect(quote, "direct", None)],
            exact=False,
        )


#: (sentence with {A} and {B}, the gender it binds to {B}): the pronoun of that gender is {B}'s.
BINDING = (
    ("{A} introduced {a_self} to {B} at the door.", "reflexive"),
    ("{A}, 52, a retired nurse, and {a_pos} partner {B} ran the shop for years.", "coordinated"),
    ("{A} and {a_pos} partner, {B}, ran the shop for years.", "coordinated"),
    ("{A} thanked {B} for {b_pos} work on the report.", "judging"),
    ("{A} praised {B} for {b_pos} patience with the residents.", "judging"),
)


def bound_gender() -> Iterator[Case]:
    """Two unlisted first names; grammar binds a pronoun with a gender to one of them (a
    reflexive to the subject, a possessive after *and* to the subject, a possessive after a verb
    of judging and *for* to its object): a later pronoun of the other gender names the other,
    never the bound one."""
    pairs = [(a, b) for a, b in itertools.permutations(UNLISTED, 2)]
    combos = itertools.product(BINDING, pairs, ("m", "f"), MARKS)
    for i, ((frame, kind), (a, b), gender, marks) in enumerate(sample(combos, 300, "bound_gender")):
        if kind == "judging":  # the object's possessive: {B} has *gender*, {A} is meant by the other
            speaker, bound = a, b
            bound_gender_ = gender
        else:  # the subject's reflexive or possessive: {A} has *gender*, {B} is meant by the other
            speaker, bound = b, a
            bound_gender_ = gender
        a_self = "himself" if bound_gender_ == "m" else "herself"
        pos = "his" if bound_gender_ == "m" else "her"
        sentence = frame.format(A=a, B=b, a_self=a_self, a_pos=pos, b_pos=pos)
        quote = marks.q(_quote(i)[:-1] + ",")
        text = f"{sentence}\n\n{quote} {PRONOUN[OTHER[bound_gender_]]} said."
        yield Case(
            "",
            f"{kind}|{gender}",
            text,
            [Expect(quote, "direct", speaker)],
            exact=False,
            wrong_speakers=[(quote, bound)],
        )


def possessive_title() -> Iterator[Case]:
    """'"C1," said {A}. {B}, her/his lawyer, said ... "C2," he/she said.' (two unlisted first
    names): the possessive in {B}'s title is {A}'s, so it gives {B} no gender and a pronoun of
    the other gender is {B}'s, the last speaker and subject, never {A}'s."""
    roles = ("lawyer", "spokesperson", "agent", "business partner")
    pairs = [(a, b) for a, b in itertools.permutations(UNLISTED, 2)]
    combos = itertools.product(roles, pairs, ("m", "f"), MARKS)
    for i, (role, (a, b), gender, marks) in enumerate(sample(combos, 240, "possessive_title")):
        pos = "his" if gender == "m" else "her"
        first = marks.q("We will fight this,")
        quote = marks.q(_quote(i)[:-1] + ",")
        text = (
            f"{first} said {a}. {b}, {pos} {role}, said the appeal would be lodged within a week.\n\n"
            f"{quote} {PRONOUN[OTHER[gender]]} said."
        )
        yield Case(
            "",
            f"{role}|{gender}",
            text,
            [Expect(quote, "direct", b)],
            exact=False,
            wrong_speakers=[(quote, a)],
        )


def added_goes_on() -> Iterator[Case]:
    """'"C1," said {U}, who sat beside {K}.\\n\\n"C2," PRONOUN added.' with {U} unlisted and the
    pronoun agreeing with the listed {K}: *added* goes on with the last speaker, {U}, never {K}."""
    combos = itertools.product(UNLISTED, LISTED, MARKS)
    for i, (unlisted, (listed, gender), marks) in enumerate(sample(combos, 120, "added_goes_on")):
        first = marks.q("Nobody asked the tenants,")
        quote = marks.q(_quote(i)[:-1] + ",")
        text = (
            f"{first} said {unlisted}, who sat beside {listed} at the inquiry.\n\n"
            f"{quote} {PRONOUN[gender]} added."
        )
        yield Case(
            "",
            f"{gender}",
            text,
            [Expect(quote, "direct", unlisted)],
            exact=False,
            wrong_speakers=[(quote, listed)],
        )


#: Posts of six words or more before an appositive name (the role noun, then its portfolio).
LONG_ROLES = (
    "deputy head of mission at the Chilean embassy in Canberra",
    "secretary general of the Guild of Inland Boatmen",
    "head of planning at the county council in Truro",
    "director of communications at the port authority in Hull",
    "assistant director of research at the Holloway Trust",
    "chief operating officer of Marrick Freight Holdings",
)


def long_role_before_name() -> Iterator[Case]:
    """'The LONG ROLE, NAME, told the meeting: "C"' / '..., NAME, said C.' -> NAME titled with the
    role, never the role as the speaker."""
    names = UNLISTED[:3] + tuple(full for full, _ in LISTED[:3])
    combos = itertools.product(LONG_ROLES, names, MARKS, (True, False))
    for i, (role, name, marks, direct) in enumerate(sample(combos, 240, "long_role_before_name")):
        if direct:
            quote = marks.q(_quote(i))
            text = f"The {role}, {name}, told the meeting: {quote}"
            expect = Expect(quote, "direct", name, role)
        else:
            text = f"The {role}, {name}, said the ferry would run until March."
            expect = Expect("the ferry would run until March", "indirect", name, role)
        yield Case("", f"{role.split()[0]}|{'direct' if direct else 'indirect'}", text, [expect])


ROUND13_F14P: tuple[Capability, ...] = (
    named(
        "pronoun.agreeing_newcomer",
        "2",
        'A VERB B. "C," he/she said. (one first name listed with that gender, one unlisted): the listed one',
        agreeing_newcomer,
    ),
    named(
        "pronoun.undecided_newcomers",
        "2",
        'A VERB B. "C," he/she said. (neither first name listed, no gender in the text): no speaker',
        undecided_newcomers,
    ),
    named(
        "pronoun.bound_gender",
        "2",
        "A introduced herself to B / A and her partner B / thanked B for his work: other pronoun, other one",
        bound_gender,
    ),
    named(
        "pronoun.possessive_title",
        "2",
        '"C1," said A. B, her lawyer, said ... "C2," he said.: B (the possessive is A\'s), never A',
        possessive_title,
    ),
    named(
        "pronoun.added_goes_on",
        "2",
        '"C1," said A (unlisted), who sat beside B. "C2," PRONOUN (B\'s gender) added.: A',
        added_goes_on,
    ),
    named(
        "titles.long_role_before_name",
        "5",
        "The ROLE of/at BODY in PLACE (six words or more), NAME, said C: NAME, titled with the role",
        long_role_before_name,
    ),
)
