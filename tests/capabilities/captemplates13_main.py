"""Development capabilities added on ``main`` in the fourteenth round (issue 11): in a printed
interview, the object of an interviewing verb answers the questions and its subject asks them
('Ruth Okonjo interviewed Tadeusz Marek in Gdansk. Q: ... A: ...': every answer is Marek's, never
Okonjo's); a subject who *spoke to* an outlet or a reporter is the one answering. *The lawmaker*
and *the legislator* name the one member of a legislature introduced before (*Sen.*, *Rep.*,
*Assemblywoman*, *MP*), never a lobbyist or a sales representative beside them, and the
apposition of the person argued with is no reported content. A place's region between commas
(*in Springfield, Illinois,*, *in Ennis, Co Clare,*) closes an apposition without being a name,
and a place named *Isle of ...*, *Bay of ...* goes on into a body's name in a roundup credit's
role. A name described in apposition as a company, a firm or an agency is a body that a later
*it* names. People, places, questions and answers of their own.

``captemplates.py`` adds :data:`ROUND13_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: The people interviewed: (full name, title in apposition or None).
INTERVIEWEES = (
    ("Tadeusz Marek", None),
    ("Folasade Adebayo-Cole", "the chief engineer of the Lagoon Water Board"),
    ("Ines Valcárcel", None),
    ("Hamish Loudon", "a retired harbour pilot"),
    ("Chidi Okafor", None),
)
#: The people asking: never the speaker of an answer.
INTERVIEWERS = ("Ruth Okonjo", "Sven Aalto", "Marguerite Duclos")
VERBS = ("interviewed", "questioned", "quizzed")
PLACES = ("in Gdansk", "at her office", "last week", "by telephone")
#: (question, answer) pairs.
EXCHANGES = (
    ("Why did the pumps stop?", "A fuse blew and nobody had a spare one."),
    ("Will the water be safe by June?", "Yes, if the new filters arrive on time."),
    ("What would you change?", "I would hire two more inspectors tomorrow."),
    ("Who pays for the repair?", "The board pays first and asks the council later."),
)
#: (question label, answer label) as printed interviews write them.
LABELS = (("Q:", "A:"), ("Q.", "A."), ("Question:", "Answer:"))


def _title(title: str | None) -> str | None:
    return None if title is None else title.removeprefix("the ").removeprefix("a ")


def interviewer_asks() -> Iterator[Case]:
    """'ASKER VERB NAME(, TITLE,) PLACE. Q: ... A: ... Q: ... A: ...' -> both answers NAME's,
    never the asker's."""
    combos = itertools.product(INTERVIEWEES, INTERVIEWERS, VERBS, PLACES, range(len(EXCHANGES)), LABELS)
    for (full, title), asker, verb, place, e, (lq, la) in sample(combos, 240, "interviewer_asks"):
        (q1, a1), (q2, a2) = EXCHANGES[e], EXCHANGES[(e + 1) % len(EXCHANGES)]
        who = full if title is None else f"{full}, {title},"
        intro = f"{asker} {verb} {who} {place}. The exchange has been shortened."
        text = f"{intro}\n\n{lq} {q1}\n\n{la} {a1}\n\n{lq} {q2}\n\n{la} {a2}"
        yield Case(
            "",
            f"{verb}|{lq}",
            text,
            [Expect(a1, "direct", full, _title(title)), Expect(a2, "direct", full, _title(title))],
            exact=False,
            wrong_speakers=[(a1, asker), (a2, asker)],
        )


def interviewee_spoke_to() -> Iterator[Case]:
    """'NAME(, TITLE,) spoke to ASKER PLACE. Q: ... A: ...' -> the answers are NAME's (the
    subject who spoke to someone answers), never the asker's."""
    combos = itertools.product(INTERVIEWEES, INTERVIEWERS, PLACES, range(len(EXCHANGES)), LABELS)
    for (full, title), asker, place, e, (lq, la) in sample(combos, 160, "interviewee_spoke_to"):
        (q1, a1), (q2, a2) = EXCHANGES[e], EXCHANGES[(e + 1) % len(EXCHANGES)]
        who = full if title is None else f"{full}, {title},"
        text = f"{who} spoke to {asker} {place}.\n\n{lq} {q1}\n\n{la} {a1}\n\n{lq} {q2}\n\n{la} {a2}"
        yield Case(
            "",
            f"spoke_to|{lq}",
            text,
            [Expect(a1, "direct", full, _title(title)), Expect(a2, "direct", full, _title(title))],
            exact=False,
            wrong_speakers=[(a1, asker), (a2, asker)],
        )


