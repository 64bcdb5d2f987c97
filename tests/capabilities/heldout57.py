"""Fifty-seventh held-out round: capabilities written at commit ``87de8a67`` by a helper (``hcap63``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout57data.py``: twenty-four invented politicians, twelve women
and twelve men with clearly gendered given names, eight campaign staff, spokespeople, moderators and
pollsters; invented parties, states, districts, seats and towns; pollsters, outlets and unions; straight and
curly double marks; campaign quotations, reported clauses, pointed fragments, accusations, poll findings, and
slogans, chants, bill names, poll questions, advert titles and party names nobody says) as a round of POLITICS
AND ELECTIONS: campaign and parliament news as a political desk writes it. Every case is a short passage (one
to five sentences, paragraph breaks where natural) with one to three people, and every quotation checks the
content (the marks and the words inside them for a direct quotation; the reported clause, with or without its
*that*, for an indirect one; the clause holding the marked words, or the marked words alone after *called*,
for a mixed one), the kind, the canonical full name and, whenever the text states one, the title with
`Contains` of the role noun and each affiliation stated (party, state, town, seat, district, pollster,
campaign), with `wrong_speakers` for every other person, party, body, town and outlet in the text.

Conventions: a second reference by office (*the governor*, *the challenger*, *the former mayor*), surname or
`Ms`/`Mr` + surname is the full name with the title stated earlier; `Rep.`/`Sen.` and a party-district tag
(`D-Westmarch`) or a bracket (`(GA, Kelby Cross)`) state a title: its role stem and the district or seat; an
unnamed spokesman of a party may be credited to the party or to the spokesman (as rounds 5, 6 and 8 set); the
words of a poll may be the pollster's or no one's after *found*, and a poll question quoted as the poll's text
may be the pollster's or no one's; the speaker of `A said B had "lied"` is A, never B; a pronoun with two
people of the same gender in view goes to the one a careful reader can tell (the one who took the microphone,
who was asked, whose office the credit names), and to no one where nobody could tell (`A and B both attended
the count. "Q," she said.`); a question of *Asked whether* is no one's. Key fixes after the one run: speech
acts with a noun or infinitive content (*announced a bid for a second term*, *urged voters to turn out*,
*asked B about the toll plan*) may be their actor's report or nothing; what a poll *showed* may be the poll's
or no one's; `"Q1," NAME told supporters. "Q2."` may be one span with the credit inside.

1. candidates on the trail: `told supporters at a rally in TOWN`, `said at a campaign stop`, a crowd, a banner
   and a second candidate on the stage (`campaign_trail`);
2. debates: `shot back`, `his opponent replied`, `countered`, the incumbent and the challenger, a moderator's
   question, three candidates each with their own words (`debates`);
3. second references by office and surname: `the governor`, `the senator`, `the former mayor`, `the
   incumbent`, `the challenger`, `Ms SURNAME`, with a second person of the other gender between
   (`office_references`);
4. parties and their spokespeople: `a spokesman for the PARTY said`, `the party said in a statement`, named
   spokespeople, a candidate's spokesman, party officials (`party_spokespeople`);
5. campaign staff: `NAME, the campaign's ROLE, said`, `ROLE for the SURNAME campaign`, `CANDIDATE's ROLE,
   NAME,`, an adviser who asked not to be named (`campaign_staff`);
6. polls and pollsters: `according to a poll by BODY`, `the survey found that`, `who directs the BODY poll`,
   `director of polling at BODY`, `said the race was "F"`, a candidate reacting to a poll (`polls_pollsters`);
7. legislators' tags: `Rep. NAME, D-DISTRICT`, `Sen. NAME, R-STATE`, `NAME (GA, SEAT)`, `State Sen. NAME`,
   `Assemblywoman NAME`, `the PARTY MP for SEAT`, two legislators in one exchange (`legislator_tags`);
8. one politician reporting another: `A said B had "lied"`, `A accused B of ACT`, `"Q," A said of B`,
   `According to A, B CLAIM`, `A said B was "F"` and B's reply (`reported_politicians`);
9. endorsements: `B endorsed A. "Q," B said.`, the endorsed candidate's reaction, `In endorsing A, B said`, a
   union's endorsement and its president, `B said she would vote for A` (`endorsements`);
10. reactions and election night: `A called the result "F"`, concessions and victory speeches, `described the
    turnout as "F"`, the runner-up, `Asked whether ... recount` (`reactions`);
11. pronouns with two candidates of different genders (`pronouns_two_genders`);
12. pronouns with two candidates of the same gender: the one a reader can tell, or no one
    (`pronouns_same_gender`);
13. controls: slogans on signs and banners, chants, bill names and party names in marks, poll questions,
    advert titles and narrative with no report, alone or beside one real quotation (`controls`).
"""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout57data import (
    ACTS57,
    ADVERTS57,
    BILLS57,
    CHANTS57,
    CLAIMS57,
    CLAUSES57,
    DAYS57,
    DEEDS57,
    FINDINGS57,
    FRAGS57,
    MARKS57,
    NARRATIVE57,
    NEWPARTIES57,
    OUTLETS57,
    PARTIES57,
    PEOPLE57,
    POLLSTERS57,
    QUESTIONS57,
    QUOTES57,
    RACES57,
    RESULTS57,
    SEATS57,
    SLOGANS57,
    STAFF57,
    STAFFROLES57,
    STATES57,
    TAGS57,
    TOPICS57,
    TOWNS57,
    UNIONS57,
)
from heldout_kit import (
    Mark,
    Person,
    alts,
    called_report,
    direct,
    mixed_report,
    segmented,
    span,
    that_report,
    tolerate,
)
from heldout_kit import cap as _cap
from heldout_kit import k as _k
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss

# --- fillers and offices ------------------------------------------------------------------------------------


@frozen
class Office:
    """An office as written after a name, the reference a story uses later, and the parts its title holds."""

    after: str
    short: str
    parts: tuple[str, ...]


