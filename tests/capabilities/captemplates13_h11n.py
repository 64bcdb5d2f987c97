"""Development capabilities of branch h11n (round 14): names with a lower-case particle joined
by a hyphen (*Samira al-Khatib*, *Omar el-Gamal*) or written before the surname (*abu*, *bint*,
*ould*) stay whole at every mention, later ones included (*al-Khatib said*, *Al-Khatib said*,
*Khatib said*, a transcript's *AL-KHATIB:*); a body's long name runs on over *for* (*the Agency
for Coastal Safety and Flood Defence*, *the Society for the Care of Old Boats*, *the Fund for
Farmers' Widows*); a transcript label with an honorific (*MS. LINDQVIST:*, *MR. MORETTI:*) is
the person the introduction named, even when the census reads the given name as the other
sex's (*Andrea*, *Nicola*: men in Italian); an -ing participle's object before a comma
(*Shaking his head, NAME said*) is no title; a portfolio that is also a verb form (*head of
claims*) is still a title. People, bodies and sentences of their own.

``captemplates.py`` adds :data:`ROUND13_H11N` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, the surname as a later mention writes it, gender word).
PARTICLE_NAMES = (
    ("Samira al-Khatib", "al-Khatib", "her"),
    ("Omar el-Gamal", "el-Gamal", "his"),
    ("Nasser ad-Dabbagh", "ad-Dabbagh", "his"),
    ("Rania ash-Shami", "ash-Shami", "her"),
    ("Karim abu Haddad", "abu Haddad", "his"),
    ("Mariem bint Salem", "bint Salem", "her"),
    ("Sidi ould Brahim", "ould Brahim", "his"),
)
VERBS = ("said", "told reporters", "added", "insisted", "warned")
QUOTES = (
    "The pumps were switched off a week too early,",
    "Nobody at the depot was told about the inspection,",
    "We will publish every invoice by the end of the month,",
)
CLAIM = "the depot would reopen in the spring"


def _later(surname: str, capital: bool) -> str:
    return surname[:1].upper() + surname[1:] if capital else surname


def particle_names() -> Iterator[Case]:
    """'"C," NAME VERB.' / '"C," said NAME.' / 'NAME VERB: "C."' / 'ROLE, NAME, said C.' / 'NAME arrived. "C,"
    SURNAME said.' / 'NAME arrived. Surname said C.' -> the full NAME, never its last word."""
    shapes = ("after", "inverted", "before", "role", "later", "later_capital", "bare_later")
    combos = itertools.product(PARTICLE_NAMES, VERBS, QUOTES, MARKS, shapes)
    for (full, surname, _), verb, quote, marks, shape in sample(combos, 260, "h11n_particle_names"):
        q = marks.q(quote)
        if shape == "after":
            text, expect = f"{q} {full} {verb}.", Expect(q, "direct", full)
        elif shape == "inverted":
            text, expect = f"{q} said {full}.", Expect(q, "direct", full)
        elif shape == "before":
            q = marks.q(quote.rstrip(",") + ".")
            text, expect = f"{full} {verb}: {q}", Expect(q, "direct", full)
        elif shape == "role":
            text = f"The depot's manager, {full}, said {CLAIM}."
            expect = Expect(CLAIM, "indirect", full)
        elif shape == "bare_later":
            if "-" not in surname:
                continue
            bare = surname.split("-", 1)[1]
            text = f"{full} visited the depot on Monday. {bare} said {CLAIM}."
            expect = Expect(CLAIM, "indirect", full)
        else:
            later = _later(surname, shape == "later_capital")
            if shape == "later":
                text = f"{full} visited the depot on Monday. {q} {later} said."
                expect = Expect(q, "direct", full)
            else:
                text = f"{full} visited the depot on Monday. {later} said {CLAIM}."
                expect = Expect(CLAIM, "indirect", full)
        content = CLAIM if expect.kind == "indirect" else quote.rstrip(",")
        wrong = [(content, full.split()[-1]), (content, full.split()[0])]
        yield Case("", f"{shape}|{surname.split()[0].split('-')[0]}", text, [expect], wrong_speakers=wrong)


#: Bodies whose names run on over *for* (and an *and*, a possessive or *for the ... of*).
FOR_BODIES = (
    "Agency for Coastal Safety and Flood Defence",
    "Office for Water and Sewerage Standards",
    "Society for the Care of Old Boats",
    "Fund for Farmers' Widows",
    "Council for Arts and Heritage",
    "Centres for Animal Health and Welfare",
    "Institute for Rural Transport",
)
PEOPLE = ("Ines Halloran", "Bartosz Wielgus", "Thandiwe Mokoena", "Ruairi Fennelly")


