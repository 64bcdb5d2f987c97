"""Eighty-second held-out round: capabilities written at commit ``16b3e508`` by a helper (``hcap88``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout82data.py``: thirty invented ministers, shadow ministers,
border agency and coastguard spokespeople, judges, lawyers, aid workers, charity directors, mayors, UN agency
officials, inspectors and interpreters of Finnish, Greek, Maltese, Hungarian, Spanish, Welsh, Somali, Kurdish,
Norwegian, German, Austrian, Igbo, Bulgarian, Senegalese, Dutch, Irish and Polish origin; twenty-two asylum
seekers and refugees from six invented countries, twelve named by a first name only and ten in full, each with
a gender and an age; posts with their bodies and short second references; courts and tribunals; bodies that
issue statements, some of one word and some known by an initialism; documents; outlets; places and border
towns; placard slogans, nicknames, scare terms, titles of books and films and names of operations in marks;
quotations of officials, asylum seekers, judges, lawyers, residents, inspectors, bodies and open letters,
reported clauses, pointed fragments, split quotations and narrative lines) as a round of IMMIGRATION, BORDERS,
ASYLUM AND REFUGEES as a home-affairs and world desk writes it: every case is a short passage (one to five
sentences, or a short article of four paragraphs) with one to three people, and every quotation checks the
content (the marks and the words inside them for a direct quotation; the reported clause, with or without its
*that*, for an indirect one; the clause with its marked fragment, or the fragment alone, for a mixed one), the
kind, the canonical full name and, whenever the text states one, the title with `Contains` of the role noun
and each affiliation stated (*Arvent* holds both *Arventa's* and *Arventan*; *spokes* both spokes-nouns), with
`wrong_speakers` for every other person, body, court, outlet, place, country, language and document in the
passage, and for the interpreter, the volunteers, the residents and a judge who only listens.

Conventions: an asylum seeker who gives only a first name has that first name as the whole canonical name
(*Yonas*). An anonymous speaker (*a 34-year-old woman from X who asked not to be named*, *one man, who gave
his age as 27*) gives no speaker or the description as the name (a name holding *year-old*, *woman* or *man*
as a word), never a named person. An unnamed spokesperson (*a spokeswoman for BODY*) gives the body or the
description as the name (holding *spokeswoman* or *spokesman*). Words said through an interpreter, relayed or
translated by one, are the asylum seeker's; the interpreter is never their speaker, and speaks only for her
own report (*OTHER, an interpreter at PLACE, said C*, title *interpreter* with the place). A judge's name is
the name without *Judge*; the title holds *judge*, and the court where an apposition states it (*a judge at
COURT*). A court's finding is the court's (its name or *the tribunal*/*the court*); *the judgment said* is the
judgment's or the court's. A relative clause (*who speaks for BODY*, *who has been mayor of TOWN*, *who has
run the clinic at PLACE*, *who leads the agency's work*) states no title, so the title is not checked there; a
fronted description (*A former nurse from X, NAME now ...*) states the role *nurse*, and *the town's mayor*
the role *mayor*. A body known by an initialism is that initialism or its full name. A document that finds or
concludes is the document (by any of its shorter names) or the body or office that issued it; *the letter,
signed by twelve charities,* is the letter or the charities; *twelve charities, including CHARITY, said in an
open letter* is the letter, the charities or the charity named. Placard slogans, nicknames, scare terms, book
and film titles and names of operations in marks are no quotation and may be in no quotation's text or
speaker; placard words may come out as a quotation with no speaker. From the project's conventions: *NAME
declined to comment* may come out as NAME's report or nothing; *NAME is expected to ...* as a report with no
speaker or nothing; *NAME said C, according to minutes seen by OUTLET* as NAME's report of C or as the
minutes' (or OUTLET's) report of the whole sentence; an act with an object and no words (*thanked the
volunteers*, *has asked the government for emergency funds*, *has written to the interior minister asking for
more money*, *posted a video from PLACE*, *described the crossing*, *signed a joint letter*) as the doer's
report or nothing; *Asked about TOPIC* and *when asked about TOPIC* as a report with no speaker; a split
quotation as two quotations or one span with its credit inside.

Key fixes after the one run (no case weakened): three keys had not applied the project's conventions. (1)
*NAME said C, according to minutes seen by OUTLET* opened with *At a meeting in May,*, and the key accepted
the minutes' report of *NAME said C* but not of the whole sentence with that opening, which the convention
names; the whole sentence is now accepted too (21 cases). (2) *NAME, POST, posted a video from PLACE* and (3)
*Through an interpreter, NAME described the crossing* are acts with an object and no words, which the
convention lets come out as the doer's report or nothing; the key had forbidden any quotation there (30 and 23
cases). The same tolerance was given to the one other such act whose region the key left strict, *signed a
joint letter* (no case of it had failed). No expected quotation, speaker, title or text was changed, and no
case that failed on a speaker, a title, a kind or a missing quotation was touched. The one run passed 3,221 of
3,433 cases; after the key fixes 3,295 pass.

1. interior and immigration ministers and an opposition spokesperson: `POST FULL said on Tuesday that`, `"C,"
   said FULL, POST`, `told parliament:`, open cue verbs, `"C," FULL told OUTLET. "C2," PRONOUN added.`, `Asked
   about TOPIC,`, `In an interview with OUTLET,`, `posted on social media:`, `the minister said`, `quipped
   when asked about`, a minister and a shadow who `hit back:` (`ministers`);
2. border agency, coastguard and ministry spokespeople: named with the body in the title, unnamed (`A
   spokeswoman for BODY said`, `"C," a spokesman for BODY said.`), the body's own report, `According to BODY`,
   `who speaks for BODY`, a second reference by surname, `confirmed that`, a statement after a narrative line
   (`agency_spokespeople`);
3. judges, tribunals and lawyers: `Judge FULL ruled that`, `In her ruling, Judge FULL wrote:`, `COURT found
   that`, `a judge at COURT`, `said as she delivered the judgment`, a lawyer to the tribunal, `Outside
   court,`, the ministry's reply, `the judge said`, `the judgment said`, a fronted clause (`courts_rulings`);
4. asylum seekers and refugees: a first name with age and origin, `a 27-year-old from X`, anonymous speakers,
   `who asked that her surname not be used`, a full name then the surname, a fronted former job, an aid worker
   beside a seeker, `told OUTLET by phone from PLACE`, two seekers on one boat, `Speaking from a bunk bed at
   PLACE,` (`asylum_seekers`);
5. interpreters: `said through an interpreter`, `Speaking through an interpreter,`, `spoke through OTHER, a
   volunteer`, `with OTHER translating`, `Answering in LANGUAGE,`, `translated by a cousin`, the interpreter's
   own report, `POSS answer, relayed by OTHER, was short:`, two quotations by pronoun, `who translated for`,
   `speaking in LANGUAGE through an interpreter` (`interpreters`);
6. aid workers and charities: posts after and before the name, `warned that`, a relative clause, a charity
   described by an apposition with its own *that*, `thanked the volunteers` then a quotation, `put it
   bluntly:`, `According to FULL, POST,`, a second aid worker who `agreed`, an open letter, `said in the clip`
   (`aid_ngos`);
7. mayors of border towns: `The mayor of TOWN, FULL,`, `POST FULL told reporters at the town hall:`, `who has
   been mayor of`, `TOWN's mayor, FULL,`, a mayor and a resident, a letter to the minister, `the town's
   mayor`, open cues, two mayors (`border_mayors`);
8. UN agency officials: `told reporters in Varena`, `AGENCY (ABBR) said`, `ABBR said in a statement that`,
   `warned that`, `called X "F"`, a relative clause, `According to ABBR,`, an official and the interior
   minister by pronoun, `In a report published on Thursday, ABBR said` (`un_officials`);
9. statements and documents: `BODY said in a statement that`, `"C," BODY said in a statement.`, `A statement
   from BODY read:`, `The DOC found that`, `In a report published on Tuesday,`, an inspector who `wrote in the
   report:`, `According to the DOC,`, a body then its spokesperson, minutes seen by an outlet, a letter of
   charities, `declined to comment on the findings` (`statements_documents`);
10. pronouns across people of both and of the same gender: two officials, `disagreed`, `responded:` then
    `added`, a seeker beside an official, `told FULL. PRONOUN replied:`, two turns, one person, across a
    paragraph (`pronouns`);
11. second references: `the ROLE added`, the surname after a second person, the role in a new paragraph, two
    roles, `said later`, the age, `Ms/Mr SURNAME`, a judge who only listens, a seeker by age, a seeker by
    honorific (`second_refs`);
12. split quotations: with a title, inverted, by surname, present tense, with an outlet, by pronoun past
    another person, by role, through an interpreter, with an age, a judge's `wrote` (`split_quotes`);
13. indirect and mixed reports: open cue verbs with and without *that*, `According to FULL, POST,`, a fronted
    clause, `told OUTLET that`, two clauses, `said X was "F"`, `called X "F"`, `described X as "F"`, `C,
    according to FULL.`, a fragment inside the clause (`indirect_mixed`);
14. short four-paragraph articles: a minister and an aid director, a rescue with a seeker and a coastguard
    spokesperson, a ruling with the judge, a lawyer and the ministry, a mayor and a minister, an agency with
    its official and a seeker, an inspector's report and a minister's reply (`articles`);
15. controls: placards, a nickname, a scare term, a book title, an operation's name, narrative lines, a
    decliner, *is expected to*, one real quotation beside a slogan, a documentary's title, an act of thanks
    (`controls`)."""

