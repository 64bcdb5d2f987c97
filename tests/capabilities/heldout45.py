"""Forty-fifth held-out round: capabilities written at commit ``f3a12448`` by a helper (``hcap51``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout45data.py``: thirty invented people of Québécois,
Portuguese, Italian, Japanese, Korean, Vietnamese, Ukrainian, Turkish, Persian, Gujarati, Malayalam, Serbian,
Dutch, Norwegian and Cree origin, each with a gender and an age; six Québécois people with hyphenated given
names, particles and double surnames (*Anne-Sophie de Grandpré*, *Éloïse Du Tremblay*, *Louis-Philippe
Saint-Onge*, *Marc-André Lacroix-Dufour*) and four Cree chiefs with their First Nations; straight and curly
double marks and British single marks; five house styles, each with its story (a mill town's river, a storm
and a lawsuit, hospital waiting lists, a boil-water advisory and a wildfire, a takeover), six roles written
the way that style writes them (a long title after the name, a lowercase title before it, a *shadow* post, a
title before the name without a comma, two roles in one title) with their affiliation, quotations, reported
clauses, clauses with a quoted fragment, things called something and narrative sentences; anonymous and
unnamed sources with their affiliation and anonymity clauses; an invented wire agency, *The Meridian Press*,
with datelines and staff; invented British programmes and a Canadian broadcaster, *Polaris News*; party-state
tags with real state abbreviations; documents; firms whose names look like people's (*Hartwell & Sons*,
*Morgan Dunne LLP*, *Lucas Ferrante Holdings*); and works, nicknames and scare terms) as the SAME kinds of
news written in FIVE HOUSE STYLES, about three capabilities per style. Every case is one to four paragraphs
and checks the speaker's canonical full name AND title on every quotation of a person (`Contains` of the role
noun and, where the text gives one, the affiliation, on later references too; `ANY` only for unnamed sources,
documents and firms), with `wrong_speakers` for every other person named. A capability's group is its issue
group.

1. A US newspaper of record: honorifics on every later reference after a long title (`"C," said FULL, the
   deputy director of the Institute for Water Policy at Calder Hill University.`, `Ms. SURNAME, who has lived
   in the town since 1998, said: "C."`, `Mr. SURNAME called OBJ "X."`, `Ms. SURNAME said CLAUSE "X."`, a
   split quotation, `"C," he added.`) with a second person of the same gender (`record_honorifics`);
   interview credits and ordinary people (`said in an interview`, `said in a telephone interview on DAY`,
   `In an interview, FULL, ROLE, said that C.`, `FULL, 51, a dairy farmer from Glenhollow, said C.`)
   (`record_interviews`); anonymous sources (`said a senior administration official, who spoke on the
   condition of anonymity because she was not authorized to discuss the matter publicly`, `According to
   ANON, C.` with the anonymity in the next sentence and `The official said C2.`, the anonymity clause's
   pronoun beside a named person of that gender who declined to comment, `... account was disputed by ANON,
   who said that C.`) (`record_anonymous`);
2. a US wire agency: lowercase titles before the name (`"C," state schools superintendent FULL said.`,
   `State fire marshal FULL told reporters DAY:`, `According to county emergency management director FULL,
   C.`, `said Department of Natural Resources spokesman FULL`) and surname-only second references
   (`wire_pretitles`); the day right after the cue under a dateline and byline (`FULL, ROLE, said Tuesday
   that C.`, `told The Meridian Press on Tuesday that C.`, `told The Meridian Press in a phone interview
   Sunday`, `said in a statement Wednesday that C.`, `said Saturday night the C.`) (`wire_days`); documents
   and party-state tags (`According to court documents filed DAY, C.`, `C, according to a police report
   released DAY.`, `The lawsuit, filed DAY in federal court, says C.`, `"C," said Sen. FULL, D-Ore.`, `Rep.
   FULL, R-Ohio, said C.`, `B, R-Ohio, disagreed. "C," she said.`) (`wire_filings_tags`);
3. a British daily in single marks with the full stop outside: `FULL, the shadow health secretary, said:
   'C'.`, `Mr SURNAME added: 'C'.`, `'C', said FULL, ROLE.`, `FULL, who chairs the public accounts
   committee, said CLAUSE 'X'.`, `Dr FULL`, `Allied Nurses Union general secretary FULL said:`
   (`british_titles`); broadcast credits (`told Wessex Radio's Daybreak programme: 'C'.`, `Speaking on
   Channel Nine's Sunday Briefing, FULL said:`, `'C', SURNAME told Tidemark FM's Breakfast programme. 'C2,'
   she added.`) (`british_programmes`); unnamed sources with their affiliation (`A Harcourt Place source
   said:`, `'C', a senior Treasury source said.`, `A source close to the health secretary said C.`, `A
   spokesperson for the Department for Rivers and Coasts told the Ledger:`) (`british_sources`);
4. a Canadian public broadcaster in the present tense: `Environment Minister FULL says C.`, `"C," says FULL,
   executive director of the Boreal Rivers Alliance.` (no article), `SURNAME says CLAUSE "X."`, `SURNAME calls
   OBJ "X."`, `FULL says she is worried ... "C," she says.` (`broadcast_present`); Québécois names and chiefs
   (`"C," says Northern Kestrel Premier FULL.`, `De Grandpré says C.`, `Chief FULL of the Sturgeon Bend First
   Nation says C.`, `"C," Chief SURNAME says.`, `FULL told Polaris News in an interview from Fort Wapiti that
   C.`) (`canadian_names`); second references after a title before the name (`"C," she says.` after a
   paragraph about a man, `"C," SURNAME says.` after a woman, `"C," the officer says.` after `The fire
   information officer ..., FULL, says`, `Dr. SURNAME`, `"C," SURNAME told Polaris News.`)
   (`broadcast_references`);
5. a financial daily: `said FULL, chief executive of Vantor Logistics`, `FULL, the founder and chief
   executive of Kelpie Robotics, said C.` (both roles), `FULL, an analyst at BANK, wrote in a note to clients
   that C.`, `Vantor Logistics chief executive FULL said C.`, `told analysts on a conference call that C.`,
   `Ms. SURNAME called OBJ "X."` (`business_titles`); firms whose names look like people's, unnamed sources
   and filings (`Hartwell & Sons said in a statement that C.`, `"C," Morgan Dunne LLP said in a statement.`,
   `C, a person familiar with the matter said.`, `People familiar with the talks said C.`, `According to a
   regulatory filing, C.`, `FIRM declined to comment.`) (`business_sources`);
6. controls in all five styles: a nickname inside the speaker's name (`said Geneviève "Sunny" Thibodeau`) and
   after it (`known to colleagues as "the Fixer"`), works (`B's memoir "Ashes on the Line" came out in May.`,
   `The podcast "Margin Call Monday" was made in Glenhollow.`) and scare terms (`The so-called
   'modernisation' began last year.`) beside real quotations (`style_controls`).

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a split
quotation as one quotation with its credit inside or as its two parts; `called OBJ "X."` as the object with
its marked words or the marked words alone; an unnamed source's phrase with or without its modifiers (`a
senior administration official`, `administration official`, `official`); a document as its phrase or its head
noun; a nickname inside a name with or without it; titles with `Contains` (`Sen.` or `senator`: *sen*).

Run once at f3a12448 (``capreport.py --heldout --show 300 heldout45.NAME ...``, quotex frozen at
``/tmp/base39``): **2,361 of 3,750 (0.630)**. The failures were then read for template and key bugs only; no
key was changed to make quotex right where a careful reader would not accept its reading. Fixed:

* key: the anonymous source *a state official familiar with the negotiations* accepted the phrase, *state
  official* and the bare head *official*, but not *official familiar with the negotiations*; a key that
  accepts the head alone accepts the phrase without its adjective too (`record_anonymous` .580 -> .628);
* key: a firm's apposition (`Abbott Kerrigan Partners, the private equity group, said`) was checked as the
  firm's title; it describes the firm and is no person's title, so it is no longer checked (`business_sources`
  shape 2);
* key: `The company reported revenue of $2.3 billion for the quarter.` was keyed as no quotation; an earnings
  report is what a company says about itself, so the sentence is now tolerated as the company's report (the
  phrase, or a firm the story named before it) or no one's, never a person's (`business_titles` .492 ->
  .792, `business_sources` .152 -> .368, `style_controls` .668 -> .712).

After the fixes: **2,513 of 3,750 (0.670)**. Calls the lead may judge: four narrative sentences are keyed as
no quotation and quotex reports them in 955 of the 1,237 failing cases (and nothing else fails there): `The
state legislature is expected to vote ...`, `Ministers are expected to publish ...`, `The deal is expected to
close ...` (551 cases; unattributed reports; a case may hold two of these sentences), `Water samples taken in
the fall showed lead above the federal limit.` (219; *lead above the federal limit* credited to the samples),
`FIRM/NAME declined to comment.` (169; *to comment* as a report) and `The province has declared a local state
of emergency.` (109; credited to *province*); without those cases 3,468 of 3,750 (0.925). Besides: a lowercase
title before the name keeps only its head (`state schools superintendent FULL` -> title *superintendent*,
keyed as needing *schools superintendent*; 102 quotations) and, after a quotation, swallows the cue into the
name (`"C," state fire marshal FULL said.` -> speaker *fire marshal FULL said*); `told Wessex Radio's Daybreak
programme:` and `told Channel Nine's Sunday Briefing that C` split the programme's name into the quotation
(*programme: 'C'*, *Nine's Sunday Briefing that C*), and `'C', SURNAME told PROGRAMME.` is left unattributed;
`FULL, who chairs the X committee, said` gives no title; `"C," she says.` (or *he*) after a paragraph about a
person of the other gender goes to that person in 47 cases (`broadcast_present` shape 5,
`broadcast_references` shapes 0 and 3).

The lead's audit (round 43) kept the key as it is: the four narrative sentences are no quotation
to a careful reader, and PolNeAR keys all four kinds, so both readings stand and the round is
reported with and without their cases. End of round 43, after rules fixed from these failures (no
transfer measured): 2,735 of 3,750 (0.729), 3,702 (0.987) without those cases.

| capability | group | cases | first run | key-fixed |
|---|---|---|---|---|
| `heldout45.record_honorifics` | 4 | 250 | 0.240 | 0.240 |
| `heldout45.record_interviews` | 6 | 250 | 0.500 | 0.500 |
| `heldout45.record_anonymous` | 2 | 250 | 0.580 | 0.628 |
| `heldout45.wire_pretitles` | 5 | 250 | 0.696 | 0.696 |
| `heldout45.wire_days` | 1 | 250 | 1.000 | 1.000 |
| `heldout45.wire_filings_tags` | 5 | 250 | 1.000 | 1.000 |
| `heldout45.british_titles` | 6 | 250 | 0.676 | 0.676 |
| `heldout45.british_programmes` | 1 | 250 | 0.276 | 0.276 |
| `heldout45.british_sources` | 2 | 250 | 0.740 | 0.740 |
| `heldout45.broadcast_present` | 1 | 250 | 0.708 | 0.708 |
| `heldout45.canadian_names` | 5 | 250 | 0.892 | 0.892 |
| `heldout45.broadcast_references` | 4 | 250 | 0.824 | 0.824 |
| `heldout45.business_titles` | 6 | 250 | 0.492 | 0.792 |
| `heldout45.business_sources` | 2 | 250 | 0.152 | 0.368 |
| `heldout45.style_controls` | 8 | 250 | 0.668 | 0.712 |
| **heldout45** (all 15) | | 3,750 | 0.630 (2,361) | 0.670 (2,513) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import attrs
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout45data import (
    AGENCY45,
    ANONYMOUS45,
    BANKS45,
    BRITISH45,
    BRITISH_SOURCES45,
    BROADCASTER45,
    BUSINESS45,
    CANADA45,
    CHIEFS45,
    CITIES45,
    COMMITTEES45,
    DAYS45,
    DOCUMENTS45,
    DOUBLE_MARKS45,
    FIRMS45,
    FRENCH45,
    NICKNAMES45,
    PEOPLE45,
    PROGRAMMES45,
    PROVINCE45,
    RECORD45,
    RELATIVES45,
    SCARE45,
    SINGLE_MARKS45,
    STAFF45,
    STYLES45,
    TAGS45,
    TOWNS45,
    WIRE45,
    WORKS45,
    Role45,
    Style45,
)
from heldout_kit import Mark, Person, PersonSpec, other_person
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _i
from heldout_kit import span as _span
from heldout_kit import that_report as _that
from heldout_kit import tolerate as _tolerate
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

T = TypeVar("T")

# --- shared helpers -----------------------------------------------------------------------------------------


def _split(text: str, first: str, second: str, p: PersonSpec, title: TitleSpec = ANY) -> list[Expect]:
    """`"C1," NAME said. "C2."`: one split quotation with its credit inside, or its two quotations."""
    return _alts(
        text, [_d(_span(text, first, second), p, title)], [_d(first, p, title), _d(second, p, title)]
    )


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE45, p, step, gender=gender, avoid=avoid)


def _opp(p: Person) -> str:
    return "m" if p.gender == "f" else "f"


def _given(p: Person) -> str:
    return p.full[: len(p.full) - len(p.last)].strip()


def _us(p: Person) -> str:
    """The honorific of a US newspaper of record: `Ms.`/`Mr.`."""
    return "Ms." if p.gender == "f" else "Mr."


def _uk(p: Person) -> str:
    """The honorific of a British daily: `Ms`/`Mr`, no full stop."""
    return "Ms" if p.gender == "f" else "Mr"


def _g(text: str, p: Person) -> str:
    """*text* with `spokeswoman` fitted to *p*'s gender."""
    return text if p.gender == "f" else text.replace("spokeswoman", "spokesman")


