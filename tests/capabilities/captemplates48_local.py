"""Development capabilities added on main in the forty-eighth round: local and human-interest news.

* relatives and neighbours as titles: every kinship noun (*aunt*, *grandfather*,
  *granddaughter*, *stepson*...) and a bare *neighbour* or *widow*, before or after the name,
  owned by a pronoun, a name or *the victim* (before: no title for the nouns the role list
  lacked, and none for *Her neighbor, NAME,*);
* verbs that also name a finding or a view used of things and people: *found NAME's dog two
  miles from home*, *last saw her son, NAME, on Sunday* report nothing (before: an indirect
  quotation);
* a document's author: *released a statement by NAME, ROLE: "C."*, *shared a post by NAME: "C."*,
  and a post credited *— NAME (@handle) on X* (before: the body that released it, or no speaker);
* *the boy's mother* after a boy and a park whose name reads like a man's (before: the park's
  mother);
* a lower-case role after a body in brackets and an *-ing* modifier before a role (*(Wexcombe
  planning chair)*, before: a mixed quotation from *planning* with the body as its speaker).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND48_LOCAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, QUOTES

#: (name, sex) of the relatives who speak.
RELATIVES = (
    ("Maribeth Corran", "f"),
    ("Desmond Achebe", "m"),
    ("Lorna Vitale", "f"),
    ("Gideon Marsh", "m"),
    ("Paloma Ruiz", "f"),
    ("Anders Holm", "m"),
)
#: Kinship nouns by the holder's sex.
KIN = {
    "f": ("aunt", "grandmother", "granddaughter", "stepdaughter", "niece", "cousin", "neighbour", "widow"),
    "m": ("uncle", "grandfather", "grandson", "stepson", "nephew", "cousin", "neighbor", "stepfather"),
}
#: The people the relatives are related to.
OWNERS = ("Tyrell Okoro", "Kayla Brandt", "Micah Lindqvist")


def relations() -> Iterator[Case]:
    """'His aunt, NAME, said C', 'NAME, OWNER's uncle, said: "Q"', '"Q," said NAME, the victim's
    grandfather', 'Her neighbour, NAME, disagreed. "Q," SURNAME said.'"""
    combos = itertools.product(range(6), range(8), range(4), range(3))
    for p, kn, shape, o in sample(combos, 320, "r48local-relations"):
        name, sex = RELATIVES[p]
        kin = KIN[sex][kn]
        owner = OWNERS[o]
        surname = name.split()[-1]
        quote = f'"{QUOTES[(p + kn) % 3]},"'
        if shape == 0:
            det = ("His", "Her")[o % 2]
            content = CLAUSES[kn % 3]
            text = f"{owner} was hurt in the crash. {det} {kin}, {name}, said {content}."
            expect = Expect(content, "indirect", name, title=Contains(kin))
        elif shape == 1:
            content = f'"{QUOTES[kn % 3]}."'
            text = f"{name}, {owner}'s {kin}, said: {content}"
            expect = Expect(content, "direct", name, title=Contains((kin, owner)))
        elif shape == 2:
            content = quote
            text = f"{content} said {name}, the victim's {kin}."
            expect = Expect(content, "direct", name, title=Contains(kin))
        else:
            det = ("His", "Her")[o % 2]
            content = quote
            text = f"{owner} was at the meeting. {det} {kin}, {name}, disagreed. {content} {surname} said."
            expect = Expect(content, "direct", name, title=Contains(kin))
        yield Case("", f"{shape}", text, [expect], wrong_speakers=[(expect.content, owner)])


#: Things found, seen or shown, which no clause follows.
FOUND = (
    "{owner}'s dog two miles from home",
    "{owner}'s wallet in a hedge near the station",
    "her son, {owner}, on Sunday",
    "{owner}'s bicycle behind the school",
)
VERBS = ("found", "last saw", "finally found", "saw")


def finding_no_clause() -> Iterator[Case]:
    """'NAME found OWNER's dog two miles from home.', 'NAME last saw her son, OWNER, on Sunday.':
    a thing found or a person seen, no report; and a finding with its clause beside them."""
    combos = itertools.product(range(6), range(4), range(4), range(3), range(2))
    for p, f, v, o, control in sample(combos, 200, "r48local-found"):
        name, _ = RELATIVES[p]
        thing = FOUND[f].format(owner=OWNERS[o])
        if control:
            content = f"{OWNERS[o]}'s report had been changed twice"
            text = f"The inquiry found {content}. {name} {VERBS[v]} {thing}."
            yield Case("", f"{f}c", text, [Expect(content, "indirect", ("inquiry", "The inquiry"))])
        else:
            yield Case("", f"{f}", f"{name} {VERBS[v]} {thing}.", [])