# The lambdas and closures that compute a case's expected quotations are called in the iteration that
# defines them, so the loop variables they read are the right ones.

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout82data import (
    ACRONYMS82,
    AGENCY82,
    AID82,
    ALLMARKS82,
    ARRIVALS82,
    BODIES82,
    BODYQUOTES82,
    CLAUSES82,
    COURTS82,
    DAYS82,
    DOCS82,
    FIRSTNAMES82,
    FRAGS82,
    INSPECTORS82,
    INSPECTQUOTES82,
    INTERPCLAUSES82,
    JOBS82,
    JUDGEQUOTES82,
    JUDGESPLITS82,
    LANGUAGES82,
    LAWQUOTES82,
    LEGAL82,
    LETTERQUOTES82,
    MARKS82,
    MAYORS82,
    MIDFRAGS82,
    MINISTERS82,
    NARRATIVE82,
    NICKS82,
    OPERATIONS82,
    OUTLETS82,
    PEOPLE82,
    PLACES82,
    QUOTES82,
    RESCUES82,
    RESIDENTQUOTES82,
    RULINGS82,
    SCARE82,
    SEEKERCLAUSES82,
    SEEKERQUOTES82,
    SEEKERS82,
    SEEKERSPLITS82,
    SLOGANS82,
    SPLITS82,
    TOPICS82,
    TOWNS82,
    UN82,
    WORKS82,
    Post82,
)
from heldout_kit import Mark, Person, found_quote, keyed_case, mixed_report, other_person, tolerate
from heldout_kit import alts as _alts
from heldout_kit import article as _article
from heldout_kit import called_report as _called
from heldout_kit import cap as _cap
from heldout_kit import direct as _d
from heldout_kit import k as _k
from heldout_kit import names as _nm
from heldout_kit import opposite as _opp
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import report as _r
from heldout_kit import split_groups as _groups
from heldout_kit import that_report as _that

# --- shared helpers -----------------------------------------------------------------------------------------

Who = Person | NameSpec

#: Posts of officials whose short reference and body tell them apart in a two-person passage.
OFFICIALS82 = (*MINISTERS82, *AGENCY82, *AID82, *MAYORS82, *UN82, *INSPECTORS82, *LEGAL82)

#: Charities and aid groups inside a sentence.
NGOS82 = ("Safe Harbour", "Open Shore", "the Refugee Action Fund", "Frontwatch", "the Lessin Welcome Network")

#: Bodies of the state that issue statements, of the BODIES82 list.
STATEBODIES82 = tuple(b for b in BODIES82 if b[0] not in {"Safe Harbour", "Open Shore", "Frontwatch"})

#: Charities that issue statements, of the BODIES82 list.
CHARITIES82 = tuple(
    b for b in BODIES82 if b[0] in {"Safe Harbour", "Open Shore", "Frontwatch", "The Refugee Action Fund"}
)

CUES82 = (
    "insisted",
    "warned",
    "conceded",
    "acknowledged",
    "argued",
    "confirmed",
    "admitted",
    "maintained",
    "claimed",
    "stressed",
)


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
    return other_person(PEOPLE82, p, step, gender=gender, avoid=avoid)


def _mixed(text: str, clause: str, who: Who, title: TitleSpec = ANY) -> Expect:
    """`... said (that) X was "F"`: the clause with its fragment, with or without *that*, kind mixed."""
    return mixed_report(text, clause, _nm(who), title)  # (any kind of speaker: the helper's own key)


def _t(p: Post82) -> Contains:
    """The title a key checks: the role noun and every affiliation the post states."""
    return Contains(p.parts)


def _post2(pool: Sequence[Post82], n: int, taken: Post82) -> Post82:
    """A second post of *pool* whose short reference and body differ from *taken*'s."""
    for step in range(len(pool)):
        p = pool[(n + 3 + step) % len(pool)]
        if p.short != taken.short and p.body != taken.body:
            return p
    raise ValueError("no second post")


def _low(body: str) -> str:
    """A body's name inside a sentence: `the Coastguard`, `Frontwatch`."""
    return "the " + body[4:] if body.startswith("The ") else body


def _bare(body: str) -> str:
    return body[4:] if body.startswith(("The ", "the ")) else body


def _qt(n: int) -> str:
    return QUOTES82[n % len(QUOTES82)]


def _sq(n: int) -> str:
    return SEEKERQUOTES82[n % len(SEEKERQUOTES82)]


def _cl(n: int) -> str:
    return CLAUSES82[n % len(CLAUSES82)]


def _sc(n: int) -> str:
    return SEEKERCLAUSES82[n % len(SEEKERCLAUSES82)]


def _bq(n: int) -> str:
    return BODYQUOTES82[n % len(BODYQUOTES82)]


