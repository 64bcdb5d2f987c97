"""Thirty-first held-out round: capabilities written at commit ``97765f3`` by a helper (``hcap37``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout31data.py``: thirty invented people of Karen, Shan, Cham,
Mixtec, Ladin, Kashubian, Chukchi, Rotuman, Marquesan, Yupik, Mohawk, Hopi, Miskito, Kaqchikel and Venda
origin, each with a phrase that states the gender, a nickname or short form and a relative of the other
gender who shares the surname; straight, curly, British single marks, guillemets and German low-high marks,
each with the pair a quotation inside it takes; open-class cue verbs no common lexicon lists (`snorted`,
`gulps`, `stammered`, `grates`...) and hedged verbs (`conceded`, `surmised`, `contended`...); roles with their
bodies and parent bodies in truffle hunting, neon signs, cooperage, bat conservation, a butterfly house, a
sake brewery, pearl diving, sign painting, ice sculpture, chimney sweeping, sponge diving, hot spring baths,
bonsai growing, violin making, locksmiths and dry-stone walling) with phrasings a careful news editor keys
one way only:

1. a question put by the reporter, then the answer (`Asked whether C, NAME said: "Q."`, `Pressed on TOPIC,
   NAME, ROLE at BODY, said only that C.`, `When asked about TOPIC, NAME replied, "Q."`, `NAME ... was asked
   on DAY whether C. "Q," she said.`, `"QUESTION?" a reporter asked. "Q," NAME answered.`): the answer is
   NAME's, the question never NAME's report;
2. nicknames and short forms (`GIVEN "NICK" SURNAME ... NICK said`, `known to everyone as NICK`) and an
   honorific with the surname (`Ms. SURNAME`, `Mr SURNAME`, `Dr. SURNAME`) while a relative of the other
   gender with the same surname is in the story: the full name of the person the honorific fits;
3. long post-name titles with chains of bodies (`NAME, ROLE at BODY, a unit of PARENT, said`, `which is
   owned by PARENT`, `head of operations at BODY, a subsidiary of PARENT`, `who is ROLE at BODY, a member of
   PARENT`, `the KIND's ROLE and a board member of PARENT`);
4. reports inside subordinate clauses (`because, as NAME said, C.`, `After NAME told reporters that C, the
   vote was delayed.`, `When NAME said C, the room went quiet.`, `Few were surprised when NAME said C.`):
   only the report, ending where its clause ends;
5. time, place and manner adjuncts between name and cue (`NAME on DAY said`, `NAME, speaking at BODY on DAY,
   said`, `NAME said DAY in an interview with PAPER that`, `NAME late on DAY said`, `told PAPER by phone from
   TOWN on DAY that`): the place one speaks at is no title;
6. a quotation that quotes someone else inside it (`"My mother looked at me and said, 'INNER,' so I did,"
   NAME said.`, `"When the inspector said 'INNER', we all laughed," recalled NAME.`): the outer quotation,
   whole, is NAME's; the inner words are never NAME's own quotation;
7. a woman and a man in turns over four to six paragraphs, named at the first turn (with a gender note and a
   role) and then credited by pronouns only, with narrative sentences between turns;
8. organisations as speakers with pronoun follow-ups (`BODY said C. It added that C2.`, `BODY's board said
   in a statement ... "Q," it said.`, `The trustees of BODY said C. They said C2.`, `BODY opened in 1987. The
   KIND said ...`, `Members of BODY voted on DAY. They said C.`);
9. scare quotes and titles of works (`the so-called "quiet zone"`, `the album "Cold Iron Songs"`) in the
   sentence or paragraph of a real mixed quotation (`NAME said the new rice was "too soft to polish
   properly".`);
10. titles with hyphens, ordinals and prefixes (`second-term councillor for TOWN`, `co-owner`, `vice-chair`,
    `ex-president`, `acting deputy director`, `former two-time regional champion`, `third-generation ROLE`,
    `non-executive director`, `semi-retired ROLE`, `newly re-elected treasurer`) after the name, before it
    (`Vice-chair NAME said`) and after a body's possessive;
11. credits with manner adverbs, participles and follow-ons (`"Q," NAME said quietly.`, `"Q," said NAME,
    smiling.`, `"Q," NAME said, before adding: "Q2."`, `"Q," NAME said, then paused. "Q2."`, `laughing, as
    she locked the door`, open-class verbs after and before the name);
12. one sentence with two speakers (`A said C1, while B said C2.`, `"Q1," A said, but B disagreed: "Q2."`,
    `A ... said C1; B ... said C2.`, `While A insisted that C1, B said C2.`, `A said C1, and B added that
    C2.`);
13. hedged and reported-belief frames (`insisted`, `conceded`, `acknowledged`, `predicted`, `maintained`,
    `admitted`, `contended`, `allowed`, `cautioned`, `reckoned`, `surmised`, `countered`; with and without
    *that*, fronted, `has repeatedly`, `would later`, `reluctantly`);
14. speakers introduced after a colon list (`Three residents spoke at the meeting on DAY:` then one
    paragraph per person `NAME, a ROLE: "Q."`, `- NAME, ROLE at BODY: "Q."`, `• NAME (ROLE, BODY): "Q."`,
    `NAME, ROLE, on TOPIC: "Q."`, `NAME (ROLE at BODY): "Q."`);
15. quotations broken by a long credit in the middle (`"Q1," NAME, who ..., said on Friday at the annual
    meeting of BODY, "q2."`, `... since 2004 and before that a volunteer for ten years, "q2."`, `..., a unit
    of PARENT, said on DAY, "q2."`): one speaker for both parts.

When a key is uncertain the case asserts less: a report with or without its *that*; a quotation interrupted
by its credit as one quotation of two parts or as two; a person written with a nickname as the full name,
as written, or `NICK SURNAME`; `Dr. NAME` with or without the `Dr.`; a body's board or trustees as the
phrase or the body; a reporter's `whether` question found without a speaker is tolerated; an inner
quotation found on its own is tolerated without a speaker or with a speaker other than the outer one; a
reporter's direct question is `a reporter`'s. Stated genders and roles are keyed: a gender note (`a mother
of twins`) is no title, and a role stated in a narrative sentence is the person's title when they speak.

Run once at 97765f3 (``capreport.py --heldout heldout31.NAME ...``: 3,051 of 3,921, .778). The failures
were then read for template and key bugs only, and three were fixed: (a) `"Q1," NAME said. "Q2."` and `"Q1,"
NAME said, then paused. "Q2."` / `before adding: "Q2."` demanded two quotations, but one quotation of two
parts is the documented segmentation: both are accepted now (`nested_inner` 2, `manner_credits` 2 and 3);
(b) `Asked by PAPER whether C, NAME said C2.` forbade crediting the question to PAPER, a defensible reading
of a reported question with a named asker: the question is tolerated without a speaker or as PAPER's
(`asked_answer` 3); (c) the title filler `former two-time national HEAD champion` made nonsense
(`national officer champion`): now `former two-time regional champion` (`prefixed_titles`): **3,189
(.813)**. These keys stand: `NICK said` is the full name; `When asked about TOPIC, NAME replied` and
`Three volunteers described the season on DAY:` report nothing (no speakerless tolerance there); `NAME, a
mother of twins, ROLE at BODY` has the role, not the note, as title, and so does a person whose role is
stated in a narrative sentence (`B, NOTE, ROLE at BODY, was not convinced. "Q," he said.`): every
`dialogue_turns` failure but two is such a title alone (the speakers of the turns are right; in the two
others `she`/`he` goes to `Sallowfield Hot Spring Baths`, named in the other person's title).

| capability | group | cases | first run | key fixed |
|---|---|---|---|---|
| `heldout31.asked_answer` | 1 | 259 | 0.718 | 0.861 |
| `heldout31.nicknames_honorifics` | 2 | 265 | 0.543 | 0.543 |
| `heldout31.title_chains` | 3 | 261 | 0.762 | 0.762 |
| `heldout31.subordinate_reports` | 4 | 255 | 0.847 | 0.847 |
| `heldout31.adjuncts_between` | 5 | 261 | 0.843 | 0.843 |
| `heldout31.nested_inner` | 6 | 264 | 0.795 | 0.992 |
| `heldout31.dialogue_turns` | 7 | 260 | 0.008 | 0.008 |
| `heldout31.body_pronouns` | 8 | 253 | 0.960 | 0.960 |
| `heldout31.scare_and_works` | 9 | 265 | 0.932 | 0.932 |
| `heldout31.prefixed_titles` | 10 | 265 | 0.823 | 0.887 |
| `heldout31.manner_credits` | 11 | 265 | 0.875 | 0.996 |
| `heldout31.two_speakers` | 12 | 258 | 0.973 | 0.973 |
| `heldout31.hedged_frames` | 13 | 265 | 0.955 | 0.955 |
| `heldout31.colon_lists` | 14 | 260 | 0.677 | 0.677 |
| `heldout31.long_mid_credit` | 15 | 265 | 0.958 | 0.958 |
| **heldout31** (all 15) | | 3,921 | 0.778 (3,051) | 0.813 (3,189) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout31data import (
    ADVERBS31,
    ALL_MARKS31,
    ALL_Q31,
    COUNTS31,
    DAYS31,
    FILLERS31,
    GROUPS31,
    HEDGED31,
    INNER31,
    INNER_SPEAKERS31,
    INVERSE_KIN31,
    LONG31,
    NARRATIVE31,
    OPEN_VERBS31,
    PAPERS31,
    PEOPLE31,
    ROLES31,
    SCARE31,
    SPLIT_Q31,
    TITLES31,
    TOWNS31,
    WORKS31,
    Mark31,
    Person31,
)

from quotex import Quote, extract_quotes


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts`` (two stated posts, either printed)."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: Sequence[str], k: int) -> str:
    return pool[k % len(pool)]


def _opposite(p: Person31, step: int) -> Person31:
    pool = tuple(q for q in PEOPLE31 if q.gender != p.gender)
    return pool[step % len(pool)]


def _other(p: Person31, step: int) -> Person31:
    """Another person of either gender."""
    pool = tuple(q for q in PEOPLE31 if q != p)
    return pool[step % len(pool)]


def _names(p: Person31 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person31) else p


def _d(content: str, p: Person31 | NameSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    return Expect(content, "direct", _names(p), title, "person", occurrence=occurrence)


def _i(content: str, p: Person31 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body or a group when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _quotes(text: str) -> list[Quote]:
    return extract_quotes(text)


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start + len(first)) + len(last)]


def _found(text: str, content: str) -> bool:
    """Whether quotex found a quotation at exactly *content*'s first occurrence."""
    start = text.index(content)
    return any((q.start, q.end) == (start, start + len(content)) for q in _quotes(text))


