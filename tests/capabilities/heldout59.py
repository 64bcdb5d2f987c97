"""Fifty-ninth held-out round: capabilities written at commit ``87de8a67`` by a helper (``hcap65``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout59data.py``: eight invented countries with their adjective,
capital, language, state news agency, state broadcaster, newspaper and towns; thirty-two invented officials,
two women and two men of each country, with a gender and an age; straight and curly double marks; invented
UN-style and relief bodies; anonymous sources with their reasons; military ranks and units; residents who give
only a first name, and townspeople with a job; an invented wire, *Wirepress*, with its datelines and staff;
quotations, reported clauses, pointed fragments, witness quotations, narrative sentences; and marks nobody
speaks: operations, treaties, slogans, translated words, place names) as a round of DIPLOMACY, CONFLICT AND
STATE MEDIA, written the way a wire's world desk writes foreign news. Every case is a short passage (one to
five sentences) with one to three people, and every quotation checks the content (the marks and the words
inside them for a direct quotation; the reported clause, with or without its *that*, for an indirect one; the
clause with its marked words, or the marked words alone, for a mixed one), the kind, the canonical full name
and, whenever the text states one, the title (`Contains` of the role noun and each affiliation stated: a
country's name is a prefix of its adjective, so `Contains("president", "Ardesia")` accepts *Ardesian
president* and *president of Ardesia*), with `wrong_speakers` for every other person, body, outlet and town in
the text.

Conventions: ranks written before a name (*Lt. Col.*, *Brig. Gen.*) are never part of it, and a rank alone
states no title that is checked; a body that speaks (*the army*, *Ardesia's foreign ministry*, *the UN refugee
agency*) is the speaker under any of its written names, with or without the country; an anonymous source is
its phrase with or without its modifiers, or its head noun (as round 45 set); a state news agency or
broadcaster that quotes a named official is never the speaker (the official is); a resident who gives only a
first name is that first name; the title of an ordinary person is the job noun the text gives; the
interpreter, the office that translated and the outlet are never the speaker; a dateline and a byline are in
no quotation and no speaker.

1. foreign ministry spokespeople and the ministry itself (`NAME, a spokeswoman for COUNTRY's foreign ministry,
   told a regular briefing`, `the ministry said in a statement`) (`ministry_spokespeople`);
2. state media (`the state news agency X reported`, `according to the official X`, `state television quoted
   NAME as saying`, `NAME was quoted as saying by X`, the agency's own report) (`state_media`);
3. translated quotations (`said in remarks translated by his office`, `told X in an interview translated from
   LANGUAGE`, `through an interpreter`, `according to a translation released by X`) (`translated_quotes`);
4. anonymous officials with their reasons, beside named people (`anonymous_officials`);
5. military statements (`the army said`, `a military spokesman, Lt. Col. NAME, said`, `who commands the X`,
   the general staff, the defence ministry) (`military_statements`);
6. ceasefire and summit talks with two sides quoted in turn (`two_sides_talks`);
7. leaders' titles with their country (`President NAME of COUNTRY`, `COUNTRY's prime minister, NAME,`, `the
   ADJ leader`) (`leaders_titles`);
8. UN and relief bodies and their people (`the UN refugee agency said`, `NAME, who heads the BODY office in
   TOWN`, `a spokesperson for BODY told Wirepress`) (`un_ngo_bodies`);
9. witnesses and residents reached by telephone (`who gave only her first name, NAME`, `NAME, AGE, a JOB in
   TOWN`, `one witness, a JOB who declined to be named`) (`witnesses_phone`);
10. datelines and bylines (`TOWN, COUNTRY (Wirepress) —`, upper-case towns, dates, `By STAFF`) (`datelines`);
11. pronoun second references with two officials of different genders (`pronouns_two_officials`);
12. embassies, governments, presidencies and envoys (`embassies_governments`);
13. second references by surname and by role (`the minister said`) (`second_references`);
14. controls: operations, treaties, slogans, translated words and place names in marks, narrative with no
    report, and one real quotation beside them (`controls`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout59data import (
    ANON59,
    BODIES59,
    CLAUSES59,
    COUNTRIES59,
    DAYS59,
    FIRST_NAMES59,
    FRAGS59,
    JOBS59,
    MARKS59,
    NARRATIVE59,
    OPERATIONS59,
    PEOPLE59,
    PLACES59,
    QUOTES59,
    RANKS59,
    ROLES59,
    SLOGANS59,
    STAFF59,
    TREATIES59,
    UNITS59,
    WITNESS59,
    WITNESS_CLAUSES59,
    WORDS59,
    Country,
)
from heldout_kit import Mark, Person, PersonSpec, alts, span, tolerate
from heldout_kit import called_report as _called_report
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import that_report as _that_report

WIRE = "Wirepress"
_CTRY = {c.name: c for c in COUNTRIES59}


def _c(p: Person) -> Country:
    return _CTRY[p.culture]


def _other(
    a: Person, step: int, *, opp: bool = True, same: bool = False, avoid: Sequence[Person] = ()
) -> Person:
    """Another official (of the other gender when *opp*; of *a*'s country when *same*, else of another)."""
    pool = [
        p
        for p in PEOPLE59
        if p != a
        and p not in avoid
        and (not opp or p.gender != a.gender)
        and ((p.culture == a.culture) if same else (p.culture != a.culture))
    ]
    return pool[step % len(pool)]


def _spokes(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


def _noart(name: str) -> str:
    for art in ("the ", "The "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _role(k: int) -> tuple[str, str]:
    return ROLES59[k % len(ROLES59)]


def _after(k: int, c: Country) -> tuple[str, Contains]:
    """A role after a name with its country (`Ardesia's foreign minister` or `the Ardesian foreign
    minister`) and the title a key checks."""
    role, noun = _role(k)
    phrase = f"{_poss(c.name)} {role}" if k % 2 == 0 else f"the {c.adj} {role}"
    return phrase, Contains((noun, c.name))


def _pre(k: int) -> tuple[str, Contains]:
    """A capitalised role before a name (`Defence Minister`) and the title a key checks."""
    role, noun = _role(k)
    return " ".join(w.capitalize() for w in role.split()), Contains(noun)


def _ministry(c: Country, kind: str = "foreign") -> tuple[str, ...]:
    base = f"{kind} ministry"
    return (base, f"{_poss(c.name)} {base}", f"{c.adj} {base}", f"{c.name} {base}", "ministry")


def _army(c: Country) -> tuple[str, ...]:
    return ("army", f"{c.adj} army", f"{_poss(c.name)} army", f"{c.name} army")


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an) ", "", name.strip().lower())


def _accepted(e: Expect) -> set[str]:
    return {_bare(n) for n in ((e.speaker,) if isinstance(e.speaker, str) else (e.speaker or ()))}


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body, outlet or town its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        accepted = _accepted(e)
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in dict.fromkeys(others):
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout59.{name}", group, description, unique_texts(gen))


def _combos(shapes: int, n: int, seed: str, reps: int = 3) -> list[tuple[Person, int, Mark, int]]:
    return sample(itertools.product(PEOPLE59, range(shapes), MARKS59, range(reps)), n, seed)


def _d(content: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    return _direct(content, p, title)


def _r(text: str, clause: str, p: PersonSpec, title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, p, title)


def _split(text: str, q1: str, q2: str, p: Person, title: TitleSpec) -> list[Expect]:
    """`"Q1," SURNAME said. "Q2."`: two quotations, or one split quotation of two parts (key fix: the README's
    convention since round 18)."""
    return alts(text, [_d(q1, p, title), _d(q2, p, title)], [_d(span(text, q1, q2), p, title)])


def _country_names(*cs: Country) -> list[str]:
    out: list[str] = []
    for c in cs:
        out += [c.name, c.capital, *c.towns]
    return out


# --- 1. foreign ministry spokespeople -----------------------------------------------------------------------


def ministry_spokespeople() -> Iterator[Case]:
    """`NAME, a spokeswoman for COUNTRY's foreign ministry, told a regular briefing DAY that C.`, `"Q," NAME,
    a spokesman for the ADJ foreign ministry, said.`, `COUNTRY's foreign ministry said in a statement DAY that
    C.`, `Foreign ministry spokesman NAME said: "Q."`, the ministry quoted after a summons, `NAME, the
    ministry's spokeswoman, told reporters`, `called OBJ "X"`, `ADJ foreign ministry spokeswoman NAME said C,
    adding: "Q."`, a counterpart of another country, `spokeswoman for the ADJ Ministry of Foreign Affairs`."""
    for a, shape, m, r in _combos(10, 250, "ho59-min"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k)
        c2 = _c(b)
        sp = _spokes(a)
        day = _pick(DAYS59, k)
        q, q2 = _pick(QUOTES59, k), _pick(QUOTES59, k + 7)
        cl = _pick(CLAUSES59, k)
        mins = _ministry(c)
        others = [*mins, *_ministry(c2), *_country_names(c, c2), "briefing", "reporters"]
        tf = Contains((sp, "foreign ministry", c.name))
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            cm = f"{_poss(c.name)} foreign ministry"
            text = f"{a.full}, a {sp} for {cm}, told a regular briefing {day} that {cl}."
            ex = [_r(text, cl, a, tf)]
        elif shape == 1:
            qq = m.q(q + ",")
            text = f"{qq} {a.full}, a {sp} for the {c.adj} foreign ministry, said."
            ex = [_d(qq, a, tf)]
        elif shape == 2:
            text = f"{_poss(c.name)} foreign ministry said in a statement {day} that {cl}."
            ex = [_r(text, cl, mins)]
            people = ()
        elif shape == 3:
            qq = m.q(q + ".")
            text = f"Foreign ministry {sp} {a.full} said: {qq}"
            ex = [_d(qq, a, Contains((sp, "foreign ministry")))]
        elif shape == 4:
            qq = m.q(q + ",")
            text = (
                f"The {c.adj} foreign ministry summoned the {c2.adj} ambassador {day}. "
                f"{qq} the ministry said in a statement."
            )
            ex = [_d(qq, mins)]
            people = ()
            others += ["ambassador", f"{c2.adj} ambassador"]
        elif shape == 5:
            qq = m.q(q + ".")
            text = (
                f"{_poss(c.name)} foreign ministry summoned the {c2.adj} ambassador {day}. "
                f"{a.full}, the ministry's {sp}, told reporters in {c.capital}: {qq}"
            )
            ex = [_d(qq, a, Contains((sp, "ministry")))]
            others += ["ambassador", f"{c2.adj} ambassador"]
        elif shape == 6:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"{a.full}, a {sp} for the foreign ministry in {c.capital}, called {obj} {mf}"
            ex = [_called_report(text, obj, mf, a, title=Contains((sp, "foreign ministry")))]
        elif shape == 7:
            qq = m.q(q + ".")
            text = f"{c.adj} foreign ministry {sp} {a.full} said {cl}, adding: {qq}"
            ex = [_r(text, cl, a, tf), _d(qq, a, tf)]
        elif shape == 8:
            qq = m.q(q2 + ".")
            text = (
                f"{a.full}, a {sp} for {_poss(c.name)} foreign ministry, said {cl}. "
                f"{_cap(a.poss)} {c2.adj} counterpart, {b.full}, said: {qq}"
            )
            ex = [_r(text, cl, a, tf), _d(qq, b)]
            people = (a, b)
        else:
            qq = m.q(q + ",")
            text = f"{qq} said {a.full}, {sp} for the {c.adj} Ministry of Foreign Affairs."
            ex = [_d(qq, a, Contains((sp, "Ministry of Foreign Affairs", c.name)))]
        yield _case(f"ho59-min-{shape}", text, ex, people, others)


# --- 2. state media -----------------------------------------------------------------------------------------


def _agency(c: Country) -> str:
    """The agency as first written: `the state news agency Ardepress` or `the Brunavian News Agency`."""
    return c.agency if c.agency.startswith("the ") else f"the state news agency {c.agency}"


def _official_agency(c: Country) -> str:
    return (
        f"the official {_noart(c.agency)}"
        if c.agency.startswith("the ")
        else f"the official news agency {c.agency}"
    )


def _media(c: Country) -> list[str]:
    return [*c.agency_names, c.agency, c.tv, _noart(c.paper), "state television", "agency", "news agency"]


def state_media() -> Iterator[Case]:
    """State media quoting officials: `ROLE NAME said C, the state news agency X reported.`, `According to the
    official X, ROLE NAME told a cabinet meeting that C.`, `TV quoted COUNTRY's ROLE, NAME, as saying: "Q."`,
    `"Q," NAME was quoted as saying by X.`, `X reported that C.` (the agency's own report), `ROLE NAME told
    PAPER, a state-owned daily, that C.`, `X quoted NAME, the ADJ ROLE, as saying C.`, `In remarks carried by
    TV, NAME called OBJ "X."`, `NAME, ROLE, said C, according to X.`: the official, never the agency."""
    for a, shape, m, r in _combos(9, 262, "ho59-sm"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        pre, tp = _pre(k)
        aft, ta = _after(k, c)
        day = _pick(DAYS59, k)
        q, cl = _pick(QUOTES59, k), _pick(CLAUSES59, k)
        ag = _agency(c)
        others = [*_media(c), *_country_names(c), "cabinet"]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"{pre} {a.full} said {cl}, {ag} reported."
            ex = [_r(text, cl, a, tp)]
        elif shape == 1:
            text = (
                f"According to {_official_agency(c)}, {pre} {a.full} told a cabinet meeting {day} that {cl}."
            )
            ex = [_r(text, cl, a, tp)]
        elif shape == 2:
            qq = m.q(q + ".")
            text = f"{_cap(c.tv)} quoted {aft}, {a.full}, as saying: {qq}"
            ex = [_d(qq, a, ta)]
        elif shape == 3:
            qq = m.q(q + ",")
            text = f"{qq} {a.full} was quoted as saying by {ag}."
            ex = [_d(qq, a)]
        elif shape == 4:
            text = f"{_cap(ag)} reported {day} that {cl}."
            ex = [_r(text, cl, c.agency_names)]
            people = ()
        elif shape == 5:
            text = f"{pre} {a.full} told {c.paper}, a state-owned daily, that {cl}."
            ex = [_r(text, cl, a, tp)]
        elif shape == 6:
            text = f"{_cap(ag)} quoted {a.full}, {aft}, as saying {cl}."
            ex = [_r(text, cl, a, ta)]
        elif shape == 7:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"In remarks carried by {c.tv}, {a.full} called {obj} {mf}"
            ex = [_called_report(text, obj, mf, a)]
        else:
            text = f"{a.full}, {aft}, said {cl}, according to {ag}. The report gave no further details."
            ex = [_r(text, cl, a, ta)]
        yield _case(f"ho59-sm-{shape}", text, ex, people, others)


# --- 3. translated quotations -------------------------------------------------------------------------------


def translated_quotes() -> Iterator[Case]:
    """`"Q," NAME said in remarks translated by his office.`, `NAME, ROLE, told PAPER in an interview
    translated from LANGUAGE that C.`, `Speaking in LANGUAGE, NAME said: "Q."`, `"Q," ROLE NAME said through
    an interpreter.`, `according to a translation released by COUNTRY's presidency`, `according to an English
    transcript provided by the ADJ embassy`, two speakers in two languages, `In an interview with TV,
    translated by Wirepress, NAME said C.`: the speaker, never the office, interpreter, outlet or wire."""
    for a, shape, m, r in _combos(8, 250, "ho59-tr"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k)
        c2 = _c(b)
        pre, tp = _pre(k)
        aft, ta = _after(k, c)
        q, cl = _pick(QUOTES59, k), _pick(CLAUSES59, k + 2)
        others = [*_media(c), *_media(c2), *_country_names(c, c2), WIRE, "office", "interpreter"]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            qq = m.q(q + ",")
            text = f"{qq} {a.full} said in remarks translated by {a.poss} office."
            ex = [_d(qq, a)]
        elif shape == 1:
            text = f"{a.full}, {aft}, told {c2.paper} in an interview translated from {c.lang} that {cl}."
            ex = [_r(text, cl, a, ta)]
        elif shape == 2:
            qq = m.q(q + ".")
            text = f"Speaking in {c.lang}, {a.full}, {aft}, said: {qq}"
            ex = [_d(qq, a, ta)]
        elif shape == 3:
            qq = m.q(q + ",")
            text = f"{qq} {pre} {a.full} said through an interpreter."
            ex = [_d(qq, a, tp)]
        elif shape == 4:
            qq = m.q(q + ",")
            text = f"{qq} {a.full} said, according to a translation released by {_poss(c.name)} presidency."
            ex = [_d(qq, a)]
            others += ["presidency", f"{_poss(c.name)} presidency"]
        elif shape == 5:
            text = (
                f"{a.full}, who spoke in {c.lang}, said {cl}, according to an English transcript provided by "
                f"the {c.adj} embassy."
            )
            ex = [_r(text, cl, a)]
            others += ["embassy", f"{c.adj} embassy"]
        elif shape == 6:
            qq = m.q(q + ",")
            text = (
                f"{a.full} spoke in {c.lang} and {b.full} in {c2.lang}. "
                f"{qq} {a.last} said through an interpreter. {b.last} said {cl}."
            )
            ex = [_d(qq, a), _r(text, cl, b)]
            people = (a, b)
        else:
            text = f"In an interview with {c.tv}, translated by {WIRE}, {a.full}, {aft}, said {cl}."
            ex = [_r(text, cl, a, ta)]
        yield _case(f"ho59-tr-{shape}", text, ex, people, others)


# --- 4. anonymous officials ---------------------------------------------------------------------------------


def anonymous_officials() -> Iterator[Case]:
    """Anonymous sources with their reasons beside named officials: `SOURCE, REASON, said C.`, `"Q," said
    SOURCE, REASON.`, a named official and then `But SOURCE, REASON, said C.`, `According to SOURCE, C. The
    HEAD spoke on condition of anonymity.`, `SOURCE, REASON, called OBJ "X."`, a named official of the
    reason's pronoun's gender who declined to comment, and `SOURCE said C. The HEAD, REASON, added: "Q."`."""
    for a, shape, m, r in _combos(7, 320, "ho59-anon", 4):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        phrase, acc, reason, head = ANON59[k % len(ANON59)]
        pron = a.pronoun if shape == 5 else ("he" if k % 2 else "she")
        reason = reason.format(pron=pron)
        bare = phrase[2:] if phrase.startswith("a ") else phrase
        anon = (*acc, head, f"{bare}, {reason}", f"{bare} {reason}")
        aft, ta = _after(k, c)
        q, q2, cl = _pick(QUOTES59, k), _pick(QUOTES59, k + 5), _pick(CLAUSES59, k + 1)
        others = [*_country_names(c), *_ministry(c)]
        people: tuple[Person, ...] = ()
        if shape == 0:
            text = f"{_cap(phrase)}, {reason}, said {cl}."
            ex = [_r(text, cl, anon)]
        elif shape == 1:
            qq = m.q(q + ",")
            text = f"{qq} said {phrase}, {reason}."
            ex = [_d(qq, anon)]
        elif shape == 2:
            qq = m.q(q + ".")
            text = f"{a.full}, {aft}, said: {qq} But {phrase}, {reason}, said {cl}."
            ex = [_d(qq, a, ta), _r(text, cl, anon)]
            people = (a,)
        elif shape == 3:
            text = f"According to {phrase}, {cl}. The {head} spoke on condition of anonymity."
            ex = [_r(text, cl, anon)]
        elif shape == 4:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"{_cap(phrase)}, {reason}, called {obj} {mf}"
            ex = [_called_report(text, obj, mf, anon)]
        elif shape == 5:
            text = f"{a.full}, {aft}, declined to comment. {_cap(phrase)}, {reason}, said {cl}."
            # (key fix: `declined to comment` is a report by PolNeAR's reading too, as round 45's audit found)
            ex = [_r(text, cl, anon), *tolerate(text, "declined to comment", (a.full,))]
            people = (a,)
        else:
            qq = m.q(q2 + ".")
            text = f"{_cap(phrase)} said {cl}. The {head}, {reason}, added: {qq}"
            ex = [_r(text, cl, anon), _d(qq, anon)]
        yield _case(f"ho59-anon-{shape}", text, ex, people, others)


# --- 5. military statements ---------------------------------------------------------------------------------


def military_statements() -> Iterator[Case]:
    """`The ADJ army said in a statement DAY that C.`, `A military spokesman, RANK NAME, said C.`, `"Q," said
    RANK NAME, a spokeswoman for the ADJ armed forces.`, `COUNTRY's defence ministry said C.`, `RANK NAME, who
    commands the ADJ army's UNIT, told reporters in TOWN that C.`, `The army said: "Q." RANK NAME, its chief
    spokesman, later told TV: "Q2."`, `the ADJ general staff said C`, `RANK NAME, the army's chief of staff,
    called OBJ "X."`: ranks never in the name."""
    for a, shape, m, r in _combos(8, 268, "ho59-mil"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        rank = _pick(RANKS59, k)
        sp = _spokes(a)
        unit = _pick(UNITS59, k)
        town = _pick(c.towns, k)
        day = _pick(DAYS59, k)
        q, q2, cl = _pick(QUOTES59, k), _pick(QUOTES59, k + 3), _pick(CLAUSES59, k + 4)
        army = _army(c)
        others = [*army, *_ministry(c, "defence"), *_country_names(c), c.tv, "reporters", "general staff"]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"The {c.adj} army said in a statement {day} that {cl}."
            ex = [_r(text, cl, army)]
            people = ()
        elif shape == 1:
            text = f"A military {sp}, {rank} {a.full}, said {cl}."
            ex = [_r(text, cl, a, Contains((sp, "military")))]
        elif shape == 2:
            qq = m.q(q + ",")
            text = f"{qq} said {rank} {a.full}, a {sp} for the {c.adj} armed forces."
            ex = [_d(qq, a, Contains((sp, "armed forces", c.name)))]
        elif shape == 3:
            text = f"{_poss(c.name)} defence ministry said {cl}."
            ex = [_r(text, cl, _ministry(c, "defence"))]
            people = ()
        elif shape == 4:
            text = f"{rank} {a.full}, who commands the {c.adj} army's {unit}, said in {town} that {cl}."
            ex = [_r(text, cl, a, Contains(unit))]
        elif shape == 5:
            qq, qq2 = m.q(q + "."), m.q(q2 + ".")
            text = f"The army said: {qq} {rank} {a.full}, its chief {sp}, later told {c.tv}: {qq2}"
            ex = [_d(qq, army), _d(qq2, a, Contains(sp))]
        elif shape == 6:
            text = f"In a statement posted on its Telegram channel, the {c.adj} general staff said {cl}."
            ex = [_r(text, cl, ("general staff", f"{c.adj} general staff"))]
            people = ()
        else:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"{rank} {a.full}, the {c.adj} army's chief of staff, called {obj} {mf}"
            ex = [_called_report(text, obj, mf, a, title=Contains(("chief of staff", "army")))]
        yield _case(f"ho59-mil-{shape}", text, ex, people, others)


# --- 6. two sides at the talks ------------------------------------------------------------------------------


def two_sides_talks() -> Iterator[Case]:
    """Ceasefire and summit talks, each side quoted in turn: `A, COUNTRY's chief negotiator, said C. B, who
    leads the ADJ2 delegation, said: "Q."`, two foreign ministers in one paragraph (`replied B`), `A of
    COUNTRY and B of COUNTRY2 met ... A said C. B said: "Q."`, pronouns of two genders, the two sides as
    bodies, a counterpart, an operation's code name in marks beside a quotation, `who heads the ADJ2 team,
    said the offer was "X."`."""
    for a, shape, m, r in _combos(8, 250, "ho59-two"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k)
        c2 = _c(b)
        third = COUNTRIES59[(COUNTRIES59.index(c) + COUNTRIES59.index(c2) + 1) % len(COUNTRIES59)]
        if third in (c, c2):
            third = COUNTRIES59[(COUNTRIES59.index(third) + 1) % len(COUNTRIES59)]
        if third in (c, c2):
            third = COUNTRIES59[(COUNTRIES59.index(third) + 1) % len(COUNTRIES59)]
        venue = third.capital
        q, q2, cl = _pick(QUOTES59, k), _pick(QUOTES59, k + 9), _pick(CLAUSES59, k + 6)
        others = [
            *_country_names(c, c2),
            third.name,
            f"{c.adj} delegation",
            f"{c2.adj} delegation",
            "delegation",
        ]
        people: tuple[Person, ...] = (a, b)
        tn = Contains(("negotiator", c.name))
        if shape == 0:
            qq = m.q(q + ".")
            text = (
                f"{a.full}, {_poss(c.name)} chief negotiator, said {cl}. "
                f"{b.full}, who leads the {c2.adj} delegation, said: {qq}"
            )
            ex = [_r(text, cl, a, tn), _d(qq, b, Contains(("delegation", c2.name)))]
        elif shape == 1:
            qq, qq2 = m.q(q + ","), m.q(q2 + ",")
            text = (
                f"{qq} {a.full}, the {c.adj} foreign minister, said after the talks in {venue}. "
                f"{qq2} replied {b.full}, {_poss(c2.name)} foreign minister."
            )
            ex = [
                _d(qq, a, Contains(("foreign minister", c.name))),
                _d(qq2, b, Contains(("foreign minister", c2.name))),
            ]
        elif shape == 2:
            qq = m.q(q + ".")
            text = (
                f"{a.full} of {c.name} and {b.full} of {c2.name} met for five hours in {venue}. "
                f"{a.last} said {cl}. {b.last} said: {qq}"
            )
            ex = [_r(text, cl, a), _d(qq, b)]
        elif shape == 3:
            qq = m.q(q + ",")
            text = (
                f"{a.full}, {_poss(c.name)} defence minister, and {b.full}, {_poss(c2.name)} envoy, "
                f"spoke separately after the session. {qq} {a.pronoun} said. {_cap(b.pronoun)} said {cl}."
            )
            ex = [
                _d(qq, a, Contains(("defence minister", c.name))),
                _r(text, cl, b, Contains(("envoy", c2.name))),
            ]
        elif shape == 4:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"The {c.adj} side said {cl}, while the {c2.adj} delegation called {obj} {mf}"
            side = (f"{c.adj} side", "side")
            dele = (f"{c2.adj} delegation", "delegation")
            ex = [_r(text, cl, side), _called_report(text, obj, mf, dele)]
            people = ()
            others = [*_country_names(c, c2), third.name]
        elif shape == 5:
            qq = m.q(q + ".")
            text = (
                f"Asked whether the truce would hold, {a.full}, {_poss(c.name)} chief negotiator, said: {qq} "
                f"{_cap(a.poss)} counterpart from {c2.name}, {b.full}, said {cl}."
            )
            # (key fix: the question of `Asked whether` tolerated as no one's, as round 49 set)
            ex = [_d(qq, a, tn), _r(text, cl, b), *tolerate(text, "whether the truce would hold")]
        elif shape == 6:
            op = _pick(OPERATIONS59, k)
            qq = m.q(q + ".")
            text = (
                f"The talks in {venue} followed the end of an offensive code-named {m.q(op + ',')} which "
                f"{b.full} had ordered. {a.full}, {_poss(c.name)} chief negotiator, said: {qq}"
            )
            ex = [_d(qq, a, tn)]
        else:
            qq = m.q(q + ",")
            obj, frag = _pick(FRAGS59, k)
            clause = f"the offer was {m.q(frag)}"
            text = (
                f"{qq} said {a.full}, head of the {c.adj} delegation. "
                f"{b.full}, who heads the {c2.adj} team, said {clause}."
            )
            ex = [
                _d(qq, a, Contains(("delegation", c.name))),
                _mixed_report(text, clause, b, Contains(("team", c2.name))),
            ]
        yield _case(f"ho59-two-{shape}", text, ex, people, others)


# --- 7. leaders' titles -------------------------------------------------------------------------------------


def leaders_titles() -> Iterator[Case]:
    """`President NAME of COUNTRY said C.`, `COUNTRY's prime minister, NAME, told parliament: "Q."`, `"Q,"
    said NAME, the ADJ president.`, two leaders met and one speaks, `ADJ President NAME said in a televised
    address that C.`, two foreign ministers in two sentences, `Speaking alongside President B of COUNTRY2, ADJ
    Prime Minister A said: "Q."`, `NAME, who became COUNTRY's president in YEAR, called OBJ "X."`, `The ADJ
    leader, NAME, said C.`: the title holds the office and the country."""
    for a, shape, m, r in _combos(9, 250, "ho59-lead"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k, opp=k % 2 == 0)
        c2 = _c(b)
        day = _pick(DAYS59, k)
        q, q2, cl = _pick(QUOTES59, k), _pick(QUOTES59, k + 11), _pick(CLAUSES59, k + 3)
        others = [*_country_names(c, c2), "parliament", "news conference"]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"President {a.full} of {c.name} said {cl}."
            ex = [_r(text, cl, a, Contains(("president", c.name)))]
        elif shape == 1:
            qq = m.q(q + ".")
            text = f"{_poss(c.name)} prime minister, {a.full}, told parliament: {qq}"
            ex = [_d(qq, a, Contains(("prime minister", c.name)))]
        elif shape == 2:
            qq = m.q(q + ",")
            text = f"{qq} said {a.full}, the {c.adj} president."
            ex = [_d(qq, a, Contains(("president", c.name)))]
        elif shape == 3:
            qq = m.q(q + ",")
            text = (
                f"Prime Minister {a.full} of {c.name} and President {b.full} of {c2.name} met in {c.capital} "
                f"{day}. {qq} {b.last} said at a joint news conference."
            )
            ex = [_d(qq, b, Contains(("president", c2.name)))]
            people = (a, b)
        elif shape == 4:
            text = f"{c.adj} President {a.full} said in a televised address that {cl}."
            ex = [_r(text, cl, a, Contains(("president", c.name)))]
        elif shape == 5:
            qq = m.q(q2 + ".")
            text = (
                f"{a.full}, {_poss(c.name)} foreign minister, said {cl}. "
                f"{b.full}, the {c2.adj} foreign minister, said: {qq}"
            )
            ex = [
                _r(text, cl, a, Contains(("foreign minister", c.name))),
                _d(qq, b, Contains(("foreign minister", c2.name))),
            ]
            people = (a, b)
        elif shape == 6:
            qq = m.q(q + ".")
            text = f"Beside President {b.full} of {c2.name}, {c.adj} Prime Minister {a.full} said: {qq}"
            ex = [_d(qq, a, Contains(("prime minister", c.name)))]
            people = (a, b)
        elif shape == 7:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            year = 2011 + k % 12
            text = f"{a.full}, who became {_poss(c.name)} president in {year}, called {obj} {mf}"
            ex = [_called_report(text, obj, mf, a, title=Contains(("president", c.name)))]
        else:
            text = f"The {c.adj} leader, {a.full}, said {cl}."
            ex = [_r(text, cl, a, Contains(("leader", c.name)))]
        yield _case(f"ho59-lead-{shape}", text, ex, people, others)


# --- 8. UN and relief bodies --------------------------------------------------------------------------------


def un_ngo_bodies() -> Iterator[Case]:
    """`BODY said DAY that C.`, `NAME, who heads BODY's office in TOWN, said: "Q."`, `NAME, a spokesperson for
    BODY, told Wirepress that C.`, `"Q," BODY said in a statement. The agency said C.`, `NAME, BODY's
    representative in COUNTRY, said C.`, `According to BODY, C.`, `NAME, the BODY coordinator for COUNTRY,
    called OBJ "X."`, `BODY warned that C. NAME, its field director in TOWN, said: "Q."`."""
    for a, shape, m, r in _combos(8, 280, "ho59-un"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        body, acc, later = BODIES59[k % len(BODIES59)]
        short = acc[0]
        town = _pick(c.towns, k)
        day = _pick(DAYS59, k)
        q, cl, cl2 = _pick(QUOTES59, k), _pick(CLAUSES59, k + 8), _pick(CLAUSES59, k + 2)
        bodies = (*acc, _noart(later))
        others = [*_country_names(c), *bodies, body, WIRE]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"{_cap(body)} said {day} that {cl}."
            ex = [_r(text, cl, bodies)]
            people = ()
        elif shape == 1:
            qq = m.q(q + ".")
            text = f"{a.full}, who heads {_poss(body)} office in {town}, said: {qq}"
            ex = [_d(qq, a, Contains(("head", short)))]
        elif shape == 2:
            text = f"{a.full}, a spokesperson for {body}, told {WIRE} that {cl}."
            ex = [_r(text, cl, a, Contains(("spokesperson", short)))]
        elif shape == 3:
            qq = m.q(q + ",")
            text = f"{qq} {body} said in a statement. {_cap(later)} said {cl2}."
            ex = [_d(qq, bodies), _r(text, cl2, bodies)]
            people = ()
        elif shape == 4:
            text = f"{a.full}, {_poss(body)} representative in {c.name}, said {cl}."
            ex = [_r(text, cl, a, Contains(("representative", short, c.name)))]
        elif shape == 5:
            text = f"According to {body}, {cl}."
            ex = [_r(text, cl, bodies)]
            people = ()
        elif shape == 6:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"{a.full}, the {_noart(body)} coordinator for {c.name}, called {obj} {mf}"
            ex = [_called_report(text, obj, mf, a, title=Contains(("coordinator", short)))]
        else:
            qq = m.q(q + ".")
            text = f"{_cap(body)} warned that {cl}. {a.full}, its field director in {town}, said: {qq}"
            ex = [_r(text, cl, bodies), _d(qq, a, Contains("field director"))]
        yield _case(f"ho59-un-{shape}", text, ex, people, others)


# --- 9. witnesses reached by telephone ----------------------------------------------------------------------


def witnesses_phone() -> Iterator[Case]:
    """`A resident reached by telephone, who gave only her first name, NAME, said: "Q."`, `NAME, a resident of
    TOWN who gave only his first name, said by phone that C.`, `NAME, AGE, JOB in TOWN, said by telephone that
    C.`, `"Q," said NAME, JOB who fled TOWN last week.`, `One witness, JOB who declined to be named, said C.`,
    `Reached by phone in TOWN, NAME, AGE, said: "Q."`, a narrative beat and then the resident, and an
    official's report answered by a resident: the first name or full name, the job as title."""
    for a, shape, m, r in _combos(8, 275, "ho59-wit"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        fn = _pick(FIRST_NAMES59, k)
        fher = "her" if FIRST_NAMES59.index(fn) % 2 == 0 else "his"
        job, noun = _pick(JOBS59, k)
        town = _pick(c.towns, k)
        wq = WITNESS59[k % len(WITNESS59)]
        wc = WITNESS_CLAUSES59[k % len(WITNESS_CLAUSES59)]
        others = [*_country_names(c), "resident", "residents", "witness"]
        people: tuple[Person, ...] = (a,)
        tj = Contains(noun)
        if shape == 0:
            qq = m.q(wq + ".")
            text = f"A resident reached by telephone, who gave only {fher} first name, {fn}, said: {qq}"
            ex = [_d(qq, (fn,))]
            people = ()
        elif shape == 1:
            text = f"{fn}, a resident of {town} who gave only {fher} first name, said by phone that {wc}."
            ex = [_r(text, wc, (fn,))]
            people = ()
        elif shape == 2:
            text = f"{a.full}, {a.age}, {job} in {town}, said by telephone that {wc}."
            ex = [_r(text, wc, a, tj)]
        elif shape == 3:
            qq = m.q(wq + ",")
            text = f"{qq} said {a.full}, {job} who fled {town} last week."
            ex = [_d(qq, a, tj)]
        elif shape == 4:
            bare = job.split(" ", 1)[1]
            wit = ("witness", "one witness", noun, bare, f"{bare} who declined to be named")
            text = f"One witness, {job} who declined to be named, said {wc}."
            ex = [_r(text, wc, wit)]
            people = ()
        elif shape == 5:
            qq = m.q(wq + ".")
            text = f"Reached by phone in {town}, {a.full}, {a.age}, said: {qq}"
            ex = [_d(qq, a)]
        elif shape == 6:
            qq = m.q(wq + ",")
            narr = _pick(NARRATIVE59, k)
            text = f"{narr} {qq} said {a.full}, {a.age}, {job}, reached by telephone in {town}."
            ex = [_d(qq, a, tj)]
        else:
            aft, ta = _after(k, c)
            qq = m.q(wq + ".")
            c0 = _pick(CLAUSES59, k)
            text = f"{a.full}, {aft}, said {c0}. But {fn}, a resident of {town} reached by phone, said: {qq}"
            ex = [_r(text, c0, a, ta), _d(qq, (fn,))]
        yield _case(f"ho59-wit-{shape}", text, ex, people, others)


# --- 10. datelines and bylines ------------------------------------------------------------------------------


def datelines() -> Iterator[Case]:
    """Wire datelines before the first words: `TOWN, COUNTRY (Wirepress) — NAME, ROLE, said DAY that C.`,
    `CAPITAL, COUNTRY (Wirepress) — "Q," ROLE NAME said DAY.`, a narrative sentence and a spokesperson,
    a body's report, a byline before the dateline, an upper-case town, a dated dateline, an anonymous source:
    the dateline, the wire and the byline in no quotation and no speaker."""
    for a, shape, m, r in _combos(8, 250, "ho59-dl"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        town = _pick((c.capital, *c.towns), k)
        dl = f"{town}, {c.name} ({WIRE}) \u2014 "
        day = _pick(DAYS59, k)
        aft, ta = _after(k, c)
        pre, tp = _pre(k)
        q, cl = _pick(QUOTES59, k), _pick(CLAUSES59, k + 5)
        others = [*_country_names(c), WIRE, f"{WIRE} staff"]
        forbidden: list[str] = [f"({WIRE})", f"{town}, {c.name}"]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"{dl}{a.full}, {aft}, said {day} that {cl}."
            ex = [_r(text, cl, a, ta)]
        elif shape == 1:
            qq = m.q(q + ",")
            text = f"{dl}{qq} {pre} {a.full} said {day}."
            ex = [_d(qq, a, tp)]
        elif shape == 2:
            qq = m.q(q + ".")
            sp = _spokes(a)
            text = f"{dl}{_pick(NARRATIVE59, k)} {a.full}, a {sp} for the {c.adj} army, said: {qq}"
            ex = [_d(qq, a, Contains((sp, "army")))]
            others += list(_army(c))
        elif shape == 3:
            body, acc, _ = BODIES59[k % len(BODIES59)]
            text = f"{dl}{_cap(body)} said {day} that {cl}."
            ex = [_r(text, cl, acc)]
            people = ()
        elif shape == 4:
            staff = _pick(STAFF59, k)
            qq = m.q(q + ",")
            text = f"By {staff}\n\n{dl}{qq} said {a.full}, {aft}."
            ex = [_d(qq, a, ta)]
            others.append(staff)
            forbidden.append(staff)
        elif shape == 5:
            up = f"{town.upper()}, {c.name} ({WIRE}) \u2014 "
            text = f"{up}{a.full}, {aft}, told reporters {day} that {cl}."
            ex = [_r(text, cl, a, ta)]
            forbidden = [f"({WIRE})", town.upper()]
        elif shape == 6:
            month = _pick(("March", "June", "Sept.", "Nov."), k)
            dated = f"{town}, {c.name}, {month} {3 + k % 25} ({WIRE}) \u2014 "
            qq = m.q(q + ".")
            text = f"{dated}{pre} {a.full} told a news conference: {qq}"
            ex = [_d(qq, a, tp)]
        else:
            phrase, acc, reason, head = ANON59[k % len(ANON59)]
            reason = reason.format(pron=a.pronoun)
            text = f"{dl}{_cap(phrase)}, {reason}, said {cl}."
            ex = [_r(text, cl, (*acc, head))]
            people = ()
        yield _case(f"ho59-dl-{shape}", text, ex, people, others, forbidden=forbidden)


# --- 11. pronouns with two officials of different genders ---------------------------------------------------


def pronouns_two_officials() -> Iterator[Case]:
    """Two officials of different genders and countries, then pronouns: `A, ROLE, and B, ROLE2, met in CITY
    DAY. "Q," she said afterwards. He said C.`, `A ... said C. B ... disagreed. "Q," he said.`, `B listened as
    A spoke. "Q," she said. He later told reporters that C.`, a quotation split over two sentences, `B walked
    out of the session early. "Q," she said.`, `She called OBJ "X."`, and `He said` after a quotation of the
    other."""
    for a, shape, m, r in _combos(7, 250, "ho59-pro"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k + 1)
        c2 = _c(b)
        ra, ta = _after(k, c)
        rb, tb = _after(k + 3, c2)
        day = _pick(DAYS59, k)
        q, q2, cl = _pick(QUOTES59, k), _pick(QUOTES59, k + 13), _pick(CLAUSES59, k + 7)
        others = [*_country_names(c, c2), "reporters"]
        people = (a, b)
        both = f"{a.full}, {ra}, and {b.full}, {rb},"
        if shape == 0:
            qq = m.q(q + ",")
            text = (
                f"{both} met in {c.capital} {day}. {qq} {a.pronoun} said later. {_cap(b.pronoun)} said {cl}."
            )
            ex = [_d(qq, a, ta), _r(text, cl, b, tb)]
        elif shape == 1:
            qq = m.q(q + ",")
            text = f"{a.full}, {ra}, said {cl}. {b.full}, {rb}, disagreed. {qq} {b.pronoun} said."
            ex = [_r(text, cl, a, ta), _d(qq, b, tb)]
        elif shape == 2:
            qq = m.q(q + ",")
            text = (
                f"{b.full}, {rb}, listened as {a.full}, {ra}, spoke. {qq} {a.pronoun} said. "
                f"{_cap(b.pronoun)} later told reporters that {cl}."
            )
            ex = [_d(qq, a, ta), _r(text, cl, b, tb)]
        elif shape == 3:
            qq, qq2 = m.q(q + ","), m.q(q2 + ".")
            text = f"{both} arrived separately. {qq} {b.pronoun} said. {qq2}"
            ex = _split(text, qq, qq2, b, tb)
        elif shape == 4:
            qq = m.q(q + ",")
            text = f"{b.full}, {rb}, walked out early. {qq} said {a.full}, {ra}. {_cap(b.pronoun)} said {cl}."
            ex = [_d(qq, a, ta), _r(text, cl, b, tb)]
        elif shape == 5:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = f"{both} spoke to reporters after the session. {_cap(a.pronoun)} called {obj} {mf}"
            ex = [_called_report(text, obj, mf, a, title=ta)]
        else:
            qq = m.q(q + ",")
            text = f"{both} held a joint news conference. {qq} {a.pronoun} said. {_cap(b.pronoun)} said {cl}."
            ex = [_d(qq, a, ta), _r(text, cl, b, tb)]
        yield _case(f"ho59-pro-{shape}", text, ex, people, others)


# --- 12. embassies, governments, presidencies and envoys ----------------------------------------------------


def embassies_governments() -> Iterator[Case]:
    """`The ADJ embassy in CAPITAL2 said in a statement that C.`, `NAME, COUNTRY's ambassador to COUNTRY2,
    told PAPER2 that C.`, `COUNTRY's presidency said: "Q."`, `"Q," the ADJ government said in a statement,
    adding that C.`, `Government spokeswoman NAME said C.`, a recall and `the foreign ministry said`, `NAME,
    the ADJ envoy to the United Nations, told the Security Council: "Q."`, a note and `called OBJ "X."`."""
    for a, shape, m, r in _combos(8, 262, "ho59-emb"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k)
        c2 = _c(b)
        day = _pick(DAYS59, k)
        q, cl, cl2 = _pick(QUOTES59, k), _pick(CLAUSES59, k + 9), _pick(CLAUSES59, k + 12)
        emb = ("embassy", f"{c.adj} embassy", f"{c.adj} embassy in {c2.capital}", f"{_poss(c.name)} embassy")
        gov = ("government", f"{c.adj} government", f"{_poss(c.name)} government", f"{c.name} government")
        pres = ("presidency", f"{_poss(c.name)} presidency", f"{c.adj} presidency", f"{c.name} presidency")
        mins = _ministry(c)
        others = [*_country_names(c, c2), *_media(c2), *emb, *gov, *pres, *mins, "Security Council"]
        people: tuple[Person, ...] = ()
        if shape == 0:
            text = f"The {c.adj} embassy in {c2.capital} said in a statement that {cl}."
            ex = [_r(text, cl, emb)]
        elif shape == 1:
            text = f"{a.full}, {_poss(c.name)} ambassador to {c2.name}, told {c2.paper} that {cl}."
            ex = [_r(text, cl, a, Contains(("ambassador", c.name, c2.name)))]
            people = (a,)
        elif shape == 2:
            qq = m.q(q + ".")
            text = f"{_poss(c.name)} presidency said: {qq}"
            ex = [_d(qq, pres)]
        elif shape == 3:
            qq = m.q(q + ",")
            text = f"{qq} the {c.adj} government said in a statement, adding that {cl2}."
            ex = [_d(qq, gov), _r(text, cl2, gov)]
        elif shape == 4:
            sp = _spokes(a)
            text = f"Government {sp} {a.full} said {cl}."
            ex = [_r(text, cl, a, Contains((sp, "government")))]
            people = (a,)
        elif shape == 5:
            qq = m.q(q + ",")
            text = (
                f"{c.name} recalled its ambassador from {c2.capital} {day}. {qq} the foreign ministry said."
            )
            ex = [_d(qq, mins)]
        elif shape == 6:
            qq = m.q(q + ".")
            text = f"{a.full}, the {c.adj} envoy to the United Nations, told the Security Council: {qq}"
            ex = [_d(qq, a, Contains(("envoy", "United Nations", c.name)))]
            people = (a,)
        else:
            obj, frag = _pick(FRAGS59, k)
            mf = m.q(frag + ".")
            text = (
                f"In a note to the {c2.adj} charge d'affaires, the {c.adj} foreign ministry called {obj} {mf}"
            )
            ex = [_called_report(text, obj, mf, mins)]
            others += ["charge d'affaires", f"{c2.adj} charge d'affaires"]
        yield _case(f"ho59-emb-{shape}", text, ex, people, others)


# --- 13. second references ----------------------------------------------------------------------------------


def second_references() -> Iterator[Case]:
    """A title stated once, then the surname or the role: `NAME, ROLE, arrived in TOWN DAY. "Q," SURNAME told
    reporters.`, `SURNAME said C. The minister added: "Q."`, two officials of one country (another gender) and
    each by surname, `ROLE NAME ... The envoy said C.`, a paragraph between, a quotation continued after
    `SURNAME said.`, and a silent third who declined to comment."""
    for a, shape, m, r in _combos(7, 250, "ho59-sec"):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        b = _other(a, k, same=True)
        d = _other(a, k + 2, opp=False, avoid=(b,))
        town = _pick(c.towns, k)
        day = _pick(DAYS59, k)
        aft, ta = _after(k, c)
        rb, tb = _after(k + 2, c)
        q, q2, cl = _pick(QUOTES59, k), _pick(QUOTES59, k + 4), _pick(CLAUSES59, k + 10)
        others = [*_country_names(c, _c(d)), "reporters"]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            qq = m.q(q + ",")
            text = f"{a.full}, {aft}, arrived in {town} {day}. {qq} {a.last} told reporters."
            ex = [_d(qq, a, ta)]
        elif shape == 1:
            qq = m.q(q + ".")
            text = (
                f"{a.full}, {_poss(c.name)} defence minister, toured {town} {day}. {a.last} said {cl}. "
                f"The minister added: {qq}"
            )
            tm = Contains(("defence minister", c.name))
            ex = [_r(text, cl, a, tm), _d(qq, a, tm)]
        elif shape == 2:
            qq = m.q(q + ",")
            text = (
                f"{a.full}, {aft}, and {b.full}, {rb}, toured {town}. {b.last} said {cl}. {qq} {a.last} said."
            )
            ex = [_r(text, cl, b, tb), _d(qq, a, ta)]
            people = (a, b)
        elif shape == 3:
            text = (
                f"{a.full}, {_poss(c.name)} special envoy, flew to {town} {day} for a third round of talks. "
                f"The envoy said {cl}."
            )
            ex = [_r(text, cl, a, Contains(("envoy", c.name)))]
        elif shape == 4:
            qq = m.q(q + ",")
            text = f"{a.full}, {aft}, spoke for an hour.\n\n{_pick(NARRATIVE59, k)}\n\n{qq} {a.last} said."
            ex = [_d(qq, a, ta)]
        elif shape == 5:
            qq, qq2 = m.q(q + ","), m.q(q2 + ".")
            text = f"{a.full}, {aft}, met refugees in {town}. {qq} {a.last} said. {qq2}"
            ex = _split(text, qq, qq2, a, ta)
        else:
            qq = m.q(q + ",")
            rd, _ = _after(k + 1, _c(d))
            text = f"{d.full}, {rd}, declined to comment. {a.full}, {aft}, said {cl}. {qq} {a.last} added."
            ex = [_r(text, cl, a, ta), _d(qq, a, ta), *tolerate(text, "declined to comment", (d.full,))]
            people = (a, d)
        yield _case(f"ho59-sec-{shape}", text, ex, people, others)


# --- 14. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks: an offensive code-named "X", a treaty's name, banners and a placard reading "X", a
    translated word glossed, a place locals know as "X", narrative with no report; and beside them one real
    quotation or report whose speaker is checked."""
    for a, shape, m, r in _combos(9, 310, "ho59-ctl", 4):
        k = _k(PEOPLE59.index(a), shape, r)
        c = _c(a)
        op, tr = _pick(OPERATIONS59, k), _pick(TREATIES59, k)
        slogan = _pick(SLOGANS59, k)
        word, gloss = _pick(WORDS59, k)
        place = _pick(PLACES59, k)
        town = _pick(c.towns, k)
        day = _pick(DAYS59, k)
        aft, ta = _after(k, c)
        q, cl = _pick(QUOTES59, k), _pick(CLAUSES59, k + 11)
        others = [*_country_names(c), *_army(c), "protesters", "locals"]
        ex: list[Expect] = []
        people: tuple[Person, ...] = ()
        if shape == 0:
            text = f"The {c.adj} offensive, code-named {m.q(op + ',')} began at dawn {day}."
        elif shape == 1:
            text = f"Both governments signed the {m.q(tr)} in {c.capital} {day}. {_pick(NARRATIVE59, k)}"
        elif shape == 2:
            text = f"Protesters in {c.capital} carried banners reading {m.q(slogan + '.')}"
        elif shape == 3:
            text = f"Posters across {town} carried the {c.adj} word {m.q(word + ',')} meaning {gloss}."
        elif shape == 4:
            text = f"Hundreds of families gathered near the crossing locals know as {m.q(place + '.')}"
        elif shape == 5:
            text = f"{_pick(NARRATIVE59, k)} {_pick(NARRATIVE59, k + 3)}"
        elif shape == 6:
            qq = m.q(q + ",")
            text = f"The {m.q(tr)} was signed in {c.capital} {day}. {qq} said {a.full}, {aft}."
            ex = [_d(qq, a, ta)]
            people = (a,)
        elif shape == 7:
            sp = _spokes(a)
            strip = f"The strip known as {m.q(place)} divides the armies."
            text = f"{strip} {a.full}, a {sp} for the {c.adj} army, said {cl}."
            ex = [_r(text, cl, a, Contains((sp, "army")))]
            people = (a,)
        else:
            qq = m.q(q + ".")
            text = (
                f"A placard reading {m.q(slogan)} hung from the balcony of the town hall in {town}. "
                f"{a.full}, {aft}, told the crowd: {qq}"
            )
            ex = [_d(qq, a, ta)]
            people = (a,)
            others.append("crowd")
        yield _case(f"ho59-ctl-{shape}", text, ex, people, others)


HELD_OUT_59: tuple[Capability, ...] = (
    _named(
        "ministry_spokespeople",
        "6",
        "a spokeswoman for COUNTRY's foreign ministry told a briefing; the ministry said in a statement",
        ministry_spokespeople,
    ),
    _named(
        "state_media",
        "5",
        "the state news agency X reported; according to the official X; state TV quoted NAME as saying",
        state_media,
    ),
    _named(
        "translated_quotes",
        "1",
        "remarks translated by his office; an interview translated from LANGUAGE; through an interpreter",
        translated_quotes,
    ),
    _named(
        "anonymous_officials",
        "2",
        "a senior official who spoke on condition of anonymity",
        anonymous_officials,
    ),
    _named(
        "military_statements",
        "5",
        "the army said; a military spokesman, Lt. Col. NAME; who commands the X; the general staff",
        military_statements,
    ),
    _named("two_sides_talks", "4", "ceasefire and summit talks, each side quoted in turn", two_sides_talks),
    _named(
        "leaders_titles",
        "6",
        "President NAME of COUNTRY; COUNTRY's prime minister, NAME; the ADJ leader",
        leaders_titles,
    ),
    _named(
        "un_ngo_bodies",
        "5",
        "the UN refugee agency said; NAME, who heads the BODY office in TOWN; a spokesperson for BODY",
        un_ngo_bodies,
    ),
    _named(
        "witnesses_phone",
        "2",
        "a resident reached by telephone who gave only her first name; NAME, AGE, a JOB in TOWN",
        witnesses_phone,
    ),
    _named(
        "datelines", "7", "TOWN, COUNTRY (Wirepress) —; bylines; dated and upper-case datelines", datelines
    ),
    _named(
        "pronouns_two_officials",
        "4",
        "two officials of different genders, then she/he",
        pronouns_two_officials,
    ),
    _named(
        "embassies_governments",
        "5",
        "the ADJ embassy said; the presidency said; ambassador to COUNTRY2; envoy to the United Nations",
        embassies_governments,
    ),
    _named("second_references", "4", "title once, then the surname or the role", second_references),
    _named(
        "controls",
        "8",
        "operations, treaties, slogans, translated words and place names in marks; narrative with no report",
        controls,
    ),
)
