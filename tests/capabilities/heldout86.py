"""Eighty-sixth held-out round: capabilities written at commit ``ee801197`` by a helper (``hcap92``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout86data.py``: thirty invented finance ministers, treasury
officials and ministry spokespeople, central-bank governors, deputy governors and rate-setters, economists at
banks, brokers and think tanks, the chair of a fiscal watchdog and an auditor-general, business-lobby and
union leaders, opposition finance spokespeople and a senator, committee chairs and small-business owners of
Swedish, Yoruba, Korean, Welsh, Italian, Hungarian, Bengali, Greek, Turkish, Chilean, Finnish, Czech, Kikuyu,
German and Vietnamese origin, each with a gender and an age, and ten taxpayers known by a first name only;
posts with their bodies and short second references; a ministry, the Treasury, the central bank, the revenue
service, the watchdog, the audit chamber, lobbies, unions, parties, think tanks and banks that speak, some of
one word (*Renewal*, *Fiscalis*, *Tamberly*); rate-meeting minutes, an inflation report, a fiscal outlook, an
audit and a budget statement with what each says, finds, recommends and calls something; leaked memos;
outlets, towns, scenes, dates and committees; quotations, reported clauses, pointed fragments and split
quotations for each kind of speaker; rate decisions and official figures; tax nicknames, placard slogans,
scheme names, report titles, people's nicknames and scare terms in marks) as a round of BUDGETS, TAXES AND
CENTRAL BANKS as an economics desk writes them: every case is a short passage (one to five sentences, or a
short article of four paragraphs) with one to three people, and every quotation checks the content (the marks
and the words inside them for a direct quotation; the reported clause, with or without its *that*, for an
indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one), the kind, the
canonical full name and, whenever the text states one, the title with `Contains` of the role noun and each
affiliation stated, with `wrong_speakers` for every other person, body, outlet, document, committee, scene and
town in the passage.

Conventions: a document speaks for itself or for the body that publishes it: *The minutes showed that C* after
*The Bank of Calvera published the minutes of its June rate meeting* is the minutes' or the bank's; *It found
that C* / *They noted that C* (the document by pronoun), *According to the outlook, C* and *In its budget
statement, the Finance Ministry said that C* likewise; a governor or chair who speaks to reporters about a
document never speaks its `The report concluded: "Q."`; a body's report (*said in a report*) is the body's or
the report's. A leaked memo speaks for itself or for the body whose memo it is, never for the outlet that saw
it. A statement, a post on a body's website and a body's *said* speak for the body (*the bank* after *The Bank
of Calvera* is the same body; a description in apposition, *The government's fiscal watchdog, the Office for
Fiscal Scrutiny,* may name it); an unnamed spokesperson or official (*A spokeswoman for BODY said C*, *said a
Treasury spokesman, who asked not to be named*, *A Finance Ministry official, speaking on condition of
anonymity*) gives no speaker, the description or the body. *NAME said C, according to X* (X a transcript of a
hearing or a readout of a meeting) may come out as NAME's report of C or X's report of the whole sentence (or
its publisher's). *The committee heard that C* is no one's (or no quotation); a witness *due to give evidence*
and *NAME is expected to ...* may come out as a report with no speaker or nothing; *Asked whether X* / *Asked
by the committee whether X* may come out with no speaker (or the committee); *OTHER asked NAME whether X* may
come out as OTHER's or no one's; the chair or member addressed or pressing (*told the committee chair, OTHER,
that C*, *Pressed by OTHER, NAME conceded that C*) never speaks C, nor the minister written to. An act with an
object and no words (*voted to cut rates*, *warned markets not to expect quick cuts*, *questioned the growth
forecast*, *rejected the claim*, *rejected the findings*, *The Bank of Calvera held its main interest rate at
4.25 percent*) may come out as the doer's report or nothing; *declined to comment* / *declined to comment on
the leaked figures* as NAME's report or nothing; official figures (*Inflation fell to 3.1 percent in May,
figures from the Statistics Office showed*) as the office's (or the figures') report or nothing. `accused
TARGET of "F"` is a mixed report of `TARGET of "F"`, of `of "F"` or the fragment alone (direct or mixed);
`called X "F"` and `described X as "F"` / `dismissed X as "F"` the object with the fragment (mixed) or the
fragment alone. A report followed by the same speaker's uncredited quotation (*NAME said C. "Q."*) may come
out as the two or as one mixed content; a split quotation, and a quotation continued in an uncredited sentence
after its credit, may come out as two quotations or one span with its credit inside; two clauses (*said that C
and that C2*, *found that C, and that C2*) as one report or two, each with or without *that*. A first name
alone is the whole canonical name; *Dr* and *Professor* may stay in the name; a job in apposition or before
the name (*a cafe owner from Lissford*, *Hairdresser NAME*) is the title; *NAME of BODY* states the body alone
as the title; *Its chair, NAME,* checks the role noun; a relative clause (*who runs a bakery in Tollmere*,
*who has led the union since 2019*, *whose family has run a garage*), an age, a town and a kinship state no
title, so the title is not checked there. Tax nicknames, placard slogans, scheme names, report titles,
people's nicknames and scare terms in marks are no quotation; a placard's words may come out as a quotation
with no speaker. Same-gender pronouns resolve as a careful reader does: to the person just introduced after a
disagreement (*OTHER, POST, disagreed. "Q," she said.*), to the sentence subject after *met*.

The one run: 3246 of 3438 cases pass (budget_day 230/237, rate_decisions 212/227, documents 209/229,
economists 209/233, watchdogs 212/222, lobbies 220/239, opposition 226/232, taxpayers 235/240, committees
212/224, statements 215/215, pronouns 217/231, second_refs 214/233, split_quotes 221/235, indirect_cues
218/227, controls 196/214).

Key fixes after the one run (no case weakened): none of the 192 failures was a mistake of the key (no wrong
offset, typo, title the text does not state, or ungrammatical or ambiguous text), so no expected content,
speaker, title or kind was changed. One omission was completed: passages that name a body, outlet, town or
committee inside a longer phrase (*the Finance Ministry in Port Selwyn*, *the Bank of Calvera headquarters*,
*its annual audit of the Finance Ministry*) did not list it among `wrong_speakers`; `_case` now adds every
body, outlet, town and committee of the round that a passage names (`PLACENAMES86`) as a wrong speaker of each
quotation whose key does not accept it. This only adds checks: the key-fixed run is again 3246 of 3438 with
the same cases failing, seven of which (`It found that C` after *The National Audit Chamber's annual audit of
the Finance Ministry was published*) are now also reported as given to the wrong body.

1. finance ministers and treasury officials on budget day: `told parliament on DAY:`, inverted `said NAME,
   POST`, `POST NAME told reporters at SCENE that`, `Speaking in parliament on DAY,`, open cues (`conceded`,
   `insisted`, `predicted`...), `told OUTLET`, `PRONOUN added`, a four-paragraph article with a lobby's
   statement and a surname, a fronted clause, a report then an uncredited quotation, `In POSS opening remarks,
   POST NAME said:` (`budget_day`);
2. governors and rate-setters: `told a news conference after the rate decision`, `POST NAME said on DAY that`,
   `voted to cut rates, arguing that`, the decision then a quotation, the bank's statement (`the bank said`),
   `the governor added`, the lone dissenter by pronoun, `Asked whether rates had peaked, ... replied:`,
   `warned markets not to expect quick cuts, saying`, a four-paragraph article with an economist
   (`rate_decisions`);
3. documents: minutes, an inflation report, a fiscal outlook, an audit and a budget statement that show, find,
   note, recommend and are quoted (`"Q," the minutes said.`, `The report concluded:` beside a governor who
   speaks to reporters, `According to the outlook,`, `In its budget statement, BODY said that`, `described X
   as "F"`, two findings, `It found that`), a leaked memo seen by an outlet, a body's official by possessive
   (`documents`);
4. economists: inverted credits, `wrote in a note to clients that`, `According to NAME, POST,`, `told
   OUTLET:`, official figures then a quotation, `wrote NAME, POST, in a research note`, a relative clause
   after the post, `NAME of BODY said`, two economists in one sentence, `wrote on social media:`, `C, NAME,
   POST, said in a note.` (`economists`);
5. the fiscal watchdog and the audit chamber: statements, `said in a report`, the chair and the
   auditor-general with colon credits, `told the Treasury Committee that`, the body after a description, `Its
   chair, NAME, added:`, `accused the Finance Ministry of "F"`, `stood by them, saying`, `wrote to the finance
   minister, OTHER, that`, `found that` then a quotation, `declined to comment on ... but said` (`watchdogs`);
6. business lobbies and unions: colon and inverted credits with the post, `Its ROLE, NAME, went further:`,
   `accused the government of "F"`, `In a letter to members, NAME wrote:`, `BODY, which represents 40,000
   MEMBERS, called X "F"`, `told OUTLET`, the ministry's rejection, a ministry spokeswoman who `disputed
   that:`, a relative clause, `Addressing BODY's annual conference,` (`lobbies`);
7. the opposition: `told parliament:`, `tweeted:`, `In a post on social media, NAME wrote:`, `called X "F"`,
   the finance minister who `dismissed the criticism as "F"`, `Responding to the budget,`, the party's
   statement (one of them one word), `questioned the growth forecast` then `the shadow minister said`, `adding
   that`, `quipped during the budget debate` and other cues (`opposition`);
8. taxpayers and small businesses: `NAME, AGE, who runs SHOP in TOWN, said:`, `A pensioner who gave only his
   first name, FIRST, said:`, `said FIRST, AGE, a JOB from TOWN`, a job then a pronoun, a quotation continued
   after its credit, `JOB NAME told OUTLET that`, `Another trader, NAME, AGE,`, a first name with a job and a
   pronoun, two owners of one gender by surname, `A mother of three from TOWN, NAME said` (`taxpayers`);
9. parliamentary committee sessions: `told COMMITTEE on DAY that`, `Asked by the committee whether X, ...
   replied:`, `told the committee chair, OTHER, that`, `The committee heard that`, the chair's `"Q," the
   committee chair said.`, `told members of the committee`, `Giving evidence to COMMITTEE,`, `Pressed by
   OTHER, ... conceded that`, `according to a transcript of the hearing`, the committee's report, `OTHER asked
   NAME whether X. "Q," PRONOUN replied.` (`committees`);
10. statements, spokespeople and readouts: a government body's `said in a statement that`, `"Q," BODY said in
    a statement.`, `A statement from BODY read:`, an unnamed spokesperson, `In a post on its website,`,
    `adding that`, *declined to comment*, `said a BODY spokesman, who asked not to be named`, an anonymous
    official, `according to a readout released by BODY`, *is expected to* (`statements`);
11. pronouns across people of both and of the same gender, within a passage, across paragraphs and in a
    four-paragraph article (`pronouns`);
12. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age, `Ms/Mr SURNAME`, `Dr SURNAME`, `Professor SURNAME`, two roles across paragraphs
    (`second_refs`);
13. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `conceded`, `wrote in a letter to members`, an uncredited continuation
    (`split_quotes`);
14. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`
    (`indirect_cues`);
15. controls: a tax nickname, placard slogans, a scheme's name, a report's title, a person's nickname, a scare
    term after *so-called*, narrative paragraphs, *declined to comment*, *is expected to*, one real quotation
    beside a party slogan, one beside a levy's nickname, a book title (`controls`)."""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout86data import (
    ACCUSE86,
    ALLMARKS86,
    ANSWERS86,
    AUDIT86,
    BANK86,
    BANKCLAUSES86,
    BARECUES86,
    BIZ86,
    CB86,
    CBANSWERS86,
    CHAIRS86,
    CIVIC86,
    CLAUSES86,
    COMMCLAUSES86,
    COMMITTEES86,
    CUES86,
    DATES86,
    DECISIONS86,
    DISMISS86,
    DOCS86,
    ECON86,
    EMPLOYERS86,
    FIGURES86,
    FIRSTS86,
    FRAGS86,
    GOVBODIES86,
    GOVCLAUSES86,
    GOVQUOTES86,
    GREYFIELD86,
    HOLLIS86,
    JOBS86,
    MARKS86,
    MEMBERS86,
    MEMOS86,
    MIN86,
    MINISTRY86,
    NARRATIVE86,
    NORCASTLE86,
    OPP86,
    OUTLETS86,
    PEOPLE86,
    PERSONNICKS86,
    POSTS86,
    QCUES86,
    QUESTIONS86,
    QUOTES86,
    REPORTTITLES86,
    SCARE86,
    SCENES86,
    SCHEMES86,
    SHOPS86,
    SLOGANS86,
    SPLITS86,
    STATS86,
    TAMBERLY86,
    TAXNICKS86,
    TOWNS86,
    TRADERS86,
    TREASURY86,
    UNION86,
    UNIONPOSTS86,
    VOICEBODIES86,
    WATCH86,
    WATCHDOG86,
    WITNESSPOSTS86,
    Body86,
    Post86,
)
from heldout_kit import Mark, Person, keyed_case, one_of, other_person, tolerate
from heldout_kit import accusation as _accuse
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
from heldout_kit import two_reports as _two_reports
from heldout_kit import unless_recorded as _mine
from heldout_kit import unnamed_source as _anon

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec

