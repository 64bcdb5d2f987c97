"""Development capabilities added on main in the fortieth round.

* *Of the three GROUP, two said C. "Q," a third said.*: a count is no noun an ordinal borrows
  (before: the speaker *third two*);
* *Most of the GROUP said C, but one, NAME, VERBED: "Q"*: a colon frame after an apposed name
  opens a report of its own, whatever its verb (before: one mixed quotation, all the group's);
* *A, a ROLE, and B, a ROLE2, both spoke. "Q," PRONOUN said.*: two persons of one coordinated
  subject stand level, so the one whose gender agrees is the speaker, and none when neither
  shows a gender (before: A, the first, even against B's gender);
* *"Q1," A said. / The council has asked B, a ROLE, to look at it. / "Q2," PRONOUN added.*: a
  person named only as a verb's object takes no turn from the speaker who goes on (before: B);
* *The Office of the Ombudsman for Children and Young People said C.*, *the Office of the
  Commissioner for Older People*, *the Commission for Rail, Road and Canal Safety*, *a letter
  from the Ministry of Rural Affairs and Upland Development that said C*: a body's name whole
  (before: *Young People*, *Office*, *Canal Safety*, *Upland Development*);
* *The report, written by NAME for the BODY, said C.*: a long participle's aside (before: no
  quotation);
* *Reactions from PLACE: / NAME (craft): C. / NAME, AGE, craft: C.*: a roundup's credit line
  before an unmarked quotation (before: nothing);
* *In the words of NAME, a ROLE in PLACE: "Q"*: the colon closes the source's apposition (before:
  a mixed quotation that held the role);
* *C, senior regional rail safety officer NAME said.*, *Director of rural public health NAME
  said C.*, *Deputy county highways commissioner NAME said C.*: long titles before a name (before:
  no quotation, the title in the name, or only *commissioner*);
* *Jaswinder Kaur Dhillon said C.*: a given name before *Kaur* or *Singh* is no role (before:
  the speaker *Kaur Dhillon*, titled *Jaswinder*).

People, places and bodies of our own. ``captemplates.py`` adds :data:`ROUND39_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

#: Given names that no first-name list of quotex holds (no gender evidence), with surnames.
UNKNOWN = (("Tiriel Vasquenne", "Tiriel"), ("Oskana Bredvik", "Oskana"), ("Vaiari Tehotu", "Vaiari"))
#: People whose listed first name shows their gender: (full name, surname, pronoun).
KNOWN = (
    ("Margaret Holloway", "Holloway", "she"),
    ("Gerald Ashcombe", "Ashcombe", "he"),
    ("Harriet Lindqvist", "Lindqvist", "she"),
    ("Walter Pennick", "Pennick", "he"),
)
PLACES = ("Port Ardwick", "Glen Tarrow", "Santa Morvela")
GROUPS = ("nurses at the clinic", "drivers at the depot", "stallholders on the quay")
CRAFTS = ("thatcher", "sign writer", "net mender", "wheelwright")
#: Verbs of a colon frame that no verb list need hold.
FRAME_VERBS = ("deadpanned", "scoffed", "grumbled", "drawled")


def _combos() -> Iterator[tuple[int, int, int, tuple[str, str]]]:
    return itertools.product(range(4), range(3), range(3), MARKS)


def ordinal_after_count() -> Iterator[Case]:
    """Of the three GROUP, two said C. "Q," a third said. -> C *two*'s, Q *a third*'s."""
    for p, g, k, (o, c) in sample(_combos(), 100, "r39main-ordinal"):
        q = f"{o}{QUOTES[k]},{c}"
        lead = ("Of the three", "Of the four", "Among the three")[(p + g) % 3]
        text = f"{lead} {GROUPS[g]}, two said {CLAUSES[k]}. {q} a third said."
        yield Case(
            "", lead, text, [Expect(CLAUSES[k], "indirect", "two"), Expect(q, "direct", ("a third", "third"))]
        )


def apposed_colon_frame() -> Iterator[Case]:
    """Most of the GROUP said C, but one, NAME, VERBED: "Q." -> C the group's, Q NAME's (no title)."""
    for p, g, k, (o, c) in sample(_combos(), 120, "r39main-apposed"):
        name = KNOWN[p][0]
        verb = FRAME_VERBS[(p + k) % len(FRAME_VERBS)]
        q = f"{o}{QUOTES[k]}.{c}"
        group = f"Most of the {GROUPS[g]}"
        text = f"{group} said {CLAUSES[k]}, but one, {name}, {verb}: {q}"
        expects = [Expect(CLAUSES[k], "indirect", group), Expect(q, "direct", name, title=None)]
        yield Case("", verb, text, expects, wrong_speakers=[(q, group)])


def joined_subjects() -> Iterator[Case]:
    """A, a CRAFT, and B, a CRAFT2, both spoke on DAY. "Q," PRONOUN said. -> B when only B's
    first name shows a gender (whichever comes first); no speaker when neither does."""
    for p, g, k, (o, c) in sample(_combos(), 120, "r39main-joined"):
        unknown, _ = UNKNOWN[g]
        known, _, pronoun = KNOWN[p]
        q = f"{o}{QUOTES[k]},{c}"
        craft, craft2 = CRAFTS[p], CRAFTS[(p + 1) % 4]
        if k < 2:
            a, b = (unknown, known) if k == 0 else (known, unknown)
            text = f"{a}, a {craft}, and {b}, a {craft2}, both spoke on Monday. {q} {pronoun} said."
            yield Case("", f"known-{k}", text, [Expect(q, "direct", known)], wrong_speakers=[(q, unknown)])
        else:
            other = UNKNOWN[(g + 1) % 3][0]
            text = f"{unknown} and {other} inspected the roof on Monday. {q} {pronoun} said."
            yield Case("", "neither", text, [Expect(q, "direct", None)])


def object_takes_no_turn() -> Iterator[Case]:
    """ "Q1," A said. / The council has asked B, a CRAFT, to look at the plans. / "Q2," PRONOUN
    added. -> Q2 A's (B of the same gender, named only as the object)."""
    for p, g, k, (o, c) in sample(_combos(), 100, "r39main-object-turn"):
        a, _, pronoun = KNOWN[p]
        b = KNOWN[(p + 2) % 4][0]  # (the same gender as A)
        q1, q2 = f"{o}{QUOTES[k]},{c}", f"{o}{QUOTES[(k + 1) % 3]},{c}"
        body = ("The council", "The harbour board", "The trust")[g]
        asked = f"{body} has asked {b}, a {CRAFTS[p]}, to look at the plans."
        text = f"{q1} {a} said.\n\n{asked}\n\n{q2} {pronoun} added."
        yield Case(
            "", body, text, [Expect(q1, "direct", a), Expect(q2, "direct", a)], wrong_speakers=[(q2, b)]
        )