def _office(kind: int, k: int) -> Office:
    party, state = _pick(PARTIES57, k), _pick(STATES57, k)
    town, seat = _pick(TOWNS57, k + 1), _pick(SEATS57, k + 2)
    offices = (
        Office(f"the governor of {state}", "the governor", ("governor", state)),
        Office(f"a {party} state senator from {state}", "the senator", ("senator", party)),
        Office(f"the mayor of {town}", "the mayor", ("mayor", town)),
        Office(f"a former mayor of {town}", "the former mayor", ("former mayor", town)),
        Office(f"the {party} candidate for governor", "the candidate", ("candidate", party)),
        Office(f"the leader of the {party}", "the party leader", ("leader", party)),
        Office(f"the {party} member of parliament for {seat}", "the MP", ("member of parliament", seat)),
    )
    return offices[kind % len(offices)]


def _places(o: Office) -> list[str]:
    """The parties, states, towns and seats an office names (never speakers)."""
    return [w for w in (*PARTIES57, *STATES57, *TOWNS57, *SEATS57) if w in o.after]


def _t(o: Office) -> Contains:
    return Contains(o.parts)


def _mr(p: Person) -> str:
    return "Ms" if p.gender == "f" else "Mr"


def _qt(n: int) -> str:
    return QUOTES57[n % len(QUOTES57)]


def _cl(n: int) -> str:
    return CLAUSES57[n % len(CLAUSES57)]


def _other(a: Person, step: int, *, same: bool = False, avoid: Sequence[Person] = ()) -> Person:
    """Another politician (of *a*'s gender when *same*, else of the other), none of *avoid*."""
    pool = [p for p in PEOPLE57 if p != a and p not in avoid and (p.gender == a.gender) == same]
    return pool[step % len(pool)]


def _combos(seed: str, shapes: int, n: int = 250) -> list[tuple[Person, int, Mark, int]]:
    return sample(list(itertools.product(PEOPLE57, range(shapes), MARKS57, range(3))), n, seed)


# --- expectations -------------------------------------------------------------------------------------------


def _bare(name: str) -> str:
    name = name.strip().lower()
    for art in ("the ", "a ", "an "):
        if name.startswith(art):
            return name[len(art) :]
    return name


def _dq(content: str, p: Person | NameSpec, title: TitleSpec = ANY) -> Expect:
    return direct(content, p, title)


