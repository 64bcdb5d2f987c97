"""A name and the apposition set off after it, read forwards: *NAME, the ROLE of BODY,*.

The noun-phrase walker stops inside some bodies' names (*the Ostberg Institute for Coastal and
Estuary Studies*, *the Dock Workers' Union*); the frames that only need to step over an apposition
to the verb after it (*the letter NAME, ROLE, had sent her:*, *before NAME, ROLE, cut in:*) read
it here by its commas; and a fronted phrase whose object is a name keeps that name's apposition
(*Interrupted by NAME, ROLE, B went on:*, :func:`past_object_apposition`). Input: the words and a
name's first token (or a comma's); output: the name's last token and the token after its apposition.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import NOT_NAMES, TIME_WORDS
from quotex.lexicon.places import PLACE_WORDS
from quotex.mentions import is_name_word

#: The most tokens of a name read forwards, and of an apposition between its commas.
NAME_TOKENS = 6
APPOSITION_TOKENS = 20
#: Tokens that end an apposition's stretch (its closing comma, or a mark it cannot hold).
APPOSITION_STOPS = frozenset([",", ";", ":", "(", ")", "—", "–", ".", '"', "“", "”", "«", "»"])


def name_and_apposition(words: Sequence[str], k: int, end: int) -> tuple[int, int] | None:
    """(the last token of the name from token *k*, the token after its apposition) when a name
    opens at *k* (capitalised words, hyphens between them); the apposition is the stretch set
    off by a comma after the name and the next comma, before token *end*; with none, the token
    after the name. None when no name opens at *k*."""
    if k > end or not is_name_word(words[k]):
        return None
    j = k + 1
    while j <= end and j - k < NAME_TOKENS and (is_name_word(words[j]) or words[j] == "-"):
        j += 1
    last = j - 1
    if j > end or words[j] != ",":
        return last, j
    close = closing_comma(words, j, end)
    return (last, close + 1) if close > j + 1 else (last, j)


def closing_comma(words: Sequence[str], j: int, end: int) -> int:
    """The comma that closes the apposition opened by the comma at token *j* (within
    :data:`APPOSITION_TOKENS`, before token *end*, no other mark first), or -1."""
    reach = min(end, j + APPOSITION_TOKENS)
    close = next((m for m in range(j + 1, reach + 1) if words[m] in APPOSITION_STOPS), -1)
    return close if close > 0 and words[close] == "," else -1


#: Capitalised words that are no part of a person's name before a fronted phrase's comma.
_NO_PERSON_WORDS = PLACE_WORDS | TIME_WORDS | NOT_NAMES


def past_object_apposition(words: Sequence[str], comma: int, i: int, last: int) -> int:
    """Past the apposition of the person's name that ends a fronted phrase at *comma* when a name
    follows it ('Interrupted by NAME, | a lecturer at BODY, | B went on:'): the apposition is
    NAME's, the subject is B; else *i*. The name has two words or more, no place's or time's ('In
    Tromsø, | the survey lead at X, | NAME, said': the apposition is NAME's)."""
    if i != comma + 1 or words[i].lower() not in ("a", "an", "the"):
        return i
    k = comma - 1
    while k >= 0 and is_name_word(words[k]) and words[k].lower() not in _NO_PERSON_WORDS:
        k -= 1  # (the name's words: not 'In' opening the sentence, nor a place or a day)
    if comma - 1 - k < 2 or " ".join(words[k + 1 : comma]).lower() in PLACE_WORDS:
        return i
    close = closing_comma(words, i - 1, last)
    return close + 1 if close > 0 and close + 1 <= last and is_name_word(words[close + 1]) else i
