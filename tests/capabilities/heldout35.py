"""Thirty-fifth held-out round: capabilities written at commit ``10e52df`` by a helper (``hcap41``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout35data.py``: thirty invented people of Balinese,
Minangkabau, Kachin, Akha, Kodava, Santal, Magar, Maasai, Chaga, Sotho, Fon, Serer, Mende, Svan and Gascon
origin, each with a gender and an age; eight people with compound given names and double surnames written
without a hyphen (`Consuelo Amparo Quintanilla Barreda`, `Aurora Benedita Sequeira Brandão`); six families of
three sharing a surname; straight, curly, British single marks, guillemets and German low-high marks, each
with its inner pair; roles with their bodies in an arboretum, hat making, gliding, an airship hangar, perry
making, topiary, fresco restoration, map making, a semaphore tower, a telegraph museum, a hedgehog hospital
and a badger trust; jobs with a place (`a fishmonger in Brindlecombe`); animals, machines and places that
"speak"; documents; sayings of the dead; irony words, report titles, laws, ships and search terms; open-class
cue verbs `quipped drily`, `sighed wearily`, `muttered darkly`, `laughed ruefully`, `put in`, `remembered
fondly`, `let on`, `confessed`) with phrasings a careful news editor keys one way only:

1. a quotation continued over a paragraph break, the opening mark repeated or not, with the only credit in
   the middle of the last paragraph (`"S1.¶"S2a," said NAME, ROLE at BODY, "s2b."`): every piece NAME's,
   as one quotation or one per paragraph;
2. a speaker introduced by a job and a place (`"Q," said a fishmonger in Brindlecombe.`, `A lifeguard at
   Scarrowmouth beach watched ... "Q," she said. The lifeguard, NAME, ...`, `said a butcher on Ambergate
   Street, NAME.`): the job phrase, or NAME once the text names the job holder;
3. possessive credits (`NAME's reply was blunt: "Q."`, `In NAME's words, C.`, `NAME's message to staff read:`,
   `BODY's statement, issued on DAY, was short:`, `ROLE NAME's reply to the critics was a single line:`,
   `NAME's view, set out in a letter on DAY, is that C.`, `SURNAME's last words to it were:`);
4. questions and answers in a narrative (`When asked whether TOPIC worried her, NAME replied:`, `"Q?" a
   reporter asked. "A," NAME replied.`, `A reporter asked NAME whether C. "A," she said.`, `"Q?" I asked
   NAME.`): the answer NAME's, the question the reporter's or nobody's, never NAME's;
5. compound given names and double surnames (`"Q2," Quintanilla Barreda said.`, `Quintanilla confessed that
   C.`, `said Ms Quintanilla Barreda`, `Chief flying instructor Rocío Milagros Tovar Echeverría said:`): the
   full name on every reference;
6. a group with a named spokesperson (`Residents of TOWN, led by NAME, said C.`, `The families, through their
   lawyer NAME, said`, `Members of BODY, led by their chair NAME, walked out. "Q," they said.`): the group or
   NAME, either;
7. titles after the name in parentheses or between dashes (`NAME (ROLE, BODY) said`, `NAME - ROLE at BODY -
   said:`, `NAME – ROLE at BODY – said`, `NAME—ROLE at BODY—told the PAPER:`, `NAME - the ROLE there since
   YEAR - said that C.`): NAME, the role as the title;
8. a fronted cue and a long adverbial before the name (`"Q," said, after a pause and a long look at the
   harbour, NAME.`, `NAME said, turning the old key over and over in the lock, that C.`, `Said NAME, as the
   last of the visitors drifted out into the rain: "Q."`);
9. animals, machines and places that speak (`"Pretty boy," the parrot squawked, as NAME looked on.`, `NAME
   laughed when the robot beeped: "Out of order." "Q," he said.`, a poem in which a building speaks): no
   speaker or that noun, never a person;
10. a statement quoted from a document whose author is named (`NAME wrote in the review: "Q."`, `The survey,
    written by NAME, ROLE at BODY, says:`, `In her survey, NAME says C.`, `In the survey, which she wrote for
    BODY, NAME warns that C.`): NAME, or the document when it is the subject;
11. *according to* a document by a named author (`According to an audit by NAME, ROLE at BODY, C.`, `C,
    according to a study published by NAME on DAY.`, `According to the survey, which NAME, ROLE at BODY,
    wrote, C.`, `According to figures compiled by NAME for BODY, C.`): NAME or the document;
12. three people of one surname quoted in turn (`Her son NAME disagreed:`, `Their mother was firmer:`,
    `said the elder brother`, `The younger Sannoh said C.`): each quotation its own member's;
13. sayings of the dead in a living person's words (`"My grandfather always said, 'S,'" NAME recalled.`, `As
    her late father used to put it, "S," NAME said.`, `NAME quoted the founder of BODY, who died in YEAR:`,
    words painted above a door): the living speaker's quotation NAME's, the saying NAME's, the dead
    person's or nobody's, a painted saying never NAME's;
14. captions and pull quotes (`"Q" — NAME, ROLE at BODY` as a paragraph, `"Q." – NAME` ending one, `Pull
    quote: "Q" — NAME`, `(Photo: PAPER)`, `"Q." —NAME, ROLE`): NAME's, with the role when written;
15. negative controls (irony, a report's title, a law, a ship's or a boat's name, a search term, with a
    named person who says nothing): a marked span may be found, with no speaker, never that person.

When a key is uncertain the case asserts less: a quotation over paragraphs as one quotation or by paragraph;
a split quotation as one of two parts or two; a reported clause with or without its *that*; a group or its
spokesperson; a document or its author; the animal or machine or nobody; for a person the text names only by
a given name, that name or the full one.

Run once at 10e52df (``capreport.py --heldout --show 6 heldout35.NAME ...``): **2,774 of 3,733 (.743)**. The
failures were then read for template and key bugs only; three were fixed, no key changed to match quotex: (a)
`negative_controls` shape 0 read `BODY calls the closures a "WORD"`, which quotes the body's own word (a
careful reader gives it to the body), so it became a scare quote of the writer's (`After the latest "WORD" at
BODY, NAME is one of two staff left.`); (b) `quoted_dead` shape 5 (`"Q1," said NAME, ROLE at BODY. "My ELDER
had a saying: 'S.' I think of it every day."`) demanded two quotations, and one quotation with its credit
inside reads equally right; (c) `according_documents` shape 4 (`The study's author, NAME, ROLE at BODY, said
C.`) demanded the role as the title, and `author` is a title the text states first. A filler bug was found
after that: seven of the eight compound names had a given name an earlier round used (`Juan`, `Ana`, `Maria`,
`Marie`, `Luis`), so they were renamed (`Baltasar Tadeo Peñaloza Iturbe`) and `compound_names` run again (.567
-> .547). After the fixes: **2,864 of 3,733 (.767)**; the floors are those rates. A call the lead may judge:
`According to figures compiled by NAME for BODY, C.` is NAME's or the figures' (quotex gives BODY).

| capability | group | cases | first run | after the key fixes |
|---|---|---|---|---|
| `heldout35.continued_paragraphs` | 1 | 252 | 0.790 | 0.790 |
| `heldout35.job_place` | 2 | 241 | 0.813 | 0.813 |
| `heldout35.possessive_credits` | 3 | 246 | 0.549 | 0.549 |
| `heldout35.qa_narrative` | 4 | 250 | 0.936 | 0.936 |
| `heldout35.compound_names` | 5 | 245 | 0.567 (earlier names) | 0.547 (new names) |
| `heldout35.group_spokesperson` | 6 | 245 | 1.000 | 1.000 |
| `heldout35.titles_after` | 7 | 250 | 0.480 | 0.480 |
| `heldout35.long_adverbials` | 8 | 252 | 0.389 | 0.389 |
| `heldout35.nonhuman_voices` | 9 | 251 | 0.896 | 0.896 |
| `heldout35.document_authors` | 10 | 249 | 0.960 | 0.960 |
| `heldout35.according_documents` | 11 | 252 | 0.599 | 0.742 |
| `heldout35.family_members` | 12 | 252 | 0.639 | 0.639 |
| `heldout35.quoted_dead` | 13 | 246 | 0.659 | 0.776 |
| `heldout35.captions_pullquotes` | 14 | 252 | 0.992 | 0.992 |
| `heldout35.negative_controls` | 15 | 250 | 0.880 | 1.000 |
| **heldout35** (all 15) | | 3,733 | 0.743 (2,774) | 0.767 (2,864) |
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterator

from attrs import frozen
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from heldout35data import (
    ALL_MARKS35,
    COMPOUND35,
    DAYS35,
    DOCS35,
    ELDERS35,
    FAMILIES35,
    IRONY35,
    JOBS35,
    LAWS35,
    OPEN35,
    OPEN_THAT35,
    PAPERS35,
    PEOPLE35,
    REPORT_TITLES35,
    ROLES35,
    SAYINGS35,
    SEARCHES35,
    SHIPS35,
    STREET35,
    TOWNS35,
    UTTERANCES35,
    VOICES35,
    Mark35,
    Person35,
)
from heldout_kit import alts as _alts
from heldout_kit import cap as _cap
from heldout_kit import found_quote as _found_quote
from heldout_kit import k as _k
from heldout_kit import occurrence as _occurrence
from heldout_kit import one_of as _one_of
from heldout_kit import pick as _pick
from heldout_kit import poss as _poss
from heldout_kit import quotes as _quotes
from heldout_kit import span as _span

YEARS35 = (1987, 1996, 2004, 2011, 2017)

#: Long adverbials between a fronted cue and the name it credits.
ADVERBIALS35 = (
    "after a pause and a long look at the harbour",
    "without looking up from the map spread on the table",
    "with a glance at the clock above the door",
    "as the last of the visitors drifted out into the rain",
    "after a silence long enough for the kettle to boil",
    "turning the old key over and over in the lock",
)

#: Lines of a poem in which a place speaks.
POEM35 = (
    "I have kept watch for a hundred winters",
    "Come in out of the weather, I was built for you",
    "Every storm has knocked and every storm has gone",
    "I remember the hands that raised me",
)


@frozen
class EitherOf(Contains):
    """A title matcher: the title contains at least one of ``parts``."""

    def matches(self, title: str | None) -> bool:
        """Whether *title* contains any part."""
        return title is not None and any(p.lower() in title.lower() for p in self.parts)


def _other(p: Person35, step: int) -> Person35:
    """Another person of another culture, either gender."""
    pool = tuple(q for q in PEOPLE35 if q.culture != p.culture)
    return pool[step % len(pool)]


def _names(p: Person35 | NameSpec) -> NameSpec:
    return (p.full,) if isinstance(p, Person35) else p


def _d(content: str, p: Person35 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    return Expect(content, "direct", _names(p), title, "person" if person else ANY)


def _i(content: str, p: Person35 | NameSpec, title: TitleSpec = ANY, person: bool = True) -> Expect:
    """A report of *p* (a person, or accepted names; a body, a group or a document when not *person*)."""
    return Expect(content, "indirect", _names(p), title, "person" if person else ANY)


def _a(phrase: str) -> str:
    """*phrase* with its indefinite article."""
    return f"an {phrase}" if phrase[:1].lower() in "aeiou" else f"a {phrase}"


def _art(word: str) -> str:
    """The indefinite article (with its space) that goes before *word* when marks enclose it."""
    return _a(word)[: -len(word)]


@functools.lru_cache(maxsize=8192)
def _that(
    text: str, clause: str, p: Person35 | NameSpec, title: TitleSpec = ANY, *, person: bool = True
) -> Expect:
    """`... that C`: the report with or without its conjunction."""
    return _i(_one_of(text, (f"that {clause}", clause)), p, title, person)


def _two_parts(text: str, p: Person35, q1: str, q2: str, title: TitleSpec = ANY) -> list[Expect]:
    """A quotation interrupted by its credit: one quotation of two parts or two quotations, whichever quotex
    found (both are right), every piece *p*'s."""
    whole = _span(text, q1, q2)
    return _alts(text, [Expect(whole, "direct", (p.full,), title, "person")], [_d(q1, p, title), _d(q2, p)])


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


