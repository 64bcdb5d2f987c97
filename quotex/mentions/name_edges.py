"""Edges of a capitalised chain that are not the person's name.

Input: a chain's words (and lower-cased words) with its bounds; output: whether a word at its
edge belongs to something else — a body's post before the name ("Workers' Party MP | Nadia Koh")
or an inverted past-tense cue before it ("Fumed | Ines Marr:"). Used by :mod:`quotex.mentions.find`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.mentions.words import ANY_FIRST_NAMES, is_body_word, is_role, past_form, registered_spelling

#: The most tokens between a possessive and the role noun of the post it owns.
OWNED_REACH = 3


def owned_post(words: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """Does the possessive at token *k* of a chain ending at *last* own a post that a person's
    full name follows: a body word, then a role word within :data:`OWNED_REACH` tokens, then a
    listed first name and name words to the chain's end ("Workers' Party MP | Nadia Koh",
    "Women's Institute President | Ines Marr"; not "the Coastal Fishermen's Association")?"""
    for j in range(k + 2, min(k + 1 + OWNED_REACH, last - 1) + 1):
        if is_role(words[j], lexicon) and not words[j].islower():
            given = registered_spelling(words[j + 1].lower()) in ANY_FIRST_NAMES
            return given and is_body_word(words[k + 1], lexicon) and j + 1 < last
    return False


def inverted_past(words: Sequence[str], lows: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """Is token *k*, opening the chain *k..last*, an unlisted past form in *-ed* inverted before a
    person's name and a credit's colon or comma ('Fumed Ines Marr:', 'Seethed Ines Marr, a
    pilot:')? Itself no given name ('Ahmed', 'Reed'), a given name after it, and a name of two or
    three words, none a body word nor a number ('Amalgamated Dock Workers Local 414' is a union)."""
    w, nxt = lows[k], lows[k + 1]
    return (
        len(w) > 4
        and past_form(w)
        and w not in ANY_FIRST_NAMES
        and nxt in ANY_FIRST_NAMES
        and 2 <= last - k <= 3
        and last + 1 < len(words)
        and words[last + 1] in (":", ",")
        and all(words[m].isalpha() and not is_body_word(words[m], lexicon) for m in range(k + 1, last + 1))
    )
