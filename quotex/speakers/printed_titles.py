"""Which of a speaker's titles a fact-checker prints.

Input: the titles an entity was given, in the order the text wrote them. Output: the one to
print (:func:`printed_title`): the first written, or a later one that extends it; a post with
its body over a bare rank, a party alone or a part in a study; no description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotex.lexicon import titles as _titles
from quotex.lexicon.kinship import KIN_TERMS
from quotex.mentions.copular import describes_only

__all__ = ["bare_rank", "printed_title"]


def printed_title(titles: Sequence[str]) -> str | None:
    """The title a fact-checker would print: the first written, or a later one that
    extends it ('officer' -> 'chief financial officer of Norland Robotics'); and when that
    is a bare rank or academic title ('Professor', 'Sgt.', 'Lt. Col.': :func:`bare_rank`), the
    first role stated with its body ('epidemiologist at Halden University')."""
    titles = [t for t in titles if t.split()[0] not in ("and", "or")] or titles  # (not a list: 'and Sen. X')
    # ('mother of three', 'lifelong resident of the valley': a description, kept for 'the
    # father of three' to refer back to, but no title to print)
    titles = [t for t in titles if not describes_only(words := t.split(), 0, len(words) - 1)]
    if not titles:
        return None
    best = titles[0]
    for t in titles[1:]:
        low, have = t.lower(), best.lower()
        if len(low) > len(have) and (
            low.endswith(" " + have) or low.startswith(have + " ") or f" {have} " in low
        ):
            best = t
    if len(titles) > 1 and _study_role(best):
        # ("The study's senior author, NAME, a marine ecologist at X": the post with its body)
        best = next((t for t in titles if _affiliated(t) and not _study_role(t)), best)
    if len(titles) > 1 and bare_rank(best):
        affiliated = (t for t in titles if _affiliated(t))
        return next(affiliated, next((t for t in titles if _linked_post(t)), best))
    if len(titles) > 1 and _bare_party(best):
        # ('Republican Curtis Hollander, the founder of Hollander Freight Lines': the party is
        # no post; a role stated with its body or place is the title)
        return next((t for t in titles if _affiliated(t) and not _bare_party(t) and not bare_rank(t)), best)
    return best


def _study_role(title: str) -> bool:
    """Is *title* a part in a piece of work, no post ('co-author', "study's senior author", 'lead
    author of the study', 'principal investigator')?"""
    words = title.lower().split()
    return bool(words) and (words[-1] in _STUDY_ROLES or (len(words) > 2 and words[-3] in _STUDY_ROLES))


#: Parts in a study or report, which a post with its body outranks as the title to print.
_STUDY_ROLES = frozenset("author co-author coauthor investigator co-investigator".split())


def _linked_post(title: str) -> bool:
    """Is *title* a role phrase tied to its body or field by a possessive or a preposition,
    though in lower case ("council's cabinet member for finance", 'leader of the opposition
    group', "town's mayor"), so a stated post that a bare rank ('Cllr', 'Rep.') yields to?"""
    words = title.split()
    # ("town's mayor": a body named by a common noun; not "Virginia's governor", often a past post)
    owned = len(words) == 2 and words[0].endswith(("'s", "’s")) and words[0].islower()
    return (
        (len(words) >= 3 or owned)
        and words[-1].lower() not in KIN_TERMS  # ("the harbour master's niece": a relation, no post)
        # (a rank heading an *of* phrase is a post: 'chief of the naval staff', 'commander of the fleet')
        and (not bare_rank(words[0]) or words[1] == "of")
        and not _bare_party(words[0])
        and (any(w.endswith(("'s", "’s")) for w in words[:-1]) or bool(_LINKED.search(title)))
    )


#: A role's link to its portfolio or body in lower case: 'member for finance', 'leader of the',
#: 'investigator on the case'.
_LINKED = re.compile(r"^[\w’'-]+(?: [\w’'-]+)? (?:of|for|at|with|in|on) ")


#: Party words that, alone, state a person's affiliation but no post.
_PARTY_TITLES = frozenset(
    "republican democrat democratic independent gop liberal conservative labour socialist".split()
)


def _bare_party(title: str) -> bool:
    """Is *title* only a party word ('Republican', 'Democrat')?"""
    return title.lower() in _PARTY_TITLES


#: A role's link to the body or place it serves: 'at/of/for/with/in' and a capitalised name, or
#: a comma and the body's name after a one-word role ('Chairman, Senate Committee on Aviation').
_AFFILIATED = re.compile(r"\b(?:at|of|for|with|in) (?:the (?:\d+(?:st|nd|rd|th) )?)?[A-Z]|^[\w-]+, [A-Z]")


#: A role with its body written before it as capitalised pre-modifiers ('Highway Patrol
#: spokeswoman', 'Pentagon press secretary'; not a possessor: 'As Virginia's governor' may be a
#: past post).
_BODY_BEFORE_ROLE = re.compile(r"^(?:[A-Z][\w&-]*\s+)+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$")


def _affiliated(title: str) -> bool:
    """Does *title* link its role to a body or place before any verb ('epidemiologist at Halden
    University'; not 'only candidate to campaign in Wyoming'), or name its body before the
    role ('Highway Patrol spokeswoman')?"""
    if _BODY_BEFORE_ROLE.match(title):  # (a body or place, not only a party: 'Democratic opponent')
        return any(w[:1].isupper() and w.lower() not in _titles.TITLE_ADJECTIVES for w in title.split())
    m = _OF_BODY_NOUN.search(title)
    if m and m.group(1) in _titles.ORGANIZATION_NOUNS:
        return True  # ('chair of the committee', 'spokeswoman for the union')
    m = _AFFILIATED.search(title)
    return m is not None and not _VERB_LINK.search(title, 0, m.start() + 1)


_OF_BODY_NOUN = re.compile(r"^[a-z][\w -]* (?:at|of|for|with) the ([a-z]+)$")
_VERB_LINK = re.compile(r"\b(?:to|who|that|which) ")
_BARE_WORDS = _titles.BARE_RANKS | _titles.TITLE_ABBREVIATIONS


def bare_rank(title: str) -> bool:
    """Is *title* only rank, grade or academic-title words ('Professor', 'Sgt.', 'Lt. Col.',
    'Associate Professor'; :data:`quotex.lexicon.titles.BARE_RANKS` and the title
    abbreviations), no office and no body?"""
    return all(w.lower().rstrip(".") in _BARE_WORDS for w in title.split())
