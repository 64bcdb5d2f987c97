"""Word tests asked so often that each word's answer is kept: a word in lower case, a name
word, a role of a lexicon.

Input: a word (and a lexicon); output: its lower-case form or a boolean. Each answer is kept in
a dictionary filled on first use (a look-up at C speed after that), emptied when it holds
:data:`LOWER_CACHE` words (the memo and the lower-case form: :mod:`quotex.word_cache`);
:mod:`quotex.mentions.words` re-exports them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

import regex as re

from quotex.lexicon import Lexicon
from quotex.lexicon.name_morphology import ELIDED_PARTICLES
from quotex.lexicon.titles import CAPITALS_ONLY_ROLES, INITIALISM_ROLE_NOUNS
from quotex.word_cache import LOWER_CACHE as LOWER_CACHE  # noqa: PLC0414
from quotex.word_cache import Memo as _Memo
from quotex.word_cache import lower_words as lower_words  # noqa: PLC0414


def _name_word(word: str) -> bool:
    c = word[:1]
    if c == "d" and word.startswith(ELIDED_PARTICLES):
        rest = word[word.index("'" if "'" in word else "’") + 1 :]
        return rest[:1].isupper() and rest[1:2].isalpha()  # ("d'Ors", "dell'Acqua")
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


#: A surname after an elided particle, somewhere in a text ("d'Ors", "dell'Acqua").
_ELIDED_NAME = re.compile(r"\b(?:" + "|".join(map(re.escape, ELIDED_PARTICLES)) + r")\p{Lu}")


def elided_names(text: str, words: Iterable[str]) -> set[str]:
    """The name words of *words* that open with an elided particle in lower case ("d'Ors"): a
    chain may run on over them though no capital opens them (one scan of *text* first: most
    texts hold none)."""
    if _ELIDED_NAME.search(text) is None:
        return set()
    return {w for w in set(words) if w[:1] == "d" and _NAME_WORDS[w]}


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
