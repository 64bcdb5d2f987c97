"""Development capabilities added on branch ``h32particles`` in the thirtieth round: name forms
with lower-case particles, initials, suffixes and hyphens.

A surname that opens with lower-case particles (*da Silva*, *van der Berg*, *de la Cruz*, *von
Hoffmann*, *della Rovere*, *ter Horst*) is one name wherever it stands: after the cue (*said da
Silva*), before it, after a preposition (*according to van der Berg*), capitalised at the start of a
sentence (*De la Cruz said*), as a possessor (*van der Berg's lawyer*) and inside appositions and
titles. A second reference by such a surname, after another person and across paragraphs, is the
full name given before; a pronoun after it is the same person. Initials (*J. R. Okonkwo*,
*A.K. Perera*, *M. Sefa*), suffixes (*Jr.*, *Sr.*, *III*, with and without a comma) and hyphens
(*Okafor-Eze*, *Jean-Luc*) stay inside the canonical name.

Guards: a lower-case word that is no particle joins no name (*said de facto leader NAME*, *said ten
Republicans*), places (*the mayor of Le Havre*, *a Des Moines official*) name no person, and a
capitalised *De*/*Van* that opens a non-name phrase (*De facto, ...*, *Van drivers said*) creates
nobody. People, places and sentences of our own. ``captemplates.py`` adds
:data:`ROUND29_H32PARTICLES` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample

#: People whose surname opens with lower-case particles: (given name, surname, gender).
PARTICLE_PEOPLE = (
    ("Ana", "da Silva", "f"),
    ("Pieter", "van der Berg", "m"),
    ("Marta", "de la Cruz", "f"),
    ("Ludwig", "von Hoffmann", "m"),
    ("Chiara", "della Rovere", "f"),
    ("Marco", "di Stefano", "m"),
    ("Luis", "del Toro", "m"),
    ("Joana", "dos Santos", "f"),
    ("Claire", "du Pont", "f"),
    ("Sanne", "van den Heuvel", "f"),
    ("Klaas", "ter Horst", "m"),
    ("Rui", "de Souza", "m"),
    ("Femke", "van Dijk", "f"),
    ("Omar", "al-Rashid", "m"),
)
#: Full names whose particle a second reference does not repeat alone (patronymics and others).
FULL_ONLY = (
    ("Ahmad bin Ismail", "m"),
    ("Siti binti Rahman", "f"),
    ("Yusuf ibn Khalid", "m"),
    ("Gwilym ap Rhys", "m"),
    ("Maria das Dores", "f"),
    ("Jordi Ferrer i Vidal", "m"),
)
#: Names with initials: (full name, surname, gender).
INITIALLED = (
    ("J. R. Okonkwo", "Okonkwo", "m"),
    ("A.K. Perera", "Perera", "m"),
    ("M. Sefa", "Sefa", "f"),
    ("T. J. Lindqvist", "Lindqvist", "f"),
    ("K.S. Rajan", "Rajan", "m"),
    ("Ngozi A. Eze", "Eze", "f"),
)
#: Names with a suffix: (given, surname, suffix, gender).
SUFFIXED = (
    ("Tomas", "Reyes", "Jr.", "m"),
    ("Walter", "Brannigan", "Sr.", "m"),
    ("Howard", "Pellham", "III", "m"),
    ("Desmond", "Okoro", "Jr.", "m"),
)
#: Hyphenated names: (full name, second reference, gender).
HYPHENATED = (
    ("Chioma Okafor-Eze", "Okafor-Eze", "f"),
    ("Jean-Luc Moreau", "Moreau", "m"),
    ("Mei-Ling Chen", "Chen", "f"),
    ("Ingrid Halvorsen-Berg", "Halvorsen-Berg", "f"),
    ("Park Ji-woo", "Park", "m"),
    ("Anne-Sophie Lemaire", "Lemaire", "f"),
)
#: Other persons who come between two references.
OTHERS = (("Kofi Mensah", "m"), ("Hana Novak", "f"), ("Dev Raman", "m"))
#: Direct quotations (no final mark).
QUOTES = (
    "The dike will not hold another storm",
    "We have asked for the survey twice",
    "Nobody told the growers about the levy",
    "The bridge should have been closed in May",
)
#: Reported clauses (no marks, lower-case first letter).
CLAUSES = (
    "the dike would not hold another storm",
    "the growers had not been told about the levy",
    "the survey was two years late",
)
#: Roles with a body for appositions: (role phrase, word the title must hold).
ROLES = (
    ("a hydrologist at the river basin authority", "hydrologist"),
    ("the harbour master", "harbour master"),
    ("a spokeswoman for the growers' cooperative", "spokeswoman"),
    ("the mayor of Westbrook", "mayor"),
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _pron(gender: str) -> str:
    return "she" if gender == "f" else "he"


def _accept(surname: str) -> tuple[str, ...]:
    """The surname as written lower-case and capitalised (the matcher ignores case)."""
    return (surname, _cap(surname))


def surname_first() -> Iterator[Case]:
    """'"Q," said da Silva.' / 'De la Cruz said C.' / 'C, according to van der Berg.' (no earlier
    full name) -> the surname with its particles."""
    shapes = (
        ("{o}{q},{c} said {s}.", "direct"),
        ("{o}{q},{c} {s} said.", "direct"),
        ("{o}{q},{c} {s} told reporters.", "direct"),
        ("{S} said, {o}{q}.{c}", "direct"),
        ("{S} said {cl}.", "indirect"),
        ("{Cl}, {s} said.", "indirect"),
        ("{Cl}, according to {s}.", "indirect"),
        ("{Cl}, said {s}.", "indirect"),
        ("In 2019 {s} said {cl}.", "indirect"),
        ("On Jan. 5 {s} said {cl}.", "indirect"),
    )
    combos = itertools.product(shapes, PARTICLE_PEOPLE, QUOTES, CLAUSES, MARKS)
    for (shape, kind), (_, sur, _), q, cl, (o, c) in sample(combos, 220, "h32-first"):
        text = shape.format(o=o, c=c, q=q, s=sur, S=_cap(sur), cl=cl, Cl=_cap(cl))
        if kind == "direct":
            content = f"{o}{q},{c}" if shape.startswith("{o}") else f"{o}{q}.{c}"
        else:
            content = _cap(cl) if shape.startswith("{Cl}") else cl
        yield Case("", "first", text, [Expect(content, kind, _accept(sur))])


def full_name() -> Iterator[Case]:
    """'"Q," said Ana da Silva, a hydrologist at BODY.' / 'Dr. Marta de la Cruz said C.' -> the full
    name with its particles, the apposition its title."""
    shapes = (
        "{o}{q},{c} said {n}.",
        "{o}{q},{c} {n} said.",
        "{n} said {cl}.",
        "Dr. {n} said {cl}.",
        "{o}{q},{c} said Dr. {n}, {r}.",
        "{n}, {r}, said {cl}.",
        "{o}{q},{c} said {n}, {r}.",
    )
    people = [(f"{g} {s}", gen) for g, s, gen in PARTICLE_PEOPLE] + list(FULL_ONLY)
    combos = itertools.product(shapes, people, QUOTES, CLAUSES, ROLES, MARKS)
    for shape, (name, _), q, cl, (role, word), (o, c) in sample(combos, 200, "h32-full"):
        text = shape.format(o=o, c=c, q=q, n=name, cl=cl, r=role)
        content = f"{o}{q},{c}" if shape.startswith("{o}") else cl
        kind = "direct" if shape.startswith("{o}") else "indirect"
        title: TitleSpec = Contains(word) if "{r}" in shape else None
        if shape.startswith("Dr."):
            title = ANY
        yield Case("", "full", text, [Expect(content, kind, name, title)])


def second_reference() -> Iterator[Case]:
    """'Ana da Silva ... KOFI ... \\n\\n"Q," said da Silva.' / 'Da Silva said C.' -> Ana da Silva."""
    shapes = (
        "{o}{q},{c} said {s}.",
        "{o}{q},{c} {s} said.",
        "{S} said {cl}.",
        "{Cl}, {s} said.",
        "{Cl}, according to {s}.",
    )
    openers = (
        "{n} has farmed the polder for thirty years. {other} runs the pumping station.\n\n",
        "{n} arrived at the meeting late. {other} spoke first.\n\n",
        "{n} and {other} inspected the dike on Monday.\n\n",
    )
    combos = itertools.product(shapes, openers, PARTICLE_PEOPLE, OTHERS, QUOTES, CLAUSES, MARKS)
    for shape, opener, (g, sur, _), (other, _), q, cl, (o, c) in sample(combos, 200, "h32-second"):
        name = f"{g} {sur}"
        head = opener.format(n=name, other=other)
        text = head + shape.format(o=o, c=c, q=q, s=sur, S=_cap(sur), cl=cl, Cl=_cap(cl))
        if shape.startswith("{o}"):
            content, kind = f"{o}{q},{c}", "direct"
        else:
            content, kind = (cl if shape.startswith("{S}") else _cap(cl)), "indirect"
        yield Case("", "second", text, [Expect(content, kind, name)], wrong_speakers=[(content, other)])


def pronoun_after() -> Iterator[Case]:
    """'"Q," said da Silva. "Q2," she added.' -> both da Silva (or the full name given first)."""
    combos = itertools.product(PARTICLE_PEOPLE, (True, False), QUOTES, QUOTES, MARKS)
    for (g, sur, gen), full, q1, q2, (o, c) in sample(combos, 120, "h32-pron"):
        if q1 == q2:
            continue
        name = f"{g} {sur}" if full else sur
        text = f"{o}{q1},{c} said {name}. {o}{q2},{c} {_pron(gen)} added."
        want = name if full else _accept(sur)
        yield Case(
            "", "pron", text, [Expect(f"{o}{q1},{c}", "direct", want), Expect(f"{o}{q2},{c}", "direct", want)]
        )


#: Role nouns written before a name: (lower-case role, capitalised role for a sentence's start).
ROLE_NOUNS = (
    ("hydrologist", "Hydrologist"),
    ("economist", "Economist"),
    ("statistician", "Statistician"),
    ("geologist", "Geologist"),
    ("physician", "Physician"),
)


def role_before() -> Iterator[Case]:
    """'"Q," said hydrologist da Silva.' / 'Economist van der Berg said C.' -> the surname with its
    particles, the role its title (not part of the name)."""
    shapes = (
        "{o}{q},{c} said {r} {s}.",
        "{o}{q},{c} {r} {s} said.",
        "{Cl}, said {r} {s}.",
        "{R} {s} said {cl}.",
        "{o}{q},{c} {R} {s} said.",
    )
    combos = itertools.product(shapes, PARTICLE_PEOPLE, ROLE_NOUNS, QUOTES, CLAUSES, MARKS)
    for shape, (_, sur, _), (role, cap), q, cl, (o, c) in sample(combos, 160, "h32-role"):
        text = shape.format(o=o, c=c, q=q, s=sur, r=role, R=cap, cl=cl, Cl=_cap(cl))
        if "{o}" in shape:
            content, kind = f"{o}{q},{c}", "direct"
        else:
            content, kind = (_cap(cl) if shape.startswith("{Cl}") else cl), "indirect"
        yield Case("", "role", text, [Expect(content, kind, _accept(sur), (role, cap))])


#: Plain surnames to coordinate with a particle surname.
PLAIN_SURNAMES = ("Okafor", "Lindqvist", "Tupou", "Nakamura", "Brennan")


def coordinated() -> Iterator[Case]:
    """'"Q," said Okafor and de Vries.' / 'Van der Berg and da Silva said C.' -> both, in text order
    ('Okafor; de Vries'): never the last one alone."""
    shapes = ("{o}{q},{c} said {a} and {b}.", "{A} and {b} said {cl}.", "{o}{q},{c} {a} and {b} said.")
    surnames = [sur for _, sur, _ in PARTICLE_PEOPLE if not sur.startswith("al-")]
    pairs = [(a, b) for a in surnames for b in surnames if a != b]
    pairs += [(a, b) for a in PLAIN_SURNAMES for b in surnames] + [
        (a, b) for a in surnames for b in PLAIN_SURNAMES
    ]
    combos = itertools.product(shapes, pairs, QUOTES, CLAUSES, MARKS)
    for shape, (a, b), q, cl, (o, c) in sample(combos, 150, "h32-coord"):
        text = shape.format(o=o, c=c, q=q, a=a, A=_cap(a), b=b, cl=cl)
        content, kind = (f"{o}{q},{c}", "direct") if "{o}" in shape else (cl, "indirect")
        want = (f"{a}; {b}", f"{_cap(a)}; {b}")
        yield Case("", "coord", text, [Expect(content, kind, want)], wrong_speakers=[(content, b)])


def possessive() -> Iterator[Case]:
    """'KOFI, van der Berg's lawyer, said C.' / '"Q," said da Silva's lawyer, KOFI.' -> KOFI, titled
    with the whole possessor; '"Q," said van der Berg's lawyer.' -> never van der Berg (nor 'Berg')."""
    combos = itertools.product(PARTICLE_PEOPLE, OTHERS, QUOTES, CLAUSES, MARKS, (0, 1, 2))
    for (_, sur, _), (other, _), q, cl, (o, c), shape in sample(combos, 150, "h32-poss"):
        if shape == 2:
            text = f"{o}{q},{c} said {sur}'s lawyer, {other}."
            yield Case(
                "", "poss", text, [Expect(f"{o}{q},{c}", "direct", other, Contains(f"{sur}'s lawyer"))]
            )
        elif shape == 0:
            text = f"{other}, {sur}'s lawyer, said {cl}."
            yield Case("", "poss", text, [Expect(cl, "indirect", other, Contains(f"{sur}'s lawyer"))])
        else:
            text = f"{o}{q},{c} said {sur}'s lawyer."
            want = (f"{sur}'s lawyer", f"{_cap(sur)}'s lawyer")
            yield Case("", "poss", text, [Expect(f"{o}{q},{c}", "direct", want)])


