"""Development capabilities added on branch ``h32facility`` in the thirtieth round: facilities and
sites as the affiliation in a speaker's title.

A facility or site is named like a body (*the Kestrel Point Ferry Terminal*, *Millbrook Bus
Depot*, *the Harrow Cider Press*, *Ashcombe Lighthouse*) though its head word is no organisation
word. Read as the speaker's body in every title shape:

* before the name, as a compound: *Kestrel Point Ferry Terminal manager NAME said C* (the whole
  name, a capitalised word that is also a verb form, *Point*, *Press*, *Report*, kept);
* after the name: *NAME of the BODY said C*, *"Q," said NAME of the BODY* (the person speaks,
  never the body), *NAME, ROLE at the BODY, said C*;
* in brackets: *NAME (BODY): "Q."* (a colon credit), *NAME (BODY) said C*;
* possessed: *The BODY's ROLE, NAME, said C*;
* the body as a speaker of its own: *The BODY said in a statement that C*, *"Q," the BODY said*.

Guards: a place after *of* is no body (*NAME of Kestrel Point said C*: NAME, no body title), a
capitalised facility word opening the sentence (*Works on the pier ...*, *Station staff ...*),
a surname that is a facility word (*Harriet Mill*, *Ruth Abbey*, *Oliver Press*: a person), the
name never absorbs the facility words (*Depot Manager NAME*: NAME), a facility named only as the
place of the event (*At the BODY, NAME said C*: no title; *A fire closed the BODY, the agency
said. It said C*: the agency's) and the shapes that work on main
(*NAME, head of sales at the X Cider Press*, *The terminal's night manager, NAME,*). People, places
and sentences of our own. ``captemplates.py`` adds :data:`ROUND29_H32FACILITY` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons of several cultures and name shapes.
PEOPLE = (
    "Tavita Leiataua",
    "Ana Ruiz",
    "Kenji Mori",
    "Chidinma Okafor",
    "Ingrid Halvorsen",
    "Mei-Ling Chen",
    "Santiago Iglesias",
    "Priya Raghunathan",
    "Dmitri Volkov",
    "Aoife Ní Riain",
    "Oluwaseun Adeyemi",
    "Leilani Kahale",
)
#: Facilities and sites: (name without article, role of a person who works there).
FACILITIES = (
    ("Kestrel Point Ferry Terminal", "manager"),
    ("Millbrook Bus Depot", "supervisor"),
    ("Harrow Cider Press", "owner"),
    ("Greyfield Observatory", "director"),
    ("Ashcombe Lighthouse", "keeper"),
    ("Tamsin Bay Shipyard", "foreman"),
    ("Orwell Street Brewery", "head brewer"),
    ("Low Fell Quarry", "manager"),
    ("Caldwell Reservoir", "engineer"),
    ("Kilbride Salmon Hatchery", "manager"),
    ("Northgate Water Treatment Plant", "supervisor"),
    ("Redmarsh Wharf", "harbourmaster"),
    ("Pembury Steel Works", "director"),
    ("Saltcote Paper Mill", "manager"),
    ("Hollin Dairy", "owner"),
    ("Brackley Goods Yard", "supervisor"),
    ("Ennis Dock", "manager"),
    ("Tarn Valley Ropeway", "operator"),
    ("Marlow Point Pumping Station", "engineer"),
    ("St Briac Abbey", "abbot"),
    ("Glenrother Distillery", "manager"),
    ("Wexcombe Brick Kiln", "owner"),
    ("Ravensholm Foundry", "director"),
)
#: Reported clauses (no marks) and whole quotations.
CLAUSES = (
    "the site would reopen in March",
    "two hundred jobs were safe",
    "the night shift would be cut",
    "the floods had reached the lower sheds",
    "no visitors would be allowed until spring",
)
QUOTES = (
    "We will reopen in March",
    "Nobody has been laid off",
    "The water reached the lower sheds overnight",
    "We are doing everything we can",
)
VERBS = ("said", "told reporters", "warned", "confirmed")
#: Places that are no bodies (after *of*).
PLACES = ("Kestrel Point", "Tamsin Bay", "Low Fell", "Marlow", "Glenrother")
#: Persons whose surname is a facility word.
FACILITY_SURNAMES = ("Harriet Mill", "Ruth Abbey", "Oliver Press", "Maria Dock", "Jonathan Plant")


def _expect(content: str, kind: str, who: str, title: object) -> Expect:
    return Expect(content, kind, who, title)  # type: ignore[arg-type]


def prename_compound() -> Iterator[Case]:
    """'BODY ROLE NAME said C' -> NAME, the title holding the whole body and the role."""
    combos = itertools.product(FACILITIES, PEOPLE, CLAUSES, VERBS)
    for (body, role), name, clause, verb in sample(combos, 160, "h32f-pre"):
        text = f"{body} {role} {name} {verb} {clause}."
        yield Case("", "pre", text, [_expect(clause, "indirect", name, Contains((body, role)))])


def of_body() -> Iterator[Case]:
    """'NAME of the BODY said C' / '"Q," said NAME of the BODY.' -> NAME (a person), title BODY."""
    combos = itertools.product(FACILITIES, PEOPLE, CLAUSES, QUOTES, (True, False), (True, False))
    for (body, _), name, clause, quote, direct, article in sample(combos, 160, "h32f-of"):
        the = "the " if article else ""
        if direct:
            content = f'"{quote},"'
            text = f"{content} said {name} of {the}{body}."
            exp = _expect(content, "direct", name, Contains(body))
        else:
            text = f"{name} of {the}{body} said {clause}."
            exp = _expect(clause, "indirect", name, Contains(body))
        yield Case("", "of", text, [exp], wrong_speakers=[(exp.content, body)])


def role_at_body() -> Iterator[Case]:
    """'NAME, ROLE at the BODY, said C' / 'NAME, ROLE of the BODY, said C' -> title with the BODY."""
    combos = itertools.product(FACILITIES, PEOPLE, CLAUSES, ("at", "of"))
    for (body, role), name, clause, prep in sample(combos, 100, "h32f-at"):
        text = f"{name}, {role} {prep} the {body}, said {clause}."
        yield Case("", "at", text, [_expect(clause, "indirect", name, Contains((role, body)))])


def bracketed_body() -> Iterator[Case]:
    """'NAME (BODY): "Q."' / 'NAME (BODY) said C' -> NAME, title BODY."""
    combos = itertools.product(FACILITIES, PEOPLE, CLAUSES, QUOTES, (True, False))
    for (body, _), name, clause, quote, colon in sample(combos, 120, "h32f-brk"):
        if colon:
            content = f'"{quote}."'
            text = f"{name} ({body}): {content}"
            exp = _expect(content, "direct", name, Contains(body))
        else:
            text = f"{name} ({body}) said {clause}."
            exp = _expect(clause, "indirect", name, Contains(body))
        yield Case("", "brk", text, [exp], wrong_speakers=[(exp.content, body)])


def possessed_role() -> Iterator[Case]:
    """ "The BODY's ROLE, NAME, said C" -> NAME, the title holding the BODY and the role."""
    combos = itertools.product(FACILITIES, PEOPLE, CLAUSES)
    for (body, role), name, clause in sample(combos, 80, "h32f-poss"):
        text = f"The {body}'s {role}, {name}, said {clause}."
        yield Case("", "poss", text, [_expect(clause, "indirect", name, Contains((body, role)))])


def body_speaks() -> Iterator[Case]:
    """'The BODY said in a statement that C' / '"Q," the BODY said.' -> the BODY."""
    combos = itertools.product(FACILITIES, CLAUSES, QUOTES, (True, False))
    for (body, _), clause, quote, direct in sample(combos, 80, "h32f-body"):
        if direct:
            content = f'"{quote},"'
            text = f"{content} the {body} said in a statement."
            exp = Expect(content, "direct", body, speaker_kind="organization")
        else:
            text = f"The {body} said in a statement that {clause}."
            exp = Expect(f"that {clause}", "indirect", body, speaker_kind="organization")
        yield Case("", "body", text, [exp])


def guard_place() -> Iterator[Case]:
    """'NAME of PLACE said C' -> NAME (a place is no body: the speaker stays the person)."""
    combos = itertools.product(PLACES, PEOPLE, CLAUSES)
    for place, name, clause in sample(combos, 50, "h32f-gplace"):
        text = f"{name} of {place} said {clause}."
        yield Case(
            "",
            "gplace",
            text,
            [Expect(clause, "indirect", name, speaker_kind="person")],
            wrong_speakers=[(clause, place)],
        )


def guard_event_place() -> Iterator[Case]:
    """'At the BODY, NAME said C' / 'NAME said at the BODY that C' -> NAME, no title from the place."""
    combos = itertools.product(FACILITIES, PEOPLE, CLAUSES, (True, False))
    for (body, _), name, clause, fronted in sample(combos, 80, "h32f-gevent"):
        if fronted:
            text = f"At the {body}, {name} said {clause}."
            exp = _expect(clause, "indirect", name, None)
        else:
            text = f"On Monday, outside the {body}, {name} said {clause}."
            exp = _expect(clause, "indirect", name, None)
        yield Case("", "gevent", text, [exp])


#: Bodies that report an event at a facility: (name, its kind noun).
REPORTERS = (
    ("Regional Transport Authority", "authority"),
    ("Polar Science Agency", "agency"),
    ("Coastal Safety Board", "board"),
)


def guard_pronoun() -> Iterator[Case]:
    """'A fire closed the BODY on Sunday, the AGENCY said. It said C.' -> C by the AGENCY: a
    facility named as the place of an event is no antecedent of a later *it*."""
    combos = itertools.product(FACILITIES, REPORTERS, CLAUSES, (True, False))
    for (body, _), (agency, _), clause, according in sample(combos, 60, "h32f-gpron"):
        event = f"A fire closed the {body} on Sunday"
        lead = f"{event}, according to the {agency}." if according else f"{event}, the {agency} said."
        text = f"{lead} It said {clause}."
        yield Case("", "gpron", text, [Expect(clause, "indirect", agency)], exact=False)


def guard_start_word() -> Iterator[Case]:
    """'Works on the pier will start in May, NAME said.' / 'Station staff were sent home, NAME
    said.' -> NAME, no title (a capitalised facility word opening the sentence)."""
    contents = (
        "Works on the pier will start in May",
        "Station staff were sent home early",
        "Depot drivers will strike on Friday",
        "Mill workers have not been paid since June",
        "Press officers were told to say nothing",
    )
    combos = itertools.product(contents, PEOPLE)
    for content, name in sample(combos, 50, "h32f-gstart"):
        text = f"{content}, {name} said."
        yield Case("", "gstart", text, [_expect(content, "indirect", name, None)])


