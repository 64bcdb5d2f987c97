"""Fifty-second held-out round: capabilities written at commit ``60d6d30f`` by a helper (``hcap58``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout52data.py``: thirty invented residents of small towns, each
with a gender and an age; given names for relatives who share a speaker's surname; children known by their
first name; straight and curly double marks; invented towns, streets, counties, police departments, sheriff's
offices, fire departments, schools and school districts, hospitals, courts, local television stations and
papers; quotations and reported clauses of each local beat; signs, banners, songs, events and scare terms
nobody says) as a round of LOCAL AND HUMAN-INTEREST NEWS, written the way a local paper or a TV station's
website writes crime, courts, fires and crashes, weather and floods, schools, hospitals, community events,
obituaries and profiles: every case is a short passage (one to five sentences) with one to three people, and
every quotation checks the content (the marks and the words inside them for a direct quotation; the reported
clause, with or without its *that*, for an indirect one), the kind, the canonical full name and, whenever the
text states one, the title with `Contains` of the role noun and each affiliation stated, with
`wrong_speakers` for every other person, body, town and outlet in the text.

Conventions: a rank or honorific before a name (*Sgt.*, *Dr.*, *Judge*, *Fire Chief*) is never part of the
name, while a post written before the name (*Fire Chief*, *Assistant District Attorney*, *Superintendent*)
is its title; an age and a hometown set off by commas (`NAME, 34, of Millbrook, said`) are neither the name
nor a title (the title is none when nothing else is stated); a relation set off beside the name (`her
mother, NAME,`, `NAME, the victim's brother`, `her husband of 40 years`) is the title; a description in a
relative clause (`who lives across the street`, `whose basement flooded`) or a fronted description (`the
82-year-old`) is left unchecked as a title; unnamed people (`a neighbor who asked not to be named`, `the boy's
father`, `witnesses`, `friends`) and bodies (`police`, `the National Weather Service`, `the district`, `the
hospital`) speak under the phrase the text uses, with or without its article or its modifiers; children
named by their first name only (`said Maya, 9`) speak under that name; the dead, the defendant, the suspect
and every person merely named never speak.

1. witnesses and bystanders: `said NAME, who lives across the street`, `A neighbor who asked not to be named
   said C`, `One witness, NAME, said C`, `NAME, a delivery driver who stopped to help, said:`, `Witnesses
   said C`, `said OTHER's neighbor, NAME.`, a sign on a fence (`witnesses`);
2. relatives: `Her mother, NAME, said C`, `said NAME, the victim's brother`, `The boy's father told
   reporters that C`, `VICTIM's sister, NAME, said:`, `NAME last saw her son, VICTIM, ... she said`, `whose
   son, VICTIM, was among those hurt` (`relatives`);
3. ages and hometowns in commas: `NAME, 34, of TOWN, said`, `TOWN resident NAME, 34,`, two people with ages
   and a surname second reference, `Police identified the driver as NAME, 34, of TOWN` (`ages_hometowns`);
4. police and fire: `Sgt. NAME, a spokesman for the TOWN Police Department`, `Fire Chief NAME said`, `C,
   according to police.`, `Police said C`, `said Lieutenant NAME of the COUNTY Sheriff's Office`, `TOWN Fire
   Department Battalion Chief NAME`, `According to the COUNTY Sheriff's Office, C` (`police_fire`);
5. courts: `testified that`, `told the jury`, `Assistant District Attorney NAME argued`, `Defense attorney
   NAME said`, a victim impact statement read by a relative, `Judge NAME told DEFENDANT:`, `told the
   defendant`, `DEFENDANT's lawyer, NAME,`, `Prosecutors said` (`courts`);
6. schools: `NAME, principal of SCHOOL`, `DISTRICT Superintendent NAME said in a letter to parents`, `who
   teaches fourth grade`, a school nurse, a parent, `DISTRICT said in a statement`, `Principal NAME told the
   assembly` (`schools`);
7. hospitals: a hospital spokeswoman, a nurse in the emergency department, `Dr. NAME, an emergency physician
   at HOSPITAL`, `The hospital said`, `HOSPITAL spokesman NAME`, a chief nursing officer, `Doctors said`
   (`hospitals`);
8. weather and floods: `The National Weather Service said`, a meteorologist with the weather service, `said
   STATION meteorologist NAME`, `Forecasters said`, residents whose basements flooded, an emergency
   management director, `According to the weather service,` (`weather`);
9. obituaries and tributes: `remembered him as "X"`, `described NAME as "X"`, `NAME, her husband of 40 years,
   said:`, `Friends remembered her as "X"`, `His daughter, NAME, said`, `said of SURNAME`: the deceased never
   speaks (`tributes`);
10. profiles introduced by description: `a 82-year-old ... unlocks the door`, `The 82-year-old said`, two
    people told apart by age, `Asked why, the 82-year-old laughed. "Q."` (`profiles`);
11. first names: children (`said Maya, 9`, `Maya's mother, NAME,`), first-name second references in
    features (`"Q," Maribel said.`), two children (`children_first_names`);
12. several residents in a row: `said another resident, NAME.`, `Another neighbor, NAME, said`, `said one
    resident, NAME ... said another, NAME.`, three in a row (`residents_in_a_row`);
13. pronoun second references with two people of the other gender (`pronouns_two_genders`);
14. controls: signs, banners and bumper stickers, song titles, names of events in marks, scare quotes, a
    quotation in a photo caption with no speaker given, text that reports nothing (`controls`).

Key fixes after the one run (no case weakened for quotex's sake): `A thanked B for stopping to help` is a
speech act towards B, tolerated as A's report or none, as rounds 42, 43 and 47 key it
(`pronouns_two_genders`); a scare term as the object of `Residents have complained about` may be the
residents' words, tolerated as their mixed report or none (`controls`); two victim-impact lines reworded so
that no pronoun contradicts the victim's gender (`courts`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout52data import (
    COUNTIES52,
    COURT_C,
    COURT_Q,
    DAYS52,
    EVENTS52,
    FAMILY_C,
    FAMILY_Q,
    GIVEN52,
    HABITS52,
    HOSPITAL_C,
    HOSPITAL_Q,
    HOSPITALS52,
    IMPACT_Q,
    JOBS52,
    JUDGE_Q,
    KID_C,
    KID_Q,
    KIDS52,
    MARKS52,
    OUTLETS52,
    PEOPLE52,
    POLICE_C,
    POLICE_Q,
    PROFILE_C,
    PROFILE_Q,
    RESIDENT_C,
    RESIDENT_Q,
    SCARE52,
    SCHOOL_C,
    SCHOOL_Q,
    SCHOOLS52,
    SIGNS52,
    SONGS52,
    STREETS52,
    TIMES52,
    TOWNS52,
    TRIBUTE_C,
    TRIBUTE_FRAG,
    TRIBUTE_Q,
    WEATHER_C,
    WEATHER_Q,
    WITNESS_C,
    WITNESS_Q,
)
from heldout_kit import Mark, Person, called_report, direct, tolerate
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import that_report as _that

# The loops below compute each case's expectations in the iteration that builds its text.

Who = Person | tuple[str, ...]


def _norm(name: str) -> str:
    name = " ".join(name.strip().lower().split())
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _accepted(e: Expect) -> set[str]:
    if e.speaker is None:
        return set()
    if isinstance(e.speaker, str):
        return {_norm(e.speaker)}
    return {_norm(n) for n in e.speaker}


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person] = (),
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: each quotation given to a person, body, town or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        accepted = _accepted(e)
        for p in people:
            if _norm(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in dict.fromkeys(others):
            if _norm(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=tuple(forbidden), wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout52.{name}", group, description, unique_texts(gen))


def _combos(shapes: int, seed: str, n: int = 250) -> list[tuple[Person, int, Mark, int]]:
    return sample(itertools.product(PEOPLE52, range(shapes), MARKS52, range(3)), n, seed)


def _other(a: Person, n: int, *, opp: bool = True, avoid: Sequence[Person] = ()) -> Person:
    """Another resident (of the other gender when *opp*), not *a* and none of *avoid*."""
    pool = [p for p in PEOPLE52 if p != a and p not in avoid and (not opp or p.gender != a.gender)]
    return pool[n % len(pool)]


def _q(pool: Sequence[str], n: int, m: Mark, end: str = ",") -> str:
    return m.q(_pick(pool, n) + end)


def _d(content: str, who: Who, title: TitleSpec = ANY) -> Expect:
    return direct(content, who, title)


def _r(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    return _that(text, clause, who, title)


def _acc(clause: str, who: Who) -> Expect:
    """A clause credited by `according to` (no conjunction to take or leave)."""
    names = (who.full,) if isinstance(who, Person) else who
    return Expect(clause, "indirect", names)


def _an(age: int) -> str:
    return "an" if str(age).startswith("8") or age in (11, 18) else "a"


def _first(p: Person) -> str:
    return p.full.split()[0]


def _spokes(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


def _relation(p: Person, n: int) -> str:
    """What *p* is to a younger relative."""
    if p.gender == "f":
        return _pick(("mother", "sister", "aunt", "grandmother"), n)
    return _pick(("father", "brother", "uncle", "grandfather"), n)


def _young(a: Person, n: int) -> tuple[str, str, str]:
    """A relative of *a* of the other gender who shares *a*'s surname: (full name, pronoun, possessive)."""
    given, g = _pick([x for x in GIVEN52 if x[1] != a.gender], n)
    return f"{given} {a.last}", ("she" if g == "f" else "he"), ("her" if g == "f" else "his")


