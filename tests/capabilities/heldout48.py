"""Forty-eighth held-out round: capabilities written at commit ``c9ec2b32`` by a helper (``hcap54``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout48data.py``: thirty invented people of Maltese,
Belarusian, Macedonian, Kurdish, Pashto, Tajik, Uzbek, Tatar, Kabyle, Malagasy, Xhosa, Tswana, Bemba,
Chichewa and Luxembourgish origin, each with a gender and an age; sixteen people of those origins whose names
must be kept whole (*Rita Farrugia-Borg*, *Pol de la Fontaine*, *Nadine van der Elst*, *Idir Ait Ouarab*,
*Yusuf bin Saleh*, *Fiona MacAulay*, *K.T. Mogale*, *Kagiso Seleka Jr.*, *Gilles Reuter III*, *Davlat "Dav"
Nurov*, *Marie-Claire de Waha*); straight and curly double marks; twenty-two roles from science and health,
sport, courts and policing, business, the arts, weather and emergencies, education, the military, diplomacy,
religion, farming, transport and technology, each written after the name, before it (`Marlow Kestrels head
coach`) and as a short reference (`the coach`); long titles with two *of*s and bodies whose names hold
*and*/*of*/*for*; ranks and honorifics before a name (`Chief Superintendent`, `Lt. Col.`, `Rabbi`, `Canon`);
lowercase wire-style pre-titles; bodies with the post of a person there; two roles held at once,
relative-clause posts and roles with a relative clause; descriptions standing for a title; sports, court,
police, science, military, diplomatic, clerical and business roles; an invented newspaper and radio station;
quotations, reported clauses per beat and narrative sentences) as a round of TITLES A FACT-CHECKER PRINTS:
every case is a short passage (one to four sentences, paragraph breaks where natural) with one to three
people, and every quotation checks the content, the canonical full name AND the title with `Contains` of the
role noun and of the affiliation as the text states it (every body in an `of`/`at` chain; the modifier of an
*acting*, *interim*, *deputy* or *retired* post; a description when it stands for the title), with
`wrong_speakers` for every other person, body and outlet. Half the cases of most capabilities put a
narrative paragraph before the passage; the other half add a paragraph in which a second person with a title
of their own speaks (`"C2," said OTHER, ROLE2.`), whose name and title are checked too. A capability's group
is its issue group.

1. long post-name appositions: `NAME, (the) ROLE of DEPT at INSTITUTION, said:` with two *of*s and bodies
   whose names hold *and*/*of*/*for* (`the Centre for Flood and Coastal Resilience at Corrowby University`,
   `the Bureau of Weather and Climate Services for the Northern Isles`), before and after the quotation,
   `According to`, a split quotation, `who spoke at the meeting on DAY` (`long_appositions`);
2. titles before the name: a role with its body (`Marlow Kestrels head coach NAME said`), inverted (`said
   Corvane Securities analyst NAME`), with commas (`The PRE, NAME, said`), ranks with the body after the name
   (`Chief Superintendent NAME of the Kelsey Vale Police`), lowercase wire style (`county fire chief NAME`,
   `emergency-ward nurse NAME, 44,`), and the surname in a later sentence (`pre_titles`);
3. possessive and pronoun affiliations: `BODY's POST, NAME, said:`, `said BODY's POST NAME`, `The club's new
   manager, NAME,` after a sentence about the club, `Its founder, NAME,`, `the court's presiding judge`,
   `Speaking for BODY, its POST NAME said`, `BODY said that C. "C2," its POST, NAME, added.` (the report the
   body's) (`possessive_affiliations`);
4. a title stated once and quoted later: by surname, by honorific, by the short reference (`the coach said`),
   by pronoun, by age (`The 44-year-old said`), after `has been ROLE since 2019` and `Among the speakers was
   NAME, ROLE`, and two people introduced together and quoted by surname (`title_then_quote`);
5. two or changing roles: `a former X and now Y` (Y's title), `the acting/interim/deputy/assistant/senior X`
   and `a retired X` (the modifier kept), `who chairs/heads/leads/directs/coaches/manages BODY`, `X and Y at
   BODY`, `a ROLE who ...`, `who until last month was X`, `X, who will become Y in May` (X's title), `who was
   appointed X in March` (`changing_roles`);
6. descriptions rather than offices: `a mother of three from TOWN`, `a 44-year-old welder at PLANT`, `a
   season-ticket holder since 1988`, `a first-year student at SCHOOL`, after and before the quotation, with
   the age, `One of those at the meeting, NAME, DESC,`, `NAME is DESC.` then the surname (`descriptions`);
7. titles after the cue: `"C," said NAME, ROLE.`, `NAME said, speaking as ROLE, that C.`, `According to NAME,
   ROLE, C.`, `NAME, who is ROLE, told OUTLET that C.`, `"C," NAME told OUTLET. SURNAME is ROLE.`, `said NAME,
   ROLE, in an interview on DAY`, `said NAME, who serves as ROLE` (`titles_after_cue`);
8. sport: coaches, captains, goalkeepers, managers, a commissioner, a fly-half, a team doctor, a point guard
   and a referee, post-match (`After the 2-1 win over TEAM, Kestrels coach NAME said:`), short references
   (`the captain said`), a coach and `Her captain, NAME,` (`sports`);
9. courts and policing: `Judge NAME of COURT`, `Defence counsel NAME, representing OTHER,` (never OTHER's),
   prosecutors, solicitors, chief constables and pathologists, police ranks (`Detective Sergeant NAME, of the
   Kelsey Vale Police,`), spokespeople for the force, `Sentencing OTHER, Judge NAME told him:`, `told the
   jury` (`courts_policing`);
10. science and health: `lead author of the study and an epidemiologist at INST`, `a ROLE at INST who led the
    research`, `A co-author, NAME,`, `Dr. NAME` (the name without *Dr.*), `Professor NAME of INST`, `INST
    virologist NAME`, a clinician `who was not involved in the study`, an agency's spokesperson, `The
    study's senior author, NAME,` (`science_health`);
11. military, diplomacy and religion: ranks kept out of the name and a post after it (`Lt. Col. NAME,
    commander of the 4th Coastal Brigade,`, `Maj. Gen.`, `Rear Admiral`, `Wing Commander`), ambassadors,
    envoys, consuls and a deputy foreign minister, `Bishop NAME of Hollinsford`, `Rabbi NAME of Congregation
    Ohev Tzedek`, `Imam NAME of the Greyfield Mosque told worshippers` (`military_diplomacy_religion`);
12. business and earnings: chief executives on a call with analysts, `an analyst at BANK who covers SECTOR`,
    `FIRM's chief financial officer, NAME,`, `CFO of FIRM`, a regulator's chair after a fine, `head of equity
    research at BANK, wrote in a note to clients`, `a portfolio manager at FUND, which holds shares in FIRM`
    (never FIRM's), `founder and chief executive of FIRM` (`business_earnings`);
13. names kept whole beside titles: hyphens, `de la`, `van der`, `Ait`, `bin`, `Mac`, initials (`K.T.`),
    `Jr.` and `III`, nicknames in marks (`Davlat "Dav" Nurov`: the nickname is no quotation), `Dr. NAME`,
    later references by a particle surname (`de la Fontaine said`, `Mr. van der Elst is ROLE.`) and a
    colleague who is the speaker (`names_whole`);
14. two or three people with titles in one passage, across beats: each quotation its own speaker's with their
    own title (`said A, ROLE. B, ROLE2, said that C.`, `PRE A said C1, but PRE2 B said C2.`, three people
    introduced in one list and the third quoted by surname, `who was joined by B, ROLE2`, `B introduced A,
    ROLE.`) (`beats_two_people`);
15. controls: a title with no quotation (`opened the new wing`, `declined to comment`, `is expected to
    speak`, `did not say whether C`), a person with a title only mentioned beside the speaker (`who met A,
    ROLE`), words painted on a wall and a book's title in marks (unattributed or not reported, never the
    person named), `"C," one of them said.` after two people (the text does not say which: the key accepts
    no speaker or *one of them*, never either person), and a statement from a body (the body's or no one's,
    never the person who was not available for comment) (`controls`).

Controls inside capabilities: capabilities 9, 11, 12 and 13 hold people or bodies who are only mentioned
(the defendant, the worshippers, the analysts on the call, the firm a fund holds, a colleague's colleague);
capability 3's first report is the body's; capability 15 is all controls.
"""

