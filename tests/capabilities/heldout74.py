"""Seventy-fourth held-out round: capabilities written at commit ``3a779430`` by a helper (``hcap80``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout74data.py``: thirty invented artists, critics and curators
of English, Tamil, Nigerian, Italian, German, Irish, Igbo, Japanese, French, Dutch, Lebanese, Scottish,
Australian, Polish, Portuguese, Swedish, American, Ghanaian, Mexican, Yoruba and Telugu origin, each with a
gender and an age; ten one-word and stage names, some with the birth name the story gives; sixteen arts roles
with their orchestra, theatre, band, festival or publisher; eight curators' and gallery directors' posts with
their venues; eight outlets with their critics' posts; prizes; novels, films, albums, songs, exhibitions,
plays, episodes and poems whose titles sit in marks; lines from those works; quotations, critics' verdicts,
reported clauses, pointed fragments, split quotations, narrative sentences, nicknames and scare terms) as a
round of ARTS, BOOKS, FILM AND REVIEWS as an arts desk and a culture writer write them: every case is a short
passage (one to five sentences, or a short article) with one to three people, and every quotation checks the
content (the marks and the words inside them for a direct quotation; the reported clause, with or without its
*that*, for an indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one), the
kind, the canonical full name and, whenever the text states one, the title with `Contains` of the role noun
and each affiliation stated, with `wrong_speakers` for every other person, body, outlet and work.

Conventions: a work's title in marks (a novel, film, album, song, exhibition, play, episode or poem) is never
a quotation, even beside a name and a verb (*NAME wrote "T" in a rented flat*); a report whose clause holds a
title in marks may come out indirect or mixed. A line from a work quoted as such (a chorus, a narrator's
line, a poem's last line, words on a banner) is the work's: the key accepts no quotation, or one with no
speaker or the work's author (the narrator, for a narrator's line), never the critic, the fans who sing it or
the one who reads it out; *In "T", NAME writes: "L."* is the author's direct quotation. A relative clause
(*whose debut album came out in March*, *who directed "T"*) states no title, so the title is checked only
where a role is stated, in apposition, before the name, as *has been ROLE since* or *is ROLE*. A one-word
or stage name is the canonical name; where the story also gives the birth name, either is accepted. A speech
act with no words (*thanked her editor*) is tolerated as the doer's report or none. A split quotation may come
out as two quotations or as one span with its credit inside.

Key fixes after the one run (no case weakened): `NAME said "T" took six years to finish` expects a report
holding the title, so that shape no longer also forbids the title inside a quotation; the outlet of `Asked by
OUTLET whether` is accepted as the question's asker with or without its article.

1. artists with roles: `the novelist NAME`, `NAME, ROLE, said:`, `NAME, whose debut album "W" came out in
   March, said`, `"C," said NAME, who directed "F".`, the role stated after the quotation (`artist_roles`);
2. works' titles beside names and verbs: `NAME wrote "T" in a rented flat`, `"T", the third film by NAME,
   opens on DAY`, `NAME named the album "T" after a road sign`, `NAME said "T" took six years` (a report),
   titles that read like sentences (`work_titles`);
3. lines from works: a chorus that *goes*, a narrator who *puts it*, a poem's last line, `In "T", NAME
   writes:`, fans singing a line back, a presenter quoting a line at a ceremony (`lines_from_works`);
4. critics and reviews: `NAME wrote in a review for OUTLET that the film was "F"`, `NAME, film critic at
   OUTLET, called it "F"`, `Writing in OUTLET, NAME described the play as "F"`, `calling it "F"`, two critics,
   the artist answering (`critics_reviews`);
5. interviews: `NAME told OUTLET:`, `In an interview with OUTLET, NAME said that`, `told OUTLET's podcast`,
   `Speaking to OUTLET ahead of the premiere`, the interviewer named, `Asked by OUTLET whether`
   (`interviews`);
6. award speeches: `NAME said as she accepted the prize:`, `Accepting PRIZE, NAME said`, `who won PRIZE for
   "W"`, thanks to an editor, the chair of the judges, two winners, a dedication (`award_speeches`);
7. curators and venues: `NAME, chief curator at VENUE, said`, `VENUE ROLE NAME said`, `The director of VENUE,
   NAME,`, `who curated "E" at VENUE`, a venue's statement, `has been ROLE at VENUE since 2019` (`curators`);
8. pronouns across two or three people of both genders, the third only by name or surname (`pronouns`);
9. second references by surname, by the role's short form and by age, with a second person (`second_refs`);
10. one-word and stage names: `The singer NAME said`, `NAME, whose real name is BIRTH NAME,`, `Born BIRTH
    NAME in TOWN, the singer has performed as NAME since 2015`, a pronoun after a one-word name
    (`stage_names`);
11. split quotations: `"C1," NAME, ROLE, said, "c2."`, `said NAME`, by surname, present tense, with an
    outlet or another person inside the credit (`split_quotes`);
12. indirect reports: `NAME said the film was about grief`, `According to NAME, C`, `has said in interviews
    that`, open report verbs, two clauses, a report about another person (`indirect_reports`);
13. mixed quotations: `called X "F"`, `said X was "F"`, `described X as "F"`, `wanted the film to feel "F"`,
    `in NAME's words, "F"`, two people's fragments (`mixed_quotes`);
14. short arts articles of four paragraphs: a premiere, a review round-up, an exhibition opening and a prize
    night, with speakers carried across paragraphs by surname and pronoun (`articles`);
15. controls: titles, nicknames, scare terms, *so-called*, set lists, shortlists and signs in marks where
    nobody speaks, text that reports nothing, and one real quotation beside titles (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout74data import (
    ACTS74,
    ALBUMS74,
    ALLMARKS74,
    CLAUSES74,
    CRITCLAUSES74,
    CRITIQUES74,
    DAYS74,
    EXHIBITIONS74,
    FEELS74,
    FILMS74,
    FRAGS74,
    LINES74,
    MAKES74,
    MARKS74,
    NARRATIVE74,
    NICKS74,
    NOVELS74,
    OUTLETS74,
    PEOPLE74,
    POEMS74,
    POSTS74,
    PRIZES74,
    QUOTES74,
    ROLES74,
    SCARE74,
    SONGS74,
    SPLITS74,
    STAGE74,
    TOWNS74,
    WORKS74,
    Outlet74,
    Post74,
    Role74,
    Stage74,
)
from heldout_kit import Mark, Person, other_person, segmented, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import keyed_case as _case
from heldout_kit import mixed_report as _mixed
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _report
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that

# --- shared helpers -----------------------------------------------------------------------------------------


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE74, p, step, gender=gender, avoid=avoid)


def _t(parts: tuple[str, ...]) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _qt(n: int) -> str:
    return QUOTES74[n % len(QUOTES74)]


def _cl(n: int) -> str:
    return CLAUSES74[n % len(CLAUSES74)]


def _role(n: int) -> Role74:
    return ROLES74[n % len(ROLES74)]


def _role2(n: int, taken: Role74) -> Role74:
    for step in range(len(ROLES74)):
        role = ROLES74[(n + 5 + step) % len(ROLES74)]
        if role.short != taken.short:
            return role
    raise ValueError("no second role")


def _work(n: int) -> tuple[str, str]:
    """A work's noun and title."""
    noun, titles = WORKS74[n % len(WORKS74)]
    return noun, titles[(n // len(WORKS74)) % len(titles)]


def _bare_outlet(o: Outlet74) -> str:
    """An outlet's name as a title holds it: no article, no *magazine*."""
    name = o.name.removeprefix("the ")
    return name.removesuffix(" magazine")


def _crit_t(o: Outlet74) -> Contains:
    return Contains((o.post, _bare_outlet(o)))


def _post_t(p: Post74) -> Contains:
    return Contains(p.parts)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout74.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS74, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE74, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE74.index(p), shape, r)


# --- 1. artists with roles ----------------------------------------------------------------------------------


def artist_roles() -> Iterator[Case]:
    """`"C," said the ROLE FULL.`, `FULL, ROLE, said: "C."`, `FULL, whose debut album "W" came out in
    March, said: "C."` (no title), `"C," said FULL, who directed "F".` (no title), `ROLE FULL told
    reporters at the launch in TOWN: "C."`, `FULL, AGE, ROLE, said that C.`, two artists then a surname
    credit, `"C," FULL said. PRONOUN is ROLE.` Key: FULL, with ROLE's parts where a role is stated; the
    other artist and the works never speak."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-roles"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        album, film = m.q(_pick(ALBUMS74, k)), m.q(_pick(FILMS74, k))
        b = _other(a, k)
        rb = _role2(k, role)
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        if shape == 0:
            text, ex = f"{q} said the {role.pre} {a.full}.", [_d(q, a, t)]
        elif shape == 1:
            text, ex = f"{a.full}, {role.after}, said: {qs}", [_d(qs, a, t)]
        elif shape == 2:
            text = f"{a.full}, whose debut album {album} came out in March, said: {qs}"
            ex, others = [_d(qs, a, ANY)], [album]
        elif shape == 3:
            text, ex, others = f"{q} said {a.full}, who directed {film}.", [_d(q, a, ANY)], [film]
        elif shape == 4:
            town = _pick(TOWNS74, k)
            text = f"{_cap(role.pre)} {a.full} told reporters at the launch in {town}: {qs}"
            ex, others = [_d(qs, a, t)], [town]
        elif shape == 5:
            c = _cl(k)
            text = f"{a.full}, {a.age}, {role.after}, said that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 6:
            text = _article(
                f"{a.full}, {role.after}, and {b.full}, {rb.after}, spoke after the premiere.",
                f"{q} {a.last} said.",
            )
            ex, people = [_d(q, a, t)], (a, b)
        else:
            text = f"{q} {a.full} said. {_cap(a.pronoun)} is {role.after}."
            ex = [_d(q, a, t)]
        yield _case(f"ho74-roles-{shape}", text, ex, people, others)


# --- 2. works' titles ---------------------------------------------------------------------------------------


def work_titles() -> Iterator[Case]:
    """Titles of works in marks beside names and verbs: `POSS new NOUN, "T", ACTS on DAY.`, `FULL said "T"
    took six years to finish.` (a report, indirect or mixed), `FULL MADE "T" in a rented flat in TOWN.`, `"T",
    the third NOUN by FULL, ACTS on DAY.`, `FULL will talk about "T" at the arts centre on DAY. "C," PRONOUN
    said.`, `FULL said: "C." POSS NOUN, "T", ACTS on DAY.`, `Asked about "T", FULL laughed.`, `FULL named the
    NOUN "T" after a road sign near TOWN.` Key: no quotation at a title; FULL speaks only the real quotation
    or report."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-titles"):
        k = _slot(a, shape, r)
        noun, title = _work(k + shape)
        tq = m.q(title)
        day, town = _pick(DAYS74, k), _pick(TOWNS74, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        act = f"{ACTS74[noun]} on {day}"
        ex: list[Expect] = []
        if shape == 0:
            text = f"{_poss(a.full)} new {noun}, {tq}, {act}."
        elif shape == 1:
            clause = f"{tq} took six years to finish"
            text = f"{a.full} said {clause}."
            ex = [segmented(text, ((clause, ("indirect", "mixed")),), a)]
        elif shape == 2:
            text = f"{a.full} {MAKES74[noun]} {tq} in a rented flat in {town}."
        elif shape == 3:
            text = f"{tq}, the third {noun} by {a.full}, {act}."
        elif shape == 4:
            text = f"{a.full} will talk about {tq} at the arts centre on {day}. {q} {a.pronoun} said."
            ex = [_d(q, a)]
        elif shape == 5:
            text = f"{a.full} said: {qs} {_cap(a.poss)} {noun}, {tq}, {act}."
            ex = [_d(qs, a)]
        elif shape == 6:
            text = f"Asked about {tq}, {a.full} laughed and changed the subject."
        else:
            text = f"{a.full} named the {noun} {tq} after a road sign near {town}."
        # key fix: the report of shape 1 holds the title, so only the other shapes forbid it in a quotation
        forbidden = () if shape == 1 else (tq,)
        yield _case(f"ho74-titles-{shape}", text, ex, (a,), [tq, title, town], forbidden=forbidden)


# --- 3. lines from works ------------------------------------------------------------------------------------


def lines_from_works() -> Iterator[Case]:
    """Lines of a work quoted as such: `The chorus of POSS song "S" goes: "L." FULL said: "C."`, `As the
    narrator of "N" puts it, "L." The novel is POSS fourth.`, `The poem "P" ends with the line "L". OTHER,
    POST at OUTLET, called it "F".`, `In "N", FULL writes: "L."`, `POSS novel opens with the words "L." "C,"
    SURNAME said of the book.`, a banner bearing a line of FULL's poem, fans singing a line back to FULL,
    OTHER quoting a line of FULL's novel at a ceremony. Key: a line is no quotation, or one with no speaker or
    FULL's (the narrator's, for a narrator's line); OTHER, the fans and the outlet never speak it; FULL's own
    quotation and OTHER's fragment are theirs."""
    for a, shape, m, r in sample(_combos(8, MARKS74, 4), 250, "ho74-lines"):
        k = _slot(a, shape, r)
        line = LINES74[k % len(LINES74)]
        lq, lc = m.q(line + "."), m.q(line)
        b = _other(a, k)
        o = _pick(OUTLETS74, k)
        song, novel, poem = m.q(_pick(SONGS74, k)), m.q(_pick(NOVELS74, k)), m.q(_pick(POEMS74, k))
        q = m.q(_qt(k) + ",")
        qs = m.q(_qt(k) + ".")
        people: tuple[Person, ...] = (a,)
        others = [o.name]
        if shape == 0:
            region = f"The chorus of {_poss(a.full)} song {song} goes: {lq}"
            text = f"{region} {a.full} said: {qs}"
            ex = [*tolerate(text, region, (a.full,)), _d(qs, a)]
        elif shape == 1:
            region = f"As the narrator of {novel} puts it, {lq}"
            text = f"{region} The novel is {_poss(a.full)} fourth."
            ex = tolerate(text, region, (a.full, "the narrator", "narrator"))
        elif shape == 2:
            _, frag = _pick(FRAGS74, k)
            fq = m.q(frag)
            region = f"The poem {poem} ends with the line {lc}."
            text = f"{region} {b.full}, {o.post} at {o.name}, called it {fq}."
            ex = [*tolerate(text, region, ()), _called(text, "it", fq, b, title=_crit_t(o))]
            people = (a, b)
        elif shape == 3:
            text = f"In {novel}, {a.full} writes: {lq}"
            ex = [_d(lq, a)]
        elif shape == 4:
            region = f"{_poss(a.full)} novel opens with the words {lq}"
            text = f"{region} {q} {a.last} said of the book."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a)]
        elif shape == 5:
            c = _cl(k)
            region = f"A banner above the stage bore the line {lc}, from {_poss(a.full)} poem {poem}."
            text = f"{region} {a.full} said that {c}."
            ex = [*tolerate(text, region, (a.full,)), _that(text, c, a)]
        elif shape == 6:
            region = f"Fans sang {lc} back to {a.full} for the whole of the encore."
            text = f"{region} {q} {a.pronoun} said afterwards."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a)]
            others.append("fans")
        else:
            region = f"{b.full} read a line from {_poss(a.full)} novel {novel} at the ceremony: {lq}"
            text = region
            ex = tolerate(text, region, (a.full,))
            people = (a, b)
        yield _case(f"ho74-lines-{shape}", text, ex, people, others)


