"""Seventy-sixth held-out round: capabilities written at commit ``fa7bd471`` by a helper (``hcap82``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout76data.py``: thirty invented ministers, governors, mayors,
police chiefs, emergency chiefs, prosecutors, executives and spokespeople of Taravian, Colombian, Igbo,
English, Swedish, Nigerien, Japanese, Hungarian, Portuguese, Algerian, Yoruba, Dutch, Czech, Tamil,
Norwegian, Serbian, Polish, Welsh, Senegalese, Italian, German, Romanian, Marathi and Scottish origin, each
with a gender and an age; fourteen officials' roles with their country, province, city, service or company;
nine ministries, police forces, services and one-word companies that speak in statements; four agencies;
four state outlets; datelines, editorial notes and headlines; quotations, reported clauses, casualty and
evacuation clauses, pointed fragments, split quotations, operation names, nicknames, scare terms, slogans,
vessel names and narrative sentences) as a round of WIRE COPY, BREAKING NEWS AND AGENCY UPDATES as a news
agency writes them: every case is a short passage (one to five sentences, or a short article) with one to
three people, and every quotation checks the content (the marks and the words inside them for a direct
quotation; the reported clause, with or without its *that*, for an indirect one; the clause with its marked
fragment, or the fragment alone, for a mixed one), the kind, the canonical full name and, whenever the text
states one, the title with `Contains` of the role noun and each affiliation stated, with `wrong_speakers` for
every other person, body, agency, state outlet and document.

Conventions: a dateline (`CITY, Month Day (Agency) -`), an editor's note in brackets, a headline with no
report verb and a reporting line (`(Reporting by NAME; Editing by NAME)`) are no quotation, and the dateline
and the agency are in no quotation and no speaker; the agency a person talks to (`told Northwire`, `said in a
statement emailed to Northwire`) and a state outlet that quotes a person (`Tarpress quoted NAME as saying`,
`NAME was quoted by state television as saying`) never speak the person's words. A ministry, police force,
service or company speaks its own statement (the key accepts its name with or without *the* and, for a
ministry, with its country); `according to a statement from BODY` is the body's. The words of an unnamed
speaker (`a source familiar with the matter`, `two officials ... on condition of anonymity`, `one diplomat`,
`an aide to NAME`) are accepted with no speaker or with a speaker whose name holds the description's head
noun, never a named person of the passage; an unnamed spokesperson of a body (`a spokeswoman for BODY said`)
is accepted with no speaker, the description or the body. A report fronted before its credit (`At least 14
people were killed, NAME said.`) is the reported clause from its first word, its first letter as written. A
relative clause (`who speaks for BODY`) states no title, so the title is checked only where a role is
stated in apposition, before the name or as the possessive of a body. A quotation left uncredited in the
paragraph after one speaker's quotation (stacked wire paragraphs) is tolerated as that speaker's or as no
one's, never another's. A split quotation, or two quotations of one speaker with a credit between them, may
come out as two quotations or as one span with its credit inside. Words a translation or an interpreter
carries are the speaker's, never the interpreter's nor the translating body's; a bracketed insertion inside
the marks is part of the quotation.

Key fixes after the one run (no case weakened): in `pronouns` (two people each saying one line, then
`"C," HE added.`) the added quotation repeated the first line's words, so it now adds a line of its own; in
`articles` the talks story and the police story could repeat one quotation in two paragraphs, and now never
do. No expected speaker, title, kind or span was changed; every other failure of the first run is quotex's
and stays a failing case. Later, on main, three shapes were brought into line with the conventions earlier
rounds keep (PolNeAR annotates all three; none weakens a speaker): *declined to comment* is tolerated as the
decliner's report or none (spokespeople, stacked paragraphs, controls: 66 cases); *NAME was expected to
visit the area* is tolerated as a report with no speaker (27); and *NAME said C, according to X* (a state
outlet, or *a transcript seen by Agency*) also accepts X's report of the whole saying, as PolNeAR keys a
record of a saying (32).

1. datelines: `CITY, Month Day (Agency) - ROLE NAME said on DAY that C.`, `NAME, ROLE, said on DAY: "C."`, a
   fronted clause, `told Agency`, a body, `according to NAME, ROLE`, a headline and an editor's note above
   the dateline, a statement and a later surname credit (`datelines`);
2. talking to the agency: `told Agency`, `said in a statement emailed to Agency`, `told Agency by telephone
   from TOWN`, `in an emailed response to questions from Agency`, `told Agency in an interview`, `told
   Agency's correspondent`, `speaking to Agency`, a body's statement emailed to the agency (`told_agency`);
3. anonymous sources: `C, a source familiar with the matter said.`, `two officials told Agency on condition
   of anonymity`, `A senior official at BODY said, speaking on condition of anonymity, that C.`, `said one
   diplomat, who asked not to be named`, a source about a named person, `According to two people familiar
   with the talks`, a named official and an anonymous one, `an aide to NAME` (`anonymous_sources`);
4. statements of bodies: `BODY said in a statement that C.`, `In a statement, BODY said:`, a fronted clause,
   `said in a statement emailed to Agency`, `According to a statement from BODY`, `BODY did not respond to
   a request for comment`, an unnamed spokeswoman, `BODY called X "F"` (`body_statements`);
5. named spokespeople: `NAME, a spokeswoman for BODY,`, `BODY spokesman NAME said:`, `said NAME, a
   spokesperson for BODY`, `who speaks for BODY`, `BODY's spokeswoman, NAME,`, a spokesman declining to
   comment, a statement then its spokesperson, `NAME, spokesman for BODY, told a news conference`
   (`spokespeople`);
6. state media and transcripts: `STATE quoted NAME as saying: "C."`, `quoted NAME, ROLE, as saying that C`,
   `NAME was quoted by STATE as saying`, `In remarks carried by STATE`, `NAME said C, according to STATE.`,
   `STATE quoted an unnamed official as saying`, `according to a transcript released by BODY`, `according to
   a transcript seen by Agency` (`state_media`);
7. translated remarks: `said through an interpreter:`, `told reporters through an interpreter`, `Speaking
   in LANGUAGE, NAME said that C.`, `said in remarks translated by Agency:`, `according to a translation
   provided by BODY`, a bracketed insertion, a named interpreter, `In comments broadcast on STATE`
   (`translated_remarks`);
8. rolling casualty and evacuation reports: `At least 14 people were killed, NAME, ROLE, said.`, `The death
   toll rose to N, according to NAME`, `BODY said N people had been evacuated`, a quotation as the toll
   climbs, `BODY said in its latest update`, `Officials said`, `called the toll "F"`, a toll nobody reports
   (`casualty_updates`);
9. updates and corrections: an editor's note above the story, `SURNAME added later`, `In a later statement,
   NAME said`, `NAME later told reporters:`, `The toll was later revised to N, NAME said.`, a correction
   note naming the person, `UPDATE 2-` headlines, a reporting line with reporters' names (`updates`);
10. one-line quotes stacked in short paragraphs: three paragraphs of one speaker, two officials alternating
    by surname, a report then a quotation by pronoun, an uncredited paragraph after a quotation, two people
    of one gender by surname, `was more cautious:`, two sentences of quotation in one paragraph, a pronoun
    then another official's report (`stacked_quotes`);
11. pronouns across two or three people of both genders, and of one gender where only one can be meant
    (`added` after the speaker's own report), the third only by surname (`pronouns`);
12. second references: by surname, by the role's short form (`the minister added`), by another official's
    role, by age, by `the spokeswoman`, titles before the name, `SURNAME, who took office in 2021, added:`
    (`second_refs`);
13. cue verbs and credit shapes: `insisted/warned/conceded/stressed/acknowledged that`, `"C," NAME
    warned.`, `"C," added NAME, ROLE.`, `wrote on X:`, `posted on Telegram:`, split quotations, colon credits
    (`was blunt:`), `wrote in a letter to BODY:` (`cue_verbs`);
14. short wire stories of four paragraphs: a flood (a body's lede, an official, an unnamed spokeswoman), a
    company outage (a company statement, its chief executive, an analyst's report), talks reported by state
    media (a minister, a counterpart quoted by state television, a source), a police incident (a named
    spokesman by pronoun and a reporting line) (`articles`);
15. controls: operation names, nicknames, scare terms, banners' slogans, vessel names and campaigns in marks
    where nobody speaks, narrative that reports nothing, `declined to comment`, reporting lines, and one real
    quotation beside an operation name (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, named, sample, unique_texts
from heldout76data import (
    AGENCIES76,
    ALLMARKS76,
    BODIES76,
    CASUALTIES76,
    CITIES76,
    CLAUSES76,
    DASHES76,
    DATES76,
    DAYS76,
    FRAGS76,
    HEADLINES76,
    LANGUAGES76,
    NARRATIVE76,
    NICKS76,
    NOTES76,
    OPERATIONS76,
    PEOPLE76,
    QUOTES76,
    ROLES76,
    SCARE76,
    SLOGANS76,
    SPLITS76,
    STATEMEDIA76,
    TOWNS76,
    VESSELS76,
    Body76,
    Role76,
)
from heldout_kit import Mark, Person, alts, found_quote, one_of, other_person, tolerate
from heldout_kit import article as _article
from heldout_kit import bare_name as _bare
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import keyed_case as _case
from heldout_kit import mixed_report as _mixed
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import report as _report
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that

# --- shared helpers -----------------------------------------------------------------------------------------


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE76, p, step, gender=gender, avoid=avoid)


def _t(parts: tuple[str, ...]) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _qt(n: int) -> str:
    return QUOTES76[n % len(QUOTES76)]


def _qt_not(n: int, avoid: int) -> str:
    """The *n*-th quotation, or the next one when it is the *avoid*-th (no passage repeats a quotation)."""
    return _qt(n + 1) if (n - avoid) % len(QUOTES76) == 0 else _qt(n)


def _cl(n: int) -> str:
    return CLAUSES76[n % len(CLAUSES76)]


def _role(n: int) -> Role76:
    return ROLES76[n % len(ROLES76)]


def _role2(n: int, taken: Role76) -> Role76:
    for step in range(len(ROLES76)):
        role = ROLES76[(n + 5 + step) % len(ROLES76)]
        if role.short != taken.short:
            return role
    raise ValueError("no second role")


def _body(n: int) -> Body76:
    return BODIES76[n % len(BODIES76)]


def _spokes(p: Person, n: int) -> str:
    """A spokesperson's noun: gendered or not."""
    return p.kin("spokeswoman", "spokesman") if n % 3 else "spokesperson"


