"""Development capabilities added on branch ``f22nom`` in the twenty-second round: descriptions
and pronouns that refer back to an entity the text introduced.

* A body described by its kind (*the department*, *the force*, *the utility*, *the county*,
  *the branch*) after a body whose name does not hold that noun (*Harlow Water ... the
  utility*) or does (*the County Government of Kitui ... the county*): that body, when it is
  the one body in play; never a person named beside it, and no body at all when two bodies
  are in play and nothing links the noun to one.
* A person described by an epithet the text never gave as a title (*the 29-year-old*, *the
  Tralee man*, *the veteran striker*, *the Ghanaian economist*) after a sentence that
  introduced that person: that person, linked by the age when two persons are in play, and
  no one (the description itself) when two persons are in play and nothing links it.
* A pronoun after a sentence that gives a person the turn to speak (*Then NAME took the
  floor.*, *NAME rose to reply.*): the newest person, not one named before, whether or not
  the name shows a gender.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND21_F22NOM` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Bodies whose names do not hold the noun a later reference gives them: (name, nouns).
KIND_BODIES = (
    ("Harlow Water", ("utility", "company")),
    ("Westmere Police", ("force",)),
    ("Transport for Calder", ("agency", "authority")),
    ("Queensmead Health", ("department", "service")),
    ("Ofcoast", ("regulator", "watchdog")),
    ("Kestrel Rail", ("operator", "company")),
    ("Parks Ontario", ("agency",)),
    ("Brindle Energy", ("utility", "firm")),
    ("Tamar Valley Fire and Rescue", ("service",)),
    ("Eskdale Homes", ("developer", "firm")),
)
#: Nouns of a public body's kind (the two-body frames use these; a business noun, *the
#: utility*, goes to the body that trades).
PUBLIC_KINDS = ("force", "agency", "department", "regulator")
#: Bodies whose names hold the noun after their first word: (name as written, name, noun).
HEADED_BODIES = (
    ("The County Government of Kitui", "County Government of Kitui", "county"),
    ("The Mombasa branch of the Kenya Nurses Union", "Mombasa branch of the Kenya Nurses Union", "branch"),
    ("The Department of Rural Roads", "Department of Rural Roads", "department"),
    ("The City of Tshwane", "City of Tshwane", "city"),
)
#: What a body announced (a clause with a person of its own, or none).
ANNOUNCED = (
    "announced on Monday that {person} would step down",
    "said on Tuesday that {person} had been suspended",
    "confirmed on Friday that it had hired {person} as an adviser",
    "issued a notice on Wednesday closing the Eastgate depot",
    "raised its charges by 6% from April",
)
#: Persons of several origins: (full name, surname, he/she).
PEOPLE = (
    ("Adaeze Nwosu", "Nwosu", "she"),
    ("Tomasz Wrobel", "Wrobel", "he"),
    ("Mere Tawhiri", "Tawhiri", "she"),
    ("Rohan Deshpande", "Deshpande", "he"),
    ("Ingrid Solberg", "Solberg", "she"),
    ("Kwabena Asare", "Asare", "he"),
    ("Siobhan Fahy", "Fahy", "she"),
    ("Mateus Carvalho", "Carvalho", "he"),
)
#: Direct quotations (without closing punctuation).
QUOTES = (
    "We will keep customers informed at every stage",
    "Nobody expected the repairs to take this long",
    "The figures speak for themselves",
    "We regret the inconvenience to residents",
)
#: Reported clauses.
CLAUSES = (
    "the works would be finished by June",
    "the delays had been caused by the storm",
    "no jobs would be lost at the site",
)
#: Cues after a quotation and of an indirect report: (after a quotation, before a clause).
CUES = (("said", "said"), ("added", "added that"), ("said in a statement", "said in a statement that"))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def body_description() -> Iterator[Case]:
    """'BODY VERBED ... "Q," the NOUN said.' / 'The NOUN said C.' -> BODY; two bodies in play
    and nothing linking the noun: never either body."""
    combos = itertools.product(KIND_BODIES, ANNOUNCED, PEOPLE, QUOTES, CUES, (0, 1, 2))
    for (body, nouns), ann, (person, _, _), quote, (cue_q, cue_c), shape in sample(
        combos, 200, "f22nom-body"
    ):
        noun = nouns[len(quote) % len(nouns)]
        first = f"{body} {ann.format(person=person)}."
        wrong = [(quote, person)]
        if shape == 0:
            text = f'{first} "{quote}," the {noun} {cue_q}.'
            yield Case(
                "",
                "direct after",
                text,
                [Expect(f'"{quote},"', "direct", body)],
                exact=False,
                wrong_speakers=wrong,
            )
        elif shape == 1:
            clause = CLAUSES[len(quote) % len(CLAUSES)]
            text = f"{first} The {noun} {cue_c} {clause}."
            content = f"that {clause}" if cue_c.endswith(" that") else clause
            wrong = [(content, person)]
            yield Case(
                "", "indirect", text, [Expect(content, "indirect", body)], exact=False, wrong_speakers=wrong
            )
        else:
            text = f'{first}\n\n"{quote}," the {noun} {cue_q}.'
            yield Case(
                "",
                "paragraph",
                text,
                [Expect(f'"{quote},"', "direct", body)],
                exact=False,
                wrong_speakers=wrong,
            )
    for (written, name, noun), quote, shape in sample(
        itertools.product(HEADED_BODIES, QUOTES, (0, 1)), 32, "f22nom-headed"
    ):
        first = f"{written} issued eviction notices to 300 traders in March."
        if shape:
            first = f"{written} said on Monday it would appeal."
        text = f'{first} "{quote}," the {noun} said.'
        yield Case("", "headed", text, [Expect(f'"{quote},"', "direct", name)], exact=False)
    pairs = [
        (a, b)
        for a, b in itertools.permutations(KIND_BODIES, 2)
        if set(a[1]) & set(b[1]) == set() and b[1][0] in PUBLIC_KINDS
    ]
    for ((a, _), (b, nouns)), quote in sample(itertools.product(pairs, QUOTES), 60, "f22nom-bodies2"):
        noun = nouns[0]
        text = f'{a} criticised {b} on Thursday over the delays. "{quote}," the {noun} said.'
        yield Case(
            "",
            "two bodies",
            text,
            [Expect(f'"{quote},"', "direct", (noun, f"the {noun}"))],
            exact=False,
            wrong_speakers=[(quote, a), (quote, b)],
        )


#: Introductions of a person: (sentence with {name}, {age}, {place}, the epithets that fit).
INTRODUCTIONS = (
    ("{name}, {age}, scored twice in the second half.", ("the {age}-year-old", "the {place} {man}")),
    (
        "{name}, from {place}, has run the bakery for twenty years.",
        ("the {place} {man}", "the veteran baker"),
    ),
    ("Striker {name} scored twice in the second half.", ("the young striker", "the {place} {man}")),
    (
        "{name}, a {age}-year-old nurse, has worked on the ward since 2015.",
        ("the {age}-year-old", "the nurse"),
    ),
    ("Economist {name} has studied the county's finances for a decade.", ("the veteran economist",)),
    (
        "{name}, who is {age}, opened the first clinic in {place} in 2009.",
        ("the {age}-year-old doctor", "the {age}-year-old"),
    ),
)
#: Places of several countries.
PLACES = ("Tralee", "Ballarat", "Kisumu", "Dundee", "Gqeberha", "Hamilton")


def person_epithet() -> Iterator[Case]:
    """'INTRODUCTION(NAME). "Q," the EPITHET said.' / 'The EPITHET said C.' -> NAME; with two
    persons in play, the age picks one, and no link picks none."""
    combos = itertools.product(PEOPLE, INTRODUCTIONS, PLACES, QUOTES, (0, 1, 2))
    for (name, _, pro), (intro, epithets), place, quote, shape in sample(combos, 220, "f22nom-epithet"):
        age = 24 + len(quote) % 40
        man = "man" if pro == "he" else "woman"
        epithet = epithets[(len(place) + shape) % len(epithets)].format(age=age, place=place, man=man)
        first = intro.format(name=name, age=age, place=place)
        if shape == 0:
            text = f'{first} "{quote}," {epithet} said.'
            yield Case("", "direct after", text, [Expect(f'"{quote},"', "direct", name)], exact=False)
        elif shape == 1:
            clause = CLAUSES[len(quote) % len(CLAUSES)]
            text = f"{first} {_cap(epithet)} said {clause}."
            yield Case("", "indirect", text, [Expect(clause, "indirect", name)], exact=False)
        else:
            text = f'{first}\n\n"{quote}," {epithet} said quietly.'
            yield Case("", "paragraph", text, [Expect(f'"{quote},"', "direct", name)], exact=False)
    same = [(a, b) for a, b in itertools.permutations(PEOPLE, 2) if a[2] == b[2]]
    for ((a, _, pro), (b, _, _)), quote, k in sample(
        itertools.product(same, QUOTES, (0, 1)), 80, "f22nom-two"
    ):
        young, old = 23 + len(quote) % 9, 51 + len(quote) % 9
        man = "man" if pro == "he" else "woman"
        if k:
            text = f"{a}, {old}, lost to {b}, {young}, in the final on Sunday. "
            text += f'"{quote}," the {young}-year-old said.'
            yield Case(
                "",
                "age link",
                text,
                [Expect(f'"{quote},"', "direct", b)],
                exact=False,
                wrong_speakers=[(quote, a)],
            )
        else:
            text = f'{a} lost to {b} in the final on Sunday. "{quote}," the Dundee {man} said.'
            yield Case(
                "",
                "no link",
                text,
                [Expect(f'"{quote},"', "direct", (f"Dundee {man}", f"the Dundee {man}"))],
                exact=False,
                wrong_speakers=[(quote, a), (quote, b)],
            )


#: Sentences that give a person the turn to speak.
TURNS = (
    "Then {b} took the floor.",
    "{b} then took the floor.",
    "Then {b} took the stand.",
    "{b} rose to reply.",
    "Then {b} stepped up to the microphone.",
    "After a pause, {b} took the microphone.",
    "{b} stood up to respond.",
    "Next, {b} took the podium.",
)
#: Persons whose first names show no gender to the lexicon, and the pronoun that fits them.
UNMARKED = (
    ("Aroha Tane", "she"),
    ("Tendai Moyo", "he"),
    ("Lerato Dlamini", "she"),
    ("Sipho Ndlovu", "he"),
    ("Ilse Vermaak", "she"),
    ("Rangi Parata", "he"),
)


def pronoun_turn() -> Iterator[Case]:
    """'OTHER spoke first. Then NAME took the floor. "Q," PRONOUN said.' -> NAME, never OTHER,
    whether NAME's first name shows a gender or not."""
    speakers = [(n, p) for n, _, p in PEOPLE] + list(UNMARKED)
    combos = itertools.product(speakers, speakers, TURNS, QUOTES, (0, 1))
    for (b, pro), (a, pro_a), turn, quote, shape in sample(combos, 800, "f22nom-turn"):
        if a == b or pro != pro_a:
            continue
        lead = "spoke first" if shape == 0 else "opened the meeting with a long statement"
        text = f'{a} {lead}. {_cap(turn.format(b=b))} "{quote}," {pro} said.'
        yield Case(
            "", "turn", text, [Expect(f'"{quote},"', "direct", b)], exact=False, wrong_speakers=[(quote, a)]
        )


