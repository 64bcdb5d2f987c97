"""Development capabilities added on branch ``h31nominal`` in the twenty-ninth round: a definite
description that refers back by the agreement of its whole phrase.

A description (*the timber firm*, *the union chief*, *the miner*) names the entity the text
introduced whose name words, stated titles and kind it agrees with, not merely the most salient
one of its class; when its words point at none of them, or conflict, it stays bare:

* *BODY1 signed a deal with BODY2. The timber firm said C* (BODY2's name holds *Timber*) -> BODY2,
  in either order and with *firm*, *company*, *group*, *business*;
* *The mayor, NAME1, met union leader NAME2. The union chief said C* -> NAME2 (*chief*, *boss*,
  *head* stand for *leader* and the other way round; the modifier agrees);
* *BANK lent money to Ardvale Mining. The miner said it would C* -> Ardvale Mining (an agent noun
  of a word of one body's name).

Guards: a field modifier that names neither body leaves the description bare (never the
salient body); adjectives that describe (*the troubled firm*) keep today's reading; a head of
another kind than the name's own head (*the news service* after *Corran News*, *the budget
office* after *the Assembly Budget Committee*) names not that body; the cases that work today
(*the rail operator*, *the bank*, *the lender*, *the institute*, *the city* bare); a role that a
person holds (*a retired miner*) is that person's. People, bodies and sentences of our own.
``captemplates.py`` adds :data:`ROUND28_H31NOMINAL` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Bodies whose name holds a word of their field: (name, the field word as a modifier).
FIELD_BODIES = (
    ("Halden Rail", "rail"),
    ("Kestrel Shipping", "shipping"),
    ("Brannock Steel", "steel"),
    ("Norsk Timber", "timber"),
    ("Veldhoven Dairy", "dairy"),
    ("Tavira Mining", "mining"),
    ("Quenby Software", "software"),
    ("Pellaro Foods", "food"),
    ("Ashgrove Energy", "energy"),
    ("Nakamura Textiles", "textile"),
    ("Okavango Cement", "cement"),
    ("Dunmore Pharma", "pharma"),
)
#: Field words that name no body of :data:`FIELD_BODIES` (a description of a third firm).
OTHER_FIELDS = ("timber", "insurance", "fishing", "oil", "steel", "rail")
#: Generic heads of a body's description.
HEADS = ("firm", "company", "group", "business")
#: Adjectives that describe a body without naming its field.
DESCRIBING = ("troubled", "Norwegian", "family-owned", "loss-making", "struggling")
#: Sentences that introduce two bodies: {a} first, {b} second.
PAIR_FRAMES = (
    "{a} signed a supply deal with {b} on Monday.",
    "{a} bought a stake in {b} last week.",
    "{a} ended its contract with {b} on Tuesday.",
    "{a} and {b} set up a joint venture in May.",
)
#: Reported clauses.
CLAUSES = (
    "the contract was worth $40 million",
    "the talks had gone well",
    "no jobs would be lost",
    "the plant would reopen in June",
)
#: Direct quotations (no final mark).
QUOTES = ("We are pleased with the outcome", "This is a fair deal for both sides", "Nothing has been signed")


def _said(desc: str, clause: str, quote: str, shape: int) -> tuple[str, str, str]:
    """(sentence, content, kind) for description *desc* ('the timber firm') reporting, in one of
    three shapes: subject-cue-clause, quote-cue, clause-cue."""
    if shape == 0:
        return f"{desc[0].upper()}{desc[1:]} said {clause}.", clause, "indirect"
    if shape == 1:
        content = f'"{quote},"'
        return f"{content} {desc} said.", content, "direct"
    text = f"{clause[0].upper()}{clause[1:]}, {desc} said."
    return text, f"{clause[0].upper()}{clause[1:]}", "indirect"


def _pairs() -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Ordered pairs of bodies of different fields."""
    return [(x, y) for x, y in itertools.product(FIELD_BODIES, FIELD_BODIES) if x[1] != y[1]]


def body_modifier_second() -> Iterator[Case]:
    """'BODY1 signed a deal with BODY2. The timber firm said C' (BODY2 holds *Timber*) -> BODY2."""
    combos = itertools.product(_pairs(), PAIR_FRAMES, HEADS, CLAUSES, QUOTES, range(3))
    for ((a, _), (b, field)), frame, head, clause, quote, shape in sample(combos, 200, "h31-second"):
        said, content, kind = _said(f"the {field} {head}", clause, quote, shape)
        text = f"{frame.format(a=a, b=b)} {said}"
        yield Case("", "second", text, [Expect(content, kind, b)], exact=True)


