"""Development capabilities added on branch ``h27quoted`` in the twenty-seventh round: words in
quotation marks that are part of a speaker's description (a title of a work, a slogan on a thing
worn or carried, a nickname), not a quotation.

* *"Q," said NAME, author of "TITLE," who lives nearby.* / *"Q," NAME, director of the film
  "TITLE," said.* / *NAME, host of "TITLE," said: "Q."*: the marked title belongs to NAME's
  apposition; NAME speaks, the title is the role with its work, and the title is no quote.
* *NAME, author of "TITLE," said (that) C.*: the indirect report is NAME's.
* *"Q," NAME, wearing a "SLOGAN" cap, said.* / *NAME, carrying a "SLOGAN" banner, said C.*
* *"Q," NAME, whose novel "TITLE" won the prize, told reporters.* / *NAME, known as "NICK" to
  fans, said C.*
* Guards: a real quotation in a relative clause (*NAME, who called the plan "a disgrace," said
  on Monday that C.*) stays NAME's mixed quote; a title that ends a sentence before a new
  quotation by someone else; a nickname inside a name (*Marta "Speedy" Olsen said C.*).

People, works and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_H27QUOTED` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons of several cultures.
NAMES = (
    "Tomas Reyes",
    "Ilse Brandt",
    "Ngozi Eze",
    "Kenji Matsuda",
    "Fatima Zahra Alaoui",
    "Pekka Laine",
    "Rosa Villalobos",
    "Anh Tran",
    "Oluwaseun Adeyemi",
    "Siobhan Kelly",
)
#: Direct quotations (no final mark).
QUOTES = (
    "The river is rising faster than anyone planned for",
    "We are ready to start filming in the spring",
    "Nobody told us the bridge would close",
    "I wrote the first chapter on a night train",
    "We have had better summers than this one",
)
#: Reported clauses.
CLAUSES = (
    "the river was rising faster than anyone had planned for",
    "the festival would go ahead in June",
    "the council had ignored the warnings",
    "the new bridge was badly designed",
)
#: Marks: (open, close); single marks are British style.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))
#: Roles of a work's maker or presenter: (role phrase before the title).
ROLES = (
    "author of",
    "director of",
    "star of",
    "host of",
    "creator of",
    "the author of the novel",
    "director of the documentary",
    "host of the podcast",
    "the composer of the opera",
    "co-author of the report",
)
#: Titles of works in title case.
TITLES = (
    "The Flood Year",
    "Salt Roads",
    "A House on Cable Street",
    "Night Ferry",
    "The Last Orchard",
    "Winter in Tromso",
)


def _title(role: str, work: str) -> Contains:
    """The title expected: the role and the work's name."""
    return Contains((role.removeprefix("the ").split(" of")[0], work))


def title_direct() -> Iterator[Case]:
    """'"Q," said NAME, ROLE "T," who lives nearby.' / '"Q," NAME, ROLE "T," said.' / 'NAME,
    ROLE "T," said: "Q."' / '"Q," said NAME, ROLE "T."' -> NAME, the role with its work."""
    combos = itertools.product(NAMES, ROLES, TITLES, QUOTES, MARKS, (0, 1, 2, 3))
    for name, role, work, quote, (op, cl), shape in sample(combos, 480, "h27quoted-direct"):
        if shape == 0:
            content = f"{op}{quote},{cl}"
            text = f"{content} said {name}, {role} {op}{work},{cl} who lives nearby."
        elif shape == 1:
            content = f"{op}{quote},{cl}"
            text = f"{content} {name}, {role} {op}{work},{cl} said."
        elif shape == 2:
            content = f"{op}{quote}.{cl}"
            text = f"{name}, {role} {op}{work},{cl} said: {content}"
        else:
            content = f"{op}{quote},{cl}"
            text = f"{content} said {name}, {role} {op}{work}.{cl}"
        expected = [Expect(content, "direct", name, _title(role, work))]
        yield Case("", "direct", text, expected, exact=True)


