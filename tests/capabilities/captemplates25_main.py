"""Development capabilities added on main in the twenty-sixth round: a plural noun that looks
like a verb of saying, counted in the subject.

* *Officials in both states said C.*, *"Q," lawmakers from 12 states say.*: *states*,
  *reports*, *plans*, *posts* are also the *-s* forms of cue verbs; after *both*, *several*,
  a number or digits they are plural nouns (an *-s* verb agrees with a singular subject only),
  so the phrase reads on to the real cue (before: no quotation, or no speaker).
* Guard: an *-s* verb after a count inside a relative clause (*who both plans and leads ...*)
  leaves the speaker to the name.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Groups that speak, with a preposition before the counted noun.
GROUPS = (
    ("Officials", "in"),
    ("Election officials", "in"),
    ("Lawmakers", "from"),
    ("Farmers", "in"),
    ("Health officials", "in"),
    ("Teachers", "in"),
    ("Lawyers", "for"),
    ("Researchers", "behind"),
)
#: Counts before the plural.
COUNTS = ("both", "three", "several", "12", "these", "many", "two", "50")
#: Plural nouns that are also the -s forms of cue verbs.
NOUNS = ("states", "reports", "plans", "posts", "claims")
CLAIMS = (
    "the bridge would reopen in May",
    "turnout had been higher than expected",
    "the rules were applied unevenly",
)
QUOTES = ("We will reopen the bridge in May", "Nobody expected this many voters", "The rules are clear")
CUES = ("said", "say", "told reporters", "warned")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _group(combo: tuple[tuple[str, str], str, str]) -> str:
    (group, prep), count, noun = combo
    return f"{group} {prep} {count} {noun}"


def counted_plural_indirect() -> Iterator[Case]:
    """'Officials in both states said C.' -> the whole phrase speaks."""
    combos = itertools.product(GROUPS, COUNTS, NOUNS, CUES, CLAIMS, ("", "that ", "on Monday that "))
    for group, count, noun, cue, claim, link in sample(combos, 500, "r25main-counted-indirect"):
        speaker = _group((group, count, noun))
        text = f"{speaker} {cue} {link}{claim}."
        content = f"that {claim}" if link else claim
        yield Case("", "indirect", text, [Expect(content, "indirect", speaker, title=None)])


def counted_plural_direct() -> Iterator[Case]:
    """'"Q," officials in both states said.' / 'Officials in both states said: "Q."'."""
    combos = itertools.product(GROUPS, COUNTS, NOUNS, QUOTES, MARKS, range(2))
    for group, count, noun, q, (op, cl), shape in sample(combos, 500, "r25main-counted-direct"):
        speaker = _group((group, count, noun))
        if shape:
            quote = f"{op}{q}.{cl}"
            text = f"{speaker} said: {quote}"
        else:
            quote = f"{op}{q},{cl}"
            text = f"{quote} {speaker[0].lower()}{speaker[1:]} said."
            speaker = speaker[0].lower() + speaker[1:]
        yield Case("", "direct", text, [Expect(quote, "direct", speaker, title=None)])


#: Persons for the guard.
NAMES = ("Marta Olsen", "Tevita Fifita", "Ines Caldeira", "Yusuf Demirci", "Aigerim Bekova")
#: -s verbs a relative clause coordinates after *both*.
JOBS = ("plans and leads the tours", "plans and cooks the meals", "posts and answers the letters")


def count_verb_guard() -> Iterator[Case]:
    """'NAME, who both plans and leads the tours, said C.' -> NAME."""
    combos = itertools.product(NAMES, JOBS, CLAIMS)
    for name, job, claim in sample(combos, 45, "r25main-count-guard"):
        text = f"{name}, who both {job}, said {claim}."
        yield Case("", "guard", text, [Expect(claim, "indirect", name)])


ROUND25_MAIN: tuple[Capability, ...] = (
    named(
        "subject.counted_plural_homograph",
        "2",
        "Officials in both states said C.: the phrase (a counted -s word is a noun, not a cue)",
        counted_plural_indirect,
    ),
    named(
        "subject.counted_plural_homograph_direct",
        "2",
        '"Q," officials in both states said.: the phrase speaks the quotation',
        counted_plural_direct,
    ),
    named(
        "subject.count_verb_guard",
        "2",
        "NAME, who both plans and leads the tours, said C.: NAME",
        count_verb_guard,
    ),
)
