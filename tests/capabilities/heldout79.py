"""Seventy-ninth held-out round: capabilities written at commit ``2c4496dc`` by a helper (``hcap85``) who
did not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout79data.py``: thirty invented clergy, charity directors,
trustees, volunteers, spokespeople and community members of English, Igbo, Pakistani, Jewish, Irish,
Filipino, Polish, Ghanaian, Gujarati, Korean, Welsh, Jamaican, Lebanese, Italian and Somali origin, each with
a gender and an age; ten clergy's forms of address with their posts at a church, diocese, mosque,
synagogue, parish, shelter, fellowship, archdeaconry, archdiocese and temple; ten lay posts at food banks,
shelters, charities, a temple committee, a mosque's trustees, an interfaith council and the diocese's press
office; bodies that issue statements, some of one word; documents; outlets; hymn titles and lines,
scripture verses, sermon and appeal titles, nicknames, slogans and scare terms in marks; quotations,
reported clauses, pointed fragments, split quotations and narrative sentences) as a round of RELIGION,
CHARITIES AND COMMUNITY GROUPS as a community and faith reporter writes it: every case is a short passage
(one to five sentences, or a short article) with one to three people, and every quotation checks the content
(the marks and the words inside them for a direct quotation; the reported clause, with or without its
*that*, for an indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one),
the kind, the canonical full name and, whenever the text states one, the title with `Contains` of the role
noun and each affiliation stated, with `wrong_speakers` for every other person, body, outlet, venue and
document in the passage.

Conventions: a form of address is not part of the name: the key accepts the full name with or without the
form written before it (*Declan Mulcahy* or *Father Declan Mulcahy*, *the Rev. Hester Caldwell*). Where a post
is stated (in apposition, fronted, as *FORM FULL of BODY*, or as *is POST*) the title must hold the post's
role noun and its congregation, parish, mosque, temple, diocese or charity; where only a form is stated, the
title must hold the form's stem when the form names a role (*bishop*, *imam*, *rabbi*, *pastor*,
*archdeacon*, *pandit*) and is not checked when it is an honorific (*the Rev.*, *Father*, *Sister*, *the Most
Rev.*). A relative clause (*who has used the food bank since March*), a kin relation and a description that
is no post (*a mother of three*, *a longtime parishioner*) state no title, so the title is not checked there.
A statement, a social-media post and a document issued by a body speak for the body: *The diocese said in a
statement* is the diocese's, `"C," the statement said` after *BODY issued a statement* is BODY's; a review,
survey, audit or annual report that *found* speaks for itself; an appeal letter *signed by FULL* speaks for
the letter or for FULL. A bishop's pastoral letter in which *Bishop FULL wrote* is the bishop's. An unnamed
source (*a parishioner who asked not to be named*, *one volunteer*) gives a quotation with no speaker or
with the description as its name (as written or its head noun), never a named person of the passage. A line
of a hymn sung or a verse of scripture read, recited, printed or chosen is not the reader's or the singer's
own words: it may come out as no quotation or as one with no speaker (or the book it comes from), never as
a person's; hymn, sermon, appeal and book titles, nicknames, slogans and scare terms in marks are no
quotation, even beside a name and a verb; a banner's words may come out as a quotation with no speaker. A
split quotation may come out as two quotations or as one span with its credit inside. The project's
conventions are kept: *declined to comment*, an act with an object and no words (*thanked the volunteers*,
*appealed for donations*), and *Asked about X,* are tolerated as the doer's report or none, never another's.

Key fixes after the one run (no case weakened): a possessive document (*The charity's annual report found*,
*The food bank's winter survey found*) speaks for the body that issued it, as the conventions above say of
documents, so the key now accepts the possessor (*charity*, *food bank*) beside the document (22 cases); in
the unnamed-source shape where a cleric *declined to comment*, the tolerated decliner is now matched under the
name as written with its form of address (*Pandit Hemlata Parekh*), as every other key of the round accepts it
(2 cases); *FULL welcomed OTHER and THIRD to VENUE* and *pointing to OTHER* are acts with an object and no
words, which the project's convention tolerates as the doer's report or none, never another's (29 cases); two
plural objects of the mixed-quotation fragments (*the cuts*, *the queues*) stood before *was* and *had been*,
ungrammatical: they are now *the funding cut* and *the queue at the door*. Later, on main, a line a
congregation or a choir sings was brought into line with the convention earlier rounds keep for a crowd's
chant and a line fans sing (PolNeAR annotates a chant as the crowd's): it is also accepted as the singers'
(49 cases), never a named person's.

1. clergy's forms and posts: `FORM FULL, POST, said:`, `"C," said FORM FULL, POST.`, `"C," FORM FULL
   said.` (form only), `FORM FULL, AGE, said that`, `The POST, FORM FULL, said`, `PRONOUN is POST`, a colon
   credit `was blunt:`, `told worshippers at VENUE:`, `FORM FULL of BODY said` (`clergy_titles`);
2. sermons and homilies: `In POSS sermon on DAY, FORM FULL told the congregation:`, `Preaching at VENUE,`,
   `said from the pulpit`, a sermon's title in marks, `told worshippers that`, a quotation over two
   sentences, a hymn title after the words, the funeral homily for another person, `warned that` in a
   broadcast homily (`sermons`);
3. bodies and documents: `BODY said in a statement that`, `"C," BODY said in a statement.`, `According to a
   statement from BODY,`, a body then its spokesperson, `The DOC, published on DAY, found that`, `BODY
   denied that`, `BODY posted on Facebook:`, `"C," the statement said.`, a bishop's pastoral letter
   (`body_statements`);
4. charity staff: `FULL, POST, said:`, `said FULL, POST`, `PRE FULL said`, `According to FULL, POST,`, `told
   OUTLET that`, a volunteer by relative clause (no title), `warned that`, `put it simply:`, `wrote in the
   charity's newsletter` (`charity_staff`);
5. fundraising appeals: an appeal's name then a director's words, a total raised, an appeal letter signed
   by FULL, a survey's findings, volunteers thanked, a fronted clause, donations appealed for, `told OUTLET
   as`, `Asked about the shortfall,` (`fundraising_appeals`);
6. scripture and hymns: lines sung and verses read, recited, printed or chosen beside a person's own words,
   hymn titles (`scripture_hymns`);
7. pronouns across two or three people of both genders and of the same gender (`pronouns`);
8. second references: `FORM SURNAME said`, `the bishop added`, `the director added`, by age, by surname
   after a second person, `the spokeswoman said`, the cleric's role after another person introduced the cleric
   (`second_refs`);
9. split quotations: `"C1," FORM FULL, POST, said, "c2."`, `said FULL,`, by form and surname, present tense,
   with an outlet or another person inside the credit, by the role (`split_quotes`);
10. indirect reports with open cue verbs: `insisted`, `warned`, `conceded`, `lamented`, without *that*,
    `According to`, `wrote in OUTLET that`, `posted that`, two clauses, `told worshippers at VENUE that`, a
    report about another person, a fronted clause (`indirect_cues`);
11. mixed quotations: `called X "F"`, `said X was "F"`, `described X as "F"`, `dismissed X as "F"`, `in POSS
    words`, `told OUTLET that X had been "F"`, two people's fragments, `considered X "F"` (`mixed_quotes`);
12. unnamed sources: `said a parishioner who asked not to be named`, `According to DESC,`, `DESC told OUTLET
    that`, beside a named cleric who declined to comment (`unnamed_sources`);
13. community voices: users, volunteers and worshippers with relative clauses and descriptions, `posted on
    social media`, `tweeted:`, two people at a vigil, `said as she queued`, `the answer is simple:`
    (`community_voices`);
14. short faith and community articles of four paragraphs: a food bank's appeal, a church's closure, a
    mosque's open day and a shelter's winter, with speakers carried across paragraphs by surname, role and
    pronoun (`articles`);
15. controls: nicknames, slogans, scare terms, appeal, sermon and book titles and banners in marks where
    nobody speaks, text that reports nothing, *declined to comment*, a blessing without a word, and one real
    quotation beside a slogan (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout79data import (
    ALLMARKS79,
    APPEALS79,
    BODIES79,
    BOOKS79,
    CLAUSES79,
    CLERGY79,
    DAYS79,
    DOCS79,
    FRAGS79,
    HYMNLINES79,
    HYMNS79,
    LIVES79,
    MARKS79,
    NARRATIVE79,
    NICKS79,
    OUTLETS79,
    PEOPLE79,
    POSTS79,
    QUOTES79,
    SCARE79,
    SERMONS79,
    SLOGANS79,
    SPLITS79,
    VENUES79,
    VERSES79,
    Cleric79,
    Post79,
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
    return other_person(PEOPLE79, p, step, gender=gender, avoid=avoid)


def _names(who: Who, c: Cleric79 | None = None) -> NameSpec:
    """The names a key accepts: a person's full name (with the form of address written before it, and the form
    used with a surname, when *c* is given)."""
    if isinstance(who, Person):
        if c is None:
            return (who.full,)
        forms = {c.form, c.form.removeprefix("the ")} | ({c.second} if c.second else set())
        return (who.full, *sorted(f"{f} {who.full}" for f in forms))
    return who


def _d(content: str, who: Who, title: TitleSpec = ANY, c: Cleric79 | None = None) -> Expect:
    """A direct quotation of *who* (a person, with *c*'s form accepted before the name, or accepted names)."""
    if isinstance(who, Person):
        return Expect(content, "direct", _names(who, c), title, "person")
    return Expect(content, "direct", who, title)


def _r(content: str, who: Who, title: TitleSpec = ANY, c: Cleric79 | None = None) -> Expect:
    """A reported clause of *who*."""
    if isinstance(who, Person):
        return Expect(content, "indirect", _names(who, c), title, "person")
    return Expect(content, "indirect", who, title)


def _that(text: str, clause: str, who: Who, title: TitleSpec = ANY, c: Cleric79 | None = None) -> Expect:
    """`... said (that) C`: the report with or without its conjunction."""
    return _r(one_of(text, (f"that {clause}", clause)), who, title, c)


def _mixed(text: str, clause: str, who: Who, title: TitleSpec = ANY, c: Cleric79 | None = None) -> Expect:
    """`... said (that) X was "F"`: the clause with its fragment, with or without *that*, kind mixed."""
    return segmented(text, ((f"that {clause}", ("mixed",)), (clause, ("mixed",))), _names(who, c), title)


def _t(parts: tuple[str, ...]) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _ft(c: Cleric79) -> TitleSpec:
    """The title of a person credited by form only: the form's stem, or unchecked for an honorific."""
    return Contains(c.stem) if c.stem else ANY


def _qt(n: int) -> str:
    return QUOTES79[n % len(QUOTES79)]


def _cl(n: int) -> str:
    return CLAUSES79[n % len(CLAUSES79)]


def _cleric(p: Person, n: int, among: Sequence[int] = ()) -> Cleric79:
    """The *n*-th cleric (of the indices *among*, when given) whose form fits *p*'s gender."""
    pool = [CLERGY79[i] for i in among] if among else list(CLERGY79)
    fit = [c for c in pool if c.gender in ("", p.gender)]
    return fit[n % len(fit)]


def _post(n: int) -> Post79:
    return POSTS79[n % len(POSTS79)]


def _post2(n: int, taken: Post79) -> Post79:
    for step in range(len(POSTS79)):
        p = POSTS79[(n + 3 + step) % len(POSTS79)]
        if p.body != taken.body and p.short != taken.short:
            return p
    raise ValueError("no second post")


def _fc(c: Cleric79) -> str:
    """*c*'s form at a sentence's start: `The Rev.`, `Bishop`."""
    return _cap(c.form)


def _sec(c: Cleric79, p: Person) -> str:
    """The second reference by form and surname: `Bishop Eze`, or the bare surname."""
    return f"{c.second} {p.last}" if c.second else p.last


def _fronted(c: Cleric79) -> str:
    """*c*'s post fronted before the name: `The bishop of the Diocese of Carrowmere`."""
    return f"The {c.after}"


def _low(body: str) -> str:
    """A body's name inside a sentence: `the diocese`, `Kindhearth`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout79.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS79, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE79, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE79.index(p), shape, r)


def _groups(
    text: str, parts: Sequence[str], p: Who, title: TitleSpec, c: Cleric79 | None = None
) -> list[Expect]:
    """Consecutive parts of one speaker's quotation split by a credit: each part on its own, or one span."""
    whole = _span(text, parts[0], parts[-1])
    return _alts(text, [_d(x, p, title, c) for x in parts], [_d(whole, p, title, c)])


def _anon(text: str, content: str, kind: str, descs: tuple[str, ...]) -> Expect:
    """An unnamed source's quotation: no speaker, or the description as its name."""
    found = found_quote(text, content)
    if found is not None and found.speaker is None:
        return Expect(content, kind, None)
    return Expect(content, kind, descs)


def _anon_that(text: str, clause: str, descs: tuple[str, ...]) -> Expect:
    return _anon(text, one_of(text, (f"that {clause}", clause)), "indirect", descs)


def _cother(c: Cleric79) -> list[str]:
    """The bodies a cleric's passage names: the congregation or diocese, never a speaker of FULL's words."""
    return [c.body]


CUES79 = ("insisted", "warned", "conceded", "acknowledged", "argued", "confirmed", "admitted", "lamented")

#: Unnamed sources: (the description as written, the names a key accepts for it).
ANON79 = (
    (
        "a parishioner who asked not to be named",
        ("a parishioner who asked not to be named", "a parishioner", "parishioner"),
    ),
    ("one volunteer", ("one volunteer", "volunteer")),
    (
        "a member of the congregation",
        ("a member of the congregation", "member of the congregation", "member"),
    ),
    ("a diocesan official", ("a diocesan official", "diocesan official", "official")),
    ("two trustees", ("two trustees", "trustees")),
    ("a person close to the charity", ("a person close to the charity", "person")),
)


# --- 1. clergy's forms of address and posts -----------------------------------------------------------------


def clergy_titles() -> Iterator[Case]:
    """`FORM FULL, POST, said: "C."`, `"C," said FORM FULL, POST.`, `"C," FORM FULL said.` (form only), `FORM
    FULL, AGE, said that C.` (form only), `The POST, FORM FULL, said C.`, `"C," FULL said. PRONOUN is POST.`,
    `FORM FULL was blunt: "C."`, `FORM FULL, POST, told worshippers at VENUE: "C."`, `"C," said FORM FULL of
    BODY.` Key: FULL (or FORM FULL), with the post's parts or the form's stem; the body and the venue never.
    """
    for a, shape, m, r in sample(_combos(9), 240, "ho79-clergy"):
        k = _slot(a, shape, r)
        c = _cleric(a, k)
        t, ft = _t(c.parts), _ft(c)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        venue = _pick(VENUES79, k)
        others = [*_cother(c)]
        if shape == 0:
            text, ex = f"{_fc(c)} {a.full}, {c.after}, said: {qs}", [_d(qs, a, t, c)]
        elif shape == 1:
            text, ex = f"{q} said {c.form} {a.full}, {c.after}.", [_d(q, a, t, c)]
        elif shape == 2:
            text, ex = f"{q} {c.form} {a.full} said.", [_d(q, a, ft, c)]
        elif shape == 3:
            text = f"{_fc(c)} {a.full}, {a.age}, said that {cl}."
            ex = [_that(text, cl, a, ft, c)]
        elif shape == 4:
            text = f"{_fronted(c)}, {c.form} {a.full}, said {cl}."
            ex = [_that(text, cl, a, t, c)]
        elif shape == 5:
            text, ex = f"{q} {a.full} said. {_cap(a.pronoun)} is {c.after}.", [_d(q, a, t)]
        elif shape == 6:
            text, ex = f"{_fc(c)} {a.full} was blunt: {qs}", [_d(qs, a, ft, c)]
        elif shape == 7:
            text = f"{_fc(c)} {a.full}, {c.after}, told worshippers at {venue}: {qs}"
            ex = [_d(qs, a, t, c)]
            others += [venue, "worshippers"]
        else:
            c = _cleric(a, k, (1, 2, 3, 6))
            text, ex = f"{q} said {c.form} {a.full} of {c.body}.", [_d(q, a, _t(c.parts), c)]
            others = [c.body]
        yield _case(f"ho79-clergy-{shape}", text, ex, (a,), others)


# --- 2. sermons and homilies --------------------------------------------------------------------------------


def sermons() -> Iterator[Case]:
    """`In POSS sermon on DAY, FORM FULL told the congregation: "C."`, `Preaching at VENUE on DAY, FORM FULL
    said that C.`, `"C," FORM FULL said from the pulpit.`, `In a sermon titled "T", FORM FULL, POST, said that
    C.`, `During the service on DAY, FORM FULL told worshippers that C.`, `FORM FULL preached on forgiveness.
    "C1," PRONOUN said. "C2."`, `FORM FULL, POST, told the congregation: "C." Worshippers then sang "H".`,
    `FORM FULL delivered the homily at the funeral of OTHER. "C," FORM SURNAME said.`, `In a homily broadcast
    on OUTLET, FORM FULL warned that C.` Key: the preacher's, with the post or the form's stem; the
    congregation, the dead and the outlet never; no quotation at a title."""
    for a, shape, m, r in sample(_combos(9), 240, "ho79-sermons"):
        k = _slot(a, shape, r)
        c = _cleric(a, k + 1)
        t, ft = _t(c.parts), _ft(c)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 7) + ".")
        cl = _cl(k)
        venue, day, outlet = _pick(VENUES79, k), _pick(DAYS79, k), _pick(OUTLETS79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [*_cother(c), "the congregation", "congregation"]
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            text = f"In {a.poss} sermon on {day}, {c.form} {a.full} told the congregation: {qs}"
            ex = [_d(qs, a, ft, c)]
        elif shape == 1:
            text = f"Preaching at {venue} on {day}, {c.form} {a.full} said that {cl}."
            ex = [_that(text, cl, a, ft, c)]
            others.append(venue)
        elif shape == 2:
            text, ex = f"{q} {c.form} {a.full} said from the pulpit.", [_d(q, a, ft, c)]
        elif shape == 3:
            sq = m.q(_pick(SERMONS79, k))
            text = f"In a sermon titled {sq}, {c.form} {a.full}, {c.after}, said that {cl}."
            ex, forbidden = [_that(text, cl, a, t, c)], (sq,)
        elif shape == 4:
            text = f"During the service on {day}, {c.form} {a.full} told worshippers that {cl}."
            ex = [_that(text, cl, a, ft, c)]
            others.append("worshippers")
        elif shape == 5:
            text = f"{_fc(c)} {a.full} preached on forgiveness. {q} {a.pronoun} said. {q2}"
            ex = _groups(text, [q, q2], a, ft, c)
        elif shape == 6:
            hq = m.q(_pick(HYMNS79, k))
            text = f"{_fc(c)} {a.full}, {c.after}, told the congregation: {qs} Worshippers then sang {hq}."
            ex, forbidden = [_d(qs, a, t, c)], (hq,)
        elif shape == 7:
            text = (
                f"{_fc(c)} {a.full} delivered the homily at the funeral of {b.full} on {day}. "
                f"{q} {_sec(c, a)} said."
            )
            ex, people = [_d(q, a, ft, c)], (a, b)
        else:
            text = f"In a homily broadcast on {outlet}, {c.form} {a.full} warned that {cl}."
            ex = [_that(text, cl, a, ft, c)]
            others.append(outlet)
        yield _case(f"ho79-sermons-{shape}", text, ex, people, others, forbidden=forbidden)


# --- 3. bodies and documents --------------------------------------------------------------------------------


def body_statements() -> Iterator[Case]:
    """`BODY said in a statement that C.`, `"C," BODY said in a statement.`, `In a statement on DAY, BODY
    said: "C."`, `According to a statement from BODY, C.`, `BODY said C. FULL, a spokeswoman for BODY, added:
    "C."`, `The DOC, published on DAY, found that C.`, `BODY denied that C.`, `BODY posted on Facebook: "C."`,
    `BODY issued a statement on DAY. "C," the statement said.`, `In a pastoral letter read in parishes on
    Sunday, Bishop FULL wrote that C.` Key: the body (or the document) speaks its own words; the spokesperson
    hers, with *spokes* and the body; the bishop his letter's."""
    for a, shape, m, r in sample(_combos(10), 240, "ho79-bodies"):
        k = _slot(a, shape, r)
        body, acc = _pick(BODIES79, k)
        low = _low(body)
        bare = body.removeprefix("The ")
        doc, dacc = _pick(DOCS79, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        day = _pick(DAYS79, k)
        people: tuple[Person, ...] = ()
        others: list[str] = [bare]
        if shape == 0:
            text = f"{body} said in a statement that {cl}."
            ex = [_that(text, cl, acc)]
        elif shape == 1:
            text, ex = f"{q} {low} said in a statement.", [_d(q, acc)]
        elif shape == 2:
            text, ex = f"In a statement on {day}, {low} said: {qs}", [_d(qs, acc)]
        elif shape == 3:
            text = f"According to a statement from {low}, {cl}."
            ex = [_r(cl, acc)]
        elif shape == 4:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"{body} said {cl}. {a.full}, a {spokes} for {low}, added: {qs}"
            ex = [_that(text, cl, acc), _d(qs, a, _t(("spokes", bare)))]
            people = (a,)
        elif shape == 5:
            text = f"The {doc}, published on {day}, found that {cl}."
            ex, others = [_that(text, cl, dacc)], []
        elif shape == 6:
            text = f"{body} denied that {cl}."
            ex = [_that(text, cl, acc)]
        elif shape == 7:
            text, ex = f"{body} posted on Facebook: {qs}", [_d(qs, acc)]
        elif shape == 8:
            text = f"{body} issued a statement on {day}. {q} the statement said."
            ex = [_d(q, acc)]
        else:
            c = CLERGY79[1]
            text = f"In a pastoral letter read in parishes on Sunday, Bishop {a.full} wrote that {cl}."
            ex, people, others = [_that(text, cl, a, _ft(c), c)], (a,), ["parishes"]
        yield _case(f"ho79-bodies-{shape}", text, ex, people, others)


# --- 4. charity staff ---------------------------------------------------------------------------------------


def charity_staff() -> Iterator[Case]:
    """`FULL, POST, said: "C."`, `"C," said FULL, POST.`, `PRE FULL said C.`, `According to FULL, POST, C.`,
    `FULL, POST, told OUTLET that C.`, `FULL, AGE, LIFE, said: "C."` (no title), `FULL, POST, warned that C.`,
    `FULL, POST, put it simply: "C."`, `"C," FULL, POST, wrote in the charity's newsletter.` Key: FULL with
    the post's parts; the charity and the outlet never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho79-staff"):
        k = _slot(a, shape, r)
        p = _post(k)
        t = _t(p.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        outlet = _pick(OUTLETS79, k)
        others = [p.body, outlet]
        if shape == 0:
            text, ex = f"{a.full}, {p.a(a)}, said: {qs}", [_d(qs, a, t)]
        elif shape == 1:
            text, ex = f"{q} said {a.full}, {p.a(a)}.", [_d(q, a, t)]
        elif shape == 2:
            text = f"{_cap(p.b(a))} {a.full} said {cl}."
            ex = [_that(text, cl, a, t)]
        elif shape == 3:
            text = f"According to {a.full}, {p.a(a)}, {cl}."
            ex = [_r(cl, a, t)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, told {outlet} that {cl}."
            ex = [_that(text, cl, a, t)]
        elif shape == 5:
            text, ex = f"{a.full}, {a.age}, {_pick(LIVES79, k)}, said: {qs}", [_d(qs, a)]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, warned that {cl}."
            ex = [_that(text, cl, a, t)]
        elif shape == 7:
            text, ex = f"{a.full}, {p.a(a)}, put it simply: {qs}", [_d(qs, a, t)]
        else:
            text, ex = f"{q} {a.full}, {p.a(a)}, wrote in the charity's newsletter.", [_d(q, a, t)]
        yield _case(f"ho79-staff-{shape}", text, ex, (a,), others)


# --- 5. fundraising appeals ---------------------------------------------------------------------------------


def fundraising_appeals() -> Iterator[Case]:
    """`BODY launched its "A" appeal on DAY. "C," said FULL, POST.`, `FULL, POST, said the appeal had raised
    12,000 pounds in its first week.`, `The appeal letter, signed by FULL, POST, said that C.` (the letter or
    FULL), `The DOC, published on DAY, found that C.`, `FULL thanked the volunteers who packed hampers at
    VENUE on DAY.` (the doer's or none), `C, FULL, POST, said.` (fronted), `FULL, POST, appealed for donations
    of tinned food. "C," PRONOUN said.`, `"C," FULL told OUTLET as volunteers counted the coins.`, `Asked
    about the shortfall, FULL, POST, conceded: "C."` Key: FULL's words FULL's, with the post's parts; the
    charity, the volunteers and the outlet never; no quotation at the appeal's name."""
    for a, shape, m, r in sample(_combos(9), 240, "ho79-appeals"):
        k = _slot(a, shape, r)
        p = _post(k + 2)
        t = _t(p.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        day, venue, outlet = _pick(DAYS79, k), _pick(VENUES79, k), _pick(OUTLETS79, k)
        body, _acc = _pick(BODIES79, k)
        others = [p.body, "volunteers"]
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            aq = m.q(_pick(APPEALS79, k))
            text = f"{body} launched its {aq} appeal on {day}. {q} said {a.full}, {p.a(a)}."
            ex, forbidden = [_d(q, a, t)], (aq,)
            others.append(body.removeprefix("The "))
        elif shape == 1:
            clause = "the appeal had raised 12,000 pounds in its first week"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_that(text, clause, a, t)]
        elif shape == 2:
            text = f"The appeal letter, signed by {a.full}, {p.a(a)}, said that {cl}."
            acc = ("the appeal letter", "appeal letter", "letter", a.full)
            ex = [_that(text, cl, acc)]
        elif shape == 3:
            doc, dacc = _pick(DOCS79, k)
            text = f"The {doc}, published on {day}, found that {cl}. {a.full}, {p.a(a)}, said: {qs}"
            ex = [_that(text, cl, dacc), _d(qs, a, t)]
        elif shape == 4:
            text = f"{a.full} thanked the volunteers who packed hampers at {venue} on {day}."
            ex = tolerate(text, text, (a.full,))
            others.append(venue)
        elif shape == 5:
            text = f"{_cap(cl)}, {a.full}, {p.a(a)}, said."
            ex = [_r(_cap(cl), a, t)]
        elif shape == 6:
            region = "appealed for donations of tinned food"
            text = f"{a.full}, {p.a(a)}, {region}. {q} {a.pronoun} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        elif shape == 7:
            text, ex = f"{q} {a.full} told {outlet} as volunteers counted the coins.", [_d(q, a)]
            others.append(outlet)
        else:
            region = "Asked about the shortfall,"
            text = f"{region} {a.full}, {p.a(a)}, conceded: {qs}"
            ex = [*tolerate(text, region), _d(qs, a, t)]
        yield _case(f"ho79-appeals-{shape}", text, ex, (a,), others, forbidden=forbidden)


# --- 6. scripture and hymns ---------------------------------------------------------------------------------


def scripture_hymns() -> Iterator[Case]:
    """Lines nobody of the passage says as their own: `The congregation sang "L" as FORM FULL lit the
    candles.`, `FULL read from BOOK: "V."`, `The choir closed with "H", written by OTHER in 1978.`, `FORM FULL
    quoted a verse from BOOK, "V", before adding: "C."`, `A banner above the door of VENUE bears the verse
    "V". "C," FULL, POST, said.`, `The service ended with "H". FULL said that C.`, `The choir sang "L." "C,"
    said FORM FULL, POST.`, `FULL chose "V" as the text for POSS sermon on DAY.`, `Children recited "V." Then
    FULL told them: "C."` Key: a line sung or a verse read is no quotation or one with no speaker (or its
    book), never the reader's; a hymn's title no quotation; FULL's own words FULL's."""
    for a, shape, m, r in sample(_combos(9), 240, "ho79-scripture"):
        k = _slot(a, shape, r)
        c = _cleric(a, k + 2)
        p = _post(k + 4)
        line, verse = _pick(HYMNLINES79, k), _pick(VERSES79, k)
        book = _pick(BOOKS79, k)
        books = (book, book.removeprefix("the "))
        hq = m.q(_pick(HYMNS79, k))
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        day, venue = _pick(DAYS79, k), _pick(VENUES79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [c.body]
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            text = f"The congregation sang {m.q(line)} as {c.form} {a.full} lit the candles."
            ex = tolerate(text, text, ("congregation", "the congregation"))
            others.append("the congregation")
        elif shape == 1:
            text = f"{a.full} read from {book}: {m.q(verse + '.')}"
            ex = tolerate(text, text, books)
        elif shape == 2:
            text = f"The choir closed with {hq}, written by {a.full} in 1978."
            forbidden = (hq,)
        elif shape == 3:
            vq = m.q(verse)
            text = f"{_fc(c)} {a.full} quoted a verse from {book}, {vq}, before adding: {qs}"
            ex = [*tolerate(text, vq, books), _d(qs, a, _ft(c), c)]
        elif shape == 4:
            vq = m.q(verse)
            text = f"A banner above the door of {venue} bears the verse {vq}. {q} {a.full}, {p.a(a)}, said."
            ex = [*tolerate(text, vq, books), _d(q, a, _t(p.parts))]
            others = [venue, p.body]
        elif shape == 5:
            text = f"The service ended with {hq}. {a.full} said that {cl}."
            ex, forbidden = [_that(text, cl, a)], (hq,)
        elif shape == 6:
            lq = m.q(line + ".")
            text = f"The choir sang {lq} {q} said {c.form} {a.full}, {c.after}."
            ex = [*tolerate(text, lq, ("choir", "the choir")), _d(q, a, _t(c.parts), c)]
            others.append("the choir")
        elif shape == 7:
            text = f"{a.full} chose {m.q(verse)} as the text for {a.poss} sermon on {day}."
            ex = tolerate(text, text, books)
        else:
            vq = m.q(verse + ".")
            text = f"Children recited {vq} Then {b.full} told them: {qs}"
            ex = [*tolerate(text, vq, ("children",)), _d(qs, b)]
            people, others = (a, b), ["children"]
            text = f"{a.full} brought the Sunday school class to {venue}. {text}"
            ex = [*tolerate(text, vq, ("children",)), _d(qs, b)]
            others.append(venue)
        yield _case(f"ho79-scripture-{shape}", text, ex, people, others, forbidden=forbidden)


# --- 7. pronouns --------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """Pronouns across people of both genders and of the same gender: `FORM FULL and OTHER, POST, visited
    VENUE. "C," HE said. SHE said that C.`; the same gender in turn (`FULL spoke first at the vigil. "C," she
    said. Then OTHER took the microphone. "C2," she said.`); `"C," said FULL, POST. OTHER disagreed. "C2," she
    said.`; `FULL led the parish in which OTHER grew up. "C," HE said.`; `"C," FULL said of OTHER. HE said
    that C.`; `FULL said C. "C2," she added, pointing to OTHER.` (same gender); `FULL welcomed OTHER and
    THIRD. "C," HE said.` (the pronoun's one person of its gender); `OTHER, POST, said FULL had been nominated
    for a community award. HE told OUTLET that C.` Key: the one person the pronoun picks out."""
    for a, shape, m, r in sample(_combos(8), 240, "ho79-pronouns"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        same = _other(a, k + 2, gender=a.gender)
        c3 = _other(a, k + 4, gender=b.gender, avoid=(b,))
        c = _cleric(a, k)
        p = _post(k + 1)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 9) + ",")
        cl = _cl(k)
        venue, day, outlet = _pick(VENUES79, k), _pick(DAYS79, k), _pick(OUTLETS79, k)
        people: tuple[Person, ...] = (a, b)
        others: list[str] = []
        if shape == 0:
            text = _article(
                f"{_fc(c)} {a.full} and {b.full}, {p.a(b)}, visited {venue} on {day}.",
                f"{q} {a.pronoun} said. {_cap(b.pronoun)} said that {cl}.",
            )
            ex = [_d(q, a, _ft(c), c), _that(text, cl, b, _t(p.parts))]
            others = [venue, p.body]
        elif shape == 1:
            text = (
                f"{a.full} spoke first at the vigil. {q} {a.pronoun} said. Then {same.full} took the "
                f"microphone. {q2} {same.pronoun} said."
            )
            ex, people = [_d(q, a), _d(q2, same)], (a, same)
        elif shape == 2:
            text = f"{q} said {a.full}, {p.a(a)}. {same.full} disagreed. {q2} {same.pronoun} said."
            ex, people = [_d(q, a, _t(p.parts)), _d(q2, same)], (a, same)
            others = [p.body]
        elif shape == 3:
            text = f"{a.full} led the parish in which {b.full} grew up. {q} {b.pronoun} said."
            ex = [_d(q, b)]
        elif shape == 4:
            text = f"{q} {a.full} said of {b.full}. {_cap(b.pronoun)} said that {cl}."
            ex = [_d(q, a), _that(text, cl, b)]
        elif shape == 5:
            text = f"{a.full} said {cl}. {q} {a.pronoun} added, pointing to {same.full}."
            # key fix: a gesture at a person is an act with an object and no words (the doer's or none)
            gesture = tolerate(text, f"pointing to {same.full}", (a.full,))
            ex, people = [_that(text, cl, a), _d(q, a), *gesture], (a, same)
        elif shape == 6:
            region = f"welcomed {b.full} and {c3.full} to {venue}"
            text = f"{a.full} {region}. {q} {a.pronoun} said."
            # key fix: a welcome is an act with an object and no words (the doer's or none)
            ex, people = [_d(q, a), *tolerate(text, region, (a.full,))], (a, b, c3)
            others = [venue]
        else:
            clause = f"{a.full} had been nominated for a community award"
            text = f"{b.full}, {p.a(b)}, said {clause}. {_cap(a.pronoun)} told {outlet} that {cl}."
            ex = [_that(text, clause, b, _t(p.parts)), _that(text, cl, a)]
            others = [outlet, p.body]
        yield _case(f"ho79-pronouns-{shape}", text, ex, people, others)


# --- 8. second references -----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FORM FULL, POST, arrived at VENUE on DAY. "C," FORM SURNAME said.`, `FORM FULL, POST, said that C.
    "C," the ROLE added.`, `FULL, POST, said that C. "C," the director added.`, `FULL, AGE, LIFE, ... "C," the
    AGE-year-old said.`, two people then surnames, `FORM FULL has served the parish since 2015. NARRATIVE "C,"
    FORM SURNAME said.`, `FULL, POST, said C. "C," the spokeswoman said.`, `OTHER, POST, introduced FORM FULL,
    POST. "C," the ROLE said. "C2," said SURNAME.` Key: the person first introduced, with the post or form's
    stem stated at the first mention."""
    for a, shape, m, r in sample(_combos(8), 240, "ho79-second"):
        k = _slot(a, shape, r)
        c = _cleric(a, k + 3)
        p = _post(k)
        t, ft = _t(c.parts), _ft(c)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 11) + ",")
        cl = _cl(k)
        venue, day = _pick(VENUES79, k), _pick(DAYS79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [*_cother(c), venue]
        if shape == 0:
            text = f"{_fc(c)} {a.full}, {c.after}, arrived at {venue} on {day}. {q} {_sec(c, a)} said."
            ex = [_d(q, a, t, c)]
        elif shape == 1:
            text = f"{_fc(c)} {a.full}, {c.after}, said that {cl}. {q} {c.short} added."
            ex = [_that(text, cl, a, t, c), _d(q, a, t, c)]
        elif shape == 2:
            text = f"{a.full}, {p.a(a)}, said that {cl}. {q} {p.sh(a)} added."
            ex, others = [_that(text, cl, a, _t(p.parts)), _d(q, a, _t(p.parts))], [p.body]
        elif shape == 3:
            life = _pick(LIVES79, k)
            text = f"{a.full}, {a.age}, {life}, grew up in Calder Row. {q} the {a.age}-year-old said."
            ex, others = [_d(q, a)], []
        elif shape == 4:
            text = _article(
                f"{_fc(c)} {a.full}, {c.after}, and {b.full}, {p.a(b)}, spoke at a vigil on {day}.",
                f"{q} {b.last} said. {_sec(c, a)} said that {cl}.",
            )
            ex, people = [_d(q, b, _t(p.parts)), _that(text, cl, a, t, c)], (a, b)
            others = [c.body, p.body]
        elif shape == 5:
            nar = _pick(NARRATIVE79, k)
            text = f"{_fc(c)} {a.full} has served the parish since 2015. {nar} {q} {_sec(c, a)} said."
            ex, others = [_d(q, a, ft, c)], [c.body]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, said {cl}. {q} {p.sh(a)} said."
            ex, others = [_that(text, cl, a, _t(p.parts)), _d(q, a, _t(p.parts))], [p.body]
        else:
            text = _article(
                f"{b.full}, {p.a(b)}, introduced {c.form} {a.full}, {c.after}.",
                f"{q} {c.short} said. {q2} said {b.last}.",
            )
            ex, people = [_d(q, a, t, c), _d(q2, b, _t(p.parts))], (a, b)
            others = [c.body, p.body]
        yield _case(f"ho79-second-{shape}", text, ex, people, others)


# --- 9. split quotations ------------------------------------------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """`"C1," FORM FULL, POST, said, "c2."`, `"C1," said FULL, "c2."`, a form-and-surname credit after an
    introduction, the present tense by pronoun, `"C1," FULL told OUTLET, "c2."`, `"C1," FORM SURNAME said,
    glancing at OTHER, "c2."`, `"C1," the ROLE said, "c2."` after an introduction. Key: both halves FULL's
    (two quotations or one span with the credit inside), with the post or form's stem where stated; the outlet
    and OTHER never."""
    for a, shape, m, r in sample(_combos(7, ALLMARKS79, 4), 240, "ho79-split"):
        k = _slot(a, shape, r)
        p1, p2 = _pick(SPLITS79, k)
        h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
        c = _cleric(a, k + 4)
        p = _post(k)
        t = _t(c.parts)
        outlet = _pick(OUTLETS79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        title: TitleSpec = ANY
        cc: Cleric79 | None = c
        others = [c.body]
        if shape == 0:
            text, title = f"{h1} {c.form} {a.full}, {c.after}, said, {h2}", t
        elif shape == 1:
            text, cc = f"{h1} said {a.full}, {h2}", None
        elif shape == 2:
            text, title = (
                _article(
                    f"{_fc(c)} {a.full}, {c.after}, met volunteers on Friday.",
                    f"{h1} {_sec(c, a)} said, {h2}",
                ),
                t,
            )
        elif shape == 3:
            text, title, cc = (
                f"{a.full}, {p.a(a)}, is worried. {h1} {a.pronoun} says, {h2}",
                _t(p.parts),
                None,
            )
            others = [p.body]
        elif shape == 4:
            text, cc = f"{h1} {a.full} told {outlet}, {h2}", None
            others = [outlet]
        elif shape == 5:
            text = f"{_fc(c)} {a.full} took questions. {h1} {_sec(c, a)} said, glancing at {b.full}, {h2}"
            title, people = _ft(c), (a, b)
        else:
            text, title = f"{_fc(c)} {a.full}, {c.after}, greeted the families. {h1} {c.short} said, {h2}", t
        yield _case(f"ho79-split-{shape}", text, _groups(text, [h1, h2], a, title, cc), people, others)


# --- 10. indirect reports with open cue verbs ---------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`, `FORM FULL CUE C.` (no *that*), `According to FULL, POST, C.`, `FULL wrote in
    OUTLET that C.`, `FULL, POST, posted on Facebook that C.`, `FULL said that C1 and that C2.` (one report or
    two), `FORM FULL told worshippers at VENUE that C.`, `FULL said OTHER had been nominated for a community
    award.`, `C, FORM FULL said.` (the clause fronted). Key: the reported clause, FULL's (with the post or
    form's stem where stated); the worshippers, the outlet and OTHER never."""
    for a, shape, _m, r in sample(_combos(9, MARKS79, 4), 240, "ho79-indirect"):
        k = _slot(a, shape, r)
        cl, cl2 = _cl(k), _cl(k + 5)
        c = _cleric(a, k + 5)
        p = _post(k)
        ft = _ft(c)
        cue = _pick(CUES79, k)
        outlet, venue = _pick(OUTLETS79, k), _pick(VENUES79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {cl}."
            ex = [_that(text, cl, a)]
        elif shape == 1:
            text = f"{_fc(c)} {a.full} {cue} {cl}."
            ex = [_that(text, cl, a, ft, c)]
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {cl}."
            ex = [_r(cl, a, _t(p.parts))]
            others.append(p.body)
        elif shape == 3:
            text = f"{a.full} wrote in {outlet} that {cl}."
            ex = [_that(text, cl, a)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, posted on Facebook that {cl}."
            ex = [_that(text, cl, a, _t(p.parts))]
            others.append(p.body)
        elif shape == 5:
            text = f"{a.full} said that {cl} and that {cl2}."
            ex = _alts(
                text,
                [_r(f"that {cl} and that {cl2}", a)],
                [_r(f"{cl} and that {cl2}", a)],
                [_r(f"that {cl}", a), _r(f"that {cl2}", a)],
                [_r(cl, a), _r(cl2, a)],
                [_r(f"that {cl}", a), _r(cl2, a)],
                [_r(cl, a), _r(f"that {cl2}", a)],
            )
        elif shape == 6:
            text = f"{_fc(c)} {a.full} told worshippers at {venue} that {cl}."
            ex = [_that(text, cl, a, ft, c)]
            others += ["worshippers", venue]
        elif shape == 7:
            clause = f"{b.full} had been nominated for a community award"
            text = f"{a.full} said {clause}."
            ex, people = [_that(text, clause, a)], (a, b)
        else:
            text = f"{_cap(cl)}, {c.form} {a.full} said."
            ex = [_r(_cap(cl), a, ft, c)]
        yield _case(f"ho79-indirect-{shape}", text, ex, people, others)


# --- 11. mixed quotations -----------------------------------------------------------------------------------


def mixed_quotes() -> Iterator[Case]:
    """`FULL called X "F".`, `FORM FULL, POST, said X was "F".`, `FULL described X as "F".`, `FULL, POST,
    dismissed X as "F".`, `X was, in POSS words, "F".`, `FULL told OUTLET that X had been "F".`, two people's
    fragments, `FULL said PRONOUN considered X "F".` Key: the clause with its fragment (or the fragment alone)
    FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(8, MARKS79, 4), 240, "ho79-mixed"):
        k = _slot(a, shape, r)
        obj, frag = _pick(FRAGS79, k)
        fq = m.q(frag)
        c = _cleric(a, k + 6)
        p = _post(k)
        outlet = _pick(OUTLETS79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [outlet]
        if shape == 0:
            text = f"{a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, _names(a))]
        elif shape == 1:
            clause = f"{obj} was {fq}"
            text = f"{_fc(c)} {a.full}, {c.after}, said {clause}."
            ex = [_mixed(text, clause, a, _t(c.parts), c)]
            others.append(c.body)
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
            _, frag2 = _pick(FRAGS79, k + 5)
            f2 = m.q(frag2)
            text = f"{a.full} called {obj} {fq}; {b.full} said it was {f2}."
            ex = [_called(text, obj, fq, _names(a)), _mixed(text, f"it was {f2}", b)]
            people = (a, b)
        else:
            clause = f"{a.pronoun} considered {obj} {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        yield _case(f"ho79-mixed-{shape}", text, ex, people, others)


# --- 12. unnamed sources ------------------------------------------------------------------------------------


def unnamed_sources() -> Iterator[Case]:
    """`"C," said DESC.`, `DESC said C.`, `According to DESC, C.`, `DESC told OUTLET that C.`, `FORM FULL
    declined to comment. DESC said C.`, `"C," DESC said. FULL, POST, did not respond to a request for
    comment.`, `DESC, speaking on condition of anonymity, said: "C."` Key: no speaker or the description;
    never the named person who declined, nor the outlet."""
    combos = list(itertools.product(ANON79, range(7), ALLMARKS79, range(6)))
    for (desc, descs), shape, m, r in sample(combos, 230, "ho79-anon"):
        k = _k(ANON79.index((desc, descs)), shape, r)
        a = PEOPLE79[(k * 7 + r) % len(PEOPLE79)]
        c = _cleric(a, k)
        p = _post(k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        outlet = _pick(OUTLETS79, k)
        people: tuple[Person, ...] = ()
        others = [outlet]
        if shape == 0:
            text = f"{q} said {desc}."
            ex = [_anon(text, q, "direct", descs)]
        elif shape == 1:
            text = f"{_cap(desc)} said {cl}."
            ex = [_anon_that(text, cl, descs)]
        elif shape == 2:
            text = f"According to {desc}, {cl}."
            ex = [_anon(text, cl, "indirect", descs)]
        elif shape == 3:
            text = f"{_cap(desc)} told {outlet} that {cl}."
            ex = [_anon_that(text, cl, descs)]
        elif shape == 4:
            text = f"{_fc(c)} {a.full} declined to comment. {_cap(desc)} said {cl}."
            # key fix: the decliner is accepted under the name as written with its form of address
            actors = _names(a, c)
            assert isinstance(actors, tuple)
            ex = [_anon_that(text, cl, descs), *tolerate(text, "declined to comment", actors)]
            people = (a,)
        elif shape == 5:
            text = f"{q} {desc} said. {a.full}, {p.a(a)}, did not respond to a request for comment."
            ex, people = [_anon(text, q, "direct", descs)], (a,)
            others.append(p.body)
        else:
            text = f"{_cap(desc)}, speaking on condition of anonymity, said: {qs}"
            ex = [_anon(text, qs, "direct", descs)]
        yield _case(f"ho79-anon-{shape}", text, ex, people, others)


# --- 13. community voices -----------------------------------------------------------------------------------


def community_voices() -> Iterator[Case]:
    """`FULL, AGE, LIFE, said: "C."`, `"C," said FULL, a mother of three from Calder Row.`, `FULL, a longtime
    parishioner, told OUTLET that C.`, `FULL posted on social media on DAY: "C."`, `Among the volunteers was
    FULL, AGE. "C," PRONOUN said.`, `FULL, POST, and OTHER, POST, stood side by side at the vigil. "C," said
    SURNAME.`, `"C," FULL, AGE, said as PRONOUN queued outside VENUE.`, `FULL tweeted: "C."`, `For FULL, who
    LIFE, the answer is simple: "C."` Key: FULL (no title checked where none is a post); the outlet, the venue
    and the other person never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho79-community"):
        k = _slot(a, shape, r)
        p = _post(k + 5)
        p2 = _post2(k, p)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        cl = _cl(k)
        life = _pick(LIVES79, k)
        outlet, venue, day = _pick(OUTLETS79, k), _pick(VENUES79, k), _pick(DAYS79, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        if shape == 0:
            text, ex = f"{a.full}, {a.age}, {life}, said: {qs}", [_d(qs, a)]
        elif shape == 1:
            kin = a.kin("mother", "father")
            text, ex = f"{q} said {a.full}, a {kin} of three from Calder Row.", [_d(q, a)]
        elif shape == 2:
            text = f"{a.full}, a longtime parishioner, told {outlet} that {cl}."
            ex, others = [_that(text, cl, a)], [outlet]
        elif shape == 3:
            text, ex = f"{a.full} posted on social media on {day}: {qs}", [_d(qs, a)]
        elif shape == 4:
            text, ex = f"Among the volunteers was {a.full}, {a.age}. {q} {a.pronoun} said.", [_d(q, a)]
            others = ["volunteers"]
        elif shape == 5:
            text = (
                f"{b.full}, {p2.a(b)}, and {a.full}, {p.a(a)}, stood side by side at the vigil. "
                f"{q} said {a.last}."
            )
            ex, people, others = [_d(q, a, _t(p.parts))], (a, b), [p.body, p2.body]
        elif shape == 6:
            text = f"{q} {a.full}, {a.age}, said as {a.pronoun} queued outside {venue}."
            ex, others = [_d(q, a)], [venue]
        elif shape == 7:
            text, ex = f"{a.full} tweeted: {qs}", [_d(qs, a)]
        else:
            text, ex = (
                f"For {a.full}, who {life.removeprefix('who ')}, the answer is simple: {qs}",
                [_d(qs, a)],
            )
        yield _case(f"ho79-community-{shape}", text, ex, people, others)


# --- 14. short faith and community articles -----------------------------------------------------------------


def _food_bank(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    p = POSTS79[(0, 2, 3, 7)[k % 4]]
    c = _cleric(b, k)
    aq = m.q(_pick(APPEALS79, k))
    day = _pick(DAYS79, k)
    q1, q2, q3 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + "."), m.q(_qt(k + 6) + ",")
    cl = _cl(k)
    text = _article(
        f"{_cap(_low(p.body))} launched its {aq} appeal on {day} after demand rose sharply over the autumn.",
        f"{q1} said {a.full}, {p.a(a)}. {q2}",
        f"{_fc(c)} {b.full}, {c.after}, said that {cl}.",
        f"{q3} {b.pronoun} said.",
    )
    t, ct = _t(p.parts), _t(c.parts)
    ex = [*_groups(text, [q1, q2], a, t), _that(text, cl, b, ct, c), _d(q3, b, ct, c)]
    return text, ex, [aq, p.body, c.body]


def _closure(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    c = _cleric(a, k, (0, 1, 4, 7))
    p = POSTS79[(4, 5, 1)[k % 3]]
    obj, frag = "the closure", _pick(FRAGS79, k)[1]
    fq = m.q(frag)
    q = m.q(_qt(k + 2) + ",")
    cl = _cl(k + 1)
    text = _article(
        "St. Aldhelm's Church in Calder Row will hold its last service next month after 160 years.",
        f"{_fc(c)} {a.full}, {c.after}, called {obj} {fq}.",
        f"{q} said {b.full}, {p.a(b)}.",
        f"{b.last} said that {cl}.",
    )
    t = _t(p.parts)
    ex = [_called(text, obj, fq, _names(a, c), title=_t(c.parts)), _d(q, b, t), _that(text, cl, b, t)]
    return text, ex, ["St. Aldhelm's Church", c.body, p.body]


def _open_day(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    imam = CLERGY79[2]
    man, woman = (a, b) if a.gender == "m" else (b, a)
    p = POSTS79[(8, 5)[k % 2]]
    day = _pick(DAYS79, k)
    qs, q2 = m.q(_qt(k + 4) + "."), m.q(_qt(k + 8) + ",")
    cl = _cl(k + 2)
    text = _article(
        f"More than five hundred visitors toured the Redfern Road Mosque on {day} during its first open day.",
        f"Imam {man.full}, {imam.after}, said: {qs}",
        f"{woman.full}, {p.a(woman)}, handed out tea in the courtyard. {q2} {woman.pronoun} said.",
        f"The imam said {cl}.",
    )
    it = _t(imam.parts)
    ex = [_d(qs, man, it, imam), _d(q2, woman, _t(p.parts)), _that(text, cl, man, it, imam)]
    return text, ex, ["the Redfern Road Mosque", p.body, "visitors"]


def _shelter(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str]]:
    p = POSTS79[1]
    life = _pick(LIVES79, k)
    day = _pick(DAYS79, k)
    frag = _pick(("the hardest in a decade", "relentless", "brutal for rough sleepers"), k)
    clause = f"the winter had been {m.q(frag)}"
    q = m.q(_qt(k + 5) + ",")
    cl = _cl(k + 3)
    text = _article(
        f"Harbour Light Shelter opened twenty extra beds on {day} as temperatures fell below freezing.",
        f"{a.full}, {p.a(a)}, told reporters that {cl}.",
        f"{b.full}, {b.age}, {life}, said {clause}.",
        f"{q} {b.last} said, pulling on a donated coat.",
    )
    ex = [_that(text, cl, a, _t(p.parts)), _mixed(text, clause, b), _d(q, b)]
    return text, ex, ["Harbour Light Shelter", "Harbour Light", "reporters"]


def articles() -> Iterator[Case]:
    """Four-paragraph community stories: a food bank's appeal (the director quoted over two sentences, a
    cleric by report and pronoun), a church's closure (a cleric's fragment, a spokesperson or trustee by
    surname), a mosque's open day (the imam, a trustee by pronoun, the imam again by role) and a shelter's
    winter (the chair's report, a guest's fragment and words by surname). Key: each quotation its speaker's,
    with the post stated at the first mention."""
    for a, shape, m, r in sample(_combos(4, ALLMARKS79, 3), 240, "ho79-articles"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        if shape == 0:
            text, ex, others = _food_bank(a, b, m, k)
        elif shape == 1:
            text, ex, others = _closure(a, b, m, k)
        elif shape == 2:
            text, ex, others = _open_day(a, b, m, k)
        else:
            text, ex, others = _shelter(a, b, m, k)
        yield _case(f"ho79-articles-{shape}", text, ex, (a, b), others)


# --- 15. controls -------------------------------------------------------------------------------------------

TITLES79 = ("Bread and Bells", "A Parish on the Edge", "The Kitchen at Redfern Road")


def controls() -> Iterator[Case]:
    """Marks nobody speaks: `Parishioners know FULL as "N", a name earned over thirty years of soup runs.`,
    `The charity's slogan, "S", is painted on the side of the van that FULL drives.`, `The phrase "T" appears
    nowhere in the report that FULL, POST, published on DAY.`, narrative and `FORM FULL was not available for
    comment.`, `FORM FULL, known to parishioners as "N", retired on DAY after 31 years.`, `FULL declined to
    comment on the "A" appeal.`, `FORM FULL blessed the new hall at VENUE on DAY.`, one real quotation beside
    a slogan (`"C," said FORM FULL, whose parish's motto is "S".`), a banner at VENUE (its words no quotation,
    or one with no speaker), `FULL is the author of "B", a history of BODY.` Key: no quotation but the real
    one."""
    for a, shape, m, r in sample(_combos(10, ALLMARKS79, 3), 240, "ho79-controls"):
        k = _slot(a, shape, r)
        c = _cleric(a, k)
        p = _post(k)
        day, venue = _pick(DAYS79, k), _pick(VENUES79, k)
        nq, sq, tq = m.q(_pick(NICKS79, k)), m.q(_pick(SLOGANS79, k)), m.q(_pick(SCARE79, k))
        aq, bq = m.q(_pick(APPEALS79, k)), m.q(_pick(TITLES79, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        if shape == 0:
            text = f"Parishioners know {a.full} as {nq}, a name earned over thirty years of soup runs."
            forbidden = (nq,)
        elif shape == 1:
            text = f"The charity's slogan, {sq}, is painted on the side of the van that {a.full} drives."
            forbidden = (sq,)
        elif shape == 2:
            text = (
                f"The phrase {tq} appears nowhere in the report that {a.full}, {p.a(a)}, published on {day}."
            )
            forbidden = (tq,)
        elif shape == 3:
            text = _article(_pick(NARRATIVE79, k), f"{_fc(c)} {a.full} was not available for comment.")
        elif shape == 4:
            text = f"{_fc(c)} {a.full}, known to parishioners as {nq}, retired on {day} after 31 years."
            forbidden = (nq,)
        elif shape == 5:
            text = f"{a.full} declined to comment on the {aq} appeal."
            ex = tolerate(text, text, (a.full,))
        elif shape == 6:
            text = f"{_fc(c)} {a.full} blessed the new hall at {venue} on {day} and left without a speech."
        elif shape == 7:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {c.form} {a.full}, whose parish's motto is {sq}."
            ex, forbidden = [_d(q, a, _ft(c), c)], (sq,)
        elif shape == 8:
            region = f"A banner outside {venue} read {m.q(_pick(SLOGANS79, k + 1))}."
            text = f"{region} {a.full} walked past it on {a.poss} way to the meeting."
            ex = tolerate(text, region)
        else:
            text = f"{a.full} is the author of {bq}, a history of {_low(_cap(p.body))}."
            forbidden = (bq,)
        yield _case(f"ho79-controls-{shape}", text, ex, (a,), [venue, c.body, p.body], forbidden=forbidden)


HELD_OUT_79 = (
    _named(
        "clergy_titles",
        "heldout79",
        "the Rev. NAME, POST, said; said Bishop NAME; Imam NAME of BODY; The POST, FORM NAME,; was blunt:",
        clergy_titles,
    ),
    _named(
        "sermons",
        "heldout79",
        "in his sermon; preaching at; from the pulpit; told worshippers; the funeral homily",
        sermons,
    ),
    _named(
        "body_statements",
        "heldout79",
        "BODY said in a statement; According to a statement from BODY; the DOC found that; pastoral letter",
        body_statements,
    ),
    _named(
        "charity_staff",
        "heldout79",
        "directors, trustees, coordinators, spokespeople of charities; volunteers by relative clause",
        charity_staff,
    ),
    _named(
        "fundraising_appeals",
        "heldout79",
        "appeal names; totals raised; an appeal letter; volunteers thanked; asked about the shortfall",
        fundraising_appeals,
    ),
    _named(
        "scripture_hymns", "heldout79", "hymn lines sung and verses read beside own words", scripture_hymns
    ),
    _named("pronouns", "heldout79", "pronouns across people of both and of the same gender", pronouns),
    _named(
        "second_refs",
        "heldout79",
        "FORM SURNAME; the bishop; the director; the spokeswoman; age; after a second person",
        second_refs,
    ),
    _named("split_quotes", "heldout79", '"C1," FORM NAME said, "c2."', split_quotes),
    _named(
        "indirect_cues",
        "heldout79",
        "insisted, warned, conceded, lamented; According to; wrote; posted; fronted",
        indirect_cues,
    ),
    _named("mixed_quotes", "heldout79", 'called X "F"; described X as "F"; in NAME\'s words', mixed_quotes),
    _named(
        "unnamed_sources",
        "heldout79",
        "a parishioner who asked not to be named; one volunteer; according to",
        unnamed_sources,
    ),
    _named(
        "community_voices",
        "heldout79",
        "users, volunteers and worshippers; posts and tweets; at a vigil; the answer is simple:",
        community_voices,
    ),
    _named(
        "articles", "heldout79", "food bank appeal, church closure, mosque open day, shelter winter", articles
    ),
    _named("controls", "heldout79", "nicknames, slogans, scare terms, titles, banners nobody says", controls),
)
