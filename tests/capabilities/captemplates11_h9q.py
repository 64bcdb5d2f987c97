"""Development capabilities added on branch ``h9q`` in the twelfth round (issue 11): a counted
group with a quantified relative clause ('Three riders, all of whom asked not to be named,
said C') speaks; a vox-pop credit's name may hold particles, a hyphenated given name or a
suffix in capitals, and a bare role before it may run to three words with a hyphen ('First-time
voter Femke van der Laan, 29, from Rotorua: "C."', 'Park Ji-ho (29, Galway): "C."'); a single
name in capitals before a comma and a lower-case role is a person ('SUTRISNO, bus driver:');
the subject of a relative clause with a verb of naming is the one who names ('the barn, which
tenants called "the Ark"': the tenants, never the barn); a reduced passive of a verb of naming
credits nobody ('A plan described as "a giveaway" passed'); a nickname in quotation marks after
a verb of telling is the addressee ('Dempsey tells ‘Tank’ the door is open'); and a quotation in
single marks runs over paragraphs as a double one does when the text quotes with single marks.
People, places and sentences of their own.

``captemplates.py`` adds :data:`ROUND11_H9Q` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS
from capkit import Capability, Case, Expect, named, sample

#: (number, plural noun phrase) of an unnamed group.
GROUPS = (
    ("Three", "ferry deckhands"),
    ("Two", "night porters"),
    ("Four", "allotment holders"),
    ("Five", "school-bus drivers"),
    ("Several", "market traders"),
    ("Three", "warehouse pickers"),
)
#: Quantified relative clauses set off by commas.
ASIDES = (
    "all of whom asked not to be named",
    "both of whom spoke on condition of anonymity",
    "none of whom would give their surnames",
    "most of whom have worked there for a decade",
)
#: Reported clauses.
CLAUSES = (
    "the new timetable had been drawn up without them",
    "the overtime rate had not changed in six years",
    "nobody had warned them about the closure",
    "the canteen would shut before the winter",
)


def quantified_relative() -> Iterator[Case]:
    """'N PLURAL, all of whom ..., said C.' -> C is the group's (indirect)."""
    combos = itertools.product(GROUPS, ASIDES, CLAUSES)
    for (number, plural), aside, clause in sample(combos, 120, "h9q-quantified"):
        text = f"{number} {plural}, {aside}, said {clause}."
        names = (f"{number.lower()} {plural}", plural, number.lower())
        yield Case("", f"quantified|{aside.split()[0]}", text, [Expect(clause, "indirect", names)])


#: (name, role before it) of vox-pop credits whose names hold particles, hyphens or suffixes.
VOX_PEOPLE = (
    ("Maarten van der Laan", "First-time voter"),
    ("Park Ji-ho", "Night-shift porter"),
    ("Lucía de la Fuente", "Retired bus driver"),
    ("Aoife Ní Bhriain", "Café owner"),
    ("Kwame Asante-Boateng", "Part-time lifeguard"),
    ("Delroy Pettigrew Jr.", "Long-distance lorry driver"),
)
VOX_PLACES = ("Dunedin", "Ballarat", "Limerick", "Tromsø")
VOX_QUOTES = (
    "The last bus leaves before my shift ends",
    "Nobody asked the people who actually live here",
    "The rents went up the week the tram opened",
    "We were promised a clinic three elections ago",
)


