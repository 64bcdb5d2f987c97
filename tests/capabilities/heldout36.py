"""Thirty-sixth held-out round: capabilities written at commit ``0aa5a33`` by a helper (``hcap42``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout36data.py``: thirty invented people of Acehnese, Adyghe,
Aleut, Assamese, Balkar, Batak, Bemba, Bugis, Cebuano, Duala, Efik, Hakka, Kongo, Kumyk and Lozi origin, each
with a gender, an age and a language (two Hakka names written surname first, `Liew Siew Lan`); straight,
curly, British single marks, guillemets and German low-high marks, each with its inner pair; roles with their
bodies in a bell foundry, a lighthouse trust, a beekeeping cooperative, a marionette theatre, ferry dispatch,
a ski patrol, a grafting nursery, kelp drying, organ building and a canal trust, each with two sentences about
the body that report nothing; volleyball, handball and kabaddi teams with their positions; charges with what
each side and the court said; clergy ranks and honours with a post; companies, universities, journals,
ministries, parties and seats; relations for tributes; songs, films, nicknames, notices and scare words;
open-class cue verbs of sound and manner no earlier round used: `burred`, `twanged`, `droned`, `stuttered`,
`crackled`, `hummed`) with phrasings a careful news editor keys one way only:

1. sports reports (`"Q," setter NAME told reporters after the match.`, `said TEAM's head coach NAME`, `NAME,
   the team's POSITION, said C`, `The skipper, NAME, was blunt:`, `said TEAM captain NAME. "Q2."`, `NAME,
   POSITION for TEAM, told the club's website:`): NAME, the position or post as the title, never a team;
2. court reporting in the British style (`The court heard that C.`, `NAME, prosecuting, said C.`, `"Q," NAME,
   defending, told the court.`, `Defending, NAME said:`, `NAME, for the prosecution, said C. OTHER, for the
   defence, said C2.`, `Judge NAME told the jury that C.`, `NAME, a witness, told the court that C.`): what
   the court heard has no speaker (or the court), never the judge named after it; a barrister titled by a
   participle has that role or no title;
3. tributes and obituaries (`D, who ran BODY for thirty years, has died aged 81. Her daughter, R, said:`,
   `His widow said:`, `"Q," R, D's son, said.`, `In a statement, D's family said C.`, the dead quoted from
   the past: `D, who died on DAY, once told the PAPER:`, `"Q," D said in an interview in YEAR, months before
   her death.`): the relative, the spouse or the family speaks, the relation at most as the title;
4. religious and honorary titles (`The Rev.`, `Canon`, `Rabbi`, `Imam`, `Sister`, `Dame`, `Sir`, `Father`,
   `Archdeacon`, `Pastor`) before the name, with and without a post after it, and later by surname, by
   `Ms`/`Mr` after `the Rev.`, by `Sir`/`Dame`/`Sister` with the given name, or by the rank's noun alone
   (`the rabbi said`): the full name speaks (with or without its rank); a clerical rank or the stated post
   is the title, an honour at most;
5. earnings calls and shareholder letters (`FIRM said on DAY that C. Its chief executive, NAME, told
   investors:`, `said on a call with analysts`, `In a letter to shareholders, NAME, chief executive of FIRM,
   wrote that C.`, `FIRM, which makes X, told investors`, `The company also said that C2.`): the company and
   its officer alternate as speakers, each report its own;
6. science news (`"Q," lead author NAME, a researcher at UNI, said in a news release.`, `The study, published
   in JOURNAL, found that C. "Q," said NAME, a co-author of the study.`, `C, the study found.`, `According
   to the study, C.`, `The researchers, led by NAME of UNI, wrote that C.`, `A study by NAME and colleagues
   suggests that C.`): the study's finding is the study's or nobody's, never the author's named after it;
7. social media (`wrote on social media on DAY:`, `"Q," NAME posted on Friday.`, `In a post on her blog, NAME
   said C.`, `BODY posted on DAY that C.`, `"Q," NAME wrote in a post shared by BODY.`, `NAME posted a photo
   of the KIND on DAY. "Q," she wrote.`): the poster speaks; a photo posted is no report;
8. parliamentary debate (`NAME (Lab, SEAT) asked the minister whether C.`, `"Q," the Minister for X, NAME,
   told MPs.`, `The minister, NAME2, replied that C2.`, `Opening the debate, NAME, MP for SEAT, told the
   chamber:`, a Hansard exchange `NAME (LD, SEAT): "Q?"¶NAME2 (Minister for X): "A."`, `NAME asked the
   Minister for X, NAME2: "Q?" The minister replied: "A."`): each member's words their own, the minister's
   post as the title;
9. nested quotations (`"When the foreman before me told me, 'I,' I laughed," said NAME`, `"Everyone kept
   saying, 'I,' and nobody believed it," NAME twanged.`, `"Then OTHER said to me, 'I,' and I agreed."`,
   `"As OTHER put it to me, 'I,'" NAME said.`): the outer quotation, whole, is NAME's, never OTHER's;
10. editorial insertions and ellipses (`"[The foundry] will not survive another winter,"`, `"We ... will
    not go quietly,"`, `for to [sic] long`, `It is [the] last ...`, `"I … never thought ..."`, `"They [the
    trustees] made their choice," NAME told the PAPER, "and we will live with it."`, a trailing `...,"`):
    the whole quotation, brackets and ellipses included, NAME's;
11. a quotation or report, two paragraphs about the body that report nothing (one naming a long-dead man or
    woman of the other gender: `The present building was designed by OTHER in 1844.`), then `"Q2," she
    added.`, `She went on: "Q2."`, `She added that C2.`, `"Q2," she crackled.`, `Then she went on:`, `"Q2,"
    SURNAME added.`: every piece NAME's;
12. two speakers in one sentence (`A and B both said C.`, `A said C1, while B said C2.`, `"Q1," said A, but B
    said C2.`, `A, ROLE, said C1; B, ROLE2, said C2.`, `A said C1 and B agreed that C2.`, `Both A and B said:
    "Q."`, `Whereas A said C1, B said C2.`): the pair for a joint report, each report its own speaker's;
13. translated quotations (`said through an interpreter`, `said in Acehnese that C`, `who spoke in Batak`,
    `NAME's interpreter, OTHER, translated as she spoke: "Q."`, `Through an interpreter, OTHER, NAME said:`,
    `as OTHER, an interpreter, translated`, `according to a translation provided by BODY`, `An interpreter,
    OTHER, repeated the words in English.`): NAME speaks, the interpreter never;
14. lead paragraphs that summarise before naming (`A ROLE who has worked at BODY for thirty years said on DAY
    that C.¶NAME, AGE, told the PAPER: "Q."`, `The woman who runs BODY says C.`, `A veteran ROLE has warned
    that C.`, `One of the county's last lengthsmen says C.`, `The head of BODY has said C.`, `C, a ROLE at
    BODY said on DAY.`): the lead's report is NAME's or the description's; the quotation NAME's;
15. negative controls (`NAME hummed "SONG" as she swept the floor`, a film shot at BODY, a nickname in marks,
    a notice, `the so-called "WORD"`, a favourite song, a song sung, a film watched): nobody speaks; a marked
    span may be found, with no speaker, never NAME.

When a key is uncertain the case asserts less: a reported clause with or without its *that* or *whether*; a
second quotation with no credit of its own as one quotation with the first or two; what the court heard or the
study found with no speaker, the court or the study, or not found; a barrister's or relative's title as none
or the role; an honour (`Sir`, `Dame`) as no title or the honour; the lead's report to NAME or to the
description that introduces NAME; a joint report to the pair in either order; a study by NAME to NAME or the
study.

Run at 0aa5a33 (``capreport.py --heldout --show 6 heldout36.NAME ...``). The first invocation stopped with a
``ValueError`` in `science_news` (a template bug of its own: a `wrong_speakers` entry gave the finding in
lower case where shape 2 capitalises it), after printing the first five capabilities; that entry was fixed and
the command run again, the five rows unchanged: **3,155 of 3,704 (.852)**. The failures were then read for
template and key bugs only; three were fixed, no key changed to match quotex: (a) every `court_reporting` case
opened with `A man denies CHARGE.` / `A woman admits CHARGE.` and demanded that nothing else be found, but a
plea reports what the defendant said in court, so a quotation found there with no speaker or the man/woman is
now tolerated (.620 -> 1.000: all 89 failures were that sentence); (b) `earnings_calls` shape 3 and 4 read
`Kyleburn Ferries, which makes island ferry services` (ungrammatical): each firm now has its own verb (`which
runs the island ferries`; the rate unchanged); (c) `honorary_titles` shape 2 referred to `the Rev. NAME` as
`the vicar` and to `Sister NAME` as `the nun`, posts the text never states, so those two ranks are now
referred to by surname there (.640 -> .680). After the fixes: **3,254 of 3,704 (.879)**; the floors are those
rates.

| capability | group | cases | first run | after the fixes |
|---|---|---|---|---|
| `heldout36.sports_reports` | 1 | 243 | 0.790 | 0.790 |
| `heldout36.court_reporting` | 2 | 234 | 0.620 | 1.000 |
| `heldout36.tributes` | 3 | 249 | 1.000 | 1.000 |
| `heldout36.honorary_titles` | 4 | 250 | 0.640 | 0.680 |
| `heldout36.earnings_calls` | 5 | 241 | 0.979 | 0.979 |
| `heldout36.science_news` | 6 | 246 | 0.886 | 0.886 |
| `heldout36.social_posts` | 7 | 245 | 0.857 | 0.857 |
| `heldout36.parliament` | 8 | 247 | 0.753 | 0.753 |
| `heldout36.nested_quotes` | 9 | 248 | 0.952 | 0.952 |
| `heldout36.editorial_insertions` | 10 | 252 | 0.873 | 0.873 |
| `heldout36.distant_continuation` | 11 | 252 | 0.853 | 0.853 |
| `heldout36.two_speakers` | 12 | 245 | 0.943 | 0.943 |
| `heldout36.translated_quotes` | 13 | 248 | 0.778 | 0.778 |
| `heldout36.summary_leads` | 14 | 252 | 0.841 | 0.841 |
| `heldout36.negative_controls` | 15 | 252 | 1.000 | 1.000 |
| **heldout36** (all 15) | | 3,704 | 0.852 (3,155) | 0.879 (3,254) |
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout36data import (
    ALL_MARKS36,
    COURT36,
    DAYS36,
    DEBATE36,
    EARNINGS36,
    FILMS36,
    FINDINGS36,
    FIRMS36,
    INNER36,
    JOURNALS36,
    MATCH36,
    MINISTRIES36,
    NICKS36,
    OPEN36,
    PAPERS36,
    PARTIES36,
    PAST36,
    PEOPLE36,
    RANKS36,
    RELATIONS36,
    ROLES36,
    SCARE36,
    SEATS36,
    SIGNS36,
    SONGS36,
    TEAMS36,
    TRIBUTES36,
    UNIS36,
    YEARS36,
    Mark36,
    Person36,
)
from heldout_kit import alts as _alts
from heldout_kit import cap as _cap
from heldout_kit import found_quote as _found_quote
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


@frozen
class NoneOr(Contains):
    """A title matcher: no title, or one that contains at least one of ``parts`` (a role the text states
    only by a participle or a relation, `NAME, prosecuting,`, `Her daughter, NAME,`)."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* is absent or contains any part."""
        return title is None or any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person36, step: int, *, gender: str | None = None) -> Person36:
    """Another person of another culture (of *gender* when given)."""
    pool = tuple(q for q in PEOPLE36 if q.culture != p.culture and (gender is None or q.gender == gender))
    return pool[step % len(pool)]


