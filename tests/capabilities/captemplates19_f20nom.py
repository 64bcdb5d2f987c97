"""Development capabilities added on branch ``f20nom`` in the twentieth round: a speaker given by
a description, a document or a possessed noun resolves to the entity the article introduced.

* A document credited to its issuer: the subject of *said in a regulatory filing* after a
  comma (*C, BODY said in a regulatory filing.*) or as a definite nominal (*the board wrote in
  the report*) issued *the filing* / *the report* named later; a work's title in quotation marks
  and a place describing the author before *by* (*a report, "TITLE," by the Leeds consulting
  firm NAME*); *In a statement read by ..., BODY said* links the statement to BODY however long
  the phrase; a body that just spoke issued *the statement* no earlier sentence named (a person
  may have spoken aloud: not hers); *a filing the company submitted to ...*; *a summary
  published by BODY*; *the centre's 5 p.m. advisory*.
* *The developer, NAME, says ...* introduces NAME as *the developer* for the rest of the
  article (not *the author of the book, NAME,*: the name is the author's, not the book's).
* *the district* names *Weld Valley School District 8* (a number after the body's noun).
* A second reference with a count of children, *the grandmother of five*, names the person
  the sentence before introduced; a name inside the quotation is no rival.
* A company's description of six words (*the Chicago-based packaged-food maker*) names the
  company of the lede.
* *the minister's office*: the office of the person *the minister* names, by full name.
* A wire lede's *their union* is the body the next paragraph names in apposition (*The union,
  Havenbond, ...*); a wire service only ever told or credited in a dateline (*told PTI*,
  *Nov 12 (PTI)*) is never *the company*.

Bodies, people and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_F20NOM` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the new depot would open in the spring",
    "repair costs had risen by a third since March",
    "about 140 jobs would move to the Leeds site",
    "the fares review would be finished by the end of the year",
)
#: Second reported clauses, for the document named again.
LATER = (
    "the board had also approved a special dividend",
    "talks with two of the unions were well advanced",
    "the tolls would end once the loans were repaid",
    "the pilot scheme had cut waiting times by a fifth",
)
#: Bodies and the definite nominal that names each again.
BODIES = (
    ("Harrowgate Marine Safety Board", "board"),
    ("Tamberlane Water Authority", "authority"),
    ("Corvel Mining Company", "company"),
    ("Ostrava Rail Regulation Office", "office"),
    ("Kelmscott Housing Trust", "trust"),
)
#: Documents that a body says something in, with the modifier before the noun.
DOCUMENTS = (
    ("regulatory filing", "filing"),
    ("quarterly report", "report"),
    ("written statement", "statement"),
    ("interim report", "report"),
)


def trailing_said_in() -> Iterator[Case]:
    """'C1, BODY said in a MOD DOC. | According to the DOC, C2.' and 'The DOC says C2.' -> BODY."""
    combos = itertools.product(BODIES, DOCUMENTS, CLAUSES, LATER, ("according", "says"))
    for (body, _noun), (doc, noun), clause, later, frame in sample(combos, 120, "f20nom-said-in"):
        first = f"{clause.capitalize()}, {body} said in a {doc}."
        second = f"According to the {noun}, {later}." if frame == "according" else f"The {noun} says {later}."
        text = f"{body} reported its results on Tuesday. {first}\n\n{second}"
        yield Case("", "trailing said in", text, [Expect(later, "indirect", body, None)], exact=False)


def nominal_said_in() -> Iterator[Case]:
    """'BODY opened an inquiry. | C1, the NOUN wrote in the report. | "Q," the report states.' -> BODY."""
    combos = itertools.product(BODIES, CLAUSES, LATER, ("wrote", "said"), ("states", "says"))
    for (body, noun), clause, later, verb, cue in sample(combos, 100, "f20nom-nominal-in"):
        text = (
            f"The {body} opened an inquiry into the collision in May.\n\n"
            f"{clause.capitalize()}, the {noun} {verb} in the report.\n\n"
            f"\u2018{later.capitalize()},\u2019 the report {cue}."
        )
        expects = [Expect(f"\u2018{later.capitalize()},\u2019", "direct", body, None)]
        yield Case("", "nominal said in", text, expects, exact=False)


#: Titles of studies and the firms that wrote them, with a place describing each firm.
TITLED = (
    ("Stranded Assets? Coal in a Pension Portfolio", "Leeds consulting firm", "Harwood Partners"),
    ("Paying for the Bridge", "Boston research group", "Calloway Associates"),
    ("The Cost of Waiting", "Cardiff accounting firm", "Pemberton Lyle"),
)


def titled_work() -> Iterator[Case]:
    """'a N-page report, "TITLE," by the PLACE DESCRIPTION FIRM. The report found C.' -> FIRM,
    though a council's own report was named the paragraph before."""
    combos = itertools.product(TITLED, CLAUSES, ("found", "said", "concluded"), ("48", "68", "112"))
    for (title, described, firm), clause, verb, pages in sample(combos, 60, "f20nom-titled"):
        place, description = described.split(" ", 1)
        text = (
            "The treasurer said the council would publish a quarterly report on the sale.\n\n"
            f'The vote drew on a {pages}-page report, "{title}," by the {place} {description} {firm}, '
            f"which the board commissioned last spring. The report {verb} that {clause}."
        )
        yield Case("", "titled work", text, [Expect(f"that {clause}", "indirect", firm, None)], exact=False)


