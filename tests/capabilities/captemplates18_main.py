"""Development capabilities added on ``main`` in the nineteenth round.

* ``Governor NAME May ... May said C`` / ``"C," May told MPs.``: a surname the text gave after
  a given name is that person's name wherever it stands alone, though a word list reads it as
  a modal (*May*, *Will*), a time word (*Day*), an adverb (*Long*) or a role noun (*Justice*).
  Before, such a sentence had no speaker or the bare word as speaker.
* ``In May, NAME said C`` in a text about a person named May: the date stays a date.
* ``NAME1 and NAME2 lead the federation. SURNAME2 said C``: a plural verb that is also a title
  modifier (*lead*, *acting*) before a determiner is the verb, so the second name stays a
  mention; before, it was read as the start of a title and the surname had no full name.

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND18_MAIN` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (given name, surname that a word list also holds as another word).
HOMOGRAPHS = (
    ("Odile", "May"),
    ("Garrett", "Day"),
    ("Nadia", "Long"),
    ("Tobias", "Will"),
    ("Carmen", "Justice"),
    ("Felix", "Chancellor"),
    ("Priya", "Little"),
    ("Soren", "Hope"),
    ("Imelda", "Best"),
    ("Rufus", "Young"),
)
#: (how the first sentence introduces NAME, the title a reader would print).
INTRODUCTIONS = (
    ("Gov. {name} signed the water bill on Thursday.", "Gov."),
    ("Prime Minister {name} met her cabinet on Thursday.", "Prime Minister"),
    ("{name}, the city's budget director, presented the plan on Thursday.", "city's budget director"),
    ("The harbour board's chair, {name}, opened the hearing on Thursday.", "harbour board's chair"),
    ("{name} runs the tenants' federation in Leith.", None),
)
CLAUSES = (
    "the reservoir would be full by spring",
    "nobody had asked the farmers first",
    "the cuts would fall on the smallest schools",
)
QUOTES = ("We will not wait another year", "This is the best deal on the table", "Nobody is above the rules")
#: (template name, the second paragraph with {s} the bare surname; the expected kind).
SHAPES = (
    ("said_clause", "{s} said {clause}.", "indirect"),
    ("said_that", "{s} said that {clause}.", "indirect"),
    ("quote_told", "“{quote},” {s} told reporters.", "direct"),
    ("quote_said", '"{quote}," {s} said.', "direct"),
    ("says_present", "{s} says {clause}.", "indirect"),
    ("later_said", "Later, {s} said {clause}.", "indirect"),
    ("also_said", "{s} also said {clause}.", "indirect"),
)


def homograph_surname() -> Iterator[Case]:
    """'Gov. Odile May ... May said C': the bare surname is the person the text named."""
    combos = itertools.product(HOMOGRAPHS, INTRODUCTIONS, SHAPES)
    for k, ((given, surname), (intro, title), (template, para, kind)) in enumerate(
        sample(combos, 140, "m19_homograph_surname")
    ):
        full = f"{given} {surname}"
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        second = para.format(s=surname, clause=clause, quote=quote)
        text = intro.format(name=full) + "\n\n" + second
        if kind == "direct":
            mark = "“" if "“" in second else '"'
            close = "”" if mark == "“" else '"'
            content = f"{mark}{quote},{close}"
        else:
            content = f"that {clause}" if template == "said_that" else clause
        yield Case("", template, text, [Expect(content, kind, full, title)])


#: People named in a date's sentence, who speak after a month that is another person's surname.
SPEAKERS = ("Ines Calloway", "Dr Ruairi Boyle", "Tamsin Orr-Whitley", "Kwabena Asante")


def month_stays_a_date() -> Iterator[Case]:
    """'Gov. Odile May ... In May, Ines Calloway said C': the month is a date, the named
    person speaks; May never does."""
    combos = itertools.product(SPEAKERS, ("In May, {p} said", "{p} said in May", "Since May, {p} has said"))
    for k, (person, frame) in enumerate(combos):
        clause = CLAUSES[k % len(CLAUSES)]
        text = f"Gov. Odile May signed the water bill on Thursday.\n\n{frame.format(p=person)} {clause}."
        speaker = person.removeprefix("Dr ")
        yield Case(
            "",
            frame.split("{")[0].strip() or "after_name",
            text,
            [Expect(clause, "indirect", speaker)],
            wrong_speakers=((clause, "Odile May"),),
        )


#: Pairs of people who share a post (full names; the surname is the last word).
PAIRS = (
    ("Garrett Dyer", "Nadia Voss"),
    ("Ines Calloway", "Tomasz Brenner"),
    ("Aoife Grennan", "Kwame Osei-Bonsu"),
    ("Bartholomew Ekwueme", "Saskia Lindqvist"),
)
#: Plural verbs of running something, some of which are also title modifiers ('lead negotiator').
SHARED_VERBS = ("lead", "run", "head", "co-chair", "manage", "chair")
BODIES = ("the tenants' federation", "the harbour pilots' union", "a food bank in Govan")


def coordinated_pair() -> Iterator[Case]:
    """'NAME1 and NAME2 lead the federation. SURNAME said C': each full name stays a mention, so
    either surname names its person."""
    combos = itertools.product(PAIRS, SHARED_VERBS, (0, 1), (0, 1))
    for k, ((one, two), verb, who, direct) in enumerate(combos):
        person = (one, two)[who]
        surname = person.split()[-1]
        body = BODIES[k % len(BODIES)]
        lead = f"{one} and {two} {verb} {body}."
        if direct:
            quote = QUOTES[k % len(QUOTES)]
            content = f"“{quote},”"
            text = f"{lead}\n\n{content} {surname} said."
        else:
            content = CLAUSES[k % len(CLAUSES)]
            text = f"{lead}\n\n{surname} said {content}."
        other = (one, two)[1 - who]
        yield Case(
            "",
            f"{verb}_{'direct' if direct else 'said'}",
            text,
            [Expect(content, "direct" if direct else "indirect", person)],
            wrong_speakers=((content, other),),
        )


ROUND18_MAIN: tuple[Capability, ...] = (
    named(
        "speaker.homograph_surname",
        "4",
        "Gov. Odile May ... May said C / 'C,' May told reporters: Odile May (the text's surname)",
        homograph_surname,
    ),
    named(
        "speaker.month_stays_a_date",
        "4",
        "Gov. Odile May ... In May, NAME said C: NAME, never May",
        month_stays_a_date,
    ),
    named(
        "speaker.coordinated_pair_surname",
        "4",
        "NAME1 and NAME2 lead the federation. SURNAME2 said C: NAME2 (lead is the verb, no title)",
        coordinated_pair,
    ),
)