def guard_surname() -> Iterator[Case]:
    """'Harriet Mill said C' / '"Q," said Ruth Abbey.' -> the person (kind person, no title)."""
    combos = itertools.product(FACILITY_SURNAMES, CLAUSES, QUOTES, (True, False))
    for name, clause, quote, direct in sample(combos, 50, "h32f-gsur"):
        if direct:
            content = f'"{quote},"'
            text = f"{content} said {name}."
        else:
            content = clause
            text = f"{name} said {clause}."
        kind = "direct" if direct else "indirect"
        yield Case("", "gsur", text, [Expect(content, kind, name, None, speaker_kind="person")])


def guard_absorb() -> Iterator[Case]:
    """'Depot Manager NAME said C' / 'Terminal Supervisor NAME said C' -> NAME (the name keeps none
    of the facility words), the title holding them."""
    roles = ("Depot Manager", "Terminal Supervisor", "Quarry Foreman", "Hatchery Manager", "Brewery Owner")
    combos = itertools.product(roles, PEOPLE, CLAUSES)
    for role, name, clause in sample(combos, 50, "h32f-gabs"):
        text = f"{role} {name} said {clause}."
        yield Case("", "gabs", text, [_expect(clause, "indirect", name, Contains(role))])


def guard_working() -> Iterator[Case]:
    """(works on main) 'NAME, head of sales at the X Cider Press, said C'; "The terminal's night
    manager, NAME, said C"; 'NAME, night manager at the terminal, said C'."""
    shapes = (
        ("{name}, head of sales at the Harrow Cider Press, said {c}.", "head of sales"),
        ("The terminal's night manager, {name}, said {c}.", "night manager"),
        ("{name}, night manager at the terminal, said {c}.", "night manager"),
        ("{name}, a crane driver at the docks, said {c}.", "crane driver"),
    )
    combos = itertools.product(shapes, PEOPLE, CLAUSES)
    for (shape, role), name, clause in sample(combos, 60, "h32f-gwork"):
        text = shape.format(name=name, c=clause)
        yield Case("", "gwork", text, [_expect(clause, "indirect", name, Contains(role))])