def _named(name: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout82.{name}", "heldout82", description, unique_texts(gen))


def _combos(
    pool: Sequence[Person], shapes: int, marks: Sequence[Mark] = ALLMARKS82, reps: int = 3
) -> list[tuple[Person, int, Mark, int]]:
    return list(itertools.product(pool, range(shapes), marks, range(reps)))


def _slot(pool: Sequence[Person], p: Person, shape: int, r: int) -> int:
    return _k(pool.index(p), shape, r)


def _described(name: str, nouns: Sequence[str]) -> bool:
    """Whether a speaker's name is a description holding one of *nouns* as a word."""
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", name.lower()) for n in nouns)


def _unnamed(text: str, content: str, kind: str, accepted: tuple[str, ...], nouns: Sequence[str]) -> Expect:
    """An unnamed spokesperson's words: the body, or the description (*a spokeswoman for X*) as its name."""
    found = found_quote(text, content)
    if found is not None and found.speaker is not None and _described(found.speaker.name, nouns):
        return Expect(content, kind, (found.speaker.name,))
    return Expect(content, kind, accepted)


def _anon(text: str, content: str, kind: str, nouns: Sequence[str]) -> Expect:
    """An anonymous person's words: no speaker, or the description (*a 34-year-old from X*) as its name."""
    found = found_quote(text, content)
    if found is not None and found.speaker is not None and _described(found.speaker.name, nouns):
        return Expect(content, kind, (found.speaker.name,))
    return Expect(content, kind, None)


def _seeker2(p: Person, step: int) -> Person:
    """Another asylum seeker than *p*."""
    pool = [s for s in SEEKERS82 if s != p]
    return pool[step % len(pool)]


def _first(step: int) -> Person:
    return FIRSTNAMES82[step % len(FIRSTNAMES82)]


def _full(step: int) -> Person:
    return ARRIVALS82[step % len(ARRIVALS82)]


def _be(obj: str) -> str:
    """`was` or `were` for a fragment's object."""
    return "were" if obj.endswith("s") else "was"


# --- 1. ministers -------------------------------------------------------------------------------------------


def ministers() -> Iterator[Case]:
    """`POST FULL said on Tuesday that C.`; `"C," said FULL, POST.`; `FULL, POST, told parliament: "C."`;
    `FULL, POST, CUE that C.`; `"C," FULL told OUTLET. "C2," PRONOUN added.`; `Asked about TOPIC, POST FULL
    said C.`; `In an interview with OUTLET, FULL, POST, argued that C.`; `POST FULL posted on social media:
    "C."`; `FULL, POST, visited PLACE on Monday. "C," the ROLE said.`; `"C," FULL quipped when asked about
    TOPIC.`; `FULL, POST, said C. OTHER, POST2, hit back: "C2."` Key: FULL's with POST; OTHER's words OTHER's;
    the outlet, parliament, the place and the country never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 11), 245, "ho82-ministers"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(MINISTERS82, k)
        t = _t(p)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        outlet, place, topic = _pick(OUTLETS82, k), _pick(PLACES82, k), _pick(TOPICS82, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, outlet, place, "parliament"]
        if shape == 0:
            text = f"{p.b(a)} {a.full} said on Tuesday that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{a.full}, {p.a(a)}, told parliament: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 3:
            text = f"{a.full}, {p.a(a)}, {_pick(CUES82, k)} that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 4:
            q2 = m.q(_qt(k + 5) + ",")
            text = f"{q} {a.full} told {outlet}. {q2} {a.pronoun} added."
            ex = [_d(q, a), _d(q2, a)]
        elif shape == 5:
            region = f"Asked about {topic}"
            text = f"{region}, {p.b(a)} {a.full} said {c}."
            ex = [*tolerate(text, region), _that(text, c, a, t)]
        elif shape == 6:
            text = f"In an interview with {outlet}, {a.full}, {p.a(a)}, argued that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 7:
            text = f"{p.b(a)} {a.full} posted on social media: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, visited {place} on Monday. {q} {p.sh(a)} said."
            ex = [_d(q, a, t)]
        elif shape == 9:
            region = f"when asked about {topic}"
            text = f"{q} {a.full} quipped {region}."
            ex = [_d(q, a), *tolerate(text, region)]
        else:
            b = _other(a, k)
            p2 = _post2(MINISTERS82, k, p)
            q2 = m.q(_qt(k + 3) + ".")
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {p2.a(b)}, hit back: {q2}"
            ex = [_that(text, c, a, t), _d(q2, b, _t(p2))]
            people = (a, b)
            others.append(p2.body)
        yield _case(f"ho82-ministers-{shape}", text, ex, people, others)


# --- 2. border agency and coastguard spokespeople -----------------------------------------------------------


def agency_spokespeople() -> Iterator[Case]:
    """`FULL, POST, said C.`; `POST FULL said: "C."`; `"C," said FULL, POST.`; `A spokes-noun for BODY said
    C.` and `"C," a spokes-noun for BODY said.` (unnamed: the body or the description); `BODY said 41 people
    had been brought ashore overnight.`; `According to BODY, C.`; `FULL, who speaks for BODY, told reporters:
    "C."` (a relative clause: the title is not checked); `FULL, POST, was at PLACE when the first group
    arrived. "C," SURNAME said.`; `POST FULL confirmed that C.`; a narrative sentence then `"C," BODY said in
    a statement.` Key: FULL's with POST; the body's words the body's; the place never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 11), 262, "ho82-agency"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(AGENCY82, k)
        t = _t(p)
        body, acc = _pick(STATEBODIES82, k)
        low = _low(body)
        spokes = a.kin("spokeswoman", "spokesman")
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        place = _pick(PLACES82, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, place]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{p.b(a)} {a.full} said: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 2:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 3:
            text = f"A {spokes} for {low} said {c}."
            ex, people = [_unnamed(text, c, "indirect", acc, ("spokeswoman", "spokesman"))], ()
        elif shape == 4:
            text = f"{q} a {spokes} for {low} said."
            ex, people = [_unnamed(text, q, "direct", acc, ("spokeswoman", "spokesman"))], ()
        elif shape == 5:
            clause = (
                f"{_pick(('41', 'more than 60', 'about 120'), k)} people had been brought ashore overnight"
            )
            text = f"{body} said {clause}."
            ex, people = [_that(text, clause, acc)], ()
        elif shape == 6:
            text = f"According to {low}, {c}."
            ex, people = [_r(c, acc)], ()
        elif shape == 7:
            text = f"{a.full}, who speaks for {low}, told reporters: {qs}"
            ex = [_d(qs, a)]
            others.append(_bare(body))
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, was at {place} when the first group arrived. {q} {a.last} said."
            ex = [_d(q, a, t)]
        elif shape == 9:
            text = f"{p.b(a)} {a.full} confirmed that {c}."
            ex = [_that(text, c, a, t)]
        else:
            bq = m.q(_bq(k) + ",")
            text = f"{_pick(NARRATIVE82, k)} {bq} {low} said in a statement."
            ex, people = [_d(bq, acc)], ()
        yield _case(f"ho82-agency-{shape}", text, ex, people, others)


# --- 3. courts and tribunal rulings -------------------------------------------------------------------------


def courts_rulings() -> Iterator[Case]:
    """`Judge FULL ruled that C.`; `In POSS ruling, Judge FULL wrote: "C."`; `COURT found that C.`; `FULL, a
    judge at COURT, said C.`; `"C," Judge FULL said as PRONOUN delivered the judgment at COURT.`; `LAWYER,
    POST, told COURT: "C."`; `Judge FULL ruled that C. Outside court, LAWYER, POST, said: "C2."`; `COURT ruled
    that C. The Interior Ministry said it would study the judgment carefully.`; `Judge FULL heard the case at
    COURT. "C," the judge said.`; `COURT published its judgment on Friday. "C," the judgment said.`; `C, Judge
    FULL said.` Key: the judge (title *judge*, with the court where an apposition states it), the lawyer with
    POST, the court or its judgment for its own finding; the court never for a judge's or lawyer's words."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 11), 270, "ho82-courts"):
        k = _slot(PEOPLE82, a, shape, r)
        ct = _pick(COURTS82, k)
        court = _cap(ct.name)
        jt, jct = Contains("judge"), Contains(("judge", ct.core))
        c = _pick(RULINGS82, k)
        jq, jqs = m.q(_pick(JUDGEQUOTES82, k) + ","), m.q(_pick(JUDGEQUOTES82, k) + ".")
        lp = _pick(LEGAL82, k)
        lqs = m.q(_pick(LAWQUOTES82, k) + ".")
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [_bare(ct.name), _bare(ct.short), lp.body]
        if shape == 0:
            text = f"Judge {a.full} ruled that {c}."
            ex = [_that(text, c, a, jt)]
        elif shape == 1:
            text = f"In {a.poss} ruling, Judge {a.full} wrote: {jqs}"
            ex = [_d(jqs, a, jt)]
        elif shape == 2:
            text = f"{court} found that {c}."
            ex, people = [_that(text, c, ct.accepted)], ()
        elif shape == 3:
            text = f"{a.full}, a judge at {ct.name}, said {c}."
            ex = [_that(text, c, a, jct)]
        elif shape == 4:
            text = f"{jq} Judge {a.full} said as {a.pronoun} delivered the judgment at {ct.name}."
            ex = [_d(jq, a, jt)]
        elif shape == 5:
            text = f"{b.full}, {lp.a(b)}, told {ct.name}: {lqs}"
            ex, people = [_d(lqs, b, _t(lp))], (b,)
        elif shape == 6:
            text = f"Judge {a.full} ruled that {c}. Outside court, {b.full}, {lp.a(b)}, said: {lqs}"
            ex, people = [_that(text, c, a, jt), _d(lqs, b, _t(lp))], (a, b)
        elif shape == 7:
            reply = "it would study the judgment carefully"
            text = f"{court} ruled that {c}. The Interior Ministry said {reply}."
            ex = [_that(text, c, ct.accepted), _that(text, reply, ("Interior Ministry", "ministry"))]
            people = ()
        elif shape == 8:
            text = f"Judge {a.full} heard the case at {ct.name}. {jq} the judge said."
            ex = [_d(jq, a, jt)]
        elif shape == 9:
            text = f"{court} published its judgment on Friday. {jq} the judgment said."
            ex, people = [_d(jq, ("judgment", *ct.accepted))], ()
        else:
            text = f"{_cap(c)}, Judge {a.full} said."
            ex = [_r(_cap(c), a, jt)]
        yield _case(f"ho82-courts-{shape}", text, ex, people, others)


# --- 4. asylum seekers and refugees -------------------------------------------------------------------------


def asylum_seekers() -> Iterator[Case]:
    """`"C," said FIRST, AGE, who crossed from COUNTRY in March.`; `NAME, a AGE-year-old from COUNTRY, said
    C.`; `A AGE-year-old woman/man from COUNTRY who asked not to be named said: "C."` (anonymous); `FIRST, who
    asked that POSS surname not be used, arrived at PLACE in June. "C," PRONOUN said.`; `FULL, AGE, has been
    waiting N months for a decision on POSS claim. "C," SURNAME said.`; `"C," said one woman/man, who gave
    POSS age as AGE.` (anonymous); `A former JOB from COUNTRY, NAME now shares a tent with four strangers.
    "C," PRONOUN said.` (title: the job); `NAME, AGE, said C. OTHER, POST, said many of the new arrivals told
    similar stories.`; `"C," FULL told OUTLET by phone from PLACE.`; `NAME and NAME2 arrived on the same boat
    last spring. "C," said NAME2.`; `Speaking from a bunk bed at PLACE, FULL said: "C."` Key: the asylum
    seeker by the name the text gives (a first name alone is the whole name); an anonymous one no speaker or
    the description; the aid worker, the outlet and the place never."""
    for s, shape, m, r in sample(_combos(SEEKERS82, 11), 240, "ho82-seekers"):
        k = _slot(SEEKERS82, s, shape, r)
        fn = s if s in FIRSTNAMES82 else _first(k)
        g = s if s in ARRIVALS82 else _full(k)
        sq, sqs = m.q(_sq(k) + ","), m.q(_sq(k) + ".")
        sc = _sc(k)
        place, outlet = _pick(PLACES82, k), _pick(OUTLETS82, k)
        people: tuple[Person, ...] = (s,)
        others = [place, s.culture]
        anon = ("year-old", "woman", "man", "one woman", "one man")
        if shape == 0:
            text = f"{sq} said {fn.full}, {fn.age}, who crossed from {fn.culture} in March."
            ex, people = [_d(sq, fn)], (fn,)
        elif shape == 1:
            text = f"{s.full}, a {s.age}-year-old from {s.culture}, said {sc}."
            ex = [_that(text, sc, s)]
        elif shape == 2:
            who = f"A {s.age}-year-old {s.kin('woman', 'man')} from {s.culture}"
            text = f"{who} who asked not to be named said: {sqs}"
            ex, people = [_anon(text, sqs, "direct", anon)], ()
        elif shape == 3:
            text = (
                f"{fn.full}, who asked that {fn.poss} surname not be used, arrived at {place} in June. "
                f"{sq} {fn.pronoun} said."
            )
            ex, people = [_d(sq, fn)], (fn,)
        elif shape == 4:
            months = _pick(("eight", "fourteen", "twenty"), k)
            text = (
                f"{g.full}, {g.age}, has been waiting {months} months for a decision on {g.poss} claim. "
                f"{sq} {g.last} said."
            )
            ex, people = [_d(sq, g)], (g,)
        elif shape == 5:
            text = f"{sq} said one {s.kin('woman', 'man')}, who gave {s.poss} age as {s.age}."
            ex, people = [_anon(text, sq, "direct", anon)], ()
        elif shape == 6:
            job = _pick(JOBS82, k)
            text = (
                f"A former {job} from {s.culture}, {s.full} now shares a tent with four strangers. "
                f"{sq} {s.pronoun} said."
            )
            ex = [_d(sq, s, Contains(job))]
        elif shape == 7:
            b = _other(s, k)
            ap = _pick(AID82, k)
            claim = "many of the new arrivals told similar stories"
            text = f"{s.full}, {s.age}, said {sc}. {b.full}, {ap.a(b)}, said {claim}."
            ex = [_that(text, sc, s), _that(text, claim, b, _t(ap))]
            people = (s, b)
            others.append(ap.body)
        elif shape == 8:
            text = f"{sq} {g.full} told {outlet} by phone from {place}."
            ex, people = [_d(sq, g)], (g,)
            others.append(outlet)
        elif shape == 9:
            s2 = _seeker2(s, k)
            text = f"{s.full} and {s2.full} arrived on the same boat last spring. {sq} said {s2.full}."
            ex, people = [_d(sq, s2)], (s, s2)
        else:
            text = f"Speaking from a bunk bed at {place}, {g.full} said: {sqs}"
            ex, people = [_d(sqs, g)], (g,)
        yield _case(f"ho82-seekers-{shape}", text, ex, people, others)


# --- 5. interpreters ----------------------------------------------------------------------------------------


def interpreters() -> Iterator[Case]:
    """`"C," NAME said through an interpreter.`; `Speaking through an interpreter, NAME, AGE, said C.`; `NAME
    spoke through OTHER, a volunteer with NGO. "C," PRONOUN said.` (genders differ); `"C," NAME told
    OUTLET, with OTHER translating.`; `Answering in LANGUAGE, NAME said: "C."`; `"C," said NAME, whose
    words were translated by a cousin.`; `OTHER, an interpreter at PLACE, said C2.` (the interpreter's own
    words); `POSS answer, relayed by OTHER, was short: "C."`; `Through an interpreter, NAME described the
    crossing.` (an act: NAME's report or nothing) then `"C," PRONOUN said. "C2," PRONOUN added.`; `OTHER,
    who translated for NAME, said afterwards that C2.`; `NAME, speaking in LANGUAGE through an interpreter,
    said: "C."` Key: the words the asylum seeker's; the interpreter never, except for the interpreter's own
    report (title *interpreter* with the place)."""
    for s, shape, m, r in sample(_combos(SEEKERS82, 11), 240, "ho82-interpreters"):
        k = _slot(SEEKERS82, s, shape, r)
        i = _other(s, k, gender=_opp(s))
        sq, sqs = m.q(_sq(k) + ","), m.q(_sq(k) + ".")
        sc = _sc(k)
        ic = _pick(INTERPCLAUSES82, k)
        lang = LANGUAGES82[s.culture]
        place, outlet, ngo = _pick(PLACES82, k), _pick(OUTLETS82, k), _pick(NGOS82, k)
        people: tuple[Person, ...] = (s, i)
        others = [place, lang, s.culture, "interpreter"]
        if shape == 0:
            text = f"{sq} {s.full} said through an interpreter."
            ex, people = [_d(sq, s)], (s,)
        elif shape == 1:
            text = f"Speaking through an interpreter, {s.full}, {s.age}, said {sc}."
            ex, people = [_that(text, sc, s)], (s,)
        elif shape == 2:
            text = f"{s.full} spoke through {i.full}, a volunteer with {ngo}. {sq} {s.pronoun} said."
            ex = [_d(sq, s)]
            others.append(_bare(ngo))
        elif shape == 3:
            text = f"{sq} {s.full} told {outlet}, with {i.full} translating."
            ex = [_d(sq, s)]
            others.append(outlet)
        elif shape == 4:
            text = f"Answering in {lang}, {s.full} said: {sqs}"
            ex, people = [_d(sqs, s)], (s,)
        elif shape == 5:
            text = f"{sq} said {s.full}, whose words were translated by a cousin."
            ex, people = [_d(sq, s)], (s,)
            others.append("cousin")
        elif shape == 6:
            text = f"{i.full}, an interpreter at {place}, said {ic}."
            ex, people = [_that(text, ic, i, Contains(("interpreter", _bare(place))))], (i,)
            others.remove("interpreter")
        elif shape == 7:
            text = f"{_poss(s.full)} answer, relayed by {i.full}, was short: {sqs}"
            ex = [_d(sqs, s)]
        elif shape == 8:
            sq2 = m.q(_sq(k + 4) + ",")
            region = f"Through an interpreter, {s.full} described the crossing."
            text = f"{region} {sq} {s.pronoun} said. {sq2} {s.pronoun} added."
            ex, people = [*tolerate(text, region, (s.full,)), _d(sq, s), _d(sq2, s)], (s,)
        elif shape == 9:
            text = f"{i.full}, who translated for {s.full}, said afterwards that {ic}."
            ex = [_that(text, ic, i)]
        else:
            text = f"{s.full}, speaking in {lang} through an interpreter, said: {sqs}"
            ex, people = [_d(sqs, s)], (s,)
        yield _case(f"ho82-interpreters-{shape}", text, ex, people, others)


# --- 6. aid workers and charities ---------------------------------------------------------------------------


def aid_ngos() -> Iterator[Case]:
    """`FULL, POST, said C.`; `POST FULL warned that C.`; `"C," said FULL, who has run the clinic at PLACE
    since 2019.` (a relative clause: the title is not checked); `CHARITY, a charity that runs twelve shelters
    near the border, said in a statement that C.`; `FULL thanked the volunteers who had worked through the
    night. "C," PRONOUN said.` (the thanks: FULL's report or nothing); `FULL, POST, put it bluntly: "C."`;
    `According to FULL, POST, C.`; `FULL, POST, said C. OTHER, POST2, agreed. "C2," SURNAME said.`; `In an
    open letter, twelve charities, including CHARITY, said C.` (the letter, the charities or the charity
    named); `FULL, POST, posted a video from PLACE. "C," PRONOUN said in the clip.` (the posting: FULL's
    report or nothing). Key: each person's words their own with POST; the volunteers and the place never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 10), 255, "ho82-aid"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(AID82, k)
        t = _t(p)
        body, acc = _pick(CHARITIES82, k)
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        place = _pick(PLACES82, k)
        people: tuple[Person, ...] = (a,)
        others = [p.body, place, "volunteers"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{p.b(a)} {a.full} warned that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 2:
            text = f"{q} said {a.full}, who has run the clinic at {place} since 2019."
            ex = [_d(q, a)]
        elif shape == 3:
            text = (
                f"{body}, a charity that runs twelve shelters near the border, said in a statement that {c}."
            )
            ex, people = [_that(text, c, acc)], ()
        elif shape == 4:
            region = f"{a.full} thanked the volunteers who had worked through the night."
            text = f"{region} {q} {a.pronoun} said."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a)]
        elif shape == 5:
            text = f"{a.full}, {p.a(a)}, put it bluntly: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 6:
            text = f"According to {a.full}, {p.a(a)}, {c}."
            ex = [_r(c, a, t)]
        elif shape == 7:
            b = _other(a, k)
            p2 = _post2(AID82, k, p)
            text = f"{a.full}, {p.a(a)}, said {c}. {b.full}, {p2.a(b)}, agreed. {q} {b.last} said."
            ex, people = [_that(text, c, a, t), _d(q, b, _t(p2))], (a, b)
            others.append(p2.body)
        elif shape == 8:
            text = f"In an open letter, twelve charities, including {_low(body)}, said {c}."
            ex = [_that(text, c, ("open letter", "letter", "twelve charities", "charities", *acc))]
            people = ()
        else:
            region = f"{a.full}, {p.a(a)}, posted a video from {place}."
            text = f"{region} {q} {a.pronoun} said in the clip."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        yield _case(f"ho82-aid-{shape}", text, ex, people, others)


# --- 7. mayors of border towns ------------------------------------------------------------------------------


def border_mayors() -> Iterator[Case]:
    """`The mayor of TOWN, FULL, said C.`; `"C," said FULL, POST.`; `POST FULL told reporters at the town
    hall: "C."`; `FULL, who has been mayor of TOWN since 2016, said C.` (a relative clause: the title is not
    checked); `POSS-TOWN mayor, FULL, said: "C."`; `FULL, POST, said C. Not everyone in the town agrees.
    RESIDENT, AGE, who runs a bakery near the harbour, said: "C2."`; `POST FULL has written to the interior
    minister asking for more money. "C," SURNAME wrote.`; `Residents of TOWN packed the town hall on Monday.
    "C," said FULL, the town's mayor.`; `FULL, POST, CUE that C.`; two mayors who signed a joint letter, then
    `"C," SURNAME2 said.` Key: the mayor's words the mayor's (title *mayor* with the town); the resident's the
    resident's; the town, the residents and the other mayor never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 10), 235, "ho82-mayors"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(MAYORS82, k)
        t = _t(p)
        town = p.body
        q, qs = m.q(_qt(k) + ","), m.q(_qt(k) + ".")
        c = _cl(k)
        b = _other(a, k)
        people: tuple[Person, ...] = (a,)
        others = [town, "Residents", "town hall"]
        if shape == 0:
            text = f"{_cap(p.a(a))}, {a.full}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{q} said {a.full}, {p.a(a)}."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{p.b(a)} {a.full} told reporters at the town hall: {qs}"
            ex = [_d(qs, a, t)]
        elif shape == 3:
            text = f"{a.full}, who has been mayor of {town} since 2016, said {c}."
            ex = [_that(text, c, a)]
        elif shape == 4:
            text = f"{_poss(town)} mayor, {a.full}, said: {qs}"
            ex = [_d(qs, a, Contains(("mayor", town)))]
        elif shape == 5:
            rq = m.q(_pick(RESIDENTQUOTES82, k) + ".")
            text = (
                f"{a.full}, {p.a(a)}, said {c}. Not everyone in the town agrees. "
                f"{b.full}, {b.age}, who runs a bakery near the harbour, said: {rq}"
            )
            ex, people = [_that(text, c, a, t), _d(rq, b)], (a, b)
        elif shape == 6:
            region = f"{p.b(a)} {a.full} has written to the interior minister asking for more money."
            text = f"{region} {q} {a.last} wrote."
            ex = [*tolerate(text, region, (a.full,)), _d(q, a, t)]
        elif shape == 7:
            text = f"Residents of {town} packed the town hall on Monday. {q} said {a.full}, the town's mayor."
            ex = [_d(q, a, Contains("mayor"))]
        elif shape == 8:
            text = f"{a.full}, {p.a(a)}, {_pick(CUES82, k)} that {c}."
            ex = [_that(text, c, a, t)]
        else:
            p2 = _post2(MAYORS82, k, p)
            region = f"{a.full}, {p.a(a)}, and {b.full}, {p2.a(b)}, signed a joint letter."
            text = f"{region} {q} {b.last} said."
            ex, people = [*tolerate(text, region, (a.full, b.full)), _d(q, b, _t(p2))], (a, b)
            others.append(p2.body)
        yield _case(f"ho82-mayors-{shape}", text, ex, people, others)


# --- 8. UN agency officials ---------------------------------------------------------------------------------


def un_officials() -> Iterator[Case]:
    """`FULL, POST, said C.`; `"C," FULL, POST, told reporters in Varena.`; `AGENCY (ABBR) said C.`; `ABBR
    said in a statement that C.`; `POST FULL warned that C.`; `FULL, POST, called X "F".`; `"C," said FULL,
    who leads the agency's work in the region.` (a relative clause: the title is not checked); `According to
    ABBR, C.`; `FULL, POST, said C. The interior minister, OTHER, disagreed. "C2," PRONOUN said.` (genders
    differ); `In a report published on Thursday, ABBR said C.` Key: FULL's with POST; the agency's words the
    agency's (by its name or its initialism); the minister's the minister's; Varena never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 10, MARKS82, 4), 290, "ho82-un"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(UN82, k)
        t = _t(p)
        abbr, full, acc = _pick(ACRONYMS82[:2], k)
        q = m.q(_qt(k) + ",")
        c = _cl(k)
        obj, frag = _pick(FRAGS82, k)
        fq = m.q(frag)
        people: tuple[Person, ...] = (a,)
        others = [p.body, "Varena"]
        if shape == 0:
            text = f"{a.full}, {p.a(a)}, said {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 1:
            text = f"{q} {a.full}, {p.a(a)}, told reporters in Varena."
            ex = [_d(q, a, t)]
        elif shape == 2:
            text = f"{_cap(full)} ({abbr}) said {c}."
            ex, people = [_that(text, c, acc)], ()
        elif shape == 3:
            text = f"{abbr} said in a statement that {c}."
            ex, people = [_that(text, c, acc)], ()
        elif shape == 4:
            text = f"{p.b(a)} {a.full} warned that {c}."
            ex = [_that(text, c, a, t)]
        elif shape == 5:
            text = f"{a.full}, {p.a(a)}, called {obj} {fq}."
            ex = [_called(text, obj, fq, (a.full,), title=t)]
        elif shape == 6:
            text = f"{q} said {a.full}, who leads the agency's work in the region."
            ex = [_d(q, a)]
        elif shape == 7:
            text = f"According to {abbr}, {c}."
            ex, people = [_r(c, acc)], ()
        elif shape == 8:
            b = _other(a, k, gender=_opp(a))
            q2 = m.q(_qt(k + 7) + ",")
            text = (
                f"{a.full}, {p.a(a)}, said {c}. The interior minister, {b.full}, disagreed. "
                f"{q2} {b.pronoun} said."
            )
            ex, people = [_that(text, c, a, t), _d(q2, b, Contains("interior minister"))], (a, b)
        else:
            text = f"In a report published on Thursday, {abbr} said {c}."
            ex, people = [_that(text, c, acc)], ()
        yield _case(f"ho82-un-{shape}", text, ex, people, others)


# --- 9. statements and documents ----------------------------------------------------------------------------


def statements_documents() -> Iterator[Case]:
    """`BODY said in a statement that C.`; `"C," BODY said in a statement.`; `A statement from BODY read:
    "C."`; `The DOC found that C.`; `In a report published on Tuesday, BODY said C.`; `FULL, POST, wrote in
    the report: "C."` (an inspector); `According to the DOC, C.`; `BODY said C. FULL, a spokes-noun for BODY,
    added: "C2."`; `At a meeting in May, FULL said C, according to minutes seen by OUTLET.` (FULL's report, or
    the minutes' of the whole); `The letter, signed by twelve charities, said: "C."`; a narrative sentence
    then `BODY declined to comment on the findings.` (the body's report or nothing). Key: the body or the
    document speaks; the spokesperson and the inspector speak for themselves with their post."""
    combos = list(itertools.product(range(len(BODIES82)), range(11), ALLMARKS82, range(3)))
    for bi, shape, m, r in sample(combos, 285, "ho82-statements"):
        k = _k(bi, shape, r)
        body, acc = BODIES82[bi]
        low = _low(body)
        a = PEOPLE82[(k * 7 + r) % len(PEOPLE82)]
        bq, bqs = m.q(_bq(k) + ","), m.q(_bq(k) + ".")
        c = _cl(k)
        doc, dacc = _pick(DOCS82, k)
        people: tuple[Person, ...] = ()
        others: list[str] = [_bare(body)]
        if shape == 0:
            text = f"{body} said in a statement that {c}."
            ex = [_that(text, c, acc)]
        elif shape == 1:
            text = f"{bq} {low} said in a statement."
            ex = [_d(bq, acc)]
        elif shape == 2:
            text = f"A statement from {low} read: {bqs}"
            ex = [_d(bqs, acc)]
        elif shape == 3:
            text = f"The {doc} found that {c}."
            ex, others = [_that(text, c, dacc)], []
        elif shape == 4:
            text = f"In a report published on Tuesday, {low} said {c}."
            ex = [_that(text, c, acc)]
        elif shape == 5:
            ip = _pick(INSPECTORS82, k)
            iq = m.q(_pick(INSPECTQUOTES82, k) + ".")
            text = f"{a.full}, {ip.a(a)}, wrote in the report: {iq}"
            ex, people, others = [_d(iq, a, _t(ip))], (a,), [ip.body, "report"]
        elif shape == 6:
            text = f"According to the {doc}, {c}."
            ex, others = [_r(c, dacc)], []
        elif shape == 7:
            spokes = a.kin("spokeswoman", "spokesman")
            pq = m.q(_qt(k) + ".")
            text = f"{body} said {c}. {a.full}, a {spokes} for {low}, added: {pq}"
            ex, people = [_that(text, c, acc), _d(pq, a, Contains(("spokes", _bare(body))))], (a,)
        elif shape == 8:
            outlet = _pick(OUTLETS82, k)
            whole = f"{a.full} said {c}"
            text = f"At a meeting in May, {whole}, according to minutes seen by {outlet}."
            macc = ("minutes", "the minutes", outlet, _bare(outlet))
            ex = _alts(
                text,
                [_that(text, c, a)],
                [_r(whole, macc)],
                [_r(f"{whole}, according to", macc)],
                [_r(f"At a meeting in May, {whole}", macc)],
                [_r(f"At a meeting in May, {whole}, according to", macc)],
            )
            people = (a,) if ex[0].speaker is not None and a.full in ex[0].speaker else ()
            others = [_bare(body), outlet] if people else [_bare(body)]
        elif shape == 9:
            lq = m.q(_pick(LETTERQUOTES82, k) + ".")
            text = f"The letter, signed by twelve charities, said: {lq}"
            ex, others = [_d(lq, ("letter", "twelve charities", "charities"))], []
        else:
            region = f"{body} declined to comment on the findings."
            text = f"{_pick(NARRATIVE82, k)} {region}"
            ex = tolerate(text, region, (*acc, body, low))
        yield _case(f"ho82-statements-{shape}", text, ex, people, others)


# --- 10. pronouns -------------------------------------------------------------------------------------------


def pronouns() -> Iterator[Case]:
    """`FULL, POST, and OTHER, POST2, visited PLACE. "C," PRONOUN said.` (genders differ); `FULL said C.
    OTHER, POST2, disagreed. "C," PRONOUN said.` (same gender: OTHER); `FULL said C. OTHER responded: "C2."
    "C," PRONOUN added.` (genders differ: FULL); `SEEKER sat with OTHER, POST2, outside the tent. "C," PRONOUN
    said.` (genders differ: the seeker); `"C," OTHER told FULL. PRONOUN replied: "C2."` (genders differ);
    `FULL, POST, spoke first. "C," PRONOUN said. OTHER, POST2, followed. "C2," PRONOUN said.` (same gender);
    `FULL said POSS staff had worked through the night. "C," PRONOUN said.`; `FULL, POST, said C; OTHER was in
    the room.` then a paragraph `PRONOUN later told OUTLET: "C2."` (genders differ); `SEEKER, AGE, waited
    outside the office of OTHER, POST2.` then `PRONOUN said C.` (genders differ: OTHER). Key: as a careful
    reader resolves the pronoun; the other person never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 9), 240, "ho82-pronouns"):
        k = _slot(PEOPLE82, a, shape, r)
        pa = _pick(OFFICIALS82, k)
        pb = _post2(OFFICIALS82, k, pa)
        ta, tb = _t(pa), _t(pb)
        same = shape in (1, 5)
        b = _other(a, k, gender=a.gender if same else _opp(a))
        s = _pick([x for x in SEEKERS82 if x.gender != b.gender], k)
        q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 6) + ",")
        qs2 = m.q(_qt(k + 6) + ".")
        c = _cl(k)
        place, outlet = _pick(PLACES82, k), _pick(OUTLETS82, k)
        people: tuple[Person, ...] = (a, b)
        others = [pa.body, pb.body, place]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, visited {place}. {q} {a.pronoun} said."
            ex = [_d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full} said {c}. {b.full}, {pb.a(b)}, disagreed. {q} {b.pronoun} said."
            ex = [_that(text, c, a), _d(q, b, tb)]
        elif shape == 2:
            text = f"{a.full} said {c}. {b.full} responded: {qs2} {q} {a.pronoun} added."
            ex = [_that(text, c, a), _d(qs2, b), _d(q, a)]
        elif shape == 3:
            sq = m.q(_sq(k) + ",")
            text = f"{s.full} sat with {b.full}, {pb.a(b)}, outside the tent. {sq} {s.pronoun} said."
            ex, people = [_d(sq, s)], (s, b)
        elif shape == 4:
            text = f"{q} {b.full} told {a.full}. {_cap(a.pronoun)} replied: {qs2}"
            ex = [_d(q, b), _d(qs2, a)]
        elif shape == 5:
            text = (
                f"{a.full}, {pa.a(a)}, spoke first. {q} {a.pronoun} said. "
                f"{b.full}, {pb.a(b)}, followed. {q2} {b.pronoun} said."
            )
            ex = [_d(q, a, ta), _d(q2, b, tb)]
        elif shape == 6:
            clause = f"{a.poss} staff had worked through the night"
            text = f"{a.full} said {clause}. {q} {a.pronoun} said."
            ex, people = [_that(text, clause, a), _d(q, a)], (a,)
        elif shape == 7:
            text = _article(
                f"{a.full}, {pa.a(a)}, said {c}; {b.full} was in the room.",
                f"{_cap(a.pronoun)} later told {outlet}: {qs2}",
            )
            ex = [_that(text, c, a, ta), _d(qs2, a, ta)]
            others.append(outlet)
        else:
            text = _article(
                f"{s.full}, {s.age}, waited outside the office of {b.full}, {pb.a(b)}.",
                f"{_cap(b.pronoun)} said {c}.",
            )
            ex, people = [_that(text, c, b, tb)], (s, b)
        yield _case(f"ho82-pronouns-{shape}", text, ex, people, others)


