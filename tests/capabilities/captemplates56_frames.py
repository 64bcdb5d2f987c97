"""Development capabilities added on main in the fifty-sixth round: styles of address, a body's
ruling, portfolios and services joined by *and*, names set off inside an object, a kin noun's
possessive, first names that a clause shows to be a person's, dated documents and colon frames.

* *The rector, the Rev. NAME, said C* and *said the bishop of X, the Rt. Rev. NAME*: NAME, titled
  with the post (before: the post's words, or *Rt* as the speaker); *Sister NAME ... the nun said*:
  NAME (before: *nun*);
* *The High Court in X ruled that C*: the court's report (before: nothing);
* *Migration and Asylum Minister NAME*, *X Fire and Rescue station manager NAME*, *a station
  manager with X Fire and Rescue*: the whole portfolio or service (before: cut at *and*); *Kent
  and Medway Police spokeswoman NAME*: one speaker (before: *Kent Tovey; NAME*);
* *heard from NAME, a ROLE from PLACE, who said C*: NAME (before: the description);
  *According to the recording, the first officer, NAME, said: "Q."*: NAME's quotation and no
  report of the name (before: the recording's report of *NAME*); *A transcript shows the ROLE,
  NAME, telling X: "Q."*: NAME (before: the transcript);
* *A lost her wife B in the crash at PLACE. She said C.*: A (before: B, the kin noun's holder);
  *NAME, who asked ..., arrived. "Q," he said.* for a given name the lists lack: NAME (before:
  nobody); *A former nurse from PLACE, NAME now ...*: the description is the title;
* *A bulletin issued by BODY on 2 June warned that C*: not *June*;
* *chanted "S" as NAME, ROLE, arrived*: the chant alone; *disputed that: "Q."*: a direct
  quotation; *About 14,000 homes were without power, NAME said*: the report; *the union official*
  after *national officer of the X Union*: that officer; *NAME, went further: "Q."*: no title
  *went further*.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND56_FRAMES` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES
from captemplates52_tributes import _quote  # (the marks and quotations of round 52)
from captemplates53_readings import PEOPLE

#: (style, post before the name) of a cleric named in apposition.
STYLES = (
    ("the Rev.", "rector"),
    ("the Most Rev.", "archbishop of Hallam"),
    ("the Rt. Rev.", "bishop of Orrin"),
)
#: (form of address, the broad noun a later reference uses).
ORDERS = (("Sister", "nun"), ("Brother", "monk"), ("Pastor", "pastor"))
#: Courts and tribunals that rule.
COURTS = ("The High Court in Varrow", "The Orrin Court of Appeal", "The employment tribunal")
#: Posts whose portfolio or service holds an *and*.
JOINED_POSTS = (
    "Migration and Asylum Minister",
    "Trade and Industry Secretary",
    "Calder Fire and Rescue station manager",
    "Kent and Medway Police spokeswoman",
)
#: Documents and the bodies that issue them.
BULLETINS = (
    ("A safety bulletin", "the Marine Accident Board"),
    ("An interim report", "the Rail Inquiry Panel"),
)


def styled_clergy() -> Iterator[Case]:
    """A style of address after a post's comma, before or after the cue: the name speaks."""
    for p, s, c, shape in itertools.product(range(4), range(3), range(3), range(2)):
        name = PEOPLE[p][0]
        style, post = STYLES[s]
        if shape:
            quote = _quote(c, p % 3, ",")
            text = f"{quote} said the {post}, {style} {name}."
            expect = Expect(quote, "direct", name, Contains(post.split(" of ")[0]))
        else:
            clause = CLAUSES[c]
            text = f"The {post}, {style} {name}, said {clause}."
            expect = Expect(clause, "indirect", name, Contains(post.split(" of ")[0]))
        yield Case("", str(s), text, [expect], exact=False, wrong_speakers=[(expect.content, "Rt")])


def religious_orders() -> Iterator[Case]:
    """A later reference by the broad noun of a form of address names the one so addressed."""
    for p, o, c in itertools.product(range(4), range(3), range(3)):
        name = PEOPLE[p][0]
        form, noun = ORDERS[o]
        quote = _quote(c, o, ",")
        text = f"{form} {name} runs the night shelter on Quay Street. {quote} the {noun} said."
        yield Case("", str(o), text, [Expect(quote, "direct", name)], exact=False)