def _child_of(g: str, n: int) -> str:
    """What a younger relative of gender *g* is to the speaker."""
    return _pick(("daughter", "niece", "granddaughter") if g == "she" else ("son", "nephew", "grandson"), n)


# --- 1. witnesses -------------------------------------------------------------------------------------------


def witnesses() -> Iterator[Case]:
    """Witnesses and bystanders: `said NAME, who lives across the street`, `A neighbor who asked not to be
    named said C`, `One witness, NAME, said C`, `NAME, a JOB who stopped to help, said:`, `Witnesses said C`
    beside a named owner, `said OTHER's neighbor, NAME.`, a sign on a fence beside a quotation. Key: the
    witness, never the other person, the town or the outlet."""
    for a, s, m, r in _combos(10, "ho52-wit", 252):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        town, street, day = _pick(TOWNS52, n), _pick(STREETS52, n), _pick(DAYS52, n)
        q, qd = _q(WITNESS_Q, n, m), _q(WITNESS_Q, n + 3, m, ".")
        c = _pick(WITNESS_C, n)
        outlet, bare = _pick(OUTLETS52, n)
        nb = _pick(("neighbor", "neighbour"), n)
        people: tuple[Person, ...] = (a,)
        others = [town]
        forbidden: tuple[str, ...] = ()
        if s == 0:
            text = (
                f"Smoke was pouring from the roof of the house on {street} in {town} by the time "
                f"firefighters arrived. {q} said {a.full}, who lives across the street."
            )
            ex = [_d(q, a)]
        elif s == 1:
            text = f"{a.full}, who was walking {a.poss} dog on {street} when the car left the road, said {c}."
            ex = [_r(text, c, a)]
        elif s == 2:
            text = (
                f"{a.full}, {a.age}, was treated at the scene for smoke inhalation. A {nb} who asked not "
                f"to be named said {c}."
            )
            unnamed = (nb, f"{nb} who asked not to be named", f"a {nb} who asked not to be named")
            ex = [_r(text, c, unnamed)]
        elif s == 3:
            text = f"{q} {a.full}, who saw the crash from {a.poss} front porch, told {outlet}."
            ex = [_d(q, a)]
            others += [outlet, bare]
        elif s == 4:
            text = f"Two people were hurt in the crash on {street} on {day}. One witness, {a.full}, said {c}."
            ex = [_r(text, c, a)]
        elif s == 5:
            job = _pick(JOBS52, n)
            text = f"{a.full}, a {job} who stopped to help, said: {qd}"
            ex = [_d(qd, a, Contains(job))]
        elif s == 6:
            text = (
                f"{q} said {a.full}, who lives next door. {b.full}, who owns the bakery on the corner, "
                f"said {c}."
            )
            ex = [_d(q, a), _r(text, c, b)]
            people = (a, b)
        elif s == 7:
            text = f"{b.full}, the store's owner, was not hurt. Witnesses said {c}."
            ex = [_r(text, c, ("witnesses",))]
            people = (b,)
        elif s == 8:
            text = f"{q} said {_poss(b.full)} {nb}, {a.full}."
            ex = [_d(q, a, Contains(nb))]
            people = (a, b)
        else:
            sign = m.q(_pick(SIGNS52, n))
            text = (
                f"A hand-lettered sign on the fence read {sign}. {q} said {a.full}, who lives across the "
                "street."
            )
            ex = [_d(q, a)]
            forbidden = (sign,)
        yield _case(f"ho52-wit-{s}", text, ex, people, others, forbidden=forbidden)


# --- 2. relatives -------------------------------------------------------------------------------------------


