"""Where the *that* clause of a reporting noun in subject position ends: before the main verb.

`His claim that the cranes were unsafe went unanswered`: the noun phrase *his claim that C* is
the sentence's subject, so the sentence's own verb follows the *that* clause (Quirk et al. 1985,
§17.26 on appositive *that* clauses; §10.18 on the subject before its predicate). The clause
ends before the last finite verb group of the stretch that runs to the first punctuation after
the clause's own verb, when that stretch holds at least two groups: *were* (the clause's verb)
and *went* (the main verb). A group opens at a finite auxiliary or modal, an irregular or simple
past or a lower-case past in *-ed* that no auxiliary or form of *be* or *have* precedes (*had
shrunk* is one group); a group right after a clause opener (a relative, *that*, a subordinator,
*and*/*but*/*or*, a subject pronoun, *to*) belongs to a clause inside, not to the main clause
(`... drew criticism from dockers who had worked there`). The noun phrase is in subject position
when it opens the sentence or follows a comma or a sentence-initial *But*, *And*, *Yet* or *So*.

Input: the token words, the first token of the noun phrase, the content's first token (*that*)
and its last token, and the sentence's first token. Output: the content's new last token. Used
by :func:`.cue_rules.cue_noun`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.grammar import (
    ADVERBS,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    MODALS,
    RELATIVES,
    SIMPLE_PAST,
    SUBJECT_WORDS,
    SUBORDINATORS,
)

__all__ = ["subject_clause_end"]

#: Words before a subject noun phrase that opens the sentence after them.
_SUBJECT_LEADS = frozenset(["but", "and", "yet", "so"])
#: First words of a fronted adverbial after whose comma the next phrase is the subject.
_FRONTED_OPENERS = frozenset(
    "on in at after before during since by last earlier later yesterday today still however meanwhile".split()
)
#: Words that open a clause inside the stretch: a verb group right after one is not the main verb.
_OPENERS = RELATIVES | SUBORDINATORS | SUBJECT_WORDS | frozenset("that and but or to if whether".split())
#: Words that keep a verb group going ('had shrunk', 'was ignored', 'would be').
_GROUP_WORDS = FINITE_AUXILIARIES | MODALS | frozenset("be been being have having".split())
#: Words before an attributive *-ed* adjective ('many undocumented migrants', 'the unnamed aide').
_BEFORE_ADJECTIVE = frozenset(
    "a an the many some most few several all no his her their its our every".split()
)
#: Common irregular pasts that :data:`grammar.IRREGULAR_PAST` leaves out.
_MORE_PASTS = frozenset(["went", "did"])
_NEGATORS = frozenset("not n't never yet already also still just even ever".split())
_STOPS = frozenset([",", ";", ":", "—", "–", "--", "(", ")", ".", "?", "!"])


def _finite(w: str) -> bool:
    low = w.lower()
    return (
        low in FINITE_AUXILIARIES
        or low in MODALS
        or low in IRREGULAR_PAST
        or low in SIMPLE_PAST
        or low in _MORE_PASTS
        or (w.isalpha() and w.islower() and low.endswith("ed") and len(low) > 4)
    )


def _in_group(words: Sequence[str], m: int, a: int) -> bool:
    """Does the verb at token *m* go on a group opened before it ('had | shrunk', 'had not yet |
    announced'), or follow a finite verb as its participle or adjective ('went | unanswered')?"""
    p = m - 1
    while p > a and words[p].lower() not in _GROUP_WORDS:
        low = words[p].lower()
        if not (low in ADVERBS or low.endswith("ly") or low in _NEGATORS):
            break
        p -= 1
    participle = words[m].lower().endswith("ed")  # ('went | unanswered'; not 'had been sold | was')
    # (a participle after a verb that is itself a participle opens a new group: 'been sold | proved')
    return words[p].lower() in _GROUP_WORDS or (
        participle and _finite(words[p]) and not _in_group(words, p, a)
    )


def _subject_position(words: Sequence[str], np_first: int, first: int) -> bool:
    """Does the noun phrase at *np_first* open its sentence, maybe after *But*/*And*/*Yet*/*So*
    or a fronted adverbial up to its comma ('On Monday, her claim ...'; not a list item after a
    comma, 'including his ban, his claim that ...')?"""
    if np_first == first:
        return True
    lead = words[np_first - 1]
    if lead.lower() in _SUBJECT_LEADS and np_first - 1 == first:
        return True
    if lead != "," or words[first].lower() not in _FRONTED_OPENERS:
        return False
    return "," not in words[first : np_first - 1]


def subject_clause_end(words: Sequence[str], np_first: int, a: int, b: int, first: int) -> int:
    """The last token of the *that* clause from token *a* of a reporting noun whose phrase opens
    at *np_first*: before the main verb when the phrase is the sentence's subject; else *b*."""
    if words[a].lower() != "that" or not _subject_position(words, np_first, first):
        return b
    groups: list[int] = []
    for m in range(a + 1, b + 1):
        w = words[m]
        if w in _STOPS:
            if groups:
                break
            continue
        attributive = w.lower().endswith("ed") and words[m - 1].lower() in _BEFORE_ADJECTIVE
        if (
            _finite(w)
            and not attributive
            and not _in_group(words, m, a)
            and words[m - 1].lower() not in _OPENERS
        ):
            groups.append(m)
    if len(groups) < 2:
        return b
    return groups[-1] - 1
