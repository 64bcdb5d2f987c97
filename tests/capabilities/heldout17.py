"""Seventeenth held-out round: capabilities written at commit ``3700c03`` by a helper who did not
read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout17data.py``: twenty-four invented people of
Kenyan, Scottish, Welsh, Filipino, Trinidadian and Indo-Caribbean, Malaysian and South African origin
in the shapes a name can take: hyphens (`Kamau-Otieno`, `Pritchard-Evans`, `Keisha-Ann`), lower-case
particles (`dela Cruz`, `ap Gwilym`, `delos Reyes`, `van der Merwe`), a particle with a stop (`St.
Hilaire`), initials (`Grace W. Achieng`, `J. R. Odhiambo`), a family name first (`Tan Mei Ling`, `Lim
Wei Jie`), single names (`Zinhle`, `Sizwe`), names ending in -an, -son and -es; straight, curly and
British single marks; open-class cue verbs in the past and present (`marvels`, `laments`, `scoffed`,
`ventured`, `quips`, `gushes`); roles with their bodies in health, schools, transport, arts and
culture, farming, religion and the military (a head teacher, a health board's chief executive, a
ferry service's general manager, a theatre's artistic director, a citrus growers' chairperson, a
carnival museum's curator, a taxi council's spokesperson, a dean of agriculture); role nouns outside
common lists; place-modified titles; groups; datelines of AP, Bernama, Reuters, CMC, PA and Sapa;
bylines; interview exchanges) with phrasings a careful news annotator keys:

1. open-class cues after a quotation, present and past (`"Q," NAME marvels.`, inverted `"Q," laments
   NAME, ROLE.`, `"Q," NAME fumed, pointing to the empty seats.`, `LEAD. "Q," Mrs/Mr SURNAME
   quipped.`, `"Q," TITLE NAME conceded.`, `"Q," NAME, ROLE, concedes.`); tenses and positions (`NAME
   insists that C.`, `NAME, ROLE, had warned in MONTH that C.`, `On DAY, NAME will tell the health
   committee that C.`, `"Q," NAME was saying as the ferry docked.`, `Speaking at the launch on DAY,
   NAME conceded: "Q."`, `NAME cautioned on DAY that C.`, `"Q," NAME has been telling anyone who will
   listen.`);
2. unnamed and quantified speakers after a lead naming a person who does not speak (`"Q," said one
   nurse.`, `"Q1," one said. "Q2," another added.`, `Some argued that C.`, `Two nurses stopped NAME
   ... Both told Mr SURNAME that C.`, `"Q," said a farmer who declined to be named.`, `Several of the
   commuters said C.`);
3. round-ups of three colon credits (`TITLE NAME: "Q."`, `NAME, ROLE: "Q."`, `NAME (BODY): "Q."`) and
   transcripts (`Q:` / `A:`, `INTERVIEWER:` / `SURNAME:`, `Host:` / `Surname:`, `Moderator:` / `Full
   Name:`): answers are the interviewee's, questions never;
4. gender deciding a pronoun between a woman and a man (from the other person's `Mr/Mrs SURNAME`, from
   `The headmistress/headmaster, NAME,`, from `joined her there`, from `Mrs SURNAME spoke first.`
   across a paragraph break, from `A praised B and his team`); two people of the same gender (a host's
   welcome, the newest person taking the floor, the one who rose after the other had finished, the
   one reading out results while the other listened, the earlier reporter against a subject who was
   not there); descriptions referring back (`the 61-year-old` choosing one of two by age, `the bishop`,
   `the operator` / `the federation` / `the force` after a body's report, `the colonel` against a
   sheep shearer, `the minister` against a nurse, `the head teacher` / `the curator` against a
   parent);
5. name hygiene (`said the Rev. NAME, who leads ...`, `Councillor NAME warned`, `Speaking on DAY, NAME
   said`, `Later, NAME told the Star:`, `Brigadier NAME told troops`, `In Kisumu, Pastor NAME said
   that`, `NAME, 54, said`, `A tired-looking NAME said:`) and documents credited to their issuer (`A
   report by ORG said C.`, `ORG said in a statement that C.`, `NAME said in a statement on DAY that
   C.`, `In a letter to parents, NAME, ROLE, said C.`, `A circular from ORG warned that C.`, `ORG's
   annual report, published on DAY, said C.`, `According to a statement from ORG, C.`);
6. titles in full with their body (before the name, in apposition after and before, a possessive body
   `the Penang Ferry Service's general manager, NAME,`, `who is ROLE`, coordinated `a founder and
   trustee of BODY`), role nouns outside common lists in apposition (`a jeepney driver in Quezon
   City`, `a crofter on the Isle of Skye`, fronted `A steelpan tuner in Laventille, NAME, said:`, with
   an age) and place-modified titles (`Glasgow MSP NAME`, `Gauteng MEC for Health NAME`, `Mombasa
   Governor NAME`, `Selangor exco member NAME`);
7. datelines (`NAIROBI, Kenya (AP) —`, `KUALA LUMPUR, March 3 (Bernama) --`, `PORT OF SPAIN, Trinidad
   (CMC) –`, `DURBAN, June 12 (Sapa) -`, ...), also right before a quotation, and bylines in their own
   paragraph (`By Wambui Kariuki\nNation Correspondent`, `Written by NAME | Staff Reporter`) or a
   closing `Reporting by NAME; Editing by NAME`: never a speaker, never inside a quotation;
8. British single marks with apostrophes inside and at the edges of words (`bairns'`, `o'clock`,
   `singin' and dancin'`, `the '60s`, `Y'know`, `ma'am`), an interrupted quotation, a nested double
   quotation, and after a lead with a possessive.

When an annotator's key is uncertain the case asserts less (several readings of an unnamed or
quantified speaker accepted, title not checked after a rank or a body in brackets, ``exact=False``
where a second report may come out).

Before the run, templates were read for English only (and fixed then): a letter to parents comes from
a head teacher or principal, a monk shows his guest around an abbey garden, place titles that name one
gender (`Woman Representative`, `assemblyman`) were replaced. Run once at 3700c03 (``capreport.py
--heldout heldout17.NAME ...``: 3,044 of 3,979, .765). The failures were then read for template and
key bugs only; one key over-assertion was found and fixed: `pronoun_gender` (`A praised B and his team
for their work.`) and `salience_newest` (`A welcomed B to the synod.`) forbade any second quotation,
while a stance verb with a noun-phrase object is a report in PolNeAR's annotation (see the thirteenth
round's `stance_content`), so those two shapes no longer forbid one (108 cases; the quotation's speaker
is still checked). After the fix: 3,109 of 3,979 (.781), which the floors record. No other key was
changed: `"Q," Port of Spain Carnival Museum curator NAME conceded.` keeps the title out of the name,
`Maricel dela Cruz` / `Rhodri ap Gwilym` / `Emmanuel delos Reyes` are the full names, `showed B around
the abbey garden` and `pointing to the empty seats` report nothing, `A circular from ORG` is ORG's.

| capability | group | cases | first run | templates fixed |
|---|---|---|---|---|
| `heldout17.open_cues_after` | 1 | 300 | 0.747 | 0.747 |
| `heldout17.tenses_positions` | 1 | 285 | 0.884 | 0.884 |
| `heldout17.unnamed_quantified` | 2 | 289 | 0.969 | 0.969 |
| `heldout17.colon_roundups` | 3 | 280 | 0.554 | 0.554 |
| `heldout17.transcripts_qa` | 3 | 280 | 0.861 | 0.861 |
| `heldout17.pronoun_gender` | 4 | 300 | 0.470 | 0.607 |
| `heldout17.salience_newest` | 4 | 300 | 0.577 | 0.657 |
| `heldout17.nominal_anaphora` | 4 | 300 | 0.833 | 0.833 |
| `heldout17.name_hygiene` | 5 | 291 | 0.900 | 0.900 |
| `heldout17.document_issuers` | 5 | 218 | 0.670 | 0.670 |
| `heldout17.titles_affiliation` | 6 | 300 | 0.817 | 0.817 |
| `heldout17.odd_roles_places` | 6 | 283 | 0.749 | 0.749 |
| `heldout17.datelines_bylines` | 7 | 279 | 0.900 | 0.900 |
| `heldout17.british_single` | 8 | 274 | 0.774 | 0.774 |
| **heldout17** (all 14) | | 3,979 | 0.765 (3,044) | 0.781 (3,109) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout17data import (
    ALL_Q17,
    APOS_Q17,
    BYLINES17,
    CLAUSES17,
    DATELINES17,
    DAYS17,
    EXCHANGES17,
    GENDERED17,
    GROUP_CLAUSES17,
    GROUP_Q17,
    GROUPS17,
    MARKS17,
    MEN17,
    ODD_ROLES17,
    OPEN_VERBS17,
    ORG_CLAUSES17,
    ORG_Q17,
    ORGS17,
    PEOPLE17,
    PLACE_TITLES17,
    ROLE_QUOTES17,
    ROLES17,
    SINGLE17,
    WOMEN17,
    Person17,
)


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: tuple[str, ...], k: int) -> str:
    return pool[k % len(pool)]


_PAIRED = tuple(p for p in PEOPLE17 if p.shape != "single")


def _opposite(p: Person17, step: int) -> Person17:
    pool = tuple(q for q in (MEN17 if p.gender == "f" else WOMEN17) if q.shape != "single")
    return pool[step % len(pool)]


def _same(p: Person17, step: int) -> Person17:
    pool = tuple(q for q in (WOMEN17 if p.gender == "f" else MEN17) if q.shape != "single" and q != p)
    return pool[step % len(pool)]


def _other(p: Person17, step: int) -> Person17:
    pool = tuple(q for q in _PAIRED if q != p)
    return pool[step % len(pool)]


def _d(content: str, p: Person17, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person")


def _i(content: str, p: Person17, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _role_quote(r: int, k: int) -> str:
    return ROLE_QUOTES17[r][k % len(ROLE_QUOTES17[r])]


#: For each role of ROLES17: its body as written after a possessive, and the role noun.
_BODIES = (
    ("Kilbride Primary School", "head teacher"),
    ("the Nairobi Metropolitan Health Board", "chief executive"),
    ("the Penang Ferry Service", "general manager"),
    ("the Cardiff Bay Theatre Company", "artistic director"),
    ("the Limpopo Citrus Growers Association", "chairperson"),
    ("Baguio General Hospital", "medical director"),
    ("the Port of Spain Carnival Museum", "curator"),
    ("the Western Cape Minibus Taxi Council", "spokesperson"),
    ("Aberdour Academy", "principal"),
    ("Egerton University", "dean of agriculture"),
)


# --- group 1: cue verbs, tenses and positions -------------------------------------------------------


def open_cues_after() -> Iterator[Case]:
    """Open-class cue verbs after a quotation, present and past: `"Q," NAME marvels.`, inverted with
    an apposition (`"Q," laments NAME, ROLE.`), with a participle tail (`"Q," NAME fumed, pointing
    to the empty seats.`), `LEAD. "Q," Mrs/Mr SURNAME quipped.`, after a title before the name
    (`"Q," Aberdour Academy principal NAME conceded.`) and `"Q," NAME, ROLE, concedes.`"""
    combos = itertools.product(PEOPLE17, range(6), MARKS17, range(len(OPEN_VERBS17)))
    for p, shape, m, v in sample(combos, 300, "ho17-opencues"):
        past, present = OPEN_VERBS17[v]
        k = _k(PEOPLE17.index(p), shape, v)
        r = k % len(ROLES17)
        after, before, parts = ROLES17[r]
        title = Contains(parts)
        qc = m.q(_role_quote(r, k) + ",") if shape in (1, 4, 5) else m.q(_pick(ALL_Q17, k) + ",")
        if shape == 0:
            text, expect = f"{qc} {p.full} {present}.", _d(qc, p)
        elif shape == 1:
            text, expect = f"{qc} {present} {p.full}, {after}.", _d(qc, p, title)
        elif shape == 2:
            text, expect = f"{qc} {p.full} {past}, pointing to the empty seats.", _d(qc, p)
        elif shape == 3:
            lead = f"{p.full} spoke to the Daily Nation on {DAYS17[k % 7]}."
            text, expect = f"{lead} {qc} {p.ref} {past}.", _d(qc, p)
        elif shape == 4:
            text, expect = f"{qc} {before} {p.full} {past}.", _d(qc, p, title)
        else:
            text, expect = f"{qc} {p.full}, {after}, {present}.", _d(qc, p, title)
        yield Case("", f"ho17-opencues-{shape}", text, [expect])


_THAT_PRESENT = ("insists", "contends", "argues", "warns")
_MONTHS = ("January", "March", "June", "September", "November")


def tenses_positions() -> Iterator[Case]:
    """Tenses and positions: `NAME insists that C.`, `NAME, ROLE, had warned in MONTH that C.`, `On
    DAY, NAME will tell the health committee that C.`, `"Q," NAME was saying as the ferry docked.`,
    `Speaking at the launch on DAY, NAME conceded: "Q."`, `NAME cautioned on DAY that C.` and `"Q,"
    NAME has been telling anyone who will listen.`"""
    combos = itertools.product(PEOPLE17, range(7), MARKS17, range(len(ROLES17)))
    for p, shape, m, r in sample(combos, 300, "ho17-tenses"):
        after, _before, parts = ROLES17[r]
        title = Contains(parts)
        k = _k(PEOPLE17.index(p), shape, r)
        quote = _role_quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES17, k)
        day = DAYS17[k % 7]
        if shape == 0:
            verb = _pick(_THAT_PRESENT, k)
            text, expect = f"{p.full} {verb} that {clause}.", _i(f"that {clause}", p)
        elif shape == 1:
            text = f"{p.full}, {after}, had warned in {_pick(_MONTHS, k)} that {clause}."
            expect = _i(f"that {clause}", p, title)
        elif shape == 2:
            text = f"On {day}, {p.full} will tell the health committee that {clause}."
            expect = _i(f"that {clause}", p)
        elif shape == 3:
            text, expect = f"{qc} {p.full} was saying as the ferry docked.", _d(qc, p)
        elif shape == 4:
            text = f"Speaking at the launch on {day}, {p.full} conceded: {qs}"
            expect = _d(qs, p)
        elif shape == 5:
            text, expect = f"{p.full} cautioned on {day} that {clause}.", _i(f"that {clause}", p)
        else:
            text, expect = f"{qc} {p.full} has been telling anyone who will listen.", _d(qc, p)
        yield Case("", f"ho17-tenses-{shape}", text, [expect])


# --- group 2: unnamed and quantified speakers -------------------------------------------------------


def unnamed_quantified() -> Iterator[Case]:
    """Unnamed and quantified speakers after a lead naming a person who does not speak: `"Q," said
    one NOUN.`, `"Q1," one said. "Q2," another added.`, `Some argued that C.`, `Two NOUNS stopped
    NAME ... Both told Mrs/Mr SURNAME that C.`, `"Q," said a NOUN who declined to be named.` and
    `Several of the NOUNS said C.`"""
    combos = itertools.product(range(len(GROUPS17)), range(6), MARKS17, range(len(PEOPLE17)))
    for g, shape, m, pi in sample(combos, 300, "ho17-unnamed"):
        plural, single, setting = GROUPS17[g]
        p = PEOPLE17[pi]
        k = _k(g, shape, pi)
        day = DAYS17[k % 7]
        after = ROLES17[k % len(ROLES17)][0]
        qc = m.q(_pick(GROUP_Q17, k) + ",")
        clause = _pick(GROUP_CLAUSES17, k)
        lead = f"{p.full}, {after}, met {plural} {setting} on {day}."
        expects: list[Expect] = []
        accepted: NameSpec
        if shape == 0:
            text = f"{lead} {qc} said one {single}."
            accepted = (f"one {single}", single, "one", f"one of the {plural}")
            content, kind = qc, "direct"
        elif shape == 1:
            q0 = m.q(_pick(GROUP_Q17, k + 1) + ",")
            text = f"{lead} {q0} one said. {qc} another added."
            expects.append(Expect(q0, "direct", ("one", f"one {single}", f"one of the {plural}", single)))
            accepted = ("another", f"another {single}", f"another of the {plural}", single)
            content, kind = qc, "direct"
        elif shape == 2:
            text = f"{lead} Some argued that {clause}."
            accepted = ("some", f"some {plural}", f"some of the {plural}", plural, f"some of the {plural}")
            content, kind = f"that {clause}", "indirect"
        elif shape == 3:
            text = f"Two {plural} stopped {p.full} {setting} on {day}. Both told {p.ref} that {clause}."
            accepted = ("both", f"both {plural}", f"two {plural}", plural, "both of them", f"both {single}s")
            content, kind = f"that {clause}", "indirect"
        elif shape == 4:
            text = f"{lead} {qc} said a {single} who declined to be named."
            accepted = (single, f"a {single} who declined to be named", f"{single} who declined to be named")
            content, kind = qc, "direct"
        else:
            text = f"{lead} Several of the {plural} said {clause}."
            accepted = ("several", f"several of the {plural}", f"several {plural}", plural)
            content, kind = clause, "indirect"
        expects.append(Expect(content, kind, accepted))
        yield Case("", f"ho17-unnamed-{shape}", text, expects, wrong_speakers=[(content, p.full)])


# --- group 3: colon credits, round-ups and transcripts -----------------------------------------------

_TOPICS = (
    "the new ferry timetable",
    "the health budget",
    "the school closures",
    "the fuel levy",
    "the arts funding cuts",
)


def colon_roundups() -> Iterator[Case]:
    """A round-up of three colon credits after an introduction: `TITLE NAME: "Q."`, `NAME, ROLE:
    "Q."` and `NAME (BODY): "Q."`, in rotating order, one paragraph each."""
    combos = itertools.product(_PAIRED, range(3), MARKS17, range(len(ROLES17)))
    for p, order, m, r in sample(combos, 280, "ho17-colon"):
        k = _k(_PAIRED.index(p), order, r)
        people = (p, _other(p, k), _other(p, k + 7))
        if people[2] == people[1]:
            people = (p, people[1], _other(p, k + 8))
        roles = (r, (r + 3) % len(ROLES17), (r + 6) % len(ROLES17))
        lines: list[str] = []
        expects: list[Expect] = []
        for slot in range(3):
            who, ri = people[slot], roles[slot]
            after, before, parts = ROLES17[ri]
            qs = m.q(_role_quote(ri, k + slot) + ".")
            shape = (slot + order) % 3
            if shape == 0:
                lines.append(f"{before} {who.full}: {qs}")
                expects.append(_d(qs, who, Contains(parts)))
            elif shape == 1:
                lines.append(f"{who.full}, {after}: {qs}")
                expects.append(_d(qs, who, Contains(parts)))
            else:
                body = _BODIES[ri][0].removeprefix("the ")
                lines.append(f"{who.full} ({body}): {qs}")
                expects.append(_d(qs, who))
        intro = f"What they said about {_pick(_TOPICS, k)} on {DAYS17[k % 7]}:"
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case("", f"ho17-colon-{order}", text, expects)


def transcripts_qa() -> Iterator[Case]:
    """Interview transcripts after an introduction: `Q:` / `A:`, `INTERVIEWER:` / `SURNAME:` in
    capitals, `Host:` / `Surname:` on the radio and `Moderator:` / `Full Name:` at a panel; every
    answer is the interviewee's and no question is."""
    combos = itertools.product(PEOPLE17, range(4), range(len(EXCHANGES17)), range(len(ROLES17)))
    for p, style, e, r in sample(combos, 280, "ho17-transcript"):
        (q1, a1), (q2, a2) = EXCHANGES17[e], EXCHANGES17[(e + 3) % len(EXCHANGES17)]
        after = ROLES17[r][0]
        day = DAYS17[(e + r) % 7]
        if style == 0:
            intro = f"{p.full}, {after}, spoke to us from Kisumu on {day}. This transcript has been edited."
            ask, answer = "Q:", "A:"
        elif style == 1:
            intro = f"{p.full}, {after}, sat down with the Straits Times on {day}. Here is the interview."
            ask, answer = "INTERVIEWER:", f"{p.last.upper()}:"
        elif style == 2:
            intro = f"On {day}'s breakfast show on BBC Radio Wales, the host spoke to {p.full}, {after}."
            ask, answer = "Host:", f"{_cap(p.last)}:"
        else:
            intro = f"From the panel on {day}, with {p.full}, {after}:"
            ask, answer = "Moderator:", f"{p.full}:"
        lines = [f"{ask} {q1}", f"{answer} {a1}", f"{ask} {q2}", f"{answer} {a2}"]
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case(
            "",
            f"ho17-transcript-{style}",
            text,
            [_d(a1, p), _d(a2, p)],
            exact=False,
            wrong_speakers=[(q1, p.full), (q2, p.full)],
        )


