"""Forty-first held-out round: capabilities written at commit ``53fe745`` by a helper (``hcap47``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout41data.py``: thirty invented people of Makhuwa, Mangbetu,
Mansi, Mazatec, Mursi, Nauruan, Ndau, Ogoni, Pemon, Rendille, Samburu, Sasak, Tsakhur, Urhobo and Xavante
origin, each with a gender and an age; straight, curly, British single marks, guillemets and German low-high
marks; an invented agency, *Wirepress*, with datelines of invented towns (`HAVNSUND, Norland (Wirepress) - `,
`PORT ELVAN, May 9 (Wirepress) - `) and a staff for credit lines; invented countries with their capitals and
ministers; firms in undersea cable laying, reinsurance, cocoa grinding, container leasing, tuna canning, beet
sugar, bauxite mining and lifts, with legal suffixes, tickers, funds, indexes and products; regulators, banks
and asset managers, statistics and survey bodies, state media and state news agencies; open-class cue verbs
`underscored`, `reiterated`, `reaffirmed`, `pledged`, `reassured investors`) in WIRE-SERVICE style. Every
other case opens with a dateline and every third ends with a credit line (`(Reporting by A in CITY;
Additional reporting by B; Editing by C)`, `(Reporting by A; Writing by B)`): neither the dateline's place nor
any of the staff may appear in a quotation or as a speaker.

Several angles of the brief were taken by rounds 26 to 39, so groups 1, 3, 4, 5, 6, 10, 12 and 13 replace or
narrow them: datelines and bylines as an angle (round 30) are kept only as the frame of every capability;
`declined to comment` (round 32), anonymous sources with long reasons (round 33), results calls and filings
(round 34), `he said, adding that` (round 38), courts (round 33) and `spoke on condition of anonymity` (round
33) are replaced:

1. citing chains (`The PAPER reported on DAY, citing NAME, POST at FIRM, that C.`, `after the PAPER reported,
   citing unnamed officials, that C`, `NAME told staff that C, according to a transcript seen by Wirepress.`,
   `According to a letter seen by Wirepress, NAME ... told staff: "Q."`, `C, the PAPER said, citing a company
   memo.`, `NAME said C, the PAPER reported.`, `The PAPER, citing two people with knowledge of the matter,
   said C.`): the source or the paper, never the agency; the cited memo or people are no report;
2. statement channels (`said in an emailed statement`, `In written answers to questions from Wirepress`,
   `said in remarks prepared for delivery`, `told Wirepress by telephone from CITY:`, `FIRM said in a
   statement to Wirepress`, `In an emailed response to Wirepress, a spokeswoman for FIRM said`, `told
   Wirepress in an interview ... "Q2," she underscored.`, `said in a statement e-mailed to reporters:`): never
   the agency;
3. the agency's verification notes beside a report (`Wirepress could not independently verify the claim.`,
   `FIRM did not immediately respond to a request for comment.`, `could not be reached outside business
   hours`, `The claims could not be independently verified.`, `a claim Wirepress could not verify`, `NAME ...
   did not immediately respond` after the firm's statement, `a spokesman ... said the company does not
   comment on market rumours`): the notes report nothing;
4. a capital for its government (`CAPITAL said on DAY it would ...`, `"Q," COUNTRY's foreign ministry said`,
   `Officials in CAPITAL said`, `CAPITAL and CAPITAL2 said in a joint statement`, `C, CAPITAL said on DAY.`,
   `CAPITAL warned CAPITAL2 that C`, `The dispute began when CAPITAL said C.`, a minister then `CAPITAL2
   rejected the proposal.`): the capital as written, never the one warned nor the dateline's town;
5. a firm's guidance (`FIRM said it now expects G.`, `reiterated its forecast that`, `cut its outlook ...,
   saying`, `"Q," the KIND said in its results statement.`, `FIRM, which makes PRODUCT, warned that`,
   `FIRM's chief executive, NAME, reassured investors that`, `flagged that C, sending its shares down`,
   `"Q," NAME, its POST, underscored.`): the firm or NAME, never the product;
6. the agency's own witnesses (`SCENE, a Wirepress witness said.`, `A Wirepress reporter at the scene saw
   that ...`, `according to a Wirepress tally`, `Wirepress calculations showed`, `"Q," NAME told a Wirepress
   witness.`, `Two Wirepress witnesses said`, `A Wirepress photographer saw NAME leave ... "Q," she said.`,
   `NAME said C, in comments to a Wirepress reporter.`): the witness where the witness speaks, NAME where NAME
   does, and a credit line on every case;
7. data (`F, according to data from BODY.`, `BODY data showed F.`, `A BODY survey showed F.`, `F, data showed
   on DAY.`, `Data from BODY released on DAY showed F.`: the body, the data or the survey, or no speaker;
   `NAME ... said the BODY figures showed F.`: NAME; `BODY said in its monthly report that F.`; `The BODY
   index of new orders rose to 52.4`: no report);
8. officials through state media (`told state television on DAY that`, `was quoted by the state news agency
   AGENCY as saying`, `said in comments broadcast by state radio`, `told MEDIA in an interview aired on DAY:`,
   `AGENCY, the official news agency, quoted NAME as saying:`, `In remarks carried by state media`, `C, NAME
   told state television, without giving details.`, `according to a translation by Wirepress`): NAME, never
   the channel or either agency;
9. market commentary (`said NAME, chief economist at BANK`, `an analyst at BANK in CITY`, `Analysts at BANK,
   led by NAME, wrote in a note that` (the analysts or NAME), `head of commodities research`, `a portfolio
   manager at BANK, which oversees ...`, `NAME of BANK said`, `senior currency strategist at BANK in CITY`,
   `who manages the FUND at BANK`): NAME, never the bank, the fund or the city;
10. filings and the regulator as venue (`FIRM said in a filing with REGULATOR that`, `In a filing with
    REGULATOR on DAY, FIRM said`, `FIRM told REGULATOR in a submission that`: the firm, never the regulator;
    `REGULATOR said in a notice`, `a spokesperson for REGULATOR`, `According to REGULATOR's decision`,
    `REGULATOR fined FIRM ... "Q," the KIND said.`: the regulator, never the firm fined);
11. a whole short wire item (dateline, the firm's lede, A introduced with a full title, an analyst or a
    regulator's director introduced once, later paragraphs by surname only, a pronoun turn where the genders
    differ, a credit line): each report its own speaker's;
12. readouts of calls (`NAME told OTHER in a phone call on DAY that C, according to a readout from her
    office.`, `A readout from COUNTRY's foreign ministry said the two ministers agreed that C.`, `"Q," NAME
    said, according to the readout.`, `NAME told her counterpart in CAPITAL2, OTHER, that C, COUNTRY's foreign
    ministry said.`, `According to a statement from OTHER's office, NAME told OTHER that C.`, `OTHER said
    after the call that C. NAME has not commented.`, `The two leaders discussed ..., the COUNTRY presidency
    said in a statement.`, `"Q," OTHER told NAME, according to a transcript released by her office.`): never
    the one spoken to;
13. firm names with legal suffixes (`Ltd.`, `Inc.`, `S.A.`, `Co.`, `Corp.`, `N.V.`, `Plc`, `AG`), a sentence
    ending on the suffix (`"Q," said NAME, chief executive of FIRM Co. "Q2," she said.`), the firm as subject,
    after `Shares of`, in a who-clause, inverted, `NAME of FIRM`, `FIRM, the KIND, said`: the firm's whole
    name (with or without its suffix) or NAME;
14. wire headnotes and slugs (`(Updates with comments from NAME in paragraphs 2-3)`, `(Adds analyst comment,
    shares)`, `UPDATE 2-FIRM cuts outlook ...`, `(Corrects spelling of NAME's surname in paragraph 3)`,
    `REFILE-FIRM says ...` (the firm or no one), `(Recasts with NAME's remarks)`, `(This DATE story has been
    refiled ...)`, `(Updates with REGULATOR comment ...)`): the note is no quotation and no speaker; the
    story's reports are their speakers';
15. negative controls: tickers, funds, indexes and products in marks beside a named person who says nothing
    (`traded under the ticker "HALV.KB"`, `The "FUND", run by NAME,`, `The "INDEX" index closed lower`,
    `Investors sold "TICKER"`, `The "PRODUCT" from FIRM went on sale`); in `"Q," said NAME, who manages the
    "FUND".` and `FIRM launched its "PRODUCT" range on DAY, NAME said.` only NAME's report (an indirect one:
    the marked name is no quotation).

When a key is uncertain the case asserts less: a reported clause with or without its *that*; a body under
several names (its full name, without its article, its kind, its statement or document); data that showed
something as the body, the data or no speaker; a report the paper or a ministry carries as NAME's clause or
as the paper's (the ministry's) report of NAME's whole report; titles with `Contains`.

Run once at 53fe745 (``capreport.py --heldout --show 6 heldout41.NAME ...``): **2,911 of 3,798 (0.766)**. The
failures were then read for template and key bugs only; no key was changed to make quotex right where a
careful reader would not accept its reading. Fixed:

* template: nine of the firms' reported clauses began with or held a dangling `it`/`its` (`NAME said its
  refinery in the east would run only two shifts.`, where no firm is named); they now say `the company`, `the
  refinery` (quotex had typed such persons as organisations: `statement_channels` .988 -> 1.000,
  `verification_notes` .984 -> 1.000, `wire_piece` .912 -> .915 before the renaming below);
* key: the keys that choose between equally right segmentations (`_one_of`) were computed on the sentence
  before its dateline and credit line were added, not on the case text; they are now computed on the case
  text (no rate change);
* key: `ticker_controls` shape 7 (`FIRM launched its "PRODUCT" range on DAY, NAME said.`) forbade NAME for
  any quotation overlapping the product, which NAME's own report (the expected one) always does; only the firm
  is now forbidden there (the shape still fails on the kind: quotex calls it mixed);
* key: a nested report carried by a paper or a ministry (`NAME said C, the PAPER reported.`, `NAME told OTHER
  ... that C, according to a readout from her office.`, `NAME told her counterpart ..., OTHER, that C,
  COUNTRY's foreign ministry said.`) demanded C alone; the outer source's report of NAME's whole clause is an
  equally right reading (round 39's *OTHER said he had heard NAME say*) and is now accepted, keyed to the
  outer source (`citing_chains` .118 -> .245, `call_readouts` .594 -> .852); a transcript, a recording or a
  translation (`according to a transcript seen by Wirepress`, `according to a translation by Wirepress`) is a
  record of NAME's words, not a source, and keeps the stricter key;
* fillers: five given names (`Eufrosina`, `Josefa`, `Marcelina`, `Naserian`, `Zulfiya`) repeated earlier
  rounds' and were replaced (`Eutimia`, `Telesfora`, `Merewai`, `Nashipai`, `Sanamkhan`; surnames kept); with
  these names quotex gave three more `agency_witnesses` and four more `wire_piece` cases a wrong or no speaker
  (.688 -> .676, .915 -> .901);
* key: exact cases forbade a report with a noun-phrase object where a careful reader may list one: `FIRM
  reported a 9 percent rise in quarterly profit`, `FIRM reaffirmed its full-year guidance` (the firm's) and
  `CAPITAL2 rejected the proposal` (round 39's stance on another: the capital's); these are now tolerated with
  that actor or no speaker, never another (`guidance_verbs` .540 -> .830, `capital_metonymy` .660 -> .846).

After the fixes: **3,118 of 3,798 (0.821)**; the floors are those rates. Calls the lead may judge: `BODY data
showed F` demands the report (a body, the data or no speaker) rather than also accepting no quotation;
`Officials in CAPITAL said` is keyed as the officials, not the capital; `REFILE-FIRM says ...` is tolerated
as the firm's or no one's (quotex names `REFILE-FIRM`); the tolerance of `CAPITAL2 rejected the proposal`.

| capability | group | cases | first run | after the fixes |
|---|---|---|---|---|
| `heldout41.citing_chains` | 1 | 245 | 0.118 | 0.245 |
| `heldout41.statement_channels` | 2 | 258 | 0.988 | 1.000 |
| `heldout41.verification_notes` | 3 | 256 | 0.984 | 1.000 |
| `heldout41.capital_metonymy` | 4 | 259 | 0.660 | 0.846 |
| `heldout41.guidance_verbs` | 5 | 235 | 0.540 | 0.830 |
| `heldout41.agency_witnesses` | 6 | 247 | 0.688 | 0.676 |
| `heldout41.data_showed` | 7 | 251 | 0.741 | 0.741 |
| `heldout41.official_media` | 8 | 263 | 0.529 | 0.529 |
| `heldout41.market_commentary` | 9 | 267 | 1.000 | 1.000 |
| `heldout41.filing_venues` | 10 | 227 | 1.000 | 1.000 |
| `heldout41.wire_piece` | 11 | 272 | 0.912 | 0.901 |
| `heldout41.call_readouts` | 12 | 229 | 0.594 | 0.852 |
| `heldout41.legal_suffixes` | 13 | 251 | 0.920 | 0.920 |
| `heldout41.update_notes` | 14 | 267 | 0.880 | 0.880 |
| `heldout41.ticker_controls` | 15 | 271 | 0.878 | 0.878 |
| **heldout41** (all 15) | | 3,798 | 0.766 (2,911) | 0.821 (3,118) |
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout41data import (
    ALL_MARKS41,
    BANKS41,
    CITIES41,
    COUNTRIES41,
    CURRENCIES41,
    DATABODIES41,
    DATELINES41,
    DATES41,
    DAYS41,
    FINDINGS41,
    FIRMS41,
    FUNDS41,
    GUIDANCE41,
    INDEXES41,
    MARKETS41,
    MONTHS41,
    OFFICIAL41,
    OPEN41,
    PAPERS41,
    PEOPLE41,
    REGULATORS41,
    RULINGS41,
    SCENES41,
    STAFF41,
    STATE_AGENCIES41,
    STATE_MEDIA41,
    YEARS41,
    Country41,
    Firm41,
    Mark41,
    Person41,
)
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import occurrence as _occurrence
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import quotes as _quotes

from quotex import Quote

AGENCY = "Wirepress"


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts``."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person41, step: int, *, gender: str | None = None) -> Person41:
    """Another person of another culture, of *gender* when given."""
    pool = tuple(q for q in PEOPLE41 if q.culture != p.culture and (gender is None or q.gender == gender))
    return pool[step % len(pool)]


def _opp(p: Person41) -> str:
    return "m" if p.gender == "f" else "f"


def _names(p: Person41 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person41) else p


def _d(content: str, p: Person41 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person41 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a firm or an official when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


def _bare(name: str) -> str:
    """A body's name without its leading article."""
    return name[4:] if name.startswith("the ") else name


