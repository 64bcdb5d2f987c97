"""Thirtieth held-out round: capabilities written at commit ``7631f05`` by a helper (``hcap36``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout30data.py``: thirty invented people of Gagauz, Mari,
Evenki, Ryukyuan, Ifugao, Kadazan, Iban, Toraja, Yolngu, Inupiat, Haida, Ojibwe, Tuareg, Afar and Guna
origin, each with a phrase that states the gender (`a mother of three`, `who lives above his shop`);
straight, curly, British single marks, guillemets and German low-high marks; open-class cue verbs of
gesture no common lexicon lists (`grimaced`, `pouted`, `winked`, `chafed`...); roles with their bodies in
peat cutting, cork harvesting, snow surveys, saddle making, night markets, meteorite collections,
typewriter repair, a sled dog museum, clog making, gas lamps, waxworks, foraging, lime burning, umbrella
repair, horse-drawn barges and quilting; agency datelines, bylines and credit lines) with phrasings a
careful news editor keys one way only:

1. a parenthetical credit inside reported speech (`S, NAME said, P.`, `S, said NAME, ROLE, P.`, `S,
   according to NAME, P.`, `C, according to NAME, ROLE at BODY.`, `S, NAME told PAPER, P.`, `S, she said,
   P.` after a lead);
2. a quotation over two or three paragraphs, an opening mark on each and the closing mark on the last,
   credited once at its end (`"P1.¶"P2.¶"P3," said NAME`), after a colon lead (`looked back on the early
   years:`, `wrote in a letter to members:`), after another person's report, or by a pronoun;
3. a person named with a role and later referred to only by the role noun (`the stitcher said`, `the
   hospital's repairer said`) while a person of another role is in the same passage;
4. written words (`wrote in an email`, `said in a text message that`, `posted on her blog:`, `wrote in a
   letter to members that`, `In a statement, NAME said`, `wrote in a note pinned to the door`, `"Q," read
   a message from NAME`);
5. a colon after a clause of the speaker's (`NAME put it bluntly: "Q."`, `was blunt:`, `had a warning for
   visitors:`, `NAME's advice to newcomers was short:`, `For NAME, the answer is simple:`, `It was short:`
   after `NAME had a message for the council`) and open-class gesture verbs after a quotation;
6. two people whose genders the text states, then a pronoun turn that only the gender settles (`A met B
   on DAY. "Q," he said.`, `B showed A round BODY. She said C.`, `A was already at work when B arrived.`);
7. spokespeople (`a spokesperson for BODY`, `BODY's spokeswoman, NAME,`, `a BODY spokesman who asked not to
   be named because ...`, `NAME, who speaks for BODY,`, `the KIND's spokesman, NAME, said`);
8. plural sets (`A and B both said C`, `Both A and B said`, `said A and B, who run BODY together`, `in a
   joint statement`: the pair; `A, like B, said C`, `A said C, as did B`: A or the pair; `Neither A nor B
   would say whether C`: nothing; `A and B disagree. "Q1," said SURNAME_A. "Q2," said SURNAME_B.`);
9. long subjects (`NAME, who has run the KIND since 1998 and trained most of the people who work there,
   said C`, `The woman who has kept BODY going through three floods, NAME, said C`) and an object clause
   before the credit (`That C, NAME said, was never the plan.`);
10. `is quoted by PAPER as saying that`, `was heard to say`, `In the words of NAME, "Q."`, `NAME's words
    were:`, `As NAME put it, C.`, `"Q." Those were NAME's words on DAY.`, `is quoted as saying in the
    KIND's newsletter`;
11. datelines and bylines of several shapes (`SOLLERBY, Orkney (Coastwire) - `, `By NAME, Staff Writer`,
    `NAME | Correspondent`, `By NAME and NAME2`, `Reporting by NAME; editing by NAME2`, `NAME reports from
    TOWN.`): never speakers nor content;
12. quotations in headlines and subheads above the story that credits them (`'Q', says ROLE`, `ROLE warns:
    'Q'`, `'Q' - NAME on the decision`, `'Q': ROLE on a hard season`, a bare `'Q'`);
13. first-person reporters (`"Q," NAME told me.`, `she told this newspaper`, `When I visited BODY, NAME
    said:`, `I asked NAME whether C. "Q," she said.`, `"Q," I was told by NAME`, `told this reporter that`);
14. speakers described but never named (`a woman selling dried kelp at the pier`, `one volunteer, who gave
    only her first name, Senka,`, `Asked about the closure, DESCRIPTION shrugged: "Q."`);
15. quotations holding brackets (`"We [the guild] will not sell"`, `"[The collective] has never ..."`),
    ellipses (`...`, `…`, a trailing `...`), em dashes (spaced and unspaced, a trailing `—` before `NAME
    began`).

When a key is uncertain the case asserts less (a report split by its credit as one report from its
subject to its predicate or as the two pieces; a reported clause with or without its *that* or
*whether*; a quotation over paragraphs as one or one per paragraph; titles with `Contains`, or `EitherOf`
when two posts are stated; a headline quotation to the story's speaker or the role written in the
headline, and a bare headline quotation to the story's speaker or to no one; a pair in either order; an
unnamed source as the phrase with or without its clause, and a first-name-only source as the name or its
noun).

Run once at 7631f05 (``capreport.py --heldout heldout30.NAME ...``: 3,230 of 3,895, .829). The failures
were then read for template and key bugs only, and one was fixed: a headline quotation credited to a role
(`'Q', says lead forager`) accepts the role as written as its speaker, but the key also demanded the
speaker kind `person`, which a role phrase printed as the speaker need not have; the kind is now
unchecked there (`headlines` 0, 1, 4 and 5; 82 cases): **3,312 (.850)**. These keys stand: `For NAME,
ROLE, the answer is simple: "Q."` and `NAME ... had a message for the council. It was short: "Q."` are
NAME's; `B showed A round BODY` reports nothing; `Neither A nor B would say whether C` reports nothing
(a speakerless reading is tolerated); `"Q," I was told by NAME` and `Asked about the closure,
DESCRIPTION shrugged: "Q."` are credited; `"Q —" NAME began` is NAME's; a subhead `'Q' - NAME on the
decision` is NAME's; `said a man mending nets by the harbour wall` is keyed as the whole description or
`man`, not the participle phrase cut before its place (3 cases).

| capability | group | cases | first run | key fixed |
|---|---|---|---|---|
| `heldout30.parenthetical_credit` | 1 | 262 | 0.962 | 0.962 |
| `heldout30.multi_paragraph` | 2 | 260 | 0.819 | 0.819 |
| `heldout30.role_reference` | 3 | 259 | 1.000 | 1.000 |
| `heldout30.written_words` | 4 | 262 | 0.981 | 0.981 |
| `heldout30.colon_clause` | 5 | 265 | 0.758 | 0.758 |
| `heldout30.gender_pronoun` | 6 | 262 | 0.855 | 0.855 |
| `heldout30.spokespeople` | 7 | 250 | 1.000 | 1.000 |
| `heldout30.plural_speakers` | 8 | 257 | 0.891 | 0.891 |
| `heldout30.long_subject` | 9 | 259 | 0.811 | 0.811 |
| `heldout30.frames` | 10 | 257 | 0.735 | 0.735 |
| `heldout30.datelines_bylines` | 11 | 265 | 1.000 | 1.000 |
| `heldout30.headlines` | 12 | 265 | 0.170 | 0.479 |
| `heldout30.first_person` | 13 | 257 | 0.848 | 0.848 |
| `heldout30.described_only` | 14 | 251 | 0.765 | 0.765 |
| `heldout30.inner_punctuation` | 15 | 264 | 0.856 | 0.856 |
| **heldout30** (all 15) | | 3,895 | 0.829 (3,230) | 0.850 (3,312) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout30data import (
    ALL_MARKS30,
    ALL_Q30,
    BRACKETED30,
    BYLINE_LABELS30,
    CLAUSES30,
    COLON_CLAUSES30,
    DASHED30,
    DATELINES30,
    DAYS30,
    DESCRIBED30,
    ELLIPSES30,
    FIRST_NAMES30,
    LONG_PARAS30,
    LONG_SUBJECTS30,
    OPEN_VERBS30,
    PAPERS30,
    PEOPLE30,
    REASONS30,
    REPORTERS30,
    ROLES30,
    SPLIT_REPORTS30,
    TOWNS30,
    WRITTEN30,
    Mark30,
    Person30,
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


def _opposite(p: Person30, step: int) -> Person30:
    pool = tuple(q for q in PEOPLE30 if q.gender != p.gender)
    return pool[step % len(pool)]


def _other(p: Person30, step: int) -> Person30:
    """Another person of either gender."""
    pool = tuple(q for q in PEOPLE30 if q != p)
    return pool[step % len(pool)]


def _d(content: str, p: Person30 | NameSpec, title: TitleSpec = ANY) -> Expect:
    names = (p.full,) if isinstance(p, Person30) else p
    return Expect(content, "direct", names, title, "person")


def _i(content: str, p: Person30 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body or a group when not *person*)."""
    names = (p.full,) if isinstance(p, Person30) else p
    return Expect(content, "indirect", names, title, "person" if person else ANY)


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
    text: str,
    clause: str,
    p: Person30 | NameSpec,
    title: TitleSpec = ANY,
    *,
    word: str = "that",
    person: bool = True,
) -> Expect:
    """`... that C` (or `whether C`): the report with or without its conjunction."""
    return _i(_one_of(text, (f"{word} {clause}", clause)), p, title, person)


