"""Development capabilities added on branch ``f20org`` in the twentieth round: bodies' names whole.

* A capitalised name that ends in a body noun (*Alliance*, *Authority*, *Transit*, *Project*)
  with a role word or a title adjective inside it and no listed first name after that word is
  one body's name: *the Harbor Student Transit*, *the Ohio Voter Access Project*, *the
  Democratic Unity Alliance* are not a title (*Student*, *Voter*, *Democratic*) before a name.
* *and* joins two halves of a body's name of up to three capitalised words before it: *the
  Tenmile River Bridge and Tunnel Authority* (was: *Tunnel Authority*).
* A group's name runs on over its link: a mission and its city (*the Vietnamese Embassy in
  Jakarta*), a plural of people and its cause (*Riders for Reliable Transit*), a department and
  its portfolio's list (*the Department for Environment, Food and Rural Affairs*).
* Places coordinated after a plural of people stay in its phrase (*Homeowners from Houma and
  Lake Charles*, was *Lake Charles*); a short form defined at a later mention names the body.
* A source phrase that ends inside a name is widened to the whole name: *according to a
  report released on Monday by the Council on Coastal Soils* (was: *Council*).

Bodies, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_F20ORG` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the new timetable would start in the spring",
    "the fees had not changed since 2019",
    "its members would vote on the offer next week",
    "nobody had been told about the closure in advance",
    "the money would be spent on repairs",
)
#: Bodies' names with a role word or a title adjective inside, ending in a body noun.
ROLE_WORD_BODIES = (
    "Harbor Student Transit",
    "Valley Student Transit",
    "Ohio Voter Access Project",
    "Coastal Tenant Defense Project",
    "Northside Patient Advocacy Project",
    "Delta Farmer Relief Alliance",
    "Prairie Worker Justice Alliance",
    "Democratic Unity Alliance",
    "Republican Liberty Alliance",
    "Independent Grace Alliance",
    "Rural Nurse Staffing Project",
    "Eastside Teacher Housing Project",
)
#: Shapes of an indirect report with the body as subject; {body} and {clause} are filled.
SHAPES = (
    "The {body} said {clause}.",
    "In a statement on Tuesday, the {body} said {clause}.",
    "The {body} told members that {clause}.",
    "The {body} said in a statement that {clause}.",
    "Late on Friday the {body} announced that {clause}.",
)
#: Shapes with the cue after a direct quotation; {quote} is the quotation with its marks.
QUOTE_SHAPES = (
    "{quote} the {body} said in a statement.",
    "{quote} said the {body}.",
)
QUOTES = (
    "We will not accept this offer.",
    "The riders deserve better than this.",
    "This is a day our members have waited for.",
)


def _content(shape: str, clause: str) -> str:
    """The content a shape reports: the clause, with the *that* that opens it."""
    return f"that {clause}" if "that {clause}" in shape else clause


def _quoted(quote: str) -> str:
    return f'"{quote[:-1]},"'


def role_word_bodies() -> Iterator[Case]:
    """'The BODY said C' with a role word or title adjective inside BODY -> BODY whole, no title."""
    for body, shape, clause in sample(
        itertools.product(ROLE_WORD_BODIES, SHAPES, CLAUSES), 180, "f20org-role"
    ):
        text = shape.format(body=body, clause=clause)
        yield Case(
            "", "subject", text, [Expect(_content(shape, clause), "indirect", body, None)], exact=False
        )
    for body, shape, quote in sample(
        itertools.product(ROLE_WORD_BODIES, QUOTE_SHAPES, QUOTES), 60, "f20org-roleq"
    ):
        q = _quoted(quote)
        text = shape.format(quote=q, body=body)
        yield Case("", "after quote", text, [Expect(q, "direct", body, None)], exact=False)


#: Bodies whose name joins two halves with *and* after one to three capitalised words.
JOINED_BODIES = (
    "Tenmile River Bridge and Tunnel Authority",
    "Millbrook Valley Bridge and Road Authority",
    "Port Kessel Dock and Rail Commission",
    "North Shore Park and Trail Commission",
    "Upper Basin Water and Power Authority",
    "Greystone Harbor and Canal Board",
    "Parks and Recreation Commission",
    "Lakeside Port and Ferry Authority",
)


def joined_bodies() -> Iterator[Case]:
    """'The BODY said C', 'C, according to the BODY' with *and* inside BODY -> BODY whole."""
    combos = itertools.product(JOINED_BODIES, SHAPES, CLAUSES)
    for body, shape, clause in sample(combos, 150, "f20org-joined"):
        text = shape.format(body=body, clause=clause)
        yield Case(
            "", "subject", text, [Expect(_content(shape, clause), "indirect", body, None)], exact=False
        )
    for body, clause in sample(itertools.product(JOINED_BODIES, CLAUSES), 40, "f20org-joined-acc"):
        content = clause[0].upper() + clause[1:]
        text = f"{content}, according to the {body}."
        yield Case("", "according to", text, [Expect(content, "indirect", body, None)], exact=False)


#: Bodies whose name runs on over *on* or *for* after the body noun.
PREPOSITION_BODIES = (
    "International Panel on Delta Soils",
    "Council on Coastal Soils",
    "Commission on Rural Broadband",
    "Committee on River Safety",
    "Board for Rural Transit",
    "Institute for Harbor Studies",
    "Center for Tenant Rights",
    "Office for Budget Standards",
)
DOCUMENTS = ("report", "study", "assessment", "review")
PARTICIPLES = ("published on Wednesday", "released on Monday", "issued on Friday", "published last week")


def preposition_bodies() -> Iterator[Case]:
    """'C, according to a DOCUMENT PARTICIPLE by the BODY' with *on*/*for* inside BODY -> BODY
    whole (the source walker stopped at the preposition)."""
    combos = itertools.product(PREPOSITION_BODIES, DOCUMENTS, PARTICIPLES, CLAUSES)
    for body, doc, participle, clause in sample(combos, 160, "f20org-prep"):
        content = clause[0].upper() + clause[1:]
        text = f"{content}, according to a {doc} {participle} by the {body}."
        yield Case("", "issuer", text, [Expect(content, "indirect", body, None)], exact=False)
    for body, clause in sample(itertools.product(PREPOSITION_BODIES, CLAUSES), 40, "f20org-prep-said"):
        text = f"The {body} said {clause}."
        yield Case("", "subject", text, [Expect(clause, "indirect", body, None)], exact=False)


#: A country's mission named by its city, and groups named for their cause.
GROUP_NAMES = (
    "Danish Embassy in Nairobi",
    "Chilean Embassy in Canberra",
    "Vietnamese Embassy in Jakarta",
    "British Consulate in Hong Kong",
    "Polish Consulate in New York",
    "Riders for Reliable Transit",
    "Citizens for Clean Water",
    "Parents for Safer Streets",
    "Tenants Against Eviction",
    "Growers for Fair Water",
    "Readers Without Borders",
)


def group_names() -> Iterator[Case]:
    """'The GROUP said C', '"Q," the GROUP said.' -> the group's whole name."""
    for name, shape, clause in sample(itertools.product(GROUP_NAMES, SHAPES, CLAUSES), 150, "f20org-group"):
        text = shape.format(body=name, clause=clause)
        text = text.replace("the Riders", "Riders").replace("The Riders", "Riders")
        yield Case(
            "", "subject", text, [Expect(_content(shape, clause), "indirect", name, None)], exact=False
        )
    for name, quote in sample(itertools.product(GROUP_NAMES, QUOTES), 30, "f20org-groupq"):
        q = _quoted(quote)
        text = f"{q} the {name} said in a statement."
        yield Case("", "after quote", text, [Expect(q, "direct", name, None)], exact=False)


#: Plurals of people, and the places coordinated after them.
GROUPS = ("Farmers", "Homeowners", "Parents", "Residents", "Commuters", "Growers")
PLACE_PAIRS = (
    ("Kent", "East Sussex"),
    ("Houma", "Lake Charles"),
    ("Dover", "Round Hill"),
    ("Leith", "Portobello"),
    ("Tromso", "Bodo"),
    ("Austin", "San Marcos"),
)
LINKS = ("from", "in")


def coordinated_places() -> Iterator[Case]:
    """'GROUP from PLACE and PLACE said C' -> the whole phrase speaks, never the last place."""
    combos = itertools.product(GROUPS, LINKS, PLACE_PAIRS, CLAUSES)
    for group, link, (one, two), clause in sample(combos, 150, "f20org-places"):
        phrase = f"{group} {link} {one} and {two}"
        text = f"{phrase} told the committee on Monday that {clause}."
        yield Case(
            "",
            "subject",
            text,
            [Expect(f"that {clause}", "indirect", phrase, None)],
            exact=False,
            wrong_speakers=[(clause, two)],
        )


#: Bodies' names of three words and the acronyms a later mention defines.
ACRONYM_BODIES = (
    ("Northern Rowing Federation", "NRF"),
    ("Coastal Ferry Authority", "CFA"),
    ("National Glassworkers Union", "NGU"),
    ("Regional Hospital Trust", "RHT"),
    ("Western Grain Board", "WGB"),
)


def acronym_later() -> Iterator[Case]:
    """'The BODY ... | Later, the BODY (ACR) did X. The ACR said C.' -> BODY, not ACR."""
    for (body, short), clause in itertools.product(ACRONYM_BODIES, CLAUSES):
        text = (
            f"The {body} is reviewing the case.\n\nLater, the {body} ({short}) opened an inquiry."
            f" The {short} said {clause}."
        )
        yield Case("", "later definition", text, [Expect(clause, "indirect", body, None)], exact=False)


#: Departments and ministries named by their portfolio's list of areas.
PORTFOLIO_BODIES = (
    "Department of Climate Change, Energy and the Polar Territories",
    "Department for Environment, Food and Rural Affairs",
    "Ministry of Agriculture, Fisheries and Food",
    "Ministry of Climate, Energy, Water and the Environment",
    "Department of Housing, Planning and Local Government",
    "Ministry of Culture, Heritage and the Gaeltacht",
    "Department of Transport, Tourism and Sport",
)


def portfolio_lists() -> Iterator[Case]:
    """'The DEPARTMENT OF A, B and C said C' -> the department's whole name."""
    for body, shape, clause in sample(
        itertools.product(PORTFOLIO_BODIES, SHAPES, CLAUSES), 120, "f20org-port"
    ):
        text = shape.format(body=body, clause=clause)
        yield Case(
            "", "subject", text, [Expect(_content(shape, clause), "indirect", body, None)], exact=False
        )
    for body, clause in sample(itertools.product(PORTFOLIO_BODIES, CLAUSES), 30, "f20org-port-acc"):
        content = clause[0].upper() + clause[1:]
        text = f"{content}, according to the {body}."
        yield Case("", "according to", text, [Expect(content, "indirect", body, None)], exact=False)


#: A contact relative's head, and a subject that is a noun compound of a source's plural.
RELATIVE_HEADS = ("a move", "a step", "a decision", "a change", "a policy")
COMPOUND_SUBJECTS = (
    "administration officials",
    "harbour officials",
    "company executives",
    "union leaders",
    "campaign aides",
    "industry analysts",
)
RELATIVE_CLAUSES = ("was meant to calm prices", "would save money", "had been planned for months")


def contact_relative_compound() -> Iterator[Case]:
    """'X did Y, a move NOUN PLURAL said was ...' -> 'NOUN PLURAL' (was: the plural alone)."""
    combos = itertools.product(RELATIVE_HEADS, COMPOUND_SUBJECTS, RELATIVE_CLAUSES)
    for head, subject, clause in sample(combos, 90, "f20org-contact"):
        text = f"The port closed the channel on Monday, {head} {subject} said {clause}."
        yield Case(
            "",
            "contact relative",
            text,
            [],
            exact=False,
            wrong_speakers=[(clause, subject.split()[1])],
        )
        content = f"{head} {subject} said {clause}"  # (the gap's phrase is part of the content)
        yield Case("", "contact relative", text, [Expect(content, "indirect", subject, None)], exact=False)


#: Two plurals of sources joined by *and*, the second with up to two modifiers.
PLURAL_PAIRS = (
    "local officials and aid groups",
    "officials and analysts",
    "nurses and aid workers",
    "police and residents",
    "economists and analysts",
    "doctors and nurses",
    "teachers and parents",
    "union leaders and workers",
)


def coordinated_plurals() -> Iterator[Case]:
    """'C, according to PLURAL and PLURAL.', '"Q," said PLURAL and PLURAL.' -> both plurals."""
    for pair, clause in sample(itertools.product(PLURAL_PAIRS, CLAUSES), 40, "f20org-plural-acc"):
        content = clause[0].upper() + clause[1:]
        text = f"{content}, according to {pair}."
        yield Case("", "according to", text, [Expect(content, "indirect", pair, None)], exact=False)
    for pair, quote in itertools.product(PLURAL_PAIRS, QUOTES):
        q = _quoted(quote)
        text = f"{q} said {pair}."
        yield Case("", "inverted", text, [Expect(q, "direct", pair, None)], exact=False)


ROUND19_F20ORG: tuple[Capability, ...] = (
    named(
        "name.body_role_words",
        "2",
        "The Harbor Student Transit / Ohio Voter Access Project / Democratic Unity Alliance said C:"
        " the body's whole name, no title (was: 'Transit' titled 'Harbor Student', 'Unity Alliance')",
        role_word_bodies,
    ),
    named(
        "name.body_joined_and",
        "2",
        "The Tenmile River Bridge and Tunnel Authority said C / C, according to it: the whole name"
        " (was: 'Tunnel Authority')",
        joined_bodies,
    ),
    named(
        "name.body_preposition_uncut",
        "2",
        "C, according to a report published on Wednesday by the Council on Coastal Soils: the whole"
        " name (was: 'Council')",
        preposition_bodies,
    ),
    named(
        "name.group_link",
        "2",
        "The Vietnamese Embassy in Jakarta / Riders for Reliable Transit said C: the whole name (was:"
        " 'Vietnamese Embassy', 'Reliable Transit')",
        group_names,
    ),
    named(
        "source.coordinated_places",
        "2",
        "Homeowners from Houma and Lake Charles told X that C: the whole phrase (was: 'Lake Charles')",
        coordinated_places,
    ),
    named(
        "name.acronym_later_mention",
        "2",
        "The BODY ... the BODY (ACR) ... The ACR said C: BODY (was: 'ACR' when the bracket came at a"
        " later mention)",
        acronym_later,
    ),
    named(
        "name.portfolio_list",
        "2",
        "The Department of Climate Change, Energy and the Polar Territories said C: the whole name"
        " (was: 'Polar Territories')",
        portfolio_lists,
    ),
    named(
        "source.contact_relative_compound",
        "2",
        "X did Y, a move administration officials said was meant to Z: 'administration officials'"
        " (was: 'officials', the relative's head read as 'a move administration')",
        contact_relative_compound,
    ),
    named(
        "source.coordinated_plurals",
        "2",
        "C, according to local officials and aid groups: both plurals (was: 'local officials', and"
        " the content took in 'and aid groups')",
        coordinated_plurals,
    ),
)