def title_indirect() -> Iterator[Case]:
    """'NAME, ROLE "T," said (that) C.' / '... told reporters C.' -> indirect C by NAME."""
    cues = ("said", "said that", "told reporters", "warned that", "argued that")
    combos = itertools.product(NAMES, ROLES, TITLES, CLAUSES, MARKS[:2], cues)
    for name, role, work, clause, (op, cl), cue in sample(combos, 300, "h27quoted-indirect"):
        text = f"{name}, {role} {op}{work},{cl} {cue} {clause}."
        content = f"that {clause}" if cue.endswith("that") else clause
        expected = [Expect(content, "indirect", name, _title(role, work))]
        yield Case("", "indirect", text, expected, exact=True)


#: Slogans on things worn or carried: (participle, article, thing).
THINGS = (
    ("wearing", "a", "cap"),
    ("wearing", "a", "T-shirt"),
    ("wearing a straw hat and", "", "badges"),
    ("carrying", "a", "banner"),
    ("holding", "a", "placard"),
    ("wearing", "a", "badge"),
)
#: Slogans in title case.
SLOGANS = ("Vote Local", "Save Our Ferry", "Keep the Library Open", "No New Tolls", "Hands Off Our Harbour")
#: State or local descriptions before the name.
PRE = ("", "Ohio delegate ", "Union steward ", "Tenant organiser ")


def slogan_participle() -> Iterator[Case]:
    """'"Q," PRE NAME, wearing a "SLOGAN" cap, said.' / 'NAME, carrying a "SLOGAN" banner, said C.'
    -> NAME speaks; the slogan is no quote."""
    combos = itertools.product(NAMES, THINGS, SLOGANS, PRE, QUOTES + CLAUSES, MARKS[:2])
    for name, (part, art, thing), slogan, pre, words, (op, cl) in sample(combos, 300, "h27quoted-slogan"):
        desc = f"{part} {art} {op}{slogan}{cl} {thing}".replace("  ", " ")
        if words in CLAUSES:
            text = f"{pre}{name}, {desc}, said {words}."
            expected = [Expect(words, "indirect", name)]
        else:
            content = f"{op}{words},{cl}"
            text = f"{content} {pre}{name}, {desc}, said."
            expected = [Expect(content, "direct", name)]
        yield Case("", "slogan", text, expected, exact=True)


#: Relative clauses with a work: (clause before the title, clause after it).
WHOSE = (
    ("whose song", "topped the charts"),
    ("whose novel", "won the prize last year"),
    ("whose film", "opened the festival"),
    ("whose album", "sold a million copies"),
    ("whose podcast", "has a large following"),
    ("whose memoir", "came out in May"),
)
#: Nicknames: (phrase before, phrase after).
KNOWN = (
    ("known as", "to fans"),
    ("nicknamed", "by colleagues"),
    ("known to everyone as", "since school"),
    ("dubbed", "by the local press"),
)


def whose_work() -> Iterator[Case]:
    """'"Q," NAME, whose song "T" topped the charts, told reporters.' / 'NAME, known as "NICK"
    to fans, said C.' -> NAME speaks; the title or nickname is no quote."""
    nicks = ("The Skipper", "Iron Lady", "Doc", "The Professor")
    relatives = [("w", w, t) for w in WHOSE for t in TITLES] + [("k", k, n) for k in KNOWN for n in nicks]
    combos = itertools.product(NAMES, relatives, QUOTES + CLAUSES, MARKS, ("said", "told reporters"))
    for name, (_, (before, after), work), words, (op, cl), cue in sample(combos, 300, "h27quoted-whose"):
        desc = f"{before} {op}{work}{cl} {after}"
        if words in CLAUSES:
            text = f"{name}, {desc}, {cue} {words}."
            expected = [Expect(words, "indirect", name)]
        else:
            content = f"{op}{words},{cl}"
            text = f"{content} {name}, {desc}, {cue}."
            expected = [Expect(content, "direct", name)]
        yield Case("", "whose", text, expected, exact=True)


#: Real quotations in a relative clause: (verb phrase before, quoted words).
CALLED = (
    ("who called the plan", "a disgrace"),
    ("who described the vote as", "a farce"),
    ("who said the budget was", "dead on arrival"),
    ("who called the delay", "a scandal"),
)


