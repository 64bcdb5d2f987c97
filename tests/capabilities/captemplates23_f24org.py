"""Development capabilities added on branch ``f24org`` in the twenty-fourth round: a body named
with a place or nationality first and later referred to by a short form of its name.

* *The Ghana Football Association (GFA) suspended ... "Q," the Football Association said*: the
  name without its place is the body (not a new body 'Football Association');
* *... the FA said*: the initials of the name without its place are the body;
* *... the Association said*: the capitalised noun that heads the name is the body.

A person speaks between the body's name and its short form, so the short form is no
continuation of the last speaker. Bodies, people and sentences of our own. ``captemplates.py``
adds :data:`ROUND23_F24ORG` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (place or nationality word, the rest of the name): bodies of many kinds and countries.
BODIES = (
    ("Ghana", "Football Association"),
    ("Zambia", "Medical Association"),
    ("Fiji", "Rugby Union"),
    ("Canadian", "Nurses Federation"),
    ("Welsh", "Hockey Federation"),
    ("Nepal", "Bankers Association"),
    ("Queensland", "Teachers Union"),
    ("Scottish", "Chess Society"),
    ("Nigeria", "Bar Association"),
    ("Irish", "Farmers Association"),
)
#: What the body did in its first sentence (past tense, after its name).
ACTS = (
    "suspended the head coach on Monday",
    "rejected the ministry's offer",
    "has called a meeting of its members for next week",
    "announced a review of its rules",
    "wrote to the minister last month",
)
#: A person who speaks between the body's name and its short form.
PEOPLE = ("Abena Owusu-Ansah", "Tomasz Wierzbicki", "Hemi Parata", "Lucía Ferreira", "Dmitri Volkov")
#: The person's line (an indirect report).
PERSON_LINES = (
    "said the decision had come as a surprise",
    "told reporters the talks had broken down",
    "argued that members had not been consulted",
)
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "We have acted in good faith at every stage",
    "The rules apply to everyone, without exception",
    "Our members deserve better than this",
)
#: Cue frames for the short form {b}: (before the quote, after the quote).
FRAMES = (
    ("", " {b} said."),
    ("", " {b} said in a statement."),
    ("", " {b} added."),
    ("In a statement, {b} said: ", ""),
    ("{b} said: ", ""),
)
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _initials(rest: str) -> str:
    """'Football Association' -> 'FA'."""
    return "".join(w[0] for w in rest.split())


def _short(kind: str, rest: str) -> str:
    """The short form of kind *kind* of a body whose name without its place is *rest*."""
    if kind == "placeless":
        return f"the {rest}"
    if kind == "initials":
        return f"the {_initials(rest)}"
    return f"the {rest.rsplit(maxsplit=1)[-1]}"


def _cases(kind: str, seed: str) -> Iterator[Case]:
    """Body named with its place (with or without its acronym in brackets), a person's line,
    then a quotation cued by the body's short form of *kind*."""
    combos = itertools.product(BODIES, ACTS, PEOPLE, PERSON_LINES, QUOTES, FRAMES, MARKS, (False, True))
    for (place, rest), act, person, line, q, (pre, post), (op, cl), bracket in sample(combos, 260, seed):
        full = f"{place} {rest}"
        acronym = f" ({place[0]}{_initials(rest)})" if bracket else ""
        short = _short(kind, rest)
        lead = f"The {full}{acronym} {act}.\n\n{person}, a member, {line}.\n\n"
        if pre:
            quote = f"{op}{q}.{cl}"
            text = (
                lead
                + pre.format(b=short[0].upper() + short[1:] if not pre.startswith("In") else short)
                + quote
            )
        else:
            quote = f"{op}{q},{cl}"
            text = lead + quote + post.format(b=short)
        yield Case(
            "", kind, text, [Expect(quote, "direct", full)], exact=False, wrong_speakers=[(quote, person)]
        )


def placeless_name() -> Iterator[Case]:
    """'The Ghana Football Association ... "Q," the Football Association said.' -> the body."""
    return _cases("placeless", "f24org-placeless")


def placeless_initials() -> Iterator[Case]:
    """'The Ghana Football Association ... "Q," the FA said.' -> the body."""
    return _cases("initials", "f24org-initials")


def head_noun() -> Iterator[Case]:
    """'The Ghana Football Association ... "Q," the Association said.' -> the body."""
    return _cases("head", "f24org-head")


