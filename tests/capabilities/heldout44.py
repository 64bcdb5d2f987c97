"""Forty-fourth held-out round: capabilities written at commit ``9ab2542a`` by a helper (``hcap50``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout44data.py``: thirty invented people of Irish, Konkani,
Lithuanian, Estonian, Hausa, Akan, Bengali, Telugu, Swahili, Polish, Hungarian, Finnish, Greek, Czech and
Romanian origin, each with a gender and an age; eight families who share a surname (couples, siblings, a
father and son, a mother and daughter); four people with an apostrophe in the surname (*Niamh O'Dea*,
*Donal O'Driscoll*, *Clara D'Souza*, *Cyril D'Costa*); straight, curly, British single marks, guillemets
and German low-high marks; five beats of local news and an inquest, each with four roles written with their
affiliation (`the presiding judge at Dunmarsh Crown Court`, `a senior prosecutor with the Regional
Prosecution Service`, `the head coach of Sorrelby Rovers`, `the striker on loan from Pellingford Athletic`,
`an ecologist at the University of Brackenhope and the lead author of the study`, `an analyst at Whinmoor
Capital`, `the senior planning officer at Brackenhope Town Council`, `the senior coroner for Dunmarsh and the
Fells`) and the short references a story uses for them later (`the judge`, `the defendant`, `the skipper`,
`the lead author`, `the co-author`, `the chief executive`, `the planning officer`, `the coroner`), a lede,
quotations, reported clauses, quoted fragments and narrative paragraphs per beat, bodies that issue
statements, an invented news service, *Tidewire*, with datelines, bylines, captions, editor's notes and
read-more lines, and works, nicknames and scare terms) as ARTICLES: every case is a story of four to nine
paragraphs with two to five people (and bodies) whose speakers must be tracked across the story, with one
`Expect` per quotation and `wrong_speakers` for every other person of the story. A capability's group is
its issue group.

1. later references to a person introduced with full name, age and title: by surname, by `Ms./Mr./Dr
   SURNAME`, by pronoun (when no one else of that gender is named), by short title (`the coroner`, `the
   striker`, `the lead author`), by age (`the 44-year-old`), in `According to SURNAME, C.` and `SURNAME said
   C.`, five or six paragraphs after the introduction with two other people (one of the same gender)
   speaking in between (`later_references`, `role_references`);
2. split quotations (`"C1," said FULL, ROLE. "C1b."`, `"C1," FULL, ROLE, said, "and c1b."`, and again by
   surname, pronoun, honorific or short title), quotations continued into the next paragraph (no closing
   mark, the next paragraph opening with one), bare quotation paragraphs after a credited one (carried over)
   and after a paragraph about another person (that person's or no one's, never the earlier speaker's)
   (`split_quotes`, `continuations`);
3. returning speakers (A, B, A, B by surname, pronoun, honorific or report) and two people who share a
   surname told apart by given name, `Mr/Ms SURNAME` or `the elder/younger SURNAME` (`returning_speakers`);
4. reports and mixed quotations whose speaker the story named earlier (`SURNAME said that C.`, `SURNAME
   called OBJ "X".`, `According to SHORT, C.`, `C, she added.`, `SURNAME said CLAUSE "X".`, `Ms. SURNAME
   described OBJ as "X".`, `He told reporters that C.`) (`story_reports`);
5. beats with four roles introduced with their affiliation in turn (quotation before or after the credit, a
   report, a split quotation, `told reporters:`), two of them back by their short reference (`"C," the judge
   said.`, `The skipper said C.`, `According to the co-author, C.`); a planning story adds unnamed and
   counted residents (`One resident, who asked not to be named, said C.`, `said a neighbour who has lived on
   Mill Row for forty years`, `Several residents said C.`, `One said C. The other said C2.`)
   (`court_stories`, `sports_stories`, `lab_and_market`, `council_stories`);
6. bodies and documents across paragraphs (`In a statement, BODY said: "C1."` / `"C2," it said.`, `BODY said
   in a statement ... that C.` / `The statement added: "C2."`, a split statement, `The club said C.` after
   `BODY issued a statement`, `A statement from BODY said C.` beside a person of the body, `In a letter to B,
   ROLE_B, A, ROLE_A, wrote: "C."` / `The letter said C2.`), and a person named or quoted inside another's
   quotation (`"I rang B that night and she promised to come," said A.`, `"B said we would be fine," A
   said.`, `"When B said 'trust me', I did," A said.`, `A said B had promised that C.`) who then speaks in
   his or her own right (`bodies_statements`, `quoted_within`);
7. datelines (`DUNMARSH, Varnland (Tidewire) - `, with a date and `--`, `DUNMARSH \u2014 `), bylines (`By
   STAFF`, `By STAFF, Tidewire`, `STAFF | Tidewire`), photo captions with a credit, `Editor's note:` and
   `Read more:` lines and a pull-quote (a quotation of the story repeated in its own paragraph: nothing, or
   its speaker's words again, never another's) (`article_furniture`);
8. one mark style across a whole article (British single marks with `O'Dea` as speaker, `O'Dea's` in a
   narrative paragraph and the full stop outside the marks; guillemets; German low-high marks; double marks
   around `can't` and `council's`; an apostrophe name inside a single-marked quotation), and marks nobody
   speaks in (`said Aoife "the Professor" Kinsella`, `known to friends as "Spider"`, `The song "Carrick in
   the Rain"`, `The so-called "review"`, and a scare term inside a report) (`article_marks`,
   `mark_controls`).

When a key is uncertain the case asserts less: a split or continued quotation as one quotation or its
pieces; a reported clause with or without its *that*; `called OBJ "X"` as the object with its marked words or
the marked words alone; a bare quotation paragraph after a paragraph about another person as that person's
or no one's; a document's report as its author's or the document's; `the defendant` as the bus driver from
Sorrelby or the phrase itself; the study's lede (`C, a study published on DAY found.`) tolerated as the
study's report or no one's; a nickname inside a name with or without it; titles with `Contains`.

Run once at 9ab2542a (``capreport.py --heldout --show 300 heldout44.NAME ...``, quotex frozen at
``/tmp/base39``): **1,686 of 3,786 (0.445)**. The failures were then read for template and key bugs only;
no key was changed to make quotex right where a careful reader would not accept its reading. Fixed:

* key: `the defendant` was keyed as the bus driver from Sorrelby only; the lede says a bus driver was
  cleared, but a bus driver from Sorrelby who speaks at a trial may be a witness, so the phrase itself is
  accepted too (`court_stories` .672 -> .927 and a few cases elsewhere);
* key: the councillor's title had to hold `planning committee`, from the relative clause of `the councillor
  who leads the planning committee of Brackenhope Town Council`; a reader may end the title at *councillor*,
  so only `councillor` is checked;
* key: the study's lede (`C, a study published on DAY found.`) was keyed as no quotation; it is the study's
  report, now tolerated as the study's or no one's (quotex names the speaker *study published*, still
  wrong);
* template: the families were introduced in the order the speakers came (`Ciara Keane and Siobhán Keane,
  mother and daughter`, the daughter first, and `Efua and Kojo Mensah, husband and wife`): the intro now
  keeps the relation's order;
* template: in `bodies_statements` shape 0 a narrative paragraph (`The team counted the plants ...`, `The
  cooperative was founded ...`) stood between the body's statement and `"C2," it said.`, so *it* could take
  that paragraph's subject: the narrative now follows.

After the fixes: **1,821 of 3,786 (0.481)**. Three quotex errors run through the round and the lead may
judge them: the business lede `Pellingford Foods agreed on DAY to buy the Dunmarsh Dairy cooperative ...` and
the planning narrative `The developer has agreed to pay for a new crossing on Mill Row.` come out as reports
(`to buy ...`, `to pay ...`; keyed as no quotation: *agreed to* is an act, not speech) and the study's lede
is credited to *study published*; without the cases those lines alone fail, 2,776 of 3,786 (0.733). And the
title of `the senior planning officer at Brackenhope Town Council` comes out empty every time; without it
too, 3,086 (0.815).

| capability | group | cases | first run | key-fixed |
|---|---|---|---|---|
| `heldout44.later_references` | 4 | 250 | 0.420 | 0.420 |
| `heldout44.role_references` | 6 | 250 | 0.216 | 0.280 |
| `heldout44.returning_speakers` | 4 | 250 | 0.636 | 0.648 |
| `heldout44.quoted_within` | 4 | 250 | 0.556 | 0.600 |
| `heldout44.split_quotes` | 1 | 250 | 0.384 | 0.396 |
| `heldout44.story_reports` | 1 | 250 | 0.564 | 0.572 |
| `heldout44.continuations` | 3 | 250 | 0.520 | 0.564 |
| `heldout44.court_stories` | 6 | 262 | 0.672 | 0.927 |
| `heldout44.sports_stories` | 6 | 262 | 0.756 | 0.756 |
| `heldout44.lab_and_market` | 6 | 262 | 0.000 | 0.000 |
| `heldout44.council_stories` | 2 | 250 | 0.000 | 0.000 |
| `heldout44.bodies_statements` | 5 | 250 | 0.408 | 0.464 |
| `heldout44.article_furniture` | 7 | 250 | 0.404 | 0.404 |
| `heldout44.article_marks` | 8 | 250 | 0.644 | 0.676 |
| `heldout44.mark_controls` | 8 | 250 | 0.496 | 0.496 |
| **heldout44** (all 15) | | 3,786 | 0.445 (1,686) | 0.481 (1,821) |

Two more key fixes by the lead (forty-second round), from the same reading of failures:

* key: an *agreed to* sentence (`Pellingford Foods agreed on DAY to buy ...`, `The developer has agreed to
  pay ...`) is tolerated as its actor's report (the firm, *the developer* or *Whinmoor Homes*) or no one's,
  never a person's: PolNeAR's annotators key about a third of *agreed to* as an attribution (11 of 36 in its
  train split), so a careful reader may take either reading (:func:`_agreed_acts`);
* key: `article_furniture` forbade the dateline's town, `PELLINGFORD`, in any speaker's name, so the firm
  *Pellingford Foods* of the takeover lede could never speak; the dateline itself is forbidden now, and the
  town as a speaker of the story's quotations.

With them, the frozen quotex at 9ab2542a reads **2,370 of 3,786 (0.626)** (column *base*). The round's
rules were then fixed from its failures, so the end figure, 3,653 (0.965) at the end of that round, measures
no transfer.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout44data import (
    AGENCY44,
    ALL_MARKS44,
    APOS_QUOTES44,
    APOSTROPHE44,
    BEATS44,
    BUSINESS44,
    COUNCIL44,
    COURT44,
    DATELINES44,
    DATES44,
    DAYS44,
    DOUBLE_MARKS44,
    EDITORS_NOTES44,
    FAMILIES44,
    FOREIGN_MARKS44,
    INQUEST44,
    NICKNAMES44,
    PEOPLE44,
    READMORE44,
    SCARE44,
    SCIENCE44,
    SHOP_QUOTES44,
    SINGLE_MARKS44,
    SPORT44,
    STAFF44,
    TOWNS44,
    WORKS44,
    Beat44,
    Family44,
    Role44,
)
from heldout_kit import Mark, Person, PersonSpec, other_person
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import found_quote as _found_quote
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _i
from heldout_kit import segmented as _seg
from heldout_kit import span as _span
from heldout_kit import that_report as _that
from heldout_kit import tolerate as _tolerate
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to


def _split(text: str, first: str, second: str, p: PersonSpec, title: TitleSpec = ANY) -> list[Expect]:
    """`"C1," NAME said. "C2."`: one split quotation with its credit inside, or its two quotations."""
    return _alts(
        text, [_d(_span(text, first, second), p, title)], [_d(first, p, title), _d(second, p, title)]
    )


def _cont(text: str, pieces: Sequence[str], p: PersonSpec, title: TitleSpec = ANY) -> list[Expect]:
    """A quotation that runs over paragraphs (each but the last with no closing mark, the next opening with
    one), perhaps split by its credit first: one quotation from the first piece to the last, the credit's
    split and then the continued paragraphs as one, or every piece on its own."""
    options = [[_d(_span(text, pieces[0], pieces[-1]), p, title)]]
    if len(pieces) > 2:
        options.append([_d(pieces[0], p, title), _d(_span(text, pieces[1], pieces[-1]), p, title)])
        options.append([_d(_span(text, pieces[0], pieces[-2]), p, title), _d(pieces[-1], p, title)])
    options.append([_d(piece, p, title) for piece in pieces])
    return _alts(text, *options)


def _or_none(text: str, e: Expect) -> Expect:
    """*e*, or the same quotation with no speaker when quotex gave it none (a reader may not credit it)."""
    found = _found_quote(text, e.content, e.occurrence)
    if found is not None and found.speaker is None:
        return Expect(e.content, e.kind, None, occurrence=e.occurrence)
    return e


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE44, p, step, gender=gender, avoid=avoid)


def _opp(p: Person) -> str:
    return "m" if p.gender == "f" else "f"


def _unlike(p: Person, step: int, avoid: Sequence[Person], *, gender: str | None = None) -> Person:
    """Another person of another culture than *p*, none of *avoid*, whose age differs from all of theirs."""
    ages = {p.age, *(a.age for a in avoid)}
    for n in range(step, step + len(PEOPLE44)):
        o = _other(p, n, gender=gender, avoid=avoid)
        if o.age not in ages:
            return o
    return _other(p, step, gender=gender, avoid=avoid)


def _given(p: Person) -> str:
    return p.full.split()[0]


def _hon(p: Person, k: int, *, doctor: bool = False) -> str:
    """An honorific for *p*: `Dr` in a study, else `Ms.`/`Mr.` (US style) or `Ms`/`Mr` (British style)."""
    if doctor:
        return "Dr." if k % 2 else "Dr"
    base = "Ms" if p.gender == "f" else "Mr"
    return f"{base}." if k % 2 else base


def _lc(text: str) -> str:
    """A quotation's first letter in lower case (it continues a sentence), unless it is *I*."""
    return text if text.startswith("I ") else text[:1].lower() + text[1:]


