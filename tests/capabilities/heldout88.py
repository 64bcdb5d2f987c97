"""Eighty-eighth held-out round: capabilities written at commit ``01ba6ce4`` by a helper (``hcap94``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout88data.py``: thirty invented space-agency heads, flight
directors, project scientists and mission engineers, founders and launch directors of launch start-ups,
research-council and foundation heads, vice-chancellors, deans and provosts, astrophysicists, biologists,
geneticists, postdocs and doctoral students, journal editors, ethics-panel chairs and research-integrity
officers, a research minister, an opposition science spokesperson, a committee chair, an audit comptroller, a
laboratory safety director, a safety inspector and an institute's spokespeople of Icelandic, Hausa, Tagalog,
Basque, Estonian, Romanian, Punjabi, Armenian, Maori, Catalan, Ukrainian, Malay, Zulu, Danish and Peruvian
origin, each with a gender and an age, and ten launch spectators and citizen scientists known by a first name
only; posts with their bodies and short second references; a space agency, research councils, a foundation,
universities, a college, an institute, launch companies, journals, a publisher, a ministry, an audit bureau, a
safety regulator, a union and an alliance that speak, some of one word (*Skyforge*, *Quillon*); an audit, a
mission status update, an inspection report, a careers review and a retraction notice with what each says,
finds, recommends and calls something; papers, a preprint and anonymous peer reviews; a launch countdown loop
and its replies; conferences and questions from the floor; outlets, towns, scenes and dates; quotations,
reported clauses, pointed fragments and split quotations for each kind of speaker; rover names, paper and talk
titles, scheme names, telescope nicknames, placard slogans, mission mottoes and scare terms in marks) as a
round of SCIENCE, SPACE AND RESEARCH FUNDING as a science desk writes it: every case is a short passage (one
to five sentences, or a short article of four paragraphs) with one to three people, and every quotation checks
the content (the marks and the words inside them for a direct quotation; the reported clause, with or without
its *that*, for an indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one),
the kind, the canonical full name and, whenever the text states one, the title with `Contains` of the role
noun and each affiliation stated, with `wrong_speakers` for every other person and for every body, outlet,
town, conference, mission, site and document of the round that the passage names.

Conventions: a document speaks for itself or for the body that publishes it: *The audit found that C* after
*The National Audit Bureau published its audit of the Halcyon programme* is the audit's (*audit*, *report*,
*National Audit Bureau's audit*) or the bureau's; *It recommended that C* (the document by pronoun),
*According to BODY's DOC, C*, *In its DOC, BODY said that C* and `"Q," the update said.` likewise; a call for
proposals that *states that C* is the call's or its publisher's; a retraction notice the notice's or its
journal's. A paper's and a preprint's findings (*The paper on X, published in JOURNAL, found that C*; *A
preprint ... suggests that C*) are the paper's (*study*) or the preprint's, never the journal's; anonymous
reviewers (*The anonymous reviewers of the paper wrote that C*) and a paper's unnamed authors (`"Q," the
authors wrote.`) give no speaker or the description, never the paper or the journal. An ethics panel's finding
is the panel's or its institute's. The person who answers questions about a document never speaks its `The
audit concluded: "Q."`. A statement, a post on a body's website and a body's *said*, *confirmed* or
*announced* speak for the body; a body named after a description in apposition (*The union representing
laboratory staff, the Union of Research Staff,*) is named by its name; an unnamed spokesperson (*A spokeswoman
for BODY said C*) gives no speaker, the description as written or the body. Words said on a launch countdown
loop are their speaker's with the loop role as the title (*launch director*, *flight controller*, *range
safety officer*); range control, the webcast, the loop and the transcript never. *NAME said C, according to X*
(X a transcript of the countdown or of a hearing, or a recording of a talk) may come out as NAME's report of C
or X's report of the whole sentence. *The science committee heard that C* is no one's (or no quotation); *NAME
is due to give evidence* and *NAME / BODY is expected to ...* may come out as a report with no speaker (or
NAME's) or nothing; *Asked whether X* may come out with no speaker; *OTHER asked NAME whether X* as OTHER's or
no one's; the one who presses (*Pressed by OTHER*), the minister addressed (*told the minister, OTHER, that
C*), the session chair who introduces a speaker and the person who stands beside one never speak. An act with
an object and no words (*apologised to applicants*, *ordered the building to be evacuated*, *answered
questions about the audit*, *posted a thread on social media about the result*, *The Research Ministry
rejected the claim*) may come out as the doer's report or nothing; *declined to comment* / *declined to
comment on X but said* as the decliner's report or nothing. `accused TARGET of "F"` is a mixed report of
`TARGET of "F"`, of `of "F"` or the fragment alone (direct or mixed); `called X "F"`, `described X as "F"` and
`dismissed X as "F"` the object with the fragment (mixed) or the fragment alone. A report followed by the same
speaker's uncredited quotation (*NAME said C. "Q."*) may come out as the two or as one mixed content; a split
quotation, and a quotation continued in an uncredited sentence after its credit, may come out as two
quotations or one span with its credit inside; two clauses (*said that C and that C2*, *found that C, and that
C2*) and *said C, adding that C2* as one report or two, each with or without *that*. A first name alone is the
whole canonical name; *Dr* and *Professor* may stay in the name; a job in apposition or before the name (*an
amateur astronomer from Corbeck*, *University of Ashcombe astrophysicist NAME*) is the title; *Its ROLE,
NAME,* and *its ROLE, NAME,* check the role noun; *The lead author, NAME,* checks *author*; a relative clause
(*who has worked on the mission since 2015*, *who studies coral reefs at BODY*, *who took up the post in
2019*), a fronted description with a relative clause (*A technician who was in the building at the time,
NAME,*; *A geneticist who has spent a decade on the project, NAME said*; *a doctoral student who was treated
for minor burns*), an age and a town state no title, so the title is not checked there. Rover names, paper and
talk titles, scheme names, telescope nicknames, mission mottoes and scare terms in marks are no quotation; a
placard's words may come out as a quotation with no speaker. Same-gender pronouns resolve as a careful reader
does: to the person just introduced after a disagreement or a *followed*, to the sentence subject after
*visited SCENE with OTHER*.

The one run: 3247 of 3380 cases pass (briefings 245/245, documents 175/212, launches 223/223, funding 185/216,
universities 211/218, researchers 214/243, journals_ethics 219/219, conferences 243/245, lab_accidents
181/190, ministers 213/213, pronouns 225/237, second_refs 229/234, split_quotes 240/240, indirect_cues
231/232, controls 213/213).

Key fixes after the one run (no case weakened): the key of an unnamed spokesperson accepted the description
without the body's article (*spokeswoman for National Science Council*), not as the text writes it
(*spokeswoman for the National Science Council*), so quotex's description was refused (19 cases,
`ho88-funding-5` and `ho88-labs-11`); the key now accepts the description as written as well. `FULL, POST,
posted a thread on social media about the result.` is an act with an object and no words, which the
conventions let come out as the doer's report or nothing, but the key expected nothing there (22 cases,
`ho88-researchers-11`); the act sentence is now tolerated as FULL's report or nothing. No expected speaker,
title, kind or other content was changed.

The key-fixed run: 3288 of 3380 (briefings 245/245, documents 175/212, launches 223/223, funding 198/216,
universities 211/218, researchers 236/243, journals_ethics 219/219, conferences 243/245, lab_accidents
187/190, ministers 213/213, pronouns 225/237, second_refs 229/234, split_quotes 240/240, indirect_cues
231/232, controls 213/213); the 92 cases that still fail are the one run's other failures, unchanged.

1. space-agency heads and mission officials at briefings: `told a news conference at SCENE:`, inverted `said
   NAME, POST`, `POST NAME told reporters at SCENE that`, `Speaking at SCENE on DAY,`, open cues (`stressed`,
   `conceded`, `explained`...), `told OUTLET`, `PRONOUN added`, a relative clause, a four-paragraph article
   with the agency's statement and a surname, a fronted clause, a report then an uncredited quotation, `In a
   briefing streamed from SCENE, POST NAME said:` (`briefings`);
2. documents: an audit, a status update, an inspection report, a careers review and a retraction notice that
   find, say, recommend, describe and are quoted (`"Q," the update said.`, `The audit concluded:` beside an
   official who answers questions, `According to BODY's DOC,`, `In its DOC, BODY said that`, `It recommended
   that`, two findings), a paper that finds, a preprint that suggests, anonymous reviewers, a paper's authors,
   a study's lead researcher by pronoun (`documents`);
3. launch start-ups and the countdown loop: `posted on social media:`, inverted credits, the company's
   statement (one of one word), `called over the countdown loop`, `can be heard saying:` on the webcast,
   `according to a transcript released by COMPANY`, a recorded exchange with range control, `adding that`, a
   failed launch then `In a post on its website,`, `declined to comment on the cause of the failure but said`,
   `wrote on social media that` then `PRONOUN added`, a spectator by first name, `Its ROLE, NAME, added:`
   (`launches`);
4. research councils and foundations: `said in a statement that`, `"Q," BODY said in a statement.`, `A
   statement from BODY read:`, a colon credit, `apologised to applicants and said`, an unnamed spokesperson,
   `Its ROLE, NAME, added:`, `adding that`, `In a post on its website,`, `declined to comment on the size of
   the cut but said`, a call for proposals that states, `told OUTLET that` (`funding`);
5. vice-chancellors, deans and provosts: colon and inverted credits, `Its ROLE, NAME, went further:`, `accused
   the government of "F"`, `In an email to staff, NAME wrote:`, a relative clause, the university's mixed
   report, `told OUTLET`, the ministry's rejection, the minister who `disputed that:`, `confirmed on DATE
   that` (`universities`);
6. scientists, postdocs, students and citizen scientists: `NAME, AGE, POST, said:`, `A volunteer who gave only
   her first name, FIRST, said:`, `said FIRST, AGE, who ...`, a post then a pronoun, a quotation continued
   after its credit, `who studies X at BODY, told OUTLET that`, `Another researcher, NAME, AGE,`, a first name
   with a job, two researchers of one gender by surname, a fronted description, `tweeted:`, a thread posted
   then `PRONOUN wrote` (`researchers`);
7. journal editors, retractions and ethics panels: a colon credit, `JOURNAL retracted the paper on DATE. "Q,"
   its ROLE, NAME, said.`, the panel's finding, the retracted author, `told OUTLET`, `In an editorial, NAME
   wrote that`, `said X was "F"`, `The lead author, NAME, accused JOURNAL of "F"`, `The authors declined to
   comment.`, a retraction notice beside its editor, `Asked whether the data had been fabricated,`
   (`journals_ethics`);
8. conferences: `Speaking at CONF on DAY,`, `told the conference:`, `told an audience of 300 researchers at
   CONF that`, `In a keynote address at CONF,`, `Asked whether X, ... replied:`, `OTHER asked NAME whether X.
   "Q," PRONOUN replied.`, `The session chair, OTHER, introduced NAME`, `told reporters afterwards`,
   `according to a recording of the talk`, a four-paragraph article, a fronted clause, a talk's title in marks
   (`conferences`);
9. laboratory accidents: the institute's statement, a safety director's colon credit, a fronted technician,
   the regulator's report then its chief inspector's, an inspection that finds, an injured student, `ordered
   the building to be evacuated` then a surname, `described X as "F"`, fire crews then a report, the
   institute's declining beside an inspector, a union named after a description, an unnamed spokesperson
   (`lab_accidents`);
10. ministers and parliament: `told parliament on DAY:`, the ministry's announcement, `Pressed by OTHER, ...
    conceded that`, `called X "F"`, `tweeted:`, `The science committee heard that` and `is due to give
    evidence`, `Responding to the budget,`, `told the minister, OTHER, that`, a visit then `the minister
    said`, `dismissed the criticism as "F"`, `according to a transcript of the hearing`, an inverted credit
    (`ministers`);
11. pronouns across people of both and of the same gender, within a passage, across paragraphs and in a
    four-paragraph article (`pronouns`);
12. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age, `Ms/Mr SURNAME`, `Professor SURNAME`, `Dr SURNAME`, two roles across paragraphs
    (`second_refs`);
13. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `conceded`, `wrote in an email to staff`, an uncredited continuation
    (`split_quotes`);
14. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`
    (`indirect_cues`);
15. controls: a rover's name, a paper's title, a scheme's name, a telescope's nickname, placards, a scare term
    after *so-called*, narrative paragraphs, *declined to comment*, *is expected to*, one real quotation
    beside a campaign slogan, one beside a rover's name, a mission motto (`controls`)."""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout88data import (
    ACCUSE88,
    AGENCY88,
    AGENCYPOSTS88,
    ALLIANCE88,
    ALLMARKS88,
    ANSWERER88,
    ASHCOMBE88,
    AUDIT88,
    AUDITPOST88,
    AUTHORACCUSE88,
    BARECUES88,
    BODYQUOTES88,
    BRC88,
    BRIGHTWATER88,
    CALLS88,
    CLAUSES88,
    CONFBYPOOL88,
    CONFS88,
    CORRAN88,
    COUNCILPOSTS88,
    CUES88,
    DATES88,
    DID88,
    DISMISS88,
    DOCS88,
    EDITORPOSTS88,
    ETHICSPOSTS88,
    FIRSTS88,
    FRAGS88,
    HEARD88,
    HELIX88,
    JANSWERS88,
    JOBS88,
    JOURNALS88,
    KESTREL88,
    LAUNCHPOSTS88,
    LAUNCHQUOTES88,
    LOOP88,
    LOOPREPLIES88,
    LSE88,
    MARKS88,
    MINISTRY88,
    MISSIONPOSTS88,
    MOTTOES88,
    NARRATIVE88,
    NICKS88,
    NSC88,
    OUTLETS88,
    PAPERS88,
    PAPERTITLES88,
    PELLINGFORD88,
    PEOPLE88,
    POLPOSTS88,
    POSTS88,
    PREPRINTS88,
    QANDA88,
    QUILLON88,
    QUOTES88,
    RESPOSTS88,
    REVIEWS88,
    ROVERS88,
    SAFETYPOSTS88,
    SCARE88,
    SCENES88,
    SCHEMES88,
    SKYFORGE88,
    SLOGANS88,
    SPLITS88,
    STELLAR88,
    STUDIES88,
    TALKS88,
    TALLIS88,
    TOWNS88,
    UNION88,
    UNIPOSTS88,
    VARROW88,
    VOICEBODIES88,
    VOICES88,
    VOLCLAUSES88,
    WHERE88,
    Body88,
    Doc88,
    Post88,
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
BODIES88: dict[str, Body88] = {
    b.bare: b
    for b in (
        AGENCY88,
        NSC88,
        BRC88,
        CORRAN88,
        ASHCOMBE88,
        PELLINGFORD88,
        VARROW88,
        KESTREL88,
        TALLIS88,
        SKYFORGE88,
        BRIGHTWATER88,
        HELIX88,
        STELLAR88,
        QUILLON88,
        MINISTRY88,
        AUDIT88,
        LSE88,
        UNION88,
        ALLIANCE88,
    )
}

#: Missions and instruments a post names (never speakers).
MISSIONS88 = ("Halcyon", "Corvid", "Tern")

#: Every body, outlet, town, conference, mission and site a passage may name: each one the passage names is a
#: wrong speaker for every quotation whose key does not accept it.
PLACENAMES88: tuple[str, ...] = (
    *BODIES88,
    *(o[4:] if o.startswith("the ") else o for o in OUTLETS88),
    *TOWNS88,
    *(bare for _inner, bare in CONFS88),
    *MISSIONS88,
    "Varrow Observatory",
    "Corbeck Spaceport",
    "parliament",
    "mission control",
    "range control",
)


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _body(post: Post88) -> Body88:
    """The body a post belongs to."""
    return BODIES88[_bare(post.body)]


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    named_here = [n for n in PLACENAMES88 if n in text]
    wrong = dict.fromkeys([*(_bare(o) for o in others if o), *named_here])
    return keyed_case(template, text, ex, people, list(wrong), forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE88, p, step, gender=gender, avoid=avoid)


def _t(p: Post88) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _qt(pool: Post88 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post88) else pool
    return _pick(QUOTES88[key], n)


def _cl(pool: Post88 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post88) else pool
    return _pick(CLAUSES88[key], n)


def _fr(p: Post88, n: int) -> tuple[str, str]:
    """The *n*-th pointed fragment of a post's family: (what it is said of, the fragment)."""
    return _pick(FRAGS88[p.family], n)


def _post2(n: int, taken: Post88, pool: Sequence[Post88] = POSTS88) -> Post88:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post88) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post88) -> str:
        return p.after.replace("{s}", "spokes")

    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if (
            p.family != taken.family
            and (p.body != taken.body or not p.body)
            and noun(p) not in post(taken)
            and noun(taken) not in post(p)
            and noun(p) != noun(taken)
            and not any(m in post(p) and m in post(taken) for m in MISSIONS88)
        ):
            return p
    raise ValueError("no second post")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout88.{name}", "heldout88", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS88, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE88, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE88.index(p), shape, r)


