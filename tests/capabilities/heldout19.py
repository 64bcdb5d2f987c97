"""Nineteenth held-out round: capabilities written at commit ``bf266f7`` by a helper (``hcap25``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout19data.py``: twenty-four invented people of Yoruba
and Igbo Nigerian, Vietnamese, Polish, Turkish, Brazilian, Icelandic, Samoan and Tongan, Québécois,
Hungarian and Peruvian origin in the shapes a name can take: hyphens (`Adewusi-Bakare`,
`Wróblewska-Zając`, `Marie-Ève Gosselin-Paquette`, `Jean-Sébastien`), particles (`das Dores`, `dos
Anjos`), a family name first (`Trần Thị Hồng Nhung`, `Lê Văn Khoa`, referred to as `Ms Nhung`, `Mr
Khoa`), patronymics (`Hrafnsdóttir`, `Þorgrímsson`), an apostrophe in a given name (`Fa'afetai`), a
middle initial, Peruvian double surnames (`Huamán Quispe`, `Mamani Condori`), single names
(`Dudinha`, `Tiquinho`), names ending in -an (`Olaniyan`, `Karaoğlan`, `Huamán`) and -son; straight,
curly and British single marks; open-class cue verbs no common lexicon lists, in the past and present
(`rues`, `bemoaned`, `fulminates`, `cajoled`, `grumped`, `bridles`, `philosophised`, `carps`,
`exulted`, `rhapsodises`); roles with their bodies in air-traffic control, beekeeping, ferry
services, archives, orchestras, wind farms, dentistry, customs, harbour pilotage and a textile museum;
role nouns outside common lists; place-modified titles; groups; datelines of AP, Reuters, AFP and
Xinhua; bylines and wire trailers; interview exchanges) with phrasings a careful news editor keys:

1. open-class cues after a quotation, present and past (`"Q," NAME rues.`, inverted `"Q," bemoaned
   NAME, ROLE.`, with a participle clause `"Q," NAME fulminated, shaking her head.`, `LEAD. "Q," Ms/Mr
   SURNAME cajoled.`, a body-led title before the name `"Q," Keflavík Area Control Centre watch
   supervisor NAME grumps.`, `"Q," NAME, ROLE, bridled on DAY.`, and a split quotation `"Q1," NAME
   carped, "and q2."`: one quotation with two parts); tenses and positions (`NAME has been warning
   for months that C.`, `NAME, ROLE, conceded on DAY that C.`, a fronted participle `Speaking to
   reporters on DAY, NAME cautioned that C.`, `"Q," NAME would tell the inquiry two years later.`,
   `NAME, ROLE, contends that C.`, a cleft `It was NAME who first pointed out that C.`, `In a speech
   on DAY, NAME is set to warn that C.`, `NAME told the committee that C, and later added: "Q."`);
2. unnamed and quantified speakers after a lead naming a person who does not speak (`"Q1," one NOUN
   said. "Q2," said another.`, `Most of the NOUNS said C.`, `Several NOUNS said C, while others said
   C2.`, `One of them, NAME, said: "Q."`, `None of the NOUNS would give their names, but all said C.`,
   `"Q1," said one. "Q2," said a second. "Q3," a third added.`, `Two of the NOUNS, A and B, said C.`);
3. round-ups of three colon credits (`NAME, ROLE: "Q."`, `NAME, AGE, ODD ROLE: "Q."`, `NAME, BODY:
   "Q."`) and transcripts (`Q:` / `A:`, `INTERVIEWER:` / `SURNAME:` in capitals, `Interviewer:` / `Full
   Name:`, `Q —` / `A —`): answers are the interviewee's, questions never;
4. gender deciding a pronoun between a woman and a man (from the other's honorific, from a gendered
   role noun `The headmistress/landlord/policewoman, NAME,`, from `finished her shift just as B arrived
   to start his`, from `Mrs/Mr SURNAME chairs it.` across a paragraph break, from `after A reported
   him`); two people of the same gender (`A handed over to B, who spoke for twenty minutes`, `A had
   already left by the time B arrived`, `A took questions after B had finished the presentation`, `B
   was sworn in, replacing A`, `B stepped aside so that A could address the meeting`); descriptions
   referring back (`the beekeeper` / `the customs officer` choosing one of two, `the conductor` against
   a soloist, a nationality `the Pole` / `the Icelander` choosing one of two finalists, `the
   directorate` / `the orchestra` after a body's report, `the 52-year-old` when only one age is given,
   `the archivist` / `the pilot` / `the curator` / `the supervisor` against a researcher);
5. name hygiene (`said Captain NAME, master of the ferry`, `Chief NAME told the gathering`, `According
   to NAME, C.`, `an exasperated NAME told reporters`, `NAME's lawyer said C.` (the lawyer speaks, not
   NAME), `said NAME, whose family has kept bees for four generations`, `Then NAME, visibly tired,
   said:`, `Rev. NAME said`) and documents credited to their issuer (`A report by ORG found that C.`,
   `The statement, issued by ORG on DAY, read: "Q."`, `In a notice posted at the terminal, ORG warned
   that C.`, `In a memo to staff seen by this newspaper, NAME, ROLE, wrote that C.`, `ORG said in a
   statement on DAY: "Q."`, `A statement from NAME's office said C.`, `ORG issued a press release.
   "Q," the release said.`);
6. titles in full with their body (apposition, before the name without commas, a possessive body with
   commas `The Tokaj Beekeepers' Union's chair, NAME,`, `Its ROLE, NAME,` after a sentence naming the
   body, `The interim ROLE, NAME,`, `who has been ROLE since 2015`, `the newly appointed ROLE`), role
   nouns outside common lists in apposition (`an organ builder in Szeged`, `a seabird ringer on
   Heimaey`, fronted `A deckhand on the Tadoussac ferry, NAME, said:`, after an age) and
   place-modified titles (`Quebec MNA NAME`, `Istanbul deputy mayor NAME`, `Hanoi People's Committee
   chairman NAME`), also after an inverted cue and before `told the assembly`;
7. datelines (`REYKJAVIK, Iceland (AP) —`, `LAGOS, Nigeria, March 3 (Reuters) -`, `LIMA, Peru, Nov. 21
   (Xinhua) --`, `SÃO PAULO (AP) —`, ...) before a report, before a quotation with an inverted cue or
   an unnamed `a NOUN said`, before a body's indirect report (`OSLO — ORG will cut jobs, the company
   said`), bylines in their own paragraph (`By A and B`, `By NAME\\nHanoi Correspondent`, `Text and
   photographs by NAME`) and a closing Reuters trailer `Reporting by A; Editing by B`: never a
   speaker, never inside a quotation;
8. British single marks with apostrophes inside and at the edges of words (`ferrymen's`, `won't`,
   `thrivin'`, `o'clock`, `pilots'`, `Y'know`, `the '60s`, `'em`, `goin'`, a Samoan name
   `Fa'afetai's`), after a colon, a split quotation over a full stop (`'Q1,' NAME said. 'Q2.'`: one
   quotation with two parts), a quoted word in double marks inside single ones, and after a lead with
   a possessive.

When a key is uncertain the case asserts less (several readings of an unnamed or quantified speaker or
of a lawyer or an office accepted; title not checked after a rank or in a body-only colon credit
beyond the body; ``exact=False`` where a second report may come out).

Run once at bf266f7 (``capreport.py --heldout heldout19.NAME ...``: 3,433 of 3,962, .866). The failures
were then read for template and key bugs only, and two were found and fixed:

* `pronoun_gender` (`The landlady, A, welcomed B on DAY.` and `B was fined after A reported him to the
  port authority.`) forbade any second quotation, while a verb with a noun-phrase object is a report in
  PolNeAR's annotation (the convention heldout17's stance verbs and heldout18's request already
  follow); those two shapes no longer forbid one (112 cases, 104 of which then pass; the quotation's
  speaker is still checked);
* `name_hygiene` (`According to NAME, C.`) required the speaker kind `person` for a single name
  (`Dudinha`, `Tiquinho`) that nothing else in the text says is a person; the kind is not checked for
  single names there (2 cases).

After the fixes: 3,539 of 3,962 (.893), which the floors record. No other key was changed: `In a speech
on DAY, NAME is set to warn that C.` is NAME's report (as heldout18's `will say in a speech`), `None of
the NOUNS would give their names, but all said C.` is a report by all of them, `In a notice posted at
the terminal, ORG warned that C.` has the content `that C` and the speaker ORG, `Mr Khoa` is `Lê Văn
Khoa`, `the conductor` after `A conducted the orchestra` is A, `the Nigerian` after `Nigerian A beat
Polish B` is A, and the pronoun after `A had already left by the time B arrived` is B's.

| capability | group | cases | first run | key bugs fixed |
|---|---|---|---|---|
| `heldout19.open_cues_after` | 1 | 290 | 0.986 | 0.986 |
| `heldout19.tenses_positions` | 1 | 284 | 0.873 | 0.873 |
| `heldout19.unnamed_quantified` | 2 | 279 | 0.885 | 0.885 |
| `heldout19.colon_roundups` | 3 | 280 | 0.857 | 0.857 |
| `heldout19.transcripts_qa` | 3 | 280 | 0.996 | 0.996 |
| `heldout19.pronoun_gender` | 4 | 290 | 0.569 | 0.928 |
| `heldout19.salience_same_gender` | 4 | 290 | 0.576 | 0.576 |
| `heldout19.nominal_anaphora` | 4 | 290 | 0.755 | 0.755 |
| `heldout19.name_hygiene` | 5 | 297 | 0.993 | 1.000 |
| `heldout19.document_issuers` | 5 | 242 | 0.905 | 0.905 |
| `heldout19.titles_affiliation` | 6 | 300 | 0.950 | 0.950 |
| `heldout19.odd_roles_places` | 6 | 285 | 0.807 | 0.807 |
| `heldout19.datelines_bylines` | 7 | 269 | 1.000 | 1.000 |
| `heldout19.british_single` | 8 | 286 | 0.993 | 0.993 |
| **heldout19** (all 14) | | 3,962 | 0.866 (3,433) | 0.893 (3,539) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout19data import (
    ALL_Q19,
    APOS_Q19,
    BODIES19,
    BYLINES19,
    CLAUSES19,
    DATELINES19,
    DAYS19,
    EXCHANGES19,
    GENDERED19,
    GROUP_CLAUSES19,
    GROUP_Q19,
    GROUPS19,
    MARKS19,
    MEN19,
    NATIONS19,
    NESTED19,
    ODD_ROLES19,
    OPEN_VERBS19,
    ORG_CLAUSES19,
    ORG_Q19,
    ORGS19,
    PEOPLE19,
    PLACE_TITLES19,
    ROLE_QUOTES19,
    ROLES19,
    SINGLE19,
    WOMEN19,
    Person19,
)


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: tuple[str, ...], k: int) -> str:
    return pool[k % len(pool)]


_PAIRED = tuple(p for p in PEOPLE19 if p.shape != "single")


def _opposite(p: Person19, step: int) -> Person19:
    pool = tuple(q for q in (MEN19 if p.gender == "f" else WOMEN19) if q.shape != "single")
    return pool[step % len(pool)]


def _same(p: Person19, step: int) -> Person19:
    pool = tuple(q for q in (WOMEN19 if p.gender == "f" else MEN19) if q.shape != "single" and q != p)
    return pool[step % len(pool)]


def _other(p: Person19, step: int) -> Person19:
    pool = tuple(q for q in _PAIRED if q != p)
    return pool[step % len(pool)]


def _nation(p: Person19) -> tuple[str, str]:
    culture = p.shape.rsplit(", ", 1)[-1]
    return NATIONS19[culture]


def _d(content: str, p: Person19, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person")


def _i(content: str, p: Person19, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _low(text: str) -> str:
    return text if text.startswith("I ") else text[:1].lower() + text[1:]


def _role_quote(r: int, k: int) -> str:
    return ROLE_QUOTES19[r][k % len(ROLE_QUOTES19[r])]


# --- group 1: cue verbs, tenses and positions -------------------------------------------------------


def open_cues_after() -> Iterator[Case]:
    """Open-class cue verbs no common lexicon lists, after a quotation, present and past: `"Q," NAME
    rues.`, inverted with a role (`"Q," bemoaned NAME, ROLE.`), with a participle clause (`"Q," NAME
    fulminated, shaking her head.`), `LEAD. "Q," Ms/Mr SURNAME cajoled.`, a body-led title before the
    name, `"Q," NAME, ROLE, bridled on DAY.` and a split quotation `"Q1," NAME carped, "and q2."`."""
    combos = itertools.product(PEOPLE19, range(7), MARKS19, range(len(OPEN_VERBS19)))
    for p, shape, m, v in sample(combos, 290, "ho19-opencues"):
        past, present = OPEN_VERBS19[v]
        k = _k(PEOPLE19.index(p), shape, v)
        r = k % len(ROLES19)
        after, before, parts = ROLES19[r]
        title = Contains(parts)
        quote = _role_quote(r, k) if shape in (1, 4, 5) else _pick(ALL_Q19, k)
        qc = m.q(quote + ",")
        day = DAYS19[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{qc} {p.full} {present}.", [_d(qc, p)]
        elif shape == 1:
            text, expects = f"{qc} {past} {p.full}, {after}.", [_d(qc, p, title)]
        elif shape == 2:
            text, expects = f"{qc} {p.full} {past}, shaking {p.poss} head.", [_d(qc, p)]
        elif shape == 3:
            lead = f"{p.full} was at the pier before dawn on {day}."
            text, expects = f"{lead} {qc} {p.ref} {past}.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{qc} {before} {p.full} {present}.", [_d(qc, p, title)]
        elif shape == 5:
            text, expects = f"{qc} {p.full}, {after}, {past} on {day}.", [_d(qc, p, title)]
        else:
            q2 = m.q("and " + _low(_pick(GROUP_Q19, k)) + ".")
            text = f"{qc} {p.full} {past}, {q2}"
            # one split quotation running over the attribution, with two parts (docs/json.md)
            expects = [Expect(_span(text, qc, q2), "direct", (p.full,), ANY, "person", parts=(qc, q2))]
        yield Case("", f"ho19-opencues-{shape}", text, expects)


def tenses_positions() -> Iterator[Case]:
    """Tenses and positions: `NAME has been warning for months that C.`, `NAME, ROLE, conceded on DAY
    that C.`, `Speaking to reporters on DAY, NAME cautioned that C.`, `"Q," NAME would tell the
    inquiry two years later.`, `NAME, ROLE, contends that C.`, `It was NAME who first pointed out
    that C.`, `In a speech on DAY, NAME is set to warn that C.` and `NAME told the committee on DAY
    that C, and later added: "Q."`"""
    combos = itertools.product(PEOPLE19, range(8), MARKS19, range(len(ROLES19)))
    for p, shape, m, r in sample(combos, 300, "ho19-tenses"):
        after, _before, parts = ROLES19[r]
        title = Contains(parts)
        k = _k(PEOPLE19.index(p), shape, r)
        quote = _role_quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = CLAUSES19[r % len(CLAUSES19)] if k % 2 else _pick(CLAUSES19, k)
        day = DAYS19[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{p.full} has been warning for months that {clause}.", [_i(f"that {clause}", p)]
        elif shape == 1:
            text = f"{p.full}, {after}, conceded on {day} that {clause}."
            expects = [_i(f"that {clause}", p, title)]
        elif shape == 2:
            text = f"Speaking to reporters on {day}, {p.full} cautioned that {clause}."
            expects = [_i(f"that {clause}", p)]
        elif shape == 3:
            text, expects = f"{qc} {p.full} would tell the inquiry two years later.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{p.full}, {after}, contends that {clause}.", [_i(f"that {clause}", p, title)]
        elif shape == 5:
            text, expects = f"It was {p.full} who first pointed out that {clause}.", [_i(f"that {clause}", p)]
        elif shape == 6:
            text = f"In a speech on {day}, {p.full} is set to warn that {clause}."
            expects = [_i(f"that {clause}", p)]
        else:
            text = f"{p.full} told the committee on {day} that {clause}, and later added: {qs}"
            expects = [_i(f"that {clause}", p), _d(qs, p)]
        yield Case("", f"ho19-tenses-{shape}", text, expects)


# --- group 2: unnamed and quantified speakers -------------------------------------------------------


def unnamed_quantified() -> Iterator[Case]:
    """Unnamed and quantified speakers after a lead naming a person who does not speak: `"Q1," one NOUN
    said. "Q2," said another.`, `Most of the NOUNS said C.`, `Several NOUNS said C, while others said
    C2.`, `One of them, NAME, said: "Q."`, `None of the NOUNS would give their names, but all said
    C.`, `"Q1," said one. "Q2," said a second. "Q3," a third added.` and `Two of the NOUNS, A and B,
    said C.`"""
    combos = itertools.product(range(len(GROUPS19)), range(7), MARKS19, range(len(_PAIRED)))
    for g, shape, m, pi in sample(combos, 300, "ho19-unnamed"):
        plural, single, setting = GROUPS19[g]
        p = _PAIRED[pi]
        k = _k(g, shape, pi)
        day = DAYS19[k % 7]
        after = ROLES19[k % len(ROLES19)][0]
        q0, q1 = (m.q(_pick(GROUP_Q19, k + i) + ",") for i in range(2))
        clause, clause2 = _pick(GROUP_CLAUSES19, k), _pick(GROUP_CLAUSES19, k + 1)
        lead = f"{p.full}, {after}, met {plural} {setting} on {day}."
        expects: list[Expect] = []
        if shape == 0:
            text = f"{lead} {q0} one {single} said. {q1} said another."
            expects.append(Expect(q0, "direct", (f"one {single}", single, "one")))
            expects.append(Expect(q1, "direct", ("another", f"another {single}", single, "another one")))
        elif shape == 1:
            text = f"{lead} Most of the {plural} said {clause}."
            accepted: NameSpec = ("most", f"most of the {plural}", f"most {plural}", plural)
            expects.append(Expect(clause, "indirect", accepted))
        elif shape == 2:
            text = f"{lead} Several {plural} said {clause}, while others said {clause2}."
            expects.append(Expect(clause, "indirect", (f"several {plural}", "several", plural)))
            expects.append(Expect(clause2, "indirect", ("others", f"other {plural}", plural)))
        elif shape == 3:
            o = _other(p, k)
            qs = m.q(_pick(GROUP_Q19, k) + ".")
            text = f"{lead} One of them, {o.full}, said: {qs}"
            expects.append(_d(qs, o))
        elif shape == 4:
            text = f"{lead} None of the {plural} would give their names, but all said {clause}."
            accepted = (
                "all",
                f"all the {plural}",
                f"all of the {plural}",
                f"the {plural}",
                plural,
                "all of them",
            )
            expects.append(Expect(clause, "indirect", accepted))
        elif shape == 5:
            q2s = m.q(_pick(GROUP_Q19, k + 2) + ",")
            text = f"{lead} {q0} said one. {q1} said a second. {q2s} a third added."
            expects.append(Expect(q0, "direct", ("one", f"one {single}", f"one of the {plural}")))
            expects.append(Expect(q1, "direct", ("a second", "second", f"a second {single}", "second one")))
            expects.append(Expect(q2s, "direct", ("a third", "third", f"a third {single}", "third one")))
        else:
            o = _other(p, k)
            o2 = _other(p, k + 3)
            if o2 == o:
                o2 = _other(p, k + 4)
            text = f"{lead} Two of the {plural}, {o.full} and {o2.full}, said {clause}."
            accepted = (f"{o.full}; {o2.full}", f"two of the {plural}", f"{o.full} and {o2.full}")
            expects.append(Expect(clause, "indirect", accepted))
        yield Case(
            "",
            f"ho19-unnamed-{shape}",
            text,
            expects,
            wrong_speakers=[(e.content, p.full) for e in expects],
        )


# --- group 3: colon credits, round-ups and transcripts -----------------------------------------------

_TOPICS = (
    "the ferry timetable",
    "the new customs checks",
    "the orchestra's tour",
    "the wind farm extension",
    "the closure of the dental clinic",
)

_AGES = (23, 38, 47, 52, 61, 74)


def colon_roundups() -> Iterator[Case]:
    """A round-up of three colon credits after an introduction, each in its own paragraph, in rotating
    order: `NAME, ROLE: "Q."`, `NAME, AGE, ODD ROLE: "Q."` and `NAME, BODY: "Q."` (the body is the
    title)."""
    combos = itertools.product(_PAIRED, range(3), MARKS19, range(len(ROLES19)))
    for p, order, m, r in sample(combos, 280, "ho19-colon"):
        k = _k(_PAIRED.index(p), order, r)
        people = (p, _other(p, k), _other(p, k + 5))
        if people[2] == people[1]:
            people = (p, people[1], _other(p, k + 6))
        roles = (r, (r + 3) % len(ROLES19), (r + 6) % len(ROLES19))
        lines: list[str] = []
        expects: list[Expect] = []
        for slot in range(3):
            who, ri = people[slot], roles[slot]
            shape = (slot + order) % 3
            if shape == 0:
                after, _before, parts = ROLES19[ri]
                qs = m.q(_role_quote(ri, k + slot) + ".")
                lines.append(f"{who.full}, {after}: {qs}")
                expects.append(_d(qs, who, Contains(parts)))
            elif shape == 1:
                odd, oparts = ODD_ROLES19[(k + slot) % len(ODD_ROLES19)]
                qs = m.q(_pick(ALL_Q19, k + slot) + ".")
                lines.append(f"{who.full}, {_AGES[(k + slot) % len(_AGES)]}, {odd}: {qs}")
                expects.append(_d(qs, who, Contains(oparts)))
            else:
                body = BODIES19[ri][0].removeprefix("the ")
                qs = m.q(_role_quote(ri, k + slot + 1) + ".")
                lines.append(f"{who.full}, {body}: {qs}")
                expects.append(_d(qs, who, Contains((body,))))
        intro = f"We asked people around the bay about {_pick(_TOPICS, k)}. This is what they said:"
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case("", f"ho19-colon-{order}", text, expects)


def transcripts_qa() -> Iterator[Case]:
    """Interview transcripts after an introduction: `Q:` / `A:`, `INTERVIEWER:` / `SURNAME:` in capitals,
    `Interviewer:` / `Full Name:` and `Q —` / `A —`; every answer is the interviewee's and no question
    is."""
    combos = itertools.product(_PAIRED, range(4), range(len(EXCHANGES19)), range(len(ROLES19)))
    for p, style, e, r in sample(combos, 280, "ho19-transcript"):
        (q1, a1), (q2, a2) = EXCHANGES19[e], EXCHANGES19[(e + 3) % len(EXCHANGES19)]
        after = ROLES19[r][0]
        day = DAYS19[(e + r) % 7]
        if style == 0:
            intro = f"We spoke to {p.full}, {after}, on {day}. The interview has been edited for length."
            ask, answer = "Q:", "A:"
        elif style == 1:
            intro = f"{p.full}, {after}, took our questions on {day}. A transcript follows."
            ask, answer = "INTERVIEWER:", f"{p.last.upper()}:"
        elif style == 2:
            intro = f"On {day} we put the readers' questions to {p.full}, {after}."
            ask, answer = "Interviewer:", f"{p.full}:"
        else:
            intro = f"{p.full}, {after}, sat down with us on {day}. This conversation has been condensed."
            ask, answer = "Q —", "A —"
        lines = [f"{ask} {q1}", f"{answer} {a1}", f"{ask} {q2}", f"{answer} {a2}"]
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case(
            "",
            f"ho19-transcript-{style}",
            text,
            [_d(a1, p), _d(a2, p)],
            exact=False,
            wrong_speakers=[(q1, p.full), (q2, p.full)],
        )


# --- group 4: pronouns and nominal anaphora ----------------------------------------------------------


def pronoun_gender() -> Iterator[Case]:
    """Gender decides a pronoun between a woman and a man: from the other person's honorific (`A handed
    the keys to Mr B.`), from a gendered role noun (`The landlady, A, welcomed B`), from possessives
    (`A finished her shift just as B arrived to start his.`), across a paragraph break after `Mrs A
    chairs it.` and from an object pronoun (`B was fined after A reported him`)."""
    combos = itertools.product(_PAIRED, range(5), MARKS19, range(len(ALL_Q19)))
    for p, shape, m, qi in sample(combos, 290, "ho19-gender"):
        k = _k(_PAIRED.index(p), shape, qi)
        o = _opposite(p, k)
        day = DAYS19[k % 7]
        qc = m.q(ALL_Q19[qi] + ",")
        if shape == 0:
            text = (
                f"{o.full} took over the ferry office on {day}. {p.full} handed the keys to {o.ref}. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 1:
            noun = GENDERED19[k % len(GENDERED19)][0 if p.gender == "f" else 1]
            text = f"The {noun}, {p.full}, welcomed {o.full} on {day}. {qc} {p.pronoun} said."
        elif shape == 2:
            text = (
                f"{p.full} finished {p.poss} shift on {day} just as {o.full} arrived to start {o.poss}. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 3:
            honorific = "Mrs" if p.gender == "f" else "Mr"
            lead = f"{p.full} and {o.full} both sit on the harbour board. {honorific} {p.last} chairs it."
            text = f"{lead}\n\n{qc} {p.pronoun} said."
        else:
            text = (
                f"{o.full} was fined on {day} after {p.full} reported {o.obj} to the port authority. "
                f"{qc} {p.pronoun} said."
            )
        # `welcomed B` and `reported him to the port authority` are verbs with a noun-phrase object,
        # which PolNeAR annotates as a report (as heldout17's and heldout18's stance verbs and requests):
        # those shapes assert no absence of a second one (key fix after the run)
        exact = shape not in (1, 4)
        yield Case("", f"ho19-gender-{shape}", text, [_d(qc, p)], exact=exact, wrong_speakers=[(qc, o.full)])


def salience_same_gender() -> Iterator[Case]:
    """Two people of the same gender, the pronoun going to the one the sentence makes the speaker: `A
    handed over to B, who spoke for twenty minutes.` (B), `A had already left by the time B arrived.`
    (B), `A, ROLE, took questions after B had finished the presentation.` (A), `B was sworn in on DAY,
    replacing A.` (B) and `B stepped aside so that A could address the meeting.` (A)."""
    combos = itertools.product(_PAIRED, range(5), MARKS19, range(len(ROLES19)))
    for p, shape, m, r in sample(combos, 290, "ho19-salience"):
        k = _k(_PAIRED.index(p), shape, r)
        s = _same(p, k)
        day = DAYS19[k % 7]
        after = ROLES19[r][0]
        qc = m.q(_role_quote(r, k) + ",")
        if shape == 0:
            text = f"{p.full} handed over to {s.full}, who spoke for twenty minutes. {qc} {s.pronoun} said."
            speaker, other = s, p
        elif shape == 1:
            text = f"{p.full} had already left by the time {s.full} arrived on {day}. {qc} {s.pronoun} said."
            speaker, other = s, p
        elif shape == 2:
            text = (
                f"{p.full}, {after}, took questions after {s.full} had finished the presentation. "
                f"{qc} {p.pronoun} said."
            )
            speaker, other = p, s
        elif shape == 3:
            text = f"{s.full} was sworn in as {after} on {day}, replacing {p.full}. {qc} {s.pronoun} said."
            speaker, other = s, p
        else:
            text = (
                f"{s.full} stepped aside so that {p.full}, {after}, could address the meeting. "
                f"{qc} {p.pronoun} said."
            )
            speaker, other = p, s
        yield Case("", f"ho19-salience-{shape}", text, [_d(qc, speaker)], wrong_speakers=[(qc, other.full)])


_ROLE_NOUNS = {0: "supervisor", 3: "archivist", 8: "pilot", 9: "curator"}


def nominal_anaphora() -> Iterator[Case]:
    """Descriptions referring back: `the beekeeper` / `the customs officer` choosing one of two, `the
    conductor` against a soloist, a nationality (`the Pole`, `the Icelander`) choosing one of two
    finalists, `the directorate` / `the orchestra` after a body's report, `the 52-year-old` when only
    one person's age is given, and `the archivist` / `the pilot` / `the curator` / `the supervisor`
    against a researcher."""
    combos = itertools.product(_PAIRED, range(6), MARKS19, range(4))
    for p, shape, m, v in sample(combos, 290, "ho19-nominal"):
        k = _k(_PAIRED.index(p), shape, v)
        b = _other(p, k)
        day = DAYS19[k % 7]
        qc = m.q(_pick(ALL_Q19, k) + ",")
        expects: list[Expect]
        wrong: list[tuple[str, str]] = [(qc, b.full)]
        if shape == 0:
            first = v % 2 == 0
            noun = "beekeeper" if first else "customs officer"
            text = (
                f"{p.full}, a beekeeper from Tokaj, sold honey to {b.full}, a customs officer, on {day}. "
                f"{qc} the {noun} said."
            )
            who, other = (p, b) if first else (b, p)
            expects, wrong = [_d(qc, who)], [(qc, other.full)]
        elif shape == 1:
            text = (
                f"{p.full} conducted the Recife Philharmonic on {day}, with {b.full} as the soloist. "
                f"{qc} the conductor said."
            )
            expects = [_d(qc, p)]
        elif shape == 2:
            b = next(q for q in (_other(p, k + i) for i in range(len(_PAIRED))) if _nation(q) != _nation(p))
            adj_p, noun_p = _nation(p)
            adj_b, noun_b = _nation(b)
            first = v % 2 == 0
            text = (
                f"{adj_p} {p.full} beat {adj_b} {b.full} in the final on {day}. "
                f"{qc} the {noun_p if first else noun_b} said."
            )
            who, other = (p, b) if first else (b, p)
            expects, wrong = [_d(qc, who)], [(qc, other.full)]
        elif shape == 3:
            org, noun = ORGS19[(k + v) % len(ORGS19)]
            clause = _pick(ORG_CLAUSES19, k)
            qo = m.q(_pick(ORG_Q19, k) + ",")
            text = f"{_cap(org)} said on {day} that {clause}. {qo} the {noun} added."
            expects = [Expect(f"that {clause}", "indirect", (org,)), Expect(qo, "direct", (org,))]
            wrong = []
        elif shape == 4:
            text = f"{p.full}, 52, has tuned the pianos of {b.full} since 1990. {qc} the 52-year-old said."
            expects = [_d(qc, p)]
        else:
            r = sorted(_ROLE_NOUNS)[k % len(_ROLE_NOUNS)]
            after, _before, parts = ROLES19[r]
            qr = m.q(_role_quote(r, k) + ",")
            text = (
                f"{b.full}, a researcher, spent {day} with {p.full}, {after}. {qr} the {_ROLE_NOUNS[r]} said."
            )
            expects = [_d(qr, p, Contains(parts))]
            wrong = [(qr, b.full)]
        yield Case("", f"ho19-nominal-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5: name hygiene and documents -------------------------------------------------------------


def name_hygiene() -> Iterator[Case]:
    """The name holds no rank, cue, adverbial or epithet, and a person's agent is not the person: `"Q,"
    said Captain NAME, master of the ferry Ísafold.`, `"Q," Chief NAME told the gathering.`, `According
    to NAME, C.`, `"Q," an exasperated NAME told reporters.`, `NAME's lawyer said on DAY that C.`, `"Q,"
    said NAME, whose family has kept bees for four generations.`, `Then NAME, visibly tired, said:
    "Q."` and `"Q," Rev. NAME said.`"""
    combos = itertools.product(PEOPLE19, range(8), MARKS19, range(len(ALL_Q19)))
    for p, shape, m, qi in sample(combos, 300, "ho19-hygiene"):
        k = _k(PEOPLE19.index(p), shape, qi)
        quote = ALL_Q19[qi]
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES19, k)
        day = DAYS19[k % 7]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text, expect = f"{qc} said Captain {p.full}, master of the ferry Ísafold.", _d(qc, p)
        elif shape == 1:
            text, expect = f"{qc} Chief {p.full} told the gathering.", _d(qc, p)
        elif shape == 2:
            text = f"According to {p.full}, {clause}."
            # a single name with nothing else said of it may be a person or a body (key fix after the run)
            kind = ANY if p.shape == "single" else "person"
            expect = Expect(clause, "indirect", (p.full,), ANY, kind)
        elif shape == 3:
            text, expect = f"{qc} an exasperated {p.full} told reporters.", _d(qc, p)
        elif shape == 4:
            poss = _poss(p.full)
            text = f"{poss} lawyer said on {day} that {clause}."
            expect = Expect(f"that {clause}", "indirect", ("lawyer", f"{poss} lawyer"))
            wrong = [(f"that {clause}", p.full)]
        elif shape == 5:
            text, expect = f"{qc} said {p.full}, whose family has kept bees for four generations.", _d(qc, p)
        elif shape == 6:
            text, expect = f"Then {p.full}, visibly tired, said: {qs}", _d(qs, p)
        else:
            text, expect = f"{qc} Rev. {p.full} said.", _d(qc, p)
        yield Case("", f"ho19-hygiene-{shape}", text, [expect], wrong_speakers=wrong)


def document_issuers() -> Iterator[Case]:
    """Documents credited to their issuer: `A report by ORG found that C.`, `The statement, issued by ORG
    on DAY, read: "Q."`, `In a notice posted at the terminal, ORG warned that C.`, `In a memo to staff
    seen by this newspaper, NAME, ROLE, wrote that C.`, `ORG said in a statement on DAY: "Q."`, `A
    statement from NAME's office said C.` and `ORG issued a press release on DAY. "Q," the release
    said.`"""
    combos = itertools.product(range(len(ORGS19)), range(7), MARKS19, range(len(PEOPLE19)))
    for o, shape, m, pi in sample(combos, 280, "ho19-docs"):
        org = ORGS19[o][0]
        p = PEOPLE19[pi]
        k = _k(o, shape, pi)
        clause = _pick(ORG_CLAUSES19, k)
        quote = _pick(ORG_Q19, k)
        qs, qc = m.q(quote + "."), m.q(quote + ",")
        day = DAYS19[k % 7]
        org_exp: NameSpec = (org,)
        if shape == 0:
            text = f"A report by {org} found that {clause}."
            expect = Expect(f"that {clause}", "indirect", org_exp)
        elif shape == 1:
            text = f"The statement, issued by {org} on {day}, read: {qs}"
            expect = Expect(qs, "direct", org_exp)
        elif shape == 2:
            text = f"In a notice posted at the terminal, {org} warned that {clause}."
            expect = Expect(f"that {clause}", "indirect", org_exp)
        elif shape == 3:
            after, _before, parts = ROLES19[k % len(ROLES19)]
            pc = _pick(CLAUSES19, k)
            text = f"In a memo to staff seen by this newspaper, {p.full}, {after}, wrote that {pc}."
            expect = _i(f"that {pc}", p, Contains(parts))
        elif shape == 4:
            text = f"{_cap(org)} said in a statement on {day}: {qs}"
            expect = Expect(qs, "direct", org_exp)
        elif shape == 5:
            pc = _pick(CLAUSES19, k)
            poss = _poss(p.full)
            text = f"A statement from {poss} office said {pc}."
            expect = Expect(pc, "indirect", (p.full, f"{poss} office", "office"))
        else:
            text = f"{_cap(org)} issued a press release on {day}. {qc} the release said."
            expect = Expect(qc, "direct", org_exp)
        yield Case("", f"ho19-docs-{shape}", text, [expect])


# --- group 6: titles ---------------------------------------------------------------------------------


def titles_affiliation() -> Iterator[Case]:
    """Titles in full with their body: apposition after the name, before the name without commas, a
    possessive body with commas (`The Tokaj Beekeepers' Union's chair, NAME, said:`), `Its ROLE, NAME,`
    after a sentence naming the body, `The interim ROLE, NAME,`, `"Q," said NAME, who has been ROLE
    since 2015.` and `NAME, the newly appointed ROLE, said:`."""
    combos = itertools.product(PEOPLE19, range(7), MARKS19, range(len(ROLES19)))
    for p, shape, m, r in sample(combos, 300, "ho19-titles"):
        after, before, parts = ROLES19[r]
        body, noun, _kind = BODIES19[r]
        bare = body.removeprefix("the ")
        k = _k(PEOPLE19.index(p), shape, r)
        quote = _role_quote(r, k)
        qs, qc = m.q(quote + "."), m.q(quote + ",")
        title: TitleSpec = Contains(parts)
        content = qs
        if shape == 0:
            text = f"{p.full}, {after}, said: {qs}"
        elif shape == 1:
            text = f"{before} {p.full} said: {qs}"
        elif shape == 2:
            text = f"{_cap(_poss(body))} {noun}, {p.full}, said: {qs}"
            title = Contains((noun, bare))
        elif shape == 3:
            text = f"{_cap(body)} was founded in 1968. Its {noun}, {p.full}, said: {qs}"
            title = Contains((noun, bare))
        elif shape == 4:
            text = f"The interim {after}, {p.full}, said: {qs}"
            title = Contains(("interim", *parts))
        elif shape == 5:
            text = f"{qc} said {p.full}, who has been {after} since 2015."
            content = qc
        else:
            text = f"{p.full}, the newly appointed {after}, said: {qs}"
        yield Case("", f"ho19-titles-{shape}", text, [_d(content, p, title)])


def odd_roles_places() -> Iterator[Case]:
    """Role nouns outside common lists in apposition (`"Q," said NAME, an organ builder in Szeged.`,
    fronted `A deckhand on the Tadoussac ferry, NAME, said:`, after an age `NAME, 47, a seabird ringer on
    Heimaey, told Reuters:`) and place-modified titles (`Quebec MNA NAME said C.`, `"Q," said Istanbul
    deputy mayor NAME.`, `"Q," Cusco regional governor NAME told the assembly.`)."""
    combos = itertools.product(PEOPLE19, range(6), MARKS19, range(len(ODD_ROLES19)))
    for p, shape, m, o in sample(combos, 290, "ho19-odd"):
        odd, parts = ODD_ROLES19[o]
        k = _k(PEOPLE19.index(p), shape, o)
        quote = _pick(ALL_Q19, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        place, pparts = PLACE_TITLES19[k % len(PLACE_TITLES19)]
        if shape == 0:
            text, expect = f"{qc} said {p.full}, {odd}.", _d(qc, p, Contains(parts))
        elif shape == 1:
            text, expect = f"{_cap(odd)}, {p.full}, said: {qs}", _d(qs, p, Contains(parts))
        elif shape == 2:
            text, expect = f"{p.full}, 47, {odd}, told Reuters: {qs}", _d(qs, p, Contains(parts))
        elif shape == 3:
            clause = _pick(CLAUSES19, k)
            text, expect = f"{place} {p.full} said {clause}.", _i(clause, p, Contains(pparts))
        elif shape == 4:
            text, expect = f"{qc} said {place} {p.full}.", _d(qc, p, Contains(pparts))
        else:
            text, expect = f"{qc} {place} {p.full} told the assembly.", _d(qc, p, Contains(pparts))
        yield Case("", f"ho19-odd-{shape}", text, [expect])


# --- group 7: datelines and bylines ------------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """Datelines (`REYKJAVIK, Iceland (AP) —`, `LAGOS, Nigeria, March 3 (Reuters) -`, ...) before a
    report, before a quotation with an inverted cue or an unnamed `a NOUN said`, before a body's
    report (`ORG will cut 300 jobs, the company said.`); bylines in their own paragraph and a closing
    Reuters trailer: never a speaker, never inside a quotation."""
    combos = itertools.product(PEOPLE19, range(6), MARKS19, range(len(DATELINES19)))
    for p, shape, m, dl in sample(combos, 290, "ho19-dateline"):
        dateline, word = DATELINES19[dl]
        k = _k(PEOPLE19.index(p), shape, dl)
        byline, byname = BYLINES19[k % len(BYLINES19)]
        after, _before, parts = ROLES19[k % len(ROLES19)]
        quote = _pick(ALL_Q19, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES19, k)
        day = DAYS19[k % 7]
        forbidden = [word]
        if shape == 0:
            text = f"{dateline} {p.full}, {after}, said on {day} that {clause}."
            expect = _i(f"that {clause}", p, Contains(parts))
        elif shape == 1:
            text, expect = f"{dateline} {qc} said {p.full}.", _d(qc, p)
        elif shape == 2:
            _plural, single, _setting = GROUPS19[k % len(GROUPS19)]
            article = "an" if single[0] in "aeiou" else "a"
            text = f"{dateline} {qc} {article} {single} said."
            expect = Expect(qc, "direct", (single, f"{article} {single}"))
        elif shape == 3:
            text, expect = f"{byline}\n\n{dateline} {p.full} said on {day}: {qs}", _d(qs, p)
            forbidden.append(byname)
        elif shape == 4:
            text = (
                f"{dateline} {p.full} said {clause}.\n\nReporting by Ana Sokolović; Editing by Tom Hargreave"
            )
            expect = _i(clause, p)
            forbidden += ["Sokolović", "Hargreave"]
        else:
            org, noun = ORGS19[k % len(ORGS19)]
            content = f"{_cap(org)} will cut 300 jobs"
            text = f"{dateline} {content}, the {noun} said on {day}."
            expect = Expect(content, "indirect", (org,))
        yield Case("", f"ho19-dateline-{shape}", text, [expect], forbidden=forbidden)


# --- group 8: British single marks -------------------------------------------------------------------


def _nested(m_curly: bool, n: int) -> str:
    before, word, after = NESTED19[n % len(NESTED19)]
    opening, closing = ("“", "”") if m_curly else ('"', '"')
    return f"{before}{opening}{word}{closing}{after}"


def british_single() -> Iterator[Case]:
    """British single marks with apostrophes inside and at the edges of words (`ferrymen's`, `thrivin'`,
    `o'clock`, `pilots'`, `Y'know`, `the '60s`, `'em`, `goin'`, `Fa'afetai's`): `'Q,' said NAME.`, `NAME
    said: 'Q.'`, a split quotation over a full stop (`'Q1,' NAME said. 'Q2.'`: one quotation, two
    parts), a quoted word in double marks inside the single ones, and after a lead with a possessive."""
    combos = itertools.product(PEOPLE19, range(5), SINGLE19, range(len(APOS_Q19)))
    for p, shape, m, qi in sample(combos, 290, "ho19-single"):
        k = _k(PEOPLE19.index(p), shape, qi)
        own = p.full.startswith("Fa'afetai") and APOS_Q19[qi].startswith("Fa'afetai")
        qn = (qi + 1) % len(APOS_Q19) if own else qi  # nobody speaks of their own crew by name
        quote = APOS_Q19[qn]
        qc = m.q(quote + ",")
        parts: tuple[str, ...] | None = None
        if shape == 0:
            text = f"{qc} said {p.full}."
            content = qc
        elif shape == 1:
            content = m.q(quote + ".")
            text = f"{p.full} said: {content}"
        elif shape == 2:
            q2 = m.q(APOS_Q19[(qn + 3) % len(APOS_Q19)] + ".")
            text = f"{qc} {p.full} said. {q2}"
            content, parts = _span(text, qc, q2), (qc, q2)
        elif shape == 3:
            content = m.q(_nested(m.curly, k) + ",")
            text = f"{content} said {p.full}."
        else:
            poss = _poss(p.full)
            if m.curly:  # the possessive's apostrophe follows the marks; the name keeps its own
                poss = p.full + poss[len(p.full) :].replace("'", "’")
            lead = f"{poss} boat was the last one back on {DAYS19[k % 7]}."
            text = f"{lead} {qc} {p.ref} said."
            content = qc
        expect = Expect(content, "direct", (p.full,), ANY, "person", parts=parts)
        yield Case("", f"ho19-single-{shape}", text, [expect])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout19.{name}", group, description, unique_texts(gen))


HELD_OUT_19 = (
    _named(
        "open_cues_after", "1", '"Q," NAME rues / bemoaned NAME, ROLE / carped, "and q2."', open_cues_after
    ),
    _named(
        "tenses_positions",
        "1",
        "has been warning; conceded; speaking to reporters, cautioned; would tell; it was NAME who",
        tenses_positions,
    ),
    _named(
        "unnamed_quantified",
        "2",
        "one said, another said; most of; several ... while others; none would, but all said",
        unnamed_quantified,
    ),
    _named("colon_roundups", "3", "round-up: NAME, ROLE:; NAME, AGE, ODD ROLE:; NAME, BODY:", colon_roundups),
    _named(
        "transcripts_qa",
        "3",
        "Q:/A:, INTERVIEWER:/SURNAME:, Interviewer:/Full Name:, Q —/A —",
        transcripts_qa,
    ),
    _named(
        "pronoun_gender",
        "4",
        "gender from Mr, landlady, her shift, Mrs chairs it, reported him",
        pronoun_gender,
    ),
    _named(
        "salience_same_gender",
        "4",
        "same gender: handed over to, had left by the time, took questions after, sworn in replacing",
        salience_same_gender,
    ),
    _named(
        "nominal_anaphora",
        "4",
        "the beekeeper, the conductor, the Pole, the directorate, the 52-year-old, the archivist",
        nominal_anaphora,
    ),
    _named(
        "name_hygiene", "5", "Captain, Chief, According to, an exasperated NAME, NAME's lawyer", name_hygiene
    ),
    _named(
        "document_issuers",
        "5",
        "report by, statement issued by, notice, memo, statement from NAME's office, the release said",
        document_issuers,
    ),
    _named(
        "titles_affiliation",
        "6",
        "ROLE of BODY, BODY's ROLE, NAME, Its ROLE, the interim, who has been, newly appointed",
        titles_affiliation,
    ),
    _named("odd_roles_places", "6", "an organ builder in Szeged, Quebec MNA NAME", odd_roles_places),
    _named(
        "datelines_bylines",
        "7",
        "REYKJAVIK, Iceland (AP) —, LAGOS (Reuters) -, bylines, Reporting by; Editing by",
        datelines_bylines,
    ),
    _named(
        "british_single",
        "8",
        "'The ferrymen's union won't ...,' said NAME; thrivin'; o'clock; '60s; nested double marks",
        british_single,
    ),
)
