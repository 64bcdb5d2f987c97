"""Sixtieth held-out round: capabilities written at commit ``7cfcff62`` by a helper (``hcap66``) who did not
read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout60data.py``: thirty-two invented people of English,
Scottish, Welsh, Irish, Polish, Nigerian, Ghanaian, Indian, Iranian, Japanese, Spanish, Swedish and Caribbean
origin, each with a gender and an age; six invented police forces and the ranks their officers hold; six
invented courts and twelve towns; charges, operation names, case names and nicknames a story puts in marks;
witnesses' jobs with their employers; kinship words; invented newspapers and datelines; courtroom quotations,
reported clauses and pointed fragments) as a round of CRIME, COURTS AND POLICING as a court reporter and a
crime desk write them: every case is a short passage (one to five sentences) with one to three people, and
every quotation checks the content (the marks and the words inside them for a direct quotation; the reported
clause, with or without its *that*, for an indirect one; the clause with its marked fragment for a mixed one),
the kind, the canonical full name and, whenever the text states one, the title with `Contains` of the role
noun and each affiliation stated, with `wrong_speakers` for every other person, court, force, town and outlet.

Conventions: a rank or a form of address before a name (*Detective Inspector*, *Judge*, *Mr Justice*,
*Prosecutor*, *Mr*/*Ms*) is never part of the canonical name; a rank's title holds its role noun (*inspector*,
*sergeant*) and the force when the text names it; *prosecuting*, *for the prosecution*, *defending* and *for
the defence* state a role (`Contains` of *prosecut* / *defen*); *representing X* and *who represents X* state
none, so no title is checked; a kinship word in apposition (*his sister, NAME,*) is the title; a description
(*a neighbour*, *who lives opposite*) is not checked. A lawyer's words are the lawyer's, never the client's; a
statement read out by a prosecutor is its writer's (the victim's mother), never the reader's; an unnamed
spokesperson or *police* / *officers* / *the force* are accepted under those names or the force's; a court
document speaks for itself (*court documents*, *the indictment*, *the charge sheet*), or for its filer when
the text names one. A plea (*pleaded not guilty*, *denied the charge*, *admitted X*) and *declined to comment*
are acts of speech without content: tolerated as the defendant's report or none (the README's convention for
*denied the claims*); *denied that C* reports C. Charges, operation names, case names, nicknames, verdicts and
signs in marks are no quotations; police appeals (*Anyone with information is urged to call*) report nothing.

1. named officers: `RANK NAME of FORCE said: "C."`, `"C," said RANK NAME, of FORCE.`, `NAME, a spokeswoman for
   FORCE, said that C.`, `FORCE RANK NAME said C.`, `described OBJ as "X"` (`police_named`);
2. unnamed police voices: `A police spokesman said`, `FORCE said in a statement that`, `Officers said`,
   `Police said NAME, 34, of TOWN, had been arrested`, `the force said`, `Detectives believe C, police said.`
   (`police_unnamed`);
3. prosecutors: `Prosecutor NAME told the jury`, `NAME, prosecuting, told COURT`, `for the prosecution`,
   `District Attorney NAME`, `Crown prosecutor NAME`, mixed fragments (`prosecutors`);
4. defence lawyers, never their clients: `NAME, representing CLIENT, told the court`, `CLIENT's lawyer,
   NAME,`,
   `defending`, `Defence barrister NAME`, `In mitigation, NAME, for CLIENT,`, `Public defender NAME`
   (`defence_lawyers`);
5. two lawyers in turn, each quotation to its side, with the defendant silent (`two_lawyers`);
6. judges' sentencing remarks: `Sentencing X, Judge NAME told him:`, `"C," she told him.`, `the judge said as
   she passed sentence`, `Judge NAME of COURT`, `Mr Justice NAME`, `Mrs Justice NAME` (`judges_sentencing`);
7. witnesses: `NAME testified that`, `NAME, JOB, told the court`, `The witness told the court`, `Under
   cross-examination by LAWYER, NAME said` (`witnesses`);
8. defendants and their pleas: `pleaded not guilty to`, `denied the charge`, `denied that C`, `Giving evidence
   in his own defence`, `admitted X at an earlier hearing`, `spoke only to confirm his name`
   (`defendants_pleas`);
9. victims' statements read in court: `In a statement read to the court by prosecutor NAME, X's mother, NAME,
   said`, `the victim's father said` (no name), `a victim impact statement from NAME ... It said:`
   (`victim_statements`);
10. family outside court: `His sister, NAME, said outside court:`, `X's father, NAME, told OUTLET`, `NAME, the
    defendant's brother, said` (`family_outside_court`);
11. court documents: `According to court documents`, `The indictment alleges`, `The charge sheet states`, `An
    affidavit filed by Detective NAME says`, `according to court papers` (`court_documents`);
12. second references: `the inspector added`, `The 34-year-old said`, `Mr`/`Ms SURNAME`, `The judge said`,
    `the detective said`, `the witness said`, with another person between (`second_references`);
13. pronouns with two genders: a female judge and a male defendant and the reverse (`She told him:`), a
    prosecutor and a defence lawyer of two genders (`pronouns_genders`);
14. datelines: `BRACKENFORD, England \u2014`, `KESTWICK (Herald) -`, `GREYHITHE, Feb. 11 \u2014` before every
    kind of courtroom credit; the dateline sits in no quotation and names no speaker (`datelines`);
15. controls: charges, operation names, nicknames, case names, verdicts and signs in marks, police appeals,
    narrative, *declined to comment*, with one real quotation or none (`controls`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout60data import (
    CHARGES60,
    CLAUSES60,
    COURTS60,
    DATELINES60,
    DAYS60,
    FORCES60,
    FRAGS60,
    KIN60,
    LABELS60,
    MARKS60,
    NICKNAMES60,
    OPERATIONS60,
    OUTLETS60,
    PEOPLE60,
    Q_DEFENCE60,
    Q_DEFENDANT60,
    Q_FAMILY60,
    Q_JUDGE60,
    Q_POLICE60,
    Q_PROSECUTION60,
    Q_WITNESS60,
    RANK_SHORT60,
    RANKS60,
    TOWNS60,
    WITNESS_JOBS60,
    Force,
)
from heldout_kit import (
    Mark,
    Person,
    alts,
    called_report,
    mixed_report,
    other_person,
    span,
    that_report,
    tolerate,
)
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss

# --- slots and expectations ---------------------------------------------------------------------------------


@frozen
class S:
    """One case's slots: three people (*b* of the other gender than *a*), the marks and a filler index."""

    a: Person
    b: Person
    c: Person
    m: Mark
    k: int
    #: The quotations of the case's main speaker.
    pool: tuple[str, ...] = Q_WITNESS60

    @property
    def fw(self) -> Person:
        """The woman of *a* and *b*."""
        return self.a if self.a.gender == "f" else self.b

    @property
    def mw(self) -> Person:
        """The man of *a* and *b*."""
        return self.b if self.a.gender == "f" else self.a

    def q(self, j: int = 0, pool: tuple[str, ...] | None = None) -> str:
        """A quotation of *pool* (the main speaker's) that a credit follows (`"C,"`)."""
        return self.m.q(_pick(pool or self.pool, self.k + j) + ",")

    def q2(self, j: int = 0, pool: tuple[str, ...] | None = None) -> str:
        """A quotation of *pool* (the main speaker's) that ends its sentence (`"C."`)."""
        return self.m.q(_pick(pool or self.pool, self.k + j) + ".")

    def cl(self, j: int = 0) -> str:
        return _pick(CLAUSES60, self.k + j)

    def force(self, j: int = 0) -> Force:
        return _pick(FORCES60, self.k + j)

    def rank(self, j: int = 0) -> tuple[str, str]:
        return _pick(RANKS60, self.k + j)

    def court(self, j: int = 0) -> str:
        return _pick(COURTS60, self.k + j)

    def town(self, j: int = 0) -> str:
        return _pick(TOWNS60, self.k + j)

    def charge(self, j: int = 0) -> str:
        return _pick(CHARGES60, self.k + j)

    def day(self, j: int = 0) -> str:
        return _pick(DAYS60, self.k + j)

    def kin(self, p: Person, j: int = 0) -> str:
        """A kinship word that fits *p*'s gender."""
        return p.kin(*_pick(KIN60, self.k + j))

    def years(self) -> str:
        return _pick(("four", "six", "nine", "eleven", "three", "seven"), self.k)


