"""Seventy-third held-out round: capabilities written at commit ``3a779430`` by a helper (``hcap79``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout73data.py``: thirty-two invented people of Estonian,
Latvian, Lithuanian, Georgian, Armenian, Albanian, Slovak, Slovene, Romanian, Catalan, Frisian, Flemish,
Greek, Finnish, Hungarian and Croatian origin, each with a gender and an age; fourteen witnesses' posts with
their bodies and the short reference a hearing story uses later; invented committees of a legislature and
public inquiries; lawmakers tagged with a party and a real state or an invented constituency; straight and
curly double marks and British single marks; testimony, questions put at a hearing, answers, chairs' and
lawmakers' remarks, reported clauses, the words of emails, memos and affidavits in evidence, quotations a
credit interrupts, and bill names, report titles, code names and nicknames nobody says) as a round of
HEARINGS, TESTIMONY AND INQUIRIES as a parliamentary, congressional and inquiry reporter writes them: every
case is a short passage (one to five sentences, paragraph breaks where natural) with one to three people,
and every quotation checks the content (the marks and the words inside them for a direct quotation; the
reported clause, with or without its *that*, for an indirect one), the kind, the canonical full name and,
whenever the text states one, the title with `Contains` of the role noun and each affiliation stated, with
`wrong_speakers` for every other person, committee, inquiry, body and outlet in the text.

Conventions: the one who answers a question speaks the answer (*Under questioning from OTHER, NAME said*:
NAME's; OTHER never); a question put by a named lawmaker, chair or counsel is that person's direct quotation;
an email, memo or affidavit speaks for the person the text links it to (*an email from NAME*, *NAME's
affidavit*, *a memo written by NAME*), and a document linked to nobody speaks for no one (its words may come
out with no speaker, as the document's own phrase *email*, or not at all: key fix); *declined to comment* /
*declined to answer questions about X* may come out as the refuser's stance or as nothing, never as anyone
else's, and so may *invoked the right not to incriminate herself* (key fix); the topic of a question (*Asked
by OTHER about X*, *asked her about X*), a question reported (*when OTHER asked who C*) and an accusation
(*accused NAME of X*) may come out as the asker's or accuser's report or not at all (key fix), never as the
witness's; honorifics (*Sir*, *Dame*) and the post-nominal *KC* are not part of the canonical name (*KC*
tolerated); a lawmaker's title holds the role noun (*Rep.*, *Sen.*, *Senator*, *MP*, *congresswoman*) and the
state or constituency stated (the party when the role is written with it, as in *the Labour MP for X*); bill
names, report titles, code names and nicknames in marks are no quotations. Split quotations may come out as
one span with the credit inside or as two. Key fixes after the one run: a chair's title written *the
chairwoman of House Committee on X* (article dropped: a slip of the writer's) now reads *of the House
Committee on X*; the Georgian given name *Nino* (a man's name in Italian and Spanish, so of unclear gender to
a careful reader) was replaced by *Tamar*.

1. witnesses testifying: `NAME, ROLE, told COMMITTEE:`, `"Q," NAME testified.`, `NAME testified that C.`,
   `In written testimony, NAME said C.`, `Testifying before COMMITTEE,`, `by video link` (`witnesses`);
2. under questioning: `Under questioning from OTHER, NAME said:`, `Questioned by OTHER about X,`, `Pressed by
   OTHER on X,`, `in response to a question from OTHER`, `OTHER pressed NAME ... "A," SURNAME said.` (the one
   answering speaks) (`under_questioning`);
3. chairs and questioners: `"Q?" asked NAME, the committee's chairwoman.`, `NAME, who chairs COMMITTEE,
   pressed OTHER:`, `Opening the hearing, NAME, the chairman of COMMITTEE, said:`, a pronoun after an
   accusation (`chairs_questioners`);
4. exchanges: a question and an answer in turn (`"Q?" asked OTHER. "A," said NAME.`), surname labels
   after an introduction, a passive *was asked by OTHER:*, a third voice cutting in (`exchanges`);
5. lawmakers' titles: `Rep. NAME, D-Ohio,`, `Sen. NAME, R-Mont.`, `Rep. NAME (D-Ga.)`, `Senator NAME, a
   Republican from Montana,`, `NAME, the Labour MP for TOWN,`, `a Democratic congresswoman from STATE`,
   `Senator NAME of STATE`, `the ranking Republican on COMMITTEE` (`lawmakers`);
6. inquiry counsel, chairs and judges: `Counsel to the inquiry, NAME, asked:`, `NAME KC, counsel to INQUIRY,
   asked OTHER:`, `The inquiry's chairman, Sir NAME, said:`, `Judge NAME, who is leading INQUIRY,`, `counsel
   for the families, put it to OTHER that C` (`counsel_judges`);
7. documents in evidence: `An email from NAME to OTHER, shown to INQUIRY, read:`, `NAME wrote in an email to
   colleagues, which was shown to the committee`, `A memo written by NAME ... warned that C`, an email linked
   to nobody, `OTHER read aloud from an email NAME had sent` (NAME's) (`documents`);
8. sworn statements: `In a sworn statement to INQUIRY, NAME said C.`, `NAME's affidavit states that C.`,
   `said in a witness statement that C`, `swore in an affidavit that C`, `According to a sworn statement from
   NAME,`, `told the inquiry under oath:` (`sworn_statements`);
9. refusals: `NAME declined to comment.`, `declined to answer questions about X`, `invoked the right not to
   incriminate himself`, `BODY did not respond to requests for comment`, `refused to say whether C`, a
   quotation before *declining to answer further questions* (`refusals`);
10. controls: bill names, report titles, code names and nicknames in marks, schedules and adjournments, a
    witness who *will give evidence*, beside one real quotation or none (`controls`);
11. pronouns with two or three people of both genders: `NAME and OTHER testified. "Q," she said.`, `OTHER
    questioned NAME. He told her:`, two questioners and one witness, reports with a name inside
    (`pronouns`);
12. second references: `the chief executive said`, the surname, `the witness said`, `Ms`/`Mr SURNAME`, two
    witnesses each by short reference, `Under questioning, the witness acknowledged that C`, a reference two
    paragraphs on (`second_references`);
13. split quotations: `"C1," NAME told the committee, "c2."`, `said NAME, ROLE,`, by surname, pronoun and
    *the witness*, a listener named in the middle (`split_quotes`);
14. indirect reports: *denied that*, *acknowledged that*, *insisted C*, *conceded under questioning that*,
    *maintained that C, a claim OTHER disputed*, *told lawmakers that*, *admitted that*, a lawmaker who
    did not accept the account (`indirect_reports`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout73data import (
    ALLMARKS73,
    ANSWERS73,
    BILLS73,
    CLAUSES73,
    CODENAMES73,
    COMMITTEES73,
    DAYS73,
    EMAILS73,
    INQUIRIES73,
    NICKNAMES73,
    OUTLETS73,
    PEOPLE73,
    QUESTIONS73,
    REMARKS73,
    REPORTS73,
    SPLITS73,
    STATES73,
    SWORN73,
    TESTIMONY73,
    TOPICS73,
    TOWNS73,
    WITNESS_ROLES73,
    Role73,
)
from heldout_kit import Mark, Person, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import span as _span
from heldout_kit import that_report as _that_report

# --- slots and expectations ---------------------------------------------------------------------------------


@frozen
class Lm:
    """A lawmaker's description set off after the name, and the title a key accepts."""

    after: str
    title: Contains


