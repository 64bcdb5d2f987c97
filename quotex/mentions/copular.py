"""Copular relatives after a name: *NAME, who is the campaign's chief strategist,*, *who
serves as a deputy warden*, *who has been treasurer of the X Trust since 2018*.

Input: the words of the text and the token of *who*; output: where the predicate's title
starts (and, for a bare predicate, the last token it may use). Called by
:func:`quotex.mentions.appositions.apposition_title`, which reads the predicate as an
apposition's title.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.mentions.words import is_role


def copular_relative(words: Sequence[str], i: int, end: int) -> int:
    """Where the title starts when a copular relative opens at token *i*: *who is*, *who was*,
    *who has been*, *who serves as* ... and an article ('X, who is the campaign's chief
    strategist,', 'X, who serves as a deputy warden,'): the article's token; else *i*. The
    predicate noun phrase is the person's title as an apposition's would be."""
    if i + 2 > end or words[i].lower() != "who":
        return i
    k = copular_verb_end(words, i + 1, end)
    if k < 0:
        return i
    return k + 1 if k + 1 <= end and words[k + 1].lower() in ("a", "an", "the") else i


def copular_verb_end(words: Sequence[str], k: int, end: int) -> int:
    """The last token of a copular verb from token *k* after *who*: *is*, *was*, *has been*,
    *had been*, *serves as*, *served as*; else -1."""
    if k + 1 <= end and words[k] in _COPULAR_SERVES and words[k + 1] == "as":
        return k + 1
    if k + 1 <= end and words[k] in ("has", "had") and words[k + 1] == "been":
        return k + 1
    return k if words[k] in ("is", "was") else -1


def bare_predicate(words: Sequence[str], i: int, end: int) -> tuple[int, int] | None:
    """(first, stop) of a copular relative's predicate at token *i* with no article ('who is
    treasurer of X', 'who has been director at X since 2018': a singular count noun with no
    article after a copula names a unique post, Quirk et al. 5.34); *stop* is the last token
    before a time adjunct ('since 2018'), else *end*. None when there is none."""
    if i + 2 > end or words[i].lower() != "who":
        return None
    k = copular_verb_end(words, i + 1, end)
    first = k + 1
    if k < 0 or first > end or words[first].lower() in ("a", "an", "the"):
        return None
    for m in range(first, end + 1):
        if words[m] in _CLAUSE_END:
            break
        if words[m] in _TIME_ADJUNCT_LINKS and m + 1 <= end and words[m + 1][:1].isdigit():
            return (first, m - 1)
    return (first, end)


def post_head(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Can the predicate *first..last*'s head, the noun before its first link ('head | of policy
    at X', 'staff attorney | with X'), name a post: a role word, or a word with no adjective's
    ending that is no predicative adjective or part noun ('critical', 'responsible', 'part')?"""
    head = first
    while head + 1 < last and words[head + 1] not in _LINKS:
        head += 1
    w = words[head]
    if is_role(w, lexicon):
        return True
    return (
        w.isalpha()
        and w.islower()
        and not w.endswith(_ADJECTIVE_ENDINGS)
        and w not in _PREDICATE_ADJECTIVES
        and w not in _LINKS
    )


def describes_only(words: Sequence[str], first: int, end: int) -> bool:
    """Is the indefinite apposition from token *first* (after its article) a description of a
    person, no post: its head, the last lower-case word before a link, a relative word or the
    apposition's end, is a noun of kinship, neighbourhood or custom ('a mother of three', 'a
    neighbour who has lived ...', 'a lifelong resident of the valley', 'a regular at the
    market')?"""
    k = first
    while (
        k <= end
        and k - first < 3
        and words[k].isalpha()
        and words[k].islower()
        and words[k] not in _HEAD_ENDS
    ):
        k += 1
    if not (k > first and words[k - 1] in _DESCRIPTION_NOUNS):
        return False
    counted = k + 1 <= end and words[k] == "of" and (words[k + 1] in _COUNTS or words[k + 1].isdigit())
    if words[k - 1] in _KIN_NOUNS and not counted:
        return False  # ('mother of a slain soldier', 'father': a relation to someone, kept)
    if counted and _at_body(words, k + 2, end):
        return False  # ('a mother of two at Meeker Elementary': a parent of a named school)
    if words[k - 1] in ("resident", "regular") and (k > end or words[k] not in _HEAD_ENDS):
        return False  # ('one resident, NAME': alone, the noun is how the text introduces NAME)
    if k <= end and words[k][:1].isalpha() and words[k] not in _HEAD_ENDS:
        return False
    while k <= end and words[k] not in _CLAUSE_END:
        if words[k] in ("and", "&"):
            return False  # ('a mother of three and project manager at X': a post too)
        k += 1
    return True


def _at_body(words: Sequence[str], k: int, end: int) -> bool:
    """Does *at* and a capitalised name follow at token *k* ('at Meeker Elementary')?"""
    return k + 1 <= end and words[k] == "at" and words[k + 1][:1].isupper()


#: Kin nouns, descriptions only with a count of children ('a mother of three').
_KIN_NOUNS = frozenset("mother father parent grandmother grandfather grandparent".split())
#: Counts of children after a kin noun's *of*.
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
#: Words after a description's head noun.
_HEAD_ENDS = frozenset("of at in on from who whose since with".split())
#: Nouns that describe a person by kin, home or habit, never a post.
_DESCRIPTION_NOUNS = _KIN_NOUNS | frozenset("neighbour neighbor resident regular".split())
#: Words that close the relative clause.
_CLAUSE_END = frozenset([",", ".", ";", ":", "(", ")", "—", "–"])
#: A role's links to its body.
_LINKS = frozenset("at of for with".split())
#: Endings of adjectives that take a prepositional complement after a copula.
_ADJECTIVE_ENDINGS = ("ible", "able", "ous", "ive", "ful", "ic", "ical", "ent", "ant", "less", "ish", "ary")
#: Predicative adjectives and part nouns before *of/at/for/with* that hold no post.
_PREDICATE_ADJECTIVES = frozenset(
    "aware proud afraid fond wary sure happy unhappy angry familiar close part sick tired full "
    "free short glad keen mad upset ready alone bound due late new open right wrong".split()
)
#: Prepositions that open a time adjunct after a copular relative's role ('since 2018').
_TIME_ADJUNCT_LINKS = frozenset(["since", "until", "from", "in"])
#: Verbs of holding a post before *as* in a copular relative ('who serves as', 'who served as').
_COPULAR_SERVES = frozenset(["serves", "served"])
