"""Sixty-fifth held-out round: capabilities written at commit ``3bd6fb9d`` by a helper (``hcap71``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout65data.py``: thirty-two invented people of many origins,
each with a gender and an age; sixteen posts with their affiliations (policy institutes, banks, a port
authority, a central bank, universities, a union, a town, an invented country and its ministry); bodies;
groups of unnamed sources; policies under discussion; reported clauses, quotations, pointed fragments, scare
terms, book titles, outlets, towns and narrative sentences) as a round of ANALYSIS AND EXPLAINERS, heavy on
indirect speech, written the way an analysis desk writes a news explainer: every case is a short passage (one
to five sentences, or a short explainer with question headings) with one to three people, and every quotation
checks the content, the kind, the canonical full name and, whenever the text states one, the title with
`Contains` of the role noun and the affiliation, with `wrong_speakers` for every other person, body, town and
outlet in the text.

Conventions (the README's): a reported clause is the content with or without its *that* (a reported
question with or without its *whether*); the content of a report fronted before its credit is the clause
itself; a mixed quote of the `called X "F"` kind is the object with the fragment or the fragment alone; an
unnamed or plural source (*critics of the reform*, *people familiar with the talks*) is keyed by its head
noun or its whole phrase; a report credited to a body's document (*according to a report by BODY*) is the
body's; in a nested report (*NAME said BODY had told him that C*) the outer report is NAME's and runs from
the inner source to the end, and a quotation of the inner clause given to the inner source (the nested
reading PolNeAR annotates) or to nobody is tolerated; *did not say whether*, *declined to say whether* and
*neither confirmed nor denied* report nothing (a quotation with no speaker is tolerated); a reporter's
*Asked whether C,* is tolerated with no speaker; *it is said that* and *it is widely assumed that* report
nobody's words (tolerated with no speaker); the writer's own statements, questions, headings, so-called
terms, nicknames and book titles are no quotations.

1. report verbs: `NAME, ROLE, argued that C.`, *has long maintained*, *conceded* without *that*, *warned on
   Tuesday that*, *suggested*, *told OUTLET that*, a fronted clause with `, NAME, ROLE, acknowledged.`,
   *believes*, *predicted* after a time phrase, *has argued for years* (`report_verbs`);
2. groups of unnamed sources: *critics of the reform say*, *supporters of the plan argue*, *economists at
   BODY estimate*, *people familiar with the talks said*, beside a named person who only backs a plan or
   speaks in marks (`group_sources`);
3. nested reports: `NAME said BODY had told him that C`, `NAME said OTHER had assured her that C`, *recalled
   that OTHER once told him*, *had been told by BODY that* (`nested_reports`);
4. reports in subordinate clauses: `Although NAME has said C, ...`, `As NAME noted last year, C.`, `While A
   has argued that C, B said C2.`, `..., although NAME had warned that C.`, `As NAME put it, C.`
   (`subordinate_reports`);
5. according-to frames: `According to NAME, ROLE, C.`, `C, according to NAME, ROLE.`, `C, according to a
   report by BODY.`, `According to estimates by BODY, C.`, a note a body sent to clients, people familiar
   (`according_to`);
6. denials and hedges: `NAME denied that C.`, *has repeatedly denied*, *did not say whether*, *declined to
   say whether*, *neither confirmed nor denied*, `Asked whether C, NAME would not comment.`, a denial
   answered by another's insistence (`denials_hedges`);
7. mixed quotes with short fragments: `NAME called X "F".`, `described X as "F"`, `what NAME has described
   as "F"`, `said X was "F"`, `In what NAME called "F", ...`, `dismissed X as "F"` (`mixed_fragments`);
8. reports over several clauses: `argued that C1 and that C2`, `said C1, and that C2`, `warned that C1
   because C2`, three *that* clauses, `C1, a view OTHER has rejected`, `said C1, even as BODY insisted
   that C2`, `She added that C2.` (`multi_clause`);
9. reported questions: *asked whether*, *questioned whether*, *wondered aloud whether*, *asked why*, *has
   asked how*, `A asked B, ROLE, whether C`, a reporter's `Asked whether C,` before an answer in marks
   (`reported_questions`);
10. titles with affiliations: `BODY ROLE NAME argued`, `BODY's ROLE, NAME, said`, `NAME, a former ROLE at
    BODY,`, `NAME of BODY said`, `ROLE at BODY since 2019`, a title after an inverted cue
    (`titles_affiliations`);
11. second references: surname, pronoun, `Ms`/`Mr` SURNAME and the short reference (*the economist*) after a
    titled first mention, with a second person of the other gender between (`second_references`);
12. two or three sources in one paragraph, each with its own stance: `A argued C1. B disagreed, saying C2.
    BODY, meanwhile, said C3.`, *critics, including NAME, say*, a semicolon between two reports
    (`competing_views`);
13. explainers with question headings (*What is X?*, *Who pays?*, *What happens next?*) around reports,
    a group's view and a quotation in marks (`explainer_articles`);
14. controls: the writer's own opinions, *it is said that*, *it is widely assumed that*, `the so-called
    "X"`, nicknames, a book in marks beside a real report, *wrote "BOOK"*, *Whether C remains unclear*
    (`controls`).
"""