def for_bodies() -> Iterator[Case]:
    """'The BODY said on Tuesday that C.' / '"C," the BODY said.' -> BODY whole; 'NAME of the
    BODY said: "C."' / 'The head of the BODY, NAME, said: "C."' -> NAME."""
    shapes = ("subject", "after", "member", "head")
    combos = itertools.product(FOR_BODIES, PEOPLE, QUOTES, MARKS, shapes)
    for body, person, quote, marks, shape in sample(combos, 220, "h11n_for_bodies"):
        q = marks.q(quote)
        closed = marks.q(quote.rstrip(",") + ".")
        if shape == "subject":
            text, expect = (
                f"The {body} said on Tuesday that {CLAIM}.",
                Expect(f"that {CLAIM}", "indirect", body),
            )
        elif shape == "after":
            text, expect = f"{q} the {body} said in a statement.", Expect(q, "direct", body)
        elif shape == "member":
            text, expect = f"{person} of the {body} said: {closed}", Expect(closed, "direct", person)
        else:
            text, expect = (
                f"The head of the {body}, {person}, said: {closed}",
                Expect(closed, "direct", person),
            )
        tail = body.split()[-1]
        content = CLAIM if shape == "subject" else quote.rstrip(",")
        yield Case("", f"{shape}|{body.split()[0]}", text, [expect], wrong_speakers=[(content, tail)])


#: (introduced full name, honorific, label surname in capitals).
LABELLED = (
    ("Andrea Moretti", "MR.", "MORETTI"),
    ("Nicola Bellandi", "MR.", "BELLANDI"),
    ("Greta Lindqvist", "MS.", "LINDQVIST"),
    ("Tobias Eckhart", "DR.", "ECKHART"),
    ("Samira al-Khatib", "MS.", "AL-KHATIB"),
    ("Patrice Ngoma", "MR.", "NGOMA"),
)
QUESTIONER = ("Helen Ashdown", "MS.", "ASHDOWN")
ANSWERS = (
    "The contract was signed before I arrived.",
    "We told the council twice and heard nothing back.",
)


def honorific_labels() -> Iterator[Case]:
    """'Q questioned A at the hearing. From the record:\\n\\nMS. Q: ...\\n\\nMR. A: ANSWER' -> A's
    full name (a person), whatever the census says of the given name."""
    combos = itertools.product(LABELLED, ANSWERS, ("hearing", "tribunal", "inquest"))
    for (full, honorific, label), answer, place in sample(combos, 60, "h11n_honorific_labels"):
        q_full, q_hon, q_label = QUESTIONER
        text = (
            f"{q_full} questioned {full} at the {place} in Dunmore. From the record:\n\n"
            f"{q_hon} {q_label}: What did you know about the contract?\n\n"
            f"{honorific} {label}: {answer}"
        )
        expect = Expect(answer, "direct", full, speaker_kind="person")
        yield Case("", f"{honorific}|{label}", text, [expect], exact=False)


#: Participle clauses whose object is a role noun or a body part written like one.
PARTICIPLES = ("Shaking her head", "Nodding his head", "Scratching his head", "After thanking the chairman")
ROLE_PORTFOLIOS = ("head of claims", "head of lending", "director of returns", "chief of operations")


def participle_objects() -> Iterator[Case]:
    """'PARTICIPLE OBJECT, NAME said: "C."' -> NAME with no title; '"C," NAME, ROLE of
    PORTFOLIO at BODY, said.' -> the role is the title even when the portfolio is a verb form."""
    combos = itertools.product(PEOPLE, QUOTES, MARKS, PARTICIPLES + ROLE_PORTFOLIOS)
    for person, quote, marks, frame in sample(combos, 160, "h11n_participle_objects"):
        if frame in PARTICIPLES:
            closed = marks.q(quote.rstrip(",") + ".")
            text = f"{frame}, {person} said: {closed}"
            expect = Expect(closed, "direct", person, None)
        else:
            q = marks.q(quote)
            text = f"{q} {person}, {frame} at Carrow Mutual, said on Monday."
            expect = Expect(q, "direct", person, f"{frame} at Carrow Mutual")
        yield Case("", frame.split()[0], text, [expect], exact=False)


ROUND13_H11N: tuple[Capability, ...] = (
    named(
        "names.hyphen_particles",
        "5",
        "NAME al-X / el-X / abu X: the whole name at every mention (al-X, Al-X, X said later)",
        particle_names,
    ),
    named(
        "speaker.for_bodies",
        "5",
        "the Office for A and B / Fund for Farmers' Widows / Society for the C of D: the whole body",
        for_bodies,
    ),
    named(
        "transcript.honorific_labels",
        "5",
        "MR./MS./DR. SURNAME: the person named before, even Andrea/Nicola as men",
        honorific_labels,
    ),
    named(
        "titles.participle_objects",
        "5",
        "Shaking his head, NAME said: no title; NAME, head of claims at X: the title",
        participle_objects,
    ),
)
