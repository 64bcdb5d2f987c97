"""Thirty-fourth held-out round: capabilities written at commit ``9b2536d`` by a helper (``hcap40``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout34data.py``: thirty invented people of Erzya, Karelian,
Arbëreshë, Cimbrian, Csángó, Limbu, Naxi, Kalenjin, Chewa, Mossi, Purépecha, Choctaw, Pohnpeian, Acholi and
Tamang origin, each with a gender and an age; ten people whose names look like common words, ranks or places
(`Hope Tanner`, `Joy Bishop`, `Sterling Judge`, `Chase Major`, `Clay Church`); straight, curly, British
single marks, guillemets and German low-high marks, each with its inner pair; roles with their bodies in
mushroom farming, a tram museum, coracle building, saffron growing, broom making, ice cream making,
sundials, chocolate making, mussel farming, paper marbling, sand yachting, letter cutting, scythe making
and clockwork toy repair; shinty, bandy, korfball, lacrosse, water polo and netball teams with their
positions; companies with their posts; radio and television stations with their programmes; open-class cue
verbs no earlier round used: `sang out`, `mouthed`, `wept`, `sniffled`, `mocked`, `preened`, `roared`,
`raged`, `mused aloud`, `railed`, `let slip`, `spelled out`) with phrasings a careful news editor keys one
way only:

1. post-match and sports credits (`TEAM lost 2-1 to RIVAL on DAY. "Q," NAME, the club's head coach, said
   after the match.`, `told the club's website`, `Full-back NAME said C.`, `"Q," said the 19-year-old
   defender.`, `TEAM's goal attack, NAME, said:`, `TEAM captain NAME told the PAPER`): NAME, the position
   or post as the title, never the club;
2. business credits (`FIRM said in a filing on DAY that C.`, `Chief executive NAME told analysts on a call
   that C.`, `NAME, the firm's finance chief, said on an earnings call:`, `Shares in FIRM fell on DAY after
   NAME, its POST, said C.`, `FIRM, whose chief executive NAME stepped down in YEAR, said on DAY that C.`,
   `NAME, an analyst at BODY who covers FIRM,`): the firm when the firm speaks, the person when one does;
3. eyewitnesses with a clause as their only title (`"Q," said NAME, 44, whose house flooded on DAY.`, `who
   watched from the pier`, `whose brother, B, was on the ferry`, `who was with B when the roof came down`,
   `whose shop B rebuilt after the storm`): NAME, never the clause's B;
4. a speaker reporting what a third person told them (`NAME said her father had told her: "Q."`, `NAME
   recalled that her teacher used to say that C.`, `NAME said B had told her on DAY that C.`, `According to
   NAME, her grandmother used to say: "Q."`, `"Q," NAME remembered her coach telling her.`, `"Q," NAME
   quoted B as saying.`): the reporter or the first speaker, either;
5. postnominal letters (`NAME BEM, ROLE at BODY`, `NAME OBE said`, `NAME, MD, ROLE at BODY,`, `NAME, PhD, a
   ROLE at BODY,`, `Dr NAME, DPhil`, `NAME KC, who represented BODY`, `Professor NAME FRS`): neither part
   of the name nor another person;
6. singular *they* (`NAME, who uses they/them pronouns, ... "Q," they said.`, `NAME uses they/them pronouns.
   They said C.`) beside a plural *they* (`The members of BODY voted against the plan on DAY. "Q2," they
   said in a statement.`: the members; `Residents near BODY complained ... "Q," they said.`: the residents;
   `Their colleagues at BODY agreed. "Q2," they said.`: NAME or the colleagues);
7. op-eds and letters (`In a letter to the editor, NAME writes that C.`, `NAME, a reader from TOWN,
   writes:`, `writes NAME in the latest issue of the PAPER`, `In an opinion piece for the PAPER, NAME ...
   argues that`, `Letters: "Q," writes NAME of TOWN.`, `The PAPER's editorial on DAY argued that C`: the
   paper or its editorial);
8. radio and TV credits (`NAME told STATION's PROGRAMME that C.`, `Speaking on Lunnholm TV's Late Edition,
   NAME said:`, `told listeners of`, `Appearing on PROGRAMME on STATION,`, `STATION's PROGRAMME asked NAME
   about TOPIC. "Q," she said.`): the station and the programme are addressees, never speakers;
9. British hometown titles (`NAME, of TOWN, said`, `NAME of TOWN said:`, `Councillor NAME (Ind, Upper
   Vantry) said`, `Cllr NAME (Lab, Quayward)`, `NAME, 50, of Ferry Lane, TOWN,`): NAME, never `NAME of TOWN`;
10. credits in a noun phrase (`"Q," was the response from NAME.`, `"Q" was how NAME described it.`, `The
    reply, from NAME, ROLE at BODY, was short: "Q."`, `That view was shared by NAME, who said C.`, `"Q," was
    all NAME would say.`, `The warning came from NAME, ROLE at BODY:`, `It was NAME, ROLE, who put it most
    plainly:`, `"Q," is how NAME, ROLE, sums it up.`);
11. a speaker reporting her own earlier speech (`NAME said she told the council in May that C.`, `"I said
    at the time, 'Q,'" NAME recalled.`, `"Q," NAME said she told the inspectors.`, `NAME repeated what she
    had told the meeting on DAY: "Q."`): NAME in both layers (an inner report found apart is NAME's or
    nobody's);
12. names that look like common words, ranks or places, on first and second reference (`Clay Church said
    C. Church added that C2.`, `"Q2," said Judge.`, `Sundial maker Clay Church said on DAY that C.`);
13. a credit in the middle with an adverbial clause (`"Q1," NAME said as the crowd thinned, "q2."`, `said
    NAME, before adding: "Q2."`, `said when asked about TOPIC,`, `said, pausing to look at the sea,`, `said
    NAME, who had been waiting since dawn,`): one quotation of two parts or two, every piece NAME's;
14. four reports of three people in one paragraph, one of them twice, surnames after the first (`B, ROLE,
    disagreed: "Q2." "Q3," SURNAME_A replied.`, `C, ROLE, sided with SURNAME_B: "Q3." "Q4," SURNAME_A
    said.`): each report its own speaker's;
15. negative controls (a screen, a court exhibit, a menu dish, a search term, a text message a reporter
    read out, a so-called law, a scoreboard, an auction lot, with a named person who says nothing): a
    marked span may be found, with no speaker, never that person;
16. open-class cue verbs (`"Q," NAME sniffled.`, `"Q," wept NAME, ROLE at BODY.`, `NAME, ROLE at BODY, railed:
    "Q."`, `NAME let slip that C.`, `"Q," club commodore NAME preened.`, `NAME runs BODY. "Q," the broom
    maker roared.`): NAME's, with the stated role (added after the first fifteen had been run; run once).

When a key is uncertain the case asserts less: a reported clause with or without its *that* (or with the
inner report's subject); a marked quotation closing a reported clause (`her father had told her: "Q."`) as
the marked span (direct) or the whole report (mixed); a hearsay quotation to the reporter or the one first
quoted; a split quotation as one of two parts or two; plural *they* after a singular-they speaker and a
group to either; titles with `Contains`, or `EitherOf` for a rank and a stated role; a clause-only
eyewitness, a hometown and a singular-they speaker get no title check.

Run once at 9b2536d (``capreport.py --heldout heldout34.NAME ...``): **3,040 of 4,146 (.733)**. (The
very first invocation stopped at `opeds_letters` on a template error, a wrong-speaker check naming a
quotation absent from its text; fixed, no key touched, and the run repeated whole: the six capabilities
measured before the stop gave the same numbers.) The failures were then read for template and key bugs
only. One key bug was fixed: in `hearsay` (shapes 0, 3, 6) and `own_speech` (shapes 3, 6) a marked
quotation closing a reported clause (`NAME said her father had told her: "Q."`, `NAME repeated what she
had told the meeting on DAY: "Q."`) demanded the marked span alone; the whole report as one mixed
quotation, NAME's, reads equally right, so either segmentation is now accepted (the speakers accepted did
not change). After that fix: `hearsay` 1.000, `own_speech` .957, all sixteen 3,211 of 4,146 (.774); the
floors are those rates. These keys stand, some of them calls the lead may judge: `FIRM reported its results
on DAY.` reports nothing (quotex lists `its results on DAY` as the firm's); `Residents near BODY complained
about the noise` and `STATION's PROGRAMME asked NAME about TOPIC` report nothing (quotex lists `the noise`
and the topic); a note reading "X" shown as an exhibit, a scoreboard that showed "X" and a text message a
reporter read out have no speaker (quotex gives `note`, the scoreboard, `reporter`); `NAME runs BODY. "Q,"
the coracle maker sang out.` is NAME's (the body's maker is the one who runs it).

| capability | group | cases | first run |
|---|---|---|---|
| `heldout34.sports_credits` | 1 | 258 | 0.663 |
| `heldout34.business_credits` | 2 | 258 | 0.868 |
| `heldout34.eyewitnesses` | 3 | 259 | 0.884 |
| `heldout34.hearsay` | 4 | 259 | 0.575 (1.000 after the key fix) |
| `heldout34.postnominals` | 5 | 256 | 0.520 |
| `heldout34.singular_they` | 6 | 261 | 0.268 |
| `heldout34.opeds_letters` | 7 | 258 | 1.000 |
| `heldout34.broadcast` | 8 | 260 | 0.873 |
| `heldout34.hometowns` | 9 | 259 | 1.000 |
| `heldout34.nominal_credits` | 10 | 262 | 0.347 |
| `heldout34.own_speech` | 11 | 257 | 0.720 (0.957 after the key fix) |
| `heldout34.word_names` | 12 | 252 | 0.917 |
| `heldout34.mid_credits` | 13 | 262 | 1.000 |
| `heldout34.crowded_paragraph` | 14 | 262 | 0.927 |
| `heldout34.negative_controls` | 15 | 261 | 0.448 |
| `heldout34.open_cues` | 16 | 262 | 0.729 |
| **heldout34** (all 16) | | 4,146 | 0.733 (3,040); 0.774 (3,211) after the key fix |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout34data import (
    ADVICE34,
    ALL_MARKS34,
    DAYS34,
    DEGREES34,
    EXHIBITS34,
    FIRMS34,
    HONOURS34,
    LAWS34,
    LOTS34,
    MENUS34,
    OPEN34,
    OPEN_COLON34,
    OPEN_INVERTED34,
    OPEN_THAT34,
    PAPERS34,
    PARTIES34,
    PEOPLE34,
    POSTS34,
    ROLES34,
    SAYINGS34,
    SCOREBOARDS34,
    SCREENS34,
    SEARCHES34,
    STATIONS34,
    STREETS34,
    TEAMS34,
    TEXTS34,
    TOWNS34,
    WARDS34,
    WITNESS34,
    WORDNAMES34,
    Mark34,
    Person34,
)
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import occurrence as _occurrence
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import span as _span

from quotex import Quote, extract_quotes

YEARS34 = (1991, 1998, 2006, 2013, 2019)


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts`` (a rank or a stated role, either)."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person34, step: int) -> Person34:
    """Another person of another culture, either gender."""
    pool = tuple(q for q in PEOPLE34 if q.culture != p.culture)
    return pool[step % len(pool)]


def _names(p: Person34 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person34) else p


def _d(content: str, p: Person34 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person34 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a group or a document when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


def _a(phrase: str) -> str:
    return f"an {phrase}" if phrase[:1] in "aeiou" else f"a {phrase}"


def _quotes(text: str) -> list[Quote]:
    return extract_quotes(text)


def _found_quote(text: str, content: str) -> Quote | None:
    """The quotation quotex found at exactly *content*'s first occurrence, if any."""
    start = text.index(content)
    for q in _quotes(text):
        if (q.start, q.end) == (start, start + len(content)):
            return q
    return None