#: Statements' openings that put a long phrase between the document and the body.
OPENINGS = (
    "In a statement read outside the courthouse by its lawyer, Gregory Halloran,",
    "In a statement released late on Monday by its press office,",
    "In a written statement sent to the Harbour Gazette on Friday evening,",
)


def opening_statement() -> Iterator[Case]:
    """'In a statement read by ..., BODY said C1. | "Q," the statement said.' -> BODY."""
    combos = itertools.product(OPENINGS, BODIES, CLAUSES, LATER)
    for opening, (body, _noun), clause, later in sample(combos, 60, "f20nom-opening"):
        text = f"{opening} the {body} said {clause}.\n\n\u201c{later.capitalize()},\u201d the statement said."
        expects = [Expect(f"\u201c{later.capitalize()},\u201d", "direct", body, None)]
        yield Case("", "opening statement", text, expects, exact=False)


def bridged_statement() -> Iterator[Case]:
    """'BODY said C1. | C2, the NOUN said. "Q," the statement said.' -> BODY; after a person who
    spoke aloud, the statement stays its own."""
    combos = itertools.product(BODIES, CLAUSES, LATER)
    for (body, noun), clause, later in sample(combos, 60, "f20nom-bridged"):
        text = (
            f"The {body} said on Wednesday that it had opened an inquiry.\n\n"
            f"{clause.capitalize()}, the {noun} said. \u201c{later.capitalize()},\u201d the statement said."
        )
        expects = [Expect(f"\u201c{later.capitalize()},\u201d", "direct", body, None)]
        yield Case("", "body spoke", text, expects, exact=False)
    people = ("Petra Lindqvist", "Tomas Ridgeway", "Helen Achterberg")
    for name, clause, later in sample(itertools.product(people, CLAUSES, LATER), 30, "f20nom-aloud"):
        surname = name.split()[-1]
        text = (
            f"{name}, a housing analyst at Nordbank, spoke on Monday. "
            f"\u201c{clause.capitalize()},\u201d {surname} said. "
            f"\u201c{later.capitalize()},\u201d the statement said."
        )
        quoted = f"\u201c{later.capitalize()},\u201d"
        expects = [Expect(quoted, "direct", "statement", None)]
        yield Case("", "person spoke", text, expects, exact=False, wrong_speakers=[(quoted, name)])


#: Firms named in a lede, the nominal of a filing's clause and the agency it was filed with.
FILERS = (
    ("Westmark Pipelines Ltd.", "the Energy Regulator"),
    ("Brakeline Automotive Systems", "the Harbour Commission"),
    ("Corvel Mining Company", "the Mines Inspectorate"),
)


