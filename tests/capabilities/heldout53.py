"""Fifty-third held-out round: capabilities written at commit ``75910109`` by a helper (``hcap59``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout53data.py``: thirty-two invented people of Estonian,
Brazilian, Hungarian, Ewe, Kazakh, Chilean, Flemish, Sicilian, Algerian, Norwegian, German, Japanese,
Ukrainian, English, Irish and Dutch origin, each with a gender and an age, names with a hyphen, a particle or
an apostrophe among them; companies, unions, councils, ministries, a port authority, a charity, a regulator,
a hospital trust, a university, a club, a tenants' association and a police force, each with two posts its
people hold; courts, newspapers, a radio station and news agencies; straight and curly double marks and
British curly single marks; the words of statements, releases, letters and rulings, reported clauses,
findings of reports, claims of lawsuits, pointed fragments, titles of statements and documents nobody quotes,
topics and days) as a round of STATEMENTS, RELEASES AND DOCUMENTS AS NEWS REPORTS THEM: every case is a short
passage (one to four sentences) with one to three people and one to three bodies, and every quotation checks
the content (the marks and the words inside them for a direct quotation; the reported clause, with or without
its *that*, for an indirect one; the clause with its marked fragment for a mixed one), the kind, the canonical
name of the person or body and, whenever the text states one, the title with `Contains` of the role noun and
the body, with `wrong_speakers` for every other person, body, court, outlet and agency on the page.

Conventions (the README's for bodies and documents): a statement, release, filing, report, memo, letter or
ruling speaks for its author or issuer when the text links them (*a report by BODY*, *the letter, signed by
NAME, ROLE*, *the statement, read by LAWYER on NAME's behalf*); when a person is named as its author or
signer, the speaker is that person, with the title stated; when only a body is named, the body; a later *the
statement said*, *it added* or *the ruling said* is the author's again; the one who reads out, obtains,
publishes or sees a document (a lawyer reading a client's statement, an outlet or agency that obtained a
memo) never speaks its words; an unnamed spokesperson speaks for the body (the key accepts the body, or the
phrase itself as an unnamed source); a press office speaks for its ministry (the ministry or the office); a
mayor's office is the office, not the mayor; two bodies (or people) credited together with *a joint
statement* are one speaker, the two names joined (`A; B`, either's article kept or not), and neither alone;
a court ruling is the judge's when a judge wrote it, the court's when only the court is named. Controls:
*declined to comment*, *did not respond to a request for comment* and *has not commented publicly* are
tolerated as the refuser's report or as none (the convention since round 46), never another's; *could not be
reached*, a statement's or a document's title in marks and a document named but not quoted report nothing.
Key fixes after the one run (no case weakened for quotex's sake): a subject-verb typo in a fragment (*the new
rules was*), *a*/*an* before a body's name, and speech-act sentences tolerated as their actor's report or as
none, as rounds 42 to 47 key them (*BODY denied the claims in a filing*, *NAME criticised the decision*, a
judge who *dismissed the case* or *rejected the request*, and *Neither BODY nor NAME* as one refusing
subject).

1. statements in their channels: `said in a statement`, `in an emailed statement`, `in a statement posted on
   its website`, `on social media`, `in a written statement`, by a person with a title or by a body
   (`said_in_statement`);
2. press releases: `according to a press release from BODY`, `C, according to a press release issued by
   BODY`, `said in a news release`, `The release quoted NAME, its ROLE, as saying` (`press_releases`);
3. spokespeople: `a spokesperson for BODY said`, `A BODY spokeswoman said`, `NAME, a spokeswoman for BODY,
   said in an email`, `BODY spokesperson NAME said`, `who asked not to be named` (`spokespeople`);
4. filings and lawsuits: `BODY said in a court filing`, `In a filing with the COURT, BODY argued`, `The
   lawsuit, filed by NAME, claims`, `The complaint alleges`, `"C," the filing said` (`filings_legal`);
5. reports: `A report by BODY, published on DAY, concludes that`, `The review found`, `The report, written by
   NAME, ROLE, says:`, `C, a report by BODY concludes.` (`reports_conclude`);
6. memos and letters: `The memo, sent to staff by NAME, ROLE, and obtained by OUTLET, says`, `The letter,
   signed by NAME, ROLE, reads:`, `In a letter to OTHER, NAME wrote that` (`memos_letters`);
7. joint statements: `A and B said in a joint statement`, `the two unions said`, `they added`, two people's
   joint statement (`joint_statements`);
8. statements read on someone's behalf: `In a statement read by her lawyer, NAME2, NAME said`, `NAME2 read a
   statement from NAME:`, `read out on his behalf`; the lawyer's own words to reporters (`read_on_behalf`);
9. statements continued: `"C1," BODY said in a statement. "C2," it added.`, `the statement said`, `The
   statement added:`, `the statement went on` after another person's sentence (`statement_continued`);
10. signer against body: `according to a statement signed by NAME, ROLE of BODY`, `a statement from BODY`,
    `signed by its ROLE, NAME`, `issued by NAME on behalf of BODY` (`signer_vs_body`);
11. press offices: `the ministry's press office said`, `the press office of BODY`, `the government press
    office`, `the mayor's office said` (`press_offices`);
12. court rulings: `Judge NAME of the COURT wrote in the ruling`, `NAME, a judge of the COURT, wrote:`, `the
    ruling said`, `the COURT said in its ruling` (`court_rulings`);
13. agencies and documents: `according to a draft plan from BODY seen by AGENCY`, `a copy of which was seen by
    AGENCY`, `AGENCY quoted the report as saying`, `told AGENCY` (`agencies_documents`);
14. controls: `declined to comment`, `did not respond to a request for comment`, `could not be reached`, `has
    not commented publicly`, `a statement titled "T"`, a document named but not quoted, beside one real
    quotation or none (`controls`).
"""

