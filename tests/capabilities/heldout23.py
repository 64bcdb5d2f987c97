"""Twenty-third held-out round: capabilities written at commit ``122f5ed`` by a helper (``hcap29``) who
did not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout23data.py``: twenty-eight invented people of Georgian,
Armenian, Mongolian, Tongan, Quechua, Icelandic, Estonian, Hausa, Tamil, Basque, Welsh, Lao, Sámi and
Samoan origin in the shapes a name can take: a given name ending in -an (`Ketevan`, `Gwenan`, `Vartan`),
a patronymic with a thorn (`Bjarni Þorsteinsson`), a hyphenated given or family name (`Elle-Máret`,
`Rebane-Kõiv`, `Gaup-Eira`), two family names (`Itziar Goikoetxea Larrañaga`), a three-part Hausa name,
an initial before a Tamil name (`S. Thirunavukkarasu`), a Welsh particle (`Emyr ap Iorwerth`); straight,
curly, British single marks and guillemets; open-class cue verbs no common lexicon lists, in the past
and present (`catastrophised`, `editorialises`, `kibitzed`, `chirrups`, `ad-libbed`, `homilises`...);
roles with their bodies in avalanche forecasting, bell foundries, ferry terminals, beekeeping
associations, community radio, tram depots, fish ladders, lighthouse trusts, textile mills, water
treatment, archives and orchestras; groups; datelines of AP, Reuters and AFP; bylines) with phrasings a
careful news editor keys one way only:

1. open-class cues (after a quotation in the present and past, inverted with a role, with an adjunct,
   after `Ms/Mr SURNAME`, a title before the name, a split quotation, before a colon, an exclamation);
2. NEW (a): long trailing material after the credit (`"Q," said NAME, who has run the depot since 2009
   and who lost a brother in the flood.`, `"Q," NAME, 54, a former ROLE at BODY, said on DAY.`, a
   participle clause, a relative clause or an `as` clause naming another person, who never speaks);
3. NEW (b): nested quotations (`"He told me 'never again,' and I believed him," NAME said.`): the outer
   quotation is the speaker's, whatever comes out for the inner one;
4. NEW (c): three-part split quotations (`"Q1," NAME said, "Q2," before adding: "Q3."`), keyed as any of
   the segmentations an editor may choose (one quotation of three parts, a split quotation and a third,
   three quotations), every piece the speaker's;
5. NEW (d): second references by honorific and surname or by role only (`Dr. SURNAME`, `the Rev.
   SURNAME`, `Ms/Mr SURNAME`, `the inspector`, `the ROLE NOUN`) after a sentence introducing a woman and
   a man of different roles;
6. NEW (e): marks that are no quotations (a work's title, a nickname, a so-called term, scare quotes)
   beside a real quotation: the marked words come out as no quotation, or as one without a speaker,
   while the real quotation keeps its speaker;
7. NEW (f): `C, according to NAME.`, `According to NAME, ROLE, C.`, `according to NAME` in the middle of
   a sentence, `In NAME's words, "Q."`, `In the words of NAME, ROLE, "Q."` and `NAME's view was that C.`;
8. NEW (g): passive and hearsay frames (`NAME was quoted as saying C`, `"Q," NAME was heard to say`,
   `C, NAME was heard to say`, `NAME is understood to have told colleagues that C`, `NAME is said to
   have told the board that C`, `NAME was reported to have said that C`, `NAME was overheard telling a
   colleague: "Q."`);
9. pronouns across sentences with gender evidence (gendered nouns, the other's possessive or
   honorific, an object pronoun, a paragraph break, a chain after the other's quotation);
10. nominal anaphora (an age, a nationality, a gendered epithet, a body's kind noun after a person of
    that body);
11. quantified and group speakers (`one ... said another ... a third chimed in`, `Two of the NOUNS`,
    `Several NOUNS told`, `Half of ... while the rest`, `Each of the four`, `One of them, NAME, a ODD`,
    `Neither ... but both said`);
12. colon credits in a round-up (`NAME, ROLE:`, `NAME, AGE, ODD:`, `NAME (BODY):`, `BODY ROLE NAME:`), a
    `Q:`/`A:` transcript and a transcript with surname labels;
13. titles with their affiliation (after and before the name, a body's possessive, a spokeswoman for
    a body, `who chairs BODY`, `The ROLE of BODY, NAME`);
14. datelines and bylines (never a speaker, never inside a quotation), British single marks with
    apostrophes, guillemets and split quotations in single marks.

When a key is uncertain the case asserts less (segmentations of a three-part or interrupted quotation
taken from what quotex found among equally right ones, marked words allowed as speakerless quotations,
titles checked with `Contains` only where the text states a role).

Run once at 122f5ed (``capreport.py --heldout heldout23.NAME ...``: 3,044 of 3,625, .840). The failures
were then read for template and key bugs only, and three were found and fixed (marked in the code), all
leads or fillers that a careful editor may key as a report of their own:

* `not_quotations` had `Members blame the so-called "hive levy" for the drop in numbers.`, a stance of a
  human subject (quotex keyed it as a mixed quotation of `Members`; 20 cases); the sentence is now `The
  so-called "hive levy" on new colonies came into force in April.`;
* `pronoun_gender` shape 4 led with `NAME thanked NAME2 for her years at the works`, a speech act (34
  cases), and shape 5 with `NAME2 phoned NAME and told him the news`, a telling of `the news` (14 cases);
  the leads are now `NAME drove NAME2 home from her last shift at the works` and `NAME2 met NAME at the
  station and drove him to the depot`, which report nothing and keep the gender evidence.

After the fixes: 3,107 of 3,625 (.857), which the floors record. No other key was changed, in particular:
`NAME showed the Rev. NAME2 ... around the bell tower` reports nothing; `pointing to the cracked casing
that ...` after a credit reports nothing; `NAME (BODY): "Q."` has the body as its title; `NAME, who chairs
BODY, said` has a title naming the body; `In NAME's words, "Q."` and `NAME's view was that C.` are NAME's.

| capability | group | cases | first run | key bugs fixed |
|---|---|---|---|---|
| `heldout23.open_cues` | 1 | 290 | 0.983 | 0.983 |
| `heldout23.trailing_material` | 1 | 260 | 0.950 | 0.950 |
| `heldout23.nested_quotes` | 1 | 250 | 0.996 | 0.996 |
| `heldout23.three_part_splits` | 1 | 250 | 0.496 | 0.496 |
| `heldout23.second_reference` | 4 | 270 | 0.885 | 0.885 |
| `heldout23.not_quotations` | 5 | 260 | 0.815 | 0.873 |
| `heldout23.according_words` | 5 | 249 | 0.687 | 0.687 |
| `heldout23.hearsay_frames` | 1 | 266 | 0.887 | 0.887 |
| `heldout23.pronoun_gender` | 4 | 270 | 0.644 | 0.822 |
| `heldout23.nominal_anaphora` | 4 | 249 | 0.771 | 0.771 |
| `heldout23.quantified_groups` | 2 | 240 | 1.000 | 1.000 |
| `heldout23.colon_credits` | 3 | 248 | 0.823 | 0.823 |
| `heldout23.titles_affiliation` | 6 | 255 | 0.843 | 0.843 |
| `heldout23.datelines_marks` | 7 | 268 | 0.955 | 0.955 |
| **heldout23** (all 14) | | 3,625 | 0.840 (3,044) | 0.857 (3,107) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout23data import (
    ADJUNCTS23,
    AGES23,
    ALL_Q23,
    APOS_Q23,
    BYLINES23,
    CLAUSES23,
    DATELINES23,
    DAYS23,
    DOUBLE23,
    EXCHANGES23,
    GENDERED23,
    GROUP_CLAUSES23,
    GROUP_Q23,
    GROUPS23,
    GUILLEMETS23,
    MARKS23,
    MEN23,
    MIDDLE23,
    NATIONS23,
    NESTED23,
    NON_QUOTES23,
    ODD_ROLES23,
    OPEN_VERBS23,
    ORG_Q23,
    ORGS23,
    PAPERS23,
    PARTICIPLES23,
    PEOPLE23,
    ROLES23,
    SECOND_Q23,
    SINGLE23,
    THIRD_Q23,
    TRAILING23,
    WOMEN23,
    Mark23,
    Person23,
)

from quotex import Quote, extract_quotes


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: Sequence[str], k: int) -> str:
    return pool[k % len(pool)]


def _opposite(p: Person23, step: int) -> Person23:
    pool = MEN23 if p.gender == "f" else WOMEN23
    return pool[step % len(pool)]


def _other(p: Person23, step: int) -> Person23:
    pool = tuple(q for q in PEOPLE23 if q != p)
    return pool[step % len(pool)]


def _d(content: str, p: Person23, title: TitleSpec = ANY, names: tuple[str, ...] = ()) -> Expect:
    return Expect(content, "direct", (p.full, *names), title, "person")


def _i(content: str, p: Person23, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start + len(first)) + len(last)]


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _role_quote(r: int, k: int) -> str:
    quotes = ROLES23[r][5]
    return quotes[k % len(quotes)]


def _core(r: int) -> str:
    """The body's name without a leading article."""
    return ROLES23[r][4].removeprefix("the ")


