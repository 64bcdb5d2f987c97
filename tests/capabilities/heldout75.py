"""Seventy-fifth held-out round: capabilities written at commit ``fa7bd471`` by a helper (``hcap81``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout75data.py``: thirty invented candidates, running mates,
campaign staff, spokespeople, surrogates, moderators, pollsters, strategists and voters of Norwegian, Igbo,
Irish, Mexican, Japanese, English, Polish, Tamil, French, Israeli, Scottish, Iranian, Czech, American,
Ghanaian, Swedish and Malayali origin, each with a gender and an age; fourteen campaign and political roles
with their party, city or county; parties, committees and polling firms that issue statements; outlets with
their moderators' and reporters' posts; debate questions, rally quotations, attack lines about an opponent,
concession and victory lines, voters' jobs and words, ads with titles and narrators' lines, reported clauses,
pointed fragments, insults, promises, slogans, chants, nicknames and scare terms) as a round of CAMPAIGN
TRAIL, DEBATES AND ELECTION NIGHT as a political reporter writes them: every case is a short passage (one to
five sentences, or a short article) with one to three people, and every quotation checks the content (the
marks and the words inside them for a direct quotation; the reported clause, with or without its *that*, for
an indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one), the kind, the
canonical full name and, whenever the text states one, the title with `Contains` of the role noun and each
affiliation stated, with `wrong_speakers` for every other person, body, outlet and document.

Conventions: a quotation ABOUT a person is never BY them: an attack line, an ad's line or an insult about an
opponent is the attacker's (or, for an ad, the narrator's, the sponsor's or nobody's), never the opponent's. A
statement, memo or poll speaks for the body that issued it: the key accepts the body's name (with or without
its article) and, for a memo or a poll (and, since the key fix, a statement), the document's noun; a campaign
named after its candidate (*the Lund campaign*, *Lund's campaign*) is a body of its own, and its candidate
does not speak its statement. A moderator's question in marks is the moderator's direct quotation. Words
nobody in the passage says (a slogan on a sign, a crowd's chant, an opponent's promise or line that a
candidate quotes back, a line that closes an ad) are accepted as no quotation or as one with no speaker or the
source the passage gives them (the crowd, the opponent, the narrator or the sponsor), never as the words of
the candidate who is present; an opponent's words quoted inside a candidate's quotation leave the candidate's
quotation whole. A relative clause (*who ran OTHER's campaign in 2018*) or a fronted description without a
role states no title, so the title is checked only where a role is stated in apposition, before the name,
after the name in a credit or as *is ROLE*; a voter's job in apposition (*a retired nurse*) is a title. A
pronoun is checked only where one reading is plain: the one person of its gender, the subject of the sentence
before, or the speaker an *added* continues. A split quotation may come out as two quotations or as one span
with its credit inside; a report of two clauses as one or two reports. An accusation (*accused OTHER of
dodging the question*, *The ad accuses OTHER of skipping votes*) is accepted as no quotation or as the
accuser's report, never the accused's.

Key fixes after the one run (no case weakened): `FULL accused OTHER of dodging the question` and `The ad
accuses OTHER of skipping votes` are reports with content that the key had not foreseen; they are now
accepted as the accuser's (the ad's or its sponsor's) report or none, never the accused's; `A statement from
the LAST campaign said` accepts the statement's noun (*statement from the LAST campaign*), as the memo shape
already accepted the memo's; the poll-release article's first sentence (`A new poll from FIRM shows the race
... tightening`) is a poll finding the key had missed, now expected as the firm's (or the poll's) report, as
capability 9 expects every poll finding. Later, on main, three shapes were brought into line with the
conventions earlier rounds keep, as PolNeAR annotates them (no speaker weakened): an act with an object
(*thanked volunteers in TOWN*, *endorsed OTHER*) is tolerated as the doer's report or none (66 cases);
*when asked about the numbers* is tolerated as a report with no speaker; and a report followed by an
uncredited quotation of the same speaker (*HE said C. "Q."*) may also come out as one mixed content (66).

1. campaign roles: `said PRE FULL`, `FULL, ROLE, said:`, `PRE FULL told reporters that`, `who is running
   against OTHER` (no title), `FULL, AGE, ROLE, said that`, `PRONOUN is ROLE.`, two roles then a surname,
   `FULL, OTHER's running mate,` (`campaign_roles`);
2. cue verbs beyond *said*: insisted, warned, quipped, conceded, vowed, joked, countered, boasted, inverted
   or not, `wrote on social media:`, `posted online`, `tweeted that`, a fundraising email, `PRONOUN added`
   (`cue_verbs`);
3. credit forms: a colon after a fronted phrase, `According to FULL, ROLE,`, a fronted description, split
   quotations (`"A," FULL said, "b."`, inverted with a role), two sentences, `POSS message was simple:`, a
   credit to an outlet (`credit_forms`);
4. rallies and voters: `told supporters at a rally in TOWN:`, `told a crowd of about 2,000`, a crowd's chant,
   voters with jobs, a surrogate warming up the crowd (`rallies`);
5. debates: a moderator's question, `asked OTHER:` and the reply, `Asked by the moderator whether`, `shot
   back:`, an accusation then a pronoun, two quotations around a credit, the moderator named as asker
   (`debates`);
6. attack lines about an opponent: `said of OTHER`, `In a swipe at OTHER`, `said OTHER had`, `called OTHER
   "X"`, `went after OTHER, saying that`, the opponent as the target, no comment from the opponent, two
   candidates' reports about each other (`attack_lines`);
7. ads: titles in marks, a narrator's line, a candidate in their own ad, the line that closes the ad,
   `dismissed the ad as "X"`, the committee that paid for it (`ads`);
8. statements for bodies: `BODY said in a statement that`, `"C," BODY said`, a spokeswoman for the LAST
   campaign, a statement from the LAST campaign, a memo obtained by an outlet, a spokesman for a person
   (`statements`);
9. pollsters and strategists: a poll that found, `a pollster at FIRM`, a strategist of a party, `According to
   FIRM,`, a former campaign manager by relative clause, `FIRM's director of polling, FULL,`, a memo to
   donors, a poll and a political scientist's caution (`polls_strategists`);
10. election night: concessions and victory speeches, `conceded, telling supporters that`, a campaign saying
    the rival called to concede, `PRONOUN said. OTHER has not conceded.` (`election_night`);
11. paraphrase and mockery: an opponent's word quoted inside a candidate's quotation, a mocked promise, `OTHER
    has called FULL's plan "X". FULL shot back:`, an opponent's line read out, `Referring to OTHER's remark
    that`, `My opponent likes to say, 'L,'`, `called that claim "X"`, a response (`paraphrase_mock`);
12. pronouns across two or three people of both and of the same gender (`pronouns`);
13. second references by surname, by role (`the candidate added`, `the spokeswoman added`), by age, by
    surname after a second person (`second_refs`);
14. short campaign articles of four paragraphs: a debate night, a rally, an election night and a poll release,
    with speakers carried across paragraphs by surname, role and pronoun (`articles`);
15. controls: slogans on signs, nicknames, scare terms, a memoir's, an ad's and a forum's title, a crowd's
    chant, narrative with *did not respond*, a handshake tour, and one real quotation beside a slogan
    (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, locate, named, sample, unique_texts
from heldout75data import (
    AD_LINES75,
    AD_TITLES75,
    ADFRAGS75,
    ALLMARKS75,
    ATTACK_CLAUSES75,
    ATTACKS75,
    BLINES75,
    BODIES75,
    BODYQUOTES75,
    BOOKS75,
    CAUTIONS75,
    CHANTS75,
    CLAUSES75,
    CONCCLAUSES75,
    CONCESSIONS75,
    DAYS75,
    EVENTS75,
    FRAGS75,
    INSULTS75,
    JOBS75,
    MOCKS75,
    NARRATIVE75,
    NICKS75,
    OUTLETS75,
    PARTIES75,
    PEOPLE75,
    POLLFINDS75,
    POLLSTERS75,
    PROMISES75,
    QUESTIONS75,
    QUOTES75,
    ROLES75,
    SCARE75,
    SLOGANS75,
    SPLITS75,
    STRATS75,
    TOWNS75,
    VICCLAUSES75,
    VICTORIES75,
    VOTERS75,
    Role75,
)
from heldout_kit import Mark, Person, names, other_person, tolerate
from heldout_kit import accepted_names as _accepted
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import bare_name as _bare
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _report
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that

# --- shared helpers -----------------------------------------------------------------------------------------


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE75, p, step, gender=gender, avoid=avoid)


def _t(parts: tuple[str, ...]) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _qt(n: int) -> str:
    return QUOTES75[n % len(QUOTES75)]


def _cl(n: int) -> str:
    return CLAUSES75[n % len(CLAUSES75)]


def _role(n: int) -> Role75:
    return ROLES75[n % len(ROLES75)]


def _role2(n: int, taken: Role75) -> Role75:
    for step in range(len(ROLES75)):
        role = ROLES75[(n + 5 + step) % len(ROLES75)]
        if role.short != taken.short:
            return role
    raise ValueError("no second role")


def _spokes(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


def _body(name: str) -> tuple[str, ...]:
    """The names a key accepts for a body: with and without its article."""
    return (name, name.removeprefix("the "))


def _campaign(p: Person) -> tuple[str, ...]:
    """The names a key accepts for the campaign of *p*: `the LAST campaign`, `LAST's campaign`, `FULL's
    campaign`."""
    return (
        f"the {p.last} campaign",
        f"{p.last} campaign",
        f"{_poss(p.last)} campaign",
        f"{_poss(p.full)} campaign",
    )


def _within(text: str, inner: Expect, outer: Expect) -> bool:
    start, end = locate(text, outer.content, outer.occurrence)
    i_start, i_end = locate(text, inner.content, inner.occurrence)
    return start <= i_start and i_end <= end


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Iterable[str] = (),
    *,
    loose: Sequence[Expect] = (),
    forbidden: Sequence[str] = (),
    extra_wrong: Sequence[tuple[str, str]] = (),
) -> Case:
    """A case: every quotation of *expects* given to a person, body, outlet or document its key does not
    accept is wrong; *loose* quotations (tolerated words nobody in the passage says) are expected when quotex
    finds them and carry no wrong speakers of their own, and the source a loose quotation inside another
    quotation is given is not wrong for the quotation around it."""
    others = tuple(others)
    wrong: list[tuple[str, str]] = list(extra_wrong)
    for e in expects:
        accepted = _accepted(e)
        spared = {n for lq in loose if _within(text, lq, e) for n in _accepted(lq)}
        for p in people:
            if _bare(p.full) not in accepted and _bare(p.full) not in spared:
                wrong.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted and _bare(o) not in spared:
                wrong.append((e.content, o))
    return Case("", template, text, [*expects, *loose], forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout75.{name}", group, description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS75, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE75, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE75.index(p), shape, r)


def _inner(m: Mark) -> Mark:
    """The marks for a quotation inside a quotation in *m*."""
    return Mark("\u2018", "\u2019") if m.open in ('"', "\u201c") else Mark("\u201c", "\u201d")


def _attack(n: int, opp: Person) -> str:
    return ATTACKS75[n % len(ATTACKS75)].format(opp=opp.last)


def _attack_cl(n: int, opp: Person) -> str:
    return ATTACK_CLAUSES75[n % len(ATTACK_CLAUSES75)].format(opp=opp.last)


# --- 1. campaign roles --------------------------------------------------------------------------------------


def campaign_roles() -> Iterator[Case]:
    """`"C," said PRE FULL.`, `FULL, ROLE, said: "C."`, `PRE FULL told reporters in TOWN that C.`, `"C," said
    FULL, who is running for governor against OTHER.` (no title), `FULL, AGE, ROLE, said that C.`, `"C," FULL
    said. PRONOUN is ROLE.`, two people with roles then a surname credit, `FULL, OTHER's running mate, said:
    "C."` Key: FULL, with ROLE's parts where a role is stated; OTHER never speaks."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-roles"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        b = _other(a, k)
        rb = _role2(k, role)
        c = _cl(k)
        town = _pick(TOWNS75, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = []
        if shape == 0:
            text, ex = f"{q} said {role.pre} {a.full}.", [_d(q, a, t)]
        elif shape == 1:
            text, ex = f"{a.full}, {role.after}, said: {qs}", [_d(qs, a, t)]
        elif shape == 2:
            text = f"{_cap(role.pre)} {a.full} told reporters in {town} that {c}."
            ex, others = [_that(text, c, a, t)], [town]
        elif shape == 3:
            text = f"{q} said {a.full}, who is running for governor against {b.full}."
            ex, people = [_d(q, a, ANY)], (a, b)
        elif shape == 4:
            text = f"{a.full}, {a.age}, {role.after}, said that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"{q} {a.full} said. {_cap(a.pronoun)} is {role.after}."
            ex = [_d(q, a, t)]
        elif shape == 6:
            text = _article(
                f"{a.full}, {role.after}, and {b.full}, {rb.after}, spoke at the county fair.",
                f"{q} {a.last} said.",
            )
            ex, people = [_d(q, a, t)], (a, b)
        else:
            text = f"{a.full}, {_poss(b.full)} running mate, said: {qs}"
            ex, people = [_d(qs, a, _t(("running mate",)))], (a, b)
        yield _case(f"ho75-roles-{shape}", text, ex, people, others)


# --- 2. cue verbs -------------------------------------------------------------------------------------------

_DIRECT_VERBS = ("insisted", "warned", "quipped", "conceded", "vowed", "joked", "countered", "boasted")
_THAT_VERBS = ("insisted", "warned", "conceded", "vowed", "argued", "predicted", "boasted", "acknowledged")


def cue_verbs() -> Iterator[Case]:
    """`"C," FULL VERB.`, `"C," VERB FULL.`, `FULL VERB that C.`, `FULL wrote on social media: "C."`, `"C,"
    FULL posted online late on DAY.`, `FULL tweeted on DAY that C.`, `FULL, ROLE, wrote in a fundraising email
    to supporters that C.`, `FULL said that C. "C2," PRONOUN added.` Key: FULL, with ROLE where stated."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-cues"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        day = _pick(DAYS75, k)
        v, tv = _pick(_DIRECT_VERBS, k), _pick(_THAT_VERBS, k)
        title: TitleSpec = ANY
        if shape == 0:
            text, ex = f"{q} {a.full} {v}.", [_d(q, a)]
        elif shape == 1:
            text, ex = f"{q} {v} {a.full}.", [_d(q, a)]
        elif shape == 2:
            text = f"{a.full} {tv} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 3:
            text, ex = f"{a.full} wrote on social media: {qs}", [_d(qs, a)]
        elif shape == 4:
            text, ex = f"{q} {a.full} posted online late on {day}.", [_d(q, a)]
        elif shape == 5:
            text = f"{a.full} tweeted on {day} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 6:
            text = f"{a.full}, {role.after}, wrote in a fundraising email to supporters that {c}."
            ex = [_that(text, c, a, t)]
        else:
            title = t
            text = f"{a.full}, {role.after}, said that {c}. {q} {a.pronoun} added."
            ex = [_that(text, c, a, title), _d(q, a, title)]
        yield _case(f"ho75-cues-{shape}", text, ex, (a,), [day])


# --- 3. credit forms ----------------------------------------------------------------------------------------


def credit_forms() -> Iterator[Case]:
    """`Speaking at a diner in TOWN, FULL put it bluntly: "C."`, `According to FULL, ROLE, C.`, `A one-time
    bus driver from TOWN, FULL told the crowd: "C."` (no title), `"C1," FULL said, "c2."`, `"C1," said FULL,
    ROLE, "c2."`, `"C1," FULL said. "C2."`, `POSS message to the crowd was simple: "C."`, `"C," FULL, ROLE,
    told OUTLET on DAY.` Key: FULL, with ROLE where stated; the outlet never speaks."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-credits"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 7) + ".")
        p1, p2 = SPLITS75[k % len(SPLITS75)]
        h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
        c = _cl(k)
        town = _pick(TOWNS75, k)
        o = _pick(OUTLETS75, k)
        day = _pick(DAYS75, k)
        others: list[str] = [town]
        if shape == 0:
            text = f"Speaking at a diner in {town}, {a.full} put it bluntly: {qs}"
            ex = [_d(qs, a)]
        elif shape == 1:
            text = f"According to {a.full}, {role.after}, {c}."
            ex = [_report(c, a, t)]
        elif shape == 2:
            text = f"A one-time bus driver from {town}, {a.full} told the crowd: {qs}"
            ex = [_d(qs, a)]
            others.append("the crowd")
        elif shape == 3:
            text = f"{h1} {a.full} said, {h2}"
            ex = _groups(text, [h1, h2], a, ANY)
        elif shape == 4:
            text = f"{h1} said {a.full}, {role.after}, {h2}"
            ex = _groups(text, [h1, h2], a, t)
        elif shape == 5:
            text = f"{q} {a.full} said. {q2}"
            ex = _groups(text, [q, q2], a, ANY)
        elif shape == 6:
            text = f"{_poss(a.full)} message to the crowd in {town} was simple: {qs}"
            ex = [_d(qs, a)]
        else:
            text = f"{q} {a.full}, {role.after}, told {o.name} on {day}."
            ex = [_d(q, a, t)]
            others.append(o.name)
        yield _case(f"ho75-credits-{shape}", text, ex, (a,), others)


