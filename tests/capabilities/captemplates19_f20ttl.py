"""Development capabilities added on branch ``f20ttl`` in the twentieth round: titles right and whole.

* *NAME, then the city's planner,* / *then-Gov. NAME*: the time adverb *then* (with its hyphen
  or an article after it) is no part of the title.
* A post first written inside a quotation (*"Senator Vale has read it," she said*) yields to the
  story's own spelling of the same post (*Sen. Oren Vale, R-Utah,*).
* *Its chair* / *its president* take the body that owns them: not a name inside quotation
  marks (a flyer's words), and the subject of the sentence before rather than an unnamed body
  in its object (*The Guild ... had urged the board to wait. Its president, NAME,*).
* A stated post is read whole: after a party's letters in brackets (*Cllr NAME (FG), the
  council's cathaoirleach,*), a portfolio whose fields are joined by *and* (*cabinet member for
  housing and planning policy*), a body's name holding *and* after *of the* (*co-director of
  the Land and Water Policy Centre at ...*), a post linked by *on* over a bare rank (*Det. NAME,
  the lead investigator on the case*).
* A role's department set off by a comma after it is part of the title (*vice-president,
  institutional research at Sahyadri Capital Securities*).
* A party adjective before an abbreviated rank is no part of the post: *Democratic Gov. NAME*
  -> *Gov.*; *Republican Ohio Sen. NAME* -> *Ohio Sen.*.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_F20TTL` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample
from captemplates18_f19spk import CLAUSES as F19_CLAUSES

#: Reported clauses (the nineteenth round's).
CLAUSES = F19_CLAUSES
#: Full names (first names the lists hold) with their surnames.
NAMES = (
    ("Helen Achterberg", "Achterberg"),
    ("Thomas Okafor", "Okafor"),
    ("Margaret Villanueva", "Villanueva"),
    ("Gordon Hargreave", "Hargreave"),
    ("Ruth Okonkwo", "Okonkwo"),
)
#: Posts held in the past, with an article or none.
THEN_ROLES = (
    ("the city's chief planner", "city's chief planner"),
    ("a senior analyst at Norbank", "senior analyst at Norbank"),
    ("director of the Harbour Trust", "director of the Harbour Trust"),
    ("the agency's deputy administrator for insurance", "agency's deputy administrator for insurance"),
)
THEN_VERBS = ("said", "wrote", "told reporters", "argued")


def then_title() -> Iterator[Case]:
    """'NAME, then ROLE, VERB that C.' -> ROLE without *then*; 'then-RANK NAME said' -> RANK."""
    combos = itertools.product(NAMES, THEN_ROLES, THEN_VERBS, CLAUSES)
    for (name, _s), (written, title), verb, clause in sample(combos, 120, "f20ttl-then"):
        text = f"In a letter last year, {name}, then {written}, {verb} that {clause}."
        expects = [Expect(f"that {clause}", "indirect", name, title=title)]
        yield Case("", "apposition", text, expects, exact=False)
    ranks = ("Gov.", "Sen.", "Rep.", "Cmdr.")
    for (name, _s), rank, clause in sample(itertools.product(NAMES, ranks, CLAUSES), 40, "f20ttl-then-rank"):
        text = f"In 2019, then-{rank} {name} said that {clause}."
        yield Case("", "hyphen", text, [Expect(f"that {clause}", "indirect", name, title=rank)], exact=False)


#: A post spelled out in speech and abbreviated in the story.
SPOKEN_POSTS = (("Senator", "Sen."), ("Governor", "Gov."), ("Representative", "Rep."), ("Detective", "Det."))
QUOTES = (
    "It was never filed.",
    "We asked for the records twice.",
    "Nobody told the families.",
    "The numbers do not add up.",
)


def quoted_post() -> Iterator[Case]:
    """'"... SPOKEN SURNAME ...," Ada Roe said. | ABBR NAME asked X. "Q" SURNAME said.' -> ABBR."""
    combos = itertools.product(NAMES, SPOKEN_POSTS, QUOTES)
    for (name, surname), (spoken, abbr), quote in sample(combos, 80, "f20ttl-spoken"):
        text = (
            f'"{spoken} {surname} has read the report twice," Ada Roe said.\n\n'
            f'{abbr} {name} asked about the lease on Tuesday. "{quote}" {surname} said.'
        )
        expects = [Expect(f'"{quote}"', "direct", name, title=abbr)]
        yield Case("", "story spelling", text, expects, exact=False)


#: Bodies that own a post, unnamed bodies in their object, and the posts.
BODIES = (
    "Welsh Guild of Ferry Pilots",
    "Northern Association of Retired Nurses",
    "Quay Residents Alliance",
    "Coastal Anglers Federation",
)
OBJECTS = ("the board", "the council", "the committee")
POSTS = ("president", "chair", "secretary", "director")


def its_owner() -> Iterator[Case]:
    """'The BODY, which ..., had urged OBJECT to wait. Its POST, NAME, said that C.' -> 'POST of
    the BODY'; a slogan's capitalised words in quotation marks own no post."""
    combos = itertools.product(BODIES, OBJECTS, POSTS, NAMES, CLAUSES)
    for body, obj, post, (name, _s), clause in sample(combos, 100, "f20ttl-its"):
        text = (
            f"The {body}, which has about 900 members, had urged {obj} to wait. "
            f"Its {post}, {name}, said that {clause}."
        )
        expects = [Expect(f"that {clause}", "indirect", name, title=f"{post} of the {body}")]
        yield Case("", "subject over object", text, expects, exact=False)
    slogans = ("Don't Sink Our Harbour", "Save Our Ferry", "Keep Quay Street Open")
    combos2 = itertools.product(BODIES, slogans, POSTS, NAMES, CLAUSES)
    for body, slogan, post, (name, _s), clause in sample(combos2, 60, "f20ttl-slogan"):
        text = (
            f'Their campaign, the {body}, has put up posters reading "{slogan}," and its {post}, '
            f"{name}, argued that {clause}."
        )
        expects = [Expect(f"that {clause}", "indirect", name, title=f"{post} of the {body}")]
        yield Case("", "slogan", text, expects, exact=False, wrong_speakers=[])


#: Posts stated after a rank and a name: (how the text writes it, the title).
STATED = (
    ("Cllr {name} (FG), the council's cathaoirleach,", "council's cathaoirleach"),
    ("Cllr {name} (SNP), the council's depute leader,", "council's depute leader"),
    (
        "Cllr {name}, cabinet member for housing and planning policy,",
        "cabinet member for housing and planning policy",
    ),
    ("Cllr {name}, cabinet member for transport and parking,", "cabinet member for transport and parking"),
    ("Det. {name}, the lead investigator on the case,", "lead investigator on the case"),
    ("Sgt. {name}, the lead officer on the inquiry,", "lead officer on the inquiry"),
    (
        "{name}, a professor of law and co-director of the Land Rights and Water Policy Centre at"
        " Halden University,",
        "professor of law and co-director of the Land Rights and Water Policy Centre at Halden University",
    ),
    (
        "{name}, director of the Sea and Shore Research Unit at the University of Kelso,",
        "director of the Sea and Shore Research Unit at the University of Kelso",
    ),
)


def stated_post() -> Iterator[Case]:
    """'RANK NAME (PARTY), POST, said that C.' -> POST whole."""
    combos = itertools.product(STATED, NAMES, ("said", "told reporters", "argued"), CLAUSES)
    for (frame, title), (name, _s), verb, clause in sample(combos, 140, "f20ttl-stated"):
        text = f"{frame.format(name=name)} {verb} that {clause}."
        yield Case("", "whole", text, [Expect(f"that {clause}", "indirect", name, title=title)], exact=False)


#: (party, place or none, rank) before a name, and the title kept.
PARTY_RANKS = (
    ("Democratic", "", "Gov."),
    ("Republican", "", "Sen."),
    ("Democratic", "", "Rep."),
    ("Republican", "Ohio ", "Sen."),
    ("Democratic", "U.S. ", "Rep."),
    ("Labour", "", "Cllr"),
)


def party_rank() -> Iterator[Case]:
    """'PARTY [PLACE] RANK NAME said that C.' -> '[PLACE] RANK'."""
    combos = itertools.product(PARTY_RANKS, NAMES, ("said", "told reporters"), CLAUSES)
    for (party, place, rank), (name, _s), verb, clause in sample(combos, 100, "f20ttl-party"):
        text = f"On Friday, {party} {place}{rank} {name} {verb} that {clause}."
        expects = [Expect(f"that {clause}", "indirect", name, title=f"{place}{rank}")]
        yield Case("", "party", text, expects, exact=False)


#: Roles, their departments and bodies ('vice-president, institutional research at X').
DEPT_ROLES = ("vice-president", "chief economist", "managing director", "senior analyst")
DEPARTMENTS = ("global markets", "institutional research", "equity research", "fixed income")
DEPT_BODIES = ("Norbank Securities", "the Bank of Lisbon", "Halden Capital Partners")


def department_tail() -> Iterator[Case]:
    """'"Q," said NAME, ROLE, DEPARTMENT at BODY.' -> 'ROLE, DEPARTMENT at BODY'."""
    combos = itertools.product(NAMES, DEPT_ROLES, DEPARTMENTS, DEPT_BODIES, QUOTES)
    for (name, _s), role, dept, body, quote in sample(combos, 100, "f20ttl-dept"):
        title = f"{role}, {dept} at {body}"
        text = f'"{quote}" said {name}, {title}.'
        yield Case("", "department", text, [Expect(f'"{quote}"', "direct", name, title=title)], exact=False)


ROUND19_F20TTL: tuple[Capability, ...] = (
    named(
        "title.then_is_no_title",
        "2",
        "NAME, then the city's planner, said C / then-Gov. NAME said C: the post without 'then'"
        " (was: 'then the city's planner')",
        then_title,
    ),
    named(
        "title.story_spelling_over_quoted",
        "2",
        '"Senator Vale has read it," X said. | Sen. Oren Vale asked ... "Q" Vale said: Sen. (was: the'
        " quotation's 'Senator')",
        quoted_post,
    ),
    named(
        "title.its_post_owner",
        "2",
        "The BODY ... had urged the board to wait. Its president, NAME, said C: 'president of the"
        " BODY'; a slogan in quotation marks owns no post (was: bare post, or the slogan's words)",
        its_owner,
    ),
    named(
        "title.stated_post_whole",
        "2",
        "Cllr NAME (FG), the council's cathaoirleach / cabinet member for housing and planning policy"
        " / Det. NAME, the lead investigator on the case / co-director of the X and Y Centre at U:"
        " the post whole (was: the rank, or the post cut at 'and')",
        stated_post,
    ),
    named(
        "title.party_before_rank",
        "2",
        "Democratic Gov. NAME / Republican Ohio Sen. NAME said C: 'Gov.' / 'Ohio Sen.' (was: with the party)",
        party_rank,
    ),
    named(
        "title.department_after_role",
        "2",
        '"Q," said NAME, vice-president, institutional research at BODY.: the role, its department'
        " and body whole (was: 'vice-president')",
        department_tail,
    ),
)