def _after(role: Role45, p: Person) -> str:
    return _g(role.after, p)


def _before(role: Role45, p: Person) -> str:
    return _g(role.before, p)


def _title(role: Role45, p: Person) -> Contains:
    """The title a key checks: its role noun and its affiliation."""
    return Contains(tuple(_g(part, p) for part in role.parts))


def _roles(style: Style45, k: int) -> tuple[Role45, Role45, Role45]:
    r = style.roles
    n = len(r)
    return r[k % n], r[(k + 1) % n], r[(k + 3) % n]


def _qq(style: Style45, n: int) -> str:
    return style.quotes[n % len(style.quotes)]


def _cl(style: Style45, n: int) -> str:
    return style.clauses[n % len(style.clauses)]


def _nar(style: Style45, n: int) -> str:
    return style.narrative[n % len(style.narrative)]


def _frag(style: Style45, n: int) -> tuple[str, str]:
    return style.mixed[n % len(style.mixed)]


def _obj(style: Style45, n: int) -> tuple[str, str]:
    return style.called[n % len(style.called)]


def _lc(text: str) -> str:
    """A quotation's first letter in lower case (it continues a sentence), unless it is *I*."""
    return text if text.startswith("I ") else text[:1].lower() + text[1:]


def _at(pool: Sequence[T], n: int) -> T:
    """The *n*-th item of *pool*, cycling (a filler that is not a string)."""
    return pool[n % len(pool)]


def _end(state: str) -> str:
    """The full stop after a party-state tag that ends a sentence (none after an abbreviation's own)."""
    return "" if state.endswith(".") else "."


#: The firms and banks of the business style, any of which a reader may take `the company` to be.
_FIRMS = (
    "Vantor Logistics",
    "Kelpie Robotics",
    "Greyhaven Securities",
    "Marlin Foods",
    "Oakmere Asset Management",
    "Brightwater Mills",
    *BANKS45,
    *(f[0] for f in FIRMS45),
)

_REVENUE = "The company reported revenue of $2.3 billion for the quarter."


def _revenue(case: Case) -> Case:
    """Key fix after the first run: `The company reported revenue of $2.3 billion for the quarter.` may be
    read as the company's report (an earnings report is what a company says about itself); tolerated as the
    company's (the phrase, or a firm the story named before it) or no one's, never a person's."""
    if _REVENUE not in case.text:
        return case
    before = case.text[: case.text.index(_REVENUE)]
    actors = ("company", "the company", *(f for f in _FIRMS if f in before))
    extra = _tolerate(case.text, _REVENUE, actors)
    return attrs.evolve(case, expected=(*case.expected, *extra)) if extra else case


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    def generate() -> Iterator[Case]:
        for case in gen():
            yield _revenue(case)

    return named(f"heldout45.{name}", group, description, unique_texts(generate))


def _combos(
    pool: Sequence[Person], shapes: int, marks: Sequence[Mark], reps: int = 3
) -> Iterator[tuple[Person, int, Mark, int]]:
    return itertools.product(pool, range(shapes), marks, range(reps))


