"""Development capabilities added on branch ``h25app`` in the twenty-fifth round: a description
set before a name whose prepositional phrases hold proper names.

* *A nurse at St Enda's Hospital in Tralee, NAME, said ...*: the name is the speaker and the
  whole description its title, never a body or a place named inside the description; with any
  preposition (*at, in, with, for, on, near, from, outside, across, of*), chained phrases,
  possessive bodies and lower-case modifiers before a place (*in rural Ontario*, *in west
  Cork*), as the subject of a report, before a colon and a direct quotation, and after a
  quotation (*"Q," said a nurse at X, NAME.*).
* A description and a form of address before the name (*The opposition Labour group leader,
  Councillor NAME, said*): the description is printed, as for *The chair of the committee,
  Councillor NAME* (the role written first, with its words, over the bare form of address).
* Guards: with no name after the description (*A spokesman for the Red Cross in Lagos said*)
  the speaker is the description or its body, never a place; a body and its relative clause
  (*The Red Cross in Lagos, which runs the camps, said*) is the body; two names after a plural
  description name neither alone.

People, bodies and places of our own. ``captemplates.py`` adds :data:`ROUND24_H25APP` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Full names of many origins.
PEOPLE = (
    "Orla Finnegan",
    "Adaeze Okoro",
    "Megan Doyle",
    "Tomasz Wierzbicki",
    "Kiri Te Whata",
    "Anjali Raghavan",
    "Baraka Mwangi",
    "Yusuf Demirci",
    "Lucia Ferraro",
    "Hiroshi Tanabe",
    "Nomvula Khumalo",
    "Cormac Delaney",
)
#: Role nouns of an ordinary person (all listed or agent nouns).
ROLES = (
    "nurse",
    "teacher",
    "volunteer",
    "cheesemaker",
    "pharmacist",
    "bus driver",
    "shopkeeper",
    "midwife",
    "paramedic",
    "baker",
)
#: One prepositional phrase with proper names: (phrase, the proper names in it).
PHRASES = (
    ("at St Enda's Hospital", ("St Enda's Hospital",)),
    ("in Tralee", ("Tralee",)),
    ("with the Kestrel Relief Trust", ("Kestrel Relief Trust",)),
    ("for the Harrowgate Food Bank", ("Harrowgate Food Bank",)),
    ("on the Isle of Arran", ("Isle of Arran",)),
    ("near Lake Bunyonyi", ("Lake Bunyonyi",)),
    ("outside Kisumu", ("Kisumu",)),
    ("from Castlebar", ("Castlebar",)),
    ("across the Waikato", ("Waikato",)),
    ("at Moreland Primary School", ("Moreland Primary School",)),
)
#: Second and third phrases of a chain: (phrase, proper names).
TAILS = (
    ("in Galway", ("Galway",)),
    ("in Lagos", ("Lagos",)),
    ("near Kinsale", ("Kinsale",)),
    ("in the Rift Valley", ("Rift Valley",)),
    ("outside Hamilton", ("Hamilton",)),
    ("on the Dingle peninsula", ("Dingle",)),
)
#: Lower-case modifiers before a place.
MODIFIERS = ("rural", "west", "downtown", "northern", "coastal", "eastern", "central", "south-east")
#: Places after such a modifier.
PLACES = ("Ontario", "Cork", "Nairobi", "Manitoba", "Kerala", "Queensland", "Donegal")
#: Clauses reported.
CLAUSES = (
    "the wards were full",
    "the price of milk had doubled",
    "nobody had come to check the wells",
    "the camps were overcrowded",
)
#: Direct quotations (without closing punctuation).
QUOTES = ("We cannot keep going like this", "Nobody told us anything", "The roof has leaked since May")
#: Cue verbs of an indirect report.
VERBS = ("said", "told reporters", "says", "warned")
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _art(role: str) -> str:
    return "An" if role[0] in "aeiou" else "A"


def _subject_case(desc: str, keep: str, name: str, verb: str, clause: str, *, names: tuple[str, ...]) -> Case:
    """'DESC, NAME, VERB C.' -> NAME titled with *keep*, never a name of the description."""
    text = f"{desc}, {name}, {verb} {clause}."
    exp = Expect(clause, "indirect", name, title=Contains([keep]))
    return Case("", "subject", text, [exp], exact=False, wrong_speakers=[(clause, n) for n in names])


def pp_proper_name() -> Iterator[Case]:
    """'A ROLE PREP PROPER, NAME, VERB C.' -> NAME, title with the phrase."""
    combos = itertools.product(PEOPLE, ROLES, PHRASES, VERBS, CLAUSES)
    for name, role, (pp, names), verb, clause in sample(combos, 300, "h25app-pp"):
        yield _subject_case(f"{_art(role)} {role} {pp}", f"{role} {pp}", name, verb, clause, names=names)


def pp_chain() -> Iterator[Case]:
    """'A ROLE PREP PROPER PREP PROPER(, PREP PROPER), NAME, VERB C.' -> NAME, whole title."""
    combos = itertools.product(PEOPLE, ROLES, PHRASES, TAILS, VERBS, CLAUSES)
    for name, role, (pp, names), (tail, more), verb, clause in sample(combos, 300, "h25app-chain"):
        if pp.split()[-1] == tail.split()[-1]:
            continue
        desc = f"{_art(role)} {role} {pp} {tail}"
        yield _subject_case(desc, f"{role} {pp} {tail}", name, verb, clause, names=names + more)


def lowercase_modifier_place() -> Iterator[Case]:
    """'A ROLE in MODIFIER PLACE, NAME, VERB C.' -> NAME titled 'ROLE in MODIFIER PLACE'."""
    combos = itertools.product(PEOPLE, ROLES, ("in", "from", "near"), MODIFIERS, PLACES, VERBS, CLAUSES)
    for name, role, prep, mod, place, verb, clause in sample(combos, 240, "h25app-mod"):
        desc = f"{_art(role)} {role} {prep} {mod} {place}"
        yield _subject_case(desc, f"{role} {prep} {mod} {place}", name, verb, clause, names=(place,))


def before_colon_direct() -> Iterator[Case]:
    """'DESC, NAME, said: "Q."' and 'DESC, NAME, told X: "Q."' -> NAME, never the description's names."""
    descs: list[tuple[str, tuple[str, ...]]] = [
        (f"{role} {pp}", names) for role in ROLES for pp, names in PHRASES
    ]
    descs += [
        (f"{role} {pp} {tail}", names + more)
        for role in ROLES[:4]
        for (pp, names), (tail, more) in itertools.product(PHRASES[:5], TAILS[:3])
    ]
    descs += [
        (f"{role} in {mod} {place}", (place,))
        for role in ROLES[:3]
        for mod in MODIFIERS[:4]
        for place in PLACES[:3]
    ]
    cues = ("said", "told the BBC", "told reporters", "added")
    combos = itertools.product(PEOPLE, descs, cues, QUOTES, MARKS)
    for name, (desc, names), cue, quote, (op, cl) in sample(combos, 240, "h25app-colon"):
        text = f"{_art(desc)} {desc}, {name}, {cue}: {op}{quote}.{cl}"
        content = f"{op}{quote}.{cl}"
        exp = Expect(content, "direct", name, title=Contains([desc]))
        yield Case("", "colon", text, [exp], exact=False, wrong_speakers=[(quote, n) for n in names])