# --- 11. second references ----------------------------------------------------------------------------------


def second_refs() -> Iterator[Case]:
    """`FULL, POST, said C. "C2," the ROLE added.`; `FULL, POST, and OTHER, POST2, met at PLACE. "C," SURNAME
    said.`; `POST FULL arrived at PLACE on Monday.` then a paragraph `The ROLE told reporters that C.`; two
    people with two posts then `"C," said the ROLE2.` (OTHER); `POST FULL said C. "C2," SURNAME said later.`;
    `FULL, AGE, POST, said C. "C2," the AGE-year-old said.`; `FULL, POST, arrived at PLACE just after nine.
    "C," Ms/Mr SURNAME said.`; `Judge FULL adjourned the hearing at COURT. Earlier, LAWYER, POST, had told the
    judge that C.` (the judge a listener); `SEEKER, AGE, from COUNTRY, has been at PLACE since April. "C," the
    AGE-year-old said.`; `SEEKER has lived in TOWN for two years. "C," Ms/Mr SURNAME said.` Key: the second
    reference's person with the post of the first mention; the other person never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 10), 240, "ho82-secondrefs"):
        k = _slot(PEOPLE82, a, shape, r)
        pa = _pick(OFFICIALS82, k)
        pb = _post2(OFFICIALS82, k, pa)
        ta, tb = _t(pa), _t(pb)
        b = _other(a, k)
        q = m.q(_qt(k + 2) + ",")
        c = _cl(k)
        place = _pick(PLACES82, k)
        people: tuple[Person, ...] = (a,)
        others = [pa.body, place]
        if shape == 0:
            text = f"{a.full}, {pa.a(a)}, said {c}. {q} {pa.sh(a)} added."
            ex = [_that(text, c, a, ta), _d(q, a, ta)]
        elif shape == 1:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {place}. {q} {a.last} said."
            ex, people = [_d(q, a, ta)], (a, b)
            others.append(pb.body)
        elif shape == 2:
            text = _article(
                f"{pa.b(a)} {a.full} arrived at {place} on Monday.",
                f"{_cap(pa.sh(a))} told reporters that {c}.",
            )
            ex = [_that(text, c, a, ta)]
        elif shape == 3:
            text = f"{a.full}, {pa.a(a)}, and {b.full}, {pb.a(b)}, met at {place}. {q} said {pb.sh(b)}."
            ex, people = [_d(q, b, tb)], (a, b)
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
            ct = _pick(COURTS82, k)
            lp = _pick(LEGAL82, k)
            sc = _sc(k)
            text = (
                f"Judge {a.full} adjourned the hearing at {ct.name}. "
                f"Earlier, {b.full}, {lp.a(b)}, had told the judge that {sc}."
            )
            ex, people = [_that(text, sc, b, _t(lp))], (a, b)
            others = [lp.body, _bare(ct.name), "judge"]
        elif shape == 8:
            s = _pick(SEEKERS82, k)
            sq = m.q(_sq(k) + ",")
            text = (
                f"{s.full}, {s.age}, from {s.culture}, has been at {place} since April. "
                f"{sq} the {s.age}-year-old said."
            )
            ex, people, others = [_d(sq, s)], (s,), [place, s.culture]
        else:
            g = _full(k)
            town = _pick(TOWNS82, k)
            sq = m.q(_sq(k) + ",")
            text = f"{g.full} has lived in {town} for two years. {sq} {g.kin('Ms', 'Mr')} {g.last} said."
            ex, people, others = [_d(sq, g)], (g,), [town]
        yield _case(f"ho82-secondrefs-{shape}", text, ex, people, others)


# --- 12. split quotations -----------------------------------------------------------------------------------


def split_quotes() -> Iterator[Case]:
    """`"C1," FULL, POST, said, "c2."`; `"C1," said FULL, "c2."`; `FULL spoke to reporters at PLACE. "C1,"
    SURNAME said, "c2."`; `"C1," FULL says, "c2."`; `"C1," FULL told OUTLET, "c2."`; `FULL, POST, arrived
    after OTHER. "C1," PRONOUN said, "c2."` (genders differ); `POST FULL visited PLACE. "C1," the ROLE said,
    "c2."`; `"C1," SEEKER said through an interpreter, "c2."`; `"C1," said SEEKER, AGE, "c2."`; `"C1," Judge
    FULL wrote, "c2."` Key: both parts (or one span) the speaker's; the outlet, the interpreter and OTHER
    never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 10), 240, "ho82-splits"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(OFFICIALS82, k)
        t = _t(p)
        one, two = _pick(SPLITS82, k)
        h1, h2 = m.q(one + ","), m.q(two)
        s = _pick(SEEKERS82, k)
        s1, s2 = (m.q(x) for x in (_pick(SEEKERSPLITS82, k)[0] + ",", _pick(SEEKERSPLITS82, k)[1]))
        place, outlet = _pick(PLACES82, k), _pick(OUTLETS82, k)
        who: Person = a
        people: tuple[Person, ...] = (a,)
        others = [p.body, place, outlet]
        title: TitleSpec = ANY
        parts = [h1, h2]
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
            text, title = f"{p.b(a)} {a.full} visited {place}. {h1} {p.sh(a)} said, {h2}", t
        elif shape == 7:
            text, who, parts = f"{s1} {s.full} said through an interpreter, {s2}", s, [s1, s2]
            people, others = (s,), ["interpreter"]
        elif shape == 8:
            text, who, parts = f"{s1} said {s.full}, {s.age}, {s2}", s, [s1, s2]
            people, others = (s,), []
        else:
            j1, j2 = _pick(JUDGESPLITS82, k)
            parts = [m.q(j1 + ","), m.q(j2)]
            text, title = f"{parts[0]} Judge {a.full} wrote, {parts[1]}", Contains("judge")
            others = ["judge"]
        yield _case(f"ho82-splits-{shape}", text, _groups(text, parts, who, title), people, others)