# The lambdas that compute a case's expected quotations are called in the iteration that defines them
# (by ``_framed``), so the loop variables they read are the right ones.
# ruff: noqa: B023

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout48data import (
    AGENCIES48,
    BANKS48,
    BIZC48,
    BODIES48,
    CLAUSES48,
    CLERGY48,
    CLINIC48,
    COURTS48,
    DAYS48,
    DESCS48,
    ENVOYS48,
    FIRMS48,
    FOUNDED48,
    FUNDS48,
    INSTITUTES48,
    LAW48,
    LAWC48,
    LEADS48,
    LONG48,
    LOWER48,
    MARKS48,
    MILITARY48,
    NAMED48,
    NARRATIVE48,
    OUTLETS48,
    PEOPLE48,
    POLICE48,
    QUOTES48,
    RANKS48,
    REGULATORS48,
    ROLES48,
    SCIC48,
    SCIENCE48,
    SECTORS48,
    SPORT48,
    SPORTC48,
    SPORTPRE48,
    SPORTSHORT48,
    TEAMS48,
    TWO48,
    WHO48,
    Role48,
)
from heldout_kit import Mark, Person, PersonSpec, other_person, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _i
from heldout_kit import span as _span
from heldout_kit import that_report as _that
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

# --- shared helpers -----------------------------------------------------------------------------------------


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE48, p, step, gender=gender, avoid=avoid)


def _hon(p: Person | str) -> str:
    gender = p.gender if isinstance(p, Person) else p
    return "Ms." if gender == "f" else "Mr."


def _t(parts: tuple[str, ...]) -> Contains:
    """The title a key checks: the role noun and every affiliation the text states."""
    return Contains(parts)


def _noart(text: str) -> str:
    """*text* without a leading article (`Pellworth District Court`)."""
    for art in ("the ", "a ", "an "):
        if text.startswith(art):
            return text[len(art) :]
    return text


def _an(word: str) -> str:
    """`a` or `an` before *word*."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def _qt(n: int) -> str:
    return QUOTES48[n % len(QUOTES48)]


def _cl(n: int) -> str:
    return CLAUSES48[n % len(CLAUSES48)]


def _nar(n: int) -> str:
    return NARRATIVE48[n % len(NARRATIVE48)]


def _role(n: int) -> Role48:
    return ROLES48[n % len(ROLES48)]


def _role2(n: int, first: Role48) -> Role48:
    """A second role whose short reference and beat differ from *first*'s."""
    for step in range(len(ROLES48)):
        role = ROLES48[(n + 7 + step) % len(ROLES48)]
        if role.short != first.short and role.beat != first.beat:
            return role
    raise ValueError("no second role")


def _whole(text: str, first: str, second: str, p: PersonSpec, title: TitleSpec) -> list[Expect]:
    """`"C1," NAME said. "C2."`: one split quotation with its credit inside, or its two quotations."""
    return _alts(
        text, [_d(_span(text, first, second), p, title)], [_d(first, p, title), _d(second, p, title)]
    )


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person (or body, outlet) its key does not accept is wrong."""
    wrong = [*_wrong(expects, people), *_wrong_to(expects, others)]
    accepted = {(e.content, n) for e in expects for n in (e.speaker or ())}
    wrong = [w for w in wrong if w not in accepted]
    return Case("", template, text, list(expects), wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout48.{name}", group, description, unique_texts(gen))


def _combos(shapes: int, reps: int = 2) -> Iterator[tuple[Person, int, Mark, int]]:
    return itertools.product(PEOPLE48, range(shapes), MARKS48, range(reps))


def _slot(a: Person, shape: int, r: int) -> int:
    return _k(PEOPLE48.index(a), shape, r)


class _Frame:
    """The passage around a case: a narrative paragraph before it (``r == 0``), or a paragraph after it in
    which a second person with a title of their own speaks (``r == 1``)."""

    def __init__(
        self, k: int, r: int, m: Mark, a: Person, *, avoid: Sequence[Person] = (), role: Role48 | None = None
    ):
        self.k, self.r, self.m = k, r, m
        self.b = _other(a, k + 11, avoid=avoid)
        self.role = _role2(k + 3, role) if role is not None else _role(k + 5)
        self.quote = m.q(_qt(k + 7) + ",")

    def text(self, body: str) -> str:
        if self.r == 0:
            return _article(_nar(self.k), body)
        return _article(body, f"{self.quote} said {self.b.full}, {self.role.after}.")

    def expects(self) -> list[Expect]:
        return [] if self.r == 0 else [_d(self.quote, self.b, _t(self.role.parts))]

    def people(self) -> tuple[Person, ...]:
        return () if self.r == 0 else (self.b,)


def _framed(
    template: str,
    frame: _Frame,
    body: str,
    expects: Callable[[str], list[Expect]],
    people: Sequence[Person],
    *,
    others: Sequence[str] = (),
) -> Case:
    """A case of *body* inside *frame*; *expects* computes the body's quotations on the whole text."""
    text = frame.text(body)
    return _case(template, text, [*expects(text), *frame.expects()], [*people, *frame.people()], others)


# --- 1. long post-name appositions --------------------------------------------------------------------------