def _one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first
    when it found none of them."""
    contents = tuple(c for c in contents if c in text)
    for content in contents:
        if _found_quote(text, content) is not None:
            return content
    return contents[0]


def _that(
    text: str, clause: str, p: Person34 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _marked_or_report(
    text: str,
    marked: str,
    report: str,
    p: Person34 | NameSpec,
    title: TitleSpec = ANY,
    *,
    person: bool = True,
) -> Expect:
    """A marked quotation closing a reported clause (`NAME said her father had told her: "Q."`): the marked
    span alone (direct) or the whole report with it (mixed), whichever quotex found: both read right."""
    q = _found_quote(text, report)
    if q is not None:
        kind = q.kind.value if q.kind.value in {"direct", "mixed"} else "mixed"
        return Expect(report, kind, _names(p), title, "person" if person else ANY)
    return Expect(marked, "direct", _names(p), title, "person" if person else ANY)


def _two_parts(text: str, p: Person34, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """A quotation interrupted by its credit: one quotation of two parts or two quotations, whichever quotex
    found (both are right), every piece *p*'s."""
    whole = _span(text, q1, q2)
    if _found_quote(text, whole) is not None:
        return [Expect(whole, "direct", (p.full,), title, "person", parts=(q1, q2))]
    return [_d(q1, p, title), _d(q2, p)]


