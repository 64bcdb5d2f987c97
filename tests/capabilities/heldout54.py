"""Fifty-fourth held-out round: capabilities written at commit ``8ee8143c`` by a helper (``hcap60``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout54data.py``: twenty-four invented athletes of twelve
nationalities, each with the demonym a second reference uses, a gender and an age; coaches and managers,
referees and officials, pundits and fans, actors, directors, singers and composers; invented teams with their
short names, leagues and federations, award ceremonies, magazines, podcasts, broadcasters and social networks;
titles of films, albums, songs, shows and plays, chants, banners, nicknames and scare terms; scores;
post-match, social-media, acceptance-speech and interview quotations, reported clauses and pointed fragments)
as a round of SPORTS AND ENTERTAINMENT NEWS as a sports desk, a showbiz desk and an arts page write them:
every case is a short passage (one to five sentences) with one to three people, and every quotation checks
the content (the marks and the words inside them for a direct quotation; the reported clause, with or without
its *that*, for an indirect one), the kind, the canonical full name and, whenever the text states one, the
title with `Contains` of the role noun and each affiliation stated (a team by its short name, which the full
name contains), with `wrong_speakers` for every other person, team, body and outlet in the text.

Conventions: a description (*the 23-year-old*, *the Ghanaian*, *a fan who travelled from TOWN*) states no
title and is not checked; a nickname in marks inside a name (*Kofi "The Hammer" Agyemang*) is no quotation,
and the name is accepted with or without it; a title of a work, a chant, a banner or a scare term in marks is
no quotation; an outlet, a podcast, a platform, an audience and an addressee are never the speaker; a club's
or league's statement is the body's (its full or short name).

1. post-match quotes: `"C," NAME said after the 2-1 defeat`, `told the club's website`, `told reporters after
   the race`, `said in his post-match press conference` (`post_match`);
2. coaches speaking of players: `NAME said of his striker OTHER`, `Of OTHER, NAME said:`, `Asked about OTHER`
   (the coach speaks, never the player) (`coach_of_player`);
3. players named again by surname, position, age or nationality (`the midfielder`, `the 23-year-old`, `the
   Ghanaian`), with a coach of the other gender (`second_refs`);
4. team and league bodies: `the club said in a statement`, `the league said`, `TEAM said on DAY that`
   (`bodies`);
5. referees and officials: `Referee NAME told a pool reporter`, `the match commissioner, NAME,`, `race
   director NAME`, a manager criticising a referee (`officials`);
6. athletes' and coaches' titles: `Forward NAME`, `NAME, the team's captain`, `world champion NAME`, `head
   coach NAME of the TEAM`, `TEAM goalkeeper NAME` (`athlete_titles`);
7. social posts: `wrote on Instagram`, `In a post on TikTok`, `hit back at critics on Threads, writing:`
   (`social_posts`);
8. awards speeches: `said in her acceptance speech`, `Accepting the award for best X, NAME told the audience`,
   a film's title in marks beside the speech (`awards_speeches`);
9. actors, directors, musicians and their roles: `Director NAME said of the film`, `The singer NAME told a
   podcast`, `Guitarist NAME of BAND`, two stars of one film (`arts_roles`);
10. interviews with outlets: `told MAGAZINE`, `In an interview with X`, `told the X podcast`, `speaking on
    BROADCASTER's show` (the outlet is never the speaker) (`interviews_outlets`);
11. nicknames in marks: `Kofi "The Hammer" Agyemang said`, `known to fans as "Doc"`, `nicknamed`, a chant
    of the nickname (`nicknames`);
12. pundits and fans: `said former player turned pundit NAME`, `Fan NAME, who travelled from TOWN`, a
    supporters' trust chair, a pundit's marked fragment (`pundits_fans`);
13. a coach and a player both quoted, with pronouns of two genders (`coach_and_player`);
14. controls: titles of films, albums, songs and shows, chants, banners, scare terms, scores and stats with no
    report, and a song's title beside one real quotation (`controls`).
"""

# The expectations are computed in the iteration that defines them, so the loop variables they read are the
# right ones.

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, unique_texts
from heldout54data import (
    ALBUMS54,
    ALLMARKS54,
    ARTCLAUSES54,
    ARTISTS54,
    ARTQUOTES54,
    ATHLETES54,
    BANDS54,
    BANNERS54,
    BODYCLAUSES54,
    BODYQUOTES54,
    BROADCASTERS54,
    CATEGORIES54,
    CEREMONIES54,
    CHANTS54,
    CLAUSES54,
    COACHES54,
    DAYS54,
    FANQUOTES54,
    FANS54,
    FILMS54,
    FRAGS54,
    LEAGUES54,
    MARKS54,
    NICKNAMES54,
    OFFICIALS54,
    OUTLETS54,
    PLATFORMS54,
    PLAYS54,
    PODCASTS54,
    POSITIONS54,
    POSTS54,
    PUNDITS54,
    QUOTES54,
    QUOTES_OF54,
    REFCLAUSES54,
    REFQUOTES54,
    SCARES54,
    SCORES54,
    SHOWS54,
    SONGS54,
    TEAMS54,
    TOWNS54,
    VENUES54,
    Team,
)
from heldout_kit import Mark, Person, that_report, tolerate
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick

