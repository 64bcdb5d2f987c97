"""Development capabilities added on ``main`` in the twelfth round (issue 11): an auxiliary or
modal that opens a question ('"Is Mayor Lund going to ...?"', 'Did Sen. Abel know?') is no part
of the name or title after it. People, roles and sentences of their own.

``captemplates.py`` adds :data:`ROUND11_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, surname, title written before the name) of the person a question names.
QUESTIONED = (
    ("Ilse Marwick", "Marwick", "Mayor"),
    ("Tobias Grenfell", "Grenfell", "Senator"),
    ("Nadia Okonjo", "Okonjo", "Governor"),
    ("Bruno Castellane", "Castellane", "Commissioner"),
    ("Aiko Tanabe", "Tanabe", "Councillor"),
    ("Rafael Uribe", "Uribe", "Chief Constable"),
)
#: Question openers: auxiliaries and modals, with the verb that follows the name.
OPENERS = (
    ("Is", "going to resign"),
    ("Will", "finally answer the letter"),
    ("Did", "know about the contract"),
    ("Can", "still win the vote"),
    ("Should", "step aside"),
    ("Has", "read the report"),
    ("Would", "accept the offer"),
    ("Does", "support the plan"),
)
ASKERS = (("Petra Vollmer", "asked"), ("Samir Haddad", "wondered"))


def question_opener() -> Iterator[Case]:
    """'"AUX TITLE NAME VERB?" ASKER asked. NEW PARAGRAPH SURNAME said C.' -> the later
    quote is NAME's, titled TITLE (not 'AUX TITLE'); the name holds no auxiliary either."""
    combos = itertools.product(QUESTIONED, OPENERS, ASKERS, MARKS[:2], (True, False))
    for (full, surname, title), (aux, verb), (asker, cue), marks, titled in sample(
        combos, 240, "question_opener"
    ):
        named_as = f"{title} {full}" if titled else full
        question = marks.q(f"{aux} {named_as} {verb}?")
        answer = marks.q("I will say more next week,")
        text = f"{question} {asker} {cue}.\n\n{answer} {surname} said."
        yield Case(
            "",
            f"{aux}|{'titled' if titled else 'bare'}|{marks.name}",
            text,
            [
                Expect(question, "direct", asker),
                Expect(answer, "direct", full, title if titled else None),
            ],
        )


ROUND11_MAIN: tuple[Capability, ...] = (
    named(
        "names.question_opener",
        "5",
        '"AUX TITLE NAME VERB?" X asked. Later SURNAME said C: NAME titled TITLE, no auxiliary in either',
        question_opener,
    ),
)
