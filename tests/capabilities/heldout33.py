"""Thirty-third held-out round: capabilities written at commit ``bb6e7b6`` by a helper (``hcap39``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout33data.py``: thirty invented people of Amhara, Kanak,
Walser, Kashmiri, Pashtun, Dogon, Bambara, Tsonga, Ndebele, Warlpiri, Zuni, Livonian, Seto, Rusyn and Kven
origin, each with a gender, the language the person speaks and an age; straight, curly, British single marks,
guillemets and German low-high marks; roles with their bodies in whale watching, snail farming, harpsichord
making, pen repair, carillons, cricket-bat willow, mosaics, curling ice, basketry, wheelwrights, dulcimers,
trout farming, gilding, chandlery, bell ringing and globe making, each with a description a lede uses before
the name; clergy, military and civic ranks; open cue verbs no earlier round used: `breezed`, `seethed`,
`fired back`, `hit back`, `bit back`, `snapped back`) with phrasings a careful news editor keys one way only:

1. court and inquiry reporting (`NAME, ROLE at BODY, testified on DAY that C.`, `told the jury that`, `"Q,"
   the prosecutor, NAME, said in her closing argument.`, `Judge NAME wrote in a ruling`, `BODY said in a
   court filing`, `told the inquiry`, `Under cross-examination, NAME admitted that`, `Giving evidence to the
   inquiry on DAY, NAME, ROLE at BODY, said:`);
2. a lawyer, agent or relative speaking for someone (`A's lawyer, B, said C.`, `A's son, B, said:`, `said a
   friend of A's, who asked not to be named`, `B, who represents A,`, `A's agent, B,`, `B, a lawyer for A,`,
   `B, SURNAME's lawyer, said afterwards:`, `Speaking on behalf of A, who was in hospital, B said`): B or
   the unnamed friend speaks, never A;
3. speech through an interpreter or in another language (`said through an interpreter`, `said in Pashto
   that`, `Speaking in Seto, NAME said:`, `said through her niece, who translated, that C`, `told the PAPER
   in Kven`, `Through an interpreter, NAME ... told the meeting that`, `as an interpreter translated`, `her
   words translated by a colleague`): NAME speaks;
4. joint statements and lists of named speakers with titles (`A, ROLE at BODY, and B, ROLE2 at BODY2, said
   in a joint statement that C.`, `"Q," A and B said in a joint statement`, `In a joint statement, A, ROLE,
   and B, ROLE2, said:`, `wrote in a joint letter`, `both said`: the pair; `A, ROLE, and B, ROLE2, spoke at
   the meeting. "Q," said SURNAME_A.` and `"Q," said A, ROLE at BODY. B, ROLE2 at BODY2, agreed.`: A alone,
   with A's role; `A and B issued a joint statement on DAY. "Q," it said.`: the pair or the statement);
5. responses and agreement (`B agreed: "Q."`, `B echoed that, saying C.`, `In response, B, ROLE at BODY,
   said C.`, `"Q," came the reply from B.`, `SURNAME's answer was short: "Q."`, `A asked whether C. "Q," B
   replied.`, `B, ROLE at BODY, fired back that C2.`, `"Q2," B seethed.`): each piece its speaker's;
6. anonymous sources with long reasons (`C, said a person familiar with NAME's plans, who spoke on condition
   of anonymity because they were not authorised to discuss them.`, `one ROLE at BODY, who asked not to be
   named because of fears for the job`, `According to two people who were at the meeting with NAME and spoke
   on condition of anonymity because the talks were private, C.`, `A senior official at BODY, who was not
   authorised to speak publicly,`, `a ROLE who has worked at BODY for a decade`, `A source close to NAME,
   ROLE at BODY,`, `Several members of BODY, who requested anonymity because ...`, `an aide to NAME who was
   not authorised to speak on the record`): the unnamed source, never NAME;
7. ranks before a name (`the Rev.`, `Sgt.`, `Sister`, `Brother`, `Alderwoman`, `Alderman`, `Sheriff's
   Deputy`, `Canon`, `Lt. Cmdr.`, `Chief Inspector`, `Cpl.`, `Pastor`) and second references by rank and
   surname (`Sgt. SURNAME`, `Sister GIVEN`, `Deputy SURNAME`, the bare surname after `the Rev.`): the name
   with or without its rank speaks, the rank (or a stated role) is the title;
8. time and occasion openers (`On DAY, NAME said C.`, `Speaking to reporters after the vote,`, `At a meeting
   on DAY, NAME told members that`, `Late on DAY, after the last ferry had gone,`, `Hours before the
   deadline,`, `At the annual dinner of BODY on DAY,`, `a week after BODY closed its doors`, `During a visit
   to BODY2 on DAY,`);
9. ellipses (` ... `, `…`), dash pairs, two questions, exclamations and a question with its answer inside the
   quotation before the credit (`"We tried ... and we failed," NAME said.`, `"Why now? Why us?" NAME asked.`,
   `"Never again!" NAME shouted.`, `"Do I regret it? Not once," said NAME, ROLE at BODY.`);
10. corrections and editor's notes beside real quotations (`An earlier version of this article misquoted NAME
    as saying that C1. She said C2.`, `Correction: ... gave NAME's title incorrectly.`, `Editor's note: ...
    wrongly attributed the words "X" to NAME. They were spoken by B, ROLE at BODY.`, `(This article has been
    corrected to show that she spoke on DAY, not on DAY2.)`, `She said "Q," not "X."`, `NAME did not say
    that C1, as an earlier version of this article reported.`, `An earlier version of this article
    attributed these words to B.`): the misquote is no quotation of NAME's (found with no speaker it is
    tolerated; "X" may be B's);
11. a person introduced only by a description in the lede (`A carillonneur who played through the whole of
    the power cut kept the town awake until dawn.`) and named in the next paragraph (`"Q," said NAME, who has
    been ROLE at BODY since YEAR.`, `That carillonneur, NAME, said:`, `NAME, the HEAD in question,`): NAME
    speaks; what the description says (or a pronoun says) before the name is given may be keyed to NAME or
    to the description;
12. family and household speakers (`"Q," the couple said.`: the pair or the couple; `Her widower, B, said C.`,
    `A's parents said in a statement`, `said A's husband, B.`, `A lives with her sister, B, ... "Q," her
    sister said.`, `The family of A said`, `A and her son, B, run BODY together. "Q," the son said.`, `A's
    granddaughter, B, said:`): never A;
13. quotations credited by a participle or a prepositional phrase only (`"Q," NAME, smiling.`, `"Q," from
    NAME, ROLE at BODY.`, `Asked why, NAME shrugged: "Q."`, `"Q." — NAME, ROLE at BODY.`, `smiled:`, `with a
    grin.`, `NAME, shaking her head: "Q."`, `NAME, ROLE at BODY, on TOPIC: "Q."`);
14. one speaker over three to five paragraphs (pronouns, the surname or `Ms./Mr. SURNAME` after the first)
    with a person of the same gender mentioned, not quoted, between (`She took over from B in YEAR.`, `Her
    predecessor, B, retired in YEAR.`, `pointing to a photograph of B, who founded the KIND`, `She first met B
    at BODY in YEAR, and she says C.`): every quotation A's, none B's;
15. negative controls: another paper's headline, a campaign's name, a hashtag, a catchphrase, a sign, a
    product's name, words on a T-shirt and a petition's heading in marks, with a named person in the sentence
    who says nothing: a marked span may be found, but with no speaker, never that person.

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a pair credited
together as `A; B` or `A and B`; a statement's quotation to the pair or the statement; an unnamed source with
or without its relative clause; a speaker introduced by a lede description to the name or the description;
the marked half of `She said "Q," not "X."` as direct or mixed; titles with `Contains`, or `EitherOf` for a
rank (`rev`/`reverend`) or a rank and a stated role; relatives and people named after their pair get no
title check.

Run once at bb6e7b6 (``capreport.py --heldout heldout33.NAME ...``): **3,247 of 3,874 (.838)**. The
failures were then read for template and key bugs only; none was found, so no key changed. These keys
stand, some of them calls the lead may judge: `(This article has been corrected to show that she spoke on
DAY, not on DAY2.)` reports nothing (quotex gives it to `This article`); `NAME did not say that C1` is no
report of NAME's (quotex credits C1 to NAME); `She said "Q," not "X."` gives NAME the first marked part only
(quotex gives one mixed span over both); `A, ROLE, and B, ROLE2, said in a joint statement that C` and `A
and B both said C` are the pair's (quotex gives B, or `both`); `The Rev. NAME`, `Alderwoman NAME` and `Canon
NAME` have the rank as title (quotex prints none, and keeps `Canon SURNAME` as another person); `"Q," NAME,
smiling.` and `"Q," from NAME, ROLE.` are NAME's (quotex gives no speaker); `pointing to a photograph of B`
and `posted a photograph of the damage` report nothing (quotex lists an indirect quotation); `He first met B
at BODY in YEAR, and he says C.` is A's (quotex gives B); a pronoun's quotation before the lede's person is
named is that person's (quotex gives no speaker).

| capability | group | cases | first run |
|---|---|---|---|
| `heldout33.court_inquiry` | 1 | 252 | 1.000 |
| `heldout33.spoke_for` | 2 | 257 | 1.000 |
| `heldout33.interpreter` | 3 | 255 | 0.851 |
| `heldout33.joint_lists` | 4 | 259 | 0.448 |
| `heldout33.responses` | 5 | 261 | 0.973 |
| `heldout33.anonymous` | 6 | 250 | 0.824 |
| `heldout33.ranks` | 7 | 258 | 0.764 |
| `heldout33.occasions` | 8 | 260 | 1.000 |
| `heldout33.inner_marks` | 9 | 257 | 1.000 |
| `heldout33.corrections` | 10 | 260 | 0.604 |
| `heldout33.lede_description` | 11 | 258 | 0.903 |
| `heldout33.household` | 12 | 261 | 0.943 |
| `heldout33.participle_credits` | 13 | 262 | 0.653 |
| `heldout33.speaker_runs` | 14 | 262 | 0.698 |
| `heldout33.negative_controls` | 15 | 262 | 0.920 |
| **heldout33** (all 15) | | 3,874 | 0.838 (3,247) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout33data import (
    ALL_MARKS33,
    CAMPAIGNS33,
    CATCHPHRASES33,
    DASHES33,
    DAYS33,
    ELLIPSES33,
    EXCLAIMS33,
    HASHTAGS33,
    HEADLINES33,
    OPEN33,
    PAPERS33,
    PEOPLE33,
    PRODUCTS33,
    QANDA33,
    QUESTIONS33,
    RANKS33,
    ROLES33,
    SIGNS33,
    TOWNS33,
    Mark33,
    Person33,
    Rank33,
)
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import occurrence as _occurrence
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss

from quotex import Quote, extract_quotes

YEARS33 = (1989, 1996, 2004, 2011, 2018)


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts`` (two stated posts, either printed)."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person33, step: int) -> Person33:
    """Another person of another culture, either gender."""
    pool = tuple(q for q in PEOPLE33 if q.culture != p.culture)
    return pool[step % len(pool)]


def _opposite(p: Person33, step: int) -> Person33:
    pool = tuple(q for q in PEOPLE33 if q.gender != p.gender and q.culture != p.culture)
    return pool[step % len(pool)]


def _same(p: Person33, step: int) -> Person33:
    pool = tuple(q for q in PEOPLE33 if q.gender == p.gender and q != p)
    return pool[step % len(pool)]


def _names(p: Person33 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person33) else p


def _d(content: str, p: Person33 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person33 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
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
    text: str, clause: str, p: Person33 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _marked(text: str, marked: str, p: Person33 | NameSpec, title: TitleSpec) -> Expect:
    """A marked quotation after `said` (`She said "A," not "B."`): direct or mixed, either reads right."""
    q = _found_quote(text, marked)
    kind = q.kind.value if q is not None and q.kind.value in {"direct", "mixed"} else "direct"
    return Expect(marked, kind, _names(p), title, "person")


def _tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated,
    so that only another speaker given to them fails (marked words that are no quotation, a correction,
    a question put by someone else)."""
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
    return ROLES33[r].role