def initials() -> Iterator[Case]:
    """'"Q," said J. R. Okonkwo.' / 'A.K. Perera, the harbour master, said C.' and a later 'Okonkwo
    said' -> the initialled full name."""
    shapes = (
        ("{o}{q},{c} said {n}.", False),
        ("{o}{q},{c} {n} said.", False),
        ("{n}, {r}, said {cl}.", False),
        ("{o}{q},{c} said {n}, {r}.", False),
        ("{n} toured the dike. {other} stayed behind.\n\n{o}{q},{c} said {s}.", True),
        ("{n} toured the dike. {other} stayed behind.\n\n{s} said {cl}.", True),
    )
    combos = itertools.product(shapes, INITIALLED, OTHERS, QUOTES, CLAUSES, ROLES, MARKS)
    for (shape, _), (name, sur, _), (other, _), q, cl, (role, word), (o, c) in sample(
        combos, 150, "h32-init"
    ):
        text = shape.format(o=o, c=c, q=q, n=name, s=sur, cl=cl, r=role, other=other)
        direct = "{o}" in shape
        content = f"{o}{q},{c}" if direct else cl
        title = Contains(word) if "{r}" in shape else None
        yield Case("", "init", text, [Expect(content, "direct" if direct else "indirect", name, title)])


def suffixes() -> Iterator[Case]:
    """'Tomas Reyes Jr., the mayor, said C.' / '"Q," said Tomas Reyes, Jr., the mayor.' and a later
    'Reyes said' -> 'Tomas Reyes Jr.' (the suffix kept, no comma)."""
    shapes = (
        "{o}{q},{c} said {g} {s} {x}",
        "{g} {s} {x} said {cl}.",
        "{g} {s} {x}, {r}, said {cl}.",
        "{g} {s}, {x}, {r}, said {cl}.",
        "{o}{q},{c} said {g} {s} {x}, {r}.",
        "{g} {s} {x} spoke at the hall. {other} left early.\n\n{o}{q},{c} {s} said.",
    )
    combos = itertools.product(shapes, SUFFIXED, OTHERS, QUOTES, CLAUSES, ROLES, MARKS)
    for shape, (g, s, x, _), (other, _), q, cl, (role, word), (o, c) in sample(combos, 150, "h32-suffix"):
        text = shape.format(o=o, c=c, q=q, g=g, s=s, x=x, cl=cl, r=role, other=other)
        if text.endswith(x):
            text += "" if x.endswith(".") else "."
        direct = "{o}" in shape
        content = f"{o}{q},{c}" if direct else cl
        title = Contains(word) if "{r}" in shape else None
        want = (f"{g} {s} {x}", f"{g} {s} {x.rstrip('.')}")
        yield Case("", "suffix", text, [Expect(content, "direct" if direct else "indirect", want, title)])


