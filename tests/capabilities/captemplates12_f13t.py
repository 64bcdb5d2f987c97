"""Development capabilities added on branch ``f13t`` in the thirteenth round: titles and names.

A body's name that runs on over *of* before its role and a name ('Guild of Upland Weavers
president NAME'); a role's portfolio after a body's name and role ('said Marrowby Foods head of
quality NAME'); a body's role read after *according to* ('According to Derry county coroner
NAME, ...'); plural nouns that modify a role ('sales director', 'public affairs manager'); a
titled name followed by a verb that is an adjective elsewhere ('coach NAME left winger NAME2
out'); a fronted apposition whose body holds a possessive ('The head of the Coastguard's
northern division, NAME,'); relatives and agents set off by commas ('NAME's wife, Hye-jin
Seo, said'); a titled appositive name ('Her co-founder, chief technology officer NAME,'); a
capitalised post with a listed portfolio ('Minister for Water, Forests and Fisheries Dr NAME');
role nouns of the clergy, schools, the arts and the professions ('the parish priest', 'the
principal', 'district collector', 'the actress'); and a role's office ('the Mayor's Office').
People, bodies and sentences of our own.

``captemplates.py`` adds :data:`ROUND12_F13T` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import ANY, Capability, Case, Contains, Expect, named

#: Full names of invented people (a hyphenated surname, a given name of two syllables).
NAMES = (
    "Oonagh Threlfall",
    "Kwame Aidoo-Barnes",
    "Hye-jin Seo",
    "Lachlan Pettigrew",
    "Ifeoma Okoro",
    "Teodor Wasilewski",
)
#: Things people said.
SAID = (
    "The depot will stay open until the spring,",
    "We were never shown the survey,",
    "Nobody asked the drivers what they thought,",
)
CLAIM = "the contract had been signed without a tender"


def body_of_premodifier() -> Iterator[Case]:
    """'BODY of X ROLE NAME said: "C."' and '"C," said BODY of X ROLE NAME.' -> NAME titled
    with the whole premodifier, never the body."""
    bodies = (
        ("Guild of Upland Weavers", "president"),
        ("Bank of Tasmania", "governor"),
        ("Society of Marine Pilots", "secretary"),
        ("Association of Rural Midwives", "chair"),
    )
    for (body, role), name, marks, n in itertools.product(bodies, NAMES, MARKS[:2], range(2)):
        quote = marks.q(SAID[n])
        full = f"{body} {role}"
        yield Case(
            "",
            f"before|{marks.name}",
            f"{full} {name} said: {marks.q(SAID[n][:-1] + '.')}",
            [Expect(marks.q(SAID[n][:-1] + "."), "direct", name, Contains((full,)), "person")],
        )
        yield Case(
            "",
            f"after|{marks.name}",
            f"{quote} said {full} {name}.",
            [Expect(quote, "direct", name, Contains((full,)), "person")],
        )


def body_role_portfolio() -> Iterator[Case]:
    """'"C," said BODY ROLE of FIELD NAME.', '"C," said former two-term mayor of PLACE NAME.' and
    'According to PLACE county ROLE NAME, the report left "C".' -> NAME, titled with the phrase."""
    posts = (
        ("Marrowby Foods", "head of quality"),
        ("Tallis Freight", "director of operations"),
        ("Quenby Water", "head of research"),
    )
    for (body, post), name, marks in itertools.product(posts, NAMES, MARKS[:2]):
        quote = marks.q(SAID[0])
        yield Case(
            "",
            f"said|{marks.name}",
            f"{quote} said {body} {post} {name}.",
            [Expect(quote, "direct", name, Contains((body, post)), "person")],
        )
    for name, marks, n in itertools.product(NAMES, MARKS[:2], ("two", "three")):
        quote = marks.q(SAID[1])
        yield Case(
            "",
            f"hyphenated-count|{marks.name}",
            f"{quote} said former {n}-term mayor of Ballarat {name}.",
            [Expect(quote, "direct", name, Contains(("mayor of Ballarat",)), "person")],
        )
    places = ("Derry county coroner", "Kerry county registrar", "veteran Lyttelton harbour pilot")
    for role, name, marks in itertools.product(places, NAMES, MARKS[:2]):
        content = f"the report left {marks.q('more questions than answers')}"
        yield Case(
            "",
            f"according|{marks.name}",
            f"According to {role} {name}, {content}.",
            [Expect(content, "mixed", name, Contains((role,)), "person")],
        )


def plural_modifiers() -> Iterator[Case]:
    """'BODY's [regional] sales director NAME said C.' -> the whole title."""
    roles = (
        "sales director",
        "regional sales director",
        "public affairs manager",
        "arts editor",
        "news editor",
    )
    bodies = ("Corran Telecom's", "the Harbour Trust's", "Pellow Media's")
    for role, body, name in itertools.product(roles, bodies, NAMES[:4]):
        yield Case(
            "",
            "before",
            f"{body[0].upper()}{body[1:]} {role} {name} said that {CLAIM}.",
            [Expect(f"that {CLAIM}", "indirect", name, Contains((role,)), "person")],
        )