# --- 4. rallies and voters ----------------------------------------------------------------------------------


def rallies() -> Iterator[Case]:
    """`FULL told supporters at a rally in TOWN: "C."`, `"C," FULL told a crowd of about 2,000 in TOWN on
    DAY.`, `Speaking at a rally in TOWN, FULL, ROLE, said that C.`, `The crowd chanted "CH" as FULL took the
    stage. "C," FULL said.` (the chant no quotation, or the crowd's, or nobody's), `"V," said VOTER, JOB from
    TOWN, as PRONOUN waited for CANDIDATE to arrive.`, `Among those waiting was VOTER, JOB. "V," PRONOUN
    said.`, `CANDIDATE told the crowd that C. VOTER, JOB, was unconvinced: "V."`, a surrogate with a role
    warming up the crowd before CANDIDATE. Key: the speaker (voters with their job); the candidate never
    speaks a voter's words nor the crowd's chant, nor a voter the candidate's."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-rallies"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        v, vs = m.q(_pick(VOTERS75, k) + ","), m.q(_pick(VOTERS75, k) + ".")
        job, jparts = _pick(JOBS75, k)
        jt = _t(jparts)
        b = _other(a, k, gender=_opp(a))
        c = _cl(k)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [town, "supporters", "the crowd"]
        loose: list[Expect] = []
        if shape == 0:
            text, ex = f"{a.full} told supporters at a rally in {town}: {qs}", [_d(qs, a)]
        elif shape == 1:
            text, ex = f"{q} {a.full} told a crowd of about 2,000 in {town} on {day}.", [_d(q, a)]
        elif shape == 2:
            text = f"Speaking at a rally in {town}, {a.full}, {role.after}, said that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            region = f"The crowd chanted {m.q(_pick(CHANTS75, k))} as {a.full} took the stage."
            text = f"{region} {q} {a.full} said."
            ex = [_d(q, a)]
            loose = tolerate(text, region, ("the crowd", "crowd"))
            others = [town]
        elif shape == 4:
            text = f"{v} said {a.full}, {job} from {town}, as {a.pronoun} waited for {b.full} to arrive."
            ex, people = [_d(v, a, jt)], (a, b)
        elif shape == 5:
            text = _article(
                f"{_poss(b.full)} rally in {town} drew a line around the block.",
                f"Among those waiting was {a.full}, {job}. {v} {a.pronoun} said.",
            )
            ex, people = [_d(v, a, jt)], (a, b)
        elif shape == 6:
            text = f"{b.full} told the crowd that {c}. {a.full}, {job}, was unconvinced: {vs}"
            ex, people = [_that(text, c, b), _d(vs, a, jt)], (a, b)
        else:
            text = (
                f"{a.full}, {role.after}, warmed up the crowd in {town} before {b.full} arrived. "
                f"{q} {a.pronoun} said."
            )
            ex, people = [_d(q, a, t)], (a, b)
        yield _case(f"ho75-rallies-{shape}", text, ex, people, others, loose=loose)


# --- 5. debates ---------------------------------------------------------------------------------------------


def debates() -> Iterator[Case]:
    """`"Q?" asked FULL, the moderator.`, `MODERATOR, POST at OUTLET, asked FULL: "Q?" "A," FULL replied.`,
    `Asked by the moderator whether PRONOUN would serve a full term, FULL said: "C."`, `"C1," FULL said. OTHER
    shot back: "C2."`, `FULL, ROLE, accused OTHER of dodging the question. "ATTACK," PRONOUN said.`, `During
    the debate in TOWN on DAY, FULL said that C.`, `"C1," FULL said, interrupting OTHER. "C2."`, `When the
    moderator, OTHER, asked about the water system, FULL said: "C."` Key: the moderator's question is the
    moderator's (with *moderator*, or the post and outlet); each candidate's words are theirs; the outlet, the
    opponent and an unnamed moderator never speak a candidate's words."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-debates"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 5) + ".")
        ask = m.q(_pick(QUESTIONS75, k) + "?")
        b = _other(a, k, gender=_opp(a))
        o = _pick(OUTLETS75, k)
        c = _cl(k)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        people: tuple[Person, ...] = (a, b)
        others: list[str] = [o.name, "the moderator", "moderator"]
        loose: list[Expect] = []
        if shape == 0:
            text = f"{ask} asked {a.full}, the moderator."
            ex, people, others = [_d(ask, a, _t(("moderator",)))], (a,), []
        elif shape == 1:
            text = f"{b.full}, {o.post} at {o.name}, asked {a.full}: {ask} {q} {a.full} replied."
            ex = [_d(ask, b, _t((o.post, o.bare))), _d(q, a)]
            others = [o.name]
        elif shape == 2:
            region = f"Asked by the moderator whether {a.pronoun} would serve a full term,"
            text = f"{region} {a.full} said: {qs}"
            ex, people = [_d(qs, a)], (a,)
            loose = tolerate(text, region, ("the moderator", "moderator"))
        elif shape == 3:
            text = f"{q} {a.full} said. {b.full} shot back: {q2}"
            ex = [_d(q, a), _d(q2, b)]
        elif shape == 4:
            atk = m.q(_attack(k, b) + ",")
            accused = f"{a.full}, {role.after}, accused {b.full} of dodging the question."
            text = f"{accused} {atk} {a.pronoun} said."
            ex = [_d(atk, a, t)]
            # key fix: an accusation is a report of the accuser's (or none), never the accused's
            loose = tolerate(text, accused, (a.full,))
        elif shape == 5:
            text = f"During the debate in {town} on {day}, {a.full} said that {c}."
            ex, people, others = [_that(text, c, a)], (a,), [town]
        elif shape == 6:
            text = f"{q} {a.full} said, interrupting {b.full}. {q2}"
            ex = _groups(text, [q, q2], a, ANY)
        else:
            region = f"When the moderator, {b.full}, asked about the water system,"
            text = f"{region} {a.full} said: {qs}"
            ex = [_d(qs, a)]
            loose = tolerate(text, region, (b.full,))
        yield _case(f"ho75-debates-{shape}", text, ex, people, others, loose=loose)


