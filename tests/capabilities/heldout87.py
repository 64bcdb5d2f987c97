"""Eighty-seventh held-out round: capabilities written at commit ``01ba6ce4`` by a helper (``hcap93``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout87data.py``: thirty invented federation and league
presidents, chief executives and spokespeople, anti-doping agency officials and a laboratory scientist, the
president of an arbitration court and the chair of a disciplinary commission, club chairs, owners, chief
executives, spokespeople and a cycling team's sporting director, head coaches and managers, athletes, players'
union and fans' group officials, a mayor, a councillor, a bid director and a stadium director, team doctors,
sports lawyers and an agent of Icelandic, Hausa, Brazilian, Serbian, Mexican, Basque, Tongan, Estonian,
Filipino, Georgian, Jamaican, Moroccan, Danish, Ethiopian and Chinese origin (two of them with the surname
first), each with a gender and an age, and ten supporters known by a first name only; posts with their bodies
and short second references; federations, a league, an anti-doping agency, an integrity unit, a laboratory, an
arbitration court, a disciplinary commission, clubs, a cycling team, a players' union, a riders' association,
fans' groups, a city council, a bid committee, a residents' association, an arena and a consultancy that
speak, some of one word (*Prolega*, *Velocis*, *Clearsport*); tribunal rulings, written reasons, awards, test
results, disciplinary notices, a consultants' report, leaked emails, memos and letters with what each finds,
shows, says and calls something; outlets, scenes, towns and dates; quotations, reported clauses, pointed
fragments and split quotations for each kind of speaker; coaches' quips; supporters' words; stadium, club and
athletes' nicknames, banners, investigation code names, report titles, scare terms and chants in marks) as a
round of SPORT GOVERNANCE, DOPING AND STADIUMS as a sports-news desk writes it: every case is a short passage
(one to five sentences, or a short article of four paragraphs) with one to three people, and every quotation
checks the content (the marks and the words inside them for a direct quotation; the reported clause, with or
without its *that*, for an indirect one; the clause with its marked fragment, or the fragment alone, for a
mixed one), the kind, the canonical full name and, whenever the text states one, the title with `Contains` of
the role noun and each affiliation stated, with `wrong_speakers` for every other person, body, firm, outlet,
document, scene and town in the passage (every body, firm, outlet and town of the round a passage names is
added automatically, `PLACENAMES87`).

Conventions: a document speaks for itself or for the body that issues it: *The panel ruled that C* after *The
Court of Sport Arbitration dismissed ATHLETE's appeal* is the panel's or the court's; a ruling, written
reasons or an award (*In its written ruling, COURT said*, *"Q," the award said.*, *According to COURT's
decision, C*, *It found that C*) the document's or the court's; test results (*The results of ATHLETE's B
sample, released by AGENCY, showed that C*) the results' or the agency's; a disciplinary notice the notice's
or the agency's; a consultants' report the report's or the consultancy's, never the council that commissioned
it. The athlete a document is about never speaks it, nor the court president who reads a decision out (*The
written ruling concluded: "Q."*). A leaked email or letter speaks for itself or for its writer; a memo for
itself or for the body whose memo it is; the outlet that saw or published it never, but an outlet that
*reported that C, citing internal emails* speaks C (or the emails do). A statement, a post on a body's website
and a body's *said* speak for the body (*the club* and *Rovers* for Harwick Rovers, *the team* for Velocis); a
committee *led by NAME* speaks for itself, never NAME; an unnamed spokesperson (*A spokeswoman for BODY said
C*) and unnamed lawyers (*Lawyers for ATHLETE said C*) give no speaker, the description or (for a
spokesperson) the body, never the client. An agent or a lawyer speaks for herself, never her client; a
cross-examiner never speaks the witness's concession; the player a coach is asked about never speaks the
coach's answer. *NAME said C, according to X* (X a transcript of a hearing or the minutes of a council
meeting) may come out as NAME's report of C or X's report of the whole sentence (or its publisher's). An act
with an object and no words (*denied taking SUBSTANCE*, *praised his players*, *upheld the ban on ATHLETE*,
*voted 9-4 to approve the new stadium*, *rejected the claim*, *dismissed ATHLETE's appeal*, *citing internal
emails*) may come out as the doer's report or nothing; *declined to comment* / *declined to give details* as
NAME's report or nothing; *NAME is expected to ...* and *BODY is expected to ...* as a report with no speaker
or nothing; *Asked about X* / *Asked whether X* as a report with no speaker or nothing. `accused TARGET of
"F"` is a mixed report of `TARGET of "F"`, of `of "F"` or the fragment alone (direct or mixed), and with a
trailing adjunct (*over the transfer of PLAYER*), which may attach to the act accused of, the same with the
adjunct; `called X "F"` and `described X as "F"` the object with the fragment (mixed) or the fragment alone. A
report followed by the same speaker's uncredited quotation (*NAME said C. "Q."*) may come out as the two or as
one mixed content; a split quotation, and a quotation continued in an uncredited sentence after its credit,
may come out as two quotations or one span with its credit inside; two clauses (*said that C and that C2*,
*found that C, and that C2*) as one report or two, each with or without *that*; *said C, adding that C2* as
two reports. A first name alone is the whole canonical name; *Dr* and *Councillor* may stay in the name; a
post in apposition or before the name (*the Olympic 400 metres champion*, *Kellhaven Mayor*, *Velocis team
doctor*) is the title; *Its ROLE, NAME,* and *BODY's ROLE, NAME,* check the role noun (and the body where it
is named); a relative clause (*who has led the federation since 2019*, *who represents ATHLETE*, *whose side
lost 3-0*, *who speaks for the fans on ticketing*), an age and a kinship state no title, so the title is not
checked there; *NAME's agent, OTHER,* and *OTHER, NAME's lawyer* check the role noun. A surname-first name
(*Guo Meiling*, *Zhou Weiran*) takes its first word on second reference. Stadium, club and athletes'
nicknames, investigation code names, report titles, scare terms after *so-called* and banners named in a
relative clause are no quotation; a banner's words held by fans, and a chant fans sang, may come out as a
quotation with no speaker (or, for the chant, the fans). Same-gender pronouns resolve as a careful reader
does: to the person just introduced after a disagreement (*OTHER, POST, disagreed. "Q," she said.*), to the
sentence subject after *met*, to the witness under cross-examination.

The one run: 3131 of 3406 cases pass (federation_leaders 233/233, anti_doping 190/206, tribunals 168/213,
athletes 199/236, coaches_matchday 213/235, clubs_owners 193/217, unions_fans 246/246, stadiums_bids 215/226,
doctors_lawyers 211/219, leaked_documents 189/220, pronouns 221/234, second_refs 198/229, split_quotes
227/235, indirect_cues 219/225, controls 209/232).

Key fixes after the one run (no case weakened): three omissions of conventions the key itself states, each now
accepted as the conventions say; no expected speaker, title, kind or other content was changed. (1) `COURT
dismissed ATHLETE's appeal on DAY.` is an act with an object and no words, which may come out as the court's
report, but the key had not tolerated it (16 cases of `tribunals`); the sentence is now a tolerated region
with the court as its actor. (2) In `CLUB accused CLUB2 of "F" over the transfer of PLAYER.` the adjunct can
attach to the act accused of, so the span with it is an equally right segmentation; the key now accepts the
target and the fragment with or without the adjunct (24 cases of `clubs_owners`). (3) `OUTLET reported that C,
citing internal emails.`: *citing internal emails* is an act with an object, which may come out as the
outlet's report; it is now tolerated with the outlet as actor (7 cases of `leaked_documents`; two more still
fail because *Channel 8 Sport* comes out as *Sport*). The key-fixed run: 3178 of 3406 (tribunals 184/213,
clubs_owners 217/217, leaked_documents 196/220, every other capability as in the one run).

1. federation and league leaders at press conferences: `told a news conference in TOWN:`, inverted `said NAME,
   POST`, `POST NAME told reporters at SCENE that`, `Speaking after the congress in TOWN on DAY,`, open cues
   (`acknowledged`, `insisted`, `warned`, `conceded`...), `told OUTLET`, `PRONOUN added`, a relative clause, a
   four-paragraph article with a club's or union's statement and a surname, a fronted clause, a report then an
   uncredited quotation (`federation_leaders`);
2. anti-doping agencies: the agency's statement that an athlete tested positive, `"Q," AGENCY said in a
   statement.`, an official's colon credit, a laboratory scientist, B-sample results that `showed that`, a
   disciplinary notice, `According to AGENCY's notice,`, a provisional suspension then the agency's report,
   `adding that`, an unnamed spokesperson, `declined to comment on the case but said`, `AGENCY's ROLE, NAME,
   said:` (`anti_doping`);
3. tribunals: `The panel ruled that` after a dismissed appeal, `In its DOC, COURT said that`, `"Q," the DOC
   said.`, a president who reads out a decision beside `The DOC concluded:`, `According to COURT's DOC,`,
   `described ATHLETE's explanation as "F"`, two findings by pronoun, the president's own report, an upheld
   ban then the athlete's report, a panel `chaired by NAME`, `according to a transcript of the hearing
   released by COURT` (`tribunals`);
4. athletes: `NAME, AGE, POST, said:`, `In a post on social media, NAME wrote:`, `who was banned ... insisted
   that`, `posted on Instagram`, `denied taking SUBSTANCE` then a pronoun, a quotation continued after `told
   OUTLET`, `tweeted on DAY that`, `Speaking for the first time since the ban,`, two athletes of one gender by
   surname, `NAME's agent, OTHER, said`, a report then an uncredited quotation (`athletes`);
5. coaches on match day: `told reporters after the 2-1 defeat by CLUB:`, `whose side lost 3-0`, `quipped:`,
   `Asked about OTHER's red card,`, `PRONOUN added`, `praised POSS players, saying`, open cues, a coach and a
   scorer, `OTHER, POST2, said C. POST NAME was less diplomatic:`, `Asked whether PRONOUN would resign, ...
   replied:`, `has been charged by LEAGUE ... "Q," SURNAME had said after the match.` (`coaches_matchday`);
6. clubs and owners: `CLUB said in a statement that`, `"Q," CLUB said in a statement.`, `A statement from CLUB
   read:`, an owner's colon credit, `The POST, NAME, told OUTLET that`, an unnamed spokesperson, `CLUB, which
   has been fined twice this season, said C. Its ROLE, NAME, added:`, `adding that`, `In a post on its
   website,`, `CLUB accused CLUB2 of "F" over the transfer of PLAYER`, `declined to comment on the transfer
   but said` (`clubs_owners`);
7. players' unions and fans' groups: colon and inverted credits with the post, `Its ROLE, NAME, went
   further:`, `accused LEAGUE of "F"`, `In a letter to members, NAME wrote:`, a relative clause, `BODY, which
   represents 12,000 MEMBERS, said X was "F"`, `told OUTLET`, the target's rejection, a league or club
   official who `disputed that:`, a supporter known by a first name, a season-ticket holder by first name and
   age, a banner then an official's report (`unions_fans`);
8. stadiums and hosting bids: the council's vote then a report, `told the council meeting:`, inverted credits,
   `according to minutes of the meeting published by COUNCIL`, `The Kellhaven 2034 Bid Committee, led by NAME,
   said in a statement that`, the residents' association's mixed report, open cues, `Councillor NAME
   disagreed:`, a consultants' report `commissioned by COUNCIL`, *is expected to*, `Speaking at the launch of
   the bid`, the arena's statement and its stadium director (`stadiums_bids`);
9. team doctors, sports lawyers and an agent: `Dr NAME ... "Q," Dr SURNAME said.`, `The club doctor, Dr NAME,
   told the hearing:`, a lawyer's colon credit, `who represents ATHLETE, said X was "F"`, `told reporters
   outside SCENE that`, `said NAME, ATHLETE's lawyer`, unnamed lawyers, a doctor's report disputed by an
   athlete, a concession under cross-examination, a lawyer and a doctor (`doctors_lawyers`);
10. leaked emails, memos and letters: `In an email seen by OUTLET, NAME, POST, wrote:`, `The email, sent by
    NAME to officials at BODY, said that`, `According to a leaked memo from BODY,`, `A letter from NAME to
    BODY, dated DAY, said`, `wrote in a letter to OTHER, POST2`, `OUTLET reported that C, citing internal
    emails`, a memo `seen by OUTLET`, `In one message, ... NAME told OTHER:`, `confirmed the email was genuine
    but said`, an email that `described X as "F"`, a body's reply to published emails (`leaked_documents`);
11. pronouns across people of both and of the same gender, within a passage, across paragraphs and in a
    four-paragraph article (`pronouns`);
12. second references: `the ROLE added`, a surname after a second person, a role across paragraphs, two roles,
    `said later`, the age (`the 27-year-old`), `Ms/Mr SURNAME`, `Councillor SURNAME`, `Dr SURNAME`, two roles
    across paragraphs (`second_refs`);
13. split quotations: with a post, inverted, by surname, present tense, with an outlet inside, by pronoun past
    another person, by role, `insisted`, `wrote in a letter to members`, an uncredited continuation
    (`split_quotes`);
14. indirect and mixed reports with open cue verbs, without *that*, `According to`, fronted, `told OUTLET
    that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to NAME.`
    (`indirect_cues`);
15. controls: a stadium's nickname, a club's nickname, an athlete's nickname, a banner, an investigation's
    code name, a review's title, a scare term after *so-called*, a chant, narrative paragraphs, *declined to
    comment*, *is expected to*, one real quotation beside a club's nickname, one beside a group's banner
    (`controls`)."""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout87data import (
    ACCUSE87,
    ADA87,
    AGENCY87,
    ALLMARKS87,
    ARENA87,
    ATH87,
    ATHFED87,
    ATHNICKS87,
    AWAYFANS87,
    BANNERS87,
    BARECUES87,
    BID87,
    BODYCLAUSES87,
    BODYQUOTES87,
    CHANTS87,
    CITY87,
    CITYCLUB87,
    CLAUSES87,
    CLEARSPORT87,
    CLUB87,
    CLUBACCUSE87,
    CLUBNICKS87,
    CLUBS87,
    COACH87,
    COMMISSION87,
    CONCEDE87,
    CONSULT87,
    COUNCIL87,
    COURT87,
    CUES87,
    CYCLISTS87,
    DATES87,
    DUNMORE87,
    EMAILCLAUSES87,
    EMAILFRAGS87,
    EMAILQUOTES87,
    FANACCUSE87,
    FANS87,
    FED87,
    FIRMS87,
    FIRSTS87,
    FRAGS87,
    LAB87,
    LAW87,
    LEAGUE87,
    MARKS87,
    MED87,
    MEMBERS87,
    NARRATIVE87,
    NOTICES87,
    OPERATIONS87,
    OUTLETS87,
    PEOPLE87,
    PLAYERCLAUSES87,
    POSTS87,
    PRAISE87,
    PROLEGA87,
    QUIPS87,
    QUOTES87,
    RESIDENTS87,
    RESULTS87,
    RESULTS_AGAINST87,
    ROVERS87,
    RULINGCLAUSES87,
    RULINGDOCS87,
    RULINGFRAGS87,
    RULINGQUOTES87,
    SCARE87,
    SCENES87,
    SPLITS87,
    STADIUMNICKS87,
    STADIUMREPORTS87,
    SUBSTANCES87,
    SWIMFED87,
    TITLES87,
    TOWNS87,
    TRIB87,
    TRUST87,
    UNION87,
    VELOCIS87,
    Body87,
    Post87,
)
from heldout_kit import Mark, Person, keyed_case, one_of, other_person, segmented, tolerate
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
BODIES87: dict[str, Body87] = {
    b.bare: b
    for b in (
        ATHFED87,
        LEAGUE87,
        SWIMFED87,
        AGENCY87,
        CLEARSPORT87,
        LAB87,
        COURT87,
        COMMISSION87,
        ROVERS87,
        CITYCLUB87,
        DUNMORE87,
        VELOCIS87,
        PROLEGA87,
        CYCLISTS87,
        TRUST87,
        AWAYFANS87,
        COUNCIL87,
        BID87,
        RESIDENTS87,
        ARENA87,
        CONSULT87,
    )
}

