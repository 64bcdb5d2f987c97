"""Development capabilities added on branch ``f21disc`` in the twenty-first round: discourse.

Who *he*, *she*, *it*, *the senator*, *the 47-year-old* or a bare surname is, two or three
sentences and paragraphs after the people were introduced:

* two persons of different genders (shown by a listed first name, an honorific in a later
  sentence, a gendered role noun or an earlier *he*/*she* of their own), introduced in varied
  shapes (title before the name, apposition after or before, a *who is* relative), then a
  paragraph break and a quotation credited by *he* or *she*: the one the pronoun agrees with;
* two persons of one gender: the sentence's subject when the other is only named inside an
  object, a possessive or a relative clause; **no speaker** when they stand as a coordinated
  pair (*A and B met on Monday. He said C*) and nothing tells them apart;
* a description: *the ROLE* or *the AGE-year-old* is the person introduced with that role or
  age, past another person of another role; no named speaker (the description
  stands) when both share the role, or when both were given another age;
* *the company* / *it*: the body introduced before, past a person who spoke of it;
* a bare surname after other people: the person of that surname;
* a quotation continued in the next paragraph with no cue: the speaker of the one before.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND20_F21DISC` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (first, surname) of men and women whose first names the name lists register.
MEN = (("Tom", "Reyes"), ("Gordon", "Hargreave"), ("Brendan", "Colquhoun"), ("Wendell", "Okafor"))
WOMEN = (("Helen", "Achterberg"), ("Ruth", "Villanueva"), ("Fiona", "Lindqvist"), ("Harriet", "Moravec"))
#: First names no list registers: their gender must come from the text.
UNISEX = ("Kai", "Rowan", "Sascha", "Remy", "Noor", "Arin")
UNISEX_SURNAMES = ("Thorsby", "Ebbesen", "Quarrie", "Dunmore", "Halvorsen", "Pelletier")
PRONOUN = {"m": "he", "f": "she"}
POSSESSIVE = {"m": "his", "f": "her"}
HONORIFIC = {"m": "Mr.", "f": "Ms."}
#: Gendered role nouns (man's, woman's) and the neutral roles.
GENDERED_ROLES = (("chairman", "chairwoman"), ("spokesman", "spokeswoman"), ("councilman", "councilwoman"))
ROLES = ("port director", "senator", "analyst", "coach", "union leader", "council treasurer")
#: Reported clauses (indirect) and quotations (direct).
CLAUSES = (
    "the tolls would drive the ferries away",
    "nobody had asked the fishermen",
    "the new berth would open in the spring",
    "the budget left no room for a second dredger",
)
QUOTES = (
    "We cannot wait another winter",
    "Nobody told us the figures were wrong",
    "This is the best offer the town will get",
)
#: How the quotation is credited to a pronoun ({p}, {P}); (template, kind, content).
PRONOUN_CUES = (
    ("{P} said {c}.", "indirect", "{c}"),
    ("{P} told reporters that {c}.", "indirect", "that {c}"),
    ("Later {p} said {c}.", "indirect", "{c}"),
    ('"{q}," {p} said.', "direct", '"{q},"'),
    ('"{q}," {p} added on Tuesday.', "direct", '"{q},"'),
    ('{P} said: "{q}."', "direct", '"{q}."'),
)
#: Predicates of an introduction (no speech).
DOINGS = (
    "backed the toll plan on Monday.",
    "has run the harbour board since 2019.",
    "spent the morning at the ferry terminal.",
)
OTHER_DOINGS = (
    "voted against the plan.",
    "was at the meeting as well.",
    "has asked for an inquiry into the figures.",
)


def _introduce(name: str, role: str, shape: int, doing: str) -> str:
    """One sentence introducing NAME with ROLE in one of four shapes (title before the name,
    apposition after or before, a *who is* relative)."""
    if shape == 0:
        return f"{role[0].upper()}{role[1:]} {name} {doing}"
    if shape == 1:
        return f"{name}, the {role}, {doing}"
    if shape == 2:
        return f"The {role}, {name}, {doing}"
    return f"{name}, who is the {role}, {doing}"


def _person(kind: str, gender: str, i: int) -> tuple[str, str, str]:
    """(full name, role, extra sentence) of a person whose *gender* is shown by *kind*: a
    listed first name, an honorific later, a gendered role noun, or an earlier pronoun."""
    if kind == "first":
        first, last = (MEN if gender == "m" else WOMEN)[i % 4]
        return f"{first} {last}", ROLES[i % len(ROLES)], ""
    name = f"{UNISEX[i % len(UNISEX)]} {UNISEX_SURNAMES[(i + 1) % len(UNISEX_SURNAMES)]}"
    if kind == "honorific":
        surname = name.rsplit(maxsplit=1)[-1]
        return name, ROLES[i % len(ROLES)], f" {HONORIFIC[gender]} {surname} has held the post for six years."
    if kind == "role":
        pair = GENDERED_ROLES[i % len(GENDERED_ROLES)]
        return name, pair[0] if gender == "m" else pair[1], ""
    return name, ROLES[i % len(ROLES)], f" Last year {PRONOUN[gender]} lost a vote on the same plan."


def _credit(cue: tuple[str, str, str], gender: str, i: int) -> tuple[str, str, str]:
    """(sentence, kind, content) of a quotation credited to the *gender*'s pronoun."""
    template, kind, content = cue
    p = PRONOUN[gender]
    fill = {"p": p, "P": p.capitalize(), "c": CLAUSES[i % len(CLAUSES)], "q": QUOTES[i % len(QUOTES)]}
    return template.format(**fill), kind, content.format(**fill)


