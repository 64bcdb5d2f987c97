"""Development capabilities added on branch ``f19ttl`` in the nineteenth round: titles that were
missing or cut.

* An indefinite apposition of a noun modifier or a rank and a role noun the lexicon lacks is a
  title (*NAME, a harbour welder from Wick,*, *NAME, a third trombonist who ...,*); an evaluative,
  habitual or hobby description is none (*a keen sailor*, *a coffee drinker*).
* A role noun the lexicon lacks before an honorific and a first name, after a cue or an agent's
  *by* (*said consultant radiologist Dr NAME*, *a review by consultant radiologist Dr NAME*), and
  a rank before a listed role (*opening bowler NAME*).
* A participle phrase of up to nine words after an apposition's role, before a past verb of
  speech (*NAME, a retired county judge appointed by the council to chair the review, wrote*).
* A description of a body whose relative clause holds an organisation noun leaves the person a
  person (*NAME, a nurse whose house on the coast road burned,*).
* A parent's count of children before *at* and a named school is a title (*a father of three at
  Linfield Primary*), alone it is none (*a father of three*).
* A particle inside a body's name before its role (*Te Kāhui o Ngā Kaiako chair NAME*).

People, places and sentences of their own. ``captemplates.py`` adds :data:`ROUND18_F19TTL` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Speakers whose names read as persons (first names the lexicon registers).
NAMES = ("Marta Lindqvist", "Oscar Penhaligon", "Helen Achterberg", "Daniel Osei", "Laura Fairweather")
#: Places (real towns are fine).
PLACES = ("Wick", "Galway", "Timaru", "Hobart", "Bergen")
#: (modifier, unlisted role noun): jobs.
JOBS = (
    ("harbour", "welder"),
    ("ferry", "skipper"),
    ("lifestyle", "vlogger"),
    ("dockyard", "fitter"),
    ("second", "violinist"),
    ("third", "trombonist"),
    ("marine", "biologist"),
    ("freelance", "translator"),
)
#: (modifier, noun): descriptions of a person, no job.
DESCRIPTIONS = (
    ("keen", "sailor"),
    ("avid", "birdwatcher"),
    ("coffee", "drinker"),
    ("marathon", "runner"),
    ("proud", "gardener"),
    ("devoted", "follower"),
)
#: Reported clauses.
CLAUSES = (
    "the quay had been dusty for years",
    "the council ignored the warnings",
    "nobody had told the crews",
)
#: Tails after the role: (text after the noun, its part of the title).
TAILS = (
    (" from {place},", " from {place}"),
    (" in {place},", " in {place}"),
    (" who moved here in 2019,", ""),
)


def job_apposition() -> Iterator[Case]:
    """'NAME, a MOD NOUN from PLACE, said C.' -> title 'MOD NOUN from PLACE'; a description -> None."""
    combos = itertools.product(NAMES, range(len(JOBS)), PLACES, range(len(TAILS)), range(len(CLAUSES)))
    for name, j, place, t, c in sample(combos, 80, "f19ttl-job"):
        mod, noun = JOBS[j]
        tail, kept = (s.format(place=place) for s in TAILS[t])
        clause = CLAUSES[c]
        text = f"{name}, a {mod} {noun}{tail} said {clause}."
        yield Case("", "job", text, [Expect(clause, "indirect", name, title=f"{mod} {noun}{kept}")])
    combos2 = itertools.product(NAMES, range(len(DESCRIPTIONS)), PLACES, range(len(CLAUSES)))
    for name, d, place, c in sample(combos2, 40, "f19ttl-description"):
        mod, noun = DESCRIPTIONS[d]
        clause = CLAUSES[c]
        text = f"{name}, a {mod} {noun} from {place}, said {clause}."
        yield Case("", "description", text, [Expect(clause, "indirect", name, title=None)])


#: Unlisted role nouns and the listed role or rank before them.
PREFIXED = (("consultant", "radiologist"), ("consultant", "pathologist"), ("senior", "hydrologist"))


def prefixed_unlisted_role() -> Iterator[Case]:
    """'"Q," said MOD NOUN Dr NAME.' and 'A review by MOD NOUN Dr NAME found that C.' ->
    title 'MOD NOUN'; 'opening bowler NAME' -> 'opening bowler'."""
    for name, (mod, noun), c in itertools.product(NAMES, PREFIXED, range(len(CLAUSES))):
        title = f"{mod} {noun}"
        quote = '"The scans were clear,"'
        yield Case(
            "", "credit", f"{quote} said {title} Dr {name}.", [Expect(quote, "direct", name, title=title)]
        )
        clause = f"that {CLAUSES[c]}"
        text = f"A review by {title} Dr {name} found {clause}."
        yield Case("", "by", text, [Expect(clause, "indirect", name, title=title)], exact=False)
    for name, rank in itertools.product(NAMES, ("opening", "second")):
        quote = '"We batted poorly,"'
        text = f"{quote} said {rank} bowler {name}."
        yield Case("", "rank", text, [Expect(quote, "direct", name, title=f"{rank} bowler")])


def participle_after_role() -> Iterator[Case]:
    """'NAME, a retired county judge appointed by the council to chair the review, wrote that C.'
    -> title 'retired county judge'."""
    for name, c, verb in itertools.product(NAMES, range(len(CLAUSES)), ("wrote", "said", "told the panel")):
        clause = f"that {CLAUSES[c]}"
        text = f"{name}, a retired judge appointed by the council to chair the review, {verb} {clause}."
        yield Case("", "participle", text, [Expect(clause, "indirect", name, title="retired judge")])


def relative_with_body_noun() -> Iterator[Case]:
    """'NAME, a nurse whose house on the coast road burned, told the inquiry that C.' -> NAME, a
    person, title 'nurse'."""
    for name, c, role in itertools.product(NAMES, range(len(CLAUSES)), ("nurse", "teacher", "farmer")):
        clause = f"that {CLAUSES[c]}"
        text = f"{name}, a {role} whose house on the coast road burned, told the inquiry {clause}."
        yield Case("", "whose", text, [Expect(clause, "indirect", name, title=role, speaker_kind="person")])


def parent_at_school() -> Iterator[Case]:
    """'NAME, a father of three at Linfield Primary, said C.' -> that title; without the school
    -> None."""
    for name, kin, school, c in itertools.product(
        NAMES, ("father", "mother"), ("Linfield Primary", "Harcourt Elementary"), range(len(CLAUSES))
    ):
        clause = CLAUSES[c]
        title = f"{kin} of three at {school}"
        yield Case(
            "",
            "school",
            f"{name}, a {title}, said {clause}.",
            [Expect(clause, "indirect", name, title=title)],
        )
        yield Case(
            "",
            "alone",
            f"{name}, a {kin} of three, said {clause}.",
            [Expect(clause, "indirect", name, title=None)],
        )


def body_particle() -> Iterator[Case]:
    """'Te Kāhui o Ngā Kaiako chair NAME said C.' -> the whole body's name in the title."""
    bodies = ("Te Kāhui o Ngā Kaiako", "Te Rōpū o Ngā Tamariki", "Banco de Galicia")
    for name, body, c in itertools.product(NAMES, bodies, range(len(CLAUSES))):
        clause = CLAUSES[c]
        text = f"{body} chair {name} said {clause}."
        yield Case("", "particle", text, [Expect(clause, "indirect", name, title=f"{body} chair")])


