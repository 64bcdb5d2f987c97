"""Development capabilities added on branch ``h12t`` in the fifteenth round: who is printed as
the speaker and which title.

* A role linked to its place by *from* before a comma and a name (`The Liberal delegate from
  Tasmania, NAME, said`, `said the councillor from Cork, NAME.`) is the name's title.
* A copular relative after a name (`NAME, who is the harbour board's chief engineer,`, `who
  serves as a deputy registrar`) states the title as an apposition would.
* An anonymous source with *briefed on* (`according to four officials briefed on the audit`)
  keeps its whole phrase.
* A relative clause on an apposition (`NAME, a Liberal who has backed neither side, said`)
  describes the name's bearer: the name speaks, never the apposition's noun.
* A bare party word before a name yields to the role stated after it (`Liberal NAME, the
  owner of Tarrant Quarries,` -> *owner of Tarrant Quarries*), and a role set off before a
  name keeps the name's own *of* phrase out, and the name speaks (`The referee, NAME of the
  Northern League,`).
* A document dated between its participle and *by* (`a survey released last week by BODY`)
  credits BODY, and so does a later *The survey said*.
* A company's short name (`Pellworth Storage`) is the company named in full before
  (`Pellworth Storage Holdings LLC`); a union local's number belongs to its name; *the
  company* never refers to a county; a person fronted as a paragraph's topic (`For NAME, the
  ...`) is whom the next *she says* means.

People, bodies, places and sentences of their own. ``captemplates.py`` adds
:data:`ROUND14_H12T` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: Full names of women and men (the gender matters only to the topic capability).
WOMEN = ("Philippa Dunmore", "Rosalind Achterberg", "Imelda Kavanagh-Sowerby", "Tabitha Oyelaran")
MEN = ("Leopold Varga-Nystrom", "Cuthbert Mensah", "Ambrose Kilbride", "Florian Esterhazy")
PEOPLE = WOMEN + MEN
#: Reported clauses (no final stop).
CLAUSES = (
    "the ring road would be finished a year late",
    "the quarry had broken its dust limits twice",
    "the lifeboat station needed a new slipway",
    "the school meals contract would be put out to tender",
    "the river wall had been inspected in the spring",
)
#: Direct quotations (no final punctuation inside the marks).
QUOTES = (
    "We will not let this valley be sold off",
    "Nobody on the estate has seen a single inspector",
    "The ferry is the only road this island has",
)
#: (role, place) linked by *from*.
FROM_ROLES = (
    ("delegate", "Tasmania"),
    ("councillor", "Cork"),
    ("assemblywoman", "Queens"),
    ("state representative", "Manitoba"),
    ("commissioner", "Northumberland"),
)
PARTIES = ("", "Liberal ", "Democratic ", "Republican ")


def role_from_place() -> Iterator[Case]:
    """'The Liberal delegate from Tasmania, NAME, said: "Q"' and '"Q," said the councillor from
    Cork, NAME.' -> NAME, titled with the role and its place."""
    combos = itertools.product(PEOPLE, FROM_ROLES, PARTIES, MARKS, range(2))
    for full, (role, place), party, m, shape in sample(combos, 100, "h12t_from"):
        q = QUOTES[(len(full) + len(role)) % len(QUOTES)]
        title = f"{party}{role} from {place}"
        if shape == 0:
            text = f"The {title}, {full}, said on Monday: {m.q(q + '.')}"
            yield Case("", "before", text, [Expect(m.q(q + "."), "direct", full, title)])
        else:
            text = f"{m.q(q + ',')} said the {title}, {full}."
            yield Case("", "after", text, [Expect(m.q(q + ","), "direct", full, title)])


#: Copular relatives and the titles they state.
COPULAR = (
    ("who is the harbour board's chief engineer", "harbour board's chief engineer"),
    ("who was the council's deputy leader", "council's deputy leader"),
    ("who serves as the trust's finance director", "trust's finance director"),
    ("who is a deputy registrar at the county court", "deputy registrar at the county court"),
    ("who served as the museum's head curator", "museum's head curator"),
)