def _flip(p: Person36) -> str:
    return "m" if p.gender == "f" else "f"


def _names(p: Person36 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person36) else p


def _d(content: str, p: Person36 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person36 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a group or a document when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


@functools.lru_cache(maxsize=8192)
def _that(
    text: str, clause: str, p: Person36 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _pair(text: str, p: Person36 | NameSpec, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """Two quotations of one speaker, the second with no credit of its own (or a quotation interrupted by
    its credit): one quotation from *q1* through *q2* or two, whichever quotex found, every piece *p*'s."""
    whole = _span(text, q1, q2)
    return _alts(text, [_d(q1, p, title), _d(q2, p)], [_d(whole, p, title)])


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
            elif q.speaker.name.lower().removeprefix("the ") in {a.removeprefix("the ") for a in accepted}:
                expects.append(
                    Expect(content, q.kind.value, (q.speaker.name,), occurrence=_occurrence(text, q))
                )
    return expects


def _optional(text: str, content: str, kind: str, names: tuple[str, ...]) -> list[Expect]:
    """A report a careful reader credits to nobody (or to one of *names*, a court, a study): found with no
    speaker or one of *names*, or not found at all; a piece of it found is tolerated the same way."""
    q = _found_quote(text, content)
    if q is None:
        return _tolerate(text, content, names)
    if q.speaker is not None and q.speaker.name.lower().removeprefix("the ") in {
        n.lower().removeprefix("the ") for n in names
    }:
        return [Expect(content, kind, names)]
    return [Expect(content, kind, None)]


def _plural(role: str) -> str:
    return role[:-3] + "men" if role.endswith("man") else role + "s"


def _role(r: int) -> str:
    return ROLES36[r].role


def _body(r: int) -> str:
    return ROLES36[r].body


def _head(r: int) -> str:
    return ROLES36[r].head


def _after(r: int) -> str:
    """`tuning foreman at the Hollinsgate Bell Foundry`."""
    return f"{ROLES36[r].role} at {ROLES36[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES36[r].quotes[k % len(ROLES36[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES36[r].clauses[k % len(ROLES36[r].clauses)]


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES36) - 1)) % len(ROLES36)


def _combos(shapes: int, slots: int = len(ROLES36)) -> Iterator[tuple[Person36, int, Mark36, int]]:
    return itertools.product(PEOPLE36, range(shapes), ALL_MARKS36, range(slots))


def _wrong(expects: list[Expect], people: Sequence[str]) -> list[tuple[str, str]]:
    """Each expected quotation is no other person's of *people*."""
    return [
        (e.content, who)
        for e in expects
        for who in people
        if e.speaker is not None and who.lower() not in {s.lower() for s in e.speaker}
    ]


# --- group 1: sports reports --------------------------------------------------------------------------------