#: Every body, firm, outlet and town a passage may name: each one the passage names is a wrong speaker for
#: every quotation whose key does not accept it.
PLACENAMES87: tuple[str, ...] = (
    *BODIES87,
    *FIRMS87,
    *(o[4:] if o.startswith("the ") else o for o in OUTLETS87),
    *TOWNS87,
    "Dunmore Park",
    "Millbrook",
)


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _body(post: Post87) -> Body87:
    """The body a post belongs to."""
    return BODIES87[_bare(post.body)]


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    named_here = [n for n in PLACENAMES87 if n in text]
    wrong = dict.fromkeys([*(_bare(o) for o in others if o), *named_here])
    return keyed_case(template, text, ex, people, list(wrong), forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE87, p, step, gender=gender, avoid=avoid)


def _t(p: Post87) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _qt(pool: Post87 | str, n: int) -> str:
    """The *n*-th quotation of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post87) else pool
    return _pick(QUOTES87[key], n)


def _cl(pool: Post87 | str, n: int) -> str:
    """The *n*-th reported clause of a post's pool (or of a named pool)."""
    key = pool.pool if isinstance(pool, Post87) else pool
    return _pick(CLAUSES87[key], n)


def _bq(body: Body87, n: int) -> str:
    """The *n*-th quotation of a body's statements."""
    return _pick(BODYQUOTES87[body.pool], n)


def _bc(body: Body87, n: int) -> str:
    """The *n*-th reported clause of a body's statements."""
    return _pick(BODYCLAUSES87[body.pool], n)


def _role(p: Post87, who: Person) -> str:
    """The role noun of a post without its body (`chair`, `general secretary`, `spokeswoman`)."""
    post = p.a(who)
    for art in ("a ", "an ", "the "):
        if post.startswith(art):
            post = post[len(art) :]
    for sep in (" of ", " at ", " for ", " with ", " on "):
        post = post.split(sep)[0]
    return post


def _age(p: Person) -> int:
    """An athlete's age (19 to 33)."""
    return 19 + (p.age * 7) % 15


def _post2(n: int, taken: Post87, pool: Sequence[Post87] = POSTS87) -> Post87:
    """A second post whose body, family and second reference differ from *taken*'s, and whose role noun is not
    part of *taken*'s post (so `the ROLE` names one person only)."""

    def noun(p: Post87) -> str:
        return p.short[4:].replace("{s}", "spokes")

    def post(p: Post87) -> str:
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
    return named(f"heldout87.{name}", "heldout87", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS87, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE87, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE87.index(p), shape, r)


