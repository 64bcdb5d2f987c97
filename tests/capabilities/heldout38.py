"""Thirty-eighth held-out round: capabilities written at commit ``9fe70da`` by a helper (``hcap44``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout38data.py``: thirty invented people of Alur, Anuak,
Aragonese, Bajau, Bribri, Chakma, Dargin, Emberá, Gurage, Ibibio, Idoma, Ijaw, Kapampangan, Kpelle and Lisu
origin, each with a gender and an age; straight, curly, British single marks, guillemets and German low-high
marks; roles with their bodies in a chain ferry, a wool exchange, a livestock mart, a flower market, a
smokehouse, a heritage omnibus company, a coachworks, a dry dock, a tinsmiths' workshop, a water taxi service,
a horse fair and a freight yard; papers, towns, conferences and dinners; crews with their vehicles and
announcements; vessels and shipboard ranks; quotations holding abbreviations, times and prices; slogans on
T-shirts, banners, vans, mugs and cakes; open-class cue verbs of sound `bawled`, `honked`, `twittered`,
`yapped`, `gargled`, `shrilled`, `creaked`, `singsonged`) with phrasings a careful news editor keys one way
only. The brief's broadcast credits, long relative clauses, split quotations, spokespeople named after the
quote, hedged reports, second references, parenthesised speakers and written answers were taken by rounds 26
to 37, so groups 1, 3, 5, 7 to 11 and 13 replace them:

1. speeches and addresses (`In a speech to EVENT on DAY, NAME, ROLE at BODY, said C.`, `Addressing EVENT, NAME
   said:`, `"Q," NAME told delegates at EVENT`, `told the conference that C`, `In her address to EVENT, the
   ROLE at BODY, NAME, said:`, `Opening EVENT, NAME said C.`, `"Q," NAME told EVENT, to loud applause.`):
   NAME, the role where written, never the event;
2. interviews with the paper (`In an interview with the PAPER, NAME said C.`, `NAME told the PAPER in an
   interview on DAY that C.`, `"Q," SURNAME said in an interview.`, `In an interview at her home in TOWN,
   NAME, ROLE at BODY, said:`, `"Q," the ROLE at BODY, NAME, said in an interview with the PAPER.`, `Speaking
   to the PAPER`, `In a telephone interview from TOWN`): NAME, never the paper;
3. passive credits (`Traders were told by NAME, ROLE at BODY, that C.`, `The closure was announced on DAY by
   NAME, who said:`, `OTHER was told by NAME that C.`, `"Q." The warning was given by NAME, ROLE at BODY.`,
   `It was confirmed by NAME that C.`, `Customers were assured by NAME that C.`, `Customers were reminded by
   the ROLE, NAME, that C.`): the agent speaks, never the one told;
4. statements read or issued by others (`In a statement read outside BODY by her solicitor, NAME said C.`,
   `issued through her lawyers that C`, `BODY said in a statement issued through its lawyers that C.`, `A
   statement issued on NAME's behalf by BODY said:`, `NAME's solicitor, OTHER, read a statement on her behalf:
   "Q."`, `In a statement read to reporters by OTHER, a friend, NAME said C.`): the author, never the reader;
5. announcements on board (`"Q," the captain announced over the tannoy.`, `The guard, NAME, told passengers
   over the public address system that C.`, `Over the tannoy, the driver told passengers C.`, `"Q," NAME
   called from the bridge.`, `NAME, ROLE at BODY, took the microphone. "Q," she told the queue.`, `"Q." The
   voice over the tannoy belonged to NAME, the guard.`): the crew member, named or not;
6. a pronoun before the name (`Before she unlocked the gates of BODY, NAME said C.`, `Although she has worked
   at BODY for N years, NAME said:`, `"Q," she said.¶NAME, AGE, has been the ROLE at BODY since YEAR.`, `Her
   family has worked at BODY for three generations. "Q," said NAME.`, `Speaking to reporters on DAY, she said
   C. NAME, AGE, has run BODY since YEAR.¶"Q," she added.`): the person the pronoun looks forward to;
7. round-ups joined by semicolons (`At BODY, views differed: NAME, the ROLE, said C1; OTHER, a customer, said
   C2.`, `"Q1," said NAME; "Q2," said OTHER.`, `A said C1; B said C2; and C said C3.`, the gapped `NAME said
   C1, and OTHER that C2.`, `Two traders spoke to the PAPER: NAME, who said C1, and OTHER, who said C2.`, `her
   neighbour at BODY, OTHER, said C2`): each report its own speaker's;
8. the one spoken to named (`"Q," NAME told OTHER.`, `NAME told OTHER, ROLE2 at BODY2, that C.`, `NAME assured
   OTHER that C.`, `In a letter to OTHER, NAME wrote:`, `NAME warned OTHER on DAY that C.`, `"Q," NAME, ROLE
   at BODY, reminded OTHER.`, `OTHER asked NAME about KIND. "Q," SURNAME replied.`): NAME, never OTHER;
9. two reports joined in one sentence (`NAME said C1 and that C2.`, `said C1, adding that C2`, `said C1 but
   warned that C2`, `"Q," said NAME, who added that C2.`, `She also said C2.`, `said C1, before adding:
   "Q2."`, `NAME told the PAPER C1, noting that C2.`): every piece NAME's, as two reports or one;
10. abbreviations, times and prices inside the quotation (`St.`, `No. 42`, `6 a.m.`, `Mon. to Sat.`, `Mr.`,
    `Dr.`, `7.15am`, `£3,450`, `2.5 tonnes`; `NAME said the lorry was "due at 9 a.m. on the dot".`): the whole
    quotation NAME's;
11. vessels and shipboard ranks (`"Q," said Captain NAME, master of VESSEL.`, `VESSEL's second engineer,
    NAME,`, `NAME, bosun of VESSEL,`, `The "VESSEL" docked at TOWN. "Q," said her master, NAME.`, `First
    Officer NAME`, `NAME, the harbourmaster at TOWN, said VESSEL was "F".`, `Captain SURNAME said`): NAME with
    or without the rank; a vessel never speaks, not even as *her*;
12. the credit after a quotation of three sentences (`"S1. S2. S3," NAME said.`, `said NAME, ROLE at BODY`,
    after a paragraph introducing NAME, `the ROLE said`, a sound verb, `"S1. S2," NAME said. "S3."`);
13. open-class cue verbs of sound after, before and around the quotation (`"Q," NAME honked.`, `"Q," bawled
    NAME, ROLE at BODY.`, `NAME, ROLE at BODY, twittered: "Q."`, `The ROLE, NAME, yapped: "Q."`, `NAME gargled
    at the crowd outside BODY: "Q."`);
14. a place and a time between the quotation and the credit, and datelines (`"Q," in TOWN on DAY, NAME said.`,
    `"Q," on a wet morning at BODY, said NAME.`, `"Q," at a meeting of traders in TOWN on DAY evening, NAME,
    ROLE at BODY, said.`, `TOWN — "Q," NAME said`, `TOWN, DAY — NAME said C.`, `TOWN (Haulwire) —`): NAME's,
    the adjunct outside the quotation, the dateline neither speaker nor content;
15. negative controls (`NAME wore a T-shirt reading "S"`, `A banner reading "S" hung over BODY as NAME cut the
    ribbon.`, `Someone had painted "S" on the wall of BODY`, `NAME, whose T-shirt read "S", said: "Q."`, `The
    side of NAME's van says "S"`, `NAME's mug reads "S".`, a cake iced with the words, protesters' banners):
    nobody says the slogans, never NAME; a real quotation beside one is NAME's.

When a key is uncertain the case asserts less: a reported clause with or without its *that*; two joined
reports as two or as one; a quotation continued after its credit as one or two; a mixed quotation as its
clause or its marked words; a statement issued on someone's behalf as theirs, the statement's or the body's;
an unnamed crew member by the crew noun; a captain with or without the rank; titles with `Contains`, or
`EitherOf` for `captain` or `master`.

Run once at 9fe70da (``capreport.py --heldout --show 6 heldout38.NAME ...``): **3,247 of 3,764 (.863)**. The
failures were then read for template and key bugs only; one template bug was fixed, no key changed to match
quotex: two of the announcements' reported clauses began with *passengers*, so `Over the tannoy, the guard
told passengers C.` read `told passengers passengers should ...`; the clauses now begin with *they* (.814 ->
.840). After the fix: **3,253 of 3,764 (.864)**; the floors are those rates. Calls the lead may judge: `In a
statement read to reporters by OTHER, a friend, NAME said C.` (keyed with no title for NAME: *a friend* is
OTHER's apposition; quotex gives NAME the title *friend*), `NAME's solicitor, OTHER, read a statement on her
behalf: "Q."` (keyed as NAME's statement; quotex gives it to the solicitor), `"Q," she said.¶NAME ... has been
the ROLE` (the only person, named in the next paragraph), and `NAME told the PAPER C1, noting that C2.`
(grammatical without *that*, though a garden path when C1 opens with a bare noun).

| capability | group | cases | first run | after the template fix |
|---|---|---|---|---|
| `heldout38.speeches` | 1 | 250 | 0.940 | 0.940 |
| `heldout38.paper_interviews` | 2 | 254 | 0.972 | 0.972 |
| `heldout38.passive_credits` | 3 | 249 | 0.803 | 0.803 |
| `heldout38.statements_through` | 4 | 246 | 0.622 | 0.622 |
| `heldout38.announcements` | 5 | 237 | 0.814 | 0.840 |
| `heldout38.cataphora` | 6 | 253 | 0.731 | 0.731 |
| `heldout38.semicolon_roundups` | 7 | 248 | 0.839 | 0.839 |
| `heldout38.addressees` | 8 | 253 | 0.704 | 0.704 |
| `heldout38.joined_reports` | 9 | 249 | 0.980 | 0.980 |
| `heldout38.abbreviations` | 10 | 251 | 1.000 | 1.000 |
| `heldout38.vessels` | 11 | 255 | 1.000 | 1.000 |
| `heldout38.long_quotations` | 12 | 256 | 0.992 | 0.992 |
| `heldout38.sound_cues` | 13 | 256 | 0.938 | 0.938 |
| `heldout38.adjuncts_datelines` | 14 | 256 | 0.598 | 0.598 |
| `heldout38.negative_controls` | 15 | 251 | 1.000 | 1.000 |
| **heldout38** (all 15) | | 3,764 | 0.863 (3,247) | 0.864 (3,253) |
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout38data import (
    ABBREV38,
    ABBREV_FRAGMENTS38,
    ALL_MARKS38,
    ANNOUNCE38,
    BARE_VESSELS38,
    CREWS38,
    DAYS38,
    EVENTS38,
    PAPERS38,
    PEOPLE38,
    ROLES38,
    SHIP_FRAGMENTS38,
    SLOGANS38,
    SOUND38,
    TOWNS38,
    VESSELS38,
    YEARS38,
    Mark38,
    Person38,
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


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts``."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person38, step: int, *, gender: str | None = None) -> Person38:
    """Another person of another culture (of *gender* when given)."""
    pool = tuple(q for q in PEOPLE38 if q.culture != p.culture and (gender is None or q.gender == gender))
    return pool[step % len(pool)]


def _names(p: Person38 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person38) else p


def _d(content: str, p: Person38 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person38 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a crew member or a statement when not
    *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


@functools.lru_cache(maxsize=8192)
def _that(
    text: str, clause: str, p: Person38 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _mixed(text: str, contents: tuple[str, ...], p: Person38 | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A mixed quotation: the reported clause holding the marked words (kind mixed), or the marked words alone
    (direct by their marks or mixed by their use), whichever quotex found."""
    content = _one_of(text, contents)
    kind = "mixed"
    start = text.index(content)
    if content[:1] in "\"“'‘«„":
        for q in _quotes(text):
            if (q.start, q.end) == (start, start + len(content)) and q.kind.value in ("direct", "mixed"):
                kind = q.kind.value
    return Expect(content, kind, _names(p), title, "person" if isinstance(p, Person38) else ANY)


