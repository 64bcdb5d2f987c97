"""Development capabilities added on branch ``f19spk`` in the nineteenth round: wrong speakers.

* A *he* or *she* never refers to a place, a people or a feast named as a capitalised word
  (*a flat in Berlin ... he said*, *Muslim families ... she said*, *Election Day*): with no
  person in view the source stays unresolved, never the place.
* A definite description the text never gave as a title (*The veteran says*, *The former
  electrician said*) names the one person the sentence before refers to as its subject (a
  name, a *she* that opens it, the one speaker of a quotation paragraph); with two persons in
  that sentence, or a description written before (*a lawyer ... The lawyer said*), it names
  nobody.
* *The captain, NAME, was ... She says C*: a pronoun that continues the subject of the
  sentence before outranks the majority gender a first-name list gives that name (*Jess*,
  *Sam*, *Alex* are listed as men's).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND18_F19SPK` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the ferry timetable had been changed without warning",
    "the rent on the workshop had doubled since spring",
    "nobody from the council had replied to the letters",
    "the night buses were the only way home after a late shift",
)
#: Sentences that name only places, peoples or a feast before the pronoun; {place} is filled.
PLACE_FRAMES = (
    "Last winter the flat of a young {place} man was searched by police.",
    "Turnout fell sharply across {place} this year.",
    "Several {place} families moved into the street in March.",
    "The mood in {place} changed after the vote.",
)
PLACES = ("Berlin", "Canada", "Massachusetts", "Muslim", "European", "Iran", "Mexico")
#: Verbs of the pronoun's report.
VERBS = ("said", "told reporters", "says", "insisted")


def pronoun_place() -> Iterator[Case]:
    """'PLACE-only sentence. He/She VERB C.' -> C has no speaker, never the place."""
    combos = itertools.product(PLACE_FRAMES, PLACES, ("He", "She"), VERBS, CLAUSES)
    for frame, place, pronoun, verb, clause in sample(combos, 100, "f19spk-place"):
        text = f"{frame.format(place=place)} {pronoun} {verb} {clause}."
        expects = [Expect(clause, "indirect", None)]
        yield Case("", "place", text, expects, exact=False, wrong_speakers=[(clause, place)])
    for feast, clause in itertools.product(("Election Day", "New Year", "Christmas"), CLAUSES):
        text = f"The queues were longest on {feast}. She said {clause}."
        yield Case("", "feast", text, [Expect(clause, "indirect", None)], exact=False)


#: Persons introduced with an age, a role or a deed (first names the lists hold, so that the
#: text shows a person); the descriptive nouns that follow them.
PERSONS = (
    ("Helen Achterberg", "f"),
    ("Thomas Okafor", "m"),
    ("Margaret Villanueva", "f"),
    ("Gordon Hargreave", "m"),
    ("Ruth Okonkwo", "f"),
)
INTRODUCTIONS = (
    "{name}, 58, has run the bakery on Quay Street for twenty years.",
    "{name} spent three decades underground before the pit closed.",
    "{name}, who joined the crew in 1998, is its longest-serving member.",
    "{name} first played for the club at the age of 17.",
)
NOUNS = ("veteran", "former electrician", "retired teacher", "grandmother", "grandfather", "newcomer")


def _agrees(noun: str, gender: str) -> bool:
    return not (noun == "grandmother" and gender == "m") and not (noun == "grandfather" and gender == "f")


def introduced_person() -> Iterator[Case]:
    """'NAME was introduced. | The NOUN said C.' -> NAME (of a gender the noun allows); with two
    persons in that sentence or the noun written before, nobody named."""
    combos = itertools.product(PERSONS, INTRODUCTIONS, NOUNS, ("said", "says"), CLAUSES)
    kept = [c for c in combos if _agrees(c[2], c[0][1])]
    for (name, _gender), intro, noun, verb, clause in sample(kept, 120, "f19spk-introduced"):
        text = f"{intro.format(name=name)}\n\nThe {noun} {verb} {clause}."
        yield Case("", "introduced", text, [Expect(clause, "indirect", name)], exact=False)
    pairs = itertools.product(PERSONS, PERSONS, NOUNS[:3], CLAUSES)
    for (first, _g1), (second, _g2), noun, clause in sample(pairs, 40, "f19spk-two"):
        if first == second:
            continue
        text = f"{first} met {second} at the depot in May. The {noun} said {clause}."
        yield Case(
            "", "two persons", text, [], exact=False, wrong_speakers=[(clause, first), (clause, second)]
        )
    for (name, _gender), clause in sample(itertools.product(PERSONS, CLAUSES), 20, "f19spk-lawyer"):
        text = f"{name} hired a lawyer in May. The lawyer said {clause}."
        yield Case("", "description before", text, [], exact=False, wrong_speakers=[(clause, name)])


#: Women whose first name a first-name list gives as a man's; men the other way round.
LISTED_AGAINST = (
    ("Jess Haworth", "She"),
    ("Sam Okafor", "She"),
    ("Alex Brannigan", "She"),
    ("Jean Morel", "He"),
)
ROLES = ("captain", "club secretary", "head groundsman")


def census_gender() -> Iterator[Case]:
    """'The ROLE, NAME, was ... PRONOUN says C.' -> NAME, though a list gives the name the other
    gender (nobody else is in view)."""
    combos = itertools.product(LISTED_AGAINST, ROLES, ("says", "said"), CLAUSES)
    for (name, pronoun), role, verb, clause in sample(combos, 48, "f19spk-census"):
        text = f"The {role}, {name}, was one of the founders. {pronoun} {verb} {clause}."
        yield Case("", "framed subject", text, [Expect(clause, "indirect", name)], exact=False)


ROUND18_F19SPK: tuple[Capability, ...] = (
    named(
        "pronoun.no_place_antecedent",
        "2",
        "a he/she after sentences naming only a place, a people or a feast (Berlin, Muslim, Election"
        " Day): no speaker (was: the place)",
        pronoun_place,
    ),
    named(
        "nominal.introduced_person",
        "2",
        "NAME introduced | The veteran / former electrician / grandmother said C: NAME; two persons in"
        " the sentence before, or 'a lawyer ... the lawyer': not a name (was: the bare description)",
        introduced_person,
    ),
    named(
        "pronoun.listed_gender_yields",
        "2",
        "The captain, Jess Haworth, was X. She says C: Jess Haworth, though the census list makes"
        " Jess a man's name (was: no speaker or a body)",
        census_gender,
    ),
)
