"""Development capabilities added on branch ``h29roles`` in the twenty-seventh round: role nouns
the lexicon does not list (*beekeeper*, *herder*, *glassblower*, *sawyer*) keep their title
whoever holds them.

* *"Q," said beekeeper NAME.*, *"Q," herder NAME said.*, *... said sawyer NAME, 61.*: an
  unlisted role right before a name whose given name no table registers (*Neema*, *Tsetseg*,
  *Tiihu*) is the title when the frame says "person": a cue or a closing mark before, and the
  cue, a comma, an age or the sentence's end after the name.
* *"Q," said Tanzanian beekeeper NAME.*, *Mongolian herder NAME said: "Q."*: a people's word
  before the unlisted role belongs to the title.
* *According to librarian NAME, C.*, *C, according to archivist NAME.*: *according to* frames
  an unlisted role before a name as a cue verb does.
* *"Q," said NAME, a Finnish beekeeper.*, *"Q," NAME, a Cree hunter, said.*: a people's word
  before an unlisted role in an apposition is the title, as *a local beekeeper* is.
* *"Q1," said beekeeper NAME from PLACE. "Q2," Ms SURNAME added.*: the surname used again with
  an honorific, or as a speaker, says the two words were a person's name.
* *"Q," said falconer NAME on Tuesday / in a statement / of PLACE.*: an adjunct of time or place
  after the name closes the credit too.
* Guards: a body after a role-like word (*said distributor Halden Dairies*) gains no person's
  title; *the email server NAME used* names no role holder; *said Finnish officials* and
  *said Tanzanian beekeepers* stay groups; two people joined by *and* give neither the other's
  title or the quotation.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND26_H29ROLES` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons whose given name no table registers, of several cultures: (given, family).
UNREGISTERED = (
    ("Neema", "Mushi"),
    ("Tsetseg", "Batbold"),
    ("Tiihu", "Oksanen"),
    ("Wanjiru", "Kamau"),
    ("Sipho", "Dlamini"),
    ("Nomvula", "Khumalo"),
    ("Bolat", "Serikbayev"),
    ("Dilnoza", "Yusupova"),
    ("Aroha", "Ngata"),
    ("Tamati", "Horomona"),
    ("Tsering", "Dorje"),
    ("Folake", "Adeyemi"),
    ("Chidera", "Okafor"),
    ("Ilkka", "Lehtinen"),
    ("Kalani", "Akana"),
    ("Malalai", "Durrani"),
)
#: Persons whose given name is registered: (given, family).
REGISTERED = (
    ("Anna", "Mushi"),
    ("Ngozi", "Eze"),
    ("Saoirse", "Nic Giolla"),
    ("Ruslan", "Abenov"),
    ("Yaretzi", "Quispe"),
)
#: Role nouns the hand lexicon does not list (agent endings and WordNet's person nouns).
ROLES = (
    "beekeeper",
    "herder",
    "glassblower",
    "ferryman",
    "sawyer",
    "cheesemaker",
    "archivist",
    "librarian",
    "boatbuilder",
    "falconer",
    "luthier",
    "bookbinder",
    "shearer",
    "thatcher",
    "cartographer",
    "clockmaker",
)
#: People's words and the places fitted to them: (demonym, place).
DEMONYMS = (
    ("Tanzanian", "Arusha"),
    ("Mongolian", "Khovd"),
    ("Finnish", "Oulu"),
    ("Kenyan", "Nyeri"),
    ("Kazakh", "Almaty"),
    ("Nigerian", "Enugu"),
    ("Maori", "Rotorua"),
    ("Cree", "Moose Factory"),
    ("Tibetan", "Lhasa"),
    ("Welsh", "Bala"),
)
#: Direct quotations (no final mark).
QUOTES = (
    "We were lucky this year",
    "The rains came late and the valley paid for it",
    "Nobody asked us before the road was built",
    "It takes ten years to learn this properly",
    "I would do it all again",
)
#: Reported clauses.
CLAUSES = (
    "the letters are worth more than the house",
    "the old bridge was never safe",
    "prices at the market have doubled",
    "the river has not frozen since 1998",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: Cue verbs after a closing mark.
CUES = ("said", "says", "explained", "recalled", "added")


def _full(person: tuple[str, str]) -> str:
    return f"{person[0]} {person[1]}"


def after_cue() -> Iterator[Case]:
    """'"Q," said ROLE NAME.' / '"Q," ROLE NAME said.' / '"Q," said ROLE NAME, AGE.' -> title ROLE."""
    shapes = "said {r} {n}.|{r} {n} said.|said {r} {n}, 58.|{cue} {r} {n}.|{r} {n} told reporters.".split("|")
    combos = itertools.product(UNREGISTERED, ROLES, shapes, CUES, QUOTES, MARKS)
    for person, role, shape, cue, quote, (op, cl) in sample(combos, 420, "h29roles-after-cue"):
        direct = f"{op}{quote},{cl}"
        tail = shape.format(r=role, n=_full(person), cue=cue)
        text = f"{direct} {tail}"
        yield Case("", "after_cue", text, [Expect(direct, "direct", _full(person), role)])


def before_quote() -> Iterator[Case]:
    """'Sawyer NAME said: "Q."' / 'In Khovd, herder NAME said: "Q."' -> title ROLE."""
    combos = itertools.product(UNREGISTERED, ROLES, DEMONYMS, QUOTES, MARKS, (True, False))
    for person, role, (_, place), quote, (op, cl), fronted in sample(combos, 160, "h29roles-before"):
        direct = f"{op}{quote}.{cl}"
        opening = f"In {place}, {role}" if fronted else role.capitalize()
        text = f"{opening} {_full(person)} said: {direct}"
        yield Case("", "before", text, [Expect(direct, "direct", _full(person), (role, role.capitalize()))])


def demonym_before_role() -> Iterator[Case]:
    """'"Q," said DEMONYM ROLE NAME.' / 'DEMONYM ROLE NAME said: "Q."' -> title 'DEMONYM ROLE'."""
    combos = itertools.product(UNREGISTERED, ROLES, DEMONYMS, QUOTES, MARKS, (True, False))
    for person, role, (dem, _), quote, (op, cl), after in sample(combos, 220, "h29roles-demonym"):
        title = (f"{dem} {role}", role)
        if after:
            direct = f"{op}{quote},{cl}"
            text = f"{direct} said {dem} {role} {_full(person)}."
        else:
            direct = f"{op}{quote}.{cl}"
            text = f"{dem} {role} {_full(person)} said: {direct}"
        yield Case("", "demonym", text, [Expect(direct, "direct", _full(person), title)])


def according_to() -> Iterator[Case]:
    """'According to ROLE NAME, C.' / 'C, according to ROLE NAME.' -> title ROLE, any given name."""
    combos = itertools.product(UNREGISTERED + REGISTERED, ROLES, CLAUSES, (True, False))
    for person, role, clause, fronted in sample(combos, 200, "h29roles-according"):
        if fronted:
            text = f"According to {role} {_full(person)}, {clause}."
            content = clause
        else:
            content = clause[0].upper() + clause[1:]
            text = f"{content}, according to {role} {_full(person)}."
        yield Case("", "according", text, [Expect(content, "indirect", _full(person), role)])


def apposition_demonym() -> Iterator[Case]:
    """'"Q," said NAME, a DEMONYM ROLE.' / '"Q," NAME, a DEMONYM ROLE, said.' -> 'DEMONYM ROLE'."""
    combos = itertools.product(UNREGISTERED + REGISTERED, ROLES, DEMONYMS, QUOTES, MARKS, (True, False))
    for person, role, (dem, _), quote, (op, cl), end in sample(combos, 220, "h29roles-appos"):
        direct = f"{op}{quote},{cl}"
        name = _full(person)
        article = "an" if dem[0] in "AEIOU" else "a"
        tail = f"said {name}, {article} {dem} {role}." if end else f"{name}, {article} {dem} {role}, said."
        yield Case("", "appos", f"{direct} {tail}", [Expect(direct, "direct", name, f"{dem} {role}")])


def surname_again() -> Iterator[Case]:
    """'"Q1," said ROLE NAME of PLACE. "Q2," Ms/Mr SURNAME added.' -> both NAME's, Q1 titled ROLE."""
    honorifics = ("Ms", "Mr", "")
    combos = itertools.product(UNREGISTERED, ROLES, DEMONYMS, honorifics, MARKS)
    for person, role, (_, place), hon, (op, cl) in sample(combos, 160, "h29roles-surname"):
        first = f"{op}{QUOTES[0]},{cl}"
        second = f"{op}{QUOTES[3]},{cl}"
        again = f"{hon} {person[1]}".strip()
        name = _full(person)
        text = f"{first} said {role} {name} from {place}. {second} {again} added."
        title = (role, f"{role} from {place}")
        expected = [Expect(first, "direct", name, title), Expect(second, "direct", name)]
        yield Case("", "surname", text, expected)