#: Informal role nouns and the titles they stand for: (title before the name, informal noun).
INFORMAL = (
    ("{team} manager", "boss"),
    ("{team} coach", "boss"),
    ("{team} captain", "skipper"),
    ("Lecturer", "don"),
    ("{team} head coach", "boss"),
)
#: Teams or counties and a clipped or plain form a description may use.
TEAMS = (
    ("Tipperary", "Tipp"),
    ("Wexford", "Wexford"),
    ("Leinster", "Leinster"),
    ("Canterbury", "Canterbury"),
)


def informal_role() -> Iterator[Case]:
    """'TEAM manager NAME ... "Q," the TEAM boss said.' -> NAME (*boss* for a manager or coach,
    *skipper* for a captain, *don* for a lecturer; a clipped team name, *Tipp*); another team's
    boss in play is never the speaker of *the OTHER-TEAM boss*."""
    combos = itertools.product(PEOPLE, INFORMAL, TEAMS, QUOTES, (0, 1))
    for (name, surname, _), (title, noun), (team, short), quote, shape in sample(
        combos, 160, "f22nom-informal"
    ):
        ttl = title.format(team=team)
        nominal = f"the {short} {noun}" if "{team}" in title else f"the {noun}"
        first = f"{ttl} {name} watched from the stand on Saturday."
        if shape == 0:
            text = f'{first} "{quote}," {nominal} said.'
            yield Case("", "direct after", text, [Expect(f'"{quote},"', "direct", name)], exact=False)
        else:
            other = next(p for p in PEOPLE if p[0] != name)[0]
            rival = next(t for t in TEAMS if t[0] != team)[0]
            text = f'{rival} manager {other} was upbeat. {first} "{quote}," {surname} said. '
            text += f'"We go again," {nominal} added.'
            yield Case(
                "",
                "rival",
                text,
                [Expect('"We go again,"', "direct", name)],
                exact=False,
                wrong_speakers=[("We go again", other)],
            )


ROUND21_F22NOM: tuple[Capability, ...] = (
    named(
        "nom22.body_description",
        "4",
        "BODY announced ... the department / the utility / the county said: BODY; two bodies: neither",
        body_description,
    ),
    named(
        "nom22.person_epithet",
        "4",
        "NAME, 29, scored ... the 29-year-old / the Tralee man / the young striker said: NAME",
        person_epithet,
    ),
    named(
        "nom22.pronoun_turn",
        "4",
        "OTHER spoke first. Then NAME took the floor. Q, she said: NAME, never OTHER",
        pronoun_turn,
    ),
    named(
        "nom22.informal_role",
        "4",
        "TEAM manager NAME ... the TEAM boss / the skipper / the don said: NAME, never another team's boss",
        informal_role,
    ),
)
