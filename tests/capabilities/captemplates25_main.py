"""Development capabilities added on main in the twenty-sixth round: a plural noun that looks
like a verb of saying, counted in the subject.

* *Officials in both states said C.*, *"Q," lawmakers from 12 states say.*: *states*,
  *reports*, *plans*, *posts* are also the *-s* forms of cue verbs; after *both*, *several*,
  a number or digits they are plural nouns (an *-s* verb agrees with a singular subject only),
  so the phrase reads on to the real cue (before: no quotation, or no speaker).
* Guard: an *-s* verb after a count inside a relative clause (*who both plans and leads ...*)
  leaves the speaker to the name.
* *The founder of a charity backing the dam, B, said C.*, *B, the lawyer for the families
  opposing the dam, said C.*, *B, who leads the group opposing the dam, said C.*: a stance
  participle inside the subject's description (*backing*, *opposing*, *supporting*) reports
  for the noun before it, and the main verb's speaker is still B (before: the description, or
  a fragment such as *leads the group*, or no quotation).
* *"Q," growers in the valley say.*, *C, beekeepers on the island said.*: a bare plural
  that no lexicon lists, with a phrase of place after it, speaks after a quotation as it does
  alone (*"Q," growers say.*); before, no speaker. Guard: *"Q," NAME told growers in the
  valley.* stays NAME's.
* *According to officials in both states, C.*, *According to residents near the tram stops,
  C.*: the source phrase after *According to* reads over its prepositional phrase to the comma,
  whatever determiner opens the object (before, *in both states,* opened the content).
* *Thai A beat Greek B in the final. "Q," the Greek said.*, *... South Korean B ... the South
  Korean said.*: a people's word the lexicon lists (*Greek*, *Thai*, *Basque*, *Czech*) and a
  two-word nationality (*South Korean*, *South Sudanese*) refer back to the person the text
  called so; the two-word nationality before a name is the title, not the name's first words
  (before: a person *Greek*, or *South Korean Kim Min-jun*). Guard: *South African Airways*
  stays a body.
* *NAME said through a spokeswoman that C.*, *... through his lawyer, NAME2, that C.*, *... said
  in Dayton, Ohio, that C.*: *through* with a go-between (a role, a medium, a name) is a cue's
  modifier, and a name or place set off by commas after a modifier stays out of the content
  (before: no quotation, or a content opening with the name). Guard: *cannot see through the
  lies that ...* reports nothing new.
* *WILKES-BARRE, Pa. — C, the union said.*: a place in capitals joined by hyphens opens a
  dateline, which stays out of the content (before, the whole dateline was in it).
* *NAME, a lawyer backing the families, said C.*: a stance participle right after the role of
  an apposition is part of the title (*lawyer backing the families*), as *representing* was;
  before, no title.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND25_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Groups that speak, with a preposition before the counted noun.
GROUPS = (
    ("Officials", "in"),
    ("Election officials", "in"),
    ("Lawmakers", "from"),
    ("Farmers", "in"),
    ("Health officials", "in"),
    ("Teachers", "in"),
    ("Lawyers", "for"),
    ("Researchers", "behind"),
)
#: Counts before the plural.
COUNTS = ("both", "three", "several", "12", "these", "many", "two", "50")
#: Plural nouns that are also the -s forms of cue verbs.
NOUNS = ("states", "reports", "plans", "posts", "claims")
CLAIMS = (
    "the bridge would reopen in May",
    "turnout had been higher than expected",
    "the rules were applied unevenly",
)
QUOTES = ("We will reopen the bridge in May", "Nobody expected this many voters", "The rules are clear")
CUES = ("said", "say", "told reporters", "warned")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _group(combo: tuple[tuple[str, str], str, str]) -> str:
    (group, prep), count, noun = combo
    return f"{group} {prep} {count} {noun}"


def counted_plural_indirect() -> Iterator[Case]:
    """'Officials in both states said C.' -> the whole phrase speaks."""
    combos = itertools.product(GROUPS, COUNTS, NOUNS, CUES, CLAIMS, ("", "that ", "on Monday that "))
    for group, count, noun, cue, claim, link in sample(combos, 500, "r25main-counted-indirect"):
        speaker = _group((group, count, noun))
        text = f"{speaker} {cue} {link}{claim}."
        content = f"that {claim}" if link else claim
        yield Case("", "indirect", text, [Expect(content, "indirect", speaker, title=None)])


def counted_plural_direct() -> Iterator[Case]:
    """'"Q," officials in both states said.' / 'Officials in both states said: "Q."'."""
    combos = itertools.product(GROUPS, COUNTS, NOUNS, QUOTES, MARKS, range(2))
    for group, count, noun, q, (op, cl), shape in sample(combos, 500, "r25main-counted-direct"):
        speaker = _group((group, count, noun))
        if shape:
            quote = f"{op}{q}.{cl}"
            text = f"{speaker} said: {quote}"
        else:
            quote = f"{op}{q},{cl}"
            text = f"{quote} {speaker[0].lower()}{speaker[1:]} said."
            speaker = speaker[0].lower() + speaker[1:]
        yield Case("", "direct", text, [Expect(quote, "direct", speaker, title=None)])


#: Persons for the guard.
NAMES = ("Marta Olsen", "Tevita Fifita", "Ines Caldeira", "Yusuf Demirci", "Aigerim Tulegen")
#: -s verbs a relative clause coordinates after *both*.
JOBS = ("plans and leads the tours", "plans and cooks the meals", "posts and answers the letters")


def count_verb_guard() -> Iterator[Case]:
    """'NAME, who both plans and leads the tours, said C.' -> NAME."""
    combos = itertools.product(NAMES, JOBS, CLAIMS)
    for name, job, claim in sample(combos, 45, "r25main-count-guard"):
        text = f"{name}, who both {job}, said {claim}."
        yield Case("", "guard", text, [Expect(claim, "indirect", name)])


#: Roles before *of* a body, the body, a stance participle and its object.
LEADERS = ("founder", "head", "leader", "chair", "director", "spokeswoman", "lawyer")
BODIES = ("a charity", "the group", "a coalition", "the campaign", "an alliance", "the families")
PARTICIPLES = ("backing", "opposing", "supporting", "criticizing", "accusing", "defending")
OBJECTS = ("the dam", "the new runway", "the mayor", "the ferry operator", "local farmers")
PEOPLE = (
    "Tomas Reyes",
    "Amina Yusuf",
    "Hemi Walker",
    "Oksana Hrytsenko",
    "Kwabena Owusu",
    "Ines Caldeira",
    "Dang Van Long",
)


def _description(combo: tuple[str, str, str, str]) -> str:
    role, body, part, obj = combo
    prep = "for" if role in ("spokeswoman", "lawyer") else "of"
    return f"{role} {prep} {body} {part} {obj}"


def participle_description_name() -> Iterator[Case]:
    """'The founder of a charity backing the dam, B, said C.' -> B, never the description."""
    combos = itertools.product(LEADERS, BODIES, PARTICIPLES, OBJECTS, PEOPLE, CLAIMS, range(2))
    for role, body, part, obj, name, claim, shape in sample(combos, 500, "r25main-participle-desc"):
        desc = _description((role, body, part, obj))
        if shape:
            text = f"The {desc}, {name}, said {claim}."
            yield Case("", "fronted", text, [Expect(claim, "indirect", name)], exact=False)
        else:
            quote = '"We will keep going."'
            text = f"The {desc}, {name}, said: {quote}"
            yield Case("", "fronted_direct", text, [Expect(quote, "direct", name)], exact=False)


def participle_apposition_name() -> Iterator[Case]:
    """'B, the lawyer for the families opposing the dam, said C.' / 'B, who leads the group
    opposing the dam, said C.' -> B."""
    combos = itertools.product(LEADERS, BODIES, PARTICIPLES, OBJECTS, PEOPLE, CLAIMS, range(2))
    for role, body, part, obj, name, claim, shape in sample(combos, 400, "r25main-participle-appos"):
        if shape:
            text = f"{name}, the {_description((role, body, part, obj))}, said {claim}."
        else:
            text = f"{name}, who leads {body} {part} {obj}, said {claim}."
        yield Case("", "apposition", text, [Expect(claim, "indirect", name)], exact=False)