# --- 13. indirect and mixed reports -------------------------------------------------------------------------


def indirect_mixed() -> Iterator[Case]:
    """`FULL CUE that C.`; `FULL, POST, CUE C.` (no *that*); `According to FULL, POST, C.`; `C, FULL said.`
    (fronted); `FULL told OUTLET that C.`; `FULL said that C1 and that C2.` (one report or two); `FULL said X
    was/were "F".`; `POST FULL called X "F".`; `FULL, POST, described X as "F".`; `C, according to FULL.`;
    `FULL, POST, said WORDS "F" WORDS.` (a fragment inside the clause). Key: the reported clause (with its
    fragment for a mixed one) FULL's, with the post where stated; the outlet never."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 11, MARKS82, 4), 245, "ho82-indirect"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(OFFICIALS82, k)
        t = _t(p)
        c, c2 = _cl(k), _cl(k + 5)
        cue = _pick(CUES82, k)
        outlet = _pick(OUTLETS82, k)
        obj, frag = _pick(FRAGS82, k)
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
            clause = f"{obj} {_be(obj)} {fq}"
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
            before, marked, after = _pick(MIDFRAGS82, k)
            clause = f"{before} {m.q(marked)} {after}"
            text = f"{a.full}, {p.a(a)}, said {clause}."
            ex = [_mixed(text, clause, a, t)]
        yield _case(f"ho82-indirect-{shape}", text, ex, people, others)


# --- 14. short articles -------------------------------------------------------------------------------------


def _article_minister(
    a: Person, b: Person, k: int, m: Mark
) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """A minister's lede, the minister by surname, an aid director, the director by pronoun."""
    pa, pb = _pick(MINISTERS82, k), _pick(AID82, k)
    ta, tb = _t(pa), _t(pb)
    c, c2 = _cl(k), _cl(k + 7)
    q, q2 = m.q(_qt(k) + ","), m.q(_qt(k + 4) + ",")
    place = _pick(PLACES82, k)
    text = _article(
        f"{pa.b(a)} {a.full} said on {_pick(DAYS82, k)} that {c}.",
        f"{q} {a.last} told reporters at {place}.",
        f"{b.full}, {pb.a(b)}, said {c2}.",
        f"{q2} {b.pronoun} said.",
    )
    ex = [_that(text, c, a, ta), _d(q, a, ta), _that(text, c2, b, tb), _d(q2, b, tb)]
    return text, ex, (a, b), [pa.body, pb.body, place]