#: Bodies whose names hold *and*, a role with its portfolio, or a list of areas.
WHOLE_BODIES = (
    "Office of the Ombudsman for Children and Young People",
    "Office of the Commissioner for Older People",
    "Commission for Rail, Road and Canal Safety",
    "Ministry of Rural Affairs and Upland Development",
    "Agency for Ports, Piers and Harbours",
)


def whole_body_names() -> Iterator[Case]:
    """The BODY said C. / A letter from the BODY that said C. / C, the BODY said. -> the whole
    name (or the letter), never its last words."""
    for p, g, k, _marks in sample(_combos(), 120, "r39main-bodies"):
        body = WHOLE_BODIES[(p + g) % len(WHOLE_BODIES)]
        clause = CLAUSES[k]
        tail = body.split()[-2] + " " + body.split()[-1]
        if k == 0:
            text = f"The {body} said {clause}."
            accepted: tuple[str, ...] = (body,)
        elif k == 1:
            text = f"{KNOWN[p][0]} signed a letter from the {body} that said {clause}."
            accepted = (body, "letter", f"letter from the {body}")
        else:
            text = f"In a statement on Monday, the {body} said {clause}."
            accepted = (body,)
        yield Case(
            "", f"shape{k}", text, [Expect(clause, "indirect", accepted)], wrong_speakers=[(clause, tail)]
        )


def authored_report() -> Iterator[Case]:
    """The report, written by NAME for the BODY, said C. -> C reported (the report, NAME or the body)."""
    for p, g, k, _marks in sample(_combos(), 80, "r39main-authored"):
        name = KNOWN[p][0]
        body = WHOLE_BODIES[(g + k) % len(WHOLE_BODIES)]
        verb = ("written", "prepared", "compiled")[k]
        text = f"The report, {verb} by {name} for the {body}, said {CLAUSES[k]}."
        yield Case("", verb, text, [Expect(CLAUSES[k], "indirect", ("report", name, body))])