def adjunct_after_name() -> Iterator[Case]:
    """'"Q," said ROLE NAME on Tuesday / in a statement / of PLACE. She ...' -> title with ROLE."""
    adjuncts = ("on Tuesday", "in a statement", "of {p}", "at the market", "yesterday", "near {p}")
    nexts = ("", " She has done the work for 30 years.", " He learned it from his father.")
    combos = itertools.product(UNREGISTERED, ROLES, DEMONYMS, adjuncts, nexts, QUOTES, MARKS)
    for person, role, (_, place), adj, nxt, quote, (op, cl) in sample(combos, 200, "h29roles-adjunct"):
        direct = f"{op}{quote},{cl}"
        text = f"{direct} said {role} {_full(person)} {adj.format(p=place)}.{nxt}"
        yield Case("", "adjunct", text, [Expect(direct, "direct", _full(person), Contains(role))])


#: Bodies (a firm, a cooperative) that may follow a role-like noun: no person's name.
BODIES = ("Halden Dairies", "Kestrel Holdings", "Nordvik Shipping", "Tana River Cooperative", "Ruvu Farms")


def guard_body() -> Iterator[Case]:
    """'"Q," said distributor BODY.' -> BODY speaks with no person's title."""
    roles = ("distributor", "wholesaler", "beekeeper", "exporter", "retailer")
    combos = itertools.product(roles, BODIES, QUOTES, MARKS)
    for role, body, quote, (op, cl) in sample(combos, 100, "h29roles-gbody"):
        direct = f"{op}{quote},{cl}"
        text = f"{direct} said {role} {body}."
        yield Case("", "gbody", text, [Expect(direct, "direct", (body, f"{role} {body}"), None)])