def _body(r: int) -> str:
    return ROLES33[r].body


def _core(r: int) -> str:
    return ROLES33[r].body.removeprefix("the ")


def _head(r: int) -> str:
    return ROLES33[r].head


def _kind(r: int) -> str:
    return ROLES33[r].kind


def _after(r: int) -> str:
    """`head breeder at the Pennick Lane Snail Farm`."""
    return f"{ROLES33[r].role} at {ROLES33[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES33[r].quotes[k % len(ROLES33[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES33[r].clauses[k % len(ROLES33[r].clauses)]


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES33) - 1)) % len(ROLES33)


def _combos(shapes: int) -> Iterator[tuple[Person33, int, Mark33, int]]:
    return itertools.product(PEOPLE33, range(shapes), ALL_MARKS33, range(len(ROLES33)))


def _pair(a: Person33, b: Person33) -> tuple[str, ...]:
    """Two people credited together: one speaker named `A; B` (or `A and B`)."""
    return (f"{a.full}; {b.full}", f"{a.full} and {b.full}", f"{b.full}; {a.full}")


# --- group 1: court and inquiry reporting -------------------------------------------------------------------


def court_inquiry() -> Iterator[Case]:
    """`NAME, ROLE at BODY, testified on DAY that C.`, `NAME told the jury that C.`, `"Q," the prosecutor,
    NAME, said in her closing argument.`, `Judge NAME wrote in a ruling on DAY that C.`, `BODY said in a
    court filing on DAY that C.`, `"Q," NAME, ROLE at BODY, told the inquiry on DAY.`, `Under
    cross-examination, NAME admitted that C.` and `Giving evidence to the inquiry on DAY, NAME, ROLE at BODY,
    said: "Q."` (NAME, or the body, speaks; the stated role is the title)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-court"):
        k = _k(PEOPLE33.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS33[k % 7]
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"{p.full}, {_after(r)}, testified on {day} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 1:
            text = f"{p.full} told the jury that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 2:
            text = f"{qc} the prosecutor, {p.full}, said in {p.poss} closing argument."
            expect = _d(qc, p, Contains("prosecutor"))
        elif shape == 3:
            text = f"Judge {p.full} wrote in a ruling on {day} that {clause}."
            expect = _that(text, clause, (p.full, f"Judge {p.full}"), Contains("judge"))
        elif shape == 4:
            text = f"{_cap(_body(r))} said in a court filing on {day} that {clause}."
            expect = _that(text, clause, (_body(r), _core(r)), None, person=False)
        elif shape == 5:
            text = f"{qc} {p.full}, {_after(r)}, told the inquiry on {day}."
            expect = _d(qc, p, title)
        elif shape == 6:
            text = f"Under cross-examination, {p.full} admitted that {clause}."
            expect = _that(text, clause, p, None)
        else:
            text = f"Giving evidence to the inquiry on {day}, {p.full}, {_after(r)}, said: {qs}"
            expect = _d(qs, p, title)
        yield Case("", f"ho33-court-{shape}", text, [expect])


# --- group 2: a lawyer, agent or relative speaking for someone ---------------------------------------------


def spoke_for() -> Iterator[Case]:
    """`A's lawyer, B, said C.`, `A's daughter, B, said: "Q."`, `"Q," said a friend of A's, who asked not
    to be named.`, `"Q," B, who represents A, told reporters.`, `A's agent, B, said in a statement on DAY
    that C.`, `B, a lawyer for A, said C.`, `A did not speak at the hearing on DAY. B, SURNAME's lawyer,
    said afterwards: "Q."` and `Speaking on behalf of A, who was in hospital, B said C.` (the one who
    speaks, never A)."""
    for a, shape, m, r in sample(_combos(8), 262, "ho33-spokefor"):
        k = _k(PEOPLE33.index(a), shape, r)
        b = _other(a, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS33[k % 7]
        lawyer = Contains("lawyer")
        expect: Expect
        if shape == 0:
            text, content = f"{_poss(a.full)} lawyer, {b.full}, said {clause}.", clause
            expect = _i(clause, b, lawyer)
        elif shape == 1:
            text = f"{_poss(a.full)} {b.kin('daughter', 'son')}, {b.full}, said: {qs}"
            content, expect = qs, _d(qs, b, ANY)
        elif shape == 2:
            text, content = f"{qc} said a friend of {_poss(a.full)}, who asked not to be named.", qc
            friend = f"friend of {_poss(a.full)}"
            names = (friend, f"{friend}, who asked not to be named", "friend")
            expect = _d(qc, names, ANY, person=False)
        elif shape == 3:
            text, content = f"{qc} {b.full}, who represents {a.full}, told reporters.", qc
            expect = _d(qc, b, ANY)
        elif shape == 4:
            text = f"{_poss(a.full)} agent, {b.full}, said in a statement on {day} that {clause}."
            content, expect = clause, _that(text, clause, b, Contains("agent"))
        elif shape == 5:
            text, content = f"{b.full}, a lawyer for {a.full}, said {clause}.", clause
            expect = _i(clause, b, lawyer)
        elif shape == 6:
            text = (
                f"{a.full} did not speak at the hearing on {day}. {b.full}, {_poss(a.last)} lawyer, said "
                f"afterwards: {qs}"
            )
            content, expect = qs, _d(qs, b, lawyer)
        else:
            text = f"Speaking on behalf of {a.full}, who was in hospital, {b.full} said {clause}."
            content, expect = clause, _i(clause, b, None)
        yield Case("", f"ho33-spokefor-{shape}", text, [expect], wrong_speakers=[(content, a.full)])


# --- group 3: speech through an interpreter or in another language -----------------------------------------


def interpreter() -> Iterator[Case]:
    """`"Q," NAME said through an interpreter.`, `NAME, ROLE at BODY, said in LANG that C.`, `Speaking in
    LANG, NAME said: "Q."`, `NAME, who speaks little English, said through her son, who translated, that C.`,
    `"Q," NAME told the PAPER in LANG.`, `Through an interpreter, NAME, ROLE at BODY, told the meeting that
    C.`, `"Q," NAME said in LANG, as an interpreter translated.` and `NAME answered in LANG. "Q," she said,
    her words translated by a colleague.` (NAME speaks, never the interpreter)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-interp"):
        k = _k(PEOPLE33.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        lang = p.lang
        expect: Expect
        if shape == 0:
            text, expect = f"{qc} {p.full} said through an interpreter.", _d(qc, p, None)
        elif shape == 1:
            text = f"{p.full}, {_after(r)}, said in {lang} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 2:
            text, expect = f"Speaking in {lang}, {p.full} said: {qs}", _d(qs, p, None)
        elif shape == 3:
            child = _pick(("son", "daughter", "nephew", "niece"), k)
            text = (
                f"{p.full}, who speaks little English, said through {p.poss} {child}, who translated, that "
                f"{clause}."
            )
            expect = _that(text, clause, p, None)
        elif shape == 4:
            text = f"{qc} {p.full} told the {_pick(PAPERS33, k)} in {lang}."
            expect = _d(qc, p, None)
        elif shape == 5:
            text = f"Through an interpreter, {p.full}, {_after(r)}, told the meeting that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 6:
            text, expect = f"{qc} {p.full} said in {lang}, as an interpreter translated.", _d(qc, p, None)
        else:
            text = (
                f"{p.full} answered in {lang}. {qc} {p.pronoun} said, {p.poss} words translated by a "
                "colleague."
            )
            expect = _d(qc, p, None)
        yield Case("", f"ho33-interp-{shape}", text, [expect])


# --- group 4: joint statements and lists of named speakers with titles -------------------------------------


def joint_lists() -> Iterator[Case]:
    """`A, ROLE at BODY, and B, ROLE2 at BODY2, said in a joint statement that C.`, `"Q," A and B said in a
    joint statement on DAY.`, `In a joint statement, A, ROLE, and B, ROLE2, said: "Q."`, `A and B wrote in a
    joint letter to the council that C.`, `A, ROLE at BODY, and B, ROLE2 at BODY2, both said C.` (the pair),
    `A, ROLE, and B, ROLE2, spoke at the meeting on DAY. "Q," said SURNAME_A.` (A, with A's role), `A and B
    issued a joint statement on DAY. "Q," it said.` (the pair or their statement) and `"Q," said A, ROLE at
    BODY. B, ROLE2 at BODY2, agreed.` (A; nothing of B's)."""
    for a, shape, m, r in sample(_combos(8), 262, "ho33-joint"):
        k = _k(PEOPLE33.index(a), shape, r)
        b = _other(a, k)
        rb = _other_role(r, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS33[k % 7]
        pair = _pair(a, b)
        wrong: list[tuple[str, str]] = []
        expect: Expect
        if shape == 0:
            text = (
                f"{a.full}, {_after(r)}, and {b.full}, {_after(rb)}, said in a joint statement that {clause}."
            )
            expect = _that(text, clause, pair, ANY, person=False)
        elif shape == 1:
            text = f"{qc} {a.full} and {b.full} said in a joint statement on {day}."
            expect = _d(qc, pair, ANY, person=False)
        elif shape == 2:
            text = f"In a joint statement, {a.full}, {_role(r)}, and {b.full}, {_role(rb)}, said: {qs}"
            expect = _d(qs, pair, ANY, person=False)
        elif shape == 3:
            text = f"{a.full} and {b.full} wrote in a joint letter to the council that {clause}."
            expect = _that(text, clause, pair, ANY, person=False)
        elif shape == 4:
            text = f"{a.full}, {_after(r)}, and {b.full}, {_after(rb)}, both said {clause}."
            expect = _i(clause, pair, ANY, person=False)
        elif shape == 5:
            text = (
                f"{a.full}, {_role(r)}, and {b.full}, {_role(rb)}, spoke at the meeting on {day}. "
                f"{qc} said {a.last}."
            )
            expect, wrong = _d(qc, a, Contains(_head(r))), [(qc, b.full)]
        elif shape == 6:
            text = f"{a.full} and {b.full} issued a joint statement on {day}. {qc} it said."
            expect = _d(qc, (*pair, "joint statement", "statement"), ANY, person=False)
        else:
            text = f"{qc} said {a.full}, {_after(r)}. {b.full}, {_after(rb)}, agreed."
            expect, wrong = _d(qc, a, Contains(_head(r))), [(qc, b.full)]
        yield Case("", f"ho33-joint-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 5: responses and agreement -----------------------------------------------------------------------


def responses() -> Iterator[Case]:
    """`A said C. B agreed: "Q."`, `"Q1," A said. B echoed that, saying C.`, `In response, B, ROLE at BODY,
    said C.`, `"Q," came the reply from B.`, `B's answer was short: "Q."`, `A asked whether C. "Q," B
    replied.`, `A said C1. B, ROLE at BODY, fired back that C2.` and `"Q1," A said. "Q2," B seethed.` (each
    piece its own speaker's; A's question may be listed as A's or with no speaker)."""
    for a, shape, m, r in sample(_combos(8), 262, "ho33-responses"):
        k = _k(PEOPLE33.index(a), shape, r)
        b = _other(a, k)
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        q1c, q2c, q2s = m.q(q1 + ","), m.q(q2 + ","), m.q(q2 + ".")
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        title = Contains(_head(r))
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text = f"{a.full} said {c1}. {b.full} agreed: {q2s}"
            expects, wrong = [_i(c1, a, None), _d(q2s, b, None)], [(q2s, a.full)]
        elif shape == 1:
            text = f"{q1c} {a.full} said. {b.full} echoed that, saying {c2}."
            expects, wrong = [_d(q1c, a, None), _i(c2, b, None)], [(c2, a.full)]
        elif shape == 2:
            text = f"{a.full} said {c1}. In response, {b.full}, {_after(r)}, said {c2}."
            expects, wrong = [_i(c1, a, None), _i(c2, b, title)], [(c2, a.full)]
        elif shape == 3:
            text = f"{a.full} asked what would happen next. {q2c} came the reply from {b.full}."
            region = "what would happen next"
            expects, wrong = [_d(q2c, b, None), *_tolerate(text, region, (a.full,))], [(q2c, a.full)]
        elif shape == 4:
            text = (
                f"{a.full} put the question to {b.full} on {DAYS33[k % 7]}. {_poss(b.last)} answer was "
                f"short: {q2s}"
            )
            expects, wrong = [_d(q2s, b, None)], [(q2s, a.full)]
        elif shape == 5:
            region = f"whether {ROLES33[r].ask}"
            text = f"{a.full} asked {region}. {q2c} {b.full} replied."
            expects, wrong = [_d(q2c, b, None), *_tolerate(text, region, (a.full,))], [(q2c, a.full)]
        elif shape == 6:
            verb = _pick(("fired back", "hit back", "snapped back"), k)
            text = f"{a.full} said {c1}. {b.full}, {_after(r)}, {verb} that {c2}."
            expects = [_i(c1, a, None), _that(text, c2, b, title)]
            wrong = [(c2, a.full)]
        else:
            verb = _pick(OPEN33, k)
            text = f"{q1c} {a.full} said. {q2c} {b.full} {verb}."
            expects, wrong = [_d(q1c, a, None), _d(q2c, b, None)], [(q2c, a.full)]
        yield Case("", f"ho33-responses-{shape}", text, expects, wrong_speakers=wrong)


# --- group 6: anonymous sources with long reasons -----------------------------------------------------------


def anonymous() -> Iterator[Case]:
    """`C, said a person familiar with NAME's plans, who spoke on condition of anonymity because they were not
    authorised to discuss them.`, `"Q," said one ROLE at BODY, who asked not to be named because of fears
    for the job.`, `According to two people who were at the meeting with NAME and spoke on condition of
    anonymity because the talks were private, C.`, `A senior official at BODY, who was not authorised to
    speak publicly, said C.`, `"Q," a ROLE who has worked at BODY for a decade told the PAPER, speaking on
    condition of anonymity.`, `A source close to NAME, ROLE at BODY, said C.`, `Several members of BODY, who
    requested anonymity because they feared reprisals, said C.` and `"Q," said an aide to NAME who was not
    authorised to speak on the record.` (the unnamed source, with or without its clause; never NAME)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-anon"):
        k = _k(PEOPLE33.index(p), shape, r)
        quote = _role_q(r, k)
        qc = m.q(quote + ",")
        clause = _role_c(r, k)
        role, body = _role(r), _body(r)
        names: tuple[str, ...]
        content: str
        kind = "indirect"
        if shape == 0:
            base = f"person familiar with {_poss(p.full)} plans"
            rel = "who spoke on condition of anonymity because they were not authorised to discuss them"
            text, content = f"{_cap(clause)}, said a {base}, {rel}.", _cap(clause)
            names = (base, f"{base}, {rel}", "person")
        elif shape == 1:
            rel = "who asked not to be named because of fears for the job"
            text, content, kind = f"{qc} said one {role} at {body}, {rel}.", qc, "direct"
            names = (
                f"one {role} at {body}",
                f"one {role} at {body}, {rel}",
                f"one {role}",
                role,
                f"{role} at {body}",
            )
        elif shape == 2:
            base = f"two people who were at the meeting with {p.full}"
            rel = "and spoke on condition of anonymity because the talks were private"
            text, content = f"According to {base} {rel}, {clause}.", clause
            names = (base, f"{base} {rel}", "two people")
        elif shape == 3:
            base = f"senior official at {body}"
            rel = "who was not authorised to speak publicly"
            text, content = f"A {base}, {rel}, said {clause}.", clause
            names = (base, f"{base}, {rel}", "senior official", "official")
        elif shape == 4:
            base = f"{role} who has worked at {body} for a decade"
            text = f"{qc} {_a(base)} told the {_pick(PAPERS33, k)}, speaking on condition of anonymity."
            content, kind = qc, "direct"
            names = (base, role)
        elif shape == 5:
            base = f"source close to {p.full}"
            text, content = f"A {base}, {_after(r)}, said {clause}.", clause
            names = (base, f"{base}, {_after(r)}", "source")
        elif shape == 6:
            base = f"members of {body}"
            rel = "who requested anonymity because they feared reprisals"
            text, content = f"Several {base}, {rel}, said {clause}.", clause
            names = (base, f"several {base}", f"several {base}, {rel}", f"{base}, {rel}")
        else:
            base = f"aide to {p.full}"
            rel = "who was not authorised to speak on the record"
            text, content, kind = f"{qc} said an {base} {rel}.", qc, "direct"
            names = (base, f"{base} {rel}", "aide")
        expect = Expect(content, kind, names, ANY, ANY)
        yield Case("", f"ho33-anon-{shape}", text, [expect], wrong_speakers=[(content, p.full)])


# --- group 7: clergy, military and civic ranks before a name ------------------------------------------------


def _second(rank: Rank33, p: Person33) -> str:
    """The second reference: `Sgt. Dolo`, `Sister Tsakani`, `Deputy Baloyi` or the bare surname."""
    if rank.second == "bare":
        return p.last
    if rank.second == "given":
        return f"{rank.mid} {p.given}"
    if rank.second == "deputy":
        return f"Deputy {p.last}"
    return f"{rank.mid} {p.last}"


def ranks() -> Iterator[Case]:
    """`RANK NAME said C.`, `"Q," said RANK NAME.`, `RANK NAME, ROLE at BODY, said on DAY that C. "Q," RANK
    SURNAME added.`, `RANK NAME spoke at the memorial on DAY. "Q," RANK SURNAME said.`, `RANK NAME has
    served in TOWN since YEAR. "Q," RANK SURNAME told the PAPER.`, `According to RANK NAME, C.`, `"Q," said
    RANK NAME, ROLE at BODY. RANK SURNAME said C.` and `Asked about TOPIC, RANK NAME said: "Q."` (ranks:
    the Rev., Sgt., Sister, Brother, Alderwoman, Alderman, Sheriff's Deputy, Canon, Lt. Cmdr., Chief
    Inspector, Cpl., Pastor; the name with or without its rank speaks, the rank or the stated role is the
    title)."""
    pairs = [(p, rank) for p in PEOPLE33 for rank in RANKS33 if rank.gender in {"", p.gender}]
    combos = itertools.product(pairs, range(8), ALL_MARKS33)
    for (p, rank), shape, m in sample(combos, 262, "ho33-ranks"):
        k = _k(PEOPLE33.index(p), shape, RANKS33.index(rank))
        r = k % len(ROLES33)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause, c2 = _role_c(r, k), _role_c(r, k + 1)
        names = (p.full, f"{rank.mid} {p.full}")
        rt = EitherOf(rank.parts)
        both = EitherOf((*rank.parts, _head(r)))
        second = _second(rank, p)
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{rank.start} {p.full} said {clause}.", [_i(clause, names, rt)]
        elif shape == 1:
            text, expects = f"{qc} said {rank.mid} {p.full}.", [_d(qc, names, rt)]
        elif shape == 2:
            text = (
                f"{rank.start} {p.full}, {_after(r)}, said on {DAYS33[k % 7]} that {clause}. {qc} {second} "
                "added."
            )
            expects = [_that(text, clause, names, both), _d(qc, names, ANY)]
        elif shape == 3:
            text = f"{rank.start} {p.full} spoke at the memorial on {DAYS33[k % 7]}. {qc} {second} said."
            expects = [_d(qc, names, rt)]
        elif shape == 4:
            text = (
                f"{rank.start} {p.full} has served in {_pick(TOWNS33, k)} since {YEARS33[k % 5]}. {qc} "
                f"{second} told the {_pick(PAPERS33, k)}."
            )
            expects = [_d(qc, names, rt)]
        elif shape == 5:
            text, expects = f"According to {rank.mid} {p.full}, {clause}.", [_i(clause, names, rt)]
        elif shape == 6:
            text = f"{qc} said {rank.mid} {p.full}, {_after(r)}. {_cap(second)} said {c2}."
            expects = [_d(qc, names, both), _i(c2, names, ANY)]
        else:
            text = f"Asked about {ROLES33[r].topic}, {rank.mid} {p.full} said: {qs}"
            expects = [_d(qs, names, rt)]
        yield Case("", f"ho33-ranks-{shape}", text, expects)


# --- group 8: time and occasion openers ---------------------------------------------------------------------


def occasions() -> Iterator[Case]:
    """`On DAY, NAME said C.`, `Speaking to reporters after the vote, NAME, ROLE at BODY, said: "Q."`, `At a
    meeting on DAY, NAME told members that C.`, `Late on DAY, after the last ferry had gone, NAME said: "Q."`,
    `Hours before the deadline, NAME, ROLE at BODY, told the PAPER that C.`, `At the annual dinner of BODY on
    DAY, NAME said C.`, `"Q," NAME said on DAY, a week after BODY closed its doors.` and `During a visit to
    BODY2 on DAY, NAME, ROLE at BODY, said that C.` (NAME speaks; the opener is no part of the report)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-occasion"):
        k = _k(PEOPLE33.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS33[k % 7]
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text, expect = f"On {day}, {p.full} said {clause}.", _i(clause, p, None)
        elif shape == 1:
            text = f"Speaking to reporters after the vote, {p.full}, {_after(r)}, said: {qs}"
            expect = _d(qs, p, title)
        elif shape == 2:
            text = f"At a meeting on {day}, {p.full} told members that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 3:
            text, expect = (
                f"Late on {day}, after the last ferry had gone, {p.full} said: {qs}",
                _d(qs, p, None),
            )
        elif shape == 4:
            paper = _pick(PAPERS33, k)
            text = f"Hours before the deadline, {p.full}, {_after(r)}, told the {paper} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 5:
            text = f"At the annual dinner of {_body(r)} on {day}, {p.full} said {clause}."
            expect = _i(clause, p, None)
        elif shape == 6:
            other = _body(_other_role(r, k))
            text, expect = (
                f"{qc} {p.full} said on {day}, a week after {other} closed its doors.",
                _d(qc, p, None),
            )
        else:
            other = _body(_other_role(r, k))
            text = f"During a visit to {other} on {day}, {p.full}, {_after(r)}, said that {clause}."
            expect = _that(text, clause, p, title)
        yield Case("", f"ho33-occasion-{shape}", text, [expect])


# --- group 9: ellipses, dashes, questions and exclamations inside the quotation ---------------------------


def inner_marks() -> Iterator[Case]:
    """`"We tried ... and we failed," NAME said.`, `"Why now? Why us?" NAME asked.`, `"Never again!" NAME
    shouted.`, `"The roof — all of it — has to come off," said NAME, ROLE at BODY.`, `NAME said: "It was not
    the money … it was never the money."`, `"Do I regret it? Not once," said NAME, ROLE at BODY.`, `"Why now?
    Why us?" asked NAME. "Q," she added.` and `NAME, ROLE at BODY, did not hesitate: "Never again!"` (the
    whole quotation, marks inside it included, is NAME's)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-inner"):
        k = _k(PEOPLE33.index(p), shape, r)
        title = Contains(_head(r))
        ell, dash = _pick(ELLIPSES33, k), _pick(DASHES33, k)
        ask, excl, qa = _pick(QUESTIONS33, k), _pick(EXCLAIMS33, k), _pick(QANDA33, k)
        qa = qa if qa.endswith("!") else qa[:-1] + ","
        expects: list[Expect]
        if shape == 0:
            q = m.q(ell + ",")
            text, expects = f"{q} {p.full} said.", [_d(q, p, None)]
        elif shape == 1:
            q = m.q(ask)
            text, expects = f"{q} {p.full} asked.", [_d(q, p, None)]
        elif shape == 2:
            q = m.q(excl)
            verb = _pick(("shouted", "seethed", "snapped back"), k)
            text, expects = f"{q} {p.full} {verb}.", [_d(q, p, None)]
        elif shape == 3:
            q = m.q(dash + ",")
            text, expects = f"{q} said {p.full}, {_after(r)}.", [_d(q, p, title)]
        elif shape == 4:
            q = m.q(ell + ".")
            text, expects = f"{p.full} said: {q}", [_d(q, p, None)]
        elif shape == 5:
            q = m.q(qa)
            text, expects = f"{q} said {p.full}, {_after(r)}.", [_d(q, p, title)]
        elif shape == 6:
            q, q2 = m.q(ask), m.q(_role_q(r, k) + ",")
            text = f"{q} asked {p.full}. {q2} {p.pronoun} added."
            expects = [_d(q, p, None), _d(q2, p, None)]
        else:
            q = m.q(excl)
            text, expects = f"{p.full}, {_after(r)}, did not hesitate: {q}", [_d(q, p, title)]
        yield Case("", f"ho33-inner-{shape}", text, expects)


# --- group 10: corrections and misquotes beside real quotations --------------------------------------------


def corrections() -> Iterator[Case]:
    """`An earlier version of this article misquoted NAME as saying that C1. She said C2.`, `"Q," NAME, ROLE
    at BODY, said.¶Correction: An earlier version of this article gave NAME's title incorrectly.`, `Editor's
    note: An earlier version of this article wrongly attributed the words "X" to NAME. They were spoken by B,
    ROLE at BODY.`, `NAME, ROLE at BODY, said C1. An earlier version of this article misstated the year she
    joined the KIND.`, `"Q," NAME said. (This article has been corrected to show that she spoke on DAY, not on
    DAY2.)`, `An earlier version of this article misquoted NAME. She said "Q," not "X."`, `NAME did not say
    that C1, as an earlier version of this article reported. She said C2.` and `"Q," NAME said. An earlier
    version of this article attributed these words to B.` (the misquote is nobody's new quotation: it may be
    found with no speaker, never NAME's; the real quotation is NAME's)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-correct"):
        k = _k(PEOPLE33.index(p), shape, r)
        b = _other(p, k)
        quote, wrong_q = _role_q(r, k), _role_q(r, k + 1)
        qc = m.q(quote + ",")
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        pron = _cap(p.pronoun)
        title = Contains(_head(r))
        earlier = "An earlier version of this article"
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        if shape == 0:
            region = f"{earlier} misquoted {p.full} as saying that {c1}."
            text = f"{region} {pron} said {c2}."
            expects, wrong = [_i(c2, p, None)], [(c1, p.full)]
        elif shape == 1:
            region = f"Correction: {earlier} gave {_poss(p.full)} title incorrectly."
            text = f"{qc} {p.full}, {_after(r)}, said.\n\n{region}"
            expects, wrong = [_d(qc, p, title)], []
        elif shape == 2:
            marked = m.q(wrong_q)
            text = (
                f"Editor's note: {earlier} wrongly attributed the words {marked} to {p.full}. They were "
                f"spoken by {b.full}, {_after(r)}."
            )
            region, wrong = text, [(marked, p.full)]
            expects = _tolerate(text, region, (b.full,))
        elif shape == 3:
            region = f"{earlier} misstated the year {p.pronoun} joined {_kind(r)}."
            text = f"{p.full}, {_after(r)}, said {c1}. {region}"
            expects, wrong = [_i(c1, p, title)], []
        elif shape == 4:
            day, day2 = DAYS33[k % 7], DAYS33[(k + 2) % 7]
            region = (
                f"(This article has been corrected to show that {p.pronoun} spoke on {day}, not on {day2}.)"
            )
            text = f"{qc} {p.full} said. {region}"
            expects, wrong = [_d(qc, p, None)], [(region, p.full)]
        elif shape == 5:
            marked, said = m.q(wrong_q + "."), m.q(quote + ",")
            region = f"not {marked}"
            text = f"{earlier} misquoted {p.full}. {pron} said {said} {region}"
            expects, wrong = [_marked(text, said, p, None)], [(marked, p.full)]
        elif shape == 6:
            region = f"{p.full} did not say that {c1}, as an earlier version of this article reported."
            text = f"{region} {pron} said {c2}."
            expects, wrong = [_i(c2, p, None)], [(c1, p.full)]
        else:
            region = f"{earlier} attributed these words to {b.full}."
            text = f"{qc} {p.full} said. {region}"
            expects, wrong = [_d(qc, p, None)], [(qc, b.full)]
        if shape != 2:
            expects = [*expects, *_tolerate(text, region)]
        yield Case("", f"ho33-correct-{shape}", text, expects, wrong_speakers=wrong)


# --- group 11: a person introduced by a description in the lede, named later -------------------------------


def lede_description() -> Iterator[Case]:
    """`A DESC DEED on DAY.¶"Q," said NAME, who has been ROLE at BODY since YEAR.`, `A DESC says C.¶NAME,
    AGE, has worked at BODY for N years. "Q," she said.`, `A DESC DEED.¶On DAY, NAME, ROLE at BODY, told
    the PAPER that C.`, `A DESC DEED.¶That HEAD, NAME, said: "Q."`, `A DESC DEED. "Q," she said.¶NAME, AGE,
    has been ROLE at BODY since YEAR.`, `A DESC DEED.¶"Q1," NAME said. "Q2," she added.`, `A DESC DEED last
    winter.¶NAME, the HEAD in question, said on DAY: "Q."` and `A DESC DEED.¶Asked about it on DAY, NAME,
    AGE, said C.` (NAME speaks; what is said before the name is given may be keyed to NAME or to the
    description)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-lede"):
        k = _k(PEOPLE33.index(p), shape, r)
        role = ROLES33[r]
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        qc, qs, q2c = m.q(q1 + ","), m.q(q1 + "."), m.q(q2 + ",")
        clause = _role_c(r, k)
        day = DAYS33[k % 7]
        year = YEARS33[k % 5]
        lede = _cap(role.desc)
        short = role.desc.split(" who ")[0].split(" ", 1)[1]
        described = (p.full, short, role.desc.split(" ", 1)[1])
        pron = p.pronoun
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{lede} {role.deed} on {day}.\n\n{qc} said {p.full}, who has been {_after(r)} since {year}."
            )
            expects = [_d(qc, p, title)]
        elif shape == 1:
            text = (
                f"{lede} says {clause}.\n\n{p.full}, {p.age}, has worked at {_body(r)} for {2 + k % 20} "
                f"years. {q2c} {pron} said."
            )
            expects = [_i(clause, described, ANY, person=False), _d(q2c, p, ANY)]
        elif shape == 2:
            text = (
                f"{lede} {role.deed}.\n\nOn {day}, {p.full}, {_after(r)}, told the {_pick(PAPERS33, k)} that "
                f"{clause}."
            )
            expects = [_that(text, clause, p, title)]
        elif shape == 3:
            text = f"{lede} {role.deed}.\n\nThat {short}, {p.full}, said: {qs}"
            expects = [_d(qs, p, ANY)]
        elif shape == 4:
            text = (
                f"{lede} {role.deed}. {qc} {pron} said.\n\n{p.full}, {p.age}, has been {_after(r)} since "
                f"{year}."
            )
            expects = [_d(qc, described, ANY, person=False)]
        elif shape == 5:
            text = f"{lede} {role.deed}.\n\n{qc} {p.full} said. {q2c} {pron} added."
            expects = [_d(qc, p, ANY), _d(q2c, p, ANY)]
        elif shape == 6:
            text = (
                f"{lede} {role.deed} last winter.\n\n{p.full}, the {_head(r)} in question, said on {day}: "
                f"{qs}"
            )
            expects = [_d(qs, p, ANY)]
        else:
            text = f"{lede} {role.deed}.\n\nAsked about it on {day}, {p.full}, {p.age}, said {clause}."
            expects = [_i(clause, p, ANY)]
        yield Case("", f"ho33-lede-{shape}", text, expects)


# --- group 12: family and household speakers ----------------------------------------------------------------


def household() -> Iterator[Case]:
    """`A and B have run BODY together since YEAR. "Q," the couple said.` (the pair or the couple), `A,
    ROLE at BODY, died in March. His widow, B, said C.`, `A's parents said in a statement on DAY that C.`,
    `"Q," said A's wife, B.`, `A lives with her sister, B, above BODY. "Q," her sister said.`, `The family
    of A said in a statement that C.`, `A and her son, B, run BODY together. "Q," the son said.` and `A's
    granddaughter, B, said: "Q."` (the one who speaks, never A)."""
    for a, shape, m, r in sample(_combos(8), 262, "ho33-household"):
        k = _k(PEOPLE33.index(a), shape, r)
        b = _opposite(a, k) if shape in {0, 1, 3} else _other(a, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        expect: Expect
        names: tuple[str, ...]
        if shape == 0:
            text = (
                f"{a.full} and {b.full} have run {_body(r)} together since {YEARS33[k % 5]}. {qc} the couple "
                "said."
            )
            content, expect = qc, _d(qc, (*_pair(a, b), "couple"), ANY, person=False)
        elif shape == 1:
            partner = b.kin("widow", "widower")
            text = f"{a.full}, {_after(r)}, died in March. {_cap(a.poss)} {partner}, {b.full}, said {clause}."
            content, expect = clause, _i(clause, b, ANY)
        elif shape == 2:
            text = f"{_poss(a.full)} parents said in a statement on {DAYS33[k % 7]} that {clause}."
            names = (f"{_poss(a.full)} parents", "parents")
            content, expect = clause, _that(text, clause, names, ANY, person=False)
        elif shape == 3:
            text = f"{qc} said {_poss(a.full)} {b.kin('wife', 'husband')}, {b.full}."
            content, expect = qc, _d(qc, b, ANY)
        elif shape == 4:
            rel = b.kin("sister", "brother")
            text = (
                f"{a.full} lives with {a.poss} {rel}, {b.full}, above {_body(r)}. {qc} {a.poss} {rel} said."
            )
            content, expect = qc, _d(qc, b, ANY)
        elif shape == 5:
            text = f"The family of {a.full} said in a statement that {clause}."
            names = (f"family of {a.full}", f"{_poss(a.full)} family", "family")
            content, expect = clause, _that(text, clause, names, ANY, person=False)
        elif shape == 6:
            rel = b.kin("daughter", "son")
            text = f"{a.full} and {a.poss} {rel}, {b.full}, run {_body(r)} together. {qc} the {rel} said."
            content, expect = qc, _d(qc, b, ANY)
        else:
            text = f"{_poss(a.full)} {b.kin('granddaughter', 'grandson')}, {b.full}, said: {qs}"
            content, expect = qs, _d(qs, b, ANY)
        yield Case("", f"ho33-household-{shape}", text, [expect], wrong_speakers=[(content, a.full)])


# --- group 13: a quotation credited with a participle or a prepositional phrase only ----------------------


def participle_credits() -> Iterator[Case]:
    """`"Q," NAME, smiling.`, `"Q," from NAME, ROLE at BODY.`, `Asked why, NAME shrugged: "Q."`, `"Q." —
    NAME, ROLE at BODY.`, `Asked about TOPIC, NAME, ROLE at BODY, smiled: "Q."`, `"Q," NAME, ROLE at BODY,
    with a grin.`, `NAME, shaking her head: "Q."` and `NAME, ROLE at BODY, on TOPIC: "Q."` (NAME's
    quotation, with the stated role)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-particip"):
        k = _k(PEOPLE33.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            part = _pick(("smiling", "laughing", "shrugging", "grinning"), k)
            text, expect = f"{qc} {p.full}, {part}.", _d(qc, p, None)
        elif shape == 1:
            text, expect = f"{qc} from {p.full}, {_after(r)}.", _d(qc, p, title)
        elif shape == 2:
            text, expect = f"Asked why, {p.full} shrugged: {qs}", _d(qs, p, None)
        elif shape == 3:
            text, expect = f"{qs} — {p.full}, {_after(r)}.", _d(qs, p, title)
        elif shape == 4:
            text = f"Asked about {ROLES33[r].topic}, {p.full}, {_after(r)}, smiled: {qs}"
            expect = _d(qs, p, title)
        elif shape == 5:
            text, expect = f"{qc} {p.full}, {_after(r)}, with a grin.", _d(qc, p, title)
        elif shape == 6:
            text, expect = f"{p.full}, shaking {p.poss} head: {qs}", _d(qs, p, None)
        else:
            text = f"{p.full}, {_after(r)}, on {ROLES33[r].topic}: {qs}"
            expect = _d(qs, p, title)
        yield Case("", f"ho33-particip-{shape}", text, [expect])


# --- group 14: one speaker over several paragraphs, a person of the same gender mentioned between -----------


def speaker_runs() -> Iterator[Case]:
    """Three to five paragraphs of one speaker A (full name and role first, then pronouns, the surname or
    `Ms./Mr. SURNAME`), with B of the same gender mentioned but not quoted between: `She took over from B in
    YEAR.`, `Her predecessor, B, retired in YEAR.`, `pointing to a photograph of B, who founded the KIND`,
    `B, her neighbour, was away on DAY.`, `She learned the trade from B, who still lives in TOWN.` and `She
    first met B at BODY in YEAR, and she says C.` (every quotation A's, none B's)."""
    for a, shape, m, r in sample(_combos(6), 262, "ho33-runs"):
        k = _k(PEOPLE33.index(a), shape, r)
        b = _same(a, k)
        q1c, q2c, q3c = (m.q(_role_q(r, k + i) + ",") for i in range(3))
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        pron, pron_c, poss_c = a.pronoun, _cap(a.pronoun), _cap(a.poss)
        year = YEARS33[k % 5]
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{q1c} said {a.full}, {_after(r)}.\n\n{pron_c} took over from {b.full} in {year}.\n\n{q2c} "
                f"{pron} said.\n\n{a.last} said {c1}.\n\n{q3c} {pron} added."
            )
            expects = [_d(q1c, a, title), _d(q2c, a), _i(c1, a), _d(q3c, a)]
        elif shape == 1:
            text = (
                f"{a.full}, {_after(r)}, said {c1}.\n\n{q1c} {pron} said.\n\n{poss_c} predecessor, {b.full}, "
                f"retired in {year}.\n\n{q2c} {a.last} said.\n\n{pron_c} added that {c2}."
            )
            expects = [_i(c1, a, title), _d(q1c, a), _d(q2c, a), _that(text, c2, a)]
        elif shape == 2:
            text = (
                f"{q1c} {a.full}, {_after(r)}, said.\n\n{q2c} {pron} said, pointing to a photograph of "
                f"{b.full}, who founded {_kind(r)}.\n\n{q3c} {pron} said."
            )
            expects = [_d(q1c, a, title), _d(q2c, a), _d(q3c, a)]
        elif shape == 3:
            text = (
                f"{a.full} has been {_after(r)} since {year}.\n\n{q1c} {a.hon} {a.last} said.\n\n{b.full}, "
                f"{a.poss} neighbour, was away on {DAYS33[k % 7]}.\n\n{q2c} {a.hon} {a.last} said.\n\n{q3c} "
                f"{pron} added."
            )
            expects = [_d(q1c, a, title), _d(q2c, a), _d(q3c, a)]
        elif shape == 4:
            text = (
                f"{q1c} said {a.full}, {_after(r)}.\n\n{pron_c} learned the trade from {b.full}, who still "
                f"lives in {_pick(TOWNS33, k)}.\n\n{q2c} {a.last} said.\n\n{pron_c} said {c1}.\n\n{q3c} "
                f"{pron} said."
            )
            expects = [_d(q1c, a, title), _d(q2c, a), _i(c1, a), _d(q3c, a)]
        else:
            text = (
                f"{a.full}, {_after(r)}, said {c1}.\n\n{pron_c} first met {b.full} at "
                f"{_body(_other_role(r, k))} in {year}, and {pron} says {c2}.\n\n{q1c} {pron} said.\n\n"
                f"{q2c} {a.last} added."
            )
            expects = [_i(c1, a, title), _i(c2, a), _d(q1c, a), _d(q2c, a)]
        wrong = [(e.content, b.full) for e in expects]
        yield Case("", f"ho33-runs-{shape}", text, expects, wrong_speakers=wrong)


# --- group 15: negative controls: headlines, campaigns, hashtags, catchphrases, signs, products -------------


def negative_controls() -> Iterator[Case]:
    """`The PAPER ran the headline "X" on DAY, above a photograph of NAME at BODY.`, `NAME, ROLE at BODY, has
    joined the "X" campaign.`, `Supporters of BODY have rallied online under the hashtag "#X" since NAME
    posted a photograph of the damage.`, `The catchphrase "X", from an old television comedy, is printed on
    the mugs sold at BODY, where NAME works.`, `A sign reading "X" hangs above the door of BODY, where NAME
    has worked since YEAR.`, `BODY sells a gift set called "X", which NAME designed in YEAR.`, `NAME wore a
    T-shirt printed with the words "X" to the meeting at BODY on DAY.` and `A petition headed "X" has
    gathered four thousand names, NAME's among them.` (nobody speaks: a marked span may be found, but with
    no speaker, never NAME)."""
    for p, shape, m, r in sample(_combos(8), 262, "ho33-negative"):
        k = _k(PEOPLE33.index(p), shape, r)
        day, year, body = DAYS33[k % 7], YEARS33[k % 5], _body(r)
        if shape == 0:
            marked = m.q(_pick(HEADLINES33, k))
            text = (
                f"The {_pick(PAPERS33, k)} ran the headline {marked} on {day}, above a photograph of "
                f"{p.full} at {body}."
            )
        elif shape == 1:
            marked = m.q(_pick(CAMPAIGNS33, k))
            text = f"{p.full}, {_after(r)}, has joined the {marked} campaign."
        elif shape == 2:
            marked = m.q(_pick(HASHTAGS33, k))
            text = (
                f"Supporters of {body} have rallied online under the hashtag {marked} since {p.full} posted "
                "a photograph of the damage."
            )
        elif shape == 3:
            marked = m.q(_pick(CATCHPHRASES33, k))
            text = (
                f"The catchphrase {marked}, from an old television comedy, is printed on the mugs sold at "
                f"{body}, where {p.full} works."
            )
        elif shape == 4:
            marked = m.q(_pick(SIGNS33, k))
            text = (
                f"A sign reading {marked} hangs above the door of {body}, where {p.full} has worked since "
                f"{year}."
            )
        elif shape == 5:
            marked = m.q(_pick(PRODUCTS33, k))
            text = f"{_cap(body)} sells a gift set called {marked}, which {p.full} designed in {year}."
        elif shape == 6:
            marked = m.q(_pick(CAMPAIGNS33, k + 1))
            text = (
                f"{p.full} wore a T-shirt printed with the words {marked} to the meeting at {body} on {day}."
            )
        else:
            marked = m.q(_pick(CAMPAIGNS33, k + 2))
            text = f"A petition headed {marked} has gathered four thousand names, {_poss(p.full)} among them."
        yield Case(
            "", f"ho33-negative-{shape}", text, _tolerate(text, text), wrong_speakers=[(marked, p.full)]
        )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout33.{name}", group, description, unique_texts(gen))


HELD_OUT_33 = (
    _named(
        "court_inquiry", "1", "testified that; told the jury; wrote in a ruling; court filing", court_inquiry
    ),
    _named("spoke_for", "2", "NAME's lawyer, NAME2, said; a friend of NAME's said", spoke_for),
    _named("interpreter", "3", "said through an interpreter; said in Pashto; speaking in Seto", interpreter),
    _named("joint_lists", "4", "A, ROLE, and B, ROLE2, said in a joint statement", joint_lists),
    _named("responses", "5", 'B agreed: "Q."; came the reply from B; B fired back that', responses),
    _named("anonymous", "6", "said a person familiar with the talks, who spoke on condition", anonymous),
    _named("ranks", "7", "the Rev., Sgt., Sister, Alderman, Sheriff's Deputy before a name", ranks),
    _named("occasions", "8", "On DAY, NAME said; Speaking to reporters after the vote,", occasions),
    _named("inner_marks", "9", '"We tried ... and failed," NAME said; "Why now? Why us?"', inner_marks),
    _named("corrections", "10", "An earlier version of this article misquoted NAME", corrections),
    _named(
        "lede_description", "11", "A DESC who DID ... in the lede, named in paragraph two", lede_description
    ),
    _named("household", "12", "the couple said; his widow, NAME, said; NAME's parents said", household),
    _named("participle_credits", "13", '"Q," NAME, smiling.; "Q," from NAME.; shrugged:', participle_credits),
    _named("speaker_runs", "14", "one speaker over paragraphs, a same-gender person between", speaker_runs),
    _named(
        "negative_controls",
        "15",
        "headlines, campaigns, hashtags, catchphrases, signs, products: no speaker",
        negative_controls,
    ),
)
