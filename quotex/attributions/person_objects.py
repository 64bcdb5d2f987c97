"""A person named by a description as a verb's object: *questioned the port director, Tom Vance*,
*questioned two men on Sunday*.

Input: the words, their lower-case column, a token range and the lexicon; output: the last
token of a noun phrase that opens the range and names people (a determiner or a count,
up to three lower-case modifiers, then a role noun or a noun of persons, singular or plural,
and maybe a name set off by a comma), or ``a - 1``. Read by
:mod:`~quotex.attributions.non_reports` for the addressee of a verb of questioning, whose
object is whom the words went to, never what was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, STOP_WORDS
from quotex.lexicon.grammar import PREPOSITIONS
from quotex.mentions.words import is_name_word

#: Nouns of persons that no role list holds (English usage; our list; *suspect*: WordNet lists it
#: under noun.person, our role lists leave it out as a verb form).
_PERSON_NOUNS = frozenset(
    "man men woman women people person persons child children boy boys girl girls suspect suspects".split()
)
#: How many lower-case modifiers may stand between the determiner and the head.
_MODIFIERS = 3


def _person_head(low: str, lexicon: Lexicon) -> bool:
    """Is lower-case *low* a noun of persons, a role noun or its plural ('suspects',
    'witnesses')?"""
    if low in _PERSON_NOUNS or low in lexicon.role_nouns or low in lexicon.open_role_nouns:
        return True
    if not low.endswith("s"):
        return False
    singulars = (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)  # ('witnesses')
    return any(w in lexicon.role_nouns or w in lexicon.open_role_nouns for w in singulars)


def person_phrase_end(words: Sequence[str], lows: Sequence[str], a: int, b: int, lexicon: Lexicon) -> int:
    """The last token of a description of people that opens at token *a* and may run to *b*
    ('the port director', 'two men', 'the port director, Tom Vance'), or ``a - 1``."""
    if a > b or not (lows[a] in DETERMINERS or lows[a] in NUMBER_WORDS or words[a].isdigit()):
        return a - 1
    k = a + 1
    while k <= b and k - a <= _MODIFIERS + 1 and words[k].isalpha() and words[k].islower():
        if lows[k] in STOP_WORDS or lows[k] in PREPOSITIONS:
            break  # ('the very need | for moderators': the phrase's head came before)
        k += 1
    head = k - 1
    if head == a or not _person_head(lows[head], lexicon):
        return a - 1
    if k + 1 <= b and words[k] == "," and is_name_word(words[k + 1]):
        k += 1
        while k + 1 <= b and is_name_word(words[k + 1]):
            k += 1
        # (the name set off after the description, 'the port director, Tom Vance', with its
        # closing comma when more follows: ', for two hours')
        return k + 1 if k + 1 <= b and words[k + 1] == "," else k
    return head