def _pair(text: str, p: Person38, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """Two quotations of one speaker, the second with no credit of its own: one quotation from *q1* through
    *q2* or two, whichever quotex found, every piece *p*'s."""
    return _alts(text, [_d(q1, p, title), _d(q2, p)], [_d(_span(text, q1, q2), p, title)])


def _reports(text: str, c1: str, c2: str, p: Person38, title: TitleSpec = ANY) -> list[Expect]:
    """Two reports of one speaker joined in one sentence (`said C1, adding that C2`): two reports, each with
    or without its *that*, or one report from the first through the second, whichever quotex found."""
    firsts = (f"that {c1}", c1) if f"that {c1}" in text else (c1,)
    options = [[_i(a, p, title), _i(b, p, title)] for a in firsts for b in (f"that {c2}", c2)]
    options += [[_i(_span(text, a, c2), p, title)] for a in firsts]
    return _alts(text, *options)


def _tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated, so
    that only another speaker given to them fails."""
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
    return ROLES38[r].role


def _body(r: int) -> str:
    return ROLES38[r].body


def _head(r: int) -> str:
    return ROLES38[r].head


def _after(r: int) -> str:
    """`dockmaster at the Quenby Dry Dock`."""
    return f"{ROLES38[r].role} at {ROLES38[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES38[r].quotes[k % len(ROLES38[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES38[r].clauses[k % len(ROLES38[r].clauses)]


def _bodies(r: int) -> tuple[str, ...]:
    kind = ROLES38[r].kind
    return (_body(r), kind, kind.removeprefix("the "))


def _combos(shapes: int) -> Iterator[tuple[Person38, int, Mark38, int]]:
    return itertools.product(PEOPLE38, range(shapes), ALL_MARKS38, range(len(ROLES38)))


def _wrong(expects: list[Expect], names: Sequence[str]) -> list[tuple[str, str]]:
    """Each quotation given to one of *names* (people, papers, vessels) its key does not accept is wrong."""
    return [
        (e.content, name)
        for e in expects
        for name in names
        if e.speaker is not None and name not in e.speaker
    ]


def _slots(p: Person38, shape: int, m: Mark38, r: int) -> tuple[int, str, str, str, str]:
    """The case key and the role's quotation with a comma, with a full stop, a second one with a full stop,
    and the role's reported clause."""
    k = _k(PEOPLE38.index(p), shape, r)
    q1, q2 = _role_q(r, k), _role_q(r, k + 1)
    return k, m.q(q1 + ","), m.q(q1 + "."), m.q(q2 + "."), _role_c(r, k)


# --- group 1: speeches and addresses ------------------------------------------------------------------------


def speeches() -> Iterator[Case]:
    """`In a speech to EVENT on DAY, NAME, ROLE at BODY, said C.`, `Addressing EVENT, NAME said: "Q."`, `"Q,"
    NAME told delegates at EVENT in TOWN.`, `NAME, ROLE at BODY, told the conference that C.`, `In her address
    to EVENT, the ROLE at BODY, NAME, said: "Q."`, `NAME gave the keynote speech at EVENT. "Q," she said.`,
    `Opening EVENT on DAY, NAME said C.` and `"Q," NAME told EVENT, to loud applause.` (NAME, the role where
    written; never the event or its body)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-speech"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        event, day, town = _pick(EVENTS38, k), DAYS38[k % 7], _pick(TOWNS38, k)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"In a speech to {event} on {day}, {p.full}, {_after(r)}, said {clause}."
            expects = [_i(clause, p, title)]
        elif shape == 1:
            text = f"Addressing {event}, {p.full} said: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 2:
            text = f"{qc} {p.full} told delegates at {event} in {town}."
            expects = [_d(qc, p, None)]
        elif shape == 3:
            text = f"{p.full}, {_after(r)}, told the conference that {clause}."
            expects = [_that(text, clause, p, title)]
        elif shape == 4:
            text = f"In {p.poss} address to {event}, the {_after(r)}, {p.full}, said: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 5:
            text = f"{p.full} gave the keynote speech at {event} on {day}. {qc} {p.pronoun} said."
            expects = [_d(qc, p, None)]
        elif shape == 6:
            text = f"Opening {event} on {day}, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        else:
            text = f"{qc} {p.full} told {event}, to loud applause."
            expects = [_d(qc, p, None)]
        yield Case("", f"ho38-speech-{shape}", text, expects, wrong_speakers=_wrong(expects, (event,)))


# --- group 2: interviews with the paper ---------------------------------------------------------------------


def paper_interviews() -> Iterator[Case]:
    """`In an interview with the PAPER, NAME said C.`, `NAME told the PAPER in an interview on DAY that C.`,
    `NAME has run BODY since YEAR. "Q," SURNAME said in an interview.`, `In an interview at her home in TOWN,
    NAME, ROLE at BODY, said: "Q."`, `"Q," the ROLE at BODY, NAME, said in an interview with the PAPER.`,
    `Speaking to the PAPER on DAY, NAME said C.`, `In a telephone interview from TOWN, NAME said: "Q."` and
    `NAME, interviewed by the PAPER at BODY, said C. "Q," she said.` (NAME; never the paper)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-interview"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        paper, day, town = _pick(PAPERS38, k), DAYS38[k % 7], _pick(TOWNS38, k)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"In an interview with the {paper}, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 1:
            text = f"{p.full} told the {paper} in an interview on {day} that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 2:
            text = f"{p.full} has run {_body(r)} since {YEARS38[k % 5]}. {qc} {p.last} said in an interview."
            expects = [_d(qc, p, ANY)]
        elif shape == 3:
            text = f"In an interview at {p.poss} home in {town}, {p.full}, {_after(r)}, said: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 4:
            text = f"{qc} the {_after(r)}, {p.full}, said in an interview with the {paper}."
            expects = [_d(qc, p, title)]
        elif shape == 5:
            text = f"Speaking to the {paper} on {day}, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 6:
            text = f"In a telephone interview from {town}, {p.full} said: {qs}"
            expects = [_d(qs, p, None)]
        else:
            text = (
                f"{p.full}, interviewed by the {paper} at {_body(r)}, said {clause}. {qc} {p.pronoun} said."
            )
            expects = [_i(clause, p, None), _d(qc, p, None)]
        yield Case("", f"ho38-interview-{shape}", text, expects, wrong_speakers=_wrong(expects, (paper,)))


# --- group 3: passive credits and by-phrases ----------------------------------------------------------------


def passive_credits() -> Iterator[Case]:
    """`Traders were told by NAME, ROLE at BODY, that C.`, `The closure of BODY was announced on DAY by NAME,
    who said: "Q."`, `OTHER was told by NAME that C.`, `"Q." The warning was given by NAME, ROLE at BODY.`,
    `It was confirmed by NAME, ROLE at BODY, that C.`, `The news was broken to staff at BODY by NAME on DAY.
    "Q," she said.`, `Customers were assured by NAME that C.` and `Customers were reminded by the ROLE, NAME,
    that C.` (the agent of the passive speaks; never the one told)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-passive"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        day = DAYS38[k % 7]
        o = _other(p, k)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"Traders were told by {p.full}, {_after(r)}, that {clause}."
            expects = [_that(text, clause, p, title)]
        elif shape == 1:
            text = f"The closure of {_body(r)} was announced on {day} by {p.full}, who said: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 2:
            text = f"{o.full} was told by {p.full} that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 3:
            text = f"{qs} The warning was given by {p.full}, {_after(r)}."
            expects = [_d(qs, p, title)]
        elif shape == 4:
            text = f"It was confirmed by {p.full}, {_after(r)}, that {clause}."
            expects = [_that(text, clause, p, title)]
        elif shape == 5:
            text = f"The news was broken to staff at {_body(r)} by {p.full} on {day}. {qc} {p.pronoun} said."
            expects = [_d(qc, p, None)]
        elif shape == 6:
            text = f"Customers were assured by {p.full} that {clause}."
            expects = [_that(text, clause, p, None)]
        else:
            text = f"Customers were reminded by the {_role(r)}, {p.full}, that {clause}."
            expects = [_that(text, clause, p, title)]
        yield Case(
            "", f"ho38-passive-{shape}", text, expects, wrong_speakers=_wrong(expects, (p.full, o.full))
        )


# --- group 4: statements read or issued by others -----------------------------------------------------------


def statements_through() -> Iterator[Case]:
    """`In a statement read outside BODY by her solicitor, NAME said C.`, `NAME said in a statement issued
    through her lawyers that C.`, `BODY said in a statement issued through its lawyers that C.`, `In a
    statement on DAY, NAME, ROLE at BODY, said: "Q."`, `A statement issued on NAME's behalf by BODY said:
    "Q."`, `NAME's solicitor, OTHER, read a statement on her behalf: "Q."`, `"Q," NAME said in a statement
    released by BODY.` and `In a statement read to reporters by OTHER, a friend, NAME said C.` (the author of
    the statement speaks, never the one who reads or issues it; a body for its own statement)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-statement"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        day = DAYS38[k % 7]
        o = _other(p, k)
        body = _body(r)
        expects: list[Expect]
        if shape == 0:
            text = f"In a statement read outside {body} by {p.poss} solicitor, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 1:
            text = f"{p.full} said in a statement issued through {p.poss} lawyers that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 2:
            text = f"{_cap(body)} said in a statement issued through its lawyers that {clause}."
            expects = [_that(text, clause, _bodies(r), ANY, person=False)]
        elif shape == 3:
            text = f"In a statement on {day}, {p.full}, {_after(r)}, said: {qs}"
            expects = [_d(qs, p, Contains(_head(r)))]
        elif shape == 4:
            text = f"A statement issued on {_poss(p.full)} behalf by {body} said: {qs}"
            names = (p.full, "statement", *_bodies(r))
            expects = [_d(qs, names, ANY, person=False)]
        elif shape == 5:
            text = f"{_poss(p.full)} solicitor, {o.full}, read a statement on {p.poss} behalf: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 6:
            text = f"{qc} {p.full} said in a statement released by {body} on {day}."
            expects = [_d(qc, p, None)]
        else:
            text = f"In a statement read to reporters by {o.full}, a friend, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        yield Case("", f"ho38-statement-{shape}", text, expects, wrong_speakers=_wrong(expects, (o.full,)))


# --- group 5: announcements on board ------------------------------------------------------------------------


def announcements() -> Iterator[Case]:
    """`VEHICLE left TOWN an hour late. "Q," the CREW announced over the tannoy.`, `The CREW, NAME, told
    passengers over the public address system that C.`, `NAME, the CREW, announced: "Q."`, `Over the tannoy,
    the CREW told passengers C.`, `"Q," NAME called from POST.`, `NAME, ROLE at BODY, took the microphone.
    "Q," she told the queue.`, `"Q," NAME SOUND over the loudspeaker.` and `"Q." The voice over the tannoy
    belonged to NAME, the CREW.` (the crew member, named or not; never the vehicle)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-tannoy"):
        k = _k(PEOPLE38.index(p), shape, r)
        crew, vehicle, post = CREWS38[k % len(CREWS38)]
        said, clause = ANNOUNCE38[(k // 3) % len(ANNOUNCE38)]
        qc, qs = m.q(said + ","), m.q(said + ".")
        town, day = _pick(TOWNS38, k), DAYS38[k % 7]
        crew_title = Contains(crew)
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{_cap(vehicle)} left {town} an hour late on {day}. {qc} the {crew} announced over the "
                f"tannoy."
            )
            expects = [_d(qc, (crew,), ANY, person=False)]
        elif shape == 1:
            text = f"The {crew}, {p.full}, told passengers over the public address system that {clause}."
            expects = [_that(text, clause, p, crew_title)]
        elif shape == 2:
            text = f"{p.full}, the {crew}, announced: {qs}"
            expects = [_d(qs, p, crew_title)]
        elif shape == 3:
            text = f"Over the tannoy, the {crew} told passengers {clause}."
            expects = [_i(clause, (crew,), ANY, person=False)]
        elif shape == 4:
            text = f"{qc} {p.full} called from {post}."
            expects = [_d(qc, p, None)]
        elif shape == 5:
            qc2 = m.q(_role_q(r, k) + ",")
            text = f"{p.full}, {_after(r)}, took the microphone. {qc2} {p.pronoun} told the queue."
            expects = [_d(qc2, p, Contains(_head(r)))]
        elif shape == 6:
            text = f"{qc} {p.full} {_pick(SOUND38, k)} over the loudspeaker."
            expects = [_d(qc, p, None)]
        else:
            text = f"{qs} The voice over the tannoy belonged to {p.full}, the {crew}."
            expects = [_d(qs, p, ANY)]
        yield Case("", f"ho38-tannoy-{shape}", text, expects, wrong_speakers=_wrong(expects, (p.full,)))


# --- group 6: a pronoun before the name -------------------------------------------------------------------


def cataphora() -> Iterator[Case]:
    """`Before she unlocked the gates of BODY on DAY, NAME said C.`, `Although she has worked at BODY for N
    years, NAME said: "Q."`, `"Q," she said.¶NAME, AGE, has been the ROLE at BODY since YEAR.`, `Her family
    has worked at BODY for three generations. "Q," said NAME, AGE.`, `In her first week as ROLE at BODY, NAME
    said C.`, `Asked about her plans for KIND, NAME, AGE, said: "Q."`, `Speaking to reporters on DAY, she said
    C. NAME, AGE, has run BODY since YEAR.¶"Q," she added.` and `Since she took over BODY in YEAR, NAME has
    doubled its trade. "Q," she said.` (the person the pronoun looks forward to)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-cataphora"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        day, year = DAYS38[k % 7], YEARS38[k % 5]
        she, her = p.pronoun, p.poss
        body = _body(r)
        expects: list[Expect]
        if shape == 0:
            text = f"Before {she} unlocked the gates of {body} on {day}, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 1:
            text = f"Although {she} has worked at {body} for {8 + k % 20} years, {p.full} said: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 2:
            text = f"{qc} {she} said.\n\n{p.full}, {p.age}, has been the {_role(r)} at {body} since {year}."
            expects = [_d(qc, p, ANY)]
        elif shape == 3:
            text = (
                f"{_cap(her)} family has worked at {body} for three generations. {qc} said {p.full}, {p.age}."
            )
            expects = [_d(qc, p, None)]
        elif shape == 4:
            text = f"In {her} first week as {_after(r)}, {p.full} said {clause}."
            expects = [_i(clause, p, ANY)]
        elif shape == 5:
            text = f"Asked about {her} plans for {ROLES38[r].kind}, {p.full}, {p.age}, said: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 6:
            q2c = m.q(_role_q(r, k + 1) + ",")
            text = (
                f"Speaking to reporters on {day}, {she} said {clause}. {p.full}, {p.age}, has run {body} "
                f"since {year}.\n\n{q2c} {she} added."
            )
            expects = [_i(clause, p, ANY), _d(q2c, p, ANY)]
        else:
            text = f"Since {she} took over {body} in {year}, {p.full} has doubled its trade. {qc} {she} said."
            expects = [_d(qc, p, ANY)]
        yield Case("", f"ho38-cataphora-{shape}", text, expects)


# --- group 7: round-ups joined by semicolons ----------------------------------------------------------------


def semicolon_roundups() -> Iterator[Case]:
    """`At BODY, views differed: NAME, the ROLE, said C1; OTHER, a customer, said C2.`, `NAME said C1; OTHER
    disagreed.`, `"Q1," said NAME; "Q2," said OTHER.`, `Traders at BODY were divided. A said C1; B said C2;
    and C said C3.`, `NAME said C1, and OTHER that C2.`, `Two traders spoke to the PAPER: NAME, who said C1,
    and OTHER, who said C2.`, `"Q," said NAME, ROLE at BODY; OTHER, from TOWN, said C2.` and `NAME said C1;
    her neighbour at BODY, OTHER, said C2.` (each report its own speaker's, never the neighbour in the
    list)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-semicolon"):
        k = _k(PEOPLE38.index(p), shape, r)
        c1, c2, c3 = _role_c(r, k), _role_c(r, k + 1), _role_c(r, k + 2)
        qc, q2c = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k + 1) + ",")
        o = _other(p, k)
        t = _other(p, k + 7)
        t = t if t.culture != o.culture else _other(p, k + 9)
        body = _body(r)
        people: tuple[str, ...] = (p.full, o.full)
        expects: list[Expect]
        if shape == 0:
            text = (
                f"At {body}, views differed: {p.full}, the {_role(r)}, said {c1}; {o.full}, a customer, "
                f"said {c2}."
            )
            expects = [_i(c1, p, Contains(_head(r))), _i(c2, o, ANY)]
        elif shape == 1:
            text = f"{p.full} said {c1}; {o.full} disagreed."
            expects = [_i(c1, p, None)]
        elif shape == 2:
            text = f"{qc} said {p.full}; {q2c} said {o.full}."
            expects = [_d(qc, p, None), _d(q2c, o, None)]
        elif shape == 3:
            text = (
                f"Traders at {body} were divided. {p.full} said {c1}; {o.full} said {c2}; and {t.full} said "
                f"{c3}."
            )
            expects = [_i(c1, p, None), _i(c2, o, None), _i(c3, t, None)]
            people = (p.full, o.full, t.full)
        elif shape == 4:
            text = f"{p.full} said {c1}, and {o.full} that {c2}."
            expects = [_i(c1, p, None), _that(text, c2, o, None)]
        elif shape == 5:
            paper = _pick(PAPERS38, k)
            text = f"Two traders spoke to the {paper}: {p.full}, who said {c1}, and {o.full}, who said {c2}."
            expects = [_i(c1, p, None), _i(c2, o, None)]
        elif shape == 6:
            text = f"{qc} said {p.full}, {_after(r)}; {o.full}, from {_pick(TOWNS38, k)}, said {c2}."
            expects = [_d(qc, p, Contains(_head(r))), _i(c2, o, None)]
        else:
            text = f"{p.full} said {c1}; {p.poss} neighbour at {body}, {o.full}, said {c2}."
            expects = [_i(c1, p, None), _i(c2, o, ANY)]
        yield Case("", f"ho38-semicolon-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


# --- group 8: the one spoken to is named --------------------------------------------------------------------


def addressees() -> Iterator[Case]:
    """`"Q," NAME told OTHER.`, `NAME told OTHER, ROLE2 at BODY2, that C.`, `NAME assured OTHER that C.`, `In
    a letter to OTHER, NAME wrote: "Q."`, `NAME warned OTHER on DAY that C.`, `NAME turned to OTHER. "Q," she
    said.` (OTHER of the other gender), `"Q," NAME, ROLE at BODY, reminded OTHER.` and `OTHER asked NAME about
    KIND. "Q," SURNAME replied.` (NAME speaks; never the one addressed)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-addressee"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        o = _other(p, k)
        r2 = (r + 1 + k % (len(ROLES38) - 1)) % len(ROLES38)
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} {p.full} told {o.full}."
            expects = [_d(qc, p, None)]
        elif shape == 1:
            text = f"{p.full} told {o.full}, {_after(r2)}, that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 2:
            text = f"{p.full} assured {o.full} that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 3:
            text = f"In a letter to {o.full}, {p.full} wrote: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 4:
            text = f"{p.full} warned {o.full} on {DAYS38[k % 7]} that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 5:
            o = _other(p, k, gender="m" if p.gender == "f" else "f")
            text = f"{p.full} turned to {o.full}. {qc} {p.pronoun} said."
            expects = [_d(qc, p, None)]
        elif shape == 6:
            text = f"{qc} {p.full}, {_after(r)}, reminded {o.full}."
            expects = [_d(qc, p, Contains(_head(r)))]
        else:
            text = f"{o.full} asked {p.full} about {ROLES38[r].kind}. {qc} {p.last} replied."
            expects = [_d(qc, p, ANY)]
        yield Case(
            "", f"ho38-addressee-{shape}", text, expects, wrong_speakers=_wrong(expects, (p.full, o.full))
        )