def hyphenated() -> Iterator[Case]:
    """'"Q," said Chioma Okafor-Eze.' and a later '"Q," Okafor-Eze said.' -> the full name."""
    shapes = (
        "{o}{q},{c} said {n}.",
        "{n}, {r}, said {cl}.",
        "{n} toured the dike. {other} stayed behind.\n\n{o}{q},{c} said {s}.",
        "{n} toured the dike. {other} stayed behind.\n\n{s} said {cl}.",
        "{o}{q},{c} said {n}. {o}{q2},{c} {p} added.",
    )
    combos = itertools.product(shapes, HYPHENATED, OTHERS, QUOTES, CLAUSES, ROLES, MARKS)
    for shape, (name, sur, gen), (other, _), q, cl, (role, word), (o, c) in sample(combos, 120, "h32-hyph"):
        q2 = QUOTES[(QUOTES.index(q) + 1) % len(QUOTES)]
        text = shape.format(o=o, c=c, q=q, q2=q2, n=name, s=sur, cl=cl, r=role, other=other, p=_pron(gen))
        direct = "{o}" in shape
        content = f"{o}{q},{c}" if direct else cl
        title = Contains(word) if "{r}" in shape else None
        expects = [Expect(content, "direct" if direct else "indirect", name, title)]
        if "{q2}" in shape:
            expects.append(Expect(f"{o}{q2},{c}", "direct", name))
        yield Case("", "hyph", text, expects)