def body_modifier_first() -> Iterator[Case]:
    """'BODY1 signed a deal with BODY2. The rail firm said C' (BODY1 holds *Rail*) -> BODY1."""
    combos = itertools.product(_pairs(), PAIR_FRAMES, HEADS, CLAUSES, QUOTES, range(3))
    for ((a, field), (b, _)), frame, head, clause, quote, shape in sample(combos, 150, "h31-first"):
        said, content, kind = _said(f"the {field} {head}", clause, quote, shape)
        text = f"{frame.format(a=a, b=b)} {said}"
        yield Case("", "first", text, [Expect(content, kind, a)], exact=True)


#: Field words of one sector: an energy firm may be *the oil group* (neither contradicts).
SAME_SECTOR = frozenset([("oil", "energy"), ("fishing", "food")])


def _same_sector(field: str, pair: tuple[tuple[str, str], tuple[str, str]]) -> bool:
    """Is *field* of the sector of either body of *pair* (*oil* and *Ashgrove Energy*)?"""
    return any((field, body_field) in SAME_SECTOR for _, body_field in pair)


def guard_body_modifier_neither() -> Iterator[Case]:
    """'BODY1 signed a deal with BODY2. The insurance firm said C' (neither name holds the field)
    -> neither body: the description stays bare."""
    combos = itertools.product(_pairs(), PAIR_FRAMES, HEADS, OTHER_FIELDS, CLAUSES)
    items = [c for c in combos if c[3] not in (c[0][0][1], c[0][1][1]) and not _same_sector(c[3], c[0])]
    for ((a, _), (b, _)), frame, head, field, clause in sample(items, 150, "h31-neither"):
        text = f"{frame.format(a=a, b=b)} The {field} {head} said {clause}."
        yield Case(
            "",
            "neither",
            text,
            [Expect(clause, "indirect", f"{field} {head}")],
            exact=True,
            wrong_speakers=[(clause, a), (clause, b)],
        )


def guard_body_describing() -> Iterator[Case]:
    """'BODY1 signed a deal with BODY2 on Monday. The troubled firm said C' -> one of the bodies, as
    today: an adjective names no field, so it neither points at a body nor contradicts one."""
    combos = itertools.product(_pairs(), PAIR_FRAMES[:3], HEADS, DESCRIBING, CLAUSES)
    for ((a, _), (b, _)), frame, head, adj, clause in sample(combos, 100, "h31-describing"):
        text = f"{frame.format(a=a, b=b)} The {adj} {head} said {clause}."
        accepted = (a, b)
        yield Case("", "describing", text, [Expect(clause, "indirect", accepted)], exact=True)


#: Bodies whose name ends in a head of one kind, and descriptions with a head of another kind that
#: share a modifier with the name: (sentence, description, the body it must not name).
KIND_CONFLICTS = (
    ("Corran News ran the story on Friday.", "the news service", "Corran News"),
    ("Lindqvist Media ran the story on Friday.", "the media regulator", "Lindqvist Media"),
    ("The Assembly Budget Committee met on Friday.", "the budget office", "Assembly Budget Committee"),
    ("The Harbour Safety Board met on Friday.", "the safety agency", "Harbour Safety Board"),
    ("The Coastal Health Trust met on Friday.", "the health department", "Coastal Health Trust"),
    ("Tavira Mining met the Water Commission on Friday.", "the water ministry", "Water Commission"),
)


def guard_kind_conflict() -> Iterator[Case]:
    """'Corran News ran the story. The news service said C' -> not Corran News: a description whose
    head is of another kind than the name's own head names another body, whatever word they share."""
    combos = itertools.product(KIND_CONFLICTS, CLAUSES, range(3), QUOTES)
    for (intro, desc, body), clause, shape, quote in sample(combos, 60, "h31-kind"):
        said, content, _ = _said(desc, clause, quote, shape)
        text = f"{intro} {said}"
        yield Case("", "kind", text, [], exact=False, wrong_speakers=[(content.strip('",'), body)])


