"""Development capabilities added on branch ``h27names`` in the twenty-seventh round: names
and roles around an inverted cue or a list.

* *"Q," said the museum's seed scientist, NAME.*: a noun modifier the lexicon lacks before a
  role after a possessive or *its* still makes a role description, so NAME speaks.
* *A and Jean-Sébastien Roy said ...*: hyphenated, accented and apostrophe given names the
  first-name table lacks still make a list of two speakers.
* *"Q," Kandy Public Library head librarian Ruvimbo said.*: a body-led title before a one-word
  name.
* *"Q," Samoan Fa'afetai Leota said.*: a demonym before an unlisted given name is no part of
  the name.
* Guards: bodies that start with a demonym, a possessive noun that is no role (*the museum's
  collection, the Sato Bequest*), and a plural role before two names.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_H27NAMES` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons of several cultures, given names the first-name table may lack.
NAMES = (
    "Ruvimbo Chikwanha",
    "Aroha Ngata",
    "Tendai Moyo",
    "Mereana Tawhiri",
    "Nino Beridze",
    "Kavitha Ramasamy",
    "Sione Vaipulu",
    "Tatsuya Onodera",
    "Gaukhar Serikova",
    "Oluwaseun Adebayo",
)
#: People known by one name.
ONE_NAMES = ("Ruvimbo", "Teodora", "Kalani", "Zhanar", "Mereana")
#: Quotations (with no final mark).
QUOTES = (
    "The seeds in the vault are safe for now",
    "We lost half the coral in a single summer",
    "Nobody expected the river to rise so fast",
    "The roof will be fixed before the rains come",
    "Our volunteers counted every bird on the island",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: Owners before a role: a possessive noun phrase or a possessive determiner.
OWNERS = ("the museum's", "the garden's", "the institute's", "its", "the council's", "the reserve's")
#: Roles after a noun modifier the lexicon may lack.
ROLES = (
    "seed scientist",
    "coral ecologist",
    "textile conservator",
    "principal seed scientist",
    "glacier technician",
    "senior bird ecologist",
    "soil chemist",
    "map archivist",
)


def possessive_compound() -> Iterator[Case]:
    """'"Q," said the museum's seed scientist, NAME.' (and shapes) -> NAME, title with the role."""
    people = NAMES + ONE_NAMES
    combos = itertools.product(OWNERS, ROLES, people, QUOTES, MARKS, (0, 1, 2))
    for owner, role, name, quote, (op, cl), shape in sample(combos, 420, "h27names-poss"):
        content = f"{op}{quote},{cl}"
        if shape == 0:
            text = f"{content} said {owner} {role}, {name}."
        elif shape == 1:
            text = f"{content} {owner} {role}, {name}, said."
        else:
            if " " not in name:
                continue
            text = f"{content} said {owner} {role} {name}."
        wrong = [(content, f"{owner} {role}".removeprefix("the ")), (content, role)]
        expected = [Expect(content, "direct", name, Contains((role.split()[-1],)))]
        yield Case("", "poss", text, expected, exact=False, wrong_speakers=wrong)


#: Pairs whose second (or first) given name is hyphenated, accented or has an apostrophe.
PAIRS = (
    ("Aroha Ngata", "Jean-Sébastien Roy"),
    ("Marie-Ève Tremblay", "Tendai Moyo"),
    ("Mereana Tawhiri", "Fa'afetai Leota"),
    ("Kavitha Ramasamy", "Fa\u2019afetai Leota"),
    ("Hēmi Walker", "Nino Beridze"),
    ("Sione Vaipulu", "Anaïs Gagnon"),
    ("Ruvimbo Chikwanha", "Jean-François Côté"),
    ("Tāne Parata", "Gaukhar Serikova"),
)
#: Reports after the list (indirect).
REPORTS = (
    "the reef had bleached",
    "the survey would resume in May",
    "the library had been flooded twice",
    "the water was safe to drink",
)
#: Groups that introduce the list.
GROUPS = ("Two of the divers", "Both researchers", "Two of the volunteers")