@frozen
class X:
    """One case's slots: the speaker *a*, a person *b* of the other gender, a third person *c* of *b*'s
    gender, *a*'s and *b*'s posts, *b*'s lawmaker description, the marks and a filler index."""

    a: Person
    b: Person
    c: Person
    ra: Role73
    rb: Role73
    lb: Lm
    lc: Lm
    m: Mark
    k: int

    def q(self, n: int, end: str = ",") -> str:
        """Testimony *n* in the slot's marks, ending with *end*."""
        return self.m.q(_pick(TESTIMONY73, self.k + n) + end)

    def qn(self, n: int = 0) -> str:
        """A question put at the hearing, in the slot's marks."""
        return self.m.q(_pick(QUESTIONS73, self.k + n))

    def ans(self, n: int = 0, end: str = ",") -> str:
        """An answer in the slot's marks."""
        return self.m.q(_pick(ANSWERS73, self.k + n) + end)

    def rem(self, n: int = 0, end: str = ".") -> str:
        """A chair's or lawmaker's remark in the slot's marks."""
        return self.m.q(_pick(REMARKS73, self.k + n) + end)

    def cl(self, n: int = 0) -> str:
        return _pick(CLAUSES73, self.k + n)

    @property
    def com(self) -> str:
        return _pick(COMMITTEES73, self.k)

    @property
    def inq(self) -> str:
        return _pick(INQUIRIES73, self.k)

    @property
    def day(self) -> str:
        return _pick(DAYS73, self.k)

    @property
    def ta(self) -> Contains:
        return Contains(self.ra.parts)

    @property
    def tb(self) -> Contains:
        return Contains(self.rb.parts)


#: What a shape yields: (text, expects, people, others, forbidden).
Out = tuple[str, list[Expect], Sequence[Person], Sequence[str], Sequence[str]]


def _core(body: str) -> str:
    """A body's name without its article."""
    return body[4:] if body.startswith("the ") else body


def _chair(p: Person) -> str:
    return p.kin("chairwoman", "chairman")


def _mr(p: Person) -> str:
    return p.kin("Ms", "Mr")


def _self(p: Person) -> str:
    return p.kin("herself", "himself")


def _lm(p: Person, n: int) -> Lm:
    """Lawmaker description *n* (cycling) for *p*."""
    state = _pick(STATES73, n)[0]
    town = _pick(TOWNS73, n)
    com = _pick(COMMITTEES73, n + 3)
    forms = (
        Lm(f"a Republican senator from {state}", Contains(("senator", state))),
        Lm(f"the Labour MP for {town}", Contains(("Labour", "MP", town))),
        Lm(
            f"a Democratic {p.kin('congresswoman', 'congressman')} from {state}",
            Contains((p.kin("congresswoman", "congressman"), state)),
        ),
        Lm(f"the Conservative MP for {town}", Contains(("Conservative", "MP", town))),
        Lm(f"a member of {com}", Contains(("member", _core(com)))),
        Lm(f"a Democratic senator from {state}", Contains(("senator", state))),
    )
    return forms[n % len(forms)]


def _names(spec: NameSpec) -> set[str]:
    if spec is None:
        return set()
    return {_bare(n) for n in ((spec,) if isinstance(spec, str) else spec)}


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
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, body or outlet its key does not accept is wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        accepted = _names(e.speaker)
        wrong.extend((e.content, p.full) for p in people if _bare(p.full) not in accepted)
        wrong.extend((e.content, o) for o in others if o in text and _bare(o) not in accepted)
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _d(content: str, p: Person | NameSpec, title: TitleSpec = ANY, occurrence: int = 1) -> Expect:
    who = (p.full,) if isinstance(p, Person) else p
    return Expect(content, "direct", who, title, occurrence=occurrence)


