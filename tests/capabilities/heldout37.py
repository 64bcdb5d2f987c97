"""Thirty-seventh held-out round: capabilities written at commit ``0aa5a33`` by a helper (``hcap43``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout37data.py``: thirty invented people of Nahua, Nogai,
Paiwan, Silesian, Soninke, Swazi, Talysh, Tausug, Temne, Tetum, Tharu, Tiv, Tumbuka, Tzeltal and Zarma origin,
each with a gender and an age; straight, curly, British single marks, guillemets and German low-high marks;
roles with their bodies in watercress beds, a hedge maze, a model village, a tweed mill, a cactus nursery, a
hovercraft service, a fan museum, a tile works, a dye works, a tin mine, a pewter works and a bowling club;
council wards, police forces and fire services, schools, hospitals and trusts, shows and critics' papers,
visitors' towns, unions and employers, invented countries; jobs for second references (`the glazier`); words
under discussion, book titles, brands, ballot questions, signs and pets' names; open-class cue verbs of
gesture and attitude `conceded ruefully`, `nodded grimly`, `smiled thinly`, `smiled wryly`, `chuckled darkly`,
`admitted sheepishly`, `sighed heavily`, `allowed grudgingly`, and gestures before a quotation `spread her
hands`, `raised an eyebrow`, `rolled her eyes`) with phrasings a careful news editor keys one way only:

1. council and committee meetings (`Councillor NAME, who represents WARD ward, told the meeting: "Q."`, `said
   Alderwoman NAME`, `NAME, the motion's proposer, said C.`, `Councillor NAME (PARTY, WARD) moved that M.`,
   `OTHER, the committee's chair, disagreed: "Q2."`, `Councillor NAME said the plan was "a folly".`, `SURNAME
   told the meeting C.` after `proposed by NAME and seconded by OTHER`): NAME, the councillor's post;
2. police and incident reports (`"Q," a police spokeswoman said.`, `A spokesman for FIRE said C.`, `Officers
   said C.`, `RANK NAME, of FORCE, said:`, `FORCE said in a statement that C.`, `said Sergeant NAME, who was
   first at the scene`, a neighbour `who lives nearby`): the official, the force or the service, or NAME with
   the rank;
3. schools and children (`"Q," said NAME, 9.`, `Pupil NAME, 10, said C.`, `The head teacher, NAME, said:`,
   `CHILD's mother, NAME, said C.`, `Her mother, NAME, added:`, `NAME, headteacher of SCHOOL, told parents in
   a letter that C.`, `said her classmate OTHER, 10`, `as her father, NAME, looked on`): an age is no title;
4. health (`Dr NAME, a consultant at HOSPITAL, said:`, `said a nurse who asked not to be named`, `FIRST, who
   asked that only her first name be used, ... "Q," FIRST said.`, `Dr SURNAME said` after an introduction,
   `said FIRST, 64, a patient on the ward, who did not want to give her surname`, `A spokeswoman for TRUST
   said C.`, `said Dr NAME, HOSPITAL's medical director`): the doctor's full name, the unnamed nurse, a
   patient by the only name given;
5. reviews and arts (`The painter NAME, whose exhibition SHOW opens at GALLERY, said:`, `"R," wrote the critic
   OTHER in the PAPER.`, `In the programme notes for SHOW, the director, NAME, writes:`, `OTHER, reviewing
   SHOW for the PAPER, wrote that it was "F".`, `The PAPER was less kind. "R," its critic wrote.`, `The
   artist, NAME, smiled thinly: "Q."`): the artist's words the artist's, the review the critic's or the
   paper's;
6. travel and human interest (`"Q," said NAME, of TOWN.`, `NAME, from TOWN, added:`, `NAME, visiting from TOWN
   with her husband, said C.`, `a retired teacher from TOWN`, `NAME and her husband drove from TOWN ... "Q,"
   she said.`, `on holiday from TOWN, conceded ruefully`, `Among the visitors was NAME, 58, from TOWN.`): a
   hometown or a visit is no title;
7. labour disputes (`said a union official`, `The shop steward at FIRM, NAME, allowed grudgingly that C.`,
   `Management said C.`, `A statement from the employer, FIRM, said:`, `regional organiser for UNION, told the
   rally:`, `UNION said C. Its general secretary, NAME, said:`, `said one striking worker, who did not want to
   be named`): the official, management or the employer when nobody is named;
8. diplomacy (`The ministry said in a statement that C.`, `COUNTRY recalled its envoy. "Q," the country's
   foreign minister, NAME, told reporters.`, `Its ambassador, NAME, said C.`, `A senior official, speaking on
   condition of anonymity, said C.`, `said NAME, ADJ ambassador to COUNTRY2`, `a senior ADJ diplomat said on
   condition of anonymity`, `NAME, a spokeswoman for the ministry, added:`): the ministry or the unnamed
   official, or NAME with the post;
9. organisations across sentences (`BODY said C. It added that C2.`, `"Q," it said.`, `The company's statement
   said C.`, `BODY said in a statement: "Q." It added: "Q2."`, `NAME, its ROLE, said:`, `The KIND added that
   C2.`, `said on its website`, `BODY declined to comment. NAME, a former ROLE, said C.`): the body for *it*,
   its kind and its statement; a refusal is no quotation;
10. a quotation after a sentence with the speaker as subject and no cue verb (`NAME was blunt: "Q."`, `NAME
    had a warning for the council:`, `NAME put it simply. "Q."`, `NAME, ROLE at BODY, was unrepentant:`, `The
    ROLE, NAME, had a message for visitors to BODY:`, `SURNAME was in no doubt. "Q."`, `NAME was more
    cautious. "Q." OTHER, however, said C.`, `Asked about the KIND, NAME spread her hands. "Q."`);
11. feature writing in the present tense with first names later (`NAME, 44, has run BODY for 15 years. "Q,"
    says FIRST.`, `FIRST laughs. "Q."`, `"Q," FIRST says, and she shrugs.`, `She shrugs. "Q."`, `says FIRST,
    pouring the tea`, `OTHER_FIRST wants to sell up. FIRST is not so sure. "Q."`, `FIRST says C.`, `"Q1,"
    FIRST says. She pauses. "Q2."`): the full name introduced first;
12. `As NAME put it, C.`, `In the words of NAME, ROLE at BODY: "Q."`, `Per NAME, C.`, `To quote NAME: "Q."`,
    `NAME's verdict: "Q."`, `As NAME, ROLE at BODY, put it:`, `C, in the words of NAME.`, `SURNAME's
    verdict:`;
13. long titles (`The deputy chief executive of TRUST, NAME, said C.`, `ROLE at BODY and ROLE2 of BODY2 NAME
    said:`, `said the ROLE of BODY and chair of its trustees, NAME`, `NAME, ROLE at BODY and ROLE2 of BODY2,
    said C.`, `The chair of the heritage committee of COUNCIL, NAME, told the PAPER:`, `ROLE at BODY and a
    trustee of BODY2, NAME, said C.`, `the interim director of operations at BODY, who was appointed in YEAR`,
    `Former ROLE of BODY and now ROLE2 at BODY2, NAME said:`): NAME, the title holding one of the posts;
14. a person quoted, then named by a role noun only (`said the glazier`, `said the 44-year-old`, `the
    grandmother of three said`, `the retired JOB said`, `said the JOB2` when two jobs are stated), with
    another person of the same gender between: the person the noun describes;
15. negative controls (`NAME dislikes the word "WORD".`, `NAME's new book, "BOOK", is out`, `a bottle of
    "BRAND"`, `Voters in TOWN will be asked: "QUESTION?" NAME, who chairs the campaign, declined to comment.`,
    `The word "WORD" appears forty times`, `Signs reading "SIGN"`, `NAME named the alpaca "PET".`): nobody
    says them, never NAME.

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a mixed quotation
as its clause or its marked words; an unnamed official or the body it speaks for; a critic or the paper; a
quotation continued after a pause as one or two; titles with `Contains`, or `EitherOf` when two posts are
stated; a doctor's name with or without *Dr*.

Run once at 0aa5a33 (``capreport.py --heldout --show 6 heldout37.NAME ...``): **3,297 of 3,747 (.880)**. The
failures were then read for template and key bugs only; one key was fixed, no key changed to match quotex:
`bodies_across` shape 2 (`FIRM closed BODY on DAY. The company's statement said C.`) demanded FIRM, but the
closed body is a company too, so *the company's statement* can be read as either's; the body is now accepted
(.789 -> .818). After the fix: **3,304 of 3,747 (.882)**; the floors are those rates. Calls the lead may
judge: `moved that M` (a motion, keyed as the mover's indirect report; quotex finds none) and `COUNTRY
recalled its envoy` (keyed as no report; quotex reads *recalled* as a cue).

| capability | group | cases | first run | after the key fix |
|---|---|---|---|---|
| `heldout37.council_meetings` | 1 | 255 | 0.843 | 0.843 |
| `heldout37.police_incidents` | 2 | 244 | 0.963 | 0.963 |
| `heldout37.schools_children` | 3 | 248 | 0.891 | 0.891 |
| `heldout37.health_patients` | 4 | 264 | 0.989 | 0.989 |
| `heldout37.arts_reviews` | 5 | 267 | 1.000 | 1.000 |
| `heldout37.travellers_hometowns` | 6 | 251 | 0.869 | 0.869 |
| `heldout37.labour_disputes` | 7 | 233 | 0.914 | 0.914 |
| `heldout37.diplomacy` | 8 | 244 | 0.869 | 0.869 |
| `heldout37.bodies_across` | 9 | 242 | 0.789 | 0.818 |
| `heldout37.verbless_intros` | 10 | 252 | 0.877 | 0.877 |
| `heldout37.feature_present` | 11 | 251 | 0.888 | 0.888 |
| `heldout37.as_put_it` | 12 | 245 | 0.763 | 0.763 |
| `heldout37.long_titles` | 13 | 249 | 0.631 | 0.631 |
| `heldout37.role_noun_anaphora` | 14 | 252 | 1.000 | 1.000 |
| `heldout37.negative_controls` | 15 | 250 | 0.896 | 0.896 |
| **heldout37** (all 15) | | 3,747 | 0.880 (3,297) | 0.882 (3,304) |
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout37data import (
    ALL_MARKS37,
    ARTISTS37,
    BALLOTS37,
    BOOKS37,
    BRANDS37,
    COUNCIL37,
    COUNCILS37,
    COUNTRIES37,
    DAYS37,
    DIPLO37,
    FIRE37,
    FIRMS37,
    FORCES37,
    FRAGMENTS37,
    GALLERIES37,
    GESTURES37,
    HEALTH37,
    HOSPITALS37,
    JOBS37,
    LABOUR37,
    MEN37,
    MOTIONS37,
    OPEN37,
    OPEN_THAT37,
    PAPERS37,
    PARTIES37,
    PEOPLE37,
    PETS37,
    POLICE37,
    PUPILS37,
    RANKS37,
    REVIEWS37,
    ROLES37,
    SCHOOL37,
    SCHOOLS37,
    SHOWS37,
    SIGNS37,
    STREETS37,
    TOWNS37,
    TRAVEL37,
    UNIONS37,
    WARDS37,
    WOMEN37,
    WORDS37,
    Mark37,
    Person37,
)
from heldout_kit import alts as _alts
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import occurrence as _occurrence
from heldout_kit import one_of as _one_of
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import quotes as _quotes
from heldout_kit import span as _span

YEARS37 = (1984, 1993, 2002, 2009, 2016)


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts``."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person37, step: int, *, same: bool = False) -> Person37:
    """Another person of another culture: of the same gender when *same*, else of either."""
    pool = tuple(q for q in PEOPLE37 if q.culture != p.culture and (not same or q.gender == p.gender))
    return pool[step % len(pool)]


def _woman(k: int) -> Person37:
    return WOMEN37[k % len(WOMEN37)]


def _man(k: int) -> Person37:
    return MEN37[k % len(MEN37)]


def _names(p: Person37 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person37) else p


def _d(content: str, p: Person37 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person37 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a group or an official when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


def _a(phrase: str) -> str:
    """*phrase* with its indefinite article."""
    return f"an {phrase}" if phrase[:1].lower() in "aeiou" else f"a {phrase}"


@functools.lru_cache(maxsize=8192)
def _that(
    text: str, clause: str, p: Person37 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _mixed(text: str, contents: tuple[str, ...], p: Person37 | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A mixed quotation: the reported clause holding the marked words (kind mixed), or the marked words
    alone (direct by their marks or mixed by their use), whichever quotex found."""
    content = _one_of(text, contents)
    kind = "mixed"
    start = text.index(content)
    if content[:1] in "\"“'‘«„":
        for q in _quotes(text):
            if (q.start, q.end) == (start, start + len(content)) and q.kind.value in ("direct", "mixed"):
                kind = q.kind.value
    return Expect(content, kind, _names(p), title, "person" if isinstance(p, Person37) else ANY)