# --- 6. attack lines ----------------------------------------------------------------------------------------


def attack_lines() -> Iterator[Case]:
    """`"ATTACK," FULL said of OTHER.`, `In a swipe at OTHER, FULL said: "ATTACK."`, `FULL said
    ATTACK-CLAUSE.`, `FULL called OTHER "INSULT".`, `FULL, ROLE, went after OTHER on DAY, saying that
    ATTACK-CLAUSE.`, `OTHER was the target of POSS sharpest attack yet. "ATTACK," FULL said.`, `"ATTACK," FULL
    told supporters. OTHER's campaign did not respond to a request for comment.`, each about the other: `FULL
    said CL(OTHER). OTHER, in turn, said CL(FULL).` Key: the attacker; the opponent and the opponent's
    campaign never speak the words about them."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-attacks"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        role = _role(k)
        t = _t(role.parts)
        atk, atks = m.q(_attack(k, b) + ","), m.q(_attack(k, b) + ".")
        acl = _attack_cl(k, b)
        day = _pick(DAYS75, k)
        others: list[str] = [*_campaign(b)]
        if shape == 0:
            text, ex = f"{atk} {a.full} said of {b.full}.", [_d(atk, a)]
        elif shape == 1:
            text, ex = f"In a swipe at {b.full}, {a.full} said: {atks}", [_d(atks, a)]
        elif shape == 2:
            text = f"{a.full} said {acl}."
            text = f"{b.full} was not at the forum. {text}"
            ex = [_that(text, acl, a)]
        elif shape == 3:
            ins = m.q(_pick(INSULTS75, k))
            text = f"{a.full} called {b.full} {ins}."
            ex = [_called(text, b.full, ins, a)]
        elif shape == 4:
            text = f"{a.full}, {role.after}, went after {b.full} on {day}, saying that {acl}."
            ex = [_that(text, acl, a, t)]
        elif shape == 5:
            text = f"{b.full} was the target of {_poss(a.full)} sharpest attack yet. {atk} {a.full} said."
            ex = [_d(atk, a)]
        elif shape == 6:
            text = (
                f"{atk} {a.full} told supporters. {_poss(b.full)} campaign did not respond to a request for "
                "comment."
            )
            ex = [_d(atk, a)]
        else:
            bcl = _attack_cl(k + 1, a)
            text = f"{a.full} said {acl}. {b.full}, in turn, said {bcl}."
            ex = [_that(text, acl, a), _that(text, bcl, b)]
        yield _case(f"ho75-attacks-{shape}", text, ex, (a, b), others)


# --- 7. ads -------------------------------------------------------------------------------------------------


def ads() -> Iterator[Case]:
    """`A new ad from POSS campaign, titled "T", attacks OTHER on taxes.` (no quotation), `In the ad, a
    narrator says: "LINE." The spot was paid for by BODY.` (the narrator's, the body's or nobody's; never
    OTHER's), `FULL appears in the ad "T", saying: "C."`, `POSS campaign released an ad called "T" on DAY. It
    closes with the line "LINE."`, `FULL dismissed OTHER's new ad as "X".`, `"C," FULL says in the 30-second
    spot, which began airing in TOWN on DAY.`, `BODY, which paid for the ad, said in a statement that every
    claim in it was sourced to public records.`, `In the ad "T", FULL speaks straight to the camera: "C."`
    Key: no quotation at a title; the opponent the ad is about never speaks."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-ads"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        tq = m.q(_pick(AD_TITLES75, k))
        line = AD_LINES75[k % len(AD_LINES75)].format(opp=b.last)
        lq = m.q(line + ".")
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        body = _pick(BODIES75, k + 6)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        ex: list[Expect] = []
        loose: list[Expect] = []
        others: list[str] = [tq, *_campaign(b)]
        forbidden: tuple[str, ...] = (tq,)
        if shape == 0:
            text = f"A new ad from {_poss(a.full)} campaign, titled {tq}, attacks {b.full} on taxes."
        elif shape == 1:
            region = f"In the ad, a narrator says: {lq}"
            text = f"{region} The spot was paid for by {body}."
            loose = tolerate(text, region, ("the narrator", "narrator", "a narrator", *_body(body)))
            forbidden = ()
        elif shape == 2:
            text, ex = f"{a.full} appears in the ad {tq}, saying: {qs}", [_d(qs, a)]
        elif shape == 3:
            region = f"It closes with the line {lq}"
            text = f"{_poss(a.full)} campaign released an ad called {tq} on {day}. {region}"
            loose = tolerate(text, region, (*_campaign(a), "the narrator", "narrator", "the ad", "ad"))
        elif shape == 4:
            fq = m.q(_pick(ADFRAGS75, k))
            text = f"{a.full} dismissed {_poss(b.full)} new ad as {fq}."
            ex, forbidden = [_called(text, f"{_poss(b.full)} new ad", fq, a, link=" as ")], ()
        elif shape == 5:
            text = f"{q} {a.full} says in the 30-second spot, which began airing in {town} on {day}."
            ex, forbidden = [_d(q, a)], ()
        elif shape == 6:
            clause = "every claim in it was sourced to public records"
            text = f"{_cap(body)}, which paid for the ad, said in a statement that {clause}."
            accuses = f"The ad accuses {b.full} of skipping votes."
            text = f"{text} {accuses}"
            ex, forbidden = [_that(text, clause, _body(body))], ()
            # key fix: the ad's accusation is the ad's or its sponsor's report (or none), never the accused's
            loose = tolerate(text, accuses, ("the ad", "ad", *_body(body)))
        else:
            text, ex = f"In the ad {tq}, {a.full} speaks straight to the camera: {qs}", [_d(qs, a)]
        if shape in (1, 6):
            others.append(a.full)
            people: tuple[Person, ...] = (b,)
        else:
            people = (a, b)
        yield _case(f"ho75-ads-{shape}", text, ex, people, others, loose=loose, forbidden=forbidden)


# --- 8. statements for bodies -------------------------------------------------------------------------------


def statements() -> Iterator[Case]:
    """`BODY said in a statement that C.`, `"C," BODY said in a statement.`, `In a statement, FULL, a SPOKES
    for the LAST campaign, said: "C."`, `A statement from the LAST campaign said C.`, `According to a memo
    from BODY obtained by OUTLET, C.`, `FULL, SPOKES for BODY, said in an email that C.`, `BODY, which backs
    OTHER, said: "C."`, `"C," said FULL, a SPOKES for OTHER.` Key: the body (with or without its article; a
    memo's noun too) or the spokesperson with the post and the body or person they speak for; the candidate
    and the outlet never speak a body's words."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-statements"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        body = _pick(BODIES75, k)
        bare = body.removeprefix("the ")
        q, qs = m.q(_pick(BODYQUOTES75, k) + ","), m.q(_pick(BODYQUOTES75, k) + ".")
        c = _cl(k)
        o = _pick(OUTLETS75, k)
        sp = _spokes(a)
        people: tuple[Person, ...] = (b,)
        others: list[str] = [o.name]
        if shape == 0:
            text = f"{_cap(body)} said in a statement that {c}."
            ex = [_that(text, c, _body(body))]
        elif shape == 1:
            text, ex = f"{q} {body} said in a statement.", [_d(q, _body(body))]
        elif shape == 2:
            text = f"In a statement, {a.full}, a {sp} for the {b.last} campaign, said: {qs}"
            ex, people = [_d(qs, a, _t((sp, f"{b.last} campaign")))], (a, b)
        elif shape == 3:
            text = f"A statement from the {b.last} campaign said {c}."
            # key fix: the statement speaks for the campaign, as a memo for its body: its noun is accepted too
            ex = [_that(text, c, (*_campaign(b), "statement", f"statement from the {b.last} campaign"))]
        elif shape == 4:
            text = f"According to a memo from {body} obtained by {o.name}, {c}."
            ex = [_report(c, (*_body(body), "memo", f"memo from {body}", f"memo from {bare}"))]
        elif shape == 5:
            text = f"{a.full}, {sp} for {body}, said in an email that {c}."
            ex, people = [_that(text, c, a, _t((sp, bare)))], (a,)
            others.append(body)
        elif shape == 6:
            text, ex = f"{_cap(body)}, which backs {b.full}, said: {qs}", [_d(qs, _body(body))]
        else:
            text = f"{q} said {a.full}, a {sp} for {b.full}."
            ex, people = [_d(q, a, _t((sp, b.last)))], (a, b)
        yield _case(f"ho75-statements-{shape}", text, ex, people, others)


# --- 9. pollsters and strategists ---------------------------------------------------------------------------


def polls_strategists() -> Iterator[Case]:
    """`A poll released on DAY by FIRM found that FIND.`, `FULL, a pollster at FIRM, said FIND.`, `"S," said
    FULL, a PARTY strategist who is not working for either campaign.`, `According to FIRM, FIND.`, `FULL, who
    ran OTHER's campaign in 2018, said: "S."` (no title), `FIRM's director of polling, FULL, said that FIND.`,
    `"S," FULL, a strategist for PARTY, wrote in a memo to donors.`, `FIRM's survey of 800 likely voters found
    that FIND, but FULL, a political scientist at Wexmoor University, cautioned that C.` Key: the firm (or the
    poll) for a poll's finding, the pollster or strategist with the post and firm or party; the candidates in
    a finding never speak it."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-polls"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        c3 = _other(a, k + 3, avoid=(b,))
        firm, _ = _pick(POLLSTERS75, k)
        fbare = firm.removeprefix("the ")
        find = POLLFINDS75[k % len(POLLFINDS75)].format(a=b.last, b=c3.last)
        s, ss = m.q(_pick(STRATS75, k) + ","), m.q(_pick(STRATS75, k) + ".")
        party = _pick(PARTIES75, k)
        day = _pick(DAYS75, k)
        firm_names = (*_body(firm), "poll", f"{fbare} poll")
        people: tuple[Person, ...] = (a, b, c3)
        others: list[str] = [firm, b.last, c3.last]
        if shape == 0:
            text = f"A poll released on {day} by {firm} found that {find}."
            ex, people = [_that(text, find, firm_names)], (b, c3)
            others = [b.last, c3.last]
        elif shape == 1:
            text = f"{a.full}, a pollster at {firm}, said {find}."
            ex = [_that(text, find, a, _t(("pollster", fbare)))]
        elif shape == 2:
            text = f"{s} said {a.full}, a {party} strategist who is not working for either campaign."
            ex, people = [_d(s, a, _t(("strategist", party)))], (a,)
        elif shape == 3:
            text = f"According to {firm}, {find}."
            ex, people = [_report(find, firm_names)], (b, c3)
            others = [b.last, c3.last]
        elif shape == 4:
            text = f"{a.full}, who ran {_poss(b.full)} campaign in 2018, said: {ss}"
            ex, people = [_d(ss, a, ANY)], (a, b)
        elif shape == 5:
            text = f"{_cap(_poss(firm))} director of polling, {a.full}, said that {find}."
            ex = [_that(text, find, a, _t(("director of polling", fbare)))]
        elif shape == 6:
            text = f"{s} {a.full}, a strategist for the {party}, wrote in a memo to donors."
            ex, people = [_d(s, a, _t(("strategist", party)))], (a,)
            others = ["memo", "donors", b.last, c3.last]
        else:
            caution = _pick(CAUTIONS75, k)
            text = (
                f"{_cap(_poss(firm))} survey of 800 likely voters found that {find}, but {a.full}, a "
                f"political scientist at Wexmoor University, cautioned that {caution}."
            )
            ex = [
                _that(text, find, firm_names),
                _that(text, caution, a, _t(("political scientist", "Wexmoor University"))),
            ]
        yield _case(f"ho75-polls-{shape}", text, ex, people, others)


# --- 10. election night -------------------------------------------------------------------------------------


def election_night() -> Iterator[Case]:
    """`Conceding the race in TOWN, FULL told supporters: "C."`, `FULL conceded shortly after midnight,
    telling supporters that C.`, `In POSS victory speech in TOWN, FULL said: "V."`, `"V," FULL, ROLE, told a
    cheering crowd at a hotel ballroom in TOWN.`, `The LAST campaign said OTHER had called FULL to concede.`,
    `FULL declared victory on DAY night. "V," PRONOUN said. OTHER has not conceded.`, `OTHER called FULL to
    concede shortly before 11 p.m., FULL's campaign said.`, a concession then the winner by report across
    town. Key: the speaker; a campaign's statement is the campaign's, never its candidate's or the rival's."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-night"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        role = _role(k)
        t = _t(role.parts)
        cq, cqs = m.q(_pick(CONCESSIONS75, k) + ","), m.q(_pick(CONCESSIONS75, k) + ".")
        vq, vqs = m.q(_pick(VICTORIES75, k) + ","), m.q(_pick(VICTORIES75, k) + ".")
        ccl, vcl = _pick(CONCCLAUSES75, k), _pick(VICCLAUSES75, k)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [town, "supporters"]
        if shape == 0:
            text, ex = f"Conceding the race in {town}, {a.full} told supporters: {cqs}", [_d(cqs, a)]
        elif shape == 1:
            text = f"{a.full} conceded shortly after midnight, telling supporters that {ccl}."
            ex = [_that(text, ccl, a)]
        elif shape == 2:
            text, ex = f"In {a.poss} victory speech in {town}, {a.full} said: {vqs}", [_d(vqs, a)]
        elif shape == 3:
            text = f"{vq} {a.full}, {role.after}, told a cheering crowd at a hotel ballroom in {town}."
            ex = [_d(vq, a, t)]
        elif shape == 4:
            clause = f"{b.full} had called {a.full} to concede"
            text = f"The {a.last} campaign said {clause}."
            ex, people = [_that(text, clause, _campaign(a))], (a, b)
        elif shape == 5:
            text = (
                f"{a.full} declared victory on {day} night. {vq} {a.pronoun} said. {b.full} has not conceded."
            )
            ex, people = [_d(vq, a)], (a, b)
        elif shape == 6:
            clause = f"{b.full} called {a.full} to concede shortly before 11 p.m."
            text = f"{clause}, {_poss(a.full)} campaign said."
            ex = _alts(text, [_report(clause, _campaign(a))], [_report(clause[:-1], _campaign(a))])
            people = (a, b)
        else:
            text = _article(
                f"{a.full} thanked volunteers in {town}. {cq} {a.pronoun} said.",
                f"Across the state, {b.full} told supporters that {vcl}.",
            )
            ex = [_d(cq, a), _that(text, vcl, b), *tolerate(text, f"thanked volunteers in {town}", (a.full,))]
            people = (a, b)
        yield _case(f"ho75-night-{shape}", text, ex, people, others)


# --- 11. paraphrase and mockery -----------------------------------------------------------------------------


def paraphrase_mock() -> Iterator[Case]:
    """`"OTHER says the economy is 'roaring,'" FULL told supporters. "Ask anyone in TOWN whether it is
    roaring."` (the inner word no quotation, or nobody's, or OTHER's), `FULL mocked OTHER's promise of "P".
    "MOCK?" PRONOUN said.`, `OTHER has called FULL's plan "X". FULL shot back on DAY: "C."`, `FULL read out
    OTHER's words from the debate, "L", and then said: "C."`, `Referring to OTHER's remark that C, FULL said:
    "C2."`, `"My opponent likes to say, 'L,'" FULL said. "C."`, `OTHER said on DAY that C. FULL called that
    claim "X".`, `OTHER told voters in TOWN that C. "C2," FULL said in response.` Key: each speaker's own
    words; words of OTHER's that FULL quotes back are never FULL's own quotation apart from FULL's."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-mock"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        inner = _inner(m)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        line = _pick(BLINES75, k)
        c = _cl(k)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        others: list[str] = [town]
        loose: list[Expect] = []
        if shape == 0:
            word = inner.q("roaring,")
            h1 = m.q(f"{b.last} says the economy is {word}")
            h2 = m.q(f"Ask anyone in {town} whether it is roaring.")
            text = f"{h1} {a.full} told supporters. {h2}"
            ex = _groups(text, [h1, h2], a, ANY)
            loose = tolerate(text, word, (b.full,))
        elif shape == 1:
            pq = m.q(_pick(PROMISES75, k))
            mock = m.q(_pick(MOCKS75, k) + "?")
            region = f"{a.full} mocked {_poss(b.full)} promise of {pq}."
            text = f"{region} {mock} {a.pronoun} said."
            ex = [_d(mock, a)]
            loose = tolerate(text, region, (b.full,))
        elif shape == 2:
            _, frag = _pick(FRAGS75, k)
            fq = m.q(frag)
            text = f"{b.full} has called {_poss(a.full)} plan {fq}. {a.full} shot back on {day}: {qs}"
            ex = [_called(text, f"{_poss(a.full)} plan", fq, b), _d(qs, a)]
        elif shape == 3:
            lq = m.q(line)
            region = f"{a.full} read out {_poss(b.full)} words from the debate, {lq},"
            text = f"{region} and then said: {qs}"
            ex = [_d(qs, a)]
            loose = tolerate(text, region, (b.full,))
        elif shape == 4:
            bcl = _attack_cl(k, a)
            region = f"Referring to {_poss(b.full)} remark that {bcl},"
            text = f"{region} {a.full} said: {qs}"
            ex = [_d(qs, a)]
            loose = tolerate(text, region, (b.full,))
        elif shape == 5:
            lw = inner.q(line + ",")
            h1 = m.q(f"My opponent likes to say, {lw}")
            text = _article(f"{a.full} is running against {b.full}.", f"{h1} {a.last} said. {qs}")
            ex = _groups(text, [h1, qs], a, ANY)
            loose = tolerate(text, lw, (b.full,))
        elif shape == 6:
            _, frag = _pick(FRAGS75, k + 3)
            fq = m.q(frag)
            text = f"{b.full} said on {day} that {c}. {a.full} called that claim {fq}."
            ex = [_that(text, c, b), _called(text, "that claim", fq, a)]
        else:
            text = f"{b.full} told voters in {town} that {c}. {q} {a.full} said in response."
            ex = [_that(text, c, b), _d(q, a)]
        yield _case(f"ho75-mock-{shape}", text, ex, (a, b), others, loose=loose)


# --- 12. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """Two people of different genders introduced with roles, `"C," SHE said. HE said that C2.`; the same
    gender: `FULL introduced OTHER at the rally. "C," OTHER-SURNAME said. PRONOUN added that C2.`, `"C," FULL
    said after OTHER left the stage. "C2," PRONOUN added.`, `FULL, ROLE, said OTHER had not returned POSS
    calls. "C," PRONOUN said.`; different genders: `FULL endorsed OTHER on DAY. "C," HE said.`, three people
    of whom one has FULL's gender, `"C," FULL said of OTHER. HE said that C.`, two pronoun quotations in a
    paragraph after an introduction. Key: the plain reading (the one person of the gender, the speaker an
    *added* continues, the subject)."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-pronouns"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        same = _other(a, k + 1, gender=a.gender)
        c3 = _other(a, k + 4, gender=b.gender, avoid=(b,))
        ra, rb = _role(k), _role2(k, _role(k))
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 9) + ",")
        c = _cl(k)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        people: tuple[Person, ...] = (a, b)
        if shape == 0:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, took questions in {town}.",
                f"{q} {a.pronoun} said. {_cap(b.pronoun)} said that {c}.",
            )
            ex = [_d(q, a, _t(ra.parts)), _that(text, c, b, _t(rb.parts))]
        elif shape == 1:
            text = (
                f"{a.full} introduced {same.full} at the rally in {town}. {q} {same.last} said. "
                f"{_cap(same.pronoun)} added that {c}."
            )
            ex, people = [_d(q, same), _that(text, c, same)], (a, same)
        elif shape == 2:
            text = f"{q} {a.full} said after {same.full} left the stage. {q2} {a.pronoun} added."
            ex, people = [_d(q, a), _d(q2, a)], (a, same)
        elif shape == 3:
            text = f"{a.full} endorsed {b.full} on {day}. {q} {b.pronoun} said."
            ex = [_d(q, b), *tolerate(text, f"endorsed {b.full} on {day}", (a.full,))]
        elif shape == 4:
            text = f"{a.full} and {b.full} campaigned in {town} with {c3.full}. {q} {a.pronoun} said."
            ex, people = [_d(q, a)], (a, b, c3)
        elif shape == 5:
            text = f"{q} {a.full} said of {b.full}. {_cap(b.pronoun)} said that {c}."
            ex = [_d(q, a), _that(text, c, b)]
        elif shape == 6:
            calls = f"{same.full} had not returned {a.poss} calls"
            text = f"{a.full}, {ra.after}, said {calls}. {q} {a.pronoun} said."
            ex = [_that(text, calls, a, _t(ra.parts))]
            ex.append(_d(q, a, _t(ra.parts)))
            people = (a, same)
        else:
            text = _article(
                f"{a.full} and {b.full} shared a stage in {town} on {day}.",
                f"{q} {b.pronoun} said. {q2} {a.pronoun} said.",
            )
            ex = [_d(q, b), _d(q2, a)]
        yield _case(f"ho75-pronouns-{shape}", text, ex, people, [town])