# --- group 9: two reports joined in one sentence ------------------------------------------------------------


def joined_reports() -> Iterator[Case]:
    """`NAME said C1 and that C2.`, `NAME, ROLE at BODY, said C1, adding that C2.`, `NAME said C1 but warned
    that C2.`, `"Q," said NAME, who added that C2.`, `NAME said C1. She also said C2.`, `NAME said C1, before
    adding: "Q2."`, `NAME said that C1, and that C2.` and `NAME told the PAPER C1, noting that C2.` (every
    piece NAME's, as two reports or one)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-joined"):
        k, qc, _qs, q2s, c1 = _slots(p, shape, m, r)
        c2 = _role_c(r, k + 1)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} said {c1} and that {c2}."
            expects = _reports(text, c1, c2, p, None)
        elif shape == 1:
            text = f"{p.full}, {_after(r)}, said {c1}, adding that {c2}."
            expects = _reports(text, c1, c2, p, title)
        elif shape == 2:
            text = f"{p.full} said {c1} but warned that {c2}."
            expects = _reports(text, c1, c2, p, None)
        elif shape == 3:
            text = f"{qc} said {p.full}, who added that {c2}."
            expects = [_d(qc, p, None), _that(text, c2, p, None)]
        elif shape == 4:
            text = f"{p.full} said {c1}. {_cap(p.pronoun)} also said {c2}."
            expects = [_i(c1, p, None), _i(c2, p, None)]
        elif shape == 5:
            text = f"{p.full} said {c1}, before adding: {q2s}"
            expects = [_i(c1, p, None), _d(q2s, p, None)]
        elif shape == 6:
            text = f"{p.full} said that {c1}, and that {c2}."
            expects = _reports(text, c1, c2, p, None)
        else:
            paper = _pick(PAPERS38, k)
            text = f"{p.full} told the {paper} {c1}, noting that {c2}."
            expects = _reports(text, c1, c2, p, None)
        yield Case("", f"ho38-joined-{shape}", text, expects)


# --- group 10: abbreviations, times and prices inside the quotation -----------------------------------------


def abbreviations() -> Iterator[Case]:
    """`"Q (with St., No., a.m., £3,450, 2.5)," said NAME, ROLE at BODY.`, `NAME said: "Q."`, `"Q," NAME said.
    "Q2."`, `NAME, ROLE at BODY, said on DAY: "Q."`, `"Q," NAME told the PAPER on DAY.`, `According to NAME,
    "Q."`, `NAME said LEAD "FRAGMENT".` and `At 6.30 a.m. on DAY, NAME, ROLE at BODY, said: "Q."` (the points
    inside the quotation end no sentence: the whole quotation is NAME's)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-abbrev"):
        k, _qc, _qs, q2s, _clause = _slots(p, shape, m, r)
        said = _pick(ABBREV38, k)
        qc, qs = m.q(said + ","), m.q(said + ".")
        day = DAYS38[k % 7]
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} said {p.full}, {_after(r)}."
            expects = [_d(qc, p, title)]
        elif shape == 1:
            text = f"{p.full} said: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 2:
            text = f"{qc} {p.full} said. {q2s}"
            expects = _pair(text, p, qc, q2s, None)
        elif shape == 3:
            text = f"{p.full}, {_after(r)}, said on {day}: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 4:
            text = f"{qc} {p.full} told the {_pick(PAPERS38, k)} on {day}."
            expects = [_d(qc, p, None)]
        elif shape == 5:
            text = f"According to {p.full}, {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 6:
            lead, frag = ABBREV_FRAGMENTS38[k % len(ABBREV_FRAGMENTS38)]
            marked = m.q(frag)
            text = f"{p.full} said {lead} {marked}."
            expects = [_mixed(text, (f"{lead} {marked}", marked), p, None)]
        else:
            text = f"At 6.30 a.m. on {day}, {p.full}, {_after(r)}, said: {qs}"
            expects = [_d(qs, p, title)]
        yield Case("", f"ho38-abbrev-{shape}", text, expects)


