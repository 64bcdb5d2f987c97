"""Development capabilities added on branch ``h23part`` in the twenty-third round: full names
that hold a lower-case particle of another naming custom.

* Spanish *de los*/*de las*, Filipino *dela*/*delos*, Welsh *ap*/*ab*, Malay *binti*, Swedish
  *af*, Italian *degli*, German *zur*, Hebrew *ben*, Dutch *te*: the speaker is the whole name,
  before or after the cue, with or without a title, and a later surname, honorific or
  description refers back to it.

* A dropped *g* inside a British single quotation (*'We were singin' and dancin' ...,' said
  NAME*): an apostrophe, not the quotation's end.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_H23PART` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (full name, surname as a later mention gives it, pronoun).
NAMES = (
    ("Maricel dela Cruz", "dela Cruz", "she"),
    ("Ramon delos Santos", "delos Santos", "he"),
    ("Lucía de las Heras", "de las Heras", "she"),
    ("Joaquín de los Ríos", "de los Ríos", "he"),
    ("Gethin ap Rhys", "ap Rhys", "he"),
    ("Dafydd ab Owain", "ab Owain", "he"),
    ("Nurul Huda binti Ismail", "Nurul Huda", "she"),
    ("Ebba af Klercker", "af Klercker", "she"),
    ("Chiara degli Esposti", "degli Esposti", "she"),
    ("Lotte zur Linden", "zur Linden", "she"),
    ("Eitan ben Ami", "ben Ami", "he"),
    ("Sanne te Velde", "te Velde", "she"),
)
#: Titles in apposition (None: no title).
TITLES = (
    None,
    "a curator at the Tanjong Museum",
    "the district's chief engineer",
    "head of the Tawe Valley farmers' cooperative",
)
#: Cues after a quotation.
CUES = ("said", "says", "added", "insisted", "laments")
#: Direct quotations (without their closing punctuation).
QUOTES = (
    "The ferry timetable has not changed in ten years",
    "We will reopen the west wing in March",
    "Nobody asked the growers before the rules were written",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _title_part(title: str | None) -> str:
    return f", {title}," if title else ""


def particle_names() -> Iterator[Case]:
    """'"Q," said NAME[, TITLE].' / 'NAME[, TITLE,] said Q' / '"Q," NAME CUE.': the whole name."""
    combos = itertools.product(NAMES, TITLES, CUES, QUOTES, MARKS, range(3))
    for (name, _sur, _pro), title, cue, q, (op, cl), shape in sample(combos, 260, "h23part-names"):
        quote = f"{op}{q},{cl}"
        if shape == 0:
            tail = f", {title}" if title else ""
            text = f"{quote} {cue} {name}{tail}."
        elif shape == 1:
            text = f"{quote} {name}{_title_part(title)} {cue}." if title else f"{quote} {name} {cue}."
        else:
            text = f"{name}{_title_part(title)} said the plan would cost more than the council had been told."
            content = "the plan would cost more than the council had been told"
            yield Case("", "particles", text, [Expect(content, "indirect", name)], exact=False)
            continue
        yield Case("", "particles", text, [Expect(quote, "direct", name)], exact=False)


def particle_names_later() -> Iterator[Case]:
    """'NAME runs X. "Q," SURNAME said.' / '... Ms SURNAME said' / '... she said': NAME."""
    combos = itertools.product(NAMES, QUOTES, MARKS, range(3))
    for (name, sur, pro), q, (op, cl), shape in sample(combos, 160, "h23part-later"):
        quote = f"{op}{q},{cl}"
        lead = f"{name} has run the ferry service since 2019."
        ref = (sur, ("Ms " if pro == "she" else "Mr ") + sur, pro)[shape]
        text = f"{lead} {quote} {ref} said."
        yield Case("", "particles", text, [Expect(quote, "direct", name)], exact=False)


#: Names with no particle (the dropped g alone is tested).
PLAIN_NAMES = ("Eilidh Buchanan", "Callum Rennie", "Siobhan Keane", "Tomos Pryce", "Grace Mwangi-Otieno")
#: Quotations holding words with a dropped g (straight apostrophes; the curly ones are made below).
DROPPED_G = (
    "We were singin' and dancin' until the sun came up",
    "The whole street was talkin' about the new ferry",
    "Nobody's been fishin' off that pier since the storm",
    "They kept sayin' the road would open in spring",
    "I was workin' nights at the depot for ten years",
)


def dropped_g() -> Iterator[Case]:
    """''Q with singin' ...,' said NAME.' / 'NAME said: 'Q.'': the whole quotation, NAME."""
    combos = itertools.product(PLAIN_NAMES, DROPPED_G, (False, True), range(2))
    for name, q, curly, shape in sample(combos, 200, "h23part-dropped-g"):
        op, cl = ("\u2018", "\u2019") if curly else ("'", "'")
        body = q.replace("'", cl)
        quote = f"{op}{body},{cl}" if shape == 0 else f"{op}{body}.{cl}"
        text = f"{quote} said {name}." if shape == 0 else f"{name} said: {quote}"
        yield Case("", "particles", text, [Expect(quote, "direct", name)], exact=False)


ROUND22_H23PART: tuple[Capability, ...] = (
    named(
        "name.particle_custom",
        "5",
        '"Q," said Maricel dela Cruz / Gethin ap Rhys said ...: the whole name with its particle',
        particle_names,
    ),
    named(
        "name.particle_custom_later",
        "4",
        'Maricel dela Cruz ... "Q," dela Cruz / Ms dela Cruz / she said: the full name',
        particle_names_later,
    ),
    named(
        "marks.single_dropped_g",
        "8",
        "'We were singin' and dancin' ...,' said NAME: one quotation, NAME",
        dropped_g,
    ),
)
