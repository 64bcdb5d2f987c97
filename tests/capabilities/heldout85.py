"""Eighty-fifth held-out round: capabilities written at commit ``ee801197`` by a helper (``hcap91``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout85data.py``: thirty invented housing ministers and shadow
ministers, council planning chiefs, committee chairs and council leaders, developers' executives and
spokespeople, estate agents, surveyors, economists at lenders and property consultancies, mortgage brokers,
landlords, tenants' union organisers, campaigners and residents' leaders, architects, building-safety and
social-housing regulators, housing association chiefs, planning inspectors and housing lawyers of Welsh,
Hungarian, Yoruba, Korean, Greek, Finnish, Bengali, Italian, Turkish, Czech, Somali, Chilean, Vietnamese,
Swedish and Jamaican origin, each with a gender and an age, and ten tenants known by a first name only; posts
with their bodies and short second references; councils, developers, housing associations, lenders,
regulators, tenants', residents' and landlords' groups that issue statements, some of one word; house-price
indices, surveys, assessments, officers' and inspectors' reports and petitions; outlets, scenes, schemes,
buildings, courts, inquiry venues, towns and dates; tenants' jobs and homes; quotations, reported clauses,
pointed fragments and split quotations for each kind of speaker; scheme names, building nicknames, report
titles, policy names, television shows, banners, slogans and scare terms in marks) as a round of HOUSING,
PROPERTY AND PLANNING as a housing and property correspondent writes them: every case is a short passage (one
to five sentences, or a short article of four paragraphs) with one to three people, and every quotation checks
the content (the marks and the words inside them for a direct quotation; the reported clause, with or without
its *that*, for an indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one),
the kind, the canonical full name and, whenever the text states one, the title with `Contains` of the role
noun and each affiliation stated, with `wrong_speakers` for every other person, body, outlet, document,
committee, court, scene and venue in the passage.

Conventions: a document speaks for itself or for the body that publishes it: a house-price index or a survey
(*C, according to INDEX*; *INDEX found that C*) is the index's (*Northmere house price index*, *index*,
*survey*, ...) or its publisher's; a petition organised by a group is the petition's or the group's; *The
inspector's report ... concluded that C* (no inspector named) is the report's or the inspector's, its author
(as a board's report is the board's); an assessment or survey of a building *commissioned by* a housing
association is the document's, never the association's (it commissioned the words, it did not write them);
*According to a report by REGULATOR, C* is the report's or the regulator's. *In their report to the committee,
planning officers recommended that C* is the officers' or the report's. A statement, a post on a body's
website and a body's *said* speak for the body; an unnamed spokesperson (*A spokeswoman for BODY said C*)
gives no speaker, the description or the body; a letter from an unnamed landlord (*A letter from her landlord,
seen by OUTLET, said C*) gives no speaker, the letter or the landlord, never the tenant or the outlet; *the
family of NAME said* gives no speaker or the family, never NAME. *Councillor*, *District Judge* and *Dr* may
stay in the name; an appositive post (*a leaseholder at Larch House*, *a nurse who rents ...*, *NAME's
landlord, OTHER,*, *Counsel for COUNCIL, NAME,*) is the title; a relative clause (*who has lived on Orchard
Lane for 30 years*, *who rents a flat on the Kilnworth estate*, *who sits on the planning committee*) states
no title, and neither do an age or a town, so the title is not checked there; *Its ROLE, NAME,* after a body
checks the role noun. An act with an object and no words (*apologised to buyers*, *ordered OWNER to replace
the fire doors*, *raised its rates*, *held interest rates*, *voted to approve*, *rejected the claim*) may come
out as the doer's report or nothing; *declined to comment* as NAME's report or nothing; *NAME is expected to*
as a report with no speaker or nothing; *Asked about X* / *Asked by the inspector whether X* with no speaker
or the inspector; *The inquiry heard that C* is no one's (or no quotation); the inspector addressed (*told the
inspector, OTHER, that C*) never speaks C; *NAME said C, according to a transcript of the inquiry* may come
out as NAME's report of C or the transcript's report of the whole sentence; the figures a lender publishes
(*The figures, published by LENDER, show that C*) may come out with no speaker, the figures or the lender.
`accused BODY of "F"` is a mixed report of `BODY of "F"`, of `of "F"` or the fragment alone (direct or mixed).
A report followed by the same speaker's uncredited quotation (*NAME said C. "Q."*) may come out as the two or
as one mixed content; a split quotation, and a quotation continued in an uncredited sentence after its credit,
may come out as two quotations or one span with its credit inside. Scheme names, building nicknames, report
titles, policy names, television shows and scare terms in marks are no quotation; a banner's words may come
out as a quotation with no speaker.

Key fixes after the one run (no case weakened): *The inspector's report, published on DAY, concluded that C*
accepted only the report, not its author, the inspector, whom the conventions accept for a document as they
accept a board for its own report (nine cases; the inspector is now accepted, and no other speaker). A clause
without *that* after *maintained* reads as the verb's object (*maintained repairs to the damp flats*,
*maintained a survey of all 3,000 homes*), a garden path a sub-editor would mend with *that*, so the no-*that*
shape of `indirect_cues` takes its cue from the open cues without *maintained* (as without *warned* and
*cautioned*; two texts changed). Apart from that one accepted name, no expected speaker, title, kind or
content was changed.

1. housing ministers and shadow ministers: `told a news conference at SCENE:`, inverted `said NAME, POST`,
   `POST NAME told reporters at SCENE that`, `Opening HOMES on DAY,` (a ribbon-cutting), open cues, `told
   OUTLET`, `PRONOUN added`, `In a post on social media, ... wrote:`, a four-paragraph article with the shadow
   minister's reply and a surname, a fronted clause, a report then an uncredited quotation, `Asked about
   SCHEME,` (`ministers`);
2. council planning: `told the committee:`, an inverted credit after the committee's vote, the council's
   statement, an unnamed spokesperson, planning officers' recommendation, `COUNCIL said C. Its ROLE, NAME,
   added:`, `adding that`, `Councillor NAME, who sits on the planning committee`, `In a letter to residents,
   ... wrote that`, `declined to comment on the appeal but said`, `According to COUNCIL,`, a four-paragraph
   article with the developer's statement (`council_planning`);
3. developers: `DEV said in a statement that`, `"Q," DEV said in a statement.`, `A statement from DEV read:`,
   an executive's colon credit, `apologised to buyers and said`, an unnamed spokesperson, `DEV, which is
   building SCHEME, said C. Its ROLE, NAME, added:`, `adding that`, `In a post on its website,`, `said X was
   "F"`, a campaigner's `accused DEV of "F"` and the rejection, `Asked whether the scheme would go ahead,`
   (`developers`);
4. the market: `C, according to INDEX.`, `INDEX found that`, agents', surveyors' and economists' inverted and
   plain credits, `C, according to NAME, POST.`, `Commenting on the figures,`, `told OUTLET that`, a lender's
   report then its economist, `In a note to clients, ... wrote that`, the figures a lender published,
   `described X as "F"`, `NAME, who runs an estate agency in TOWN, said X was "F"` (`market_commentary`);
5. lenders and mortgage rates: the lender's report, a rise then a broker's quotation, colon credits, `told
   OUTLET`, `According to NAME, POST,`, `In a statement, LENDER said:`, an unnamed spokesperson, `warned
   that`, the central bank's hold then an economist, a report then an uncredited quotation, `said X was "F"`,
   a fronted clause (`lenders_rates`);
6. landlords and tenants: `NAME, AGE, who rents ..., said:`, a tenant by first name only, `"Q," said FIRST,
   AGE, whose rent has risen`, a landlord's report, a job then a pronoun, an organiser's colon credit,
   `TENANT's landlord, NAME, told OUTLET that`, a landlord's letter seen by OUTLET, a tenant and a landlord,
   `accused landlords on the estate of "F"`, the tenants' union then its organiser, the landlords' association
   then an organiser's reply (`landlords_tenants`);
7. evictions: `whose family faces eviction from PLACE`, an eviction notice then a pronoun, bailiffs then an
   organiser's inverted credit, `District Judge NAME said`, the landlord's statement beside the tenant,
   `TENANT's lawyer, NAME, told the court that`, the family's statement, a four-paragraph article with a
   housing association's statement, a housing association's report beside the tenant's, `told OUTLET:`, `said
   the eviction was "F"`, a housing lawyer (`evictions`);
8. residents against schemes: a residents' leader's colon credit, a resident by relative clause, `In a letter
   of objection to COUNCIL, NAME wrote:`, objections then a campaigner, a banner then a real quotation, a
   residents' group statement, `said the tower would be "F"`, a petition, a campaigner and a developer,
   `Neighbour NAME told OUTLET that`, a job and `warned that`, `told councillors before the vote`
   (`residents_objections`);
9. building safety: a regulator's report, its statement, `The ASSESSMENT of BUILDING, commissioned by HA,
   found that`, a leaseholder's colon credit, a surveyor's `said X was "F"`, `According to a report by
   REGULATOR,`, an inverted credit, bills then a leaseholder's report and `PRONOUN added`, a developer and a
   regulator, an order then a surname, an architect, a fronted clause of the regulator (`building_safety`);
10. public inquiries: `Opening the inquiry at VENUE on DAY, the inspector, NAME, said`, `Counsel for COUNCIL,
    NAME, told the inquiry that`, `The inquiry heard that`, `Giving evidence, NAME, POST, said`, `Asked by the
    inspector whether X, NAME, POST, replied:`, `told the inspector, OTHER, that`, `"Q," the inspector said.`,
    `In her report, the inspector, NAME, concluded that`, `The inspector's report ... concluded that`,
    `according to a transcript of the inquiry`, a barrister's mixed report, `told the inquiry at VENUE`
    (`inquiries`);
11. pronouns across people of both and of the same gender, within a passage, across paragraphs, in a letter
    and in a four-paragraph article (`pronouns`);
12. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age, `Ms/Mr SURNAME`, `Councillor SURNAME`, `Dr SURNAME`, two roles across paragraphs
    (`second_refs`);
13. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `admitted`, `wrote in a letter to residents`, `told councillors`, an uncredited
    continuation (`split_quotes`);
14. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`,
    `wrote in OUTLET that`, `has said repeatedly that` (`indirect_cues`);
15. controls: a scheme's marketing name, a block's nickname, a report's title, a policy's name, a banner, a
    scare term, narrative paragraphs, *declined to comment*, *is expected to*, a television show, one real
    quotation beside a campaign slogan, one beside a scheme's name (`controls`)."""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout85data import (
    ACCUSE85,
    AGENT85,
    ALLMARKS85,
    ARCH85,
    ASSESSMENTS85,
    BANNERS85,
    BARECUES85,
    BODIES85,
    BODYCLAUSES85,
    BODYQUOTES85,
    BROKER85,
    BUILDINGS85,
    BUILTCLAUSES85,
    CLAUSES85,
    CONCLUSIONS85,
    COUNCIL85,
    COURTS85,
    CUES85,
    DATES85,
    DEFECTS85,
    DEV85,
    ECON85,
    EVICTFROM85,
    FINDINGS85,
    FIRSTS85,
    FRAGS85,
    FRONTCUES85,
    HOMES85,
    INDEXES85,
    INQANSWERS85,
    INQQUESTIONS85,
    INSPECTOR85,
    JOBS85,
    JUDGE85,
    LANDLORD85,
    LAW85,
    LEASECLAUSES85,
    LEASEQUOTES85,
    LETTERS85,
    LOSSES85,
    MARKS85,
    MIN85,
    NARRATIVE85,
    NICKS85,
    OPENINGS85,
    OUTLETS85,
    PEOPLE85,
    PETITIONS85,
    PLURALS85,
    POLICIES85,
    POSTS85,
    QUOTES85,
    RECS85,
    RESIDENT85,
    SAFETY85,
    SCARE85,
    SCENES85,
    SCHEMENAMES85,
    SCHEMES85,
    SHOWS85,
    SPLITS85,
    SURVEY85,
    TENANT85,
    TITLES85,
    TOWNS85,
    VENUES85,
    Body85,
    Post85,
)
from heldout_kit import Mark, Person, keyed_case, one_of, other_person, segmented, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import recorded_report as _recorded
from heldout_kit import report as _r
from heldout_kit import report_then_quote as _then_quote
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that
from heldout_kit import unless_recorded as _mine
from heldout_kit import unnamed_source as _anon

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    return keyed_case(template, text, ex, people, [o for o in others if o], forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE85, p, step, gender=gender, avoid=avoid)