def relatives() -> Iterator[Case]:
    """Relatives: `Her mother, NAME, said C`, `said NAME, the victim's brother`, `The boy's father told
    reporters that C`, `VICTIM's sister, NAME, said:`, `NAME last saw her son, VICTIM, ... she said`, `whose
    son, VICTIM, was among those hurt`, `NAME, AGE, VICTIM's aunt, said C`. Key: the relative with the
    relation as the title; the victim never speaks."""
    for a, s, m, r in _combos(9, "ho52-rel", 262):
        n = _k(PEOPLE52.index(a), s, r)
        v, vp, vposs = _young(a, n)
        rel = _relation(a, n)
        vrel = _child_of(vp, n)
        town, day = _pick(TOWNS52, n), _pick(DAYS52, n)
        hosp = _pick(HOSPITALS52, n)
        q, qd = _q(FAMILY_Q, n, m), _q(FAMILY_Q, n + 2, m, ".")
        c = _pick(FAMILY_C, n)
        vage = _pick((17, 19, 23, 16, 21), n)
        people: tuple[Person, ...] = (a,)
        others = [v, town]
        if s == 0:
            text = f"{v}, {vage}, of {town}, died at the scene. {_cap(vposs)} {rel}, {a.full}, said {c}."
            ex = [_r(text, c, a, Contains(rel))]
        elif s == 1:
            text = f"{v} was pronounced dead at {hosp}. {q} said {a.full}, the victim's {rel}."
            ex = [_d(q, a, Contains(("victim", rel)))]
            others.append(hosp)
        elif s in (2, 8):
            kid, kage, kg = _pick(KIDS52, n)
            boy = "girl" if kg == "f" else "boy"
            par = _pick(("father", "mother"), n)
            names = (f"the {boy}'s {par}", f"{boy}'s {par}", par)
            lead = f"{kid}, {kage}, was pulled from the pond at {town} Park by a lifeguard on {day}."
            if s == 2:
                text = f"{lead} The {boy}'s {par} told reporters that {c}."
                ex = [_r(text, c, names)]
            else:
                text = f"{lead} {q} the {boy}'s {par} said outside the hospital."
                ex = [_d(q, names)]
            others = [kid, town, f"{town} Park"]
            people = ()
        elif s == 3:
            text = f"{_poss(v)} {rel}, {a.full}, said: {qd}"
            ex = [_d(qd, a, Contains(rel))]
        elif s == 4:
            text = f"{a.full} last saw {a.poss} {vrel}, {v}, on {day}. {q} {a.pronoun} said."
            ex = [_d(q, a)]
        elif s == 5:
            text = f"{a.full}, {_poss(v)} {rel}, said {c}, and added: {qd}"
            ex = [_r(text, c, a, Contains(rel)), _d(qd, a, Contains(rel))]
        elif s == 6:
            text = f"{q} said {a.full}, whose {vrel}, {v}, was among those hurt."
            ex = [_d(q, a)]
        else:
            text = f"{a.full}, {a.age}, {_poss(v)} {rel}, said {c}."
            ex = [_r(text, c, a, Contains(rel))]
        yield _case(f"ho52-rel-{s}", text, ex, people, others)


# --- 3. ages and hometowns ----------------------------------------------------------------------------------


def ages_hometowns() -> Iterator[Case]:
    """Ages and hometowns set off by commas: `NAME, AGE, of TOWN, said C`, `said NAME, AGE, of TOWN.`, `NAME,
    AGE, a JOB from TOWN, said:`, `TOWN resident NAME, AGE, said C`, a driver who told police, two people
    with ages and a surname second reference, `Police identified the driver as OTHER, AGE, of TOWN.`. Key:
    the name alone (never the age or the town), with no title unless a job is stated."""
    pool = WITNESS_C + RESIDENT_C
    for a, s, m, r in _combos(8, "ho52-age", 250):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        town, town2 = _pick(TOWNS52, n), _pick(TOWNS52, n + 5)
        street = _pick(STREETS52, n)
        q, qd = _q(WITNESS_Q + RESIDENT_Q, n, m), _q(RESIDENT_Q, n + 1, m, ".")
        c = _pick(pool, n)
        people: tuple[Person, ...] = (a,)
        others = [town, f"{a.age}"]
        if s == 0:
            text = f"{a.full}, {a.age}, of {town}, said {c}."
            ex = [_r(text, c, a, None)]
        elif s == 1:
            text = f"{q} said {a.full}, {a.age}, of {town}."
            ex = [_d(q, a, None)]
        elif s == 2:
            job = _pick(JOBS52, n)
            text = f"{a.full}, {a.age}, a {job} from {town}, said: {qd}"
            ex = [_d(qd, a, Contains(job))]
        elif s == 3:
            text = f"{town} resident {a.full}, {a.age}, said {c}."
            ex = [_r(text, c, a)]
            others.append(f"{town} resident")
        elif s == 4:
            text = (
                f"The crash killed {b.full}, {b.age}, of {town2}. {a.full}, {a.age}, of {town}, who was "
                f"driving the second car, told police {c}."
            )
            ex = [_r(text, c, a)]
            people, others = (a, b), [*others, town2, "police"]
        elif s == 5:
            text = f"{a.full}, {a.age}, and {b.full}, {b.age}, both of {town}, were hurt. {a.last} said {c}."
            ex = [_r(text, c, a, None)]
            people = (a, b)
        elif s == 6:
            text = (
                f"Police identified the driver as {b.full}, {b.age}, of {town}. {a.full}, {a.age}, of "
                f"{town2}, said {c}."
            )
            ex = [_r(text, c, a, None)]
            people, others = (a, b), [*others, town2, "police"]
        else:
            text = f"{a.full}, {a.age}, of {street} in {town}, said: {qd}"
            ex = [_d(qd, a, None)]
            others.append(street)
        yield _case(f"ho52-age-{s}", text, ex, people, others)


# --- 4. police and fire -------------------------------------------------------------------------------------


