"""What an aside between commas opens with, when it is one a cue's subject may carry.

Two predicates read by :func:`quotex.attributions.asides.skip_parenthetical_left`: a document's
participle aside after a document noun ('The report, published in May, said') and a quantified
relative clause ('Three tenants, all of whom asked not to be named, said'). Input: the words and
token positions; output: yes or no.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import is_issued_noun


def issued_before(words: Sequence[str], k: int, floor: int) -> bool:
    """Does a document noun end the phrase before the comma at *k*, or head it before a short
    *of* phrase ('The report, published in May,', 'Minutes of the meeting, published by')?"""
    if is_issued_noun(words[k - 1].lower()):
        return True
    for x in range(k - 2, max(floor, k - 5) - 1, -1):
        if words[x].lower() == "of":
            return x - 1 >= floor and is_issued_noun(words[x - 1].lower())
        if not (words[x].isalpha() and words[x].islower()):
            return False
    return False


def quantified_relative(words: Sequence[str], a: int, j: int) -> bool:
    """Does the aside from token *a* to the comma at *j* open a relative clause with a
    quantifier and *of* ('Three tenants, all of whom asked not to be named, said', 'both of
    which', 'none of whom', 'two of whom'): a lower-case word, *of*, then *whom* or *which*
    and a word of the clause before the comma?"""
    return (
        a + 3 < j
        and words[a].isalnum()
        and words[a].islower()
        and words[a + 1].lower() == "of"
        and words[a + 2].lower() in ("whom", "which")
    )
