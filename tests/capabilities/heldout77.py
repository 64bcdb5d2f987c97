"""Seventy-seventh held-out round: capabilities written at commit ``fa7bd471`` by a helper (``hcap83``) who
did not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout77data.py``: thirty invented officers, officials, veterans,
relatives, executives and analysts of English, Tamil, Yoruba, Italian, German, Irish, Igbo, Japanese, French,
Dutch, Lebanese, Scottish, Australian, Polish, Portuguese, Swedish, American, Ghanaian, Mexican and Telugu
origin, each with a gender and an age; twelve officers' ranks with their posts in a brigade, division,
command, squadron, ship or academy; eight civilian posts at the ministry, the Navy, a command and the
defence committee; eight contractors' and think tanks' posts; veterans' roles and service histories; bodies
that issue statements, some of one word; documents; outlets; operation, exercise and ship names, unit
nicknames, mottoes and scare terms in marks; quotations, reported clauses, pointed fragments, split
quotations and narrative sentences) as a round of MILITARY, DEFENCE AND VETERANS NEWS as a defence
correspondent writes it: every case is a short passage (one to five sentences, or a short article) with one to
three people, and every quotation checks the content (the marks and the words inside them for a direct
quotation; the reported clause, with or without its *that*, for an indirect one; the clause with its marked
fragment, or the fragment alone, for a mixed one), the kind, the canonical full name and, whenever the text
states one, the title with `Contains` of the role noun and each affiliation stated, with `wrong_speakers` for
every other person, body, outlet, unit, ship and document in the passage.

Conventions: a rank is part of the capacity, not of the name: the key accepts the full name with or without
the rank written before it (*Maren Holtby* or *Col. Maren Holtby*). Where a post is stated (in apposition,
before the name, fronted, or as *is POST*) the title must hold the post's role noun and its unit or body;
where only a rank is stated, the title must hold the rank's stem, which every written form of the rank holds
(*col* for *Col.*, *Lt. Col.* and *colonel*; *gen*, *adm*, *cap*, *maj*). A relative clause (*who served two
tours*, *who chairs the inquiry*) and a kin relation (*whose son serves*, *POSS father*) state no title, so
the title is not checked there. A statement, a social-media post and a document issued by a body speak for
the body: *The Navy said in a statement* is the Navy's, `"C," the statement said` after *BODY issued a
statement* is BODY's; a report, audit, review or white paper that *found* or *concluded* speaks for itself
(the key accepts the document's name, and for the inquiry's report the inquiry). An unnamed source (*a senior
defence official*, *one officer*) gives a quotation with no speaker or with the description as its name (the
description as written or its head noun), never a named person of the passage. Operation, exercise and ship
names, unit nicknames, mottoes, book titles and banners in marks are no quotation, even beside a name and a
verb; a report whose clause holds such a name may come out indirect or mixed; a banner's words may come out
as a quotation with no speaker. *The inquiry heard that C* has no speaker (the inquiry is the listener). A
split quotation may come out as two quotations or as one span with its credit inside.

Key fixes after the one run (no case weakened): in the inquiry shape where counsel `asked RANK FULL whether
the alarms had been tested`, the key had not provided for the reported question, which is counsel's reported
speech: it is now accepted as counsel's report or as no quotation (never the witness's), and the witness's
reply is still checked as before. Later, on main, *declined to give details* and *declined to comment (on
Operation "O")* were brought into line with the convention earlier rounds keep, as PolNeAR annotates a
refusal: tolerated as the decliner's report or none, never another's (76 cases).

1. ranked officers: `RANK FULL, POST, said:`, `"C," said RANK FULL, POST.`, `UNIT POST RANK FULL told
   reporters`, `"C," RANK FULL said.` (rank only), `The POST, RANK FULL, said`, two officers then a surname,
   `PRONOUN is POST`, a colon credit `was blunt:` (`ranked_officers`);
2. ministers and spokespeople at briefings: `Defence Minister FULL said on DAY that`, `told reporters at a
   briefing`, `At a briefing on DAY, FULL, POST, said:`, `insisted`, `conceded:`, `warned that`, `told OUTLET
   that`, a quotation then `adding that` (`ministry_briefings`);
3. bodies and documents: `BODY said in a statement that`, `"C," BODY said in a statement.`, `According to a
   statement from BODY,`, a body then its spokesperson, `The DOC, published on DAY, found that`, `BODY denied
   that`, `BODY posted on social media:`, `"C," the statement said.` (`body_statements`);
4. operation, exercise and ship names in marks beside names and verbs, with and without a real quotation
   (`code_names`);
5. veterans and families: `FULL, VETERAN ROLE, said:`, `who served two tours`, `told OUTLET that`, `whose son
   serves`, a comrade named, `wrote in an open letter`, a quotation over two sentences at a memorial, a parent
   speaking, `tweeted` (`veterans_families`);
6. contractors and analysts: `FULL, chief executive of BODY, said:`, `According to FULL, POST,`, `told
   investors`, `described X as "F"`, a contract signed, `cautioned that` (`contractors_analysts`);
7. unnamed officials: `said a senior defence official, speaking on condition of anonymity`, `According to
   DESC,`, `DESC told OUTLET that`, beside a named officer who declined to comment (`unnamed_officials`);
8. inquiries and hearings: `told the inquiry that`, `Giving evidence to the inquiry,`, `who chairs the
   inquiry`, a bereaved parent, the report's findings, `The inquiry heard that`, counsel's question and the
   officer's reply, a minister and an officer before the committee, written evidence (`inquiries`);
9. pronouns across two or three people of both genders and of the same gender (`pronouns`);
10. second references: `RANK SURNAME said`, `the colonel added`, `the spokeswoman added`, by age, by surname
    after a second person, `the analyst said`, `the general said` (`second_refs`);
11. split quotations: `"C1," RANK FULL, POST, said, "c2."`, `said FULL,`, by surname, present tense, with an
    outlet or another person inside the credit, by the rank's short form (`split_quotes`);
12. indirect reports with open cue verbs: `insisted`, `warned`, `conceded`, `acknowledged`, without *that*,
    `According to`, `wrote in OUTLET that`, `posted that`, two clauses, `told troops at BASE that`, a report
    about another person, a fronted clause `C, RANK FULL said.` (`indirect_cues`);
13. mixed quotations: `called X "F"`, `said X was "F"`, `described X as "F"`, `dismissed X as "F"`, `in POSS
    words`, `told OUTLET that X had been "F"`, two people's fragments, `considered X "F"` (`mixed_quotes`);
14. short defence articles of four paragraphs: an exercise, a procurement deal, a memorial unveiling and an
    inquiry hearing, with speakers carried across paragraphs by surname and pronoun (`articles`);
15. controls: unit nicknames, mottoes, scare terms, officers' nicknames, operation and book titles and banners
    in marks where nobody speaks, text that reports nothing, *declined to comment*, and one real quotation
    beside a motto (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout77data import (
    ALLMARKS77,
    BASES77,
    BODIES77,
    CLAUSES77,
    DAYS77,
    DOCS77,
    EXERCISES77,
    FRAGS77,
    INDUSTRY77,
    MARKS77,
    MINISTRY77,
    MOTTOES77,
    NARRATIVE77,
    NICKS77,
    OFFICERS77,
    OPS77,
    OUTLETS77,
    PEOPLE77,
    QUOTES77,
    SCARE77,
    SERVED77,
    SHIPS77,
    SPLITS77,
    VETROLES77,
    Officer77,
    Post77,
)
from heldout_kit import Mark, Person, found_quote, one_of, other_person, segmented, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import keyed_case as _case
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import span as _span

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE77, p, step, gender=gender, avoid=avoid)


def _names(who: Who, o: Officer77 | None = None) -> NameSpec:
    """The names a key accepts: a person's full name (with the rank written before it, when *o* is given)."""
    if isinstance(who, Person):
        return (who.full,) if o is None else (who.full, f"{o.rank} {who.full}")
    return who


