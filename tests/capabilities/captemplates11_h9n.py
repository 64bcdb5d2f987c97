"""Development capabilities added on branch ``h9n`` in the twelfth round: names with particles
and surnames of two words ('Joost van der Kamp', 'Siobhán Nic Aodha', 'Rangi Te Whata'), given
names of two syllables written 'Ji-woo' ('Han Seo-yeon'), and later references by those surnames;
a trade capitalised before a name where a sentence opens ('Shipwright Ayodele Okonkwo said');
a single surname after a role that is no first name ('Sheriff Okonkwo'); transcript labels
after a time stamp, in capitals with particles, initials and accents, and labels that name a role
(``MODERATOR:``, ``THE COURT:``, ``THE DEFENDANT:``: the person the introduction gave it); a
role's portfolio and a body's name joined by *and* ('professor of soil and water science', 'the
Guild of Inshore and Harbour Fishers'); a body 'of the' ('the Office of the Harbour
Commissioner'); a post with its portfolio before a name ('Minister for Health and Social Care Helen
Marsh said'). People, roles and sentences of their own.

``captemplates.py`` adds :data:`ROUND11_H9N` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Contains, Expect, named, sample

#: (full name, the surname a later reference uses, honorific) of people whose names hold a
#: particle or a surname of two words, or a given name in two syllables after the surname.
PARTICLE_NAMES = (
    ("Joost van der Kamp", "van der Kamp", "Mr."),
    ("Liesbeth van den Broek", "van den Broek", "Ms."),
    ("Anouk ten Brink", "ten Brink", "Ms."),
    ("Marisol de la Fuente", "de la Fuente", "Ms."),
    ("Tiago da Rocha", "da Rocha", "Mr."),
    ("Siobhán Nic Aodha", "Nic Aodha", "Ms."),
    ("Cathal Ó Murchú", "Ó Murchú", "Mr."),
    ("Rangi Te Whata", "Te Whata", "Mr."),
    ("Lorenzo Di Marco", "Di Marco", "Mr."),
    ("Han Seo-yeon", "Han", "Ms."),
    ("Moon Tae-hyun", "Moon", "Mr."),
)
#: Two things people said.
SAID = ("The ferry will run again in May,", "Nobody told the tenants about the damp,")
LATER = ("We asked for the survey twice,", "The grant covers only half the cost,")


def particle_surnames() -> Iterator[Case]:
    """'"C1," NAME said. NEW PARAGRAPH "C2," [HONORIFIC] SURNAME said.' -> both NAME's, whole."""
    combos = itertools.product(PARTICLE_NAMES, MARKS[:2], (True, False), (0, 1))
    for (full, surname, honorific), marks, honored, n in combos:
        later = f"{honorific} {surname}" if honored else surname[:1].upper() + surname[1:]
        first, second = marks.q(SAID[n]), marks.q(LATER[n])
        text = f"{first} {full} said on Tuesday.\n\n{second} {later} said."
        yield Case(
            "",
            f"{'honorific' if honored else 'bare'}|{marks.name}",
            text,
            [Expect(first, "direct", full, None, "person"), Expect(second, "direct", full, None, "person")],
        )
    for (full, _, _), marks in itertools.product(PARTICLE_NAMES, MARKS[:2]):
        quote = marks.q(SAID[0])
        yield Case(
            "",
            "cue-first",
            f"{quote} said {full}, a harbour pilot.",
            [Expect(quote, "direct", full, "harbour pilot")],
        )


#: Trades that no role list holds, capitalised where a sentence opens.
TRADES = (
    "Shipwright",
    "Farrier",
    "Glazier",
    "Hotelier",
    "Goldsmith",
    "Woodcarver",
    "Boatbuilder",
    "Ropemaker",
)
#: Full names whose first word no first-name list holds (an initial, a given name the lists lack).
UNLISTED_FULL = (
    "Ayodele Okonkwo",
    "T. S. Raghunathan",
    "Hine Te Rangi",
    "Oyelaran Adebisi Jr.",
    "Kwabena Asante-Mensah",
)
CLAIM = "the harbour wall would need another season of repairs"