def _t(p: Post85) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _qt(pool: Post85 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post85) else pool
    return _pick(QUOTES85[key], n)


def _cl(pool: Post85 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post85) else pool
    return _pick(CLAUSES85[key], n)


def _bodies(kind: str) -> tuple[Body85, ...]:
    return tuple(b for b in BODIES85 if b.kind == kind)


def _body(name: str) -> Body85:
    """A body of the round by its name (with or without *the*)."""
    bare = name[4:] if name.startswith(("The ", "the ")) else name
    for b in BODIES85:
        if b.bare == bare:
            return b
    raise ValueError(f"no body named {name!r}")


def _bq(kind: str, n: int) -> str:
    """The *n*-th quotation of a body's statement of *kind*."""
    return _pick(BODYQUOTES85[kind], n)


def _bc(kind: str, n: int, *, plain: bool = False) -> str:
    """The *n*-th reported clause of a body's statement of *kind* (*plain*: none whose subject is the body's
    `it`, for `According to BODY, C`)."""
    pool = BODYCLAUSES85[kind]
    if plain:
        pool = tuple(c for c in pool if not c.startswith(("it ", "its ")))
    return _pick(pool, n)


def _post2(n: int, taken: Post85, pool: Sequence[Post85] = POSTS85) -> Post85:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post85) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post85) -> str:
        return f"{p.after} {p.pre}".replace("{s}", "spokes").lower()

    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if (
            p.family != taken.family
            and (p.body != taken.body or not p.body)
            and noun(p).lower() not in post(taken)
            and noun(taken).lower() not in post(p)
        ):
            return p
    raise ValueError("no second post")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout85.{name}", "heldout85", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS85, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE85, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE85.index(p), shape, r)


def _two_reports(text: str, c: str, c2: str, who: Who, title: TitleSpec = ANY) -> list[Expect]:
    """`... said C, adding that C2.`: two reports, each with or without *that*, or one of both clauses."""
    return _alts(
        text,
        [_r(c, who, title), _r(f"that {c2}", who, title)],
        [_r(c, who, title), _r(c2, who, title)],
        [_r(f"that {c}", who, title), _r(f"that {c2}", who, title)],
        [_r(f"that {c}", who, title), _r(c2, who, title)],
        [_r(f"{c}, adding that {c2}", who, title)],
        [_r(f"that {c} and that {c2}", who, title)],
        [_r(f"{c} and that {c2}", who, title)],
    )