def _d(content: str, who: Who, title: TitleSpec = ANY, o: Officer77 | None = None) -> Expect:
    """A direct quotation of *who* (a person, with *o*'s rank accepted before the name, or accepted names)."""
    if isinstance(who, Person):
        return Expect(content, "direct", _names(who, o), title, "person")
    return Expect(content, "direct", who, title)


def _r(content: str, who: Who, title: TitleSpec = ANY, o: Officer77 | None = None) -> Expect:
    """A reported clause of *who*."""
    if isinstance(who, Person):
        return Expect(content, "indirect", _names(who, o), title, "person")
    return Expect(content, "indirect", who, title)


def _that(text: str, clause: str, who: Who, title: TitleSpec = ANY, o: Officer77 | None = None) -> Expect:
    """`... said (that) C`: the report with or without its conjunction."""
    return _r(one_of(text, (f"that {clause}", clause)), who, title, o)


def _mixed(text: str, clause: str, who: Who, title: TitleSpec = ANY, o: Officer77 | None = None) -> Expect:
    """`... said (that) X was "F"`: the clause with its fragment, with or without *that*, kind mixed."""
    return segmented(text, ((f"that {clause}", ("mixed",)), (clause, ("mixed",))), _names(who, o), title)


def _t(parts: tuple[str, ...]) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _rank_t(o: Officer77) -> Contains:
    """The title of a person credited by rank only: the rank's stem."""
    return Contains(o.stem)


def _qt(n: int) -> str:
    return QUOTES77[n % len(QUOTES77)]


def _cl(n: int) -> str:
    return CLAUSES77[n % len(CLAUSES77)]


def _off(n: int) -> Officer77:
    return OFFICERS77[n % len(OFFICERS77)]


def _off2(n: int, taken: Officer77) -> Officer77:
    for step in range(len(OFFICERS77)):
        o = OFFICERS77[(n + 5 + step) % len(OFFICERS77)]
        if o.short != taken.short and o.unit != taken.unit:
            return o
    raise ValueError("no second officer")


def _min(n: int) -> Post77:
    return MINISTRY77[n % len(MINISTRY77)]


def _ind(n: int) -> Post77:
    return INDUSTRY77[n % len(INDUSTRY77)]


def _fronted(o: Officer77) -> str:
    """*o*'s post fronted before the name: `The commander of the 41st Rifle Brigade`."""
    if o.after.startswith(("the ", "a ", "an ")):
        return _cap(o.after)
    return f"The {o.after}"


def _low(body: str) -> str:
    """A body's name inside a sentence: `the Navy`, `Brennmark`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout77.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS77, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE77, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE77.index(p), shape, r)


def _groups(
    text: str, parts: Sequence[str], p: Who, title: TitleSpec, o: Officer77 | None = None
) -> list[Expect]:
    """Consecutive parts of one speaker's quotation split by a credit: each part on its own, or one span."""
    whole = _span(text, parts[0], parts[-1])
    return _alts(text, [_d(x, p, title, o) for x in parts], [_d(whole, p, title, o)])


def _anon(text: str, content: str, kind: str, descs: tuple[str, ...]) -> Expect:
    """An unnamed source's quotation: no speaker, or the description as its name."""
    found = found_quote(text, content)
    if found is not None and found.speaker is None:
        return Expect(content, kind, None)
    return Expect(content, kind, descs)


def _anon_that(text: str, clause: str, descs: tuple[str, ...]) -> Expect:
    return _anon(text, one_of(text, (f"that {clause}", clause)), "indirect", descs)


CUES77 = ("insisted", "warned", "conceded", "acknowledged", "argued", "confirmed", "admitted", "maintained")

#: Unnamed sources: (the description as written, the names a key accepts for it).
ANON77 = (
    ("a senior defence official", ("a senior defence official", "senior defence official", "official")),
    ("one officer", ("one officer", "officer")),
    ("a Navy officer", ("a Navy officer", "Navy officer", "officer")),
    ("a person familiar with the contract", ("a person familiar with the contract", "person")),
    ("two officials", ("two officials", "officials")),
    ("a military source", ("a military source", "military source", "source")),
)


# --- 1. ranked officers -------------------------------------------------------------------------------------


