"""Development capabilities added on branch ``f22ttl`` in the twenty-second round: a post's
title read in full before the holder's name, and the name left clean.

* A capitalised place or body before a post with its portfolio (*Lagos State Commissioner for
  Health NAME*, *Nakuru County Executive Committee Member for Trade, Tourism and Cooperatives
  NAME*, *Bavaria State Minister for Culture NAME*): the whole post is the title and NAME, never
  a portfolio word, is the speaker.
* A body whose name holds *of* and a coordinated list before an unnamed role (*a Ministry of
  Housing and Urban Affairs spokesman*, *a Department of Health and Social Care official*): the
  whole phrase speaks, never the list's last part alone.

People, places, bodies and sentences of our own. ``captemplates.py`` adds
:data:`ROUND21_F22TTL` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons whose first names the lists hold, of many origins.
PEOPLE = (
    "Olufemi Adeyemi",
    "Esther Koech",
    "Ravi Menon",
    "Thandiwe Mokoena",
    "Sione Tupou",
    "Kofi Asante",
    "Hana Novak",
    "Ifeoma Okafor",
    "Faisal Rahman",
    "Ingrid Solberg",
)
#: Capitalised places and bodies that stand before a post.
PLACES = (
    "Lagos State",
    "Nakuru County",
    "Ogun State",
    "Bavaria State",
    "Kerala State",
    "Kisumu County",
    "Western Province",
    "Tasman District",
)
#: Posts (capitalised role nouns, with any modifiers).
POSTS = (
    "Commissioner",
    "Executive Committee Member",
    "Minister",
    "Deputy Commissioner",
    "Cabinet Secretary",
    "Chief Officer",
)
#: Portfolios: one field, two joined by *and*, three listed with commas.
PORTFOLIOS = (
    "Health",
    "Works and Infrastructure",
    "Trade, Tourism and Cooperatives",
    "Water, Sanitation and Environment",
    "Lands, Housing and Urban Planning",
    "Education",
    "Agriculture and Rural Development",
)
#: Reported clauses.
CLAUSES = (
    "the clinics would stay open through the holiday",
    "the road would be finished before the rains",
    "the market had been closed for safety reasons",
    "no trader would lose a stall without notice",
)
#: Direct quotations (without closing punctuation).
QUOTES = (
    "We will not abandon the traders",
    "The money has already been released",
    "Nobody should panic about the supply",
)
#: Cue verbs (past, present).
VERBS = (("said", "says"), ("told reporters", "tells reporters"), ("insisted", "insists"), ("added", "adds"))


def placed_post() -> Iterator[Case]:
    """'PLACE POST for PORTFOLIO NAME said C.' / '"Q," said PLACE POST ... NAME.' / '"Q,"
    PLACE POST ... NAME said.' -> NAME, title 'PLACE POST for PORTFOLIO'."""
    combos = itertools.product(PEOPLE, PLACES, POSTS, PORTFOLIOS, ("for", "of"), range(3))
    for h, (name, place, post, portfolio, link, frame) in enumerate(sample(combos, 360, "f22ttl-placed")):
        title = f"{place} {post} {link} {portfolio}"
        clause, quote, verb = CLAUSES[h % 4], QUOTES[h % 3], VERBS[h % 4]
        tense = (h // 4) % 2
        if frame == 0:
            text = f"{title} {name} {verb[tense]} that {clause}."
            yield Case("", "subject", text, [Expect(f"that {clause}", "indirect", name, title=title)])
        elif frame == 1:
            text = f'"{quote}," said {title} {name}.'
            yield Case("", "inverted", text, [Expect(f'"{quote},"', "direct", name, title=title)])
        else:
            text = f'Speaking in the capital, {title} {name} {verb[tense]}: "{quote}."'
            yield Case("", "fronted", text, [Expect(f'"{quote}."', "direct", name, title=title)])


#: Bodies whose names hold *of* and a coordinated list of fields.
LISTED_BODIES = (
    "Ministry of Housing and Urban Affairs",
    "Department of Health and Social Care",
    "Department of Environment, Food and Rural Affairs",
    "Ministry of Fisheries and Ocean Resources",
    "Department of Culture, Media and Sport",
    "Ministry of Labour and Employment",
    "Office of Rail and Road",
)
#: Unnamed roles of a body.
BODY_ROLES = ("spokesman", "spokeswoman", "spokesperson", "official", "source")


def listed_body_role() -> Iterator[Case]:
    """'A BODY-of-LIST ROLE said C.' / '"Q," said a BODY ROLE.' / '"Q," a BODY ROLE said.' ->
    the whole phrase 'BODY ROLE' speaks, never 'LIST ROLE' or 'BODY' cut before its end."""
    combos = itertools.product(LISTED_BODIES, BODY_ROLES, range(3), range(4))
    for body, role, frame, k in combos:
        phrase = f"{body} {role}"
        clause, quote, verb = CLAUSES[k], QUOTES[k % 3], VERBS[k]
        if frame == 0:
            text = f"A {phrase} {verb[0]} that {clause}."
            yield Case("", "subject", text, [Expect(f"that {clause}", "indirect", phrase)])
        elif frame == 1:
            text = f'"{quote}," said a {phrase}.'
            yield Case("", "inverted", text, [Expect(f'"{quote},"', "direct", phrase)])
        else:
            text = f'"{quote}," a {phrase} {verb[0]}.'
            yield Case("", "after", text, [Expect(f'"{quote},"', "direct", phrase)])


#: (three-letter noun, job noun): compound jobs whose modifier is a short noun.
SHORT_JOBS = (
    ("tea", "planter"),
    ("gas", "fitter"),
    ("oil", "trader"),
    ("car", "dealer"),
    ("tax", "inspector"),
    ("gym", "instructor"),
    ("toy", "designer"),
    ("ice", "sculptor"),
)
#: Places for the job's phrase.
JOB_PLACES = ("Munnar", "Ibadan", "Dundee", "Gdansk", "Cebu", "Rotorua")


def short_compound_job() -> Iterator[Case]:
    """'NAME, [AGE,] a MOD NOUN from PLACE, said C.' / '"Q," said NAME, a MOD NOUN in PLACE.' /
    '"Q," said MOD NOUN NAME.' -> the compound job (with its place) is the title."""
    combos = itertools.product(PEOPLE, SHORT_JOBS, JOB_PLACES, range(4))
    for h, (name, (mod, noun), place, frame) in enumerate(sample(combos, 320, "f22ttl-shortjob")):
        clause, quote = CLAUSES[h % 4], QUOTES[h % 3]
        job = f"{mod} {noun}"
        if frame == 0:
            text = f"{name}, a {job} from {place}, said {clause}."
            yield Case(
                "", "apposition", text, [Expect(clause, "indirect", name, title=f"{job} from {place}")]
            )
        elif frame == 1:
            text = f"{name}, {30 + h % 40}, a {job} from {place}, told the paper that {clause}."
            title = f"{job} from {place}"
            yield Case("", "aged", text, [Expect(f"that {clause}", "indirect", name, title=title)])
        elif frame == 2:
            text = f'"{quote}," said {name}, a {job} in {place}.'
            yield Case(
                "", "inverted", text, [Expect(f'"{quote},"', "direct", name, title=f"{job} in {place}")]
            )
        else:
            text = f'"{quote}," said {job} {name}.'
            yield Case("", "credit", text, [Expect(f'"{quote},"', "direct", name, title=job)])


#: Bodies named with a possessive (plural or singular) and a capitalised post in them.
OWNED_POSTS = (
    "Workers' Party MP",
    "Workers’ Party MP",
    "Farmers' Union President",
    "Women's Institute Chair",
    "Teachers' Federation Secretary",
    "Miners’ Union Chairman",
    "Nurses' Association President",
    "Children's Commission Director",
)


def owned_post() -> Iterator[Case]:
    """'POSSESSOR'S BODY POST NAME said C.' / '"Q," said POSSESSOR'S BODY POST NAME.' -> NAME,
    title the whole post (the name never holds the post)."""
    combos = itertools.product(PEOPLE, OWNED_POSTS, range(3))
    for h, (name, post, frame) in enumerate(sample(combos, 240, "f22ttl-owned")):
        clause, quote, verb = CLAUSES[h % 4], QUOTES[h % 3], VERBS[h % 4]
        if frame == 0:
            text = f"{post} {name} {verb[h // 4 % 2]} that {clause}."
            yield Case("", "subject", text, [Expect(f"that {clause}", "indirect", name, title=post)])
        elif frame == 1:
            text = f'"{quote}," said {post} {name}.'
            yield Case("", "inverted", text, [Expect(f'"{quote},"', "direct", name, title=post)])
        else:
            text = f'On Monday, {post} {name} {verb[0]}: "{quote}."'
            yield Case("", "fronted", text, [Expect(f'"{quote}."', "direct", name, title=post)])


ROUND21_F22TTL: tuple[Capability, ...] = (
    named(
        "title.placed_post_portfolio",
        "2",
        "PLACE POST for PORTFOLIO (A, B and C) NAME said: NAME, title the whole post",
        placed_post,
    ),
    named(
        "title.listed_body_role",
        "2",
        "a Ministry of A, B and C spokesman said: the whole phrase speaks",
        listed_body_role,
    ),
    named(
        "title.short_compound_job",
        "2",
        "NAME, a tea planter from PLACE / said gas fitter NAME: the compound job with a three-letter noun",
        short_compound_job,
    ),
    named(
        "title.owned_post",
        "2",
        "Workers' Party MP NAME / Farmers' Union President NAME said: NAME, title the whole post",
        owned_post,
    ),
)
