"""Development capabilities added on ``main`` in the thirteenth round (issue 11): a cue that
is the infinitive after another verb's object is the object's report. After an implicative
verb the object said it ('The ruling prompted the county engineer to state, "C."' is the
engineer's, never the ruling's or the subject's); after a directive verb nobody did ('X urged
Y to say that C' is never Y's); a quoting verb's object before *as* and a gerund of saying
speaks ('The Courier quoted Y as saying C', 'X recalled Y as telling staff that C': Y's, never
X's). British forms of address: *Prof* with or without a full stop is a title like *Professor*,
and a peerage (*Baroness*, *Lord*) is no part of the name and no title. People, bodies and
sentences of their own.

``captemplates.py`` adds :data:`ROUND12_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS, Marks
from capkit import Capability, Case, Expect, named, sample

#: (full name, title in apposition or None) of the people whose words are reported.
SPEAKERS = (
    ("Odile Farrant", None),
    ("Kwabena Osei-Tutu", "the county engineer"),
    ("Marit Haugland", None),
    ("Ignacio Beltrán", "the port's harbour master"),
    ("Yusra Qadir", "a senior planner at Dunmore Council"),
    ("Callum Drysdale", None),
)
#: Subjects of the control verb: things, and people (who must never take the quotation).
THINGS = ("The ruling", "Questions from the panel", "The leaked memo", "Pressure from residents")
PEOPLE = ("Tomas Grier", "Agnieszka Wolna")
IMPLICATIVE = ("prompted", "led", "forced", "persuaded", "drove", "spurred")
DIRECTIVE = ("urged", "asked", "invited", "pressed", "encouraged", "challenged")
SPEECH = ("say", "state", "declare", "insist", "admit", "concede", "announce", "warn")
QUOTE = "The bridge will stay closed until the spring."
CLAIM = "the bridge would stay closed until the spring"


def _object(full: str, title: str | None) -> str:
    return full if title is None else f"{full}, {title},"


def _report(frame: str, full: str, title: str | None, marks: Marks, direct: bool) -> tuple[str, Expect]:
    """FRAME, "QUOTE" (direct) or FRAME that CLAIM. (indirect), and the quotation FULL is expected
    to have said, titled with the apposition without its article."""
    want_title = None if title is None else title.removeprefix("the ").removeprefix("a ")
    if direct:
        quote = marks.q(QUOTE)
        return f"{frame}, {quote}", Expect(quote, "direct", full, want_title)
    return f"{frame} that {CLAIM}.", Expect(f"that {CLAIM}", "indirect", full, want_title)


def object_control() -> Iterator[Case]:
    """'SUBJECT IMPLICATIVE OBJECT(, TITLE,) to SAY, "C."' / '... to SAY that C.' -> OBJECT,
    with the apposition as title; a person subject never takes C."""
    combos = itertools.product(SPEAKERS, THINGS + PEOPLE, IMPLICATIVE, SPEECH, MARKS, (True, False))
    for (full, title), subject, verb, say, marks, direct in sample(combos, 360, "object_control"):
        text, expect = _report(
            f"{subject} {verb} {_object(full, title)} to {say}", full, title, marks, direct
        )
        content = QUOTE if direct else CLAIM
        wrong = [(content, subject)] if subject in PEOPLE else []
        yield Case(
            "",
            f"{verb}|{'direct' if direct else 'indirect'}|{'title' if title else 'bare'}",
            text,
            [expect],
            wrong_speakers=wrong,
        )


def directive_not_object() -> Iterator[Case]:
    """'PERSON DIRECTIVE OBJECT to SAY that C.' / '..., "C."' -> never OBJECT's (the object was
    only asked to say it); the subject's directive may be reported, so other quotes may come out."""
    combos = itertools.product(SPEAKERS, PEOPLE, DIRECTIVE, SPEECH[:4], MARKS[:2], (True, False))
    for (full, title), subject, verb, say, marks, direct in sample(combos, 240, "directive_not_object"):
        obj = _object(full, title)
        if direct:
            text = f"{subject} {verb} {obj} to {say}, {marks.q(QUOTE)}"
        else:
            text = f"{subject} {verb} {obj} to {say} that {CLAIM}."
        yield Case(
            "",
            f"{verb}|{'direct' if direct else 'indirect'}",
            text,
            [],
            exact=False,
            wrong_speakers=[(QUOTE if direct else CLAIM, full)],
        )