# --- 13. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, ROLE, toured TOWN on DAY. "C," SURNAME said.`, `FULL, ROLE, said that C. "C2," ROLE-SHORT
    added.`, `FULL, a SPOKES for BODY, said that C. "C2," the SPOKES added.`, two people with roles then
    surnames, `PRE FULL has been on the road for weeks. "C," said SURNAME.`, `FULL, AGE, ROLE, grew up in
    TOWN. "C," the AGE-year-old said.`, a narrative sentence then `SURNAME told reporters: "C."`, `OTHER,
    ROLE, introduced FULL, ROLE, at the rally. "C," SURNAME said. "C2," said OTHER-SURNAME.` Key: the person
    introduced, with the role stated at the first mention."""
    for a, shape, m, r in sample(_combos(8), 232, "ho75-second"):
        k = _slot(a, shape, r)
        b = _other(a, k)
        ra = _role(k)
        rb = _role2(k, ra)
        t, tb = _t(ra.parts), _t(rb.parts)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 11) + ",")
        c = _cl(k)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        body = _pick(BODIES75, k)
        nar = NARRATIVE75[k % len(NARRATIVE75)]
        people: tuple[Person, ...] = (a,)
        others: list[str] = [town]
        if shape == 0:
            text = f"{a.full}, {ra.after}, toured {town} on {day}. {q} {a.last} said."
            ex = [_d(q, a, t)]
        elif shape == 1:
            text = f"{a.full}, {ra.after}, said that {c}. {q} {ra.short} added."
            ex = [_that(text, c, a, t), _d(q, a, t)]
        elif shape == 2:
            sp = _spokes(a)
            st = _t((sp, body.removeprefix("the ")))
            text = f"{a.full}, a {sp} for {body}, said that {c}. {q} the {sp} added."
            ex = [_that(text, c, a, st), _d(q, a, st)]
            others.append(body)
        elif shape == 3:
            text = _article(
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, are sharing a bus this week.",
                f"{q} {b.last} said. {a.last} said that {c}.",
            )
            ex, people = [_d(q, b, tb), _that(text, c, a, t)], (a, b)
        elif shape == 4:
            text = f"{_cap(ra.pre)} {a.full} has been on the road for weeks. {q} said {a.last}."
            ex = [_d(q, a, t)]
        elif shape == 5:
            text = f"{a.full}, {a.age}, {ra.after}, grew up in {town}. {q} the {a.age}-year-old said."
            ex = [_d(q, a, t)]
        elif shape == 6:
            text = _article(
                f"{a.full}, {ra.after}, arrived in {town} on {day}.", f"{nar} {a.last} told reporters: {qs}"
            )
            ex = [_d(qs, a, t)]
        else:
            text = _article(
                f"{b.full}, {rb.after}, introduced {a.full}, {ra.after}, at the rally.",
                f"{q} {a.last} said. {q2} said {b.last}.",
            )
            ex, people = [_d(q, a, t), _d(q2, b, tb)], (a, b)
        yield _case(f"ho75-second-{shape}", text, ex, people, others)


# --- 14. short campaign articles ----------------------------------------------------------------------------


def _debate_night(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str], list[Person]]:
    ra, rb = _role(k), _role2(k, _role(k))
    o = _pick(OUTLETS75, k)
    mod = _other(a, k + 7, avoid=(b,))
    town = _pick(TOWNS75, k)
    ask = m.q(_pick(QUESTIONS75, k) + "?")
    q1, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + ".")
    atk = m.q(_attack(k, a) + ",")
    c = _cl(k)
    text = _article(
        f"{a.full}, {ra.after}, and {b.full}, {rb.after}, met in {town} on Tuesday for their only debate.",
        f"{ask} asked the moderator, {mod.full} of {o.name}.",
        f"{q1} {a.last} said. {q2}",
        f"{b.last} countered that {c}. {atk} {b.pronoun} said.",
    )
    ex = [
        _d(ask, mod, Contains("moderator")),
        *_groups(text, [q1, q2], a, _t(ra.parts)),
        _that(text, c, b, _t(rb.parts)),
        _d(atk, b, _t(rb.parts)),
    ]
    return text, ex, [o.name, town], [a, b, mod]


def _rally_story(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str], list[Person]]:
    ra = _role(k)
    town = _pick(TOWNS75, k)
    job, jparts = _pick(JOBS75, k)
    q, qs = m.q(_qt(k) + ","), m.q(_qt(k + 4) + ".")
    v = m.q(_pick(VOTERS75, k) + ",")
    c = _cl(k + 2)
    text = _article(
        f"{a.full}, {ra.after}, drew about 3,000 people to a fairground in {town} on Saturday.",
        f"{q} {a.last} told the crowd. {a.pronoun.capitalize()} said that {c}.",
        f"{b.full}, {job}, said {b.pronoun} had driven in from the next county. {v} {b.pronoun} said.",
        f"{a.last} ended with a promise: {qs}",
    )
    ex = [
        _d(q, a, _t(ra.parts)),
        _that(text, c, a, _t(ra.parts)),
        _that(text, f"{b.pronoun} had driven in from the next county", b, _t(jparts)),
        _d(v, b, _t(jparts)),
        _d(qs, a, _t(ra.parts)),
    ]
    return text, ex, [town, "the crowd"], [a, b]


def _night_story(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str], list[Person]]:
    spk = _other(a, k + 5, gender=_opp(b), avoid=(b,))
    town = _pick(TOWNS75, k)
    vq, vq2 = m.q(_pick(VICTORIES75, k) + ","), m.q(_pick(VICTORIES75, k + 1) + ".")
    cq = m.q(_pick(CONCESSIONS75, k) + ",")
    ccl = _pick(CONCCLAUSES75, k)
    sp = _spokes(spk)
    text = _article(
        f"{a.full} won the race for governor on Tuesday, defeating {b.full} by fewer than 9,000 votes.",
        f"{vq} {a.last} told supporters at a hotel in {town}. {vq2}",
        f"{b.last} conceded just before midnight. {cq} {b.pronoun} said.",
        f"{spk.full}, a {sp} for the {b.last} campaign, said that {ccl}.",
    )
    ex = [
        *_groups(text, [vq, vq2], a, ANY),
        _d(cq, b),
        _that(text, ccl, spk, _t((sp, f"{b.last} campaign"))),
    ]
    return text, ex, [town], [a, b, spk]


def _poll_story(a: Person, b: Person, m: Mark, k: int) -> tuple[str, list[Expect], list[str], list[Person]]:
    firm, noun = _pick(POLLSTERS75, k)
    fbare = firm.removeprefix("the ")
    pollster = _other(a, k + 2, gender=_opp(a), avoid=(b,))
    find = POLLFINDS75[k % len(POLLFINDS75)].format(a=a.last, b=b.last)
    caution = _pick(CAUTIONS75, k)
    q = m.q(_qt(k) + ",")
    s = m.q(_pick(STRATS75, k) + ".")
    text = _article(
        f"A new poll from {firm} shows the race for governor between {a.full} and {b.full} tightening.",
        f"{pollster.full}, who directs polling at {noun}, said that {find}.",
        f"{_cap(pollster.pronoun)} said {caution}. {s}",
        f"{q} {a.full} said when asked about the numbers.",
    )
    shows = f"the race for governor between {a.full} and {b.full} tightening"
    ex = [
        # key fix: the poll's finding (`shows X tightening`) is the firm's or the poll's, as in capability 9
        _report(shows, (*_body(firm), "poll", f"poll from {firm}", f"{fbare} poll")),
        _that(text, find, pollster),
        *_alts(
            text,
            [_that(text, caution, pollster), _d(s, pollster)],
            # (on main: a report and the uncredited quotation after it are one content, as PolNeAR keys them)
            [Expect(f"{caution}. {s}", "mixed", names(pollster))],
        ),
        _d(q, a),
        *tolerate(text, "when asked about the numbers"),
    ]
    return text, ex, [firm, fbare], [a, b, pollster]


def articles() -> Iterator[Case]:
    """Four-paragraph campaign stories: a debate night (the moderator's question, one candidate over two
    sentences by surname, the other by surname and pronoun), a rally (the candidate by surname and pronoun, a
    voter with a job by pronoun), an election night (the winner over two sentences, the conceding candidate by
    surname and pronoun, the campaign's spokesperson) and a poll release (the pollster by relative clause and
    pronoun, a candidate asked about the numbers). Key: each quotation its speaker's, with the role stated at
    the first mention; the firm, the crowd and the rival never speak."""
    for a, shape, m, r in sample(_combos(4, ALLMARKS75, 3), 232, "ho75-articles"):
        k = _slot(a, shape, r)
        b = _other(a, k, gender=_opp(a))
        if shape == 0:
            text, ex, others, people = _debate_night(a, b, m, k)
        elif shape == 1:
            text, ex, others, people = _rally_story(a, b, m, k)
        elif shape == 2:
            text, ex, others, people = _night_story(a, b, m, k)
        else:
            text, ex, others, people = _poll_story(a, b, m, k)
        yield _case(f"ho75-articles-{shape}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks: `Supporters waved signs reading "SLOGAN" as FULL arrived in TOWN.` (the sign's
    words no quotation, or one with no speaker), `FULL, known on the trail as "NICK", arrived in TOWN on
    DAY.`, `Both campaigns are chasing so-called "SCARE" in the suburbs of TOWN.`, narrative with `did not
    respond to a request for comment`, `POSS memoir, "BOOK", sold out at the rally in TOWN.`, `The ad "T" will
    air in TOWN through DAY.`, `The forum, billed as "EVENT", was held in TOWN.`, one real quotation beside a
    slogan (`"C," said FULL, whose campaign slogan is "S".`), a handshake tour, a chant nobody on the stage
    says. Key: no quotation but the real one; FULL never speaks a slogan, sign or chant."""
    for a, shape, m, r in sample(_combos(10, ALLMARKS75, 3), 240, "ho75-controls"):
        k = _slot(a, shape, r)
        town, day = _pick(TOWNS75, k), _pick(DAYS75, k)
        slogan = m.q(_pick(SLOGANS75, k))
        ex: list[Expect] = []
        loose: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others: list[str] = [town]
        region = ""
        if shape == 0:
            region = f"Supporters waved signs reading {slogan}"
            text = f"{region} as {a.full} arrived in {town}."
            loose = tolerate(text, region)
            others.append("supporters")
        elif shape == 1:
            nq = m.q(_pick(NICKS75, k))
            text = f"{a.full}, known on the trail as {nq}, arrived in {town} on {day}."
            forbidden = (nq,)
        elif shape == 2:
            sq = m.q(_pick(SCARE75, k))
            text = (
                f"Both campaigns are chasing so-called {sq} in the suburbs of {town}. {a.full} visited twice."
            )
            forbidden = (sq,)
        elif shape == 3:
            text = _article(
                NARRATIVE75[k % len(NARRATIVE75)], f"{a.full} did not respond to a request for comment."
            )
        elif shape == 4:
            bq = m.q(_pick(BOOKS75, k))
            text = f"{_poss(a.full)} memoir, {bq}, sold out at the rally in {town}."
            forbidden = (bq,)
        elif shape == 5:
            tq = m.q(_pick(AD_TITLES75, k))
            text = f"The ad {tq}, paid for by {_poss(a.full)} campaign, will air in {town} through {day}."
            forbidden = (tq,)
        elif shape == 6:
            eq = m.q(_pick(EVENTS75, k))
            text = f"The forum, billed as {eq}, was held in {town}, and {a.full} arrived late."
            forbidden = (eq,)
        elif shape == 7:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {a.full}, whose campaign slogan is {slogan}."
            ex, forbidden = [_d(q, a)], (slogan,)
        elif shape == 8:
            text = (
                f"{a.full} shook hands outside a diner in {town} on {day} and left without taking questions."
            )
        else:
            region = f"Supporters chanted {m.q(_pick(CHANTS75, k))} until the lights went down"
            text = f"{region} and {a.full} walked on stage in {town}."
            loose = tolerate(text, region, ("supporters",))
        wrong = [(region, a.full)] if region else []
        yield _case(
            f"ho75-controls-{shape}",
            text,
            ex,
            (a,),
            others,
            loose=loose,
            forbidden=forbidden,
            extra_wrong=wrong,
        )


HELD_OUT_75 = (
    _named(
        "campaign_roles",
        "heldout75",
        "said PRE NAME; NAME, ROLE, said; who is running against OTHER; PRONOUN is ROLE; running mate",
        campaign_roles,
    ),
    _named(
        "cue_verbs",
        "heldout75",
        "insisted, warned, quipped, conceded, vowed; wrote on social media; tweeted that; PRONOUN added",
        cue_verbs,
    ),
    _named(
        "credit_forms",
        "heldout75",
        "colon credits, according to, fronted descriptions, split quotations, told OUTLET",
        credit_forms,
    ),
    _named("rallies", "heldout75", "rally speeches, crowd chants, voters with jobs, surrogates", rallies),
    _named("debates", "heldout75", "moderators' questions, replies, shot back, interruptions", debates),
    _named(
        "attack_lines",
        "heldout75",
        'said of OTHER; in a swipe at OTHER; called OTHER "X"; no comment from OTHER',
        attack_lines,
    ),
    _named("ads", "heldout75", "ad titles, narrators' lines, candidates in their own ads, sponsors", ads),
    _named(
        "statements",
        "heldout75",
        "statements of parties and campaigns, memos, spokespeople for bodies and persons",
        statements,
    ),
    _named(
        "polls_strategists",
        "heldout75",
        "polls that found, pollsters, strategists, according to FIRM, a political scientist",
        polls_strategists,
    ),
    _named(
        "election_night", "heldout75", "concessions, victory speeches, a campaign on the call", election_night
    ),
    _named(
        "paraphrase_mock",
        "heldout75",
        "an opponent's words quoted back, mocked promises, shot back, called that claim",
        paraphrase_mock,
    ),
    _named(
        "pronouns", "heldout75", "pronouns across two or three people of both and the same gender", pronouns
    ),
    _named("second_refs", "heldout75", "surname, role, spokeswoman, age, after a second person", second_refs),
    _named("articles", "heldout75", "debate night, rally, election night, poll release", articles),
    _named(
        "controls", "heldout75", "slogans, nicknames, scare terms, titles and chants nobody says", controls
    ),
)
