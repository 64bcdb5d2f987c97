"""The object of a verb of telling ('told reporters', 'told the board'): where it ends, whether
a noun phrase after the verb is its object or the reported clause's subject, and where the report
opens after it (its *that* or *whether* past an apposition or a phrase, a colon, a marked name).

Input: the token table and token indices; output: a token range or a yes/no. Read by
:mod:`quotex.attributions.complements`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.adverbial_clauses import clause_after_cue
from quotex.attributions.apposed_names import closing_comma
from quotex.attributions.context import adverb_before_clause, place_adjunct
from quotex.attributions.noun_phrases import np_right
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS
from quotex.lexicon.grammar import (
    CUE_MODIFIER_OPENERS,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    MODALS,
    PREPOSITIONS,
)
from quotex.tokens import Tokens

#: Words after which a determiner goes on with the same noun phrase: a preposition
#: ('the head of the union', 'reporters outside the courthouse').
_OF_PHRASE = PREPOSITIONS | CUE_MODIFIER_OPENERS


def addressee(tokens: Tokens, k: int, last: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object of a verb of telling from token *k*: a noun phrase that ends before a
    determiner opening the next one ('told reporters | the plan was dead', 'told the board |
    the pier was unsafe'; but 'told the head of the union')."""
    words, lows = tokens.words, tokens.lows
    if k + 1 <= last and lows[k] in _BROADCAST_OWNERS and lows[k + 1] in _OUTLET_MEDIA:
        return (k, _outlet_name_end(words, k + 1, last))  # ('told state television (RTK):': no verb)
    np = np_right(tokens, k, last, lexicon)
    if np is None:
        return None
    if np[1] + 2 <= last and lows[np[1] + 1] in _BROADCAST_OWNERS and lows[np[1] + 2] in _OUTLET_MEDIA:
        np = (np[0], np[1] + 2)  # ('told Brunavian state television:')
    if np[1] + 1 <= last and lows[np[1] + 1] in _OUTLET_MEDIA and words[np[1]][:1].isupper():
        np = (np[0], np[1] + 1)  # ('told ABC radio:', 'told Channel 4 television': the outlet's medium)
    for m in range(np[0] + 1, np[1] + 1):
        if place_adjunct(words, m, last, lexicon.quote_tokens) or adverb_before_clause(
            words, m, last, lexicon.quote_tokens
        ):
            return (np[0], m - 1)  # 'told reporters | aboard her bus that': where, not whom
        if clause_after_cue(words, m, last) or lows[m] in _QUESTION_OPENERS:
            return (np[0], m - 1)  # 'told reporters | once the count had finished:', 'asked X | whether C'
        before = lows[m - 1]
        if lows[m] in DETERMINERS and before not in _OF_PHRASE and before not in ("'s", "’s"):
            return (np[0], m - 1)
    return np


#: Words that open an embedded question after an addressee, never a relative clause on it
#: ('asked reporters | whether C'; not *who*, *when*, *where*: 'told reporters who had gathered').
_QUESTION_OPENERS = frozenset(["whether", "if", "how", "why"])
#: Words of a broadcaster's medium after its name in an addressee ('told ABC radio').
_OUTLET_MEDIA = frozenset(["radio", "television", "tv"])
#: Words for who runs a broadcaster, before its medium ('state television', 'local radio').
_BROADCAST_OWNERS = frozenset(["state", "national", "local", "public", "regional"])


def _outlet_name_end(words: Sequence[str], j: int, last: int) -> int:
    """The last token of an outlet's name in capitals after its medium at token *j* ('state
    television | RTK:', '... | Radio Sarkhand that'), when a colon or *that* follows it; else *j*."""
    k = j
    while k + 1 <= last and words[k + 1][:1].isupper() and k - j < 3:
        k += 1
    return k if k > j and k + 1 <= last and words[k + 1] in (":", "that") else j