def police_fire() -> Iterator[Case]:
    """Police, sheriff and fire spokespeople: `Sgt. NAME, a spokesman for the TOWN Police Department, said C`,
    `Fire Chief NAME said C`, `C, according to police.`, `Police said C` after a named suspect, `said
    Lieutenant NAME of the COUNTY County Sheriff's Office`, `TOWN Fire Department Battalion Chief NAME said C.
    "Q," he said.`, `Police Chief NAME told the TOWN City Council that C`, `According to the COUNTY County
    Sheriff's Office, C`, `"Q," TOWN police said in a statement.`. Key: the officer with rank-free name and
    the post with its department, or the body; never a suspect."""
    for a, s, m, r in _combos(10, "ho52-pol", 262):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        town, street, day = _pick(TOWNS52, n), _pick(STREETS52, n), _pick(DAYS52, n)
        county = _pick(COUNTIES52, n)
        pd, fd, so = (
            f"{town} Police Department",
            f"{town} Fire Department",
            f"{county} County Sheriff's Office",
        )
        police = ("police", f"{town} police", pd)
        q = _q(POLICE_Q, n, m)
        c = _pick(POLICE_C, n)
        sp = _spokes(a)
        people: tuple[Person, ...] = (a,)
        others = [town, pd, fd, so, "police"]
        if s == 0:
            text = f"Sgt. {a.full}, a {sp} for the {pd}, said {c}."
            ex = [_r(text, c, a, Contains((sp, pd)))]
        elif s == 1:
            text = (
                f"Flames broke through the roof of a duplex on {street} early {day}. Fire Chief {a.full} "
                f"said {c}."
            )
            ex = [_r(text, c, a, Contains("fire chief"))]
        elif s == 2:
            text = (
                f"{_cap(_an(b.age))} {b.age}-year-old {town} {b.kin('woman', 'man')} was arrested on {day}"
                f" after a chase on {street}. {_cap(c)}, according to police."
            )
            ex = [_acc(_cap(c), police)]
            people = ()
        elif s == 3:
            text = f"{b.full}, {b.age}, of {town}, was charged with reckless driving. Police said {c}."
            ex = [_r(text, c, police)]
            people = (b,)
        elif s == 4:
            rank = _pick(("Lieutenant", "Captain", "Detective", "Deputy"), n)
            text = f"{q} said {rank} {a.full} of the {so}."
            ex = [_d(q, a, Contains((rank, so)))]
        elif s == 5:
            c5 = "the fire started in the kitchen"
            text = f"{fd} Battalion Chief {a.full} said {c5}. {q} {a.pronoun} said."
            t = Contains(("battalion chief", fd))
            ex = [_r(text, c5, a, t), _d(q, a, t)]
        elif s == 6:
            c6 = f"officers were called to {street} at {_pick(TIMES52, n)} and found the garage on fire"
            text = f"{a.full}, a {sp} for the {pd}, said {c6}."
            ex = [_r(text, c6, a, Contains((sp, pd)))]
        elif s == 7:
            text = f"Police Chief {a.full} told the {town} City Council that {c}."
            ex = [_r(text, c, a, Contains("police chief"))]
            others.append(f"{town} City Council")
        elif s == 8:
            text = f"According to the {so}, {c}."
            ex = [_acc(c, (so, "sheriff's office", f"{county} County sheriff's office"))]
            people = ()
        else:
            text = (
                f"{b.full}, {b.age}, was taken into custody on {day}. {q} {town} police said in a statement."
            )
            ex = [_d(q, police)]
            people = (b,)
        yield _case(f"ho52-pol-{s}", text, ex, people, others)


# --- 5. courts ----------------------------------------------------------------------------------------------


def courts() -> Iterator[Case]:
    """Courts: `NAME testified that C`, `"Q," NAME told the jury`, `Assistant District Attorney NAME argued
    that C`, `Defense attorney NAME said C`, a victim impact statement read by a relative, `Judge NAME told
    DEFENDANT:`, `"Q," Judge NAME told the defendant`, `DEFENDANT's lawyer, NAME, said C`, `Prosecutors said
    C`, `NAME, the first officer to arrive, testified:`. Key: the witness, lawyer, judge or relative; the
    defendant never speaks."""
    for a, s, m, r in _combos(10, "ho52-court", 252):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        day, county = _pick(DAYS52, n), _pick(COUNTIES52, n)
        court = f"{county} County Superior Court"
        q, qd = _q(COURT_Q, n, m), _q(COURT_Q, n + 1, m, ".")
        qi, qj, qjd = _q(IMPACT_Q, n, m), _q(JUDGE_Q, n, m), _q(JUDGE_Q, n, m, ".")
        c = _pick(COURT_C, n)
        people: tuple[Person, ...] = (a, b)
        others = [court, "the defendant", "the jury"]
        if s == 0:
            text = (
                f"{b.full}, {b.age}, is charged with vehicular homicide. On {day}, {a.full} testified that"
                f" {c}."
            )
            ex = [_r(text, c, a)]
        elif s == 1:
            text = f"{q} {a.full} told the jury on the third day of {_poss(b.full)} trial."
            ex = [_d(q, a)]
        elif s == 2:
            text = f"{b.full} has pleaded not guilty. Assistant District Attorney {a.full} argued that {c}."
            ex = [_r(text, c, a, Contains("assistant district attorney"))]
        elif s == 3:
            law = _pick(("Defense attorney", "Defence lawyer"), n)
            text = (
                f"{b.full} sat beside {b.poss} lawyer during the hearing in {court}. {law} {a.full} said {c}."
            )
            ex = [_r(text, c, a, Contains(law.lower()))]
        elif s == 4:
            v, _vp, _vposs = _young(a, n + 1)
            rel = _relation(a, n)
            text = (
                f"Before {b.full} was sentenced on {day}, {a.full}, {_poss(v)} {rel}, read a victim impact "
                f"statement to the court. {qi} {a.pronoun} said."
            )
            ex = [_d(qi, a, Contains(rel))]
            others.append(v)
        elif s == 5:
            text = f"Judge {a.full} told {b.full}: {qjd}"
            ex = [_d(qjd, a, Contains("judge"))]
        elif s == 6:
            text = f"{qj} Judge {a.full} told the defendant before handing down the sentence."
            ex = [_d(qj, a, Contains("judge"))]
            people = (a,)
        elif s == 7:
            text = f"{_poss(b.full)} lawyer, {a.full}, said {c}."
            ex = [_r(text, c, a, Contains("lawyer"))]
        elif s == 8:
            text = f"{b.full}, {b.age}, was arraigned on {day} in {court}. Prosecutors said {c}."
            ex = [_r(text, c, ("prosecutors",))]
            people = (b,)
        else:
            text = f"{a.full}, the first officer to arrive, testified on {day}: {qd}"
            ex = [_d(qd, a)]
            people = (a,)
        yield _case(f"ho52-court-{s}", text, ex, people, others)


# --- 6. schools ---------------------------------------------------------------------------------------------


def schools() -> Iterator[Case]:
    """Schools: `NAME, principal of SCHOOL, said C`, `DISTRICT Superintendent NAME said in a letter to
    parents that C`, `said NAME, who teaches fourth grade at SCHOOL`, `NAME, a school nurse at SCHOOL,
    said:`, `NAME, whose daughter is a third-grader at SCHOOL, said C`, `DISTRICT said in a statement that
    C`, a principal and then a parent, `"Q," Principal NAME told the assembly.`. Key: the post with its
    school or district; a parent and a teacher unchecked."""
    for a, s, m, r in _combos(8, "ho52-sch", 250):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        school, district = _pick(SCHOOLS52, n)
        town, day = _pick(TOWNS52, n), _pick(DAYS52, n)
        q, qd = _q(SCHOOL_Q, n, m), _q(SCHOOL_Q, n + 2, m, ".")
        c = _pick(SCHOOL_C, n)
        people: tuple[Person, ...] = (a,)
        others = [school, district, town]
        if s == 0:
            text = f"{a.full}, principal of {school}, said {c}."
            ex = [_r(text, c, a, Contains(("principal", school)))]
        elif s == 1:
            text = f"{district} Superintendent {a.full} said in a letter to parents that {c}."
            ex = [_r(text, c, a, Contains(("superintendent", district)))]
        elif s == 2:
            text = f"{q} said {a.full}, who teaches fourth grade at {school}."
            ex = [_d(q, a)]
        elif s == 3:
            text = f"{a.full}, a school nurse at {school}, said: {qd}"
            ex = [_d(qd, a, Contains(("nurse", school)))]
        elif s == 4:
            c4 = _pick(RESIDENT_C, n)
            text = f"{a.full}, whose daughter is a third-grader at {school}, said {c4}."
            ex = [_r(text, c4, a)]
        elif s == 5:
            text = (
                f"{school} in {town} was closed on {day} after a boiler failed. {district} said in a "
                f"statement that {c}."
            )
            ex = [_r(text, c, (district, "district"))]
            people = ()
        elif s == 6:
            text = f"{a.full}, principal of {school}, said {c}. {b.full}, a parent, said: {qd}"
            ex = [_r(text, c, a, Contains(("principal", school))), _d(qd, b)]
            people = (a, b)
        else:
            text = (
                f"Students at {school} packed the gym on {day} to thank a retiring custodian. {q} "
                f"Principal {a.full} told the assembly."
            )
            ex = [_d(q, a, Contains("principal"))]
        yield _case(f"ho52-sch-{s}", text, ex, people, others)