def _r(text: str, clause: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, (p.full,), title)


def _groups(text: str, parts: Sequence[str], p: Person, title: TitleSpec) -> list[Expect]:
    """Two halves of one quotation a credit interrupts: two quotations, or one span with the credit inside."""
    return _alts(
        text,
        [_d(parts[0], p, title), _d(parts[1], p, title)],
        [_d(_span(text, parts[0], parts[1]), p, title)],
    )


def _slot(a: Person, m: Mark, k: int) -> X:
    others = [p for p in PEOPLE73 if p.gender != a.gender and p.culture != a.culture]
    b = others[k % len(others)]
    c = [p for p in others if p != b][(k + 3) % (len(others) - 1)]
    ra = _pick(WITNESS_ROLES73, k)
    rb = _pick(WITNESS_ROLES73, k + 5)
    return X(a, b, c, ra, rb, _lm(b, k), _lm(c, k + 1), m, k)


def _gen(
    prefix: str, shapes: int, build: Callable[[X, int], Out], n: int = 250
) -> Callable[[], Iterator[Case]]:
    def gen() -> Iterator[Case]:
        combos = itertools.product(PEOPLE73, range(shapes), ALLMARKS73, range(3))
        for a, shape, m, r in sample(combos, n, prefix):
            k = _k(PEOPLE73.index(a), shape, r)
            text, expects, people, others, forbidden = build(_slot(a, m, k), shape)
            yield _case(f"{prefix}-{shape}", text, expects, people, others, forbidden=forbidden)

    return unique_texts(gen)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout73.{name}", group, description, gen)


# --- 1. witnesses -------------------------------------------------------------------------------------------


def _witnesses(x: X, s: int) -> Out:
    a, ra, t = x.a, x.ra, x.ta
    others = [x.com, x.inq, ra.body]
    q, q2, c = x.q(0, "."), x.q(0, ","), x.cl()
    if s == 0:
        text = f"{a.full}, {ra.after}, told {x.com} on {x.day}: {q}"
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 1:
        text = f"{q2} {a.full}, {ra.after}, told the committee."
        return text, [_d(q2, a, t)], (a,), others, ()
    if s == 2:
        text = f"{a.full}, {ra.after}, testified that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 3:
        text = f"In written testimony submitted to {x.com}, {a.full}, {ra.after}, said {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 4:
        text = (
            f"{q2} {a.full} testified on {x.day}. "
            f"{a.last}, {ra.after}, appeared before {x.com} with two lawyers."
        )
        return text, [_d(q2, a, t)], (a,), others, ()
    if s == 5:
        text = f"Testifying before {x.com}, {a.full}, {ra.after}, said: {q}"
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 6:
        q3 = x.q(3, ".")
        text = (
            f"{a.full}, {ra.after}, said in testimony on {x.day} that {c}. "
            f"{_cap(a.pronoun)} told lawmakers: {q3}"
        )
        return text, [_r(text, c, a, t), _d(q3, a, t)], (a,), others, ()
    if s == 7:
        text = _article(
            f"{a.full}, {ra.after}, gave evidence to {x.inq} on {x.day}.", f"{q2} {a.pronoun} said."
        )
        return text, [_d(q2, a, t)], (a,), others, ()
    text = f"Appearing before {x.com} by video link, {a.full}, {ra.after}, told lawmakers {c}."
    return text, [_r(text, c, a, t)], (a,), others, ()


# --- 2. under questioning -----------------------------------------------------------------------------------


def _questioning(x: X, s: int) -> Out:
    a, b, ra, t = x.a, x.b, x.ra, x.ta
    others = [x.com, ra.body]
    q, c, topic = x.q(1, "."), x.cl(1), _pick(TOPICS73, x.k)
    people = (a, b)
    if s == 0:
        text = f"Under questioning from {b.full}, {x.lb.after}, {a.full}, {ra.after}, said: {q}"
        return text, [_d(q, a, t)], people, others, ()
    if s == 1:
        text = f"Questioned by {b.full} about {topic}, {a.full}, {ra.after}, said {c}."
        return text, [_r(text, c, a, t)], people, others, ()
    if s == 2:
        text = f"Pressed by {b.full} on {topic}, {a.full}, {ra.after}, told the committee: {q}"
        return text, [_d(q, a, t)], people, others, ()
    if s == 3:
        text = f"Under sharp questioning from {b.full}, {a.full}, {ra.after}, acknowledged that {c}."
        return text, [_r(text, c, a, t)], people, others, ()
    if s == 4:
        q2 = x.q(1, ",")
        text = f"{q2} {a.full}, {ra.after}, said in response to a question from {b.full}."
        return text, [_d(q2, a, t)], people, others, ()
    if s == 5:
        an = x.ans(0, ".")
        text = f"Asked by {b.full} about {topic}, {a.full}, {ra.after}, replied: {an}"
        return text, [*tolerate(text, f"about {topic}", (b.full,)), _d(an, a, t)], people, others, ()
    if s == 6:
        an = x.ans(1)
        text = f"{b.full}, {x.lb.after}, pressed {a.full}, {ra.after}, on the timeline. {an} {a.last} said."
        return text, [_d(an, a, t)], people, others, ()
    if s == 7:
        text = f"{b.full} questioned {a.full}, {ra.after}, for more than an hour. {a.last} told {b.last}: {q}"
        return text, [_d(q, a, t)], people, others, ()
    text = f"During questioning by {b.full}, {x.lb.after}, {a.full}, {ra.after}, conceded that {c}."
    return text, [_r(text, c, a, t)], people, others, ()


# --- 3. chairs and questioners ------------------------------------------------------------------------------