#: Plural groups that back or oppose something and speak themselves.
GROUPS_BACKING = ("Dockers", "Residents", "Parents", "Growers", "Nurses")


def participle_group_guard() -> Iterator[Case]:
    """'Dockers backing the strike said C.' -> the group (no name to hand the report to)."""
    combos = itertools.product(GROUPS_BACKING, PARTICIPLES[:3], OBJECTS, CLAIMS)
    for group, part, obj, claim in sample(combos, 120, "r25main-participle-guard"):
        text = f"{group} {part} {obj} said {claim}."
        yield Case("", "guard", text, [Expect(claim, "indirect", group, title=None)], exact=False)


#: Plural nouns of people no role or group list holds, and phrases of place after them.
PLURAL_PEOPLE = (
    "growers",
    "beekeepers",
    "shopkeepers",
    "vintners",
    "stallholders",
    "herders",
    "weavers",
    "boatbuilders",
    "cheesemakers",
    "orchardists",
)
PLACES = (
    "in the valley",
    "on the island",
    "near the border",
    "along the coast",
    "at the market",
    "in three counties",
    "across the region",
    "around the lake",
    "outside the capital",
)
PLURAL_CUES = ("said", "say", "warned", "added", "complained")
HARVEST = (
    "The harvest was the worst in a decade",
    "Nobody has come to help us",
    "Prices have doubled since spring",
)


