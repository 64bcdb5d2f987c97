"""Development capabilities added on branch ``f23org`` in the twenty-third round: a body that
speaks under another name than its full one.

* Its initialism, never defined in brackets (*The Securities and Futures Commission fined ...
  The SFC said*): the body's full name.
* Its kind, which its name states through another noun (*the Competition Commission ... the
  regulator said*; *the ... Authority ... the watchdog said*), beside a firm whose name states
  its own kind (*Kelso Brokers Limited*): the body of that kind; two bodies of the kind in play:
  no body (the description stays).
* A document that speaks for its issuer (*according to an assessment published by BODY ...
  The report found*; *budget papers released by BODY ... The papers forecast*): the issuer;
  *In a report published on Monday, BODY said ... The report also warns*: BODY); a document
  no text credits stays the source (never a body merely mentioned).
* A body of no stated kind that an apposition with a defining participle introduced
  (*Voltara, a Melbourne e-bike maker founded in 2019, ... The company says*): that body.
* A body that an apposition or a descriptor gives a kind its name does not hold (*the
  Democratic Unity Alliance, the main opposition party, ... The party said*; *the amateur club
  Tarn Valley Wanderers*): that body; two bodies so described: neither.
* A firm's name before an amount in a currency (*fined Kelso Brokers Limited HK$12 million*):
  the name without the amount.

Bodies, firms and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_F23ORG` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Public bodies of three capitalised words or more, with their initialisms (no bracket
#: defines them in the text).
BODIES = (
    ("Securities and Futures Commission", "SFC"),
    ("Kenya Revenue Authority", "KRA"),
    ("National Transport Safety Board", "NTSB"),
    ("Australian Competition and Consumer Commission", "ACCC"),
    ("Canadian Food Inspection Agency", "CFIA"),
    ("Central Bank of Nigeria", "CBN"),
    ("Federal Aviation Administration", "FAA"),
    ("Irish Medicines Regulatory Board", "IMRB"),
    ("Malaysian Anti-Corruption Commission", "MACC"),
    ("Office for Nuclear Regulation", "ONR"),
    ("Solent Water Quality Authority", "SWQA"),
    ("Philippine Coast Guard", "PCG"),
)
#: Regulators whose name's head noun is *Commission*, *Authority*, *Regulator* or *Inspectorate*.
REGULATORS = (
    "Securities and Futures Commission",
    "Financial Conduct Authority",
    "Competition Commission of India",
    "Kenya Revenue Authority",
    "Malaysian Anti-Corruption Commission",
    "Nordic Energy Regulator",
    "Drinking Water Inspectorate",
    "Australian Communications and Media Authority",
    "Hellenic Gaming Commission",
    "Civil Aviation Authority of Singapore",
)
#: Firms whose names end in a legal form or a trade word.
FIRMS = (
    "Kelso Brokers Limited",
    "Harrowgate Foods Plc",
    "Oyelaran Shipping Holdings",
    "Brightwater Utilities Ltd",
    "Mirafiori Logistics",
    "Tanaka Haruto Securities",
    "Vasquez Pharma Group",
    "Ravensholt Energy AG",
)
#: Amounts in a currency written with a letter prefix.
AMOUNTS = ("HK$48 million", "NZ$2.5m", "A$310,000", "US$12 million", "S$900,000", "C$1.2 billion")
#: What a body did, in the past, with {f} a firm and {m} an amount.
ACTS = (
    "fined {f} {m} on Thursday",
    "ordered {f} to pay {m}",
    "imposed a penalty of {m} on {f}",
    "opened an inquiry into {f} last month",
)
#: Reported clauses and direct quotations.
CLAUSES = (
    "the firm had ignored repeated warnings",
    "it would publish its full findings next week",
    "other companies should review their controls",
    "the penalty reflected the scale of the failures",
)
QUOTES = (
    "Customers were let down for far too long",
    "This case should be a warning to the whole industry",
    "We expect every firm to know who its clients are",
)
#: Cue verbs in several tenses.
CUES = ("said", "says", "told reporters", "has said", "added")
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _direct(quote: str, marks: tuple[str, str], who: str, cue: str, front: bool) -> tuple[str, str]:
    """A direct quotation and its sentence: the quote first or the speaker first."""
    op, cl = marks
    if front:
        return f"{op}{quote},{cl} {who} {cue}.", f"{op}{quote},{cl}"
    cue = cue if cue != "told reporters" else "told reporters:"
    sep = "" if cue.endswith(":") else ":"
    return f"{who[:1].upper()}{who[1:]} {cue}{sep} {op}{quote}.{cl}", f"{op}{quote}.{cl}"


def initialism_later() -> Iterator[Case]:
    """'The Kenya Revenue Authority fined X. ... The KRA said that ...' -> the full name."""
    combos = itertools.product(BODIES, FIRMS, ACTS, AMOUNTS, CLAUSES, CUES, (False, True), (False, True))
    for (full, short), firm, act, amount, clause, cue, brk, headline in sample(combos, 240, "f23org-init"):
        lead = f"The {full} {act.format(f=firm, m=amount)}."
        head = f"{short} acts against {firm.split()[0]}\n\n" if headline else ""
        sep = "\n\n" if brk else " "
        cue_word = cue if cue != "told reporters" else "told reporters"
        text = f"{head}{lead}{sep}The {short} {cue_word} that {clause}."
        yield Case("", "initialism", text, [Expect(f"that {clause}", "indirect", full, None)], exact=False)


def initialism_direct() -> Iterator[Case]:
    """'The Federal Aviation Administration ... "Q," the FAA said.' -> the full name."""
    combos = itertools.product(BODIES, FIRMS, ACTS, AMOUNTS, QUOTES, CUES, MARKS, (False, True))
    for (full, short), firm, act, amount, quote, cue, (op, cl), front in sample(combos, 200, "f23org-initd"):
        lead = f"The {full} {act.format(f=firm, m=amount)}."
        sentence, content = _direct(quote, (op, cl), f"the {short}", cue, front)
        text = f"{lead}\n\n{sentence}"
        yield Case("", "initialism-direct", text, [Expect(content, "direct", full, None)], exact=False)


def regulator_by_kind() -> Iterator[Case]:
    """'The Financial Conduct Authority fined Kelso Brokers Limited X. "Q," the regulator
    said.' -> the Authority (a firm named with its legal form is no regulator)."""
    combos = itertools.product(
        REGULATORS, FIRMS, ACTS, AMOUNTS, QUOTES, CUES, MARKS, ("regulator", "watchdog"), (False, True)
    )
    for reg, firm, act, amount, quote, cue, (op, cl), noun, front in sample(combos, 240, "f23org-kind"):
        lead = f"The {reg} {act.format(f=firm, m=amount)}."
        sentence, content = _direct(quote, (op, cl), f"the {noun}", cue, front)
        text = f"{lead}\n\n{sentence}"
        yield Case(
            "",
            "kind",
            text,
            [Expect(content, "direct", reg, None)],
            exact=False,
            wrong_speakers=[(content, firm)],
        )