def _tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated,
    so that only another speaker given to them fails (marked words that are no quotation, an inner
    report of the same speaker)."""
    start = text.index(region)
    end = start + len(region)
    accepted = {a.lower() for a in actors}
    expects: list[Expect] = []
    for q in _quotes(text):
        if start <= q.start and q.end <= end:
            content = text[q.start : q.end]
            if q.speaker is None:
                expects.append(Expect(content, q.kind.value, None, occurrence=_occurrence(text, q)))
            elif q.speaker.name.lower() in accepted:
                expects.append(
                    Expect(content, q.kind.value, (q.speaker.name,), occurrence=_occurrence(text, q))
                )
    return expects


def _role(r: int) -> str:
    return ROLES34[r].role


def _body(r: int) -> str:
    return ROLES34[r].body


def _head(r: int) -> str:
    return ROLES34[r].head


def _after(r: int) -> str:
    """`head grower at the Ardennock Mushroom Farm`."""
    return f"{ROLES34[r].role} at {ROLES34[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES34[r].quotes[k % len(ROLES34[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES34[r].clauses[k % len(ROLES34[r].clauses)]


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES34) - 1)) % len(ROLES34)


def _combos(shapes: int) -> Iterator[tuple[Person34, int, Mark34, int]]:
    return itertools.product(PEOPLE34, range(shapes), ALL_MARKS34, range(len(ROLES34)))


# --- group 1: post-match and sports credits -----------------------------------------------------------------


def sports_credits() -> Iterator[Case]:
    """`TEAM lost to RIVAL on DAY. "Q," NAME, the club's head coach, said after the match.`, `"Q," NAME
    told the club's website.`, `POSITION NAME said C.`, `NAME scored twice for TEAM on DAY. "Q," said the
    AGE-year-old POSITION.`, `TEAM's POSITION, NAME, said: "Q."`, `"Q," TEAM captain NAME told the PAPER.`,
    `Speaking after the final whistle, NAME, TEAM's head coach, said that C.` and `POSITION NAME, who scored
    the winner, said: "Q."` (NAME, with the position or post as the title; never the club)."""
    combos = itertools.product(PEOPLE34, range(8), ALL_MARKS34, range(len(TEAMS34)))
    for p, shape, m, t in sample(combos, 262, "ho34-sports"):
        k = _k(PEOPLE34.index(p), shape, t)
        team = TEAMS34[t]
        quote = _pick(team.quotes, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(team.clauses, k)
        pos = _pick(team.positions, k)
        day = DAYS34[k % 7]
        expect: Expect
        if shape == 0:
            text = (
                f"{team.name} lost 2-1 to {team.rival} on {day}. {qc} {p.full}, the club's head coach, said "
                "after the match."
            )
            expect = _d(qc, p, Contains("coach"))
        elif shape == 1:
            text = f"{qc} {p.full} told the club's website after the win over {team.rival}."
            expect = _d(qc, p, ANY)
        elif shape == 2:
            text = f"{_cap(pos)} {p.full} said {clause}."
            expect = _i(clause, p, Contains(pos))
        elif shape == 3:
            age = 18 + k % 6
            text = f"{p.full} scored twice for {team.name} on {day}. {qc} said the {age}-year-old {pos}."
            expect = _d(qc, p, Contains(pos))
        elif shape == 4:
            text = f"{_poss(team.name)} {pos}, {p.full}, said: {qs}"
            expect = _d(qs, p, Contains(pos))
        elif shape == 5:
            text = f"{qc} {team.name} captain {p.full} told the {_pick(PAPERS34, k)}."
            expect = _d(qc, p, Contains("captain"))
        elif shape == 6:
            text = (
                f"Speaking after the final whistle, {p.full}, {_poss(team.name)} head coach, said that "
                f"{clause}."
            )
            expect = _that(text, clause, p, Contains("coach"))
        else:
            text = f"{_cap(pos)} {p.full}, who scored the winner against {team.rival}, said: {qs}"
            expect = _d(qs, p, Contains(pos))
        yield Case("", f"ho34-sports-{shape}", text, [expect], wrong_speakers=[(expect.content, team.name)])


# --- group 2: business credits ------------------------------------------------------------------------------


def business_credits() -> Iterator[Case]:
    """`FIRM said in a filing on DAY that C.`, `Chief executive NAME told analysts on a call that C.`, `NAME,
    the firm's finance chief, said on an earnings call: "Q."`, `"Q," FIRM said in a statement.`, `Shares in
    FIRM fell on DAY after NAME, its POST, said C.`, `"Q," NAME, POST of FIRM, told the PAPER.`, `FIRM, whose
    chief executive NAME stepped down in YEAR, said on DAY that C.` and `NAME, an analyst at
    Brantmoor Securities who covers FIRM, said C.` (the firm when the firm speaks, the person when a person
    does)."""
    combos = itertools.product(PEOPLE34, range(8), ALL_MARKS34, range(len(FIRMS34)))
    for p, shape, m, f in sample(combos, 284, "ho34-business"):
        k = _k(PEOPLE34.index(p), shape, f)
        firm = FIRMS34[f]
        quote = _pick(firm.quotes, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(firm.clauses, k)
        post, head = POSTS34[k % len(POSTS34)]
        day = DAYS34[k % 7]
        firm_names = (firm.name, f"the {firm.business}", firm.business)
        wrong: list[tuple[str, str]] = []
        expect: Expect
        if shape == 0:
            text = f"{firm.name} said in a filing on {day} that {clause}."
            expect = _that(text, clause, firm_names, ANY, person=False)
        elif shape == 1:
            text = (
                f"{firm.name} reported its results on {day}. Chief executive {p.full} told analysts on a "
                f"call that {clause}."
            )
            expect, wrong = _that(text, clause, p, Contains("chief executive")), [(clause, firm.name)]
        elif shape == 2:
            text = (
                f"{firm.name} kept its forecast on {day}. {p.full}, the firm's finance chief, said on an "
                f"earnings call: {qs}"
            )
            expect = _d(qs, p, Contains("finance chief"))
        elif shape == 3:
            text = f"{qc} {firm.name} said in a statement on {day}."
            expect = _d(qc, firm_names, ANY, person=False)
        elif shape == 4:
            text = f"Shares in {firm.name} fell on {day} after {p.full}, its {post}, said {clause}."
            expect, wrong = _i(clause, p, Contains(head)), [(clause, firm.name)]
        elif shape == 5:
            text = f"{qc} {p.full}, {post} of {firm.name}, told the {_pick(PAPERS34, k)}."
            expect, wrong = _d(qc, p, Contains(head)), [(qc, firm.name)]
        elif shape == 6:
            year = YEARS34[k % 5]
            text = (
                f"{firm.name}, whose chief executive {p.full} stepped down in {year}, said on {day} that "
                f"{clause}."
            )
            expect, wrong = _that(text, clause, firm_names, ANY, person=False), [(clause, p.full)]
        else:
            text = f"{p.full}, an analyst at Brantmoor Securities who covers {firm.name}, said {clause}."
            expect, wrong = _i(clause, p, Contains("analyst")), [(clause, firm.name)]
        yield Case("", f"ho34-business-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 3: eyewitnesses with a clause as their only title -----------------------------------------------


def eyewitnesses() -> Iterator[Case]:
    """`"Q," said NAME, AGE, whose house flooded on DAY.`, `"Q," said NAME, who watched from the pier.`,
    `NAME, who was walking the dog when the wall fell, said C.`, `"Q," said NAME, whose sister, B, was on the
    ferry.`, `NAME, AGE, who has lived beside the harbour since YEAR, said: "Q."`, `"Q," said NAME, who was
    with B when the roof came down.`, `NAME, whose shop B rebuilt after the storm, said that C.` and `"Q,"
    NAME, who had been waiting since dawn, told the PAPER.` (NAME speaks; nobody the clause names does)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-witness"):
        k = _k(PEOPLE34.index(p), shape, r)
        b = _other(p, k)
        quote = _pick(WITNESS34, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS34[k % 7]
        expect: Expect
        if shape == 0:
            text = f"{qc} said {p.full}, {p.age}, whose house flooded on {day}."
            expect = _d(qc, p, ANY)
        elif shape == 1:
            text = f"{qc} said {p.full}, who watched from the pier."
            expect = _d(qc, p, ANY)
        elif shape == 2:
            text = f"{p.full}, who was walking {p.poss} dog when the wall fell, said {clause}."
            expect = _i(clause, p, ANY)
        elif shape == 3:
            rel = b.kin("sister", "brother")
            text = f"{qc} said {p.full}, whose {rel}, {b.full}, was on the ferry."
            expect = _d(qc, p, ANY)
        elif shape == 4:
            text = f"{p.full}, {p.age}, who has lived beside the harbour since {YEARS34[k % 5]}, said: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 5:
            text = f"{qc} said {p.full}, who was with {b.full} when the roof came down."
            expect = _d(qc, p, ANY)
        elif shape == 6:
            text = f"{p.full}, whose shop {b.full} rebuilt after the storm, said that {clause}."
            expect = _that(text, clause, p, ANY)
        else:
            text = f"{qc} {p.full}, who had been waiting since dawn, told the {_pick(PAPERS34, k)}."
            expect = _d(qc, p, ANY)
        yield Case("", f"ho34-witness-{shape}", text, [expect], wrong_speakers=[(expect.content, b.full)])


# --- group 4: a speaker reporting what a third person told them --------------------------------------------


def hearsay() -> Iterator[Case]:
    """`NAME said her father had told her: "Q."`, `NAME recalled that her teacher used to say that C.`,
    `NAME said B had told her on DAY that C.`, `According to NAME, her grandmother used to say: "Q."`,
    `"Q," NAME remembered her coach telling her.`, `NAME said a neighbour had warned her that C.`, `NAME said
    her mother's advice had been simple: "Q."` and `"Q," NAME quoted B as saying.` (a careful reader keys the
    words to the one who reports them or to the one who first said them: either is accepted, nobody
    else)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-hearsay"):
        k = _k(PEOPLE34.index(p), shape, r)
        b = _other(p, k)
        advice = _pick(ADVICE34, k)
        qc, qs = m.q(advice + ","), m.q(advice + ".")
        clause = _role_c(r, k)
        day = DAYS34[k % 7]
        poss, obj = p.poss, p.obj
        expect: Expect
        if shape == 0:
            rel = _pick(("father", "mother", "grandfather"), k)
            report = f"{poss} {rel} had told {obj}: {qs}"
            text = f"{p.full} said {report}"
            expect = _marked_or_report(text, qs, report, (p.full, f"{poss} {rel}", rel), person=False)
        elif shape == 1:
            clause = _pick(SAYINGS34, k)
            text = f"{p.full} recalled that {poss} teacher used to say that {clause}."
            inner = f"{poss} teacher used to say that {clause}"
            content = _one_of(text, (f"that {inner}", inner, f"that {clause}", clause))
            expect = _i(content, (p.full, f"{poss} teacher", "teacher"), ANY, person=False)
        elif shape == 2:
            inner = f"{b.full} had told {obj} on {day} that {clause}"
            text = f"{p.full} said {inner}."
            content = _one_of(text, (inner, f"that {clause}", clause))
            expect = _i(content, (p.full, b.full), ANY)
        elif shape == 3:
            report = f"{poss} grandmother used to say: {qs}"
            text = f"According to {p.full}, {report}"
            names = (p.full, f"{poss} grandmother", "grandmother")
            expect = _marked_or_report(text, qs, report, names, person=False)
        elif shape == 4:
            text = f"{qc} {p.full} remembered {poss} coach telling {obj}."
            expect = _d(qc, (p.full, f"{poss} coach", "coach"), ANY, person=False)
        elif shape == 5:
            text = f"{p.full} said a neighbour had warned {obj} that {clause}."
            inner = f"a neighbour had warned {obj} that {clause}"
            content = _one_of(text, (inner, f"that {clause}", clause))
            expect = _i(content, (p.full, "neighbour", "a neighbour"), ANY, person=False)
        elif shape == 6:
            report = f"{poss} mother's advice had been simple: {qs}"
            text = f"{p.full} said {report}"
            expect = _marked_or_report(text, qs, report, (p.full, f"{poss} mother", "mother"), person=False)
        else:
            text = f"{qc} {p.full} quoted {b.full} as saying."
            expect = _d(qc, (p.full, b.full), ANY)
        yield Case("", f"ho34-hearsay-{shape}", text, [expect])


# --- group 5: postnominal letters and credentials -------------------------------------------------------


def postnominals() -> Iterator[Case]:
    """`"Q," said NAME HON, ROLE at BODY.`, `NAME HON said C.`, `NAME, MD, ROLE at BODY, said: "Q."`, `NAME,
    PhD, a ROLE at BODY, told the PAPER that C.`, `"Q," said Dr NAME, DEGREE.`, `NAME KC, who represented
    BODY, said C.`, `"Q1," NAME HON said. "Q2," SURNAME added.` and `Professor NAME FRS, ROLE at BODY, said
    that C.` (the letters are neither part of the name nor another person)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-postnom"):
        k = _k(PEOPLE34.index(p), shape, r)
        quote, q2 = _role_q(r, k), _role_q(r, k + 1)
        qc, qs, q2c = m.q(quote + ","), m.q(quote + "."), m.q(q2 + ",")
        clause = _role_c(r, k)
        hon, deg = _pick(HONOURS34, k), _pick(DEGREES34, k)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} said {p.full} {hon}, {_after(r)}."
            expects = [_d(qc, p, title)]
        elif shape == 1:
            text = f"{p.full} {hon} said {clause}."
            expects = [_i(clause, p, ANY)]
        elif shape == 2:
            text = f"{p.full}, MD, {_after(r)}, said: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 3:
            text = (
                f"{p.full}, {deg}, {_a(_role(r))} at {_body(r)}, told the {_pick(PAPERS34, k)} that {clause}."
            )
            expects = [_that(text, clause, p, title)]
        elif shape == 4:
            text = f"{qc} said Dr {p.full}, {deg}."
            expects = [_d(qc, (p.full, f"Dr {p.full}"), ANY)]
        elif shape == 5:
            text = f"{p.full} KC, who represented {_body(r)} at the hearing, said {clause}."
            expects = [_i(clause, p, ANY)]
        elif shape == 6:
            text = f"{qc} {p.full} {hon} said. {q2c} {p.last} added."
            expects = [_d(qc, p, ANY), _d(q2c, p, ANY)]
        else:
            text = f"Professor {p.full} FRS, {_after(r)}, said that {clause}."
            expects = [
                _that(text, clause, (p.full, f"Professor {p.full}"), EitherOf((_head(r), "professor")))
            ]
        bad = [(e.content, f"{p.full} {tag}") for e in expects for tag in (hon, deg, "KC", "FRS", "MD")]
        yield Case("", f"ho34-postnom-{shape}", text, expects, wrong_speakers=bad)