def long_appositions() -> Iterator[Case]:
    """Long titles after the name with two *of*s and bodies whose names hold *and*/*of*/*for*: `FULL, (the)
    LONG, said: "C."`, `FULL, LONG, said that C.`, `"C," said FULL, LONG.`, `"C," FULL, LONG, said.`,
    `FULL, LONG, told reporters: "C."`, `FULL, LONG, said C.`, `According to FULL, LONG, C.`, `"C1," FULL,
    LONG, said. "C2."`, `FULL, LONG, who spoke at the meeting on DAY, said: "C."`. Key: FULL, the title
    holding the role and every body of its chain (`deputy director` + `Centre for Flood and Coastal
    Resilience` + `Corrowby University`); reporters never speak."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-long"):
        k = _slot(a, shape, r)
        role, parts = LONG48[k % len(LONG48)]
        art = ("", "the ")[(k // 3) % 2]
        t = _t(parts)
        who = f"{a.full}, {art}{role},"
        q1, q1s, q2s = m.q(_qt(k) + ","), m.q(_qt(k) + "."), m.q(_qt(k + 3) + ".")
        c, day = _cl(k), _pick(DAYS48, k)
        fr = _Frame(k, r, m, a)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{who} said: {q1s}", lambda s: [_d(q1s, a, t)]
        elif shape == 1:
            body, ex = f"{who} said that {c}.", lambda s: [_that(s, c, a, t)]
        elif shape == 2:
            body, ex = f"{q1} said {a.full}, {art}{role}.", lambda s: [_d(q1, a, t)]
        elif shape == 3:
            body, ex = f"{q1} {who} said.", lambda s: [_d(q1, a, t)]
        elif shape == 4:
            body, ex = f"{who} told reporters: {q1s}", lambda s: [_d(q1s, a, t)]
        elif shape == 5:
            body, ex = f"{who} said {c}.", lambda s: [_that(s, c, a, t)]
        elif shape == 6:
            body, ex = f"According to {who} {c}.", lambda s: [_i(c, a, t)]
        elif shape == 7:
            body, ex = f"{q1} {who} said. {q2s}", lambda s: _whole(s, q1, q2s, a, t)
        else:
            body = f"{who} who spoke at the meeting on {day}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        yield _framed(f"ho48-long-{shape}", fr, body, ex, (a,), others=("reporters",))


# --- 2. titles before the name ------------------------------------------------------------------------------


def pre_titles() -> Iterator[Case]:
    """Titles written before the name: `PRE FULL said: "C."` (`Marlow Kestrels head coach FULL`), `"C," said
    PRE FULL.`, `"C," PRE FULL said.`, `The PRE, FULL, said that C.`, `RANK FULL of BODY said: "C."`
    (`Chief Superintendent FULL of the Kelsey Vale Police`), `"C," said RANK FULL of BODY.`, lowercase wire
    style `County fire chief FULL said C.`, `"C," said emergency-ward nurse FULL.`, `Team captain FULL, AGE,
    said: "C."`, `PRE FULL spoke after the meeting. "C," SURNAME said.`. Key: FULL (never with the rank), the
    title holding the pre-title's role and its body (the rank and the body after the name)."""
    for a, shape, m, r in sample(_combos(10), 258, "ho48-pre"):
        k = _slot(a, shape, r)
        role = _role(k)
        rank, of, rparts = RANKS48[k % len(RANKS48)]
        low, lparts = LOWER48[k % len(LOWER48)]
        tp, tr, tl = _t(role.pre_parts), _t(rparts), _t(lparts)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        fr = _Frame(k, r, m, a, role=role)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{_cap(role.pre)} {a.full} said: {q1s}", lambda s: [_d(q1s, a, tp)]
        elif shape == 1:
            body, ex = f"{q1} said {role.pre} {a.full}.", lambda s: [_d(q1, a, tp)]
        elif shape == 2:
            body, ex = f"{q1} {role.pre} {a.full} said.", lambda s: [_d(q1, a, tp)]
        elif shape == 3:
            body, ex = f"The {role.pre}, {a.full}, said that {c}.", lambda s: [_that(s, c, a, tp)]
        elif shape == 4:
            body, ex = f"{rank} {a.full} {of} said: {q1s}", lambda s: [_d(q1s, a, tr)]
        elif shape == 5:
            body, ex = f"{q1} said {rank} {a.full} {of}.", lambda s: [_d(q1, a, tr)]
        elif shape == 6:
            body, ex = f"{_cap(low)} {a.full} said {c}.", lambda s: [_that(s, c, a, tl)]
        elif shape == 7:
            body, ex = f"{q1} said {low} {a.full}.", lambda s: [_d(q1, a, tl)]
        elif shape == 8:
            body, ex = f"{_cap(low)} {a.full}, {a.age}, said: {q1s}", lambda s: [_d(q1s, a, tl)]
        else:
            body = f"{_cap(role.pre)} {a.full} spoke after the meeting. {q1} {a.last} said."
            ex = lambda s: [_d(q1, a, tp)]  # noqa: E731
        yield _framed(f"ho48-pre-{shape}", fr, body, ex, (a,))


# --- 3. possessive and pronoun affiliations -----------------------------------------------------------------

#: Verbs of a body's event sentence that are speech acts (`reported a data breach`, `announced its season`).
_SPEECH_ACTS = ("announced", "reported", "issued", "called", "published")


def _announced(text: str, event: str, body: str) -> list[Expect]:
    """An event sentence whose verb is a speech act: tolerated as the body's report or no one's (key fix, the
    project's stance since round 42 on speech acts), never a person's."""
    if not any(f" {verb} " in event for verb in _SPEECH_ACTS):
        return []
    return tolerate(text, event, (body, _noart(body)))


def possessive_affiliations() -> Iterator[Case]:
    """Affiliations in a possessive or a pronoun: `BODY's POST, FULL, said: "C."`, `"C," said BODY's POST
    FULL.`, `BODY EVENT. NOUN's POST, FULL, said: "C."` (`The club's new manager, FULL,`), `FOUNDED EVENT. Its
    founder, FULL, said that C.`, `The case was heard at COURT. "C," FULL, the court's presiding judge,
    said.`, `FULL, BODY's POST, said that C.`, `Speaking for BODY, its POST FULL said: "C."`, `BODY said on
    DAY that C. "C2," its POST, FULL, added.`, `BODY EVENT. "C," said FULL, NOUN's POST.`. Key: FULL with the
    post and the body the possessive or pronoun stands for (`manager` + `Fenmoor Rovers`); the body's own
    report is the body's (no title checked); an event sentence whose verb is a speech act (`reported a data
    breach`, `announced its new season`) is the body's report or no one's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-poss"):
        k = _slot(a, shape, r)
        body48 = BODIES48[k % len(BODIES48)]
        name, post, noun = body48.name, body48.post, body48.noun
        day = _pick(DAYS48, k)
        event = body48.event.format(body=_cap(name), day=day)
        t = _t(body48.parts)
        q1, q1s, q2 = m.q(_qt(k) + ","), m.q(_qt(k) + "."), m.q(_qt(k + 3) + ",")
        c = _cl(k)
        fr = _Frame(k, r, m, a)
        others: tuple[str, ...] = (name,)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{_cap(_poss(name))} {post}, {a.full}, said: {q1s}", lambda s: [_d(q1s, a, t)]
        elif shape == 1:
            body, ex = f"{q1} said {_poss(name)} {post} {a.full}.", lambda s: [_d(q1, a, t)]
        elif shape == 2:
            body = f"{event} {_cap(_poss(noun))} {post}, {a.full}, said: {q1s}"
            ex = lambda s: [*_announced(s, event, name), _d(q1s, a, t)]  # noqa: E731
        elif shape == 3:
            firm, what = FOUNDED48[k % len(FOUNDED48)]
            ft = _t(("founder", _noart(firm)))
            body = f"{what.format(body=_cap(firm), day=day)} Its founder, {a.full}, said that {c}."
            ex = lambda s: [_that(s, c, a, ft)]  # noqa: E731
            others = (firm,)
        elif shape == 4:
            court = COURTS48[k % len(COURTS48)]
            ct = _t(("presiding judge", _noart(court)))
            body = f"The case was heard at {court}. {q1} {a.full}, the court's presiding judge, said."
            ex = lambda s: [_d(q1, a, ct)]  # noqa: E731
            others = (court,)
        elif shape == 5:
            body, ex = f"{a.full}, {_poss(name)} {post}, said that {c}.", lambda s: [_that(s, c, a, t)]
        elif shape == 6:
            body, ex = f"Speaking for {name}, its {post} {a.full} said: {q1s}", lambda s: [_d(q1s, a, t)]
        elif shape == 7:
            body = f"{_cap(name)} said on {day} that {c}. {q2} its {post}, {a.full}, added."
            ex = lambda s: [_that(s, c, (_noart(name),), ANY), _d(q2, a, t)]  # noqa: E731
            others = ()
        else:
            body = f"{event} {q1} said {a.full}, {_poss(noun)} {post}."
            ex = lambda s: [*_announced(s, event, name), _d(q1, a, t)]  # noqa: E731
        yield _framed(f"ho48-poss-{shape}", fr, body, ex, (a,), others=others)


# --- 4. a title stated once, quoted later -------------------------------------------------------------------


def title_then_quote() -> Iterator[Case]:
    """A person introduced with a title and quoted later: `FULL, ROLE, opened the session on DAY.` then `"C,"
    SURNAME said.`, `"C," Ms./Mr. SURNAME said.`, `"C," SHORT said.` (`the coach`); `FULL, ROLE, spoke after
    the vote on DAY. She said C.`; `FULL, ROLE, and OTHER, ROLE2, both spoke at the hearing.` then `"C1,"
    SURNAME said. "C2," SURNAME_O said.`; `FULL, AGE, ROLE, ...` then `The AGE-year-old said that C.`; `FULL
    has been ROLE since 2019.` then `"C," she said.`; `Among the speakers was FULL, ROLE.` then `SURNAME said
    that C.`; `FULL, ROLE, was asked about the plans on DAY.` then `"C," SHORT told OUTLET.`. Key: FULL with
    the title stated at the introduction; OTHER's quotation OTHER's with OTHER's title; the outlet never
    speaks."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-later"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        b = _other(a, k)
        rb = _role2(k, role)
        tb = _t(rb.parts)
        bare = _noart(role.after)
        q1, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 3) + ",")
        c, day = _cl(k), _pick(DAYS48, k)
        outlet = _pick(OUTLETS48, k)
        fr = _Frame(k, r, m, a, avoid=(b,), role=role)
        people: tuple[Person, ...] = (a,)
        ex: Callable[[str], list[Expect]]
        intro = f"{a.full}, {role.after}, opened the session on {day}."
        if shape == 0:
            body, ex = _article(intro, f"{q1} {a.last} said."), lambda s: [_d(q1, a, t)]
        elif shape == 1:
            body, ex = _article(intro, f"{q1} {_hon(a)} {a.last} said."), lambda s: [_d(q1, a, t)]
        elif shape == 2:
            body, ex = _article(intro, f"{q1} {role.short} said."), lambda s: [_d(q1, a, t)]
        elif shape == 3:
            body = f"{a.full}, {role.after}, spoke after the vote on {day}. {_cap(a.pronoun)} said {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 4:
            body = _article(
                f"{a.full}, {role.after}, and {b.full}, {rb.after}, both spoke at the hearing.",
                f"{q1} {a.last} said. {q2} {b.last} said.",
            )
            ex = lambda s: [_d(q1, a, t), _d(q2, b, tb)]  # noqa: E731
            people = (a, b)
        elif shape == 5:
            body = _article(
                f"{a.full}, {a.age}, {role.after}, opened the session on {day}.",
                f"The {a.age}-year-old said that {c}.",
            )
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 6:
            been = role.after if role.after.startswith(("a ", "an ")) else bare
            body = _article(f"{a.full} has been {been} since 2019.", f"{q1} {a.pronoun} said.")
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 7:
            body = _article(f"Among the speakers was {a.full}, {role.after}.", f"{a.last} said that {c}.")
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        else:
            body = _article(
                f"{a.full}, {role.after}, was asked about the plans on {day}.",
                f"{q1} {role.short} told {outlet}.",
            )
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        yield _framed(f"ho48-later-{shape}", fr, body, ex, people, others=(outlet,))