# --- 7. hospitals -------------------------------------------------------------------------------------------


def hospitals() -> Iterator[Case]:
    """Hospitals: `NAME, a spokeswoman for HOSPITAL, said C`, `said NAME, a nurse in the emergency department
    at HOSPITAL`, `Dr. NAME, an emergency physician at HOSPITAL, said C`, `The hospital said C` after a named
    patient, `HOSPITAL spokesman NAME said:`, `NAME, chief nursing officer at HOSPITAL, told STATION that C`,
    `"Q," NAME, a spokeswoman for HOSPITAL, said in a statement.`, `Doctors said C`. Key: the post with its
    hospital, or the hospital; never the patient."""
    for a, s, m, r in _combos(8, "ho52-hosp", 262):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        h = _pick(HOSPITALS52, n)
        outlet, bare = _pick(OUTLETS52, n)
        q, qd = _q(HOSPITAL_Q, n, m), _q(HOSPITAL_Q, n + 1, m, ".")
        c = _pick(HOSPITAL_C, n)
        sp = _spokes(a)
        people: tuple[Person, ...] = (a,)
        others = [h]
        if s == 0:
            text = f"{a.full}, a {sp} for {h}, said {c}."
            ex = [_r(text, c, a, Contains((sp, h)))]
        elif s == 1:
            text = f"{q} said {a.full}, a nurse in the emergency department at {h}."
            ex = [_d(q, a, Contains(("nurse", h)))]
        elif s == 2:
            text = f"Dr. {a.full}, an emergency physician at {h}, said {c}."
            ex = [_r(text, c, a, Contains(("physician", h)))]
        elif s == 3:
            c3 = f"{b.pronoun} was in stable condition"
            text = f"{b.full}, {b.age}, was flown to {h} after the crash. The hospital said {c3}."
            ex = [_r(text, c3, (h, "hospital"))]
            people, others = (b,), []
        elif s == 4:
            text = f"{h} {sp} {a.full} said: {qd}"
            ex = [_d(qd, a, Contains((sp, h)))]
        elif s == 5:
            text = f"{a.full}, chief nursing officer at {h}, told {outlet} that {c}."
            ex = [_r(text, c, a, Contains(("chief nursing officer", h)))]
            others += [outlet, bare]
        elif s == 6:
            text = f"{q} {a.full}, a {sp} for {h}, said in a statement."
            ex = [_d(q, a, Contains((sp, h)))]
        else:
            c7 = f"{b.last} would need at least one more surgery"
            text = f"{b.full}, {b.age}, was hurt when the scaffolding collapsed. Doctors said {c7}."
            ex = [_r(text, c7, ("doctors",))]
            people = (b,)
        yield _case(f"ho52-hosp-{s}", text, ex, people, others)


# --- 8. weather and floods ----------------------------------------------------------------------------------

NWS = "National Weather Service"


def weather() -> Iterator[Case]:
    """Weather and floods: `The National Weather Service said C`, `NAME, a meteorologist with the National
    Weather Service in TOWN, said C`, `said STATION meteorologist NAME`, `Forecasters said C`, `said NAME,
    whose basement flooded`, `COUNTY County Emergency Management Director NAME said C`, `According to the
    weather service, C`, a farmer after a warning, `"Q," the National Weather Service said in a flood
    warning.`. Key: the weather service, the forecasters or the person; never the station or the town."""
    for a, s, m, r in _combos(9, "ho52-wx", 300):
        n = _k(PEOPLE52.index(a), s, r)
        town, day, county = _pick(TOWNS52, n), _pick(DAYS52, n), _pick(COUNTIES52, n)
        outlet, bare = _pick([o for o in OUTLETS52 if not o[0].startswith("the ")], n)
        official, resident = WEATHER_Q[:3], WEATHER_Q[3:]
        c = _pick(WEATHER_C, n)
        nws = (NWS, "weather service", f"{NWS} in {town}", "NWS")
        people: tuple[Person, ...] = (a,)
        others = [town, NWS, f"{county} County"]
        if s == 0:
            text = f"Rain fell for a third straight day in {town} on {day}. The {NWS} said {c}."
            ex = [_r(text, c, nws)]
            people = ()
        elif s == 1:
            text = f"{a.full}, a meteorologist with the {NWS} in {town}, said {c}."
            ex = [_r(text, c, a, Contains(("meteorologist", NWS)))]
        elif s == 2:
            q = _q(official, n, m)
            text = f"{q} said {outlet} meteorologist {a.full}."
            ex = [_d(q, a, Contains(("meteorologist", bare)))]
            others += [outlet, bare]
        elif s == 3:
            text = f"Rain fell for a third straight day in {town} on {day}. Forecasters said {c}."
            ex = [_r(text, c, ("forecasters",))]
            people = ()
        elif s == 4:
            q = _q(resident, n, m)
            text = f"{q} said {a.full}, whose basement flooded for the second time this year."
            ex = [_d(q, a)]
        elif s == 5:
            text = f"{county} County Emergency Management Director {a.full} said {c}."
            ex = [_r(text, c, a, Contains(("emergency management director", f"{county} County")))]
        elif s == 6:
            text = (
                f"The creek left its banks south of {town} overnight. According to the weather service, {c}."
            )
            ex = [_acc(c, nws)]
            people = ()
        elif s == 7:
            qd = _q(resident, n, m, ".")
            text = (
                f"The {NWS} issued a flood warning for {county} County on {day}. {a.full}, who has farmed "
                f"along the river for thirty years, said: {qd}"
            )
            ex = [_d(qd, a)]
        else:
            q = _q(official, n, m)
            text = f"{q} the {NWS} said in a flood warning for {county} County."
            ex = [_d(q, nws)]
            people = ()
        yield _case(f"ho52-wx-{s}", text, ex, people, others)


# --- 9. obituaries and tributes -----------------------------------------------------------------------------