def _none_or(text: str, content: str, kind: str, names: tuple[str, ...]) -> Expect:
    """A quotation nobody (no person) says: no speaker, or one of *names* (the animal, the machine, the
    place), whichever quotex gave."""
    q = _found_quote(text, content)
    if (
        q is not None
        and q.speaker is not None
        and q.speaker.name.lower().removeprefix("the ") in {n.lower().removeprefix("the ") for n in names}
    ):
        return Expect(content, kind, names)
    return Expect(content, kind, None)


def _role(r: int) -> str:
    return ROLES35[r].role


def _body(r: int) -> str:
    return ROLES35[r].body


def _head(r: int) -> str:
    return ROLES35[r].head


def _after(r: int) -> str:
    """`head arborist at the Scarrowby Arboretum`."""
    return f"{ROLES35[r].role} at {ROLES35[r].body}"


def _role_q(r: int, k: int) -> str:
    return ROLES35[r].quotes[k % len(ROLES35[r].quotes)]


def _role_c(r: int, k: int) -> str:
    return ROLES35[r].clauses[k % len(ROLES35[r].clauses)]


def _other_role(r: int, k: int) -> int:
    """A role other than *r*."""
    return (r + 1 + k % (len(ROLES35) - 1)) % len(ROLES35)


def _combos(shapes: int) -> Iterator[tuple[Person35, int, Mark35, int]]:
    return itertools.product(PEOPLE35, range(shapes), ALL_MARKS35, range(len(ROLES35)))


# --- group 1: a quotation continued over a paragraph break --------------------------------------------------


def _continued(
    text: str, paras: list[str], last1: str, last2: str, p: Person35, *, title: TitleSpec = ANY
) -> list[Expect]:
    """A quotation whose paragraphs *paras* (each as written, the first from its opening mark) run on into
    a last paragraph split by a credit (*last1*, *last2*): the whole passage as one quotation, each paragraph
    its own (the last one of two parts or two), or the run-on paragraphs with *last1* and then *last2*; every
    piece *p*'s, the title checked on the first."""
    whole = _span(text, paras[0], last2)
    run_on = _span(text, paras[0], last1)
    last = _span(text, last1, last2)
    each = [_d(c, p, title if i == 0 else ANY) for i, c in enumerate(paras)]
    return _alts(
        text,
        [*each, _d(last1, p), _d(last2, p)],
        [*each, _d(last, p)],
        [_d(whole, p, title)],
        [_d(run_on, p, title), _d(last2, p)],
    )