def copular_relative() -> Iterator[Case]:
    """'"Q," said NAME, who is the harbour board's chief engineer.' and 'NAME, who serves as
    ..., said C.' -> NAME titled with the predicate noun phrase."""
    combos = itertools.product(PEOPLE, COPULAR, MARKS, range(2))
    for full, (rel, title), m, shape in sample(combos, 90, "h12t_copular"):
        k = (len(full) + len(rel)) % len(CLAUSES)
        if shape == 0:
            q = m.q(QUOTES[k % len(QUOTES)] + ",")
            yield Case("", "after", f"{q} said {full}, {rel}.", [Expect(q, "direct", full, title)])
        else:
            text = f"{full}, {rel}, said {CLAUSES[k]}."
            yield Case("", "before", text, [Expect(CLAUSES[k], "indirect", full, title)])


#: Anonymous sources briefed on something.
BRIEFED = (
    "four officials briefed on the audit",
    "two people briefed on the negotiations",
    "an aide briefed on the review",
    "several councillors briefed about the sale",
    "three staff members briefed on the plans",
)


def briefed_source() -> Iterator[Case]:
    """'C, according to four officials briefed on the audit.' -> the whole phrase speaks."""
    combos = itertools.product(CLAUSES, BRIEFED, range(2))
    for clause, source, shape in sample(combos, 50, "h12t_briefed"):
        speaker = source.split(" ", 1)[1] if source.startswith("an ") else source
        if shape == 0:
            text = f"{clause[0].upper()}{clause[1:]}, according to {source}."
            yield Case("", "after", text, [Expect(f"{clause[0].upper()}{clause[1:]}", "indirect", speaker)])
        else:
            text = f"According to {source}, {clause}."
            yield Case("", "before", text, [Expect(clause, "indirect", speaker)])


#: Appositions with a relative clause of their own (*has* before a past form).
RELATIVE_APPOSITIONS = (
    "a Liberal who has farmed the valley since 1990",
    "a fisherman who has worked the bay for years",
    "a landlord who has owned the block since 1998",
    "a Conservative who has chaired the committee twice",
)


def relative_on_apposition() -> Iterator[Case]:
    """'NAME, a Liberal who has farmed the valley since 1990, said C.' -> NAME, not 'Liberal'."""
    combos = itertools.product(PEOPLE, RELATIVE_APPOSITIONS, CLAUSES)
    for full, appos, clause in sample(combos, 60, "h12t_relappos"):
        text = f"{full}, {appos}, said {clause}."
        yield Case("", "said", text, [Expect(clause, "indirect", full)])


#: (party word, role after the name).
PARTY_ROLES = (
    ("Liberal", "owner of Tarrant Quarries"),
    ("Democrat", "founder of Brightwater Cycles"),
    ("Republican", "chairman of the Ellis County Farm Bureau"),
    ("Conservative", "director of the Marram Dunes Trust"),
)


def party_then_role() -> Iterator[Case]:
    """'Liberal NAME, the owner of Tarrant Quarries, said: "Q"' -> title the role, not the party."""
    combos = itertools.product(PEOPLE, PARTY_ROLES, MARKS)
    for full, (party, role), m in sample(combos, 60, "h12t_party"):
        q = m.q(QUOTES[len(full) % len(QUOTES)] + ".")
        text = f"{party} {full}, the {role}, said: {q}"
        yield Case("", "colon", text, [Expect(q, "direct", full, role)])


#: (role, the body after the name).
ROLE_NAME_OF = (
    ("referee", "the Northern League"),
    ("presenter", "Radio Kerrow"),
    ("chairwoman", "Pellham Rowing Club"),
    ("organiser", "the Dunmore Arts Festival"),
)


def role_comma_name_of() -> Iterator[Case]:
    """'The referee, NAME of the Northern League, said: "Q"' -> title 'referee'."""
    combos = itertools.product(PEOPLE, ROLE_NAME_OF, MARKS)
    for full, (role, body), m in sample(combos, 60, "h12t_roleof"):
        q = m.q(QUOTES[len(role) % len(QUOTES)] + ".")
        text = f"The {role}, {full} of {body}, said: {q}"
        yield Case("", "colon", text, [Expect(q, "direct", full, role)])