def _role_only(r: int) -> str:
    """The role without its body (`lead forecaster`)."""
    after, body = ROLES23[r][0], ROLES23[r][4]
    prefix = after[: after.index(body)].strip()
    return prefix.rsplit(" ", 1)[0].removeprefix("the ")


def _quotes(text: str) -> list[Quote]:
    return extract_quotes(text)


def _one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first
    when it found none of them."""
    found = {(q.start, q.end) for q in _quotes(text)}
    for content in contents:
        start = text.index(content)
        if (start, start + len(content)) in found:
            return content
    return contents[0]


def _segmentation(
    text: str, options: list[list[tuple[str, tuple[str, ...] | None]]]
) -> list[tuple[str, tuple[str, ...] | None]]:
    """The first of *options* (each a list of (content, parts)) whose every piece quotex found at its
    offsets; the first option when none matches."""
    found = {(q.start, q.end) for q in _quotes(text)}
    for option in options:
        spans = []
        for content, _parts in option:
            start = text.index(content)
            spans.append((start, start + len(content)))
        if all(s in found for s in spans):
            return option
    return options[0]


def _unspoken(text: str, start: int, end: int) -> list[Expect]:
    """Quotations quotex found inside text[start:end] (marked words that are no quotation) that have no
    speaker: tolerated as speakerless, so that only a speaker given to them fails the case."""
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


# --- group 1: open-class cue verbs ---------------------------------------------------------------------


def open_cues() -> Iterator[Case]:
    """Open-class cue verbs: `"Q," NAME catastrophises.`, `"Q," kibitzed NAME, ROLE.`, `"Q," NAME
    yammered, ADJUNCT.`, `LEAD. "Q," Ms/Mr SURNAME dithered.`, `"Q," ROLE NAME chirrups.`, `"Q1," NAME
    quibbled, "q2."`, `NAME declaimed: "Q."` and `"Q!" NAME ad-libbed.`"""
    combos = itertools.product(PEOPLE23, range(8), MARKS23, range(len(OPEN_VERBS23)))
    for p, shape, m, v in sample(combos, 290, "ho23-opencues"):
        past, present = OPEN_VERBS23[v]
        k = _k(PEOPLE23.index(p), shape, v)
        r = k % len(ROLES23)
        after, before, parts = ROLES23[r][0], ROLES23[r][1], ROLES23[r][2]
        title = Contains(parts)
        quote = _role_quote(r, k) if shape in (1, 4) else _pick(ALL_Q23, k)
        qc = m.q(quote + ",")
        day = DAYS23[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{qc} {p.full} {present}.", [_d(qc, p)]
        elif shape == 1:
            text, expects = f"{qc} {past} {p.full}, {after}.", [_d(qc, p, title)]
        elif shape == 2:
            text, expects = f"{qc} {p.full} {past}, {_pick(ADJUNCTS23, k)}.", [_d(qc, p)]
        elif shape == 3:
            lead = f"{p.full} stood at the back of the hall on {day}."
            text, expects = f"{lead} {qc} {p.ref} {past}.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{qc} {before} {p.full} {present}.", [_d(qc, p, title)]
        elif shape == 5:
            q2 = m.q(_pick(SECOND_Q23, k) + ".")
            text = f"{qc} {p.full} {past}, {q2}"
            expects = [Expect(_span(text, qc, q2), "direct", (p.full,), ANY, "person", parts=(qc, q2))]
        elif shape == 6:
            qs = m.q(quote + ".")
            text, expects = f"{p.full} {past} on {day}: {qs}", [_d(qs, p)]
        else:
            qe = m.q(quote + "!")
            text, expects = f"{qe} {p.full} {past}.", [_d(qe, p)]
        yield Case("", f"ho23-opencues-{shape}", text, expects)


# --- NEW (a): long trailing material after the credit -----------------------------------------------


def trailing_material() -> Iterator[Case]:
    """Long material after the credit: `"Q," said NAME, who has run the depot since 2009 and who lost a
    brother in the flood.`, `"Q," NAME, 54, a former ROLE at BODY, said on DAY.`, `"Q," NAME said,
    PARTICIPLE CLAUSE.`, `"Q," said NAME, who has worked alongside NAME2 at BODY since 2015.`, `"Q," NAME
    told the PAPER on DAY, as NAME2, ROLE, looked on.`, `NAME, WHO-CLAUSE, said on DAY that C.`, `"Q,"
    NAME said, adding that C.` and `"Q," said NAME, ROLE, PARTICIPLE CLAUSE.`"""
    combos = itertools.product(PEOPLE23, range(8), MARKS23, range(len(ROLES23)))
    for p, shape, m, r in sample(combos, 260, "ho23-trailing"):
        k = _k(PEOPLE23.index(p), shape, r)
        after, _before, parts, noun, body, _q = ROLES23[r]
        b = _other(p, k + 2)
        rb = (r + 5) % len(ROLES23)
        qc = m.q(_role_quote(r, k) + ",")
        day = DAYS23[k % 7]
        clause = _pick(CLAUSES23, k)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        exact = True
        if shape == 0:
            text, expects = f"{qc} said {p.full}, {_pick(TRAILING23, k)}.", [_d(qc, p)]
        elif shape == 1:
            age = AGES23[k % len(AGES23)]
            text = f"{qc} {p.full}, {age}, a former {noun} at {body}, said on {day}."
            expects = [_d(qc, p, Contains((noun,)))]
        elif shape == 2:
            text, expects = f"{qc} {p.full} said, {_pick(PARTICIPLES23, k)}.", [_d(qc, p)]
        elif shape == 3:
            text = f"{qc} said {p.full}, who has worked alongside {b.full} at {body} since 2015."
            expects, wrong = [_d(qc, p)], [(qc, b.full)]
        elif shape == 4:
            paper = _pick(PAPERS23, k)
            text = f"{qc} {p.full} told the {paper} on {day}, as {b.full}, {ROLES23[rb][0]}, looked on."
            expects, wrong = [_d(qc, p)], [(qc, b.full)]
        elif shape == 5:
            text = f"{p.full}, {_pick(TRAILING23, k)}, said on {day} that {clause}."
            expects = [_i(f"that {clause}", p)]
        elif shape == 6:
            text = f"{qc} {p.full} said, adding that {clause}."
            expects, exact = [_d(qc, p)], False
            wrong = [(clause, b.full)]
        else:
            text = f"{qc} said {p.full}, {after}, {_pick(PARTICIPLES23, k)}."
            expects = [_d(qc, p, Contains(parts))]
        yield Case("", f"ho23-trailing-{shape}", text, expects, exact=exact, wrong_speakers=wrong)


# --- NEW (b): nested quotations --------------------------------------------------------------------------


def nested_quotes() -> Iterator[Case]:
    """A quotation nested in another (single marks inside double, double inside British single): `"He
    told me 'never again,' and I believed him," NAME said.`, `"...," said NAME, ROLE.`, `NAME said: "..."`,
    `NAME, ROLE, told the PAPER: "..."`, `"When NAME2 said 'we will rebuild,' nobody laughed," NAME
    recalled.` and `LEAD. "...," she/he said.`. The outer quotation is the speaker's; the inner one may
    come out or not (the case is not exact)."""
    combos = itertools.product(PEOPLE23, range(6), MARKS23, range(len(NESTED23)))
    for p, shape, m, ni in sample(combos, 250, "ho23-nested"):
        k = _k(PEOPLE23.index(p), shape, ni)
        r = k % len(ROLES23)
        after, parts = ROLES23[r][0], ROLES23[r][2]
        inner: Mark23 = m.inner
        body = NESTED23[ni].format(o=inner.open, c=inner.close)
        day = DAYS23[k % 7]
        b = _other(p, k + 1)
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            qc = m.q(body + ",")
            text, expect = f"{qc} {p.full} said.", _d(qc, p)
        elif shape == 1:
            qc = m.q(body + ",")
            text, expect = f"{qc} said {p.full}, {after}.", _d(qc, p, Contains(parts))
        elif shape == 2:
            qs = m.q(body + ".")
            text, expect = f"{p.full} said on {day}: {qs}", _d(qs, p)
        elif shape == 3:
            qs = m.q(body + ".")
            paper = _pick(PAPERS23, k)
            text, expect = f"{p.full}, {after}, told the {paper}: {qs}", _d(qs, p, Contains(parts))
        elif shape == 4:
            qc = m.q(f"When {b.full} said {inner.open}we will rebuild,{inner.close} nobody laughed,")
            text, expect = f"{qc} {p.full} recalled.", _d(qc, p)
        else:
            qc = m.q(body + ",")
            text = f"{p.full} was back at the depot on {day}. {qc} {p.pronoun} said."
            expect = _d(qc, p)
        yield Case("", f"ho23-nested-{shape}", text, [expect], exact=False, wrong_speakers=wrong)


# --- NEW (c): three-part split quotations --------------------------------------------------------------


def _three_parts(text: str, q1: str, q2: str, q3: str) -> list[tuple[str, tuple[str, ...] | None]]:
    """The segmentation of a three-part quotation quotex chose among the equally right ones."""
    options: list[list[tuple[str, tuple[str, ...] | None]]] = [
        [(_span(text, q1, q3), (q1, q2, q3))],
        [(_span(text, q1, q2), (q1, q2)), (q3, None)],
        [(q1, None), (_span(text, q2, q3), (q2, q3))],
        [(q1, None), (q2, None), (q3, None)],
    ]
    return _segmentation(text, options)


def three_part_splits() -> Iterator[Case]:
    """Three-part split quotations: `"Q1," NAME said, "q2," before adding: "Q3."`, `"Q1," NAME said.
    "Q2," she/he added. "Q3."`, `"Q1," said NAME, ROLE, "q2," and then, after a pause: "Q3."` and `"Q1,"
    NAME told the PAPER on DAY, "q2." "Q3."`; every piece is the speaker's, in whichever segmentation."""
    combos = itertools.product(PEOPLE23, range(4), MARKS23, range(len(ALL_Q23)))
    for p, shape, m, qi in sample(combos, 250, "ho23-three"):
        k = _k(PEOPLE23.index(p), shape, qi)
        r = k % len(ROLES23)
        after, parts = ROLES23[r][0], ROLES23[r][2]
        q1 = m.q(ALL_Q23[qi] + ",")
        q3 = m.q(_pick(THIRD_Q23, k))
        day = DAYS23[k % 7]
        title: TitleSpec = ANY
        if shape == 0:
            q2 = m.q(_pick(SECOND_Q23, k) + ",")
            text = f"{q1} {p.full} said, {q2} before adding: {q3}"
        elif shape == 1:
            q2 = m.q(ALL_Q23[(qi + 3) % len(ALL_Q23)] + ",")
            text = f"{q1} {p.full} said. {q2} {p.pronoun} added. {q3}"
        elif shape == 2:
            q2 = m.q(_pick(SECOND_Q23, k) + ",")
            text = f"{q1} said {p.full}, {after}, {q2} and then, after a pause: {q3}"
            title = Contains(parts)
        else:
            q2 = m.q(_pick(SECOND_Q23, k) + ".")
            text = f"{q1} {p.full} told the {_pick(PAPERS23, k)} on {day}, {q2} {q3}"
        pieces = _three_parts(text, q1, q2, q3)
        expects = [
            Expect(content, "direct", (p.full,), title, "person", parts=parts_) for content, parts_ in pieces
        ]
        yield Case("", f"ho23-three-{shape}", text, expects)