def _bnames(b: Body76) -> tuple[str, ...]:
    """The names a key accepts for a body: as written, without its article, and the others it lists."""
    return (b.name, b.name.removeprefix("the "), *b.accepted)


def _bposs(b: Body76) -> str:
    return f"{b.name}'" if b.name.endswith("s") else f"{b.name}'s"


def _dateline(n: int) -> str:
    """`CITY, Month Day (Agency) - ` as an agency writes it."""
    return f"{_pick(CITIES76, n)}, {_pick(DATES76, n)} ({_pick(AGENCIES76, n)}){_pick(DASHES76, n)}"


def _nested(text: str, sources: Sequence[str]) -> Expect:
    """`NAME said C, according to X.` read as PolNeAR annotates it: X's report of the whole saying."""
    return Expect(text[: text.index(", according to")], "indirect", tuple(sources))


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout76.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS76, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE76, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE76.index(p), shape, r)


def _unnamed(text: str, content: str, kind: str, heads: Sequence[str]) -> Expect:
    """An unnamed speaker's quotation: accepted with no speaker, or with a speaker whose name holds one of
    *heads* (the description's head noun, or the body an unnamed spokesperson speaks for)."""
    q = found_quote(text, content)
    if q is not None and q.speaker is not None and any(h.lower() in q.speaker.name.lower() for h in heads):
        return Expect(content, kind, (q.speaker.name,))
    return Expect(content, kind, None)


def _unnamed_that(text: str, clause: str, heads: Sequence[str]) -> Expect:
    """`... said (that) C` by an unnamed speaker: the report with or without its conjunction."""
    return _unnamed(text, one_of(text, (f"that {clause}", clause)), "indirect", heads)


def _body_that(text: str, clause: str, b: Body76) -> Expect:
    return _that(text, clause, _bnames(b))


# --- 1. datelines -------------------------------------------------------------------------------------------


def datelines() -> Iterator[Case]:
    """`CITY, Month Day (Agency) - ROLE NAME said on DAY that C.`, `DL NAME, ROLE, said on DAY: "C."`, `DL C,
    NAME, ROLE, said on DAY.` (a fronted report), `DL "C," NAME told Agency on DAY.`, `DL BODY said on DAY
    that C.`, `DL C, according to NAME, ROLE.`, a headline above the dateline, an editor's note above it, `DL
    NAME, ROLE, said in a statement that C. "C," SURNAME told reporters later.` Key: the official (with ROLE
    where stated) or the body; the dateline in no quotation and no speaker; the agency never speaks."""
    for a, shape, m, r in sample(_combos(9), 240, "ho76-datelines"):
        k = _slot(a, shape, r)
        dl = _dateline(k)
        agency = _pick(AGENCIES76, k)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS76, k)
        b = _body(k)
        others: list[str] = [agency]
        if shape == 0:
            text = f"{dl}{role.pre} {a.full} said on {day} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text, ex = f"{dl}{a.full}, {role.after}, said on {day}: {qs}", [_d(qs, a, t)]
        elif shape == 2:
            text = f"{dl}{_cap(c)}, {a.full}, {role.after}, said on {day}."
            ex = [_report(_cap(c), a, t)]
        elif shape == 3:
            text, ex = f"{dl}{q} {a.full} told {agency} on {day}.", [_d(q, a)]
        elif shape == 4:
            text = f"{dl}{_cap(b.name)} said on {day} that {c}."
            ex = [_body_that(text, c, b)]
        elif shape == 5:
            text = f"{dl}{_cap(c)}, according to {a.full}, {role.after}."
            ex = [_report(_cap(c), a, t)]
        elif shape == 6:
            text = _article(_pick(HEADLINES76, k), f"{dl}{a.full}, {role.after}, said on {day}: {qs}")
            ex = [_d(qs, a, t)]
        elif shape == 7:
            text = _article(_pick(NOTES76, k), f"{dl}{role.pre} {a.full} said on {day} that {c}.")
            ex = [_that(text, c, a, t)]
        else:
            text = _article(
                f"{dl}{a.full}, {role.after}, said in a statement that {c}.",
                f"{q} {a.last} told reporters later.",
            )
            ex = [_that(text, c, a, t), _d(q, a, t)]
        if shape != 4:
            others.append(b.name)
        yield _case(f"ho76-datelines-{shape}", text, ex, (a,), others, forbidden=(dl.strip(),))


