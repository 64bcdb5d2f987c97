"""Noun phrases that hold a source left of a cue: the name an apposition describes
(*Ida Varga, | a Republican who ...*) and an anonymous source's phrase (*people familiar with the
matter said*). Input: the token table, a token index and the floor; output: token spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.noun_phrases import np_left
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS
from quotex.lexicon.grammar import PREPOSITIONS
from quotex.mentions import is_name_word
from quotex.tokens import Tokens

#: 'people familiar with the matter said': the adjective, before the cue
FAMILIAR_WINDOW = 10


def apposition_owner(tokens: Tokens, first: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of the name that a noun phrase opened by an article at token *first*
    is an apposition to ('Ida Varga, | a Republican who has ...', 'Ida Varga, | the farmer
    who ...'): a relative clause on that phrase describes the name's bearer, who is the
    source; -1 when no such name stands before it."""
    if tokens.words[first].lower() not in ("a", "an", "the"):
        return -1
    last = name_before(tokens, first, floor, lexicon)
    name = np_left(tokens, last, floor, lexicon) if last >= 0 else None
    return name[0] if name is not None else -1


def name_before(tokens: Tokens, first: int, floor: int, lexicon: Lexicon) -> int:
    """The last token of a name that opens its clause and stands just before the comma
    before token *first* (an apposition's first word: 'Ida Varga, | the editor ...'); -1 when
    none does. A name after a preposition or a comma is in an opening phrase ('In May, a
    federal judge ...', 'In Leith, the mayor's spokesman, Ivo Berg, said'), not the subject."""
    words = tokens.words
    if first - 2 < floor or words[first - 1] != ",":
        return -1
    name = np_left(tokens, first - 2, floor, lexicon)
    if name is None or not is_name_word(words[name[1]]):
        return -1
    if name[0] > floor and (words[name[0] - 1] == "," or words[name[0] - 1].lower() in PREPOSITIONS):
        return -1
    return first - 2


def familiar_subject(
    tokens: Tokens, j: int, floor: int, lexicon: Lexicon, lows: Sequence[str]
) -> tuple[int, int] | None:
    """'people familiar with the matter said': the phrase before the adjective, to token *j*
    (*lows*: the words in lower case)."""
    for k in range(j - 1, max(floor - 1, j - FAMILIAR_WINDOW), -1):
        low = lows[k]
        if low in ("familiar", "close", "knowledgeable", "briefed") and k - 1 >= floor:
            np = np_left(tokens, k - 1, floor, lexicon)
            return (np[0], j) if np is not None else None
        if low in (",", ".", ";", ":"):
            break
        if low in lexicon.verb_forms and not (k - 1 >= floor and lows[k - 1] in DETERMINERS):
            break  # (after a determiner a noun: 'familiar with the planning for the meeting')
    return None