# The expectations are computed in the iteration that builds their text, so the loop variables they read are
# the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout53data import (
    AGENCIES53,
    ALLEGED53,
    BODIES53,
    CLAUSES53,
    COMPANIES53,
    COUNCILS53,
    COURTS53,
    DAYS53,
    DOC_NAMES53,
    DOC_TITLES53,
    FINDINGS53,
    FRAGS53,
    MARKS53,
    MINISTRIES53,
    OTHERS53,
    OUTLETS53,
    PEOPLE53,
    PERSONAL53,
    QUOTES53,
    RULINGS53,
    TOPICS53,
    TOWNS53,
    UNIONS53,
    Body,
)
from heldout_kit import Mark, Person, tolerate
from heldout_kit import cap as _cap
from heldout_kit import direct as _direct
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _report
from heldout_kit import that_report as _that_report

# --- slots --------------------------------------------------------------------------------------------------


@frozen
class Slot:
    """One case's fillers: the person, a person of the other gender, two bodies and their posts, the marks, a
    filler index, a day, a town, an outlet, an agency and a court."""

    p: Person
    o: Person
    b: Body
    b2: Body
    role: str
    role2: str
    m: Mark
    k: int
    day: str
    town: str
    outlet: tuple[str, str]
    agency: tuple[str, str]
    court: str
    #: A sentence naming another person, before a passage that names nobody (empty otherwise).
    lead: str = ""

    def q(self, end: str, step: int = 0) -> str:
        """A statement's words in the slot's marks, ending with *end* inside them."""
        return self.m.q(_pick(QUOTES53, self.k + step) + end)

    def pq(self, end: str, step: int = 0) -> str:
        """A person's own statement in the slot's marks."""
        return self.m.q(_pick(PERSONAL53, self.k + step) + end)

    def rq(self, end: str, step: int = 0) -> str:
        """A ruling's words in the slot's marks."""
        return self.m.q(_pick(RULINGS53, self.k + step) + end)

    @property
    def c(self) -> str:
        return _pick(CLAUSES53, self.k)

    @property
    def finding(self) -> str:
        return _pick(FINDINGS53, self.k)

    @property
    def frag(self) -> tuple[str, str]:
        return _pick(FRAGS53, self.k)


def _opposite(p: Person, step: int) -> Person:
    pool = [q for q in PEOPLE53 if q.gender != p.gender]
    return pool[step % len(pool)]


def _second(bodies: Sequence[Body], b: Body, step: int) -> Body:
    pool = [x for x in bodies if x != b]
    return pool[step % len(pool)]