def after_quotation() -> Iterator[Case]:
    """'"Q," said a DESC, NAME.' and '"Q," a DESC, NAME, said.' -> NAME, never the description's names."""
    descs: list[tuple[str, tuple[str, ...]]] = [
        (f"{role} {pp} {tail}", names + more)
        for role in ROLES
        for (pp, names), (tail, more) in itertools.product(PHRASES, TAILS)
    ]
    descs += [
        (f"{role} in {mod} {place}", (place,)) for role in ROLES for mod in MODIFIERS for place in PLACES
    ]
    combos = itertools.product(PEOPLE, descs, QUOTES, MARKS, (False, True))
    for name, (desc, names), quote, (op, cl), inverted in sample(combos, 200, "h25app-after"):
        art = _art(desc).lower()
        tail = f"said {art} {desc}, {name}." if inverted else f"{art} {desc}, {name}, said."
        content = f"{op}{quote},{cl}"
        text = f"{content} {tail} The queue kept growing."
        exp = Expect(content, "direct", name, title=Contains([desc]))
        yield Case("", "after", text, [exp], exact=False, wrong_speakers=[(quote, n) for n in names])


#: Descriptions before a form of address: (description, title words to keep).
ADDRESSED = (
    ("The opposition Labour group leader", "opposition Labour group leader"),
    ("The Green group leader", "Green group leader"),
    ("The opposition leader", "opposition leader"),
    ("The council's finance chief", "council's finance chief"),
    ("The chair of the planning committee", "chair of the planning committee"),
    ("The consultant in charge of the ward", "consultant in charge of the ward"),
    ("A surgeon at St Enda's Hospital in Tralee", "surgeon at St Enda's Hospital in Tralee"),
    ("The parish priest in west Cork", "parish priest in west Cork"),
)
#: Forms of address before the name.
ADDRESSES = ("Councillor", "Cllr", "Dr", "Dr.", "Professor", "Father", "Senator")


def description_then_address() -> Iterator[Case]:
    """'DESC, ADDRESS NAME, said C.' -> NAME titled with the description (the role written first
    is printed over the bare form of address, as for 'The chair of X, Councillor NAME'); an
    office ('Senator') is printed as written, as quotex prints offices."""
    combos = itertools.product(PEOPLE, ADDRESSED, ADDRESSES, CLAUSES)
    for name, (desc, keep), address, clause in sample(combos, 200, "h25app-addr"):
        text = f"{desc}, {address} {name}, said {clause}."
        # (an office is printed as written: 'Senator'; a bare form of address yields to the role)
        exp = Expect(clause, "indirect", name, title="Senator" if address == "Senator" else Contains([keep]))
        yield Case("", "address", text, [exp], exact=False, wrong_speakers=[(clause, address)])