ROUND18_F19TTL: tuple[Capability, ...] = (
    named(
        "title.unlisted_job_apposition",
        "2",
        "NAME, a MOD NOUN from PLACE, said C: title 'MOD NOUN from PLACE'; a keen sailor: None",
        job_apposition,
    ),
    named(
        "title.unlisted_role_before_honorific",
        "2",
        '"Q," said consultant radiologist Dr NAME / by TITLE Dr NAME / opening bowler NAME: the title',
        prefixed_unlisted_role,
    ),
    named(
        "title.long_participle_after_role",
        "2",
        "NAME, a retired judge appointed by X to chair Y, wrote that C: title 'retired judge'",
        participle_after_role,
    ),
    named(
        "title.relative_clause_body_noun",
        "2",
        "NAME, a nurse whose house on the coast road burned, told X that C: NAME a person, title 'nurse'",
        relative_with_body_noun,
    ),
    named(
        "title.parent_at_named_school",
        "2",
        "NAME, a father of three at Linfield Primary, said C: that title; 'a father of three' alone: None",
        parent_at_school,
    ),
    named(
        "title.particle_in_body_name",
        "2",
        "Te Kāhui o Ngā Kaiako chair NAME said C: title 'Te Kāhui o Ngā Kaiako chair'",
        body_particle,
    ),
)