def vox_credit() -> Iterator[Case]:
    """'Overheard\\n\\nROLE NAME, AGE, from PLACE: "C."' (or 'NAME (AGE, PLACE): "C."') ->
    NAME's."""
    combos = itertools.product(range(len(VOX_PEOPLE)), MARKS, (True, False), range(len(VOX_PLACES)))
    for k, m, role_first, p in sample(combos, 160, "h9q-vox"):
        name, role = VOX_PEOPLE[k]
        other, other_role = VOX_PEOPLE[(k + 1) % len(VOX_PEOPLE)]
        q1, q2 = m.q(VOX_QUOTES[p] + "."), m.q(VOX_QUOTES[(p + 1) % len(VOX_QUOTES)] + ".")
        place, place2 = VOX_PLACES[p], VOX_PLACES[(p + 2) % len(VOX_PLACES)]
        if role_first:
            text = f"Heard on the high street\n\n{role} {name}, 34, from {place}: {q1}\n\n"
            text += f"{other_role} {other}, 71, from {place2}: {q2}"
        else:
            text = f"Heard on the high street\n\n{name} (34, {place}): {q1}\n\n{other} (71, {place2}): {q2}"
        names1 = (name, name.removesuffix(" Jr."))
        names2 = (other, other.removesuffix(" Jr."))
        yield Case(
            "",
            f"vox|{'role' if role_first else 'bracket'}|{m.name}",
            text,
            [
                Expect(q1, "direct", names1, speaker_kind="person"),
                Expect(q2, "direct", names2, speaker_kind="person"),
            ],
        )


#: Names written in capitals in a roundup: one word, or with a suffix.
CAPITAL_NAMES = (
    ("WIRANTO", ("WIRANTO",)),
    ("SUHARTINI", ("SUHARTINI",)),
    ("DELROY PETTIGREW JR.", ("DELROY PETTIGREW JR.", "DELROY PETTIGREW")),
    ("ANSELM ROOKWOOD SR.", ("ANSELM ROOKWOOD SR.", "ANSELM ROOKWOOD")),
)
CAPITAL_ROLES = ("market trader", "night-shift porter", "retired teacher", "bus driver")


def capital_credit() -> Iterator[Case]:
    """'NAME, ROLE: "C."' with NAME in capitals -> a person named NAME."""
    combos = itertools.product(CAPITAL_NAMES, CAPITAL_ROLES, MARKS)
    for (name, accepted), role, m in sample(combos, 80, "h9q-capitals"):
        q = m.q(VOX_QUOTES[len(role) % len(VOX_QUOTES)] + ".")
        text = f"What shoppers said\n\n{name}, {role}: {q}"
        yield Case("", f"capitals|{m.name}", text, [Expect(q, "direct", accepted, speaker_kind="person")])


#: (thing, plural group that names it, nickname) for relative clauses with a verb of naming.
NAMED_THINGS = (
    ("The old grain store", "dockers", "the Cathedral"),
    ("The night ferry", "commuters", "the Vomit Comet"),
    ("The council's parking scheme", "shopkeepers", "the Great Squeeze"),
    ("The hospital's east wing", "porters", "the Maze"),
)
NAMING_VERBS = ("called", "call", "used to call", "have long called")


def naming_relative() -> Iterator[Case]:
    """'THING, which GROUP called "NICK" because ..., closed in May.' -> the nickname is the
    group's, never the thing's."""
    combos = itertools.product(NAMED_THINGS, NAMING_VERBS, DOUBLE_MARKS)
    for (thing, group, nick), verb, m in sample(combos, 64, "h9q-naming"):
        q = m.q(nick)
        text = f"{thing}, which {group} {verb} {q} because of its size, closed in May."
        yield Case(
            "",
            f"naming|{verb}",
            text,
            [Expect(q, "direct", group)],
            wrong_speakers=[(q, thing.removeprefix("The ").removeprefix("the "))],
        )


#: Reduced passives of verbs of naming: (subject, participle phrase, predicate).
PASSIVES = (
    ("A levy", "described as", "was dropped on Tuesday"),
    ("The festival", "billed as", "drew fewer than 200 people"),
    ("A rescue package", "branded as", "collapsed within a week"),
    ("The new ward", "widely described as", "opened two years late"),
)
LABELS = ("a stealth tax", "the biggest night of the year", "a lifeline", "a model for the region")


def passive_naming() -> Iterator[Case]:
    """'A levy described as "a stealth tax" was dropped' -> nobody is credited with the words
    (no quote, or one with no speaker); never the levy."""
    combos = itertools.product(PASSIVES, LABELS, DOUBLE_MARKS)
    for (subject, participle, rest), label, m in sample(combos, 64, "h9q-passive"):
        q = m.q(label)
        text = f"{subject} {participle} {q} {rest}."
        head = subject.split()[-1]
        yield Case(
            "", f"passive|{participle}", text, [], exact=False, wrong_speakers=[(q, head), (q, subject)]
        )


