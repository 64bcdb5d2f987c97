"""Sixteenth held-out round: capabilities written at commit ``f1c9f03`` by a helper who did not
read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout16data.py``: twenty-four invented people of
Nigerian, Irish, Indian, Punjabi, Spanish, Portuguese, French-Canadian, Dutch, Ghanaian, Scottish,
Hausa, Indonesian and English origin, in the shapes a name can take: hyphens (`Obi-Nwosu`,
`Marie-Ève`, `Jean-Marc`), particles (`Ní Bhriain`, `Ó Murchú`, `ter Horst`), an apostrophe
(`O'Mahony`, `O'Dwyer`), initials (`P. V. Narasimhan`, `Rosalind J. Pattinson`), single names
(`Sukarti`, `Suharyanto`), names ending in -an, -son and -es; straight, curly and British single
marks; open-class cue verbs in the past and present (`grumbles`, `frets`, `hedged`, `chuckled`);
roles with their bodies in Thrissur, Ikeja, Tiny Township (a reeve), Mayo, Fremantle, Saskatoon and
Lagos; role nouns outside common lists; place-modified titles; groups; airlines, unions, councils
and banks; datelines of Reuters, PTI, AAP and Indian, Irish and Canadian papers; bylines; interview
exchanges) with phrasings of sports, courts, science, business and local government that a careful
news annotator keys:

1. open-class cues after a quotation in the present and past (`"Q," NAME grumbles.`, inverted `"Q,"
   frets NAME, ROLE.`, `"Q," NAME sighed, shaking his head.`, `"Q," TITLE NAME griped.`, `"Q," NAME,
   ROLE, reflects.`, `Ms/Mr SURNAME enthused` after a lead); tenses and positions (`NAME reckons
   that C.`, `NAME, ROLE, has long maintained that C.`, `At DAY's meeting, NAME will argue / is
   expected to say that C.`, `"Q," NAME had grumbled before the vote.`, `"Q," NAME is telling
   colleagues.`, an interrupted `"Q1," says NAME, ROLE, "and q2."`, `NAME tells the Examiner: "Q."`);
2. unnamed and quantified speakers after a lead naming a person who does not speak (`one of them
   grumbled`, `said one ... said another`, `Most said C.`, `A few told Ms SURNAME that C.`, `said a
   taxi driver, who did not want to be named`, `Neither would give a name, but both said C.`);
3. round-ups of colon credits (`Thrissur District Collector NAME: "Q."`, `NAME (BODY): "Q."`, two
   title-before credits in a row, a fronted `Said NAME, ROLE: "Q."`) and transcripts (`ANCHOR:` /
   `SURNAME:`, `Q.` / `A.` with full stops, `Question:` / `Answer:`, `Reporter:` / `Surname:`):
   answers are the interviewee's, questions never;
4. gender deciding a pronoun between a woman and a man (from `Mr SURNAME spoke only briefly`, from
   `the landlady` / `the groundsman`, from `who lifted it above her head`, from the other person's
   `for his support`); two people of the same gender (the subject across a paragraph break, the
   newest person introduced, the subject who acted, `A listened as B addressed the meeting`);
   descriptions referring back (`the 34-year-old striker`, `the judge` against a prosecutor, `the
   professor` against a doctoral student, `the airline` / `the union` / `the bank`, `the collector`
   / `the reeve` / `the skipper` after a title before the name);
5. name hygiene (`said Smt/Shri/Chief/Alhaji/Garda Sergeant NAME`, `"Q," recalled NAME.`,
   `Meanwhile, NAME said`, `In Abuja, NAME said`, `Said NAME: "Q."`, `a visibly tired NAME said:`) and
   documents credited to their issuer (`A statement from ORG said C.`, `ORG said in a submission to
   the inquiry that C.`, `In a post on social media, NAME said C.`, `According to a memo from ORG,
   C.`, `ORG's annual report said C.`, `A letter signed by NAME said C.`);
6. titles in full with their body (`Tiny Township Reeve NAME`, `The head of research at ORG, NAME,`,
   `NAME, reeve of Tiny Township,`, `ORG's general manager, NAME,`, `NAME, who is district collector of
   Thrissur,`, `NAME, secretary and treasurer of the Claddagh Rowing Club,`, `NAME, a spokesperson for
   ORG,`), role nouns outside common lists in apposition after and before the name (`a saree weaver
   from Kanchipuram`, `a danfo driver in Surulere`, with an age; `A stonemason from Connemara, NAME,
   said`) and place-modified titles (`Punjab MLA NAME`, `Ontario MPP NAME`, `Kano State lawmaker NAME`);
7. datelines (`ABUJA, Nigeria (Reuters) —`, `Kolkata, Jan 9 (PTI)` without a dash, `SYDNEY (AAP) -`,
   `CORK, Ireland —`, `WINNIPEG —`, `BENGALURU:`), also right before a quotation, and bylines in their
   own paragraph (`By Tunde Afolabi\nLagos Bureau`, `Story by NAME, Australian Associated Press`):
   never a speaker, never inside a quotation;
8. British single marks with apostrophes inside and at the edges of words (`kids'`, `o'clock`,
   `'til`, `the '90s`, `fish 'n' chips`, `the Bulls' defence`) and in the speaker's name
   (`O'Mahony`), split, with a nested double quotation, and after a lead with a possessive.

When an annotator's key is uncertain the case asserts less (title not checked after an honorific
such as `Shri` or `Chief`, several readings of an unnamed or quantified speaker accepted,
``exact=False`` where a second report may come out).

Before the run, templates were read for English only (and fixed then): documents' clauses no longer
start `it` after `According to a memo from ORG,`, bodies' quotations fit a resignation, and a PTI
dateline takes a PTI byline. Run once at f1c9f03 (``capreport.py --heldout heldout16.NAME ...``:
3,664 of 4,066, .901). The failures were then read for template and key bugs only; three were
found and fixed: `tenses_positions` lowered the first letter of a continued quotation and wrote
`"and i stand by every word."` (text only, no key changed); `transcripts_qa` wrote the label of
`Margriet ter Horst` as `ter Horst:` at the start of a line, where English capitalises it (`Ter
Horst:`, 2 cases); and `nominal_anaphora` keyed `Prosecutor NAME asked for a long sentence, and
Justice NAME agreed` as holding no other report, while `asked for a long sentence` reports the
prosecutor's request, so those cases no longer forbid a second quotation (16 cases). After the
fixes: 3,682 of 4,066 (.906), which the floors record. No other key was changed: `"Q," TITLE NAME
said` keeps the title out of the name (`Tiny Township Reeve`, `Mayo County Council director of
services`); `the reeve said` / `the 39-year-old striker told` / `A rickshaw puller from Kolkata,
Suharyanto, said` are the named person's; `A criticised B's plan.\n\n"Q," he said.`, `A rang B to
complain.` and `A listened as B addressed the meeting.` give the quotation to the subject who acted
or spoke; `is expected to say that C` reports C as the person's; `BENGALURU:` is a dateline.

| capability | group | cases | first run | templates fixed |
|---|---|---|---|---|
| `heldout16.open_cues_present` | 1 | 320 | 0.912 | 0.912 |
| `heldout16.tenses_positions` | 1 | 301 | 0.847 | 0.847 |
| `heldout16.unnamed_quantified` | 2 | 281 | 0.826 | 0.826 |
| `heldout16.colon_roundups` | 3 | 280 | 0.818 | 0.818 |
| `heldout16.transcripts_qa` | 3 | 280 | 0.975 | 0.982 |
| `heldout16.pronoun_gender` | 4 | 300 | 0.987 | 0.987 |
| `heldout16.salience_subject` | 4 | 300 | 0.663 | 0.663 |
| `heldout16.nominal_anaphora` | 4 | 300 | 0.793 | 0.847 |
| `heldout16.name_hygiene` | 5 | 292 | 1.000 | 1.000 |
| `heldout16.document_issuers` | 5 | 262 | 1.000 | 1.000 |
| `heldout16.titles_affiliation` | 6 | 298 | 0.953 | 0.953 |
| `heldout16.odd_roles_places` | 6 | 276 | 0.982 | 0.982 |
| `heldout16.datelines_bylines` | 7 | 289 | 0.879 | 0.879 |
| `heldout16.british_single` | 8 | 287 | 1.000 | 1.000 |
| **heldout16** (all 14) | | 4,066 | 0.901 (3,664) | 0.906 (3,682) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout16data import (
    ALL_Q16,
    APOS_Q16,
    BENCH_Q16,
    BYLINES16,
    CLAUSES16,
    COMMUNITY_Q16,
    COORD_ROLES16,
    COUNCIL_Q16,
    DATELINES16,
    DAYS16,
    EXCHANGES16,
    GROUP_CLAUSES16,
    GROUPS16,
    HONOURED16,
    MARKS16,
    MEN16,
    ODD_ROLES16,
    OPEN_VERBS16,
    ORG_CLAUSES16,
    ORG_Q16,
    ORG_ROLES16,
    ORGS16,
    PEOPLE16,
    PLACE_TITLES16,
    ROLE_POOLS16,
    ROLES16,
    SCIENCE_Q16,
    SECONDS16,
    SINGLE16,
    SPORT_Q16,
    THAT_VERBS16,
    WOMEN16,
    Person16,
)


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: tuple[str, ...], k: int) -> str:
    return pool[k % len(pool)]


def _opposite(p: Person16, step: int) -> Person16:
    pool = tuple(q for q in (MEN16 if p.gender == "f" else WOMEN16) if q.shape != "single")
    return pool[step % len(pool)]


def _same(p: Person16, step: int) -> Person16:
    pool = tuple(q for q in (WOMEN16 if p.gender == "f" else MEN16) if q.shape != "single" and q != p)
    return pool[step % len(pool)]


def _d(content: str, p: Person16, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person")


def _i(content: str, p: Person16, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _org(content: str, kind: str, name: str) -> Expect:
    return Expect(content, kind, (name,))


def _role_quote(r: int, k: int) -> str:
    return _pick(ROLE_POOLS16[r], k)


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _org_word(org: str) -> str:
    """The first word of a body's name without its article (`Nigerian` of `the Nigerian Union ...`)."""
    return org.removeprefix("the ").split()[0]


