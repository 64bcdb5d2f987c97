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
from quotex.lexicon.grammar import FINITE_AUXILIARIES, IRREGULAR_PAST, ISSUED_NOUNS, SIMPLE_PAST

if TYPE_CHECKING:
    from quotex.attributions.sites import VerbCue

Span = tuple[int, int]

#: Relative words that may not open the antecedent found before *, whose* (the phrase would be
#: another relative clause's predicate: 'The union, which represents drivers, whose ...').
_RELATIVE_WORDS = frozenset("who whom which that whose".split())


def whose_index(words: Sequence[str], src: Span, first: int) -> int:
    """The token of *whose* when *src* is the noun phrase right after it ('NAME, whose |
    report |', 'The engineer whose | report |'), or right before it or its comma ('| NAME |,
    whose ...', '| The engineer | whose ...'); else -1."""
    k = src[0] - 1
    if k > first and words[k].lower() == "whose":
        return k
    k = src[1] + 1
    if k + 3 < len(words) and words[k] == "," and words[k + 1].isdigit() and words[k + 2] == ",":
        k += 2  # ('NAME, 54, whose')
    if k + 1 < len(words) and words[k] == ",":
        k += 1
    return k if k < len(words) and words[k].lower() == "whose" else -1


def whose_antecedent(v: VerbCue, whose: int) -> Span | None:
    """The noun phrase before *whose* at token *whose* or its comma ('Lagi Faleolo', 'The
    council', 'Radio presenter Lagi Faleolo', 'The engineer'), also over an age set off by
    commas ('NAME, 54, whose'); None when none is found or it opens after another relative
    word."""
    words = v.words
    end = whose - 1 if words[whose - 1] == "," else whose
    if end - 2 > v.first and words[end - 1].isdigit() and words[end - 2] == ",":
        end -= 2  # 'Lagi Faleolo, 54, whose ...'
    if end <= v.first:
        return None
    found = source_before(v.ctx.tokens, end, v.first, v.ctx.lexicon, lows=v.ctx.lows)
    if found is None or found[1] != end - 1:
        return None
    if found[0] > v.first and v.ctx.lows[found[0] - 1] in _RELATIVE_WORDS:
        return None
    return found


def whose_document(v: VerbCue, src: Span | None) -> Span | None:
    """'NAME, whose report warned of the leak, said C': the cue's source is a document noun
    right after *whose* (its head one of ``grammar.ISSUED_NOUNS``): the antecedent speaks; so
    it does when the source found runs over the relative clause's own verb ('The engineer whose
    father built the mast said C': the cue is the main clause's). A subject finder that replaces
    the source found. A person after *whose* ('whose lawyer said') keeps the report; None then."""
    if src is None:
        return None
    whose = src[0] - 1
    if whose >= 0 and v.ctx.lows[whose] != "whose":
        return None  # (no *whose* right before the source: most, as whose_index would tell)
    if whose_index(v.words, src, v.first) != whose:
        return None
    lows = v.ctx.lows
    if lows[src[1]] in ISSUED_NOUNS or any(
        w in _CLAUSE_VERBS or _past(w) for w in lows[src[0] + 1 : src[1] + 1]
    ):
        return whose_antecedent(v, whose)
    return None


#: Verb forms that, inside a source phrase after *whose*, are the relative clause's own verb.
_CLAUSE_VERBS = IRREGULAR_PAST | SIMPLE_PAST | FINITE_AUXILIARIES


def _past(word: str) -> bool:
    """A lower-case regular past form ('flooded', 'died')."""
    return word.endswith("ed") and len(word) > 3 and word.isalpha()


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


#: How far before the cue's verb group a *whose* clause may open (tokens).
_WHOSE_REACH = 30


def whose_subject(v: VerbCue, src: Span | None) -> Span | None:
    """'The teacher whose boat sank said C', 'NAME, whose shop sold out, said C': when no
    source was found, a relative clause opened by *whose* after the sentence's first noun phrase
    runs up to the cue's verb group (its closing comma right before the group when it opened
    with one): its antecedent, opening the sentence, is the main clause's subject."""
    if src is not None:
        return None
    words, group = v.words, v.group
    floor = max(v.first, group - _WHOSE_REACH)  # (a bounded look back: linear in the sentence)
    whose = next((k for k in range(group - 1, floor, -1) if v.ctx.lows[k] == "whose"), -1)
    if whose < 0:
        return None
    closed = words[group - 1] == ","
    if closed != (words[whose - 1] == ",") or "," in words[whose + 1 : group - 1]:
        return None
    if not any(w in _CLAUSE_VERBS or _past(w) for w in v.ctx.lows[whose + 2 : group]):
        return None  # ('NAME, a presenter whose show | warns ...': the cue is the clause's own verb)
    found = whose_antecedent(v, whose)
    return found if found is not None and found[0] == v.first else None