def _tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated,
    so that only another speaker given to them fails."""
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
    return ROLES37[r].role


def _body(r: int) -> str:
    return ROLES37[r].body


def _head(r: int) -> str:
    return ROLES37[r].head


def _after(r: int) -> str:
    """`maze keeper at the Hollinbrook Hedge Maze`."""
    return f"{ROLES37[r].role} at {ROLES37[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES37[r].quotes[k % len(ROLES37[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES37[r].clauses[k % len(ROLES37[r].clauses)]


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES37) - 1)) % len(ROLES37)


def _combos(shapes: int) -> Iterator[tuple[Person37, int, Mark37, int]]:
    return itertools.product(PEOPLE37, range(shapes), ALL_MARKS37, range(len(ROLES37)))


def _pair(pool: Sequence[tuple[str, str]], k: int) -> tuple[str, str]:
    return pool[k % len(pool)]


def _wrong(expects: list[Expect], people: Sequence[Person37]) -> list[tuple[str, str]]:
    """Each quotation given to a person of *people* its key does not accept is wrong."""
    return [
        (e.content, who.full)
        for e in expects
        for who in people
        if e.speaker is not None and who.full not in e.speaker
    ]


# --- group 1: council and committee meetings ----------------------------------------------------------------


def council_meetings() -> Iterator[Case]:
    """`Councillor NAME, who represents WARD ward, told the meeting: "Q."`, `"Q," said Alderman NAME.`, `NAME,
    the motion's proposer, said C.`, `Councillor NAME (PARTY, WARD) moved that M.`, `"Q," NAME, councillor for
    WARD, told the meeting. OTHER, the committee's chair, disagreed: "Q2."`, `The planning committee heard
    from NAME, a resident of WARD. "Q," she told councillors.`, `Councillor NAME said the plan was "a folly".`
    and `The motion, proposed by NAME and seconded by OTHER, was carried. SURNAME told the meeting C.` (NAME,
    with the councillor's post where written; never the seconder or the chair)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-council"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(COUNCIL37, k)
        said2, _c2 = _pair(COUNCIL37, k + 1)
        qc, qs, q2s = m.q(said + ","), m.q(said + "."), m.q(said2 + ".")
        ward, council = _pick(WARDS37, k), _pick(COUNCILS37, k)
        o = _other(p, k)
        councillor = Contains("councillor")
        expects: list[Expect]
        if shape == 0:
            text = f"Councillor {p.full}, who represents {ward} ward, told the meeting: {qs}"
            expects = [_d(qs, p, councillor)]
        elif shape == 1:
            rank = p.kin("Alderwoman", "Alderman")
            text = f"{council} voted on {DAYS37[k % 7]} to close the depot. {qc} said {rank} {p.full}."
            expects = [_d(qc, p, EitherOf(("alderman", "alderwoman")))]
        elif shape == 2:
            text = f"{p.full}, the motion's proposer, said {clause}."
            expects = [_i(clause, p, Contains("proposer"))]
        elif shape == 3:
            motion = _pick(MOTIONS37, k)
            text = f"Councillor {p.full} ({_pick(PARTIES37, k)}, {ward}) moved that {motion}."
            expects = [_that(text, motion, p, councillor)]
        elif shape == 4:
            text = (
                f"{qc} {p.full}, councillor for {ward}, told the meeting. {o.full}, the committee's chair, "
                f"disagreed: {q2s}"
            )
            expects = [_d(qc, p, councillor), _d(q2s, o, Contains("chair"))]
        elif shape == 5:
            text = (
                f"The planning committee of {council} heard from {p.full}, a resident of {ward}. {qc} "
                f"{p.pronoun} told councillors."
            )
            expects = [_d(qc, p, ANY)]
        elif shape == 6:
            frag = m.q(_pick(("a folly", "money down the drain", "an insult to the ward"), k))
            text = f"Councillor {p.full} said the plan for {ward} was {frag}."
            expects = [_mixed(text, (f"the plan for {ward} was {frag}", frag), p, councillor)]
        else:
            text = (
                f"The motion, proposed by {p.full} and seconded by {o.full}, was carried. {p.last} told the "
                f"meeting {clause}."
            )
            expects = [_that(text, clause, p, ANY)]
        yield Case("", f"ho37-council-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 2: police and incident reports -------------------------------------------------------------------


def police_incidents() -> Iterator[Case]:
    """`"Q," a police spokesman said.`, `A spokeswoman for FIRE said C.`, `Officers said C.`, `RANK NAME, of
    FORCE, said: "Q."`, `FORCE said in a statement that C.`, `"Q," said Sergeant NAME, who was first at the
    scene.`, `Police were called to STREET at 3am. "Q," said RANK NAME. "Q2," she added.` and `A spokesman for
    FORCE said C. NAME, who lives nearby, said: "Q."` (the official, the force or the service when nobody is
    named; the officer by name with the rank; a neighbour without a title)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-police"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(POLICE37, k)
        said2, _c2 = _pair(POLICE37, k + 1)
        qc, qs, q2s = m.q(said + ","), m.q(said + "."), m.q(said2 + ".")
        q2c = m.q(said2 + ",")
        force, fire = _pick(FORCES37, k), _pick(FIRE37, k)
        rank = _pick(RANKS37, k)
        spokes = p.kin("spokeswoman", "spokesman")
        street = _pick(STREETS37, k)
        rank_title = Contains(rank.split()[-1])
        expects: list[Expect]
        names: tuple[str, ...]
        if shape == 0:
            text = f"A car left the road on {street} on {DAYS37[k % 7]}. {qc} a police {spokes} said."
            names = (f"police {spokes}", spokes, "police", force)
            expects = [_d(qc, names, ANY, person=False)]
        elif shape == 1:
            text = f"A {spokes} for {fire} said {clause}."
            names = (spokes, f"{spokes} for {fire}", fire, "fire service")
            expects = [_that(text, clause, names, ANY, person=False)]
        elif shape == 2:
            text = f"Officers were called to {street} shortly after midnight. Officers said {clause}."
            names = ("officers", "police officers", "police", force)
            expects = [_that(text, clause, names, ANY, person=False)]
        elif shape == 3:
            text = f"{rank} {p.full}, of {force}, said: {qs}"
            expects = [_d(qs, p, rank_title)]
        elif shape == 4:
            text = f"{force} said in a statement on {DAYS37[k % 7]} that {clause}."
            expects = [_that(text, clause, (force, "statement"), ANY, person=False)]
        elif shape == 5:
            text = f"{qc} said Sergeant {p.full}, who was first at the scene on {street}."
            expects = [_d(qc, p, Contains("sergeant"))]
        elif shape == 6:
            text = (
                f"Police were called to {street} at 3am. {qc} said {rank} {p.full}. {q2c} {p.pronoun} added."
            )
            expects = [_d(qc, p, rank_title), _d(q2c, p)]
        else:
            o = _other(p, k)
            ospokes = o.kin("spokeswoman", "spokesman")
            text = f"A {ospokes} for {force} said {clause}. {p.full}, who lives nearby, said: {q2s}"
            names = (ospokes, f"{ospokes} for {force}", force)
            expects = [_that(text, clause, names, ANY, person=False), _d(q2s, p, None)]
        yield Case("", f"ho37-police-{shape}", text, expects, wrong_speakers=_wrong(expects, (p,)))


# --- group 3: schools and children --------------------------------------------------------------------------


def schools_children() -> Iterator[Case]:
    """`"Q," said NAME, 9.`, `Pupil NAME, 10, said C.`, `The head teacher, NAME, said: "Q."`, `CHILD's mother,
    NAME, said C.`, `"Q," said CHILD, 8. Her mother, NAME, added: "Q2."`, `NAME, headteacher of SCHOOL, told
    parents in a letter that C.`, `"Q," said CHILD, 11, a pupil at SCHOOL. "Q2," said her classmate OTHER,
    10.` and `"Q," CHILD, 9, told the PAPER, as her father, NAME, looked on.` (the child or the adult who
    speaks; an age is no title; never the other one)."""
    for c, shape, m, r in sample(_combos(8), 252, "ho37-school"):
        k = _k(PEOPLE37.index(c), shape, r)
        said, clause = _pair(PUPILS37, k)
        tsaid, tclause = _pair(SCHOOL37, k)
        qc = m.q(said + ",")
        tqs = m.q(tsaid + ".")
        age = 7 + k % 5
        school = _pick(SCHOOLS37, k)
        mother, father = _woman(k + 3), _man(k + 5)
        mother = mother if mother.culture != c.culture else _woman(k + 4)
        father = father if father.culture != c.culture else _man(k + 6)
        people: tuple[Person37, ...] = (c,)
        expects: list[Expect]
        if shape == 0:
            text = f"Pupils at {school} opened a garden on {DAYS37[k % 7]}. {qc} said {c.full}, {age}."
            expects = [_d(qc, c, None)]
        elif shape == 1:
            text = f"Pupil {c.full}, {age}, said {clause}."
            expects = [_that(text, clause, c, ANY)]
        elif shape == 2:
            text = (
                f"{school} was rated outstanding on {DAYS37[k % 7]}. The head teacher, {c.full}, said: {tqs}"
            )
            expects = [_d(tqs, c, Contains("head teacher"))]
        elif shape == 3:
            text = f"{_poss(c.full)} mother, {mother.full}, said {tclause}."
            expects = [_that(text, tclause, mother, ANY)]
            people = (c, mother)
        elif shape == 4:
            text = f"{qc} said {c.full}, {age}. {_cap(c.poss)} mother, {mother.full}, added: {tqs}"
            expects = [_d(qc, c, None), _d(tqs, mother, ANY)]
            people = (c, mother)
        elif shape == 5:
            text = f"{c.full}, headteacher of {school}, told parents in a letter that {tclause}."
            expects = [_that(text, tclause, c, Contains("headteacher"))]
        elif shape == 6:
            o = _other(c, k)
            q2 = m.q(_pair(PUPILS37, k + 1)[0] + ",")
            text = (
                f"{qc} said {c.full}, {age}, a pupil at {school}. {q2} said {c.poss} classmate {o.full}, "
                f"{age - 1}."
            )
            expects = [_d(qc, c, ANY), _d(q2, o, ANY)]
            people = (c, o)
        else:
            text = (
                f"{qc} {c.full}, {age}, told the {_pick(PAPERS37, k)}, as {c.poss} father, {father.full}, "
                f"looked on."
            )
            expects = [_d(qc, c, None)]
            people = (c, father)
        yield Case("", f"ho37-school-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


# --- group 4: health --------------------------------------------------------------------------------------


def health_patients() -> Iterator[Case]:
    """`Dr NAME, a consultant at HOSPITAL, said: "Q."`, `"Q," said a nurse who asked not to be named.`,
    `FIRST, who asked that only her first name be used, waited nine hours. "Q," FIRST said.`, `Dr NAME has run
    the unit since YEAR. "Q," Dr SURNAME said.`, `"Q," said FIRST, 64, a patient on the ward, who did not want
    to give her surname.`, `NAME, a nurse at HOSPITAL for 20 years, said C.`, `A spokeswoman for TRUST said C.
    NAME, whose mother is on the ward, said: "Q."` and `"Q," said Dr NAME, HOSPITAL's medical director.` (the
    doctor's full name; the unnamed nurse or the trust's spokesperson; a patient by the only name given)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-health"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(HEALTH37, k)
        said2, _c2 = _pair(HEALTH37, k + 1)
        qc, qs, q2s = m.q(said + ","), m.q(said + "."), m.q(said2 + ".")
        hospital, trust = HOSPITALS37[k % len(HOSPITALS37)]
        doctor = (p.full, f"Dr {p.full}")
        first = (p.first,)
        expects: list[Expect]
        names: tuple[str, ...]
        people: tuple[Person37, ...] = (p,)
        if shape == 0:
            text = f"Dr {p.full}, a consultant at {hospital}, said: {qs}"
            expects = [_d(qs, doctor, Contains("consultant"))]
        elif shape == 1:
            text = (
                f"Every bed at {hospital} was full on {DAYS37[k % 7]}. {qc} said a nurse who asked not to "
                f"be named."
            )
            names = ("nurse", "a nurse who asked not to be named", "nurse who asked not to be named")
            expects = [_d(qc, names, ANY, person=False)]
        elif shape == 2:
            text = (
                f"{p.first}, who asked that only {p.poss} first name be used, waited nine hours at "
                f"{hospital}. "
                f"{qc} {p.first} said."
            )
            expects = [_d(qc, first, None)]
        elif shape == 3:
            text = (
                f"Dr {p.full} has run the stroke unit at {hospital} since {YEARS37[k % 5]}. {qc} Dr "
                f"{p.last} said."
            )
            expects = [_d(qc, doctor, ANY)]
        elif shape == 4:
            text = (
                f"{qc} said {p.first}, {p.age}, a patient on the ward, who did not want to give {p.poss} "
                f"surname."
            )
            expects = [_d(qc, first, ANY)]
        elif shape == 5:
            text = f"{p.full}, a nurse at {hospital} for 20 years, said {clause}."
            expects = [_that(text, clause, p, Contains("nurse"))]
        elif shape == 6:
            o = _other(p, k)
            spokes = o.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {trust} said {clause}. {p.full}, whose mother is on the ward, said: {q2s}"
            names = (spokes, f"{spokes} for {trust}", trust)
            expects = [_that(text, clause, names, ANY, person=False), _d(q2s, p, None)]
        else:
            text = f"{qc} said Dr {p.full}, {_poss(hospital)} medical director."
            expects = [_d(qc, doctor, Contains("medical director"))]
        wrong = [
            (e.content, who.full)
            for e in expects
            for who in people
            if e.speaker is not None and who.full not in e.speaker and p.first not in e.speaker
        ]
        yield Case("", f"ho37-health-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5: reviews and the arts --------------------------------------------------------------------------


def arts_reviews() -> Iterator[Case]:
    """`The painter NAME, whose exhibition SHOW opens at GALLERY on DAY, said: "Q."`, `"R," wrote the critic
    OTHER in the PAPER.`, `In the programme notes, the director, NAME, writes: "Q."`, `OTHER, reviewing SHOW
    for the PAPER, wrote that it was "F".`, `"Q," NAME said of her new sculpture.`, `The PAPER was less kind.
    "R," its critic wrote.`, `NAME, the composer, said C. "Q," she said.` and `"R," wrote OTHER in the PAPER.
    The artist, NAME, smiled thinly: "Q."` (the artist's words the artist's, the review the critic's, or the
    paper's when its critic is unnamed)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-arts"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(ARTISTS37, k)
        qc, qs = m.q(said + ","), m.q(said + ".")
        review = _pick(REVIEWS37, k)
        rc = m.q(review + ",")
        show, gallery, paper = _pick(SHOWS37, k), _pick(GALLERIES37, k), _pick(PAPERS37, k)
        day = DAYS37[k % 7]
        o = _other(p, k)
        critic = Contains("critic")
        expects: list[Expect]
        names: tuple[str, ...]
        if shape == 0:
            text = f"The painter {p.full}, whose exhibition {show} opens at {gallery} on {day}, said: {qs}"
            expects = [_d(qs, p, Contains("painter"))]
        elif shape == 1:
            text = f"{show} opened at {gallery} on {day}. {rc} wrote the critic {o.full} in the {paper}."
            expects = [_d(rc, o, critic)]
        elif shape == 2:
            text = f"In the programme notes for {show}, the director, {p.full}, writes: {qs}"
            expects = [_d(qs, p, Contains("director"))]
        elif shape == 3:
            frag = m.q(_pick(FRAGMENTS37, k))
            text = f"{o.full}, reviewing {show} for the {paper}, wrote that it was {frag}."
            expects = [_mixed(text, (f"that it was {frag}", f"it was {frag}", frag), o, ANY)]
        elif shape == 4:
            text = f"{qc} {p.full} said of {p.poss} new sculpture, which goes on show at {gallery} on {day}."
            expects = [_d(qc, p, None)]
        elif shape == 5:
            text = f"{show} opened at {gallery} on {day}. The {paper} was less kind. {rc} its critic wrote."
            names = ("critic", "its critic", paper, f"{paper} critic", f"the {paper}'s critic")
            expects = [_d(rc, names, ANY, person=False)]
        elif shape == 6:
            text = f"{p.full}, the composer, said {clause}. {qc} {p.pronoun} said."
            expects = [_that(text, clause, p, Contains("composer")), _d(qc, p)]
        else:
            text = f"{rc} wrote {o.full} in the {paper}. The artist, {p.full}, {_pick(OPEN37, k)}: {qs}"
            expects = [_d(rc, o, ANY), _d(qs, p, ANY)]
        yield Case("", f"ho37-arts-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 6: travel and human interest ---------------------------------------------------------------------


def travellers_hometowns() -> Iterator[Case]:
    """`"Q," said NAME, of TOWN.`, `"Q," said OTHER, of TOWN2. NAME, from TOWN, added: "Q2."`, `NAME, visiting
    from TOWN with her husband, said C.`, `"Q," said NAME, 67, a retired teacher from TOWN.`, `NAME and her
    husband drove from TOWN to see BODY. "Q," she said.`, `"Q," NAME, on holiday from TOWN, conceded
    ruefully.`, `Among the visitors was NAME, 58, from TOWN. "Q," she said.` and two visitors in turn (a
    hometown is no title; each quotation its own visitor's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho37-travel"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(TRAVEL37, k)
        said2, _c2 = _pair(TRAVEL37, k + 1)
        qc, q2c, q2s = m.q(said + ","), m.q(said2 + ","), m.q(said2 + ".")
        town, town2 = _pick(TOWNS37, k), _pick(TOWNS37, k + 1)
        spouse = p.kin("husband", "wife")
        o = _other(p, k)
        expects: list[Expect]
        if shape == 0:
            text = f"Queues formed outside {_body(r)} before nine. {qc} said {p.full}, of {town}."
            expects = [_d(qc, p, None)]
        elif shape == 1:
            text = f"{qc} said {o.full}, of {town2}. {p.full}, from {town}, added: {q2s}"
            expects = [_d(qc, o, None), _d(q2s, p, None)]
        elif shape == 2:
            text = f"{p.full}, visiting from {town} with {p.poss} {spouse}, said {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 3:
            text = f"{qc} said {p.full}, {p.age + 10}, a retired teacher from {town}."
            expects = [_d(qc, p, Contains("teacher"))]
        elif shape == 4:
            text = (
                f"{p.full} and {p.poss} {spouse} drove from {town} to see {_body(r)}. {qc} {p.pronoun} said."
            )
            expects = [_d(qc, p, None)]
        elif shape == 5:
            text = f"{qc} {p.full}, on holiday from {town}, {_pick(OPEN37, k)}."
            expects = [_d(qc, p, None)]
        elif shape == 6:
            text = (
                f"Among the visitors to {_body(r)} was {p.full}, {p.age}, from {town}. {qc} {p.pronoun} said."
            )
            expects = [_d(qc, p, None)]
        else:
            text = (
                f"{qc} said {p.full}, who had travelled from {town}. {q2c} said {o.full}, of {town2}, "
                f"who came "
                f"with {o.poss} grandchildren."
            )
            expects = [_d(qc, p, None), _d(q2c, o, None)]
        yield Case("", f"ho37-travel-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 7: labour disputes -------------------------------------------------------------------------------


def labour_disputes() -> Iterator[Case]:
    """`"Q," said a union official.`, `The shop steward, NAME, conceded ruefully that C.`, `Management said
    C.`, `A statement from the employer, FIRM, said: "Q."`, `NAME, regional organiser for UNION, told the
    rally: "Q."`, `"Q," said NAME, who has worked on the line for 19 years. FIRM said in a statement that C.`,
    `UNION said C. Its general secretary, NAME, said: "Q."` and `"Q," said one striking worker, who did not
    want to be named.` (the official, management or the employer when nobody is named; NAME with the post
    written)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-labour"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(LABOUR37, k)
        said2, clause2 = _pair(LABOUR37, k + 2)
        qc, qs, q2s = m.q(said + ","), m.q(said + "."), m.q(said2 + ".")
        union, firm = _pick(UNIONS37, k), _pick(FIRMS37, k)
        union_cap = _cap(union)
        expects: list[Expect]
        names: tuple[str, ...]
        if shape == 0:
            text = f"Workers at {firm} walked out on {DAYS37[k % 7]}. {qc} said a union official."
            expects = [_d(qc, ("union official", "official", union), ANY, person=False)]
        elif shape == 1:
            text = f"The shop steward at {firm}, {p.full}, {_pick(OPEN_THAT37, k)} that {clause}."
            expects = [_that(text, clause, p, Contains("steward"))]
        elif shape == 2:
            text = f"Talks at {firm} broke down on {DAYS37[k % 7]}. Management said {clause2}."
            expects = [_that(text, clause2, ("management", firm), ANY, person=False)]
        elif shape == 3:
            text = f"A statement from the employer, {firm}, said: {q2s}"
            names = (firm, "employer", "the employer", "statement", "a statement from the employer")
            expects = [_d(q2s, names, ANY, person=False)]
        elif shape == 4:
            text = f"{p.full}, regional organiser for {union}, told the rally outside {firm}: {qs}"
            expects = [_d(qs, p, Contains("organiser"))]
        elif shape == 5:
            text = (
                f"{qc} said {p.full}, who has worked on the line at {firm} for 19 years. {firm} said in a "
                f"statement that {clause2}."
            )
            expects = [_d(qc, p, ANY), _that(text, clause2, (firm, "statement"), ANY, person=False)]
        elif shape == 6:
            text = f"{union_cap} said {clause}. Its general secretary, {p.full}, said: {q2s}"
            expects = [
                _that(text, clause, (union, union_cap), ANY, person=False),
                _d(q2s, p, Contains("general secretary")),
            ]
        else:
            text = (
                f"The picket line at {firm} grew on {DAYS37[k % 7]}. {qc} said one striking worker, who did "
                f"not want to be named."
            )
            names = (
                "striking worker",
                "one striking worker",
                "worker",
                "one striking worker, who did not want to be named",
            )
            expects = [_d(qc, names, ANY, person=False)]
        yield Case("", f"ho37-labour-{shape}", text, expects, wrong_speakers=_wrong(expects, (p,)))


# --- group 8: diplomacy -------------------------------------------------------------------------------------


def diplomacy() -> Iterator[Case]:
    """`COUNTRY's foreign ministry summoned the ambassador. The ministry said in a statement that C.`,
    `COUNTRY recalled its envoy. "Q," the country's foreign minister, NAME, told reporters.`, `COUNTRY has
    protested. Its ambassador, NAME, said C.`, `A senior official, speaking on condition of anonymity, said
    C.`, `"Q," said NAME, ADJ ambassador to COUNTRY2.`, `COUNTRY's foreign minister, NAME, said on DAY: "Q."`,
    `"Q," a senior ADJ diplomat said on condition of anonymity.` and `The ADJ foreign ministry said C. NAME,
    a spokeswoman for the ministry, added: "Q."` (the ministry or the unnamed official when nobody is named;
    NAME with the post)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-diplo"):
        k = _k(PEOPLE37.index(p), shape, r)
        said, clause = _pair(DIPLO37, k)
        said2, _c2 = _pair(DIPLO37, k + 1)
        qc, qs, q2s = m.q(said + ","), m.q(said + "."), m.q(said2 + ".")
        country, adj = COUNTRIES37[k % len(COUNTRIES37)]
        country2, _adj2 = COUNTRIES37[(k + 1) % len(COUNTRIES37)]
        day = DAYS37[k % 7]
        ministry = ("ministry", "foreign ministry", f"{_poss(country)} foreign ministry", country)
        minister = Contains("foreign minister")
        expects: list[Expect]
        names: tuple[str, ...]
        if shape == 0:
            text = (
                f"{_poss(country)} foreign ministry summoned the ambassador on {day}. The ministry said in "
                f"a statement that {clause}."
            )
            expects = [_that(text, clause, ministry, ANY, person=False)]
        elif shape == 1:
            text = (
                f"{country} recalled its envoy on {day}. {qc} the country's foreign minister, {p.full}, "
                f"told reporters."
            )
            expects = [_d(qc, p, minister)]
        elif shape == 2:
            text = f"{country} has protested to {country2}. Its ambassador, {p.full}, said {clause}."
            expects = [_that(text, clause, p, Contains("ambassador"))]
        elif shape == 3:
            text = (
                f"Talks between {country} and {country2} stalled on {day}. A senior official, speaking on "
                f"condition of anonymity, said {clause}."
            )
            names = ("senior official", "official", "a senior official, speaking on condition of anonymity")
            expects = [_that(text, clause, names, ANY, person=False)]
        elif shape == 4:
            text = f"{qc} said {p.full}, {adj} ambassador to {country2}."
            expects = [_d(qc, p, Contains("ambassador"))]
        elif shape == 5:
            text = f"{_poss(country)} foreign minister, {p.full}, said on {day}: {qs}"
            expects = [_d(qs, p, minister)]
        elif shape == 6:
            text = f"{qc} a senior {adj} diplomat said on condition of anonymity."
            names = (f"senior {adj} diplomat", f"{adj} diplomat", "diplomat", "senior diplomat")
            expects = [_d(qc, names, ANY, person=False)]
        else:
            spokes = p.kin("spokeswoman", "spokesman")
            text = (
                f"The {adj} foreign ministry said {clause}. {p.full}, a {spokes} for the ministry, added: "
                f"{q2s}"
            )
            ministry_adj = (*ministry, f"{adj} foreign ministry")
            expects = [_that(text, clause, ministry_adj, ANY, person=False), _d(q2s, p, Contains(spokes))]
        yield Case("", f"ho37-diplo-{shape}", text, expects, wrong_speakers=_wrong(expects, (p,)))


# --- group 9: organisations as speakers across sentences ----------------------------------------------------


def bodies_across() -> Iterator[Case]:
    """`BODY said C. It added that C2.`, `BODY opened a new wing on DAY. "Q," it said.`, `FIRM closed BODY on
    DAY. The company's statement said C.`, `BODY said in a statement: "Q." It added: "Q2."`, `BODY said C.
    NAME, its ROLE, said: "Q."`, `In a statement, BODY said C. The KIND added that C2.`, `"Q," BODY said on
    its website. "Q2," it added.` and `BODY declined to comment. NAME, a former ROLE, said C.` (the body for
    *it*, its kind and its statement; NAME for NAME's words, never the body)."""
    for p, shape, m, r in sample(_combos(8), 276, "ho37-bodies"):
        k = _k(PEOPLE37.index(p), shape, r)
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        qc, qs, q2c, q2s = (
            m.q(_role_q(r, k) + ","),
            m.q(_role_q(r, k) + "."),
            m.q(_role_q(r, k + 1) + ","),
            m.q(_role_q(r, k + 1) + "."),
        )
        body = _body(r)
        kind = ROLES37[r].kind
        bodies = (body, kind, kind.removeprefix("the "))
        day = DAYS37[k % 7]
        expects: list[Expect]
        names: tuple[str, ...]
        if shape == 0:
            text = f"{_cap(body)} said {c1}. It added that {c2}."
            expects = [_that(text, c1, bodies, ANY, person=False), _that(text, c2, bodies, ANY, person=False)]
        elif shape == 1:
            text = f"{_cap(body)} opened a new visitor centre on {day}. {qc} it said."
            expects = [_d(qc, bodies, ANY, person=False)]
        elif shape == 2:
            firm = _pick(FIRMS37, k)
            text = f"{firm} closed {body} on {day}. The company's statement said {c1}."
            # key fix after the first run: the closed body is a company too, so *the company's statement*
            # may be read as either firm's
            names = (firm, "company", "statement", "the company's statement", *bodies)
            expects = [_that(text, c1, names, ANY, person=False)]
        elif shape == 3:
            text = f"{_cap(body)} said in a statement: {qs} It added: {q2s}"
            expects = [_d(qs, bodies, ANY, person=False), _d(q2s, bodies, ANY, person=False)]
        elif shape == 4:
            text = f"{_cap(body)} said {c1}. {p.full}, its {_role(r)}, said: {q2s}"
            expects = [_that(text, c1, bodies, ANY, person=False), _d(q2s, p, Contains(_head(r)))]
        elif shape == 5:
            text = f"In a statement, {body} said {c1}. {_cap(kind)} added that {c2}."
            expects = [_that(text, c1, bodies, ANY, person=False), _that(text, c2, bodies, ANY, person=False)]
        elif shape == 6:
            text = f"{qc} {body} said on its website. {q2c} it added."
            expects = [_d(qc, bodies, ANY, person=False), _d(q2c, bodies, ANY, person=False)]
        else:
            text = f"{_cap(body)} declined to comment on {day}. {p.full}, a former {_role(r)}, said {c2}."
            expects = [_that(text, c2, p, Contains(_head(r)))]
        yield Case("", f"ho37-bodies-{shape}", text, expects, wrong_speakers=_wrong(expects, (p,)))


# --- group 10: a quotation after a sentence with the speaker as subject and no cue verb ---------------------


def verbless_intros() -> Iterator[Case]:
    """`NAME was blunt: "Q."`, `NAME had a warning for the council: "Q."`, `NAME put it simply. "Q."`, `NAME,
    ROLE at BODY, was unrepentant: "Q."`, `The HEAD, NAME, had a message for visitors: "Q."`, `NAME was in no
    doubt. "Q."`, `NAME was more cautious. "Q." OTHER, however, said C.` and `NAME GESTURE. "Q."` (NAME's,
    with the role where written; never the other person)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho37-verbless"):
        k = _k(PEOPLE37.index(p), shape, r)
        qs = m.q(_role_q(r, k) + ".")
        o = _other(p, k, same=True)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} was blunt: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 1:
            text = f"{p.full} had a warning for the council: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 2:
            text = f"{p.full} put it simply. {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 3:
            text = f"{p.full}, {_after(r)}, was unrepentant: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 4:
            text = f"The {_role(r)}, {p.full}, had a message for visitors to {_body(r)}: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 5:
            text = f"{p.full} has worked at {_body(r)} since {YEARS37[k % 5]}. {p.last} was in no doubt. {qs}"
            expects = [_d(qs, p, ANY)]
        elif shape == 6:
            c2 = _role_c(r, k + 1)
            text = f"{p.full} was more cautious. {qs} {o.full}, however, said {c2}."
            expects = [_d(qs, p, None), _that(text, c2, o, None)]
        else:
            gesture = _pick(GESTURES37, k).format(poss=p.poss)
            text = f"Asked about {ROLES37[r].kind}, {p.full} {gesture}. {qs}"
            expects = [_d(qs, p, None)]
        yield Case("", f"ho37-verbless-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 11: feature writing in the present tense, first names later --------------------------------------


def feature_present() -> Iterator[Case]:
    """`NAME, 58, has run BODY for 30 years. "Q," says FIRST.`, `... FIRST laughs. "Q."`, `... "Q," FIRST
    says, and she shrugs.`, `... She shrugs. "Q."`, `... "Q," says FIRST, pouring the tea.`, `NAME and OTHER
    met at BODY in YEAR. OTHER_FIRST wants to sell up. FIRST is not so sure. "Q."`, `... FIRST says C.` and
    `... "Q1," FIRST says. She pauses. "Q2."` (the full name introduced first speaks; never the other
    person)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho37-feature"):
        k = _k(PEOPLE37.index(p), shape, r)
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        qc, qs, q2s = m.q(q1 + ","), m.q(q1 + "."), m.q(q2 + ".")
        intro = f"{p.full}, {p.age}, has run {_body(r)} for {10 + k % 25} years."
        she = _cap(p.pronoun)
        o = _other(p, k)
        if o.gender == p.gender:
            o = _man(k) if p.gender == "f" else _woman(k)
        expects: list[Expect]
        if shape == 0:
            text = f"{intro} {qc} says {p.first}."
            expects = [_d(qc, p)]
        elif shape == 1:
            text = f"{intro} {p.first} laughs. {qs}"
            expects = [_d(qs, p)]
        elif shape == 2:
            text = f"{intro} {qc} {p.first} says, and {p.pronoun} shrugs."
            expects = [_d(qc, p)]
        elif shape == 3:
            text = f"{intro} {she} shrugs. {qs}"
            expects = [_d(qs, p)]
        elif shape == 4:
            text = f"{intro} {qc} says {p.first}, pouring the tea."
            expects = [_d(qc, p)]
        elif shape == 5:
            text = (
                f"{p.full} and {o.full} met at {_body(r)} in {YEARS37[k % 5]}. {o.first} wants to sell up. "
                f"{p.first} is not so sure. {qs}"
            )
            expects = [_d(qs, p)]
        elif shape == 6:
            clause = _role_c(r, k)
            text = f"{intro} {p.first} says {clause}."
            expects = [_that(text, clause, p)]
        else:
            text = f"{intro} {qc} {p.first} says. {she} pauses. {q2s}"
            expects = _alts(text, [_d(qc, p), _d(q2s, p)], [_d(_span(text, qc, q2s), p)])
        yield Case("", f"ho37-feature-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 12: as NAME put it, in the words of NAME, per NAME, to quote NAME -------------------------------


def as_put_it() -> Iterator[Case]:
    """`As NAME put it, C.`, `In the words of NAME, ROLE at BODY: "Q."`, `Per NAME, C.`, `To quote NAME:
    "Q."`, `NAME's verdict: "Q."`, `As NAME, ROLE at BODY, put it: "Q."`, `C, in the words of NAME.` and
    `NAME toured BODY on DAY. SURNAME's verdict: "Q."` (NAME's, with the role where written)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho37-putit"):
        k = _k(PEOPLE37.index(p), shape, r)
        qs = m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"As {p.full} put it, {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 1:
            text = f"In the words of {p.full}, {_after(r)}: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 2:
            text = f"Per {p.full}, {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 3:
            text = f"To quote {p.full}: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 4:
            text = f"{_poss(p.full)} verdict: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 5:
            text = f"As {p.full}, {_after(r)}, put it: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 6:
            text = f"{_cap(clause)}, in the words of {p.full}."
            expects = [_i(_cap(clause), p, None)]
        else:
            r2 = _other_role(r, k)
            text = f"{p.full} toured {_body(r2)} on {DAYS37[k % 7]}. {_poss(p.last)} verdict: {qs}"
            expects = [_d(qs, p, ANY)]
        yield Case("", f"ho37-putit-{shape}", text, expects)


# --- group 13: long titles before and after the name --------------------------------------------------------


def long_titles() -> Iterator[Case]:
    """`The deputy chief executive of TRUST, NAME, said C.`, `ROLE at BODY and ROLE2 of BODY2 NAME said:
    "Q."`, `"Q," said the ROLE of BODY and chair of its trustees, NAME.`, `NAME, ROLE at BODY and ROLE2 of
    BODY2, said C.`, `The chair of the heritage committee of COUNCIL, NAME, told the PAPER: "Q."`, `ROLE at
    BODY and a trustee of BODY2, NAME, said C.`, `"Q," said NAME, the interim director of operations at BODY,
    who was appointed in YEAR.` and `Former ROLE of BODY and now ROLE2 at BODY2, NAME said: "Q."` (NAME, the
    title holding one of the posts)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho37-long"):
        k = _k(PEOPLE37.index(p), shape, r)
        r2 = _other_role(r, k)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        either = EitherOf((_head(r), _head(r2)))
        expects: list[Expect]
        if shape == 0:
            _hosp, trust = HOSPITALS37[k % len(HOSPITALS37)]
            _hsaid, hclause = _pair(HEALTH37, k)
            text = f"The deputy chief executive of {trust}, {p.full}, said {hclause}."
            expects = [_that(text, hclause, p, Contains("deputy chief executive"))]
        elif shape == 1:
            text = f"{_cap(_role(r))} at {_body(r)} and {_role(r2)} of {_body(r2)} {p.full} said: {qs}"
            expects = [_d(qs, p, either)]
        elif shape == 2:
            text = f"{qc} said the {_role(r)} of {_body(r)} and chair of its trustees, {p.full}."
            expects = [_d(qc, p, EitherOf((_head(r), "chair")))]
        elif shape == 3:
            text = f"{p.full}, {_role(r)} at {_body(r)} and {_role(r2)} of {_body(r2)}, said {clause}."
            expects = [_that(text, clause, p, either)]
        elif shape == 4:
            council = _pick(COUNCILS37, k)
            text = (
                f"The chair of the heritage committee of {council}, {p.full}, told the "
                f"{_pick(PAPERS37, k)}: {qs}"
            )
            expects = [_d(qs, p, Contains("chair"))]
        elif shape == 5:
            text = f"{_cap(_role(r))} at {_body(r)} and a trustee of {_body(r2)}, {p.full}, said {clause}."
            expects = [_that(text, clause, p, EitherOf((_head(r), "trustee")))]
        elif shape == 6:
            text = (
                f"{qc} said {p.full}, the interim director of operations at {_body(r)}, who was appointed in "
                f"{YEARS37[k % 5]}."
            )
            expects = [_d(qc, p, Contains("director of operations"))]
        else:
            text = f"Former {_role(r)} of {_body(r)} and now {_role(r2)} at {_body(r2)}, {p.full} said: {qs}"
            expects = [_d(qs, p, either)]
        yield Case("", f"ho37-long-{shape}", text, expects)


# --- group 14: a person quoted, then named by a role noun only ----------------------------------------------


def _same_gender_other(p: Person37, k: int) -> Person37:
    """Another person of *p*'s gender and another age."""
    for step in range(k, k + len(PEOPLE37)):
        o = _other(p, step, same=True)
        if o.age != p.age:
            return o
    raise ValueError(p.full)


def role_noun_anaphora() -> Iterator[Case]:
    """`NAME, a JOB at PLACE, said C. OTHER, who runs a cafe nearby, disagreed. "Q," said the JOB.`, `NAME,
    AGE, has lived on STREET all her life. OTHER, AGE2, moved in last year. "Q," said the AGE-year-old.`,
    `NAME is a grandmother of three ... OTHER ... "Q," the grandmother of three said.`, `"Q," said NAME, a JOB
    at PLACE. OTHER nodded. "Q2," the JOB added.`, `NAME, a retired JOB, ... Her neighbour OTHER has not. "Q,"
    the retired JOB said.`, `"Q," said OTHER, a JOB2. NAME, a JOB, saw it differently. "Q2," the JOB said.`,
    `OTHER, a JOB2, and NAME, a JOB, both live on STREET. "Q," said the JOB2.` and `The AGE-year-old JOB,
    NAME, ... OTHER, AGE2, is new. "Q," said the JOB.` (the person the role noun describes, never the other
    person of the same gender between)."""
    combos = itertools.product(PEOPLE37, range(8), ALL_MARKS37, range(len(JOBS37)))
    for p, shape, m, j in sample(combos, 252, "ho37-rolenoun"):
        k = _k(PEOPLE37.index(p), shape, j)
        o = _same_gender_other(p, k)
        job, place = JOBS37[j]
        job2, _place2 = JOBS37[(j + 1 + k % 4) % len(JOBS37)]
        said, clause = _pair(COUNCIL37, k)
        said2, _c2 = _pair(COUNCIL37, k + 1)
        qc, q2c = m.q(said + ","), m.q(said2 + ",")
        street, town = _pick(STREETS37, k), _pick(TOWNS37, k)
        grand = p.kin("grandmother", "grandfather")
        jt = Contains(job)
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{p.full}, {_a(job)} at {place}, said {clause}. {o.full}, who runs a cafe nearby, "
                f"disagreed. {q2c} said the {job}."
            )
            expects = [_that(text, clause, p, jt), _d(q2c, p, jt)]
        elif shape == 1:
            text = (
                f"{p.full}, {p.age}, has lived on {street} all {p.poss} life. {o.full}, {o.age}, moved in "
                f"last year. {qc} said the {p.age}-year-old."
            )
            expects = [_d(qc, p, ANY)]
        elif shape == 2:
            text = (
                f"{p.full} is a {grand} of three who has lived in {town} since {YEARS37[k % 5]}. {o.full} "
                f"moved there in the spring. {qc} the {grand} of three said."
            )
            expects = [_d(qc, p, ANY)]
        elif shape == 3:
            text = f"{qc} said {p.full}, {_a(job)} at {place}. {o.full} nodded. {q2c} the {job} added."
            expects = [_d(qc, p, jt), _d(q2c, p, jt)]
        elif shape == 4:
            text = (
                f"{p.full}, a retired {job}, has lived in {town} for decades. {_cap(p.poss)} neighbour "
                f"{o.full} has not. {qc} the retired {job} said."
            )
            expects = [_d(qc, p, jt)]
        elif shape == 5:
            text = (
                f"{qc} said {o.full}, {_a(job2)}. {p.full}, {_a(job)}, saw it differently. {q2c} the {job} "
                f"said."
            )
            expects = [_d(qc, o, Contains(job2)), _d(q2c, p, jt)]
        elif shape == 6:
            text = (
                f"{o.full}, {_a(job2)}, and {p.full}, {_a(job)}, both live on {street}. {qc} said the {job2}."
            )
            expects = [_d(qc, o, Contains(job2))]
        else:
            text = (
                f"The {p.age}-year-old {job}, {p.full}, has worked in {town} for years. {o.full}, {o.age}, "
                f"is new. {qc} said the {job}."
            )
            expects = [_d(qc, p, jt)]
        yield Case("", f"ho37-rolenoun-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 15: negative controls ----------------------------------------------------------------------------


def negative_controls() -> Iterator[Case]:
    """`NAME dislikes the word "WORD".`, `NAME's new book, "BOOK", is out on DAY.`, `NAME bought a bottle of
    "BRAND" at the shop.`, `Voters in TOWN will be asked: "QUESTION" NAME, who chairs the campaign, declined
    to comment.`, `The word "WORD" appears forty times in the report; NAME counted.`, `NAME reads "BOOK" to
    her grandchildren every night.`, `Signs reading "SIGN" went up after NAME complained.` and `NAME named the
    alpaca "PET".` (words under discussion, titles, brands, ballot questions and signs: nobody says them;
    never NAME)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho37-negative"):
        k = _k(PEOPLE37.index(p), shape, r)
        day, town = DAYS37[k % 7], _pick(TOWNS37, k)
        actors: tuple[str, ...] = ()
        if shape == 0:
            marked = m.q(_pick(WORDS37, k))
            text = f"{p.full}, {_after(r)}, dislikes the word {marked}."
        elif shape == 1:
            marked = m.q(_pick(BOOKS37, k))
            text = f"{_poss(p.full)} new book, {marked}, is out on {day}."
        elif shape == 2:
            marked = m.q(_pick(BRANDS37, k))
            text = f"{p.full} bought a bottle of {marked} at the shop by {_body(r)}."
        elif shape == 3:
            marked = m.q(_pick(BALLOTS37, k))
            text = (
                f"Voters in {town} will be asked on {day}: {marked} {p.full}, who chairs the campaign, "
                f"declined to comment."
            )
            actors = ("ballot", "voters", f"voters in {town}")
        elif shape == 4:
            marked = m.q(_pick(WORDS37, k + 1))
            text = f"The word {marked} appears forty times in the report on {_body(r)}; {p.full} counted."
        elif shape == 5:
            marked = m.q(_pick(BOOKS37, k + 1))
            text = f"{p.full} reads {marked} to {p.poss} grandchildren every night."
        elif shape == 6:
            marked = m.q(_pick(SIGNS37, k))
            text = f"Signs reading {marked} went up at {_body(r)} after {p.full} complained."
        else:
            marked = m.q(_pick(PETS37, k))
            text = f"{p.full} named the alpaca at {_body(r)} {marked}."
        yield Case(
            "",
            f"ho37-negative-{shape}",
            text,
            _tolerate(text, text, actors),
            wrong_speakers=[(marked, p.full)],
        )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout37.{name}", group, description, unique_texts(gen))


HELD_OUT_37 = (
    _named(
        "council_meetings",
        "1",
        "Councillor NAME, who represents WARD ward, told the meeting",
        council_meetings,
    ),
    _named(
        "police_incidents",
        "2",
        '"Q," a police spokesman said; Detective Inspector NAME said',
        police_incidents,
    ),
    _named("schools_children", "3", '"Q," said NAME, 9; her mother, NAME, said', schools_children),
    _named(
        "health_patients",
        "4",
        "Dr NAME; a nurse who asked not to be named; first names only",
        health_patients,
    ),
    _named("arts_reviews", "5", '"R," wrote the critic NAME; in the programme notes', arts_reviews),
    _named(
        "travellers_hometowns", "6", '"Q," said NAME, of TOWN; NAME, from TOWN, added', travellers_hometowns
    ),
    _named(
        "labour_disputes", "7", "a union official; the shop steward, NAME; management said", labour_disputes
    ),
    _named("diplomacy", "8", "the ministry said in a statement; its ambassador, NAME", diplomacy),
    _named("bodies_across", "9", "BODY said C. It added that C2.", bodies_across),
    _named("verbless_intros", "10", 'NAME was blunt: "Q."', verbless_intros),
    _named("feature_present", "11", '"Q," says FIRST. She shrugs.', feature_present),
    _named("as_put_it", "12", "as NAME put it; in the words of NAME; per NAME", as_put_it),
    _named("long_titles", "13", "ROLE at BODY and ROLE2 of BODY2 NAME said", long_titles),
    _named("role_noun_anaphora", "14", '"Q," said the glazier (another woman between)', role_noun_anaphora),
    _named(
        "negative_controls", "15", "words under discussion, books, brands, ballots, signs", negative_controls
    ),
)