def tributes() -> Iterator[Case]:
    """Obituaries and tributes: `NAME remembered him as "X"`, `NAME, her husband of 40 years, said:`, `NAME
    described DECEASED as "X"`, `said NAME, who coached alongside SURNAME for 20 years`, `Friends remembered
    her as "X"`, `His daughter, NAME, said C`, `"Q," NAME said of SURNAME.`, a grandchild at the service.
    Key: the mourner with a stated relation as the title; the deceased never speaks."""
    for a, s, m, r in _combos(8, "ho52-trib", 250):
        n = _k(PEOPLE52.index(a), s, r)
        d = _other(a, n)
        street, day, town = _pick(STREETS52, n), _pick(DAYS52, n), _pick(TOWNS52, n)
        frag = m.q(_pick(TRIBUTE_FRAG, n))
        line = _pick(TRIBUTE_Q, n).format(P=_cap(d.pronoun), o=d.obj)
        q, qd = m.q(line + ","), m.q(line + ".")
        c = _pick(TRIBUTE_C, n)
        years = _pick((40, 52, 37, 61), n)
        dage = 71 + n % 24
        people: tuple[Person, ...] = (a, d)
        others = [town]
        if s == 0:
            text = (
                f"{d.full}, who died on {day} at {dage}, ran the hardware store on {street} for four "
                f"decades. {a.full} remembered {d.obj} as {frag}."
            )
            ex = [called_report(text, d.obj, frag, a, link=" as ")]
        elif s == 1:
            spouse = a.kin("wife", "husband")
            text = f"{d.full} died on {day}. {a.full}, {d.poss} {spouse} of {years} years, said: {qd}"
            ex = [_d(qd, a, Contains(spouse))]
        elif s == 2:
            text = (
                f"Hundreds filled the gym in {town} on {day} for the funeral of longtime coach {d.full}. "
                f"{a.full} described {d.last} as {frag}."
            )
            ex = [called_report(text, d.last, frag, a, link=" as ")]
        elif s == 3:
            text = (
                f"{d.full}, {dage}, died on {day}. {q} said {a.full}, who coached alongside {d.last} for "
                f"{years - 20} years."
            )
            ex = [_d(q, a)]
        elif s == 4:
            text = f"{d.full}, {dage}, of {town}, died {day}. Friends remembered {d.obj} as {frag}."
            ex = [called_report(text, d.obj, frag, ("friends",), link=" as ")]
            people = (d,)
        elif s == 5:
            child = a.kin("daughter", "son")
            text = (
                f"{d.full}, {dage}, died {day} at {_pick(HOSPITALS52, n)}. {_cap(d.poss)} {child}, "
                f"{a.full}, said {c}."
            )
            ex = [_r(text, c, a, Contains(child))]
            others.append(_pick(HOSPITALS52, n))
        elif s == 6:
            text = f"{d.full} died on {day} at {dage}. {q} {a.full} said of {d.last}."
            ex = [_d(q, a)]
        else:
            grand = a.kin("granddaughter", "grandson")
            text = (
                f"{d.full} was buried in {town} on {day}. At the service, {a.full}, {d.poss} {grand}, read"
                f" a poem and said {c}."
            )
            ex = [_r(text, c, a, Contains(grand))]
        yield _case(f"ho52-trib-{s}", text, ex, people, others)


# --- 10. profiles ------------------------------------------------------------------------------------------


def profiles() -> Iterator[Case]:
    """Profiles where the person is introduced by description or named before an epithet: `Every morning at
    five, a 82-year-old JOB unlocks ... NAME HABIT. "Q," SURNAME said.`, `NAME HABIT. "Q," the 82-year-old
    said.`, `NAME met OTHER at a dance ... The 82-year-old said C.` (ages tell them apart), `NAME, AGE, a JOB,
    HABIT. "Q," SURNAME said.`, `The AGE-year-old JOB HABIT. NAME said C.`, `For AGE-year-old NAME, ... "Q,"
    she said.`, `Asked why, the AGE-year-old laughed. "Q."`. Key: the profiled person."""
    for a, s, m, r in _combos(8, "ho52-prof", 250):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        town, street = _pick(TOWNS52, n), _pick(STREETS52, n)
        habit = _pick(HABITS52, n).format(street=street, town=town)
        job = _pick(JOBS52, n)
        q, qd = _q(PROFILE_Q, n, m), _q(PROFILE_Q, n + 1, m, ".")
        c = _pick(PROFILE_C, n)
        people: tuple[Person, ...] = (a,)
        others = [town]
        if s == 0:
            text = (
                f"Every morning at five, {_an(a.age)} {a.age}-year-old {job} unlocks the door of the shop on "
                f"{street}. {a.full} {habit}. {q} {a.last} said."
            )
            ex = [_d(q, a)]
        elif s == 1:
            text = f"{a.full} {habit}. {q} the {a.age}-year-old said."
            ex = [_d(q, a)]
        elif s == 2:
            text = f"{a.full} met {b.full} at a dance in {town} years ago. The {a.age}-year-old said {c}."
            ex = [_r(text, c, a)]
            people = (a, b)
        elif s == 3:
            text = f"{a.full}, {a.age}, a {job}, {habit}. {q} {a.last} said."
            ex = [_d(q, a, Contains(job))]
        elif s == 4:
            text = f"The {a.age}-year-old {job} {habit}. {a.full} said {c}."
            ex = [_r(text, c, a)]
        elif s == 5:
            text = f"{a.full} {habit}. {b.full}, {b.age}, helps on weekends. {q} the {a.age}-year-old said."
            ex = [_d(q, a)]
            people = (a, b)
        elif s == 6:
            text = (
                f"For {a.age}-year-old {a.full}, the work never stopped. {_cap(a.pronoun)} {habit}. {q} "
                f"{a.pronoun} said."
            )
            ex = [_d(q, a)]
        else:
            text = f"{a.full} {habit}. Asked why, the {a.age}-year-old laughed. {qd}"
            ex = [_d(qd, a)]
        yield _case(f"ho52-prof-{s}", text, ex, people, others)


# --- 11. first names --------------------------------------------------------------------------------------