#: (document, participle, time) and the bodies that issue them.
DOCUMENTS = (
    ("survey", "released", "last week"),
    ("study", "published", "on Tuesday"),
    ("review", "issued", "in March"),
    ("report", "published", "this month"),
)
ISSUERS = ("Halloran Centre for Housing Research", "Coastal Fisheries Institute", "Brenmoor Policy Forum")


def dated_document() -> Iterator[Case]:
    """'C, according to a survey released last week by the BODY.' -> BODY; 'The survey said D.'
    in the next paragraph -> BODY too."""
    combos = itertools.product(DOCUMENTS, ISSUERS, range(2))
    for (doc, part, when), body, shape in sample(combos, 40, "h12t_doc"):
        k = (len(doc) + len(body)) % len(CLAUSES)
        first = f"{CLAUSES[k][0].upper()}{CLAUSES[k][1:]}"
        text = f"{first}, according to a {doc} {part} {when} by the {body}."
        expects = [Expect(first, "indirect", body)]
        if shape:
            later = CLAUSES[(k + 1) % len(CLAUSES)]
            text += f"\n\nThe {doc} said {later}."
            expects.append(Expect(later, "indirect", body))
        yield Case("", "then" if shape else "alone", text, expects)


#: (full company name, short name).
COMPANIES = (
    ("Pellworth Storage Holdings LLC", "Pellworth Storage"),
    ("Ardagh Vale Homes Inc.", "Ardagh Vale Homes"),
    ("Kestrelmoor Logistics Group", "Kestrelmoor Logistics"),
)


def company_short_name() -> Iterator[Case]:
    """'... BODY in full ...' then 'SHORT, which ..., said C.' -> the company's full name. (The
    judge's ruling is a report too, as PolNeAR keys *ruled that*: expected since round 16, when
    quotex began to read a time adjunct before *that*.)"""
    combos = itertools.product(COMPANIES, CLAUSES, PEOPLE[:4])
    for (full, short), clause, judge in sample(combos, 40, "h12t_company"):
        ruling = f"that {full} had broken its lease terms"
        text = (
            f"Judge {judge} ruled on Friday {ruling}.\n\n"
            f"{short}, which bought the site in 2019, said {clause}."
        )
        yield Case("", "short", text, [Expect(ruling, "indirect", judge), Expect(clause, "indirect", full)])


#: (union local with its number, a plural role in its name).
LOCALS = (
    "Amalgamated Dock Workers Local 414",
    "United Bus Drivers Local 88",
    "Allied Hospital Porters Local 1206",
)


def union_local() -> Iterator[Case]:
    """'LOCAL NNN, which represents ..., issued a statement on Monday. "Q," the statement said.'
    -> the local by its full name, no title."""
    combos = itertools.product(LOCALS, QUOTES, MARKS)
    for local, quote, m in sample(combos, 36, "h12t_local"):
        q = m.q(quote + ",")
        text = (
            f"{local}, which represents about 700 members, issued a statement on Monday.\n\n"
            f"{q} the statement said."
        )
        yield Case("", "statement", text, [Expect(q, "direct", local, None)])


def company_not_county() -> Iterator[Case]:
    """'BODY said ... the Harlan County plant ...' then 'The company said C.' -> BODY."""
    places = ("Harlan County", "Barrow County", "Dorset County")
    combos = itertools.product(COMPANIES, places, CLAUSES)
    for (full, _), place, clause in sample(combos, 40, "h12t_county"):
        text = (
            f"{full} said on Thursday it would delay its new warehouse.\n\n"
            f"Work on the {place} site will now start in 2029.\n\n"
            f"The company said {clause}."
        )
        first = "it would delay its new warehouse"
        yield Case("", "company", text, [Expect(first, "indirect", full), Expect(clause, "indirect", full)])