def continued_paragraphs() -> Iterator[Case]:
    """A quotation that runs on over a paragraph break, its opening mark repeated or not, and a credit in the
    middle of the last paragraph: `NAME, ROLE at BODY, said: "S1.¶"S2a," she said, "s2b."`, the same without
    the repeated mark (`¶S2a," she said,`), no credit before the break (`"S1.¶"S2a," said NAME, ROLE at BODY,
    "s2b."`), a lead sentence naming NAME first, three paragraphs, a reported clause before, and a closed
    quotation followed by one that runs on (every piece NAME's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-continued"):
        k = _k(PEOPLE35.index(p), shape, r)
        s1, s2 = _role_q(r, k) + ".", _role_q(r, k + 1) + "."
        a, b = ROLES35[r].split
        o, c = m.open, m.close
        last1, last2 = f"{o}{a},{c}", f"{o}{b}.{c}"
        bare1 = f"{a},{c}"
        title = Contains(_head(r))
        expects: list[Expect]
        if shape == 0:
            text = f"{p.full}, {_after(r)}, said: {o}{s1}\n\n{last1} {p.pronoun} said, {last2}"
            expects = _continued(text, [f"{o}{s1}"], last1, last2, p, title=title)
        elif shape == 1:
            text = f"{p.full}, {_after(r)}, said: {o}{s1}\n\n{bare1} {p.pronoun} said, {last2}"
            expects = _continued(text, [f"{o}{s1}"], bare1, last2, p, title=title)
        elif shape == 2:
            text = f"{o}{s1}\n\n{last1} said {p.full}, {_after(r)}, {last2}"
            expects = _continued(text, [f"{o}{s1}"], last1, last2, p, title=title)
        elif shape == 3:
            text = f"{o}{s1}\n\n{bare1} said {p.full}, {_after(r)}, {last2}"
            expects = _continued(text, [f"{o}{s1}"], bare1, last2, p, title=title)
        elif shape == 4:
            text = (
                f"{p.full} has worked at {_body(r)} since {YEARS35[k % 5]}.\n\n{o}{s1}\n\n{last1} {p.last} "
                f"said, {last2}"
            )
            expects = _continued(text, [f"{o}{s1}"], last1, last2, p)
        elif shape == 5:
            text = f"{o}{s1}\n\n{o}{s2}\n\n{last1} said {p.full}, {_after(r)}, {last2}"
            expects = _continued(text, [f"{o}{s1}", f"{o}{s2}"], last1, last2, p, title=title)
        elif shape == 6:
            clause = _role_c(r, k)
            text = f"{p.full}, {_after(r)}, said {clause}.\n\n{o}{s1}\n\n{last1} {p.pronoun} added, {last2}"
            expects = [_i(clause, p, title), *_continued(text, [f"{o}{s1}"], last1, last2, p)]
        else:
            q0 = m.q(_role_q(r, k + 2) + ",")
            text = f"{q0} said {p.full}, {_after(r)}. {o}{s1}\n\n{last1} {p.pronoun} went on, {last2}"
            expects = [_d(q0, p, title), *_continued(text, [f"{o}{s1}"], last1, last2, p)]
        yield Case("", f"ho35-continued-{shape}", text, expects)


# --- group 2: a speaker introduced by a job and a place -----------------------------------------------------


def job_place() -> Iterator[Case]:
    """`"Q," said a JOB PLACE.`, `A JOB PLACE, who asked not to be named, said C.`, `"Q," said a JOB PLACE.
    ... She gave her name as NAME.`, `A JOB PLACE watched the water rise. "Q," she said. The JOB, NAME, has
    worked there since YEAR.`, `"Q," said a JOB PLACE, NAME.`, `NAME, a JOB PLACE, said C.`, `One JOB PLACE
    put it simply: "Q."` and `"Q," a JOB PLACE told the PAPER. "Q2," said NAME, ROLE at BODY.` (the job
    phrase when nobody is named, NAME when the text names the job holder; never the other named person)."""
    combos = itertools.product(PEOPLE35, range(8), ALL_MARKS35, range(len(JOBS35)))
    for p, shape, m, j in sample(combos, 252, "ho35-job"):
        k = _k(PEOPLE35.index(p), shape, j)
        job, place = JOBS35[j]
        said, clause = STREET35[k % len(STREET35)]
        qc, qs = m.q(said + ","), m.q(said + ".")
        unnamed: tuple[str, ...] = (job, f"{job} {place}", f"a {job} {place}", f"one {job} {place}")
        named_or_job = (p.full, *unnamed)
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text = f"{qc} said a {job} {place}. {p.full} runs the stall next door."
            expects = [_d(qc, unnamed, ANY, person=False)]
            wrong = [(qc, p.full)]
        elif shape == 1:
            text = f"A {job} {place}, who asked not to be named, said {clause}."
            expects = [_i(clause, unnamed, ANY, person=False)]
        elif shape == 2:
            text = f"{qc} said a {job} {place}. {_cap(p.pronoun)} gave {p.poss} name as {p.full}."
            expects = [_d(qc, named_or_job, ANY, person=False)]
        elif shape == 3:
            text = (
                f"A {job} {place} watched the water rise on {DAYS35[k % 7]}. {qc} {p.pronoun} said. "
                f"The {job}, {p.full}, has worked there since {YEARS35[k % 5]}."
            )
            expects = [_d(qc, named_or_job, ANY, person=False)]
        elif shape == 4:
            text = f"{qc} said a {job} {place}, {p.full}."
            expects = [_d(qc, p, Contains(job))]
        elif shape == 5:
            text = f"{p.full}, a {job} {place}, said {clause}."
            expects = [_i(clause, p, Contains(job))]
        elif shape == 6:
            text = f"One {job} {place} put it simply: {qs}"
            expects = [_d(qs, unnamed, ANY, person=False)]
        else:
            r = k % len(ROLES35)
            q2 = m.q(_role_q(r, k) + ",")
            text = f"{qc} a {job} {place} told the {_pick(PAPERS35, k)}. {q2} said {p.full}, {_after(r)}."
            expects = [_d(qc, unnamed, ANY, person=False), _d(q2, p, Contains(_head(r)))]
            wrong = [(qc, p.full)]
        yield Case("", f"ho35-job-{shape}", text, expects, wrong_speakers=wrong)


# --- group 3: possessive credits ----------------------------------------------------------------------------


def possessive_credits() -> Iterator[Case]:
    """`NAME's reply was blunt: "Q."`, `In NAME's words, C.`, `NAME's message to staff read: "Q."`, `BODY's
    statement was short: "Q."`, `NAME's verdict on the plan, given on DAY, was short: "Q."`, `ROLE NAME's
    reply to the critics was a single line: "Q."`, `NAME's view, set out in a letter on DAY, is that C.` and
    `NAME's last words to the meeting were: "Q."` (NAME's, or the body's when the body's statement is
    quoted)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-poss"):
        k = _k(PEOPLE35.index(p), shape, r)
        qs = m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        day = DAYS35[k % 7]
        name = _poss(p.full)
        expect: Expect
        if shape == 0:
            text = f"{name} reply was blunt: {qs}"
            expect = _d(qs, p, None)
        elif shape == 1:
            text = f"In {name} words, {clause}."
            expect = _i(clause, p, None)
        elif shape == 2:
            text = f"{name} message to staff at {_body(r)} read: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 3:
            text = f"{_cap(_poss(_body(r)))} statement, issued on {day}, was short: {qs}"
            kind = ROLES35[r].kind
            expect = _d(qs, (_body(r), kind, f"{kind} statement", "statement"), ANY, person=False)
        elif shape == 4:
            text = f"{name} verdict on the plan, given at {_body(r)} on {day}, was short: {qs}"
            expect = _d(qs, p, ANY)
        elif shape == 5:
            text = f"{_cap(_role(r))} {name} reply to the critics was a single line: {qs}"
            expect = _d(qs, p, Contains(_head(r)))
        elif shape == 6:
            text = f"{name} view, set out in a letter on {day}, is that {clause}."
            expect = _that(text, clause, p, None)
        else:
            text = (
                f"{p.full} chaired the meeting at {_body(r)} for the last time on {day}. "
                f"{_poss(p.last)} last words to it were: {qs}"
            )
            expect = _d(qs, p, ANY)
        yield Case("", f"ho35-poss-{shape}", text, [expect])