# --- style 1: a US newspaper of record ----------------------------------------------------------------------


def record_honorifics() -> Iterator[Case]:
    """A US newspaper of record's second references: a person introduced with a long title after the name
    (`"C1," said FULL, the deputy director of the Institute for Water Policy at Calder Hill University.`,
    `FULL, ROLE, said in an interview that C.`), a second person of the SAME gender introduced the same way,
    and the first back by honorific (`"C3," Ms. SURNAME said.`, `Ms. SURNAME, who has lived in the town since
    1998, said: "C3."`, a split `"C3," Mr. SURNAME said. "C3b."`, `Ms. SURNAME said C.`, `Mr. SURNAME called
    OBJ "X."`, `Ms. SURNAME said CLAUSE "X."`, `"C3," Mr. SURNAME said. "C4," he added.`), and in one shape
    the second person back by honorific after the first: each quotation its own speaker's (full name, and the
    title of the first reference, on every quotation), never the other's."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 7, DOUBLE_MARKS45), 250, "ho45-rec-hon"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(RECORD45, k)
        b = _other(a, k, gender=a.gender)
        ta, tb = _title(ra, a), _title(rb, b)
        n = r * 4
        q1, q2, q3 = (m.q(_qq(RECORD45, n + j) + ",") for j in range(3))
        c1 = _cl(RECORD45, k)
        hon = _us(a)
        expects: list[Expect] = []
        if shape == 1:
            intro = f"{a.full}, {ra.after}, said in an interview that {c1}."
        else:
            intro = f"{q1} said {a.full}, {ra.after}."
        paras = [_nar(RECORD45, k), intro, f"{q2} {b.full}, {rb.after}, said.", _nar(RECORD45, k + 1)]
        if shape == 0:
            paras.append(f"{q3} {hon} {a.last} said.")
        elif shape == 1:
            q3s = m.q(_qq(RECORD45, n + 2) + ".")
            paras.append(f"{hon} {a.last}, who {_pick(RELATIVES45, k)}, said: {q3s}")
        elif shape == 2:
            q3b = m.q(_qq(RECORD45, n + 3) + ".")
            paras.append(f"{q3} {hon} {a.last} said. {q3b}")
        elif shape == 3:
            c3 = _cl(RECORD45, k + 1)
            q4 = m.q(_qq(RECORD45, n + 3) + ",")
            paras += [f"{hon} {a.last} said {c3}.", f"{q4} {_us(b)} {b.last} said."]
        elif shape == 4:
            obj, frag = _obj(RECORD45, k)
            paras.append(f"{hon} {a.last} called {obj} {m.q(frag + '.')}")
        elif shape == 5:
            before, frag = _frag(RECORD45, k)
            paras.append(f"{hon} {a.last} said {before} {m.q(frag + '.')}")
        else:
            q4 = m.q(_qq(RECORD45, n + 3) + ",")
            paras.append(f"{q3} {hon} {a.last} said. {q4} {a.pronoun} added.")
        text = _article(*paras)
        expects.append(_that(text, c1, a, ta) if shape == 1 else _d(q1, a, ta))
        expects.append(_d(q2, b, tb))
        if shape == 0:
            expects.append(_d(q3, a, ta))
        elif shape == 1:
            expects.append(_d(m.q(_qq(RECORD45, n + 2) + "."), a, ta))
        elif shape == 2:
            expects += _split(text, q3, m.q(_qq(RECORD45, n + 3) + "."), a, ta)
        elif shape == 3:
            expects += [_that(text, _cl(RECORD45, k + 1), a, ta), _d(m.q(_qq(RECORD45, n + 3) + ","), b, tb)]
        elif shape == 4:
            obj, frag = _obj(RECORD45, k)
            expects.append(_called(text, obj, m.q(frag + "."), a, title=ta))
        elif shape == 5:
            before, frag = _frag(RECORD45, k)
            expects.append(_mixed(text, f"{before} {m.q(frag + '.')}", a, ta))
        else:
            expects += [_d(q3, a, ta), _d(m.q(_qq(RECORD45, n + 3) + ","), a, ta)]
        yield Case("", f"ho45-rec-hon-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


#: Jobs of ordinary people in a newspaper of record (`FULL, 54, a retired machinist from TOWN`): the phrase
#: and the role noun a title must hold.
_JOBS = (
    ("a retired machinist", "machinist"),
    ("a school bus driver", "bus driver"),
    ("a night-shift nurse", "nurse"),
    ("a dairy farmer", "farmer"),
    ("a substitute teacher", "teacher"),
)


def record_interviews() -> Iterator[Case]:
    """A newspaper of record's interview credits and long titles: `"C," FULL, ROLE, said in an interview.`,
    `"C," FULL, ROLE, said in a telephone interview on DAY.`, `FULL, AGE, a retired machinist from TOWN,
    said C.`, `In an interview, FULL, ROLE, said that C.`, `"C1," said FULL, ROLE, in an interview on DAY.
    "C1b."`, `"C," said FULL, AGE, a night-shift nurse from TOWN, who ...`, with a second person (of the
    other gender) who speaks after and the first back by honorific: the speaker's full name and the title
    whole (its role noun and its affiliation) on every quotation."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, DOUBLE_MARKS45), 250, "ho45-rec-int"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(RECORD45, k + 2)
        b = _other(a, k, gender=_opp(a))
        tb = _title(rb, b)
        n = r * 3
        q1, q2, q3 = (m.q(_qq(RECORD45, n + j) + ",") for j in range(3))
        c1 = _cl(RECORD45, k)
        day = _pick(DAYS45, k)
        town = _pick(TOWNS45, k)
        job, noun = _at(_JOBS, k)
        ta: TitleSpec = _title(ra, a)
        expects: list[Expect]
        if shape == 0:
            first = f"{q1} {a.full}, {ra.after}, said in an interview."
        elif shape == 1:
            first = f"{q1} {a.full}, {ra.after}, said in a telephone interview on {day}."
        elif shape == 2:
            first = f"{a.full}, {a.age}, {job} from {town}, said {c1}."
            ta = Contains(noun)
        elif shape == 3:
            first = f"In an interview, {a.full}, {ra.after}, said that {c1}."
        elif shape == 4:
            q1b = m.q(_qq(RECORD45, n + 3) + ".")
            first = f"{q1} said {a.full}, {ra.after}, in an interview on {day}. {q1b}"
        else:
            first = f"{q1} said {a.full}, {a.age}, {job} from {town}, who {_pick(RELATIVES45, k + 1)}."
            ta = Contains(noun)
        text = _article(
            _nar(RECORD45, k),
            first,
            f"{b.full}, {rb.after}, said {_cl(RECORD45, k + 2)}.",
            f"{q2} {_us(b)} {b.last} said.",
            f"{q3} {_us(a)} {a.last} said.",
        )
        if shape in (2, 3):
            expects = [_that(text, c1, a, ta)]
        elif shape == 4:
            expects = _split(text, q1, m.q(_qq(RECORD45, n + 3) + "."), a, ta)
        else:
            expects = [_d(q1, a, ta)]
        expects += [_that(text, _cl(RECORD45, k + 2), b, tb), _d(q2, b, tb), _d(q3, a, ta)]
        yield Case("", f"ho45-rec-int-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


def record_anonymous() -> Iterator[Case]:
    """A newspaper of record's anonymous sources beside named people: `"C," said a senior administration
    official, who spoke on the condition of anonymity because he was not authorized to discuss the matter
    publicly.`, `A congressional aide, who requested anonymity to describe private deliberations, said that
    C.`, `According to a state official familiar with the negotiations, C.` with the anonymity in the next
    sentence and `The official said C2.` after it, the anonymity clause's pronoun beside a named person of
    that gender who declined to comment, `ANON, CLAUSE, called OBJ "X."`, and a named person's account
    disputed by the source (`... was disputed by ANON, who said that C.`): the source's phrase (with or
    without its modifiers) as speaker, never the named people; the named people with their titles."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, DOUBLE_MARKS45), 250, "ho45-rec-anon"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, _, _ = _roles(RECORD45, k)
        ta = _title(ra, a)
        phrase, accepted, clause, head = ANONYMOUS45[k % len(ANONYMOUS45)]
        pron = "he" if k % 2 else "she"
        clause = clause.format(pron=pron)
        anon = (*accepted, head)
        n = r * 3
        q1, q2 = m.q(_qq(RECORD45, n) + ","), m.q(_qq(RECORD45, n + 1) + ",")
        c1, c2 = _cl(RECORD45, k), _cl(RECORD45, k + 1)
        named_line = f"{q1} said {a.full}, {ra.after}."
        expects: list[Expect] = []
        if shape == 0:
            paras = [named_line, _nar(RECORD45, k), f"{q2} said {phrase}, {clause}."]
            expects = [_d(q1, a, ta), _d(q2, anon)]
        elif shape == 1:
            paras = [named_line, f"{_cap(phrase)}, {clause}, said that {c1}."]
            expects = [_d(q1, a, ta)]
        elif shape == 2:
            sentence = clause.replace("who ", f"The {head} ", 1)
            paras = [
                f"According to {phrase}, {c1}. {sentence}.",
                named_line,
                f"The {head} said {c2}.",
            ]
            expects = [_i(c1, anon), _d(q1, a, ta)]
        elif shape == 3:
            b = _other(a, k, gender="m" if pron == "he" else "f")
            paras = [
                f"{b.full}, {_after(_roles(RECORD45, k)[1], b)}, declined to comment.",
                f"{q2} said {phrase}, {clause}.",
                named_line,
            ]
            expects = [_d(q2, anon), _d(q1, a, ta)]
            text = _article(*paras)
            yield Case("", f"ho45-rec-anon-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))
            continue
        elif shape == 4:
            obj, frag = _obj(RECORD45, k)
            paras = [
                named_line,
                _nar(RECORD45, k),
                f"{_cap(phrase)}, {clause}, called {obj} {m.q(frag + '.')}",
            ]
            expects = [_d(q1, a, ta)]
        else:
            paras = [
                f"{q1} {a.full}, {ra.after}, said.",
                f"{_poss(_us(a) + ' ' + a.last)} account was disputed by {phrase}, who said that {c1}.",
            ]
            expects = [_d(q1, a, ta)]
        text = _article(*paras)
        if shape == 1:
            expects.append(_that(text, c1, anon))
        elif shape == 2:
            expects.append(_that(text, c2, anon))
        elif shape == 4:
            obj, frag = _obj(RECORD45, k)
            expects.append(_called(text, obj, m.q(frag + "."), anon))
        elif shape == 5:
            expects.append(_that(text, c1, anon))
        yield Case("", f"ho45-rec-anon-{shape}", text, expects, wrong_speakers=_wrong(expects, (a,)))


# --- style 2: a US wire agency ------------------------------------------------------------------------------


def wire_pretitles() -> Iterator[Case]:
    """A wire agency's lowercase titles before the name: `"C," state schools superintendent FULL said.`,
    `State fire marshal FULL said DAY that C.` (capital only as the sentence's first word), `According to
    county emergency management director FULL, C.`, `"C," said FULL, a spokeswoman for the Department of
    Natural Resources.`, `"C1," PRE FULL said. "C2," SURNAME added.`, and a second person of the same gender
    introduced the same way, both back by surname alone (wire style): the full name without the title
    words, the title with its role noun (and affiliation), on every quotation, never the other's."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, DOUBLE_MARKS45), 250, "ho45-wire-pre"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(WIRE45, k)
        b = _other(a, k, gender=a.gender)
        ta, tb = _title(ra, a), _title(rb, b)
        day = _pick(DAYS45, k)
        n = r * 3
        q1, q2, q3 = (m.q(_qq(WIRE45, n + j) + ",") for j in range(3))
        c1 = _cl(WIRE45, k)
        pre = _before(ra, a)
        expects: list[Expect]
        if shape == 0:
            first = f"{q1} {pre} {a.full} said."
        elif shape == 1:
            first = f"{_cap(pre)} {a.full} said {day} that {c1}."
        elif shape == 2:
            first = f"According to {pre} {a.full}, {c1}."
        elif shape == 3:
            first = f"{q1} said {a.full}, {_after(ra, a)}."
        elif shape == 4:
            first = f"{q1} {pre} {a.full} said. {q3} {a.last} added."
        else:
            first = f"{_cap(pre)} {a.full} told reporters {day}: {m.q(_qq(WIRE45, n) + '.')}"
        text = _article(
            _nar(WIRE45, k),
            first,
            f"{q2} said {_before(rb, b)} {b.full}.",
            f"{a.last} said {_cl(WIRE45, k + 1)}.",
        )
        if shape == 1:
            expects = [_that(text, c1, a, ta)]
        elif shape == 2:
            expects = [_i(c1, a, ta)]
        elif shape == 4:
            expects = [_d(q1, a, ta), _d(q3, a, ta)]
        elif shape == 5:
            expects = [_d(m.q(_qq(WIRE45, n) + "."), a, ta)]
        else:
            expects = [_d(q1, a, ta)]
        expects += [_d(q2, b, tb), _that(text, _cl(WIRE45, k + 1), a, ta)]
        yield Case("", f"ho45-wire-pre-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


#: Wire datelines: the town and its state abbreviation.
_WIRE_DATELINES = (
    ("MARROW CREEK", "Ore."),
    ("PINE RIDGE", "Ind."),
    ("GLENHOLLOW", "Ohio"),
    ("HARLAN FALLS", "Mich."),
)


def wire_days() -> Iterator[Case]:
    """A wire agency's day after the cue, under a dateline (`MARROW CREEK, Ore. (MP) \u2014 `): `FULL, ROLE,
    said Tuesday that C.`, `"C," FULL said Tuesday.`, `FULL told The Meridian Press on Tuesday that C.`, `"C,"
    FULL told The Meridian Press in a phone interview Tuesday.`, `FULL said in a statement Tuesday that C.`,
    `"C1," FULL said Tuesday. "C2."`, `FULL said Tuesday night the C.` (no *that*): the day in no quotation,
    the agency and the dateline never a speaker, the title of the introduction on every quotation."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 7, DOUBLE_MARKS45), 250, "ho45-wire-day"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(WIRE45, k + 1)
        b = _other(a, k, gender=_opp(a))
        ta, tb = _title(ra, a), _title(rb, b)
        day = _pick(DAYS45, k)
        town, state = _at(_WIRE_DATELINES, k)
        dateline = f"{town}, {state} (MP) \u2014 "
        n = r * 3
        q1, q2 = m.q(_qq(WIRE45, n) + ","), m.q(_qq(WIRE45, n + 1) + ",")
        c1 = _cl(WIRE45, k)
        intro = f"{a.full}, {_after(ra, a)},"
        if shape == 0:
            first = f"{intro} said {day} that {c1}."
        elif shape == 1:
            first = f"{q1} {intro} said {day}."
        elif shape == 2:
            first = f"{intro} told {AGENCY45} on {day} that {c1}."
        elif shape == 3:
            first = f"{q1} {intro} told {AGENCY45} in a phone interview {day}."
        elif shape == 4:
            first = f"{intro} said in a statement {day} that {c1}."
        elif shape == 5:
            q1b = m.q(_qq(WIRE45, n + 2) + ".")
            first = f"{q1} {intro} said {day}. {q1b}"
        else:
            first = f"{intro} said {day} night {c1}."
        staff = _pick(STAFF45, k)
        text = (
            f"By {staff}\n\n"
            + dateline
            + _article(
                first,
                _nar(WIRE45, k),
                f"{q2} said {b.full}, {_after(rb, b)}.",
            )
        )
        expects: list[Expect]
        if shape in (0, 2, 4, 6):
            expects = [_that(text, c1, a, ta)]
        elif shape == 5:
            expects = _split(text, q1, m.q(_qq(WIRE45, n + 2) + "."), a, ta)
        else:
            expects = [_d(q1, a, ta)]
        expects.append(_d(q2, b, tb))
        wrong = [
            *_wrong(expects, (a, b)),
            *_wrong_to(expects, (AGENCY45, "Meridian Press", "MP", town, staff)),
        ]
        yield Case(
            "",
            f"ho45-wire-day-{shape}",
            text,
            expects,
            forbidden=(dateline.strip(), staff),
            wrong_speakers=wrong,
        )


def wire_filings_tags() -> Iterator[Case]:
    """A wire agency's documents and party-state tags: `According to court documents filed DAY, C.`, `C,
    according to a police report released DAY.` (the document's report), `"C," said Sen. FULL, D-Ore.`,
    `Rep. FULL, R-Ohio, said C.`, `The lawsuit, filed DAY in federal court, says C.` then `"C," the family's
    attorney, FULL, said.`, and two tagged lawmakers of different genders and parties (`"C1," said Sen. A,
    D-Ore.` / `B, R-Ohio, disagreed. "C2," PRONOUN said.`): documents their own, people by full name without
    the tag, the title holding the chamber (`Sen.`/`senator`, `Rep.`/`representative`)."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, DOUBLE_MARKS45), 257, "ho45-wire-doc"):
        k = _k(PEOPLE45.index(a), shape, r)
        b = _other(a, k, gender=_opp(a))
        day = _pick(DAYS45, k)
        party, state, chamber = _at(TAGS45, k)
        party2, state2, chamber2 = _at(TAGS45, k + 1)
        ta = Contains(chamber[:3])
        tb = Contains(chamber2[:3])
        n = r * 3
        q1, q2 = m.q(_qq(WIRE45, n) + ","), m.q(_qq(WIRE45, n + 1) + ",")
        c1, c2 = _cl(WIRE45, k), _cl(WIRE45, k + 1)
        doc, accepted = DOCUMENTS45[k % len(DOCUMENTS45)]
        doc = doc.format(day=day)
        docs = tuple(x.format(day=day) for x in accepted)
        expects: list[Expect]
        people: tuple[Person, ...] = (a, b)
        if shape == 0:
            text = _article(
                f"According to {doc}, {c1}.",
                _nar(WIRE45, k),
                f"{q1} said {chamber} {a.full}, {party}-{state}{_end(state)}",
            )
            expects = [_i(c1, docs), _d(q1, a, ta)]
        elif shape == 1:
            text = _article(
                f"{_cap(c1)}, according to {doc}.", f"{chamber} {a.full}, {party}-{state}, said {c2}."
            )
            expects = [_i(_cap(c1), docs), _that(text, c2, a, ta)]
        elif shape == 2:
            text = _article(
                _nar(WIRE45, k),
                f"{q1} said {chamber} {a.full}, {party}-{state}{_end(state)}",
                f"{chamber2} {b.full}, {party2}-{state2}, said {c2}.",
            )
            expects = [_d(q1, a, ta), _that(text, c2, b, tb)]
        elif shape == 3:
            lawsuit = f"The lawsuit, filed {day} in federal court, says {c1}."
            text = _article(lawsuit, f"{q1} the family's attorney, {a.full}, said.", _nar(WIRE45, k))
            expects = [
                _that(text, c1, ("lawsuit", "the lawsuit", f"lawsuit, filed {day} in federal court")),
                _d(q1, a, Contains("attorney")),
            ]
            people = (a,)
        elif shape == 4:
            text = _article(
                f"{q1} said {chamber} {a.full}, {party}-{state}{_end(state)}",
                f"{chamber2} {b.full}, {party2}-{state2}, disagreed.",
                f"{q2} {b.pronoun} said.",
            )
            expects = [_d(q1, a, ta), _d(q2, b, tb)]
        else:
            text = _article(
                f"{chamber} {a.full}, {party}-{state}, said {day} that {c1}.",
                _nar(WIRE45, k),
                f"{q2} {a.last} said.",
            )
            expects = [_that(text, c1, a, ta), _d(q2, a, ta)]
            people = (a,)
        yield Case("", f"ho45-wire-doc-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


# --- style 3: a British daily -------------------------------------------------------------------------------


def british_titles() -> Iterator[Case]:
    """A British daily's titles in single marks with the full stop outside: `FULL, the shadow health
    secretary, said: 'C'.` and `Mr SURNAME added: 'C2'.`, `'C', said FULL, ROLE.` (comma outside), `FULL, who
    chairs the health select committee, said the plan was 'X'.` (mixed), `Dr FULL, ROLE, said: 'C'.` and `Dr
    SURNAME said C.`, a split `'C1,' said FULL, ROLE. 'C2.'`, `Shadow health secretary FULL said: 'C'.` and a
    second person of the same gender between the first and `Ms SURNAME`: full name and title (role noun and
    affiliation, *shadow* kept) on every quotation, never the other's."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 7, SINGLE_MARKS45), 250, "ho45-brit-ttl"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(BRITISH45, k)
        b = _other(a, k, gender=a.gender)
        ta, tb = _title(ra, a), _title(rb, b)
        n = r * 3
        s1, s2, s3 = (m.q(_qq(BRITISH45, n + j)) for j in range(3))
        c1 = _cl(BRITISH45, k)
        hon = _uk(a)
        other_line = f"{b.full}, {rb.after}, said {_cl(BRITISH45, k + 2)}."
        expects: list[Expect]
        if shape == 0:
            paras = [f"{a.full}, {ra.after}, said: {s1}.", other_line, f"{hon} {a.last} added: {s2}."]
            expects = [_d(s1, a, ta), _d(s2, a, ta)]
        elif shape == 1:
            paras = [f"{s1}, said {a.full}, {ra.after}.", other_line, f"{s2}, {hon} {a.last} said."]
            expects = [_d(s1, a, ta), _d(s2, a, ta)]
        elif shape == 2:
            committee = _pick(COMMITTEES45, k)
            before, frag = _frag(BRITISH45, k)
            paras = [f"{a.full}, who chairs the {committee}, said {before} {m.q(frag)}.", other_line]
            ta = Contains(("chair", committee))
            expects = []
        elif shape == 3:
            paras = [f"Dr {a.full}, {ra.after}, said: {s1}.", other_line, f"Dr {a.last} said {c1}."]
            expects = [_d(s1, a, ta)]
        elif shape == 4:
            s1c = m.q(_qq(BRITISH45, n) + ",")
            s1b = m.q(_qq(BRITISH45, n + 1) + ".")
            paras = [f"{s1c} said {a.full}, {ra.after}. {s1b}", other_line]
            expects = []
        elif shape == 5:
            paras = [f"{_cap(_before(ra, a))} {a.full} said: {s1}.", other_line, f"{hon} {a.last} said {c1}."]
            expects = [_d(s1, a, ta)]
        else:
            paras = [
                f"{a.full}, {ra.after}, said {c1}.",
                other_line,
                f"{s3}, {_uk(b)} {b.last} said.",
                f"{hon} {a.last} said: {s2}.",
            ]
            expects = [_d(s3, b, tb), _d(s2, a, ta)]
        paras.insert(1, _nar(BRITISH45, k))
        text = _article(*paras)
        if shape == 2:
            before, frag = _frag(BRITISH45, k)
            expects.append(_mixed(text, f"{before} {m.q(frag)}", a, ta))
        elif shape in (3, 5, 6):
            expects.append(_that(text, c1, a, ta))
        elif shape == 4:
            expects += _split(text, m.q(_qq(BRITISH45, n) + ","), m.q(_qq(BRITISH45, n + 1) + "."), a, ta)
        expects.append(_that(text, _cl(BRITISH45, k + 2), b, tb))
        yield Case("", f"ho45-brit-ttl-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


def british_programmes() -> Iterator[Case]:
    """A British daily's broadcast credits: `FULL, ROLE, told Wessex Radio's Daybreak programme: 'C'.`,
    `Speaking on PROGRAMME, FULL, ROLE, said: 'C'.`, `'C', FULL told PROGRAMME.`, `FULL, ROLE, told PROGRAMME
    that C.`, `In an interview with PROGRAMME, FULL said C.`, `'C1', FULL told PROGRAMME. 'C2,' she added.`,
    with a second person (of the other gender) quoted in between: the broadcaster and the programme never a
    speaker; full name and title on every quotation."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, SINGLE_MARKS45), 250, "ho45-brit-prog"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(BRITISH45, k + 1)
        b = _other(a, k, gender=_opp(a))
        ta, tb = _title(ra, a), _title(rb, b)
        prog = _pick(PROGRAMMES45, k)
        n = r * 3
        s1, s2 = m.q(_qq(BRITISH45, n)), m.q(_qq(BRITISH45, n + 1))
        c1 = _cl(BRITISH45, k)
        intro = f"{a.full}, {ra.after},"
        b_line = f"{s2}, said {b.full}, {rb.after}."
        expects: list[Expect]
        if shape == 0:
            paras = [f"{intro} told {prog}: {s1}.", b_line]
            expects = [_d(s1, a, ta)]
        elif shape == 1:
            paras = [f"Speaking on {prog}, {intro} said: {s1}.", b_line]
            expects = [_d(s1, a, ta)]
        elif shape == 2:
            paras = [f"{_cap(_before(ra, a))} {a.full} said {c1}.", b_line, f"{s1}, {a.last} told {prog}."]
            expects = []
        elif shape == 3:
            paras = [f"{intro} told {prog} that {c1}.", b_line]
            expects = []
        elif shape == 4:
            paras = [f"In an interview with {prog}, {a.full}, {ra.after}, said {c1}.", b_line]
            expects = []
        else:
            s3c = m.q(_qq(BRITISH45, n + 2) + ",")
            paras = [
                f"{_cap(_before(ra, a))} {a.full} said {c1}.",
                b_line,
                f"{s1}, {a.last} told {prog}. {s3c} {a.pronoun} added.",
            ]
            expects = [_d(s1, a, ta), _d(s3c, a, ta)]
        paras.insert(0, _nar(BRITISH45, k))
        text = _article(*paras)
        if shape == 2:
            expects = [_that(text, c1, a, ta), _d(s1, a, ta)]
        elif shape in (3, 4, 5):
            expects.insert(0, _that(text, c1, a, ta))
        expects.append(_d(s2, b, tb))
        station = prog.split("'s ")[0]
        wrong = [*_wrong(expects, (a, b)), *_wrong_to(expects, (prog, station))]
        yield Case("", f"ho45-brit-prog-{shape}", text, expects, wrong_speakers=wrong)


def british_sources() -> Iterator[Case]:
    """A British daily's unnamed sources with their affiliation beside named politicians: `A Harcourt Place
    source said: 'C'.`, `'C', a senior Treasury source said.`, `A source close to the health secretary said
    C.`, `A spokesperson for the Department for Rivers and Coasts said CLAUSE 'X'.`, `SOURCE told the Ledger:
    'C'.`, and a named politician's quotation before and after: the source's phrase (with or without its
    affiliation) as speaker, never the named people; the politicians with their titles."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, SINGLE_MARKS45), 250, "ho45-brit-src"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, _, _ = _roles(BRITISH45, k)
        b = _other(a, k, gender=a.gender)
        rb = _roles(BRITISH45, k)[2]
        ta, tb = _title(ra, a), _title(rb, b)
        phrase, accepted = BRITISH_SOURCES45[k % len(BRITISH_SOURCES45)]
        n = r * 3
        s1, s2, s3 = (m.q(_qq(BRITISH45, n + j)) for j in range(3))
        c1 = _cl(BRITISH45, k)
        a_line = f"{a.full}, {ra.after}, said: {s1}."
        b_line = f"{s3}, said {b.full}, {rb.after}."
        src_exp: list[Expect] = []
        if shape == 0:
            src = f"{phrase} said: {s2}."
        elif shape == 1:
            src = f"{s2}, {phrase[0].lower() + phrase[1:]} said."
        elif shape == 2:
            src = f"{phrase} said {c1}."
        elif shape == 3:
            before, frag = _frag(BRITISH45, k)
            src = f"{phrase} said {before} {m.q(frag)}."
        elif shape == 4:
            src = f"{phrase} told the Ledger: {s2}."
        else:
            src = f"{phrase} insisted that {c1}."
        text = _article(a_line, _nar(BRITISH45, k), src, b_line)
        if shape in (0, 1, 4):
            src_exp = [_d(s2, accepted)]
        elif shape in (2, 5):
            src_exp = [_that(text, c1, accepted)]
        else:
            before, frag = _frag(BRITISH45, k)
            src_exp = [_mixed(text, f"{before} {m.q(frag)}", accepted)]
        expects = [_d(s1, a, ta), *src_exp, _d(s3, b, tb)]
        wrong = [*_wrong(expects, (a, b)), *_wrong_to(expects, ("the Ledger", "Ledger"))]
        yield Case("", f"ho45-brit-src-{shape}", text, expects, wrong_speakers=wrong)


# --- style 4: a Canadian public broadcaster -----------------------------------------------------------------


def broadcast_present() -> Iterator[Case]:
    """A Canadian broadcaster's present tense and titles: `Environment Minister FULL says C.` (a title before
    the name, no comma), `"C," says FULL, executive director of the Boreal Rivers Alliance.` (no article),
    `FULL says the C.` (no *that*) then `"C," SURNAME says.`, `SURNAME says CLAUSE "X."`, a split `"C1," says
    FULL, ROLE. "C2."`, `Lac-Sainte-Brigitte Mayor FULL says she is worried. "C," she says.`, `SURNAME calls
    OBJ "X."`, with a second person of the other gender in the story: full name and title on every
    quotation, never the other's."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 7, DOUBLE_MARKS45), 250, "ho45-cbc-pres"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(CANADA45, k)
        b = _other(a, k, gender=_opp(a))
        ta, tb = _title(ra, a), _title(rb, b)
        n = r * 3
        q1, q2, q3 = (m.q(_qq(CANADA45, n + j) + ",") for j in range(3))
        c1 = _cl(CANADA45, k)
        pre = f"{_before(ra, a)} {a.full}"
        cpre = _cap(pre)
        b_line = f"{q2} says {b.full}, {_after(rb, b)}."
        expects: list[Expect]
        if shape == 0:
            paras = [f"{cpre} says {c1}.", b_line, f"{q3} {a.last} says."]
        elif shape == 1:
            paras = [f"{q1} says {a.full}, {_after(ra, a)}.", b_line, f"{a.last} says {c1}."]
        elif shape == 2:
            paras = [f"{a.full}, {_after(ra, a)}, says {c1}.", b_line, f"{q3} {a.last} says."]
        elif shape == 3:
            before, frag = _frag(CANADA45, k)
            paras = [f"{q1} says {pre}.", b_line, f"{a.last} says {before} {m.q(frag + '.')}"]
        elif shape == 4:
            q1b = m.q(_qq(CANADA45, n + 3) + ".")
            paras = [f"{q1} says {a.full}, {_after(ra, a)}. {q1b}", b_line]
        elif shape == 5:
            worry = f"{a.pronoun} is worried about what comes next"
            paras = [f"{cpre} says {worry}.", b_line, f"{q3} {a.pronoun} says."]
        else:
            obj, frag = _obj(CANADA45, k)
            paras = [f"{q1} says {pre}.", b_line, f"{a.last} calls {obj} {m.q(frag + '.')}"]
        paras.insert(1, _nar(CANADA45, k))
        text = _article(*paras)
        if shape == 0:
            expects = [_that(text, c1, a, ta), _d(q3, a, ta)]
        elif shape == 1:
            expects = [_d(q1, a, ta), _that(text, c1, a, ta)]
        elif shape == 2:
            expects = [_that(text, c1, a, ta), _d(q3, a, ta)]
        elif shape == 3:
            before, frag = _frag(CANADA45, k)
            expects = [_d(q1, a, ta), _mixed(text, f"{before} {m.q(frag + '.')}", a, ta)]
        elif shape == 4:
            expects = _split(text, q1, m.q(_qq(CANADA45, n + 3) + "."), a, ta)
        elif shape == 5:
            expects = [_that(text, f"{a.pronoun} is worried about what comes next", a, ta), _d(q3, a, ta)]
        else:
            obj, frag = _obj(CANADA45, k)
            expects = [_d(q1, a, ta), _called(text, obj, m.q(frag + "."), a, title=ta)]
        expects.append(_d(q2, b, tb))
        yield Case("", f"ho45-cbc-pres-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


def canadian_names() -> Iterator[Case]:
    """A Canadian broadcaster's names: Québécois names with hyphenated given names, particles and double
    surnames (`Anne-Sophie de Grandpré`, `Louis-Philippe Saint-Onge`, `Marc-André Lacroix-Dufour`) as
    `"C," says Premier FULL.` and back by surname (`De Grandpré says C.` at a sentence's start, `"C," Du
    Tremblay says.`), and chiefs (`Chief FULL of the Sturgeon Bend First Nation says C.`, `"C," Chief SURNAME
    says.`), with a second person of the same culture and gender or a chief beside a premier: the full name
    with its particle and hyphens, the title (`premier` with the province; `chief` with the First Nation) on
    every quotation, never the other's."""
    pool = FRENCH45
    for f, shape, m, r in sample(_combos(pool, 6, DOUBLE_MARKS45, 8), 250, "ho45-cbc-names"):
        k = _k(pool.index(f), shape, r)
        chief, nation = CHIEFS45[k % len(CHIEFS45)]
        g = next(x for x in (*pool[pool.index(f) + 1 :], *pool) if x.gender == f.gender and x != f)
        n = r * 2
        q1, q2, q3 = (m.q(_qq(CANADA45, n + j) + ",") for j in range(3))
        c1, c2 = _cl(CANADA45, k), _cl(CANADA45, k + 1)
        tf = Contains("premier")
        tc = Contains(("chief", nation))
        role_g = CANADA45.roles[2] if shape == 5 else CANADA45.roles[1 + k % 2]
        tg = _title(role_g, g)
        expects: list[Expect]
        people: tuple[Person, ...]
        if shape == 0:
            text = _article(
                f"{q1} says {PROVINCE45} Premier {f.full}.",
                _nar(CANADA45, k),
                f"{_cap(f.last)} says {c1}.",
            )
            tf = Contains(("premier", PROVINCE45))
            expects = [_d(q1, f, tf), _that(text, c1, f, tf)]
            people = (f,)
        elif shape == 1:
            text = _article(
                f"Chief {chief.full} of the {nation} says {c1}.",
                f"{q1} says Premier {f.full}.",
                f"{q2} Chief {chief.last} says.",
            )
            expects = [_that(text, c1, chief, tc), _d(q1, f, tf), _d(q2, chief, tc)]
            people = (f, chief)
        elif shape == 2:
            text = _article(
                f"{q1} says {g.full}, {_after(role_g, g)}.",
                f"{f.full}, {_after(CANADA45.roles[3], f)}, says {c1}.",
                f"{q2} {f.last} says.",
                f"{_cap(g.last)} says {c2}.",
            )
            tf = _title(CANADA45.roles[3], f)
            expects = [_d(q1, g, tg), _that(text, c1, f, tf), _d(q2, f, tf), _that(text, c2, g, tg)]
            people = (f, g)
        elif shape == 3:
            q3s = m.q(_qq(CANADA45, n + 2) + ".")
            text = _article(
                _nar(CANADA45, k),
                f"Premier {f.full} says {c1}.",
                f"{_cap(f.last)} says {q3s}",
            )
            expects = [_that(text, c1, f, tf), _d(q3s, f, tf)]
            people = (f,)
        elif shape == 4:
            text = _article(
                f"{q1} says Chief {chief.full} of the {nation}.",
                _nar(CANADA45, k),
                f"{q2} Chief {chief.last} says. {q3} says Premier {f.full}.",
            )
            expects = [_d(q1, chief, tc), _d(q2, chief, tc), _d(q3, f, tf)]
            people = (f, chief)
        else:
            text = _article(
                f"{f.full}, {_after(CANADA45.roles[1], f)}, told {BROADCASTER45} in an interview from"
                f" {_pick(CITIES45, k)} that {c1}.",
                f"{q1} says {g.full}, {_after(role_g, g)}.",
                f"{q2} {f.last} says.",
            )
            tf = _title(CANADA45.roles[1], f)
            expects = [_that(text, c1, f, tf), _d(q1, g, tg), _d(q2, f, tf)]
            people = (f, g)
        wrong = [*_wrong(expects, people), *_wrong_to(expects, (BROADCASTER45,))]
        yield Case("", f"ho45-cbc-names-{shape}", text, expects, wrong_speakers=wrong)


def broadcast_references() -> Iterator[Case]:
    """A Canadian broadcaster's second references after an introduction with the title before the name and
    no apposition (`Environment Minister FULL says C.`, `Lac-Sainte-Brigitte Mayor FULL says C.`) or an
    interview credit (`FULL told Polaris News in an interview from CITY that C.`): a pronoun after a paragraph
    about a person of the other gender (`"C," she says.`), the surname after a person of the same gender
    (`"C," SURNAME says.`), the title (`"C," the mayor says.`, after `The mayor of X, FULL, says C.`), `Dr.
    SURNAME` for the hydrologist, `"C," SURNAME told Polaris News.`: the first person's full name and title,
    never the other's; the broadcaster never a speaker."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, DOUBLE_MARKS45), 250, "ho45-cbc-ref"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra, rb, _ = _roles(CANADA45, k + 2)
        b = _other(a, k, gender=_opp(a) if shape in (0, 3) else a.gender)
        ta, tb = _title(ra, a), _title(rb, b)
        n = r * 3
        q1, q2 = m.q(_qq(CANADA45, n) + ","), m.q(_qq(CANADA45, n + 1) + ",")
        c1, c2 = _cl(CANADA45, k), _cl(CANADA45, k + 1)
        city = _pick(CITIES45, k)
        b_line = f"{b.full}, {_after(rb, b)}, says {c2}."
        if shape == 0:
            paras = [f"{_cap(_before(ra, a))} {a.full} says {c1}.", b_line, f"{q1} {a.pronoun} says."]
        elif shape == 1:
            paras = [
                f"{a.full}, {_after(ra, a)}, told {BROADCASTER45} in an interview from {city} that {c1}.",
                b_line,
                f"{q1} {a.last} says.",
            ]
        elif shape == 2:
            paras = [
                f"{q1} {_before(ra, a)} {a.full} told {BROADCASTER45} in an interview from {city}.",
                b_line,
                f"{a.last} says {c1}.",
            ]
        elif shape == 3:
            paras = [
                f"{_cap(_before(ra, a))} {a.full} says {c1}.",
                _nar(CANADA45, k),
                b_line,
                f"{q1} {a.pronoun} says.",
            ]
        elif shape == 4:
            body = _after(ra, a)
            body = body[2:] if body.startswith("a ") else body
            paras = [f"The {body}, {a.full}, says {c1}.", b_line, f"{q1} {ra.short} says."]
        else:
            ra = CANADA45.roles[3]
            ta = _title(ra, a)
            paras = [f"{a.full}, {_after(ra, a)}, says {c1}.", b_line, f"{q1} Dr. {a.last} says."]
        paras.append(f"{q2} {a.last} told {BROADCASTER45}.")
        text = _article(*paras)
        expects = [_that(text, c1, a, ta), _that(text, c2, b, tb), _d(q1, a, ta), _d(q2, a, ta)]
        wrong = [*_wrong(expects, (a, b)), *_wrong_to(expects, (BROADCASTER45,))]
        yield Case("", f"ho45-cbc-ref-{shape}", text, expects, wrong_speakers=wrong)


# --- style 5: a financial daily -----------------------------------------------------------------------------


def business_titles() -> Iterator[Case]:
    """A financial daily's titles: `"C," said FULL, chief executive of Vantor Logistics.` (no article), `FULL,
    the founder and chief executive of Kelpie Robotics, said C.` (two roles), `FULL, an analyst at BANK, wrote
    in a note to clients that C.` and `"C," SURNAME wrote.`, `"C," FULL, an analyst at BANK, wrote in a note
    to clients.`, `Vantor Logistics chief executive FULL said C.`, `FULL, ROLE, told analysts on a conference
    call that C.` (the analysts never speak), `Mr. SURNAME called OBJ "X."`, with a second person of the same
    gender: full name and title (every role noun and the firm) on every quotation, never the other's."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 7, DOUBLE_MARKS45), 250, "ho45-biz-ttl"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra = BUSINESS45.roles[{0: 0, 1: 1}.get(shape, k % len(BUSINESS45.roles))]
        if shape in (2, 3):
            ra = BUSINESS45.roles[2]
        rb = BUSINESS45.roles[(BUSINESS45.roles.index(ra) + 1 + k % 3) % len(BUSINESS45.roles)]
        b = _other(a, k, gender=a.gender)
        tb = _title(rb, b)
        bank = _pick(BANKS45, k)
        n = r * 3
        q1, q2, q3 = (m.q(_qq(BUSINESS45, n + j) + ",") for j in range(3))
        c1 = _cl(BUSINESS45, k)
        ta: TitleSpec = _title(ra, a)
        analyst = f"an analyst at {bank}"
        expects: list[Expect]
        if shape == 0:
            first = f"{q1} said {a.full}, {ra.after}."
        elif shape == 1:
            first = f"{a.full}, {ra.after}, said {c1}."
        elif shape == 2:
            ta = Contains(("analyst", bank))
            first = f"{a.full}, {analyst}, wrote in a note to clients that {c1}. {q1} {a.last} wrote."
        elif shape == 3:
            ta = Contains(("analyst", bank))
            first = f"{q1} {a.full}, {analyst}, wrote in a note to clients."
        elif shape == 4:
            first = f"{_cap(ra.before)} {a.full} said {c1}."
        elif shape == 5:
            first = f"{a.full}, {ra.after}, told analysts on a conference call that {c1}."
        else:
            obj, frag = _obj(BUSINESS45, k)
            first = f"{q1} said {a.full}, {ra.after}. {_us(a)} {a.last} called {obj} {m.q(frag + '.')}"
        text = _article(
            first, _nar(BUSINESS45, k), f"{q2} said {b.full}, {rb.after}.", f"{q3} {a.last} said."
        )
        if shape in (1, 4, 5):
            expects = [_that(text, c1, a, ta)]
        elif shape == 2:
            expects = [_that(text, c1, a, ta), _d(q1, a, ta)]
        elif shape == 6:
            obj, frag = _obj(BUSINESS45, k)
            expects = [_d(q1, a, ta), _called(text, obj, m.q(frag + "."), a, title=ta)]
        else:
            expects = [_d(q1, a, ta)]
        expects += [_d(q2, b, tb), _d(q3, a, ta)]
        wrong = [*_wrong(expects, (a, b)), *_wrong_to(expects, ("analysts", "clients"))]
        yield Case("", f"ho45-biz-ttl-{shape}", text, expects, wrong_speakers=wrong)


def business_sources() -> Iterator[Case]:
    """A financial daily's bodies and unnamed sources: firms whose names look like people's (`Hartwell &
    Sons said in a statement that C.`, `"C," Morgan Dunne LLP said in a statement.`, `Lucas Ferrante
    Holdings, the largest shareholder, said C.`), `C, a person familiar with the matter said.`, `People
    familiar with the talks said C.`, `According to a regulatory filing, C.`, and a firm that declined to
    comment beside a named executive: the firm by its whole name (never a person of a name inside it), the
    unnamed source's phrase, the filing; the executive with title."""
    for a, shape, m, r in sample(_combos(PEOPLE45, 6, DOUBLE_MARKS45), 250, "ho45-biz-src"):
        k = _k(PEOPLE45.index(a), shape, r)
        ra = _roles(BUSINESS45, k)[0]
        ta = _title(ra, a)
        firm, desc, _noun, lookalike = _at(FIRMS45, k)
        n = r * 3
        q1, q2 = m.q(_qq(BUSINESS45, n) + ","), m.q(_qq(BUSINESS45, n + 1) + ",")
        c1 = _cl(BUSINESS45, k)
        a_line = f"{q1} said {a.full}, {ra.after}."
        firm_names = (firm,)
        src: str
        if shape == 0:
            src = f"{firm} said in a statement that {c1}."
        elif shape == 1:
            src = f"{q2} {firm} said in a statement."
        elif shape == 2:
            src = f"{firm}, {desc}, said {c1}."
        elif shape == 3:
            src = f"{_cap(c1)}, a person familiar with the matter said."
        elif shape == 4:
            src = f"People familiar with the talks said {c1}."
        else:
            src = f"According to a regulatory filing, {c1}."
        text = _article(a_line, _nar(BUSINESS45, k), src, f"{firm} declined to comment." if shape > 2 else "")
        expects: list[Expect] = [_d(q1, a, ta)]
        if shape == 0:
            expects.append(_that(text, c1, firm_names))
        elif shape == 2:
            # (key fix: a firm's apposition describes it; it is no person's title, so it is not checked)
            expects.append(_that(text, c1, firm_names))
        elif shape == 1:
            expects.append(_d(q2, firm_names))
        elif shape == 3:
            expects.append(_i(_cap(c1), ("person familiar with the matter", "person")))
        elif shape == 4:
            expects.append(_that(text, c1, ("people familiar with the talks", "people")))
        else:
            expects.append(_i(c1, ("regulatory filing", "filing")))
        wrong = [*_wrong(expects, (a,)), *_wrong_to(expects[1:], (lookalike,))]
        yield Case("", f"ho45-biz-src-{shape}", text, expects, wrong_speakers=wrong)


# --- controls across the styles -----------------------------------------------------------------------------


def style_controls() -> Iterator[Case]:
    """Marks nobody speaks in, in each house style, beside a real quotation: a nickname inside a name (`"C,"
    said FULL "the Fixer" SURNAME, ROLE.`: the speaker with or without the nickname) and after it (`SURNAME,
    known as "Ace", ...`), a work's title (`FULL's memoir "Ashes on the Line" came out in May.`, `the
    documentary "The River Knows"`), scare terms (`the so-called "rightsizing"`, British `the council's
    'modernisation' plan`) in narrative sentences: only the real quotations come out, each its own
    speaker's."""
    for a, shape, style_i, r in sample(
        itertools.product(PEOPLE45, range(5), range(5), range(2)), 250, "ho45-ctrl"
    ):
        k = _k(PEOPLE45.index(a), shape, style_i, r)
        style = STYLES45[style_i]
        m = SINGLE_MARKS45[k % 2] if style is BRITISH45 else DOUBLE_MARKS45[k % 2]
        ra = _roles(style, k)[0]
        ta = _title(ra, a)
        b = _other(a, k)
        c = _other(a, k + 5, avoid=(b,))
        rb = _roles(style, k)[1]
        tb = _title(rb, b)
        nick = _pick(NICKNAMES45, k)
        kind, work = _at(WORKS45, k)
        scare = _pick(SCARE45, k)
        cue = "says" if style is CANADA45 else "said"
        q1 = m.q(_qq(style, r * 3) + ("" if style is BRITISH45 else ","))
        q2 = m.q(_qq(style, r * 3 + 1) + ("" if style is BRITISH45 else ","))
        comma = "," if style is BRITISH45 else ""
        speaker: PersonSpec = a
        if shape == 0:
            nicknamed = f"{_given(a)} {m.q(nick)} {a.last}"
            first = f"{q1}{comma} {cue} {nicknamed}, {_after(ra, a)}."
            speaker = (a.full, nicknamed, f"{_given(a)} {nick} {a.last}")
            mid = ""
        else:
            first = f"{q1}{comma} {cue} {a.full}, {_after(ra, a)}."
            if shape == 1:
                mid = f"{_cap(a.last)}, known to colleagues as {m.q(nick)}, grew up in {_pick(TOWNS45, k)}."
            elif shape == 2:
                mid = f"{_poss(c.full)} {kind} {m.q(work)} came out in May."
            elif shape == 3:
                mid = f"The {kind} {m.q(work)} was made in {_pick(TOWNS45, k)}."
            else:
                mid = f"The so-called {m.q(scare)} began last year."
        text = _article(first, _nar(style, k), mid, f"{q2}{comma} {cue} {b.full}, {_after(rb, b)}.")
        expects = [_d(q1, speaker, ta), _d(q2, b, tb)]
        yield Case(
            "", f"ho45-ctrl-{style.name}-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b, c))
        )


HELD_OUT_45 = (
    _named("record_honorifics", "4", "Ms. SURNAME, who ..., said; two of one gender", record_honorifics),
    _named("record_interviews", "6", "long titles; said in a telephone interview on DAY", record_interviews),
    _named(
        "record_anonymous",
        "2",
        "said a senior official, who spoke on the condition of anonymity",
        record_anonymous,
    ),
    _named("wire_pretitles", "5", "state schools superintendent NAME said", wire_pretitles),
    _named("wire_days", "1", "NAME said Tuesday that C; told The Meridian Press", wire_days),
    _named("wire_filings_tags", "5", "according to court documents; Sen. NAME, D-Ore.", wire_filings_tags),
    _named("british_titles", "6", "the shadow health secretary; single marks; Mr SURNAME", british_titles),
    _named("british_programmes", "1", "told Wessex Radio's Daybreak programme", british_programmes),
    _named("british_sources", "2", "a Harcourt Place source said; a spokesperson for X", british_sources),
    _named("broadcast_present", "1", "NAME says; Environment Minister NAME says", broadcast_present),
    _named(
        "canadian_names", "5", "Premier Anne-Sophie de Grandpré; Chief NAME of X First Nation", canadian_names
    ),
    _named(
        "broadcast_references",
        "4",
        "she says / SURNAME says / the mayor says after a pre-title",
        broadcast_references,
    ),
    _named("business_titles", "6", "chief executive of FIRM; wrote in a note to clients", business_titles),
    _named("business_sources", "2", "Hartwell & Sons said; people familiar with the talks", business_sources),
    _named("style_controls", "8", "nicknames, works, scare terms in five house styles", style_controls),
)
