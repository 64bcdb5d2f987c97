"""Thirty-second held-out round: capabilities written at commit ``fc08fb5`` by a helper (``hcap38``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout32data.py``: thirty invented people of Nivkh, Khanty, Veps,
Laz, Zaza, Nubian, Songhai, Ovambo, Lepcha, Atayal, Blackfoot, Otomi, Shipibo and Torres Strait Islander
origin, each with a phrase that states the gender, an age and a birthplace; twelve names with initials,
hyphenated given names, particles (`van der`, `de la`, `al-`, `ter`, `dos`, `von`, `du`, `bin`) and `Jr.`/
`III`; straight, curly, British single marks, guillemets and German low-high marks; roles with their bodies
in millinery, accordion making, towage, fireworks, ocular prosthetics, rodeo, croquet lawns, taxidermy, pipe
bands, sail lofts, blacksmithing, boatbuilding, a drive-in cinema, perfumery, soap boiling and a donkey
sanctuary) with phrasings a careful news editor keys one way only:

1. a statement credited to a body whose signer is named afterwards (`BODY said in a statement on DAY that
   C. It was signed by NAME, its ROLE.`, `"Q," the letter said. It was signed by ...`, `The statement,
   signed by its ROLE, NAME, also said that C2.`, the signer's own words in the next paragraph) and a body's
   report followed by its spokesperson's quotation (`BODY said C. NAME, its ROLE, said: "Q."`);
2. *according to* at the start, the end and before a direct quotation, with long titles after the name
   (`since YEAR`, `who has been ROLE at BODY since YEAR`, `a former ROLE who now runs the KIND's training
   programme`, `and chair of its safety committee`, `BODY's ROLE, NAME,`, `a letter from NAME, ROLE, to the
   council`);
3. refusals and non-answers that are no quotation (`would not say whether C`, `declined to comment on
   TOPIC`, `refused to say how much`, `would not be drawn on TOPIC`, `did not respond to requests for
   comment`, `would neither confirm nor deny that C`) beside real reports by the same person;
4. second references by profession (`the taxidermist`), age (`the 44-year-old`) or birthplace (`the
   Gao-born ROLE`) with two or three people introduced in the story;
5. quotations inside dashes or brackets mid-sentence (`The plan — "X," according to NAME — was scrapped`,
   `(NAME called it "X")`, `— which NAME ... described as "X" —`, `(which NAME ... said were "X")`, `("Q,"
   said NAME, ROLE)`);
6. a pronoun turn after a sentence whose object is another person (`A, NOTE, thanked B, NOTE2, on DAY.
   "Q," she said.`): keyed where the stated gender (subject or object) or a role noun (`the HEAD2 said`)
   decides; with one gender and a pronoun only a speaker of the two is demanded;
7. several short fragments credited once (`called the plan "X," "Y" and "Z."`, `described the new rota as
   "X", "Y" and "Z".`, `and, above all, "Z"`, `The plan was "X," "Y" and "Z," NAME said`, `had three words
   for the plan: "X", "Y", "Z".`);
8. social posts and messages (`wrote on Instagram`, `In a Facebook post, NAME said`, `posted on her blog
   that`, `said in a WhatsApp message to members`, `In a video posted to TikTok`, `"Q," she wrote.` after a
   photo shared, `Writing on Mastodon, NAME said`);
9. interview layouts after an introduction naming reporter and interviewee (`REPORTER of the PAPER
   interviewed NAME, ROLE at BODY`): `Q:`/`A:`, surnames in capitals, full names then surnames, `Q.`/`A.`;
10. continuation verbs after a second quotation with no name repeated (`"Q2," she added.`, `he went on.`,
    `"Q3," he continued.`, `She added that C.`, `Then she went on: "Q2."`, an uncredited third quotation);
11. titles before a name with no comma (`BODY's ROLE NAME said`, `"Q," said BODY's ROLE NAME`, `Chief
    Pyrotechnician NAME`, `head milliner NAME` mid-sentence, `CORE Head Groom NAME`, `According to Master
    Sailmaker NAME`, `Former ROLE NAME`);
12. names with initials, `Jr.`/`III`, particles and hyphenated given names, in full first and by surname
    with its particle later (`van der Kolk said`, `Van der Kolk said` at a sentence start, `Ms. van der
    Kolk`, `said head groom NAME`, `The KIND's ROLE, NAME,`);
13. hearsay (`is said to have told colleagues that`, `reportedly told the PAPER that`, `allegedly said`, `is
    understood to have told members`, `is believed to have warned`, `apparently told friends`, `is reported
    to have said`, `According to two people at the meeting, NAME said C`);
14. inverted credits with long subjects (`"Q," said the woman who has run BODY since YEAR, NAME.`, `said the
    ROLE at BODY who trained half the HEADs in TOWN, NAME`, `said the KIND's longest-serving ROLE, NAME,
    AGE`, `says the man who rebuilt BODY after the fire of 1994, NAME, now AGE`, `said one of the founders
    of BODY, NAME`, `said the AGE-year-old ROLE who has kept BODY going since YEAR, NAME`);
15. negative controls: song titles, lyric lines, signs, slogans, mottos, works and scare terms that nobody
    in the text says (`A hand-painted sign at the gate of BODY reads "X".`, `Every child in TOWN knows the
    line "X" by heart.`, `NAME ... keeps a copy of WORK "X" on her desk.`): a marked span may be found, but
    with no speaker, never the person in the sentence.

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a body's
statement to the body or to its signer (`NoneOr`: no title, or the signer's role); a document's report to
its writer or the document; a marked fragment alone as direct or mixed, or one mixed quotation from its
object (`it "X"`, `the plan "X," "Y" and "Z."`); a second quotation with no new credit as one quotation of
two parts or two; titles with `Contains`, or `EitherOf` when two posts are stated, or `NoneOr` for a long
description printed as the title; a final `Jr.` with or without its point; `According to two people at the
meeting, NAME said C` to NAME or the two people; an interviewer's question found without a speaker or as
the reporter's (`exact=False`).

Run once at fc08fb5 (``capreport.py --heldout heldout32.NAME ...``: 3,012 of 3,888, .775). The failures
were then read for template and key bugs only, and one was fixed: `A thanked B on DAY.` and `A congratulated
B on DAY.` came out as A's report of B (a stance), which heldout28 already accepts as an act of speech a
careful reader may list, while these cases demanded that nothing else was found; such a report is now
tolerated when it is A's or has no speaker (`pronoun_object`, every shape; 68 cases): **3,080 (.792)**.
These keys stand: `declined to comment on TOPIC`, `did not respond to requests for comment` and `would
neither confirm nor deny that C` report nothing (quotex reads stance reports there, a scheme difference the
lead may judge, as heldout26 did for *declined to put a figure on*); the answers of a `Q:`/`A:` or
`Q.`/`A.` interview after `REPORTER of the PAPER interviewed NAME` are NAME's, never the reporter's (every
such case fails, the answers given to the reporter); `Head Greenkeeper NAME` and `BODY Chief Pyrotechnician
NAME` speak as NAME, with the role as title (quotex keeps `Greenkeeper NAME` as the name); `"Q," said the
ROLE at BODY who ..., NAME.` and `said one of the founders of BODY, NAME` are NAME's, not the description's;
`NAME had three words for the plan: "X", "Y", "Z".` is NAME's fragments, not a mixed quotation from
`words for the plan`; `Every child in TOWN knows the line "X" by heart.` has no speaker; `NAME said: "Q1."
Then she went on: "Q2."` is two direct quotations (quotex gives one mixed span).

| capability | group | cases | first run | key fixed |
|---|---|---|---|---|
| `heldout32.signed_statement` | 1 | 263 | 0.939 | 0.939 |
| `heldout32.according_to` | 2 | 257 | 0.591 | 0.591 |
| `heldout32.refusals` | 3 | 256 | 0.586 | 0.586 |
| `heldout32.nominal_second` | 4 | 262 | 0.973 | 0.973 |
| `heldout32.dash_bracket` | 5 | 265 | 0.683 | 0.683 |
| `heldout32.pronoun_object` | 6 | 264 | 0.727 | 0.985 |
| `heldout32.fragment_lists` | 7 | 262 | 0.836 | 0.836 |
| `heldout32.social_posts` | 8 | 260 | 1.000 | 1.000 |
| `heldout32.interview_layouts` | 9 | 255 | 0.533 | 0.533 |
| `heldout32.continuations` | 10 | 265 | 0.981 | 0.981 |
| `heldout32.pre_titles` | 11 | 260 | 0.619 | 0.619 |
| `heldout32.particle_names` | 12 | 260 | 0.988 | 0.988 |
| `heldout32.hearsay` | 13 | 260 | 1.000 | 1.000 |
| `heldout32.long_inverted` | 14 | 263 | 0.316 | 0.316 |
| `heldout32.negative_controls` | 15 | 236 | 0.843 | 0.843 |
| **heldout32** (all 15) | | 3,888 | 0.775 (3,012) | 0.792 (3,080) |

Thirty-seventh round, the lead's key fix: `NAME had three words for the plan: "X", "Y", "Z".` read as one
quotation is direct, not mixed: the fragments and their commas hold no letter outside the marks (the rule
docs/json.md states); the fragments one by one are accepted as before. heldout32 at the end of that round:
3,666 (0.943).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout32data import (
    ALL_MARKS32,
    ALL_Q32,
    DAYS32,
    EXCHANGES32,
    FRAGS32,
    HARD32,
    HEARSAY32,
    LYRICS32,
    MESSAGES32,
    MOTTOS32,
    OBJECT_VERBS32,
    PAPERS32,
    PEOPLE32,
    POSTS32,
    REPORTERS32,
    ROLES32,
    SIGNS32,
    SLOGANS32,
    SONGS32,
    TERMS32,
    TOWNS32,
    WORKS32,
    WROTE_ON32,
    Mark32,
    Person32,
)

from quotex import Quote, extract_quotes

YEARS32 = (1987, 1994, 2003, 2009, 2016)


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts`` (two stated posts, either printed)."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


@frozen
class NoneOr(Contains):
    """A title matcher for a speaker that may be a body or a person: no title, or one holding a part."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* is absent or contains any part."""
        return title is None or any(p.lower() in title.lower() for p in self.parts)


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: Sequence[str], k: int) -> str:
    return pool[k % len(pool)]


