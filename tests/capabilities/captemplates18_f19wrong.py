"""Development capabilities added on branch ``f19wrong`` in the nineteenth round: a wrong
person as speaker.

* ``NAME, 34, a teacher from TOWN who was travelling with her two sons, said C1. / "C2," she
  said.``: a possessive before a kinship noun inside the *who* clause of a name's apposition is
  the name's own, so it gives the name its gender even against the census list (*Asa* is a
  man's there); another man named before never takes the *she*.
* ``... the campaign's newsletter, "TITLE", is pinned up ... / C, the developer said.``: a name
  written alone between quotation marks (a newsletter, a programme, a nickname) is never the
  antecedent of a nominal or pronoun; with no body in view the source stays a description.
* ``A man in the back row asked NAME whether ... "C1," NAME said. "C2," the man shot back.``:
  *the man* (*the woman*, *the mother*) takes up the indefinite description the text gave
  before, never the named man who just answered.
* ``The developer, Edinburgh-based BODY, says C``: a compound on a place's name before the name
  in a subject's apposition is stepped over, so BODY speaks (was: another body in view).
* ``NAME, a nurse whose house on the X Highway was destroyed, told ... "C," she said.``: the
  noun after *whose* (*house*) never makes the apposition a body's, so NAME stays a person and
  takes the *she* (was: a woman named earlier).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND18_F19WRONG` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the lifeboats had been launched within minutes",
    "the alarm had sounded only once",
    "the crew had handed out blankets on the car deck",
    "nobody had told passengers where to gather",
)
#: Direct quotations.
QUOTES = (
    "There was no announcement at all.",
    "We waited in the dark for an hour.",
    "I still have the ticket in my coat.",
    "The children were braver than we were.",
)
#: Women whose first name the census list gives to men (or gives no gender), and kin nouns.
WOMEN = ("Asa Lindqvist", "Kim Okafor", "Jody Marchetti", "Robin Haldane", "Ashley Quarrie")
KIN = ("her two sons", "her husband", "her daughter", "her elderly mother")
#: Men introduced before the woman, with a role.
MEN = ("Tomas Berggren, the ferry company's chief executive,", "Harald Moen, the harbour master,")


def kin_gender() -> Iterator[Case]:
    """'MAN said C1. | NAME, 34, a teacher who was travelling with her KIN, said C2. | "Q," she
    said.' -> Q is NAME's, never the man's."""
    combos = itertools.product(MEN, WOMEN, KIN, CLAUSES, QUOTES)
    for man, woman, kin, clause, quote in sample(combos, 60, "f19wrong-kin"):
        text = (
            f"{man} said the company would cooperate with the inquiry.\n\n"
            f"{woman}, 34, a teacher from Uppsala who was travelling to the island with {kin}, "
            f"said {clause}.\n\n"
            f'"{quote}" she said.'
        )
        expects = [Expect(clause, "indirect", woman), Expect(f'"{quote}"', "direct", woman)]
        yield Case("", "kin in relative clause", text, expects, exact=False)


#: Titles written between quotation marks before a closing nominal source.
MARKED = ("Hill Talk", "The Long Room", "Morning Gate", "Valley Voice")
HOLDERS = ("the campaign's newsletter", "the station's breakfast programme", "the residents' bulletin")
NOMINALS = ("the developer", "the company", "the operator")


def marked_title() -> Iterator[Case]:
    """'... HOLDER, "TITLE", is pinned up ... | C, the developer said.' -> C is never TITLE's."""
    combos = itertools.product(MARKED, HOLDERS, NOMINALS, CLAUSES, ("\u201c{}\u201d", '"{}"'))
    for title, holder, nominal, clause, marks in sample(combos, 60, "f19wrong-marked"):
        text = (
            f"Placards still hang on the gates, and {holder}, {marks.format(title)}, is pinned up in "
            f"the shop window.\n\n{clause[0].upper()}{clause[1:]}, {nominal} said."
        )
        yield Case(
            "",
            "marked title",
            text,
            [Expect(f"{clause[0].upper()}{clause[1:]}", "indirect", nominal[4:])],
            exact=False,
            wrong_speakers=[(clause[1:], title)],
        )


#: Indefinite descriptions of a person in the room and the nominal that takes them up.
DESCRIBED = (
    ("A man in the back row", "the man", "man in the back row"),
    ("A woman near the stage", "the woman", "woman near the stage"),
    ("One mother", "the mother", "one mother"),
    ("A father of three", "the father", "father of three"),
)
ANSWERERS = ("Troy Thorsby", "Dmitri Halloran", "Grace Ambler", "Ines Corvalan")
VERBS = ("shot back", "said", "replied", "added")


