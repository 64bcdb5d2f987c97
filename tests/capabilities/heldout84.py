"""Eighty-fourth held-out round: capabilities written at commit ``ee801197`` by a helper (``hcap90``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout84data.py``: thirty invented farm ministers and agriculture
officials, food-safety and animal-health officials and inspectors, vets, farm-union leaders, supermarket and
food-company executives and spokespeople, commodity analysts at banks, rural campaigners, co-operative chairs,
show stewards and trade officials of Welsh, Kikuyu, Punjabi, Basque, Finnish, Hungarian, Mexican, Cornish,
Greek, Turkish, Czech, Zulu, Icelandic, Filipino and Italian origin, each with a gender and an age, and ten
seasonal workers known by a first name only; posts with their bodies, the role noun of *Its ROLE* and short
second references; farmers', growers' and fishers' jobs by sector; retailers, food companies, agencies,
unions, co-operatives, banks and campaign groups that issue statements, some of one word; agencies'
documents, findings, recommendations and alerts; outlets, shows, scenes, towns, harbours, farms and dates;
quotations, reported clauses, pointed fragments and split quotations for each pool; apple varieties,
own-brand names, scheme names, show-class names, field nicknames, placards and scare terms in marks) as a
round of AGRICULTURE, FOOD AND FARMING as a rural-affairs and food desk writes it: every case is a short
passage (one to five sentences, or a short article of four paragraphs) with one to three people, and every
quotation checks the content (the marks and the words inside them for a direct quotation; the reported
clause, with or without its *that*, for an indirect one; the clause with its marked fragment, or the
fragment alone, for a mixed one), the kind, the canonical full name and, whenever the text states one, the
title with `Contains` of the role noun and each affiliation stated, with `wrong_speakers` for every other
person, body, outlet, document, show, farm, town and trading partner in the passage.

Conventions: a document speaks for itself or for the body that publishes it: *The report found that C* after
*AGENCY published its inspection report* is the document's (*inspection report*, *report*, *AGENCY's
inspection report*) or the agency's; *It recommended that C* (the document by pronoun) likewise; an alert or
recall notice is the notice's or the agency's; a bank's quarterly outlook is the outlook's or the bank's; a
trade agreement and payment guidance speak for themselves (or, for guidance, the office that publishes it),
never the trading partner. An inspector who presents a document never speaks its `The DOC concluded: "Q."`.
A statement, a post on a body's website, an open letter signed by a group and a body's *said* speak for the
body; an unnamed spokesperson (*A spokeswoman for BODY said C*) and unnamed organisers give no speaker, the
description or (for a spokesperson) the body. *NAME said C, according to a note seen by OUTLET* may come out
as NAME's report of C or the note's (or the outlet's) report of the whole sentence. A minister addressed (*In
an open letter to the farm minister, NAME, GROUP wrote:*, *told her that C*) never speaks. A first name alone
(*Ilinca*, *Bogdan*) is the whole canonical name; *Dr* and *Professor* may stay in the name; a job stated in
an appositive (*a dairy farmer from Tollbridge*) or before the name (*Vet NAME*, *Grower NAME*) is the title;
a relative clause (*who keeps 300 ewes on the hills above Wenlow*, *who took over the farming brief in
March*, *whose farm lies inside the protection zone*) states no title, and neither does an age or a
hometown, so the title is not checked there; *Its ROLE, NAME,* and *its chair* check the role noun. An act
with an object and no words (*recalled two batches of its soft cheese*, *apologised to customers*,
*rejected the claim*) may come out as the doer's report or nothing; *declined to comment* / *declined to say
how many* as NAME's report or nothing; *is expected to* as a report with no speaker or nothing. `accused
BODY of "F"` is a mixed report of `BODY of "F"`, of `of "F"` or the fragment alone (direct or mixed). A
report followed by the same speaker's uncredited quotation (*NAME said C. "Q."*) may come out as the two or
as one mixed content; a split quotation, and a quotation continued in an uncredited sentence after its
credit, may come out as two quotations or one span with its credit inside. Apple varieties, own-brand
names, scheme names, show-class names, field nicknames and scare terms in marks are no quotation; a
placard's words may come out as a quotation with no speaker.

Key fixes after the one run (no case weakened): a job set after a name took *a* whatever its first letter, so
*apple grower* came out as *a apple grower*, an ungrammatical text (in the farmers', the protests' and the
harvest articles' shapes); the job now takes *an* before a vowel. No expected speaker, title, kind or content
was changed.

1. ministers and officials at shows and briefings: `told farmers at SHOW:`, inverted `said NAME, POST`, `POST
   NAME told reporters at SHOW that`, `Speaking at SHOW on DAY,`, open cues (`insisted`, `conceded`,
   `predicted`...), `told OUTLET`, `PRONOUN added`, a relative clause, a four-paragraph article with a
   union's statement and a surname, a fronted clause, a report then an uncredited quotation (`ministers`);
2. agencies' documents: `The report found that`, `According to AGENCY's DOC,`, `"Q," the report said.`, a
   presenter beside `The DOC concluded:`, `In its DOC, AGENCY said`, `It recommended that`, `described EVENT
   as "F"`, the agency's statement, two findings, the agency's chief, a recall notice or disease alert
   (`agency_documents`);
3. animal-disease outbreaks: `POST NAME confirmed that`, colon credits, a farmer by a relative clause, a cull
   then an inverted credit, a farmer whose animals were culled, a vet and a farmer who disagrees, a fronted
   clause credited to the directorate, `Vet NAME told OUTLET that`, `declined to say how many ... but said`, a
   farmer's quotation continued, the directorate's statement (`outbreaks`);
4. supermarkets and food companies: `BODY said in a statement that`, `"Q," BODY said in a statement.`, `A
   statement from BODY read:`, an executive's colon credit, `apologised to customers and said`, an unnamed
   spokesperson, `BODY ... said C. Its ROLE, NAME, added:`, `adding that`, `In a post on its website,`,
   `declined to comment on ... but said`, a recall then an executive (`retailers`);
5. farm and fishing unions: colon and inverted credits, `Its ROLE, NAME, went further:`, `accused BODY of
   "F"`, `In a letter to members, NAME wrote:`, a relative clause, the union's mixed report, `told OUTLET`,
   `BODY rejected the claim`, a retailer's spokesperson who `disputed that:` (`farm_unions`);
6. farmers, growers, fishers and seasonal workers: a relative clause, first names only, a job then a pronoun,
   a quotation continued, `Grower NAME ... told OUTLET that`, `Another farmer, NAME, AGE,`, a first name with
   a job, two farmers of one gender by surname, a fronted description, `Fisherman NAME` (`farmers`);
7. commodity analysts and banks: appositive, inverted and `According to` credits, `In a note to clients, NAME
   wrote that`, a bank's note, a bank's quarterly outlook, `told OUTLET that`, a fronted inverted credit,
   `said X was "F"`, two analysts, `"Q," NAME wrote in a note to clients.`, `according to a note seen by
   OUTLET` (`analysts`);
8. tractor protests and rural campaigners: `told the crowd:`, a relative clause, a placard, `Its ROLE, NAME,
   added:`, the police and unnamed organisers, a minister's `called X "F"`, `shouted`, `Among the
   protesters was NAME, a JOB`, an open letter to the minister, a report then a quotation, `accused the
   ministry of "F"` (`protests`);
9. prices, quotas and subsidies: a co-operative and a processor, a mixed report, a trade agreement, an
   inverted credit, the ministry and a union leader, payment guidance, two clauses, `told OUTLET:`, a
   submission to an inquiry, `its chair`, a partner's trade minister (`trade_prices`);
10. pronouns across people of both and of the same gender, within a passage, across paragraphs and in a
    four-paragraph article (`pronouns`);
11. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age, `Ms/Mr SURNAME`, `Dr SURNAME` for a vet, `Professor SURNAME` for an agronomist, two
    roles across paragraphs (`second_refs`);
12. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `admitted`, `wrote in a letter to members`, an uncredited continuation
    (`split_quotes`);
13. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`
    (`indirect_cues`);
14. four-paragraph articles of the desk (a wet harvest, a drought visit, a recall, an outbreak, a show, a
    milk-price cut, a fishing quota, a tractor protest) with two or three people and a body, second references
    by role, surname and pronoun (`articles`);
15. controls: an apple variety, an own-brand range, a scheme's name, a show class, a field's nickname, a
    placard, a scare term, narrative paragraphs, *declined to comment*, *is expected to*, one real quotation
    beside a placard, one beside a variety's name (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout84data import (
    ACCUSE84,
    ACCUSECAMP84,
    AG84,
    AGENCIES84,
    ALERTS84,
    ALLMARKS84,
    ANALYST84,
    BARECUES84,
    BODYCLAUSES84,
    BODYQUOTES84,
    BRANDS84,
    CAMP84,
    CHIEFS84,
    CLASSES84,
    CLAUSES84,
    COOP84,
    CUES84,
    DATES84,
    DEALTERMS84,
    DOCFRAGS84,
    DOCQUOTES84,
    DOCS84,
    EVENTS84,
    FARMNAMES84,
    FARMS84,
    FIELDNICKS84,
    FINDINGS84,
    FIRSTS84,
    FRAGS84,
    GUIDANCE84,
    JOBS84,
    MARKS84,
    MEMBERS84,
    MIN84,
    NARRATIVE84,
    OTHERBODIES84,
    OUTLETS84,
    PARTNERS84,
    PEOPLE84,
    PICKJOBS84,
    PLACARDS84,
    POLICE84,
    POLICECLAUSES84,
    PORTS84,
    POSTS84,
    PRICECLAUSES84,
    PRODUCTS84,
    QUOTES84,
    REASONS84,
    RECS84,
    RETAIL84,
    RETAILERS84,
    SAW84,
    SCARE84,
    SCENES84,
    SCHEMES84,
    SHOW84,
    SHOWS84,
    SPLITS84,
    TOWNS84,
    TRADE84,
    UNION84,
    UNIONS84,
    VARIETIES84,
    VENUES84,
    WHERE84,
    Post84,
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

#: Every body of the round: (the name at a sentence's start, the names a key accepts, kind).
ALLBODIES84 = (*RETAILERS84, *AGENCIES84, *UNIONS84, *OTHERBODIES84)


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
    return other_person(PEOPLE84, p, step, gender=gender, avoid=avoid)


def _t(p: Post84) -> Contains:
    """The title a key checks after the name: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _tb(p: Post84) -> Contains:
    """The title a key checks when the post stands before the name."""
    return Contains(p.pre_parts)