def ranked_officers() -> Iterator[Case]:
    """`RANK FULL, POST, said: "C."`, `"C," said RANK FULL, POST.`, `UNIT POST RANK FULL told reporters at
    BASE: "C."`, `"C," RANK FULL said.` (rank only), `RANK FULL, AGE, said that C.` (rank only), `The POST,
    RANK FULL, said C.`, two officers then `"C," SURNAME said.`, `"C," FULL said. PRONOUN is POST.`, `RANK
    FULL was blunt: "C."` Key: FULL (or RANK FULL), with POST's parts or the rank's stem; the unit, the base
    and the other officer never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-officers"):
        k = _slot(a, shape, r)
        o = _off(k)
        o2 = _off2(k, o)
        t, rt = _t(o.parts), _rank_t(o)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        base = _pick(BASES77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [o.unit, base]
        if shape == 0:
            text, ex = f"{o.rank} {a.full}, {o.after}, said: {qs}", [_d(qs, a, t, o)]
        elif shape == 1:
            text, ex = f"{q} said {o.rank} {a.full}, {o.after}.", [_d(q, a, t, o)]
        elif shape == 2:
            text = f"{_cap(o.pre)} {o.rank} {a.full} told reporters at {base}: {qs}"
            ex = [_d(qs, a, t, o)]
        elif shape == 3:
            text, ex = f"{q} {o.rank} {a.full} said.", [_d(q, a, rt, o)]
        elif shape == 4:
            text = f"{o.rank} {a.full}, {a.age}, said that {c}."
            ex = [_that(text, c, a, rt, o)]
        elif shape == 5:
            text = f"{_fronted(o)}, {o.rank} {a.full}, said {c}."
            ex = [_that(text, c, a, t, o)]
        elif shape == 6:
            text = _article(
                f"{o.rank} {a.full}, {o.after}, and {o2.rank} {b.full}, {o2.after}, briefed reporters on "
                f"{_pick(DAYS77, k)}.",
                f"{q} {a.last} said.",
            )
            ex, people = [_d(q, a, t, o)], (a, b)
            others.append(o2.unit)
        elif shape == 7:
            text, ex = f"{q} {a.full} said. {_cap(a.pronoun)} is {o.after}.", [_d(q, a, t)]
        else:
            text, ex = f"{o.rank} {a.full} was blunt: {qs}", [_d(qs, a, rt, o)]
        yield _case(f"ho77-officers-{shape}", text, ex, people, others)


# --- 2. ministers and spokespeople at briefings -------------------------------------------------------------


def ministry_briefings() -> Iterator[Case]:
    """`PRE FULL said on DAY that C.`, `"C," FULL, POST, told reporters at a briefing.`, `At a briefing on
    DAY, FULL, POST, said: "C."`, `FULL, POST, insisted that C.`, `FULL, POST, declined to give details. "C,"
    PRONOUN said.`, `Asked about the delay, FULL, POST, conceded: "C."`, `FULL, POST, warned that C.`, `PRE
    FULL told OUTLET that C.`, `"C," PRE FULL said, adding that C.` Key: FULL with the post's parts; the
    ministry, the Navy, the command and the outlet never speak FULL's words."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-ministry"):
        k = _slot(a, shape, r)
        p = _min(k)
        t = _t(p.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS77, k)
        outlet = _pick(OUTLETS77, k)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{_cap(p.b(a))} {a.full} said on {day} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text, ex = f"{q} {a.full}, {p.a(a)}, told reporters at a briefing.", [_d(q, a, t)]
        elif shape == 2:
            text, ex = f"At a briefing on {day}, {a.full}, {p.a(a)}, said: {qs}", [_d(qs, a, t)]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, insisted that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, declined to give details. {q} {a.pronoun} said."
            ex = [_d(q, a, t), *tolerate(text, "declined to give details", (a.full,))]
        elif shape == 5:
            text, ex = f"Asked about the delay, {a.full}, {p.a(a)}, conceded: {qs}", [_d(qs, a, t)]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, warned that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            text = f"{_cap(p.b(a))} {a.full} told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
        else:
            text = f"{q} {p.b(a)} {a.full} said, adding that {c}."
            ex = [_d(q, a, t), _that(text, c, a, t)]
        yield _case(f"ho77-ministry-{shape}", text, ex, (a,), others)


# --- 3. bodies and documents --------------------------------------------------------------------------------


def body_statements() -> Iterator[Case]:
    """`BODY said in a statement that C.`, `"C," BODY said in a statement.`, `In a statement on DAY, BODY
    said: "C."`, `According to a statement from BODY, C.`, `BODY said C. FULL, a spokeswoman for BODY, added:
    "C."`, `The DOC, published on DAY, found that C.`, `BODY denied that C.`, `BODY posted on social media:
    "C."`, `BODY issued a statement on DAY. "C," the statement said.` Key: the body (or the document) speaks
    its own words; the spokesperson hers, with *spokes* and the body."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-bodies"):
        k = _slot(a, shape, r)
        body, acc = _pick(BODIES77, k)
        low = _low(body)
        bare = body.removeprefix("The ")
        doc, dacc = _pick(DOCS77, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS77, k)
        people: tuple[Person, ...] = ()
        others: list[str] = [bare]
        if shape == 0:
            text = f"{body} said in a statement that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 1:
            text, ex = f"{q} {low} said in a statement.", [_d(q, acc)]
        elif shape == 2:
            text, ex = f"In a statement on {day}, {low} said: {qs}", [_d(qs, acc)]
        elif shape == 3:
            text = f"According to a statement from {low}, {c}."
            ex = [_r(c, acc)]
        elif shape == 4:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"{body} said {c}. {a.full}, a {spokes} for {low}, added: {qs}"
            ex = [_that(text, c, acc), _d(qs, a, _t(("spokes", bare)))]
            people = (a,)
        elif shape == 5:
            text = f"The {doc}, published on {day}, found that {c}."
            ex, others = [_that(text, c, dacc)], []
        elif shape == 6:
            text = f"{body} denied that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 7:
            text, ex = f"{body} posted on social media: {qs}", [_d(qs, acc)]
        else:
            text = f"{body} issued a statement on {day}. {q} the statement said."
            ex = [_d(q, acc)]
        yield _case(f"ho77-bodies-{shape}", text, ex, people, others)


# --- 4. operation, exercise and ship names ------------------------------------------------------------------


def code_names() -> Iterator[Case]:
    """Names in marks nobody says: `Operation "O" began on DAY, RANK FULL said.` (a report holding the name,
    indirect or mixed), `The frigate "S" returned to BASE on DAY.`, `RANK FULL commanded "S" for three
    years.`, `FULL led troops during Operation "O". "C," PRONOUN said.`, `Exercise "E" will run until DAY.`,
    `RANK FULL said: "C." The ship, "S", sails on DAY.`, `Code-named "O", the mission was kept secret.`, `"C,"
    FULL said of "E", the largest exercise in a decade.`, `RANK FULL told reporters aboard "S" that C.` Key:
    no quotation at a name; FULL speaks only the real quotation or report; the ship never speaks."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-codes"):
        k = _slot(a, shape, r)
        o = _off(k)
        rt = _rank_t(o)
        opq, exq, shq = m.q(_pick(OPS77, k)), m.q(_pick(EXERCISES77, k)), m.q(_pick(SHIPS77, k))
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day, base = _pick(DAYS77, k), _pick(BASES77, k)
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = (opq, exq, shq)
        if shape == 0:
            clause = f"Operation {opq} began on {day}"
            text = f"{clause}, {o.rank} {a.full} said."
            ex = [segmented(text, ((clause, ("indirect", "mixed")),), _names(a, o), rt)]
            forbidden = (exq, shq)
        elif shape == 1:
            text = f"The frigate {shq} returned to {base} on {day} after five months at sea."
        elif shape == 2:
            text = f"{o.rank} {a.full} commanded {shq} for three years before moving to {base}."
        elif shape == 3:
            text = f"{a.full} led troops during Operation {opq}. {q} {a.pronoun} said."
            ex = [_d(q, a)]
        elif shape == 4:
            text = f"Exercise {exq} will run until {day}, with about 4,000 troops from {base} taking part."
        elif shape == 5:
            text = f"{o.rank} {a.full} said: {qs} The ship, {shq}, sails on {day}."
            ex = [_d(qs, a, rt, o)]
        elif shape == 6:
            clause = "the mission was kept secret for a decade"
            text = f"Code-named {opq}, {clause}, {a.full} wrote in a memoir."
            front = f"Code-named {opq}, {clause}"
            ex = [segmented(text, ((clause, ("indirect",)), (front, ("indirect", "mixed"))), _names(a))]
            forbidden = (opq,) if found_quote(text, front) is None else ()
        elif shape == 7:
            text = f"{q} {a.full} said of {exq}, the largest exercise in a decade."
            ex = [_d(q, a)]
        else:
            text = f"{o.rank} {a.full} told reporters aboard {shq} that {c}."
            ex = [_that(text, c, a, rt, o)]
        yield _case(f"ho77-codes-{shape}", text, ex, (a,), [shq, base], forbidden=forbidden)