def sports_reports() -> Iterator[Case]:
    """`TEAM beat RIVAL on DAY. "Q," POSITION NAME told reporters after the match.`, `"Q," said TEAM's head
    coach NAME.`, `NAME, the team's POSITION, said C.`, `TEAM lost to RIVAL. The skipper, NAME, was blunt:
    "Q."`, `"Q," NAME said after the match. The AGE-year-old POSITION ...`, `Head coach NAME told reporters
    after the match that C.`, `"Q1," said TEAM captain NAME. "Q2."` and `NAME, POSITION for TEAM, told the
    club's website: "Q."` (NAME, the position or post as the title; never the team)."""
    for p, shape, m, t in sample(_combos(8, len(TEAMS36)), 252, "ho36-sports"):
        k = _k(PEOPLE36.index(p), shape, t)
        team = TEAMS36[t]
        pos = _pick(team.positions, k)
        said, clause = MATCH36[k % len(MATCH36)]
        said2 = MATCH36[(k + 1) % len(MATCH36)][0]
        qc, qs = m.q(said + ","), m.q(said + ".")
        day = DAYS36[k % 7]
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{team.team} beat {team.rival} on {day}. {qc} {pos} {p.full} told reporters after the match."
            )
            expects = [_d(qc, p, Contains(pos))]
        elif shape == 1:
            text = f"{qc} said {_poss(team.team)} head coach {p.full}."
            expects = [_d(qc, p, Contains("head coach"))]
        elif shape == 2:
            text = f"{p.full}, the team's {pos}, said {clause} after the defeat by {team.rival}."
            expects = [_i(_one_of(text, (clause, _span(text, clause, team.rival))), p, Contains(pos))]
        elif shape == 3:
            text = f"{team.team} lost to {team.rival} on {day}. The skipper, {p.full}, was blunt: {qs}"
            expects = [_d(qs, p, Contains("skipper"))]
        elif shape == 4:
            text = (
                f"{qc} {p.full} {_pick(OPEN36, k)} after the match. The {p.age}-year-old {pos} scored twice "
                f"as "
                f"{team.team} "
                f"came from behind."
            )
            expects = [_d(qc, p, NoneOr(pos))]
        elif shape == 5:
            text = f"Head coach {p.full} told reporters after the match that {clause}."
            expects = [_that(text, clause, p, Contains("head coach"))]
        elif shape == 6:
            q2 = m.q(said2 + ".")
            text = f"{qc} said {team.team} captain {p.full}. {q2}"
            expects = _pair(text, p, qc, q2, Contains("captain"))
        else:
            text = f"{p.full}, {pos} for {team.team}, told the club's website: {qs}"
            expects = [_d(qs, p, Contains(pos))]
        wrong = [(e.content, team.team) for e in expects] + [(e.content, team.rival) for e in expects]
        yield Case("", f"ho36-sports-{shape}", text, expects, wrong_speakers=wrong)


# --- group 2: court reporting -------------------------------------------------------------------------------


