"""Word tests asked so often that each word's answer is kept: a word in lower case, a name
word, a role of a lexicon.

Input: a word (and a lexicon); output: its lower-case form or a boolean. Each answer is kept in
a dictionary filled on first use (a look-up at C speed after that), emptied when it holds
:data:`LOWER_CACHE` words; :mod:`quotex.mentions.words` re-exports them.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.titles import INITIALISM_ROLE_NOUNS

#: How many distinct words :func:`lower_words` keeps lower-cased (then it starts again): about
#: 4 MB when full (a word already in lower case is its own lower-case form).
LOWER_CACHE = 50_000


class _Lowered(dict[str, str]):
    """word -> ``word.lower()``, one string for each word (read at C speed through ``map``)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= LOWER_CACHE:
            self.clear()
        low = word.lower()
        low = self[word] = word if low == word else low
        return low


_LOWERED = _Lowered()


def lower_words(words: Sequence[str]) -> tuple[str, ...]:
    """``tuple(w.lower() for w in words)``, made once per text by a stage whose rules read
    many words in lower case (a look-up per word, no new string for a word seen before)."""
    return tuple(map(_LOWERED.__getitem__, words))


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: ``Xi``, ``O'Neill``, ``U.S.``."""
    return _NAME_WORDS[word]  # (each word tested once: the rules ask about the same words often)


class _NameWords(dict[str, bool]):
    """word -> :func:`is_name_word`, each word tested once (a look-up at C speed after that);
    emptied when it holds :data:`LOWER_CACHE` words."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= LOWER_CACHE:
            self.clear()
        c = word[:1]
        # ('HK$48', 'NZ$3m', 'US$': an amount in a currency, never part of a name)
        known = self[word] = (
            c.isupper()
            and "$" not in word[1:4]
            and (word[1:2].isalpha() or word[1:2] in ".'’-" or len(word) == 1)
        )
        return known


_NAME_WORDS = _NameWords()


class _RoleAnswers(dict[str, bool]):
    """word -> :func:`_is_role` for one *lexicon*, each word tested once; emptied when it holds
    :data:`LOWER_CACHE` words."""

    __slots__ = ("lexicon",)

    def __init__(self, lexicon: Lexicon | None) -> None:
        super().__init__()
        self.lexicon = lexicon

    def __missing__(self, word: str) -> bool:
        if len(self) >= LOWER_CACHE:
            self.clear()
        assert self.lexicon is not None
        known = self[word] = _is_role(word, self.lexicon)
        return known


#: :func:`is_role`'s answers for one lexicon (the last one asked about), as the one entry of a
#: list (one read: another thread may set a new one).
_ROLE_ANSWERS: list[_RoleAnswers] = [_RoleAnswers(None)]


def is_role(word: str, lexicon: Lexicon) -> bool:
    """Is *word* a role noun or title abbreviation of *lexicon* ('President', 'Sen.')? Each
    word is tested once for a lexicon (the rules ask about the same capitalised words often)."""
    answers = _ROLE_ANSWERS[0]
    if answers.lexicon is not lexicon:
        answers = _ROLE_ANSWERS[0] = _RoleAnswers(lexicon)
    return answers[word]


def _is_role(word: str, lexicon: Lexicon) -> bool:
    if not word[:1].isalpha():
        return False
    low = word.lower().rstrip(".")
    if low not in lexicon.role_words and low not in lexicon.title_abbreviations:
        return False  # (most words: the cheap test first)
    # 'Lena Ruud coos': a verb ('COOs' is the role's plural)
    return not (low[-1:] == "s" and low[:-1] in INITIALISM_ROLE_NOUNS and word.islower())