# --- 4. critics and reviews ---------------------------------------------------------------------------------


def critics_reviews() -> Iterator[Case]:
    """`FULL wrote in a review for OUTLET that the BEAT was "F".`, `FULL, POST at OUTLET, called POSS BEAT
    "F".`, `"C," FULL wrote in OUTLET.`, `Writing in OUTLET, FULL described the BEAT as "F".`, `FULL gave
    the BEAT three stars in OUTLET, calling it "F".`, `OUTLET's POST, FULL, was less kind: "C."`, two
    critics on ARTIST's new BEAT, the artist answering a critic. Key: the critic, with POST and OUTLET
    where stated; the outlet and the artist never speak a critic's words, nor the critic the artist's."""
    for b, shape, m, r in sample(_combos(8), 250, "ho74-critics"):
        k = _slot(b, shape, r)
        o = _pick(OUTLETS74, k)
        a = _other(b, k)
        c2 = _other(b, k + 3, avoid=(a,))
        _, frag = _pick(FRAGS74, k)
        fq = m.q(frag)
        crit = CRITIQUES74[k % len(CRITIQUES74)]
        cq, cqs = m.q(crit + ","), m.q(crit + ".")
        beat = o.beat
        people: tuple[Person, ...] = (b,)
        if shape == 0:
            clause = f"the {beat} was {fq}"
            text = f"{b.full} wrote in a review for {o.name} that {clause}."
            ex = [_mixed(text, clause, b)]
        elif shape == 1:
            text = f"{b.full}, {o.post} at {o.name}, called {_poss(a.full)} {beat} {fq}."
            ex = [_called(text, f"{_poss(a.full)} {beat}", fq, b, title=_crit_t(o))]
            people = (b, a)
        elif shape == 2:
            text, ex = f"{cq} {b.full} wrote in {o.name}.", [_d(cq, b)]
        elif shape == 3:
            text = f"Writing in {o.name}, {b.full} described the {beat} as {fq}."
            ex = [_called(text, f"the {beat}", fq, b, link=" as ")]
        elif shape == 4:
            text = f"{b.full} gave the {beat} three stars in {o.name}, calling it {fq}."
            ex = [_called(text, "it", fq, b)]
        elif shape == 5:
            text = f"{_cap(o.name)}'s {o.post}, {b.full}, was less kind: {cqs}"
            ex = [_d(cqs, b, _crit_t(o))]
        elif shape == 6:
            cc = CRITCLAUSES74[k % len(CRITCLAUSES74)]
            text = (
                f"{_poss(a.full)} new {beat} has divided critics. {b.full} called it {fq}, "
                f"while {c2.full} wrote that {cc}."
            )
            ex = [_called(text, "it", fq, b), _that(text, cc, c2)]
            people = (b, a, c2)
        else:
            q = m.q(_qt(k) + ",")
            text = _article(
                f"{a.full} shrugged off the reviews. {q} {a.pronoun} said.",
                f"{b.full} of {o.name} had called the {beat} {fq}.",
            )
            ex = [_d(q, a), _called(text, f"the {beat}", fq, b)]
            people = (b, a)
        yield _case(f"ho74-critics-{shape}", text, ex, people, [o.name])


