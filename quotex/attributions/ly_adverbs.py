"""An -ly word opening a sentence: an adverb before its subject ('Recently, ...', 'Hastily
leaving ...') or a name that ends so ('Kelly said', 'Connolly told', 'Emily Reyes').

Input: the tokens' words, the index of the sentence's first token, its last token and the
lexicon. Output: whether the word is an adverb (so the subject is further on). Used by
:mod:`.subjects` and :mod:`.sites`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.mentions import is_name_word
from quotex.mentions.words import ANY_FIRST_NAMES


def ly_adverb(words: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """Is token *k*, first in its sentence, an -ly adverb ('Recently', 'Hastily leaving'),
    not a name that ends so ('Kelly said', 'Connolly told', 'Emily Reyes')? A name is a
    registered first name ('Kelly, however, said') or, before no comma, a name ('Emily Reyes')
    or a surname's '-lly' before a verb form of the lexicon ('Connolly said'; not 'Especially
    compared to ...')."""
    low = words[k].lower()
    if not (low.endswith("ly") and len(low) > 4) or low in _LY_WORDS:
        return low in _LY_WORDS
    registered = low in ANY_FIRST_NAMES
    nxt = words[k + 1] if k + 1 <= last else ","
    if nxt == ",":
        # ('Kelly, however, said'; 'Connolly, for her part, told': an aside and a verb of the
        # lexicon after it need a subject, so the word is one)
        return not (registered or _aside_then_verb(words, k + 1, last, lexicon))
    surname_like = low.endswith("lly") and not low.endswith(("ally", "ully"))  # (Connolly; not Especially)
    return not (registered or (surname_like and nxt.lower() in lexicon.verb_forms) or is_name_word(nxt))


#: The most tokens of an aside between two commas after a sentence's first word ('however',
#: 'for her part', 'in a statement on Monday').
_ASIDE_TOKENS = 6


def _aside_then_verb(words: Sequence[str], comma: int, last: int, lexicon: Lexicon) -> bool:
    """Does a short aside set off by commas follow the comma at token *comma*, and a verb form
    of the lexicon follow the aside ('Connolly, however, said')?"""
    for j in range(comma + 2, min(last, comma + 1 + _ASIDE_TOKENS)):
        if words[j] == ",":
            return words[j + 1].lower() in lexicon.verb_forms
    return False


#: English words in -ly that the baby-name registrations also list (`lexicon.given_names`):
#: always the word, never a name, at a sentence's start.
_LY_WORDS = frozenset("truly lovely merrily heavenly manly curly".split())