EVIDENCE = ("first", "honorific", "role", "pronoun")


def mixed_gender() -> Iterator[Case]:
    """'A (gender shown) DOES. | B (other gender) DOES. || PRONOUN said C.' -> the one the
    pronoun agrees with, whichever was named last."""
    combos = itertools.product(EVIDENCE, EVIDENCE, range(4), range(4), PRONOUN_CUES, ("m", "f"), (0, 1))
    for n, (ev_a, ev_b, shape_a, shape_b, cue, g_a, target) in enumerate(
        sample(combos, 400, "f21disc-mixed")
    ):
        g_b = "f" if g_a == "m" else "m"
        a, role_a, extra_a = _person(ev_a, g_a, n)
        b, role_b, extra_b = _person(ev_b, g_b, n + 3)
        if a.split()[-1] == b.split()[-1] or role_a == role_b:
            b, role_b, extra_b = _person(ev_b, g_b, n + 4)
        if a.split()[-1] == b.split()[-1] or role_a == role_b:
            continue
        first = _introduce(a, role_a, shape_a, DOINGS[n % len(DOINGS)]) + extra_a
        second = _introduce(b, role_b, shape_b, OTHER_DOINGS[n % len(OTHER_DOINGS)]) + extra_b
        said, kind, content = _credit(cue, (g_a, g_b)[target], n)
        who, other = (a, b) if target == 0 else (b, a)
        text = f"{first} {second}\n\n{said}"
        yield Case(
            "",
            f"{ev_a}/{ev_b}",
            text,
            [Expect(content, kind, who)],
            exact=False,
            wrong_speakers=[(content, other)],
        )


#: A subject sentence where the other person of the same gender is named only inside an object,
#: a possessive or a relative clause ({a} the subject, {b} the other).
BURIED = (
    "{a} read out a letter from {b}'s lawyer on Monday.",
    "{a}, who replaced {b} in May, toured the terminal on Monday.",
    "{a} criticised {b}'s handling of the budget.",
    "{a} has worked for {b} for a decade and knows the port well.",
    "At the meeting, {a} sat two rows behind {b}'s deputy.",
)


def buried_other() -> Iterator[Case]:
    """'A (a new paragraph) ... B's lawyer / who replaced B ... PRONOUN said C.' -> A, the
    subject; B is named only inside a phrase."""
    people = [(a, b, "m") for a, b in itertools.permutations(MEN, 2)]
    people += [(a, b, "f") for a, b in itertools.permutations(WOMEN, 2)]
    combos = itertools.product(people, BURIED, PRONOUN_CUES, (False, True))
    for n, ((a, b, gender), frame, cue, lead) in enumerate(sample(combos, 240, "f21disc-buried")):
        name_a, name_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
        said, kind, content = _credit(cue, gender, n)
        opening = "The harbour board meets again next week.\n\n" if lead else ""
        text = f"{opening}{frame.format(a=name_a, b=name_b)} {said}"
        yield Case(
            "",
            "buried",
            text,
            [Expect(content, kind, name_a)],
            exact=False,
            wrong_speakers=[(content, name_b)],
        )


#: Two persons of one gender on equal footing: nothing tells the pronoun's antecedent.
PAIRS = (
    "{a} and {b} met at the ferry terminal on Monday.",
    "{a} and {b}, both members of the harbour board, voted for the plan.",
    "The plan was drawn up by {a} and {b}.",
    "Either {a} or {b} will chair the harbour board next year.",
    "Neither {a} nor {b} had seen the figures before the vote.",
)


