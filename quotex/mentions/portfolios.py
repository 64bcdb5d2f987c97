"""A capitalised post with its portfolio before a name: 'Minister for Health and Social Care Ana Berg'.

The post's role noun, *for* or *of* (and *the*), and the portfolio's capitalised words run
into the name chain after them ('Minister for Health Ana Berg' is the chain 'Health Ana Berg'
after 'Minister for'; 'Speaker of the House Paul Ryan'): the name opens at its listed first
name, and the post before it is the title. Input: the token table, a chain and its sentence;
output: the title's first token and the name's first token, or None.
"""

from __future__ import annotations

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import TITLE_MODIFIERS
from quotex.mentions.words import ANY_FIRST_NAMES, is_body_word, is_name_word, registered_spelling
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: Words that link a post's role noun to its portfolio and the portfolio's parts.
_LINKS = frozenset(["for", "of", "the", "and", "&"])
#: The most tokens between the role noun and the chain ('Minister for Health and Social Care').
_REACH = 8


def _first_name(word: str) -> bool:
    return word[:1].isupper() and registered_spelling(word.lower()) in ANY_FIRST_NAMES


def portfolio_split(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int] | None:
    """(title's first token, name's first token) when name chain *first..last* ends in a full
    name that opens at a listed first name (a surname after it) and a post's portfolio stands
    before that name: capitalised words in the chain before the first name and/or before the
    chain up to *for* or *of* after a singular role noun ('Minister for | Health Ana Berg',
    'Minister of Trade and | Industry Ana Berg', 'Speaker of the | House Paul Ryan'). The
    portfolio holds at least one capitalised word (not 'a friend of | Donald Trump'); the role
    noun opens its phrase (the sentence's start, or after a word that is no name) and takes
    the capitalised title modifiers before it ('Deputy Minister for ...'); else None."""
    words = tokens.words
    p = next((k for k in range(first, last) if _first_name(words[k])), -1)
    if p < 0 or not all(is_name_word(w) and not is_body_word(w, lexicon) for w in words[p : last + 1]):
        return None  # (a body's name: 'a spokeswoman for Halloran Marine Services', 'Marine' a given name)
    k, portfolio = first - 1, p - first  # (capitalised words of the portfolio inside the chain)
    while k > sent.first and first - k <= _REACH and (words[k].lower() in _LINKS or is_name_word(words[k])):
        if words[k].lower() in lexicon.role_nouns and words[k + 1] in ("for", "of"):
            break
        if is_name_word(words[k]):
            if _first_name(words[k]):
                return None  # ('Ana Berg of Leith Ivo Lund': names, no portfolio)
            portfolio += 1
        k -= 1
    if not (words[k].lower() in lexicon.role_nouns and words[k + 1] in ("for", "of")) or portfolio == 0:
        return None
    while k - 1 >= sent.first and words[k - 1][:1].isupper() and words[k - 1].lower() in TITLE_MODIFIERS:
        k -= 1  # ('Deputy Minister for ...', 'Acting Secretary of ...')
    if k > sent.first and is_name_word(words[k - 1]):
        return None  # (the role noun is inside another name: 'the Royal Society Fellow of ...')
    return k, p