def guard_thing() -> Iterator[Case]:
    """'SPEAKER said the email server NAME used was secure.' -> SPEAKER, no title from *server*."""
    things = ("email server", "tractor", "computer", "water heater", "printer")
    combos = itertools.product(REGISTERED, UNREGISTERED, things)
    for speaker, person, thing in sample(combos, 80, "h29roles-gthing"):
        content = f"the {thing} {_full(person)} used was never checked"
        text = f"{_full(speaker)} said {content}."
        yield Case("", "gthing", text, [Expect(content, "indirect", _full(speaker), None)], exact=False)


def guard_group() -> Iterator[Case]:
    """'"Q," said DEMONYM ROLEs.' / '"Q," said Finnish officials.' -> a group, never a person."""
    groups = [f"{dem} {role}s" for (dem, _), role in itertools.product(DEMONYMS, ROLES[:6])]
    groups += [f"{dem} officials" for dem, _ in DEMONYMS]
    combos = itertools.product(groups, QUOTES, MARKS)
    for group, quote, (op, cl) in sample(combos, 80, "h29roles-ggroup"):
        direct = f"{op}{quote},{cl}"
        text = f"{direct} said {group}."
        yield Case("", "ggroup", text, [Expect(direct, "direct", (group, group.split()[-1]), None)])