ROUND29_H32FACILITY: tuple[Capability, ...] = (
    named(
        "facility.prename_compound",
        "6",
        "Kestrel Point Ferry Terminal manager NAME said C -> title with the whole body",
        prename_compound,
    ),
    named("facility.of_body", "6", "NAME of the Millbrook Bus Depot said C -> NAME, title BODY", of_body),
    named("facility.role_at_body", "6", "NAME, ROLE at the BODY, said C -> title ROLE at BODY", role_at_body),
    named("facility.bracketed_body", "6", 'NAME (BODY): "Q." / NAME (BODY) said C -> BODY', bracketed_body),
    named("facility.possessed_role", "6", "The BODY's ROLE, NAME, said C -> BODY ROLE", possessed_role),
    named("facility.body_speaks", "6", "The BODY said in a statement that C -> the BODY", body_speaks),
    named("facility.guard_place", "6", "NAME of Kestrel Point said C -> NAME, never the place", guard_place),
    named("facility.guard_event_place", "6", "At the BODY, NAME said C -> no title", guard_event_place),
    named(
        "facility.guard_pronoun",
        "6",
        "A fire closed the BODY, the AGENCY said. It said C -> AGENCY",
        guard_pronoun,
    ),
    named("facility.guard_start_word", "6", "Works on the pier ..., NAME said -> no title", guard_start_word),
    named("facility.guard_surname", "6", "Harriet Mill / Ruth Abbey said C -> a person", guard_surname),
    named("facility.guard_absorb", "6", "Depot Manager NAME said C -> name NAME", guard_absorb),
    named("facility.guard_working", "6", "head of sales at the X Cider Press (works on main)", guard_working),
)
