"""The verb group of a cue: the auxiliaries, modals and adverbs before it.

Input: the words, the cue's token, the sentence's first token; output: the group's first
token ('has long said' -> 'has'), before which a cue's subject ends.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from quotex.attributions.context import manner_adverb
from quotex.lexicon.grammar import ADVERBS, MODALS


def verb_group_start(
    words: Sequence[str], cue: int, floor: int, *, past: bool = False, names: Container[str] = frozenset()
) -> int:
    """The first token of the verb group ending at *cue*: 'have similarly shown' -> 'have'.
    *past*: the cue is a past form ('said', not 'say'). A capitalised modal before a past form
    with no *be* between is a surname, not an auxiliary ('May said', 'Will told'): a modal takes
    a bare infinitive (Quirk et al. 1985, §3.21). Nor is a word of *names*, the text's surnames
    (:func:`~quotex.mentions.chains.given_surnames`), a modal or an adverb ('Theresa May says',
    'Long said': Mara Long)."""
    k = cue
    passive = False
    while k - 1 >= floor:
        w = words[k - 1]
        low = w.lower()
        if past and not passive and low in MODALS and w[:1].isupper():
            break
        if not (low in ADVERBS or low in MODALS or low in ("n't", "not", "be", "been") or manner_adverb(w)):
            break
        if w[:1].isupper() and w in names:  # (a surname is capitalised: most words ask no more)
            break
        passive = passive or low in ("be", "been")
        k -= 1
    return k