def guard_two_people() -> Iterator[Case]:
    """'"Q," said ROLE1 NAME1 and ROLE2 NAME2.' -> the second never speaks alone."""
    combos = itertools.product(UNREGISTERED, UNREGISTERED, ROLES, ("farmer", "teacher"), QUOTES, MARKS)
    items = [c for c in combos if c[0] != c[1]]
    for one, two, role, role2, quote, (op, cl) in sample(items, 80, "h29roles-gtwo"):
        direct = f"{op}{quote},{cl}"
        text = f"{direct} said {role} {_full(one)} and {role2} {_full(two)}."
        yield Case("", "gtwo", text, [], exact=False, wrong_speakers=[(direct, _full(two))])


def guard_verb_like() -> Iterator[Case]:
    """'"Q," said NAME1. However NAME2 disagreed.' / '"Q," I remember NAME2 saying.': a verb-like
    *-er* word before a name is no role."""
    combos = itertools.product(REGISTERED, UNREGISTERED, QUOTES, MARKS)
    for speaker, person, quote, (op, cl) in sample(combos, 80, "h29roles-gverb"):
        direct = f"{op}{quote},{cl}"
        text = f"{direct} said {_full(speaker)}. However {_full(person)} disagreed."
        yield Case("", "gverb", text, [Expect(direct, "direct", _full(speaker), None)])


ROUND26_H29ROLES: tuple[Capability, ...] = (
    named(
        "roles.unlisted_role_unregistered_name",
        "2",
        "'\"Q,\" said beekeeper Neema Mushi.' (any given name; cue or mark before; cue, comma, end after)",
        after_cue,
    ),
    named(
        "roles.unlisted_role_before_quote",
        "2",
        "'Sawyer NAME said: \"Q.\"' / 'In PLACE, herder NAME said: \"Q.\"' (unregistered given name) -> ROLE",
        before_quote,
    ),
    named(
        "roles.unlisted_role_demonym_before",
        "2",
        "'\"Q,\" said Tanzanian beekeeper NAME.' / 'Mongolian herder NAME said: \"Q.\"' -> DEMONYM ROLE",
        demonym_before_role,
    ),
    named(
        "roles.unlisted_role_according_to",
        "2",
        "'According to librarian NAME, C.' / 'C, according to archivist NAME.' -> ROLE",
        according_to,
    ),
    named(
        "roles.apposition_demonym_unlisted_role",
        "2",
        "'\"Q,\" said NAME, a Finnish beekeeper.' / 'NAME, a Cree hunter, said' -> DEMONYM ROLE",
        apposition_demonym,
    ),
    named(
        "roles.unlisted_role_surname_again",
        "2",
        '\'"Q1," said ROLE NAME from PLACE. "Q2," Ms SURNAME added.\' -> both NAME\'s, Q1 titled ROLE',
        surname_again,
    ),
    named(
        "roles.unlisted_role_adjunct_after_name",
        "2",
        "'\"Q,\" said ROLE NAME on Tuesday / in a statement / of PLACE.' (unregistered given name) -> ROLE",
        adjunct_after_name,
    ),
    named(
        "roles.guard_body_after_role_word",
        "2",
        "'\"Q,\" said distributor Halden Dairies.' -> the body, no person's title",
        guard_body,
    ),
    named(
        "roles.guard_thing_before_name",
        "2",
        "'NAME said the email server NAME2 used was never checked.' -> NAME, no title",
        guard_thing,
    ),
    named(
        "roles.guard_group_demonym_plural",
        "2",
        "'\"Q,\" said Tanzanian beekeepers / Finnish officials.' -> a group, no title",
        guard_group,
    ),
    named(
        "roles.guard_two_role_holders",
        "2",
        "'\"Q,\" said beekeeper A and farmer B.' -> never B alone",
        guard_two_people,
    ),
    named(
        "roles.guard_verb_like_er_word",
        "2",
        "'\"Q,\" said NAME. However NAME2 disagreed.' -> NAME, no title",
        guard_verb_like,
    ),
)