N = 250

# --- expectations -------------------------------------------------------------------------------------------


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, team, body or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spk = e.speaker
        accepted = set() if spk is None else {_bare(spk)} if isinstance(spk, str) else {_bare(n) for n in spk}
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout54.{name}", group, description, unique_texts(gen))


def _dq(content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return _direct(content, p, title)


def _rq(text: str, clause: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return that_report(text, clause, p, title)


def _body_q(content: str, names: tuple[str, ...]) -> Expect:
    return Expect(content, "direct", names)


def _body_r(text: str, clause: str, names: tuple[str, ...]) -> Expect:
    return that_report(text, clause, names)


def _t(*parts: str) -> Contains:
    return Contains(parts)


def _qc(m: Mark, s: str) -> str:
    """*s* in marks, ending with a comma (before its credit)."""
    return m.q(s + ",")


def _qs(m: Mark, s: str) -> str:
    """*s* in marks, ending with a stop."""
    return m.q(s + ".")


def _of(p: Person, n: int) -> str:
    """A coach's words about player *p*."""
    raw = _pick(QUOTES_OF54, n).format(he=p.pronoun, his=p.poss, him=p.obj)
    return _cap(raw)


def _other(pool: Sequence[Person], p: Person, n: int, *, opp: bool = False) -> Person:
    """Another person of *pool* (of the other gender when *opp*), of another culture than *p*."""
    cands = [
        x
        for x in pool
        if x != p and (x.culture != p.culture or p not in ATHLETES54) and (not opp or x.gender != p.gender)
    ]
    return cands[n % len(cands)]


def _opp_team(t: Team, n: int) -> Team:
    cands = [x for x in TEAMS54 if x != t]
    return cands[n % len(cands)]


def _teamnames(*teams: Team) -> list[str]:
    return [x for t in teams for x in (t.name, t.short)]


# --- 1. post-match ------------------------------------------------------------------------------------------


def post_match() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 8, i // 8
        c, a = _pick(COACHES54, n + s), _pick(ATHLETES54, n * 5 + s)
        t = _pick(TEAMS54, n + 2 * s)
        o = _opp_team(t, n + s)
        m, sc, day = _pick(MARKS54, n + s), _pick(SCORES54, n + s), _pick(DAYS54, n)
        qa = _pick(QUOTES54, n + 3 * s)
        cl = _pick(CLAUSES54, n + s)
        others = _teamnames(t, o)
        people: list[Person] = [c, a]
        if s == 0:
            q = _qc(m, qa)
            text = f"{q} {t.short} manager {c.full} said after the {sc} defeat by {o.name}."
            exp = [_dq(q, c, _t("manager", t.short))]
        elif s == 1:
            q = _qs(m, qa)
            text = f"{c.full}, the {t.name} head coach, told the club's website: {q}"
            exp = [_dq(q, c, _t("head coach", t.short))]
        elif s == 2:
            q = _qc(m, qa)
            town = _pick(TOWNS54, n)
            text = f"{q} {a.full} told reporters after the race in {town} on {day}."
            exp = [_dq(q, a)]
            others = [town]
        elif s == 3:
            text = f"{t.short} captain {a.full} said in {a.poss} post-match press conference that {cl}."
            exp = [_rq(text, cl, a, _t("captain", t.short))]
        elif s == 4:
            q = _qc(m, qa)
            text = f"{t.name} lost {sc} at {o.name} on {day}. {q} {t.short} manager {c.full} said."
            exp = [_dq(q, c, _t("manager", t.short))]
        elif s == 5:
            q = _qs(m, qa)
            text = f"Speaking after the {sc} draw with {o.name}, {t.short} manager {c.full} said: {q}"
            exp = [_dq(q, c, _t("manager", t.short))]
        elif s == 6:
            q = _qc(m, qa)
            text = (
                f"{a.full} scored twice as {t.name} beat {o.name} {sc} on {day}. "
                f"{q} the {a.age}-year-old told the club's website."
            )
            exp = [_dq(q, a)]
        else:
            q = _qc(m, qa)
            text = (
                f"{t.name} head coach {c.full} watched {c.poss} side lose {sc} to {o.name}. "
                f"{q} {c.pronoun} said after the match."
            )
            exp = [_dq(q, c, _t("head coach", t.short))]
            people = [c]
        yield _case(f"ho54-post-{s}", text, exp, people, others)


# --- 2. coaches speaking of players ----------------------------------------------------------------------


def coach_of_player() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 8, i // 8
        c, p = _pick(COACHES54, n + s), _pick(ATHLETES54, n * 7 + s)
        t = _pick(TEAMS54, n + s)
        m = _pick(MARKS54, n + s)
        pos = _pick(POSITIONS54, n + s)
        qo = _of(p, n + s)
        others = _teamnames(t)
        if s == 0:
            q = _qc(m, qo)
            text = f"{q} {c.full} said of {c.poss} {pos} {p.full}."
            exp = [_dq(q, c)]
        elif s == 1:
            q = _qc(m, qo)
            text = f"{t.short} manager {c.full} was full of praise for {p.full}. {q} {c.last} said."
            exp = [_dq(q, c, _t("manager", t.short))]
        elif s == 2:
            q = _qs(m, qo)
            text = f"Of {p.full}, who scored twice, {c.full} said: {q}"
            exp = [_dq(q, c)]
        elif s == 3:
            cl = f"{p.full} had been outstanding since the first week of pre-season"
            text = f"{c.full} said {cl}."
            exp = [_rq(text, cl, c)]
        elif s == 4:
            q = _qc(m, qo)
            text = (
                f"{p.full} scored the winner for {t.name}. "
                f"{q} said {c.full}, the {t.name} manager, of the {p.age}-year-old."
            )
            exp = [_dq(q, c, _t("manager", t.short))]
        elif s == 5:
            q = _qc(m, qo)
            text = (
                f"{c.full} had no complaints about the red card shown to {p.full}. "
                f"{q} the {t.short} head coach said."
            )
            exp = [_dq(q, c, _t("head coach", t.short))]
        elif s == 6:
            q = _qs(m, qo)
            text = f"Asked about {p.full}, {t.short} coach {c.full} said: {q}"
            exp = [_dq(q, c, _t("coach", t.short))]
        else:
            q = _qs(m, qo)
            text = f"{p.full} missed a penalty in the shootout. {c.full} defended {p.obj}: {q}"
            exp = [_dq(q, c)]
        yield _case(f"ho54-of-{s}", text, exp, [c, p], others)


# --- 3. second references -----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 8, i // 8
        p = _pick(ATHLETES54, n + 3 * s)
        b = _other(COACHES54, p, n + s, opp=True)
        t = _pick(TEAMS54, n + s)
        o = _opp_team(t, n)
        m, sc = _pick(ALLMARKS54 if s % 2 else MARKS54, n + s), _pick(SCORES54, n)
        pos = _pick(POSITIONS54, n + s)
        qa, qb = _pick(QUOTES54, n + s), _pick(QUOTES54, n + s + 7)
        cl = _pick(CLAUSES54, n + s)
        tp, tb = _t(pos, t.short), _t("coach", t.short)
        intro = f"{t.name} {pos} {p.full} scored twice in the {sc} win over {o.name}."
        others = _teamnames(t, o)
        people = [p, b]
        if s == 0:
            q = _qc(m, qa)
            text = f"{intro} {q} the {pos} said."
            exp = [_dq(q, p, tp)]
        elif s == 1:
            q = _qc(m, qa)
            text = f"{intro} {q} the {p.age}-year-old said."
            exp = [_dq(q, p, tp)]
        elif s == 2:
            q = _qc(m, qa)
            text = f"{intro} {q} the {p.culture} said."
            exp = [_dq(q, p, tp)]
        elif s == 3:
            q = _qc(m, qa)
            text = f"{intro} {q} {p.last} said."
            exp = [_dq(q, p, tp)]
        elif s == 4:
            text = f"{intro} The {p.culture} said that {cl}."
            exp = [_rq(text, cl, p, tp)]
        elif s == 5:
            q1, q2 = _qc(m, qb), _qc(m, qa)
            text = (
                f"{intro} {t.short} coach {b.full} was delighted. {q1} {b.last} said. "
                f"{q2} the {p.age}-year-old {pos} added."
            )
            exp = [_dq(q1, b, tb), _dq(q2, p, tp)]
        elif s == 6:
            q = _qc(m, qa)
            text = (
                f"{p.full}, the {t.name} {pos}, was named player of the match against {o.name}. "
                f"{q} the {p.culture} told reporters."
            )
            exp = [_dq(q, p, tp)]
        else:
            q1, q2 = _qc(m, qa), _qc(m, qb)
            text = f"{intro} {q1} said the {pos}. {q2} said {p.poss} coach, {b.full}."
            exp = [_dq(q1, p, tp), _dq(q2, b, Contains("coach"))]
        yield _case(f"ho54-ref-{s}", text, exp, people, others)


# --- 4. team and league bodies ------------------------------------------------------------------------------


def bodies() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 8, i // 8
        c = _pick(COACHES54, n + s)
        t = _pick(TEAMS54, n + 2 * s)
        lg = _pick(LEAGUES54, n + s)
        m, day = _pick(MARKS54, n + s), _pick(DAYS54, n + s)
        bq = _pick(BODYQUOTES54, n + s)
        bc = _pick(BODYCLAUSES54, n + s)
        tn = (t.name, t.short)
        ln = (lg,)
        others = [*_teamnames(t), lg]
        if s == 0:
            q = _qc(m, bq)
            text = f"{t.name} have parted company with manager {c.full}. {q} the club said in a statement."
            exp = [_body_q(q, tn)]
        elif s == 1:
            text = f"The {lg} said that {bc}."
            exp = [_body_r(text, bc, ln)]
        elif s == 2:
            q = _qc(m, bq)
            text = f"{q} the {lg} said in a statement on {day}."
            exp = [_body_q(q, ln)]
        elif s == 3:
            cl = f"{c.full} had left by mutual consent"
            text = f"{t.name} said on {day} that {cl}."
            exp = [_body_r(text, cl, tn)]
        elif s == 4:
            q = _qs(m, bq)
            text = f"In a statement, {t.name} said: {q}"
            exp = [_body_q(q, tn)]
        elif s == 5:
            q = _qc(m, bq)
            # key fix: the body's own noun (a union is no league)
            noun = lg.split(" ")[-1].lower()
            text = f"The {lg} fined {t.name} after crowd trouble on {day}. {q} the {noun} said."
            exp = [_body_q(q, ln)]
        elif s == 6:
            q = _qs(m, bq)
            text = f"{t.name} manager {c.full} has been suspended for two matches. The club said: {q}"
            exp = [_body_q(q, tn)]
        else:
            text = (
                f"{c.full}, the {t.name} manager, said {c.pronoun} was saddened by the decision. "
                f"The club said that {bc}."
            )
            cl1 = f"{c.pronoun} was saddened by the decision"
            exp = [_rq(text, cl1, c, _t("manager", t.short)), _body_r(text, bc, tn)]
        yield _case(f"ho54-body-{s}", text, exp, [c], others)


# --- 5. referees and officials ------------------------------------------------------------------------------


def officials() -> Iterator[Case]:
    for i in range(N + 130):
        s, n = i % 8, i // 8
        r = _pick(OFFICIALS54, n + s)
        c = _pick(COACHES54, n * 3 + s)
        t = _pick(TEAMS54, n + s)
        lg = _pick(LEAGUES54, n)
        m = _pick(MARKS54, n + s)
        rq = _pick(REFQUOTES54, n + s)
        cl = _pick(REFCLAUSES54, n * 2 + s)
        others = [*_teamnames(t), lg]
        people = [r, c]
        if s == 0:
            text = f"Referee {r.full} told a pool reporter that {cl}."
            exp = [_rq(text, cl, r, _t("referee"))]
        elif s == 1:
            q = _qc(m, rq)
            text = f"{q} said referee {r.full}, who sent off two {t.name} players."
            exp = [_dq(q, r, _t("referee"))]
        elif s == 2:
            q = _qs(m, rq)
            text = f"The match commissioner, {r.full}, said: {q}"
            exp = [_dq(q, r, _t("match commissioner"))]
        elif s == 3:
            q = _qc(m, _pick(QUOTES54, n + s))
            text = f"{t.short} manager {c.full} criticised referee {r.full}. {q} {c.last} said."
            # key fix: an act of speech with a noun object: the doer's report or none (round 53)
            exp = [
                _dq(q, c, _t("manager", t.short)),
                *tolerate(text, f"criticised referee {r.full}", (c.full,)),
            ]
        elif s == 4:
            text = f"Race director {r.full} said {cl}."
            exp = [_rq(text, cl, r, _t("race director"))]
        elif s == 5:
            q = _qc(m, rq)
            text = f"{q} {r.full}, the fourth official, told {c.full}."
            exp = [_dq(q, r, _t("fourth official"))]
        elif s == 6:
            q = _qs(m, rq)
            text = f"Umpire {r.full} said afterwards: {q}"
            exp = [_dq(q, r, _t("umpire"))]
        else:
            text = f"{r.full}, head of refereeing at the {lg}, said that {cl}."
            exp = [_rq(text, cl, r, _t("head of refereeing", lg))]
            people = [r]
        yield _case(f"ho54-off-{s}", text, exp, people, others)


# --- 6. athletes' titles ------------------------------------------------------------------------------------


def athlete_titles() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 9, i // 9
        p = _pick(ATHLETES54, n + 5 * s)
        c = _pick(COACHES54, n + s)
        t = _pick(TEAMS54, n + s)
        m = _pick(ALLMARKS54, n + s)
        qa = _pick(QUOTES54, n + 2 * s)
        cl = _pick(CLAUSES54, n + s)
        others = _teamnames(t)
        spk = p
        if s == 0:
            q = _qs(m, qa)
            text = f"{t.name} reached the final on {_pick(DAYS54, n)}. Forward {p.full} said: {q}"
            exp = [_dq(q, p, _t("forward"))]
        elif s == 1:
            q = _qc(m, qa)
            text = f"{t.name} reached the final. {q} said {p.full}, the team's captain."
            exp = [_dq(q, p, _t("captain", t.short))]
        elif s == 2:
            q = _qc(m, qa)
            text = f"{q} said world champion {p.full}."
            exp = [_dq(q, p, _t("champion"))]
            others = []
        elif s == 3:
            q = _qc(m, qa)
            text = f"{q} said head coach {c.full} of the {t.name}."
            exp = [_dq(q, c, _t("head coach", t.short))]
            spk = c
        elif s == 4:
            text = f"{t.short} goalkeeper {p.full} said that {cl}."
            exp = [_rq(text, cl, p, _t("goalkeeper", t.short))]
        elif s == 5:
            q = _qs(m, qa)
            text = f"{p.full}, the {t.name} vice-captain, said: {q}"
            exp = [_dq(q, p, _t("vice-captain", t.short))]
        elif s == 6:
            q = _qs(m, qa)
            text = f"Olympic silver medallist {p.full} told reporters: {q}"
            exp = [_dq(q, p, _t("medallist"))]
            others = []
        elif s == 7:
            q = _qs(m, qa)
            text = f"Three-time national champion {p.full} said: {q}"
            exp = [_dq(q, p, _t("champion"))]
            others = []
        else:
            text = f"{c.full}, assistant coach at {t.name}, said {cl}."
            exp = [_rq(text, cl, c, _t("assistant coach", t.short))]
            spk = c
        yield _case(f"ho54-ttl-{s}", text, exp, [spk], others)


# --- 7. social posts ----------------------------------------------------------------------------------------


def social_posts() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 7, i // 7
        p = _pick(ATHLETES54, n + 3 * s)
        b = _other(ATHLETES54, p, n + s)
        t = _pick(TEAMS54, n + s)
        m, plat = _pick(MARKS54, n + s), _pick(PLATFORMS54, n + s)
        ps = _pick(POSTS54, n + s)
        cl = _pick(CLAUSES54, n + s)
        others = [plat]
        people = [p]
        if s == 0:
            q = _qs(m, ps)
            text = f"{p.full} wrote on {plat}: {q}"
            exp = [_dq(q, p)]
        elif s == 1:
            q = _qc(m, ps)
            text = f"{q} {p.full} wrote on {plat} after the match."
            exp = [_dq(q, p)]
        elif s == 2:
            text = f"In a post on {plat}, {p.full} said that {cl}."
            exp = [_rq(text, cl, p)]
        elif s == 3:
            q = _qc(m, ps)
            text = f"{p.full} has announced {p.poss} retirement at {p.age}. {q} {p.last} posted on {plat}."
            # key fix: an act of speech with a noun object: the doer's report or none (round 53)
            exp = [_dq(q, p), *tolerate(text, f"{p.poss} retirement at {p.age}", (p.full,))]
        elif s == 4:
            q = _qc(m, ps)
            art = "an" if plat[0] in "AEIOU" else "a"
            thanked = f"thanked {t.name} fans in {art} {plat} post"
            text = f"{p.full} {thanked}. {q} {p.pronoun} wrote."
            # key fix: thanking someone is tolerated as the thanker's report or none (round 52)
            exp = [_dq(q, p), *tolerate(text, thanked, (p.full,))]
            others = [plat, *_teamnames(t)]
        elif s == 5:
            q = _qs(m, ps)
            text = f"{p.full} hit back at critics on {plat}, writing: {q}"
            exp = [_dq(q, p)]
        else:
            q = _qc(m, ps)
            text = f"{p.full} responded to comments by {b.full} on {plat}. {q} {p.last} wrote."
            exp = [_dq(q, p)]
            people = [p, b]
        yield _case(f"ho54-soc-{s}", text, exp, people, others)


# --- 8. awards speeches -------------------------------------------------------------------------------------


def awards_speeches() -> Iterator[Case]:
    roles = ("actor", "director", "singer", "composer", "screenwriter")
    for i in range(N):
        s, n = i % 8, i // 8
        a = _pick(ARTISTS54, n + s)
        b = _other(ARTISTS54 + COACHES54, a, n + 2 * s)
        m = _pick(MARKS54, n + s)
        aq = _pick(ARTQUOTES54, n + s)
        ac = _pick(ARTCLAUSES54, n + s)
        cer, cat = _pick(CEREMONIES54, n + s), _pick(CATEGORIES54, n)
        if a.gender == "m" and cat == "actress":
            cat = "actor"
        film = m.q(_pick(FILMS54, n + s))
        role = _pick(roles, n + s)
        others = [cer]
        people = [a]
        if s == 0:
            q = _qc(m, aq)
            text = f"{q} {a.full} said in {a.poss} acceptance speech at the {cer}."
            exp = [_dq(q, a)]
        elif s == 1:
            q = _qs(m, aq)
            text = f"Accepting the award for best {cat}, {a.full} told the audience: {q}"
            exp = [_dq(q, a)]
        elif s == 2:
            text = f"{a.full}, who won best {cat} for {film}, said that {ac}."
            exp = [_rq(text, ac, a)]
        elif s == 3:
            q = _qc(m, aq)
            text = f"{_cap(role)} {a.full} thanked {b.full} in {a.poss} speech. {q} {a.last} said."
            # key fix: thanking someone is tolerated as the thanker's report or none (round 52)
            exp = [_dq(q, a, _t(role)), *tolerate(text, f"thanked {b.full} in", (a.full,))]
            people = [a, b]
        elif s == 4:
            q = _qc(m, aq)
            text = f"{q} said {a.full} as {a.pronoun} collected the prize at the {cer}."
            exp = [_dq(q, a)]
        elif s == 5:
            q = _qc(m, aq)
            text = f"Singer {a.full} dedicated the prize to {a.poss} grandmother. {q} {a.pronoun} said."
            exp = [_dq(q, a, _t("singer"))]
        elif s == 6:
            p = _pick(ATHLETES54, n + s)
            lg = _pick(LEAGUES54, n)
            q = _qs(m, _pick(QUOTES54, n + s))
            text = f"{p.full}, named {lg} player of the year on {_pick(DAYS54, n)}, said: {q}"
            exp = [_dq(q, p)]
            people, others = [p], [lg]
        else:
            text = f"{a.full} told the ceremony that {ac}."
            exp = [_rq(text, ac, a)]
        yield _case(f"ho54-award-{s}", text, exp, people, others)


# --- 9. arts roles ------------------------------------------------------------------------------------------


def arts_roles() -> Iterator[Case]:
    for i in range(N + 20):
        s, n = i % 8, i // 8
        a = _pick(ARTISTS54, n + 3 * s)
        b = _other(ARTISTS54, a, n + s, opp=True)
        m = _pick(MARKS54, n + s)
        aq = _pick(ARTQUOTES54, n + s)
        ac = _pick(ARTCLAUSES54, n + s)
        film, play = m.q(_pick(FILMS54, n + s)), m.q(_pick(PLAYS54, n))
        band = _pick(BANDS54, n + s)
        others: list[str] = []
        people = [a]
        if s == 0:
            q = _qs(m, aq)
            text = f"Director {a.full} said of the film: {q}"
            exp = [_dq(q, a, _t("director"))]
        elif s == 1:
            text = f"The singer {a.full} told a podcast that {ac}."
            exp = [_rq(text, ac, a, _t("singer"))]
        elif s == 2:
            q = _qs(m, aq)
            text = f"{a.full}, the composer behind {film}, said: {q}"
            exp = [_dq(q, a, _t("composer"))]
        elif s == 3:
            q = _qc(m, aq)
            text = f"{a.full} plays the lead in {film}. {q} the actor said."
            exp = [_dq(q, a, _t("actor"))]
        elif s == 4:
            cl = "the band would tour again next spring"
            text = f"Guitarist {a.full} of {band} said {cl}."
            exp = [_rq(text, cl, a, _t("guitarist", _bare(band)))]
            others = [band]
        elif s == 5:
            q = _qc(m, aq)
            text = f"{q} {a.full}, the playwright, said of {play}."
            exp = [_dq(q, a, _t("playwright"))]
        elif s == 6:
            q = _qc(m, aq)
            text = f"{a.full} and {b.full} star in {film}. {q} {a.last} said. {b.last} said that {ac}."
            exp = [_dq(q, a), _rq(text, ac, b)]
            people = [a, b]
        else:
            q = _qc(m, aq)
            text = f"{q} the director of {film}, {a.full}, told {_pick(OUTLETS54, n)}."
            exp = [_dq(q, a, _t("director"))]
            others = [_pick(OUTLETS54, n)]
        yield _case(f"ho54-arts-{s}", text, exp, people, others)


# --- 10. interviews with outlets ----------------------------------------------------------------------------


def interviews_outlets() -> Iterator[Case]:
    for i in range(N + 50):
        s, n = i % 8, i // 8
        a = _pick(ARTISTS54 + ATHLETES54, n * 3 + s)
        m = _pick(MARKS54, n + s)
        out, pod, bc = _pick(OUTLETS54, n + s), _pick(PODCASTS54, n + s), _pick(BROADCASTERS54, n)
        aq = _pick(ARTQUOTES54 + QUOTES54, n + s)
        ac = _pick(ARTCLAUSES54 + CLAUSES54, n + s)
        show = m.q(_pick(SHOWS54, n))
        others = [out]
        if s == 0:
            q = _qs(m, aq)
            text = f"{a.full} told {out}: {q}"
            exp = [_dq(q, a)]
        elif s == 1:
            q = _qc(m, aq)
            text = f"{q} {a.full} told {out} in an interview published on {_pick(DAYS54, n)}."
            exp = [_dq(q, a)]
        elif s == 2:
            text = f"In an interview with {out}, {a.full} said that {ac}."
            exp = [_rq(text, ac, a)]
        elif s == 3:
            text = f"{a.full} told the {pod} podcast that {ac}."
            exp = [_rq(text, ac, a)]
            others = [pod, f"the {pod} podcast"]
        elif s == 4:
            q = _qs(m, aq)
            text = f"Speaking to {out}, {a.full} said: {q}"
            exp = [_dq(q, a)]
        elif s == 5:
            q = _qc(m, aq)
            text = f"{a.full} has rarely spoken about {a.poss} early years. {q} {a.last} told {out}."
            exp = [_dq(q, a)]
        elif s == 6:
            q = _qc(m, aq)
            text = f"{_cap(out)} asked {a.full} about {a.poss} new series, {show}. {q} {a.pronoun} said."
            exp = [_dq(q, a)]
        else:
            q = _qs(m, aq)
            text = f"{a.full}, speaking on {bc}, said: {q}"
            exp = [_dq(q, a)]
            others = [bc]
        yield _case(f"ho54-intv-{s}", text, exp, [a], others)


# --- 11. nicknames ------------------------------------------------------------------------------------------


def nicknames() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 7, i // 7
        p = _pick(ATHLETES54, n + 5 * s)
        b = _other(ATHLETES54, p, n + s, opp=False)
        t = _pick(TEAMS54, n + s)
        m = _pick(MARKS54, n + s)
        nick = m.q(_pick(NICKNAMES54, n + s))
        first = p.full.split(" ")[0]
        written = f"{first} {nick} {p.last}"
        acc = (p.full, written)
        qa, cl = _pick(QUOTES54, n + s), _pick(CLAUSES54, n + s)
        pos = _pick(POSITIONS54, n)
        others = _teamnames(t)
        people = [b]
        if s == 0:
            q = _qs(m, qa)
            text = f"{written} said: {q}"
            exp = [_direct(q, acc)]
        elif s == 1:
            q = _qc(m, qa)
            text = f"{q} said {written}, the {t.name} {pos}."
            exp = [_direct(q, acc, _t(pos, t.short))]
        elif s == 2:
            text = f"{p.full}, known to fans as {nick}, said that {cl}."
            exp = [that_report(text, cl, acc)]
        elif s == 3:
            q = _qs(m, qa)
            text = f"{p.full}, nicknamed {nick}, told reporters: {q}"
            exp = [_direct(q, acc)]
        elif s == 4:
            q = _qc(m, qa)
            text = f"The crowd chanted {nick} as {p.full} left the field. {q} {p.last} said."
            exp = [_direct(q, acc)]
        elif s == 5:
            q = _qc(m, qa)
            text = f"{written} knocked out {b.full} in the third round. {q} {p.last} said."
            exp = [_direct(q, acc)]
        else:
            text = f"{written} returns to the ring in {_pick(TOWNS54, n)} on {_pick(DAYS54, n)}."
            exp = []
        yield _case(f"ho54-nick-{s}", text, exp, people, others)


# --- 12. pundits and fans -----------------------------------------------------------------------------------


def pundits_fans() -> Iterator[Case]:
    for i in range(N + 40):
        s, n = i % 8, i // 8
        x, f = _pick(PUNDITS54, n + s), _pick(FANS54, n + 2 * s)
        t = _pick(TEAMS54, n + s)
        m = _pick(MARKS54, n + s)
        fq = _pick(FANQUOTES54, n + s)
        cl = _pick(CLAUSES54, n + s)
        bc = _pick(BROADCASTERS54, n)
        town = _pick(TOWNS54, n + s)
        others = _teamnames(t)
        spk = x
        if s == 0:
            q = _qc(m, fq)
            text = f"{q} said former player turned pundit {x.full}."
            exp = [_dq(q, x, _t("pundit"))]
        elif s == 1:
            text = f"{x.full}, a former {t.name} captain who now works as a pundit, said {cl}."
            exp = [_rq(text, cl, x)]
        elif s == 2:
            q = _qs(m, fq)
            text = f"{t.name} fan {f.full}, who travelled from {town}, said: {q}"
            exp = [_dq(q, f)]
            spk, others = f, [*others, town]
        elif s == 3:
            q = _qc(m, fq)
            text = f"{q} said {f.full}, {f.age}, a {t.name} season-ticket holder for twenty years."
            exp = [_dq(q, f)]
            spk = f
        elif s == 4:
            q = _qs(m, fq)
            text = f"{x.full}, speaking as a pundit on {bc}, said: {q}"
            exp = [_dq(q, x)]
            others = [bc]
        elif s == 5:
            cl2 = "the fans deserved an apology from the board"
            text = f"{t.short} supporters' trust chair {f.full} said that {cl2}."
            exp = [_rq(text, cl2, f, _t("chair", t.short))]
            spk = f
        elif s == 6:
            frag = m.q(_pick(FRAGS54, n + s))
            cl2 = f"the {t.short} defence had been {frag}"
            text = f"Pundit {x.full} said {cl2}."
            exp = [_mixed_report(text, cl2, x, _t("pundit"))]
        else:
            q = _qs(m, fq)
            text = f"Former {t.name} striker {x.full}, now a pundit, said: {q}"
            exp = [_dq(q, x)]
        yield _case(f"ho54-pundit-{s}", text, exp, [spk], others)


# --- 13. coach and player -----------------------------------------------------------------------------------


def coach_and_player() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 6, i // 6
        p = _pick(ATHLETES54, n + 5 * s)
        c = _other(COACHES54, p, n + s, opp=True)
        t = _pick(TEAMS54, n + s)
        m, sc = _pick(MARKS54, n + s), _pick(SCORES54, n + s)
        qa, qb, qc = _pick(QUOTES54, n + s), _pick(QUOTES54, n + s + 5), _pick(QUOTES54, n + s + 9)
        cl = _pick(CLAUSES54, n + s)
        others = _teamnames(t)
        tc = _t("coach", t.short)
        if s == 0:
            q1, q2, q3 = _qc(m, qa), _qs(m, qb), _qs(m, qc)
            text = (
                f"{q1} said {t.short} coach {c.full}. {p.full}, the team's captain, said: {q2} "
                f"{_cap(c.pronoun)} added: {q3}"
            )
            # key fix: the team is only implied by the coach's title: the captain's role alone
            exp = [_dq(q1, c, tc), _dq(q2, p, _t("captain")), _dq(q3, c, tc)]
        elif s == 1:
            q1, q2 = _qc(m, qa), _qc(m, qb)
            text = (
                f"{c.full} has coached {p.full} since {p.poss} junior days. "
                f"{q1} {p.pronoun} said after the final. {q2} {c.pronoun} said."
            )
            exp = [_dq(q1, p), _dq(q2, c)]
        elif s == 2:
            q = _qc(m, _of(p, n + s))  # key fix: a coach's words about the player, not a player's words
            text = (
                f"{p.full} won the title in {_pick(TOWNS54, n)} with {p.poss} coach, {c.full}, watching. "
                f"{q} {c.pronoun} said."
            )
            exp = [_dq(q, c, Contains("coach"))]
            others = []
        elif s == 3:
            cl1 = f"{p.full} had earned the win"
            text = f"{c.full} said {cl1}. {_cap(p.pronoun)} said that {cl}."
            exp = [_rq(text, cl1, c), _rq(text, cl, p)]
            others = []
        elif s == 4:
            q1, q2 = _qc(m, qa), _qc(m, qb)
            text = f"{q1} {p.full} said. {q2} {p.poss} coach, {c.full}, said."
            exp = [_dq(q1, p), _dq(q2, c, Contains("coach"))]
            others = []
        else:
            q = _qc(m, qa)
            text = (
                f"{c.full}, head coach of {t.name}, and captain {p.full} both spoke after the {sc} win. "
                f"{q} {p.pronoun} said."
            )
            # key fix: *and captain NAME* implies the team but does not state it
            exp = [_dq(q, p, _t("captain"))]
        yield _case(f"ho54-both-{s}", text, exp, [c, p], others)


# --- 14. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    for i in range(N):
        s, n = i % 10, i // 10
        a, p = _pick(ARTISTS54, n + s), _pick(ATHLETES54, n + 3 * s)
        t = _pick(TEAMS54, n + s)
        o = _opp_team(t, n)
        m, sc, day = _pick(ALLMARKS54, n + s), _pick(SCORES54, n), _pick(DAYS54, n + s)
        lg = _pick(LEAGUES54, n)
        exp: list[Expect] = []
        people = [a, p]
        if s == 0:
            text = f"{a.full}'s new album, {m.q(_pick(ALBUMS54, n))}, is out on {day}."
        elif s == 1:
            text = f"The film {m.q(_pick(FILMS54, n))} opens at the {_pick(VENUES54, n)} on {day}."
        elif s == 2:
            text = f"{t.name} fans sang {m.q(_pick(CHANTS54, n))} for the last ten minutes of the {sc} win."
        elif s == 3:
            text = f"{t.name} beat {o.name} {sc} on {day}, with {p.full} scoring twice."
        elif s == 4:
            text = f"The series {m.q(_pick(SHOWS54, n))} returns for a third season on {day}."
        elif s == 5:
            text = (
                f"{p.full} was named in the {lg} team of the week after {p.poss} hat-trick against {o.name}."
            )
        elif s == 6:
            q = _qc(m, _pick(ARTQUOTES54, n))
            text = f"{a.full} closed the night with {m.q(_pick(SONGS54, n))}. {q} {a.pronoun} told the crowd."
            exp = [_dq(q, a)]
        elif s == 7:
            text = f"The so-called {m.q(_pick(SCARES54, n))} has cost {t.name} nine points since {day}."
        elif s == 8:
            text = (
                f"{p.full}, {p.age}, averaged 18.4 points a game last season and shot 41 per cent from deep."
            )
        else:
            text = f"A banner in the away end read {m.q(_pick(BANNERS54, n))} as {t.name} went down {sc}."
        yield _case(f"ho54-ctl-{s}", text, exp, people, [*_teamnames(t), lg])


HELD_OUT_54: tuple[Capability, ...] = (
    _named(
        "post_match",
        "1",
        "post-match quotes: after the 2-1 defeat; the club's website; press conference",
        post_match,
    ),
    _named(
        "coach_of_player",
        "4",
        "NAME said of his striker OTHER; Of OTHER, NAME said; Asked about OTHER",
        coach_of_player,
    ),
    _named(
        "second_refs",
        "4",
        "the midfielder, the 23-year-old, the Ghanaian, SURNAME; a coach of the other gender",
        second_refs,
    ),
    _named("bodies", "5", "the club said in a statement; the league said; TEAM said that", bodies),
    _named(
        "officials", "6", "referee, match commissioner, race director, fourth official, umpire", officials
    ),
    _named(
        "athlete_titles",
        "6",
        "Forward NAME; the team's captain; world champion; head coach NAME of TEAM",
        athlete_titles,
    ),
    _named(
        "social_posts",
        "5",
        "wrote on Instagram; In a post on TikTok; hit back on Threads, writing:",
        social_posts,
    ),
    _named(
        "awards_speeches",
        "1",
        "acceptance speech; told the audience; a film's title beside the speech",
        awards_speeches,
    ),
    _named(
        "arts_roles",
        "6",
        "Director NAME said of the film; the singer told a podcast; Guitarist NAME of BAND",
        arts_roles,
    ),
    _named(
        "interviews_outlets",
        "5",
        "told MAGAZINE; In an interview with X; the X podcast; the outlet never speaks",
        interviews_outlets,
    ),
    _named("nicknames", "2", 'Kofi "The Hammer" Agyemang; known to fans as "Doc"; nicknamed', nicknames),
    _named(
        "pundits_fans",
        "6",
        "former player turned pundit; a fan from TOWN; supporters' trust chair",
        pundits_fans,
    ),
    _named(
        "coach_and_player", "4", "a coach and a player both quoted, pronouns of two genders", coach_and_player
    ),
    _named(
        "controls", "8", "titles of films, albums, songs, shows; chants; banners; scores and stats", controls
    ),
)