def verb_after_titled_name() -> Iterator[Case]:
    """'TEAM coach NAME left|cut|set ROLE NAME2 ...  "C," the coach said.' -> NAME, never NAME2:
    a verb that is an adjective elsewhere joins no title."""
    teams = ("Taranaki Herons coach", "Coach", "Wexford Rovers manager")
    verbs = (
        "left striker {n} out of the squad",
        "cut winger {n} from the squad",
        "named goalkeeper {n} as captain",
    )
    pairs = (("Oonagh Threlfall", "Lachlan Pettigrew"), ("Kwame Aidoo-Barnes", "Teodor Wasilewski"))
    for team, verb, (a, b), marks in itertools.product(teams, verbs, pairs, MARKS[:2]):
        noun = team.split()[-1].lower()
        quote = marks.q(SAID[2])
        yield Case(
            "",
            f"{noun}|{verb.split()[0]}",
            f"{team} {a} {verb.format(n=b)} on Friday.\n\n{quote} the {noun} said.",
            [Expect(quote, "direct", a, ANY, "person")],
        )


def fronted_possessive_body() -> Iterator[Case]:
    """'The ROLE of the BODY's division, NAME, told the meeting: "C."' -> NAME titled with the
    whole phrase (a possessive inside the body's name)."""
    posts = (
        "regional commander of the Coastguard's northern division",
        "policy director at the Fenwold Renters' Union",
        "head of policy at the Carers' Alliance",
        "chief engineer of the Port Authority's dredging unit",
    )
    for post, name, marks in itertools.product(posts, NAMES, MARKS[:2]):
        quote = marks.q(SAID[1][:-1] + ".")
        yield Case(
            "",
            f"before|{marks.name}",
            f"The {post}, {name}, told the meeting: {quote}",
            [Expect(quote, "direct", name, Contains((post,)), "person")],
        )
        after = marks.q(SAID[1])
        yield Case(
            "",
            f"after|{marks.name}",
            f"{after} said the {post}, {name}.",
            [Expect(after, "direct", name, Contains((post,)), "person")],
        )


def relative_appositive() -> Iterator[Case]:
    """'NAME's wife|agent|brother, NAME2, said: "C."' -> NAME2 (any hyphenated given name),
    never NAME; 'Her co-founder, chief technology officer NAME2, said' -> NAME2."""
    relations = ("wife", "husband", "agent", "brother", "solicitor")
    for rel, (a, b), marks in itertools.product(relations, itertools.permutations(NAMES[:4], 2), MARKS[:2]):
        quote = marks.q(SAID[0][:-1] + ".")
        yield Case(
            "",
            f"{rel}|before",
            f"{a}'s {rel}, {b}, said: {quote}",
            [Expect(quote, "direct", b, ANY, "person")],
        )
    for lead, role, name in itertools.product(
        ("Her co-founder", "His deputy", "The firm's founder"),
        ("chief technology officer", "finance director", "head of sales"),
        NAMES,
    ):
        yield Case(
            "",
            "titled-appositive",
            f"{lead}, {role} {name}, said that {CLAIM}.",
            [Expect(f"that {CLAIM}", "indirect", name, ANY, "person")],
        )