def _case(
    template: str,
    text: str,
    expects: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    """A case: every quotation given to a person, party, body, town or outlet its key does not accept is
    wrong."""
    wrong: list[tuple[str, str]] = []
    for e in expects:
        spec = e.speaker
        accepted = set() if spec is None else {_bare(n) for n in ((spec,) if isinstance(spec, str) else spec)}
        for p in people:
            if _bare(p.full) not in accepted:
                wrong.append((e.content, p.full))
        for o in dict.fromkeys(others):
            if _bare(o) not in accepted:
                wrong.append((e.content, o))
    return Case("", template, text, list(expects), forbidden=forbidden, wrong_speakers=wrong)


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout57.{name}", group, description, unique_texts(gen))


def _accused(text: str, other: str, act: str, p: Person, title: TitleSpec = ANY) -> Expect:
    """`A accused B of ACT`: the report with B, with *of*, or the act alone."""
    options = ((f"{other} of {act}", ("indirect",)), (f"of {act}", ("indirect",)), (act, ("indirect",)))
    return segmented(text, options, p, title)


# --- 1. candidates on the trail -----------------------------------------------------------------------------


def campaign_trail() -> Iterator[Case]:
    """`FULL, OFFICE, told supporters at a rally in TOWN on DAY: "Q."`, `"Q," FULL told a rally in TOWN`,
    `Speaking at a campaign stop in TOWN, FULL, OFFICE, said that C.`, `told a crowd of about N supporters in
    TOWN that C`, a later surname and a continued quotation, a pronoun, a second candidate on the stage, a
    banner. Key: the candidate's words with the office's title; towns, parties and the other candidate never
    speak."""
    for a, s, m, r in _combos("ho57-trail", 9):
        k = _k(PEOPLE57.index(a), s, r)
        o = _office(k, k)
        t = _t(o)
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        qc, qs, q2 = m.q(_qt(k) + ","), m.q(_qt(k) + "."), m.q(_qt(k + 3) + ".")
        c = _cl(k)
        b = _other(a, k)
        others = [*_places(o), town]
        people: tuple[Person, ...] = (a,)
        if s == 0:
            text = f"{a.full}, {o.after}, told supporters at a rally in {town} on {day}: {qs}"
            expects = [_dq(qs, a, t)]
        elif s == 1:
            text = f"{qc} {a.full} told a rally in {town} on {day}."
            expects = [_dq(qc, a)]
        elif s == 2:
            text = f"Speaking at a campaign stop in {town}, {a.full}, {o.after}, said that {c}."
            expects = [that_report(text, c, a, t)]
        elif s == 3:
            text = f"{a.full} told a crowd of about {300 + 20 * (k % 9)} supporters in {town} that {c}."
            expects = [that_report(text, c, a)]
        elif s == 4:
            text = f"{qc} said {a.full}, {o.after}, at a campaign stop in {town} on {day}."
            expects = [_dq(qc, a, t)]
        elif s == 5:
            text = f"{a.full}, {o.after}, spent {day} touring {town}.\n\n{qc} {a.last} told supporters. {q2}"
            # key fix: the two parts with the credit inside one span are as right as two quotations
            expects = alts(text, [_dq(qc, a, t), _dq(q2, a, t)], [_dq(span(text, qc, q2), a, t)])
        elif s == 6:
            text = f"{a.full}, {o.after}, urged voters in {town} to turn out on {day}. {qc} {a.pronoun} said."
            # key fix: *urged voters to turn out* is a directive an annotator may mark as a report
            expects = [_dq(qc, a, t), *tolerate(text, f"voters in {town} to turn out on {day}", (a.full,))]
        elif s == 7:
            ob = _office(k + 3, k + 1)
            text = f"{a.full} shared the stage in {town} with {b.full}, {ob.after}. {qc} {a.last} told the crowd."  # noqa: E501
            expects = [_dq(qc, a)]
            people, others = (a, b), [*others, *_places(ob)]
        else:
            banner = m.q(_pick(SLOGANS57, k))
            text = (
                f"A banner reading {banner} hung behind the stage in {town}. "
                f"{qc} {a.full}, {o.after}, told the crowd."
            )
            expects = [_dq(qc, a, t)]
        yield _case(f"ho57-trail-{s}", text, expects, people, others)


# --- 2. debates ---------------------------------------------------------------------------------------------


def debates() -> Iterator[Case]:
    """Exchanges: a report and `shot back`, `SURNAME said ... SURNAME replied`, `her opponent replied`, three
    candidates, an accusation and a reply, the incumbent and the challenger, a moderator's question,
    `interrupted:`. Key: each quotation its own candidate's, with the title stated; the moderator and the
    outlet never speak."""
    for a, s, m, r in _combos("ho57-debate", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        c3 = _other(a, k + 5, same=True)
        oa, ob = _office(k, k), _office(k + 4, k + 2)
        ta, tb = _t(oa), _t(ob)
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        qa, qb, qc = m.q(_qt(k) + ","), m.q(_qt(k + 5) + ","), m.q(_qt(k + 9) + ",")
        c = _cl(k)
        intro = f"The debate in {town} pitted {a.full}, {oa.after}, against {b.full}, {ob.after}."
        people: tuple[Person, ...] = (a, b)
        others = [*_places(oa), *_places(ob), town]
        if s == 0:
            text = f"{a.full}, {oa.after}, said at {poss_day(day)} debate in {town} that {c}. {qb} {b.full}, {ob.after}, shot back."  # noqa: E501
            expects = [that_report(text, c, a, ta), _dq(qb, b, tb)]
        elif s == 1:
            text = f"{intro} {qa} {a.last} said. {qb} {b.last} replied."
            expects = [_dq(qa, a, ta), _dq(qb, b, tb)]
        elif s == 2:
            text = f"{intro}\n\n{qa} {a.last} said. {qb} {a.poss} opponent replied."
            expects = [_dq(qa, a, ta), _dq(qb, b, tb)]
        elif s == 3:
            text = (
                f"Three candidates, {a.full}, {b.full} and {c3.full}, met in {town} on {day}. "
                f"{qa} {a.last} said. {qb} {b.last} countered. {qc} {c3.last} said."
            )
            expects = [_dq(qa, a), _dq(qb, b), _dq(qc, c3)]
            people, others = (a, b, c3), [town]
        elif s == 4:
            act = _pick(ACTS57, k)
            text = f"{intro} {a.last} accused {b.last} of {act}. {qb} {b.last} shot back."
            expects = [_accused(text, b.last, act, a, ta), _dq(qb, b, tb)]
        elif s == 5:
            st = _pick(STATES57, k)
            text = (
                f"{a.full}, the incumbent governor of {st}, faced {b.full}, the {_pick(PARTIES57, k + 1)} "
                f"challenger, in {town} on {day}. {qa} the governor said. {qb} the challenger replied."
            )
            expects = [
                _dq(qa, a, Contains(("governor", st))),
                _dq(qb, b, Contains(("challenger", _pick(PARTIES57, k + 1)))),
            ]
            others = [st, town, _pick(PARTIES57, k + 1)]
        elif s == 6:
            mod = _pick(STAFF57, k)
            outlet = _pick(OUTLETS57, k)
            text = (
                f"{intro} The moderator, {mod.full} of {outlet[0]}, asked {a.last} about "
                f"{_pick(TOPICS57, k)}. {qa} {a.last} said."
            )
            # key fix: the moderator's question about a topic is a speech act an annotator may mark as theirs
            expects = [_dq(qa, a, ta), *tolerate(text, f"about {_pick(TOPICS57, k)}", (mod.full,))]
            people, others = (a, b, mod), [*others, outlet[1]]
        else:
            text = f"{intro} {a.last} said that {c}. {b.last} interrupted: {m.q(_qt(k + 5) + '.')}"
            expects = [that_report(text, c, a, ta), _dq(m.q(_qt(k + 5) + "."), b, tb)]
        yield _case(f"ho57-debate-{s}", text, expects, people, others)


def poss_day(day: str) -> str:
    return f"{day}'s"


# --- 3. second references by office and surname -------------------------------------------------------------


def office_references() -> Iterator[Case]:
    """The office stated once, a second person of the other gender between, then the short office (`the
    governor said`), the surname, `Ms`/`Mr` SURNAME, `the incumbent`, `the challenger`, `the former mayor`.
    Key: the first person's words, with the title stated earlier."""
    for a, s, m, r in _combos("ho57-office", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        kind = (k % 3, 0, 3, 2, 4, 1, 5, 6)[s]
        oa = _office(kind, k)
        ob = _office(kind + 4, k + 3)
        if ob.short == oa.short:
            ob = _office(kind + 5, k + 3)
        ta = _t(oa)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k + 2) + ".")
        c = _cl(k)
        day = _pick(DAYS57, k)
        people = (a, b)
        others = [*_places(oa), *_places(ob)]
        p1 = f"{a.full}, {oa.after}, announced a bid for a second term on {day}."
        p2 = f"{b.full}, {ob.after}, did not attend the announcement."
        if s in (0, 1, 2):
            later = (oa.short, a.last, oa.short)[s]
            text = f"{p1}\n\n{p2}\n\n{q} {later} said."
            expects = [_dq(q, a, ta)]
        elif s == 3:
            p2b = f"{b.full}, {ob.after}, is one of the two challengers."
            text = f"{a.full}, {oa.after}, is the incumbent in a three-way race.\n\n{p2b}\n\n{q} the incumbent said."  # noqa: E501
            expects = [_dq(q, a, ta)]
        elif s == 4:
            party, town = _pick(PARTIES57, k + 1), _pick(TOWNS57, k)
            text = (
                f"{b.full}, {ob.after}, is defending the seat against {a.full}, a {party} councillor from "
                f"{town}.\n\n{q} the challenger told reporters in {town}."
            )
            expects = [_dq(q, a, Contains(("councillor", party)))]
            others = [*others, party, town]
        elif s == 5:
            text = f"{p1} {p2}\n\n{_cap(oa.short)} said that {c}."
            expects = [that_report(text, c, a, ta)]
        elif s == 6:
            text = f"{p1}\n\n{p2}\n\n{q} {_mr(a)} {a.last} said."
            expects = [_dq(q, a, ta)]
        else:
            text = f"{p1} {p2}\n\n{_cap(oa.short)} was blunt: {qs}"
            expects = [_dq(qs, a, ta)]
        if p1 in text:
            # key fix: *announced a bid* is a speech act with a noun content, which an annotator may mark
            expects = [*expects, *tolerate(text, f"a bid for a second term on {day}", (a.full,))]
        yield _case(f"ho57-office-{s}", text, expects, people, others)


# --- 4. parties and their spokespeople ----------------------------------------------------------------------


def _spoke(party: str, noun: str) -> tuple[str, ...]:
    return (party, f"{noun} for the {party}", f"{party} {noun}", noun)


def party_spokespeople() -> Iterator[Case]:
    """`"Q," a spokeswoman for the PARTY said.` after a silent candidate, `The PARTY said in a statement that
    C.`, `"Q," the party said in a statement.`, named spokespeople, a candidate's spokesman, `PARTY officials
    said`. Key: the party (or its unnamed spokesperson) or the named spokesperson; the candidate never."""
    for a, s, m, r in _combos("ho57-party", 10, 280):
        k = _k(PEOPLE57.index(a), s, r)
        party = _pick(PARTIES57, k)
        oa = _office(k, k)
        sp = _pick(STAFF57, k)
        noun = "spokeswoman" if sp.gender == "f" else "spokesman"
        q = m.q(_qt(k) + ",")
        c = _cl(k)
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        people: tuple[Person, ...] = (a, sp)
        others = [*_places(oa), party, town]
        silent = f"{a.full}, {oa.after}, did not appear at {poss_day(day)} forum in {town}."
        if s == 0:
            text = f"{silent}\n\n{q} a {noun} for the {party} said."
            expects = [_dq(q, _spoke(party, noun))]
            people = (a,)
        elif s == 1:
            text = f"The {party} said in a statement on {day} that {c}."
            expects = [that_report(text, c, (party,))]
            people = ()
        elif s == 2:
            text = (
                f"The {party} launched its manifesto in {town} on {day}. {q} the party said in a statement."
            )
            expects = [_dq(q, (party,))]
            people = ()
        elif s == 3:
            text = f"{silent} {sp.full}, a {noun} for the {party}, said that {c}."
            expects = [that_report(text, c, sp, Contains((noun, party)))]
        elif s == 4:
            text = f"{q} said {sp.full}, the {party}'s {noun} on health."
            expects = [_dq(q, sp, Contains((noun, party)))]
            people = (sp,)
        elif s == 5:
            text = f"{silent}\n\n{q} a {noun} for {a.full} said."
            acc = (f"{noun} for {a.full}", noun, f"{_poss(a.full)} {noun}", f"{a.last} {noun}")
            expects = [_dq(q, acc)]
            people = ()
            others = [*others, a.full, a.last]
        elif s == 6:
            text = f"In a statement, the {party} said {c}. Its leader, {a.full}, did not comment."
            expects = [that_report(text, c, (party,))]
            people = (a,)
        elif s == 7:
            text = f"{party} officials said that {c}."
            expects = [that_report(text, c, (party, f"{party} officials", "officials"))]
            people = ()
        elif s == 8:
            text = (
                f"{a.full}, {oa.after}, has not commented. The {party} said in a statement on {day} that {c}."
            )
            expects = [that_report(text, c, (party,))]
            people = (a,)
        else:
            text = f"{q} said {sp.full}, a {noun} for {_poss(a.full)} campaign."
            expects = [_dq(q, sp, Contains((noun, a.last)))]
        yield _case(f"ho57-party-{s}", text, expects, people, others)


# --- 5. campaign staff --------------------------------------------------------------------------------------


def campaign_staff() -> Iterator[Case]:
    """`CANDIDATE's bid ... NAME, the campaign's ROLE, said C.`, `"Q," said NAME, ROLE for the SURNAME
    campaign.`, `CANDIDATE's ROLE, NAME, said: "Q."`, a candidate and staff in one passage, a later surname,
    `NAME, who manages CANDIDATE's campaign, told OUTLET`, an adviser who asked not to be named. Key: the
    staff member's words with the role and the campaign, the candidate's own words the candidate's."""
    for a, s, m, r in _combos("ho57-staff", 7):
        k = _k(PEOPLE57.index(a), s, r)
        st = _pick(STAFF57, k)
        role = _pick(STAFFROLES57, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k + 6) + ".")
        c = _cl(k)
        town = _pick(TOWNS57, k)
        outlet = _pick(OUTLETS57, k)
        people: tuple[Person, ...] = (a, st)
        others: list[str] = [town]
        if s == 0:
            text = f"{_poss(a.full)} bid for governor has gained ground in {town}. {st.full}, the campaign's {role}, said that {c}."  # noqa: E501
            expects = [that_report(text, c, st, Contains((role, "campaign")))]
        elif s == 1:
            text = f"{q} said {st.full}, {role} for the {a.last} campaign."
            expects = [_dq(q, st, Contains((role, a.last)))]
            people, others = (st,), [a.last]
        elif s == 2:
            text = f"{_poss(a.full)} {role}, {st.full}, said: {qs}"
            expects = [_dq(qs, st, Contains((role, a.last)))]
        elif s == 3:
            text = (
                f"{q} {a.full} told supporters in {town}. Later, {st.full}, {a.poss} {role}, said that {c}."
            )
            expects = [_dq(q, a), that_report(text, c, st, Contains((role,)))]
        elif s == 4:
            text = f"{st.full} has been {_poss(a.full)} {role} since January.\n\n{q} {st.last} said."
            expects = [_dq(q, st, Contains((role, a.last)))]
        elif s == 5:
            text = f"{st.full}, who manages {_poss(a.full)} campaign, told {outlet[0]} that {c}."
            expects = [that_report(text, c, st)]
            others = [*others, outlet[1]]
        else:
            text = f"A senior adviser to {a.full}, who asked not to be named, said that {c}."
            acc = ("senior adviser", f"senior adviser to {a.full}", "adviser", f"adviser to {a.full}")
            expects = [that_report(text, c, acc)]
            people = (a,)
        yield _case(f"ho57-staff-{s}", text, expects, people, others)