def filed_work() -> Iterator[Case]:
    """'According to a filing the company submitted to AGENCY, C1. The filing says C2.' -> the
    company named before, never the agency; 'a summary published by BODY ... the summary said'."""
    combos = itertools.product(FILERS, ("submitted", "filed"), CLAUSES, LATER)
    for (firm, agency), verb, clause, later in sample(combos, 60, "f20nom-filed"):
        text = (
            f"{firm} told the panel on Tuesday that it would reroute the line.\n\n"
            f"According to a filing the company {verb} to {agency} last month, {clause}. "
            f"The filing says {later}."
        )
        expects = [Expect(clause, "indirect", firm, None), Expect(later, "indirect", firm, None)]
        wrong = [(clause, agency.split()[-1])]
        yield Case("", "filed work", text, expects, exact=False, wrong_speakers=wrong)
    bodies = ("European Commission", "Competition and Markets Authority", "National Audit Office")
    for body, later in itertools.product(bodies, LATER):
        text = (
            f"The ruling gives the firm 90 days to comply, according to a summary published by the {body}. "
            f"If it fails, {later}, the summary said."
        )
        expects = [Expect(f"If it fails, {later}", "indirect", body, None)]
        yield Case("", "summary", text, expects, exact=False)


#: Descriptions introduced with a name in apposition, and the name (a body or a person).
APPOSED = (
    ("developer", "Edinburgh-based Hollowmere Renewables", "Hollowmere Renewables", None),
    ("operator", "Bristol-based Solent Crossways", "Solent Crossways", None),
    ("contractor", "Kestrel Civil Engineering", "Kestrel Civil Engineering", None),
    ("spokesman", "Ivo Berg", "Ivo Berg", "spokesman"),
)
#: Paragraphs that stand between the introduction and the later credit.
FILLER = (
    "Placards reading \u201cHands Off Our Hills\u201d still hang on several gates along the road.",
    "Ana Lund, who farms sheep on the ridge, said two of her neighbours had signed agreements.",
    "The Scottish Government said appeals are decided by independent reporters.",
)


def apposed_description() -> Iterator[Case]:
    """'The NOUN, NAME, says C1. | (one to three paragraphs) | C2, the NOUN said.' -> NAME."""
    combos = itertools.product(APPOSED, CLAUSES, LATER, (1, 2, 3))
    for (noun, written, name, title), clause, later, gap in sample(combos, 100, "f20nom-apposed"):
        filler = "\n\n".join(FILLER[:gap])
        text = f"The {noun}, {written}, says {clause}.\n\n{filler}\n\n{later.capitalize()}, the {noun} said."
        yield Case("", "apposed", text, [Expect(later.capitalize(), "indirect", name, title)], exact=False)
    for clause, later in sample(itertools.product(CLAUSES, LATER), 12, "f20nom-author"):
        text = f"The author of the book, Mitchell Zuckoff, said {clause}.\n\nThe book says {later}."
        wrong = [(later, "Mitchell Zuckoff")]
        yield Case("", "author's apposition", text, [], exact=False, wrong_speakers=wrong)


#: Bodies whose names end in a number after the noun that names them again.
NUMBERED = (
    ("Weld Valley School District 8", "district"),
    ("Harbour Transport Workers Local 727", "local"),
    ("Northfield Fire Protection District 4", "district"),
)


def numbered_body() -> Iterator[Case]:
    """'BODY NOUN 8 did X. C, the NOUN says.' -> the numbered body."""
    combos = itertools.product(NUMBERED, CLAUSES, ("says", "said"))
    for (body, noun), clause, verb in sample(combos, 24, "f20nom-numbered"):
        text = f"{body} took over the buses in August. {clause.capitalize()}, the {noun} {verb}."
        yield Case("", "numbered", text, [Expect(clause.capitalize(), "indirect", body, None)], exact=False)


#: Persons introduced with an age, a count of children and the gender the noun needs.
PARENTS = (
    ("Marnie Jelbart", "grandmother"),
    ("Ruth Okonkwo", "mother"),
    ("Gordon Hargreave", "father"),
    ("Thomas Okafor", "grandfather"),
)
COUNTS = ("five", "two", "three", "6")
#: Quotations, some with a first name inside (a rival that never speaks).
QUOTES = (
    "I have kept my head down for nineteen years",
    "My husband said to me, \u201cMarn, just keep your head down,\u201d and I did",
    "Nobody asked us, not once, not even Dave from the depot",
    "We will be out here every morning until they talk to us",
)