# --- group 11: masters, crews and vessels -------------------------------------------------------------------


def vessels() -> Iterator[Case]:
    """`"Q," said Captain NAME, master of VESSEL.`, `Captain NAME, who has commanded VESSEL since YEAR, said
    C.`, `VESSEL's second engineer, NAME, said: "Q."`, `NAME, bosun of VESSEL, told the PAPER that C.`, `The
    "VESSEL" docked at TOWN on DAY. "Q," said her master, NAME.`, `"Q," First Officer NAME said as VESSEL left
    TOWN.`, `NAME, the harbourmaster at TOWN, said VESSEL was "F".` and `Captain NAME took VESSEL out on DAY.
    "Q," Captain SURNAME said.` (NAME, with or without the rank, the rank or post as the title; a vessel never
    speaks, not even as *her*)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-vessel"):
        k, qc, qs, _q2s, clause = _slots(p, shape, m, r)
        v, bare = VESSELS38[k % len(VESSELS38)], BARE_VESSELS38[k % len(BARE_VESSELS38)]
        day = DAYS38[k % 7]
        captain = (p.full, f"Captain {p.full}")
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} said Captain {p.full}, master of {v}."
            expects = [_d(qc, captain, EitherOf(("captain", "master")))]
        elif shape == 1:
            text = f"Captain {p.full}, who has commanded {v} since {YEARS38[k % 5]}, said {clause}."
            expects = [_i(clause, captain, Contains("captain"))]
        elif shape == 2:
            text = f"{_poss(_cap(v))} second engineer, {p.full}, said: {qs}"
            expects = [_d(qs, p, Contains("engineer"))]
        elif shape == 3:
            text = f"{p.full}, bosun of {v}, told the {_pick(PAPERS38, k)} that {clause}."
            expects = [_that(text, clause, p, Contains("bosun"))]
        elif shape == 4:
            first = f"The {m.q(bare)} docked at {_pick(TOWNS38, k)} on {day}."
            text = f"{first} {qc} said her master, {p.full}."
            expects = [*_tolerate(text, first), _d(qc, p, Contains("master"))]
        elif shape == 5:
            text = f"{qc} First Officer {p.full} said as {v} left {_pick(TOWNS38, k)}."
            expects = [_d(qc, (p.full, f"First Officer {p.full}"), Contains("officer"))]
        elif shape == 6:
            frag = m.q(_pick(SHIP_FRAGMENTS38, k))
            text = f"{p.full}, the harbourmaster at {_pick(TOWNS38, k)}, said {v} was {frag}."
            expects = [_mixed(text, (f"{v} was {frag}", frag), p, Contains("harbourmaster"))]
        else:
            text = f"Captain {p.full} took {v} out on {day}. {qc} Captain {p.last} said."
            expects = [_d(qc, captain, ANY)]
        yield Case("", f"ho38-vessel-{shape}", text, expects, wrong_speakers=_wrong(expects, (bare, v)))


# --- group 12: the credit after a quotation of several sentences --------------------------------------------


def long_quotations() -> Iterator[Case]:
    """`"S1. S2. S3," NAME said.`, `... said NAME, ROLE at BODY.`, `... NAME, AGE, said.`, `... NAME told the
    PAPER on DAY.`, `NAME has run BODY since YEAR.¶"S1. S2. S3," she said.`, `NAME is the ROLE at BODY. "S1.
    S2. S3," the ROLE said.`, `"S1. S2. S3," NAME SOUND.` and `"S1. S2," NAME said. "S3."` (the whole
    quotation NAME's, the credit at its end)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-longq"):
        k = _k(PEOPLE38.index(p), shape, r)
        s1, s2, s3 = (_role_q(r, k + i) for i in range(3))
        longc = m.q(f"{s1}. {s2}. {s3},")
        year = YEARS38[k % 5]
        expects: list[Expect]
        if shape == 0:
            text = f"{longc} {p.full} said."
            expects = [_d(longc, p, None)]
        elif shape == 1:
            text = f"{longc} said {p.full}, {_after(r)}."
            expects = [_d(longc, p, Contains(_head(r)))]
        elif shape == 2:
            text = f"{longc} {p.full}, {p.age}, said."
            expects = [_d(longc, p, None)]
        elif shape == 3:
            text = f"{longc} {p.full} told the {_pick(PAPERS38, k)} on {DAYS38[k % 7]}."
            expects = [_d(longc, p, None)]
        elif shape == 4:
            text = f"{p.full} has run {_body(r)} since {year}.\n\n{longc} {p.pronoun} said."
            expects = [_d(longc, p, ANY)]
        elif shape == 5:
            text = f"{p.full} is the {_after(r)}. {longc} the {_role(r)} said."
            expects = [_d(longc, p, ANY)]
        elif shape == 6:
            text = f"{longc} {p.full} {_pick(SOUND38, k)}."
            expects = [_d(longc, p, None)]
        else:
            a, b = m.q(f"{s1}. {s2},"), m.q(f"{s3}.")
            text = f"{a} {p.full} said. {b}"
            expects = _pair(text, p, a, b, None)
        yield Case("", f"ho38-longq-{shape}", text, expects)


# --- group 13: open-class cue verbs of sound ----------------------------------------------------------------


def sound_cues() -> Iterator[Case]:
    """`"Q," NAME SOUND.`, `"Q," SOUND NAME, ROLE at BODY.`, `NAME, ROLE at BODY, SOUND: "Q."`, `"Q," NAME
    SOUND, before going back to work at BODY.`, `The ROLE, NAME, SOUND: "Q."`, `"Q," NAME SOUND. "Q2."`, `"Q,"
    SOUND NAME, AGE, from the doorway of BODY.` and `NAME SOUND at the crowd outside BODY: "Q."` with
    `bawled`, `honked`, `twittered`, `yapped`, `gargled`, `shrilled`, `creaked` and `singsonged` (NAME's)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-sound"):
        k, qc, qs, q2s, _clause = _slots(p, shape, m, r)
        v = _pick(SOUND38, k // 2)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} {p.full} {v}."
            expects = [_d(qc, p, None)]
        elif shape == 1:
            text = f"{qc} {v} {p.full}, {_after(r)}."
            expects = [_d(qc, p, title)]
        elif shape == 2:
            text = f"{p.full}, {_after(r)}, {v}: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 3:
            text = f"{qc} {p.full} {v}, before going back to work at {_body(r)}."
            expects = [_d(qc, p, None)]
        elif shape == 4:
            text = f"The {_role(r)}, {p.full}, {v}: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 5:
            text = f"{qc} {p.full} {v}. {q2s}"
            expects = _pair(text, p, qc, q2s, None)
        elif shape == 6:
            text = f"{qc} {v} {p.full}, {p.age}, from the doorway of {_body(r)}."
            expects = [_d(qc, p, None)]
        else:
            text = f"{p.full} {v} at the crowd outside {_body(r)}: {qs}"
            expects = [_d(qs, p, None)]
        yield Case("", f"ho38-sound-{shape}", text, expects)


# --- group 14: a place and a time between the quotation and the credit; datelines ---------------------------


def adjuncts_datelines() -> Iterator[Case]:
    """`"Q," in TOWN on DAY, NAME said.`, `"Q," NAME said at BODY in TOWN on DAY, as the last lorries left.`,
    `TOWN — "Q," NAME, ROLE at BODY, said on DAY.`, `TOWN, DAY — NAME said C.`, `"Q," on a wet morning at
    BODY, said NAME.`, `"Q," at a meeting of traders in TOWN on DAY evening, NAME, ROLE at BODY, said.`, `TOWN
    (Haulwire) — "Q," said NAME.` and `"Q," NAME said in TOWN on DAY, standing on the steps of BODY.` (NAME's;
    a dateline is neither speaker nor content)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-adjunct"):
        k, qc, _qs, _q2s, clause = _slots(p, shape, m, r)
        town, day = _pick(TOWNS38, k), DAYS38[k % 7]
        line = town.upper()
        title = Contains(_head(r))
        forbidden: tuple[str, ...] = ()
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} in {town} on {day}, {p.full} said."
            expects = [_d(qc, p, None)]
        elif shape == 1:
            text = f"{qc} {p.full} said at {_body(r)} in {town} on {day}, as the last lorries left."
            expects = [_d(qc, p, None)]
        elif shape == 2:
            text = f"{line} — {qc} {p.full}, {_after(r)}, said on {day}."
            expects = [_d(qc, p, title)]
            forbidden = (line,)
        elif shape == 3:
            text = f"{line}, {day} — {p.full} said {clause}."
            expects = [_i(clause, p, None)]
            forbidden = (line,)
        elif shape == 4:
            text = f"{qc} on a wet morning at {_body(r)}, said {p.full}."
            expects = [_d(qc, p, None)]
        elif shape == 5:
            text = f"{qc} at a meeting of traders in {town} on {day} evening, {p.full}, {_after(r)}, said."
            expects = [_d(qc, p, title)]
        elif shape == 6:
            text = f"{line} (Haulwire) — {qc} said {p.full}."
            expects = [_d(qc, p, None)]
            forbidden = (line, "Haulwire")
        else:
            text = f"{qc} {p.full} said in {town} on {day}, standing on the steps of {_body(r)}."
            expects = [_d(qc, p, None)]
        yield Case("", f"ho38-adjunct-{shape}", text, expects, forbidden=forbidden)