def plural_with_place() -> Iterator[Case]:
    """'"Q," growers in the valley say.' / 'C, growers in the valley said.' -> the phrase."""
    combos = itertools.product(PLURAL_PEOPLE, PLACES, PLURAL_CUES, HARVEST, MARKS, range(2))
    for who, place, cue, q, (op, cl), shape in sample(combos, 500, "r25main-plural-place"):
        speaker = f"{who} {place}"
        if shape:
            quote = f"{op}{q},{cl}"
            text = f"{quote} {speaker} {cue}."
            yield Case("", "direct", text, [Expect(quote, "direct", speaker, title=None)])
        else:
            text = f"{q}, {speaker} {cue}."
            yield Case("", "indirect", text, [Expect(q, "indirect", speaker, title=None)])


def plural_place_object_guard() -> Iterator[Case]:
    """'"Q," NAME told growers in the valley.' -> NAME (the plural is the listener)."""
    combos = itertools.product(PEOPLE, PLURAL_PEOPLE, PLACES, HARVEST)
    for name, who, place, q in sample(combos, 120, "r25main-plural-place-guard"):
        quote = f'"{q},"'
        text = f"{quote} {name} told {who} {place}."
        yield Case(
            "", "guard", text, [Expect(quote, "direct", name)], wrong_speakers=[(quote, f"{who} {place}")]
        )


#: Roles of a person before a stance participle.
PARTICIPLE_ROLES = ("lawyer", "nurse", "teacher", "farmer", "economist", "pastor", "councillor")


def participle_after_role_title() -> Iterator[Case]:
    """'NAME, a lawyer backing the families, said C.' -> title with the role."""
    combos = itertools.product(PEOPLE, PARTICIPLE_ROLES, PARTICIPLES, OBJECTS, CLAIMS, range(2))
    for name, role, part, obj, claim, shape in sample(combos, 400, "r25main-participle-title"):
        if shape:
            text = f"{name}, a {role} {part} {obj}, said {claim}."
            yield Case(
                "", "before", text, [Expect(claim, "indirect", name, title=Contains(role))], exact=False
            )
        else:
            quote = '"We will keep going,"'
            text = f"{quote} said {name}, a {role} {part} {obj}."
            yield Case("", "after", text, [Expect(quote, "direct", name, title=Contains(role))], exact=False)