def _acts(body: Body87) -> tuple[str, ...]:
    """The names a tolerated act of *body* may carry (with and without *the*)."""
    return (*body.acc, body.inner, body.start)


# --- 1. federation and league leaders -----------------------------------------------------------------------


def federation_leaders() -> Iterator[Case]:
    """`FULL, POST, told a news conference in TOWN: "Q."`; `"Q," said FULL, POST.`; `POST FULL told reporters
    at SCENE that C.`; `Speaking after the congress in TOWN on DAY, FULL, POST, said C.`; `FULL, POST, CUE
    that C.`; `"Q," FULL, POST, told OUTLET.`; `FULL, POST, said C. "Q," PRONOUN added.`; `FULL, who has led
    the federation since 2019, said: "Q."`; a four-paragraph article (narrative, FULL's report, a club's or
    union's statement, `"Q," SURNAME said.`); `C, FULL, POST, CUE.` (fronted); `FULL, POST, said C. "Q."` (the
    report then the uncredited quotation). Key: FULL's with POST; the federation, the scene, the outlet and
    the body that issues the statement never (the statement its own)."""
    for a, shape, m, r in sample(_combos(11), 240, "ho87-federation"):
        k = _slot(a, shape, r)
        p = _pick(FED87, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene, outlet = _pick(SCENES87["press"], k), _pick(OUTLETS87, k)
        town, date = _pick(TOWNS87, k), _pick(DATES87, k)
        cue = _pick(CUES87, k)
        others = [p.body, scene, outlet]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, told a news conference in {town}: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told reporters at {scene} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"Speaking after the congress in {town} on {date}, {a.full}, {p.a(a)}, said {c}."
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
            text = f"{a.full}, who has led the federation since 2019, said: {qs}"
            ex = [_d(qs, a)]
        elif shape == 8:
            sb = _pick((ROVERS87, PROLEGA87, DUNMORE87, TRUST87, CITYCLUB87), k)
            c2 = _bc(sb, k)
            text = _article(
                f"Delegates gathered in {town} on {date} for the annual congress.",
                f"{a.full}, {p.a(a)}, said {c}.",
                f"{sb.start} said in a statement that {c2}.",
                f"{q} {a.last} said.",
            )
            ex = [_that(text, c, a, t), _that(text, c2, sb.acc), _d(q, a, t)]
            others.append(sb.bare)
        elif shape == 9:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, {cue}."
            ex = [_r(_cap(c), a, t)]
        else:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        yield _case(f"ho87-federation-{shape}", text, ex, (a,), others)


# --- 2. anti-doping agencies --------------------------------------------------------------------------------

#: The agencies' officials by agency: (agency, post).
AGENCYPOSTS87 = ((AGENCY87, ADA87[0]), (AGENCY87, ADA87[1]), (CLEARSPORT87, ADA87[2]))


def anti_doping() -> Iterator[Case]:
    """`AGENCY said in a statement that ATHLETE, APOST, had tested positive for SUBSTANCE.`; `"Q," AGENCY said
    in a statement.`; `FULL, POST, said: "Q."`; `The results of ATHLETE's B sample, released by AGENCY on DAY,
    showed that C.`; `A disciplinary notice issued by AGENCY on DAY said that ATHLETE had ...`; `According to
    AGENCY's notice, ATHLETE had ...`; `ATHLETE, APOST, was provisionally suspended on DAY. AGENCY said the
    sample, taken at an out-of-competition test in March, contained SUBSTANCE.`; `FULL, POST, said C, adding
    that C2.`; `A spokes-noun for AGENCY said C.` (unnamed); `POST FULL declined to comment on the case but
    said C.`; `AGENCY's ROLE, FULL, said: "Q."` Key: the agency, its results and its notice speak (the results
    and the notice for themselves or for the agency); the athlete tested never; an unnamed spokesperson gives
    no speaker, the description or the agency; the official's words her own with POST."""
    for a, shape, m, r in sample(_combos(11), 285, "ho87-doping"):
        k = _slot(a, shape, r)
        ag, p = _pick(AGENCYPOSTS87, k)
        lab = ADA87[3]
        pp = lab if shape == 2 and k % 3 == 0 else p
        t = _t(pp)
        b = _other(a, k)
        ap = _pick(ATH87, k + 1)
        sub, date = _pick(SUBSTANCES87, k), _pick(DATES87, k)
        qs = m.q(_qt(pp, k) + ".")
        c, c2 = _cl(p, k), _cl(p, k + 1)
        bq, bc = m.q(_bq(ag, k) + ","), _bc(ag, k)
        notice = _pick(NOTICES87, k)
        people: tuple[Person, ...] = (b,)
        others = [ag.bare, ap.body]
        if shape == 0:
            clause = f"{b.full}, {ap.a(b)}, had tested positive for {sub}"
            text = f"{ag.start} said in a statement that {clause}."
            ex = [_that(text, clause, ag.acc)]
        elif shape == 1:
            text = f"{bq} {ag.inner} said in a statement."
            ex, people = [_d(bq, ag.acc)], ()
        elif shape == 2:
            text = f"{a.full}, {pp.a(a)}, said: {qs}"
            ex, people = [_d(qs, a, t)], (a,)
            others = [pp.body]
        elif shape == 3:
            res = _pick(RESULTS87, k)
            text = (
                f"The results of {_poss(b.full)} B sample, released by {ag.inner} on {date}, "
                f"showed that {res}."
            )
            accs = ("results", "B sample", f"results of {_poss(b.full)} B sample", *ag.acc)
            ex = [_that(text, res, accs)]
        elif shape == 4:
            clause = f"{b.full} {notice}"
            text = f"A disciplinary notice issued by {ag.inner} on {date} said that {clause}."
            accs = ("disciplinary notice", "notice", f"disciplinary notice issued by {ag.inner}", *ag.acc)
            ex = [_that(text, clause, accs)]
        elif shape == 5:
            clause = f"{b.full} {notice}"
            text = f"According to {_poss(ag.inner)} notice, {clause}."
            accs = ("notice", f"{_poss(ag.bare)} notice", *ag.acc)
            ex = [_r(clause, accs)]
        elif shape == 6:
            clause = f"the sample, taken at an out-of-competition test in March, contained {sub}"
            text = f"{b.full}, {ap.a(b)}, was provisionally suspended on {date}. {ag.start} said {clause}."
            ex = [_that(text, clause, ag.acc)]
        elif shape == 7:
            text = f"{a.full}, {p.a(a)}, said {c}, adding that {c2}."
            ex, people = [_that(text, c, a, t), _that(text, c2, a, t)], (a,)
        elif shape == 8:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {ag.inner} said {bc}."
            content = one_of(text, (f"that {bc}", bc))
            ex, people = [_anon(text, content, "indirect", (spokes, f"{spokes} for {ag.inner}", *ag.acc))], ()
        elif shape == 9:
            region = f"{p.b(a)} {a.full} declined to comment on the case"
            text = f"{region} but said {c}."
            ex, people = [_that(text, c, a, t), *tolerate(text, region, (a.full,))], (a,)
        else:
            role = _pick(("director general", "head of testing"), k) if ag is AGENCY87 else "chief executive"
            text = f"{_poss(ag.start)} {role}, {a.full}, said: {qs}"
            ex, people = [_d(qs, a, Contains((role, ag.bare)))], (a,)
        yield _case(f"ho87-doping-{shape}", text, ex, people, others)


# --- 3. tribunals and arbitration ---------------------------------------------------------------------------

#: The tribunals with the post of their head: (body, post).
TRIBUNALS87 = ((COURT87, TRIB87[0]), (COMMISSION87, TRIB87[1]))


def tribunals() -> Iterator[Case]:
    """`COURT dismissed ATHLETE's appeal on DAY. The panel ruled that C.`; `In its DOC, COURT said that C.`;
    `COURT published its DOC on DAY. "Q," the DOC said.`; `FULL, POST, read out the decision at SCENE. The DOC
    concluded: "Q."`; `According to COURT's DOC, C.`; `COURT's DOC, published on DAY, described ATHLETE's
    explanation as "F".`; `COURT published its DOC on DAY. It found that C, and that C2.`; `FULL, POST, told
    reporters outside SCENE that C.`; `COURT upheld the ban on ATHLETE, APOST, on DAY. SURNAME said C.`;
    `ATHLETE's appeal was heard by a three-member panel of COURT chaired by FULL. "Q," SURNAME said after the
    hearing.`; `FULL, POST, said C, according to a transcript of the hearing released by COURT.` Key: the
    ruling (or the court, or its panel) speaks; the head who reads it out never speaks its words but speaks
    her own with POST; the athlete never speaks the ruling; the dismissal and the upholding the court's or
    nothing; the transcript's sentence FULL's report or the transcript's (or the court's)."""
    for a, shape, m, r in sample(_combos(11), 280, "ho87-tribunals"):
        k = _slot(a, shape, r)
        court, tp = _pick(TRIBUNALS87, k)
        tt = _t(tp)
        doc, dacc = _pick(RULINGDOCS87, k)
        accs = (*dacc, f"{_poss(court.bare)} {doc}", *court.acc)
        b = _other(a, k)
        ap = _pick(ATH87, k)
        rc, rc2 = _pick(RULINGCLAUSES87, k), _pick(RULINGCLAUSES87, k + 1)
        rq, rqs = m.q(_pick(RULINGQUOTES87, k) + ","), m.q(_pick(RULINGQUOTES87, k) + ".")
        tc = _cl(tp, k)
        q = m.q(_qt(tp, k) + ",")
        date, scene = _pick(DATES87, k), _pick(SCENES87["hearing"], k)
        people: tuple[Person, ...] = (b,)
        others = [court.bare, ap.body]
        if shape == 0:
            region = f"{court.start} dismissed {_poss(b.full)} appeal on {date}."
            text = f"{region} The panel ruled that {rc}."
            ex = [*tolerate(text, region, _acts(court)), _that(text, rc, ("panel", *court.acc))]
        elif shape == 1:
            text = f"In its {doc}, {court.inner} said that {rc}."
            ex, people = [_that(text, rc, accs)], ()
        elif shape == 2:
            text = f"{court.start} published its {doc} on {date}. {rq} the {doc} said."
            ex, people = [_d(rq, accs)], ()
        elif shape == 3:
            text = f"{a.full}, {tp.a(a)}, read out the decision at {scene}. The {doc} concluded: {rqs}"
            ex, people = [_d(rqs, accs)], (a,)
            others.append(scene)
        elif shape == 4:
            text = f"According to {_poss(court.inner)} {doc}, {rc}."
            ex, people = [_r(rc, accs)], ()
        elif shape == 5:
            fq = m.q(_pick(RULINGFRAGS87, k))
            obj = f"{_poss(b.full)} explanation"
            text = f"{_poss(court.start)} {doc}, published on {date}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, accs, link=" as ")]
        elif shape == 6:
            text = f"{court.start} published its {doc} on {date}. It found that {rc}, and that {rc2}."
            ex, people = _two_reports(text, rc, rc2, accs), ()
        elif shape == 7:
            text = f"{a.full}, {tp.a(a)}, told reporters outside {scene} that {tc}."
            ex, people = [_that(text, tc, a, tt)], (a,)
            others.append(scene)
        elif shape == 8:
            region = f"{court.start} upheld the ban on {b.full}, {ap.a(b)}, on {date}."
            ac = _cl("ath", k)
            text = f"{region} {b.last} said {ac}."
            ex = [*tolerate(text, region, _acts(court)), _that(text, ac, b, _t(ap))]
        elif shape == 9:
            text = (
                f"{_poss(b.full)} appeal was heard by a three-member panel of {court.inner} chaired by "
                f"{a.full}. {q} {a.last} said after the hearing."
            )
            ex, people = [_d(q, a)], (a, b)
        else:
            whole = f"{a.full}, {tp.a(a)}, said {tc}"
            text = f"{whole}, according to a transcript of the hearing released by {court.inner}."
            tacc = (
                "transcript",
                "transcript of the hearing",
                f"transcript of the hearing released by {court.inner}",
                *court.acc,
            )
            ex = _recorded(text, [_that(text, tc, a, tt)], whole, tacc)
            people = _mine(ex, a)
        yield _case(f"ho87-tribunals-{shape}", text, ex, people, others)


# --- 4. athletes --------------------------------------------------------------------------------------------


def athletes() -> Iterator[Case]:
    """`FULL, AGE, APOST, said: "Q."`; `In a post on social media, FULL wrote: "Q."`; `FULL, who was banned
    for four years in March, insisted that C.`; `"Q," FULL posted on Instagram.`; `FULL, APOST, denied taking
    SUBSTANCE. "Q," PRONOUN said.`; `"Q," FULL told OUTLET. "Q2."` (a continuation); `FULL tweeted on DAY that
    C.`; `Speaking for the first time since the ban, FULL, APOST, said C.`; two athletes of one gender tested
    at one meeting, then `"Q," SURNAME said.`; `FULL's agent, OTHER, said C.`; `FULL, APOST, said C. "Q."`
    (the report then the uncredited quotation). Key: the athlete's words her own, with the post where stated;
    the denial FULL's or nothing; the agent's words the agent's, never the athlete's; the outlet and the other
    athlete never."""
    for a, shape, m, r in sample(_combos(11), 240, "ho87-athletes"):
        k = _slot(a, shape, r)
        p = _pick(ATH87, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet, date, town = _pick(OUTLETS87, k), _pick(DATES87, k), _pick(TOWNS87, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body]
        if shape == 0:
            text = f"{a.full}, {_age(a)}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"In a post on social media, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
        elif shape == 2:
            text = f"{a.full}, who was banned for four years in March, insisted that {c}."
            ex = [_that(text, c, a)]
        elif shape == 3:
            text = f"{q} {a.full} posted on Instagram."
            ex = [_d(q, a)]
        elif shape == 4:
            region = f"{a.full}, {p.a(a)}, denied taking {_pick(SUBSTANCES87, k)}."
            text = f"{region} {q} {a.pronoun} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        elif shape == 5:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{q} {a.full} told {outlet}. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
            others.append(outlet)
        elif shape == 6:
            text = f"{a.full} tweeted on {date} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            text = f"Speaking for the first time since the ban, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 8:
            b = _other(a, k, gender=a.gender)
            text = (
                f"{a.full} and {b.full} were both tested at the {town} meeting on {date}. {q} {b.last} said."
            )
            ex, people = [_d(q, b)], (a, b)
        elif shape == 9:
            b = _other(a, k)
            gc = _cl("agent", k)
            text = f"{_poss(a.full)} agent, {b.full}, said {gc}."
            ex, people = [_that(text, gc, b, Contains("agent"))], (a, b)
        else:
            q2s = m.q(_qt(p, k + 1) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2s}"
            ex = _then_quote(text, c, q2s, a, t)
        yield _case(f"ho87-athletes-{shape}", text, ex, people, others)


# --- 5. coaches on match day --------------------------------------------------------------------------------


def coaches_matchday() -> Iterator[Case]:
    """`FULL, POST, told reporters after the RESULT OPPONENT: "Q."`; `"Q," said FULL, whose side lost 3-0 at
    SCENE.`; `POST FULL quipped: "Q."`; `Asked about OTHER's red card, FULL said: "Q."`; `FULL, POST, said C.
    "Q," PRONOUN added.`; `FULL praised POSS players, saying C.`; `FULL, POST, CUE that C.`; `"Q," said FULL,
    POST. OTHER, who scored twice, said C.`; `OTHER, POST2, said C. POST FULL was less diplomatic: "Q."`;
    `Asked whether PRONOUN would resign, FULL replied: "Q."`; `FULL, POST, has been charged by LEAGUE over
    comments about the referee. "Q," SURNAME had said after the match.` Key: each coach's and player's words
    their own with the post stated; the opponent, the league and the player asked about never; the question no
    one's; the praise FULL's or nothing."""
    for a, shape, m, r in sample(_combos(11), 240, "ho87-coaches"):
        k = _slot(a, shape, r)
        p = _pick(COACH87[:3], k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        scene = _pick(SCENES87["press"], k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body]
        if shape == 0:
            res, opp = next(
                ro for ro in itertools.islice(itertools.cycle(RESULTS_AGAINST87), k, None) if ro[1] != p.body
            )
            text = f"{a.full}, {p.a(a)}, told reporters after the {res} {opp}: {qs}"
            ex = [_d(qs, a, t)]
            others.append(opp)
        elif shape == 1:
            text = f"{q} said {a.full}, whose side lost 3-0 at {scene}."
            ex = [_d(q, a)]
            others.append(scene)
        elif shape == 2:
            jq = m.q(_pick(QUIPS87, k) + ".")
            text = f"{p.b(a)} {a.full} quipped: {jq}"
            ex = [_d(jq, a, t)]
        elif shape == 3:
            asked = f"Asked about {_poss(b.full)} red card"
            text = f"{asked}, {a.full} said: {qs}"
            ex, people = [_d(qs, a), *tolerate(text, asked)], (a, b)
        elif shape == 4:
            q2 = m.q(_qt(p, k + 1) + ",")
            text = f"{a.full}, {p.a(a)}, said {c}. {q2} {a.pronoun} added."
            ex = [_that(text, c, a, t), _d(q2, a, t)]
        elif shape == 5:
            pc = _pick(PRAISE87, k)
            region = f"{a.full} praised {a.poss} players"
            text = f"{region}, saying {pc}."
            ex = [_that(text, pc, a), *tolerate(text, region, (a.full,))]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, {_pick(CUES87, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            pc = _pick(PLAYERCLAUSES87, k)
            text = f"{q} said {a.full}, {p.a(a)}. {b.full}, who scored twice, said {pc}."
            ex, people = [_d(q, a, t), _that(text, pc, b)], (a, b)
        elif shape == 8:
            pb = next(
                x for x in itertools.islice(itertools.cycle(COACH87[:3]), k + 1, None) if x.body != p.body
            )
            cb = _cl(pb, k + 1)
            text = f"{b.full}, {pb.a(b)}, said {cb}. {p.b(a)} {a.full} was less diplomatic: {qs}"
            ex, people = [_that(text, cb, b, _t(pb)), _d(qs, a, t)], (a, b)
            others.append(pb.body)
        elif shape == 9:
            asked = f"Asked whether {a.pronoun} would resign"
            text = f"{asked}, {a.full} replied: {qs}"
            ex = [_d(qs, a), *tolerate(text, asked)]
        else:
            league = COMMISSION87 if not p.body else LEAGUE87
            text = (
                f"{a.full}, {p.a(a)}, has been charged by {league.inner} over comments about the referee. "
                f"{q} {a.last} had said after the match."
            )
            ex = [_d(q, a, t)]
            others.append(league.bare)
        yield _case(f"ho87-coaches-{shape}", text, ex, people, others)


# --- 6. clubs and owners ------------------------------------------------------------------------------------

#: Football clubs (they transfer players).
FOOTBALL87 = CLUBS87[:3]


def clubs_owners() -> Iterator[Case]:
    """`CLUB said in a statement that C.`; `"Q," CLUB said in a statement.`; `A statement from CLUB read:
    "Q."`; `FULL, POST, said: "Q."`; `The POST, FULL, told OUTLET that C.`; `A spokes-noun for CLUB said C.`
    (unnamed); `CLUB, which has been fined twice this season, said C. Its ROLE, FULL, added: "Q."`; `CLUB said
    C, adding that C2.`; `In a post on its website, CLUB said: "Q."`; `CLUB accused CLUB2 of "F" over the
    transfer of PLAYER.`; `FULL, POST, declined to comment on the transfer but said C.` Key: the club speaks
    for itself (the cycling team is one word); FULL for herself with POST; an unnamed spokesperson gives no
    speaker, the description or the club; the accusation with or without its trailing adjunct; the other club
    and the player never; the declining FULL's or nothing."""
    for a, shape, m, r in sample(_combos(11), 285, "ho87-clubs"):
        k = _slot(a, shape, r)
        p = _pick(CLUB87, k)
        t = _t(p)
        body = _body(p)
        cb = _pick(CLUBS87, k + r)
        qs = m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        bq, bqs = m.q(_bq(cb, k) + ","), m.q(_bq(cb, k) + ".")
        bc, bc2 = _bc(cb, k), _bc(cb, k + 1)
        outlet = _pick(OUTLETS87, k)
        people: tuple[Person, ...] = ()
        others: list[str] = [cb.bare]
        if shape == 0:
            text = f"{cb.start} said in a statement that {bc}."
            ex = [_that(text, bc, cb.acc)]
        elif shape == 1:
            text = f"{bq} {cb.inner} said in a statement."
            ex = [_d(bq, cb.acc)]
        elif shape == 2:
            text = f"A statement from {cb.inner} read: {bqs}"
            ex = [_d(bqs, (*cb.acc, "statement"))]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex, people, others = [_d(qs, a, t)], (a,), [body.bare]
        elif shape == 4:
            text = f"The {p.b(a)}, {a.full}, told {outlet} that {c}."
            ex, people, others = [_that(text, c, a, t)], (a,), [body.bare, outlet]
        elif shape == 5:
            spokes = a.kin("spokeswoman", "spokesman")
            text = f"A {spokes} for {cb.inner} said {bc}."
            content = one_of(text, (f"that {bc}", bc))
            ex, others = [_anon(text, content, "indirect", (spokes, f"{spokes} for {cb.inner}", *cb.acc))], []
        elif shape == 6:
            role = _role(p, a)
            own = _bc(body, k)
            text = (
                f"{body.start}, which has been fined twice this season, said {own}. "
                f"Its {role}, {a.full}, added: {qs}"
            )
            ex, people, others = [_that(text, own, body.acc), _d(qs, a, Contains(role))], (a,), []
        elif shape == 7:
            text = f"{cb.start} said {bc}, adding that {bc2}."
            ex = [_that(text, bc, cb.acc), _that(text, bc2, cb.acc)]
        elif shape == 8:
            text = f"In a post on its website, {cb.inner} said: {bqs}"
            ex = [_d(bqs, cb.acc)]
        elif shape == 9:
            c1 = _pick(FOOTBALL87, k)
            c2 = _pick(FOOTBALL87, k + 1 + r % 2)
            b = _other(a, k)
            fq = m.q(_pick(CLUBACCUSE87, k))
            text = f"{c1.start} accused {c2.inner} of {fq} over the transfer of {b.full}."
            tail = f" over the transfer of {b.full}"
            options = (
                (f"{c2.inner} of {fq}", ("mixed",)),
                (f"{c2.inner} of {fq}{tail}", ("mixed",)),
                (f"of {fq}", ("mixed",)),
                (f"of {fq}{tail}", ("mixed",)),
                (fq, ("direct", "mixed")),
            )
            ex, people, others = [segmented(text, options, c1.acc, ANY)], (b,), [c2.bare]
        else:
            region = f"{a.full}, {p.a(a)}, declined to comment on the transfer"
            text = f"{region} but said {c}."
            ex, people, others = [_that(text, c, a, t), *tolerate(text, region, (a.full,))], (a,), [body.bare]
        yield _case(f"ho87-clubs-{shape}", text, ex, people, others)


# --- 7. players' unions and fans' groups --------------------------------------------------------------------


def _supporter(shape: int, m: Mark, k: int) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """`A supporter who gave only POSS first name, FIRST, said: "Q."` (10); `"Q," said FIRST, AGE, a
    season-ticket holder for 30 years.` (11): the text, the key, the people and the other names."""
    f = _pick(FIRSTS87, k)
    if shape == 10:
        fqs = m.q(_qt("fan", k) + ".")
        text = f"A supporter who gave only {f.poss} first name, {f.full}, said: {fqs}"
        return text, [_d(fqs, f)], (f,), []
    fq = m.q(_qt("fan", k + 1) + ",")
    text = f"{fq} said {f.full}, {f.age}, a season-ticket holder for 30 years."
    return text, [_d(fq, f)], (f,), []


def unions_fans() -> Iterator[Case]:
    """`FULL, POST, said: "Q."`; `"Q," said FULL, POST.`; `BODY said C. Its ROLE, FULL, went further: "Q."`;
    `POST FULL accused LEAGUE of "F".`; `In a letter to members, FULL wrote: "Q."`; `FULL, who speaks for the
    GROUP on ticketing, warned that C.`; `BODY, which represents N MEMBERS, said X was "F".`; `"Q," FULL told
    OUTLET.`; `FULL, POST, said C. TARGET rejected the claim.`; `FULL, POST, said C. OTHER, POST2, disputed
    that: "Q."`; `A supporter who gave only POSS first name, FIRST, said: "Q."`; `"Q," said FIRST, AGE, a
    season-ticket holder for 30 years.`; `Fans held a banner reading "B" outside SCENE. FULL, POST, said C.`
    Key: each person's words their own with the post stated; the union and the group speak for themselves; the
    league, the club, the members and the outlet never (the rejection the target's or nothing); a first name
    alone the whole name; a banner's words no one's."""
    for a, shape, m, r in sample(_combos(13), 260, "ho87-unions"):
        k = _slot(a, shape, r)
        p = _pick((*UNION87, *FANS87), k)
        t = _t(p)
        body = _body(p)
        target = LEAGUE87 if p.family == "union" else _pick((ROVERS87, LEAGUE87), k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        outlet = _pick(OUTLETS87, k)
        people: tuple[Person, ...] = (a,)
        others = [body.bare, target.bare]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            role = _role(p, a)
            own = _bc(body, k)
            text = f"{body.start} said {own}. Its {role}, {a.full}, went further: {qs}"
            ex = [_that(text, own, body.acc), _d(qs, a, Contains(role))]
        elif shape == 3:
            fq = m.q(_pick(ACCUSE87 if p.family == "union" else FANACCUSE87, k))
            text = f"{p.b(a)} {a.full} accused {target.inner} of {fq}."
            ex = [_accuse(text, target.inner, fq, a, t)]
        elif shape == 4:
            text = f"In a letter to members, {a.full} wrote: {qs}"
            ex = [_d(qs, a)]
            others.append("members")
        elif shape == 5:
            group = "players on safety" if p.family == "union" else "fans on ticketing"
            text = f"{a.full}, who speaks for the {group}, warned that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            obj, frag = _pick(FRAGS87[p.family], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{body.start}, which represents 12,000 {MEMBERS87[body.bare]}, said {clause}."
            ex, people = [_mixed(text, clause, body.acc)], ()
        elif shape == 7:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
            others.append(outlet)
        elif shape == 8:
            region = f"{target.start} rejected the claim."
            text = f"{a.full}, {p.a(a)}, said {c}. {region}"
            ex = [_that(text, c, a, t), *tolerate(text, region, _acts(target))]
        elif shape == 9:
            b = _other(a, k)
            op = FED87[1] if p.family == "union" else _pick(CLUB87[:2], k)
            qb = m.q(_qt(op, k) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {op.a(b)}, disputed that: {qb}"
            ex, people = [_that(text, c, a, t), _d(qb, b, _t(op))], (a, b)
            others.append(op.body)
        elif shape in (10, 11):
            text, ex, people, others = _supporter(shape, m, k)
        else:
            bq = m.q(_pick(BANNERS87, k))
            scene = _pick(SCENES87["press"], k)
            region = f"Fans held a banner reading {bq} outside {scene}."
            text = f"{region} {a.full}, {p.a(a)}, said {c}."
            ex = [*tolerate(text, region), _that(text, c, a, t)]
            others.append(scene)
        yield _case(f"ho87-unions-{shape}", text, ex, people, others)


# --- 8. stadiums and hosting bids ---------------------------------------------------------------------------


def stadiums_bids() -> Iterator[Case]:
    """`COUNCIL voted 9-4 on DAY to approve the new stadium. POST FULL said C.`; `FULL, POST, told the council
    meeting: "Q."`; `"Q," said FULL, POST.`; `FULL, POST, said C, according to minutes of the meeting
    published by COUNCIL.`; `BID COMMITTEE, led by FULL, said in a statement that C.`; `RESIDENTS said X was
    "F".`; `POST FULL CUE that C.`; `FULL, POST, said C. Councillor OTHER disagreed: "Q."`; `The report by
    CONSULTANTS, commissioned by COUNCIL, found that C.`; `FULL, POST, is expected to announce the decision on
    DAY. COUNCIL is expected to vote next week.`; `Speaking at the launch of the bid in TOWN, FULL, POST,
    said: "Q."`; `ARENA said C. Its stadium director, FULL, added: "Q."` Key: each official's words her own
    with the post stated; the council's vote the council's or nothing; the minutes' sentence FULL's report or
    the minutes' (or the council's); the committee and the residents' association speak for themselves, never
    the person who leads the committee; the consultants' report its own (or the consultants'), never the
    council that commissioned it; what someone is expected to do no one's."""
    for a, shape, m, r in sample(_combos(12), 250, "ho87-stadiums"):
        k = _slot(a, shape, r)
        p = _pick(CITY87, k)
        t = _t(p)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        date = _pick(DATES87, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, COUNCIL87.bare]
        if shape == 0:
            region = f"{COUNCIL87.start} voted 9-4 on {date} to approve the new stadium."
            text = f"{region} {p.b(a)} {a.full} said {c}."
            ex = [*tolerate(text, region, _acts(COUNCIL87)), _that(text, c, a, t)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, told the council meeting: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 3:
            whole = f"{a.full}, {p.a(a)}, said {c}"
            text = f"{whole}, according to minutes of the meeting published by {COUNCIL87.inner}."
            tacc = ("minutes", "minutes of the meeting", *COUNCIL87.acc)
            ex = _recorded(text, [_that(text, c, a, t)], whole, tacc)
            people = _mine(ex, a)
        elif shape == 4:
            bc = _bc(BID87, k)
            text = f"{BID87.start}, led by {a.full}, said in a statement that {bc}."
            ex, others = [_that(text, bc, BID87.acc)], [COUNCIL87.bare]
        elif shape == 5:
            obj, frag = _pick(FRAGS87["res"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{RESIDENTS87.start} said {clause}. {a.full}, {p.a(a)}, did not respond."
            ex = [_mixed(text, clause, RESIDENTS87.acc)]
        elif shape == 6:
            text = f"{p.b(a)} {a.full} {_pick(CUES87, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            pp = _pick((CITY87[0], CITY87[2], CITY87[3]), k)
            cc = _cl(pp, k)
            b = _other(a, k)
            qb = m.q(_pick(QUOTES87["city"][1:], k) + ".")
            text = f"{a.full}, {pp.a(a)}, said {cc}. Councillor {b.full} disagreed: {qb}"
            ex = [
                _that(text, cc, a, _t(pp)),
                _d(qb, (b.full, f"Councillor {b.full}"), Contains("councillor")),
            ]
            people, others = (a, b), [pp.body]
        elif shape == 8:
            sr = _pick(STADIUMREPORTS87, k)
            text = f"The report by {CONSULT87.inner}, commissioned by {COUNCIL87.inner}, found that {sr}."
            accs = ("report", f"report by {CONSULT87.inner}", *CONSULT87.acc)
            ex, people = [_that(text, sr, accs)], ()
        elif shape == 9:
            text = (
                f"{a.full}, {p.a(a)}, is expected to announce the decision on {date}. "
                f"{COUNCIL87.start} is expected to vote next week."
            )
            ex = tolerate(text, text)
        elif shape == 10:
            pp = _pick((CITY87[0], CITY87[2]), k)
            qp = m.q(_qt(pp, k) + ".")
            text = f"Speaking at the launch of the bid in Kellhaven, {a.full}, {pp.a(a)}, said: {qp}"
            ex, others = [_d(qp, a, _t(pp))], [pp.body]
        else:
            sp = CITY87[3]
            own = _bc(ARENA87, k)
            qp = m.q(_qt(sp, k) + ".")
            text = f"{ARENA87.start} said {own}. Its stadium director, {a.full}, added: {qp}"
            ex, others = [_that(text, own, ARENA87.acc), _d(qp, a, Contains("stadium director"))], []
        yield _case(f"ho87-stadiums-{shape}", text, ex, people, others)


# --- 9. team doctors and sports lawyers ---------------------------------------------------------------------


def doctors_lawyers() -> Iterator[Case]:
    """`Dr FULL, MEDPOST, said C. "Q," Dr SURNAME said.`; `The club doctor, Dr FULL, told the hearing: "Q."`;
    `FULL, LAWPOST, said: "Q."`; `FULL, who represents ATHLETE, said X was "F".`; `FULL, LAWPOST, told
    reporters outside SCENE that C.`; `"Q," said FULL, ATHLETE's lawyer.`; `Lawyers for ATHLETE said they
    would appeal to COURT. FULL, LAWPOST, declined to give details.`; `POST FULL said C. ATHLETE, APOST,
    disputed that: "Q."`; `FULL, MEDPOST, told the tribunal that C. Under cross-examination by OTHER, LAWPOST,
    PRONOUN conceded: "Q."` (genders differ); `FULL, LAWPOST, said C. OTHER, MEDPOST, said C2.` Key: each
    doctor's, lawyer's and agent's words their own with the post stated (*Dr* may stay in the name); the
    client never speaks the lawyer's words, nor the lawyer the client's; unnamed lawyers give no speaker or
    the description; the cross-examiner never speaks the concession."""
    for a, shape, m, r in sample(_combos(10), 240, "ho87-doctors"):
        k = _slot(a, shape, r)
        mp, lp = _pick(MED87, k), _pick(LAW87, k)
        lawyer = _pick(LAW87[:2], k)
        tm, tl = _t(mp), _t(lp)
        b = _other(a, k)
        ap = _pick(ATH87, k)
        dc, lc = _cl(mp, k), _cl(lp, k)
        scene = _pick(SCENES87["hearing"], k)
        drs = (a.full, f"Dr {a.full}")
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        if shape == 0:
            dq = m.q(_qt(mp, k) + ",")
            text = f"Dr {a.full}, {mp.a(a)}, said {dc}. {dq} Dr {a.last} said."
            ex, people = [_that(text, dc, drs, tm), _d(dq, drs, tm)], ()
            others = [mp.body]
        elif shape == 1:
            dqs = m.q(_qt("doc", k) + ".")
            text = f"The club doctor, Dr {a.full}, told the hearing: {dqs}"
            ex, people, others = [_d(dqs, drs, Contains("club doctor"))], (), ["hearing"]
        elif shape == 2:
            lqs = m.q(_qt(lp, k) + ".")
            text = f"{a.full}, {lp.a(a)}, said: {lqs}"
            ex, others = [_d(lqs, a, tl)], [lp.body]
        elif shape == 3:
            obj, frag = _pick(FRAGS87["law"], k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{a.full}, who represents {b.full}, said {clause}."
            ex, people = [_mixed(text, clause, a)], (a, b)
        elif shape == 4:
            lcl = _cl(lawyer, k)
            text = f"{a.full}, {lawyer.a(a)}, told reporters outside {scene} that {lcl}."
            ex, others = [_that(text, lcl, a, _t(lawyer))], [lawyer.body, scene]
        elif shape == 5:
            lq = m.q(_qt(lawyer, k) + ",")
            text = f"{lq} said {a.full}, {_poss(b.full)} lawyer."
            ex, people = [_d(lq, a, Contains("lawyer"))], (a, b)
        elif shape == 6:
            clause = f"they would appeal to {COURT87.inner}"
            region = f"{a.full}, {lawyer.a(a)}, declined to give details."
            text = f"Lawyers for {b.full} said {clause}. {region}"
            content = one_of(text, (f"that {clause}", clause))
            descs = ("lawyers", f"lawyers for {b.full}")
            ex = [_anon(text, content, "indirect", descs), *tolerate(text, region, (a.full,))]
            people, others = (a, b), [lawyer.body]
        elif shape == 7:
            aqs = m.q(_qt("ath", k) + ".")
            text = f"{mp.b(a)} {a.full} said {dc}. {b.full}, {ap.a(b)}, disputed that: {aqs}"
            ex, people = [_that(text, dc, a, tm), _d(aqs, b, _t(ap))], (a, b)
            others = [mp.body, ap.body]
        elif shape == 8:
            b = _other(a, k, gender=_opp(a))
            cq = m.q(_pick(CONCEDE87, k) + ".")
            text = (
                f"{a.full}, {mp.a(a)}, told the tribunal that {dc}. Under cross-examination by {b.full}, "
                f"{lawyer.a(b)}, {a.pronoun} conceded: {cq}"
            )
            ex, people = [_that(text, dc, a, tm), _d(cq, a, tm)], (a, b)
            others = [mp.body, lawyer.body, "tribunal"]
        else:
            text = f"{a.full}, {lp.a(a)}, said {lc}. {b.full}, {mp.a(b)}, said {dc}."
            ex, people = [_that(text, lc, a, tl), _that(text, dc, b, tm)], (a, b)
            others = [lp.body, mp.body]
        yield _case(f"ho87-doctors-{shape}", text, ex, people, others)


# --- 10. leaked emails, memos and letters -------------------------------------------------------------------

#: Posts whose holders write the round's emails and letters.
WRITERS87 = (CLUB87[0], FED87[1], CITY87[0], CLUB87[1], FED87[0], CITY87[2], CLUB87[2])

#: Bodies whose memos leak.
MEMOBODIES87 = (LEAGUE87, ROVERS87, COUNCIL87, ATHFED87, BID87, DUNMORE87)


def leaked_documents() -> Iterator[Case]:
    """`In an email seen by OUTLET, FULL, POST, wrote: "Q."`; `The email, sent by FULL to officials at BODY on
    DAY, said that C.`; `According to a leaked memo from BODY, C.`; `A letter from FULL to BODY, dated DAY,
    said C.`; `"Q," FULL wrote in a letter to OTHER, POST2.`; `OUTLET reported that C, citing internal
    emails.`; `An internal memo from BODY, dated DAY and seen by OUTLET, warned that C.`; `In one message,
    sent on DAY, FULL told OTHER: "Q."`; `FULL, POST, confirmed the email was genuine but said C.`; `FULL,
    POST, sent the email to club directors in May. The email, which OUTLET published in full on DAY, described
    X as "F".`; `OUTLET published the emails on DAY. BODY said they had been taken out of context.` Key: an
    email or letter speaks for itself or for its writer, a memo for itself or for the body whose memo it is;
    the outlet that saw or published it never (but an outlet that *reported* speaks, its *citing* the outlet's
    or nothing); the addressee never."""
    for a, shape, m, r in sample(_combos(11), 240, "ho87-leaks"):
        k = _slot(a, shape, r)
        p = _pick(WRITERS87, k)
        t = _t(p)
        mb = _pick(MEMOBODIES87, k + r)
        b = _other(a, k)
        pb = _post2(k, p, (*WRITERS87, UNION87[0], FANS87[0], ADA87[0]))
        eq, eqs = m.q(_pick(EMAILQUOTES87, k) + ","), m.q(_pick(EMAILQUOTES87, k) + ".")
        ec = _pick(EMAILCLAUSES87, k)
        c = _cl(p, k)
        outlet, date = _pick(OUTLETS87, k), _pick(DATES87, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
        if shape == 0:
            text = f"In an email seen by {outlet}, {a.full}, {p.a(a)}, wrote: {eqs}"
            ex = [_d(eqs, a, t)]
        elif shape == 1:
            text = f"The email, sent by {a.full} to officials at {mb.inner} on {date}, said that {ec}."
            ex, people, others = [_that(text, ec, (a.full, "email"))], (), [mb.bare]
        elif shape == 2:
            text = f"According to a leaked memo from {mb.inner}, {ec}."
            accs = ("memo", "leaked memo", f"leaked memo from {mb.inner}", *mb.acc)
            ex, people, others = [_r(ec, accs)], (), []
        elif shape == 3:
            text = f"A letter from {a.full} to {mb.inner}, dated {date}, said {ec}."
            accs = (a.full, "letter", f"letter from {a.full}")
            ex, people, others = [_that(text, ec, accs)], (), [mb.bare]
        elif shape == 4:
            text = f"{eq} {a.full} wrote in a letter to {b.full}, {pb.a(b)}."
            ex, people, others = [_d(eq, a)], (a, b), [pb.body]
        elif shape == 5:
            text = f"{_cap(outlet)} reported that {ec}, citing internal emails."
            accs = (_bare(outlet), "internal emails", "emails")
            cited = tolerate(text, "citing internal emails", (_bare(outlet), outlet))
            ex, people, others = [_that(text, ec, accs), *cited], (), []
        elif shape == 6:
            text = f"An internal memo from {mb.inner}, dated {date} and seen by {outlet}, warned that {ec}."
            accs = ("memo", "internal memo", f"internal memo from {mb.inner}", *mb.acc)
            ex, people, others = [_that(text, ec, accs)], (), [outlet]
        elif shape == 7:
            text = f"In one message, sent on {date}, {a.full} told {b.full}: {eqs}"
            ex, people = [_d(eqs, a)], (a, b)
        elif shape == 8:
            genuine = "the email was genuine"
            text = f"{a.full}, {p.a(a)}, confirmed {genuine} but said {c}."
            ex = [_that(text, genuine, a, t), _that(text, c, a, t)]
            others = [p.body]
        elif shape == 9:
            obj, frag = _pick(EMAILFRAGS87, k)
            fq = m.q(frag)
            text = (
                f"{a.full}, {p.a(a)}, sent the email to club directors in May. "
                f"The email, which {outlet} published in full on {date}, described {obj} as {fq}."
            )
            ex, people = [_called(text, obj, fq, (a.full, "email"), link=" as ")], ()
        else:
            clause = "they had been taken out of context"
            text = f"{_cap(outlet)} published the emails on {date}. {mb.start} said {clause}."
            ex, people, others = [_that(text, clause, mb.acc)], (), [outlet]
        yield _case(f"ho87-leaks-{shape}", text, ex, people, others)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, arrived at SCENE. "Q," PRONOUN said.` (genders differ); `FULL said C.
    OTHER, POST2, disagreed. "Q," PRONOUN said.` (same gender: OTHER); paragraphs `FULL said C.`, `OTHER
    responded: "Q2."`, `"Q," PRONOUN added.` (genders differ: FULL); `FULL met OTHER at SCENE on DAY.
    Afterwards, PRONOUN told reporters that C.` (same gender: the subject FULL); `"Q," OTHER told FULL.
    PRONOUN replied: "Q2."` (genders differ); `FULL, POST, spoke first. "Q," PRONOUN said. OTHER, POST2,
    followed. "Q2," PRONOUN said.` (same gender); `FULL said POSS staff had worked through the night. "Q,"
    PRONOUN said.`; `FULL, POST, said C; OTHER stood beside OBJ.` then `PRONOUN later told OUTLET: "Q2."`
    (genders differ); a four-paragraph article whose last paragraph is `"Q," PRONOUN said.` after OTHER's
    report (genders differ: FULL). Key: as a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(9), 235, "ho87-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS87, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 3, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        qs2 = m.q(_qt(pb, k) + ".")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, outlet, date = _pick(SCENES87["press"], k), _pick(OUTLETS87, k), _pick(DATES87, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, scene]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, arrived at {scene}. {q} {a.pronoun} said."
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
            clause = f"{a.poss} staff had worked through the night"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        elif shape == 7:
            qas = m.q(_qt(pa, k + 1) + ".")
            text = _article(
                f"{a.full}, {pa.a(a)}, said {c}; {b.full} stood beside {a.obj}.",
                f"{_cap(a.pronoun)} later told {outlet}: {qas}",
            )
            ex = [_that(text, c, a, ta), _d(qas, a, ta)]
            others.append(outlet)
        else:
            text = _article(
                "Questions are mounting over the way the sport is run.",
                f"{a.full}, {pa.a(a)}, said {c}.",
                f"{b.full}, {pb.a(b)}, said {cb}.",
                f"{q} {a.pronoun} said.",
            )
            ex = [_that(text, c, a, ta), _that(text, cb, b, tb), _d(q, a, ta)]
        yield _case(f"ho87-pronouns-{shape}", text, ex, people, others)


# --- 12. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "Q," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at SCENE. "Q," SURNAME
    said.`; `POST FULL arrived at SCENE on DAY.` then `The ROLE told reporters that C.`; two people with two
    posts then `"Q," said the ROLE2.` (OTHER); `POST FULL said C. "Q," SURNAME said later.`; `FULL, AGE,
    APOST, said C. "Q," the AGE-year-old said.`; `"Q," Ms/Mr SURNAME said.`; `Councillor FULL said C. "Q,"
    Councillor SURNAME said.`; `Dr FULL, MEDPOST, said C. "Q," Dr SURNAME said.`; two posts, then `The ROLE2
    said C2.` and `"Q," the ROLE said.` Key: the second reference's person with the post of the first mention
    (*Dr* and *Councillor* may stay in the name); the other person never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho87-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS87, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q, qb = m.q(_qt(pa, k) + ","), m.q(_qt(pb, k) + ",")
        c, cb = _cl(pa, k), _cl(pb, k)
        scene, date = _pick(SCENES87["press"], k), _pick(DATES87, k)
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
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {scene}. {qb} said {pb.sh(b)}."
            ex, people = [_d(qb, b, tb)], (a, b)
            others.append(pb.body)
        elif shape == 4:
            text = f"{pa.b(a)} {a.full} said {c}. {q} {a.last} said later."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 5:
            ap = _pick(ATH87, k)
            qa, ca = m.q(_qt(ap, k) + ","), _cl(ap, k)
            age = _age(a)
            text = f"{a.full}, {age}, {ap.a(a)}, said {ca}. {qa} the {age}-year-old said."
            ex, others = [_that(text, ca, a, _t(ap)), _d(qa, a, _t(ap))], [ap.body]
        elif shape == 6:
            honor = a.kin("Ms", "Mr")
            text = f"{a.full}, {pa.a(a)}, arrived at {scene} just after nine. {q} {honor} {a.last} said."
            ex = [_d(q, a, ta)]
        elif shape == 7:
            cp = CITY87[1]
            qc, cc = m.q(_qt(cp, k) + ","), _cl(cp, k)
            who = (a.full, f"Councillor {a.full}")
            text = f"Councillor {a.full} said {cc}. {qc} Councillor {a.last} said."
            ex, people, others = (
                [_that(text, cc, who, Contains("councillor")), _d(qc, who, Contains("councillor"))],
                (),
                [],
            )
        elif shape == 8:
            mp = _pick(MED87, k)
            qd, cd = m.q(_qt(mp, k) + ","), _cl(mp, k)
            who = (a.full, f"Dr {a.full}")
            text = f"Dr {a.full}, {mp.a(a)}, said {cd}. {qd} Dr {a.last} said."
            ex, people, others = [_that(text, cd, who, _t(mp)), _d(qd, who, _t(mp))], (), [mp.body]
        else:
            text = _article(
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, were at the hearing on {date}.",
                f"{_cap(pb.sh(b))} said {cb}.",
                f"{q} {pa.sh(a)} said.",
            )
            ex, people = [_that(text, cb, b, tb), _d(q, a, ta)], (a, b)
            others.append(pb.body)
        yield _case(f"ho87-secondrefs-{shape}", text, ex, people, others)


# --- 13. split quotations -----------------------------------------------------------------------------------

#: Posts whose holders have split quotations of their own.
SPLITPOSTS87 = tuple(p for p in POSTS87 if p.family in SPLITS87)


def split_quotes() -> Iterator[Case]:
    """`"S1," FULL, POST, said, "s2."`; `"S1," said FULL, "s2."`; `FULL spoke to reporters at SCENE. "S1,"
    SURNAME said, "s2."`; `"S1," FULL says, "s2."`; `"S1," FULL told OUTLET, "s2."`; `FULL, POST, stood beside
    OTHER at SCENE. "S1," PRONOUN said, "s2."` (genders differ); `POST FULL arrived at SCENE. "S1," the ROLE
    said, "s2."`; `"S1," FULL insisted, "s2."`; `"S1," FULL wrote in a letter to members, "s2."`; `"S1," FULL
    said. "S2."` (an uncredited continuation). Key: both parts (or one span) FULL's; the outlet, the members
    and OTHER never."""
    for a, shape, m, r in sample(_combos(10), 235, "ho87-splits"):
        k = _slot(a, shape, r)
        p = _pick(SPLITPOSTS87, k)
        t = _t(p)
        one, two = _pick(SPLITS87[p.family], k)
        h1, h2 = m.q(one + ","), m.q(two)
        scene, outlet = _pick(SCENES87["press"], k), _pick(OUTLETS87, k)
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
            text = f"{h1} {a.full} insisted, {h2}"
        elif shape == 8:
            text = f"{h1} {a.full} wrote in a letter to members, {h2}"
            others.append("members")
        else:
            h1, h2 = m.q(one + ","), m.q(_cap(two))
            text = f"{h1} {a.full} said. {h2}"
        yield _case(f"ho87-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 14. indirect and mixed reports -------------------------------------------------------------------------


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.` Key: the
    reported clause (with its fragment for a mixed one) FULL's, with the post where stated."""
    for a, shape, m, r in sample(_combos(10, MARKS87, 4), 235, "ho87-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS87, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES87, k)
        outlet = _pick(OUTLETS87, k)
        obj, frag = _pick(FRAGS87[p.family], k)
        fq = m.q(frag)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {_pick(BARECUES87, k)} {c}."
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
        yield _case(f"ho87-indirect-{shape}", text, ex, (a,), others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `The Harbourside Arena, known to fans as "N", will
    host the final on DAY. FULL, POST, will be there.`; `Harwick Rovers, nicknamed "N", have not won the
    league since 1994.`; `FULL, known on the circuit as "N", won gold in TOWN in 2019.`; a banner reading
    `"B"` (no quotation, or one with no speaker); `The investigation, codenamed "O", began in TOWN in 2021.`;
    `AGENCY's review, titled "T", runs to 180 pages.`; `The so-called "S" row has dragged on for months`; fans
    singing `"C"` (no quotation, or one with no speaker or the fans); narrative paragraphs; `FULL, POST,
    declined to comment.`; `FULL, POST, is expected to ... BODY is expected to ...`; `"Q," said FULL, whose
    club is nicknamed "N".` (the one real quotation); `"Q," said FULL, whose group marches under the banner
    "B".` Key: no quotation but the real one."""
    for a, shape, m, r in sample(_combos(13), 250, "ho87-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS87, k)
        town, date = _pick(TOWNS87, k), _pick(DATES87, k)
        snq, cnq, anq = m.q(_pick(STADIUMNICKS87, k)), m.q(_pick(CLUBNICKS87, k)), m.q(_pick(ATHNICKS87, k))
        bq, oq, tq = m.q(_pick(BANNERS87, k)), m.q(_pick(OPERATIONS87, k)), m.q(_pick(TITLES87, k))
        scq, chq = m.q(_pick(SCARE87, k)), m.q(_pick(CHANTS87, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [p.body]
        if shape == 0:
            text = (
                f"{ARENA87.start}, known to fans as {snq}, will host the final on {date}. "
                f"{a.full}, {p.a(a)}, will be there."
            )
            forbidden = (snq,)
        elif shape == 1:
            text = (
                f"{ROVERS87.start}, nicknamed {cnq}, have not won the league since 1994. "
                f"{a.full} grew up near the ground."
            )
            forbidden = (cnq,)
        elif shape == 2:
            text = f"{a.full}, known on the circuit as {anq}, won gold in {town} in 2019."
            forbidden = (anq,)
        elif shape == 3:
            region = f"Supporters unfurled a banner reading {bq} before kick-off."
            text = f"{region} {a.full}, {p.a(a)}, watched from the directors' box."
            ex = tolerate(text, region)
        elif shape == 4:
            text = (
                f"The investigation, codenamed {oq}, began in {town} in 2021. "
                f"{a.full}, {p.a(a)}, was among those interviewed."
            )
            forbidden = (oq,)
        elif shape == 5:
            ag = _pick((AGENCY87, CLEARSPORT87, ATHFED87), k)
            text = f"{_poss(ag.start)} review, titled {tq}, runs to 180 pages. {a.full} has read it twice."
            forbidden = (tq,)
            others.append(ag.bare)
        elif shape == 6:
            text = (
                f"The so-called {scq} row has dragged on for months, "
                f"and {a.full} is under pressure to end it."
            )
            forbidden = (scq,)
        elif shape == 7:
            region = f"Fans sang {chq} as {a.full} walked out for the second half."
            text = region
            ex = tolerate(text, region, ("fans",))
        elif shape == 8:
            text = _article(_pick(NARRATIVE87, k), _pick(NARRATIVE87, k + 1))
        elif shape == 9:
            region = f"{a.full}, {p.a(a)}, declined to comment."
            text = _article(_pick(NARRATIVE87, k), region)
            ex = tolerate(text, region, (a.full,))
        elif shape == 10:
            body = _pick((LEAGUE87, COUNCIL87, COURT87, ATHFED87), k)
            text = (
                f"{a.full}, {p.a(a)}, is expected to give evidence on {date}. "
                f"{body.start} is expected to publish its findings next week."
            )
            ex = tolerate(text, text)
            others.append(body.bare)
        elif shape == 11:
            cp = _pick((CLUB87[0], COACH87[1], CLUB87[1], COACH87[0]), k)
            q = m.q(_qt(cp, k) + ",")
            text = f"{q} said {a.full}, whose club is nicknamed {cnq}."
            ex, forbidden = [_d(q, a)], (cnq,)
        else:
            q = m.q(_qt("fans", k) + ",")
            text = f"{q} said {a.full}, whose group marches under the banner {bq}."
            ex, forbidden = [_d(q, a)], (bq,)
        yield _case(f"ho87-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_87 = (
    _named(
        "federation_leaders",
        "federation and league leaders at press conferences: colon and inverted credits, open cues",
        federation_leaders,
    ),
    _named(
        "anti_doping",
        "anti-doping agencies, their officials, statements, test results and disciplinary notices",
        anti_doping,
    ),
    _named(
        "tribunals",
        "arbitration courts and disciplinary commissions: rulings that speak, panel heads",
        tribunals,
    ),
    _named("athletes", "banned and appealing athletes: posts, social media, denials, agents", athletes),
    _named(
        "coaches_matchday", "coaches after matches: quips, questions, two coaches, charges", coaches_matchday
    ),
    _named(
        "clubs_owners", "club statements, owners, chairs, unnamed spokespeople, transfer rows", clubs_owners
    ),
    _named("unions_fans", "players' unions, fans' groups and supporters known by a first name", unions_fans),
    _named(
        "stadiums_bids",
        "stadium votes, councils, hosting bids, residents and consultants' reports",
        stadiums_bids,
    ),
    _named("doctors_lawyers", "team doctors, sports lawyers and agents at hearings", doctors_lawyers),
    _named(
        "leaked_documents",
        "leaked emails, memos and letters; outlets that saw and reported them",
        leaked_documents,
    ),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr, Councillor and Dr SURNAME", second_refs),
    _named("split_quotes", '"S1," NAME said, "s2." and uncredited continuations', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named(
        "controls",
        "stadium, club and athlete nicknames, banners, code names, titles, scare terms, chants",
        controls,
    ),
)
