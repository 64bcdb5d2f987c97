"""A name written in capitals read as the text spells it elsewhere (stage 4's mentions, once found).

Input: the mentions of a text, in order. Output: the same mentions, a person's name in capitals
(a transcript's label, a kicker, a pull quote's credit: ``HEDDA KVARME: "C."``) spelt as the
text writes it in mixed case elsewhere (*Hedda Kvarme*), word by word; a name whose words the
text never writes otherwise stays as written (its case cannot be told: *MCDONALD* is *McDonald*).
Without this, ``HEDDA KVARME`` and the *Hedda Kvarme* whose title the story gives are two
people, and the speaker prints in capitals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from quotex.mentions.find import Mention

__all__ = ["cased_names"]


def cased_names(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """*mentions* with each person's name in capitals respelt from the mixed-case names (see the
    module docstring); the same mentions when none is in capitals."""
    if not any(_in_capitals(m.name) for m in mentions if m.kind == "person"):
        return tuple(mentions)  # (most texts)
    spelt: dict[str, str] = {}
    for m in mentions:
        if not _in_capitals(m.name):
            for w in m.name.split():
                if not w.isupper():
                    spelt.setdefault(w.upper(), w)
    return tuple(_respelt(m, spelt) if m.kind == "person" and _in_capitals(m.name) else m for m in mentions)


def _respelt(m: Mention, spelt: dict[str, str]) -> Mention:
    """*m* with its name's words as *spelt* maps them from capitals, when it maps them all."""
    words = [spelt.get(w, "") for w in m.name.split()]
    return attrs.evolve(m, name=" ".join(words)) if all(words) else m


def _in_capitals(name: str) -> bool:
    """Is *name* written in capitals, with a word of two or more letters ('HEDDA KVARME', 'AWA
    N'DIONE'; not 'Ana Roe', 'A. B.')?"""
    return name.isupper() and any(len(w) > 1 and w.isalpha() for w in name.split())