# --- group 6: singular they beside a plural they -------------------------------------------------------


def singular_they() -> Iterator[Case]:
    """`NAME, ROLE at BODY, who uses they/them pronouns, said on DAY that C. "Q," they added.`, `"Q1," said
    NAME, who uses they/them pronouns and has worked at BODY since YEAR. "Q2," they said.`, `"Q1," said NAME,
    who uses they/them pronouns. The members of BODY voted against the plan on DAY. "Q2," they said in a
    statement.` (the members), `NAME uses they/them pronouns. "Q," they told the PAPER.`, `NAME, ROLE at
    BODY, uses they/them pronouns. They said C.`, `"Q1," NAME, who uses they/them pronouns, said. Their
    colleagues at BODY agreed. "Q2," they said.` (NAME or the colleagues), `Residents near BODY complained
    on DAY. "Q1," they said. NAME, who uses they/them pronouns and runs BODY, said C.` and `NAME, who uses
    they/them pronouns, said they would stay at BODY. "Q," they said.`"""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-they"):
        k = _k(PEOPLE34.index(p), shape, r)
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        q1c, q2c = m.q(q1 + ","), m.q(q2 + ",")
        clause = _role_c(r, k)
        body, day = _body(r), DAYS34[k % 7]
        title = Contains(_head(r))
        uses = "who uses they/them pronouns"
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, {_after(r)}, {uses}, said on {day} that {clause}. {q2c} they added."
            expects = [_that(text, clause, p, title), _d(q2c, p, ANY)]
        elif shape == 1:
            year = YEARS34[k % 5]
            text = f"{q1c} said {p.full}, {uses} and has worked at {body} since {year}. {q2c} they said."
            expects = [_d(q1c, p, ANY), _d(q2c, p, ANY)]
        elif shape == 2:
            text = (
                f"{q1c} said {p.full}, {uses}. The members of {body} voted against the plan on {day}. {q2c} "
                "they said in a statement."
            )
            members = (f"members of {body}", "members", "the members")
            expects = [_d(q1c, p, ANY), _d(q2c, members, ANY, person=False)]
            wrong = [(q2c, p.full)]
        elif shape == 3:
            text = f"{p.full} uses they/them pronouns. {q1c} they told the {_pick(PAPERS34, k)}."
            expects = [_d(q1c, p, ANY)]
        elif shape == 4:
            text = f"{p.full}, {_after(r)}, uses they/them pronouns. They said {clause}."
            expects = [_i(clause, p, ANY)]
        elif shape == 5:
            text = f"{q1c} {p.full}, {uses}, said. Their colleagues at {body} agreed. {q2c} they said."
            colleagues = (p.full, f"colleagues at {body}", "colleagues", f"their colleagues at {body}")
            expects = [_d(q1c, p, ANY), _d(q2c, colleagues, ANY, person=False)]
        elif shape == 6:
            text = (
                f"Residents near {body} complained about the noise on {day}. {q1c} they said. {p.full}, "
                f"{uses} and runs {body}, said {clause}."
            )
            residents = (f"residents near {body}", "residents")
            expects = [_d(q1c, residents, ANY, person=False), _i(clause, p, ANY)]
            wrong = [(q1c, p.full)]
        else:
            stay = f"they would stay at {body}"
            text = f"{p.full}, {uses}, said {stay}. {q1c} they said."
            expects = [_i(stay, p, ANY), _d(q1c, p, ANY)]
        yield Case("", f"ho34-they-{shape}", text, expects, wrong_speakers=wrong)


