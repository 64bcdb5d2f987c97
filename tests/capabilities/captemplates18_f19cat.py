"""Development capabilities added on branch ``f19cat`` in the nineteenth round: speakers a
lede describes and the text names only later (cataphora).

* A definite *official* with a modifier (*The state's most senior flood official has conceded
  that C*) is the person the next paragraph introduces with a title holding that modifier
  (*Flood Warning Commissioner NAME*); an indefinite anonymous official (*A senior Pentagon
  official said*) stays unnamed.
* An indefinite description of a body (*A Danish museum said C*), or *the museum* taking it up
  in its own sentence (*A Danish museum will return ..., the museum announced*), is the one
  body the next paragraph's first sentence names with that noun (*The Ostergaard Museum of
  Design said*).
* *The founder of BODY says C* is the person a later paragraph introduces as having *founded
  BODY* (*NAME, 41, founded BODY in 2019*), with the description as her title; a later *the
  founder said* is her too.
* A description may be named two or three paragraphs later (*..., a coroner has said.* / a
  paragraph about someone else / *area coroner NAME said*); that far, a complement must be
  in the title too (*a spokeswoman for the Parks Department* is not *campaign spokeswoman
  NAME*).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND18_F19CAT` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses (lede-worthy).
CLAUSES = (
    "the last warning reached the valley with minutes to spare",
    "the pumping station had been left unmanned overnight",
    "the evacuation order came too late for the lower town",
    "the levee had not been inspected for six years",
)
#: (owner, modifier, title holding the modifier, person).
OFFICIALS = (
    ("The state's", "flood", "Flood Warning Commissioner", "Imogen Treharne"),
    ("The region's", "water", "Chief Water Engineer", "Declan Moorhouse"),
    ("The city's", "transport", "Transport Commissioner", "Priya Venkataraman"),
    ("The county's", "health", "Director of Public Health", "Oskar Lindqvist"),
)
RANKS = ("most senior", "top", "highest-ranking", "senior")
VERBS = ("has conceded that", "said", "has admitted that", "told the inquiry")


def generic_official() -> Iterator[Case]:
    """'The state's most senior flood official has conceded that C. | Flood Warning Commissioner
    NAME told the inquiry ...' -> NAME; 'A senior flood official said C. | Flood ... NAME said'
    -> not NAME (an anonymous official)."""
    combos = itertools.product(OFFICIALS, RANKS, VERBS, CLAUSES)
    for (owner, mod, title, name), rank, verb, clause in sample(combos, 100, "f19cat-official"):
        text = (
            f"{owner} {rank} {mod} official {verb} {clause}.\n\n"
            f"{title} {name}, who has held the post since 2019, gave evidence on Thursday."
        )
        content = f"that {clause}" if verb.endswith("that") else clause
        yield Case("", "owned official", text, [Expect(content, "indirect", name, title=title)], exact=False)
    anonymous = itertools.product(OFFICIALS, CLAUSES)
    for (_owner, mod, title, name), clause in sample(anonymous, 24, "f19cat-anon"):
        text = (
            f"A senior {mod} official said {clause}.\n\n"
            f"{title} {name} said the department would publish its own review."
        )
        yield Case("", "anonymous official", text, [], exact=False, wrong_speakers=[(clause, name)])


#: (noun, adjective, body named with that noun).
BODIES = (
    ("museum", "Danish", "Ostergaard Museum of Design"),
    ("university", "Scottish", "Glenmorrow University"),
    ("bank", "Swiss", "Vollenweider Private Bank"),
    ("charity", "Welsh", "Brynmor Relief Charity"),
)
BODY_CLAUSES = (
    "return four carved panels taken from a temple in 1897",
    "close its regional offices by the end of the year",
    "pay back the grant it received in error",
)


def body_named_next() -> Iterator[Case]:
    """'A Danish museum said C. | The Ostergaard Museum of Design said ...' and 'A Danish museum
    will C, the museum announced' -> the body; two such bodies -> not either."""
    combos = itertools.product(BODIES, BODY_CLAUSES, ("said", "announced"))
    for (noun, adj, body), clause, verb in sample(combos, 60, "f19cat-body"):
        follow = f"\n\nThe {body} said the decision had been taken by its board in March."
        text = f"A{'n' if adj[0] in 'AEIOU' else ''} {adj} {noun} {verb} it would {clause}.{follow}"
        yield Case("", "body said", text, [Expect(f"it would {clause}", "indirect", body)], exact=False)
        content = f"A{'n' if adj[0] in 'AEIOU' else ''} {adj} {noun} will {clause}"
        text = f"{content}, the {noun} {verb} on Wednesday.{follow}"
        yield Case("", "the body took up", text, [Expect(content, "indirect", body)], exact=False)
    for (noun, adj, body), clause in sample(itertools.product(BODIES, BODY_CLAUSES), 12, "f19cat-bodies"):
        other = body.split()[0] + "s " + " ".join(body.split()[1:])
        text = (
            f"A {adj} {noun} said it would {clause}.\n\n"
            f"The {body} and the {other} both said the decision had been taken in March."
        )
        wrong = [(f"it would {clause}", body), (f"it would {clause}", other)]
        yield Case("", "two bodies", text, [], exact=False, wrong_speakers=wrong)