def _chairs(x: X, s: int) -> Out:
    """*b* chairs or questions; *a* is the witness."""
    a, b, ra = x.a, x.b, x.ra
    qn, rem = x.qn(), x.rem()
    com = x.com
    tc = Contains(("chair", "committee"))
    tcom = Contains(("chair", _core(com)))
    others = [com, ra.body]
    people = (a, b)
    if s == 0:
        text = f"{qn} asked {b.full}, the committee's {_chair(b)}."
        return text, [_d(qn, b, tc)], people, others, ()
    if s == 1:
        text = f"{b.full}, who chairs {com}, pressed {a.full}, {ra.after}: {qn}"
        return text, [_d(qn, b, tcom)], people, others, ()
    if s == 2:
        an = x.ans(2)
        text = f"{qn} {b.full} asked {a.full}. {an} {a.last} replied."
        return text, [_d(qn, b), _d(an, a)], people, others, ()
    if s == 3:
        text = f"{b.full}, {x.lb.after}, told {a.full}: {rem}"
        return text, [_d(rem, b, x.lb.title)], people, others, ()
    if s == 4:
        text = f"Opening the hearing on {x.day}, {b.full}, the {_chair(b)} of {com}, said: {rem}"
        return text, [_d(rem, b, tcom)], people, others, ()
    if s == 5:
        rem2 = x.rem(1, ",")
        text = f"{rem2} said {b.full}, {x.lb.after}."
        return text, [_d(rem2, b, x.lb.title)], (b,), others, ()
    if s == 6:
        rem2 = x.rem(2, ",")
        text = f"{b.full}, {x.lb.after}, accused {a.full} of dodging the question. {rem2} {b.pronoun} said."
        act = tolerate(text, f"{a.full} of dodging the question", (b.full,))
        return text, [*act, _d(rem2, b, x.lb.title)], people, others, ()
    if s == 7:
        text = f"{a.full}, {ra.after}, paused. {qn} {b.full}, {x.lb.after}, pressed."
        return text, [_d(qn, b, x.lb.title)], people, others, ()
    text = f"{b.full}, the {_chair(b)} of {com}, said {b.pronoun} was not satisfied. {qn} {b.pronoun} asked."
    clause = f"{b.pronoun} was not satisfied"
    return text, [_r(text, clause, b, tcom), _d(qn, b, tcom)], (b,), others, ()


# --- 4. exchanges -------------------------------------------------------------------------------------------


def _exchanges(x: X, s: int) -> Out:
    """*b* asks, *a* answers; *c* (a lawmaker) cuts in."""
    a, b, c, ra = x.a, x.b, x.c, x.ra
    qn, an = x.qn(1), x.ans(3)
    others = [x.com, ra.body]
    people = (a, b)
    if s == 0:
        text = f"{qn} asked {b.full}, {x.lb.after}. {an} said {a.full}, {ra.after}."
        return text, [_d(qn, b, x.lb.title), _d(an, a, x.ta)], people, others, ()
    if s == 1:
        an2 = x.ans(3, ".")
        text = _article(
            f"{b.full}, {x.lb.after}, questioned {a.full}, {ra.after}, on {x.day}.",
            f"{b.last}: {qn}",
            f"{a.last}: {an2}",
        )
        return text, [_d(qn, b, x.lb.title), _d(an2, a, x.ta)], people, others, ()
    if s == 2:
        qn2, an2 = x.qn(4), x.ans(5)
        text = f"{qn} {b.full} asked. {an} {a.full} replied. {qn2} {b.last} asked. {an2} {a.last} said."
        return text, [_d(qn, b), _d(an, a), _d(qn2, b), _d(an2, a)], people, others, ()
    if s == 3:
        an2 = x.ans(3, ".")
        text = f"{b.full}, {x.lb.after}, asked {a.full}, {ra.after}: {qn} {_cap(a.pronoun)} answered: {an2}"
        return text, [_d(qn, b, x.lb.title), _d(an2, a, x.ta)], people, others, ()
    if s == 4:
        text = f"{a.full}, {ra.after}, was asked by {b.full}: {qn} {an} {a.last} said."
        return text, [_d(qn, b), _d(an, a, x.ta)], people, others, ()
    if s == 5:
        an2 = x.ans(3, ".")
        text = f"{qn} {b.full} asked {a.full}, {ra.after}. After a long pause, {a.pronoun} said: {an2}"
        return text, [_d(qn, b), _d(an2, a, x.ta)], people, others, ()
    if s == 6:
        rem = x.rem(3)
        text = (
            f"{qn} asked {b.full}, {x.lb.after}. {an} said {a.full}, {ra.after}. "
            f"{c.full}, {x.lc.after}, cut in: {rem}"
        )
        exp = [_d(qn, b, x.lb.title), _d(an, a, x.ta), _d(rem, c, x.lc.title)]
        return text, exp, (a, b, c), others, ()
    text = f"{an} {a.full}, {ra.after}, said when {b.full} asked who had signed the contract."
    asked = tolerate(text, "who had signed the contract", (b.full,))
    return text, [_d(an, a, x.ta), *asked], people, others, ()


# --- 5. lawmakers -------------------------------------------------------------------------------------------