def _one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first
    when it found none of them."""
    contents = tuple(c for c in contents if c in text)
    for content in contents:
        if _found(text, content):
            return content
    return contents[0]


def _that(
    text: str, clause: str, p: Person31 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _two_parts(text: str, p: Person31, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """A quotation interrupted by its credit: one quotation of two parts or two quotations, whichever quotex
    found (both are right), every piece *p*'s."""
    whole = _span(text, q1, q2)
    if _found(text, whole):
        return [Expect(whole, "direct", (p.full,), title, "person", parts=(q1, q2))]
    return [_d(q1, p, title), _d(q2, p)]


def _silent(text: str, region: str) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* without a speaker: tolerated (marked words that
    are no quotation, a reporter's question), so that only a speaker given to them fails."""
    start = text.index(region)
    end = start + len(region)
    expects: list[Expect] = []
    for q in _quotes(text):
        if start <= q.start and q.end <= end and q.speaker is None:
            content = text[q.start : q.end]
            occurrence, pos = 0, -1
            while True:
                pos = text.find(content, pos + 1)
                if pos < 0 or pos > q.start:
                    break
                occurrence += 1
            expects.append(Expect(content, q.kind.value, None, occurrence=max(occurrence, 1)))
    return expects


def _asker(text: str, region: str, names: tuple[str, ...]) -> list[Expect]:
    """A question put by a named asker (`Asked by PAPER whether C, NAME said`): no report is needed there;
    one quotex found is tolerated without a speaker or as the asker's (key fix after the first run)."""
    expects = _silent(text, region)
    start = text.index(region)
    end = start + len(region)
    for q in _quotes(text):
        if start <= q.start and q.end <= end and q.speaker is not None:
            expects.append(Expect(text[q.start : q.end], q.kind.value, names))
    return expects


def _inner(text: str, content: str, outer: Person31) -> list[Expect]:
    """An inner quotation (words another person said, quoted by *outer*): no quotation of its own is
    needed; one found exactly there is tolerated with no speaker or a speaker other than *outer*."""
    start = text.index(content)
    for q in _quotes(text):
        if (q.start, q.end) == (start, start + len(content)):
            if q.speaker is not None and q.speaker.name.lower() != outer.full.lower():
                return [Expect(content, q.kind.value, q.speaker.name)]
            return [Expect(content, q.kind.value, None)]
    return []


def _a(phrase: str) -> str:
    """*phrase* after its indefinite article."""
    return f"an {phrase}" if phrase[:1] in "aeiou" else f"a {phrase}"


def _role(r: int) -> str:
    return ROLES31[r].role


def _body(r: int) -> str:
    return ROLES31[r].body


def _core(r: int) -> str:
    return ROLES31[r].body.removeprefix("the ")


def _head(r: int) -> str:
    return ROLES31[r].head


def _after(r: int) -> str:
    """`head cooper at the Brackenridge Cooperage`."""
    return f"{ROLES31[r].role} at {ROLES31[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES31[r].quotes[k % len(ROLES31[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES31[r].clauses[k % len(ROLES31[r].clauses)]


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES31) - 1)) % len(ROLES31)