#: Places in capitals whose words a hyphen joins, with what follows them in a dateline.
HYPHEN_DATELINES = (
    "WILKES-BARRE, Pa.",
    "WINSTON-SALEM, N.C.",
    "AIX-EN-PROVENCE, France",
    "BADEN-BADEN, Germany",
    "STRATFORD-UPON-AVON, England",
    "SAINT-DENIS, Réunion (AFP)",
    "KAFR EL-SHEIKH, Egypt (Reuters)",
)
DATELINE_BODIES = (
    ("The Lowland Water Board", "board", ("Lowland Water Board", "The Lowland Water Board")),
    ("The Harbour Ferries company", "company", ("Harbour Ferries", "Harbour Ferries company")),
)
DATELINE_CLAIMS = ("will close four depots", "has cut its timetable", "expects no delays this week")


def hyphen_dateline() -> Iterator[Case]:
    """'WILKES-BARRE, Pa. — C, the board said.' -> C without the dateline; a direct quotation after
    the dateline keeps its speaker."""
    combos = itertools.product(HYPHEN_DATELINES, DATELINE_BODIES, DATELINE_CLAIMS, PEOPLE, range(2))
    for line, (body, noun, names), claim, name, shape in sample(combos, 300, "r25main-hyphen-dateline"):
        place = line.split(",")[0]
        if shape:
            content = f"{body} {claim}"
            text = f"{line} — {content}, the {noun} said on Monday."
            yield Case("", "indirect", text, [Expect(content, "indirect", names)], forbidden=(place,))
        else:
            quote = '"We will reopen the depots,"'
            text = f"{line} — {quote} {name} said on Monday."
            yield Case("", "direct", text, [Expect(quote, "direct", name)], forbidden=(place,))


#: Objects of a preposition after a group, with what opens them.
ACCORDING_PLACES = (
    "in both states",
    "near the tram stops",
    "in several counties",
    "at three hospitals",
    "along the river",
    "in these towns",
    "outside the capital",
    "on the night shifts",
    "on the ground",
)
ACCORDING_GROUPS = ("officials", "residents", "growers", "nurses", "election workers", "beekeepers")


def according_to_place_phrase() -> Iterator[Case]:
    """'According to officials in both states, C.' -> C alone, the phrase speaks."""
    combos = itertools.product(ACCORDING_GROUPS, ACCORDING_PLACES, CLAIMS)
    for group, place, claim in sample(combos, 250, "r25main-according-place"):
        text = f"According to {group} {place}, {claim}."
        yield Case("", "according", text, [Expect(claim, "indirect", f"{group} {place}", title=None)])


#: Nationalities with persons of that nationality (names of our own) and the noun for one.
NATIONALS = (
    ("Greek", "Nikos Papadakis", "the Greek"),
    ("Thai", "Somchai Wongsawat", "the Thai"),
    ("Basque", "Iker Etxeberria", "the Basque"),
    ("Czech", "Tereza Dvorakova", "the Czech"),
    ("South Korean", "Park Ji-hoon", "the South Korean"),
    ("South Sudanese", "Deng Majok", "the South Sudanese"),
    ("South African", "Thabo Nkosi", "the South African"),
)
CONTESTS = ("in the final", "in the semi-final on Sunday", "in three sets", "at the regional championship")


def nationality_epithet() -> Iterator[Case]:
    """'Thai A beat Greek B in the final. "Q," the Greek said.' -> B, titled Greek."""
    pairs = [(a, b) for a, b in itertools.permutations(NATIONALS, 2)]
    combos = itertools.product(pairs, CONTESTS, HARVEST, range(2))
    for (a, b), contest, q, who in sample(combos, 300, "r25main-nationality-epithet"):
        quote = f'"{q},"'
        target = (a, b)[who]
        text = f"{a[0]} {a[1]} beat {b[0]} {b[1]} {contest}. {quote} {target[2]} said."
        other = (a, b)[1 - who]
        yield Case(
            "",
            "epithet",
            text,
            [Expect(quote, "direct", target[1], title=Contains(target[0]))],
            exact=False,
            wrong_speakers=[(quote, other[1])],
        )


def compass_body_guard() -> Iterator[Case]:
    """'South African Airways said C.' -> the body, whole."""
    bodies = (
        "South African Airways",
        "North Korean Central News Agency",
        "South Korean Fair Trade Commission",
    )
    combos = itertools.product(bodies, CLAIMS)
    for body, claim in combos:
        yield Case("", "guard", f"{body} said {claim}.", [Expect(claim, "indirect", body)])