def two_regulators() -> Iterator[Case]:
    """'The A Commission and the B Authority ... the regulator said' -> no body (either may be
    meant)."""
    pairs = [(a, b) for a, b in itertools.permutations(REGULATORS, 2) if a.split()[-1] != b.split()[-1]]
    combos = itertools.product(pairs, CLAUSES, CUES, ("regulator", "watchdog"))
    for (a, b), clause, cue, noun in sample(combos, 120, "f23org-two"):
        text = (
            f"The {a} and the {b} opened a joint inquiry on Monday.\n\n"
            f"The {noun} {cue if cue != 'told reporters' else 'told reporters'} that {clause}."
        )
        yield Case(
            "",
            "two-kinds",
            text,
            [Expect(f"that {clause}", "indirect", (noun, f"the {noun}", "both"), None)],
            exact=False,
            wrong_speakers=[(clause, a), (clause, b)],
        )


def firm_before_amount() -> Iterator[Case]:
    """'The X Commission fined Kelso Brokers Limited HK$48 million ... Kelso said that ...' ->
    'Kelso Brokers Limited' (the amount is no part of its name)."""
    combos = itertools.product(REGULATORS, FIRMS, AMOUNTS, CLAUSES, CUES, (False, True))
    for reg, firm, amount, clause, cue, brk in sample(combos, 200, "f23org-amount"):
        sep = "\n\n" if brk else " "
        text = f"The {reg} fined {firm} {amount} on Thursday.{sep}{firm.split()[0]} {cue} that {clause}."
        yield Case(
            "",
            "amount",
            text,
            [Expect(f"that {clause}", "indirect", firm, None)],
            exact=False,
            wrong_speakers=[(clause, f"{firm} {amount.split()[0]}")],
        )