#: Every body of the round by its bare name.
BODIES86: dict[str, Body86] = {
    b.bare: b
    for b in (
        MINISTRY86,
        TREASURY86,
        BANK86,
        WATCHDOG86,
        AUDIT86,
        EMPLOYERS86,
        TRADERS86,
        UNION86,
        GREYFIELD86,
        HOLLIS86,
        NORCASTLE86,
        TAMBERLY86,
        STATS86,
        CIVIC86,
        *(vb for vb, _pool in VOICEBODIES86),
    )
}


#: Every body, outlet, town, committee and chamber a passage may name: each one the passage names is a wrong
#: speaker for every quotation whose key does not accept it.
PLACENAMES86: tuple[str, ...] = (
    *BODIES86,
    *(o[4:] if o.startswith("the ") else o for o in OUTLETS86),
    *TOWNS86,
    *(bare for _inner, bare in COMMITTEES86),
    "Port Selwyn",
    "University of Caldour",
    "parliament",
)


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _body(post: Post86) -> Body86:
    """The body a post belongs to."""
    return BODIES86[_bare(post.body)]


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    named_here = [n for n in PLACENAMES86 if n in text]
    wrong = dict.fromkeys([*(_bare(o) for o in others if o), *named_here])
    return keyed_case(template, text, ex, people, list(wrong), forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE86, p, step, gender=gender, avoid=avoid)


def _t(p: Post86) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _qt(pool: Post86 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post86) else pool
    return _pick(QUOTES86[key], n)


