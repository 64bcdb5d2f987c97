"""Eighty-third held-out round: capabilities written at commit ``16b3e508`` by a helper (``hcap89``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout83data.py``: thirty invented investigators, airline, rail
and ferry executives and spokespeople, union officials, coroners, fire officers, paramedics, hospital
consultants, regulators, lawyers, survivors, witnesses and relatives of Norwegian, Tamil, Igbo, English,
Polish, Irish, Japanese, French, Marathi, Portuguese, Lebanese, Scottish, Australian, Dutch and Ghanaian
origin, each with a gender and an age, and ten passengers known by a first name only; posts with their bodies
and short second references; operators, boards, unions, regulators and services that issue statements, some of
one word; reports and bulletins; outlets, scenes, courts, hometowns and dates; accidents by mode; the words of
cockpit voice recordings, radio calls and maintenance log entries; quotations, reported clauses, pointed
fragments and split quotations for each kind of speaker; vessel names, service names, operation code names,
report titles, nicknames of places, banners and scare terms in marks) as a round of ACCIDENTS, SAFETY
INVESTIGATIONS AND TRANSPORT DISASTERS as a transport and safety correspondent writes them: every case is a
short passage (one to five sentences, or a short article of four paragraphs) with one to three people, and
every quotation checks the content (the marks and the words inside them for a direct quotation; the reported
clause, with or without its *that*, for an indirect one; the clause with its marked fragment, or the fragment
alone, for a mixed one), the kind, the canonical full name and, whenever the text states one, the title with
`Contains` of the role noun and each affiliation stated, with `wrong_speakers` for every other person, body,
outlet, document, court, scene and hometown in the passage, and for the words that name a recording, a
transcript, a hearing or an inquest.

Conventions: a document speaks for itself or for the body that publishes it: *The report found that C* after
*BOARD published its interim report* is the report's (*interim report*, *report*, *BOARD's interim report*) or
the board's; *It recommended that C* (the report by pronoun) likewise; a safety bulletin is the bulletin's or
the board's. An investigator who presents a report never speaks its `The report concluded: "Q."`. A statement,
a post on a body's website and a body's *said* speak for the body; an unnamed spokesperson (*A spokeswoman for
BODY said C*) and unnamed lawyers (*Lawyers for the families said C*) give no speaker, the description or (for
a spokesperson) the body; *the family of VICTIM said* gives no speaker or the family, never the victim. Words
recorded on a cockpit voice recording, a radio call or a transcript are those of the person who says them
there (with the role as title: *captain*, *first officer*, *master*, *driver*, *guard*, *controller*,
*coastguard*, *signaller*); the recording, the transcript, the board that publishes it and the answerer (*air
traffic control*, *the coastguard*, *the signal box*) never. A maintenance log entry read out by a lawyer is
the log's (or the entry's) or no one's, never the lawyer's. *NAME said C, according to X* (X a transcript, a
report or a statement read to an inquest) may come out as NAME's report of C or X's report of the whole
sentence; with a direct quotation (`"Q," the ROLE, NAME, said, according to a transcript released by BOARD.`)
the same holds. *The inquest heard that C* is no one's (or no quotation); a witness *due to give evidence* may
come out as a report with no speaker or the witness's; *Asked by the coroner whether X* may come out with no
speaker or the coroner; the coroner addressed (*told the coroner, NAME, that C*) never speaks C. The victim
never speaks the words of a relative, even sharing the surname (*whose son NAME died*, *NAME's mother, FULL,
told OUTLET:*). A first name alone (*Kasia*, *Tomas*) is the whole canonical name; *Dr* and *Captain* may stay
in the name; a job stated in an appositive (*a retired teacher from Saltmere*) is the title; a relative clause
(*who is leading the investigation*, *who represents 14 of the families*, *who speaks for the union on
safety*) states no title, and neither do an age, a hometown or a kinship, so the title is not checked there;
*Its chief executive, NAME,* checks the role noun. An act with an object and no words (*apologised to
passengers*, *praised the crews*, *ordered OPERATOR to suspend services*, *rejected the claim*) may come out
as the doer's report or nothing; *declined to comment* / *declined to give details* as NAME's report or
nothing; *BOARD is expected to publish* and *NAME is expected to give evidence* as a report with no speaker or
nothing. `accused OPERATOR of "F"` is a mixed report of `OPERATOR of "F"`, of `of "F"` or the fragment alone
(direct or mixed). A report followed by the same speaker's uncredited quotation (*NAME said C. "Q."*) may come
out as the two or as one mixed content; a split quotation, and a quotation continued in an uncredited sentence
after its credit, may come out as two quotations or one span with its credit inside. Vessel names, service
names, operation code names, report titles, nicknames of places and scare terms in marks are no quotation; a
banner's words may come out as a quotation with no speaker.

Key fixes after the one run (no case weakened): the hospital clause *the hospital had declared a major
incident at 11 p.m.* put the sentence's full stop after the abbreviation's (*11 p.m..*), an ungrammatical text
(seven cases); it is now *shortly before midnight*. In `POST NAME ordered OPERATOR to suspend services on
DATE. "Q," SURNAME said.` the tolerated act stopped before *on DATE*, so the doer's report of the whole act,
which the conventions accept, fell outside it (21 cases); the tolerated region is now the whole act sentence.
A clause without *that* after *cautioned* (or *warned*) reads as the verb's object (*cautioned sailings from
Port Ravel would resume*), so the no-*that* shape of `indirect_cues` takes its cue from the open cues without
those two (three texts changed; one of the new ones, with *emphasised*, fails). No expected speaker, title,
kind or other content was changed.

1. investigators at briefings: `told a news conference at SCENE:`, inverted `said NAME, POST`, `POST NAME told
   reporters at SCENE that`, `Speaking at SCENE on DAY,`, open cues (`cautioned`, `stressed`, `conceded`...),
   `told OUTLET`, `PRONOUN added`, a relative clause, a four-paragraph article with the operator's statement
   and a surname, a fronted clause, a report then an uncredited quotation (`investigator_briefings`);
2. boards' reports: `The report found that`, `According to BOARD's REPORT,`, `"Q," the report said.`, a
   presenter beside `The REPORT concluded:`, `In its REPORT, BOARD said`, `It recommended that`, `described
   ACCIDENT as "F"`, the board's statement, two findings, the board's chief investigator, a safety bulletin
   (`board_reports`);
3. recordings, radio calls and logs: `According to the cockpit voice recording, the ROLE, NAME, said:`, `...
   said, according to a transcript released by BOARD`, `shows NAME telling ANSWERER:`, `radioed ANSWERER:`,
   `can be heard saying:`, `told ANSWERER that C, according to the REPORT`, a recorded exchange of two people,
   `"Q," said the ROLE, NAME. "Q2," replied the ROLE2, OTHER.`, a log entry read by a lawyer (`recordings`);
4. operators: `BODY said in a statement that`, `"Q," BODY said in a statement.`, `A statement from BODY
   read:`, an executive's colon credit, `apologised to passengers and said`, an unnamed spokesperson, `BODY
   ... said C. Its ROLE, NAME, added:`, `adding that`, `In a post on its website,`, `declined to comment on
   the cause but said` (`operator_statements`);
5. unions: colon and inverted credits with the post, `Its ROLE, NAME, went further:`, `accused OPERATOR of
   "F"`, `In a letter to members, NAME wrote:`, a relative clause, the union's mixed report, `told OUTLET`,
   `OPERATOR rejected the claim`, an operator's spokesperson who `disputed that:` (`unions`);
6. survivors and witnesses: `NAME, AGE, from TOWN, said:`, `A passenger who gave only her first name, FIRST,
   said:`, `said FIRST, AGE, who was WHERE`, a job then a pronoun, a quotation continued after its credit,
   `Witness NAME, who lives beside the line, told OUTLET that`, `Another survivor, NAME, AGE,`, a first name
   with a job, two witnesses of one gender by surname, `A mother of two from TOWN, NAME said`
   (`survivors_witnesses`);
7. relatives of victims: `NAME, whose KIN VICTIM died in ACCIDENT, said:`, `Her KIN, NAME, said:`, `said NAME,
   the KIN of VICTIM, who died`, the family's statement through the police, a pronoun after the loss, a mixed
   report outside the court, a four-paragraph article, two relatives by surname, the families' lawyer beside a
   relative, `VICTIM's KIN, NAME, told OUTLET:` (`relatives`);
8. inquests: `Recording a conclusion of accidental death, the CORONER POST, NAME, said`, `Coroner NAME told
   the inquest`, `The inquest heard that`, `Giving evidence, NAME, POST, said`, `Asked by the coroner whether
   X, NAME replied:`, `told the coroner, OTHER, that`, `"Q," the coroner said.`, `In a narrative conclusion,
   ... wrote that`, `The pathologist, Dr NAME, told the hearing:`, `according to a statement read to the
   inquest` (`inquests`);
9. fire crews, paramedics and hospitals: a title before the name, a colon credit, `a paramedic who was among
   the first at the scene`, `said Station Manager NAME of SERVICE`, `The fire chief, NAME, told reporters`,
   two services then one person, `described X as "F"`, a service's statement, `the ROLE said`, `praised the
   crews, saying` (`responders`);
10. regulators and lawyers: a regulator's report then its officer's, the regulator's officer, a lawyer's colon
    credit, `who represents 14 of the families, said X was "F"`, `ordered OPERATOR to suspend services` then a
    surname, `The regulator, BODY, said in a statement:`, `told reporters outside COURT that`, `said NAME, the
    families' lawyer`, unnamed lawyers, a lawyer and a regulator (`regulators_lawyers`);
11. pronouns across people of both and of the same gender, within a passage, across paragraphs and in a
    four-paragraph article (`pronouns`);
12. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age, `Ms/Mr SURNAME`, `Captain SURNAME`, `Dr SURNAME`, two roles across paragraphs
    (`second_refs`);
13. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `admitted`, `wrote in a letter to the families`, an uncredited continuation
    (`split_quotes`);
14. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`
    (`indirect_cues`);
15. controls: a ferry's name, a train service's name, an operation's code name, a report's title, a bend's
    nickname, a banner, a scare term, narrative paragraphs, *declined to comment*, *is expected to*, one real
    quotation beside a campaign banner, one beside a vessel's name (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout83data import (
    ACCIDENTS83,
    ACCUSE83,
    ALLMARKS83,
    ANSWERERS83,
    ANSWERROLES83,
    ANSWERS83,
    BANNERS83,
    BARECUES83,
    BOARDS83,
    BODIES83,
    BODYQUOTES83,
    CLAUSES83,
    CORONER83,
    COURTS83,
    CUES83,
    DATES83,
    FIRSTS83,
    FRAGS83,
    HOMETOWNS83,
    INV83,
    JOBS83,
    KINFRAGS83,
    LAW83,
    LIVES83,
    LOGDATES83,
    LOGS83,
    MARKS83,
    MEMBERS83,
    MODES83,
    NARRATIVE83,
    NICKS83,
    OP83,
    OPERATIONS83,
    OTHERBODIES83,
    OUTLETS83,
    PATH83,
    PEOPLE83,
    POSTS83,
    QUESTIONS83,
    QUOTES83,
    RECNOUNS83,
    RECORDED83,
    RECS83,
    REG83,
    REGQUOTES83,
    REL83,
    REPLIES83,
    REPORTFRAGS83,
    REPORTQUOTES83,
    REPORTS83,
    RESP83,
    RESPBODIES83,
    SAW83,
    SCARE83,
    SCENES83,
    SECOND83,
    SPLITS83,
    TITLES83,
    TOLD83,
    TRAINS83,
    UNION83,
    VESSELS83,
    VOICES83,
    WHERE83,
    Post83,
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
    return other_person(PEOPLE83, p, step, gender=gender, avoid=avoid)


def _t(p: Post83) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _qt(pool: Post83 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post83) else pool
    return _pick(QUOTES83[key], n)


def _cl(pool: Post83 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post83) else pool
    return _pick(CLAUSES83[key], n)


def _bq(n: int) -> str:
    return _pick(BODYQUOTES83, n)


def _low(body: str) -> str:
    """A body's name inside a sentence: `the Marine Accident Board`, `Aerolink`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _bare(body: str) -> str:
    return body[4:] if body.startswith(("The ", "the ")) else body


