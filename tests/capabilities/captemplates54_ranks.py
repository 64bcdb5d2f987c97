"""Development capabilities added on main in the fifty-fourth round: ranks beside posts, fronted posts
before a ranked name, posts stated after a quotation, names in marks after a preposition, another's
saying quoted in a stance's object, and a gesture at a person.

* *Kestrel Garrison training director Col. NAME said C*, *Second Frigate Squadron logistics chief Vice
  Adm. NAME said C*: the post before the rank is the title, a unit's spelt-out ordinal in it (before:
  *director Col.*, *Vice Adm.*); *Gen. NAME, chief of
  the defence staff, said C*: the stated post, not the bare rank (before: *Gen.*);
* *The commander of the 41st Harrow Brigade, Col. NAME, said C*, *The commanding officer of the
  frigate Marlowe, Capt. NAME, said C*: NAME, titled with the post (before: *Harrow Brigade*,
  *Marlowe*);
* *"Q," NAME said. He is the commanding officer of the 3rd Kestrel Division.*, *She is the senior
  enlisted adviser at X*, *the presiding judge of X*: NAME's title (before: none);
* *NAME told reporters aboard "Ardent Wren" that C*, *said of "The Long Harbour" that C*, *said at
  "Harbour Nights" that C*: the *that* clause, the marked name in no quotation (before: a mixed
  quotation from the preposition, or from the name);
* *A mocked B's promise of "F". "Q," she said.*: F (in double marks) is none of A's words (before:
  a mixed quotation of A's);
* *"Q," NAME added, pointing to OTHER.*: nothing reported of OTHER (before: a report *OTHER*).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND54_RANKS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES
from captemplates52_tributes import _marked, _quote  # (the marks and quotations of round 52)
from captemplates53_readings import PEOPLE

#: Ranks as written before a name, single and compound.
RANKS = ("Col.", "Vice Adm.", "Maj.", "Lt. Col.", "Brig. Gen.", "Rear Adm.")
#: (body, lower-case modifier, role) of posts written before a rank.
POSTS = (
    ("Kestrel Garrison", "training", "director"),
    ("Harrow Signals Regiment", "operations", "officer"),
    ("Second Frigate Squadron", "logistics", "chief"),  # (a unit numbered by a spelt-out ordinal)
)
#: (ordinal unit or classified vessel, the name that a wrong speaker would take).
UNITS = (
    ("the 41st Harrow Brigade", "Harrow Brigade"),
    ("the frigate Marlowe", "Marlowe"),
    ("the 3rd Kestrel Division", "Kestrel Division"),
)
#: Posts of the form ROLE of/at BODY, stated after a copula.
COPULAR_POSTS = (
    ("commanding officer", "of", "the 3rd Kestrel Division"),
    ("senior enlisted adviser", "at", "the Eastern Air Command"),
    ("presiding judge", "of", "the Harbour Court"),
)
#: (preposition, name in marks) of adjuncts between a cue and its *that* clause.
MARKED_ADJUNCTS = (("aboard", "Ardent Wren"), ("of", "The Long Harbour"), ("at", "Harbour Nights"))
#: Sayings that a stance verb's object quotes: (verb, noun, fragment).
SAYINGS = (
    ("mocked", "promise", "lower bills by spring"),
    ("ridiculed", "pledge", "a port for every town"),
    ("derided", "claim", "the best budget in a generation"),
)


def ranks_after_posts() -> Iterator[Case]:
    """A post written before a rank and a name is the title; a stated post outranks a bare rank."""
    for p, r, b, c in itertools.product(range(4), range(6), range(3), range(3)):
        name, rank = PEOPLE[p][0], RANKS[r]
        body, modifier, role = POSTS[b]
        clause = CLAUSES[c]
        if (p + r) % 2:
            text = f"{body} {modifier} {role} {rank} {name} said {clause}."
            title = Contains((f"{modifier} {role}", body))
        else:
            staff = ("naval staff", "defence staff", "general staff")[b]
            text = f"{rank} {name}, chief of the {staff}, said {clause}."
            title = Contains(("chief", staff))
        yield Case("", str((p + r) % 2), text, [Expect(clause, "indirect", name, title)])


def fronted_ranked_posts() -> Iterator[Case]:
    """A post fronted before a ranked name set off by commas: the name speaks, titled with the post;
    the unit or vessel in the post never speaks."""
    for p, r, u, c in itertools.product(range(4), range(6), range(3), range(3)):
        name, rank = PEOPLE[p][0], RANKS[r]
        unit, short = UNITS[u]
        role = ("commander", "commanding officer", "chief of staff")[(p + c) % 3]
        clause = CLAUSES[c]
        text = f"The {role} of {unit}, {rank} {name}, said {clause}."
        expect = Expect(clause, "indirect", name, Contains((role, short)))
        yield Case("", str(u), text, [expect], wrong_speakers=[(clause, short)])


def pronoun_posts() -> Iterator[Case]:
    """A *He*/*She* sentence after a quotation states the speaker's post, with a participle fixed
    in the post's name (*commanding*, *presiding*, *enlisted*)."""
    for p, k, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        name, pronoun = PEOPLE[p][0], PEOPLE[p][1]
        role, link, body = COPULAR_POSTS[k]
        quote = _quote(c, m, ",")
        article = "the " if (p + c) % 2 else ""
        text = f"{quote} {name} said. {pronoun.capitalize()} is {article}{role} {link} {body}."
        title = Contains((role, body.removeprefix("the ")))
        yield Case("", str(k), text, [Expect(quote, "direct", name, title)])


def marked_adjuncts() -> Iterator[Case]:
    """A name in marks that a preposition governs between a cue and its *that* clause: the clause
    is the report, and the name is in no quotation."""
    for p, k, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        prep, title = MARKED_ADJUNCTS[k]
        marked = _marked(title, m)
        cue = "told reporters" if (p + c) % 2 else "said"
        that = f"that {CLAUSES[c]}"
        text = f"{name} {cue} {prep} {marked} that {CLAUSES[c]}."
        yield Case("", str(k), text, [Expect(that, "indirect", name)], forbidden=(marked,))


def owned_sayings() -> Iterator[Case]:
    """A stance on another's saying quoted in marks (*mocked B's promise of "F"*): F is never the
    subject's words; the quotation after is the subject's."""
    for p, k, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        name, pronoun = PEOPLE[p][0], PEOPLE[p][1]
        other = PEOPLE[(p + 1) % 4][0]
        verb, noun, fragment = SAYINGS[k]
        marked = _marked(fragment, m % 2)  # (double marks: single ones around a phrase stay plain text)
        quote = _quote(c, m, ",")
        text = f"{name} {verb} {other}'s {noun} of {marked}. {quote} {pronoun} said."
        expect = Expect(quote, "direct", name)
        yield Case("", str(k), text, [expect], exact=False, wrong_speakers=[(marked, name)])


def gestures() -> Iterator[Case]:
    """A participle of a gesture at a person after a quotation reports nothing."""
    for p, c, m, g in itertools.product(range(4), range(3), range(3), range(2)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 2) % 4][0]
        quote = _quote(c, m, ",")
        verb = ("pointing to", "gesturing at")[g]
        text = f"{quote} {name} added, {verb} {other}."
        yield Case("", str(g), text, [Expect(quote, "direct", name)])


ROUND54_RANKS: tuple[Capability, ...] = (
    named(
        "title.ranks_after_posts",
        "6",
        "BODY modifier ROLE RANK NAME said C; RANK NAME, chief of the X staff, said C",
        ranks_after_posts,
    ),
    named(
        "speaker.fronted_ranked_posts",
        "4",
        "The ROLE of the 41st X Brigade / the frigate X, RANK NAME, said C",
        fronted_ranked_posts,
    ),
    named(
        "title.pronoun_posts",
        "6",
        "'Q,' NAME said. She is (the) commanding officer / presiding judge / senior enlisted adviser of X",
        pronoun_posts,
    ),
    named(
        "span.marked_adjuncts",
        "1",
        "NAME told reporters aboard 'Ship' / said of 'Work' / said at 'Show' that C",
        marked_adjuncts,
    ),
    named(
        "speaker.owned_sayings",
        "3",
        "A mocked B's promise of 'F'. 'Q,' she said.",
        owned_sayings,
    ),
    named(
        "control.gestures",
        "8",
        "'Q,' NAME added, pointing to / gesturing at OTHER.",
        gestures,
    ),
)