def _qq(beat: Beat44, n: int) -> str:
    return beat.quotes[n % len(beat.quotes)]


def _cl(beat: Beat44, n: int) -> str:
    return beat.clauses[n % len(beat.clauses)]


def _nar(beat: Beat44, n: int) -> str:
    return beat.narrative[n % len(beat.narrative)]


def _lede(beat: Beat44, k: int) -> str:
    return beat.lede.format(day=DAYS44[k % 7])


def _roles(beat: Beat44, k: int) -> tuple[Role44, Role44, Role44, Role44]:
    """The beat's four roles, rotated by *k*."""
    r = beat.roles
    return (r[k % 4], r[(k + 1) % 4], r[(k + 2) % 4], r[(k + 3) % 4])


def _short(role: Role44, k: int) -> str:
    return role.shorts[k % len(role.shorts)]


def _via(p: Person, short: str) -> PersonSpec:
    """*p* named by a short reference: a careful reader may leave `the defendant` unresolved (a bus driver
    from Sorrelby who speaks at a trial may be a witness), so the phrase itself is
    accepted beside the name."""
    return (p.full, "defendant") if short == "the defendant" else p


def _sep(k: int) -> str:
    """Between two sentences of a paragraph: a space, or a paragraph break."""
    return "\n\n" if k % 3 == 1 else " "


def _mix(beat: Beat44, k: int, m: Mark) -> str:
    before, frag = beat.mixed[k % len(beat.mixed)]
    return f"{before} {m.q(frag)}"