def _combos(shapes: int) -> Iterator[tuple[Person31, int, Mark31, int]]:
    return itertools.product(PEOPLE31, range(shapes), ALL_MARKS31, range(len(ROLES31)))


# --- group 1: a question put by the reporter, then the answer -----------------------------------------------


def asked_answer() -> Iterator[Case]:
    """`Asked whether C?, NAME said: "Q."`, `Pressed on TOPIC, NAME, ROLE at BODY, said only that C.`, `When
    asked about TOPIC, NAME replied, "Q."`, `Asked by PAPER whether C?, NAME said C.`, `NAME, ROLE at BODY,
    was asked on DAY whether C?. "Q," she said.`, `"QUESTION?" a reporter asked. "Q," NAME answered.`, `Asked
    if C?, NAME paused before answering: "Q."` and `NAME was asked about TOPIC. She said C.` (the answer is
    NAME's; the question is the reporter's, never NAME's report)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho31-asked"):
        k = _k(PEOPLE31.index(p), shape, r)
        role = ROLES31[r]
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q31, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        day = DAYS31[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = [(role.ask, p.full)]
        if shape == 0:
            asked = f"Asked whether {role.ask},"
            text = f"{asked} {p.full} said: {qs}"
            expects = [*_silent(text, asked), _d(qs, p, None)]
        elif shape == 1:
            text = f"Pressed on {role.topic}, {p.full}, {_after(r)}, said only that {clause}."
            expects, wrong = [_that(text, clause, p, title)], []
        elif shape == 2:
            text = f"When asked about {role.topic}, {p.full} replied, {qs}"
            expects, wrong = [_d(qs, p, None)], []
        elif shape == 3:
            paper = _pick(PAPERS31, k)
            asked = f"Asked by {paper} whether {role.ask},"
            text = f"{asked} {p.full} said {clause}."
            expects = [*_asker(text, asked, (paper, paper.removeprefix("the "))), _i(clause, p, None)]
        elif shape == 4:
            asked = f"{p.full}, {_after(r)}, was asked on {day} whether {role.ask}."
            text = f"{asked} {qc} {p.pronoun} said."
            expects = [*_silent(text, asked), _d(qc, p, title)]
        elif shape == 5:
            rq = m.q(role.question)
            text = f"{rq} a reporter asked. {qc} {p.full} answered."
            expects = [Expect(rq, "direct", ("a reporter", "reporter")), _d(qc, p, None)]
            wrong = [(rq, p.full)]
        elif shape == 6:
            asked = f"Asked if {role.ask},"
            text = f"{asked} {p.full} paused before answering: {qs}"
            expects = [*_silent(text, asked), _d(qs, p, None)]
        else:
            text = f"{p.full} was asked about {role.topic}. {_cap(p.pronoun)} said {clause}."
            expects, wrong = [_i(clause, p, None)], []
        yield Case("", f"ho31-asked-{shape}", text, expects, wrong_speakers=wrong)


# --- group 2: nicknames and short forms; honorifics beside a relative of the same surname -------------------


def _nicknamed(p: Person31, m: Mark31) -> tuple[str, ...]:
    """The accepted names of a person written `GIVEN "NICK" SURNAME`: the full name, or as written."""
    return (p.full, f"{p.given} {m.q(p.nick)} {p.last}", f"{p.nick} {p.last}")


def nicknames_honorifics() -> Iterator[Case]:
    """`GIVEN "NICK" SURNAME, ROLE at BODY, has run the KIND for years. "Q," NICK said.`, `GIVEN "NICK"
    SURNAME, NOTE, said C. "Q," NICK added.`, `NAME, ROLE at BODY, works alongside her brother, KIN
    SURNAME. "Q," Ms. SURNAME said.` (hers; `Mr. SURNAME`: his), `Dr. NAME, ROLE at BODY, runs it with her
    husband, KIN SURNAME. "Q," Dr. SURNAME said.`, `KIN SURNAME, ROLE2 at BODY2, said C. His sister, NAME,
    disagreed. "Q," Ms. SURNAME said.` and `NAME, known to everyone as NICK, said C. "Q," NICK said.` (the
    nickname is no quotation; the honorific picks the person of its gender)."""
    for p, shape, m, r in sample(_combos(7), 265, "ho31-nick"):
        k = _k(PEOPLE31.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q31, k)
        qc = m.q(quote + ",")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        nk = m.q(p.nick)
        hon = p.hon if k % 2 else p.hon.rstrip(".")
        kin_hon = p.kin_hon if k % 2 else p.kin_hon.rstrip(".")
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            lead = f"{p.given} {nk} {p.last}, {_after(r)}, has run {ROLES31[r].kind} for years."
            text = f"{lead} {qc} {p.nick} said."
            expects = [*_silent(text, lead), _d(qc, _nicknamed(p, m), title)]
            wrong = [(nk, p.full)]
        elif shape == 1:
            text = f"{p.given} {nk} {p.last}, {p.note}, said {clause}. {qc} {p.nick} added."
            names = _nicknamed(p, m)
            expects = [*_silent(text, nk), _i(clause, names, None), _d(qc, names, None)]
            wrong = [(nk, p.full)]
        elif shape == 2:
            lead = f"{p.full}, {_after(r)}, works alongside {p.poss} {p.kin_rel}, {p.kin_full}."
            text = f"{lead} {qc} {hon} {p.last} said."
            expects, wrong = [_d(qc, p, title)], [(qc, p.kin_full)]
        elif shape == 3:
            lead = f"{p.full}, {_after(r)}, works alongside {p.poss} {p.kin_rel}, {p.kin_full}."
            text = f"{lead} {qc} {kin_hon} {p.last} said."
            expects, wrong = [_d(qc, (p.kin_full,), ANY)], [(qc, p.full)]
        elif shape == 4:
            lead = f"Dr. {p.full}, {_after(r)}, runs it with {p.poss} {p.kin_rel}, {p.kin_full}."
            text = f"{lead} {qc} Dr. {p.last} said."
            expects, wrong = [_d(qc, (p.full, f"Dr. {p.full}"), title)], [(qc, p.kin_full)]
        elif shape == 5:
            ro = _other_role(r, k)
            oclause = _role_c(ro, k + 1)
            rel = INVERSE_KIN31[p.kin_rel]
            kin_poss = "his" if p.gender == "f" else "her"
            text = (
                f"{p.kin_full}, {_after(ro)}, said {oclause}. {_cap(kin_poss)} {rel}, {p.full}, disagreed. "
                f"{qc} {hon} {p.last} said."
            )
            expects = [_i(oclause, (p.kin_full,), Contains(_head(ro))), _d(qc, p, ANY)]
            wrong = [(qc, p.kin_full), (oclause, p.full)]
        else:
            text = f"{p.full}, known to everyone as {p.nick}, said {clause}. {qc} {p.nick} said."
            expects = [_i(clause, p, None), _d(qc, p, None)]
        yield Case("", f"ho31-nick-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: long post-name titles with chains of bodies ---------------------------------------------------


def title_chains() -> Iterator[Case]:
    """`NAME, ROLE at BODY, a unit of PARENT, said C.`, `"Q," said NAME, ROLE at BODY, which is owned by
    PARENT.`, `NAME, head of operations at BODY, a subsidiary of PARENT, told PAPER that C.`, `NAME, deputy
    ROLE at BODY, part of PARENT, said on DAY: "Q."`, `"Q," NAME, ROLE at BODY, a division of PARENT, said in
    an interview.`, `NAME, who is ROLE at BODY, a member of PARENT, said C.` and `NAME, the KIND's ROLE and a
    board member of PARENT, said: "Q."` (the person speaks with the role; the bodies never speak)."""
    for p, shape, m, r in sample(_combos(7), 265, "ho31-chains"):
        k = _k(PEOPLE31.index(p), shape, r)
        role = ROLES31[r]
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"{p.full}, {_after(r)}, a unit of {role.parent}, said {clause}."
            expect = _i(clause, p, title)
        elif shape == 1:
            text, expect = (
                f"{qc} said {p.full}, {_after(r)}, which is owned by {role.parent}.",
                _d(qc, p, title),
            )
        elif shape == 2:
            text = (
                f"{p.full}, head of operations at {role.body}, a subsidiary of {role.parent}, told "
                f"{_pick(PAPERS31, k)} that {clause}."
            )
            expect = _that(text, clause, p, Contains("head of operations"))
        elif shape == 3:
            text = f"{p.full}, deputy {_after(r)}, part of {role.parent}, said on {DAYS31[k % 7]}: {qs}"
            expect = _d(qs, p, Contains(("deputy", _head(r))))
        elif shape == 4:
            text = f"{qc} {p.full}, {_after(r)}, a division of {role.parent}, said in an interview."
            expect = _d(qc, p, title)
        elif shape == 5:
            text = f"{p.full}, who is {_after(r)}, a member of {role.parent}, said {clause}."
            expect = _i(clause, p, title)
        else:
            text = f"{p.full}, {_poss(role.kind)} {role.role} and a board member of {role.parent}, said: {qs}"
            expect = _d(qs, p, EitherOf((_head(r), "board member")))
        wrong = [(clause, role.parent)] if clause in text else []
        yield Case("", f"ho31-chains-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 4: reports inside subordinate clauses ------------------------------------------------------------


def subordinate_reports() -> Iterator[Case]:
    """`The vote was delayed because, as NAME said, C.`, `After NAME told reporters that C, the vote was
    delayed.`, `When NAME, ROLE at BODY, said C, the room went quiet.`, `The board met again on DAY, although
    NAME had said C.`, `Since NAME announced that C, bookings have doubled.`, `The plan was shelved once NAME,
    ROLE, warned that C.`, `Few were surprised when NAME said C.` and `Although NAME said C, the council
    pressed ahead.` (only the report is keyed, ending where its clause ends)."""
    for p, shape, _m, r in sample(_combos(8), 265, "ho31-subord"):
        k = _k(PEOPLE31.index(p), shape, r)
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"The vote was delayed because, as {p.full} said, {clause}."
            expect = _i(clause, p, None)
        elif shape == 1:
            text = f"After {p.full} told reporters that {clause}, the vote was delayed."
            expect = _that(text, clause, p, None)
        elif shape == 2:
            text = f"When {p.full}, {_after(r)}, said {clause}, the room went quiet."
            expect = _i(clause, p, title)
        elif shape == 3:
            text = f"The board met again on {DAYS31[k % 7]}, although {p.full} had said {clause}."
            expect = _i(clause, p, None)
        elif shape == 4:
            text = f"Since {p.full} announced that {clause}, bookings have doubled."
            expect = _that(text, clause, p, None)
        elif shape == 5:
            text = f"The plan was shelved once {p.full}, {_role(r)}, warned that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 6:
            text = f"Few were surprised when {p.full} said {clause}."
            expect = _i(clause, p, None)
        else:
            text = f"Although {p.full} said {clause}, the council pressed ahead."
            expect = _i(clause, p, None)
        yield Case("", f"ho31-subord-{shape}", text, [expect])


# --- group 5: time, place and manner adjuncts between name and cue ------------------------------------------


def adjuncts_between() -> Iterator[Case]:
    """`NAME on DAY said C.`, `NAME, speaking at BODY on DAY, said C.`, `NAME said DAY in an interview with
    PAPER that C.`, `NAME, ROLE at BODY, told PAPER by phone from TOWN on DAY that C.`, `"Q," NAME said on DAY
    at BODY.`, `NAME, in a speech to members on DAY, said: "Q."`, `NAME late on DAY said C.` and `NAME, ROLE,
    said in a radio interview last week that C.` (the place where one speaks is no title)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho31-adjunct"):
        k = _k(PEOPLE31.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q31, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        day = DAYS31[k % 7]
        paper = _pick(PAPERS31, k)
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full} on {day} said {clause}.", _i(clause, p, None)
        elif shape == 1:
            text = f"{p.full}, speaking at {_body(r)} on {day}, said {clause}."
            expect = _i(clause, p, None)
        elif shape == 2:
            text = f"{p.full} said {day} in an interview with {paper} that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 3:
            town = _pick(TOWNS31, k)
            text = f"{p.full}, {_after(r)}, told {paper} by phone from {town} on {day} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 4:
            text, expect = f"{qc} {p.full} said on {day} at {_body(r)}.", _d(qc, p, None)
        elif shape == 5:
            text, expect = f"{p.full}, in a speech to members on {day}, said: {qs}", _d(qs, p, None)
        elif shape == 6:
            text, expect = f"{p.full} late on {day} said {clause}.", _i(clause, p, None)
        else:
            text = f"{p.full}, {_role(r)}, said in a radio interview last week that {clause}."
            expect = _that(text, clause, p, title)
        yield Case("", f"ho31-adjunct-{shape}", text, [expect])


