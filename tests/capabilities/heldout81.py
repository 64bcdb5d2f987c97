"""Eighty-first held-out round: capabilities written at commit ``16b3e508`` by a helper (``hcap87``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout81data.py``: thirty invented ministers, regulators, utility
and mining executives and spokespeople, analysts, consultants, union officials, mine workers, landowners,
community leaders and campaigners of Norwegian, Zulu, Welsh, Maori, Irish, Igbo, Ukrainian, Chilean, Kikuyu,
Luo, German, Tamil, Dutch, Yoruba, Australian, Persian, Scottish, Polish and Portuguese origin, each with a
gender and an age; eighteen posts with their bodies, short second references and voices; ministers' posts and
the opposition's spokes-post; descriptions of people near a project and of workers; ten bodies that issue
statements, some of one word, each with the common noun a desk uses for it (*the miner*, *the utility*, *the
regulator*); documents; outlets; banks; places; project names, vessel names, nicknames, placard slogans, scare
terms, tariff names and report titles in marks; quotations, reported clauses and pointed fragments in each
voice; split quotations; outage leads and narrative lines) as a round of ENERGY, MINING AND UTILITIES as an
energy and resources desk writes it: every case is a short passage (one to five sentences, or a short article
of four paragraphs) with one to three people, and every quotation checks the content (the marks and the words
inside them for a direct quotation; the reported clause, with or without its *that*, for an indirect one; the
clause with its marked fragment, or the fragment alone, for a mixed one), the kind, the canonical full name
and, whenever the text states one, the title with `Contains` of the role noun and each affiliation stated,
with `wrong_speakers` for every other person, body, outlet, bank, place, document and audience (*reporters*,
*analysts*, *investors*, *the panel*, *parliament*, *the crowd*, *residents*, *customers*) in the passage.

Conventions: a body speaks under its full name or its own short name (*Kestrel* for *Kestrel Mining*), not
under the common noun of a second reference (*the miner*, *the utility*, *the union*), which names the body
the passage gave first. `Analysts at BANK wrote that C` is BANK's (or *analysts at BANK*). A post stated only
through the body's possessive (*its director general*, *Its chief inspector*) gives a title checked for the
role noun only; `FULL of BODY` gives a title checked for the body. A relative clause (*who has worked at the
pit for twenty years*, *who lives in Ashby*, *who chairs the panel*) states no title, so the title is not
checked there. A question put to a speaker (*asked FULL whether C*, *asked FULL about the dividend*) is the
questioner's report or nothing, never the answerer's; the answer is the answerer's. `"Q1," FULL said. "Q2."`
gives both quotations to FULL, as two or as one span with the credit inside. *NAME declined to comment* is
NAME's report or none; *NAME is expected to announce* is a report with no speaker or NAME's or none; an act
without words (*apologised to customers*, *reported a fall in quarterly profit*, *asked about*) is the doer's
report or none; `Asked whether C, FULL said:` may give the fronted question no speaker. `FULL said C,
according to a transcript of the call` (or `according to OUTLET`, `a transcript released by BODY`) may come
out as FULL's report of C or as the transcript's (the outlet's, the body's) report of the whole sentence.
Chanted or placard slogans, project and vessel names, nicknames, scare terms, tariff names and report titles
in marks are no quotation (a report that holds a tariff's name in marks stays indirect); a chant or a placard
may come out as a quotation with no speaker (or *pickets*). A split quotation may come out as two quotations
or as one span with its credit inside.

Key fixes after the one run (no case weakened): one reported clause of Clearwater Watch in the fillers,
*earlier warnings had been ignored*, reads two ways after *said* (*said earlier* or *earlier warnings*), so a
careful reader cannot tell which words are reported; it is now *its earlier warnings had been ignored*. Six
cases that had failed on that segmentation (in hearings, second references and bodies) now pass; the fronted
form of the same clause (*Earlier warnings had been ignored, Clearwater Watch said on Thursday.*, which was
not ambiguous and which quotex had missed) changed with it and now passes too, while the same failure stays in
the union's fronted clauses. No expected offset, title, speaker or kind was found wrong.

1. outage updates from utilities: a lead then `"C," said FULL, POST.`, `FULL, POST, said C.`, `POST FULL told
   customers that`, a utility's website update, `"C," FULL told OUTLET. "C2."`, an apology then a pronoun
   credit, `According to UTILITY,`, a fronted clause, open cue verbs, `In an update posted at 6 a.m., UTILITY
   said:`, a resident by relative clause, `wrote on social media:` (`outages`);
2. price rises and bills: `POST FULL announced that`, `said X was "F"`, `was blunt:`, a consumer group
   `disagreed, saying that`, a regulator's announcement then `FULL, its ROLE, said:`, `adding that`,
   forecasting cues, `Asked whether C, FULL said:`, `FULL of BODY said`, `called X "F"` (`prices`);
3. licence hearings: `told the panel:`, `Under questioning from OTHER, counsel for the objectors, FULL
   conceded that`, a chair's question and the answer, `told the hearing that`, `The panel also heard from
   FULL, DESC, who said`, written evidence, `later added:`, `said as PRONOUN left the hearing`, `said the
   ROLE` among two witnesses, an adjournment that reports nothing (`hearings`);
4. earnings calls: `On a call with analysts, FULL, POST, said`, `told investors`, `Analysts at BANK wrote in a
   note to clients that`, an analyst's question and the executive's answer, `said X was "F"`, a company's
   results then `FULL, its ROLE, told analysts that`, a results statement, `according to a transcript of the
   call`, an analyst's own report (`earnings_calls`);
5. strikes and unions: reports then pronoun credits, a miner by relative clause, a worker's description, the
   union's statement, `called the offer "F"`, *the miner said* and *the union said* after both are named,
   pickets chanting a slogan, fronted descriptions, `vowed that`, `told the crowd`, a decliner, management and
   a union reply (`strikes`);
6. spills and incidents: `BODY said it was investigating`, `standing on the riverbank`, `accused BODY of "F"`,
   the person who spotted it, a campaigner and a company, an inspectorate then `Its chief inspector, FULL,
   said:`, open cues by voice, `"C," FULL said. "C2."`, a company statement then a doubter, `according to
   OUTLET`, a refinery manager, an inspector (`spills`);
7. landowners and communities near projects: fronted descriptions, `FULL, AGE, DESC, said:`, relative clauses,
   `Among those at the meeting was FULL, POST.`, `For FULL, DESC, the pipeline is personal.`, two residents,
   `told OUTLET that`, `told residents that`, a trailing participle after the credit, a company visit then a
   resident, a resident and an executive (`communities`);
8. ministers of energy: titles before the name, `The energy minister, FULL, said:`, `told parliament that`,
   `Speaking in parliament,`, `the minister added`, the ministry's statement, the opposition's mixed reply,
   `is expected to announce` beside the opposition's words, `pledged that`, `wrote on social media`
   (`ministers`);
9. pronouns across people of both and of the same gender, within a sentence and across sentences (`pronouns`);
10. second references: `the ROLE added`, surname past a second person, role across sentences, `said the
    ROLE2`, age, `Ms/Mr SURNAME`, *the miner said* for a body, `FULL of BODY` then surname (`second_refs`);
11. split quotations: `said,` with and without the post, inverted, by surname, present tense, with an outlet,
    by pronoun past another person, by role, open cues, `wrote FULL, POST, in a letter to customers,`
    (`split_quotes`);
12. indirect and mixed reports with open cue verbs: with and without *that*, `According to`, fronted, `told
    OUTLET that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C, according to
    FULL.`, a time between cue and clause (`indirect_cues`);
13. bodies and documents: statements, `A statement from BODY read:`, website posts, a spokesperson after the
    body, `The DOC found that`, `has confirmed that`, a transcript released by the body, social media, `the
    statement said`, `the NOUN said` on second reference, a fronted clause, `According to the DOC,`
    (`bodies_documents`);
14. short articles of four paragraphs on an outage, a strike, a spill, a price rise, a results day, a licence
    hearing and a minister's statement, with two or three people, bodies, second references and pronouns
    (`articles`);
15. controls: a project name, a tanker's name, a nickname, placards, a scare term, a report with a tariff's
    name in marks (indirect), a decliner, narrative, a report's title, a launch with a project name beside one
    real quotation, *is expected to*, a drilling rig's name (`controls`)."""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout81data import (
    ALLMARKS81,
    ANALYST81,
    BANKS81,
    BILLWISE81,
    BODIES81,
    CAMPAIGNER81,
    CLAUSES81,
    CLEARWATER81,
    DAYS81,
    DESCS81,
    DOCS81,
    FERRO_CEO81,
    FRAGS81,
    GPA81,
    GPA_DG81,
    HALCYON_CFO81,
    INSPECTOR81,
    KESTREL81,
    KESTREL_CEO81,
    MARKS81,
    MINISTER81,
    MINISTRY81,
    MINPOSTS81,
    NARRATIVE81,
    NICKS81,
    NV_OPS81,
    NV_SPOKES81,
    OPPOSITION81,
    OUTAGE_LEADS81,
    OUTLETS81,
    PELLWORTH81,
    PEOPLE81,
    PLACES81,
    POLLUTERS81,
    POSTS81,
    PROJECTS81,
    QUOTES81,
    REFINERY81,
    RESIDENTS81,
    RTITLES81,
    SCARE81,
    SLOGANS81,
    SPLITS81,
    STEWARD81,
    STORMS81,
    TARIFFS81,
    TW_NETWORKS81,
    UNION81,
    UNION_GS81,
    VESSELS81,
    VILLAGES81,
    VOLTRA81,
    VOLTRA_CEO81,
    WORKERS81,
    Body81,
    Post81,
)
from heldout_kit import Mark, Person, keyed_case, mixed_report, other_person, segmented, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import names as _nm
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import report as _r
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec
#: A case's text, expected quotations, people and other names, as a shape builds them.
_Built = tuple[str, list[Expect], tuple[Person, ...], list[str]]


