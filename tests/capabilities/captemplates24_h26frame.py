"""Development capabilities added on branch ``h26frame`` in the twenty-fifth round: a quantifier
pronoun in a coordinated clause speaks for its group, and a participle inside a fronted
prepositional phrase is no cue of its own.

* *NAME visited the dockers. They would not be named, but all said C.*: *all* (like *both*,
  *most*, *several*) is the subject of its clause, and the speaker is named as quotex names
  *both said* / *most said*: the quantifier itself (or its partitive phrase).
* *In a circular sent round the depots on Monday, ORG warned that C.*: the fronted phrase ends at
  its comma; its participle (*sent*, *posted*, *published*) is a reduced relative on the
  document noun, not a finite verb with the document as subject; ORG speaks.
* Guards: *..., but all went back to work.* (no report), *The dockers, all said to be
  unpaid, ...* is not tested; *A circular posted on Monday said C.* (the document itself is the
  subject of a finite cue) keeps its quotation; *In Oslo, ORG warned that C.* keeps ORG.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_H26FRAME` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons of several cultures who meet the group and do not speak.
PEOPLE = (
    "Marta Ruiz",
    "Kwame Asante",
    "Ingrid Solberg",
    "Hiroshi Tanaka",
    "Aisha Bello",
    "Dmitri Volkov",
    "Priya Raghavan",
    "Seamus O'Leary",
)
#: Groups: (plural noun phrase, place).
GROUPS = (
    ("bus drivers", "at the depot"),
    ("night nurses", "outside the hospital"),
    ("tenants", "in the stairwell"),
    ("fishermen", "on the quay"),
    ("cleaners", "at the station"),
    ("street vendors", "near the market"),
)
#: First conjuncts that give no report.
FIRST_CONJUNCTS = (
    "They would not be named",
    "None of them wanted to be photographed",
    "Few were willing to give their names",
    "They asked not to be identified",
)
#: Quantifier pronouns and the names quotex may give them.
QUANTIFIERS = ("all", "both", "most", "several", "many", "some")
#: Cue verbs before a bare clause.
CUES = ("said", "insisted", "complained that", "told us", "warned", "claimed")
#: Reported clauses.
CLAUSES = (
    "the rota had been changed without warning",
    "they had not been paid since March",
    "the new contracts were worse than the old ones",
    "nobody from the company had come to see them",
)
#: Conjunctions before the quantifier.
LINKS = ("but", "and")


def _accepted(quant: str, plural: str) -> tuple[str, ...]:
    return (quant, f"{quant} of them", f"{quant} of the {plural}", f"{quant} the {plural}", plural)


def coordinated_all_said() -> Iterator[Case]:
    """'N met GROUP PLACE. FIRST, but/and QUANT CUE C.' -> QUANT (the group) speaks C; N never."""
    combos = itertools.product(PEOPLE, GROUPS, FIRST_CONJUNCTS, QUANTIFIERS, CUES, CLAUSES, LINKS)
    for n, (plural, place), first, quant, cue, clause, link in sample(combos, 420, "h26frame-quant"):
        text = f"{n} met {plural} {place} on Friday. {first}, {link} {quant} {cue} {clause}."
        content = f"that {clause}" if cue.endswith("that") else clause
        expected = [Expect(content, "indirect", _accepted(quant, plural))]
        yield Case("", "quant", text, expected, exact=False, wrong_speakers=[(content, n)])


def sentence_all_said() -> Iterator[Case]:
    """'N met GROUP PLACE. All/Most of the GROUP CUE C.' -> the quantifier phrase speaks C."""
    combos = itertools.product(PEOPLE, GROUPS, ("All", "All of them", "Each of them"), CUES, CLAUSES)
    for n, (plural, place), quant, cue, clause in sample(combos, 150, "h26frame-all"):
        text = f"{n} met {plural} {place} on Friday. {quant} {cue} {clause}."
        low = quant.lower()
        content = f"that {clause}" if cue.endswith("that") else clause
        expected = [Expect(content, "indirect", (low, quant.split()[0].lower(), f"{low} {plural}", plural))]
        yield Case("", "all", text, expected, exact=False, wrong_speakers=[(content, n)])


#: Non-report verb phrases after the quantifier.
NO_REPORT = (
    "went back to work on Monday",
    "walked out at noon",
    "stayed until the last bus had gone",
    "signed the petition",
)


def coordinated_no_report() -> Iterator[Case]:
    """Guard: 'FIRST, but all went back to work.' -> no quotation at all."""
    firsts = ("They would not be named", "The shift had ended early")
    combos = itertools.product(PEOPLE, GROUPS, firsts, ("all", "both", "most"), NO_REPORT, LINKS)
    for n, (plural, place), first, quant, rest, link in sample(combos, 120, "h26frame-noreport"):
        text = f"{n} met {plural} {place} on Friday. {first}, {link} {quant} {rest}."
        yield Case("", "noreport", text, [], exact=True)


#: Issuing bodies.
ORGS = (
    "the Harbour Board",
    "Northfield Water",
    "the Teachers' Federation",
    "the Ministry of Transport",
    "Kestrel Airways",
    "the city council",
)
#: Documents with a participle phrase: (noun, participle phrase).
DOCUMENTS = (
    ("notice", "posted at the main gate"),
    ("circular", "sent round the depots on Monday"),
    ("letter", "published on its website"),
    ("memo", "issued to all staff last week"),
    ("bulletin", "pinned to the canteen wall"),
    ("statement", "released shortly after midnight"),
    ("leaflet", "handed out at the station"),
    ("notice", "posted on the door of the office"),
)
#: Cue verbs of the main clause.
ORG_CUES = ("warned", "said", "announced", "confirmed", "stated")
#: Reported clauses of the bodies.
ORG_CLAUSES = (
    "the service would be suspended for a week",
    "no jobs would be lost in the merger",
    "the fees would rise in the spring",
    "the old bridge would close to lorries",
)


def _org_name(org: str) -> str:
    return org[4:] if org.startswith("the ") else org


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fronted_participle_document() -> Iterator[Case]:
    """'In a DOC PARTICIPLE-PHRASE, ORG CUE that C.' -> ORG speaks 'that C' (the document is ORG's)."""
    combos = itertools.product(ORGS, DOCUMENTS, ORG_CUES, ORG_CLAUSES, ("In a", "In its"))
    for org, (noun, part), cue, clause, det in sample(combos, 300, "h26frame-doc"):
        text = f"{det} {noun} {part}, {org} {cue} that {clause}."
        expected = [Expect(f"that {clause}", "indirect", (org, _org_name(org)))]
        yield Case("", "doc", text, expected, exact=True)


def document_subject_guard() -> Iterator[Case]:
    """Guard: 'A DOC PARTICIPLE-PHRASE CUE that C.' (the document is the subject of a finite cue)
    and 'In PLACE, ORG CUE that C.' keep their quotations."""
    combos = itertools.product(ORGS, DOCUMENTS, ORG_CUES, ORG_CLAUSES, (0, 1))
    for org, (noun, part), cue, clause, shape in sample(combos, 160, "h26frame-docguard"):
        if shape == 0:
            text = f"{_cap(org)} put out a {noun} on Monday. The {noun}, {part}, {cue} that {clause}."
        else:
            text = f"In a {noun} on Monday, {org} {cue} that {clause}."
        expected = [Expect(f"that {clause}", "indirect", (org, _org_name(org), f"the {noun}", noun))]
        yield Case("", "docguard", text, expected, exact=False)


#: Titles whose modifier is a lower-case plural before the role: (title, role).
PLURAL_MODIFIER_TITLES = (
    ("operations director", "director"),
    ("sales manager", "manager"),
    ("communications chief", "chief"),
    ("affairs spokesperson", "spokesperson"),
    ("logistics coordinator", "coordinator"),
)
#: Open-class verbs of manner of speaking that the lexicon need not know.
OPEN_CUES = ("grumps", "grumbles", "quips", "fumed", "huffs")
#: Named persons for the open-cue frames.
SPEAKERS = ("Ingrid Solberg", "Kwame Asante", "Nguyen Thi Lan", "Rahul Deshmukh", "Ana Folau")
#: Quotations of one sentence.
QUOTES = (
    "The timetable was never realistic",
    "Nobody asked us before the change",
    "We will not pay for their mistakes",
)


def open_cue_plural_modifier() -> Iterator[Case]:
    """'"Q," ORG operations director NAME grumps.' -> NAME, never ORG (the plural *operations*
    modifies the role; it is no verb)."""
    combos = itertools.product(ORGS, PLURAL_MODIFIER_TITLES, OPEN_CUES, SPEAKERS, QUOTES)
    for org, (title, _role), cue, n, q in sample(combos, 200, "h26frame-opencue"):
        quote = f'"{q},"'
        text = f"{quote} {_cap(org)} {title} {n} {cue}."
        yield Case(
            "",
            "opencue",
            text,
            [Expect(quote, "direct", n)],
            exact=False,
            wrong_speakers=[(quote, _org_name(org))],
        )


#: Sentences after the idiom *All told,* / *All said and done,* with their reported clause.
ALL_TOLD = (
    ("All told, the agency said {n} had worked 40 shifts.", "{n} had worked 40 shifts"),
    ("All said and done, the agency said {n} had been paid.", "{n} had been paid"),
)


def all_told_guard() -> Iterator[Case]:
    """Guard: 'All told, the agency said C.' -> the agency, never 'All' (a fixed adverbial)."""
    for (tpl, clause), n in itertools.product(ALL_TOLD, SPEAKERS):
        text, content = tpl.format(n=n), clause.format(n=n)
        yield Case("", "alltold", text, [Expect(content, "indirect", ("agency", "the agency"))], exact=False)


ROUND24_H26FRAME: tuple[Capability, ...] = (
    named(
        "quantified.all_told_guard",
        "2",
        "guard: All told, the agency said C.: the agency speaks, never 'All'",
        all_told_guard,
    ),
    named(
        "cues.open_cue_plural_modifier",
        "3",
        "'\"Q,\" ORG operations director NAME grumps.': NAME (a plural before a role is no open-class verb)",
        open_cue_plural_modifier,
    ),
    named(
        "quantified.coordinated_all_said",
        "2",
        "FIRST, but all/both/most said C.: the quantifier (its group) speaks, never the person named before",
        coordinated_all_said,
    ),
    named(
        "quantified.sentence_all_said",
        "2",
        "All said C. / All of them said C. / Each of them said C.: the quantifier phrase speaks",
        sentence_all_said,
    ),
    named(
        "quantified.coordinated_no_report",
        "2",
        "guard: FIRST, but all went back to work.: no quotation",
        coordinated_no_report,
    ),
    named(
        "frame.fronted_participle_document",
        "5",
        "In a notice posted at the gate, ORG warned that C.: ORG speaks; the participle is no cue",
        fronted_participle_document,
    ),
    named(
        "frame.document_subject_guard",
        "5",
        "guard: The notice, posted at the gate, warned that C. / In a notice on Monday, ORG said C.: kept",
        document_subject_guard,
    ),
)