_CIVIC_Q = COUNCIL_Q16 + COMMUNITY_Q16


# --- group 1: cue verbs, tenses and positions -------------------------------------------------------


def open_cues_present() -> Iterator[Case]:
    """Open-class cue verbs after a quotation, past and present: `"Q," NAME grumbles.`, inverted with
    an apposition (`"Q," frets NAME, ROLE.`), with a participle tail, `LEAD. "Q," Ms/Mr SURNAME
    enthused.`, after a title before the name, and `"Q," NAME, ROLE, reflects.`"""
    combos = itertools.product(PEOPLE16, range(6), MARKS16, range(len(OPEN_VERBS16)))
    for p, shape, m, v in sample(combos, 320, "ho16-opencues"):
        past, present = OPEN_VERBS16[v]
        k = _k(PEOPLE16.index(p), shape, v)
        r = k % len(ROLES16)
        after, before, parts = ROLES16[r]
        title = Contains(parts)
        qc = m.q(_role_quote(r, k) + ",") if shape in (1, 4, 5) else m.q(_pick(ALL_Q16, k) + ",")
        if shape == 0:
            text, expect = f"{qc} {p.full} {present}.", _d(qc, p)
        elif shape == 1:
            text, expect = f"{qc} {present} {p.full}, {after}.", _d(qc, p, title)
        elif shape == 2:
            text, expect = f"{qc} {p.full} {past}, shaking {p.poss} head.", _d(qc, p)
        elif shape == 3:
            lead = f"{p.full} spoke to the Herald Sun on {DAYS16[k % 7]}."
            text, expect = f"{lead} {qc} {p.ref} {past}.", _d(qc, p)
        elif shape == 4:
            text, expect = f"{qc} {before} {p.full} {past}.", _d(qc, p, title)
        else:
            text, expect = f"{qc} {p.full}, {after}, {present}.", _d(qc, p, title)
        yield Case("", f"ho16-opencues-{shape}", text, [expect])