def children_first_names() -> Iterator[Case]:
    """Children named by first name and first-name second references in features: `NAME brought her
    daughter ... "Q," said Maya, 9.`, `Maya, 9, said she liked C`, `NAME started baking ... "Q," Maribel
    said.`, `Maya's mother, NAME, said C`, `NAME watched her son, Eli, ... "Q," Eli said.`, two children,
    two adults by first name, `said Maya, who turns 10 next month`. Key: the child under the first name, the
    adult under the full name; never the parent for the child."""
    for a, s, m, r in _combos(8, "ho52-kid", 290):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        kid, kage, kg = _pick(KIDS52, n)
        kid2, kage2, _ = _pick(KIDS52, n + 3)
        kp = "she" if kg == "f" else "he"
        kchild = "daughter" if kg == "f" else "son"
        town, day, street = _pick(TOWNS52, n), _pick(DAYS52, n), _pick(STREETS52, n)
        q, qd = _q(KID_Q, n, m), _q(KID_Q, n + 2, m, ".")
        people: tuple[Person, ...] = (a,)
        others = [town, f"{town} Park"]
        if s == 0:
            text = (
                f"{a.full} brought {a.poss} {kchild} to the pumpkin patch on {day}. {q} said {kid}, {kage}."
            )
            ex = [_d(q, (kid,))]
        elif s == 1:
            c = _pick(KID_C, n).format(p=kp)
            text = (
                f"Children lined up for a turn in the fire truck at {town} Park on {day}. {kid}, {kage}, "
                f"said {c}."
            )
            ex = [_r(text, c, (kid,))]
            people = ()
        elif s == 2:
            qa = _q(PROFILE_Q, n, m)
            text = (
                f"{a.full} started baking for the shelter three winters ago. These days {_first(a)} bakes "
                f"forty loaves a week. {qa} {_first(a)} said."
            )
            ex = [_d(qa, a)]
        elif s == 3:
            c = _pick(SCHOOL_C, n)
            rel = a.kin("mother", "father")
            text = f"{_poss(kid)} {rel}, {a.full}, said {c}."
            ex = [_r(text, c, a, Contains(rel))]
            others.append(kid)
        elif s == 4:
            text = (
                f"{a.full} watched {a.poss} {kchild}, {kid}, climb into the cab of the ladder truck. {q} "
                f"{kid} said."
            )
            ex = [_d(q, (kid,))]
        elif s == 5:
            if kid2 == kid:
                kid2, kage2 = "Theo", 11
            text = f"{q} said {kid}, {kage}. {kid2}, {kage2}, disagreed: {qd}"
            ex = [_d(q, (kid,)), _d(qd, (kid2,))]
            people = ()
        elif s == 6:
            qa, c = _q(PROFILE_Q, n, m), _pick(PROFILE_C, n)
            text = (
                f"{a.full} and {b.full} opened the diner on {street} together. {qa} {_first(a)} said. "
                f"{_first(b)} said {c}."
            )
            ex = [_d(qa, a), _r(text, c, b)]
            people = (a, b)
        else:
            text = f"{q} said {kid}, who turns {kage + 1} next month."
            ex = [_d(q, (kid,))]
            people = ()
        yield _case(f"ho52-kid-{s}", text, ex, people, others)


# --- 12. residents in a row ---------------------------------------------------------------------------------


def residents_in_a_row() -> Iterator[Case]:
    """Several residents quoted in a row: `"Q1," said NAME. "Q2," said another resident, OTHER.`, `NAME, who
    has lived on STREET for 30 years, said C1. Another neighbor, OTHER, said C2.`, three speakers in a row,
    a council meeting (`NAME said: "Q." OTHER, AGE, said C.`), `said one resident, NAME ... said another,
    OTHER.`, `Her neighbor, OTHER, disagreed. "Q," SURNAME said.`, three names with ages. Key: each quotation
    its own resident."""
    for a, s, m, r in _combos(7, "ho52-res", 250):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        p3 = _other(a, n + 1, opp=False, avoid=(b,))
        town, street, day = _pick(TOWNS52, n), _pick(STREETS52, n), _pick(DAYS52, n)
        q1, q2, q3 = (_q(RESIDENT_Q, n + i, m) for i in range(3))
        q1d = _q(RESIDENT_Q, n, m, ".")
        c1, c2 = _pick(RESIDENT_C, n), _pick(RESIDENT_C, n + 1)
        nb = _pick(("neighbor", "neighbour"), n)
        people: tuple[Person, ...] = (a, b)
        others = [town]
        if s == 0:
            text = f"{q1} said {a.full}. {q2} said another resident, {b.full}."
            ex = [_d(q1, a), _d(q2, b)]
        elif s == 1:
            text = (
                f"{a.full}, who has lived on {street} for 30 years, said {c1}. Another {nb}, {b.full}, "
                f"said {c2}."
            )
            ex = [_r(text, c1, a), _r(text, c2, b)]
        elif s == 2:
            text = f"{q1} said {a.full}. {b.full} said {c1}. {q3} added {p3.full}, who lives two doors down."
            ex = [_d(q1, a), _r(text, c1, b), _d(q3, p3)]
            people = (a, b, p3)
        elif s == 3:
            text = (
                f"Residents packed the {town} council meeting on {day}. {a.full} said: {q1d} {b.full}, "
                f"{b.age}, said {c1}."
            )
            ex = [_d(q1d, a), _r(text, c1, b)]
        elif s == 4:
            text = f"{q1} said one resident, {a.full}. {q2} said another, {b.full}."
            ex = [_d(q1, a), _d(q2, b)]
        elif s == 5:
            text = f"{a.full} said {c1}. {_cap(a.poss)} {nb}, {b.full}, disagreed. {q2} {b.last} said."
            ex = [_r(text, c1, a), _d(q2, b, Contains(nb))]
        else:
            text = f"{q1} said {a.full}, {a.age}. {q2} said {b.full}, {b.age}. {q3} said {p3.full}, {p3.age}."
            ex = [_d(q1, a), _d(q2, b), _d(q3, p3)]
            people = (a, b, p3)
        yield _case(f"ho52-res-{s}", text, ex, people, others)


# --- 13. pronouns -------------------------------------------------------------------------------------------


def pronouns_two_genders() -> Iterator[Case]:
    """Pronoun second references with two people of the other gender: `A and B were asleep when the fire
    started. "Q," she said.`, `B called 911 after A collapsed. Later, she said C.`, `A said C. B was less
    certain. "Q," he said.`, `Officer B pulled A from the car. "Q," she said later.`, a principal and a
    parent, `A thanked B ... "Q," she said of him.` (the thanks tolerated as A's report or none), `B found A's
    dog ... "Q," he said. She said C.`, `When B arrived, A was already on the roof. She said:`. Key: the
    person whose gender the pronoun has."""
    qs, cs = WITNESS_Q + RESIDENT_Q, WITNESS_C + RESIDENT_C
    for a, s, m, r in _combos(8, "ho52-pron", 250):
        n = _k(PEOPLE52.index(a), s, r)
        b = _other(a, n)
        school, _district = _pick(SCHOOLS52, n)
        q, qd = _q(qs, n, m), _q(qs, n + 4, m, ".")
        c, c2 = _pick(cs, n), _pick(cs, n + 3)
        people: tuple[Person, ...] = (a, b)
        others: list[str] = []
        if s == 0:
            text = f"{a.full} and {b.full} were asleep when the fire started. {q} {a.pronoun} said."
            ex = [_d(q, a)]
        elif s == 1:
            text = (
                f"{b.full} called 911 after {a.full} collapsed on the sidewalk. Later, {a.pronoun} said {c}."
            )
            ex = [_r(text, c, a)]
        elif s == 2:
            text = f"{a.full} said {c}. {b.full} was less certain. {q} {b.pronoun} said."
            ex = [_r(text, c, a), _d(q, b)]
        elif s == 3:
            text = f"Officer {b.full} pulled {a.full} from the car. {q} {a.pronoun} said later."
            ex = [_d(q, a)]
        elif s == 4:
            text = (
                f"{a.full}, principal of {school}, met with {b.full}, whose son was hurt on the "
                f"playground. {_cap(a.pronoun)} said {c}."
            )
            ex = [_r(text, c, a, Contains(("principal", school)))]
            others.append(school)
        elif s == 5:
            text = f"{a.full} thanked {b.full} for stopping to help. {q} {a.pronoun} said of {b.obj}."
            # key fix: thanking someone is a speech act towards them, tolerated as the thanker's report or
            # none (as rounds 42, 43 and 47 key it)
            ex = [_d(q, a), *tolerate(text, f"thanked {b.full} for stopping to help", (a.full,))]
        elif s == 6:
            text = (
                f"{b.full} found {_poss(a.full)} dog two miles from home. {q} {b.pronoun} said. "
                f"{_cap(a.pronoun)} said {c2}."
            )
            ex = [_d(q, b), _r(text, c2, a)]
        else:
            text = f"When {b.full} arrived, {a.full} was already on the roof. {_cap(a.pronoun)} said: {qd}"
            ex = [_d(qd, a)]
        yield _case(f"ho52-pron-{s}", text, ex, people, others)