def _opposite(p: Person32, step: int) -> Person32:
    pool = tuple(q for q in PEOPLE32 if q.gender != p.gender)
    return pool[step % len(pool)]


def _same(p: Person32, step: int) -> Person32:
    pool = tuple(q for q in PEOPLE32 if q.gender == p.gender and q != p)
    return pool[step % len(pool)]


def _foreign(p: Person32, step: int) -> Person32:
    """Another person of another culture (another birthplace) and either gender."""
    pool = tuple(q for q in PEOPLE32 if q.culture != p.culture)
    return pool[step % len(pool)]


def _names(p: Person32 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person32) else p


def _d(content: str, p: Person32 | NameSpec, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "direct", _names(p), title, "person")


def _i(content: str, p: Person32 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body or a document when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _a(phrase: str) -> str:
    return f"an {phrase}" if phrase[:1] in "aeiou" else f"a {phrase}"


def _quotes(text: str) -> list[Quote]:
    return extract_quotes(text)


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start + len(first)) + len(last)]


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
    text: str, clause: str, p: Person32 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _two_parts(text: str, p: Person32, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """A quotation continued without a new credit: one quotation of two parts or two quotations, whichever
    quotex found (both are right), every piece *p*'s."""
    whole = _span(text, q1, q2)
    if _found_quote(text, whole) is not None:
        return [Expect(whole, "direct", (p.full,), title, "person", parts=(q1, q2))]
    return [_d(q1, p, title), _d(q2, p)]


def _silent(text: str, region: str) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* without a speaker: tolerated (marked words that
    are no quotation, a refused question), so that only a speaker given to them fails."""
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


def _speech_act(text: str, region: str, actor: Person32) -> list[Expect]:
    """A thank or a congratulation (`A thanked B on DAY.`) that quotex listed as *actor*'s act of speech, or
    without a speaker: tolerated, as heldout28 does (key fix after the first run); any other speaker fails."""
    start = text.index(region)
    end = start + len(region)
    expects: list[Expect] = []
    for q in _quotes(text):
        if start <= q.start and q.end <= end:
            if q.speaker is None:
                expects.append(Expect(text[q.start : q.end], q.kind.value, None))
            elif q.speaker.name.lower() == actor.full.lower():
                expects.append(Expect(text[q.start : q.end], q.kind.value, (actor.full,)))
    return expects


def _bare(text: str, marked: str, p: Person32 | NameSpec, title: TitleSpec) -> Expect:
    """A marked fragment credited to *p*: a direct or a mixed quotation of the marked words alone (either
    kind reads right), keyed with the kind quotex gave when it is one of those two."""
    q = _found_quote(text, marked)
    kind = q.kind.value if q is not None and q.kind.value in {"direct", "mixed"} else "direct"
    return Expect(marked, kind, _names(p), title, "person")


def _fragment(
    text: str,
    wholes: tuple[str, ...],
    marked: Sequence[str],
    p: Person32 | NameSpec,
    title: TitleSpec,
    *,
    kind: str = "mixed",
) -> list[Expect]:
    """Marked fragments credited once: one quotation of *kind* from the object (any of *wholes*, the phrase
    with its unmarked words; direct when no letter stands outside the marks) or each marked fragment on its
    own, whichever quotex found."""
    for whole in wholes:
        if whole in text and _found_quote(text, whole) is not None:
            return [Expect(whole, kind, _names(p), title, "person")]
    return [_bare(text, piece, p, title) for piece in marked]


def _role(r: int) -> str:
    return ROLES32[r].role


def _body(r: int) -> str:
    return ROLES32[r].body


def _core(r: int) -> str:
    return ROLES32[r].body.removeprefix("the ")


def _head(r: int) -> str:
    return ROLES32[r].head


def _kind(r: int) -> str:
    return ROLES32[r].kind


def _after(r: int) -> str:
    """`head milliner at the Quillsby Lane Millinery`."""
    return f"{ROLES32[r].role} at {ROLES32[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES32[r].quotes[k % len(ROLES32[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES32[r].clauses[k % len(ROLES32[r].clauses)]


def _quote(r: int, k: int) -> str:
    return _role_q(r, k) if k % 3 else _pick(ALL_Q32, k)


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES32) - 1)) % len(ROLES32)


def _combos(shapes: int) -> Iterator[tuple[Person32, int, Mark32, int]]:
    return itertools.product(PEOPLE32, range(shapes), ALL_MARKS32, range(len(ROLES32)))


# --- group 1: a statement credited to a body, its signer named afterwards -----------------------------------


def signed_statement() -> Iterator[Case]:
    """`BODY said in a statement on DAY that C. It was signed by NAME, its ROLE.`, `BODY wrote to the council
    on DAY. "Q," the letter said. It was signed by NAME, ROLE at BODY.`, `In a statement on DAY, BODY said:
    "Q."¶NAME, ROLE at BODY, who signed the statement, said separately that C2.`, `In a statement on DAY,
    BODY said C. The statement, signed by its ROLE, NAME, also said that C2.`, `"Q," BODY's board said in a
    statement on DAY. It was signed by NAME, the KIND's ROLE, and two other trustees.` and `BODY said C.
    NAME, its ROLE, said on DAY: "Q."` (the statement is the body's, or its signer's; the signer's own words
    are the signer's; a body's report is never the spokesperson named after it)."""
    for p, shape, m, r in sample(_combos(6), 265, "ho32-signed"):
        k = _k(PEOPLE32.index(p), shape, r)
        body, core, kind = _body(r), _core(r), _kind(r)
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        quote = _quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        day = DAYS32[k % 7]
        either = NoneOr(_head(r))
        signed: tuple[str, ...] = (body, core, p.full)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = (
                f"{_cap(body)} said in a statement on {day} that {c1}. It was signed by {p.full}, "
                f"its {_role(r)}."
            )
            expects = [_that(text, c1, signed, either, person=False)]
        elif shape == 1:
            text = (
                f"{_cap(body)} wrote to the council on {day}. {qc} the letter said. It was signed by "
                f"{p.full}, {_after(r)}."
            )
            expects = [Expect(qc, "direct", (*signed, "letter"), either)]
        elif shape == 2:
            text = (
                f"In a statement on {day}, {body} said: {qs}\n\n{p.full}, {_after(r)}, who signed the "
                f"statement, said separately that {c2}."
            )
            expects = [Expect(qs, "direct", signed, either), _that(text, c2, p, Contains(_head(r)))]
        elif shape == 3:
            text = (
                f"In a statement on {day}, {body} said {c1}. The statement, signed by its {_role(r)}, "
                f"{p.full}, also said that {c2}."
            )
            expects = [
                _i(c1, signed, either, person=False),
                _that(text, c2, (*signed, "statement"), either, person=False),
            ]
        elif shape == 4:
            board = f"{_poss(body)} board"
            names = (board, f"{_poss(core)} board", "board", *signed)
            text = (
                f"{qc} {board} said in a statement on {day}. It was signed by {p.full}, {_poss(kind)} "
                f"{_role(r)}, and two other trustees."
            )
            expects = [Expect(qc, "direct", names, either)]
        else:
            text = f"{_cap(body)} said {c1}. {p.full}, its {_role(r)}, said on {day}: {qs}"
            expects = [_i(c1, (body, core), None, person=False), _d(qs, p, Contains(_head(r)))]
            wrong = [(c1, p.full)]
        yield Case("", f"ho32-signed-{shape}", text, expects, wrong_speakers=wrong)


# --- group 2: according to, at the start, in the middle and at the end, with long titles --------------------


def according_to() -> Iterator[Case]:
    """`According to NAME, ROLE at BODY since YEAR, C.`, `C, according to NAME, who has been ROLE at BODY
    since YEAR.`, `According to NAME, a former ROLE who now runs the KIND's training programme, C.`, `"Q,"
    according to NAME, ROLE at BODY.`, `According to NAME, ROLE at BODY and chair of its safety committee,
    "Q."`, `According to BODY's ROLE, NAME, C.` and `C, according to a letter from NAME, ROLE at BODY, to the
    council.` (NAME's report, with the stated role)."""
    for p, shape, m, r in sample(_combos(7), 265, "ho32-according"):
        k = _k(PEOPLE32.index(p), shape, r)
        quote = _quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        year = YEARS32[k % len(YEARS32)]
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"According to {p.full}, {_after(r)} since {year}, {clause}."
            expect = _i(clause, p, title)
        elif shape == 1:
            text = f"{_cap(clause)}, according to {p.full}, who has been {_after(r)} since {year}."
            expect = _i(_cap(clause), p, title)
        elif shape == 2:
            text = (
                f"According to {p.full}, a former {_role(r)} who now runs {_poss(_kind(r))} training "
                f"programme, {clause}."
            )
            expect = _i(clause, p, EitherOf((_head(r), "training")))
        elif shape == 3:
            text, expect = f"{qc} according to {p.full}, {_after(r)}.", _d(qc, p, title)
        elif shape == 4:
            text = f"According to {p.full}, {_after(r)} and chair of its safety committee, {qs}"
            expect = _d(qs, p, EitherOf((_head(r), "safety committee")))
        elif shape == 5:
            text = f"According to {_poss(_body(r))} {_role(r)}, {p.full}, {clause}."
            expect = _i(clause, p, title)
        else:
            text = f"{_cap(clause)}, according to a letter from {p.full}, {_after(r)}, to the council."
            expect = _i(_cap(clause), (p.full, "letter", "a letter"), NoneOr(_head(r)), person=False)
        yield Case("", f"ho32-according-{shape}", text, [expect])


# --- group 3: refusals and non-answers beside real reports by the same person ------------------------------


def refusals() -> Iterator[Case]:
    """`NAME would not say whether C1. She said C2.`, `NAME, ROLE at BODY, declined to comment on TOPIC, but
    said on DAY that C.`, `NAME refused to say how much the repairs would cost. "Q," she said.`, `"Q," NAME
    said on DAY. She would not be drawn on TOPIC.`, `Asked about TOPIC, NAME, ROLE at BODY, declined to
    comment. Earlier, she had told the PAPER that C.`, `NAME did not respond to requests for comment on DAY.
    In a POST last month, she wrote that C.`, `NAME said C, but would not say whether C1.` and `NAME would
    neither confirm nor deny that C1. "Q," she said.` (the refusal reports nothing of NAME's: a speakerless
    reading of it is tolerated; the real report is NAME's)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho32-refusals"):
        k = _k(PEOPLE32.index(p), shape, r)
        role = ROLES32[r]
        qc = m.q(_quote(r, k) + ",")
        clause = _role_c(r, k)
        day = DAYS32[k % 7]
        title = Contains(_head(r))
        pron = p.pronoun
        expects: list[Expect]
        if shape == 0:
            region = f"whether {role.ask}"
            text = f"{p.full} would not say {region}. {_cap(pron)} said {clause}."
            expects = [_i(clause, p, None)]
        elif shape == 1:
            region = f"declined to comment on {role.topic}"
            text = f"{p.full}, {_after(r)}, {region}, but said on {day} that {clause}."
            expects = [_that(text, clause, p, title)]
        elif shape == 2:
            region = "how much the repairs would cost"
            text = f"{p.full} refused to say {region}. {qc} {pron} said."
            expects = [_d(qc, p, None)]
        elif shape == 3:
            region = f"would not be drawn on {role.topic}"
            text = f"{qc} {p.full} said on {day}. {_cap(pron)} {region}."
            expects = [_d(qc, p, None)]
        elif shape == 4:
            region = f"Asked about {role.topic}, {p.full}, {_after(r)}, declined to comment."
            text = f"{region} Earlier, {pron} had told the {_pick(PAPERS32, k)} that {clause}."
            expects = [_that(text, clause, p, title)]
        elif shape == 5:
            region = f"did not respond to requests for comment on {day}"
            post = _pick(POSTS32[:3], k)
            text = f"{p.full} {region}. In a {post} last month, {pron} wrote that {clause}."
            expects = [_that(text, clause, p, None)]
        elif shape == 6:
            region = f"whether {role.ask}"
            text = f"{p.full} said {clause}, but would not say {region}."
            expects = [_i(clause, p, None)]
        else:
            region = f"that {clause}"
            text = f"{p.full} would neither confirm nor deny {region}. {qc} {pron} said."
            expects = [_d(qc, p, None)]
        wrong = [(region, p.full)]
        yield Case(
            "", f"ho32-refusals-{shape}", text, [*expects, *_silent(text, region)], wrong_speakers=wrong
        )


# --- group 4: second references by profession, age or origin with two or three people -----------------------


def nominal_second() -> Iterator[Case]:
    """`A, AGE, a ROLE at BODY, and B, AGE2, who works as ROLE2 at BODY2, both spoke at the hearing on DAY.`
    then `"Q," the HEAD said.`, `"Q," the AGE-year-old said.`, `C, the AGE-year-old said.`; `A, a ROLE who was
    born in PLACE, and B, a ROLE2 from PLACE2, ...` then `The PLACE-born HEAD said C.` or `"Q," said the
    PLACE2-born HEAD2.`; three people, then `"Q," the HEAD2 said.` (the person the description fits, with the
    role stated at the introduction)."""
    for a, shape, m, r in sample(_combos(6), 265, "ho32-nominal"):
        k = _k(PEOPLE32.index(a), shape, r)
        b = _foreign(a, k)
        rb = _other_role(r, k)
        qc = m.q(_quote(r, k) + ",")
        clause = _role_c(rb if shape == 5 else r, k)
        day = DAYS32[k % 7]
        people = [a, b]
        if shape in {2, 5}:
            intro = (
                f"{a.full}, {_a(_role(r))} who was born in {a.born}, and {b.full}, {_a(_role(rb))} from "
                f"{b.born}, gave evidence to the inquiry on {day}."
            )
        elif shape == 3:
            pool = tuple(x for x in PEOPLE32 if x.culture not in {a.culture, b.culture})
            c = pool[(k + 3) % len(pool)]
            rc = next(x for x in itertools.count(rb + 1) if x % len(ROLES32) not in {r, rb}) % len(ROLES32)
            people.append(c)
            intro = (
                f"{a.full}, {_a(_role(r))} at {_body(r)}, {b.full}, {_a(_role(rb))} at {_body(rb)}, and "
                f"{c.full}, {_a(_role(rc))} at {_body(rc)}, spoke at the hearing on {day}."
            )
        else:
            intro = (
                f"{a.full}, {a.age}, {_a(_role(r))} at {_body(r)}, and {b.full}, {b.age}, who works as "
                f"{_a(_role(rb))} at {_body(rb)}, both spoke at the hearing on {day}."
            )
        expect: Expect
        if shape == 0:
            text = f"{intro} {qc} the {_head(r)} said."
            who, expect = a, _d(qc, a, Contains(_head(r)))
        elif shape == 1:
            text = f"{intro} {qc} the {a.age}-year-old said."
            who, expect = a, _d(qc, a, Contains(_head(r)))
        elif shape == 2:
            text = f"{intro} The {a.born}-born {_head(r)} said {clause}."
            who, expect = a, _i(clause, a, Contains(_head(r)))
        elif shape == 3:
            text = f"{intro} {qc} the {_head(rb)} said."
            who, expect = b, _d(qc, b, Contains(_head(rb)))
        elif shape == 4:
            text = f"{intro} {_cap(clause)}, the {b.age}-year-old said."
            who, expect = b, _i(_cap(clause), b, Contains(_head(rb)))
        else:
            text = f"{intro} {qc} said the {b.born}-born {_head(rb)}."
            who, expect = b, _d(qc, b, Contains(_head(rb)))
        wrong = [(expect.content, x.full) for x in people if x != who]
        yield Case("", f"ho32-nominal-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 5: quotations inside dashes or brackets mid-sentence ---------------------------------------------


def dash_bracket() -> Iterator[Case]:
    """`The plan — "X," according to NAME — was scrapped on DAY.`, `The KIND's new rota (NAME called it "X")
    starts on DAY.`, `The closure — which NAME, ROLE at BODY, described as "X" — came without warning.`, `The
    repairs — "Q," NAME, ROLE, said on DAY — will start in May.`, `The new rules (which NAME, ROLE at BODY,
    said were "X") came in on DAY.`, `Two members — one of them NAME, who called the vote "X" — walked out
    on DAY.` and `The decision ("Q," said NAME, ROLE) was announced on DAY.` (NAME's words, the fragment
    alone or with the phrase it completes)."""
    for p, shape, m, r in sample(_combos(7), 265, "ho32-dashes"):
        k = _k(PEOPLE32.index(p), shape, r)
        frag = _pick(FRAGS32, k)
        fm, fc = m.q(frag), m.q(frag + ",")
        qc = m.q(_quote(r, k) + ",")
        day = DAYS32[k % 7]
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"The plan — {fc} according to {p.full} — was scrapped on {day}."
            expects = [_bare(text, fc, p, None)]
        elif shape == 1:
            text = f"{_cap(_poss(_kind(r)))} new rota ({p.full} called it {fm}) starts on {day}."
            expects = _fragment(text, (f"it {fm}",), [fm], p, None)
        elif shape == 2:
            text = f"The closure — which {p.full}, {_after(r)}, described as {fm} — came without warning."
            expects = _fragment(text, (f"as {fm}",), [fm], p, title)
        elif shape == 3:
            text = f"The repairs — {qc} {p.full}, {_role(r)}, said on {day} — will start in May."
            expects = [_d(qc, p, title)]
        elif shape == 4:
            text = f"The new rules (which {p.full}, {_after(r)}, said were {fm}) came in on {day}."
            expects = _fragment(text, (f"were {fm}",), [fm], p, title)
        elif shape == 5:
            text = f"Two members — one of them {p.full}, who called the vote {fm} — walked out on {day}."
            expects = _fragment(text, (f"the vote {fm}",), [fm], p, None)
        else:
            text = f"The decision ({qc} said {p.full}, {_role(r)}) was announced on {day}."
            expects = [_d(qc, p, title)]
        yield Case("", f"ho32-dashes-{shape}", text, expects)


# --- group 6: a pronoun turn after a sentence whose object is another person --------------------------------


def pronoun_object() -> Iterator[Case]:
    """`A, NOTE, VERBED B, NOTE2, on DAY.` (`thanked`, `phoned`, `introduced ... to the members`, `handed the
    keys to`...) then `"Q," she said.` with *she* the subject (other genders), *she* the object (other
    genders), `He said C.` (the object), `She told him that C.` (the subject), or, one gender, `A, ROLE,
    VERBED B, ROLE2, on DAY. "Q," the HEAD2 said.` (the role decides); `A VERBED B on DAY. "Q," she said.`
    (one gender: the key accepts either person, only a speaker is demanded)."""
    for a, shape, m, r in sample(_combos(7), 265, "ho32-pronobj"):
        k = _k(PEOPLE32.index(a), shape, r)
        b = _same(a, k) if shape in {3, 4, 5} else _opposite(a, k)
        rb = _other_role(r, k)
        qc = m.q(_quote(r, k) + ",")
        clause = _role_c(r, k)
        day = DAYS32[k % 7]
        verb = _pick(OBJECT_VERBS32, k)
        if shape in {3, 4}:
            lead = f"{a.full}, {_role(r)} at {_body(r)}, {verb.format(o=f'{b.full}, {_role(rb)},')} on {day}."
        elif shape == 5:
            lead = f"{a.full} {verb.format(o=b.full)} on {day}."
        else:
            lead = f"{a.full}, {a.note}, {verb.format(o=f'{b.full}, {b.note},')} on {day}."
        acts = verb.startswith(("thanked", "congratulated"))
        expect: Expect
        if shape == 0:
            text, who, expect = f"{lead} {qc} {a.pronoun} said.", a, _d(qc, a, None)
        elif shape == 1:
            text, who, expect = f"{lead} {qc} {b.pronoun} said.", b, _d(qc, b, None)
        elif shape == 2:
            text, who, expect = f"{lead} {_cap(b.pronoun)} said {clause}.", b, _i(clause, b, None)
        elif shape == 3:
            text, who, expect = f"{lead} {qc} the {_head(rb)} said.", b, _d(qc, b, Contains(_head(rb)))
        elif shape == 4:
            text, who, expect = f"{lead} {qc} the {_head(r)} said.", a, _d(qc, a, Contains(_head(r)))
        elif shape == 5:
            text = f"{lead} {qc} {a.pronoun} said."
            tolerated = _speech_act(text, lead, a) if acts else []
            yield Case("", "ho32-pronobj-5", text, [_d(qc, (a.full, b.full), None), *tolerated])
            continue
        else:
            text = f"{lead} {_cap(a.pronoun)} told {b.obj} that {clause}."
            who, expect = a, _that(text, clause, a, None)
        other = b if who == a else a
        tolerated = _speech_act(text, lead, a) if acts else []
        wrong = [(expect.content, other.full)]
        yield Case("", f"ho32-pronobj-{shape}", text, [expect, *tolerated], wrong_speakers=wrong)


# --- group 7: several short fragments credited once ---------------------------------------------------------


def fragment_lists() -> Iterator[Case]:
    """`NAME called the plan "X," "Y" and "Z."`, `NAME, ROLE at BODY, described the new rota as "X", "Y" and
    "Z".`, `NAME said the rota was "X", "Y" and, above all, "Z".`, `The plan was "X," "Y" and "Z," NAME said
    on DAY.`, `In a letter to members, NAME called the decision "X" and "Y".` and `NAME had three words for
    the plan: "X", "Y", "Z".` (every fragment NAME's: one mixed quotation from the object or the fragments one
    by one)."""
    for p, shape, m, r in sample(_combos(6), 265, "ho32-fraglist"):
        k = _k(PEOPLE32.index(p), shape, r)
        f1, f2, f3 = (FRAGS32[(k + 4 * i) % len(FRAGS32)] for i in range(3))
        day = DAYS32[k % 7]
        title: TitleSpec = None
        wholes: tuple[str, ...]
        if shape == 0:
            pieces = [m.q(f1 + ","), m.q(f2), m.q(f3 + ".")]
            tail = f"{pieces[0]} {pieces[1]} and {pieces[2]}"
            text = f"{p.full} called the plan {tail}"
            wholes = (f"the plan {tail}", tail)
        elif shape == 1:
            pieces = [m.q(f1), m.q(f2), m.q(f3)]
            tail = f"{pieces[0]}, {pieces[1]} and {pieces[2]}"
            text = f"{p.full}, {_after(r)}, described the new rota as {tail}."
            wholes, title = (f"the new rota as {tail}", f"as {tail}", tail), Contains(_head(r))
        elif shape == 2:
            pieces = [m.q(f1), m.q(f2), m.q(f3)]
            tail = f"{pieces[0]}, {pieces[1]} and, above all, {pieces[2]}"
            text = f"{p.full} said the rota was {tail}."
            wholes = (f"the rota was {tail}", tail)
        elif shape == 3:
            pieces = [m.q(f1 + ","), m.q(f2), m.q(f3 + ",")]
            tail = f"{pieces[0]} {pieces[1]} and {pieces[2]}"
            text = f"The plan was {tail} {p.full} said on {day}."
            wholes = (f"The plan was {tail}", tail)
        elif shape == 4:
            pieces = [m.q(f1), m.q(f2)]
            tail = f"{pieces[0]} and {pieces[1]}"
            text = f"In a letter to members, {p.full} called the decision {tail}."
            wholes = (f"the decision {tail}", tail)
        else:
            pieces = [m.q(f1), m.q(f2), m.q(f3)]
            tail = f"{pieces[0]}, {pieces[1]}, {pieces[2]}"
            text = f"{p.full} had three words for the plan: {tail}."
            wholes = (tail,)
        # (the lead's key fix: the three fragments and their commas alone hold no letter outside the marks,
        # a direct quotation by the rule docs/json.md states, not a mixed one)
        kind = "direct" if shape == 5 else "mixed"
        yield Case("", f"ho32-fraglist-{shape}", text, _fragment(text, wholes, pieces, p, title, kind=kind))


# --- group 8: social posts and messages ---------------------------------------------------------------------


def social_posts() -> Iterator[Case]:
    """`NAME wrote on Instagram on DAY: "Q."`, `In a Facebook post on DAY, NAME, ROLE at BODY, said C.`,
    `NAME posted on her blog that C.`, `"Q," NAME said in a WhatsApp message to members.`, `NAME, ROLE, wrote
    in a LinkedIn post that C.`, `In a video posted to TikTok, NAME said: "Q."`, `NAME shared a photo of the
    flooded yard on Instagram. "Q," she wrote.` and `Writing on Mastodon, NAME said C.` (the writer's)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho32-social"):
        k = _k(PEOPLE32.index(p), shape, r)
        quote = _quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS32[k % 7]
        where = _pick(WROTE_ON32, k).format(poss=p.poss)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full} wrote on {where} on {day}: {qs}", _d(qs, p, None)
        elif shape == 1:
            post = _pick(POSTS32, k)
            text = f"In a {post} on {day}, {p.full}, {_after(r)}, said {clause}."
            expect = _i(clause, p, title)
        elif shape == 2:
            text = f"{p.full} posted on {p.poss} blog that {clause}."
            expect = _that(text, clause, p, None)
        elif shape == 3:
            text = f"{qc} {p.full} said in a {_pick(MESSAGES32, k)} to members."
            expect = _d(qc, p, None)
        elif shape == 4:
            post = _pick(("Facebook post", "LinkedIn post", "post on Instagram", "post on Threads"), k)
            text = f"{p.full}, {_role(r)}, wrote in a {post} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 5:
            text, expect = f"In a video posted to TikTok, {p.full} said: {qs}", _d(qs, p, None)
        elif shape == 6:
            text = f"{p.full} shared a photo of the flooded yard on Instagram. {qc} {p.pronoun} wrote."
            expect = _d(qc, p, None)
        else:
            text, expect = f"Writing on {where}, {p.full} said {clause}.", _i(clause, p, None)
        yield Case("", f"ho32-social-{shape}", text, [expect])


# --- group 9: interview layouts ----------------------------------------------------------------------------


def interview_layouts() -> Iterator[Case]:
    """An interview introduced by its reporter and the interviewee (`REPORTER of the PAPER interviewed NAME,
    ROLE at BODY, on DAY.`, `REPORTER sat down with NAME ...`), then turns labelled `Q:`/`A:`, surnames in
    capitals (`BRACKETT:`/`LYRGUN:`), full names then surnames, or `Q.`/`A.` (every answer the interviewee's,
    no question the interviewee's, no answer the reporter's)."""
    combos = itertools.product(PEOPLE32, range(4), range(len(REPORTERS32)), range(len(ROLES32)))
    for p, shape, v, r in sample(combos, 255, "ho32-interview"):
        k = _k(PEOPLE32.index(p), shape, v, r)
        (q1, a1), (q2, a2) = EXCHANGES32[k % 6], EXCHANGES32[(k + 1) % 6]
        rep_full, rep_last = REPORTERS32[v]
        paper = _pick(PAPERS32, k)
        day = DAYS32[k % 7]
        if shape == 2:
            intro = f"{rep_full} of the {paper} sat down with {p.full}, {_after(r)}, on {day}."
            lines = [f"{rep_full}: {q1}", f"{p.full}: {a1}", f"{rep_last}: {q2}", f"{p.last}: {a2}"]
        else:
            intro = (
                f"{rep_full} of the {paper} interviewed {p.full}, {_after(r)}, on {day}. The interview has "
                "been edited for length."
            )
            if shape == 0:
                lines = [f"Q: {q1}", f"A: {a1}", f"Q: {q2}", f"A: {a2}"]
            elif shape == 1:
                lq, la = rep_last.upper(), p.last.upper()
                lines = [f"{lq}: {q1}", f"{la}: {a1}", f"{lq}: {q2}", f"{la}: {a2}"]
            else:
                lines = [f"Q. {q1}", f"A. {a1}", f"Q. {q2}", f"A. {a2}"]
        text = "\n\n".join([intro, *lines])
        wrong = [(q1, p.full), (q2, p.full), (a1, rep_full), (a2, rep_full)]
        expects = [_d(a1, p, Contains(_head(r))), _d(a2, p, ANY)]
        yield Case("", f"ho32-interview-{shape}", text, expects, exact=False, wrong_speakers=wrong)


# --- group 10: continuation verbs after a second quotation --------------------------------------------------


def continuations() -> Iterator[Case]:
    """`"Q1," NAME said. "Q2," she added.`, `"Q1," NAME, ROLE at BODY, said on DAY. "Q2," he went on. "Q3," he
    continued.`, `NAME said C. "Q2," she added.`, `"Q1," said NAME. "Q2," she went on, pointing at the door.`,
    `"Q1," NAME told B, NOTE. "Q2," she added.` (B of the other gender), `"Q1," NAME said. She added that
    C.`, `NAME said: "Q1." Then she went on: "Q2."` and `"Q1," NAME said. "Q2," she added. "Q3."` (every
    quotation NAME's)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho32-continue"):
        k = _k(PEOPLE32.index(p), shape, r)
        t1, t2, t3 = _role_q(r, k), _pick(ALL_Q32, k), _role_q(r, k + 1)
        q1c, q2c, q3c = m.q(t1 + ","), m.q(t2 + ","), m.q(t3 + ",")
        q1s, q2s, q3s = m.q(t1 + "."), m.q(t2 + "."), m.q(t3 + ".")
        clause = _role_c(r, k)
        pron = p.pronoun
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text = f"{q1c} {p.full} said. {q2c} {pron} added."
            expects = [_d(q1c, p, None), _d(q2c, p, None)]
        elif shape == 1:
            text = (
                f"{q1c} {p.full}, {_after(r)}, said on {DAYS32[k % 7]}. {q2c} {pron} went on. {q3c} {pron} "
                "continued."
            )
            expects = [_d(q1c, p, Contains(_head(r))), _d(q2c, p), _d(q3c, p)]
        elif shape == 2:
            text = f"{p.full} said {clause}. {q2c} {pron} added."
            expects = [_i(clause, p, None), _d(q2c, p, None)]
        elif shape == 3:
            text = f"{q1c} said {p.full}. {q2c} {pron} went on, pointing at the door."
            expects = [_d(q1c, p, None), _d(q2c, p, None)]
        elif shape == 4:
            b = _opposite(p, k)
            text = f"{q1c} {p.full} told {b.full}, {b.note}. {q2c} {pron} added."
            expects = [_d(q1c, p, None), _d(q2c, p, None)]
            wrong = [(q1c, b.full), (q2c, b.full)]
        elif shape == 5:
            text = f"{q1c} {p.full} said. {_cap(pron)} added that {clause}."
            expects = [_d(q1c, p, None), _that(text, clause, p, None)]
        elif shape == 6:
            text = f"{p.full} said: {q1s} Then {pron} went on: {q2s}"
            expects = [_d(q1s, p, None), _d(q2s, p, None)]
        else:
            text = f"{q1c} {p.full} said. {q2c} {pron} added. {q3s}"
            expects = [_d(q1c, p, None), *_two_parts(text, p, q2c, q3s, None)]
        yield Case("", f"ho32-continue-{shape}", text, expects, wrong_speakers=wrong)


# --- group 11: titles before a name with no comma -----------------------------------------------------------


def pre_titles() -> Iterator[Case]:
    """`BODY's ROLE NAME said C.`, `"Q," said BODY's ROLE NAME.`, `Chief Pyrotechnician NAME said on DAY that
    C.`, `On DAY, head milliner NAME told the PAPER: "Q."`, `"Q," Senior Ocularist NAME said.`, `CORE Pipe
    Major NAME said C.`, `According to Master Sailmaker NAME, C.` and `Former ROLE NAME said C.` (NAME
    speaks, the title holds the role, capitalised or not)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho32-pretitle"):
        k = _k(PEOPLE32.index(p), shape, r)
        role, cap_role = _role(r), ROLES32[r].cap_role
        quote = _quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"{_cap(_poss(_body(r)))} {role} {p.full} said {clause}."
            expect = _i(clause, p, title)
        elif shape == 1:
            text, expect = f"{qc} said {_poss(_body(r))} {role} {p.full}.", _d(qc, p, title)
        elif shape == 2:
            text = f"{cap_role} {p.full} said on {DAYS32[k % 7]} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 3:
            text = f"On {DAYS32[k % 7]}, {role} {p.full} told the {_pick(PAPERS32, k)}: {qs}"
            expect = _d(qs, p, title)
        elif shape == 4:
            text, expect = f"{qc} {cap_role} {p.full} said.", _d(qc, p, title)
        elif shape == 5:
            text, expect = f"{_core(r)} {cap_role} {p.full} said {clause}.", _i(clause, p, title)
        elif shape == 6:
            text, expect = f"According to {cap_role} {p.full}, {clause}.", _i(clause, p, title)
        else:
            text, expect = f"Former {role} {p.full} said {clause}.", _i(clause, p, title)
        yield Case("", f"ho32-pretitle-{shape}", text, [expect])


# --- group 12: names with initials, suffixes, particles and hyphenated given names --------------------------


def particle_names() -> Iterator[Case]:
    """`FULL, ROLE at BODY, said C. "Q," REF said.` (`van der Kolk`, `de la Tourelle`, `al-Qassimi`,
    `Penwarden` for `Ellis P. Penwarden Jr.`), `"Q," said FULL, ROLE. REF said C.` (a particle capitalised at
    the start of a sentence), `FULL, ROLE at BODY, spoke on DAY. "Q," Ms. REF said.`, `According to FULL,
    ROLE at BODY, C. "Q," REF added.`, `"Q," said ROLE FULL.` and `The KIND's ROLE, FULL, said C.` (the full
    name as written, a final point optional)."""
    combos = itertools.product(range(len(HARD32)), range(6), ALL_MARKS32, range(len(ROLES32)))
    for h, shape, m, r in sample(combos, 265, "ho32-particles"):
        full, ref, gender = HARD32[h]
        k = _k(h, shape, r)
        names = (full, full.rstrip("."))
        hon = "Ms." if gender == "f" else "Mr."
        quote = _quote(r, k)
        qc = m.q(quote + ",")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{full}, {_after(r)}, said {clause}. {qc} {ref} said."
            expects = [_i(clause, names, title), _d(qc, names, ANY)]
        elif shape == 1:
            text = f"{qc} said {full}, {_role(r)}. {_cap(ref)} said {clause}."
            expects = [_d(qc, names, title), _i(clause, names, ANY)]
        elif shape == 2:
            text = f"{full}, {_after(r)}, spoke on {DAYS32[k % 7]}. {qc} {hon} {ref} said."
            expects = [_d(qc, names, title)]
        elif shape == 3:
            text = f"According to {full}, {_after(r)}, {clause}. {qc} {ref} added."
            expects = [_i(clause, names, title), _d(qc, names, ANY)]
        elif shape == 4:
            text = f"{qc} said {_role(r)} {full}."
            expects = [_d(qc, names, title)]
        else:
            text = f"{_cap(_poss(_kind(r)))} {_role(r)}, {full}, said {clause}."
            expects = [_i(clause, names, title)]
        yield Case("", f"ho32-particles-{shape}", text, expects)


# --- group 13: hearsay --------------------------------------------------------------------------------------


def hearsay() -> Iterator[Case]:
    """`NAME is said to have told colleagues that C.`, `NAME reportedly told the PAPER that C.`, `During a
    meeting on DAY, NAME allegedly said C.`, `NAME is understood to have told members that C.`, `NAME is
    believed to have warned the board that C.`, `NAME apparently told friends that C.`, `"Q," NAME is reported
    to have said.`, `According to two people at the meeting, NAME said C.` and `NAME, ROLE at BODY,
    reportedly said on DAY that C.` (NAME is the speaker; the report with or without its *that*)."""
    for p, shape, m, r in sample(_combos(9), 265, "ho32-hearsay"):
        k = _k(PEOPLE32.index(p), shape, r)
        qc = m.q(_quote(r, k) + ",")
        clause = _role_c(r, k)
        day = DAYS32[k % 7]
        expect: Expect
        if shape < len(HEARSAY32):
            frame = HEARSAY32[shape]
            text = _cap(frame.format(n=p.full, c=clause, paper=_pick(PAPERS32, k), day=day))
            expect = _that(text, clause, p, None)
        elif shape == 6:
            text, expect = f"{qc} {p.full} is reported to have said.", _d(qc, p, None)
        elif shape == 7:
            text = f"According to two people at the meeting, {p.full} said {clause}."
            expect = _i(clause, (p.full, "two people at the meeting", "two people"), None)
        else:
            text = f"{p.full}, {_after(r)}, reportedly said on {day} that {clause}."
            expect = _that(text, clause, p, Contains(_head(r)))
        yield Case("", f"ho32-hearsay-{shape}", text, [expect])


# --- group 14: inverted credits with long subjects ----------------------------------------------------------


def long_inverted() -> Iterator[Case]:
    """`"Q," said the woman who has run BODY since YEAR, NAME.`, `"Q," said the ROLE at BODY who trained half
    the HEADs in TOWN, NAME.`, `"Q," said the KIND's longest-serving ROLE, NAME, AGE.`, `"Q," says the man who
    rebuilt BODY after the fire of 1994, NAME, now AGE.`, `C, said the woman who has kept BODY open through
    three hard winters, NAME.`, `"Q," said one of the founders of BODY, NAME.` and `"Q," said the AGE-year-old
    ROLE who has kept BODY going since YEAR, NAME.` (NAME speaks; the description may be printed as title)."""
    for p, shape, m, r in sample(_combos(7), 265, "ho32-inverted"):
        k = _k(PEOPLE32.index(p), shape, r)
        qc = m.q(_quote(r, k) + ",")
        clause = _role_c(r, k)
        year = YEARS32[k % len(YEARS32)]
        title = Contains(_head(r))
        described = NoneOr(_core(r))
        expect: Expect
        if shape == 0:
            text = f"{qc} said the {p.noun} who has run {_body(r)} since {year}, {p.full}."
            expect = _d(qc, p, described)
        elif shape == 1:
            town = _pick(TOWNS32, k)
            text = f"{qc} said the {_after(r)} who trained half the {_head(r)}s in {town}, {p.full}."
            expect = _d(qc, p, title)
        elif shape == 2:
            text = f"{qc} said {_poss(_kind(r))} longest-serving {_role(r)}, {p.full}, {p.age}."
            expect = _d(qc, p, title)
        elif shape == 3:
            text = (
                f"{qc} says the {p.noun} who rebuilt {_body(r)} after the fire of 1994, {p.full}, "
                f"now {p.age}."
            )
            expect = _d(qc, p, described)
        elif shape == 4:
            text = (
                f"{_cap(clause)}, said the {p.noun} who has kept {_body(r)} open through three hard winters, "
                f"{p.full}."
            )
            expect = _i(_cap(clause), p, described)
        elif shape == 5:
            text = f"{qc} said one of the founders of {_body(r)}, {p.full}."
            expect = _d(qc, p, NoneOr("founder"))
        else:
            text = (
                f"{qc} said the {p.age}-year-old {_role(r)} who has kept {_body(r)} going since {year}, "
                f"{p.full}."
            )
            expect = _d(qc, p, title)
        yield Case("", f"ho32-inverted-{shape}", text, [expect])


# --- group 15: negative controls: lyrics, signs, slogans, works and scare quotes with no speaker ------------


def negative_controls() -> Iterator[Case]:
    """`The choir closed the evening with "SONG", and the whole hall joined in.`, `A hand-painted sign at the
    gate of BODY reads "SIGN".`, `Banners bearing the slogan "SLOGAN" hung from every lamp post in TOWN on
    DAY.`, `NAME, ROLE at BODY, keeps a copy of WORK "TITLE" on her desk.`, `The so-called "TERM" has divided
    BODY for years.`, `Every child in TOWN knows the line "LYRIC" by heart.`, `The words "MOTTO" are carved
    above the door of BODY, where NAME has worked since YEAR.` and `The old song "SONG" played over the
    loudspeakers as NAME walked into the arena.` (nobody speaks: a marked span may be found, but with no
    speaker, never the person in the sentence)."""
    for p, shape, m, r in sample(_combos(8), 265, "ho32-negative"):
        k = _k(PEOPLE32.index(p), shape, r)
        day, town = DAYS32[k % 7], _pick(TOWNS32, k)
        year = YEARS32[k % len(YEARS32)]
        if shape == 0:
            marked = m.q(_pick(SONGS32, k))
            text = f"The choir closed the evening with {marked}, and the whole hall joined in."
        elif shape == 1:
            marked = m.q(_pick(SIGNS32, k))
            text = f"A hand-painted sign at the gate of {_body(r)} reads {marked}."
        elif shape == 2:
            marked = m.q(_pick(SLOGANS32, k))
            text = f"Banners bearing the slogan {marked} hung from every lamp post in {town} on {day}."
        elif shape == 3:
            frame, work = WORKS32[k % len(WORKS32)]
            marked = m.q(work)
            text = f"{p.full}, {_after(r)}, keeps a copy of {frame} {marked} on {p.poss} desk."
        elif shape == 4:
            marked = m.q(_pick(TERMS32, k))
            text = f"The so-called {marked} has divided {_body(r)} for years."
        elif shape == 5:
            marked = m.q(_pick(LYRICS32, k))
            text = f"Every child in {town} knows the line {marked} by heart."
        elif shape == 6:
            marked = m.q(_pick(MOTTOS32, k))
            text = (
                f"The words {marked} are carved above the door of {_body(r)}, where {p.full} has worked "
                f"since {year}."
            )
        else:
            marked = m.q(_pick(SONGS32, k))
            text = f"The old song {marked} played over the loudspeakers as {p.full} walked into the arena."
        yield Case("", f"ho32-negative-{shape}", text, _silent(text, text), wrong_speakers=[(marked, p.full)])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout32.{name}", group, description, unique_texts(gen))


HELD_OUT_32 = (
    _named(
        "signed_statement", "1", "BODY said in a statement. It was signed by NAME, its ROLE", signed_statement
    ),
    _named("according_to", "2", "According to NAME, LONG TITLE, C; C, according to NAME, who", according_to),
    _named("refusals", "3", "would not say whether; declined to comment; refused to say", refusals),
    _named("nominal_second", "4", "the HEAD said; the 47-year-old; the Gao-born ROLE", nominal_second),
    _named(
        "dash_bracket", "5", 'The plan — "X," according to NAME — was; (NAME called it "X")', dash_bracket
    ),
    _named("pronoun_object", "6", 'A thanked B on DAY. "Q," she said.', pronoun_object),
    _named("fragment_lists", "7", 'NAME called the plan "X," "Y" and "Z."', fragment_lists),
    _named("social_posts", "8", "wrote on Instagram; in a Facebook post; WhatsApp message", social_posts),
    _named("interview_layouts", "9", "Q:/A:, SURNAME:, full names then surnames, Q./A.", interview_layouts),
    _named("continuations", "10", '"Q2," she added; he went on; she continued', continuations),
    _named("pre_titles", "11", "BODY's ROLE NAME said; Chief Pyrotechnician NAME said", pre_titles),
    _named("particle_names", "12", "van der, de la, al-, Jr., III, initials, hyphens", particle_names),
    _named("hearsay", "13", "is said to have told; reportedly; allegedly", hearsay),
    _named("long_inverted", "14", '"Q," said the woman who has run BODY since 1987, NAME.', long_inverted),
    _named(
        "negative_controls",
        "15",
        "lyrics, signs, slogans, works, scare quotes: no speaker",
        negative_controls,
    ),
)