def _accused(text: str, target: str, fq: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`accused TARGET of "F"`: the target with the fragment, `of "F"`, or the fragment alone."""
    options = ((f"{target} of {fq}", ("mixed",)), (f"of {fq}", ("mixed",)), (fq, ("direct", "mixed")))
    return segmented(text, options, who, title)


def _was(obj: str) -> str:
    """The past of *be* that agrees with *obj*."""
    return "were" if obj in PLURALS85 else "was"


def _spokes(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


# --- 1. housing ministers -----------------------------------------------------------------------------------


def ministers() -> Iterator[Case]:
    """`FULL, POST, told a news conference at SCENE: "Q."`; `"Q," said FULL, POST.`; `POST FULL told reporters
    at SCENE that C.`; `Opening HOMES on DAY, FULL, POST, said C.` (the shadow minister is *Visiting*); `FULL,
    POST, CUE that C.`; `"Q," FULL, POST, told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; `In a post
    on social media, FULL, POST, wrote: "Q."`; a four-paragraph article (the rules, the minister's report, the
    shadow minister's report, `"Q," SURNAME said.`); `C, FULL, POST, CUE.` (fronted); `FULL, POST, said C.
    "Q."`; `Asked about SCHEME, FULL, POST, said C.` Key: FULL's with POST; the scene, outlet and the other
    minister never; the question no one's."""
    for a, shape, m, r in sample(_combos(12), 245, "ho85-ministers"):
        k = _slot(a, shape, r)
        p = _pick(MIN85, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene, outlet, date = _pick(SCENES85, k), _pick(OUTLETS85, k), _pick(DATES85, k)
        people: tuple[Person, ...] = (a,)
        others = [scene, outlet]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told a news conference at {scene}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told reporters at {scene} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            verb = "Opening" if p.pool == "minister" else "Visiting"
            text = f"{verb} {_pick(OPENINGS85, k)} on {date}, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, {_pick(CUES85, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"{q} {a.full}, {p.a(a)}, told {outlet}."
            ex = [_d(q, a, t)]
        elif shape == 6:
            q2 = m.q(_qt(p, k + 1) + ",")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2} {a.pronoun} added."
            ex = [_that(text, c, a, t), _d(q2, a, t)]
        elif shape == 7:
            text = f"In a post on social media, {a.full}, {p.a(a)}, wrote: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 8:
            pm, ps = MIN85
            b = _other(a, k)
            cm, cs = _cl(pm, k), _cl(ps, k)
            qm = m.q(_qt(pm, k + 1) + ",")
            text = _article(
                f"The government set out its new planning rules on {date}.",
                f"{a.full}, {pm.a(a)}, said {cm}.",
                f"{b.full}, {ps.a(b)}, said {cs}.",
                f"{qm} {a.last} said.",
            )
            ex, people = [_that(text, cm, a, _t(pm)), _that(text, cs, b, _t(ps)), _d(qm, a, _t(pm))], (a, b)
        elif shape == 9:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {_pick(FRONTCUES85, k)}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 10:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        else:
            asked = f"Asked about {_pick(SCHEMES85, k)[0]}"
            text = f"{asked}, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, asked)]
        yield _case(f"ho85-ministers-{shape}", text, ex, people, others)


# --- 2. council planning ------------------------------------------------------------------------------------


def council_planning() -> Iterator[Case]:
    """`FULL, POST, told the committee: "Q."`; `The planning committee voted 7-4 on DAY to approve SCHEME.
    "Q," said FULL, POST.`; `COUNCIL said in a statement that C.`; `A spokes-noun for COUNCIL said C.`
    (unnamed); `In their report to the committee, planning officers recommended that REC.`; `COUNCIL said C.
    Its ROLE, FULL, added: "Q."`; `POST FULL said C, adding that C2.`; `Councillor FULL, who sits on the
    planning committee, said: "Q."`; `In a letter to residents, FULL, POST, wrote that C.`; `FULL, POST,
    declined to comment on the appeal but said C.`; `According to COUNCIL, C.`; a four-paragraph article (the
    meeting, FULL's report, the developer's statement, `"Q," SURNAME said.`). Key: FULL's with POST; the
    council speaks for itself; the officers' recommendation the officers' or the report's; the committee, the
    residents and the developer never (the developer's statement its own)."""
    for a, shape, m, r in sample(_combos(12), 265, "ho85-council"):
        k = _slot(a, shape, r)
        p = _pick(COUNCIL85, k)
        t, mine, sb = _t(p), _body(p.body), _pick(_bodies("council"), k + r)
        q, qs, c, c2 = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + "."), _cl(p, k), _cl(p, k + 1)
        scheme, date = _pick(SCHEMES85, k)[0], _pick(DATES85, k)
        people: tuple[Person, ...] = (a,)
        others = [mine.bare, "committee", "planning committee"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told the committee: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            vote = f"The planning committee voted 7-4 on {date} to approve {scheme}."
            text = f"{vote} {q} said {a.full}, {p.a(a)}."
            ex = [*tolerate(text, vote, ("planning committee", "committee")), _d(q, a, t)]
            others = [mine.bare]
        elif shape == 2:
            bc = _bc("council", k)
            text = f"{sb.name} said in a statement that {bc}."
            ex, people, others = [_that(text, bc, sb.acc)], (), [sb.bare]
        elif shape == 3:
            bc = _bc("council", k)
            spokes = _spokes(a)
            text = f"A {spokes} for {sb.low} said {bc}."
            content = one_of(text, (f"that {bc}", bc))
            ex, people, others = (
                [_anon(text, content, "indirect", (spokes, f"{spokes} for {sb.bare}", *sb.acc))],
                (),
                [],
            )
        elif shape == 4:
            rec = _pick(RECS85, k)
            text = f"In their report to the committee, planning officers recommended that {rec}."
            accs = ("planning officers", "officers", "report", "their report")
            ex, people, others = [_that(text, rec, accs)], (), ["committee"]
        elif shape == 5:
            bc = _bc("council", k)
            role = p.parts[0]
            words = p.sh(a)[4:].replace("council leader", "leader")
            text = f"{mine.name} said {bc}. Its {words}, {a.full}, added: {qs}"
            ex = [_that(text, bc, mine.acc), _d(qs, a, Contains(role))]
            others = ["committee"]
        elif shape == 6:
            text = f"{p.b(a)} {a.full} said {c}, adding that {c2}."
            ex = _two_reports(text, c, c2, a, t)
        elif shape == 7:
            who = (a.full, f"Councillor {a.full}")
            text = f"Councillor {a.full}, who sits on the planning committee, said: {qs}"
            ex = [_d(qs, who)]
        elif shape == 8:
            text = f"In a letter to residents, {a.full}, {p.a(a)}, wrote that {c}."
            ex = [_that(text, c, a, t)]
            others.append("residents")
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, declined to comment on the appeal"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 10:
            bc = _bc("council", k, plain=True)
            text = f"According to {sb.low}, {bc}."
            ex, people, others = [_r(bc, sb.acc)], (), [sb.bare]
        else:
            dev = _pick(_bodies("dev"), k)
            dq = m.q(_bq("dev", k) + ".")
            text = _article(
                f"The planning committee met for almost five hours on {date} to consider {scheme}.",
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{dev.name} said in a statement: {dq}",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _d(dq, dev.acc), _d(q, a, t)]
            others.append(dev.bare)
        yield _case(f"ho85-council-{shape}", text, ex, people, others)


# --- 3. developers ------------------------------------------------------------------------------------------


def developers() -> Iterator[Case]:
    """`DEV said in a statement that C.`; `"Q," DEV said in a statement.`; `A statement from DEV read: "Q."`;
    `FULL, POST, said: "Q."`; `POST FULL apologised to buyers and said C.`; `A spokes-noun for DEV said C.`
    (unnamed); `DEV, which is behind SCHEME, said C. Its ROLE, FULL, added: "Q."`; `DEV said C, adding that
    C2.`; `In a post on its website, DEV said: "Q."`; `FULL, POST, said X was "F".`; `FULL, CAMPAIGNER POST,
    accused DEV of "F". DEV rejected the claim.`; `Asked whether the scheme would go ahead, FULL, POST, said:
    "Q."` Key: the developer speaks for itself (some of one word); FULL for herself with POST; an unnamed
    spokesperson gives no speaker, the description or the developer; the apology may be FULL's or nothing; the
    buyers never; the accusation the campaigner's, never the developer's (the rejection the developer's or
    nothing)."""
    for a, shape, m, r in sample(_combos(12), 270, "ho85-developers"):
        k = _slot(a, shape, r)
        p = _pick(DEV85, k)
        t = _t(p)
        mine = _body(p.body)
        sb = _pick(_bodies("dev"), k + r)
        sc, sc2 = _bc("dev", k), _bc("dev", k + 1)
        qs = m.q(_qt(p, k) + ".")
        bq, bqs = m.q(_bq("dev", k) + ","), m.q(_bq("dev", k) + ".")
        c = _cl(p, k)
        scheme = _pick(SCHEMES85, k)[0]
        people: tuple[Person, ...] = (a,)
        others = [mine.bare]
        if shape == 0:
            text = f"{sb.name} said in a statement that {sc}."
            ex, people, others = [_that(text, sc, sb.acc)], (), [sb.bare]
        elif shape == 1:
            text = f"{bq} {sb.name} said in a statement."
            ex, people, others = [_d(bq, sb.acc)], (), [sb.bare]
        elif shape == 2:
            text = f"A statement from {sb.low} read: {bqs}"
            ex, people, others = [_d(bqs, sb.acc)], (), [sb.bare]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{p.b(a)} {a.full} apologised to buyers and said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, "apologised to buyers", (a.full,))]
            others.append("buyers")
        elif shape == 5:
            spokes = _spokes(a)
            text = f"A {spokes} for {sb.low} said {sc}."
            content = one_of(text, (f"that {sc}", sc))
            ex, people = [_anon(text, content, "indirect", (spokes, f"{spokes} for {sb.bare}", *sb.acc))], ()
            others = []
        elif shape == 6:
            words = p.sh(a)[4:]
            text = f"{mine.name}, which is behind {scheme}, said {sc}. Its {words}, {a.full}, added: {qs}"
            ex = [_that(text, sc, mine.acc), _d(qs, a, Contains(p.parts[0]))]
        elif shape == 7:
            text = f"{sb.name} said {sc}, adding that {sc2}."
            ex, people, others = _two_reports(text, sc, sc2, sb.acc), (), [sb.bare]
        elif shape == 8:
            text = f"In a post on its website, {sb.low} said: {bqs}"
            ex, people, others = [_d(bqs, sb.acc)], (), [sb.bare]
        elif shape == 9:
            obj, frag = _pick(FRAGS85["dev"], k)
            clause = f"{obj} {_was(obj)} {m.q(frag)}"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 10:
            cp = _pick(RESIDENT85, k)
            fq = m.q(_pick(ACCUSE85["dev"], k))
            region = f"{mine.name} rejected the claim."
            text = f"{a.full}, {cp.a(a)}, accused {mine.low} of {fq}. {region}"
            ex = [_accused(text, mine.low, fq, a, _t(cp)), *tolerate(text, region, mine.acc)]
            others.append(_body(cp.body).bare)
        else:
            asked = "Asked whether the scheme would go ahead"
            text = f"{asked}, {a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t), *tolerate(text, asked)]
        yield _case(f"ho85-developers-{shape}", text, ex, people, others)


# --- 4. the market ------------------------------------------------------------------------------------------

#: Posts whose holders comment on the market.
MARKETPOSTS85 = (*AGENT85, *SURVEY85, *ECON85)


def market_commentary() -> Iterator[Case]:
    """`C, according to INDEX.`; `INDEX found that C.`; `"Q," said FULL, POST.`; `FULL, POST, said C.`; `C,
    according to FULL, POST.`; `Commenting on the figures, FULL, POST, said: "Q."`; `FULL, POST, told OUTLET
    that C.`; `LENDER said C. Its ROLE, FULL, said: "Q."`; `In a note to clients, FULL, POST, wrote that C.`;
    `The figures, published by LENDER on DAY, show that C. FULL, POST, said: "Q."`; `FULL, POST, described X
    as "F".`; `FULL, who runs an estate agency in TOWN, said X was "F".` Key: the index or survey speaks (or
    its publisher); FULL's words with POST; the outlet, the clients and the firm never; the published figures
    no one's, the figures' or the lender's."""
    for a, shape, m, r in sample(_combos(12), 240, "ho85-market"):
        k = _slot(a, shape, r)
        p = _pick(MARKETPOSTS85, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        idx, iacc, pub = _pick(INDEXES85, k + r)
        publisher = _body(pub).acc if pub != "Tallis Grange" else ("Tallis Grange",)
        finding = _pick(FINDINGS85, k)
        outlet, date = _pick(OUTLETS85, k), _pick(DATES85, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{_cap(finding)}, according to {idx}."
            ex, people, others = [_r(_cap(finding), (*iacc, *publisher))], (), []
        elif shape == 1:
            text = f"{_cap(idx)} found that {finding}."
            ex, people, others = [_that(text, finding, (*iacc, *publisher))], (), []
        elif shape == 2:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"{_cap(c)}, according to {a.full}, {p.a(a)}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 5:
            text = f"Commenting on the figures, {a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            ep = _pick(ECON85[:2], k)
            lender = _body(ep.body)
            lc = _bc("lender", k)
            eq = m.q(_qt(ep, k) + ".")
            text = f"{lender.name} said {lc}. Its {ep.parts[0]}, {a.full}, said: {eq}"
            ex = [_that(text, lc, lender.acc), _d(eq, a, Contains(ep.parts[0]))]
        elif shape == 8:
            text = f"In a note to clients, {a.full}, {p.a(a)}, wrote that {c}."
            ex = [_that(text, c, a, t)]
            others.append("clients")
        elif shape == 9:
            lender = _pick(_bodies("lender"), k)
            figures = f"The figures, published by {lender.low} on {date}, show that {finding}."
            text = f"{figures} {a.full}, {p.a(a)}, said: {qs}"
            ex = [*tolerate(text, figures, ("figures", *lender.acc)), _d(qs, a, t)]
            others.append(lender.bare)
        elif shape == 10:
            obj, frag = _pick(FRAGS85[p.pool], k)
            fq = m.q(frag)
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        else:
            obj, frag = _pick(FRAGS85["agent"], k)
            clause = f"{obj} {_was(obj)} {m.q(frag)}"
            text = f"{a.full}, who runs an estate agency in {_pick(TOWNS85, k)}, said {clause}."
            ex, others = [_mixed(text, clause, a)], []
        yield _case(f"ho85-market-{shape}", text, ex, people, others)


# --- 5. lenders and mortgage rates --------------------------------------------------------------------------

#: Posts whose holders comment on mortgage rates.
RATEPOSTS85 = (*BROKER85, *ECON85, *BROKER85)


def lenders_rates() -> Iterator[Case]:
    """`LENDER said C.`; `LENDER raised its rates on DAY. "Q," said FULL, POST.`; `FULL, POST, said: "Q."`;
    `"Q," FULL, POST, told OUTLET.`; `According to FULL, POST, C.`; `In a statement, LENDER said: "Q."`; `A
    spokes-noun for LENDER said C.` (unnamed); `FULL, POST, warned that C.`; `The Central Reserve held
    interest rates at 4.5 per cent on DAY. FULL, POST, said C.`; `FULL, POST, said C. "Q."`; `FULL, POST, said
    X was "F".`; `C, FULL, POST, CUE.` (fronted). Key: the lender speaks for itself (one of one word); FULL
    for herself with POST; the rise and the hold the doer's or nothing; the outlet and the Central Reserve
    never speak FULL's words."""
    for a, shape, m, r in sample(_combos(12), 240, "ho85-lenders"):
        k = _slot(a, shape, r)
        p = _pick(RATEPOSTS85, k)
        t = _t(p)
        lender = _pick(_bodies("lender"), k + r)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        lc = _bc("lender", k)
        outlet, date = _pick(OUTLETS85, k), _pick(DATES85, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet, lender.bare]
        if shape == 0:
            text = f"{lender.name} said {lc}."
            ex, people, others = [_that(text, lc, lender.acc)], (), [lender.bare]
        elif shape == 1:
            rise = f"{lender.name} raised its rates on {date}."
            text = f"{rise} {q} said {a.full}, {p.a(a)}."
            ex = [*tolerate(text, rise, lender.acc), _d(q, a, t)]
        elif shape == 2:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 3:
            text = f"{q} {a.full}, {p.a(a)}, told {outlet}."
            ex = [_d(q, a, t)]
        elif shape == 4:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 5:
            lq = m.q(_bq("lender", k) + ".")
            text = f"In a statement, {lender.low} said: {lq}"
            ex, people, others = [_d(lq, lender.acc)], (), [lender.bare]
        elif shape == 6:
            spokes = _spokes(a)
            text = f"A {spokes} for {lender.low} said {lc}."
            content = one_of(text, (f"that {lc}", lc))
            descs = (spokes, f"{spokes} for {lender.bare}", *lender.acc)
            ex, people, others = [_anon(text, content, "indirect", descs)], (), []
        elif shape == 7:
            text = f"{a.full}, {p.a(a)}, warned that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 8:
            hold = f"The Central Reserve held interest rates at 4.5 per cent on {date}."
            text = f"{hold} {a.full}, {p.a(a)}, said {c}."
            ex = [*tolerate(text, hold, ("Central Reserve",)), _that(text, c, a, t)]
            others = [p.body, "Central Reserve"]
        elif shape == 9:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        elif shape == 10:
            obj, frag = _pick(FRAGS85[p.pool], k)
            clause = f"{obj} {_was(obj)} {m.q(frag)}"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        else:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {_pick(FRONTCUES85, k)}."
            ex = [_r(_cap(c), a, t)]
        yield _case(f"ho85-lenders-{shape}", text, ex, people, others)


# --- 6. landlords and tenants -------------------------------------------------------------------------------


def landlords_tenants() -> Iterator[Case]:
    """`FULL, AGE, who rents ..., said: "Q."`; `A tenant who gave only her first name, FIRST, said: "Q."`;
    `"Q," said FIRST, AGE, whose rent has risen by £150 a month.`; `FULL, LANDLORD POST, said C.`; `FULL, a
    JOB who rents ..., said C. "Q," PRONOUN said.`; `FULL, ORGANISER POST, said: "Q."`; `TENANT's landlord,
    FULL, told OUTLET that C.`; `TENANT rents ... A letter from POSS landlord, seen by OUTLET, said C.`;
    `TENANT said the rent had gone up by a third. FULL, LANDLORD POST, said: "Q."`; `FULL, POST, accused
    landlords on the estate of "F".`; `UNION said C. Its ROLE, FULL, added: "Q."`; `The Private Landlords
    Association said C. FULL, POST, responded: "Q."` Key: each person's words their own (a first name alone
    the whole name, a job the title, *TENANT's landlord* the landlord's title); the tenant never speaks her
    landlord's words, nor the landlord hers; the letter no one's, the letter's or the landlord's; the outlet
    never."""
    for a, shape, m, r in sample(_combos(12), 240, "ho85-landlords"):
        k = _slot(a, shape, r)
        lp, tp, f, b = _pick(LANDLORD85, k), _pick(TENANT85, k), _pick(FIRSTS85, k), _other(a, k)
        q, qs = m.q(_qt("rent", k) + ","), m.q(_qt("rent", k) + ".")
        rc, lc, home, outlet = _cl("rent", k), _cl(lp, k), _pick(HOMES85, k), _pick(OUTLETS85, k)
        people: tuple[Person, ...] = (a,)
        others = [outlet]
        if shape == 0:
            text = f"{a.full}, {a.age}, {home}, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            text = f"A tenant who gave only {f.poss} first name, {f.full}, said: {qs}"
            ex, people = [_d(qs, f)], (f,)
        elif shape == 2:
            text = f"{q} said {f.full}, {f.age}, whose rent has risen by £150 a month."
            ex, people = [_d(q, f)], (f,)
        elif shape == 3:
            text = f"{a.full}, {lp.a(a)}, said {lc}."
            ex = [_that(text, lc, a, _t(lp))]
            others.append(lp.body)
        elif shape == 4:
            job, jn = _pick(JOBS85, k)
            text = f"{a.full}, a {job} {home}, said {rc}. {q} {a.pronoun} said."
            ex = [_that(text, rc, a, Contains(jn)), _d(q, a, Contains(jn))]
        elif shape == 5:
            tq = m.q(_qt(tp, k) + ".")
            text = f"{a.full}, {tp.a(a)}, said: {tq}"
            ex = [_d(tq, a, _t(tp))]
            others.append(tp.body)
        elif shape == 6:
            text = f"{_poss(b.full)} landlord, {a.full}, told {outlet} that {lc}."
            ex, people = [_that(text, lc, a, Contains("landlord"))], (a, b)
        elif shape == 7:
            letter = _pick(LETTERS85, k)
            text = f"{a.full} {home[4:]}. A letter from {a.poss} landlord, seen by {outlet}, said {letter}."
            content = one_of(text, (f"that {letter}", letter))
            descs = ("letter", f"letter from {a.poss} landlord", "landlord", f"{a.poss} landlord")
            ex = [_anon(text, content, "indirect", descs)]
        elif shape == 8:
            clause = f"the rent on {a.poss} flat had gone up by a third"
            lq = m.q(_qt(lp, k) + ".")
            text = f"{a.full} said {clause}. {b.full}, {lp.a(b)}, said: {lq}"
            ex, people = [_that(text, clause, a), _d(lq, b, _t(lp))], (a, b)
            others.append(lp.body)
        elif shape == 9:
            fq = m.q(_pick(ACCUSE85["tenant"], k))
            text = f"{a.full}, {tp.a(a)}, accused landlords on the estate of {fq}."
            ex = [_accused(text, "landlords on the estate", fq, a, _t(tp))]
            others += [tp.body, "landlords"]
        elif shape == 10:
            union = _body(tp.body)
            tq = m.q(_qt(tp, k + 1) + ".")
            uc = _bc("tenant", k)
            words = tp.parts[0]
            text = f"{union.name} said {uc}. Its {words}, {a.full}, added: {tq}"
            ex = [_that(text, uc, union.acc), _d(tq, a, Contains(words))]
        else:
            pla = _body("Private Landlords Association")
            plc = _bc("landlord", k)
            tq = m.q(_qt(tp, k) + ".")
            text = f"{pla.name} said {plc}. {a.full}, {tp.a(a)}, responded: {tq}"
            ex = [_that(text, plc, pla.acc), _d(tq, a, _t(tp))]
            others += [pla.bare, tp.body]
        yield _case(f"ho85-landlords-{shape}", text, ex, people, others)


# --- 7. evictions -------------------------------------------------------------------------------------------


def evictions() -> Iterator[Case]:
    """`FULL, whose family faces eviction from PLACE, said: "Q."`; `FULL, AGE, LOSS. "Q," PRONOUN said.`;
    `Bailiffs arrived at PLACE on DAY. "Q," said FULL, POST, who stood outside the door.`; `At COURT on DAY,
    District Judge FULL said C.`; `TENANT has lived in PLACE since 2011. The landlord, FULL, said in a
    statement that C.`; `TENANT's lawyer, FULL, told the court that C.`; `In a statement, the family of TENANT
    said: "Q."`; a four-paragraph article (the eviction, the tenant's report, the housing association's
    statement, `"Q," PRONOUN said.`); `HA said C. TENANT said C2.`; `FULL, who has lived in PLACE for 22
    years, told OUTLET: "Q."`; `FULL, POST, said the eviction was "F".`; `FULL, LAW POST, said C.` Key: the
    tenant speaks, never her landlord, her lawyer or the judge, and none of them speaks hers; the family gives
    no speaker or the family, never the tenant; the court, the bailiffs and the outlet never."""
    for a, shape, m, r in sample(_combos(12), 240, "ho85-evictions"):
        k = _slot(a, shape, r)
        tp, law, b, ha = _pick(TENANT85, k), LAW85[0], _other(a, k), _pick(_bodies("ha"), k)
        q, qs, rc = m.q(_qt("rent", k) + ","), m.q(_qt("rent", k) + "."), _cl("rent", k)
        place, court, outlet, date = (
            _pick(EVICTFROM85, k),
            _pick(COURTS85, k),
            _pick(OUTLETS85, k),
            _pick(DATES85, k),
        )
        people: tuple[Person, ...] = (a,)
        others = ["bailiffs", court]
        if shape == 0:
            text = f"{a.full}, whose family faces eviction from {place}, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            loss = _pick(LOSSES85, k).replace("{date}", date).replace("{poss}", a.poss)
            text = f"{a.full}, {a.age}, {loss}. {q} {a.pronoun} said."
            ex = [_d(q, a)]
        elif shape == 2:
            tq = m.q(_qt(tp, k) + ",")
            text = (
                f"Bailiffs arrived at {place} on {date}. "
                f"{tq} said {a.full}, {tp.a(a)}, who stood outside the door."
            )
            ex = [_d(tq, a, _t(tp))]
            others.append(tp.body)
        elif shape == 3:
            jc = _pick(JUDGE85, k)
            text = f"At {court} on {date}, District Judge {a.full} said {jc}."
            who = (a.full, f"District Judge {a.full}", f"Judge {a.full}")
            ex = [_that(text, jc, who, Contains("judge"))]
        elif shape == 4:
            lc = _cl("landlord", k)
            text = (
                f"{b.full} has lived in {place} since 2011. "
                f"The landlord, {a.full}, said in a statement that {lc}."
            )
            ex, people = [_that(text, lc, a, Contains("landlord"))], (a, b)
        elif shape == 5:
            lawc = _cl(law, k)
            text = f"{_poss(b.full)} lawyer, {a.full}, told the court that {lawc}."
            ex, people = [_that(text, lawc, a, Contains("lawyer"))], (a, b)
            others.append("court")
        elif shape == 6:
            text = f"In a statement, the family of {b.full} said: {qs}"
            descs = ("family", f"family of {b.full}", f"{_poss(b.full)} family")
            ex, people = [_anon(text, qs, "direct", descs)], (b,)
        elif shape == 7:
            hq = m.q(_bq("ha", k) + ".")
            text = _article(
                f"{a.full} and {a.poss} two children were evicted from {place} on {date}.",
                f"{_cap(a.pronoun)} said {rc}.",
                f"{ha.name}, which owns the property, said in a statement: {hq}",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, rc, a), _d(hq, ha.acc), _d(q, a)]
            others.append(ha.bare)
        elif shape == 8:
            hc = _bc("ha", k)
            text = f"{ha.name} said {hc}. {a.full} said {rc}."
            ex = [_that(text, hc, ha.acc), _that(text, rc, a)]
            others.append(ha.bare)
        elif shape == 9:
            text = f"{a.full}, who has lived in {place} for 22 years, told {outlet}: {qs}"
            ex = [_d(qs, a)]
            others.append(outlet)
        elif shape == 10:
            obj, frag = _pick(FRAGS85["tenant"], k)
            clause = f"{obj} {_was(obj)} {m.q(frag)}"
            text = f"{a.full}, {tp.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, _t(tp))]
            others.append(tp.body)
        else:
            lawc = _cl(law, k)
            text = f"{a.full}, {law.a(a)}, said {lawc}."
            ex = [_that(text, lawc, a, _t(law))]
            others.append(law.body)
        yield _case(f"ho85-evictions-{shape}", text, ex, people, others)


# --- 8. residents against schemes ---------------------------------------------------------------------------


def residents_objections() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `"Q," said FULL, who has lived on Orchard Lane for 30 years.`; `In a letter
    of objection to COUNCIL, FULL wrote: "Q."`; `More than 600 residents objected to SCHEME. FULL, POST, said
    C.`; `Residents held a banner reading "B" outside SCENE. FULL, POST, said: "Q."`; `GROUP said in a
    statement that C.`; `FULL, POST, said X would be "F".`; `The petition, organised by GROUP and signed by
    2,300 people, states: "Q."`; `FULL, POST, said C. DEV said C2.`; `Neighbour FULL told OUTLET that C.`;
    `FULL, a JOB who lives opposite the site, warned that C.`; `"Q," FULL, POST, told councillors before the
    vote.` Key: the resident's words her own with the post stated; the group speaks for itself; the petition
    is the petition's or the group's; the banner no one's; the council, the developer, the outlet and the
    councillors never speak the resident's words."""
    for a, shape, m, r in sample(_combos(12), 240, "ho85-residents"):
        k = _slot(a, shape, r)
        p = _pick(RESIDENT85, k)
        t = _t(p)
        group = _body(p.body)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scheme, scene = _pick(SCHEMES85, k)[0], _pick(SCENES85, k)
        council, dev = _pick(_bodies("council"), k), _pick(_bodies("dev"), k)
        outlet = _pick(OUTLETS85, k)
        people: tuple[Person, ...] = (a,)
        others = [group.bare]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, who has lived on Orchard Lane for 30 years."
            ex = [_d(q, a)]
        elif shape == 2:
            text = f"In a letter of objection to {council.low}, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append(council.bare)
        elif shape == 3:
            text = f"More than 600 residents objected to {scheme}. {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
            others.append("residents")
        elif shape == 4:
            region = f"Residents held a banner reading {m.q(_pick(BANNERS85, k))} outside {scene}."
            text = f"{region} {a.full}, {p.a(a)}, said: {qs}"
            ex = [*tolerate(text, region), _d(qs, a, t)]
            others.append(scene)
        elif shape == 5:
            sg = _pick(_bodies("resident"), k + r)
            gc = _bc("resident", k)
            text = f"{sg.name} said in a statement that {gc}."
            ex, people, others = [_that(text, gc, sg.acc)], (), [sg.bare]
        elif shape == 6:
            obj, frag = _pick(FRAGS85["resident"], k)
            clause = f"{obj} would be {m.q(frag)}"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 7:
            pq = m.q(_pick(PETITIONS85, k) + ".")
            text = f"The petition, organised by {group.low} and signed by 2,300 people, states: {pq}"
            ex, people = [_d(pq, ("petition", *group.acc))], ()
            others = []
        elif shape == 8:
            dc = _bc("dev", k)
            text = f"{a.full}, {p.a(a)}, said {c}. {dev.name} said {dc}."
            ex = [_that(text, c, a, t), _that(text, dc, dev.acc)]
            others.append(dev.bare)
        elif shape == 9:
            text = f"Neighbour {a.full} told {outlet} that {c}."
            ex = [_that(text, c, a)]
            others.append(outlet)
        elif shape == 10:
            job, jn = _pick(JOBS85, k)
            text = f"{a.full}, a {job} who lives opposite the site, warned that {c}."
            ex = [_that(text, c, a, Contains(jn))]
        else:
            text = f"{q} {a.full}, {p.a(a)}, told councillors before the vote."
            ex = [_d(q, a, t)]
            others.append("councillors")
        yield _case(f"ho85-residents-{shape}", text, ex, people, others)


# --- 9. building safety -------------------------------------------------------------------------------------


def building_safety() -> Iterator[Case]:
    """`FULL, REGULATOR POST, said C.`; `REGULATOR said in a statement: "Q."`; `The ASSESSMENT of BUILDING,
    commissioned by HA, found that C.`; `FULL, a leaseholder at BUILDING, said: "Q."`; `FULL, SURVEYOR POST,
    said X was "F".`; `According to a report by REGULATOR, C.`; `"Q," said FULL, REGULATOR POST.`;
    `Leaseholders at BUILDING have been sent bills of up to £60,000. FULL, AGE, said C. "Q," PRONOUN added.`;
    `DEV, which built BUILDING in 2009, said C. REGULATOR said C2.`; `POST FULL ordered HA to replace the fire
    doors by DAY. "Q," SURNAME said.`; `FULL, ARCHITECT POST, said C.`; `C, REGULATOR said.` (fronted) Key:
    each person's words their own with the post; the regulator and the developer each speak for themselves;
    the assessment is the assessment's, never the association that commissioned it; the order FULL's or
    nothing; the building never."""
    for a, shape, m, r in sample(_combos(12), 280, "ho85-safety"):
        k = _slot(a, shape, r)
        sp = _pick(SAFETY85, k)
        t, reg, sreg = _t(sp), _body(sp.body), _pick(_bodies("safety"), k + r)
        building, date, ha = _pick(BUILDINGS85, k), _pick(DATES85, k), _pick(_bodies("ha"), k)
        q, c, defect = m.q(_qt(sp, k) + ","), _cl(sp, k), _pick(DEFECTS85, k)
        people: tuple[Person, ...] = (a,)
        others = [reg.bare, building]
        if shape == 0:
            text = f"{a.full}, {sp.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            sq = m.q(_bq("safety", k) + ".")
            text = f"{sreg.name} said in a statement: {sq}"
            ex, people, others = [_d(sq, sreg.acc)], (), [sreg.bare]
        elif shape == 2:
            doc, dacc = _pick(ASSESSMENTS85, k)
            text = f"{doc} of {building}, commissioned by {ha.low}, found that {defect}."
            accs = (*dacc, f"{doc[4:]} of {building}")
            ex, people, others = [_that(text, defect, accs)], (), [ha.bare, building]
        elif shape == 3:
            lq = m.q(_pick(LEASEQUOTES85, k) + ".")
            text = f"{a.full}, a leaseholder at {building}, said: {lq}"
            ex = [_d(lq, a, Contains("leaseholder"))]
            others = [building]
        elif shape == 4:
            sv = SURVEY85[0]
            obj, frag = _pick(FRAGS85["survey"], k)
            clause = f"{obj} {_was(obj)} {m.q(frag)}"
            text = f"{a.full}, {sv.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, _t(sv))]
            others = [sv.body]
        elif shape == 5:
            text = f"According to a report by {sreg.low}, {defect}."
            raccs = ("report", f"report by {sreg.low}", f"report by {sreg.bare}", *sreg.acc)
            ex, people, others = [_r(defect, raccs)], (), []
        elif shape == 6:
            text = f"{q} said {a.full}, {sp.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 7:
            lc = _pick(LEASECLAUSES85, k)
            lq = m.q(_pick(LEASEQUOTES85, k + 1) + ",")
            text = (
                f"Leaseholders at {building} have been sent bills of up to £60,000. "
                f"{a.full}, {a.age}, said {lc}. {lq} {a.pronoun} added."
            )
            ex = [_that(text, lc, a), _d(lq, a)]
            others = [building, "leaseholders"]
        elif shape == 8:
            dev = _pick(_bodies("dev"), k)
            dc, rc = _pick(BUILTCLAUSES85, k), _bc("safety", k)
            text = f"{dev.name}, which built {building} in 2009, said {dc}. {sreg.name} said {rc}."
            ex, people = [_that(text, dc, dev.acc), _that(text, rc, sreg.acc)], ()
            others = [building]
        elif shape == 9:
            region = f"{sp.b(a)} {a.full} ordered {ha.low} to replace the fire doors by {date}."
            text = f"{region} {q} {a.last} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
            others.append(ha.bare)
        elif shape == 10:
            ar = ARCH85[0]
            ac = _cl(ar, k)
            text = f"{a.full}, {ar.a(a)}, said {ac}."
            ex, others = [_that(text, ac, a, _t(ar))], [ar.body]
        else:
            text = f"{_cap(defect)}, {sreg.low} said."
            ex, people, others = [_r(_cap(defect), sreg.acc)], (), [sreg.bare]
        yield _case(f"ho85-safety-{shape}", text, ex, people, others)


# --- 10. public inquiries -----------------------------------------------------------------------------------

#: Posts of witnesses who give evidence at a planning inquiry.
WITNESSES85 = (*COUNCIL85, *DEV85, *RESIDENT85, *ARCH85, *SAFETY85[:1])


def inquiries() -> Iterator[Case]:
    """`Opening the inquiry at VENUE on DAY, the inspector, FULL, said C.`; `Counsel for COUNCIL, FULL, told
    the inquiry that C.`; `The inquiry heard that C. OTHER, POST, is due to give evidence on DAY.`; `Giving
    evidence, FULL, POST, said C.`; `Asked by the inspector whether X, FULL, POST, replied: "Q."`; `FULL,
    POST, told the inspector, OTHER, that C.`; `FULL, INSPECTOR POST, opened the inquiry at VENUE on DAY. "Q,"
    the inspector said.`; `In POSS report, the inspector, FULL, concluded that C.`; `The inspector's report,
    published on DAY, concluded that C.`; `FULL said C, according to a transcript of the inquiry.`; `FULL, a
    barrister representing GROUP, said X would be "F".`; `"Q," FULL, POST, told the inquiry at VENUE.` Key:
    the inspector's and the witnesses' words their own with the post stated; what *the inquiry heard* no
    one's; the inspector addressed never; the question no one's or the inspector's; the report the report's or
    the inspector's; the inquiry, the venue and the group a barrister represents never."""
    for a, shape, m, r in sample(_combos(12), 240, "ho85-inquiries"):
        k = _slot(a, shape, r)
        ins, tins, w, b = INSPECTOR85[0], Contains("inspector"), _pick(WITNESSES85, k), _other(a, k)
        tw, venue, date = _t(w), _pick(VENUES85, k), _pick(DATES85, k)
        ci, cw, concl = _cl(ins, k), _cl(w, k), _pick(CONCLUSIONS85, k)
        people: tuple[Person, ...] = (a,)
        others = ["inquiry", venue, "Planning Appeals Service"]
        if shape == 0:
            text = f"Opening the inquiry at {venue} on {date}, the inspector, {a.full}, said {ci}."
            ex = [_that(text, ci, a, tins)]
        elif shape == 1:
            council, cc = _pick(_bodies("council"), k), _cl("council", k)
            text = f"Counsel for {council.low}, {a.full}, told the inquiry that {cc}."
            ex = [_that(text, cc, a, Contains(("counsel", council.bare)))]
            others.append(council.bare)
        elif shape == 2:
            heard = f"The inquiry heard that {_cl(f'{w.pool}', k + 1)}."
            due = f"{b.full}, {w.a(b)}, is due to give evidence on {date}."
            text = f"{heard} {due}"
            ex, people = [*tolerate(text, heard), *tolerate(text, due, (b.full,))], (b,)
            others.append(w.body)
        elif shape == 3:
            text = f"Giving evidence, {a.full}, {w.a(a)}, said {cw}."
            ex = [_that(text, cw, a, tw)]
            others.append(w.body)
        elif shape == 4:
            asked = f"Asked by the inspector whether {_pick(INQQUESTIONS85, k)}"
            ans = m.q(_pick(INQANSWERS85, k) + ".")
            text = f"{asked}, {a.full}, {w.a(a)}, replied: {ans}"
            ex = [_d(ans, a, tw), *tolerate(text, asked, ("inspector", "the inspector"))]
            others.append(w.body)
        elif shape == 5:
            text = f"{a.full}, {w.a(a)}, told the inspector, {b.full}, that {cw}."
            ex, people = [_that(text, cw, a, tw)], (a, b)
            others.append(w.body)
        elif shape == 6:
            qi = m.q(_qt(ins, k) + ",")
            text = f"{a.full}, {ins.a(a)}, opened the inquiry at {venue} on {date}. {qi} the inspector said."
            ex = [_d(qi, a, _t(ins))]
        elif shape == 7:
            text = f"In {a.poss} report, the inspector, {a.full}, concluded that {concl}."
            ex = [_that(text, concl, a, tins)]
            others.append("report")
        elif shape == 8:
            text = f"The inspector's report, published on {date}, concluded that {concl}."
            ex, people = [_that(text, concl, ("inspector's report", "report", "inspector"))], ()
        elif shape == 9:
            whole = f"{a.full} said {cw}"
            text = f"{whole}, according to a transcript of the inquiry."
            tacc = ("transcript", "transcript of the inquiry")
            ex = _recorded(text, [_that(text, cw, a)], whole, tacc)
            people = _mine(ex, a)
        elif shape == 10:
            group, (obj, frag) = _pick(_bodies("resident"), k), _pick(FRAGS85["resident"], k)
            clause = f"{obj} would be {m.q(frag)}"
            text = f"{a.full}, a barrister representing {group.low}, said {clause}."
            ex = [_mixed(text, clause, a, Contains(("barrister", group.bare)))]
            others.append(group.bare)
        else:
            qw = m.q(_qt(w, k) + ",")
            text = f"{qw} {a.full}, {w.a(a)}, told the inquiry at {venue}."
            ex = [_d(qw, a, tw)]
            others.append(w.body)
        yield _case(f"ho85-inquiries-{shape}", text, ex, people, others)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, visited SCENE. "Q," PRONOUN said.` (genders differ); `FULL said C.
    OTHER, POST2, disagreed. "Q," PRONOUN said.` (same gender: OTHER); paragraphs `FULL said C.`, `OTHER
    responded: "Q2."`, `"Q," PRONOUN added.` (genders differ: FULL); `FULL toured SCENE with OTHER on DAY.
    Afterwards, PRONOUN told reporters that C.` (same gender: the subject FULL); `"Q," OTHER told FULL.
    PRONOUN replied: "Q2."` (genders differ); `FULL, POST, spoke first. "Q," PRONOUN said. OTHER, POST2,
    followed. "Q2," PRONOUN said.` (same gender); `FULL said POSS team had checked every figure. "Q," PRONOUN
    said.`; `FULL, POST, said C; OTHER stood beside OBJ.` then `PRONOUN later told OUTLET: "Q2."` (genders
    differ); a four-paragraph article whose last paragraph is `"Q," PRONOUN said.` after OTHER's report
    (genders differ: FULL); `FULL, POST, wrote to OTHER, POST2, on DAY. In the letter, PRONOUN said C.` (same
    gender: the writer). Key: as a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho85-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS85, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5, 9)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES85, k), _pick(OUTLETS85, k), _pick(DATES85, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, scene]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, visited {scene}. {q} {a.pronoun} said."
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {q2} {b.pronoun} said."
            ex = [_that(text, c, a), _d(q2, b, tb)]
        elif shape == 2:
            qa = m.q(_qt(pa, k + 1) + ",")
            text = _article(f"{a.full} said {c}.", f"{b.full} responded: {qs2}", f"{qa} {a.pronoun} added.")
            ex = [_that(text, c, a), _d(qs2, b), _d(qa, a)]
        elif shape == 3:
            text = (
                f"{a.full} toured {scene} with {b.full} on {date}. "
                f"Afterwards, {a.pronoun} told reporters that {c}."
            )
            ex = [_that(text, c, a)]
        elif shape == 4:
            qa = m.q(_qt(pa, k) + ".")
            text = f"{q2} {b.full} told {a.full}. {_cap(a.pronoun)} replied: {qa}"
            ex = [_d(q2, b), _d(qa, a)]
        elif shape == 5:
            text = (
                f"{a.full}, {pa.a(a)}, spoke first. {q} {a.pronoun} said. "
                f"{b.full}, {pb.a(b)}, followed. {q2} {b.pronoun} said."
            )
            ex = [_d(q, a, ta), _d(q2, b, tb)]
        elif shape == 6:
            clause = f"{a.poss} team had checked every figure"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        elif shape == 7:
            qa = m.q(_qt(pa, k + 1) + ".")
            text = _article(
                f"{a.full}, {pa.a(a)}, said {c}; {b.full} stood beside {a.obj}.",
                f"{_cap(a.pronoun)} later told {outlet}: {qa}",
            )
            ex = [_that(text, c, a, ta), _d(qa, a, ta)]
            others.append(outlet)
        elif shape == 8:
            scheme = _pick(SCHEMES85, k)[0]
            text = _article(
                f"Questions are mounting over {scheme}.",
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        else:
            text = (
                f"{a.full}, {pa.a(a)}, wrote to {b.full}, {pb.a(b)}, on {date}. "
                f"In the letter, {a.pronoun} said {c}."
            )
            ex = [_that(text, c, a, ta)]
            others.append("letter")
        yield _case(f"ho85-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE, POST,
    said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `Councillor FULL, leader of Ashcombe
    City Council, said C. "Q," Councillor SURNAME said.`; `Dr FULL, ECONOMIST POST, said C. "Q," Dr SURNAME
    said.`; two posts, then `The ROLE2 said C2.` and `"Q," the ROLE said.` Key: the second reference's person
    with the post of the first mention (*Councillor* or *Dr* may stay in the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 240, "ho85-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS85, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES85, k), _pick(DATES85, k)
        people: tuple[Person, ...] = (a,)
        others = [pa.body, scene]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, said {c}. {q} {pa.sh(a)} added."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {scene}. {q} {a.last} said."
            ex, people = [_d(q, a, ta)], (a, b)
            others.append(pb.body)
        elif shape == 2:
            text = _article(
                f"{pa.b(a)} {a.full} arrived at {scene} on {date}.",
                f"{_cap(pa.sh(a))} told reporters that {c}.",
            )
            ex = [_that(text, c, a, ta)]
        elif shape == 3:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, visited {scene}. {qb} said {pb.sh(b)}."
            ex, people = [_d(qb, b, tb)], (a, b)
            others.append(pb.body)
        elif shape == 4:
            text = f"{pa.b(a)} {a.full} said {c}. {q} {a.last} said later."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 5:
            text = f"{a.full}, {a.age}, {pa.a(a)}, said {c}. {q} the {a.age}-year-old said."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 6:
            honor = a.kin("Ms", "Mr")
            text = f"{a.full}, {pa.a(a)}, arrived at {scene} just after nine. {q} {honor} {a.last} said."
            ex = [_d(q, a, ta)]
        elif shape == 7:
            cp = COUNCIL85[2]
            qc = m.q(_qt(cp, k) + ",")
            cc = _cl(cp, k)
            text = f"Councillor {a.full}, {cp.a(a)}, said {cc}. {qc} Councillor {a.last} said."
            who = (a.full, f"Councillor {a.full}")
            ex, others = [_that(text, cc, who, _t(cp)), _d(qc, who, _t(cp))], [cp.body]
        elif shape == 8:
            ep = _pick(ECON85, k)
            qe = m.q(_qt(ep, k) + ",")
            ce = _cl(ep, k)
            text = f"Dr {a.full}, {ep.a(a)}, said {ce}. {qe} Dr {a.last} said."
            who = (a.full, f"Dr {a.full}")
            ex, others = [_that(text, ce, who, _t(ep)), _d(qe, who, _t(ep))], [ep.body]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at the meeting on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho85-secondrefs-{shape}", text, ex, people, others)


# --- 13. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS85 = tuple(p for p in POSTS85 if p.pool in SPLITS85)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL admitted, "s2."`; `"S1," FULL wrote in a letter to residents, "s2."`; `"S1,"
    FULL, POST, told councillors, "s2."`; `"S1," FULL said. "S2."` (an uncredited continuation). Key: both
    parts (or one span) FULL's; the outlet, the residents, the councillors and OTHER never."""
    for a, shape, m, r in sample(_combos(11), 235, "ho85-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS85, k)
        t = _t(p)
        one, two = _pick(SPLITS85[p.pool], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES85, k), _pick(OUTLETS85, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, scene, outlet]
        title: TitleSpec = ANY
        if shape == 0:
            text, title = f"{h1} {a.full}, {p.a(a)}, said, {h2}", t
        elif shape == 1:
            text = f"{h1} said {a.full}, {h2}"
        elif shape == 2:
            text = f"{a.full} spoke to reporters at {scene}. {h1} {a.last} said, {h2}"
        elif shape == 3:
            text = f"{h1} {a.full} says, {h2}"
        elif shape == 4:
            text = f"{h1} {a.full} told {outlet}, {h2}"
        elif shape == 5:
            b = _other(a, k, gender=_opp(a))
            text, title = (
                f"{a.full}, {p.a(a)}, stood beside {b.full} at {scene}. {h1} {a.pronoun} said, {h2}",
                t,
            )
            people = (a, b)
        elif shape == 6:
            text, title = f"{p.b(a)} {a.full} arrived at {scene}. {h1} {p.sh(a)} said, {h2}", t
        elif shape == 7:
            text = f"{h1} {a.full} admitted, {h2}"
        elif shape == 8:
            text = f"{h1} {a.full} wrote in a letter to residents, {h2}"
            others.append("residents")
        elif shape == 9:
            text, title = f"{h1} {a.full}, {p.a(a)}, told councillors, {h2}", t
            others.append("councillors")
        else:
            h1s, h2s = m.q(one + ","), m.q(_cap(two))
            text = f"{h1s} {a.full} said. {h2s}"
            h1, h2 = h1s, h2s
        yield _case(f"ho85-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 14. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.`; `FULL
    wrote in OUTLET that C.`; `POST FULL has said repeatedly that C.` Key: the reported clause (with its
    fragment for a mixed one) FULL's, with the post where stated; the outlet never."""
    for a, shape, m, r in sample(_combos(12, MARKS85, 4), 240, "ho85-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS85, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        outlet = _pick(OUTLETS85, k)
        obj, frag = _pick(FRAGS85[p.pool], k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {_pick(CUES85, k)} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES85, k)} {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 3:
            text = f"{_cap(c)}, {a.full} said."
            ex = [_r(_cap(c), a)]
        elif shape == 4:
            text = f"{a.full} told {outlet} that {c}."
            ex = [_that(text, c, a)]
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
            clause = f"{obj} {_was(obj)} {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 7:
            text = f"{p.b(a)} {a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, a, title=t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        elif shape == 9:
            text = f"{_cap(c)}, according to {a.full}."
            ex = [_r(_cap(c), a)]
        elif shape == 10:
            text = f"{a.full} wrote in {outlet} that {c}."
            ex = [_that(text, c, a)]
        else:
            text = f"{p.b(a)} {a.full} has said repeatedly that {c}."
            ex = [_that(text, c, a, t)]
        yield _case(f"ho85-indirect-{shape}", text, ex, (a,), others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `DEV is marketing the flats under the name "N". FULL
    bought one in March.`; `The block, nicknamed "N" by locals, was finished in 2019. FULL has lived there
    since.`; `COUNCIL's report, titled "T", runs to 140 pages.`; `The government's "P" scheme opens to
    applicants in June. FULL, POST, visited SCENE on DAY.`; a banner reading `"B"` (no quotation, or one with
    no speaker); `The so-called "T" REST, and FULL is under pressure to explain it.`; narrative paragraphs;
    `FULL, POST, declined to comment.`; `COUNCIL is expected to decide on SCHEME next month. FULL is expected
    to give evidence at the inquiry.`; `"Q," said FULL, whose group campaigns under the slogan "B".` (the one
    real quotation); `"Q," said FULL, POST. The developer has renamed the site "N".`; `FULL appeared on the
    television series "S" last year.` Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(12), 245, "ho85-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS85, k)
        scene, date = _pick(SCENES85, k), _pick(DATES85, k)
        nq, kq = m.q(_pick(SCHEMENAMES85, k)), m.q(_pick(NICKS85, k))
        tq, pq = m.q(_pick(TITLES85, k)), m.q(_pick(POLICIES85, k))
        bq, shq = m.q(_pick(BANNERS85, k)), m.q(_pick(SHOWS85, k))
        term, rest = _pick(SCARE85, k)
        council, dev = _pick(_bodies("council"), k), _pick(_bodies("dev"), k)
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body, scene, council.bare, dev.bare]
        if shape == 0:
            text = f"{dev.name} is marketing the flats under the name {nq}. {a.full} bought one in March."
            forbidden = (nq,)
        elif shape == 1:
            text = (
                f"The block, nicknamed {kq} by locals, was finished in 2019. {a.full} has lived there since."
            )
            forbidden = (kq,)
        elif shape == 2:
            text = f"{_poss(council.name)} report, titled {tq}, runs to 140 pages."
            forbidden = (tq,)
        elif shape == 3:
            text = (
                f"The government's {pq} scheme opens to applicants in June. "
                f"{a.full}, {p.a(a)}, visited {scene} on {date}."
            )
            forbidden = (pq,)
        elif shape == 4:
            region = f"Protesters held a banner reading {bq} outside {scene}."
            text = f"{region} {a.full} walked past without stopping."
            ex = tolerate(text, region)
        elif shape == 5:
            sq = m.q(term)
            text = f"The so-called {sq} {rest}, and {a.full} is under pressure to explain why."
            forbidden = (sq,)
        elif shape == 6:
            text = _article(_pick(NARRATIVE85, k), _pick(NARRATIVE85, k + 1))
        elif shape == 7:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE85, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 8:
            scheme = _pick(SCHEMES85, k)[0]
            text = (
                f"{council.name} is expected to decide on {scheme} next month. "
                f"{a.full} is expected to give evidence at the inquiry."
            )
            ex = tolerate(text, text)
        elif shape == 9:
            q = m.q(_qt("resident", k) + ",")
            text = f"{q} said {a.full}, whose group campaigns under the slogan {bq}."
            ex, forbidden = [_d(q, a)], (bq,)
        elif shape == 10:
            q = m.q(_qt(p, k) + ",")
            text = f"{q} said {a.full}, {p.a(a)}. The developer has renamed the site {nq}."
            ex, forbidden = [_d(q, a, _t(p))], (nq,)
        else:
            text = f"{a.full} appeared on the television series {shq} last year."
            forbidden = (shq,)
        yield _case(f"ho85-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_85 = (
    _named(
        "ministers",
        "housing ministers at briefings and ribbon-cuttings: colon and inverted credits, open cues",
        ministers,
    ),
    _named(
        "council_planning",
        "planning chiefs, committee chairs and council leaders; councils' statements; officers' reports",
        council_planning,
    ),
    _named("developers", "developers' statements, executives and unnamed spokespeople", developers),
    _named(
        "market_commentary",
        "house-price indices and surveys; estate agents, surveyors and economists",
        market_commentary,
    ),
    _named("lenders_rates", "lenders' statements, brokers and economists on mortgage rates", lenders_rates),
    _named(
        "landlords_tenants", "rent rises: tenants, landlords, letters and tenants' unions", landlords_tenants
    ),
    _named(
        "evictions", "evictions: the tenant speaks, never the landlord, the judge or the family", evictions
    ),
    _named(
        "residents_objections",
        "residents and campaigners against schemes; petitions and banners",
        residents_objections,
    ),
    _named(
        "building_safety", "regulators, leaseholders, assessments and developers on defects", building_safety
    ),
    _named("inquiries", "planning inspectors, counsel and witnesses at public inquiries", inquiries),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Councillor and Dr SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named(
        "controls",
        "scheme names, nicknames, titles, policies, banners, slogans and scare terms",
        controls,
    ),
)