#: (title before the name, title after it): how legislators are introduced.
LEGISLATORS = (
    ("Sen.", " of Montana"),
    ("Rep.", " of Georgia"),
    ("State Sen.", ""),
    ("Assemblywoman", ""),
    ("Congressman", " of Texas"),
    ("", ", the MP for Hull North,"),
)
#: People beside the legislator who must never take the quotation: (full name, apposition).
OTHERS = (
    ("Bogdan Lisiecki", "a lobbyist for the Prairie Grain Council"),
    ("Yvette Caramanlis", "a sales representative at Orsino Freight"),
    ("Aurelio Benassi", "the union's regional organiser"),
)
NOMINALS = ("the lawmaker", "the legislator")
SAYINGS = ("We will force a vote before the recess,", "Nobody asked the farmers,")


def lawmaker_nominal() -> Iterator[Case]:
    """'TITLE NAME(TAIL) argued with OTHER, APPOSITION, on Tuesday.  "C," the lawmaker said.'
    -> NAME (the one legislator), never OTHER; the same with OTHER first."""
    combos = itertools.product(
        LEGISLATORS, INTERVIEWEES, OTHERS, NOMINALS, SAYINGS, ("after", "before"), ("“", '"')
    )
    for (pre, post), (full, _), (other, role), nominal, saying, order, mark in sample(
        combos, 240, "lawmaker_nominal"
    ):
        close = "”" if mark == "“" else '"'
        member = f"{pre} {full}{post}".strip()
        if order == "after":
            intro = f"{member} argued with {other}, {role}, on Tuesday."
        else:
            intro = f"{other}, {role}, argued with {member} on Tuesday."
        quote = f"{mark}{saying}{close}"
        text = f"{intro}\n\n{quote} {nominal} said."
        yield Case(
            "",
            f"{pre or 'MP'}|{nominal}|{order}",
            text,
            [Expect(quote, "direct", full)],
            wrong_speakers=[(quote, other)],
        )


#: (city, region) pairs: a US state written out and abbreviated, an Irish county, a province.
REGIONS = (
    ("Springfield", "Illinois"),
    ("Dayton", "Ohio"),
    ("Asheville", "N.C."),
    ("Ennis", "Co Clare"),
    ("Tralee", "County Kerry"),
    ("Kingston", "Ontario"),
)
#: (role, body) of the appositions.
ROLES_AT = (
    ("a teacher", "Lincoln Park High School"),
    ("a nurse", "St Brigid's Hospital"),
    ("a fourth-year student", "Maplewood College"),
    ("the owner", "the Copper Kettle Cafe"),
)


def region_apposition() -> Iterator[Case]:
    """'NAME, ROLE at BODY in CITY, REGION, said C.' (and before a colon and a quotation, and after
    the quotation) -> NAME with the apposition as title, never BODY or REGION."""
    combos = itertools.product(INTERVIEWEES, ROLES_AT, REGIONS, ("indirect", "colon", "after"))
    for (full, _), (role, body), (city, region), shape in sample(combos, 240, "region_apposition"):
        where = f"{role} at {body} in {city}, {region}"
        want = where.removeprefix("a ").removeprefix("the ")
        saying = SAYINGS[len(full) % 2]
        if shape == "indirect":
            text = f"{full}, {where}, said nobody had asked the farmers."
            expect = Expect("nobody had asked the farmers", "indirect", full, want)
        elif shape == "colon":
            quote = f"“{saying.rstrip(',')}.”"
            text = f"{full}, {where}, said: {quote}"
            expect = Expect(quote, "direct", full, want)
        else:
            quote = f"“{saying}”"
            text = f"{quote} said {full}, {where}" + ("" if where.endswith(".") else ".")
            expect = Expect(quote, "direct", full, want)
        wrong = [(expect.content, body), (expect.content, region)]
        yield Case("", f"{shape}|{region}", text, [expect], wrong_speakers=wrong)