#: Issuing bodies of documents.
ISSUERS = (
    "Department of Treasury and Finance",
    "International Panel on Delta Soils",
    "Kessel Institute for Fiscal Studies",
    "Hollin Volcano Observatory",
    "Ngata Research Trust",
    "Office for Budget Responsibility",
    "Centre for Coastal Policy",
    "Okonkwo Foundation",
)
#: (first document noun, the noun that names it again).
DOCUMENTS = (
    ("report", "report"),
    ("assessment", "report"),
    ("audit", "report"),
    ("review", "report"),
    ("survey", "study"),
    ("analysis", "study"),
    ("bulletin", "bulletin"),
    ("budget papers", "papers"),
    ("update", "update"),
)
#: Participles of issuing.
ISSUED = ("published", "released", "issued", "published on Wednesday", "released last week")
#: Findings a document reports (a lead, then a finding).
LEADS = (
    "Household debt has risen for a third year",
    "Water levels in the lake are falling",
    "Rents in the capital have doubled since 2015",
)
FINDINGS = (
    "one in three households is behind on payments",
    "the trend would continue until at least 2030",
    "about 40,000 people were affected",
)
#: Cue verbs of documents.
DOC_CUES = ("found", "warns", "says", "estimates", "concluded", "shows")


def document_issuer() -> Iterator[Case]:
    """'L, according to an assessment published by BODY. The report found that F.' -> BODY."""
    combos = itertools.product(ISSUERS, DOCUMENTS, ISSUED, LEADS, FINDINGS, DOC_CUES, (False, True))
    for body, (doc, again), issued, lead, finding, cue, brk in sample(combos, 240, "f23org-doc"):
        art = "" if doc.endswith("s") else ("an " if doc[0] in "aeiou" else "a ")
        sep = "\n\n" if brk else " "
        cue_sentence = f"The {again} {cue} that {finding}."
        text = f"{lead}, according to {art}{doc} {issued} by the {body}.{sep}{cue_sentence}"
        yield Case("", "document", text, [Expect(f"that {finding}", "indirect", body, None)], exact=False)


def document_without_issuer() -> Iterator[Case]:
    """'BODY fined a firm. The report found that F.' (no report credited to anyone) -> no
    body: the document stays the source."""
    combos = itertools.product(ISSUERS, DOCUMENTS, FINDINGS, DOC_CUES)
    for body, (_doc, again), finding, cue in sample(combos, 120, "f23org-nodoc"):
        text = f"Officials from the {body} visited the site on Monday.\n\nThe {again} {cue} that {finding}."
        yield Case(
            "",
            "no-issuer",
            text,
            [Expect(f"that {finding}", "indirect", (again, f"the {again}"), None)],
            exact=False,
            wrong_speakers=[(f"that {finding}", body)],
        )