# --- 2. talking to the agency -------------------------------------------------------------------------------


def told_agency() -> Iterator[Case]:
    """`"C," NAME, ROLE, told Agency.`, `NAME said in a statement emailed to Agency that C.`, `NAME told
    Agency by telephone from TOWN: "C."`, `In an emailed response to questions from Agency, NAME said C.`,
    `NAME told Agency in an interview on DAY that C.`, `"C," NAME told Agency's correspondent in TOWN.`,
    `Speaking to Agency on DAY, NAME, ROLE, said: "C."`, `BODY said in a statement emailed to Agency: "C."`
    Key: the person (with ROLE where stated) or the body; the agency never."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-agency"):
        k = _slot(a, shape, r)
        agency = _pick(AGENCIES76, k + 1)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day, town = _pick(DAYS76, k), _pick(TOWNS76, k)
        b = _body(k)
        others: list[str] = [agency, f"{agency}'s correspondent"]
        if shape == 0:
            text, ex = f"{q} {a.full}, {role.after}, told {agency}.", [_d(q, a, t)]
        elif shape == 1:
            text = f"{a.full} said in a statement emailed to {agency} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 2:
            text, ex = f"{a.full} told {agency} by telephone from {town}: {qs}", [_d(qs, a)]
            others.append(town)
        elif shape == 3:
            text = f"In an emailed response to questions from {agency}, {a.full}, {role.after}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"{a.full} told {agency} in an interview on {day} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            text, ex = f"{q} {a.full} told {agency}'s correspondent in {town}.", [_d(q, a)]
            others.append(town)
        elif shape == 6:
            text = f"Speaking to {agency} on {day}, {a.full}, {role.after}, said: {qs}"
            ex = [_d(qs, a, t)]
        else:
            text = f"{_cap(b.name)} said in a statement emailed to {agency}: {qs}"
            ex = [_d(qs, _bnames(b))]
        yield _case(f"ho76-agency-{shape}", text, ex, (a,) if shape != 7 else (), others)


# --- 3. anonymous sources -----------------------------------------------------------------------------------


def anonymous_sources() -> Iterator[Case]:
    """`C, a source familiar with the matter said.`, `C, two officials told Agency on condition of anonymity
    because they were not authorised to speak to the media.`, `A senior official at BODY said, speaking on
    condition of anonymity, that C.`, `"C," said one diplomat, who asked not to be named.`, `NAME is expected
    to resign within days, a source close to POSS office said.`, `According to two people familiar with the
    talks, C.`, `NAME, ROLE, said that C. But an official who spoke on condition of anonymity said C2.`, `"C,"
    an aide to NAME told Agency on condition of anonymity.` Key: the unnamed speaker's words with no speaker
    or the description; never the named person, the body or the agency."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-anon"):
        k = _slot(a, shape, r)
        agency = _pick(AGENCIES76, k)
        role = _role(k)
        t = _t(role.parts)
        q = m.q(_qt(k) + ",")
        c, c2 = _cl(k), _cl(k + 7)
        b = _body(k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [agency, b.name]
        if shape == 0:
            text = f"{_cap(c)}, a source familiar with the matter said."
            ex = [_unnamed(text, _cap(c), "indirect", ("source",))]
            people = ()
        elif shape == 1:
            text = (
                f"{_cap(c)}, two officials told {agency} on condition of anonymity because they were not "
                "authorised to speak to the media."
            )
            ex = [_unnamed(text, _cap(c), "indirect", ("official",))]
            people = ()
        elif shape == 2:
            text = f"A senior official at {b.name} said, speaking on condition of anonymity, that {c}."
            ex = [_unnamed_that(text, c, ("official",))]
            people = ()
        elif shape == 3:
            text = f"{q} said one diplomat, who asked not to be named."
            ex = [_unnamed(text, q, "direct", ("diplomat",))]
            people = ()
        elif shape == 4:
            clause = f"{a.full} is expected to resign within days"
            text = f"{clause}, a source close to {a.poss} office said."
            ex = [_unnamed(text, clause, "indirect", ("source",))]
        elif shape == 5:
            text = f"According to two people familiar with the talks, {c}."
            ex = [_unnamed(text, c, "indirect", ("people", "two"))]
            people = ()
        elif shape == 6:
            text = (
                f"{a.full}, {role.after}, said that {c}. But an official who spoke on condition of anonymity "
                f"said {c2}."
            )
            ex = [_that(text, c, a, t), _unnamed_that(text, c2, ("official",))]
        else:
            text = f"{q} an aide to {a.full} told {agency} on condition of anonymity."
            ex = [_unnamed(text, q, "direct", ("aide",))]
        yield _case(f"ho76-anon-{shape}", text, ex, people, others)


# --- 4. statements of bodies --------------------------------------------------------------------------------


def body_statements() -> Iterator[Case]:
    """`BODY said in a statement that C.`, `In a statement, BODY said: "C."`, `C, BODY said in a statement on
    DAY.`, `"C," BODY said in a statement emailed to Agency.`, `According to a statement from BODY, C.`, `NAME
    said C. BODY did not respond to a request for comment.`, `A spokeswoman for BODY said C.`, `BODY called
    OBJ "F" in a statement.` Key: the body (or, for the unnamed spokeswoman, no speaker, the description or
    the body); the agency never; NAME only NAME's own report."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-bodies"):
        k = _slot(a, shape, r)
        b = _body(k + shape)
        agency = _pick(AGENCIES76, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS76, k)
        bn = _bnames(b)
        people: tuple[Person, ...] = ()
        others: list[str] = [agency]
        if shape == 0:
            text = f"{_cap(b.name)} said in a statement that {c}."
            ex = [_body_that(text, c, b)]
        elif shape == 1:
            text, ex = f"In a statement, {b.name} said: {qs}", [_d(qs, bn)]
        elif shape == 2:
            text = f"{_cap(c)}, {b.name} said in a statement on {day}."
            ex = [_report(_cap(c), bn)]
        elif shape == 3:
            text, ex = f"{q} {b.name} said in a statement emailed to {agency}.", [_d(q, bn)]
        elif shape == 4:
            text = f"According to a statement from {b.name}, {c}."
            ex = [_report(c, bn)]
        elif shape == 5:
            text = f"{a.full} said {c}. {_cap(b.name)} did not respond to a request for comment."
            ex, people = [_that(text, c, a)], (a,)
            others.append(b.name)
        elif shape == 6:
            sp = _spokes(a, k)
            text = f"A {sp} for {b.name} said {c}."
            ex = [_unnamed_that(text, c, ("spokes", *(_bare(n) for n in bn)))]
        else:
            obj, frag = _pick(FRAGS76, k)
            text = f"{_cap(b.name)} called {obj} {m.q(frag)} in a statement."
            ex = [_called(text, obj, m.q(frag), bn)]
        yield _case(f"ho76-bodies-{shape}", text, ex, people, others)


# --- 5. named spokespeople ----------------------------------------------------------------------------------


def spokespeople() -> Iterator[Case]:
    """`NAME, a SPOKES for BODY, said C.`, `BODY SPOKES NAME said: "C."`, `"C," said NAME, a SPOKES for
    BODY.`, `NAME, who speaks for BODY, told Agency that C.` (no title), `NAME, BODY's SPOKES, said in an
    email that C.`, `NAME, a SPOKES for BODY, declined to comment on the report. OTHER said C.`, `BODY said in
    a statement that C. NAME, a SPOKES for the NOUN, added: "C."`, `NAME, SPOKES for BODY, told a news
    conference on DAY: "C."` Key: the spokesperson with the noun and the body as stated; the body never speaks
    the spokesperson's words, nor the spokesperson the body's statement or OTHER's report."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-spokes"):
        k = _slot(a, shape, r)
        b = _body(k)
        sp = _spokes(a, k)
        t = _t((sp, b.core))
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, c2 = _cl(k), _cl(k + 4)
        agency = _pick(AGENCIES76, k)
        day = _pick(DAYS76, k)
        o = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [b.name, agency]
        if shape == 0:
            text = f"{a.full}, a {sp} for {b.name}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text, ex = f"{b.pre} {sp} {a.full} said: {qs}", [_d(qs, a, t)]
        elif shape == 2:
            text, ex = f"{q} said {a.full}, a {sp} for {b.name}.", [_d(q, a, t)]
        elif shape == 3:
            text = f"{a.full}, who speaks for {b.name}, told {agency} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{a.full}, {_bposs(b)} {sp}, said in an email that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"{a.full}, a {sp} for {b.name}, declined to comment on the report. {o.full} said {c}."
            ex, people = (
                [_that(text, c, o), *tolerate(text, "declined to comment on the report", (a.full,))],
                (a, o),
            )
        elif shape == 6:
            said = f"{_cap(b.name)} said in a statement that {c2}."
            text = f"{said} {a.full}, a {sp} for the {b.noun}, added: {qs}"
            ex = [_body_that(text, c2, b), _d(qs, a, _t((sp,)))]
            others = [agency]
        else:
            text = f"{a.full}, {sp} for {b.name}, told a news conference on {day}: {qs}"
            ex = [_d(qs, a, t)]
        yield _case(f"ho76-spokes-{shape}", text, ex, people, others)


# --- 6. state media and transcripts -------------------------------------------------------------------------


def state_media() -> Iterator[Case]:
    """`STATE quoted NAME as saying: "C."`, `STATE quoted NAME, ROLE, as saying that C.`, `NAME was quoted by
    STATE as saying C.`, `In remarks carried by STATE on DAY, NAME said: "C."`, `NAME said C, according to
    STATE.`, `STATE quoted an unnamed official as saying C.`, `According to a transcript released by BODY,
    NAME told the committee: "C."`, `NAME told a closed-door hearing that C, according to a transcript seen by
    Agency.` Key: NAME (with ROLE where stated), or the unnamed official with no speaker or the description;
    the outlet, the body, the transcript and the agency never."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-state"):
        k = _slot(a, shape, r)
        s = _pick(STATEMEDIA76, k)
        role = _role(k)
        t = _t(role.parts)
        qs = m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS76, k)
        b = _body(k)
        agency = _pick(AGENCIES76, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [*s.names, agency, "transcript", "a transcript"]
        if shape == 0:
            text, ex = f"{s.subject} quoted {a.full} as saying: {qs}", [_d(qs, a)]
        elif shape == 1:
            text = f"{s.subject} quoted {a.full}, {role.after}, as saying that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"{a.full} was quoted by {s.by} as saying {c}."
            ex = [_that(text, c, a)]
        elif shape == 3:
            text, ex = f"In remarks carried by {s.by} on {day}, {a.full} said: {qs}", [_d(qs, a)]
        elif shape == 4:
            text = f"{a.full} said {c}, according to {s.by}."
            ex = alts(text, [_that(text, c, a)], [_nested(text, s.names)])
        elif shape == 5:
            text = f"{s.subject} quoted an unnamed official as saying {c}."
            ex = [_unnamed_that(text, c, ("official",))]
            people = ()
        elif shape == 6:
            text = f"According to a transcript released by {b.name}, {a.full} told the committee: {qs}"
            ex = [_d(qs, a)]
            others += [b.name, "the committee"]
        else:
            text = (
                f"{a.full}, {role.after}, told a closed-door hearing that {c}, according to a transcript "
                f"seen by {agency}."
            )
            ex = alts(text, [_that(text, c, a, t)], [_nested(text, ("transcript", "a transcript"))])
        yield _case(f"ho76-state-{shape}", text, ex, people, others)


# --- 7. translated remarks ----------------------------------------------------------------------------------


def translated_remarks() -> Iterator[Case]:
    """`NAME said through an interpreter: "C."`, `"C," NAME told reporters through an interpreter.`, `Speaking
    in LANGUAGE, NAME said that C.`, `NAME, ROLE, said in remarks translated by Agency: "C."`, `"C," NAME
    said, according to a translation provided by BODY.`, `"We will not allow [the rebels] to return," NAME
    said.`, `NAME's remarks were translated by OTHER, an interpreter at the ministry. "C," SURNAME said.`, `In
    comments broadcast on STATE, NAME said C.` Key: NAME (with ROLE where stated); the interpreter, the
    agency, the body and the outlet never."""
    brackets = (
        "We will not allow [the rebels] to return",
        "They [the rescuers] have not slept for two days",
        "The [eastern] districts are still under water",
    )
    for a, shape, m, r in sample(_combos(8), 230, "ho76-translated"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        agency = _pick(AGENCIES76, k)
        b = _body(k)
        s = _pick(STATEMEDIA76, k)
        o = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [agency, b.name, *s.names, "interpreter", "an interpreter"]
        if shape == 0:
            text, ex = f"{a.full} said through an interpreter: {qs}", [_d(qs, a)]
        elif shape == 1:
            text, ex = f"{q} {a.full} told reporters through an interpreter.", [_d(q, a)]
        elif shape == 2:
            text = f"Speaking in {_pick(LANGUAGES76, k)}, {a.full} said that {c}."
            ex = [_that(text, c, a)]
        elif shape == 3:
            text = f"{a.full}, {role.after}, said in remarks translated by {agency}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{q} {a.full} said, according to a translation provided by {b.name}."
            ex = [_d(q, a)]
        elif shape == 5:
            bq = m.q(_pick(brackets, k) + ",")
            text, ex = f"{bq} {a.full}, {role.after}, said.", [_d(bq, a, t)]
        elif shape == 6:
            intro = f"{a.full}'s remarks were translated by {o.full}, an interpreter at the ministry."
            text = f"{intro} {q} {a.last} said."
            ex, people = [_d(q, a)], (a, o)
        else:
            text = f"In comments broadcast on {s.by}, {a.full} said {c}."
            ex = [_that(text, c, a)]
        yield _case(f"ho76-translated-{shape}", text, ex, people, others)


# --- 8. rolling casualty and evacuation reports -------------------------------------------------------------


def casualty_updates() -> Iterator[Case]:
    """`CAS, NAME, ROLE, said.` (a fronted report), `The death toll from the EVENT rose to N on DAY, according
    to NAME, ROLE.`, `BODY said N people had been evacuated from TOWN overnight.`, `"C," NAME said as the toll
    climbed to N.`, `Some N people remain missing, BODY said in its latest update.`, `Officials said CAS.`,
    `NAME, ROLE, called OBJ "F".`, `The death toll rose to N on DAY as rescuers searched the rubble in TOWN.`
    (nobody reports). Key: the clause, the official's (with ROLE) or the body's, or the unnamed officials'
    with no speaker or the description."""
    events = ("floods", "landslide", "train crash", "factory fire", "earthquake")
    for a, shape, m, r in sample(_combos(8), 230, "ho76-casualty"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q = m.q(_qt(k) + ",")
        cas = _pick(CASUALTIES76, k)
        n = 11 + (k * 7) % 80
        day, town = _pick(DAYS76, k), _pick(TOWNS76, k)
        b = _pick((BODIES76[0], BODIES76[2], BODIES76[4], BODIES76[6], BODIES76[7]), k)
        bn = _bnames(b)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [town]
        ex: list[Expect]
        if shape == 0:
            text = f"{_cap(cas)}, {a.full}, {role.after}, said."
            ex = [_report(_cap(cas), a, t)]
        elif shape == 1:
            clause = f"The death toll from the {_pick(events, k)} rose to {n} on {day}"
            text = f"{clause}, according to {a.full}, {role.after}."
            ex = [_report(clause, a, t)]
        elif shape == 2:
            clause = f"{n * 10} people had been evacuated from {town} overnight"
            text = f"{_cap(b.name)} said {clause}."
            ex, people = [_body_that(text, clause, b)], ()
        elif shape == 3:
            text, ex = f"{q} {a.full} said as the toll climbed to {n}.", [_d(q, a)]
        elif shape == 4:
            clause = f"Some {n} people remain missing"
            text = f"{clause}, {b.name} said in its latest update."
            ex, people = [_report(clause, bn)], ()
        elif shape == 5:
            text = f"Officials said {cas}."
            ex, people = [_unnamed_that(text, cas, ("official",))], ()
        elif shape == 6:
            obj, frag = _pick(FRAGS76, k)
            text = f"{a.full}, {role.after}, called {obj} {m.q(frag)}."
            ex = [_called(text, obj, m.q(frag), a, title=t)]
        else:
            text = (
                f"The death toll rose to {n} on {day} as rescuers searched the rubble in {town}. "
                f"{a.full} was expected to visit the area."
            )
            ex = tolerate(text, f"{a.full} was expected to visit the area")
        yield _case(f"ho76-casualty-{shape}", text, ex, people, others)


# --- 9. updates and corrections -----------------------------------------------------------------------------


def updates() -> Iterator[Case]:
    """`(Updates with comments ...)` above `DL NAME, ROLE, said C.`, `NAME said on DAY that C. "C," SURNAME
    added later.`, `In a later statement, NAME said C.`, `NAME later told reporters: "C."`, `The toll was
    later revised to N, NAME, ROLE, said.`, `(Corrects title of NAME in paragraph 2 to ROLE)` above a report,
    an `UPDATE 2-` headline above a quotation, a story closed by `(Reporting by OTHER; Editing by THIRD)`.
    Key: the person (with ROLE where stated); no quotation in notes, headlines and reporting lines; the
    reporters and the editor never speak."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-updates"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS76, k)
        dl = _dateline(k)
        rep = _other(a, k)
        ed = _other(a, k + 3, avoid=(rep,))
        n = 12 + (k * 5) % 60
        people: tuple[Person, ...] = (a,)
        agency = _pick(AGENCIES76, k)
        if shape == 0:
            text = _article(_pick(NOTES76, k), f"{dl}{a.full}, {role.after}, said {c}.")
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{a.full} said on {day} that {c}. {q} {a.last} added later."
            ex = [_that(text, c, a), _d(q, a)]
        elif shape == 2:
            text = f"In a later statement, {a.full}, {role.after}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text, ex = f"{a.full} later told reporters: {qs}", [_d(qs, a)]
        elif shape == 4:
            clause = f"The toll was later revised to {n}"
            text = f"{clause}, {a.full}, {role.after}, said."
            ex = [_report(clause, a, t)]
        elif shape == 5:
            note = f"(Corrects title of {a.full} in paragraph 2 to {role.short.removeprefix('the ')})"
            text = _article(note, f"{dl}{role.pre} {a.full} said that {c}.")
            ex = [_that(text, c, a, t)]
        elif shape == 6:
            text = _article(_pick(HEADLINES76, k), f"{dl}{q} {a.full}, {role.after}, said on {day}.")
            ex = [_d(q, a, t)]
        else:
            text = _article(
                f"{dl}{a.full}, {role.after}, said that {c}.",
                f"(Reporting by {rep.full}; Editing by {ed.full})",
            )
            ex, people = [_that(text, c, a, t)], (a, rep, ed)
        yield _case(f"ho76-updates-{shape}", text, ex, people, [agency], forbidden=(dl.strip(),))


