"""Sixty-first held-out round: capabilities written at commit ``7cfcff62`` by a helper (``hcap67``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout61data.py``: thirty-two invented people of Norwegian,
Cornish, Jordanian, Japanese, Mexican, Ukrainian, Marathi, Hawaiian, Swedish, Scottish, Sierra Leonean,
Polish, Argentine, Welsh, Igbo and Hungarian origin, each with a gender and an age; invented weather
services, fire and emergency services, universities, journals, campaign groups, companies, countries and
their ministers, climate summits, towns, rivers and storms; quotations holding numbers and measurements,
reported clauses, study findings, warning levels, scare terms, signs, hashtags, datelines, bylines and
narrative sentences) as a round of ENVIRONMENT, WEATHER AND DISASTERS as a climate desk and a breaking-news
desk write them: every case is a short passage (one to five sentences, or an article of five or six
paragraphs) with one to three people, and every quotation checks the content (the marks and the words inside
them for a direct quotation; the reported clause, with or without its *that*, for an indirect one), the kind,
the canonical full name and, whenever the text states one, the title with `Contains` of the role noun and
each affiliation stated, with `wrong_speakers` for every other person, body, journal, river, town and outlet.

Conventions: an age, a hometown (`of Oxhollow`) and a relative clause of what happened to someone (`who fled
with her dog`, `whose house flooded`) are no title (title `None`); a body speaks as itself under its full name
(`the Caldmoor Weather Service warned`, later `the service said`); a study's finding (`The study, published in
JOURNAL, found that C`) is tolerated as the study's, its author's or no one's, and the journal is never the
speaker; unnamed speakers (`forecasters said`, `a farmer who lost her crop said`) are keyed by their noun
phrase, and plural unnamed groups are tolerated as theirs or no one's; warning levels, storm names, scare
terms, signs, placards, hashtags and titles of works in marks are no quotations and sit in no quotation;
datelines and bylines never speak and sit in no quotation. A quotation alone in its sentence right after a
report of the same paragraph (`C3 said the flood fitted a wider pattern. "Q3."`) is accepted as two quotes or
as one mixed quote of two parts (the lead's key fix after the run, as round 18's split quotations: the
convention `docs/json.md` and PolNeAR's annotators follow).

1. weather services and forecasters: `NAME, a meteorologist with BODY, said`, `BODY meteorologist NAME`, `BODY
   warned that C`, `forecasters said C`, `NAME is ROLE. "Q," she said.`, `the service said in a statement`
   (`forecasters`);
2. fire and emergency officials: `Ostry County Fire Chief NAME said at a briefing`, `incident commander NAME
   told reporters`, split quotations, a bystander resident (`fire_emergency`);
3. evacuees and residents: `NAME, 62, who fled with her dog, said`, `NAME, 47, of TOWN,`, `a farmer who lost
   her crop said`, `a retired teacher from TOWN`, a neighbour (`evacuees_residents`);
4. scientists and studies: `NAME, a glaciologist at UNIVERSITY and lead author of the study, said`, `The
   study, published in JOURNAL, found that C`, `According to the study, C`, an outside expert who was not
   involved (`scientists_studies`);
5. campaign groups: `NAME, a campaigner with BODY, said`, `BODY said in a statement`, `the group said`,
   activists at a company's gates, `called the plan "FRAG"` (`ngo_campaigners`);
6. ministers at climate talks: `Orlania's environment minister, NAME, told delegates at SUMMIT that C`, two
   ministers of different genders, `said the draft was "FRAG"` (`climate_talks`);
7. companies blamed for spills: `COMPANY said it was cooperating with investigators`, `The company said in a
   statement that C`, `a spokeswoman for COMPANY`, a fisherman on the river, `declined to say`
   (`companies_spills`);
8. warnings and alerts: `a "red" warning`, `named the storm "Berit"`, `the "once-in-a-century" flood` beside a
   quotation or none (`warnings_alerts`);
9. signs and hashtags: placards, road signs, painted walls, hashtags, a hashtag inside a post's quotation
   (`signs_hashtags`);
10. numbers and measurements inside quotations and reports: millimetres, metres, hectares, per cent, degrees,
    a fragment with a figure (`measurements`);
11. two officials of different genders with pronouns (`two_officials`);
12. datelines and bylines of the breaking-news desk (`datelines`);
13. short articles of five or six paragraphs where an official, a resident and a scientist recur by surname
    and pronoun (`articles`);
14. controls: text that reports nothing, warning levels, signs, titles of works, a scare term, `declined to
    comment`, `is expected to speak` (`controls`).

Controls inside capabilities: capabilities 1, 4, 7, 8 and 9 hold marks that are no quotations, plural groups
or refusals beside the real quotations.
"""

# The lambdas that compute a case's expected quotations are called in the iteration that defines them.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout61data import (
    CAMPAIGN_ROLES61,
    CLAUSES61,
    COMPANIES61,
    COMPANY_ROLES61,
    DATELINES61,
    DAYS61,
    EMERGENCY61,
    FINDINGS61,
    FORECASTERS61,
    HASHTAGS61,
    JOURNALS61,
    LEVELS61,
    MARKS61,
    MINISTERS61,
    NARRATIVE61,
    NGOS61,
    PEOPLE61,
    QUOTES61,
    RIVERS61,
    SCARES61,
    SCIENCE61,
    SIGNS61,
    STAFF61,
    STORM_NAMES61,
    STORMS61,
    SUMMITS61,
    TOWNS61,
    WEATHER61,
    Body61,
    Role61,
)
from heldout_kit import Mark, Person, alts, found_quote, mixed_report, one_of, span, tolerate
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import pick as _pick

# --- expectations -------------------------------------------------------------------------------------------

Who = Person | Body61 | NameSpec


def _names(who: Who) -> NameSpec:
    if isinstance(who, Person):
        return (who.full,)
    if isinstance(who, Body61):
        return (who.name,)
    return who


def _t(parts: Sequence[str]) -> Contains:
    return Contains(tuple(parts))


