"""Development capabilities added on main in the fifty-eighth round: titles whose role noun no
list holds, written with hyphenated modifiers, hyphenated agent nouns, a place before them or a
participle of place after them.

* *"C," well-known plumber NAME said*, *"C," the self-employed glazier NAME said*, *According to
  London-based rate-setter NAME, C*: NAME, titled with the whole phrase (before: no speaker, no
  title, or *London-based* as the speaker);
* *NAME, a Leeds stonemason, said C*, *said NAME, a hydrologist based in Leeds*: titled (before:
  no title);
* *A preprint posted online on DAY suggests that C*, *The paper on X, published in JOURNAL on DAY,
  found that C*, *An internal BODY briefing, seen by OUTLET, warned that C*, *A letter from NAME
  to BODY, dated DAY, said C*: the work or its author (before: nothing, *preprint posted online*,
  or the letter's recipient); *NAME, ROLE, spoke to reporters after the notice was published. The
  notice stated: "Q."*: the notice, never NAME (before: NAME);
* *NAME, the Olympic 400 metres champion, said C*, *CITY women's hockey head coach NAME was blunt:
  "Q"*, *CITY 2030 bid director NAME said C*, *NAME, editor-in-chief of X, said C. "Q," the
  editor added*, *NAME of the Institute for Y said C*: NAME with the whole title (before: a
  fragment of the title as the speaker, or no title);
* *"Q," said NAME, whose group marches under the banner "B".*: Q is NAME's, B no part of it
  (before: one span over both); *A, ROLE at X, said C, but B, ROLE2 at Y, was more cautious,
  arguing that D*: D is B's (before: A's); *Officials involved in the talks said that C*: their
  report (before: nothing).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND58_TRUST` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES
from captemplates52_tributes import _marked, _quote  # (the marks and quotations of round 52)
from captemplates53_readings import PEOPLE

#: Role nouns no list of quotex holds: WordNet's, and hyphenated agent nouns.
OPEN_ROLES = ("plumber", "glazier", "hydrologist", "stonemason", "rate-setter", "fact-checker", "dog-walker")
#: Hyphenated modifiers of a role.
HYPHENED = ("well-known", "self-employed", "long-serving", "part-time", "award-winning", "London-based")
#: Places and the frames that name one with a role.
PLACES = ("Leeds", "Barnford", "Kelmoor")


def _phrase(shape: int, name: str, *, modifier: str, role: str, place: str, c: int) -> tuple[str, Expect]:
    """A sentence of *shape* crediting *name* with the role, and the quotation it credits."""
    quote, clause = _quote(c, c % 3, ","), CLAUSES[c]
    if shape == 0:
        return f"{quote} {modifier} {role} {name} said.", Expect(quote, "direct", name, Contains(role))
    if shape == 1:
        return f"{quote} the {modifier} {role} {name} told reporters.", Expect(
            quote, "direct", name, Contains(role)
        )
    if shape == 2:
        text = f"According to {modifier} {role} {name}, {clause}."
        return text, Expect(clause, "indirect", name, Contains(role))
    if shape == 3:
        text = f"{name}, a {place} {role}, said {clause}."
        return text, Expect(clause, "indirect", name, Contains((role, place)))
    text = f"{quote} said {name}, a {role} based in {place}."
    return text, Expect(quote, "direct", name, Contains((role, place)))


def open_role_titles() -> Iterator[Case]:
    """A role noun no list holds is the title of the name it stands before or after, whatever
    hyphenated modifier, place or participle of place goes with it."""
    for p, r, m, shape in itertools.product(range(4), range(len(OPEN_ROLES)), range(len(HYPHENED)), range(5)):
        name, role, place = PEOPLE[p][0], OPEN_ROLES[r], PLACES[(p + r) % 3]
        if shape >= 3 and (m > 0 or "-" in role):
            # (the place shapes take no modifier; a hyphenated agent noun after an article is a
            # description as often as a role, 'a rule-breaker', and stays untitled there)
            continue
        text, expect = _phrase(shape, name, modifier=HYPHENED[m], role=role, place=place, c=(p + m) % 3)
        wrong = [(expect.content, HYPHENED[m]), (expect.content, role)]
        yield Case("", str(shape), text, [expect], exact=False, wrong_speakers=wrong)


#: Works a research group or a body issues, the frame that names them, and their reporting verbs.
WORKS = (
    ("A preprint posted online on {day}", "suggests", "preprint"),
    (
        "The paper on the eel larvae, published in Estuary Letters on {day},",
        "found",
        "paper on the eel larvae",
    ),
    ("An internal Harbour Board briefing, seen by the Tidewater Courier,", "warned", "Harbour Board"),
)
#: Days a work is dated.
DAYS = ("Monday", "3 May", "Friday")
#: Documents published with no agent, and the bodies their speakers work for.
NOTICES = (("notice", "Customs Service"), ("ruling", "Arbitration Panel"), ("report", "Audit Office"))


def issued_works() -> Iterator[Case]:
    """A work that speaks (a preprint, a paper with its journal, a briefing seen by an outlet, a
    letter to a body) is the speaker, or its author; a person who spoke when a notice was
    published with no agent did not write it."""
    for p, w, c, d in itertools.product(range(4), range(3), range(3), range(3)):
        name, clause, day = PEOPLE[p][0], CLAUSES[c], DAYS[d]
        frame, verb, speaker = WORKS[w]
        text = f"{frame.format(day=day)} {verb} that {clause}."
        yield Case("", f"work{w}", text, [Expect(f"that {clause}", "indirect", speaker)], exact=False)
        text = f"A letter from {name} to the Ferry Users Committee, dated {day}, said {clause}."
        yield Case(
            "",
            "letter",
            text,
            [Expect(clause, "indirect", name)],
            exact=False,
            wrong_speakers=[(clause, "Ferry Users Committee")],
        )
        noun, body = NOTICES[(w + c) % 3]
        quote = _quote(c, p % 3)
        text = (
            f"{name}, director of the {body}, spoke to reporters after the {noun} was published. "
            f"The {noun} stated: {quote}"
        )
        yield Case(
            "",
            "notice",
            text,
            [Expect(quote, "direct", (noun, body))],
            exact=False,
            wrong_speakers=[(quote, name)],
        )


#: Titles that sports desks and journals write, with the role noun each holds.
POSTS = (
    ("{name}, the Olympic 400 metres champion, said {clause}.", "champion"),
    ("{name}, 27, the world indoor long jump champion, said {clause}.", "champion"),
    ("Marlow women's hockey head coach {name} said {clause}.", "head coach"),
    ("Tarnby 2030 bid director {name} said {clause}.", "bid director"),
    ("{name} of the Institute for Coastal Policy said {clause}.", "Institute for Coastal Policy"),
)


def held_posts() -> Iterator[Case]:
    """A post with a number, a year, a descriptive genitive or a body's *for* in it is the title
    of the name it goes with, and no part of it speaks; a *-in-chief* post's head noun refers
    back to its holder."""
    for p, t, c in itertools.product(range(4), range(len(POSTS)), range(3)):
        name, clause = PEOPLE[p][0], CLAUSES[c]
        shape, part = POSTS[t]
        text = shape.format(name=name, clause=clause)
        yield Case("", f"post{t}", text, [Expect(clause, "indirect", name, Contains(part))], exact=False)
    for p, c in itertools.product(range(4), range(3)):
        name, clause, quote = PEOPLE[p][0], CLAUSES[c], _quote(c, p % 3, ",")
        text = f"Marlow women's hockey head coach {name} was blunt: {_quote(c, p % 3)}"
        yield Case(
            "",
            "colon",
            text,
            [Expect(_quote(c, p % 3), "direct", name, Contains(("Marlow", "coach")))],
            exact=False,
        )
        text = f"{name}, editor-in-chief of the Kelby Review, said {clause}. {quote} the editor added."
        yield Case(
            "",
            "in-chief",
            text,
            [Expect(quote, "direct", name)],
            exact=False,
            wrong_speakers=[(quote, "editor")],
        )


def clause_terms() -> Iterator[Case]:
    """A term in marks that a word of the credit's clause introduces is no part of the quotation
    before it; a participle after a second clause whose subject has a bare role in apposition is
    that subject's; officials *involved in* something report."""
    for p, c, m in itertools.product(range(4), range(3), range(3)):
        name, other, clause = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0], CLAUSES[c]
        quote = _quote(c, m, ",")
        banner = _marked("Keep the quay open", m)
        text = f"{quote} said {name}, whose group marches under the banner {banner}."
        yield Case(
            "", "banner", text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=[(banner, name)]
        )
        second = CLAUSES[(c + 1) % 3]
        text = (
            f"{name}, a harbour economist at Tarrow Bank, said {clause}, but {other}, research director at "
            f"the Quayside Institute, was more cautious, arguing that {second}."
        )
        yield Case(
            "",
            "arguing",
            text,
            [Expect(f"that {second}", "indirect", other, Contains("research director"))],
            exact=False,
            wrong_speakers=[(f"that {second}", name)],
        )
        text = f"Officials involved in the talks said that {clause}."
        yield Case(
            "",
            "involved",
            text,
            [Expect(f"that {clause}", "indirect", "Officials involved in the talks")],
            exact=False,
        )


ROUND58_TRUST: tuple[Capability, ...] = (
    named(
        "title.open_role_shapes",
        "6",
        "'C,' well-known plumber NAME said; According to London-based rate-setter NAME, C; a Leeds glazier",
        open_role_titles,
    ),
    named(
        "source.issued_works",
        "3",
        "A preprint posted online suggests C; A letter from NAME to BODY, dated DAY, said C; The notice: Q",
        issued_works,
    ),
    named(
        "title.held_posts",
        "6",
        "NAME, the Olympic 400 metres champion, said C; CITY women's hockey head coach NAME; the editor",
        held_posts,
    ),
    named(
        "marks.clause_terms",
        "2",
        "'Q,' said NAME, whose group marches under the banner 'B'; but B, ROLE at X, ..., arguing that D",
        clause_terms,
    ),
)