# --- NEW (d): second references by honorific and surname, or by role -----------------------------------

_THINGS = ("the new fish ladder", "the bell tower", "the ferry ramp", "the dye house", "the lamp room")


def second_reference() -> Iterator[Case]:
    """A woman and a man of different roles introduced together, then one of them named again: `Dr.
    SURNAME said`, `the Rev. SURNAME said`, `the ROLE NOUN said` (the speaker named first or second),
    `the inspector said`, `Dr. SURNAME said. "Q2," the ROLE NOUN replied.` and `Ms/Mr SURNAME said`."""
    combos = itertools.product(PEOPLE23, range(7), MARKS23, range(len(ROLES23)))
    for p, shape, m, rp in sample(combos, 270, "ho23-second"):
        k = _k(PEOPLE23.index(p), shape, rp)
        o = _opposite(p, k)
        ro = (rp + 1 + k % (len(ROLES23) - 1)) % len(ROLES23)
        after_p, _bp, parts_p, noun_p = ROLES23[rp][:4]
        after_o, _bo, parts_o, _noun_o = ROLES23[ro][:4]
        thing = _pick(_THINGS, k)
        day = DAYS23[k % 7]
        qc = m.q((_pick(ALL_Q23, k) if shape in (1, 4) else _role_quote(rp, k)) + ",")
        expects: list[Expect]
        wrong: list[tuple[str, str]] = [(qc, o.full)]
        if shape == 0:
            text = (
                f"Dr. {p.full}, {after_p}, and {o.full}, {after_o}, inspected {thing} on {day}. "
                f"{qc} Dr. {p.last} said."
            )
            expects = [_d(qc, p, Contains(parts_p), (f"Dr. {p.full}", f"Dr {p.full}"))]
        elif shape == 1:
            text = (
                f"{o.full}, {after_o}, showed the Rev. {p.full}, the vicar of Holy Trinity in Ashgrove, "
                f"around {thing} on {day}. {qc} the Rev. {p.last} said."
            )
            expects = [_d(qc, p, Contains(("vicar",)), (f"the Rev. {p.full}", f"Rev. {p.full}"))]
        elif shape == 2:
            text = (
                f"{p.full}, {after_p}, and {o.full}, {after_o}, met at {thing} on {day}. "
                f"{qc} the {noun_p} said."
            )
            expects = [_d(qc, p, Contains(parts_p))]
        elif shape == 3:
            text = (
                f"{o.full}, {after_o}, met {p.full}, {after_p}, at {thing} on {day}. {qc} the {noun_p} said."
            )
            expects = [_d(qc, p, Contains(parts_p))]
        elif shape == 4:
            text = (
                f"{o.full}, {after_o}, walked round {thing} on {day} with {p.full}, a safety inspector "
                f"from the Health and Safety Executive. {qc} the inspector said."
            )
            expects = [_d(qc, p, Contains(("inspector",)))]
        elif shape == 5:
            qo = m.q(_role_quote(ro, k) + ",")
            text = (
                f"Dr. {o.full}, {after_o}, and {p.full}, {after_p}, spoke after the meeting on {day}. "
                f"{qo} Dr. {o.last} said. {qc} the {noun_p} replied."
            )
            expects = [
                _d(qo, o, Contains(parts_o), (f"Dr. {o.full}", f"Dr {o.full}")),
                _d(qc, p, Contains(parts_p)),
            ]
        else:
            text = (
                f"{p.full}, {after_p}, and {o.full}, {after_o}, met at {thing} on {day}. {qc} {p.ref} said."
            )
            expects = [_d(qc, p, Contains(parts_p))]
        yield Case("", f"ho23-second-{shape}", text, expects, wrong_speakers=wrong)