# --- 5. interviews ------------------------------------------------------------------------------------------


def interviews() -> Iterator[Case]:
    """`FULL told OUTLET: "C."`, `In an interview with OUTLET, FULL said that C.`, `"C," FULL told OUTLET's
    podcast.`, `Speaking to OUTLET ahead of the premiere, FULL, ROLE, said: "C."`, `FULL told OUTLET in an
    interview published on DAY that C.`, `FULL told OTHER, POST at OUTLET, that C.` (OTHER the interviewer),
    `Asked by OUTLET whether she would return to the stage, FULL said: "C."`, `"C," PRONOUN told OUTLET.
    "C2."` Key: FULL (with ROLE where stated); the outlet and the interviewer never speak FULL's words."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-interviews"):
        k = _slot(a, shape, r)
        o = _pick(OUTLETS74, k + 2)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 7) + ".")
        c = _cl(k)
        day = _pick(DAYS74, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text, ex = f"{a.full} told {o.name}: {qs}", [_d(qs, a)]
        elif shape == 1:
            text = f"In an interview with {o.name}, {a.full} said that {c}."
            ex = [_that(text, c, a)]
        elif shape == 2:
            text, ex = f"{q} {a.full} told {_poss(o.name)} podcast.", [_d(q, a)]
        elif shape == 3:
            text = f"Speaking to {o.name} ahead of the premiere, {a.full}, {role.after}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{a.full} told {o.name} in an interview published on {day} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            text = f"{a.full} told {b.full}, {o.post} at {o.name}, that {c}."
            ex, people = [_that(text, c, a)], (a, b)
        elif shape == 6:
            region = f"Asked by {o.name} whether {a.pronoun} would return to the stage,"
            text = f"{region} {a.full} said: {qs}"
            # key fix: the outlet asking is accepted with or without its article
            ex = [*tolerate(text, region, (o.name, o.name.removeprefix("the "), _bare_outlet(o))), _d(qs, a)]
        else:
            intro = f"In a new interview, {a.full} was candid about the early years."
            text = f"{intro} {q} {a.pronoun} told {o.name}. {q2}"
            ex = _groups(text, [q, q2], a, ANY)
        yield _case(f"ho74-interviews-{shape}", text, ex, people, [o.name])


# --- 6. award speeches --------------------------------------------------------------------------------------


def award_speeches() -> Iterator[Case]:
    """`FULL said as she accepted PRIZE: "C."`, `Accepting PRIZE in TOWN on DAY, FULL said: "C."`, `"C," said
    FULL, who won PRIZE for "W".`, `FULL thanked her editor, OTHER, and said: "C."`, `The chair of the judges
    for PRIZE, OTHER, said the winning NOUN was "F".`, `FULL, ROLE, won PRIZE on DAY. In her speech, she said
    that C.`, two winners credited by surname, a dedication `told the audience`. Key: the winner (with ROLE
    where stated) or the chair (with *chair*, *judges* and the prize); the editor, the audience, the prize and
    the work never speak."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-awards"):
        k = _slot(a, shape, r)
        prize, short = _pick(PRIZES74, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        b = _other(a, k)
        role = _role(k)
        c = _cl(k)
        day, town = _pick(DAYS74, k), _pick(TOWNS74, k)
        noun, title = _work(k)
        wq = m.q(title)
        people: tuple[Person, ...] = (a,)
        others = [short, wq]
        if shape == 0:
            text, ex = f"{a.full} said as {a.pronoun} accepted {prize}: {qs}", [_d(qs, a)]
        elif shape == 1:
            text, ex = f"Accepting {prize} in {town} on {day}, {a.full} said: {qs}", [_d(qs, a)]
            others.append(town)
        elif shape == 2:
            text, ex = f"{q} said {a.full}, who won {prize} for {wq}.", [_d(q, a)]
        elif shape == 3:
            region = f"{a.full} thanked {a.poss} editor, {b.full},"
            text = f"{region} and said: {qs}"
            ex = [*tolerate(text, region, (a.full,)), _d(qs, a)]
            people = (a, b)
        elif shape == 4:
            _, frag = _pick(FRAGS74, k)
            clause = f"the winning {noun} was {m.q(frag)}"
            text = f"The chair of the judges for {prize}, {a.full}, said {clause}."
            ex = [_mixed(text, clause, a, _t(("chair", "judges", short)))]
        elif shape == 5:
            won = f"{a.full}, {role.after}, won {prize} on {day}."
            text = f"{won} In {a.poss} speech, {a.pronoun} said that {c}."
            ex = [_that(text, c, a, _t(role.parts))]
        elif shape == 6:
            text = f"{a.full} and {b.full} shared {prize}. {q} {a.last} said. {b.last} said that {c}."
            ex, people = [_d(q, a), _that(text, c, b)], (a, b)
        else:
            kin = "grandmother" if k % 2 else "grandfather"
            text = f"{a.full} dedicated {prize} to {a.poss} late {kin}. {q} {a.pronoun} told the audience."
            ex = [_d(q, a)]
            others.append("the audience")
        yield _case(f"ho74-awards-{shape}", text, ex, people, others)


# --- 7. curators and venues ---------------------------------------------------------------------------------


def curators() -> Iterator[Case]:
    """`FULL, POST LINK VENUE, said: "C."`, `VENUE POST FULL said that C.`, `The POST LINK VENUE, FULL, said
    the show was "F".`, `FULL, who curated "E" at VENUE, said: "C."` (no title), `"C," said FULL, POST LINK
    VENUE.`, `VENUE said in a statement that C. FULL, the NOUN's POST, added: "C."`, a curator and an artist,
    `FULL has been POST LINK VENUE since 2019. "C," PRONOUN said.` Key: the curator with the post and the
    venue; the venue speaks its statement; the artist and the exhibition never speak the curator's words."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-curators"):
        k = _slot(a, shape, r)
        p = _pick(POSTS74, k)
        t = _post_t(p)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        venue = p.venue.removeprefix("the ")
        ex_title = m.q(_pick(EXHIBITIONS74, k))
        _, frag = _pick(FRAGS74, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [p.venue, ex_title]
        if shape == 0:
            text, ex = f"{a.full}, {p.post} {p.link} {p.venue}, said: {qs}", [_d(qs, a, t)]
        elif shape == 1:
            text = f"{venue} {p.post} {a.full} said that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            clause = f"the show was {m.q(frag)}"
            text = f"The {p.post} {p.link} {p.venue}, {a.full}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 3:
            text = f"{a.full}, who curated {ex_title} at {p.venue}, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 4:
            text, ex = f"{q} said {a.full}, {p.post} {p.link} {p.venue}.", [_d(q, a, t)]
        elif shape == 5:
            text = f"{_cap(p.venue)} said in a statement that {c}. {a.full}, {p.noun}'s {p.post}, added: {qs}"
            body = (p.venue, venue)
            ex = [_that(text, c, body), _d(qs, a, Contains(p.post.split(" of ")[0]))]
            others = [ex_title]
        elif shape == 6:
            text = _article(
                f"{a.full}, {p.post} {p.link} {p.venue}, and the artist {b.full} showed reporters round.",
                f"{q} {a.last} said. {b.last} said that {c}.",
            )
            ex, people = [_d(q, a, t), _that(text, c, b)], (a, b)
        else:
            text = f"{a.full} has been {p.post} {p.link} {p.venue} since 2019. {q} {a.pronoun} said."
            ex = [_d(q, a, t)]
        yield _case(f"ho74-curators-{shape}", text, ex, people, others)


# --- 8. pronouns --------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """Pronouns across two or three people: two artists of different genders speaking in turn, `FULL directed
    the film; OTHER wrote the score. "C," HE said.`, a first meeting, a third person of the second person's
    gender who never takes a pronoun (`FULL cast OTHER after seeing him in a play by THIRD. "C," she said.`),
    `"C," FULL said of OTHER. HE said that C.`, a report about OTHER then OTHER's own by pronoun, two
    co-writers and a third credited by surname. Key: the pronoun's one person of its gender."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-pronouns"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        c3 = _other(a, k + 4, gender=b.gender, avoid=(b,))
        ra, rb = _role(k), _role2(k, _role(k))
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 9) + ",")
        c = _cl(k)
        o = _pick(OUTLETS74, k)
        town = _pick(TOWNS74, k)
        people: tuple[Person, ...] = (a, b)
        others: list[str] = []
        if shape == 0:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, spoke after the screening.",
                f"{q} {a.pronoun} said. {_cap(b.pronoun)} said that {c}.",
            )
            ex = [_d(q, a, _t(ra.parts)), _that(text, c, b, _t(rb.parts))]
        elif shape == 1:
            text = f"{a.full} directed the film; {b.full} wrote the score. {q} {b.pronoun} said."
            ex = [_d(q, b)]
        elif shape == 2:
            text = _article(
                f"{a.full} first met {b.full} at a book fair in {town}.",
                f"{q} {b.pronoun} said. {q2} {a.pronoun} said.",
            )
            ex, others = [_d(q, b), _d(q2, a)], [town]
        elif shape == 3:
            text = (
                f"{a.full} cast {b.full} after seeing {b.obj} in a play by {c3.full}. {q} {a.pronoun} said."
            )
            ex, people = [_d(q, a)], (a, b, c3)
        elif shape == 4:
            text = f"{q} {a.full} said of {b.full}. {_cap(b.pronoun)} said that {c}."
            ex = [_d(q, a), _that(text, c, b)]
        elif shape == 5:
            text = _article(
                f"{a.full} sat beside {b.full} at the launch in {town}.",
                f"{q} {b.pronoun} said later. {q2} {a.pronoun} said.",
            )
            ex, others = [_d(q, b), _d(q2, a)], [town]
        elif shape == 6:
            clause = f"{b.full} had rewritten the ending"
            text = f"{a.full}, {ra.after}, said {clause}. {_cap(b.pronoun)} told {o.name} that {c}."
            ex = [_that(text, clause, a, _t(ra.parts)), _that(text, c, b)]
            others = [o.name]
        else:
            text = (
                f"{a.full} and {b.full} co-wrote the play with {c3.full}. {q} {a.pronoun} said. "
                f"{c3.last} said that {c}."
            )
            ex, people = [_d(q, a), _that(text, c, c3)], (a, b, c3)
        yield _case(f"ho74-pronouns-{shape}", text, ex, people, others)


