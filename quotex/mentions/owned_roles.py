"""Role nouns that the hand list may lack, read in two frames that already say "post": a
possessive determiner that points back to a body (*Its chief archivist, NAME,*) and a bare
copular predicate with a named body (*who has been site manager at the X Wind Farm*).

Input: the words and a token range; output: yes or no, or a title's token range. Called by
:mod:`quotex.mentions.comma_titles` and :mod:`quotex.mentions.copular`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import TITLE_MODIFIERS
from quotex.mentions.open_roles import open_role
from quotex.mentions.role_heads import POSITION_MODIFIERS, agent_noun, job_modifiers
from quotex.mentions.words import is_role, plural_role

#: Possessive determiners that point back to a body ('Its chief archivist', 'their head
#: coach'); *his*/*her* point to a person, whose post is no body's.
BODY_DETERMINERS = frozenset(["its", "their"])


def modified_role(words: Sequence[str], start: int, head: int, lexicon: Lexicon) -> bool:
    """Is *words[start..head]* a singular role noun at *head* (listed, of WordNet's roles or an
    agent noun: 'archivist', 'foreman', 'warden') after at most two modifiers that are title
    modifiers, ranks, role nouns or job nouns ('chief', 'head', 'site', 'harbour'; not 'very
    good', 'keen')?"""
    w = words[head]
    role = (is_role(w, lexicon) and not plural_role(w, lexicon)) or open_role(w, lexicon)
    if not (w.isalpha() and w.islower() and (role or agent_noun(w, lexicon))) or head - start > 2:
        return False
    mods = [m for m in words[start:head] if m.lower() not in TITLE_MODIFIERS]
    listed = all(m in POSITION_MODIFIERS or is_role(m, lexicon) for m in mods)
    return listed or job_modifiers(mods, lexicon)


def pronoun_owned_role(words: Sequence[str], end: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """The role after a possessive determiner of a body that opens its clause (at *floor*, after
    a mark, a quotation or a verb of speech), ending at token *end* before a name's comma ('The
    X Archive opened in 1968. Its chief archivist, NAME,' -> 'chief archivist'; the caller names
    the body the determiner points to); (-1, -1) when none."""
    k = end
    while k >= floor and end - k < 3 and words[k].isalpha() and words[k].islower() and words[k] != "its":
        k -= 1
    if k == end or k < floor or words[k].lower() not in BODY_DETERMINERS:
        return (-1, -1)
    before = words[k - 1] if k > floor else ""
    speech = lexicon.verb_forms.get(before.lower(), ("", ""))[1] == "speech"  # ('said its chief ...')
    if k > floor and before not in (",", ";", ":") and before not in lexicon.quote_tokens and not speech:
        return (-1, -1)  # ('after meeting its chief archivist, NAME': an object, no apposition)
    return (k + 1, end) if modified_role(words, k + 1, end, lexicon) else (-1, -1)