# --- 5. veterans and families -------------------------------------------------------------------------------


def veterans_families() -> Iterator[Case]:
    """`FULL, VETROLE, said: "C."`, `"C," said FULL, AGE, who served two tours.` (no title), `FULL, AGE,
    VETROLE, told OUTLET that C.`, `FULL, whose son serves with the Tarn Fusiliers, said: "C."` (no title),
    `FULL served alongside OTHER. "C," SURNAME said.`, `FULL, VETROLE, wrote in an open letter to the defence
    minister that C.`, `"C1," FULL, VETROLE, said at the memorial in BASE. "C2."`, `POSS FULL's father, OTHER,
    said: "C."` (the parent speaks), `FULL, VETROLE, tweeted on DAY: "C."` Key: the veteran (or the parent),
    with the veteran's role where stated; the comrade, the outlet and the minister never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-veterans"):
        k = _slot(a, shape, r)
        vr, vparts = _pick(VETROLES77, k)
        t = _t(vparts)
        served = _pick(SERVED77, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 5) + ".")
        c = _cl(k)
        outlet, base, day = _pick(OUTLETS77, k), _pick(BASES77, k), _pick(DAYS77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [outlet]
        if shape == 0:
            text, ex = f"{a.full}, {vr}, said: {qs}", [_d(qs, a, t)]
        elif shape == 1:
            text, ex = f"{q} said {a.full}, {a.age}, {served}.", [_d(q, a)]
        elif shape == 2:
            text = f"{a.full}, {a.age}, {vr}, told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            kid = "son" if k % 2 else "daughter"
            text, ex = f"{a.full}, whose {kid} serves with the Tarn Fusiliers, said: {qs}", [_d(qs, a)]
            others.append("the Tarn Fusiliers")
        elif shape == 4:
            text = f"{a.full} served alongside {b.full} in the Sarvan Valley. {q} {a.last} said."
            ex, people = [_d(q, a)], (a, b)
        elif shape == 5:
            text = f"{a.full}, {vr}, wrote in an open letter to the defence minister that {c}."
            ex = [_that(text, c, a, t)]
            others.append("the defence minister")
        elif shape == 6:
            text = f"{q} {a.full}, {vr}, said at the memorial in {base}. {q2}"
            ex = _groups(text, [q, q2], a, t)
            others.append(base)
        elif shape == 7:
            text = f"{_poss(b.full)} {a.kin('mother', 'father')}, {a.full}, said: {qs}"
            ex, people = [_d(qs, a)], (a, b)
        else:
            text, ex = f"{a.full}, {vr}, tweeted on {day}: {qs}", [_d(qs, a, t)]
        yield _case(f"ho77-veterans-{shape}", text, ex, people, others)


# --- 6. contractors and analysts ----------------------------------------------------------------------------


def contractors_analysts() -> Iterator[Case]:
    """`FULL, POST, said: "C."`, `"C," said FULL, POST.`, `PRE FULL said C.`, `According to FULL, POST, C.`,
    `FULL, POST, told OUTLET that C.`, `"C," FULL told investors on DAY.` (no title), `FULL, POST, described X
    as "F".`, `The Defence Ministry signed a contract with BODY on DAY. FULL, POST, said: "C."`, `FULL, POST,
    cautioned that C.` Key: FULL with the post's parts; the company, the think tank, the ministry and the
    outlet never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-industry"):
        k = _slot(a, shape, r)
        p = _ind(k)
        t = _t(p.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        outlet, day = _pick(OUTLETS77, k), _pick(DAYS77, k)
        obj, frag = _pick(FRAGS77, k)
        others = [p.body, outlet]
        if shape == 0:
            text, ex = f"{a.full}, {p.a(a)}, said: {qs}", [_d(qs, a, t)]
        elif shape == 1:
            text, ex = f"{q} said {a.full}, {p.a(a)}.", [_d(q, a, t)]
        elif shape == 2:
            text = f"{_cap(p.b(a))} {a.full} said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text, ex = f"{q} {a.full} told investors on {day}.", [_d(q, a)]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, described {obj} as {m.q(frag)}."
            ex = [_called(text, obj, m.q(frag), _names(a), title=t, link=" as ")]
        elif shape == 7:
            text = (
                f"The Defence Ministry signed a contract with {_low(_cap(p.body))} on {day}. "
                f"{a.full}, {p.a(a)}, said: {qs}"
            )
            ex = [_d(qs, a, t)]
            others.append("the Defence Ministry")
        else:
            text = f"{a.full}, {p.a(a)}, cautioned that {c}."
            ex = [_that(text, c, a, t)]
        yield _case(f"ho77-industry-{shape}", text, ex, (a,), others)


# --- 7. unnamed officials -----------------------------------------------------------------------------------


def unnamed_officials() -> Iterator[Case]:
    """`"C," said DESC, speaking on condition of anonymity.`, `DESC said C.`, `According to DESC, C.`, `DESC
    told OUTLET that C.`, `RANK FULL declined to comment. DESC said C.`, `"C," DESC said. FULL, POST, did not
    respond to a request for comment.`, `DESC, who spoke on condition of anonymity, said: "C."` Key: no
    speaker or the description; never the named person who declined, nor the outlet."""
    combos = list(itertools.product(ANON77, range(7), ALLMARKS77, range(6)))
    for (desc, descs), shape, m, r in sample(combos, 230, "ho77-anon"):
        k = _k(ANON77.index((desc, descs)), shape, r)
        a = PEOPLE77[(k * 7 + r) % len(PEOPLE77)]
        o = _off(k)
        p = _min(k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        outlet = _pick(OUTLETS77, k)
        people: tuple[Person, ...] = ()
        others = [outlet]
        if shape == 0:
            text = f"{q} said {desc}, speaking on condition of anonymity."
            ex = [_anon(text, q, "direct", descs)]
        elif shape == 1:
            text = f"{_cap(desc)} said {c}."
            ex = [_anon_that(text, c, descs)]
        elif shape == 2:
            text = f"According to {desc}, {c}."
            ex = [_anon(text, c, "indirect", descs)]
        elif shape == 3:
            text = f"{_cap(desc)} told {outlet} that {c}."
            ex = [_anon_that(text, c, descs)]
        elif shape == 4:
            text = f"{o.rank} {a.full} declined to comment. {_cap(desc)} said {c}."
            ex = [_anon_that(text, c, descs), *tolerate(text, "declined to comment", (a.full,))]
            people = (a,)
        elif shape == 5:
            text = f"{q} {desc} said. {a.full}, {p.a(a)}, did not respond to a request for comment."
            ex, people = [_anon(text, q, "direct", descs)], (a,)
            others.append(p.body)
        else:
            text = f"{_cap(desc)}, who spoke on condition of anonymity, said: {qs}"
            ex = [_anon(text, qs, "direct", descs)]
        yield _case(f"ho77-anon-{shape}", text, ex, people, others)


# --- 8. inquiries and hearings ------------------------------------------------------------------------------


def inquiries() -> Iterator[Case]:
    """`RANK FULL told the inquiry on DAY that C.`, `Giving evidence to the inquiry, FULL, POST, said: "C."`,
    `FULL, who chairs the inquiry into the fire aboard the Caldmoor, said C.` (no title), `"C," FULL, whose
    son died in the fire, told the inquiry.`, `The inquiry's report, published on DAY, concluded that C.`,
    `The inquiry heard that C.` (no speaker), counsel's question (counsel's report or none) and `"C," SURNAME
    replied.`, a minister and an officer before the committee, `In written evidence to the inquiry, FULL,
    VETROLE, said C.` Key: the witness (with the post or rank stated), the report; the inquiry and counsel
    never speak a witness's words."""
    for a, shape, m, r in sample(_combos(9), 240, "ho77-inquiry"):
        k = _slot(a, shape, r)
        o = _off(k)
        t, rt = _t(o.parts), _rank_t(o)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = ["the inquiry", "inquiry"]
        if shape == 0:
            text = f"{o.rank} {a.full} told the inquiry on {day} that {c}."
            ex = [_that(text, c, a, rt, o)]
        elif shape == 1:
            text = f"Giving evidence to the inquiry, {a.full}, {o.after}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{a.full}, who chairs the inquiry into the fire aboard the Caldmoor, said {c}."
            ex = [_that(text, c, a)]
        elif shape == 3:
            kid = "son" if k % 2 else "daughter"
            text, ex = f"{q} {a.full}, whose {kid} died in the fire, told the inquiry.", [_d(q, a)]
        elif shape == 4:
            text = f"The inquiry's report, published on {day}, concluded that {c}."
            acc = ("the inquiry's report", "inquiry's report", "report", "the inquiry", "inquiry")
            ex, people, others = [_that(text, c, acc)], (), []
        elif shape == 5:
            text = f"The inquiry heard that {c}. {_pick(NARRATIVE77, k)}"
            ex, people = tolerate(text, text), ()
        elif shape == 6:
            asked = f"asked {o.rank} {b.full} whether the alarms had been tested."
            region = f"{a.full}, counsel to the inquiry, {asked}"
            text = f"{region} {q} {b.last} replied."
            # key fix: counsel's reported question is counsel's report (or none), never the witness's
            ex, people = [*tolerate(text, region, (a.full,)), _d(q, b, rt, o)], (a, b)
        elif shape == 7:
            p = _min(k)
            text = _article(
                f"{a.full}, {p.a(a)}, told the committee that {c}.",
                f"{o.rank} {b.full}, {o.after}, conceded: {qs}",
            )
            ex, people = [_that(text, c, a, _t(p.parts)), _d(qs, b, t, o)], (a, b)
            others = [p.body, "the committee", "committee"]
        else:
            vr, vparts = _pick(VETROLES77, k)
            text = f"In written evidence to the inquiry, {a.full}, {vr}, said {c}."
            ex = [_that(text, c, a, _t(vparts))]
        yield _case(f"ho77-inquiry-{shape}", text, ex, people, others)


# --- 9. pronouns --------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """Pronouns across people of both genders and of the same gender: `RANK FULL and OTHER, POST, visited
    BASE. "C," HE said. SHE said that C.`; the same gender in turn (`FULL spoke first. "C," she said. Then
    OTHER took the podium. "C2," she said.`); `"C," said FULL. OTHER disagreed. "C2," she said.`; `FULL
    commanded the battalion in which OTHER served. "C," HE said.`; `"C," FULL said of OTHER. HE said that C.`;
    `FULL said C. "C2," she added, pointing to OTHER.` (same gender); `FULL briefed OTHER and THIRD. "C," HE
    said.` (the pronoun's one person of its gender); `OTHER, POST, said FULL had C. HE told OUTLET that C2.`
    Key: the one person the pronoun picks out."""
    for a, shape, m, r in sample(_combos(8), 240, "ho77-pronouns"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        same = _other(a, k + 2, gender=a.gender)
        c3 = _other(a, k + 4, gender=b.gender, avoid=(b,))
        o = _off(k)
        p = _min(k + 1)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 9) + ",")
        c = _cl(k)
        base, day, outlet = _pick(BASES77, k), _pick(DAYS77, k), _pick(OUTLETS77, k)
        people: tuple[Person, ...] = (a, b)
        others: list[str] = []
        if shape == 0:
            text = _article(
                f"{o.rank} {a.full} and {b.full}, {p.a(b)}, visited {base} on {day}.",
                f"{q} {a.pronoun} said. {_cap(b.pronoun)} said that {c}.",
            )
            ex = [_d(q, a, _rank_t(o), o), _that(text, c, b, _t(p.parts))]
            others = [base, p.body]
        elif shape == 1:
            text = (
                f"{a.full} spoke first. {q} {a.pronoun} said. Then {same.full} took the podium. "
                f"{q2} {same.pronoun} said."
            )
            ex, people = [_d(q, a), _d(q2, same)], (a, same)
        elif shape == 2:
            text = f"{q} said {a.full}, {p.a(a)}. {same.full} disagreed. {q2} {same.pronoun} said."
            ex, people = [_d(q, a, _t(p.parts)), _d(q2, same)], (a, same)
            others = [p.body]
        elif shape == 3:
            text = f"{a.full} commanded the battalion in which {b.full} served. {q} {b.pronoun} said."
            ex = [_d(q, b)]
        elif shape == 4:
            text = f"{q} {a.full} said of {b.full}. {_cap(b.pronoun)} said that {c}."
            ex = [_d(q, a), _that(text, c, b)]
        elif shape == 5:
            text = f"{a.full} said {c}. {q} {a.pronoun} added, pointing to {same.full}."
            ex, people = [_that(text, c, a), _d(q, a)], (a, same)
        elif shape == 6:
            text = f"{a.full} briefed {b.full} and {c3.full} on the plan. {q} {a.pronoun} said."
            ex, people = [_d(q, a)], (a, b, c3)
        else:
            clause = f"{a.full} had been recommended for a medal"
            text = f"{b.full}, {p.a(b)}, said {clause}. {_cap(a.pronoun)} told {outlet} that {c}."
            ex = [_that(text, clause, b, _t(p.parts)), _that(text, c, a)]
            others = [outlet, p.body]
        yield _case(f"ho77-pronouns-{shape}", text, ex, people, others)


# --- 10. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`RANK FULL, POST, arrived at BASE on DAY. "C," RANK SURNAME said.`, `RANK FULL said that C. "C," the
    colonel added.`, `FULL, POST, said that C. "C," the spokeswoman added.`, `FULL, AGE, VETROLE, ... "C," the
    AGE-year-old said.`, two people then surnames, `PRE RANK FULL has led the unit since 2022. NARRATIVE "C,"
    SURNAME said.`, `the analyst said`, `the general said` after another person introduced the officer. Key:
    the person first introduced, with the post or rank stated at the first mention."""
    for a, shape, m, r in sample(_combos(8), 240, "ho77-second"):
        k = _slot(a, shape, r)
        o = _off(k)
        p, ip = _min(k), _ind(k)
        t, rt = _t(o.parts), _rank_t(o)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 11) + ",")
        c = _cl(k)
        base, day = _pick(BASES77, k), _pick(DAYS77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [o.unit, base]
        if shape == 0:
            text = f"{o.rank} {a.full}, {o.after}, arrived at {base} on {day}. {q} {o.rank} {a.last} said."
            ex = [_d(q, a, t, o)]
        elif shape == 1:
            text = f"{o.rank} {a.full} said that {c}. {q} {o.short} added."
            ex = [_that(text, c, a, rt, o), _d(q, a, rt, o)]
        elif shape == 2:
            text = f"{a.full}, {p.a(a)}, said that {c}. {q} {p.sh(a)} added."
            ex, others = [_that(text, c, a, _t(p.parts)), _d(q, a, _t(p.parts))], [p.body]
        elif shape == 3:
            vr, vparts = _pick(VETROLES77, k)
            text = f"{a.full}, {a.age}, {vr}, grew up near {base}. {q} the {a.age}-year-old said."
            ex = [_d(q, a, _t(vparts))]
        elif shape == 4:
            text = _article(
                f"{o.rank} {a.full}, {o.after}, and {b.full}, {ip.a(b)}, spoke at a conference on {day}.",
                f"{q} {b.last} said. {o.rank} {a.last} said that {c}.",
            )
            ex, people = [_d(q, b, _t(ip.parts)), _that(text, c, a, t, o)], (a, b)
            others.append(ip.body)
        elif shape == 5:
            nar = _pick(NARRATIVE77, k)
            text = f"{_cap(o.pre)} {o.rank} {a.full} has led the unit since 2022. {nar} {q} {a.last} said."
            ex = [_d(q, a, t, o)]
        elif shape == 6:
            text = f"{a.full}, {ip.a(a)}, said {c}. {q} {ip.sh(a)} said."
            ex, others = [_that(text, c, a, _t(ip.parts)), _d(q, a, _t(ip.parts))], [ip.body]
        else:
            text = _article(
                f"{b.full}, {p.a(b)}, introduced {o.rank} {a.full}, {o.after}.",
                f"{q} {o.short} said. {q2} said {b.last}.",
            )
            ex, people = [_d(q, a, t, o), _d(q2, b, _t(p.parts))], (a, b)
            others.append(p.body)
        yield _case(f"ho77-second-{shape}", text, ex, people, others)


# --- 11. split quotations -----------------------------------------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """`"C1," RANK FULL, POST, said, "c2."`, `"C1," said FULL, "c2."`, a surname credit after an introduction,
    the present tense by pronoun, `"C1," FULL told OUTLET, "c2."`, `"C1," RANK SURNAME said, glancing at
    OTHER, "c2."`, `"C1," the colonel said, "c2."` after an introduction. Key: both halves FULL's (two
    quotations or one span with the credit inside), with the post or rank where stated; the outlet and OTHER
    never."""
    for a, shape, m, r in sample(_combos(7, ALLMARKS77, 4), 240, "ho77-split"):
        k = _slot(a, shape, r)
        p1, p2 = _pick(SPLITS77, k)
        h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
        o = _off(k)
        p = _min(k)
        t = _t(o.parts)
        outlet = _pick(OUTLETS77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        title: TitleSpec = ANY
        oo: Officer77 | None = o
        if shape == 0:
            text, title = f"{h1} {o.rank} {a.full}, {o.after}, said, {h2}", t
        elif shape == 1:
            text, oo = f"{h1} said {a.full}, {h2}", None
        elif shape == 2:
            text, title = (
                _article(
                    f"{o.rank} {a.full}, {o.after}, met families on Friday.", f"{h1} {a.last} said, {h2}"
                ),
                t,
            )
        elif shape == 3:
            text, title, oo = (
                f"{a.full}, {p.a(a)}, is under pressure. {h1} {a.pronoun} says, {h2}",
                _t(p.parts),
                None,
            )
        elif shape == 4:
            text, oo = f"{h1} {a.full} told {outlet}, {h2}", None
        elif shape == 5:
            text = (
                f"{o.rank} {a.full} took questions. {h1} {o.rank} {a.last} said, glancing at {b.full}, {h2}"
            )
            title, people = _rank_t(o), (a, b)
        else:
            text, title = f"{o.rank} {a.full}, {o.after}, met the crews. {h1} {o.short} said, {h2}", t
        yield _case(
            f"ho77-split-{shape}", text, _groups(text, [h1, h2], a, title, oo), people, [outlet, o.unit]
        )


# --- 12. indirect reports with open cue verbs ---------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`, `RANK FULL CUE C.` (no *that*), `According to FULL, POST, C.`, `FULL wrote in
    OUTLET that C.`, `FULL, POST, posted on social media that C.`, `FULL said that C1 and that C2.` (one
    report or two), `RANK FULL told troops at BASE that C.`, `FULL said OTHER had been recommended for a
    medal.`, `C, RANK FULL said.` (the clause fronted). Key: the reported clause, FULL's (with the post or
    rank where stated); the troops, the outlet and OTHER never."""
    for a, shape, _m, r in sample(_combos(9, MARKS77, 4), 240, "ho77-indirect"):
        k = _slot(a, shape, r)
        c, c2 = _cl(k), _cl(k + 5)
        o = _off(k)
        p = _min(k)
        rt = _rank_t(o)
        cue = _pick(CUES77, k)
        outlet, base = _pick(OUTLETS77, k), _pick(BASES77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{o.rank} {a.full} {cue} {c}."
            ex = [_that(text, c, a, rt, o)]
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, _t(p.parts))]
            others.append(p.body)
        elif shape == 3:
            text = f"{a.full} wrote in {outlet} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, posted on social media that {c}."
            ex = [_that(text, c, a, _t(p.parts))]
            others.append(p.body)
        elif shape == 5:
            text = f"{a.full} said that {c} and that {c2}."
            ex = _alts(
                text,
                [_r(f"that {c} and that {c2}", a)],
                [_r(f"{c} and that {c2}", a)],
                [_r(f"that {c}", a), _r(f"that {c2}", a)],
                [_r(c, a), _r(c2, a)],
                [_r(f"that {c}", a), _r(c2, a)],
                [_r(c, a), _r(f"that {c2}", a)],
            )
        elif shape == 6:
            text = f"{o.rank} {a.full} told troops at {base} that {c}."
            ex = [_that(text, c, a, rt, o)]
            others += ["troops", base]
        elif shape == 7:
            clause = f"{b.full} had been recommended for a medal"
            text = f"{a.full} said {clause}."
            ex, people = [_that(text, clause, a)], (a, b)
        else:
            text = f"{_cap(c)}, {o.rank} {a.full} said."
            ex = [_r(_cap(c), a, rt, o)]
        yield _case(f"ho77-indirect-{shape}", text, ex, people, others)


# --- 13. mixed quotations -----------------------------------------------------------------------------------


def mixed_quotes() -> Iterator[Case]:
    """`FULL called X "F".`, `RANK FULL, POST, said X was "F".`, `FULL described X as "F".`, `FULL, POST,
    dismissed X as "F".`, `X was, in POSS words, "F".`, `FULL told OUTLET that X had been "F".`, two people's
    fragments, `FULL said PRONOUN considered X "F".` Key: the clause with its fragment (or the fragment alone)
    FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(8, MARKS77, 4), 240, "ho77-mixed"):
        k = _slot(a, shape, r)
        obj, frag = _pick(FRAGS77, k)
        fq = m.q(frag)
        o = _off(k)
        p = _min(k)
        outlet = _pick(OUTLETS77, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [outlet]
        if shape == 0:
            text = f"{a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, _names(a))]
        elif shape == 1:
            clause = f"{obj} was {fq}"
            text = f"{o.rank} {a.full}, {o.after}, said {clause}."
            ex = [_mixed(text, clause, a, _t(o.parts), o)]
            others.append(o.unit)
        elif shape == 2:
            text = f"{a.full} described {obj} as {fq}."
            ex = [_called(text, obj, fq, _names(a), link=" as ")]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, dismissed {obj} as {fq}."
            ex = [_called(text, obj, fq, _names(a), title=_t(p.parts), link=" as ")]
            others.append(p.body)
        elif shape == 4:
            text = f"{_cap(obj)} was, in {_poss(a.full)} words, {fq}."
            ex = [segmented(text, ((fq, ("direct", "mixed")), (text[:-1], ("mixed",))), _names(a))]
        elif shape == 5:
            clause = f"{obj} had been {fq}"
            text = f"{a.full} told {outlet} that {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 6:
            _, frag2 = _pick(FRAGS77, k + 5)
            f2 = m.q(frag2)
            text = f"{a.full} called {obj} {fq}; {b.full} said it was {f2}."
            ex = [_called(text, obj, fq, _names(a)), _mixed(text, f"it was {f2}", b)]
            people = (a, b)
        else:
            clause = f"{a.pronoun} considered {obj} {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        yield _case(f"ho77-mixed-{shape}", text, ex, people, others)


# --- 14. short defence articles -----------------------------------------------------------------------------


def _exercise(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    o = _off(k)
    ip = _ind(k + 3)
    exq = m.q(_pick(EXERCISES77, k))
    base, day = _pick(BASES77, k), _pick(DAYS77, k)
    q1, q2, q3 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + "."), m.q(_qt(k + 6) + ",")
    c = _cl(k)
    text = _article(
        f"About 4,000 troops began Exercise {exq} at {base} on {day}, the largest drills in the region "
        "this year.",
        f"{q1} said {o.rank} {a.full}, {o.after}. {q2}",
        f"{b.full}, {ip.a(b)}, said that {c}.",
        f"{q3} {b.pronoun} said.",
    )
    t = _t(o.parts)
    ex = [*_groups(text, [q1, q2], a, t, o), _that(text, c, b, _t(ip.parts)), _d(q3, b, _t(ip.parts))]
    return text, ex, [exq, base, o.unit, ip.body]


def _procurement(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    p = MINISTRY77[(0, 1, 5)[k % 3]]
    ip = INDUSTRY77[(0, 1, 2, 6)[k % 4]]
    obj, frag = "the deal", _pick(FRAGS77, k)[1]
    fq = m.q(frag)
    q = m.q(_qt(k + 2) + ",")
    c = _cl(k + 1)
    text = _article(
        f"The Defence Ministry has signed a contract with {_low(_cap(ip.body))} for twelve new patrol boats.",
        f"{_cap(p.b(a))} {a.full} called {obj} {fq}.",
        f"{q} said {b.full}, {ip.a(b)}.",
        f"{b.last} said that {c}.",
    )
    ex = [
        _called(text, obj, fq, _names(a), title=_t(p.parts)),
        _d(q, b, _t(ip.parts)),
        _that(text, c, b, _t(ip.parts)),
    ]
    return text, ex, ["the Defence Ministry", ip.body]


def _memorial(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    vr, vparts = _pick(VETROLES77, k)
    p = MINISTRY77[(0, 3)[k % 2]]
    shq = m.q(_pick(SHIPS77, k))
    base, day = _pick(BASES77, k), _pick(DAYS77, k)
    qs, q2 = m.q(_qt(k + 4) + "."), m.q(_qt(k + 8) + ",")
    c = _cl(k + 2)
    text = _article(
        f"Hundreds of veterans gathered at {base} on {day} for the unveiling of a memorial to the crew "
        f"of {shq}.",
        f"{a.full}, {vr}, said: {qs}",
        f"{_cap(p.b(b))} {b.full} laid a wreath. {q2} {b.pronoun} said.",
        f"{a.last} said {c}.",
    )
    ex = [_d(qs, a, _t(vparts)), _d(q2, b, _t(p.parts)), _that(text, c, a, _t(vparts))]
    return text, ex, [shq, base, "veterans"]


HEARINGFRAGS77 = ("deeply frustrating", "a national disgrace", "long overdue", "nowhere near good enough")


def _hearing(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    o = _off(k)
    day = _pick(DAYS77, k)
    obj, frag = "the answers", _pick(HEARINGFRAGS77, k)
    clause = f"{obj} were {m.q(frag)}"
    q = m.q(_qt(k + 5) + ",")
    c = _cl(k + 3)
    kid = "son" if k % 2 else "daughter"
    text = _article(
        f"An inquiry into the fire aboard the frigate Caldmoor resumed on {day}.",
        f"{o.rank} {a.full}, {o.after}, told the inquiry that {c}.",
        f"{b.full}, whose {kid} was injured in the fire, said {clause}.",
        f"{q} {b.last} said outside the hearing.",
    )
    ex = [_that(text, c, a, _t(o.parts), o), _mixed(text, clause, b), _d(q, b)]
    return text, ex, ["the inquiry", "inquiry", "Caldmoor", o.unit]


def articles() -> Iterator[Case]:
    """Four-paragraph defence stories: an exercise (the commander quoted over two sentences, an analyst by
    report and pronoun), a procurement deal (a minister's fragment, the contractor's executive by surname), a
    memorial unveiling (a veteran, the minister by pronoun, the veteran again by surname) and an inquiry
    hearing (an officer's evidence, a parent's fragment and words by surname). Key: each quotation its
    speaker's, with the post stated at the first mention."""
    for a, shape, m, r in sample(_combos(4, ALLMARKS77, 3), 240, "ho77-articles"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        if shape == 0:
            text, ex, others = _exercise(a, b, m, k)
        elif shape == 1:
            text, ex, others = _procurement(a, b, m, k)
        elif shape == 2:
            text, ex, others = _memorial(a, b, m, k)
        else:
            text, ex, others = _hearing(a, b, m, k)
        yield _case(f"ho77-articles-{shape}", text, ex, (a, b), others)


# --- 15. controls -------------------------------------------------------------------------------------------

BOOKS77 = ("The Long Watch", "Salt and Cordite", "Nobody Comes Back the Same")
BANNERS77 = ("Fund Our Veterans", "Keep Fellbrook Open", "No More Empty Promises")


def controls() -> Iterator[Case]:
    """Marks nobody speaks: `Soldiers of the UNIT, known as "N", returned to BASE on DAY.`, `The regiment's
    motto, "M", is painted above the gate at BASE.`, `The phrase "S" has followed the Navy for a decade.`,
    narrative and `RANK FULL was not available for comment.`, `RANK FULL, known to troops as "N", retired on
    DAY.`, `FULL declined to comment on Operation "O".`, an inspection without a word to reporters, a banner
    at the gates (its words no quotation, or one with no speaker), `FULL is the author of "B", a history of
    the UNIT.`, and one real quotation beside a motto (`"C," said RANK FULL, whose battalion's motto is
    "M".`). Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(10, ALLMARKS77, 3), 240, "ho77-controls"):
        k = _slot(a, shape, r)
        o = _off(k)
        day, base = _pick(DAYS77, k), _pick(BASES77, k)
        nq, mq, sq = m.q(_pick(NICKS77, k)), m.q(_pick(MOTTOES77, k)), m.q(_pick(SCARE77, k))
        opq, bq = m.q(_pick(OPS77, k)), m.q(_pick(BOOKS77, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            text = f"Soldiers of {o.unit}, known as {nq}, returned to {base} on {day}."
            forbidden = (nq,)
        elif shape == 1:
            text = f"The regiment's motto, {mq}, is painted above the gate at {base}, where {a.full} served."
            forbidden = (mq,)
        elif shape == 2:
            text = f"The phrase {sq} has followed the Navy for a decade, long before {a.full} joined it."
            forbidden = (sq,)
        elif shape == 3:
            text = _article(_pick(NARRATIVE77, k), f"{o.rank} {a.full} was not available for comment.")
        elif shape == 4:
            text = f"{o.rank} {a.full}, known to troops as {nq}, retired on {day} after 31 years."
            forbidden = (nq,)
        elif shape == 5:
            text = f"{a.full} declined to comment on Operation {opq}."
            ex = tolerate(text, text, (a.full,))
        elif shape == 6:
            text = f"{o.rank} {a.full} inspected the troops at {base} on {day} and left without a word."
        elif shape == 7:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {o.rank} {a.full}, whose battalion's motto is {mq}."
            ex, forbidden = [_d(q, a, _rank_t(o), o)], (mq,)
        elif shape == 8:
            region = f"A banner at the gates of {base} read {m.q(_pick(BANNERS77, k))}."
            text = f"{region} {a.full} walked past it without stopping."
            ex = tolerate(text, region)
        else:
            text = f"{a.full} is the author of {bq}, a history of {o.unit}."
            forbidden = (bq,)
        yield _case(f"ho77-controls-{shape}", text, ex, (a,), [base, o.unit], forbidden=forbidden)


HELD_OUT_77 = (
    _named(
        "ranked_officers",
        "heldout77",
        "RANK NAME, POST, said; said RANK NAME; UNIT POST RANK NAME; The POST, RANK NAME,; was blunt:",
        ranked_officers,
    ),
    _named(
        "ministry_briefings",
        "heldout77",
        "Defence Minister NAME; told reporters at a briefing; conceded:; warned that; adding that",
        ministry_briefings,
    ),
    _named(
        "body_statements",
        "heldout77",
        "BODY said in a statement; According to a statement from BODY; the DOC found that",
        body_statements,
    ),
    _named("code_names", "heldout77", "operation, exercise and ship names in marks", code_names),
    _named(
        "veterans_families",
        "heldout77",
        "veterans' roles, service histories, relatives, open letters, memorials, posts",
        veterans_families,
    ),
    _named(
        "contractors_analysts",
        "heldout77",
        "chief executive of BODY; analyst at INSTITUTE; told investors; a contract signed",
        contractors_analysts,
    ),
    _named(
        "unnamed_officials",
        "heldout77",
        "a senior defence official; one officer; according to",
        unnamed_officials,
    ),
    _named("inquiries", "heldout77", "told the inquiry; giving evidence; the report concluded", inquiries),
    _named("pronouns", "heldout77", "pronouns across people of both and of the same gender", pronouns),
    _named(
        "second_refs",
        "heldout77",
        "RANK SURNAME; the colonel; the spokeswoman; age; the analyst",
        second_refs,
    ),
    _named("split_quotes", "heldout77", '"C1," RANK NAME said, "c2."', split_quotes),
    _named(
        "indirect_cues",
        "heldout77",
        "insisted, warned, conceded; According to; wrote; fronted",
        indirect_cues,
    ),
    _named("mixed_quotes", "heldout77", 'called X "F"; described X as "F"; in NAME\'s words', mixed_quotes),
    _named("articles", "heldout77", "exercise, procurement, memorial, inquiry hearing", articles),
    _named("controls", "heldout77", "nicknames, mottoes, code names, banners nobody says", controls),
)
