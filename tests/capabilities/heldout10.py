"""Tenth held-out round: capabilities written at commit ``453d9af`` by a helper who did not read
quotex's rule modules, and run once.

The templates follow the round's six groups with fillers of their own (``heldout10data.py``:
twenty people, ten women and ten men, of several name shapes — a hyphenated given name, two
surnames, particles `de` and `Le`, two initials, accents —, six women whose given names do not
show a gender, bodies, teams, universities, real places, quotations, clauses, titles with their
affiliation, cue-verb forms and phrases in marks) that no development template or earlier
held-out round uses, and phrasings a careful news annotator expects:

1. the speaker and title key: titles written in full with their affiliation (`NAME, the deputy
   head of mission at the Peruvian embassy in Wellington,`, `a PhD candidate in marine ecology at
   UNIVERSITY`), before the name (`Corvane Telecom's regional sales director NAME`, `former
   two-term mayor of PLACE NAME`), in a relative clause (`who chairs BODY's audit committee`,
   title not checked), after an inverted cue (`said NAME, ROLE at BODY`), and the full name and
   title kept when a later paragraph uses the surname, `Ms.`/`Dr.` and the surname, or a nominal
   (`the diplomat`, `the 58-year-old`, `the coach`);
2. pronouns across paragraphs: two people of different and of the same gender, a person
   introduced in apposition, a quoted person in the previous paragraph against the subject of the
   new one, `she` after a woman whose given name does not show her gender but whose role noun
   (`spokeswoman`, `chairwoman`, `actress`) or honorific does;
3. two people where the one merely mentioned must never be the speaker (`Case.wrong_speakers`):
   a name, a nominal or an unnamed phrase (`a man in a red cap`) speaks; `X told Y`, `X, speaking
   to Y,`, `Y, responding to X,`, interviews, `according to X's lawyer, Y`, `X's spokesman said`
   (the spokesman speaks, not X), `X's wife, Y, said`;
4. British, Irish, Australian and Indian wire style: single marks, `said Mr Surname` with no full
   stop after the honorific, dates such as `on 14 June`, lowercase titles after the name, `told
   the BBC`/`told reporters`, and paragraphs that open with the quotation and end `she added.`;
5. cue verbs in many forms (`has said`, `is saying`, `would later say`, `was quoted as saying`,
   `has long contended that`) at the start, middle and end, split quotations, and titles of works,
   nicknames and scare quotes in marks where nobody speaks;
6. indirect and mixed reports with a speaker and a title (`The transport minister, NAME, argued
   that ...`, `NAME called the proposal "..."`), the content span following the PolNeAR kind rule
   (an indirect report after `that` includes `that`, as in the ninth round).

Run once at 453d9af (``capreport.py --heldout heldout10.NAME ...``: 2,398 of 2,992); the failures
were then read for template bugs only, and two were fixed (the floors record the second run, 2,417
of 2,992, quotex unchanged): the wire templates paired lowercase roles with any body (`the parish
priest of the Federation of Inland Hauliers`; now each role has a body that fits it), and the
spokeswoman and chairwoman templates wrote `Federation of Inland Hauliers's` and had the
spokeswoman `confirmed the closure` — a reporting verb with a noun content that an annotator may
mark as her attribution, while the case forbade any other quotation (now she `visited the flooded
depot`, and the possessive of a plural name takes a bare apostrophe). Rates at 453d9af are in
README.md.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capdata import DOUBLE_MARKS, MARKS, SINGLE_MARKS, Person
from capkit import ANY, Capability, Case, Contains, Expect, NameSpec, TitleSpec, named, sample, unique_texts
from captemplates import _cap
from heldout10data import (
    APPOS_TITLES10,
    CLAUSES10,
    DATES10,
    DAYS10,
    MEN10,
    MIXED10,
    NOT_QUOTES10,
    ORGS10,
    OUTLETS10,
    PEOPLE10,
    PLACES10,
    PREMODS10,
    QUOTES10,
    RELATIVES10,
    SECONDS10,
    TEAMS10,
    THAT_FORMS10,
    UNIVERSITIES10,
    UNMARKED10,
    VERB_FORMS10,
    WOMEN10,
)

#: Lowercase wire titles (British and Indian style) with a body that fits each: (role, preposition,
#: body, the body's part the title must contain).
WIRE_ROLES10 = (
    ("chief executive", "of", "Quillon Freight Holdings", "Quillon Freight Holdings"),
    ("managing director", "of", "Corvane Telecom", "Corvane Telecom"),
    ("head teacher", "at", "Ardmore Road Primary School", "Ardmore Road Primary School"),
    ("consultant cardiologist", "at", "Ravensmoor General Hospital", "Ravensmoor General Hospital"),
    ("district collector", "of", "Pune", "Pune"),
    ("superintendent of police", "in", "Mombasa", "Mombasa"),
    ("chief actuary", "at", "Tamberlin Insurance", "Tamberlin Insurance"),
    ("parish priest", "of", "St Brendan's in Cork", "St Brendan's"),
)
#: A title noun that stands before the name in `The NOUN, NAME, ...` and the title it gives.
TITLE_NOUNS10 = (
    ("transport minister", ("transport minister",)),
    ("health minister", ("health minister",)),
    ("union's general secretary", ("union's general secretary", "general secretary")),
    ("company's finance director", ("company's finance director", "finance director")),
    ("council's chief planner", ("council's chief planner", "chief planner")),
    ("opposition leader", ("opposition leader",)),
)
FIELDS10 = ("marine ecology", "glaciology", "medieval history", "soil science")
OUTLET_PAPER10 = "the Invercargill Courier"


def _other(p: Person, step: int, pool: tuple[Person, ...] = PEOPLE10) -> Person:
    return pool[(pool.index(p) + step) % len(pool)] if p in pool else pool[step % len(pool)]


def _art(title: str) -> str:
    return "a" if title.startswith(("PhD", "senior lecturer")) else "the"


def _d(content: str, p: Person, title: TitleSpec = ANY, **kw: object) -> Expect:
    return Expect(content, "direct", (p.full,), title, "person", **kw)  # type: ignore[arg-type]


def _i(content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "indirect", (p.full,), title, "person")


def _mx(content: str, p: Person, title: TitleSpec = ANY) -> Expect:
    return Expect(content, "mixed", (p.full,), title, "person")


def _hon(p: Person, stop: bool = True) -> str:
    word = "Ms" if p.gender == "f" else "Mr"
    return word + "." if stop else word


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _split_content(text: str, q1: str, q2: str) -> str:
    start = text.find(q1)
    end = text.find(q2, start + len(q1)) + len(q2)
    return text[start:end]


def _mixed_pairs() -> list[tuple[Person, Person]]:
    return list(itertools.product(WOMEN10, MEN10)) + list(itertools.product(MEN10, WOMEN10))


def _same_pairs() -> list[tuple[Person, Person]]:
    return list(itertools.permutations(WOMEN10, 2)) + list(itertools.permutations(MEN10, 2))


# --- group 1: the speaker and title key -------------------------------------------------------


def title_apposition() -> Iterator[Case]:
    """Long titles with their affiliation in apposition, written in full: before a colon, after
    the quotation with the cue last, before the name (`The TITLE, NAME, said`), and in an
    indirect report; the title must come out whole."""
    combos = itertools.product(PEOPLE10, range(len(APPOS_TITLES10)), MARKS, range(5))
    for p, t, m, shape in sample(combos, 180, "ho10-title-appos"):
        title = APPOS_TITLES10[t]
        art = _art(title)
        k = (t * 5 + shape) % len(QUOTES10)
        day = DAYS10[k % len(DAYS10)]
        if shape == 0:
            quote = m.q(QUOTES10[k] + ".")
            text, expect = f"{p.full}, {art} {title}, said: {quote}", _d(quote, p, (title,))
        elif shape == 1:
            quote = m.q(QUOTES10[k] + ",")
            text, expect = f"{quote} {p.full}, {art} {title}, said on {day}.", _d(quote, p, (title,))
        elif shape == 2:
            quote = m.q(QUOTES10[k] + ".")
            text, expect = f"{_cap(art)} {title}, {p.full}, told the meeting: {quote}", _d(quote, p, (title,))
        elif shape == 3:
            clause = CLAUSES10[k % len(CLAUSES10)]
            text, expect = f"{p.full}, {art} {title}, said {clause}.", _i(clause, p, (title,))
        else:
            quote = m.q(QUOTES10[k] + ".")
            text = f"Speaking on {day}, {p.full}, {art} {title}, said: {quote}"
            expect = _d(quote, p, (title,))
        yield Case("", f"ho10-appos-{shape}", text, [expect])


def title_premodifier() -> Iterator[Case]:
    """Titles before the name (`BODY's regional sales director NAME`, `former two-term mayor of
    PLACE NAME`, `BODY chief actuary NAME`) before and after the quotation and in an indirect
    report."""
    combos = itertools.product(PEOPLE10, range(len(PREMODS10)), MARKS, range(4))
    for p, t, m, shape in sample(combos, 170, "ho10-title-premod"):
        pre, parts = PREMODS10[t]
        k = (t * 3 + shape + PEOPLE10.index(p)) % len(QUOTES10)
        title = Contains(parts)
        if shape == 0:
            quote = m.q(QUOTES10[k] + ".")
            text, expect = f"{_cap(pre)} {p.full} said: {quote}", _d(quote, p, title)
        elif shape == 1:
            quote = m.q(QUOTES10[k] + ",")
            text, expect = f"{quote} said {pre} {p.full}.", _d(quote, p, title)
        elif shape == 2:
            clause = CLAUSES10[k % len(CLAUSES10)]
            text, expect = (
                f"{_cap(pre)} {p.full} said on {DAYS10[k % 7]} that {clause}.",
                _i(f"that {clause}", p, title),
            )
        else:
            quote = m.q(QUOTES10[k] + ",")
            outlet = OUTLETS10[k % len(OUTLETS10)]
            text, expect = f"{quote} {pre} {p.full} told {outlet}.", _d(quote, p, title)
        yield Case("", f"ho10-premod-{shape}", text, [expect])


def title_relative() -> Iterator[Case]:
    """A role stated in a relative clause (`NAME, who chairs BODY's audit committee,`: the title
    is not checked, the name is) and a student's title with field and university (`NAME, a PhD
    candidate in FIELD at UNIVERSITY,`), before and after the quotation."""
    combos = itertools.product(PEOPLE10, range(len(RELATIVES10) + len(FIELDS10)), MARKS, range(3))
    for p, r, m, shape in sample(combos, 150, "ho10-title-relative"):
        k = (r * 4 + shape + PEOPLE10.index(p)) % len(QUOTES10)
        title: TitleSpec = ANY
        if r < len(RELATIVES10):
            appos = RELATIVES10[r]
        else:
            f = r - len(RELATIVES10)
            uni = UNIVERSITIES10[f % len(UNIVERSITIES10)]
            plain = f"PhD candidate in {FIELDS10[f]} at {uni}"
            appos, title = f"a {plain}", (plain,)
        if shape == 0:
            quote = m.q(QUOTES10[k] + ".")
            text = f"{p.full}, {appos}, said: {quote}"
        elif shape == 1:
            quote = m.q(QUOTES10[k] + ",")
            text = f"{quote} said {p.full}, {appos}."
        else:
            quote = m.q(QUOTES10[k] + ",")
            text = f"{quote} {p.full}, {appos}, said."
        yield Case("", f"ho10-relative-{shape}", text, [_d(quote, p, title)])


def title_inverted() -> Iterator[Case]:
    """Titles after an inverted cue: `"C," said NAME, ROLE at BODY.` with and without an article,
    with a relative clause or a day after the title, and a premodifier title after `said`."""
    combos = itertools.product(PEOPLE10, range(len(APPOS_TITLES10)), MARKS, range(5))
    for p, t, m, shape in sample(combos, 170, "ho10-title-inverted"):
        title = APPOS_TITLES10[t]
        art = _art(title)
        k = (t * 7 + shape + PEOPLE10.index(p)) % len(QUOTES10)
        quote = m.q(QUOTES10[k] + ",")
        expect_title: TitleSpec = (title,)
        if shape == 0:
            text = f"{quote} said {p.full}, {title}."
        elif shape == 1:
            text = f"{quote} says {p.full}, {art} {title}, who has held the post since 2020."
        elif shape == 2:
            text = f"{quote} said {p.full}, {art} {title}, on {DAYS10[k % 7]}."
        elif shape == 3:
            pre, parts = PREMODS10[t % len(PREMODS10)]
            text = f"{quote} said {pre} {p.full}, speaking in {PLACES10[k % len(PLACES10)]}."
            expect_title = Contains(parts)
        else:
            text = f"{quote} explained {p.full}, {art} {title}."
        yield Case("", f"ho10-inverted-{shape}", text, [_d(quote, p, expect_title)])


def later_mentions() -> Iterator[Case]:
    """The full name and title kept when a later paragraph credits the quotation to the surname,
    `Ms.`/`Mr.` and the surname, `Dr.` and the surname, `the diplomat`, `the 58-year-old` or `the
    coach`, with a second person in the first paragraph who must not take it."""
    combos = itertools.product(PEOPLE10, range(6), DOUBLE_MARKS, range(len(QUOTES10)))
    for p, shape, m, k in sample(combos, 180, "ho10-later"):
        other = _other(p, 5)
        quote = m.q(QUOTES10[k] + ",")
        title_text = APPOS_TITLES10[k % len(APPOS_TITLES10)]
        art = _art(title_text)
        place = PLACES10[k % len(PLACES10)]
        day = DAYS10[k % len(DAYS10)]
        title: TitleSpec = (title_text,)
        if shape == 0:
            p1 = f"{p.full}, {art} {title_text}, met {other.full} in {place} on {day}."
            p2 = f"{quote} {p.surname} said afterwards."
        elif shape == 1:
            p1 = f"{p.full}, {art} {title_text}, sat across the table from {other.full} for three hours."
            p2 = f"{quote} {_hon(p)} {p.surname} said when the talks ended."
        elif shape == 2:
            uni = UNIVERSITIES10[k % len(UNIVERSITIES10)]
            p1 = f"Dr. {p.full} leads the research team at {uni}, where {other.full} also works."
            p2 = f"{quote} said Dr. {p.surname}."
            title = ANY
        elif shape == 3:
            p1 = (
                f"{p.full}, a 49-year-old diplomat posted to {place}, was recalled on {day}"
                f" after a row with {other.full}."
            )
            p2 = f"{quote} the diplomat said."
            title = Contains(("diplomat",))
        elif shape == 4:
            p1 = f"{p.full}, 58, has trained {other.full}, 23, since the younger rower was 14."
            p2 = f"{quote} the 58-year-old said."
            title = ANY
        else:
            team = TEAMS10[k % len(TEAMS10)]
            p1 = f"{team} coach {p.full} left striker {other.full} out of the squad on {day}."
            p2 = f"{quote} the coach said."
            title = Contains(("coach",))
        text = f"{p1}\n\n{p2}"
        yield Case(
            "", f"ho10-later-{shape}", text, [_d(quote, p, title)], wrong_speakers=[(quote, other.full)]
        )


# --- group 2: pronouns across paragraphs ------------------------------------------------------


def pronoun_mixed_gender() -> Iterator[Case]:
    """A man and a woman in the first paragraph; the pronoun in the next one picks the right
    person: the hired or the hiring, a person introduced in apposition, the subject of the new
    paragraph after a quoted person, and the person an indirect report is about."""
    combos = itertools.product(_mixed_pairs(), range(5), DOUBLE_MARKS, range(len(QUOTES10)))
    for (a, b), shape, m, k in sample(combos, 170, "ho10-pron-mixed"):
        q1 = m.q(QUOTES10[k] + ",")
        q2 = m.q(QUOTES10[(k + 5) % len(QUOTES10)] + ",")
        org = ORGS10[k % len(ORGS10)]
        day = DAYS10[k % len(DAYS10)]
        if shape == 0:
            p1 = f"{a.full} hired {b.full} as deputy manager of {org.name} in 2021."
            text = f"{p1}\n\n{q1} {b.pronoun} said."
            expects, wrong = [_d(q1, b)], [(q1, a.full)]
        elif shape == 1:
            p1 = f"{a.full} hired {b.full} as deputy manager of {org.name} in 2021."
            text = f"{p1}\n\n{q1} {a.pronoun} said."
            expects, wrong = [_d(q1, a)], [(q1, b.full)]
        elif shape == 2:
            title = APPOS_TITLES10[k % len(APPOS_TITLES10)]
            p1 = f"{_cap(_art(title))} {title}, {a.full}, met {b.full} on {day}."
            text = f"{p1}\n\n{q1} {a.pronoun} said afterwards."
            expects, wrong = [_d(q1, a, (title,))], [(q1, b.full)]
        elif shape == 3:
            p1 = f"{q1} said {a.full}."
            p2 = f"{b.full} was less certain. {q2} {b.pronoun} said."
            text = f"{p1}\n\n{p2}"
            expects, wrong = [_d(q1, a), _d(q2, b)], [(q2, a.full)]
        else:
            clause = f"{b.full} had resigned on {day}"
            p1 = f"{a.full} said {clause}."
            text = f"{p1}\n\n{q1} {b.pronoun} said in a statement."
            expects, wrong = [_i(clause, a), _d(q1, b)], [(q1, a.full)]
        text = _cap(text)
        yield Case("", f"ho10-pron-mixed-{shape}", text, expects, wrong_speakers=wrong)


def pronoun_same_gender() -> Iterator[Case]:
    """Two people of the same gender: the subject of the new paragraph after a quoted person, the
    previous speaker after `added`, the subject of a questioning, the one who `spoke first`."""
    combos = itertools.product(_same_pairs(), range(4), DOUBLE_MARKS, range(len(QUOTES10)))
    for (a, b), shape, m, k in sample(combos, 170, "ho10-pron-same"):
        q1 = m.q(QUOTES10[k] + ",")
        q2 = m.q(QUOTES10[(k + 7) % len(QUOTES10)] + ",")
        day = DAYS10[k % len(DAYS10)]
        if shape == 0:
            text = f"{q1} said {a.full}.\n\n{b.full} disagreed. {q2} {b.pronoun} said."
            expects, wrong = [_d(q1, a), _d(q2, b)], [(q2, a.full)]
        elif shape == 1:
            text = f"{q1} said {a.full}, who sat beside {b.full} at the hearing.\n\n{q2} {a.pronoun} added."
            expects, wrong = [_d(q1, a), _d(q2, a)], [(q2, b.full)]
        elif shape == 2:
            title = APPOS_TITLES10[k % len(APPOS_TITLES10)]
            p1 = f"{a.full}, {_art(title)} {title}, questioned {b.full} for two hours on {day}."
            text = f"{p1}\n\n{q1} {a.pronoun} said afterwards."
            expects, wrong = [_d(q1, a, (title,))], [(q1, b.full)]
        else:
            p1 = f"{a.full} sat down with {b.full} in {PLACES10[k % len(PLACES10)]} on {day}."
            text = f"{p1}\n\n{_cap(b.surname)} spoke first. {q1} {b.pronoun} said."
            expects, wrong = [_d(q1, b)], [(q1, a.full)]
        yield Case("", f"ho10-pron-same-{shape}", text, expects, wrong_speakers=wrong)


def pronoun_gendered_role() -> Iterator[Case]:
    """`she` after a woman whose given name does not show her gender, only her role noun
    (spokeswoman, chairwoman, actress) or `Ms.`, sometimes beside a man who must not take the
    quotation."""
    combos = itertools.product(UNMARKED10, MEN10, range(6), DOUBLE_MARKS, range(len(QUOTES10)))
    for u, man, shape, m, k in sample(combos, 160, "ho10-pron-role"):
        q = m.q(QUOTES10[k] + ",")
        org = ORGS10[k % len(ORGS10)]
        day = DAYS10[k % len(DAYS10)]
        place = PLACES10[k % len(PLACES10)]
        expects: list[Expect]
        if shape == 0:
            p1 = f"{u.full}, {_possessive(org.name)} spokeswoman, visited the flooded depot on {day}."
            expects = [_d(q, u, Contains(("spokeswoman",)))]
            text = f"{p1}\n\n{q} she said."
        elif shape == 1:
            p1 = f"{u.full}, who is chairwoman of {org.name}, met {man.full} on {day}."
            expects = [_d(q, u)]
            text = f"{p1}\n\n{q} she said."
        elif shape == 2:
            p1 = f"The actress {u.full} has spent a year on the {place} stage opposite {man.full}."
            expects = [_d(q, u, Contains(("actress",)))]
            text = f"{p1}\n\n{q} she said."
        elif shape == 3:
            p1 = (
                f"{u.full} took over the firm from {man.full} in 2020, and Ms. {u.surname}"
                " has since doubled its staff."
            )
            expects = [_d(q, u)]
            text = f"{p1}\n\n{q} she said."
        elif shape == 4:
            chair = f"{_possessive(org.name)} new chairwoman"
            p1 = f"{man.full} introduced {u.full}, {chair}, to the staff on {day}."
            expects = [_d(q, u, Contains(("chairwoman",)))]
            text = f"{p1}\n\n{q} she told them."
        else:
            clause = CLAUSES10[k % len(CLAUSES10)]
            p1 = f"{u.full}, a spokeswoman for {org.name}, said {clause}."
            expects = [_i(clause, u, Contains(("spokeswoman",))), _d(q, u, Contains(("spokeswoman",)))]
            text = f"{p1}\n\n{q} she added."
        yield Case("", f"ho10-pron-role-{shape}", text, expects, wrong_speakers=[(q, man.full)])


# --- group 3: two people, one speaks -----------------------------------------------------------


def mentioned_not_speaker() -> Iterator[Case]:
    """X is mentioned and Y speaks, by name, title, an unnamed phrase (`a man in a red cap`, `the
    club's captain`), a cleft (`it was Y who told the crowd`) or an indirect report about X; X
    never takes the quotation."""
    combos = itertools.product(PEOPLE10, range(7), MARKS, range(len(QUOTES10)))
    for x, shape, m, k in sample(combos, 185, "ho10-mentioned"):
        y = _other(x, 7)
        day = DAYS10[k % len(DAYS10)]
        speaker: NameSpec = (y.full,)
        title: TitleSpec = ANY
        kind = "direct"
        if shape == 0:
            content = m.q(QUOTES10[k] + ",")
            text = f"{x.full} was not at the meeting. {content} said {y.full}, who chaired it."
        elif shape == 1:
            content = m.q(QUOTES10[k] + ".")
            text = f"Asked about {_possessive(x.full)} remarks, {y.full} said: {content}"
        elif shape == 2:
            content = m.q(QUOTES10[k] + "!")
            text = f"{content} a man in a red cap shouted as {x.full} left the court."
            speaker = ("man in a red cap", "man")
        elif shape == 3:
            content = m.q(QUOTES10[k] + ",")
            t = APPOS_TITLES10[k % len(APPOS_TITLES10)]
            text = f"{x.full} resigned on {day}.\n\n{content} said {y.full}, {_art(t)} {t}."
            title = (t,)
        elif shape == 4:
            content = m.q(QUOTES10[k] + ",")
            team = TEAMS10[k % len(TEAMS10)]
            text = (
                f"{x.full} stepped down as manager of {team} on {day}.\n\n{content} the club's captain said."
            )
            speaker = ("club's captain", "captain")
        elif shape == 5:
            content = m.q(QUOTES10[k] + ".")
            lead = f"{_possessive(x.full)} name was on every placard"
            text = f"{lead}, but it was {y.full} who told the crowd: {content}"
        else:
            content = f"{x.full} had done nothing wrong"
            text = f"{y.full} said {content}."
            kind = "indirect"
        expect = Expect(content, kind, speaker, title)
        yield Case("", f"ho10-mentioned-{shape}", text, [expect], wrong_speakers=[(content, x.full)])


def told_and_responding() -> Iterator[Case]:
    """`X told Y: "C."`, `Y, responding to X, said`, `X, speaking to Y on DAY, said`, an interview
    with a reporter, `Y asked X whether ...` followed by X's reply, `in reply to Y`, `wrote to Y`:
    the addressee or the one replied to never speaks the quotation."""
    combos = itertools.product(PEOPLE10, range(7), MARKS, range(len(QUOTES10)))
    for x, shape, m, k in sample(combos, 180, "ho10-told"):
        y = _other(x, 3)
        day = DAYS10[k % len(DAYS10)]
        qs = m.q(QUOTES10[k] + ".")
        qc = m.q(QUOTES10[k] + ",")
        exact = True
        if shape == 0:
            text, content = f"{x.full} told {y.full}: {qs}", qs
        elif shape == 1:
            text, content = f"{x.full}, responding to {y.full}, said: {qs}", qs
        elif shape == 2:
            text, content = f"{x.full}, speaking to {y.full} on {day}, said: {qs}", qs
        elif shape == 3:
            text, content = f"{qc} {x.full} told {y.full}.", qc
        elif shape == 4:
            text, content = f"In an interview with {y.full} of {OUTLET_PAPER10}, {x.full} said: {qs}", qs
        elif shape == 5:
            clause = CLAUSES10[k % len(CLAUSES10)]
            text = f"{y.full} asked {x.full} whether {clause}. {qc} {x.surname} replied."
            content, exact = qc, False  # the question may be read as Y's indirect quotation
        else:
            text, content = f"{qc} {x.full} said in reply to {y.full}.", qc
        yield Case(
            "", f"ho10-told-{shape}", text, [_d(content, x)], exact=exact, wrong_speakers=[(content, y.full)]
        )


def proxies() -> Iterator[Case]:
    """Someone speaks for X: `according to X's lawyer, Y,`, `X's spokesman said` (the spokesman,
    not X), `X's wife, Y, said`, `a lawyer for X`, `A spokeswoman for X said`, `X's sister`,
    `X's agent, Y,`."""
    combos = itertools.product(_mixed_pairs(), range(7), MARKS, range(len(QUOTES10)))
    for (first, y), shape, m, k in sample(combos, 180, "ho10-proxies"):
        x = first
        clause = CLAUSES10[k % len(CLAUSES10)]
        qs = m.q(QUOTES10[k] + ".")
        qc = m.q(QUOTES10[k] + ",")
        if shape == 0:
            text = f"According to {_possessive(x.full)} lawyer, {y.full}, {clause}."
            expect = _i(clause, y, Contains(("lawyer",)))
        elif shape == 1:
            text = f"{qc} {_possessive(x.full)} spokesman said."
            names = (f"{_possessive(x.full)} spokesman", "spokesman", f"spokesman for {x.full}")
            expect = Expect(qc, "direct", names)
        elif shape == 2:
            husband, wife = (x, y) if y.gender == "f" else (y, x)
            text = f"{_possessive(husband.full)} wife, {wife.full}, said: {qs}"
            expect, x = _d(qs, wife), husband
        elif shape == 3:
            text = f"{qc} said {y.full}, a lawyer for {x.full}."
            expect = _d(qc, y, Contains(("lawyer",)))
        elif shape == 4:
            text = f"A spokeswoman for {x.full} said {clause}."
            expect = Expect(clause, "indirect", ("spokeswoman", f"spokeswoman for {x.full}"))
        elif shape == 5:
            sibling = "sister" if y.gender == "f" else "brother"
            text = f"{qc} said {y.full}, {_possessive(x.full)} {sibling}."
            expect = _d(qc, y)
        else:
            text = f"{_possessive(x.full)} agent, {y.full}, said {clause}."
            expect = _i(clause, y, Contains(("agent",)))
        yield Case("", f"ho10-proxy-{shape}", text, [expect], wrong_speakers=[(expect.content, x.full)])


# --- group 4: another publisher's style -------------------------------------------------------


def commonwealth_wire() -> Iterator[Case]:
    """British, Irish, Australian and Indian wire style in single marks: `said Mr Surname` after
    a first paragraph with the full name and a lowercase title, `told the BBC on 3 March:`,
    `NAME, the ROLE of BODY, told reporters`, `Speaking in PLACE on DATE, Dr Surname said:`, a
    mixed report after `Dr Surname`, a paragraph that ends `she added.`"""
    combos = itertools.product(PEOPLE10, range(6), SINGLE_MARKS, range(len(QUOTES10)))
    for p, shape, m, k in sample(combos, 180, "ho10-wire"):
        role, prep, body, body_part = WIRE_ROLES10[k % len(WIRE_ROLES10)]
        date = DATES10[k % len(DATES10)]
        place = PLACES10[k % len(PLACES10)]
        qs = m.q(QUOTES10[k] + ".")
        qc = m.q(QUOTES10[k] + ",")
        if shape == 0:
            lead = f"{p.full}, 52, the {role} {prep} {body}, was named in the honours list on {date}."
            text = f"{lead}\n\n{qc} said {_hon(p, False)} {p.surname}."
            expect = _d(qc, p, Contains((role,)))
        elif shape == 1:
            text = f"{p.full} told {OUTLETS10[k % 3]} on {date}: {qs}"
            expect = _d(qs, p, None)
        elif shape == 2:
            text = f"{qc} {p.full}, the {role} {prep} {body}, told reporters on {date}."
            expect = _d(qc, p, Contains((role, body_part)))
        elif shape == 3:
            uni = UNIVERSITIES10[k % len(UNIVERSITIES10)]
            lead = f"Dr {p.full} leads the study at {uni}."
            text = f"{lead}\n\nSpeaking in {place} on {date}, Dr {p.surname} said: {qs}"
            expect = _d(qs, p)
        elif shape == 4:
            content = f"the results were {m.q('encouraging but early')}"
            text = f"Dr {p.full} ran the trial in {place}.\n\nDr {p.surname} said {content}."
            expect = _mx(content, p)
        else:
            second = SECONDS10[k % len(SECONDS10)].removesuffix(".")
            q2 = m.q(f"{QUOTES10[(k + 3) % len(QUOTES10)]}. {second},")
            text = f"{qc} said {p.full}, {role} {prep} {body}.\n\n{q2} {p.pronoun} added."
            yield Case(
                "", f"ho10-wire-{shape}", text, [_d(qc, p, Contains((role,))), _d(q2, p, Contains((role,)))]
            )
            continue
        yield Case("", f"ho10-wire-{shape}", text, [expect])


def added_paragraphs() -> Iterator[Case]:
    """Paragraphs that open with the quotation and end `she added.` / `Surname added, TAIL.`
    after a paragraph that named and titled the speaker, in every mark style."""
    combos = itertools.product(PEOPLE10, range(4), MARKS, range(len(QUOTES10)))
    for p, shape, m, k in sample(combos, 160, "ho10-added"):
        title = APPOS_TITLES10[(k + 2) % len(APPOS_TITLES10)]
        art = _art(title)
        clause = CLAUSES10[k % len(CLAUSES10)]
        second = SECONDS10[k % len(SECONDS10)].removesuffix(".")
        q1 = m.q(QUOTES10[k] + ",")
        q2 = m.q(f"{QUOTES10[(k + 4) % len(QUOTES10)]}. {second},")
        if shape == 0:
            text = f"{p.full}, {art} {title}, said {clause}.\n\n{q2} {p.pronoun} added."
            expects = [_i(clause, p, (title,)), _d(q2, p, (title,))]
        elif shape == 1:
            text = f"{q1} said {p.full}, {art} {title}.\n\n{q2} {p.pronoun} added."
            expects = [_d(q1, p, (title,)), _d(q2, p, (title,))]
        elif shape == 2:
            qs = m.q(QUOTES10[k] + ".")
            text = f"{p.full}, {art} {title}, said: {qs}\n\n{q2} {p.surname} added, before leaving the stage."
            expects = [_d(qs, p, (title,)), _d(q2, p, (title,))]
        else:
            other = _other(p, 4)
            text = (
                f"{q1} said {p.full}, {art} {title}, after meeting {other.full}.\n\n{q2} {p.pronoun} added."
            )
            yield Case(
                "",
                f"ho10-added-{shape}",
                _cap(text),
                [_d(q1, p, (title,)), _d(q2, p, (title,))],
                wrong_speakers=[(q2, other.full)],
            )
            continue
        yield Case("", f"ho10-added-{shape}", _cap(text), expects)


# --- group 5: behavioural breadth --------------------------------------------------------------


def verb_forms() -> Iterator[Case]:
    """Cue verbs in many forms (`has said`, `had said`, `is saying`, `would later say`, `was quoted
    as saying`, `went on to say`, `told the inquiry`, `remembers`) before a colon, after the
    quotation, inverted and with a title, and that-verbs (`has argued`, `is arguing`, `insists`,
    `has long contended`) in indirect reports."""
    combos = itertools.product(PEOPLE10, range(len(VERB_FORMS10)), MARKS, range(5))
    for p, v, m, drawn in sample(combos, 180, "ho10-verbs"):
        shape = drawn
        verb, _after, invertible = VERB_FORMS10[v]
        k = (v * 5 + shape + PEOPLE10.index(p)) % len(QUOTES10)
        qs = m.q(QUOTES10[k] + ".")
        qc = m.q(QUOTES10[k] + ",")
        if shape == 2 and not invertible:
            shape = 1
        if shape == 0:
            text, expect = f"{p.full} {verb}: {qs}", _d(qs, p, None)
        elif shape == 1:
            text, expect = f"{qc} {p.full} {verb}.", _d(qc, p, None)
        elif shape == 2:
            text, expect = f"{qc} {verb} {p.full}.", _d(qc, p, None)
        elif shape == 3:
            title = APPOS_TITLES10[k % len(APPOS_TITLES10)]
            text, expect = f"{p.full}, {_art(title)} {title}, {verb}: {qs}", _d(qs, p, (title,))
        else:
            that_verb = THAT_FORMS10[(v + k) % len(THAT_FORMS10)]
            clause = CLAUSES10[k % len(CLAUSES10)]
            text, expect = f"{p.full} {that_verb} that {clause}.", _i(f"that {clause}", p, None)
        yield Case("", f"ho10-verbs-{shape}", text, [expect])


def split_quotes() -> Iterator[Case]:
    """Split quotations: mid-sentence (`"A," NAME said, "b."`), inverted with a title, over two
    sentences after a title, and after a pronoun in a later paragraph; the quote is one record
    with two parts."""
    combos = itertools.product(PEOPLE10, range(4), MARKS, range(len(QUOTES10)))
    for p, shape, m, k in sample(combos, 160, "ho10-split"):
        second = SECONDS10[k % len(SECONDS10)]
        title = APPOS_TITLES10[k % len(APPOS_TITLES10)]
        art = _art(title)
        q1 = m.q(QUOTES10[k] + ",")
        expect_title: TitleSpec = (title,)
        if shape == 0:
            q2 = m.q(_lower_first(second))
            text = f"{q1} {p.full} said, {q2}"
            expect_title = None
        elif shape == 1:
            q2 = m.q(_lower_first(second))
            text = f"{q1} said {p.full}, {art} {title}, {q2}"
        elif shape == 2:
            q2 = m.q(second)
            text = f"{q1} said {p.full}, {art} {title}. {q2}"
        else:
            q2 = m.q(second)
            text = f"{p.full}, {art} {title}, spoke after the vote.\n\n{q1} {p.pronoun} said. {q2}"
        content = _split_content(text, q1, q2)
        yield Case("", f"ho10-split-{shape}", text, [_d(content, p, expect_title, parts=(q1, q2))])


def not_quotes() -> Iterator[Case]:
    """Titles of works, nicknames, a ship's name, a quoted word and scare quotes in marks: nobody
    speaks and no quotation comes out."""
    combos = itertools.product(range(len(NOT_QUOTES10)), MARKS, PEOPLE10)
    for t, m, p in sample(combos, 130, "ho10-not-quotes"):
        place = PLACES10[(t + PEOPLE10.index(p)) % len(PLACES10)]
        text = NOT_QUOTES10[t].format(o=m.open, c=m.close, p=place, n=p.full)
        yield Case("", f"ho10-not-quotes-{t}", _cap(text), [])


# --- group 6: indirect and mixed reports with a title -----------------------------------------


def indirect_titled() -> Iterator[Case]:
    """Indirect reports with a speaker and a title: `The transport minister, NAME, argued that`,
    `NAME, TITLE, has conceded that`, the clause first (`CLAUSE, NAME, TITLE, said.`), `According
    to NAME, TITLE,`, `told reporters that`, a premodifier title."""
    combos = itertools.product(PEOPLE10, range(6), range(len(CLAUSES10)))
    for p, shape, c in sample(combos, 180, "ho10-indirect"):
        clause = CLAUSES10[c]
        title = APPOS_TITLES10[(c + shape) % len(APPOS_TITLES10)]
        art = _art(title)
        that_verb = THAT_FORMS10[(c + shape) % len(THAT_FORMS10)]
        if shape == 0:
            noun, accepted = TITLE_NOUNS10[c % len(TITLE_NOUNS10)]
            text = f"The {noun}, {p.full}, argued that {clause}."
            expect = _i(f"that {clause}", p, accepted)
        elif shape == 1:
            text = f"{p.full}, {art} {title}, {that_verb} that {clause}."
            expect = _i(f"that {clause}", p, (title,))
        elif shape == 2:
            text = f"{_cap(clause)}, {p.full}, {art} {title}, said."
            expect = _i(_cap(clause), p, (title,))
        elif shape == 3:
            text = f"According to {p.full}, {art} {title}, {clause}."
            expect = _i(clause, p, (title,))
        elif shape == 4:
            text = f"{p.full}, {art} {title}, told reporters that {clause}."
            expect = _i(f"that {clause}", p, (title,))
        else:
            pre, parts = PREMODS10[c % len(PREMODS10)]
            text = f"{_cap(pre)} {p.full} {that_verb} that {clause}."
            expect = _i(f"that {clause}", p, Contains(parts))
        yield Case("", f"ho10-indirect-{shape}", text, [expect])


def mixed_titled() -> Iterator[Case]:
    """Mixed reports (a clause with a quoted fragment: `NAME, TITLE, said the inquiry had been "a
    box-ticking exercise" from the start`, `called the proposal "..."`, `According to NAME, TITLE,
    the audit left "..."`) with the speaker titled in apposition or before the name."""
    combos = itertools.product(PEOPLE10, range(len(MIXED10)), MARKS, range(2))
    for p, f, m, how in sample(combos, 180, "ho10-mixed"):
        sentence, content = MIXED10[f]
        k = (f * 3 + PEOPLE10.index(p)) % len(APPOS_TITLES10)
        title: TitleSpec
        if how == 0:
            t = APPOS_TITLES10[k]
            # the template's own comma closes the apposition in `According to {n}, the ...`
            who = f"{p.full}, {_art(t)} {t}" + ("" if "{n}," in sentence else ",")
            title = (t,)
        else:
            pre, parts = PREMODS10[k % len(PREMODS10)]
            who = f"{pre} {p.full}"
            title = Contains(parts)
        text = _cap(sentence.format(n=who, o=m.open, c=m.close))
        content = content.format(o=m.open, c=m.close)
        yield Case("", f"ho10-mixed-{f}-{how}", text, [_mx(content, p, title)])


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout10.{name}", group, description, unique_texts(gen))


HELD_OUT_10 = (
    _named("title_apposition", "1", "long titles with their affiliation in apposition", title_apposition),
    _named(
        "title_premodifier",
        "1",
        "BODY's regional sales director NAME, former mayor of PLACE NAME",
        title_premodifier,
    ),
    _named(
        "title_relative",
        "1",
        "who chairs BODY's committee; a PhD candidate in FIELD at UNIVERSITY",
        title_relative,
    ),
    _named("title_inverted", "1", "said NAME, ROLE at BODY: titles after an inverted cue", title_inverted),
    _named(
        "later_mentions",
        "1",
        "surname, Ms., Dr., the diplomat, the 58-year-old, the coach later",
        later_mentions,
    ),
    _named(
        "pronoun_mixed_gender", "2", "a man and a woman, pronoun in the next paragraph", pronoun_mixed_gender
    ),
    _named(
        "pronoun_same_gender",
        "2",
        "two people of one gender, pronoun in the next paragraph",
        pronoun_same_gender,
    ),
    _named(
        "pronoun_gendered_role", "2", "she after spokeswoman, chairwoman, actress, Ms.", pronoun_gendered_role
    ),
    _named(
        "mentioned_not_speaker", "3", "X mentioned, Y (name, phrase, nominal) speaks", mentioned_not_speaker
    ),
    _named(
        "told_and_responding",
        "3",
        "X told Y, responding to, speaking to, interviews, replies",
        told_and_responding,
    ),
    _named("proxies", "3", "lawyer, spokesman, wife, agent speak for X", proxies),
    _named(
        "commonwealth_wire", "4", "single marks, said Mr Surname, on 14 June, told the BBC", commonwealth_wire
    ),
    _named(
        "added_paragraphs",
        "4",
        "paragraphs opening with the quotation and ending she added",
        added_paragraphs,
    ),
    _named("verb_forms", "5", "has said, is saying, would later say, was quoted as saying", verb_forms),
    _named("split_quotes", "5", "split quotations mid-sentence, inverted, over two sentences", split_quotes),
    _named("not_quotes", "5", "titles of works, nicknames, ships, scare quotes: nobody speaks", not_quotes),
    _named("indirect_titled", "6", "indirect reports with a titled speaker", indirect_titled),
    _named("mixed_titled", "6", "mixed reports with a titled speaker", mixed_titled),
)