def subject_not_object(words: Sequence[str], np: tuple[int, int], last: int) -> bool:
    """Is noun phrase *np* after a verb of telling the subject of the reported clause, not
    the verb's object? A finite auxiliary follows it: 'warned the plan was "full of holes"',
    'warned voters would pay more' (not 'told reporters the plan was ...')."""
    return np[1] + 1 <= last and words[np[1] + 1].lower() in FINITE_AUXILIARIES


#: The words that open a report after an addressee and its apposition ('asked X, ROLE, | whether C').
_REPORT_OPENERS = frozenset(["that", "whether"])


def that_after_apposition(words: Sequence[str], np: tuple[int, int], last: int) -> int:
    """The *that* opening the report after addressee *np* and its apposition ('told Ivo Lund, the
    mayor, | that C'; 'told NAME, ROLE, in a letter | that C': up to four words between the
    apposition's closing comma and *that*; none after a bare title, 'told NAME, chief executive of
    X, | that C'; one or two lower-case words after a name, 'told delegates at the X summit |
    that C'; or a prepositional phrase, 'told the inquiry into the X collapse | that C'; a question's
    *whether* as *that*, 'asked NAME, ROLE, | whether C'), or -1."""
    k = np[1] + 1
    if k + 1 <= last and words[k] == "," and words[k + 1] in _REPORT_OPENERS:
        return k + 1  # ('told NAME, chief executive of X, | that C': the addressee read with its apposition)
    if (that := _head_after_name(words, np[1], k, last)) > 0:
        return that  # ('told delegates at the Coral Shores summit | that C': the head noun after a name)
    if (that := _that_after_phrase(words, k, last)) > 0:
        return that  # ('told the inquiry | into the bridge collapse | that C')
    c = np[1] if words[np[1]] == "," else k  # (the comma after the name: the addressee may end on it)
    if c + 2 > last or words[c] != ",":
        return -1
    bare = words[c + 1].lower() not in ("a", "an", "the")
    if bare and not (words[c + 1].isalpha() and words[c + 1].islower()):
        return -1  # (an article or a bare title opens the apposition: 'told Ivo Lund, the mayor,')
    close = closing_comma(words, c, last)
    if close < 0 or (bare and (close + 1 > last or words[close + 1] not in _REPORT_OPENERS)):
        return -1  # ('told Ivo Lund, chief executive of X, | that C': a bare title, then *that* at once)
    that = next((m for m in range(close + 1, min(last, close + 5) + 1) if words[m] in _REPORT_OPENERS), -1)
    return that if that > 0 and all(w.isalpha() and w.islower() for w in words[close + 1 : that]) else -1


def _head_after_name(words: Sequence[str], name_last: int, k: int, last: int) -> int:
    """The *that* after one or two lower-case words from token *k*, right after a capitalised word
    *name_last* that ends the addressee (the head of a name's phrase: 'at the Coral Shores |
    summit', 'at the Harrowgate | climate talks'; an adverb: 'told Ana Berg | privately'); else -1."""
    if not words[name_last][:1].isupper():
        return -1
    for that in (k + 1, k + 2):
        if that > last or not (words[that - 1].isalpha() and words[that - 1].islower()):
            return -1
        if words[that] == "that":  # (a clause after it, no noun it determines: 'asked X just that question.')
            return _clause_that(words, that, last)
    return -1


def _clause_that(words: Sequence[str], that: int, last: int) -> int:
    """Token *that* when the *that* there opens a clause: three words follow it, the first no
    verb that would make it a relative pronoun (:func:`_relative_verb`); else -1."""
    clause = that + 3 <= last and all(w[:1].isalnum() for w in words[that + 1 : that + 4])
    return that if clause and not _relative_verb(words[that + 1]) else -1


def _relative_verb(w: str) -> bool:
    """Is *w*, after a noun's *that*, a verb that makes the *that* a relative pronoun ('Florida
    agencies that | dealt with it', 'that | is', 'that | will')?"""
    low = w.lower()
    return (
        low in FINITE_AUXILIARIES
        or low in MODALS
        or low in IRREGULAR_PAST
        or (w.islower() and low.endswith("ed"))
    )