# --- 5. two roles or changing roles -------------------------------------------------------------------------

#: Roles (by index in ``ROLES48``) that take a modifier, with the modifiers that fit them.
_MODS: dict[int, tuple[str, ...]] = {
    1: ("interim", "assistant", "acting"),
    3: ("acting", "interim", "deputy"),
    4: ("acting", "interim", "associate"),
    5: ("deputy", "acting"),
    6: ("acting", "deputy", "interim"),
    7: ("deputy", "acting"),
    10: ("interim", "acting", "deputy"),
    11: ("interim", "acting", "deputy"),
    14: ("acting",),
    17: ("deputy", "acting", "interim"),
    18: ("acting", "deputy", "interim"),
    21: ("deputy", "acting"),
}

#: Roles (by index) that read well as `a retired ROLE`.
_RETIRED = (0, 2, 6, 14, 16, 21)


def changing_roles() -> Iterator[Case]:
    """Two roles, changing roles and modifiers: `FULL, a former ROLE_A and now ROLE_B, said: "C."` (B's
    title), `FULL, the MOD ROLE, said that C.` (`acting`, `interim`, `deputy`, `assistant`, `associate`: kept
    in the title), `FULL, who VERBS BODY, said that C.` (`chairs`, `heads`, `coaches`: the verb's post and the
    body), `FULL, ROLE1 and ROLE2 at BODY, said: "C."` (both roles and the body), `"C," said FULL, a ROLE
    who ...` (the role), `FULL, who until last month was ROLE_A, said: "C."` (A's title), `FULL, ROLE_A, who
    will become ROLE_B in May, said C.` (A's title, the post held now), `FULL, a retired ROLE, said: "C."`
    (*retired* kept), `FULL, who was appointed ROLE in March, said: "C."`."""
    mod_roles = sorted(_MODS)
    parts: tuple[str, ...]
    for a, shape, m, r in sample(_combos(9), 258, "ho48-chg"):
        k = _slot(a, shape, r)
        ra = _role(k)
        rb = _role2(k, ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        fr = _Frame(k, r, m, a, role=ra)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{a.full}, a former {_noart(ra.after)} and now {_noart(rb.after)}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(rb.parts))]  # noqa: E731
        elif shape == 1:
            idx = mod_roles[k % len(mod_roles)]
            role = ROLES48[idx]
            mod = _MODS[idx][k % len(_MODS[idx])]
            tm = _t((f"{mod} {role.parts[0]}", *role.parts[1:]))
            body = f"{a.full}, the {mod} {_noart(role.after)}, said that {c}."
            ex = lambda s: [_that(s, c, a, tm)]  # noqa: E731
        elif shape == 2:
            verb, org, parts = LEADS48[k % len(LEADS48)]
            body = f"{a.full}, who {verb} {org}, said that {c}."
            ex = lambda s: [_that(s, c, a, _t(parts))]  # noqa: E731
        elif shape == 3:
            two, parts = TWO48[k % len(TWO48)]
            body, ex = f"{a.full}, {two}, said: {q1s}", lambda s: [_d(q1s, a, _t(parts))]
        elif shape == 4:
            desc, parts = WHO48[k % len(WHO48)]
            body, ex = f"{q1} said {a.full}, {desc}.", lambda s: [_d(q1, a, _t(parts))]
        elif shape == 5:
            body = f"{a.full}, who until last month was {ra.after}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(ra.parts))]  # noqa: E731
        elif shape == 6:
            body = f"{a.full}, {ra.after}, who will become {_noart(rb.after)} in May, said {c}."
            ex = lambda s: [_that(s, c, a, _t(ra.parts))]  # noqa: E731
        elif shape == 7:
            role = ROLES48[_RETIRED[k % len(_RETIRED)]]
            tm = _t((f"retired {role.parts[0]}", *role.parts[1:]))
            body, ex = f"{a.full}, a retired {_noart(role.after)}, said: {q1s}", lambda s: [_d(q1s, a, tm)]
        else:
            body = f"{a.full}, who was appointed {_noart(ra.after)} in March, said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(ra.parts))]  # noqa: E731
        yield _framed(f"ho48-chg-{shape}", fr, body, ex, (a,))


# --- 6. descriptions rather than offices --------------------------------------------------------------------


def _desc(p: Person, n: int) -> tuple[str, Contains]:
    text, parts = DESCS48[n % len(DESCS48)]
    return text.format(kin=p.kin("mother", "father"), age=p.age), _t(parts)


def descriptions() -> Iterator[Case]:
    """Descriptions standing for a title: `FULL, DESC, said: "C."`, `"C," said FULL, DESC.`, `FULL, AGE, DESC,
    said C.`, `"C," FULL, DESC, said.`, `One of those at the meeting, FULL, DESC, said: "C."`, `FULL is
    DESC.` (or *has been*) then `"C," SURNAME said.`, `Asked about the closure, FULL, DESC, said that C.` (`a
    mother of three from Tallow Bridge`, `a 44-year-old welder at the Brassick steelworks`, `a season-ticket
    holder since 1988`). Key: FULL, the title the description (its noun and its place or body)."""
    for a, shape, m, r in sample(_combos(7), 258, "ho48-desc"):
        k = _slot(a, shape, r)
        desc, t = _desc(a, k)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        fr = _Frame(k, r, m, a)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{a.full}, {desc}, said: {q1s}", lambda s: [_d(q1s, a, t)]
        elif shape == 1:
            body, ex = f"{q1} said {a.full}, {desc}.", lambda s: [_d(q1, a, t)]
        elif shape == 2:
            aged = "" if "year-old" in desc else f" {a.age},"
            body, ex = f"{a.full},{aged} {desc}, said {c}.", lambda s: [_that(s, c, a, t)]
        elif shape == 3:
            body, ex = f"{q1} {a.full}, {desc}, said.", lambda s: [_d(q1, a, t)]
        elif shape == 4:
            body = f"One of those at the meeting, {a.full}, {desc}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        elif shape == 5:
            verb = "has been" if " since " in desc else "is"
            body, ex = _article(f"{a.full} {verb} {desc}.", f"{q1} {a.last} said."), lambda s: [_d(q1, a, t)]
        else:
            body = f"Asked about the closure, {a.full}, {desc}, said that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        yield _framed(f"ho48-desc-{shape}", fr, body, ex, (a,))