def _cl(pool: Post86 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post86) else pool
    return _pick(CLAUSES86[key], n)


def _post2(n: int, taken: Post86, pool: Sequence[Post86] = POSTS86) -> Post86:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post86) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post86) -> str:
        return p.after.replace("{s}", "spokes")

    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if (
            p.family != taken.family
            and p.body != taken.body
            and noun(p) not in post(taken)
            and noun(taken) not in post(p)
            and noun(p) != noun(taken)
        ):
            return p
    raise ValueError("no second post")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout86.{name}", "heldout86", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS86, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE86, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE86.index(p), shape, r)


# --- 1. budget day ------------------------------------------------------------------------------------------


def budget_day() -> Iterator[Case]:
    """`FULL, POST, told parliament on DAY: "Q."`; `"Q," said FULL, POST.`; `POST FULL told reporters at SCENE
    that C.`; `Speaking in parliament on DAY, FULL, POST, said C.`; `FULL, POST, CUE that C.`; `"Q," FULL,
    POST, told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; a four-paragraph article (a narrative
    sentence, FULL's report, a lobby's statement, `"Q," SURNAME said.`); `C, FULL, POST, CUE.` (fronted);
    `FULL, POST, said C. "Q."` (the report then the uncredited quotation); `In POSS opening remarks, POST FULL
    said: "Q."` Key: FULL's with POST; the ministry, the Treasury, parliament, the scene, the outlet and the
    lobby never (the lobby's statement its own)."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-budget"):
        k = _slot(a, shape, r)
        p = _pick(MIN86, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene, outlet, date = _pick(SCENES86, k), _pick(OUTLETS86, k), _pick(DATES86, k)
        cue = _pick(CUES86, k)
        others = [p.body, "parliament", scene, outlet]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told parliament on {date}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told reporters at {scene} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"Speaking in parliament on {date}, {a.full}, {p.a(a)}, said {c}."
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
            vb, vpool = _pick(VOICEBODIES86, k)
            vc = _cl(vpool, k)
            text = _article(
                _pick(NARRATIVE86, k),
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{vb.start} said in a statement that {vc}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, vc, vb.acc), _d(q, a, t)]
            others.append(vb.bare)
        elif shape == 8:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {cue}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 9:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        else:
            text = f"In {a.poss} opening remarks, {p.b(a)} {a.full} said: {qs}"
            ex = [_d(qs, a, t)]
        yield _case(f"ho86-budget-{shape}", text, ex, (a,), others)


# --- 2. rate decisions --------------------------------------------------------------------------------------


def rate_decisions() -> Iterator[Case]:
    """`FULL, POST, told a news conference after the rate decision on DAY: "Q."`; `"Q," said FULL, POST.`;
    `POST FULL said on DAY that C.`; `FULL, POST, voted to cut rates, arguing that C.`; `The Bank of Calvera
    DECISION on DAY. "Q," FULL, POST, said.`; `The Bank of Calvera DECISION on DAY. In a statement, the bank
    said C.`; `FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, was the only member of the committee to
    vote for a cut. PRONOUN said C.`; `Asked whether rates had peaked, FULL, POST, replied: "Q."`; `FULL,
    POST, warned markets not to expect quick cuts, saying C.`; a four-paragraph article (the decision, FULL's
    report, an economist's report, `"Q," SURNAME said.`). Key: the governor's and rate-setters' words their
    own with the post; the bank's statement the bank's; the decision, the vote and the warning the doer's or
    nothing; the question no one's; the economist's bank and the markets never."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-rates"):
        k = _slot(a, shape, r)
        p = _pick(CB86, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c, cr = _cl(p, k), _cl("rate", k)
        date = _pick(DATES86, k)
        decision = f"The Bank of Calvera {_pick(DECISIONS86, k)} on {date}."
        people: tuple[Person, ...] = (a,)
        others = [p.body, "committee"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told a news conference after the rate decision on {date}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} said on {date} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            region = f"{a.full}, {p.a(a)}, voted to cut rates"
            text = f"{region}, arguing that {cr}."
            ex = [_that(text, cr, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 4:
            text = f"{decision} {q} {a.full}, {p.a(a)}, said."
            ex = [_d(q, a, t), *tolerate(text, decision, BANK86.acc)]
        elif shape == 5:
            bc = _pick(BANKCLAUSES86, k)
            text = f"{decision} In a statement, the bank said {bc}."
            ex, people = [_that(text, bc, BANK86.acc), *tolerate(text, decision, BANK86.acc)], ()
            others = []
        elif shape == 6:
            q2 = m.q(_qt(p, k + 1) + ",")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2} {p.sh(a)} added."
            ex = [_that(text, c, a, t), _d(q2, a, t)]
        elif shape == 7:
            text = (
                f"{a.full}, {p.a(a)}, was the only member of the committee to vote for a cut. "
                f"{_cap(a.pronoun)} said {cr}."
            )
            ex = [_that(text, cr, a, t)]
        elif shape == 8:
            asked = "Asked whether rates had peaked"
            ans = m.q(_pick(CBANSWERS86, k) + ".")
            text = f"{asked}, {a.full}, {p.a(a)}, replied: {ans}"
            ex = [_d(ans, a, t), *tolerate(text, asked)]
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, warned markets not to expect quick cuts"
            text = f"{region}, saying {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
            others.append("markets")
        else:
            ep = _pick(ECON86, k)
            b = _other(a, k)
            ec = _cl(ep, k)
            text = _article(
                decision,
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{b.full}, {ep.a(b)}, said {ec}.",
                f"{q} {a.last} said.",
            )
            ex = [
                *tolerate(text, decision, BANK86.acc),
                _that(text, c, a, t),
                _that(text, ec, b, _t(ep)),
                _d(q, a, t),
            ]
            people = (a, b)
            others.append(ep.body)
        yield _case(f"ho86-rates-{shape}", text, ex, people, others)


# --- 3. documents that speak --------------------------------------------------------------------------------

#: The post of the person who speaks about each publisher's documents, the role noun a possessive gives them,
#: and the pool their words come from.
PRESENTERS86: dict[str, tuple[Post86, str, str]] = {
    "Bank of Calvera": (CB86[0], "governor", "cb"),
    "Office for Fiscal Scrutiny": (WATCH86[0], "chair", "watch"),
    "National Audit Chamber": (WATCH86[1], "auditor-general", "audit"),
    "Finance Ministry": (MIN86[3], "chief economist", "treas"),
}


def documents() -> Iterator[Case]:
    """`BODY published DOC on DATE. The SHORT FOUND that C.`; `... According to the SHORT, C.`; `... "Q," the
    SHORT said.`; `FULL, POST, spoke to reporters after the SHORT was published. The SHORT CONCLUDED: "Q."`;
    `In DOC, BODY said that C.`; `... It recommended that REC.` (or *They noted*); `BODY's DOC, which runs to
    90 pages, described X as "F".`; `... The SHORT FOUND that C, and that C2.`; `MEMO, seen by OUTLET, warned
    that C. BODY declined to comment.`; `BODY's ROLE, FULL, said: "Q."`; `BODY's DOC was published on DATE. It
    FOUND that C.` Key: the document (or the body that publishes it) speaks; the person who speaks about it
    never speaks its words; the memo speaks, never the outlet that saw it; the body's official speaks for
    herself with the body in the title."""
    combos = list(itertools.product(range(len(DOCS86)), range(11), ALLMARKS86, range(9)))
    for di, shape, m, r in sample(combos, 300, "ho86-docs"):
        k = _k(di, shape, r)
        d = DOCS86[di]
        body = d.body
        accs = (*d.acc, *body.acc)
        a = PEOPLE86[(k * 7 + r) % len(PEOPLE86)]
        was, it, runs = ("were", "They", "run") if d.plural else ("was", "It", "runs")
        c, c2 = _pick(d.clauses, k), _pick(d.clauses, k + 1)
        dq = _pick(d.quotes, k)
        date = _pick(DATES86, k)
        published = f"{body.start} published {d.pub} on {date}."
        people: tuple[Person, ...] = ()
        others: list[str] = []
        if shape == 0:
            text = f"{published} The {d.short} {d.finds} that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 1:
            text = f"{published} According to the {d.short}, {c}."
            ex = [_r(c, accs)]
        elif shape == 2:
            q = m.q(dq + ",")
            text = f"{published} {q} the {d.short} said."
            ex = [_d(q, accs)]
        elif shape == 3:
            post = PRESENTERS86[body.bare][0]
            qs = m.q(dq + ".")
            text = (
                f"{a.full}, {post.a(a)}, spoke to reporters after the {d.short} {was} published. "
                f"The {d.short} {d.colon}: {qs}"
            )
            ex, people = [_d(qs, accs)], (a,)
        elif shape == 4:
            text = f"In {d.pub}, {body.inner} said that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 5:
            verb, clause = ("recommended", _pick(d.recs, k)) if d.recs else ("noted", c)
            text = f"{published} {it} {verb} that {clause}."
            ex = [_that(text, clause, accs)]
        elif shape == 6:
            obj, frag = _pick(d.frags, k)
            fq = m.q(frag)
            text = f"{_poss(body.start)} {d.pname}, which {runs} to 90 pages, described {obj} as {fq}."
            ex = [_called(text, obj, fq, accs, link=" as ")]
        elif shape == 7:
            text = f"{published} The {d.short} {d.finds} that {c}, and that {c2}."
            ex = _two_reports(text, c, c2, accs)
        elif shape == 8:
            memo, macc, mc = _pick(MEMOS86, k)
            outlet = _pick(OUTLETS86, k)
            mbody = BODIES86[macc[-1]]
            declined = f"{mbody.start} declined to comment."
            text = f"{memo}, seen by {outlet}, warned that {mc}. {declined}"
            ex = [_that(text, mc, macc), *tolerate(text, declined, mbody.acc)]
            others.append(outlet)
        elif shape == 9:
            _post, role, pool = PRESENTERS86[body.bare]
            qs = m.q(_qt(pool, k) + ".")
            text = f"{_poss(body.start)} {role}, {a.full}, said: {qs}"
            ex, people = [_d(qs, a, Contains((role, body.bare)))], (a,)
            others.append(body.bare)
        else:
            text = f"{_poss(body.start)} {d.pname} {was} published on {date}. {it} {d.finds} that {c}."
            ex = [_that(text, c, accs)]
        yield _case(f"ho86-docs-{shape}", text, ex, people, others)


# --- 4. economists ------------------------------------------------------------------------------------------


def economists() -> Iterator[Case]:
    """`"Q," said FULL, POST.`; `FULL, POST, wrote in a note to clients that C.`; `According to FULL, POST,
    C.`; `FULL, POST, told OUTLET: "Q."`; `FIGURE, figures from the Statistics Office showed on DAY. "Q," said
    FULL, POST.`; `"Q," wrote FULL, POST, in a research note.`; `FULL, an economist at BODY who used to work
    at the Bank of Calvera, said C.`; `FULL of BODY said C.`; `FULL, POST, said C, but OTHER, POST2, was more
    cautious, arguing that C2.`; `FULL, POST, wrote on social media: "Q."`; `C, FULL, POST, said in a note.`
    Key: the economist's words their own with the role and the firm (the firm alone after *of*); the figures
    the Statistics Office's or nothing; the clients, the outlet and the central bank never."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-econ"):
        k = _slot(a, shape, r)
        p = _pick(ECON86, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet, date = _pick(OUTLETS86, k), _pick(DATES86, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, wrote in a note to clients that {c}."
            ex = [_that(text, c, a, t)]
            others.append("clients")
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, told {outlet}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            region = f"{_pick(FIGURES86, k)}, figures from the Statistics Office showed on {date}."
            text = f"{region} {q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t), *tolerate(text, region, ("Statistics Office", "figures"))]
            others.append("Statistics Office")
        elif shape == 5:
            text = f"{q} wrote {a.full}, {p.a(a)}, in a research note."
            ex = [_d(q, a, t)]
        elif shape == 6:
            body = _body(p).inner
            text = f"{a.full}, an economist at {body} who used to work at the Bank of Calvera, said {c}."
            ex = [_that(text, c, a, Contains(("economist", _bare(body))))]
            others.append("Bank of Calvera")
        elif shape == 7:
            body = _body(p).inner
            text = f"{a.full} of {body} said {c}."
            ex = [_that(text, c, a, Contains(_bare(body)))]
        elif shape == 8:
            pb = next(e for e in (*ECON86[k % 5 + 1 :], *ECON86) if e.body != p.body)
            b = _other(a, k)
            c2 = _cl(pb, k + 1)
            text = (
                f"{a.full}, {p.a(a)}, said {c}, but {b.full}, {pb.a(b)}, was more cautious, "
                f"arguing that {c2}."
            )
            ex, people = [_that(text, c, a, t), _that(text, c2, b, _t(pb))], (a, b)
            others.append(pb.body)
        elif shape == 9:
            text = f"{a.full}, {p.a(a)}, wrote on social media: {qs}"
            ex = [_d(qs, a, t)]
        else:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, said in a note."
            ex = [_r(_cap(c), a, t)]
        yield _case(f"ho86-econ-{shape}", text, ex, people, others)


# --- 5. fiscal watchdogs and auditors -----------------------------------------------------------------------


def watchdogs() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"Q," BODY said in a report published on DAY.`; `FULL, POST, said:
    "Q."`; `FULL, POST, told COMMITTEE that C.`; `DESCRIPTION, BODY, said C.` (the body after a description);
    `BODY, DESCRIPTION, said C. Its ROLE, FULL, added: "Q."`; `FULL, POST, accused the Finance Ministry of
    "F".`; `The Finance Ministry rejected the findings. BODY stood by them, saying C.`; `FULL, POST, wrote to
    the finance minister, OTHER, that C.`; `BODY found that C. "Q," said FULL, POST.`; `FULL, POST, declined
    to comment on the leaked figures but said C.` Key: the watchdog and the audit chamber speak for themselves
    (or their report), their officials for themselves with the post; the ministry's rejection the ministry's
    or nothing; the committee and the minister addressed never."""
    for a, shape, m, r in sample(_combos(11), 300, "ho86-watch"):
        k = _slot(a, shape, r)
        p = _pick(WATCH86, k)
        t = _t(p)
        body = _body(p)
        desc, dacc = (
            ("the government's fiscal watchdog", ("fiscal watchdog", "government's fiscal watchdog"))
            if body is WATCHDOG86
            else ("the public spending auditor", ("public spending auditor", "auditor"))
        )
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        date = _pick(DATES86, k)
        comm = _pick(CHAIRS86, k).body
        people: tuple[Person, ...] = (a,)
        others = [body.bare]
        if shape == 0:
            text = f"{body.start} said in a statement that {c}."
            ex, people = [_that(text, c, body.acc)], ()
        elif shape == 1:
            text = f"{q} {body.inner} said in a report published on {date}."
            ex, people = [_d(q, (*body.acc, "report"))], ()
        elif shape == 2:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, told {comm} that {c}."
            ex = [_that(text, c, a, t)]
            others.append(comm)
        elif shape == 4:
            text = f"{_cap(desc)}, {body.inner}, said {c}."
            ex, people = [_that(text, c, (*body.acc, *dacc))], ()
        elif shape == 5:
            role = p.parts[0]
            text = f"{body.start}, {desc}, said {c}. Its {role}, {a.full}, added: {qs}"
            ex = [_that(text, c, (*body.acc, *dacc)), _d(qs, a, Contains(role))]
        elif shape == 6:
            fq = m.q(_pick(ACCUSE86["watch"], k))
            text = f"{a.full}, {p.a(a)}, accused the Finance Ministry of {fq}."
            ex = [_accuse(text, "the Finance Ministry", fq, a, t)]
            others.append("Finance Ministry")
        elif shape == 7:
            region = "The Finance Ministry rejected the findings."
            text = f"{region} {body.start} stood by them, saying {c}."
            ex, people = [_that(text, c, body.acc), *tolerate(text, region, MINISTRY86.acc)], ()
        elif shape == 8:
            b = _other(a, k)
            text = f"{a.full}, {p.a(a)}, wrote to the finance minister, {b.full}, that {c}."
            ex, people = [_that(text, c, a, t)], (a, b)
        elif shape == 9:
            c2 = _cl(p, k + 1)
            text = f"{body.start} found that {c2}. {q} said {a.full}, {p.a(a)}."
            ex = [_that(text, c2, body.acc), _d(q, a, t)]
        else:
            region = f"{a.full}, {p.a(a)}, declined to comment on the leaked figures"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        yield _case(f"ho86-watch-{shape}", text, ex, people, others)


# --- 6. business lobbies and unions -------------------------------------------------------------------------

LOBBIES86 = (*BIZ86, *UNIONPOSTS86)


def lobbies() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `"Q," said FULL, POST.`; `BODY said C. Its ROLE, FULL, went further: "Q."`;
    `POST FULL accused the government of "F".`; `In a letter to members, FULL wrote: "Q."`; `BODY, which
    represents 40,000 MEMBERS, called X "F".`; `"Q," FULL told OUTLET.`; `FULL, POST, said C. The Finance
    Ministry rejected the claim.`; `FULL, POST, said C. OTHER, a ministry spokes-noun, disputed that: "Q."`;
    `FULL, who has led the NOUN since 2019, warned that C.`; `Addressing BODY's annual conference in TOWN,
    FULL said C.` Key: each person's words their own with the post stated (none for a relative clause); the
    lobby or union speaks for itself; the ministry's rejection its own or nothing; the members and the outlet
    never."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-lobbies"):
        k = _slot(a, shape, r)
        p = _pick(LOBBIES86, k)
        t = _t(p)
        body = _body(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet, town = _pick(OUTLETS86, k), _pick(TOWNS86, k)
        people: tuple[Person, ...] = (a,)
        others = [body.bare, "government"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            role = p.parts[0]
            c2 = _cl(p, k + 1)
            text = f"{body.start} said {c2}. Its {role}, {a.full}, went further: {qs}"
            ex = [_that(text, c2, body.acc), _d(qs, a, Contains(role))]
        elif shape == 3:
            fq = m.q(_pick(ACCUSE86[p.family], k))
            text = f"{p.b(a)} {a.full} accused the government of {fq}."
            ex = [_accuse(text, "the government", fq, a, t)]
        elif shape == 4:
            text = f"In a letter to members, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append("members")
        elif shape == 5:
            obj, frag = _pick(FRAGS86[p.family], k)
            fq = m.q(frag)
            text = f"{body.start}, which represents 40,000 {MEMBERS86[body.bare]}, called {obj} {fq}."
            ex, people = [_called(text, obj, fq, body.acc)], ()
        elif shape == 6:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
            others.append(outlet)
        elif shape == 7:
            region = "The Finance Ministry rejected the claim."
            text = f"{a.full}, {p.a(a)}, said {c}. {region}"
            ex = [_that(text, c, a, t), *tolerate(text, region, MINISTRY86.acc)]
            others.append("Finance Ministry")
        elif shape == 8:
            b = _other(a, k)
            sp = MIN86[4]
            qb = m.q(_qt(sp, k) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {sp.a(b)}, disputed that: {qb}"
            ex, people = [_that(text, c, a, t), _d(qb, b, _t(sp))], (a, b)
            others.append("Finance Ministry")
        elif shape == 9:
            noun = body.acc[-1]
            text = f"{a.full}, who has led the {noun} since 2019, warned that {c}."
            ex = [_that(text, c, a)]
        else:
            text = f"Addressing {_poss(body.inner)} annual conference in {town}, {a.full} said {c}."
            ex = [_that(text, c, a)]
            others.append(town)
        yield _case(f"ho86-lobbies-{shape}", text, ex, people, others)


# --- 7. the opposition --------------------------------------------------------------------------------------


def opposition() -> Iterator[Case]:
    """`FULL, POST, told parliament: "Q."`; `"Q," said FULL, POST.`; `POST FULL tweeted: "Q."`; `In a post on
    social media, FULL, POST, wrote: "Q."`; `FULL, POST, called X "F".`; `FULL, POST, said C. Finance Minister
    OTHER dismissed the criticism as "F".`; `Responding to the budget, FULL, POST, said C.`; `PARTY said in a
    statement that C.`; `FULL, POST, questioned the growth forecast. "Q," the ROLE said.`; `FULL, POST, said
    C, adding that C2.`; `"Q," FULL, POST, said during the budget debate.` Key: the opposition speaker's words
    their own with the post and party; the minister's dismissal the minister's; the party speaks for itself
    (one of them one word); parliament never."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-opposition"):
        k = _slot(a, shape, r)
        p = _pick(OPP86, k)
        t = _t(p)
        body = _body(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c, c2 = _cl(p, k), _cl(p, k + 1)
        people: tuple[Person, ...] = (a,)
        others = [body.bare, "parliament"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told parliament: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} tweeted: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 3:
            text = f"In a post on social media, {a.full}, {p.a(a)}, wrote: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            obj, frag = _pick(FRAGS86["opp"], k)
            fq = m.q(frag)
            text = f"{a.full}, {p.a(a)}, called {obj} {fq}."
            ex = [_called(text, obj, fq, a, title=t)]
        elif shape == 5:
            b = _other(a, k)
            fq = m.q(_pick(DISMISS86, k))
            text = f"{a.full}, {p.a(a)}, said {c}. Finance Minister {b.full} dismissed the criticism as {fq}."
            ex = [
                _that(text, c, a, t),
                _called(text, "the criticism", fq, b, title=Contains("finance minister"), link=" as "),
            ]
            people = (a, b)
        elif shape == 6:
            text = f"Responding to the budget, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            text = f"{body.start} said in a statement that {c}."
            ex, people = [_that(text, c, body.acc)], ()
        elif shape == 8:
            region = f"{a.full}, {p.a(a)}, questioned the growth forecast."
            text = f"{region} {q} {p.sh(a)} said."
            ex = [_d(q, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 9:
            text = f"{a.full}, {p.a(a)}, said {c}, adding that {c2}."
            ex = [_that(text, c, a, t), _that(text, c2, a, t)]
        else:
            text = f"{q} {a.full}, {p.a(a)}, {_pick(QCUES86, k)} during the budget debate."
            ex = [_d(q, a, t)]
        yield _case(f"ho86-opposition-{shape}", text, ex, people, others)


# --- 8. taxpayers and small businesses ----------------------------------------------------------------------


def taxpayers() -> Iterator[Case]:
    """`FULL, AGE, who runs SHOP in TOWN, said: "Q."`; `A pensioner who gave only her first name, FIRST, said:
    "Q."`; `"Q," said FIRST, AGE, a JOB from TOWN.`; `FULL, a JOB from TOWN, has paid the new levy since
    April. "Q," PRONOUN said.`; `FULL runs SHOP in TOWN. "Q," PRONOUN said. "Q2."`; `JOB FULL told OUTLET that
    C.`; `Another trader, FULL, AGE, said C.`; `FIRST, a JOB from TOWN, said PRONOUN would have to raise POSS
    prices. "Q," PRONOUN said.`; two owners of one gender, then `"Q," SURNAME said.`; `A mother of three from
    TOWN, FULL said C.` (fronted); `"Q," said FULL, whose family has run a garage in TOWN since 1978.` Key:
    the taxpayer's words their own, a first name alone the whole name, the job the title (a relative clause,
    an age, a hometown and a kinship state none); the town, the outlet and the other owner never."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-taxpayers"):
        k = _slot(a, shape, r)
        f = _pick(FIRSTS86, k + r)
        q, qs = m.q(_qt("tax", k) + ","), m.q(_qt("tax", k) + ".")
        c = _cl("tax", k)
        town, outlet = _pick(TOWNS86, k), _pick(OUTLETS86, k)
        job, jn = _pick(JOBS86, k)
        shop = _pick(SHOPS86, k)
        people: tuple[Person, ...] = (a,)
        others = [town]
        if shape == 0:
            text = f"{a.full}, {a.age}, who runs {shop} in {town}, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            text = f"A pensioner who gave only {f.poss} first name, {f.full}, said: {qs}"
            ex, people = [_d(qs, f)], (f,)
        elif shape == 2:
            text = f"{q} said {f.full}, {f.age}, a {job} from {town}."
            ex, people = [_d(q, f, Contains(jn))], (f,)
        elif shape == 3:
            text = f"{a.full}, a {job} from {town}, has paid the new levy since April. {q} {a.pronoun} said."
            ex = [_d(q, a, Contains(jn))]
        elif shape == 4:
            q2s = m.q(_qt("tax", k + 1) + ".")
            text = f"{a.full} runs {shop} in {town}. {q} {a.pronoun} said. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
        elif shape == 5:
            text = f"{_cap(job)} {a.full} told {outlet} that {c}."
            ex = [_that(text, c, a, Contains(jn))]
            others.append(outlet)
        elif shape == 6:
            text = f"Another trader, {a.full}, {a.age}, said {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            job, jn = _pick([j for j in JOBS86 if j[0] != "retired teacher"], k)
            clause = f"{f.pronoun} would have to raise {f.poss} prices"
            text = f"{f.full}, a {job} from {town}, said {clause}. {q} {f.pronoun} said."
            ex, people = [_that(text, clause, f, Contains(jn)), _d(q, f, Contains(jn))], (f,)
        elif shape == 8:
            b = _other(a, k, gender=a.gender)
            text = (
                f"{a.full} owns a cafe on the high street in {town}. "
                f"{b.full} runs the florist next door. {q} {b.last} said."
            )
            ex, people = [_d(q, b)], (a, b)
        elif shape == 9:
            desc = a.kin("A mother of three", "A father of three")
            text = f"{desc} from {town}, {a.full} said {c}."
            ex = [_that(text, c, a)]
        else:
            text = f"{q} said {a.full}, whose family has run a garage in {town} since 1978."
            ex = [_d(q, a)]
        yield _case(f"ho86-taxpayers-{shape}", text, ex, people, others)


# --- 9. committee sessions ----------------------------------------------------------------------------------


def committees() -> Iterator[Case]:
    """`FULL, POST, told COMMITTEE on DAY that C.`; `Asked by the committee whether X, FULL, POST, replied:
    "Q."`; `FULL, POST, told the committee chair, OTHER, that C.`; `The committee heard that C. OTHER, POST,
    is due to give evidence on DAY.`; `FULL, CHAIR POST, opened the session on DAY. "Q," the committee chair
    said.`; `"Q," FULL, POST, told members of the committee.`; `Giving evidence to COMMITTEE, FULL, POST, said
    C.`; `Pressed by OTHER, a member of the committee, FULL conceded that C.`; `FULL told the committee that
    C, according to a transcript of the hearing.`; `COMMITTEE's report, published on DAY, said that C.`;
    `OTHER asked FULL whether the forecasts were too rosy. "Q," PRONOUN replied.` (genders differ) Key: the
    witness's and the chair's words their own with the post; what the committee heard no one's; the question
    no one's or the committee's (or its asker's); the chair or member addressed never; the committee's report
    the report's or the committee's."""
    for a, shape, m, r in sample(_combos(11), 245, "ho86-committees"):
        k = _slot(a, shape, r)
        w = _pick(WITNESSPOSTS86, k)
        tw = _t(w)
        ch = _pick(CHAIRS86, k)
        comm, cbare = ch.body, _bare(ch.body)
        b = _other(a, k, gender=_opp(a))
        cw = _cl(w, k)
        q, qc = m.q(_qt(w, k) + ","), m.q(_qt(ch, k) + ",")
        date = _pick(DATES86, k)
        people: tuple[Person, ...] = (a,)
        others = [w.body, cbare, "committee"]
        if shape == 0:
            text = f"{a.full}, {w.a(a)}, told {comm} on {date} that {cw}."
            ex = [_that(text, cw, a, tw)]
        elif shape == 1:
            asked = f"Asked by the committee whether {_pick(QUESTIONS86, k)}"
            ans = m.q(_pick(ANSWERS86, k) + ".")
            text = f"{asked}, {a.full}, {w.a(a)}, replied: {ans}"
            ex = [_d(ans, a, tw), *tolerate(text, asked, ("committee", cbare))]
        elif shape == 2:
            text = f"{a.full}, {w.a(a)}, told the committee chair, {b.full}, that {cw}."
            ex, people = [_that(text, cw, a, tw)], (a, b)
        elif shape == 3:
            heard = f"The committee heard that {_cl('watch', k)}."
            due = f"{b.full}, {w.a(b)}, is due to give evidence on {date}."
            text = f"{heard} {due}"
            ex, people = [*tolerate(text, heard), *tolerate(text, due, (b.full,))], (b,)
        elif shape == 4:
            text = f"{a.full}, {ch.a(a)}, opened the session on {date}. {qc} the committee chair said."
            ex = [_d(qc, a, _t(ch))]
        elif shape == 5:
            text = f"{q} {a.full}, {w.a(a)}, told members of the committee."
            ex = [_d(q, a, tw)]
            others.append("members")
        elif shape == 6:
            text = f"Giving evidence to {comm}, {a.full}, {w.a(a)}, said {cw}."
            ex = [_that(text, cw, a, tw)]
        elif shape == 7:
            text = f"Pressed by {b.full}, a member of the committee, {a.full} conceded that {cw}."
            ex, people = [_that(text, cw, a)], (a, b)
        elif shape == 8:
            whole = f"{a.full} told the committee that {cw}"
            text = f"{whole}, according to a transcript of the hearing."
            tacc = ("transcript", "transcript of the hearing")
            ex = _recorded(text, [_that(text, cw, a)], whole, tacc)
            people = _mine(ex, a)
            others.append("hearing")
        elif shape == 9:
            cc = _pick(COMMCLAUSES86, k)
            text = f"{_poss(_cap(comm))} report, published on {date}, said that {cc}."
            ex, people = [_that(text, cc, ("report", f"{_poss(cbare)} report", cbare, "committee"))], ()
            others = [w.body]
        else:
            region = f"{b.full} asked {a.full} whether the forecasts were too rosy."
            text = f"{region} {q} {a.pronoun} replied."
            ex, people = [_d(q, a), *tolerate(text, region, (b.full,))], (a, b)
        yield _case(f"ho86-committees-{shape}", text, ex, people, others)


# --- 10. statements, spokespeople and readouts --------------------------------------------------------------


def statements() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"Q," BODY said in a statement.`; `A statement from BODY read:
    "Q."`; `A spokes-noun for BODY said C.` (unnamed); `In a post on its website, BODY said: "Q."`; `BODY said
    C, adding that C2.`; a narrative paragraph then `FULL, POST, declined to comment.`; `"Q," said a BODY
    spokes-noun, who asked not to be named.`; `A BODY official, speaking on condition of anonymity, said C.`;
    `POST FULL told the meeting that C, according to a readout released by BODY.`; `FULL, POST, is expected to
    announce the changes on DAY. BODY is expected to publish the details next week.` Key: the body speaks for
    itself (the Treasury is one word); an unnamed spokesperson or official gives no speaker, the description
    or the body; the readout's sentence FULL's report or the readout's (or its publisher's); the declining
    FULL's or nothing; what someone is expected to do no one's."""
    for a, shape, m, r in sample(_combos(11), 300, "ho86-statements"):
        k = _slot(a, shape, r)
        gb = _pick(GOVBODIES86, k + r)
        p = _pick((*MIN86[:4], *CB86[:2]), k)
        t = _t(p)
        gq, gqs = m.q(_pick(GOVQUOTES86, k) + ","), m.q(_pick(GOVQUOTES86, k) + ".")
        gc, gc2 = _pick(GOVCLAUSES86, k), _pick(GOVCLAUSES86, k + 1)
        spokes = a.kin("spokeswoman", "spokesman")
        people: tuple[Person, ...] = ()
        others: list[str] = []
        if shape == 0:
            text = f"{gb.start} said in a statement that {gc}."
            ex = [_that(text, gc, gb.acc)]
        elif shape == 1:
            text = f"{gq} {gb.inner} said in a statement."
            ex = [_d(gq, gb.acc)]
        elif shape == 2:
            text = f"A statement from {gb.inner} read: {gqs}"
            ex = [_d(gqs, (*gb.acc, "statement"))]
        elif shape == 3:
            text = f"A {spokes} for {gb.inner} said {gc}."
            content = one_of(text, (f"that {gc}", gc))
            ex = [_anon(text, content, "indirect", (spokes, f"{spokes} for {gb.inner}", *gb.acc))]
        elif shape == 4:
            text = f"In a post on its website, {gb.inner} said: {gqs}"
            ex = [_d(gqs, gb.acc)]
        elif shape == 5:
            text = f"{gb.start} said {gc}, adding that {gc2}."
            ex = [_that(text, gc, gb.acc), _that(text, gc2, gb.acc)]
        elif shape == 6:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE86, k), region)
            ex, people = tolerate(text, region, (a.full,)), (a,)
            others = [p.body]
        elif shape == 7:
            text = f"{gq} said a {gb.bare} {spokes}, who asked not to be named."
            ex = [_anon(text, gq, "direct", (spokes, f"{gb.bare} {spokes}", *gb.acc))]
        elif shape == 8:
            text = f"A {gb.bare} official, speaking on condition of anonymity, said {gc}."
            content = one_of(text, (f"that {gc}", gc))
            ex = [_anon(text, content, "indirect", ("official", f"{gb.bare} official", *gb.acc))]
        elif shape == 9:
            c = _cl(p, k)
            whole = f"{p.b(a)} {a.full} told the meeting that {c}"
            text = f"{whole}, according to a readout released by {gb.inner}."
            tacc = ("readout", f"readout released by {gb.inner}", *gb.acc)
            ex = _recorded(text, [_that(text, c, a, t)], whole, tacc)
            people = _mine(ex, a)
            others = [p.body] if _bare(p.body) != gb.bare else []
        else:
            text = (
                f"{a.full}, {p.a(a)}, is expected to announce the changes on {_pick(DATES86, k)}. "
                f"{gb.start} is expected to publish the details next week."
            )
            ex, people = tolerate(text, text), (a,)
        yield _case(f"ho86-statements-{shape}", text, ex, people, others)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, met at SCENE. "Q," PRONOUN said.` (genders differ); `FULL said C. OTHER,
    POST2, disagreed. "Q," PRONOUN said.` (same gender: OTHER); paragraphs `FULL said C.`, `OTHER responded:
    "Q2."`, `"Q," PRONOUN added.` (genders differ: FULL); `FULL met OTHER at SCENE on DAY. Afterwards, PRONOUN
    told reporters that C.` (same gender: the subject FULL); `"Q," OTHER told FULL. PRONOUN replied: "Q2."`
    (genders differ); `FULL, POST, spoke first. "Q," PRONOUN said. OTHER, POST2, followed. "Q2," PRONOUN
    said.` (same gender); `FULL said POSS department had done its sums. "Q," PRONOUN said.`; `FULL, POST, said
    C; OTHER sat beside OBJ.` then `PRONOUN later told OUTLET: "Q2."` (genders differ); a four-paragraph
    article whose last paragraph is `"Q," PRONOUN said.` after OTHER's report (genders differ: FULL). Key: as
    a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(9), 235, "ho86-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS86, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES86, k), _pick(OUTLETS86, k), _pick(DATES86, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, scene]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {scene}. {q} {a.pronoun} said."
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
                f"{a.full} met {b.full} at {scene} on {date}. "
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
            clause = f"{a.poss} office had checked every figure twice"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        elif shape == 7:
            qa = m.q(_qt(pa, k + 1) + ".")
            text = _article(
                f"{a.full}, {pa.a(a)}, said {c}; {b.full} sat beside {a.obj}.",
                f"{_cap(a.pronoun)} later told {outlet}: {qa}",
            )
            ex = [_that(text, c, a, ta), _d(qa, a, ta)]
            others.append(outlet)
        else:
            text = _article(
                _pick(NARRATIVE86, k),
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        yield _case(f"ho86-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE, POST,
    said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `Dr FULL, POST, said C. "Q," Dr SURNAME
    said.`; `Professor FULL, an economist at the University of Caldour, said C. "Q," Professor SURNAME said.`;
    two posts, then `The ROLE2 said C2.` and `"Q," the ROLE said.` Key: the second reference's person with the
    post of the first mention (*Dr* and *Professor* may stay in the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho86-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS86, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES86, k), _pick(DATES86, k)
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
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, spoke at {scene}. {qb} said {pb.sh(b)}."
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
            ep = _pick(ECON86, k)
            qe, ce = m.q(_qt(ep, k) + ","), _cl(ep, k)
            who = (a.full, f"Dr {a.full}")
            text = f"Dr {a.full}, {ep.a(a)}, said {ce}. {qe} Dr {a.last} said."
            ex, others = [_that(text, ce, who, _t(ep)), _d(qe, who, _t(ep))], [ep.body]
        elif shape == 8:
            qe, ce = m.q(_qt("econ", k) + ","), _cl("econ", k)
            who = (a.full, f"Professor {a.full}")
            title = Contains(("economist", "University of Caldour"))
            text = (
                f"Professor {a.full}, an economist at the University of Caldour, said {ce}. "
                f"{qe} Professor {a.last} said."
            )
            ex, others = [_that(text, ce, who, title), _d(qe, who, title)], ["University of Caldour"]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at the hearing on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho86-secondrefs-{shape}", text, ex, people, others)


# --- 13. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS86 = tuple(p for p in POSTS86 if p.family in SPLITS86)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL conceded, "s2."`; `"S1," FULL wrote in a letter to members, "s2."`; `"S1," FULL
    said. "S2."` (an uncredited continuation). Key: both parts (or one span) FULL's; the outlet, the members
    and OTHER never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho86-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS86, k)
        t = _t(p)
        one, two = _pick(SPLITS86[p.family], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES86, k), _pick(OUTLETS86, k)
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
            text = f"{h1} {a.full} conceded, {h2}"
        elif shape == 8:
            text = f"{h1} {a.full} wrote in a letter to members, {h2}"
            others.append("members")
        else:
            h1, h2 = m.q(one + ","), m.q(_cap(two))
            text = f"{h1} {a.full} said. {h2}"
        yield _case(f"ho86-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 14. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.` Key: the
    reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS86, 4), 235, "ho86-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS86, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES86, k)
        outlet = _pick(OUTLETS86, k)
        obj, frag = _pick(FRAGS86[p.family], k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES86, k)} {c}."
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
            ex = _two_reports(text, c, c2, a, sep=" and")
        elif shape == 6:
            clause = f"{obj} was {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 7:
            text = f"{p.b(a)} {a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, a, title=t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        else:
            text = f"{_cap(c)}, according to {a.full}."
            ex = [_r(_cap(c), a)]
        yield _case(f"ho86-indirect-{shape}", text, ex, (a,), others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `The measure, quickly dubbed the "N", will raise 2
    billion crowns a year. FULL, POST, sat through the debate.`; `Protesters outside parliament carried
    placards reading "S".` (no quotation, or one with no speaker); `The "H" scheme will offer loans ...`; `The
    Office for Fiscal Scrutiny's report, titled "T", runs to 180 pages.`; `FULL, known on the trading floors
    as "P", became POST in 2021.`; `So-called "D" has pulled a million more people into higher tax bands.`;
    narrative paragraphs; `FULL, POST, declined to comment.`; `The Bank of Calvera is expected to hold rates
    at its next meeting. FULL is expected to present the budget on DAY.`; `"Q," said FULL, POST, whose party
    campaigned under the slogan "S".` (the one real quotation); `"Q," said FULL, POST. The levy, known in the
    press as the "N", takes effect in April.`; `FULL is the author of "T", a history of the public finances.`
    Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(12), 245, "ho86-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS86, k)
        po = _pick(OPP86, k)
        nq, sq = m.q(_pick(TAXNICKS86, k)), m.q(_pick(SLOGANS86, k))
        hq, tq = m.q(_pick(SCHEMES86, k)), m.q(_pick(REPORTTITLES86, k))
        pq, dq = m.q(_pick(PERSONNICKS86, k)), m.q(_pick(SCARE86, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body, "Office for Fiscal Scrutiny", "Bank of Calvera"]
        if shape == 0:
            text = (
                f"The measure, quickly dubbed the {nq}, will raise 2 billion crowns a year. "
                f"{a.full}, {p.a(a)}, sat through the debate."
            )
            forbidden = (nq,)
        elif shape == 1:
            region = f"Protesters outside parliament carried placards reading {sq}."
            text = f"{region} {a.full}, {p.a(a)}, walked past them without stopping."
            ex = tolerate(text, region)
        elif shape == 2:
            text = (
                f"The {hq} scheme will offer loans of up to 50,000 crowns to first-time builders. "
                f"{a.full} has applied for one."
            )
            forbidden = (hq,)
        elif shape == 3:
            text = f"{_poss(WATCHDOG86.start)} report, titled {tq}, runs to 180 pages."
            forbidden = (tq,)
        elif shape == 4:
            text = f"{a.full}, known on the trading floors as {pq}, became {p.a(a)} in 2021."
            forbidden = (pq,)
        elif shape == 5:
            text = (
                f"So-called {dq} has pulled a million more people into higher tax bands since 2020. "
                f"{a.full} has written two books on the subject."
            )
            forbidden = (dq,)
        elif shape == 6:
            text = _article(_pick(NARRATIVE86, k), _pick(NARRATIVE86, k + 1))
        elif shape == 7:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE86, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 8:
            text = (
                "The Bank of Calvera is expected to hold rates at its next meeting. "
                f"{a.full} is expected to present the budget on {_pick(DATES86, k)}."
            )
            ex = tolerate(text, text)
        elif shape == 9:
            q = m.q(_qt(po, k) + ",")
            text = f"{q} said {a.full}, {po.a(a)}, whose party campaigned under the slogan {sq}."
            ex, forbidden = [_d(q, a, _t(po))], (sq,)
            others.append(po.body)
        elif shape == 10:
            q = m.q(_qt(p, k) + ",")
            text = (
                f"{q} said {a.full}, {p.a(a)}. "
                f"The levy, known in the press as the {nq}, takes effect in April."
            )
            ex, forbidden = [_d(q, a, _t(p))], (nq,)
        else:
            text = f"{a.full} is the author of {tq}, a history of the public finances."
            forbidden = (tq,)
        yield _case(f"ho86-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_86 = (
    _named(
        "budget_day",
        "finance ministers and treasury officials: colon and inverted credits, open cues, an article",
        budget_day,
    ),
    _named(
        "rate_decisions",
        "governors and rate-setters at rate decisions: votes, warnings, the bank's statement, an article",
        rate_decisions,
    ),
    _named(
        "documents",
        "minutes, inflation reports, fiscal outlooks, audits, budget statements and memos",
        documents,
    ),
    _named(
        "economists",
        "economists at banks, brokers and think tanks: notes to clients, according to",
        economists,
    ),
    _named(
        "watchdogs", "the fiscal watchdog and the audit chamber, their chair and auditor-general", watchdogs
    ),
    _named("lobbies", "business lobbies and unions and their leaders", lobbies),
    _named("opposition", "opposition finance spokespeople, a shadow minister and a senator", opposition),
    _named("taxpayers", "taxpayers and small-business owners by age, town, job and first name", taxpayers),
    _named(
        "committees",
        "parliamentary committee sessions: witnesses, chairs, questions, transcripts",
        committees,
    ),
    _named(
        "statements",
        "bodies' statements, unnamed spokespeople and officials, readouts, expectations",
        statements,
    ),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Dr and Professor SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named(
        "controls", "tax nicknames, slogans, scheme names, report titles, nicknames, scare terms", controls
    ),
)