# --- 6. polls and pollsters ---------------------------------------------------------------------------------


def polls_pollsters() -> Iterator[Case]:
    """`According to a poll by BODY, FINDING.`, `The survey, conducted by BODY for OUTLET, found that
    FINDING.`,
    `"Q," said NAME, who directs the SHORT poll.`, `NAME, director of polling at BODY, said that FINDING.`, a
    candidate's reaction to a poll, `dismissed the poll`, `NAME of BODY said the race was "F"`. Key: the
    pollster's findings the pollster's (after *found*: the pollster's or no one's); the pollster's people with
    their body; the candidate's words the candidate's."""
    for a, s, m, r in _combos("ho57-poll", 10, 290):
        k = _k(PEOPLE57.index(a), s, r)
        written, body, short = _pick(POLLSTERS57, k)
        d = _pick(STAFF57, k + 1)
        finding = _pick(FINDINGS57, k)
        outlet = _pick(OUTLETS57, k)
        q = m.q(_qt(k) + ",")
        day = _pick(DAYS57, k)
        people: tuple[Person, ...] = (d,)
        others = [body, short, outlet[1]]
        bodies = (body, f"poll by {written}", f"{short} poll", "poll")
        if s == 0:
            text = f"According to a poll by {written}, {finding}."
            expects = [that_report(text, finding, bodies)]
        elif s == 1:
            text = f"The survey, conducted by {written} for {outlet[0]}, found that {finding}."
            expects = tolerate(text, f"that {finding}", (body, "survey", f"survey, conducted by {written}"))
        elif s == 2:
            text = f"{q} said {d.full}, who directs the {short} poll."
            expects = [_dq(q, d)]
        elif s == 3:
            text = f"{d.full}, director of polling at {written}, said that {finding}."
            expects = [that_report(text, finding, d, Contains(("director", body)))]
        elif s == 4:
            text = (
                f"A {short} poll released on {day} put {a.full} {3 + k % 7} points ahead. {q} {a.last} said."
            )
            expects = [_dq(q, a)]
            people = (a,)
        elif s == 5:
            text = f"{a.full} dismissed the {short} poll on {day}. {q} {a.pronoun} said."
            expects = [_dq(q, a)]
            people = (a,)
        elif s == 6:
            frag = m.q(_pick(RACES57, k))
            text = f"{d.full} of {written} said the race was {frag}."
            expects = [mixed_report(text, f"the race was {frag}", d, Contains((body,)))]
        elif s == 7:
            text = f"{d.full}, who directs the {short} poll, said that {finding}."
            expects = [that_report(text, finding, d)]
        elif s == 8:
            text = f"{q} {a.full} said after a {short} poll showed {a.obj} trailing by {3 + k % 7} points."
            # key fix: what a poll *showed* is the poll's or no one's (the README's verbs of evidence)
            shown = tolerate(
                text, f"{a.obj} trailing by {3 + k % 7} points", (body, short, f"{short} poll", "poll")
            )
            expects = [_dq(q, a), *shown]
            people = (a,)
        else:
            oa = _office(k, k)
            c = _cl(k)
            text = f"Asked about the {short} poll, {a.full}, {oa.after}, said that {c}."
            expects = [that_report(text, c, a, _t(oa))]
            people, others = (a,), [*others, *_places(oa)]
        yield _case(f"ho57-poll-{s}", text, expects, people, others)


