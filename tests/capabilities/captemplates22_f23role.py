"""Development capabilities added on branch ``f23role`` in the twenty-third round: role nouns the
hand list of titles lacks (*seismologist*, *sacristan*, *farrier*, *cartographer*), in the frames
that already say "role".

* An apposition after the name (*NAME, a seismologist at X, said*; *said NAME, the farrier*).
* A relative clause (*NAME, who is the archivist of X, said*).
* A role before the name, after a lower-case modifier or a body's name (*duty meteorologist
  NAME*, *Harbour Board cartographer NAME*), or capitalised before a name of two words
  (*Sacristan NAME*, *Kestrel Valley Council Cartographer NAME:*).
* The nominal *the NOUN said* after the person was introduced with that role: the person.
* Names whose first word is also a role noun (*Hunter*, *Porter*, *Deacon*): the whole name.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_F23ROLE` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Full names of several origins.
NAMES = (
    "Emeka Okafor-Eze",
    "Aroha Ngata",
    "Priya Raghunathan",
    "Lars-Erik Holmqvist",
    "Yuki Tanabe",
    "Fernanda Lopes",
    "Oksana Hrytsenko",
    "Hamish Gillies",
    "Marisol Quintero",
    "Tevita Fifita",
    "Kwabena Asante",
    "Ingeborg Lindqvist",
)
#: Role nouns of WordNet's noun.person that the hand list lacks, with their article.
ROLES = (
    ("a", "seismologist"),
    ("a", "meteorologist"),
    ("a", "hydrologist"),
    ("a", "sommelier"),
    ("a", "farrier"),
    ("a", "glazier"),
    ("a", "beekeeper"),
    ("a", "sacristan"),
    ("a", "locksmith"),
    ("a", "cartographer"),
    ("an", "epidemiologist"),
    ("a", "toxicologist"),
    ("an", "archivist"),
    ("a", "lifeguard"),
    ("a", "stonemason"),
    ("a", "gamekeeper"),
    ("a", "veterinarian"),
    ("a", "radiographer"),
    ("an", "optometrist"),
    ("an", "auctioneer"),
    ("a", "vintner"),
    ("a", "plumber"),
    ("an", "electrician"),
    ("a", "geologist"),
    ("a", "botanist"),
    ("an", "entomologist"),
    ("an", "ornithologist"),
    ("an", "astronomer"),
    ("a", "librarian"),
    ("a", "janitor"),
    ("a", "choreographer"),
    ("a", "playwright"),
    ("a", "novelist"),
    ("a", "photographer"),
    ("a", "groundskeeper"),
    ("a", "bartender"),
    ("a", "dispatcher"),
    ("a", "notary"),
    ("a", "glassblower"),
    ("a", "cellist"),
)
#: Bodies a role is held at: (the phrase after *at*/*of*/*with*, the body as a pre-modifier).
BODIES = (
    ("the Harbour Board", "Harbour Board"),
    ("Kestrel Valley Council", "Kestrel Valley Council"),
    ("St Brigid's Cathedral", "St Brigid's Cathedral"),
    ("Northgate University", "Northgate University"),
    ("the Lowland Water Authority", "Lowland Water Authority"),
    ("Meridian Health", "Meridian Health"),
    ("Copperfield Mining", "Copperfield Mining"),
)
PREPS = ("at", "of", "with", "for")
#: Lower-case modifiers of a role before a name.
MODIFIERS = ("duty", "senior", "veteran", "retired", "volunteer", "chief", "local", "longtime")
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "Nobody expected the readings to climb this quickly",
    "We have done this work for thirty years and never seen anything like it",
    "The town will need a plan before the winter",
    "It is too early to say what went wrong",
)
MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: Speech verbs in the past, after the subject.
VERBS = ("said", "told reporters", "added", "warned", "explained")


def _role_phrase(art: str, role: str, body: str | None, prep: str, det: str) -> tuple[str, str]:
    """(the phrase as written after the comma, the expected title)."""
    article = {"a": f"{art} ", "the": "the ", "": ""}[det]
    title = role if body is None else f"{role} {prep} {body}"
    return f"{article}{title}", title


def apposition_roles() -> Iterator[Case]:
    """'NAME, a seismologist at X, said "Q."' (and the cue before the name) -> NAME, title."""
    bodies: tuple[str | None, ...] = (None, *(b for b, _ in BODIES))
    combos = itertools.product(NAMES, ROLES, bodies, PREPS, ("a", "the", "", ""), QUOTES, MARKS, range(3))
    for name, (art, role), body, prep, det, q, (op, cl), shape in sample(combos, 300, "f23role-app"):
        phrase, title = _role_phrase(art, role, body, prep, det or ("a" if body is None else ""))
        if shape == 0:
            text = f"{name}, {phrase}, said: {op}{q}.{cl}"
            quote = f"{op}{q}.{cl}"
        elif shape == 1:
            text = f"{op}{q},{cl} said {name}, {phrase}."
            quote = f"{op}{q},{cl}"
        else:
            text = f"{op}{q},{cl} {name}, {phrase}, told the inquiry."
            quote = f"{op}{q},{cl}"
        yield Case("", "apposition", text, [Expect(quote, "direct", name, title)], exact=False)


def relative_roles() -> Iterator[Case]:
    """'NAME, who is the archivist at X, said "Q."' -> NAME, 'archivist at X'."""
    combos = itertools.product(NAMES, ROLES, BODIES, ("at", "of", "for"), ("is", "was", "has been"), QUOTES)
    for name, (art, role), (body, _), prep, verb, q in sample(combos, 160, "f23role-who"):
        det = "the" if verb == "is" else art
        text = f'{name}, who {verb} {det} {role} {prep} {body}, said: "{q}."'
        quote = f'"{q}."'
        yield Case(
            "", "relative", text, [Expect(quote, "direct", name, f"{role} {prep} {body}")], exact=False
        )


def premodifier_roles() -> Iterator[Case]:
    """'duty meteorologist NAME said "Q."', 'Harbour Board cartographer NAME said' -> NAME with
    the role (and its modifier or body) as title."""
    mods: tuple[str, ...] = (*MODIFIERS, *(m for _, m in BODIES))
    combos = itertools.product(NAMES, ROLES, mods, QUOTES, range(3))
    for name, (_, role), mod, q, shape in sample(combos, 240, "f23role-pre"):
        title = f"{mod} {role}"
        if shape == 0:
            text = f'{title[:1].upper()}{title[1:]} {name} said: "{q}."'
            quote = f'"{q}."'
        elif shape == 1:
            text = f'"{q}," said {title} {name}.'
            quote = f'"{q},"'
        else:
            text = f'In a statement on Friday, {title} {name} said: "{q}."'
            quote = f'"{q}."'
        yield Case("", "premodifier", text, [Expect(quote, "direct", name, title)], exact=False)


#: What the person did in the sentence that introduces them.
ACTS = (
    "spent the morning at the site",
    "arrived soon after the alarm",
    "has worked there since 2009",
    "spoke at a briefing on Tuesday",
)


def nominal_roles() -> Iterator[Case]:
    """'NAME, (a|the)? farrier at X, ACT. "Q," the farrier said.' -> NAME, never 'farrier'."""
    combos = itertools.product(
        NAMES, ROLES, BODIES, ("at", "of"), ("a", "the", ""), ACTS, QUOTES, MARKS, (False, True)
    )
    for name, (art, role), (body, _), prep, det, act, q, (op, cl), after in sample(
        combos, 240, "f23role-nom"
    ):
        quote = f"{op}{q},{cl}"
        phrase, _ = _role_phrase(art, role, body, prep, det)
        lead = f"{name}, {phrase}, {act}."
        tail = f"{quote} the {role} said." if not after else f"{quote} said the {role}."
        yield Case(
            "",
            "nominal",
            f"{lead} {tail}",
            [Expect(quote, "direct", name)],
            exact=False,
            wrong_speakers=[(quote, role), (quote, f"the {role}")],
        )


def capitalised_premodifier_roles() -> Iterator[Case]:
    """'Sacristan NAME said "Q."', 'Kestrel Valley Council Cartographer NAME:' (a capitalised
    role before a name of two words) -> NAME, the role (with its body) as title."""
    mods: tuple[str, ...] = ("", *(m for _, m in BODIES))
    combos = itertools.product(NAMES, ROLES, mods, QUOTES, range(3))
    for name, (_, role), mod, q, shape in sample(combos, 200, "f23role-cap"):
        title = f"{mod} {role.capitalize()}".strip()
        if shape == 0:
            text, quote = f'{title} {name} said: "{q}."', f'"{q}."'
        elif shape == 1:
            text, quote = f'"{q}," said {title} {name}.', f'"{q},"'
        else:
            text, quote = f'{title} {name}: "{q}."', f'"{q}."'
        yield Case(
            "",
            "capitalised premodifier",
            text,
            [Expect(quote, "direct", name, title)],
            exact=False,
            wrong_speakers=[(quote, f"{title} {name}"), (quote, f"{role.capitalize()} {name}")],
        )


#: First names that are also role nouns of WordNet's list.
ROLE_FIRST_NAMES = ("Hunter", "Porter", "Deacon", "Baker", "Fisher", "Butler", "Shepherd", "Knight", "Draper")
SURNAMES = ("Okonkwo", "Lindahl", "Whitcombe", "Marchetti", "Nakamura", "Delacroix")


def role_word_names() -> Iterator[Case]:
    """'Hunter Okonkwo said "Q."' (a first name that is also a role noun) -> the whole name."""
    combos = itertools.product(ROLE_FIRST_NAMES, SURNAMES, QUOTES, range(3))
    for first, last, q, shape in sample(combos, 120, "f23role-names"):
        name = f"{first} {last}"
        if shape == 0:
            text, quote = f'{name} said: "{q}."', f'"{q}."'
        elif shape == 1:
            text, quote = f'"{q}," said {name}.', f'"{q},"'
        else:
            text, quote = f'"{q}," {name} told the council.', f'"{q},"'
        yield Case(
            "",
            "role-word name",
            text,
            [Expect(quote, "direct", name)],
            exact=False,
            wrong_speakers=[(quote, last)],
        )


ROUND22_F23ROLE: tuple[Capability, ...] = (
    named(
        "roles.open_apposition",
        "1",
        'NAME, a seismologist at X, said "Q." (a role noun the hand list lacks): NAME, title the role',
        apposition_roles,
    ),
    named(
        "roles.open_relative",
        "1",
        'NAME, who is the archivist at X, said "Q.": NAME, title the role',
        relative_roles,
    ),
    named(
        "roles.open_premodifier",
        "1",
        'duty meteorologist NAME said "Q." / X Council cartographer NAME: NAME, title the role',
        premodifier_roles,
    ),
    named(
        "roles.open_capitalised_premodifier",
        "1",
        'Sacristan NAME said "Q." / X Council Cartographer NAME: NAME, title the role (never in the name)',
        capitalised_premodifier_roles,
    ),
    named(
        "roles.open_nominal",
        "4",
        'NAME, a farrier at X, ... "Q," the farrier said.: NAME (the person introduced with the role)',
        nominal_roles,
    ),
    named(
        "roles.role_word_first_names",
        "1",
        '"Q," said Hunter Okonkwo.: the whole name (a first name that is also a role noun)',
        role_word_names,
    ),
)