#: Two persons: (title as written before the name, the modifier, the title's head) for the one
#: a synonym names, and a plain post for the other.
LEADERS = (
    ("union leader", "union", "leader"),
    ("party leader", "party", "leader"),
    ("opposition leader", "opposition", "leader"),
    ("rebel leader", "rebel", "leader"),
    ("police chief", "police", "chief"),
    ("army chief", "army", "chief"),
    ("union boss", "union", "boss"),
    ("party head", "party", "head"),
)
#: Heads that stand for one another as a leader's role (WordNet 3.0: leader.n.01 has the
#: hyponym head.n.04 'chief, head, top dog'; boss.n.01 'foreman, chief, gaffer, honcho, boss').
SYNONYMS = {
    "leader": ("chief", "boss", "head"),
    "chief": ("leader", "head", "boss"),
    "boss": ("chief", "leader"),
    "head": ("leader", "chief"),
}
#: Persons of several cultures: (name, gender).
PEOPLE = (
    ("Dafydd Rhys", "m"),
    ("Tamar Kiknadze", "f"),
    ("Oluwaseun Adeyemi", "m"),
    ("Mirela Dumitrescu", "f"),
    ("Kenji Morimoto", "m"),
    ("Ayesha Siddiqui", "f"),
    ("Tupac Quispe", "m"),
    ("Ingrid Solberg", "f"),
    ("Rafael Ocampo", "m"),
    ("Leilani Kahale", "f"),
)
#: Plain posts of the other person.
POSTS = ("mayor", "governor", "finance minister", "bishop")
#: Sentences that introduce the two: {leader} is 'union leader NAME', {other} is 'the mayor, NAME,'.
PERSON_FRAMES = (
    ("{other_subj} met {leader} on Friday.", "other first"),
    ("{leader_cap} met {other_obj} on Friday.", "leader first"),
    ("{other_subj} spoke with {leader} by phone on Sunday.", "other first"),
)


def _person_pairs() -> list[tuple[tuple[str, str], tuple[str, str]]]:
    return [(x, y) for x, y in itertools.product(PEOPLE, PEOPLE) if x[0] != y[0]]


def _frame_text(frame: str, title: str, leader: str, post: str, other: str) -> str:
    return frame.format(
        leader=f"{title} {leader}",
        leader_cap=f"{title[0].upper()}{title[1:]} {leader}",
        other_subj=f"The {post}, {other},",
        other_obj=f"the {post}, {other},",
    )


def role_synonym() -> Iterator[Case]:
    """'The mayor, NAME1, met union leader NAME2. The union chief said C' -> NAME2: a head that
    stands for the title's head, with the title's modifier."""
    combos = itertools.product(LEADERS, PERSON_FRAMES, _person_pairs(), POSTS, CLAUSES, QUOTES, range(3))
    items = []
    for (title, mod, head), (frame, _), ((leader, _), (other, _)), post, clause, quote, shape in combos:
        for syn in SYNONYMS[head]:
            items.append((title, mod, syn, frame, leader, other, post, clause, quote, shape))
    for title, mod, syn, frame, leader, other, post, clause, quote, shape in sample(items, 200, "h31-syn"):
        said, content, kind = _said(f"the {mod} {syn}", clause, quote, shape)
        text = f"{_frame_text(frame, title, leader, post, other)} {said}"
        yield Case("", "syn", text, [Expect(content, kind, leader)], exact=True)


def role_same_head() -> Iterator[Case]:
    """'The mayor, NAME1, met union leader NAME2. The union leader said C' -> NAME2 (works today:
    the guard of the same head)."""
    combos = itertools.product(LEADERS, PERSON_FRAMES, _person_pairs(), POSTS, CLAUSES)
    for (title, mod, head), (frame, _), ((leader, _), (other, _)), post, clause in sample(
        combos, 60, "h31-same"
    ):
        text = f"{_frame_text(frame, title, leader, post, other)} The {mod} {head} said {clause}."
        yield Case("", "same", text, [Expect(clause, "indirect", leader)], exact=True)


def guard_role_other_modifier() -> Iterator[Case]:
    """'The mayor, NAME1, met union leader NAME2. The rebel chief said C' -> neither: the modifier
    names another field than the title's."""
    others = ("union", "party", "rebel", "army", "police", "opposition")
    combos = itertools.product(LEADERS, PERSON_FRAMES, _person_pairs(), POSTS, others, CLAUSES)
    items = [c for c in combos if c[4] != c[0][1]]
    for (title, _, head), (frame, _), ((leader, _), (other, _)), post, mod, clause in sample(
        items, 100, "h31-othermod"
    ):
        syn = SYNONYMS[head][0]
        text = f"{_frame_text(frame, title, leader, post, other)} The {mod} {syn} said {clause}."
        yield Case("", "othermod", text, [], exact=False, wrong_speakers=[(clause, leader), (clause, other)])


