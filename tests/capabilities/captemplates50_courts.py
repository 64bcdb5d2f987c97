"""Development capabilities added on main in the fiftieth round: courts, disasters and labour news.

* *"Q," NAME told the X Courier. She is the chief economist at BODY.*: the post the next
  sentence states (before: no title), never across the pronoun's gender or past another person
  the credit names;
* *NAME, prosecuting, told the jury*, *NAME, for the defence, said*, *said NAME, defending.*:
  counsel's side as the title (before: none);
* *a spokeswoman for X Fire and Rescue,*, *Union of Care and Support Workers branch secretary
  NAME*, *of the X Constabulary*: a body's name holding *and* or a force's noun kept whole
  (before: *spokeswoman for X Fire*, *Workers branch secretary*, *Detective Sergeant*);
* *told NAME, chief executive of X, that C*, *told delegates at the X climate talks that C*:
  the content starts at *that* (before: at the addressee or the head noun);
* *Giving evidence, NAME said ...* or *NAME testified that C* ... *the witness said*: the witness
  (before: *witness*);
* *... reached the River X. The company said C*: the company, never the river; *the union
  leader* after a union's and a firm's officers: the union's officer, never the firm's;
  *After A, a spokesperson for X, spoke, B said ... He had earlier said C*: A, never the apposition;
* controls: *Nobody in TOWN had seen a "freak" storm*, *NAME, 26, of TOWN, was charged with
  "X"*: no quotation.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND50_COURTS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES, QUOTES

#: (full name, surname, pronoun) of people with listed first names, of either gender.
PEOPLE = (
    ("Harriet Quenby", "Quenby", "she"),
    ("Oliver Stanway", "Stanway", "he"),
    ("Margaret Dunholm", "Dunholm", "she"),
    ("Samuel Tredwell", "Tredwell", "he"),
)
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))
POSTS = (
    ("chief economist", "the Marlow Policy Trust"),
    ("director of research", "the Centre for Rural Work"),
    ("senior fellow", "the Kettering Labour Institute"),
)
BODIES_AND = ("Pellingham Fire and Rescue", "Ashby Roads and Bridges", "Coldwater Parks and Gardens")
UNIONS_AND = (
    "Union of Care and Support Workers",
    "Guild of Rail and Tram Drivers",
    "Union of Press and Print Staff",
)
TOWNS = ("Harlow Cross", "Marrowby", "Stennet")


def _quote(c: int, m: int, end: str = ",") -> str:
    left, right = MARKS[m]
    return f"{left}{QUOTES[c]}{end}{right}"


def later_posts() -> Iterator[Case]:
    """'"Q," NAME told the X Courier. PRONOUN is the ROLE at BODY.' -> the title; the other
    gender's pronoun, or a second person of the same gender in the credit, gives none."""
    for p, c, m, r, shape in itertools.product(range(4), range(3), range(3), range(3), range(3)):
        name, _, pronoun = PEOPLE[p]
        role, body = POSTS[r]
        quote = _quote(c, m)
        if shape == 0:
            text = (
                f"{quote} {name} told the {TOWNS[r]} Courier. {pronoun.capitalize()} is the {role} at {body}."
            )
            yield Case("", "0", text, [Expect(quote, "direct", name, title=Contains((role, body)))])
        elif shape == 1:
            other = "He" if pronoun == "she" else "She"
            text = f"{quote} {name} said on Monday. {other} is the {role} at {body}."
            yield Case("", "1", text, [Expect(quote, "direct", name, title=None)])
        else:
            peer = next(q[0] for q in PEOPLE if q[2] == pronoun and q[0] != name)
            text = f"{quote} {name} told {peer}. {pronoun.capitalize()} is the {role} at {body}."
            yield Case(
                "", "2", text, [Expect(quote, "direct", name, title=None)], wrong_speakers=[(quote, peer)]
            )


def counsel_titles() -> Iterator[Case]:
    """'NAME, prosecuting, told the jury C.', '"Q," NAME, for the defence, told the court.',
    '"Q," said NAME, defending.' -> counsel's side as the title."""
    sides = (("prosecuting", "prosecut"), ("defending", "defen"), ("for the prosecution", "prosecut"))
    for p, c, m, s, shape in itertools.product(range(4), range(3), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        side, stem = sides[s]
        title = Contains((stem,))
        if shape == 0:
            text = f"{name}, {side}, told the jury {CLAUSES[c]}."
            yield Case("", "0", text, [Expect(CLAUSES[c], "indirect", name, title=title)])
        elif shape == 1:
            quote = _quote(c, m)
            text = f"{quote} {name}, {side}, told {TOWNS[s]} Crown Court."
            yield Case("", "1", text, [Expect(quote, "direct", name, title=title)])
        else:
            quote = _quote(c, m)
            text = f"The defendant, 41, denies theft. {quote} said {name}, {side}."
            yield Case("", "2", text, [Expect(quote, "direct", name, title=title)], exact=False)


def body_and_titles() -> Iterator[Case]:
    """'NAME, a spokeswoman for X Fire and Rescue, said C.', 'UNION branch secretary NAME said C.',
    'Detective Sergeant NAME of the X Constabulary said: "Q."' -> the body kept whole."""
    for p, c, b, shape in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        if shape == 0:
            text = f"{name}, a spokeswoman for {BODIES_AND[b]}, said at a briefing that {CLAUSES[c]}."
            title = Contains(("spokeswoman", BODIES_AND[b]))
            yield Case("", "0", text, [Expect(f"that {CLAUSES[c]}", "indirect", name, title=title)])
        elif shape == 1:
            text = f"{UNIONS_AND[b]} branch secretary {name} said on Friday that {CLAUSES[c]}."
            title = Contains(("branch secretary", UNIONS_AND[b]))
            yield Case("", "1", text, [Expect(f"that {CLAUSES[c]}", "indirect", name, title=title)])
        else:
            force = f"{TOWNS[b]} Constabulary"
            quote = _quote(c, b, ".")
            text = f"Detective Sergeant {name} of the {force} said: {quote}"
            yield Case("", "2", text, [Expect(quote, "direct", name, title=Contains(("Sergeant", force)))])


def addressee_reports() -> Iterator[Case]:
    """'A told B, ROLE of X, that C.', 'A told delegates at the X climate talks that C.' -> the
    content opens at *that*; B never speaks."""
    for p, c, r, shape in itertools.product(range(4), range(3), range(3), range(2)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        clause = f"that {CLAUSES[c]}"
        if shape == 0:
            role, body = POSTS[r]
            text = f"{name} told {other}, {role} at {body}, {clause}."
            yield Case("", "0", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, other)])
        else:
            meeting = ("climate talks", "summit", "annual conference")[r]
            text = f"{name} told delegates at the {TOWNS[r]} {meeting} {clause}."
            yield Case("", "1", text, [Expect(clause, "indirect", name)])