def hyphenated_list() -> Iterator[Case]:
    """'A and Jean-Sébastien Roy said X.' / 'Two of the divers, A and B, said X.' /
    '"Q," said A and B.' -> both speakers."""
    combos = itertools.product(PAIRS, REPORTS, QUOTES, MARKS, GROUPS, (0, 1, 2, 3))
    for (a, b), report, quote, (op, cl), group, shape in sample(combos, 360, "h27names-list"):
        both = f"{a}; {b}"
        if shape == 0:
            text = f"{a} and {b} said {report}."
            expected = [Expect(report, "indirect", both)]
        elif shape == 1:
            text = f"{group}, {a} and {b}, said {report}."
            expected = [Expect(report, "indirect", both)]
        elif shape == 2:
            content = f"{op}{quote},{cl}"
            text = f"{content} said {a} and {b}."
            expected = [Expect(content, "direct", both)]
        else:
            content = f"{op}{quote}.{cl}"
            text = f"{a} and {b} said: {content}"
            expected = [Expect(content, "direct", both)]
        wrong = [(expected[0].content, b), (expected[0].content, a)]
        yield Case("", "list", text, expected, exact=False, wrong_speakers=wrong)


#: Bodies that lead a title: (body, role).
BODY_ROLES = (
    ("Kandy Public Library", "head librarian"),
    ("Harare Botanic Garden", "curator"),
    ("Tbilisi City Council", "spokeswoman"),
    ("Rotorua Lakes Trust", "chairman"),
    ("Chennai Port Authority", "director"),
    ("Almaty Zoo", "chief vet"),
)


def body_role_mononym() -> Iterator[Case]:
    """'"Q," Kandy Public Library head librarian Ruvimbo said.' -> Ruvimbo, title BODY ROLE."""
    combos = itertools.product(BODY_ROLES, ONE_NAMES, QUOTES, MARKS, (0, 1, 2))
    for (body, role), name, quote, (op, cl), shape in sample(combos, 300, "h27names-mono"):
        if shape == 0:
            content = f"{op}{quote},{cl}"
            text = f"{content} {body} {role} {name} said."
        elif shape == 1:
            content = f"{op}{quote},{cl}"
            text = f"{content} said {body} {role} {name}."
        else:
            content = f"{op}{quote}.{cl}"
            text = f"{body} {role} {name} said: {content}"
        expected = [Expect(content, "direct", name, Contains((body, role)))]
        yield Case("", "mono", text, expected, exact=False)


#: Demonyms before a person's name.
DEMONYMS = ("Samoan", "Tongan", "Zimbabwean", "Georgian", "Fijian", "Kazakh", "Tamil", "Maori")
#: Persons whose given name the first-name table may lack, straight and curly marks.
DEMONYM_NAMES = (
    "Fa'afetai Leota",
    "Fa\u2019afetai Leota",
    "Tendai Moyo",
    "Siosaia Fifita",
    "Levan Kobiashvili",
    "Gaukhar Serikova",
    "Tāne Parata",
    "Ruvimbo Chikwanha",
)


def demonym_name() -> Iterator[Case]:
    """'"Q," Samoan Fa'afetai Leota said.' (and shapes) -> 'Fa'afetai Leota'."""
    combos = itertools.product(DEMONYMS, DEMONYM_NAMES, QUOTES, MARKS, (0, 1, 2))
    for dem, name, quote, (op, cl), shape in sample(combos, 360, "h27names-dem"):
        if shape == 0:
            content = f"{op}{quote},{cl}"
            text = f"{content} {dem} {name} said."
        elif shape == 1:
            content = f"{op}{quote},{cl}"
            text = f"{content} said {dem} {name}."
        else:
            content = f"{op}{quote}.{cl}"
            text = f"{dem} {name} said: {content}"
        wrong = [(content, f"{dem} {name}")]
        yield Case("", "dem", text, [Expect(content, "direct", name)], exact=False, wrong_speakers=wrong)


#: Bodies that start with a demonym: (body, role).
DEMONYM_BODIES = (
    ("Australian Polar Science Program", "director"),
    ("Samoan Rugby Union", "chief executive"),
    ("Georgian Wine Association", "spokeswoman"),
    ("Fijian Sevens Union", "coach"),
    ("Zimbabwean Cricket Board", "chairman"),
)