#: Places named '<head> of <name>', and the bodies named after them.
PLACES_OF = ("Isle of Wight", "Bay of Plenty", "Isle of Man", "Gulf of Maine")
PLACE_BODIES = ("Chamber of Commerce", "Ferry Users Group", "Board of Tourism", "Fishermen's Association")


def place_of_credit() -> Iterator[Case]:
    """Roundup credit 'NAME, ROLE of the PLACE BODY: "C."' -> NAME titled with the whole role;
    and 'PLACE BODY' speaking as itself ('the PLACE BODY said C') is the body, never 'Isle'."""
    combos = itertools.product(INTERVIEWEES, ("chair", "president", "secretary"), PLACES_OF, PLACE_BODIES)
    for (full, _), role, place, body in sample(combos, 200, "place_of_credit"):
        quote = "“Nobody asked the islanders.”"
        if len(full) % 2:
            text = f"{full}, {role} of the {place} {body}: {quote}"
            expect = Expect(quote, "direct", full, f"{role} of the {place} {body}")
        else:
            text = f"The {place} {body} said in a statement that nobody had asked the islanders."
            expect = Expect("that nobody had asked the islanders", "indirect", f"{place} {body}")
        yield Case("", f"{place}|{body}", text, [expect], wrong_speakers=[(expect.content, place.split()[0])])


#: Bodies whose names show no kind (no company word), and how an apposition describes them.
PLAIN_BODIES = ("Redwater Homes", "Tallis Meadows", "Bright Harbour", "Oakvale Living")
BODY_DESCRIPTIONS = (
    "the Tulsa company that owns the park",
    "a Leeds firm that runs the ferries",
    "the agency that manages the site",
    "the family-owned company behind the scheme",
)


def described_body_it() -> Iterator[Case]:
    """'PERSON, chair of the COUNCIL, said C. // BODY, DESCRIPTION, said it was "sorry". "Q," it
    said in a statement.' -> 'it' is BODY (described as a company), never the council named in
    the other person's title."""
    combos = itertools.product(INTERVIEWEES, PLAIN_BODIES, BODY_DESCRIPTIONS, ("“", '"'))
    for (full, _), body, description, mark in sample(combos, 160, "described_body_it"):
        close = "”" if mark == "“" else '"'
        quote = f"{mark}We are reviewing every procedure we have,{close}"
        text = (
            f"{full}, chair of the Lagoon Users Council, said the plan had been rushed.\n\n"
            f"{body}, {description}, said it was {mark}deeply sorry{close}. {quote} it said in a statement."
        )
        yield Case(
            "",
            f"{description.split()[1]}",
            text,
            [Expect(quote, "direct", body)],
            exact=False,
            wrong_speakers=[(quote, "Lagoon Users Council")],
        )


ROUND13_MAIN: tuple[Capability, ...] = (
    named(
        "transcript.interviewer_asks",
        "structure",
        "the object of 'interviewed/questioned/quizzed' answers the Q/A turns, never the subject",
        interviewer_asks,
    ),
    named(
        "transcript.interviewee_spoke_to",
        "structure",
        "the subject of 'spoke to ASKER' answers the Q/A turns, never the one spoken to",
        interviewee_spoke_to,
    ),
    named(
        "nominal.lawmaker",
        "speaker",
        "'the lawmaker' / 'the legislator' names the one legislator introduced before (Sen., Rep., MP)",
        lawmaker_nominal,
    ),
    named(
        "speaker.region_apposition",
        "speaker",
        "'NAME, ROLE at BODY in CITY, REGION, said': NAME with the whole apposition, never BODY",
        region_apposition,
    ),
    named(
        "names.place_of_credit",
        "speaker",
        "'Isle of Wight', 'Bay of Plenty' are places that go on into a body's name in a credit's role",
        place_of_credit,
    ),
    named(
        "speaker.described_body_it",
        "speaker",
        "a name described in apposition as a company or agency is the body a later 'it' names",
        described_body_it,
    ),
)