def _qt(pool: Post84 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post84) else pool
    return _pick(QUOTES84[key], n)


def _cl(pool: Post84 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post84) else pool
    return _pick(CLAUSES84[key], n)


def _low(body: str) -> str:
    """A body's name inside a sentence: `the Food Integrity Agency`, `Harvestway`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _bare(body: str) -> str:
    return body[4:] if body.startswith(("The ", "the ")) else body


def _body_named(name: str) -> tuple[str, tuple[str, ...], str]:
    """A body of the round by its name (with or without *the*): (the name at a sentence's start, accepted,
    kind)."""
    for body, acc, kind in ALLBODIES84:
        if _bare(body) == _bare(name):
            return body, acc, kind
    raise ValueError(f"no body named {name!r}")


def _bodies(kind: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [b for b in ALLBODIES84 if b[2] == kind]


def _post2(n: int, taken: Post84, pool: Sequence[Post84] = POSTS84) -> Post84:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post84) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post84) -> str:
        return (p.after + " " + p.pre).replace("{s}", "spokes").lower()

    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if (
            p.family != taken.family
            and (p.body != taken.body or not p.body)
            and noun(p) not in post(taken)
            and noun(taken) not in post(p)
        ):
            return p
    raise ValueError("no second post")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout84.{name}", "heldout84", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS84, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE84, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE84.index(p), shape, r)


def _two_reports(text: str, c: str, c2: str, who: Who, title: TitleSpec = ANY) -> list[Expect]:
    """`... said (that) C, and that C2.`: one report of both clauses or two reports, each with or without
    *that*."""
    return _alts(
        text,
        [_r(f"that {c}, and that {c2}", who, title)],
        [_r(f"{c}, and that {c2}", who, title)],
        [_r(f"that {c}", who, title), _r(f"that {c2}", who, title)],
        [_r(c, who, title), _r(c2, who, title)],
        [_r(f"that {c}", who, title), _r(c2, who, title)],
        [_r(c, who, title), _r(f"that {c2}", who, title)],
    )


def _a(phrase: str) -> str:
    """*phrase* with its indefinite article: `a dairy farmer`, `an apple grower`."""
    return f"{'an' if phrase[:1].lower() in 'aeiou' else 'a'} {phrase}"


def _accused(text: str, target: str, fq: str, who: Who, title: TitleSpec) -> Expect:
    """`NAME accused TARGET of "F"`: the target with the fragment, `of "F"`, or the fragment alone."""
    options = ((f"{target} of {fq}", ("mixed",)), (f"of {fq}", ("mixed",)), (fq, ("direct", "mixed")))
    return segmented(text, options, who, title)


# --- 1. ministers and officials -----------------------------------------------------------------------------


def ministers() -> Iterator[Case]:
    """`FULL, POST, told farmers at SHOW: "Q."`; `"Q," said FULL, POST.`; `POST FULL told reporters at SHOW
    that C.`; `Speaking at SHOW on DAY, FULL, POST, said C.`; `FULL, POST, CUE that C.`; `"Q," FULL, POST,
    told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; `FULL, who took over the farming brief in March,
    said: "Q."`; a four-paragraph article (narrative, FULL's report, a union's statement, `"Q," SURNAME
    said.`); `C, FULL, POST, CUE.` (fronted); `FULL, POST, said C. "Q."` (the report then the uncredited
    quotation). Key: FULL's with POST; the ministry, the show, the outlet and the union never (the union's
    statement its own)."""
    for a, shape, m, r in sample(_combos(11), 240, "ho84-ministers"):
        k = _slot(a, shape, r)
        p = _pick(MIN84, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        show, outlet, date = _pick(SHOWS84, k), _pick(OUTLETS84, k), _pick(DATES84, k)
        cue = _pick(CUES84, k)
        others = [_bare(p.body), _bare(show), outlet, "Ministry of Land and Food"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told farmers at {show}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told reporters at {show} that {c}."
            ex = [_that(text, c, a, _tb(p))]
        elif shape == 3:
            text = f"Speaking at {show} on {date}, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, {cue} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"{q} {a.full}, {p.a(a)}, told {outlet}."
            ex = [_d(q, a, t)]
        elif shape == 6:
            q2 = m.q(_qt(p, k + 1) + ",")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2} {a.pronoun} added."
            ex = [_that(text, c, a, t), _d(q2, a, t)]
        elif shape == 7:
            text = f"{a.full}, who took over the farming brief in March, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 8:
            ub, uacc, ukind = _pick(UNIONS84[:4], k)
            bc = _pick(BODYCLAUSES84[ukind], k)
            text = _article(
                _pick(NARRATIVE84, k),
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{ub} said in a statement that {bc}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, bc, uacc), _d(q, a, t)]
            others.append(ub)
        elif shape == 9:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {cue}."
            ex = [_r(_cap(c), a, t)]
        else:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        yield _case(f"ho84-ministers-{shape}", text, ex, (a,), others)


# --- 2. agencies' documents ---------------------------------------------------------------------------------

#: The inspector who presents a document's findings, by mode.
PRESENTERS84 = {"food": AG84[1], "vet": AG84[3], "plant": AG84[5]}


def agency_documents() -> Iterator[Case]:
    """`AGENCY published its DOC on DATE. The SHORT found that C.`; `According to AGENCY's DOC, C.`; `AGENCY
    released its DOC on DATE. "Q," the SHORT said.`; `FULL, POST, presented the findings at VENUE. The DOC
    concluded: "Q."`; `In its DOC, AGENCY said that C.`; `AGENCY's DOC was published on DATE. It recommended
    that REC.`; `AGENCY's DOC, which runs to 48 pages, described EVENT as "F".`; `AGENCY said in a statement
    that C.`; `The SHORT found that C, and that C2.`; `AGENCY's CHIEF, FULL, said: "Q."`; `A NOTICE issued by
    AGENCY on DATE warned that C.` Key: the document (or the agency that publishes it) speaks; the inspector
    who presents it never; the agency's chief speaks for herself with the agency in the title."""
    combos = list(itertools.product(range(len(AGENCIES84)), range(11), ALLMARKS84, range(20)))
    for ai, shape, m, r in sample(combos, 330, "ho84-agencies"):
        k = _k(ai, shape, r)
        agency, aacc, mode = AGENCIES84[ai]
        low, bare = _low(agency), _bare(agency)
        doc, short = _pick(DOCS84[mode], k)
        accs = (doc, short, f"{_poss(bare)} {doc}", *aacc)
        a = PEOPLE84[(k * 7 + r) % len(PEOPLE84)]
        f, f2 = _pick(FINDINGS84[mode], k), _pick(FINDINGS84[mode], k + 1)
        dq = _pick(DOCQUOTES84[mode], k)
        date = _pick(DATES84, k)
        people: tuple[Person, ...] = ()
        others: list[str] = []
        if shape == 0:
            text = f"{agency} published its {doc} on {date}. The {short} found that {f}."
            ex = [_that(text, f, accs)]
        elif shape == 1:
            text = f"According to {_poss(low)} {doc}, {f}."
            ex = [_r(f, accs)]
        elif shape == 2:
            q = m.q(dq + ",")
            text = f"{agency} released its {doc} on {date}. {q} the {short} said."
            ex = [_d(q, accs)]
        elif shape == 3:
            qs = m.q(dq + ".")
            pres = PRESENTERS84[mode]
            venue = _pick(VENUES84, k)
            text = f"{a.full}, {pres.a(a)}, presented the findings at {venue}. The {doc} concluded: {qs}"
            ex, people = [_d(qs, accs)], (a,)
            others.append(venue)
        elif shape == 4:
            text = f"In its {doc}, {low} said that {f}."
            ex = [_that(text, f, accs)]
        elif shape == 5:
            rec = _pick(RECS84[mode], k)
            text = f"{_poss(agency)} {doc} was published on {date}. It recommended that {rec}."
            ex = [_that(text, rec, accs)]
        elif shape == 6:
            fq = m.q(_pick(DOCFRAGS84, k))
            event = _pick(EVENTS84[mode], k)
            text = f"{_poss(agency)} {doc}, which runs to 48 pages, described {event} as {fq}."
            ex = [_called(text, event, fq, accs, link=" as ")]
        elif shape == 7:
            bc = _pick(BODYCLAUSES84[mode], k)
            text = f"{agency} said in a statement that {bc}."
            ex = [_that(text, bc, aacc)]
        elif shape == 8:
            text = f"{agency} published its {doc} on {date}. The {short} found that {f}, and that {f2}."
            ex = _two_reports(text, f, f2, accs)
        elif shape == 9:
            qs = m.q(_qt(mode, k) + ".")
            chief = CHIEFS84[mode]
            text = f"{_poss(agency)} {chief}, {a.full}, said: {qs}"
            ex, people = [_d(qs, a, Contains((chief, bare)))], (a,)
            others.append(bare)
        else:
            notice, nacc = ALERTS84[mode]
            bc = _pick(BODYCLAUSES84[mode], k)
            text = f"A {notice} issued by {low} on {date} warned that {bc}."
            ex = [_that(text, bc, (*nacc, *aacc))]
        yield _case(f"ho84-agencies-{shape}", text, ex, people, others)


# --- 3. animal-disease outbreaks ----------------------------------------------------------------------------

#: Posts of the vets and animal-health officials an outbreak story quotes.
VETS84 = (AG84[2], AG84[3], AG84[4])

#: Farmers' jobs of the livestock sector.
LIVESTOCK84 = tuple(j for j in JOBS84 if j[2] == "farm")


def outbreaks() -> Iterator[Case]:
    """`POST FULL confirmed that C.`; `FULL, POST, said: "Q."`; `"Q," said FULL, who keeps 300 ewes on the
    hills above TOWN.`; `The cull at FARM began on DATE. "Q," said FULL, POST.`; `FULL, a JOB whose animals
    were culled on DATE, said C.`; `FULL, POST, said C. OTHER, whose farm lies inside the protection zone,
    disagreed: "Q."`; `A three-kilometre protection zone has been set up around FARM, the Animal Health
    Directorate said.`; `Vet FULL, who examined the first cases, told OUTLET that C.`; `FULL, POST, declined
    to say how many animals had been culled but said C.`; `FULL, a JOB from TOWN, lost every animal on the
    farm to the disease. "Q," PRONOUN said. "Q2."`; `"Q," the Animal Health Directorate said in a statement.`
    Key: each person's words their own with the post or job stated; the directorate speaks for itself; the
    farm, the town and the outlet never."""
    directorate = "Animal Health Directorate"
    dacc = (directorate, "directorate")
    for a, shape, m, r in sample(_combos(11), 250, "ho84-outbreaks"):
        k = _slot(a, shape, r)
        p = _pick(VETS84, k)
        t = _t(p)
        job, jn, _sector = _pick(LIVESTOCK84, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        fq, fqs = m.q(_qt("cull", k) + ","), m.q(_qt("cull", k) + ".")
        c = _cl(p, k)
        farm, town, date = _pick(FARMNAMES84, k), _pick(TOWNS84, k), _pick(DATES84, k)
        outlet = _pick(OUTLETS84, k)
        people: tuple[Person, ...] = (a,)
        others = [_bare(p.body), farm, town, directorate]
        if shape == 0:
            text = f"{p.b(a)} {a.full} confirmed that {c}."
            ex = [_that(text, c, a, _tb(p))]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{fq} said {a.full}, {FARMS84['farm'].replace('{town}', town)}."
            ex = [_d(fq, a)]
        elif shape == 3:
            text = f"The cull at {farm} began on {date}. {q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 4:
            cf = _cl("cull", k)
            text = f"{a.full}, {_a(job)} whose animals were culled on {date}, said {cf}."
            ex = [_that(text, cf, a, Contains(jn))]
        elif shape == 5:
            b = _other(a, k)
            text = (
                f"{a.full}, {p.a(a)}, said {c}. "
                f"{b.full}, whose farm lies inside the protection zone, disagreed: {fqs}"
            )
            ex, people = [_that(text, c, a, t), _d(fqs, b)], (a, b)
        elif shape == 6:
            clause = f"A three-kilometre protection zone has been set up around {farm}"
            text = f"{clause}, the {directorate} said."
            ex, people = [_r(clause, dacc)], ()
        elif shape == 7:
            text = f"Vet {a.full}, who examined the first cases, told {outlet} that {c}."
            ex = [_that(text, c, a, Contains("vet"))]
            others.append(outlet)
        elif shape == 8:
            region = f"{a.full}, {p.a(a)}, declined to say how many animals had been culled"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 9:
            q2s = m.q(_qt("cull", k + 1) + ".")
            text = (
                f"{a.full}, {_a(job)} from {town}, lost every animal on the farm to the disease. "
                f"{fq} {a.pronoun} said. {q2s}"
            )
            ex = _groups(text, [fq, q2s], a, Contains(jn))
        else:
            bq = m.q(_pick(BODYQUOTES84["vet"], k) + ",")
            text = f"{bq} the {directorate} said in a statement."
            ex, people = [_d(bq, dacc)], ()
        yield _case(f"ho84-outbreaks-{shape}", text, ex, people, others)


# --- 4. supermarkets and food companies ---------------------------------------------------------------------


def retailers() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"Q," BODY said in a statement.`; `A statement from BODY read:
    "Q."`; `FULL, POST, said: "Q."`; `POST FULL apologised to customers and said C.`; `A spokes-noun for BODY
    said C.` (unnamed); `BODY, which sold the affected batches, said C. Its ROLE, FULL, added: "Q."`; `BODY
    said C, adding that C2.`; `In a post on its website, BODY said: "Q."`; `FULL, POST, declined to comment on
    the price dispute but said C.`; `MAKER recalled PRODUCT on DATE after REASON. "Q," said FULL, POST.` Key:
    the body speaks for itself (some bodies are one word); FULL for herself with POST; an unnamed
    spokesperson gives no speaker, the description or the body; the apology, the recall and the declining may
    be the doer's or nothing; the customers never."""
    for a, shape, m, r in sample(_combos(11), 270, "ho84-retailers"):
        k = _slot(a, shape, r)
        p = _pick(RETAIL84, k)
        t = _t(p)
        body, bacc, bkind = _body_named(p.body)
        sb, sacc, skind = _pick(RETAILERS84, k + r)
        sc, sc2 = _pick(BODYCLAUSES84[skind], k), _pick(BODYCLAUSES84[skind], k + 1)
        qs = m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        bq, bqs = m.q(_pick(BODYQUOTES84[skind], k) + ","), m.q(_pick(BODYQUOTES84[skind], k) + ".")
        people: tuple[Person, ...] = (a,)
        others = [body]
        if shape == 0:
            text = f"{sb} said in a statement that {sc}."
            ex, people, others = [_that(text, sc, sacc)], (), [sb]
        elif shape == 1:
            text = f"{bq} {sb} said in a statement."
            ex, people, others = [_d(bq, sacc)], (), [sb]
        elif shape == 2:
            text = f"A statement from {sb} read: {bqs}"
            ex, people, others = [_d(bqs, sacc)], (), [sb]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{p.b(a)} {a.full} apologised to customers and said {c}."
            ex = [_that(text, c, a, _tb(p)), *tolerate(text, "apologised to customers", (a.full,))]
            others.append("customers")
        elif shape == 5:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {sb} said {sc}."
            content = one_of(text, (f"that {sc}", sc))
            ex, people = [_anon(text, content, "indirect", (spokes, f"{spokes} for {sb}", *sacc))], ()
            others = []
        elif shape == 6:
            role = p.role(a)
            bc = _pick(BODYCLAUSES84[bkind], k)
            text = f"{body}, which sold the affected batches, said {bc}. Its {role}, {a.full}, added: {qs}"
            ex = [_that(text, bc, bacc), _d(qs, a, Contains(p.its.replace("{s}", "spokes")))]
        elif shape == 7:
            text = f"{sb} said {sc}, adding that {sc2}."
            ex, people, others = [_that(text, sc, sacc), _that(text, sc2, sacc)], (), [sb]
        elif shape == 8:
            text = f"In a post on its website, {sb} said: {bqs}"
            ex, people, others = [_d(bqs, sacc)], (), [sb]
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, declined to comment on the price dispute"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        else:
            makers = [b for b in RETAILERS84 if b[2] == "maker"]
            mb, macc, _mk = (body, bacc, bkind) if bkind == "maker" else _pick(makers, k)
            region = (
                f"{mb} recalled {_pick(PRODUCTS84, k)} on {_pick(DATES84, k)} after {_pick(REASONS84, k)}."
            )
            q = m.q(_qt(p, k) + ",")
            text = f"{region} {q} said {a.full}, {p.a(a)}."
            ex = [*tolerate(text, region, macc), _d(q, a, t)]
            others.append(mb)
        yield _case(f"ho84-retailers-{shape}", text, ex, people, others)