# --- NEW (e): marks that are no quotations beside a real one -------------------------------------------


def not_quotations() -> Iterator[Case]:
    """A work's title, a nickname, a so-called term or scare quotes in marks, beside a real quotation:
    `WORK-SENTENCE "Q," said NAME, ROLE.`, `"Q," NAME said on DAY. NICKNAME-SENTENCE`, `SO-CALLED-SENTENCE
    NAME, ROLE, said: "Q."` and `SCARE-SENTENCE\\n\\n"Q," NAME said.`. The marked words are no quotation
    (or one without a speaker); the real one is the speaker's."""
    combos = itertools.product(PEOPLE23, range(4), MARKS23, range(len(NON_QUOTES23)))
    for p, shape, m, ni in sample(combos, 260, "ho23-notquotes"):
        k = _k(PEOPLE23.index(p), shape, ni)
        r = k % len(ROLES23)
        after, parts = ROLES23[r][0], ROLES23[r][2]
        pattern, _kind = NON_QUOTES23[ni]
        nq = pattern.format(o=m.open, c=m.close)
        qc, qs = m.q(_role_quote(r, k) + ","), m.q(_role_quote(r, k) + ".")
        day = DAYS23[k % 7]
        expect: Expect
        if shape == 0:
            text, expect = f"{nq} {qc} said {p.full}, {after}.", _d(qc, p, Contains(parts))
        elif shape == 1:
            text, expect = f"{qc} {p.full} said on {day}. {nq}", _d(qc, p)
        elif shape == 2:
            text, expect = f"{nq} {p.full}, {after}, said: {qs}", _d(qs, p, Contains(parts))
        else:
            text, expect = f"{nq}\n\n{qc} {p.full} said.", _d(qc, p)
        start = text.index(nq)
        extra = _unspoken(text, start, start + len(nq))
        yield Case("", f"ho23-notquotes-{shape}", text, [expect, *extra], wrong_speakers=[(nq, p.full)])


