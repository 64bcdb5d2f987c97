"""Ranks and forms of address beside a title: which of a title's words are ranks that print alone,
and where a post written before a rank ends.

Input: a sentence's words and a title's token range (or one word); output: the post's last token,
or whether the words are ranks. The ranks are data in :mod:`quotex.lexicon.titles`
(:data:`~quotex.lexicon.titles.ADDRESS_RANKS`, ``BARE_RANKS``, ``RANKS_WITHOUT_AFFILIATION``).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.titles import ADDRESS_RANKS, BARE_RANKS, RANKS_WITHOUT_AFFILIATION
from quotex.mentions.word_memo import is_role


def before_trailing_rank(
    words: Sequence[str], t_first: int, t_last: int, name_first: int, lexicon: Lexicon
) -> int:
    """The last token of title *t_first..t_last* before the name at *name_first*, less a form of
    address after a role ('Council leader Cllr | NAME': the role is the post); else *t_last*."""
    if not 0 <= t_first < t_last < name_first:
        return t_last
    k = t_last
    while k > t_first and address_rank(words[k], k < t_last):  # ('Naval staff chief Vice Adm. | NAME')
        k -= 1
    if (
        k == t_last
        or not is_role(words[k], lexicon)
        or words[k].lower().rstrip(".") in ADDRESS_RANKS
        or (words[k].istitle() and words[k].lower() in BARE_RANKS)  # ('Detective Sgt. NAME': one title)
        or words[k] in _RELATIONAL_ROLES
    ):
        return t_last
    return k


#: Nouns of a relation to another person, which need the rank after them ('fellow Cllr NAME').
_RELATIONAL_ROLES = frozenset("fellow rival opponent colleague challenger successor predecessor".split())


def address_rank(word: str, compound: bool) -> bool:
    """A capitalised rank of :data:`ADDRESS_RANKS`, or with *compound* a compound's first ('Vice Adm.')?"""
    low = word.lower().rstrip(".")
    return word.istitle() and (low in ADDRESS_RANKS or (compound and low in BARE_RANKS))


def rank_only(words: Sequence[str], t_first: int, t_last: int) -> bool:
    """Is the title *t_first..t_last* only rank words that print without the affiliation after
    the name ('Lt.', 'Det. Insp.', 'Sen.': :data:`RANKS_WITHOUT_AFFILIATION`)?"""
    return all(words[k].lower().rstrip(".") in RANKS_WITHOUT_AFFILIATION for k in range(t_first, t_last + 1))
