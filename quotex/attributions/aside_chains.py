"""Asides a subject's walk passes as a whole, back to the name they are about.

Input: the token table and the token just before an aside's comma that the walk left to a
cue's subject (:func:`quotex.attributions.subjects.source_before`) stopped at. Output: the token
before the aside that holds it, when the phrase ending there is no subject of its own: the agent
of a participle (*The letter, signed by NAME, ROLE at BODY, said*), the body that closes a role's
apposition, which an indefinite apposition describes (*NAME, ROLE at BODY, a unit of BODY2,
said*), or an aside right after a name that opens the clause, a *who* clause or a trait before a
role's apposition or a role before a relative clause (*NAME, who raised five sons on his own,
ROLE, said*; *NAME, interim co-chair of BODY, who ..., said*). :func:`comma_after_bracket` tells
whether a comma after a bracket is the bracket's own (the walk steps over both) or closes an
apposition that a short form ends (*NAME, ROLE of BODY (BDY), said*).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.aside_openers import past_participle
from quotex.attributions.asides import skip_parenthetical_left
from quotex.attributions.noun_phrases import np_left
from quotex.lexicon import Lexicon
from quotex.mentions import is_name_word
from quotex.mentions.bracket_names import acronym_bracket
from quotex.mentions.copular import describes_only
from quotex.tokens import Tokens

__all__ = ["aside_holding"]


def aside_holding(tokens: Tokens, j: int, floor: int, lexicon: Lexicon, cue: str) -> int:
    """The token before the aside that holds the phrase ending at token *j* (before a comma),
    when that phrase is a participle's agent ('The letter, | signed by NAME | , ROLE at BODY,
    said'), the body a role's aside names ('NAME, | ROLE at BODY | , a unit of BODY2, said') or
    an aside right after a name (:func:`_after_name`: 'NAME, | who raised five sons on his
    own | , ROLE, said'); else *j*."""
    words = tokens.words
    if words[j + 1] != ",":
        return j
    k = skip_parenthetical_left(words, j + 1, floor, lexicon, cue)  # (the aside that holds *j*)
    if k < j and _after_name(tokens, j, k, floor, lexicon):
        return k  # ('NAME, | who raised five sons on his own | , ROLE at BODY, said')
    np = np_left(tokens, j, floor, lexicon)
    by = np[0] - 1 if np is not None else -1  # ('signed | by | NAME')
    who = j + 2 < len(words) and words[j + 2] == "who" and words[by - 1] != ","  # (not ', 59, of Ennis, who')
    if (
        by - 1 >= floor
        and words[by] in _BODY_LINKS
        and words[j][:1].isupper()
        and (_part_of(words, j + 2) or who)
    ):
        # ('NAME, ROLE at | BODY | , a unit of BODY2, said': the aside just passed describes the
        # body that ends the name's own apposition, which is passed too; so does a *who* clause,
        # which describes a person: 'NAME, ROLE at | BODY | , who wrote "X", said')
        return k if k < by else j
    if by - 2 < floor or words[by] != "by" or not past_participle(words[by - 1]) or words[by - 2] != ",":
        return j
    return k if k < by else j


#: Relative words that end a source phrase (see :func:`_after_name`).
_RELATIVE_WORDS = frozenset(["who", "which", "that", "whose"])
#: Prepositions that tie a role to its body ('head cooper at', 'chair of').
_BODY_LINKS = frozenset(["at", "of", "for", "with"])


def _part_of(words: Sequence[str], k: int) -> bool:
    """Does an indefinite apposition open at token *k*, one that says what a body is or belongs
    to ('a unit of', 'a pro-Clinton super PAC', 'part of')?"""
    return k < len(words) and words[k].lower() in ("a", "an", "part")


def _after_name(tokens: Tokens, j: int, k: int, floor: int, lexicon: Lexicon) -> bool:
    """Is the aside from token *k* + 2 to *j* set off right after a name ending at token *k*, and
    a *who* clause or a description that only states a trait ('NAME, | who raised five sons on
    his own', 'NAME, | a mother of two'), or any lower-case aside when the name opens the clause?"""
    words = tokens.words
    if not is_name_word(words[k]):
        return False
    opener = words[k + 2].lower()
    if opener == "who" or (opener in ("a", "an") and describes_only(words, k + 3, j)):
        return True
    # (any aside after a name that opens the clause: 'NAME, | interim co-chair of BODY | , who
    # lives behind his workshop, said'; not 'Before meeting NAME, | the mayor | , who ..., said';
    # a name apposed to a description is the speaker: 'A spokeswoman for X, | NAME |, a ...')
    if not words[k + 2].islower():
        return False
    if opener in ("a", "an") and _RELATIVE_WORDS.isdisjoint(tokens.lows[k + 3 : j]):
        return False  # (one headed by *a* stays in the source, unless a relative clause inside it
        # ends the source phrase: 'Ana Lund, a developer and spokeswoman for X, who ...' is
        # whole; 'NAME, a former official who is now a fellow at X, which ..., said' is NAME)
    name = np_left(tokens, k, floor, lexicon)
    return name is not None and name[0] == floor


def comma_after_bracket(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> bool:
    """Does the comma at *j* follow a bracket of its own (not a short form in brackets ending an
    apposition: 'NAME, ROLE of BODY (BDY), said', where the comma is the apposition's)?"""
    words = tokens.words
    if words[j] != "," or j - 1 <= floor or words[j - 1] != ")":
        return False
    return not (acronym_bracket(words, j - 1) and skip_parenthetical_left(words, j, floor, lexicon, "") < j)