@functools.lru_cache(maxsize=8192)
def _found_quote(text: str, content: str) -> Quote | None:
    """The quotation quotex found at exactly *content*'s first place, if any."""
    start = text.index(content)
    for q in _quotes(text):
        if (q.start, q.end) == (start, start + len(content)):
            return q
    return None


def _one_of(text: str, contents: tuple[str, ...]) -> str:
    """The first of *contents* (equally right segmentations of one report) that quotex found; the first when
    it found none of them."""
    contents = tuple(c for c in contents if c in text)
    for content in contents:
        if _found_quote(text, content) is not None:
            return content
    return contents[0]


def _that(
    text: str, clause: str, p: Person41 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _nested(
    text: str, inner: str, inner_names: Person41 | NameSpec, outer: str, outer_names: tuple[str, ...]
) -> Expect:
    """`NAME said C, the PAPER reported.`: C (with or without *that*) as *inner_names*' report, or the whole
    report of NAME's (*outer*) as what the outer source (a paper, a readout, a ministry) said."""
    content = _one_of(text, (f"that {inner}", inner, outer))
    if content == outer:
        return _i(outer, outer_names, ANY, person=False)
    person = isinstance(inner_names, Person41)
    return _i(content, inner_names, ANY, person)


def _or_none(text: str, content: str, names: tuple[str, ...], kind: str = "indirect") -> Expect:
    """A report whose source is a body, a document or data, or no one: *names* unless quotex found the report
    with no speaker, which a careful reader also accepts (data that *showed* something)."""
    found = _found_quote(text, content)
    if found is not None and found.speaker is None:
        return Expect(content, kind, None)
    return Expect(content, kind, names)


def _tolerate(text: str, region: str, actors: tuple[str, ...] = ()) -> list[Expect]:
    """Quotations quotex found inside *region* of *text* with no speaker (or one of *actors*): tolerated, so
    that only another speaker given to them fails."""
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


def _firm(r: int) -> Firm41:
    return FIRMS41[r % len(FIRMS41)]


def _fq(r: int, k: int) -> str:
    f = _firm(r)
    return f.quotes[k % len(f.quotes)]


def _fc(r: int, k: int) -> str:
    f = _firm(r)
    return f.clauses[k % len(f.clauses)]


def _country(k: int) -> Country41:
    return COUNTRIES41[k % len(COUNTRIES41)]


def _dateline(k: int) -> tuple[str, str]:
    """A wire dateline (`HAVNSUND, Norland (Wirepress) - ` or `PORT ELVAN, May 9 (Wirepress) - `) and its
    place, which must appear in no quotation and no speaker."""
    place, country = DATELINES41[k % len(DATELINES41)]
    where = country if k % 2 else DATES41[k % len(DATES41)]
    return f"{place}, {where} ({AGENCY}) - ", place


def _byline(k: int) -> tuple[str, tuple[str, ...]]:
    """A closing credit line (`(Reporting by A in CITY; Editing by B)`) and its staff names."""
    a, b = STAFF41[k % len(STAFF41)], STAFF41[(k + 1) % len(STAFF41)]
    city = _pick(CITIES41, k)
    if k % 3 == 0:
        c = STAFF41[(k + 2) % len(STAFF41)]
        return f"(Reporting by {a} in {city}; Additional reporting by {c}; Editing by {b})", (a, b, c)
    if k % 3 == 1:
        return f"(Reporting by {a}; Writing by {b})", (a, b)
    return f"(Reporting by {a} in {city}; Editing by {b})", (a, b)


def _combos(shapes: int) -> Iterator[tuple[Person41, int, Mark41, int]]:
    return itertools.product(PEOPLE41, range(shapes), ALL_MARKS41, range(len(FIRMS41)))


def _pair(pool: Sequence[tuple[str, str]], k: int) -> tuple[str, str]:
    return pool[k % len(pool)]


def _wrong(expects: list[Expect], people: Sequence[Person41]) -> list[tuple[str, str]]:
    """Each quotation given to a person of *people* its key does not accept is wrong."""
    return [
        (e.content, who.full)
        for e in expects
        for who in people
        if e.speaker is not None and who.full not in e.speaker
    ]


def _wrong_to(expects: list[Expect], names: Sequence[str]) -> list[tuple[str, str]]:
    """Each quotation given to one of *names* (the agency, a paper, a regulator) is wrong."""
    return [(e.content, name) for e in expects for name in names]


def _frame(k: int, *, byline: bool = True) -> tuple[str, str, tuple[str, ...]]:
    """What goes around a case's sentences: a dateline before them (every other case) and a credit line after
    them (every third case, or none with *byline* false, for a caller that adds its own), and the dateline
    marker, its place and the staff names, which no quotation may hold."""
    pre, post = "", ""
    forbidden: list[str] = []
    if k % 2 == 0:
        pre, place = _dateline(k)
        forbidden += [f"({AGENCY})", place]
    if byline and k % 3 == 0:
        credit, staff = _byline(k)
        post = f"\n\n{credit}"
        forbidden += list(staff)
    return pre, post, tuple(forbidden)


# --- group 1: citing chains ---------------------------------------------------------------------------------


def citing_chains() -> Iterator[Case]:
    """`The PAPER reported on DAY, citing NAME, POST at FIRM, that C.` (NAME or the paper), `Shares in FIRM
    fell after the PAPER reported, citing unnamed officials, that C.` (the paper or the officials), `NAME told
    staff that C, according to a transcript seen by Wirepress.`, `According to a letter seen by Wirepress,
    NAME, POST at FIRM, told staff: "Q."`, `C, the PAPER said, citing a company memo.` (the paper or the
    memo), `"Q," NAME said, according to a recording heard by Wirepress.`, `NAME said C, the PAPER reported.`
    (NAME) and `The PAPER, citing two people with knowledge of the matter, said C.` (the paper or the people);
    never the agency, never the firm."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-citing"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        qs, qc = m.q(_fq(r, k) + "."), m.q(_fq(r, k) + ",")
        clause = _fc(r, k)
        paper = _pick(PAPERS41, k)
        papers = (paper, f"the {paper}")
        head = f.post.split()[-1]
        names: tuple[str, ...]
        expects: list[Expect]
        if shape == 0:
            body = (
                pre
                + (
                    f"The {paper} reported on {DAYS41[k % 7]}, citing {p.full}, {f.post} at {f.name}, that "
                    f"{clause}."
                )
                + post
            )
            expects = [_that(body, clause, (p.full, *papers), ANY, person=False)]
        elif shape == 1:
            body = (
                pre
                + (
                    f"Shares in {f.name} fell 6 percent after the {paper} reported, citing unnamed "
                    "officials, that "
                    f"{clause}."
                )
                + post
            )
            names = (*papers, "unnamed officials", "officials")
            expects = [_that(body, clause, names, ANY, person=False)]
        elif shape == 2:
            body = (
                pre + f"{p.full} told staff that {clause}, according to a transcript seen by {AGENCY}." + post
            )
            expects = [_that(body, clause, p)]
        elif shape == 3:
            body = (
                pre
                + f"According to a letter seen by {AGENCY}, {p.full}, {f.post} at {f.name}, told staff: {qs}"
                + post
            )
            expects = [_d(qs, p, Contains(head))]
        elif shape == 4:
            fronted = f"{f.name} will cut 300 jobs"
            body = pre + f"{fronted}, the {paper} said, citing a company memo." + post
            names = (*papers, "company memo", "a company memo", "memo")
            expects = [_i(fronted, names, ANY, person=False)]
        elif shape == 5:
            body = pre + f"{qc} {p.full} said, according to a recording heard by {AGENCY}." + post
            expects = [_d(qc, p)]
        elif shape == 6:
            body = pre + f"{p.full} said {clause}, the {paper} reported." + post
            expects = [_nested(body, clause, p, f"{p.full} said {clause}", papers)]
        else:
            body = pre + f"The {paper}, citing two people with knowledge of the matter, said {clause}." + post
            names = (
                *papers,
                "two people with knowledge of the matter",
                "two people",
                "people with knowledge of the matter",
            )
            expects = [_that(body, clause, names, ANY, person=False)]
        text = body
        wrong = _wrong_to(expects, (AGENCY, f.name)) + _wrong(expects, (p,))
        yield Case("", f"ho41-citing-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 2: statement channels ----------------------------------------------------------------------------


def statement_channels() -> Iterator[Case]:
    """`"Q," NAME, POST at FIRM, said in an emailed statement.`, `In written answers to questions from
    Wirepress, NAME said C.`, `NAME said in remarks prepared for delivery on DAY that C.`, `NAME told
    Wirepress by telephone from CITY: "Q."`, `"Q," FIRM said in a statement to Wirepress.`, `In an emailed
    response to Wirepress, a spokeswoman for FIRM said C.`, `NAME told Wirepress in an interview on DAY that
    C. "Q2," she underscored.` and `NAME said in a statement e-mailed to reporters: "Q."` (NAME, the firm or
    the spokeswoman; never the agency)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-channel"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        qs, qc, q2c = m.q(_fq(r, k) + "."), m.q(_fq(r, k) + ","), m.q(_fq(r, k + 1) + ",")
        clause = _fc(r, k)
        head = f.post.split()[-1]
        day = DAYS41[k % 7]
        expects: list[Expect]
        if shape == 0:
            body = pre + f"{qc} {p.full}, {f.post} at {f.name}, said in an emailed statement." + post
            expects = [_d(qc, p, Contains(head))]
        elif shape == 1:
            body = pre + f"In written answers to questions from {AGENCY}, {p.full} said {clause}." + post
            expects = [_that(body, clause, p)]
        elif shape == 2:
            body = pre + f"{p.full} said in remarks prepared for delivery on {day} that {clause}." + post
            expects = [_that(body, clause, p)]
        elif shape == 3:
            body = pre + f"{p.full} told {AGENCY} by telephone from {_pick(CITIES41, k)}: {qs}" + post
            expects = [_d(qs, p)]
        elif shape == 4:
            body = pre + f"{qc} {f.name} said in a statement to {AGENCY}." + post
            expects = [_d(qc, (f.name, "statement", "a statement"), ANY, person=False)]
        elif shape == 5:
            body = (
                pre + f"In an emailed response to {AGENCY}, a spokeswoman for {f.name} said {clause}." + post
            )
            names = ("spokeswoman", f"spokeswoman for {f.name}", f.name)
            expects = [_that(body, clause, names, ANY, person=False)]
        elif shape == 6:
            verb = _pick(OPEN41, k)
            body = (
                pre
                + (
                    f"{p.full}, {f.post} at {f.name}, told {AGENCY} in an interview on {day} that {clause}. "
                    f"{q2c} {p.pronoun} {verb}."
                )
                + post
            )
            expects = [_that(body, clause, p, Contains(head)), _d(q2c, p)]
        else:
            body = pre + f"{p.full} said in a statement e-mailed to reporters: {qs}" + post
            expects = [_d(qs, p)]
        text = body
        yield Case(
            "",
            f"ho41-channel-{shape}",
            text,
            expects,
            forbidden=forbidden,
            wrong_speakers=_wrong_to(expects, (AGENCY,)),
        )


# --- group 3: verification notes ----------------------------------------------------------------------------


def verification_notes() -> Iterator[Case]:
    """A report beside the agency's notes that report nothing: `NAME, POST at FIRM, said C. Wirepress could
    not independently verify the claim.`, `"Q," said NAME. FIRM did not immediately respond to a request for
    comment.`, `NAME said C. Representatives of FIRM could not be reached outside business hours.`, `The
    claims could not be independently verified. "Q," NAME said.`, `"Q," NAME said. Wirepress was unable to
    confirm the account with FIRM.`, `NAME said C, a claim Wirepress could not verify.`, `FIRM said in a
    statement that C. NAME, POST, did not immediately respond to a request for comment.` (the firm; nothing of
    NAME's) and `Asked about the report, a spokesman for FIRM said the company does not comment on market
    rumours.` (the spokesman's report)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-verify"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        qc = m.q(_fq(r, k) + ",")
        clause = _fc(r, k)
        head = f.post.split()[-1]
        expects: list[Expect]
        if shape == 0:
            body = (
                pre
                + (
                    f"{p.full}, {f.post} at {f.name}, said {clause}. {AGENCY} could not independently verify "
                    "the claim."
                )
                + post
            )
            expects = [_that(body, clause, p, Contains(head))]
        elif shape == 1:
            body = (
                pre
                + f"{qc} said {p.full}. {f.name} did not immediately respond to a request for comment."
                + post
            )
            expects = [_d(qc, p)]
        elif shape == 2:
            body = (
                pre
                + (
                    f"{p.full} said {clause}. Representatives of {f.name} could not be reached outside "
                    "business "
                    f"hours."
                )
                + post
            )
            expects = [_that(body, clause, p)]
        elif shape == 3:
            body = pre + f"The claims could not be independently verified. {qc} {p.full} said." + post
            expects = [_d(qc, p)]
        elif shape == 4:
            body = (
                pre + f"{qc} {p.full} said. {AGENCY} was unable to confirm the account with {f.name}." + post
            )
            expects = [_d(qc, p)]
        elif shape == 5:
            body = pre + f"{p.full} said {clause}, a claim {AGENCY} could not verify." + post
            expects = [_i(clause, p)]
        elif shape == 6:
            body = (
                pre
                + (
                    f"{f.name} said in a statement that {clause}. {p.full}, {f.post} at {f.name}, did not "
                    f"immediately respond to a request for comment."
                )
                + post
            )
            expects = [_that(body, clause, (f.name, "statement", "a statement"), ANY, person=False)]
        else:
            said = "the company does not comment on market rumours"
            body = pre + f"Asked about the report, a spokesman for {f.name} said {said}." + post
            expects = [_that(body, said, ("spokesman", f"spokesman for {f.name}"), ANY, person=False)]
        text = body
        wrong = _wrong_to(expects, (AGENCY,))
        if shape != 6:
            wrong += _wrong_to(expects, (f.name,))
        yield Case("", f"ho41-verify-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 4: a capital for its government ------------------------------------------------------------------


def capital_metonymy() -> Iterator[Case]:
    """A capital or a country speaking for its government, after a dateline of another town: `CAPITAL said on
    DAY it would ...` (the capital), `"Q," COUNTRY's foreign ministry said in a statement.`, `Officials in
    CAPITAL said C.`, `CAPITAL and CAPITAL2 said in a joint statement that C.` (the pair), `NAME, COUNTRY's
    MINISTER, said C. CAPITAL2 rejected the proposal.` (NAME), `C, CAPITAL said on DAY.`, `CAPITAL warned
    CAPITAL2 on DAY that C.` (never the one warned) and `The dispute began when CAPITAL said C.`."""
    for p, shape, m, r in sample(_combos(8), 420, "ho41-capital"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        c = _country(k + shape)
        c2 = COUNTRIES41[(COUNTRIES41.index(c) + 1 + k % 3) % len(COUNTRIES41)]
        policy = c.policies[k % len(c.policies)]
        said, reported = _pair(OFFICIAL41, k)
        qc = m.q(said + ",")
        day = DAYS41[k % 7]
        names: tuple[str, ...]
        expects: list[Expect]
        wrong: list[tuple[str, str]] = []
        if shape == 0:
            body = pre + f"{c.capital} said on {day} {policy}." + post
            expects = [_that(body, policy, (c.capital,), ANY, person=False)]
        elif shape == 1:
            body = pre + f"{qc} {_poss(c.name)} foreign ministry said in a statement." + post
            names = (f"{_poss(c.name)} foreign ministry", "foreign ministry", "statement", "a statement")
            expects = [_d(qc, names, ANY, person=False)]
        elif shape == 2:
            body = pre + f"Officials in {c.capital} said {reported}." + post
            expects = [_that(body, reported, (f"officials in {c.capital}", "officials"), ANY, person=False)]
        elif shape == 3:
            body = pre + f"{c.capital} and {c2.capital} said in a joint statement that {reported}." + post
            names = (f"{c.capital} and {c2.capital}", "joint statement", "a joint statement")
            expects = [_that(body, reported, names, ANY, person=False)]
        elif shape == 4:
            body = (
                pre
                + (
                    f"{p.full}, {_poss(c.name)} {c.minister}, said {policy}. "
                    f"{c2.capital} rejected the proposal."
                )
                + post
            )
            expects = [_that(body, policy, p, Contains("minister"))]
            expects += _tolerate(body, f"{c2.capital} rejected the proposal", (c2.capital,))
            wrong = [(policy, c2.capital)]
        elif shape == 5:
            fronted = _cap(reported)
            body = pre + f"{fronted}, {c.capital} said on {day}." + post
            expects = [_i(fronted, (c.capital,), ANY, person=False)]
        elif shape == 6:
            body = pre + f"{c.capital} warned {c2.capital} on {day} that {policy}." + post
            expects = [_that(body, policy, (c.capital,), ANY, person=False)]
            wrong = [(policy, c2.capital)]
        else:
            body = pre + f"The dispute began when {c.capital} said {policy}." + post
            expects = [_that(body, policy, (c.capital,), ANY, person=False)]
        text = body
        wrong += _wrong_to(expects, (AGENCY,))
        yield Case("", f"ho41-capital-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 5: guidance verbs of a firm ----------------------------------------------------------------------


def guidance_verbs() -> Iterator[Case]:
    """A firm's results and outlook: `FIRM said it now expects G.`, `FIRM reiterated its forecast that C.`,
    `FIRM cut its outlook on DAY, saying C.`, `FIRM reported a 9 percent rise in quarterly profit. "Q," the
    KIND said in its results statement.`, `FIRM, which makes PRODUCT, warned that C.`, `FIRM's chief
    executive, NAME, reassured investors that C.` (NAME), `FIRM flagged that C, sending its shares down 7
    percent.` and `FIRM reaffirmed its full-year guidance. "Q," NAME, its POST, underscored.` (NAME): the firm
    when the firm speaks, never its product."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-guidance"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        qc = m.q(_fq(r, k) + ",")
        clause = _fc(r, k)
        firm = (f.name, f.kind, f"the {f.kind}")
        expects: list[Expect]
        if shape == 0:
            g = _pick(GUIDANCE41, k)
            body = pre + f"{f.name} said it now expects {g}." + post
            expects = [_i(_one_of(body, (f"it now expects {g}",)), firm, ANY, person=False)]
        elif shape == 1:
            body = pre + f"{f.name} reiterated its forecast that {clause}." + post
            content = _one_of(body, (f"that {clause}", clause, f"its forecast that {clause}"))
            expects = [_i(content, firm, ANY, person=False)]
        elif shape == 2:
            body = pre + f"{f.name} cut its outlook on {DAYS41[k % 7]}, saying {clause}." + post
            expects = [_that(body, clause, firm, ANY, person=False)]
        elif shape == 3:
            body = (
                pre
                + (
                    f"{f.name} reported a 9 percent rise in quarterly profit. {qc} the {f.kind} said in its "
                    "results statement."
                )
                + post
            )
            expects = [_d(qc, (*firm, "results statement"), ANY, person=False)]
            expects += _tolerate(body, "reported a 9 percent rise in quarterly profit", firm)
        elif shape == 4:
            body = pre + f"{f.name}, which makes the {f.product}, warned that {clause}." + post
            expects = [_that(body, clause, firm, ANY, person=False)]
        elif shape == 5:
            body = (
                pre + f"{_poss(f.name)} chief executive, {p.full}, reassured investors that {clause}." + post
            )
            expects = [_that(body, clause, p, Contains("chief executive"))]
        elif shape == 6:
            body = pre + f"{f.name} flagged that {clause}, sending its shares down 7 percent." + post
            expects = [_that(body, clause, firm, ANY, person=False)]
        else:
            verb = _pick(OPEN41, k)
            body = (
                pre
                + f"{f.name} reaffirmed its full-year guidance. {qc} {p.full}, its {f.post}, {verb}."
                + post
            )
            expects = [_d(qc, p, Contains(f.post.split()[-1]))]
            expects += _tolerate(body, "reaffirmed its full-year guidance", firm)
        text = body
        wrong = _wrong_to(expects, (f.product, AGENCY)) + _wrong(expects, (p,))
        yield Case("", f"ho41-guidance-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 6: the agency's own witnesses --------------------------------------------------------------------


def agency_witnesses() -> Iterator[Case]:
    """The agency's staff as sources: `SCENE, a Wirepress witness said.` (the witness), `A Wirepress reporter
    at the scene saw SCENE. "Q," said NAME, POST at FIRM.` (NAME only), `SCENE, according to a Wirepress
    tally.` and `Wirepress calculations showed that C.` (the tally, the calculations or no one; never a
    person), `"Q," NAME told a Wirepress witness.` (NAME, never the witness), `Two Wirepress witnesses said
    they heard gunfire near the depot.` (the witnesses), `A Wirepress photographer saw NAME leave FIRM's
    offices on DAY. "Q," she said.` (NAME) and `NAME said C, in comments to a Wirepress reporter.` (NAME),
    with the staff of the credit line never speakers."""
    for p, shape, m, r in sample(_combos(8), 350, "ho41-witness"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, _, forbidden = _frame(k, byline=False)
        credit, staff = _byline(k)
        post = f"\n\n{credit}"
        f = _firm(r)
        qc = m.q(_fq(r, k) + ",")
        clause = _fc(r, k)
        scene = _pick(SCENES41, k)
        head = f.post.split()[-1]
        witness = (f"{AGENCY} witness", "witness", f"a {AGENCY} witness")
        expects: list[Expect]
        if shape == 0:
            body = pre + f"{_cap(scene)}, a {AGENCY} witness said." + post
            expects = [_i(_cap(scene), witness, ANY, person=False)]
        elif shape == 1:
            seen = f"A {AGENCY} reporter at the scene saw that {scene}."
            body = pre + f"{seen} {qc} said {p.full}, {f.post} at {f.name}." + post
            reporter = (f"{AGENCY} reporter", "reporter", f"{AGENCY} reporter at the scene")
            expects = [_d(qc, p, Contains(head)), *_tolerate(body, seen, reporter)]
        elif shape == 2:
            body = pre + f"{_cap(scene)}, according to a {AGENCY} tally." + post
            expects = _tolerate(body, body, (f"{AGENCY} tally", "tally", AGENCY))
        elif shape == 3:
            body = pre + f"{AGENCY} calculations showed that {clause}." + post
            expects = _tolerate(body, body, (f"{AGENCY} calculations", "calculations", AGENCY))
        elif shape == 4:
            body = pre + f"{qc} {p.full} told a {AGENCY} witness." + post
            expects = [_d(qc, p)]
        elif shape == 5:
            heard = "they heard gunfire near the depot"
            body = pre + f"Two {AGENCY} witnesses said {heard}." + post
            names = (f"two {AGENCY} witnesses", f"{AGENCY} witnesses", "witnesses", "two witnesses")
            expects = [_that(body, heard, names, ANY, person=False)]
        elif shape == 6:
            body = (
                pre
                + (
                    f"A {AGENCY} photographer saw {p.full} leave the offices of {f.name} on {DAYS41[k % 7]}. "
                    f"{qc} {p.pronoun} said."
                )
                + post
            )
            expects = [_d(qc, p)]
        else:
            body = pre + f"{p.full} said {clause}, in comments to a {AGENCY} reporter." + post
            expects = [_that(body, clause, p)]
        text = body
        wrong = _wrong(expects, (p,)) + _wrong_to(expects, staff)
        if shape in (4, 6, 7):
            wrong += _wrong_to(expects, (witness[0], f"{AGENCY} photographer", f"{AGENCY} reporter"))
        yield Case(
            "", f"ho41-witness-{shape}", text, expects, forbidden=(*forbidden, *staff), wrong_speakers=wrong
        )


# --- group 7: data that showed something --------------------------------------------------------------------


def data_showed() -> Iterator[Case]:
    """`F, according to data from BODY.`, `BODY data showed F.`, `A BODY survey showed F.`, `F, data showed on
    DAY.` (the body, the data or the survey, or no one), `NAME, ROLE at BANK, said the BODY figures showed F.`
    (NAME), `BODY said in its monthly report that F.` (the body), `Data from BODY released on DAY showed F.
    "Q," said NAME, ROLE at BANK.` (the data or no one, then NAME) and `The BODY index rose to 52.4 in MONTH,
    its highest since YEAR.` (no report)."""
    for p, shape, m, r in sample(_combos(8), 400, "ho41-data"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        body_full, body_short = DATABODIES41[k % len(DATABODIES41)]
        finding = _pick(FINDINGS41, k)
        said, _ = _pair(MARKETS41, k)
        qc = m.q(said + ",")
        bank = _pick(BANKS41, k)
        day = DAYS41[k % 7]
        bodies = (body_short, body_full)
        expects: list[Expect]
        if shape == 0:
            fronted = _cap(finding)
            body = pre + f"{fronted}, according to data from {body_full}." + post
            expects = [_or_none(body, fronted, (*bodies, "data", f"data from {body_full}"))]
        elif shape == 1:
            body = pre + f"{body_short} data showed {finding}." + post
            content = _one_of(body, (finding, f"that {finding}"))
            expects = [_or_none(body, content, (*bodies, f"{body_short} data", "data"))]
        elif shape == 2:
            body = pre + f"A {body_short} survey showed {finding}." + post
            expects = [_or_none(body, finding, (*bodies, f"{body_short} survey", "survey"))]
        elif shape == 3:
            fronted = _cap(finding)
            body = pre + f"{fronted}, data showed on {day}." + post
            expects = [_or_none(body, fronted, ("data",))]
        elif shape == 4:
            inner = f"the {body_short} figures showed {finding}"
            body = pre + f"{p.full}, chief economist at {bank}, said {inner}." + post
            content = _one_of(body, (inner, finding))
            if content == inner:
                expects = [_i(content, p, Contains("economist"))]
            else:
                expects = [_i(content, (p.full, *bodies), ANY, person=False)]
        elif shape == 5:
            body = pre + f"{_cap(body_full)} said in its monthly report that {finding}." + post
            names = (*bodies, "monthly report", "its monthly report")
            expects = [_that(body, finding, names, ANY, person=False)]
        elif shape == 6:
            body = (
                pre
                + (
                    f"Data from {body_full} released on {day} showed {finding}. {qc} said {p.full}, head of "
                    "research "
                    f"at {bank}."
                )
                + post
            )
            names = (*bodies, "data", f"data from {body_full}")
            expects = [_or_none(body, finding, names), _d(qc, p, Contains("research"))]
        else:
            body = (
                pre
                + (
                    f"The {body_short} index of new orders rose to 52.4 in {_pick(MONTHS41, k)}, its "
                    "highest since "
                    f"{_pick([str(y) for y in YEARS41], k)}."
                )
                + post
            )
            expects = _tolerate(body, body)
        text = body
        wrong = _wrong(expects, (p,)) + _wrong_to([e for e in expects if e.speaker != (p.full,)], (bank,))
        yield Case("", f"ho41-data-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 8: officials on state media ----------------------------------------------------------------------


def official_media() -> Iterator[Case]:
    """Officials quoted through state media and the agency: `NAME told state television on DAY that C.`, `NAME
    was quoted by the state news agency AGENCY as saying C.`, `"Q," NAME said in comments broadcast by state
    radio.`, `NAME, COUNTRY's MINISTER, told MEDIA in an interview aired on DAY: "Q."`, `AGENCY, the official
    news agency, quoted NAME as saying: "Q."`, `In remarks carried by state media, NAME said C.`, `C, NAME
    told state television, without giving details.` and `NAME said in a televised address that C, according to
    a translation by Wirepress.` (NAME, never the channel or either agency)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-statemedia"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        c = _country(k)
        said, reported = _pair(OFFICIAL41, k)
        qc, qs = m.q(said + ","), m.q(said + ".")
        media = _pick(STATE_MEDIA41, k)
        agency = _pick(STATE_AGENCIES41, k)
        day = DAYS41[k % 7]
        expects: list[Expect]
        if shape == 0:
            body = pre + f"{p.full} told state television on {day} that {reported}." + post
            expects = [_that(body, reported, p)]
        elif shape == 1:
            body = pre + f"{p.full} was quoted by the state news agency {agency} as saying {reported}." + post
            expects = [_that(body, reported, p)]
        elif shape == 2:
            body = pre + f"{qc} {p.full} said in comments broadcast by state radio." + post
            expects = [_d(qc, p)]
        elif shape == 3:
            body = (
                pre
                + (
                    f"{p.full}, {_poss(c.name)} {c.minister}, told {media} in an interview aired on "
                    f"{day}: {qs}"
                )
                + post
            )
            expects = [_d(qs, p, Contains("minister"))]
        elif shape == 4:
            body = pre + f"{agency}, the official news agency, quoted {p.full} as saying: {qs}" + post
            expects = [_d(qs, p)]
        elif shape == 5:
            body = pre + f"In remarks carried by state media, {p.full} said {reported}." + post
            expects = [_that(body, reported, p)]
        elif shape == 6:
            fronted = _cap(reported)
            body = pre + f"{fronted}, {p.full} told state television, without giving details." + post
            expects = [_i(fronted, p)]
        else:
            body = (
                pre
                + (
                    f"{p.full} said in a televised address that {reported}, according to a translation by "
                    f"{AGENCY}."
                )
                + post
            )
            expects = [_that(body, reported, p)]
        text = body
        wrong = _wrong_to(expects, (agency, media, "state television", AGENCY))
        yield Case("", f"ho41-statemedia-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 9: market commentary -----------------------------------------------------------------------------


def market_commentary() -> Iterator[Case]:
    """`"Q," said NAME, chief economist at BANK.`, `"Q," said NAME, an analyst at BANK in CITY.` (never the
    city), `Analysts at BANK, led by NAME, wrote in a note that C.` (the analysts or NAME), `NAME, head of
    commodities research at BANK, said C.`, `"Q," said NAME, a portfolio manager at BANK, which oversees 40
    billion crowns in assets.`, `NAME of BANK said C.`, `The CURRENCY fell 1.2 percent against the dollar.
    "Q," said NAME, senior currency strategist at BANK in CITY.` and `NAME, who manages the FUND at BANK,
    said: "Q."` (NAME, never the bank, the fund or the city)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-markets"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        said, reported = _pair(MARKETS41, k)
        qc, qs = m.q(said + ","), m.q(said + ".")
        bank = _pick(BANKS41, k)
        city = _pick(CITIES41, k + shape)
        fund = _pick(FUNDS41, k)
        expects: list[Expect]
        if shape == 0:
            body = pre + f"{qc} said {p.full}, chief economist at {bank}." + post
            expects = [_d(qc, p, Contains("economist"))]
        elif shape == 1:
            body = pre + f"{qc} said {p.full}, an analyst at {bank} in {city}." + post
            expects = [_d(qc, p, Contains("analyst"))]
        elif shape == 2:
            body = pre + f"Analysts at {bank}, led by {p.full}, wrote in a note that {reported}." + post
            names = (f"analysts at {bank}", "analysts", p.full, f"analysts at {bank}, led by {p.full}")
            expects = [_that(body, reported, names, ANY, person=False)]
        elif shape == 3:
            body = pre + f"{p.full}, head of commodities research at {bank}, said {reported}." + post
            expects = [_that(body, reported, p, Contains("commodities research"))]
        elif shape == 4:
            body = (
                pre
                + (
                    f"{qc} said {p.full}, a portfolio manager at {bank}, which oversees 40 billion crowns in "
                    "assets."
                )
                + post
            )
            expects = [_d(qc, p, Contains("portfolio manager"))]
        elif shape == 5:
            body = pre + f"{p.full} of {bank} said {reported}." + post
            expects = [_that(body, reported, p)]
        elif shape == 6:
            cur = _pick(CURRENCIES41, k)
            body = (
                pre
                + (
                    f"The {cur} fell 1.2 percent against the dollar. {qc} said {p.full}, senior currency "
                    "strategist "
                    f"at {bank} in {city}."
                )
                + post
            )
            expects = [_d(qc, p, Contains("strategist"))]
        else:
            body = pre + f"{p.full}, who manages the {fund} at {bank}, said: {qs}" + post
            expects = [_d(qs, p)]
        text = body
        wrong = _wrong_to(expects, (bank, fund, city))
        yield Case("", f"ho41-markets-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 10: filings and the regulator as venue -----------------------------------------------------------


def filing_venues() -> Iterator[Case]:
    """`FIRM said in a filing with REGULATOR that C.`, `In a filing with REGULATOR on DAY, FIRM said C.`,
    `FIRM told REGULATOR in a submission that C.` (the firm, never the regulator it files with), `REGULATOR
    said in a notice on DAY that R.`, `"Q," a spokesperson for REGULATOR said.`, `According to REGULATOR's
    decision, published on DAY, R.` (the regulator or its decision), `NAME, FIRM's general counsel, wrote to
    REGULATOR that C.` (NAME) and `REGULATOR fined FIRM 12 million crowns on DAY. "Q," the KIND said.` (the
    regulator, never the firm fined)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-filing"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        reg, kind = REGULATORS41[k % len(REGULATORS41)]
        ruling = _pick(RULINGS41, k)
        clause = _fc(r, k)
        day = DAYS41[k % 7]
        regs = (reg, _bare(reg), kind)
        expects: list[Expect]
        wrong: list[tuple[str, str]]
        if shape in (0, 1, 4):
            if shape == 0:
                body = pre + f"{f.name} said in a filing with {reg} that {clause}." + post
            elif shape == 1:
                body = pre + f"In a filing with {reg} on {day}, {f.name} said {clause}." + post
            else:
                body = pre + f"{f.name} told {reg} in a submission that {clause}." + post
            names = (f.name, "filing", "a filing", "submission", "a submission")
            expects = [_that(body, clause, names, ANY, person=False)]
            wrong = _wrong_to(expects, (_bare(reg),))
        elif shape == 2:
            body = pre + f"{_cap(reg)} said in a notice on {day} that {ruling}." + post
            expects = [_that(body, ruling, (*regs, "notice", "a notice"), ANY, person=False)]
            wrong = _wrong_to(expects, (f.name,))
        elif shape == 3:
            qc = m.q(_cap(ruling) + ",")
            body = pre + f"{qc} a spokesperson for {reg} said." + post
            expects = [
                _d(
                    qc,
                    ("spokesperson", f"spokesperson for {reg}", f"spokesperson for {_bare(reg)}"),
                    ANY,
                    person=False,
                )
            ]
            wrong = []
        elif shape == 5:
            body = pre + f"According to {_poss(reg)} decision, published on {day}, {ruling}." + post
            names = (*regs, "decision", f"{_poss(_bare(reg))} decision")
            expects = [_i(ruling, names, ANY, person=False)]
            wrong = []
        elif shape == 6:
            body = pre + f"{p.full}, {_poss(f.name)} general counsel, wrote to {reg} that {clause}." + post
            expects = [_that(body, clause, p, Contains("general counsel"))]
            wrong = _wrong_to(expects, (_bare(reg),))
        else:
            qc = m.q(_cap(ruling) + ",")
            body = (
                pre + f"{_cap(reg)} fined {f.name} 12 million crowns on {day}. {qc} the {kind} said." + post
            )
            expects = [_d(qc, regs, ANY, person=False)]
            wrong = _wrong_to(expects, (f.name,))
        text = body
        yield Case("", f"ho41-filing-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 11: a short wire piece with several speakers -----------------------------------------------------


def wire_piece() -> Iterator[Case]:
    """A whole short wire item: a dateline, a lede the firm reports, A introduced with a full title, B (an
    analyst) and C (a regulator's official) introduced once each, later paragraphs by surname only (`SURNAME
    said C.`, `"Q," SURNAME said.`, `said SURNAME`, `SURNAME added that C.`), a pronoun turn where the genders
    differ, and a credit line at the end (each report its own speaker's; the staff never speak)."""
    for a, shape, m, r in sample(_combos(8), 272, "ho41-piece"):
        k = _k(PEOPLE41.index(a), shape, r)
        f = _firm(r)
        b = _other(a, k, gender=_opp(a) if shape % 2 else a.gender)
        c = _other(a, k + 7, gender=a.gender)
        if c == b:
            c = _other(a, k + 8, gender=a.gender)
        reg, _ = REGULATORS41[k % len(REGULATORS41)]
        bank = _pick(BANKS41, k)
        q1c, q2c, q3c = m.q(_fq(r, k) + ","), m.q(_fq(r, k + 1) + ","), m.q(_fq(r, k + 2) + ",")
        c1, c2 = _fc(r, k), _fc(r, k + 1)
        msaid, mrep = _pair(MARKETS41, k)
        mq = m.q(msaid + ",")
        ruling = _pick(RULINGS41, k)
        lede = f"{f.name} said on {DAYS41[k % 7]} {c1}."
        t_a = Contains(f.post.split()[-1])
        firm: tuple[str, ...] = (f.name,)
        items: list[tuple[str, Person41 | tuple[str, ...], TitleSpec]] = [(c1, firm, ANY)]
        if shape == 0:
            paras = [
                f"{q1c} {a.full}, {f.post} at {f.name}, said in a statement.",
                f"{b.full}, an analyst at {bank}, said {mrep}.",
                f"{a.last} said {c2}.",
            ]
            items += [(q1c, a, t_a), (mrep, b, Contains("analyst")), (c2, a, ANY)]
        elif shape == 1:
            paras = [
                f"{a.full}, {f.post} at {f.name}, said {c2}.",
                f"{mq} said {b.full}, chief economist at {bank}.",
                f"{q2c} {a.last} said.",
            ]
            items += [(c2, a, t_a), (mq, b, Contains("economist")), (q2c, a, ANY)]
        elif shape == 2:
            paras = [
                f"{q1c} said {a.full}, {_poss(f.name)} {f.post}.",
                f"{c.full}, a director at {reg}, said {ruling}.",
                f"{q2c} said {a.last}.",
                f"{c.last} added that {c2}.",
            ]
            items += [(q1c, a, t_a), (ruling, c, Contains("director")), (q2c, a, ANY), (c2, c, ANY)]
        elif shape == 3:
            ms = m.q(msaid + ".")
            paras = [
                f"{q1c} {a.full}, {f.post} at {f.name}, told {AGENCY}.",
                f"{b.full}, a senior analyst at {bank}, was more cautious: {ms}",
                f"{q2c} {a.pronoun} said.",
            ]
            items += [(q1c, a, t_a), (ms, b, Contains("analyst")), (q2c, a, ANY)]
        elif shape == 4:
            paras = [
                f"{a.full}, {f.post} at {f.name}, told reporters {c2}.",
                f"{c.full}, who chairs {reg}, said {ruling}.",
                f"{q1c} {c.last} said.",
                f"{q2c} said {a.last}.",
            ]
            items += [(c2, a, t_a), (ruling, c, ANY), (q1c, c, ANY), (q2c, a, ANY)]
        elif shape == 5:
            paras = [
                f"{q1c} said {a.full}, {f.post} at {f.name}.",
                f"{b.full}, portfolio manager at {bank}, said {mrep}.",
                f"{q2c} {b.pronoun} said.",
            ]
            items += [(q1c, a, t_a), (mrep, b, Contains("portfolio manager")), (q2c, b, ANY)]
        elif shape == 6:
            paras = [
                f"{a.full}, {f.post} at {f.name}, said {c2}.",
                f"{c.full}, a director at {reg}, said {ruling}.",
                f"{q3c} {a.last} said.",
            ]
            items += [(c2, a, t_a), (ruling, c, Contains("director")), (q3c, a, ANY)]
        else:
            paras = [
                f"{q1c} said {a.full}, {f.post} at {f.name}.",
                f"{mq} said {b.full}, an analyst at {bank}.",
                f"{q2c} said {b.last}.",
                f"{a.last} said {c2}.",
            ]
            items += [(q1c, a, t_a), (mq, b, Contains("analyst")), (q2c, b, ANY), (c2, a, ANY)]
        dl, place = _dateline(k)
        credit, staff = _byline(k)
        text = dl + "\n\n".join([lede, *paras]) + f"\n\n{credit}"
        expects: list[Expect] = []
        for content, who, title in items:
            if content[:1] in "\"“'‘«„":
                expects.append(_d(content, who, title))
            else:
                expects.append(_that(text, content, who, title, person=isinstance(who, Person41)))
        forbidden = (f"({AGENCY})", place, *staff)
        wrong = _wrong(expects, (a, b, c)) + _wrong_to(expects, staff)
        yield Case("", f"ho41-piece-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 12: readouts of calls ----------------------------------------------------------------------------


def call_readouts() -> Iterator[Case]:
    """Leaders' calls: `NAME told OTHER in a phone call on DAY that C, according to a readout from her
    office.` (NAME or the readout), `A readout from COUNTRY's foreign ministry said the two ministers agreed
    that C.` (the readout or the ministry), `NAME and OTHER spoke by phone on DAY. "Q," NAME said, according
    to the readout.`, `NAME told her COUNTRY2 counterpart, OTHER, that C, COUNTRY's foreign ministry said.`
    (NAME or the ministry), `According to a statement from OTHER's office, NAME told OTHER that C.` (NAME or
    the statement), `OTHER said after the call that C. NAME has not commented.` (OTHER), `The two leaders
    discussed cocoa prices, the COUNTRY presidency said in a statement.` (the presidency) and `"Q," OTHER told
    NAME, according to a transcript released by her office.` (OTHER): never the one spoken to."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-readout"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        o = _other(p, k)
        c = _country(k)
        c2 = COUNTRIES41[(COUNTRIES41.index(c) + 1) % len(COUNTRIES41)]
        said, reported = _pair(OFFICIAL41, k)
        qc = m.q(said + ",")
        day = DAYS41[k % 7]
        ministry = (f"{_poss(c.name)} foreign ministry", "foreign ministry")
        expects: list[Expect]
        if shape == 0:
            body = (
                pre
                + (
                    f"{p.full} told {o.full} in a phone call on {day} that {reported}, according to a "
                    "readout from "
                    f"{p.poss} office."
                )
                + post
            )
            readout = ("readout", "a readout", f"readout from {p.poss} office")
            outer = f"{p.full} told {o.full} in a phone call on {day} that {reported}"
            expects = [_nested(body, reported, (p.full, *readout), outer, readout)]
        elif shape == 1:
            inner = f"the two ministers agreed that {reported}"
            body = pre + f"A readout from {ministry[0]} said {inner}." + post
            content = _one_of(body, (inner, f"that {reported}", reported))
            names = ("readout", f"readout from {ministry[0]}", *ministry)
            expects = [_i(content, names, ANY, person=False)]
        elif shape == 2:
            body = (
                pre
                + (
                    f"{p.full} and {o.full} spoke by phone on {day}. {qc} {p.full} said, according to the "
                    "readout."
                )
                + post
            )
            expects = [_d(qc, p)]
        elif shape == 3:
            kin = "counterpart"
            body = (
                pre
                + (
                    f"{p.full} told {p.poss} {kin} in {c2.capital}, {o.full}, that {reported}, {ministry[0]} "
                    "said."
                )
                + post
            )
            outer = f"{p.full} told {p.poss} {kin} in {c2.capital}, {o.full}, that {reported}"
            expects = [_nested(body, reported, (p.full, *ministry), outer, ministry)]
        elif shape == 4:
            body = (
                pre
                + (
                    f"According to a statement from {_poss(o.full)} office, {p.full} told {o.full} that "
                    f"{reported}."
                )
                + post
            )
            names = (p.full, "statement", f"statement from {_poss(o.full)} office", f"{_poss(o.full)} office")
            expects = [_that(body, reported, names, ANY, person=False)]
        elif shape == 5:
            body = pre + f"{o.full} said after the call that {reported}. {p.full} has not commented." + post
            expects = [_that(body, reported, o)]
        elif shape == 6:
            fronted = "The two leaders discussed cocoa prices and the border crossings"
            body = pre + f"{fronted}, the {c.name} presidency said in a statement." + post
            names = (f"{c.name} presidency", "presidency", "statement", "a statement")
            expects = [_i(fronted, names, ANY, person=False)]
        else:
            body = (
                pre
                + f"{qc} {o.full} told {p.full}, according to a transcript released by {o.poss} office."
                + post
            )
            expects = [_d(qc, o)]
        text = body
        wrong = _wrong_to(expects, (p.full,) if shape in (5, 7) else (o.full,))
        yield Case("", f"ho41-readout-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 13: firms with legal suffixes --------------------------------------------------------------------


def legal_suffixes() -> Iterator[Case]:
    """Firm names ending in a suffix with a full stop (`Ltd.`, `Inc.`, `S.A.`, `Co.`, `Corp.`, `N.V.`) or
    without (`Plc`, `AG`), where a sentence may end on it: `"Q," said NAME, chief executive of FIRM. "Q2," she
    said.`, `FIRM said on DAY that C.`, `Shares of FIRM rose 4 percent. NAME, its chief financial officer,
    said C.`, `NAME, who joined FIRM in YEAR, said: "Q."`, `"Q," FIRM said in a statement.`, `NAME left FIRM
    in YEAR. "Q," SURNAME said.`, `NAME of FIRM said C.` and `FIRM, the KIND, said C.` (the firm as written,
    with or without its suffix, or NAME; the second sentence after the suffix is no part of the first)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-suffix"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        qs, qc, q2c = m.q(_fq(r, k) + "."), m.q(_fq(r, k) + ","), m.q(_fq(r, k + 1) + ",")
        clause = _fc(r, k)
        firm = (f.legal, f.legal.rstrip("."), f.name, f.kind)
        year = _pick([str(y) for y in YEARS41], k)
        expects: list[Expect]
        if shape == 0:
            end = "" if f.legal.endswith(".") else "."
            body = (
                pre + f"{qc} said {p.full}, chief executive of {f.legal}{end} {q2c} {p.pronoun} said." + post
            )
            expects = [_d(qc, p, Contains("chief executive")), _d(q2c, p)]
        elif shape == 1:
            body = pre + f"{f.legal} said on {DAYS41[k % 7]} that {clause}." + post
            expects = [_that(body, clause, firm, ANY, person=False)]
        elif shape == 2:
            body = (
                pre
                + (
                    f"Shares of {f.legal} rose 4 percent. {p.full}, its chief financial officer, said "
                    f"{clause}."
                )
                + post
            )
            expects = [_that(body, clause, p, Contains("chief financial officer"))]
        elif shape == 3:
            body = pre + f"{p.full}, who joined {f.legal} in {year}, said: {qs}" + post
            expects = [_d(qs, p)]
        elif shape == 4:
            body = pre + f"{qc} {f.legal} said in a statement." + post
            expects = [_d(qc, (*firm, "statement", "a statement"), ANY, person=False)]
        elif shape == 5:
            body = pre + f"{p.full} left {f.legal} in {year}. {qc} {p.last} said." + post
            expects = [_d(qc, p)]
        elif shape == 6:
            body = pre + f"{p.full} of {f.legal} said {clause}." + post
            expects = [_that(body, clause, p)]
        else:
            body = pre + f"{f.legal}, the {f.kind}, said {clause}." + post
            expects = [_that(body, clause, firm, ANY, person=False)]
        text = body
        wrong = _wrong(expects, (p,))
        yield Case("", f"ho41-suffix-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 14: update and refile notes ----------------------------------------------------------------------


def update_notes() -> Iterator[Case]:
    """Wire headnotes and slugs that name a speaker but report nothing: `(Updates with comments from NAME in
    paragraphs 4-5)`, `(Adds analyst comment, shares)`, `UPDATE 2-FIRM cuts outlook as KIND sales slow`,
    `(Corrects spelling of NAME's surname in paragraph 3)`, `REFILE-FIRM says C`, `(Recasts with NAME's
    remarks)`, `(This DATE story has been refiled to fix a typo in paragraph 2)`, `(Updates with REGULATOR
    comment in paragraph 6)`, each above a story with real reports (each its own speaker's; the headnote is no
    quotation and no speaker)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-update"):
        k = _k(PEOPLE41.index(p), shape, r)
        f = _firm(r)
        qc = m.q(_fq(r, k) + ",")
        clause = _fc(r, k)
        said, _ = _pair(MARKETS41, k)
        clause2 = _fc(r, k + 1)
        mq = m.q(said + ",")
        reg, kind = REGULATORS41[k % len(REGULATORS41)]
        ruling = _pick(RULINGS41, k)
        bank = _pick(BANKS41, k)
        dl, place = _dateline(k)
        firm = (f.name, f.kind)
        head = f.post.split()[-1]
        story = f"{dl}{f.name} said on {DAYS41[k % 7]} {clause}."
        lead = _i(clause, firm, ANY, person=False)
        expects: list[Expect]
        if shape == 0:
            note = f"(Updates with comments from {p.full} in paragraphs 2-3)"
            text = f"{note}\n\n{story}\n\n{qc} said {p.full}, {f.post} at {f.name}."
            expects = [lead, _d(qc, p, Contains(head))]
        elif shape == 1:
            note = "(Adds analyst comment, shares)"
            text = f"{note}\n\n{story}\n\n{mq} said {p.full}, an analyst at {bank}."
            expects = [lead, _d(mq, p, Contains("analyst"))]
        elif shape == 2:
            note = f"UPDATE 2-{f.name} cuts outlook as {f.kind} sales slow"
            text = f"{note}\n\n{story}\n\n{p.full}, {f.post} at {f.name}, said {clause2}."
            expects = [lead, _that(text, clause2, p, Contains(head))]
        elif shape == 3:
            note = f"(Corrects spelling of {_poss(p.full)} surname in paragraph 3)"
            text = f"{note}\n\n{story}\n\n{qc} {p.full} said."
            expects = [lead, _d(qc, p)]
        elif shape == 4:
            note = f"REFILE-{f.name} says orders are holding up"
            text = f"{note}\n\n{story}\n\n{qc} said {p.full}, {_poss(f.name)} {f.post}."
            expects = [*_tolerate(text, note, firm), lead, _d(qc, p, Contains(head))]
        elif shape == 5:
            note = f"(Recasts with {_poss(p.full)} remarks)"
            text = f"{note}\n\n{story}\n\n{p.full}, {f.post} at {f.name}, said {clause2}."
            expects = [lead, _that(text, clause2, p, Contains(head))]
        elif shape == 6:
            note = f"(This {DATES41[k % len(DATES41)]} story has been refiled to fix a typo in paragraph 2)"
            text = f"{note}\n\n{story}\n\n{qc} {p.full} said."
            expects = [lead, _d(qc, p)]
        else:
            note = f"(Updates with {_bare(reg)} comment in paragraph 3)"
            rq = m.q(_cap(ruling) + ",")
            text = f"{note}\n\n{story}\n\n{rq} {reg} said in a statement."
            expects = [lead, _d(rq, (reg, _bare(reg), kind, "statement", "a statement"), ANY, person=False)]
        expects = [_that(text, clause, firm, ANY, person=False) if e is lead else e for e in expects]
        wrong = _wrong(expects, (p,))
        forbidden = (f"({AGENCY})", place, note)
        yield Case("", f"ho41-update-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- group 15: negative controls ----------------------------------------------------------------------------


def ticker_controls() -> Iterator[Case]:
    """Marked tickers, funds, indexes and products beside a named person who says nothing: `FIRM's shares,
    traded under the ticker "TICKER", rose 3 percent on DAY after NAME bought a stake.`, `The "FUND", run by
    NAME, lost 4 percent in MONTH.`, `The "INDEX" index closed 1.1 percent lower on DAY, led by FIRM.`, `NAME
    bought units in the "FUND" in YEAR.`, `"Q," said NAME, who manages the "FUND".` (NAME's quotation only),
    `Investors sold "TICKER" after NAME left FIRM.`, `The "PRODUCT" from FIRM went on sale in CITY on DAY.`
    and `FIRM launched its "PRODUCT" range on DAY, NAME said.` (NAME's report, the product no quotation)."""
    for p, shape, m, r in sample(_combos(8), 272, "ho41-ticker"):
        k = _k(PEOPLE41.index(p), shape, r)
        pre, post, forbidden = _frame(k)
        f = _firm(r)
        fund, index = _pick(FUNDS41, k), _pick(INDEXES41, k)
        day = DAYS41[k % 7]
        qc = m.q(_fq(r, k) + ",")
        expects: list[Expect] = []
        if shape == 0:
            marked = m.q(f.ticker)
            body = (
                pre
                + (
                    f"{_poss(f.name)} shares, traded under the ticker {marked}, rose 3 percent on {day} "
                    "after "
                    f"{p.full} bought a stake."
                )
                + post
            )
        elif shape == 1:
            marked = m.q(fund)
            body = pre + f"The {marked}, run by {p.full}, lost 4 percent in {_pick(MONTHS41, k)}." + post
        elif shape == 2:
            marked = m.q(index)
            body = pre + f"The {marked} index closed 1.1 percent lower on {day}, led by {f.name}." + post
        elif shape == 3:
            marked = m.q(fund)
            body = (
                pre
                + f"{p.full} bought units in the {marked} in {_pick([str(y) for y in YEARS41], k)}."
                + post
            )
        elif shape == 4:
            marked = m.q(fund)
            body = pre + f"{qc} said {p.full}, who manages the {marked}." + post
            expects = [_d(qc, p)]
        elif shape == 5:
            marked = m.q(f.ticker)
            body = pre + f"Investors sold {marked} after {p.full} left {f.name}." + post
        elif shape == 6:
            marked = m.q(f.product)
            body = pre + f"The {marked} from {f.name} went on sale in {_pick(CITIES41, k)} on {day}." + post
        else:
            marked = m.q(f.product)
            fronted = f"{f.name} launched its {marked} range on {day}"
            body = pre + f"{fronted}, {p.full} said." + post
            expects = [_i(fronted, p)]
        text = body
        if shape not in (4, 7):
            expects = _tolerate(text, body)
        # the product sits inside NAME's own report in shape 7: only the firm may not be given it
        wrong = [(marked, f.name)] if shape == 7 else [(marked, p.full), (marked, f.name)]
        yield Case("", f"ho41-ticker-{shape}", text, expects, forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout41.{name}", group, description, unique_texts(gen))


HELD_OUT_41 = (
    _named(
        "citing_chains",
        "1",
        "the PAPER reported, citing NAME; according to a transcript seen by",
        citing_chains,
    ),
    _named(
        "statement_channels",
        "2",
        "said in an emailed statement; in written answers to questions from",
        statement_channels,
    ),
    _named(
        "verification_notes",
        "3",
        "could not independently verify; did not immediately respond",
        verification_notes,
    ),
    _named("capital_metonymy", "4", "CAPITAL said it would; officials in CAPITAL said", capital_metonymy),
    _named(
        "guidance_verbs",
        "5",
        "FIRM said it now expects; reiterated its forecast; flagged that",
        guidance_verbs,
    ),
    _named(
        "agency_witnesses", "6", "a Wirepress witness said; according to a Wirepress tally", agency_witnesses
    ),
    _named("data_showed", "7", "according to data from BODY; BODY data showed; a survey showed", data_showed),
    _named(
        "official_media",
        "8",
        "told state television; was quoted by the state news agency as saying",
        official_media,
    ),
    _named(
        "market_commentary",
        "9",
        "said NAME, chief economist at BANK; analysts at BANK, led by NAME",
        market_commentary,
    ),
    _named(
        "filing_venues",
        "10",
        "FIRM said in a filing with REGULATOR; the regulator said in a notice",
        filing_venues,
    ),
    _named(
        "wire_piece",
        "11",
        "a wire item: dateline, three speakers by full title then surname, credits",
        wire_piece,
    ),
    _named("call_readouts", "12", "NAME told OTHER in a phone call, according to a readout", call_readouts),
    _named(
        "legal_suffixes", "13", 'FIRM Ltd. said; chief executive of FIRM Inc. "Q2," she said', legal_suffixes
    ),
    _named("update_notes", "14", "(Updates with comments from NAME); UPDATE 2-; REFILE-", update_notes),
    _named("ticker_controls", "15", "tickers, funds, indexes and products in marks", ticker_controls),
)
