"""Development capabilities added on branch ``h23part`` in the twenty-third round: full names
that hold a lower-case particle of another naming custom.

* Spanish *de los*/*de las*, Filipino *dela*/*delos*, Welsh *ap*/*ab*, Malay *binti*, Swedish
  *af*, Italian *degli*, German *zur*, Hebrew *ben*, Dutch *te*: the speaker is the whole name,
  before or after the cue, with or without a title, and a later surname, honorific or
  description refers back to it.

* A dropped *g* inside a British single quotation (*'We were singin' and dancin' ...,' said
  NAME*): an apostrophe, not the quotation's end.

* An unlisted cue after a name and a long apposition (*"Q," NAME, spokesperson for the Western
  Cape Minibus Taxi Council, ventures.*): NAME, with the apposition as title.
* A verb that guides a person somewhere (*showed NAME around the garden*, *showed us round the
  ward*, *told them off*): no quotation.

* A church's jurisdiction or assembly named with *of* (*the Archdiocese of Cebu*, *the Synod of
  Otago and Southland*): the whole body speaks, not *Archdiocese*.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_H23PART` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

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


#: Long titles with a body (6-12 tokens).
LONG_TITLES = (
    "spokesperson for the Western Cape Minibus Taxi Council",
    "head of logistics at the Kisumu Lakeside Fish Traders Cooperative",
    "deputy chair of the Glasgow and Clyde Valley Housing Forum",
    "a steward at the Penarth Sailing and Rowing Club",
)
#: Cue verbs the lexicon may not list.
OPEN_CUES = ("ventures", "quipped", "grumbles", "reflected", "enthused", "shrugged")


def long_apposition_open_cue() -> Iterator[Case]:
    """'"Q," NAME, LONG TITLE, VERB.': NAME, the title."""
    combos = itertools.product(PLAIN_NAMES, LONG_TITLES, OPEN_CUES, QUOTES, MARKS)
    for name, title, cue, q, (op, cl) in sample(combos, 200, "h23part-longapp"):
        quote = f"{op}{q},{cl}"
        text = f"{quote} {name}, {title}, {cue}."
        expected = title.removeprefix("a ")
        yield Case("", "frames", text, [Expect(quote, "direct", name, Contains((expected,)))], exact=False)


#: (guiding verb phrase with {p} the person, place) shapes.
GUIDED = (
    "showed {p} around the {place}",
    "showed {p} round the {place}",
    "showed {p} into the {place}",
    "walked {p} through the {place}",
    "ushered {p} into the {place}",
)
PLACES = ("abbey garden", "new maternity ward", "flooded depot", "restored chapel")


def guided_person() -> Iterator[Case]:
    """'NAME showed PERSON around the garden on Sunday.': no quotation at all."""
    persons = ("us", "them", "him", "her", "Emmanuel Reyes", "Siobhan Keane")
    combos = itertools.product(PLAIN_NAMES, GUIDED, persons, PLACES)
    for name, shape, person, place in sample(combos, 200, "h23part-guided"):
        text = f"{name} {shape.format(p=person, place=place)} on Sunday."
        yield Case("", "frames", text, [], exact=True)


#: Church bodies named with *of*.
CHURCH_BODIES = (
    "Archdiocese of Cebu",
    "Diocese of Kericho",
    "Eparchy of Toronto",
    "Synod of Otago and Southland",
    "Presbytery of Glasgow",
)


def church_bodies() -> Iterator[Case]:
    """'The BODY said that C.' / 'A report by the BODY found that C.' / '"Q," the BODY said.'"""
    content = "attendance at Sunday services had fallen by a third since 2019"
    combos = itertools.product(CHURCH_BODIES, MARKS, range(3))
    for body, (op, cl), shape in combos:
        if shape == 0:
            text = f"The {body} said {content}."
            yield Case("", "church", text, [Expect(content, "indirect", body)], exact=False)
        elif shape == 1:
            text = f"A report by the {body} found that {content}."
            yield Case("", "church", text, [Expect(f"that {content}", "indirect", body)], exact=False)
        else:
            quote = f"{op}We will keep every parish open,{cl}"
            yield Case(
                "", "church", f"{quote} the {body} said.", [Expect(quote, "direct", body)], exact=False
            )


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
    named(
        "frame.long_apposition_open_cue",
        "1",
        '"Q," NAME, spokesperson for the X Council, ventures.: NAME, the whole title',
        long_apposition_open_cue,
    ),
    named("names.church_body_of", "5", "The Archdiocese of Cebu said C: the whole body", church_bodies),
    named("report.guided_person", "5", "NAME showed PERSON around the garden: no quotation", guided_person),
)