def _doc_acc(doc: Doc88) -> tuple[str, ...]:
    """The names a key accepts for a document's words: the document or the body that publishes it."""
    return (
        *doc.acc,
        f"{_poss(doc.body.bare)} {doc.pub}",
        f"{_poss(doc.body.bare)} {doc.short}",
        *doc.body.acc,
    )


def _vbody(n: int) -> tuple[Body88, str]:
    """The *n*-th body that issues statements, with the pool of its statements' clauses."""
    return _pick(VOICEBODIES88, n)


# --- 1. agency and mission briefings ------------------------------------------------------------------------

#: Posts of agency heads and mission officials who brief the press.
BRIEF88 = (*AGENCYPOSTS88, *MISSIONPOSTS88)


def briefings() -> Iterator[Case]:
    """`FULL, POST, told a news conference at SCENE: "Q."`; `"Q," said FULL, POST.`; `POST FULL told reporters
    at SCENE that C.`; `Speaking at SCENE on DAY, FULL, POST, said C.`; `FULL, POST, CUE that C.`; `"Q," FULL,
    POST, told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; `FULL, who has worked on the mission since
    2015, said: "Q."`; a four-paragraph article (a narrative sentence, FULL's report, the agency's statement,
    `"Q," SURNAME said.`); `C, FULL, POST, CUE.` (fronted); `FULL, POST, said C. "Q."` (the report then the
    uncredited quotation); `In a briefing streamed from SCENE, POST FULL said: "Q."` Key: FULL's with POST;
    the agency, the mission, the scene and the outlet never (the agency's statement its own)."""
    for a, shape, m, r in sample(_combos(12), 250, "ho88-briefings"):
        k = _slot(a, shape, r)
        p = _pick(BRIEF88, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene, outlet, date = _pick(SCENES88, k), _pick(OUTLETS88, k), _pick(DATES88, k)
        cue = _pick(CUES88, k)
        others = [p.body, scene, outlet]
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
            text = f"{a.full}, who has worked on the mission since 2015, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 8:
            bc = _cl("b-agency", k + 1)
            text = _article(
                _pick(NARRATIVE88[:2], k),
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{AGENCY88.start} said in a statement that {bc}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, bc, AGENCY88.acc), _d(q, a, t)]
        elif shape == 9:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {cue}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 10:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        else:
            text = f"In a briefing streamed from {scene}, {p.b(a)} {a.full} said: {qs}"
            ex = [_d(qs, a, t)]
        yield _case(f"ho88-briefings-{shape}", text, ex, (a,), others)