# --- group 4: pronouns and nominal anaphora ----------------------------------------------------------

_GENDERED_PLACES = ("new science block", "new offices", "abbey garden", "grazing land")


def pronoun_gender() -> Iterator[Case]:
    """Gender decides a pronoun between a woman and a man: from the other person's honorific (`A met B
    ... Mr B arrived late. "Q," she said.`), from a gendered role noun (`The headmistress, A, showed
    B around ...`), from an earlier pronoun (`B joined her there at noon`), from an honorific across
    a paragraph break, and from the other person's possessive (`A praised B and his team`)."""
    combos = itertools.product(_PAIRED, range(5), MARKS17, range(len(ALL_Q17)))
    for p, shape, m, qi in sample(combos, 300, "ho17-gender"):
        k = _k(_PAIRED.index(p), shape, qi)
        o = _opposite(p, k)
        day = DAYS17[k % 7]
        qc = m.q(ALL_Q17[qi] + ",")
        if shape == 0:
            text = (
                f"{p.full} met {o.full} at the depot on {day}. {o.ref} arrived late. {qc} {p.pronoun} said."
            )
        elif shape == 1:
            g = k % len(GENDERED17)
            noun = GENDERED17[g][0 if p.gender == "f" else 1]
            text = (
                f"The {noun}, {p.full}, showed {o.full} around the {_GENDERED_PLACES[g]} on {day}. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 2:
            text = (
                f"{p.full} spent the morning at the clinic on {day}, and {o.full} joined {p.obj} there "
                f"at noon. {qc} {p.pronoun} said."
            )
        elif shape == 3:
            lead = f"{o.full} and {p.full} shared a platform on {day}. {p.ref} spoke first."
            text = f"{lead}\n\n{qc} {p.pronoun} said."
        else:
            text = (
                f"{p.full} praised {o.full} and {o.poss} team for their work on {day}. {qc} {p.pronoun} said."
            )
        # `praised B and his team for their work` is a stance verb with a noun-phrase object, which
        # PolNeAR annotates as a report: that shape asserts no absence of a second quotation
        exact = shape != 4
        yield Case("", f"ho17-gender-{shape}", text, [_d(qc, p)], exact=exact, wrong_speakers=[(qc, o.full)])


_HOST_Q = (
    "We are delighted to have you with us",
    "You are most welcome in this parish",
    "It is an honour to have you here at last",
)
_RESULT_Q = (
    "The turnout was the highest in twenty years",
    "Every ward in the district returned a result before midnight",
)


def salience_newest() -> Iterator[Case]:
    """Two people of the same gender: a host's welcome (`A welcomed B to the synod. "Q," she said.`),
    the newest person taking the floor across a paragraph break, the one who rose after another had
    finished, the one reading out results while the other listened, and the speaker of an earlier
    report against a subject who was not there (`A told the board that C. B was not at the
    meeting.\\n\\n"Q," she added.`)."""
    combos = itertools.product(_PAIRED, range(5), MARKS17, range(len(ROLES17)))
    for p, shape, m, r in sample(combos, 300, "ho17-salience"):
        k = _k(_PAIRED.index(p), shape, r)
        s = _same(p, k)
        day = DAYS17[k % 7]
        after = ROLES17[r][0]
        expects: list[Expect] = []
        if shape == 0:
            qc = m.q(_pick(_HOST_Q, k) + ",")
            text = f"{p.full} welcomed {s.full} to the synod on {day}. {qc} {p.pronoun} said."
            speaker, other = p, s
        elif shape == 1:
            qc = m.q(_role_quote(r, k) + ",")
            lead = f"{p.full} opened the meeting. Then {s.full}, {after}, took the floor."
            text = f"{lead}\n\n{qc} {s.pronoun} said."
            speaker, other = s, p
        elif shape == 2:
            qc = m.q(_pick(ALL_Q17, k) + ",")
            text = (
                f"After {p.full} had finished speaking, {s.full} rose to answer the question. "
                f"{qc} {s.pronoun} said."
            )
            speaker, other = s, p
        elif shape == 3:
            qc = m.q(_pick(_RESULT_Q, k) + ",")
            text = f"{s.full} listened as {p.full} read out the results on {day}. {qc} {p.pronoun} said."
            speaker, other = p, s
        else:
            qc = m.q(_pick(ALL_Q17, k) + ",")
            clause = _pick(CLAUSES17, k)
            text = (
                f"{p.full} told the board on {day} that {clause}. {s.full} was not at the meeting."
                f"\n\n{qc} {p.pronoun} added."
            )
            expects.append(_i(f"that {clause}", p))
            speaker, other = p, s
        expects.append(_d(qc, speaker))
        # `welcomed B to the synod`: a stance verb with a noun-phrase object (see pronoun_gender)
        exact = shape != 0
        yield Case(
            "", f"ho17-salience-{shape}", text, expects, exact=exact, wrong_speakers=[(qc, other.full)]
        )


_FARM_Q = (
    "This is the best maize crop the valley has had in a decade",
    "The harvest came in early and the prices fell with it",
    "We lost two heifers in the floods and the insurance paid for neither",
)
_AGES = ((61, 47), (38, 72), (29, 54), (66, 41))
_ROLE_NOUNS = {0: "head teacher", 3: "artistic director", 5: "medical director", 6: "curator", 8: "principal"}
_HOSPITALS = ("Coast General Hospital", "Raigmore Hospital", "Chris Hani Baragwanath Hospital")


def nominal_anaphora() -> Iterator[Case]:
    """Descriptions referring back: `the 61-year-old` choosing one of two people by age, `the bishop`
    after `Bishop A ordained B`, `the operator` / `the federation` / `the company` after a body's
    report, `the colonel` against a sheep shearer, `the minister` against a nurse, and `the head
    teacher` / `the curator` against a parent."""
    combos = itertools.product(_PAIRED, range(6), MARKS17, range(4))
    for p, shape, m, v in sample(combos, 300, "ho17-nominal"):
        k = _k(_PAIRED.index(p), shape, v)
        b = _other(p, k)
        day = DAYS17[k % 7]
        qc = m.q(_pick(ALL_Q17, k) + ",")
        expects: list[Expect] = []
        wrong: list[tuple[str, str]] = [(qc, b.full)]
        if shape == 0:
            qc = m.q(_pick(_FARM_Q, k) + ",")
            young, old = _AGES[v]
            first = v % 2 == 0
            age = young if first else old
            text = (
                f"{p.full}, {young}, and {b.full}, {old}, have farmed the same hillside for years. "
                f"{qc} the {age}-year-old said."
            )
            who, other = (p, b) if first else (b, p)
            expects.append(_d(qc, who))
            wrong = [(qc, other.full)]
        elif shape == 1:
            text = f"Bishop {p.full} ordained {b.full} as a deacon on {day}. {qc} the bishop said."
            expects.append(_d(qc, p))
        elif shape == 2:
            org, noun = ORGS17[(k + v) % len(ORGS17)]
            clause = _pick(ORG_CLAUSES17, k)
            qo = m.q(_pick(ORG_Q17, k) + ",")
            text = f"{_cap(org)} said on {day} that {clause}. {qo} the {noun} said in a statement."
            expects = [Expect(f"that {clause}", "indirect", (org,)), Expect(qo, "direct", (org,))]
            wrong = []
        elif shape == 3:
            odd = ODD_ROLES17[5][0]
            text = (
                f"Colonel {p.full}, who commands the engineers at Brecon, inspected the flood defences with "
                f"{b.full}, {odd}. {qc} the colonel said."
            )
            expects.append(_d(qc, p))
        elif shape == 4:
            hospital = _pick(_HOSPITALS, k)
            text = (
                f"Health Minister {p.full} toured {hospital} on {day} with {b.full}, a senior nurse. "
                f"{qc} the minister told reporters."
            )
            expects.append(_d(qc, p))
        else:
            r = sorted(_ROLE_NOUNS)[k % len(_ROLE_NOUNS)]
            after, _before, parts = ROLES17[r]
            qr = m.q(_role_quote(r, k) + ",")
            text = f"{p.full}, {after}, and {b.full}, a parent, met on {day}. {qr} the {_ROLE_NOUNS[r]} said."
            expects.append(_d(qr, p, Contains(parts)))
            wrong = [(qr, b.full)]
        yield Case("", f"ho17-nominal-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5: name hygiene and documents -------------------------------------------------------------


def name_hygiene() -> Iterator[Case]:
    """The name holds no honorific, rank, cue, adverbial or epithet: `"Q," said the Rev. NAME, who
    leads ...`, `"Q," Councillor NAME warned.`, `Speaking on DAY, NAME said C.`, `Later, NAME told the
    Star: "Q."`, `"Q," Brigadier NAME told troops.`, `In Kisumu, Pastor NAME said that C.`, `"Q," NAME,
    54, said.` and `A tired-looking NAME said: "Q."`"""
    combos = itertools.product(PEOPLE17, range(8), MARKS17, range(len(ALL_Q17)))
    for p, shape, m, qi in sample(combos, 300, "ho17-hygiene"):
        k = _k(PEOPLE17.index(p), shape, qi)
        quote = ALL_Q17[qi]
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES17, k)
        day = DAYS17[k % 7]
        if shape == 0:
            text, expect = f"{qc} said the Rev. {p.full}, who leads the congregation in Llandudno.", _d(qc, p)
        elif shape == 1:
            text, expect = f"{qc} Councillor {p.full} warned.", _d(qc, p)
        elif shape == 2:
            text, expect = f"Speaking on {day}, {p.full} said {clause}.", _i(clause, p)
        elif shape == 3:
            text, expect = f"Later, {p.full} told the Star: {qs}", _d(qs, p)
        elif shape == 4:
            text, expect = f"{qc} Brigadier {p.full} told troops.", _d(qc, p)
        elif shape == 5:
            text, expect = f"In Kisumu, Pastor {p.full} said that {clause}.", _i(f"that {clause}", p)
        elif shape == 6:
            text, expect = f"{qc} {p.full}, 54, said.", _d(qc, p)
        else:
            text, expect = f"A tired-looking {p.full} said: {qs}", _d(qs, p)
        yield Case("", f"ho17-hygiene-{shape}", text, [expect])


def document_issuers() -> Iterator[Case]:
    """Documents credited to their issuer: `A report by ORG said C.`, `ORG said in a statement that
    C.`, `NAME said in a statement on DAY that C.`, `In a letter to parents, NAME, ROLE, said C.`, `A
    circular from ORG warned that C.`, `ORG's annual report, published on DAY, said C.` and
    `According to a statement from ORG, C.`"""
    combos = itertools.product(range(len(ORGS17)), range(7), range(len(ORG_CLAUSES17)), range(len(PEOPLE17)))
    for o, shape, c, pi in sample(combos, 290, "ho17-docs"):
        org = ORGS17[o][0]
        p = PEOPLE17[pi]
        k = _k(o, shape, c, pi)
        clause = ORG_CLAUSES17[c]
        day = DAYS17[k % 7]
        org_exp: NameSpec = (org,)
        if shape == 0:
            text, expect = f"A report by {org} said {clause}.", Expect(clause, "indirect", org_exp)
        elif shape == 1:
            text = f"{_cap(org)} said in a statement that {clause}."
            expect = Expect(f"that {clause}", "indirect", org_exp)
        elif shape == 2:
            pc = _pick(CLAUSES17, k)
            text, expect = f"{p.full} said in a statement on {day} that {pc}.", _i(f"that {pc}", p)
        elif shape == 3:
            after, _before, parts = ROLES17[(0, 8)[k % 2]]
            pc = _pick(CLAUSES17, k)
            text = f"In a letter to parents, {p.full}, {after}, said {pc}."
            expect = _i(pc, p, Contains(parts))
        elif shape == 4:
            text = f"A circular from {org} warned that {clause}."
            expect = Expect(f"that {clause}", "indirect", org_exp)
        elif shape == 5:
            text = f"{_cap(_poss(org))} annual report, published on {day}, said {clause}."
            expect = Expect(clause, "indirect", org_exp)
        else:
            if clause.startswith("it "):
                clause = ORG_CLAUSES17[0]
            text = f"According to a statement from {org}, {clause}."
            expect = Expect(clause, "indirect", org_exp)
        yield Case("", f"ho17-docs-{shape}", text, [expect])


# --- group 6: titles ---------------------------------------------------------------------------------


def titles_affiliation() -> Iterator[Case]:
    """Titles in full with their body: before the name (`Aberdour Academy principal NAME said:`), in
    apposition after (`NAME, head teacher of Kilbride Primary School, said:`) and before (`The
    curator at the Port of Spain Carnival Museum, NAME, said:`), a possessive body (`the Penang Ferry
    Service's general manager, NAME,`), a `who is` relative and coordinated roles (`NAME, a founder
    and trustee of BODY,`)."""
    combos = itertools.product(PEOPLE17, range(6), MARKS17, range(len(ROLES17)))
    for p, shape, m, r in sample(combos, 300, "ho17-titles"):
        after, before, parts = ROLES17[r]
        body, noun = _BODIES[r]
        k = _k(PEOPLE17.index(p), shape, r)
        qs = m.q(_role_quote(r, k) + ".")
        title: TitleSpec = Contains(parts)
        if shape == 0:
            text = f"{before} {p.full} said: {qs}"
        elif shape == 1:
            text = f"{p.full}, {after}, said: {qs}"
        elif shape == 2:
            text = f"The {after}, {p.full}, said: {qs}"
        elif shape == 3:
            text = f"{_cap(_poss(body))} {noun}, {p.full}, said: {qs}"
            title = Contains((noun, body.removeprefix("the ")))
        elif shape == 4:
            text = f"{p.full}, who is {after}, said: {qs}"
        else:
            text = f"{p.full}, a founder and trustee of {body}, said: {qs}"
            title = Contains(("founder", "trustee", body.removeprefix("the ")))
        yield Case("", f"ho17-titles-{shape}", text, [_d(qs, p, title)])


def odd_roles_places() -> Iterator[Case]:
    """Role nouns outside common lists in apposition (`"Q," said NAME, a jeepney driver in Quezon
    City.`, `NAME, a crofter on the Isle of Skye, told the Herald:`, fronted `A steelpan tuner in
    Laventille, NAME, said:`, with an age `NAME, 43, a durian grower in Raub, said:`) and
    place-modified titles (`Glasgow MSP NAME said C.`, `"Q," Gauteng MEC for Health NAME said.`)."""
    combos = itertools.product(PEOPLE17, range(6), MARKS17, range(len(ODD_ROLES17)))
    for p, shape, m, o in sample(combos, 290, "ho17-odd"):
        odd, parts = ODD_ROLES17[o]
        k = _k(PEOPLE17.index(p), shape, o)
        quote = _pick(GROUP_Q17, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        place, pparts = PLACE_TITLES17[k % len(PLACE_TITLES17)]
        if shape == 0:
            text, expect = f"{qc} said {p.full}, {odd}.", _d(qc, p, Contains(parts))
        elif shape == 1:
            text, expect = f"{p.full}, {odd}, told the Herald: {qs}", _d(qs, p, Contains(parts))
        elif shape == 2:
            text, expect = f"{_cap(odd)}, {p.full}, said: {qs}", _d(qs, p, Contains(parts))
        elif shape == 3:
            clause = _pick(CLAUSES17, k)
            text, expect = f"{place} {p.full} said {clause}.", _i(clause, p, Contains(pparts))
        elif shape == 4:
            text, expect = f"{qc} {place} {p.full} said.", _d(qc, p, Contains(pparts))
        else:
            text, expect = f"{p.full}, 43, {odd}, said: {qs}", _d(qs, p, Contains(parts))
        yield Case("", f"ho17-odd-{shape}", text, [expect])


# --- group 7: datelines and bylines ------------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """Datelines (`NAIROBI, Kenya (AP) —`, `KUALA LUMPUR, March 3 (Bernama) --`, `PORT OF SPAIN,
    Trinidad (CMC) –`, ...) before a report and right before a quotation, and bylines in their own
    paragraph (`By Wambui Kariuki\\nNation Correspondent`, `Written by NAME | Staff Reporter`) or a
    closing `Reporting by NAME; Editing by NAME` line: never a speaker, never inside a quotation."""
    combos = itertools.product(PEOPLE17, range(5), MARKS17, range(len(DATELINES17)))
    for p, shape, m, dl in sample(combos, 290, "ho17-dateline"):
        dateline, word = DATELINES17[dl]
        k = _k(PEOPLE17.index(p), shape, dl)
        byline, byname = BYLINES17[k % len(BYLINES17)]
        after, _before, parts = ROLES17[k % len(ROLES17)]
        quote = _pick(ALL_Q17, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES17, k)
        day = DAYS17[k % 7]
        forbidden = [word]
        if shape == 0:
            text = f"{dateline} {p.full}, {after}, said on {day} that {clause}."
            expect = _i(f"that {clause}", p, Contains(parts))
        elif shape == 1:
            text, expect = f"{dateline} {qc} {p.full} said on {day}.", _d(qc, p)
        elif shape == 2:
            text, expect = f"{byline}\n\n{dateline} {p.full} told reporters: {qs}", _d(qs, p)
            forbidden.append(byname)
        elif shape == 3:
            text, expect = f"{byline}\n\n{qc} said {p.full}, {after}.", _d(qc, p, Contains(parts))
            forbidden = [byname]
        else:
            text = f"{dateline} {p.full} said {clause}.\n\nReporting by {byname}; Editing by Fiona Gallacher"
            expect = _i(clause, p)
            forbidden.append(byname)
        yield Case("", f"ho17-dateline-{shape}", text, [expect], forbidden=forbidden)


# --- group 8: British single marks -------------------------------------------------------------------


def british_single() -> Iterator[Case]:
    """British single marks with apostrophes inside and at the edges of words (`bairns'`, `o'clock`,
    `singin' and dancin'`, `the '60s`, `Y'know`, `ma'am`): `'Q,' said NAME.`, `'Q,' NAME VERBED.`, an
    interrupted quotation (`'Q1,' said NAME, 'and q2.'`), a nested double quotation, and after a lead
    with a possessive (`NAME's neighbours gathered ...`)."""
    combos = itertools.product(PEOPLE17, range(5), SINGLE17, range(len(APOS_Q17)))
    for p, shape, m, qi in sample(combos, 290, "ho17-single"):
        k = _k(PEOPLE17.index(p), shape, qi)
        quote = APOS_Q17[qi]
        qc = m.q(quote + ",")
        exact = True
        if shape == 0:
            text = f"{qc} said {p.full}."
            content = qc
        elif shape == 1:
            past = OPEN_VERBS17[k % len(OPEN_VERBS17)][0]
            text = f"{qc} {p.full} {past}."
            content = qc
        elif shape == 2:
            second = APOS_Q17[(qi + 3) % len(APOS_Q17)]
            second = second if second.startswith("I ") else second[:1].lower() + second[1:]
            q2 = m.q(f"and {second}.")
            text = f"{qc} said {p.full}, {q2}"
            content, exact = _span(text, qc, q2), False
        elif shape == 3:
            inner = '"the proudest day since the \'60s"'
            content = m.q(f"The elders called it {inner} and they weren't wrong,")
            text = f"{content} {p.full} said."
        else:
            lead = f"{_poss(p.full)} neighbours gathered in the square on {DAYS17[k % 7]}."
            lead = lead.replace("'", "’") if m.curly else lead
            text = f"{lead} {qc} {p.ref} said."
            content = qc
        yield Case("", f"ho17-single-{shape}", text, [_d(content, p)], exact=exact)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout17.{name}", group, description, unique_texts(gen))


HELD_OUT_17 = (
    _named("open_cues_after", "1", '"Q," NAME marvels / laments NAME, ROLE / quipped', open_cues_after),
    _named(
        "tenses_positions",
        "1",
        "insists that; had warned in MONTH; will tell; was saying; has been telling",
        tenses_positions,
    ),
    _named(
        "unnamed_quantified", "2", "said one NOUN, another added, some argued, both told", unnamed_quantified
    ),
    _named("colon_roundups", "3", 'round-up: TITLE NAME: "Q."; NAME, ROLE:; NAME (BODY):', colon_roundups),
    _named("transcripts_qa", "3", "Q:/A:, INTERVIEWER:/SURNAME:, Host:/Surname:, Moderator:", transcripts_qa),
    _named("pronoun_gender", "4", "gender from Mr/Mrs, headmistress, joined her, his team", pronoun_gender),
    _named("salience_newest", "4", "same gender: host, newest to take the floor, who rose", salience_newest),
    _named(
        "nominal_anaphora", "4", "the 61-year-old, the bishop, the operator, the colonel", nominal_anaphora
    ),
    _named("name_hygiene", "5", "the Rev., Councillor, Brigadier, Pastor, Speaking on DAY,", name_hygiene),
    _named(
        "document_issuers", "5", "a report by ORG, a circular from ORG, ORG's annual report", document_issuers
    ),
    _named(
        "titles_affiliation",
        "6",
        "BODY ROLE NAME, The ROLE, NAME, who is, founder and trustee",
        titles_affiliation,
    ),
    _named("odd_roles_places", "6", "a jeepney driver in Quezon City, Glasgow MSP NAME", odd_roles_places),
    _named(
        "datelines_bylines",
        "7",
        "NAIROBI, Kenya (AP) —, KUALA LUMPUR (Bernama) --, bylines",
        datelines_bylines,
    ),
    _named("british_single", "8", "'The bairns' playground ...,' said NAME; singin'; '60s", british_single),
)