# --- 7. titles after the cue --------------------------------------------------------------------------------


def titles_after_cue() -> Iterator[Case]:
    """Titles after the cue or later in the sentence: `"C," said FULL, ROLE.`, `FULL said, speaking as ROLE,
    that C.`, `According to FULL, ROLE, C.`, `FULL, who is ROLE, told OUTLET that C.`, `"C," FULL told
    OUTLET. SURNAME is ROLE.`, `"C1," said FULL, ROLE. "C2."`, `"C," said FULL, ROLE, in an interview on
    DAY.`, `"C," FULL, ROLE, told OUTLET on DAY.`, `"C," said FULL, who serves as ROLE.`. Key: FULL with
    ROLE's title (the role and its body); the outlet never speaks."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-after"):
        k = _slot(a, shape, r)
        role = _role(k)
        t = _t(role.parts)
        q1, q2s = m.q(_qt(k) + ","), m.q(_qt(k + 3) + ".")
        c, day = _cl(k), _pick(DAYS48, k)
        outlet = _pick(OUTLETS48, k)
        fr = _Frame(k, r, m, a, role=role)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{q1} said {a.full}, {role.after}.", lambda s: [_d(q1, a, t)]
        elif shape == 1:
            body = f"{a.full} said, speaking as {role.after}, that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 2:
            body, ex = f"According to {a.full}, {role.after}, {c}.", lambda s: [_i(c, a, t)]
        elif shape == 3:
            body = f"{a.full}, who is {role.after}, told {outlet} that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 4:
            body = f"{q1} {a.full} told {outlet}. {a.last} is {role.after}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 5:
            body, ex = f"{q1} said {a.full}, {role.after}. {q2s}", lambda s: _whole(s, q1, q2s, a, t)
        elif shape == 6:
            body = f"{q1} said {a.full}, {role.after}, in an interview on {day}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 7:
            body, ex = f"{q1} {a.full}, {role.after}, told {outlet} on {day}.", lambda s: [_d(q1, a, t)]
        else:
            body, ex = f"{q1} said {a.full}, who serves as {role.after}.", lambda s: [_d(q1, a, t)]
        yield _framed(f"ho48-after-{shape}", fr, body, ex, (a,), others=(outlet,))


# --- 8. sport -----------------------------------------------------------------------------------------------


def sports() -> Iterator[Case]:
    """Sport: `"C," said FULL, SPORT_ROLE.`, `After the 2-1 win over TEAM, PRE FULL said: "C."` (`Kestrels
    coach`), `PRE FULL, speaking after the match, said that C.`, `The referee, FULL, said: "C."`, `FULL,
    SPORT_ROLE, spoke after the match on DAY.` then `"C," the SHORT said.`, `"C1," said FULL, the head coach
    of the Marlow Kestrels. Her/His captain, OTHER, agreed: "C2."`, `PRE FULL told reporters that C.`, `"C,"
    FULL, SPORT_ROLE, told OUTLET after the game against TEAM.`, `Asked about the injury, FULL, the team
    doctor of the Marlow Kestrels, said C.`. Key: FULL with the sports role and the club or league; the
    captain OTHER's own words with `captain`; opponents, reporters and the outlet never speak."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-sport"):
        k = _slot(a, shape, r)
        srole, sparts = SPORT48[k % len(SPORT48)]
        short = SPORTSHORT48[k % len(SPORT48)]
        pre, pparts = SPORTPRE48[k % len(SPORTPRE48)]
        ts, tp = _t(sparts), _t(pparts)
        team = _pick(TEAMS48, k)
        c = SPORTC48[k % len(SPORTC48)]
        q1, q1s, q2s = m.q(_qt(k) + ","), m.q(_qt(k) + "."), m.q(_qt(k + 3) + ".")
        day, outlet = _pick(DAYS48, k), _pick(OUTLETS48, k)
        b = _other(a, k)
        fr = _Frame(k, r, m, a, avoid=(b,))
        people: tuple[Person, ...] = (a,)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{q1} said {a.full}, {srole}.", lambda s: [_d(q1, a, ts)]
        elif shape == 1:
            body = f"After the 2-1 win over {team}, {pre} {a.full} said: {q1s}"
            ex = lambda s: [_d(q1s, a, tp)]  # noqa: E731
        elif shape == 2:
            body = f"{pre} {a.full}, speaking after the match, said that {c}."
            ex = lambda s: [_that(s, c, a, tp)]  # noqa: E731
        elif shape == 3:
            body, ex = f"The referee, {a.full}, said: {q1s}", lambda s: [_d(q1s, a, _t(("referee",)))]
        elif shape == 4:
            body = _article(f"{a.full}, {srole}, spoke after the match on {day}.", f"{q1} the {short} said.")
            ex = lambda s: [_d(q1, a, ts)]  # noqa: E731
        elif shape == 5:
            body = (
                f"{q1} said {a.full}, the head coach of the Marlow Kestrels. "
                f"{_cap(a.poss)} captain, {b.full}, agreed: {q2s}"
            )
            ex = lambda s: [  # noqa: E731
                _d(q1, a, _t(("head coach", "Marlow Kestrels"))),
                _d(q2s, b, _t(("captain",))),
            ]
            people = (a, b)
        elif shape == 6:
            body, ex = f"{pre} {a.full} told reporters that {c}.", lambda s: [_that(s, c, a, tp)]
        elif shape == 7:
            body = f"{q1} {a.full}, {srole}, told {outlet} after the game against {team}."
            ex = lambda s: [_d(q1, a, ts)]  # noqa: E731
        else:
            body = f"Asked about the injury, {a.full}, the team doctor of the Marlow Kestrels, said {c}."
            ex = lambda s: [_that(s, c, a, _t(("team doctor", "Marlow Kestrels")))]  # noqa: E731
        yield _framed(f"ho48-sport-{shape}", fr, body, ex, people, others=(team, outlet, "reporters"))


# --- 9. courts and policing ---------------------------------------------------------------------------------