def tenses_positions() -> Iterator[Case]:
    """Tenses and positions: `NAME reckons that C.`, `NAME, ROLE, has long maintained that C.`, `At
    DAY's meeting, NAME will argue that C.`, `"Q," NAME had grumbled before the vote.`, `"Q," NAME is
    telling colleagues.`, an interrupted quotation `"Q1," says NAME, ROLE, "and Q2."` and `NAME tells
    the Examiner: "Q."`"""
    combos = itertools.product(PEOPLE16, range(7), MARKS16, range(len(ROLES16)))
    for p, shape, m, r in sample(combos, 320, "ho16-tenses"):
        after, _before, parts = ROLES16[r]
        title = Contains(parts)
        k = _k(PEOPLE16.index(p), shape, r)
        quote = _role_quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES16, k)
        present, perfect, future = THAT_VERBS16[k % len(THAT_VERBS16)]
        exact = True
        if shape == 0:
            text, expect = f"{p.full} {present} that {clause}.", _i(f"that {clause}", p)
        elif shape == 1:
            text = f"{p.full}, {after}, {perfect} that {clause}."
            expect = _i(f"that {clause}", p, title)
        elif shape == 2:
            text = f"At {DAYS16[k % 7]}'s meeting, {p.full} {future} that {clause}."
            expect = _i(f"that {clause}", p)
        elif shape == 3:
            past = OPEN_VERBS16[k % len(OPEN_VERBS16)][0]
            text, expect = f"{qc} {p.full} had {past} before the vote.", _d(qc, p)
        elif shape == 4:
            text, expect = f"{qc} {p.full} is telling colleagues.", _d(qc, p)
        elif shape == 5:
            second = _pick(SECONDS16, k)
            second = second if second.startswith("I ") else second[:1].lower() + second[1:]
            q2 = m.q(f"and {second}.")
            text = f"{qc} says {p.full}, {after}, {q2}"
            expect, exact = _d(_span(text, qc, q2), p, title), False
        else:
            text, expect = f"{p.full} tells the Examiner: {qs}", _d(qs, p)
        yield Case("", f"ho16-tenses-{shape}", text, [expect], exact=exact)


# --- group 2: unnamed and quantified speakers -------------------------------------------------------


def unnamed_quantified() -> Iterator[Case]:
    """Unnamed and quantified speakers after a lead that names a person who does not speak: `"Q,"
    one of them grumbled.`, `"Q1," said one. "Q2," said another.`, `Most said C.`, `A few told
    Ms SURNAME that C.`, `"Q," said a NOUN, who did not want to be named.` and `Neither would give
    a name, but both said C.`"""
    combos = itertools.product(range(len(GROUPS16)), range(6), MARKS16, range(len(PEOPLE16)))
    for g, shape, m, pi in sample(combos, 300, "ho16-unnamed"):
        plural, single, setting = GROUPS16[g]
        p = PEOPLE16[pi]
        k = _k(g, shape, pi)
        day = DAYS16[k % 7]
        qc = m.q(_pick(COMMUNITY_Q16, k) + ",")
        clause = _pick(GROUP_CLAUSES16, k)
        lead = f"{p.full} met {plural} {setting} on {day}."
        accepted: NameSpec
        if shape == 0:
            text = f"{lead} {qc} one of them grumbled."
            accepted = ("one of them", "one", f"one of the {plural}", f"one {single}")
            content, kind = qc, "direct"
        elif shape == 1:
            q0 = m.q(_pick(COMMUNITY_Q16, k + 1) + ",")
            text = f"{lead} {q0} said one. {qc} said another."
            accepted = ("another", f"another {single}", f"another of the {plural}")
            content, kind = qc, "direct"
        elif shape == 2:
            text = f"{lead} Most said {clause}."
            accepted = ("most", f"most {plural}", f"most of the {plural}", "most of them")
            content, kind = clause, "indirect"
        elif shape == 3:
            text = f"{lead} A few told {p.ref} that {clause}."
            accepted = ("a few", "few", f"a few {plural}", f"a few of the {plural}")
            content, kind = f"that {clause}", "indirect"
        elif shape == 4:
            text = f"{lead} {qc} said a {single}, who did not want to be named."
            accepted = (
                single,
                f"a {single}, who did not want to be named",
                f"a {single} who did not want to be named",
            )
            content, kind = qc, "direct"
        else:
            lead = f"{p.full} spoke to two {plural} {setting} on {day}."
            text = f"{lead} Neither would give a name, but both said {clause}."
            accepted = ("both", f"both {plural}", f"two {plural}", f"the two {plural}", "both of them")
            content, kind = clause, "indirect"
        yield Case(
            "",
            f"ho16-unnamed-{shape}",
            text,
            [Expect(content, kind, accepted)],
            exact=False,
            wrong_speakers=[(content, p.full)],
        )


