"""A parenthetical between a cue and what it reports: between dashes, brackets or commas
('said -- in a letter to the board -- that', 'said (in a statement): "C"', 'told reporters after
the vote (which she lost): "C"'), passed over to find where the report starts; and where a
modifier after a cue ends (:func:`modifier_tail`: 'said through his lawyer, Ida Berg, | that'); and a
gesture at someone named that a participle adds after a quotation (:func:`gestured_at`)."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.apposed_names import closing_comma
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES
from quotex.lexicon.grammar import (
    ADVERBS,
    CLAUSE_STARTERS,
    CONNECTIVE_ASIDES,
    CUE_ASIDE_PREPOSITIONS,
    CUE_MODIFIER_OPENERS,
    ISSUED_NOUNS,
    MEDIUM_NOUNS,
)
from quotex.lexicon.kinship import KIN_TERMS
from quotex.mentions import is_name_word

#: Words that open an aside between commas after a cue: a modifier or a linking adverbial.
_ASIDE_OPENERS = CUE_MODIFIER_OPENERS | ADVERBS | CONNECTIVE_ASIDES | CUE_ASIDE_PREPOSITIONS

#: How far a parenthetical after a cue may run ('said -- in a letter to the board -- that').
CUE_ASIDE_WINDOW = 16


#: Participles that give a document's title in quotation marks after its noun.
_TITLING = frozenset(["titled", "entitled", "headlined"])


def _past_title(words: Sequence[str], k: int, end: int, quote_tokens: frozenset[str]) -> int:
    """The token after the quoted title whose opening mark is token *k*, when *that* follows it
    ('titled "Our Commitment" | that'); else *k* (no aside)."""
    for m in range(k + 1, min(end, k + CUE_ASIDE_WINDOW) + 1):
        if words[m] in quote_tokens:
            return m + 1 if m + 1 <= end and words[m + 1].lower() == "that" else k
    return k


def skip_cue_aside(words: Sequence[str], i: int, end: int, quote_tokens: frozenset[str]) -> int:
    """A parenthetical right after a cue and before *that*, a question word or a quotation,
    between dashes or brackets ('said -- on the radio, as it happens -- that', 'said (in a
    letter) that'), or between commas before *that* ('said, in a letter to the board, that'):
    the token after it, or *i* when there is none."""
    w = words[i]
    if w in quote_tokens and i > 0 and words[i - 1].lower() in _TITLING:
        return _past_title(words, i, end, quote_tokens)  # ('in a statement titled | "T" that C')
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
    nxt = words[i + 1] if i + 1 <= end else ""  # (or a participle: 'said, turning the key, that')
    participle = nxt.islower() and nxt.endswith("ing")
    adverb = nxt.lower() in _ASIDE_OPENERS or nxt.endswith("ly") or participle
    if w == "," and adverb:  # ('revealed, somewhat reluctantly, that': an adverb phrase)
        for k in range(i + 2, min(end, i + CUE_ASIDE_WINDOW) + 1):
            if words[k] == "," and k + 1 <= end and words[k + 1].lower() == "that":
                return k + 1
            if words[k] == "," and not participle:
                return i
            # (a participle's object may hold an apposition: 'reported, citing Ana Berg, a buyer
            # at Tarrow Mills, that')
            if words[k] in (".", ";", "?", "!", ":") or words[k] in quote_tokens:
                return i
    return i


def report_aside(
    words: Sequence[str], lows: Sequence[str], i: int, first: int, last: int, *, lexicon: Lexicon
) -> bool:
    """Does the participle at token *i* stand in an aside between a verb of speech (within four
    tokens before its comma) and that verb's *that* clause ('reported on Monday, citing NAME, a
    buyer at X, that C': :func:`skip_cue_aside`)? Then it reports nothing of its own."""
    if i - 1 < first or words[i - 1] != ",":
        return False
    verbs = lexicon.verb_forms
    if not any(verbs.get(lows[k], ("", ""))[1] == "speech" for k in range(max(first, i - 5), i - 1)):
        return False
    return skip_cue_aside(words, i - 1, last, lexicon.quote_tokens) > i - 1


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


def modifier_tail(words: Sequence[str], low: str, k: int, end: int, lexicon: Lexicon) -> int:
    """Where the content may open after a modifier that *low* opened and token *k* ends: past a
    name set off by commas before *that* ('said through his lawyer, Ida Berg, | that C'), or a
    name's apposition ('put it to NAME, the director of X, | that C'); -1
    after *through* when the phrase's head carries no one's words: a role, a medium or a name
    ('said through a spokeswoman that', not 'see through the lies that')."""
    head = words[k - 1].lower()
    if low == "through" and not (
        head in lexicon.role_words
        or head in lexicon.open_role_nouns  # (WordNet's roles: *an interpreter*)
        or head in KIN_TERMS  # ('said through her niece, who translated, that')
        or head in MEDIUM_NOUNS
        or head in ISSUED_NOUNS
        or is_name_word(words[k - 1])
    ):
        return -1
    if words[k] == "," and k + 1 <= end and words[k + 1].lower() in ("who", "which"):
        close = next((j for j in range(k + 2, min(end, k + 9) + 1) if words[j] in _CLAUSE_MARKS), -1)
        if close > 0 and words[close] == "," and close + 1 <= end and words[close + 1].lower() == "that":
            return close + 1  # (a relative clause on the phrase's noun: ', who translated, | that C')
    m = k + 1
    while m <= end and m - k <= 7 and (is_name_word(words[m]) or _inside_name(words, m, k, end)):
        m += 1  # (a hyphen or a particle between name words: 'Ana Ter-Grigoryan', 'Jordi Ferrer i Vidal')
    named = words[k] == "," and m > k + 1 and m + 1 <= end and words[m] == ","
    if named and words[m + 1].lower() == "that":
        return m + 1
    if words[k] == "," and is_name_word(words[k - 1]) and k + 1 <= end and words[k + 1][:1].islower():
        # ('put it to NAME, the director of X, | that C': the name's apposition before *that*)
        close = closing_comma(words, k, end)
        return close + 1 if close > 0 and close + 1 <= end and words[close + 1].lower() == "that" else k
    return k


#: Marks that end a relative clause inside a cue's modifier.
_CLAUSE_MARKS = frozenset([",", ".", ";", ":", "?", "!"])


def _inside_name(words: Sequence[str], m: int, k: int, end: int) -> bool:
    """Is token *m* a hyphen or a name particle between two name words after token *k*?"""
    return (
        k + 1 < m < end
        and (words[m] == "-" or words[m] in NAME_PARTICLES)
        and (is_name_word(words[m - 1]) or words[m - 1] in NAME_PARTICLES)  # ('van der Berg')
        and (is_name_word(words[m + 1]) or words[m + 1] in NAME_PARTICLES)
    )


#: Participles of a gesture whose object may be a person or a thing in view, or what a claim
#: rests on ('pointing to Rui Berg', 'pointing to figures that show ...').
_GESTURES = frozenset(["point", "gesture"])


def gestured_at(lemma: str, words: Sequence[str], a: int, b: int) -> bool:
    """Is the object *a..b* of a gesture's participle only a name, a person or body pointed at
    (*"C," he added, pointing to Rui Berg.*)? A name alone says nothing: no content (what a claim
    rests on, *pointing to figures that show X*, is one)."""
    return lemma in _GESTURES and all(is_name_word(w) or w in ("the", ".") for w in words[a : b + 1])