# --- 5. farm and fishing unions -----------------------------------------------------------------------------


def farm_unions() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `"Q," said FULL, POST.`; `UNION said C. Its ROLE, FULL, went further: "Q."`;
    `POST FULL accused TARGET of "F".`; `In a letter to members, FULL wrote: "Q."`; `FULL, who chairs the
    union's dairy board, warned that C.`; `UNION, which represents MEMBERS, said X was "F".`; `"Q," FULL told
    OUTLET.`; `FULL, POST, said C. RETAILER rejected the claim.`; `FULL, POST, said C. OTHER, POST2, disputed
    that: "Q."` Key: each person's words their own with the post stated; the union speaks for itself; the
    retailer, the ministry, the members and the outlet never (the rejection the retailer's or nothing)."""
    for a, shape, m, r in sample(_combos(10), 235, "ho84-unions"):
        k = _slot(a, shape, r)
        p = _pick(UNION84, k)
        t = _t(p)
        ubody, uacc, ukind = _body_named(p.body)
        rb, racc, _rk = _pick(RETAILERS84[:2], k)
        target = "the Ministry of Land and Food" if p.pool == "union-fish" else rb
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet = _pick(OUTLETS84, k)
        people: tuple[Person, ...] = (a,)
        others = [ubody, rb, "Ministry of Land and Food"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            bc = _pick(BODYCLAUSES84[ukind], k)
            text = f"{ubody} said {bc}. Its {p.role(a)}, {a.full}, went further: {qs}"
            ex = [_that(text, bc, uacc), _d(qs, a, Contains(p.its.replace("{s}", "spokes")))]
        elif shape == 3:
            fq = m.q(_pick(ACCUSE84[p.pool], k))
            text = f"{p.b(a)} {a.full} accused {target} of {fq}."
            ex = [_accused(text, target, fq, a, _tb(p))]
        elif shape == 4:
            text = f"In a letter to members, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append("members")
        elif shape == 5:
            text = f"{a.full}, who chairs the union's dairy board, warned that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            obj, frag = _pick(FRAGS84["union"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{ubody}, which represents {MEMBERS84[p.pool]}, said {clause}."
            ex, people = [_mixed(text, clause, uacc)], ()
        elif shape == 7:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
            others.append(outlet)
        elif shape == 8:
            region = f"{rb} rejected the claim."
            text = f"{a.full}, {p.a(a)}, said {c}. {region}"
            ex = [_that(text, c, a, t), *tolerate(text, region, racc)]
        else:
            b = _other(a, k)
            op = RETAIL84[1] if k % 2 else RETAIL84[0]
            qb = m.q(_qt("dispute", k) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {op.a(b)}, disputed that: {qb}"
            ex, people = [_that(text, c, a, t), _d(qb, b, _t(op))], (a, b)
            others.append(op.body)
        yield _case(f"ho84-unions-{shape}", text, ex, people, others)


# --- 6. farmers, growers, fishers and seasonal workers ------------------------------------------------------


def farmers() -> Iterator[Case]:
    """`FULL, AGE, who farms near TOWN, said: "Q."`; `A seasonal worker who gave only her first name, FIRST,
    said: "Q."`; `"Q," said FIRST, AGE, who has picked fruit at FARM for six summers.`; `FULL, a JOB from
    TOWN, has lost most of this year's income. "Q," PRONOUN said.`; `FULL WAS-DOING. "Q," PRONOUN said.
    "Q2."`; `Grower FULL, who supplies RETAILER, told OUTLET that C.`; `Another farmer, FULL, AGE, said C.`;
    `FIRST, a JOB from TOWN, said PRONOUN had been WHERE when the hail came. "Q," PRONOUN said.`; two farmers
    of one gender, then `"Q," SURNAME said.`; `A mother of three from TOWN, FULL said C.` (fronted);
    `Fisherman FULL, who has fished out of PORT for 25 years, said: "Q."` Key: the farmer's or worker's words
    their own, a first name alone the whole name, the job the title; the town, the farm, the retailer, the
    outlet and the other farmer never."""
    for a, shape, m, r in sample(_combos(11), 260, "ho84-farmers"):
        k = _slot(a, shape, r)
        job, jn, sector = _pick(JOBS84, k)
        f = _pick(FIRSTS84, k)
        q = m.q(_qt(sector, k) + ",")
        pq, pqs = m.q(_qt("pick", k) + ","), m.q(_qt("pick", k) + ".")
        c = _cl(sector, k)
        town, outlet, farm = _pick(TOWNS84, k), _pick(OUTLETS84, k), _pick(FARMNAMES84, k)
        people: tuple[Person, ...] = (a,)
        others = [town]
        if shape == 0:
            text = f"{a.full}, {a.age}, who farms near {town}, said: {m.q(_qt('farm', k) + '.')}"
            ex = [_d(m.q(_qt("farm", k) + "."), a)]
        elif shape == 1:
            text = f"A seasonal worker who gave only {f.poss} first name, {f.full}, said: {pqs}"
            ex, people = [_d(pqs, f)], (f,)
        elif shape == 2:
            text = f"{pq} said {f.full}, {f.age}, who has picked fruit at {farm} for six summers."
            ex, people, others = [_d(pq, f)], (f,), [farm]
        elif shape == 3:
            text = (
                f"{a.full}, {_a(job)} from {town}, has lost most of this year's income. {q} {a.pronoun} said."
            )
            ex = [_d(q, a, Contains(jn))]
        elif shape == 4:
            q2s = m.q(_qt(sector, k + 1) + ".")
            text = f"{a.full} {SAW84[sector].replace('{poss}', a.poss)}. {q} {a.pronoun} said. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
        elif shape == 5:
            rb = _pick(RETAILERS84[:2], k)[0]
            cg = _cl("grow", k)
            text = f"Grower {a.full}, who supplies {rb}, told {outlet} that {cg}."
            ex = [_that(text, cg, a, Contains("grower"))]
            others += [rb, outlet]
        elif shape == 6:
            cf = _cl("farm", k)
            text = f"Another farmer, {a.full}, {a.age}, said {cf}."
            ex = [_that(text, cf, a)]
        elif shape == 7:
            pj, pjn = _pick(PICKJOBS84, k)
            clause = f"{f.pronoun} had been {_pick(WHERE84, k)} when the hail came"
            text = f"{f.full}, {_a(pj)} from {town}, said {clause}. {pq} {f.pronoun} said."
            ex, people = [_that(text, clause, f, Contains(pjn)), _d(pq, f, Contains(pjn))], (f,)
        elif shape == 8:
            b = _other(a, k, gender=a.gender)
            fq = m.q(_qt("farm", k) + ",")
            text = (
                f"{a.full} keeps sheep on the hill above {town}. "
                f"{b.full} farms cattle in the valley below. {fq} {b.last} said."
            )
            ex, people = [_d(fq, b)], (a, b)
        elif shape == 9:
            desc = a.kin("A mother of three", "A father of three")
            text = f"{desc} from {town}, {a.full} said {c}."
            ex = [_that(text, c, a)]
        else:
            port = _pick(PORTS84, k)
            noun = a.kin("Fisherwoman", "Fisherman")
            fqs = m.q(_qt("fish", k) + ".")
            text = f"{noun} {a.full}, who has fished out of {port} for 25 years, said: {fqs}"
            ex, others = [_d(fqs, a, Contains(noun.lower()))], [port]
        yield _case(f"ho84-farmers-{shape}", text, ex, people, others)


# --- 7. commodity analysts and banks ------------------------------------------------------------------------


def analysts() -> Iterator[Case]:
    """`FULL, POST, said C.`; `"Q," said FULL, POST.`; `According to FULL, POST, C.`; `In a note to clients on
    DATE, FULL, POST, wrote that C.`; `BANK said in a note to clients that C.`; `BANK's quarterly outlook,
    published on DATE, forecast that C.`; `FULL, POST, told OUTLET that C.`; `C, said FULL, POST.`; `FULL,
    POST, said X was "F".`; `FULL, POST, said prices would keep rising. OTHER, POST2, was less sure: "Q."`;
    `"Q," FULL, POST, wrote in a note to clients.`; `FULL, POST, told clients that C, according to a note
    seen by OUTLET.` Key: the analyst's words her own with the post; the bank (or its outlook) speaks for
    itself; the clients and the outlet never (the outlet or the note may take the whole sentence it
    records)."""
    for a, shape, m, r in sample(_combos(12), 290, "ho84-analysts"):
        k = _slot(a, shape, r)
        p = _pick(ANALYST84, k)
        t = _t(p)
        bank, bacc, _bkind = _body_named(p.body)
        q = m.q(_qt(p, k) + ",")
        c = _cl(p, k)
        bc = _pick(BODYCLAUSES84["analyst"], k)
        outlet, date = _pick(OUTLETS84, k), _pick(DATES84, k)
        people: tuple[Person, ...] = (a,)
        others = [bank, "clients"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 3:
            text = f"In a note to clients on {date}, {a.full}, {p.a(a)}, wrote that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            text = f"{bank} said in a note to clients that {bc}."
            ex, people = [_that(text, bc, bacc)], ()
        elif shape == 5:
            accs = ("quarterly outlook", "outlook", f"{_poss(bank)} quarterly outlook", *bacc)
            text = f"{_poss(bank)} quarterly outlook, published on {date}, forecast that {bc}."
            ex, people = [_that(text, bc, accs)], ()
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
            others.append(outlet)
        elif shape == 7:
            text = f"{_cap(c)}, said {a.full}, {p.a(a)}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 8:
            obj, frag = _pick(FRAGS84["analyst"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 9:
            b = _other(a, k)
            pb = _pick([x for x in ANALYST84 if x != p], k)
            qb = m.q(_qt(pb, k + 1) + ".")
            clause = "prices would keep rising"
            text = f"{a.full}, {p.a(a)}, said {clause}. {b.full}, {pb.a(b)}, was less sure: {qb}"
            ex, people = [_that(text, clause, a, t), _d(qb, b, _t(pb))], (a, b)
            others.append(pb.body)
        elif shape == 10:
            text = f"{q} {a.full}, {p.a(a)}, wrote in a note to clients."
            ex = [_d(q, a, t)]
        else:
            whole = f"{a.full}, {p.a(a)}, told clients that {c}"
            text = f"{whole}, according to a note seen by {outlet}."
            ex = _recorded(text, [_that(text, c, a, t)], whole, ("note", "note seen by " + outlet, outlet))
            people = _mine(ex, a)
            others.append(outlet)
        yield _case(f"ho84-analysts-{shape}", text, ex, people, others)


# --- 8. tractor protests and rural campaigners --------------------------------------------------------------


def protests() -> Iterator[Case]:
    """`Hundreds of tractors blocked the ring road in TOWN on DATE. FULL, POST, told the crowd: "Q."`; `"Q,"
    said FULL, who drove POSS tractor 40 miles to the protest.`; `Protesters carried placards reading "P".
    FULL, POST, said C.`; `GROUP, which organised the protest, said C. Its ROLE, FULL, added: "Q."`; `POLICE
    said C. Organisers said C2.` (unnamed); `MIN-POST OTHER called X "F". FULL, POST, said C.`; `"Q," FULL
    shouted from the cab of POSS tractor.`; `Among the protesters was FULL, a JOB from TOWN. "Q," PRONOUN
    said.`; `In an open letter to the farm minister, OTHER, GROUP wrote: "Q."`; `FULL, POST, said C. "Q."`;
    `POST FULL accused the ministry of "F".` Key: each person's words their own with the post or job stated;
    the group and the police speak for themselves; unnamed organisers give no speaker or the organisers; the
    minister addressed, the placard, the town and the crowd never."""
    for a, shape, m, r in sample(_combos(11), 240, "ho84-protests"):
        k = _slot(a, shape, r)
        p = _pick(CAMP84, k)
        t = _t(p)
        gbody, gacc, _gk = _body_named(p.body)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        town, date = _pick(TOWNS84, k), _pick(DATES84, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [gbody, town, "crowd"]
        if shape == 0:
            text = (
                f"Hundreds of tractors blocked the ring road in {town} on {date}. "
                f"{a.full}, {p.a(a)}, told the crowd: {qs}"
            )
            ex = [_d(qs, a, t)]
        elif shape == 1:
            uq = m.q(_qt("union", k) + ",")
            text = f"{uq} said {a.full}, who drove {a.poss} tractor 40 miles to the protest."
            ex = [_d(uq, a)]
        elif shape == 2:
            region = f"Protesters carried placards reading {m.q(_pick(PLACARDS84, k))}."
            text = f"{region} {a.full}, {p.a(a)}, said {c}."
            ex = [*tolerate(text, region), _that(text, c, a, t)]
        elif shape == 3:
            bc = _pick(BODYCLAUSES84["camp"], k)
            text = f"{gbody}, which organised the protest, said {bc}. Its {p.role(a)}, {a.full}, added: {qs}"
            ex = [_that(text, bc, gacc), _d(qs, a, Contains(p.its))]
        elif shape == 4:
            police, pacc = _pick(POLICE84, k)
            pc = _pick(POLICECLAUSES84, k)
            text = f"{police} said {pc}. Organisers said {c}."
            content = one_of(text, (f"that {c}", c))
            ex = [_that(text, pc, pacc), _anon(text, content, "indirect", ("organisers",))]
            people, others = (), [police, town]
        elif shape == 5:
            mp = _pick(MIN84[:2], k)
            obj, frag = _pick(FRAGS84["min"], k)
            fq = m.q(frag)
            text = f"{mp.b(b)} {b.full} called {obj} {fq}. {a.full}, {p.a(a)}, said {c}."
            ex = [_called(text, obj, fq, b, title=_tb(mp)), _that(text, c, a, t)]
            people = (a, b)
        elif shape == 6:
            text = f"{q} {a.full} shouted from the cab of {a.poss} tractor."
            ex = [_d(q, a)]
        elif shape == 7:
            job, jn, sector = _pick(JOBS84, k)
            sq = m.q(_qt(sector, k) + ",")
            text = f"Among the protesters was {a.full}, {_a(job)} from {town}. {sq} {a.pronoun} said."
            ex = [_d(sq, a, Contains(jn))]
        elif shape == 8:
            bq = m.q(_pick(BODYQUOTES84["camp"], k) + ".")
            text = f"In an open letter to the farm minister, {b.full}, {_low(gbody)} wrote: {bq}"
            ex, people = [_d(bq, gacc)], (b,)
            others.append("farm minister")
        elif shape == 9:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        else:
            fq = m.q(_pick(ACCUSECAMP84, k))
            text = f"{p.b(a)} {a.full} accused the ministry of {fq}."
            ex = [_accused(text, "the ministry", fq, a, _tb(p))]
            others.append("ministry")
        yield _case(f"ho84-protests-{shape}", text, ex, people, others)


# --- 9. prices, quotas and subsidies ------------------------------------------------------------------------


def trade_prices() -> Iterator[Case]:
    """`COOP said C. PROCESSOR rejected the claim, saying C2.`; `FULL, COOP POST, said X was "F".`; `The quota
    agreement with PARTNER, signed on DATE, states that C.`; `"Q," said FULL, TRADE POST.`; `The Ministry of
    Land and Food said C. FULL, UNION POST, said X was "F".`; `According to guidance published by the Rural
    Payments Office on DATE, C.`; `FULL, POST, said that C, and that C2.`; `Milk buyers cut the price by 2p a
    litre on DATE. FULL, COOP POST, told OUTLET: "Q."`; `In a submission to the inquiry into supermarket
    pricing, FULL, POST, wrote that C.`; `Members of COOP voted on DATE to reject the offer. "Q," said FULL,
    its ROLE.`; `FULL, TRADE POST, said: "Q." PARTNER's trade minister, OTHER, said C.` Key: each person's
    words their own with the post stated; a co-operative, a processor and the ministry speak for themselves
    (the rejection the processor's or nothing); the agreement and the guidance speak for themselves (the
    guidance, or its office); the partner, the inquiry and the outlet never."""
    for a, shape, m, r in sample(_combos(11), 290, "ho84-trade"):
        k = _slot(a, shape, r)
        cp, tp = _pick(COOP84, k), _pick(TRADE84, k)
        coop, cacc, _ck = _body_named(cp.body)
        mb, macc, _mk = _pick(RETAILERS84[2:], k)
        partner, outlet, date = _pick(PARTNERS84, k), _pick(OUTLETS84, k), _pick(DATES84, k)
        b = _other(a, k)
        people: tuple[Person, ...] = () if shape in (0, 2, 5) else (a, b) if shape == 10 else (a,)
        others = [coop, mb, _bare(partner), _bare(tp.body)]
        if shape == 0:
            region = f"{mb} rejected the claim"
            bc, pc = _pick(BODYCLAUSES84["coop"], k), _pick(PRICECLAUSES84, k)
            text = f"{coop} said {bc}. {region}, saying {pc}."
            ex = [_that(text, bc, cacc), _that(text, pc, macc), *tolerate(text, region, macc)]
        elif shape == 1:
            obj, frag = _pick(FRAGS84["coop"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{a.full}, {cp.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, _t(cp))]
        elif shape == 2:
            term = _pick(DEALTERMS84, k)
            text = f"The quota agreement with {partner}, signed on {date}, states that {term}."
            ex = [_that(text, term, ("quota agreement", "agreement", f"quota agreement with {partner}"))]
        elif shape == 3:
            q = m.q(_qt(tp, k) + ",")
            text = f"{q} said {a.full}, {tp.a(a)}."
            ex = [_d(q, a, _t(tp))]
        elif shape == 4:
            up = _pick(UNION84[:3], k)
            bc = _pick(BODYCLAUSES84["min"], k)
            obj, frag = _pick(FRAGS84["union"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"The Ministry of Land and Food said {bc}. {a.full}, {up.a(a)}, said {clause}."
            ex = [_that(text, bc, ("Ministry of Land and Food", "ministry")), _mixed(text, clause, a, _t(up))]
            others.append(_bare(up.body))
        elif shape == 5:
            gc = _pick(GUIDANCE84, k)
            text = f"According to guidance published by the Rural Payments Office on {date}, {gc}."
            ex = [_r(gc, ("guidance", "Rural Payments Office", "office"))]
        elif shape == 6:
            pp = cp if k % 2 else tp
            c, c2 = _cl(pp, k), _cl(pp, k + 1)
            text = f"{a.full}, {pp.a(a)}, said that {c}, and that {c2}."
            ex = _two_reports(text, c, c2, a, _t(pp))
        elif shape == 7:
            qs = m.q(_qt(cp, k) + ".")
            text = (
                f"Milk buyers cut the price by 2p a litre on {date}. {a.full}, {cp.a(a)}, told {outlet}: {qs}"
            )
            ex = [_d(qs, a, _t(cp))]
            others.append(outlet)
        elif shape == 8:
            pp = _pick(UNION84[:3], k)
            c = _cl(pp, k)
            text = (
                "In a submission to the inquiry into supermarket pricing, "
                f"{a.full}, {pp.a(a)}, wrote that {c}."
            )
            ex = [_that(text, c, a, _t(pp))]
            others += ["inquiry", _bare(pp.body)]
        elif shape == 9:
            q = m.q(_qt(cp, k) + ",")
            text = (
                f"Members of {_low(coop)} voted on {date} to reject the offer. "
                f"{q} said {a.full}, its {cp.its}."
            )
            ex = [_d(q, a, Contains(cp.its))]
        else:
            qs = m.q(_qt(tp, k) + ".")
            c2 = _cl("trade", k + 1)
            text = (
                f"{a.full}, {tp.a(a)}, said: {qs} {_cap(_poss(partner))} trade minister, {b.full}, said {c2}."
            )
            ex = [_d(qs, a, _t(tp)), _that(text, c2, b, Contains(("trade minister", _bare(partner))))]
        yield _case(f"ho84-trade-{shape}", text, ex, people, others)


# --- 10. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, toured SCENE. "Q," PRONOUN said.` (genders differ); `FULL said C. OTHER,
    POST2, disagreed. "Q," PRONOUN said.` (same gender: OTHER); paragraphs `FULL said C.`, `OTHER responded:
    "Q2."`, `"Q," PRONOUN added.` (genders differ: FULL); `FULL visited SCENE with OTHER on DAY. Afterwards,
    PRONOUN told reporters that C.` (same gender: the subject FULL); `"Q," OTHER told FULL. PRONOUN replied:
    "Q2."` (genders differ); `FULL, POST, spoke first. "Q," PRONOUN said. OTHER, POST2, followed. "Q2,"
    PRONOUN said.` (same gender); `FULL said POSS staff had worked through the weekend. "Q," PRONOUN said.`;
    `FULL, POST, said C; OTHER stood beside OBJ.` then `PRONOUN later told OUTLET: "Q2."` (genders differ); a
    four-paragraph article whose last paragraph is `"Q," PRONOUN said.` after OTHER's report (genders differ:
    FULL). Key: as a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(9), 235, "ho84-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS84, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES84, k), _pick(OUTLETS84, k), _pick(DATES84, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, _bare(scene)]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, toured {scene}. {q} {a.pronoun} said."
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
                f"{a.full} visited {scene} with {b.full} on {date}. "
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
            clause = f"{a.poss} staff had worked through the weekend"
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
        else:
            text = _article(
                _pick(NARRATIVE84, k),
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        yield _case(f"ho84-pronouns-{shape}", text, ex, people, others)


# --- 11. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE, POST,
    said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `Dr FULL, a vet at Hollins Cross
    Veterinary Practice, said C. "Q," Dr SURNAME said.`; `Professor FULL, an agronomist at the University of
    Kelmoor, said C. "Q," Professor SURNAME said.`; two posts, then `The ROLE2 said C2.` and `"Q," the ROLE
    said.` Key: the second reference's person with the post of the first mention (*Dr* or *Professor* may
    stay in the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho84-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS84, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES84, k), _pick(DATES84, k)
        people: tuple[Person, ...] = (a,)
        others = [pa.body, _bare(scene)]
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
            ex = [_that(text, c, a, _tb(pa))]
        elif shape == 3:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, visited {scene}. {qb} said {pb.sh(b)}."
            ex, people = [_d(qb, b, tb)], (a, b)
            others.append(pb.body)
        elif shape == 4:
            text = f"{pa.b(a)} {a.full} said {c}. {q} {a.last} said later."
            ex = [_that(text, c, a, _tb(pa)), _d(q, a, _tb(pa))]
        elif shape == 5:
            text = f"{a.full}, {a.age}, {pa.a(a)}, said {c}. {q} the {a.age}-year-old said."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 6:
            honor = a.kin("Ms", "Mr")
            text = f"{a.full}, {pa.a(a)}, arrived at {scene} just after nine. {q} {honor} {a.last} said."
            ex = [_d(q, a, ta)]
        elif shape == 7:
            vet = AG84[4]
            qv = m.q(_qt(vet, k) + ",")
            cv = _cl(vet, k)
            text = (
                f"Dr {a.full}, a vet at Hollins Cross Veterinary Practice, said {cv}. {qv} Dr {a.last} said."
            )
            who = (a.full, f"Dr {a.full}")
            title = Contains(("vet", "Hollins Cross"))
            ex, others = (
                [_that(text, cv, who, title), _d(qv, who, title)],
                ["Hollins Cross Veterinary Practice"],
            )
        elif shape == 8:
            qg = m.q(_qt("prof", k) + ",")
            cg = _cl("prof", k)
            text = (
                f"Professor {a.full}, an agronomist at the University of Kelmoor, said {cg}. "
                f"{qg} Professor {a.last} said."
            )
            who = (a.full, f"Professor {a.full}")
            title = Contains(("agronomist", "University of Kelmoor"))
            ex, others = [_that(text, cg, who, title), _d(qg, who, title)], ["University of Kelmoor"]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at {scene} on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho84-secondrefs-{shape}", text, ex, people, others)


# --- 12. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS84 = tuple(p for p in POSTS84 if p.family in SPLITS84)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL admitted, "s2."`; `"S1," FULL wrote in a letter to members, "s2."`; `"S1," FULL
    said. "S2."` (an uncredited continuation). Key: both parts (or one span) FULL's; the outlet, the members
    and OTHER never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho84-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS84, k)
        t = _t(p)
        one, two = _pick(SPLITS84[p.family], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES84, k), _pick(OUTLETS84, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, _bare(scene), outlet]
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
            text, title = f"{p.b(a)} {a.full} arrived at {scene}. {h1} {p.sh(a)} said, {h2}", _tb(p)
        elif shape == 7:
            text = f"{h1} {a.full} admitted, {h2}"
        elif shape == 8:
            text = f"{h1} {a.full} wrote in a letter to members, {h2}"
            others.append("members")
        else:
            h1s, h2s = m.q(one + ","), m.q(_cap(two))
            text = f"{h1s} {a.full} said. {h2s}"
            h1, h2 = h1s, h2s
        yield _case(f"ho84-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 13. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.` Key: the
    reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS84, 4), 235, "ho84-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS84, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES84, k)
        outlet = _pick(OUTLETS84, k)
        obj, frag = _pick(FRAGS84[p.family], k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES84, k)} {c}."
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
            clause = f"{obj} was {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 7:
            text = f"{p.b(a)} {a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, a, title=_tb(p))]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        else:
            text = f"{_cap(c)}, according to {a.full}."
            ex = [_r(_cap(c), a)]
        yield _case(f"ho84-indirect-{shape}", text, ex, (a,), others)


# --- 14. four-paragraph articles ----------------------------------------------------------------------------

#: What an article builder returns: the text, the expected quotations, the people and the other names.
Built = tuple[str, list[Expect], tuple[Person, ...], list[str]]


def _harvest(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A wet harvest: a farmer's report, a union's statement, `"Q," PRONOUN added.`"""
    job, jn, sector = _pick([j for j in JOBS84 if j[2] != "fish"], k)
    ub, uacc, ukind = _pick(UNIONS84[:4], k)
    c, bc = _cl(sector, k), _pick(BODYCLAUSES84[ukind], k)
    q = m.q(_qt(sector, k + 1) + ",")
    town = _pick(TOWNS84, k)
    text = _article(
        f"Weeks of rain have left crops rotting in the fields around {town}.",
        f"{a.full}, {_a(job)} from {town}, said {c}.",
        f"{ub} said in a statement that {bc}.",
        f"{q} {a.pronoun} added.",
    )
    ex = [_that(text, c, a, Contains(jn)), _that(text, bc, uacc), _d(q, a, Contains(jn))]
    return text, ex, (a,), [ub, town]


def _drought(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A minister's drought visit: a farmer tells her C, `"Q," the minister said.`, an analyst's report."""
    mp = _pick(MIN84[:2], k)
    an = _pick(ANALYST84, k)
    c3 = _other(a, k + 1, avoid=(b,))
    town, date = _pick(TOWNS84, k), _pick(DATES84, k)
    cf, ca = _cl("farm", k), _cl(an, k)
    q = m.q(_qt(mp, k) + ",")
    text = _article(
        f"{mp.b(a)} {a.full} visited {town} on {date} as the drought entered its third month.",
        f"{b.full}, who farms 400 acres outside {town}, told {a.obj} that {cf}.",
        f"{q} the minister said.",
        f"{c3.full}, {an.a(c3)}, said {ca}.",
    )
    ex = [_that(text, cf, b), _d(q, a, _tb(mp)), _that(text, ca, c3, _t(an))]
    return text, ex, (a, b, c3), [town, an.body]


def _recall(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A recall: the maker's act, the agency's statement, a retailer's executive, `"Q," the ROLE added.`"""
    mb, macc, _mk = _pick(RETAILERS84[2:], k)
    rp = _pick(RETAIL84[:2], k)
    bc = _pick(BODYCLAUSES84["food"], k)
    qs, q2 = m.q(_qt(rp, k) + "."), m.q(_qt(rp, k + 1) + ",")
    region = f"{mb} has recalled {_pick(PRODUCTS84, k)} after {_pick(REASONS84, k)}."
    text = _article(
        region,
        f"The Food Integrity Agency said in a statement that {bc}.",
        f"{a.full}, {rp.a(a)}, said: {qs}",
        f"{q2} {rp.sh(a)} added.",
    )
    ex = [
        *tolerate(text, region, macc),
        _that(text, bc, ("Food Integrity Agency", "agency")),
        _d(qs, a, _t(rp)),
        _d(q2, a, _t(rp)),
    ]
    return text, ex, (a,), [mb, "Food Integrity Agency", rp.body]


def _outbreak(a: Person, b: Person, m: Mark, k: int) -> Built:
    """An outbreak: the chief vet's report, a farmer of one gender with her, `"Q," the chief vet said.`"""
    cvo = AG84[2]
    farm, town = _pick(FARMNAMES84, k), _pick(TOWNS84, k)
    c = _cl(cvo, k)
    fq, q = m.q(_qt("cull", k) + "."), m.q(_qt(cvo, k + 1) + ",")
    text = _article(
        f"Bird flu has been found at {farm} near {town}, the third case in the county this month.",
        f"{cvo.b(a)} {a.full} said {c}.",
        f"{b.full}, whose farm lies inside the protection zone, said: {fq}",
        f"{q} the chief vet said.",
    )
    ex = [_that(text, c, a, _tb(cvo)), _d(fq, b), _d(q, a, _tb(cvo))]
    return text, ex, (a, b), [farm, town, "Animal Health Directorate"]


def _show(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A show: the steward's colon credit, a breeder, `"Q," PRONOUN said.` (genders differ: the breeder)."""
    sp = _pick(SHOW84, k)
    job, jn, _sector = _pick(LIVESTOCK84, k)
    qs = m.q(_qt(sp, k) + ".")
    fq = m.q(_qt("winner", k + 1) + ",")
    town = _pick(TOWNS84, k)
    text = _article(
        f"More than 30,000 visitors came through the gates of {_low(_body_named(sp.body)[0])} on Saturday.",
        f"{a.full}, {sp.a(a)}, said: {qs}",
        f"The supreme champion of the livestock classes was bred by {b.full}, {_a(job)} from {town}.",
        f"{fq} {b.pronoun} said.",
    )
    ex = [_d(qs, a, _t(sp)), _d(fq, b, Contains(jn))]
    return text, ex, (a, b), [_bare(sp.body), town]


def _milk(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A milk-price cut: a co-operative chair's report, an analyst's, `"Q," PRONOUN said.` (genders differ:
    the chair)."""
    cp, an = COOP84[0], _pick(ANALYST84, k)
    c, ca = _cl(cp, k), _cl(an, k)
    q = m.q(_qt(cp, k) + ",")
    mb = _pick(RETAILERS84[2:4], k)[0]
    text = _article(
        f"Dairy farmers who supply {mb} face a cut of 2p a litre from next month.",
        f"{a.full}, {cp.a(a)}, said {c}.",
        f"{b.full}, {an.a(b)}, said {ca}.",
        f"{q} {a.pronoun} said.",
    )
    ex = [_that(text, c, a, _t(cp)), _that(text, ca, b, _t(an)), _d(q, a, _t(cp))]
    return text, ex, (a, b), [mb, cp.body, an.body]


def _quota(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A fishing quota: a skipper's colon credit, the association's report, a negotiator's, `"Q," SURNAME
    said.`"""
    port, date = _pick(PORTS84, k), _pick(DATES84, k)
    tp = TRADE84[0]
    fqs, fq2 = m.q(_qt("fish", k) + "."), m.q(_qt("fish", k + 1) + ",")
    bc = _pick(BODYCLAUSES84["union-fish"], k)
    c = _cl(tp, k)
    text = _article(
        f"Boats stayed in harbour at {port} on {date} as the new cod quota took effect.",
        f"{a.full}, a trawler skipper who has fished out of {port} for 25 years, said: {fqs}",
        f"The Inshore Fishers' Association said {bc}. {b.full}, {tp.a(b)}, said {c}.",
        f"{fq2} {a.last} said.",
    )
    acc = ("Inshore Fishers' Association", "association")
    ex = [
        _d(fqs, a, Contains("skipper")),
        _that(text, bc, acc),
        _that(text, c, b, _t(tp)),
        _d(fq2, a, Contains("skipper")),
    ]
    return text, ex, (a, b), [port, "Inshore Fishers' Association", "Ministry of Land and Food"]


def _protest(a: Person, b: Person, m: Mark, k: int) -> Built:
    """A tractor protest: an organiser tells the crowd, the police, the minister by post then by role."""
    cp, mp = _pick(CAMP84, k), _pick(MIN84[:2], k)
    town, date = _pick(TOWNS84, k), _pick(DATES84, k)
    police, pacc = _pick(POLICE84, k)
    qs = m.q(_qt(cp, k) + ".")
    pc, cm = _pick(POLICECLAUSES84, k), _cl(mp, k)
    qm = m.q(_qt(mp, k + 1) + ",")
    text = _article(
        f"About 400 tractors blocked the roads into {town} on {date}.",
        f"{a.full}, {cp.a(a)}, told the crowd: {qs}",
        f"{police} said {pc}.",
        f"{mp.b(b)} {b.full} said {cm}. {qm} the minister added.",
    )
    ex = [_d(qs, a, _t(cp)), _that(text, pc, pacc), _that(text, cm, b, _tb(mp)), _d(qm, b, _tb(mp))]
    return text, ex, (a, b), [police, town, cp.body, "crowd"]


#: The article shapes: (name, builder, how the second person's gender relates to the first's).
ARTICLES84: tuple[tuple[str, Callable[[Person, Person, Mark, int], Built], str], ...] = (
    ("harvest", _harvest, "any"),
    ("drought", _drought, "any"),
    ("recall", _recall, "any"),
    ("outbreak", _outbreak, "same"),
    ("show", _show, "other"),
    ("milk", _milk, "other"),
    ("quota", _quota, "any"),
    ("protest", _protest, "any"),
)


def articles() -> Iterator[Case]:
    """Four-paragraph articles: a wet harvest (a farmer's report, a union's statement, `"Q," PRONOUN added.`);
    a drought visit (`FARMER told her that C`, `"Q," the minister said.`, an analyst); a recall (the maker's
    act, the agency's statement, a retailer's executive and `the ROLE added`); an outbreak (the chief vet, a
    farmer of the same gender, `"Q," the chief vet said.`); a show (the steward, a breeder named in narrative,
    `"Q," PRONOUN said.` of the other gender); a milk-price cut (a co-operative chair, an analyst of the other
    gender, `"Q," PRONOUN said.`); a fishing quota (a skipper, the association and a negotiator, `"Q," SURNAME
    said.`); a tractor protest (an organiser, the police, the minister by post then by role). Key: each
    quotation its speaker's with the title of the first mention; the person addressed, the body beside a
    person and the others never."""
    for a, shape, m, r in sample(_combos(len(ARTICLES84)), 240, "ho84-articles"):
        k = _slot(a, shape, r)
        name, build, rel = ARTICLES84[shape]
        gender = a.gender if rel == "same" else _opp(a) if rel == "other" else None
        b = _other(a, k, gender=gender)
        text, ex, people, others = build(a, b, m, k)
        yield _case(f"ho84-articles-{name}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `The orchards around TOWN grow "V", an apple bred
    there in the 1920s. FULL has grown it for 20 years.`; `Harvestway sells the range under its "B" label.`;
    `The payments, under a scheme called "S", open on DATE. FULL, POST, visited SCENE.`; `FULL won the "C"
    class at SHOW.`; `The lowest field on the farm, known locally as "N", flooded again.`; a placard reading
    `"P"` (no quotation, or one with no speaker); `The so-called "T" products have split the industry, and
    FULL is under pressure to respond.`; narrative paragraphs; `FULL, POST, declined to comment.`; `AGENCY is
    expected to publish its findings in the spring. FULL is expected to give evidence next week.`; `"Q," said
    FULL, whose group marches under the slogan "P".` (the one real quotation); `"Q," said FULL, who grows
    "V" outside TOWN.` Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(12), 270, "ho84-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS84, k)
        town, date, scene, show = _pick(TOWNS84, k), _pick(DATES84, k), _pick(SCENES84, k), _pick(SHOWS84, k)
        vq, bq, sq = m.q(_pick(VARIETIES84, k)), m.q(_pick(BRANDS84, k)), m.q(_pick(SCHEMES84, k))
        cq, nq = m.q(_pick(CLASSES84, k)), m.q(_pick(FIELDNICKS84, k))
        pq, scq = m.q(_pick(PLACARDS84, k)), m.q(_pick(SCARE84, k))
        agency = _pick(AGENCIES84, k)[0]
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body, town, _bare(scene), _bare(agency)]
        if shape == 0:
            text = (
                f"The orchards around {town} grow {vq}, an apple first bred there in the 1920s. "
                f"{a.full} has grown it for 20 years."
            )
            forbidden = (vq,)
        elif shape == 1:
            text = f"Harvestway sells the range under its {bq} label, and {a.full} supplies most of the lamb."
            forbidden = (bq,)
            others.append("Harvestway")
        elif shape == 2:
            text = (
                f"The payments, under a scheme called {sq}, open on {date}. "
                f"{a.full}, {p.a(a)}, visited {scene}."
            )
            forbidden = (sq,)
        elif shape == 3:
            text = f"{a.full} won the {cq} class at {show} with a two-year-old heifer."
            forbidden = (cq,)
            others.append(_bare(show))
        elif shape == 4:
            text = (
                f"{a.full} has farmed outside {town} since 1998. "
                f"The lowest field on {a.poss} farm, known locally as {nq}, flooded again in March."
            )
            forbidden = (nq,)
        elif shape == 5:
            region = f"Protesters held up placards reading {pq} outside the ministry in {town}."
            text = f"{region} {a.full} walked past them without stopping."
            ex = tolerate(text, region)
        elif shape == 6:
            text = (
                f"The so-called {scq} products have split the industry, "
                f"and {a.full} is under pressure to respond."
            )
            forbidden = (scq,)
        elif shape == 7:
            text = _article(_pick(NARRATIVE84, k), _pick(NARRATIVE84, k + 1))
        elif shape == 8:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE84, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 9:
            text = (
                f"{agency} is expected to publish its findings in the spring. "
                f"{a.full} is expected to give evidence to the inquiry next week."
            )
            ex = tolerate(text, text)
        elif shape == 10:
            q = m.q(_qt("camp", k) + ",")
            text = f"{q} said {a.full}, whose group marches under the slogan {pq}."
            ex, forbidden = [_d(q, a)], (pq,)
        else:
            q = m.q(_qt("grow", k) + ",")
            text = f"{q} said {a.full}, who grows {vq} outside {town}."
            ex, forbidden = [_d(q, a)], (vq,)
        yield _case(f"ho84-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_84 = (
    _named(
        "ministers",
        "farm ministers and officials at shows and briefings: colon and inverted credits, open cues",
        ministers,
    ),
    _named(
        "agency_documents",
        "food-safety and animal-health agencies: reports, assessments, alerts and statements that speak",
        agency_documents,
    ),
    _named("outbreaks", "animal-disease outbreaks: vets, the directorate and farmers", outbreaks),
    _named(
        "retailers",
        "supermarkets and food companies: statements, executives, unnamed spokespeople",
        retailers,
    ),
    _named("farm_unions", "farm and fishing unions and their leaders", farm_unions),
    _named(
        "farmers",
        "farmers, growers, fishers and seasonal workers by job, age, relative clause and first name",
        farmers,
    ),
    _named("analysts", "commodity analysts, banks' notes and outlooks", analysts),
    _named("protests", "tractor protests, campaigners, police and placards", protests),
    _named("trade_prices", "milk prices, co-operatives, trade quotas and payment guidance", trade_prices),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Dr and Professor SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named(
        "articles", "four-paragraph articles of the rural-affairs desk with two or three people", articles
    ),
    _named("controls", "varieties, own brands, schemes, show classes, field nicknames, placards", controls),
)