# --- 2. documents that speak --------------------------------------------------------------------------------

#: Who answers questions about each document of ``DOCS88`` (never a speaker of the document's words).
PRESENTERS88 = (AUDITPOST88, AGENCYPOSTS88[1], SAFETYPOSTS88[1], COUNCILPOSTS88[0], EDITORPOSTS88[0])


def documents() -> Iterator[Case]:
    """`BODY published its DOC on DATE. The SHORT FINDS that C.`; `According to BODY's DOC, C.`; `BODY
    released its DOC on DATE. "Q," the SHORT said.`; `FULL, POST, answered questions about the SHORT on DATE.
    The SHORT COLON: "Q."`; `In its DOC, BODY said that C.`; `BODY's DOC was published on DATE. It recommended
    that REC.` (or `It FINDS that C.`); `BODY's DOC, published on DATE, described X as "F".`; `The paper on
    TOPIC, published in JOURNAL on DATE, found that C.`; `A preprint posted online on DATE suggests that C. It
    has not yet been peer reviewed.`; `FULL, POST, led the study of TOPIC, which was published in JOURNAL on
    DATE. "Q," PRONOUN said.`; `The anonymous reviewers of the paper wrote that C.`; two findings; `The paper
    on TOPIC appeared in JOURNAL on DATE. "Q," the authors wrote.` Key: the document (or the body that
    publishes it) speaks; the person who answers questions about it never; a paper's and a preprint's findings
    the paper's (or the study's), never the journal's; unnamed reviewers and authors give no speaker or the
    description."""
    combos = list(itertools.product(range(len(DOCS88)), range(13), ALLMARKS88, range(6)))
    for di, shape, m, r in sample(combos, 330, "ho88-documents"):
        k = _k(di, shape, r)
        doc = DOCS88[di]
        body = doc.body
        accs = _doc_acc(doc)
        a = PEOPLE88[(k * 7 + r) % len(PEOPLE88)]
        c, c2 = _pick(doc.clauses, k), _pick(doc.clauses, k + 1)
        dq = _pick(doc.quotes, k)
        date = _pick(DATES88, k)
        people: tuple[Person, ...] = ()
        others: list[str] = []
        if shape == 0:
            text = f"{body.start} published its {doc.pub} on {date}. The {doc.short} {doc.finds} that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 1:
            text = f"According to {_poss(body.inner)} {doc.pub}, {c}."
            ex = [_r(c, accs)]
        elif shape == 2:
            q = m.q(dq + ",")
            text = f"{body.start} released its {doc.pub} on {date}. {q} the {doc.short} said."
            ex = [_d(q, accs)]
        elif shape == 3:
            qs = m.q(dq + ".")
            pr = PRESENTERS88[di]
            region = f"{a.full}, {pr.a(a)}, answered questions about the {doc.short} on {date}."
            text = f"{region} The {doc.short} {doc.colon}: {qs}"
            ex, people = [_d(qs, accs), *tolerate(text, region, (a.full,))], (a,)
        elif shape == 4:
            text = f"In its {doc.pub}, {body.inner} said that {c}."
            ex = [_that(text, c, accs)]
        elif shape == 5:
            if doc.recs:
                rec = _pick(doc.recs, k)
                text = f"{_poss(body.start)} {doc.pub} was published on {date}. It recommended that {rec}."
                ex = [_that(text, rec, accs)]
            else:
                text = f"{_poss(body.start)} {doc.pub} was published on {date}. It {doc.finds} that {c}."
                ex = [_that(text, c, accs)]
        elif shape == 6:
            obj, frag = _pick(doc.frags, k)
            fq = m.q(frag)
            text = f"{_poss(body.start)} {doc.pub}, published on {date}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, accs, link=" as ")]
        elif shape in (7, 8, 9, 10):
            text, ex, people, others = _paper(shape, m, k, a)
        elif shape == 11:
            text = (
                f"{body.start} published its {doc.pub} on {date}. "
                f"The {doc.short} {doc.finds} that {c}, and that {c2}."
            )
            ex = _two_reports(text, c, c2, accs)
        else:
            text, ex, people, others = _paper(shape, m, k, a)
        yield _case(f"ho88-documents-{shape}", text, ex, people, others)


def _paper(shape: int, m: Mark, k: int, a: Person) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """The passages of ``documents`` about a paper, a preprint and its reviewers: text, key, people and
    others."""
    topic, pfind, pquote, lead = _pick(PAPERS88, k)
    journal = _pick(JOURNALS88, k)
    date = _pick(DATES88, k)
    people: tuple[Person, ...] = ()
    others: list[str] = []
    if shape == 7:
        text = f"The paper on {topic}, published in {journal.inner} on {date}, found that {pfind}."
        ex = [_that(text, pfind, ("paper", f"paper on {topic}", "study"))]
    elif shape == 8:
        pre = _pick(PREPRINTS88, k)
        text = f"A preprint posted online on {date} suggests that {pre}. It has not yet been peer reviewed."
        ex = [_that(text, pre, ("preprint",))]
    elif shape == 9:
        rp = RESPOSTS88[lead]
        q = m.q(_qt(rp, k) + ",")
        text = (
            f"{a.full}, {rp.a(a)}, led the study of {topic}, which was published in {journal.inner} "
            f"on {date}. {q} {a.pronoun} said."
        )
        ex, people = [_d(q, a, _t(rp))], (a,)
        others.append(rp.body)
    elif shape == 10:
        rv = _pick(REVIEWS88, k)
        text = f"The anonymous reviewers of the paper wrote that {rv}."
        content = one_of(text, (f"that {rv}", rv))
        ex = [_anon(text, content, "indirect", ("reviewers", "anonymous reviewers"))]
    else:
        q = m.q(pquote + ",")
        text = f"The paper on {topic} appeared in {journal.inner} on {date}. {q} the authors wrote."
        ex = [_anon(text, q, "direct", ("authors",))]
    return text, ex, people, others