def _lawmakers(x: X, s: int) -> Out:
    """*b* is a lawmaker who speaks; *a* a witness named in some shapes."""
    a, b = x.a, x.b
    state, abbr = _pick(STATES73, x.k)
    short = abbr.rstrip(".")
    town = _pick(TOWNS73, x.k)
    rem, rem2, c = x.rem(0, "."), x.rem(1, ","), x.cl(2)
    com = x.com
    others = [com, x.ra.body]
    if s == 0:
        text = f"Rep. {b.full}, D-{abbr}, said: {rem}"
        return text, [_d(rem, b, Contains(("Rep", short)))], (b,), others, ()
    if s == 1:
        text = f"{rem2} said Sen. {b.full}, R-{abbr}, as {a.full} waited to testify."
        return text, [_d(rem2, b, Contains(("Sen", short)))], (a, b), others, ()
    if s == 2:
        text = f"Senator {b.full}, a Republican from {state}, said {c}."
        return text, [_r(text, c, b, Contains(("Senator", state)))], (b,), others, ()
    if s == 3:
        text = f"{b.full}, the Labour MP for {town}, told {a.full}: {rem}"
        return text, [_d(rem, b, Contains(("Labour", "MP", town)))], (a, b), others, ()
    if s == 4:
        text = f"{b.full}, the Conservative MP for {town}, said that {c}."
        return text, [_r(text, c, b, Contains(("Conservative", "MP", town)))], (b,), others, ()
    if s == 5:
        text = f"Rep. {b.full} (D-{abbr}) said {c}."
        return text, [_r(text, c, b, Contains(("Rep", short)))], (b,), others, ()
    if s == 6:
        role = b.kin("congresswoman", "congressman")
        qn = x.qn(2)
        text = f"{b.full}, a Democratic {role} from {state}, asked {a.full}: {qn}"
        return text, [_d(qn, b, Contains((role, state)))], (a, b), others, ()
    if s == 7:
        text = f"Senator {b.full} of {state} said: {rem}"
        return text, [_d(rem, b, Contains(("Senator", state)))], (b,), others, ()
    text = f"{b.full}, the ranking Republican on {com}, said {c}."
    return text, [_r(text, c, b, Contains(("Republican", _core(com))))], (b,), others, ()


# --- 6. inquiry counsel, chairs and judges ------------------------------------------------------------------


def _counsel(x: X, s: int) -> Out:
    """*b* is counsel, chair or judge; *a* the witness."""
    a, b, ra = x.a, x.b, x.ra
    inq = x.inq
    qn, rem, c = x.qn(3), x.rem(4), x.cl(3)
    tci = Contains(("counsel", "inquiry"))
    others = [inq, ra.body]
    people = (a, b)
    if s == 0:
        text = f"{a.full}, {ra.after}, took the stand. Counsel to the inquiry, {b.full}, asked: {qn}"
        return text, [_d(qn, b, tci)], people, others, ()
    if s == 1:
        text = f"{b.full} KC, counsel to {inq}, asked {a.full}: {qn}"
        return text, [_d(qn, (b.full, f"{b.full} KC"), Contains(("counsel", _core(inq))))], people, others, ()
    if s == 2:
        an = x.ans(4)
        text = (
            f"{a.full}, {ra.after}, was questioned by {b.full}, counsel to the inquiry. {an} {a.last} said."
        )
        return text, [_d(an, a, x.ta)], people, others, ()
    if s == 3:
        hon = b.kin("Dame", "Sir")
        text = f"The inquiry's {_chair(b)}, {hon} {b.full}, said: {rem}"
        return text, [_d(rem, b, Contains(("chair", "inquiry")))], (b,), others, ()
    if s == 4:
        text = f"Judge {b.full}, who is leading {inq}, said that {c}."
        return text, [_r(text, c, b, Contains(("judge",)))], (b,), others, ()
    if s == 5:
        an = x.ans(5)
        text = f"{qn} {b.full}, counsel to the inquiry, asked {a.full}. {an} {a.pronoun} replied."
        return text, [_d(qn, b, tci), _d(an, a)], people, others, ()
    if s == 6:
        text = f"{b.full}, counsel for the families, put it to {a.full}, {ra.after}, that {c}."
        return text, [_r(text, c, b, Contains(("counsel", "families")))], people, others, ()
    if s == 7:
        text = f"In {b.poss} closing remarks, {b.full}, who chairs {inq}, said: {rem}"
        return text, [_d(rem, b, Contains(("chair", _core(inq))))], (b,), others, ()
    text = f"{a.full}, {ra.after}, told {inq} on {x.day} that {c}."
    return text, [_r(text, c, a, x.ta)], (a,), others, ()


# --- 7. documents in evidence -------------------------------------------------------------------------------


def _documents(x: X, s: int) -> Out:
    """*a* wrote it; *b* received or read it."""
    a, b, ra = x.a, x.b, x.ra
    e, e2 = x.m.q(_pick(EMAILS73, x.k) + "."), x.m.q(_pick(EMAILS73, x.k + 1) + ",")
    c = x.cl(4)
    others = [x.inq, x.com, ra.body]
    people = (a, b)
    if s == 0:
        text = f"An email from {a.full}, {ra.after}, to {b.full}, shown to {x.inq} on {x.day}, read: {e}"
        return text, [_d(e, a, x.ta)], people, others, ()
    if s == 1:
        text = f"In a message to {b.full} read out at the hearing, {a.full}, {ra.after}, wrote: {e}"
        return text, [_d(e, a, x.ta)], people, others, ()
    if s == 2:
        text = f"{e2} {a.full} wrote in an email to colleagues, which was shown to the committee on {x.day}."
        return text, [_d(e2, a)], (a,), others, ()
    if s == 3:
        text = _article(
            f"An email shown to {x.inq} on {x.day} read: {e}",
            f"{a.full}, {ra.after}, said {a.pronoun} had never seen it.",
        )
        clause = f"{a.pronoun} had never seen it"
        # key fix: the unlinked email may come out as the document's own phrase (kind other), as an unnamed
        # source stands for itself
        return text, [*tolerate(text, e, ("email",)), _r(text, clause, a, x.ta)], (a,), others, ()
    if s == 4:
        text = f"A memo written by {a.full}, {ra.after}, and shown to {x.com} warned that {c}."
        return text, [_r(text, c, a, x.ta)], (a,), others, ()
    if s == 5:
        text = f"{b.full}, {x.lb.after}, read aloud from an email {a.full} had sent in 2021: {e}"
        return text, [_d(e, a)], people, others, ()
    if s == 6:
        text = f"The email, sent by {a.full} on the night of the collapse, said: {e}"
        return text, [_d(e, a)], (a,), others, ()
    text = (
        f"{a.full}, {ra.after}, told the inquiry that {c}. "
        f"An email {a.pronoun} sent to {b.full} a week later said: {e}"
    )
    return text, [_r(text, c, a, x.ta), _d(e, a, x.ta)], people, others, ()


