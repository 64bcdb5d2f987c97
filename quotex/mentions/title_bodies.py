"""A body's name joined by *and* inside a person's title: *NAME, a spokesperson for Ashby Roads
and Bridges,* names one body, not a person *Bridges*.

The title reader keeps such a name whole (:func:`quotex.mentions.body_joins.joins_body_name`),
while the name chains, which read no titles, may split it at its *and* into two names. Input: the
token table, the mentions found so far and the next one; output: the mention to append (the two
halves joined into one organisation when a title before them holds both). Called by
:func:`quotex.mentions.find.find_mentions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from quotex.lexicon.first_names import FIRST_NAMES
from quotex.mentions.chains import name_text
from quotex.mentions.words import registered_spelling
from quotex.tokens import Tokens

if TYPE_CHECKING:
    from quotex.mentions.find import Mention

#: The words that join the halves of a body's name.
_JOINS = frozenset(["and", "&"])
#: How many mentions back the title's holder may stand (the holder, then the first half).
_OWNER_REACH = 3


def joined_title_body(tokens: Tokens, out: list[Mention], mention: Mention) -> Mention:
    """*mention*, or, when it and the mention before it (popped from *out*) are the two halves
    of one body's name joined by *and* inside an earlier mention's title, the two as one
    organisation's mention."""
    if not out:
        return mention
    prev = out[-1]
    if mention.first != prev.last + 2 or tokens.words[prev.last + 1] not in _JOINS:
        return mention
    if not any(
        0 <= m.title_first <= prev.first and mention.last <= m.title_last for m in out[-_OWNER_REACH:-1]
    ) or any(registered_spelling(m.name.split()[0].lower()) in FIRST_NAMES for m in (prev, mention)):
        return mention  # ('- Mark Blumenthal and Jon Cohen:': two persons, no body)
    out.pop()
    return attrs.evolve(
        prev,
        last=mention.last,
        end=mention.end,
        name=name_text(tokens, prev.first, mention.last),
        kind="organization",
        gender=None,
        title=None,
        title_first=-1,
        title_last=-1,
        also=None,
    )