# --- 14. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks that are no quotations and text that reports nothing: a sign on a door (`read "X"`), a banner
    beside a quotation, a song a choir sang beside a quotation, an event's name, a scare term as the object of
    a complaint (tolerated as the complainers' words or none) beside a report, a photo caption's quotation
    with no speaker given (tolerated only without a speaker) above a report, an event's name beside a report,
    a bumper sticker that `says "X"`, a song students sang, an obituary notice, `did not return a call seeking
    comment`. Key: none of these is a quotation, and the caption's is nobody's."""
    for a, s, m, r in _combos(11, "ho52-ctl", 250):
        n = _k(PEOPLE52.index(a), s, r)
        town, street, day = _pick(TOWNS52, n), _pick(STREETS52, n), _pick(DAYS52, n)
        school, _district = _pick(SCHOOLS52, n)
        sign, song, event = m.q(_pick(SIGNS52, n)), m.q(_pick(SONGS52, n)), m.q(_pick(EVENTS52, n))
        scare = m.q(_pick(SCARE52, n))
        q = _q(RESIDENT_Q + SCHOOL_Q, n, m)
        c = _pick(RESIDENT_C, n)
        ex: list[Expect] = []
        others = [town]
        forbidden: tuple[str, ...] = ()
        if s == 0:
            text = f"A sign taped to the door of the diner on {street} read {sign}."
            forbidden = (sign,)
        elif s == 1:
            text = (
                f"Volunteers hung a banner reading {sign} across {street}. {q} said {a.full}, who "
                "organized the cleanup."
            )
            ex, forbidden = [_d(q, a)], (sign,)
        elif s == 2:
            text = (
                f"The {school} choir closed the evening with {song}. {q} said {a.full}, the choir director."
            )
            ex, forbidden = [_d(q, a, Contains("choir director"))], (song,)
            others.append(school)
        elif s == 3:
            text = f"The {event} returns to {town} Park on {day}, with hay rides and a pie contest."
            forbidden = (event,)
        elif s == 4:
            text = (
                f"Residents have complained for months about the {scare} at the corner of {street} and "
                f"Main. {a.full}, who lives on the corner, said {c}."
            )
            # key fix: the marked term is the object of a complaint, so it may be read as the residents'
            # words (a mixed report) or as no quotation; only another speaker fails
            lead = text.split(". ")[0]
            ex = [*tolerate(text, lead, ("Residents",)), _r(text, c, a)]
        elif s == 5:
            cap_q = m.q(_pick(WEATHER_Q[3:] + FAMILY_Q[-1:], n) + ".")
            caption = f"Photo: Volunteers sort donations at the {town} food pantry. {cap_q}"
            text = f"{caption}\n\n{a.full}, the pantry's director, said {c}."
            ex = [*tolerate(text, caption), _r(text, c, a, Contains("director"))]
        elif s == 6:
            text = (
                f"Tickets for the {event} sold out in an hour. {a.full}, who chairs the festival "
                f"committee, said {c}."
            )
            ex, forbidden = [_r(text, c, a)], (event,)
        elif s == 7:
            text = f"{_poss(a.full)} pickup still has a faded bumper sticker that says {sign}."
            forbidden = (sign,)
        elif s == 8:
            text = f"Students at {school} sang {song} as the new flag was raised on {day}."
            forbidden = (song,)
            others.append(school)
        elif s == 9:
            text = (
                f"{a.full}, {a.age}, of {town}, died on {day}. Arrangements are pending with the Haldane "
                "Funeral Home."
            )
        else:
            text = (
                f"A fence along {street} was knocked down in the storm. {a.full}, who owns the property, "
                "did not return a call seeking comment."
            )
        yield _case(f"ho52-ctl-{s}", text, ex, (a,) if ex else (), others, forbidden=forbidden)


HELD_OUT_52: tuple[Capability, ...] = (
    _named(
        "witnesses",
        "2",
        "said NAME, who lives across the street; a neighbor who asked not to be named",
        witnesses,
    ),
    _named(
        "relatives",
        "4",
        "Her mother, NAME; NAME, the victim's brother; the boy's father told reporters",
        relatives,
    ),
    _named(
        "ages_hometowns",
        "5",
        "NAME, 34, of TOWN, said; TOWN resident NAME; police identified",
        ages_hometowns,
    ),
    _named(
        "police_fire",
        "6",
        "Sgt. NAME, a spokesman for the PD; Fire Chief NAME; according to police",
        police_fire,
    ),
    _named(
        "courts", "6", "testified; told the jury; ADA NAME argued; defense attorney; Judge NAME told", courts
    ),
    _named(
        "schools", "6", "principal of SCHOOL; DISTRICT Superintendent; school nurse; the district", schools
    ),
    _named(
        "hospitals",
        "6",
        "hospital spokeswoman; nurse; Dr. NAME, an emergency physician; the hospital",
        hospitals,
    ),
    _named(
        "weather",
        "5",
        "the National Weather Service said; meteorologist; forecasters; flood residents",
        weather,
    ),
    _named(
        "tributes", "4", 'remembered him as "X"; her husband of 40 years; Friends remembered her', tributes
    ),
    _named(
        "profiles", "4", "a 82-year-old JOB ... NAME; The 82-year-old said; Asked why, ... laughed", profiles
    ),
    _named(
        "children_first_names",
        "5",
        "said Maya, 9; Maya's mother, NAME; first-name second references",
        children_first_names,
    ),
    _named(
        "residents_in_a_row",
        "2",
        "said another resident, NAME; said one resident ... said another",
        residents_in_a_row,
    ),
    _named("pronouns_two_genders", "4", "he/she after two people of the other gender", pronouns_two_genders),
    _named(
        "controls", "8", "signs, banners, bumper stickers, songs, events, scare quotes, captions", controls
    ),
)