# --- NEW (f): according to, in NAME's words, NAME's view ------------------------------------------------


def according_words() -> Iterator[Case]:
    """`C, according to NAME.`, `C, according to NAME, ROLE.`, `SUBJECT, according to NAME, PREDICATE.`,
    `According to NAME, ROLE, C.`, `In NAME's words, "Q."`, `In the words of NAME, ROLE, "Q."` and `NAME's
    view was that C.`"""
    combos = itertools.product(PEOPLE23, range(7), MARKS23, range(len(CLAUSES23)))
    for p, shape, m, ci in sample(combos, 260, "ho23-according"):
        k = _k(PEOPLE23.index(p), shape, ci)
        r = k % len(ROLES23)
        after, parts = ROLES23[r][0], ROLES23[r][2]
        clause = CLAUSES23[ci]
        qs = m.q(_pick(ALL_Q23, k) + ".")
        expect: Expect
        if shape == 0:
            text, expect = f"{_cap(clause)}, according to {p.full}.", _i(_cap(clause), p)
        elif shape == 1:
            text = f"{_cap(clause)}, according to {p.full}, {after}."
            expect = _i(_cap(clause), p, Contains(parts))
        elif shape == 2:
            subject, predicate = MIDDLE23[k % len(MIDDLE23)]
            text = f"{subject}, according to {p.full}, {predicate}."
            content = _one_of(text, (text[:-1], predicate))
            expect = _i(content, p)
        elif shape == 3:
            text = f"According to {p.full}, {after}, {clause}."
            expect = _i(clause, p, Contains(parts))
        elif shape == 4:
            text, expect = f"In {_poss(p.full)} words, {qs}", _d(qs, p)
        elif shape == 5:
            text, expect = f"In the words of {p.full}, {after}, {qs}", _d(qs, p, Contains(parts))
        else:
            text = f"{_poss(p.full)} view was that {clause}."
            expect = _i(_one_of(text, (f"that {clause}", clause)), p)
        yield Case("", f"ho23-according-{shape}", text, [expect])


# --- NEW (g): passive and hearsay frames --------------------------------------------------------------


def hearsay_frames() -> Iterator[Case]:
    """Passive and hearsay frames: `NAME was quoted as saying C.`, `NAME was quoted as saying: "Q."`,
    `"Q," NAME was heard to say.`, `C, NAME was heard to say.`, `NAME is understood to have told
    colleagues that C.`, `NAME, ROLE, is said to have told the board on DAY that C.`, `NAME was reported
    to have said that C.` and `NAME, ROLE, was overheard telling a colleague: "Q."`"""
    combos = itertools.product(PEOPLE23, range(8), MARKS23, range(len(CLAUSES23)))
    for p, shape, m, ci in sample(combos, 270, "ho23-hearsay"):
        k = _k(PEOPLE23.index(p), shape, ci)
        r = k % len(ROLES23)
        after, parts = ROLES23[r][0], ROLES23[r][2]
        clause = CLAUSES23[ci]
        day = DAYS23[k % 7]
        q = _pick(ALL_Q23, k)
        qc, qs = m.q(q + ","), m.q(q + ".")
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full} was quoted as saying {clause}.", _i(clause, p)
        elif shape == 1:
            text, expect = f"{p.full} was quoted as saying: {qs}", _d(qs, p)
        elif shape == 2:
            text, expect = f"{qc} {p.full} was heard to say.", _d(qc, p)
        elif shape == 3:
            text, expect = f"{_cap(clause)}, {p.full} was heard to say.", _i(_cap(clause), p)
        elif shape == 4:
            text = f"{p.full} is understood to have told colleagues that {clause}."
            expect = _i(f"that {clause}", p)
        elif shape == 5:
            text = f"{p.full}, {after}, is said to have told the board on {day} that {clause}."
            expect = _i(f"that {clause}", p, Contains(parts))
        elif shape == 6:
            text, expect = f"{p.full} was reported to have said that {clause}.", _i(f"that {clause}", p)
        else:
            text = f"{p.full}, {after}, was overheard telling a colleague: {qs}"
            expect = _d(qs, p, Contains(parts))
        yield Case("", f"ho23-hearsay-{shape}", text, [expect])


# --- group 4: pronouns with gender evidence -----------------------------------------------------------