# --- group 6: a quotation that quotes someone else inside it ------------------------------------------------


def nested_inner() -> Iterator[Case]:
    """`"My mother looked at me and said, 'INNER,' so I did," NAME said.`, `NAME, ROLE at BODY, said: "My
    grandfather used to say 'INNER', and it was true."`, `"Q," NAME said. "He told me, 'INNER,' and walked
    out."` (one quotation of two parts, or two: key fix after the first run), `"When the inspector said
    'INNER', we all laughed," recalled NAME, ROLE.`, `"Every morning he would shout 'INNER' across the yard,"
    NAME said of her father.` and `NAME, ROLE at BODY, remembered the day the letter came. "It said 'INNER'
    and nothing else," she said.` (the outer quotation is NAME's, whole; the inner words are never NAME's
    own quotation)."""
    for p, shape, m, r in sample(_combos(6), 265, "ho31-nested"):
        k = _k(PEOPLE31.index(p), shape, r)
        inner = _pick(INNER31, k)
        ic, ip = m.iq(inner + ","), m.iq(inner)
        title = Contains(_head(r))
        who = _pick(INNER_SPEAKERS31, k)
        expects: list[Expect]
        if shape == 0:
            outer = m.q(f"My {who} looked at me and said, {ic} so I did,")
            text, inner_span = f"{outer} {p.full} said.", ic
            expects = [_d(outer, p, None)]
        elif shape == 1:
            outer = m.q(f"My {who} used to say {ip}, and it was true.")
            text, inner_span = f"{p.full}, {_after(r)}, said: {outer}", ip
            expects = [_d(outer, p, title)]
        elif shape == 2:
            first = m.q(_role_q(r, k) + ",")
            outer = m.q(f"He told me, {ic} and walked out.")
            text, inner_span = f"{first} {p.full} said. {outer}", ic
            expects = _two_parts(text, p, first, outer, None)
        elif shape == 3:
            outer = m.q(f"When the inspector said {ip}, we all laughed,")
            text, inner_span = f"{outer} recalled {p.full}, {_role(r)}.", ip
            expects = [_d(outer, p, title)]
        elif shape == 4:
            outer = m.q(f"Every morning he would shout {ip} across the yard,")
            text, inner_span = f"{outer} {p.full} said of {p.poss} father.", ip
            expects = [_d(outer, p, None)]
        else:
            outer = m.q(f"It said {ip} and nothing else,")
            lead = f"{p.full}, {_after(r)}, remembered the day the letter came."
            text, inner_span = f"{lead} {outer} {p.pronoun} said.", ip
            expects = [_d(outer, p, title)]
        yield Case("", f"ho31-nested-{shape}", text, [*expects, *_inner(text, inner_span, p)])


