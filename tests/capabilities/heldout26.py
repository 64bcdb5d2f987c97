"""Twenty-sixth held-out round: capabilities written at commit ``9d7857a`` by a helper (``hcap32``) who
did not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout26data.py``: thirty invented people of Chechen,
Cornish, Hmong, Tatar, Sakha, Uyghur, Xhosa, Oromo, Guarani, Lakota, Ewe, Chamorro, Kalmyk, Occitan,
Circassian, Bashkir, Buryat, Tswana, Tzotzil and Ladino origin; names ending in *s* and names with
suffixes and particles of Cherokee, Cajun, Mi'kmaq, Dakota, Surinamese, Afrikaner, Omani, Yemeni,
Bruneian, Walloon and Aromanian people; straight, curly, British single marks and guillemets; open-class
cue verbs no common lexicon lists (`purred`, `harrumphs`, `chirruped`, `tuts`...); roles with their
bodies in canal locks, salt marshes, ropeworks, ice rinks, cheese cooperatives, observatories, ferry
piers, wind farms, stained glass, river pilots, falconry, organ building, tram depots, cable cars,
vineyards, lifeboat stations, public baths and chess federations) with phrasings a careful news editor
keys one way only:

1. open-class cues after a quotation (past and present, inverted, before a colon, a question);
2. possessive names ending in *s* with a bare apostrophe or *'s* as the speaker of a noun-phrase credit
   (`NAME' answer was "Q."`, `NAME' view is that C`, `came NAME' reply`) and in another speaker's
   title (`NAME' deputy, NAME2, said`, `the SURNAME' lawyer, NAME2,`);
3. generational suffixes and particles (`Jr.`, `Sr.`, `III`, `de la`, `van der`, `bin`, `al-`) as
   subject, inverted, in apposition and on second reference (the speaker is the full name as written;
   a final `Jr.` may lose its point, a style variant);
4. newly or recently elected, appointed or named posts before and after a name;
5. ages in an apposition (`said the ROLE, AGE-year-old NAME`, `NAME, a AGE-year-old ROLE at BODY`);
6. two speakers in a passage, a pronoun that agreement settles (different genders) or whose key is the
   subject of the previous sentence (one gender);
7. `according to NAME`, `NAME's office said`, `a statement from NAME's office` (the office or the
   person are both accepted);
8. reported questions and denials (`asked whether`, `denied that`, `did not deny that C, saying only:`)
   and withheld speech (nothing is reported);
9. colon credits in a round-up and Q&A transcripts;
10. titles with their affiliation (at, of, with, BODY's ROLE, long and hyphenated);
11. nominal anaphora (`the NOUN`, `the AGE-year-old`);
12. datelines and bylines (dash, colon and dated datelines) that are never speakers nor content;
13. marked words that are no quotation (works, nicknames, so-called terms, scare quotes) beside a quote;
14. quantified and anonymous speakers (`one official`, `two residents`, `a spokesperson who asked not
    to be named`): the phrase (with or without its number or relative clause) is the speaker;
15. quotations over several paragraphs and split quotations.

When a key is uncertain the case asserts less (a quotation interrupted by its credit as one quotation of
two parts or two quotations; a quotation over paragraphs as one or one per paragraph; a reported clause
with or without its *that* or *whether*; titles with `Contains`, or `EitherOf` when two roles are
stated).

Run once at 9d7857a (``capreport.py --heldout heldout26.NAME ...``: 3,192 of 3,869, .825). The failures
were then read for template and key bugs only. One key was wrong, and fixed (27 cases): a question put
by an unnamed interviewer (`Asked what came next, NAME, ROLE, was brief: "Q."`, `NAME gave no answer
when asked who would pay for the repairs.`) was keyed as yielding nothing at all, but PolNeAR's scheme
annotates it as a report of a questioner with no source, and a careful reader may list it; what no
reader gives is a speaker for it, so the key now tolerates it without a speaker and forbids it to
NAME (`_asked`): **3,219 (.832)**. These keys stand: `NAME declined to put a figure on the losses.`
is withheld speech and reports nothing (like heldout25's `declined to say`; quotex reads a stance
report, which the lead may judge a scheme difference as with *declined to comment*); `"Q," said the
ROLE, AGE-year-old NAME.` is NAME's; `A walked round BODY with B on DAY. "Q," he said.` (one gender)
is A's, and `A said C. B, ROLE, disagreed. "Q," she said.` is B's (the subject of the previous
sentence); `NAME, ROLE, said` has the title ROLE without a body; `Coxswain NAME:` in a round-up has
the speaker NAME; `X, ROLE, showed Y, ROLE2, round on DAY.` reports nothing.

| capability | group | cases | first run | key fixed |
|---|---|---|---|---|
| `heldout26.open_cues` | 1 | 270 | 0.844 | 0.844 |
| `heldout26.possessive_s` | 2 | 251 | 0.641 | 0.641 |
| `heldout26.name_suffixes` | 3 | 260 | 0.965 | 0.965 |
| `heldout26.newly_named` | 4 | 262 | 0.912 | 0.912 |
| `heldout26.age_appositions` | 5 | 256 | 0.570 | 0.570 |
| `heldout26.two_speakers` | 6 | 265 | 0.781 | 0.781 |
| `heldout26.according_office` | 7 | 259 | 0.981 | 0.981 |
| `heldout26.questions_denials` | 8 | 256 | 0.613 | 0.633 |
| `heldout26.colon_credits` | 9 | 252 | 0.798 | 0.885 |
| `heldout26.titles_affiliation` | 10 | 262 | 0.981 | 0.981 |
| `heldout26.nominal_anaphora` | 11 | 255 | 0.580 | 0.580 |
| `heldout26.datelines_bylines` | 12 | 260 | 0.958 | 0.958 |
| `heldout26.not_quotations` | 13 | 255 | 0.737 | 0.737 |
| `heldout26.quantified_anonymous` | 14 | 254 | 1.000 | 1.000 |
| `heldout26.long_split` | 15 | 252 | 1.000 | 1.000 |
| **heldout26** (all 15) | | 3,869 | 0.825 (3,192) | 0.832 (3,219) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout26data import (
    AGENCIES26,
    AGES26,
    ALL_MARKS26,
    ALL_Q26,
    APOS_Q26,
    BYLINES26,
    CLAUSES26,
    DATELINES26,
    DAYS26,
    DOUBLE26,
    EXCHANGES26,
    FORMS26,
    LONG_PARAS26,
    LONG_TITLES26,
    MEN26,
    NICKNAMES26,
    NON_QUOTES26,
    OPEN_VERBS26,
    PAPERS26,
    PEOPLE26,
    POSTS26,
    ROLES26,
    S_NAMES26,
    SECOND_Q26,
    SINGLE26,
    SOURCES26,
    TAILS26,
    TOWNS26,
    WITHHELD26,
    WOMEN26,
    Person26,
)

from quotex import Quote, extract_quotes


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts`` (two stated roles, either printed)."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _k(*parts: int) -> int:
    return sum((i + 1) * v for i, v in enumerate(parts))


def _pick(pool: Sequence[str], k: int) -> str:
    return pool[k % len(pool)]


def _opposite(p: Person26, step: int) -> Person26:
    pool = MEN26 if p.gender == "f" else WOMEN26
    return pool[step % len(pool)]


def _same(p: Person26, step: int) -> Person26:
    pool = tuple(q for q in (WOMEN26 if p.gender == "f" else MEN26) if q != p)
    return pool[step % len(pool)]


def _other(p: Person26, step: int) -> Person26:
    pool = tuple(q for q in PEOPLE26 if q != p)
    return pool[step % len(pool)]


def _names(p: Person26) -> tuple[str, ...]:
    """The accepted forms of *p*'s name: the full name, and without the point of a final `Jr.`/`Sr.`."""
    return (p.full, p.full.removesuffix(".")) if p.full.endswith(".") else (p.full,)


