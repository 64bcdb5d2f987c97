"""Eighth held-out round: capabilities written at commit ``201cf50``, before the eleventh round's
rule changes, by a helper who did not read quotex's rule modules, and run once.

The templates follow the issue's eight groups with fillers of their own (``heldout8data.py``:
people of ten name shapes and many origins, bodies, places, quotations, clauses, speech verbs,
roles, datelines, bylines) that no development template, earlier held-out round or rule test
uses, and phrasings those lack: a phrase between speaker and cue (`NAME, who has lived in PLACE
all her life, said`, `a cook from the harbour café said`, `a spokeswoman for BODY in PLACE
said`); unlisted speech verbs (`intoned`, `shouted back`) in five positions; `one of the divers
... said another`, `a third added`, `Most of them`, `One of them, NAME,`; hearings labelled
`SENATOR SURNAME:`/`MS. SURNAME:`, full names in capitals, surnames in mixed case,
`Question:`/`Answer:`; roundups led by `Former secretary of state NAME:`, `NAME, 63, ROLE,
PLACE:`, `NAME — ROLE, BODY:`, `NAME (BODY):`; embedded credits (`according to the Herald` at
either end, `was overheard telling`, `A source close to NAME`, `NAME's lawyer`); pronoun chains
over four paragraphs; nominals by occupation, an age in brackets and nationality; bodies with
`it`, their own noun and a relative clause; documents credited to their issuers (`A letter from
BODY`, `a memo from BODY seen by`, `The notice, issued by BODY, read:`, `BODY's annual report`,
`A statement issued on behalf of NAME`); long affiliations (`head of logistics at`, `a
volunteer coastguard in PLACE`, `Orkney Islands Council leader`); new bylines above datelines;
single marks with apostrophes (`'90s`, `rock 'n' roll`) and nested in double ones; quotations
running over paragraphs; that-less clauses, `according to` at both ends, `were told by BODY
that`; mixed quotations; and a boat, a choir, a tune, an exhibition, a pamphlet and a scare
word in marks where nobody speaks. Expected answers are what a careful annotator writes (the
PolNeAR kind rule); two templates were fixed after the one run, for that reason only (an
unnamed spokesman may also be credited to his body, as in earlier rounds; `Locals call X "Y"`
is a naming attribution, replaced by a tune). Rates at 201cf50 are in README.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS, Person
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from captemplates import _cap
from heldout8data import (
    AFFILIATIONS8,
    APOSTROPHES8,
    BARE8,
    BYLINES8,
    CLAUSES8,
    DATELINES8,
    DESCRIBED8,
    EXCHANGE8,
    FORMER8,
    GROUPS8,
    MEN8,
    MIXED8,
    NATIONALITIES8,
    NOT_QUOTES8,
    OCCUPATIONS8,
    ORGS8,
    PEOPLE8,
    PLACES8,
    QUOTES8,
    ROUNDUP_ROLES8,
    SECONDS8,
    VERBS8,
    WOMEN8,
)


def _other(p: Person, step: int) -> Person:
    return PEOPLE8[(PEOPLE8.index(p) + step) % len(PEOPLE8)]


def _possessive(body: str) -> str:
    return f"{body}'" if body.endswith("s") else f"{body}'s"


def _spokes(p: Person) -> str:
    return "spokeswoman" if p.gender == "f" else "spokesman"


def credit_phrases() -> Iterator[Case]:
    """A phrase between the speaker and the cue: `"C," NAME, who has lived in PLACE all her
    life, said.`, `"C," a deckhand on the Lerwick ferry said.`, `"C," a spokeswoman for BODY in
    PLACE said.`, `"C," NAME later told the Herald.`, `"C," NAME, still in her oilskins, said.`,
    `"C," NAME of BODY said.`"""
    combos = itertools.product(PEOPLE8, range(6), MARKS, range(len(QUOTES8)))
    for p, shape, m, k in sample(combos, 200, "ho8-credit-phrases"):
        quote = m.q(QUOTES8[k] + ",")
        place = PLACES8[k % len(PLACES8)]
        org = ORGS8[k % len(ORGS8)]
        speaker: str | tuple[str, ...] = p.full
        title: TitleSpec = None
        kind: str = "person"
        if shape == 0:
            text = f"{quote} {p.full}, who has lived in {place} all {p.possessive} life, said."
        elif shape == 1:
            desc, names = DESCRIBED8[k % len(DESCRIBED8)]
            text = f"{quote} {desc} said."
            speaker, title, kind = names, ANY, "other"
        elif shape == 2:
            text = f"{quote} a {_spokes(p)} for {org.name} in {place} said."
            spokes = _spokes(p)
            # as earlier rounds: the spokesman or the body he speaks for
            speaker = (
                org.canonical,
                spokes,
                f"{spokes} for {org.canonical}",
                f"{spokes} for {org.canonical} in {place}",
            )
            title, kind = ANY, "other"
        elif shape == 3:
            text = f"{quote} {p.full} later told the Island Herald."
        elif shape == 4:
            text = f"{quote} {p.full}, still in {p.possessive} oilskins, said."
        else:
            body = BARE8[k % len(BARE8)]
            text = f"{quote} {p.full} of {body} said."
            title = Contains((body,))
        expect = Expect(quote, "direct", speaker, title, ANY if kind == "other" else kind)
        yield Case("", f"ho8-phrase-{shape}", text, [expect])


def open_verbs() -> Iterator[Case]:
    """Speech verbs outside the lexicon: after a full name, inverted, split, after a surname
    alone in the present tense, and with a tail (`"C," NAME wheezed down the phone.`)."""
    combos = itertools.product(PEOPLE8, VERBS8, MARKS, range(len(QUOTES8)), range(5))
    for p, (past, present, invertible), m, k, shape in sample(combos, 200, "ho8-open-verbs"):
        form = 0 if shape == 1 and not invertible else shape
        quote = m.q(QUOTES8[k] + ",")
        if form == 0:
            text = f"{quote} {p.full} {past}."
        elif form == 1:
            text = f"{quote} {past} {p.full}."
        elif form == 2:
            q2 = m.q(SECONDS8[k % len(SECONDS8)])
            text = f"{quote} {p.full} {past}. {q2}"
            expect = Expect(text, "direct", p.full, None, "person", parts=(quote, q2))
            yield Case("", "ho8-open-split", text, [expect])
            continue
        elif form == 3:
            intro = f"{p.full} has crewed the Tobermory lifeboat since 2004."
            text = f"{intro}\n\n{quote} {p.surname} {present}."
        else:
            tail = ("down the phone", "from the back of the hall", "to nobody in particular")[k % 3]
            text = f"{quote} {p.full} {past} {tail}."
        yield Case("", f"ho8-open-{form}", text, [Expect(quote, "direct", p.full, None, "person")])


def unnamed() -> Iterator[Case]:
    """Unnamed and quantified speakers: `"C1," one of the divers said. "C2," said another.`,
    `... a second said. ... a third added.`, `Most of them said C.`, `One of them, NAME, said
    C.`, `Two of the midwives, who asked not to be named, said C.`, `Many at the meeting said
    C.`"""
    combos = itertools.product(GROUPS8, range(len(QUOTES8) - 2), DOUBLE_MARKS, range(6))
    for (plural, noun), k, m, shape in combos:
        q1, q2, q3 = (m.q(QUOTES8[k + i] + ",") for i in range(3))
        clause = CLAUSES8[k % len(CLAUSES8)]
        p = PEOPLE8[(k * 3 + shape) % len(PEOPLE8)]
        expects: list[Expect]
        if shape == 0:
            text = f"{q1} one of the {plural} said. {q2} said another."
            expects = [
                Expect(q1, "direct", ("one", f"one of the {plural}", plural, noun)),
                Expect(q2, "direct", ("another", f"another {noun}", noun, plural)),
            ]
        elif shape == 1:
            text = f"{q1} one {noun} said. {q2} a second said. {q3} a third added."
            ordinals = zip((q1, q2, q3), ("one", "second", "third"), strict=True)
            expects = [Expect(q, "direct", (w, f"{w} {noun}", noun)) for q, w in ordinals]
        elif shape == 2:
            text = f"About forty {plural} turned up at the hall on Tuesday. Most of them said {clause}."
            expects = [Expect(clause, "indirect", ("most", "most of them", plural, f"most {plural}"))]
        elif shape == 3:
            text = f"Four {plural} were waiting at the gate. One of them, {p.full}, said {clause}."
            expects = [Expect(clause, "indirect", p.full, ANY)]
        elif shape == 4:
            text = f"Two of the {plural}, who asked not to be named, said {clause}."
            names = ("two", f"two of the {plural}", plural, f"two {plural}")
            expects = [Expect(clause, "indirect", names)]
        else:
            text = f"Many at the meeting said {clause}."
            expects = [Expect(clause, "indirect", ("many", "many at the meeting"))]
        yield Case("", f"ho8-unnamed-{shape}", text, expects)


def hearings() -> Iterator[Case]:
    """Transcripts after the people were named: `SENATOR SURNAME:` / `MS. SURNAME:` labels, full
    names in capitals, surnames in mixed case, and `Question:`/`Answer:`: every answer is the
    witness's, never the questioner's."""
    pairs = [(a, b) for a, b in itertools.permutations(PEOPLE8, 2) if " " not in a.surname + b.surname]
    combos = itertools.product(pairs, range(4), range(len(ORGS8)))
    for (a, b), style, o in sample(combos, 180, "ho8-hearings"):
        org = ORGS8[o]
        (q1, a1), (q2, a2) = EXCHANGE8
        expects = [Expect(a1, "direct", b.full, ANY, "person"), Expect(a2, "direct", b.full, ANY, "person")]
        if style == 0:
            hon_b = "MS." if b.gender == "f" else "MR."
            intro = (
                f"Senator {a.full} questioned {b.full}, a former board member of {org.name}, at the"
                " transport committee on Wednesday. An excerpt:"
            )
            la, lb = f"SENATOR {a.surname.upper()}", f"{hon_b} {b.surname.upper()}"
        elif style == 1:
            intro = f"{a.full} put the council's questions to {b.full} of {org.name}. The exchange went:"
            la, lb = a.full.upper(), b.full.upper()
        elif style == 2:
            intro = (
                f"At the inquiry on Monday, counsel {a.full} cross-examined {b.full}, who ran"
                f" {org.name} until 2022."
            )
            la, lb = a.surname, b.surname
        else:
            intro = f"{b.full} has run {org.name} for a decade. This interview has been edited for length."
            la, lb = "Question", "Answer"
        if style != 3:  # the questioner was named
            expects += [Expect(q, "direct", a.full, ANY, "person") for q in (q1, q2)]
        text = f"{intro}\n\n{la}: {q1}\n\n{lb}: {a1}\n\n{la}: {q2}\n\n{lb}: {a2}"
        wrong = [(q1, b.full), (q2, b.full), (a1, a.full), (a2, a.full)]
        yield Case("", f"ho8-hearing-{style}", text, expects, exact=False, wrong_speakers=wrong)


def roundups() -> Iterator[Case]:
    """Roundup boxes, two entries each: `Former secretary of state NAME: "C."`, `NAME, 63,
    retired midwife, PLACE: "C."`, `NAME — harbour pilot, BODY: "C."`, `NAME (BODY): "C."`"""
    combos = itertools.product(PEOPLE8, range(4), MARKS, range(len(QUOTES8)))
    for p, shape, m, k in sample(combos, 180, "ho8-roundups"):
        entries: list[tuple[str, Expect]] = []
        for i, person in enumerate((p, _other(p, 5))):
            quote = m.q(QUOTES8[(k + 4 * i) % len(QUOTES8)] + ".")
            body = BARE8[(k + i) % len(BARE8)]
            title: TitleSpec
            if shape == 0:
                post, part = FORMER8[(k + i) % len(FORMER8)]
                line, title = f"{post} {person.full}: {quote}", Contains(("former", part))
            elif shape == 1:
                place = PLACES8[(k + i) % len(PLACES8)]
                role, part = ROUNDUP_ROLES8[(k + i) % len(ROUNDUP_ROLES8)]
                line, title = f"{person.full}, {41 + 22 * i}, {role}, {place}: {quote}", Contains((part,))
            elif shape == 2:
                line, title = f"{person.full} — harbour pilot, {body}: {quote}", Contains(("harbour pilot",))
            else:
                line, title = f"{person.full} ({body}): {quote}", Contains((body,))
            entries.append((line, Expect(quote, "direct", person.full, title, "person")))
        text = "What they said\n\n" + "\n\n".join(line for line, _ in entries)
        yield Case("", f"ho8-roundup-{shape}", text, [e for _, e in entries])


def embedded_credits() -> Iterator[Case]:
    """A credit inside a report of it: `"C," NAME said, according to the Herald.`, `According to
    the Herald, NAME said C.`, `"C," NAME was overheard telling a colleague.`, `In an interview
    with the Herald, NAME said C.`; and speakers standing near a name: `A source close to NAME
    said C.`, `NAME's lawyer said C.`"""
    combos = itertools.product(PEOPLE8, range(6), MARKS, range(len(QUOTES8)))
    for p, shape, m, k in sample(combos, 180, "ho8-embedded"):
        clause = CLAUSES8[k % len(CLAUSES8)]
        quote = m.q(QUOTES8[k] + ",")
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{quote} {p.full} said, according to the Island Herald."
            expect = Expect(quote, "direct", p.full, None, "person")
            wrong = [(quote, "Island Herald")]
        elif shape == 1:
            text = f"According to the Island Herald, {p.full} said {clause}."
            expect = Expect(clause, "indirect", p.full, None, "person")
            wrong = [(clause, "Island Herald")]
        elif shape == 2:
            text = f"{quote} {p.full} was overheard telling a colleague."
            expect = Expect(quote, "direct", p.full, None, "person")
        elif shape == 3:
            text = f"In an interview with the Island Herald, {p.full} said {clause}."
            expect = Expect(clause, "indirect", p.full, None, "person")
        elif shape == 4:
            text = f"A source close to {p.full} said {clause}."
            names = ("source", f"source close to {p.full}")
            expect = Expect(clause, "indirect", names)
            wrong = [(clause, p.full)]
        else:
            text = f"{p.full}'s lawyer said {clause}."
            expect = Expect(clause, "indirect", ("lawyer", f"{p.full}'s lawyer"))
            wrong = [(clause, p.full)]
        yield Case("", f"ho8-embedded-{shape}", text, [expect], exact=False, wrong_speakers=wrong)


def _mixed_pairs() -> list[tuple[Person, Person]]:
    return list(itertools.product(WOMEN8, MEN8)) + list(itertools.product(MEN8, WOMEN8))


def pronoun_chains() -> Iterator[Case]:
    """Four paragraphs, two people. Different genders (the text gives each a pronoun first):
    A speaks, B is introduced as the subject, `"C2," PRON_B said.`, then `"C3," PRON_A added
    later.` One gender: `"C1," said A, ROLE.`, `B, ROLE, disagreed. PRON said C.`, `"C3," PRON
    added.` (still B), then `A, asked about X, said: "C4."`"""
    combos = itertools.product(
        _mixed_pairs() + list(itertools.permutations(WOMEN8, 2)), DOUBLE_MARKS, range(len(QUOTES8))
    )
    for (a, b), m, k in sample(combos, 180, "ho8-chains"):
        q1, q2, q3 = (m.q(QUOTES8[(k + 3 * i) % len(QUOTES8)] + ",") for i in range(3))
        org = ORGS8[k % len(ORGS8)]
        if a.gender != b.gender:
            p1 = (
                f"{a.full} opened the meeting with {a.possessive} report on the harbour wall."
                f" {b.full}, who sits on the board of {org.name}, listened with {b.possessive} arms folded."
            )
            p2 = f"{q1} {a.surname} said."
            p3 = f"{_cap(b.surname)} was not convinced. {q2} {b.pronoun} said."
            p4 = f"{q3} {a.pronoun} added later."
            expects = [
                Expect(q1, "direct", a.full, ANY, "person"),
                Expect(q2, "direct", b.full, ANY, "person"),
                Expect(q3, "direct", a.full, ANY, "person"),
            ]
            wrong = [(q2, a.full), (q3, b.full)]
            template = "ho8-chain-mixed"
        else:
            clause = CLAUSES8[k % len(CLAUSES8)]
            q4 = m.q(QUOTES8[(k + 1) % len(QUOTES8)] + ".")
            p1 = f"{q1} said {a.full}, the harbour board's treasurer."
            place = PLACES8[k % len(PLACES8)]
            p2 = f"{b.full}, a fisherman's widow from {place}, disagreed. {_cap(b.pronoun)} said {clause}."
            p3 = f"{q3} {b.pronoun} added."
            p4 = f"{a.full}, asked about the reserve fund, said: {q4}"
            expects = [
                Expect(q1, "direct", a.full, ANY, "person"),
                Expect(clause, "indirect", b.full, ANY, "person"),
                Expect(q3, "direct", b.full, ANY, "person"),
                Expect(q4, "direct", a.full, ANY, "person"),
            ]
            wrong = [(clause, a.full), (q3, a.full), (q4, b.full)]
            template = "ho8-chain-same"
        text = "\n\n".join((p1, p2, p3, p4))
        yield Case("", template, text, expects, wrong_speakers=wrong)


def nominals() -> Iterator[Case]:
    """A later noun phrase picks one of two people: an occupation (`A, a marine engineer, and B,
    a primary school teacher ... "C," the teacher said.`), an age in brackets (`A (61) and B
    (34) ... the 34-year-old`), a nationality (`Norwegian A and Ghanaian B ... the Ghanaian`)."""
    combos = itertools.product(PEOPLE8, range(3), DOUBLE_MARKS, range(len(QUOTES8)))
    for p, shape, m, k in sample(combos, 180, "ho8-nominals"):
        other = _other(p, 7)
        first = k % 2 == 0
        x, y = (p, other) if first else (other, p)
        quote = m.q(QUOTES8[k] + ",")
        title: TitleSpec = ANY
        if shape == 0:
            (oa, na), (ob, nb) = OCCUPATIONS8[k % 5], OCCUPATIONS8[(k + 2) % 5]
            lead = f"{p.full}, {oa}, and {other.full}, {ob}, were among the first to volunteer."
            text = f"{lead}\n\n{quote} {na if first else nb} said."
            title = Contains(((na if first else nb).removeprefix("the "),))
        elif shape == 1:
            lead = f"{p.full} (61) and {other.full} (34) spent the night on the roof of the boathouse."
            text = f"{lead}\n\n{quote} the {61 if first else 34}-year-old said."
        else:
            (ja, na), (jb, nb) = NATIONALITIES8[k % 4], NATIONALITIES8[(k + 1) % 4]
            lead = f"{ja} sailor {p.full} shared the watch with {jb} navigator {other.full}."
            text = f"{lead}\n\n{quote} {na if first else nb} said."
        expect = Expect(quote, "direct", x.full, title, "person")
        yield Case("", f"ho8-nominal-{shape}", text, [expect], wrong_speakers=[(quote, y.full)])


def org_speakers() -> Iterator[Case]:
    """Bodies as speakers: `BODY said on Monday it would ... "C," it said in a statement.`,
    `BODY did not return calls. Later, the firm said C.`, `BODY, which runs ..., said C.`,
    `"C," BODY said.`, `In a statement, BODY said: "C."`"""
    combos = itertools.product(ORGS8, range(5), MARKS, range(len(QUOTES8)), range(len(CLAUSES8)))
    for org, shape, m, k, c in sample(combos, 180, "ho8-orgs"):
        clause = CLAUSES8[c]
        name = _cap(org.name)
        if shape == 0:
            lead, content = f"{name} said on Monday it would review the timetable.", m.q(QUOTES8[k] + ",")
            text = f"{lead} {content} it said in a statement."
            expects = [
                Expect("it would review the timetable", "indirect", org.canonical),
                Expect(content, "direct", org.canonical),
            ]
        elif shape == 1:
            text = f"{name} did not return calls on Tuesday. Later, {org.nominal} said {clause}."
            expects = [Expect(clause, "indirect", org.canonical)]
        elif shape == 2:
            text = f"{name}, which has run the service since 1998, said {clause}."
            expects = [Expect(clause, "indirect", org.canonical, None)]
        elif shape == 3:
            content = m.q(QUOTES8[k] + ",")
            text = f"{content} {org.name} said."
            expects = [Expect(content, "direct", org.canonical, None)]
        else:
            content = m.q(QUOTES8[k] + ".")
            text = f"In a statement, {org.name} said: {content}"
            expects = [Expect(content, "direct", org.canonical, None)]
        expects = [Expect(e.content, e.kind, e.speaker, e.title, "organization") for e in expects]
        yield Case("", f"ho8-org-{shape}", text, expects)


def documents() -> Iterator[Case]:
    """Documents credited to their issuers: `A letter from BODY to residents said C.`, `According
    to a memo from BODY seen by the Herald, C.`, `The notice, issued by BODY on Friday, read: "C."`,
    `BODY's annual report says C.`, `In its submission to the inquiry, BODY wrote that C.`, `A
    statement issued on behalf of NAME said: "C."`"""
    combos = itertools.product(ORGS8, range(6), MARKS, range(len(QUOTES8)), range(len(PEOPLE8)))
    for org, shape, m, k, pi in sample(combos, 180, "ho8-documents"):
        clause = CLAUSES8[k % len(CLAUSES8)]
        quote = m.q(QUOTES8[k] + ".")
        speaker, kind = org.canonical, "organization"
        if shape == 0:
            text, expect_c = f"A letter from {org.name} to residents said {clause}.", clause
        elif shape == 1:
            text, expect_c = (
                f"According to a memo from {org.name} seen by the Island Herald, {clause}.",
                clause,
            )
        elif shape == 2:
            text, expect_c = f"The notice, issued by {org.name} on Friday, read: {quote}", quote
        elif shape == 3:
            text, expect_c = f"{_cap(_possessive(org.name))} annual report says {clause}.", clause
        elif shape == 4:
            text, expect_c = (
                f"In its submission to the inquiry, {org.name} wrote that {clause}.",
                f"that {clause}",
            )
        else:
            p = PEOPLE8[pi]
            text, expect_c = f"A statement issued on behalf of {p.full} said: {quote}", quote
            speaker, kind = p.full, "person"
        kind_q = "direct" if expect_c == quote else "indirect"
        expect = Expect(expect_c, kind_q, speaker, ANY, kind)
        yield Case("", f"ho8-document-{shape}", text, [expect], wrong_speakers=[(expect_c, "Island Herald")])


def titles() -> Iterator[Case]:
    """Titles with long affiliations: `NAME, head of logistics at BODY, said C.`, `"C," said NAME,
    a volunteer coastguard in Porthleven.`, `Former secretary of state NAME said C.`, `BODY's
    deputy head of estates NAME said C.`, `Orkney Islands Council leader NAME said C.`, `NAME,
    the trust's operations manager, said C.`"""
    combos = itertools.product(PEOPLE8, range(6), range(len(AFFILIATIONS8)), range(len(QUOTES8)), MARKS)
    for p, shape, a, k, m in sample(combos, 200, "ho8-titles"):
        clause = CLAUSES8[k % len(CLAUSES8)]
        appos, parts = AFFILIATIONS8[a]
        body = BARE8[k % len(BARE8)]
        quote = m.q(QUOTES8[k] + ",")
        content, kind = clause, "indirect"
        if shape == 0:
            text = f"{p.full}, {appos}, said {clause}."
        elif shape == 1:
            text, content, kind = f"{quote} said {p.full}, {appos}.", quote, "direct"
        elif shape == 2:
            post, part = FORMER8[k % len(FORMER8)]
            text, parts = f"{post} {p.full} said {clause}.", ("former", part)
        elif shape == 3:
            text, parts = (
                f"{_possessive(body)} deputy head of estates {p.full} said {clause}.",
                ("deputy head of estates", body),
            )
        elif shape == 4:
            text, parts = f"Orkney Islands Council leader {p.full} said {clause}.", ("council leader",)
        else:
            text = f"{p.full}, the trust's operations manager, said {clause}."
            parts = ("operations manager",)
        expect = Expect(content, kind, p.full, Contains(parts), "person")
        yield Case("", f"ho8-title-{shape}", text, [expect])


def datelines() -> Iterator[Case]:
    """A byline of a new shape (`By NAME, Chief Reporter`, `NAME reports from the islands`, `Words
    by NAME` over a photo credit, `BY NAME` over a paper, `By NAME • 6 min read`) above an agency
    dateline, then a quotation credited after it, a fronted clause, `according to` or a
    described speaker: neither the reporter nor the place speaks or enters a quote."""
    combos = itertools.product(PEOPLE8, DATELINES8, range(len(QUOTES8)), MARKS, range(len(BYLINES8)))
    for p, (dateline, city), k, m, b in sample(combos, 180, "ho8-datelines"):
        reporter = _other(p, 4)
        clause = CLAUSES8[k % len(CLAUSES8)]
        if k % 4 == 0:
            content = m.q(QUOTES8[k] + ",")
            body = f"{dateline} {content} said {p.full}."
            expect = Expect(content, "direct", p.full, None, "person")
        elif k % 4 == 1:
            content = _cap(clause)
            body = f"{dateline} {content}, {p.full} told reporters on Sunday."
            expect = Expect(content, "indirect", p.full, None, "person")
        elif k % 4 == 2:
            content = _cap(clause)
            body = f"{dateline} {content}, according to {p.full}."
            expect = Expect(content, "indirect", p.full, None, "person")
        else:
            content = m.q(QUOTES8[k] + ",")
            body = f"{dateline} {content} a nurse at the island's only clinic said."
            expect = Expect(content, "direct", ("nurse", "nurse at the island's only clinic"))
        text = f"{BYLINES8[b].format(r=reporter.full)}\n\n{body}"
        wrong = [(expect.content, reporter.full)]
        yield Case(
            "", f"ho8-dateline-{b}", text, [expect], exact=False, forbidden=(city,), wrong_speakers=wrong
        )


def single_marks() -> Iterator[Case]:
    """British single marks: apostrophes inside (`'90s`, `rock 'n' roll`, `O'Learys'`), a
    present-tense inverted credit, a question, a double-marked word nested inside single marks
    and a single-marked word nested inside double ones, and a colon credit to a newspaper."""
    combos = itertools.product(PEOPLE8, SINGLE_MARKS, range(len(QUOTES8)), range(6))
    for p, m, k, shape in sample(combos, 180, "ho8-single"):
        if shape == 0:
            said = APOSTROPHES8[k % len(APOSTROPHES8)]
            said = said.replace("'", "’") if m.open == "‘" else said
            quote = m.q(said + ",")
            text = f"{quote} {p.full} said."
        elif shape == 1:
            quote = m.q(QUOTES8[k] + ",")
            text = f"{quote} says {p.full}, a skipper from {PLACES8[k % len(PLACES8)]}."
        elif shape == 2:
            quote = m.q(
                ("Who is going to pay for it?", "Where were the pumps?", "Why did nobody warn us?")[k % 3]
            )
            text = f"{quote} asked {p.full}."
        elif shape == 3:
            quote = m.q('The trust calls it a "pause", but the station has been shut since May,')
            text = f"{quote} {p.full} said."
        elif shape == 4:
            inner = ("‘", "’") if m.open == "‘" else ("'", "'")
            d = DOUBLE_MARKS[1] if m.open == "‘" else DOUBLE_MARKS[0]
            quote = d.q(f"They kept saying {inner[0]}next winter{inner[1]}, and next winter never came,")
            text = f"{quote} {p.full} said."
        else:
            quote = m.q(QUOTES8[k] + ".")
            text = f"{p.full} told the Island Herald: {quote}"
        title: TitleSpec = Contains(("skipper",)) if shape == 1 else None
        yield Case("", f"ho8-single-{shape}", text, [Expect(quote, "direct", p.full, title, "person")])


def running_quotes() -> Iterator[Case]:
    """Quotations running over paragraphs: the paragraph ends without a closing mark and the
    next opens with one. `NAME said: "C1\\n\\n"C2"`, `"C1\\n\\n"C2," NAME said.` and a split
    quote whose second part runs on (`"C1," NAME said. "C2\\n\\n"C3"`)."""
    combos = itertools.product(PEOPLE8, DOUBLE_MARKS, range(len(QUOTES8)), range(3))
    for p, m, k, shape in sample(combos, 150, "ho8-running"):
        s1, s2 = QUOTES8[k] + ".", SECONDS8[k % len(SECONDS8)]
        lead = f"{p.full} spoke for twenty minutes at the public meeting in {PLACES8[k % len(PLACES8)]}."
        if shape == 0:
            first = f"{p.surname} said: {m.open}{s1}"
            second = f"{m.open}{s2}{m.close}"
            text = f"{lead}\n\n{first}\n\n{second}"
            content = text[text.index(m.open, len(lead)) :]
        elif shape == 1:
            first = f"{m.open}{s1}"
            second = f"{m.open}{s2[:-1]},{m.close} {p.surname} said."
            text = f"{lead}\n\n{first}\n\n{second}"
            start = text.index(m.open, len(lead))
            content = text[start : text.rindex(m.close) + 1]
        else:
            q1 = m.q(QUOTES8[(k + 1) % len(QUOTES8)] + ",")
            first = f"{q1} {p.surname} said. {m.open}{s1}"
            second = f"{m.open}{s2}{m.close}"
            text = f"{lead}\n\n{first}\n\n{second}"
            content = text[text.index(m.open, len(lead)) :]
        yield Case("", f"ho8-running-{shape}", text, [Expect(content, "direct", p.full, ANY, "person")])


def reported_speech() -> Iterator[Case]:
    """Indirect quotations: that-less complements (`NAME says C.`, `NAME told councillors C.`), a
    fronted clause (`C, NAME said in a radio interview.`), `according to` at the start and at the
    end with a title, and the passive `Residents were told by BODY that C.`"""
    combos = itertools.product(PEOPLE8, range(6), range(len(CLAUSES8)))
    for p, shape, c in sample(combos, 180, "ho8-reported"):
        clause = CLAUSES8[c]
        org = ORGS8[c % len(ORGS8)]
        title: TitleSpec = None
        if shape == 0:
            text, content, speaker = f"{p.full} says {clause}.", clause, p.full
        elif shape == 1:
            text, content, speaker = f"{p.full} told councillors {clause}.", clause, p.full
        elif shape == 2:
            content = _cap(clause)
            text, speaker = f"{content}, {p.full} said in a radio interview.", p.full
        elif shape == 3:
            text, content, speaker = f"According to {p.full}, {clause}.", clause, p.full
        elif shape == 4:
            content = _cap(clause)
            text, speaker = f"{content}, according to {p.full}, a harbour pilot.", p.full
            title = Contains(("harbour pilot",))
        else:
            text = f"Residents were told by {org.name} that {clause}."
            content, speaker, title = f"that {clause}", org.canonical, ANY
        yield Case("", f"ho8-reported-{shape}", text, [Expect(content, "indirect", speaker, title)])


def mixed_quotes() -> Iterator[Case]:
    """A quoted fragment inside a reported clause, in double and single marks."""
    combos = itertools.product(PEOPLE8, range(len(MIXED8)), MARKS)
    for p, f, m in sample(combos, 150, "ho8-mixed"):
        sentence, content = MIXED8[f]
        text = sentence.format(n=p.full, o=m.open, c=m.close)
        content = content.format(o=m.open, c=m.close)
        yield Case("", f"ho8-mixed-{f}", text, [Expect(content, "mixed", p.full, None, "person")])


def not_quotes() -> Iterator[Case]:
    """A boat, a choir, a tune, an exhibition, a pamphlet and a scare word in marks: nobody
    speaks, so nothing may come out."""
    combos = itertools.product(PEOPLE8, range(len(NOT_QUOTES8)), MARKS)
    for p, t, m in sample(combos, 150, "ho8-not-quotes"):
        text = NOT_QUOTES8[t].format(n=p.full, o=m.open, c=m.close)
        yield Case("", f"ho8-not-quotes-{t}", _cap(text), [])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout8.{name}", group, description, unique_texts(gen))


HELD_OUT_8 = (
    _named("credit_phrases", "1", "a phrase between speaker and cue", credit_phrases),
    _named("open_verbs", "1", "unlisted speech verbs in five positions", open_verbs),
    _named("unnamed", "2", "one of the X, a third, most, one of them NAME", unnamed),
    _named("hearings", "3", "SENATOR X:/MS. X:/full names/Question: labels", hearings),
    _named("roundups", "3", "Former ROLE NAME:, age and place, (BODY)", roundups),
    _named("embedded_credits", "3", "according to the paper, overheard, source close to", embedded_credits),
    _named("pronoun_chains", "4", "four paragraphs, two people, pronoun chains", pronoun_chains),
    _named("nominals", "4", "occupation, age in brackets, nationality", nominals),
    _named("org_speakers", "4", "bodies with it, their noun, which-clauses", org_speakers),
    _named("documents", "5", "letters, memos, notices, reports: the issuer", documents),
    _named("titles", "6", "long affiliations, Former secretary of state", titles),
    _named("datelines", "7", "new byline shapes above datelines", datelines),
    _named("single_marks", "8", "single marks: apostrophes, nesting, questions", single_marks),
    _named("running_quotes", "-", "quotations running over paragraphs", running_quotes),
    _named("reported_speech", "-", "that-less, according to, were told by", reported_speech),
    _named("mixed_quotes", "-", "quoted fragments in reported clauses", mixed_quotes),
    _named("not_quotes", "-", "boats, choirs, tunes, exhibitions: nobody speaks", not_quotes),
)
