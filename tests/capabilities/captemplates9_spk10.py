"""Development capabilities of helper spk10's round (issue 11, speakers a fact-checker can
trust): one generator per mechanism, with people, bodies and sentences of their own (none from
the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND9_SPK10` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import ANY, Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, a hyphenated one, particles, a role-word surname.
PEOPLE9 = (
    _p("Oriel Fanshawe", "Fanshawe", "f", "plain"),
    _p("Casimir Holloway", "Holloway", "m", "plain"),
    _p("Ngozi Adebayo-Clarke", "Adebayo-Clarke", "f", "hyphenated"),
    _p("Lorenzo di Vaio", "di Vaio", "m", "particles"),
    _p("Perpetua Mayor", "Mayor", "f", "role surname"),
    _p("Tancredi Oyelaran", "Oyelaran", "m", "non-Anglo"),
)

#: Clauses reported in this file (our own).
CLAUSES9 = (
    "the ferry levy would be scrapped",
    "the dock strike would end by Friday",
    "the quarry road was never safe",
    "the river wall would be raised next year",
)

#: Direct quotations (no final punctuation: the template adds it).
QUOTES9 = ("We will appeal the ruling", "Nobody asked the pilots", "The tender was rigged from the start")


# -- a role word that names a body ------------------------------------------------------------

#: Bodies whose name is a role word and a body noun: (as written after *the*, canonical name).
ROLE_BODIES9 = (
    ("Justice Department", "Justice Department"),
    ("Justice Ministry", "Justice Ministry"),
    ("Republican Party", "Republican Party"),
    ("Justice Committee", "Justice Committee"),
)
#: Other bodies with the same body noun, one per role body (a name they must not be merged into).
OTHER_BODIES9 = (
    ("State Department", "Labor Department"),
    ("Finance Ministry", "Transport Ministry"),
    ("Harbour Party", "Green Party"),
    ("Finance Committee", "Ethics Committee"),
)


def role_named_body() -> Iterator[Case]:
    """`The Justice Department said C. "Q," the State Department said.`: a role word right before
    a body noun is part of the body's name, never a title with the body noun as a name; so the
    two bodies stay two speakers, each with no title."""
    combos = itertools.product(range(len(ROLE_BODIES9)), (0, 1), range(len(CLAUSES9)), DOUBLE_MARKS, (0, 1))
    for b, o, k, m, order in sample(combos, 96, "spk10-role-body"):
        body, name = ROLE_BODIES9[b]
        other = OTHER_BODIES9[b][o]
        clause, quote = CLAUSES9[k], m.q(QUOTES9[k % len(QUOTES9)] + ",")
        first, second = (body, other) if order == 0 else (other, body)
        text = f"The {first} said {clause}. {quote} the {second} said."
        expects = [
            Expect(clause, "indirect", first if order else name, None, "organization"),
            Expect(quote, "direct", name if order else second, None, "organization"),
        ]
        yield Case("", "spk10-role-body", text, expects)
    for p, b, k in sample(
        itertools.product(PEOPLE9, range(len(ROLE_BODIES9)), range(len(CLAUSES9))),
        24,
        "spk10-role-body-title",
    ):
        body = ROLE_BODIES9[b][0]
        text = f"{body} lawyer {p.full} said {CLAUSES9[k]}."
        yield Case(
            "", "spk10-role-body-title", text, [Expect(CLAUSES9[k], "indirect", p.full, f"{body} lawyer")]
        )


# -- a fronted place or name before the subject ----------------------------------------------

#: Fronted adverbials that end on a name, then a comma (the subject follows).
FRONTED9 = (
    "At a packed meeting in Carrickmore,",
    "In the days before the vote at Stenhouse Hall,",
    "Outside the depot in Port Ellery,",
    "After a long night at the Granary Arms,",
    "During the hearing at Westlake Crown Court,",
    "Near the old quay in Aldwick,",
)
#: Unnamed subjects: (phrase, speaker quotex prints).
SUBJECTS9 = (
    ("a retired nurse", "retired nurse"),
    ("two dockers", "two dockers"),
    ("a group of fishermen", "group of fishermen"),
    ("the harbour master", "harbour master"),
    ("several residents", "several residents"),
)
#: Cue verbs after the subject.
CUES9 = ("said", "warned", "told reporters", "insisted")


def fronted_name() -> Iterator[Case]:
    """`At a meeting in Carrickmore, a retired nurse said C.`: a name that ends a fronted
    prepositional phrase is no subject, and the unnamed phrase after its comma, not closed by a
    comma of its own, is no apposition of it: it speaks. Controls: a person after the fronted
    phrase speaks, and an apposition closed by a comma still titles the name before it."""
    combos = itertools.product(FRONTED9, SUBJECTS9, CUES9, range(len(CLAUSES9)))
    for front, (subject, printed), cue, k in sample(combos, 160, "spk10-fronted"):
        clause = CLAUSES9[k]
        text = f"{front} {subject} {cue} that {clause}."
        yield Case("", "spk10-fronted", text, [Expect(f"that {clause}", "indirect", printed)])
    for front, p, cue, k in sample(
        itertools.product(FRONTED9, PEOPLE9, CUES9, range(len(CLAUSES9))), 48, "spk10-fronted-person"
    ):
        clause = CLAUSES9[k]
        text = f"{front} {p.full} {cue} that {clause}."
        yield Case("", "spk10-fronted-person", text, [Expect(f"that {clause}", "indirect", p.full, None)])
    for p, k in sample(itertools.product(PEOPLE9, range(len(CLAUSES9))), 24, "spk10-fronted-apposition"):
        clause = CLAUSES9[k]
        text = f"{p.full}, a retired nurse, said that {clause}."
        yield Case(
            "", "spk10-apposition", text, [Expect(f"that {clause}", "indirect", p.full, "retired nurse")]
        )


# -- a relative's surname ---------------------------------------------------------------------

#: Families: (principal's full name, principal's gender, relative's first name, kin noun).
FAMILIES9 = (
    ("Casimir Holloway", "m", "Agnetha", "wife"),
    ("Oriel Fanshawe", "f", "Bartholomew", "husband"),
    ("Tancredi Oyelaran", "m", "Folasade", "daughter"),
    ("Ngozi Adebayo-Clarke", "f", "Emeka", "son"),
    ("Leopold Marchetti", "m", "Giulia", "sister"),
)
#: How the relative is introduced, with the principal's possessive (HIS) and the relative (REL).
KIN_FRAMES9 = ("HIS KIN, REL, joined the tour on Tuesday.", "REL, HIS KIN, stood beside the stage.")


def relative_surname() -> Iterator[Case]:
    """`Casimir Holloway ran the port. His wife, Agnetha Holloway, joined the tour. "Q," Holloway
    said.`: a relative introduced by a kinship noun is named by first name afterwards; a bare
    surname stays with the person the family is written about. Controls: an honorific of the
    relative's gender names the relative, and a relative named in full more often than the
    principal keeps the surname."""
    combos = itertools.product(range(len(FAMILIES9)), KIN_FRAMES9, range(len(QUOTES9)), DOUBLE_MARKS)
    for f, frame, k, m in sample(combos, 60, "spk10-kin"):
        principal, gender, first, kin = FAMILIES9[f]
        surname = principal.split()[-1]
        relative = f"{first} {surname}"
        his = "His" if gender == "m" else "Her"
        intro = frame.replace("HIS", his if frame.startswith("HIS") else his.lower()).replace("KIN", kin)
        intro = intro.replace("REL", relative)
        quote = m.q(QUOTES9[k] + ",")
        text = f"{principal} ran the harbour board for a decade. {intro} {quote} {surname} said."
        yield Case("", "spk10-kin", text, [Expect(quote, "direct", principal, None, "person")])
    for f, k in sample(itertools.product(range(len(FAMILIES9)), range(len(QUOTES9))), 15, "spk10-kin-more"):
        principal, gender, first, kin = FAMILIES9[f]
        surname = principal.split()[-1]
        relative = f"{first} {surname}"
        quote = QUOTES9[k]
        text = (
            f"{principal} died in March. {relative}, the {kin} of the late skipper, has run the yard since. "
            f'{relative} met the council on Monday. "{quote}," {surname} said.'
        )
        yield Case("", "spk10-kin-more", text, [Expect(f'"{quote},"', "direct", relative, ANY, "person")])


ROUND9_SPK10: tuple[Capability, ...] = (
    named(
        "names.role_named_body",
        "6",
        'The Justice Department said C. "Q," the State Department said. (two bodies, no title)',
        role_named_body,
    ),
    named(
        "source.fronted_name",
        "4",
        "At a meeting in PLACE, a retired nurse said C (the nurse, not PLACE)",
        fronted_name,
    ),
    named(
        "speaker.relative_surname",
        "4",
        'NAME ran X. His wife, REL, joined. "Q," SURNAME said. (NAME, not the relative)',
        relative_surname,
    ),
)

__all__ = ["ROUND9_SPK10"]