def count_of_children() -> Iterator[Case]:
    """'NAME, 58, said C. | "Q," the NOUN of COUNT said.' -> NAME."""
    combos = itertools.product(PARENTS, COUNTS, QUOTES, CLAUSES)
    for (name, noun), count, quote, clause in sample(combos, 80, "f20nom-count"):
        text = f"{name}, 58, said {clause}.\n\n\u2018{quote},\u2019 the {noun} of {count} said."
        expects = [Expect(f"\u2018{quote},\u2019", "direct", name, None)]
        yield Case("", "count of children", text, expects, exact=False)


#: Firms in a lede and the long descriptions that name them again.
LONG_DESCRIPTIONS = (
    ("Halvard Foods Corp", "the Chicago-based packaged-food maker"),
    ("Ferrow Air", "the Dublin-based low-cost airline"),
    ("Corvel Mining Company", "the London-listed copper-mining company"),
    ("Brakeline Automotive Systems", "the Michigan-based brake-parts supplier"),
)


def long_description() -> Iterator[Case]:
    """'FIRM reported X. | C, the PLACE-based MOD-MOD NOUN said.' -> FIRM."""
    combos = itertools.product(LONG_DESCRIPTIONS, CLAUSES, ("said", "says"))
    for (firm, description), clause, verb in sample(combos, 48, "f20nom-long"):
        text = (
            f"{firm} on Thursday reported a 23 percent fall in fourth-quarter profit.\n\n"
            f"{clause.capitalize()}, {description} {verb}."
        )
        expects = [Expect(clause.capitalize(), "indirect", firm, None)]
        yield Case("", "long description", text, expects, exact=False)


#: Office holders and the nominal of their post; the body they run, the possessed noun.
HOLDERS = (
    ("Minister", "Fiona Cartledge", "minister"),
    ("Governor", "Adrienne Colquitt", "governor"),
    ("Senator", "Bernard Okonkwo-Reyes", "senator"),
    ("Mayor", "Helen Achterberg", "mayor"),
)
OWNED = ("office", "campaign", "department")


def nominal_owner() -> Iterator[Case]:
    """'TITLE NAME announced X. | C, the NOUN's OWNED said.' -> "NAME's OWNED"; when a person
    holds the owned noun as a title, that person."""
    combos = itertools.product(HOLDERS, OWNED, CLAUSES, ("\u2019s", "'s"))
    for (title, name, noun), owned, clause, mark in sample(combos, 80, "f20nom-owner"):
        text = (
            f"{title} {name} announced the grants on Monday.\n\n"
            f"{clause.capitalize()}, the {noun}{mark} {owned} said."
        )
        owner = f"{name}'" if name.endswith("s") else f"{name}'s"  # (AP style: 'Sanders' office')
        expects = [Expect(clause.capitalize(), "indirect", f"{owner} {owned}", None)]
        wrong = [(clause.capitalize(), name)]
        yield Case("", "nominal owner", text, expects, exact=False, wrong_speakers=wrong)
    for (title, name, noun), clause in sample(itertools.product(HOLDERS, CLAUSES), 16, "f20nom-spokesman"):
        surname = name.split()[-1]
        text = (
            f"{title} {name} announced the grants on Monday, and {surname} spokesman Jamal Ware "
            f"defended them.\n\n{clause.capitalize()}, the {noun}'s spokesman said."
        )
        expects = [Expect(clause.capitalize(), "indirect", "Jamal Ware")]
        yield Case("", "named spokesman", text, expects, exact=False)


#: Bodies a wire lede describes, the next paragraph names in apposition.
LEDE_BODIES = (
    ("union", "Havenbond"),
    ("union", "the Harbour Workers Federation"),
    ("company", "Corvel Mining"),
    ("charity", "Sweet Water Now"),
)


def apposed_opening() -> Iterator[Case]:
    """'CITY (Agency) - C, their/its/the NOUN said on Tuesday. | The NOUN, NAME, represents ...'
    -> NAME."""
    combos = itertools.product(LEDE_BODIES, ("their", "the", "its"), CLAUSES)
    for (noun, name), det, clause in sample(combos, 48, "f20nom-lede"):
        text = (
            f"ROTTERDAM, Oct 14 (Reuters) - {clause.capitalize()}, {det} {noun} said on Tuesday.\n\n"
            f"The {noun}, {name}, represents about 6,500 people at the port."
        )
        speaker = name[4:] if name.startswith("the ") else name
        yield Case(
            "", "apposed opening", text, [Expect(clause.capitalize(), "indirect", speaker, None)], exact=False
        )