def _body_named(name: str) -> tuple[str, tuple[str, ...]]:
    """A body of the round by its name (with or without *the*): (the name at a sentence's start, accepted)."""
    for body, acc, _mode in (*BODIES83, *BOARDS83, *OTHERBODIES83):
        if _bare(body) == _bare(name):
            return body, acc
    raise ValueError(f"no body named {name!r}")


def _opbody(mode: str, n: int) -> tuple[str, tuple[str, ...]]:
    """The *n*-th operator of *mode*: (its name, the names a key accepts)."""
    pool = [(body, acc) for body, acc, md in BODIES83 if md == mode]
    return _pick(pool, n)


def _post2(n: int, taken: Post83, pool: Sequence[Post83] = POSTS83) -> Post83:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post83) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post83) -> str:
        return p.after.replace("{s}", "spokes")

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
    return named(f"heldout83.{name}", "heldout83", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS83, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE83, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE83.index(p), shape, r)


def _two_reports(text: str, c: str, c2: str, who: Who) -> list[Expect]:
    """`... found that C, and that C2.`: one report of both clauses or two reports, each with or without
    *that*."""
    return _alts(
        text,
        [_r(f"that {c}, and that {c2}", who)],
        [_r(f"{c}, and that {c2}", who)],
        [_r(f"that {c}", who), _r(f"that {c2}", who)],
        [_r(c, who), _r(c2, who)],
        [_r(f"that {c}", who), _r(c2, who)],
        [_r(c, who), _r(f"that {c2}", who)],
    )


# --- 1. investigators' briefings ----------------------------------------------------------------------------