# The expectations are computed in the iteration that builds each text, so the loop variables they read
# are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, unique_texts
from heldout65data import (
    BODIES65,
    BOOKS65,
    CLAUSES65,
    FRAGS65,
    GROUPS65,
    MARKS65,
    NARRATIVE65,
    OUTLETS65,
    PEOPLE65,
    QUOTES65,
    ROLES65,
    SCARE65,
    TOPICS65,
    TOWNS65,
    WHENS65,
    Role65,
)
from heldout_kit import Person, called_report, direct, one_of, report, segmented, tolerate
from heldout_kit import article as _article
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import mixed_report as _mixed_report
from heldout_kit import pick as _pick
from heldout_kit import that_report as _that_report

# --- fillers ------------------------------------------------------------------------------------------------


def _a(i: int) -> Person:
    return PEOPLE65[i % len(PEOPLE65)]


def _b(i: int, step: int) -> Person:
    """A person of the other gender than `_a(i)` (people alternate by gender)."""
    return PEOPLE65[(i + 2 * (step % 7) + 3) % len(PEOPLE65)]


def _c(i: int, step: int) -> Person:
    """A third person of `_a(i)`'s gender, neither `_a(i)` nor `_b(i, step)`."""
    return PEOPLE65[(i + 2 * (step % 5) + 6) % len(PEOPLE65)]


def _role2(n: int, taken: Role65) -> Role65:
    for step in range(len(ROLES65)):
        r = ROLES65[(n + 5 + step) % len(ROLES65)]
        if r.bare_body != taken.bare_body:
            return r
    raise ValueError("no second role")


def _cl(n: int) -> str:
    return CLAUSES65[n % len(CLAUSES65)]


def _cl2(n: int) -> str:
    return CLAUSES65[(n + 11) % len(CLAUSES65)]


def _cl3(n: int) -> str:
    return CLAUSES65[(n + 23) % len(CLAUSES65)]


def _qt(n: int) -> str:
    return QUOTES65[n % len(QUOTES65)]


def _t(role: Role65) -> Contains:
    return Contains(role.parts)


def _he(p: Person) -> str:
    return _cap(p.pronoun)


def _mr(p: Person) -> str:
    return "Ms" if p.gender == "f" else "Mr"


# --- expectations -------------------------------------------------------------------------------------------


def _bare(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


def _accepted(spec: NameSpec) -> set[str]:
    if spec is None:
        return set()
    return {_bare(spec)} if isinstance(spec, str) else {_bare(n) for n in spec}


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    tolerated: Sequence[Expect] = (),
    wrong: Sequence[tuple[str, str]] = (),
) -> Case:
    """A case: every quotation given to a person, body, town or outlet its key does not accept is wrong;
    *tolerated* quotations are accepted as they came out and add no wrong speakers."""
    pairs: list[tuple[str, str]] = list(wrong)
    for e in expects:
        accepted = _accepted(e.speaker)
        for p in people:
            if _bare(p.full) not in accepted:
                pairs.append((e.content, p.full))
        for o in others:
            if _bare(o) not in accepted:
                pairs.append((e.content, o))
    return Case("", template, text, [*expects, *tolerated], wrong_speakers=pairs)