#: Bodies of one invented word, whose name states no kind.
BRANDS = ("Voltara", "Kiriwai", "Zembla", "Oyelade", "Lumenvik", "Tshedza", "Quorbit", "Havnaas")
#: (place, trade noun) of an apposition.
TRADES = (
    ("Melbourne", "e-bike maker"),
    ("Lagos", "fintech startup"),
    ("Oslo", "ferry operator"),
    ("Leeds", "software company"),
    ("Nairobi", "solar firm"),
    ("Auckland", "supermarket chain"),
)
#: Past participle phrases after an apposition's head.
DEFINING = (
    "founded in 2019",
    "backed by two pension funds",
    "listed on the local exchange",
    "owned by its staff",
    "headquartered near the airport",
    "based in the old docks",
)
#: What the body did, in the past, and the noun that names it again.
DID = ("announced a recall on Monday", "cut 300 jobs last week", "confirmed the delay in a statement")
AGAIN = ("company", "firm")


def apposed_body_defined() -> Iterator[Case]:
    """'Voltara, a Melbourne e-bike maker founded in 2019, announced X. The company says that
    C.' -> Voltara."""
    combos = itertools.product(BRANDS, TRADES, DEFINING, DID, AGAIN, CLAUSES, CUES, (False, True))
    for brand, (place, trade), defining, did, again, clause, cue, brk in sample(combos, 200, "f23org-app"):
        sep = "\n\n" if brk else " "
        text = f"{brand}, a {place} {trade} {defining}, {did}.{sep}The {again} {cue} that {clause}."
        yield Case("", "apposed", text, [Expect(f"that {clause}", "indirect", brand, None)], exact=False)


#: (name, kind noun, apposition or descriptor with {k} the kind noun): bodies whose name
#: does not hold the noun that names them again.
DESCRIBED = (
    ("Democratic Unity Alliance", "party", "{n}, the main opposition {k},"),
    ("Mercia Foxes", "club", "{n}, a Birmingham cricket {k},"),
    ("Diabetes Technology Review", "journal", "{n}, a monthly medical {k},"),
    ("Tarn Valley Wanderers", "club", "the amateur {k} {n}"),
    ("Samaki Workers Federation", "union", "{n}, the country's largest fishing {k},"),
    ("Partido Verde Andino", "party", "{n}, a left-wing {k} founded in 2009,"),
    ("Ngarra Rangers", "team", "{n}, the Darwin rugby {k},"),
    ("Kestrel Review of Books", "journal", "the literary {k} {n}"),
)
#: What the body did (in the past).
BODY_DID = ("tabled a motion on Monday", "announced the changes on Friday", "issued a statement last week")


def described_kind() -> Iterator[Case]:
    """'The Democratic Unity Alliance, the main opposition party, tabled X. The party said that
    C.' (or 'the amateur club Tarn Valley Wanderers') -> the body that was so described."""
    combos = itertools.product(DESCRIBED, BODY_DID, CLAUSES, CUES, (False, True))
    for (name, kind, shape), did, clause, cue, brk in sample(combos, 200, "f23org-described"):
        sep = "\n\n" if brk else " "
        lead = shape.format(n=name, k=kind)
        lead = lead[:1].upper() + lead[1:] if lead.startswith("the ") else f"The {lead}"
        text = f"{lead} {did}.{sep}The {kind} {cue} that {clause}."
        yield Case("", "described", text, [Expect(f"that {clause}", "indirect", name, None)], exact=False)


