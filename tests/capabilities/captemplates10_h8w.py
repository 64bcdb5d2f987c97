"""Development capabilities of helper h8w's round (issue 11, speakers a fact-checker can
trust): one generator per mechanism, with people, bodies and sentences of their own (none from
the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND10_H8W` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, MARKS
from capkit import ANY, Capability, Case, Expect, named, sample

#: People with a hyphenated given name whose first half is a month, a modal or a name:
#: (full name, surname, gender).
HYPHENATED10 = (
    ("Jan-Olof Sandvik", "Sandvik", "m"),
    ("May-Lis Berntsen", "Berntsen", "f"),
    ("Ann-Kristin Holmqvist", "Holmqvist", "f"),
    ("Per-Arne Lundgren", "Lundgren", "m"),
    ("Mary-Jo Pettigrew", "Pettigrew", "f"),
    ("Jan-Hendrik Visser", "Visser", "m"),
)
#: People of this file: (full name, surname, gender).
PEOPLE10 = (
    ("Gwenllian Pryce", "Pryce", "f"),
    ("Tobias Wernersson", "Wernersson", "m"),
    ("Nkechi Obiora", "Obiora", "f"),
    ("Cormac Flanagan", "Flanagan", "m"),
    ("Ilse Vandenbroucke", "Vandenbroucke", "f"),
)
#: Bodies whose name holds no organisation noun: a trade, a family firm, a partnership.
BODIES10 = (
    "Halloran Marine Services",
    "Pengelly & Sons",
    "Fairhaven Water",
    "Cardew Freight Partners",
    "Moorcroft Associates",
)
#: Direct quotations (our own; no final punctuation).
QUOTES10 = (
    "The pier has been shut since the storm",
    "We had to carry the generators by hand",
    "Nobody warned the tenants about the rent",
    "The last bus leaves before the shift ends",
)
#: Reported clauses (our own).
CLAUSES10 = (
    "the slipway would be closed for the winter",
    "the cannery had lost two of its biggest buyers",
    "the tide gauge had been broken since August",
    "the harbour dues would double next year",
)


def hyphenated_given_names() -> Iterator[Case]:
    """A hyphenated given name stays whole ('Jan-Olof Sandvik', 'May-Lis Berntsen'), though its
    first half is a month or a modal: after the cue, before it, and as the antecedent of a
    pronoun of the gender of either half, or of a surname."""
    combos = itertools.product(HYPHENATED10, range(len(QUOTES10)), MARKS, range(3))
    for (name, surname, gender), k, m, shape in sample(combos, 150, "h8w-hyphen"):
        quote = m.q(QUOTES10[k] + ",")
        if shape == 0:
            text = f"{quote} {name} said."
            yield Case("", "h8w-hyphen-after", text, [Expect(quote, "direct", name, None, "person")])
        elif shape == 1:
            clause = CLAUSES10[k]
            text = f"{name} said {clause}."
            yield Case("", "h8w-hyphen-before", text, [Expect(clause, "indirect", name, None, "person")])
        else:
            pronoun = "he" if gender == "m" else "she"
            other = "Gwenllian Pryce" if gender == "m" else "Tobias Wernersson"
            cap_surname = surname[:1].upper() + surname[1:]
            text = f"{name} met {other} at the quay. {cap_surname} was tired.\n\n{quote} {pronoun} said."
            yield Case("", "h8w-hyphen-pronoun", text, [Expect(quote, "direct", name, None, "person")])


def bodies_without_body_noun() -> Iterator[Case]:
    """A body named by its trade, a partnership or a family firm ('Halloran Marine Services',
    'Pengelly & Sons', 'Fairhaven Water') is one organisation, never a person titled by its first
    word; as a speaker, behind a spokeswoman, and as the affiliation of `NAME of BODY`."""
    combos = itertools.product(BODIES10, PEOPLE10, range(len(QUOTES10)), DOUBLE_MARKS, range(4))
    for body, (name, _, _), k, m, shape in sample(combos, 160, "h8w-bodies"):
        quote = m.q(QUOTES10[k] + ",")
        if shape == 0:
            text = f"{quote} {body} said in a statement."
            yield Case("", "h8w-body-after", text, [Expect(quote, "direct", body, None, "organization")])
        elif shape == 1:
            full = m.q(QUOTES10[k] + ".")
            text = f"In a statement on Monday, {body} said: {full}"
            yield Case("", "h8w-body-colon", text, [Expect(full, "direct", body, None, "organization")])
        elif shape == 2:
            text = f"{quote} a spokeswoman for {body} in Wick said."
            accepted = (body, "spokeswoman", f"spokeswoman for {body}", f"spokeswoman for {body} in Wick")
            yield Case("", "h8w-body-spokes", text, [Expect(quote, "direct", accepted)])
        else:
            text = f"{quote} {name} of {body} said."
            exp = Expect(quote, "direct", name, body, "person")
            yield Case("", "h8w-body-of", text, [exp])


#: Nationality adjectives and the roles they go with.
NATIONALITIES10 = (
    ("Danish", "welder"),
    ("Portuguese", "baker"),
    ("Icelandic", "skipper"),
    ("Chilean", "diver"),
)
#: Roles given in apposition that the role lexicon need not list.
APPOSED10 = (
    ("a retired farrier", "farrier"),
    ("a ship's chandler", "chandler"),
    ("a retired cooper", "cooper"),
    ("a volunteer lifeguard in Wick", "lifeguard"),
)


def epithets_ages_and_roles() -> Iterator[Case]:
    """`the Danish` / `the 29-year-old` / `the farrier` after two people introduced with a
    nationality, a bracketed age or an apposed role: the one introduced so, never a person
    named 'Danish'; a nationality no one was introduced with names nobody."""
    combos = itertools.product(
        itertools.permutations(PEOPLE10[:4], 2), range(len(QUOTES10)), DOUBLE_MARKS, range(4)
    )
    for (a, b), k, m, shape in sample(combos, 160, "h8w-epithet"):
        quote = m.q(QUOTES10[k] + ",")
        if shape == 0:
            (na, ra), (nb, rb) = NATIONALITIES10[k % 4], NATIONALITIES10[(k + 1) % 4]
            text = f"{na} {ra} {a[0]} worked the night shift with {nb} {rb} {b[0]}.\n\n{quote} the {nb} said."
            yield Case("", "h8w-epithet-nation", text, [Expect(quote, "direct", b[0], ANY, "person")])
        elif shape == 1:
            text = f"A Faroese trawler stood off the harbour.\n\n{quote} the Faroese said."
            yield Case("", "h8w-epithet-nobody", text, [Expect(quote, "direct", None)])
        elif shape == 2:
            text = f"{a[0]} (52) and {b[0]} (29) waited on the breakwater.\n\n{quote} the 29-year-old said."
            yield Case("", "h8w-epithet-age", text, [Expect(quote, "direct", b[0], None, "person")])
        else:
            (ra, _), (rb, head) = APPOSED10[k % 4], APPOSED10[(k + 1) % 4]
            text = f"{a[0]}, {ra}, and {b[0]}, {rb}, stayed behind.\n\n{quote} the {head} said."
            yield Case("", "h8w-epithet-role", text, [Expect(quote, "direct", b[0], ANY, "person")])


def documents_and_issuers() -> Iterator[Case]:
    """A document credited to its issuer: `The memo, issued by BODY late on Monday,
    read:`, `A statement released on behalf of NAME said:`, `According to a report from BODY
    seen by the Courier, C.` (the modifier is no content), `A letter from BODY to tenants said C`."""
    combos = itertools.product(BODIES10, PEOPLE10, range(len(QUOTES10)), DOUBLE_MARKS, range(4))
    for body, (name, _, _), k, m, shape in sample(combos, 160, "h8w-documents"):
        full = m.q(QUOTES10[k] + ".")
        clause = CLAUSES10[k]
        if shape == 0:
            text = f"The memo, issued by {body} late on Monday, read: {full}"
            yield Case("", "h8w-doc-issued", text, [Expect(full, "direct", body)])
        elif shape == 1:
            text = f"A statement released on behalf of {name} said: {full}"
            yield Case("", "h8w-doc-behalf", text, [Expect(full, "direct", name, ANY, "person")])
        elif shape == 2:
            text = f"According to a report from {body} seen by the Kirkwall Courier, {clause}."
            yield Case("", "h8w-doc-seen", text, [Expect(clause, "indirect", body)])
        else:
            text = f"A letter from {body} to tenants said {clause}."
            yield Case("", "h8w-doc-letter", text, [Expect(clause, "indirect", body)])


def embedded_credits() -> Iterator[Case]:
    """The speaker inside a credit: `"C," NAME was heard telling reporters.`, `According to the
    Coastal Courier, NAME said C.` (NAME speaks, the paper only reports), `NAME told councillors C.`
    (the addressee is no part of the content)."""
    combos = itertools.product(PEOPLE10 + HYPHENATED10[:2], range(len(QUOTES10)), MARKS, range(3))
    for (name, _, _), k, m, shape in sample(combos, 150, "h8w-embedded"):
        clause = CLAUSES10[k]
        if shape == 0:
            quote = m.q(QUOTES10[k] + ",")
            verb = ("was heard telling reporters", "was overheard telling a neighbour")[k % 2]
            text = f"{quote} {name} {verb}."
            yield Case("", "h8w-embedded-heard", text, [Expect(quote, "direct", name, None, "person")])
        elif shape == 1:
            text = f"According to the Coastal Courier, {name} said {clause}."
            yield Case(
                "",
                "h8w-embedded-according",
                text,
                [Expect(clause, "indirect", name, None, "person")],
                wrong_speakers=[(clause, "Coastal Courier")],
            )
        else:
            addressee = ("voters", "councillors", "residents")[k % 3]
            text = f"{name} told {addressee} {clause}."
            yield Case("", "h8w-embedded-told", text, [Expect(clause, "indirect", name, None, "person")])


def credit_labels() -> Iterator[Case]:
    """Roundup credits `NAME — ROLE, BODY: "C."` (the name before the dash speaks, the role is
    the title) and `NAME (BODY): "C."` (the body is the title); hearing labels with an
    honorific in capitals (`MR. SURNAME:`) or a middle initial (`GIVEN X. SURNAME:`): direct,
    the full stop kept."""
    combos = itertools.product(itertools.permutations(PEOPLE10, 2), BODIES10, range(len(QUOTES10)), range(3))
    for (a, b), body, k, shape in sample(combos, 150, "h8w-labels"):
        q1, q2 = QUOTES10[k] + ".", QUOTES10[(k + 1) % 4] + "."
        if shape == 0:
            first = f"{a[0]} — ferry engineer, {body}: “{q1}”"
            text = f"Voices from the quay\n\n{first}\n\n{b[0]} — net mender, Ullswick: “{q2}”"
            yield Case(
                "",
                "h8w-label-dash",
                text,
                [
                    Expect(f"“{q1}”", "direct", a[0], "ferry engineer, " + body),
                    Expect(f"“{q2}”", "direct", b[0], "net mender"),
                ],
            )
        elif shape == 1:
            text = f'Voices from the quay\n\n{a[0]} ({body}): "{q1}"\n\n{b[0]} (Tarn Valley Trust): "{q2}"'
            yield Case(
                "",
                "h8w-label-bracket",
                text,
                [
                    Expect(f'"{q1}"', "direct", a[0], body),
                    Expect(f'"{q2}"', "direct", b[0], "Tarn Valley Trust"),
                ],
            )
        else:
            honorific = "MR." if a[2] == "m" else "MS."
            given, surname = b[0].split()[0], b[1]
            text = (
                f"The panel questioned {a[0]} and {given} K. {surname} on Tuesday. A transcript:\n\n"
                f"CHAIR: Who signed the lease?\n\n{honorific} {a[1].upper()}: {q1}\n\n"
                f"{given.upper()} K. {surname.upper()}: {q2}"
            )
            yield Case(
                "",
                "h8w-label-hearing",
                text,
                [
                    Expect(q1, "direct", a[0]),
                    Expect(q2, "direct", (f"{given} K. {surname}", f"{given.upper()} K. {surname.upper()}")),
                ],
                exact=False,
            )


def named_works() -> Iterator[Case]:
    """A noun and a quoted title in apposition as a verb's object name a work or a group, and
    nobody speaks: `NAME wrote the booklet "Tides of the Sound" in 2004`, `NAME plays with the
    band "Salt and Cinders" on Fridays` (no quotation)."""
    works = (
        ("wrote the booklet", "Tides of the Sound", "in 2004"),
        ("sings with the group", "Salt and Cinders", "on Fridays"),
        ("published the leaflet", "Keep the Quay Open", "last spring"),
    )
    combos = itertools.product(PEOPLE10 + HYPHENATED10, works, MARKS)
    for (name, _, _), (verb, title, tail), m in sample(combos, 120, "h8w-works"):
        text = f"{name} {verb} {m.q(title)} {tail}."
        yield Case("", "h8w-works", text, [])


ROUND10_H8W: tuple[Capability, ...] = (
    named(
        "names.hyphenated_given",
        "1",
        "Jan-Olof Sandvik / May-Lis Berntsen stay whole",
        hyphenated_given_names,
    ),
    named(
        "speaker.body_without_noun",
        "4",
        "Halloran Marine Services / Pengelly & Sons said; NAME of BODY (title)",
        bodies_without_body_noun,
    ),
    named(
        "nominal.epithets_ages_roles",
        "4",
        "the Danish / the 29-year-old after (29) / the farrier after an apposition",
        epithets_ages_and_roles,
    ),
    named(
        "source.issued_documents",
        "5",
        "The memo, issued by BODY late on Monday, read: / released on behalf of NAME",
        documents_and_issuers,
    ),
    named(
        "credits.embedded_speakers",
        "3",
        '"C," NAME was heard telling ... / According to PAPER, NAME said C / NAME told councillors C',
        embedded_credits,
    ),
    named(
        "credits.dash_bracket_hearing",
        "3",
        'NAME — ROLE, BODY: "C." / NAME (BODY): "C." / MR. SURNAME: / GIVEN K. SURNAME:',
        credit_labels,
    ),
    named(
        "not_quotes.named_works", "-", 'NAME wrote the booklet "Tides of the Sound" (no quote)', named_works
    ),
)

__all__ = ["ROUND10_H8W"]