# --- group 3: colon credits, round-ups, transcripts, interviews --------------------------------------

_ROUNDUP_LEADS = (
    "Reaction to the decision:",
    "Here is what they told us:",
    "Voices from the day:",
    "What the key figures said:",
)


def colon_roundups() -> Iterator[Case]:
    """Round-ups of colon credits after a lead: a title before the name (`Thrissur District Collector
    NAME: "Q."`), a body in brackets (`NAME (BODY): "Q."`), two title-before credits in a row, and a
    fronted `Said NAME, ROLE: "Q."`."""
    combos = itertools.product(PEOPLE16, range(4), MARKS16, range(len(ROLES16)))
    for p, shape, m, r in sample(combos, 280, "ho16-roundup"):
        after, before, parts = ROLES16[r]
        k = _k(PEOPLE16.index(p), shape, r)
        qs = m.q(_role_quote(r, k) + ".")
        lead = _pick(_ROUNDUP_LEADS, k) + "\n\n"
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, expects = f"{lead}{before} {p.full}: {qs}", [_d(qs, p, Contains(parts))]
        elif shape == 1:
            org = ORGS16[k % len(ORGS16)][0]
            text, expects = f"{lead}{p.full} ({_cap(org)}): {qs}", [_d(qs, p)]
        elif shape == 2:
            o = PEOPLE16[(PEOPLE16.index(p) + 5) % len(PEOPLE16)]
            r2 = (r + 3) % len(ROLES16)
            before2, parts2 = ROLES16[r2][1], ROLES16[r2][2]
            q2 = m.q(_role_quote(r2, k + 1) + ".")
            text = f"{lead}{before} {p.full}: {qs}\n\n{before2} {o.full}: {q2}"
            expects = [_d(qs, p, Contains(parts)), _d(q2, o, Contains(parts2))]
            wrong = [(qs, o.full), (q2, p.full)]
        else:
            text, expects = f"{lead}Said {p.full}, {after}: {qs}", [_d(qs, p, Contains(parts))]
        yield Case("", f"ho16-roundup-{shape}", text, expects, wrong_speakers=wrong)


def transcripts_qa() -> Iterator[Case]:
    """Transcripts and printed interviews after an introduction: `ANCHOR:` / `SURNAME:` in capitals,
    `Q.` / `A.` with full stops, `Question:` / `Answer:`, and `Reporter:` / `Surname:` at a press
    conference; every answer is the interviewee's and no question is."""
    combos = itertools.product(PEOPLE16, range(4), range(len(EXCHANGES16)), range(len(ROLES16)))
    for p, style, e, r in sample(combos, 280, "ho16-transcript"):
        (q1, a1), (q2, a2) = EXCHANGES16[e], EXCHANGES16[(e + 3) % len(EXCHANGES16)]
        after = ROLES16[r][0]
        day = DAYS16[(e + r) % 7]
        if style == 0:
            intro = f"{p.full}, {after}, joined us from the studio in Winnipeg. What follows is a transcript."
            ask, answer = "ANCHOR:", f"{p.last.upper()}:"
        elif style == 1:
            intro = f"{p.full}, {after}, answered our questions by email on {day}."
            ask, answer = "Q.", "A."
        elif style == 2:
            intro = f"{p.full} spoke to the Tribune after the launch on {day}. The interview has been edited."
            ask, answer = "Question:", "Answer:"
        else:
            intro = f"Excerpts from a press conference given by {p.full}, {after}, on {day}:"
            ask, answer = "Reporter:", f"{_cap(p.last)}:"
        lines = [f"{ask} {q1}", f"{answer} {a1}", f"{ask} {q2}", f"{answer} {a2}"]
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case(
            "",
            f"ho16-transcript-{style}",
            text,
            [_d(a1, p), _d(a2, p)],
            exact=False,
            wrong_speakers=[(q1, p.full), (q2, p.full)],
        )


# --- group 4: pronouns and nominal anaphora ----------------------------------------------------------

_GENDERED_ROLES = (
    ("landlady", "landlord"),
    ("forewoman", "foreman"),
    ("groundswoman", "groundsman"),
    ("policewoman", "policeman"),
)