#: (teller, nickname) for headlines that address somebody by a quoted nickname.
TELLERS = (("Okafor", "Bomber"), ("Lindqvist", "Sparky"), ("Harwood", "Big Sam"), ("Quist", "The Wall"))
TOLD = (
    "the door is open after the walk-off",
    "his place in the side is safe",
    "the club will not sell him in January",
    "nobody is bigger than the team",
)


def quoted_addressee() -> Iterator[Case]:
    """'TELLER tells ‘NICK’ C' -> C (indirect) is TELLER's; the nickname is no content."""
    combos = itertools.product(TELLERS, TOLD, MARKS)
    for (teller, nick), told, m in sample(combos, 64, "h9q-addressee"):
        text = f"{teller} tells {m.q(nick)} {told}"
        yield Case("", f"addressee|{m.name}", text, [Expect(told, "indirect", teller)])


#: Paragraphs of a quotation that runs over three paragraphs.
RUN_ON = (
    (
        "We knew the pier was failing",
        "Every winter the cracks got wider and the repairs got smaller",
        "Now the whole town pays for it",
    ),
    (
        "The rota was never fair",
        "Some of us worked every bank holiday for three years running",
        "Nobody in management ever noticed",
    ),
    (
        "I have fished here since I was nine",
        "The water has never been this warm in October",
        "Something has changed and we all know it",
    ),
)
SPEAKERS = (("Hollis Marchbank", "Marchbank"), ("Tamsin Ogilvie", "Ogilvie"))


def single_mark_paragraphs() -> Iterator[Case]:
    """'‘C1,’ X said. ‘C2.\\n\\n‘C3.’' in single marks, the middle paragraph left open:
    one quotation of the speaker's in three parts, as with double marks."""
    combos = itertools.product(RUN_ON, SPEAKERS, SINGLE_MARKS + DOUBLE_MARKS)
    for (c1, c2, c3), (full, surname), m in sample(combos, 60, "h9q-paragraphs"):
        first = m.q(c1 + ",")
        second, third = f"{m.open}{c2}.", m.q(c3 + ".")
        intro = f"{full} runs the harbour cafe.\n\n"
        text = f"{intro}{first} {surname} said. {second}\n\n{third}\n\nThe council did not reply."
        whole = text[text.index(first) : text.index(third) + len(third)]
        yield Case(
            "",
            f"paragraphs|{m.name}",
            text,
            [Expect(whole, "direct", (full, surname), parts=(first, second, third))],
            exact=False,
        )


ROUND11_H9Q: tuple[Capability, ...] = (
    named(
        "quantified.relative_clause",
        "4",
        "N PLURAL, all of whom ASIDE, said C: the counted group's",
        quantified_relative,
    ),
    named(
        "vox.particle_names",
        "4",
        'ROLE NAME, AGE, from PLACE: "C." / NAME (AGE, PLACE): "C." with particles, hyphens, Jr.',
        vox_credit,
    ),
    named(
        "vox.capital_names",
        "4",
        'NAME IN CAPITALS (one word, or with JR./SR.), ROLE: "C.": a person',
        capital_credit,
    ),
    named(
        "naming.relative_subject",
        "6",
        'THING, which GROUP called "NICK": the group names it, never the thing',
        naming_relative,
    ),
    named(
        "naming.reduced_passive",
        "6",
        'A THING described as "LABEL" was ...: nobody (never the thing) is credited',
        passive_naming,
    ),
    named(
        "tell.quoted_addressee",
        "4",
        "TELLER tells ‘NICK’ C: C is TELLER's, the nickname is the addressee",
        quoted_addressee,
    ),
    named(
        "direct.single_mark_paragraphs",
        "2",
        "‘C1,’ X said. ‘C2. (no close) / ‘C3.’: one quotation in three parts, single or double marks",
        single_mark_paragraphs,
    ),
)