def courts_policing() -> Iterator[Case]:
    """Courts and policing: `Judge FULL of COURT said: "C."`, `Defence counsel FULL, representing OTHER, told
    the court that C.`, `"C," said FULL, LAW_ROLE.`, `RANK FULL, of the Kelsey Vale Police, said: "C."`, `A
    spokeswoman/spokesman for the Kelsey Vale Police, FULL, said that C.`, `"C," FULL, LAW_ROLE, told the
    jury.`, `Sentencing OTHER on DAY, Judge FULL told her/him: "C."`, `RANK FULL of the Kelsey Vale Police
    said C.`, `OTHER's solicitor, FULL, said: "C."`. Key: FULL with the role and the court, force or office
    (the solicitor's title the solicitor's); OTHER (the defendant, the client) never speaks, nor does the
    court or the jury."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-law"):
        k = _slot(a, shape, r)
        court = COURTS48[k % len(COURTS48)]
        law, lparts = LAW48[k % len(LAW48)]
        rank, pparts = POLICE48[k % len(POLICE48)]
        tl, tpol = _t(lparts), _t(pparts)
        b = _other(a, k)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, day = LAWC48[k % len(LAWC48)], _pick(DAYS48, k)
        fr = _Frame(k, r, m, a, avoid=(b,))
        people: tuple[Person, ...] = (a,)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"Judge {a.full} of {court} said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("judge", _noart(court))))]  # noqa: E731
        elif shape == 1:
            body = f"Defence counsel {a.full}, representing {b.full}, told the court that {c}."
            ex = lambda s: [_that(s, c, a, _t(("defence counsel",)))]  # noqa: E731
            people = (a, b)
        elif shape == 2:
            body, ex = f"{q1} said {a.full}, {law}.", lambda s: [_d(q1, a, tl)]
        elif shape == 3:
            body, ex = (
                f"{rank} {a.full}, of the Kelsey Vale Police, said: {q1s}",
                lambda s: [_d(q1s, a, tpol)],
            )
        elif shape == 4:
            spokes = a.kin("spokeswoman", "spokesman")
            body = f"A {spokes} for the Kelsey Vale Police, {a.full}, said that {c}."
            ex = lambda s: [_that(s, c, a, _t(("spokes", "Kelsey Vale Police")))]  # noqa: E731
        elif shape == 5:
            body, ex = f"{q1} {a.full}, {law}, told the jury.", lambda s: [_d(q1, a, tl)]
        elif shape == 6:
            body = f"Sentencing {b.full} on {day}, Judge {a.full} told {b.obj}: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("judge",)))]  # noqa: E731
            people = (a, b)
        elif shape == 7:
            body, ex = (
                f"{rank} {a.full} of the Kelsey Vale Police said {c}.",
                lambda s: [_that(s, c, a, tpol)],
            )
        else:
            body = f"{_poss(b.full)} solicitor, {a.full}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("solicitor",)))]  # noqa: E731
            people = (a, b)
        yield _framed(f"ho48-law-{shape}", fr, body, ex, people, others=("the court", "the jury", court))


# --- 10. science and health ---------------------------------------------------------------------------------


def science_health() -> Iterator[Case]:
    """Science and health: `"C," said FULL, lead author of the study and a NOUN at INST.`, `FULL, a NOUN at
    INST who led the research, said that C.`, `A co-author, FULL, a NOUN at INST, said: "C."`, `Dr. FULL, a
    NOUN at INST, said C.` (the name without *Dr.*), `Professor FULL of INST said: "C."`, `INST NOUN FULL said
    that C.`, `FULL, a CLINICIAN at Saint Aldric's Hospital who was not involved in the study, said that C.`,
    `FULL, a spokeswoman/spokesman for AGENCY, said: "C."`, `The study's senior author, FULL, a NOUN at INST,
    told OUTLET: "C."`. Key: FULL with the role noun and the institute (`professor` for a professor)."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-sci"):
        k = _slot(a, shape, r)
        noun = SCIENCE48[k % len(SCIENCE48)]
        inst = INSTITUTES48[k % len(INSTITUTES48)]
        bare = _noart(inst)
        t = _t((noun, bare))
        an = _an(noun)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, outlet = SCIC48[k % len(SCIC48)], _pick(OUTLETS48, k)
        fr = _Frame(k, r, m, a)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{q1} said {a.full}, lead author of the study and {an} {noun} at {inst}."
            ex = lambda s: [_d(q1, a, t)]  # noqa: E731
        elif shape == 1:
            body = f"{a.full}, {an} {noun} at {inst} who led the research, said that {c}."
            ex = lambda s: [_that(s, c, a, t)]  # noqa: E731
        elif shape == 2:
            body, ex = f"A co-author, {a.full}, {an} {noun} at {inst}, said: {q1s}", lambda s: [_d(q1s, a, t)]
        elif shape == 3:
            body, ex = f"Dr. {a.full}, {an} {noun} at {inst}, said {c}.", lambda s: [_that(s, c, a, t)]
        elif shape == 4:
            body = f"Professor {a.full} of {inst} said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("professor", bare)))]  # noqa: E731
        elif shape == 5:
            body, ex = f"{_cap(bare)} {noun} {a.full} said that {c}.", lambda s: [_that(s, c, a, t)]
        elif shape == 6:
            clin = CLINIC48[k % len(CLINIC48)]
            body = (
                f"{a.full}, {_an(clin)} {clin} at Saint Aldric's Hospital who was not involved in the study, "
                f"said that {c}."
            )
            ex = lambda s: [_that(s, c, a, _t((clin, "Saint Aldric's Hospital")))]  # noqa: E731
        elif shape == 7:
            agency = AGENCIES48[k % len(AGENCIES48)]
            spokes = a.kin("spokeswoman", "spokesman")
            body = f"{a.full}, a {spokes} for {agency}, said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("spokes", _noart(agency))))]  # noqa: E731
        else:
            body = f"The study's senior author, {a.full}, {an} {noun} at {inst}, told {outlet}: {q1s}"
            ex = lambda s: [_d(q1s, a, t)]  # noqa: E731
        yield _framed(f"ho48-sci-{shape}", fr, body, ex, (a,), others=(outlet, inst))


# --- 11. military, diplomacy and religion -------------------------------------------------------------------


def military_diplomacy_religion() -> Iterator[Case]:
    """Ranks, envoys and clergy: `RANK FULL, POST, said: "C."` (`Lt. Col.`, `Rear Admiral`, `Maj. Gen.`,
    `Col.`, `Wing Commander`), `"C," said RANK FULL, POST.`, `FULL, ENVOY, said that C.` (`Veldria's
    ambassador to Kessany`, `the special envoy for the Tarrow Strait talks`), `"C," said FULL, ENVOY.`,
    `CLERGY FULL PLACE said: "C."` (`Bishop FULL of Hollinsford`, `Rabbi FULL of Congregation Ohev Tzedek`),
    `"C," CLERGY FULL PLACE told worshippers.`, `CLERGY FULL PLACE told the congregation that C.`, `RANK FULL,
    POST, told reporters that C.`, `"C," FULL, ENVOY, told OUTLET.`. Key: FULL without the rank or the
    clerical title; the title the post and its body (the rank and its place for clergy); worshippers, the
    congregation, reporters and the outlet never speak."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-mil"):
        k = _slot(a, shape, r)
        rank, post, mparts = MILITARY48[k % len(MILITARY48)]
        envoy, eparts = ENVOYS48[k % len(ENVOYS48)]
        cler, place, cparts = CLERGY48[k % len(CLERGY48)]
        tm, te, tc = _t(mparts), _t(eparts), _t(cparts)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, outlet = _cl(k), _pick(OUTLETS48, k)
        fr = _Frame(k, r, m, a)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body, ex = f"{rank} {a.full}, {post}, said: {q1s}", lambda s: [_d(q1s, a, tm)]
        elif shape == 1:
            body, ex = f"{q1} said {rank} {a.full}, {post}.", lambda s: [_d(q1, a, tm)]
        elif shape == 2:
            body, ex = f"{a.full}, {envoy}, said that {c}.", lambda s: [_that(s, c, a, te)]
        elif shape == 3:
            body, ex = f"{q1} said {a.full}, {envoy}.", lambda s: [_d(q1, a, te)]
        elif shape == 4:
            body, ex = f"{cler} {a.full} {place} said: {q1s}", lambda s: [_d(q1s, a, tc)]
        elif shape == 5:
            body, ex = f"{q1} {cler} {a.full} {place} told worshippers.", lambda s: [_d(q1, a, tc)]
        elif shape == 6:
            body = f"{cler} {a.full} {place} told the congregation that {c}."
            ex = lambda s: [_that(s, c, a, tc)]  # noqa: E731
        elif shape == 7:
            body, ex = f"{rank} {a.full}, {post}, told reporters that {c}.", lambda s: [_that(s, c, a, tm)]
        else:
            body, ex = f"{q1} {a.full}, {envoy}, told {outlet}.", lambda s: [_d(q1, a, te)]
        others = ("worshippers", "the congregation", "reporters", outlet)
        yield _framed(f"ho48-mil-{shape}", fr, body, ex, (a,), others=others)


# --- 12. business and earnings ------------------------------------------------------------------------------


def business_earnings() -> Iterator[Case]:
    """Business and earnings: `"C," FULL, chief executive of FIRM, said on a call with analysts.`, `FULL, an
    analyst at BANK who covers SECTOR, said that C.`, `FIRM's chief financial officer, FULL, told investors:
    "C."`, `FULL, CFO of FIRM, said C.`, `REGULATOR fined FIRM 4 million crowns on DAY. The regulator's chair,
    FULL, said: "C."`, `FIRM chief executive FULL said: "C."`, `FULL, head of equity research at BANK, wrote
    in a note to clients that C.`, `"C," said FULL, a portfolio manager at FUND, which holds shares in FIRM.`,
    `FULL, founder and chief executive of FIRM, said that C.`. Key: FULL with the post and the firm, bank,
    fund or regulator; the firm, the analysts on the call, investors and clients never speak."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-biz"):
        k = _slot(a, shape, r)
        firm, bank = FIRMS48[k % len(FIRMS48)], BANKS48[k % len(BANKS48)]
        fund, sector = FUNDS48[k % len(FUNDS48)], SECTORS48[k % len(SECTORS48)]
        reg = REGULATORS48[k % len(REGULATORS48)]
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c, day = BIZC48[k % len(BIZC48)], _pick(DAYS48, k)
        fr = _Frame(k, r, m, a)
        others: tuple[str, ...] = (firm, "analysts", "investors", "clients")
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{q1} {a.full}, chief executive of {firm}, said on a call with analysts."
            ex = lambda s: [_d(q1, a, _t(("chief executive", firm)))]  # noqa: E731
        elif shape == 1:
            body = f"{a.full}, an analyst at {bank} who covers {sector}, said that {c}."
            ex = lambda s: [_that(s, c, a, _t(("analyst", bank)))]  # noqa: E731
            others = (bank,)
        elif shape == 2:
            body = f"{_poss(firm)} chief financial officer, {a.full}, told investors: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("chief financial officer", firm)))]  # noqa: E731
        elif shape == 3:
            body = f"{a.full}, CFO of {firm}, said {c}."
            ex = lambda s: [_that(s, c, a, _t(("CFO", firm)))]  # noqa: E731
        elif shape == 4:
            body = (
                f"{_cap(reg)} fined {firm} 4 million crowns on {day}. "
                f"The regulator's chair, {a.full}, said: {q1s}"
            )
            ex = lambda s: [_d(q1s, a, _t(("chair", _noart(reg))))]  # noqa: E731
            others = (firm, reg)
        elif shape == 5:
            body = f"{firm} chief executive {a.full} said: {q1s}"
            ex = lambda s: [_d(q1s, a, _t(("chief executive", firm)))]  # noqa: E731
        elif shape == 6:
            body = f"{a.full}, head of equity research at {bank}, wrote in a note to clients that {c}."
            ex = lambda s: [_that(s, c, a, _t(("head of equity research", bank)))]  # noqa: E731
            others = (bank, "clients")
        elif shape == 7:
            body = f"{q1} said {a.full}, a portfolio manager at {fund}, which holds shares in {firm}."
            ex = lambda s: [_d(q1, a, _t(("portfolio manager", fund)))]  # noqa: E731
            others = (firm, fund)
        else:
            body = f"{a.full}, founder and chief executive of {firm}, said that {c}."
            ex = lambda s: [_that(s, c, a, _t(("founder", "chief executive", firm)))]  # noqa: E731
        yield _framed(f"ho48-biz-{shape}", fr, body, ex, (a,), others=others)