def guards() -> Iterator[Case]:
    """Lower-case words that are no particles, places and capitalised non-name openers create no
    person and lose no words: 'said de facto leader NAME' -> NAME; 'said ten Republicans'; 'the mayor
    of Le Havre'; 'a spokeswoman in Del Rio' (no person); 'De facto, C, the minister said'; 'Van
    drivers said C'."""
    leaders = (("Amir Hadi", "m"), ("Lena Brandt", "f"), ("Tevita Lolo", "m"))
    rows: list[tuple[str, str, str, object]] = []
    for (name, _), q, cl, (o, c) in itertools.product(leaders, QUOTES, CLAUSES, MARKS):
        rows.append((f"{o}{q},{c} said de facto leader {name}.", f"{o}{q},{c}", "direct", name))
        rows.append((f"De facto leader {name} said {cl}.", cl, "indirect", name))
        rows.append((f"{o}{q},{c} said the de facto leader, {name}.", f"{o}{q},{c}", "direct", name))
    for q, cl, (o, c) in itertools.product(QUOTES, CLAUSES, MARKS):
        rows.append((f"{o}{q},{c} said ten Republicans.", f"{o}{q},{c}", "direct", "ten Republicans"))
        rows.append((f"{o}{q},{c} said the mayor of Le Havre.", f"{o}{q},{c}", "direct", "mayor of Le Havre"))
        rows.append(
            (f"{o}{q},{c} said the mayor of Des Moines.", f"{o}{q},{c}", "direct", "mayor of Des Moines")
        )
        rows.append((f"De facto, {cl}, the minister said.", f"De facto, {cl}", "indirect", "minister"))
        rows.append((f"Van drivers said {cl}.", cl, "indirect", "Van drivers"))
        rows.append((f"{o}{q},{c} said van drivers.", f"{o}{q},{c}", "direct", "van drivers"))
    towns = ("Le Havre", "Del Rio", "Van Buren", "Le Mans", "Des Moines", "La Paz", "Den Helder")
    for town, q, (o, c) in itertools.product(towns, QUOTES, MARKS):
        rows.append(
            (f"{o}{q},{c} said a spokeswoman in {town}.", f"{o}{q},{c}", "direct", f"spokeswoman in {town}")
        )
    for text, content, kind, who in sample(rows, 200, "h32-guard"):
        assert isinstance(who, str)
        yield Case("", "guard", text, [Expect(content, kind, who)])