#: Wire services a story credits in its dateline and names as the one told.
AGENCIES = ("PTI", "ANA", "Reuters")
FIRMS = ("Kalinga Ferro Alloys Ltd", "Corvel Mining Company", "Brakeline Automotive Systems")


def addressee_no_company() -> Iterator[Case]:
    """'CITY, Nov 12 (AGENCY) FIRM reported X. | NAME told AGENCY that C1. | The company said in a
    statement that C2.' -> FIRM, never the wire service."""
    combos = itertools.product(AGENCIES, FIRMS, CLAUSES, LATER)
    for agency, firm, clause, later in sample(combos, 48, "f20nom-wire"):
        text = (
            f"Bhubaneswar, Nov 12 ({agency}) {firm} on Wednesday reported a 38 per cent fall in profit.\n\n"
            f"Its general secretary, Debabrata Samal, told {agency} that {clause}.\n\n"
            f"The company said in a statement that {later}."
        )
        expects = [Expect(f"that {later}", "indirect", firm, None)]
        yield Case("", "wire service", text, expects, exact=False, wrong_speakers=[(f"that {later}", agency)])


ROUND19_F20NOM: tuple[Capability, ...] = (
    named(
        "document.trailing_said_in",
        "2",
        "C1, BODY said in a regulatory filing | According to the filing, C2 / The filing says C2: BODY"
        " (was: the filing as its own speaker)",
        trailing_said_in,
    ),
    named(
        "document.nominal_said_in",
        "2",
        "BODY opened an inquiry | C1, the board wrote in the report | 'Q,' the report states: BODY"
        " (was: report)",
        nominal_said_in,
    ),
    named(
        "document.titled_work",
        "2",
        'a 68-page report, "TITLE," by the Leeds consulting firm FIRM | The report found C: FIRM, not'
        " a quarterly report named before (was: quarterly report)",
        titled_work,
    ),
    named(
        "document.opening_statement",
        "2",
        "In a statement read by its lawyer, NAME, BODY said C1 | 'Q,' the statement said: BODY"
        " (was: statement)",
        opening_statement,
    ),
    named(
        "document.bridged_statement",
        "2",
        "BODY said C1 | C2, the NOUN said. 'Q,' the statement said: BODY; after a person who spoke"
        " aloud, 'statement' (was: statement for both)",
        bridged_statement,
    ),
    named(
        "document.filed_work",
        "2",
        "According to a filing the company submitted to AGENCY, C1. The filing says C2: the company;"
        " a summary published by BODY ... the summary said: BODY (was: 'filing the company', 'summary')",
        filed_work,
    ),
    named(
        "nominal.apposed_description",
        "2",
        "The developer, Edinburgh-based NAME, says C1 | ... | C2, the developer said: NAME; not the"
        " author's apposition for 'the book' (was: developer)",
        apposed_description,
    ),
    named(
        "nominal.numbered_body",
        "2",
        "Weld Valley School District 8 ... the district says: the numbered body (was: district)",
        numbered_body,
    ),
    named(
        "nominal.count_of_children",
        "2",
        "NAME, 58, said C | 'Q,' the grandmother of five said: NAME, a first name inside Q no rival"
        " (was: grandmother of five)",
        count_of_children,
    ),
    named(
        "nominal.long_body_description",
        "2",
        "FIRM reported X | C, the Chicago-based packaged-food maker said: FIRM (was: the description)",
        long_description,
    ),
    named(
        "possessive.nominal_owner",
        "2",
        "Minister NAME announced X | C, the minister's office said: NAME's office; the named"
        " spokesman for the congressman's spokesman (was: minister's office)",
        nominal_owner,
    ),
    named(
        "nominal.apposed_opening",
        "2",
        "wire lede 'C, their union said' | 'The union, NAME, represents ...': NAME (was: their union)",
        apposed_opening,
    ),
    named(
        "nominal.addressee_no_company",
        "2",
        "Nov 12 (PTI) FIRM reported X | NAME told PTI that C1 | The company said C2: FIRM, never the"
        " wire service told or credited (was: PTI)",
        addressee_no_company,
    ),
)
