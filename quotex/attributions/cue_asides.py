"""A parenthetical between a cue and what it reports: between dashes, brackets or commas
('said -- in a letter to the board -- that', 'said (in a statement): "C"', 'told reporters after
the vote (which she lost): "C"'), passed over to find where the report starts."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.grammar import (
    ADVERBS,
    CLAUSE_STARTERS,
    CONNECTIVE_ASIDES,
    CUE_ASIDE_PREPOSITIONS,
    CUE_MODIFIER_OPENERS,
)

#: Words that open an aside between commas after a cue: a modifier or a linking adverbial.
_ASIDE_OPENERS = CUE_MODIFIER_OPENERS | ADVERBS | CONNECTIVE_ASIDES | CUE_ASIDE_PREPOSITIONS

#: How far a parenthetical after a cue may run ('said -- in a letter to the board -- that').
CUE_ASIDE_WINDOW = 16


def skip_cue_aside(words: Sequence[str], i: int, end: int, quote_tokens: frozenset[str]) -> int:
    """A parenthetical right after a cue and before *that*, a question word or a quotation,
    between dashes or brackets ('said -- on the radio, as it happens -- that', 'said (in a
    letter) that'), or between commas before *that* ('said, in a letter to the board, that'):
    the token after it, or *i* when there is none."""
    w = words[i]
    if w in ("—", "–", "--", "("):
        close = ")" if w == "(" else w
        for k in range(i + 1, min(end, i + CUE_ASIDE_WINDOW) + 1):
            if words[k] == close or (close == ")" and words[k] == "):"):  # (then 'that', ... or a quotation)
                # (a comma or colon may close the aside: 'told the Gazette (GZ), "C"'; the
                # tokenizer keeps '):' one token: 'said (in a letter): "C"')
                n = k + 2 if k + 2 <= end and words[k + 1] in (",", ":") else k + 1
                opens = n <= end and (words[n].lower() in CLAUSE_STARTERS or words[n] in quote_tokens)
                return n if k > i + 1 and opens else i
            if words[k] in (".", ";", "?", "!", "(", ")"):
                return i
        return i
    adverb = i + 1 <= end and (words[i + 1].lower() in _ASIDE_OPENERS or words[i + 1].endswith("ly"))
    if w == "," and adverb:  # ('revealed, somewhat reluctantly, that': an adverb phrase)
        for k in range(i + 2, min(end, i + CUE_ASIDE_WINDOW) + 1):
            if words[k] == ",":
                return k + 1 if k + 1 <= end and words[k + 1].lower() == "that" else i
            if words[k] in (".", ";", "?", "!", ":"):
                return i
    return i


def past_brackets(words: Sequence[str], k: int, end: int) -> int:
    """The token after token *k*, or, when *k* opens brackets that close within
    :data:`CUE_ASIDE_WINDOW` tokens, their closing token (')' or the tokenizer's '):')."""
    if words[k] != "(":
        return k + 1
    for m in range(k + 1, min(end, k + CUE_ASIDE_WINDOW) + 1):
        if words[m] == ")":
            return m + 1
        if words[m] == "):":
            return m
        if words[m] in (".", ";", "?", "!", "("):
            break
    return k + 1