def court_witnesses() -> Iterator[Case]:
    """'Giving evidence, NAME said: "Q." The witness told the court that C.' and 'NAME testified
    that C. "Q," the witness said.' -> the witness named before."""
    for p, c, m, shape in itertools.product(range(4), range(3), range(3), range(2)):
        name = PEOPLE[p][0]
        quote = _quote(c, m, ".")
        clause = f"that {CLAUSES[(c + 1) % 3]}"
        if shape == 0:
            text = f"Giving evidence, {name} said: {quote} The witness told the court {clause}."
            yield Case("", "0", text, [Expect(quote, "direct", name), Expect(clause, "indirect", name)])
        else:
            said = _quote(c, m)
            text = f"{name} testified {clause}. {said} the witness said."
            yield Case("", "1", text, [Expect(clause, "indirect", name), Expect(said, "direct", name)])


def trusted_referents() -> Iterator[Case]:
    """The company, never a river; the union leader, never the firm's officer; a person, never
    the apposition after their name."""
    firms = ("Ulvar Pipelines", "Corrie Chemicals", "Norrell Haulage")
    places = ("the River Tamble", "Lake Orrin", "the Stennet River")
    for p, c, b, shape in itertools.product(range(4), range(3), range(3), range(3)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        quote = _quote(c, b, ".")
        clause = f"that {CLAUSES[c]}"
        if shape == 0:
            text = f"Oil from a pipe of {firms[b]} reached {places[b]} on Monday. The company said {clause}."
            place = places[b].removeprefix("the ")
            speakers = (firms[b], "company")  # (a bare 'company' is no wrong speaker; the river is)
            yield Case(
                "", "0", text, [Expect(clause, "indirect", speakers)], wrong_speakers=[(clause, place)]
            )
        elif shape == 1:
            union = ("Marrowby Lecturers Union", "Stennet Bus Crews Union", "Harlow Nurses Union")[b]
            last = _quote((c + 2) % 3, b, ".")
            text = (
                f"{name}, general secretary of the {union}, said: {quote}\n\n{other}, operations director at "
                f"{firms[b]}, said {CLAUSES[(c + 1) % 3]}.\n\nThe union leader added: {last}"
            )
            expects = [Expect(quote, "direct", name), Expect(last, "direct", name)]
            yield Case("", "1", text, expects, exact=False, wrong_speakers=[(last, other)])
        else:
            text = (
                f"After {name}, a spokesperson for {BODIES_AND[b]}, spoke, {other} said: {quote} "
                f"{PEOPLE[p][2].capitalize()} had earlier said {clause}."
            )
            yield Case("", "2", text, [Expect(clause, "indirect", name)], exact=False)


def court_controls() -> Iterator[Case]:
    """Controls: 'Nobody in TOWN had seen a "freak" storm before.', 'NAME, 26, of TOWN, was
    charged with "X".': no quotation."""
    charges = ("perverting the course of justice", "causing death by dangerous driving", "affray")
    for p, t, m, shape in itertools.product(range(4), range(3), range(3), range(2)):
        left, right = MARKS[m]
        if shape == 0:
            word = ("freak", "once-in-a-century", "perfect")[p % 3]
            text = f"Nobody in {TOWNS[t]} had seen a {left}{word}{right} storm before."
        else:
            text = f"{PEOPLE[p][0]}, 26, of {TOWNS[t]}, was charged with {left}{charges[t]}{right}."
        yield Case("", str(shape), text, [])


ROUND50_COURTS: tuple[Capability, ...] = (
    named("title.later_post", "6", '"Q," NAME told the Courier. She is the ROLE at BODY.', later_posts),
    named(
        "title.counsel_side", "6", "NAME, prosecuting, told the jury; said NAME, defending.", counsel_titles
    ),
    named("title.body_with_and", "6", "a spokeswoman for X Fire and Rescue; Constabulary", body_and_titles),
    named(
        "indirect.addressee_that", "3", "told NAME, ROLE of X, that C; told delegates at", addressee_reports
    ),
    named("speaker.court_witness", "4", "Giving evidence, NAME said; the witness said", court_witnesses),
    named("speaker.trusted_referents", "4", "the company not a river; the union leader", trusted_referents),
    named("control.court_controls", "8", 'had seen a "freak" storm; charged with "X"', court_controls),
)
