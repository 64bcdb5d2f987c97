"""Seventh held-out round: capabilities written at commit ``2c70c25``, before the ninth round's
rule changes, by a helper who did not read quotex's rule modules, and run once.

The templates follow the issue's eight groups with fillers of their own (``heldout7data.py``:
people, bodies, quotations, clauses, speech verbs, adverbs, datelines; roles below) that no
development template, earlier held-out round or rule test uses, and phrasings those do not
have: speech verbs outside the lexicon (`hissed`, `butted in`) after, inverted, split, before a
colon, with a manner adverb or phrase after them (`NAME sneered wryly`, `with a shrug`), and
after a surname alone; surnames ending in *-an*, *-en*, *-on*, *-er* and *-s* alone before and
after present and past cues; unnamed speakers (`said one ... said the other`, `a second
added`, `Several of them`, `A few ... while others`, `Both`, `some`); roundup credits led by a
body's possessive, a capitalised role, an age in brackets, a place or a newspaper; interviews
and hearings labelled `Q:` with a surname in capitals, `INTERVIEWER:`, `THE CHAIR:`/`THE
WITNESS:` and `Q —`/`A —`; pronouns with a man and a woman (possessives, an appositive
introduction, a new paragraph) and with two people of one gender (the person introduced
last, the subject of the previous sentence, a pronoun chain); `the economist`, `the
52-year-old`, `the harbourmaster` and a body's noun picking one of two; speakers whose bodies
hold *of* and *and*, names with particles and initials, two names credited together, a
statement's issuer; titles with a possessive body, `deputy head of research at`, `Former`,
a country or state modifier, `Its ROLE`; bylines of new shapes above datelines; British single
marks with apostrophes, nested double marks and quotations that go on after their credit;
mixed quotations; marks around works, a nickname, a pub, a band, a hashtag and a scare word
where nobody speaks; and small articles of six paragraphs where a speaker carries across
paragraphs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS, Person
from capkit import ANY, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from captemplates import _cap
from heldout7data import (
    ADVERBS7,
    APOSTROPHES7,
    ARTICLE_ROLES7,
    BARE7,
    BYLINES7,
    CLAUSES7,
    CRAFT_ROLES7,
    DATELINES7,
    ENDINGS7,
    GROUPS7,
    HYGIENE_ROLES7,
    INTERVIEW7,
    INTROS7,
    LONG_BODIES7,
    MEN7,
    MIXED7,
    MODIFIED_POSTS7,
    NOT_QUOTES7,
    ORGS7,
    PEOPLE7,
    PLACES7,
    QUOTES7,
    ROLE_PAIRS7,
    ROUNDUP_ROLES7,
    SECONDS7,
    SURNAME_VERBS7,
    VERBS7,
    WOMEN7,
)


def _other(p: Person, step: int) -> Person:
    return PEOPLE7[(PEOPLE7.index(p) + step) % len(PEOPLE7)]


def _possessive(body: str) -> str:
    """News style: `Brevik Motors'`, `Lanyon Housing's`."""
    return f"{body}'" if body.endswith("s") else f"{body}'s"


def open_verbs() -> Iterator[Case]:
    """Speech verbs outside the lexicon, past and present: `"C," NAME hissed.`, `"C," hisses
    NAME.`, `"C1," NAME croaked. "C2"`, `NAME thundered: "C."`, `"C," NAME sneered wryly.`
    and, after an introduction, `"C," SURNAME mutters.`"""
    combos = itertools.product(PEOPLE7, VERBS7, MARKS, range(len(QUOTES7)), (False, True), range(6))
    for p, (past, present, invertible), m, k, now, shape in sample(combos, 240, "ho7-open-verbs"):
        verb = present if now else past
        form = 0 if shape == 1 and not invertible else shape
        speaker = p.full
        if form == 0:
            quote = m.q(QUOTES7[k] + ",")
            text = f"{quote} {p.full} {verb}."
        elif form == 1:
            quote = m.q(QUOTES7[k] + ",")
            text = f"{quote} {verb} {p.full}."
        elif form == 2:
            q1, q2 = m.q(QUOTES7[k] + ","), m.q(SECONDS7[k % len(SECONDS7)])
            text = f"{q1} {p.full} {verb}. {q2}"
            yield Case(
                "", "ho7-open-split", text, [Expect(text, "direct", p.full, None, "person", parts=(q1, q2))]
            )
            continue
        elif form == 3:
            quote = m.q(QUOTES7[k] + ".")
            text = f"{p.full} {verb}: {quote}"
        elif form == 4:
            quote = m.q(QUOTES7[k] + ",")
            text = f"{quote} {p.full} {verb} {ADVERBS7[k % len(ADVERBS7)]}."
        else:
            quote = m.q(QUOTES7[k] + ",")
            intro = INTROS7[k % len(INTROS7)].format(n=p.full)
            text = f"{intro}\n\n{quote} {p.surname} {verb}."
        yield Case("", f"ho7-open-{form}", text, [Expect(quote, "direct", speaker, None, "person")])


def surname_endings() -> Iterator[Case]:
    """After a first full mention, a surname ending in -an, -en, -on, -er or -s alone with a cue
    in either tense: `"C," Madsen adds.`, `"C," says Noonan.`, `Ashton warns: "C."`,
    `Willis insists that C.`"""
    combos = itertools.product(
        ENDINGS7, SURNAME_VERBS7, DOUBLE_MARKS, range(len(QUOTES7)), (False, True), range(4)
    )
    for p, (past, present, clause_ok), m, k, now, shape in sample(combos, 200, "ho7-surnames"):
        verb = present if now else past
        intro = INTROS7[k % len(INTROS7)].format(n=p.full)
        form = 0 if shape == 3 and not clause_ok else shape
        if form == 0:
            quote = m.q(QUOTES7[k] + ",")
            body = f"{quote} {p.surname} {verb}."
            expect = Expect(quote, "direct", p.full, None, "person")
        elif form == 1:
            quote = m.q(QUOTES7[k] + ",")
            body = f"{quote} {verb} {p.surname}."
            expect = Expect(quote, "direct", p.full, None, "person")
        elif form == 2:
            quote = m.q(QUOTES7[k] + ".")
            body = f"{p.surname} {verb}: {quote}"
            expect = Expect(quote, "direct", p.full, None, "person")
        else:
            clause = f"that {CLAUSES7[k % len(CLAUSES7)]}"
            body = f"{p.surname} {verb} {clause}."
            expect = Expect(clause, "indirect", p.full, None, "person")
        yield Case("", f"ho7-surname-{form}", f"{intro}\n\n{body}", [expect])


def unnamed() -> Iterator[Case]:
    """Unnamed and quantified speakers: `"C1," said one. "C2," said the other.`, `"C1," one
    passenger said. "C2," a second added.`, `Several of them said C.`, `A few bakers said C1,
    while others said C2.`, `Both said C.`, `Of the X at the meeting, some said C.`"""
    for (plural, noun), k in itertools.product(GROUPS7, range(len(QUOTES7) - 1)):
        m = DOUBLE_MARKS[k % 2]
        c1, c2 = CLAUSES7[k % len(CLAUSES7)], CLAUSES7[(k + 1) % len(CLAUSES7)]
        q1, q2 = m.q(QUOTES7[k] + ","), m.q(QUOTES7[k + 1] + ",")
        yield Case(
            "",
            "ho7-unnamed-other",
            f"Two {plural} stood at the end of the pier. {q1} said one. {q2} said the other.",
            [
                Expect(q1, "direct", ("one", f"one {noun}", noun, f"one of the {plural}")),
                Expect(q2, "direct", ("other", f"other {noun}", noun, "the other")),
            ],
        )
        yield Case(
            "",
            "ho7-unnamed-second",
            f"{q1} one {noun} said. {q2} a second added.",
            [
                Expect(q1, "direct", ("one", f"one {noun}", noun)),
                Expect(q2, "direct", ("second", f"second {noun}", noun, "a second")),
            ],
        )
        yield Case(
            "",
            "ho7-unnamed-several",
            f"Dozens of {plural} packed the village hall on Monday night. Several of them said {c1}.",
            [Expect(c1, "indirect", ("several", "several of them", plural, f"several {plural}"))],
        )
        yield Case(
            "",
            "ho7-unnamed-others",
            f"A few {plural} said {c1}, while others said {c2}.",
            [
                Expect(c1, "indirect", ("few", f"few {plural}", f"a few {plural}", plural)),
                Expect(c2, "indirect", ("others", f"other {plural}")),
            ],
        )
        yield Case(
            "",
            "ho7-unnamed-both",
            f"Two {plural} spoke to the Courier on condition of anonymity. Both said {c1}.",
            [Expect(c1, "indirect", ("both", f"two {plural}", plural, "both of them"))],
        )
        yield Case(
            "",
            "ho7-unnamed-some",
            f"Of the {plural} at the meeting, some said {c2}.",
            [Expect(c2, "indirect", ("some", f"some {plural}", plural, f"some of the {plural}"))],
        )


def colon_credits() -> Iterator[Case]:
    """Roundup credits, two to a box: `BODY's NAME: "C."`, `ROLE NAME: "C."`, `NAME (AGE),
    ROLE: "C."`, `NAME, of PLACE: "C."` (a place is no title), `NAME, The Tollgate Courier:
    "C."` (the newspaper is the title)."""
    combos = itertools.product(PEOPLE7, range(5), MARKS, range(len(QUOTES7)))
    for p, shape, m, k in sample(combos, 180, "ho7-colon"):
        entries: list[tuple[str, Expect]] = []
        for i, person in enumerate((p, _other(p, 7))):
            quote = m.q(QUOTES7[(k + 3 * i) % len(QUOTES7)] + ".")
            role, part = ROUNDUP_ROLES7[(k + i) % len(ROUNDUP_ROLES7)]
            title: TitleSpec
            if shape == 0:
                body = BARE7[(k + i) % len(BARE7)]
                line, title = f"{_possessive(body)} {person.full}: {quote}", ANY
            elif shape == 1:
                line, title = f"{role} {person.full}: {quote}", Contains((part,))
            elif shape == 2:
                line, title = f"{person.full} ({38 + 11 * i}), {role.lower()}: {quote}", Contains((part,))
            elif shape == 3:
                line, title = f"{person.full}, of {PLACES7[(k + i) % len(PLACES7)]}: {quote}", None
            else:
                line, title = f"{person.full}, The Tollgate Courier: {quote}", Contains(("Tollgate Courier",))
            entries.append((line, Expect(quote, "direct", person.full, title, "person")))
        text = "Voices from the quayside\n\n" + "\n\n".join(line for line, _ in entries)
        yield Case("", f"ho7-colon-{shape}", text, [e for _, e in entries])


def interviews() -> Iterator[Case]:
    """Interviews and a hearing after the people were named: `Q: ...` and the interviewee's
    surname in capitals, `INTERVIEWER:` and the surname, `THE CHAIR:`/`THE WITNESS:`, and
    `Q —`/`A —`: each answer is the interviewee's, never the interviewer's."""
    pairs = [(a, b) for a, b in itertools.permutations(PEOPLE7, 2) if " " not in a.surname + b.surname]
    combos = itertools.product(pairs, range(4), range(len(ORGS7)))
    for (a, b), style, o in sample(combos, 160, "ho7-interviews"):
        org = ORGS7[o]
        expects: list[Expect] = []
        (q1, a1), (q2, a2) = INTERVIEW7
        if style == 2:
            intro = (
                f"The harbour committee, chaired by {a.full}, questioned {b.full}, a director of"
                f" {org.name}, on Tuesday."
            )
            la, lb = "THE CHAIR", "THE WITNESS"
            expects += [
                Expect(q1, "direct", a.full, ANY, "person"),
                Expect(q2, "direct", a.full, ANY, "person"),
            ]
        else:
            intro = f"{b.full} has worked for {org.name} for twenty years."
            intro += f" We asked {b.surname} about the future."
            labels = {0: ("Q", b.surname.upper()), 1: ("INTERVIEWER", b.surname.upper()), 3: ("Q", "A")}
            la, lb = labels[style]
        sep = " —" if style == 3 else ":"
        text = f"{intro}\n\n{la}{sep} {q1}\n\n{lb}{sep} {a1}\n\n{la}{sep} {q2}\n\n{lb}{sep} {a2}"
        expects += [Expect(a1, "direct", b.full, ANY, "person"), Expect(a2, "direct", b.full, ANY, "person")]
        wrong = [(q1, b.full), (q2, b.full), (a1, a.full), (a2, a.full)]
        yield Case("", f"ho7-interview-{style}", text, expects, exact=False, wrong_speakers=wrong)


def _mixed_pairs() -> list[tuple[Person, Person]]:
    men = [p for p in MEN7 if p.shape != "initials"]  # initials show no gender
    return list(itertools.product(WOMEN7, men)) + list(itertools.product(men, WOMEN7))


def pronoun_gender() -> Iterator[Case]:
    """A woman and a man, then a pronoun that only one of them agrees with: beside each other,
    after a possessive (`read out her statement before B took questions`), after an appositive
    introduction of the second person, coordinated, and after `Ms/Mr SURNAME said C.`"""
    combos = itertools.product(_mixed_pairs(), DOUBLE_MARKS, range(len(QUOTES7)), range(5))
    for (a, b), m, k, shape in sample(combos, 200, "ho7-pronoun-gender"):
        x, y = (a, b) if k % 2 == 0 else (b, a)
        quote = m.q(QUOTES7[k] + ",")
        expects = [Expect(quote, "direct", x.full, ANY, "person")]
        if shape == 0:
            text = (
                f"{a.full} sat beside {b.full} at the public inquiry on Monday.\n\n{quote} {x.pronoun} said."
            )
        elif shape == 1:
            lead = (
                f"{a.full} read out {a.possessive} statement before {b.full} took questions from the floor."
            )
            text = f"{lead}\n\n{quote} {x.pronoun} said."
        elif shape == 2:
            x, y = b, a
            q0, last = m.q(QUOTES7[(k + 1) % len(QUOTES7)] + ","), m.q(QUOTES7[k] + ".")
            lead = f"The harbour engineer, {b.full}, put the cost of the repairs at £4 million."
            text = f"{q0} said {a.full}.\n\n{lead} {_cap(b.pronoun)} told the council: {last}"
            expects = [
                Expect(q0, "direct", a.full, ANY, "person"),
                Expect(last, "direct", b.full, ANY, "person"),
            ]
        elif shape == 3:
            text = (
                f"{a.full} and {b.full} met the harbour board on Friday. {quote} {x.pronoun} said afterwards."
            )
        else:
            hon = "Ms" if x.gender == "f" else "Mr"
            clause = "the lease ran out in May"
            lead = f"{a.full} and {b.full} have run the ferry kiosk together since 2009."
            text = f"{lead}\n\n{hon} {x.surname} said {clause}. {quote} {x.pronoun} added."
            expects.insert(0, Expect(clause, "indirect", x.full, ANY, "person"))
        wrong = [(e.content, y.full) for e in expects if e.speaker == x.full]
        yield Case("", f"ho7-gender-{shape}", text, expects, wrong_speakers=wrong)


def _same_pairs() -> list[tuple[Person, Person]]:
    return list(itertools.permutations(WOMEN7, 2)) + list(itertools.permutations(MEN7, 2))


def pronoun_salience() -> Iterator[Case]:
    """Two people of one gender: the person introduced in apposition after the first speaker
    (`The chief engineer of BODY, B, put ... She told the council:`), the subject of the
    sentence before (`B was unmoved. "C," she said.`), the person who stood up last, and a
    pronoun chain (`A has chaired ... She took over from B ... "C," she said.`)."""
    combos = itertools.product(_same_pairs(), DOUBLE_MARKS, range(len(QUOTES7)), range(4))
    for (a, b), m, k, shape in sample(combos, 180, "ho7-salience"):
        q0, quote = m.q(QUOTES7[k] + ","), m.q(QUOTES7[(k + 4) % len(QUOTES7)] + ",")
        pron = a.pronoun
        org = ORGS7[k % len(ORGS7)]
        first = [Expect(q0, "direct", a.full, ANY, "person")]
        if shape == 0:
            quote = m.q(QUOTES7[(k + 4) % len(QUOTES7)] + ".")
            lead = f"The chief engineer of {org.name}, {b.full}, put the cost at £4 million."
            text = f"{q0} said {a.full}.\n\n{lead} {_cap(pron)} told the council: {quote}"
            target, other = b, a
        elif shape == 1:
            lead = f"{b.full} chairs the harbour board; {a.full} leads the fishermen."
            rest = f"{_cap(b.surname)} was unmoved. {quote} {pron} said."
            text = f"{lead}\n\n{q0} {a.surname} said on Monday.\n\n{rest}"
            target, other = b, a
        elif shape == 2:
            rest = f"Later in the meeting {b.full}, a retired pilot, stood up. {quote} {pron} said."
            text = f"{q0} said {a.full}.\n\n{rest}"
            target, other = b, a
        else:
            lead = (
                f"{a.full} has chaired the allotment society since 2015. {_cap(pron)} took over from"
                f" {b.full}, who had held the post for a decade."
            )
            text = f"{lead}\n\n{quote} {pron} said."
            first, target, other = [], a, b
        expects = [*first, Expect(quote, "direct", target.full, ANY, "person")]
        yield Case("", f"ho7-salience-{shape}", text, expects, wrong_speakers=[(quote, other.full)])


def nominals() -> Iterator[Case]:
    """A later noun phrase names one of two people or a body: `A, an economist at X, and B, a
    solicitor ... "C," the economist said.`, `A, 52, ... B, 29, ... the 29-year-old`,
    `Harbourmaster A and ferry skipper B ... the skipper said`, and a body's own noun (`the
    carmaker`, `the ministry`) beside a person."""
    combos = itertools.product(PEOPLE7, range(4), DOUBLE_MARKS, range(len(QUOTES7)))
    for p, shape, m, k in sample(combos, 180, "ho7-nominals"):
        other = _other(p, 9)
        quote = m.q(QUOTES7[k] + ",")
        first = k % 2 == 0
        x, y = (p, other) if first else (other, p)
        title: TitleSpec = ANY
        kind = "person"
        if shape == 0:
            ra, na, rb, nb = ROLE_PAIRS7[k % len(ROLE_PAIRS7)]
            lead = f"{p.full}, {ra}, and {other.full}, {rb}, gave evidence to the committee on Thursday."
            text = f"{lead}\n\n{quote} {na if first else nb} said."
            speaker, wrong = x.full, y.full
        elif shape == 1:
            lead = f"{p.full}, 52, has worked at the depot since leaving school."
            lead += f" {other.full}, 29, joined last year."
            text = f"{lead}\n\n{quote} the {52 if first else 29}-year-old said."
            speaker, wrong = x.full, y.full
        elif shape == 2:
            lead = f"Harbourmaster {p.full} and ferry skipper {other.full} were on the quay"
            lead += " when the storm hit."
            text = f"{lead}\n\n{quote} the {'harbourmaster' if first else 'skipper'} said."
            speaker, wrong = x.full, y.full
            title = Contains(("harbourmaster" if first else "skipper",))
        else:
            org = ORGS7[k % len(ORGS7)]
            lead = (
                f"{p.full}, who leads the residents' group, has written to {org.name} four times this year."
            )
            text = f"{lead}\n\n{quote} {org.nominal} said in reply."
            speaker, wrong, kind = org.canonical, p.full, "organization"
        expect = Expect(quote, "direct", speaker, title, kind)
        yield Case("", f"ho7-nominal-{shape}", text, [expect], wrong_speakers=[(quote, wrong)])


def name_hygiene() -> Iterator[Case]:
    """Speaker names stay names: `A spokeswoman for the Department of Ports and Inland
    Waterways, NAME, said C.`, `Archivist NAME of the Board of Trustees of ... warned that C.`,
    `"C," said NAME, who advises ...`, `A and B said in a joint statement that C.`, `According to
    NAME, an adviser to ..., C.`, `The statement from BODY read: "C."`, `According to a report
    by BODY, C.`"""
    combos = itertools.product(PEOPLE7, range(7), range(len(LONG_BODIES7)), range(len(QUOTES7)), MARKS)
    for p, shape, b, k, m in sample(combos, 200, "ho7-hygiene"):
        long = LONG_BODIES7[b]
        canon = long.removeprefix("the ")
        clause = CLAUSES7[k % len(CLAUSES7)]
        quote = m.q(QUOTES7[k] + ("," if shape == 2 else "."))
        if shape == 0:
            spokes = "spokeswoman" if p.gender == "f" else "spokesman"
            text = f"A {spokes} for {long}, {p.full}, said {clause}."
            expect = Expect(clause, "indirect", p.full, Contains((spokes, canon)), "person")
        elif shape == 1:
            role = HYGIENE_ROLES7[k % len(HYGIENE_ROLES7)]
            text = f"{role} {p.full} of {long} warned that {clause}."
            expect = Expect(f"that {clause}", "indirect", p.full, Contains((role,)), "person")
        elif shape == 2:
            text = f"{quote} said {p.full}, who advises {long}."
            expect = Expect(quote, "direct", p.full, ANY, "person")
        elif shape == 3:
            other = _other(p, 5)
            text = f"{p.full} and {other.full} said in a joint statement that {clause}."
            expect = Expect(f"that {clause}", "indirect", f"{p.full}; {other.full}")
        elif shape == 4:
            text = f"According to {p.full}, an adviser to {long}, {clause}."
            expect = Expect(clause, "indirect", p.full, Contains(("adviser",)), "person")
        elif shape == 5:
            org = ORGS7[k % len(ORGS7)]
            text = f"The statement from {org.name} read: {quote}"
            expect = Expect(quote, "direct", org.canonical, ANY, "organization")
        else:
            text = f"According to a report by {long}, {clause}."
            expect = Expect(clause, "indirect", canon)
        yield Case("", f"ho7-hygiene-{shape}", text, [expect])


def titles() -> Iterator[Case]:
    """Titles in full with their affiliation: `BODY's head of logistics NAME said C.`, `"C,"
    said NAME, deputy head of research at BODY.`, `Former ROLE NAME said C.`, `Kenyan Trade
    Minister NAME` / `Ohio Rep. NAME`, `BODY opened ... Its managing director, NAME, said: "C."`,
    `NAME, a third-generation saddler from Ledbury, said C.`"""
    combos = itertools.product(PEOPLE7, range(6), range(len(BARE7)), range(len(QUOTES7)), MARKS)
    for p, shape, o, k, m in sample(combos, 200, "ho7-titles"):
        body = BARE7[o]
        clause = CLAUSES7[k % len(CLAUSES7)]
        if shape == 0:
            text = f"{_possessive(body)} head of logistics {p.full} said {clause}."
            expect = Expect(clause, "indirect", p.full, Contains(("head of logistics", body)), "person")
        elif shape == 1:
            quote = m.q(QUOTES7[k] + ",")
            text = f"{quote} said {p.full}, deputy head of research at {body}."
            expect = Expect(quote, "direct", p.full, Contains(("deputy head of research", body)), "person")
        elif shape == 2:
            role = ("harbour commissioner", "Fisheries Minister", "quarry manager")[k % 3]
            text = f"Former {role} {p.full} said {clause}."
            expect = Expect(clause, "indirect", p.full, Contains(("former", role)), "person")
        elif shape == 3:
            post = MODIFIED_POSTS7[k % len(MODIFIED_POSTS7)]
            if k % 2:
                quote = m.q(QUOTES7[k] + ",")
                text = f"{quote} said {post} {p.full}."
            else:
                quote = m.q(QUOTES7[k] + ".")
                text = f"{post} {p.full} told reporters: {quote}"
            expect = Expect(quote, "direct", p.full, Contains((post,)), "person")
        elif shape == 4:
            quote = m.q(QUOTES7[k] + ".")
            text = f"{body} opened a new depot in March. Its managing director, {p.full}, said: {quote}"
            expect = Expect(quote, "direct", p.full, Contains(("managing director", body)), "person")
        else:
            appos, part = CRAFT_ROLES7[k % len(CRAFT_ROLES7)]
            text = f"{p.full}, {appos}, said {clause}."
            expect = Expect(clause, "indirect", p.full, Contains((part,)), "person")
        yield Case("", f"ho7-title-{shape}", text, [expect])


def datelines() -> Iterator[Case]:
    """A byline of a new shape (`By NAME, Special to the Courier`, a name over a role on its
    own line, `By NAME | Updated 14:05 GMT`, `By NAME and agencies`) above an agency dateline:
    neither the reporter nor the place speaks or enters a quote, whether the story opens with a
    quotation, a fronted clause credited after it, a nominal source or `According to`."""
    combos = itertools.product(PEOPLE7, DATELINES7, range(len(QUOTES7)), MARKS, range(len(BYLINES7)))
    for p, (dateline, city), k, m, b in sample(combos, 180, "ho7-datelines"):
        reporter = _other(p, 6)
        clause = CLAUSES7[k % len(CLAUSES7)]
        if k % 4 == 0:
            content = m.q(QUOTES7[k] + ",")
            body = f"{dateline} {content} {p.full} said."
            expect = Expect(content, "direct", p.full, None, "person")
        elif k % 4 == 1:
            content = _cap(clause)
            body = f"{dateline} {content}, {p.full} said on Thursday."
            expect = Expect(content, "indirect", p.full, None, "person")
        elif k % 4 == 2:
            content = m.q(QUOTES7[k] + ",")
            body = f"{dateline} {content} a deckhand on the ferry said."
            expect = Expect(content, "direct", ("deckhand", "deckhand on the ferry"))
        else:
            body = f"{dateline} According to {p.full}, {clause}."
            expect = Expect(clause, "indirect", p.full, None, "person")
        text = f"{BYLINES7[b].format(r=reporter.full)}\n\n{body}"
        wrong = [(expect.content, reporter.full)]
        yield Case("", f"ho7-dateline-{b}", text, [expect], forbidden=(city,), wrong_speakers=wrong)


def single_marks() -> Iterator[Case]:
    """British single marks: `'C,' said NAME, a baker at BODY.`, `NAME told the Courier: 'C.'`,
    `'C1,' NAME said. 'C2.'` (one quotation going on after its credit), apostrophes inside
    (`hasn’t`, `lads’`, `nothin’`), a double-marked word nested inside, and `NAME shouted
    across the quay: 'E!'`"""
    combos = itertools.product(PEOPLE7, SINGLE_MARKS, range(len(QUOTES7)), range(6))
    for p, m, k, shape in sample(combos, 180, "ho7-single"):
        if shape == 0:
            quote = m.q(QUOTES7[k] + ",")
            text = f"{quote} said {p.full}, a baker at {BARE7[k % len(BARE7)]}."
        elif shape == 1:
            quote = m.q(QUOTES7[k] + ".")
            text = f"{p.full} told the Courier: {quote}"
        elif shape == 2:
            q1, q2 = m.q(QUOTES7[k] + ","), m.q(SECONDS7[k % len(SECONDS7)])
            text = f"{q1} {p.full} said. {q2}"
            expect = Expect(text, "direct", p.full, None, "person", parts=(q1, q2))
            yield Case("", "ho7-single-split", text, [expect])
            continue
        elif shape == 3:
            # the dropped-g apostrophe (`nothin’`) only with curly marks, where it cannot close
            said = APOSTROPHES7[k % (3 if m.open == "‘" else 2)]
            quote = m.q((said if m.open == "‘" else said.replace("’", "'")) + ",")
            text = f"{quote} {p.full} said."
        elif shape == 4:
            quote = m.q('They called it a "temporary" closure, and that was in 2019,')
            text = f"{quote} {p.full} said."
        else:
            quote = m.q(("Not one more lorry!", "Shut the gates!", "Go home, the lot of you!")[k % 3])
            text = f"{p.full} shouted across the quay: {quote}"
        title: TitleSpec = Contains(("baker",)) if shape == 0 else None
        yield Case("", f"ho7-single-{shape}", text, [Expect(quote, "direct", p.full, title, "person")])


def mixed_quotes() -> Iterator[Case]:
    """A quoted fragment inside a reported clause, in double and single marks: `NAME said the
    levy was "a tax on the poor".`, `NAME warned that "nobody will be spared" if ...`, `The
    plan is "dead in the water", according to NAME.`"""
    combos = itertools.product(PEOPLE7, range(len(MIXED7)), MARKS)
    for p, f, m in sample(combos, 160, "ho7-mixed"):
        sentence, content = MIXED7[f]
        text = sentence.format(n=p.full, o=m.open, c=m.close)
        content = content.format(o=m.open, c=m.close)
        yield Case("", f"ho7-mixed-{f}", text, [Expect(content, "mixed", p.full, None, "person")])


def not_quotes() -> Iterator[Case]:
    """A film, a nickname in brackets, a scare phrase, a band, a pub, a scare word, a hashtag and
    a poem in marks: nobody speaks, so nothing may come out."""
    combos = itertools.product(PEOPLE7, range(len(NOT_QUOTES7)), MARKS)
    for p, t, m in sample(combos, 160, "ho7-not-quotes"):
        text = NOT_QUOTES7[t].format(n=p.full, pos=p.possessive, o=m.open, c=m.close)
        yield Case("", f"ho7-not-quotes-{t}", _cap(text), [])


def articles() -> Iterator[Case]:
    """Six-paragraph stories where a speaker carries across paragraphs: a fronted clause credited
    to `ROLE NAME` after a dateline, `"C1," SURNAME said. "C2."`, a second person introduced as
    the subject, `"C3," she said.`, a paragraph that is a quotation alone (the second person's),
    and `SURNAME said later that C.` (the first person's again)."""
    pairs = list(itertools.permutations(PEOPLE7, 2))
    combos = itertools.product(pairs, range(len(BARE7)), DOUBLE_MARKS, range(len(QUOTES7)), (False, True))
    for (a, b), o, m, k, dated in sample(combos, 160, "ho7-articles"):
        body = BARE7[o]
        role = ARTICLE_ROLES7[k % len(ARTICLE_ROLES7)]
        dateline, city = DATELINES7[k % len(DATELINES7)] if dated else ("", "")
        opening = f"{body} will close its site at Brevik Quay by the end of the year"
        p1 = f"{dateline} {opening}, {role} {a.full} said on Tuesday.".lstrip()
        q1, q2 = m.q(QUOTES7[k] + ","), m.q(SECONDS7[k % len(SECONDS7)])
        p2 = f"{q1} {a.surname} said. {q2}"
        p3 = f"{b.full}, who represents the 240 workers at the site, was scathing."
        q3 = m.q(QUOTES7[(k + 3) % len(QUOTES7)] + ",")
        p4 = f"{q3} {b.pronoun} said."
        p5 = m.q(QUOTES7[(k + 6) % len(QUOTES7)] + ".")
        clause = f"that {CLAUSES7[k % len(CLAUSES7)]}"
        p6 = f"{_cap(a.surname)} said later {clause}."
        text = "\n\n".join((p1, p2, p3, p4, p5, p6))
        expects = [
            Expect(opening, "indirect", a.full, Contains((role,)), "person"),
            Expect(p2, "direct", a.full, ANY, "person", parts=(q1, q2)),
            Expect(q3, "direct", b.full, ANY, "person"),
            Expect(p5, "direct", b.full, ANY, "person"),
            Expect(clause, "indirect", a.full, ANY, "person"),
        ]
        wrong = [(p2, b.full), (q3, a.full), (p5, a.full), (clause, b.full)]
        forbidden = (city,) if city else ()
        yield Case("", f"ho7-article-{int(dated)}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


HELD_OUT_7 = (
    named("heldout7.open_verbs", "1", "open verbs: positions, tenses, adverbs", unique_texts(open_verbs)),
    named(
        "heldout7.surname_endings", "1", "surnames in -an/-en/-on/-er/-s alone", unique_texts(surname_endings)
    ),
    named("heldout7.unnamed", "2", "one/the other, a second, several, others, both", unique_texts(unnamed)),
    named(
        "heldout7.colon_credits",
        "3",
        "roundups: possessive body, role, age, place",
        unique_texts(colon_credits),
    ),
    named("heldout7.interviews", "3", "Q:/INTERVIEWER:/THE CHAIR:/Q — labels", unique_texts(interviews)),
    named("heldout7.pronoun_gender", "4", "a woman and a man, then a pronoun", unique_texts(pronoun_gender)),
    named(
        "heldout7.pronoun_salience",
        "4",
        "two of one gender: the salient one speaks",
        unique_texts(pronoun_salience),
    ),
    named("heldout7.nominals", "4", "the economist, the 29-year-old, the carmaker", unique_texts(nominals)),
    named("heldout7.name_hygiene", "5", "long bodies, particles, pairs, issuers", unique_texts(name_hygiene)),
    named("heldout7.titles", "6", "possessive bodies, Former, Kenyan Trade Minister", unique_texts(titles)),
    named("heldout7.datelines", "7", "new byline shapes above datelines", unique_texts(datelines)),
    named(
        "heldout7.single_marks", "8", "single marks: apostrophes, nesting, splits", unique_texts(single_marks)
    ),
    named("heldout7.mixed_quotes", "-", "quoted fragments in reported clauses", unique_texts(mixed_quotes)),
    named(
        "heldout7.not_quotes",
        "-",
        "works, nicknames, pubs, hashtags: nobody speaks",
        unique_texts(not_quotes),
    ),
    named(
        "heldout7.articles", "-", "six-paragraph stories: speakers across paragraphs", unique_texts(articles)
    ),
)