# --- 13. names kept whole beside titles ---------------------------------------------------------------------


def names_whole() -> Iterator[Case]:
    """Names a careful reader keeps whole beside a title (hyphens, `de la`, `van der`, `Ait`, `bin`, `Mac`,
    initials, `Jr.`, `III`, a nickname in marks): `NAME, ROLE, said: "C1." "C2," SURNAME added.`, `"C," said
    NAME, ROLE.`, `PRE NAME said that C.`, `Dr. NAME, ROLE, said: "C."`, `NAME, ROLE, spoke on DAY.` then
    `"C," SURNAME said.` (`de la Fontaine said`), `According to NAME, ROLE, C.`, `OTHER, ROLE2 and a longtime
    colleague of NAME, said: "C."` (OTHER's; NAME never), `PRE NAME, AGE, told OUTLET: "C."`, `"C," NAME said.
    Ms./Mr. SURNAME is ROLE.`. Key: the whole name (with its particle, hyphen, initials and suffix; the
    nickname may be kept or dropped; never *Dr.*), with ROLE's title; a nickname in marks is no quotation."""
    combos = itertools.product(NAMED48, range(9), MARKS48, range(2))
    for n, shape, m, r in sample(combos, 258, "ho48-names"):
        k = _k(NAMED48.index(n), shape, r)
        role = _role(k)
        t, tp = _t(role.parts), _t(role.pre_parts)
        anchor = PEOPLE48[k % len(PEOPLE48)]
        kin = tuple(p for p in PEOPLE48 if p.last in n.written)
        b = _other(anchor, k, avoid=kin)
        rb = _role2(k, role)
        q1, q1s, q2 = m.q(_qt(k) + ","), m.q(_qt(k) + "."), m.q(_qt(k + 3) + ",")
        c, day, outlet = _cl(k), _pick(DAYS48, k), _pick(OUTLETS48, k)
        who = n.accepted
        fr = _Frame(k, r, m, b, avoid=(b, *kin), role=role)
        people: tuple[Person, ...] = ()
        others: tuple[str, ...] = (outlet,)
        ex: Callable[[str], list[Expect]]
        if shape == 0:
            body = f"{n.written}, {role.after}, said: {q1s} {q2} {n.last} added."
            ex = lambda s: [_d(q1s, who, t), _d(q2, who, t)]  # noqa: E731
        elif shape == 1:
            body, ex = f"{q1} said {n.written}, {role.after}.", lambda s: [_d(q1, who, t)]
        elif shape == 2:
            body, ex = f"{_cap(role.pre)} {n.written} said that {c}.", lambda s: [_that(s, c, who, tp)]
        elif shape == 3:
            body, ex = f"Dr. {n.written}, {role.after}, said: {q1s}", lambda s: [_d(q1s, who, t)]
        elif shape == 4:
            body = _article(f"{n.written}, {role.after}, spoke on {day}.", f"{q1} {n.last} said.")
            ex = lambda s: [_d(q1, who, t)]  # noqa: E731
        elif shape == 5:
            body, ex = f"According to {n.written}, {role.after}, {c}.", lambda s: [_i(c, who, t)]
        elif shape == 6:
            body = f"{b.full}, {rb.after} and a longtime colleague of {n.written}, said: {q1s}"
            ex = lambda s: [_d(q1s, b, _t(rb.parts))]  # noqa: E731
            people = (b,)
            others = (n.accepted[0],)
        elif shape == 7:
            body = f"{_cap(role.pre)} {n.written}, {30 + k % 30}, told {outlet}: {q1s}"
            ex = lambda s: [_d(q1s, who, tp)]  # noqa: E731
        else:
            body = f"{q1} {n.written} said. {_hon(n.gender)} {n.last} is {role.after}."
            ex = lambda s: [_d(q1, who, t)]  # noqa: E731
        yield _framed(f"ho48-names-{shape}", fr, body, ex, people, others=others)


# --- 14. two or three people with titles --------------------------------------------------------------------