# --- 10. stacked one-line quotes ----------------------------------------------------------------------------


def stacked_quotes() -> Iterator[Case]:
    """Short wire paragraphs of one-line quotations: `NAME, ROLE, said: "C1."` / `"C2," SURNAME added.` /
    `"C3," PRONOUN said.`; two officials alternating by surname; `NAME said C.` / `"C," PRONOUN told Agency.`
    / `OTHER declined to comment.`; `"C1," said NAME.` / `"C2."` (uncredited); two people of one gender by
    surname; `OTHER, ROLE, was more cautious: "C2."`; `"C1," NAME said. "C2."` in one paragraph; a pronoun
    then another official's report. Key: each quotation its speaker's (the uncredited one tolerated as the
    last speaker's or no one's), with the role stated at the first mention."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-stacked"):
        k = _slot(a, shape, r)
        ra = _role(k)
        rb = _role2(k, ra)
        ta, tb = _t(ra.parts), _t(rb.parts)
        q1, q2, q3 = m.q(_qt(k) + ","), m.q(_qt(k + 5) + ","), m.q(_qt(k + 11) + ",")
        s1, s2 = m.q(_qt(k) + "."), m.q(_qt(k + 5) + ".")
        c = _cl(k)
        agency = _pick(AGENCIES76, k)
        same = _other(a, k, gender=a.gender)
        diff = _other(a, k, gender=_opp(a))
        people: tuple[Person, ...] = (a,)
        others: list[str] = [agency]
        if shape == 0:
            text = _article(
                f"{a.full}, {ra.after}, said: {s1}", f"{q2} {a.last} added.", f"{q3} {a.pronoun} said."
            )
            ex = [_d(s1, a, ta), _d(q2, a, ta), _d(q3, a, ta)]
        elif shape == 1:
            text = _article(
                f"{a.full}, {ra.after}, and {diff.full}, {rb.after}, briefed reporters.",
                f"{q1} {a.last} said.",
                f"{q2} {diff.last} said.",
                f"{q3} {a.last} added.",
            )
            ex, people = [_d(q1, a, ta), _d(q2, diff, tb), _d(q3, a, ta)], (a, diff)
        elif shape == 2:
            text = _article(
                f"{a.full} said {c}.", f"{q1} {a.pronoun} told {agency}.", f"{diff.full} declined to comment."
            )
            ex = [_that(text, c, a), _d(q1, a), *tolerate(text, "declined to comment", (diff.full,))]
            people = (a, diff)
        elif shape == 3:
            text = _article(f"{q1} said {a.full}, {ra.after}.", s2)
            ex = [_d(q1, a, ta), *tolerate(text, s2, (a.full,))]
        elif shape == 4:
            text = _article(
                f"{a.full}, {ra.after}, and {same.full}, {rb.after}, spoke after the meeting.",
                f"{q1} {same.last} said.",
                f"{q2} {a.last} said.",
            )
            ex, people = [_d(q1, same, tb), _d(q2, a, ta)], (a, same)
        elif shape == 5:
            text = _article(f"{a.full} said: {s1}", f"{diff.full}, {rb.after}, was more cautious: {s2}")
            ex, people = [_d(s1, a), _d(s2, diff, tb)], (a, diff)
        elif shape == 6:
            text = f"{q1} {a.full} said. {s2}"
            ex = _groups(text, [q1, s2], a, ANY)
        else:
            text = _article(
                f"{q1} {a.full} said on {_pick(DAYS76, k)}.",
                f"{q2} {a.pronoun} said.",
                f"{diff.full}, {rb.after}, said {c}.",
            )
            ex, people = [_d(q1, a), _d(q2, a), _that(text, c, diff, tb)], (a, diff)
        yield _case(f"ho76-stacked-{shape}", text, ex, people, others)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """Pronouns across two or three people: two officials of different genders at a briefing (`"C," she
    said.`); one gender, `After talks with OTHER, NAME said C. "C," HE added.`; `NAME told Agency C. OTHER,
    ROLE, disputed that. "C," SHE said.`; `NAME said the decision was taken by OTHER. "C," HE said.`; `"C,"
    NAME said of OTHER. SHE later said that C.`; three people, the third only by surname; a turn each
    (`said:`), then `"C," HE added.`; `"C1," HE said. "C2," SHE replied.` Key: the pronoun's one person of its
    gender, or the one who was speaking when a pronoun *adds*."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-pronouns"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        same = _other(a, k + 2, gender=a.gender)
        c3 = _other(a, k + 4, gender=b.gender, avoid=(b,))
        ra, rb = _role(k), _role2(k, _role(k))
        ta, tb = _t(ra.parts), _t(rb.parts)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 9) + ",")
        s1, s2 = m.q(_qt(k) + "."), m.q(_qt(k + 9) + ".")
        c = _cl(k)
        agency = _pick(AGENCIES76, k)
        people: tuple[Person, ...] = (a, b)
        others: list[str] = [agency]
        if shape == 0:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, held a joint briefing.",
                f"{q} {b.pronoun} said.",
            )
            ex = [_d(q, b, tb)]
        elif shape == 1:
            text = f"After talks with {same.full}, {a.full} said {c}. {q} {a.pronoun} added."
            ex, people = [_that(text, c, a), _d(q, a)], (a, same)
        elif shape == 2:
            text = (
                f"{a.full} told {agency} that {c}. {b.full}, {rb.after}, disputed that. {q} {b.pronoun} said."
            )
            ex = [_that(text, c, a), _d(q, b, tb)]
        elif shape == 3:
            clause = f"the decision had been taken by {b.full}"
            text = f"{a.full}, {ra.after}, said {clause}. {q} {a.pronoun} said."
            ex = [_that(text, clause, a, ta), _d(q, a, ta)]
        elif shape == 4:
            text = f"{q} {a.full} said of {b.full}. {_cap(b.pronoun)} later said that {c}."
            ex = [_d(q, a), _that(text, c, b)]
        elif shape == 5:
            text = _article(
                f"{a.full} and {b.full} visited the site with {c3.full}.",
                f"{q} {a.pronoun} said. {c3.last} said that {c}.",
            )
            ex, people = [_d(q, a), _that(text, c, c3)], (a, b, c3)
        elif shape == 6:
            # key fix: the third quotation is no longer the first one's words again
            q3 = m.q(_qt(k + 4) + ",")
            text = _article(f"{a.full} said: {s1}", f"{b.full} said: {s2}", f"{q3} {a.pronoun} added.")
            ex = [_d(s1, a), _d(s2, b), _d(q3, a)]
        else:
            text = _article(
                f"{a.full} and {b.full} spoke to reporters in turn.",
                f"{q} {a.pronoun} said. {q2} {b.pronoun} replied.",
            )
            ex = [_d(q, a), _d(q2, b)]
        yield _case(f"ho76-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`NAME, ROLE, visited TOWN on DAY. "C," SURNAME said.`, `ROLE NAME said that C. "C," the SHORT added.`,
    two officials and the second's short role, `NAME, AGE, ROLE, spoke by phone. "C," the AGE-year-old said.`,
    `NAME, a SPOKES for BODY, said C. "C," the SPOKES said.`, `ROLE NAME told reporters: "C."`, `NAME, ROLE,
    said C. SURNAME, who took office in 2021, added: "C."`, another's report then `The SHORT said: "C."` Key:
    the person the reference points to, with the role stated at the first mention."""
    for a, shape, m, r in sample(_combos(8), 230, "ho76-second"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        ra = _role(k)
        rb = _role2(k, ra)
        t, tb = _t(ra.parts), _t(rb.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, c2 = _cl(k), _cl(k + 3)
        day, town = _pick(DAYS76, k), _pick(TOWNS76, k)
        bd = _body(k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [town]
        if shape == 0:
            text = f"{a.full}, {ra.after}, visited {town} on {day}. {q} {a.last} said."
            ex = [_d(q, a, t)]
        elif shape == 1:
            text = f"{ra.pre} {a.full} said that {c}. {q} {ra.short} added."
            ex = [_that(text, c, a, t), _d(q, a, t)]
        elif shape == 2:
            text = _article(
                f"{a.full}, {ra.after}, met {b.full}, {rb.after}, in {town}.", f"{_cap(rb.short)} said: {qs}"
            )
            ex, people = [_d(qs, b, tb)], (a, b)
        elif shape == 3:
            text = f"{a.full}, {a.age}, {ra.after}, spoke by phone. {q} the {a.age}-year-old said."
            ex = [_d(q, a, t)]
        elif shape == 4:
            sp = _spokes(a, k)
            text = f"{a.full}, a {sp} for {bd.name}, said {c}. {q} the {sp} said."
            ex = [_that(text, c, a, _t((sp, bd.core))), _d(q, a, _t((sp, bd.core)))]
            others.append(bd.name)
        elif shape == 5:
            text, ex = f"{ra.pre} {a.full} told reporters: {qs}", [_d(qs, a, t)]
        elif shape == 6:
            text = f"{a.full}, {ra.after}, said {c}. {a.last}, who took office in 2021, added: {qs}"
            ex = [_that(text, c, a, t), _d(qs, a, t)]
        else:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, both attended.",
                f"{b.last} said that {c2}. {_cap(ra.short)} said: {qs}",
            )
            ex, people = [_that(text, c2, b, tb), _d(qs, a, t)], (a, b)
        yield _case(f"ho76-second-{shape}", text, ex, people, others)


# --- 13. cue verbs and credit shapes ------------------------------------------------------------------------


def cue_verbs() -> Iterator[Case]:
    """`NAME insisted/warned/conceded/stressed/acknowledged/confirmed that C.`, `"C," NAME
    warned/insisted/conceded/quipped/cautioned.`, `"C," added NAME, ROLE.`, `NAME wrote on X: "C."`, `NAME,
    ROLE, posted on Telegram: "C."`, `"C1," NAME said, "c2."`, `NAME, ROLE, was blunt: "C."`, `NAME wrote in a
    letter to BODY: "C."` Key: NAME (with ROLE where stated); the body and the platform never."""
    iverbs = ("insisted", "warned", "conceded", "stressed", "acknowledged", "confirmed")
    dverbs = ("warned", "insisted", "conceded", "quipped", "cautioned", "stressed")
    colons = ("was blunt", "was defiant", "struck a cautious note", "was more upbeat")
    posts = ("posted on Telegram", "wrote on X", "wrote on Facebook", "said on social media")
    for a, shape, m, r in sample(_combos(8), 230, "ho76-cues"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        bd = _body(k)
        others: list[str] = [bd.name, "Telegram", "X", "Facebook"]
        if shape == 0:
            text = f"{a.full} {_pick(iverbs, k)} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text, ex = f"{q} {a.full} {_pick(dverbs, k)}.", [_d(q, a)]
        elif shape == 2:
            text, ex = f"{q} added {a.full}, {role.after}.", [_d(q, a, t)]
        elif shape == 3:
            text, ex = f"{a.full} {_pick(posts, k)}: {qs}", [_d(qs, a)]
        elif shape == 4:
            text, ex = f"{a.full}, {role.after}, {_pick(posts, k + 1)}: {qs}", [_d(qs, a, t)]
        elif shape == 5:
            p1, p2 = _pick(SPLITS76, k)
            h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
            text = f"{h1} {a.full} said, {h2}"
            ex = _groups(text, [h1, h2], a, ANY)
        elif shape == 6:
            text, ex = f"{a.full}, {role.after}, {_pick(colons, k)}: {qs}", [_d(qs, a, t)]
        else:
            text, ex = f"{a.full} wrote in a letter to {bd.name}: {qs}", [_d(qs, a)]
            others += ["letter", "a letter"]
        yield _case(f"ho76-cues-{shape}", text, ex, (a,), others)


# --- 14. short wire stories ---------------------------------------------------------------------------------


def _flood(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    dl = _dateline(k)
    body = BODIES76[2]
    ra = _role(1)
    cas = _pick(CASUALTIES76, k)
    qs, q = m.q(_qt(k) + "."), m.q(_qt(k + 3) + ",")
    c = _cl(k + 1)
    town = _pick(TOWNS76, k)
    sp = _spokes(b, k)
    text = _article(
        f"{dl}{_cap(cas)}, {body.name} said on {_pick(DAYS76, k)}.",
        f"{a.full}, {ra.after}, told reporters in {town}: {qs}",
        f"{q} {a.last} said.",
        f"A {sp} for the Coastal Flood Agency said {c}.",
    )
    ex = [
        _report(_cap(cas), _bnames(body)),
        _d(qs, a, _t(ra.parts)),
        _d(q, a, _t(ra.parts)),
        _unnamed_that(text, c, ("spokes", "Coastal Flood Agency")),
    ]
    return text, ex, [town, _pick(AGENCIES76, k)]


def _outage(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    dl = _dateline(k)
    company = _pick((BODIES76[1], BODIES76[5], BODIES76[8]), k)
    c = "a software fault had caused the outage"
    q = m.q(_qt(k + 1) + ",")
    obj, frag = FRAGS76[5]
    clause = f"{obj} had been {m.q(frag)}"
    c3 = "the company was likely to face a fine"
    text = _article(
        f"{dl}{company.name} said on {_pick(DAYS76, k)} that {c}.",
        f"{q} {a.full}, {poss76(company)} chief executive, said in a statement.",
        f"{b.full}, an analyst at Grellan Securities, said {clause}.",
        f"{b.last} said {c3}.",
    )
    ex = [
        _body_that(text, c, company),
        _d(q, a, _t(("chief executive", company.name))),
        _mixed(text, clause, b, _t(("analyst", "Grellan Securities"))),
        _that(text, c3, b, _t(("analyst", "Grellan Securities"))),
    ]
    return text, ex, [company.name, "Grellan Securities", _pick(AGENCIES76, k)]


def poss76(b: Body76) -> str:
    return _bposs(b)


def _talks(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    dl = _dateline(k)
    s = _pick(STATEMEDIA76, k)
    ra = _role(5)
    rb = _role(0)
    c = _cl(7)
    q = m.q(_qt(14) + ",")
    qs = m.q(_qt_not(k + 2, 14) + ".")  # key fix: never the minister's quotation again
    c2 = "a second round could take place within a month"
    text = _article(
        f"{dl}{ra.pre} {a.full} said on {_pick(DAYS76, k)} that {c}.",
        f"{q} {a.last} said.",
        f"{b.full}, {rb.after}, was quoted by {s.by} as saying: {qs}",
        f"A source familiar with the talks said {c2}.",
    )
    ex = [
        _that(text, c, a, _t(ra.parts)),
        _d(q, a, _t(ra.parts)),
        _d(qs, b, _t(rb.parts)),
        _unnamed_that(text, c2, ("source",)),
    ]
    return text, ex, [*s.names, _pick(AGENCIES76, k)]


def _incident(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    dl = _dateline(k)
    body = BODIES76[4]
    sp = a.kin("spokeswoman", "spokesman")
    c = "two men had been arrested after a car was driven into a crowd"
    qs = m.q(_qt(17) + ".")
    q = m.q(_qt_not(k + 6, 17) + ",")  # key fix: never the spokesman's first quotation again
    ed = _other(a, k + 1, avoid=(b,))
    text = _article(
        f"{dl}Varnhold police said on {_pick(DAYS76, k)} that {c}.",
        f"{a.full}, a police {sp}, said: {qs}",
        f"{q} {a.pronoun} said.",
        f"(Reporting by {b.full}; Editing by {ed.full})",
    )
    ex = [_body_that(text, c, body), _d(qs, a, _t((sp, "police"))), _d(q, a, _t((sp, "police")))]
    return text, ex, [ed.full, _pick(AGENCIES76, k)]


def articles() -> Iterator[Case]:
    """Four-paragraph wire stories under a dateline: a flood (the emergency service's fronted toll, the
    governor quoted twice, an unnamed spokeswoman of the flood agency), a company outage (the company's
    statement, its chief executive, an analyst's mixed quotation and report), talks (a minister by report and
    surname, a counterpart quoted by state media, a source familiar with the talks) and a police incident (the
    police statement, a named spokesman by pronoun, a reporting line). Key: each quotation its speaker's, with
    the role stated at the first mention; the agency, the outlets and the reporters never speak."""
    for a, shape, m, r in sample(_combos(4), 230, "ho76-articles"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        people: tuple[Person, ...] = (a, b)
        if shape == 0:
            text, ex, others = _flood(a, b, m, k)
            people = (a,)
        elif shape == 1:
            text, ex, others = _outage(a, b, m, k)
        elif shape == 2:
            text, ex, others = _talks(a, b, m, k)
        else:
            text, ex, others = _incident(a, b, m, k)
        yield _case(f"ho76-articles-{shape}", text, ex, people, others, forbidden=(_dateline(k).strip(),))


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks: `The army launched Operation "O" near TOWN on DAY.`, `NAME, known to supporters as
    "N", arrived in TOWN on DAY.`, `The so-called "S" law takes effect on DAY.`, protesters' banners reading
    "SLOGAN" (no quotation, or one with no speaker), narrative that reports nothing, `NAME did not respond to
    a request for comment. BODY declined to comment.`, a reporting line after narrative, the tanker "V"
    aground, the ministry's "S" campaign, and one real quotation beside an operation name (`"C," said NAME,
    who commands Operation "O".`). Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(10), 240, "ho76-controls"):
        k = _slot(a, shape, r)
        op = m.q(_pick(OPERATIONS76, k))
        day, town = _pick(DAYS76, k), _pick(TOWNS76, k)
        b = _body(k)
        ex: list[Expect] = []
        people: tuple[Person, ...] = (a,)
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            text = f"The army launched Operation {op} near {town} on {day}. {a.full} was in command."
            forbidden = (op,)
        elif shape == 1:
            nq = m.q(_pick(NICKS76, k))
            text = f"{a.full}, known to supporters as {nq}, arrived in {town} on {day}."
            forbidden = (nq,)
        elif shape == 2:
            sq = m.q(_pick(SCARE76, k))
            text = f"The so-called {sq} law, drafted by {a.full}, takes effect on {day}."
            forbidden = (sq,)
        elif shape == 3:
            region = f"Protesters outside {b.name} carried banners reading {m.q(_pick(SLOGANS76, k))}."
            text = f"{region} {a.full} watched from a window."
            ex = tolerate(text, region)
        elif shape == 4:
            text = _article(
                _pick(NARRATIVE76, k), _pick(NARRATIVE76, k + 1), f"{a.full} visited {town} on {day}."
            )
        elif shape == 5:
            text = f"{a.full} did not respond to a request for comment. {_cap(b.name)} declined to comment."
            ex = tolerate(text, "declined to comment", _bnames(b))
        elif shape == 6:
            o = _other(a, k)
            text = _article(_pick(NARRATIVE76, k), f"(Reporting by {a.full}; Editing by {o.full})")
            people = (a, o)
        elif shape == 7:
            vq = m.q(_pick(VESSELS76, k))
            text = f"The tanker {vq} ran aground off {town} on {day}. {a.full} was on board."
            forbidden = (vq,)
        elif shape == 8:
            cq = m.q(_pick(("Stay Dry", "Boil Before You Drink", "Check on a Neighbour"), k))
            text = f"The ministry's {cq} campaign, led by {a.full}, begins on {day}."
            forbidden = (cq,)
        else:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {a.full}, who commands Operation {op}."
            ex, forbidden = [_d(q, a)], (op,)
        yield _case(f"ho76-controls-{shape}", text, ex, people, [b.name, town], forbidden=forbidden)


HELD_OUT_76 = (
    _named("datelines", "1", "CITY, Month Day (Agency) - NAME said; headlines and notes above", datelines),
    _named("told_agency", "1", "told Agency; said in a statement emailed to Agency", told_agency),
    _named(
        "anonymous_sources",
        "2",
        "a source familiar with the matter; on condition of anonymity; an aide to NAME",
        anonymous_sources,
    ),
    _named(
        "body_statements",
        "2",
        "BODY said in a statement; according to a statement from BODY",
        body_statements,
    ),
    _named("spokespeople", "6", "NAME, a spokeswoman for BODY; BODY spokesman NAME", spokespeople),
    _named(
        "state_media",
        "1",
        "STATE quoted NAME as saying; was quoted by; according to a transcript",
        state_media,
    ),
    _named(
        "translated_remarks",
        "1",
        "through an interpreter; translated by; bracketed insertions",
        translated_remarks,
    ),
    _named(
        "casualty_updates",
        "1",
        "fronted tolls; according to NAME; BODY said in its latest update",
        casualty_updates,
    ),
    _named("updates", "8", "editor's notes, added later, later statements, reporting lines", updates),
    _named("stacked_quotes", "4", "one-line quotes stacked in short paragraphs", stacked_quotes),
    _named("pronouns", "4", "pronouns across two or three people of one or both genders", pronouns),
    _named("second_refs", "4", "surname, the role's short form, age, the spokeswoman", second_refs),
    _named("cue_verbs", "3", "open cue verbs, inverted credits, posts, split and colon credits", cue_verbs),
    _named("articles", "4", "flood, company outage, talks, police incident", articles),
    _named(
        "controls",
        "8",
        "operation names, nicknames, scare terms, slogans, vessels, reporting lines",
        controls,
    ),
)