def court_reporting() -> Iterator[Case]:
    """`The court heard that C. NAME, prosecuting, said C2.`, `"Q," NAME, defending, told the court.`, `Judge
    NAME told the jury that C.`, `"Q," said Judge NAME, passing sentence on DAY.`, `NAME, a witness, told the
    court that C.`, `The court heard that C. Judge NAME adjourned the case.`, `NAME, for the prosecution,
    said C.` and `Defending, NAME said: "Q."` (what the court heard has no speaker, or the court; the
    barrister or judge speaks with the role as title, or none where only a participle states it)."""
    for p, shape, m, c in sample(_combos(8, len(COURT36)), 252, "ho36-court"):
        k = _k(PEOPLE36.index(p), shape, c)
        charge, pros_c, def_c, pros_q, def_q, heard = COURT36[c]
        o = _other(p, k)
        court = ("court", "the court")
        day = DAYS36[k % 7]
        who = "woman" if "her client" in def_c or def_q.startswith("She ") else "man"
        intro = f"A {who} {'denies' if k % 2 else 'admits'} {charge}."
        # key fix after the first run: the defendant's plea (`A man denies CHARGE.`) reports what the
        # defendant said in court; found with no speaker or the man/woman, it is tolerated
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{intro} The court heard that {heard}. {p.full}, prosecuting, said {pros_c}."
            heard_c = _one_of(text, (f"that {heard}", heard))
            expects = [*_optional(text, heard_c, "indirect", court), _i(pros_c, p, NoneOr("prosecut"))]
            wrong = [(heard, p.full)]
        elif shape == 1:
            qc = m.q(def_q + ",")
            text = f"{intro} {qc} {p.full}, defending, told the court."
            expects = [_d(qc, p, NoneOr("defen"))]
        elif shape == 2:
            text = f"Judge {p.full} told the jury that {pros_c}."
            expects = [_that(text, pros_c, (p.full, f"Judge {p.full}"), Contains("judge"))]
        elif shape == 3:
            qc = m.q(pros_q + ",")
            text = f"{qc} said Judge {p.full}, passing sentence on {day}."
            expects = [_d(qc, (p.full, f"Judge {p.full}"), Contains("judge"))]
        elif shape == 4:
            text = f"{intro} {p.full}, a witness, told the court that {heard}."
            expects = [_that(text, heard, p, Contains("witness"))]
        elif shape == 5:
            text = f"{intro} The court heard that {heard}. Judge {p.full} adjourned the case until {day}."
            expects = _optional(text, _one_of(text, (f"that {heard}", heard)), "indirect", court)
            wrong = [(heard, p.full), (heard, f"Judge {p.full}")]
        elif shape == 6:
            text = (
                f"{intro} {p.full}, for the prosecution, said {pros_c}. {o.full}, for the defence, said "
                f"{def_c}."
            )
            expects = [_i(pros_c, p, NoneOr("prosecut")), _i(def_c, o, NoneOr("defen"))]
            wrong = [(pros_c, o.full), (def_c, p.full)]
        else:
            qs = m.q(def_q + ".")
            text = f"{intro} Defending, {p.full} said: {qs}"
            expects = [_d(qs, p, NoneOr("defen"))]
        if intro in text:
            expects += _tolerate(text, intro, (who, f"a {who}"))
        yield Case("", f"ho36-court-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: tributes and obituaries -----------------------------------------------------------------------


def tributes() -> Iterator[Case]:
    """`D, who ran BODY for thirty years, has died aged 81. Her daughter, R, said: "Q."`, `Tributes have
    been paid to D, ROLE at BODY. His widow said: "Q."`, `"Q," R, D's son, said.`, `D, who died on DAY,
    once told the PAPER: "Q."`, `In a statement, D's family said C.`, `R, D's brother, said C.`, `"Q," D
    said in an interview in YEAR, months before her death.` and `Speaking at the funeral, R, D's
    granddaughter, said: "Q."` (the relative or the family speaks, the relation at most as the title;
    the dead speak only in words quoted from the past)."""
    for d, shape, m, r in sample(_combos(8), 252, "ho36-tribute"):
        k = _k(PEOPLE36.index(d), shape, r)
        rel = _other(d, k)
        relation = RELATIONS36[k % len(RELATIONS36)]
        noun = relation[0] if rel.gender == "f" else relation[1]
        said, clause = TRIBUTES36[k % len(TRIBUTES36)]
        said = said.replace("She ", f"{_cap(d.pronoun)} ")
        clause = clause.replace("she ", f"{d.pronoun} ")
        qc, qs = m.q(said + ","), m.q(said + ".")
        past = _pick(PAST36, k)
        day = DAYS36[k % 7]
        died = f"{d.full}, who ran {_body(r)} for thirty years, has died aged {d.age + 20}."
        expects: list[Expect]
        if shape == 0:
            text = f"{died} {_cap(d.poss)} {noun}, {rel.full}, said: {qs}"
            expects = [_d(qs, rel, NoneOr(noun))]
        elif shape == 1:
            spouse = d.kin("husband", "widow")
            text = (
                f"Tributes have been paid to {d.full}, {_after(r)}, who died on {day}. "
                f"{_cap(d.poss)} {spouse} "
                f"said: {qs}"
            )
            expects = [_d(qs, (spouse, f"{d.poss} {spouse}", f"{_poss(d.full)} {spouse}"), ANY, person=False)]
        elif shape == 2:
            text = f"{died}\n\n{qc} {rel.full}, {_poss(d.last)} {noun}, said."
            expects = [_d(qc, rel, NoneOr(noun))]
        elif shape == 3:
            pq = m.q(past + ".")
            text = f"{d.full}, who died on {day} aged {d.age + 20}, once told the {_pick(PAPERS36, k)}: {pq}"
            expects = [_d(pq, d, ANY)]
        elif shape == 4:
            family = ("family", f"{_poss(d.full)} family", f"{_poss(d.last)} family", "the family")
            text = f"{died} In a statement, {_poss(d.last)} family said {clause}."
            expects = [_i(clause, family, ANY, person=False)]
        elif shape == 5:
            text = f"{died} {rel.full}, {_poss(d.last)} {noun}, said {clause}."
            expects = [_i(clause, rel, NoneOr(noun))]
        elif shape == 6:
            pc = m.q(past + ",")
            text = (
                f"{died}\n\n{pc} {d.last} said in an interview in {YEARS36[k % 5]}, months before {d.poss} "
                f"death."
            )
            expects = [_d(pc, d, ANY)]
        else:
            text = (
                f"{died}\n\nSpeaking at the funeral on {day}, {rel.full}, {_poss(d.last)} {noun}, said: {qs}"
            )
            expects = [_d(qs, rel, NoneOr(noun))]
        people = (d.full, rel.full)
        wrong = _wrong(expects, people) if shape not in (3, 6) else [(e.content, rel.full) for e in expects]
        yield Case("", f"ho36-tribute-{shape}", text, expects, wrong_speakers=wrong)


# --- group 4: religious and honorary titles -----------------------------------------------------------------


def _rank_for(p: Person36, k: int) -> tuple[str, str, str]:
    fitting = [r for r in RANKS36 if p.gender in r[1]]
    rank, _genders, alone, post = fitting[k % len(fitting)]
    return rank, alone, post


def honorary_titles() -> Iterator[Case]:
    """`The Rev. NAME, vicar of St Olave's, said C. "Q," SURNAME said.`, `"Q," said Canon NAME.`, `Rabbi NAME
    led the service. "Q," the rabbi said.`, `"Q," said Imam NAME. Imam SURNAME added that C.`, `Dame NAME,
    chair of BODY, said C.`, `RANK NAME, POST, told the congregation: "Q."`, `Speaking at BODY on DAY, RANK
    NAME said that C.` and `RANK NAME ... "Q," RANK SURNAME said.` (the name with or without its
    rank speaks; a clerical rank or the stated post is the title, an honour (`Sir`, `Dame`) at most)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-rank"):
        k = _k(PEOPLE36.index(p), shape, r)
        rank, alone, post = _rank_for(p, k)
        honour = rank in ("Sir", "Dame")
        bare = rank.removeprefix("The ").rstrip(".")
        names = (p.full, f"{rank} {p.full}", f"{bare} {p.full}")
        post_head = post.split(" of ")[0]
        rank_title: TitleSpec = NoneOr(bare) if honour else EitherOf((bare, post_head))
        post_title = EitherOf((post_head,) if honour else (post_head, bare))
        given = p.full.replace(p.last, "").strip()
        later = {"The Rev.": f"{p.title} {p.last}", "Sir": f"Sir {given}", "Dame": f"Dame {given}"}.get(
            rank, f"Sister {given}" if rank == "Sister" else f"{bare} {p.last}"
        )
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        qc, qs, q2c = m.q(q1 + ","), m.q(q1 + "."), m.q(q2 + ",")
        clause = _role_c(r, k)
        lead = rank if shape != 6 else rank.replace("The ", "the ")
        audience = "meeting" if honour else "congregation"
        expects: list[Expect]
        if shape == 0:
            text = f"{lead} {p.full}, {post}, said {clause}. {q2c} {p.last} said."
            expects = [_i(clause, names, post_title), _d(q2c, names)]
        elif shape == 1:
            text = f"{qc} said {rank.replace('The ', 'the ')} {p.full}."
            expects = [_d(qc, names, rank_title)]
        elif shape == 2:
            if alone:
                text = f"{lead} {p.full} led a blessing at {_body(r)} on {DAYS36[k % 7]}. {q2c} {alone} said."
            else:
                text = (
                    f"{lead} {p.full} opened the new wing of {_body(r)} on {DAYS36[k % 7]}. {q2c} {p.last} "
                    f"said."
                )
            expects = [_d(q2c, names)]
        elif shape == 3:
            text = f"{qc} said {rank.replace('The ', 'the ')} {p.full}. {later} added that {clause}."
            expects = [_d(qc, names, rank_title), _that(text, clause, names)]
        elif shape == 4:
            text = f"{lead} {p.full}, {post}, said {clause}."
            expects = [_i(clause, names, post_title)]
        elif shape == 5:
            text = f"{lead} {p.full}, {post}, told the {audience} on {DAYS36[k % 7]}: {qs}"
            expects = [_d(qs, names, post_title)]
        elif shape == 6:
            text = f"Speaking at {_body(r)} on {DAYS36[k % 7]}, {lead} {p.full} said that {clause}."
            expects = [_that(text, clause, names, rank_title)]
        else:
            text = (
                f"{lead} {p.full} has been {post} since {YEARS36[k % 5]}.\n\n{q2c} {later} said. "
                f"{_cap(p.pronoun)} added that {clause}."
            )
            expects = [_d(q2c, names), _that(text, clause, names)]
        yield Case("", f"ho36-rank-{shape}", text, expects)


# --- group 5: earnings calls and shareholder letters --------------------------------------------------------


def earnings_calls() -> Iterator[Case]:
    """`FIRM said on DAY that C. Its chief executive, NAME, told investors: "Q."`, `"Q," NAME, FIRM's chief
    financial officer, said on a call with analysts.`, `In a letter to shareholders, NAME, chief executive
    of FIRM, wrote that C.`, `NAME wrote in her annual letter to shareholders: "Q." FIRM said C2.`, `FIRM,
    which makes X, told investors on DAY that C.`, `Chief executive NAME said on a call with analysts that
    C. The company also said that C2.`, `"Q," FIRM said in a statement. NAME, its chief executive, said C2.`
    and `Speaking on the call, NAME, FIRM's finance director, said C.` (the company when it speaks, the
    officer when she does, her post as the title)."""
    for p, shape, m, f in sample(_combos(8, len(FIRMS36)), 252, "ho36-earnings"):
        k = _k(PEOPLE36.index(p), shape, f)
        firm = FIRMS36[f]
        said, clause = EARNINGS36[k % len(EARNINGS36)]
        clause2 = EARNINGS36[(k + 2) % len(EARNINGS36)][1]
        qc, qs = m.q(said + ","), m.q(said + ".")
        day = DAYS36[k % 7]
        company = (firm.name, firm.kind, "company")
        expects: list[Expect]
        if shape == 0:
            text = (
                f"{firm.name} said on {day} that {clause}. Its chief executive, {p.full}, told investors: "
                f"{qs}"
            )
            expects = [
                _that(text, clause, company, ANY, person=False),
                _d(qs, p, Contains("chief executive")),
            ]
        elif shape == 1:
            text = f"{qc} {p.full}, {_poss(firm.name)} chief financial officer, said on a call with analysts."
            expects = [_d(qc, p, Contains("financial officer"))]
        elif shape == 2:
            text = (
                f"In a letter to shareholders, {p.full}, chief executive of {firm.name}, wrote that {clause}."
            )
            expects = [_that(text, clause, p, Contains("chief executive"))]
        elif shape == 3:
            text = (
                f"{p.full} wrote in {p.poss} annual letter to shareholders: {qs} {firm.name}, which "
                f"{firm.trade}, said {clause2}."
            )
            expects = [_d(qs, p, ANY), _i(clause2, company, ANY, person=False)]
        elif shape == 4:
            text = f"{firm.name}, which {firm.trade}, told investors on {day} that {clause}."
            expects = [_that(text, clause, company, ANY, person=False)]
        elif shape == 5:
            text = (
                f"Chief executive {p.full} said on a call with analysts that {clause}. {_cap(firm.kind)} "
                f"also "
                f"said that {clause2}."
            )
            expects = [
                _that(text, clause, p, Contains("chief executive")),
                _that(text, clause2, company, ANY, person=False),
            ]
        elif shape == 6:
            text = f"{qc} {firm.name} said in a statement. {p.full}, its chief executive, said {clause2}."
            expects = [_d(qc, company, ANY, person=False), _i(clause2, p, Contains("chief executive"))]
        else:
            text = f"Speaking on the call, {p.full}, {_poss(firm.name)} finance director, said {clause}."
            expects = [_i(clause, p, Contains("finance director"))]
        wrong = [(e.content, p.full) for e in expects if e.speaker is not None and p.full not in e.speaker]
        wrong += [
            (e.content, firm.name) for e in expects if e.speaker is not None and firm.name not in e.speaker
        ]
        yield Case("", f"ho36-earnings-{shape}", text, expects, wrong_speakers=wrong)


# --- group 6: science news ----------------------------------------------------------------------------------


def science_news() -> Iterator[Case]:
    """`"Q," lead author NAME, ROLE at UNI, said in a news release.`, `The study, published in JOURNAL on
    DAY, found that C. "Q," said NAME, a co-author of the study.`, `C, the study found. Its lead author,
    NAME, said: "Q."`, `NAME, who led the research at UNI, said C.`, `According to the study, C. NAME, one
    of its authors, said the work took four years.`, `"Q," NAME said in a news release from UNI.`, `The
    researchers, led by NAME of UNI, wrote that C.` and `A study by NAME and colleagues at UNI suggests
    that C.` (the author speaks; what the study found is the study's or nobody's, never a person's)."""
    for p, shape, m, s in sample(_combos(8, len(FINDINGS36) * len(UNIS36)), 252, "ho36-science"):
        k = _k(PEOPLE36.index(p), shape, s)
        finding, said = FINDINGS36[s % len(FINDINGS36)]
        uni = UNIS36[s // len(FINDINGS36)]
        journal = _pick(JOURNALS36, k)
        qc, qs = m.q(said + ","), m.q(said + ".")
        study = ("study", "the study", "the research")
        day = DAYS36[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{qc} lead author {p.full}, a researcher at {uni}, said in a news release."
            expects = [_d(qc, p, EitherOf(("lead author", "researcher")))]
        elif shape == 1:
            text = (
                f"The study, published in {journal} on {day}, found that {finding}. {qc} said {p.full}, "
                f"a co-author of the study."
            )
            expects = [
                *_optional(text, _one_of(text, (f"that {finding}", finding)), "indirect", study),
                _d(qc, p, Contains("co-author")),
            ]
            wrong = [(_cap(finding) if shape == 2 else finding, p.full)]
        elif shape == 2:
            text = f"{_cap(finding)}, the study found. Its lead author, {p.full}, said: {qs}"
            expects = [*_optional(text, _cap(finding), "indirect", study), _d(qs, p, Contains("lead author"))]
            wrong = [(_cap(finding) if shape == 2 else finding, p.full)]
        elif shape == 3:
            text = f"{p.full}, who led the research at {uni}, said {finding}."
            expects = [_i(finding, p, ANY)]
        elif shape == 4:
            text = (
                f"According to the study, {finding}. {p.full}, one of its authors, said the work took four "
                f"years."
            )
            expects = [
                *_optional(text, finding, "indirect", study),
                _i("the work took four years", p, ANY),
            ]
            wrong = [(_cap(finding) if shape == 2 else finding, p.full)]
        elif shape == 5:
            text = f"{qc} {p.full} said in a news release from {uni}."
            expects = [_d(qc, p, None)]
        elif shape == 6:
            text = f"The researchers, led by {p.full} of {uni}, wrote in {journal} that {finding}."
            group = ("researchers", "the researchers", p.full)
            expects = [_that(text, finding, group, ANY, person=False)]
        else:
            text = f"A study by {p.full} and colleagues at {uni} suggests that {finding}."
            either = (p.full, *study, f"a study by {p.full}", f"study by {p.full} and colleagues")
            expects = [_that(text, finding, either, ANY, person=False)]
        yield Case("", f"ho36-science-{shape}", text, expects, wrong_speakers=wrong)


# --- group 7: social media ----------------------------------------------------------------------------------


def social_posts() -> Iterator[Case]:
    """`NAME, ROLE at BODY, wrote on social media on DAY: "Q."`, `"Q," NAME posted on Friday.`, `In a post on
    her blog, NAME said C.`, `NAME wrote on social media that C.`, `BODY posted on DAY that C.`, `"Q," NAME
    wrote in a post shared by BODY.`, `NAME posted a photo of the KIND on DAY. "Q," she wrote.` and `In a post
    on his blog on DAY, NAME, who has run BODY since YEAR, wrote: "Q."` (the poster speaks, never the body
    that shares the post)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-social"):
        k = _k(PEOPLE36.index(p), shape, r)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        day = DAYS36[k % 7]
        body = _body(r)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{p.full}, {_after(r)}, wrote on social media on {day}: {qs}"
            expects = [_d(qs, p, Contains(_head(r)))]
        elif shape == 1:
            text = f"{qc} {p.full} posted on {day}."
            expects = [_d(qc, p, None)]
        elif shape == 2:
            text = f"In a post on {p.poss} blog, {p.full} said {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 3:
            text = f"{p.full} wrote on social media that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 4:
            text = f"{_cap(body)} posted on {day} that {clause}."
            expects = [_that(text, clause, (body, ROLES36[r].kind), ANY, person=False)]
        elif shape == 5:
            text = f"{qc} {p.full} wrote in a post shared by {body}."
            expects = [_d(qc, p, None)]
            wrong = [(qc, body)]
        elif shape == 6:
            text = f"{p.full} posted a photo of {ROLES36[r].kind} on {day}. {qc} {p.pronoun} wrote."
            expects = [_d(qc, p, None)]
        else:
            text = (
                f"In a post on {p.poss} blog on {day}, {p.full}, who has run {body} since {YEARS36[k % 5]}, "
                f"wrote: {qs}"
            )
            expects = [_d(qs, p, ANY)]
        yield Case("", f"ho36-social-{shape}", text, expects, wrong_speakers=wrong)


# --- group 8: parliamentary debate --------------------------------------------------------------------------


def parliament() -> Iterator[Case]:
    """`NAME (PARTY, SEAT) asked the minister whether C.`, `"Q," the Minister for X, NAME, told MPs.`, `NAME
    (PARTY) asked whether C. The minister, NAME2, replied that C2.`, `Opening the debate, NAME, MP for SEAT,
    told the chamber: "Q."`, `The shadow minister for X, NAME, told MPs that C.`, `NAME (PARTY, SEAT): "Q?"`
    (a Hansard line), `Replying for the government, NAME said C.` and `NAME (PARTY) asked the Minister for X,
    NAME2: "Q?" The minister replied: "A."` (each member speaks; the minister replying is the named
    minister, with the post as the title)."""
    for p, shape, m, d in sample(_combos(8, len(DEBATE36) * len(MINISTRIES36)), 252, "ho36-debate"):
        k = _k(PEOPLE36.index(p), shape, d)
        clause, question, answer = DEBATE36[d % len(DEBATE36)]
        ministry = MINISTRIES36[d // len(DEBATE36)]
        party, seat = _pick(PARTIES36, k), _pick(SEATS36, k)
        o = _other(p, k)
        qq = m.q(question + "?")
        ac, as_ = m.q(answer + ","), m.q(answer + ".")
        minister = Contains("minister")
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} ({party}, {seat}) asked the minister whether {clause}."
            expects = [_i(_one_of(text, (f"whether {clause}", clause)), p, ANY)]
        elif shape == 1:
            text = f"{ac} the Minister for {ministry}, {p.full}, told MPs."
            expects = [_d(ac, p, minister)]
        elif shape == 2:
            text = (
                f"{o.full} ({party}) asked whether {clause}. The minister, {p.full}, replied that the answer "
                f"was yes."
            )
            expects = [
                _i(_one_of(text, (f"whether {clause}", clause)), o, ANY),
                _that(text, "the answer was yes", p, minister),
            ]
        elif shape == 3:
            text = f"Opening the debate, {p.full}, MP for {seat}, told the chamber: {qq}"
            expects = [_d(qq, p, Contains("MP"))]
        elif shape == 4:
            text = f"The shadow minister for {ministry.lower()}, {p.full}, told MPs that {clause}."
            expects = [_that(text, clause, p, Contains("shadow minister"))]
        elif shape == 5:
            text = f"{p.full} ({party}, {seat}): {qq}\n\n{o.full} (Minister for {ministry}): {as_}"
            expects = [_d(qq, p, ANY), _d(as_, o, minister)]
        elif shape == 6:
            text = f"Replying for the government, {p.full}, the Minister for {ministry}, said {clause}."
            expects = [_i(clause, p, minister)]
        else:
            text = (
                f"{o.full} ({party}) asked the Minister for {ministry}, {p.full}: {qq} The minister replied: "
                f"{as_}"
            )
            expects = [_d(qq, o, ANY), _d(as_, p, minister)]
        yield Case(
            "", f"ho36-debate-{shape}", text, expects, wrong_speakers=_wrong(expects, (p.full, o.full))
        )


# --- group 9: nested quotations -----------------------------------------------------------------------------


def nested_quotes() -> Iterator[Case]:
    """`"When the foreman told me, 'I,' I laughed," said NAME, ROLE at BODY.`, `NAME said: "My colleague
    looked up and said, 'I.' That was the end of it."`, `"Everyone kept asking, 'I?' and nobody knew," NAME
    recalled.`, `"The note said 'I', and we believed it," NAME, AGE, said.`, `"Q," NAME said. "Then OTHER
    said to me, 'I,' and I agreed."`, `OTHER was there too. "He said, 'I,' and walked off," NAME said.`,
    `NAME told the PAPER: "I wrote 'I' on the board and left it there."` and `"As OTHER put it to me, 'I,'"
    NAME said.` (the outer quotation, whole, is NAME's; the inner words NAME's, the quoted person's or
    nobody's, and never a quotation that takes the outer speaker from NAME)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-nested"):
        k = _k(PEOPLE36.index(p), shape, r)
        o = _other(p, k, gender=_flip(p))
        inner = _pick(INNER36, k)
        title = Contains(_head(r))
        ic = m.inner(inner + ",")
        expects: list[Expect]
        if shape == 0:
            outer = m.q(f"When the {_head(r)} before me told me, {ic} I laughed,")
            text = f"{outer} said {p.full}, {_after(r)}."
            expects = [_d(outer, p, title)]
        elif shape == 1:
            outer = m.q(f"My colleague looked up and said, {m.inner(inner + '.')} That was the end of it.")
            text = f"{p.full}, {_after(r)}, said: {outer}"
            expects = [_d(outer, p, title)]
        elif shape == 2:
            outer = m.q(f"Everyone kept saying, {ic} and nobody believed it,")
            text = f"{outer} {p.full} {_pick(OPEN36, k)}."
            expects = [_d(outer, p, None)]
        elif shape == 3:
            outer = m.q(f"The note on the door said {m.inner(inner)}, and we believed it,")
            text = f"{outer} {p.full}, {p.age}, said."
            expects = [_d(outer, p, ANY)]
        elif shape == 4:
            q1 = m.q(_role_q(r, k) + ",")
            q2 = m.q(f"Then {o.full} said to me, {ic} and I agreed.")
            text = f"{q1} {p.full} said. {q2}"
            expects = _pair(text, p, q1, q2)
        elif shape == 5:
            outer = m.q(f"{_cap(o.pronoun)} said, {ic} and walked off,")
            text = f"{o.full} was there too. {outer} {p.full} said."
            expects = [_d(outer, p, None)]
        elif shape == 6:
            outer = m.q(f"I wrote {m.inner(inner)} on the board and left it there.")
            text = f"{p.full} told the {_pick(PAPERS36, k)}: {outer}"
            expects = [_d(outer, p, None)]
        else:
            outer = m.q(f"As {o.full} put it to me, {ic}")
            text = f"{outer} {p.full} said."
            expects = [_d(outer, p, None)]
        region = (
            expects[0].content if len(expects) == 1 else _span(text, expects[0].content, expects[-1].content)
        )
        inner_region = region[region.index(m.inner_open) :] if m.inner_open in region else region
        expects += [
            e
            for e in _tolerate(text, inner_region, (p.full, o.full))
            if e.content not in {x.content for x in expects}
        ]
        wrong = [(e.content, o.full) for e in expects if e.speaker is not None and p.full in e.speaker]
        yield Case("", f"ho36-nested-{shape}", text, expects, wrong_speakers=wrong)


# --- group 10: editorial insertions and ellipses ------------------------------------------------------------


def editorial_insertions() -> Iterator[Case]:
    """`"[The KIND] will not survive another winter," NAME, ROLE at BODY, said.`, `"We ... will not go
    quietly," NAME said.`, `"They have ignored us for to [sic] long," NAME said.`, `NAME said: "It is [the]
    last KIND of its kind."`, `"I … never thought it would close," said NAME.`, `"They [the trustees] made
    their choice," NAME told the PAPER, "and we will live with it."`, `"We did what we could and then ...,"
    NAME said, trailing off.` and `"[We] have asked twice," NAME said. "[They] have not answered."` (the
    whole quotation, brackets and ellipses included, NAME's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-insert"):
        k = _k(PEOPLE36.index(p), shape, r)
        kind = ROLES36[r].kind.removeprefix("the ")
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            qc = m.q(f"[The {kind}] will not survive another winter,")
            text = f"{qc} {p.full}, {_after(r)}, said."
            expects = [_d(qc, p, title)]
        elif shape == 1:
            qc = m.q("We ... will not go quietly,")
            text = f"{qc} {p.full} {_pick(OPEN36, k)} when asked about the plan to close {_body(r)}."
            expects = [_d(qc, p, None)]
        elif shape == 2:
            qc = m.q(f"They have ignored the {kind} for to [sic] long,")
            text = f"{qc} {p.full}, {_after(r)}, said."
            expects = [_d(qc, p, title)]
        elif shape == 3:
            qs = m.q(f"It is [the] last {kind} of its kind in the county.")
            text = f"{p.full}, {_after(r)}, said: {qs}"
            expects = [_d(qs, p, title)]
        elif shape == 4:
            qc = m.q(f"I … never thought the {kind} would close,")
            text = f"{qc} said {p.full}, {p.age}."
            expects = [_d(qc, p, ANY)]
        elif shape == 5:
            q1 = m.q("They [the trustees] made their choice,")
            q2 = m.q("and we will live with it.")
            text = f"{q1} {p.full} told the {_pick(PAPERS36, k)}, {q2}"
            expects = _pair(text, p, q1, q2, None)
        elif shape == 6:
            qc = m.q("We did what we could and then ...,")
            text = f"{qc} {p.full}, {_after(r)}, said, trailing off."
            expects = [_d(qc, p, title)]
        else:
            q1 = m.q(f"[We] have asked the council twice about the {kind},")
            q2 = m.q("[They] have not answered.")
            text = f"{q1} {p.full} said. {q2}"
            expects = _pair(text, p, q1, q2, None)
        yield Case("", f"ho36-insert-{shape}", text, expects)


# --- group 11: a continuation after two unrelated paragraphs ------------------------------------------------


def distant_continuation() -> Iterator[Case]:
    """`"Q1," said NAME, ROLE at BODY.¶FACT1¶FACT2¶"Q2," she added.`, `NAME, ROLE at BODY, said C1.¶FACT1
    ¶FACT2¶She went on: "Q2."`, `... ¶She added that C2.`, a fact naming a person of the other gender (long
    dead: `The present building was designed by OTHER in YEAR.`) before `"Q2," she went on.`, `"Q2," she
    crackled.`,
    `Then she went on: "Q2."`, `"Q2," SURNAME added.` and `She added: "Q2."` (every piece NAME's; never the
    other person)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-distant"):
        k = _k(PEOPLE36.index(p), shape, r)
        role = ROLES36[r]
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        q1c, q2c, q2s = m.q(q1 + ","), m.q(q2 + ","), m.q(q2 + ".")
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        f1, f2 = role.facts
        pro = _cap(p.pronoun)
        title = Contains(_head(r))
        o = _other(p, k, gender=_flip(p))
        first = (
            f"{q1c} said {p.full}, {_after(r)}." if shape % 2 == 0 else f"{p.full}, {_after(r)}, said {c1}."
        )
        lead: Expect = _d(q1c, p, title) if shape % 2 == 0 else _i(c1, p, title)
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            last, exp = f"{q2c} {p.pronoun} added.", _d(q2c, p)
        elif shape == 1:
            last, exp = f"{pro} went on: {q2s}", _d(q2s, p)
        elif shape == 2:
            last, exp = f"{pro} added that {c2}.", _i(c2, p)
        elif shape == 3:
            f2 = f"The present building was designed by {o.full} in {YEARS36[k % 5] - 150}."
            last, exp = f"{q2c} {p.pronoun} went on.", _d(q2c, p)
            wrong = [(q2c, o.full)]
        elif shape == 4:
            last, exp = f"{q2c} {p.pronoun} {_pick(OPEN36, k)}.", _d(q2c, p)
        elif shape == 5:
            last, exp = f"Then {p.pronoun} went on: {q2s}", _d(q2s, p)
        elif shape == 6:
            last, exp = f"{q2c} {p.last} added.", _d(q2c, p)
        else:
            last, exp = f"{pro} added: {q2s}", _d(q2s, p)
        text = f"{first}\n\n{f1}\n\n{f2}\n\n{last}"
        if shape == 2:
            exp = _that(text, c2, p)
        yield Case("", f"ho36-distant-{shape}", text, [lead, exp], wrong_speakers=wrong)


# --- group 12: two speakers in one sentence -----------------------------------------------------------------


def two_speakers() -> Iterator[Case]:
    """`A and B both said C.`, `A said C1, while B said C2.`, `"Q1," said A, but B said C2.`, `A, ROLE at
    BODY, said C1; B, ROLE2 at BODY2, said C2.`, `A said C1 and B agreed that C2.`, `Both A and B said: "Q."`,
    `A told the PAPER that C1, and B told the PAPER that C2.` and `Whereas A said C1, B said C2.` (the pair
    for a joint report, in either order; each report its own speaker's, never the other's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-two"):
        k = _k(PEOPLE36.index(p), shape, r)
        o = _other(p, k)
        r2 = _other_role(r, k)
        c1, c2 = _role_c(r, k), _role_c(r2, k + 1)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        pair = (f"{p.full}; {o.full}", f"{o.full}; {p.full}", f"{p.full} and {o.full}")
        paper = _pick(PAPERS36, k)
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} and {o.full} both said {c1}."
            expects = [_i(c1, pair, ANY, person=False)]
        elif shape == 1:
            text = f"{p.full} said {c1}, while {o.full} said {c2}."
            expects = [_i(c1, p), _i(c2, o)]
        elif shape == 2:
            text = f"{qc} said {p.full}, but {o.full} said {c2}."
            expects = [_d(qc, p), _i(c2, o)]
        elif shape == 3:
            text = f"{p.full}, {_after(r)}, said {c1}; {o.full}, {_after(r2)}, said {c2}."
            expects = [_i(c1, p, Contains(_head(r))), _i(c2, o, Contains(_head(r2)))]
        elif shape == 4:
            text = f"{p.full} said {c1} and {o.full} agreed that {c2}."
            expects = [_i(c1, p), _that(text, c2, o)]
        elif shape == 5:
            text = f"Both {p.full} and {o.full} said: {qs}"
            expects = [_d(qs, pair, ANY, person=False)]
        elif shape == 6:
            text = f"{p.full} told the {paper} that {c1}, and {o.full} told the {paper} that {c2}."
            expects = [_that(text, c1, p), _that(text, c2, o)]
        else:
            text = f"Whereas {p.full} said {c1}, {o.full} said {c2}."
            expects = [_i(c1, p), _i(c2, o)]
        wrong = []
        if shape not in (0, 5):
            wrong = [(expects[0].content, o.full), (expects[1].content, p.full)]
        yield Case("", f"ho36-two-{shape}", text, expects, wrong_speakers=wrong)


# --- group 13: translated quotations ------------------------------------------------------------------------


def translated_quotes() -> Iterator[Case]:
    """`"Q," NAME said through an interpreter.`, `NAME said in LANGUAGE that C.`, `"Q," NAME, who spoke in
    LANGUAGE, told the PAPER.`, `NAME's interpreter, OTHER, translated as she spoke: "Q."`, `Through an
    interpreter, OTHER, NAME said: "Q."`, `"Q," NAME said in LANGUAGE, as OTHER, an interpreter, translated.`,
    `NAME answered in LANGUAGE. "Q," she said, according to a translation provided by BODY.` and `In
    LANGUAGE, NAME told the meeting: "Q." An interpreter, OTHER, repeated the words in English.` (NAME
    speaks; the interpreter never)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-translated"):
        k = _k(PEOPLE36.index(p), shape, r)
        o = _other(p, k)
        lang = p.language
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} {p.full} said through an interpreter."
            expects = [_d(qc, p, None)]
        elif shape == 1:
            text = f"{p.full}, {_after(r)}, said in {lang} that {clause}."
            expects = [_that(text, clause, p, Contains(_head(r)))]
        elif shape == 2:
            text = f"{qc} {p.full}, who spoke in {lang}, told the {_pick(PAPERS36, k)}."
            expects = [_d(qc, p, None)]
        elif shape == 3:
            text = f"{_poss(p.full)} interpreter, {o.full}, translated as {p.pronoun} spoke: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 4:
            text = f"Through an interpreter, {o.full}, {p.full} said: {qs}"
            expects = [_d(qs, p, None)]
        elif shape == 5:
            text = f"{qc} {p.full} said in {lang}, as {o.full}, an interpreter, translated."
            expects = [_d(qc, p, None)]
        elif shape == 6:
            text = (
                f"{p.full} answered in {lang}. {qc} {p.pronoun} said, according to a translation provided by "
                f"{_body(r)}."
            )
            expects = [_d(qc, p, None)]
        else:
            text = (
                f"In {lang}, {p.full} told the meeting: {qs} An interpreter, {o.full}, repeated the words "
                f"in English."
            )
            expects = [_d(qs, p, None)]
        yield Case(
            "", f"ho36-translated-{shape}", text, expects, wrong_speakers=[(expects[0].content, o.full)]
        )


# --- group 14: lead paragraphs that summarise before naming -------------------------------------------------


def summary_leads() -> Iterator[Case]:
    """`A ROLE who has worked at BODY for thirty years said on DAY that C.¶NAME, AGE, told the PAPER: "Q."`,
    `The woman who runs BODY says C.¶NAME, AGE, took over in YEAR. "Q," she said.`, `A veteran ROLE has warned
    that C.¶NAME, who has worked at BODY since YEAR, said: "Q."`, `A ROLE at BODY said on DAY that C.¶"Q,"
    said
    NAME, AGE.`, `One of the county's last ROLEs says C.¶NAME, AGE, ... "Q," SURNAME said.`, `The head of BODY
    has said C. In an interview, NAME said: "Q."`, `An AGE-year-old ROLE said on DAY that C. "Q," NAME told
    the PAPER.` and `C, a ROLE at BODY said on DAY.¶NAME, AGE, added: "Q."` (the lead's report is NAME's, or
    the description's that NAME turns out to be; the quotation NAME's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-lead"):
        k = _k(PEOPLE36.index(p), shape, r)
        role, head = _role(r), _head(r)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        day = DAYS36[k % 7]
        year = YEARS36[k % 5]
        body = _body(r)
        person = p.kin("woman", "man")
        desc = (p.full, role, head)
        expects: list[Expect]
        lead: tuple[str, ...]
        if shape == 0:
            text = (
                f"A {role} who has worked at {body} for thirty years said on {day} that {clause}.\n\n"
                f"{p.full}, {p.age}, told the {_pick(PAPERS36, k)}: {qs}"
            )
            lead = (*desc, f"{role} who has worked at {body} for thirty years")
            expects = [_that(text, clause, lead, ANY, person=False), _d(qs, p, ANY)]
        elif shape == 1:
            text = (
                f"The {person} who runs {body} says {clause}.\n\n{p.full}, {p.age}, took over in {year}. "
                f"{qc} {p.pronoun} said."
            )
            lead = (p.full, person, f"{person} who runs {body}")
            expects = [_i(clause, lead, ANY, person=False), _d(qc, p, ANY)]
        elif shape == 2:
            text = (
                f"A veteran {role} has warned that {clause}.\n\n{p.full}, who has worked at {body} since "
                f"{year}, said: {qs}"
            )
            lead = (*desc, f"veteran {role}")
            expects = [_that(text, clause, lead, ANY, person=False), _d(qs, p, ANY)]
        elif shape == 3:
            text = f"A {role} at {body} said on {day} that {clause}.\n\n{qc} said {p.full}, {p.age}."
            lead = (*desc, f"{role} at {body}")
            expects = [_that(text, clause, lead, ANY, person=False), _d(qc, p, ANY)]
        elif shape == 4:
            text = (
                f"One of the county's last {_plural(role)} says {clause}.\n\n{p.full}, {p.age}, learned "
                f"the trade at "
                f"{body}. {qc} {p.last} said."
            )
            lead = (*desc, f"one of the county's last {_plural(role)}", _plural(role))
            expects = [_i(clause, lead, ANY, person=False), _d(qc, p, ANY)]
        elif shape == 5:
            text = f"The head of {body} has said {clause}. In an interview, {p.full} said: {qs}"
            lead = (p.full, "head", f"head of {body}")
            expects = [_i(clause, lead, ANY, person=False), _d(qs, p, ANY)]
        elif shape == 6:
            paper = _pick(PAPERS36, k)
            text = f"A {p.age}-year-old {role} said on {day} that {clause}. {qc} {p.full} told the {paper}."
            lead = (*desc, f"{p.age}-year-old {role}")
            expects = [_that(text, clause, lead, ANY, person=False), _d(qc, p, ANY)]
        else:
            text = f"{_cap(clause)}, a {role} at {body} said on {day}.\n\n{p.full}, {p.age}, added: {qs}"
            lead = (*desc, f"{role} at {body}")
            expects = [_i(_cap(clause), lead, ANY, person=False), _d(qs, p, ANY)]
        yield Case("", f"ho36-lead-{shape}", text, expects)


# --- group 15: negative controls ----------------------------------------------------------------------------


def negative_controls() -> Iterator[Case]:
    """`NAME hummed "SONG" as she polished the bell at BODY.`, `The film "FILM" was shot at BODY, where NAME
    has worked since YEAR.`, `NAME, known to the crew as "NICK", has run BODY since YEAR.`, `NAME walked past
    the "SIGN" notice on the door of BODY.`, `The so-called "WORD" at BODY cost more than NAME earns in a
    decade.`, `NAME's favourite song is "SONG".`, `NAME sang "SONG" at the reopening of BODY.` and `NAME
    watched "FILM" twice on DAY.` (nobody speaks: a marked span may be found, with no speaker, never
    NAME)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho36-negative"):
        k = _k(PEOPLE36.index(p), shape, r)
        body = _body(r)
        year = YEARS36[k % 5]
        if shape == 0:
            marked = m.q(_pick(SONGS36, k))
            text = f"{p.full} hummed {marked} as {p.pronoun} swept the floor of {body}."
        elif shape == 1:
            marked = m.q(_pick(FILMS36, k))
            text = f"The film {marked} was shot at {body}, where {p.full} has worked since {year}."
        elif shape == 2:
            marked = m.q(_pick(NICKS36, k))
            text = f"{p.full}, known to the crew as {marked}, has run {body} since {year}."
        elif shape == 3:
            marked = m.q(_pick(SIGNS36, k))
            text = f"{p.full} walked past the {marked} notice on the door of {body}."
        elif shape == 4:
            marked = m.q(_pick(SCARE36, k))
            text = f"The so-called {marked} at {body} cost more than {p.full} earns in a decade."
        elif shape == 5:
            marked = m.q(_pick(SONGS36, k + 1))
            text = f"{_poss(p.full)} favourite song is {marked}."
        elif shape == 6:
            marked = m.q(_pick(SONGS36, k + 2))
            text = f"{p.full} sang {marked} at the reopening of {body}."
        else:
            marked = m.q(_pick(FILMS36, k + 1))
            text = f"{p.full} watched {marked} twice on {DAYS36[k % 7]}."
        yield Case(
            "", f"ho36-negative-{shape}", text, _tolerate(text, text), wrong_speakers=[(marked, p.full)]
        )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout36.{name}", group, description, unique_texts(gen))


HELD_OUT_36 = (
    _named("sports_reports", "1", '"Q," setter NAME told reporters after the match', sports_reports),
    _named("court_reporting", "2", "The court heard that C. NAME, prosecuting, said C2", court_reporting),
    _named("tributes", "3", 'Her daughter, NAME, said: "Q."; His widow said', tributes),
    _named("honorary_titles", "4", '"Q," said Canon NAME; Rabbi NAME ... the rabbi said', honorary_titles),
    _named(
        "earnings_calls",
        "5",
        "said on a call with analysts; wrote in a letter to shareholders",
        earnings_calls,
    ),
    _named("science_news", "6", '"Q," lead author NAME said in a news release', science_news),
    _named("social_posts", "7", '"Q," NAME posted on Friday; wrote on social media', social_posts),
    _named("parliament", "8", "NAME (Lab, SEAT) asked whether C; told MPs; the minister replied", parliament),
    _named("nested_quotes", "9", "\"When the foreman told me, 'I,' I laughed,\" said NAME", nested_quotes),
    _named(
        "editorial_insertions",
        "10",
        '"[The foundry] will not survive," NAME said; [sic]; ...',
        editorial_insertions,
    ),
    _named("distant_continuation", "11", '"Q1," said NAME.¶P¶P¶"Q2," she added.', distant_continuation),
    _named("two_speakers", "12", "A said C1, while B said C2; A and B both said C", two_speakers),
    _named("translated_quotes", "13", '"Q," NAME said through an interpreter', translated_quotes),
    _named("summary_leads", "14", "A ROLE who ... said on DAY that C.¶NAME, AGE, ...", summary_leads),
    _named("negative_controls", "15", "songs, films, nicknames, signs, scare words", negative_controls),
)