def trade_before_name() -> Iterator[Case]:
    """'TRADE NAME said C.' (a sentence opening) -> NAME titled TRADE; 'ROLE SURNAME said C.'
    with a role that is no first name ('Sheriff Asante') -> SURNAME titled ROLE."""
    for trade, full in itertools.product(TRADES, UNLISTED_FULL):
        yield Case(
            "",
            "trade|name",
            f"{trade} {full} said {CLAIM}.",
            [Expect(CLAIM, "indirect", full, trade)],
        )
    for role, surname in itertools.product(
        ("Sheriff", "Judge", "Warden"), ("Okonkwo", "Raghunathan", "Adebisi")
    ):
        yield Case(
            "",
            "role|surname",
            f"{role} {surname} said {CLAIM}.",
            [Expect(CLAIM, "indirect", surname, role)],
        )


#: Turns of a panel or a hearing: (question, answer).
TURNS = (
    ("Who signed the contract?", "The deputy did, in March."),
    ("Why was the survey delayed?", "Because the boat was in dry dock."),
)
#: (full name, the label capitals write) of people in transcripts.
LABELLED = (
    ("Liesbeth van den Broek", "LIESBETH VAN DEN BROEK"),
    ("T. S. Raghunathan", "T. S. RAGHUNATHAN"),
    ("Cathal Ó Murchú", "Ó MURCHÚ"),
    ("Oyelaran Adebisi Jr.", "OYELARAN ADEBISI JR."),
    ("Han Seo-yeon", "HAN"),
)


def role_labels() -> Iterator[Case]:
    """A panel: 'The debate was moderated by M; NAME spoke for BODY. / MODERATOR: Q / LABEL: A'
    -> Q is M's, A is NAME's. A hearing: 'D, 41, appeared before Judge J at ... Court. / THE
    COURT: Q / THE DEFENDANT: A' -> Q is J's, A is D's."""
    for (chair, _), (full, label), (q, a), verb in itertools.product(
        LABELLED[:3], LABELLED, TURNS, ("moderated", "chaired")
    ):
        if chair == full:
            continue
        text = (
            f"The debate was {verb} by {chair}; {full} spoke for the Tarn Valley Trust.\n\n"
            f"MODERATOR: {q}\n\n{label}: {a}"
        )
        yield Case("", f"panel|{verb}", text, [Expect(q, "direct", chair), Expect(a, "direct", full)])
    for (judge, _), (full, _), (q, a) in itertools.product(LABELLED, LABELLED, TURNS):
        if judge == full:
            continue
        text = (
            f"{full}, 41, appeared before Judge {judge} at Carrow Crown Court on Friday.\n\n"
            f"THE COURT: {q}\n\nTHE DEFENDANT: {a}"
        )
        yield Case("", "court", text, [Expect(q, "direct", judge), Expect(a, "direct", full)])


def stamped_labels() -> Iterator[Case]:
    """A podcast's '[00:12:04] NAME: words' lines -> direct quotes of NAME; a label in capitals
    with particles, initials, accents or a suffix -> the full name the introduction gave."""
    for (host, _), (guest, _), (q, a) in sample(
        itertools.product(LABELLED, LABELLED, TURNS), 40, "stamped_labels"
    ):
        if host == guest:
            continue
        text = (
            "This transcript has been edited for length.\n\n"
            f"[00:12:04] {host}: {q}\n\n[00:12:11] {guest}: {a}\n\n"
            f"[00:13:40] {host}: Thank you.\n\n[00:13:42] {guest}: Thank you."
        )
        yield Case("", "stamped", text, [Expect(q, "direct", host), Expect(a, "direct", guest)], exact=False)
    for (full, label), (q, a) in itertools.product(LABELLED, TURNS):
        text = (
            f"{full} spoke to reporters after the vote. From the transcript:\n\nREPORTER: {q}\n\n{label}: {a}"
        )
        yield Case("", "capitals", text, [Expect(a, "direct", full)], exact=False)