#: (person, pronoun, body, year).
FOUNDERS = (
    ("Nadia Okonjo", "she", "Lumenfold", "2019"),
    ("Callum Strachan", "he", "Brightwater Labs", "2020"),
    ("Ines Valcourt", "she", "Kettlehouse", "2017"),
    ("Tobias Renwick", "he", "Quarryline", "2021"),
)
QUOTES = ("We grew faster than we could hire", "I should have seen it sooner", "That part is on me")


def founder_by_verb() -> Iterator[Case]:
    """'The founder of BODY says C. | ... | NAME, 41, founded BODY in 2019.' -> NAME, title
    'founder of BODY'; a later 'the founder said' -> NAME."""
    combos = itertools.product(FOUNDERS, CLAUSES[:3], QUOTES, (0, 1))
    for (name, pron, body, year), clause, quote, gap in sample(combos, 72, "f19cat-founder"):
        middle = "The company cut a third of its staff in March.\n\n" if gap else ""
        text = (
            f"The founder of {body}, a small logistics startup, says {pron} regrets the cuts.\n\n"
            f"{middle}{name}, 41, founded {body} in {year} after a decade in retail.\n\n"
            f'Rosa Quint, an engineer, said {clause}.\n\n"{quote}," the founder said.'
        )
        expects = [
            Expect(f"{pron} regrets the cuts", "indirect", name, title=f"founder of {body}"),
            Expect(f'"{quote},"', "direct", name),
        ]
        yield Case("", "founder", text, expects, exact=False)


#: (description, title named later, person, complement that names another person's body).
LATER = (
    ("a coroner has said", "area coroner", "Catherine Ashdown"),
    ("an inspector has found", "chief inspector", "Martin Oyelaran"),
    ("a magistrate has said", "district magistrate", "Helena Strout"),
)


def named_paragraphs_later() -> Iterator[Case]:
    """'C, a coroner has said. | Someone else. | At the inquest, area coroner NAME said D.' -> C
    is NAME's; 'a spokeswoman for the Parks Department said C | ... | campaign spokeswoman NAME'
    two paragraphs on -> not NAME."""
    combos = itertools.product(LATER, CLAUSES)
    for (desc, title, name), clause in sample(combos, 24, "f19cat-later"):
        content = clause[0].upper() + clause[1:]
        text = (
            f"{content}, {desc}.\n\n"
            "Walter Penrose, a retired fitter from the lower town, was 83 when he died in March.\n\n"
            f"At the hearing on Tuesday, {title} {name} said she had read every report."
        )
        yield Case("", "two paragraphs on", text, [Expect(content, "indirect", name)], exact=False)
    for clause in CLAUSES:
        text = (
            f"A spokeswoman for the Parks Department said {clause}.\n\n"
            "The campaign has argued that its contracts are binding.\n\n"
            "Campaign spokeswoman Odile Farrant said the contracts could not be ended at will."
        )
        yield Case(
            "", "complement unmatched", text, [], exact=False, wrong_speakers=[(clause, "Odile Farrant")]
        )


ROUND18_F19CAT: tuple[Capability, ...] = (
    named(
        "cataphora.generic_official",
        "2",
        "The state's most senior flood official has conceded that C | Flood Warning Commissioner NAME"
        " ...: NAME; an indefinite 'A senior flood official said' stays unnamed (was: the description)",
        generic_official,
    ),
    named(
        "cataphora.body_named_next",
        "2",
        "A Danish museum said C / A Danish museum will C, the museum announced | The Ostergaard Museum"
        " of Design said ...: the body; two such bodies: neither (was: 'museum')",
        body_named_next,
    ),
    named(
        "cataphora.founder_by_verb",
        "2",
        "The founder of BODY says C | NAME, 41, founded BODY in 2019 | ... the founder said: NAME,"
        " title 'founder of BODY' (was: 'founder of BODY', then 'founder')",
        founder_by_verb,
    ),
    named(
        "cataphora.named_paragraphs_later",
        "2",
        "C, a coroner has said. | another person | area coroner NAME said: NAME; a complement the"
        " far title lacks ('a spokeswoman for the Parks Department'): not named (was: 'coroner')",
        named_paragraphs_later,
    ),
)