#: Quoting verbs before 'OBJECT as SAYING', and who uses them.
QUOTERS = (
    ("The Dunmore Courier", "quoted"),
    ("Local radio", "quoted"),
    ("A staff memo", "cited"),
    ("Tomas Grier", "recalled"),
    ("Agnieszka Wolna", "remembered"),
)
GERUNDS = ("saying", "telling staff", "telling reporters", "warning")


def quoted_as_saying() -> Iterator[Case]:
    """'QUOTER QUOTED OBJECT(, TITLE,) as SAYING (that) C' / '..., "C."' -> OBJECT, never the
    quoter."""
    combos = itertools.product(SPEAKERS, QUOTERS, GERUNDS, MARKS, (True, False))
    for (full, title), (quoter, verb), gerund, marks, direct in sample(combos, 300, "quoted_as_saying"):
        text, expect = _report(
            f"{quoter} {verb} {_object(full, title)} as {gerund}", full, title, marks, direct
        )
        yield Case(
            "",
            f"{verb}|{gerund.split()[0]}|{'direct' if direct else 'indirect'}",
            text,
            [expect],
            wrong_speakers=[(QUOTE if direct else CLAIM, quoter.removeprefix("The "))],
        )


#: (written before the name, printed title or None when it is a form of address only).
ADDRESS_FORMS = (
    ("Prof", "Prof"),
    ("Prof.", "Prof."),
    ("Professor", "Professor"),
    ("Baroness", None),
    ("Lord", None),
    ("Dame", None),
    ("Dr", None),
)
SCHOLARS = (("Priya Nair", "Nair"), ("Eamon Costigan", "Costigan"), ("Wanjiru Kamau", "Kamau"))


def british_address_forms() -> Iterator[Case]:
    """'"C," said FORM NAME.' / 'FORM NAME said C.' / '... said FORM NAME, ROLE at BODY.' -> NAME
    without the form; *Prof* (with or without a full stop) is a title like *Professor*, a peerage
    or honorific is none, and an apposition after a peer's name is the title."""
    role = "a former cabinet minister"
    combos = itertools.product(ADDRESS_FORMS, SCHOLARS, MARKS, ("after", "before", "apposition"))
    for (form, title), (full, _), marks, shape in sample(combos, 240, "british_address_forms"):
        if shape == "apposition" and title is not None:
            continue  # (which of a title before the name and an apposition to print is not pinned here)
        quote = marks.q("We are not there yet,")
        if shape == "after":
            text, expect = f"{quote} said {form} {full}.", Expect(quote, "direct", full, title)
        elif shape == "before":
            text = f"{form} {full} said {CLAIM}."
            expect = Expect(CLAIM, "indirect", full, title)
        else:
            text = f"{quote} said {form} {full}, {role}."
            expect = Expect(quote, "direct", full, "former cabinet minister")
        yield Case("", f"{form}|{shape}", text, [expect])


ROUND12_MAIN: tuple[Capability, ...] = (
    named(
        "speaker.object_control",
        "4",
        'X prompted/led/forced Y to say, "C." / to say that C: Y (titled), never X',
        object_control,
    ),
    named(
        "speaker.directive_not_object",
        "4",
        "X urged/asked/pressed Y to say that C: never Y's (Y was only asked to)",
        directive_not_object,
    ),
    named(
        "speaker.quoted_as_saying",
        "4",
        "X quoted/cited/recalled Y as saying C: Y (titled), never X",
        quoted_as_saying,
    ),
    named(
        "names.british_address_forms",
        "5",
        "said Prof/Baroness/Lord NAME(, ROLE): NAME; Prof a title, a peerage none, the apposition the title",
        british_address_forms,
    ),
)