def _article_rescue(
    a: Person, s: Person, k: int, m: Mark
) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """A rescue at sea: narrative, a seeker through an interpreter, a coastguard spokesperson, the role."""
    p = AGENCY82[0]
    t = _t(p)
    sq = m.q(_sq(k) + ",")
    q = m.q(_qt(k + 2) + ",")
    c = _cl(k + 1)
    text = _article(
        _pick(RESCUES82, k),
        f"{s.full}, {s.age}, from {s.culture}, was among those brought ashore. "
        f"{sq} {s.pronoun} said through an interpreter.",
        f"{a.full}, {p.a(a)}, said {c}.",
        f"{q} {p.sh(a)} said.",
    )
    ex = [_d(sq, s), _that(text, c, a, t), _d(q, a, t)]
    return text, ex, (a, s), [p.body, s.culture, "interpreter"]


def _article_court(
    a: Person, b: Person, k: int, m: Mark
) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """A ruling: the court's finding, the judge's words, the family's lawyer, the ministry's reply."""
    ct = _pick(COURTS82, k)
    lp = _pick(LEGAL82, k)
    c = _pick(RULINGS82, k)
    jqs = m.q(_pick(JUDGEQUOTES82, k) + ".")
    lqs = m.q(_pick(LAWQUOTES82, k) + ".")
    reply = "it was considering an appeal"
    text = _article(
        f"{_cap(ct.name)} ruled on {_pick(DAYS82, k)} that {c}.",
        f"In {a.poss} judgment, Judge {a.full} wrote: {jqs}",
        f"{b.full}, {lp.a(b)}, who represented the family, said: {lqs}",
        f"The Interior Ministry said {reply}.",
    )
    ex = [
        _that(text, c, ct.accepted),
        _d(jqs, a, Contains("judge")),
        _d(lqs, b, _t(lp)),
        _that(text, reply, ("Interior Ministry", "ministry")),
    ]
    return text, ex, (a, b), [lp.body, _bare(ct.name), "Interior Ministry", "family"]