#: (role, body) of the authors of documents.
AUTHORS = (
    ("chair", "the Tallow Street tenants association"),
    ("captain", "the Wexcombe Otters"),
    ("head teacher", "Ashgrove Primary School"),
)
#: Issuers that pass a document on.
ISSUERS = ("The union", "The club", "The council")


def document_authors() -> Iterator[Case]:
    """'ISSUER released a statement by NAME, ROLE of BODY: "Q"', 'shared a post by NAME: "Q"', and
    '"Q" — NAME (@handle) on X': the author speaks, not the issuer."""
    combos = itertools.product(range(6), range(3), range(3), range(4))
    for p, a, i, shape in sample(combos, 160, "r48local-authors"):
        name, _ = RELATIVES[p]
        role, body = AUTHORS[a]
        issuer = ISSUERS[i]
        content = f'"{QUOTES[(p + a) % 3]}."'
        handle = "@" + name.split()[0].lower() + name.split()[1][0].lower()
        wrong = [(content, issuer.removeprefix("The ").lower())]
        if shape == 0:
            text = f"{issuer} released a statement by {name}, {role} of {body}: {content}"
            expect = Expect(content, "direct", name, title=Contains((role, body.removeprefix("the "))))
        elif shape == 1:
            text = f"{issuer} shared a post by {name}: {content}"
            expect = Expect(content, "direct", name)
        elif shape == 2:
            text = f"{content} \u2014 {name} ({handle}) on X"
            expect = Expect(content, "direct", name)
            wrong = []
        else:
            text = f"{issuer} published a letter from {name}, {role} of {body}: {content}"
            expect = Expect(content, "direct", name, title=Contains((role, body.removeprefix("the "))))
        yield Case("", f"{shape}", text, [expect], wrong_speakers=wrong)


#: Places whose names read like a man's first name and surname.
PARKS = ("Gilbert Bay Park", "Warren Lake Park", "Dennis Creek Reserve")
#: Boys' names given alone, with an age.
BOYS = ("Eli", "Noah", "Jonah")


def relatives_of_a_boy() -> Iterator[Case]:
    """'BOY, 7, was pulled from the pond at PARK. The boy's mother told reporters that C.': the
    mother of the boy, never of the park."""
    combos = itertools.product(range(3), range(3), range(3), range(2))
    for b, pk, c, shape in sample(combos, 54, "r48local-boy"):
        park = PARKS[pk]
        intro = f"{BOYS[b]}, 7, was pulled from the pond at {park} on Sunday."
        if shape == 0:
            content = f"that {CLAUSES[c]}"
            text = f"{intro} The boy's mother told reporters {content}."
            kind = "indirect"
        else:
            content = f'"{QUOTES[c]},"'
            text = f"{intro} {content} the boy's mother said."
            kind = "direct"
        expect = Expect(content, kind, ("the boy's mother", "boy's mother"))
        yield Case("", f"{shape}", text, [expect], wrong_speakers=[(content, f"{park}'s mother")])


#: (body, lower-case role) written in a panel line's brackets.
PANEL_POSTS = (
    ("Wexcombe", "planning chair"),
    ("Harlow Rail Union", "general secretary"),
    ("Dunmere Marine Institute", "senior researcher"),
    ("Eastbrook", "housing officer"),
)


def panel_lines() -> Iterator[Case]:
    """'NAME (BODY ROLE): "Q"' lines, two in a row: each speaker's body and role is the title,
    and an *-ing* modifier of the role (*planning chair*) is no cue."""
    combos = itertools.product(range(6), range(4), range(4))
    for p, a, b in sample(combos, 90, "r48local-panel"):
        if a == b:
            continue
        first, _ = RELATIVES[p]
        second, _ = RELATIVES[(p + 1) % 6]
        q1, q2 = f'"{QUOTES[a % 3]}."', f'"{QUOTES[(a + 1) % 3]}."'
        text = f"{first} ({' '.join(PANEL_POSTS[a])}): {q1}\n{second} ({' '.join(PANEL_POSTS[b])}): {q2}"
        expects = [
            Expect(q1, "direct", first, title=Contains(PANEL_POSTS[a])),
            Expect(q2, "direct", second, title=Contains(PANEL_POSTS[b])),
        ]
        wrong = [(q1, PANEL_POSTS[a][0]), (q2, PANEL_POSTS[b][0])]
        yield Case("", f"{a}{b}", text, expects, wrong_speakers=wrong)


ROUND48_LOCAL: tuple[Capability, ...] = (
    named("title.relations", "6", "His aunt, NAME, said; NAME, X's grandfather, said", relations),
    named("indirect.finding_no_clause", "2", "NAME found X's dog near the station.", finding_no_clause),
    named("speaker.document_authors", "5", 'X released a statement by NAME, ROLE: "C."', document_authors),
    named("speaker.relatives_of_a_boy", "4", "The boy's mother, after a park's name", relatives_of_a_boy),
    named("title.panel_lines", "6", 'NAME (BODY planning chair): "C."', panel_lines),
)