# --- group 7: two-person dialogue over four to six paragraphs -----------------------------------------------


def _narr(p: Person31, k: int) -> str:
    return _pick(NARRATIVE31, k).format(S=_cap(p.pronoun), P=p.poss)


def dialogue_turns() -> Iterator[Case]:
    """A woman and a man (genders stated) in turns over four to six paragraphs, each named at the first turn
    and then credited by a pronoun only, with narrative sentences between turns (`She poured two cups of
    tea.`, `Outside, the rain had started again.`): `"Q1," said A, NOTE, ROLE at BODY.¶B, NOTE, ROLE2 at
    BODY2, was not convinced. "Q2," he said.¶She NARR. "Q3," she said.¶"Q4," he replied.` and longer shapes
    with a paragraph of narrative only and pronouns before a colon (each turn to the pronoun's person)."""
    for a, shape, m, r in sample(_combos(4), 260, "ho31-dialogue"):
        k = _k(PEOPLE31.index(a), shape, r)
        b = _opposite(a, k)
        rb = _other_role(r, k)
        qs_ = [_pick(ALL_Q31, k + i) for i in range(3)] + [_role_q(r, k), _role_q(rb, k + 1)]
        qc = [m.q(q + ",") for q in qs_]
        qd = [m.q(q + ".") for q in qs_]
        title_a, title_b = Contains(_head(r)), Contains(_head(rb))
        intro_a = f"{a.full}, {a.note}, {_after(r)}"
        intro_b = f"{b.full}, {b.note}, {_after(rb)}"
        expects: list[Expect]
        if shape == 0:
            paras = [
                f"{qc[0]} said {intro_a}.",
                f"{intro_b}, was not convinced. {qc[1]} {b.pronoun} said.",
                f"{_narr(a, k)} {qc[2]} {a.pronoun} said.",
                f"{qc[3]} {b.pronoun} replied.",
            ]
            who = [a, b, a, b]
        elif shape == 1:
            paras = [
                f"{intro_a}, and {intro_b}, met on {DAYS31[k % 7]} to go through the accounts.",
                f"{qc[0]} {a.hon} {a.last} said.",
                f"{_narr(b, k)} {qc[1]} {b.pronoun} said.",
                f"{qc[2]} {a.pronoun} said.",
                f"{_pick(FILLERS31, k)} {qc[3]} {b.pronoun} said quietly.",
            ]
            who = [a, b, a, b]
        elif shape == 2:
            paras = [
                f"{qc[0]} said {intro_a}.",
                f"{qc[1]} said {intro_b}.",
                f"{_cap(a.pronoun)} shook {a.poss} head: {qd[2]}",
                f"{qc[3]} {b.pronoun} said.",
                _pick(FILLERS31, k),
                f"{qc[4]} {a.pronoun} said when the call was over.",
            ]
            who = [a, b, a, b, a]
        else:
            paras = [
                f"{intro_b}, sat across the table from {intro_a}.",
                f"{qc[0]} {b.hon} {b.last} said.",
                f"{_narr(a, k)} {_cap(a.pronoun)} said: {qd[1]}",
                f"{qc[2]} {b.pronoun} said.",
                f"{_narr(a, k + 1)} {qc[3]} {a.pronoun} said.",
            ]
            who = [b, a, b, a]
        text = "\n\n".join(paras)
        contents = [q for q in (*qc, *qd) if q in text]
        contents.sort(key=text.index)
        expects = []
        wrong: list[tuple[str, str]] = []
        for i, (content, person) in enumerate(zip(contents, who, strict=True)):
            other = b if person == a else a
            title = (title_a if person == a else title_b) if i < 2 else ANY
            expects.append(_d(content, person, title))
            wrong.append((content, other.full))
        yield Case("", f"ho31-dialogue-{shape}", text, expects, wrong_speakers=wrong)


# --- group 8: organisations as speakers, with pronoun follow-ups --------------------------------------------


