"""Development capabilities added on ``main`` in the twentieth round.

* ``Abuja, July 9 (NAN) BODY said C`` / ``New Delhi, Nov 12 (PTI) "C," NAME said``: a news
  agency's dateline that ends with the agency's bracket and no dash is a dateline, never the
  lede's speaker (was the place).
* ``Alhaji NAME said C``, ``Comrade NAME told reporters C``: West African forms of address are
  honorifics, no part of the name.
* ``DCI NAME said C``: a UK police rank written in capitals without a full stop is a title, no
  part of the name.

People, places, agencies and sentences of their own. ``captemplates.py`` adds
:data:`ROUND19_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Expect, TitleSpec, named, sample

#: Dateline places as the agencies write them (title case or capitals).
AGENCY_PLACES = ("Abuja", "New Delhi", "Accra", "Nairobi", "Lahore", "KANO", "CHENNAI", "Port Harcourt")
#: Agencies in brackets and dates before them.
AGENCIES = ("NAN", "PTI", "GNA", "KNA", "APP", "IANS")
DATES = ("July 9", "Nov 12", "March 3, 2026", "Jan 27")
#: (lede with {quote} or {clause}, the content, its kind, the speaker, the title).
LEDES: tuple[tuple[str, str, str, str, TitleSpec], ...] = (
    (
        "The Ministry of Finance said on Tuesday that {clause}.",
        "that {clause}",
        "indirect",
        "Ministry of Finance",
        None,
    ),
    (
        '"{quote}," Finance Minister Bola Adeyemi told reporters on Tuesday.',
        '"{quote},"',
        "direct",
        "Bola Adeyemi",
        "Finance Minister",
    ),
    (
        "Police Commissioner Ruth Mensah said {clause}.",
        "{clause}",
        "indirect",
        "Ruth Mensah",
        "Police Commissioner",
    ),
    (
        "Traders' union leader Musa Danjuma warned that {clause}.",
        "that {clause}",
        "indirect",
        "Musa Danjuma",
        ANY,
    ),
)
CLAUSES = (
    "fuel queues would ease by the weekend",
    "the new tariff would be reviewed",
    "no arrests had been made",
)
QUOTES = ("We will not back down", "The supply problem is over", "Nobody will be left behind")


def agency_dateline() -> Iterator[Case]:
    """'Abuja, July 9 (NAN) BODY said C': the agency's bracket ends the dateline; the place
    is never the speaker."""
    combos = itertools.product(AGENCY_PLACES, AGENCIES, DATES, LEDES)
    for k, (place, agency, date, (lede, content, kind, speaker, title)) in enumerate(
        sample(combos, 160, "m20_agency_dateline")
    ):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        body = lede.format(clause=clause, quote=quote)
        text = f"{place}, {date} ({agency}) {body}"
        yield Case(
            "",
            kind,
            text,
            [Expect(content.format(clause=clause, quote=quote), kind, speaker, title)],
            forbidden=(place,),
        )


#: (form of address, given name, surname).
ADDRESSED = (
    ("Alhaji", "Kabiru", "Inuwa"),
    ("Alhaja", "Simbiat", "Lawal"),
    ("Hajia", "Amina", "Sulemana"),
    ("Comrade", "Joe", "Okonkwo"),
    ("Comrade", "Patience", "Asante"),
    ("Alhaji", "Sani", "Bello"),
)
#: (template with {name} and {surname}, content, kind, the title a reader prints).
ADDRESS_SHAPES: tuple[tuple[str, str, str, TitleSpec], ...] = (
    (
        "{address} {given} {surname}, a trader at the market, said {clause}.",
        "{clause}",
        "indirect",
        "trader at the market",
    ),
    ("{address} {given} {surname} told reporters that {clause}.", "that {clause}", "indirect", None),
    (
        '"{quote}," said {address} {given} {surname}, the union\'s state chairman.',
        '"{quote},"',
        "direct",
        "union's state chairman",
    ),
    (
        "The state chairman, {address} {given} {surname}, said {clause}.",
        "{clause}",
        "indirect",
        "state chairman",
    ),
    (
        "{address} {given} {surname} spoke first.\n\n{address} {surname} said {clause}.",
        "{clause}",
        "indirect",
        None,
    ),
)


def west_african_address() -> Iterator[Case]:
    """'Alhaji NAME said C': the form of address is no part of the speaker's name."""
    combos = itertools.product(ADDRESSED, ADDRESS_SHAPES)
    for k, ((address, given, surname), (shape, content, kind, title)) in enumerate(
        sample(combos, 30, "m20_west_african_address")
    ):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        text = shape.format(address=address, given=given, surname=surname, clause=clause, quote=quote)
        yield Case(
            "",
            shape.split(" ", 1)[0].strip("{}\"'"),
            text,
            [Expect(content.format(clause=clause, quote=quote), kind, f"{given} {surname}", title)],
        )


#: (rank, given name, surname).
POLICE = (
    ("DCI", "Megan", "Pryce"),
    ("DCI", "Owen", "Lloyd"),
    ("PCSO", "Carys", "Jenkins"),
    ("PCSO", "Dafydd", "Rees"),
)
POLICE_SHAPES = (
    ("{rank} {given} {surname} said {clause}.", "{clause}", "indirect"),
    ('"{quote}," {rank} {given} {surname} told the court.', '"{quote},"', "direct"),
    ("{rank} {given} {surname} told the inquest that {clause}.", "that {clause}", "indirect"),
)


def police_rank_caps() -> Iterator[Case]:
    """'DCI NAME said C': the rank in capitals is the title, no part of the name."""
    for k, ((rank, given, surname), (shape, content, kind)) in enumerate(
        itertools.product(POLICE, POLICE_SHAPES)
    ):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        text = shape.format(rank=rank, given=given, surname=surname, clause=clause, quote=quote)
        yield Case(
            "",
            kind,
            text,
            [Expect(content.format(clause=clause, quote=quote), kind, f"{given} {surname}", rank)],
        )


ROUND19_MAIN: tuple[Capability, ...] = (
    named(
        "dateline.agency_bracket",
        "7",
        "Abuja, July 9 (NAN) BODY said C: the agency's bracket ends the dateline; the place is no speaker",
        agency_dateline,
    ),
    named(
        "names.west_african_address",
        "5",
        "Alhaji / Alhaja / Hajia / Comrade NAME said C: the form of address is no part of the name",
        west_african_address,
    ),
    named(
        "names.police_rank_caps",
        "6",
        "DCI / PCSO NAME said C: the rank in capitals is the title",
        police_rank_caps,
    ),
)