# --- group 15: negative controls ----------------------------------------------------------------------------


def negative_controls() -> Iterator[Case]:
    """`NAME wore a T-shirt reading "S" to BODY on DAY.`, `A banner reading "S" hung over BODY as NAME cut the
    ribbon.`, `Someone had painted "S" on the wall of BODY; NAME scrubbed it off on DAY.`, `NAME, whose
    T-shirt read "S", said: "Q."`, `The side of NAME's van says "S" in gold letters.`, `NAME's mug at BODY
    reads "S".`, `The cake NAME baked for BODY was iced with the words "S".` and `Protesters outside BODY
    carried banners reading "S" and "S2"; NAME, ROLE at BODY, watched from the door.` (slogans that nobody
    says, never NAME; a real quotation beside one is NAME's)."""
    for p, shape, m, r in sample(_combos(8), 256, "ho38-negative"):
        k, _qc, qs, _q2s, _clause = _slots(p, shape, m, r)
        slogan, slogan2 = m.q(_pick(SLOGANS38, k)), m.q(_pick(SLOGANS38, k + 1))
        body, day = _body(r), DAYS38[k % 7]
        actors: tuple[str, ...] = ()
        real: list[Expect] = []
        if shape == 0:
            text = region = f"{p.full} wore a T-shirt reading {slogan} to {body} on {day}."
        elif shape == 1:
            text = region = f"A banner reading {slogan} hung over {body} as {p.full} cut the ribbon."
        elif shape == 2:
            text = region = (
                f"Someone had painted {slogan} on the wall of {body}; {p.full} scrubbed it off on {day}."
            )
        elif shape == 3:
            region = f"{p.full}, whose T-shirt read {slogan},"
            text = f"{region} said: {qs}"
            real = [_d(qs, p, None)]
        elif shape == 4:
            text = region = f"The side of {_poss(p.full)} van says {slogan} in gold letters."
            actors = ("van", "the side of the van", f"the side of {_poss(p.full)} van")
        elif shape == 5:
            text = region = f"{_poss(p.full)} mug at {body} reads {slogan}."
            actors = ("mug", f"{_poss(p.full)} mug")
        elif shape == 6:
            text = region = f"The cake {p.full} baked for {body} was iced with the words {slogan}."
        else:
            text = region = (
                f"Protesters outside {body} carried banners reading {slogan} and {slogan2}; {p.full}, "
                f"{_after(r)}, watched from the door."
            )
            actors = ("protesters", f"protesters outside {body}")
        yield Case(
            "",
            f"ho38-negative-{shape}",
            text,
            [*_tolerate(text, region, actors), *real],
            wrong_speakers=[(slogan, p.full)],
        )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout38.{name}", group, description, unique_texts(gen))


