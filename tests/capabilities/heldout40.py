"""Fortieth held-out round: capabilities written at commit ``17407d6`` by a helper (``hcap46``) who did not
read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout40data.py``: thirty invented politicians of Amis, Angami,
Asheninka, Bakweri, Bodo, Bunun, Chokwe, Dagomba, Garo, Hiligaynon, Jola, Kamba, Khakas, Kiowa and Lahu
origin, each with a gender, an age, a party letter, a state and a chamber for US-style tags and a Westminster
seat; straight, curly, British single marks, guillemets and German low-high marks; campaign issues (a highway
bill, a farm subsidy plan, a border fence, school vouchers, a water compact, a pension overhaul) with what
candidates say about them and the labels rivals give them; invented towns, pollsters, channels, super PACs,
bills, campaign tours, British parties, shadow posts and radio programmes; open-class cue verbs of political
sparring `jabbed`, `taunted`, `swiped`, `zinged`, `goaded`, `twitted`, `riffed`, `jousted`, and verbs of
criticism before a label `derided`, `blasted`, `lambasted`, `ripped`, `panned`, `slammed`) in POLITICAL NEWS
of the US and UK kind, with phrasings a careful news reader keys one way only. The brief's anonymous officials
(rounds 33 and 37), social posts (32: kept, with political shapes no round used: since-deleted posts, shared
posts, replies, captions), TV interviews (34), reported-speech chains (34), quotations over paragraphs (28,
30, 35), press-conference questions (31, 35) and colon headlines (28) were taken, so groups 6, 9, 10, 12, 13
and 14 replace them:

1. rallies and debates with party and state tags (`"Q," Sen. NAME (D-Ore.) told supporters at a rally in
   TOWN`, `Rep. NAME, R-Texas, said during Monday's debate that C.`, `OTHER, the Republican nominee, said C1.
   "Q," NAME shot back.`, an open sparring verb after a nominee's title, `"Q1," Sen. NAME (D-Ore.) told the
   crowd. "Q2."`, `said Sen. NAME of STATE, the ranking Democrat on the committee`): NAME, the chamber as
   title;
2. campaign and party voices (`The SURNAME campaign said in a statement that C.`, `NAME's campaign manager,
   OTHER, said:`, `a spokeswoman for the SURNAME campaign`, `NAME's aides said privately`, `a senior adviser
   to NAME's campaign`, `Her campaign said C.`, `NAME's campaign said C. "Q," NAME told reporters later.`):
   the campaign or the aide, NAME only where the text says so;
3. insults and labels as mixed quotations (`NAME called PLAN "X".`, `dismissed OTHER's plan as "X"`,
   `described her rival, OTHER, as "X"`, `slammed PLAN as "X"`, `"He is X," NAME said of OTHER.`, `which NAME
   called "X"`, `branded OTHER "X"`, `said PLAN was "X"`): NAME, never the labelled OTHER;
4. accusations and denials (`accused OTHER of lying about TOPIC. "Q," she said.`, `who is challenging OTHER,
   charged that C`, `accused by OTHER of lying about TOPIC, denied that C`, `rejected claims that C`, `denying
   OTHER's accusation that C`, `A spokeswoman for NAME called the charge "X".`, `alleged that C`, `"That is a
   lie," NAME said when asked about OTHER's claim that C.`): the accuser's and denier's words their own; a
   claim inside a denial never the denier's;
5. polls (`According to a poll by BODY, FINDING.`, `A BODY poll found that`, `said pollster OTHER`, `FINDING,
   according to a survey released by BODY.`, `BODY's director of polling`, `N percent of voters said they
   would back NAME`): the poll, the pollster or the voters, never the candidate in the finding;
6. votes and endorsements (replacing anonymous officials: `NAME, who voted against PLAN, said C.`, `Explaining
   her vote, NAME said:`, `PLAN passed 53-47, with NAME, R-Utah, the only Republican to vote for it. "Q," he
   said.`, `NAME endorsed OTHER, saying C.`, `OTHER, who was endorsed by NAME, told reporters:`, `her office
   said` (the office or NAME), `who cast the deciding vote`, `NAME voted yes. OTHER voted no, saying C.`);
7. second references by political epithet with two candidates of one gender and rival parties (`the senator`,
   `the incumbent`, `the challenger`, `the 52-year-old Democrat`, `the front-runner`, `the former governor`,
   `the Oregon Democrat`, `The Republican said C.`): the one the epithet fits;
8. politicians' posts (`wrote on X`, `In a post on DAY`, `posted ..., alongside a photo of OTHER`, `In a
   since-deleted post`, `shared OTHER's post, adding:`, `Replying to OTHER on X`, `NAME's account posted a
   video with the caption "Q".`, `OTHER responded within minutes: "Q2."`): each writer, never the one named;
9. campaign ads (replacing TV interviews: `In a new ad, the SURNAME campaign says C.`, `The ad shows NAME
   telling voters: "Q."`, `"Q," a narrator says in the ad, which is running on CHANNEL`, `The ad, paid for by
   PAC, accuses OTHER of lying about TOPIC.`, `"I am NAME and I approve this message," NAME says`, `PAC, a
   super PAC backing NAME, said`, `NAME defended the ad. "Q," she told reporters.`, `OTHER is shown saying
   "Q"`);
10. floor speeches and lawmakers' letters (replacing reported-speech chains: `Speaking on the Senate floor`,
    `In a floor speech`, `said on the House floor, holding up a copy of PLAN`, `In a letter led by NAME and
    signed by 41 other Democrats, the lawmakers wrote that C.`, `NAME and OTHER wrote to the secretary that
    C.` (the pair or either), `read into the record a letter from a constituent:`, `before yielding the floor
    to OTHER`, `The letter, whose lead signer was NAME, said C.`);
11. Westminster outside the chamber (round 36 took the chamber: `Asked about NAME's remarks, a Downing Street
    spokesman said C.`, `NAME, the MP for SEAT, said:`, `The shadow chancellor, NAME, told STATION's PROGRAMME
    programme that C.`, `said NAME, PARTY MP for SEAT`, `Allies of NAME said C.`, `The prime minister's
    official spokesman told reporters that C.`, `In her resignation letter, NAME wrote:`, `told the Commons,
    to jeers`);
12. election night (replacing long speeches: `NAME conceded the race to OTHER, telling supporters: "Q."`,
    `NAME called OTHER to concede shortly after midnight, OTHER's campaign said.` (the campaign), `In her
    victory speech, NAME said C.`, `after OTHER conceded`, `OTHER has not conceded. "Q," NAME said.`, `who
    beat OTHER by 6 points`, `"Q," OTHER said in a concession speech. NAME, the winner, did not speak`,
    `declared victory`);
13. debate moderators named, of the other gender (replacing press-conference questions: `"Q?" asked the
    moderator, MOD. "A," NAME replied.`, `The moderator, MOD of CHANNEL, asked NAME whether C. "A," she
    said.`, `MOD asked about PLAN. NAME interrupted:`, `cutting off MOD, who had asked about PLAN`, `"Your
    time is up," MOD told NAME.`, `MOD pressed NAME on PLAN: "Q?"`, `Asked by MOD whether C, NAME said:`,
    `"A," NAME told MOD, the moderator.`): the question the moderator's, the answer the candidate's;
14. fundraising and filings (replacing colon headlines: `The SURNAME campaign said it raised AMOUNT`,
    `According to filings with the STATE Ethics Commission, NAME raised AMOUNT` (the filings or nobody), `who
    has lent her campaign AMOUNT, said:`, `PAC, a super PAC supporting NAME, said in a filing that C.`, `said
    OTHER, NAME's finance director`, `NAME's campaign has AMOUNT in the bank, OTHER, a spokeswoman for the
    campaign, said`, `OTHER's campaign accused NAME of taking money from PAC. "Q," NAME said.`, `told donors
    at a fundraiser`);
15. negative controls: slogans on a campaign bus, signs, yard signs and caps, bill titles, a campaign tour's
    name, a critics' nickname for a bill and chants of a surname, the candidate named beside them: nobody says
    them (or the signs, the critics, the crowd), never the candidate.

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a mixed quotation
as its clause or its marked words; a campaign, an office, a spokesperson, a poll or a letter under several
names; quotations inside an accusation, a reporter's or moderator's question, or a filing tolerated with no
speaker (or the accuser, the moderator, the filings); titles with `Contains`/`EitherOf`, or `None` where the
only role in the sentence is the other person's.

Run once at 17407d6 (``capreport.py --heldout --show 6 heldout40.NAME ...``): **2,987 of 3,937 (0.759)**. The
failures were then read for template and key bugs only; no key was changed to make quotex right where a
careful reader would not accept its reading. Before the run, generated texts were read for grammar (fixed: `A
the Harrowgate ... poll`, `a Democrat rancher`, a 50-50 vote that `passed`, a male `spokeswoman`). After the
run six keys were fixed:

* `rally_debate` shape 5 (`"Q1," Sen. NAME told the crowd. "Q2."`) demanded two quotations, against the output
  contract (``docs/json.md``: `"A," she said. "B."` is one split quotation with two parts); the one quotation
  with parts (Q1, Q2) is now accepted (.867 -> 1.000);
* `insult_labels` shape 2 (`described her rival, OTHER, as "X"`) accepted the marked label or `OTHER, as "X"`
  but not the whole object `her rival, OTHER, as "X"`, which is the established *mixed quotation as its
  clause* (.849 -> .985);
* `accusations_denials` shape 7: the tolerated (speakerless) region was `claim that C`, narrower than the
  reporter's question it stands for (`about OTHER's claim that C`); widened (.434 -> .570);
* `polls` shape 7 (`In the BODY survey, 44 percent of voters said they would back NAME.`) accepted only the
  voters' clause; the whole finding reported by the survey is an equally right reading (.778 -> .883);
* `floor_and_letters` shape 4 (`NAME and OTHER wrote ... that C.`) did not accept the documented joint-speaker
  name `NAME; OTHER` (.858 -> 1.000);
* `fundraising_filings` shape 1 tolerated the filings as `filings` or the commission but not the phrase
  `filings with the STATE Ethics Commission` (.631 -> .769).

After the fixes: **3,195 of 3,937 (0.812)**; the floors are those rates. Calls the lead may judge: non-speech
objects read as stance content (`endorsed OTHER`, `defended the ad`, `a super PAC backing NAME`, `who is
challenging OTHER`, `conceded the race to OTHER`, `asked about PLAN`) are keyed as no quotation, stricter than
round 39's tolerance of praise and blame; `rejected claims that C` and `denying OTHER's accusation that C`
keep the claim from the denier, as round 39 did.

| capability | group | cases | first run | after the key fixes |
|---|---|---|---|---|
| `heldout40.rally_debate` | 1 | 270 | 0.867 | 1.000 |
| `heldout40.campaign_voices` | 2 | 262 | 1.000 | 1.000 |
| `heldout40.insult_labels` | 3 | 272 | 0.849 | 0.985 |
| `heldout40.accusations_denials` | 4 | 265 | 0.434 | 0.570 |
| `heldout40.polls` | 5 | 257 | 0.778 | 0.883 |
| `heldout40.vote_explanations` | 6 | 264 | 0.898 | 0.898 |
| `heldout40.political_epithets` | 7 | 269 | 0.398 | 0.398 |
| `heldout40.political_posts` | 8 | 267 | 0.854 | 0.854 |
| `heldout40.campaign_ads` | 9 | 254 | 0.492 | 0.492 |
| `heldout40.floor_and_letters` | 10 | 261 | 0.858 | 1.000 |
| `heldout40.westminster_lobby` | 11 | 241 | 0.888 | 0.888 |
| `heldout40.election_night` | 12 | 262 | 0.878 | 0.878 |
| `heldout40.debate_moderators` | 13 | 272 | 0.665 | 0.665 |
| `heldout40.fundraising_filings` | 14 | 255 | 0.631 | 0.769 |
| `heldout40.negative_controls` | 15 | 266 | 0.895 | 0.895 |
| **heldout40** (all 15) | | 3,937 | 0.759 (2,987) | 0.812 (3,195) |
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout40data import (
    ALL_MARKS40,
    AMOUNTS40,
    BILLS40,
    BRIT_CLAUSES40,
    BRIT_QUOTES40,
    BRITRADIO40,
    CAMPAIGNS40,
    CHANNELS40,
    DAYS40,
    DEBATE_QS40,
    DISMISS40,
    ELECTION40,
    FINDINGS40,
    FUND40,
    ISSUES40,
    OCCASIONS40,
    OPEN40,
    PACS40,
    PARTIES40,
    PEOPLE40,
    PERSONAL40,
    POLLQ40,
    POLLSTERS40,
    SHADOW40,
    SLAMS40,
    SLOGANS40,
    Mark40,
    Person40,
)
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import occurrence as _occurrence
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import quotes as _quotes


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts``."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person40, step: int, *, gender: str | None = None, party: str | None = None) -> Person40:
    """Another person of another origin, of *gender* and *party* when given."""
    pool = tuple(
        q
        for q in PEOPLE40
        if q.origin != p.origin
        and (gender is None or q.gender == gender)
        and (party is None or q.party == party)
        and q.age != p.age
        and q.state_ix != p.state_ix
    )
    return pool[step % len(pool)]


def _opp(p: Person40) -> str:
    return "m" if p.gender == "f" else "f"


def _rival_party(p: Person40) -> str:
    return "R" if p.party == "D" else "D"


def _names(p: Person40 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person40) else p


def _d(content: str, p: Person40 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person40 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a group or an official when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


@functools.lru_cache(maxsize=8192)
def _found(text: str, content: str) -> bool:
    start = text.index(content)
    return any((q.start, q.end) == (start, start + len(content)) for q in _quotes(text))


def _one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first
    when it found none of them."""
    contents = tuple(c for c in contents if c in text)
    for content in contents:
        if _found(text, content):
            return content
    return contents[0]