# --- 8. sworn statements ------------------------------------------------------------------------------------


def _sworn(x: X, s: int) -> Out:
    a, ra, t = x.a, x.ra, x.ta
    sw = _pick(SWORN73, x.k)
    q, q2 = x.q(4, "."), x.q(4, ",")
    others = [x.inq, ra.body]
    if s == 0:
        text = f"In a sworn statement to {x.inq}, {a.full}, {ra.after}, said {sw}."
        return text, [_r(text, sw, a, t)], (a,), others, ()
    if s == 1:
        text = f"{_poss(a.full)} affidavit, filed on {x.day}, states that {sw}."
        return text, [_r(text, sw, a)], (a,), others, ()
    if s == 2:
        text = f"In an affidavit, {a.full}, {ra.after}, said: {q}"
        return text, [_d(q, a, t)], (a,), others, ()
    if s == 3:
        text = f"{a.full}, {ra.after}, said in a witness statement that {sw}."
        return text, [_r(text, sw, a, t)], (a,), others, ()
    if s == 4:
        text = f"{q2} {a.full} said in a written statement to the inquiry."
        return text, [_d(q2, a)], (a,), others, ()
    if s == 5:
        text = f"In sworn testimony on {x.day}, {a.full}, {ra.after}, acknowledged that {sw}."
        return text, [_r(text, sw, a, t)], (a,), others, ()
    if s == 6:
        text = f"{a.full}, {ra.after}, swore in an affidavit that {sw}."
        return text, [_r(text, sw, a, t)], (a,), others, ()
    if s == 7:
        text = f"According to a sworn statement from {a.full}, {ra.after}, {sw}."
        return text, [_r(text, sw, a, t)], (a,), others, ()
    text = f"{a.full}, {ra.after}, told the inquiry under oath: {q}"
    return text, [_d(q, a, t)], (a,), others, ()


# --- 9. refusals --------------------------------------------------------------------------------------------


def _refusals(x: X, s: int) -> Out:
    a, b, ra = x.a, x.b, x.ra
    topic = _pick(TOPICS73, x.k)
    others = [x.inq, x.com, ra.body]
    if s == 0:
        text = f"{a.full}, {ra.after}, declined to comment."
        return text, tolerate(text, "declined to comment", (a.full,)), (a,), others, ()
    if s == 1:
        text = f"{a.full}, {ra.after}, declined to answer questions about {topic}."
        return (
            text,
            tolerate(text, f"declined to answer questions about {topic}", (a.full,)),
            (a,),
            others,
            (),
        )
    if s == 2:
        rem = x.rem(5)
        text = f"{a.full}, {ra.after}, declined to comment on {x.day}. {b.full}, {x.lb.after}, said: {rem}"
        exp = [*tolerate(text, "declined to comment", (a.full,)), _d(rem, b, x.lb.title)]
        return text, exp, (a, b), others, ()
    if s == 3:
        text = f"{a.full}, {ra.after}, invoked the right not to incriminate {_self(a)} and did not testify."
        region = f"invoked the right not to incriminate {_self(a)}"
        return text, tolerate(text, region, (a.full,)), (a,), others, ()
    if s == 4:
        text = f"{a.full}, {ra.after}, left the hearing without speaking. {_cap(ra.body)} did not respond."
        actors = (ra.body, _core(ra.body))
        return text, tolerate(text, "did not respond", actors), (a,), [x.inq, x.com], ()
    if s == 5:
        clause = f"{a.pronoun} could not discuss it while {x.inq} was sitting"
        text = f"Asked about {topic}, {a.full}, {ra.after}, said {clause}."
        return text, [_r(text, clause, a, x.ta)], (a,), others, ()
    if s == 6:
        c = x.cl(5)
        text = f"{a.full}, {ra.after}, refused to say whether {c}."
        return text, tolerate(text, f"whether {c}", (a.full,)), (a,), others, ()
    q = x.q(5)
    text = f"{q} {a.full}, {ra.after}, said, before declining to answer further questions."
    return (
        text,
        [_d(q, a, x.ta), *tolerate(text, "declining to answer further questions", (a.full,))],
        (a,),
        others,
        (),
    )


# --- 10. controls -------------------------------------------------------------------------------------------