# --- 7. legislators' tags -----------------------------------------------------------------------------------


def legislator_tags() -> Iterator[Case]:
    """`"Q," said Rep. NAME, D-DISTRICT.`, `Sen. NAME, R-STATE, said that C.`, `NAME (GA, SEAT) told the
    chamber
    that C.`, `State Sen. NAME, a PARTY member from TOWN, said:`, `Assemblywoman NAME, D-TOWN,`, `NAME, the
    PARTY MP for SEAT, told the Commons`, two representatives in one exchange, a later `the congresswoman`.
    Key: the legislator's words with the role stem and the district, state or seat."""
    for a, s, m, r in _combos("ho57-leg", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        pa, pb = ("D", "R")[k % 2], ("R", "D")[k % 2]
        dist, dist2 = _pick(TOWNS57, k), _pick(TOWNS57, k + 3)
        state, seat = _pick(STATES57, k), _pick(SEATS57, k)
        tag, tparty = _pick(TAGS57, k)
        party = _pick(PARTIES57, k)
        q, qb, qs = m.q(_qt(k) + ","), m.q(_qt(k + 7) + ","), m.q(_qt(k + 1) + ".")
        c = _cl(k)
        people: tuple[Person, ...] = (a,)
        others: list[str] = [dist, state]
        if s == 0:
            text = f"{q} said Rep. {a.full}, {pa}-{dist}."
            expects = [_dq(q, a, Contains(("Rep", dist)))]
        elif s == 1:
            text = f"Sen. {a.full}, {pa}-{state}, said that {c}."
            expects = [that_report(text, c, a, Contains(("Sen", state)))]
        elif s == 2:
            text = f"{a.full} ({tag}, {seat}) told the chamber that {c}."
            expects = [that_report(text, c, a, Contains((seat,)))]
            others = [seat, tparty]
        elif s == 3:
            text = f"State Sen. {a.full}, a {party} member from {dist}, said: {qs}"
            expects = [_dq(qs, a, Contains(("Sen", party)))]
            others = [party, dist]
        elif s == 4:
            noun = a.kin("Assemblywoman", "Assemblyman")
            text = f"{q} {noun} {a.full}, {pa}-{dist}, said."
            expects = [_dq(q, a, Contains(("Assembly", dist)))]
        elif s == 5:
            text = (
                f"Rep. {a.full}, {pa}-{dist}, and Rep. {b.full}, {pb}-{dist2}, clashed over the toll plan on "
                f"{_pick(DAYS57, k)}. {q} {a.last} said. {qb} {b.last} replied."
            )
            expects = [_dq(q, a, Contains(("Rep", dist))), _dq(qb, b, Contains(("Rep", dist2)))]
            people, others = (a, b), [dist, dist2]
        elif s == 6:
            text = f"{a.full}, the {party} MP for {seat}, told the Commons that {c}."
            expects = [that_report(text, c, a, Contains(("MP", seat)))]
            others = [party, seat]
        else:
            noun = a.kin("congresswoman", "congressman")
            text = f"Rep. {a.full}, {pa}-{dist}, has opposed the toll plan for months. {q} the {noun} said."
            expects = [_dq(q, a, Contains((dist,)))]
        yield _case(f"ho57-leg-{s}", text, expects, people, others)


# --- 8. one politician reporting another --------------------------------------------------------------------


def reported_politicians() -> Iterator[Case]:
    """`A, OFFICE, said B had "DEED" about the budget.`, `A accused B of ACT.`, `"Q," A said of B.`, `A said B
    had told donors that C.`, a quotation naming B, `A said B was "F".`, `According to A, B CLAIM.`, and B's
    reply `B called the charge "F".` Key: A's words are A's, never B's; B's reply B's."""
    for a, s, m, r in _combos("ho57-rep", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        oa = _office(k, k)
        ta = _t(oa)
        deed, frag = m.q(_pick(DEEDS57, k)), m.q(_pick(FRAGS57, k))
        q = m.q(_qt(k) + ",")
        c = _cl(k)
        people: tuple[Person, ...] = (a, b)
        others = _places(oa)
        if s == 0:
            text = f"{a.full}, {oa.after}, said {b.full} had {deed} about the budget."
            expects = [mixed_report(text, f"{b.full} had {deed} about the budget", a, ta)]
        elif s == 1:
            act = _pick(ACTS57, k)
            text = f"{a.full}, {oa.after}, accused {b.full} of {act}."
            expects = [_accused(text, b.full, act, a, ta)]
        elif s == 2:
            text = f"{q} {a.full} said of {b.full}."
            expects = [_dq(q, a)]
        elif s == 3:
            text = f"{a.full} said {b.full} had told donors that {c}."
            outer = segmented(
                text,
                (
                    (f"{b.full} had told donors that {c}", ("indirect",)),
                    (f"had told donors that {c}", ("indirect",)),
                ),
                a,
            )
            inner = tolerate(text, f"that {c}", (b.full,))
            expects = [outer, *[e for e in inner if e.content != outer.content]]
            people = ()
            others = []
        elif s == 4:
            qn = m.q(f"{b.last} has never once explained how the toll cut would be paid for,")
            text = f"{a.full}, {oa.after}, turned to {b.full} during the forum. {qn} {a.last} said."
            expects = [_dq(qn, a, ta)]
        elif s == 5:
            text = f"{a.full} said {b.full} was {frag}."
            expects = [mixed_report(text, f"{b.full} was {frag}", a)]
        elif s == 6:
            claim = _pick(CLAIMS57, k)
            text = f"According to {a.full}, {oa.after}, {b.full} {claim}."
            expects = [report_of(text, f"{b.full} {claim}", a, ta)]
        else:
            text = f"{a.full} said {b.full} had {deed} about the budget. {b.last} called the charge {frag}."
            expects = [
                mixed_report(text, f"{b.full} had {deed} about the budget", a),
                called_report(text, "the charge", frag, b),
            ]
        yield _case(f"ho57-rep-{s}", text, expects, people, others)


def report_of(text: str, content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return segmented(text, ((content, ("indirect",)),), p, title)


# --- 9. endorsements ----------------------------------------------------------------------------------------


def endorsements() -> Iterator[Case]:
    """`B, OFFICE, endorsed A on DAY. "Q," B said.`, the endorsed candidate's reaction, `In endorsing A, B,
    OFFICE,
    said that C.`, `A, who won the backing of B, told reporters that C.`, a union's endorsement and its
    president, `A welcomed the endorsement of B. "Q," she said.`, `B said she would vote for A.`, `A declined
    to endorse either candidate`. Key: each words their speaker's; the endorsed or endorsing one never."""
    for a, s, m, r in _combos("ho57-endorse", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        ob = _office(k + 1, k)
        tb = _t(ob)
        q = m.q(_qt(k) + ",")
        c = _cl(k)
        day = _pick(DAYS57, k)
        outlet = _pick(OUTLETS57, k)
        people: tuple[Person, ...] = (a, b)
        others = _places(ob)
        if s == 0:
            text = f"{b.full}, {ob.after}, endorsed {a.full} on {day}. {q} {b.last} said."
            expects = [_dq(q, b, tb)]
        elif s == 1:
            text = f"{b.full} endorsed {a.full} on {day}. {q} {a.last} said of the endorsement."
            expects = [_dq(q, a)]
        elif s == 2:
            text = f"In endorsing {a.full}, {b.full}, {ob.after}, said that {c}."
            expects = [that_report(text, c, b, tb)]
        elif s == 3:
            text = f"{a.full}, who won the backing of {b.full} on {day}, told reporters that {c}."
            expects = [that_report(text, c, a)]
        elif s == 4:
            union = _pick(UNIONS57, k)
            pres = _pick(STAFF57, k)
            text = f"The {union} endorsed {a.full} on {day}. {q} said {pres.full}, the union's president."
            expects = [_dq(q, pres, Contains(("president", "union")))]
            people, others = (a, pres), [union]
        elif s == 5:
            text = f"{a.full} welcomed the endorsement of {b.full}. {q} {a.pronoun} said."
            expects = [_dq(q, a)]
        elif s == 6:
            clause = f"{b.pronoun} would vote for {a.full}"
            text = f"{b.full}, {ob.after}, said {clause}."
            expects = [that_report(text, clause, b, tb)]
        else:
            text = f"{a.full} declined to endorse either candidate in the runoff. {q} {a.pronoun} told {outlet[0]}."  # noqa: E501
            expects = [_dq(q, a)]
            people, others = (a,), [outlet[1]]
        yield _case(f"ho57-endorse-{s}", text, expects, people, others)


# --- 10. reactions and election night -----------------------------------------------------------------------


def reactions() -> Iterator[Case]:
    """`A called the result "F".`, a concession (`conceded defeat ... "Q," she told supporters.`), `In a
    victory speech in TOWN, A said that C.`, `A described the turnout as "F".`, the runner-up, `"Q," A told
    OUTLET after the count.`, `A said the result was "F".`, `Asked whether she would demand a recount, A said:
    "Q."` Key: the politician's words the politician's; the question of *Asked whether* no one's."""
    for a, s, m, r in _combos("ho57-react", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        oa = _office(k, k)
        ta = _t(oa)
        frag = m.q(_pick(RESULTS57, k))
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k + 3) + ".")
        c = _cl(k)
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        outlet = _pick(OUTLETS57, k)
        people: tuple[Person, ...] = (a,)
        others = [*_places(oa), town]
        if s == 0:
            text = f"{a.full}, {oa.after}, called the result {frag}."
            expects = [called_report(text, "the result", frag, a, title=ta)]
        elif s == 1:
            text = f"{a.full}, {oa.after}, conceded defeat in {town} late on {day}. {q} {a.pronoun} told supporters."  # noqa: E501
            expects = [_dq(q, a, ta)]
        elif s == 2:
            text = f"In a victory speech in {town}, {a.full} said that {c}."
            expects = [that_report(text, c, a)]
        elif s == 3:
            text = f"{a.full} described the turnout as {frag}."
            expects = [called_report(text, "the turnout", frag, a, link=" as ")]
        elif s == 4:
            text = f"{a.full} won the seat by {40 + k % 300} votes. {b.full}, who finished second, said that {c}."  # noqa: E501
            expects = [that_report(text, c, b)]
            people = (a, b)
        elif s == 5:
            text = f"{q} {a.full} told {outlet[0]} after the count."
            expects = [_dq(q, a)]
            others = [outlet[1]]
        elif s == 6:
            text = f"{a.full}, {oa.after}, said the result was {frag}."
            expects = [mixed_report(text, f"the result was {frag}", a, ta)]
        else:
            region = f"whether {a.pronoun} would demand a recount"
            text = f"Asked {region}, {a.full} said: {qs}"
            expects = [_dq(qs, a), *tolerate(text, region)]
        yield _case(f"ho57-react-{s}", text, expects, people, others)


# --- 11. pronouns with two candidates of different genders --------------------------------------------------


def pronouns_two_genders() -> Iterator[Case]:
    """A woman and a man in view, then `she`/`he`: both introduced with offices, a turn each, `added that`
    after the other disagreed, a paragraph later, the pronoun's person as an object, `said she` inverted, a
    report. Key: the pronoun's person, the only one of its gender, with the title stated."""
    for a, s, m, r in _combos("ho57-pron2", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k)
        oa, ob = _office(k, k), _office(k + 3, k + 1)
        ta, tb = _t(oa), _t(ob)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 4) + ",")
        c, c2 = _cl(k), _cl(k + 5)
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        people = (a, b)
        others = [*_places(oa), *_places(ob), town]
        both = f"{a.full}, {oa.after}, and {b.full}, {ob.after}, met voters in {town} on {day}."
        if s == 0:
            text = f"{both} {q} {a.pronoun} said."
            expects = [_dq(q, a, ta)]
        elif s == 1:
            text = f"{both} {q} {a.last} said. {q2} {b.pronoun} replied."
            expects = [_dq(q, a, ta), _dq(q2, b, tb)]
        elif s == 2:
            text = (
                f"{a.full}, {oa.after}, said that {c}. {b.full} disagreed. {_cap(a.pronoun)} added that {c2}."
            )
            expects = [that_report(text, c, a, ta), that_report(text, c2, a, ta)]
        elif s == 3:
            text = (
                f"{a.full}, {oa.after}, faced {b.full}, {ob.after}, in the final debate in {town}.\n\n"
                f"{q} {b.pronoun} said."
            )
            expects = [_dq(q, b, tb)]
        elif s == 4:
            text = f"{b.full} praised {a.full}, {oa.after}, at the rally in {town}. {q} {a.pronoun} said."
            expects = [_dq(q, a, ta)]
            others = [*_places(oa), town]
        elif s == 5:
            text = f"{a.full} told reporters that {c}. {b.full}, {ob.after}, was next to speak. {q} said {b.pronoun}."  # noqa: E501
            expects = [that_report(text, c, a), _dq(q, b, tb)]
        elif s == 6:
            text = f"{a.full} and {b.full} campaigned in {town} on {day}. {_cap(b.pronoun)} said that {c}."
            expects = [that_report(text, c, b)]
            others = [town]
        else:
            text = f"{q} {a.full} said. {b.full}, {ob.after}, shook {b.poss} head. {q2} {b.pronoun} said."
            expects = [_dq(q, a), _dq(q2, b, tb)]
        yield _case(f"ho57-pron2-{s}", text, expects, people, others)


# --- 12. pronouns with two candidates of the same gender ----------------------------------------------------


def pronouns_same_gender() -> Iterator[Case]:
    """Two people of one gender, then `she`/`he`: the one who spoke after the other left, who took the
    microphone, who was asked, the one who just spoke adding, the one whose office the credit names, the one
    who shook her head and spoke; and no one where nobody could tell (`A and B both attended the count. "Q,"
    she said.`). Key: the person a careful reader can tell, or no speaker."""
    for a, s, m, r in _combos("ho57-pron1", 8):
        k = _k(PEOPLE57.index(a), s, r)
        b = _other(a, k, same=True)
        oa = _office(k, k)
        ob = _office(k + 2, k + 1)
        if ob.short == oa.short:
            ob = _office(k + 3, k + 1)
        ta, tb = _t(oa), _t(ob)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 6) + ",")
        c = _cl(k)
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        people = (a, b)
        others: list[str] = [town]
        if s == 0:
            text = f"{a.full} spoke after {b.full} had left the stage in {town}. {q} {a.pronoun} said."
            expects = [_dq(q, a)]
        elif s == 1:
            text = f"{b.full} sat in the front row in {town}. {q} {a.full} said. {q2} {a.pronoun} added."
            expects = [_dq(q, a), _dq(q2, a)]
        elif s == 2:
            text = f"{a.full} took the microphone from {b.full} in {town}. {q} {a.pronoun} said."
            expects = [_dq(q, a)]
        elif s == 3:
            text = f"{a.full} asked {b.full} about {_pick(TOPICS57, k)} at the forum in {town}. {q} {b.pronoun} replied."  # noqa: E501
            # key fix: the question about a topic is a speech act an annotator may mark as the asker's
            region = f"about {_pick(TOPICS57, k)} at the forum in {town}"
            expects = [_dq(q, b), *tolerate(text, region, (a.full,))]
        elif s == 4:
            text = f"{a.full} and {b.full} both attended the count in {town} on {day}. {q} {a.pronoun} said."
            expects = [_dq(q, None)]
        elif s == 5:
            text = f"{a.full}, {oa.after}, debated {b.full}, {ob.after}, in {town}. {q} {oa.short} said."
            expects = [_dq(q, a, ta)]
            others = [*_places(oa), *_places(ob), town]
        elif s == 6:
            text = (
                f"{a.full} and {b.full} were both on the ballot in {town}. {_cap(a.pronoun)} said that {c}."
            )
            expects = [that_report(text, c, None)]
        else:
            text = f"{q} {a.full}, {oa.after}, said. {b.full}, {ob.after}, shook {b.poss} head. {q2} {b.pronoun} said."  # noqa: E501
            expects = [_dq(q, a, ta), _dq(q2, b, tb)]
            others = [*_places(oa), *_places(ob), town]
        yield _case(f"ho57-pron1-{s}", text, expects, people, others)