def _d(content: str, who: Who, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    kind = "person" if isinstance(who, Person) else ANY
    return Expect(content, "direct", _names(who), title, kind, occurrence=occurrence)


def _r(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`... said (that) C`: the report with or without its conjunction."""
    kind = "person" if isinstance(who, Person) else ANY
    return Expect(one_of(text, (f"that {clause}", clause)), "indirect", _names(who), title, kind)


def _mx(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    return mixed_report(text, clause, _names(who), title)


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body, journal or place its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = (
            set() if spec is None else {_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in spec}
        )
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout61.{name}", group, description, unique_texts(gen))


# --- fillers ------------------------------------------------------------------------------------------------


def _qt(n: int) -> str:
    return QUOTES61[n % len(QUOTES61)]


def _cl(n: int) -> str:
    return CLAUSES61[n % len(CLAUSES61)]


def _combos(shapes: int, seed: str, n: int = 250) -> list[tuple[Person, int, Mark, int]]:
    combos = list(itertools.product(PEOPLE61, range(shapes), MARKS61, range(2)))
    return sample(combos, n, seed)


def _kk(a: Person, s: int, m: Mark, r: int) -> int:
    return _k(PEOPLE61.index(a), s, MARKS61.index(m), r)


def _other(a: Person, step: int, *, opp: bool = True, avoid: Sequence[Person] = ()) -> Person:
    """Another person of another culture (of the other gender when *opp*), none of *avoid*."""
    pool = [
        p
        for p in PEOPLE61
        if p.culture != a.culture
        and p not in avoid
        and (p.gender != a.gender if opp else p.gender == a.gender)
    ]
    return pool[step % len(pool)]


def _fit(role: Role61, p: Person) -> Role61:
    """*role* with the spokes-word of *p*'s gender."""
    old, new = ("spokesman", "spokeswoman") if p.gender == "f" else ("spokeswoman", "spokesman")
    return Role61(
        role.after.replace(old, new),
        role.before.replace(old, new),
        tuple(x.replace(old, new) for x in role.parts),
        role.short.replace(old, new),
    )


def _body_of(role: Role61) -> str:
    """The last part of a role (its body), for `wrong_speakers`."""
    return role.parts[-1] if len(role.parts) > 1 else ""


def _others(*roles: Role61) -> list[str]:
    return [b for r in roles if (b := _body_of(r))]


def _split(text: str, q1: str, q2: str, a: Person, t: TitleSpec) -> list[Expect]:
    """`"Q1," said FULL, ROLE. "Q2."`: two quotations, or one split quotation from Q1 to Q2 (key fix: the
    README accepts a split quotation read either way)."""
    whole = text[text.index(q1) : text.index(q2) + len(q2)]
    return alts(text, [_d(q1, a, t), _d(q2, a, t)], [_d(whole, a, t)])


def _qc(m: Mark, n: int) -> str:
    """A quotation with its comma inside (`"Q,"`)."""
    return m.q(_qt(n) + ",")


def _qs(m: Mark, n: int) -> str:
    """A quotation with its stop inside (`"Q."`)."""
    return m.q(_qt(n) + ".")


#: Every titled role of the round (for the measurements, two officials and datelines).
ALL_ROLES61 = (*FORECASTERS61, *EMERGENCY61, *SCIENCE61)


def _weather_body(role: Role61) -> Body61:
    for b in WEATHER61:
        if b.name.removeprefix("the ") in role.parts:
            return b
    return WEATHER61[0]


# --- 1. forecasters -----------------------------------------------------------------------------------------


def forecasters() -> Iterator[Case]:
    """Weather services and forecasters: `"Q," said FULL, ROLE.`, `FULL, ROLE, said that C.`, `"Q," BEFORE
    FULL told reporters.`, `BODY warned that C. "Q," said FULL, ROLE.`, `Forecasters said C. FULL, ROLE,
    said: "Q."`, `FULL is ROLE. "Q," she said.`, `BODY issued a flood warning for RIVER. "Q," the service
    said in a statement.`. Key: the person's words with the title; the body's words the body's; `forecasters`
    theirs or no one's."""
    for a, s, m, r in _combos(7, "ho61-fc", 250):
        k = _kk(a, s, m, r)
        ra = FORECASTERS61[k % len(FORECASTERS61)]
        body = _weather_body(ra)
        t = _t(ra.parts)
        q, qs, c = _qc(m, k), _qs(m, k + 1), _cl(k)
        river, day = _pick(RIVERS61, k), _pick(DAYS61, k)
        others: list[str] = [*_others(ra), river]
        if s == 0:
            text = f"{q} said {a.full}, {ra.after}."
            expects = [_d(q, a, t)]
        elif s == 1:
            text = f"{a.full}, {ra.after}, said on {day} that {c}."
            expects = [_r(text, c, a, t)]
        elif s == 2 and ra.before:
            text = f"{q} {ra.before} {a.full} told reporters."
            expects = [_d(q, a, t)]
        elif s == 2:
            text = f"{a.full}, {ra.after}, told reporters: {qs}"
            expects = [_d(qs, a, t)]
        elif s == 3:
            text = f"{_cap(body.name)} warned that {c}. {q} said {a.full}, {ra.after}."
            expects = [_r(text, c, body), _d(q, a, t)]
            others = [river]
        elif s == 4:
            region = f"Forecasters said {c}."
            text = f"{region} {a.full}, {ra.after}, said: {qs}"
            expects = [*tolerate(text, region, ("forecasters",)), _d(qs, a, t)]
        elif s == 5:
            text = f"{a.full} is {ra.after}. {q} {a.pronoun} said."
            expects = [_d(q, a, t)]
        else:
            text = (
                f"{_cap(body.name)} issued a flood warning for {river} on {day}. "
                f"{q} the {body.short.removeprefix('the ')} said in a statement."
            )
            expects = [_d(q, body)]
            others = [river, "statement"]
        yield _case(f"ho61-fc-{s}", text, expects, (a,), others)


# --- 2. fire and emergency ----------------------------------------------------------------------------------


def fire_emergency() -> Iterator[Case]:
    """Fire and emergency officials: `BEFORE FULL said at a briefing on DAY that C.`, `"Q," said FULL, ROLE,
    told reporters at the command post.`, `FULL, ROLE, said C.` (no *that*), `"Q1," said FULL, ROLE. "Q2."`,
    `OTHER, a resident of TOWN, watched from the road. "Q," FULL, ROLE, said.`. Key: the official's words with
    the title; the resident never the speaker."""
    for a, s, m, r in _combos(6, "ho61-fire", 250):
        k = _kk(a, s, m, r)
        ra = _fit(EMERGENCY61[k % len(EMERGENCY61)], a)
        t = _t(ra.parts)
        b = _other(a, k)
        q, qs, q2, c = _qc(m, k), _qs(m, k), _qs(m, k + 3), _cl(k + 1)
        day, town = _pick(DAYS61, k), _pick(TOWNS61, k)
        people: tuple[Person, ...] = (a,)
        if s == 0 and ra.before:
            text = f"{_cap(ra.before)} {a.full} said at a briefing on {day} that {c}."
            expects = [_r(text, c, a, t)]
        elif s == 0:
            text = f"{a.full}, {ra.after}, said at a briefing on {day} that {c}."
            expects = [_r(text, c, a, t)]
        elif s == 1:
            text = f"{a.full}, {ra.after}, told reporters at the command post: {qs}"
            expects = [_d(qs, a, t)]
        elif s == 2:
            text = f"{a.full}, {ra.after}, said {c}."
            expects = [_r(text, c, a, t)]
        elif s == 3:
            text = f"{q} said {a.full}, {ra.after}. {q2}"
            expects = _split(text, q, q2, a, t)
        elif s == 4:
            text = f"{b.full}, a resident of {town}, watched from the road. {q} {a.full}, {ra.after}, said."
            expects = [_d(q, a, t)]
            people = (a, b)
        else:
            lead = f"{_cap(ra.before)} {a.full}" if ra.before else f"{a.full}, {ra.after},"
            text = f"{lead} told reporters on {day} that {c}. {q} {a.pronoun} said."
            expects = [_r(text, c, a, t), _d(q, a, t)]
        yield _case(f"ho61-fire-{s}", text, expects, people, [*_others(ra), town])


# --- 3. evacuees and residents ------------------------------------------------------------------------------

_TRADES = ("farmer", "shopkeeper", "fisherman", "café owner", "bus driver")
_LOSSES = (
    "who lost her whole crop",
    "whose shop flooded twice this year",
    "who lost his boat in the storm",
    "who stayed behind to fight the fire",
    "whose route was cut by the landslide",
)


def evacuees_residents() -> Iterator[Case]:
    """Evacuees and residents: `"Q," said FULL, AGE, who fled with her dog.`, `FULL, AGE, of TOWN, said:
    "Q."`, `"Q," said a TRADE WHO near TOWN.`, `FULL, a retired teacher from TOWN, said that C.`, `FULL, AGE,
    spent the night at the school gym. "Q," she said.`, `"Q," said FULL, whose house in TOWN flooded ...`,
    `"Q1," said FULL, AGE. Her neighbour, OTHER, said that C.`. Key: ages, hometowns and what befell someone
    are no title (title None); a retired teacher's title holds *teacher*; an unnamed trade speaks under its
    noun phrase."""
    for a, s, m, r in _combos(7, "ho61-res", 250):
        k = _kk(a, s, m, r)
        q, qs, c = _qc(m, k + 2), _qs(m, k + 4), _cl(k + 2)
        town = _pick(TOWNS61, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        if s == 0:
            text = f"{q} said {a.full}, {a.age}, who fled with {a.poss} dog."
            expects = [_d(q, a, None)]
        elif s == 1:
            text = f"{a.full}, {a.age}, of {town}, said: {qs}"
            expects = [_d(qs, a, None)]
        elif s == 2:
            i = k % len(_TRADES)
            trade, loss = _TRADES[i], _LOSSES[i]
            text = f"{q} said a {trade} {loss} near {town}."
            accepted = (
                trade,
                f"{trade} {loss}",
                f"a {trade} {loss} near {town}",
                f"{trade} {loss} near {town}",
            )
            expects = [_d(q, accepted)]
        elif s == 3:
            text = f"{a.full}, a retired teacher from {town}, said that {c}."
            expects = [_r(text, c, a, _t(("teacher",)))]
        elif s == 4:
            text = f"{a.full}, {a.age}, spent the night at the {town} school gym. {q} {a.pronoun} said."
            expects = [_d(q, a, None)]
        elif s == 5:
            text = f"{q} said {a.full}, whose house in {town} flooded for the second time in five years."
            expects = [_d(q, a, None)]
        else:
            kin = "Her" if a.gender == "f" else "His"
            text = f"{q} said {a.full}, {a.age}. {kin} neighbour, {b.full}, said that {c}."
            expects = [_d(q, a, None), _r(text, c, b)]
            people = (a, b)
        yield _case(f"ho61-res-{s}", text, expects, people, [town])


# --- 4. scientists and studies ------------------------------------------------------------------------------


def _study_ok(a: Person) -> tuple[str, ...]:
    return (a.full, "the study", "study", "a study", "the research", "researchers", "the researchers")


def scientists_studies() -> Iterator[Case]:
    """Scientists and studies: `"Q," said FULL, ROLE.`, `The study, published in JOURNAL, found that F. "Q,"
    said FULL, ROLE.`, `FULL, ROLE, said the findings showed that F.`, `According to the study, published on
    DAY in JOURNAL, F. FULL, ROLE, said: "Q."`, `OTHER, ROLE2 who was not involved in the study, said that
    C.`, `BEFORE FULL said C.`. Key: the scientist's words with the title; a finding the study's, its
    author's or no one's; the journal never the speaker."""
    for a, s, m, r in _combos(6, "ho61-sci", 250):
        k = _kk(a, s, m, r)
        ra = SCIENCE61[k % len(SCIENCE61)]
        t = _t(ra.parts)
        b = _other(a, k)
        rb = SCIENCE61[2 + (k % 3)]
        journal = _pick(JOURNALS61, k)
        f = _pick(FINDINGS61, k)
        q, qs, c = _qc(m, k), _qs(m, k + 1), _cl(k)
        day = _pick(DAYS61, k)
        people: tuple[Person, ...] = (a,)
        others = [journal, *_others(ra)]
        if s == 0:
            text = f"{q} said {a.full}, {ra.after}."
            expects = [_d(q, a, t)]
        elif s == 1:
            region = f"The study, published in {journal}, found that {f}."
            text = f"{region} {q} said {a.full}, {ra.after}."
            expects = [*tolerate(text, region, _study_ok(a)), _d(q, a, t)]
        elif s == 2:
            clause = f"the findings showed that {f}"
            text = f"{a.full}, {ra.after}, said {clause}."
            expects = [_r(text, clause, a, t)]
        elif s == 3:
            region = f"According to the study, published on {day} in {journal}, {f}."
            text = f"{region} {a.full}, {ra.after}, said: {qs}"
            expects = [*tolerate(text, region, _study_ok(a)), _d(qs, a, t)]
        elif s == 4:
            text = (
                f"{q} said {a.full}, {ra.after}. {b.full}, {rb.after} who was not involved in the study, "
                f"said that {c}."
            )
            expects = [_d(q, a, t), _r(text, c, b, _t(rb.parts))]
            people = (a, b)
            others.append(_body_of(rb))
        elif ra.before:
            text = f"{ra.before} {a.full} said {f}."
            expects = [_r(text, f, a, t)]
        else:
            text = f"{a.full}, {ra.after}, told reporters: {qs}"
            expects = [_d(qs, a, t)]
        yield _case(f"ho61-sci-{s}", text, expects, people, others)


# --- 5. campaign groups -------------------------------------------------------------------------------------

_FRAGS = ("a licence to pollute", "too little, far too late", "a death sentence for the marshes", "greenwash")


def _crole(n: int, a: Person) -> tuple[str, str]:
    """A campaign role before a body, fitted to *a*'s gender, and the role noun a title must hold."""
    role = CAMPAIGN_ROLES61[n % len(CAMPAIGN_ROLES61)]
    if "spokesman" in role and a.gender == "f":
        role = role.replace("spokesman", "spokeswoman")
    noun = {0: "campaigner", 1: "director", 2: "spokes", 3: "policy adviser"}[n % len(CAMPAIGN_ROLES61)]
    return role, noun


def ngo_campaigners() -> Iterator[Case]:
    """Campaign groups: `"Q," said FULL, ROLE BODY.`, `BODY said in a statement that C.`, `BODY said in a
    statement: "Q."`, `FULL, ROLE BODY, said that C. "Q," the group said.`, `Activists from BODY blocked the
    gates of COMPANY. "Q," said FULL, ROLE the group.`, `FULL, ROLE BODY, called the plan "FRAG".`. Key: the
    person's words with the role and the body; the body's words the body's; the company never the speaker."""
    for a, s, m, r in _combos(6, "ho61-ngo", 275):
        k = _kk(a, s, m, r)
        ngo = _pick(NGOS61, k)
        co = _pick(COMPANIES61, k)
        role, noun = _crole(k, a)
        t = _t((noun, ngo.name.removeprefix("the ")))
        q, qs, c = _qc(m, k), _qs(m, k + 2), _cl(k + 3)
        day = _pick(DAYS61, k)
        others = [co.name, ngo.name]
        if s == 0:
            text = f"{q} said {a.full}, {role} {ngo.name}."
            expects = [_d(q, a, t)]
        elif s == 1:
            text = f"{_cap(ngo.name)} said in a statement on {day} that {c}."
            expects = [_r(text, c, ngo)]
        elif s == 2:
            text = f"{_cap(ngo.name)} said in a statement: {qs}"
            expects = [_d(qs, ngo)]
        elif s == 3:
            text = f"{a.full}, {role} {ngo.name}, said that {c}. {q} {ngo.short} said."
            expects = [_r(text, c, a, t), _d(q, ngo)]
        elif s == 4:
            text = (
                f"Activists from {ngo.name} blocked the gates of {co.name} on {day}. "
                f"{q} said {a.full}, {role} the group."
            )
            expects = [_d(q, a, _t((noun,)))]
        else:
            frag = m.q(_pick(_FRAGS, k))
            text = f"{a.full}, {role} {ngo.name}, called the plan {frag}."
            expects = [
                _seg(text, ((f"the plan {frag}", ("mixed",)), (frag, ("direct", "mixed"))), a, t),
            ]
        yield _case(f"ho61-ngo-{s}", text, expects, (a,), others)


def _seg(text: str, options: Sequence[tuple[str, tuple[str, ...]]], who: Who, title: TitleSpec) -> Expect:
    """One of several equally right segmentations (the first quotex found, else the first)."""
    for content, kinds in options:
        found = found_quote(text, content)
        if found is not None:
            kind = found.kind.value if found.kind.value in kinds else kinds[0]
            return Expect(content, kind, _names(who), title)
    content, kinds = options[0]
    return Expect(content, kinds[0], _names(who), title)


# --- 6. climate talks ---------------------------------------------------------------------------------------

_DRAFT_FRAGS = (
    "a betrayal of the islands",
    "weaker than anything we saw last year",
    "a step, but a small one",
)


def climate_talks() -> Iterator[Case]:
    """Ministers at climate talks: `MIN, FULL, told delegates at SUMMIT that C.`, `"Q," MIN FULL told
    delegates.`, `FULL, MIN, said: "Q."`, `FULL, MIN, said C. OTHER, MIN2, disagreed. "Q," she said.`,
    `Speaking on the final day of SUMMIT, MIN FULL said the draft was "FRAG".`, `MIN, FULL, arrived late.
    "Q," he said in a speech to the plenary.`. Key: the minister's words with the post and the country;
    delegates never speak."""
    for a, s, m, r in _combos(6, "ho61-cop", 250):
        k = _kk(a, s, m, r)
        post, parts = MINISTERS61[k % len(MINISTERS61)]
        post2, parts2 = MINISTERS61[(k + 2) % len(MINISTERS61)]
        t, t2 = _t(parts), _t(parts2)
        b = _other(a, k)
        summit = _pick(SUMMITS61, k)
        q, qs, c = _qc(m, k + 5), _qs(m, k + 6), _cl(k + 4)
        day = _pick(DAYS61, k)
        people: tuple[Person, ...] = (a,)
        others = ["delegates", parts[-1], summit]
        if s == 0:
            text = f"{_cap(post)}, {a.full}, told delegates at {summit} that {c}."
            expects = [_r(text, c, a, t)]
        elif s == 1:
            text = f"{q} {post} {a.full} told delegates."
            expects = [_d(q, a, t)]
        elif s == 2:
            text = f"{a.full}, {post}, said at {summit}: {qs}"
            expects = [_d(qs, a, t)]
        elif s == 3:
            text = f"{a.full}, {post}, said {c}. {b.full}, {post2}, disagreed. {q} {b.pronoun} said."
            expects = [_r(text, c, a, t), _d(q, b, t2)]
            people = (a, b)
            others.append(parts2[-1])
        elif s == 4:
            frag = m.q(_pick(_DRAFT_FRAGS, k))
            clause = f"the draft was {frag}"
            text = f"Speaking on the final day of {summit}, {post} {a.full} said {clause}."
            expects = [_mx(text, clause, a, t)]
        else:
            text = (
                f"{_cap(post)}, {a.full}, arrived late on {day}. "
                f"{q} {a.pronoun} said in a speech to the plenary."
            )
            expects = [_d(q, a, t)]
        yield _case(f"ho61-cop-{s}", text, expects, people, others)


# --- 7. companies and spills --------------------------------------------------------------------------------

_CO_QUOTES = (
    "We shut the line within 20 minutes of the alarm",
    "We are cooperating fully with the regulator",
    "Every barrel that reached the water will be recovered",
    "Our own divers have been at the outfall since dawn",
)
_CO_CLAUSES = (
    "it was cooperating with investigators",
    "it had shut the valve within an hour",
    "the leak had been contained on Tuesday night",
    "it would pay for the clean-up in full",
)


def companies_spills() -> Iterator[Case]:
    """Companies blamed for spills: `COMPANY said it was cooperating with investigators.`, `"Q," said FULL,
    ROLE COMPANY.`, `Oil from a pipeline owned by COMPANY reached RIVER. The company said in a statement that
    C.`, `FULL, ROLE COMPANY, said C. OTHER, who fishes on RIVER, said: "Q."`, `COMPANY, which operates the
    TOWN refinery, said in a statement: "Q."`, `FULL, ROLE COMPANY, declined to say how much oil had
    leaked.`. Key: the company's words the company's; the river, the town and the regulator never speak."""
    for a, s, m, r in _combos(6, "ho61-co", 340):
        k = _kk(a, s, m, r)
        co = _pick(COMPANIES61, k)
        role = _pick(COMPANY_ROLES61, k)
        if a.gender == "f":
            role = role.replace("spokesman", "spokeswoman")
        else:
            role = role.replace("spokeswoman", "spokesman")
        noun = role.split(" ", 1)[1].split(" for")[0].split(" of")[0].split(" at")[0]
        t = _t((noun, co.name))
        b = _other(a, k)
        cq = m.q(_pick(_CO_QUOTES, k) + ",")
        cqs = m.q(_pick(_CO_QUOTES, k + 1) + ".")
        cc = _pick(_CO_CLAUSES, k)
        q = _qs(m, k + 11)
        river, town, day = _pick(RIVERS61, k), _pick(TOWNS61, k), _pick(DAYS61, k)
        people: tuple[Person, ...] = (a,)
        others = [river, town]
        if s == 0:
            text = f"{co.name} said {cc}."
            expects = [_r(text, cc, co)]
        elif s == 1:
            text = f"{cq} said {a.full}, {role} {co.name}."
            expects = [_d(cq, a, t)]
            others.append(co.name)
        elif s == 2:
            text = (
                f"Oil from a ruptured pipeline owned by {co.name} reached {river} on {day}. "
                f"The company said in a statement that {cc}."
            )
            expects = [_r(text, cc, co)]
        elif s == 3:
            text = f"{a.full}, {role} {co.name}, said {cc}. {b.full}, who fishes on {river}, said: {q}"
            expects = [_r(text, cc, a, t), _d(q, b, None)]
            people = (a, b)
            others.append(co.name)
        elif s == 4:
            text = f"{co.name}, which operates the {town} refinery, said in a statement: {cqs}"
            expects = [_d(cqs, co)]
        else:
            region = f"{a.full}, {role} {co.name}, declined to say how much oil had leaked."
            text = f"{region} {b.full}, a resident of {town}, said: {q}"
            expects = [*tolerate(text, region, (a.full,)), _d(q, b, None)]
            people = (a, b)
            others.append(co.name)
        yield _case(f"ho61-co-{s}", text, expects, people, others)


# --- 8. warnings and alerts ---------------------------------------------------------------------------------


def warnings_alerts() -> Iterator[Case]:
    """Warning levels, storm names and scare terms in marks: `BODY issued a "red" warning for TOWN on DAY.`
    (nothing), `BODY named the storm "Berit" on DAY. "Q," said FULL, ROLE.`, `The "once-in-a-century" flood of
    2019 left the bridge standing. FULL, ROLE, said that C.`, `A "red" warning remained in force. "Q," said
    FULL, ROLE.`, `The service upgraded its alert to "red" on DAY.` (nothing), `Storm "Berit" made landfall
    near TOWN. FULL, ROLE, said: "Q."`. Key: the marked level, name or term is no quotation and sits in
    none."""
    for a, s, m, r in _combos(6, "ho61-warn", 250):
        k = _kk(a, s, m, r)
        ra = _fit(ALL_ROLES61[k % len(ALL_ROLES61)], a)
        t = _t(ra.parts)
        body = _pick(WEATHER61, k)
        level = m.q(_pick(LEVELS61, k))
        name = m.q(_pick(STORM_NAMES61, k))
        scare = m.q(_pick(SCARES61, k))
        q, qs, c = _qc(m, k + 7), _qs(m, k + 8), _cl(k + 5)
        town, day = _pick(TOWNS61, k), _pick(DAYS61, k)
        others = [*_others(ra), body.name, town]
        expects: list[Expect]
        if s == 0:
            text = f"{_cap(body.name)} issued a {level} warning for {town} on {day}."
            expects, bad = [], level
        elif s == 1:
            text = f"{_cap(body.name)} named the storm {name} on {day}. {q} said {a.full}, {ra.after}."
            expects, bad = [_d(q, a, t)], name
        elif s == 2:
            text = (
                f"The {scare} flood of 2019 left the {town} bridge standing. "
                f"{a.full}, {ra.after}, said that {c}."
            )
            expects, bad = [_r(text, c, a, t)], scare
        elif s == 3:
            text = f"A {level} warning, the highest level, remained in force. {q} said {a.full}, {ra.after}."
            expects, bad = [_d(q, a, t)], level
        elif s == 4:
            text = f"{_cap(body.name)} upgraded its alert for {town} to {level} on {day}."
            expects, bad = [], level
        else:
            text = (
                f"Storm {name} made landfall near {town} shortly after midnight. "
                f"{a.full}, {ra.after}, said: {qs}"
            )
            expects, bad = [_d(qs, a, t)], name
        yield _case(f"ho61-warn-{s}", text, expects, (a,), others, forbidden=(bad,))


# --- 9. signs and hashtags ----------------------------------------------------------------------------------


def signs_hashtags() -> Iterator[Case]:
    """Signs and hashtags: `A sign reading "SIGN" blocked the road into TOWN.` (nothing), `Protesters held
    placards reading "SIGN". "Q," said FULL, ROLE BODY.`, `Residents shared videos under the hashtag #TAG.
    "Q," said FULL, AGE, of TOWN.`, `Spray-painted on the sea wall were the words "SIGN".` (nothing), `The
    banner on the town hall read "SIGN".` (no speaker, or none), `FULL posted on DAY: "Q #TAG"`. Key: signs
    and hashtags are no quotations; a post's quotation keeps its hashtag."""
    for a, s, m, r in _combos(6, "ho61-sign", 250):
        k = _kk(a, s, m, r)
        sign = m.q(_pick(SIGNS61, k))
        tag = _pick(HASHTAGS61, k)
        ngo = _pick(NGOS61, k)
        role, noun = _crole(k, a)
        q, qs = _qc(m, k + 9), _qs(m, k + 10)
        town, day = _pick(TOWNS61, k), _pick(DAYS61, k)
        others = [town, ngo.name]
        forbidden: tuple[str, ...] = (sign,)
        expects: list[Expect]
        if s == 0:
            text = f"A sign reading {sign} blocked the road into {town} on {day}."
            expects = []
        elif s == 1:
            text = (
                f"Protesters held placards reading {sign} outside the {town} town hall. "
                f"{q} said {a.full}, {role} {ngo.name}."
            )
            expects = [_d(q, a, _t((noun, ngo.name.removeprefix("the "))))]
        elif s == 2:
            text = f"Residents shared videos under the hashtag {tag}. {q} said {a.full}, {a.age}, of {town}."
            expects = [_d(q, a, None)]
            forbidden = ()
        elif s == 3:
            text = f"Spray-painted on the sea wall at {town} were the words {sign}."
            expects = []
        elif s == 4:
            region = f"The banner on the {town} town hall read {sign}."
            text = f"{region} {a.full}, {a.age}, said: {qs}"
            expects = [*tolerate(text, region), _d(qs, a, None)]
            forbidden = ()
        else:
            post = m.q(f"{_qt(k + 12)}. {tag}")
            text = f"{a.full}, {role} {ngo.name}, posted on social media on {day}: {post}"
            expects = [_d(post, a, _t((noun, ngo.name.removeprefix("the "))))]
            forbidden = ()
        yield _case(f"ho61-sign-{s}", text, expects, (a,), others, forbidden=forbidden)


# --- 10. measurements ---------------------------------------------------------------------------------------

_NUM_QUOTES = tuple(q for q in QUOTES61 if any(ch.isdigit() for ch in q))
_NUM_CLAUSES = tuple(c for c in (*CLAUSES61, *FINDINGS61) if any(ch.isdigit() for ch in c))
_NUM_FRAGS = (
    "by 2.3 metres in nine hours",
    "faster than at any time since 1911",
    "close to 60 per cent of the catchment",
    "about 4,500 hectares",
)
_SCENES = (
    "was at the river gauge at dawn",
    "walked the fire line on Tuesday",
    "checked the rain gauges on the ridge",
    "spoke beside a flooded pumping station",
)


def measurements() -> Iterator[Case]:
    """Numbers and measurements inside quotations: `FULL, ROLE, SCENE. "Q," she said.`, `"Q1," said FULL,
    ROLE. "Q2."`, `FULL, ROLE, said C.` (a clause with a figure), `FULL, ROLE, said the river had risen "FRAG"
    overnight.`, `FULL, ROLE, said: "Q."`, `"Q," FULL said on DAY, adding that C.`. Key: figures, decimals,
    commas in thousands and per cent stay inside the content; the title as stated."""
    for a, s, m, r in _combos(6, "ho61-num", 250):
        k = _kk(a, s, m, r)
        ra = _fit(ALL_ROLES61[k % len(ALL_ROLES61)], a)
        t = _t(ra.parts)
        nq = m.q(_pick(_NUM_QUOTES, k) + ",")
        nqs = m.q(_pick(_NUM_QUOTES, k + 3) + ".")
        nc = _pick(_NUM_CLAUSES, k)
        day = _pick(DAYS61, k)
        if s == 0:
            text = f"{a.full}, {ra.after}, {_pick(_SCENES, k)}. {nq} {a.pronoun} said."
            expects = [_d(nq, a, t)]
        elif s == 1:
            text = f"{nq} said {a.full}, {ra.after}. {nqs}"
            expects = _split(text, nq, nqs, a, t)
        elif s == 2:
            text = f"{a.full}, {ra.after}, said {nc}."
            expects = [_r(text, nc, a, t)]
        elif s == 3:
            clause = f"the river had risen {m.q(_pick(_NUM_FRAGS, k))} overnight"
            text = f"{a.full}, {ra.after}, said {clause}."
            expects = [_mx(text, clause, a, t)]
        elif s == 4:
            text = f"{a.full}, {ra.after}, said: {nqs}"
            expects = [_d(nqs, a, t)]
        else:
            text = f"{a.full} is {ra.after}. {nq} {a.last} said on {day}, adding that {nc}."
            expects = [_d(nq, a, t), _r(text, nc, a, t)]
        yield _case(f"ho61-num-{s}", text, expects, (a,), _others(ra))


# --- 11. two officials --------------------------------------------------------------------------------------


def two_officials() -> Iterator[Case]:
    """Two officials of different genders with pronouns: `A, RA, said C1. B, RB, said C2. "Q," B-PRON added.`,
    `"Q1," said A, RA. B, RB, was more cautious. "Q2," B-PRON said.`, `A, RA, briefed reporters alongside B,
    RB. "Q," A-PRON said.`, `A, RA, and B, RB, toured the flooded streets on DAY. A-PRON said C.`, `After B,
    RB, spoke, A, RA, said: "Q." B-PRON had earlier said that C.`. Key: each pronoun its own gender's
    official, with that official's title."""
    for a, s, m, r in _combos(5, "ho61-two", 250):
        k = _kk(a, s, m, r)
        ra = _fit(ALL_ROLES61[k % len(ALL_ROLES61)], a)
        b = _other(a, k + 1)
        rb = _fit(ALL_ROLES61[(k + 5) % len(ALL_ROLES61)], b)
        if rb.short == ra.short:
            rb = _fit(ALL_ROLES61[(k + 7) % len(ALL_ROLES61)], b)
        ta, tb = _t(ra.parts), _t(rb.parts)
        q, q2 = _qc(m, k), _qc(m, k + 4)
        qs = _qs(m, k + 2)
        c1, c2 = _cl(k), _cl(k + 6)
        day = _pick(DAYS61, k)
        if s == 0:
            text = f"{a.full}, {ra.after}, said {c1}. {b.full}, {rb.after}, said {c2}. {q} {b.pronoun} added."
            expects = [_r(text, c1, a, ta), _r(text, c2, b, tb), _d(q, b, tb)]
        elif s == 1:
            text = (
                f"{q} said {a.full}, {ra.after}. {b.full}, {rb.after}, was more cautious. "
                f"{q2} {b.pronoun} said."
            )
            expects = [_d(q, a, ta), _d(q2, b, tb)]
        elif s == 2:
            text = (
                f"{a.full}, {ra.after}, briefed reporters alongside {b.full}, {rb.after}. "
                f"{q} {a.pronoun} said."
            )
            expects = [_d(q, a, ta)]
        elif s == 3:
            text = (
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, toured the flooded streets on {day}. "
                f"{_cap(a.pronoun)} said {c1}."
            )
            expects = [_r(text, c1, a, ta)]
        else:
            text = (
                f"After {b.full}, {rb.after}, spoke, {a.full}, {ra.after}, said: {qs} "
                f"{_cap(b.pronoun)} had earlier said that {c2}."
            )
            expects = [_d(qs, a, ta), _r(text, c2, b, tb)]
        yield _case(f"ho61-two-{s}", text, expects, (a, b), _others(ra, rb))


# --- 12. datelines ------------------------------------------------------------------------------------------


def _place(dateline: str) -> str:
    return dateline.split(",", maxsplit=1)[0].split(" \u2014", maxsplit=1)[0].strip()


def _agency(dateline: str) -> str | None:
    if "(" in dateline:
        return dateline.split("(", maxsplit=1)[1].split(")", maxsplit=1)[0]
    return None


def datelines() -> Iterator[Case]:
    """Datelines and bylines: `DATELINE FULL, ROLE, said on DAY that C.`, `DATELINE BODY warned that C.`,
    `DATELINE "Q," said FULL, ROLE.`, `By STAFF / DATELINE NARRATIVE "Q," BEFORE FULL said.`, `DATELINE
    Thousands fled TOWN as RIVER burst its banks. FULL, ROLE, said: "Q."`. Key: the dateline's place and
    agency and the byline's name never speak and sit in no quotation."""
    for a, s, m, r in _combos(5, "ho61-dl", 250):
        k = _kk(a, s, m, r)
        ra = _fit(ALL_ROLES61[(k + 2) % len(ALL_ROLES61)], a)
        t = _t(ra.parts)
        dl = _pick(DATELINES61, k)
        place = _place(dl)
        agency = _agency(dl)
        staff = _pick(STAFF61, k)
        body = _pick(WEATHER61, k)
        q, qs, c = _qc(m, k + 1), _qs(m, k + 13), _cl(k + 7)
        town, river, day = _pick(TOWNS61, k + 1), _pick(RIVERS61, k), _pick(DAYS61, k)
        others = [*_others(ra), place, staff, *([agency] if agency else [])]
        forbidden = [place, *([agency] if agency else [])]
        if s == 0:
            text = f"{dl}{a.full}, {ra.after}, said on {day} that {c}."
            expects = [_r(text, c, a, t)]
        elif s == 1:
            text = f"{dl}{_cap(body.name)} warned that {c}."
            expects = [_r(text, c, body)]
        elif s == 2:
            text = f"{dl}{q} said {a.full}, {ra.after}."
            expects = [_d(q, a, t)]
        elif s == 3:
            lead = f"{_cap(ra.before)} {a.full} said." if ra.before else f"said {a.full}, {ra.after}."
            text = _article(f"By {staff}", f"{dl}{_pick(NARRATIVE61, k)} {q} {lead}")
            expects = [_d(q, a, t)]
            forbidden.append(staff)
        else:
            text = (
                f"{dl}Thousands fled {town} on {day} as {river} burst its banks. "
                f"{a.full}, {ra.after}, said: {qs}"
            )
            expects = [_d(qs, a, t)]
            others += [town, river]
        yield _case(f"ho61-dl-{s}", text, expects, (a,), others, forbidden=forbidden)


# --- 13. articles -------------------------------------------------------------------------------------------


def _article_case(a: Person, b: Person, c3: Person, *, s: int, m: Mark, k: int) -> Case:
    """One article: an official A (titled), a resident B (age only) and, in half of them, a scientist C3."""
    ra = _fit(_pick((*FORECASTERS61, *EMERGENCY61), k), a)
    rc = SCIENCE61[k % len(SCIENCE61)]
    ta, tc = _t(ra.parts), _t(rc.parts)
    river, town, day = _pick(RIVERS61, k), _pick(TOWNS61, k), _pick(DAYS61, k)
    storm = _pick(STORMS61, k)
    q1, q2, q3, q4 = _qc(m, k), _qc(m, k + 3), _qs(m, k + 6), _qc(m, k + 9)
    c1, c2 = _cl(k + 1), _cl(k + 8)
    f = _pick(FINDINGS61, k)
    frag = m.q(_pick(("like the sky had split open", "waist-deep in minutes", "black as night by noon"), k))
    lead = (
        f"{_cap(river)} burst its banks in {town} on {day} as {storm} stalled over the hills, "
        "forcing hundreds of people from their homes."
    )
    if s % 2 == 0:
        lead = f"{_pick(DATELINES61, k)}{lead}"
    p2 = f"{q1} said {a.full}, {ra.after}, at a briefing in the {town} library."
    p3 = f"{a.last} said {c1}."
    clause = f"the water came up {frag}"
    p4 = f"{b.full}, {b.age}, who left with {b.poss} two children, said {clause}."
    p5 = f"{q2} {b.pronoun} said. {_cap(b.pronoun)} said {c2}."
    p6 = f"{q4} {a.last} said."
    sci = f"{c3.full}, {rc.after}, said the flood fitted a wider pattern. {q3}"
    people: tuple[Person, ...] = (a, b)
    if s < 2:
        text = _article(lead, p2, p3, p4, p5, p6)
        expects = [
            _d(q1, a, ta),
            _r(text, c1, a, ta),
            _mx(text, clause, b, None),
            _d(q2, b, None),
            _r(text, c2, b, None),
            _d(q4, a, ta),
        ]
    else:
        text = _article(lead, p2, p4, p5, sci, p6)
        # (the lead's key fix: a quotation alone in its sentence right after a report of the same
        # paragraph may go on as the report's second part, one mixed quote, as PolNeAR marks it)
        found = "the flood fitted a wider pattern"
        joined = Expect(span(text, found, q3), "mixed", _names(c3), tc, "person")
        expects = [
            _d(q1, a, ta),
            _mx(text, clause, b, None),
            _d(q2, b, None),
            _r(text, c2, b, None),
            *alts(text, [_r(text, found, c3, tc), _d(q3, c3, tc)], [joined]),
            _d(q4, a, ta),
        ]
        people = (a, b, c3)
    del f
    others = [river, town, *_others(ra)]
    forbidden = [_place(DATELINES61[k % len(DATELINES61)])] if s % 2 == 0 else []
    return _case(f"ho61-art-{s}", text, expects, people, others, forbidden=forbidden)


def articles() -> Iterator[Case]:
    """Articles of five or six paragraphs: a lead (with a dateline in half), `"Q1," said A, ROLE, at a
    briefing.`, `SURNAME said C.`, `B, AGE, who left with her two children, said the water came up "FRAG".`,
    `"Q2," she said. She said C2.`, in half a scientist `C, ROLE, said C3. "Q3."`, and `"Q4," SURNAME said.`.
    Key: each surname and pronoun its own person's, the official's title carried to every later quotation,
    the resident's title None."""
    for a, s, m, r in _combos(4, "ho61-art", 250):
        k = _kk(a, s, m, r)
        b = _other(a, k)
        c3 = _other(a, k + 3, opp=False, avoid=(b,))
        yield _article_case(a, b, c3, s=s, m=m, k=k)


# --- 14. controls -------------------------------------------------------------------------------------------

_WORKS = ("The Year the Dallow Rose", "Ash Summer", "After the Water", "Ninety Days of Smoke")


def controls() -> Iterator[Case]:
    """Controls: narrative only; `BODY issued a "LEVEL" warning` and `the "SCARE" flood` with no speaker; a
    sign; a documentary's title; `FULL, ROLE, declined to comment.` (no quotation, or FULL's); `FULL, ROLE,
    is expected to address residents on DAY.` (no quotation, or none's); `FULL, ROLE, toured the damage.`; a
    hashtag; a real quotation after a scare term. Key: nothing is reported unless someone speaks."""
    for a, s, m, r in _combos(9, "ho61-ctl", 310):
        k = _kk(a, s, m, r)
        ra = _fit(ALL_ROLES61[k % len(ALL_ROLES61)], a)
        t = _t(ra.parts)
        who = f"{a.full}, {ra.after},"
        body = _pick(WEATHER61, k)
        town, day = _pick(TOWNS61, k), _pick(DAYS61, k)
        nar, nar2 = _pick(NARRATIVE61, k), _pick(NARRATIVE61, k + 1)
        level, scare, sign = m.q(_pick(LEVELS61, k)), m.q(_pick(SCARES61, k)), m.q(_pick(SIGNS61, k))
        work = m.q(_pick(_WORKS, k))
        qs = _qs(m, k + 5)
        forbidden: tuple[str, ...] = ()
        expects: list[Expect]
        if s == 0:
            text = f"{nar} {nar2}"
            expects = []
        elif s == 1:
            text = f"{nar} {_cap(body.name)} issued a {level} warning for {town}."
            expects, forbidden = [], (level,)
        elif s == 2:
            text = f"Volunteers put up a sign reading {sign} at the edge of {town}. {nar}"
            expects, forbidden = [], (sign,)
        elif s == 3:
            text = f"A documentary, {work}, about the floods in {town} opens on {day}."
            expects, forbidden = [], (work,)
        elif s == 4:
            text = _article(nar, f"{who} declined to comment.")
            expects = tolerate(text, "declined to comment", (a.full,))
        elif s == 5:
            region = f"{who} is expected to address residents in {town} on {day}."
            text = region
            expects = tolerate(text, region)
        elif s == 6:
            text = f"{who} toured the damage in {town} on {day}. {nar}"
            expects = []
        elif s == 7:
            text = (
                f"Photos of the flooded high street in {town} spread under {_pick(HASHTAGS61, k)} overnight."
            )
            expects = []
        else:
            art = "an" if _pick(SCARES61, k)[0] in "aeiou" else "a"
            text = f"Nobody in {town} had seen {art} {scare} storm before. {who} said: {qs}"
            expects, forbidden = [_d(qs, a, t)], (scare,)
        yield _case(
            f"ho61-ctl-{s}", text, expects, (a,), [*_others(ra), town, body.name], forbidden=forbidden
        )


HELD_OUT_61 = (
    _named(
        "forecasters",
        "6",
        "NAME, a meteorologist with BODY; the service warned; forecasters said; the service's statement",
        forecasters,
    ),
    _named(
        "fire_emergency",
        "6",
        "Fire Chief NAME said at a briefing; incident commander NAME told reporters; a bystander",
        fire_emergency,
    ),
    _named(
        "evacuees_residents",
        "2",
        "NAME, 62, who fled with her dog; NAME, 47, of TOWN; a farmer who lost her crop; a neighbour",
        evacuees_residents,
    ),
    _named(
        "scientists_studies",
        "5",
        "a glaciologist at UNI and lead author; the study, published in JOURNAL, found; an outside expert",
        scientists_studies,
    ),
    _named(
        "ngo_campaigners",
        "5",
        "a campaigner with BODY; the group said in a statement; called the plan FRAG",
        ngo_campaigners,
    ),
    _named(
        "climate_talks",
        "6",
        "the environment minister, NAME, told delegates; two ministers; said the draft was FRAG",
        climate_talks,
    ),
    _named(
        "companies_spills",
        "5",
        "the company said it was cooperating; a spokeswoman for COMPANY; declined to say",
        companies_spills,
    ),
    _named(
        "warnings_alerts",
        "8",
        'a "red" warning; Storm "Berit"; the "once-in-a-century" flood',
        warnings_alerts,
    ),
    _named(
        "signs_hashtags",
        "8",
        "placards, road signs, painted walls, hashtags, a post's hashtag",
        signs_hashtags,
    ),
    _named(
        "measurements",
        "1",
        "millimetres, metres, hectares, per cent and degrees inside quotations",
        measurements,
    ),
    _named("two_officials", "4", "two officials of different genders with pronouns", two_officials),
    _named("datelines", "7", "TOWN, Country (Agency) - datelines and bylines", datelines),
    _named("articles", "4", "articles of five or six paragraphs: surnames and pronouns recur", articles),
    _named(
        "controls", "8", "reports nothing; levels, signs, works, scare terms, declined to comment", controls
    ),
)