# --- group 4: questions and answers inside a narrative ------------------------------------------------------


def _question(r: int, k: int) -> str:
    kind, topic = ROLES35[r].kind, ROLES35[r].topic
    return (
        f"What will {topic} mean for {kind}",
        f"Is {kind} ready for {topic}",
        f"How long can {kind} go on like this",
    )[k % 3]


def qa_narrative() -> Iterator[Case]:
    """`When asked whether TOPIC worried her, NAME replied: "Q."`, `Asked why, NAME said C.`, `"Q?" a reporter
    asked. "A," NAME replied.`, `"Q?" NAME was asked on DAY. "A," she said.`, `A reporter asked NAME whether
    C. "A," she said.`, `"Q?" asked a reporter from the PAPER. NAME shook her head. "A," she said.`, `The
    HEAD, NAME, was asked what had changed. She replied: "A."` and `"Q?" I asked NAME. "A," she said.` (the
    answer NAME's, never the reporter's; the question the reporter's or nobody's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-qa"):
        k = _k(PEOPLE35.index(p), shape, r)
        question = m.q(_question(r, k) + "?")
        ac, as_ = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        topic = ROLES35[r].topic
        reporter = ("reporter", "a reporter", f"a reporter from the {_pick(PAPERS35, k)}")
        expects: list[Expect]
        answer: str
        if shape == 0:
            text = f"When asked whether {topic} worried {p.obj}, {p.full} replied: {as_}"
            answer, expects = as_, [_d(as_, p, None)]
            expects += _tolerate(text, text[: text.index(p.full)])
        elif shape == 1:
            text = f"{p.full} runs {_body(r)}. Asked why {topic} mattered, {p.last} said {clause}."
            answer, expects = clause, [_i(clause, p, ANY)]
            expects += _tolerate(text, text[: text.index(clause)])
        elif shape == 2:
            text = f"{question} a reporter asked. {ac} {p.full} replied."
            answer = ac
            expects = [_d(question, reporter, ANY, person=False), _d(ac, p, None)]
        elif shape == 3:
            text = f"{question} {p.full} was asked on {DAYS35[k % 7]}. {ac} {p.pronoun} said."
            answer = ac
            expects = [*_tolerate(text, question), _d(ac, p, None)]
        elif shape == 4:
            text = f"A reporter asked {p.full} whether {clause}. {ac} {p.pronoun} said."
            answer = ac
            expects = [*_tolerate(text, text[: text.index(ac)], reporter), _d(ac, p, None)]
        elif shape == 5:
            text = (
                f"{question} asked a reporter from the {_pick(PAPERS35, k)}. {p.full} shook {p.poss} head. "
                f"{ac} {p.pronoun} said."
            )
            answer = ac
            expects = [_d(question, reporter, ANY, person=False), _d(ac, p, None)]
        elif shape == 6:
            text = f"The {_head(r)}, {p.full}, was asked what had changed. {_cap(p.pronoun)} replied: {as_}"
            answer, expects = as_, [_d(as_, p, Contains(_head(r)))]
            expects += _tolerate(text, text[: text.index(as_)])
        else:
            text = f"{question} I asked {p.full}. {ac} {p.pronoun} said."
            answer = ac
            expects = [*_tolerate(text, question, ("I",)), _d(ac, p, None)]
        yield Case(
            "", f"ho35-qa-{shape}", text, expects, wrong_speakers=[(answer, "reporter"), (answer, "I")]
        )


# --- group 5: compound given names and double surnames ------------------------------------------------------


def compound_names() -> Iterator[Case]:
    """`"Q1," said FULL, ROLE at BODY.¶"Q2," BOTH_SURNAMES said.`, `FULL, ROLE at BODY, said C1. ONE_SURNAME
    added that C2.`, `ROLE FULL said: "Q."`, `"Q1," FULL told the PAPER. "Q2," said Ms BOTH_SURNAMES.`,
    `According to FULL, ROLE at BODY, C.`, `FULL, AGE, has worked at BODY since YEAR. "Q," said
    ONE_SURNAME.`, `"Q," FULL, ROLE at BODY, VERB.` and two such people in turn (`Baltasar Tadeo
    Peñaloza Iturbe`, `Aurora Benedita Sequeira Brandão`: the full name speaks, on every later reference)."""
    combos = itertools.product(COMPOUND35, range(8), ALL_MARKS35, range(len(ROLES35)))
    for p, shape, m, r in sample(combos, 252, "ho35-compound"):
        k = _k(COMPOUND35.index(p), shape, r)
        q1, q2 = _role_q(r, k), _role_q(r, k + 1)
        q1c, q2c, q1s = m.q(q1 + ","), m.q(q2 + ","), m.q(q1 + ".")
        c1, c2 = _role_c(r, k), _role_c(r, k + 1)
        title = Contains(_head(r))
        one = p.also[0]
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text = f"{q1c} said {p.full}, {_after(r)}.\n\n{q2c} {p.last} said."
            expects = [_d(q1c, p, title), _d(q2c, p)]
        elif shape == 1:
            text = f"{p.full}, {_after(r)}, said {c1}. {one} {_pick(('added', *OPEN_THAT35), k)} that {c2}."
            expects = [_i(c1, p, title), _that(text, c2, p)]
        elif shape == 2:
            text = f"{_cap(_role(r))} {p.full} said: {q1s}"
            expects = [_d(q1s, p, title)]
        elif shape == 3:
            text = f"{q1c} {p.full} told the {_pick(PAPERS35, k)}. {q2c} said {p.title} {p.last}."
            expects = [_d(q1c, p, None), _d(q2c, p)]
        elif shape == 4:
            text = f"According to {p.full}, {_after(r)}, {c1}."
            expects = [_i(c1, p, title)]
        elif shape == 5:
            text = f"{p.full}, {p.age}, has worked at {_body(r)} since {YEARS35[k % 5]}. {q1c} said {one}."
            expects = [_d(q1c, p)]
        elif shape == 6:
            text = f"{q1c} {p.full}, {_after(r)}, {_pick(OPEN35, k)}."
            expects = [_d(q1c, p, title)]
        else:
            o = COMPOUND35[(COMPOUND35.index(p) + 1 + k % 3) % len(COMPOUND35)]
            r2 = _other_role(r, k)
            text = (
                f"{p.full}, {_after(r)}, said {c1}. {o.full}, {_after(r2)}, disagreed: "
                f"{m.q(_role_q(r2, k) + '.')} {p.last} said later that {c2}."
            )
            expects = [
                _i(c1, p, title),
                _d(m.q(_role_q(r2, k) + "."), o, Contains(_head(r2))),
                _that(text, c2, p),
            ]
            wrong = [(c1, o.full), (m.q(_role_q(r2, k) + "."), p.full), (c2, o.full)]
        yield Case("", f"ho35-compound-{shape}", text, expects, wrong_speakers=wrong)


# --- group 6: a group with a named spokesperson -------------------------------------------------------------


def group_spokesperson() -> Iterator[Case]:
    """`Residents of TOWN, led by NAME, said C.`, `The families, through their lawyer NAME, said C.`,
    `Volunteers at BODY, speaking through NAME, their ROLE, said: "Q."`, `"Q," said NAME, who spoke for the
    neighbours.`, `The staff of BODY, in a letter signed by NAME, said C.`, `NAME, speaking for the residents
    of TOWN, said: "Q."`, `Members of BODY, led by their chair NAME, walked out on DAY. "Q," they said.` and
    `Parents, represented by NAME of TOWN, told the PAPER that C.` (the group or its named spokesperson,
    either, when the group is the subject; NAME when NAME is)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-group"):
        k = _k(PEOPLE35.index(p), shape, r)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        town = _pick(TOWNS35, k)
        body = _body(r)
        expects: list[Expect]
        if shape == 0:
            text = f"Residents of {town}, led by {p.full}, said {clause}."
            expects = [_i(clause, (p.full, "residents", f"residents of {town}"), ANY, person=False)]
        elif shape == 1:
            text = f"The families, through their lawyer {p.full}, said {clause}."
            expects = [_i(clause, (p.full, "families", "the families"), ANY, person=False)]
        elif shape == 2:
            text = f"Volunteers at {body}, speaking through {p.full}, their {_role(r)}, said: {qs}"
            expects = [_d(qs, (p.full, "volunteers", f"volunteers at {body}"), ANY, person=False)]
        elif shape == 3:
            text = f"{qc} said {p.full}, who spoke for the neighbours of {body}."
            expects = [_d(qc, p, ANY)]
        elif shape == 4:
            text = f"The staff of {body}, in a letter signed by {p.full}, said {clause}."
            expects = [
                _i(clause, (p.full, "staff", f"staff of {body}", "the staff of " + body), ANY, person=False)
            ]
        elif shape == 5:
            text = f"{p.full}, speaking for the residents of {town}, said: {qs}"
            expects = [_d(qs, p, ANY)]
        elif shape == 6:
            day = DAYS35[k % 7]
            text = f"Members of {body}, led by their chair {p.full}, walked out on {day}. {qc} they said."
            expects = [_d(qc, (p.full, "members", f"members of {body}"), ANY, person=False)]
        else:
            text = f"Parents, represented by {p.full} of {town}, told the {_pick(PAPERS35, k)} that {clause}."
            expects = [_that(text, clause, (p.full, "parents"), ANY, person=False)]
        yield Case("", f"ho35-group-{shape}", text, expects)