#: What a shape yields: (text, expects, people, others, forbidden).
Shaped = tuple[str, list[Expect], Sequence[Person], Sequence[str], Sequence[str]]


def T(*parts: str) -> Contains:  # noqa: N802 - a short matcher name reads best in a key
    return Contains(parts)


def D(content: str, p: Person | NameSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:  # noqa: N802
    return _direct(content, p, title, occurrence)


def R(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:  # noqa: N802
    return that_report(text, clause, p, title)


def M(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:  # noqa: N802
    return mixed_report(text, clause, p, title)


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
    """A case: a quotation given to a person, body, court, town or outlet its key does not name is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = (
            set() if spec is None else ({_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in spec})
        )
        for p in people:
            if _bare(p.full) not in accepted and (e.content, p.full) not in wrong:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted and (e.content, o) not in wrong:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _gen(
    prefix: str, shape: Callable[[S, int], Shaped], shapes: int, n: int = 250
) -> Callable[[], Iterator[Case]]:
    """Cases of *shape* 0..*shapes*-1 crossed with every person and mark, sampled deterministically."""

    def gen() -> Iterator[Case]:
        combos = itertools.product(range(len(PEOPLE60)), range(shapes), range(len(MARKS60)), range(2))
        for i, s, mi, r in sample(combos, n, prefix):
            a = PEOPLE60[i]
            k = _k(i, s, mi, r)
            b = other_person(PEOPLE60, a, k, gender="m" if a.gender == "f" else "f")
            c = other_person(PEOPLE60, a, k + 5, avoid=(b,))
            text, expects, people, others, forbidden = shape(S(a, b, c, MARKS60[mi], k), s)
            yield _case(f"{prefix}-{s}", text, expects, people, others, forbidden=forbidden)

    return gen


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout60.{name}", group, description, unique_texts(gen))


def _spokes(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


def _mr(p: Person) -> str:
    return p.kin("Ms", "Mr")


# --- 1. named officers --------------------------------------------------------------------------------------


def _police_named(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_POLICE60)
    a, b = x.a, x.b
    f = x.force()
    rank, noun = x.rank()
    t = T(noun, f.name)
    others = [f.name, x.town()]
    if s == 0:
        text = f"{rank} {a.full} of {f.written} said: {x.q2()}"
        return text, [D(x.q2(), a, t)], (a,), others, ()
    if s == 1:
        text = f"{x.q()} said {rank} {a.full}, of {f.written}."
        return text, [D(x.q(), a, t)], (a,), others, ()
    if s == 2:
        text = f"{a.full}, a {_spokes(a)} for {f.written}, said that {x.cl()}."
        return text, [R(text, x.cl(), a, T("spokes", f.name))], (a,), others, ()
    if s == 3:
        text = f"{f.name} {rank} {a.full} said {x.cl()}."
        return text, [R(text, x.cl(), a, t)], (a,), others, ()
    if s == 4:
        text = f"{rank} {a.full}, who is leading the investigation for {f.written}, said: {x.q2()}"
        return text, [D(x.q2(), a, T(noun))], (a,), others, ()
    if s == 5:
        text = (
            f"{rank} {a.full} of {f.written} said {x.cl()}. "
            f"{b.full}, {b.age}, of {x.town()}, has been charged with {x.charge()}."
        )
        return text, [R(text, x.cl(), a, t)], (a, b), others, ()
    if s == 6:
        text = (
            f"Speaking at a press conference in {x.town()}, {rank} {a.full} of {f.written} said: {x.q2()} "
            f"{_cap(a.pronoun)} added that {x.cl(2)}."
        )
        return text, [D(x.q2(), a, t), R(text, x.cl(2), a, t)], (a,), others, ()
    if s == 7:
        text = f"{f.name} {_spokes(a)} {a.full} said {x.cl()}."
        return text, [R(text, x.cl(), a, T("spokes", f.name))], (a,), others, ()
    obj, frag = _pick(FRAGS60, x.k)
    text = f"{rank} {a.full} of {f.written} described {obj} as {x.m.q(frag)}."
    e = called_report(text, obj, x.m.q(frag), a, title=t, link=" as ")
    return text, [e], (a,), others, ()


# --- 2. unnamed police voices -------------------------------------------------------------------------------


def _police_unnamed(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_POLICE60)
    b = x.b
    f = x.force()
    sp = _pick(("spokesman", "spokeswoman", "spokesperson"), x.k)
    police: NameSpec = ("police", "the police", f.name)
    officers: NameSpec = ("officers", "police officers", "police", f.name)
    town = x.town()
    if s == 0:
        text = f"A police {sp} said: {x.q2()}"
        return text, [D(x.q2(), (f"police {sp}", sp, "police"))], (), [town], ()
    if s == 1:
        text = f"{_cap(f.written)} said in a statement that {x.cl()}."
        return text, [R(text, x.cl(), (f.name, "police"))], (), [town], ()
    if s == 2:
        text = f"Officers said {x.cl()}."
        return text, [R(text, x.cl(), officers)], (), [], ()
    if s == 3:
        clause = f"{b.full}, {b.age}, of {town}, had been arrested on suspicion of {x.charge()}"
        text = f"Police said {clause}."
        return text, [R(text, clause, police)], (b,), [town], ()
    if s == 4:
        text = f"{x.q()} a {sp} for {f.written} said."
        # key fix: the spokesperson as the text writes it, with the force's article
        spec = (sp, f"{sp} for {f.name}", f"{sp} for {f.written}", f"police {sp}", f.name)
        return text, [D(x.q(), spec)], (), [town], ()
    if s == 5:
        text = (
            f"{_cap(f.written)} arrested {b.full}, {b.age}, in {town} on {x.day()}. "
            f"In a statement, the force said: {x.q2()}"
        )
        return text, [D(x.q2(), (f.name, "force", "the force"))], (b,), [town], ()
    if s == 6:
        obj, frag = _pick(FRAGS60, x.k)
        text = f"Police described {obj} as {x.m.q(frag)}."
        return text, [called_report(text, obj, x.m.q(frag), police, link=" as ")], (), [], ()
    if s == 7:
        clause = f"Detectives believe {x.cl()}"
        text = f"{clause}, police said."
        return text, [R(text, clause, police)], (), [], ()
    text = (
        f"{b.full}, {b.age}, was found injured in {town} on {x.day()}. {x.q()} officers said in a statement."
    )
    return text, [D(x.q(), officers)], (b,), [town], ()


# --- 3. prosecutors -----------------------------------------------------------------------------------------


def _prosecutors(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_PROSECUTION60)
    a, b = x.a, x.b
    court = x.court()
    others = [court, x.town()]
    if s == 0:
        denies = f"{b.full}, {b.age}, of {x.town()}, denies {x.charge()}."
        text = f"Prosecutor {a.full} told the jury: {x.q2()} {denies}"
        ex = [D(x.q2(), a, T("prosecutor")), *tolerate(text, denies, (b.full,))]
        return text, ex, (a, b), others, ()
    if s == 1:
        text = f"{x.q()} {a.full}, prosecuting, told {court}."
        return text, [D(x.q(), a, T("prosecut"))], (a,), others, ()
    if s == 2:
        text = f"{a.full}, for the prosecution, said {x.cl()}."
        return text, [R(text, x.cl(), a, T("prosecut"))], (a,), others, ()
    if s == 3:
        text = f"Opening the case against {b.full}, prosecutor {a.full} said: {x.q2()}"
        return text, [D(x.q2(), a, T("prosecutor"))], (a, b), others, ()
    if s == 4:
        text = f"District Attorney {a.full} said in {a.poss} closing argument that {x.cl()}."
        return text, [R(text, x.cl(), a, T("district attorney"))], (a,), others, ()
    if s == 5:
        text = (
            f"Assistant District Attorney {a.full} told jurors that {x.cl()}. "
            f"{_cap(a.pronoun)} added: {x.q2(3)}"
        )
        t = T("district attorney")
        return text, [R(text, x.cl(), a, t), D(x.q2(3), a, t)], (a,), others, ()
    if s == 6:
        obj, frag = _pick(FRAGS60, x.k)
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{a.full}, prosecuting, said {clause}."
        return text, [M(text, clause, a, T("prosecut"))], (a,), others, ()
    if s == 7:
        text = f"Crown prosecutor {a.full} told {court} that {x.cl()}."
        return text, [R(text, x.cl(), a, T("prosecutor"))], (a,), others, ()
    text = f"{x.q()} said {a.full}, the prosecutor. {b.full}, {b.age}, sat with {b.poss} head bowed."
    return text, [D(x.q(), a, T("prosecutor"))], (a, b), others, ()


# --- 4. defence lawyers -------------------------------------------------------------------------------------


def _defence(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_DEFENCE60)
    a, b = x.a, x.b
    court = x.court()
    others = [court]
    if s == 0:
        text = f"{a.full}, representing {b.full}, told the court: {x.q2()}"
        return text, [D(x.q2(), a)], (a, b), others, ()
    if s == 1:
        text = f"{_poss(b.full)} lawyer, {a.full}, said outside court that {x.cl()}."
        return text, [R(text, x.cl(), a, T("lawyer"))], (a, b), others, ()
    if s == 2:
        text = f"{b.full}, {b.age}, denies {x.charge()}. {x.q()} said {a.full}, defending."
        denies = f"{b.full}, {b.age}, denies {x.charge()}."
        ex = [D(x.q(), a, T("defen")), *tolerate(text, denies, (b.full,))]
        return text, ex, (a, b), others, ()
    if s == 3:
        text = f"Defence barrister {a.full} told the jury that {x.cl()}."
        return text, [R(text, x.cl(), a, T("barrister"))], (a,), others, ()
    if s == 4:
        text = f"In mitigation, {a.full}, for {b.full}, said {x.cl()}."
        return text, [R(text, x.cl(), a)], (a, b), others, ()
    if s == 5:
        text = f"Public defender {a.full} said: {x.q2()} {b.full}, {b.age}, stared at the floor."
        return text, [D(x.q2(), a, T("public defender"))], (a, b), others, ()
    if s == 6:
        text = f"{_poss(b.full)} attorney, {a.full}, told reporters: {x.q2()}"
        return text, [D(x.q2(), a, T("attorney"))], (a, b), others, ()
    if s == 7:
        text = f"{a.full}, who represents {b.full}, said {x.cl()}."
        return text, [R(text, x.cl(), a)], (a, b), others, ()
    text = f"Defending {b.full} at {court}, {a.full} told the jury: {x.q2()}"
    return text, [D(x.q2(), a)], (a, b), others, ()


# --- 5. two lawyers in turn ---------------------------------------------------------------------------------


def _two_lawyers(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_PROSECUTION60)
    a, b, d = x.a, x.b, x.c
    qa, qb = x.q2(), x.q2(4, Q_DEFENCE60)
    ca, cb = x.cl(), x.cl(5)
    tp, td = T("prosecut"), T("defen")
    people = (a, b, d)
    others = [x.court()]
    if s == 0:
        denies = f"{d.full}, {d.age}, denies {x.charge()}."
        text = f"{denies} Prosecutor {a.full} told the jury: {qa} But {b.full}, defending, said: {qb}"
        ex = [*tolerate(text, denies, (d.full,)), D(qa, a, T("prosecutor")), D(qb, b, td)]
        return text, ex, people, others, ()
    if s == 1:
        text = f"{a.full}, prosecuting, said {ca}. {b.full}, for the defence, argued that {cb}."
        return text, [R(text, ca, a, tp), R(text, cb, b, td)], people, others, ()
    if s == 2:
        text = f"{x.q()} {a.full} told jurors. {b.full}, representing {d.full}, replied: {qb}"
        return text, [D(x.q(), a), D(qb, b)], people, others, ()
    if s == 3:
        text = f"The prosecutor, {a.full}, said {ca}. The defence lawyer, {b.full}, said {cb}."
        return text, [R(text, ca, a, T("prosecutor")), R(text, cb, b, T("lawyer"))], people, others, ()
    if s == 4:
        text = _article(
            f"In closing, {a.full}, prosecuting, said: {qa}", f"For the defence, {b.full} said: {qb}"
        )
        return text, [D(qa, a, tp), D(qb, b)], people, others, ()
    if s == 5:
        text = (
            f"Prosecutor {a.full} said {ca}. Defence counsel {b.full} said {cb}. "
            f"{a.last} told the jury: {x.q2(7)}"
        )
        ex = [R(text, ca, a, T("prosecutor")), R(text, cb, b, T("counsel")), D(x.q2(7), a, T("prosecutor"))]
        return text, ex, people, others, ()
    if s == 6:
        text = (
            f"{a.full}, prosecuting, told the jury {ca}. {b.full}, defending, said {cb}. "
            f"{_cap(a.pronoun)} added: {qa}"
        )
        return text, [R(text, ca, a, tp), R(text, cb, b, td), D(qa, a, tp)], people, others, ()
    if s == 7:
        qd = x.q(4, Q_DEFENCE60)
        text = f"{x.q()} {a.full}, prosecuting, said. {qd} {b.full}, defending, replied."
        return text, [D(x.q(), a, tp), D(qd, b, td)], people, others, ()
    text = f"{x.q()} prosecutor {a.full} told the court. {x.q2(2)} But {b.full}, for {d.full}, said: {qb}"
    # key fix: a quotation split by its credit is read either way (two quotations, or one span)
    tpr = T("prosecutor")
    split = alts(
        text,
        [D(x.q(), a, tpr), D(x.q2(2), a, tpr)],
        [D(span(text, x.q(), x.q2(2)), a, tpr)],
    )
    return text, [*split, D(qb, b)], people, others, ()


# --- 6. judges' sentencing remarks --------------------------------------------------------------------------


def _judges(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_JUDGE60)
    a, b = x.a, x.b
    court = x.court()
    t = T("judge")
    others = [court, x.town()]
    if s == 0:
        text = f"Sentencing {b.full}, Judge {a.full} told {b.obj}: {x.q2()}"
        return text, [D(x.q2(), a, t)], (a, b), others, ()
    if s == 1:
        text = f"Judge {a.full} jailed {b.full} for {x.years()} years. {x.q()} {a.pronoun} told {b.obj}."
        return text, [D(x.q(), a, t)], (a, b), others, ()
    if s == 2:
        text = f"{x.q()} Judge {a.full} said as {a.pronoun} passed sentence."
        return text, [D(x.q(), a, t)], (a,), others, ()
    if s == 3:
        text = f"Judge {a.full} of {court} said {x.cl()}."
        return text, [R(text, x.cl(), a, T("judge", court))], (a,), others, ()
    if s == 4:
        text = f"Passing sentence at {court}, the judge, {a.full}, said: {x.q2()}"
        return text, [D(x.q2(), a, t)], (a,), others, ()
    if s == 5:
        text = f"{a.kin('Mrs', 'Mr')} Justice {a.full} told {b.full}: {x.q2()}"
        return text, [D(x.q2(), a)], (a, b), others, ()
    if s == 6:
        text = (
            f"{b.full}, {b.age}, was jailed for {x.years()} years at {court} on {x.day()}. "
            f"The judge, {a.full}, told {b.obj}: {x.q2()}"
        )
        return text, [D(x.q2(), a, t)], (a, b), others, ()
    if s == 7:
        obj, frag = _pick(FRAGS60, x.k)
        clause = f"{obj} had been {x.m.q(frag)}"
        text = f"Judge {a.full} said {clause}."
        return text, [M(text, clause, a, t)], (a,), others, ()
    text = f"Judge {a.full} told {b.full}: {x.q2()} {b.last} showed no emotion as the sentence was read."
    return text, [D(x.q2(), a, t)], (a, b), others, ()


# --- 7. witnesses -------------------------------------------------------------------------------------------


def _witnesses(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_WITNESS60)
    a, b = x.a, x.b
    job, parts = _pick(WITNESS_JOBS60, x.k)
    tj = T(*parts)
    others = [x.court()]
    if s == 0:
        text = f"{a.full} testified that {x.cl()}."
        return text, [R(text, x.cl(), a)], (a,), others, ()
    if s == 1:
        text = f"{a.full}, {job}, told the court: {x.q2()}"
        return text, [D(x.q2(), a, tj)], (a,), others, ()
    if s == 2:
        text = f"Giving evidence, {a.full} said: {x.q2()} The witness told the court that {x.cl()}."
        return text, [D(x.q2(), a), R(text, x.cl(), a)], (a,), others, ()
    if s == 3:
        text = f"{a.full}, who lives opposite the shop, told the jury that {x.cl()}."
        return text, [R(text, x.cl(), a)], (a,), others, ()
    if s == 4:
        text = f"Under cross-examination by {b.full}, {a.full} said: {x.q2()}"
        return text, [D(x.q2(), a)], (a, b), others, ()
    if s == 5:
        text = f"Asked by prosecutor {b.full} what happened next, {a.full} replied: {x.q2()}"
        # key fix: the question is tolerated as the asker's or no one's (the README's `Asked whether`)
        return text, [D(x.q2(), a), *tolerate(text, "what happened next", (b.full,))], (a, b), others, ()
    if s == 6:
        text = f"The witness, {a.full}, {a.age}, said {x.cl()}."
        return text, [R(text, x.cl(), a)], (a,), others, ()
    if s == 7:
        text = f"{a.full}, {job}, testified on {x.day()} that {x.cl()}. {x.q()} {a.last} said."
        return text, [R(text, x.cl(), a, tj), D(x.q(), a, tj)], (a,), others, ()
    clause = f"{a.pronoun} was mistaken"
    text = (
        f"{x.q()} {a.full} told the jury. {b.full}, defending, suggested {clause}, "
        f"but the witness said: {x.q2(3)}"
    )
    ex = [D(x.q(), a), R(text, clause, b, T("defen")), D(x.q2(3), a)]
    return text, ex, (a, b), others, ()


# --- 8. defendants and their pleas --------------------------------------------------------------------------


def _pleas(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_DEFENDANT60)
    a, b = x.a, x.b
    court = x.court()
    others = [court, x.town()]
    if s == 0:
        text = f"{b.full}, {b.age}, of {x.town()}, pleaded not guilty to {x.charge()}."
        return text, tolerate(text, text, (b.full,)), (b,), others, ()
    if s == 1:
        text = f"{b.full}, {b.age}, is accused of {x.charge()}. {b.full} denied the charge."
        return text, tolerate(text, text, (b.full,)), (b,), others, ()
    if s == 2:
        text = f"{b.full} denied that {x.cl()}."
        return text, [R(text, x.cl(), b)], (b,), others, ()
    if s == 3:
        text = f"Giving evidence in {b.poss} own defence, {b.full} told the jury: {x.q2()}"
        return text, [D(x.q2(), b)], (b,), others, ()
    if s == 4:
        text = f"{b.full}, who denies {x.charge()}, told the court that {x.cl()}."
        return text, [R(text, x.cl(), b)], (b,), others, ()
    if s == 5:
        text = f"{b.full} admitted {x.charge()} at an earlier hearing at {court}."
        return text, tolerate(text, text, (b.full,)), (b,), others, ()
    if s == 6:
        text = f"{b.full}, {b.age}, spoke only to confirm {b.poss} name and date of birth."
        return text, [], (b,), others, ()
    if s == 7:
        text = f"{b.full}, {b.age}, told Judge {a.full}: {x.q2()}"
        return text, [D(x.q2(), b)], (a, b), others, ()
    plea = f"{b.full}, {b.age}, pleaded guilty to {x.charge()}."
    text = f"{plea} {_cap(b.poss)} lawyer, {a.full}, said {x.cl()}."
    ex = [*tolerate(text, plea, (b.full,)), R(text, x.cl(), a, T("lawyer"))]
    return text, ex, (a, b), others, ()


# --- 9. victims' statements read in court -------------------------------------------------------------------


def _victims(x: S, s: int) -> Shaped:
    x = attrs.evolve(
        x,
        pool=(
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_WITNESS60,
            Q_FAMILY60,
        )[s],
    )
    a, b, c = x.a, x.b, x.c
    kb = x.kin(b)
    court = x.court()
    others = [court, x.town()]
    if s == 0:
        text = (
            f"In a statement read to the court by prosecutor {a.full}, "
            f"{_poss(c.full)} {kb}, {b.full}, said: {x.q2()}"
        )
        return text, [D(x.q2(), b, T(kb))], (a, b, c), others, ()
    if s == 1:
        text = (
            f"{c.full} died in the crash in {x.town()}. In a statement read by the prosecutor, {a.full}, "
            f"the victim's {kb} said: {x.q2()}"
        )
        return text, [D(x.q2(), (f"victim's {kb}", kb, f"the victim's {kb}"))], (a, c), others, ()
    if s == 2:
        child = c.kin("daughter", "son")
        text = (
            f"{b.full}, whose {child} {c.full} died in the crash, "
            f"said in a statement read by {a.full}: {x.q2()}"
        )
        return text, [D(x.q2(), b)], (a, b, c), others, ()
    if s == 3:
        widow = b.kin("widow", "widower")
        text = (
            f"A victim impact statement from {b.full}, the {widow} of {c.full}, was read to the court. "
            f"It said: {x.q2()}"
        )
        spec = (b.full, "victim impact statement", "statement")
        return text, [D(x.q2(), spec)], (b, c), others, ()
    if s == 4:
        text = f"{b.full}, {_poss(c.full)} {kb}, said in a statement that {x.cl()}."
        return text, [R(text, x.cl(), b, T(kb))], (b, c), others, ()
    if s == 5:
        text = (
            f"Reading {b.poss} own statement from the witness box, "
            f"{b.full}, the victim's {kb}, said: {x.q2()}"
        )
        return text, [D(x.q2(), b, T(kb))], (b,), others, ()
    if s == 6:
        text = (
            f"Prosecutor {a.full} told {court} that {x.cl()}. "
            f"The victim, {c.full}, {c.age}, said in a statement read to the court: {x.q2()}"
        )
        return text, [R(text, x.cl(), a, T("prosecutor")), D(x.q2(), c)], (a, c), others, ()
    text = f"{x.q()} {b.full}, the victim's {kb}, wrote in a statement read out by {a.full}."
    return text, [D(x.q(), b, T(kb))], (a, b), others, ()


# --- 10. family outside court -------------------------------------------------------------------------------


def _family(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_FAMILY60)
    a, b, d = x.a, x.b, x.c
    kb = x.kin(b)
    court = x.court()
    outlet = _pick(OUTLETS60, x.k)
    others = [court, outlet]
    cleared = f"{d.full}, {d.age}, was cleared of {x.charge()} on {x.day()}."
    if s == 0:
        text = f"{cleared} {_cap(d.poss)} {kb}, {b.full}, said outside court: {x.q2()}"
        return text, [D(x.q2(), b, T(kb))], (b, d), others, ()
    if s == 1:
        text = f"Speaking outside court, {_poss(d.full)} {kb}, {b.full}, said {x.cl()}."
        return text, [R(text, x.cl(), b, T(kb))], (b, d), others, ()
    if s == 2:
        clause = "the family would appeal"
        text = f"{cleared} {b.full}, the defendant's {kb}, said {clause}."
        return text, [R(text, clause, b, T(kb))], (b, d), others, ()
    if s == 3:
        text = f"{x.q()} said {b.full}, {_poss(d.last)} {kb}, on the steps of {court}."
        return text, [D(x.q(), b, T(kb))], (b, d), others, ()
    if s == 4:
        text = f"{_poss(d.full)} {kb}, {b.full}, told {outlet}: {x.q2()}"
        return text, [D(x.q2(), b, T(kb))], (b, d), others, ()
    if s == 5:
        kd = x.kin(d, 1)
        text = f"Outside {court}, {b.full}, whose {kd} {d.full} was killed, said: {x.q2()}"
        return text, [D(x.q2(), b)], (b, d), others, ()
    if s == 6:
        text = (
            f"{cleared} {_cap(d.poss)} {kb}, {b.full}, said: {x.q2()} "
            f"{_poss(d.last)} lawyer, {a.full}, said {x.cl()}."
        )
        return text, [D(x.q2(), b, T(kb)), R(text, x.cl(), a, T("lawyer"))], (a, b, d), others, ()
    text = f"{b.full}, {b.age}, the victim's {kb}, said outside court that {x.cl()}."
    return text, [R(text, x.cl(), b, T(kb))], (b,), others, ()


# --- 11. court documents ------------------------------------------------------------------------------------


def _documents(x: S, s: int) -> Shaped:
    x = attrs.evolve(x, pool=Q_WITNESS60)
    a, b = x.a, x.b
    court = x.court()
    others = [court, x.town()]
    cl = x.cl()
    if s == 0:
        text = f"According to court documents, {cl}."
        return text, [R(text, cl, ("court documents", "documents"))], (), others, ()
    if s == 1:
        text = (
            f"{b.full}, {b.age}, of {x.town()}, is charged with {x.charge()}. "
            f"The indictment alleges that {cl}."
        )
        return text, [R(text, cl, ("indictment",))], (b,), others, ()
    if s == 2:
        text = f"The charge sheet states that {cl}."
        return text, [R(text, cl, ("charge sheet",))], (), others, ()
    if s == 3:
        text = f"An affidavit filed by Detective {a.full} says {cl}."
        return text, [R(text, cl, (a.full, "affidavit"))], (a,), others, ()
    if s == 4:
        text = f"According to a criminal complaint filed in {court}, {cl}."
        return text, [R(text, cl, ("criminal complaint", "complaint"))], (), others, ()
    if s == 5:
        text = f"{_cap(cl)}, according to court papers."
        return text, [R(text, _cap(cl), ("court papers", "papers"))], (), others, ()
    if s == 6:
        declined = f"{_poss(b.full)} lawyer, {a.full}, declined to comment."
        text = f"Court documents show that {cl}. {declined}"
        ex = [R(text, cl, ("court documents", "documents")), *tolerate(text, declined, (a.full,))]
        return text, ex, (a, b), others, ()
    text = f"The lawsuit, filed by {a.full} in {court}, alleges that {cl}."
    return text, [R(text, cl, (a.full, "lawsuit"))], (a,), others, ()


# --- 12. second references ----------------------------------------------------------------------------------


def _second(x: S, s: int) -> Shaped:
    x = attrs.evolve(
        x,
        pool=(
            Q_POLICE60,
            Q_DEFENDANT60,
            Q_PROSECUTION60,
            Q_JUDGE60,
            Q_WITNESS60,
            Q_POLICE60,
            Q_POLICE60,
            Q_WITNESS60,
        )[s],
    )
    a, b, c = x.a, x.b, x.c
    f = x.force()
    rank, noun = x.rank()
    job, parts = _pick(WITNESS_JOBS60, x.k)
    others = [f.name, x.court()]
    if s == 0:
        t = T(noun, f.name)
        text = (
            f"{rank} {a.full} of {f.written} said: {x.q2()} "
            f"{b.full}, {b.age}, has been charged with {x.charge()}. "
            f"{_cap(RANK_SHORT60[noun])} added: {x.q2(3)}"
        )
        return text, [D(x.q2(), a, t), D(x.q2(3), a, t)], (a, b), others, ()
    if s == 1:
        text = (
            f"{b.full}, {b.age}, of {x.town()}, told the court {x.cl()}. The {b.age}-year-old said: {x.q2()}"
        )
        return text, [R(text, x.cl(), b), D(x.q2(), b)], (b,), others, ()
    if s == 2:
        denies = f"{c.full}, {c.age}, denies {x.charge()}."
        text = f"Prosecutor {a.full} said {x.cl()}. {denies} {_mr(a)} {a.last} told the jury: {x.q2()}"
        t = T("prosecutor")
        ex = [R(text, x.cl(), a, t), *tolerate(text, denies, (c.full,)), D(x.q2(), a, t)]
        return text, ex, (a, c), others, ()
    if s == 3:
        text = f"Judge {a.full} jailed {b.full} for {x.years()} years. The judge said {x.cl()}."
        return text, [R(text, x.cl(), a, T("judge"))], (a, b), others, ()
    if s == 4:
        asked = f"{b.full}, prosecuting, asked about the timings."
        text = f"{a.full}, {job}, told the jury {x.cl()}. {asked} {x.q()} {a.last} said."
        tj = T(*parts)
        ex = [R(text, x.cl(), a, tj), *tolerate(text, asked, (b.full,)), D(x.q(), a, tj)]
        return text, ex, (a, b), others, ()
    if s == 5:
        t = T("sergeant")
        text = (
            f"Detective Sergeant {a.full} told the court {x.cl()}. "
            f"Cross-examined by {b.full}, the detective said: {x.q2()}"
        )
        return text, [R(text, x.cl(), a, t), D(x.q2(), a, t)], (a, b), others, ()
    if s == 6:
        t = T("officer", f.name)
        text = f"{a.full}, a police officer with {f.written}, said: {x.q2()} The officer said {x.cl()}."
        return text, [D(x.q2(), a, t), R(text, x.cl(), a, t)], (a,), others, ()
    text = f"{a.full}, {a.age}, a neighbour, testified that {x.cl()}. {x.q()} the witness said."
    return text, [R(text, x.cl(), a), D(x.q(), a)], (a,), others, ()


# --- 13. pronouns with two genders --------------------------------------------------------------------------


def _pronouns(x: S, s: int) -> Shaped:
    x = attrs.evolve(
        x,
        pool=(
            Q_JUDGE60,
            Q_JUDGE60,
            Q_DEFENDANT60,
            Q_PROSECUTION60,
            Q_POLICE60,
            Q_WITNESS60,
            Q_FAMILY60,
            Q_WITNESS60,
            Q_DEFENCE60,
        )[s],
    )
    fw, mw = x.fw, x.mw
    court = x.court()
    others = [court]
    people = (fw, mw)
    if s == 0:
        text = f"Judge {fw.full} sentenced {mw.full}, {mw.age}, to {x.years()} years. She told him: {x.q2()}"
        return text, [D(x.q2(), fw, T("judge"))], people, others, ()
    if s == 1:
        text = f"Judge {mw.full} jailed {fw.full}, {fw.age}, for {x.years()} months. He told her: {x.q2()}"
        return text, [D(x.q2(), mw, T("judge"))], people, others, ()
    if s == 2:
        text = f"{mw.full} stood in the dock as Judge {fw.full} entered. He told the court: {x.q2()}"
        return text, [D(x.q2(), mw)], people, others, ()
    if s == 3:
        disagreed = f"{mw.full}, defending, disagreed."
        text = f"{fw.full}, prosecuting, said {x.cl()}. {disagreed} She told the jury: {x.q2()}"
        t = T("prosecut")
        ex = [R(text, x.cl(), fw, t), *tolerate(text, disagreed, (mw.full,)), D(x.q2(), fw, t)]
        return text, ex, people, others, ()
    if s == 4:
        clause = f"{mw.full}, {mw.age}, had been released on bail"
        text = f"Detective Inspector {fw.full} said {clause}. She said: {x.q2()}"
        t = T("inspector")
        return text, [R(text, clause, fw, t), D(x.q2(), fw, t)], people, others, ()
    if s == 5:
        text = f"{mw.full} was questioned by {fw.full}, defending. He said {x.cl()}."
        return text, [R(text, x.cl(), mw)], people, others, ()
    if s == 6:
        kf = x.kin(fw)
        text = f"Judge {mw.full} heard from {fw.full}, the victim's {kf}. {x.q()} she said."
        return text, [D(x.q(), fw, T(kf))], people, others, ()
    if s == 7:
        text = (
            f"{fw.full} and {mw.full} both gave evidence on {x.day()}. "
            f"He told the jury {x.cl()}. She said {x.cl(4)}."
        )
        return text, [R(text, x.cl(), mw), R(text, x.cl(4), fw)], people, others, ()
    text = (
        f"Defence barrister {mw.full} told the jury {x.cl()}. "
        f"Prosecutor {fw.full} said {x.cl(4)}. He added: {x.q2()}"
    )
    ex = [
        R(text, x.cl(), mw, T("barrister")),
        R(text, x.cl(4), fw, T("prosecutor")),
        D(x.q2(), mw, T("barrister")),
    ]
    return text, ex, people, others, ()


# --- 14. datelines ------------------------------------------------------------------------------------------


def _datelines(x: S, s: int) -> Shaped:
    x = attrs.evolve(
        x,
        pool=(
            Q_PROSECUTION60,
            Q_WITNESS60,
            Q_JUDGE60,
            Q_FAMILY60,
            Q_POLICE60,
            Q_WITNESS60,
            Q_WITNESS60,
            Q_DEFENCE60,
        )[s],
    )
    a, b = x.a, x.b
    dl, place = _pick(DATELINES60, x.k + s)
    f = x.force()
    rank, noun = x.rank()
    job, parts = _pick(WITNESS_JOBS60, x.k)
    others = [f.name, x.court()]
    forb = (place,)
    if s == 0:
        text = f"{dl}Prosecutor {a.full} told the jury on {x.day()}: {x.q2()}"
        return text, [D(x.q2(), a, T("prosecutor"))], (a,), others, forb
    if s == 1:
        text = f"{dl}{rank} {a.full} of {f.written} said {x.cl()}."
        return text, [R(text, x.cl(), a, T(noun, f.name))], (a,), others, forb
    if s == 2:
        text = f"{dl}{x.q()} Judge {a.full} told {b.full}."
        return text, [D(x.q(), a, T("judge"))], (a, b), others, forb
    if s == 3:
        kb = x.kin(b)
        text = (
            f"{dl}{a.full}, {a.age}, was jailed on {x.day()}. {_cap(a.poss)} {kb}, {b.full}, said: {x.q2()}"
        )
        return text, [D(x.q2(), b, T(kb))], (a, b), others, forb
    if s == 4:
        sp = _spokes(a)
        text = f"{dl}A police {sp} said: {x.q2()}"
        return text, [D(x.q2(), (f"police {sp}", sp, "police"))], (), others, forb
    if s == 5:
        text = f"{dl}{a.full}, {job}, testified that {x.cl()}."
        return text, [R(text, x.cl(), a, T(*parts))], (a,), others, forb
    if s == 6:
        text = f"{dl}According to court documents, {x.cl()}."
        return text, [R(text, x.cl(), ("court documents", "documents"))], (), others, forb
    plea = f"{b.full}, {b.age}, pleaded not guilty to {x.charge()}."
    text = f"{dl}{plea} {_poss(b.full)} lawyer, {a.full}, said: {x.q2()}"
    ex = [*tolerate(text, plea, (b.full,)), D(x.q2(), a, T("lawyer"))]
    return text, ex, (a, b), others, forb


# --- 15. controls -------------------------------------------------------------------------------------------


def _controls(x: S, s: int) -> Shaped:
    x = attrs.evolve(
        x,
        pool=(
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_PROSECUTION60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
            Q_FAMILY60,
        )[s],
    )
    a, b, c = x.a, x.b, x.c
    m = x.m
    f = x.force()
    court, town = x.court(), x.town()
    others = [f.name, court, town]
    op, label, nick = _pick(OPERATIONS60, x.k), _pick(LABELS60, x.k), _pick(NICKNAMES60, x.k)
    if s == 0:
        text = f"{b.full}, {b.age}, of {town}, was charged with {m.q(x.charge())}."
        return text, [], (b,), others, (x.charge(),)
    if s == 1:
        text = f"Anyone with information is urged to call {f.name} on 101, quoting {m.q(op)}."
        return text, [], (), others, (op,)
    if s == 2:
        text = f"{b.full}, known to friends as {m.q(nick)}, was arrested in {town} on {x.day()}."
        return text, [], (b,), others, ()
    if s == 3:
        text = f"The case, dubbed {m.q(label)} by detectives, returns to {court} in May."
        return text, [], (), others, (label,)
    if s == 4:
        text = (
            f"The jury in the trial of {b.full} returned a verdict of {m.q('not guilty')} after four hours."
        )
        return text, [], (b,), others, ()
    if s == 5:
        kin = x.kin(a)
        first = c.full.split()[0]
        text = (
            f"Protesters outside {court} held signs reading {m.q('Justice for ' + first)}. "
            f"{a.full}, {_poss(c.full)} {kin}, said: {x.q2()}"
        )
        return text, [D(x.q2(), a, T(kin))], (a, c), others, ("Justice for",)
    if s == 6:
        text = f"{b.full} was charged with {m.q(x.charge())}. Prosecutor {a.full} said: {x.q2()}"
        return text, [D(x.q2(), a, T("prosecutor"))], (a, b), others, (x.charge(),)
    if s == 7:
        text = f"Police appealed for witnesses after the crash in {town}."
        return text, tolerate(text, text, ("police",)), (), others, ()
    if s == 8:
        text = f"{b.full} declined to comment as {b.pronoun} left court."
        return text, tolerate(text, text, (b.full,)), (b,), others, ()
    if s == 9:
        text = f"Officers were called to an address in {town} just after 2am on {x.day()}."
        return text, [], (), others, ()
    if s == 10:
        text = (
            f"The words {m.q('pay up or else')} had been sprayed on the shutter "
            f"of the shop {b.full} ran in {town}."
        )
        return text, [], (b,), others, ("pay up",)
    text = (
        f"{f.name} launched {m.q(op)} in {town} after the robberies. "
        f"{b.full}, {b.age}, is due to appear at {court} on {x.day()}."
    )
    return text, [], (b,), others, (op,)


HELD_OUT_60: tuple[Capability, ...] = (
    _named(
        "police_named",
        "6",
        "RANK NAME of FORCE said; a spokeswoman for FORCE; FORCE RANK NAME said; described OBJ as",
        _gen("ho60-pn", _police_named, 9),
    ),
    _named(
        "police_unnamed",
        "5",
        "a police spokesman said; FORCE said in a statement; officers said; police said; the force said",
        _gen("ho60-pu", _police_unnamed, 9),
    ),
    _named(
        "prosecutors",
        "6",
        "Prosecutor NAME told the jury; NAME, prosecuting,; for the prosecution; District Attorney NAME",
        _gen("ho60-pr", _prosecutors, 9),
    ),
    _named(
        "defence_lawyers",
        "4",
        "NAME, representing CLIENT; CLIENT's lawyer, NAME,; defending; the lawyer, never the client",
        _gen("ho60-df", _defence, 9),
    ),
    _named(
        "two_lawyers",
        "4",
        "prosecution and defence in turn, each quotation to its side, the defendant silent",
        _gen("ho60-tl", _two_lawyers, 9),
    ),
    _named(
        "judges_sentencing",
        "6",
        "Sentencing X, Judge NAME told him; the judge said as she passed sentence; Mr Justice NAME",
        _gen("ho60-jd", _judges, 9),
    ),
    _named(
        "witnesses",
        "2",
        "NAME testified that; NAME, JOB, told the court; the witness told the court; cross-examined by",
        _gen("ho60-wt", _witnesses, 9),
    ),
    _named(
        "defendants_pleas",
        "8",
        "pleaded not guilty; denied the charge; denied that C; in his own defence; admitted X",
        _gen("ho60-pl", _pleas, 9),
    ),
    _named(
        "victim_statements",
        "4",
        "a statement read by the prosecutor is its writer's: the victim's mother, a widow, the victim",
        _gen("ho60-vs", _victims, 8),
    ),
    _named(
        "family_outside_court",
        "4",
        "His sister, NAME, said outside court; X's father, NAME, told OUTLET; the defendant's brother",
        _gen("ho60-fm", _family, 8),
    ),
    _named(
        "court_documents",
        "5",
        "according to court documents; the indictment alleges; the charge sheet; an affidavit filed by",
        _gen("ho60-cd", _documents, 8),
    ),
    _named(
        "second_references",
        "4",
        "the inspector added; the 34-year-old; Mr/Ms SURNAME; the judge; the detective; the witness",
        _gen("ho60-sr", _second, 8),
    ),
    _named(
        "pronouns_genders",
        "4",
        "a female judge and a male defendant and the reverse; lawyers of two genders; She told him",
        _gen("ho60-pg", _pronouns, 9),
    ),
    _named(
        "datelines",
        "7",
        "BRACKENFORD, England \u2014; KESTWICK (Herald) -; before every kind of courtroom credit",
        _gen("ho60-dl", _datelines, 8),
    ),
    _named(
        "controls",
        "8",
        "charges, operation names, nicknames, verdicts, signs in marks; police appeals; declined to comment",
        _gen("ho60-ct", _controls, 12),
    ),
)