def investigator_briefings() -> Iterator[Case]:
    """`FULL, POST, told a news conference at SCENE: "Q."`; `"Q," said FULL, POST.`; `POST FULL told reporters
    at SCENE that C.`; `Speaking at SCENE on DAY, FULL, POST, said C.`; `FULL, POST, CUE that C.`; `"Q," FULL,
    POST, told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; `FULL, who is leading the investigation,
    said: "Q."`; a four-paragraph article (narrative, FULL's report, the operator's statement, `"Q," SURNAME
    said.`); `C, FULL, POST, CUE.` (fronted); `FULL, POST, said C. "Q."` (the report then the uncredited
    quotation). Key: FULL's with POST; the board, scene, outlet and operator never (the operator's statement
    its own)."""
    for a, shape, m, r in sample(_combos(11), 240, "ho83-briefings"):
        k = _slot(a, shape, r)
        p = _pick(INV83, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene, outlet, date = _pick(SCENES83[p.mode], k), _pick(OUTLETS83, k), _pick(DATES83, k)
        cue = _pick(CUES83, k)
        others = [_bare(p.body), scene, outlet]
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
            text = f"Speaking at {scene} on {date}, {a.full}, {p.a(a)}, said {c}."
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
            text = f"{a.full}, who is leading the investigation, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 8:
            body, bacc = _opbody(p.mode, k)
            acc = _pick(ACCIDENTS83[p.mode], k)[0]
            c2 = _cl(f"op-{p.mode}", k)
            text = _article(
                f"Investigators spent a second day at the scene of {acc} on {date}.",
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{body} said in a statement that {c2}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, c2, bacc), _d(q, a, t)]
            others.append(body)
        elif shape == 9:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {cue}."
            ex = [_r(_cap(c), a, t)]
        else:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        yield _case(f"ho83-briefings-{shape}", text, ex, (a,), others)


# --- 2. boards' reports -------------------------------------------------------------------------------------


def board_reports() -> Iterator[Case]:
    """`BOARD published its REPORT into ACCIDENT on DATE. The report found that C.`; `According to BOARD's
    REPORT, C.`; `BOARD released its REPORT on DATE. "Q," the report said.`; `FULL, POST, presented the
    findings at SCENE. The REPORT concluded: "Q."`; `In its REPORT, BOARD said that C.`; `BOARD's REPORT was
    published on DATE. It recommended that REC.`; `BOARD's REPORT, which runs to 212 pages, described ACCIDENT
    as "F".`; `BOARD said in a statement that C.`; `The report found that C, and that C2.`; `BOARD's chief
    investigator, FULL, said: "Q."`; `A safety bulletin issued by BOARD on DATE warned that C.` Key: the
    document (or the board that publishes it) speaks; the investigator who presents it never; the board's
    chief investigator speaks for herself with the board in the title."""
    combos = list(itertools.product(range(len(BOARDS83)), range(11), ALLMARKS83, range(8)))
    for bi, shape, m, r in sample(combos, 340, "ho83-reports"):
        k = _k(bi, shape, r)
        board, bacc, mode = BOARDS83[bi]
        low, bare = _low(board), _bare(board)
        rep, racc = _pick(REPORTS83, k)
        accs = (*racc, f"{_poss(bare)} {rep}", *bacc)
        a = PEOPLE83[(k * 7 + r) % len(PEOPLE83)]
        inv = next(p for p in INV83 if p.mode == mode)
        c, c2 = _cl(f"inv-{mode}", k), _cl(f"inv-{mode}", k + 1)
        rq = _pick(REPORTQUOTES83[mode], k)
        date = _pick(DATES83, k)
        acc = _pick(ACCIDENTS83[mode], k)[0]
        people: tuple[Person, ...] = ()
        others: list[str] = []
        if shape == 0:
            text = f"{board} published its {rep} into {acc} on {date}. The report found that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 1:
            text = f"According to {_poss(low)} {rep}, {c}."
            ex = [_r(c, accs)]
        elif shape == 2:
            q = m.q(rq + ",")
            text = f"{board} released its {rep} on {date}. {q} the report said."
            ex = [_d(q, accs)]
        elif shape == 3:
            qs = m.q(rq + ".")
            scene = _pick(SCENES83[mode], k)
            text = f"{a.full}, {inv.a(a)}, presented the findings at {scene}. The {rep} concluded: {qs}"
            ex, people = [_d(qs, accs)], (a,)
            others.append(scene)
        elif shape == 4:
            text = f"In its {rep}, {low} said that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 5:
            rec = _pick(RECS83[mode], k)
            text = f"{_poss(board)} {rep} was published on {date}. It recommended that {rec}."
            ex = [_that(text, rec, accs)]
        elif shape == 6:
            fq = m.q(_pick(REPORTFRAGS83, k))
            text = f"{_poss(board)} {rep}, which runs to 212 pages, described {acc} as {fq}."
            ex = [_called(text, acc, fq, accs, link=" as ")]
        elif shape == 7:
            text = f"{board} said in a statement that {c}."
            ex = [_that(text, c, bacc)]
        elif shape == 8:
            text = f"{board} published its {rep} on {date}. The report found that {c}, and that {c2}."
            ex = _two_reports(text, c, c2, accs)
        elif shape == 9:
            qs = m.q(_qt(inv, k) + ".")
            text = f"{_poss(board)} chief investigator, {a.full}, said: {qs}"
            ex, people = [_d(qs, a, Contains(("chief investigator", bare)))], (a,)
            others.append(bare)
        else:
            text = f"A safety bulletin issued by {low} on {date} warned that {c}."
            ex = [_that(text, c, ("safety bulletin", "bulletin", *bacc))]
        yield _case(f"ho83-reports-{shape}", text, ex, people, others)


# --- 3. recordings, radio calls and logs --------------------------------------------------------------------