#: Bodies whose name holds a field word in *-ing* or a trade, and the agent noun for the body.
AGENT_BODIES = (
    ("Ardvale Mining", "miner"),
    ("Kestrel Shipping", "shipper"),
    ("Harrowgate Brewing", "brewer"),
    ("Lantern Publishing", "publisher"),
    ("Ostrava Printing", "printer"),
    ("Greyfell Retail", "retailer"),
)
#: The other body of the pair (a lender).
LENDERS = ("Glenmoor Bank", "Caskey Savings Bank", "Northmead Credit Union")


def agent_of_body() -> Iterator[Case]:
    """'BANK lent money to Ardvale Mining. The miner said it would C' -> Ardvale Mining."""
    clauses = ("it would repay the loan by March", "it would cut no jobs", "it had enough cash")
    frames = (
        "{bank} lent money to {body} last year.",
        "{body} borrowed $10 million from {bank} last year.",
    )
    combos = itertools.product(AGENT_BODIES, LENDERS, frames, clauses)
    for (body, agent), bank, frame, clause in sample(combos, 80, "h31-agent"):
        text = f"{frame.format(bank=bank, body=body)} The {agent} said {clause}."
        yield Case("", "agent", text, [Expect(clause, "indirect", body)], exact=True)


def guard_agent_person() -> Iterator[Case]:
    """'Ardvale Mining hired Ana Roe, a retired miner. The miner said C' -> the person, never the
    body: a role a person holds is hers."""
    combos = itertools.product(AGENT_BODIES[:3], PEOPLE, CLAUSES)
    for (body, agent), (name, _), clause in sample(combos, 40, "h31-gagent"):
        text = f"{body} hired {name}, a retired {agent}, in May. The {agent} said {clause}."
        yield Case(
            "",
            "gagent",
            text,
            [Expect(clause, "indirect", name)],
            exact=True,
            wrong_speakers=[(clause, body)],
        )


def guard_today() -> Iterator[Case]:
    """The readings that work today: 'The rail operator said' -> Halden Rail; 'The bank said' / 'The
    lender said' -> Glenmoor Bank; 'The institute said' -> Kessler Institute; 'The city said' bare."""
    rows = (
        ("Halden Rail signed a deal with Norsk Timber on Monday.", "the rail operator", "Halden Rail"),
        ("Glenmoor Bank lent money to Ardvale Mining.", "the bank", "Glenmoor Bank"),
        ("Glenmoor Bank lent money to Ardvale Mining.", "the lender", "Glenmoor Bank"),
        (
            "Ardvale Mining sued the Kessler Institute and the city of Brona.",
            "the institute",
            "Kessler Institute",
        ),
        ("Ardvale Mining sued the Kessler Institute and the city of Brona.", "the city", "city"),
        ("Brannock Steel signed a deal with Halden Rail on Monday.", "the steel maker", "Brannock Steel"),
    )
    for (intro, desc, who), clause, quote, shape in itertools.product(
        rows, CLAUSES[:2], QUOTES[:1], range(3)
    ):
        said, content, kind = _said(desc, clause, quote, shape)
        yield Case("", "today", f"{intro} {said}", [Expect(content, kind, who)], exact=True)


def role_synonym_two_holders() -> Iterator[Case]:
    """'Union leader NAME1 met party leader NAME2. The party chief said C' -> NAME2: of two holders
    of the synonymous head, the one whose title holds the modifier."""
    titles = (("union", "leader"), ("party", "leader"), ("police", "chief"), ("army", "chief"))
    pairs = [(x, y) for x, y in itertools.product(titles, titles) if x[0] != y[0]]
    combos = itertools.product(pairs, _person_pairs(), (0, 1), CLAUSES)
    for ((m1, h1), (m2, h2)), ((n1, _), (n2, _)), pick, clause in sample(combos, 120, "h31-two"):
        mod, head, who = (m1, h1, n1) if pick == 0 else (m2, h2, n2)
        syn = SYNONYMS[head][0]
        text = f"{m1.title()} {h1} {n1} met {m2} {h2} {n2} on Friday. The {mod} {syn} said {clause}."
        yield Case("", "two", text, [Expect(clause, "indirect", who)], exact=True)


