"""Twenty-first held-out round: capabilities written at commit ``04de7e6`` by a helper (``hcap27``) who
did not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout21data.py``: twenty-four invented people of Armenian,
Mongolian, Finnish, Tanzanian, Lithuanian, Bengali, Thai, Ukrainian, Haitian, Inuit, Catalan and Sámi
origin in the shapes a name can take: a hyphenated family name (`Ter-Grigoryan`, `Petit-Homme`), a
hyphenated given name (`Aino-Kaisa`), a middle initial (`Juha P. Lahtinen`), `Md.` before the given name,
a Catalan `i` between two family names (`Núria Puigdevall i Serra`, referred to as `Ms Puigdevall`), a
middle name, diacritics, family names ending in -an (`Hovhannisyan`); straight, curly, British single
marks and guillemets; open-class cue verbs no common lexicon lists, in the past and present
(`tut-tuts`, `remonstrated`, `effused`, `waffles`, `ruminated`, `prattled`, `titters`, `whinged`,
`keened`, `croons`, `yelped`, `harangued`); roles with their bodies in volcanology, linen mills, toll
bridges, weather services, ice hockey officiating, cheese cooperatives, rail signalling, reindeer
herding, puppet theatre and mangrove restoration; bodies with initials; unnamed, counted and anonymous
sources; media of a report; datelines of AP, Reuters and AFP; bylines and wire trailers; interview
exchanges) with phrasings a careful news editor keys:

1. open-class cues after a quotation, present and past, inverted, with a participle clause, after a
   lead naming the speaker (`Ms/Mr SURNAME`), with a title before the name, and a split quotation;
   tenses and positions (`has long maintained that`, `will tell the committee on DAY that`, a fronted
   participle `Pressed on the figures, NAME conceded that`, `"Q," NAME remembered decades later.`,
   `insists that`, `C, NAME had warned on DAY.`, `"Q," NAME, ROLE, will say on DAY.`, `would later
   tell investigators that`);
2. partitive and counted sources (`One of two witnesses, NAME, said C.`, `Two of the four board members
   said C.`, `Three of the ferry pilots told reporters that C.`, `"Q," said five of the nine referees.`,
   `One of the NOUNS, NAME, said: "Q."`, `"Q," said one of the NOUNS, NAME.`, `Of the six NOUNS
   interviewed, four said C.`); unnamed and quantified speakers after a lead naming a person who does
   not speak (`one NOUN said ... another added`, `some ... while others`, `several NOUNS`, `both`, `one
   of them`); anonymous sources (`C, a person familiar with the talks said.`, `An official who asked
   not to be named because ... said C.`, `"Q," said a source close to the board.`, `A beekeeper who
   gave only her first name, Lusine, said C.`, `According to two people with knowledge of the plan,
   C.`), after a lead in which a named person declines to comment;
3. round-ups of colon credits (`NAME, ROLE:`, `NAME, AGE, ODD ROLE:`, `NAME, BODY:`, `ROLE NAME:`) and
   interview transcripts (`Q:`/`A:`, `INTERVIEWER:`/`SURNAME:`, `Tribune:`/`Full Name:`, `Q.`/`A.`);
4. gender deciding a pronoun between a woman and a man; a person referred to later by `Ms/Mr/Dr
   SURNAME` several sentences (or paragraphs) after the full name, with a person of the other gender
   in between; descriptions referring back (`the volcanologist`, `the referee`, `the 61-year-old`, a
   body's kind noun, a role noun against a visitor, a nationality);
5. reports through a medium (`NAME emailed staff on DAY that C.`, `NAME wrote on Facebook: "Q."`, `"Q,"
   NAME wrote in a text message.`, `NAME said in a statement read by her lawyer, NAME2, that C.`, `In a
   post on Instagram, NAME, ROLE, wrote: "Q."`, `NAME did not answer calls, but she later texted:
   "Q."`); titles and bodies (a fronted description with its body, a possessive body, a body's initials
   and kind noun after its full name, `A spokeswoman for BODY, NAME, said`);
6. quotations running over two paragraphs (the first paragraph ends without a closing mark, the next
   opens with a new one): one quotation per paragraph or one spanning both is accepted, the speaker
   must be the same (and a third paragraph's other speaker must not be swallowed);
7. datelines and bylines: never a speaker, never inside a quotation;
8. British single marks with apostrophes, split quotations, guillemets (`«Q,» NAME said.`, `« Q »`).

When a key is uncertain the case asserts less (several readings of an unnamed, counted or anonymous
source accepted, the title not checked where the text gives none).

Run once at 04de7e6 (``capreport.py --heldout heldout21.NAME ...``: 3,103 of 3,847, .807). The failures
were then read for template and key bugs only, and two were found and fixed:

* `pronoun_gender` shape 4 read `B was late because A had asked him to check the figures again`, a
  reported request that a careful editor may key as A's indirect quotation, so quotex's extra quote
  there was a reasonable answer (48 cases failed on it); the clause is now `had kept him waiting at the
  depot`, which reports nothing;
* `partitive_counted` shape 3 (`"Q," said two of the four board members.`) did not accept the bare
  count word (`two`, `half`) as the speaker although the other counted and quantified keys accept
  `some`, `several`, `four`, `one` (25 cases); it is now accepted.

After the fixes: 3,172 of 3,847 (.825). The coordinator then changed one key more, a scheme
difference, not a bug of quotex: the writer's `NAME, ROLE, declined to comment on DAY.` reported
nothing, but *declined to comment* is a report in PolNeAR's scheme (41 of its 60 on train and dev),
which quotex follows and documents (docs/rules.md, a stance verb's object), so quotex's indirect quote
`to comment` failed every `anonymous_sources` case; those cases no longer demand that nothing else is
found (`exact=False`; the named person must still never be the speaker): 192 of 238 at 04de7e6, and
3,364 of 3,847 (.874) in all, which the floors record. No other key was changed, in
particular: `NAME, 61, showed B around
the mill` reports nothing, a Catalan name keeps its `i` and second family name (`Núria Puigdevall i
Serra`, not `Núria Puigdevall` nor `Serra`), `tut-tuts` is a cue verb and not part of the name, and `NAME
said in a statement read ... by her lawyer, NAME2, that C.` has the content `that C`.

| capability | group | cases | first run | key bugs fixed |
|---|---|---|---|---|
| `heldout21.open_cues_after` | 1 | 280 | 0.846 | 0.846 |
| `heldout21.tenses_positions` | 1 | 256 | 0.914 | 0.914 |
| `heldout21.partitive_counted` | 2 | 253 | 0.862 | 0.960 |
| `heldout21.unnamed_quantified` | 2 | 236 | 1.000 | 1.000 |
| `heldout21.anonymous_sources` | 2 | 238 | 0.000 | 0.000 (0.807 after the scheme fix) |
| `heldout21.media_reports` | 1 | 265 | 0.781 | 0.781 |
| `heldout21.colon_roundups` | 3 | 240 | 0.771 | 0.771 |
| `heldout21.transcripts_qa` | 3 | 240 | 0.912 | 0.912 |
| `heldout21.pronoun_gender` | 4 | 270 | 0.689 | 0.852 |
| `heldout21.honorific_later` | 4 | 265 | 0.894 | 0.894 |
| `heldout21.nominal_anaphora` | 4 | 260 | 0.731 | 0.731 |
| `heldout21.two_paragraphs` | 4 | 250 | 0.884 | 0.884 |
| `heldout21.titles_bodies` | 6 | 276 | 0.906 | 0.906 |
| `heldout21.datelines_bylines` | 7 | 248 | 0.927 | 0.927 |
| `heldout21.marks_guillemets` | 8 | 270 | 0.937 | 0.937 |
| **heldout21** (all 15) | | 3,847 | 0.807 (3,103) | 0.825 (3,172); 0.874 (3,364) after the scheme fix |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout21data import (
    ALL_Q21,
    ANONYMOUS21,
    APOS_Q21,
    BODIES21,
    BYLINES21,
    CLAUSES21,
    COUNTED21,
    DATELINES21,
    DAYS21,
    DOUBLE21,
    EXCHANGES21,
    FIRST_NAMES21,
    GENDERED21,
    GROUP_CLAUSES21,
    GROUP_Q21,
    GROUPS21,
    GUILLEMETS21,
    MARKS21,
    MEN21,
    ODD_ROLES21,
    OPEN_VERBS21,
    ORG_CLAUSES21,
    ORG_Q21,
    ORGS21,
    PEOPLE21,
    ROLE_QUOTES21,
    ROLES21,
    SINGLE21,
    TWO_PARAS21,
    WOMEN21,
    Mark21,
    Person21,
)

from quotex import extract_quotes


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: tuple[str, ...], k: int) -> str:
    return pool[k % len(pool)]


def _opposite(p: Person21, step: int) -> Person21:
    pool = MEN21 if p.gender == "f" else WOMEN21
    return pool[step % len(pool)]


def _other(p: Person21, step: int) -> Person21:
    pool = tuple(q for q in PEOPLE21 if q != p)
    return pool[step % len(pool)]


def _d(content: str, p: Person21, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person")


def _i(content: str, p: Person21, title: TitleSpec = ANY) -> Expect:
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
    return ROLE_QUOTES21[r][k % len(ROLE_QUOTES21[r])]


# --- group 1: cue verbs, tenses and positions -------------------------------------------------------


def open_cues_after() -> Iterator[Case]:
    """Open-class cue verbs no common lexicon lists, after a quotation: `"Q," NAME tut-tuts.`, inverted
    with a role (`"Q," remonstrated NAME, ROLE.`), with a participle clause (`"Q," NAME whinged, shaking
    her head.`), `LEAD. "Q," Ms/Mr SURNAME keened.`, a title before the name (`"Q," ROLE NAME croons.`),
    a split quotation (`"Q1," NAME yelped, "and q2."`) and `"Q," NAME harangued the committee on DAY.`"""
    combos = itertools.product(PEOPLE21, range(7), MARKS21, range(len(OPEN_VERBS21)))
    for p, shape, m, v in sample(combos, 280, "ho21-opencues"):
        past, present = OPEN_VERBS21[v]
        k = _k(PEOPLE21.index(p), shape, v)
        r = k % len(ROLES21)
        after, before, parts = ROLES21[r]
        title = Contains(parts)
        quote = _role_quote(r, k) if shape in (1, 4) else _pick(ALL_Q21, k)
        qc = m.q(quote + ",")
        day = DAYS21[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{qc} {p.full} {present}.", [_d(qc, p)]
        elif shape == 1:
            text, expects = f"{qc} {past} {p.full}, {after}.", [_d(qc, p, title)]
        elif shape == 2:
            text, expects = f"{qc} {p.full} {past}, shaking {p.poss} head.", [_d(qc, p)]
        elif shape == 3:
            lead = f"{p.full} sat at the end of the long table on {day}."
            text, expects = f"{lead} {qc} {p.ref} {past}.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{qc} {before} {p.full} {present}.", [_d(qc, p, title)]
        elif shape == 5:
            q2 = m.q("and " + _low(_pick(GROUP_Q21, k)) + ".")
            text = f"{qc} {p.full} {past}, {q2}"
            expects = [Expect(_span(text, qc, q2), "direct", (p.full,), ANY, "person", parts=(qc, q2))]
        else:
            text, expects = f"{qc} {p.full} {past} on {day}, to nobody in particular.", [_d(qc, p)]
        yield Case("", f"ho21-opencues-{shape}", text, expects)


def tenses_positions() -> Iterator[Case]:
    """Tenses and positions: `NAME has long maintained that C.`, `NAME, ROLE, will tell the committee on
    DAY that C.`, `Pressed on the figures on DAY, NAME conceded that C.`, `"Q," NAME remembered decades
    later.`, `NAME, ROLE, insists that C.`, `C, NAME had warned on DAY.`, `"Q," NAME, ROLE, will say on
    DAY.` and `NAME would later tell investigators that C.`"""
    combos = itertools.product(PEOPLE21, range(8), MARKS21, range(len(ROLES21)))
    for p, shape, m, r in sample(combos, 270, "ho21-tenses"):
        after, _before, parts = ROLES21[r]
        title = Contains(parts)
        k = _k(PEOPLE21.index(p), shape, r)
        qc = m.q(_role_quote(r, k) + ",")
        clause = _pick(CLAUSES21, k)
        day = DAYS21[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{p.full} has long maintained that {clause}.", [_i(f"that {clause}", p)]
        elif shape == 1:
            text = f"{p.full}, {after}, will tell the committee on {day} that {clause}."
            expects = [_i(f"that {clause}", p, title)]
        elif shape == 2:
            text = f"Pressed on the figures on {day}, {p.full} conceded that {clause}."
            expects = [_i(f"that {clause}", p)]
        elif shape == 3:
            text, expects = f"{qc} {p.full} remembered decades later.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{p.full}, {after}, insists that {clause}.", [_i(f"that {clause}", p, title)]
        elif shape == 5:
            content = _cap(clause)
            text, expects = f"{content}, {p.full} had warned on {day}.", [_i(content, p)]
        elif shape == 6:
            text, expects = f"{qc} {p.full}, {after}, will say on {day}.", [_d(qc, p, title)]
        else:
            text = f"{p.full} would later tell investigators that {clause}."
            expects = [_i(f"that {clause}", p)]
        yield Case("", f"ho21-tenses-{shape}", text, expects)


# --- group 2: counted, unnamed and anonymous sources -------------------------------------------------


def partitive_counted() -> Iterator[Case]:
    """Partitive and counted sources after a lead naming a chair who does not speak: `One of two
    witnesses, NAME, said C.`, `Two of the four board members said C.`, `Three of the ferry pilots
    told reporters that C.`, `"Q," said five of the nine referees.`, `One of the NOUNS, NAME, said:
    "Q."`, `"Q," said one of the NOUNS, NAME.` and `Of the six NOUNS interviewed, four said C.`"""
    combos = itertools.product(range(len(COUNTED21)), range(7), MARKS21, range(len(PEOPLE21)))
    for s, shape, m, pi in sample(combos, 270, "ho21-counted"):
        subject, shorter = COUNTED21[s]
        p = PEOPLE21[pi]
        k = _k(s, shape, pi)
        chair = _other(p, k + 2)
        plural, _single, _setting = GROUPS21[k % len(GROUPS21)]
        day = DAYS21[k % 7]
        clause = _pick(CLAUSES21, k)
        quote = _pick(GROUP_Q21, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        lead = f"The hearing on {day} was chaired by {chair.full}."
        accepted: tuple[str, ...] = (subject, *shorter)
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{lead} One of two witnesses, {p.full}, said {clause}.", [_i(clause, p)]
        elif shape == 1:
            text = f"{lead} {subject} said {clause}."
            expects = [Expect(clause, "indirect", accepted)]
        elif shape == 2:
            text = f"{lead} {subject} told reporters that {clause}."
            expects = [Expect(f"that {clause}", "indirect", accepted)]
        elif shape == 3:
            text = f"{lead} {qc} said {_low(subject)}."
            # the bare count word (`two`, `half`) is accepted as for `some`, `several`, `four` elsewhere
            # (key fix after the run)
            expects = [Expect(qc, "direct", (*accepted, subject.split()[0].lower()))]
        elif shape == 4:
            text, expects = f"{lead} One of the {plural}, {p.full}, said: {qs}", [_d(qs, p)]
        elif shape == 5:
            text, expects = f"{lead} {qc} said one of the {plural}, {p.full}.", [_d(qc, p)]
        else:
            text = f"{lead} Of the six {plural} interviewed, four said {clause}."
            four: NameSpec = (
                "four",
                f"four {plural}",
                f"four of the six {plural}",
                "four of the six",
                plural,
            )
            expects = [Expect(clause, "indirect", four)]
        yield Case(
            "",
            f"ho21-counted-{shape}",
            text,
            expects,
            wrong_speakers=[(e.content, chair.full) for e in expects],
        )


def unnamed_quantified() -> Iterator[Case]:
    """Unnamed and quantified speakers after a lead naming a person who does not speak: `"Q1," one NOUN
    said. "Q2," another added.`, `Some NOUNS said C1, while others said C2.`, `Several NOUNS said C.`,
    `Both NOUNS said C.` (after a lead naming two of them) and `"Q," one of them said.`"""
    combos = itertools.product(range(len(GROUPS21)), range(5), MARKS21, range(len(PEOPLE21)))
    for g, shape, m, pi in sample(combos, 250, "ho21-unnamed"):
        plural, single, setting = GROUPS21[g]
        p = PEOPLE21[pi]
        k = _k(g, shape, pi)
        day = DAYS21[k % 7]
        after = ROLES21[k % len(ROLES21)][0]
        q0, q1 = (m.q(_pick(GROUP_Q21, k + i) + ",") for i in range(2))
        clause, clause2 = _pick(GROUP_CLAUSES21, k), _pick(GROUP_CLAUSES21, k + 1)
        lead = f"{p.full}, {after}, met {plural} {setting} on {day}."
        expects: list[Expect] = []
        if shape == 0:
            text = f"{lead} {q0} one {single} said. {q1} another added."
            expects.append(Expect(q0, "direct", (f"one {single}", single, "one")))
            expects.append(Expect(q1, "direct", ("another", f"another {single}", single, "another one")))
        elif shape == 1:
            text = f"{lead} Some {plural} said {clause}, while others said {clause2}."
            expects.append(Expect(clause, "indirect", ("some", f"some {plural}", plural)))
            expects.append(Expect(clause2, "indirect", ("others", f"other {plural}", plural)))
        elif shape == 2:
            text = f"{lead} Several {plural} said {clause}."
            expects.append(Expect(clause, "indirect", ("several", f"several {plural}", plural)))
        elif shape == 3:
            o = _other(p, k)
            o2 = _other(p, k + 5)
            if o2 == o:
                o2 = _other(p, k + 6)
            lead = f"{p.full}, {after}, met two {plural}, {o.full} and {o2.full}, {setting} on {day}."
            accepted: NameSpec = (
                "both",
                f"both {plural}",
                f"both the {plural}",
                plural,
                f"{o.full}; {o2.full}",
                f"{o.full} and {o2.full}",
            )
            text = f"{lead} Both {plural} said {clause}."
            expects.append(Expect(clause, "indirect", accepted))
        else:
            text = f"{lead} {q0} one of them said."
            accepted = ("one of them", "one", f"one {single}", f"one of the {plural}", single)
            expects.append(Expect(q0, "direct", accepted))
        yield Case(
            "",
            f"ho21-unnamed-{shape}",
            text,
            expects,
            wrong_speakers=[(e.content, p.full) for e in expects],
        )


def anonymous_sources() -> Iterator[Case]:
    """Anonymous sources after a lead in which a named person declines to comment: `C, a person familiar
    with the talks said.`, `An official who asked not to be named because the talks were private said
    C.`, `"Q," said a source close to the board.`, `A beekeeper who gave only her first name, Lusine,
    said C.`, `"Q," said Lusine, a beekeeper who would give only her first name.` and `According to two
    people with knowledge of the plan, C.` (the named person is never the speaker)."""
    combos = itertools.product(range(len(ANONYMOUS21)), range(6), MARKS21, range(len(PEOPLE21)))
    for a, shape, m, pi in sample(combos, 260, "ho21-anon"):
        source, accepted = ANONYMOUS21[a]
        p = PEOPLE21[pi]
        k = _k(a, shape, pi)
        day = DAYS21[k % 7]
        after = ROLES21[k % len(ROLES21)][0]
        clause = _pick(CLAUSES21, k)
        qc = m.q(_pick(ALL_Q21, k) + ",")
        lead = f"{p.full}, {after}, declined to comment on {day}."
        subj = source + ("," if "," in source else "")  # close an apposition before the verb
        first, gender, noun = FIRST_NAMES21[k % len(FIRST_NAMES21)]
        poss = "her" if gender == "f" else "his"
        article = "an" if noun[0] in "aeiou" else "a"
        expect: Expect
        if shape == 0:
            content = _cap(clause)
            text, expect = f"{lead} {content}, {subj} said.", Expect(content, "indirect", accepted)
        elif shape == 1:
            text, expect = f"{lead} {_cap(subj)} said {clause}.", Expect(clause, "indirect", accepted)
        elif shape == 2:
            text, expect = f"{lead} {qc} said {source}.", Expect(qc, "direct", accepted)
        elif shape == 3:
            text = f"{lead} {_cap(article)} {noun} who gave only {poss} first name, {first}, said {clause}."
            expect = Expect(clause, "indirect", (first,))
        elif shape == 4:
            text = f"{lead} {qc} said {first}, {article} {noun} who would give only {poss} first name."
            expect = Expect(qc, "direct", (first,))
        else:
            src = ANONYMOUS21[(0, 2, 4)[k % 3]]
            text = f"{lead} According to {src[0]}, {clause}."
            expect = Expect(clause, "indirect", src[1])
        # (the lead's *declined to comment* is a report in PolNeAR's scheme, which quotex follows:
        # docs/rules.md, stance objects; so the case does not demand that nothing else is found)
        yield Case(
            "", f"ho21-anon-{shape}", text, [expect], exact=False, wrong_speakers=[(expect.content, p.full)]
        )


# --- group 1/5: reports through a medium -------------------------------------------------------------

_MEDIA = (
    ("emailed", "staff"),
    ("texted", "a reporter"),
    ("messaged", "the committee"),
    ("emailed", "members"),
)
_POSTS = ("on Facebook", "on X", "on Instagram", "in a blog post", "on LinkedIn")
_WRITTEN = ("in a text message", "in an email", "in a WhatsApp message to the newspaper", "in a letter")


def media_reports() -> Iterator[Case]:
    """Reports through a medium: `NAME emailed staff on DAY that C.`, `NAME posted on Facebook that C.`,
    `NAME wrote on Facebook: "Q."`, `"Q," NAME wrote in a text message.`, `NAME said in a statement
    read by her lawyer, NAME2, that C.` (never the lawyer's), `In a post on Instagram on DAY, NAME, ROLE,
    wrote: "Q."` and `NAME did not answer calls, but she later texted: "Q."`"""
    combos = itertools.product(PEOPLE21, range(7), MARKS21, range(len(ALL_Q21)))
    for p, shape, m, qi in sample(combos, 270, "ho21-media"):
        k = _k(PEOPLE21.index(p), shape, qi)
        day = DAYS21[k % 7]
        clause = _pick(CLAUSES21, k)
        quote = ALL_Q21[qi]
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        wrong: list[tuple[str, str]] = []
        expect: Expect
        if shape == 0:
            verb, obj = _MEDIA[k % len(_MEDIA)]
            text = f"{p.full} {verb} {obj} on {day} that {clause}."
            expect = _i(f"that {clause}", p)
        elif shape == 1:
            where = ("on Facebook", "on X", "on Instagram")[k % 3]
            verb = ("posted", "wrote")[k % 2]
            text, expect = f"{p.full} {verb} {where} on {day} that {clause}.", _i(f"that {clause}", p)
        elif shape == 2:
            text, expect = f"{p.full} wrote {_pick(_POSTS, k)}: {qs}", _d(qs, p)
        elif shape == 3:
            text, expect = f"{qc} {p.full} wrote {_pick(_WRITTEN, k)}.", _d(qc, p)
        elif shape == 4:
            lawyer = _other(p, k)
            text = (
                f"{p.full} said in a statement read outside the court by {p.poss} lawyer, {lawyer.full}, "
                f"that {clause}."
            )
            expect = _i(f"that {clause}", p)
            wrong = [(expect.content, lawyer.full)]
        elif shape == 5:
            after, _before, parts = ROLES21[k % len(ROLES21)]
            text = f"In a post on Instagram on {day}, {p.full}, {after}, wrote: {qs}"
            expect = _d(qs, p, Contains(parts))
        else:
            text = f"{p.full} did not answer calls on {day}, but {p.pronoun} later texted: {qs}"
            expect = _d(qs, p)
        yield Case("", f"ho21-media-{shape}", text, [expect], wrong_speakers=wrong)


# --- group 3: colon credits, round-ups and transcripts -----------------------------------------------

_TOPICS = (
    "the new toll on the Rufiji bridge",
    "the closure of the signal boxes",
    "the ash that fell on the valley",
    "the future of the linen mill",
    "the early move of the herds",
)

_AGES = (23, 37, 44, 59, 66, 81)


def colon_roundups() -> Iterator[Case]:
    """A round-up of three colon credits after an introduction that reports nothing, each in its own
    paragraph, in rotating shapes: `NAME, ROLE: "Q."`, `NAME, AGE, ODD ROLE: "Q."`, `NAME, BODY: "Q."`
    (the body is the title) and `ROLE NAME: "Q."` (a title before the name)."""
    combos = itertools.product(PEOPLE21, range(4), DOUBLE21 + SINGLE21, range(len(ROLES21)))
    for p, order, m, r in sample(combos, 240, "ho21-colon"):
        k = _k(PEOPLE21.index(p), order, r)
        people = (p, _other(p, k), _other(p, k + 7))
        if people[2] == people[1]:
            people = (p, people[1], _other(p, k + 8))
        roles = (r, (r + 3) % len(ROLES21), (r + 7) % len(ROLES21))
        lines: list[str] = []
        expects: list[Expect] = []
        for slot in range(3):
            who, ri = people[slot], roles[slot]
            shape = (slot + order) % 4
            if shape == 0:
                after, _before, parts = ROLES21[ri]
                qs = m.q(_role_quote(ri, k + slot) + ".")
                lines.append(f"{who.full}, {after}: {qs}")
                expects.append(_d(qs, who, Contains(parts)))
            elif shape == 1:
                odd, oparts = ODD_ROLES21[(k + slot) % len(ODD_ROLES21)]
                qs = m.q(_pick(ALL_Q21, k + slot) + ".")
                lines.append(f"{who.full}, {_AGES[(k + slot) % len(_AGES)]}, {odd}: {qs}")
                expects.append(_d(qs, who, Contains(oparts)))
            elif shape == 2:
                body = BODIES21[ri][0].removeprefix("the ")
                qs = m.q(_role_quote(ri, k + slot + 1) + ".")
                lines.append(f"{who.full}, {body}: {qs}")
                expects.append(_d(qs, who, Contains((body,))))
            else:
                _after, before, parts = ROLES21[ri]
                qs = m.q(_role_quote(ri, k + slot) + ".")
                lines.append(f"{before} {who.full}: {qs}")
                expects.append(_d(qs, who, Contains(parts)))
        intro = f"Voices from the region on {_pick(_TOPICS, k)}."
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case("", f"ho21-colon-{order}", text, expects)


def transcripts_qa() -> Iterator[Case]:
    """Interview transcripts after an introduction: `Q:` / `A:`, `INTERVIEWER:` / `SURNAME:` in capitals,
    `Tribune:` / `Full Name:` and `Q.` / `A.`; every answer is the interviewee's and no question is."""
    combos = itertools.product(PEOPLE21, range(4), range(len(EXCHANGES21)), range(len(ROLES21)))
    for p, style, e, r in sample(combos, 240, "ho21-transcript"):
        (q1, a1), (q2, a2) = EXCHANGES21[e], EXCHANGES21[(e + 3) % len(EXCHANGES21)]
        after = ROLES21[r][0]
        day = DAYS21[(e + r) % 7]
        if style == 0:
            intro = f"{p.full}, {after}, sat down with us on {day}. The interview has been condensed."
            ask, answer = "Q:", "A:"
        elif style == 1:
            intro = f"We spoke to {p.full}, {after}, by video link on {day}. This is an edited transcript."
            ask, answer = "INTERVIEWER:", f"{p.last.upper()}:"
        elif style == 2:
            intro = f"On {day} {p.full}, {after}, took questions from the Tribune."
            ask, answer = "Tribune:", f"{p.full}:"
        else:
            intro = f"{p.full}, {after}, met us on {day}. The exchange below has been shortened."
            ask, answer = "Q.", "A."
        lines = [f"{ask} {q1}", f"{answer} {a1}", f"{ask} {q2}", f"{answer} {a2}"]
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case(
            "",
            f"ho21-transcript-{style}",
            text,
            [_d(a1, p), _d(a2, p)],
            exact=False,
            wrong_speakers=[(q1, p.full), (q2, p.full)],
        )


# --- group 4: pronouns, later references and nominal anaphora ----------------------------------------


def pronoun_gender() -> Iterator[Case]:
    """Gender decides a pronoun between a woman and a man: the other person's honorific (`B and A toured
    the site. Mr/Ms B had a train to catch.`), a gendered noun (`A, a chairwoman, ...`), a possessive
    (`A handed her keys to B`), across a paragraph break (`Ms/Mr B handles the accounts.`), an object
    pronoun (`B was late because A had kept him waiting`) and a chain of pronouns."""
    combos = itertools.product(PEOPLE21, range(6), MARKS21, range(len(ALL_Q21)))
    for p, shape, m, qi in sample(combos, 270, "ho21-gender"):
        k = _k(PEOPLE21.index(p), shape, qi)
        o = _opposite(p, k)
        day = DAYS21[k % 7]
        qc = m.q(ALL_Q21[qi] + ",")
        if shape == 0:
            text = (
                f"{o.full} and {p.full} toured the site on {day}. {o.ref} had a train to catch. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 1:
            noun = GENDERED21[k % len(GENDERED21)][0 if p.gender == "f" else 1]
            text = f"{p.full}, a {noun}, sat next to {o.full} at the inquiry on {day}. {qc} {p.pronoun} said."
        elif shape == 2:
            text = f"{p.full} handed {p.poss} keys to {o.full} on {day}. {qc} {p.pronoun} said."
        elif shape == 3:
            lead = f"{p.full} and {o.full} share an office above the workshop. {o.ref} handles the accounts."
            text = f"{lead}\n\n{qc} {p.pronoun} said."
        elif shape == 4:
            text = (
                # `had asked him to check the figures` reports a request a careful editor may key (key fix
                # after the run): the object pronoun now sits in a clause that reports nothing
                f"{o.full} was late on {day} because {p.full} had kept {o.obj} waiting at the depot. "
                f"{qc} {p.pronoun} said."
            )
        else:
            text = (
                f"{p.full} met {o.full} at the station on {day}. Earlier {p.pronoun} had walked the whole "
                f"route alone. {qc} {p.pronoun} said."
            )
        yield Case("", f"ho21-gender-{shape}", text, [_d(qc, p)], wrong_speakers=[(qc, o.full)])


_FILLERS = (
    "Outside, a queue had formed in the rain.",
    "The vote was put off until the spring.",
    "Coffee ran out before eleven.",
    "Several seats at the back stayed empty.",
)


def honorific_later() -> Iterator[Case]:
    """A person named in full, then a person of the other gender, then an unrelated sentence, and the
    first person referred to by `Ms/Mr/Dr SURNAME`: `"Q," Ms SURNAME said.`, `Mr SURNAME said C.`, `Ms
    SURNAME told the meeting: "Q."`, `"Q," said Dr SURNAME.`, the same over three paragraphs, and after
    the other person's own quotation (`"Q1," he said. ... "Q2," Ms SURNAME replied.`)."""
    combos = itertools.product(PEOPLE21, range(6), MARKS21, range(len(ROLES21)))
    for p, shape, m, r in sample(combos, 270, "ho21-honorific"):
        k = _k(PEOPLE21.index(p), shape, r)
        o = _opposite(p, k + 1)
        after = ROLES21[r][0]
        o_after = ROLES21[(r + 4) % len(ROLES21)][0]
        day = DAYS21[k % 7]
        filler = _pick(_FILLERS, k)
        quote = _role_quote(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _pick(CLAUSES21, k)
        intro = f"{p.full}, {after}, opened the meeting on {day}. The hall was full."
        middle = f"{o.full}, {o_after}, spoke next and took questions for an hour."
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{intro} {middle} {filler} {qc} {p.ref} said.", [_d(qc, p)]
        elif shape == 1:
            text, expects = f"{intro} {middle} {filler} {p.ref} said {clause}.", [_i(clause, p)]
        elif shape == 2:
            text, expects = f"{intro} {middle} {filler} {p.ref} told the meeting: {qs}", [_d(qs, p)]
        elif shape == 3:
            text, expects = f"{intro} {middle} {filler} {qc} said Dr {p.last}.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{intro}\n\n{middle} {filler}\n\n{qc} {p.ref} said.", [_d(qc, p)]
        else:
            qo = m.q(_pick(ALL_Q21, k) + ",")
            text = f"{intro} {middle} {qo} {o.pronoun} said. {filler} {qc} {p.ref} replied."
            expects = [_d(qo, o), _d(qc, p)]
        wrong = [(qc if shape != 1 else clause, o.full)]
        if shape == 2:
            wrong = [(qs, o.full)]
        yield Case("", f"ho21-honorific-{shape}", text, expects, wrong_speakers=wrong)


#: Nationality of each culture in a Person21 shape: (adjective, the noun for one person).
_NATIONS = {
    "Armenian": ("Armenian", "Armenian"),
    "Mongolian": ("Mongolian", "Mongolian"),
    "Finnish": ("Finnish", "Finn"),
    "Tanzanian": ("Tanzanian", "Tanzanian"),
    "Lithuanian": ("Lithuanian", "Lithuanian"),
    "Bengali": ("Bangladeshi", "Bangladeshi"),
    "Thai": ("Thai", "Thai"),
    "Ukrainian": ("Ukrainian", "Ukrainian"),
    "Haitian": ("Haitian", "Haitian"),
    "Inuit": ("Canadian", "Canadian"),
    "Catalan i between family names": ("Spanish", "Spaniard"),
    "Sámi": ("Norwegian", "Norwegian"),
}


def _nation(p: Person21) -> tuple[str, str]:
    return _NATIONS[p.shape.rsplit(", ", 1)[-1]]


_ROLE_NOUNS = {0: "volcanologist", 2: "manager", 3: "forecaster", 9: "project leader"}


def nominal_anaphora() -> Iterator[Case]:
    """Descriptions referring back: `the volcanologist` / `the photographer` choosing one of two, `the
    referee` against a linesman, `the 61-year-old` when only one age is given, a body's kind noun after
    its announcement, a role noun against a visitor and a nationality choosing one of two finalists."""
    combos = itertools.product(PEOPLE21, range(6), MARKS21, range(4))
    for p, shape, m, v in sample(combos, 260, "ho21-nominal"):
        k = _k(PEOPLE21.index(p), shape, v)
        b = _other(p, k)
        day = DAYS21[k % 7]
        qc = m.q(_pick(ALL_Q21, k) + ",")
        expects: list[Expect]
        wrong: list[tuple[str, str]] = [(qc, b.full)]
        if shape == 0:
            first = v % 2 == 0
            noun = "volcanologist" if first else "photographer"
            text = (
                f"{p.full}, a volcanologist, climbed to the crater rim with {b.full}, a photographer, "
                f"on {day}. {qc} the {noun} said."
            )
            who, other = (p, b) if first else (b, p)
            expects, wrong = [_d(qc, who)], [(qc, other.full)]
        elif shape == 1:
            text = (
                f"{p.full} refereed the final on {day}, with {b.full} as a linesman. {qc} the referee said."
            )
            expects = [_d(qc, p)]
        elif shape == 2:
            text = f"{p.full}, 61, showed {b.full} around the linen mill on {day}. {qc} the 61-year-old said."
            expects = [_d(qc, p)]
        elif shape == 3:
            org, _acr, kind = ORGS21[(k + v) % len(ORGS21)]
            clause = _pick(ORG_CLAUSES21, k)
            qo = m.q(_pick(ORG_Q21, k) + ",")
            text = f"{_cap(org)} announced on {day} that {clause}. {qo} the {kind} added."
            expects = [Expect(f"that {clause}", "indirect", (org,)), Expect(qo, "direct", (org,))]
            wrong = []
        elif shape == 4:
            r = sorted(_ROLE_NOUNS)[k % len(_ROLE_NOUNS)]
            after, _before, parts = ROLES21[r]
            qr = m.q(_role_quote(r, k) + ",")
            text = (
                f"{b.full}, a visitor from the capital, spent {day} with {p.full}, {after}. "
                f"{qr} the {_ROLE_NOUNS[r]} said."
            )
            expects = [_d(qr, p, Contains(parts))]
            wrong = [(qr, b.full)]
        else:
            b = next(q for q in (_other(p, k + i) for i in range(len(PEOPLE21))) if _nation(q) != _nation(p))
            adj_p, noun_p = _nation(p)
            adj_b, noun_b = _nation(b)
            first = v % 2 == 0
            text = (
                f"{adj_p} {p.full} beat {adj_b} {b.full} in the final of the Kaunas Open on {day}. "
                f"{qc} the {noun_p if first else noun_b} said."
            )
            who, other = (p, b) if first else (b, p)
            expects, wrong = [_d(qc, who)], [(qc, other.full)]
        yield Case("", f"ho21-nominal-{shape}", text, expects, wrong_speakers=wrong)


# --- group 4/8: a quotation over two paragraphs ------------------------------------------------------


def _either(text: str, m: Mark21, first: str, second: str, who: Person21) -> list[Expect]:
    """The two-paragraph quotation `{open}first\\n\\n{open}second{close}...` as one quotation per
    paragraph or one spanning both, whichever segmentation quotex chose (a careful editor accepts
    either); the speaker must be *who* in both readings."""
    para1 = m.open + first
    start = text.index(para1)
    para2 = text[text.index("\n\n", start) + 2 :]
    para2 = para2[: para2.index(m.close, len(m.open)) + len(m.close)]
    spanning = _span(text, para1, para2)
    found = {(q.start, q.end) for q in extract_quotes(text)}
    if (start, start + len(para1)) in found:
        return [_d(para1, who), _d(para2, who)]
    return [_d(spanning, who)]


def two_paragraphs() -> Iterator[Case]:
    """A quotation running over two paragraphs (no closing mark after the first, a new opening mark on
    the second): `NAME, ROLE, said on DAY: "A.\\n\\n"B."`, the attribution after the second paragraph
    (`"A.\\n\\n"B," she said.` after a lead naming her), `NAME said: "A.\\n\\n"B."\\n\\n"Q," said
    OTHER.` (the third paragraph is the other's) and `She said: ...` after a lead naming a woman and
    a man. Either one quotation per paragraph or one spanning both is accepted."""
    combos = itertools.product(PEOPLE21, range(4), DOUBLE21 + SINGLE21, range(len(TWO_PARAS21)))
    for p, shape, m, t in sample(combos, 250, "ho21-twopara"):
        k = _k(PEOPLE21.index(p), shape, t)
        a, b = TWO_PARAS21[t]
        after = ROLES21[k % len(ROLES21)][0]
        day = DAYS21[k % 7]
        o = _opposite(p, k)
        first = f"{a}."
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, {after}, said on {day}: {m.open}{first}\n\n{m.open}{b}.{m.close}"
            expects = _either(text, m, first, b, p)
        elif shape == 1:
            lead = f"{p.full} has lived in the valley for forty years."
            text = f"{lead}\n\n{m.open}{first}\n\n{m.open}{b},{m.close} {p.pronoun} said."
            expects = _either(text, m, first, b, p)
        elif shape == 2:
            qo = m.q(_pick(ALL_Q21, k) + ",")
            o_after = ROLES21[(k + 3) % len(ROLES21)][0]
            text = (
                f"{p.full}, {after}, said on {day}: {m.open}{first}\n\n{m.open}{b}.{m.close}\n\n"
                f"{qo} said {o.full}, {o_after}."
            )
            expects = [*_either(text, m, first, b, p), _d(qo, o)]
        else:
            lead = f"{p.full} and {o.full} have farmed the slope since 1998. {o.ref} keeps the goats."
            text = f"{lead}\n\n{_cap(p.pronoun)} said: {m.open}{first}\n\n{m.open}{b}.{m.close}"
            expects = _either(text, m, first, b, p)
        wrong = [(e.content, o.full) for e in expects if e.speaker == (p.full,)]
        yield Case("", f"ho21-twopara-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5/6: titles and bodies --------------------------------------------------------------------


def titles_bodies() -> Iterator[Case]:
    """Titles with their body and bodies by initials or kind: `The ROLE of BODY, NAME, said C.`,
    `BODY's ROLE, NAME, told reporters: "Q."`, `NAME, ROLE since 2015, said: "Q."`, `BODY (INITIALS) said
    on DAY that C. "Q," the INITIALS said.`, `BODY issued a warning on DAY. "Q," the KIND said in a
    statement.`, `"Q," said NAME, ROLE.`, `A spokeswoman for BODY, NAME, said C.` and `ROLE NAME warned
    that C.`"""
    combos = itertools.product(PEOPLE21, range(8), MARKS21, range(len(ROLES21)))
    for p, shape, m, r in sample(combos, 290, "ho21-titles"):
        after, before, parts = ROLES21[r]
        body, noun, _kind = BODIES21[r]
        bare = body.removeprefix("the ")
        k = _k(PEOPLE21.index(p), shape, r)
        quote = _role_quote(r, k)
        qs, qc = m.q(quote + "."), m.q(quote + ",")
        clause = _pick(CLAUSES21, k)
        org, acr, kind = ORGS21[k % len(ORGS21)]
        qo = m.q(_pick(ORG_Q21, k) + ",")
        expects: list[Expect]
        if shape == 0:
            text = f"The {noun} of {body}, {p.full}, said {clause}."
            expects = [_i(clause, p, Contains((noun, bare)))]
        elif shape == 1:
            text = f"{_cap(_poss(body))} {noun}, {p.full}, told reporters: {qs}"
            expects = [_d(qs, p, Contains((noun, bare)))]
        elif shape == 2:
            text = f"{p.full}, {after} since 2015, said: {qs}"
            expects = [_d(qs, p, Contains(parts))]
        elif shape == 3:
            oc = _pick(ORG_CLAUSES21, k)
            text = f"{_cap(org)} ({acr}) said on {DAYS21[k % 7]} that {oc}. {qo} the {acr} said."
            expects = [Expect(f"that {oc}", "indirect", (org,)), Expect(qo, "direct", (org,))]
        elif shape == 4:
            text = f"{_cap(org)} issued a warning on {DAYS21[k % 7]}. {qo} the {kind} said in a statement."
            expects = [Expect(qo, "direct", (org,))]
        elif shape == 5:
            text, expects = f"{qc} said {p.full}, {after}.", [_d(qc, p, Contains(parts))]
        elif shape == 6:
            spokes = "spokeswoman" if p.gender == "f" else "spokesman"
            text = f"A {spokes} for {body}, {p.full}, said {clause}."
            expects = [_i(clause, p, Contains((spokes, bare)))]
        else:
            text = f"{before} {p.full} warned that {clause}."
            expects = [_i(f"that {clause}", p, Contains(parts))]
        yield Case("", f"ho21-titles-{shape}", text, expects)


# --- group 7: datelines and bylines ------------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """Datelines (`YEREVAN, Armenia (AP) —`, `ULAANBAATAR, Mongolia, March 3 (Reuters) -`, ...) before a
    report, before a quotation with an inverted cue or an unnamed `a NOUN said`, before a body's report
    (`BODY will cut 200 jobs, the KIND said.`); bylines in their own paragraph and a closing Reuters
    trailer: never a speaker, never inside a quotation."""
    combos = itertools.product(PEOPLE21, range(6), MARKS21, range(len(DATELINES21)))
    for p, shape, m, dl in sample(combos, 260, "ho21-dateline"):
        dateline, word = DATELINES21[dl]
        k = _k(PEOPLE21.index(p), shape, dl)
        byline, byname = BYLINES21[k % len(BYLINES21)]
        after, _before, parts = ROLES21[k % len(ROLES21)]
        qc, qs = m.q(_pick(ALL_Q21, k) + ","), m.q(_pick(ALL_Q21, k) + ".")
        clause = _pick(CLAUSES21, k)
        day = DAYS21[k % 7]
        forbidden = [word]
        if shape == 0:
            text = f"{dateline} {p.full}, {after}, said on {day} that {clause}."
            expect = _i(f"that {clause}", p, Contains(parts))
        elif shape == 1:
            text, expect = f"{dateline} {qc} said {p.full}.", _d(qc, p)
        elif shape == 2:
            _plural, single, _setting = GROUPS21[k % len(GROUPS21)]
            text = f"{dateline} {qc} a {single} said."
            expect = Expect(qc, "direct", (single, f"a {single}"))
        elif shape == 3:
            text, expect = f"{byline}\n\n{dateline} {p.full} said on {day}: {qs}", _d(qs, p)
            forbidden.append(byname)
        elif shape == 4:
            text = (
                f"{dateline} {p.full} said {clause}.\n\nReporting by Gohar Avetisyan; Editing by Mikko Laine"
            )
            expect = _i(clause, p)
            forbidden += ["Avetisyan", "Laine"]
        else:
            org, _acr, kind = ORGS21[k % len(ORGS21)]
            content = f"{_cap(org)} will cut 200 jobs"
            text = f"{dateline} {content}, the {kind} said on {day}."
            expect = Expect(content, "indirect", (org,))
        yield Case("", f"ho21-dateline-{shape}", text, [expect], forbidden=forbidden)


# --- group 8: British single marks, split quotations, guillemets -------------------------------------


def marks_guillemets() -> Iterator[Case]:
    """Quotation marks: British single marks with apostrophes inside and at the edges of words (`'Q,'
    said NAME.`, `NAME said: 'Q.'`, a split over a full stop `'Q1,' NAME said. 'Q2.'` as one quotation
    of two parts, after a lead with a possessive), guillemets with and without inner spaces (`«Q,» NAME
    said.`, `NAME said: «Q.»`) and a curly split over a comma (`“Q1,” NAME said, “q2.”`)."""
    combos = itertools.product(PEOPLE21, range(7), range(2), range(len(APOS_Q21)))
    for p, shape, style, qi in sample(combos, 270, "ho21-marks"):
        k = _k(PEOPLE21.index(p), shape, qi)
        parts: tuple[str, ...] | None = None
        if shape in (3, 4):
            m = GUILLEMETS21[style]
            quote = _pick(ALL_Q21, k)
        elif shape == 5:
            m = DOUBLE21[style]
            quote = _pick(ALL_Q21, k)
        else:
            m = SINGLE21[style]
            quote = APOS_Q21[qi]
        qc = m.q(quote + ",")
        if shape == 0:
            text, content = f"{qc} said {p.full}.", qc
        elif shape == 1:
            content = m.q(quote + ".")
            text = f"{p.full} said: {content}"
        elif shape == 2:
            q2 = m.q(APOS_Q21[(qi + 3) % len(APOS_Q21)] + ".")
            text = f"{qc} {p.full} said. {q2}"
            content, parts = _span(text, qc, q2), (qc, q2)
        elif shape == 3:
            text, content = f"{qc} {p.full} said.", qc
        elif shape == 4:
            content = m.q(quote + ".")
            text = f"{p.full} said on {DAYS21[k % 7]}: {content}"
        elif shape == 5:
            q2 = m.q("and " + _low(_pick(GROUP_Q21, k)) + ".")
            text = f"{qc} {p.full} said, {q2}"
            content, parts = _span(text, qc, q2), (qc, q2)
        else:
            poss = _poss(p.full)
            if m.curly:
                poss = p.full + poss[len(p.full) :].replace("'", "’")
            lead = f"{poss} shift at the toll booth ended at midnight on {DAYS21[k % 7]}."
            text = f"{lead} {qc} {p.ref} said."
            content = qc
        expect = Expect(content, "direct", (p.full,), ANY, "person", parts=parts)
        yield Case("", f"ho21-marks-{shape}", text, [expect])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout21.{name}", group, description, unique_texts(gen))


HELD_OUT_21 = (
    _named(
        "open_cues_after",
        "1",
        '"Q," NAME tut-tuts / remonstrated NAME, ROLE / yelped, "and q2."',
        open_cues_after,
    ),
    _named(
        "tenses_positions",
        "1",
        "has long maintained; will tell the committee; pressed on, conceded; remembered; will say on DAY",
        tenses_positions,
    ),
    _named(
        "partitive_counted",
        "2",
        "One of two witnesses, NAME; Two of the four board members; said five of the nine; four of the six",
        partitive_counted,
    ),
    _named(
        "unnamed_quantified",
        "2",
        "one said, another added; some ... while others; several; both NOUNS; one of them",
        unnamed_quantified,
    ),
    _named(
        "anonymous_sources",
        "2",
        "a person familiar with the talks; asked not to be named because; gave only her first name, NAME",
        anonymous_sources,
    ),
    _named(
        "media_reports",
        "1",
        "emailed staff that; wrote on Facebook:; wrote in a text message; statement read by her lawyer",
        media_reports,
    ),
    _named(
        "colon_roundups",
        "3",
        "round-up: NAME, ROLE:; NAME, AGE, ODD ROLE:; NAME, BODY:; ROLE NAME:",
        colon_roundups,
    ),
    _named("transcripts_qa", "3", "Q:/A:, INTERVIEWER:/SURNAME:, Tribune:/Full Name:, Q./A.", transcripts_qa),
    _named(
        "pronoun_gender",
        "4",
        "gender from Mr/Ms had a train to catch, a chairwoman, her keys, handles the accounts, kept him",
        pronoun_gender,
    ),
    _named(
        "honorific_later",
        "4",
        "Ms/Mr/Dr SURNAME sentences after the full name, a person of the other gender in between",
        honorific_later,
    ),
    _named(
        "nominal_anaphora",
        "4",
        "the volcanologist, the referee, the 61-year-old, the cooperative, the forecaster, the Finn",
        nominal_anaphora,
    ),
    _named(
        "two_paragraphs",
        "4",
        'a quotation over two paragraphs: "A.\\n\\n"B." (per paragraph or spanning; same speaker)',
        two_paragraphs,
    ),
    _named(
        "titles_bodies",
        "6",
        "The ROLE of BODY, NAME; BODY's ROLE; BODY (INITIALS) ... the INITIALS; the KIND; a spokeswoman for",
        titles_bodies,
    ),
    _named(
        "datelines_bylines",
        "7",
        "YEREVAN, Armenia (AP) —, DHAKA (Reuters) -, bylines, Reporting by; Editing by",
        datelines_bylines,
    ),
    _named(
        "marks_guillemets",
        "8",
        "'The weavers' canteen hasn't ...,' said NAME; a split over a full stop; «Q,» NAME said",
        marks_guillemets,
    ),
)