def described_two() -> Iterator[Case]:
    """Two bodies described with the same kind noun: 'The party said' names neither."""
    pairs = [(x, y) for x, y in itertools.permutations(DESCRIBED, 2) if x[1] == y[1]]
    combos = itertools.product(pairs, CLAUSES, CUES)
    for ((a, kind, shape_a), (b, _kind, shape_b)), clause, cue in sample(combos, 200, "f23org-described2"):
        lead_a, lead_b = shape_a.format(n=a, k=kind), shape_b.format(n=b, k=kind)
        lead_a = lead_a[:1].upper() + lead_a[1:] if lead_a.startswith("the ") else f"The {lead_a}"
        lead_b = lead_b if lead_b.startswith("the ") else f"the {lead_b}"
        text = f"{lead_a} met {lead_b.rstrip(',')} on Monday.\n\nThe {kind} {cue} that {clause}."
        yield Case(
            "",
            "described-two",
            text,
            [Expect(f"that {clause}", "indirect", (kind, f"the {kind}"), None)],
            exact=False,
            wrong_speakers=[(f"that {clause}", a), (f"that {clause}", b)],
        )


#: Fronted document phrases with {d} the document noun.
FRONTED = (
    "In a {d} published on Monday",
    "In its annual {d}",
    "In a {d} released on Thursday",
    "In a new {d}",
)
#: Verbs of saying in the present and the past.
SAID_IN = ("said", "says", "wrote", "noted", "stated")


def document_fronted() -> Iterator[Case]:
    """'In a report published on Monday, BODY said that L. / The report also warns that F.'
    -> BODY for both."""
    docs = ("report", "review", "bulletin", "assessment")
    combos = itertools.product(ISSUERS, docs, FRONTED, SAID_IN, LEADS, FINDINGS, (False, True))
    for body, doc, front, verb, lead, finding, brk in sample(combos, 200, "f23org-fronted"):
        opening = front.format(d=doc)
        sep = "\n\n" if brk else " "
        again = "report" if doc == "assessment" else doc
        low = lead[:1].lower() + lead[1:]
        text = f"{opening}, the {body} {verb} that {low}.{sep}The {again} also warns that {finding}."
        yield Case("", "fronted", text, [Expect(f"that {finding}", "indirect", body, None)], exact=False)


ROUND22_F23ORG: tuple[Capability, ...] = (
    named(
        "org.initialism_undefined",
        "5",
        "The Kenya Revenue Authority fined X. The KRA said that C.: the full name (no bracket defines it)",
        initialism_later,
    ),
    named(
        "org.initialism_direct",
        "5",
        'The Federal Aviation Administration fined X. "Q," the FAA said.: the full name',
        initialism_direct,
    ),
    named(
        "org.regulator_by_name_kind",
        "5",
        'The Financial Conduct Authority fined Kelso Brokers Limited X. "Q," the regulator said.: the FCA',
        regulator_by_kind,
    ),
    named(
        "org.two_regulators_abstain",
        "5",
        "The A Commission and the B Authority ... The regulator said that C.: no body named",
        two_regulators,
    ),
    named(
        "org.firm_before_amount",
        "5",
        "fined Kelso Brokers Limited HK$48 million. Kelso said that C.: the firm's name, no amount in it",
        firm_before_amount,
    ),
    named(
        "org.apposed_body_defined",
        "4",
        "Voltara, a Melbourne e-bike maker founded in 2019, announced X. The company says that C.: Voltara",
        apposed_body_defined,
    ),
    named(
        "org.described_kind",
        "4",
        "The Democratic Unity Alliance, the main opposition party, tabled X. The party said that C.: it",
        described_kind,
    ),
    named(
        "org.described_two_abstain",
        "4",
        "The A Alliance, an opposition party, met the B Front, a party. The party said that C.: no body",
        described_two,
    ),
    named(
        "org.document_speaks_for_issuer",
        "5",
        "L, according to an assessment published by BODY. The report found that F.: BODY",
        document_issuer,
    ),
    named(
        "org.document_fronted_in",
        "5",
        "In a report published on Monday, BODY said that L. The report also warns that F.: BODY",
        document_fronted,
    ),
    named(
        "org.document_without_issuer",
        "5",
        "Officials from BODY visited. The report found that F.: the report (no body merely mentioned)",
        document_without_issuer,
    ),
)