ROUND29_H32PARTICLES: tuple[Capability, ...] = (
    named(
        "nameforms.particle_surname_first",
        "5",
        "'\"Q,\" said da Silva.' / 'De la Cruz said C' / 'according to van der Berg' -> the whole surname",
        surname_first,
    ),
    named(
        "nameforms.particle_full_name",
        "5",
        "'Dr. Marta de la Cruz, a hydrologist at BODY' / 'Ahmad bin Ismail said' -> the full name",
        full_name,
    ),
    named(
        "nameforms.particle_second_reference",
        "5",
        "Ana da Silva ... OTHER ...  '\"Q,\" said da Silva' / 'Da Silva said C' -> Ana da Silva",
        second_reference,
    ),
    named(
        "nameforms.particle_pronoun",
        "5",
        '\'"Q," said da Silva. "Q2," she added.\' -> da Silva',
        pronoun_after,
    ),
    named(
        "nameforms.particle_role_before",
        "5",
        "'said hydrologist da Silva' / 'Economist van der Berg said C' -> the surname, the role its title",
        role_before,
    ),
    named(
        "nameforms.particle_coordinated",
        "5",
        "'\"Q,\" said Okafor and de Vries' / 'Van der Berg and da Silva said C' -> both, not the last alone",
        coordinated,
    ),
    named(
        "nameforms.particle_possessive",
        "5",
        "'OTHER, van der Berg's lawyer, said C' / 'said van der Berg's lawyer' -> the whole possessor",
        possessive,
    ),
    named(
        "nameforms.initials",
        "5",
        "'J. R. Okonkwo', 'A.K. Perera', 'M. Sefa' and 'Okonkwo said' later",
        initials,
    ),
    named(
        "nameforms.suffixes",
        "5",
        "'Tomas Reyes Jr., the mayor,' / 'Tomas Reyes, Jr.,' -> Tomas Reyes Jr.",
        suffixes,
    ),
    named(
        "nameforms.hyphenated", "5", "'Chioma Okafor-Eze' ... 'Okafor-Eze said' -> the full name", hyphenated
    ),
    named(
        "nameforms.guard_not_particles",
        "5",
        "'said de facto leader NAME', 'said ten Republicans', 'the mayor of Le Havre', 'Van drivers said'",
        guards,
    ),
)
