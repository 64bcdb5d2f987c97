"""Development capabilities added on main in the forty-eighth round: statements and documents.

* *BODY1 and the BODY2 said in a joint statement*, then *they added*: both bodies, one speaker
  (before: the last body named, and *they* went to the first);
* *READER read out a statement on behalf of NAME, ROLE. It said: "C."*: NAME's words, never the
  reader's or the body in NAME's title (before: the body);
* *The document, prepared by BODY and obtained by OUTLET, says*, *The lawsuit, filed by NAME in
  COURT, claims that C*: the one who prepared or filed it (before: *document*, *lawsuit*);
* *BODY said in a statement titled "T" that C*: the report after the quoted title (before: none);
* *NAME said in a statement: "C." BODY declined to comment.*: the quotation ends the content
  (before: a mixed quotation running on into the next sentence).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND48_DOCS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample, unique_texts
from captemplates38_main import CLAUSES, QUOTES

#: Bodies with a body's word in their names.
BODIES = (
    "Department of Harbour Works",
    "Ministry of Inland Transport",
    "Fenwick Valley Water Board",
    "Union of Port Clerks",
    "Tallow Bay Housing Trust",
)
#: (name, role, body) of people who sign or send statements.
PEOPLE = (
    ("Ines Kovalenko", "chair", "Tallow Bay Housing Trust"),
    ("Rory Delacourt", "chief executive", "Marlow Shipping"),
    ("Aditi Rangan", "director", "Fenwick Valley Water Board"),
    ("Bruno Salcedo", "general secretary", "Union of Port Clerks"),
)
READERS = ("Colm Brannock", "Petra Lindqvist", "Osei Mensah")
OUTLETS = ("the Harbour Gazette", "Baltic Press Agency")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def joint_bodies() -> Iterator[Case]:
    """'The BODY1 and the BODY2 said in a joint statement that C. "Q," they added.' and the
    inverted form: both bodies speak, joined as one speaker."""
    combos = itertools.product(range(5), range(5), range(3), range(2), range(2))
    for a, b, c, shape, m in sample(combos, 160, "r48docs-joint"):
        if a == b:
            continue
        one, two = BODIES[a], BODIES[b]
        left, right = MARKS[m]
        joint = f"{one}; {two}"
        quote = f"{left}{QUOTES[c]},{right}"
        if shape == 0:
            clause = f"that {CLAUSES[c]}"
            text = f"The {one} and the {two} said in a joint statement {clause}. {quote} they added."
            expects = [Expect(clause, "indirect", joint), Expect(quote, "direct", joint)]
        else:
            text = f"{quote} the {one} and the {two} said in a joint statement."
            expects = [Expect(quote, "direct", joint)]
        wrong = [(e.content, name) for e in expects for name in (one, two)]
        yield Case("", f"{shape}", text, expects, wrong_speakers=wrong)


def read_on_behalf() -> Iterator[Case]:
    """'READER read out a statement on behalf of NAME, ROLE of BODY. It said: "Q."': NAME's."""
    combos = itertools.product(range(4), range(3), range(3), range(2))
    for p, r, c, m in sample(combos, 72, "r48docs-behalf"):
        name, role, body = PEOPLE[p]
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]}.{right}"
        text = (
            f"{READERS[r]} read out a statement on behalf of {name}, the {role} of {body}. It said: {quote}"
        )
        expect = Expect(quote, "direct", name, title=Contains((role, body)))
        yield Case("", f"{p}", text, [expect], wrong_speakers=[(quote, READERS[r]), (quote, body)])


def document_asides() -> Iterator[Case]:
    """'The document, prepared by BODY and obtained by OUTLET, says: "Q."' and 'The lawsuit, filed
    by NAME in the Fenwick County Court on Monday, claims that C.': who prepared or filed it."""
    combos = itertools.product(range(5), range(4), range(2), range(3), range(2))
    for b, p, o, c, shape in sample(combos, 160, "r48docs-asides"):
        if shape == 0:
            quote = f'"{QUOTES[c]}."'
            text = f"The document, prepared by the {BODIES[b]} and obtained by {OUTLETS[o]}, says: {quote}"
            outlet = OUTLETS[o].removeprefix("the ")
            yield Case("", "0", text, [Expect(quote, "direct", BODIES[b])], wrong_speakers=[(quote, outlet)])
        else:
            name = PEOPLE[p][0]
            clause = f"that {CLAUSES[c]}"
            court, day = COURTS[b], DAYS[o]
            text = f"The {FILINGS[c]}, filed by {name} in the {court} on {day}, claims {clause}."
            yield Case(
                "", "1", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, "lawsuit")]
            )


#: Courts, days and filings of the lawsuits.
COURTS = (
    "Fenwick County Court",
    "Dunmere High Court",
    "Tallow Bay District Court",
    "Marlow Crown Court",
    "Court of Session",
)
DAYS = ("Monday", "Friday")
FILINGS = ("lawsuit", "complaint", "petition")
#: Titles of statements, in marks.
TITLES = ("Our Commitment", "A Fair Deal for Tenants", "Safe Harbour")


def titled_statements() -> Iterator[Case]:
    """'BODY said in a statement titled "T" that C.': the report after the statement's title."""
    combos = itertools.product(range(5), range(3), range(3), range(2))
    for b, t, c, m in sample(combos, 90, "r48docs-titled"):
        left, right = MARKS[m]
        clause = f"that {CLAUSES[c]}"
        text = f"The {BODIES[b]} said in a statement titled {left}{TITLES[t]}{right} {clause}."
        yield Case("", f"{m}", text, [Expect(clause, "indirect", BODIES[b])], exact=False)


def colon_quotation_ends() -> Iterator[Case]:
    """'NAME, ROLE of BODY, said in a statement: "Q." OTHER declined to comment.': the quotation ends
    at its own stop, the next sentence is no part of it."""
    combos = itertools.product(range(4), range(5), range(3), range(2))
    for p, b, c, m in sample(combos, 100, "r48docs-colon"):
        name, role, body = PEOPLE[p]
        other = BODIES[b]
        if other == body:
            continue
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]}.{right}"
        text = f"{name}, {role} of the {body}, said in a statement: {quote} The {other} declined to comment."
        expect = Expect(quote, "direct", name, title=Contains((role, body)))
        yield Case("", f"{m}", text, [expect], exact=False, wrong_speakers=[(quote, other)])


ROUND48_DOCS: tuple[Capability, ...] = (
    named("speaker.joint_bodies", "2", "BODY1 and the BODY2 said in a joint statement", joint_bodies),
    named("speaker.read_on_behalf", "2", "READER read out a statement on behalf of NAME", read_on_behalf),
    named(
        "speaker.document_asides", "5", "The document, prepared by BODY, says", unique_texts(document_asides)
    ),
    named("indirect.titled_statements", "3", 'BODY said in a statement titled "T" that C', titled_statements),
    named("direct.colon_quotation_ends", "3", 'said: "Q." OTHER declined to comment.', colon_quotation_ends),
)