def guard_demonym_body() -> Iterator[Case]:
    """'"Q," said Samoan Rugby Union chief executive NAME.' -> NAME, title BODY ROLE; '"Q," the
    Fijian Sevens Union said.' -> the body."""
    combos = itertools.product(DEMONYM_BODIES, NAMES, QUOTES, MARKS, (0, 1, 2))
    for (body, role), name, quote, (op, cl), shape in sample(combos, 240, "h27names-gbody"):
        content = f"{op}{quote},{cl}"
        if shape == 0:
            text = f"{content} said {body} {role} {name}."
            expected = [Expect(content, "direct", name, Contains((body, role)))]
        elif shape == 1:
            text = f"{content} {body} {role} {name} said."
            expected = [Expect(content, "direct", name, Contains((body, role)))]
        else:
            text = f"{content} the {body} said in a statement."
            expected = [Expect(content, "direct", body)]
        yield Case("", "gbody", text, expected, exact=False)


#: Possessive nouns that are no person's role, with an apposed name of a thing.
THINGS = (
    ("the museum's collection", "the Sato Bequest"),
    ("the garden's oldest tree", "the Kauri Giant"),
    ("the institute's seed archive", "the Nakamura Vault"),
)


def guard_not_person() -> Iterator[Case]:
    """'"Q," said NAME, the curator who looks after the museum's collection, the Sato Bequest.'
    -> NAME; the thing's name never speaks and a plural role before two names is no speaker."""
    combos = itertools.product(THINGS, NAMES, QUOTES, MARKS, (0, 1))
    for (owner, thing), name, quote, (op, cl), shape in sample(combos, 160, "h27names-gthing"):
        content = f"{op}{quote},{cl}"
        if shape == 0:
            text = f"{content} said {name}, who looks after {owner}, {thing}."
        else:
            text = f"{content} said {name}. {name.split()[0]} looks after {owner}, {thing}."
        wrong = [(content, thing.removeprefix("the ")), (content, owner.removeprefix("the "))]
        yield Case("", "gthing", text, [Expect(content, "direct", name)], exact=False, wrong_speakers=wrong)


def guard_two_scientists() -> Iterator[Case]:
    """'"Q," said the team's two scientists, A and B.' -> both speakers, never the plural."""
    pairs = (
        ("Aroha Ngata", "Marie Roy"),
        ("Tendai Moyo", "Nino Beridze"),
        ("Kavitha Ramasamy", "Sione Vaipulu"),
    )
    groups = ("the team's two scientists", "the museum's two curators", "its two divers")
    combos = itertools.product(pairs, groups, QUOTES, MARKS)
    for (a, b), group, quote, (op, cl) in sample(combos, 90, "h27names-gtwo"):
        content = f"{op}{quote},{cl}"
        text = f"{content} said {group}, {a} and {b}."
        wrong = [(content, group.removeprefix("the "))]
        yield Case(
            "", "gtwo", text, [Expect(content, "direct", f"{a}; {b}")], exact=False, wrong_speakers=wrong
        )


ROUND25_H27NAMES: tuple[Capability, ...] = (
    named(
        "titles.possessive_compound_role_inverted",
        "2",
        "'Q,' said the museum's seed scientist, NAME. / said its principal seed scientist,"
        " MONONYM.: NAME speaks (not the description), title the role",
        possessive_compound,
    ),
    named(
        "names.hyphenated_given_in_list",
        "2",
        "A and Jean-Sébastien Roy said X / Two of the divers, A and Fa'afetai Leota, said X: both speak",
        hyphenated_list,
    ),
    named(
        "titles.body_role_mononym",
        "2",
        "'Q,' Kandy Public Library head librarian Ruvimbo said.: title BODY ROLE",
        body_role_mononym,
    ),
    named(
        "names.demonym_unlisted_given",
        "2",
        "'Q,' Samoan Fa'afetai Leota said.: the name without the demonym",
        demonym_name,
    ),
    named(
        "guards.h27names_demonym_body",
        "2",
        "'Q,' said Samoan Rugby Union chief executive NAME / the Fijian Sevens Union said: the"
        " body keeps its demonym (guard)",
        guard_demonym_body,
    ),
    named(
        "guards.h27names_thing_not_person",
        "2",
        "'Q,' said NAME, who looks after the museum's collection, the Sato Bequest.: NAME (guard)",
        guard_not_person,
    ),
    named(
        "guards.h27names_plural_role_list",
        "2",
        "'Q,' said the team's two scientists, A and B.: both speak, never the plural (guard)",
        guard_two_scientists,
    ),
)
