"""The names apposed to a role after its comma (*the campaign's manager, Ana Lindqvist-Berg*),
and a plural role's apposition of two names (*said the team's two scientists, Aroha Ngata and
Marie Roy*): both names are the role's, so the source runs to the list's end. Read by
:func:`quotex.attributions.noun_phrases.np_right`. Input: tokens and token indexes; output: a
token index.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import NUMBER_WORDS
from quotex.mentions.stated_ages import past_age
from quotex.mentions.words import is_name_word, plural_form, syllable_pair
from quotex.tokens import Tokens


def plural_role_list(words: Sequence[str], head: int, k: int, ceiling: int) -> int:
    """The last token of a list of two names ending a plural role's apposition, the first name
    ending at token *k* ("the team's two scientists, Aroha Ngata | and Marie Roy"); *k* when the
    role at token *head* is singular or no *and* and name follow."""
    if not (plural_form(words[head].lower()) and k + 2 <= ceiling and words[k + 1] == "and"):
        return k
    m = k + 2
    while m <= ceiling and is_name_word(words[m]):
        m += 1
    return m - 1 if m - 1 > k + 1 else k


def apposed_names_end(tokens: Tokens, head: int, ceiling: int) -> int:
    """The last token of the name (hyphenated: 'Lindqvist-Berg', 'Hye-jin') that a comma sets
    after the role at token *head*, or of the two names a plural role takes
    (:func:`plural_role_list`), never past *ceiling*."""
    words = tokens.words
    k = past_age(words, head + 2, ceiling)  # ('said the coxswain, 74-year-old NAME': the name's age)
    while k + 1 <= ceiling and (
        is_name_word(words[k + 1])
        or (
            words[k + 1] == "-"
            and k + 2 <= ceiling
            and (is_name_word(words[k + 2]) or syllable_pair(tokens, k))
        )
    ):
        k += 2 if words[k + 1] == "-" else 1
    return plural_role_list(words, head, k, ceiling)


def counted_list(tokens: Tokens, first: int, last: int, ceiling: int) -> bool:
    """Is the phrase *first..last* a count and a plural noun the lexicon need not list as a role
    ('its two divers'), before a comma and two names joined by *and* ("said its two divers, Aroha
    Ngata and Marie Roy": the divers are the two)?"""
    words, lows = tokens.words, tokens.lows
    if not (last + 2 <= ceiling and words[last + 1] == "," and words[last].islower()):
        return False
    counted = any(w.lower() in NUMBER_WORDS for w in words[first:last])
    end = apposed_names_end(tokens, last, ceiling)
    return counted and plural_form(lows[last]) and "and" in words[last + 2 : end]


def relative_then_name(words: Sequence[str], last: int, ceiling: int) -> int:
    """The last token of a name that closes a credit after a description's relative clause, the
    description ending at token *last* ('says the woman | who rebuilt the guild after the fire,
    | Vera Lyrgun.', 'said the head perfumer at X who trained half the perfumers, NAME, now 47.'):
    the clause (:func:`description_end`) names no one but places and ends at a comma, the name
    ends the sentence or is set off by a comma; else -1."""
    if last + 4 > ceiling:
        return -1
    c, relative = description_end(words, last)
    c += 1  # (the comma after the clause)
    if not relative or c + 1 > ceiling or words[c] != "," or not is_name_word(words[c + 1]):
        return -1
    k = c + 1
    while k + 1 <= ceiling and (is_name_word(words[k + 1]) or (words[k + 1] == "-" and k + 2 <= ceiling)):
        k += 1
    return k if k + 1 > ceiling or words[k + 1] in (",", ".", "!", "?") else -1


#: Prepositions after which a capitalised word is a place or a body ('in Pendlecombe', 'at the
#: Marlow Row Perfumery').
_PLACE_LINKS = frozenset("in at from of near outside across for".split())


def places_only(words: Sequence[str], lo: int, hi: int) -> bool:
    """Is every capitalised word of tokens *lo*..*hi* in a run opened by a place's preposition
    or by *the*: a clause that names places and bodies, no other person?"""
    k = lo
    while k < hi:
        if words[k][:1].isupper():
            # (a person's name takes no article: 'who has run the Carnwell Sail Loft' names a body)
            if k - 1 < lo or (words[k - 1] != "the" and words[k - 1] not in _PLACE_LINKS):
                return False
            while k < hi and (words[k][:1].isupper() or (words[k] == "-" and words[k + 1][:1].isupper())):
                k += 1  # (a hyphen inside the name: 'the Starlight Drive-In')
            continue
        k += 1
    return True


#: The words that open a description's relative clause, and the most tokens it may run.
_RELATIVE_OPENERS = frozenset(["who", "whose", "that"])
_RELATIVE_TOKENS = 22


def description_end(words: Sequence[str], b: int) -> tuple[int, bool]:
    """(The last token of a description that runs on past a source ending at token *b*, whether
    it ran over a relative clause): up to five lower-case words ('said one | of his teammates'),
    or a *who*/*whose*/*that* clause up to its first mark that names only places
    (:func:`places_only`: 'says the woman | who rebuilt the guild after the fire'; not 'who met
    Ana Roe')."""
    n = len(words)
    if b + 1 < n and words[b + 1] in _RELATIVE_OPENERS:
        end = next((j for j in range(b, min(b + _RELATIVE_TOKENS, n - 1)) if _clause_stop(words, j + 1)), b)
        if places_only(words, b + 2, end + 1):
            return end, True
    lower = (
        j for j in range(b, min(b + 5, n - 1)) if not (words[j + 1].isalpha() and words[j + 1].islower())
    )
    return next(lower, b), False


def _clause_stop(words: Sequence[str], k: int) -> bool:
    """Does token *k* end a relative clause: a mark, not a hyphen inside a word ('Drive-In')?"""
    if words[k][:1].isalnum():
        return False
    return not (words[k] == "-" and k + 1 < len(words) and words[k + 1][:1].isalnum())