def equal_pair() -> Iterator[Case]:
    """'A and B met ... PRONOUN said C.' (one gender) -> no speaker; with B of the other gender ->
    the one the pronoun agrees with."""
    same = [(a, b, "m", "m") for a, b in itertools.permutations(MEN, 2)]
    same += [(a, b, "f", "f") for a, b in itertools.permutations(WOMEN, 2)]
    mixed = [(a, b, "m", "f") for a, b in itertools.product(MEN, WOMEN)]
    mixed += [(a, b, "f", "m") for a, b in itertools.product(WOMEN, MEN)]
    combos = itertools.product(same, PAIRS, PRONOUN_CUES, (False, True))
    for n, ((a, b, gender, _), frame, cue, brk) in enumerate(sample(combos, 150, "f21disc-pair")):
        name_a, name_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
        said, kind, content = _credit(cue, gender, n)
        text = f"{frame.format(a=name_a, b=name_b)}{chat(brk)}{said}"
        yield Case("", "same gender", text, [Expect(content, kind, None)], exact=False)
    crossed = itertools.product(mixed, PAIRS, PRONOUN_CUES, (0, 1))
    for n, ((a, b, g_a, g_b), frame, cue, target) in enumerate(sample(crossed, 150, "f21disc-pair-mixed")):
        name_a, name_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
        said, kind, content = _credit(cue, (g_a, g_b)[target], n)
        who, other = (name_a, name_b) if target == 0 else (name_b, name_a)
        text = f"{frame.format(a=name_a, b=name_b)}{chat(n % 2 == 1)}{said}"
        yield Case(
            "",
            "mixed gender",
            text,
            [Expect(content, kind, who)],
            exact=False,
            wrong_speakers=[(content, other)],
        )


def chat(brk: bool) -> str:
    """The space between two sentences, or a paragraph break."""
    return "\n\n" if brk else " "


#: Descriptions a later sentence uses of the first person: (intro after the name, later subject).
AGES = ("47", "62", "38")
#: (the first person's role, the second's)
ROLE_PAIRS = (
    ("senator", "mayor"),
    ("analyst", "fund manager"),
    ("coach", "club president"),
    ("harbour master", "shipping agent"),
)
#: Cues after a description subject ({d}): (template, kind, content).
DESCRIPTION_CUES = (
    ("The {d} said {c}.", "indirect", "{c}"),
    ("The {d} told the council that {c}.", "indirect", "that {c}"),
    ('"{q}," the {d} said.', "direct", '"{q},"'),
    ('"{q}," said the {d}.', "direct", '"{q},"'),
)


def descriptions() -> Iterator[Case]:
    """'A, AGE, the ROLE, DOES. | B, the OTHER ROLE, DOES. || The ROLE / the AGE-year-old said C.'
    -> A; with both given ROLE, or an age neither of the two aged persons has -> no named
    speaker (the description itself)."""
    people = [(a, b) for a, b in itertools.product(MEN + WOMEN, MEN + WOMEN) if a[1] != b[1]]
    combos = itertools.product(
        people, ROLE_PAIRS, AGES, DESCRIPTION_CUES, ("role", "age", "shared", "nobody")
    )
    for n, ((a, b), (role_a, role_b), age, cue, how) in enumerate(sample(combos, 320, "f21disc-desc")):
        name_a, name_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
        second_role = role_a if how == "shared" else role_b
        first = f"{name_a}, {age}, the {role_a}, {DOINGS[n % len(DOINGS)]}"
        aged = f" {AGES[(AGES.index(age) + 1) % len(AGES)]}," if how == "nobody" else ""
        second = f"{name_b},{aged} the {second_role}, {OTHER_DOINGS[n % len(OTHER_DOINGS)]}"
        d = {"role": role_a, "age": f"{age}-year-old", "shared": role_a, "nobody": "55-year-old"}[how]
        template, kind, content = cue
        fill = {"d": d, "c": CLAUSES[n % len(CLAUSES)], "q": QUOTES[n % len(QUOTES)]}
        said, content = template.format(**fill), content.format(**fill)
        who = name_a if how in ("role", "age") else d  # (no one named: the description itself)
        wrong = [(content, name_b)] if who else [(content, name_a), (content, name_b)]
        text = f"{first} {second}\n\n{said}"
        yield Case("", how, text, [Expect(content, kind, who)], exact=False, wrong_speakers=wrong)


#: Bodies: (name, what it is).
BODIES = (
    ("Norland Ports", "harbour operator"),
    ("Kestrel Shipping", "ferry company"),
    ("Aldmoor Water", "water utility"),
)
#: Cues crediting the body: (template, kind, content).
BODY_CUES = (
    ("The company said {c}.", "indirect", "{c}"),
    ("It said {c}.", "indirect", "{c}"),
    ("In a statement, the company said {c}.", "indirect", "{c}"),
    ('"{q}," the company said in a statement.', "direct", '"{q},"'),
)