# --- group 7: titles after the name, in parentheses or between dashes ---------------------------------------


def titles_after() -> Iterator[Case]:
    """`NAME (ROLE, BODY) said C.`, `NAME - ROLE at BODY - said: "Q."`, `NAME – ROLE at BODY – said C.`, `"Q,"
    said NAME (ROLE, BODY).`, `NAME—ROLE at BODY—told the PAPER: "Q."`, `"Q," NAME (AGE), ROLE at BODY,
    said.`, `NAME (ROLE) said C.` and `Speaking at BODY on DAY, NAME - the ROLE there since YEAR - said that
    C.` (NAME, the role as the title)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-after"):
        k = _k(PEOPLE35.index(p), shape, r)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"{p.full} ({_role(r)}, {_body(r)}) said {clause}."
            expect = _i(clause, p, title)
        elif shape == 1:
            text = f"{p.full} - {_after(r)} - said: {qs}"
            expect = _d(qs, p, title)
        elif shape == 2:
            text = f"{p.full} – {_after(r)} – said {clause}."
            expect = _i(clause, p, title)
        elif shape == 3:
            text = f"{qc} said {p.full} ({_role(r)}, {_body(r)})."
            expect = _d(qc, p, title)
        elif shape == 4:
            text = f"{p.full}—{_after(r)}—told the {_pick(PAPERS35, k)}: {qs}"
            expect = _d(qs, p, title)
        elif shape == 5:
            text = f"{qc} {p.full} ({p.age}), {_after(r)}, said."
            expect = _d(qc, p, title)
        elif shape == 6:
            text = f"{p.full} ({_role(r)}) said {clause}."
            expect = _i(clause, p, title)
        else:
            text = (
                f"Speaking at {_body(r)} on {DAYS35[k % 7]}, {p.full} - the {_role(r)} there since "
                f"{YEARS35[k % 5]} - said that {clause}."
            )
            expect = _that(text, clause, p, title)
        yield Case("", f"ho35-after-{shape}", text, [expect])


# --- group 8: a cue before the name with a long adverbial between -------------------------------------------


def long_adverbials() -> Iterator[Case]:
    """`"Q," said, ADVERBIAL, NAME.`, `"Q," said, ADVERBIAL, NAME, ROLE at BODY.`, `"Q," said, ADVERBIAL, the
    ROLE, NAME.`, `"Q," NAME said, ADVERBIAL.`, `"Q," said, ADVERBIAL, NAME, who has run BODY since YEAR.`,
    `"Q," NAME, ADVERBIAL, said.`, `NAME said, ADVERBIAL, that C.` and `Said NAME, ADVERBIAL: "Q."`
    (adverbials like `after a pause and a long look at the harbour`: NAME's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-adverb"):
        k = _k(PEOPLE35.index(p), shape, r)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        adv = _pick(ADVERBIALS35, k)
        title = Contains(_head(r))
        expect: Expect
        if shape == 0:
            text = f"{qc} said, {adv}, {p.full}."
            expect = _d(qc, p, None)
        elif shape == 1:
            text = f"{qc} said, {adv}, {p.full}, {_after(r)}."
            expect = _d(qc, p, title)
        elif shape == 2:
            text = f"{qc} said, {adv}, the {_role(r)}, {p.full}."
            expect = _d(qc, p, title)
        elif shape == 3:
            text = f"{qc} {p.full} said, {adv}."
            expect = _d(qc, p, None)
        elif shape == 4:
            text = f"{qc} said, {adv}, {p.full}, who has run {_body(r)} since {YEARS35[k % 5]}."
            expect = _d(qc, p, ANY)
        elif shape == 5:
            text = f"{qc} {p.full}, {adv}, said."
            expect = _d(qc, p, None)
        elif shape == 6:
            text = f"{p.full} said, {adv}, that {clause}."
            expect = _that(text, clause, p, None)
        else:
            text = f"Said {p.full}, {adv}: {qs}"
            expect = _d(qs, p, None)
        yield Case("", f"ho35-adverb-{shape}", text, [expect])


# --- group 9: animals, machines and places that speak -------------------------------------------------------


def nonhuman_voices() -> Iterator[Case]:
    """`"U," the parrot squawked, as NAME looked on.`, `NAME keeps the parrot at BODY. "U," the parrot
    squawked.`, `"U," squawked the parrot by the door of BODY.`, `NAME laughed when the parrot squawked: "U."
    "Q," she said.`, `In the poem NAME read at the reopening of BODY, the building speaks: "LINE."`, `"U,"
    squawked the parrot. "Q," said NAME, ROLE at BODY.`, `The satnav announced "U" twice before NAME switched
    it off.` and `"U," the satnav announced. NAME, who owns it, said C.` (what the animal, the machine or the
    place says has no speaker or that noun, never a person; NAME's own words are NAME's)."""
    combos = itertools.product(PEOPLE35, range(8), ALL_MARKS35, range(len(VOICES35)))
    for p, shape, m, v in sample(combos, 252, "ho35-voices"):
        k = _k(PEOPLE35.index(p), shape, v)
        r = k % len(ROLES35)
        noun, verb = VOICES35[v]
        bare = noun.removeprefix("the ")
        said = UTTERANCES35[v]
        uc, us, ub = m.q(said + ","), m.q(said + "."), m.q(said)
        qc = m.q(_role_q(r, k) + ",")
        clause = _role_c(r, k)
        voices = (noun, bare)
        expects: list[Expect]
        if shape == 0:
            text = f"{uc} {noun} {verb}, as {p.full} looked on."
            marked, expects = uc, [_none_or(text, uc, "direct", voices)]
        elif shape == 1:
            text = f"{p.full} keeps {noun} at {_body(r)}. {uc} {noun} {verb}."
            marked, expects = uc, [_none_or(text, uc, "direct", voices)]
        elif shape == 2:
            text = f"{uc} {verb} {noun} by the door of {_body(r)}."
            marked, expects = uc, [_none_or(text, uc, "direct", voices)]
        elif shape == 3:
            text = f"{p.full} laughed when {noun} {verb}: {us} {qc} {p.pronoun} said."
            marked, expects = us, [_none_or(text, us, "direct", voices), _d(qc, p, None)]
        elif shape == 4:
            line = m.q(_pick(POEM35, k) + ".")
            kind = ROLES35[r].kind
            text = f"In the poem {p.full} read at the reopening of {_body(r)}, the building speaks: {line}"
            names = (kind, kind.removeprefix("the "), "the building", "building", _body(r))
            marked, expects = line, [_none_or(text, line, "direct", names)]
        elif shape == 5:
            text = f"{uc} {verb} {noun}. {qc} said {p.full}, {_after(r)}."
            marked, expects = uc, [_none_or(text, uc, "direct", voices), _d(qc, p, Contains(_head(r)))]
        elif shape == 6:
            text = f"{_cap(noun)} {verb} {ub} twice before {p.full} switched it off."
            marked, expects = ub, [_none_or(text, ub, "direct", voices)]
        else:
            text = f"{uc} {noun} {verb}. {p.full}, who owns it, said {clause}."
            marked, expects = uc, [_none_or(text, uc, "direct", voices), _i(clause, p, ANY)]
        if _found_quote(text, marked) is None:
            # nobody says it: not finding it is right too, and a piece of it found is tolerated unless a
            # person is given it
            expects = [e for e in expects if e.content != marked] + _tolerate(text, marked, voices)
        yield Case("", f"ho35-voices-{shape}", text, expects, wrong_speakers=[(marked, p.full)])


# --- group 10: a statement quoted from a document whose author is named -------------------------------------


def document_authors() -> Iterator[Case]:
    """`NAME wrote in the DOC: "Q."`, `The DOC, written by NAME, ROLE at BODY, says: "Q."`, `In her DOC, NAME
    says C.`, `NAME, ROLE at BODY, wrote in a DOC published on DAY that C.`, `The DOC by NAME concludes:
    "Q."`, `"Q," NAME writes in the DOC, which BODY published on DAY.`, `In the DOC, which she wrote for BODY,
    NAME warns that C.` and `A DOC for BODY by its ROLE, NAME, found that C.` (NAME, or the document when the
    document is the subject of the cue)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-docauthor"):
        k = _k(PEOPLE35.index(p), shape, r)
        qc, qs = m.q(_role_q(r, k) + ","), m.q(_role_q(r, k) + ".")
        clause = _role_c(r, k)
        doc = _pick(DOCS35, k)
        day = DAYS35[k % 7]
        title = Contains(_head(r))
        either = (p.full, doc, f"the {doc}", f"{doc} by {p.full}", f"{doc}, written by {p.full}")
        expect: Expect
        if shape == 0:
            text = f"{p.full} wrote in the {doc}: {qs}"
            expect = _d(qs, p, None)
        elif shape == 1:
            text = f"The {doc}, written by {p.full}, {_after(r)}, says: {qs}"
            expect = _d(qs, either, ANY, person=False)
        elif shape == 2:
            text = f"In {p.poss} {doc}, {p.full} says {clause}."
            expect = _i(clause, p, None)
        elif shape == 3:
            text = f"{p.full}, {_after(r)}, wrote in {_a(doc)} published on {day} that {clause}."
            expect = _that(text, clause, p, title)
        elif shape == 4:
            text = f"The {doc} by {p.full} concludes: {qs}"
            expect = _d(qs, either, ANY, person=False)
        elif shape == 5:
            text = f"{qc} {p.full} writes in the {doc}, which {_body(r)} published on {day}."
            expect = _d(qc, p, None)
        elif shape == 6:
            text = f"In the {doc}, which {p.pronoun} wrote for {_body(r)}, {p.full} warns that {clause}."
            expect = _that(text, clause, p, ANY)
        else:
            text = f"{_cap(_a(doc))} for {_body(r)} by its {_role(r)}, {p.full}, found that {clause}."
            expect = _that(text, clause, either, ANY, person=False)
        yield Case("", f"ho35-docauthor-{shape}", text, [expect])


# --- group 11: according to a document by a named author ----------------------------------------------------


def according_documents() -> Iterator[Case]:
    """`According to a DOC by NAME, ROLE at BODY, C.`, `C, according to a DOC published by NAME on DAY.`,
    `According to NAME's DOC, C.`, `According to the DOC, which NAME, ROLE at BODY, wrote, C.`, `The DOC's
    author, NAME, ROLE at BODY, said C.`, `According to figures compiled by NAME for BODY, C.`, `C, according
    to NAME, who led the DOC for BODY.` and `According to a DOC by NAME and OTHER, C.` (NAME or the document,
    either; the other author allowed where two wrote it)."""
    combos = itertools.product(PEOPLE35, range(8), range(len(ROLES35)))
    for p, shape, r in sample(combos, 252, "ho35-according"):
        k = _k(PEOPLE35.index(p), shape, r)
        clause = _role_c(r, k)
        doc = _pick(DOCS35, k)
        day = DAYS35[k % 7]
        either = (p.full, doc, f"the {doc}", f"{doc} by {p.full}")
        expect: Expect
        if shape == 0:
            text = f"According to {_a(doc)} by {p.full}, {_after(r)}, {clause}."
            expect = _i(clause, either, ANY, person=False)
        elif shape == 1:
            text = f"{_cap(clause)}, according to {_a(doc)} published by {p.full} on {day}."
            expect = _i(_cap(clause), either, ANY, person=False)
        elif shape == 2:
            text = f"According to {_poss(p.full)} {doc}, {clause}."
            expect = _i(clause, (*either, f"{_poss(p.full)} {doc}"), ANY, person=False)
        elif shape == 3:
            text = f"According to the {doc}, which {p.full}, {_after(r)}, wrote, {clause}."
            expect = _i(clause, either, ANY, person=False)
        elif shape == 4:
            text = f"The {_poss(doc)} author, {p.full}, {_after(r)}, said {clause}."
            # key fix after the first run: `the study's author` is a stated title as much as the role
            expect = _i(clause, p, EitherOf((_head(r), "author")))
        elif shape == 5:
            text = f"According to figures compiled by {p.full} for {_body(r)}, {clause}."
            expect = _i(clause, (p.full, "figures", f"figures compiled by {p.full}"), ANY, person=False)
        elif shape == 6:
            text = f"{_cap(clause)}, according to {p.full}, who led the {doc} for {_body(r)}."
            expect = _i(_cap(clause), p, ANY)
        else:
            o = _other(p, k)
            text = f"According to {_a(doc)} by {p.full} and {o.full}, {clause}."
            names = (*either, o.full, f"{p.full} and {o.full}", f"{p.full}; {o.full}")
            expect = _i(clause, names, ANY, person=False)
        yield Case("", f"ho35-according-{shape}", text, [expect])


# --- group 12: three people of one surname ------------------------------------------------------------------


def family_members() -> Iterator[Case]:
    """A parent and two children of one surname quoted in turn, told apart by given name or relation: `The
    SURNAME family has run BODY since YEAR. "Q1," said PARENT SURNAME. Her son ELDER SURNAME disagreed: "Q2."
    "Q3," said YOUNGER, the youngest.`, `Their mother was firmer: "Q3."`, `His younger sister, YOUNGER
    SURNAME, said C2.`, `Three SURNAMEs spoke to the PAPER: PARENT, ELDER and YOUNGER.`, `"Q2," added her
    eldest, ELDER.`, `"Q3," said the elder brother.` and `The younger SURNAME said C.` (each quotation its
    own speaker's, never another member's)."""
    combos = itertools.product(FAMILIES35, range(8), ALL_MARKS35, range(len(ROLES35)))
    for f, shape, m, r in sample(combos, 252, "ho35-family"):
        k = _k(FAMILIES35.index(f), shape, r)
        s = f.surname
        (pg, pgen), (eg, egen), (yg, ygen) = f.parent, f.elder, f.younger
        pf, ef, yf = f"{pg} {s}", f"{eg} {s}", f"{yg} {s}"
        pp = "her" if pgen == "f" else "his"
        par = "mother" if pgen == "f" else "father"
        echild = "daughter" if egen == "f" else "son"
        ysib = "sister" if ygen == "f" else "brother"
        esib = "sister" if egen == "f" else "brother"
        q1, q2, q3 = (m.q(_role_q(r, k + i) + ",") for i in range(3))
        q3s = m.q(_role_q(r, k + 2) + ".")
        q2s = m.q(_role_q(r, k + 1) + ".")
        c1, c2, c3 = (_role_c(r, k + i) for i in range(3))
        body = _body(r)
        expects: list[Expect]
        if shape == 0:
            text = (
                f"The {s} family has run {body} since {YEARS35[k % 5]}. {q1} said {pf}. {_cap(pp)} {echild} "
                f"{ef} disagreed: {q2s} {q3} said {yg}, the youngest."
            )
            expects = [_d(q1, (pf,)), _d(q2s, (ef,)), _d(q3, (yf, yg))]
        elif shape == 1:
            text = (
                f"{pf} and {pp} children, {eg} and {yg}, run {body}. {q1} {eg} said. {q2} said {yg}. Their "
                f"{par} was firmer: {q3s}"
            )
            expects = [_d(q1, (ef, eg)), _d(q2, (yf, yg)), _d(q3s, (pf,))]
        elif shape == 2:
            his = "her" if egen == "f" else "his"
            text = (
                f"{ef}, {_after(r)}, said {c1}. {_cap(his)} younger {ysib}, {yf}, said {c2}. Their {par}, "
                f"{pf}, said: {q3s}"
            )
            expects = [_i(c1, (ef,), Contains(_head(r))), _i(c2, (yf,)), _d(q3s, (pf,))]
        elif shape == 3:
            text = (
                f"Three {s}s spoke to the {_pick(PAPERS35, k)}: {pg}, {eg} and {yg}. {q1} {pg} said. "
                f"{q2} said {eg}. {yg} said {c3}."
            )
            expects = [_d(q1, (pf, pg)), _d(q2, (ef, eg)), _i(c3, (yf, yg))]
        elif shape == 4:
            text = f"{q1} said {pf}. {q2} added {pp} eldest, {eg}. {q3} said the youngest, {yg}."
            expects = [_d(q1, (pf,)), _d(q2, (ef, eg)), _d(q3, (yf, yg))]
        elif shape == 5:
            text = (
                f"{pf} founded {body} with {pp} two children, {ef} and {yf}. {q1} said the elder {esib}. "
                f"{q2} said the younger one."
            )
            expects = [_d(q1, (ef,)), _d(q2, (yf,))]
        elif shape == 6:
            text = (
                f"{ef} and {yf} took over {body} from their {par}, {pf}, in {YEARS35[k % 5]}. The younger "
                f"{s} said {c2}. {q3} said their {par}."
            )
            expects = [_i(c2, (yf,)), _d(q3, (pf,))]
        else:
            text = f"{q1} said {yf}. {q2} said {ef}. {q3} said {pf}, who started {body} in {YEARS35[k % 5]}."
            expects = [_d(q1, (yf,)), _d(q2, (ef,)), _d(q3, (pf,))]
        everyone = (pf, ef, yf)
        wrong = [
            (e.content, who)
            for e in expects
            for who in everyone
            if e.speaker is not None and who not in e.speaker
        ]
        yield Case("", f"ho35-family-{shape}", text, expects, wrong_speakers=wrong)


# --- group 13: sayings of the dead, quoted by the living ----------------------------------------------------


def quoted_dead() -> Iterator[Case]:
    """`"My ELDER always said, 'S,'" NAME recalled.`, `"As my ELDER used to say, s," NAME said.`, `NAME
    remembers her ELDER telling her: "S."`, `As her ELDER used to put it, "S," NAME said.`, `NAME quoted the
    founder of BODY, who died in YEAR: "S."`, `"Q," said NAME, ROLE at BODY. "My ELDER had a saying: 'S.' I
    think of it every day."`, `NAME, AGE, still hears her ELDER: "S."` and `The words of NAME's ELDER are
    painted above the door of BODY: "S."` (the living speaker's quotation NAME's; the saying inside it NAME's,
    the dead person's or nobody's; a painted saying never NAME's)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-dead"):
        k = _k(PEOPLE35.index(p), shape, r)
        saying = _pick(SAYINGS35, k)
        elder, _gender = ELDERS35[k % len(ELDERS35)]
        plain = elder.removeprefix("late ").removeprefix("old ").removeprefix("first ")
        dead = (elder, plain, f"my {elder}", f"{p.poss} {elder}", f"{_poss(p.full)} {elder}")
        qc = m.q(_role_q(r, k) + ",")
        ss = m.q(saying + ".")
        inner_c = m.inner(saying + ",")
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            outer = m.q(f"My {elder} always said, {inner_c}")
            text = f"{outer} {p.full} recalled."
            expects = [_d(outer, p, None), *_tolerate(text, inner_c, (p.full, *dead))]
        elif shape == 1:
            outer = m.q(f"As my {elder} used to say, {saying[:1].lower()}{saying[1:]},")
            text = f"{outer} {p.full} said."
            expects = [_d(outer, p, None)]
        elif shape == 2:
            text = f"{p.full} remembers {p.poss} {elder} telling {p.obj}: {ss}"
            expects = [_d(ss, (p.full, *dead), ANY, person=False)]
        elif shape == 3:
            sc = m.q(saying + ",")
            text = f"As {p.poss} {elder} used to put it, {sc} {p.full} said."
            expects = [_d(sc, (p.full, *dead), ANY, person=False)]
        elif shape == 4:
            founder = ("founder", f"founder of {_body(r)}", f"the founder of {_body(r)}")
            text = f"{p.full} quoted the founder of {_body(r)}, who died in {YEARS35[k % 5]}: {ss}"
            expects = [_d(ss, (p.full, *founder), ANY, person=False)]
        elif shape == 5:
            inner_s = m.inner(saying + ".")
            second = m.q(f"My {elder} had a saying: {inner_s} I think of it every day.")
            text = f"{qc} said {p.full}, {_after(r)}. {second}"
            # key fix after the first run: one quotation with its credit inside reads as right as two
            expects = _alts(
                text,
                [_d(qc, p, Contains(_head(r))), _d(second, p)],
                [_d(_span(text, qc, second), p, Contains(_head(r)))],
            )
            expects += _tolerate(text, inner_s, (p.full, *dead))
        elif shape == 6:
            text = f"{p.full}, {p.age}, still hears {p.poss} {elder}: {ss}"
            expects = [_d(ss, (p.full, *dead), ANY, person=False)]
        else:
            text = f"The words of {_poss(p.full)} {elder} are painted above the door of {_body(r)}: {ss}"
            expects = _tolerate(text, ss, dead)
            wrong = [(ss, p.full)]
        yield Case("", f"ho35-dead-{shape}", text, expects, wrong_speakers=wrong)


# --- group 14: captions and pull quotes ---------------------------------------------------------------------


def captions_pullquotes() -> Iterator[Case]:
    """`INTRO.¶"Q" — NAME, ROLE at BODY¶NEXT.`, `NAME has run BODY since YEAR. "Q." – NAME`, `Caption: NAME at
    BODY on DAY.¶"Q," she said.`, `"Q," said NAME, ROLE at BODY.¶"Q" — NAME¶OTHER said C.` (a pull quote
    repeating a quotation), `INTRO.¶'Q' - NAME`, `NAME, ROLE at BODY, on DAY. (Photo: PAPER)¶"Q," she said.`,
    `Pull quote: "Q" — NAME` and `INTRO. "Q." —NAME, ROLE` (the pull quote or caption quotation NAME's,
    with the role when written; never the paper)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-pull"):
        k = _k(PEOPLE35.index(p), shape, r)
        quote = _role_q(r, k)
        qb, qc, qs = m.q(quote), m.q(quote + ","), m.q(quote + ".")
        title = Contains(_head(r))
        intro = (
            f"{_cap(_body(r))} reopened on {DAYS35[k % 7]} after {ROLES35[r].topic} closed it for a month."
        )
        nxt = f"{_cap(ROLES35[r].kind)} will stay open until dusk through the summer."
        o = _other(p, k)
        wrong: list[tuple[str, str]] = []
        expects: list[Expect]
        if shape == 0:
            text = f"{intro}\n\n{qb} — {p.full}, {_after(r)}\n\n{nxt}"
            expects = [_d(qb, p, title)]
        elif shape == 1:
            text = f"{p.full} has run {_body(r)} since {YEARS35[k % 5]}. {qs} – {p.full}"
            expects = [_d(qs, p, ANY)]
        elif shape == 2:
            text = f"Caption: {p.full} at {_body(r)} on {DAYS35[k % 7]}.\n\n{qc} {p.pronoun} said."
            expects = [_d(qc, p, ANY)]
        elif shape == 3:
            clause = _role_c(_other_role(r, k), k)
            text = f"{qc} said {p.full}, {_after(r)}.\n\n{qb} — {p.full}\n\n{o.full} said {clause}."
            expects = [_d(qc, p, title), _d(qb, p), _i(clause, o)]
            wrong = [(qb, o.full)]
        elif shape == 4:
            text = f"{intro}\n\n{qb} - {p.full}"
            expects = [_d(qb, p, None)]
        elif shape == 5:
            paper = _pick(PAPERS35, k)
            text = f"{p.full}, {_after(r)}, on {DAYS35[k % 7]}. (Photo: {paper})\n\n{qc} {p.pronoun} said."
            expects = [_d(qc, p, title)]
            wrong = [(qc, paper)]
        elif shape == 6:
            text = f"{intro}\n\nPull quote: {qb} — {p.full}\n\n{nxt}"
            expects = [_d(qb, p, None)]
        else:
            text = f"{intro} {qs} —{p.full}, {_role(r)}"
            expects = [_d(qs, p, title)]
        yield Case("", f"ho35-pull-{shape}", text, expects, wrong_speakers=wrong)


# --- group 15: negative controls ----------------------------------------------------------------------------


def negative_controls() -> Iterator[Case]:
    """`After the latest "WORD" at BODY, NAME is one of two staff left.`, `NAME's report,
    "TITLE", was published by BODY on DAY.`, `The "LAW" came into force on DAY, a year after NAME joined
    BODY.`, `The "SHIP" left TOWN on DAY with NAME on board.`, `Searches for "TERM" doubled after NAME
    appeared on the news.`, `The "temporary" fence around BODY has stood for six years; NAME walks past it
    every day.`, `NAME named the boat "SHIP" after her mother.` and `A "WORD" held by BODY on DAY drew four
    people, among them NAME.` (irony, titles, laws, ships and search terms: nobody speaks; never NAME)."""
    for p, shape, m, r in sample(_combos(8), 252, "ho35-negative"):
        k = _k(PEOPLE35.index(p), shape, r)
        day, body = DAYS35[k % 7], _body(r)
        if shape == 0:
            word = _pick(IRONY35, k)
            marked = m.q(word)
            # template fix after the first run: `BODY calls the closures a "WORD"` quotes the body's word
            text = f"After the latest {marked} at {body}, {p.full} is one of two staff left."
        elif shape == 1:
            marked = m.q(_pick(REPORT_TITLES35, k))
            text = f"{_poss(p.full)} report, {marked}, was published by {body} on {day}."
        elif shape == 2:
            marked = m.q(_pick(LAWS35, k))
            text = f"The {marked} came into force on {day}, a year after {p.full} joined {body}."
        elif shape == 3:
            marked = m.q(_pick(SHIPS35, k))
            text = f"The {marked} left {_pick(TOWNS35, k)} on {day} with {p.full} on board."
        elif shape == 4:
            marked = m.q(_pick(SEARCHES35, k))
            text = f"Searches for {marked} doubled after {p.full} appeared on the news."
        elif shape == 5:
            marked = m.q("temporary")
            text = (
                f"The {marked} fence around {body} has stood for six years; {p.full} walks past it every day."
            )
        elif shape == 6:
            marked = m.q(_pick(SHIPS35, k))
            text = f"{p.full} named the boat {marked} after {p.poss} {p.kin('mother', 'father')}."
        else:
            word = _pick(IRONY35, k + 1)
            marked = m.q(word)
            text = (
                f"{_cap(_art(word))}{marked} held by {body} on {day} drew four people, among them {p.full}."
            )
        yield Case(
            "", f"ho35-negative-{shape}", text, _tolerate(text, text), wrong_speakers=[(marked, p.full)]
        )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout35.{name}", group, description, unique_texts(gen))


HELD_OUT_35 = (
    _named("continued_paragraphs", "1", '"S1.¶"S2," said NAME, "s3."', continued_paragraphs),
    _named("job_place", "2", '"Q," said a fishmonger in Brindlecombe', job_place),
    _named(
        "possessive_credits", "3", "NAME's reply was blunt: \"Q.\"; In NAME's words, C", possessive_credits
    ),
    _named("qa_narrative", "4", '"Q?" a reporter asked. "A," NAME replied.', qa_narrative),
    _named("compound_names", "5", "Baltasar Tadeo Peñaloza Iturbe ... Peñaloza Iturbe said", compound_names),
    _named("group_spokesperson", "6", "Residents, led by NAME, said C", group_spokesperson),
    _named("titles_after", "7", "NAME (ROLE, BODY) said; NAME - ROLE at BODY - said", titles_after),
    _named("long_adverbials", "8", '"Q," said, after a pause and a long look, NAME', long_adverbials),
    _named("nonhuman_voices", "9", '"Q," the parrot squawked; the satnav announced', nonhuman_voices),
    _named("document_authors", "10", 'NAME wrote in the report: "Q."', document_authors),
    _named("according_documents", "11", "according to a study by NAME, ROLE at BODY, C", according_documents),
    _named("family_members", "12", "three people of one surname quoted in turn", family_members),
    _named("quoted_dead", "13", "\"My grandfather always said, 'Q,'\" NAME recalled", quoted_dead),
    _named("captions_pullquotes", "14", '"Q" — NAME, ROLE at BODY (a pull quote)', captions_pullquotes),
    _named("negative_controls", "15", "irony, report titles, laws, ships, search terms", negative_controls),
)
