"""Elliptical contrast after a reported clause: the words after ', but' that are no clause.

A reported clause ends before ', but' when a clause of the writer's follows (`said the pier
was safe, but the board disagreed`). A contrast that repeats no subject and no finite verb is
ellipsis inside the reported clause, not a clause of its own (Quirk et al. 1985, §13.41 and
§13.43 on coordination with ellipsis; §13.38 on the correlatives *not only ... but also*):
`said the toll should be cut for students, but not for tourists`, `..., but also buy two
boats`, `..., but rather the timetable`, `said the fault was not only the crew's, but the
owner's`, and a concession that negates an adjective, `said the delay was possible, though
not likely`. The report runs on through it.

Input: the token words, the first token of the reported clause, the comma's index and the
sentence's last token. Output: a yes/no. Used by :func:`.clauses.content_end`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotex.lexicon.grammar import FINITE_AUXILIARIES, IRREGULAR_PAST, MODALS, RELATIVES, SUBJECT_WORDS

__all__ = ["elliptical_contrast", "serial_and"]

#: Words after *but* that open a contrast with no subject of its own.
CONTRAST_OPENERS = frozenset(["not", "also", "rather", "only"])
#: Focus words after *not* that make the first half of a correlative (*not only ... but*).
CORRELATIVE_FOCUS = frozenset(["only", "just", "merely", "simply", "solely"])
#: Concessive links whose clause may be an elliptical negation (`, though not likely`).
CONCESSIVE_LINKS = frozenset(["though", "although"])
#: How far the test for a finite verb looks into the contrast (tokens).
CONTRAST_WINDOW = 14
_STOPS = frozenset([",", ".", ";", ":", "?", "!", "—", "–", "--", "(", ")"])
_BE = frozenset(["be", "been", "being"])
#: Quantifiers that open a negated subject after *but not* ('but not everyone agreed').
NEGATED_SUBJECTS = frozenset(
    "everyone everybody everything all every many most much enough anyone one".split()
)


def _has_finite_verb(words: Sequence[str], k: int, last: int) -> bool:
    """Do the tokens from *k* up to the next punctuation hold a finite verb of their own (an
    auxiliary, a modal, an irregular past or a lower-case past in *-ed* that follows no form of
    *be*)? A relative clause ends the search: its verb belongs to the noun before it ('but not
    women who seek abortions')."""
    for m in range(k, min(last, k + CONTRAST_WINDOW) + 1):
        w = words[m]
        low = w.lower()
        if w in _STOPS or low in RELATIVES or low == "that":
            return False
        if low in FINITE_AUXILIARIES or low in MODALS or low in IRREGULAR_PAST:
            return True
        if (
            w.isalpha()
            and w.islower()
            and low.endswith("ed")
            and len(low) > 4
            and words[m - 1].lower() not in _BE
        ):
            return True
    return False


def elliptical_contrast(words: Sequence[str], a: int, k: int, last: int) -> bool:
    """Is the comma at token *k*, inside a reported clause that opens at token *a*, followed by a
    contrast with no clause of its own ('..., but not for tourists', '..., but also X', '...,
    but rather X', a correlative 'not only X, but Y', '..., though not likely')?"""
    if k + 2 > last:
        return False
    link, nxt = words[k + 1].lower(), words[k + 2].lower()
    if link in CONCESSIVE_LINKS:
        quantified = k + 3 <= last and words[k + 3].lower() in NEGATED_SUBJECTS
        return nxt == "not" and not quantified and not _has_finite_verb(words, k + 3, last)
    if link != "but" or nxt in SUBJECT_WORDS:
        return False
    if k + 3 <= last and words[k + 3].lower() in (SUBJECT_WORDS | NEGATED_SUBJECTS):
        return False  # ', but rather he kept it', ', but not everyone thinks so': a clause
    correlative = any(
        words[m].lower() == "not" and words[m + 1].lower() in CORRELATIVE_FOCUS for m in range(a, k - 1)
    )
    if not (nxt in CONTRAST_OPENERS or correlative):
        return False
    return not _has_finite_verb(words, k + 2, last)


#: How long one item of a series may be (tokens), and how far a report verb after the
#: series' *and* is looked for.
SERIES_ITEM_TOKENS = 7
SERIES_REPORT_WINDOW = 12
_CLAUSE_OPENERS = frozenset(["and", "but", "or", "so", "yet", "that", "if", "whether"])
_OBJECT_OPENERS = frozenset("the a an his her their its our my your this these those".split())


def serial_and(words: Sequence[str], a: int, k: int, last: int, verbs: Mapping[str, tuple[str, str]]) -> bool:
    """Is the comma at token *k* the serial comma before the last item of a series inside the
    reported clause that opens at token *a* ('said the plan relied on Britain, France, and the
    Gulf states', 'listed the economy (33 percent), health care, and jobs')? The item before it
    follows another comma, is short, and holds no finite auxiliary, modal or irregular past (a
    noun phrase or a participle's phrase, not a clause); *and* or *or* follows, and then no
    subject pronoun and no verb of saying (`, and they said ...`, `, and most said ...` open a
    clause of their own). Quirk et al. 1985, §13.62 on the final comma of a series."""
    if k + 2 > last or words[k + 1].lower() not in ("and", "or"):
        return False
    if words[k + 2].lower() in SUBJECT_WORDS or words[k + 2].lower() in _CLAUSE_OPENERS:
        return False
    p = k - 1
    while p > a and words[p] != "," and k - p <= SERIES_ITEM_TOKENS + 1:
        p -= 1
    if p <= a or words[p] != "," or p == k - 1:
        return False
    end = k + 2
    while end < last and words[end + 1] not in _STOPS and end - k <= SERIES_ITEM_TOKENS * 2:
        end += 1
    if not (_phrase(words, p + 1, k) and _phrase(words, k + 2, end + 1)):
        return False
    window = range(k + 2, min(last, k + SERIES_REPORT_WINDOW) + 1)
    return not any(verbs.get(words[m].lower(), ("", ""))[1] == "speech" for m in window)


def _phrase(words: Sequence[str], first: int, end: int) -> bool:
    """Are the tokens from *first* up to *end* (exclusive) a phrase, no clause: no finite
    auxiliary, modal, irregular past, relative or subject pronoun, no clause link, and no past
    form in *-ed* before a determiner or possessive at its start ('recited her ideas' is a verb
    phrase; 'renovated schools' a noun phrase)?"""
    if (
        end - first >= 2
        and words[first].lower().endswith("ed")
        and words[first + 1].lower() in _OBJECT_OPENERS
    ):
        return False
    for m in range(first, end):
        low = words[m].lower()
        if (
            words[m] in _STOPS
            or low in FINITE_AUXILIARIES
            or low in MODALS
            or low in IRREGULAR_PAST
            or low in RELATIVES
            or (low in _CLAUSE_OPENERS and low not in ("and", "or"))  # ('bridges and highways')
            or low in SUBJECT_WORDS
        ):
            return False
    return True