# --- group 7: op-eds and letters ------------------------------------------------------------------------


def opeds_letters() -> Iterator[Case]:
    """`In a letter to the editor, NAME writes that C.`, `NAME, a reader from TOWN, writes: "Q."`, `"Q,"
    writes NAME in the latest issue of the PAPER.`, `In an opinion piece for the PAPER, NAME, ROLE at BODY,
    argues that C.`, `"Q," NAME wrote in a column for the PAPER on DAY.`, `Writing in the PAPER, NAME said
    C.`, `The PAPER's editorial on DAY argued that C.` (the paper or its editorial) and `Letters: "Q," writes
    NAME of TOWN.` (the writer, never the paper)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-oped"):
        k = _k(PEOPLE34.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        paper, town, day = _pick(PAPERS34, k), _pick(TOWNS34, k), DAYS34[k % 7]
        title = Contains(_head(r))
        wrong: list[tuple[str, str]] = []
        expect: Expect
        if shape == 0:
            text = f"In a letter to the editor, {p.full} writes that {clause}."
            expect = _that(text, clause, p, ANY)
        elif shape == 1:
            text = f"{p.full}, a reader from {town}, writes: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 2:
            text = f"{qc} writes {p.full} in the latest issue of the {paper}."
            expect = _d(qc, p, ANY)
        elif shape == 3:
            text = f"In an opinion piece for the {paper}, {p.full}, {_after(r)}, argues that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 4:
            text = f"{qc} {p.full} wrote in a column for the {paper} on {day}."
            expect = _d(qc, p, ANY)
        elif shape == 5:
            text = f"Writing in the {paper}, {p.full} said {clause}."
            expect = _i(clause, p, ANY)
        elif shape == 6:
            text = (
                f"The {_poss(paper)} editorial on {day} argued that {clause}, a week after {p.full} resigned."
            )
            names = (paper, f"{_poss(paper)} editorial", "editorial", f"the {_poss(paper)} editorial")
            expect = _that(text, clause, names, ANY, person=False)
            wrong = [(clause, p.full)]
        else:
            text = f"Letters: {qc} writes {p.full} of {town}."
            expect = _d(qc, p, ANY)
        wrong.append((expect.content, paper))
        yield Case("", f"ho34-oped-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 8: radio and television credits --------------------------------------------------------------


def broadcast() -> Iterator[Case]:
    """`NAME told STATION's PROGRAMME that C.`, `Speaking on STATION's PROGRAMME, NAME said: "Q."`,
    `"Q," NAME, ROLE at BODY, told STATION.`, `In an interview with STATION on DAY, NAME said C.`, `NAME said
    on STATION's PROGRAMME that C.`, `"Q," NAME told listeners of STATION's PROGRAMME.`, `Appearing on
    PROGRAMME on STATION, NAME, ROLE at BODY, said: "Q."` and `STATION's PROGRAMME asked NAME about TOPIC.
    "Q," she said.` (NAME speaks; the station and the programme are addressees)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-broadcast"):
        k = _k(PEOPLE34.index(p), shape, r)
        st = STATIONS34[k % len(STATIONS34)]
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS34[k % 7]
        title = Contains(_head(r))
        prog = f"{_poss(st.station)} {st.programme.removeprefix('the ')}"
        expect: Expect
        if shape == 0:
            text = f"{p.full} told {prog} that {clause}."
            expect = _that(text, clause, p, ANY)
        elif shape == 1:
            text = f"Speaking on {prog}, {p.full} said: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 2:
            text = f"{qc} {p.full}, {_after(r)}, told {st.station}."
            expect = _d(qc, p, title)
        elif shape == 3:
            text = f"In an interview with {st.station} on {day}, {p.full} said {clause}."
            expect = _i(clause, p, ANY)
        elif shape == 4:
            text = f"{p.full} said on {prog} that {clause}."
            expect = _that(text, clause, p, ANY)
        elif shape == 5:
            text = f"{qc} {p.full} told listeners of {prog}."
            expect = _d(qc, p, ANY)
        elif shape == 6:
            text = f"Appearing on {st.programme} on {st.station}, {p.full}, {_after(r)}, said: {qs}"
            expect = _d(qs, p, title)
        else:
            text = f"{_cap(prog)} asked {p.full} about {ROLES34[r].topic}. {qc} {p.pronoun} said."
            expect = _d(qc, p, ANY)
        wrong = [(expect.content, st.station), (expect.content, st.programme), (expect.content, prog)]
        yield Case("", f"ho34-broadcast-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 9: British-style hometown titles -------------------------------------------------------------


def hometowns() -> Iterator[Case]:
    """`NAME, of TOWN, said C.`, `"Q," said NAME, of TOWN.`, `NAME of TOWN said: "Q."`, `Councillor NAME
    (PARTY, WARD) said C.`, `"Q," said Cllr NAME (PARTY, WARD).`, `NAME, AGE, of STREET, TOWN, said: "Q."`,
    `NAME, from TOWN, told the PAPER that C.` and `"Q," NAME, ROLE at BODY, of TOWN, said.` (NAME, never
    `NAME of TOWN`; a councillor's post is the title)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-hometown"):
        k = _k(PEOPLE34.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        town = _pick(TOWNS34, k)
        tag = f"({_pick(PARTIES34, k)}, {_pick(WARDS34, k)})"
        cllr = EitherOf(("councillor", "cllr"))
        expect: Expect
        if shape == 0:
            text = f"{p.full}, of {town}, said {clause}."
            expect = _i(clause, p, ANY)
        elif shape == 1:
            text = f"{qc} said {p.full}, of {town}."
            expect = _d(qc, p, ANY)
        elif shape == 2:
            text = f"{p.full} of {town} said: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 3:
            text = f"Councillor {p.full} {tag} said {clause}."
            expect = _i(clause, (p.full, f"Councillor {p.full}"), cllr)
        elif shape == 4:
            text = f"{qc} said Cllr {p.full} {tag}."
            expect = _d(qc, (p.full, f"Cllr {p.full}"), cllr)
        elif shape == 5:
            text = f"{p.full}, {p.age}, of {_pick(STREETS34, k)}, {town}, said: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 6:
            text = f"{p.full}, from {town}, told the {_pick(PAPERS34, k + 1)} that {clause}."
            expect = _that(text, clause, p, ANY)
        else:
            text = f"{qc} {p.full}, {_after(r)}, of {town}, said."
            expect = _d(qc, p, Contains(_head(r)))
        yield Case("", f"ho34-hometown-{shape}", text, [expect], wrong_speakers=[(expect.content, town)])


# --- group 10: credits in the passive or a noun phrase --------------------------------------------------


def nominal_credits() -> Iterator[Case]:
    """`"Q," was the response from NAME.`, `"Q" was how NAME described it.`, `The reply, from NAME, ROLE at
    BODY, was short: "Q."`, `That view was shared by NAME, who said C.`, `"Q," was all NAME would say.`,
    `The warning came from NAME, ROLE at BODY: "Q."`, `It was NAME, ROLE at BODY, who put it most plainly:
    "Q."` and `"Q," is how NAME, ROLE at BODY, sums it up.` (NAME's quotation)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-nominal"):
        k = _k(PEOPLE34.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs, qb = m.q(quote + ","), m.q(quote + "."), m.q(quote)
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text, expect = f"{qc} was the response from {p.full}.", _d(qc, p, ANY)
        elif shape == 1:
            text, expect = f"{qb} was how {p.full} described it.", _d(qb, p, ANY)
        elif shape == 2:
            text = f"The reply, from {p.full}, {_after(r)}, was short: {qs}"
            expect = _d(qs, p, title)
        elif shape == 3:
            text = f"That view was shared by {p.full}, who said {clause}."
            expect = _i(clause, p, ANY)
        elif shape == 4:
            text, expect = f"{qc} was all {p.full} would say.", _d(qc, p, ANY)
        elif shape == 5:
            text = f"The warning came from {p.full}, {_after(r)}: {qs}"
            expect = _d(qs, p, title)
        elif shape == 6:
            text = f"It was {p.full}, {_after(r)}, who put it most plainly: {qs}"
            expect = _d(qs, p, title)
        else:
            text = f"{qc} is how {p.full}, {_after(r)}, sums it up."
            expect = _d(qc, p, title)
        yield Case("", f"ho34-nominal-{shape}", text, [expect])


# --- group 11: a speaker reporting her own earlier speech ----------------------------------------------


def own_speech() -> Iterator[Case]:
    """`NAME said she told the council in May that C.`, `NAME said that she had warned BODY in YEAR that C.`,
    `"I said at the time, 'Q,'" NAME recalled.`, `NAME told the PAPER that she had told members on DAY: "Q."`,
    `NAME, ROLE at BODY, said she had written to the minister in YEAR to say that C.`, `"Q," NAME said she
    told the inspectors.`, `NAME repeated what she had told the meeting on DAY: "Q."` and `NAME said she had
    made the same point at the hearing in YEAR, when she said that C.` (NAME in both layers: the outer
    report is NAME's, and an inner one found apart is NAME's or nobody's)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-own"):
        k = _k(PEOPLE34.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        pron, day, year = p.pronoun, DAYS34[k % 7], YEARS34[k % 5]
        title = Contains(_head(r))
        region: str
        expect: Expect
        if shape == 0:
            inner = f"{pron} told the council in May that {clause}"
            text = f"{p.full} said {inner}."
            expect, region = _i(_one_of(text, (inner, f"that {clause}", clause)), p, ANY), inner
        elif shape == 1:
            inner = f"{pron} had warned {_body(_other_role(r, k))} in {year} that {clause}"
            text = f"{p.full} said that {inner}."
            content = _one_of(text, (f"that {inner}", inner, f"that {clause}", clause))
            expect, region = _i(content, p, ANY), inner
        elif shape == 2:
            whole = m.q(f"I said at the time, {m.inner(quote + ',')}")
            text = f"{whole} {p.full} recalled."
            expect, region = _d(whole, p, ANY), whole
        elif shape == 3:
            report = f"{pron} had told members on {day}: {qs}"
            text = f"{p.full} told the {_pick(PAPERS34, k)} that {report}"
            report = _one_of(text, (f"that {report}", report))
            expect, region = _marked_or_report(text, qs, report, p), text
        elif shape == 4:
            inner = f"{pron} had written to the minister in {year} to say that {clause}"
            text = f"{p.full}, {_after(r)}, said {inner}."
            expect, region = _i(_one_of(text, (inner, f"that {clause}", clause)), p, title), inner
        elif shape == 5:
            text = f"{qc} {p.full} said {pron} told the inspectors."
            expect, region = _d(qc, p, ANY), text
        elif shape == 6:
            report = f"what {pron} had told the meeting on {day}: {qs}"
            text = f"{p.full} repeated {report}"
            expect, region = _marked_or_report(text, qs, report, p), text
        else:
            inner = f"{pron} had made the same point at the hearing in {year}, when {pron} said that {clause}"
            text = f"{p.full} said {inner}."
            expect, region = _i(_one_of(text, (inner, f"that {clause}", clause)), p, ANY), inner
        extra = [e for e in _tolerate(text, region, (p.full,)) if e.content != expect.content]
        yield Case("", f"ho34-own-{shape}", text, [expect, *extra])


# --- group 12: names that look like common words, ranks or places --------------------------------------


def word_names() -> Iterator[Case]:
    """`"Q1," said NAME, ROLE at BODY.¶"Q2," SURNAME said.`, `NAME said C1. SURNAME added that C2.`, `NAME,
    ROLE at BODY, said: "Q."`, `According to NAME, C.`, `"Q1," NAME told the PAPER. "Q2," said SURNAME.`,
    `NAME has worked at BODY since YEAR. "Q," SURNAME said.`, `Speaking on DAY, NAME said that C.` and `ROLE
    NAME said on DAY that C. SURNAME said: "Q."` (names like Hope Tanner, Joy Bishop, Sterling Judge, Chase
    Major, Faith Kendal, Clay Church: the whole name speaks, on second reference too)."""
    combos = itertools.product(WORDNAMES34, range(8), ALL_MARKS34, range(len(ROLES34)))
    for p, shape, m, r in sample(combos, 262, "ho34-wordnames"):
        k = _k(WORDNAMES34.index(p), shape, r)
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        q1c, q2c, q1s, q2s = m.q(q1 + ","), m.q(q2 + ","), m.q(q1 + "."), m.q(q2 + ".")
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{q1c} said {p.full}, {_after(r)}.\n\n{q2c} {p.last} said."
            expects = [_d(q1c, p, title), _d(q2c, p, ANY)]
        elif shape == 1:
            text = f"{p.full} said {c1}. {p.last} added that {c2}."
            expects = [_i(c1, p, None), _that(text, c2, p, None)]
        elif shape == 2:
            text = f"{p.full}, {_after(r)}, said: {q1s}"
            expects = [_d(q1s, p, title)]
        elif shape == 3:
            text = f"According to {p.full}, {c1}."
            expects = [_i(c1, p, None)]
        elif shape == 4:
            text = f"{q1c} {p.full} told the {_pick(PAPERS34, k)}. {q2c} said {p.last}."
            expects = [_d(q1c, p, None), _d(q2c, p, None)]
        elif shape == 5:
            text = f"{p.full} has worked at {_body(r)} since {YEARS34[k % 5]}. {q1c} {p.last} said."
            expects = [_d(q1c, p, ANY)]
        elif shape == 6:
            text = f"Speaking on {DAYS34[k % 7]}, {p.full} said that {c1}."
            expects = [_that(text, c1, p, None)]
        else:
            text = f"{_cap(_role(r))} {p.full} said on {DAYS34[k % 7]} that {c1}. {p.last} said: {q2s}"
            expects = [_that(text, c1, p, title), _d(q2s, p, ANY)]
        yield Case("", f"ho34-wordnames-{shape}", text, expects)


# --- group 13: a credit in the middle with an adverbial clause -----------------------------------------


def mid_credits() -> Iterator[Case]:
    """`"Q1," NAME said as the crowd thinned, "q2."`, `"Q1," said NAME, before adding: "Q2."`,
    `"Q1," NAME said while the boats were tied up, "q2."`, `"Q1," NAME, ROLE at BODY, said after the votes had
    been counted, "q2."`, `"Q1," said NAME as she locked the door. "Q2."`, `"Q1," NAME said when asked about
    TOPIC, "q2."`, `"Q1," NAME said, pausing to look at the sea, "q2."` and `"Q1," said NAME, who had been
    waiting since dawn, "q2."` (one quotation of two parts or two quotations, every piece NAME's)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-mid"):
        k = _k(PEOPLE34.index(p), shape, r)
        first, second = ROLES34[r].split
        q1 = m.q(first + ",")
        q2 = m.q(second + ".")
        q2_full = m.q(_role_q(r, k) + ".")
        title = Contains(_head(r))
        if shape == 0:
            text = f"{q1} {p.full} said as the crowd thinned, {q2}"
            expects = _two_parts(text, p, q1, q2)
        elif shape == 1:
            text = f"{q1} said {p.full}, before adding: {q2_full}"
            expects = _two_parts(text, p, q1, q2_full)
        elif shape == 2:
            text = f"{q1} {p.full} said while the boats were tied up, {q2}"
            expects = _two_parts(text, p, q1, q2)
        elif shape == 3:
            text = f"{q1} {p.full}, {_after(r)}, said after the votes had been counted, {q2}"
            expects = _two_parts(text, p, q1, q2, title)
        elif shape == 4:
            text = f"{q1} said {p.full} as {p.pronoun} locked the door. {q2_full}"
            expects = _two_parts(text, p, q1, q2_full)
        elif shape == 5:
            text = f"{q1} {p.full} said when asked about {ROLES34[r].topic}, {q2}"
            expects = _two_parts(text, p, q1, q2)
        elif shape == 6:
            text = f"{q1} {p.full} said, pausing to look at the sea, {q2}"
            expects = _two_parts(text, p, q1, q2)
        else:
            text = f"{q1} said {p.full}, who had been waiting since dawn, {q2}"
            expects = _two_parts(text, p, q1, q2)
        yield Case("", f"ho34-mid-{shape}", text, expects)


# --- group 14: many speakers in one long paragraph ------------------------------------------------------


def crowded_paragraph() -> Iterator[Case]:
    """One paragraph, four reports, three people (one of them twice), surnames only after the first: `"Q1,"
    said A, ROLE_A. B, ROLE_B, disagreed: "Q2." "Q3," SURNAME_A replied. C, ROLE_C, said C4.` and five other
    orders (each report keyed to its own speaker, never to the one named just before)."""
    for a, shape, m, r in sample(_combos(6), 262, "ho34-crowd"):
        k = _k(PEOPLE34.index(a), shape, r)
        b = _other(a, k)
        c = _other(b, k + 3)
        if c == a or c.culture == a.culture:
            c = _other(a, k + 7)
        rb, rc = _other_role(r, k), _other_role(r, k + 5)
        if rc == rb:
            rc = _other_role(rb, k)
        qa1, qa2 = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k + 1) + ",")
        qb1, qb2 = m.q(_role_q(rb, k) + ","), m.q(_role_q(rb, k + 1) + ",")
        qb1s, qc1, qc1s = m.q(_role_q(rb, k) + "."), m.q(_role_q(rc, k) + ","), m.q(_role_q(rc, k) + ".")
        c1, c2, c4 = _role_c(r, k), _role_c(rb, k), _role_c(rc, k)
        ta, tb, tc = Contains(_head(r)), Contains(_head(rb)), Contains(_head(rc))
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{qa1} said {a.full}, {_after(r)}. {b.full}, {_after(rb)}, disagreed: {qb1s} {qa2} {a.last} "
                f"replied. {c.full}, {_after(rc)}, said {c4}."
            )
            expects = [_d(qa1, a, ta), _d(qb1s, b, tb), _d(qa2, a), _i(c4, c, tc)]
        elif shape == 1:
            text = (
                f"{a.full}, {_after(r)}, said {c1}. {qb1} said {b.full}, {_after(rb)}. {c.full}, "
                f"{_after(rc)}, sided with {b.last}: {qc1s} {qa2} {a.last} said."
            )
            expects = [_i(c1, a, ta), _d(qb1, b, tb), _d(qc1s, c, tc), _d(qa2, a)]
        elif shape == 2:
            text = (
                f"{qa1} {a.full}, {_after(r)}, told the meeting. {qb1} {b.full}, {_after(rb)}, replied. "
                f"{qc1} said {c.full}, {_after(rc)}. {b.last} shook {b.poss} head. {qb2} {b.last} said."
            )
            expects = [_d(qa1, a, ta), _d(qb1, b, tb), _d(qc1, c, tc), _d(qb2, b)]
        elif shape == 3:
            text = (
                f"According to {a.full}, {_after(r)}, {c1}. {b.full}, {_after(rb)}, said {c2}. {c.full}, "
                f"{_after(rc)}, was blunter: {qc1s} {qa1} {a.last} said."
            )
            expects = [_i(c1, a, ta), _i(c2, b, tb), _d(qc1s, c, tc), _d(qa1, a)]
        elif shape == 4:
            text = (
                f"{qa1} said {a.full}, {_after(r)}. {qb1} said {b.full}, {_after(rb)}. {qc1} said {c.full}, "
                f"{_after(rc)}. {qa2} said {a.last}."
            )
            expects = [_d(qa1, a, ta), _d(qb1, b, tb), _d(qc1, c, tc), _d(qa2, a)]
        else:
            text = (
                f"{a.full}, {_after(r)}, and {b.full}, {_after(rb)}, spoke first. {qa1} said {a.last}. {qb1} "
                f"{b.last} said. {c.full}, {_after(rc)}, said {c4}. {qb2} {b.last} added."
            )
            expects = [_d(qa1, a), _d(qb1, b), _i(c4, c, tc), _d(qb2, b)]
        owners = {e.content: e.speaker for e in expects}
        wrong = [
            (content, person.full)
            for content, who in owners.items()
            for person in (a, b, c)
            if who is not None and person.full not in who
        ]
        yield Case("", f"ho34-crowd-{shape}", text, expects, wrong_speakers=wrong)


# --- group 15: negative controls ----------------------------------------------------------------------


def negative_controls() -> Iterator[Case]:
    """`A screen above the counter at BODY showed "X" when NAME arrived on DAY.`, `Exhibit 14, a note reading
    "X", was shown to the jury on DAY while NAME watched from the gallery.`, `The menu at BODY lists "X" for
    six pounds, a dish NAME added in YEAR.`, `Searches for "X" rose sharply after NAME appeared on
    television.`, `At the hearing, a reporter read out a text message sent to NAME on DAY: "X."`, `The
    so-called "X" was passed in YEAR, two years after NAME joined BODY.`, `The scoreboard at BODY still
    showed "X" an hour after NAME left.` and `The auction catalogue lists lot 31 as "X", a piece NAME
    restored in YEAR.` (nobody speaks: a marked span may be found, but with no speaker, never NAME)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-negative"):
        k = _k(PEOPLE34.index(p), shape, r)
        day, year, body = DAYS34[k % 7], YEARS34[k % 5], _body(r)
        if shape == 0:
            marked = m.q(_pick(SCREENS34, k))
            text = f"A screen above the counter at {body} showed {marked} when {p.full} arrived on {day}."
        elif shape == 1:
            marked = m.q(_pick(EXHIBITS34, k))
            text = (
                f"Exhibit 14, a note reading {marked}, was shown to the jury on {day} while {p.full} watched "
                "from the gallery."
            )
        elif shape == 2:
            marked = m.q(_pick(MENUS34, k))
            text = f"The menu at {body} lists a {marked} for six pounds, a dish {p.full} added in {year}."
        elif shape == 3:
            marked = m.q(_pick(SEARCHES34, k))
            text = f"Searches for {marked} rose sharply after {p.full} appeared on television."
        elif shape == 4:
            marked = m.q(_cap(_pick(TEXTS34, k)) + ".")
            text = f"At the hearing, a reporter read out a text message sent to {p.full} on {day}: {marked}"
        elif shape == 5:
            marked = m.q(_pick(LAWS34, k))
            text = f"The so-called {marked} was passed in {year}, two years after {p.full} joined {body}."
        elif shape == 6:
            marked = m.q(_pick(SCOREBOARDS34, k))
            text = f"The scoreboard at {body} still showed {marked} an hour after {p.full} left."
        else:
            marked = m.q(_pick(LOTS34, k))
            text = f"The auction catalogue lists lot 31 as {marked}, a piece {p.full} restored in {year}."
        yield Case(
            "", f"ho34-negative-{shape}", text, _tolerate(text, text), wrong_speakers=[(marked, p.full)]
        )


# --- group 16: open-class cue verbs --------------------------------------------------------------------


def open_cues() -> Iterator[Case]:
    """`"Q," NAME VERB.`, `"Q," VERB NAME, ROLE at BODY.`, `NAME, ROLE at BODY, VERB: "Q."`, `"Q1," NAME
    VERB. "Q2," she added.`, `NAME VERB that C.`, `"Q," ROLE NAME VERB.`, `NAME runs BODY. "Q," the HEAD
    VERB.` and `"Q," NAME VERB, before walking away.` with cue verbs no earlier round used (`sang out`,
    `mouthed`, `wept`, `sniffled`, `mocked`, `preened`, `roared`, `raged`, `mused aloud`, `railed`, `let
    slip`, `spelled out`): NAME's quotation, with the stated role."""
    for p, shape, m, r in sample(_combos(8), 262, "ho34-open"):
        k = _k(PEOPLE34.index(p), shape, r)
        quote, q2 = _role_q(r, k), _role_q(r, k + 1)
        qc, qs, q2c = m.q(quote + ","), m.q(quote + "."), m.q(q2 + ",")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        verb = _pick(OPEN34, k)
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{qc} {p.full} {verb}.", [_d(qc, p, None)]
        elif shape == 1:
            text = f"{qc} {_pick(OPEN_INVERTED34, k)} {p.full}, {_after(r)}."
            expects = [_d(qc, p, title)]
        elif shape == 2:
            text = f"{p.full}, {_after(r)}, {_pick(OPEN_COLON34, k)}: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 3:
            text = f"{qc} {p.full} {verb}. {q2c} {p.pronoun} added."
            expects = [_d(qc, p, None), _d(q2c, p, None)]
        elif shape == 4:
            text = f"{p.full} {_pick(OPEN_THAT34, k)} that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 5:
            text = f"{qc} {_role(r)} {p.full} {verb}."
            expects = [_d(qc, p, title)]
        elif shape == 6:
            text = f"{p.full} runs {_body(r)}. {qc} the {_head(r)} {verb}."
            expects = [_d(qc, p, ANY)]
        else:
            text = f"{qc} {p.full} {verb}, before walking away."
            expects = [_d(qc, p, None)]
        yield Case("", f"ho34-open-{shape}", text, expects)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout34.{name}", group, description, unique_texts(gen))


HELD_OUT_34 = (
    _named("sports_credits", "1", "the coach said after the match; striker NAME said", sports_credits),
    _named(
        "business_credits",
        "2",
        "the company said in a filing; chief executive NAME told analysts",
        business_credits,
    ),
    _named("eyewitnesses", "3", '"Q," said NAME, 34, whose house flooded', eyewitnesses),
    _named("hearsay", "4", 'NAME said her father had told her: "Q"', hearsay),
    _named("postnominals", "5", "NAME MBE; NAME, MD,; NAME, PhD, a ROLE at BODY", postnominals),
    _named("singular_they", "6", "NAME, who uses they/them pronouns ... they said", singular_they),
    _named("opeds_letters", "7", "In a letter to the editor, NAME writes that", opeds_letters),
    _named("broadcast", "8", "NAME told STATION's PROGRAMME; speaking on PROGRAMME", broadcast),
    _named("hometowns", "9", "NAME, of TOWN, said; Councillor NAME (Lab, WARD) said", hometowns),
    _named(
        "nominal_credits", "10", '"Q," was the response from NAME; was how NAME described it', nominal_credits
    ),
    _named("own_speech", "11", "NAME said she told the council in May that C", own_speech),
    _named(
        "word_names", "12", "Hope Tanner, Joy Bishop, Sterling Judge, Chase Major as speakers", word_names
    ),
    _named("mid_credits", "13", '"Q1," NAME said as the crowd thinned, "q2."', mid_credits),
    _named("crowded_paragraph", "14", "four quotes, three people in one paragraph", crowded_paragraph),
    _named(
        "negative_controls",
        "15",
        "screens, exhibits, menus, searches, texts, laws: no speaker",
        negative_controls,
    ),
    _named("open_cues", "16", '"Q," NAME sang out; NAME railed: "Q."; NAME let slip that', open_cues),
)