def _that(
    text: str, clause: str, p: Person40 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _mixed(text: str, contents: tuple[str, ...], p: Person40 | NameSpec, title: TitleSpec = ANY) -> Expect:
    """A mixed quotation: the reported clause holding the marked words (kind mixed), or the marked words
    alone (direct by their marks or mixed by their use), whichever quotex found."""
    content = _one_of(text, contents)
    kind = "mixed"
    start = text.index(content)
    if content[:1] in "\"“'‘«„":
        for q in _quotes(text):
            if (q.start, q.end) == (start, start + len(content)) and q.kind.value in ("direct", "mixed"):
                kind = q.kind.value
    return Expect(content, kind, _names(p), title, "person" if isinstance(p, Person40) else ANY)


def _tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated,
    so that only another speaker given to them fails."""
    start = text.index(region)
    end = start + len(region)
    accepted = {a.lower() for a in actors}
    expects: list[Expect] = []
    for q in _quotes(text):
        if start <= q.start and q.end <= end:
            content = text[q.start : q.end]
            if q.speaker is None:
                expects.append(Expect(content, q.kind.value, None, occurrence=_occurrence(text, q)))
            elif q.speaker.name.lower() in accepted:
                expects.append(
                    Expect(content, q.kind.value, (q.speaker.name,), occurrence=_occurrence(text, q))
                )
    return expects


def _combos(shapes: int) -> Iterator[tuple[Person40, int, Mark40, int]]:
    return itertools.product(PEOPLE40, range(shapes), ALL_MARKS40, range(len(ISSUES40)))


def _q(i: int, k: int) -> str:
    return ISSUES40[i].quotes[k % len(ISSUES40[i].quotes)]


def _c(i: int, k: int) -> str:
    return ISSUES40[i].clauses[k % len(ISSUES40[i].clauses)]


def _wrong(expects: list[Expect], people: Sequence[Person40]) -> list[tuple[str, str]]:
    """Each quotation given to a person of *people* its key does not accept is wrong."""
    return [
        (e.content, who.full)
        for e in expects
        for who in people
        if e.speaker is not None and who.full not in e.speaker
    ]


def _wrong_to(expects: list[Expect], names: Sequence[str]) -> list[tuple[str, str]]:
    """Each quotation given to one of *names* (a person, a channel) is wrong."""
    return [(e.content, name) for e in expects for name in names]


def _tag_paren(p: Person40) -> str:
    """`Sen. Panay Lafin (D-Ore.)`."""
    return f"{p.chamber} {p.full} ({p.party}-{p.state.tag})"


def _tag_comma(p: Person40) -> str:
    """`Rep. Kolas Mayaw, R-Wis.,` (the closing comma included)."""
    return f"{p.chamber} {p.full}, {p.party}-{p.state.tag},"


def _office(p: Person40) -> TitleSpec:
    """The title a chamber abbreviation gives."""
    if p.chamber == "Sen.":
        return EitherOf(("Sen", "senator"))
    return EitherOf(("Rep", "representative", "congress"))


def _campaign(p: Person40) -> tuple[str, ...]:
    """The names a careful reader accepts for *p*'s campaign (never *p*)."""
    return (
        f"{p.last} campaign",
        f"{p.full} campaign",
        "campaign",
        f"{_poss(p.full)} campaign",
        f"{_poss(p.last)} campaign",
        f"{p.poss} campaign",
        "statement",
        "a statement",
    )


def _not_p(expects: list[Expect], p: Person40) -> list[tuple[str, str]]:
    """No quotation of *expects* is *p*'s, by full name or surname."""
    return _wrong_to(expects, (p.full, p.last))


# --- group 1: rallies and debates -------------------------------------------------------------------------


def rally_debate() -> Iterator[Case]:
    """`"Q," Sen. NAME (D-Ore.) told supporters at a rally in TOWN.`, `Rep. NAME, R-Texas, said during
    Tuesday's debate that C.`, `At the debate, OTHER said C1. "Q," NAME shot back.`, `"Q," NAME, the
    Democratic nominee for Senate in STATE, jabbed.`, `Speaking to a crowd at a county fairground in TOWN,
    NAME said: "Q."`, `"Q1," Sen. NAME told the crowd. "Q2."`, `NAME (R-Kan.), who is running for governor,
    told supporters in TOWN that C.` and `"Q," said Rep. NAME of STATE, the ranking Democrat on the
    committee.` (NAME, the chamber as the title)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-rally"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, party=_rival_party(p))
        q1 = _q(i, k)
        qc, qs, q2s = m.q(q1 + ","), m.q(q1 + "."), m.q(_q(i, k + 1) + ".")
        clause, c2 = _c(i, k), _c(i, k + 1)
        town, day = p.state.town, DAYS40[k % 7]
        occasion = _pick(OCCASIONS40, k).format(town=town)
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} {_tag_paren(p)} {occasion} on {day}."
            expects = [_d(qc, p, _office(p))]
        elif shape == 1:
            text = f"{_tag_comma(p)} said during {_poss(day)} debate that {clause}."
            expects = [_that(text, clause, p, _office(p))]
        elif shape == 2:
            nominee = f"the {o.partyadj} nominee"
            text = f"At the debate in {town}, {o.full}, {nominee}, said {c2}. {qc} {p.full} shot back."
            expects = [_that(text, c2, o, Contains("nominee")), _d(qc, p, None)]
        elif shape == 3:
            text = (
                f"{qc} {p.full}, the {p.partyadj} nominee for Senate in {p.state.name}, {_pick(OPEN40, k)}."
            )
            expects = [_d(qc, p, Contains("nominee"))]
        elif shape == 4:
            text = f"Speaking to a crowd at a county fairground in {town}, {p.full} said: {qs}"
            expects = [_d(qs, p)]
        elif shape == 5:
            text = f"{qc} {_tag_paren(p)} told the crowd in {town}. {q2s}"
            whole = text[: text.index(q2s) + len(q2s)]
            if _found(text, whole):
                # docs/json.md: `"A," she said. "B."` is one split quotation with two parts
                expects = [Expect(whole, "direct", (p.full,), _office(p), "person", (qc, q2s))]
            else:
                expects = [_d(qc, p, _office(p)), _d(q2s, p)]
        elif shape == 6:
            text = (
                f"{p.full} ({p.party}-{p.state.tag}), who is running for governor, told supporters in {town} "
                f"that {clause}."
            )
            expects = [_that(text, clause, p)]
        else:
            ranking = f"the ranking {p.partyword} on the committee"
            text = f"{qc} said {p.chamber} {p.full} of {p.state.name}, {ranking}."
            expects = [_d(qc, p, EitherOf(("Rep", "Sen", "ranking", "senator", "congress")))]
        yield Case("", f"ho40-rally-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 2: campaign and party voices ---------------------------------------------------------------------


def campaign_voices() -> Iterator[Case]:
    """`The SURNAME campaign said in a statement that C.`, `NAME's campaign manager, OTHER, said: "Q."`, `"Q,"
    a spokeswoman for the SURNAME campaign said.`, `NAME's aides said privately that C.`, `"Q," said OTHER, a
    senior adviser to NAME's campaign.`, `NAME did not appear at the event. Her campaign said C.`, `NAME's
    campaign said in a statement that C. "Q," NAME told reporters later.` (the campaign, then NAME) and
    `OTHER, a spokesman for NAME's re-election campaign, said C.` (the campaign or the aide, never NAME
    unless the text says so)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-campaign"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k)
        q1 = _q(i, k)
        qc, qs = m.q(q1 + ","), m.q(q1 + ".")
        clause = _c(i, k)
        spokes = "spokeswoman" if k % 2 else "spokesman"
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        if shape == 0:
            text = f"The {p.last} campaign said in a statement that {clause}."
            expects = [_that(text, clause, _campaign(p), ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 1:
            text = f"{_poss(p.full)} campaign manager, {o.full}, said: {qs}"
            expects = [_d(qs, o, Contains("campaign manager"))]
            wrong = _not_p(expects, p)
        elif shape == 2:
            text = f"{qc} a {spokes} for the {p.last} campaign said."
            names = (spokes, f"{spokes} for the {p.last} campaign", f"{spokes} for {p.last} campaign")
            expects = [_d(qc, names, ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 3:
            text = f"{_poss(p.full)} aides said privately that {clause}."
            names = ("aides", f"{_poss(p.full)} aides", f"{p.poss} aides")
            expects = [_that(text, clause, names, ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 4:
            text = f"{qc} said {o.full}, a senior adviser to {_poss(p.full)} campaign."
            expects = [_d(qc, o, Contains("adviser"))]
            wrong = _not_p(expects, p)
        elif shape == 5:
            text = f"{p.full} did not appear at the event. {_cap(p.poss)} campaign said {clause}."
            expects = [_that(text, clause, _campaign(p), ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 6:
            text = (
                f"{_poss(p.full)} campaign said in a statement that {clause}. {qc} {p.full} told reporters "
                f"later."
            )
            expects = [_that(text, clause, _campaign(p), ANY, person=False), _d(qc, p)]
            wrong = _not_p(expects[:1], p)
        else:
            spokes = o.kin("spokeswoman", "spokesman")
            text = f"{o.full}, a {spokes} for {_poss(p.full)} re-election campaign, said {clause}."
            expects = [_that(text, clause, o, Contains(spokes))]
            wrong = _not_p(expects, p)
        yield Case("", f"ho40-campaign-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: insults and labels ----------------------------------------------------------------------------


def insult_labels() -> Iterator[Case]:
    """`NAME called PLAN "LABEL".`, `NAME dismissed OTHER's plan as "LABEL".`, `NAME described her rival,
    OTHER, as "LABEL".`, `NAME slammed PLAN as "LABEL".`, `"She is LABEL," NAME said of OTHER.`, `OTHER's
    plan, which NAME called "LABEL", passed on DAY.`, `NAME branded OTHER "LABEL" in a fundraising email.`
    and `NAME said PLAN was "LABEL".` (NAME's mixed quotation, never the labelled OTHER's)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-label"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, party=_rival_party(p))
        iss = ISSUES40[i]
        plan = iss.plan
        label, personal = _pick(iss.labels, k), _pick(PERSONAL40, k)
        marked, pmarked = m.q(label), m.q(personal)
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} called {plan} {marked}."
            expects = [_mixed(text, (marked, f"{plan} {marked}"), p)]
        elif shape == 1:
            text = f"{p.full} dismissed {_poss(o.full)} plan as {marked}."
            expects = [_mixed(text, (marked, f"{_poss(o.full)} plan as {marked}"), p)]
        elif shape == 2:
            text = f"{p.full} described {p.poss} rival, {o.full}, as {pmarked}."
            expects = [
                _mixed(
                    text, (pmarked, f"{o.full}, as {pmarked}", f"{p.poss} rival, {o.full}, as {pmarked}"), p
                )
            ]
        elif shape == 3:
            text = f"{p.full} {_pick(SLAMS40, k)} {plan} as {marked}."
            expects = [_mixed(text, (marked, f"{plan} as {marked}"), p)]
        elif shape == 4:
            said = m.q(f"{_cap(o.pronoun)} is {personal},")
            text = f"{said} {p.full} said of {o.full}."
            expects = [_d(said, p)]
        elif shape == 5:
            text = f"{_poss(o.full)} plan, which {p.full} called {marked}, passed on {DAYS40[k % 7]}."
            expects = [_mixed(text, (marked,), p)]
        elif shape == 6:
            text = f"{p.full} branded {o.full} {pmarked} in a fundraising email."
            expects = [_mixed(text, (pmarked, f"{o.full} {pmarked}"), p)]
        else:
            text = f"{p.full} said {plan} was {marked}."
            expects = [_mixed(text, (f"{plan} was {marked}", marked), p)]
        yield Case("", f"ho40-label-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 4: accusations and denials -----------------------------------------------------------------------


def accusations_denials() -> Iterator[Case]:
    """`NAME accused OTHER of lying about TOPIC. "Q," she said.`, `NAME, who is challenging OTHER, charged
    that C.`, `NAME, accused by OTHER of lying about TOPIC, denied that C.`, `NAME rejected claims that C.
    "Q," she said.`, `"Q," NAME said, denying OTHER's accusation that C.`, `OTHER accused NAME of lying
    about TOPIC. A spokeswoman for NAME called the charge "LABEL".`, `NAME alleged on DAY that C.` and
    `"That is a lie," NAME said when asked about OTHER's claim that C.` (the accuser's and the denier's
    words their own; a claim inside a denial never the denier's)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-accuse"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, party=_rival_party(p))
        iss = ISSUES40[i]
        q1 = _q(i, k)
        qc = m.q(q1 + ",")
        clause = _c(i, k)
        lying = f"lying about {iss.topic}"
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{p.full} accused {o.full} of {lying}. {qc} {p.pronoun} said."
            region = f"{o.full} of {lying}"
            expects = [_d(qc, p), *_tolerate(text, region, (p.full,))]
            wrong = [(region, o.full)]
        elif shape == 1:
            text = f"{p.full}, who is challenging {o.full}, charged that {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 2:
            text = f"{p.full}, accused by {o.full} of {lying}, denied that {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 3:
            text = f"{p.full} rejected claims that {clause}. {qc} {p.pronoun} said."
            expects = [_d(qc, p), *_tolerate(text, f"claims that {clause}", ("claims",))]
            wrong = [(clause, p.full)]
        elif shape == 4:
            text = f"{qc} {p.full} said, denying {_poss(o.full)} accusation that {clause}."
            expects = [_d(qc, p), *_tolerate(text, f"accusation that {clause}", (o.full,))]
            wrong = [(clause, p.full)]
        elif shape == 5:
            spokes = "spokeswoman" if k % 2 else "spokesman"
            marked = m.q(_pick(iss.labels, k))
            text = (
                f"{o.full} accused {p.full} of {lying}. A {spokes} for {p.full} called the charge {marked}."
            )
            names = (spokes, f"{spokes} for {p.full}")
            expects = [
                _mixed(text, (marked, f"the charge {marked}"), names),
                *_tolerate(text, f"{p.full} of {lying}", (o.full,)),
            ]
            wrong = [(marked, p.full), (marked, o.full)]
        elif shape == 6:
            text = f"{p.full} alleged on {DAYS40[k % 7]} that {clause}."
            expects = [_that(text, clause, p)]
        else:
            lie = m.q("That is a lie,")
            text = f"{lie} {p.full} said when asked about {_poss(o.full)} claim that {clause}."
            expects = [_d(lie, p), *_tolerate(text, f"about {_poss(o.full)} claim that {clause}", (o.full,))]
            wrong = [(clause, p.full)]
        wrong += _wrong([e for e in expects if e.speaker is not None], (o,))
        yield Case("", f"ho40-accuse-{shape}", text, expects, wrong_speakers=wrong)


# --- group 5: polls -----------------------------------------------------------------------------------------


def polls() -> Iterator[Case]:
    """`According to a poll by BODY, FINDING.`, `A BODY poll found that FINDING.`, `"Q," said pollster OTHER,
    who directs BODY's survey.`, `Pollster OTHER said FINDING.`, `FINDING, according to a survey released on
    DAY by BODY.`, `A poll by BODY found that FINDING. NAME shrugged it off. "Q," she told reporters.`,
    `OTHER, BODY's director of polling, said: "Q."` and `In the BODY survey, 52 percent of voters said they
    would back NAME.` (the poll, the pollster or the voters; never the candidate in the finding)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-poll"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k)
        bare, art, kind = POLLSTERS40[k % len(POLLSTERS40)]
        body = f"{art} {bare}".strip()
        n = 3 + k % 9
        finding = _pick(FINDINGS40, k).format(last=p.last, n=n)
        pq = _pick(POLLQ40, k)
        pqc, pqs = m.q(pq + ","), m.q(pq + ".")
        polled = (body, bare, "poll", f"a poll by {body}", f"poll by {body}", kind, "survey")
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        if shape == 0:
            text = f"According to a poll by {body}, {finding}."
            expects = [_i(finding, polled, ANY, person=False)]
        elif shape == 1:
            text = f"A {bare} poll found that {finding}."
            expects = [_that(text, finding, (*polled, bare, f"{bare} poll"), ANY, person=False)]
        elif shape == 2:
            text = f"{pqc} said pollster {o.full}, who directs {_poss(body)} survey."
            expects = [_d(pqc, o, ANY)]
        elif shape == 3:
            text = f"Pollster {o.full} said {finding}."
            expects = [_that(text, finding, o, EitherOf(("pollster",)))]
        elif shape == 4:
            text = f"{_cap(finding)}, according to a survey released on {DAYS40[k % 7]} by {body}."
            expects = [_i(_cap(finding), (*polled, "survey released"), ANY, person=False)]
        elif shape == 5:
            dq = m.q(_pick(DISMISS40, k) + ",")
            text = (
                f"A poll by {body} found that {finding}. {p.full} shrugged it off. {dq} {p.pronoun} told "
                f"reporters."
            )
            expects = [_that(text, finding, polled, ANY, person=False), _d(dq, p)]
        elif shape == 6:
            text = f"{o.full}, {_poss(body)} director of polling, said: {pqs}"
            expects = [_d(pqs, o, Contains("director"))]
        else:
            pct = 40 + k % 19
            said = f"they would back {p.last}"
            text = f"In the {bare} survey, {pct} percent of voters said {said}."
            names = ("voters", f"{pct} percent of voters", f"{pct} percent")
            finding_all = f"{pct} percent of voters said {said}"
            if _found(text, finding_all):
                # the whole finding reported by the survey is an equally right reading
                expects = [_i(finding_all, polled, ANY, person=False)]
            else:
                expects = [_that(text, said, names, ANY, person=False)]
        wrong = _not_p([e for e in expects if e.speaker != (p.full,)], p)
        wrong += _wrong([e for e in expects if e.speaker != (o.full,)], (o,))
        yield Case("", f"ho40-poll-{shape}", text, expects, wrong_speakers=wrong)


# --- group 6: votes and endorsements ------------------------------------------------------------------------


def vote_explanations() -> Iterator[Case]:
    """`NAME, who voted against PLAN, said C.`, `Explaining her vote on DAY, NAME said: "Q."`, `PLAN passed
    52-48, with NAME, R-Utah, the only Republican to vote for it. "Q," she said.`, `NAME endorsed OTHER on
    DAY, saying C.`, `OTHER, who was endorsed by NAME on DAY, told reporters: "Q."`, `NAME broke with her
    party to back PLAN. In a statement, her office said C.` (the office or NAME), `"Q," said NAME, who cast
    the deciding vote.` and `NAME voted yes. OTHER voted no, saying C.` (the voter who speaks, never the
    other)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-vote"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, gender=p.gender if shape in (3, 7) else None)
        iss = ISSUES40[i]
        q1 = _q(i, k)
        qc, qs = m.q(q1 + ","), m.q(q1 + ".")
        clause = _c(i, k)
        day = DAYS40[k % 7]
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, who voted against {iss.plan}, said {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 1:
            text = f"Explaining {p.poss} vote on {day}, {p.full} said: {qs}"
            expects = [_d(qs, p)]
        elif shape == 2:
            yes = 51 + k % 5
            text = (
                f"{_cap(iss.plan)} passed {yes}-{100 - yes}, with {p.full}, {p.party}-{p.state.tag}, the "
                f"only {p.partyword} to vote for it. {qc} {p.pronoun} said."
            )
            expects = [_d(qc, p)]
        elif shape == 3:
            text = f"{p.full} endorsed {o.full} on {day}, saying {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 4:
            text = f"{o.full}, who was endorsed by {p.full} on {day}, told reporters: {qs}"
            expects = [_d(qs, o)]
        elif shape == 5:
            text = (
                f"{p.full} broke with {p.poss} party to back {iss.plan}. In a statement, {p.poss} office "
                f"said {clause}."
            )
            names = (
                p.full,
                "office",
                f"{p.poss} office",
                f"{_poss(p.full)} office",
                "statement",
                "a statement",
            )
            expects = [_that(text, clause, names, ANY, person=False)]
        elif shape == 6:
            text = f"{qc} said {p.full}, who cast the deciding vote."
            expects = [_d(qc, p)]
        else:
            text = f"{p.full} voted yes. {o.full} voted no, saying {clause}."
            expects = [_that(text, clause, o)]
        yield Case("", f"ho40-vote-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 7: second references by political epithet --------------------------------------------------------


def political_epithets() -> Iterator[Case]:
    """Two candidates of one gender and rival parties, then a credit by epithet only: `the senator` (only
    one is), `the incumbent`, `the challenger`, `the AGE-year-old PARTY`, `the front-runner`, `the former
    governor`, `the STATE PARTY` and `The Republican said C.` (the person the epithet fits)."""
    for a, shape, m, i in sample(_combos(8), 272, "ho40-epithet"):
        k = _k(PEOPLE40.index(a), shape, i)
        b = _other(a, k, gender=a.gender, party=_rival_party(a))
        q1 = _q(i, k)
        qc = m.q(q1 + ",")
        clause = _c(i, k)
        town, day = a.state.town, DAYS40[k % 7]
        who: Person40
        if shape == 0:
            text = (
                f"Sen. {a.full} ({a.party}-{a.state.tag}) faces {b.full}, a former school board president, "
                f"in November. {qc} the senator said."
            )
            who = a
        elif shape == 1:
            text = (
                f"{b.full}, a {b.partyadj} businesswoman, is challenging {a.full}, the incumbent "
                f"{a.partyword}. {qc} said the incumbent."
            )
            if b.gender == "m":
                text = text.replace("businesswoman", "businessman")
            who = a
        elif shape == 2:
            text = (
                f"{b.full}, a {b.partyadj} rancher, is challenging {a.full}, the incumbent. {qc} the "
                f"challenger said."
            )
            who = b
        elif shape == 3:
            text = (
                f"{a.full}, {a.age}, and {b.full}, {b.age}, met in {town} on {day}. {qc} said the "
                f"{a.age}-year-old {a.partyword}."
            )
            who = a
        elif shape == 4:
            text = (
                f"{a.full} leads {b.full} by nine points in the {a.state.name} primary. {qc} the "
                f"front-runner told reporters in {town}."
            )
            who = a
        elif shape == 5:
            text = (
                f"{a.full}, a first-term state senator, and former Gov. {b.full} are locked in a tight race. "
                f"{qc} said the former governor."
            )
            who = b
        elif shape == 6:
            text = (
                f"{a.full} of {a.state.name} and {b.full} of {b.state.name} shared a stage in {town}. {qc} "
                f"the {a.state.name} {a.partyword} said."
            )
            who = a
        else:
            rep = a if a.party == "R" else b
            plan = ISSUES40[i].plan
            text = f"{a.full} and {b.full} clashed on {day} over {plan}. The Republican said {clause}."
            expects = [_that(text, clause, rep)]
            yield Case("", f"ho40-epithet-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))
            continue
        expects = [_d(qc, who)]
        yield Case("", f"ho40-epithet-{shape}", text, expects, wrong_speakers=_wrong(expects, (a, b)))


# --- group 8: posts by politicians --------------------------------------------------------------------------


def political_posts() -> Iterator[Case]:
    """`NAME wrote on X on DAY: "Q."`, `In a post on DAY, NAME said C.`, `"Q," NAME posted on DAY,
    alongside a photo of OTHER.`, `In a since-deleted post, NAME wrote that C.`, `NAME shared OTHER's post,
    adding: "Q."`, `Replying to OTHER on X, NAME wrote: "Q."`, `NAME's account posted a video with the
    caption "Q".` (NAME or the post) and `NAME wrote on X that C. OTHER responded within minutes: "Q2."`
    (each writer's own)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-post"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k)
        q1 = _q(i, k)
        qc, qs, marked = m.q(q1 + ","), m.q(q1 + "."), m.q(q1)
        clause = _c(i, k)
        day = DAYS40[k % 7]
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full} wrote on X on {day}: {qs}"
            expects = [_d(qs, p)]
        elif shape == 1:
            text = f"In a post on {day}, {p.full} said {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 2:
            text = f"{qc} {p.full} posted on {day}, alongside a photo of {o.full}."
            expects = [_d(qc, p)]
        elif shape == 3:
            text = f"In a since-deleted post, {p.full} wrote that {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 4:
            text = f"{p.full} shared {_poss(o.full)} post, adding: {qs}"
            expects = [_d(qs, p)]
        elif shape == 5:
            text = f"Replying to {o.full} on X, {p.full} wrote: {qs}"
            expects = [_d(qs, p)]
        elif shape == 6:
            text = f"{_poss(p.full)} account posted a video on {day} with the caption {marked}."
            names = (p.full, "caption", "post", "video", "account", f"{_poss(p.full)} account")
            expects = [_d(marked, names, ANY, person=False)]
        else:
            q2s = m.q(_q(i, k + 1) + ".")
            text = f"{p.full} wrote on X that {clause}. {o.full} responded within minutes: {q2s}"
            expects = [_that(text, clause, p), _d(q2s, o)]
        yield Case("", f"ho40-post-{shape}", text, expects, wrong_speakers=_wrong(expects, (p, o)))


# --- group 9: campaign ads ----------------------------------------------------------------------------------


def campaign_ads() -> Iterator[Case]:
    """`In a new ad released on DAY, the SURNAME campaign says C.` (the campaign or the ad), `The ad shows
    NAME telling voters: "Q."` (NAME), `"Q," a narrator says in the ad, which is running on CHANNEL.` (the
    narrator), `The ad, paid for by PAC, accuses OTHER of lying about TOPIC.` (never OTHER), `"I am NAME
    and I approve this message," NAME says at the end of the ad.`, `PAC, a super PAC backing NAME, said in
    a statement that C.` (the PAC), `NAME defended the ad on DAY. "Q," she told reporters.` and `In one ad,
    OTHER is shown saying "Q" at a forum. The SURNAME campaign says the clip was edited.` (OTHER's words;
    the campaign's claim)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-ad"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, party=_rival_party(p))
        q1 = _q(i, k)
        qc, qs, marked = m.q(q1 + ","), m.q(q1 + "."), m.q(q1)
        clause = _c(i, k)
        day = DAYS40[k % 7]
        channel = CHANNELS40[k % len(CHANNELS40)][0]
        pac = _pick(PACS40, k)
        ad = ("ad", "new ad", "the ad")
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        if shape == 0:
            text = f"In a new ad released on {day}, the {p.last} campaign says {clause}."
            expects = [_that(text, clause, (*_campaign(p), *ad), ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 1:
            text = f"The ad shows {p.full} telling voters: {qs}"
            expects = [_d(qs, p)]
            wrong = []
        elif shape == 2:
            text = (
                f"{qc} a narrator says in the ad, which is running on {channel} and was paid for by the "
                f"{p.last} campaign."
            )
            expects = [_d(qc, ("narrator", *ad), ANY, person=False)]
            wrong = _not_p(expects, p) + _wrong_to(expects, (channel,))
        elif shape == 3:
            region = f"{o.full} of lying about {ISSUES40[i].topic}"
            text = f"The ad, paid for by {pac}, accuses {region}."
            expects = _tolerate(text, region, (*ad, pac))
            wrong = [(region, o.full)]
        elif shape == 4:
            said = m.q(f"I am {p.full} and I approve this message,")
            text = f"{said} {p.full} says at the end of the ad."
            expects = [_d(said, p)]
            wrong = []
        elif shape == 5:
            text = f"{pac}, a super PAC backing {p.full}, said in a statement that {clause}."
            names = (pac, "super PAC", "statement", "a statement")
            expects = [_that(text, clause, names, ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 6:
            text = f"{p.full} defended the ad on {day}. {qc} {p.pronoun} told reporters in {p.state.town}."
            expects = [_d(qc, p)]
            wrong = []
        else:
            claim = "the clip was edited"
            text = (
                f"In one ad, {o.full} is shown saying {marked} at a forum in {o.state.town}. The {p.last} "
                f"campaign says {claim}."
            )
            expects = [_d(marked, o), _that(text, claim, _campaign(p), ANY, person=False)]
            wrong = _not_p(expects, p)
        wrong += _wrong([e for e in expects if e.speaker != (o.full,)], (o,))
        yield Case("", f"ho40-ad-{shape}", text, expects, wrong_speakers=wrong)


# --- group 10: floor speeches and lawmakers' letters --------------------------------------------------------


def floor_and_letters() -> Iterator[Case]:
    """`Speaking on the Senate floor on DAY, Sen. NAME said: "Q."`, `In a floor speech, NAME said C.`, `"Q,"
    NAME said on the House floor, holding up a copy of PLAN.`, `In a letter led by NAME and signed by 41 other
    PARTYs, the lawmakers wrote that C.` (the lawmakers, the letter or NAME), `NAME and OTHER wrote to the
    secretary on DAY that C.` (the pair or either), `NAME read into the record a letter from a constituent:
    "Q."` (the constituent, the letter or NAME), `"Q," NAME said before yielding the floor to OTHER.` and `The
    letter, whose lead signer was NAME, said C.` (the letter or NAME)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-floor"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, party=p.party)
        iss = ISSUES40[i]
        q1 = _q(i, k)
        qc, qs = m.q(q1 + ","), m.q(q1 + ".")
        clause = _c(i, k)
        day = DAYS40[k % 7]
        expects: list[Expect]
        names: tuple[str, ...]
        people: tuple[Person40, ...] = (p, o)
        if shape == 0:
            text = f"Speaking on the Senate floor on {day}, Sen. {p.full} said: {qs}"
            expects = [_d(qs, p, EitherOf(("Sen", "senator")))]
        elif shape == 1:
            text = f"In a floor speech on {day}, {p.full} said {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 2:
            text = f"{qc} {p.full} said on the House floor, holding up a copy of {iss.plan}."
            expects = [_d(qc, p)]
        elif shape == 3:
            n = 20 + k % 30
            text = (
                f"In a letter led by {p.full} and signed by {n} other {p.partyword}s, the lawmakers wrote "
                f"that {clause}."
            )
            names = ("lawmakers", "the lawmakers", "letter", "a letter", p.full)
            expects = [_that(text, clause, names, ANY, person=False)]
        elif shape == 4:
            text = f"{p.full} and {o.full} wrote to the secretary on {day} that {clause}."
            names = (f"{p.full} and {o.full}", f"{p.full}; {o.full}", p.full, o.full)
            expects = [_that(text, clause, names, ANY, person=False)]
        elif shape == 5:
            text = f"{p.full} read into the record a letter from a constituent: {qs}"
            names = ("constituent", "a constituent", "letter", "a letter from a constituent", p.full)
            expects = [_d(qs, names, ANY, person=False)]
        elif shape == 6:
            text = f"{qc} {p.full} said before yielding the floor to {o.full}."
            expects = [_d(qc, p)]
        else:
            text = f"The letter, whose lead signer was {p.full}, said {clause}."
            names = ("letter", "the letter", p.full)
            expects = [_that(text, clause, names, ANY, person=False)]
        yield Case("", f"ho40-floor-{shape}", text, expects, wrong_speakers=_wrong(expects, people))


# --- group 11: Westminster outside the chamber --------------------------------------------------------------


def westminster_lobby() -> Iterator[Case]:
    """`Asked about NAME's remarks, a Downing Street spokesman said C.` (the spokesman), `NAME, the MP for
    SEAT, said: "Q."`, `The SHADOW, NAME, told STATION's PROGRAMME that C.`, `"Q," said NAME, PARTY MP for
    SEAT.`, `Allies of NAME, the MP for SEAT, said C.` (the allies), `The prime minister's official
    spokesman told reporters that C. NAME, the SHADOW, said: "Q."`, `In her resignation letter, NAME, the
    MP for SEAT, wrote: "Q."` and `"Q," NAME told the Commons on DAY, to jeers from the PARTY benches.`
    (NAME, the seat's MP or the shadow post as the title; never the station)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-lobby"):
        k = _k(PEOPLE40.index(p), shape, i)
        q1 = _pick(BRIT_QUOTES40, k + i)
        qc, qs = m.q(q1 + ","), m.q(q1 + ".")
        clause = _pick(BRIT_CLAUSES40, k + i)
        shadow = _pick(SHADOW40, k)
        party = _pick(PARTIES40, k)
        station, programme = BRITRADIO40[k % len(BRITRADIO40)]
        mp = Contains("MP")
        names: tuple[str, ...]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            spokes = "Downing Street spokeswoman" if k % 2 else "Downing Street spokesman"
            text = f"Asked about {_poss(p.full)} remarks, a {spokes} said {clause}."
            names = (spokes, spokes.rsplit(maxsplit=1)[-1], "Downing Street")
            expects = [_that(text, clause, names, ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 1:
            text = f"{p.full}, the MP for {p.seat}, said: {qs}"
            expects = [_d(qs, p, mp)]
        elif shape == 2:
            text = f"The {shadow}, {p.full}, told {_poss(station)} {programme} programme that {clause}."
            expects = [_that(text, clause, p, Contains(shadow))]
            wrong = _wrong_to(expects, (station, programme))
        elif shape == 3:
            text = f"{qc} said {p.full}, {party.removeprefix('the ')} MP for {p.seat}."
            expects = [_d(qc, p, mp)]
        elif shape == 4:
            text = f"Allies of {p.full}, the MP for {p.seat}, said {clause}."
            names = ("allies", f"allies of {p.full}")
            expects = [_that(text, clause, names, ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 5:
            text = (
                f"The prime minister's official spokesman told reporters that {clause}. {p.full}, the "
                f"{shadow}, said: {qs}"
            )
            names = ("prime minister's official spokesman", "official spokesman", "spokesman")
            expects = [_that(text, clause, names, ANY, person=False), _d(qs, p, Contains(shadow))]
            wrong = _not_p(expects[:1], p)
        elif shape == 6:
            text = f"In {p.poss} resignation letter, {p.full}, the MP for {p.seat}, wrote: {qs}"
            expects = [_d(qs, p, mp)]
        else:
            benches = party.removeprefix("the ")
            text = f"{qc} {p.full} told the Commons on {DAYS40[k % 7]}, to jeers from the {benches} benches."
            expects = [_d(qc, p)]
        yield Case("", f"ho40-lobby-{shape}", text, expects, wrong_speakers=wrong)


# --- group 12: election night -------------------------------------------------------------------------------


def election_night() -> Iterator[Case]:
    """`NAME conceded the race to OTHER late on DAY, telling supporters in TOWN: "Q."`, `NAME called OTHER to
    concede shortly after midnight, OTHER's campaign said.` (the campaign), `In her victory speech in TOWN,
    NAME said C.`, `"Q," NAME told cheering supporters after OTHER conceded.`, `OTHER has not conceded. "Q,"
    NAME said.`, `NAME, who beat OTHER by 6 points, said C.`, `"Q," OTHER said in a concession speech. NAME,
    the winner, did not speak until after midnight.` (OTHER) and `NAME declared victory on DAY. "Q," she said.
    OTHER did not respond.` (NAME)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-election"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k, party=_rival_party(p))
        e1 = _pick(ELECTION40, k + i)
        qc, qs = m.q(e1 + ","), m.q(e1 + ".")
        clause = _c(i, k)
        town, day = p.state.town, DAYS40[k % 7]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{p.full} conceded the race to {o.full} late on {day}, telling supporters in {town}: {qs}"
            expects = [_d(qs, p)]
        elif shape == 1:
            report = f"{p.full} called {o.full} to concede shortly after midnight"
            text = f"{report}, {_poss(o.full)} campaign said."
            expects = [_i(report, _campaign(o), ANY, person=False)]
            wrong = _not_p(expects, o)
        elif shape == 2:
            text = f"In {p.poss} victory speech in {town}, {p.full} said {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 3:
            text = f"{qc} {p.full} told cheering supporters after {o.full} conceded."
            expects = [_d(qc, p)]
        elif shape == 4:
            text = f"{o.full} has not conceded. {qc} {p.full} said."
            expects = [_d(qc, p)]
        elif shape == 5:
            text = f"{p.full}, who beat {o.full} by {3 + k % 9} points, said {clause}."
            expects = [_that(text, clause, p)]
        elif shape == 6:
            text = (
                f"{qc} {o.full} said in a concession speech. {p.full}, the winner, did not speak until after "
                f"midnight."
            )
            expects = [_d(qc, o)]
        else:
            text = f"{p.full} declared victory on {day}. {qc} {p.pronoun} said. {o.full} did not respond."
            expects = [_d(qc, p)]
        wrong += _wrong(expects, (p, o))
        yield Case("", f"ho40-election-{shape}", text, expects, wrong_speakers=wrong)


# --- group 13: debate moderators ----------------------------------------------------------------------------


def debate_moderators() -> Iterator[Case]:
    """A named moderator (of the other gender) and a candidate: `"Q?" asked the moderator, MOD. "A," NAME
    replied.`, `The moderator, MOD of CHANNEL, asked NAME whether C. "A," she said.`, `MOD asked about PLAN.
    NAME interrupted: "A."`, `"A," NAME said, cutting off MOD, who had asked about PLAN.`, `"Your time is up,"
    MOD told NAME. "A," NAME said.`, `MOD pressed NAME on PLAN: "Q?"¶"A," NAME answered.`, `Asked by MOD
    whether C, NAME said: "A."` and `"A," NAME told MOD, the moderator.` (the question the moderator's, the
    answer the candidate's)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-moderator"):
        k = _k(PEOPLE40.index(p), shape, i)
        mod = _other(p, k, gender=_opp(p))
        iss = ISSUES40[i]
        a1 = _q(i, k)
        ac, as_ = m.q(a1 + ","), m.q(a1 + ".")
        question = m.q(_pick(DEBATE_QS40, k) + "?")
        clause = _c(i, k)
        channel = CHANNELS40[k % len(CHANNELS40)][0]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            text = f"{question} asked the moderator, {mod.full}. {ac} {p.full} replied."
            expects = [_d(question, mod, Contains("moderator")), _d(ac, p)]
        elif shape == 1:
            text = (
                f"The moderator, {mod.full} of {channel}, asked {p.full} whether {clause}. {ac} {p.pronoun} "
                f"said."
            )
            expects = [_d(ac, p), *_tolerate(text, f"whether {clause}", (mod.full,))]
            wrong = [(f"whether {clause}", p.full)]
        elif shape == 2:
            text = f"{mod.full} asked about {iss.plan}. {p.full} interrupted: {as_}"
            expects = [_d(as_, p)]
        elif shape == 3:
            text = f"{ac} {p.full} said, cutting off {mod.full}, who had asked about {iss.plan}."
            expects = [_d(ac, p)]
        elif shape == 4:
            up = m.q("Your time is up,")
            text = f"{up} {mod.full} told {p.full}. {ac} {p.full} said."
            expects = [_d(up, mod), _d(ac, p)]
        elif shape == 5:
            text = f"{mod.full} pressed {p.full} on {iss.plan}: {question}\n\n{ac} {p.full} answered."
            expects = [_d(question, mod), _d(ac, p)]
        elif shape == 6:
            text = f"Asked by {mod.full} whether {clause}, {p.full} said: {as_}"
            expects = [_d(as_, p), *_tolerate(text, f"whether {clause}", (mod.full,))]
            wrong = [(f"whether {clause}", p.full)]
        else:
            text = f"{ac} {p.full} told {mod.full}, the moderator."
            expects = [_d(ac, p, None)]
        wrong += _wrong([e for e in expects if e.speaker is not None], (p, mod)) + _wrong_to(
            expects, (channel,)
        )
        yield Case("", f"ho40-moderator-{shape}", text, expects, wrong_speakers=wrong)


# --- group 14: fundraising and filings ----------------------------------------------------------------------


def fundraising_filings() -> Iterator[Case]:
    """`The SURNAME campaign said it raised AMOUNT in the third quarter.` (the campaign), `According to
    filings with the STATE Ethics Commission, NAME raised AMOUNT in March.` (the filings or nobody, never
    NAME), `NAME, who has lent her campaign AMOUNT, said: "Q."`, `PAC, a super PAC supporting NAME, said in
    a filing that C.` (the PAC), `"Q," said OTHER, NAME's finance director.` (OTHER), `NAME's campaign has
    AMOUNT in the bank, OTHER, a spokeswoman for the campaign, said on DAY.` (OTHER), `OTHER's campaign
    accused NAME of taking money from PAC. "Q," NAME said.` and `NAME told donors at a fundraiser in TOWN
    that C.` (NAME)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-fund"):
        k = _k(PEOPLE40.index(p), shape, i)
        o = _other(p, k)
        f1 = _pick(FUND40, k + i)
        qc, qs = m.q(f1 + ","), m.q(f1 + ".")
        clause = _c(i, k)
        amount = _pick(AMOUNTS40, k)
        pac = _pick(PACS40, k)
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            report = f"it raised {amount} in the third quarter"
            text = f"The {p.last} campaign said {report}."
            expects = [_that(text, report, _campaign(p), ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 1:
            report = f"{p.full} raised {amount} in March"
            text = f"According to filings with the {p.state.name} Ethics Commission, {report}."
            commission = f"{p.state.name} Ethics Commission"
            actors = (
                "filings",
                f"filings with the {commission}",
                commission,
                "Ethics Commission",
                "commission",
            )
            expects = _tolerate(text, text, actors)
            wrong = [(report, p.full), (report, p.last)]
        elif shape == 2:
            text = f"{p.full}, who has lent {p.poss} campaign {amount}, said: {qs}"
            expects = [_d(qs, p)]
        elif shape == 3:
            text = f"{pac}, a super PAC supporting {p.full}, said in a filing that {clause}."
            names = (pac, "super PAC", "filing", "a filing")
            expects = [_that(text, clause, names, ANY, person=False)]
            wrong = _not_p(expects, p)
        elif shape == 4:
            text = f"{qc} said {o.full}, {_poss(p.full)} finance director."
            expects = [_d(qc, o, Contains("finance director"))]
            wrong = _not_p(expects, p)
        elif shape == 5:
            spokes = "spokeswoman" if o.gender == "f" else "spokesman"
            report = f"{_poss(p.full)} campaign has {amount} in the bank"
            text = f"{report}, {o.full}, a {spokes} for the campaign, said on {DAYS40[k % 7]}."
            expects = [_i(report, o, Contains(spokes))]
            wrong = _not_p(expects, p)
        elif shape == 6:
            region = f"{p.full} of taking money from {pac}"
            text = f"{_poss(o.full)} campaign accused {region}. {qc} {p.full} said."
            expects = [_d(qc, p), *_tolerate(text, region, _campaign(o))]
            wrong = [(region, p.full)]
        else:
            text = f"{p.full} told donors at a fundraiser in {p.state.town} that {clause}."
            expects = [_that(text, clause, p)]
        wrong += _wrong([e for e in expects if e.speaker is not None], (o,))
        yield Case("", f"ho40-fund-{shape}", text, expects, wrong_speakers=wrong)


# --- group 15: negative controls ----------------------------------------------------------------------------


def negative_controls() -> Iterator[Case]:
    """`NAME's campaign bus, emblazoned with "SLOGAN", pulled into TOWN on DAY.`, `NAME introduced the "BILL"
    on DAY.`, `Supporters waved signs reading "SLOGAN" as NAME took the stage.`, `The campaign's "TOUR" stops
    in TOWN on DAY, with NAME due to speak.`, `Yard signs saying "Lock Out the Lobbyists" lined the road to
    NAME's rally.`, `NAME wore a cap bearing the words "SLOGAN".`, `The BILL, nicknamed "X" by critics, was
    sponsored by NAME.` and `Chants of "SURNAME! SURNAME!" greeted NAME in TOWN.` (nobody says them; never
    NAME)."""
    for p, shape, m, i in sample(_combos(8), 272, "ho40-negative"):
        k = _k(PEOPLE40.index(p), shape, i)
        town, day = p.state.town, DAYS40[k % 7]
        fill = {"last": p.last, "state": p.state.name}
        actors: tuple[str, ...] = ()
        if shape == 0:
            marked = m.q(SLOGANS40[0].format(**fill))
            text = f"{_poss(p.full)} campaign bus, emblazoned with {marked}, pulled into {town} on {day}."
        elif shape == 1:
            marked = m.q(_pick(BILLS40, k))
            text = f"{p.full} introduced the {marked} on {day}."
        elif shape == 2:
            marked = m.q(SLOGANS40[1].format(**fill))
            text = f"Supporters waved signs reading {marked} as {p.full} took the stage in {town}."
            actors = ("supporters", "signs")
        elif shape == 3:
            marked = m.q(_pick(CAMPAIGNS40, k))
            text = f"The campaign's {marked} tour stops in {town} on {day}, with {p.full} due to speak."
        elif shape == 4:
            marked = m.q(SLOGANS40[2])
            text = f"Yard signs saying {marked} lined the road to {_poss(p.full)} rally in {town}."
            actors = ("yard signs", "signs")
        elif shape == 5:
            marked = m.q(SLOGANS40[3])
            text = f"{p.full} wore a cap bearing the words {marked} at the parade in {town}."
        elif shape == 6:
            marked = m.q(_pick(ISSUES40[i].labels, k))
            text = f"{_cap(ISSUES40[i].plan)}, nicknamed {marked} by critics, was sponsored by {p.full}."
            actors = ("critics",)
        else:
            marked = m.q(f"{p.last}! {p.last}!")
            text = f"Chants of {marked} greeted {p.full} in {town} on {day}."
            actors = ("chants", "crowd")
        yield Case(
            "",
            f"ho40-negative-{shape}",
            text,
            _tolerate(text, text, actors),
            wrong_speakers=[(marked, p.full), (marked, p.last)],
        )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout40.{name}", group, description, unique_texts(gen))


HELD_OUT_40 = (
    _named(
        "rally_debate", "1", '"Q," Sen. NAME (D-Ore.) told supporters at a rally; shot back', rally_debate
    ),
    _named(
        "campaign_voices", "2", "the SURNAME campaign said; NAME's campaign manager, OTHER", campaign_voices
    ),
    _named("insult_labels", "3", 'NAME called the plan "a disgrace"; branded OTHER "unfit"', insult_labels),
    _named(
        "accusations_denials",
        "4",
        "NAME accused OTHER of lying; denied that; rejected claims",
        accusations_denials,
    ),
    _named("polls", "5", "according to a poll by BODY; pollster NAME said", polls),
    _named(
        "vote_explanations", "6", "NAME, who voted against the bill, said; endorsed OTHER", vote_explanations
    ),
    _named("political_epithets", "7", '"Q," said the incumbent; the Oregon Democrat', political_epithets),
    _named(
        "political_posts", "8", "NAME wrote on X; in a since-deleted post; replying to OTHER", political_posts
    ),
    _named(
        "campaign_ads",
        "9",
        "a new ad says; a narrator says in the ad; a super PAC backing NAME",
        campaign_ads,
    ),
    _named(
        "floor_and_letters",
        "10",
        "on the Senate floor; in a letter signed by 41 lawmakers",
        floor_and_letters,
    ),
    _named(
        "westminster_lobby",
        "11",
        "a Downing Street spokesman; the MP for SEAT; the shadow chancellor",
        westminster_lobby,
    ),
    _named("election_night", "12", "conceded the race, telling supporters; victory speech", election_night),
    _named("debate_moderators", "13", '"Q?" asked the moderator, MOD. "A," NAME replied', debate_moderators),
    _named(
        "fundraising_filings", "14", "the campaign said it raised; according to filings", fundraising_filings
    ),
    _named(
        "negative_controls",
        "15",
        "slogans, bill titles and campaign names near a candidate",
        negative_controls,
    ),
)