def _controls(x: X, s: int) -> Out:
    a, b, ra, m = x.a, x.b, x.ra, x.m
    bill, rep = _pick(BILLS73, x.k), _pick(REPORTS73, x.k)
    code, nick = _pick(CODENAMES73, x.k), _pick(NICKNAMES73, x.k)
    others = [x.inq, x.com, ra.body]
    if s == 0:
        text = f"{_cap(x.com)} will vote on the {m.q(bill)} bill on {x.day}."
        return text, [], (), others, (bill,)
    if s == 1:
        text = f"{_cap(x.inq)} published its final report, {m.q(rep)}, on {x.day}."
        return text, [], (), others, (rep,)
    if s == 2:
        text = f"Investigators ran the operation under the code name {m.q(code)} for two years."
        return text, [], (), others, (code,)
    if s == 3:
        text = f"{a.full}, known to colleagues as {m.q(nick)}, arrived at the hearing shortly after nine."
        return text, [], (a,), others, (nick,)
    if s == 4:
        text = f"The hearing was adjourned until {x.day} after {a.full}, {ra.after}, fell ill."
        return text, [], (a,), others, ()
    if s == 5:
        text = f"{a.full}, {ra.after}, will give evidence to {x.inq} on {x.day}."
        return text, [], (a,), others, ()
    if s == 6:
        q = x.q(6)
        text = f"{b.full}, {x.lb.after}, sponsored the {m.q(bill)} bill. {q} {b.pronoun} said on {x.day}."
        return text, [_d(q, b, x.lb.title)], (b,), others, (bill,)
    if s == 7:
        outlet = _pick(OUTLETS73, x.k)
        text = f"Documents seen by {outlet} refer to the plan only as {m.q(code)}."
        return text, [], (), [*others, outlet], (code,)
    if s == 8:
        text = f"The report, titled {m.q(rep)}, runs to 400 pages and names {a.full} eleven times."
        return text, [], (a,), others, (rep,)
    q = x.q(7)
    text = (
        f"Lawmakers nicknamed {a.full} {m.q(nick)} after {a.poss} first appearance. "
        f"{q} {a.last} said on {x.day}."
    )
    return text, [_d(q, a)], (a,), others, (nick,)


# --- 11. pronouns -------------------------------------------------------------------------------------------


def _pronouns(x: X, s: int) -> Out:
    """*a* and *b* (other genders); *c* of *b*'s gender."""
    a, b, c, ra, rb = x.a, x.b, x.c, x.ra, x.rb
    q, qd = x.q(8), x.q(8, ".")
    others = [x.com, ra.body, rb.body]
    if s == 0:
        text = f"{a.full}, {ra.after}, and {b.full}, {rb.after}, testified on {x.day}. {q} {a.pronoun} said."
        return text, [_d(q, a, x.ta)], (a, b), others, ()
    if s == 1:
        text = f"{b.full} questioned {a.full}, {ra.after}, for an hour. {_cap(a.pronoun)} told {b.obj}: {qd}"
        return text, [_d(qd, a, x.ta)], (a, b), others, ()
    if s == 2:
        text = f"{b.full} and {c.full} questioned {a.full}, {ra.after}, in turn. {q} {a.pronoun} said."
        return text, [_d(q, a, x.ta)], (a, b, c), others, ()
    if s == 3:
        r1, cl = f"{b.full} had never raised the matter", x.cl(6)
        text = f"{a.full}, {ra.after}, said {r1}. {_cap(a.pronoun)} added that {cl}."
        return text, [_r(text, r1, a, x.ta), _r(text, cl, a, x.ta)], (a, b), others, ()
    if s == 4:
        an = x.ans(6)
        text = f"{b.full}, {x.lb.after}, asked {a.full}, {ra.after}, about the audit. {an} {a.pronoun} said."
        return text, [_d(an, a, x.ta)], (a, b), others, ()
    if s == 5:
        r1 = f"{a.pronoun} had told {b.full} about the leak in March"
        text = f"{a.full}, {ra.after}, said {r1}. {b.last}, {rb.after}, disagreed. {q} {b.pronoun} said."
        return text, [_r(text, r1, a, x.ta), _d(q, b, x.tb)], (a, b), others, ()
    if s == 6:
        text = (
            f"{a.full}, {ra.after}, faced {b.full}, {x.lb.after}, across the table. "
            f"{q} {a.pronoun} told {b.obj}."
        )
        return text, [_d(q, a, x.ta)], (a, b), others, ()
    r1 = f"{b.pronoun} did not believe {a.full}"
    text = f"{b.full}, {x.lb.after}, said {r1}. {q} {b.pronoun} said. {c.full} nodded."
    return text, [_r(text, r1, b, x.lb.title), _d(q, b, x.lb.title)], (a, b, c), others, ()


# --- 12. second references ----------------------------------------------------------------------------------


def _second(x: X, s: int) -> Out:
    a, b, ra, rb = x.a, x.b, x.ra, x.rb
    q, q2 = x.q(9), x.q(12)
    intro = f"{a.full}, {ra.after}, testified before {x.com} on {x.day}."
    others = [x.com, ra.body, rb.body]
    if s == 0:
        text = f"{intro} {q} {ra.short} said."
        return text, [_d(q, a, x.ta)], (a,), others, ()
    if s == 1:
        text = f"{intro} {q} {a.last} told the committee."
        return text, [_d(q, a, x.ta)], (a,), others, ()
    if s == 2:
        text = f"{intro} {q} the witness said."
        return text, [_d(q, a, x.ta)], (a,), others, ()
    if s == 3:
        text = f"{intro} {q} {_mr(a)} {a.last} said."
        return text, [_d(q, a, x.ta)], (a,), others, ()
    if s == 4:
        text = (
            f"{a.full}, {ra.after}, and {b.full}, {rb.after}, gave evidence on {x.day}. "
            f"{q} {a.last} said. {q2} {rb.short} said."
        )
        return text, [_d(q, a, x.ta), _d(q2, b, x.tb)], (a, b), others, ()
    if s == 5:
        c = x.cl(7)
        text = f"{intro} Under questioning, the witness acknowledged that {c}."
        return text, [_r(text, c, a, x.ta)], (a,), others, ()
    if s == 6:
        text = _article(
            intro,
            "The hearing ran for more than four hours and was briefly suspended after a fire alarm.",
            f"{q} {a.last} said.",
        )
        return text, [_d(q, a, x.ta)], (a,), others, ()
    text = f"{intro} {b.full}, {x.lb.after}, asked {a.obj} about the budget. {q} {ra.short} said."
    return text, [*tolerate(text, "about the budget", (b.full,)), _d(q, a, x.ta)], (a, b), others, ()


