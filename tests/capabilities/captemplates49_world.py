"""Development capabilities added on main in the forty-ninth round, second half: politics, science
and world news.

* *The International Mission for Demining said C*, *the delegation said*: a mission's and a
  delegation's names are bodies' (before: *Demining* as a person);
* *A military spokesman, Maj. NAME, said C*: the spokesman's post, not the bare rank (before: *Maj.*);
* *NAME told state television: "Q."*: the broadcaster is the addressee (before: a mixed quotation);
* *NAME, the party's member of parliament for X, ... "Q," the MP said*: the member (before: *MP*);
* *A, the governor of X, ... B, the party's candidate for governor, ... "Q," the governor said*:
  A, never the candidate (before: B);
* *A senior adviser to NAME, who asked not to be named, said that C*: the adviser (before: none);
* *According to figures released by BODY on Friday, C*, *Scientists say night-shift nurses ...*:
  the content starts where the report does (before: *on Friday,*; *shift nurses*);
* controls: *COUNTRY recalled its ambassador from CITY*, *the crossing locals know as "the
  Orchard"*, *NAME, 24, took part in the study* (no title), *according to an English transcript*
  (no speaker named *English*).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND49_WORLD` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES, QUOTES

#: (name, pronoun) of officials; bodies of diplomacy; ranks.
OFFICIALS = (("Irena Dobrovan", "she"), ("Ivo Dreska", "he"), ("Tamsin Orrell", "she"))
MISSIONS = ("International Mission for Demining", "Joint Observer Delegation", "Northern Relief Mission")
RANKS = ("Maj.", "Lt. Col.", "Capt.")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def diplomacy() -> Iterator[Case]:
    """'The MISSION said C.'; 'A military spokesman, RANK NAME, said C.'; 'NAME told state
    television: "Q."': the body, the spokesman's post, the broadcaster as addressee."""
    for p, m, c, shape in itertools.product(range(3), range(3), range(3), range(3)):
        name = OFFICIALS[p][0]
        if shape == 0:
            text = f"The {MISSIONS[m]} said on Friday that {CLAUSES[c]}."
            yield Case("", "0", text, [Expect(f"that {CLAUSES[c]}", "indirect", MISSIONS[m])])
        elif shape == 1:
            text = f"A military spokesman, {RANKS[m]} {name}, said {CLAUSES[c]}."
            yield Case("", "1", text, [Expect(CLAUSES[c], "indirect", name, title=Contains(("spokesman",)))])
        else:
            quote = f'"{QUOTES[c]}."'
            text = f"{name} told {('state', 'national', 'local')[m]} television: {quote}"
            yield Case("", "2", text, [Expect(quote, "direct", name)])


def politics() -> Iterator[Case]:
    """'NAME, the party's member of parliament for X, spoke. "Q," the MP said.'; 'A, the governor
    of X, ... B, the party's candidate for governor, ... "Q," the governor said.'; 'A senior
    adviser to NAME, who asked not to be named, said that C.'"""
    for p, c, m, shape in itertools.product(range(3), range(3), range(2), range(3)):
        name = OFFICIALS[p][0]
        other = OFFICIALS[(p + 1) % 3][0]
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]},{right}"
        if shape == 0:
            post = "the Green Alliance member of parliament for Dunmarrow East"
            text = f"{name}, {post}, spoke on Monday. {quote} the MP said."
            yield Case("", "0", text, [Expect(quote, "direct", name)], exact=False)
        elif shape == 1:
            text = (
                f"{name}, the governor of Westmarch, announced the budget. {other}, the Reform Party "
                f"candidate for governor, did not attend. {quote} the governor said."
            )
            yield Case(
                "", "1", text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=[(quote, other)]
            )
        else:
            clause = f"that {CLAUSES[c]}"
            text = f"A senior adviser to {name}, who asked not to be named, said {clause}."
            advisers = (f"senior adviser to {name}", f"adviser to {name}")
            yield Case("", "2", text, [Expect(clause, "indirect", advisers)], wrong_speakers=[(clause, name)])


def content_starts() -> Iterator[Case]:
    """'According to figures released by BODY on DAY, C.' and 'Scientists say night-shift nurses
    C.': the content opens where the report does."""
    days = ("Friday", "Monday")
    for m, d, c, shape in itertools.product(range(3), range(2), range(3), range(2)):
        if shape == 0:
            text = f"According to figures released by the {MISSIONS[m]} on {days[d]}, {CLAUSES[c]}."
            yield Case("", "0", text, [Expect(CLAUSES[c], "indirect", MISSIONS[m])])
        elif m == 0:
            content = f"night-shift nurses {('had slept less', 'worked longer', 'ate later')[c]}"
            body = MISSIONS[d + 1]
            text = f"Scientists at the {body} say {content}."
            scientists = (f"Scientists at the {body}", f"Scientists at {body}", "Scientists")
            yield Case("", "1", text, [Expect(content, "indirect", scientists)], exact=False)


def world_controls() -> Iterator[Case]:
    """Controls: 'COUNTRY recalled its ambassador from CITY on DAY.', 'Families gathered near the
    crossing locals know as "the Orchard."', 'NAME, 24, took part in the study. "Q," said NAME.'
    (no title), 'NAME said C, according to an English transcript.' (no speaker *English*)."""
    for p, c, shape in itertools.product(range(3), range(3), range(4)):
        name = OFFICIALS[p][0]
        if shape == 0:
            yield Case(
                "",
                "0",
                f"Ardesia recalled its ambassador from {('Sarnow', 'Kelby', 'Tolle')[p]} on Thursday.",
                [],
            )
        elif shape == 1:
            place = ("the Orchard", "the Long Reach", "the Old Ferry")[c]
            yield Case(
                "", "1", f'Hundreds of families gathered near the crossing locals know as "{place}."', []
            )
        elif shape == 2:
            quote = f'"{QUOTES[c]},"'
            text = f"{name}, 24, took part in the study at the Corran Valley Clinic. {quote} said {name}."
            yield Case("", "2", text, [Expect(quote, "direct", name, title=None)], exact=False)
        else:
            text = f"{name} said {CLAUSES[c]}, according to an English transcript."
            yield Case("", "3", text, [], exact=False, wrong_speakers=[(CLAUSES[c], "English")])


ROUND49_WORLD: tuple[Capability, ...] = (
    named("speaker.diplomacy_bodies", "5", "The MISSION said; A military spokesman, Maj. NAME", diplomacy),
    named("speaker.politics_offices", "5", "the MP said; candidate for governor; adviser to NAME", politics),
    named("indirect.content_starts", "3", "released by BODY on Friday, C; night-shift", content_starts),
    named("control.world_controls", "8", "recalled its ambassador; locals know as", world_controls),
)