def body_pronouns() -> Iterator[Case]:
    """`BODY said C. It added that C2.`, `BODY's board said in a statement on DAY that C. "Q," it said.`, `The
    trustees of BODY said C. They said C2.`, `In a statement on DAY, BODY said: "Q."`, `BODY, founded in 1974,
    said on DAY that C. It said C2.`, `"Q," BODY said in a post on its website.`, `BODY opened in 1987. The
    KIND said on DAY that C.` and `Members of BODY voted on DAY. They said C.` (the body, or its board or
    members as written, speaks; *it* and *they* are the body or group)."""
    combos = itertools.product(range(len(ROLES31)), range(8), ALL_MARKS31, range(3))
    for r, shape, m, v in sample(combos, 360, "ho31-bodies"):
        k = _k(r, shape, v)
        body, core, kind = _body(r), _core(r), ROLES31[r].kind
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        day = DAYS31[k % 7]
        names: tuple[str, ...] = (body, core)
        expects: list[Expect]
        if shape == 0:
            text = f"{_cap(body)} said {c1}. It added that {c2}."
            expects = [_i(c1, names, person=False), _that(text, c2, names, person=False)]
        elif shape == 1:
            board = f"{_poss(body)} board"
            names = (board, f"{_poss(core)} board", "board", body, core)
            text = f"{_cap(board)} said in a statement on {day} that {c1}. {qc} it said."
            expects = [_that(text, c1, names, person=False), Expect(qc, "direct", names)]
        elif shape == 2:
            names = (f"trustees of {body}", f"trustees of {core}", "trustees", body, core)
            text = f"The trustees of {body} said {c1}. They said {c2}."
            expects = [_i(c1, names, person=False), _i(c2, names, person=False)]
        elif shape == 3:
            text = f"In a statement on {day}, {body} said: {qs}"
            expects = [Expect(qs, "direct", names)]
        elif shape == 4:
            text = f"{_cap(body)}, founded in 1974, said on {day} that {c1}. It said {c2}."
            expects = [_that(text, c1, names, person=False), _i(c2, names, person=False)]
        elif shape == 5:
            text = f"{qc} {body} said in a post on its website."
            expects = [Expect(qc, "direct", names)]
        elif shape == 6:
            names = (body, core, kind)
            text = f"{_cap(body)} opened in 1987. {_cap(kind)} said on {day} that {c1}."
            expects = [_that(text, c1, names, person=False)]
        else:
            names = (f"members of {body}", f"members of {core}", "members", body, core)
            text = f"Members of {body} voted on {day}. They said {c1}."
            expects = [_i(c1, names, person=False)]
        yield Case("", f"ho31-bodies-{shape}", text, expects)


# --- group 9: scare quotes and titles of works beside a real mixed quotation --------------------------------


def scare_and_works() -> Iterator[Case]:
    """`The yard is now the so-called "quiet zone". NAME said C "FRAGMENT".`, `NAME, whose work features in
    WORK "TITLE", said C "FRAGMENT".`, `The so-called "X" has been empty since May, and NAME said C
    "FRAGMENT".`, `NAME said C "FRAGMENT", a phrase borrowed from WORK "TITLE".`, `In what staff call the "X",
    NAME, ROLE, said C "FRAGMENT".` and `NAME, who appears in WORK "TITLE", said on DAY that C "FRAGMENT".`
    (the report with its fragment is NAME's, mixed; the marked name or term is no quotation)."""
    for p, shape, m, r in sample(_combos(6), 265, "ho31-scare"):
        k = _k(PEOPLE31.index(p), shape, r)
        start, frag = ROLES31[r].fragment
        mixed = f"{start} {m.q(frag)}"
        before, word = SCARE31[k % len(SCARE31)]
        frame, work = WORKS31[k % len(WORKS31)]
        scare, titled = m.q(word), m.q(work)
        title = Contains(_head(r))
        marked: str
        expect: Expect
        if shape == 0:
            marked = scare
            text = f"The yard is now {before} {scare}. {p.full} said {mixed}."
            expect = Expect(mixed, "mixed", (p.full,), None, "person")
        elif shape == 1:
            marked = titled
            text = f"{p.full}, whose work features in {frame} {titled}, said {mixed}."
            expect = Expect(mixed, "mixed", (p.full,), ANY, "person")
        elif shape == 2:
            marked = scare
            text = f"{_cap(before)} {scare} has been empty since May, and {p.full} said {mixed}."
            expect = Expect(mixed, "mixed", (p.full,), None, "person")
        elif shape == 3:
            marked = titled
            text = f"{p.full} said {mixed}, a phrase borrowed from {frame} {titled}."
            expect = Expect(mixed, "mixed", (p.full,), None, "person")
        elif shape == 4:
            marked = scare
            text = f"In {before} {scare}, {p.full}, {_role(r)}, said {mixed}."
            expect = Expect(mixed, "mixed", (p.full,), title, "person")
        else:
            marked = titled
            text = f"{p.full}, who appears in {frame} {titled}, said on {DAYS31[k % 7]} that {mixed}."
            content = _one_of(text, (f"that {mixed}", mixed))
            expect = Expect(content, "mixed", (p.full,), ANY, "person")
        yield Case(
            "",
            f"ho31-scare-{shape}",
            text,
            [expect, *_silent(text, marked)],
            wrong_speakers=[(marked, p.full)],
        )


# --- group 10: titles with hyphens, ordinals and prefixes ---------------------------------------------------


def prefixed_titles() -> Iterator[Case]:
    """`NAME, TITLE, said C.` (`second-term councillor for TOWN`, `co-owner of BODY`, `vice-chair of BODY`,
    `ex-president of BODY`, `acting deputy director of BODY`, `former two-time national HEAD champion`...),
    `"Q," said NAME, TITLE.`, `SHORT NAME said C.` (`Vice-chair NAME`), `NAME, TITLE, told PAPER on DAY that
    C.`, `BODY's SHORT, NAME, said: "Q."`, `NAME, NOTE and TITLE, said C.` and `"Q," NAME, TITLE, said.` (the
    printed title keeps the hyphenated or prefixed word)."""
    combos = itertools.product(PEOPLE31, range(7), range(len(TITLES31)), range(len(ROLES31)))
    for p, shape, t, r in sample(combos, 265, "ho31-prefixed"):
        k = _k(PEOPLE31.index(p), shape, t, r)
        m = ALL_MARKS31[k % len(ALL_MARKS31)]
        full_t, short_t, part_t, body_ok = TITLES31[t]
        fill = {"body": _body(r), "town": _pick(TOWNS31, k), "head": _head(r)}
        full, short, part = (s.format(**fill) for s in (full_t, short_t, part_t))
        title = Contains(part)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q31, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full}, {full}, said {clause}.", _i(clause, p, title)
        elif shape == 1:
            text, expect = f"{qc} said {p.full}, {full}.", _d(qc, p, title)
        elif shape == 2:
            text, expect = f"{_cap(short)} {p.full} said {clause}.", _i(clause, p, title)
        elif shape == 3:
            text = f"{p.full}, {full}, told {_pick(PAPERS31, k)} on {DAYS31[k % 7]} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 4 and body_ok:
            text = f"{_cap(_poss(_body(r)))} {short}, {p.full}, said: {qs}"
            expect = _d(qs, p, title)
        elif shape in {4, 5}:
            lead = (
                f"{p.full}, {p.note} and {full},"
                if p.note.startswith("a ")
                else f"{p.full}, {full}, {p.note},"
            )
            text, expect = f"{lead} said {clause}.", _i(clause, p, title)
        else:
            text, expect = f"{qc} {p.full}, {full}, said.", _d(qc, p, title)
        yield Case("", f"ho31-prefixed-{shape}", text, [expect])


# --- group 11: credits with manner adverbs, participles and follow-ons --------------------------------------