def guard_body_modifier_both() -> Iterator[Case]:
    """'Brannock Steel sued Kessick Steel. The steel firm said C' -> neither: the modifier points at
    both bodies, so the description stays bare."""
    pairs = (
        ("Brannock Steel", "Kessick Steel", "steel"),
        ("Halden Rail", "Ostmark Rail", "rail"),
        ("Tavira Mining", "Quarrow Mining", "mining"),
        ("Pellaro Foods", "Dunlin Foods", "food"),
    )
    combos = itertools.product(pairs, PAIR_FRAMES, HEADS, CLAUSES)
    for (a, b, field), frame, head, clause in sample(combos, 80, "h31-both"):
        text = f"{frame.format(a=a, b=b)} The {field} {head} said {clause}."
        yield Case("", "both", text, [], exact=False, wrong_speakers=[(clause, a), (clause, b)])


def body_same_sector() -> Iterator[Case]:
    """'Norsk Timber signed a deal with Ashgrove Energy. The power company said C' -> Ashgrove
    Energy: a field word of the name's sector (*power* for *Energy*, *drug* for *Pharma*) does not
    contradict it, while it contradicts the other body (*Timber*), in either order."""
    described = (
        ("Ashgrove Energy", "power"),
        ("Dunmore Pharma", "drug"),
        ("Quenby Software", "tech"),
        ("Kestrel Shipping", "freight"),
    )
    others = ("Nakamura Textiles", "Veldhoven Dairy", "Okavango Cement", "Norsk Timber")
    combos = itertools.product(described, others, PAIR_FRAMES, HEADS[:2], CLAUSES, (True, False))
    for (body, field), other, frame, head, clause, first in sample(combos, 120, "h31-sector"):
        a, b = (body, other) if first else (other, body)
        text = f"{frame.format(a=a, b=b)} The {field} {head} said {clause}."
        yield Case("", "sector", text, [Expect(clause, "indirect", body)], exact=True)


ROUND28_H31NOMINAL: tuple[Capability, ...] = (
    named(
        "nominal.body_modifier_second",
        "2",
        "BODY1 signed a deal with BODY2. The timber firm said C (BODY2 holds Timber) -> BODY2",
        body_modifier_second,
    ),
    named(
        "nominal.body_modifier_first",
        "2",
        "BODY1 signed a deal with BODY2. The rail firm said C (BODY1 holds Rail) -> BODY1",
        body_modifier_first,
    ),
    named(
        "nominal.guard_body_modifier_neither",
        "2",
        "BODY1 ... BODY2. The insurance firm said C (neither holds it) -> the bare description",
        guard_body_modifier_neither,
    ),
    named(
        "nominal.guard_body_describing",
        "2",
        "BODY1 ... BODY2. The troubled firm said C -> BODY1 or bare, never BODY2",
        guard_body_describing,
    ),
    named(
        "nominal.guard_kind_conflict",
        "2",
        "Corran News ran it. The news service said C -> not Corran News (a head of another kind)",
        guard_kind_conflict,
    ),
    named(
        "nominal.role_synonym",
        "2",
        "The mayor, NAME1, met union leader NAME2. The union chief said C -> NAME2",
        role_synonym,
    ),
    named(
        "nominal.role_synonym_two_holders",
        "2",
        "Union leader NAME1 met party leader NAME2. The party chief said C -> NAME2",
        role_synonym_two_holders,
    ),
    named(
        "nominal.guard_body_modifier_both",
        "2",
        "Brannock Steel sued Kessick Steel. The steel firm said C -> neither body",
        guard_body_modifier_both,
    ),
    named(
        "nominal.body_same_sector",
        "2",
        "Norsk Timber signed a deal with Ashgrove Energy. The power company said C -> Ashgrove Energy",
        body_same_sector,
    ),
    named(
        "nominal.role_same_head",
        "2",
        "The mayor, NAME1, met union leader NAME2. The union leader said C -> NAME2",
        role_same_head,
    ),
    named(
        "nominal.guard_role_other_modifier",
        "2",
        "The mayor, NAME1, met union leader NAME2. The rebel chief said C -> neither",
        guard_role_other_modifier,
    ),
    named(
        "nominal.agent_of_body",
        "2",
        "BANK lent money to Ardvale Mining. The miner said it would C -> Ardvale Mining",
        agent_of_body,
    ),
    named(
        "nominal.guard_agent_person",
        "2",
        "Ardvale Mining hired NAME, a retired miner. The miner said C -> NAME",
        guard_agent_person,
    ),
    named(
        "nominal.guard_today",
        "2",
        "The rail operator / the bank / the lender / the institute -> the body; the city stays bare",
        guard_today,
    ),
)
