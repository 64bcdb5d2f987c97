"""Content boundaries at a comma that the clause tests of :mod:`clauses` read: a comment clause
that credits somebody else (', as the anglers had claimed'), the reporter's time of the report
(', three days after the storm'), and the focus of a cleft, set off by commas before its
relative clause ('it was Haworth, more than anyone, who set the tone')."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import FINITE_AUXILIARIES, IRREGULAR_PAST, MODALS, SUBJECT_WORDS

#: How many words the short subject of a comment clause may hold ('as several local anglers
#: had claimed', 'as the council predicted').
_SUBJECT_TOKENS = 5

#: Units of a span of time before *after* or *before* ('three days after ...').
TIME_UNITS = frozenset(
    "minutes hours days weeks months years decades minute hour day week month year decade".split()
)

#: Verb classes of a comment clause's verb: saying, thinking, expecting ('as the ministry had
#: claimed', 'as analysts expected').
_COMMENT_CLASSES = ("speech", "cognition", "stance")


def comment_clause(words: Sequence[str], k: int, last: int, verbs: Mapping[str, tuple[str, str]]) -> bool:
    """Tokens from *k* (after a comma) are a comment clause that credits what went before to
    somebody else (Quirk et al. 1985, §15.54-15.55): *as*, a short subject (a determiner, a
    name or a pronoun first), maybe an auxiliary, then a verb of saying or thinking that ends
    the clause (', as several local anglers had claimed.', ', as the council predicted,').
    Such a clause is the reporter's (or a third party's) aside, not the speaker's content."""
    if k + 2 > last or words[k].lower() != "as":
        return False
    first = words[k + 1]
    if not (
        first.lower() in DETERMINERS or first[:1].isupper() or first.lower() in ("he", "she", "they", "we")
    ):
        return False
    for m in range(k + 2, min(last, k + 1 + _SUBJECT_TOKENS + 2) + 1):
        w = words[m]
        low = w.lower()
        if low in FINITE_AUXILIARIES or (w == "-" and words[m + 1][:1].isupper()):
            continue  # (an auxiliary, or the hyphen of a name: 'as Jean-Luc Moreau had noted')
        if w.islower() and verbs.get(low, ("", ""))[1] in _COMMENT_CLASSES:
            return m + 1 > last or not words[m + 1][:1].isalnum()  # the verb ends the clause
        if not w[:1].isalnum() or (w.islower() and low in STOP_WORDS and low not in DETERMINERS):
            return False
    return False


def time_span_after(words: Sequence[str], k: int, last: int) -> bool:
    """Tokens from *k* (after a comma) date the report from another event, told as a clause of
    its own: a number, a span of time, *after*, *before* or *since*, then a subject and its
    finite verb (', three days after the striker walked off', ', 25 years after it gained
    independence'). The phrase is the reporter's; a span before a noun stays in the content
    (', 17 minutes before touchdown'), and so does one that refines a time of the content ('the
    siren sounded at 10:52 p.m., 14 minutes before the tornado arrived')."""
    if k + 4 > last or _after_time(words, k - 2):
        return False
    n = words[k].lower()
    if not (n in NUMBER_WORDS or n in ("several", "few") or n[:1].isdigit()):
        return False
    if words[k + 1].lower() not in TIME_UNITS or words[k + 2].lower() not in ("after", "before", "since"):
        return False
    first = words[k + 3]
    if not (first.lower() in DETERMINERS or first[:1].isupper() or first.lower() in SUBJECT_WORDS):
        return False
    for m in range(k + 4, min(last, k + 9) + 1):
        w = words[m]
        if not w[:1].isalnum():
            return False
        if w.islower() and (
            w in FINITE_AUXILIARIES or w in MODALS or w in IRREGULAR_PAST or w.endswith("ed")
        ):
            return True
    return False


def _after_time(words: Sequence[str], j: int) -> bool:
    """Is token *j* (the word before the comma) the end of a time of day, a date or a time word
    ('10:52 p.m.', 'on Monday', 'in 2015')?"""
    low = words[j].lower() if j >= 0 else ""
    return low in TIME_WORDS or low in ("p.m.", "a.m.", "noon", "midnight") or low[:1].isdigit()


def cleft_focus(words: Sequence[str], a: int, k: int) -> bool:
    """The reported clause from *a* is a cleft (*it is* / *it was* and a focus) and the relative
    word after the comma at *k* opens its relative clause, which the comma does not end: 'it
    was Haworth, more than anyone, who set the tone' (Quirk et al. 1985, §18.25)."""
    return (
        a + 2 < k
        and words[a].lower() == "it"
        and words[a + 1].lower() in ("is", "was", "'s", "’s")
        and k + 1 < len(words)
        and words[k + 1].lower() in ("who", "that")
        and sum(1 for m in range(a, k) if words[m] == ",") <= 1
    )