def _rep(text: str, clause: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    """`... VERB (that) C`: the report with or without its conjunction."""
    return _that_report(text, clause, p, title)


def _whether(text: str, clause: str, p: Person, title: TitleSpec = ANY, word: str = "whether") -> Expect:
    """A reported question: the clause with or without its *whether* (or *why*, *how*)."""
    return report(one_of(text, (f"{word} {clause}", clause)), p, title)


def _group(n: int) -> tuple[str, tuple[str, ...]]:
    return GROUPS65[n % len(GROUPS65)]


def _body(n: int) -> tuple[str, tuple[str, ...]]:
    return BODIES65[n % len(BODIES65)]


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout65.{name}", group, description, unique_texts(gen))


# --- 1. report verbs ----------------------------------------------------------------------------------------


def report_verbs() -> Iterator[Case]:
    """Indirect reports with many verb forms after a titled name, fronted, and after a time phrase."""
    for s, i in itertools.product(range(10), range(24)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        t: TitleSpec = _t(ra)
        c = _cl(n)
        who = f"{a.full}, {ra.after},"
        outlet = _pick(OUTLETS65, n)
        others = [ra.bare_body]
        if s == 0:
            text = f"{who} argued that {c}."
        elif s == 1:
            text = f"{_pick(NARRATIVE65, n)} {who} has long maintained that {c}."
        elif s == 2:
            text = f"{who} conceded {c}."
        elif s == 3:
            text = f"{who} warned {_pick(WHENS65, n)} that {c}."
        elif s == 4:
            text = f"{_pick(NARRATIVE65, n)} {a.full} suggested {c}."
            t = None
        elif s == 5:
            text = f"{who} told {outlet} that {c}."
            others.append(outlet)
        elif s == 6:
            text = f"{_cap(c)}, {who} acknowledged."
            yield _case(f"verbs{s}", text, [report(_cap(c), a, t)], [a, b], others)
            continue
        elif s == 7:
            text = f"{who} believes {c}."
        elif s == 8:
            text = f"In an interview with {outlet} last month, {who} predicted that {c}."
            others.append(outlet)
        else:
            text = f"{who} has argued for years that {c}. {b.full} did not attend the hearing."
        yield _case(f"verbs{s}", text, [_rep(text, c, a, t)], [a, b], others)


# --- 2. groups of unnamed sources ---------------------------------------------------------------------------


def group_sources() -> Iterator[Case]:
    """Plural and unnamed sources of reports, beside a named person who backs a plan or speaks in marks."""
    verbs = (
        "say",
        "argue that",
        "said",
        "have warned that",
        "contend that",
        "believe",
        "insist that",
        "told",
    )
    for s, g, j in itertools.product(range(8), range(len(GROUPS65)), range(3)):
        n = _k(s, g, j)
        a = _a(n)
        ra = _pick(ROLES65, n)
        group, accepted = _group(g)
        c, topic = _cl(n), _pick(TOPICS65, n)
        verb = verbs[s]
        tol: list[Expect] = []
        others = [ra.bare_body, "Lowther Bay", "Brannock Bank"]
        m = _pick(MARKS65, n)
        if verb == "told":
            outlet = _pick(OUTLETS65, n)
            text = f"{_cap(group)} told {outlet} that {c}."
            others.append(outlet)
            yield _case(f"groups{s}", text, [_rep(text, c, accepted)], [a], others)
            continue
        if j == 0:
            text = f"{_cap(group)} {verb} {c}."
            exps = [_rep(text, c, accepted)]
        elif j == 1:
            text = f"{a.full}, {ra.after}, backs {topic}. {_cap(group)}, however, {verb} {c}."
            exps = [_rep(text, c, accepted)]
            # key fix: a stance verb's noun object (`backs the plan`) as the backer's report or none
            tol = tolerate(text, f"backs {topic}", (a.full,))
        else:
            q = m.q(_qt(n) + ",")
            text = (
                f"{_cap(topic)} has divided opinion. {_cap(group)} {verb} {c}. "
                f"{q} {a.full}, {ra.after}, said."
            )
            exps = [_rep(text, c, accepted), direct(q, a, _t(ra))]
        yield _case(f"groups{s}.{j}", text, exps, [a], others, tolerated=tol)


# --- 3. nested reports --------------------------------------------------------------------------------------


def nested_reports() -> Iterator[Case]:
    """`NAME said SOURCE had told him that C`: the outer report is NAME's; an inner one is tolerated."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        t, c = _t(ra), _cl(n)
        body, baccepted = _body(n + s)
        outlet = _pick(OUTLETS65, n)
        others = [ra.bare_body, outlet]
        if s % 4 == 0:
            inner, actors = f"{body} had told {a.obj}", baccepted
            text = f"{a.full}, {ra.after}, said {inner} that {c}."
        elif s % 4 == 1:
            inner, actors = f"{b.full} had assured {a.obj}", (b.full,)
            text = f"{a.full}, {ra.after}, said {inner} that {c}."
        elif s % 4 == 2:
            inner, actors = f"{b.full} once told {a.obj}", (b.full,)
            text = f"{a.full}, {ra.after}, recalled that {inner} that {c}."
        else:
            inner = f"officials at {body} had warned {a.obj}"
            actors = ("officials", f"officials at {body}", *baccepted)
            text = f"{a.full}, {ra.after}, told {outlet} that {inner} that {c}."
        if s >= 4:
            text = f"{_pick(NARRATIVE65, n)} {text}"
        outer = f"{inner} that {c}"
        exp = report(one_of(text, (f"that {outer}", outer)), a, t)
        tol = tolerate(text, f"that {c}", actors)
        tol = [e for e in tol if e.content != exp.content]
        wrong = [(inner, x) for x in actors]
        people = [a] if b.full in actors else [a, b]
        others = [o for o in others if _bare(o) not in {_bare(x) for x in actors}]
        yield _case(f"nested{s}", text, [exp], people, others, tolerated=tol, wrong=wrong)


# --- 4. reports in subordinate clauses ----------------------------------------------------------------------


def subordinate_reports() -> Iterator[Case]:
    """Reports inside *although*, *as*, *while*, *even though*, *since* and *if, as ... has claimed,*
    clauses."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, c, c2 = _t(ra), _cl(n), _cl2(n)
        topic = _pick(TOPICS65, n)
        others = [ra.bare_body]
        people = [a, b]
        if s == 0:
            text = f"Although {a.full}, {ra.after}, has said {c}, {topic} still goes to a vote next month."
            exps = [report(c, a, t)]
        elif s == 1:
            text = f"As {a.full} noted {_pick(WHENS65, n)}, {c}."
            exps = [report(c, a, None)]
        elif s == 2:
            text = f"While {a.full}, {ra.after}, has argued that {c}, {b.full}, {rb.after}, said {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, b, _t(rb))]
            others.append(rb.bare_body)
        elif s == 3:
            text = f"Even though {a.full} conceded that {c}, {a.pronoun} voted for {topic}."
            exps = [_rep(text, c, a, None)]
        elif s == 4:
            text = f"{_cap(topic)} passed easily, although {a.full}, {ra.after}, had warned that {c}."
            exps = [_rep(text, c, a, t)]
        elif s == 5:
            text = f"Since {a.full}, {ra.after}, first suggested that {c}, the idea has gained ground."
            exps = [_rep(text, c, a, t)]
        elif s == 6:
            text = f"As {a.full}, {ra.after}, put it in a speech last week, {c}."
            exps = [report(c, a, t)]
        else:
            text = f"If, as {a.full} has claimed, {c}, {topic} will need rethinking. {b.full} had no comment."
            exps = [report(c, a, None)]
        yield _case(f"subordinate{s}", text, exps, people, others)


# --- 5. according-to frames ---------------------------------------------------------------------------------


def according_to() -> Iterator[Case]:
    """`According to NAME, ROLE, C.`, `C, according to NAME, ROLE.`, a body's report, estimates and a
    note to clients, people familiar with the talks."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, c = _t(ra), _cl(n)
        body, baccepted = _body(n)
        topic = _pick(TOPICS65, n)
        others = [ra.bare_body]
        if s == 0:
            text = f"According to {a.full}, {ra.after}, {c}."
            exps = [report(c, a, t)]
        elif s == 1:
            text = f"{_cap(c)}, according to {a.full}, {ra.after}."
            exps = [report(_cap(c), a, t)]
        elif s == 2:
            text = f"{_pick(NARRATIVE65, n)} {_cap(c)}, according to a report by {body}."
            exps = [report(_cap(c), baccepted)]
        elif s == 3:
            text = f"According to estimates by {body}, {c}."
            exps = [report(c, baccepted)]
        elif s == 4:
            text = f"According to {a.full}, {c}. {b.full}, {rb.after}, disagreed."
            exps = [report(c, a, None)]
            others.append(rb.bare_body)
        elif s == 5:
            text = f"According to people familiar with the talks, {c}. {a.full} has not commented."
            exps = [report(c, ("people familiar with the talks", "people"))]
        elif s == 6:
            text = f"According to a note {body} sent to clients {_pick(WHENS65, n)}, {c}."
            exps = [report(c, baccepted)]
        else:
            text = f"{_cap(topic)} will cost more than planned, according to {a.full}, {ra.after}."
            exps = [report(f"{_cap(topic)} will cost more than planned", a, t)]
        bodies = [body] if s in (2, 3, 6) else []
        yield _case(f"according{s}", text, exps, [a, b], [*others, *[x for x in bodies if x not in others]])


# --- 6. denials and hedges ----------------------------------------------------------------------------------


def denials_hedges() -> Iterator[Case]:
    """*denied that* reports; *did not say whether*, *declined to say whether*, *neither confirmed nor
    denied* and a reporter's *Asked whether* report nothing."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, c, c2 = _t(ra), _cl(n), _cl2(n)
        m = _pick(MARKS65, n)
        others = [ra.bare_body]
        tol: list[Expect] = []
        exps: list[Expect] = []
        if s == 0:
            text = f"{a.full}, {ra.after}, denied that {c}."
            exps = [_rep(text, c, a, t)]
        elif s == 1:
            text = f"{_pick(NARRATIVE65, n)} {a.full} has repeatedly denied that {c}."
            exps = [_rep(text, c, a, None)]
        elif s == 2:
            text = f"{a.full}, {ra.after}, did not say whether {c}."
            tol = tolerate(text, f"whether {c}")
        elif s == 3:
            text = f"{a.full}, {ra.after}, declined to say whether {c}."
            tol = tolerate(text, f"whether {c}")
        elif s == 4:
            q = m.q(_qt(n) + ",")
            text = f"{a.full}, {ra.after}, denied that {c}. {q} {a.pronoun} said."
            exps = [_rep(text, c, a, t), direct(q, a, t)]
        elif s == 5:
            text = f"Asked whether {c}, {a.full}, {ra.after}, would not comment."
            tol = tolerate(text, f"whether {c}")
        elif s == 6:
            text = f"{a.full} denied that {c}, but {b.full}, {rb.after}, insisted that {c2}."
            exps = [_rep(text, c, a, None), _rep(text, c2, b, _t(rb))]
            others.append(rb.bare_body)
        else:
            text = f"{a.full}, {ra.after}, neither confirmed nor denied that {c}."
            tol = tolerate(text, f"that {c}")
        yield _case(f"denials{s}", text, exps, [a, b], others, tolerated=tol)


# --- 7. mixed quotes with short fragments -------------------------------------------------------------------


def mixed_fragments() -> Iterator[Case]:
    """Pointed fragments in marks: *called X "F"*, *described X as "F"*, *what NAME has described as "F"*,
    *said X was "F"*, *In what NAME called "F"*, *dismissed X as "F"*."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        t, c = _t(ra), _cl(n)
        m = _pick(MARKS65, n)
        frag = m.q(_pick(FRAGS65, n))
        topic = _pick(TOPICS65, n)
        body, _acc = _body(n)
        others = [ra.bare_body]
        tol: list[Expect] = []
        who = f"{a.full}, {ra.after},"
        if s == 0:
            text = f"{who} called {topic} {frag}."
            exps = [called_report(text, topic, frag, a, title=t)]
        elif s == 1:
            text = f"{who} described {topic} as {frag}."
            exps = [called_report(text, topic, frag, a, title=t, link=" as ")]
        elif s == 2:
            text = f"{_cap(topic)} amounts to what {who} has described as {frag} for the region."
            # key fix: the words after the fragment may be read as the speaker's too
            options = ((frag, ("mixed", "direct")), (f"{frag} for the region", ("mixed",)))
            exps = [segmented(text, options, a, t)]
        elif s == 3:
            text = f"{who} said {topic} was {frag}."
            exps = [_mixed_report(text, f"{topic} was {frag}", a, t)]
        elif s == 4:
            text = f"{who} argued that {c}. {a.last} called {topic} {frag}."
            exps = [_rep(text, c, a, t), called_report(text, topic, frag, a, title=t)]
        elif s == 5:
            text = f"In what {a.full} called {frag}, {body} agreed to review {topic}."
            exps = [segmented(text, ((frag, ("mixed", "direct")),), a, None)]
            others.append(body)
            # key fix: a body's agreement to act as its report or none
            tol = tolerate(text, f"agreed to review {topic}", _acc)
        elif s == 6:
            text = f"{who} dismissed {topic} as {frag}. {b.full} did not respond."
            exps = [called_report(text, topic, frag, a, title=t, link=" as ")]
        else:
            text = f"{a.full} said the move was {frag} and that {c}."
            exps = [_mixed_report(text, f"the move was {frag} and that {c}", a, None)]
        yield _case(f"fragments{s}", text, exps, [a, b], others, tolerated=tol)


# --- 8. reports over several clauses ------------------------------------------------------------------------


def multi_clause() -> Iterator[Case]:
    """Reports that run over two or three clauses, and where a report ends before the writer's words."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, c1, c2, c3 = _t(ra), _cl(n), _cl2(n), _cl3(n)
        body, baccepted = _body(n)
        outlet = _pick(OUTLETS65, n)
        others = [ra.bare_body]
        if s == 0:
            text = f"{a.full}, {ra.after}, argued that {c1} and that {c2}."
            exps = [_rep(text, f"{c1} and that {c2}", a, t)]
        elif s == 1:
            text = f"{a.full} said {c1}, and that {c2}."
            exps = [_rep(text, f"{c1}, and that {c2}", a, None)]
        elif s == 2:
            text = f"{a.full}, {ra.after}, warned that {c1} because {c2}."
            exps = [_rep(text, f"{c1} because {c2}", a, t)]
        elif s == 3:
            text = f"{a.full}, {ra.after}, said that {c1}. {_he(a)} added that {c2}."
            exps = [_rep(text, c1, a, t), _rep(text, c2, a, t)]
        elif s == 4:
            text = f"{a.full} told {outlet} that {c1}, that {c2} and that {c3}."
            exps = [_rep(text, f"{c1}, that {c2} and that {c3}", a, None)]
            others.append(outlet)
        elif s == 5:
            text = f"{a.full}, {ra.after}, argued that {c1}, a view {b.full}, {rb.after}, has rejected."
            exps = [_rep(text, c1, a, t)]
            others.append(rb.bare_body)
        elif s == 6:
            text = f"{a.full}, {ra.after}, said {c1}, even as {body} insisted that {c2}."
            exps = [_rep(text, c1, a, t), _rep(text, c2, baccepted)]
            if body not in others:
                others.append(body)
        else:
            text = f"{_pick(NARRATIVE65, n)} {a.full} argued that {c1}. {b.full} said {c2}."
            exps = [_rep(text, c1, a, None), _rep(text, c2, b, None)]
        yield _case(f"clauses{s}", text, exps, [a, b], others)


# --- 9. reported questions ----------------------------------------------------------------------------------


def reported_questions() -> Iterator[Case]:
    """*asked whether*, *questioned whether*, *wondered aloud whether*, *asked why*, *has asked how*, `A asked
    B whether C`, and a reporter's `Asked whether C,` before an answer in marks."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        t, c = _t(ra), _cl(n)
        topic = _pick(TOPICS65, n)
        m = _pick(MARKS65, n)
        others = [ra.bare_body]
        tol: list[Expect] = []
        who = f"{a.full}, {ra.after},"
        if s == 0:
            text = f"{who} asked whether {c}."
            exps = [_whether(text, c, a, t)]
        elif s == 1:
            text = f"{_pick(NARRATIVE65, n)} {a.full} questioned whether {c}."
            exps = [_whether(text, c, a, None)]
        elif s == 2:
            text = f"{who} wondered aloud whether {c}."
            exps = [_whether(text, c, a, t)]
        elif s == 3:
            clause = f"{topic} had been delayed"
            text = f"{who} asked why {clause}."
            exps = [_whether(text, clause, a, t, "why")]
        elif s == 4:
            q = m.q(_qt(n) + ".")
            text = f"Asked whether {c}, {who} said: {q}"
            exps = [direct(q, a, t)]
            tol = tolerate(text, f"whether {c}")
        elif s == 5:
            text = f"{a.full} asked {b.full}, {ra.after}, whether {c}."
            exps = [_whether(text, c, a, None)]
        elif s == 6:
            clause = f"{topic} will be paid for"
            text = f"{who} has asked how {clause}."
            exps = [_whether(text, clause, a, t, "how")]
        else:
            text = f"{who} asked reporters whether {c}. {b.full} stayed silent."
            exps = [_whether(text, c, a, t)]
        yield _case(f"questions{s}", text, exps, [a, b], others, tolerated=tol)


# --- 10. titles with affiliations ---------------------------------------------------------------------------


def titles_affiliations() -> Iterator[Case]:
    """Titles in many positions on reports: before the name, possessive body, *a former*, *NAME of BODY*,
    *since 2019*, after an inverted cue, in a direct quotation's credit."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        t, c = _t(ra), _cl(n)
        m = _pick(MARKS65, n)
        others = [ra.bare_body]
        if s == 0:
            text = f"{ra.pre} {a.full} argued that {c}."
            exps = [_rep(text, c, a, t)]
        elif s == 1:
            owner = f"{ra.body}'s" if not ra.body.endswith("s") else f"{ra.body}'"
            text = f"{_cap(owner)} {ra.noun}, {a.full}, said that {c}."
            exps = [_rep(text, c, a, t)]
        elif s == 2:
            text = f"{a.full}, a former {ra.noun} {ra.prep} {ra.body}, argued {c}."
            exps = [_rep(text, c, a, t)]
        elif s == 3:
            q = m.q(_qt(n) + ",")
            text = f"{q} said {a.full}, {ra.after}."
            exps = [direct(q, a, t)]
        elif s == 4:
            if ra.bare_body in ("Lowther Bay", "Vellmar"):
                ra = ROLES65[n % 5]
                others = [ra.bare_body]
            text = f"{a.full} of {ra.body} said {c}."
            exps = [_rep(text, c, a, Contains(ra.bare_body))]
        elif s == 5:
            text = f"{_cap(c)}, said {a.full}, {ra.after}."
            exps = [report(_cap(c), a, t)]
        elif s == 6:
            text = f"{a.full}, {ra.noun} {ra.prep} {ra.body} since 2019, said {c}."
            exps = [_rep(text, c, a, t)]
        else:
            rb = _role2(n, ra)
            when = _pick(WHENS65, n)
            text = (
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, spoke at a forum {when}. {a.last} said {c}."
            )
            exps = [_rep(text, c, a, t)]
            others.append(rb.bare_body)
        yield _case(f"titles{s}", text, exps, [a, b], others)


# --- 11. second references ----------------------------------------------------------------------------------


def second_references() -> Iterator[Case]:
    """A titled first mention, then the surname, a pronoun, `Ms`/`Mr` SURNAME or the short reference, with a
    second person of the other gender between; the title is checked on every later report."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, tb, c, c2 = _t(ra), _t(rb), _cl(n), _cl2(n)
        m = _pick(MARKS65, n)
        first = f"{a.full}, {ra.after}, argued that {c}."
        others = [ra.bare_body, rb.bare_body]
        if s == 0:
            text = f"{first} {a.last} said {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, a, t)]
        elif s == 1:
            text = f"{first} {_he(a)} also warned that {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, a, t)]
        elif s == 2:
            text = f"{first} {b.full}, {rb.after}, was not convinced. {_he(a)} said {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, a, t)]
        elif s == 3:
            text = (
                f"{a.full}, {ra.after}, and {b.full}, {rb.after}, met on Monday. "
                f"{a.last} said {c}, while {b.last} argued that {c2}."
            )
            exps = [_rep(text, c, a, t), _rep(text, c2, b, tb)]
        elif s == 4:
            text = f"{first} {_cap(ra.short)} said {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, a, t)]
        elif s == 5:
            q = m.q(_qt(n) + ",")
            text = f"{first}\n\n{q} {a.last} said."
            exps = [_rep(text, c, a, t), direct(q, a, t)]
        elif s == 6:
            text = f"{first} {_mr(a)} {a.last} told {b.full}, {rb.after}, that {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, a, t)]
        else:
            text = f"{first}\n\n{b.full}, {rb.after}, has said little. But {a.last} predicted that {c2}."
            exps = [_rep(text, c, a, t), _rep(text, c2, a, t)]
        yield _case(f"second{s}", text, exps, [a, b], others)


# --- 12. competing views ------------------------------------------------------------------------------------


def competing_views() -> Iterator[Case]:
    """Two or three sources in one paragraph, each with its own stance, each report to its own source."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b, d = _a(i), _b(i, s), _c(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, tb, c1, c2, c3 = _t(ra), _t(rb), _cl(n), _cl2(n), _cl3(n)
        body, baccepted = next(
            bd
            for step in range(len(BODIES65))
            if _bare((bd := _body(n + 3 + step))[0]) not in (_bare(ra.bare_body), _bare(rb.bare_body))
        )
        topic = _pick(TOPICS65, n)
        m = _pick(MARKS65, n)
        others = [ra.bare_body, rb.bare_body]
        people = [a, b]
        tol: list[Expect] = []
        if s == 0:
            text = (
                f"{a.full}, {ra.after}, argued that {c1}. {b.full}, {rb.after}, "
                f"disagreed, saying {c2}. {_cap(body)}, meanwhile, said {c3}."
            )
            exps = [_rep(text, c1, a, t), _rep(text, c2, b, tb), _rep(text, c3, baccepted)]
            others.append(body)
        elif s == 1:
            text = (
                f"{_cap(topic)} has split opinion. Supporters say {c1}. "
                f"{a.full}, {ra.after}, is sceptical and argues that {c2}."
            )
            exps = [_rep(text, c1, ("supporters",)), _rep(text, c2, a, t)]
        elif s == 2:
            text = f"{a.full} backs {topic}, arguing that {c1}. {b.full} is opposed and has said {c2}."
            exps = [_rep(text, c1, a, None), _rep(text, c2, b, None)]
            # key fix: a stance verb's noun object (`backs the plan`) as the backer's report or none
            tol = tolerate(text, f"backs {topic}", (a.full,))
        elif s == 3:
            text = f"{a.full} said {c1}. {b.full} said {c2}. {d.full} said {c3}."
            exps = [_rep(text, c1, a, None), _rep(text, c2, b, None), _rep(text, c3, d, None)]
            people.append(d)
        elif s == 4:
            text = (
                f"Critics, including {a.full}, {ra.after}, say {c1}. "
                f"Supporters such as {b.full} counter that {c2}."
            )
            exps = [_rep(text, c1, ("critics", a.full)), _rep(text, c2, ("supporters", b.full))]
            yield _case(f"views{s}", text, exps, [], others, wrong=[(c1, b.full), (c2, a.full)])
            continue
        elif s == 5:
            q = m.q(_qt(n) + ",")
            text = (
                f"{q} said {a.full}, {ra.after}. {b.full}, "
                f"{rb.after}, took the opposite view, arguing that {c2}."
            )
            exps = [direct(q, a, t), _rep(text, c2, b, tb)]
        elif s == 6:
            text = (
                f"{a.full} and {b.full} disagree on {topic}. "
                f"{a.last} argues that {c1}; {b.last} insists that {c2}."
            )
            exps = [_rep(text, c1, a, None), _rep(text, c2, b, None)]
        else:
            text = (
                f"{a.full}, {ra.after}, said {c1}. {d.full} agreed. "
                f"But {b.full}, {rb.after}, warned that {c2}."
            )
            exps = [_rep(text, c1, a, t), _rep(text, c2, b, tb)]
            people.append(d)
        yield _case(f"views{s}", text, exps, people, others, tolerated=tol)


# --- 13. explainers with question headings ------------------------------------------------------------------


def explainer_articles() -> Iterator[Case]:
    """Short explainers: question headings (no quotations) over paragraphs of reports, a group's view and a
    quotation in marks."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        rb = _role2(n, ra)
        t, tb, c1, c2, c3 = _t(ra), _t(rb), _cl(n), _cl2(n), _cl3(n)
        topic = _pick(TOPICS65, n)
        group, gacc = _group(n + s)
        m = _pick(MARKS65, n)
        q = m.q(_qt(n) + ",")
        town = _pick(TOWNS65, n)
        others = [ra.bare_body, rb.bare_body, town]
        what = f"What is {topic}?"
        intro = f"{_cap(topic)} was announced in {town} {_pick(WHENS65, n)}. {_pick(NARRATIVE65, n)}"
        if s % 4 == 0:
            text = _article(
                what,
                intro,
                "Who is for it?",
                f"{a.full}, {ra.after}, argued that {c1}.",
                "Who is against it?",
                f"{_cap(group)} say {c2}.",
            )
            exps = [_rep(text, c1, a, t), _rep(text, c2, gacc)]
        elif s % 4 == 1:
            text = _article(
                what,
                intro,
                "Why does it matter?",
                f"According to {a.full}, {ra.after}, {c1}.",
                "What happens next?",
                f"{q} {b.full}, {rb.after}, said.",
            )
            exps = [report(c1, a, t), direct(q, b, tb)]
        elif s % 4 == 2:
            text = _article(
                "Who pays?",
                f"{a.full}, {ra.after}, has estimated that {c1}.",
                f"{b.full}, {rb.after}, disputes that. {_he(b)} said {c2}.",
                "Is there an alternative?",
                f"{_cap(c3)}, {a.last} suggested.",
            )
            exps = [_rep(text, c1, a, t), _rep(text, c2, b, tb), report(_cap(c3), a, t)]
        else:
            text = _article(
                what,
                intro,
                "What do experts say?",
                f"{a.full}, {ra.after}, told reporters that {c1}. {_he(a)} asked whether {c2}.",
                "What is still unclear?",
                f"Whether {c3} is anyone's guess.",
            )
            exps = [_rep(text, c1, a, t), _whether(text, c2, a, t)]
        if s >= 4:
            text = f"Explainer: {topic} in five questions\n\n{text}"
        yield _case(f"explainer{s}", text, exps, [a, b], others)


# --- 14. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """No source: the writer's opinions, *it is said that*, so-called terms, nicknames, book titles (beside a
    real report), *wrote "BOOK"*, *Whether C remains unclear*."""
    for s, i in itertools.product(range(8), range(30)):
        n = _k(i, s)
        a, b = _a(i), _b(i, s)
        ra = _pick(ROLES65, n)
        t, c, c2 = _t(ra), _cl(n), _cl2(n)
        m = _pick(MARKS65, n)
        topic = _pick(TOPICS65, n)
        scare = m.q(_pick(SCARE65, n))
        book = m.q(_pick(BOOKS65, n))
        town = _pick(TOWNS65, n)
        others = [ra.bare_body, town]
        exps: list[Expect] = []
        tol: list[Expect] = []
        if s == 0:
            text = f"{_cap(topic)} is likely to hurt smaller ports. {_cap(c)}."
        elif s == 1:
            text = f"It is said in {town} that {c}."
            tol = tolerate(text, f"that {c}")
        elif s == 2:
            text = f"The so-called {scare} has become a fixture of the debate over {topic}."
        elif s == 3:
            text = f"In {a.poss} book {book}, {a.full}, {ra.after}, argues that {c}."
            exps = [_rep(text, c, a, t)]
        elif s == 4:
            text = f"{_cap(topic)} has been nicknamed {scare} in {town}. {_pick(NARRATIVE65, n)}"
        elif s == 5:
            text = f"Whether {c} remains unclear. {_cap(c2)}."
        elif s == 6:
            text = f"{a.full}, {ra.after}, wrote {book} in 2019. {b.full} reviewed it for a local paper."
        else:
            text = f"It is widely assumed that {c}. This explainer looks at whether {c2}."
            tol = tolerate(text, text)
        yield _case(f"controls{s}", text, exps, [a, b], others, tolerated=tol)


HELD_OUT_65: tuple[Capability, ...] = (
    _named(
        "report_verbs",
        "4",
        "argued, has long maintained, conceded, warned on DAY that, suggested, told OUTLET",
        report_verbs,
    ),
    _named(
        "group_sources",
        "2",
        "critics say, supporters argue, economists at BODY, people familiar with the talks",
        group_sources,
    ),
    _named(
        "nested_reports",
        "4",
        "NAME said BODY had told him that C; recalled that OTHER once told her",
        nested_reports,
    ),
    _named(
        "subordinate_reports",
        "4",
        "Although NAME has said C, ...; As NAME noted, C; While A argued C1, B said C2",
        subordinate_reports,
    ),
    _named(
        "according_to",
        "5",
        "According to NAME, ROLE, C; C, according to a report by BODY; estimates",
        according_to,
    ),
    _named(
        "denials_hedges",
        "8",
        "denied that; did not say whether; declined to say whether; neither confirmed nor denied",
        denials_hedges,
    ),
    _named(
        "mixed_fragments",
        "4",
        'called X "F"; described X as "F"; what NAME described as "F"',
        mixed_fragments,
    ),
    _named(
        "multi_clause",
        "4",
        "that C1 and that C2; C1 because C2; three that-clauses; a view OTHER rejected",
        multi_clause,
    ),
    _named(
        "reported_questions",
        "8",
        "asked whether, questioned whether, asked why, has asked how, Asked whether C,",
        reported_questions,
    ),
    _named(
        "titles_affiliations",
        "6",
        "BODY ROLE NAME; BODY's ROLE, NAME; a former ROLE at BODY; NAME of BODY",
        titles_affiliations,
    ),
    _named(
        "second_references",
        "4",
        "surname, pronoun, Ms/Mr SURNAME, the short reference after a titled name",
        second_references,
    ),
    _named(
        "competing_views",
        "4",
        "two or three sources in one paragraph, each with its own stance",
        competing_views,
    ),
    _named(
        "explainer_articles",
        "7",
        "question headings over reports, a group's view and a quotation",
        explainer_articles,
    ),
    _named(
        "controls", "8", "writer's opinions, it is said that, so-called, nicknames, book titles", controls
    ),
)