def pronoun_gender() -> Iterator[Case]:
    """Gender decides a pronoun between a woman and a man: from an honorific (`A, a councillor, and
    B, a solicitor, gave evidence. Mr A spoke only briefly. "Q," she said.`), from a gendered role
    noun (`A handed the keys to the landlady, B.`), from the speaker's own earlier pronoun (`who
    lifted it above her head`) and from the other person's (`B thanked A for his support`)."""
    combos = itertools.product(HONOURED16, range(4), MARKS16, range(2))
    for p, shape, m, flip in sample(combos, 300, "ho16-gender"):
        k = _k(HONOURED16.index(p), shape, flip)
        o = _opposite(p, k)
        pro = p.pronoun
        day = DAYS16[k % 7]
        if shape == 0:
            qc = m.q(_pick(_CIVIC_Q, k) + ",")
            first, second = (p, o) if flip else (o, p)
            text = (
                f"{first.full}, a councillor, and {second.full}, a solicitor, gave evidence on {day}. "
                f"{o.ref} spoke only briefly. {qc} {pro} said."
            )
        elif shape == 1:
            qc = m.q(_pick(COMMUNITY_Q16, k) + ",")
            fem, masc = _GENDERED_ROLES[k % len(_GENDERED_ROLES)]
            role = fem if p.gender == "f" else masc
            text = f"{o.full} handed the keys to the {role}, {p.full}, on {day}. {qc} {pro} said."
        elif shape == 2:
            qc = m.q(_pick(SPORT_Q16, k) + ",")
            text = (
                f"{o.full} handed the trophy to {p.full}, who lifted it above {p.poss} head. {qc} {pro} said."
            )
        else:
            qc = m.q(_pick(_CIVIC_Q, k) + ",")
            text = f"{p.full} thanked {o.full} for {o.poss} support on {day}. {qc} {pro} said."
        yield Case("", f"ho16-gender-{shape}", text, [_d(qc, p)], exact=False, wrong_speakers=[(qc, o.full)])


def salience_subject() -> Iterator[Case]:
    """Two people of the same gender: the subject keeps the pronoun across a paragraph break (`A
    criticised B's plan.\\n\\n"Q," she said.`), the newest person introduced (`The first to speak
    was A. Next came B, ROLE. "Q," she said.`), the subject who acted (`A rang B on DAY to complain.
    "Q," she said.`) and the one who addressed the meeting (`A listened as B addressed the
    meeting.`)."""
    combos = itertools.product(HONOURED16, range(4), MARKS16, range(len(ROLES16)))
    for p, shape, m, r in sample(combos, 300, "ho16-salience"):
        k = _k(HONOURED16.index(p), shape, r)
        o = _same(p, k)
        qc = m.q(_pick(_CIVIC_Q, k) + ",")
        pro = p.pronoun
        day = DAYS16[k % 7]
        if shape == 0:
            text = f"{p.full} criticised {_poss(o.full)} plan at the meeting on {day}.\n\n{qc} {pro} said."
        elif shape == 1:
            after = ROLES16[r][0]
            text = f"The first to speak was {o.full}. Next came {p.full}, {after}. {qc} {pro} said."
        elif shape == 2:
            text = f"{p.full} rang {o.full} on {day} to complain. {qc} {pro} said."
        else:
            text = f"{o.full} listened as {p.full} addressed the meeting on {day}. {qc} {pro} said."
        yield Case(
            "", f"ho16-salience-{shape}", text, [_d(qc, p)], exact=False, wrong_speakers=[(qc, o.full)]
        )


_AGE_LEADS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("scored twice for Enugu Rangers on {day}", "the {age}-year-old striker", SPORT_Q16),
    ("was re-elected to Mayo County Council on {day}", "the {age}-year-old", COUNCIL_Q16),
    ("opened a third bakery in Ballarat on {day}", "the {age}-year-old", COMMUNITY_Q16),
)
_ROLE_PAIRS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (sentence with {p} and {o}, the noun phrase that picks p, quotations)
    ("Justice {p} sentenced the man on {day} after hearing from prosecutor {o}.", "the judge", BENCH_Q16),
    ("Prosecutor {o} asked for a long sentence, and Justice {p} agreed on {day}.", "the judge", BENCH_Q16),
    (
        "Professor {p} supervised the study, which {o}, a doctoral student, ran in the lab.",
        "the professor",
        SCIENCE_Q16,
    ),
    ("{o}, a doctoral student, ran the study in the lab under Professor {p}.", "the professor", SCIENCE_Q16),
)
_TITLE_NOUNS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "District Collector",
        "inspected the flood relief camps in Thrissur on {day}",
        "the collector",
        COUNCIL_Q16,
    ),
    ("Reeve", "opened the new arena in Tiny Township on {day}", "the reeve", COUNCIL_Q16),
    ("Skipper", "led the side off the field at the Gabba on {day}", "the skipper", SPORT_Q16),
)