# --- 9. second references -----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """A person introduced with a role, then named by surname (`"C," SURNAME said.`), by the role's short form
    (`the novelist added`), by age (`the 44-year-old said`), after a narrative sentence, with a second person
    of either gender who is named by surname in turn. Key: the person first introduced, with the role stated
    at the first mention."""
    for a, shape, m, r in sample(_combos(8), 250, "ho74-second"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        ra = _role(k)
        rb = _role2(k, ra)
        t, tb = _t(ra.parts), _t(rb.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 11) + ",")
        c = _cl(k)
        noun, _ = _work(k)
        day = _pick(DAYS74, k)
        nar = NARRATIVE74[k % len(NARRATIVE74)]
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"{a.full}, {ra.after}, has a new {noun} out this month. {q} {a.last} said."
            ex = [_d(q, a, t)]
        elif shape == 1:
            text = f"{a.full}, {ra.after}, said that {c}. {q} {a.last} added."
            ex = [_that(text, c, a, t), _d(q, a, t)]
        elif shape == 2:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, are working together for the first time.",
                f"{q} {b.last} said. {a.last} said that {c}.",
            )
            ex, people = [_d(q, b, tb), _that(text, c, a, t)], (a, b)
        elif shape == 3:
            text = _article(
                f"{a.full}, {ra.after}, opened the season on {day}.", f"{nar} {a.last} said: {qs}"
            )
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{_cap(ra.pre)} {a.full} has spent a decade on the project. {q} said {a.last}."
            ex = [_d(q, a, t)]
        elif shape == 5:
            text = f"{a.full}, {ra.after}, said that {c}. {q} {ra.short} added."
            ex = [_that(text, c, a, t), _d(q, a, t)]
        elif shape == 6:
            grew = f"{a.full}, {a.age}, {ra.after}, grew up in {_pick(TOWNS74, k)}."
            text = f"{grew} {q} the {a.age}-year-old said."
            ex = [_d(q, a, t)]
        else:
            text = _article(
                f"{b.full}, {rb.after}, introduced {a.full}, {ra.after}, on stage.",
                f"{q} {a.last} said. {q2} said {b.last}.",
            )
            ex, people = [_d(q, a, t), _d(q2, b, tb)], (a, b)
        yield _case(f"ho74-second-{shape}", text, ex, people, [_pick(TOWNS74, k)])


# --- 10. one-word and stage names ---------------------------------------------------------------------------


def _stage_person(s: Stage74) -> Person:
    return Person(s.name, s.name, s.gender, "stage", 30)


def stage_names() -> Iterator[Case]:
    """`The WORK NAME said: "C."`, `"C," said NAME, the WORK.`, `NAME, whose real name is BIRTH, told
    OUTLET that C.`, `NAME released "ALBUM" on DAY. "C," NAME said.`, a pronoun after a one-word name, a
    producer beside NAME, `Born BIRTH in TOWN, the WORK has performed as NAME since 2015.`, `WORK NAME said
    that C.` Key: the stage name (or the birth name where the story gives it), with the WORK where stated;
    the producer, the outlet and the album never speak."""
    combos = list(itertools.product(STAGE74, range(8), ALLMARKS74, range(4)))
    for s, shape, m, r in sample(combos, 250, "ho74-stage"):
        k = _k(STAGE74.index(s), shape, r)
        who = s.accepted
        t = Contains(s.work)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        o = _pick(OUTLETS74, k)
        album = m.q(_pick(ALBUMS74, k))
        day, town = _pick(DAYS74, k), _pick(TOWNS74, k)
        pr = "she" if s.gender == "f" else "he"
        p = PEOPLE74[k % len(PEOPLE74)]
        role = _role(k)
        people: tuple[Person, ...] = ()
        others: list[str] = [o.name, album, town]
        if shape == 0:
            text, ex = f"The {s.work} {s.name} said: {qs}", [_d(qs, who, t)]
        elif shape == 1:
            text, ex = f"{q} said {s.name}, the {s.work}.", [_d(q, who, t)]
        elif shape == 2 and s.born:
            text = f"{s.name}, whose real name is {s.born}, told {o.name} that {c}."
            ex = [_that(text, c, who)]
        elif shape == 2:
            text = f"{s.name}, the {s.work}, told {o.name} that {c}."
            ex = [_that(text, c, who, t)]
        elif shape == 3:
            text, ex = f"{s.name} released {album} on {day}. {q} {s.name} said.", [_d(q, who)]
        elif shape == 4:
            text, ex = (
                f"{s.name} played to a full house in {town} on {day}. {q} {pr} said afterwards.",
                [_d(q, who)],
            )
        elif shape == 5:
            text = f"{p.full}, {role.after}, produced the record. {q} said {s.name}."
            ex, people = [_d(q, who)], (p,)
        elif shape == 6 and s.born:
            born = f"Born {s.born} in {town}, the {s.work} has performed as {s.name} since 2015."
            text = f"{born} {q} {s.name} said."
            ex = [_d(q, who, t)]
        elif shape == 6:
            text = f"{s.name} has performed as a {s.work} since 2015. {q} {pr} said."
            ex = [_d(q, who, t)]
        else:
            text = f"{_cap(s.work)} {s.name} said that {c}."
            ex = [_that(text, c, who, t)]
        yield _case(f"ho74-stage-{shape}", text, ex, people, others)


# --- 11. split quotations -----------------------------------------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """`"C1," FULL, ROLE, said, "c2."`, `"C1," said FULL, "c2."`, a surname credit after an introduction,
    the present tense by pronoun, `"C1," FULL told OUTLET, "c2."`, `"C1," FULL said, glancing at OTHER,
    "c2."` Key: both halves FULL's (two quotations or one span with the credit inside), with ROLE where
    stated; the outlet and OTHER never."""
    for a, shape, m, r in sample(_combos(6, ALLMARKS74, 4), 250, "ho74-split"):
        k = _slot(a, shape, r)
        p1, p2 = SPLITS74[k % len(SPLITS74)]
        h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
        role = _role(k)
        t = _t(role.parts)
        o = _pick(OUTLETS74, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        title: TitleSpec = ANY
        if shape == 0:
            text, title = f"{h1} {a.full}, {role.after}, said, {h2}", t
        elif shape == 1:
            text = f"{h1} said {a.full}, {h2}"
        elif shape == 2:
            text, title = (
                _article(f"{a.full}, {role.after}, is back on tour.", f"{h1} {a.last} said, {h2}"),
                t,
            )
        elif shape == 3:
            text, title = f"{a.full}, {role.after}, is in rehearsals. {h1} {a.pronoun} says, {h2}", t
        elif shape == 4:
            text = f"{h1} {a.full} told {o.name}, {h2}"
        else:
            text, people = f"{h1} {a.full} said, glancing at {b.full}, {h2}", (a, b)
        yield _case(f"ho74-split-{shape}", text, _groups(text, [h1, h2], a, title), people, [o.name])


# --- 12. indirect reports -----------------------------------------------------------------------------------


def indirect_reports() -> Iterator[Case]:
    """`FULL said C.` (no *that*), `FULL, who wrote "N", said C.`, `According to FULL, C.`, `FULL has said
    in interviews that C.`, `FULL insisted/explained/admitted/recalled C.`, `FULL, ROLE, said that C1 and
    that C2.` (one report or two), `FULL told the audience in TOWN that C.`, `FULL said OTHER, who played
    the lead, had improvised the final line.` Key: the reported clause, FULL's (with ROLE where stated);
    the audience and OTHER never."""
    verbs = ("insisted", "explained", "admitted", "recalled", "revealed", "argued")
    for a, shape, m, r in sample(_combos(8, MARKS74, 4), 250, "ho74-indirect"):
        k = _slot(a, shape, r)
        c, c2 = _cl(k), _cl(k + 5)
        role = _role(k)
        t = _t(role.parts)
        novel = m.q(_pick(NOVELS74, k))
        b = _other(a, k)
        town = _pick(TOWNS74, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [novel]
        if shape == 0:
            text = f"{a.full} said {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, who wrote {novel}, said {c}."
            ex = [_that(text, c, a)]
        elif shape == 2:
            text = f"According to {a.full}, {role.after}, {c}."
            ex = [_report(c, a, t)]
        elif shape == 3:
            text = f"{a.full} has said in interviews that {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{a.full} {verbs[k % len(verbs)]} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            text = f"{a.full}, {role.after}, said that {c} and that {c2}."
            ex = _alts(
                text,
                [_report(f"that {c} and that {c2}", a, t)],
                [_report(f"{c} and that {c2}", a, t)],
                [_report(f"that {c}", a, t), _report(f"that {c2}", a, t)],
                [_report(c, a, t), _report(c2, a, t)],
                [_report(f"that {c}", a, t), _report(c2, a, t)],
                [_report(c, a, t), _report(f"that {c2}", a, t)],
            )
        elif shape == 6:
            text = f"{a.full} told the audience in {town} that {c}."
            ex = [_that(text, c, a)]
            others += ["the audience", town]
        else:
            clause = f"{b.full}, who played the lead, had improvised the final line"
            text = f"{a.full} said {clause}."
            ex, people = [_that(text, clause, a)], (a, b)
        yield _case(f"ho74-indirect-{shape}", text, ex, people, others)


# --- 13. mixed quotations -----------------------------------------------------------------------------------


def mixed_quotes() -> Iterator[Case]:
    """`FULL called OBJ "F".`, `FULL, ROLE, said OBJ was "F".`, `FULL described OBJ as "F".`, `FULL said she
    wanted the NOUN to feel "F".`, `FULL dismissed OBJ as "F".`, `OBJ is, in FULL's words, "F".`, `FULL told
    OUTLET that OBJ had been "F".`, two people's fragments. Key: the clause with its fragment (or the fragment
    alone) FULL's, with ROLE where stated."""
    for a, shape, m, r in sample(_combos(8, MARKS74, 4), 250, "ho74-mixed"):
        k = _slot(a, shape, r)
        obj, frag = _pick(FRAGS74, k)
        fq = m.q(frag)
        role = _role(k)
        t = _t(role.parts)
        o = _pick(OUTLETS74, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        if shape == 0:
            text = f"{a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, a)]
        elif shape == 1:
            clause = f"{obj} was {fq}"
            text = f"{a.full}, {role.after}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 2:
            text = f"{a.full} described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, link=" as ")]
        elif shape == 3:
            noun, _ = _work(k)
            clause = f"{a.pronoun} wanted the {noun} to feel {m.q(_pick(FEELS74, k))}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 4:
            text = f"{a.full}, {role.after}, dismissed {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        elif shape == 5:
            text = f"{_cap(obj)} is, in {_poss(a.full)} words, {fq}."
            ex = [segmented(text, ((fq, ("direct", "mixed")), (text[:-1], ("mixed",))), a)]
        elif shape == 6:
            clause = f"{obj} had been {fq}"
            text = f"{a.full} told {o.name} that {clause}."
            ex = [_mixed(text, clause, a)]
        else:
            _, frag2 = _pick(FRAGS74, k + 5)
            f2 = m.q(frag2)
            text = f"{a.full} called {obj} {fq}; {b.full} said it was {f2}."
            ex = [_called(text, obj, fq, a), _mixed(text, f"it was {f2}", b)]
            people = (a, b)
        yield _case(f"ho74-mixed-{shape}", text, ex, people, [o.name])


# --- 14. short arts articles --------------------------------------------------------------------------------


def _premiere(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    ra = _role(k)
    film, town, day = m.q(_pick(FILMS74, k)), _pick(TOWNS74, k), _pick(DAYS74, k)
    q1, q2, q3 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + "."), m.q(_qt(k + 6) + ",")
    c = _cl(k)
    text = _article(
        f"{a.full}, {ra.after}, was in {town} on {day} for the premiere of {film}, {a.poss} first feature.",
        f"{q1} {a.last} said. {q2}",
        f"{b.full}, who plays the lead, said that {c}.",
        f"{q3} {b.pronoun} said.",
    )
    ex = [*_groups(text, [q1, q2], a, _t(ra.parts)), _that(text, c, b), _d(q3, b)]
    return text, ex, [film, town]


def _roundup(a: Person, b: Person, c3: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    o, o2 = _pick(OUTLETS74, k), _pick(OUTLETS74, k + 3)
    noun, title = _work(k)
    wq = m.q(title)
    _, frag = _pick(FRAGS74, k)
    fq = m.q(frag)
    cc = CRITCLAUSES74[k % len(CRITCLAUSES74)]
    q = m.q(_qt(k) + ",")
    clause = f"{a.pronoun} had not read the reviews"
    text = _article(
        f"Critics were split on {_poss(a.full)} new {noun}, {wq}.",
        f"{b.full}, {o.post} at {o.name}, called it {fq}.",
        f"{c3.full} wrote in {o2.name} that {cc}.",
        f"{a.full} said {clause}. {q} {a.pronoun} said.",
    )
    ex = [
        _called(text, "it", fq, b, title=_crit_t(o)),
        _that(text, cc, c3),
        _that(text, clause, a),
        _d(q, a),
    ]
    return text, ex, [o.name, o2.name, wq]


def _opening(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    p = _pick(POSTS74, k)
    eq = m.q(_pick(EXHIBITIONS74, k))
    day = _pick(DAYS74, k)
    qs, q = m.q(_qt(k) + "."), m.q(_qt(k + 4) + ",")
    c = _cl(k + 2)
    text = _article(
        f"{eq} opens at {p.venue} on {day}.",
        f"{a.full}, {p.post} {p.link} {p.venue}, said: {qs}",
        f"The artist, {b.full}, said {c}.",
        f"{q} {b.last} said.",
    )
    ex = [_d(qs, a, _post_t(p)), _that(text, c, b, Contains("artist")), _d(q, b, Contains("artist"))]
    return text, ex, [p.venue, eq]


def _prize_night(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    prize, short = _pick(PRIZES74, k)
    noun, title = _work(k + 1)
    wq = m.q(title)
    day = _pick(DAYS74, k)
    q = m.q(_qt(k) + ",")
    _, frag = _pick(FRAGS74, k)
    clause = f"the {noun} was {m.q(frag)}"
    c = _cl(k)
    text = _article(
        f"{a.full} won {prize} on {day} for {wq}.",
        f"{q} {a.last} said as {a.pronoun} collected the award.",
        f"{b.full}, chair of the judges, said {clause}.",
        f"{a.last} said that {c}.",
    )
    ex = [_d(q, a), _mixed(text, clause, b, Contains(("chair", "judges"))), _that(text, c, a)]
    return text, ex, [short, wq]


def articles() -> Iterator[Case]:
    """Four-paragraph arts stories: a premiere (the director quoted over two sentences, the lead actor by
    report and pronoun), a review round-up (two critics and the artist by pronoun), an exhibition opening (a
    curator and *The artist, NAME,*) and a prize night (the winner by surname, the chair of the judges). Key:
    each quotation its speaker's, with the role stated at the first mention."""
    for a, shape, m, r in sample(_combos(4, ALLMARKS74, 3), 250, "ho74-articles"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        c3 = _other(a, k + 3, gender=_opp(a), avoid=(b,))
        people: tuple[Person, ...] = (a, b)
        if shape == 0:
            text, ex, others = _premiere(a, b, m, k)
        elif shape == 1:
            text, ex, others = _roundup(a, b, c3, m, k)
            people = (a, b, c3)
        elif shape == 2:
            text, ex, others = _opening(a, b, m, k)
        else:
            text, ex, others = _prize_night(a, b, m, k)
        yield _case(f"ho74-articles-{shape}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks: `POSS NOUN "T" ACTS on DAY.`, `The so-called "S" label has followed FULL since
    POSS first NOUN.`, narrative with `was not available for comment`, `Tickets for "T" go on sale on
    DAY.`, `FULL was nicknamed "N" by fans in TOWN.`, a sign above a venue's door (its words no quotation,
    or one with no speaker), a set list of songs, a shortlist, `FULL bowed to the cast of "T" and left the
    stage.`, and one real quotation beside a title (`"C," said FULL, whose NOUN "T" ACTS on DAY.`). Key: no
    quotation but the real one."""
    for a, shape, m, r in sample(_combos(10, ALLMARKS74, 3), 250, "ho74-controls"):
        k = _slot(a, shape, r)
        noun, title = _work(k + shape)
        tq = m.q(title)
        day, town = _pick(DAYS74, k), _pick(TOWNS74, k)
        act = f"{ACTS74[noun]} on {day}"
        prize, _ = _pick(PRIZES74, k)
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = (tq,)
        if shape == 0:
            text = f"{_poss(a.full)} {noun} {tq} {act}."
        elif shape == 1:
            sq = m.q(_pick(SCARE74, k))
            text = f"The so-called {sq} label has followed {a.full} since {a.poss} first {noun}."
            forbidden = (sq,)
        elif shape == 2:
            text = _article(NARRATIVE74[k % len(NARRATIVE74)], f"{a.full} was not available for comment.")
            forbidden = ()
        elif shape == 3:
            text = f"Tickets for {tq}, starring {a.full}, go on sale in {town} on {day}."
        elif shape == 4:
            nq = m.q(_pick(NICKS74, k))
            text = f"{a.full} was nicknamed {nq} by fans in {town} long before {a.poss} first {noun}."
            forbidden = (nq,)
        elif shape == 5:
            sign = m.q("WE WERE HERE FIRST")
            region = f"The neon sign above the door of the Lantern Street Gallery reads {sign}."
            text = f"{region} {a.full} made it in {_pick(('2011', '2016', '2019'), k)}."
            ex = tolerate(text, region)
            forbidden = ()
        elif shape == 6:
            s1, s2, s3 = (m.q(_pick(SONGS74, k + i)) for i in range(3))
            text = f"{a.full} opened with {s1} and {s2} before an encore of {s3}."
            forbidden = (s1, s2, s3)
        elif shape == 7:
            text = f"{_poss(a.full)} {noun} {tq} has been shortlisted for {prize}."
        elif shape == 8:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {a.full}, whose {noun} {tq} {act}."
            ex = [_d(q, a)]
        else:
            text = f"{a.full} bowed to the cast of {tq} and left the stage without a word."
        yield _case(f"ho74-controls-{shape}", text, ex, (a,), [tq, town], forbidden=forbidden)


HELD_OUT_74 = (
    _named(
        "artist_roles",
        "6",
        'the novelist NAME; NAME, ROLE, said; whose debut album "W"; who directed "F"; PRONOUN is ROLE',
        artist_roles,
    ),
    _named(
        "work_titles", "8", 'NAME wrote "T"; "T", the third film by NAME; named the album "T"', work_titles
    ),
    _named(
        "lines_from_works",
        "8",
        'the chorus goes "L"; as the narrator puts it; In "T", NAME writes:; fans sang "L"',
        lines_from_works,
    ),
    _named(
        "critics_reviews",
        "3",
        'wrote in a review for OUTLET that X was "F"; called it "F"; Writing in OUTLET; calling it',
        critics_reviews,
    ),
    _named("interviews", "1", "told OUTLET:; In an interview with OUTLET; told OUTLET's podcast", interviews),
    _named(
        "award_speeches",
        "1",
        "said as she accepted PRIZE; Accepting PRIZE; who won PRIZE; the chair of the judges",
        award_speeches,
    ),
    _named(
        "curators", "6", "NAME, chief curator at VENUE; VENUE director NAME; a venue's statement", curators
    ),
    _named("pronouns", "4", "pronouns across two or three people of both genders", pronouns),
    _named("second_refs", "4", "surname, the role's short form, age, after a second person", second_refs),
    _named("stage_names", "5", "one-word names, stage names and birth names", stage_names),
    _named("split_quotes", "3", '"C1," NAME said, "c2."', split_quotes),
    _named(
        "indirect_reports", "1", "said C; According to NAME; has said in interviews that", indirect_reports
    ),
    _named("mixed_quotes", "3", 'called X "F"; described X as "F"; in NAME\'s words', mixed_quotes),
    _named("articles", "4", "premiere, review round-up, exhibition opening, prize night", articles),
    _named("controls", "8", "titles, nicknames, scare terms, set lists and signs nobody says", controls),
)