def _d(content: str, p: Person26, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "direct", _names(p), title, "person")


def _i(content: str, p: Person26, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", _names(p), title, "person")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _poss(name: str, doubled: bool = False) -> str:
    """`Kerensa Hoskins'` (or `Kerensa Hoskins's` when *doubled*), `Jory Penhaligon's`."""
    if name.endswith("s"):
        return f"{name}'s" if doubled else f"{name}'"
    return f"{name}'s"


def _fin(name: str) -> str:
    """*name* closing a sentence: one full stop, never two after `Jr.`."""
    return name if name.endswith(".") else name + "."


def _a(age: int) -> str:
    """`an 81-year-old`, `a 44-year-old`."""
    return f"{'an' if str(age).startswith('8') or age in (11, 18) else 'a'} {age}-year-old"


def _quotes(text: str) -> list[Quote]:
    return extract_quotes(text)


def _span(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start : text.index(last, start + len(first)) + len(last)]


def _one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first
    when it found none of them."""
    found = {(q.start, q.end) for q in _quotes(text)}
    for content in contents:
        start = text.index(content)
        if (start, start + len(content)) in found:
            return content
    return contents[0]


def _that(text: str, clause: str, p: Person26, title: TitleSpec = ANY, word: str = "that") -> Expect:
    """`... that C` (or `whether C`): the report with or without its first word, whichever quotex chose."""
    return _i(_one_of(text, (f"{word} {clause}", clause)), p, title)


def _two_parts(text: str, p: Person26, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """A quotation interrupted by its credit: one quotation of two parts or two quotations, whichever
    quotex found (both are right), every piece *p*'s."""
    found = {(q.start, q.end) for q in _quotes(text)}
    whole = _span(text, q1, q2)
    start = text.index(whole)
    if (start, start + len(whole)) in found:
        return [Expect(whole, "direct", _names(p), title, "person", parts=(q1, q2))]
    return [_d(q1, p, title), _d(q2, p)]


def _paragraphs(text: str, pieces: Sequence[str], who: Person26) -> list[Expect]:
    """A quotation over paragraphs (*pieces* as written, in order) as one quotation per paragraph or one
    spanning them all, whichever segmentation quotex chose; *who* speaks in both readings."""
    found = {(q.start, q.end) for q in _quotes(text)}
    start = text.index(pieces[0])
    if (start, start + len(pieces[0])) in found:
        return [_d(piece, who) for piece in pieces]
    return [_d(_span(text, pieces[0], pieces[-1]), who)]


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


def _asked(text: str, question: str, p: Person26) -> tuple[list[Expect], list[tuple[str, str]]]:
    """A question put to *p* by an unnamed interviewer (`Asked what came next,`, `when asked who would
    pay`): speakerless quotations inside it are tolerated, and it is never *p*'s.

    Key fix after the first run: the first run demanded that such a question yield nothing, but it is a
    report of an unnamed questioner in PolNeAR's scheme, and a careful reader may list it; what a reader
    never gives is a speaker (above all *p*), so only that is asserted now."""
    start = text.index(question)
    return _unspoken(text, start, start + len(question)), [(question, p.full)]


def _role_q(r: int, k: int) -> str:
    return ROLES26[r][4][k % len(ROLES26[r][4])]


def _role_c(r: int, k: int) -> str:
    return ROLES26[r][5][k % len(ROLES26[r][5])]


def _after(r: int) -> str:
    """`lock keeper at the Brindlow Canal Trust`."""
    return f"{ROLES26[r][0]} at {ROLES26[r][1]}"


def _core(r: int) -> str:
    """The body's name without a leading article."""
    return ROLES26[r][1].removeprefix("the ")


def _head(r: int) -> str:
    return ROLES26[r][2]


def _role(r: int) -> str:
    return ROLES26[r][0]


def _art(word: str) -> str:
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


# --- group 1: open-class cue verbs -----------------------------------------------------------------


def open_cues() -> Iterator[Case]:
    """`"Q," NAME VERBED.`, `"Q," VERBED NAME, ROLE at BODY.`, `"Q," NAME VERBS.`, `"Q," VERBS NAME.`, `NAME
    VERBED when asked about the delay on DAY: "Q."`, `NAME, ROLE, was asked about it. "Q," she/he VERBED.`,
    `"Q?" VERBED NAME.` and `"Q," NAME VERBED, shaking her/his head.`"""
    combos = itertools.product(PEOPLE26, range(8), ALL_MARKS26, range(len(OPEN_VERBS26)))
    for p, shape, m, v in sample(combos, 270, "ho26-opencues"):
        past, present = OPEN_VERBS26[v]
        k = _k(PEOPLE26.index(p), shape, v)
        r = k % len(ROLES26)
        quote = _role_q(r, k) if shape in (1, 5) else _pick(ALL_Q26, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        day = DAYS26[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{qc} {p.full} {past}.", [_d(qc, p)]
        elif shape == 1:
            text, expects = f"{qc} {past} {p.full}, {_after(r)}.", [_d(qc, p, Contains(_head(r)))]
        elif shape == 2:
            text, expects = f"{qc} {p.full} {present}.", [_d(qc, p)]
        elif shape == 3:
            text, expects = f"{qc} {present} {p.full}.", [_d(qc, p)]
        elif shape == 4:
            text, expects = f"{p.full} {past} when asked about the delay on {day}: {qs}", [_d(qs, p)]
        elif shape == 5:
            lead = f"{p.full}, {_role(r)}, was asked about the winter figures on {day}."
            text, expects = f"{lead} {qc} {p.pronoun} {past}.", [_d(qc, p)]
        elif shape == 6:
            qq = m.q(_pick(("Who else would do it?", "Did anyone ask us?", "Why now?"), k))
            text, expects = f"{qq} {past} {p.full}.", [_d(qq, p)]
        else:
            text, expects = f"{qc} {p.full} {past}, shaking {p.poss} head.", [_d(qc, p)]
        yield Case("", f"ho26-opencues-{shape}", text, expects)


# --- group 2: possessive names ending in s ------------------------------------------------------------


def possessive_s() -> Iterator[Case]:
    """`NAME' answer was "Q."`, `NAME' view is that C.`, `NAME's's reply was blunt: "Q."`, `NAME' deputy,
    NAME2, said C.`, `The SURNAME' lawyer, NAME2, said: "Q."`, `"Q," came NAME' reply.`, `In NAME' view, C.`
    and `"Q," said NAME2, NAME' successor as ROLE at BODY.` (never the possessor's in the two last-named)."""
    combos = itertools.product(S_NAMES26, range(8), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 260, "ho26-possessive"):
        k = _k(S_NAMES26.index(p), shape, r)
        o = _other(p, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{_poss(p.full)} answer was {qs}", [_d(qs, p)]
        elif shape == 1:
            text = f"{_poss(p.full)} view is that {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 2:
            text, expects = f"{_poss(p.full, doubled=True)} reply was blunt: {qs}", [_d(qs, p)]
        elif shape == 3:
            text = f"{_poss(p.full)} deputy, {o.full}, said {clause}."
            expects, wrong = [_i(clause, o, Contains("deputy"))], [(clause, p.full)]
        elif shape == 4:
            text = f"The {_poss(p.last)} lawyer, {o.full}, said: {qs}"
            expects, wrong = [_d(qs, o, Contains("lawyer"))], [(qs, p.last), (qs, o.last)]
        elif shape == 5:
            text, expects = f"{qc} came {_poss(p.full)} reply.", [_d(qc, p)]
        elif shape == 6:
            text, expects = f"In {_poss(p.full)} view, {clause}.", [_i(clause, p)]
        else:
            text = f"{qc} said {o.full}, {_poss(p.full)} successor as {_after(r)}."
            expects, wrong = [_d(qc, o, Contains(_head(r)))], [(qc, p.full)]
        yield Case("", f"ho26-possessive-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: generational suffixes and particles -------------------------------------------------


def name_suffixes() -> Iterator[Case]:
    """`NAME said C.`, `"Q," said NAME.` (a final `Jr.` ends the sentence), `"Q," said NAME, ROLE at BODY.`,
    `The ROLE of BODY, NAME, said: "Q."`, `NAME, ROLE at BODY, told the PAPER that C.`, `NAME, ROLE, said C.
    "Q," SURNAME added.`, `"Q," NAME, the ROLE, said on DAY.` and `Speaking on DAY, NAME said: "Q."`"""
    combos = itertools.product(FORMS26, range(8), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 265, "ho26-suffixes"):
        k = _k(FORMS26.index(p), shape, r)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        clause = _role_c(r, k)
        day = DAYS26[k % 7]
        expects: list[Expect]
        if shape == 0:
            text, expects = f"{p.full} said {clause}.", [_i(clause, p)]
        elif shape == 1:
            text, expects = f"{qc} said {_fin(p.full)}", [_d(qc, p)]
        elif shape == 2:
            text, expects = f"{qc} said {p.full}, {_after(r)}.", [_d(qc, p, Contains(_head(r)))]
        elif shape == 3:
            text = f"The {_role(r)} of {ROLES26[r][1]}, {p.full}, said: {qs}"
            expects = [_d(qs, p, Contains(_head(r)))]
        elif shape == 4:
            text = f"{p.full}, {_after(r)}, told the {_pick(PAPERS26, k)} that {clause}."
            expects = [_that(text, clause, p, Contains(_head(r)))]
        elif shape == 5:
            text = f"{p.full}, {_role(r)}, said {clause}. {qc} {p.last} added."
            expects = [_i(clause, p, Contains(_head(r))), _d(qc, p)]
        elif shape == 6:
            text = f"{qc} {p.full}, the {_role(r)}, said on {day}."
            expects = [_d(qc, p, Contains(_head(r)))]
        else:
            text, expects = f"Speaking on {day}, {p.full} said: {qs}", [_d(qs, p)]
        yield Case("", f"ho26-suffixes-{shape}", text, expects)


# --- group 4: newly elected, appointed or named posts ----------------------------------------------


def newly_named() -> Iterator[Case]:
    """`Newly VERBED POST NAME said C.`, `The newly VERBED POST of BODY, NAME, said: "Q."`, `"Q," said
    recently VERBED POST NAME.`, `NAME, the newly VERBED POST of BODY, said C.`, `Recently VERBED POST NAME
    told the PAPER on DAY that C.`, `The newly VERBED POST, NAME, said C.`, `NAME, who was VERBED POST of
    BODY last month, said: "Q."` and `BODY's newly VERBED POST, NAME, said on DAY that C.`"""
    combos = itertools.product(PEOPLE26, range(8), ALL_MARKS26, range(len(POSTS26)))
    for p, shape, m, pi in sample(combos, 265, "ho26-newly"):
        post, body, head, verb = POSTS26[pi]
        k = _k(PEOPLE26.index(p), shape, pi)
        quote, clause = _pick(ALL_Q26, k), _pick(CLAUSES26, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        day = DAYS26[k % 7]
        title = Contains(head)
        expect: Expect
        if shape == 0:
            text, expect = f"Newly {verb} {post} {p.full} said {clause}.", _i(clause, p, title)
        elif shape == 1:
            text, expect = f"The newly {verb} {post} of {body}, {p.full}, said: {qs}", _d(qs, p, title)
        elif shape == 2:
            text, expect = f"{qc} said recently {verb} {post} {p.full}.", _d(qc, p, title)
        elif shape == 3:
            text, expect = (
                f"{p.full}, the newly {verb} {post} of {body}, said {clause}.",
                _i(clause, p, title),
            )
        elif shape == 4:
            paper = _pick(PAPERS26, k)
            text = f"Recently {verb} {post} {p.full} told the {paper} on {day} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 5:
            text, expect = f"The newly {verb} {post}, {p.full}, said {clause}.", _i(clause, p, title)
        elif shape == 6:
            text = f"{p.full}, who was {verb} {post} of {body} last month, said: {qs}"
            expect = _d(qs, p, title)
        else:
            owner = _cap(_poss(body))
            text = f"{owner} newly {verb} {post}, {p.full}, said on {day} that {clause}."
            expect = _that(text, clause, p, title)
        yield Case("", f"ho26-newly-{shape}", text, [expect])


# --- group 5: ages in apposition -----------------------------------------------------------------------


def age_appositions() -> Iterator[Case]:
    """`"Q," said the ROLE, AGE-year-old NAME.`, `"Q," said NAME, a AGE-year-old ROLE at BODY.`, `NAME, a
    AGE-year-old ROLE, said C.`, `The AGE-year-old ROLE, NAME, said: "Q."`, `"Q," said NAME, AGE, ROLE at
    BODY.`, `NAME, who is AGE and has been ROLE at BODY since 2009, said C.` and `"Q," said AGE-year-old ROLE
    NAME.`"""
    combos = itertools.product(PEOPLE26, range(7), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 260, "ho26-ages"):
        k = _k(PEOPLE26.index(p), shape, r)
        age = AGES26[k % len(AGES26)]
        quote, clause = _role_q(r, k), _role_c(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text, expect = f"{qc} said the {_role(r)}, {age}-year-old {p.full}.", _d(qc, p, title)
        elif shape == 1:
            text, expect = f"{qc} said {p.full}, {_a(age)} {_after(r)}.", _d(qc, p, title)
        elif shape == 2:
            text, expect = f"{p.full}, {_a(age)} {_role(r)}, said {clause}.", _i(clause, p, title)
        elif shape == 3:
            text, expect = f"The {age}-year-old {_role(r)}, {p.full}, said: {qs}", _d(qs, p, title)
        elif shape == 4:
            text, expect = f"{qc} said {p.full}, {age}, {_after(r)}.", _d(qc, p, title)
        elif shape == 5:
            text = f"{p.full}, who is {age} and has been {_after(r)} since 2009, said {clause}."
            expect = _i(clause, p, title)
        else:
            text, expect = f"{qc} said {age}-year-old {_role(r)} {p.full}.", _d(qc, p, title)
        yield Case("", f"ho26-ages-{shape}", text, [expect])


# --- group 6: two speakers, then a pronoun ---------------------------------------------------------


def two_speakers() -> Iterator[Case]:
    """Different genders (agreement settles): `"Q1," said A, ROLE_A. B, ROLE_B, was less sure. "Q2,"
    she/he said.`, `A and B, ROLE_B, met at BODY on DAY. "Q," she/he said.`, `A told B that C. "Q," she/he
    said.`; one gender (the subject of the previous sentence): `A walked the site with B on DAY. "Q,"
    she/he said.`, `A spoke first at the meeting. Then B, ROLE_B, stood up. "Q," she/he said.` and `A said
    C. B, ROLE_B, disagreed. "Q," she/he said.`"""
    combos = itertools.product(PEOPLE26, range(6), ALL_MARKS26, range(len(ROLES26)))
    for a, shape, m, r in sample(combos, 265, "ho26-two"):
        k = _k(PEOPLE26.index(a), shape, r)
        b = _opposite(a, k) if shape < 3 else _same(a, k)
        rb = (r + 7) % len(ROLES26)
        c1 = _role_c(r, k)
        q1, q2 = m.q(_pick(ALL_Q26, k) + ","), m.q(_pick(ALL_Q26, k + 5) + ",")
        day = DAYS26[k % 7]
        target = a if k % 2 else b
        expects: list[Expect]
        if shape == 0:
            lead = f"{q1} said {a.full}, {_role(r)}. {b.full}, {_role(rb)}, was less sure."
            text = f"{lead} {q2} {b.pronoun} said."
            expects = [_d(q1, a, Contains(_head(r))), _d(q2, b)]
        elif shape == 1:
            lead = f"{a.full} and {b.full}, {_role(rb)}, met at {ROLES26[r][1]} on {day}."
            text = f"{lead} {q1} {target.pronoun} said."
            expects = [_d(q1, target)]
        elif shape == 2:
            text = f"{a.full} told {b.full} that {c1}. {q1} {target.pronoun} said."
            expects = [_that(text, c1, a), _d(q1, target)]
        elif shape == 3:
            text = f"{a.full} walked round {ROLES26[r][1]} with {b.full} on {day}. {q1} {a.pronoun} said."
            expects = [_d(q1, a)]
        elif shape == 4:
            text = (
                f"{a.full} spoke first at the meeting on {day}. Then {b.full}, {_role(rb)}, stood up. "
                f"{q1} {b.pronoun} said."
            )
            expects = [_d(q1, b)]
        else:
            text = f"{a.full} said {c1}. {b.full}, {_role(rb)}, disagreed. {q1} {b.pronoun} said."
            expects = [_i(c1, a), _d(q1, b)]
        wrong = [
            (e.content, (b if e.speaker == _names(a) else a).full)
            for e in expects
            if e.speaker in (_names(a), _names(b))
        ]
        yield Case("", f"ho26-two-{shape}", text, expects, wrong_speakers=wrong)


# --- group 7: according to, an office ------------------------------------------------------------------


def _office(p: Person26) -> tuple[str, ...]:
    """`NAME's office` or NAME: the office speaks for its holder, and either is what a reader would give."""
    return (f"{_poss(p.full)} office", p.full)


def according_office() -> Iterator[Case]:
    """`According to NAME, ROLE at BODY, C.`, `C, according to NAME.`, `NAME's office said C.`, `A statement
    from NAME's office said C.`, `"Q," NAME's office said in a statement.`, `According to a statement from
    NAME's office, C.`, `According to NAME, "Q."` and `NAME's office told the PAPER on DAY that C.`"""
    combos = itertools.product(PEOPLE26 + S_NAMES26, range(8), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 265, "ho26-according"):
        k = _k((PEOPLE26 + S_NAMES26).index(p), shape, r)
        clause = _role_c(r, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        day = DAYS26[k % 7]
        office = _office(p)
        expect: Expect
        if shape == 0:
            text, expect = f"According to {p.full}, {_after(r)}, {clause}.", _i(clause, p, Contains(_head(r)))
        elif shape == 1:
            text, expect = f"{_cap(clause)}, according to {_fin(p.full)}", _i(_cap(clause), p)
        elif shape == 2:
            text = f"{_poss(p.full)} office said {clause}."
            expect = Expect(clause, "indirect", office)
        elif shape == 3:
            text = f"A statement from {_poss(p.full)} office said {clause}."
            expect = Expect(clause, "indirect", office)
        elif shape == 4:
            text = f"{qc} {_poss(p.full)} office said in a statement."
            expect = Expect(qc, "direct", office)
        elif shape == 5:
            text = f"According to a statement from {_poss(p.full)} office, {clause}."
            expect = Expect(clause, "indirect", office)
        elif shape == 6:
            text, expect = f"According to {p.full}, {qs}", _d(qs, p)
        else:
            text = f"{_poss(p.full)} office told the {_pick(PAPERS26, k)} on {day} that {clause}."
            expect = Expect(_one_of(text, (f"that {clause}", clause)), "indirect", office)
        yield Case("", f"ho26-according-{shape}", text, [expect])


# --- group 8: reported questions, denials and withheld speech -------------------------------------------


def questions_denials() -> Iterator[Case]:
    """`NAME asked whether C.`, `NAME, ROLE, wanted to know on DAY whether C.`, `NAME denied that C.`, `NAME,
    ROLE at BODY, flatly denied on DAY that C.`, `NAME did not deny that C, saying only: "Q."` (the
    quotation is NAME's; the negated report may or may not come out), `NAME WITHHELD.` alone (nothing is
    reported) and `NAME WITHHELD. "Q," said NAME2, ROLE.` (only NAME2's quotation)."""
    combos = itertools.product(PEOPLE26, range(7), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 260, "ho26-questions"):
        k = _k(PEOPLE26.index(p), shape, r)
        clause = _role_c(r, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        day = DAYS26[k % 7]
        exact = True
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{p.full} asked whether {clause}."
            expects = [_that(text, clause, p, word="whether")]
        elif shape == 1:
            text = f"{p.full}, {_role(r)}, wanted to know on {day} whether {clause}."
            expects = [_that(text, clause, p, Contains(_head(r)), word="whether")]
        elif shape == 2:
            text = f"{p.full} denied that {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 3:
            text = f"{p.full}, {_after(r)}, flatly denied on {day} that {clause}."
            expects = [_that(text, clause, p, Contains(_head(r)))]
        elif shape == 4:
            text = f"{p.full} did not deny that {clause}, saying only: {qs}"
            expects, exact = [_d(qs, p)], False
        elif shape == 5:
            text, expects = _pick(WITHHELD26, k).format(n=f"{p.full}, {_after(r)},"), []
        else:
            o = _other(p, k)
            text = f"{_pick(WITHHELD26, k).format(n=p.full)} {qc} said {o.full}, {_after(r)}."
            expects, wrong = [_d(qc, o, Contains(_head(r)))], [(qc, p.full)]
        if shape >= 5 and " asked " in text:
            extra, not_p = _asked(text, text[text.index(" asked ") + 1 : text.index(".")], p)
            expects, wrong = [*expects, *extra], [*wrong, *not_p]
        yield Case("", f"ho26-questions-{shape}", text, expects, exact=exact, wrong_speakers=wrong)


# --- group 9: colon credits and transcripts ------------------------------------------------------------


def colon_credits() -> Iterator[Case]:
    """A round-up of three colon credits after an introduction that reports nothing (`NAME, ROLE at BODY:
    "Q."`, `ROLE NAME: "Q."`, `NAME, AGE, from TOWN: "Q."`); a `Q:`/`A:` transcript after the interviewee
    is introduced; a transcript labelled with the surname; `NAME had one message for the council: "Q."`
    and `Asked what came next, NAME, ROLE, was brief: "Q."`"""
    combos = itertools.product(PEOPLE26, range(7), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 255, "ho26-colon"):
        k = _k(PEOPLE26.index(p), shape, r)
        day = DAYS26[k % 7]
        (q1, a1), (q2, a2) = EXCHANGES26[k % 4], EXCHANGES26[(k + 1) % 4]
        paper = _pick(PAPERS26, k)
        qs = m.q(_role_q(r, k) + ".")
        if shape == 3:
            intro = f"{p.full}, {_after(r)}, talked to the {paper} on {day}. Here is an edited extract."
            text = "\n\n".join([intro, f"Q: {q1}", f"A: {a1}", f"Q: {q2}", f"A: {a2}"])
            yield Case(
                "",
                "ho26-colon-qa",
                text,
                [_d(a1, p), _d(a2, p)],
                exact=False,
                wrong_speakers=[(q1, p.full), (q2, p.full)],
            )
            continue
        if shape == 4:
            intro = f"The {paper} spoke to {p.full}, {_after(r)}, on {day}."
            text = "\n\n".join(
                [intro, f"{paper}: {q1}", f"{p.last}: {a1}", f"{paper}: {q2}", f"{p.last}: {a2}"]
            )
            yield Case(
                "",
                "ho26-colon-labels",
                text,
                [_d(a1, p), _d(a2, p)],
                exact=False,
                wrong_speakers=[(q1, p.full), (q2, p.full)],
            )
            continue
        if shape == 5:
            text = f"{p.full}, {_after(r)}, had one message for the council on {day}: {qs}"
            yield Case("", "ho26-colon-message", text, [_d(qs, p, Contains(_head(r)))])
            continue
        if shape == 6:
            text = f"Asked what came next, {p.full}, {_role(r)}, was brief: {qs}"
            extra, not_p = _asked(text, "Asked what came next", p)
            yield Case(
                "", "ho26-colon-brief", text, [_d(qs, p, Contains(_head(r))), *extra], wrong_speakers=not_p
            )
            continue
        people = [p, _other(p, k), _other(p, k + 11)]
        roles = (r, (r + 5) % len(ROLES26), (r + 11) % len(ROLES26))
        lines: list[str] = []
        expects: list[Expect] = []
        for slot in range(3):
            who, ri = people[slot], roles[slot]
            quote = m.q(_role_q(ri, k + slot) + ".")
            form = (slot + shape) % 3
            if form == 0:
                lines.append(f"{who.full}, {_after(ri)}: {quote}")
                expects.append(_d(quote, who, Contains(_head(ri))))
            elif form == 1:
                lines.append(f"{_cap(_role(ri))} {who.full}: {quote}")
                expects.append(_d(quote, who, Contains(_head(ri))))
            else:
                age = AGES26[(k + slot) % len(AGES26)]
                lines.append(f"{who.full}, {age}, from {_pick(TOWNS26, k + slot)}: {quote}")
                expects.append(_d(quote, who))
        intro = "We asked people along the waterfront what they made of the new harbour plan."
        yield Case("", f"ho26-colon-{shape}", intro + "\n\n" + "\n\n".join(lines), expects)


# --- group 10: titles with their affiliation ---------------------------------------------------------


def titles_affiliation() -> Iterator[Case]:
    """`NAME, ROLE at BODY, said C.`, `NAME, ROLE of BODY, said: "Q."`, `"Q," said NAME, ROLE with BODY.`,
    `BODY's ROLE NAME said C.`, `NAME, LONG-TITLE at BODY, said C.`, `NAME, BODY's vice-chair, said: "Q."`,
    `ROLE NAME, of BODY, told the PAPER that C.` and `"Q," said NAME, co-founder and ROLE of BODY.`"""
    combos = itertools.product(PEOPLE26, range(8), ALL_MARKS26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 265, "ho26-titles"):
        k = _k(PEOPLE26.index(p), shape, r)
        clause = _role_c(r, k)
        quote = _role_q(r, k)
        qc, qs = m.q(quote + ","), m.q(quote + ".")
        both = Contains((_head(r), _core(r)))
        body = ROLES26[r][1]
        expect: Expect
        if shape == 0:
            text, expect = f"{p.full}, {_after(r)}, said {clause}.", _i(clause, p, both)
        elif shape == 1:
            text, expect = f"{p.full}, {_role(r)} of {body}, said: {qs}", _d(qs, p, both)
        elif shape == 2:
            text, expect = f"{qc} said {p.full}, {_role(r)} with {body}.", _d(qc, p, both)
        elif shape == 3:
            text = f"{_cap(_poss(body))} {_role(r)} {p.full} said {clause}."
            expect = _i(clause, p, Contains(_head(r)))
        elif shape == 4:
            long, heads = LONG_TITLES26[k % len(LONG_TITLES26)]
            text = f"{p.full}, {long} at {body}, said {clause}."
            expect = _i(clause, p, EitherOf(heads))
        elif shape == 5:
            text = f"{p.full}, {_poss(body)} vice-chair, said: {qs}"
            expect = _d(qs, p, Contains("vice-chair"))
        elif shape == 6:
            paper = _pick(PAPERS26, k)
            text = f"{_cap(_role(r))} {p.full}, of {body}, told the {paper} that {clause}."
            expect = _that(text, clause, p, Contains(_head(r)))
        else:
            text = f"{qc} said {p.full}, co-founder and {_role(r)} of {body}."
            expect = _d(qc, p, EitherOf(("co-founder", _head(r))))
        yield Case("", f"ho26-titles-{shape}", text, [expect])


# --- group 11: nominal anaphora ---------------------------------------------------------------------

#: Roles whose head noun is unique among these roles: (role index, the later definite reference).
NOMINAL_ROLES26 = (
    (0, "the lock keeper"),
    (1, "the warden"),
    (2, "the ropemaker"),
    (5, "the astronomer"),
    (6, "the piermaster"),
    (7, "the technician"),
    (8, "the conservator"),
    (9, "the pilot"),
    (10, "the falconer"),
    (12, "the superintendent"),
    (14, "the winemaker"),
    (15, "the coxswain"),
)


def nominal_anaphora() -> Iterator[Case]:
    """`O, ROLE_O, opened the meeting. X, AGE, ROLE_X, spoke next. "Q," the AGE-year-old said.`, `X, ROLE_X,
    showed O, ROLE_O, round on DAY. "Q," the NOUN_X said.`, `X, ROLE_X, said C. "Q," added the NOUN_X.`, `X
    is AGE_ARTICLE ROLE_X from TOWN. On DAY the AGE-year-old said C.`, `BODY hired X as its ROLE_X in 2019.
    "Q," the NOUN_X said.` and `O, ROLE_O, and X, ROLE_X, gave evidence. The NOUN_X told the panel that
    C.`"""
    combos = itertools.product(PEOPLE26, range(6), ALL_MARKS26, range(len(NOMINAL_ROLES26)))
    for x, shape, m, ni in sample(combos, 260, "ho26-nominal"):
        k = _k(PEOPLE26.index(x), shape, ni)
        o = _other(x, k)
        rx, ref_x = NOMINAL_ROLES26[ni]
        ro, _ref_o = NOMINAL_ROLES26[(ni + 1 + k % 5) % len(NOMINAL_ROLES26)]
        age, age_o = AGES26[k % len(AGES26)], AGES26[(k + 3) % len(AGES26)]
        qc = m.q(_pick(ALL_Q26, k) + ",")
        cx = _role_c(rx, k)
        day = DAYS26[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = (
                f"{o.full}, {age_o}, {_after(ro)}, opened the meeting on {day}. {x.full}, {age}, "
                f"{_role(rx)}, spoke next. {qc} the {age}-year-old said."
            )
            expects, wrong = [_d(qc, x)], [(qc, o.full)]
        elif shape == 1:
            text = f"{x.full}, {_role(rx)}, showed {o.full}, {_role(ro)}, round on {day}. {qc} {ref_x} said."
            expects, wrong = [_d(qc, x)], [(qc, o.full)]
        elif shape == 2:
            text = f"{x.full}, {_after(rx)}, said {cx}. {qc} added {ref_x}."
            expects = [_i(cx, x, Contains(_head(rx))), _d(qc, x)]
        elif shape == 3:
            town = _pick(TOWNS26, k)
            text = f"{x.full} is {_a(age)} {_role(rx)} from {town}. On {day} the {age}-year-old said {cx}."
            expects = [_i(cx, x)]
        elif shape == 4:
            text = f"{_cap(ROLES26[rx][1])} hired {x.full} as its {_role(rx)} in 2019. {qc} {ref_x} said."
            expects = [_d(qc, x)]
        else:
            text = (
                f"{o.full}, {_role(ro)}, and {x.full}, {_role(rx)}, gave evidence on {day}. "
                f"{_cap(ref_x)} told the panel that {cx}."
            )
            expects, wrong = [_that(text, cx, x)], [(cx, o.full)]
        yield Case("", f"ho26-nominal-{shape}", text, expects, wrong_speakers=wrong)


# --- group 12: datelines and bylines ---------------------------------------------------------------------


def datelines_bylines() -> Iterator[Case]:
    """`PLACE, Region (AGENCY) — NAME, ROLE at BODY, said on DAY that C.`, `PLACE (AGENCY) -- "Q," said
    NAME.`, `BYLINE\\n\\nPLACE — NAME said C.`, `PLACE, March 3 — "Q," NAME told the PAPER.`, `PLACE: NAME,
    ROLE, said: "Q."`, `BYLINE and BYLINE2\\nPLACE, Region\\n\\n"Q," said NAME.` (place and bylines never in
    a quotation or a speaker)."""
    combos = itertools.product(PEOPLE26, range(6), range(len(DATELINES26)), range(len(ALL_MARKS26)))
    for p, shape, di, mi in sample(combos, 260, "ho26-datelines"):
        k = _k(PEOPLE26.index(p), shape, di, mi)
        place, region = DATELINES26[di]
        r = k % len(ROLES26)
        clause = _role_c(r, k)
        day = DAYS26[k % 7]
        m = ALL_MARKS26[mi]
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        forbidden: tuple[str, ...] = (place,)
        expects: list[Expect]
        if shape == 0:
            agency = _pick(AGENCIES26, k)
            text = f"{place}, {region} {agency} — {p.full}, {_after(r)}, said on {day} that {clause}."
            expects = [_that(text, clause, p, Contains(_head(r)))]
        elif shape == 1:
            agency = _pick(AGENCIES26, k)
            text, expects = f"{place} {agency} -- {qc} said {p.full}.", [_d(qc, p)]
        elif shape == 2:
            byline = _pick(BYLINES26, k)
            text = f"{byline}\n\n{place} — {p.full} said {clause}."
            expects = [_i(clause, p)]
            forbidden = (place, byline.removeprefix("By "))
        elif shape == 3:
            sq = SINGLE26[mi % 2].q(_pick(APOS_Q26, k) + ",")
            text = f"{place}, March {k % 28 + 1} — {sq} {p.full} told the {_pick(PAPERS26, k)}."
            expects = [_d(sq, p)]
        elif shape == 4:
            text = f"{place}: {p.full}, {_role(r)}, said: {qs}"
            expects = [_d(qs, p, Contains(_head(r)))]
        else:
            b1, b2 = _pick(BYLINES26, k), _pick(BYLINES26, k + 1).removeprefix("By ")
            text = f"{b1} and {b2}\n{place}, {region}\n\n{qc} said {p.full}."
            expects = [_d(qc, p)]
            forbidden = (place, b1.removeprefix("By "), b2)
        yield Case("", f"ho26-datelines-{shape}", text, expects, forbidden=forbidden)


# --- group 13: marked words that are no quotation --------------------------------------------------------


def not_quotations() -> Iterator[Case]:
    """A work's title, a nickname, a so-called term or scare quotes in marks beside a real quotation:
    `NQ "Q," said NAME, ROLE at BODY.`, `"Q," NAME said on DAY. NQ`, `NQ NAME, ROLE, said: "Q."`,
    `NQ\\n\\nNAME said C.` and `NAME, known to everyone on the canal as "NICKNAME", said: "Q."` The marked
    words are no quotation (or one without a speaker); the real one is the speaker's."""
    combos = itertools.product(PEOPLE26, range(5), DOUBLE26 + SINGLE26, range(len(NON_QUOTES26)))
    for p, shape, m, ni in sample(combos, 255, "ho26-notquotes"):
        k = _k(PEOPLE26.index(p), shape, ni)
        r = k % len(ROLES26)
        nq = NON_QUOTES26[ni][0].format(o=m.open, c=m.close)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        day = DAYS26[k % 7]
        expect: Expect
        if shape == 0:
            text, expect = f"{nq} {qc} said {p.full}, {_after(r)}.", _d(qc, p, Contains(_head(r)))
        elif shape == 1:
            text, expect = f"{qc} {p.full} said on {day}. {nq}", _d(qc, p)
        elif shape == 2:
            text, expect = f"{nq} {p.full}, {_role(r)}, said: {qs}", _d(qs, p, Contains(_head(r)))
        elif shape == 3:
            clause = _role_c(r, k)
            text, expect = f"{nq}\n\n{p.full} said {clause}.", _i(clause, p)
        else:
            nq = m.q(_pick(NICKNAMES26, k))
            text = f"{p.full}, known to everyone on the canal as {nq}, said: {qs}"
            expect = _d(qs, p)
        start = text.index(nq)
        extra = _unspoken(text, start, start + len(nq))
        yield Case("", f"ho26-notquotes-{shape}", text, [expect, *extra], wrong_speakers=[(nq, p.full)])


# --- group 14: quantified and anonymous speakers -----------------------------------------------------------


def quantified_anonymous() -> Iterator[Case]:
    """`SOURCE said C.`, `"Q," SOURCE said.`, `C, SOURCE said.`, `"Q," said SOURCE.`, `According to SOURCE,
    C.` and `NAME, ROLE, declined to comment on DAY. SOURCE said C.` (never NAME's; the lead's refusal may
    come out, so the last shape does not demand that nothing else is found)."""
    combos = itertools.product(range(len(SOURCES26)), range(6), ALL_MARKS26, range(len(PEOPLE26)))
    for si, shape, m, pi in sample(combos, 310, "ho26-sources"):
        source, accepted = SOURCES26[si]
        p = PEOPLE26[pi]
        k = _k(si, shape, pi)
        r = k % len(ROLES26)
        clause = _pick(CLAUSES26, k)
        qc = m.q(_pick(ALL_Q26, k) + ",")
        day = DAYS26[k % 7]
        exact = True
        wrong: list[tuple[str, str]] = []
        expect: Expect
        if shape == 0:
            text, expect = f"{_cap(source)} said {clause}.", Expect(clause, "indirect", accepted)
        elif shape == 1:
            text, expect = f"{qc} {source} said.", Expect(qc, "direct", accepted)
        elif shape == 2:
            text, expect = f"{_cap(clause)}, {source} said.", Expect(_cap(clause), "indirect", accepted)
        elif shape == 3:
            text, expect = f"{qc} said {source}.", Expect(qc, "direct", accepted)
        elif shape == 4:
            text, expect = f"According to {source}, {clause}.", Expect(clause, "indirect", accepted)
        else:
            text = f"{p.full}, {_after(r)}, declined to comment on {day}. {_cap(source)} said {clause}."
            expect, exact, wrong = Expect(clause, "indirect", accepted), False, [(clause, p.full)]
        yield Case("", f"ho26-sources-{shape}", text, [expect], exact=exact, wrong_speakers=wrong)


# --- group 15: quotations over paragraphs, split quotations ------------------------------------------------


def long_split() -> Iterator[Case]:
    """`"Q1," NAME said. "Q2."`, `"Q1," said NAME, ROLE at BODY. "Q2."`, `"Q1," NAME said, "tail."`, `NAME,
    ROLE, said on DAY: "P1.\\n\\n"P2.\\n\\n"P3."`, `"P1.\\n\\n"P2," NAME said.` (the credit in the last
    paragraph) and `"Q1," NAME said. "Q2."\\n\\nO said C.`"""
    combos = itertools.product(PEOPLE26, range(6), DOUBLE26 + SINGLE26, range(len(ROLES26)))
    for p, shape, m, r in sample(combos, 255, "ho26-long"):
        k = _k(PEOPLE26.index(p), shape, r)
        q1 = m.q(_pick(ALL_Q26, k) + ",")
        q2 = m.q(_pick(SECOND_Q26, k) + ".")
        day = DAYS26[k % 7]
        paras = LONG_PARAS26[k % len(LONG_PARAS26)]
        o = _opposite(p, k)
        expects: list[Expect]
        if shape == 0:
            text = f"{q1} {p.full} said. {q2}"
            expects = _two_parts(text, p, q1, q2)
        elif shape == 1:
            text = f"{q1} said {p.full}, {_after(r)}. {q2}"
            expects = _two_parts(text, p, q1, q2, Contains(_head(r)))
        elif shape == 2:
            tail = m.q(_pick(TAILS26, k) + ".")
            text = f"{q1} {p.full} said, {tail}"
            expects = _two_parts(text, p, q1, tail)
        elif shape == 3:
            pieces = [f"{m.open}{paras[0]}.", f"{m.open}{paras[1]}.", f"{m.open}{paras[2]}.{m.close}"]
            text = f"{p.full}, {_role(r)}, said on {day}: " + "\n\n".join(pieces)
            expects = _paragraphs(text, pieces, p)
        elif shape == 4:
            pieces = [f"{m.open}{paras[0]}.", f"{m.open}{paras[1]},{m.close}"]
            text = "\n\n".join(pieces) + f" {p.full} said."
            expects = _paragraphs(text, pieces, p)
        else:
            clause = _pick(CLAUSES26, k)
            text = f"{q1} {p.full} said. {q2}\n\n{o.full} said {clause}."
            expects = [*_two_parts(text, p, q1, q2), _i(clause, o)]
        wrong = [(e.content, o.full) for e in expects if e.speaker == _names(p)]
        yield Case("", f"ho26-long-{shape}", text, expects, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout26.{name}", group, description, unique_texts(gen))


HELD_OUT_26 = (
    _named("open_cues", "1", '"Q," NAME purred / harrumphs NAME / chirruped when asked:', open_cues),
    _named("possessive_s", "2", "NAME' answer was; NAME' view is that; NAME' deputy, NAME2,", possessive_s),
    _named("name_suffixes", "3", "Jr., Sr., III, de la, van der, bin, al- as written", name_suffixes),
    _named(
        "newly_named", "4", "newly elected POST NAME; the newly appointed POST of BODY, NAME,", newly_named
    ),
    _named(
        "age_appositions", "5", "said the ROLE, 44-year-old NAME; NAME, an 81-year-old ROLE", age_appositions
    ),
    _named("two_speakers", "6", "two speakers then she/he: agreement, or the previous subject", two_speakers),
    _named(
        "according_office", "7", "according to NAME; NAME's office said; a statement from", according_office
    ),
    _named("questions_denials", "8", "asked whether; denied that; did not deny; withheld", questions_denials),
    _named("colon_credits", "9", "NAME, ROLE at BODY:; ROLE NAME:; Q:/A:; SURNAME:", colon_credits),
    _named(
        "titles_affiliation", "10", "ROLE at/of/with BODY; BODY's ROLE; long, hyphenated", titles_affiliation
    ),
    _named("nominal_anaphora", "11", "the AGE-year-old; the falconer; the coxswain", nominal_anaphora),
    _named("datelines_bylines", "12", "GROZNY, Russia (AP) —; MUSCAT:; two bylines", datelines_bylines),
    _named("not_quotations", "13", 'a film "Forty Fathoms of Hemp"; known as "the Owl"', not_quotations),
    _named(
        "quantified_anonymous",
        "14",
        "one official; two residents; a spokesperson who asked not to be named",
        quantified_anonymous,
    ),
    _named("long_split", "15", '"Q1," NAME said. "Q2."; paragraphs; credit in the last', long_split),
)