def nominal_anaphora() -> Iterator[Case]:
    """Descriptions referring back: `NAME, 34, scored twice ... "Q," the 34-year-old striker told the
    Observer.`, two people of different roles where `the judge` / `the professor` picks one, a body
    named again by its noun (`the airline`, `the union`, `the council`), and a title before the name
    taken up by its noun (`the collector`, `the reeve`, `the skipper`)."""
    combos = itertools.product(PEOPLE16, range(4), MARKS16, range(len(ORGS16)))
    for p, shape, m, g in sample(combos, 300, "ho16-nominal"):
        k = _k(PEOPLE16.index(p), shape, g)
        o = PEOPLE16[(PEOPLE16.index(p) + 3 + k % 5) % len(PEOPLE16)]
        day = DAYS16[k % 7]
        wrong: list[tuple[str, str]] = []
        exact = True
        if shape == 0:
            age = 24 + k % 40
            did, noun, pool = _AGE_LEADS[k % len(_AGE_LEADS)]
            qc = m.q(_pick(pool, k) + ",")
            text = f"{p.full}, {age}, {did.format(day=day)}. {qc} {noun.format(age=age)} told the Observer."
            expect = _d(qc, p)
        elif shape == 1:
            sentence, noun, pool = _ROLE_PAIRS[k % len(_ROLE_PAIRS)]
            qc = m.q(_pick(pool, k) + ",")
            text = f"{sentence.format(p=p.full, o=o.full, day=day)} {qc} {noun} said."
            expect, wrong = _d(qc, p), [(qc, o.full)]
            # `asked for a long sentence` reports the prosecutor's request: a second reading
            exact = "asked for" not in sentence
        elif shape == 2:
            org, noun = ORGS16[g]
            qc = m.q(_pick(ORG_Q16, k) + ",")
            text = f"{_cap(org)} confirmed on {day} that {p.full} had resigned. {qc} {noun} said."
            expect, wrong, exact = _org(qc, "direct", org), [(qc, p.full)], False
        else:
            role, did, noun, pool = _TITLE_NOUNS[k % len(_TITLE_NOUNS)]
            qc = m.q(_pick(pool, k) + ",")
            text = f"{role} {p.full} {did.format(day=day)}. {qc} {noun} said."
            expect = _d(qc, p)
        yield Case("", f"ho16-nominal-{shape}", text, [expect], exact=exact, wrong_speakers=wrong)


# --- group 5: name hygiene and documents ------------------------------------------------------------

#: Words before a name that are not part of it: (women's, men's, whether the title is checked).
_PRE_WORDS = (
    ("Smt", "Shri", False),
    ("Chief", "Alhaji", False),
    ("Garda Sergeant", "Garda Sergeant", True),
    ("Professor", "Professor", True),
    ("Deputy Mayor", "Deputy Mayor", True),
)
_OPENERS = ("Meanwhile,", "Earlier on {day},", "In Abuja,", "Outside court on {day},")


def name_hygiene() -> Iterator[Case]:
    """The name never takes an honorific or role word, a cue verb or an opening phrase: `"Q," said
    Chief/Shri/Garda Sergeant NAME.`, `"Q," recalled NAME.`, `Meanwhile, NAME said C.`, a fronted
    `Said NAME: "Q."` and `Asked about the delays, a visibly tired NAME said: "Q."`"""
    combos = itertools.product(PEOPLE16, range(5), MARKS16, range(len(_PRE_WORDS)))
    for p, shape, m, w in sample(combos, 300, "ho16-hygiene"):
        k = _k(PEOPLE16.index(p), shape, w)
        quote = _pick(ALL_Q16, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES16, k)
        day = DAYS16[k % 7]
        if shape == 0:
            fem, masc, checked = _PRE_WORDS[w]
            word = fem if p.gender == "f" else masc
            title: TitleSpec = Contains((word,)) if checked else ANY
            text, expect = f"{qc} said {word} {p.full}.", _d(qc, p, title)
        elif shape == 1:
            verb = ("recalled", "countered", "reflected", "grumbled")[k % 4]
            text, expect = f"{qc} {verb} {p.full}.", _d(qc, p)
        elif shape == 2:
            opener = _OPENERS[k % len(_OPENERS)].format(day=day)
            text, expect = f"{opener} {p.full} said {clause}.", _i(clause, p)
        elif shape == 3:
            text, expect = f"Said {p.full}: {qs}", _d(qs, p)
        else:
            text, expect = f"Asked about the delays, a visibly tired {p.full} said: {qs}", _d(qs, p)
        yield Case("", f"ho16-hygiene-{shape}", text, [expect])


def document_issuers() -> Iterator[Case]:
    """Documents credited to their issuer: `A statement from ORG said C.`, `ORG said in a submission
    to the inquiry that C.`, `In a post on social media on DAY, NAME said C.`, `According to a memo
    from ORG, C.`, `ORG's annual report said C.`, `A letter signed by NAME said C.` and `"Q," ORG said
    in a statement on DAY.`"""
    combos = itertools.product(range(len(ORGS16)), range(7), MARKS16, range(len(PEOPLE16)))
    for g, shape, m, pi in sample(combos, 400, "ho16-documents"):
        org = ORGS16[g][0]
        p = PEOPLE16[pi]
        k = _k(g, shape, pi)
        clause = _pick(CLAUSES16, k) if shape in (2, 3, 5) else _pick(ORG_CLAUSES16, k)
        day = DAYS16[k % 7]
        if shape == 0:
            text, expect = f"A statement from {org} said {clause}.", _org(clause, "indirect", org)
        elif shape == 1:
            text = f"{_cap(org)} said in a submission to the inquiry that {clause}."
            expect = _org(f"that {clause}", "indirect", org)
        elif shape == 2:
            text = f"In a post on social media on {day}, {p.full} said {clause}."
            expect = _i(clause, p)
        elif shape == 3:
            text, expect = f"According to a memo from {org}, {clause}.", _org(clause, "indirect", org)
        elif shape == 4:
            text = f"{_cap(_poss(org))} annual report said {clause}."
            expect = _org(clause, "indirect", org)
        elif shape == 5:
            text, expect = f"A letter signed by {p.full} said {clause}.", _i(clause, p)
        else:
            qc = m.q(_pick(ORG_Q16, k) + ",")
            text, expect = f"{qc} {org} said in a statement on {day}.", _org(qc, "direct", org)
        yield Case("", f"ho16-documents-{shape}", text, [expect])