def guard_real_quote() -> Iterator[Case]:
    """'NAME, who called the plan "a disgrace," said on Monday that C.': the inner quotation is
    NAME's (a mixed quote) and stays one; the report is NAME's too."""
    combos = itertools.product(NAMES, CALLED, CLAUSES, MARKS[:2])
    for name, (verb, words), clause, (op, cl) in sample(combos, 160, "h27quoted-greal"):
        obj = verb.split(" ", 1)[1]
        text = f"{name}, {verb} {op}{words},{cl} said on Monday that {clause}."
        mixed = f"{obj} {op}{words},{cl}".removeprefix("called ").removeprefix("described ")
        expected = [Expect(f"that {clause}", "indirect", name)]
        yield Case("", "greal", text, expected, exact=False, wrong_speakers=[(mixed, "Monday")])


def guard_new_sentence() -> Iterator[Case]:
    """'"Q1," said NAME, author of "T." "Q2," NAME2 said.': the title ends the sentence; Q2 is
    NAME2's."""
    combos = itertools.product(NAMES, NAMES, ROLES[:5], TITLES, QUOTES, MARKS[:2])
    pairs = ((a, b, r, t, q, m) for a, b, r, t, q, m in combos if a != b)
    for name, other, role, work, quote, (op, cl) in sample(pairs, 160, "h27quoted-gnew"):
        first = f"{op}{quote},{cl}"
        second = f"{op}That is not what we were told,{cl}"
        text = f"{first} said {name}, {role} {op}{work}.{cl} {second} {other} said."
        expected = [Expect(first, "direct", name), Expect(second, "direct", other)]
        yield Case("", "gnew", text, expected, exact=False)


def guard_nickname() -> Iterator[Case]:
    """'Marta "Speedy" Olsen said C.' / '"Q," said Marta "Speedy" Olsen.' -> the person."""
    people = (("Marta", "Speedy", "Olsen"), ("Kofi", "The Rock", "Mensah"), ("Yuki", "Boss", "Sato"))
    combos = itertools.product(people, QUOTES + CLAUSES, MARKS[:2])
    for (first, nick, last), words, (op, cl) in sample(combos, 120, "h27quoted-gnick"):
        full = f"{first} {op}{nick}{cl} {last}"
        accepted = (f"{first} {last}", full)
        if words in CLAUSES:
            text = f"{full} said {words}."
            expected = [Expect(words, "indirect", accepted)]
        else:
            content = f"{op}{words},{cl}"
            text = f"{content} said {full}."
            expected = [Expect(content, "direct", accepted)]
        yield Case("", "gnick", text, expected, exact=False)


ROUND25_H27QUOTED: tuple[Capability, ...] = (
    named(
        "works.title_in_apposition_direct",
        "2",
        "'Q,' said NAME, author of 'T,' who lives nearby / 'Q,' NAME, host of 'T,' said: NAME"
        " speaks, title the role with its work",
        title_direct,
    ),
    named(
        "works.title_in_apposition_indirect",
        "2",
        "NAME, author of 'T,' said (that) C: the report is NAME's, title the role with its work",
        title_indirect,
    ),
    named(
        "works.slogan_in_participle",
        "2",
        "'Q,' NAME, wearing a 'Vote Local' cap, said / NAME, carrying a 'SLOGAN' banner, said C: NAME speaks",
        slogan_participle,
    ),
    named(
        "works.whose_work_relative",
        "2",
        "'Q,' NAME, whose song 'T' topped the charts, told reporters / NAME, known as 'NICK' to fans,"
        " said C: NAME speaks",
        whose_work,
    ),
    named(
        "guards.h27quoted_real_quote_in_relative",
        "2",
        "NAME, who called the plan 'a disgrace,' said on Monday that C: the report is NAME's (guard)",
        guard_real_quote,
    ),
    named(
        "guards.h27quoted_title_then_new_sentence",
        "2",
        "'Q1,' said NAME, author of 'T.' 'Q2,' NAME2 said: each quote its own speaker (guard)",
        guard_new_sentence,
    ),
    named(
        "guards.h27quoted_nickname_in_name",
        "2",
        "Marta 'Speedy' Olsen said C: the person speaks (guard)",
        guard_nickname,
    ),
)