# --- 13. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody says: slogans on signs, a bill name beside a real quotation, chants, a poll question (the
    pollster's or no one's), narrative with no report, a new party's name, a banner beside a real quotation,
    an advert's title. Key: no quotation but the real one; the slogan, chant, bill, party and advert sit in no
    quotation."""
    for a, s, m, r in _combos("ho57-ctl", 8):
        k = _k(PEOPLE57.index(a), s, r)
        oa = _office(k, k)
        ta = _t(oa)
        q = m.q(_qt(k) + ",")
        town, day = _pick(TOWNS57, k), _pick(DAYS57, k)
        slogan = m.q(_pick(SLOGANS57, k))
        others = [*_places(oa), town]
        expects: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        if s == 0:
            text = f"Supporters in {town} waved signs reading {slogan} as {a.full} arrived on {day}."
            forbidden = (slogan,)
        elif s == 1:
            bill = m.q(_pick(BILLS57, k))
            text = f"{a.full}, {oa.after}, voted against the {bill} on {day}. {q} {a.pronoun} said."
            expects = [_dq(q, a, ta)]
            forbidden = (bill,)
        elif s == 2:
            chant = m.q(_pick(CHANTS57, k))
            text = f"The crowd in {town} chanted {chant} as {a.full} took the stage."
            forbidden = (chant,)
        elif s == 3:
            written, body, short = _pick(POLLSTERS57, k)
            question = m.q(_pick(QUESTIONS57, k))
            text = f"A poll by {written} asked voters in {town} {question} The results are due on {day}."
            expects = tolerate(text, question, (body, "poll", f"poll by {written}", f"{short} poll"))
            others = [town, a.full]
        elif s == 4:
            text = f"{_pick(NARRATIVE57, k)} {a.full} voted in {town} shortly after nine."
        elif s == 5:
            newp = m.q(_pick(NEWPARTIES57, k))
            text = f"{a.full} left the {_pick(PARTIES57, k)} in {2009 + k % 12} to found {newp}."
            forbidden = (newp,)
            others = [_pick(PARTIES57, k)]
        elif s == 6:
            text = f"A banner reading {slogan} hung behind the stage. {q} {a.full} told the crowd in {town}."
            expects = [_dq(q, a)]
            forbidden = (slogan,)
        else:
            advert = m.q(_pick(ADVERTS57, k))
            text = f"The {_pick(PARTIES57, k)} released a campaign advert titled {advert} on {day}."
            forbidden = (advert,)
            others = [_pick(PARTIES57, k)]
        yield _case(f"ho57-ctl-{s}", text, expects, (a,), others, forbidden=forbidden)


HELD_OUT_57: tuple[Capability, ...] = (
    _named(
        "campaign_trail",
        "1",
        "told supporters at a rally in TOWN; a campaign stop; a crowd; a banner",
        campaign_trail,
    ),
    _named(
        "debates", "1", "shot back; her opponent replied; three candidates; incumbent and challenger", debates
    ),
    _named(
        "office_references",
        "4",
        "the governor, the former mayor, the incumbent, Ms SURNAME later",
        office_references,
    ),
    _named(
        "party_spokespeople",
        "5",
        "a spokesman for the PARTY; the party said in a statement",
        party_spokespeople,
    ),
    _named("campaign_staff", "6", "NAME, the campaign's ROLE; ROLE for the SURNAME campaign", campaign_staff),
    _named(
        "polls_pollsters",
        "5",
        "according to a poll by BODY; found that; who directs the poll",
        polls_pollsters,
    ),
    _named(
        "legislator_tags",
        "6",
        "Rep. NAME, D-DISTRICT; NAME (GA, SEAT); the PARTY MP for SEAT",
        legislator_tags,
    ),
    _named("reported_politicians", "4", 'A said B had "lied"; A accused B of ACT', reported_politicians),
    _named("endorsements", "4", "B endorsed A; In endorsing A, B said; a union's president", endorsements),
    _named("reactions", "3", 'A called the result "F"; concessions; victory speeches', reactions),
    _named("pronouns_two_genders", "4", "she/he with a woman and a man in view", pronouns_two_genders),
    _named(
        "pronouns_same_gender",
        "4",
        "she/he with two of one gender: the one a reader can tell, or no one",
        pronouns_same_gender,
    ),
    _named("controls", "8", "slogans, chants, bill names, poll questions, adverts, narrative", controls),
)