def unmarked_credit_lines() -> Iterator[Case]:
    """Reactions from PLACE: / NAME (CRAFT): C. / NAME, AGE: C. / NAME, AGE, CRAFT: C. -> each
    line's words its person's (direct), the craft a title."""
    for p, g, k, _marks in sample(_combos(), 120, "r39main-creditline"):
        name, other = KNOWN[p][0], KNOWN[(p + 1) % 4][0]
        craft = CRAFTS[g]
        s1, s2 = f"{QUOTES[k]}.", f"{QUOTES[(k + 1) % 3]}."
        head = f"Reactions from {PLACES[g]}:\n\n"
        if k == 0:
            text = f"{head}{name} ({craft}): {s1}\n\n{other} ({CRAFTS[3]}): {s2}"
            expects = [
                Expect(s1, "direct", name, title=Contains((craft,))),
                Expect(s2, "direct", other, title=Contains((CRAFTS[3],))),
            ]
        elif k == 1:
            text = f"{head}{name}, 47: {s1}"
            expects = [Expect(s1, "direct", name)]
        else:
            text = f"{head}{name}, 61, retired {craft}: {s1}"
            expects = [Expect(s1, "direct", name, title=Contains((craft,)))]
        yield Case("", f"shape{k}", text, expects)


def words_of_apposed() -> Iterator[Case]:
    """In the words of NAME, a CRAFT in PLACE: "Q." -> Q whole (direct), NAME's."""
    for p, g, k, (o, c) in sample(_combos(), 80, "r39main-words-of"):
        name = KNOWN[p][0]
        q = f"{o}{QUOTES[k]}.{c}"
        text = f"In the words of {name}, a {CRAFTS[g]} in {PLACES[g]}: {q}"
        yield Case("", CRAFTS[g], text, [Expect(q, "direct", name, title=Contains((CRAFTS[g],)))])


def long_pre_titles() -> Iterator[Case]:
    """C, senior regional rail safety officer NAME said. / Director of rural public health NAME
    said C. / Deputy county highways commissioner NAME said C. -> NAME, the title whole."""
    for p, g, k, _marks in sample(_combos(), 120, "r39main-pretitles"):
        name = UNKNOWN[g][0] if p % 2 else KNOWN[p][0]
        clause = CLAUSES[k]
        if k == 0:
            title = "senior regional rail safety officer"
            text = f"{clause[0].upper()}{clause[1:]}, {title} {name} said."
            content = f"{clause[0].upper()}{clause[1:]}"
        elif k == 1:
            title = "Director of rural public health"
            text, content = f"{title} {name} said {clause}.", clause
        else:
            title = "Deputy county highways commissioner"
            text, content = f"{title} {name} said {clause}.", clause
        yield Case("", f"shape{k}", text, [Expect(content, "indirect", name, title=Contains((title,)))])


#: Sikh given names, none in a first-name list, and family names.
SIKH = (("Jaswinder", "Kaur", "Dhillon"), ("Harpreet", "Singh", "Sandhu"), ("Balwinder", "Kaur", "Grewal"))


def given_before_kaur() -> Iterator[Case]:
    """GIVEN Kaur|Singh FAMILY said C. ... FAMILY added that C2. -> the full name, no title."""
    for _p, g, k, _marks in sample(_combos(), 60, "r39main-kaur"):
        given, middle, family = SIKH[g]
        full = f"{given} {middle} {family}"
        c1, c2 = CLAUSES[k], CLAUSES[(k + 1) % 3]
        text = f"{full} said {c1}. {family} added that {c2}."
        yield Case(
            "",
            middle,
            text,
            [Expect(c1, "indirect", full, title=None), Expect(f"that {c2}", "indirect", full, title=None)],
        )


ROUND39_MAIN: tuple[Capability, ...] = (
    named(
        "counted.ordinal_after_count",
        "2",
        'Of the three, two said C. "Q," a third said.',
        ordinal_after_count,
    ),
    named("cue.apposed_colon_frame", "1", 'but one, NAME, deadpanned: "Q": NAME', apposed_colon_frame),
    named(
        "pronoun.joined_subjects", "4", "A and B both spoke. he said: the one that agrees", joined_subjects
    ),
    named(
        "pronoun.object_takes_no_turn", "4", "asked B to look. she added: the speaker", object_takes_no_turn
    ),
    named(
        "bodies.whole_names", "5", "The Office of the Commissioner for Older People said C", whole_body_names
    ),
    named("documents.authored_report", "5", "The report, written by NAME for BODY, said C", authored_report),
    named("roundups.unmarked_credit_lines", "3", "NAME (craft): C.: NAME's, direct", unmarked_credit_lines),
    named("according_to.words_of_apposed", "3", 'In the words of NAME, a CRAFT: "Q"', words_of_apposed),
    named(
        "titles.long_pre_titles", "6", "C, senior regional rail safety officer NAME said.", long_pre_titles
    ),
    named("names.given_before_kaur", "5", "Jaswinder Kaur Dhillon said C.: the full name", given_before_kaur),
)
