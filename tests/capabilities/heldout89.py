"""Eighty-ninth held-out round: capabilities written at commit ``01ba6ce4`` by a helper (``hcap95``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout89data.py``: thirty invented trade and commerce ministers,
chief negotiators and ambassadors of four invented countries, customs chiefs and spokespeople, port authority
chiefs, a harbour master and a canal director, shipping-line executives and spokespeople, dockworkers' union
leaders and shop stewards, terminal operators and port employers, freight forwarders, exporters and importers,
economists at banks and a trade institute, committee chairs, an opposition trade spokesperson and the chair of
a dispute panel, of Danish, Malay, Hausa, English, Romanian, Argentine, Estonian, Sinhalese, Basque, Egyptian,
Punjabi, Croatian, Maori, Flemish and Zulu origin, each with a gender and an age, and ten traders and dockers
known by a first name only; posts with their bodies and short second references; a trade ministry, a customs
service, port and canal authorities, shipping lines, unions, employers, trade bodies, banks, an institute, a
dispute panel, a foreign government, a campaign group, a party and firms that speak, some of one word
(*Seabrack*, *Orvanto*, *Openlane*); a dispute-panel ruling, a tariff schedule, a customs notice, a port's
annual report, a forwarders' survey and a trade outlook with what each finds, recommends, says and calls
something; leaked memos; outlets, scenes, cities, summits, towns, dates and committees; quotations, reported
clauses, pointed fragments and split quotations for each kind of speaker; official figures, seizures and a
canal closure; ship names, a canal stretch's nickname, customs operation code names, trade-deal names, picket
slogans, report titles and scare terms in marks) as a round of TRADE, TARIFFS, SHIPPING AND PORTS as a trade
and business desk writes them: every case is a short passage (one to five sentences, or a short article of
four paragraphs) with one to three people, and every quotation checks the content (the marks and the words
inside them for a direct quotation; the reported clause, with or without its *that*, for an indirect one; the
clause with its marked fragment, or the fragment alone, for a mixed one), the kind, the canonical full name
and, whenever the text states one, the title with `Contains` of the role noun and each affiliation stated,
with `wrong_speakers` for every other person, and for every body, outlet, country, city, port, town and
committee the passage names (`PLACENAMES89`), and for the words that name a document, an audience or an
addressee.

Conventions: a document speaks for itself or for the body that publishes it: *The ruling found that C* after
*The Regional Trade Arbitration Panel published its ruling on the steel tariffs* is the ruling's (*ruling*,
*ruling on the steel tariffs*, *Regional Trade Arbitration Panel's ruling on the steel tariffs*) or the
panel's; *It recommended that C* / *It noted that C* (the document by pronoun), *According to the survey, C*
and *In a notice to importers, the Almirian Customs Service said that C* likewise; a person who speaks to
reporters about a document never speaks its `The report concluded: "Q."`. A leaked memo, briefing or
assessment speaks for itself or for the body whose paper it is, never for the outlet that saw it. *A customs
notice issued on DAY warned importers that C* is the notice's (the importers never); *C, according to a notice
published by BODY* is the notice's or the body's. A statement, a post on social media, a note to customers and
a body's *said* speak for the body; a country's *said* (*Veskara said it would ...*) is the country's or its
government's; an unnamed spokesperson or official (*A spokeswoman for BODY, who asked not to be named, said
C*, *A customs official, who asked not to be named*, *A Veskaran government official, speaking on condition
of anonymity*) gives no speaker, the description or the body. *C, the Customs Service said* after a seizure
gives the whole clause to the service. *NAME and OTHER ... The two ministers agreed to C, according to a
readout released by BODY* gives the clause to the readout (or its publisher), never to either minister; *NAME
said C, according to a transcript of the hearing* may come out as NAME's report of C or the transcript's
report of the whole sentence. *The committee heard that C* is no one's (or no quotation); a witness *due to
give evidence* and *BODY is expected to ...* may come out as a report with no speaker or nothing; *Asked by
the committee whether X* may come out with no speaker or the committee; *OTHER asked NAME whether X* may come
out as OTHER's or no one's; the chair addressed or pressing (*told the committee chair, OTHER, that C*,
*Pressed by OTHER, NAME conceded that C*) never speaks C. An act with an object and no words (*closed the
canal to all shipping*, *apologised to customers*, *rejected the claim*) may come out as the doer's report or
nothing; *declined to comment* / *declined to comment on the seizure* as NAME's (or the body's) report or
nothing; official figures (*Exports to Veskara fell 14 percent in the second quarter, figures from the
National Statistics Bureau showed on DAY*) as the bureau's (or the figures') report or nothing. `accused
TARGET of "F"` is a mixed report of `TARGET of "F"`, of `of "F"` or the fragment alone (direct or mixed);
`called X "F"` and `described X as "F"` the object with the fragment (mixed) or the fragment alone (direct or
mixed). A report followed by the same speaker's uncredited quotation (*NAME said C. "Q."*) may come out as the
two or as one mixed content; a split quotation, and a quotation continued in an uncredited sentence after its
credit, may come out as two quotations or one span with its credit inside; two clauses (*said that C and that
C2*, *found that C, and that C2*) as one report or two, each with or without *that*. A first name alone is the
whole canonical name; *Dr* and *Ambassador* may stay in the name; a job in apposition or before the name (*a
customs broker from Skelford*, *Customs broker NAME*, *a crane operator who gave only his first name*) is the
title; *NAME of FIRM* states the firm alone as the title; *Its director, NAME,* and *the harbour master,
NAME,* check the role noun; a relative clause (*who runs a family vineyard in Pellworth*, *who has worked on
the docks for 30 years*), a fronted description (*Another exporter, NAME,*, *A third-generation fruit exporter
from TOWN, NAME said*), an age and a town state no title the key checks. Ship names, a stretch of canal's
nickname, customs operation code names, trade-deal names, picket slogans, report titles and scare terms in
marks are no quotation; a placard's words may come out as a quotation with no speaker. Pronouns resolve as a
careful reader does: to the person of the pronoun's gender; with two people of one gender, to the person just
introduced after a disagreement (*OTHER, POST, disagreed. "Q," she said.*), to the sentence subject after
*visited X with OTHER*, to each speaker in turn after *spoke first ... followed*.

The one run: 3250 of 3350 cases pass (ministers 235/236, documents 207/227, customs 191/208, ports_canals
234/234, shipping_lines 245/245, dockworkers 210/210, traders 205/211, economists 207/222, hearings 208/208,
statements 205/205, pronouns 216/234, second_refs 231/232, split_quotes 234/235, indirect_cues 222/224,
controls 200/219).

Key fixes after the one run (no case weakened): `Its ROLE, NAME, added:` took the first part of the
enforcement post's title and wrote *Its enforcement, NAME, added*, an ungrammatical text (nine customs cases);
it is now *Its head of enforcement* and the title checks *head of enforcement*. The unnamed official's
accepted descriptions left out the two descriptions the passage itself writes (*senior customs official*,
*customs official in Castellane*), which the conventions accept (eight cases). The shipping clause *its
vessels would add a surcharge of 300 dollars per container* left *its* without an antecedent when a person
with no company said it (in pronouns, second references and indirect cues); it is now *a surcharge of 300
dollars per container would apply from May* wherever it is used (one pronoun case, whose speaker had come out
as an organisation, now passes; the other texts changed, their keys did not). The scare-term control put the
marked term after *Exporters have long complained about* and ended with *has promised to tear it down*, two
speech acts that the conventions let come out as their doers' reports, so the control was ambiguous (nineteen
cases); it is now *Freight crossing the so-called "T" between Almiria and Veskara fell by a third last year,
and FULL has made tearing it down the centrepiece of the talks.* No other expected speaker, title, kind or
content was changed. The key-fixed run: 3287 of 3350 (customs 208/208, pronouns 217/234, controls 219/219, the
rest as in the one run).

1. trade ministers, negotiators and ambassadors at summits and press conferences: `told a news conference in
   CITY on DAY:`, inverted `said NAME, POST`, `POST NAME told reporters at SCENE that`, `Speaking at the end
   of SUMMIT,`, open cues (`insisted`, `conceded`, `predicted`...), `told OUTLET`, `PRONOUN added`, a
   four-paragraph article with a trade body's statement and a surname, a fronted clause, a report then an
   uncredited quotation, `tweeted:` / `wrote on social media:` (`ministers`);
2. documents that speak: a dispute-panel ruling, a tariff schedule, a customs notice, a port's annual report,
   a forwarders' survey and a trade outlook that find, show, state, warn, recommend and are quoted (`"Q," the
   ruling said.`, `The survey concluded:` beside the official who speaks to reporters, `According to the
   outlook,`, `In a notice to importers, BODY said that`, `described X as "F"`, two findings, `It found
   that`), a leaked memo seen by an outlet, the publisher's official by possessive (`documents`);
3. customs: a director-general's colon credit, the service's statement, a notice that `warned importers
   that`, a seizure credited after the clause (`..., the Customs Service said.`), a title before the name, an
   unnamed official, `declined to comment on the seizure but said`, `According to NAME, POST,`, `Its ROLE,
   NAME, added:`, `according to a notice published by BODY` (`customs`);
4. ports and the canal: the port chief, the harbour master and the canal director with colon and inverted
   credits, the authorities' statements, the port's own figures then a quotation, a canal closure then `Its
   director, NAME, said`, `told OUTLET that`, `Speaking at a shipping conference in Sellick Bay,`, `"Q," the
   harbour master, NAME, told reporters.`, `described X as "F"`, a relative clause, `the ROLE said`, `adding
   that` (`ports_canals`);
5. shipping lines: `BODY said in a statement on DAY that`, `"Q," BODY said in a statement on DAY.`, `A
   statement issued by BODY on DAY read:`, an executive's colon credit, `apologised to customers and said`, an
   unnamed spokesperson, `BODY, which operates 40 container ships, said C. Its ROLE, NAME, added:`, `adding
   that`, `In a post on its website,`, `declined to comment on freight rates but said`, `In a note to
   customers, BODY said` (`shipping_lines`);
6. dockworkers and strikes: `told a rally at the dock gates:`, inverted credits, `Its ROLE, NAME, went
   further:`, `accused EMPLOYER of "F"`, `In a letter to members, NAME wrote:`, a relative clause, the union's
   mixed report, `told OUTLET`, the employer's rejection, an employers' spokesperson who `disputed that:`, a
   crane operator known by a first name (`dockworkers`);
7. exporters, importers and forwarders: `NAME, AGE, who runs SHOP in TOWN, said:`, `An importer who gave only
   her first name, FIRST, said:`, `said FIRST, AGE, a JOB from TOWN`, a job then a pronoun, a quotation
   continued after its credit, `JOB NAME told OUTLET that`, `Another exporter, NAME,`, a trade body's or
   firm's officer, two traders of one gender by surname, a fronted description, `NAME of FIRM said`
   (`traders`);
8. economists: inverted credits, `wrote in a note to clients that`, `According to NAME, POST,`, `told
   OUTLET:`, official figures then a quotation, `wrote NAME, POST, in a research note`, a relative clause
   after the post, `NAME of BODY said`, two economists in one sentence, `Dr NAME` then `Dr SURNAME added`, `C,
   NAME, POST, said in a note.` (`economists`);
9. committee hearings: `told COMMITTEE on DAY that`, `Asked by the committee whether X, ... replied:`, `told
   the committee chair, OTHER, that`, `The committee heard that`, the chair's `"Q," the committee chair
   said.`, `Giving evidence to COMMITTEE,`, `Pressed by OTHER, ... conceded that`, `according to a transcript
   of the hearing`, the committee's report, `OTHER asked NAME whether X. "Q," PRONOUN replied.`, an
   ambassador who `told members of COMMITTEE` (`hearings`);
10. bodies, governments and unnamed officials: `said in a statement that`, `"Q," BODY said in a statement.`,
    an unnamed spokesperson, an anonymous official, a readout of two ministers' meeting, a country that
    retaliates and a minister who `called the move "F"`, `In a post on social media, BODY wrote:`, `adding
    that`, *declined to comment*, *is expected to*, `in a statement released late on DAY, said`
    (`statements`);
11. pronouns across people of both and of the same gender, within a passage, across paragraphs and in a
    four-paragraph article (`pronouns`);
12. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age, `Ms/Mr SURNAME`, `Ambassador SURNAME`, `Dr SURNAME`, two roles across paragraphs
    (`second_refs`);
13. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `conceded`, `wrote in a letter to members`, an uncredited continuation
    (`split_quotes`);
14. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`
    (`indirect_cues`);
15. controls: a ship's name, a canal stretch's nickname, a customs operation's code name, a report's title, a
    trade deal's name, picket placards, a scare term after *so-called*, narrative paragraphs, *declined to
    comment*, *is expected to*, one real quotation beside a union's banner, one beside a ship's name
    (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout89data import (
    ACCUSE89,
    ALLMARKS89,
    ANSWERS89,
    BARECUES89,
    BODYQUOTES89,
    BRACKWATER89,
    BRANNOCK89,
    CANAL89,
    CHAIRP89,
    CITIES89,
    CLAUSES89,
    COMMITTEES89,
    CORVELL89,
    COUNTRIES89,
    CUES89,
    CUSTOMS89,
    CUSTOMSP89,
    DATES89,
    DEALS89,
    DOCS89,
    ECONP89,
    EMPP89,
    EXPORTERS89,
    FIGURES89,
    FIRSTS89,
    FORWARDERS89,
    FRAGS89,
    INSTITUTE89,
    JOBS89,
    KELLOWAY89,
    LINES89,
    MARKS89,
    MEMOS89,
    MIN89,
    NARRATIVE89,
    OPENLANE89,
    OPERATIONS89,
    ORVANTO89,
    OUTLETS89,
    PANEL89,
    PEOPLE89,
    PORTAUTH89,
    PORTFIGURES89,
    PORTP89,
    POSTS89,
    QUESTIONS89,
    QUOTES89,
    REFORM89,
    RETALIATE89,
    SCARE89,
    SCENES89,
    SEIZURES89,
    SHIPP89,
    SHIPS89,
    SHOPS89,
    SITUATIONS89,
    SLOGANS89,
    SPLITS89,
    STATS89,
    STRETCHES89,
    SUMMITS89,
    TERMINALS89,
    TITLES89,
    TOPICS89,
    TOWNS89,
    TRADEMIN89,
    TRADEP89,
    UNIONP89,
    VESKARAGOV89,
    VOICES89,
    Body89,
    Post89,
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
BODIES89: dict[str, Body89] = {
    b.bare: b
    for b in (
        *VOICES89,
        TERMINALS89,
        CORVELL89,
        BRANNOCK89,
        INSTITUTE89,
        PANEL89,
        STATS89,
        KELLOWAY89,
        BRACKWATER89,
    )
}

#: Every body, outlet, country, city, port, town and committee a passage may name: each one the passage names
#: is a wrong speaker for every quotation whose key does not accept it.
PLACENAMES89: tuple[str, ...] = (
    *BODIES89,
    *(o[4:] if o.startswith("the ") else o for o in OUTLETS89),
    *COUNTRIES89,
    *CITIES89,
    *TOWNS89,
    *(bare for _inner, bare in COMMITTEES89),
    "Port Aldane",
    "Marrowgate",
    "Corrin Canal",
)


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _body(post: Post89) -> Body89:
    """The body a post belongs to."""
    return BODIES89[_bare(post.body)]


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    named_here = [n for n in PLACENAMES89 if n in text]
    wrong = dict.fromkeys([*(_bare(o) for o in others if o), *named_here])
    return keyed_case(template, text, ex, people, list(wrong), forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE89, p, step, gender=gender, avoid=avoid)


def _t(p: Post89) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _role(p: Post89, a: Person) -> str:
    """The role noun of *p* for *a* (`Its ROLE, NAME,`)."""
    role = "head of enforcement" if p.parts[0] == "enforcement" else p.parts[0]
    return role.replace("spokes", a.kin("spokeswoman", "spokesman"))


def _qt(pool: Post89 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post89) else pool
    return _pick(QUOTES89[key], n)


def _cl(pool: Post89 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post89) else pool
    return _pick(CLAUSES89[key], n)


def _post2(n: int, taken: Post89, pool: Sequence[Post89] = POSTS89) -> Post89:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post89) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post89) -> str:
        return p.after.replace("{s}", "spokes")

    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if (
            p.family != taken.family
            and (p.body != taken.body or not p.body)
            and noun(p) not in post(taken)
            and noun(taken) not in post(p)
            and noun(p) != noun(taken)
        ):
            return p
    raise ValueError("no second post")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout89.{name}", "heldout89", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS89, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE89, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE89.index(p), shape, r)


# --- 1. trade ministers, negotiators and ambassadors --------------------------------------------------------

#: Trade bodies, a campaign group and the opposition party whose statements sit beside a minister's words.
LOBBIES89 = (EXPORTERS89, FORWARDERS89, OPENLANE89, REFORM89)


def ministers() -> Iterator[Case]:
    """`FULL, POST, told a news conference in CITY on DAY: "Q."`; `"Q," said FULL, POST.`; `POST FULL told
    reporters at SCENE that C.`; `Speaking at the end of SUMMIT, FULL, POST, said C.`; `FULL, POST, CUE that
    C.`; `"Q," FULL, POST, told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; a four-paragraph article
    (a narrative sentence, FULL's report, a lobby's statement, `"Q," SURNAME said.`); `C, FULL, POST, CUE.`
    (fronted); `FULL, POST, said C. "Q."` (the report then the uncredited quotation); `FULL, POST, tweeted:
    "Q."` (or `wrote on social media:`). Key: FULL's with POST; the countries, the city, the scene, the outlet
    and the lobby never (the lobby's statement its own)."""
    for a, shape, m, r in sample(_combos(11), 245, "ho89-ministers"):
        k = _slot(a, shape, r)
        p = _pick(MIN89, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene, outlet, date = _pick(SCENES89, k), _pick(OUTLETS89, k), _pick(DATES89, k)
        city, summit = _pick(CITIES89, k), _pick(SUMMITS89, k)
        cue = _pick(CUES89, k)
        others: list[str] = [outlet]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told a news conference in {city} on {date}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told reporters at {scene} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"Speaking at the end of {summit}, {a.full}, {p.a(a)}, said {c}."
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
            vb = _pick(LOBBIES89, k)
            vc = _cl(vb.pool, k)
            text = _article(
                _pick(NARRATIVE89, k),
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{vb.start} said in a statement that {vc}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, vc, vb.acc), _d(q, a, t)]
        elif shape == 8:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {cue}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 9:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        else:
            how = _pick(("tweeted:", "wrote on social media:", "posted on social media:"), k)
            text = f"{a.full}, {p.a(a)}, {how} {qs}"
            ex = [_d(qs, a, t)]
        yield _case(f"ho89-ministers-{shape}", text, ex, (a,), others)


# --- 2. documents that speak --------------------------------------------------------------------------------


def documents() -> Iterator[Case]:
    """`BODY published DOC on DATE. The SHORT FINDS that C.`; `... According to the SHORT, C.`; `... "Q," the
    SHORT said.`; `FULL, POST, spoke to reporters after the SHORT was published. The SHORT COLON: "Q."`; `In
    DOC, BODY said that C.`; `... It recommended that REC.` (or *It noted that C*); `BODY's DOC, published on
    DATE, described X as "F".`; `... The SHORT FINDS that C, and that C2.`; `MEMO, seen by OUTLET, warned that
    C. BODY declined to comment.`; `BODY's ROLE, FULL, said: "Q."`; `BODY's DOC was published on DATE. It
    FINDS that C.` Key: the document (or the body that publishes it) speaks; the person who speaks about it
    never speaks its words; the memo speaks, never the outlet that saw it; the body's official speaks for
    herself with the body in the title."""
    combos = list(itertools.product(range(len(DOCS89)), range(11), ALLMARKS89, range(9)))
    for di, shape, m, r in sample(combos, 300, "ho89-docs"):
        k = _k(di, shape, r)
        d = DOCS89[di]
        body = d.body
        accs = (*d.acc, f"{_poss(body.bare)} {d.pname}", *body.acc)
        a = PEOPLE89[(k * 7 + r) % len(PEOPLE89)]
        c, c2 = _pick(d.clauses, k), _pick(d.clauses, k + 1)
        dq = _pick(d.quotes, k)
        date = _pick(DATES89, k)
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
            qs = m.q(dq + ".")
            text = (
                f"{a.full}, {d.presenter.a(a)}, spoke to reporters after the {d.short} was published. "
                f"The {d.short} {d.colon}: {qs}"
            )
            ex, people = [_d(qs, accs)], (a,)
        elif shape == 4:
            text = f"In {d.pub}, {body.inner} said that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 5:
            verb, clause = ("recommended", _pick(d.recs, k)) if d.recs else ("noted", c)
            text = f"{published} It {verb} that {clause}."
            ex = [_that(text, clause, accs)]
        elif shape == 6:
            obj, frag = _pick(d.frags, k)
            fq = m.q(frag)
            text = f"{_poss(body.start)} {d.pname}, published on {date}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, accs, link=" as ")]
        elif shape == 7:
            text = f"{published} The {d.short} {d.finds} that {c}, and that {c2}."
            ex = _two_reports(text, c, c2, accs)
        elif shape == 8:
            memo, macc, mc, mbody = _pick(MEMOS89, k)
            outlet = _pick(OUTLETS89, k)
            declined = f"{mbody.start} declined to comment."
            text = f"{memo}, seen by {outlet}, warned that {mc}. {declined}"
            ex = [_that(text, mc, macc), *tolerate(text, declined, mbody.acc)]
            others.append(outlet)
        elif shape == 9:
            qs = m.q(_qt(d.rpool, k) + ".")
            text = f"{_poss(body.start)} {d.role}, {a.full}, said: {qs}"
            ex, people = [_d(qs, a, Contains((d.role, body.bare)))], (a,)
            others.append(body.bare)
        else:
            text = f"{_poss(body.start)} {d.pname} was published on {date}. It {d.finds} that {c}."
            ex = [_that(text, c, accs)]
        yield _case(f"ho89-docs-{shape}", text, ex, people, others)


# --- 3. customs ---------------------------------------------------------------------------------------------


def customs() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `The Almirian Customs Service said in a statement on DAY that C.`; `A customs
    notice issued on DAY warned importers that C.`; `Customs officers seized GOODS at Port Aldane on DAY, the
    Customs Service said.`; `POST FULL told reporters in Castellane that C.`; `"Q," said FULL, POST, at a
    briefing in Castellane.`; `A (senior) customs official, who asked not to be named, said C.`; `FULL, POST,
    declined to comment on the seizure but said C.`; `According to FULL, POST, C.`; `BODY said C. Its ROLE,
    FULL, added: "Q."`; `Importers have until DEADLINE to register for the new system, according to a notice
    published by BODY on DAY.` Key: the officer's words her own with POST; the service speaks for itself; the
    notice for itself or the service; the unnamed official no one or the description or the service; the
    importers never."""
    notice = DOCS89[2]
    for a, shape, m, r in sample(_combos(11), 290, "ho89-customs"):
        k = _slot(a, shape, r)
        p = _pick(CUSTOMSP89, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        date = _pick(DATES89, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{CUSTOMS89.start} said in a statement on {date} that {c}."
            ex, people = [_that(text, c, CUSTOMS89.acc)], ()
        elif shape == 2:
            nc = _pick(notice.clauses, k)
            text = f"A customs notice issued on {date} warned importers that {nc}."
            ex, people = (
                [_that(text, nc, ("customs notice", "notice", f"customs notice issued on {date}"))],
                (),
            )
            others.append("importers")
        elif shape == 3:
            content = f"Customs officers seized {_pick(SEIZURES89, k)} at Port Aldane on {date}"
            text = f"{content}, the Customs Service said."
            ex, people = [_r(content, CUSTOMS89.acc)], ()
        elif shape == 4:
            text = f"{p.b(a)} {a.full} told reporters in Castellane that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"{q} said {a.full}, {p.a(a)}, at a briefing in Castellane."
            ex = [_d(q, a, t)]
        elif shape == 6:
            officials = (
                "A customs official",
                "A senior customs official",
                "A customs official in Castellane",
            )
            where = _pick(officials, k + r)
            text = f"{where}, who asked not to be named, said {c}."
            content = one_of(text, (f"that {c}", c))
            descs = (where[2:], "customs official", "official", *CUSTOMS89.acc)
            ex, people = [_anon(text, content, "indirect", descs)], ()
        elif shape == 7:
            region = f"{a.full}, {p.a(a)}, declined to comment on the seizure"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 8:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 9:
            role = _role(p, a)
            c2 = _cl(p, k + 1)
            text = f"{CUSTOMS89.start} said {c2}. Its {role}, {a.full}, added: {qs}"
            ex = [_that(text, c2, CUSTOMS89.acc), _d(qs, a, Contains(role))]
        else:
            deadline = _pick(("the end of June", "the first of September", "March 31"), k + r)
            content = f"Importers have until {deadline} to register for the new system"
            text = f"{content}, according to a notice published by {CUSTOMS89.inner} on {date}."
            ex = [_r(content, ("notice", f"notice published by {CUSTOMS89.inner}", *CUSTOMS89.acc))]
            people = ()
            others.append("importers")
        yield _case(f"ho89-customs-{shape}", text, ex, people, others)


# --- 4. ports and the canal ---------------------------------------------------------------------------------


def ports_canals() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `AUTHORITY said in a statement on DAY that C.`; `FIGURES, figures from the
    port authority showed on DAY. "Q," said FULL, POST.`; `The Corrin Canal Authority closed the canal to all
    shipping on DAY after a ship ran aground. Its director, FULL, said C.`; `POST FULL told OUTLET that C.`;
    `Speaking at a shipping conference in Sellick Bay, FULL, POST, said C.`; `"Q," the ROLE, FULL, told
    reporters.`; `FULL, POST, described X as "F".`; `FULL, who has worked at the port for 25 years, said:
    "Q."`; `FULL, POST, arrived at SCENE early on DAY. "Q," the ROLE said.`; `AUTHORITY said on DAY that C,
    adding that C2.` Key: the port chief's, harbour master's and canal director's words their own with the
    post; the authorities speak for themselves; the figures the authority's or nothing; the closure the canal
    authority's or nothing; the outlet never."""
    for a, shape, m, r in sample(_combos(11), 255, "ho89-ports"):
        k = _slot(a, shape, r)
        p = _pick(PORTP89, k)
        if shape == 2:
            p = PORTP89[k % 2]
        elif shape == 3:
            p = PORTP89[2]
        t = _t(p)
        body = CANAL89 if p.pool == "canal" else PORTAUTH89
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c, c2 = _cl(p, k), _cl(p, k + 1)
        outlet, date = _pick(OUTLETS89, k), _pick(DATES89, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [outlet]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{body.start} said in a statement on {date} that {c}."
            ex, people = [_that(text, c, body.acc)], ()
        elif shape == 2:
            region = f"{_pick(PORTFIGURES89, k)}, figures from the port authority showed on {date}."
            text = f"{region} {q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t), *tolerate(text, region, (*PORTAUTH89.acc, "figures"))]
        elif shape == 3:
            region = f"{CANAL89.start} closed the canal to all shipping on {date} after a ship ran aground."
            text = f"{region} Its director, {a.full}, said {c}."
            ex = [_that(text, c, a, Contains("director")), *tolerate(text, region, CANAL89.acc)]
        elif shape == 4:
            text = f"{p.b(a)} {a.full} told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"Speaking at a shipping conference in Sellick Bay, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 6:
            role = p.sh(a)[4:]
            text = f"{q} the {role}, {a.full}, told reporters."
            ex = [_d(q, a, Contains(role))]
        elif shape == 7:
            obj, frag = _pick(FRAGS89[p.family], k)
            fq = m.q(frag)
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        elif shape == 8:
            where = "on the canal" if p.pool == "canal" else "at the port"
            text = f"{a.full}, who has worked {where} for 25 years, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 9:
            scene = "the southern entrance to the canal" if p.pool == "canal" else "the harbour office"
            text = f"{a.full}, {p.a(a)}, arrived at {scene} early on {date}. {q} {p.sh(a)} said."
            ex = [_d(q, a, t)]
        else:
            text = f"{body.start} said on {date} that {c}, adding that {c2}."
            ex, people = [_that(text, c, body.acc), _that(text, c2, body.acc)], ()
        yield _case(f"ho89-ports-{shape}", text, ex, people, others)


# --- 5. shipping lines --------------------------------------------------------------------------------------


def shipping_lines() -> Iterator[Case]:
    """`LINE said in a statement on DAY that C.`; `"Q," LINE said in a statement on DAY.`; `A statement issued
    by LINE on DAY read: "Q."`; `FULL, POST, said: "Q."`; `POST FULL apologised to customers and said C.`; `A
    spokes-noun for LINE said C.` (unnamed); `LINE, which operates 40 container ships, said C. Its ROLE, FULL,
    added: "Q."`; `LINE said on DAY that C, adding that C2.`; `In a post on its website on DAY, LINE said:
    "Q."`; `FULL, POST, declined to comment on freight rates but said C.`; `In a note to customers on DAY,
    LINE said C.` Key: the line speaks for itself (one is one word); FULL for herself with POST; an unnamed
    spokesperson gives no speaker, the description or the line; the apology and the declining FULL's or
    nothing; the customers never."""
    for a, shape, m, r in sample(_combos(11), 270, "ho89-lines"):
        k = _slot(a, shape, r)
        p = _pick(SHIPP89, k)
        t = _t(p)
        body = _body(p)
        sb = _pick(LINES89, k + r)
        date = _pick(DATES89, k + r)
        sc, sc2 = _cl("ship", k), _cl("ship", k + 1)
        qs = m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        bq, bqs = m.q(_pick(BODYQUOTES89, k) + ","), m.q(_pick(BODYQUOTES89, k) + ".")
        people: tuple[Person, ...] = (a,)
        others: list[str] = [body.bare]
        if shape == 0:
            text = f"{sb.start} said in a statement on {date} that {sc}."
            ex, people = [_that(text, sc, sb.acc)], ()
        elif shape == 1:
            text = f"{bq} {sb.inner} said in a statement on {date}."
            ex, people = [_d(bq, sb.acc)], ()
        elif shape == 2:
            text = f"A statement issued by {sb.inner} on {date} read: {bqs}"
            ex, people = [_d(bqs, sb.acc)], ()
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{p.b(a)} {a.full} apologised to customers and said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, "apologised to customers", (a.full,))]
            others.append("customers")
        elif shape == 5:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {sb.inner} said {sc}."
            content = one_of(text, (f"that {sc}", sc))
            ex, people = [_anon(text, content, "indirect", (spokes, f"{spokes} for {sb.inner}", *sb.acc))], ()
        elif shape == 6:
            role = _role(p, a)
            text = (
                f"{body.start}, which operates 40 container ships, said {c}. "
                f"Its {role}, {a.full}, added: {qs}"
            )
            ex = [_that(text, c, body.acc), _d(qs, a, Contains(role))]
        elif shape == 7:
            text = f"{sb.start} said on {date} that {sc}, adding that {sc2}."
            ex, people = [_that(text, sc, sb.acc), _that(text, sc2, sb.acc)], ()
        elif shape == 8:
            text = f"In a post on its website on {date}, {sb.inner} said: {bqs}"
            ex, people = [_d(bqs, sb.acc)], ()
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, declined to comment on freight rates"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        else:
            text = f"In a note to customers on {date}, {sb.inner} said {sc}."
            ex, people = [_that(text, sc, sb.acc)], ()
            others.append("customers")
        if not people:
            others = [o for o in others if o != sb.bare]
        yield _case(f"ho89-lines-{shape}", text, ex, people, others)


# --- 6. dockworkers and strikes -----------------------------------------------------------------------------

#: The employers of the docks.
EMPLOYERS_OF_DOCKS89 = (TERMINALS89, BODIES89["Port Employers' Association"])


def dockworkers() -> Iterator[Case]:
    """`FULL, POST, told a rally at the dock gates: "Q."`; `"Q," said FULL, POST.`; `UNION said C. Its ROLE,
    FULL, went further: "Q."`; `POST FULL accused EMPLOYER of "F".`; `In a letter to members, FULL wrote:
    "Q."`; `FULL, who has worked on the docks for 30 years, warned that C.`; `UNION, which represents 9,000
    dockworkers, said X was "F".`; `"Q," FULL told OUTLET.`; `FULL, POST, said C. EMPLOYER rejected the
    claim.`; `FULL, POST, said C. OTHER, EMP POST, disputed that: "Q."`; `"Q," said FIRST, a crane operator
    who gave only his first name.` Key: each person's words their own with the post stated; the union speaks
    for itself; the employer, the members and the outlet never (the rejection the employer's or nothing)."""
    for a, shape, m, r in sample(_combos(11), 235, "ho89-docks"):
        k = _slot(a, shape, r)
        p = _pick(UNIONP89, k)
        t = _t(p)
        up = p if p.body else UNIONP89[0]
        ubody = _body(up)
        emp = _pick(EMPLOYERS_OF_DOCKS89, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet = _pick(OUTLETS89, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [ubody.bare, emp.bare]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told a rally at the dock gates: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            role = up.parts[0]
            text = f"{ubody.start} said {c}. Its {role}, {a.full}, went further: {qs}"
            ex = [_that(text, c, ubody.acc), _d(qs, a, Contains(role))]
        elif shape == 3:
            fq = m.q(_pick(ACCUSE89["union"], k))
            text = f"{p.b(a)} {a.full} accused {emp.inner} of {fq}."
            ex = [_accuse(text, emp.inner, fq, a, t)]
        elif shape == 4:
            text = f"In a letter to members, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append("members")
        elif shape == 5:
            text = f"{a.full}, who has worked on the docks for 30 years, warned that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            obj, frag = _pick(FRAGS89["union"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{ubody.start}, which represents 9,000 dockworkers, said {clause}."
            ex, people = [_mixed(text, clause, ubody.acc)], ()
            others = [emp.bare, "dockworkers"]
        elif shape == 7:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
        elif shape == 8:
            region = f"{emp.start} rejected the claim."
            text = f"{a.full}, {p.a(a)}, said {c}. {region}"
            ex = [_that(text, c, a, t), *tolerate(text, region, emp.acc)]
        elif shape == 9:
            b = _other(a, k)
            ep = _pick(EMPP89, k)
            qb = m.q(_qt(ep, k) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {ep.a(b)}, disputed that: {qb}"
            ex, people = [_that(text, c, a, t), _d(qb, b, _t(ep))], (a, b)
            others.append(_bare(ep.body))
        else:
            f = _pick(FIRSTS89, k)
            dq = m.q(_qt("docker", k) + ",")
            text = f"{dq} said {f.full}, a crane operator who gave only {f.poss} first name."
            ex, people = [_d(dq, f, Contains("crane operator"))], (f,)
        yield _case(f"ho89-docks-{shape}", text, ex, people, others)


# --- 7. exporters, importers and forwarders -----------------------------------------------------------------

#: Firms known by name (after *NAME of*).
FIRMS89 = (KELLOWAY89, BRACKWATER89, ORVANTO89)


def traders() -> Iterator[Case]:
    """`FULL, AGE, who runs SHOP in TOWN, said: "Q."`; `An importer who gave only her first name, FIRST, said:
    "Q."`; `"Q," said FIRST, AGE, a JOB from TOWN.`; `FULL, a JOB from TOWN, has X. "Q," PRONOUN said.`; `FULL
    has X. "Q," PRONOUN said. "Q2."` (continued); `JOB FULL told OUTLET that C.`; `Another exporter, FULL,
    said C.`; `FULL, POST, said C.` (a trade body's or firm's officer); two traders of one gender, then `"Q,"
    SURNAME said.`; `A third-generation fruit exporter from TOWN, FULL said C.`; `FULL of FIRM said C.` Key:
    the trader's words their own, a first name alone the whole name, the job the title, the firm alone the
    title after *of*; the town, the outlet and the other trader never."""
    for a, shape, m, r in sample(_combos(11), 235, "ho89-traders"):
        k = _slot(a, shape, r)
        f = _pick(FIRSTS89, k)
        q, qs = m.q(_qt("trader", k) + ","), m.q(_qt("trader", k) + ".")
        fq_, fqs = m.q(_qt("firm", k) + ","), m.q(_qt("firm", k) + ".")
        c = _cl("trader", k)
        town, outlet = _pick(TOWNS89, k), _pick(OUTLETS89, k)
        job, jn = _pick(JOBS89, k)
        sit = _pick(SITUATIONS89, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [outlet]
        if shape == 0:
            text = f"{a.full}, {a.age}, who runs {_pick(SHOPS89, k)} in {town}, said: {fqs}"
            ex = [_d(fqs, a)]
        elif shape == 1:
            text = f"An importer who gave only {f.poss} first name, {f.full}, said: {qs}"
            ex, people = [_d(qs, f)], (f,)
        elif shape == 2:
            text = f"{q} said {f.full}, {f.age}, a {job} from {town}."
            ex, people = [_d(q, f, Contains(jn))], (f,)
        elif shape == 3:
            text = f"{a.full}, a {job} from {town}, has {sit}. {q} {a.pronoun} said."
            ex = [_d(q, a, Contains(jn))]
        elif shape == 4:
            q2s = m.q(_qt("trader", k + 1) + ".")
            text = f"{a.full} has {sit}. {q} {a.pronoun} said. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
        elif shape == 5:
            text = f"{_cap(job)} {a.full} told {outlet} that {c}."
            ex = [_that(text, c, a, Contains(jn))]
        elif shape == 6:
            cf = _cl("firm", k)
            text = f"Another exporter, {a.full}, said {cf}."
            ex = [_that(text, cf, a)]
        elif shape == 7:
            p = _pick(TRADEP89, k)
            cp = _cl(p, k)
            text = f"{a.full}, {p.a(a)}, said {cp}."
            ex = [_that(text, cp, a, _t(p))]
            others.append(p.body)
        elif shape == 8:
            b = _other(a, k, gender=a.gender)
            text = (
                f"{a.full} ships olive oil to Veskara. "
                f"{b.full} imports machine parts from Kalvonia. {fq_} {b.last} said."
            )
            ex, people = [_d(fq_, b)], (a, b)
        elif shape == 9:
            text = f"A third-generation fruit exporter from {town}, {a.full} said {c}."
            ex = [_that(text, c, a)]
        else:
            firm = _pick(FIRMS89, k)
            cf = _cl("firm", k)
            text = f"{a.full} of {firm.inner} said {cf}."
            ex = [_that(text, cf, a, Contains(firm.bare))]
        yield _case(f"ho89-traders-{shape}", text, ex, people, others)


# --- 8. economists ------------------------------------------------------------------------------------------

#: Economists outside government.
ECON89 = ECONP89[:3]


def economists() -> Iterator[Case]:
    """`"Q," said FULL, POST.`; `FULL, POST, wrote in a note to clients that C.`; `According to FULL, POST,
    C.`; `FULL, POST, told OUTLET: "Q."`; `FIGURE, figures from the National Statistics Bureau showed on DAY.
    "Q," said FULL, POST.`; `"Q," wrote FULL, POST, in a research note.`; `FULL, an economist at BODY who used
    to advise the Trade Ministry, said C.`; `FULL of BODY said C.`; `FULL, POST, said C, but OTHER, POST2, was
    more cautious, arguing that C2.`; `Dr FULL, POST, said C. "Q," Dr SURNAME added.`; `C, FULL, POST, said in
    a note.` Key: the economist's words their own with the role and the firm (the firm alone after *of*); the
    figures the bureau's or nothing; the clients, the outlet and the ministry never."""
    for a, shape, m, r in sample(_combos(11), 235, "ho89-econ"):
        k = _slot(a, shape, r)
        p = _pick(ECON89, k)
        t = _t(p)
        body = _body(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet, date = _pick(OUTLETS89, k), _pick(DATES89, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [body.bare, outlet]
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
            region = f"{_pick(FIGURES89, k)}, figures from {STATS89.inner} showed on {date}."
            text = f"{region} {q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t), *tolerate(text, region, (*STATS89.acc, "figures"))]
        elif shape == 5:
            text = f"{q} wrote {a.full}, {p.a(a)}, in a research note."
            ex = [_d(q, a, t)]
        elif shape == 6:
            text = f"{a.full}, an economist at {body.inner} who used to advise the Trade Ministry, said {c}."
            ex = [_that(text, c, a, Contains(("economist", body.bare)))]
        elif shape == 7:
            text = f"{a.full} of {body.inner} said {c}."
            ex = [_that(text, c, a, Contains(body.bare))]
        elif shape == 8:
            pb = _pick([e for e in ECON89 if e.body != p.body], k)
            b = _other(a, k)
            c2 = _cl(pb, k + 1)
            text = (
                f"{a.full}, {p.a(a)}, said {c}, but {b.full}, {pb.a(b)}, was more cautious, "
                f"arguing that {c2}."
            )
            ex, people = [_that(text, c, a, t), _that(text, c2, b, _t(pb))], (a, b)
            others.append(pb.body)
        elif shape == 9:
            who = (a.full, f"Dr {a.full}")
            text = f"Dr {a.full}, {p.a(a)}, said {c}. {q} Dr {a.last} added."
            ex = [_that(text, c, who, t), _d(q, who, t)]
        else:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, said in a note."
            ex = [_r(_cap(c), a, t)]
        yield _case(f"ho89-econ-{shape}", text, ex, people, others)


# --- 9. committee hearings ----------------------------------------------------------------------------------

#: Posts of witnesses who give evidence to a committee.
WITNESSES89 = (
    MIN89[0],
    CUSTOMSP89[0],
    PORTP89[0],
    SHIPP89[0],
    UNIONP89[0],
    TRADEP89[0],
    MIN89[3],
    PORTP89[2],
    ECONP89[3],
    MIN89[2],
)

#: What a committee's report says (after *said that*).
COMMCLAUSES89 = (
    "ministers had failed to explain how the new checks would work",
    "the government had underestimated the cost of the strike",
    "the customs service needed hundreds more officers",
)


def hearings() -> Iterator[Case]:
    """`FULL, POST, told COMMITTEE on DAY that C.`; `Asked by the committee whether X, FULL, POST, replied:
    "Q."`; `FULL, POST, told the committee chair, OTHER, that C.`; `The committee heard that C. OTHER, POST,
    is due to give evidence on DAY.`; `FULL, CHAIR POST, opened the hearing on DAY. "Q," the committee chair
    said.`; `Giving evidence to COMMITTEE, FULL, POST, said C.`; `Pressed by OTHER, FULL, POST, conceded that
    C.`; `FULL said C, according to a transcript of the hearing.`; `In its report on TOPIC, COMMITTEE said
    that C.`; `OTHER asked FULL whether X. "Q," PRONOUN replied.` (genders differ); `"Q," FULL, POST, told
    members of COMMITTEE.` Key: the chair's and the witnesses' words their own with the post stated; what *the
    committee heard* no one's; the chair addressed or pressing never; the question no one's, the committee's
    or the asker's; the committee never speaks a witness's words."""
    for a, shape, m, r in sample(_combos(11), 235, "ho89-hearings"):
        k = _slot(a, shape, r)
        w = _pick(WITNESSES89, k)
        tw = _t(w)
        comm, cbare = _pick(COMMITTEES89, k)
        ch = next(cp for cp in CHAIRP89 if _bare(cp.body) == cbare)
        b = _other(a, k)
        date = _pick(DATES89, k)
        cw = _cl(w, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = ["committee", "hearing", _bare(w.body)]
        if shape == 0:
            text = f"{a.full}, {w.a(a)}, told {comm} on {date} that {cw}."
            ex = [_that(text, cw, a, tw)]
        elif shape == 1:
            asked = f"Asked by the committee whether {_pick(QUESTIONS89, k)}"
            ans = m.q(_pick(ANSWERS89, k) + ".")
            text = f"{asked}, {a.full}, {w.a(a)}, replied: {ans}"
            ex = [_d(ans, a, tw), *tolerate(text, asked, ("committee", "the committee"))]
        elif shape == 2:
            text = f"{a.full}, {w.a(a)}, told the committee chair, {b.full}, that {cw}."
            ex, people = [_that(text, cw, a, tw)], (a, b)
        elif shape == 3:
            heard = f"The committee heard that {_cl('fwd', k)}."
            due = f"{b.full}, {w.a(b)}, is due to give evidence on {date}."
            text = f"{heard} {due}"
            ex, people = [*tolerate(text, heard), *tolerate(text, due, (b.full,))], (b,)
        elif shape == 4:
            qc = m.q(_qt(ch, k) + ",")
            text = f"{a.full}, {ch.a(a)}, opened the hearing on {date}. {qc} the committee chair said."
            ex = [_d(qc, a, _t(ch))]
            others = ["hearing"]
        elif shape == 5:
            text = f"Giving evidence to {comm}, {a.full}, {w.a(a)}, said {cw}."
            ex = [_that(text, cw, a, tw)]
        elif shape == 6:
            text = f"Pressed by {b.full}, {a.full}, {w.a(a)}, conceded that {cw}."
            ex, people = [_that(text, cw, a, tw)], (a, b)
        elif shape == 7:
            whole = f"{a.full} said {cw}"
            text = f"{whole}, according to a transcript of the hearing."
            tacc = ("transcript", "transcript of the hearing")
            ex = _recorded(text, [_that(text, cw, a)], whole, tacc)
            people = _mine(ex, a)
        elif shape == 8:
            b = _other(a, k, gender=_opp(a))
            asked = f"{b.full} asked {a.full} whether {_pick(QUESTIONS89, k)}."
            ans = m.q(_pick(ANSWERS89, k) + ",")
            text = f"{asked} {ans} {a.pronoun} replied."
            ex, people = [_d(ans, a), *tolerate(text, asked, (b.full,))], (a, b)
        elif shape == 9:
            cc = _pick(COMMCLAUSES89, k)
            text = f"In its report on {_pick(TOPICS89, k)}, {comm} said that {cc}."
            ex, people = [_that(text, cc, (cbare, "committee", "report"))], ()
            others = []
        else:
            amb = MIN89[5 + k % 2]
            qa = m.q(_qt(amb, k) + ",")
            text = f"{qa} {a.full}, {amb.a(a)}, told members of {comm}."
            ex = [_d(qa, a, _t(amb))]
            others.append("members")
        yield _case(f"ho89-hearings-{shape}", text, ex, people, others)


# --- 10. bodies, governments and unnamed officials ----------------------------------------------------------

#: Sources who speak on condition of anonymity: (who, the pool of their words, the names a key accepts).
ANONS89: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "A Veskaran government official",
        "gov",
        ("Veskaran government official", "government official", "official", *VESKARAGOV89.acc),
    ),
    ("A Trade Ministry official", "min", ("Trade Ministry official", "official", *TRADEMIN89.acc)),
    ("A senior customs officer", "customs", ("senior customs officer", "customs officer", "officer")),
)

#: What a minister calls a retaliation (in marks).
MOVES89 = ("an act of economic aggression", "disappointing but not surprising", "a gift to smugglers")


def statements() -> Iterator[Case]:
    """`BODY said in a statement on DAY that C.`; `"Q," BODY said in a statement.`; `A spokes-noun for BODY,
    who asked not to be named, said C.`; `A Veskaran government official, speaking on condition of anonymity,
    said C.`; `FULL, POST, met OTHER, POST2, in CITY on DAY. The two ministers agreed to resume talks next
    month, according to a readout released by the Trade Ministry.`; `Veskara said it would R. FULL, POST,
    called the move "F".`; `In a post on social media, BODY wrote: "Q."`; `BODY said on DAY that C, adding
    that C2.`; `NARRATIVE BODY declined to comment.`; `BODY is expected to announce its response on DAY.`;
    `BODY, in a statement released late on DAY, said C.` Key: the body speaks for itself (some bodies are one
    word, one a government); an unnamed spokesperson or official gives no speaker, the description or the
    body; the readout speaks for itself or the ministry, never the ministers; the country's retaliation is the
    country's."""
    for a, shape, m, r in sample(_combos(11), 255, "ho89-statements"):
        k = _slot(a, shape, r)
        b = _pick(VOICES89, k + r)
        c, c2 = _cl(b.pool, k), _cl(b.pool, k + 1)
        bq, bqs = m.q(_qt(b.pool, k) + ","), m.q(_qt(b.pool, k) + ".")
        date, city = _pick(DATES89, k), _pick(CITIES89, k)
        people: tuple[Person, ...] = ()
        others: list[str] = [b.bare]
        if shape == 0:
            text = f"{b.start} said in a statement on {date} that {c}."
            ex = [_that(text, c, b.acc)]
        elif shape == 1:
            text = f"{bq} {b.inner} said in a statement."
            ex = [_d(bq, b.acc)]
        elif shape == 2:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {b.inner}, who asked not to be named, said {c}."
            content = one_of(text, (f"that {c}", c))
            descs = (spokes, f"{spokes} for {b.inner}", f"{spokes} for {b.bare}", *b.acc)
            ex = [_anon(text, content, "indirect", descs)]
        elif shape == 3:
            who, pool, descs = _pick(ANONS89, k)
            ca = _cl(pool, k)
            text = f"{who}, speaking on condition of anonymity, said {ca}."
            content = one_of(text, (f"that {ca}", ca))
            ex = [_anon(text, content, "indirect", descs)]
            others = []
        elif shape == 4:
            bb = _other(a, k)
            content = f"The two ministers agreed to resume talks in {city} next month"
            text = (
                f"{a.full}, {MIN89[0].a(a)}, met {bb.full}, {MIN89[1].a(bb)}, on {date}. "
                f"{content}, according to a readout released by {TRADEMIN89.inner}."
            )
            racc = ("readout", f"readout released by {TRADEMIN89.inner}", *TRADEMIN89.acc)
            ex, people, others = [_r(content, racc)], (a, bb), ["ministers", "two ministers"]
        elif shape == 5:
            ret = f"it would {_pick(RETALIATE89, k)}"
            fq = m.q(_pick(MOVES89, k))
            mp = MIN89[0]
            text = f"Veskara said {ret}. {a.full}, {mp.a(a)}, called the move {fq}."
            ex = [_that(text, ret, VESKARAGOV89.acc), _called(text, "the move", fq, a, title=_t(mp))]
            people, others = (a,), []
        elif shape == 6:
            text = f"In a post on social media, {b.inner} wrote: {bqs}"
            ex = [_d(bqs, b.acc)]
        elif shape == 7:
            text = f"{b.start} said on {date} that {c}, adding that {c2}."
            ex = [_that(text, c, b.acc), _that(text, c2, b.acc)]
        elif shape == 8:
            region = f"{b.start} declined to comment."
            text = f"{_pick(NARRATIVE89, k)} {region}"
            ex = tolerate(text, region, b.acc)
        elif shape == 9:
            text = f"{b.start} is expected to announce its response on {date}."
            ex = tolerate(text, text)
        else:
            text = f"{b.start}, in a statement released late on {date}, said {c}."
            ex = [_that(text, c, b.acc)]
        yield _case(f"ho89-statements-{shape}", text, ex, people, others)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, met at SCENE. "Q," PRONOUN said.` (genders differ); `FULL said C. OTHER,
    POST2, disagreed. "Q," PRONOUN said.` (same gender: OTHER); paragraphs `FULL said C.`, `OTHER responded:
    "Q2."`, `"Q," PRONOUN added.` (genders differ: FULL); `FULL visited SCENE with OTHER on DAY. Afterwards,
    PRONOUN told reporters that C.` (same gender: the subject FULL); `"Q," OTHER told FULL. PRONOUN replied:
    "Q2."` (genders differ); `FULL, POST, spoke first. "Q," PRONOUN said. OTHER, POST2, followed. "Q2,"
    PRONOUN said.` (same gender); `FULL said POSS team had worked through the night. "Q," PRONOUN said.`;
    `FULL, POST, said C; OTHER stood beside OBJ.` then `PRONOUN later told OUTLET: "Q2."` (genders differ); a
    four-paragraph article whose last paragraph is `"Q," PRONOUN said.` after OTHER's report (genders differ:
    FULL). Key: as a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(9), 235, "ho89-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS89, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES89, k), _pick(OUTLETS89, k), _pick(DATES89, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, outlet]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {scene}. {q} {a.pronoun} said."
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {q2} {b.pronoun} said."
            ex = [_that(text, c, a), _d(q2, b, tb)]
        elif shape == 2:
            qa2 = m.q(_qt(pa, k + 1) + ",")
            text = _article(f"{a.full} said {c}.", f"{b.full} responded: {qs2}", f"{qa2} {a.pronoun} added.")
            ex = [_that(text, c, a), _d(qs2, b), _d(qa2, a)]
        elif shape == 3:
            text = (
                f"{a.full} visited {scene} with {b.full} on {date}. "
                f"Afterwards, {a.pronoun} told reporters that {c}."
            )
            ex = [_that(text, c, a)]
        elif shape == 4:
            qas = m.q(_qt(pa, k) + ".")
            text = f"{q2} {b.full} told {a.full}. {_cap(a.pronoun)} replied: {qas}"
            ex = [_d(q2, b), _d(qas, a)]
        elif shape == 5:
            text = (
                f"{a.full}, {pa.a(a)}, spoke first. {q} {a.pronoun} said. "
                f"{b.full}, {pb.a(b)}, followed. {q2} {b.pronoun} said."
            )
            ex = [_d(q, a, ta), _d(q2, b, tb)]
        elif shape == 6:
            clause = f"{a.poss} team had worked through the night"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        elif shape == 7:
            qa2s = m.q(_qt(pa, k + 1) + ".")
            text = _article(
                f"{a.full}, {pa.a(a)}, said {c}; {b.full} stood beside {a.obj}.",
                f"{_cap(a.pronoun)} later told {outlet}: {qa2s}",
            )
            ex = [_that(text, c, a, ta), _d(qa2s, a, ta)]
        else:
            text = _article(
                _pick(NARRATIVE89, k),
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        yield _case(f"ho89-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE, POST,
    said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `FULL, AMBASSADOR POST, said C. "Q,"
    Ambassador SURNAME said.`; `Dr FULL, ECONOMIST POST, said C. "Q," Dr SURNAME said.`; two posts, then `The
    ROLE2 said C2.` and `"Q," the ROLE said.` Key: the second reference's person with the post of the first
    mention (*Ambassador* or *Dr* may stay in the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho89-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS89, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES89, k), _pick(DATES89, k)
        people: tuple[Person, ...] = (a,)
        others = [pa.body]
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
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {scene}. {qb} said {pb.sh(b)}."
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
            amb = MIN89[5 + k % 2]
            qa, ca = m.q(_qt(amb, k) + ","), _cl(amb, k)
            text = f"{a.full}, {amb.a(a)}, said {ca}. {qa} Ambassador {a.last} said."
            who = (a.full, f"Ambassador {a.full}")
            ex, others = [_that(text, ca, who, _t(amb)), _d(qa, who, _t(amb))], []
        elif shape == 8:
            eco = ECON89[k % 3]
            qe, ce = m.q(_qt(eco, k) + ","), _cl(eco, k)
            text = f"Dr {a.full}, {eco.a(a)}, said {ce}. {qe} Dr {a.last} said."
            who = (a.full, f"Dr {a.full}")
            ex, others = [_that(text, ce, who, _t(eco)), _d(qe, who, _t(eco))], [eco.body]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at the hearing on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho89-secondrefs-{shape}", text, ex, people, others)


# --- 13. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS89 = tuple(p for p in POSTS89 if p.family in SPLITS89)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL conceded, "s2."`; `"S1," FULL wrote in a letter to members, "s2."`; `"S1," FULL
    said. "S2."` (an uncredited continuation). Key: both parts (or one span) FULL's; the outlet, the members
    and OTHER never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho89-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS89, k)
        t = _t(p)
        one, two = _pick(SPLITS89[p.family], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES89, k), _pick(OUTLETS89, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
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
            h2 = m.q(_cap(two))
            text = f"{h1} {a.full} said. {h2}"
        yield _case(f"ho89-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 14. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.` Key: the
    reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS89, 4), 235, "ho89-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS89, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES89, k)
        outlet = _pick(OUTLETS89, k)
        obj, frag = _pick(FRAGS89[p.family], k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES89, k)} {c}."
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
        yield _case(f"ho89-indirect-{shape}", text, ex, (a,), others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `The container ship "V" ran aground at the southern
    entrance to the Corrin Canal on DAY, with FULL among the 22 crew on board.`; `The stretch of the canal
    known to pilots as the "N" is only 180 metres wide. FULL has guided ships through it for 20 years.`; `The
    customs operation, codenamed "O", ran for six months. FULL, POST, visited the port on DAY.`; `BODY's
    report, titled "T", runs to 140 pages.`; `The "D" agreement, signed in CITY on DAY, cuts duties on 4,000
    product lines.`; strikers' placards reading `"S"` (no quotation, or one with no speaker); `Freight
    crossing the so-called "T" between Almiria and Veskara fell by a third last year, and FULL has made
    tearing it down the centrepiece of the talks.`; narrative paragraphs; `FULL, POST, declined to comment.`;
    `BODY is expected to publish its ruling in the spring. FULL is expected to attend the signing next week.`;
    `"Q," said FULL, whose union marched under the banner "S".` (the one real quotation); `"Q," said FULL,
    POST. The "V" has been stuck at anchor for nine days.` Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(12), 240, "ho89-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS89, k)
        date, city = _pick(DATES89, k), _pick(CITIES89, k)
        vq, nq, oq = m.q(_pick(SHIPS89, k)), m.q(_pick(STRETCHES89, k)), m.q(_pick(OPERATIONS89, k))
        tq, dq = m.q(_pick(TITLES89, k)), m.q(_pick(DEALS89, k))
        sq, scq = m.q(_pick(SLOGANS89, k)), m.q(_pick(SCARE89, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body]
        if shape == 0:
            text = (
                f"The container ship {vq} ran aground at the southern entrance to the Corrin Canal "
                f"on {date}, with {a.full} among the 22 crew on board."
            )
            forbidden = (vq,)
        elif shape == 1:
            text = (
                f"The stretch of the canal known to pilots as the {nq} is only 180 metres wide. "
                f"{a.full} has guided ships through it for 20 years."
            )
            forbidden = (nq,)
        elif shape == 2:
            text = (
                f"The customs operation, codenamed {oq}, ran for six months. "
                f"{a.full}, {p.a(a)}, visited the port on {date}."
            )
            forbidden = (oq,)
        elif shape == 3:
            body = _pick((INSTITUTE89, FORWARDERS89, PORTAUTH89), k)
            text = f"{_poss(body.start)} report, titled {tq}, runs to 140 pages. {a.full} wrote the foreword."
            forbidden = (tq,)
        elif shape == 4:
            text = (
                f"The {dq} agreement, signed in {city} on {date}, cuts duties on 4,000 product lines. "
                f"{a.full} led the talks for two years."
            )
            forbidden = (dq,)
        elif shape == 5:
            region = f"Strikers held placards reading {sq} at the gates of Port Aldane."
            text = f"{region} {a.full} drove past without stopping."
            ex = tolerate(text, region)
        elif shape == 6:
            text = (
                f"Freight crossing the so-called {scq} between Almiria and Veskara fell by a third last "
                f"year, and {a.full} has made tearing it down the centrepiece of the talks."
            )
            forbidden = (scq,)
        elif shape == 7:
            text = _article(_pick(NARRATIVE89, k), _pick(NARRATIVE89, k + 1))
        elif shape == 8:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE89, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 9:
            text = (
                f"{PANEL89.start} is expected to publish its ruling in the spring. "
                f"{a.full} is expected to attend the signing next week."
            )
            ex = tolerate(text, text)
        elif shape == 10:
            q = m.q(_qt("union", k) + ",")
            text = f"{q} said {a.full}, whose union marched under the banner {sq}."
            ex, forbidden = [_d(q, a)], (sq,)
        else:
            q = m.q(_qt(p, k) + ",")
            text = f"{q} said {a.full}, {p.a(a)}. The {vq} has been stuck at anchor for nine days."
            ex, forbidden = [_d(q, a, _t(p))], (vq,)
        yield _case(f"ho89-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_89 = (
    _named(
        "ministers",
        "trade ministers, negotiators and ambassadors: colon and inverted credits, open cues, an article",
        ministers,
    ),
    _named(
        "documents", "rulings, tariff schedules, notices, reports, surveys and outlooks that speak", documents
    ),
    _named("customs", "customs chiefs, the service, notices, seizures and unnamed officials", customs),
    _named(
        "ports_canals",
        "port chiefs, the harbour master, the canal director and their authorities",
        ports_canals,
    ),
    _named("shipping_lines", "shipping lines, their executives and unnamed spokespeople", shipping_lines),
    _named("dockworkers", "dockworkers' unions, shop stewards, employers and strikes", dockworkers),
    _named("traders", "exporters, importers and forwarders by age, town, job and first name", traders),
    _named("economists", "economists at banks and a trade institute; official figures", economists),
    _named(
        "hearings", "committee hearings: witnesses, chairs, questions and what the committee heard", hearings
    ),
    _named("statements", "bodies, a foreign government, readouts and anonymous officials", statements),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Ambassador and Dr SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named("controls", "ship names, code names, deal names, slogans, report titles, scare terms", controls),
)