def _article_mayor(
    a: Person, b: Person, k: int, m: Mark
) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """A mayor's request (an act), the mayor's words, a minister's answer, the minister by role."""
    pm = _pick(MAYORS82, k)
    pb = _pick((MINISTERS82[0], MINISTERS82[3], MINISTERS82[5]), k)
    q, q2 = m.q(_qt(k + 8) + ","), m.q(_qt(k + 11) + ",")
    c = _cl(k + 3)
    region = f"{pm.b(a)} {a.full} has asked the government for emergency funds."
    text = _article(
        region,
        f"{q} {a.last} said.",
        f"{b.full}, {pb.a(b)}, said {c}.",
        f"{q2} {pb.sh(b)} said.",
    )
    ex = [*tolerate(text, region, (a.full,)), _d(q, a, _t(pm)), _that(text, c, b, _t(pb)), _d(q2, b, _t(pb))]
    return text, ex, (a, b), [pm.body, "government"]


def _article_un(
    a: Person, s: Person, k: int, m: Mark
) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """An agency's lede, its official's words, a seeker's report and words by surname (or first name)."""
    abbr, full, acc = ACRONYMS82[k % 2]
    p = UN82[(k // 2) % 2]
    qs = m.q(_qt(k + 1) + ".")
    sq = m.q(_sq(k + 3) + ",")
    c, sc = _cl(k + 2), _sc(k)
    place = _pick(PLACES82, k)
    text = _article(
        f"{_cap(full)} ({abbr}) said on {_pick(DAYS82, k)} that {c}.",
        f"{a.full}, {p.a(a)}, said: {qs}",
        f"At {place}, {s.full}, {s.age}, said {sc}.",
        f"{sq} {s.last} said.",
    )
    ex = [_that(text, c, acc), _d(qs, a, _t(p)), _that(text, sc, s), _d(sq, s)]
    return text, ex, (a, s), [place, p.body, _bare(full), abbr, s.culture]


def _article_report(
    a: Person, b: Person, k: int, m: Mark
) -> tuple[str, list[Expect], tuple[Person, ...], list[str]]:
    """An inspector's report: its finding, the inspector's words, a minister's reply, the minister by
    pronoun."""
    doc, dacc = DOCS82[0]
    ip = INSPECTORS82[0]
    pb = _pick((MINISTERS82[0], MINISTERS82[1], MINISTERS82[4]), k)
    c = _cl(k + 5)
    iqs = m.q(_pick(INSPECTQUOTES82, k) + ".")
    q = m.q(_qt(k + 9) + ",")
    reply = "the findings would be studied carefully"
    text = _article(
        f"The {doc} found that {c}.",
        f"{a.full}, {ip.a(a)}, wrote: {iqs}",
        f"{pb.b(b)} {b.full} said {reply}.",
        f"{q} {b.pronoun} said.",
    )
    ex = [_that(text, c, dacc), _d(iqs, a, _t(ip)), _that(text, reply, b, _t(pb)), _d(q, b, _t(pb))]
    return text, ex, (a, b), [pb.body]


ARTICLES82 = (
    _article_minister,
    _article_rescue,
    _article_court,
    _article_mayor,
    _article_un,
    _article_report,
)


def articles() -> Iterator[Case]:
    """Short four-paragraph articles: a minister's lede then `"C," SURNAME told reporters at PLACE.`, an aid
    director's report and `"C," PRONOUN said.`; a rescue (narrative, a seeker through an interpreter, a
    coastguard spokesperson, `the ROLE said`); a ruling (the court's finding, `In POSS judgment, Judge FULL
    wrote:`, the family's lawyer, the ministry's reply); a mayor's request for funds (an act), the mayor by
    surname, a minister and `the ROLE said`; an agency's lede with its initialism, its official, a seeker's
    report and words by surname; an inspector's report, the inspector's words, a minister's reply and the
    minister by pronoun. Key: every quotation its own speaker's with the post the article states; the other
    people, bodies and places never."""
    combos = list(itertools.product(PEOPLE82, range(len(ARTICLES82)), ALLMARKS82, range(3)))
    for a, shape, m, r in sample(combos, 225, "ho82-articles"):
        k = _slot(PEOPLE82, a, shape, r)
        make = ARTICLES82[shape]
        second = _pick(SEEKERS82, k) if shape in (1, 4) else _other(a, k)
        text, ex, people, others = make(a, second, k, m)
        yield _case(f"ho82-articles-{shape}", text, ex, people, others)


# --- 15. controls -------------------------------------------------------------------------------------------


def controls() -> Iterator[Case]:
    """Marks nobody speaks and text that reports nothing: placards reading `"S"` (no quotation, or one with no
    speaker); `FULL, known on the coast as "N", arrived at PLACE at noon.`; `The so-called "T" has dominated
    the debate, and FULL, POST, is under pressure.`; `FULL has written a book, "W", about POSS years at the
    border.`; `The operation, known as "O", began in May.`; narrative sentences; `FULL, POST, declined to
    comment when asked about TOPIC.` (FULL's report or nothing); `FULL, POST, is expected to announce new
    rules on Thursday.` (a report with no speaker or nothing); `"C," said FULL, whose charity's slogan is
    "S".` (the one real quotation); `The documentary "W" follows three families from COUNTRY across the
    border.`; `FULL thanked the crews and visited the families at PLACE.` (FULL's report or nothing). Key: no
    quotation but the real one; no marked title, nickname, slogan or scare term inside a quotation or a
    speaker."""
    for a, shape, m, r in sample(_combos(PEOPLE82, 11), 262, "ho82-controls"):
        k = _slot(PEOPLE82, a, shape, r)
        p = _pick(OFFICIALS82, k)
        place = _pick(PLACES82, k)
        slq, nq = m.q(_pick(SLOGANS82, k)), m.q(_pick(NICKS82, k))
        scq, wq, oq = m.q(_pick(SCARE82, k)), m.q(_pick(WORKS82, k)), m.q(_pick(OPERATIONS82, k))
        ex: list[Expect] = []
        forbidden: tuple[str, ...] = ()
        others = [place, p.body]
        if shape == 0:
            region = f"Protesters outside {place} held placards reading {slq}."
            text = f"{region} {a.full} walked past them without stopping."
            ex = tolerate(text, region)
        elif shape == 1:
            text = f"{a.full}, known on the coast as {nq}, arrived at {place} at noon."
            forbidden = (nq,)
        elif shape == 2:
            text = (
                f"The row over the so-called {scq} has dominated the debate, "
                f"and {a.full}, {p.a(a)}, is under pressure."
            )
            forbidden = (scq,)
        elif shape == 3:
            text = f"{a.full} has written a book, {wq}, about {a.poss} years at the border."
            forbidden = (wq,)
        elif shape == 4:
            text = f"{a.full}, {p.a(a)}, ordered the operation, known as {oq}, which began in May."
            forbidden = (oq,)
        elif shape == 5:
            text = _article(_pick(NARRATIVE82, k), _pick(NARRATIVE82, k + 2))
        elif shape == 6:
            text = f"{a.full}, {p.a(a)}, declined to comment when asked about {_pick(TOPICS82, k)}."
            ex = tolerate(text, text, (a.full,))
        elif shape == 7:
            text = f"{a.full}, {p.a(a)}, is expected to announce new rules for asylum claims on Thursday."
            ex = tolerate(text, text)
        elif shape == 8:
            q = m.q(_qt(k) + ",")
            text = f"{q} said {a.full}, whose charity's slogan is {slq}."
            ex, forbidden = [_d(q, a)], (slq,)
        elif shape == 9:
            country = _pick(SEEKERS82, k).culture
            text = f"The documentary {wq} follows three families from {country} across the border."
            forbidden, others = (wq,), [country]
        else:
            text = f"{a.full} thanked the crews and visited the families at {place}."
            ex = tolerate(text, text, (a.full,))
        yield _case(f"ho82-controls-{shape}", text, ex, (a,), others, forbidden=forbidden)


HELD_OUT_82 = (
    _named(
        "ministers",
        "interior and immigration ministers and their shadows: credits, cues, told parliament",
        ministers,
    ),
    _named(
        "agency_spokespeople",
        "border agency and coastguard spokespeople, named and unnamed",
        agency_spokespeople,
    ),
    _named("courts_rulings", "judges, tribunals, judgments and lawyers", courts_rulings),
    _named("asylum_seekers", "asylum seekers by first name, in full and anonymously", asylum_seekers),
    _named(
        "interpreters",
        "asylum seekers quoted through interpreters; the interpreter's own words",
        interpreters,
    ),
    _named("aid_ngos", "aid workers, charity directors, charities and open letters", aid_ngos),
    _named("border_mayors", "mayors of border towns and their residents", border_mayors),
    _named("un_officials", "UN agency officials and agencies known by an initialism", un_officials),
    _named(
        "statements_documents",
        "statements, reports, minutes and letters that speak for bodies",
        statements_documents,
    ),
    _named("pronouns", "pronouns across people of both and of the same gender", pronouns),
    _named("second_refs", "the ROLE; surname; age; Ms/Mr SURNAME; a judge as listener", second_refs),
    _named("split_quotes", '"C1," NAME said, "c2." for officials, seekers and judges', split_quotes),
    _named("indirect_mixed", "open cue verbs; according to; fronted; mixed fragments", indirect_mixed),
    _named("articles", "short four-paragraph articles with two or three speakers", articles),
    _named("controls", "placards, nicknames, scare terms, titles, operations, decliners, acts", controls),
)
