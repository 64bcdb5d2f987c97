"""A role's department set off by a comma after it, part of an apposition's title ('Ana Berg,
vice-president, institutional research at Norbank Securities,')."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import KINSHIP_NOUNS, NOT_NAMES, TIME_WORDS
from quotex.lexicon.grammar import AUXILIARIES, COPULA, PHRASAL_PARTICLES, PREPOSITIONS
from quotex.mentions.participles import FINITE_BE_HAVE
from quotex.mentions.words import APPOS_CLAUSE_WORDS, is_name_word, is_role, past_form

#: Words inside a body's name between capitalised words ('Bank of Lisbon', 'Sea and Shore').
_NAME_JOINERS = frozenset(["of", "and", "for", "&"])
#: Closed-class words: no department's word.
_CLOSED = NOT_NAMES | AUXILIARIES | COPULA | PREPOSITIONS | APPOS_CLAUSE_WORDS | FINITE_BE_HAVE


def department_tail(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> int:
    """The token after a role's department set off by the comma at token *j* after the role
    ('vice-president, institutional research at Norbank Capital Securities,'): one to three
    lower-case content words (no verb, no adverb of time, not a past form alone or with a
    particle: 'sat down with Ben Holland,'), *at*/*of*/*with* and a capitalised name that closes
    the apposition; else *j*."""
    if not is_role(words[j - 1], lexicon):
        return _listed_field_tail(words, j, end, lexicon)
    if j >= end:
        return j  # (the text ends on the comma: 'NAME, a visiting engineer,')
    k = j + 1
    while k <= end and k - j <= 3 and _department_word(words[k], lexicon):
        k += 1
    if past_form(words[j + 1]) and all(words[m] in _VERB_PARTICLES for m in range(j + 2, k)):
        return j  # ('NAME, the commissioner, sat down with Ben Holland,': a verb, no department)
    return _closing_body(words, j, k, end)


#: Particles that may follow a past form that is the sentence's verb ('sat down with').
_VERB_PARTICLES = PHRASAL_PARTICLES | frozenset(("down", "together", "off"))


def _listed_field_tail(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> int:
    """The token after a role's portfolio listed with commas and *and* when the comma at token
    *j* follows its first field ('director of strategy, performance and passenger outcomes at
    the Office of Rail and Road,'): fields of one to three lower-case content words, the last
    after *and*, then *at*/*of*/*with* and a capitalised name that closes the apposition; else *j*."""
    link = next((m for m in (j - 2, j - 3) if m >= 1 and words[m] in ("of", "for")), -1)
    if link < 0 or not is_role(words[link - 1], lexicon):
        return j
    if not all(_department_word(words[m], lexicon) for m in range(link + 1, j)):
        return j
    k, joined = j + 1, False
    while k <= end and not joined:
        n = k
        while n <= end and n - k < 3 and _department_word(words[n], lexicon):
            n += 1
        if n == k or n > end:
            return j
        joined = words[n] == "and"
        if words[n] not in (",", "and") and words[n - 1] != ",":
            break
        k = n + 1
    if not joined or k > end:
        return j
    n = k
    while n <= end and n - k < 3 and _department_word(words[n], lexicon):
        n += 1
    return _closing_body(words, j, n, end) if n > k else j


def _closing_body(words: Sequence[str], j: int, k: int, end: int) -> int:
    """The token after the capitalised body that *at*/*of*/*with* at token *k* names and that
    closes the apposition (a department read from the comma at *j* to *k*); else *j*."""
    the = k + 2 <= end and words[k + 1] == "the"  # ('eurozone research at the Bank of Lisbon')
    if (
        k == j + 1
        or k + 1 + the > end
        or words[k] not in ("at", "of", "with")
        or not is_name_word(words[k + 1 + the])
    ):
        return j
    m = k + 1 + the
    while (
        m <= end
        and m - k <= 8
        and (
            is_name_word(words[m])
            or (words[m] in _NAME_JOINERS and m + 1 <= end and is_name_word(words[m + 1]))
        )
    ):
        m += 1
    return m if m > end or words[m] in (",", ".", ";", ")") else j


def _department_word(w: str, lexicon: Lexicon) -> bool:
    """Can *w* be a word of a department's name in lower case ('institutional', 'research')?"""
    return (
        w.isalpha()
        and w.islower()
        and w not in _CLOSED
        and w not in lexicon.verb_forms
        and w not in TIME_WORDS
        and w not in KINSHIP_NOUNS  # ('a teacher, mother of NAME': a relation, no department)
        and w[:-1] not in KINSHIP_NOUNS
        and w not in ("parent", "parents")
        and not w.endswith("ly")
    )