# --- group 6: titles ---------------------------------------------------------------------------------


def titles_affiliation() -> Iterator[Case]:
    """Titles in full with their body: before the name (`Thrissur District Collector NAME`), an
    apposition before (`The head of research at ORG, NAME,`), after (`NAME, reeve of Tiny Township,`),
    a possessive body (`ORG's general manager, NAME,`), a `who is` relative, coordinated roles (`NAME,
    secretary and treasurer of the Claddagh Rowing Club,`) and `for` (`NAME, a spokesperson for
    ORG,`)."""
    combos = itertools.product(PEOPLE16, range(7), MARKS16, range(len(ROLES16)))
    for p, shape, m, r in sample(combos, 320, "ho16-titles"):
        after, before, parts = ROLES16[r]
        k = _k(PEOPLE16.index(p), shape, r)
        org = ORGS16[k % len(ORGS16)][0]
        quote = _role_quote(r, k) if shape == 4 else _pick(ORG_Q16, k)
        qs = m.q(quote + ".")
        clause = _pick(CLAUSES16, k)
        if shape == 0:
            text, expect = f"{before} {p.full} said {clause}.", _i(clause, p, Contains(parts))
        elif shape == 1:
            role, part = ORG_ROLES16[k % len(ORG_ROLES16)]
            text = f"The {role} at {org}, {p.full}, said: {qs}"
            expect = _d(qs, p, Contains((part, _org_word(org))))
        elif shape == 2:
            text, expect = f"{p.full}, {after}, said {clause}.", _i(clause, p, Contains(parts))
        elif shape == 3:
            role, part = ORG_ROLES16[k % len(ORG_ROLES16)]
            text = f"{_cap(_poss(org))} {role}, {p.full}, said: {qs}"
            expect = _d(qs, p, Contains((part, _org_word(org))))
        elif shape == 4:
            text = f"{p.full}, who is {after}, told the Tribune: {qs}"
            expect = _d(qs, p, Contains(parts))
        elif shape == 5:
            roles, rparts = COORD_ROLES16[k % len(COORD_ROLES16)]
            text, expect = f"{p.full}, {roles}, said {clause}.", _i(clause, p, Contains(rparts))
        else:
            text = f"{p.full}, a spokesperson for {org}, said {clause}."
            expect = _i(clause, p, Contains(("spokesperson", _org_word(org))))
        yield Case("", f"ho16-titles-{shape}", text, [expect])


def odd_roles_places() -> Iterator[Case]:
    """Role nouns outside common lists in apposition (`NAME, a saree weaver from Kanchipuram, said`,
    `"Q," said NAME, a turf cutter in Offaly.`, with an age, and fronted `A stonemason from Connemara,
    NAME, said`) and place-modified titles before the name (`Punjab MLA NAME`, `Ontario MPP NAME`)."""
    combos = itertools.product(PEOPLE16, range(5), MARKS16, range(len(ODD_ROLES16)))
    for p, shape, m, r in sample(combos, 300, "ho16-oddroles"):
        noun, place = ODD_ROLES16[r]
        art = "an" if noun[0] in "aeiou" else "a"
        k = _k(PEOPLE16.index(p), shape, r)
        qc = m.q(_pick(COMMUNITY_Q16, k) + ",")
        clause = _pick(CLAUSES16, k)
        if shape == 0:
            text = f"{p.full}, {art} {noun} from {place}, said {clause}."
            expect = _i(clause, p, Contains((noun,)))
        elif shape == 1:
            text, expect = f"{qc} said {p.full}, {art} {noun} in {place}.", _d(qc, p, Contains((noun,)))
        elif shape == 2:
            age = 29 + k % 40
            text = f"{p.full}, {age}, {art} {noun} from {place}, told the Tribune that {clause}."
            expect = _i(f"that {clause}", p, Contains((noun,)))
        elif shape == 3:
            ptitle, part = PLACE_TITLES16[k % len(PLACE_TITLES16)]
            qc = m.q(_pick(COUNCIL_Q16, k) + ",")
            text, expect = f"{qc} {ptitle} {p.full} said.", _d(qc, p, Contains((part,)))
        else:
            text = f"{_cap(art)} {noun} from {place}, {p.full}, said {clause}."
            expect = _i(clause, p, Contains((noun,)))
        yield Case("", f"ho16-oddroles-{shape}", text, [expect])


