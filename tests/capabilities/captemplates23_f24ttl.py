"""Development capabilities added on branch ``f24ttl`` in the twenty-fourth round: long titles
written before a name, and forms of address that are no part of it.

* ``Sondu ward MCA NAME said C``, ``Labour MS NAME said C``: a legislator's post-nominal
  initialism as the role, after a place, a unit noun (*ward*, *constituency*, *riding*) or a
  party; the whole chain is the title, the initialism no part of the name.
* ``Mama NAME said C``, ``Mzee NAME, a farmer, said C``: East African and other forms of address
  are no part of the name and no title.
* ``state Water Resources Minister NAME``, ``Natural Resources and Environment Minister NAME``,
  ``Rift Valley 4th Brigade commander NAME``, ``Baker and Partners analyst NAME``: the chain of
  modifiers (an office word, capitalised names joined by *and*, an ordinal and a unit noun, a
  lower-case unit noun) stays whole in the title.
* ``NAME, a former nurse herself, said C``: a reflexive tail is no title word.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND23_F24TTL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, TitleSpec, named, sample

#: People of our own, of many origins.
PEOPLE = (
    "Wanjiru Kamau",
    "Otieno Odhiambo",
    "Rhiannon Pryce",
    "Gethin Morgan",
    "Chukwuemeka Eze",
    "Folasade Adeyemi",
    "Priyanka Mishra",
    "Ravindra Kumar Yadav",
    "Nurul Aisyah Ismail",
    "Kamal Hassan Ariffin",
    "Bronwyn McLeod",
    "Mathieu Tremblay",
    "Siobhan Gallagher",
    "Callum Strachan",
)
#: The women among them (a reflexive tail agrees with its person).
WOMEN = frozenset(
    ("Wanjiru Kamau", "Rhiannon Pryce", "Folasade Adeyemi", "Priyanka Mishra", "Nurul Aisyah Ismail")
) | frozenset(("Bronwyn McLeod", "Siobhan Gallagher"))
#: Reported clauses and direct quotations.
CLAUSES = (
    "the road had been abandoned for three years",
    "the budget would be tabled next week",
    "no family would be evicted before the review",
)
QUOTES = ("We were promised a clinic two years ago", "The money is already there", "Nobody listened")
#: Legislators' titles: (modifiers before the initialism, initialism).
INITIALISM_TITLES = (
    ("Sondu ward", "MCA"),
    ("Kisumu Central ward", "MCA"),
    ("Nyali constituency", "MP"),
    ("Ikeja constituency", "MP"),
    ("Labour", "MS"),
    ("Plaid Cymru", "MS"),
    ("Conservative", "MS"),
    ("Varanasi district", "MLA"),
    ("Kolar constituency", "MLA"),
    ("Fine Gael", "TD"),
    ("Sinn Féin", "TD"),
    ("Ottawa Centre riding", "MPP"),
    ("Lanark county", "MPP"),
    ("Glasgow Kelvin", "MSP"),
    ("Kano State", "MLA"),
)
#: Shapes: (text, content, kind) with {title}, {name}, {clause}, {quote}.
PRENAME_SHAPES = (
    ("{title} {name} said {clause}.", "{clause}", "indirect"),
    ('{title} {name} said: "{quote}."', '"{quote}."', "direct"),
    ('"{quote}," said {title} {name}.', '"{quote},"', "direct"),
    ("On Tuesday, {title} {name} told reporters that {clause}.", "that {clause}", "indirect"),
    ("{title} {name}, who chairs the committee, said {clause}.", "{clause}", "indirect"),
)


def _cases(
    title_names: list[tuple[str, str]], tag: str, count: int, expect_title: bool = True
) -> Iterator[Case]:
    """Cases of every pre-name shape for (title, name) pairs; the title is expected whole."""
    combos = itertools.product(title_names, PRENAME_SHAPES)
    for k, ((title, name), (shape, content, kind)) in enumerate(sample(combos, count, tag)):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        text = shape.format(title=title, name=name, clause=clause, quote=quote)
        text = text[0].upper() + text[1:]
        want: TitleSpec = title if expect_title else None
        yield Case("", tag, text, [Expect(content.format(clause=clause, quote=quote), kind, name, want)])


def initialism_after_place() -> Iterator[Case]:
    """'Sondu ward MCA NAME said C': the title is the whole chain, the initialism not in the name."""
    pairs = [(f"{mods} {init}", name) for (mods, init), name in itertools.product(INITIALISM_TITLES, PEOPLE)]
    yield from _cases(pairs, "f24ttl_initialism", 220)


#: Forms of address before a name (East African, West African, South Asian, parliamentary).
ADDRESSES = ("Mama", "Mzee", "Baba", "Alhaji", "Hon.", "Shri")
#: Shapes: (text, content, kind, title) with {address}, {name}, {clause}, {quote}.
ADDRESS_SHAPES: tuple[tuple[str, str, str, TitleSpec], ...] = (
    ("{address} {name}, a cattle trader, said {clause}.", "{clause}", "indirect", "cattle trader"),
    ("{address} {name} told reporters that {clause}.", "that {clause}", "indirect", None),
    ('"{quote}," said {address} {name}, the ward chairman.', '"{quote},"', "direct", "ward chairman"),
    ('{address} {name}, 71, said: "{quote}."', '"{quote}."', "direct", None),
)


def address_not_name() -> Iterator[Case]:
    """'Mama NAME said C': the form of address is no part of the name and no title."""
    combos = itertools.product(ADDRESSES, PEOPLE, ADDRESS_SHAPES)
    for k, (address, name, (shape, content, kind, title)) in enumerate(sample(combos, 200, "f24ttl_address")):
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        text = shape.format(address=address, name=name, clause=clause, quote=quote)
        yield Case("", address, text, [Expect(content.format(clause=clause, quote=quote), kind, name, title)])


#: Long pre-name titles: office words, and-joined capitalised portfolios and firms, ordinals and
#: unit nouns, lower-case unit nouns.
LONG_TITLES = (
    "state Water Resources Minister",
    "state Rural Development Minister",
    "federal Natural Resources Minister",
    "Natural Resources and Environment Minister",
    "Housing and Local Government Minister",
    "Fisheries and Oceans Minister",
    "Energy and Mines Minister",
    "Baker and Partners analyst",
    "Pryce and Morgan solicitor",
    "NDRF 9th Battalion commandant",
    "Rift Valley 4th Brigade commander",
    "Ogun State 2nd Division spokesman",
    "Bhawanipur panchayat mukhiya",
    "Sitapur village sarpanch",
    "Kajiado county commissioner",
    "Gwynedd council leader",
)


def long_prename_chain() -> Iterator[Case]:
    """'state Water Resources Minister NAME said C': the chain stays whole in the title."""
    pairs = list(itertools.product(LONG_TITLES, PEOPLE))
    yield from _cases(pairs, "f24ttl_long_chain", 240)


#: Roles in an apposition with a reflexive tail.
REFLEXIVE_ROLES = ("former nurse", "clinical officer", "retired teacher", "farmer", "former miner")


def reflexive_tail() -> Iterator[Case]:
    """'NAME, a former nurse herself, said C': *herself* is no title word."""
    combos = itertools.product(PEOPLE, REFLEXIVE_ROLES, (False, True))
    for k, (name, role, direct) in enumerate(sample(combos, 120, "f24ttl_reflexive")):
        pro = "herself" if name in WOMEN else "himself"
        clause, quote = CLAUSES[k % len(CLAUSES)], QUOTES[k % len(QUOTES)]
        if direct:
            text, content, kind = f'"{quote}," said {name}, a {role} {pro}.', f'"{quote},"', "direct"
        else:
            text, content, kind = f"{name}, a {role} {pro}, said {clause}.", clause, "indirect"
        yield Case("", pro, text, [Expect(content, kind, name, role)])


ROUND23_F24TTL: tuple[Capability, ...] = (
    named(
        "title.initialism_after_place",
        "1",
        "Sondu ward MCA NAME said C: title 'Sondu ward MCA', the initialism no part of the name",
        initialism_after_place,
    ),
    named(
        "speaker.address_not_name",
        "1",
        "Mama NAME said C: the form of address is no part of the name and no title",
        address_not_name,
    ),
    named(
        "title.long_prename_chain",
        "1",
        "state Water Resources Minister NAME said C: office words, and-joined names, ordinals, units",
        long_prename_chain,
    ),
    named(
        "title.reflexive_tail",
        "1",
        "NAME, a former nurse herself, said C: title 'former nurse'",
        reflexive_tail,
    ),
)