def recordings() -> Iterator[Case]:
    """`According to RECORDING, the ROLE, FULL, said: "Q."`; `"Q," the ROLE, FULL, said, according to a
    transcript released by BOARD.`; `The transcript, read aloud at the hearing, shows FULL telling ANSWERER:
    "Q."`; `At 2.14 a.m. the ROLE, FULL, radioed ANSWERER: "Q."`; `In the recording, played to the inquest on
    DATE, FULL can be heard saying: "Q."`; `FULL, the ROLE, told ANSWERER that C, according to the REPORT.`;
    `A transcript of the radio calls shows the ROLE, FULL, telling ANSWERER: "Q." The ROLE2, OTHER, replied:
    "Q2."`; `BOARD published the transcript on DATE. "Q," the ROLE, FULL, said at 4.51 p.m.`; `"Q," said the
    ROLE, FULL. "Q2," replied the ROLE2, OTHER.`; `OTHER, a lawyer for the families, read from the maintenance
    log at the hearing. An entry dated DATE states: "Q."` Key: the recorded words their speaker's (with the
    role), the answerer, the recording, the transcript and the board never; the log entry the log's or no
    one's, never the lawyer who read it."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-recordings"):
        k = _slot(a, shape, r)
        mode = MODES83[k % 3]
        role, rt = VOICES83[mode][k % 2]
        role2, rt2 = VOICES83[mode][(k + 1) % 2]
        rq, rqs = m.q(_pick(RECORDED83[mode], k) + ","), m.q(_pick(RECORDED83[mode], k) + ".")
        answerer = ANSWERERS83[mode]
        board, bacc, _mode = next(bd for bd in BOARDS83 if bd[2] == mode)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [answerer, "recording", "transcript", _bare(board)]
        title = Contains(rt)
        if shape == 0:
            text = f"According to {RECNOUNS83[mode]}, the {role}, {a.full}, said: {rqs}"
            ex = [_d(rqs, a, title)]
            others.append(_bare(RECNOUNS83[mode]))
        elif shape == 1:
            tacc = ("transcript", f"transcript released by {_low(board)}", *bacc)
            text = f"{rq} the {role}, {a.full}, said, according to a transcript released by {_low(board)}."
            ex = _recorded(text, [_d(rq, a, title)], f"{rq} the {role}, {a.full}, said", tacc)
            people = _mine(ex, a)
        elif shape == 2:
            text = f"The transcript, read aloud at the hearing, shows {a.full} telling {answerer}: {rqs}"
            ex = [_d(rqs, a)]
            others.append("hearing")
        elif shape == 3:
            text = f"At 2.14 a.m. the {role}, {a.full}, radioed {answerer}: {rqs}"
            ex = [_d(rqs, a, title)]
        elif shape == 4:
            date = _pick(DATES83, k)
            text = f"In the recording, played to the inquest on {date}, {a.full} can be heard saying: {rqs}"
            ex = [_d(rqs, a)]
            others.append("inquest")
        elif shape == 5:
            rep, racc = _pick(REPORTS83, k)
            whole = f"{a.full}, the {role}, told {answerer} that {TOLD83[mode]}"
            text = f"{whole}, according to the {rep}."
            ex = _recorded(text, [_that(text, TOLD83[mode], a, title)], whole, racc)
            people = _mine(ex, a)
        elif shape == 6:
            arole, at = ANSWERROLES83[mode]
            reply = m.q(_pick(REPLIES83[mode], k) + ".")
            text = (
                f"A transcript of the radio calls shows the {role}, {a.full}, telling {answerer}: {rqs} "
                f"The {arole}, {b.full}, replied: {reply}"
            )
            ex, people = [_d(rqs, a, title), _d(reply, b, Contains(at))], (a, b)
        elif shape == 7:
            text = (
                f"{board} published the transcript on {_pick(DATES83, k)}. "
                f"{rq} the {role}, {a.full}, said at 4.51 p.m."
            )
            ex = [_d(rq, a, title)]
        elif shape == 8:
            rq2 = m.q(_pick(SECOND83[mode], k) + ",")
            text = f"{rq} said the {role}, {a.full}. {rq2} replied the {role2}, {b.full}."
            ex, people = [_d(rq, a, title), _d(rq2, b, Contains(rt2))], (a, b)
        else:
            ld = _pick(LOGDATES83, k)
            lq = m.q(_pick(LOGS83, k) + ".")
            text = (
                f"{b.full}, {LAW83[0].a(b)}, read from the maintenance log at the hearing. "
                f"An entry dated {ld} states: {lq}"
            )
            descs = ("maintenance log", "log", "entry", f"entry dated {ld}")
            ex, people = [_anon(text, lq, "direct", descs)], (b,)
            others.append("hearing")
        yield _case(f"ho83-recordings-{shape}", text, ex, people, others)


# --- 4. operators' statements -------------------------------------------------------------------------------


def operator_statements() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"Q," BODY said in a statement.`; `A statement from BODY read:
    "Q."`; `FULL, POST, said: "Q."`; `POST FULL apologised to passengers and said C.`; `A spokes-noun for BODY
    said C.` (unnamed); `BODY, which operates the route, said C. Its ROLE, FULL, added: "Q."`; `BODY said C,
    adding that C2.`; `In a post on its website, BODY said: "Q."`; `FULL, POST, declined to comment on the
    cause but said C.` Key: the body speaks for itself (some bodies are one word); FULL for herself with POST;
    an unnamed spokesperson gives no speaker, the description or the body; the apology and the declining may
    be FULL's or nothing; the passengers never."""
    for a, shape, m, r in sample(_combos(10), 265, "ho83-operators"):
        k = _slot(a, shape, r)
        p = _pick(OP83, k)
        t = _t(p)
        body, bacc = _body_named(p.body)
        sb, sacc, smode = _pick(BODIES83, k + r)
        sc, sc2 = _cl(f"op-{smode}", k), _cl(f"op-{smode}", k + 1)
        qs = m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        bq, bqs = m.q(_bq(k) + ","), m.q(_bq(k) + ".")
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
            text = f"{p.b(a)} {a.full} apologised to passengers and said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, "apologised to passengers", (a.full,))]
            others.append("passengers")
        elif shape == 5:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {sb} said {sc}."
            content = one_of(text, (f"that {sc}", sc))
            ex, people = [_anon(text, content, "indirect", (spokes, f"{spokes} for {sb}", *sacc))], ()
            others = []
        elif shape == 6:
            role = p.sh(a)[4:]
            text = f"{body}, which operates the route, said {c}. Its {role}, {a.full}, added: {qs}"
            ex = [_that(text, c, bacc), _d(qs, a, Contains(role))]
        elif shape == 7:
            text = f"{sb} said {sc}, adding that {sc2}."
            ex, people, others = [_that(text, sc, sacc), _that(text, sc2, sacc)], (), [sb]
        elif shape == 8:
            text = f"In a post on its website, {sb} said: {bqs}"
            ex, people, others = [_d(bqs, sacc)], (), [sb]
        else:
            region = f"{a.full}, {p.a(a)}, declined to comment on the cause"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        yield _case(f"ho83-operators-{shape}", text, ex, people, others)


# --- 5. unions ----------------------------------------------------------------------------------------------