def _case(
    template: str,
    text: str,
    ex: Sequence[Expect],
    people: Sequence[Person],
    others: Sequence[str] = (),
    *,
    forbidden: Sequence[str] = (),
) -> Case:
    return keyed_case(template, text, ex, people, [o for o in others if o], forbidden=forbidden)


def _other(p: Person, step: int, *, gender: str | None = None, avoid: Sequence[Person] = ()) -> Person:
    return other_person(PEOPLE81, p, step, gender=gender, avoid=avoid)


def _mixed(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`... said (that) X was "F"`: the clause with its fragment, with or without *that*, kind mixed."""
    return mixed_report(text, clause, _nm(who), title)  # (any kind of speaker: the helper's own key)


def _t(p: Post81) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _voice(v: Post81 | str) -> str:
    return v if isinstance(v, str) else v.topic


def _qt(v: Post81 | str, n: int) -> str:
    """A quotation in the voice of *v* (a post, or a voice)."""
    return _pick(QUOTES81[_voice(v)], n)


def _cl(v: Post81 | str, n: int) -> str:
    """A reported clause in the voice of *v*."""
    return _pick(CLAUSES81[_voice(v)], n)


def _fr(v: Post81 | str, n: int) -> tuple[str, str]:
    """(what a fragment is said of, the fragment) in the voice of *v*."""
    return _pick(FRAGS81[_voice(v)], n)


def _post2(n: int, taken: Post81, pool: Sequence[Post81] = POSTS81) -> Post81:
    """A second post of *pool* whose short reference and body differ from *taken*'s."""
    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if p.short != taken.short and p.body != taken.body:
            return p
    raise ValueError("no second post")


def _bare(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def _body_of(p: Post81) -> Body81:
    """The body a post belongs to."""
    for body in BODIES81:
        if body.bare == _bare(p.body):
            return body
    raise ValueError(f"no body for {p.after}")


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout81.{name}", "heldout81", description, unique_texts(gen))


def _combos(
    shapes: int, marks: Sequence[Mark] = ALLMARKS81, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(PEOPLE81, range(shapes), marks, range(reps)))


def _slot(p: Person, shape: int, r: int) -> int:
    return _k(PEOPLE81.index(p), shape, r)


def _according(text: str, whole: str, clause: str, who: Person, recorder: tuple[str, ...]) -> list[Expect]:
    """`FULL said C, according to X.`: FULL's report of C, or X's report of the whole sentence."""
    return _alts(
        text,
        [_that(text, clause, who)],
        [_r(whole, recorder)],
        [_r(f"{whole}, according to", recorder)],
    )


def _people_of(ex: Sequence[Expect], who: Person) -> tuple[Person, ...]:
    """*who* as a person of the passage, unless the key gave *who*'s saying to a recorder instead."""
    if any(e.speaker is not None and who.full not in e.speaker for e in ex):
        return ()
    return (who,)


def _bodyq(body: Body81, n: int, m: Mark, end: str) -> str:
    """One of *body*'s statement quotations in marks, ending with *end*."""
    return m.q(body.quotes[n % 2] + end)


# --- 1. outage updates --------------------------------------------------------------------------------------

OUTCUES81 = ("warned", "cautioned", "confirmed", "admitted", "acknowledged", "insisted")


def outages() -> Iterator[Case]:
    """`LEAD "C," said FULL, POST.`; `LEAD FULL, POST, said C.`; `POST FULL told customers that C.`; `LEAD
    UTILITY said in an update on its website that C.`; `"C," FULL told OUTLET. "C2."`; `FULL, POST, apologised
    to customers DAY. "C," PRONOUN said.`; `According to UTILITY, C.`; `C, FULL, POST, said DAY.`; `FULL,
    POST, CUE that C.`; `In an update posted at 6 a.m., UTILITY said: "C."`; `FULL, who lives in VILLAGE, had
    been without power for two days. "C," PRONOUN said.`; `FULL, POST, wrote on social media: "C."` Key:
    FULL's (with POST where stated), the utility's words the utility's; the storm, the outlet, the customers
    never."""
    pool = (NV_SPOKES81, NV_OPS81, TW_NETWORKS81)
    for a, shape, m, r in sample(_combos(12), 250, "ho81-outages"):
        k = _slot(a, shape, r)
        p = _pick(pool, k)
        t = _t(p)
        body = _body_of(p)
        lead = _pick(OUTAGE_LEADS81, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        q2s = m.q(_qt(p, k + 1) + ".")
        c = _cl(p, k)
        bc = body.clauses[k % 2]
        outlet, day, village = _pick(OUTLETS81, k), _pick(DAYS81, k), _pick(VILLAGES81, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, *STORMS81, "customers"]
        if shape == 0:
            text = f"{lead} {q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 1:
            text = f"{lead} {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told customers that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"{lead} {body.name} said in an update on its website that {bc}."
            ex, people = [_that(text, bc, body.accepted)], ()
        elif shape == 4:
            text = f"{q} {a.full} told {outlet}. {q2s}"
            ex = _groups(text, [q, q2s], a, ANY)
            others.append(outlet)
        elif shape == 5:
            region = f"{a.full}, {p.a(a)}, apologised to customers {day}."
            text = f"{region} {q} {a.pronoun} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        elif shape == 6:
            text = f"According to {body.low}, {bc}."
            ex, people = [_r(bc, body.accepted)], ()
        elif shape == 7:
            text = f"{_cap(c)}, {a.full}, {p.a(a)}, said {day}."
            ex = [_r(_cap(c), a, t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, {_pick(OUTCUES81, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 9:
            bq = _bodyq(body, k, m, ".")
            text = f"{lead} In an update posted at 6 a.m., {body.low} said: {bq}"
            ex, people = [_d(bq, body.accepted)], ()
        elif shape == 10:
            rq = m.q(_qt("resident", k) + ",")
            text = (
                f"{a.full}, who lives in {village}, had been without power for two days. "
                f"{rq} {a.pronoun} said."
            )
            ex = [_d(rq, a)]
            others.append(village)
        else:
            text = f"{a.full}, {p.a(a)}, wrote on social media: {qs}"
            ex = [_d(qs, a, t)]
        yield _case(f"ho81-outages-{shape}", text, ex, people, others)


# --- 2. price rises and bills -------------------------------------------------------------------------------

PRICECUES81 = ("predicted", "forecast", "cautioned", "noted", "argued", "estimated")


def prices() -> Iterator[Case]:
    """`POST FULL announced DAY that C.`; `FULL, POST, said X was "F".`; `FULL, POST, was blunt: "C."`; `"C,"
    FULL, POST, told OUTLET. OTHER, director of the consumer group Billwise, disagreed, saying that C2.`;
    `BODY announced DAY that C. FULL, its ROLE, said: "C2."`; `Bills will rise again in April. "C," said FULL,
    POST, adding that C2.`; `FULL, POST, CUE that C.`; `Asked whether bills would fall before the winter, FULL
    said: "C."`; `FULL of BODY said C.`; `Consumer groups reacted angrily. FULL, POST, called X "F".`; `POST
    FULL said C. "C2," PRONOUN added.` Key: each speaker's words their own, with the title stated."""
    pool = (GPA_DG81, PELLWORTH81, VOLTRA_CEO81)
    cons = BILLWISE81
    for a, shape, m, r in sample(_combos(11), 240, "ho81-prices"):
        k = _slot(a, shape, r)
        p = _pick(pool, k)
        t = _t(p)
        b = _other(a, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        obj, frag = _fr(p, k)
        fq = m.q(frag)
        outlet, day = _pick(OUTLETS81, k), _pick(DAYS81, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{p.b(a)} {a.full} announced {day} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            clause = f"{obj} was {fq}"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 2:
            text = f"{a.full}, {p.a(a)}, was blunt: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 3:
            cb = _cl(cons, k)
            text = (
                f"{q} {a.full}, {p.a(a)}, told {outlet}. {b.full}, {cons.a(b)}, disagreed, saying that {cb}."
            )
            ex, people = [_d(q, a, t), _that(text, cb, b, _t(cons))], (a, b)
            others.append(cons.body)
        elif shape == 4:
            body, role = _pick(((GPA81, "director general"), (VOLTRA81, "chief executive")), k)
            bc = body.clauses[k % 2]
            pq = _bodyq(body, k + 1, m, ".")
            text = f"{body.name} announced {day} that {bc}. {a.full}, its {role}, said: {pq}"
            ex = [_that(text, bc, body.accepted), _d(pq, a, Contains(role))]
            others = [body.bare]
        elif shape == 5:
            text = f"Bills will rise again in April. {q} said {a.full}, {p.a(a)}, adding that {c}."
            ex = [_d(q, a, t), _that(text, c, a, t)]
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, {_pick(PRICECUES81, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            region = "Asked whether bills would fall before the winter"
            text = f"{region}, {a.full} said: {qs}"
            ex = [*tolerate(text, region), _d(qs, a)]
        elif shape == 8:
            text = f"{a.full} of {p.body} said {c}."
            ex = [_that(text, c, a, Contains(_bare(p.body)))]
        elif shape == 9:
            cobj, cfrag = _fr(cons, k)
            cfq = m.q(cfrag)
            text = f"Consumer groups reacted angrily. {a.full}, {cons.a(a)}, called {cobj} {cfq}."
            ex = [_called(text, cobj, cfq, (a.full,), title=_t(cons))]
            others = [cons.body, "Consumer groups"]
        else:
            cb = _cl(cons, k)
            cq = m.q(_qt(cons, k) + ",")
            text = f"{cons.b(a)} {a.full} said {cb}. {cq} {a.pronoun} added."
            ex = [_that(text, cb, a, _t(cons)), _d(cq, a, _t(cons))]
            others = [cons.body]
        yield _case(f"ho81-prices-{shape}", text, ex, people, others)


# --- 3. licence hearings ------------------------------------------------------------------------------------


def hearings() -> Iterator[Case]:
    """`At the hearing in VILLAGE, FULL, POST, told the panel: "C."`; `Under questioning from OTHER, counsel
    for the objectors, FULL, POST, conceded that C.`; `OTHER, who chairs the panel, asked FULL whether C.
    "C2," SURNAME replied.`; `FULL, POST, told the hearing that C.`; `The panel also heard from FULL, DESC,
    who said C.`; `FULL, POST, said in written evidence that C.`; `In written evidence to the panel, BODY said
    C.`; `FULL, POST, gave evidence for almost two hours. PRONOUN told the panel that C, and later added:
    "C2."`; `"C," FULL said as PRONOUN left the hearing.`; `OTHER, POST2, and FULL, POST, both gave evidence.
    "C," said the ROLE.`; `The panel adjourned until Thursday without hearing from FULL, POST.` Key: the
    witness's words the witness's; the questioner's question the questioner's or nobody's; the panel never."""
    pool = (attrs.evolve(KESTREL_CEO81, topic="hearing"), RESIDENTS81, INSPECTOR81)
    for a, shape, m, r in sample(_combos(11), 240, "ho81-hearings"):
        k = _slot(a, shape, r)
        p = _pick(pool, k)
        t = _t(p)
        b = _other(a, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        village, day = _pick(VILLAGES81, k), _pick(DAYS81, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, "panel", "hearing"]
        ex: list[Expect] = []
        if shape == 0:
            text = f"At the hearing in {village}, {a.full}, {p.a(a)}, told the panel: {qs}"
            ex = [_d(qs, a, t)]
            others.append(village)
        elif shape == 1:
            text = (
                f"Under questioning from {b.full}, counsel for the objectors, {a.full}, {p.a(a)}, "
                f"conceded that {c}."
            )
            ex, people = [_that(text, c, a, t)], (a, b)
            others.append("objectors")
        elif shape == 2:
            region = f"{b.full}, who chairs the panel, asked {a.full} whether {c}."
            text = f"{region} {q} {a.last} replied."
            ex, people = [*tolerate(text, region, (b.full,)), _d(q, a)], (a, b)
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, told the hearing that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            desc, parts = _pick(DESCS81, k)
            cc = _cl("community", k)
            text = f"The panel also heard from {a.full}, {desc}, who said {cc}."
            ex = [_that(text, cc, a, Contains(parts))]
        elif shape == 5:
            text = f"{a.full}, {p.a(a)}, said in written evidence that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 6:
            body = _pick((KESTREL81, CLEARWATER81), k)
            bc = body.clauses[k % 2]
            text = f"In written evidence to the panel, {body.low} said {bc}."
            ex, people = [_that(text, bc, body.accepted)], ()
        elif shape == 7:
            text = (
                f"{a.full}, {p.a(a)}, gave evidence for almost two hours. "
                f"{_cap(a.pronoun)} told the panel that {c}, and later added: {qs}"
            )
            ex = [_that(text, c, a, t), _d(qs, a, t)]
        elif shape == 8:
            text = f"{q} {a.full} said as {a.pronoun} left the hearing."
            ex = [_d(q, a)]
        elif shape == 9:
            pb = _post2(k, p, pool)
            text = (
                f"The licence hearing resumed {day}. {b.full}, {pb.a(b)}, and {a.full}, {p.a(a)}, "
                f"both gave evidence. {q} said {p.sh(a)}."
            )
            ex, people = [_d(q, a, t)], (a, b)
            others.append(pb.body)
        else:
            text = f"The panel adjourned until Thursday without hearing from {a.full}, {p.a(a)}."
        yield _case(f"ho81-hearings-{shape}", text, ex, people, others)


# --- 4. earnings calls --------------------------------------------------------------------------------------


def earnings_calls() -> Iterator[Case]:
    """`On a call with analysts DAY, FULL, POST, said C.`; `"C," FULL, POST, told investors DAY.`; `Analysts
    at BANK wrote in a note to clients that C.`; `OTHER, an analyst at BANK, asked FULL, POST, about the
    dividend. "C," SURNAME replied.`; `POST FULL said X was "F".`; `FULL, POST, struck a cautious note. "C,"
    PRONOUN said.`; `BODY reported a fall in quarterly profit DAY. FULL, its ROLE, told analysts that C.`; `In
    its results statement, BODY said C.`; `FULL said C, according to a transcript of the call.`; `FULL, POST,
    told analysts: "C." Shares in BODY fell 4 per cent DAY.`; `FULL, an analyst at Corrigan Brothers, said
    C.`; `FULL, an analyst at BANK, wrote in a note to clients that C.` Key: the executive's words the
    executive's, the analyst's question the analyst's or nobody's, a bank's note the bank's."""
    execs = (KESTREL_CEO81, FERRO_CEO81, HALCYON_CFO81)
    roles = {
        KESTREL_CEO81: "chief executive",
        FERRO_CEO81: "chief executive",
        HALCYON_CFO81: "chief financial officer",
    }
    for a, shape, m, r in sample(_combos(12), 250, "ho81-earnings"):
        k = _slot(a, shape, r)
        p = _pick(execs, k)
        t = _t(p)
        body = _body_of(p)
        b = _other(a, k)
        q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
        c = _cl(p, k)
        ca = _cl(ANALYST81, k)
        bank, day = _pick(BANKS81, k), _pick(DAYS81, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, "analysts", "investors"]
        if shape == 0:
            text = f"On a call with analysts {day}, {a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{q} {a.full}, {p.a(a)}, told investors {day}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"Analysts at {bank} wrote in a note to clients that {ca}."
            ex, people = [_that(text, ca, (bank, f"analysts at {bank}", f"{bank} analysts"))], ()
            others = ["clients"]
        elif shape == 3:
            region = f"{b.full}, an analyst at {bank}, asked {a.full}, {p.a(a)}, about the dividend."
            text = f"{region} {q} {a.last} replied."
            ex, people = [*tolerate(text, region, (b.full,)), _d(q, a, t)], (a, b)
            others.append(bank)
        elif shape == 4:
            obj, frag = _fr(p, k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{p.b(a)} {a.full} said {clause}."
            ex = [_mixed(text, clause, a, t)]
        elif shape == 5:
            text = f"{a.full}, {p.a(a)}, struck a cautious note. {q} {a.pronoun} said."
            ex = [_d(q, a, t)]
        elif shape == 6:
            region = f"{body.name} reported a fall in quarterly profit {day}."
            text = f"{region} {a.full}, its {roles[p]}, told analysts that {c}."
            ex = [*tolerate(text, region, body.accepted), _that(text, c, a, Contains(roles[p]))]
            others = [body.bare, "analysts"]
        elif shape == 7:
            bc = body.clauses[k % 2]
            text = f"In its results statement, {body.low} said {bc}."
            ex, people = [_that(text, bc, body.accepted)], ()
        elif shape == 8:
            whole = f"{a.full} said {c}"
            text = f"{whole}, according to a transcript of the call."
            ex = _according(text, whole, c, a, ("transcript", "a transcript", "transcript of the call"))
            people = _people_of(ex, a)
        elif shape == 9:
            text = f"{a.full}, {p.a(a)}, told analysts: {qs} Shares in {body.low} fell 4 per cent {day}."
            ex = [_d(qs, a, t)]
        elif shape == 10:
            text = f"{a.full}, {ANALYST81.a(a)}, said {ca}."
            ex = [_that(text, ca, a, _t(ANALYST81))]
            others = [ANALYST81.body]
        else:
            text = f"{a.full}, an analyst at {bank}, wrote in a note to clients that {ca}."
            ex = [_that(text, ca, a, Contains(("analyst", bank)))]
            others = [bank, "clients"]
        yield _case(f"ho81-earnings-{shape}", text, ex, people, others)


# --- 5. strikes and unions ----------------------------------------------------------------------------------

STRIKECUES81 = ("insisted", "vowed", "warned", "pledged")
#: The strike quotations a miner says in the first person.
WORKERQUOTES81 = tuple(QUOTES81["strike"][i] for i in (1, 3, 4))


def _strikes_first(a: Person, shape: int, m: Mark, r: int) -> _Built:
    pool = (UNION_GS81, STEWARD81)
    boss = attrs.evolve(KESTREL_CEO81, topic="management")
    k = _slot(a, shape, r)
    p = _pick(pool, k)
    t = _t(p)
    q = m.q(_qt(p, k) + ",")
    c = _cl(p, k)
    day = _pick(DAYS81, k)
    people: tuple[Person, ...] = (a,)
    others = [p.body, "reporters"]
    if shape == 0:
        text = f"{a.full}, {p.a(a)}, said {c}. {q} {a.pronoun} said."
        ex = [_that(text, c, a, t), _d(q, a, t)]
    elif shape == 1:
        wq = m.q(_pick(WORKERQUOTES81, k) + ",")
        text = f"{wq} said {a.full}, who has worked at the Tarrock pit for twenty years."
        ex = [_d(wq, a)]
        others.append("the Tarrock pit")
    elif shape == 2:
        wd, parts = _pick(WORKERS81, k)
        text = f"{a.full}, {wd}, said {c}."
        ex = [_that(text, c, a, Contains(parts))]
        others = ["Ferrocrest", "the Tarrock pit"]
    elif shape == 3:
        if r % 2:
            bq = _bodyq(UNION81, k, m, ".")
            text = f"{UNION81.name} said in a statement: {bq}"
            ex = [_d(bq, UNION81.accepted)]
        else:
            uc = UNION81.clauses[k % 2]
            text = f"{UNION81.name} said in a statement that {uc}."
            ex = [_that(text, uc, UNION81.accepted)]
        people, others = (), []
    elif shape == 4:
        obj, frag = _fr(p, k)
        fq = m.q(frag)
        text = f"{a.full}, {p.a(a)}, called {obj} {fq}."
        ex = [_called(text, obj, fq, (a.full,), title=t)]
    elif shape == 5:
        kc, uc = _cl(boss, k), UNION81.clauses[k % 2]
        text = (
            f"Kestrel Mining and the Mine and Quarry Workers' Union traded statements {day}. "
            f"The miner said {kc}. The union said {uc}."
        )
        ex = [_that(text, kc, KESTREL81.accepted), _that(text, uc, UNION81.accepted)]
        people, others = (), ["Kestrel Mining", "Kestrel", "Mine and Quarry Workers' Union"]
    return text, ex, people, others


def _strikes_second(a: Person, shape: int, m: Mark, r: int) -> _Built:
    pool = (UNION_GS81, STEWARD81)
    boss = attrs.evolve(KESTREL_CEO81, topic="management")
    fronted = (
        ("The union's general secretary", Contains("general secretary"), "strike"),
        ("A shop steward at the Tarrock pit", Contains(("shop steward", "Tarrock pit")), "strike"),
        ("Kestrel's chief executive", Contains(("chief executive", "Kestrel")), "management"),
    )
    k = _slot(a, shape, r)
    p = _pick(pool, k)
    t = _t(p)
    b = _other(a, k)
    q, qs = m.q(_qt(p, k) + ","), m.q(_qt(p, k) + ".")
    c = _cl(p, k)
    place = _pick(("the Tarrock pit", "the Ferrocrest smelter", "Ashby village hall"), k)
    people: tuple[Person, ...] = (a,)
    others = [p.body, "reporters"]
    if shape == 6:
        slq = m.q(_pick(SLOGANS81, k))
        region = f"Pickets outside the Tarrock pit chanted {slq}"
        text = f"{region} as {a.full}, {p.a(a)}, arrived. {q} {a.pronoun} told reporters."
        ex = [*tolerate(text, region, ("pickets",)), _d(q, a, t)]
        others.append("pickets")
    elif shape == 7:
        desc, title, voice = _pick(fronted, k)
        fqs = m.q(_qt(voice, k) + ".")
        text = f"{desc}, {a.full}, said: {fqs}"
        ex = [_d(fqs, a, title)]
        others = ["union", "Kestrel", "the Tarrock pit"]
    elif shape == 8:
        text = f"{a.full}, {p.a(a)}, {_pick(STRIKECUES81, k)} that {c}."
        ex = [_that(text, c, a, t)]
    elif shape == 9:
        text = f"{a.full} addressed a rally outside {place}. {q} {a.pronoun} told the crowd."
        ex = [_d(q, a)]
        others = [place, "crowd"]
    elif shape == 10:
        region = f"{a.full}, {p.a(a)}, declined to comment on the ballot."
        text = f"{region} The result is due on Friday."
        ex = tolerate(text, region, (a.full,))
    else:
        mc = _cl(boss, k)
        text = f"{b.full}, {boss.a(b)}, said {mc}. {a.full}, {p.a(a)}, responded: {qs}"
        ex, people = [_that(text, mc, b, _t(boss)), _d(qs, a, t)], (a, b)
        others.append(boss.body)
    return text, ex, people, others


def strikes() -> Iterator[Case]:
    """`FULL, POST, said C. "C2," PRONOUN said.`; `"C," said FULL, who has worked at the Tarrock pit for
    twenty years.`; `FULL, WORKER, said C.`; the union's statement; `FULL, POST, called X "F".`; `Kestrel
    Mining and the Mine and Quarry Workers' Union traded statements DAY. The miner said C. The union said
    C2.`; `Pickets outside the Tarrock pit chanted "S" as FULL, POST, arrived. "C," PRONOUN told reporters.`;
    `DESC, FULL, said: "C."`; `FULL, POST, CUE that C.`; `FULL addressed a rally outside PLACE. "C," PRONOUN
    told the crowd.`; `FULL, POST, declined to comment on the ballot.`; `OTHER, POST (management), said C.
    FULL, POST, responded: "C2."` Key: each speaker's own words; *the miner* Kestrel, *the union* the union;
    the chant nobody's (or the pickets'); the crowd and reporters never."""
    for a, shape, m, r in sample(_combos(12), 250, "ho81-strikes"):
        build = _strikes_first if shape < 6 else _strikes_second
        text, ex, people, others = build(a, shape, m, r)
        yield _case(f"ho81-strikes-{shape}", text, ex, people, others)


# --- 6. spills and incidents --------------------------------------------------------------------------------

SPILLCUES81 = {
    "spill": ("warned", "claimed", "alleged"),
    "spillco": ("confirmed", "admitted", "acknowledged"),
    "inspector": ("confirmed", "warned", "stressed"),
}
ACCUSED81 = ("a cover-up", "putting profit before the river", "years of neglect")


def _spills_first(a: Person, shape: int, m: Mark, r: int) -> _Built:
    pool = (CAMPAIGNER81, REFINERY81, INSPECTOR81)
    camp = CAMPAIGNER81
    insp = ("Mines Safety Inspectorate",)
    k = _slot(a, shape, r)
    p = _pick(pool, k)
    body = _pick(POLLUTERS81, k)
    place = _pick(("the Brannock refinery", "the Corran Bay terminal"), k)
    day = _pick(DAYS81, k)
    people: tuple[Person, ...] = (a,)
    others = [p.body, body.bare, place]
    if shape == 0:
        clause = f"it was investigating a leak at {place}"
        text = f"{body.name} said {clause}."
        ex, people = [_that(text, clause, body.accepted)], ()
        others = [place]
    elif shape == 1:
        cq = m.q(_qt(camp, k) + ",")
        text = f"{cq} said {a.full}, {camp.a(a)}, standing on the riverbank at Corran Bay."
        ex = [_d(cq, a, _t(camp))]
        others = [camp.body, "Corran Bay"]
    elif shape == 2:
        fq = m.q(_pick(ACCUSED81, k))
        text = f"{a.full}, {camp.a(a)}, accused {body.low} of {fq}."
        ex = [
            segmented(
                text,
                (
                    (f"{body.low} of {fq}", ("mixed",)),
                    (f"of {fq}", ("mixed",)),
                    (fq, ("direct", "mixed")),
                ),
                (a.full,),
                _t(camp),
            )
        ]
        others = [camp.body, body.bare]
    elif shape == 3:
        desc, parts = _pick(DESCS81[5:], k)
        cq = m.q(_qt(camp, k) + ",")
        text = f"The spill was spotted by {a.full}, {desc}, {day}. {cq} {a.pronoun} said."
        ex = [_d(cq, a, Contains(parts))]
        others = ["Corran Bay", "Halden"]
    elif shape == 4:
        cc = _cl(camp, k)
        bc = _cl("spillco", k)
        text = f"{a.full}, {camp.a(a)}, said {cc}. {body.name}, which runs {place}, said {bc}."
        ex = [_that(text, cc, a, _t(camp)), _that(text, bc, body.accepted)]
        others = [camp.body, place]
    elif shape == 5:
        clause = f"it had sent inspectors to {place}"
        iq = m.q(_qt(INSPECTOR81, k) + ".")
        text = f"The Mines Safety Inspectorate said {clause}. Its chief inspector, {a.full}, said: {iq}"
        ex = [_that(text, clause, insp), _d(iq, a, Contains("chief inspector"))]
        others = [place]
    return text, ex, people, others


def _spills_second(a: Person, shape: int, m: Mark, r: int) -> _Built:
    pool = (CAMPAIGNER81, REFINERY81, INSPECTOR81)
    camp = CAMPAIGNER81
    k = _slot(a, shape, r)
    p = _pick(pool, k)
    t = _t(p)
    body = _pick(POLLUTERS81, k)
    q = m.q(_qt(p, k) + ",")
    c = _cl(p, k)
    place = _pick(("the Brannock refinery", "the Corran Bay terminal"), k)
    outlet, day = _pick(OUTLETS81, k), _pick(DAYS81, k)
    people: tuple[Person, ...] = (a,)
    others = [p.body, body.bare, place]
    if shape == 6:
        text = f"{a.full}, {p.a(a)}, {_pick(SPILLCUES81[p.topic], k)} that {c}."
        ex = [_that(text, c, a, t)]
    elif shape == 7:
        q2s = m.q(_qt(p, k + 1) + ".")
        text = f"{q} {a.full} said. {q2s}"
        ex = _groups(text, [q, q2s], a, ANY)
    elif shape == 8:
        bq = m.q(_qt("spillco", k) + ".")
        cq = m.q(_qt(camp, k) + ",")
        text = (
            f"In a statement, {body.low} said: {bq} {a.full}, {camp.a(a)}, was unconvinced. "
            f"{cq} {a.pronoun} said."
        )
        ex = [_d(bq, body.accepted), _d(cq, a, _t(camp))]
        others = [camp.body, body.bare]
    elif shape == 9:
        whole = f"{a.full} said {c}"
        text = f"{whole}, according to {outlet}."
        ex = _according(text, whole, c, a, (outlet, _bare(outlet)))
        people = _people_of(ex, a)
        others = [p.body, outlet] if people else [p.body]
    elif shape == 10:
        rc = _cl(REFINERY81, k)
        text = f"{REFINERY81.b(a)} {a.full} said {rc}."
        ex = [_that(text, rc, a, _t(REFINERY81))]
        others = [REFINERY81.body]
    else:
        ic = _cl(INSPECTOR81, k)
        text = f"Dead fish were found along the river {day}. {a.full}, {INSPECTOR81.a(a)}, said {ic}."
        ex = [_that(text, ic, a, _t(INSPECTOR81))]
        others = [INSPECTOR81.body]
    return text, ex, people, others


def spills() -> Iterator[Case]:
    """`BODY said it was investigating a leak at PLACE.`; `"C," said FULL, POST, standing on the riverbank at
    Corran Bay.`; `FULL, POST, accused BODY of "F".`; `The spill was spotted by FULL, DESC, DAY. "C," PRONOUN
    said.`; `FULL, POST, said C. BODY, which runs PLACE, said C2.`; `The Mines Safety Inspectorate said it had
    sent inspectors to PLACE. Its chief inspector, FULL, said: "C."`; `FULL, POST, CUE that C.`; `"C," FULL
    said. "C2."`; `In a statement, BODY said: "C." FULL, POST, was unconvinced. "C2," PRONOUN said.`; `FULL
    said C, according to OUTLET.`; `POST FULL said C.`; `Dead fish were found along the river DAY. FULL, POST,
    said C.` Key: each speaker's own words, the body's the body's; the outlet only as the recorder of a whole
    sentence."""
    for a, shape, m, r in sample(_combos(12), 250, "ho81-spills"):
        build = _spills_first if shape < 6 else _spills_second
        text, ex, people, others = build(a, shape, m, r)
        yield _case(f"ho81-spills-{shape}", text, ex, people, others)


# --- 7. landowners and communities --------------------------------------------------------------------------


def communities() -> Iterator[Case]:
    """`DESC, FULL said C.`; `FULL, AGE, DESC, said: "C."`; `"C," said FULL, who runs a cafe near the Corran
    Bay terminal.`; `Among those at the meeting in Ashby village hall was FULL, POST. "C," PRONOUN said.`;
    `For FULL, DESC, the pipeline is personal. "C," PRONOUN said.`; `FULL, DESC, and OTHER, DESC2, both spoke
    at the meeting. "C," said SURNAME2.`; `FULL, DESC, told OUTLET that C.`; `At a packed meeting in Ashby
    village hall, FULL, POST, told residents that C.`; `FULL has lived in VILLAGE all POSS life. "C," PRONOUN
    said, pointing at the haul road.`; `OTHER, POST, met residents DAY. FULL, DESC, said afterwards that C.`;
    `FULL, DESC, said: "C." OTHER, POST, said C2.` Key: the resident's words the resident's, with the
    description as the title; the executive and the residents never."""
    res = RESIDENTS81
    company = attrs.evolve(KESTREL_CEO81, topic="hearing")
    for a, shape, m, r in sample(_combos(11), 240, "ho81-communities"):
        k = _slot(a, shape, r)
        desc, parts = _pick(DESCS81, k)
        dt = Contains(parts)
        b = _other(a, k)
        q, qs = m.q(_qt("community", k) + ","), m.q(_qt("community", k) + ".")
        c = _cl("community", k)
        village, outlet, day = _pick(VILLAGES81, k), _pick(OUTLETS81, k), _pick(DAYS81, k)
        hall = "Ashby village hall"
        people: tuple[Person, ...] = (a,)
        others = ["residents", "the Tarrock pit"]
        if shape == 0:
            text = f"{_cap(desc)}, {a.full} said {c}."
            ex = [_that(text, c, a, dt)]
        elif shape == 1:
            text = f"{a.full}, {a.age}, {desc}, said: {qs}"
            ex = [_d(qs, a, dt)]
        elif shape == 2:
            text = f"{q} said {a.full}, who runs a cafe near the Corran Bay terminal."
            ex = [_d(q, a)]
            others.append("the Corran Bay terminal")
        elif shape == 3:
            text = f"Among those at the meeting in {hall} was {a.full}, {res.a(a)}. {q} {a.pronoun} said."
            ex = [_d(q, a, _t(res))]
            others += [res.body, hall]
        elif shape == 4:
            text = f"For {a.full}, {desc}, the pipeline is personal. {q} {a.pronoun} said."
            ex = [_d(q, a, dt)]
        elif shape == 5:
            desc2, parts2 = _pick(DESCS81, k + 3)
            text = f"{a.full}, {desc}, and {b.full}, {desc2}, both spoke at the meeting. {q} said {b.last}."
            ex, people = [_d(q, b, Contains(parts2))], (a, b)
        elif shape == 6:
            text = f"{a.full}, {desc}, told {outlet} that {c}."
            ex = [_that(text, c, a, dt)]
            others.append(outlet)
        elif shape == 7:
            text = f"At a packed meeting in {hall}, {a.full}, {res.a(a)}, told residents that {c}."
            ex = [_that(text, c, a, _t(res))]
            others += [res.body, hall]
        elif shape == 8:
            text = (
                f"{a.full} has lived in {village} all {a.poss} life. "
                f"{q} {a.pronoun} said, pointing at the haul road."
            )
            ex = [_d(q, a)]
            others.append(village)
        elif shape == 9:
            text = (
                f"{b.full}, {company.a(b)}, met residents {day}. {a.full}, {desc}, said afterwards that {c}."
            )
            ex, people = [_that(text, c, a, dt)], (a, b)
            others.append(company.body)
        else:
            hc = _cl(company, k)
            text = f"{a.full}, {desc}, said: {qs} {b.full}, {company.a(b)}, said {hc}."
            ex, people = [_d(qs, a, dt), _that(text, hc, b, _t(company))], (a, b)
            others.append(company.body)
        yield _case(f"ho81-communities-{shape}", text, ex, people, others)


# --- 8. ministers of energy ---------------------------------------------------------------------------------

MINCUES81 = ("pledged", "vowed", "promised", "insisted", "reiterated")


def ministers() -> Iterator[Case]:
    """`POST FULL said DAY that C.`; `The energy minister, FULL, said: "C."`; `FULL, POST, told parliament
    that C.`; `Speaking in parliament DAY, FULL said C.`; `POST FULL said C. "C2," the minister added.`; the
    ministry's statement; `FULL, POST, said C. OTHER, the opposition's energy spokes-noun, said X was "F".`;
    `"C," FULL told OUTLET.`; `FULL, POST, is expected to announce the decision DAY. "C," said OTHER, the
    opposition's energy spokes-noun.`; `POST FULL CUE that C.`; `"C," POST FULL wrote on social media.`;
    `Opposition energy spokes-noun FULL said C.` Key: the minister's words the minister's, the opposition's
    the opposition's; parliament never."""
    opp = OPPOSITION81
    for a, shape, m, r in sample(_combos(12), 250, "ho81-ministers"):
        k = _slot(a, shape, r)
        mp = _pick(MINPOSTS81, k)
        t = _t(mp)
        b = _other(a, k)
        q, qs = m.q(_qt(mp, k) + ","), m.q(_qt(mp, k) + ".")
        c = _cl(mp, k)
        outlet, day = _pick(OUTLETS81, k), _pick(DAYS81, k)
        people: tuple[Person, ...] = (a,)
        others = ["parliament", "government"]
        if shape == 0:
            text = f"{mp.b(a)} {a.full} said {day} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{_cap(mp.after)}, {a.full}, said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{a.full}, {mp.after}, told parliament that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 3:
            text = f"Speaking in parliament {day}, {a.full} said {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{mp.b(a)} {a.full} said {c}. {q} {mp.short} added."
            ex = [_that(text, c, a, t), _d(q, a, t)]
        elif shape == 5:
            mc = MINISTRY81.clauses[k % 2]
            text = f"{MINISTRY81.name} said in a statement that {mc}."
            ex, people, others = [_that(text, mc, MINISTRY81.accepted)], (), []
        elif shape == 6:
            obj, frag = _fr(opp, k)
            clause = f"{obj} was {m.q(frag)}"
            text = f"{a.full}, {mp.after}, said {c}. {b.full}, {opp.a(b)}, said {clause}."
            ex, people = [_that(text, c, a, t), _mixed(text, clause, b, _t(opp))], (a, b)
        elif shape == 7:
            text = f"{q} {a.full} told {outlet}."
            ex = [_d(q, a)]
            others.append(outlet)
        elif shape == 8:
            region = f"{a.full}, {mp.after}, is expected to announce the decision {day}."
            oq = m.q(_qt(opp, k) + ",")
            text = f"{region} {oq} said {b.full}, {opp.a(b)}."
            ex, people = [*tolerate(text, region, (a.full,)), _d(oq, b, _t(opp))], (a, b)
        elif shape == 9:
            text = f"{mp.b(a)} {a.full} {_pick(MINCUES81, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 10:
            text = f"{q} {mp.b(a)} {a.full} wrote on social media."
            ex = [_d(q, a, t)]
        else:
            oc = _cl(opp, k)
            text = f"{_cap(opp.b(a))} {a.full} said {oc}."
            ex = [_that(text, oc, a, _t(opp))]
        yield _case(f"ho81-ministers-{shape}", text, ex, people, others)


# --- 9. pronouns --------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, toured PLACE DAY. "C," PRONOUN said.` (genders differ); `FULL said C.
    OTHER, POST2, disagreed. "C," PRONOUN said.` (same gender: OTHER); `FULL, POST, met OTHER at PLACE.
    Afterwards, PRONOUN told reporters that C.` (same gender: the subject FULL); `"C," OTHER told FULL.
    PRONOUN replied: "C2."` (genders differ); `FULL, POST, spoke first. "C," PRONOUN said. OTHER, POST2,
    followed. "C2," PRONOUN said.` (same gender); `FULL said POSS phone had not stopped ringing. "C," PRONOUN
    said.`; `OTHER sat beside FULL at the briefing. PRONOUN said C.` (genders differ); `FULL, POST, said C.
    PRONOUN added that C2.`; `FULL and OTHER clashed at the hearing. PRONOUN2 said C2, while PRONOUN insisted
    that C.` (genders differ). Key: as a careful reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho81-pronouns"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS81, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 2, 4)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        q, qs = m.q(_qt(pa, k) + ","), m.q(_qt(pa, k) + ".")
        qb = m.q(_qt(pb, k + 1) + ",")
        c, c2 = _cl(pa, k), _cl(pa, k + 1)
        cb = _cl(pb, k + 2)
        place, day = _pick(PLACES81, k), _pick(DAYS81, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, place, "reporters"]
        if shape == 0:
            text = (
                f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, toured {place} {day}. {q} {a.pronoun} said."
            )
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {qb} {b.pronoun} said."
            ex = [_that(text, c, a), _d(qb, b, tb)]
        elif shape == 2:
            text = (
                f"{a.full}, {pa.a(a)}, met {b.full} at {place}. "
                f"Afterwards, {a.pronoun} told reporters that {c}."
            )
            ex = [_that(text, c, a, ta)]
        elif shape == 3:
            text = f"{qb} {b.full} told {a.full}. {_cap(a.pronoun)} replied: {qs}"
            ex = [_d(qb, b), _d(qs, a)]
        elif shape == 4:
            text = (
                f"{a.full}, {pa.a(a)}, spoke first. {q} {a.pronoun} said. "
                f"{b.full}, {pb.a(b)}, followed. {qb} {b.pronoun} said."
            )
            ex = [_d(q, a, ta), _d(qb, b, tb)]
        elif shape == 5:
            clause = f"{a.poss} phone had not stopped ringing since the announcement"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        elif shape == 6:
            text = f"{b.full} sat beside {a.full} at the briefing. {_cap(a.pronoun)} said {c}."
            ex = [_that(text, c, a)]
        elif shape == 7:
            text = f"{a.full}, {pa.a(a)}, said {c}. {_cap(a.pronoun)} added that {c2}."
            ex, people = [_that(text, c, a, ta), _that(text, c2, a, ta)], (a,)
        else:
            text = (
                f"{a.full} and {b.full} clashed at the hearing. "
                f"{_cap(b.pronoun)} said {cb}, while {a.pronoun} insisted that {c}."
            )
            ex = [_that(text, cb, b), _that(text, c, a)]
        yield _case(f"ho81-pronouns-{shape}", text, ex, people, others)


# --- 10. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "C2," the ROLE added.`; `FULL, POST, and OTHER, POST2, spoke at PLACE. "C,"
    SURNAME said.`; `POST FULL arrived at PLACE DAY. The ROLE told reporters that C.`; `FULL, POST, and OTHER,
    POST2, both attended. "C," said the ROLE2.` (OTHER); `POST FULL said C. "C2," SURNAME said later.`; `FULL,
    AGE, POST, said C. "C2," the AGE-year-old said.`; `FULL, POST, arrived at PLACE just after nine. "C,"
    Ms/Mr SURNAME said.`; `BODY said C. "C2," the NOUN said.`; `FULL of BODY said C. SURNAME added: "C2."`
    Key: the second reference's person (or body) with the post of the first mention; the other person never.
    """
    with_body = tuple(p for p in POSTS81 if p.body)
    for a, shape, m, r in sample(_combos(9), 240, "ho81-secondrefs"):
        k = _slot(a, shape, r)
        pa = _pick(POSTS81, k)
        pb = _post2(k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q = m.q(_qt(pa, k) + ",")
        qb = m.q(_qt(pb, k + 1) + ",")
        c = _cl(pa, k)
        place, day = _pick(PLACES81, k), _pick(DAYS81, k)
        people: tuple[Person, ...] = (a,)
        others = [pa.body, place, "reporters"]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, said {c}. {q} {pa.sh(a)} added."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, spoke at {place}. {q} {a.last} said."
            ex, people = [_d(q, a, ta)], (a, b)
            others.append(pb.body)
        elif shape == 2:
            text = f"{pa.b(a)} {a.full} arrived at {place} {day}. {_cap(pa.sh(a))} told reporters that {c}."
            ex = [_that(text, c, a, ta)]
        elif shape == 3:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, both attended. {qb} said {pb.sh(b)}."
            ex, people = [_d(qb, b, tb)], (a, b)
            others.append(pb.body)
        elif shape == 4:
            text = f"{pa.b(a)} {a.full} said {c}. {q} {a.last} said later."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 5:
            text = f"{a.full}, {a.age}, {pa.a(a)}, said {c}. {q} the {a.age}-year-old said."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 6:
            honor = a.kin("Ms", "Mr")
            text = f"{a.full}, {pa.a(a)}, arrived at {place} just after nine. {q} {honor} {a.last} said."
            ex = [_d(q, a, ta)]
        elif shape == 7:
            body = _pick(BODIES81, k)
            bc = body.clauses[k % 2]
            bq = _bodyq(body, k + 1, m, ",")
            text = f"{body.name} said {bc}. {bq} {body.noun} said."
            ex, people, others = [_that(text, bc, body.accepted), _d(bq, body.accepted)], (), []
        else:
            pw = _pick(with_body, k)
            bt = Contains(_bare(pw.body))
            cw, qw = _cl(pw, k), m.q(_qt(pw, k) + ".")
            text = f"{a.full} of {pw.body} said {cw}. {a.last} added: {qw}"
            ex = [_that(text, cw, a, bt), _d(qw, a, bt)]
            others = [pw.body]
        yield _case(f"ho81-secondrefs-{shape}", text, ex, people, others)


# --- 11. split quotations -----------------------------------------------------------------------------------

#: Each split quotation with the posts whose voice it is in.
SPLITVOICES81 = (
    (SPLITS81[0], (NV_SPOKES81, NV_OPS81)),
    (SPLITS81[1], (REFINERY81,)),
    (SPLITS81[2], (UNION_GS81, STEWARD81)),
    (SPLITS81[3], (GPA_DG81, PELLWORTH81, VOLTRA_CEO81)),
    (SPLITS81[4], (KESTREL_CEO81,)),
    (SPLITS81[5], (VOLTRA_CEO81, NV_SPOKES81, TW_NETWORKS81)),
    (SPLITS81[6], (MINISTER81, INSPECTOR81)),
    (SPLITS81[7], (HALCYON_CFO81, FERRO_CEO81, KESTREL_CEO81)),
)
SPLITCUES81 = ("conceded", "insisted", "warned", "added")


def split_quotes() -> Iterator[Case]:
    """`"C1," FULL, POST, said, "c2."`; `"C1," said FULL, "c2."`; `FULL spoke to reporters at PLACE. "C1,"
    SURNAME said, "c2."`; `"C1," FULL says, "c2."`; `"C1," FULL told OUTLET, "c2."`; `FULL, POST, arrived
    after OTHER. "C1," PRONOUN said, "c2."` (genders differ); `POST FULL took questions at PLACE. "C1," the
    ROLE said, "c2."`; `"C1," FULL CUE, "c2."`; `"C1," wrote FULL, POST, in a letter to customers, "c2."` Key:
    both parts (or one span) FULL's; the outlet, the customers and OTHER never."""
    for a, shape, m, r in sample(_combos(9), 240, "ho81-splits"):
        k = _slot(a, shape, r)
        (one, two), posts = _pick(SPLITVOICES81, k)
        p = _pick(posts, k + r)
        t = _t(p)
        h1, h2 = m.q(one + ","), m.q(two)
        place, outlet = _pick(PLACES81, k), _pick(OUTLETS81, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, place, outlet, "reporters", "customers"]
        title: TitleSpec = ANY
        if shape == 0:
            text, title = f"{h1} {a.full}, {p.a(a)}, said, {h2}", t
        elif shape == 1:
            text = f"{h1} said {a.full}, {h2}"
        elif shape == 2:
            text = f"{a.full} spoke to reporters at {place}. {h1} {a.last} said, {h2}"
        elif shape == 3:
            text = f"{h1} {a.full} says, {h2}"
        elif shape == 4:
            text = f"{h1} {a.full} told {outlet}, {h2}"
        elif shape == 5:
            b = _other(a, k, gender=_opp(a))
            text, title = f"{a.full}, {p.a(a)}, arrived after {b.full}. {h1} {a.pronoun} said, {h2}", t
            people = (a, b)
        elif shape == 6:
            text, title = f"{p.b(a)} {a.full} took questions at {place}. {h1} {p.sh(a)} said, {h2}", t
        elif shape == 7:
            text = f"{h1} {a.full} {_pick(SPLITCUES81, k)}, {h2}"
        else:
            text, title = f"{h1} wrote {a.full}, {p.a(a)}, in a letter to customers, {h2}", t
        yield _case(f"ho81-splits-{shape}", text, _groups(text, [h1, h2], a, title), people, others)


# --- 12. indirect and mixed reports -------------------------------------------------------------------------

CUES81 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "argued",
    "confirmed",
    "admitted",
    "maintained",
    "cautioned",
    "noted",
    "stressed",
    "predicted",
)


def indirect_cues() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.`; `FULL,
    POST, CUE DAY that C.` Key: the reported clause (with its fragment for a mixed one) FULL's, with the post
    where stated."""
    for a, shape, m, r in sample(_combos(11, MARKS81, 4), 240, "ho81-indirect"):
        k = _slot(a, shape, r)
        p = _pick(POSTS81, k)
        t = _t(p)
        c, c2 = _cl(p, k), _cl(p, k + 1)
        cue = _pick(CUES81, k)
        outlet, day = _pick(OUTLETS81, k), _pick(DAYS81, k)
        obj, frag = _fr(p, k)
        fq = m.q(frag)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet]
        if shape == 0:
            text = f"{a.full} {cue} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 1:
            text = f"{a.full}, {p.a(a)}, {cue} {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 3:
            text = f"{_cap(c)}, {a.full} said."
            ex = [_r(_cap(c), a)]
        elif shape == 4:
            text = f"{a.full} told {outlet} that {c}."
            ex = [_that(text, c, a)]
        elif shape == 5:
            text = f"{a.full} said that {c} and that {c2}."
            ex = _alts(
                text,
                [_r(f"that {c} and that {c2}", a)],
                [_r(f"{c} and that {c2}", a)],
                [_r(f"that {c}", a), _r(f"that {c2}", a)],
                [_r(c, a), _r(c2, a)],
                [_r(f"that {c}", a), _r(c2, a)],
                [_r(c, a), _r(f"that {c2}", a)],
            )
        elif shape == 6:
            clause = f"{obj} was {fq}"
            text = f"{a.full} said {clause}."
            ex = [_mixed(text, clause, a)]
        elif shape == 7:
            text = f"{p.b(a)} {a.full} called {obj} {fq}."
            ex = [_called(text, obj, fq, (a.full,), title=t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, described {obj} as {fq}."
            ex = [_called(text, obj, fq, (a.full,), title=t, link=" as ")]
        elif shape == 9:
            text = f"{_cap(c)}, according to {a.full}."
            ex = [_r(_cap(c), a)]
        else:
            text = f"{a.full}, {p.a(a)}, {cue} {day} that {c}."
            ex = [_that(text, c, a, t)]
        yield _case(f"ho81-indirect-{shape}", text, ex, people, others)


# --- 13. bodies and documents -------------------------------------------------------------------------------


def bodies_documents() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"C," BODY said in a statement.`; `A statement from BODY read:
    "C."`; `In a post on its website, BODY said C.`; `BODY said C. FULL, a spokes-noun for BODY, added:
    "C2."`; `The DOC, published DAY, found that C.`; `BODY has confirmed that C.`; `FULL said C, according to
    a transcript released by BODY.`; `BODY posted on social media: "C."`; `BODY issued a statement DAY. "C,"
    the statement said.`; `BODY said C. "C2," the NOUN said.`; `C, BODY said DAY.`; `According to the DOC, C.`
    Key: the body (or the document) speaks; the spokesperson speaks for herself with the body in the title."""
    combos = list(itertools.product(range(len(BODIES81)), range(13), ALLMARKS81, range(3)))
    for bi, shape, m, r in sample(combos, 250, "ho81-bodies"):
        k = _k(bi, shape, r)
        body = BODIES81[bi]
        acc = body.accepted
        a = PEOPLE81[(k * 7 + r) % len(PEOPLE81)]
        q, qs = _bodyq(body, k, m, ","), _bodyq(body, k, m, ".")
        bc = body.clauses[k % 2]
        day = _pick(DAYS81, k)
        doc, dacc, dc = _pick(DOCS81, k)
        people: tuple[Person, ...] = ()
        others: list[str] = [body.bare]
        if shape == 0:
            text = f"{body.name} said in a statement that {bc}."
            ex = [_that(text, bc, acc)]
        elif shape == 1:
            text = f"{q} {body.low} said in a statement."
            ex = [_d(q, acc)]
        elif shape == 2:
            text = f"A statement from {body.low} read: {qs}"
            ex = [_d(qs, acc)]
        elif shape == 3:
            text = f"In a post on its website, {body.low} said {bc}."
            ex = [_that(text, bc, acc)]
        elif shape == 4:
            spokes = a.kin("spokeswoman", "spokesman")
            pq = _bodyq(body, k + 1, m, ".")
            text = f"{body.name} said {bc}. {a.full}, a {spokes} for {body.low}, added: {pq}"
            ex = [_that(text, bc, acc), _d(pq, a, Contains(("spokes", body.bare)))]
            people = (a,)
        elif shape == 5:
            text = f"The {doc}, published {day}, found that {dc}."
            ex, others = [_that(text, dc, dacc)], []
        elif shape == 6:
            text = f"{body.name} has confirmed that {bc}."
            ex = [_that(text, bc, acc)]
        elif shape == 7:
            whole = f"{a.full} said {bc}"
            text = f"{whole}, according to a transcript released by {body.low}."
            tacc = ("transcript", "a transcript", f"transcript released by {body.low}", *acc)
            ex = _according(text, whole, bc, a, tacc)
            people = _people_of(ex, a)
            if not people:
                others = []
        elif shape == 8:
            text = f"{body.name} posted on social media: {qs}"
            ex = [_d(qs, acc)]
        elif shape == 9:
            text = f"{body.name} issued a statement {day}. {q} the statement said."
            ex = [_d(q, acc)]
        elif shape == 10:
            q2 = _bodyq(body, k + 1, m, ",")
            text = f"{body.name} said {bc}. {q2} {body.noun} said."
            ex = [_that(text, bc, acc), _d(q2, acc)]
        elif shape == 11:
            text = f"{_cap(bc)}, {body.low} said {day}."
            ex = [_r(_cap(bc), acc)]
        else:
            text = f"According to the {doc}, {dc}."
            ex, others = [_r(dc, dacc)], []
        yield _case(f"ho81-bodies-{shape}", text, ex, people, others)


# --- 14. short articles -------------------------------------------------------------------------------------


def _articles_first(a: Person, shape: int, m: Mark, r: int) -> _Built:
    k = _slot(a, shape, r)
    b = _other(a, k)
    day, village, outlet = _pick(DAYS81, k), _pick(VILLAGES81, k), _pick(OUTLETS81, k)
    people: tuple[Person, ...] = (a, b)
    others: list[str] = []
    if shape == 0:
        pa = _pick((NV_SPOKES81, NV_OPS81, TW_NETWORKS81), k)
        body = _body_of(pa)
        bc = body.clauses[k % 2]
        q1, q2 = m.q(_qt(pa, k) + ","), m.q(_qt(pa, k + 1) + ",")
        rc = _cl("resident", k)
        text = _article(
            f"{body.name} said {day} that {bc}.",
            f"{q1} said {a.full}, {pa.a(a)}.",
            f"{b.full}, who lives in {village}, said {rc}.",
            f"{q2} {a.last} said.",
        )
        ex = [_that(text, bc, body.accepted), _d(q1, a, _t(pa)), _that(text, rc, b), _d(q2, a, _t(pa))]
        others = [body.bare, village]
    elif shape == 1:
        pa, boss = _pick((UNION_GS81, STEWARD81), k), attrs.evolve(KESTREL_CEO81, topic="management")
        uc = UNION81.clauses[k % 2]
        c, q, q3 = _cl(pa, k), m.q(_qt(pa, k) + ","), m.q(_qt(pa, k + 2) + ",")
        kc, bq = KESTREL81.clauses[0], m.q(_qt(boss, k) + ".")
        text = _article(
            f"{UNION81.name} said {day} that {uc}.",
            f"{a.full}, {pa.a(a)}, said {c}. {q} {a.pronoun} said.",
            f"{KESTREL81.name} said {kc}. {b.full}, {boss.a(b)}, added: {bq}",
            f"{q3} {a.last} said.",
        )
        ex = [
            _that(text, uc, UNION81.accepted),
            _that(text, c, a, _t(pa)),
            _d(q, a, _t(pa)),
            _that(text, kc, KESTREL81.accepted),
            _d(bq, b, _t(boss)),
            _d(q3, a, _t(pa)),
        ]
        others = [UNION81.bare, KESTREL81.name, "Kestrel", STEWARD81.body]
    elif shape == 2:
        body = _pick(POLLUTERS81, k)
        camp = CAMPAIGNER81
        bc = _cl("spillco", k)
        cc, q, q2 = _cl(camp, k), m.q(_qt(camp, k) + ","), m.q(_qt(camp, k + 3) + ",")
        ic = _cl(INSPECTOR81, k)
        text = _article(
            f"{body.name} said {day} that {bc}.",
            f"{a.full}, {camp.a(a)}, said {cc}. {q} {a.pronoun} said.",
            f"{b.full}, {INSPECTOR81.a(b)}, told {outlet} that {ic}.",
            f"{q2} said the campaigner.",
        )
        ex = [
            _that(text, bc, body.accepted),
            _that(text, cc, a, _t(camp)),
            _d(q, a, _t(camp)),
            _that(text, ic, b, _t(INSPECTOR81)),
            _d(q2, a, _t(camp)),
        ]
        others = [body.bare, camp.body, INSPECTOR81.body, outlet]
    elif shape == 3:
        gc = GPA81.clauses[k % 2]
        q = m.q(_qt(GPA_DG81, k) + ",")
        obj, frag = _fr(BILLWISE81, k)
        fq = m.q(frag)
        cb = _cl(BILLWISE81, k + 1)
        text = _article(
            f"{GPA81.name} said {day} that {gc}.",
            f"{q} said {a.full}, {GPA_DG81.a(a)}.",
            f"{b.full}, {BILLWISE81.a(b)}, called {obj} {fq}.",
            f"{b.last} added that {cb}.",
        )
        ex = [
            _that(text, gc, GPA81.accepted),
            _d(q, a, _t(GPA_DG81)),
            _called(text, obj, fq, (b.full,), title=_t(BILLWISE81)),
            _that(text, cb, b, _t(BILLWISE81)),
        ]
        others = [GPA81.bare, BILLWISE81.body]
    return text, ex, people, others


def _articles_second(a: Person, shape: int, m: Mark, r: int) -> _Built:
    k = _slot(a, shape, r)
    b = _other(a, k)
    c3 = _other(a, k + 1, avoid=(b,))
    day = _pick(DAYS81, k)
    people: tuple[Person, ...] = (a, b)
    others: list[str] = []
    if shape == 4:
        pa = _pick((KESTREL_CEO81, FERRO_CEO81, HALCYON_CFO81), k)
        body = _body_of(pa)
        region = f"{body.name} reported a fall in quarterly profit {day}."
        c, q = _cl(pa, k), m.q(_qt(pa, k) + ",")
        obj, frag = _fr(ANALYST81, k)
        clause = f"{obj} was {m.q(frag)}"
        text = _article(
            region,
            f"{a.full}, {pa.a(a)}, told analysts that {c}.",
            f"{q} {a.last} said.",
            f"{b.full}, {ANALYST81.a(b)}, said {clause}.",
        )
        ex = [
            *tolerate(text, region, body.accepted),
            _that(text, c, a, _t(pa)),
            _d(q, a, _t(pa)),
            _mixed(text, clause, b, _t(ANALYST81)),
        ]
        others = [body.bare, ANALYST81.body, "analysts"]
    elif shape == 5:
        res, co = RESIDENTS81, attrs.evolve(KESTREL_CEO81, topic="hearing")
        cc, q = _cl(res, k), m.q(_qt(res, k) + ",")
        hc, ic = _cl(co, k), _cl(INSPECTOR81, k)
        q2 = m.q(_qt(co, k + 1) + ",")
        text = _article(
            f"{a.full}, {res.a(a)}, told the panel {day} that {cc}.",
            f"{q} {a.pronoun} said.",
            f"{b.full}, {co.a(b)}, said {hc}, while {c3.full}, {INSPECTOR81.a(c3)}, said {ic}.",
            f"{q2} said {b.last}.",
        )
        ex = [
            _that(text, cc, a, _t(res)),
            _d(q, a, _t(res)),
            _that(text, hc, b, _t(co)),
            _that(text, ic, c3, _t(INSPECTOR81)),
            _d(q2, b, _t(co)),
        ]
        people = (a, b, c3)
        others = [res.body, co.body, INSPECTOR81.body, "panel"]
    elif shape == 6:
        mp, opp = _pick(MINPOSTS81, k), OPPOSITION81
        c, q = _cl(mp, k), m.q(_qt(mp, k) + ",")
        obj, frag = _fr(opp, k)
        clause = f"{obj} was {m.q(frag)}"
        mc = MINISTRY81.clauses[k % 2]
        text = _article(
            f"{mp.b(a)} {a.full} said {day} that {c}.",
            f"{q} {a.pronoun} told parliament.",
            f"{b.full}, {opp.a(b)}, said {clause}.",
            f"{MINISTRY81.name} said in a statement that {mc}.",
        )
        ex = [
            _that(text, c, a, _t(mp)),
            _d(q, a, _t(mp)),
            _mixed(text, clause, b, _t(opp)),
            _that(text, mc, MINISTRY81.accepted),
        ]
        others = [MINISTRY81.bare, "parliament"]
    else:
        mp, ps = MINISTER81, NV_SPOKES81
        c, q = _cl(mp, k), m.q(_qt(mp, k) + ",")
        bq = m.q(_qt(ps, k) + ".")
        text = _article(
            _pick(OUTAGE_LEADS81, k),
            f"{a.full}, {mp.a(a)}, said {c}.",
            f"{b.full}, {ps.a(b)}, said: {bq}",
            f"{q} the minister said.",
        )
        ex = [_that(text, c, a, _t(mp)), _d(bq, b, _t(ps)), _d(q, a, _t(mp))]
        others = [ps.body, *STORMS81]
    return text, ex, people, others


def articles() -> Iterator[Case]:
    """Four paragraphs with two or three people: an outage (the utility's update, `"C," said FULL, POST.`, a
    resident `who lives in VILLAGE`, `"C2," SURNAME said.`); a strike (the union's statement, the leader's
    report and pronoun credit, the miner's statement and its executive, the leader again by surname); a spill
    (the company's statement, the campaigner and pronoun, an inspector `told OUTLET that`, `said the
    campaigner`); a price rise (the regulator, its director general, the consumer group's `called X "F"`,
    `SURNAME added that`); a results day (the company's results, the executive `told analysts that`, by
    surname, an analyst's mixed report); a licence hearing (the residents' chair, a pronoun, two witnesses in
    one sentence, `said SURNAME`); a minister's statement (title before the name, `told parliament`, the
    opposition's mixed reply, the ministry); an outage with a minister and a spokesperson (`the minister
    said`). Key: every quotation its own speaker's; the other people of the article never."""
    for a, shape, m, r in sample(_combos(8), 240, "ho81-articles"):
        build = _articles_first if shape < 4 else _articles_second
        text, ex, people, others = build(a, shape, m, r)
        yield _case(f"ho81-articles-{shape}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: `FULL is leading the project, known internally as
    "P", from an office in Halden.`; `The tanker "V" docked at the Corran Bay terminal DAY with a cargo of
    crude.`; `FULL, known across the coalfield as "N", retired DAY.`; placards reading `"S"` (no quotation, or
    one with no speaker); `The so-called "T" has become a talking point, and FULL is under pressure to act.`;
    `Customers on the "TARIFF" tariff will see their bills rise in April, FULL confirmed.` (a report: the
    tariff's name is in it, no quoted words, so it is indirect); `FULL, POST, declined to comment on the
    report.`; narrative; `The report, titled "R", was published by BODY DAY.`; `"C," said FULL, POST, at the
    launch of the "P" wind farm.` (the one real quotation); `FULL, POST, is expected to announce the decision
    DAY.`; `The drilling rig "V" was towed to Corran Bay for repairs, and FULL flew out to inspect it.` Key:
    no quotation but the real one."""
    for a, shape, m, r in sample(_combos(12), 240, "ho81-controls"):
        k = _slot(a, shape, r)
        p = _pick(POSTS81, k)
        place, day = _pick(PLACES81, k), _pick(DAYS81, k)
        pq, vq = m.q(_pick(PROJECTS81, k)), m.q(_pick(VESSELS81, k))
        nq, slq = m.q(_pick(NICKS81, k)), m.q(_pick(SLOGANS81, k))
        scq, tq, rq = m.q(_pick(SCARE81, k)), m.q(_pick(TARIFFS81, k)), m.q(_pick(RTITLES81, k))
        body = _pick(BODIES81, k)
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        people: tuple[Person, ...] = (a,)
        others = [place, p.body]
        if shape == 0:
            text = f"{a.full} is leading the project, known internally as {pq}, from an office in Halden."
            forbidden = (pq,)
        elif shape == 1:
            text = f"The tanker {vq} docked at the Corran Bay terminal {day} with a cargo of crude."
            forbidden, people = (vq,), ()
        elif shape == 2:
            text = f"{a.full}, known across the coalfield as {nq}, retired {day}."
            forbidden = (nq,)
        elif shape == 3:
            region = f"Protesters outside {place} held placards reading {slq}."
            text = f"{region} {a.full} walked past them without stopping."
            ex = tolerate(text, region)
        elif shape == 4:
            text = f"The so-called {scq} has become a talking point, and {a.full} is under pressure to act."
            forbidden = (scq,)
        elif shape == 5:
            text = f"Customers on the {tq} tariff will see their bills rise in April, {a.full} confirmed."
            ex = [_r(f"Customers on the {tq} tariff will see their bills rise in April", a)]
        elif shape == 6:
            region = f"{a.full}, {p.a(a)}, declined to comment on the report."
            text = region
            ex = tolerate(text, region, (a.full,))
        elif shape == 7:
            text = _article(_pick(NARRATIVE81, k), _pick(NARRATIVE81, k + 3))
            people = ()
        elif shape == 8:
            text = f"The report, titled {rq}, was published by {body.low} {day}."
            forbidden, people, others = (rq,), (), [body.bare]
        elif shape == 9:
            q = m.q(_qt(p, k) + ",")
            text = f"{q} said {a.full}, {p.a(a)}, at the launch of the {pq} wind farm."
            ex, forbidden = [_d(q, a, _t(p))], (pq,)
        elif shape == 10:
            region = f"{a.full}, {p.a(a)}, is expected to announce the decision {day}."
            text = region
            ex = tolerate(text, region, (a.full,))
        else:
            text = (
                f"The drilling rig {vq} was towed to Corran Bay for repairs, "
                f"and {a.full} flew out to inspect it."
            )
            forbidden = (vq,)
        yield _case(f"ho81-controls-{shape}", text, ex, people, others, forbidden=forbidden)


HELD_OUT_81 = (
    _named(
        "outages",
        'outage updates: "C," said NAME, POST; utility updates; According to; open cues; a resident',
        outages,
    ),
    _named(
        "prices", "price caps and bills: announced; was blunt:; a consumer group; its ROLE; of BODY", prices
    ),
    _named(
        "hearings",
        "licence hearings: told the panel; under questioning; a chair's question; witnesses",
        hearings,
    ),
    _named(
        "earnings_calls", "earnings calls: executives, analysts' notes and questions, results", earnings_calls
    ),
    _named("strikes", "strikes: union leaders, workers, the union and the miner, pickets' chants", strikes),
    _named(
        "spills", 'spills: companies, campaigners, inspectors; accused X of "F"; according to OUTLET', spills
    ),
    _named(
        "communities",
        "landowners and residents near projects: descriptions and relative clauses",
        communities,
    ),
    _named(
        "ministers",
        "energy ministers: titles before the name; parliament; the opposition; the ministry",
        ministers,
    ),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr SURNAME; the NOUN for a body; of BODY", second_refs),
    _named("split_quotes", '"C1," NAME said, "c2." with open cues and a letter', split_quotes),
    _named("indirect_cues", "open cue verbs; according to; fronted; mixed fragments", indirect_cues),
    _named(
        "bodies_documents", "statements, posts, filings and documents that speak for bodies", bodies_documents
    ),
    _named("articles", "four-paragraph energy stories with two or three people", articles),
    _named(
        "controls",
        "project and vessel names, nicknames, placards, scare terms, tariffs, report titles",
        controls,
    ),
)