def court_rulings() -> Iterator[Case]:
    """A court or tribunal that ruled that C reports C."""
    for k, c, day in itertools.product(range(3), range(3), ("", " on Tuesday")):
        court, clause = COURTS[k], CLAUSES[c]
        text = f"{court} ruled{day} that {clause}."
        speakers = (court.removeprefix("The "), court.removeprefix("The ").split(" in ")[0], "tribunal")
        yield Case("", str(k), text, [Expect(f"that {clause}", "indirect", speakers)])


def joined_posts() -> Iterator[Case]:
    """A portfolio or service whose name holds *and* titles the name whole."""
    for p, k, c, shape in itertools.product(range(4), range(4), range(3), range(2)):
        name, post = PEOPLE[p][0], JOINED_POSTS[k]
        clause = CLAUSES[c]
        # ('Kent' is a listed given name too: only the service's second half is sure)
        title = Contains(post.removeprefix("Kent and "))
        if shape:
            text = f"{post} {name} said on Monday that {clause}."
            expect = Expect(f"that {clause}", "indirect", name, title)
        else:
            quote = _quote(c, k % 3, ",")
            text = f"{quote} said {post} {name}."
            expect = Expect(quote, "direct", name, title)
        wrong = [(expect.content, post.split()[0] + " " + name.split()[1])]
        yield Case("", str(k), text, [expect], exact=False, wrong_speakers=wrong)


def service_appositions() -> Iterator[Case]:
    """'NAME, a station manager with X Fire and Rescue, said C': the service whole in the title."""
    links = ("a station manager with", "station manager at", "a watch commander with")
    for p, k, c in itertools.product(range(4), range(3), range(3)):
        name, clause = PEOPLE[p][0], CLAUSES[c]
        text = f"{name}, {links[k]} Calder Fire and Rescue, said {clause}."
        yield Case("", str(k), text, [Expect(clause, "indirect", name, Contains("Calder Fire and Rescue"))])


def set_off_names() -> Iterator[Case]:
    """A name set off inside a verb's object speaks: after *heard from*, in a recording's report,
    shown telling someone."""
    for p, c, shape in itertools.product(range(4), range(3), range(3)):
        name, quote = PEOPLE[p][0], _quote(c, p % 3)
        clause = CLAUSES[c]
        if shape == 0:
            text = f"The panel also heard from {name}, a retired miner from Ashby, who said {clause}."
            expect = Expect(clause, "indirect", name, Contains("miner"))
            wrong = [(clause, "retired miner from Ashby")]
        elif shape == 1:
            text = f"According to the cockpit voice recording, the first officer, {name}, said: {quote}"
            expect = Expect(quote, "direct", name, Contains("first officer"))
            wrong = [(quote, "cockpit voice recording")]
        else:
            text = (
                f"A transcript of the radio calls shows the guard on the train, {name}, "
                f"telling the signal box: {quote}"
            )
            expect = Expect(quote, "direct", name, Contains("guard"))
            wrong = [(quote, "transcript of the radio calls"), (quote, "guard")]
        yield Case("", str(shape), text, [expect], exact=shape > 0, wrong_speakers=wrong)


def kin_and_given_names() -> Iterator[Case]:
    """The possessive before a kin noun is the subject's, whatever follows; a *who* clause shows a
    given name alone to be a person's; a fronted description before a name and its verb is its title."""
    given = (("Yonas", "he", "his"), ("Selamawit", "she", "her"))
    for g, c, shape in itertools.product(range(2), range(3), range(3)):
        first, pronoun, possessive = given[g]
        quote = _quote(c, g, ",")
        kin = "wife" if possessive == "her" else "father"
        if shape == 0:
            text = (
                f"{first} Haldane lost {possessive} {kin} Mirela Costache in the crash "
                "at Glenhallow airfield. "
                f"{quote} {pronoun} said."
            )
            expect = Expect(quote, "direct", f"{first} Haldane")
            wrong = [(quote, "Mirela Costache")]
        elif shape == 1:
            text = (
                f"{first}, who asked that {possessive} surname not be used, arrived at the reception "
                f"centre in June. {quote} {pronoun} said."
            )
            expect = Expect(quote, "direct", first)
            wrong = []
        else:
            text = (
                f"A former nurse from Ebrekia, {first} now shares a tent with four "
                f"strangers. {quote} {pronoun} said."
            )
            expect = Expect(quote, "direct", first, Contains("nurse"))
            wrong = [(quote, "Ebrekia")]
        yield Case("", str(shape), text, [expect], exact=False, wrong_speakers=wrong)