def described_again() -> Iterator[Case]:
    """'A man in the back row asked NAME whether ... "Q1," NAME said. "Q2," the man VERB.' -> Q2
    is the described man's, never NAME's."""
    combos = itertools.product(DESCRIBED, ANSWERERS, VERBS, QUOTES)
    for (lead, nominal, speaker), name, verb, quote in sample(combos, 64, "f19wrong-described"):
        surname = name.split()[-1]
        text = (
            f"{name}, the regional manager, said the buses would run on time from Monday.\n\n"
            f"{lead} asked {surname} whether the drivers had been paid. "
            f'"They have," {surname} said. "{quote[:-1]}," {nominal} {verb}.'
        )
        yield Case(
            "",
            "described before",
            text,
            [Expect(f'"{quote[:-1]},"', "direct", speaker)],
            exact=False,
            wrong_speakers=[(quote[:-1], name)],
        )


#: Bodies set off after a generic subject, with a compound on a place before them.
BODIES = ("Hollowmere Renewables", "Corran Estates", "Brightwick Energy", "Tarnside Homes")
PLACED = ("Edinburgh-based", "Glasgow-based", "Leeds-headquartered", "Dublin-registered")


def place_compound_apposition() -> Iterator[Case]:
    """'The reporter said the Craigenbay Wind Farm would help. | The developer, PLACE-based
    BODY, says C.' -> BODY."""
    combos = itertools.product(BODIES, PLACED, ("says", "said"), CLAUSES)
    for body, placed, verb, clause in sample(combos, 48, "f19wrong-placed"):
        text = (
            "The reporter said the Craigenbay Wind Farm would bring jobs to the valley.\n\n"
            f"The developer, {placed} {body}, {verb} {clause}."
        )
        yield Case("", "place compound", text, [Expect(clause, "indirect", body)], exact=False)


#: Women named in an apposition whose relative holds a body noun.
WITNESSES = ("Tamsin Wheeldon", "Morwenna Tate", "Ysolde Carrick", "Linnea Dravik")
WHOSE = (
    "a nurse whose house on the Warburton Highway was destroyed",
    "a farmer whose office at the Reefton hall burned down",
    "a teacher whose school in the valley was closed",
)


def whose_apposition() -> Iterator[Case]:
    """'Counsel, Fiona Carmody, questioned him. | NAME, a nurse whose house ... was destroyed,
    told the inquiry C. | "Q," she said.' -> Q is NAME's, never the counsel's."""
    combos = itertools.product(WITNESSES, WHOSE, CLAUSES, QUOTES)
    for name, whose, clause, quote in sample(combos, 48, "f19wrong-whose"):
        text = (
            "Counsel assisting the inquiry, Fiona Carmody, took the commissioner through the "
            "timeline. She put it to him that the warning had come late.\n\n"
            f"{name}, {whose}, told the inquiry {clause}.\n\n"
            f'"{quote}" she said.'
        )
        yield Case(
            "",
            "whose apposition",
            text,
            [Expect(f'"{quote}"', "direct", name)],
            exact=False,
            wrong_speakers=[(quote, "Fiona Carmody")],
        )


ROUND18_F19WRONG: tuple[Capability, ...] = (
    named(
        "pronoun.relative_kin_gender",
        "2",
        "NAME, 34, a teacher who was travelling with her two sons, said C. 'Q,' she said: NAME, though"
        " the census list makes Asa a man's name (was: a man named before)",
        kin_gender,
    ),
    named(
        "nominal.marked_title_no_antecedent",
        "2",
        "the newsletter, \"Hill Talk\", is pinned up ... C, the developer said: 'developer', never the"
        " marked title (was: the title as a body)",
        marked_title,
    ),
    named(
        "nominal.gender_noun_described_before",
        "2",
        "A man in the back row asked NAME ... 'Q1,' NAME said. 'Q2,' the man shot back: the described"
        " man (was: NAME)",
        described_again,
    ),
    named(
        "speaker.place_compound_apposition",
        "2",
        "The developer, Edinburgh-based BODY, says C: BODY (was: another body in view)",
        place_compound_apposition,
    ),
    named(
        "pronoun.whose_apposition_person",
        "2",
        "NAME, a nurse whose house ... was destroyed, told C. 'Q,' she said: NAME (was: a woman named"
        " before, NAME being read as a body)",
        whose_apposition,
    ),
)