def beats_two_people() -> Iterator[Case]:
    """Two or three people with titles in one passage: `"C1," said FULL, ROLE. OTHER, ROLE2, said that C2.`,
    `FULL, ROLE, and OTHER, ROLE2, disagreed.` then `"C1," SURNAME said. "C2," SURNAME_O said.`, `PRE FULL
    said C1, but PRE2 OTHER said C2.`, `FULL, ROLE; OTHER, ROLE2; and THIRD, ROLE3, all spoke at the hearing.`
    then `"C1," said SURNAME_T. "C2," SURNAME added.`, `"C," said FULL, ROLE, who was joined by OTHER,
    ROLE2.`, `FULL, ROLE, said: "C1." OTHER, ROLE2, agreed: "C2."`, `OTHER, ROLE2, introduced FULL, ROLE. "C,"
    SURNAME said.`. Key: each quotation its own speaker's, with that speaker's own title (never a
    neighbour's)."""
    for a, shape, m, r in sample(_combos(7), 258, "ho48-two"):
        k = _slot(a, shape, r)
        ra = _role(k)
        rb = _role2(k, ra)
        rd = next(
            x for x in ROLES48[(k + 13) % len(ROLES48) :] + ROLES48 if x.short not in (ra.short, rb.short)
        )
        b = _other(a, k)
        d = _other(a, k + 5, avoid=(b,))
        ta, tb, td = _t(ra.parts), _t(rb.parts), _t(rd.parts)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2, q2s = m.q(_qt(k + 3) + ","), m.q(_qt(k + 3) + ".")
        c, c2 = _cl(k), _cl(k + 4)
        text: str
        expects: list[Expect]
        people: tuple[Person, ...] = (a, b)
        nar = _nar(k) if r else ""
        if shape == 0:
            text = _article(nar, f"{q1} said {a.full}, {ra.after}. {b.full}, {rb.after}, said that {c2}.")
            expects = [_d(q1, a, ta), _that(text, c2, b, tb)]
        elif shape == 1:
            text = _article(
                nar,
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, disagreed.",
                f"{q1} {a.last} said. {q2} {b.last} said.",
            )
            expects = [_d(q1, a, ta), _d(q2, b, tb)]
        elif shape == 2:
            text = _article(nar, f"{_cap(ra.pre)} {a.full} said {c}, but {rb.pre} {b.full} said {c2}.")
            expects = [_that(text, c, a, _t(ra.pre_parts)), _that(text, c2, b, _t(rb.pre_parts))]
        elif shape == 3:
            text = _article(
                nar,
                f"{a.full}, {ra.after}; {b.full}, {rb.after}; and {d.full}, {rd.after}, "
                "all spoke at the hearing.",
                f"{q1} said {d.last}. {q2} {a.last} added.",
            )
            expects = [_d(q1, d, td), _d(q2, a, ta)]
            people = (a, b, d)
        elif shape == 4:
            text = _article(nar, f"{q1} said {a.full}, {ra.after}, who was joined by {b.full}, {rb.after}.")
            expects = [_d(q1, a, ta)]
        elif shape == 5:
            text = _article(nar, f"{a.full}, {ra.after}, said: {q1s} {b.full}, {rb.after}, agreed: {q2s}")
            expects = [_d(q1s, a, ta), _d(q2s, b, tb)]
        else:
            text = _article(
                nar, f"{b.full}, {rb.after}, introduced {a.full}, {ra.after}. {q1} {a.last} said."
            )
            expects = [_d(q1, a, ta)]
        yield _case(f"ho48-two-{shape}", text, expects, people)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Controls: `FULL, ROLE, opened the new wing on DAY.` (no quotation), `"C," said OTHER, ROLE2, who met
    FULL, ROLE, on DAY.` (OTHER's, never FULL's), `"C." The words were painted on a wall outside BODY.` (no
    speaker, or not reported), `FULL, ROLE, declined to comment.` (no quotation, or FULL's stance: key fix),
    `FULL, ROLE, and OTHER, ROLE2, attended the meeting. "C," one of them said.` (the text does not say which:
    no speaker or *one of them*, never FULL or OTHER), `FULL, ROLE, was not available for comment. A statement
    from BODY said C.` (the body's, the statement's or no one's; never FULL's), `The book, titled "C", was
    written by FULL, ROLE.` (a title: not reported, or no speaker), `FULL, ROLE, is expected to speak at the
    conference on DAY.` (no quotation, or an unattributed expectation: key fix), `FULL, ROLE, did not say
    whether C.` (no quotation, or no speaker). Half the cases put a narrative sentence before."""
    for a, shape, m, r in sample(_combos(9), 258, "ho48-ctl"):
        k = _slot(a, shape, r)
        ra = _role(k)
        rb = _role2(k, ra)
        b = _other(a, k)
        body48 = BODIES48[k % len(BODIES48)]
        q0, q1 = m.q(_qt(k)), m.q(_qt(k) + ",")
        q0s = m.q(_qt(k) + ".")
        c, day = _cl(k), _pick(DAYS48, k)
        who = f"{a.full}, {ra.after},"
        nar = _nar(k) if r else ""
        expects: list[Expect]
        others: tuple[str, ...] = ()
        if shape == 0:
            text = _article(nar, f"{who} opened the new wing on {day}.")
            expects = []
        elif shape == 1:
            text = _article(nar, f"{q1} said {b.full}, {rb.after}, who met {a.full}, {ra.after}, on {day}.")
            expects = [_d(q1, b, _t(rb.parts))]
        elif shape == 2:
            region = f"{q0s} The words were painted on a wall outside {body48.name}."
            text = _article(nar, region)
            expects = tolerate(text, region)
            others = (body48.name,)
        elif shape == 3:
            text = _article(nar, f"{who} declined to comment.")
            expects = tolerate(text, "declined to comment", (a.full,))
        elif shape == 4:
            region = f"{q1} one of them said."
            text = _article(nar, f"{who} and {b.full}, {rb.after}, attended the meeting. {region}")
            expects = tolerate(text, region, ("one of them",))
        elif shape == 5:
            region = f"A statement from {body48.name} said {c}."
            text = _article(nar, f"{who} was not available for comment. {region}")
            bare = _noart(body48.name)
            accepted = (body48.name, bare, "statement", "a statement", f"a statement from {body48.name}")
            expects = tolerate(text, region, accepted)
        elif shape == 6:
            region = f"The book, titled {q0}, was written by {who}"
            text = _article(nar, f"{region[:-1]}.")
            expects = tolerate(text, region[:-1])
        elif shape == 7:
            region = f"{who} is expected to speak at the conference on {day}."
            text = _article(nar, region)
            expects = tolerate(text, region)
        else:
            text = _article(nar, f"{who} did not say whether {c}.")
            expects = tolerate(text, f"whether {c}")
        yield _case(f"ho48-ctl-{shape}", text, expects, (a, b), others)


HELD_OUT_48 = (
    _named(
        "long_appositions",
        "6",
        "NAME, ROLE of DEPT at INSTITUTION; bodies with and/of/for",
        long_appositions,
    ),
    _named(
        "pre_titles", "6", "Marlow Kestrels head coach NAME; Chief Superintendent NAME of BODY", pre_titles
    ),
    _named(
        "possessive_affiliations",
        "6",
        "BODY's POST, NAME; the club's new manager; Its founder, NAME",
        possessive_affiliations,
    ),
    _named(
        "title_then_quote", "4", "a title stated once, quoted by surname, role or age later", title_then_quote
    ),
    _named(
        "changing_roles", "6", "former X and now Y; acting/interim/retired; who chairs BODY", changing_roles
    ),
    _named("descriptions", "4", "a mother of three from TOWN; a 44-year-old welder at PLANT", descriptions),
    _named(
        "titles_after_cue",
        "6",
        "said NAME, ROLE; speaking as ROLE; NAME, who is ROLE, told",
        titles_after_cue,
    ),
    _named("sports", "6", "coaches, captains, referees; Kestrels coach NAME after the win", sports),
    _named(
        "courts_policing",
        "6",
        "Judge NAME of COURT; defence counsel representing OTHER; police ranks",
        courts_policing,
    ),
    _named("science_health", "6", "lead author of the study; Dr. NAME; INST virologist NAME", science_health),
    _named(
        "military_diplomacy_religion",
        "6",
        "Lt. Col. NAME; ambassadors and envoys; Bishop NAME of PLACE",
        military_diplomacy_religion,
    ),
    _named(
        "business_earnings",
        "6",
        "an analyst at BANK who covers X; FIRM's CFO; a regulator's chair",
        business_earnings,
    ),
    _named("names_whole", "5", "de la, van der, bin, Mac, K.T., Jr., III, nicknames", names_whole),
    _named(
        "beats_two_people", "4", "two or three people with titles; each quote its own title", beats_two_people
    ),
    _named("controls", "8", "a title and no quotation; one of them said; painted words", controls),
)