# --- 3. launches and the countdown loop ---------------------------------------------------------------------


def launches() -> Iterator[Case]:
    """`FULL, POST, posted on social media: "Q."`; `"Q," said FULL, POST.`; `COMPANY said in a statement that
    C.`; `"L," the ROLE, FULL, called over the countdown loop.`; `On the company webcast, FULL can be heard
    saying: "L."`; `"L," the ROLE, FULL, said, according to a transcript released by COMPANY.`; `A transcript
    of the countdown shows the ROLE, FULL, telling range control: "L." The range safety officer, OTHER,
    replied: "R."`; `FULL, POST, said C, adding that C2.`; `COMPANY's rocket broke apart 70 seconds after
    lift-off from SITE on DATE. In a post on its website, COMPANY said: "Q."`; `FULL, POST, declined to
    comment on the cause of the failure but said C.`; `FULL, POST, wrote on social media that C. "Q," PRONOUN
    added.`; `"Q," said FIRST, AGE, who watched the launch from the beach at Halden.`; `COMPANY, which has
    raised 90 million dollars from investors, said C. Its ROLE, FULL, added: "Q."` Key: each person's words
    their own (the loop role as the title); the company speaks for itself (one of them one word); range
    control, the webcast, the transcript and the site never; the declining FULL's or nothing."""
    for a, shape, m, r in sample(_combos(13), 250, "ho88-launches"):
        k = _slot(a, shape, r)
        p = _pick(LAUNCHPOSTS88, k)
        t = _t(p)
        co = _body(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c, c2 = _cl(p, k), _cl(p, k + 1)
        bc = _cl("b-launch", k)
        role, rt = _pick(VOICES88[:2], k)
        lq, lqs = m.q(_pick(LOOP88, k) + ","), m.q(_pick(LOOP88, k) + ".")
        site, date = _pick(SCENES88[1::2], k), _pick(DATES88, k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [co.inner, "transcript", "webcast", "loop"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, posted on social media: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{co.start} said in a statement that {bc}."
            ex, people = [_that(text, bc, co.acc)], ()
        elif shape == 3:
            text = f"{lq} the {role}, {a.full}, called over the countdown loop."
            ex = [_d(lq, a, Contains(rt))]
        elif shape == 4:
            text = f"On the company webcast, {a.full} can be heard saying: {lqs}"
            ex = [_d(lqs, a)]
        elif shape == 5:
            tacc = ("transcript", f"transcript released by {co.inner}", *co.acc)
            text = f"{lq} the {role}, {a.full}, said, according to a transcript released by {co.inner}."
            ex = _recorded(text, [_d(lq, a, Contains(rt))], f"{lq} the {role}, {a.full}, said", tacc)
            people = _mine(ex, a)
        elif shape == 6:
            reply = m.q(_pick(LOOPREPLIES88, k) + ".")
            text = (
                f"A transcript of the countdown shows the {role}, {a.full}, telling {ANSWERER88}: {lqs} "
                f"The range safety officer, {b.full}, replied: {reply}"
            )
            ex = [_d(lqs, a, Contains(rt)), _d(reply, b, Contains("range safety officer"))]
            people = (a, b)
        elif shape == 7:
            text = f"{a.full}, {p.a(a)}, said {c}, adding that {c2}."
            ex = [_that(text, c, a, t), _that(text, c2, a, t)]
        elif shape == 8:
            bq = m.q(_pick(LAUNCHQUOTES88, k) + ".")
            text = (
                f"{_poss(co.start)} rocket broke apart 70 seconds after lift-off from {site} on {date}. "
                f"In a post on its website, {co.inner} said: {bq}"
            )
            ex, people = [_d(bq, co.acc)], ()
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, declined to comment on the cause of the failure"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 10:
            q2 = m.q(_qt(p, k + 1) + ",")
            text = f"{a.full}, {p.a(a)}, wrote on social media that {c}. {q2} {a.pronoun} added."
            ex = [_that(text, c, a, t), _d(q2, a, t)]
        elif shape == 11:
            f = _pick(FIRSTS88, k)
            pq = m.q(_qt("public", k) + ",")
            text = f"{pq} said {f.full}, {f.age}, who {_pick(WHERE88[:2], k)}."
            ex, people = [_d(pq, f)], (f,)
        else:
            text = (
                f"{co.start}, which has raised 90 million dollars from investors, said {bc}. "
                f"Its {p.parts[0]}, {a.full}, added: {qs}"
            )
            ex = [_that(text, bc, co.acc), _d(qs, a, Contains(p.parts[0]))]
        yield _case(f"ho88-launches-{shape}", text, ex, people, others)


# --- 4. research councils and funding -----------------------------------------------------------------------


def funding() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"Q," BODY said in a statement.`; `A statement from BODY read:
    "Q."`; `FULL, POST, said: "Q."`; `POST FULL apologised to applicants and said C.`; `A spokes-noun for BODY
    said C.` (unnamed); `BODY, which funds about 4,000 research projects, said C. Its ROLE, FULL, added:
    "Q."`; `BODY said C, adding that C2.`; `In a post on its website, BODY said: "Q."`; `FULL, POST, declined
    to comment on the size of the cut but said C.`; `The call for proposals, published by BODY on DATE, states
    that C.`; `POST FULL told OUTLET that C.` Key: the council or foundation speaks for itself; FULL for
    herself with POST; an unnamed spokesperson gives no speaker, the description (as written) or the body; the
    call for proposals is the call's or its publisher's; the apology and the declining FULL's or nothing; the
    applicants and the outlet never."""
    for a, shape, m, r in sample(_combos(12), 290, "ho88-funding"):
        k = _slot(a, shape, r)
        p = _pick(COUNCILPOSTS88, k)
        t = _t(p)
        own = _body(p)
        sb = _pick((NSC88, BRC88, CORRAN88), k + r)
        sc, sc2 = _cl("b-council", k), _cl("b-council", k + 1)
        qs = m.q(_qt(p, k) + ".")
        bq, bqs = m.q(_pick(BODYQUOTES88, k) + ","), m.q(_pick(BODYQUOTES88, k) + ".")
        c = _cl(p, k)
        outlet = _pick(OUTLETS88, k)
        people: tuple[Person, ...] = (a,)
        others = [own.inner]
        if shape == 0:
            text = f"{sb.start} said in a statement that {sc}."
            ex, people, others = [_that(text, sc, sb.acc)], (), []
        elif shape == 1:
            text = f"{bq} {sb.inner} said in a statement."
            ex, people, others = [_d(bq, sb.acc)], (), []
        elif shape == 2:
            text = f"A statement from {sb.inner} read: {bqs}"
            ex, people, others = [_d(bqs, sb.acc)], (), []
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            text = f"{p.b(a)} {a.full} apologised to applicants and said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, "apologised to applicants", (a.full,))]
            others.append("applicants")
        elif shape == 5:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {sb.inner} said {sc}."
            content = one_of(text, (f"that {sc}", sc))
            descs = (spokes, f"{spokes} for {sb.inner}", f"{spokes} for {sb.bare}", *sb.acc)
            ex = [_anon(text, content, "indirect", descs)]
            people, others = (), []
        elif shape == 6:
            role = p.parts[0]
            text = (
                f"{own.start}, which funds about 4,000 research projects, said {sc}. "
                f"Its {role}, {a.full}, added: {qs}"
            )
            ex = [_that(text, sc, own.acc), _d(qs, a, Contains(role))]
        elif shape == 7:
            text = f"{sb.start} said {sc}, adding that {sc2}."
            ex, people, others = [_that(text, sc, sb.acc), _that(text, sc2, sb.acc)], (), []
        elif shape == 8:
            text = f"In a post on its website, {sb.inner} said: {bqs}"
            ex, people, others = [_d(bqs, sb.acc)], (), []
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, declined to comment on the size of the cut"
            text = f"{region} but said {c}."
            ex = [_that(text, c, a, t), *tolerate(text, region, (a.full,))]
        elif shape == 10:
            call = _pick(CALLS88, k)
            text = (
                f"The call for proposals, published by {sb.inner} on {_pick(DATES88, k)}, states that {call}."
            )
            ex = [_that(text, call, ("call for proposals", "call", *sb.acc))]
            people, others = (), []
        else:
            text = f"{p.b(a)} {a.full} told {outlet} that {c}."
            ex = [_that(text, c, a, t)]
        yield _case(f"ho88-funding-{shape}", text, ex, people, others)


# --- 5. universities ----------------------------------------------------------------------------------------


def universities() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `"Q," said FULL, POST.`; `UNIVERSITY said C. Its ROLE, FULL, went further:
    "Q."`; `POST FULL accused the government of "F".`; `In an email to staff, FULL wrote: "Q."`; `FULL, who
    took up the post in 2019, warned that C.`; `UNIVERSITY, which employs 6,000 staff, said X was "F".`; `"Q,"
    FULL told OUTLET.`; `FULL, POST, said C. The Research Ministry rejected the claim.`; `FULL, POST, said C.
    OTHER, the minister for research and innovation, disputed that: "Q."`; `UNIVERSITY confirmed on DATE that
    C.` Key: each person's words their own with the post stated; the university speaks for itself; the
    ministry, the government, the staff and the outlet never (the rejection the ministry's or nothing)."""
    mn = POLPOSTS88[0]
    for a, shape, m, r in sample(_combos(11), 245, "ho88-universities"):
        k = _slot(a, shape, r)
        p = _pick(UNIPOSTS88, k)
        t = _t(p)
        uni = _body(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        uc = _cl("b-uni", k)
        outlet = _pick(OUTLETS88, k)
        people: tuple[Person, ...] = (a,)
        others = [uni.inner, "government", "Research Ministry"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            role = p.parts[0]
            text = f"{uni.start} said {uc}. Its {role}, {a.full}, went further: {qs}"
            ex = [_that(text, uc, uni.acc), _d(qs, a, Contains(role))]
        elif shape == 3:
            fq = m.q(_pick(ACCUSE88, k))
            text = f"{p.b(a)} {a.full} accused the government of {fq}."
            ex = [_accuse(text, "the government", fq, a, t)]
        elif shape == 4:
            text = f"In an email to staff, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append("staff")
        elif shape == 5:
            text = f"{a.full}, who took up the post in 2019, warned that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            obj, frag = _fr(p, k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{uni.start}, which employs 6,000 staff, said {clause}."
            ex, people = [_mixed(text, clause, uni.acc)], ()
            others.append("staff")
        elif shape == 7:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
        elif shape == 8:
            region = f"{MINISTRY88.start} rejected the claim."
            text = f"{a.full}, {p.a(a)}, said {c}. {region}"
            ex = [_that(text, c, a, t), *tolerate(text, region, MINISTRY88.acc)]
        elif shape == 9:
            b = _other(a, k)
            mq = m.q(_qt(mn, k) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {mn.a(b)}, disputed that: {mq}"
            ex, people = [_that(text, c, a, t), _d(mq, b, _t(mn))], (a, b)
        else:
            text = f"{uni.start} confirmed on {_pick(DATES88, k)} that {uc}."
            ex, people = [_that(text, uc, uni.acc)], ()
        yield _case(f"ho88-universities-{shape}", text, ex, people, others)


# --- 6. researchers, postdocs, students and citizen scientists ----------------------------------------------


def researchers() -> Iterator[Case]:
    """`FULL, AGE, POST, said: "Q."`; `A volunteer who gave only her first name, FIRST, said: "Q."`; `"Q,"
    said FIRST, AGE, who counted seabirds for the Kestrel Institute every weekend.`; `FULL, POST, DID. "Q,"
    PRONOUN said.`; `FULL DID. "Q," PRONOUN said. "Q2."` (a continuation); `FULL, who studies TOPIC at BODY,
    told OUTLET that C.`; `Another researcher, FULL, AGE, said C.`; `FIRST, a JOB from TOWN, said PRONOUN had
    X. "Q," PRONOUN said.`; two researchers of one gender, then `"Q," SURNAME said.`; `An astrophysicist who
    has spent a decade on the project, FULL said C.` (fronted); `FULL, POST, tweeted: "Q."`; `FULL, POST,
    posted a thread on social media about the result. "Q," PRONOUN wrote.` Key: the researcher's or
    volunteer's words their own, a first name alone the whole name, the post or job the title; the thread (an
    act) FULL's or nothing; the university, the institute, the town, the outlet and the other researcher
    never."""
    for a, shape, m, r in sample(_combos(12), 250, "ho88-researchers"):
        k = _slot(a, shape, r)
        p = _pick(RESPOSTS88, k)
        t = _t(p)
        f = _pick(FIRSTS88, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        vq, vqs = m.q(_qt("volunteer", k) + ","), m.q(_qt("volunteer", k) + ".")
        c = _cl(p, k)
        did = _pick(DID88[p.pool], k).replace("{poss}", a.poss)
        town, outlet = _pick(TOWNS88, k), _pick(OUTLETS88, k)
        job, jn = _pick(JOBS88, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, town, outlet]
        if shape == 0:
            text = f"{a.full}, {a.age}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"A volunteer who gave only {f.poss} first name, {f.full}, said: {vqs}"
            ex, people = [_d(vqs, f)], (f,)
        elif shape == 2:
            text = f"{vq} said {f.full}, {f.age}, who {_pick(WHERE88[2:], k)}."
            ex, people = [_d(vq, f)], (f,)
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, {did}. {q} {a.pronoun} said."
            ex = [_d(q, a, t)]
        elif shape == 4:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full} {did}. {q} {a.pronoun} said. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
        elif shape == 5:
            text = f"{a.full}, who studies {STUDIES88[p.pool]} at {_body(p).inner}, told {outlet} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            text = f"Another researcher, {a.full}, {a.age}, said {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            clause = _pick(VOLCLAUSES88, k).replace("{pr}", f.pronoun).replace("{poss}", f.poss)
            art = "an" if job[0] in "aeiou" else "a"
            text = f"{f.full}, {art} {job} from {town}, said {clause}. {vq} {f.pronoun} said."
            ex, people = [_that(text, clause, f, Contains(jn)), _d(vq, f, Contains(jn))], (f,)
        elif shape == 8:
            b = _other(a, k, gender=a.gender)
            text = (
                f"{a.full} spent the night at the telescope. "
                f"{b.full} analysed the data from home. {q} {b.last} said."
            )
            ex, people = [_d(q, b)], (a, b)
        elif shape == 9:
            noun = p.parts[0]
            art = "An" if noun[0] in "aeiou" else "A"
            text = f"{art} {noun} who has spent a decade on the project, {a.full} said {c}."
            ex = [_that(text, c, a)]
        elif shape == 10:
            text = f"{a.full}, {p.a(a)}, tweeted: {qs}"
            ex = [_d(qs, a, t)]
        else:
            region = f"{a.full}, {p.a(a)}, posted a thread on social media about the result."
            text = f"{region} {q} {a.pronoun} wrote."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        yield _case(f"ho88-researchers-{shape}", text, ex, people, others)


# --- 7. journals, retractions and ethics panels -------------------------------------------------------------

#: The ethics panel as a key accepts it (a body's panel speaks for itself or for the body).
PANEL88 = ("ethics panel", "panel", "ethics panel at the Kestrel Institute", *KESTREL88.acc)


def journals_ethics() -> Iterator[Case]:
    """`FULL, EDITOR POST, said: "Q."`; `JOURNAL retracted the paper on DATE. "Q," its ROLE, FULL, said.`;
    `The ethics panel at the Kestrel Institute published its findings on DATE. The panel found that C.`;
    `FULL, whose paper in JOURNAL was retracted on DATE, said C.`; `"Q," FULL, ETHICS POST, told OUTLET.`; `In
    an editorial, FULL, EDITOR POST, wrote that C.`; `FULL, ETHICS POST, said X was "F".`; `The lead author,
    FULL, accused JOURNAL of "F".`; `FULL, EDITOR POST, said C. The authors declined to comment.`; `JOURNAL
    published a retraction notice on DATE. The notice said C. FULL, EDITOR POST, said: "Q."`; `Asked whether
    the data had been fabricated, FULL, EDITOR POST, replied: "Q."` Key: editors and panel chairs speak for
    themselves with the post; the panel (or its institute) and the notice (or its journal) speak for
    themselves; the author speaks for herself, never the journal; the authors' declining theirs or nothing;
    the question no one's."""
    for a, shape, m, r in sample(_combos(11), 245, "ho88-journals"):
        k = _slot(a, shape, r)
        ed = _pick(EDITORPOSTS88, k)
        et = _pick(ETHICSPOSTS88, k)
        journal = _body(ed)
        other_journal = _pick(JOURNALS88, k + 1)
        qe, qes = m.q(_qt(ed, k) + ","), m.q(_qt(ed, k) + ".")
        qx = m.q(_qt(et, k) + ",")
        ce, cx = _cl(ed, k), _cl(et, k)
        date, outlet = _pick(DATES88, k), _pick(OUTLETS88, k)
        people: tuple[Person, ...] = (a,)
        others = [journal.inner, et.body, outlet, "authors"]
        if shape == 0:
            text = f"{a.full}, {ed.a(a)}, said: {qes}"
            ex = [_d(qes, a, _t(ed))]
        elif shape == 1:
            role = ed.parts[0]
            text = f"{journal.start} retracted the paper on {date}. {qe} its {role}, {a.full}, said."
            ex = [_d(qe, a, Contains(role))]
        elif shape == 2:
            text = (
                f"The ethics panel at the Kestrel Institute published its findings on {date}. "
                f"The panel found that {cx}."
            )
            ex, people = [_that(text, cx, PANEL88)], ()
        elif shape == 3:
            ca = _cl("author", k)
            text = f"{a.full}, whose paper in {other_journal.inner} was retracted on {date}, said {ca}."
            ex = [_that(text, ca, a)]
            others.append(other_journal.inner)
        elif shape == 4:
            text = f"{qx} {a.full}, {et.a(a)}, told {outlet}."
            ex = [_d(qx, a, _t(et))]
        elif shape == 5:
            text = f"In an editorial, {a.full}, {ed.a(a)}, wrote that {ce}."
            ex = [_that(text, ce, a, _t(ed))]
        elif shape == 6:
            obj, frag = _fr(et, k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{a.full}, {et.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, _t(et))]
        elif shape == 7:
            fq = m.q(_pick(AUTHORACCUSE88, k))
            text = f"The lead author, {a.full}, accused {other_journal.inner} of {fq}."
            ex = [_accuse(text, other_journal.inner, fq, a, Contains("author"))]
            others.append(other_journal.inner)
        elif shape == 8:
            region = "The authors declined to comment."
            text = f"{a.full}, {ed.a(a)}, said {ce}. {region}"
            ex = [_that(text, ce, a, _t(ed)), *tolerate(text, region, ("authors", "the authors"))]
        elif shape == 9:
            nc = _cl("b-journal", k)
            text = (
                f"{journal.start} published a retraction notice on {date}. The notice said {nc}. "
                f"{a.full}, {ed.a(a)}, said: {qes}"
            )
            nacc = ("retraction notice", "notice", *journal.acc)
            ex = [_that(text, nc, nacc), _d(qes, a, _t(ed))]
        else:
            asked = "Asked whether the data had been fabricated"
            ans = m.q(_pick(JANSWERS88, k) + ".")
            text = f"{asked}, {a.full}, {ed.a(a)}, replied: {ans}"
            ex = [_d(ans, a, _t(ed)), *tolerate(text, asked)]
        yield _case(f"ho88-journals-{shape}", text, ex, people, others)


# --- 8. conferences and talks -------------------------------------------------------------------------------

#: Posts of people who give talks at conferences.
CONFPOSTS88 = (*RESPOSTS88, *MISSIONPOSTS88, AGENCYPOSTS88[1])


def conferences() -> Iterator[Case]:
    """`Speaking at CONF on DAY, FULL, POST, said C.`; `FULL, POST, told the conference: "Q."`; `FULL told an
    audience of 300 researchers at CONF that C.`; `In a keynote address at CONF, POST FULL said: "Q."`; `Asked
    whether X, FULL, POST, replied: "Q."`; `OTHER asked FULL whether X. "Q," PRONOUN replied.` (genders
    differ); `The session chair, OTHER, introduced FULL, POST. "Q," SURNAME said.`; `FULL presented the
    results at CONF on DAY. "Q," PRONOUN told reporters afterwards.`; `FULL said C, according to a recording
    of the talk.`; a four-paragraph article (the conference, FULL's report, a body's statement, `"Q," SURNAME
    said.`); `C, FULL, POST, told the conference.` (fronted); `FULL gave a talk titled "T" at CONF on DAY.
    "Q," PRONOUN said afterwards.` Key: the speaker's words their own with the post stated; the conference,
    the audience, the session chair and the questioner never (the question the questioner's or no one's); the
    talk's title no quotation."""
    for a, shape, m, r in sample(_combos(12), 250, "ho88-conferences"):
        k = _slot(a, shape, r)
        p = _pick(CONFPOSTS88, k)
        t = _t(p)
        conf, cbare = CONFS88[_pick(CONFBYPOOL88[p.pool], k)]
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        date = _pick(DATES88, k)
        question, answer = _pick(QANDA88, k)
        ans, anss = m.q(answer + ","), m.q(answer + ".")
        people: tuple[Person, ...] = (a,)
        others = [p.body, cbare, "conference", "audience"]
        if shape == 0:
            text = f"Speaking at {conf} on {date}, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, told the conference: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{a.full} told an audience of 300 researchers at {conf} that {c}."
            ex = [_that(text, c, a)]
            others.append("researchers")
        elif shape == 3:
            text = f"In a keynote address at {conf}, {p.b(a)} {a.full} said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 4:
            asked = f"Asked whether {question}"
            text = f"{asked}, {a.full}, {p.a(a)}, replied: {anss}"
            ex = [_d(anss, a, t), *tolerate(text, asked)]
        elif shape == 5:
            b = _other(a, k, gender=_opp(a))
            region = f"{b.full} asked {a.full} whether {question}."
            text = f"{region} {ans} {a.pronoun} replied."
            ex, people = [_d(ans, a), *tolerate(text, region, (b.full,))], (a, b)
        elif shape == 6:
            b = _other(a, k)
            text = f"The session chair, {b.full}, introduced {a.full}, {p.a(a)}. {q} {a.last} said."
            ex, people = [_d(q, a, t)], (a, b)
        elif shape == 7:
            text = (
                f"{a.full} presented the results at {conf} on {date}. "
                f"{q} {a.pronoun} told reporters afterwards."
            )
            ex = [_d(q, a)]
        elif shape == 8:
            whole = f"{a.full} said {c}"
            text = f"{whole}, according to a recording of the talk."
            tacc = ("recording", "recording of the talk")
            ex = _recorded(text, [_that(text, c, a)], whole, tacc)
            people = _mine(ex, a)
        elif shape == 9:
            vb, vpool = _vbody(k)
            vc = _cl(vpool, k)
            text = _article(
                f"More than 2,000 scientists gathered at {conf} this week.",
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{vb.start} said in a statement that {vc}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, vc, vb.acc), _d(q, a, t)]
            others.append("scientists")
        elif shape == 10:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, told the conference."
            ex = [_r(_cap(c), a, t)]
        else:
            tq = m.q(_pick(TALKS88, k))
            text = f"{a.full} gave a talk titled {tq} at {conf} on {date}. {q} {a.pronoun} said afterwards."
            yield _case(f"ho88-conferences-{shape}", text, [_d(q, a)], (a,), others, forbidden=(tq,))
            continue
        yield _case(f"ho88-conferences-{shape}", text, ex, people, others)


# --- 9. laboratory accidents --------------------------------------------------------------------------------


def lab_accidents() -> Iterator[Case]:
    """`The Kestrel Institute said in a statement that C.`; `FULL, POST, said: "Q."`; `A technician who was in
    the building at the time, FULL, said: "Q."`; `The Laboratory Safety Executive said it had opened an
    investigation into the fire. Its chief inspector, FULL, said C.`; `An inspection by the Laboratory Safety
    Executive found that C.`; `FULL, a doctoral student who was treated for minor burns, said C.`; `FULL,
    POST, ordered the building to be evacuated. "Q," SURNAME said.`; `POST FULL described X as "F".`; `Fire
    crews from the Marrowby Fire Service were called to the institute at 3 a.m. FULL, POST, said C.`; `The
    Kestrel Institute declined to comment. FULL, POST, said: "Q."`; `The union representing laboratory staff,
    the Union of Research Staff, said C.`; `A spokes-noun for the Kestrel Institute said C.` (unnamed) Key:
    the institute, the regulator and the union speak for themselves; each person's words their own with the
    post stated; the order and the declining the doer's or nothing; the fire service never; an unnamed
    spokesperson gives no speaker, the description (as written) or the institute."""
    for a, shape, m, r in sample(_combos(12), 300, "ho88-labs"):
        k = _slot(a, shape, r)
        p = _pick(SAFETYPOSTS88, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        ic = _cl("b-inst", k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, KESTREL88.inner, "Marrowby Fire Service"]
        if shape == 0:
            text = f"{KESTREL88.start} said in a statement that {ic}."
            ex, people = [_that(text, ic, KESTREL88.acc)], ()
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            tq = m.q(_qt("tech", k) + ".")
            text = f"A technician who was in the building at the time, {a.full}, said: {tq}"
            ex = [_d(tq, a)]
        elif shape == 3:
            rc = _cl("safetyreg", k)
            clause = "it had opened an investigation into the fire"
            text = f"{LSE88.start} said {clause}. Its chief inspector, {a.full}, said {rc}."
            ex = [_that(text, clause, LSE88.acc), _that(text, rc, a, Contains("chief inspector"))]
        elif shape == 4:
            rc = _pick(DOCS88[2].clauses, k)
            text = f"An inspection by {LSE88.inner} found that {rc}."
            ex, people = [_that(text, rc, ("inspection", f"inspection by {LSE88.inner}", *LSE88.acc))], ()
        elif shape == 5:
            tc = _cl("tech", k)
            text = f"{a.full}, a doctoral student who was treated for minor burns, said {tc}."
            ex = [_that(text, tc, a)]
        elif shape == 6:
            region = f"{a.full}, {p.a(a)}, ordered the building to be evacuated."
            text = f"{region} {q} {a.last} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        elif shape == 7:
            obj, frag = _fr(p, k)
            fq = m.q(frag)
            text = f"{p.b(a)} {a.full} described {obj} as {fq}."
            ex = [_called(text, obj, fq, a, title=t, link=" as ")]
        elif shape == 8:
            text = (
                "Fire crews from the Marrowby Fire Service were called to the institute at 3 a.m. "
                f"{a.full}, {p.a(a)}, said {c}."
            )
            ex = [_that(text, c, a, t)]
        elif shape == 9:
            region = f"{KESTREL88.start} declined to comment."
            rq = m.q(_qt("safetyreg", k) + ".")
            rp = SAFETYPOSTS88[1]
            text = f"{region} {a.full}, {rp.a(a)}, said: {rq}"
            ex = [*tolerate(text, region, KESTREL88.acc), _d(rq, a, _t(rp))]
            others.append(rp.body)
        elif shape == 10:
            uc = _cl("b-union", k)
            text = f"The union representing laboratory staff, {UNION88.inner}, said {uc}."
            ex, people = [_that(text, uc, UNION88.acc)], ()
        else:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {KESTREL88.inner} said {ic}."
            content = one_of(text, (f"that {ic}", ic))
            descs = (
                spokes,
                f"{spokes} for {KESTREL88.inner}",
                f"{spokes} for {KESTREL88.bare}",
                *KESTREL88.acc,
            )
            ex, people = [_anon(text, content, "indirect", descs)], ()
            others = []
        yield _case(f"ho88-labs-{shape}", text, ex, people, others)


# --- 10. ministers, the opposition and parliament -----------------------------------------------------------


def ministers() -> Iterator[Case]:
    """`FULL, MINISTER POST, told parliament on DAY: "Q."`; `The Research Ministry announced on DATE that C.`;
    `Pressed by OTHER, Research Minister FULL conceded that C.`; `FULL, OPPOSITION POST, called X "F".`;
    `FULL, OPPOSITION POST, tweeted: "Q."`; `The science committee heard that C. FULL, MINISTER POST, is due
    to give evidence on DATE.`; `Responding to the budget, FULL, OPPOSITION POST, said C.`; `FULL, CHAIR POST,
    told the minister, OTHER, that C.`; `Research Minister FULL visited the Kestrel Institute on DATE. "Q,"
    the minister said.`; `FULL, MINISTER POST, dismissed the criticism as "F".`; `FULL, MINISTER POST, said C,
    according to a transcript of the hearing.`; `"Q," said FULL, CHAIR POST.` Key: each politician's words
    their own with the post; the ministry speaks for itself; what the committee heard no one's; the one who
    presses and the minister addressed never; parliament and the institute visited never."""
    mn, op, ch = POLPOSTS88
    for a, shape, m, r in sample(_combos(12), 245, "ho88-ministers"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        date = _pick(DATES88, k)
        people: tuple[Person, ...] = (a,)
        others = ["parliament", "science committee", "committee", MINISTRY88.inner]
        if shape == 0:
            qs = m.q(_qt(mn, k) + ".")
            text = f"{a.full}, {mn.a(a)}, told parliament on {date}: {qs}"
            ex = [_d(qs, a, _t(mn))]
        elif shape == 1:
            mc = _cl("b-ministry", k)
            text = f"{MINISTRY88.start} announced on {date} that {mc}."
            ex, people = [_that(text, mc, MINISTRY88.acc)], ()
        elif shape == 2:
            c = _cl(mn, k)
            text = f"Pressed by {b.full}, {mn.b(a)} {a.full} conceded that {c}."
            ex, people = [_that(text, c, a, _t(mn))], (a, b)
        elif shape == 3:
            obj, frag = _fr(op, k)
            fq = m.q(frag)
            text = f"{a.full}, {op.a(a)}, called {obj} {fq}."
            ex = [_called(text, obj, fq, a, title=_t(op))]
        elif shape == 4:
            qs = m.q(_qt(op, k) + ".")
            text = f"{a.full}, {op.a(a)}, tweeted: {qs}"
            ex = [_d(qs, a, _t(op))]
        elif shape == 5:
            heard = f"The science committee heard that {_pick(HEARD88, k)}."
            due = f"{a.full}, {mn.a(a)}, is due to give evidence on {date}."
            text = f"{heard} {due}"
            ex = [*tolerate(text, heard), *tolerate(text, due, (a.full,))]
        elif shape == 6:
            c = _cl(op, k)
            text = f"Responding to the budget, {a.full}, {op.a(a)}, said {c}."
            ex = [_that(text, c, a, _t(op))]
        elif shape == 7:
            c = _cl(ch, k)
            text = f"{a.full}, {ch.a(a)}, told the minister, {b.full}, that {c}."
            ex, people = [_that(text, c, a, _t(ch))], (a, b)
            others.append("minister")
        elif shape == 8:
            q = m.q(_qt(mn, k) + ",")
            text = f"{mn.b(a)} {a.full} visited {KESTREL88.inner} on {date}. {q} the minister said."
            ex = [_d(q, a, _t(mn))]
        elif shape == 9:
            fq = m.q(_pick(DISMISS88, k))
            text = f"{a.full}, {mn.a(a)}, dismissed the criticism as {fq}."
            ex = [_called(text, "the criticism", fq, a, title=_t(mn), link=" as ")]
        elif shape == 10:
            c = _cl(mn, k)
            whole = f"{a.full}, {mn.a(a)}, said {c}"
            text = f"{whole}, according to a transcript of the hearing."
            tacc = ("transcript", "transcript of the hearing")
            ex = _recorded(text, [_that(text, c, a, _t(mn))], whole, tacc)
            people = _mine(ex, a)
            others.append("hearing")
        else:
            q = m.q(_qt(ch, k) + ",")
            text = f"{q} said {a.full}, {ch.a(a)}."
            ex = [_d(q, a, _t(ch))]
        yield _case(f"ho88-ministers-{shape}", text, ex, people, others)


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
    for a, shape, m, r in sample(_combos(9), 240, "ho88-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS88, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES88, k), _pick(OUTLETS88, k), _pick(DATES88, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, scene]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, visited {scene}. {q} {a.pronoun} said."
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {q2} {b.pronoun} said."
            ex = [_that(text, c, a), _d(q2, b, tb)]
        elif shape == 2:
            q3 = m.q(_qt(pa, k + 1) + ",")
            text = _article(f"{a.full} said {c}.", f"{b.full} responded: {qs2}", f"{q3} {a.pronoun} added.")
            ex = [_that(text, c, a), _d(qs2, b), _d(q3, a)]
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
            clause = f"{a.poss} team had worked through the night"
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
                "The row over the science budget deepened this week.",
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        yield _case(f"ho88-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE, POST,
    said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `Professor FULL, an astrophysicist at
    the University of Ashcombe, said C. "Q," Professor SURNAME said.`; `Dr FULL, a geneticist at the Kestrel
    Institute, said C. "Q," Dr SURNAME said.`; two posts, then `The ROLE2 said C2.` and `"Q," the ROLE said.`
    Key: the second reference's person with the post of the first mention (*Dr* and *Professor* may stay in
    the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 240, "ho88-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS88, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES88, k), _pick(DATES88, k)
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
            pr = RESPOSTS88[0]
            qa, ca = m.q(_qt(pr, k) + ","), _cl(pr, k)
            text = f"Professor {a.full}, {pr.a(a)}, said {ca}. {qa} Professor {a.last} said."
            who = (a.full, f"Professor {a.full}")
            ex, others = [_that(text, ca, who, _t(pr)), _d(qa, who, _t(pr))], [pr.body]
        elif shape == 8:
            pr = RESPOSTS88[4]
            qd, cd = m.q(_qt(pr, k) + ","), _cl(pr, k)
            text = f"Dr {a.full}, {pr.a(a)}, said {cd}. {qd} Dr {a.last} said."
            who = (a.full, f"Dr {a.full}")
            ex, others = [_that(text, cd, who, _t(pr)), _d(qd, who, _t(pr))], [pr.body]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at the hearing on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho88-secondrefs-{shape}", text, ex, people, others)


# --- 13. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS88 = tuple(p for p in POSTS88 if p.family in SPLITS88)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL conceded, "s2."`; `"S1," FULL wrote in an email to staff, "s2."`; `"S1," FULL
    said. "S2."` (an uncredited continuation). Key: both parts (or one span) FULL's; the outlet, the staff and
    OTHER never."""
    for a, shape, m, r in sample(_combos(10), 240, "ho88-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS88, k)
        t = _t(p)
        one, two = _pick(SPLITS88[p.family], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES88, k), _pick(OUTLETS88, k)
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
            text = f"{h1} {a.full} wrote in an email to staff, {h2}"
            others.append("staff")
        else:
            h1, h2 = m.q(one + ","), m.q(_cap(two))
            text = f"{h1} {a.full} said. {h2}"
        yield _case(f"ho88-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 14. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.` Key: the
    reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS88, 4), 240, "ho88-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS88, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES88, k)
        outlet = _pick(OUTLETS88, k)
        obj, frag = _fr(p, k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES88, k)} {c}."
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
        yield _case(f"ho88-indirect-{shape}", text, ex, (a,), others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `The rover "R", named by a class of schoolchildren,
    has driven 14 kilometres since landing. FULL has steered it from Elsmoor since the first day.`; `The
    paper, titled "T", runs to 48 pages and has 61 authors.`; `The scheme, branded "S" by the ministry, was
    launched on DATE. FULL, POST, attended the launch.`; `The telescope, known to astronomers as "N", sits on
    a ridge above Halden.`; placards reading `"P"` (no quotation, or one with no speaker); `The so-called "T"
    problem has worried editors for years, and FULL has written about it.`; narrative paragraphs; `FULL, POST,
    declined to comment.`; `The Meridian Space Agency is expected to announce a new launch date next month.
    FULL is expected to lead the review.`; `"Q," said FULL, whose group campaigns under the slogan "P".` (the
    one real quotation); `"Q," said FULL, who drives the rover. The "R" has now outlived its planned mission
    by six years.`; `The mission patch carries the motto "M", chosen by FULL.` Key: no quotation but the real
    one."""
    for a, shape, m, r in sample(_combos(12), 250, "ho88-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS88, k)
        date = _pick(DATES88, k)
        rq, tq, sq = m.q(_pick(ROVERS88, k)), m.q(_pick(PAPERTITLES88, k)), m.q(_pick(SCHEMES88, k))
        nq, pq, scq = m.q(_pick(NICKS88, k)), m.q(_pick(SLOGANS88, k)), m.q(_pick(SCARE88, k))
        mq = m.q(_pick(MOTTOES88, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body]
        if shape == 0:
            text = (
                f"The rover {rq}, named by a class of schoolchildren, has driven 14 kilometres since "
                f"landing. {a.full} has steered it from Elsmoor since the first day."
            )
            forbidden = (rq,)
        elif shape == 1:
            text = f"The paper, titled {tq}, runs to 48 pages and has 61 authors, among them {a.full}."
            forbidden = (tq,)
        elif shape == 2:
            text = (
                f"The scheme, branded {sq} by the ministry, was launched on {date}. "
                f"{a.full}, {p.a(a)}, attended the launch."
            )
            forbidden = (sq,)
        elif shape == 3:
            text = (
                f"The telescope, known to astronomers as {nq}, sits on a ridge above Halden. "
                f"{a.full} has used it for twenty years."
            )
            forbidden = (nq,)
        elif shape == 4:
            region = f"Researchers marched past {MINISTRY88.inner} carrying placards reading {pq}."
            text = f"{region} {a.full} watched from the steps."
            ex = tolerate(text, region)
        elif shape == 5:
            text = (
                f"The so-called {scq} problem has worried editors for years, "
                f"and {a.full} has written about it."
            )
            forbidden = (scq,)
        elif shape == 6:
            text = _article(_pick(NARRATIVE88, k), _pick(NARRATIVE88, k + 1))
        elif shape == 7:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE88, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 8:
            text = (
                f"{AGENCY88.start} is expected to announce a new launch date next month. "
                f"{a.full} is expected to lead the review."
            )
            ex = tolerate(text, text)
        elif shape == 9:
            q = m.q(_qt("opp", k) + ",")
            text = f"{q} said {a.full}, whose group campaigns under the slogan {pq}."
            ex, forbidden = [_d(q, a)], (pq,)
        elif shape == 10:
            q = m.q(_qt("mission", k) + ",")
            text = (
                f"{q} said {a.full}, who drives the rover. "
                f"The {rq} has now outlived its planned mission by six years."
            )
            ex, forbidden = [_d(q, a)], (rq,)
        else:
            text = f"The mission patch carries the motto {mq}, chosen by {a.full} and {a.poss} team."
            forbidden = (mq,)
        yield _case(f"ho88-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_88 = (
    _named(
        "briefings",
        "agency heads and mission officials at briefings: colon and inverted credits, open cues, an article",
        briefings,
    ),
    _named(
        "documents",
        "audits, status updates, inspection reports, reviews, notices, papers that speak",
        documents,
    ),
    _named("launches", "launch start-ups, their statements and the countdown loop", launches),
    _named("funding", "research councils and foundations, their statements and spokespeople", funding),
    _named("universities", "vice-chancellors, deans and provosts; universities that speak", universities),
    _named(
        "researchers",
        "scientists, postdocs, students and citizen scientists by post, age, first name and job",
        researchers,
    ),
    _named("journals_ethics", "journal editors, retractions, authors and ethics panels", journals_ethics),
    _named("conferences", "talks, keynotes, questions from the floor and recordings", conferences),
    _named(
        "lab_accidents",
        "laboratory fires: the institute, its staff, the regulator and the union",
        lab_accidents,
    ),
    _named("ministers", "the research minister, the opposition and the science committee", ministers),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Dr and Professor SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named("controls", "rover names, titles, schemes, nicknames, placards, mottoes, scare terms", controls),
)