def _call(beat: Beat44, k: int, m: Mark) -> tuple[str, str]:
    obj, frag = beat.called[k % len(beat.called)]
    return obj, m.q(frag)


def _study_lede(case: Case) -> Case:
    """The study's lede (`C, a study published on DAY found.`) reports the study's finding: tolerated as the
    study's report (or no one's), never a person's."""
    head = SCIENCE44.lede.split(",")[0]
    if head not in case.text:
        return case
    start = case.text.index(head)
    sentence = case.text[start : case.text.index(" found.", start) + len(" found.")]
    day = sentence.split(" published on ")[1].split()[0]
    study = ("study", "a study", "the study", f"study published on {day}", f"a study published on {day}")
    return attrs.evolve(case, expected=(*case.expected, *_tolerate(case.text, sentence, study)))


#: The sentences that report a commitment with *agreed to* (an act or a report: PolNeAR keys about a
#: third of *agreed to* as an attribution), with the actors whose report they may be.
_AGREEMENTS = (
    (" agreed on ", " crowns.", ("Pellingford Foods",)),
    ("The developer has agreed", " Mill Row.", ("developer", "the developer", "Whinmoor Homes")),
)


def _agreed_acts(case: Case) -> Case:
    """Key fix after the first run: a sentence of *agreed to* (`Pellingford Foods agreed on DAY to buy
    ...`, `The developer has agreed to pay ...`) may be read as its actor's report; tolerated as the
    actor's (or no one's), never a person's or the byline's."""
    extra: list[Expect] = []
    for head, tail, actors in _AGREEMENTS:
        at = case.text.find(head)
        if at < 0:
            continue
        start = case.text.rfind("\n", 0, at) + 1
        sentence = case.text[start : case.text.index(tail, at) + len(tail)]
        extra += _tolerate(case.text, sentence, actors)
    return attrs.evolve(case, expected=(*case.expected, *extra)) if extra else case


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    def generate() -> Iterator[Case]:
        for case in gen():
            yield _agreed_acts(_study_lede(case))

    return named(f"heldout44.{name}", group, description, unique_texts(generate))


ALL_BEATS44 = (*BEATS44, INQUEST44)


def _combos(
    pool: Sequence[Person], shapes: int, marks: Sequence[Mark], beats: Sequence[Beat44] = ALL_BEATS44
) -> Iterator[tuple[Person, int, Mark, Beat44, int]]:
    return itertools.product(pool, range(shapes), marks, beats, range(3))


# --- group 4: who a later reference means -------------------------------------------------------------------