def dated_documents() -> Iterator[Case]:
    """A day before its month names nobody: the document or its issuer reports."""
    for b, c, d in itertools.product(range(2), range(3), range(2)):
        clause = CLAUSES[c]
        document, body = BULLETINS[b]
        verb, day = (("issued", "2 June"), ("published", "14 March"))[d]
        text = f"{document} {verb} by {body} on {day} warned that {clause}."
        names = (document.split(" ", 1)[1], document.split()[-1], body.removeprefix("the "))
        month = day.split()[1]
        yield Case(
            "", str(d), text, [Expect(f"that {clause}", "indirect", names)], wrong_speakers=[(clause, month)]
        )


def colon_and_chant_frames() -> Iterator[Case]:
    """A chant's quotation ends at its mark; *that* before a colon is a pronoun; an approximate
    number opens a clause; a verb after a name's comma is no title."""
    for p, c, shape in itertools.product(range(4), range(3), range(4)):
        name, quote = PEOPLE[p][0], _quote(c, p % 3)
        if shape == 0:
            text = (
                f"Pickets outside the depot chanted 'Lights On, Bills Down' as {name}, "
                "a shop steward, arrived."
            )
            yield Case("", "0", text, [], exact=False, forbidden=["arrived"])
        elif shape == 1:
            text = f"{name}, a spokesperson for Northway Rail, disputed that: {quote}"
            yield Case("", "1", text, [Expect(quote, "direct", name, Contains("spokesperson"))])
        elif shape == 2:
            clause = "About 14,000 homes were still without power"
            text = f"{clause}, {name} said on Thursday."
            yield Case("", "2", text, [Expect(clause, "indirect", name)])
        else:
            text = (
                "The drivers' union called for an inquiry. Its general secretary, "
                f"{name}, went further: {quote}"
            )
            yield Case(
                "", "3", text, [Expect(quote, "direct", name, Contains("general secretary"))], exact=False
            )


def union_officials() -> Iterator[Case]:
    """*the union official* / *the UN official* names the person whose post the modifier's body holds."""
    for c, k in itertools.product(range(3), range(2)):
        quote = _quote(c, k, ",")
        if k:
            text = (
                "Thierry Lemarchand, a paramedic with the Lowmoor Ambulance Service, and Emeka Nwachukwu, "
                "national officer of the Seafarers' Union, were at the hearing. "
                f"{quote} said the union official."
            )
            yield Case(
                "",
                "1",
                text,
                [Expect(quote, "direct", "Emeka Nwachukwu")],
                wrong_speakers=[(quote, "Thierry Lemarchand")],
            )
        else:
            text = (
                "UN refugee agency representative Carys Pendle visited the camp. "
                f"{quote} the UN official said."
            )
            yield Case("", "0", text, [Expect(quote, "direct", "Carys Pendle")], exact=False)


ROUND56_FRAMES: tuple[Capability, ...] = (
    named(
        "source.styled_clergy",
        "6",
        "The rector, the Rev. NAME, said C / said the bishop, the Rt. Rev. NAME",
        styled_clergy,
    ),
    named("coref.religious_orders", "7", "Sister NAME ... 'Q,' the nun said", religious_orders),
    named("source.court_rulings", "3", "The High Court in X ruled (on DAY) that C", court_rulings),
    named(
        "title.joined_portfolios",
        "6",
        "Migration and Asylum Minister NAME / X Fire and Rescue station manager NAME",
        joined_posts,
    ),
    named(
        "title.service_appositions",
        "6",
        "NAME, a station manager with X Fire and Rescue, said C",
        service_appositions,
    ),
    named(
        "source.set_off_names",
        "6",
        "heard from NAME, a ROLE, who said / the officer, NAME, said: / shows the guard, NAME, telling",
        set_off_names,
    ),
    named(
        "coref.kin_and_given_names",
        "7",
        "A lost her wife B ... she said; NAME, who asked ...; A former nurse, NAME",
        kin_and_given_names,
    ),
    named(
        "source.dated_documents",
        "3",
        "A bulletin issued by X on 2 June warned that C",
        dated_documents,
    ),
    named(
        "span.colon_and_chant_frames",
        "2",
        "chanted 'S' as NAME arrived; disputed that: 'Q'; About N ..., NAME said",
        colon_and_chant_frames,
    ),
    named(
        "coref.union_officials",
        "7",
        "national officer of the X Union ... the union official said",
        union_officials,
    ),
)