# --- 13. split quotations -----------------------------------------------------------------------------------


def _splits(x: X, s: int) -> Out:
    a, b, ra, m = x.a, x.b, x.ra, x.m
    p1, p2 = _pick(SPLITS73, x.k)
    h1, h2 = m.q(p1 + ","), m.q(p2 + ".")
    intro = f"{a.full}, {ra.after}, gave evidence to {x.com} on {x.day}."
    others = [x.com, ra.body]
    title: TitleSpec = x.ta
    people: Sequence[Person] = (a,)
    if s == 0:
        text = f"{h1} {a.full}, {ra.after}, told the committee, {h2}"
    elif s == 1:
        text = f"{h1} said {a.full}, {ra.after}, {h2}"
    elif s == 2:
        text = f"{intro} {h1} {a.last} said, {h2}"
    elif s == 3:
        text = f"{h1} {a.full} testified, {h2}"
        title = ANY
    elif s == 4:
        text = f"{a.full}, {ra.after}, and {b.full} sat side by side. {h1} {a.pronoun} said, {h2}"
        people = (a, b)
    elif s == 5:
        text = f"{intro} {h1} the witness said, {h2}"
    else:
        text = f"{h1} {a.full} told {b.full}, {x.lb.after}, {h2}"
        title = ANY
        people = (a, b)
    return text, _groups(text, (h1, h2), a, title), people, others, ()


# --- 14. indirect reports -----------------------------------------------------------------------------------


def _indirect(x: X, s: int) -> Out:
    a, b, ra, t = x.a, x.b, x.ra, x.ta
    c = x.cl(8)
    others = [x.com, ra.body]
    verbs = ("denied", "acknowledged", "admitted", "told lawmakers", "conceded under questioning")
    if s < len(verbs):
        text = f"{a.full}, {ra.after}, {verbs[s]} that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 5:
        text = f"{a.full}, {ra.after}, insisted {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    if s == 6:
        text = f"{a.full}, {ra.after}, maintained that {c}, a claim {b.full} disputed."
        return text, [_r(text, c, a, t)], (a, b), others, ()
    if s == 7:
        text = f"{a.full}, {ra.after}, denied on {x.day} that {c}."
        return text, [_r(text, c, a, t)], (a,), others, ()
    r2 = f"{b.pronoun} did not accept {_poss(a.last)} account"
    text = f"{a.full}, {ra.after}, told the committee that {c}. {b.full}, {x.lb.after}, said {r2}."
    return text, [_r(text, c, a, t), _r(text, r2, b, x.lb.title)], (a, b), others, ()


HELD_OUT_73: tuple[Capability, ...] = (
    _named(
        "witnesses",
        "6",
        "NAME told COMMITTEE; testified; in written testimony; by video link",
        _gen("ho73-wit", 9, _witnesses),
    ),
    _named(
        "under_questioning",
        "4",
        "Under questioning from OTHER, NAME said; Pressed by OTHER; in response to a question",
        _gen("ho73-uq", 9, _questioning),
    ),
    _named(
        "chairs_questioners",
        "4",
        "asked NAME, the committee's chairwoman; NAME, who chairs X, pressed",
        _gen("ho73-chair", 9, _chairs),
    ),
    _named(
        "exchanges",
        "4",
        "a question and an answer in turn; surname labels; was asked by OTHER:",
        _gen("ho73-ex", 8, _exchanges),
    ),
    _named(
        "lawmakers",
        "6",
        "Rep. NAME, D-Ohio; Senator NAME, a Republican from X; the Labour MP for X",
        _gen("ho73-lm", 9, _lawmakers),
    ),
    _named(
        "counsel_judges",
        "6",
        "counsel to the inquiry; NAME KC; Sir NAME; Judge NAME; put it to OTHER that",
        _gen("ho73-cj", 9, _counsel),
    ),
    _named(
        "documents",
        "5",
        "an email from NAME shown to the inquiry read; a memo written by NAME",
        _gen("ho73-doc", 8, _documents),
    ),
    _named(
        "sworn_statements",
        "5",
        "sworn statement; affidavit; witness statement; under oath",
        _gen("ho73-sw", 9, _sworn),
    ),
    _named(
        "refusals",
        "8",
        "declined to comment; declined to answer; invoked the right; refused to say whether",
        _gen("ho73-ref", 8, _refusals, 262),
    ),
    _named(
        "controls",
        "8",
        "bill names, report titles, code names, nicknames; schedules",
        _gen("ho73-ctl", 10, _controls, 270),
    ),
    _named(
        "pronouns",
        "4",
        "two or three people of both genders; she said; He told her",
        _gen("ho73-pr", 8, _pronouns),
    ),
    _named(
        "second_references",
        "4",
        "the chief executive said; SURNAME; the witness; Ms SURNAME",
        _gen("ho73-sr", 8, _second),
    ),
    _named("split_quotes", "3", '"C1," NAME told the committee, "c2."', _gen("ho73-split", 7, _splits, 240)),
    _named(
        "indirect_reports",
        "3",
        "denied that; acknowledged that; insisted C; conceded under questioning",
        _gen("ho73-ind", 9, _indirect),
    ),
)
