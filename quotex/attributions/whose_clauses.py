"""Relative clauses opened by *, whose* inside a source phrase ('NAME, whose report warned of
the leak, said C'; Quirk et al. 1985 §17.22: a non-restrictive clause whose determiner
*whose* stands for the antecedent's genitive).

Input: the words of a sentence and a source span found for a cue. Output: where such a clause
opens (:func:`whose_index`), and the antecedent it hangs on (:func:`whose_antecedent`), the
speaker both of a document the clause names (*whose report warned*: a written text speaks for
its author or issuer, as *the council's report warned* does) and of the main clause after it
(*..., said C*: ``relative_subjects.previous_after_relative``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.attributions.subjects import source_before
from quotex.lexicon.grammar import ISSUED_NOUNS

if TYPE_CHECKING:
    from quotex.attributions.sites import VerbCue

Span = tuple[int, int]

#: Relative words that may not open the antecedent found before *, whose* (the phrase would be
#: another relative clause's predicate: 'The union, which represents drivers, whose ...').
_RELATIVE_WORDS = frozenset("who whom which that whose".split())


def whose_index(words: Sequence[str], src: Span, first: int) -> int:
    """The token of *, whose* when *src* is the noun phrase right after it ('NAME, whose
    | report |'), or right before its comma ('| NAME |, whose ...'); else -1."""
    k = src[0] - 1
    if k - 1 >= first and words[k].lower() == "whose" and words[k - 1] == ",":
        return k
    k = src[1] + 2
    if k < len(words) and words[k - 1] == "," and words[k].lower() == "whose":
        return k
    return -1


def whose_antecedent(v: VerbCue, whose: int) -> Span | None:
    """The noun phrase before the comma of *, whose* at token *whose* ('Lagi Faleolo', 'The
    council', 'Radio presenter Lagi Faleolo'), or None when none is found or it opens after
    another relative word."""
    comma = whose - 1
    if comma <= v.first:
        return None
    found = source_before(v.ctx.tokens, comma, v.first, v.ctx.lexicon, lows=v.ctx.lows)
    if found is None or found[1] != comma - 1:
        return None
    if found[0] > v.first and v.ctx.lows[found[0] - 1] in _RELATIVE_WORDS:
        return None
    return found


def whose_document(v: VerbCue, src: Span | None) -> Span | None:
    """'NAME, whose report warned of the leak, said C': the cue's source is a document noun
    right after *, whose* (its head one of ``grammar.ISSUED_NOUNS``): the antecedent speaks
    (a subject finder that replaces the source found). A person after *whose* ('whose lawyer
    said') keeps the report; None then."""
    if src is None or v.ctx.lows[src[1]] not in ISSUED_NOUNS:
        return None
    whose = src[0] - 1
    if whose_index(v.words, src, v.first) != whose:
        return None
    return whose_antecedent(v, whose)


def in_relative_aside(v: VerbCue, src: Span) -> bool:
    """The cue stands in a relative clause whose report ends at the clause's closing comma: one
    opened by *, whose* at its source ('NAME, whose lawyer said C1, ...', or the antecedent a
    document after *whose* speaks for), before that comma; or a restrictive one on a description
    that a name set off after it renames, the source (*src* after the cue: 'The engineer who said
    C1, NAME, now says C2': ``relative_subjects.renamed_description``)."""
    words = v.words
    if src[0] > v.i and words[src[0] - 1] == ",":
        return True
    whose = whose_index(words, src, v.first)
    return 0 <= whose < v.i and "," not in words[whose : v.i]