#: Portfolios of two words joined by *and* after a role and *of*.
PORTFOLIOS = ("soil and water science", "molecular and cellular biology", "research and development")
#: Bodies whose names hold *and*, or *of the*.
AND_BODIES = (
    "Guild of Inshore and Harbour Fishers",
    "Federation of Rural and Coastal Midwives",
    "Office of the Harbour Commissioner",
    "Department of the Environment",
)


def joined_titles() -> Iterator[Case]:
    """'NAME, a professor of A and B C at BODY, said C.' -> the whole title; 'The BODY said C.'
    -> BODY, whole; 'A spokesperson for the BODY, NAME, said C.' -> NAME, titled spokesperson."""
    for full, portfolio in itertools.product(UNLISTED_FULL, PORTFOLIOS):
        title = f"professor of {portfolio} at Tasman University"
        yield Case(
            "",
            "portfolio",
            f"{full}, a {title}, said {CLAIM}.",
            [Expect(CLAIM, "indirect", full, title)],
        )
    for body in AND_BODIES:
        yield Case(
            "",
            "body",
            f"The {body} said in a statement that {CLAIM}.",
            [Expect(f"that {CLAIM}", "indirect", body, None, "organization")],
        )
    for body, full in itertools.product(AND_BODIES, UNLISTED_FULL):
        yield Case(
            "",
            "spokesperson",
            f"A spokesperson for the {body}, {full}, said {CLAIM}.",
            [Expect(CLAIM, "indirect", full, Contains(("spokesperson", body)))],
        )


#: Posts with a capitalised portfolio after *for* or *of*, written before a name.
POSTS = (
    "Minister for Health and Social Care",
    "Secretary of Ports and Harbours",
    "Speaker of the Assembly",
    "Minister for Fisheries",
    "Deputy Minister for Rural Affairs",
)
#: Full names whose first name the lists hold.
LISTED_FULL = ("Helen Marsh", "David Okafor", "Maria Lindqvist", "Peter Ncube")


def post_before_name() -> Iterator[Case]:
    """'POST NAME said C.' and 'C, POST NAME said.' -> NAME titled POST (was the portfolio's
    last words glued to the name: 'Social Care Helen Marsh')."""
    for post, full in itertools.product(POSTS, LISTED_FULL):
        yield Case("", "post|said", f"{post} {full} said {CLAIM}.", [Expect(CLAIM, "indirect", full, post)])
        yield Case(
            "",
            "led-by|who",
            f"The visit was led by {post} {full}, who said {CLAIM}.",
            [Expect(CLAIM, "indirect", full, post)],
            exact=False,
        )


ROUND11_H9N: tuple[Capability, ...] = (
    named(
        "names.particle_surnames",
        "5",
        '"C," NAME (van der, de la, Ó, Te, Han Seo-yeon) said. Later "C2," [Ms.] SURNAME said: NAME whole',
        particle_surnames,
    ),
    named(
        "titles.trade_before_name",
        "6",
        "TRADE NAME said C (Shipwright Ayodele Okonkwo; Sheriff Okonkwo): NAME titled TRADE",
        trade_before_name,
    ),
    named(
        "transcripts.role_labels",
        "8",
        "MODERATOR: is who moderated or chaired; THE COURT: the judge; THE DEFENDANT: who appeared before",
        role_labels,
    ),
    named(
        "transcripts.stamped_and_capital_labels",
        "8",
        "[00:12:04] NAME: words; labels in capitals with particles, initials, accents, Jr.: the full name",
        stamped_labels,
    ),
    named(
        "titles.post_portfolio_before_name",
        "6",
        "Minister for Health and Social Care NAME said C: NAME titled with the whole post",
        post_before_name,
    ),
    named(
        "titles.joined_by_and",
        "6",
        "professor of A and B C at BODY; the Guild of A and B Cs; a spokesperson for the Office of the X, N",
        joined_titles,
    ),
)