def listed_portfolio() -> Iterator[Case]:
    """'Minister for A, B and C [Dr] NAME said C.' and 'Leader of the Opposition in the
    Legislative Council NAME said C.' -> NAME titled with the whole post."""
    posts = (
        "Minister for Water Resources, Forests and Inland Fisheries",
        "Minister for Rural Development and Tourism",
        "Minister for Ports, Minor Harbours and Shipping",
        "Leader of the Opposition in the Legislative Council",
        "Secretary for Health and Family Welfare",
    )
    for post, name, hon in itertools.product(posts, (*NAMES[:4], "Santosh Kuderi"), ("", "Dr ")):
        yield Case(
            "",
            "honorific" if hon else "bare",
            f"{post} {hon}{name} said that {CLAIM}.",
            [Expect(f"that {CLAIM}", "indirect", name, post, "person")],
        )


def new_role_nouns() -> Iterator[Case]:
    """'"C," said NAME, the parish priest of X.' / 'the principal of Y' / 'district collector of
    Z' / 'the actress' -> the title; 'The actress NAME said: "C."' too."""
    roles = (
        "the parish priest of St Colman's",
        "the principal of Glenview Primary School",
        "district collector of Mysuru",
        "the actress",
        "the chaplain at Ardee Prison",
        "the curator of the Linen Hall Museum",
        "a pharmacist in Bray",
        "the club's physio and former referee",
    )
    for role, name, marks in itertools.product(roles, NAMES, MARKS[:2]):
        quote = marks.q(SAID[2])
        head = role.split(" of ")[0].split(" at ")[0].split(" in ")[0]
        head = head.removeprefix("the ").removeprefix("a ")
        if head.startswith("club's"):
            head = "referee"
        yield Case(
            "",
            f"after|{marks.name}",
            f"{quote} said {name}, {role}.",
            [Expect(quote, "direct", name, Contains((head,)), "person")],
        )
    for role, name in itertools.product(("actress", "actor", "vicar", "headteacher", "paramedic"), NAMES[:3]):
        quote = MARKS[1].q(SAID[0][:-1] + ".")
        yield Case(
            "",
            "before",
            f"The {role} {name} said: {quote}",
            [Expect(quote, "direct", name, Contains((role,)), "person")],
        )


def role_office() -> Iterator[Case]:
    """'A statement from the Chief Minister's Office said C.' -> the office, whole."""
    offices = ("Chief Minister's Office", "Mayor's Office", "Governor's Office", "Prime Minister's Office")
    for office, marks in itertools.product(offices, MARKS[:2]):
        yield Case(
            "",
            marks.name,
            f"The {office} said on Friday that the government {marks.q('welcomes scrutiny')}.",
            [Expect(f"that the government {marks.q('welcomes scrutiny')}", "mixed", office, ANY)],
        )


ROUND12_F13T: tuple[Capability, ...] = (
    named(
        "titles.body_of_premodifier",
        "6",
        "BODY of X ROLE NAME said: C / said BODY of X ROLE NAME: NAME titled, never the body",
        body_of_premodifier,
    ),
    named(
        "titles.body_role_portfolio",
        "6",
        "said BODY head of FIELD NAME; According to PLACE county ROLE NAME, ...: NAME titled whole",
        body_role_portfolio,
    ),
    named(
        "titles.plural_modifier",
        "6",
        "BODY's regional sales director NAME said: the whole title",
        plural_modifiers,
    ),
    named(
        "names.verb_after_titled_name",
        "5",
        "coach NAME left striker NAME2 out ... 'the coach said': NAME, never NAME2",
        verb_after_titled_name,
    ),
    named(
        "titles.fronted_possessive_body",
        "6",
        "The ROLE of the BODY's division, NAME, told: C; said the ROLE at X Renters' Union, NAME",
        fronted_possessive_body,
    ),
    named(
        "speakers.relative_appositive",
        "5",
        "NAME's wife/agent, NAME2 (Hye-jin Seo), said; Her co-founder, ROLE NAME2, said: NAME2",
        relative_appositive,
    ),
    named(
        "titles.listed_portfolio",
        "6",
        "Minister for A, B and C [Dr] NAME said; Leader of the Opposition in the X Council NAME said",
        listed_portfolio,
    ),
    named(
        "titles.new_role_nouns",
        "6",
        "said NAME, the parish priest / principal / district collector / actress: the title",
        new_role_nouns,
    ),
    named("bodies.role_office", "6", "The Chief Minister's Office said C: the office, whole", role_office),
)