def manner_credits() -> Iterator[Case]:
    """`"Q," NAME said ADVERB.`, `"Q," said NAME, smiling.`, `"Q," NAME said, before adding: "Q2."`,
    `"Q," NAME said, then paused. "Q2."`, `"Q," NAME, ROLE at BODY, said softly, wiping her hands on her
    apron.`, `"Q," said NAME, laughing, as she locked the door.`, `"Q," NAME VERBED.` and `"Q," VERBS NAME,
    ROLE.` (open-class verbs), `NAME said ADVERB: "Q."` and `"Q," NAME said with a shrug, and went back to
    work.`"""
    for p, shape, m, r in sample(_combos(10), 265, "ho31-manner"):
        k = _k(PEOPLE31.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q31, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        q2 = m.q(_pick(ALL_Q31, k + 1) + ".")
        adverb = _pick(ADVERBS31, k)
        past, present = OPEN_VERBS31[k % len(OPEN_VERBS31)]
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{qc} {p.full} said {adverb}.", [_d(qc, p, None)]
        elif shape == 1:
            text, expects = f"{qc} said {p.full}, smiling.", [_d(qc, p, None)]
        elif shape == 2:
            text = f"{qc} {p.full} said, before adding: {q2}"
            expects = _two_parts(text, p, qc, q2, None)
        elif shape == 3:
            text = f"{qc} {p.full} said, then paused. {q2}"
            expects = _two_parts(text, p, qc, q2, None)
        elif shape == 4:
            text = f"{qc} {p.full}, {_after(r)}, said softly, wiping {p.poss} hands on {p.poss} apron."
            expects = [_d(qc, p, title)]
        elif shape == 5:
            text, expects = (
                f"{qc} said {p.full}, laughing, as {p.pronoun} locked the door.",
                [_d(qc, p, None)],
            )
        elif shape == 6:
            text, expects = f"{qc} {p.full} {past}.", [_d(qc, p, None)]
        elif shape == 7:
            text, expects = f"{qc} {present} {p.full}, {_role(r)}.", [_d(qc, p, title)]
        elif shape == 8:
            text, expects = f"{p.full} said {adverb}: {qs}", [_d(qs, p, None)]
        else:
            text, expects = f"{qc} {p.full} said with a shrug, and went back to work.", [_d(qc, p, None)]
        yield Case("", f"ho31-manner-{shape}", text, expects)


# --- group 12: one sentence with two speakers ---------------------------------------------------------------


def two_speakers() -> Iterator[Case]:
    """`A said C1, while B said C2.`, `"Q1," A said, but B disagreed: "Q2."`, `A, ROLE at BODY, said C1; B,
    ROLE2 at BODY2, said C2.`, `While A insisted that C1, B said C2.`, `"Q1," said A, ROLE, and B, ROLE2,
    added: "Q2."`, `A told PAPER that C1, but B said C2.` and `A said C1, and B added that C2.` (each report
    its own speaker's)."""
    for a, shape, m, r in sample(_combos(7), 265, "ho31-twospk"):
        k = _k(PEOPLE31.index(a), shape, r)
        b = _other(a, k)
        rb = _other_role(r, k)
        c1, c2 = _role_c(r, k), _role_c(rb, k + 1)
        q1c = m.q(_role_q(r, k) + ",")
        q2s = m.q(_role_q(rb, k + 1) + ".")
        ta, tb = Contains(_head(r)), Contains(_head(rb))
        expects: list[Expect]
        if shape == 0:
            text = f"{a.full} said {c1}, while {b.full} said {c2}."
            expects = [_i(c1, a, None), _i(c2, b, None)]
        elif shape == 1:
            text = f"{q1c} {a.full} said, but {b.full} disagreed: {q2s}"
            expects = [_d(q1c, a, None), _d(q2s, b, None)]
        elif shape == 2:
            text = f"{a.full}, {_after(r)}, said {c1}; {b.full}, {_after(rb)}, said {c2}."
            expects = [_i(c1, a, ta), _i(c2, b, tb)]
        elif shape == 3:
            text = f"While {a.full} insisted that {c1}, {b.full} said {c2}."
            expects = [_that(text, c1, a, None), _i(c2, b, None)]
        elif shape == 4:
            text = f"{q1c} said {a.full}, {_role(r)}, and {b.full}, {_role(rb)}, added: {q2s}"
            expects = [_d(q1c, a, ta), _d(q2s, b, tb)]
        elif shape == 5:
            text = f"{a.full} told {_pick(PAPERS31, k)} that {c1}, but {b.full} said {c2}."
            expects = [_that(text, c1, a, None), _i(c2, b, None)]
        else:
            text = f"{a.full} said {c1}, and {b.full} added that {c2}."
            expects = [_i(c1, a, None), _that(text, c2, b, None)]
        wrong = [(expects[0].content, b.full), (expects[1].content, a.full)]
        yield Case("", f"ho31-twospk-{shape}", text, expects, wrong_speakers=wrong)


# --- group 13: hedged and reported-belief frames ------------------------------------------------------------


def hedged_frames() -> Iterator[Case]:
    """`NAME VERBED that C.` (`insisted`, `conceded`, `acknowledged`, `predicted`, `maintained`, `contended`,
    `surmised`...), `NAME VERBED C.` (for verbs that read well without *that*), `NAME, ROLE at BODY, VERBED on
    DAY that C.`, `C, NAME VERBED.`, `NAME has repeatedly VERBED that C.`, `NAME would later VERB that C.`,
    `NAME reluctantly VERBED that C.`, `"Q," NAME VERBED.` and `NAME, ROLE, VERBED in an interview that C.`
    (the speaker's report, though hedged)."""
    combos = itertools.product(PEOPLE31, range(9), range(len(HEDGED31)), range(len(ROLES31)))
    for p, shape, v, r in sample(combos, 265, "ho31-hedged"):
        k = _k(PEOPLE31.index(p), shape, v, r)
        past, base, bare = HEDGED31[v]
        m = ALL_MARKS31[k % len(ALL_MARKS31)]
        clause = _role_c(r, k)
        qc = m.q(_role_q(r, k) + ",")
        title = Contains(_head(r))
        expect: Expect
        if shape == 0 or (shape == 1 and not bare):
            text = f"{p.full} {past} that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 1:
            text, expect = f"{p.full} {past} {clause}.", _i(clause, p, None)
        elif shape == 2:
            text = f"{p.full}, {_after(r)}, {past} on {DAYS31[k % 7]} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 3:
            text, expect = f"{_cap(clause)}, {p.full} {past}.", _i(_cap(clause), p, None)
        elif shape == 4:
            text = f"{p.full} has repeatedly {past} that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 5:
            text = f"{p.full} would later {base} that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 6:
            text = f"{p.full} reluctantly {past} that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 7:
            text, expect = f"{qc} {p.full} {past}.", _d(qc, p, None)
        else:
            text = f"{p.full}, {_role(r)}, {past} in an interview that {clause}."
            expect = _that(text, clause, p, title)
        yield Case("", f"ho31-hedged-{shape}", text, [expect])


# --- group 14: speakers introduced after a colon list -------------------------------------------------------


def colon_lists() -> Iterator[Case]:
    """`COUNT GROUP on DAY:` then one paragraph per person: `NAME, a ROLE: "Q."`, `- NAME, ROLE at BODY:
    "Q."`, `• NAME (ROLE, BODY): "Q."`, `NAME, ROLE, on TOPIC: "Q."` and, after `COUNT GROUP came to the
    hearing on DAY. Here is what they told the panel:`, `NAME (ROLE at BODY): "Q."` (each quotation its own
    person's, with the role)."""
    combos = itertools.product(PEOPLE31, range(5), ALL_MARKS31, range(len(ROLES31)))
    for p, shape, m, r in sample(combos, 260, "ho31-colonlist"):
        k = _k(PEOPLE31.index(p), shape, r)
        n = 2 + k % 3
        people = [p] + [_other(p, k + 5 * i) for i in range(1, n)]
        people = list(dict.fromkeys(people))
        roles = [(r + 3 * i) % len(ROLES31) for i in range(len(people))]
        count = COUNTS31[len(people) - 2]
        group = _pick(GROUPS31, k)
        day = DAYS31[k % 7]
        intro = f"{count} {group} on {day}:"
        paras: list[str] = []
        expects: list[Expect] = []
        for i, (x, rx) in enumerate(zip(people, roles, strict=True)):
            qs = m.q(_role_q(rx, k + i) + ".")
            if shape == 0:
                paras.append(f"{x.full}, {_a(_role(rx))}: {qs}")
            elif shape == 1:
                paras.append(f"- {x.full}, {_after(rx)}: {qs}")
            elif shape == 2:
                paras.append(f"• {x.full} ({_role(rx)}, {_core(rx)}): {qs}")
            elif shape == 3:
                paras.append(f"{x.full}, {_role(rx)}, on {ROLES31[rx].topic}: {qs}")
            else:
                paras.append(f"{x.full} ({_after(rx)}): {qs}")
            expects.append(_d(qs, x, Contains(_head(rx))))
        if shape == 4:
            intro = (
                f"{count} {group.split()[0]} came to the hearing on {day}. Here is what they told the panel:"
            )
        text = "\n\n".join([intro, *paras])
        wrong = [(e.content, people[(i + 1) % len(people)].full) for i, e in enumerate(expects)]
        yield Case("", f"ho31-colonlist-{shape}", text, expects, wrong_speakers=wrong)


# --- group 15: a quotation broken by a long credit in the middle --------------------------------------------


def long_mid_credit() -> Iterator[Case]:
    """`"Q1," NAME, who LONG, said on Friday at the annual meeting of BODY, "q2."`, `"Q1," said NAME, ROLE at
    BODY since 2004 and before that a volunteer for ten years, "q2."`, `"Q1," NAME, ROLE, told PAPER in a long
    interview at her home outside TOWN on DAY, "q2."`, `"Q1," NAME, NOTE, said as she locked up for the night,
    "q2."`, `"Q1," said NAME, who LONG, speaking to reporters after the vote, "q2."` and `"Q1," NAME, ROLE at
    BODY, a unit of PARENT, said on DAY, "q2."` (one speaker for both parts)."""
    for p, shape, m, r in sample(_combos(6), 265, "ho31-midcredit"):
        k = _k(PEOPLE31.index(p), shape, r)
        first, second = SPLIT_Q31[k % len(SPLIT_Q31)]
        q1, q2 = m.q(first + ","), m.q(second + ".")
        long = _pick(LONG31, k).format(kind=ROLES31[r].kind)
        title = Contains(_head(r))
        day = DAYS31[k % 7]
        if shape == 0:
            text = f"{q1} {p.full}, who {long}, said on Friday at the annual meeting of {_body(r)}, {q2}"
            tspec: TitleSpec = None
        elif shape == 1:
            text = (
                f"{q1} said {p.full}, {_after(r)} since 2004 and before that a volunteer for ten years, {q2}"
            )
            tspec = title
        elif shape == 2:
            text = (
                f"{q1} {p.full}, {_role(r)}, told {_pick(PAPERS31, k)} in a long interview at {p.poss} home "
                f"outside {_pick(TOWNS31, k)} on {day}, {q2}"
            )
            tspec = title
        elif shape == 3:
            text = f"{q1} {p.full}, {p.note}, said as {p.pronoun} locked up for the night, {q2}"
            tspec = ANY
        elif shape == 4:
            text = f"{q1} said {p.full}, who {long}, speaking to reporters after the vote, {q2}"
            tspec = None
        else:
            text = f"{q1} {p.full}, {_after(r)}, a unit of {ROLES31[r].parent}, said on {day}, {q2}"
            tspec = title
        yield Case("", f"ho31-midcredit-{shape}", text, _two_parts(text, p, q1, q2, tspec))


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout31.{name}", group, description, unique_texts(gen))


HELD_OUT_31 = (
    _named("asked_answer", "1", "Asked whether C, NAME said; Pressed on X, she said only that", asked_answer),
    _named(
        "nicknames_honorifics",
        "2",
        'GIVEN "NICK" SURNAME ... NICK said; Ms. SURNAME beside a relative',
        nicknames_honorifics,
    ),
    _named("title_chains", "3", "NAME, ROLE at BODY, a unit of PARENT, said", title_chains),
    _named(
        "subordinate_reports",
        "4",
        "because, as NAME said, C; after NAME told reporters that C",
        subordinate_reports,
    ),
    _named(
        "adjuncts_between", "5", "NAME on Monday said; NAME, speaking at X on DAY, said", adjuncts_between
    ),
    _named("nested_inner", "6", "a quotation quoting someone else inside it", nested_inner),
    _named("dialogue_turns", "7", "a woman and a man in turns over four to six paragraphs", dialogue_turns),
    _named("body_pronouns", "8", "BODY said C. It added; The trustees ... They said", body_pronouns),
    _named(
        "scare_and_works", "9", "so-called marks and titles of works beside a mixed quote", scare_and_works
    ),
    _named(
        "prefixed_titles",
        "10",
        "second-term, co-owner, vice-chair, ex-president, acting deputy",
        prefixed_titles,
    ),
    _named("manner_credits", "11", "said quietly; smiling; before adding; then paused", manner_credits),
    _named("two_speakers", "12", "A said C1, while B said C2; but B disagreed", two_speakers),
    _named("hedged_frames", "13", "insisted, conceded, acknowledged, predicted, maintained", hedged_frames),
    _named("colon_lists", "14", "Three residents spoke: NAME, a ROLE: Q", colon_lists),
    _named("long_mid_credit", "15", '"Q1," NAME, who ..., said at ..., "q2."', long_mid_credit),
)