#: (name, generic noun): bodies whose first word the first-name lists give as a person's
#: (a place named after one), headed by an organisation noun.
NAMED_AFTER = (
    ("Kenya Union of Clinical Officers", "union"),
    ("Georgia Association of Home Builders", "association"),
    ("Victoria Teachers Federation", "federation"),
    ("Florence Chamber of Commerce", "chamber"),
    ("Jordan Society of Engineers", "society"),
    ("Austin Board of Realtors", "board"),
    ("Savannah Arts Council", "council"),
    ("India Tea Association", "association"),
    ("Adelaide Rowing Club", "club"),
    ("Charlotte Nurses Union", "union"),
)
#: Paragraphs between the body's name and its generic noun (another speaker, narration).
MIDDLE = (
    "{p} said the talks had stalled.\n\nTraffic slowed along the main road as the march went on.\n\n"
    "Shops in the town centre stayed shut for most of the day.\n\n",
    "{p}, a resident, said she had waited three hours.\n\nPolice closed two streets near the offices.\n\n"
    "By noon the crowd had grown to several hundred people.\n\n",
)
#: Cues of the generic noun {g}: (before, after) an indirect or direct quotation.
NOUN_CUES = (
    ("According to the {g}, ", "."),
    ("The {g} said ", "."),
    ("In a statement, the {g} said ", "."),
)
REPORTS = (
    "members were owed three months of allowances",
    "the new rules had been drawn up without consultation",
    "more than 400 members had signed the petition",
)


def far_generic_noun() -> Iterator[Case]:
    """'The Kenya Union of Clinical Officers acted. [three paragraphs] According to the union,
    R.' -> the body (its first word is no person's first name)."""
    combos = itertools.product(NAMED_AFTER, ACTS, PEOPLE, MIDDLE, NOUN_CUES, REPORTS)
    for (name, noun), act, person, middle, (pre, post), r in sample(combos, 260, "f24org-far"):
        text = f"The {name} {act}.\n\n" + middle.format(p=person) + pre.format(g=noun) + r + post
        yield Case("", "far", text, [Expect(r, "indirect", name)], exact=False, wrong_speakers=[(r, person)])


#: Parties named in their own language, whose name holds the word for *party* there (Hindi
#: *dal*, Spanish and Portuguese *partido*, French *parti*, German *Partei*, Dutch *partij*,
#: Polish *partia*, Swedish *partiet*). Invented names.
PARTIES = (
    "Rashtriya Lok Dal",
    "Samta Janata Dal",
    "Partido Verde Unido",
    "Partido da Terra",
    "Parti Vert Alsacien",
    "Neue Freie Partei",
    "Partij voor de Kust",
    "Partia Pracy Ludowej",
    "Nya Landsbygdspartiet",
)
#: What the party did first (a sentence that is no quotation).
PARTY_ACTS = (
    "held a rally in the capital on Sunday",
    "named a new leader last month",
    "won four seats in the regional election",
    "walked out of the assembly on Tuesday",
)
PARTY_CUES = (
    ("In a statement, the party said ", "."),
    ("The party said ", "."),
    ("According to the party, ", "."),
    ("", " the party said."),
)


def foreign_party_noun() -> Iterator[Case]:
    """'The Rashtriya Lok Dal held a rally. The party said R.' -> the party (its name holds
    its own language's word for *party*)."""
    combos = itertools.product(PARTIES, PARTY_ACTS, PARTY_CUES, REPORTS, MARKS, ("\n\n", " "))
    for name, act, (pre, post), r, (op, cl), sep in sample(combos, 260, "f24org-party"):
        if pre:
            content = r
            body = pre + r + post
            expect = Expect(content, "indirect", name)
        else:
            content = f"{op}{r[0].upper()}{r[1:]},{cl}"
            body = content + post
            expect = Expect(content, "direct", name)
        text = f"The {name} {act}.{sep}{body}"
        yield Case("", "party", text, [expect], exact=False)


ROUND23_F24ORG: tuple[Capability, ...] = (
    named(
        "bodies.placeless_short_name",
        "2",
        'The Ghana Football Association acted. "Q," the Football Association said.: the body',
        placeless_name,
    ),
    named(
        "bodies.placeless_initials",
        "2",
        'The Ghana Football Association acted. "Q," the FA said.: the body',
        placeless_initials,
    ),
    named(
        "bodies.capitalised_head_noun",
        "2",
        'The Ghana Football Association acted. "Q," the Association said.: the body',
        head_noun,
    ),
    named(
        "bodies.generic_noun_first_name_place",
        "2",
        "The Kenya Union of X acted. [3 paragraphs] According to the union, R.: the body",
        far_generic_noun,
    ),
    named(
        "bodies.party_in_its_own_language",
        "2",
        "The Rashtriya Lok Dal held a rally. The party said R.: the party",
        foreign_party_noun,
    ),
)
