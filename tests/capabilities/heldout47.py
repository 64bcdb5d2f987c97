"""Forty-seventh held-out round: capabilities written at commit ``b3a0277d`` by a helper (``hcap53``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout47data.py``: thirty invented people of Slovene, Albanian,
Marathi, Nepali, Sinhala, Khmer, Lao, Tigrinya, Oromo, Wolof, Kinyarwanda, Luganda, Samoan, Fijian and
Azerbaijani origin, each with a gender and an age; straight and curly double marks; thirteen roles from
government, sport, business, law, the arts, the emergency services and unions with their affiliation, the
short reference a story uses for them later (`the minister`, `the coach`, `the prosecutor`) and their role
noun; bodies and rival companies with the post of the person who speaks for them; quotations, quotations
naming another person, reported clauses, fragments a speaker calls someone or something, things one person
is said to have done, banners and narrative sentences; an invented newspaper and radio station with staff who
interview people) as a round of COMPETING PEOPLE: every case is a short passage (one to five sentences,
paragraph breaks where natural) with two to four people (and often a body) on the page, where the right
speaker is NOT simply the nearest or most recently named person, and a careful reader still knows who said
what. Every case checks the content, the speaker's canonical full name AND the title (`Contains` of the role
noun and its affiliation where the text gives one, `ANY` where it gives none or the speaker is a body or two
people together), with `wrong_speakers` for every other person (and the bodies, outlets and staff where a
person speaks). A capability's group is its issue group.

1. addressees and interlocutors (`"C," NAME told OTHER.`, `In response to a question from OTHER, NAME
   said:`, `Responding to criticism from OTHER, NAME said that C.`, `"C," NAME said, speaking alongside
   OTHER.`, `NAME thanked OTHER, saying:`, `NAME accused OTHER of ..., saying that C.`, `NAME urged OTHER to
   ... "C," SURNAME said.`, `Asked by OTHER whether C, NAME replied:`, `OTHER asked NAME about ... "C,"
   SURNAME replied.`, `NAME told OTHER that C.`) (`addressees`); interviews and questions put by staff and
   rivals (`told Radio Tessel's STAFF:`, `STAFF asked NAME whether C. "C2," SURNAME replied.`, `Pressed by
   STAFF on OTHER's comments, NAME said:`, `In a radio debate on Radio Tessel with OTHER, NAME said:`)
   (`interviews_questions`);
2. relayed and second-hand speech, the words the other person's (`NAME quoted OTHER as having told her:`,
   `OTHER, SURNAME recalled, had told her:`, `NAME read out a statement from OTHER:`, `In a letter to NAME,
   OTHER wrote:`, `"C," it read.` after a message from OTHER, `OTHER's words, as relayed by NAME, were
   blunt:`) or the relaying person's report (`NAME said OTHER had told him that C.`) (`relayed_speech`);
   letters, emails and texts between two people (`In an email to OTHER, seen by the Orrick Bay Herald, NAME
   wrote:`, `NAME wrote to OTHER on DAY. "C," the letter said.`, `A letter from NAME to OTHER says C.`,
   `OTHER shared a text message he had received from NAME:`, `NAME published the letter OTHER had sent her:`)
   (`letters_documents`);
3. another person inside the credit's own phrases: `NAME, who succeeded OTHER as ROLE in May, said:`,
   `OTHER's successor as ROLE, NAME, said C.`, `NAME, ROLE, whose deputy OTHER resigned last week, said:`,
   `NAME, OTHER's running mate, said:`, `NAME, ROLE, who was appointed by OTHER, said:`, `NAME, ROLE and a
   former aide to OTHER, said that C.`, `NAME, ROLE, whom OTHER once described as "X", said:` (the fragment
   OTHER's or no one's) (`credit_clauses`);
4. quotations and reports about another person: `Of OTHER, NAME said:`, `NAME on OTHER: "C."`, `NAME said
   OTHER would resign by the end of the month.`, OTHER named inside the quotation (by full name, or by
   honorific after a paragraph about OTHER), `Asked about OTHER, NAME said:`, `NAME praised OTHER, calling him
   "X".`, `NAME described OTHER as "X".`, `NAME said OTHER, ROLE2, had done "a remarkable job".`
   (`about_others`);
5. reply chains and rebuttals across sentences: `OTHER called the plan "X". NAME shot back: "C."`, `Asked
   about OTHER's remark, NAME said C2.`, `NAME disputed OTHER's account, saying that C2.`, a three-way
   exchange (`"C1," said OTHER. "C2," countered NAME. THIRD sided with SURNAME: "C3."`), `Minutes later NAME
   replied:`, `NAME hit back at OTHER. "C," she said.`, `OTHER has accused NAME of ... "That is simply
   untrue," SURNAME said.`, `NAME called that "X".`, `said in answer to OTHER, who had called for her
   resignation` (`rebuttals`);
6. dialogue turns and pronouns across paragraphs (two and three people alternating, a pronoun only one of
   them can take, the subject of the sentence before or the paragraph's speaker deciding between two of one
   gender, `The former said C1; the latter said C2.`) (`dialogue_turns`); two rivals of one gender told apart
   by surname, honorific, role noun and the speaker of the paragraph (`same_gender_rivals`);
7. second references among rivals with different roles and ages (`"C," the coach said.`, `said the
   47-year-old`, `Ms. SURNAME`, `According to the minister, C.`, `The prosecutor countered that C.`), each
   reference meaning only one of them (`rival_references`);
8. bodies and their people: `A spokeswoman for BODY, NAME, said:`, `BODY said in a statement, quoting its
   chair NAME:`, `NAME, chair of BODY, said the trust would appeal the ruling.`, a company and its rival
   (`COMPANY said on DAY that its prices would rise in the autumn. "C2," said NAME, managing director of
   RIVAL.`), `"C," BODY said in a statement. NAME said she had not seen it.`, `BODY's chair, NAME, said:`, `In
   a statement, BODY said: "C1." Its chair, NAME, added: "C2."`, `NAME told BODY's annual meeting:`
(`bodies_people`); 9. passives, by-phrases and inverted credits with another person nearby: `"C" was the reply
   from NAME, when OTHER raised the issue.`, `The claim that C was made by NAME at a hearing chaired by
   OTHER.`, `"C," said NAME, standing beside OTHER.`, `NAME was asked by OTHER whether C. "C2," she said.`,
   `"C," came the answer from NAME, seated next to OTHER.`, `It was NAME, not OTHER, who said:`, `"C," wrote
   NAME in a reply to OTHER.`, `Interrupted by OTHER, NAME went on:` (`passive_inverted`);
10. two speakers in one sentence or paragraph: `"A," said NAME; "B," replied OTHER.`, `NAME and OTHER
    disagreed: she said C1; he said C2.`, joint statements and reports by two people (one speaker, both
    names), `"C1," NAME said, before OTHER cut in: "C2."`, `NAME said C1, while OTHER said C2.`, `NAME said
    C1, and OTHER agreed, adding: "C2."` (`two_speakers`);
11. controls where the text says someone did NOT say it or the words are nobody's (`OTHER denied saying
    "C."`, `The remark "C" was wrongly attributed to OTHER.`, a banner's words, `"C," someone shouted from the
    back of the hall.`, `OTHER has been quoted as saying "C," but she said that the words were not
    hers.`) beside real credits (`NAME, ROLE, not OTHER, said that C.`), and passages with no quotation at all
    (`NAME would not say whether OTHER would resign.`, `Neither spoke to reporters afterwards.`, `NAME said
    nothing when OTHER asked whether C.`) (`not_said_controls`).

The controls (no quotation or no speaker) are: the whether-clauses of a question put to someone
(`addressees`, `dialogue_turns`, `passive_inverted`, `interviews_questions`, `not_said_controls`: no
quotation, or the asker's question, never the person asked), OTHER's fragment in `whom OTHER once described as
"X"` (OTHER's or no one's), and `not_said_controls` shapes 0 and 2-7.

When a key is uncertain the case asserts less: a reported clause with or without its *that*; `called OBJ
"X"` as the object with its marked words (mixed) or the marked words alone (direct or mixed); a speech act
towards the other person (`accused OTHER of ...`, `urged OTHER to ...`, `thanked OTHER`, `praised OTHER`,
`criticised OTHER`, `disputed OTHER's account`, `replied to OTHER's letter`, `described a meeting with
OTHER`, `who had called for her resignation`, `announced a bid`) tolerated as its doer's report or no one's,
never the other's; a question (`asked whether C`, `when asked about OTHER`) tolerated as the asker's or no
one's, never the person asked; a split quotation as one quotation with its credit inside or as its two parts;
a joint statement as `A; B` or `B; A`. Whose words relayed speech is: a direct quotation is the person whose
words the marks hold (`quoted OTHER as having told her: "C."`, `OTHER, NAME recalled, had told her: "C."`, a
statement or letter read out or published by someone else: its author); a reported clause holding another
person's telling (`NAME said OTHER had told him that C.`) is the report of the person whose sentence it is
(NAME vouches for it, OTHER's words are not given), with or without the telling.

Run once at b3a0277d (``capreport.py --heldout --show 400 heldout47.NAME ...``, quotex frozen at
``/tmp/base39``): **2,515 of 3,592 (0.700)**. The failures were then read for template and key bugs only; no
key was changed to make quotex right where a careful reader would not accept its reading. Fixed:

* key: the round tolerated `accused OTHER of ...` and `urged OTHER to ...` as the doer's report (the project's
  stance since round 42: a speech act towards someone may be listed as its doer's report) but keyed the other
  speech acts of the same kind as no quotation; `thanked OTHER`, `praised/criticised OTHER`, `disputed OTHER's
  account`, `replied to OTHER's letter`, `described a meeting with OTHER` and `announced a bid` are now
  tolerated the same way (the doer's or no one's, never the other person's), and a question put to someone
  (`asked whether C`, `when asked about OTHER`) as the asker's or no one's (round 43's stance on asking),
  never the person asked (+235 cases: `addressees` .635 -> .754, `interviews_questions` .793 -> .927,
  `relayed_speech` .407 -> .535, `letters_documents` .445 -> .547, `about_others` .694 -> .826, `rebuttals`
  .883 -> .984, `dialogue_turns` .554 -> .662, `passive_inverted` .340 -> .429);
* template: the keys of most capabilities were computed on the passage before the narrative paragraph that
  half of the cases put in front of it was added (the texts were right; `one_of` and `tolerate` read quotex's
  output on the shorter text); every key is now computed on the case's own text (no rate changed).

After the fixes: **2,750 of 3,592 (0.766)**. The failures that stand (a careful reader has one reading): the
title of the other person given to the speaker when OTHER and OTHER's role stand before the speaker's own
credit (`Of OTHER, ROLE2, NAME, ROLE, said:`, `In response to a question from OTHER, ROLE2, ...`, `Responding
to criticism from ...`, `Asked about ...`, `Interrupted by ...`, `In a letter to OTHER, ROLE2, NAME, ROLE,
wrote:`; 122 cases), and the titles of three people introduced in one list shifted by one (24); relayed and
written words given to the person who relays, reads out, shares or publishes them, or left unattributed
(`quoted OTHER as having told her:`, `OTHER's words, as relayed by NAME, were blunt:`, `"C," it read.` -> the
affiliation in OTHER's role, `shared a text message he had received from NAME:`, `published the letter OTHER
had sent her:`; 174); inverted and passive credits left unattributed or given to OTHER (`"C" was the reply
from NAME`, `The warning came from NAME, rather than OTHER:`, `It was NAME, not OTHER, who said:` -> OTHER,
`The claim that C was made by NAME` (none); 110); a relative clause's person as the speaker (`NAME, ROLE, who
was appointed by OTHER, ROLE2, last year, said:` -> OTHER; 25); pronouns and references between rivals (`"C,"
she said.` two paragraphs after the only woman spoke -> the man; `OTHER listened as NAME spoke. "C," he said.`
-> OTHER; `The former said C1; the latter said C2.` -> none and *latter*; `the union leader said` -> the
rival; 80); a second speaker in one sentence (`..., before OTHER cut in: "C2."` unattributed; `NAME said C1,
and OTHER agreed, adding: "C2."` -> NAME; 50); a title in a credit's own phrase missed (`NAME, who succeeded
OTHER as ROLE in May`, `OTHER's successor as ROLE, NAME`, `NAME, OTHER's running mate`; 56); `told OTHER,
ROLE2, that C` with OTHER's role inside the report (41); `BODY said in a statement, quoting its chair NAME:
"C."` -> the body, with the credit inside the quotation (30); `OTHER denied saying "C."` -> OTHER's mixed
quotation (23); `A letter from NAME to OTHER says C.` (no report; 23); `SURNAME's reply to SURNAME_O: "C."`
(unattributed; 21).

| capability | group | cases | first run | key-fixed |
|---|---|---|---|---|
| `heldout47.addressees` | 4 | 252 | 0.635 | 0.754 |
| `heldout47.interviews_questions` | 1 | 261 | 0.793 | 0.927 |
| `heldout47.relayed_speech` | 4 | 258 | 0.407 | 0.535 |
| `heldout47.letters_documents` | 5 | 256 | 0.445 | 0.547 |
| `heldout47.credit_clauses` | 4 | 253 | 0.648 | 0.648 |
| `heldout47.about_others` | 4 | 258 | 0.694 | 0.826 |
| `heldout47.rebuttals` | 4 | 256 | 0.883 | 0.984 |
| `heldout47.dialogue_turns` | 4 | 260 | 0.554 | 0.662 |
| `heldout47.same_gender_rivals` | 4 | 256 | 0.910 | 0.910 |
| `heldout47.rival_references` | 4 | 262 | 0.947 | 0.947 |
| `heldout47.bodies_people` | 2 | 262 | 0.866 | 0.866 |
| `heldout47.passive_inverted` | 3 | 259 | 0.340 | 0.429 |
| `heldout47.two_speakers` | 3 | 251 | 0.801 | 0.801 |
| `heldout47.not_said_controls` | 8 | 248 | 0.883 | 0.883 |
| **heldout47** (all 14) | | 3,592 | 0.700 (2,515) | 0.766 (2,750) |
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout47data import (
    ACTS47,
    BANNERS47,
    BODIES47,
    CALLED47,
    CLAUSES47,
    DAYS47,
    FRAGS47,
    MARKS47,
    NAMING47,
    NARRATIVE47,
    OUTLETS47,
    PEOPLE47,
    QUOTES47,
    RIVALS47,
    ROLES47,
    STAFF47,
    TOWNS47,
    Body47,
    Role47,
)
from heldout_kit import Mark, Person, PersonSpec, other_person, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _i
from heldout_kit import segmented as _seg
from heldout_kit import span as _span
from heldout_kit import that_report as _that
from heldout_kit import wrong_given as _wrong
from heldout_kit import wrong_to as _wrong_to

# --- shared helpers -----------------------------------------------------------------------------------------


def _pre(k: int, r: int, text: str) -> str:
    """*text* after a narrative paragraph (in half the cases)."""
    return _article(_nar(k) if r else "", text)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE47, p, step, gender=gender, avoid=avoid)


def _opp(p: Person) -> str:
    return "m" if p.gender == "f" else "f"


def _hon(p: Person) -> str:
    return "Ms." if p.gender == "f" else "Mr."


def _title(role: Role47) -> Contains:
    """The title a key checks: the role noun and its affiliation."""
    return Contains(role.parts)


def _roles(n: int) -> tuple[Role47, Role47, Role47]:
    """Three different roles (with different short references)."""
    size = len(ROLES47)
    return ROLES47[n % size], ROLES47[(n + 5) % size], ROLES47[(n + 9) % size]


def _bare(role: Role47) -> str:
    """A role without its article (`mayor of Orrick Bay`)."""
    for art in ("the ", "a "):
        if role.after.startswith(art):
            return role.after[len(art) :]
    return role.after


def _qt(n: int) -> str:
    return QUOTES47[n % len(QUOTES47)]


def _cl(n: int) -> str:
    return CLAUSES47[n % len(CLAUSES47)]


def _nar(n: int) -> str:
    return NARRATIVE47[n % len(NARRATIVE47)]


def _whole(text: str, first: str, second: str, p: PersonSpec, title: TitleSpec) -> list[Expect]:
    """`"C1," NAME said. "C2."`: one split quotation with its credit inside, or its two quotations."""
    return _alts(
        text, [_d(_span(text, first, second), p, title)], [_d(first, p, title), _d(second, p, title)]
    )


def _joint(a: Person, b: Person) -> tuple[str, ...]:
    """Two people credited together: one speaker with both names."""
    return (f"{a.full}; {b.full}", f"{b.full}; {a.full}")


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    exempt: Sequence[tuple[str, str]] = (),
) -> Case:
    """A case: every quotation given to a person (or body, outlet, staff) its key does not accept is wrong
    (but for the *exempt* pairs: a speech act tolerated as its doer's)."""
    wrong = [*_wrong(expects, people), *_wrong_to(expects, others)]
    accepted = {(e.content, n) for e in expects for n in (e.speaker or ())}
    wrong = [w for w in wrong if w not in exempt and w not in accepted]
    return Case("", template, text, list(expects), wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout47.{name}", group, description, unique_texts(gen))


def _combos(shapes: int, reps: int = 2) -> Iterator[tuple[Person, int, Mark, int]]:
    return itertools.product(PEOPLE47, range(shapes), MARKS47, range(reps))


def _slots(a: Person, shape: int, r: int) -> tuple[int, Role47, Role47, Role47, str, str]:
    """The filler index, three roles, a clause and a day for a case."""
    k = _k(PEOPLE47.index(a), shape, r)
    ra, rb, rd = _roles(k)
    return k, ra, rb, rd, _cl(k), _pick(DAYS47, k)


def _acted(text: str, region: str, doer: Person) -> list[Expect]:
    """A speech act towards another person (`accused OTHER of ...`): tolerated as its doer's or no one's."""
    return tolerate(text, region, (doer.full,))


# --- 1. addressees and interlocutors ------------------------------------------------------------------------


def addressees() -> Iterator[Case]:
    """The person spoken to, answered or asked beside the speaker: `"C," FULL, ROLE, told OTHER, ROLE2.`, `In
    response to a question from OTHER, ROLE2, FULL, ROLE, said: "C."`, `Responding to criticism from OTHER,
    ROLE2, FULL, ROLE, said that C.`, `"C," FULL, ROLE, said, speaking alongside OTHER, ROLE2.`, `FULL, ROLE,
    thanked OTHER, ROLE2, saying: "C."`, `FULL, ROLE, accused OTHER, ROLE2, of ignoring the warnings, saying
    that C.`, `FULL, ROLE, urged OTHER, ROLE2, to publish the report. "C," SURNAME said.`, `Asked by OTHER,
    ROLE2, whether C2, FULL, ROLE, replied: "C."`, `OTHER, ROLE2, asked FULL, ROLE, about the delay. "C,"
    SURNAME replied.`, `FULL, ROLE, told OTHER, ROLE2, that C.`. Key: the speaker FULL with the title of
    ROLE, never OTHER (the person addressed, answered or asking); the thanking, the accusation and the urging
    are tolerated as FULL's report or no one's (key fix: *thanked* was keyed as no quotation); the
    whether-clause of OTHER's question is no quotation or OTHER's question (key fix), never FULL's."""
    for a, shape, m, r in sample(_combos(10), 262, "ho47-addr"):
        k, ra, rb, _rd, c, _day = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        expects: list[Expect] = []
        exempt: list[tuple[str, str]] = []
        if shape == 0:
            text = _pre(k, r, f"{q1} {who} told {b.full}, {rb.after}.")
            expects = [_d(q1, a, ta)]
        elif shape == 1:
            text = _pre(k, r, f"In response to a question from {whom} {who} said: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 2:
            text = _pre(k, r, f"Responding to criticism from {whom} {who} said that {c}.")
            expects = [_that(text, c, a, ta)]
        elif shape == 3:
            text = _pre(k, r, f"{q1} {who} said, speaking alongside {b.full}, {rb.after}.")
            expects = [_d(q1, a, ta)]
        elif shape == 4:
            text = _pre(k, r, f"{who} thanked {whom} saying: {q1s}")
            expects = [*tolerate(text, f"thanked {b.full}, {rb.after}", (a.full,)), _d(q1s, a, ta)]
        elif shape == 5:
            act = f"accused {whom} of ignoring the warnings"
            text = _pre(k, r, f"{who} {act}, saying that {c}.")
            expects = [_that(text, c, a, ta), *_acted(text, act, a)]
        elif shape == 6:
            act = f"urged {whom} to publish the report"
            text = _pre(k, r, f"{who} {act}. {q1} {a.last} said.")
            expects = [*_acted(text, act, a), _d(q1, a, ta)]
        elif shape == 7:
            text = _pre(k, r, f"Asked by {whom} whether {c}, {who} replied: {q1s}")
            expects = [*tolerate(text, f"whether {c}", (b.full,)), _d(q1s, a, ta)]
        elif shape == 8:
            text = _pre(k, r, f"{whom} asked {a.full}, {ra.after}, about the delay. {q1} {a.last} replied.")
            text = _cap(text)
            expects = [_d(q1, a, ta)]
        else:
            text = _pre(k, r, f"{who} told {whom} that {c}.")
            expects = [_that(text, c, a, ta)]
        exempt = [(e.content, a.full) for e in expects if e.speaker is None]
        yield _case(f"ho47-addr-{shape}", text, expects, (a, b), exempt=exempt)


def interviews_questions() -> Iterator[Case]:
    """Interviews and questions put by staff and rivals: `In an interview with STAFF of OUTLET, FULL, ROLE,
    said: "C."`, `FULL, ROLE, told OUTLET's STAFF: "C."` (the radio station), `STAFF asked FULL, ROLE, whether
    C. "C2," SURNAME replied.`, `FULL, ROLE, was speaking to OUTLET after a debate with OTHER, ROLE2. "C," she
    said.` (OTHER of the other gender), `FULL, ROLE, told reporters OTHER ACT.`, `Pressed by STAFF on OTHER's
    comments, FULL, ROLE, said: "C."`, `"C," FULL, ROLE, told STAFF of OUTLET, when asked about OTHER.`, `In a
    radio debate on OUTLET with OTHER, ROLE2, FULL, ROLE, said: "C." "C2," SURNAME_OTHER replied.`, `OTHER,
    ROLE2, asked FULL, ROLE, on air whether C. "C2," SURNAME said.`. Key: FULL with ROLE's title; OTHER only
    for OTHER's own reply; the staff and the outlet never speakers; a question put is no quotation or the
    asker's (key fix: `when asked about OTHER` no one's), never FULL's."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-intv"):
        k, ra, rb, _rd, c, _day = _slots(a, shape, r)
        b = _other(a, k, gender=_opp(a) if shape == 3 else None)
        ta, tb = _title(ra), _title(rb)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        qb = m.q(_qt(k + 4) + ",")
        staff = _pick(STAFF47, k)
        outlet = _pick(OUTLETS47, k)
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        expects: list[Expect]
        if shape == 0:
            text = _pre(k, r, f"In an interview with {staff} of {outlet}, {who} said: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 1:
            text = _pre(k, r, f"{who} told {_poss(OUTLETS47[1])} {staff}: {q1s}")
            outlet = OUTLETS47[1]
            expects = [_d(q1s, a, ta)]
        elif shape == 2:
            text = _pre(k, r, f"{staff} asked {who} whether {c}. {q1} {a.last} replied.")
            expects = [*tolerate(text, f"whether {c}", (staff,)), _d(q1, a, ta)]
        elif shape == 3:
            text = _pre(
                k,
                r,
                f"{who} was speaking to {outlet} after a debate with {whom[:-1]}. {q1} {a.pronoun} said.",
            )
            expects = [_d(q1, a, ta)]
        elif shape == 4:
            clause = f"{b.full} {_pick(ACTS47, k)}"
            text = _pre(k, r, f"{who} told reporters {clause}.")
            expects = [_that(text, clause, a, ta)]
        elif shape == 5:
            text = _pre(k, r, f"Pressed by {staff} on {_poss(b.full)} comments, {who} said: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 6:
            text = _pre(k, r, f"{q1} {who} told {staff} of {outlet}, when asked about {b.full}.")
            expects = [_d(q1, a, ta), *tolerate(text, f"when asked about {b.full}")]
        elif shape == 7:
            text = _pre(
                k,
                r,
                f"In a radio debate on {OUTLETS47[1]} with {whom} {who} said: {q1s} {qb} {b.last} replied.",
            )
            outlet = OUTLETS47[1]
            expects = [_d(q1s, a, ta), _d(qb, b, tb)]
        else:
            text = _pre(k, r, f"{whom} asked {who} on air whether {c}. {q1} {a.last} said.")
            expects = [*tolerate(text, f"whether {c}", (b.full,)), _d(q1, a, ta)]
        others = (staff, outlet, "reporters")
        yield _case(f"ho47-intv-{shape}", text, expects, (a, b), others)


# --- 2. relayed and second-hand speech ----------------------------------------------------------------------


def relayed_speech() -> Iterator[Case]:
    """Relayed and second-hand speech: `FULL, ROLE, quoted OTHER, ROLE2, as having told her: "C."` (OTHER's),
    `FULL, ROLE, described a meeting with OTHER, ROLE2, in TOWN.` / `SURNAME_O, SURNAME recalled, had told
    her: "C."` (OTHER's), `FULL, ROLE, read out a statement from OTHER, ROLE2: "C."` (OTHER's), `In a letter
    to FULL, ROLE, OTHER, ROLE2, wrote: "C."` (OTHER's), `FULL, ROLE, said OTHER had told him that C.`
    (FULL's report, with or without the telling), `FULL, ROLE, said she had received a message from OTHER,
    ROLE2, on DAY. "C," it read.` (the report FULL's, the message OTHER's), `OTHER, ROLE2, did not attend the
    meeting on DAY. SURNAME_O's words, as relayed by FULL, ROLE, were blunt: "C."` (OTHER's), `FULL, ROLE,
    said OTHER, ROLE2, had written to her on DAY. In the letter, SURNAME_O wrote: "C."` (the report FULL's,
    the letter OTHER's), `FULL, ROLE, passed on a message from OTHER, ROLE2: "C."` (OTHER's). Key: a direct
    quotation is the person whose words the marks hold, with that person's title; a reported clause is the
    report of the person whose sentence it is; `described a meeting with OTHER` is tolerated as FULL's report
    or no one's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-rel"):
        k, ra, rb, _rd, c, day = _slots(a, shape, r)
        b = _other(a, k)
        ta, tb = _title(ra), _title(rb)
        q1s = m.q(_qt(k) + ".")
        q1 = m.q(_qt(k) + ",")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        town = _pick(TOWNS47, k)
        expects: list[Expect]
        if shape == 0:
            text = _pre(k, r, f"{who} quoted {whom} as having told {a.obj}: {q1s}")
            expects = [_d(q1s, b, tb)]
        elif shape == 1:
            text = _pre(
                k,
                r,
                _article(
                    f"{who} described a meeting with {b.full}, {rb.after}, in {town}.",
                    f"{b.last}, {a.last} recalled, had told {a.obj}: {q1s}",
                ),
            )
            described = f"described a meeting with {b.full}, {rb.after}, in {town}"
            expects = [*tolerate(text, described, (a.full,)), _d(q1s, b, tb)]
        elif shape == 2:
            text = _pre(k, r, f"{who} read out a statement from {b.full}, {rb.after}: {q1s}")
            expects = [_d(q1s, b, tb)]
        elif shape == 3:
            text = _pre(k, r, f"In a letter to {who} {whom} wrote: {q1s}")
            expects = [_d(q1s, b, tb)]
        elif shape == 4:
            told = f"{b.full} had told {a.obj} that {c}"
            text = _pre(k, r, f"{who} said {told}.")
            expects = [
                _seg(text, ((told, ("indirect",)), (f"that {c}", ("indirect",)), (c, ("indirect",))), a, ta)
            ]
        elif shape == 5:
            clause = f"{a.pronoun} had received a message from {b.full}, {rb.after}, on {day}"
            text = _pre(k, r, f"{who} said {clause}. {q1} it read.")
            expects = [_that(text, clause, a, ta), _d(q1, b, tb)]
        elif shape == 6:
            text = _pre(
                k,
                r,
                _article(
                    f"{whom} did not attend the meeting on {day}.",
                    f"{_poss(b.last)} words, as relayed by {who} were blunt: {q1s}",
                ),
            )
            expects = [_d(q1s, b, tb)]
        elif shape == 7:
            clause = f"{b.full}, {rb.after}, had written to {a.obj} on {day}"
            text = _pre(k, r, f"{who} said {clause}. In the letter, {b.last} wrote: {q1s}")
            expects = [_that(text, clause, a, ta), _d(q1s, b, tb)]
        else:
            text = _pre(k, r, f"{who} passed on a message from {b.full}, {rb.after}: {q1s}")
            expects = [_d(q1s, b, tb)]
        yield _case(f"ho47-rel-{shape}", text, expects, (a, b))


def letters_documents() -> Iterator[Case]:
    """Letters, emails and texts between two people: `In an email to OTHER, ROLE2, seen by OUTLET, FULL, ROLE,
    wrote: "C."`, `FULL, ROLE, wrote to OTHER, ROLE2, on DAY. "C," the letter said.`, `A letter from FULL,
    ROLE, to OTHER, ROLE2, says C.`, `OTHER, ROLE2, received a letter from FULL, ROLE, on DAY. "C," SURNAME
    wrote.`, `FULL, ROLE, replied to OTHER's letter on DAY: "C."`, `OTHER, ROLE2, shared a text message he
    had received from FULL, ROLE: "C."`, `FULL, ROLE, published the letter OTHER, ROLE2, had sent her: "C."`
    (OTHER's), `The statement, signed by FULL, ROLE, and addressed to OTHER, ROLE2, said: "C."`, `FULL, ROLE,
    told OTHER, ROLE2, in a letter that C.`. Key: a letter's or message's words are its author's (FULL; OTHER
    for the letter OTHER had sent), with the author's title; never the addressee, the person who received,
    shared or published it, or the outlet; `replied to OTHER's letter` is tolerated as FULL's report or no
    one's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-let"):
        k, ra, rb, _rd, c, day = _slots(a, shape, r)
        b = _other(a, k)
        ta, tb = _title(ra), _title(rb)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        outlet = OUTLETS47[0]
        expects: list[Expect]
        if shape == 0:
            text = _pre(k, r, f"In an email to {whom} seen by {outlet}, {who} wrote: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 1:
            text = _pre(k, r, f"{who} wrote to {whom} on {day}. {q1} the letter said.")
            expects = [_d(q1, a, ta)]
        elif shape == 2:
            text = _pre(k, r, f"A letter from {who} to {whom} says {c}.")
            expects = [_that(text, c, a, ta)]
        elif shape == 3:
            text = _pre(
                k, r, f"{whom} received a letter from {a.full}, {ra.after}, on {day}. {q1} {a.last} wrote."
            )
            expects = [_d(q1, a, ta)]
        elif shape == 4:
            text = _pre(k, r, f"{who} replied to {_poss(b.full)} letter on {day}: {q1s}")
            expects = [
                *tolerate(text, f"replied to {_poss(b.full)} letter on {day}", (a.full,)),
                _d(q1s, a, ta),
            ]
        elif shape == 5:
            text = _pre(
                k,
                r,
                f"{whom} shared a text message {b.pronoun} had received from {a.full}, {ra.after}: {q1s}",
            )
            expects = [_d(q1s, a, ta)]
        elif shape == 6:
            text = _pre(k, r, f"{who} published the letter {whom} had sent {a.obj}: {q1s}")
            expects = [_d(q1s, b, tb)]
        elif shape == 7:
            text = _pre(k, r, f"The statement, signed by {who} and addressed to {whom} said: {q1s}")
            expects = [_d(q1s, a, ta)]
        else:
            text = _pre(k, r, f"{who} told {whom} in a letter that {c}.")
            expects = [_that(text, c, a, ta)]
        yield _case(f"ho47-let-{shape}", text, expects, (a, b), (outlet, "Orrick Bay Herald"))


# --- 3. another person inside the credit --------------------------------------------------------------------


def credit_clauses() -> Iterator[Case]:
    """Another person inside the credit's own phrases: `FULL, who succeeded OTHER as ROLE in May, said: "C."`,
    `OTHER's successor as ROLE, FULL, said C.`, `FULL, ROLE, whose deputy OTHER resigned last week, said:
    "C."`, `OTHER, ROLE2, announced a bid for the party leadership on DAY. FULL, SURNAME_O's running mate,
    said: "C."`, `FULL, ROLE, who was appointed by OTHER, ROLE2, last year, said: "C."`, `FULL, ROLE and a
    former aide to OTHER, said that C.`, `"C," said FULL, ROLE, who had shared a platform with OTHER, ROLE2,
    earlier in the day.`, `FULL, ROLE, whom OTHER, ROLE2, once described as "X", said: "C."`, `FULL, ROLE,
    who ran against OTHER in 2022, said C.`. Key: FULL with the title of ROLE (*running mate* where that is
    the only role given), never OTHER; OTHER's fragment `"X"` is OTHER's or no one's, never FULL's; OTHER's
    `announced a bid` is OTHER's report or no one's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-ccl"):
        k, ra, rb, _rd, c, day = _slots(a, shape, r)
        b = _other(a, k)
        ta: TitleSpec = _title(ra)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who = f"{a.full}, {ra.after},"
        expects: list[Expect]
        lead = ""
        if shape == 0:
            text = _article(
                _nar(k) if r else "",
                lead,
                f"{a.full}, who succeeded {b.full} as {_bare(ra)} in May, said: {q1s}",
            )
            expects = [_d(q1s, a, ta)]
        elif shape == 1:
            text = _article(
                _nar(k) if r else "", lead, f"{_poss(b.full)} successor as {_bare(ra)}, {a.full}, said {c}."
            )
            expects = [_that(text, c, a, ta)]
        elif shape == 2:
            text = _article(
                _nar(k) if r else "", lead, f"{who} whose deputy {b.full} resigned last week, said: {q1s}"
            )
            expects = [_d(q1s, a, ta)]
        elif shape == 3:
            lead = f"{b.full}, {rb.after}, announced a bid for the party leadership on {day}."
            text = _article(
                _nar(k) if r else "", lead, f"{a.full}, {_poss(b.last)} running mate, said: {q1s}"
            )
            ta = Contains("running mate")
            expects = [*tolerate(text, lead, (b.full,)), _d(q1s, a, ta)]
        elif shape == 4:
            text = _article(
                _nar(k) if r else "",
                lead,
                f"{who} who was appointed by {b.full}, {rb.after}, last year, said: {q1s}",
            )
            expects = [_d(q1s, a, ta)]
        elif shape == 5:
            text = _article(
                _nar(k) if r else "",
                lead,
                f"{a.full}, {ra.after} and a former aide to {b.full}, said that {c}.",
            )
            expects = [_that(text, c, a, ta)]
        elif shape == 6:
            text = _article(
                _nar(k) if r else "",
                lead,
                f"{q1} said {who} who had shared a platform with {b.full}, {rb.after}, earlier in the day.",
            )
            expects = [_d(q1, a, ta)]
        elif shape == 7:
            frag = m.q(CALLED47[k % len(CALLED47)][1])
            region = f"whom {b.full}, {rb.after}, once described as {frag}"
            text = _article(_nar(k) if r else "", lead, f"{who} {region}, said: {q1s}")
            expects = [_d(q1s, a, ta), *tolerate(text, region, (b.full,))]
        else:
            text = _article(_nar(k) if r else "", lead, f"{who} who ran against {b.full} in 2022, said {c}.")
            expects = [_that(text, c, a, ta)]
        exempt = [(e.content, b.full) for e in expects if e.speaker is None or b.full in e.speaker]
        yield _case(f"ho47-ccl-{shape}", text, expects, (a, b), exempt=exempt)


# --- 4. quotations and reports about another person ---------------------------------------------------------


def about_others() -> Iterator[Case]:
    """Quotations and reports about another person: `Of OTHER, ROLE2, FULL, ROLE, said: "C."`, `FULL, ROLE, on
    OTHER: "C."`, `FULL, ROLE, said OTHER ACT.` (`would resign by the end of the month`), `"OTHER is wrong
    about this and the figures show it," FULL, ROLE, said.`, `OTHER, ROLE2, has not commented publicly.` /
    `FULL, ROLE, said: "With respect to Mr. SURNAME_O, that is not what happened."`, `Asked about OTHER,
    ROLE2, FULL, ROLE, said: "C."`, `FULL, ROLE, praised OTHER, ROLE2, calling him "X".` (or *criticised*),
    `FULL, ROLE, described OTHER as "X".`, `FULL, ROLE, said OTHER, ROLE2, had done "a remarkable job".`.
    Key: FULL, the person talking, with ROLE's title; never OTHER, the person talked about, even when OTHER
    is the subject of the reported clause or stands right before the cue or the quotation; `praised/criticised
    OTHER` is tolerated as FULL's report or no one's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-abt"):
        k, ra, rb, _rd, _c, _day = _slots(a, shape, r)
        b = _other(a, k)
        ta = _title(ra)
        q1s = m.q(_qt(k) + ".")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        verb, frag = CALLED47[k % len(CALLED47)]
        fq = m.q(frag)
        expects: list[Expect]
        lead = ""
        if shape == 0:
            text = _article(_nar(k) if r else "", lead, f"Of {whom} {who} said: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 1:
            text = _article(_nar(k) if r else "", lead, f"{who} on {b.full}: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 2:
            clause = f"{b.full} {_pick(ACTS47, k)}"
            text = _article(_nar(k) if r else "", lead, f"{who} said {clause}.")
            expects = [_that(text, clause, a, ta)]
        elif shape == 3:
            qn = m.q(_pick(NAMING47, k).format(other=b.full) + ",")
            text = _article(_nar(k) if r else "", lead, f"{qn} {who} said.")
            expects = [_d(qn, a, ta)]
        elif shape == 4:
            lead = f"{whom} has not commented publicly."
            qn = m.q(_pick(NAMING47, k + 1).format(other=f"{_hon(b)} {b.last}") + ".")
            text = _article(_nar(k) if r else "", lead, f"{who} said: {qn}")
            expects = [_d(qn, a, ta)]
        elif shape == 5:
            text = _article(_nar(k) if r else "", lead, f"Asked about {whom} {who} said: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 6:
            text = _article(_nar(k) if r else "", lead, f"{who} {verb} {whom} calling {b.obj} {fq}.")
            expects = [
                *tolerate(text, f"{verb} {b.full}, {rb.after}", (a.full,)),
                _called(text, b.obj, fq, a, title=ta),
            ]
        elif shape == 7:
            text = _article(_nar(k) if r else "", lead, f"{who} described {b.full} as {fq}.")
            expects = [_called(text, b.full, fq, a, title=ta, link=" as ")]
        else:
            clause = f"{whom} had done {m.q('a remarkable job')}"
            text = _article(_nar(k) if r else "", lead, f"{who} said {clause}.")
            expects = [_mixed(text, clause, a, ta)]
        yield _case(f"ho47-abt-{shape}", text, expects, (a, b))


# --- 5. reply chains and rebuttals --------------------------------------------------------------------------


def rebuttals() -> Iterator[Case]:
    """Reply chains and rebuttals across sentences: `OTHER, ROLE2, called the plan "X". FULL, ROLE, shot back:
    "C."`, `OTHER, ROLE2, said on DAY that C1.` / `Asked about SURNAME_O's remark, FULL, ROLE, said C2.`,
    `... FULL, ROLE, disputed SURNAME_O's account, saying that C2.`, a three-way exchange (`"C1," said OTHER,
    ROLE2.` / `"C2," countered FULL, ROLE.` / `THIRD, ROLE3, sided with SURNAME: "C3."`), `"C1," OTHER,
    ROLE2, told the meeting. Minutes later FULL, ROLE, replied: "C2."`, `FULL, ROLE, hit back at OTHER, ROLE2,
    on DAY. "C," she said.` (OTHER of the other gender), `OTHER, ROLE2, has accused FULL, ROLE, of hiding the
    figures. "That is simply untrue," SURNAME said. "C2," she added.` (OTHER of the same gender), `OTHER,
    ROLE2, said on DAY that C1. FULL, ROLE, called that "X".`, `"C," FULL, ROLE, said in answer to OTHER,
    ROLE2, who had called for her resignation.`. Key: each turn its own speaker with their title; the reply
    never the person replied to; OTHER's accusation and call tolerated as OTHER's report or no one's, FULL's
    `disputed OTHER's account` as FULL's or no one's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-reb"):
        k, ra, rb, rd, c, day = _slots(a, shape, r)
        gender = _opp(a) if shape == 5 else (a.gender if shape == 6 else None)
        b = _other(a, k, gender=gender)
        d = _other(a, k + 3, avoid=(b,))
        ta, tb, td = _title(ra), _title(rb), _title(rd)
        c2 = _cl(k + 4)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2, q2s = m.q(_qt(k + 5) + ","), m.q(_qt(k + 5) + ".")
        q3s = m.q(_qt(k + 9) + ".")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        fq = m.q(_pick(FRAGS47, k + 1))
        expects: list[Expect]
        people: tuple[Person, ...] = (a, b)
        exempt: list[tuple[str, str]] = []
        if shape == 0:
            text = _pre(k, r, f"{whom} called the plan {fq}. {who} shot back: {q1s}")
            expects = [_called(text, "the plan", fq, b, title=tb), _d(q1s, a, ta)]
        elif shape == 1:
            text = _pre(
                k,
                r,
                _article(
                    f"{whom} said on {day} that {c}.", f"Asked about {_poss(b.last)} remark, {who} said {c2}."
                ),
            )
            expects = [_that(text, c, b, tb), _that(text, c2, a, ta)]
        elif shape == 2:
            text = _pre(
                k,
                r,
                f"{whom} said on {day} that {c}. {who} disputed {_poss(b.last)} account, saying that {c2}.",
            )
            expects = [
                _that(text, c, b, tb),
                *tolerate(text, f"disputed {_poss(b.last)} account", (a.full,)),
                _that(text, c2, a, ta),
            ]
        elif shape == 3:
            text = _pre(
                k,
                r,
                _article(
                    f"{q1} said {b.full}, {rb.after}.",
                    f"{q2} countered {a.full}, {ra.after}.",
                    f"{d.full}, {rd.after}, sided with {a.last}: {q3s}",
                ),
            )
            expects = [_d(q1, b, tb), _d(q2, a, ta), _d(q3s, d, td)]
            people = (a, b, d)
        elif shape == 4:
            text = _pre(k, r, f"{q1} {whom} told the meeting. Minutes later {who} replied: {q2s}")
            expects = [_d(q1, b, tb), _d(q2s, a, ta)]
        elif shape == 5:
            text = _pre(k, r, f"{who} hit back at {whom} on {day}. {q1} {a.pronoun} said.")
            expects = [_d(q1, a, ta)]
        elif shape == 6:
            act = f"has accused {a.full}, {ra.after}, of hiding the figures"
            untrue = m.q("That is simply untrue,")
            text = _pre(k, r, f"{whom} {act}. {untrue} {a.last} said. {q2} {a.pronoun} added.")
            expects = [*tolerate(text, act, (b.full,)), _d(untrue, a, ta), _d(q2, a, ta)]
        elif shape == 7:
            text = _pre(k, r, f"{whom} said on {day} that {c}. {who} called that {fq}.")
            expects = [_that(text, c, b, tb), _called(text, "that", fq, a, title=ta)]
        else:
            act = f"who had called for {a.poss} resignation"
            text = _pre(k, r, f"{q1} {who} said in answer to {whom} {act}.")
            expects = [_d(q1, a, ta), *tolerate(text, act, (b.full,))]
        exempt = [(e.content, b.full) for e in expects if e.speaker is None or b.full in (e.speaker or ())]
        yield _case(f"ho47-reb-{shape}", text, expects, people, exempt=exempt)


# --- 6. dialogue turns and pronouns -------------------------------------------------------------------------


def dialogue_turns() -> Iterator[Case]:
    """Two or three people taking turns, across paragraphs: `"C1," said FULL, ROLE.` / `"C2," said OTHER,
    ROLE2.` / `"C3," she said.` (OTHER of the other gender: FULL); `FULL, ROLE, spoke first. "C1," she said.`
    / `OTHER, ROLE2, was next. "C2," she said.` (same gender: the subject of the sentence before); three
    people, two of one gender (`"C1," SURNAME said. "C2," SURNAME_O replied. "C3," he added.`: the only one of
    that gender); `FULL, ROLE, and OTHER, ROLE2, spoke after the vote. The former said C1; the latter said
    C2.`; `FULL, ROLE, said: "C1."` / `"C2," she added, turning to OTHER, ROLE2.` (same gender); `OTHER,
    ROLE2, listened as FULL, ROLE, spoke. "C," she said.` (other gender); `FULL sat down with OTHER on DAY.` /
    `"C1," she told him.` / `"C2," he replied.`; `OTHER introduced FULL. SURNAME thanked her. "C," she said.`
    (same gender: the subject of the sentence before); `OTHER asked FULL whether C. "C2," he replied.` (other
    gender). Key: each turn its speaker by full name with the title of the introduction; `SURNAME thanked
    her` is tolerated as SURNAME's report or no one's and the whether-clause of a question as no quotation or
    the asker's (key fix)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-dlg"):
        k, ra, rb, rd, c, day = _slots(a, shape, r)
        same = shape in (1, 4, 7)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        d = _other(a, k + 2, gender=a.gender, avoid=(b,))
        ta, tb = _title(ra), _title(rb)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 5) + ",")
        q3 = m.q(_qt(k + 9) + ",")
        c2 = _cl(k + 3)
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        people: tuple[Person, ...] = (a, b)
        expects: list[Expect]
        if shape == 0:
            paras = [
                f"{q1} said {a.full}, {ra.after}.",
                f"{q2} said {b.full}, {rb.after}.",
                f"{q3} {a.pronoun} said.",
            ]
            expects = [_d(q1, a, ta), _d(q2, b, tb), _d(q3, a, ta)]
        elif shape == 1:
            paras = [
                f"{who} spoke first. {q1} {a.pronoun} said.",
                f"{whom} was next. {q2} {b.pronoun} said.",
            ]
            expects = [_d(q1, a, ta), _d(q2, b, tb)]
        elif shape == 2:
            paras = [
                f"{who} {whom} and {d.full}, {rd.after}, met on {day}.",
                f"{q1} {a.last} said. {q2} {b.last} replied. {q3} {b.pronoun} added.",
            ]
            expects = [_d(q1, a, ta), _d(q2, b, tb), _d(q3, b, tb)]
            people = (a, b, d)
        elif shape == 3:
            paras = [f"{who} and {whom} spoke after the vote. The former said {c}; the latter said {c2}."]
            text = _article(_nar(k) if r else "", *paras)
            expects = [_that(text, c, a, ta), _that(text, c2, b, tb)]
        elif shape == 4:
            paras = [f"{who} said: {q1s}", f"{q2} {a.pronoun} added, turning to {b.full}, {rb.after}."]
            expects = [_d(q1s, a, ta), _d(q2, a, ta)]
        elif shape == 5:
            paras = [f"{whom} listened as {who} spoke. {q1} {a.pronoun} said."]
            expects = [_d(q1, a, ta)]
        elif shape == 6:
            paras = [
                f"{who} sat down with {whom} on {day}.",
                f"{q1} {a.pronoun} told {b.obj}.",
                f"{q2} {b.pronoun} replied.",
            ]
            expects = [_d(q1, a, ta), _d(q2, b, tb)]
        elif shape == 7:
            paras = [
                f"{whom} introduced {a.full}, {ra.after}. {a.last} thanked {b.obj}. {q1} {a.pronoun} said."
            ]
            expects = [_d(q1, a, ta)]
        else:
            paras = [f"{whom} asked {who} whether {c}. {q1} {a.pronoun} replied."]
            expects = [_d(q1, a, ta)]
        text = _article(_nar(k) if r else "", *paras)
        if shape == 7:
            expects += tolerate(text, f"thanked {b.obj}", (a.full,))
        elif shape == 8:
            expects += tolerate(text, f"whether {c}", (b.full,))
        yield _case(f"ho47-dlg-{shape}", text, expects, people)


def same_gender_rivals() -> Iterator[Case]:
    """Two rivals of one gender told apart by surname, honorific, role noun and the paragraph's speaker, after
    `FULL, ROLE, and OTHER, ROLE2, clashed at the hearing on DAY.`: `"C2," SURNAME_O said. "C1," SURNAME
    said.`; `"C1," said FULL.` / `OTHER took a different view. "C2," she said.` (the subject of the sentence
    before); `"C1," said SURNAME.` / `"C2," said SURNAME_O.` / `"C3," the minister said.` (FULL's short
    reference); `"C1," said SURNAME.` / `"C2," she added.` (a new paragraph continuing its speaker); `OTHER
    spoke after SURNAME. "C2," she said.` (the subject); a split quotation of FULL then `SURNAME_O said C.`;
    `SURNAME's reply to SURNAME_O: "C."`; `Ms. SURNAME_O said C2. Ms. SURNAME said C1.`; `"C," SURNAME told
    SURNAME_O.`. Key: each quotation its speaker by full name with the title of the introduction, never the
    rival."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-sgr"):
        k, ra, rb, _rd, c, day = _slots(a, shape, r)
        b = _other(a, k, gender=a.gender)
        ta, tb = _title(ra), _title(rb)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2 = m.q(_qt(k + 5) + ",")
        q3 = m.q(_qt(k + 9) + ",")
        c2 = _cl(k + 3)
        intro = f"{a.full}, {ra.after}, and {b.full}, {rb.after}, clashed at the hearing on {day}."
        expects: list[Expect]
        if shape == 0:
            paras = [intro, f"{q2} {b.last} said. {q1} {a.last} said."]
            expects = [_d(q2, b, tb), _d(q1, a, ta)]
        elif shape == 1:
            paras = [intro, f"{q1} said {a.last}.", f"{b.last} took a different view. {q2} {b.pronoun} said."]
            expects = [_d(q1, a, ta), _d(q2, b, tb)]
        elif shape == 2:
            paras = [intro, f"{q1} said {a.last}.", f"{q2} said {b.last}.", f"{q3} {ra.short} said."]
            expects = [_d(q1, a, ta), _d(q2, b, tb), _d(q3, a, ta)]
        elif shape == 3:
            paras = [intro, f"{q1} said {a.last}.", f"{q2} {a.pronoun} added."]
            expects = [_d(q1, a, ta), _d(q2, a, ta)]
        elif shape == 4:
            paras = [intro, f"{b.last} spoke after {a.last}. {q2} {b.pronoun} said."]
            expects = [_d(q2, b, tb)]
        elif shape == 5:
            q1b = m.q(_qt(k + 11) + ".")
            paras = [intro, f"{q1} {a.last} said. {q1b}", f"{b.last} said {c}."]
            text = _article(*paras)
            expects = [*_whole(text, q1, q1b, a, ta), _that(text, c, b, tb)]
        elif shape == 6:
            paras = [intro, f"{_poss(a.last)} reply to {b.last}: {q1s}"]
            expects = [_d(q1s, a, ta)]
        elif shape == 7:
            paras = [intro, f"{_hon(b)} {b.last} said {c2}. {_hon(a)} {a.last} said {c}."]
            text = _article(*paras)
            expects = [_that(text, c2, b, tb), _that(text, c, a, ta)]
        else:
            paras = [intro, f"{q1} {a.last} told {b.last}."]
            expects = [_d(q1, a, ta)]
        text = _article(*paras)
        yield _case(f"ho47-sgr-{shape}", text, expects, (a, b))


# --- 7. second references among rivals ----------------------------------------------------------------------


def rival_references() -> Iterator[Case]:
    """Second references among two rivals of one gender with different roles and ages: `FULL, AGE, ROLE, and
    OTHER, AGE2, ROLE2, are at odds over the harbour plan.` / `"C0," said SURNAME_O.`, then `"C," SURNAME
    said.`, `"C," Ms. SURNAME said.`, `"C," the minister said.` (FULL's short reference), `"C," said the
    AGE-year-old.`, `The minister said C.`, `According to the minister, C.`, `"C," the coach said.` (OTHER's
    short reference), `"C," the AGE2-year-old replied.`, `The coach countered that C.`. Key: the reference's
    one person by full name with the title of the introduction, never the rival."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-rref"):
        k, ra, rb, _rd, c, _day = _slots(a, shape, r)
        b = _other(a, k, gender=a.gender)
        if b.age == a.age:
            b = _other(a, k + 1, gender=a.gender)
        ta, tb = _title(ra), _title(rb)
        q0 = m.q(_qt(k + 7) + ",")
        q2 = m.q(_qt(k + 1) + ",")
        intro = (
            f"{a.full}, {a.age}, {ra.after}, and {b.full}, {b.age}, {rb.after}, are at odds over the harbour"
            " plan."
        )
        last = (
            f"{q2} {a.last} said.",
            f"{q2} {_hon(a)} {a.last} said.",
            f"{q2} {ra.short} said.",
            f"{q2} said the {a.age}-year-old.",
            f"{_cap(ra.short)} said {c}.",
            f"According to {ra.short}, {c}.",
            f"{q2} {rb.short} said.",
            f"{q2} the {b.age}-year-old replied.",
            f"{_cap(rb.short)} countered that {c}.",
        )[shape]
        who, title = (a, ta) if shape < 6 else (b, tb)
        mid, tmid = (b, tb) if shape < 6 else (a, ta)
        text = _article(_nar(k) if r else "", intro, f"{q0} said {mid.last}.", last)
        if shape in (4, 8):
            final = _that(text, c, who, title)
        elif shape == 5:
            final = _i(c, who, title)
        else:
            final = _d(q2, who, title)
        yield _case(f"ho47-rref-{shape}", text, [_d(q0, mid, tmid), final], (a, b))


# --- 8. bodies and their people -----------------------------------------------------------------------------


def _body(n: int) -> Body47:
    return BODIES47[n % len(BODIES47)]


def bodies_people() -> Iterator[Case]:
    """Bodies and the people who speak for them: `A spokeswoman for BODY, FULL, said: "C."` (FULL; title
    *spokeswoman* with the body), `BODY said in a statement, quoting its chair FULL: "C."` (FULL's words),
    `FULL, POST of BODY, said the trust would appeal the ruling.`, `COMPANY said on DAY that its prices would
    rise in the autumn. "C2," said FULL, POST of RIVAL.` (the report the company's, C2 FULL's), `"C," BODY
    said in a statement. FULL, ROLE, said she had not seen it.`, `BODY's POST, FULL, said: "C."`, `FULL, POST
    of COMPANY, said RIVAL had cut its prices twice this year.`, `In a statement, BODY said: "C1." Its POST,
    FULL, added: "C2."`, `FULL, ROLE, told BODY's annual meeting: "C."`; another person's quotation after most
    of them. Key: a person's words the person's (never the body); a body's words the body's (never a person on
    the page); the rival company never the speaker of its rival's words."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-bod"):
        k, ra, rb, _rd, _c, day = _slots(a, shape, r)
        b = _other(a, k)
        ta, tb = _title(ra), _title(rb)
        body = _body(k)
        r1, r2 = RIVALS47[k % len(RIVALS47)]
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2, q2s = m.q(_qt(k + 5) + ","), m.q(_qt(k + 5) + ".")
        qb = m.q(_qt(k + 9) + ",")
        tbody = Contains(body.parts)
        spec_body = (body.name,)
        bodies = [body.name]
        expects: list[Expect]
        b_line = f"{qb} said {b.full}, {rb.after}."
        if shape == 0:
            spokes = "spokeswoman" if a.gender == "f" else "spokesman"
            text = _article(
                _nar(k) if r else "", _cap(f"A {spokes} for {body.name}, {a.full}, said: {q1s}"), b_line
            )
            expects = [_d(q1s, a, Contains((spokes, body.parts[1])))]
        elif shape == 1:
            text = _article(
                _nar(k) if r else "",
                _cap(f"{_cap(body.name)} said in a statement, quoting its {body.post} {a.full}: {q1s}"),
                b_line,
            )
            expects = [_d(q1s, a, Contains(body.post))]
        elif shape == 2:
            clause = f"{body.noun} would appeal the ruling"
            text = _article(
                _nar(k) if r else "", _cap(f"{a.full}, {body.post} of {body.name}, said {clause}."), b_line
            )
            expects = [_that(text, clause, a, tbody)]
        elif shape == 3:
            prices = "its prices would rise in the autumn"
            text = _article(
                _nar(k) if r else "",
                _cap(f"{r1.name} said on {day} that {prices}. {q2} said {a.full}, {r2.post} of {r2.name}."),
                b_line,
            )
            expects = [_that(text, prices, (r1.name,)), _d(q2, a, Contains(r2.parts))]
            bodies = [r1.name, r2.name]
        elif shape == 4:
            clause = f"{a.pronoun} had not seen it"
            text = _article(
                _nar(k) if r else "",
                _cap(f"{q1} {body.name} said in a statement. {a.full}, {ra.after}, said {clause}."),
                b_line,
            )
            expects = [_d(q1, spec_body), _that(text, clause, a, ta)]
        elif shape == 5:
            text = _article(
                _nar(k) if r else "", _cap(f"{_poss(body.name)} {body.post}, {a.full}, said: {q1s}"), b_line
            )
            expects = [_d(q1s, a, tbody)]
        elif shape == 6:
            clause = f"{r2.name} had cut its prices twice this year"
            text = _article(
                _nar(k) if r else "", _cap(f"{a.full}, {r1.post} of {r1.name}, said {clause}."), b_line
            )
            expects = [_that(text, clause, a, Contains(r1.parts))]
            bodies = [r1.name, r2.name]
        elif shape == 7:
            text = _article(
                _nar(k) if r else "",
                _cap(f"In a statement, {body.name} said: {q1s} Its {body.post}, {a.full}, added: {q2s}"),
                b_line,
            )
            expects = [_d(q1s, spec_body), _d(q2s, a, Contains(body.post))]
        else:
            text = _article(
                _nar(k) if r else "",
                _cap(f"{a.full}, {ra.after}, told {_poss(body.name)} annual meeting: {q1s}"),
                b_line,
            )
            expects = [_d(q1s, a, ta)]
        expects = [*expects, _d(qb, b, tb)]
        wrong = [*_wrong(expects, (a, b))]
        for e in expects:
            names = e.speaker or ()
            wrong += [(e.content, n) for n in bodies if n not in names]
        yield Case("", f"ho47-bod-{shape}", text, expects, wrong_speakers=wrong)


# --- 9. passives, by-phrases and inverted credits -----------------------------------------------------------


def passive_inverted() -> Iterator[Case]:
    """Passives, by-phrases and inverted credits with another person nearby: `"C" was the reply from FULL,
    ROLE, when OTHER, ROLE2, raised the issue.`, `The claim that C was made by FULL, ROLE, at a hearing
    chaired by OTHER.`, `"C," said FULL, ROLE, standing beside OTHER, ROLE2.`, `FULL, ROLE, was asked by
    OTHER, ROLE2, whether C2. "C," she said.` (OTHER of the other gender), `"C," came the answer from FULL,
    ROLE, seated next to OTHER.`, `The warning came from FULL, ROLE, rather than OTHER: "C."`, `It was FULL,
    ROLE, not OTHER, who said: "C."`, `"C," wrote FULL, ROLE, in a reply to OTHER, ROLE2.`, `Interrupted by
    OTHER, ROLE2, FULL, ROLE, went on: "C."`. Key: FULL with ROLE's title, never OTHER (who stands nearer the
    quotation or the cue in most shapes); the whether-clause of OTHER's question is no quotation or OTHER's
    question (key fix), never FULL's."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-pas"):
        k, ra, rb, _rd, c, _day = _slots(a, shape, r)
        b = _other(a, k, gender=_opp(a) if shape == 3 else None)
        ta = _title(ra)
        q0 = m.q(_qt(k))
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        expects: list[Expect]
        if shape == 0:
            text = _pre(k, r, f"{q0} was the reply from {who} when {whom} raised the issue.")
            expects = [_d(q0, a, ta)]
        elif shape == 1:
            text = _pre(k, r, f"The claim that {c} was made by {who} at a hearing chaired by {b.full}.")
            expects = [_that(text, c, a, ta)]
        elif shape == 2:
            text = _pre(k, r, f"{q1} said {who} standing beside {b.full}, {rb.after}.")
            expects = [_d(q1, a, ta)]
        elif shape == 3:
            text = _pre(k, r, f"{who} was asked by {whom} whether {c}. {q1} {a.pronoun} said.")
            expects = [*tolerate(text, f"whether {c}", (b.full,)), _d(q1, a, ta)]
        elif shape == 4:
            text = _pre(k, r, f"{q1} came the answer from {who} seated next to {b.full}.")
            expects = [_d(q1, a, ta)]
        elif shape == 5:
            text = _pre(k, r, f"The warning came from {who} rather than {b.full}: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 6:
            text = _pre(k, r, f"It was {who} not {b.full}, who said: {q1s}")
            expects = [_d(q1s, a, ta)]
        elif shape == 7:
            text = _pre(k, r, f"{q1} wrote {who} in a reply to {b.full}, {rb.after}.")
            expects = [_d(q1, a, ta)]
        else:
            text = _pre(k, r, f"Interrupted by {whom} {who} went on: {q1s}")
            expects = [_d(q1s, a, ta)]
        yield _case(f"ho47-pas-{shape}", text, expects, (a, b))


# --- 10. two speakers in one sentence or paragraph ----------------------------------------------------------


def two_speakers() -> Iterator[Case]:
    """Two speakers in one sentence or one paragraph: `"C1," said FULL, ROLE; "C2," replied OTHER, ROLE2.`,
    `FULL, ROLE, and OTHER, ROLE2, disagreed: she said C1; he said C2.` (other genders), `In a joint
    statement, FULL, ROLE, and OTHER, ROLE2, said: "C."` (one speaker, both names), `"C1," FULL, ROLE, said,
    before OTHER, ROLE2, cut in: "C2."`, `FULL, ROLE, said C1, while OTHER, ROLE2, said C2.`, `"C1," FULL,
    ROLE, said. "C2," OTHER, ROLE2, said. "C3," SURNAME added.`, `FULL, ROLE, said C1, and OTHER, ROLE2,
    agreed, adding: "C2."`, `FULL, ROLE, and OTHER, ROLE2, both said C.` (one speaker, both names), `"C," said
    FULL, ROLE, as OTHER, ROLE2, shook his head.`. Key: each part its own speaker with their title; a joint
    statement or report is both people's (`A; B` in either order, title not checked)."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-two"):
        k, ra, rb, _rd, c, _day = _slots(a, shape, r)
        b = _other(a, k, gender=_opp(a) if shape == 1 else None)
        ta, tb = _title(ra), _title(rb)
        c2 = _cl(k + 3)
        q1, q1s = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        q2, q2s = m.q(_qt(k + 5) + ","), m.q(_qt(k + 5) + ".")
        q3 = m.q(_qt(k + 9) + ",")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        both = _joint(a, b)
        expects: list[Expect]
        if shape == 0:
            text = _pre(k, r, f"{q1} said {a.full}, {ra.after}; {q2} replied {b.full}, {rb.after}.")
            expects = [_d(q1, a, ta), _d(q2, b, tb)]
        elif shape == 1:
            text = _pre(k, r, f"{who} and {whom} disagreed: {a.pronoun} said {c}; {b.pronoun} said {c2}.")
            expects = [_that(text, c, a, ta), _that(text, c2, b, tb)]
        elif shape == 2:
            text = _pre(k, r, f"In a joint statement, {who} and {whom} said: {q1s}")
            expects = [_d(q1s, both, ANY)]
        elif shape == 3:
            text = _pre(k, r, f"{q1} {who} said, before {whom} cut in: {q2s}")
            expects = [_d(q1, a, ta), _d(q2s, b, tb)]
        elif shape == 4:
            text = _pre(k, r, f"{who} said {c}, while {whom} said {c2}.")
            expects = [_that(text, c, a, ta), _that(text, c2, b, tb)]
        elif shape == 5:
            text = _pre(k, r, f"{q1} {who} said. {q2} {whom} said. {q3} {a.last} added.")
            expects = [_d(q1, a, ta), _d(q2, b, tb), _d(q3, a, ta)]
        elif shape == 6:
            text = _pre(k, r, f"{who} said {c}, and {whom} agreed, adding: {q2s}")
            expects = [_that(text, c, a, ta), _d(q2s, b, tb)]
        elif shape == 7:
            text = _pre(k, r, f"{who} and {whom} both said {c}.")
            expects = [_that(text, c, both, ANY)]
        else:
            text = _pre(k, r, f"{q1} said {who} as {whom} shook {b.poss} head.")
            expects = [_d(q1, a, ta)]
        if shape in (2, 7):
            yield Case("", f"ho47-two-{shape}", text, expects)
        else:
            yield _case(f"ho47-two-{shape}", text, expects, (a, b))


# --- 11. controls: not said, or nobody's --------------------------------------------------------------------


def not_said_controls() -> Iterator[Case]:
    """Words the text says someone did NOT say, words that are nobody's, and passages with no quotation,
    beside real credits: `OTHER, ROLE2, denied saying "C." FULL, ROLE, said: "C2."` (C no one's; C2 FULL's),
    `FULL, ROLE, not OTHER, said that C.` (FULL's), `The remark "C" was wrongly attributed to OTHER, ROLE2.
    FULL, ROLE, said C2.` (C no one's), `"BANNER" read a banner outside OTHER's office. FULL, ROLE, said:
    "C2."` (the banner's words the banner's or no one's), `FULL, ROLE, and OTHER, ROLE2, both attended.
    "C," someone shouted from the back of the hall.` (the unnamed *someone*'s or no one's), `FULL, ROLE,
    would not say whether OTHER ACT.` (no quotation), `FULL, ROLE, and OTHER, ROLE2, met for an hour on DAY.
    Neither spoke to reporters afterwards.` (no quotation), `FULL, ROLE, said nothing when OTHER, ROLE2,
    asked whether C.` (no quotation), `OTHER, ROLE2, has been quoted as saying "C," but she said on DAY that
    the words were not hers.` (C no one's; the report OTHER's). Key: a person the text says did not say the
    words is never their speaker, nor is anyone else on the page."""
    for a, shape, m, r in sample(_combos(9), 262, "ho47-not"):
        k, ra, rb, _rd, c, day = _slots(a, shape, r)
        b = _other(a, k)
        ta, tb = _title(ra), _title(rb)
        c2 = _cl(k + 3)
        q0 = m.q(_qt(k))
        q1 = m.q(_qt(k) + ",")
        q2s = m.q(_qt(k + 5) + ".")
        who, whom = f"{a.full}, {ra.after},", f"{b.full}, {rb.after},"
        expects: list[Expect]
        if shape == 0:
            first = f"{whom} denied saying {m.q(_qt(k) + '.')}"
            text = _pre(k, r, f"{first} {who} said: {q2s}")
            expects = [*tolerate(text, first), _d(q2s, a, ta)]
        elif shape == 1:
            text = _pre(k, r, f"{who} not {b.full}, said that {c}.")
            expects = [_that(text, c, a, ta)]
        elif shape == 2:
            first = f"The remark {q0} was wrongly attributed to {b.full}, {rb.after}."
            text = _pre(k, r, f"{first} {who} said {c2}.")
            expects = [*tolerate(text, first), _that(text, c2, a, ta)]
        elif shape == 3:
            first = f"{m.q(_pick(BANNERS47, k))} read a banner outside {_poss(b.full)} office."
            text = _pre(k, r, f"{first} {who} said: {q2s}")
            expects = [*tolerate(text, first, ("banner", "a banner")), _d(q2s, a, ta)]
        elif shape == 4:
            second = f"{q1} someone shouted from the back of the hall."
            text = _pre(k, r, f"{who} and {whom} both attended. {second}")
            expects = tolerate(text, second, ("someone",))
        elif shape == 5:
            text = _pre(k, r, f"{who} would not say whether {b.full} {_pick(ACTS47, k)}.")
            expects = []
        elif shape == 6:
            text = _pre(
                k, r, f"{who} and {whom} met for an hour on {day}. Neither spoke to reporters afterwards."
            )
            expects = []
        elif shape == 7:
            text = _pre(k, r, f"{who} said nothing when {whom} asked whether {c}.")
            expects = tolerate(text, f"whether {c}", (b.full,))
        else:
            denied = f"has been quoted as saying {q1}"
            clause = f"the words were not {b.kin('hers', 'his')}"
            text = _pre(k, r, f"{whom} {denied} but {b.pronoun} said on {day} that {clause}.")
            expects = [*tolerate(text, denied), _that(text, clause, b, tb)]
        yield _case(f"ho47-not-{shape}", text, expects, (a, b))


HELD_OUT_47 = (
    _named("addressees", "4", "told OTHER; in response to a question from OTHER; thanked OTHER", addressees),
    _named(
        "interviews_questions",
        "1",
        "told Radio Tessel's STAFF; asked by STAFF whether; a radio debate with OTHER",
        interviews_questions,
    ),
    _named(
        "relayed_speech",
        "4",
        "quoted OTHER as having told her; OTHER, NAME recalled, had told",
        relayed_speech,
    ),
    _named(
        "letters_documents", "5", "in an email to OTHER; a letter from NAME to OTHER says", letters_documents
    ),
    _named(
        "credit_clauses",
        "4",
        "who succeeded OTHER; OTHER's running mate; whom OTHER described",
        credit_clauses,
    ),
    _named(
        "about_others",
        "4",
        "Of OTHER, NAME said; NAME said OTHER would resign; described OTHER as",
        about_others,
    ),
    _named("rebuttals", "4", "OTHER called it X. NAME shot back; three-way exchanges", rebuttals),
    _named(
        "dialogue_turns",
        "4",
        "alternating turns; pronouns by gender and by subject; the former",
        dialogue_turns,
    ),
    _named(
        "same_gender_rivals",
        "4",
        "two rivals of one gender: surname, honorific, role noun",
        same_gender_rivals,
    ),
    _named(
        "rival_references", "4", "the coach / the minister / the 47-year-old between rivals", rival_references
    ),
    _named(
        "bodies_people",
        "2",
        "a spokeswoman for BODY, NAME; BODY quoting its chair; rival companies",
        bodies_people,
    ),
    _named(
        "passive_inverted", "3", "was the reply from NAME; It was NAME, not OTHER, who said", passive_inverted
    ),
    _named(
        "two_speakers", "3", "said NAME; replied OTHER; joint statements; she said, he said", two_speakers
    ),
    _named(
        "not_said_controls",
        "8",
        "OTHER denied saying; wrongly attributed; banners; no quotation",
        not_said_controls,
    ),
)