# --- group 7: datelines and bylines ------------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """Agency and city datelines, alone or after a byline paragraph: `DL NAME said on DAY that C.`,
    `DL "Q," NAME, ROLE, said.`, `DL ORG said in a statement: "Q."`, a quotation right after the
    dateline (`DL "Q," NAME told reporters.`); neither is a speaker or inside a quotation."""
    combos = itertools.product(PEOPLE16, range(len(DATELINES16)), MARKS16, range(6))
    for p, dl, m, shape in sample(combos, 300, "ho16-datelines"):
        dateline, parts = DATELINES16[dl]
        k = _k(PEOPLE16.index(p), dl, shape)
        byline, reporter = BYLINES16[dl]
        head = dateline if shape % 2 == 0 else f"{byline}\n\n{dateline}"
        forbidden = (*parts, reporter) if shape % 2 else parts
        if shape in (0, 1):
            clause = _pick(CLAUSES16, k)
            text = f"{head}{p.full} said on {DAYS16[k % 7]} that {clause}."
            expect = _i(f"that {clause}", p)
        elif shape in (2, 3):
            r = k % len(ROLES16)
            after, _before, tparts = ROLES16[r]
            qc = m.q(_role_quote(r, k) + ",")
            text, expect = f"{head}{qc} {p.full}, {after}, said.", _d(qc, p, Contains(tparts))
        elif shape == 4:
            org = ORGS16[k % len(ORGS16)][0]
            qs = m.q(_pick(ORG_Q16, k) + ".")
            text, expect = f"{head}{_cap(org)} said in a statement: {qs}", _org(qs, "direct", org)
        else:
            qc = m.q(_pick(ALL_Q16, k) + ",")
            text, expect = f"{head}{qc} {p.full} told reporters.", _d(qc, p)
        yield Case("", f"ho16-dateline-{dl}-{shape}", text, [expect], forbidden=forbidden)


# --- group 8: British single quotation marks ---------------------------------------------------------


def british_single() -> Iterator[Case]:
    """British single marks with apostrophes inside and at the edges of words (`kids'`, `o'clock`,
    `'til`, `'90s`, `fish 'n' chips`) and in the speaker's name (`O'Mahony`, `O'Dwyer`): `'Q,' said
    NAME.`, `NAME said: 'Q.'`, `'Q,' NAME, ROLE, said.`, a split `'Q1,' NAME said. 'Q2.'`, a nested
    double quotation, and a lead with a possessive before `'Q,' NAME said.`"""
    combos = itertools.product(PEOPLE16, range(6), SINGLE16, range(len(APOS_Q16)))
    for p, shape, m, a in sample(combos, 300, "ho16-single"):
        k = _k(PEOPLE16.index(p), shape, a)
        quote = APOS_Q16[a]
        name = p.full.replace("'", "’") if m.curly else p.full
        exact = True
        if shape == 0:
            content = m.q(quote + ",")
            text = f"{content} said {name}."
        elif shape == 1:
            content = m.q(quote + ".")
            text = f"{name} said: {content}"
        elif shape == 2:
            after = ROLES16[k % len(ROLES16)][0]
            content = m.q(quote + ",")
            text = f"{content} {name}, {after}, said."
        elif shape == 3:
            q1, q2 = m.q(quote + ","), m.q(_pick(SECONDS16, k) + ".")
            text = f"{q1} {name} said. {q2}"
            content, exact = _span(text, q1, q2), False
        elif shape == 4:
            inner = "“over my dead body”" if m.curly else '"over my dead body"'
            content = m.q(f"The landlord's answer was {inner} and he meant it,")
            text = f"{content} {name} said."
        else:
            lead = f"The farmers' co-op met on {DAYS16[k % 7]} at the parish hall."
            content = m.q(quote + ",")
            text = f"{lead} {content} {name} said."
        # the name as written (`O’Mahony` between curly marks) or in its straight spelling
        expect = Expect(content, "direct", (p.full, name), ANY, "person")
        yield Case("", f"ho16-single-{shape}", text, [expect], exact=exact)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout16.{name}", group, description, unique_texts(gen))


HELD_OUT_16 = (
    _named("open_cues_present", "1", '"Q," NAME grumbles / frets NAME, ROLE / enthused', open_cues_present),
    _named(
        "tenses_positions",
        "1",
        "reckons that; has long maintained; will argue; had grumbled; says NAME, ROLE, 'and ...'",
        tenses_positions,
    ),
    _named(
        "unnamed_quantified",
        "2",
        "one of them, said another, most said, a few, both said",
        unnamed_quantified,
    ),
    _named(
        "colon_roundups", "3", 'round-up: TITLE NAME: "Q."; NAME (BODY):; Said NAME, ROLE:', colon_roundups
    ),
    _named(
        "transcripts_qa",
        "3",
        "ANCHOR:/SURNAME:, Q./A., Question:/Answer:, Reporter:/Surname:",
        transcripts_qa,
    ),
    _named("pronoun_gender", "4", "gender from Mr/Ms, the landlady, her head, his support", pronoun_gender),
    _named("salience_subject", "4", "same gender: subject over a break, newest, who acted", salience_subject),
    _named(
        "nominal_anaphora",
        "4",
        "the 34-year-old striker, the judge, the airline, the reeve",
        nominal_anaphora,
    ),
    _named("name_hygiene", "5", "said Chief/Shri NAME, recalled NAME, Meanwhile, Said NAME:", name_hygiene),
    _named(
        "document_issuers",
        "5",
        "a statement from ORG, a memo from ORG, ORG's annual report",
        document_issuers,
    ),
    _named(
        "titles_affiliation",
        "6",
        "District Collector NAME, ORG's general manager, who is, a spokesperson for",
        titles_affiliation,
    ),
    _named("odd_roles_places", "6", "a saree weaver from Kanchipuram, Punjab MLA NAME", odd_roles_places),
    _named(
        "datelines_bylines",
        "7",
        "ABUJA, Nigeria (Reuters) —, Kolkata, Jan 9 (PTI), BENGALURU:",
        datelines_bylines,
    ),
    _named("british_single", "8", "'The kids' club ...,' said NAME; '90s; 'til; O'Mahony", british_single),
)