#: Voices and roles with no name after them: (description, accepted speakers).
UNNAMED = (
    ("A spokesman for the Kestrel Relief Trust in Lagos", ("Kestrel Relief Trust",)),
    ("A spokeswoman for St Enda's Hospital in Tralee", ("St Enda's Hospital",)),
    ("A nurse at St Enda's Hospital in Tralee", ()),
    ("A teacher in rural Ontario", ()),
    ("A volunteer with the Harrowgate Food Bank in Leeds", ()),
)


def no_name_keeps_body() -> Iterator[Case]:
    """'DESC said C.' with no name -> the description (or the body a voice speaks for), never a place."""
    combos = itertools.product(UNNAMED, VERBS, CLAUSES)
    for (desc, bodies), verb, clause in combos:
        text = f"{desc} {verb} {clause}."
        accepted = (desc[2:] if desc.startswith("A ") else desc, *bodies)
        places = [w for w in ("Lagos", "Tralee", "Ontario", "Leeds") if w in desc]
        wrong = [(clause, p) for p in places]
        if not bodies:  # (a nurse at a hospital is no voice of it)
            wrong += [(clause, b) for b in ("St Enda's Hospital", "Harrowgate Food Bank")]
        exp = Expect(clause, "indirect", accepted)
        yield Case("", "unnamed", text, [exp], exact=False, wrong_speakers=wrong)


#: Bodies with a place and a relative clause: (body as written, its name).
BODIES = (
    ("The Kestrel Relief Trust in Lagos", "Kestrel Relief Trust"),
    ("The Harrowgate Food Bank in Leeds", "Harrowgate Food Bank"),
    ("St Enda's Hospital in Tralee", "St Enda's Hospital"),
)
#: Relative clauses after the body.
RELATIVES = ("which runs the camps", "which has 40 staff", "which opened in 2009")


def body_relative_clause() -> Iterator[Case]:
    """'BODY in PLACE, which ..., said C.' -> the body, never the place."""
    for (body, name), rel, verb, clause in itertools.product(BODIES, RELATIVES, VERBS[:2], CLAUSES):
        text = f"{body}, {rel}, {verb} {clause}."
        place = body.split()[-1]
        yield Case(
            "",
            "relative",
            text,
            [Expect(clause, "indirect", name)],
            exact=False,
            wrong_speakers=[(clause, place)],
        )


def plural_list() -> Iterator[Case]:
    """'Two ROLEs PREP PROPER PREP PROPER, A and B, said C.' -> neither A, B nor a proper name of the
    description alone."""
    combos = itertools.product(
        itertools.combinations(PEOPLE[:6], 2),
        ("nurses", "teachers", "volunteers"),
        PHRASES[:5],
        TAILS[:3],
        CLAUSES,
    )
    for (a, b), role, (pp, names), (tail, more), clause in sample(combos, 60, "h25app-list"):
        text = f"Two {role} {pp} {tail}, {a} and {b}, said {clause}."
        wrong = [(clause, n) for n in (a, b, *names, *more)]
        yield Case("", "list", text, [], exact=False, wrong_speakers=wrong)


ROUND24_H25APP: tuple[Capability, ...] = (
    named(
        "fronted.pp_proper_name",
        "2",
        "A ROLE PREP PROPER, NAME, said C: NAME titled with the description, never PROPER",
        pp_proper_name,
    ),
    named(
        "fronted.pp_chain",
        "2",
        "A ROLE at BODY in PLACE, NAME, said C: NAME, never BODY or PLACE",
        pp_chain,
    ),
    named(
        "fronted.lowercase_modifier_place",
        "2",
        "A ROLE in rural PLACE, NAME, said C: NAME, never PLACE",
        lowercase_modifier_place,
    ),
    named(
        "fronted.before_colon_direct",
        "2",
        'A ROLE at BODY in PLACE, NAME, said: "Q.": NAME, never BODY or PLACE',
        before_colon_direct,
    ),
    named(
        "fronted.after_quotation",
        "2",
        '"Q," said a ROLE at BODY in PLACE, NAME.: NAME, never BODY or PLACE',
        after_quotation,
    ),
    named(
        "fronted.description_then_address",
        "2",
        "The opposition group leader, Councillor NAME, said C: NAME titled with the description",
        description_then_address,
    ),
    named(
        "fronted.no_name_keeps_body",
        "2",
        "A spokesman for BODY in PLACE said C (no name): the description or the body, never PLACE",
        no_name_keeps_body,
    ),
    named(
        "fronted.body_relative_clause",
        "2",
        "BODY in PLACE, which runs X, said C: the body, never PLACE",
        body_relative_clause,
    ),
    named(
        "fronted.plural_list",
        "2",
        "Two ROLEs at BODY in PLACE, A and B, said C: neither A, B, BODY nor PLACE alone",
        plural_list,
    ),
)