#: Prepositions that open a phrase modifying an addressee ('the inquiry into X', 'the committee
#: on Y', 'the hearing over Z'), and the most tokens such a phrase may run before the *that*.
_ADDRESSEE_PREPOSITIONS = frozenset(["into", "on", "over", "of", "for"])
_PHRASE_REACH = 8


def _that_after_phrase(words: Sequence[str], k: int, last: int) -> int:
    """The *that* of a report after a prepositional phrase that token *k* opens after the
    addressee, its words all words (no mark), when a clause follows it ('told the inquiry |
    into the Ferrowby bridge collapse | that C'; not a relative, 'into the collapse that | killed
    nine'); else -1."""
    if k > last or words[k].lower() not in _ADDRESSEE_PREPOSITIONS:
        return -1
    for that in range(k + 2, min(last, k + _PHRASE_REACH) + 1):
        w = words[that]
        if w == "that":
            return _clause_that(words, that, last)
        if not w[:1].isalnum():
            return -1
    return -1


def quoted_addressee(tokens: Tokens, i: int, end: int, lexicon: Lexicon) -> int:
    """After a verb of telling, a name of one to three capitalised words inside quotation
    marks at token *i*, then more words of the sentence ('Dempsey tells ‘Tank’ the door is
    open'): the token after its closing mark; else *i*."""
    words, marks = tokens.words, lexicon.quote_tokens
    if i > end or words[i] not in marks:
        return i  # (also when the text ends on the addressee: 'warns the plan')
    k = i + 1
    while k <= min(end, i + 3) and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    closes = i + 1 < k <= end and words[k] in marks and tokens.ends[k - 1] == tokens.starts[k]
    return k + 1 if closes and k + 1 <= end and words[k + 1][:1].isalnum() else i


#: The most tokens between a verb of telling and the colon before the quotation it introduces.
_COLON_REACH = 8


def colon_after_addressee(tokens: Tokens, i: int, end: int, lexicon: Lexicon) -> int:
    """The colon that ends a short addressee of capitalised words, possessives and at most two
    lower-case nouns right after a verb of telling, before a quotation ('told Tidewater One's
    Politics at Seven | programme: "Q."', 'told Sunday Forum: "Q."'), maybe past an adjunct set
    off by a comma ('told reporters, on condition of anonymity: "Q."'): no verb, *that* or other
    mark stands between; else -1."""
    words = tokens.words
    lower = 0
    for k in range(i, min(end - 1, i + _COLON_REACH) + 1):
        w = words[k]
        if w == ":":
            return k if k > i and words[k + 1] in lexicon.quote_tokens else -1
        if w == "," and k > i and words[k + 1].lower() in PREPOSITIONS:
            return _colon_after_adjunct(tokens, k + 1, end, lexicon)
        if w in ("'s", "\u2019s") or w[:1].isupper() or w.lower() in ("at", "of", "the"):
            continue
        if not (w.isalpha() and w.islower()) or w in lexicon.verb_forms or w == "that":
            return -1
        lower += 1
        if lower > 2:
            return -1
    return -1


def _colon_after_adjunct(tokens: Tokens, k: int, end: int, lexicon: Lexicon) -> int:
    """The colon right after a prepositional adjunct of words alone that opens at token *k*
    ('on condition of anonymity:', 'in a statement:') before a quotation; else -1."""
    words = tokens.words
    for j in range(k + 1, min(end - 1, k + _COLON_REACH) + 1):
        w = words[j]
        if w == ":":
            return j if words[j + 1] in lexicon.quote_tokens else -1
        if not w.isalpha() or w.lower() in lexicon.verb_forms:
            return -1
    return -1


def marked_addressee_end(tokens: Tokens, i: int, end: int, lexicon: Lexicon) -> int:
    """Where a report opens after an addressee at token *i* that marks its own end: a nickname in
    quotation marks (:func:`quoted_addressee`) or a colon before the quotation
    (:func:`colon_after_addressee`); *i* when neither does."""
    return max(quoted_addressee(tokens, i, end, lexicon), colon_after_addressee(tokens, i, end, lexicon))