def later_references() -> Iterator[Case]:
    """A person introduced early with full name, age and title (`"C1," said FULL, AGE, ROLE.`), then two
    other people (one of each gender, or one of the same gender as the first) who speak with their titles
    and a narrative paragraph between, and then, five or six paragraphs after the introduction, the first
    person again: by surname (`"C3," SURNAME said.`, `SURNAME said C.`), by honorific (`"C3," said Ms.
    SURNAME.`, `Dr SURNAME added: "C3."`), by pronoun when no one else of that gender is named, `According to
    SURNAME, C.`, and a pronoun after the surname's own quotation (`"C3," SURNAME said.` / `"C4," she
    added.`): the first person's full name every time, never the others; the title whole the first time."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 7, ALL_MARKS44), 250, "ho44-later"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, rc, _ = _roles(beat, k)
        b = _other(a, k, gender=_opp(a))
        c = _other(a, k + 3, gender=_opp(a) if shape == 2 else a.gender, avoid=(b,))
        q1, q2, q3, q4 = (m.q(_qq(beat, r * 3 + n) + ",") for n in (0, 1, 2, 3))
        cb, c3 = _cl(beat, k), _cl(beat, k + 1)
        doctor = beat is SCIENCE44 and ra is not beat.roles[3]
        hon = _hon(a, k, doctor=doctor)
        head = [
            _lede(beat, k),
            f"{q1} said {a.full}, {a.age}, {ra.appos}.",
            _nar(beat, k),
            f"{b.full}, {rb.appos}, said {cb}.",
            f"{q2} {c.full}, {rc.appos}, said.",
            _nar(beat, k + 1),
        ]
        tail: list[str]
        if shape == 0:
            tail = [f"{q3} {a.last} said."]
        elif shape == 1:
            tail = [f"{q3} said {hon} {a.last}."]
        elif shape == 2:
            tail = [f"{q3} {a.pronoun} said."]
        elif shape == 3:
            tail = [f"{a.last} said {c3}."]
        elif shape == 4:
            tail = [f"{hon} {a.last} added: {m.q(_qq(beat, r * 3 + 2) + '.')}"]
        elif shape == 5:
            tail = [f"According to {a.last}, {c3}."]
        else:
            tail = [f"{q3} {a.last} said.", f"{q4} {a.pronoun} added."]
        text = _article(*head, *tail)
        expects = [_d(q1, a, Contains(ra.parts)), _that(text, cb, b, Contains(rb.parts))]
        expects.append(_d(q2, c, Contains(rc.parts)))
        if shape in (0, 1, 2):
            expects.append(_d(q3, a))
        elif shape == 3:
            expects.append(_that(text, c3, a))
        elif shape == 4:
            expects.append(_d(m.q(_qq(beat, r * 3 + 2) + "."), a))
        elif shape == 5:
            expects.append(_i(c3, a))
        else:
            expects += [_d(q3, a), _d(q4, a)]
        yield Case("", f"ho44-later-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b, c)))


def role_references() -> Iterator[Case]:
    """The same, with the later reference a description only: the role's short form (`"C3," the coroner
    said.`, `the striker`, `the lead author`, `the chief executive`, `the planning officer`, `the defendant`),
    the age (`said the 61-year-old`, `The 44-year-old said: "C3."`), `SHORT said C.`, `According to SHORT,
    C.`, `SHORT added: "C3."` and `"C3," SHORT told reporters.`, with two others (one of them of the same
    gender; all of other ages and roles) speaking in between: the first person's full name, never the
    others; the title whole with its affiliation the first time."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 7, ALL_MARKS44), 250, "ho44-role"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, rc, _ = _roles(beat, k)
        b = _unlike(a, k, (), gender=_opp(a))
        c = _unlike(a, k + 3, (b,), gender=a.gender)
        q1, q2, q3 = (m.q(_qq(beat, r * 3 + n) + ",") for n in (0, 1, 2))
        q3s = m.q(_qq(beat, r * 3 + 2) + ".")
        cb, c3 = _cl(beat, k), _cl(beat, k + 1)
        short = _short(ra, k)
        reported = shape in (0, 2, 4)
        ci = _cl(beat, k + 2)
        intro = (
            f"{a.full}, {a.age}, {ra.appos}, said {ci}."
            if reported
            else f"{q1} said {a.full}, {a.age}, {ra.appos}."
        )
        head = [
            _lede(beat, k),
            intro,
            _nar(beat, k),
            f"{q2} said {b.full}, {b.age}, {rb.appos}.",
            f"{c.full}, {c.age}, {rc.appos}, said {cb}.",
            _nar(beat, k + 2),
        ]
        if shape == 0:
            last = f"{q3} {short} said."
        elif shape == 1:
            last = f"{q3} said the {a.age}-year-old."
        elif shape == 2:
            last = f"{_cap(short)} said {c3}."
        elif shape == 3:
            last = f"According to {short}, {c3}."
        elif shape == 4:
            last = f"The {a.age}-year-old added: {q3s}"
        elif shape == 5:
            last = f"{_cap(short)} added: {q3s}"
        else:
            last = f"{q3} {short} told reporters."
        text = _article(*head, last)
        first = _that(text, ci, a, Contains(ra.parts)) if reported else _d(q1, a, Contains(ra.parts))
        expects = [first]
        expects += [_d(q2, b, Contains(rb.parts)), _that(text, cb, c, Contains(rc.parts))]
        later = a if shape in (1, 4) else _via(a, short)
        if shape in (0, 1, 6):
            expects.append(_d(q3, later))
        elif shape == 2:
            expects.append(_that(text, c3, later))
        elif shape == 3:
            expects.append(_i(c3, later))
        else:
            expects.append(_d(q3s, later))
        yield Case("", f"ho44-role-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b, c)))


def returning_speakers() -> Iterator[Case]:
    """A speaks, B speaks, A speaks again and B again: A by surname (`"C3," SURNAME said.`), by pronoun
    when B is of the other gender, by honorific, in a report (`SURNAME said C.`), then B by surname; and two
    people who share a surname (a couple, siblings, a father and son, a mother and daughter) told apart by
    given name (`"C," said GIVEN.`), by `Mr./Ms. SURNAME` when their genders differ, by `the elder/younger
    SURNAME` in a parent and child, and by full name after both have spoken: each quotation its own
    speaker's, never the other's."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 8, ALL_MARKS44), 250, "ho44-return"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        q1, q2, q3, q4 = (m.q(_qq(beat, r * 3 + n) + ",") for n in (0, 1, 2, 3))
        if shape < 4:
            b = _other(a, k, gender=_opp(a) if shape == 1 else a.gender)
            c3 = _cl(beat, k)
            hon = _hon(a, k, doctor=beat is SCIENCE44 and ra is not beat.roles[3])
            again = {
                0: f"{q3} {a.last} said.",
                1: f"{q3} {a.pronoun} said.",
                2: f"{q3} said {hon} {a.last}.",
                3: f"{a.last} said {c3}.",
            }[shape]
            text = _article(
                _lede(beat, k),
                f"{q1} said {a.full}, {ra.appos}.",
                f"{b.full}, {rb.appos}, disagreed.",
                f"{q2} {b.last} said.",
                _nar(beat, k),
                again,
                f"{q4} {b.last} said.",
            )
            third = _that(text, c3, a) if shape == 3 else _d(q3, a)
            expects = [_d(q1, a, Contains(ra.parts)), _d(q2, b), third, _d(q4, b)]
            people: tuple[Person, ...] = (a, b)
        else:
            fam: Family44 = FAMILIES44[k % len(FAMILIES44)]
            x, y = (fam.a, fam.b) if k % 2 else (fam.b, fam.a)
            town = _pick(TOWNS44, k)
            # the relation names the pair in its order (`father and son`): the intro keeps that order
            intro = (
                f"{fam.a.full} and {fam.b.full}, {fam.relation}, have run the corner shop in {town}"
                " for twenty years."
            )
            if shape == 4:
                refs = (f"said {_given(x)}", f"said {_given(y)}", f"{_given(x)} said")
            elif shape == 5 and x.gender != y.gender:
                refs = (
                    f"said {_hon(x, k)} {x.last}",
                    f"said {_hon(y, k)} {y.last}",
                    f"{_hon(x, k)} {x.last} said",
                )
            elif shape == 6 and fam.relation in ("father and son", "mother and daughter"):
                older, younger = (x, y) if x.age > y.age else (y, x)
                x, y = older, younger
                refs = (f"said the elder {x.last}", f"said the younger {y.last}", f"the elder {x.last} said")
            else:
                refs = (f"said {x.full}", f"said {y.full}", f"{_given(x)} said")
            base = r * 3 + ALL_BEATS44.index(beat)
            s1, s2, s3 = (m.q(_pick(SHOP_QUOTES44, base + n) + ",") for n in (0, 1, 2))
            text = _article(
                f"A fire closed a corner shop in {town} on {DAYS44[k % 7]}.",
                intro,
                f"{s1} {refs[0]}.",
                f"{s2} {refs[1]}.",
                "Firefighters were at the scene for three hours and the flat above the shop was damaged.",
                f"{s3} {refs[2]}.",
            )
            expects = [_d(s1, x), _d(s2, y), _d(s3, x)]
            people = (x, y)
        yield Case("", f"ho44-return-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


def quoted_within() -> Iterator[Case]:
    """A person named inside another person's quotation, who is not its speaker: `"I rang B that night and
    PRONOUN promised to come," said A, ROLE.`, `"B said we would be fine," A said.` (a cue inside the
    quotation), `"When B told us to wait, we waited," A said.`, an inner quotation in single marks (`"When
    B said 'trust me', I did," A said.`: the outer quotation A's; the inner one A's, B's or no one's),
    `A said B had promised that C.` (A's report; the inner clause A's or no one's), and B quoted later in
    the article by surname: A's quotations A's, never B's; B's own B's."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 6, DOUBLE_MARKS44), 250, "ho44-within"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k, gender=a.gender if k % 2 else _opp(a))
        q2 = m.q(_qq(beat, r * 3 + 1) + ",")
        c1 = _cl(beat, k)
        inner: list[Expect] = []
        if shape == 0:
            q1 = m.q(f"I rang {b.full} that night and {b.pronoun} promised to come,")
            line = f"{q1} said {a.full}, {ra.appos}."
        elif shape == 1:
            q1 = m.q(f"{b.last} said we would be fine,")
            line = f"{q1} {a.full}, {ra.appos}, said."
        elif shape == 2:
            q1 = m.q(f"When {b.full} told us to wait, we waited,")
            line = f"{q1} {a.full}, {ra.appos}, said."
        elif shape == 3:
            q1 = m.q(f"When {b.last} said 'trust me', I did,")
            line = f"{q1} {a.full}, {ra.appos}, said."
        elif shape == 4:
            q1 = f"{b.full} had promised that {c1}"
            line = f"{a.full}, {ra.appos}, said {q1}."
        else:
            q1 = m.q(f"Everyone in {_pick(TOWNS44, k)} knows what {b.last} did for us,")
            line = f"{q1} said {a.full}, {ra.appos}."
        text = _article(
            _lede(beat, k),
            line,
            _nar(beat, k),
            f"{b.full}, {rb.appos}, was at the back of the room.",
            f"{q2} {b.last} said.",
        )
        if shape == 4:
            first = _i(q1, a, Contains(ra.parts))
            inner = _tolerate(text, f"that {c1}", (a.full,))
        else:
            first = _d(q1, a, Contains(ra.parts))
        if shape == 3:
            inner = _tolerate(text, "'trust me'", (a.full, b.full))
        expects = [first, _d(q2, b), *inner]
        wrong = _wrong([first, _d(q2, b)], (a, b)) if shape not in (3, 4) else [(q2, a.full)]
        yield Case("", f"ho44-within-{shape}", text, expects, wrong_speakers=wrong)


# --- group 1: split quotations and reports across the story -------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """Split quotations across an article: on first reference with the title (`"C1," said FULL, ROLE.
    "C1b."`), inside one sentence (`"C1," FULL, ROLE, said, "and c1b."`), by a second speaker, and again
    later by surname, pronoun (with the other speaker of the other gender), honorific or short title
    (`"C3," the coach said. "C3b."`), with two sentences after the credit: one split quotation or its
    pieces, each its speaker's, never the other's."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 6, ALL_MARKS44), 250, "ho44-split"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k, gender=_opp(a) if shape == 2 else a.gender)
        n = r * 3
        q1, q1b = m.q(_qq(beat, n) + ","), m.q(_qq(beat, n + 1) + ".")
        q2, q2b = m.q(_qq(beat, n + 2) + ","), m.q(_qq(beat, n + 3) + ".")
        q3, q3b = m.q(_qq(beat, n + 4) + ","), m.q(_qq(beat, n + 5) + ".")
        day = DAYS44[k % 7]
        hon = _hon(a, k, doctor=beat is SCIENCE44 and ra is not beat.roles[3])
        if shape == 1:
            q1b = m.q("and " + _lc(_qq(beat, n + 1)) + ".")
            first = f"{q1} {a.full}, {ra.appos}, said, {q1b}"
        else:
            first = f"{q1} said {a.full}, {ra.appos}. {q1b}"
        ref = {
            0: f"{a.last} said",
            1: f"{a.last} said on {day}",
            2: f"{a.pronoun} said",
            3: f"{a.last} said",
            4: f"{hon} {a.last} said",
            5: f"{_short(ra, k)} said",
        }[shape]
        if shape == 3:
            q3b = m.q(_qq(beat, n + 5) + ". " + _qq(beat, n + 6) + ".")
        text = _article(
            _lede(beat, k),
            first,
            _nar(beat, k),
            f"{q2} {b.full}, {rb.appos}, said. {q2b}",
            _nar(beat, k + 1),
            f"{q3} {ref}. {q3b}",
        )
        expects = [
            *_split(text, q1, q1b, a, Contains(ra.parts)),
            *_split(text, q2, q2b, b, Contains(rb.parts)),
            *_split(text, q3, q3b, _via(a, _short(ra, k)) if shape == 5 else a),
        ]
        yield Case("", f"ho44-split-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


def story_reports() -> Iterator[Case]:
    """Reports and mixed quotations whose speaker the article named earlier: after `"C1," said FULL, ROLE.`
    and another person's quotation, `SURNAME said that C.`, `SURNAME called OBJ "X".`, `According to SHORT,
    C.`, `C, PRONOUN added.` (no marks; the other speaker of the other gender), `SURNAME said CLAUSE "X".`,
    `SHORT said C.`, `Ms. SURNAME described OBJ as "X".` and `PRONOUN told reporters that C.`: the first
    person's, kind indirect or mixed, never the other's."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 8, ALL_MARKS44), 250, "ho44-report"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        pron = shape in (3, 7)
        b = _other(a, k, gender=_opp(a) if pron else a.gender)
        q1, q2 = m.q(_qq(beat, r * 3) + ","), m.q(_qq(beat, r * 3 + 1) + ",")
        c1 = _cl(beat, k)
        short = _short(ra, k)
        hon = _hon(a, k, doctor=beat is SCIENCE44 and ra is not beat.roles[3])
        obj, frag = _call(beat, k, m)
        clause = _mix(beat, k, m)
        last = {
            0: f"{a.last} said that {c1}.",
            1: f"{a.last} called {obj} {frag}.",
            2: f"According to {short}, {c1}.",
            3: f"{_cap(c1)}, {a.pronoun} added.",
            4: f"{a.last} said {clause}.",
            5: f"{_cap(short)} said {c1}.",
            6: f"{hon} {a.last} described {obj} as {frag}.",
            7: f"{_cap(a.pronoun)} told reporters that {c1}.",
        }[shape]
        text = _article(
            _lede(beat, k),
            f"{q1} said {a.full}, {ra.appos}.",
            f"{q2} {b.full}, {rb.appos}, said.",
            _nar(beat, k),
            last,
        )
        e: Expect
        if shape in (0, 5, 7):
            e = _that(text, c1, _via(a, short) if shape == 5 else a)
        elif shape == 1:
            e = _called(text, obj, frag, a)
        elif shape == 2:
            e = _i(c1, _via(a, short))
        elif shape == 3:
            e = _i(_cap(c1), a)
        elif shape == 4:
            e = _mixed(text, clause, a)
        else:
            e = _called(text, obj, frag, a, link=" as ")
        expects = [_d(q1, a, Contains(ra.parts)), _d(q2, b, Contains(rb.parts)), e]
        yield Case("", f"ho44-report-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


# --- group 3: paragraphs without a credit of their own ------------------------------------------------------


def continuations() -> Iterator[Case]:
    """Quotation paragraphs without a credit of their own: a quotation running into the next paragraph (no
    closing mark at the end of the first, an opening mark on the next) after `FULL, ROLE, said:`, after a
    split credit (`"C1," FULL, ROLE, said. "C1b.` / `"C2."`), and after a pronoun; a bare quotation paragraph
    straight after a credited one (the speaker carries over: A's), two bare paragraphs after `A said:`
    and then B's credited quotation followed by a bare one (B's); and a bare quotation paragraph after a
    paragraph that introduces another person without quoting them (that person's, or no one's: never the
    earlier speaker's)."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 6, ALL_MARKS44), 250, "ho44-cont"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k, gender=_opp(a) if shape == 5 else a.gender)
        n = r * 3
        qs = [_qq(beat, n + i) for i in range(5)]
        op = m.open
        expects: list[Expect]
        if shape == 0:
            p1 = f"{op}{qs[0]}. {qs[1]}."
            p2 = m.q(qs[2] + ".")
            q3 = m.q(qs[3] + ",")
            text = _article(
                _lede(beat, k), f"{a.full}, {ra.appos}, said: {p1}", p2, _nar(beat, k), f"{q3} said {b.full}."
            )
            expects = [*_cont(text, (p1, p2), a, Contains(ra.parts)), _d(q3, b)]
        elif shape == 1:
            q1, p1 = m.q(qs[0] + ","), f"{op}{qs[1]}."
            p2 = m.q(qs[2] + ".")
            q3 = m.q(qs[3] + ",")
            text = _article(
                _lede(beat, k),
                f"{q1} {a.full}, {ra.appos}, said. {p1}",
                p2,
                f"{q3} said {b.full}, {rb.appos}.",
            )
            expects = [*_cont(text, (q1, p1, p2), a, Contains(ra.parts)), _d(q3, b, Contains(rb.parts))]
        elif shape == 2:
            q1, p2 = m.q(qs[0] + ","), m.q(qs[1] + ".")
            q3 = m.q(qs[2] + ",")
            text = _article(
                _lede(beat, k), f"{q1} said {a.full}, {ra.appos}.", p2, _nar(beat, k), f"{q3} {b.full} said."
            )
            expects = [_d(q1, a, Contains(ra.parts)), _d(p2, a), _d(q3, b)]
        elif shape == 3:
            q1, p3 = m.q(qs[0] + ","), m.q(qs[1] + ".")
            text = _article(
                _lede(beat, k),
                f"{q1} said {a.full}, {ra.appos}.",
                f"{b.full}, {b.age}, {rb.appos}, was there throughout.",
                p3,
            )
            bare = _d(p3, b)
            found = _found_quote(text, p3)
            if found is not None and found.speaker is None:
                bare = Expect(p3, "direct", None)
            expects = [_d(q1, a, Contains(ra.parts)), bare]
        elif shape == 4:
            q1, p2, p3 = m.q(qs[0] + "."), m.q(qs[1] + "."), m.q(qs[2] + ".")
            q4, p5 = m.q(qs[3] + ","), m.q(qs[4] + ".")
            text = _article(
                _lede(beat, k),
                f"{a.full}, {ra.appos}, said: {q1}",
                p2,
                p3,
                f"{q4} said {b.full}, {rb.appos}.",
                p5,
            )
            expects = [_d(q1, a, Contains(ra.parts)), _d(p2, a), _d(p3, a), _d(q4, b, Contains(rb.parts))]
            expects.append(_d(p5, b))
        else:
            q1, p1 = m.q(qs[0] + ","), f"{op}{qs[1]}."
            p2 = m.q(qs[2] + ".")
            text = _article(
                _lede(beat, k),
                f"{a.full}, {ra.appos}, arrived early.",
                f"{b.full}, {rb.appos}, was already there.",
                f"{q1} {a.pronoun} said. {p1}",
                p2,
            )
            expects = _cont(text, (q1, p1, p2), a)
        people = (a, b)
        yield Case("", f"ho44-cont-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


# --- group 6 (and 2): beats with four roles -----------------------------------------------------------------


def _beat_story(
    beat: Beat44,
    a: Person,
    shape: int,
    m: Mark,
    r: int,
    *,
    k: int,
    extra: Sequence[str] = (),
    extra_expects: Callable[[str], list[Expect]] | None = None,
) -> tuple[str, list[Expect], tuple[Person, ...]]:
    """A whole story of the beat: its lede, its four roles introduced with their affiliation in turn (each
    speaking: a quotation before or after the credit, a report, a split quotation, `told ...:`), two
    narrative paragraphs, *extra* paragraphs, and then two of them again by their short references (`"C,"
    the judge said.`, `The prosecutor said C.`, `According to the barrister, C.`)."""
    ro = _roles(beat, k)
    p0 = a
    p1 = _other(a, k, gender=_opp(a))
    p2 = _other(a, k + 2, avoid=(p1,))
    p3 = _other(a, k + 5, avoid=(p1, p2))
    cast = (p0, p1, p2, p3)
    n = r * 3 + shape
    q = [_qq(beat, n + i) for i in range(7)]
    cl = [_cl(beat, k + i) for i in range(3)]
    s = shape % 4
    if s == 0:
        para0 = f"{m.q(q[0] + ',')} said {p0.full}, {ro[0].appos}."
    elif s == 1:
        para0 = f"{p0.full}, {ro[0].appos}, said: {m.q(q[0] + '.')}"
    elif s == 2:
        para0 = f"{m.q(q[0] + ',')} {p0.full}, {ro[0].appos}, said."
    else:
        para0 = f"{p0.full}, {ro[0].appos}, said {cl[0]}."
    para1 = (
        f"{p1.full}, {p1.age}, {ro[1].appos}, said {cl[1]}."
        if shape < 4
        else f"{m.q(q[1] + ',')} said {p1.full}, {p1.age}, {ro[1].appos}."
    )
    para2 = f"{m.q(q[2] + ',')} said {p2.full}, {ro[2].appos}. {m.q(q[3] + '.')}"
    verb = "told reporters" if k % 2 else "said"
    para3 = f"{p3.full}, {ro[3].appos}, {verb}: {m.q(q[4] + '.')}"
    back = ro[shape % 2]  # p0's or p1's role
    who = cast[shape % 2]
    para4 = f"{m.q(q[5] + ',')} {_short(back, k)} said."
    third = ro[2 + shape % 2]
    who2 = cast[2 + shape % 2]
    para5 = (
        f"{_cap(_short(third, k))} said {cl[2]}." if k % 2 else f"According to {_short(third, k)}, {cl[2]}."
    )
    text = _article(
        _lede(beat, k), para0, para1, _nar(beat, k), para2, para3, *extra, _nar(beat, k + 1), para4, para5
    )
    t0, t1, t2, t3 = (Contains(role.parts) for role in ro)
    expects: list[Expect] = []
    if s == 0:
        expects.append(_d(m.q(q[0] + ","), p0, t0))
    elif s == 1:
        expects.append(_d(m.q(q[0] + "."), p0, t0))
    elif s == 2:
        expects.append(_d(m.q(q[0] + ","), p0, t0))
    else:
        expects.append(_that(text, cl[0], p0, t0))
    if shape < 4:
        expects.append(_that(text, cl[1], p1, t1))
    else:
        expects.append(_d(m.q(q[1] + ","), p1, t1))
    expects += _split(text, m.q(q[2] + ","), m.q(q[3] + "."), p2, t2)
    expects.append(_d(m.q(q[4] + "."), p3, t3))
    if extra_expects is not None:
        expects += extra_expects(text)
    who_s, who2_s = _via(who, _short(back, k)), _via(who2, _short(third, k))
    expects.append(_d(m.q(q[5] + ","), who_s))
    expects.append(_that(text, cl[2], who2_s) if k % 2 else _i(cl[2], who2_s))
    return text, expects, cast


def _beat_cases(name: str, beats: Sequence[Beat44], seed: str) -> Iterator[Case]:
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 8, ALL_MARKS44, beats), 262, seed):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        text, expects, cast = _beat_story(beat, a, shape, m, r, k=k)
        yield Case("", f"ho44-{name}-{shape}", text, expects, wrong_speakers=_wrong(expects, cast))


def court_stories() -> Iterator[Case]:
    """Court and inquest stories: the presiding judge, a senior prosecutor with the Regional Prosecution
    Service, a defence barrister at Quarry Lane Chambers and the defendant (a bus driver from Sorrelby); the
    senior coroner for Dunmarsh and the Fells, a consultant pathologist, a detective sergeant with the Fells
    Constabulary and the head of the mountain rescue team. Each is introduced with the title and its
    affiliation and speaks (a quotation before or after the credit, a report, a split quotation, `told
    reporters:`); two of them speak again by the short reference (`"C," the judge said.`, `The coroner said
    C.`, `According to the pathologist, C.`): each quotation its own person's, the title whole (checked with
    `Contains`) the first time, never another of the cast."""
    return _beat_cases("court", (COURT44, INQUEST44), "ho44-court")


def sports_stories() -> Iterator[Case]:
    """A cup tie: the head coach of Sorrelby Rovers, its captain, a striker on loan from Pellingford
    Athletic and the manager of Whinmoor United, introduced with their clubs, speaking in turn, and two of
    them again as `the coach`, `the skipper`, `the striker`, `the manager`: as ``court_stories``."""
    return _beat_cases("sport", (SPORT44,), "ho44-sport")


def lab_and_market() -> Iterator[Case]:
    """A research study (an ecologist and lead author, a geneticist and co-author, a marine biologist not
    involved in the work, the journal's editor) and a takeover (the chief executive and the finance director
    of the buyer, an analyst at Whinmoor Capital, the chair of the Competition and Markets Board), each
    introduced with its affiliation and speaking again as `the lead author`, `the co-author`, `the analyst`,
    `the chief executive`: as ``court_stories``."""
    return _beat_cases("labmarket", (SCIENCE44, BUSINESS44), "ho44-labmarket")


def _residents(variant: int, c1: str, c2: str, qn: str, text: str) -> list[Expect]:
    """The residents' quotations of a council story (see ``council_stories``)."""
    if variant == 0:
        return [_that(text, c1, ("one", "one resident", "resident"))]
    if variant == 1:
        return [_d(qn, ("neighbour", "a neighbour", "neighbour who has lived on Mill Row for forty years"))]
    if variant == 2:
        return [_that(text, c1, ("several residents", "residents", "several"))]
    ones = ("one", "one resident", "one of them", "one of the residents")
    others = ("other", "the other", "other resident", "the other resident", "the other one")
    return [_that(text, c1, ones), _that(text, c2, others)]


def council_stories() -> Iterator[Case]:
    """A planning story: the councillor who leads the planning committee, the senior planning officer, the
    chair of the residents association and the developer's director (as ``court_stories``), with unnamed and
    counted residents between them: `One resident, who asked not to be named, said C.`, `"C," said a
    neighbour who has lived on Mill Row for forty years.`, `Several residents said C.`, `Two residents spoke
    at the meeting. One said C. The other said C2.`: the resident phrase, never a named person."""
    shapes = 4
    for a, shape, m, beat, r in sample(
        _combos(PEOPLE44, 8 * shapes, ALL_MARKS44, (COUNCIL44,)), 250, "ho44-council"
    ):
        k = _k(PEOPLE44.index(a), shape, r)
        story, variant = shape % 8, shape // 8
        c1, c2 = _cl(beat, k + 3), _cl(beat, k + 4)
        qn = m.q(_qq(beat, r * 3 + story + 7) + ",")
        extra = (
            f"One resident, who asked not to be named, said {c1}.",
            f"{qn} said a neighbour who has lived on Mill Row for forty years.",
            f"Several residents said {c1}.",
            f"Two residents spoke at the meeting. One said {c1}. The other said {c2}.",
        )[variant]
        ex = functools.partial(_residents, variant, c1, c2, qn)
        text, expects, cast = _beat_story(beat, a, story, m, r, k=k, extra=(extra,), extra_expects=ex)
        yield Case("", f"ho44-council-{variant}-{story}", text, expects, wrong_speakers=_wrong(expects, cast))


# --- group 5: bodies and documents --------------------------------------------------------------------------


def bodies_statements() -> Iterator[Case]:
    """Bodies and documents that speak across paragraphs: `In a statement, BODY said: "C1."` and later
    `"C2," it said.`; `BODY said in a statement on DAY that C.` and later `The statement added: "C2."` (the
    body); `"C1," BODY said in a statement. "C1b."` (split); `SHORT said C.` (`the club`, `the company`,
    `the council`) after the body is named; a person of the body (`FULL, ROLE, said: "C."`) beside the
    body's statement (each its own); and a letter (`In a letter to B, A wrote: "C."`, later `The letter said
    C2.`: A's, never B's)."""
    for a, shape, m, beat, r in sample(_combos(PEOPLE44, 6, ALL_MARKS44), 250, "ho44-body"):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k)
        body, short = beat.body, beat.body_short
        bodyname = (body,)
        q1, q2 = m.q(_qq(beat, r * 3) + "."), m.q(_qq(beat, r * 3 + 1) + ",")
        q1c = m.q(_qq(beat, r * 3) + ",")
        q3 = m.q(_qq(beat, r * 3 + 2) + ",")
        c1, c2 = _cl(beat, k), _cl(beat, k + 1)
        day = DAYS44[k % 7]
        expects: list[Expect]
        people: tuple[Person, ...] = (a, b)
        bcap = _cap(body)
        if shape == 0:
            text = _article(
                _lede(beat, k),
                f"In a statement, {body} said: {q1}",
                f"{q2} it said.",
                _nar(beat, k),
                f"{q3} said {a.full}, {ra.appos}.",
            )
            expects = [_d(q1, bodyname), _d(q2, bodyname), _d(q3, a, Contains(ra.parts))]
        elif shape == 1:
            q2s = m.q(_qq(beat, r * 3 + 1) + ".")
            text = _article(
                _lede(beat, k),
                f"{bcap} said in a statement on {day} that {c1}.",
                f"{q3} said {a.full}, {ra.appos}.",
                f"The statement added: {q2s}",
            )
            doc: tuple[str, ...] = (body, "statement", "the statement")
            expects = [_that(text, c1, bodyname), _d(q3, a, Contains(ra.parts)), _d(q2s, doc)]
        elif shape == 2:
            q1b = m.q(_qq(beat, r * 3 + 1) + ".")
            text = _article(
                _lede(beat, k),
                f"{q1c} {body} said in a statement. {q1b}",
                _nar(beat, k),
                f"{q3} {a.full}, {ra.appos}, said.",
            )
            expects = [*_split(text, q1c, q1b, bodyname), _d(q3, a, Contains(ra.parts))]
        elif shape == 3:
            text = _article(
                _lede(beat, k),
                f"{q3} said {a.full}, {ra.appos}.",
                f"{bcap} issued a statement on {day}.",
                f"{_cap(short)} said {c1}.",
            )
            expects = [_d(q3, a, Contains(ra.parts)), _that(text, c1, bodyname)]
        elif shape == 4:
            text = _article(
                _lede(beat, k),
                f"{a.full}, {ra.appos}, said: {q1}",
                f"A statement from {body} said {c1}.",
                f"{q2} {a.last} said.",
            )
            doc = (body, "statement", "a statement", f"statement from {body}", f"a statement from {body}")
            expects = [_d(q1, a, Contains(ra.parts)), _that(text, c1, doc), _d(q2, a)]
        else:
            text = _article(
                _lede(beat, k),
                f"In a letter to {b.full}, {rb.appos}, {a.full}, {ra.appos}, wrote: {q1}",
                _nar(beat, k),
                f"The letter said {c2}.",
                f"{b.last} has not replied.",
            )
            expects = [_d(q1, a, Contains(ra.parts)), _that(text, c2, (a.full, "letter", "the letter"))]
        yield Case("", f"ho44-body-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


# --- group 7: what an article carries besides its quotations ------------------------------------------------


def article_furniture() -> Iterator[Case]:
    """Datelines (`DUNMARSH, Varnland (Tidewire) - `, with a date, with an em dash), bylines (`By STAFF`,
    `By STAFF, Tidewire`, `STAFF | Tidewire`), photo captions (`Photo: FULL outside the court on DAY.
    (STAFF/Tidewire)`), `Editor's note:` lines, `Read more: HEADLINE` lines and a pull-quote (a quotation of
    the story repeated in a paragraph of its own) around three speakers: never a speaker, never inside a
    quotation (the dateline's town, the agency, the staff); the pull-quote no new quotation (nothing, or its
    own speaker's words again, never another's)."""
    for a, shape, m, beat, r in sample(
        _combos(PEOPLE44, 6, (*DOUBLE_MARKS44, *FOREIGN_MARKS44)), 250, "ho44-furn"
    ):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k, gender=_opp(a))
        staff, staff2 = _pick(STAFF44, k), _pick(STAFF44, k + 1)
        town, country = DATELINES44[k % len(DATELINES44)]
        date = _pick(DATES44, k)
        byline = (f"By {staff}", f"By {staff}, {AGENCY44}", f"{staff} | {AGENCY44}")[k % 3]
        dateline = (
            f"{town}, {country} ({AGENCY44}) - ",
            f"{town}, {country}, {date} ({AGENCY44}) -- ",
            f"{town} \u2014 ",
        )[shape % 3]
        quote1 = _qq(beat, r * 3)
        q1, q2 = m.q(quote1 + ","), m.q(_qq(beat, r * 3 + 1) + ",")
        c1 = _cl(beat, k)
        caption = f"Photo: {a.full} outside the hall on {DAYS44[k % 7]}. ({staff2}/{AGENCY44})"
        pull = m.q(quote1)
        note = _pick(EDITORS_NOTES44, k)
        more = f"Read more: {_pick(READMORE44, k)}"
        body = [
            f"{q1} said {a.full}, {ra.appos}.",
            _nar(beat, k),
            f"{q2} {b.full}, {rb.appos}, said.",
            f"{a.last} said {c1}.",
        ]
        first, second = (
            (caption, note),
            (pull, more),
            (more, pull),
            (pull, note),
            (caption, more),
            (more, note),
        )[shape]
        body.insert(1 if shape < 3 else 2, first)
        if shape < 3:
            body.insert(4, second)
        else:
            body.append(second)
        text = byline + "\n\n" + dateline + _article(_lede(beat, k), *body)
        expects = [_d(q1, a, Contains(ra.parts)), _d(q2, b, Contains(rb.parts)), _that(text, c1, a)]
        if pull in body:
            expects += _tolerate(text, pull, (a.full,))
        wrong = [*_wrong(expects, (a, b)), *_wrong_to(expects, (staff, staff2, AGENCY44, town))]
        # (key fix: the dateline itself is forbidden, not its town's word, which the takeover beat's
        # firm also bears: 'PELLINGFORD - Pellingford Foods agreed ...' may credit the firm)
        forbidden = (dateline.strip(), staff, staff2, AGENCY44, "Read more", "Editor")
        yield Case("", f"ho44-furn-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 8: marks across a whole article ------------------------------------------------------------------


def article_marks() -> Iterator[Case]:
    """One mark style across a whole article: British single marks (with apostrophe names as speakers,
    `'C1,' said Niamh O'Dea, ROLE.`, `'C2,' O'Dea said.`, a possessive `O'Dea's` in a narrative paragraph, and
    the British full stop outside: `SURNAME said: 'C'.`), guillemets and German low-high marks around two
    speakers, and double marks around quotations holding apostrophes (`can't`, `council's`, `players'`): each
    quotation at its marks, its own speaker's, never the other's; an apostrophe is no mark."""
    pool = (*APOSTROPHE44, *PEOPLE44[:8])
    for a, shape, _m, beat, r in sample(
        _combos(pool, 6, ALL_MARKS44[:1], (COURT44, SPORT44, SCIENCE44, COUNCIL44, INQUEST44)),
        250,
        "ho44-marks",
    ):
        k = _k(pool.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k, gender=_opp(a))
        if shape == 5:
            b = next(o for o in (*APOSTROPHE44[k % 4 :], *APOSTROPHE44) if o != a)
        mk = (SINGLE_MARKS44[k % 2], SINGLE_MARKS44[k % 2], FOREIGN_MARKS44[0], FOREIGN_MARKS44[1])
        mk2 = (*mk, DOUBLE_MARKS44[k % 2], SINGLE_MARKS44[k % 2])
        mm = mk2[shape]
        q1, q2, q3 = (_qq(beat, r * 3 + n) for n in range(3))
        c1 = _cl(beat, k)
        if shape == 4:
            q1, q2 = _pick(APOS_QUOTES44, k), _pick(APOS_QUOTES44, k + 2)
        s1, s2, s3 = mm.q(q1 + ","), mm.q(q2 + ","), mm.q(q3 + ",")
        expects: list[Expect]
        if shape == 1:
            s3 = mm.q(q3)
            text = _article(
                _lede(beat, k),
                f"{s1} said {a.full}, {ra.appos}.",
                f"{_poss(a.last)} family sat in the front row.",
                f"{s2} {b.full}, {rb.appos}, said.",
                f"{a.last} said: {s3}.",
            )
        elif shape == 5:
            s2 = mm.q(f"{q2} and {b.last} knows it,")
            text = _article(
                _lede(beat, k),
                f"{b.full}, {rb.appos}, watched from the side.",
                f"{s1} said {a.full}, {ra.appos}.",
                f"{s2} {a.last} said.",
                _nar(beat, k),
                f"{s3} said {b.last}.",
            )
        else:
            text = _article(
                _lede(beat, k),
                f"{s1} said {a.full}, {ra.appos}.",
                _nar(beat, k),
                f"{s2} {a.last} said.",
                f"{b.full}, {rb.appos}, said {c1}.",
                f"{s3} {b.last} said.",
            )
        if shape == 1:
            expects = [_d(s1, a, Contains(ra.parts)), _d(s2, b, Contains(rb.parts)), _d(s3, a)]
        elif shape == 5:
            expects = [_d(s1, a, Contains(ra.parts)), _d(s2, a), _d(s3, b)]
        else:
            expects = [_d(s1, a, Contains(ra.parts)), _d(s2, a), _that(text, c1, b, Contains(rb.parts))]
            expects.append(_d(s3, b))
        yield Case("", f"ho44-marks-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


def mark_controls() -> Iterator[Case]:
    """Words in marks that nobody says, inside articles with real quotations: a nickname in a speaker's name
    (`"C," said GIVEN "NICK" SURNAME, ROLE.`: the speaker with or without the nickname) and in a narrative
    paragraph (`SURNAME, known to friends as "NICK", ...`), a work's title (`The song "Carrick in the Rain" is
    set in the town.`, `NAME's novel "Salt on the Window" is about the town.` before NAME speaks), a scare
    term in a narrative paragraph (`The so-called "review" took two years.`) and in a report (`SURNAME said
    the "review" had achieved nothing.`: SURNAME's, mixed or indirect): only the real quotations come out."""
    for a, shape, m, beat, r in sample(
        _combos(PEOPLE44, 6, (*DOUBLE_MARKS44, *FOREIGN_MARKS44)), 250, "ho44-ctrl"
    ):
        k = _k(PEOPLE44.index(a), shape, r, ALL_BEATS44.index(beat))
        ra, rb, _, _ = _roles(beat, k)
        b = _other(a, k)
        nick = _pick(NICKNAMES44 if a.gender == "m" else tuple(n for n in NICKNAMES44 if "Man" not in n), k)
        kind, title = WORKS44[k % len(WORKS44)]
        scare = _pick(SCARE44, k)
        q1, q2 = m.q(_qq(beat, r * 3) + ","), m.q(_qq(beat, r * 3 + 1) + ",")
        speaker_a: PersonSpec = a
        extra: list[Expect] = []
        if shape == 0:
            nicknamed = f"{_given(a)} {m.q(nick)} {a.last}"
            first = f"{q1} said {nicknamed}, {ra.appos}."
            mid = f"{a.full} has been at the centre of the story for a year."
            speaker_a = (a.full, nicknamed, f"{_given(a)} {nick} {a.last}")
        elif shape == 1:
            first = f"{q1} said {a.full}, {ra.appos}."
            mid = f"{a.last}, known to friends as {m.q(nick)}, grew up in {_pick(TOWNS44, k)}."
        elif shape == 2:
            first = f"{q1} said {a.full}, {ra.appos}."
            mid = f"The {kind} {m.q(title)} is set in the town."
        elif shape == 3:
            first = f"{q1} said {a.full}, {ra.appos}."
            mid = f"{_poss(b.full)} {kind} {m.q(title)} is about the town."
        elif shape == 4:
            first = f"{q1} said {a.full}, {ra.appos}."
            mid = f"The so-called {m.q(scare)} took two years."
        else:
            first = f"{q1} said {a.full}, {ra.appos}."
            mid = ""
        last = f"{q2} {b.full}, {rb.appos}, said."
        tail = ""
        if shape == 5:
            rep = f"the {m.q(scare)} had achieved nothing"
            tail = f"{a.last} said {rep}."
        text = _article(_lede(beat, k), first, _nar(beat, k), mid, last, tail)
        if shape == 5:
            rep = f"the {m.q(scare)} had achieved nothing"
            extra = [
                _seg(text, ((f"{rep}", ("mixed", "indirect")), (f"that {rep}", ("mixed", "indirect"))), a)
            ]
        expects = [_d(q1, speaker_a, Contains(ra.parts)), _d(q2, b, Contains(rb.parts)), *extra]
        people = (a, b)
        yield Case("", f"ho44-ctrl-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


HELD_OUT_44 = (
    _named(
        "later_references",
        "4",
        "FULL, AGE, ROLE ... SURNAME / Ms. SURNAME / she, paragraphs later",
        later_references,
    ),
    _named(
        "role_references", "6", "the coroner, the striker, the 61-year-old, paragraphs later", role_references
    ),
    _named(
        "returning_speakers",
        "4",
        "A, B, A again, B again; couples and siblings by given name",
        returning_speakers,
    ),
    _named("quoted_within", "4", "B named or quoted inside A's quotation is not its speaker", quoted_within),
    _named("split_quotes", "1", '"C1," NAME said. "C2." across an article', split_quotes),
    _named("story_reports", "1", 'SURNAME said that C; SURNAME called it "X"; C, she added', story_reports),
    _named("continuations", "3", "continued and bare quotation paragraphs; carry-over or not", continuations),
    _named(
        "court_stories", "6", "judge, prosecutor, barrister, defendant; coroner, pathologist", court_stories
    ),
    _named("sports_stories", "6", "coach, captain, striker, manager", sports_stories),
    _named(
        "lab_and_market",
        "6",
        "lead author, co-author, journal editor; chief executive, analyst",
        lab_and_market,
    ),
    _named(
        "council_stories",
        "2",
        "councillor, planning officer; one resident, several residents",
        council_stories,
    ),
    _named(
        "bodies_statements",
        "5",
        "BODY said in a statement ... it said; the statement added",
        bodies_statements,
    ),
    _named(
        "article_furniture",
        "7",
        "datelines, bylines, captions, editor's notes, read more, pull-quotes",
        article_furniture,
    ),
    _named(
        "article_marks",
        "8",
        "single marks, guillemets, low-high marks across an article; O'Dea",
        article_marks,
    ),
    _named("mark_controls", "8", "nicknames, works, scare terms inside articles", mark_controls),
)