def body_after_person() -> Iterator[Case]:
    """'BODY, the OPERATOR, raised its fees. | A, a shipper, called the rise unfair. || The
    company / It said C.' -> BODY, not the person named last."""
    persons = MEN + WOMEN
    combos = itertools.product(BODIES, persons, BODY_CUES, (False, True))
    for n, ((body, what), (first, last), cue, brk) in enumerate(sample(combos, 160, "f21disc-body")):
        name = f"{first} {last}"
        template, kind, content = cue
        fill = {"c": CLAUSES[n % len(CLAUSES)], "q": QUOTES[n % len(QUOTES)]}
        said, content = template.format(**fill), content.format(**fill)
        text = (
            f"{body}, the {what}, raised its fees by a third in March. {name}, who runs a small"
            f" shipping firm, called the rise unfair.{chat(brk)}{said}"
        )
        yield Case(
            "", "body", text, [Expect(content, kind, body)], exact=False, wrong_speakers=[(content, name)]
        )


def surname_later() -> Iterator[Case]:
    """'A, the ROLE, DOES. || B, the OTHER, DOES and told ... . || SURNAME(A) said C.' -> A."""
    people = [(a, b) for a, b in itertools.permutations(MEN + WOMEN, 2)]
    cues = (
        ("{s} said {c}.", "indirect", "{c}"),
        ('"{q}," {s} said.', "direct", '"{q},"'),
        ("{s}, however, said {c}.", "indirect", "{c}"),
    )
    combos = itertools.product(people, ROLE_PAIRS, cues)
    for n, ((a, b), (role_a, role_b), cue) in enumerate(sample(combos, 120, "f21disc-surname")):
        name_a, name_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
        template, kind, content = cue
        fill = {"s": a[1], "c": CLAUSES[n % len(CLAUSES)], "q": QUOTES[n % len(QUOTES)]}
        said, content = template.format(**fill), content.format(**fill)
        text = (
            f"{name_a}, the {role_a}, {DOINGS[n % len(DOINGS)]}\n\n"
            f"{name_b}, the {role_b}, {OTHER_DOINGS[n % len(OTHER_DOINGS)]}\n\n{said}"
        )
        yield Case(
            "",
            "surname",
            text,
            [Expect(content, kind, name_a)],
            exact=False,
            wrong_speakers=[(content, name_b)],
        )


def continued_quote() -> Iterator[Case]:
    """'B DOES. || "Q1," said A (, who met B). || "Q2."' -> Q2 is A's (a paragraph with no cue
    goes on with the quotation before it)."""
    people = [(a, b) for a, b in itertools.permutations(MEN + WOMEN, 2)]
    firsts = (
        '"{q1}," said {a}.',
        '"{q1}," {a} said.',
        '{a} said: "{q1}."',
        '"{q1}," {a} told {b} on Monday.',
        '"{q1}," said {a}, who sat beside {b} at the hearing.',
    )
    combos = itertools.product(people, firsts, range(len(QUOTES)))
    for n, ((a, b), first, i) in enumerate(sample(combos, 150, "f21disc-continued")):
        name_a, name_b = f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"
        q1, q2 = QUOTES[i], QUOTES[(i + 1) % len(QUOTES)]
        opener = f"{name_b}, the {ROLES[n % len(ROLES)]}, {OTHER_DOINGS[n % len(OTHER_DOINGS)]}\n\n"
        text = f'{opener}{first.format(q1=q1, a=name_a, b=b[1])}\n\n"{q2}."'
        yield Case(
            "",
            "continued",
            text,
            [Expect(f'"{q2}."', "direct", name_a)],
            exact=False,
            wrong_speakers=[(f'"{q2}."', name_b)],
        )


ROUND20_F21DISC: tuple[Capability, ...] = (
    named(
        "discourse.mixed_gender_pronoun",
        "2",
        "A (gender by first name, honorific, gendered role or earlier pronoun), B (the other gender),"
        " in varied introduction shapes || he/she said C: the one the pronoun agrees with",
        mixed_gender,
    ),
    named(
        "discourse.buried_same_gender",
        "2",
        "A read a letter from B's lawyer / A, who replaced B, ... he said C: A, the subject, not B"
        " named inside a phrase",
        buried_other,
    ),
    named(
        "discourse.equal_pair",
        "2",
        "A and B met ... He said C: no speaker when both agree; the one that agrees otherwise",
        equal_pair,
    ),
    named(
        "discourse.description_anaphor",
        "2",
        "A, 47, the senator ... B, the mayor ... || The senator / the 47-year-old said C: A; a role both"
        " share or an age nobody has: the description, no named person",
        descriptions,
    ),
    named(
        "discourse.body_after_person",
        "2",
        "BODY raised its fees. A called the rise unfair. || The company / It said C: BODY",
        body_after_person,
    ),
    named(
        "discourse.surname_after_others",
        "2",
        "A, the ROLE || B, the OTHER || SURNAME(A) said C: A",
        surname_later,
    ),
    named(
        "discourse.continued_quotation",
        "2",
        'B DOES. || "Q1," said A (, who met B). || "Q2.": Q2 is A\'s',
        continued_quote,
    ),
)