def _split(text: str, subj: str, pred: str, p: Person30 | NameSpec, title: TitleSpec = ANY) -> list[Expect]:
    """A report split by a parenthetical credit (`S, NAME said, P.`): one report from S to P (the credit
    inside it, its parts unchecked), or the two pieces S and P, both the speaker's."""
    whole = _span(text, subj, pred)
    if _found(text, whole) or not _found(text, subj):
        return [_i(whole, p, title)]
    return [_i(subj, p, title), _i(pred, p)]


def _paragraphs(
    text: str, pieces: Sequence[str], who: Person30, title: TitleSpec = ANY, at: int = 0
) -> list[Expect]:
    """A quotation over paragraphs (*pieces* as written, in order) as one quotation per paragraph or one
    spanning them all, whichever segmentation quotex chose; *who* speaks in both readings, and the piece
    *at* (the one beside the credit) holds *title*."""
    if _found(text, pieces[0]):
        return [_d(piece, who, title if i == at % len(pieces) else ANY) for i, piece in enumerate(pieces)]
    return [_d(_span(text, pieces[0], pieces[-1]), who, title)]


def _silent(text: str, region: str) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* without a speaker: tolerated (a sentence that
    reports nothing, a question of the reporter's), so that only a speaker given to them fails."""
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


def _role(r: int) -> str:
    return ROLES30[r][0]


def _body(r: int) -> str:
    return ROLES30[r][1]


def _core(r: int) -> str:
    return ROLES30[r][1].removeprefix("the ")


def _head(r: int) -> str:
    return ROLES30[r][2]


def _kind(r: int) -> str:
    """`the company`, `the estate`."""
    return ROLES30[r][3]


def _after(r: int) -> str:
    """`head cutter at the Orrindale Peat Company`."""
    return f"{ROLES30[r][0]} at {ROLES30[r][1]}"


def _role_q(r: int, k: int) -> str:
    return ROLES30[r][4][k % len(ROLES30[r][4])]


def _role_c(r: int, k: int) -> str:
    return ROLES30[r][5][k % len(ROLES30[r][5])]


def _role_split(r: int) -> tuple[str, str]:
    return ROLES30[r][6]


def _other_role(r: int, k: int) -> int:
    """A role other than *r* (its head differs)."""
    return (r + 1 + k % (len(ROLES30) - 1)) % len(ROLES30)


def _mark(k: int) -> Mark30:
    return ALL_MARKS30[k % len(ALL_MARKS30)]


# --- group 1: a parenthetical credit inside reported speech -------------------------------------------------


def parenthetical_credit() -> Iterator[Case]:
    """`S, NAME said, P.`, `S, NAME, ROLE at BODY, said, P.`, `S, said NAME, ROLE, P.`, `C, according to
    NAME, ROLE at BODY.`, `S, according to NAME, P.`, `NAME, ROLE at BODY, spent DAY on the phone. S, she
    said, P.` and `S, NAME told PAPER, P.` (one report from S to P, or its two pieces, NAME's)."""
    combos = itertools.product(PEOPLE30, range(7), range(2), range(len(ROLES30)))
    for p, shape, own, r in sample(combos, 265, "ho30-paren"):
        k = _k(PEOPLE30.index(p), shape, own, r)
        subj, pred = _role_split(r) if own else SPLIT_REPORTS30[k % len(SPLIT_REPORTS30)]
        s = _cap(subj)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{s}, {p.full} said, {pred}."
            expects = _split(text, s, pred, p, None)
        elif shape == 1:
            text = f"{s}, {p.full}, {_after(r)}, said, {pred}."
            expects = _split(text, s, pred, p, title)
        elif shape == 2:
            text = f"{s}, said {p.full}, {_role(r)}, {pred}."
            expects = _split(text, s, pred, p, title)
        elif shape == 3:
            report = f"{s} {pred}"
            text = f"{report}, according to {p.full}, {_after(r)}."
            expects = [_i(report, p, title)]
        elif shape == 4:
            text = f"{s}, according to {p.full}, {pred}."
            expects = _split(text, s, pred, p, None)
        elif shape == 5:
            lead = f"{p.full}, {_after(r)}, spent {DAYS30[k % 7]} on the phone to suppliers."
            text = f"{lead} {s}, {p.pronoun} said, {pred}."
            expects = _split(text, s, pred, p)
        else:
            text = f"{s}, {p.full} told {_pick(PAPERS30, k)}, {pred}."
            expects = _split(text, s, pred, p, None)
        yield Case("", f"ho30-paren-{shape}", text, expects)


# --- group 2: a quotation over two or three paragraphs, credited once ---------------------------------------


def _paras(m: Mark30, sentences: Sequence[str], last: str = ".") -> list[str]:
    """Paragraph pieces of one quotation: an opening mark on each, the closing mark on the last only, the
    last sentence ending in *last* (`,` before a credit)."""
    pieces = [m.q(s + ".")[: -len(m.close)] for s in sentences]
    pieces[-1] = m.q(sentences[-1] + last)
    return pieces


def multi_paragraph() -> Iterator[Case]:
    """`"P1.¶"P2.¶"P3," said NAME, ROLE at BODY.`, `"P1.¶"P2," NAME said.`, `NAME, ROLE at BODY, looked back
    on the early years:¶"P1.¶"P2.¶"P3."`, `O, ROLE2 at BODY2, said C.¶"P1.¶"P2," said NAME, ROLE.`, `NAME,
    ROLE at BODY, wrote in a letter to members:¶"P1.¶"P2.¶"P3."` and `NAME, NOTE, has kept BODY going for
    years.¶"P1.¶"P2," she said.` (one quotation or one per paragraph, NAME's)."""
    combos = itertools.product(PEOPLE30, range(6), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 260, "ho30-paragraphs"):
        k = _k(PEOPLE30.index(p), shape, r)
        paras = LONG_PARAS30[k % len(LONG_PARAS30)]
        title = Contains(_head(r))
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            pieces = _paras(m, paras, ",")
            text = "\n\n".join(pieces) + f" said {p.full}, {_after(r)}."
            expects = _paragraphs(text, pieces, p, title, -1)
        elif shape == 1:
            pieces = _paras(m, paras[:2], ",")
            text = "\n\n".join(pieces) + f" {p.full} said."
            expects = _paragraphs(text, pieces, p, None, -1)
        elif shape == 2:
            pieces = _paras(m, paras)
            text = f"{p.full}, {_after(r)}, looked back on the early years:\n\n" + "\n\n".join(pieces)
            expects = _paragraphs(text, pieces, p, title)
        elif shape == 3:
            o = _other(p, k)
            ro = _other_role(r, k)
            clause = _role_c(ro, k)
            pieces = _paras(m, paras[:2], ",")
            lead = f"{o.full}, {_after(ro)}, said {clause}.\n\n"
            text = lead + "\n\n".join(pieces) + f" said {p.full}, {_role(r)}."
            expects = [_i(clause, o, Contains(_head(ro))), *_paragraphs(text, pieces, p, title, -1)]
            wrong = [(pieces[0], o.full), (clause, p.full)]
        elif shape == 4:
            pieces = _paras(m, paras)
            text = f"{p.full}, {_after(r)}, wrote in a letter to members:\n\n" + "\n\n".join(pieces)
            expects = _paragraphs(text, pieces, p, title)
        else:
            pieces = _paras(m, paras[1:], ",")
            lead = f"{p.full}, {p.note}, has kept {_body(r)} going for years.\n\n"
            text = lead + "\n\n".join(pieces) + f" {p.pronoun} said."
            expects = _paragraphs(text, pieces, p, ANY, -1)
        yield Case("", f"ho30-paragraphs-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: a person referred to later by a role noun, beside a person of another role --------------------


def role_reference() -> Iterator[Case]:
    """`NAME, ROLE at BODY, and O, ROLE2 at BODY2, met on DAY to discuss the lease. "Q," the HEAD said.`
    (NAME's; `the HEAD2 said`: O's), `"Q1," said NAME, ROLE at BODY. O, ROLE2 at BODY2, disagreed. "Q2," the
    HEAD added.`, `NAME, ROLE at BODY, showed O, ROLE2 at BODY2, round on DAY. "Q," the KIND's HEAD said.`,
    `O, ROLE2 at BODY2, and NAME, ROLE at BODY, spoke at the meeting. The HEAD said C.` and `"Q0," said O,
    ROLE2 at BODY2.¶NAME, ROLE at BODY, was less sure. "Q," the HEAD said.` (the role noun picks its
    holder, never the other person)."""
    combos = itertools.product(PEOPLE30, range(6), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-rolenoun"):
        k = _k(PEOPLE30.index(p), shape, r)
        o = _other(p, k)
        ro = _other_role(r, k)
        qc, q0 = m.q(_role_q(r, k) + ","), m.q(_role_q(ro, k + 1) + ",")
        clause = _role_c(r, k)
        title, title_o = Contains(_head(r)), Contains(_head(ro))
        day = DAYS30[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        pair = f"{p.full}, {_after(r)}, and {o.full}, {_after(ro)},"
        if shape == 0:
            text = f"{pair} met on {day} to discuss the lease. {qc} the {_head(r)} said."
            expects, wrong = [_d(qc, p, title)], [(qc, o.full)]
        elif shape == 1:
            text = f"{pair} met on {day} to discuss the lease. {q0} the {_head(ro)} said."
            expects, wrong = [_d(q0, o, title_o)], [(q0, p.full)]
        elif shape == 2:
            q1 = m.q(_pick(ALL_Q30, k) + ",")
            text = (
                f"{q1} said {p.full}, {_after(r)}. {o.full}, {_after(ro)}, disagreed. {qc} the "
                f"{_head(r)} added."
            )
            expects, wrong = [_d(q1, p, title), _d(qc, p, title)], [(qc, o.full), (q1, o.full)]
        elif shape == 3:
            text = (
                f"{p.full}, {_after(r)}, showed {o.full}, {_after(ro)}, round on {day}. "
                f"{qc} {_poss(_kind(r))} {_head(r)} said."
            )
            expects, wrong = [_d(qc, p, title)], [(qc, o.full)]
        elif shape == 4:
            text = (
                f"{o.full}, {_after(ro)}, and {p.full}, {_after(r)}, spoke at the meeting. The "
                f"{_head(r)} said {clause}."
            )
            expects, wrong = [_i(clause, p, title)], [(clause, o.full)]
        else:
            text = (
                f"{q0} said {o.full}, {_after(ro)}.\n\n{p.full}, {_after(r)}, was less sure. {qc} the "
                f"{_head(r)} said."
            )
            expects, wrong = [_d(q0, o, title_o), _d(qc, p, title)], [(qc, o.full), (q0, p.full)]
        yield Case("", f"ho30-rolenoun-{shape}", text, expects, wrong_speakers=wrong)


# --- group 4: written words ---------------------------------------------------------------------------------


def written_words() -> Iterator[Case]:
    """`"Q," NAME wrote in an email.`, `NAME said in a text message that C.`, `NAME, ROLE at BODY, posted
    on her blog: "Q."`, `NAME, ROLE, wrote in a letter to members that C.`, `In a statement, NAME, ROLE at
    BODY, said C.`, `In an email to PAPER, NAME wrote: "Q."`, `"Q," NAME wrote in a note pinned to the door
    of BODY.`, `"Q," read a message from NAME, ROLE at BODY.` and `NAME wrote on her blog on DAY that C.`"""
    combos = itertools.product(PEOPLE30, range(9), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-written"):
        k = _k(PEOPLE30.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q30, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k) if k % 2 else _pick(CLAUSES30, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text, expect = f"{qc} {p.full} wrote {_pick(WRITTEN30, k)}.", _d(qc, p, None)
        elif shape == 1:
            text = f"{p.full} said in a text message that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 2:
            text, expect = f"{p.full}, {_after(r)}, posted on {p.poss} blog: {qs}", _d(qs, p, title)
        elif shape == 3:
            text = f"{p.full}, {_role(r)}, wrote in a letter to members that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 4:
            text = f"In a statement, {p.full}, {_after(r)}, said {clause}."
            expect = _i(clause, p, title)
        elif shape == 5:
            text, expect = f"In an email to {_pick(PAPERS30, k)}, {p.full} wrote: {qs}", _d(qs, p, None)
        elif shape == 6:
            text = f"{qc} {p.full} wrote in a note pinned to the door of {_body(r)}."
            expect = _d(qc, p, None)
        elif shape == 7:
            text, expect = f"{qc} read a message from {p.full}, {_after(r)}.", _d(qc, p, title)
        else:
            text = f"{p.full} wrote on {p.poss} blog on {DAYS30[k % 7]} that {clause}."
            expect = _that(text, clause, p, None)
        yield Case("", f"ho30-written-{shape}", text, [expect])


# --- group 5: a colon after a clause of the speaker's -------------------------------------------------------


def colon_clause() -> Iterator[Case]:
    """`NAME CLAUSE: "Q."` (`put it bluntly`, `was blunt`, `had a warning for visitors`, `did not mince
    words`...), `NAME, ROLE at BODY, CLAUSE: "Q."`, `Asked about the season, NAME CLAUSE: "Q."`, `NAME's
    advice to newcomers was short: "Q."`, `For NAME, ROLE, the answer is simple: "Q."`, `NAME VERBED. She
    CLAUSE: "Q."`, `NAME, ROLE at BODY, had a message for the council on DAY. It was short: "Q."` and `"Q,"
    NAME VERBED.` (an open-class verb of gesture)."""
    combos = itertools.product(PEOPLE30, range(8), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-colon"):
        k = _k(PEOPLE30.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q30, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(COLON_CLAUSES30, k)
        past = OPEN_VERBS30[k % len(OPEN_VERBS30)][0]
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full} {clause}: {qs}", _d(qs, p, None)
        elif shape == 1:
            text, expect = f"{p.full}, {_after(r)}, {clause}: {qs}", _d(qs, p, title)
        elif shape == 2:
            text, expect = f"Asked about the season, {p.full} {clause}: {qs}", _d(qs, p, None)
        elif shape == 3:
            text, expect = f"{_poss(p.full)} advice to newcomers was short: {qs}", _d(qs, p, None)
        elif shape == 4:
            text, expect = f"For {p.full}, {_role(r)}, the answer is simple: {qs}", _d(qs, p, title)
        elif shape == 5:
            text, expect = f"{p.full} {past}. {_cap(p.pronoun)} {clause}: {qs}", _d(qs, p, None)
        elif shape == 6:
            lead = f"{p.full}, {_after(r)}, had a message for the council on {DAYS30[k % 7]}."
            text, expect = f"{lead} It was short: {qs}", _d(qs, p, title)
        else:
            text, expect = f"{qc} {p.full} {past}.", _d(qc, p, None)
        yield Case("", f"ho30-colon-{shape}", text, [expect])


# --- group 6: two candidates of different gender before a pronoun turn --------------------------------------


def gender_pronoun() -> Iterator[Case]:
    """Two people whose gender the text states (`a mother of three`, `who lives above his shop`): `A, NOTE,
    met B, NOTE, on DAY. "Q," she/he said.` (whichever the pronoun fits), `B, NOTE, showed A, NOTE, round
    BODY on DAY. She said C.`, `"Q1," said A, NOTE. B, NOTE, shook his head. "Q2," he said.`, `A, NOTE, and
    B, NOTE, run BODY together. He said: "Q."` and `A, NOTE, was already at work when B, NOTE, arrived on
    DAY. "Q," he said.` (only the gender decides, and it is keyed)."""
    combos = itertools.product(PEOPLE30, range(6), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-gender"):
        k = _k(PEOPLE30.index(p), shape, r)
        o = _opposite(p, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        a, b = f"{p.full}, {p.note},", f"{o.full}, {o.note},"
        day = DAYS30[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        if shape == 0:
            text = f"{a} met {b} on {day}. {qc} {p.pronoun} said."
            expects, wrong = [_d(qc, p)], [(qc, o.full)]
        elif shape == 1:
            text = f"{a} met {b} on {day}. {qc} {o.pronoun} said."
            expects, wrong = [_d(qc, o)], [(qc, p.full)]
        elif shape == 2:
            text = (
                f"{b} showed {p.full}, {p.note}, round {_body(r)} on {day}. {_cap(p.pronoun)} said {clause}."
            )
            expects, wrong = [_i(clause, p)], [(clause, o.full)]
        elif shape == 3:
            q1 = m.q(_pick(ALL_Q30, k) + ",")
            text = f"{q1} said {p.full}, {p.note}. {b} shook {o.poss} head. {qc} {o.pronoun} said."
            expects, wrong = [_d(q1, p), _d(qc, o)], [(qc, p.full), (q1, o.full)]
        elif shape == 4:
            text = f"{a} and {b} run {_body(r)} together. {_cap(o.pronoun)} said: {qs}"
            expects, wrong = [_d(qs, o)], [(qs, p.full)]
        else:
            text = f"{a} was already at work when {b} arrived on {day}. {qc} {o.pronoun} said."
            expects, wrong = [_d(qc, o)], [(qc, p.full)]
        yield Case("", f"ho30-gender-{shape}", text, expects, wrong_speakers=wrong)


# --- group 7: spokespeople of bodies ------------------------------------------------------------------------


def _spoke_word(p: Person30, k: int) -> str:
    return "spokesperson" if k % 3 == 0 else ("spokeswoman" if p.gender == "f" else "spokesman")


def spokespeople() -> Iterator[Case]:
    """`A spokesperson for BODY said C.`, `BODY's spokeswoman, NAME, said C.`, `"Q," said NAME, a spokesman
    for BODY.`, `A BODY spokesman who asked not to be named because REASON said C.`, `NAME, who speaks for
    BODY, said: "Q."`, `"Q," a spokeswoman for BODY told PAPER.`, `NAME, spokesman for BODY, said in an
    email that C.` and `BODY has been up for sale since DAY. "Q," the KIND's spokeswoman, NAME, said.` (a
    named spokesperson speaks with the title; an unnamed one is the phrase or the body)."""
    combos = itertools.product(PEOPLE30, range(8), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-spokes"):
        k = _k(PEOPLE30.index(p), shape, r)
        word = _spoke_word(p, k)
        body, core = _body(r), _core(r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        phrase = (f"a {word} for {body}", f"{word} for {body}", f"a {word} for {core}", word, body, core)
        stitle = Contains(word)
        expect: Expect
        if shape == 0:
            text, expect = f"A {word} for {body} said {clause}.", Expect(clause, "indirect", phrase)
        elif shape == 1:
            text, expect = f"{_cap(_poss(body))} {word}, {p.full}, said {clause}.", _i(clause, p, stitle)
        elif shape == 2:
            text, expect = f"{qc} said {p.full}, a {word} for {body}.", _d(qc, p, stitle)
        elif shape == 3:
            reason = REASONS30[k % len(REASONS30)][0 if p.gender == "f" else 1]
            if word == "spokesperson":
                reason = reason.replace("she was", "they were").replace("she had", "they had")
            unnamed = f"{core} {word} who asked not to be named because {reason}"
            text = f"A {unnamed} said {clause}."
            names = (f"a {unnamed}", unnamed, f"a {core} {word}", f"{core} {word}", word, body, core)
            expect = Expect(clause, "indirect", names)
        elif shape == 4:
            text, expect = f"{p.full}, who speaks for {body}, said: {qs}", _d(qs, p, ANY)
        elif shape == 5:
            text = f"{qc} a {word} for {body} told {_pick(PAPERS30, k)}."
            expect = Expect(qc, "direct", phrase)
        elif shape == 6:
            text = f"{p.full}, {word} for {body}, said in an email that {clause}."
            expect = _that(text, clause, p, stitle)
        else:
            lead = f"{_cap(body)} has been up for sale since {DAYS30[k % 7]}."
            text = f"{lead} {qc} {_poss(_kind(r))} {word}, {p.full}, said."
            expect = _d(qc, p, stitle)
        yield Case("", f"ho30-spokes-{shape}", text, [expect])


# --- group 8: speakers given as plural sets -----------------------------------------------------------------


def _pair(a: Person30, b: Person30) -> tuple[str, str]:
    """Two people credited together, in either order (`A; B`)."""
    return (f"{a.full}; {b.full}", f"{b.full}; {a.full}")


def plural_speakers() -> Iterator[Case]:
    """`A and B both said C.`, `Both A and B said C.`, `"Q," said A and B, who run BODY together.` and `A and
    B, who both work at BODY, said in a joint statement that C.` (the pair), `A, like B, said C.` and `A said
    C, as did B.` (A, or the pair), `Neither A nor B would say whether C.` (nothing), and `A and B disagree.
    "Q1," said SURNAME_A. "Q2," said SURNAME_B.` (each their own)."""
    combos = itertools.product(PEOPLE30, range(8), ALL_MARKS30, range(len(ROLES30)))
    for a, shape, m, r in sample(combos, 265, "ho30-plural"):
        k = _k(PEOPLE30.index(a), shape, r)
        b = _other(a, k)
        clause = _role_c(r, k) if k % 2 else _pick(CLAUSES30, k)
        qc = m.q(_role_q(r, k) + ",")
        pair = _pair(a, b)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{a.full} and {b.full} both said {clause}."
            expects = [_i(clause, pair, person=False)]
        elif shape == 1:
            text = f"Both {a.full} and {b.full} said {clause}."
            expects = [_i(clause, pair, person=False)]
        elif shape == 2:
            text = f"{qc} said {a.full} and {b.full}, who run {_body(r)} together."
            expects = [Expect(qc, "direct", pair)]
        elif shape == 3:
            joint = "said in a joint statement"
            text = f"{a.full} and {b.full}, who both work at {_body(r)}, {joint} that {clause}."
            expects = [_that(text, clause, pair, person=False)]
        elif shape == 4:
            text = f"{a.full}, like {b.full}, said {clause}."
            expects = [_i(clause, (a.full, *pair), person=False)]
        elif shape == 5:
            text = f"{a.full} said {clause}, as did {b.full}."
            expects = [_i(clause, (a.full, *pair), person=False)]
        elif shape == 6:
            text = f"Neither {a.full} nor {b.full} would say whether {clause}."
            expects = _silent(text, text)
            wrong = [(clause, a.full), (clause, b.full), (clause, pair[0]), (clause, pair[1])]
        else:
            q1, q2 = m.q(_pick(ALL_Q30, k) + ","), m.q(_role_q(r, k + 1) + ",")
            text = f"{a.full} and {b.full} disagree. {q1} said {a.last}. {q2} said {b.last}."
            expects = [_d(q1, a), _d(q2, b)]
            wrong = [(q1, b.full), (q2, a.full)]
        yield Case("", f"ho30-plural-{shape}", text, expects, wrong_speakers=wrong)


# --- group 9: long subjects and an object clause before the cue ---------------------------------------------


def long_subject() -> Iterator[Case]:
    """`NAME, who has run the KIND since 1998 and trained most of the people who work there, said C.`,
    `That C, NAME said, was never the plan.`, `NAME, ROLE at BODY since 2009 and before that a HEAD2 at BODY2
    for ten years, said C.`, `The woman who has kept BODY going through three floods, NAME, said C.`, `NAME,
    ROLE, LONG, told PAPER that C.`, `"Q," said NAME, LONG.` and `NAME, whose KIND has survived two fires, a
    flood and a takeover bid, said: "Q."`"""
    combos = itertools.product(PEOPLE30, range(7), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-long"):
        k = _k(PEOPLE30.index(p), shape, r)
        long = _pick(LONG_SUBJECTS30, k).format(kind=_kind(r))
        clause = _role_c(r, k)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, {long}, said {clause}."
            expects = [_i(clause, p)]
        elif shape == 1:
            subj = f"That {clause}"
            text = f"{subj}, {p.full} said, was never the plan."
            expects = _split(text, subj, "was never the plan", p, None)
        elif shape == 2:
            ro = _other_role(r, k)
            text = (
                f"{p.full}, {_after(r)} since 2009 and before that a {_head(ro)} at {_body(ro)} for ten "
                f"years, said {clause}."
            )
            expects = [_i(clause, p, EitherOf((_head(r), _head(ro))))]
        elif shape == 3:
            who = "woman" if p.gender == "f" else "man"
            text = f"The {who} who has kept {_body(r)} going through three floods, {p.full}, said {clause}."
            expects = [_i(clause, p)]
        elif shape == 4:
            text = f"{p.full}, {_role(r)}, {long}, told {_pick(PAPERS30, k)} that {clause}."
            expects = [_that(text, clause, p, title)]
        elif shape == 5:
            text = f"{qc} said {p.full}, {long}."
            expects = [_d(qc, p)]
        else:
            kind = _kind(r).removeprefix("the ")
            text = f"{p.full}, whose {kind} has survived two fires, a flood and a takeover bid, said: {qs}"
            expects = [_d(qs, p)]
        yield Case("", f"ho30-long-{shape}", text, expects)


# --- group 10: quoted as saying, heard to say, in the words of, as NAME put it ------------------------------


def frames() -> Iterator[Case]:
    """`NAME is quoted by PAPER as saying that C.`, `"Q," NAME was heard to say as the doors closed.`, `In
    the words of NAME, ROLE at BODY, "Q."`, `NAME's words were: "Q."`, `As NAME put it, C.`, `As NAME, ROLE,
    put it: "Q."`, `"Q." Those were NAME's words on DAY.`, `NAME was heard to say that C.` and `"Q," NAME,
    ROLE at BODY, is quoted as saying in the KIND's newsletter.`"""
    combos = itertools.product(PEOPLE30, range(9), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-frames"):
        k = _k(PEOPLE30.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q30, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k) if k % 2 else _pick(CLAUSES30, k)
        title = Contains(_head(r))
        paper = _pick(PAPERS30, k)
        expect: Expect
        if shape == 0:
            text = f"{p.full} is quoted by {paper} as saying that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 1:
            text, expect = f"{qc} {p.full} was heard to say as the doors closed.", _d(qc, p, None)
        elif shape == 2:
            text, expect = f"In the words of {p.full}, {_after(r)}, {qs}", _d(qs, p, title)
        elif shape == 3:
            text, expect = f"{_poss(p.full)} words were: {qs}", _d(qs, p, None)
        elif shape == 4:
            text, expect = f"As {p.full} put it, {clause}.", _i(clause, p, None)
        elif shape == 5:
            text, expect = f"As {p.full}, {_role(r)}, put it: {qs}", _d(qs, p, title)
        elif shape == 6:
            text, expect = f"{qs} Those were {_poss(p.full)} words on {DAYS30[k % 7]}.", _d(qs, p, None)
        elif shape == 7:
            text = f"{p.full} was heard to say that {clause}."
            expect = _that(text, clause, p, None)
        else:
            where = f"{_poss(_kind(r))} newsletter"
            text, expect = f"{qc} {p.full}, {_after(r)}, is quoted as saying in {where}.", _d(qc, p, title)
        yield Case("", f"ho30-frames-{shape}", text, [expect])


# --- group 11: datelines and bylines ------------------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """`DATELINE "Q," said NAME, ROLE at BODY.`, `By REPORTER, LABEL¶NAME, ROLE at BODY, said C.`, `REPORTER |
    LABEL¶"Q," NAME told PAPER.`, `DATELINE NAME said C. "Q," she added.`, `By REPORTER and REPORTER2¶DATELINE
    "Q," said NAME.`, `NAME, ROLE at BODY, said C.¶Reporting by REPORTER; editing by REPORTER2`, `REPORTER
    reports from TOWN.¶"Q," NAME said.` and `DATELINE C, NAME said on DAY.` (datelines and bylines are
    never speakers nor content)."""
    combos = itertools.product(PEOPLE30, range(8), range(len(DATELINES30)), range(len(ROLES30)))
    for p, shape, d, r in sample(combos, 265, "ho30-bylines"):
        k = _k(PEOPLE30.index(p), shape, d, r)
        dateline, tag = DATELINES30[d]
        m = _mark(k)
        qc = m.q(_role_q(r, k) + ",")
        clause = _role_c(r, k) if k % 2 else _pick(CLAUSES30, k)
        title = Contains(_head(r))
        rep, rep2 = _pick(REPORTERS30, k), _pick(REPORTERS30, k + 1)
        label = _pick(BYLINE_LABELS30, k)
        expects: list[Expect]
        forbidden: list[str] = [rep, rep2]
        if shape == 0:
            text, expects = f"{dateline}{qc} said {p.full}, {_after(r)}.", [_d(qc, p, title)]
            forbidden = [tag]
        elif shape == 1:
            text = f"By {rep}, {label}\n\n{p.full}, {_after(r)}, said {clause}."
            expects = [_i(clause, p, title)]
        elif shape == 2:
            text = f"{rep} | {label}\n\n{qc} {p.full} told {_pick(PAPERS30, k)}."
            expects = [_d(qc, p, None)]
        elif shape == 3:
            q2 = m.q(_pick(ALL_Q30, k) + ",")
            text = f"{dateline}{p.full} said {clause}. {q2} {p.pronoun} added."
            expects, forbidden = [_i(clause, p, None), _d(q2, p)], [tag]
        elif shape == 4:
            text = f"By {rep} and {rep2}\n\n{dateline}{qc} said {p.full}."
            expects, forbidden = [_d(qc, p, None)], [rep, rep2, tag]
        elif shape == 5:
            text = f"{p.full}, {_after(r)}, said {clause}.\n\nReporting by {rep}; editing by {rep2}"
            expects = [_i(clause, p, title)]
        elif shape == 6:
            text = f"{rep} reports from {_pick(TOWNS30, k)}.\n\n{qc} {p.full} said."
            expects = [_d(qc, p, None)]
        else:
            text = f"{dateline}{_cap(clause)}, {p.full} said on {DAYS30[k % 7]}."
            expects, forbidden = [_i(_cap(clause), p, None)], [tag]
        yield Case("", f"ho30-bylines-{shape}", text, expects, forbidden=forbidden)


# --- group 12: quotations in headlines and subheads ---------------------------------------------------------


def _headline_names(p: Person30, r: int) -> tuple[str, ...]:
    """A headline quotation credited to a role the story then names: the person, or the role as written
    (a phrase, so its speaker kind is not checked: key fix after the first run)."""
    return (p.full, _role(r), f"the {_role(r)}")


def _named_or_not(text: str, content: str, p: Person30) -> Expect:
    """A headline quotation with no credit of its own, repeated in a story that credits it to *p*: *p*'s,
    or without a speaker (a careful reader may leave a headline uncredited)."""
    start = text.index(content)
    for q in _quotes(text):
        if (q.start, q.end) == (start, start + len(content)) and q.speaker is None:
            return Expect(content, "direct", None)
    return _d(content, p)


def headlines() -> Iterator[Case]:
    """`'Q', says ROLE¶NAME, ROLE at BODY, said on DAY: "Q."`, `ROLE warns: 'Q'¶"Q," said NAME, ROLE at
    BODY.`, `BODY to stay open¶'Q' - NAME on the decision¶NAME, ROLE at BODY, said C.`, `'Q'¶NAME, ROLE at
    BODY, has heard every excuse. "Q," she said.` (NAME's, or no one's), `'Q': ROLE on a hard season¶O,
    ROLE2 at BODY2, said C. "Q," said NAME, ROLE at BODY.` and `The KIND faces closure¶'Q', says ROLE¶"Q,"
    NAME, ROLE at BODY, said.` (the headline's words are the story speaker's, or the role's as written;
    never O's)."""
    combos = itertools.product(PEOPLE30, range(6), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-headlines"):
        k = _k(PEOPLE30.index(p), shape, r)
        quote = _role_q(r, k)
        hq, qc, qs = m.q(quote), m.q(quote + ","), m.q(quote + ".")
        title = Contains(_head(r))
        heads = _headline_names(p, r)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{hq}, says {_role(r)}\n\n{p.full}, {_after(r)}, said on {DAYS30[k % 7]}: {qs}"
            expects = [Expect(hq, "direct", heads), _d(qs, p, title)]
        elif shape == 1:
            text = f"{_cap(_role(r))} warns: {hq}\n\n{qc} said {p.full}, {_after(r)}."
            expects = [Expect(hq, "direct", heads), _d(qc, p, title)]
        elif shape == 2:
            clause = _role_c(r, k)
            text = (
                f"{_cap(_core(r))} to stay open\n\n{hq} - {p.full} on the decision\n\n{p.full}, {_after(r)}, "
                f"said {clause}."
            )
            expects = [_d(hq, p), _i(clause, p, title)]
        elif shape == 3:
            text = f"{hq}\n\n{p.full}, {_after(r)}, has heard every excuse. {qc} {p.pronoun} said."
            expects = [_named_or_not(text, hq, p), _d(qc, p, title)]
        elif shape == 4:
            o = _other(p, k)
            ro = _other_role(r, k)
            oclause = _role_c(ro, k)
            text = (
                f"{hq}: {_role(r)} on a hard season\n\n{o.full}, {_after(ro)}, said {oclause}. {qc} said "
                f"{p.full}, {_after(r)}."
            )
            expects = [Expect(hq, "direct", heads), _i(oclause, o, Contains(_head(ro))), _d(qc, p, title)]
            wrong = [(hq, o.full), (qc, o.full)]
        else:
            text = (
                f"{_cap(_kind(r))} faces closure\n{hq}, says {_role(r)}\n\n{qc} {p.full}, {_after(r)}, said."
            )
            expects = [Expect(hq, "direct", heads), _d(qc, p, title)]
        yield Case("", f"ho30-headlines-{shape}", text, expects, wrong_speakers=wrong)


# --- group 13: first-person reporters -----------------------------------------------------------------------


def first_person() -> Iterator[Case]:
    """`"Q," NAME told me.`, `NAME, ROLE at BODY, showed me round on DAY. "Q," she told this newspaper.`,
    `NAME told me that C.`, `When I visited BODY on DAY, NAME, ROLE, said: "Q."`, `"Q," NAME told me as we
    walked round BODY.`, `I asked NAME, ROLE at BODY, whether C. "Q," she said.` (the reporter's question is
    nobody's report of NAME), `"Q," I was told by NAME, ROLE at BODY.` and `NAME told this reporter that C.`
    (the person the reporter spoke to speaks)."""
    combos = itertools.product(PEOPLE30, range(8), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-firstperson"):
        k = _k(PEOPLE30.index(p), shape, r)
        quote = _role_q(r, k) if k % 3 else _pick(ALL_Q30, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k) if k % 2 else _pick(CLAUSES30, k)
        title = Contains(_head(r))
        day = DAYS30[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, expects = f"{qc} {p.full} told me.", [_d(qc, p, None)]
        elif shape == 1:
            text = f"{p.full}, {_after(r)}, showed me round on {day}. {qc} {p.pronoun} told this newspaper."
            expects = [_d(qc, p, title)]
        elif shape == 2:
            text = f"{p.full} told me that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 3:
            text, expects = (
                f"When I visited {_body(r)} on {day}, {p.full}, {_role(r)}, said: {qs}",
                [_d(qs, p, title)],
            )
        elif shape == 4:
            text, expects = f"{qc} {p.full} told me as we walked round {_body(r)}.", [_d(qc, p, None)]
        elif shape == 5:
            asked = f"I asked {p.full}, {_after(r)}, whether {clause}."
            text = f"{asked} {qc} {p.pronoun} said."
            expects = [*_silent(text, asked), _d(qc, p, title)]
            wrong = [(clause, p.full)]
        elif shape == 6:
            text, expects = f"{qc} I was told by {p.full}, {_after(r)}.", [_d(qc, p, title)]
        else:
            text = f"{p.full} told this reporter that {clause}."
            expects = [_that(text, clause, p, None)]
        yield Case("", f"ho30-firstperson-{shape}", text, expects, wrong_speakers=wrong)


# --- group 14: speakers described, never named --------------------------------------------------------------


def described_only() -> Iterator[Case]:
    """`"Q," said DESCRIPTION.`, `DESCRIPTION said C.`, `One NOUN, who gave only her first name, GIVEN, said
    C.`, `"Q," said one NOUN, who asked to be identified only by his first name, GIVEN.`, `Asked about the
    closure, DESCRIPTION shrugged: "Q."`, `DESCRIPTION, who did not want to be named, said C.` and `GIVEN, a
    NOUN who would give only her first name, said: "Q."` (the description, with or without its clause, or
    the given name with or without its noun)."""
    combos = itertools.product(range(len(DESCRIBED30)), range(7), ALL_MARKS30, range(len(ROLES30)))
    for di, shape, m, r in sample(combos, 345, "ho30-described"):
        k = _k(di, shape, r)
        desc, accepted = DESCRIBED30[di]
        given, gender, noun = FIRST_NAMES30[k % len(FIRST_NAMES30)]
        poss = "her" if gender == "f" else "his"
        known = (given, f"one {noun}", f"a {noun}", noun)
        quote = _role_q(r, k) if k % 2 else _pick(ALL_Q30, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k) if k % 2 else _pick(CLAUSES30, k)
        expect: Expect
        if shape == 0:
            text, expect = f"{qc} said {desc}.", Expect(qc, "direct", accepted)
        elif shape == 1:
            text, expect = f"{_cap(desc)} said {clause}.", Expect(clause, "indirect", accepted)
        elif shape == 2:
            text = f"One {noun}, who gave only {poss} first name, {given}, said {clause}."
            expect = Expect(clause, "indirect", known)
        elif shape == 3:
            text = f"{qc} said one {noun}, who asked to be identified only by {poss} first name, {given}."
            expect = Expect(qc, "direct", known)
        elif shape == 4:
            text = f"Asked about the closure, {desc} shrugged: {qs}"
            expect = Expect(qs, "direct", accepted)
        elif shape == 5:
            text = f"{_cap(desc)}, who did not want to be named, said {clause}."
            names = (f"{desc}, who did not want to be named", *accepted)
            expect = Expect(clause, "indirect", names)
        else:
            text = f"{given}, a {noun} who would give only {poss} first name, said: {qs}"
            expect = Expect(qs, "direct", known)
        yield Case("", f"ho30-described-{shape}", text, [expect])


# --- group 15: quotations holding brackets, ellipses and dashes ---------------------------------------------


def inner_punctuation() -> Iterator[Case]:
    """`"We [the KIND] will not sell, whatever the offer," said NAME, ROLE at BODY.`, `"We will not ... sell
    the land," NAME said.`, `NAME, ROLE at BODY, said: "The old kiln — the one by the river — will be lit
    again."`, `NAME said: "It [BODY] has never once closed on a weekday."`, `"Q ..." NAME said, her voice
    trailing off.`, `"Q —" NAME began, before the phone rang.`, `"[The KIND] has never once closed on a
    weekday," NAME said.` and `NAME, ROLE, said on DAY: "DASHED. ELLIPSIS."` (the whole marked span is one
    quotation, NAME's)."""
    combos = itertools.product(PEOPLE30, range(8), ALL_MARKS30, range(len(ROLES30)))
    for p, shape, m, r in sample(combos, 265, "ho30-inner"):
        k = _k(PEOPLE30.index(p), shape, r)
        bracketed = _pick(BRACKETED30, k)
        ellipsis, dashed = _pick(ELLIPSES30, k), _pick(DASHED30, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            inserted = "[the council]" if bracketed.startswith("They") else f"[{_kind(r)}]"
            qc = m.q(bracketed.format(b=inserted) + ",")
            text, expect = f"{qc} said {p.full}, {_after(r)}.", _d(qc, p, title)
        elif shape == 1:
            qc = m.q(ellipsis + ",")
            text, expect = f"{qc} {p.full} said.", _d(qc, p, None)
        elif shape == 2:
            qs = m.q(dashed + ".")
            text, expect = f"{p.full}, {_after(r)}, said: {qs}", _d(qs, p, title)
        elif shape == 3:
            qs = m.q(bracketed.format(b=f"[{_body(r)}]") + ".")
            text, expect = f"{p.full} said: {qs}", _d(qs, p, None)
        elif shape == 4:
            qe = m.q(_role_q(r, k) + " ...")
            text, expect = f"{qe} {p.full} said, {p.poss} voice trailing off.", _d(qe, p, None)
        elif shape == 5:
            qe = m.q(_role_q(r, k) + " —")
            text, expect = f"{qe} {p.full} began, before the phone rang.", _d(qe, p, None)
        elif shape == 6:
            qc = m.q(f"[{_cap(_kind(r))}] has never once closed on a weekday,")
            text, expect = f"{qc} {p.full} said.", _d(qc, p, None)
        else:
            qs = m.q(f"{dashed}. {ellipsis}.")
            text, expect = f"{p.full}, {_role(r)}, said on {DAYS30[k % 7]}: {qs}", _d(qs, p, title)
        yield Case("", f"ho30-inner-{shape}", text, [expect])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout30.{name}", group, description, unique_texts(gen))


HELD_OUT_30 = (
    _named("parenthetical_credit", "1", "S, NAME said, P; C, according to NAME, ROLE", parenthetical_credit),
    _named("multi_paragraph", "2", "a quotation over paragraphs, credited once at its end", multi_paragraph),
    _named(
        "role_reference", "3", "NAME, ROLE ... the HEAD said, beside a person of another role", role_reference
    ),
    _named("written_words", "4", "wrote in an email; a text message; posted on her blog", written_words),
    _named("colon_clause", "5", 'NAME put it bluntly: "Q."; NAME was blunt: "Q."', colon_clause),
    _named("gender_pronoun", "6", "two people of stated genders before a pronoun turn", gender_pronoun),
    _named("spokespeople", "7", "a spokesperson for BODY; BODY's spokeswoman, NAME", spokespeople),
    _named("plural_speakers", "8", "A and B both said; Both A and B; A, like B, said", plural_speakers),
    _named(
        "long_subject",
        "9",
        "NAME, who has run ... since 1998 and ..., said; That C, NAME said, was",
        long_subject,
    ),
    _named("frames", "10", "is quoted as saying; was heard to say; in the words of; as NAME put it", frames),
    _named(
        "datelines_bylines",
        "11",
        "TOWN (Agency) -; By NAME, Staff Writer; NAME | Correspondent",
        datelines_bylines,
    ),
    _named("headlines", "12", "quotations in headlines and subheads above the story", headlines),
    _named("first_person", "13", '"Q," NAME told me; she told this newspaper', first_person),
    _named(
        "described_only", "14", "a woman selling kelp at the pier; gave only her first name", described_only
    ),
    _named("inner_punctuation", "15", "quotations with [brackets], ellipses and dashes", inner_punctuation),
)