def pronoun_gender() -> Iterator[Case]:
    """A pronoun across sentences, a woman and a man named before it, gender from the text: gendered
    nouns for both (speaker first, speaker second), the other's possessive, a chain after the other's
    quotation (`NAME folded her arms`), the other's possessive before a paragraph break, an object
    pronoun (`drove her to the depot`) and the other's honorific."""
    combos = itertools.product(PEOPLE23, range(7), MARKS23, range(len(ALL_Q23)))
    for p, shape, m, qi in sample(combos, 270, "ho23-gender"):
        k = _k(PEOPLE23.index(p), shape, qi)
        o = _opposite(p, k)
        day = DAYS23[k % 7]
        qc = m.q(ALL_Q23[qi] + ",")
        pair = GENDERED23[k % len(GENDERED23)]
        noun_p, noun_o = (pair[0], pair[1]) if p.gender == "f" else (pair[1], pair[0])
        expects = [_d(qc, p)]
        if shape == 0:
            text = (
                f"{p.full}, a {noun_p}, and {o.full}, a {noun_o}, waited at the terminal on {day}. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 1:
            text = (
                f"{o.full}, a {noun_o}, met {p.full}, a {noun_p}, outside the mill on {day}. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 2:
            text = (
                f"{o.full} arrived at the depot with {o.poss} two dogs on {day}; {p.full} came alone. "
                f"{qc} {p.pronoun} said."
            )
        elif shape == 3:
            qo = m.q(ALL_Q23[(qi + 1 + k % (len(ALL_Q23) - 1)) % len(ALL_Q23)] + ",")
            text = (
                f"{qo} {o.full} told the meeting on {day}. {p.full} folded {p.poss} arms. "
                f"{qc} {p.pronoun} said."
            )
            expects = [_d(qo, o), _d(qc, p)]
        elif shape == 4:
            # key fix after the run: was `NAME thanked NAME2 for her years at the works`, a speech act an
            # editor may key as a report (quotex did); the lead now reports nothing
            text = (
                f"{p.full} drove {o.full} home from {o.poss} last shift at the works on {day}."
                f"\n\n{qc} {p.pronoun} said."
            )
        elif shape == 5:
            # key fix after the run: was `NAME2 phoned NAME on DAY and told him the news`, a telling an
            # editor may key as a report of `the news`; the lead now reports nothing
            text = (
                f"{o.full} met {p.full} at the station on {day} and drove {p.obj} to the depot. "
                f"{qc} {p.pronoun} said."
            )
        else:
            text = (
                f"{p.full} and {o.full} both applied to run the archive. {o.ref} withdrew on {day}. "
                f"{qc} {p.pronoun} said."
            )
        yield Case("", f"ho23-gender-{shape}", text, expects, wrong_speakers=[(qc, o.full)])


# --- group 4: nominal anaphora -----------------------------------------------------------------------

#: ORGS23 bodies and the ROLES23 index of a person of that body.
_ORG_ROLE = {"foundry": 1, "trust": 7, "station": 4, "orchestra": 11, "association": 3, "archive": 10}


def nominal_anaphora() -> Iterator[Case]:
    """Descriptions referring back: `the 61-year-old` when two ages are given, a nationality choosing one
    of two, a gendered epithet (`the widow`) choosing one of two, a body's kind noun (`BODY closed THING.
    "Q," the KIND said in a statement.`) and the body's kind noun after a person of that body spoke (the
    body, never the person)."""
    combos = itertools.product(PEOPLE23, range(5), MARKS23, range(len(ROLES23)))
    for p, shape, m, r in sample(combos, 250, "ho23-nominal"):
        k = _k(PEOPLE23.index(p), shape, r)
        b = _other(p, k)
        day = DAYS23[k % 7]
        qc = m.q(_role_quote(r, k) + ",")
        expects: list[Expect]
        wrong: list[tuple[str, str]] = [(qc, b.full)]
        if shape == 0:
            age_p, age_b = AGES23[k % len(AGES23)], AGES23[(k + 2) % len(AGES23)]
            text = (
                f"{p.full}, {age_p}, and {b.full}, {age_b}, have worked at {ROLES23[r][4]} for decades. "
                f"{qc} the {age_p}-year-old said."
            )
            expects = [_d(qc, p)]
        elif shape == 1:
            if NATIONS23[b.culture] == NATIONS23[p.culture]:
                b = _other(p, k + 1)
                wrong = [(qc, b.full)]
            noun_p, country_p = NATIONS23[p.culture]
            _noun_b, country_b = NATIONS23[b.culture]
            text = (
                f"{p.full} of {country_p} and {b.full} of {country_b} reached the final of the Northmere "
                f"bell-ringing contest on {day}. {qc} the {noun_p} said."
            )
            expects = [_d(qc, p)]
        elif shape == 2:
            o = _opposite(p, k)
            pair = GENDERED23[k % len(GENDERED23)]
            noun_p, noun_o = (pair[0], pair[1]) if p.gender == "f" else (pair[1], pair[0])
            text = (
                f"{p.full}, a {noun_p}, and {o.full}, a {noun_o}, both spoke at the inquiry on {day}. "
                f"{qc} the {noun_p} said."
            )
            expects, wrong = [_d(qc, p)], [(qc, o.full)]
        elif shape == 3:
            org, kind, thing = ORGS23[k % len(ORGS23)]
            qo = m.q(_pick(ORG_Q23, k) + ",")
            text = f"{_cap(org)} closed {thing} on {day}. {qo} the {kind} said in a statement."
            expects, wrong = [Expect(qo, "direct", (org, org.removeprefix("the ")))], []
        else:
            org, kind, thing = ORGS23[k % len(ORGS23)]
            ri = _ORG_ROLE[kind]
            qp = m.q(_role_quote(ri, k) + ",")
            qo = m.q(_pick(ORG_Q23, k) + ",")
            text = (
                f"{qp} said {p.full}, {ROLES23[ri][0]}, on {day}. "
                f"{qo} the {kind} said in a statement later that day."
            )
            expects = [
                _d(qp, p, Contains(ROLES23[ri][2])),
                Expect(qo, "direct", (org, org.removeprefix("the "))),
            ]
            wrong = [(qo, p.full)]
        yield Case("", f"ho23-nominal-{shape}", text, expects, wrong_speakers=wrong)


# --- group 2: quantified and group speakers ---------------------------------------------------------


def quantified_groups() -> Iterator[Case]:
    """Quantified and group speakers after a lead naming a person who does not speak: `"Q1," one NOUN
    said. "Q2," said another. "Q3," a third chimed in.`, `Two of the NOUNS said C.`, `Several NOUNS told
    the PAPER that C.`, `Half of the NOUNS said C, while the rest said C2.`, `Each of the four NOUNS said
    C.`, `One of them, NAME, a ODD, said: "Q."` and `Neither of the two NOUNS would give a name, but both
    said C.`"""
    combos = itertools.product(range(len(GROUPS23)), range(7), MARKS23, range(len(PEOPLE23)))
    for g, shape, m, pi in sample(combos, 250, "ho23-groups"):
        plural, single, setting = GROUPS23[g]
        p = PEOPLE23[pi]
        k = _k(g, shape, pi)
        day = DAYS23[k % 7]
        after = ROLES23[k % len(ROLES23)][0]
        q0, q1, q2 = (m.q(_pick(GROUP_Q23, k + i) + ",") for i in range(3))
        clause, clause2 = _pick(GROUP_CLAUSES23, k), _pick(GROUP_CLAUSES23, k + 1)
        paper = _pick(PAPERS23, k)
        lead = f"{p.full}, {after}, met the {plural} {setting} on {day}."
        expects: list[Expect] = []
        if shape == 0:
            text = f"{lead} {q0} one {single} said. {q1} said another. {q2} a third chimed in."
            expects.append(Expect(q0, "direct", (f"one {single}", single, "one")))
            expects.append(Expect(q1, "direct", ("another", f"another {single}", single, "another one")))
            expects.append(
                Expect(q2, "direct", ("a third", "third", f"a third {single}", single, "third one"))
            )
        elif shape == 1:
            text = f"{lead} Two of the {plural} said {clause}."
            expects.append(
                Expect(clause, "indirect", ("two", f"two of the {plural}", f"two {plural}", plural))
            )
        elif shape == 2:
            text = f"{lead} Several {plural} told the {paper} that {clause}."
            expects.append(Expect(f"that {clause}", "indirect", ("several", f"several {plural}", plural)))
        elif shape == 3:
            text = f"{lead} Half of the {plural} said {clause}, while the rest said {clause2}."
            expects.append(
                Expect(clause, "indirect", ("half", f"half of the {plural}", f"half the {plural}", plural))
            )
            expects.append(
                Expect(
                    clause2,
                    "indirect",
                    ("the rest", "rest", f"the rest of the {plural}", f"rest of the {plural}", plural),
                )
            )
        elif shape == 4:
            text = f"{lead} Each of the four {plural} said {clause}."
            accepted: NameSpec = (
                "each",
                f"each of the four {plural}",
                f"the four {plural}",
                f"four {plural}",
                plural,
            )
            expects.append(Expect(clause, "indirect", accepted))
        elif shape == 5:
            h = _other(p, k)
            odd, oparts = ODD_ROLES23[k % len(ODD_ROLES23)]
            article = "an" if odd[0] in "aeiou" else "a"
            qs = m.q(_pick(GROUP_Q23, k) + ".")
            text = f"{lead} One of them, {h.full}, {article} {odd}, said: {qs}"
            expects.append(_d(qs, h, Contains(oparts)))
        else:
            text = f"{lead} Neither of the two {plural} would give a name, but both said {clause}."
            accepted = ("both", f"both {plural}", plural, f"the two {plural}", f"two {plural}")
            expects.append(Expect(clause, "indirect", accepted))
        wrong = [(e.content, p.full) for e in expects]
        yield Case("", f"ho23-groups-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: colon credits and transcripts ------------------------------------------------------------


def colon_credits() -> Iterator[Case]:
    """A round-up of three colon credits after an introduction that reports nothing, each in its own
    paragraph, in rotating shapes: `NAME, ROLE: "Q."`, `NAME, AGE, ODD ROLE: "Q."`, `NAME (BODY): "Q."` and
    `BODY ROLE NAME: "Q."`; a `Q:`/`A:` transcript after an introduction naming the interviewee; and a
    transcript labelled with surnames in capitals (`GHUKASYAN: ...`) after an introduction naming both."""
    combos = itertools.product(PEOPLE23, range(6), MARKS23, range(len(ROLES23)))
    for p, order, m, r in sample(combos, 250, "ho23-colon"):
        k = _k(PEOPLE23.index(p), order, r)
        after = ROLES23[r][0]
        day = DAYS23[k % 7]
        (q1, a1), (q2, a2) = EXCHANGES23[k % 4], EXCHANGES23[(k + 1) % 4]
        if order == 4:
            paper = _pick(PAPERS23, k)
            intro = f"{p.full}, {after}, spoke to the {paper} on {day}. The interview has been edited."
            text = "\n\n".join([intro, f"Q: {q1}", f"A: {a1}", f"Q: {q2}", f"A: {a2}"])
            yield Case(
                "",
                "ho23-colon-qa",
                text,
                [_d(a1, p), _d(a2, p)],
                exact=False,
                wrong_speakers=[(q1, p.full), (q2, p.full)],
            )
            continue
        if order == 5:
            o = _opposite(p, k)
            intro = (
                f"{o.full}, who presents the Kestrel Weekly podcast, spoke to {p.full}, {after}, on {day}. "
                "An edited transcript follows."
            )
            lo, lp = o.last.upper(), p.last.upper()
            text = "\n\n".join([intro, f"{lo}: {q1}", f"{lp}: {a1}", f"{lo}: {q2}", f"{lp}: {a2}"])
            yield Case(
                "",
                "ho23-colon-labels",
                text,
                [_d(a1, p), _d(a2, p)],
                exact=False,
                wrong_speakers=[(q1, p.full), (q2, p.full), (a1, o.full), (a2, o.full)],
            )
            continue
        people = [p, _other(p, k), _other(p, k + 9)]
        roles = (r, (r + 3) % len(ROLES23), (r + 7) % len(ROLES23))
        lines: list[str] = []
        expects: list[Expect] = []
        for slot in range(3):
            who, ri = people[slot], roles[slot]
            shape = (slot + order) % 4
            qs = m.q(_role_quote(ri, k + slot) + ".")
            if shape == 0:
                lines.append(f"{who.full}, {ROLES23[ri][0]}: {qs}")
                expects.append(_d(qs, who, Contains(ROLES23[ri][2])))
            elif shape == 1:
                odd, oparts = ODD_ROLES23[(k + slot) % len(ODD_ROLES23)]
                qs = m.q(_pick(ALL_Q23, k + slot) + ".")
                lines.append(f"{who.full}, {AGES23[(k + slot) % len(AGES23)]}, {odd}: {qs}")
                expects.append(_d(qs, who, Contains(oparts)))
            elif shape == 2:
                lines.append(f"{who.full} ({_core(ri)}): {qs}")
                expects.append(_d(qs, who, Contains((_core(ri),))))
            else:
                lines.append(f"{ROLES23[ri][1]} {who.full}: {qs}")
                expects.append(_d(qs, who, Contains(ROLES23[ri][2])))
        intro = "Voices from the harbour after the last sailing of the winter."
        text = intro + "\n\n" + "\n\n".join(lines)
        yield Case("", f"ho23-colon-{order}", text, expects)


# --- group 6: titles with their affiliation ---------------------------------------------------------


def titles_affiliation() -> Iterator[Case]:
    """Titles with their affiliation: `NAME, ROLE at BODY, said C.`, `BODY ROLE NAME said on DAY that C.`,
    `BODY's ROLE, NAME, said: "Q."`, `A spokeswoman/spokesman for BODY, NAME, said C.`, `NAME, who chairs
    BODY, said C.`, `"Q," said NAME, ROLE at BODY.` and `The ROLE of BODY, NAME, told reporters that C.`;
    the title holds the role and the body."""
    combos = itertools.product(PEOPLE23, range(7), MARKS23, range(len(ROLES23)))
    for p, shape, m, r in sample(combos, 260, "ho23-titles"):
        k = _k(PEOPLE23.index(p), shape, r)
        after, before, parts, _noun, body, _q = ROLES23[r]
        core = _core(r)
        role = _role_only(r)
        full = Contains((*parts, core))
        clause = _pick(CLAUSES23, k)
        day = DAYS23[k % 7]
        qs, qc = m.q(_role_quote(r, k) + "."), m.q(_role_quote(r, k) + ",")
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full}, {after}, said {clause}.", _i(clause, p, full)
        elif shape == 1:
            text, expect = f"{before} {p.full} said on {day} that {clause}.", _i(f"that {clause}", p, full)
        elif shape == 2:
            text, expect = f"{_cap(_poss(body))} {role}, {p.full}, said: {qs}", _d(qs, p, full)
        elif shape == 3:
            spokes = "spokeswoman" if p.gender == "f" else "spokesman"
            text = f"A {spokes} for {body}, {p.full}, said {clause}."
            expect = _i(clause, p, Contains(("spokes", core)))
        elif shape == 4:
            text, expect = f"{p.full}, who chairs {body}, said {clause}.", _i(clause, p, Contains((core,)))
        elif shape == 5:
            text, expect = f"{qc} said {p.full}, {after}.", _d(qc, p, full)
        else:
            text = f"The {role} of {body}, {p.full}, told reporters that {clause}."
            expect = _i(f"that {clause}", p, full)
        yield Case("", f"ho23-titles-{shape}", text, [expect])


# --- group 7/8: datelines, bylines, marks ----------------------------------------------------------------


def datelines_marks() -> Iterator[Case]:
    """Datelines and bylines (never a speaker, never inside a quotation) and marks: `DATELINE "Q," NAME said
    on DAY.`, `BYLINE\\n\\nDATELINE NAME, ROLE, said on DAY that C.`, `BYLINE\\n\\nDATELINE "Q," a NOUN
    said.`, `DATELINE BODY will close THING, the KIND said on DAY.`, `'Q with apostrophes,' said NAME.`,
    `NAME said on DAY: «Q.»`, `'Q1,' NAME said, 'q2.'` and `DATELINE 'Q,' NAME told the PAPER.`"""
    combos = itertools.product(PEOPLE23, range(8), range(2), range(len(DATELINES23)))
    for p, shape, style, di in sample(combos, 270, "ho23-datemarks"):
        dateline, word = DATELINES23[di]
        k = _k(PEOPLE23.index(p), shape, di)
        byline, byname = BYLINES23[k % len(BYLINES23)]
        after, parts = ROLES23[k % len(ROLES23)][0], ROLES23[k % len(ROLES23)][2]
        day = DAYS23[k % 7]
        clause = _pick(CLAUSES23, k)
        m = DOUBLE23[style]
        qc = m.q(_pick(ALL_Q23, k) + ",")
        forbidden: list[str] = []
        expect: Expect
        if shape == 0:
            text, expect, forbidden = f"{dateline} {qc} {p.full} said on {day}.", _d(qc, p), [word]
        elif shape == 1:
            text = f"{byline}\n\n{dateline} {p.full}, {after}, said on {day} that {clause}."
            expect, forbidden = _i(f"that {clause}", p, Contains(parts)), [word, byname]
        elif shape == 2:
            _plural, single, _setting = GROUPS23[k % len(GROUPS23)]
            text = f"{byline}\n\n{dateline} {qc} a {single} said."
            expect, forbidden = Expect(qc, "direct", (single, f"a {single}")), [word, byname]
        elif shape == 3:
            org, kind, thing = ORGS23[k % len(ORGS23)]
            content = f"{_cap(org)} will close {thing}"
            text = f"{dateline} {content}, the {kind} said on {day}."
            expect, forbidden = Expect(content, "indirect", (org, org.removeprefix("the "))), [word]
        elif shape == 4:
            sq = SINGLE23[style].q(_pick(APOS_Q23, k) + ",")
            text, expect = f"{sq} said {p.full}.", _d(sq, p)
        elif shape == 5:
            gq = GUILLEMETS23[style].q(_pick(ALL_Q23, k) + ".")
            text, expect = f"{p.full} said on {day}: {gq}", _d(gq, p)
        elif shape == 6:
            sm = SINGLE23[style]
            q1, q2 = sm.q(_pick(APOS_Q23, k) + ","), sm.q(_pick(SECOND_Q23, k) + ".")
            text = f"{q1} {p.full} said, {q2}"
            expect = Expect(_span(text, q1, q2), "direct", (p.full,), ANY, "person", parts=(q1, q2))
        else:
            sq = SINGLE23[style].q(_pick(ALL_Q23, k) + ",")
            text = f"{dateline} {sq} {p.full} told the {_pick(PAPERS23, k)}."
            expect, forbidden = _d(sq, p), [word]
        yield Case("", f"ho23-datemarks-{shape}", text, [expect], forbidden=forbidden)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout23.{name}", group, description, unique_texts(gen))


HELD_OUT_23 = (
    _named(
        "open_cues",
        "1",
        '"Q," NAME catastrophises / kibitzed NAME, ROLE / yammered, ADJUNCT / declaimed: "Q." / ad-libbed',
        open_cues,
    ),
    _named(
        "trailing_material",
        "1",
        '"Q," said NAME, who ... and who ...; NAME, 54, a former ROLE at BODY, said; as NAME2 looked on',
        trailing_material,
    ),
    _named(
        "nested_quotes",
        "1",
        "\"He told me 'never again,' and I believed him,\" NAME said: the outer quotation is NAME's",
        nested_quotes,
    ),
    _named(
        "three_part_splits",
        "1",
        '"Q1," NAME said, "q2," before adding: "Q3."; "Q2," she added. "Q3."; after a pause: "Q3."',
        three_part_splits,
    ),
    _named(
        "second_reference",
        "4",
        "a woman and a man of different roles, then Dr. SURNAME, the Rev. SURNAME, the ROLE, the inspector",
        second_reference,
    ),
    _named(
        "not_quotations",
        "5",
        "works, nicknames, so-called terms, scare quotes: no quotation or no speaker; the real one keeps its",
        not_quotations,
    ),
    _named(
        "according_words",
        "5",
        "C, according to NAME; SUBJECT, according to NAME, PREDICATE; In NAME's words; NAME's view was",
        according_words,
    ),
    _named(
        "hearsay_frames",
        "1",
        "was quoted as saying; was heard to say; is understood to have told; is said to have told; overheard",
        hearsay_frames,
    ),
    _named(
        "pronoun_gender",
        "4",
        "gender from mother/father of three, the other's dogs or honorific, drove her to the depot, a chain",
        pronoun_gender,
    ),
    _named(
        "nominal_anaphora",
        "4",
        "the 61-year-old of two ages, the Icelander of two nations, the widow, the foundry (not its founder)",
        nominal_anaphora,
    ),
    _named(
        "quantified_groups",
        "2",
        "one, another, a third chimed in; two of the; several told; half ... the rest; each of four; both",
        quantified_groups,
    ),
    _named(
        "colon_credits",
        "3",
        "round-up: NAME, ROLE:; NAME, AGE, ODD:; NAME (BODY):; BODY ROLE NAME:; Q:/A:; SURNAME labels",
        colon_credits,
    ),
    _named(
        "titles_affiliation",
        "6",
        "NAME, ROLE at BODY; BODY ROLE NAME; BODY's ROLE, NAME; a spokeswoman for BODY; who chairs BODY",
        titles_affiliation,
    ),
    _named(
        "datelines_marks",
        "7",
        "NUKU'ALOFA, Tonga (AFP) —; bylines; 'Q,' with apostrophes; «Q.»; 'Q1,' NAME said, 'q2.'",
        datelines_marks,
    ),
)