def topic_person() -> Iterator[Case]:
    """'NAME1 said "Q1," she said.' then 'For NAME2, the ... means ...' then '"Q2," she says.'
    -> NAME2, the paragraph's topic."""
    combos = itertools.product(WOMEN, WOMEN, MARKS)
    for first, topic, m in sample(combos, 40, "h12t_topic"):
        if first == topic:
            continue
        q1 = m.q(QUOTES[len(first) % len(QUOTES)] + ",")
        q2 = m.q(QUOTES[(len(first) + 1) % len(QUOTES)] + ",")
        text = (
            f"{topic} runs the village shop with her brother. {first}, who chairs the residents' group,"
            f" spoke first. {q1} she said.\n\n"
            f"For {topic.split()[-1]}, the closure means a forty-minute drive to the nearest surgery.\n\n"
            f"{q2} she says."
        )
        yield Case("", "topic", text, [Expect(q1, "direct", first), Expect(q2, "direct", topic)])


#: Unnamed speakers of no known gender and what their relative clause says of a named man.
UNNAMED = ("A driver from Leeds", "A teacher at the village school", "A nurse at the clinic", "One tenant")
PASSING = ("who called {n} a liar", "who sat next to {n} on the bus", "who drove {n} home after the meeting")


def passing_name() -> Iterator[Case]:
    """'A driver from Leeds, who called NAME a liar, said C. "Q," he said.' -> C is the
    driver's; Q never NAME's (round 17: the driver's, as the description that just spoke goes
    on over the names of its relative clause; a description with no role noun, *One tenant*,
    still credits nobody)."""
    combos = itertools.product(UNNAMED, PASSING, MEN, MARKS)
    for who, rel, man, m in sample(combos, 60, "h12t_passing"):
        k = (len(who) + len(man)) % len(CLAUSES)
        q = m.q(QUOTES[k % len(QUOTES)] + ",")
        text = f"{who}, {rel.format(n=man)}, said {CLAUSES[k]}. {q} he said."
        bare = who.split(" ", 1)[1]
        speakers = (bare, who, who.lower(), bare.split()[0])
        expected = [Expect(CLAUSES[k], "indirect", speakers)]  # (Q: the description's, or nobody's)
        yield Case("", "relative", text, expected, exact=False, wrong_speakers=((q, man),))


ROUND14_H12T: tuple[Capability, ...] = (
    named(
        "speaker.role_from_place",
        "2",
        "The PARTY ROLE from PLACE, NAME, said / said the ROLE from PLACE, NAME",
        role_from_place,
    ),
    named(
        "title.copular_relative",
        "3",
        "NAME, who is the BODY's ROLE / who serves as ROLE: the title",
        copular_relative,
    ),
    named("source.briefed_on", "2", "according to N people briefed on X: the whole phrase", briefed_source),
    named(
        "speaker.relative_on_apposition",
        "2",
        "NAME, a NOUN who has ..., said C: NAME speaks",
        relative_on_apposition,
    ),
    named(
        "title.party_then_role",
        "3",
        "PARTY NAME, the ROLE of BODY, said: the role is the title",
        party_then_role,
    ),
    named("title.role_comma_name_of", "3", "The ROLE, NAME of BODY, said: title ROLE", role_comma_name_of),
    named(
        "speaker.dated_document",
        "2",
        "according to a DOC published last week by BODY; The DOC said: BODY",
        dated_document,
    ),
    named(
        "speaker.company_short_name",
        "2",
        "FULL Holdings LLC ... SHORT, which ..., said: the full name",
        company_short_name,
    ),
    named(
        "speaker.union_local", "2", "NAME Workers Local NNN ... the statement said: the local", union_local
    ),
    named(
        "speaker.company_not_county",
        "2",
        "BODY ... the X County site ... The company said: BODY",
        company_not_county,
    ),
    named(
        "speaker.passing_name",
        "2",
        "A NOUN, who called NAME a liar, said C. 'Q,' he said: Q not NAME's",
        passing_name,
    ),
    named("speaker.topic_person", "2", "For NAME, the ... means ...; 'Q,' she says: NAME", topic_person),
)