def _slot(p: Person, m: Mark, k: int, bodies: Sequence[Body] = BODIES53) -> Slot:
    b = _pick(bodies, k)
    b2 = _second(BODIES53, b, k + 5)
    return Slot(
        p,
        _opposite(p, k + 3),
        b,
        b2,
        _pick(b.roles, k // 3),
        _pick(b2.roles, k // 5),
        m,
        k,
        _pick(DAYS53, k),
        _pick(TOWNS53, k + 1),
        _pick(OUTLETS53, k),
        _pick(AGENCIES53, k),
        _pick(COURTS53, k),
    )


# --- titles and names ---------------------------------------------------------------------------------------


def _prep(role: str) -> str:
    return "at" if " of " in f" {role} " or role in {"general counsel", "regional organiser"} else "of"


def _post(role: str, b: Body) -> str:
    """*role of the BODY* (or *at*)."""
    return f"{role} {_prep(role)} {b.the}"


def _t(role: str, b: Body) -> Contains:
    return Contains((role, b.name))


def _np(p: Person, role: str, b: Body, form: int) -> str:
    """A titled person as the subject phrase, set off by commas (a sentence's first word capitalised by the
    caller): *NAME, ROLE of BODY,* / *BODY's ROLE, NAME,* / *NAME, the ROLE of BODY,*."""
    form %= 3
    if form == 0:
        return f"{p.full}, {_post(role, b)},"
    if form == 1:
        return f"{_poss(b.the)} {role}, {p.full},"
    return f"{p.full}, the {_post(role, b)},"


def _spk(noun: str, b: Body) -> tuple[str, ...]:
    """An unnamed spokesperson speaks for the body, or stands for itself."""
    return (b.name, f"{noun} for {b.the}", f"{noun} for {b.name}", noun, f"{b.name} {noun}")


def _office(b: Body) -> tuple[str, ...]:
    """A press office speaks for its ministry, or stands for itself."""
    return (
        b.name,
        f"{_poss(b.name)} press office",
        f"{b.name}'s press office",
        f"press office of {b.the}",
        f"press office of {b.name}",
        "press office",
    )


def _joint(n1: str, n2: str) -> tuple[str, ...]:
    """Two bodies or people credited together: the names joined, either one's article kept or not."""
    out: list[str] = []
    for a, c in ((n1, n2), (n2, n1)):
        for sep in ("; ", " and "):
            out += [f"{a}{sep}{c}", f"{a}{sep}the {c}"]
    return tuple(out)


# --- expectations and cases ---------------------------------------------------------------------------------

_Out = tuple[str, list[Expect], Sequence[Person], Sequence[str], Sequence[str]]
_ShapeFn = Callable[[Slot, int], _Out]


def _names(who: Person | Body | tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(who, Person):
        return (who.full,)
    if isinstance(who, Body):
        return (who.name,)
    return who


def _dq(content: str, who: Person | Body | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return _direct(content, _names(who), title)


def _rq(text: str, clause: str, who: Person | Body | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return _that_report(text, clause, _names(who), title)


def _bare_rq(clause: str, who: Person | Body | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return _report(clause, _names(who), title)


def _mq(text: str, clause: str, who: Person | Body | tuple[str, ...], title: TitleSpec = ANY) -> Expect:
    return _mixed_report(text, clause, _names(who), title)


def _tol(text: str, sentence: str, *actors: Person | Body | str) -> list[Expect]:
    """A refusal's (or a speech act's) sentence: tolerated as the actor's report or as none."""
    names: list[str] = []
    for a in actors:
        if isinstance(a, str):
            names += [a, f"the {a}"]
        else:
            names += [a.full] if isinstance(a, Person) else [a.name, a.the]
    return tolerate(text, sentence, tuple(names))


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _case(template: str, out: _Out) -> Case:
    """A case: every quotation given to a person, body, court, outlet or agency its key does not accept is
    wrong."""
    text, expects, people, others, forbidden = out
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = {_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in (spec or ())}
        for w in people:
            if _bare(w.full) not in accepted:
                wrong.append((e.content, w.full))
        for o in others:
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout53.{name}", group, description, unique_texts(gen))


def _gen(
    seed: str, shapes: int, shape: _ShapeFn, *, bodies: Sequence[Body] = BODIES53, n: int = 250, r: int = 3
) -> Callable[[], Iterator[Case]]:
    """Cases of *shape* 0..shapes-1 over every person, mark and *r* variants: a deterministic sample of
    *n*."""

    def gen() -> Iterator[Case]:
        combos = itertools.product(range(len(PEOPLE53)), range(shapes), range(len(MARKS53)), range(r))
        for pi, s, mi, ri in sample(combos, n, seed):
            k = _k(pi, s, mi, ri)
            x = _slot(PEOPLE53[pi], MARKS53[mi], k, bodies)
            out = shape(x, s)
            if not out[2]:
                x = attrs.evolve(x, lead=_ctx(x) + " ")
                text, expects, _, others, forbidden = shape(x, s)
                out = (text, expects, (x.o,), [*others, x.b2.name], forbidden)
            yield _case(f"{seed}-{s}", out)

    return gen


def _out(
    text: str,
    expects: list[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    forbidden: Sequence[str] = (),
) -> _Out:
    return text, expects, people, others, forbidden


def _ctx(x: Slot) -> str:
    """A sentence naming the other person that reports nothing."""
    o, b2 = x.o, x.b2
    forms = (
        f"{o.full}, {_post(x.role2, b2)}, was not at the meeting.",
        f"The dispute began after {o.full} wrote to councillors in {x.town}.",
        f"{o.full}, {_post(x.role2, b2)}, had raised the matter in {x.town} last month.",
        f"{o.full} chaired the public meeting in {x.town} on {x.day}.",
        f"Residents in {x.town} first contacted {o.full}, a local councillor, in the spring.",
    )
    return _pick(forms, x.k // 2)


# --- 1. statements in their channels ------------------------------------------------------------------------


def _channel(x: Slot, owner: str) -> str:
    chans = (
        "in a statement",
        "in an emailed statement",
        f"in a statement posted on {owner} website",
        "in a statement on social media",
        "in a written statement",
        f"in a statement released on {x.day}",
        "in a brief statement",
    )
    return _pick(chans, x.k // 2)


def _said_in_statement(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    t, t2 = _t(x.role, b), _t(x.role2, b2)
    ctx = _ctx(x)
    everyone = [b.name, b2.name]
    if s == 0:
        text = f"{x.lead}{ctx} {b.The} said {_channel(x, 'its')} that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (o,), everyone)
    if s == 1:
        q = x.q(",")
        text = f"{x.lead}{q} {b.the} said {_channel(x, 'its')}. {ctx}"
        return _out(text, [_dq(q, b)], (o,), everyone)
    if s == 2:
        q = x.q(".")
        text = f"{x.lead}{_cap(_np(p, x.role, b, x.k))} said {_channel(x, p.poss)}: {q}"
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    if s == 3:
        text = f"{x.lead}In a statement on {x.day}, {_np(p, x.role, b, x.k)} said that {x.c}."
        return _out(text, [_rq(text, x.c, p, t)], (p,), everyone)
    if s == 4:
        obj, frag = x.frag
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{x.lead}{b.The} said {_channel(x, 'its')} that {clause}. {ctx}"
        return _out(text, [_mq(text, clause, b)], (o,), everyone)
    if s == 5:
        q = x.q(",")
        text = f"{x.lead}{q} said {p.full}, {_post(x.role, b)}, {_channel(x, p.poss)}."
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    if s == 6:
        q = x.q(".")
        text = (
            f"{x.lead}{_cap(_np(p, x.role2, b2, x.k))} did not attend the hearing. In a statement, {b.the} "
            f"said: {q}"
        )
        return _out(text, [_dq(q, b)], (p,), everyone)
    if s == 7:
        q = x.q(",")
        text = f"{x.lead}{b.The} posted a statement on its website on {x.day}. {q} it said."
        return _out(text, [_dq(q, b)], (), everyone)
    if s == 8:
        text = f"{x.lead}{_cap(_np(p, x.role, b, x.k + 1))} said in a statement on social media that {x.c}."
        return _out(text, [_rq(text, x.c, p, t)], (p,), everyone)
    q = x.q(".", 5)
    text = (
        f"{x.lead}{_cap(_np(p, x.role, b, x.k))} said in a statement that {x.c}. "
        f"{_cap(_np(o, x.role2, b2, x.k + 1))} said in an emailed statement: {q}"
    )
    return _out(text, [_rq(text, x.c, p, t), _dq(q, o, t2)], (p, o), everyone)


# --- 2. press releases --------------------------------------------------------------------------------------


def _press_releases(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    t = _t(x.role, b)
    ctx = _ctx(x)
    everyone = [b.name, b2.name]
    if s == 0:
        text = f"{x.lead}According to a press release from {b.the}, {x.c}. {ctx}"
        return _out(text, [_bare_rq(x.c, b)], (o,), everyone)
    if s == 1:
        text = f"{x.lead}{_cap(x.c)}, according to a press release issued by {b.the} on {x.day}."
        return _out(text, [_bare_rq(_cap(x.c), b)], (), everyone)
    if s == 2:
        text = f"{x.lead}{ctx} {b.The} said in a press release that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (o,), everyone)
    if s == 3:
        q = x.q(",")
        text = f"{x.lead}{q} {b.the} said in a news release on {x.day}."
        return _out(text, [_dq(q, b)], (), everyone)
    if s == 4:
        q = x.q(".")
        text = f"{x.lead}A press release issued by {b.the} on {x.day} said: {q} {ctx}"
        return _out(text, [_dq(q, b)], (o,), everyone)
    if s == 5:
        text = f"{x.lead}In a release on {x.day}, {b.the} announced that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (), everyone)
    if s == 6:
        q = x.q(".")
        text = (
            f"{x.lead}The press release, issued by {b.the} on {x.day}, quoted {p.full}, its {x.role}, as "
            f"saying: {q}"
        )
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    obj, frag = x.frag
    clause = f"{obj} was {x.m.q(frag)}"
    text = f"{x.lead}{b.The} said in a press release that {clause}."
    return _out(text, [_mq(text, clause, b)], (), everyone)


# --- 3. spokespeople ----------------------------------------------------------------------------------------


def _a(word: str) -> str:
    """*word* after its indefinite article (*an Ostmere*, *a Tarnby*)."""
    return f"an {word}" if word[:1] in "AEIOU" else f"a {word}"


def _spoke(p: Person) -> str:
    return p.kin("spokeswoman", "spokesman")


def _spokespeople(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    ctx = _ctx(x)
    everyone = [b.name, b2.name]
    if s == 0:
        q = x.q(",")
        text = f"{x.lead}{ctx} {q} a spokesperson for {b.the} said."
        return _out(text, [_dq(q, _spk("spokesperson", b))], (o,), everyone)
    if s == 1:
        noun = _spoke(p)
        text = f"{x.lead}{_cap(_a(b.name))} {noun} said {x.c}. {ctx}"
        return _out(text, [_rq(text, x.c, _spk(noun, b))], (o,), everyone)
    if s == 2:
        q = x.q(".")
        text = f"{x.lead}{p.full}, a {_spoke(p)} for {b.the}, said in an email: {q}"
        return _out(text, [_dq(q, p, Contains((_spoke(p), b.name)))], (p,), everyone)
    if s == 3:
        text = f"{x.lead}{b.name} spokesperson {p.full} said that {x.c}."
        return _out(text, [_rq(text, x.c, p, Contains(("spokesperson", b.name)))], (p,), everyone)
    if s == 4:
        q = x.q(",")
        text = f"{x.lead}{q} said {p.full}, a {_spoke(p)} for {b.the}, in a statement."
        return _out(text, [_dq(q, p, Contains((_spoke(p), b.name)))], (p,), everyone)
    if s == 5:
        text = f"{x.lead}A spokesperson for {b.the}, who asked not to be named, said that {x.c}."
        return _out(text, [_rq(text, x.c, _spk("spokesperson", b))], (), everyone)
    if s == 6:
        q = x.q(".")
        topic = _pick(TOPICS53, x.k)
        text = f"{x.lead}Asked about {topic}, a spokesperson for {b.the} said: {q}"
        return _out(text, [_dq(q, _spk("spokesperson", b))], (), everyone)
    q = x.q(".", 3)
    text = f"{x.lead}{_cap(_np(p, x.role, b, x.k))} said that {x.c}. A spokesperson for {b2.the} said: {q}"
    return _out(text, [_rq(text, x.c, p, _t(x.role, b)), _dq(q, _spk("spokesperson", b2))], (p,), everyone)


# --- 4. filings and lawsuits --------------------------------------------------------------------------------


def _filings_legal(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    court = x.court
    vp = _pick(ALLEGED53, x.k)
    everyone = [b.name, b2.name, court]
    if s == 0:
        text = f"{x.lead}{b.The} said in a court filing on {x.day} that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (), everyone)
    if s == 1:
        text = f"{x.lead}In a filing with the {court}, {b.the} argued that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (), everyone)
    if s == 2:
        clause = f"{b.the} {vp}"
        text = f"{x.lead}The lawsuit, filed by {p.full} in the {court} on {x.day}, claims that {clause}."
        return _out(text, [_rq(text, clause, p)], (p,), everyone)
    if s == 3:
        clause = f"the {b.noun} {vp}"
        text = f"{x.lead}{p.full} is suing {b.the}. The complaint alleges that {clause}."
        return _out(text, [_rq(text, clause, p)], (p,), everyone)
    if s == 4:
        clause = f"the {b2.noun} {vp}"
        text = (
            f"{x.lead}According to the complaint, filed by {b.the} against {b2.the} in the {court}, {clause}."
        )
        return _out(text, [_bare_rq(clause, b)], (), everyone)
    if s == 5:
        q = x.q(",")
        denial = f"{b.The} denied the claims in a filing on {x.day}."
        text = f"{x.lead}{denial} {q} the filing said."
        return _out(text, [_dq(q, b), *_tol(text, denial, b)], (), everyone)
    if s == 6:
        clause = f"{b2.the} {vp}"
        text = (
            f"{x.lead}{b.The} filed a lawsuit against {b2.the} on {x.day}. The lawsuit claims that {clause}."
        )
        return _out(text, [_rq(text, clause, b)], (), everyone)
    q = x.q(",")
    text = f"{x.lead}{q} {b.the} said in a filing with the {court}. {_ctx(x)}"
    return _out(text, [_dq(q, b)], (o,), everyone)


# --- 5. reports ---------------------------------------------------------------------------------------------


def _reports_conclude(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    f = x.finding
    everyone = [b.name, b2.name]
    if s == 0:
        text = f"{x.lead}A report by {b.the}, published on {x.day}, concludes that {f}."
        return _out(text, [_rq(text, f, b)], (), everyone)
    if s == 1:
        text = f"{x.lead}{b.The} published its annual review on {x.day}. The review found that {f}. {_ctx(x)}"
        return _out(text, [_rq(text, f, b)], (o,), everyone)
    if s == 2:
        q = x.q(".")
        text = f"{x.lead}The report, written by {p.full}, {_post(x.role, b)}, says: {q}"
        return _out(text, [_dq(q, p, _t(x.role, b))], (p,), everyone)
    if s == 3:
        text = f"{x.lead}According to a report from {b.the}, {f}."
        return _out(text, [_bare_rq(f, b)], (), everyone)
    if s == 4:
        text = f"{x.lead}{_cap(f)}, a report by {b.the} concludes."
        return _out(text, [_bare_rq(_cap(f), b)], (), everyone)
    if s == 5:
        q = x.q(".")
        topic = _pick(TOPICS53, x.k).removeprefix("the ")
        text = f"{x.lead}The report by {b.the} on the {topic} concludes: {q}"
        return _out(text, [_dq(q, b)], (), everyone)
    if s == 6:
        obj, frag = x.frag
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{x.lead}In its report, {b.the} said that {clause}."
        return _out(text, [_mq(text, clause, b)], (), everyone)
    text = f"{x.lead}A report by {b.the} concluded that {f}. {b2.The} said in response that {x.c}."
    return _out(text, [_rq(text, f, b), _rq(text, x.c, b2)], (), everyone)


# --- 6. memos and letters -----------------------------------------------------------------------------------


def _memos_letters(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    t = _t(x.role, b)
    outlet, oname = x.outlet
    everyone = [b.name, b2.name, oname]
    if s == 0:
        text = (
            f"{x.lead}The memo, sent to staff by {p.full}, {_post(x.role, b)}, on {x.day} and obtained by "
            f"{outlet}, "
            f"says that {x.c}."
        )
        return _out(text, [_rq(text, x.c, p, t)], (p,), everyone)
    if s == 1:
        q = x.q(".")
        text = f"{x.lead}A memo from {b.the}, obtained by {outlet}, says: {q}"
        return _out(text, [_dq(q, b)], (), everyone)
    if s == 2:
        q = x.q(".")
        text = f"{x.lead}The letter, signed by {p.full}, {_post(x.role, b)}, reads: {q}"
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    if s == 3:
        text = (
            f"{x.lead}In a letter to {o.full}, {_post(x.role2, b2)}, {p.full}, {_post(x.role, b)}, wrote "
            f"that {x.c}."
        )
        return _out(text, [_rq(text, x.c, p, t)], (p, o), everyone)
    if s == 4:
        q = x.q(",")
        text = (
            f"{x.lead}{_cap(outlet)} obtained a copy of the memo, which was written by {p.full}, "
            f"{_post(x.role, b)}. {q} the memo says."
        )
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    if s == 5:
        text = (
            f"{x.lead}A letter signed by {p.full}, {_post(x.role, b)}, and sent to {b2.the} on {x.day} says "
            f"that {x.c}."
        )
        return _out(text, [_rq(text, x.c, p, t)], (p,), everyone)
    if s == 6:
        obj, frag = x.frag
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{x.lead}An internal email from {b.the}, seen by {outlet}, said that {clause}."
        return _out(text, [_mq(text, clause, b)], (), everyone)
    q = x.q(",")
    text = f"{x.lead}{q} {p.full}, {_post(x.role, b)}, wrote in a letter to members on {x.day}."
    return _out(text, [_dq(q, p, t)], (p,), everyone)


# --- 7. joint statements ------------------------------------------------------------------------------------

_GROUPS = (COMPANIES53, UNIONS53, COUNCILS53, MINISTRIES53)


def _joint_statements(x: Slot, s: int) -> _Out:
    p, o = x.p, x.o
    group = _pick(_GROUPS, x.k)
    b1 = _pick(group, x.k // 4)
    b2 = _second(group, b1, x.k // 3)
    b3 = _pick(OTHERS53, x.k)
    both = _joint(b1.name, b2.name)
    everyone = [b1.name, b2.name, b3.name]
    pair = f"{b1.the} and {b2.the}"
    if s == 0:
        text = f"{x.lead}{_cap(pair)} said in a joint statement that {x.c}."
        return _out(text, [_rq(text, x.c, both)], (), everyone)
    if s == 1:
        q = x.q(",")
        text = f"{x.lead}{q} {pair} said in a joint statement on {x.day}."
        return _out(text, [_dq(q, both)], (), everyone)
    if s == 2:
        q = x.q(",")
        text = f"{x.lead}{_cap(pair)} issued a joint statement on {x.day}. {q} the two {b1.plural} said."
        return _out(text, [_dq(q, both)], (), everyone)
    if s == 3:
        q = x.q(".")
        text = f"{x.lead}In a joint statement, {pair} said: {q}"
        return _out(text, [_dq(q, both)], (), everyone)
    if s == 4:
        r1, r2 = _pick(b1.roles, x.k), _pick(b2.roles, x.k + 1)
        text = (
            f"{x.lead}{p.full}, {_post(r1, b1)}, and {o.full}, {_post(r2, b2)}, said in a joint statement "
            f"that {x.c}."
        )
        return _out(text, [_rq(text, x.c, _joint(p.full, o.full))], (p, o), everyone)
    if s == 5:
        q = x.q(".", 4)
        r3 = _pick(b3.roles, x.k)
        text = (
            f"{x.lead}{_cap(pair)} said in a joint statement that {x.c}. {p.full}, {_post(r3, b3)}, said: {q}"
        )
        return _out(text, [_rq(text, x.c, both), _dq(q, p, _t(r3, b3))], (p,), everyone)
    if s == 6:
        obj, frag = x.frag
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{x.lead}The joint statement from {pair} said that {clause}."
        return _out(text, [_mq(text, clause, both)], (), everyone)
    q = x.q(",", 2)
    text = f"{x.lead}{_cap(pair)} said in a joint statement that {x.c}. {q} they added."
    return _out(text, [_rq(text, x.c, both), _dq(q, both)], (), everyone)


# --- 8. statements read on someone's behalf -----------------------------------------------------------------


def _read_on_behalf(x: Slot, s: int) -> _Out:
    p, lw, b = x.p, x.o, x.b
    t = Contains(("former", x.role, b.name))
    who = f"{p.full}, the former {_post(x.role, b)},"
    court = x.court
    everyone = [b.name, court]
    people = (p, lw)
    if s == 0:
        q = x.pq(".")
        text = (
            f"{x.lead}In a statement read by {p.poss} lawyer, {lw.full}, outside the {court}, {who} said: {q}"
        )
        return _out(text, [_dq(q, p, t)], people, everyone)
    if s == 1:
        q = x.pq(".")
        text = (
            f"{x.lead}{_cap(who)} did not speak at the hearing. {lw.full}, {p.poss} lawyer, read a "
            f"statement on "
            f"{p.poss} behalf: {q}"
        )
        return _out(text, [_dq(q, p, t)], people, everyone)
    if s == 2:
        q = x.pq(".")
        text = f"{x.lead}A statement from {who} read out by {lw.full} after the verdict, said: {q}"
        return _out(text, [_dq(q, p, t)], people, everyone)
    if s == 3:
        q = x.pq(".")
        text = f"{x.lead}Outside the {court}, {lw.full} read a statement from {who.rstrip(',')}: {q}"
        return _out(text, [_dq(q, p, t)], people, everyone)
    if s == 4:
        q = x.pq(",")
        text = f"{x.lead}{q} {p.full} said in a statement read by {lw.full}, {p.poss} solicitor."
        return _out(text, [_dq(q, p)], people, everyone)
    if s == 5:
        text = f"{x.lead}In a statement read on {p.poss} behalf by {lw.full}, {who} said that {x.c}."
        return _out(text, [_rq(text, x.c, p, t)], people, everyone)
    if s == 6:
        q = x.pq(".")
        text = f"{x.lead}{lw.full} read out a statement on behalf of {who} who was not in court. It said: {q}"
        return _out(text, [_dq(q, p, t)], people, everyone)
    q = x.q(".", 6)
    text = (
        f"{x.lead}{_cap(who)} left the {court} without speaking. {_cap(p.poss)} lawyer, {lw.full}, told "
        f"reporters: {q}"
    )
    return _out(text, [_dq(q, lw, Contains("lawyer"))], people, everyone)


# --- 9. statements continued --------------------------------------------------------------------------------


def _statement_continued(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    t = _t(x.role, b)
    everyone = [b.name, b2.name]
    q1, q2 = x.q(","), x.q(",", 7)
    if s == 0:
        text = f"{x.lead}{q1} {b.the} said in a statement. {q2} it added."
        return _out(text, [_dq(q1, b), _dq(q2, b)], (), everyone)
    if s == 1:
        text = f"{x.lead}{b.The} said in a statement on {x.day} that {x.c}. {q2} the statement said."
        return _out(text, [_rq(text, x.c, b), _dq(q2, b)], (), everyone)
    if s == 2:
        q = x.q(".", 7)
        text = (
            f"{x.lead}{_cap(_np(p, x.role, b, x.k))} said in a statement that {x.c}. The statement added: {q}"
        )
        return _out(text, [_rq(text, x.c, p, t), _dq(q, p, t)], (p,), everyone)
    if s == 3:
        q = x.q(".")
        text = f"{x.lead}In a statement, {b.the} said: {q} It added that {x.c}."
        return _out(text, [_dq(q, b), _rq(text, x.c, b)], (), everyone)
    if s == 4:
        act = f"{_cap(_np(o, x.role2, b2, x.k))} criticised the decision."
        text = f"{x.lead}{b.The} said in a statement that {x.c}. {act} {q2} the statement went on."
        return _out(text, [_rq(text, x.c, b), _dq(q2, b), *_tol(text, act, o)], (o,), everyone)
    if s == 5:
        text = f"{x.lead}{b.The} released a statement on {x.day}. {q1} the statement said. {q2} it continued."
        return _out(text, [_dq(q1, b), _dq(q2, b)], (), everyone)
    if s == 6:
        text = (
            f"{x.lead}{q1} {p.full}, {_post(x.role, b)}, said in an emailed statement. The statement also "
            f"said that {x.c}."
        )
        return _out(text, [_dq(q1, p, t), _rq(text, x.c, p, t)], (p,), everyone)
    obj, frag = x.frag
    clause = f"{obj} was {x.m.q(frag)}"
    q = x.q(".", 7)
    text = f"{x.lead}{b.The} said in a statement that {clause}. The statement went on: {q}"
    return _out(text, [_mq(text, clause, b), _dq(q, b)], (), everyone)


# --- 10. signer against body --------------------------------------------------------------------------------


def _signer_vs_body(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    t = _t(x.role, b)
    everyone = [b.name, b2.name]
    if s == 0:
        text = f"{x.lead}According to a statement signed by {p.full}, {_post(x.role, b)}, {x.c}."
        return _out(text, [_bare_rq(x.c, p, t)], (p,), everyone)
    if s == 1:
        text = f"{x.lead}According to a statement from {b.the}, {x.c}. {_ctx(x)}"
        return _out(text, [_bare_rq(x.c, b)], (o,), everyone)
    if s == 2:
        text = (
            f"{x.lead}{b.The} said in a statement that {x.c}. The statement was signed by {p.full}, its "
            f"{x.role}."
        )
        return _out(text, [_rq(text, x.c, (b.name, p.full))], (p,), everyone)
    if s == 3:
        q = x.q(".")
        text = f"{x.lead}A statement issued by {p.full}, {_post(x.role, b)}, on behalf of the board said: {q}"
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    if s == 4:
        q = x.q(".")
        text = f"{x.lead}The statement from {b.the}, signed by its {x.role}, {p.full}, read: {q}"
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    if s == 5:
        q = x.q(",")
        text = f"{x.lead}{_ctx(x)} {b.The} issued a statement on {x.day}. {q} it said."
        return _out(text, [_dq(q, b)], (o,), everyone)
    if s == 6:
        q = x.q(",")
        text = f"{x.lead}{q} read the statement, which was signed by {p.full}, {_post(x.role, b)}."
        return _out(text, [_dq(q, p, t)], (p,), everyone)
    q = x.q(".")
    text = (
        f"{x.lead}A statement from {p.full}, {_post(x.role, b)}, posted on the {b.noun}'s website said: {q}"
    )
    return _out(text, [_dq(q, p, t)], (p,), everyone)


# --- 11. press offices --------------------------------------------------------------------------------------


def _mayor_office(p: Person) -> tuple[str, ...]:
    return ("mayor's office", "office of the mayor", f"{_poss(p.full)} office", f"office of {p.full}")


def _press_offices(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    everyone = [b.name, b2.name]
    if s == 0:
        text = f"{x.lead}{_poss(b.The)} press office said in a statement that {x.c}."
        return _out(text, [_rq(text, x.c, _office(b))], (), everyone)
    if s == 1:
        q = x.q(",")
        text = f"{x.lead}{q} the press office of {b.the} said. {_ctx(x)}"
        return _out(text, [_dq(q, _office(b))], (o,), everyone)
    if s == 2:
        q = x.q(".")
        text = (
            f"{x.lead}{_cap(_np(p, x.role, b, x.k))} did not comment. {_poss(b.The)} press office said: {q}"
        )
        return _out(text, [_dq(q, _office(b))], (p,), everyone)
    if s == 3:
        gov = ("government press office", "press office", "government")
        text = f"{x.lead}The government press office said on {x.day} that {x.c}."
        return _out(text, [_rq(text, x.c, gov)], (), everyone)
    if s == 4:
        text = f"{x.lead}In a statement posted on its website, {b.the} said that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (), everyone)
    if s == 5:
        obj, frag = x.frag
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{x.lead}A statement from {_poss(b.the)} press office on {x.day} said that {clause}."
        return _out(text, [_mq(text, clause, _office(b))], (), everyone)
    if s == 6:
        q = x.q(",")
        text = (
            f"{x.lead}{p.full}, the mayor of {x.town}, was abroad on {x.day}. {q} the mayor's office said "
            f"in a statement."
        )
        return _out(text, [_dq(q, _mayor_office(p))], (p,), everyone)
    q = x.q(".", 2)
    text = (
        f"{x.lead}{b.The} said in a statement on {x.day} that {x.c}. {_cap(_np(o, x.role2, b2, x.k))} said: "
        f"{q}"
    )
    return _out(text, [_rq(text, x.c, b), _dq(q, o, _t(x.role2, b2))], (o,), everyone)


# --- 12. court rulings --------------------------------------------------------------------------------------


def _court_rulings(x: Slot, s: int) -> _Out:
    p, o, b = x.p, x.o, x.b
    court = x.court
    tj = Contains(("judge", court))
    everyone = [b.name, court]
    if s == 0:
        text = f"{x.lead}Judge {p.full} of the {court} wrote in the ruling that {x.c}."
        return _out(text, [_rq(text, x.c, p, tj)], (p,), everyone)
    if s == 1:
        q = x.rq(",")
        text = f"{x.lead}{q} Judge {p.full} wrote in a 40-page ruling. {_ctx(x)}"
        return _out(text, [_dq(q, p, Contains("judge"))], (p, o), everyone)
    if s == 2:
        q = x.rq(".")
        text = f"{x.lead}In a ruling on {x.day}, {p.full}, a judge of the {court}, wrote: {q}"
        return _out(text, [_dq(q, p, tj)], (p,), everyone)
    if s == 3:
        q = x.rq(",", 3)
        text = f"{x.lead}The {court} ruled on {x.day} that {x.c}. {q} the ruling said."
        return _out(text, [_rq(text, x.c, (court,)), _dq(q, (court,))], (), everyone)
    if s == 4:
        act = f"{p.full}, a judge at the {court}, dismissed the case."
        text = f"{x.lead}{act} The ruling said that {x.c}."
        return _out(text, [_rq(text, x.c, (p.full, court), tj), *_tol(text, act, p)], (p,), everyone)
    if s == 5:
        obj, frag = x.frag
        clause = f"{obj} was {x.m.q(frag)}"
        text = f"{x.lead}Judge {p.full} said in the judgment that {clause}."
        return _out(text, [_mq(text, clause, p, Contains("judge"))], (p,), everyone)
    if s == 6:
        q = x.rq(",")
        act = f"Judge {p.full} rejected the request from {b.the}."
        text = f"{x.lead}{act} {q} {p.pronoun} wrote."
        return _out(text, [_dq(q, p, Contains("judge")), *_tol(text, act, p)], (p,), everyone)
    q = x.rq(",")
    text = f"{x.lead}{q} the {court} said in its ruling on the case brought by {b.the}."
    return _out(text, [_dq(q, (court,))], (), everyone)


# --- 13. agencies and documents -----------------------------------------------------------------------------


def _agencies_documents(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    t = _t(x.role, b)
    agency, aname = x.agency
    everyone = [b.name, b2.name, aname]
    if s == 0:
        text = f"{x.lead}According to a draft plan from {b.the} seen by {agency}, {x.c}."
        return _out(text, [_bare_rq(x.c, b)], (), everyone)
    if s == 1:
        text = (
            f"{x.lead}An internal report by {b.the}, a copy of which was seen by {agency}, says that "
            f"{x.finding}."
        )
        return _out(text, [_rq(text, x.finding, b)], (), everyone)
    if s == 2:
        q = x.q(".")
        text = f"{x.lead}The document, prepared by {b.the} and obtained by {agency}, says: {q}"
        return _out(text, [_dq(q, b)], (), everyone)
    if s == 3:
        text = f"{x.lead}In a letter seen by {agency}, {p.full}, {_post(x.role, b)}, wrote that {x.c}."
        return _out(text, [_rq(text, x.c, p, t)], (p,), everyone)
    if s == 4:
        text = f"{x.lead}{_cap(_a(b.name))} document seen by {agency} says that {x.finding}. {_ctx(x)}"
        return _out(text, [_rq(text, x.finding, b)], (o,), everyone)
    if s == 5:
        q = x.q(",")
        text = (
            f"{x.lead}{q} says a briefing note from {b.the} to its board, a copy of which {agency} has seen."
        )
        return _out(text, [_dq(q, b)], (), everyone)
    if s == 6:
        text = f"{x.lead}{_cap(agency)} quoted the report by {b.the} as saying that {x.finding}."
        return _out(text, [_rq(text, x.finding, b)], (), everyone)
    q = x.q(".")
    text = f"{x.lead}{_cap(_np(p, x.role, b, x.k))} told {agency}: {q}"
    return _out(text, [_dq(q, p, t)], (p,), everyone)


# --- 14. controls -------------------------------------------------------------------------------------------


def _controls(x: Slot, s: int) -> _Out:
    p, o, b, b2 = x.p, x.o, x.b, x.b2
    everyone = [b.name, b2.name]
    title = x.m.q(_pick(DOC_TITLES53, x.k))
    topic = _pick(TOPICS53, x.k)
    if s == 0:
        text = f"{x.lead}{_cap(_np(p, x.role, b, x.k))} declined to comment."
        return _out(text, _tol(text, text, p), (p,), everyone)
    if s == 1:
        sent = f"{b.The} did not respond to a request for comment on {x.day}."
        text = f"{x.lead}{_ctx(x)} {sent}"
        return _out(text, _tol(text, sent, b), (o,), everyone)
    if s == 2:
        text = f"{x.lead}{_cap(_np(p, x.role, b, x.k))} could not be reached for comment on {x.day}."
        return _out(text, [], (p,), everyone)
    if s == 3:
        text = f"{x.lead}{p.full} has not commented publicly on {topic}."
        return _out(text, _tol(text, text, p), (p,), everyone)
    if s == 4:
        text = f"{x.lead}{b.The} published a statement titled {title} on its website on {x.day}."
        return _out(text, [], (), everyone, (title,))
    if s == 5:
        text = f"{x.lead}{b.The} published {_pick(DOC_NAMES53, x.k)} on {x.day}. {_ctx(x)}"
        return _out(text, [], (o,), everyone)
    if s == 6:
        q = x.q(".")
        sent = f"{b2.The} declined to comment."
        text = f"{x.lead}{_cap(_np(p, x.role, b, x.k))} said in a statement: {q} {sent}"
        return _out(text, [_dq(q, p, _t(x.role, b)), *_tol(text, sent, b2)], (p,), everyone)
    if s == 7:
        text = (
            f"{x.lead}A document titled {title} was circulated to staff by {b.the} on {x.day}, but its "
            f"contents have "
            f"not been made public."
        )
        return _out(text, [], (), everyone, (title,))
    if s == 8:
        text = f"{x.lead}{b.The} said in a statement titled {title} that {x.c}."
        return _out(text, [_rq(text, x.c, b)], (), everyone, (title,))
    text = f"{x.lead}Neither {b.the} nor {p.full} responded to requests for comment on {topic}."
    return _out(text, _tol(text, text, b, p, f"Neither {b.the} nor {p.full}"), (p,), everyone)


# --- the round ----------------------------------------------------------------------------------------------

HELD_OUT_53 = (
    _named(
        "said_in_statement",
        "5",
        "said in a statement / an emailed statement / a statement posted on its website / on social media",
        _gen("ho53-stmt", 10, _said_in_statement, n=250, r=2),
    ),
    _named(
        "press_releases",
        "5",
        "according to a press release from BODY; said in a news release; the release quoted NAME as saying",
        _gen("ho53-rel", 8, _press_releases, n=290),
    ),
    _named(
        "spokespeople",
        "5",
        "a spokesperson for BODY said; A BODY spokeswoman said; NAME, a spokeswoman for BODY, said in email",
        _gen("ho53-spk", 8, _spokespeople, n=265),
    ),
    _named(
        "filings_legal",
        "5",
        "BODY said in a court filing; the lawsuit, filed by NAME, claims; the complaint alleges",
        _gen("ho53-fil", 8, _filings_legal, n=265),
    ),
    _named(
        "reports_conclude",
        "5",
        "a report by BODY concludes; the review found; the report, written by NAME, ROLE, says",
        _gen("ho53-rep", 8, _reports_conclude, n=290),
    ),
    _named(
        "memos_letters",
        "5",
        "the memo, obtained by OUTLET, says; the letter, signed by NAME, ROLE, reads; In a letter to OTHER",
        _gen("ho53-memo", 8, _memos_letters, n=250),
    ),
    _named(
        "joint_statements",
        "5",
        "A and B said in a joint statement; the two unions said; they added; two people's joint statement",
        _gen("ho53-joint", 8, _joint_statements, n=265),
    ),
    _named(
        "read_on_behalf",
        "5",
        "a statement read by her lawyer; read a statement from NAME; the lawyer's own words",
        _gen("ho53-read", 8, _read_on_behalf, n=245),
    ),
    _named(
        "statement_continued",
        "5",
        '"C," BODY said in a statement. "C2," it added; the statement said; the statement went on',
        _gen("ho53-cont", 8, _statement_continued, n=262),
    ),
    _named(
        "signer_vs_body",
        "5",
        "a statement signed by NAME, ROLE of BODY; a statement from BODY; signed by its ROLE, NAME",
        _gen("ho53-sign", 8, _signer_vs_body, n=252),
    ),
    _named(
        "press_offices",
        "5",
        "the ministry's press office said; the government press office; the mayor's office",
        _gen("ho53-office", 8, _press_offices, bodies=MINISTRIES53, n=272),
    ),
    _named(
        "court_rulings",
        "5",
        "Judge NAME of the COURT wrote in the ruling; the ruling said; the COURT said in its ruling",
        _gen("ho53-court", 8, _court_rulings, n=255),
    ),
    _named(
        "agencies_documents",
        "5",
        "a draft plan from BODY seen by AGENCY; a copy of which was seen by; AGENCY quoted the report",
        _gen("ho53-agency", 8, _agencies_documents, n=285),
    ),
    _named(
        "controls",
        "8",
        "declined to comment; did not respond; could not be reached; a statement titled T; a document named",
        _gen("ho53-ctl", 10, _controls, n=250, r=2),
    ),
)
