"""Word tests asked so often that each word's answer is kept: a word in lower case, a name
word, a role of a lexicon.

Input: a word (and a lexicon); output: its lower-case form or a boolean. Each answer is kept in
a dictionary filled on first use (a look-up at C speed after that), emptied when it holds
:data:`LOWER_CACHE` words; :mod:`quotex.mentions.words` re-exports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TypeVar

from quotex.lexicon import Lexicon
from quotex.lexicon.titles import CAPITALS_ONLY_ROLES, INITIALISM_ROLE_NOUNS

#: How many distinct words :func:`lower_words` keeps lower-cased (then it starts again): about
#: 4 MB when full (a word already in lower case is its own lower-case form).
LOWER_CACHE = 50_000

_T = TypeVar("_T")


class _Memo(dict[str, _T]):
    """word -> ``answer(word)``, each word computed once (a look-up at C speed after that, also
    through ``map``); emptied when it holds :data:`LOWER_CACHE` words."""

    __slots__ = ("answer",)

    def __init__(self, answer: Callable[[str], _T]) -> None:
        super().__init__()
        self.answer = answer

    def __missing__(self, word: str) -> _T:
        if len(self) >= LOWER_CACHE:
            self.clear()
        known = self[word] = self.answer(word)
        return known


def _lower(word: str) -> str:
    """*word* in lower case, the word itself when it is already (no second string)."""
    low = word.lower()
    return word if low == word else low


_LOWERED = _Memo(_lower)


def lower_words(words: Sequence[str]) -> tuple[str, ...]:
    """``tuple(w.lower() for w in words)``, made once per text by a stage whose rules read
    many words in lower case (a look-up per word, no new string for a word seen before)."""
    return tuple(map(_LOWERED.__getitem__, words))


def _name_word(word: str) -> bool:
    c = word[:1]
    # ('HK$48', 'NZ$3m', 'US$': an amount in a currency, never part of a name)
    return (
        c.isupper()
        and "$" not in word[1:4]
        and (word[1:2].isalpha() or word[1:2] in ".'’-" or len(word) == 1)
    )


_NAME_WORDS = _Memo(_name_word)


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: ``Xi``, ``O'Neill``, ``U.S.``."""
    return _NAME_WORDS[word]  # (each word tested once: the rules ask about the same words often)


def name_words_of(words: Iterable[str]) -> set[str]:
    """The set of *words* that :func:`is_name_word` accepts (a look-up at C speed each, no
    Python call per word)."""
    return set(filter(_NAME_WORDS.__getitem__, words))


#: :func:`is_role`'s answers for one lexicon (the last one asked about) with that lexicon, as the
#: one entry of a list (one read: another thread may set a new one).
_ROLE_ANSWERS: list[tuple[Lexicon | None, _Memo[bool]]] = [(None, _Memo(bool))]


def is_role(word: str, lexicon: Lexicon) -> bool:
    """Is *word* a role noun or title abbreviation of *lexicon* ('President', 'Sen.')? Each
    word is tested once for a lexicon (the rules ask about the same capitalised words often)."""
    asked, answers = _ROLE_ANSWERS[0]
    if asked is not lexicon:
        answers = _Memo(partial(_is_role, lexicon=lexicon))
        _ROLE_ANSWERS[0] = (lexicon, answers)
    return answers[word]


def per_lexicon(answer: Callable[[str, Lexicon], bool]) -> Callable[[str, Lexicon], bool]:
    """``answer(word, lexicon)`` with each word's answer kept for the last lexicon asked about,
    as :func:`is_role` keeps its own (*answer* must be a pure function of the two)."""
    slot: list[tuple[Lexicon | None, _Memo[bool]]] = [(None, _Memo(bool))]

    def ask(word: str, lexicon: Lexicon) -> bool:
        asked, answers = slot[0]
        if asked is not lexicon:
            answers = _Memo(partial(_with_lexicon, answer, lexicon))
            slot[0] = (lexicon, answers)
        return answers[word]

    return ask


def _with_lexicon(answer: Callable[[str, Lexicon], bool], lexicon: Lexicon, word: str) -> bool:
    return answer(word, lexicon)


def _is_role(word: str, lexicon: Lexicon) -> bool:
    if not word[:1].isalpha():
        return False
    low = word.lower().rstrip(".")
    if low not in lexicon.role_words and low not in lexicon.title_abbreviations:
        return word in CAPITALS_ONLY_ROLES  # (most words: the cheap test first; 'MS', not 'Ms')
    # 'Lena Ruud coos': a verb ('COOs' is the role's plural)
    return not (low[-1:] == "s" and low[:-1] in INITIALISM_ROLE_NOUNS and word.islower())