#: Go-betweens a speaker talks through, and places set off by commas after *in*.
GO_BETWEENS = (
    "a spokeswoman",
    "his lawyer",
    "her attorney",
    "an interpreter",
    "a spokesman",
    "their publicist",
)
COMMA_PLACES = ("Dayton, Ohio", "Kisumu, Kenya", "Bilbao, Spain", "Leith, Scotland")


def through_go_between() -> Iterator[Case]:
    """'NAME said through a spokeswoman that C.' / '... through his lawyer, NAME2, that C.' /
    'NAME said in Dayton, Ohio, that C.' -> 'that C' by NAME."""
    combos = itertools.product(PEOPLE, GO_BETWEENS, COMMA_PLACES, CLAIMS, range(3))
    for name, via, place, claim, shape in sample(combos, 300, "r25main-through"):
        other = "Ines Caldeira" if name != "Ines Caldeira" else "Hemi Walker"
        tail = (f"through {via}", f"through {via}, {other},", f"in {place},")[shape]
        text = f"{name} said {tail} that {claim}."
        yield Case("", "through", text, [Expect(f"that {claim}", "indirect", name)])


def see_through_guard() -> Iterator[Case]:
    """'It amazes me that people cannot see through the lies that ...' -> no report of 'see'."""
    objects = ("the lies", "the spin", "the numbers", "the excuses")
    for obj in objects:
        text = f"Voters cannot see through {obj} that the council keeps repeating."
        yield Case("", "guard", text, [], forbidden=("keeps repeating",))


ROUND25_MAIN: tuple[Capability, ...] = (
    named(
        "subject.counted_plural_homograph",
        "2",
        "Officials in both states said C.: the phrase (a counted -s word is a noun, not a cue)",
        counted_plural_indirect,
    ),
    named(
        "subject.counted_plural_homograph_direct",
        "2",
        '"Q," officials in both states said.: the phrase speaks the quotation',
        counted_plural_direct,
    ),
    named(
        "subject.count_verb_guard",
        "2",
        "NAME, who both plans and leads the tours, said C.: NAME",
        count_verb_guard,
    ),
    named(
        "fronted.participle_description_name",
        "5",
        "The founder of a charity backing the dam, B, said C.: B (never the description)",
        participle_description_name,
    ),
    named(
        "names.participle_apposition_name",
        "5",
        "B, the lawyer for the families opposing the dam, said C.: B",
        participle_apposition_name,
    ),
    named(
        "subject.participle_group_guard",
        "2",
        "Dockers backing the strike said C.: the group",
        participle_group_guard,
    ),
    named(
        "subject.bare_plural_with_place",
        "2",
        '"Q," growers in the valley say.: the phrase (a plural no list holds, with its place)',
        plural_with_place,
    ),
    named(
        "subject.plural_place_object_guard",
        "2",
        '"Q," NAME told growers in the valley.: NAME',
        plural_place_object_guard,
    ),
    named(
        "titles.participle_after_role",
        "6",
        "NAME, a lawyer backing the families, said C.: title with the role",
        participle_after_role_title,
    ),
    named(
        "structure.hyphenated_caps_dateline",
        "7",
        "WILKES-BARRE, Pa. — C, the board said.: the dateline stays out of C",
        hyphen_dateline,
    ),
    named(
        "subject.according_to_place_phrase",
        "2",
        "According to officials in both states, C.: C alone, by the whole phrase",
        according_to_place_phrase,
    ),
    named(
        "nominal.nationality_epithet",
        "4",
        'Thai A beat Greek B in the final. "Q," the Greek said.: B (also South Korean)',
        nationality_epithet,
    ),
    named(
        "names.compass_body_guard",
        "5",
        "South African Airways said C.: the body, never a person titled South African",
        compass_body_guard,
    ),
    named(
        "cues.through_go_between",
        "5",
        "NAME said through his lawyer, NAME2, that C.: 'that C' by NAME",
        through_go_between,
    ),
    named(
        "cues.see_through_guard",
        "1",
        "Voters cannot see through the lies that ...: no report",
        see_through_guard,
    ),
)