def unions() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `"Q," said FULL, POST.`; `UNION said C. Its ROLE, FULL, went further: "Q."`;
    `POST FULL accused OPERATOR of "F".`; `In a letter to members, FULL wrote: "Q."`; `FULL, who speaks for
    the union on safety, warned that C.`; `UNION, which represents 4,000 MEMBERS, said X was "F".`; `"Q," FULL
    told OUTLET.`; `FULL, POST, said C. OPERATOR rejected the claim.`; `FULL, POST, said C. OTHER, POST2,
    disputed that: "Q."` Key: each person's words their own with the post stated; the union speaks for itself;
    the operator, the members and the outlet never (the rejection the operator's or nothing)."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-unions"):
        k = _slot(a, shape, r)
        p = _pick(UNION83, k)
        t = _t(p)
        ubody, uacc = _body_named(p.body)
        opb, opacc = _opbody(p.mode, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet = _pick(OUTLETS83, k)
        people: tuple[Person, ...] = (a,)
        others = [ubody, opb]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            role = p.parts[0]
            text = f"{ubody} said {c}. Its {role}, {a.full}, went further: {qs}"
            ex = [_that(text, c, uacc), _d(qs, a, Contains(role))]
        elif shape == 3:
            fq = m.q(_pick(ACCUSE83, k))
            text = f"{p.b(a)} {a.full} accused {opb} of {fq}."
            options = ((f"{opb} of {fq}", ("mixed",)), (f"of {fq}", ("mixed",)), (fq, ("direct", "mixed")))
            ex = [segmented(text, options, a, t)]
        elif shape == 4:
            text = f"In a letter to members, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append("members")
        elif shape == 5:
            text = f"{a.full}, who speaks for the union on safety, warned that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            obj, frag = _pick(FRAGS83["union"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{ubody}, which represents 4,000 {MEMBERS83[p.mode]}, said {clause}."
            ex, people = [_mixed(text, clause, uacc)], ()
        elif shape == 7:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
            others.append(outlet)
        elif shape == 8:
            region = f"{opb} rejected the claim."
            text = f"{a.full}, {p.a(a)}, said {c}. {region}"
            ex = [_that(text, c, a, t), *tolerate(text, region, (opb, *opacc))]
        else:
            b = _other(a, k)
            op = next(o for o in OP83 if o.mode == p.mode)
            qb = m.q(_qt(op, k) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {op.a(b)}, disputed that: {qb}"
            ex, people = [_that(text, c, a, t), _d(qb, b, _t(op))], (a, b)
            others.append(op.body)
        yield _case(f"ho83-unions-{shape}", text, ex, people, others)


# --- 6. survivors and witnesses -----------------------------------------------------------------------------


def survivors_witnesses() -> Iterator[Case]:
    """`FULL, AGE, from TOWN, said: "Q."`; `A passenger who gave only her first name, FIRST, said: "Q."`;
    `"Q," said FIRST, AGE, who was WHERE.`; `FULL, a JOB from TOWN, was WHERE. "Q," PRONOUN said.`; `FULL was
    doing X when it happened. "Q," PRONOUN said. "Q2."`; `Witness FULL, who lives beside the line, told OUTLET
    that C.`; `Another survivor, FULL, AGE, said C.`; `FIRST, a JOB from TOWN, said PRONOUN had been WHERE
    when it happened. "Q," PRONOUN said.`; two witnesses of one gender, then `"Q," SURNAME said.`; `A mother
    of two from TOWN, FULL said C.` (fronted). Key: the survivor's or witness's words their own, a first name
    alone the whole name, the job the title; the hometown, the outlet and the other witness never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-survivors"):
        k = _slot(a, shape, r)
        mode = MODES83[k % 3]
        pool = f"surv-{mode}"
        f = _pick(FIRSTS83, k)
        q, qs = m.q(_qt(pool, k) + ","), m.q(_qt(pool, k) + ".")
        c = _cl(pool, k)
        town, outlet = _pick(HOMETOWNS83, k), _pick(OUTLETS83, k)
        job, jn = _pick(JOBS83, k)
        where = _pick(WHERE83[mode], k)
        people: tuple[Person, ...] = (a,)
        others = [town]
        if shape == 0:
            text = f"{a.full}, {a.age}, from {town}, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            text = f"A passenger who gave only {f.poss} first name, {f.full}, said: {qs}"
            ex, people = [_d(qs, f)], (f,)
        elif shape == 2:
            text = f"{q} said {f.full}, {f.age}, who was {where}."
            ex, people = [_d(q, f)], (f,)
        elif shape == 3:
            text = f"{a.full}, a {job} from {town}, was {where}. {q} {a.pronoun} said."
            ex = [_d(q, a, Contains(jn))]
        elif shape == 4:
            q2s = m.q(_qt(pool, k + 1) + ".")
            text = f"{a.full} {SAW83[mode].replace('{poss}', a.poss)}. {q} {a.pronoun} said. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
        elif shape == 5:
            text = f"Witness {a.full}, {LIVES83[mode]}, told {outlet} that {c}."
            ex = [_that(text, c, a)]
            others.append(outlet)
        elif shape == 6:
            text = f"Another survivor, {a.full}, {a.age}, said {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            clause = f"{f.pronoun} had been {where} when it happened"
            text = f"{f.full}, a {job} from {town}, said {clause}. {q} {f.pronoun} said."
            ex, people = [_that(text, clause, f, Contains(jn)), _d(q, f, Contains(jn))], (f,)
        elif shape == 8:
            b = _other(a, k, gender=a.gender)
            seen = _pick(ACCIDENTS83[mode], k)[1]
            text = (
                f"{a.full} saw {seen} from {a.poss} garden. "
                f"{b.full} heard it from {b.poss} kitchen. {q} {b.last} said."
            )
            ex, people = [_d(q, b)], (a, b)
        else:
            desc = a.kin("A mother of two", "A father of two")
            text = f"{desc} from {town}, {a.full} said {c}."
            ex = [_that(text, c, a)]
        yield _case(f"ho83-survivors-{shape}", text, ex, people, others)


# --- 7. relatives of victims --------------------------------------------------------------------------------


def _victim(a: Person, n: int, rel: tuple[str, str, str, str, int]) -> Person:
    """The relative *a* lost: another person's first name with *a*'s surname (a spouse keeps her own)."""
    v = _other(a, n)
    age = max(6, a.age + rel[4])
    if rel[0] == "wife":
        return Person(v.full, v.last, v.gender, v.culture, age)
    return Person(f"{v.full.split()[0]} {a.last}", a.last, v.gender, v.culture, age)


def relatives() -> Iterator[Case]:
    """`FULL, whose KIN VICTIM died in ACCIDENT, said: "Q."`; `VICTIM, AGE, was among 14 people killed in
    ACCIDENT. Her KIN, FULL, said: "Q."`; `"Q," said FULL, the KIN of VICTIM, who died in ACCIDENT.`; `In a
    statement released through Carrow Police, the family of VICTIM said: "Q."`; `FULL lost PRONOUN KIN VICTIM
    in ACCIDENT. PRONOUN said C.`; `Speaking outside COURT, FULL, whose KIN VICTIM died, said X had been
    "F".`; a four-paragraph article (the victim, the relative's report, the operator's statement, `"Q,"
    PRONOUN said.`); two relatives by surname; the families' lawyer beside a relative; `VICTIM's KIN, FULL,
    told OUTLET: "Q."` Key: the relative speaks, never the victim (who often shares the surname); the family
    gives no speaker or the family; the police, court and outlet never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-relatives"):
        k = _slot(a, shape, r)
        mode = MODES83[k % 3]
        rel = _pick(REL83, k)
        v = _victim(a, k, rel)
        vword, sword = v.kin(rel[0], rel[1]), a.kin(rel[2], rel[3])
        acc = _pick(ACCIDENTS83[mode], k)[0]
        q, qs = m.q(_qt("kin", k) + ","), m.q(_qt("kin", k) + ".")
        c = _cl("kin", k)
        court, outlet = _pick(COURTS83, k), _pick(OUTLETS83, k)
        people: tuple[Person, ...] = (a, v)
        others: list[str] = []
        if shape == 0:
            text = f"{a.full}, whose {vword} {v.full} died in {acc}, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            text = (
                f"{v.full}, {v.age}, was among 14 people killed in {acc}. "
                f"{_cap(v.poss)} {sword}, {a.full}, said: {qs}"
            )
            ex = [_d(qs, a)]
        elif shape == 2:
            text = f"{q} said {a.full}, the {sword} of {v.full}, who died in {acc}."
            ex = [_d(q, a)]
        elif shape == 3:
            text = f"In a statement released through Carrow Police, the family of {v.full} said: {qs}"
            descs = ("family", f"family of {v.full}", f"{_poss(v.full)} family")
            ex, people, others = [_anon(text, qs, "direct", descs)], (v,), ["Carrow Police"]
        elif shape == 4:
            text = f"{a.full} lost {a.poss} {vword} {v.full} in {acc}. {_cap(a.pronoun)} said {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            obj, frag = _pick(KINFRAGS83, k)
            clause = f"{obj} had been {m.q(frag)}"
            text = f"Speaking outside {court}, {a.full}, whose {vword} {v.full} died in {acc}, said {clause}."
            ex = [_mixed(text, clause, a)]
            others.append(court)
        elif shape == 6:
            opb, opacc = _opbody(mode, k)
            bqs = m.q(_bq(k) + ".")
            text = _article(
                f"{v.full}, {v.age}, from {_pick(HOMETOWNS83, k)}, was one of 14 people who died in {acc}.",
                f"{_cap(v.poss)} {sword}, {a.full}, said {c}.",
                f"{opb} said in a statement: {bqs}",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a), _d(bqs, opacc), _d(q, a)]
            others.append(opb)
        elif shape == 7:
            b = _other(a, k + 1, avoid=(v,))
            text = (
                f"{a.full} and {b.full} both lost relatives in {acc}. {q} {a.last} said. {b.last} said {c}."
            )
            ex, people = [_d(q, a), _that(text, c, b)], (a, b)
        elif shape == 8:
            law = _other(a, k + 2, avoid=(v,))
            lq = m.q(_qt("law", k) + ",")
            text = (
                f"{a.full}, whose {vword} died in {acc}, sat beside the families' lawyer, {law.full}. "
                f"{lq} {law.last} said."
            )
            ex, people = [_d(lq, law, Contains(("lawyer", "families")))], (a, law)
        else:
            text = f"{_poss(v.full)} {sword}, {a.full}, told {outlet}: {qs}"
            ex = [_d(qs, a)]
            others.append(outlet)
        yield _case(f"ho83-relatives-{shape}", text, ex, people, others)


# --- 8. inquests --------------------------------------------------------------------------------------------

#: Posts of witnesses who give evidence at an inquest.
WITNESSES83 = (*OP83, *UNION83, *INV83, RESP83[0], RESP83[2])


def inquests() -> Iterator[Case]:
    """`Recording a conclusion of accidental death, the senior coroner for PLACE, FULL, said C.`; `Coroner
    FULL told the inquest at COURT that C.`; `The inquest heard that C. OTHER, POST, is due to give evidence
    on DATE.`; `Giving evidence, FULL, POST, said C.`; `Asked by the coroner whether X, FULL, POST, replied:
    "Q."`; `FULL, POST, told the coroner, OTHER, that C.`; `FULL, CORONER POST, opened the inquest at COURT on
    DATE. "Q," the coroner said.`; `In a narrative conclusion, POST FULL wrote that C.`; `The pathologist, Dr
    FULL, told the hearing: "Q."`; `FULL said C, according to a statement read to the inquest.` Key: the
    coroner's and the witnesses' words their own with the post stated; what *the inquest heard* no one's; the
    coroner addressed never; the question no one's or the coroner's; the inquest and the court never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-inquests"):
        k = _slot(a, shape, r)
        co = _pick(CORONER83, k)
        tco = _t(co)
        w = _pick(WITNESSES83, k)
        tw = _t(w)
        b = _other(a, k)
        court, date = _pick(COURTS83, k), _pick(DATES83, k)
        cc, cw = _cl(co, k), _cl(w, k)
        qc = m.q(_qt(co, k) + ",")
        people: tuple[Person, ...] = (a,)
        others = ["inquest", court]
        if shape == 0:
            text = f"Recording a conclusion of accidental death, {co.a(a)}, {a.full}, said {cc}."
            ex = [_that(text, cc, a, tco)]
        elif shape == 1:
            text = f"Coroner {a.full} told the inquest at {court} that {cc}."
            ex = [_that(text, cc, a, Contains("coroner"))]
        elif shape == 2:
            heard = f"The inquest heard that {_cl(f'inv-{w.mode}', k)}."
            due = f"{b.full}, {w.a(b)}, is due to give evidence on {date}."
            text = f"{heard} {due}"
            ex, people = [*tolerate(text, heard), *tolerate(text, due, (b.full,))], (b,)
            others.append(w.body)
        elif shape == 3:
            text = f"Giving evidence, {a.full}, {w.a(a)}, said {cw}."
            ex = [_that(text, cw, a, tw)]
            others.append(w.body)
        elif shape == 4:
            asked = f"Asked by the coroner whether {_pick(QUESTIONS83, k)}"
            ans = m.q(_pick(ANSWERS83, k) + ".")
            text = f"{asked}, {a.full}, {w.a(a)}, replied: {ans}"
            ex = [_d(ans, a, tw), *tolerate(text, asked, ("coroner", "the coroner"))]
            others.append(w.body)
        elif shape == 5:
            text = f"{a.full}, {w.a(a)}, told the coroner, {b.full}, that {cw}."
            ex, people = [_that(text, cw, a, tw)], (a, b)
            others.append(w.body)
        elif shape == 6:
            text = f"{a.full}, {co.a(a)}, opened the inquest at {court} on {date}. {qc} the coroner said."
            ex = [_d(qc, a, tco)]
        elif shape == 7:
            text = f"In a narrative conclusion, {co.b(a)} {a.full} wrote that {cc}."
            ex = [_that(text, cc, a, tco)]
        elif shape == 8:
            pq = m.q(_pick(PATH83, k) + ".")
            text = f"The pathologist, Dr {a.full}, told the hearing: {pq}"
            ex, people = [Expect(pq, "direct", (a.full, f"Dr {a.full}"), Contains("pathologist"))], ()
            others.append("hearing")
        else:
            whole = f"{a.full} said {cw}"
            text = f"{whole}, according to a statement read to the inquest."
            tacc = ("statement", "statement read to the inquest")
            ex = _recorded(text, [_that(text, cw, a)], whole, tacc)
            people = _mine(ex, a)
        yield _case(f"ho83-inquests-{shape}", text, ex, people, others)


# --- 9. fire crews, paramedics and hospitals ----------------------------------------------------------------


def responders() -> Iterator[Case]:
    """`POST FULL said C.` (title before the name); `FULL, POST, said: "Q."`; `FULL, a paramedic who was among
    the first at the scene, said: "Q."`; `"Q," said Station Manager FULL of Carrow Fire and Rescue.`; `The
    fire chief, FULL, told reporters at SCENE that C.`; `Crews from SERVICE and SERVICE2 worked through the
    night. FULL, POST, said C.`; `FULL, POST, described X as "F".`; `SERVICE said in a statement that C.`;
    `FULL, POST, arrived at SCENE shortly after midnight. "Q," the ROLE said.`; `FULL, POST, praised the
    crews, saying C.` Key: the responder's words their own with the post; the service speaks for itself; the
    other service, the scene and the crews never (the praise FULL's or nothing)."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-responders"):
        k = _slot(a, shape, r)
        p = _pick(RESP83, k)
        t = _t(p)
        fire, para = RESP83[0], RESP83[2]
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene = _pick(SCENES83[MODES83[k % 3]], k)
        people: tuple[Person, ...] = (a,)
        others = [_bare(p.body), scene]
        if shape == 0:
            text = f"{p.b(a)} {a.full} said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            pqs = m.q(_qt(para, k) + ".")
            text = f"{a.full}, a paramedic who was among the first at the scene, said: {pqs}"
            ex = [_d(pqs, a, Contains("paramedic"))]
        elif shape == 3:
            fq = m.q(_qt(fire, k) + ",")
            text = f"{fq} said Station Manager {a.full} of Carrow Fire and Rescue."
            ex, others = [_d(fq, a, Contains(("station manager", "Carrow Fire and Rescue")))], []
        elif shape == 4:
            fc = _cl(fire, k)
            text = f"The fire chief, {a.full}, told reporters at {scene} that {fc}."
            ex, others = [_that(text, fc, a, Contains("fire chief"))], [scene]
        elif shape == 5:
            text = (
                "Crews from Carrow Fire and Rescue and the Lowmoor Ambulance Service worked through the "
                f"night. "
                f"{a.full}, {p.a(a)}, said {c}."
            )
            ex = [_that(text, c, a, t)]
            others += ["Carrow Fire and Rescue", "Lowmoor Ambulance Service"]
        elif shape == 6:
            obj, frag = _pick(FRAGS83[p.family], k)
            text = f"{a.full}, {p.a(a)}, described {obj} as {m.q(frag)}."
            ex = [_called(text, obj, m.q(frag), a, title=t, link=" as ")]
        elif shape == 7:
            body = _cap(p.body)
            text = f"{body} said in a statement that {c}."
            ex, people, others = [_that(text, c, RESPBODIES83[p.body])], (), []
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, arrived at {scene} shortly after midnight. {q} {p.sh(a)} said."
            ex = [_d(q, a, t)]
        else:
            text = f"{a.full}, {p.a(a)}, praised the crews, saying {c}."
            ex = [_that(text, c, a, t), *tolerate(text, "praised the crews", (a.full,))]
            others.append("crews")
        yield _case(f"ho83-responders-{shape}", text, ex, people, others)


# --- 10. regulators and lawyers -----------------------------------------------------------------------------


def regulators_lawyers() -> Iterator[Case]:
    """`REGULATOR said it had opened an investigation into ACCIDENT.`; `FULL, REG POST, said C.`; `FULL, LAW
    POST, said: "Q."`; `FULL, who represents 14 of the families, said X was "F".`; `POST FULL ordered OPERATOR
    to suspend services on DATE. "Q," SURNAME said.`; `The regulator, REGULATOR, said in a statement: "Q."`;
    `FULL, LAW POST, told reporters outside COURT that C.`; `"Q," said FULL, the families' lawyer.`; `Lawyers
    for the families said they would C.` (unnamed); a lawyer and a regulator each with a report. Key: each
    person's words their own with the post stated; the regulator speaks for itself; the order FULL's or
    nothing; the operator, the court and the families never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-regulators"):
        k = _slot(a, shape, r)
        rp, lp = _pick(REG83, k), _pick(LAW83, k)
        tr, tl = _t(rp), _t(lp)
        reg, racc = _body_named(rp.body)
        opb, _opacc = _opbody(rp.mode, k)
        acc = _pick(ACCIDENTS83[rp.mode], k)[0]
        q, qs = m.q(_qt(rp, k) + ","), m.q(_qt(lp, k) + ".")
        cr, cl = _cl(rp, k), _cl(lp, k)
        court = _pick(COURTS83, k)
        people: tuple[Person, ...] = (a,)
        others = [reg, opb, "families"]
        if shape == 0:
            clause = f"it had opened an investigation into {acc}"
            role = rp.parts[0]
            text = f"{reg} said {clause}. Its {role}, {a.full}, said {cr}."
            ex = [_that(text, clause, racc), _that(text, cr, a, Contains(role))]
        elif shape == 1:
            text = f"{a.full}, {rp.a(a)}, said {cr}."
            ex = [_that(text, cr, a, tr)]
        elif shape == 2:
            text = f"{a.full}, {lp.a(a)}, said: {qs}"
            ex = [_d(qs, a, tl)]
            others.append(lp.body)
        elif shape == 3:
            obj, frag = _pick(FRAGS83["law"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{a.full}, who represents 14 of the families, said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 4:
            region = f"{rp.b(a)} {a.full} ordered {opb} to suspend services on {_pick(DATES83, k)}."
            text = f"{region} {q} {a.last} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, tr)]
        elif shape == 5:
            rq = m.q(_pick(REGQUOTES83, k) + ".")
            text = f"The regulator, {_low(reg)}, said in a statement: {rq}"
            ex, people = [_d(rq, racc)], ()
        elif shape == 6:
            text = f"{a.full}, {lp.a(a)}, told reporters outside {court} that {cl}."
            ex = [_that(text, cl, a, tl)]
            others += [court, lp.body]
        elif shape == 7:
            lq = m.q(_qt(lp, k) + ",")
            text = f"{lq} said {a.full}, the families' lawyer."
            ex = [_d(lq, a, Contains(("lawyer", "families")))]
        elif shape == 8:
            clause = _pick(("they would seek a judicial review", "they would sue the operator"), k)
            region = f"{a.full}, {rp.a(a)}, declined to give details."
            text = f"Lawyers for the families said {clause}. {region}"
            content = one_of(text, (f"that {clause}", clause))
            descs = ("lawyers", "lawyers for the families")
            ex = [_anon(text, content, "indirect", descs), *tolerate(text, region, (a.full,))]
        else:
            b = _other(a, k)
            text = f"{a.full}, {lp.a(a)}, said {cl}. {b.full}, {rp.a(b)}, said {cr}."
            ex, people = [_that(text, cl, a, tl), _that(text, cr, b, tr)], (a, b)
            others.append(lp.body)
        yield _case(f"ho83-regulators-{shape}", text, ex, people, others)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, visited SCENE. "Q," PRONOUN said.` (genders differ); `FULL said C.
    OTHER, POST2, disagreed. "Q," PRONOUN said.` (same gender: OTHER); paragraphs `FULL said C.`, `OTHER
    responded: "Q2."`, `"Q," PRONOUN added.` (genders differ: FULL); `FULL visited SCENE with OTHER on DAY.
    Afterwards, PRONOUN told reporters that C.` (same gender: the subject FULL); `"Q," OTHER told FULL.
    PRONOUN replied: "Q2."` (genders differ); `FULL, POST, spoke first. "Q," PRONOUN said. OTHER, POST2,
    followed. "Q2," PRONOUN said.` (same gender); `FULL said POSS team had worked through the night. "Q,"
    PRONOUN said.`; `FULL, POST, said C; OTHER stood beside OBJ.` then `PRONOUN later told OUTLET: "Q2."`
    (genders differ); a four-paragraph article whose last paragraph is `"Q," PRONOUN said.` after OTHER's
    report (genders differ: FULL). Key: as a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(9), 235, "ho83-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS83, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES83[pa.mode], k), _pick(OUTLETS83, k), _pick(DATES83, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, scene]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, visited {scene}. {q} {a.pronoun} said."
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {q2} {b.pronoun} said."
            ex = [_that(text, c, a), _d(q2, b, tb)]
        elif shape == 2:
            text = _article(
                f"{a.full} said {c}.",
                f"{b.full} responded: {qs2}",
                f"{m.q(_qt(pa, k + 1) + ',')} {a.pronoun} added.",
            )
            ex = [_that(text, c, a), _d(qs2, b), _d(m.q(_qt(pa, k + 1) + ","), a)]
        elif shape == 3:
            text = (
                f"{a.full} visited {scene} with {b.full} on {date}. "
                f"Afterwards, {a.pronoun} told reporters that {c}."
            )
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{q2} {b.full} told {a.full}. {_cap(a.pronoun)} replied: {m.q(_qt(pa, k) + '.')}"
            ex = [_d(q2, b), _d(m.q(_qt(pa, k) + "."), a)]
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
            text = _article(
                f"{a.full}, {pa.a(a)}, said {c}; {b.full} stood beside {a.obj}.",
                f"{_cap(a.pronoun)} later told {outlet}: {m.q(_qt(pa, k + 1) + '.')}",
            )
            ex = [_that(text, c, a, ta), _d(m.q(_qt(pa, k + 1) + "."), a, ta)]
            others.append(outlet)
        else:
            acc = _pick(ACCIDENTS83[pa.mode], k)[0]
            text = _article(
                f"Questions are mounting over {acc}.",
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        yield _case(f"ho83-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE, POST,
    said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `Captain FULL, a pilot with AIRLINE for
    22 years, said C. "Q," Captain SURNAME said.`; `Dr FULL, a consultant at HOSPITAL, said C. "Q," Dr SURNAME
    said.`; two posts, then `The ROLE2 said C2.` and `"Q," the ROLE said.` Key: the second reference's person
    with the post of the first mention (a rank or *Dr* may stay in the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS83, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES83[pa.mode], k), _pick(DATES83, k)
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
            airline = _pick(("Skylark Airways", "Aerolink"), k)
            qa = m.q(_qt("union-air", k) + ",")
            ca = _cl("union-air", k)
            text = (
                f"Captain {a.full}, a pilot with {airline} for 22 years, said {ca}. "
                f"{qa} Captain {a.last} said."
            )
            who = (a.full, f"Captain {a.full}")
            title = Contains(("pilot", airline))
            ex, others = [_that(text, ca, who, title), _d(qa, who, title)], [airline]
        elif shape == 8:
            doc = RESP83[4]
            qd = m.q(_qt(doc, k) + ",")
            cd = _cl(doc, k)
            text = f"Dr {a.full}, {doc.a(a)}, said {cd}. {qd} Dr {a.last} said."
            who = (a.full, f"Dr {a.full}")
            ex, others = [_that(text, cd, who, _t(doc)), _d(qd, who, _t(doc))], [doc.body]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at the hearing on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho83-secondrefs-{shape}", text, ex, people, others)


# --- 13. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS83 = tuple(p for p in POSTS83 if p.family in SPLITS83)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL admitted, "s2."`; `"S1," FULL wrote in a letter to the families, "s2."`; `"S1,"
    FULL said. "S2."` (an uncredited continuation). Key: both parts (or one span) FULL's; the outlet, the
    families and OTHER never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho83-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS83, k)
        t = _t(p)
        one, two = _pick(SPLITS83[p.family], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES83[p.mode], k), _pick(OUTLETS83, k)
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
            text = f"{h1} {a.full} wrote in a letter to the families, {h2}"
            others.append("families")
        else:
            h1s, h2s = m.q(one + ","), m.q(_cap(two))
            text = f"{h1s} {a.full} said. {h2s}"
            h1, h2 = h1s, h2s
        yield _case(f"ho83-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 14. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.` Key: the
    reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS83, 4), 235, "ho83-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS83, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES83, k)
        outlet = _pick(OUTLETS83, k)
        obj, frag = _pick(FRAGS83[p.family], k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES83, k)} {c}."
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
            ex = [_called(text, obj, fq, a, title=t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        else:
            text = f"{_cap(c)}, according to {a.full}."
            ex = [_r(_cap(c), a)]
        yield _case(f"ho83-indirect-{shape}", text, ex, (a,), others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `The ferry "V" left Port Ravel at 9.40 p.m. with 212
    people on board, among them FULL.`; `The "S" service was carrying 140 passengers when it left the rails
    near SCENE.`; `The search, codenamed "O", was scaled back on DATE. FULL, POST, visited the scene.`;
    `BOARD's report, titled "T", runs to 212 pages.`; `The bend, known to drivers as "N", has a speed limit of
    40mph.`; a banner reading `"B"` (no quotation, or one with no speaker); `The so-called "T" fault`;
    narrative paragraphs; `FULL, POST, declined to comment.`; `BOARD is expected to publish its final report
    in the spring. FULL is expected to give evidence next week.`; `"Q," said FULL, whose group campaigns under
    the banner "B".` (the one real quotation); `"Q," said FULL, POST. The "V" sank in under twenty minutes.`
    Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(12), 240, "ho83-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS83, k)
        scene, date = _pick(SCENES83[p.mode], k), _pick(DATES83, k)
        vq, sq, oq = m.q(_pick(VESSELS83, k)), m.q(_pick(TRAINS83, k)), m.q(_pick(OPERATIONS83, k))
        tq, nq = m.q(_pick(TITLES83, k)), m.q(_pick(NICKS83, k))
        bq, scq = m.q(_pick(BANNERS83, k)), m.q(_pick(SCARE83, k))
        board = _pick(BOARDS83, k)[0]
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body, scene, _bare(board)]
        if shape == 0:
            text = (
                f"The ferry {vq} left Port Ravel at 9.40 p.m. with 212 people on board, among them {a.full}."
            )
            forbidden = (vq,)
        elif shape == 1:
            text = f"The {sq} service was carrying 140 passengers when it left the rails near {scene}."
            forbidden = (sq,)
        elif shape == 2:
            text = (
                f"The search, codenamed {oq}, was scaled back on {date}. "
                f"{a.full}, {p.a(a)}, visited the scene."
            )
            forbidden = (oq,)
        elif shape == 3:
            text = f"{_poss(board)} report, titled {tq}, runs to 212 pages."
            forbidden = (tq,)
        elif shape == 4:
            text = (
                f"The bend, known to drivers as {nq}, has a speed limit of 40mph. "
                f"{a.full} has driven it for 20 years."
            )
            forbidden = (nq,)
        elif shape == 5:
            region = f"Relatives held a banner reading {bq} outside {_pick(COURTS83, k)}."
            text = f"{region} {a.full} walked in without speaking to them."
            ex = tolerate(text, region)
        elif shape == 6:
            text = (
                f"The so-called {scq} fault has been reported on other trains, "
                f"and {a.full} is under pressure to explain it."
            )
            forbidden = (scq,)
        elif shape == 7:
            text = _article(_pick(NARRATIVE83, k), _pick(NARRATIVE83, k + 1))
        elif shape == 8:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE83, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 9:
            text = (
                f"{board} is expected to publish its final report in the spring. "
                f"{a.full} is expected to give evidence next week."
            )
            ex = tolerate(text, text)
        elif shape == 10:
            q = m.q(_qt("kin", k) + ",")
            text = f"{q} said {a.full}, whose group campaigns under the banner {bq}."
            ex, forbidden = [_d(q, a)], (bq,)
        else:
            q = m.q(_qt("surv-sea", k) + ",")
            text = f"{q} said {a.full}, who was on board. The {vq} sank in under twenty minutes."
            ex, forbidden = [_d(q, a)], (vq,)
        yield _case(f"ho83-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_83 = (
    _named(
        "investigator_briefings",
        "investigators at briefings: colon and inverted credits, open cues, fronted clauses, an article",
        investigator_briefings,
    ),
    _named("board_reports", "interim and final reports, statements and bulletins that speak", board_reports),
    _named(
        "recordings", "cockpit voice recordings, radio calls and log entries read into the record", recordings
    ),
    _named(
        "operator_statements",
        "airline, rail and ferry statements, executives and unnamed spokespeople",
        operator_statements,
    ),
    _named("unions", "pilots', drivers' and seafarers' unions and their officials", unions),
    _named(
        "survivors_witnesses",
        "survivors and witnesses by age and hometown, by first name only, by job",
        survivors_witnesses,
    ),
    _named("relatives", "relatives of victims: the relative speaks, never the victim", relatives),
    _named("inquests", "coroners, witnesses giving evidence, what the inquest heard", inquests),
    _named("responders", "fire chiefs, paramedics and hospital consultants", responders),
    _named("regulators_lawyers", "safety regulators and lawyers for the families", regulators_lawyers),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Captain and Dr SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named("controls", "vessel and service names, code names, titles, banners, scare terms", controls),
)