HELD_OUT_38 = (
    _named("speeches", "1", "In a speech to EVENT, NAME said; NAME told delegates", speeches),
    _named("paper_interviews", "2", "In an interview with the PAPER, NAME said C", paper_interviews),
    _named("passive_credits", "3", "Traders were told by NAME that C", passive_credits),
    _named(
        "statements_through",
        "4",
        "a statement read by her solicitor; issued through its lawyers",
        statements_through,
    ),
    _named("announcements", "5", '"Q," the captain announced over the tannoy', announcements),
    _named("cataphora", "6", "Before she opened BODY, NAME said C", cataphora),
    _named("semicolon_roundups", "7", "NAME said C1; OTHER said C2", semicolon_roundups),
    _named("addressees", "8", '"Q," NAME told OTHER; NAME assured OTHER that C', addressees),
    _named("joined_reports", "9", "NAME said C1, adding that C2", joined_reports),
    _named("abbreviations", "10", '"The 7.15am sailing to St. Kerran is off," NAME said', abbreviations),
    _named("vessels", "11", '"Q," said Captain NAME, master of VESSEL; her master, NAME', vessels),
    _named("long_quotations", "12", '"S1. S2. S3," NAME said', long_quotations),
    _named("sound_cues", "13", '"Q," NAME honked; NAME, ROLE, bawled: "Q."', sound_cues),
    _named("adjuncts_datelines", "14", '"Q," in TOWN on DAY, NAME said; TOWN — "Q,"', adjuncts_datelines),
    _named("negative_controls", "15", "T-shirts, banners, vans, mugs, cakes", negative_controls),
)
