"""Clauses with a subject of their own between a sentence's subject and a cue.

An adverbial clause ('X listened as Y told', 'X was in the gallery when Y said:') or a
coordinated one (', and Y said:') has its own subject, who speaks when its verb is a verb of
speech; the sentence's subject never does then. A passive that a colon closes ('X was
interrupted by Y:') credits its agent. Input: the context (or words) and token positions;
output: a yes/no or the speaker's token range.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import Context
from quotex.attributions.noun_phrases import np_right
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS
from quotex.lexicon.grammar import (
    CLAUSE_SUBORDINATORS,
    COPULA,
    IRREGULAR_PAST,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from quotex.mentions import is_name_word

#: Subordinators that open an adverbial clause after the sentence's subject ('X was in the
#: gallery when Y said:', 'as a neighbour put it:').
_ADVERBIAL_CLAUSE_OPENERS = CLAUSE_SUBORDINATORS | SUBORDINATORS | frozenset(["if", "unless", "whenever"])


def speaks_in_adverbial_clause(ctx: Context, a: int, before: int) -> bool:
    """Does an adverbial clause (or a coordinated one: ', and Y said:') open between tokens *a*
    and *before* whose own verb of speech stands before *before* ('when Park Ji-woo said:')? Then
    what *before* introduces is that
    clause's subject's, never the sentence subject's ('X responded as the crowd cheered:' has
    no verb of speech in its clause and stays X's)."""
    words, verbs = ctx.tokens.words, ctx.lexicon.verb_forms
    for k in range(a, before):
        coordinated = (
            words[k].lower() in ("and", "but") and words[k - 1] == "," and opens_subject(words[k + 1])
        )
        if (words[k].lower() in _ADVERBIAL_CLAUSE_OPENERS or coordinated) and ctx.quote_of[k] < 0:
            return any(verbs.get(words[m].lower(), ("", ""))[1] == "speech" for m in range(k + 1, before))
    return False


def agent_before(ctx: Context, floor: int, colon: int) -> tuple[int, int] | None:
    """The agent of a passive that token *colon* closes ('Ana Berg was interrupted by Tom Hale:',
    'Hale was answered by Ana Berg:'), read back to *floor*: the phrase after *by*, which
    speaks; None when no such passive ends there."""
    words = ctx.tokens.words
    for k in range(colon - 2, max(floor, colon - 12), -1):
        if words[k].lower() != "by":
            continue
        verb, be = words[k - 1].lower(), words[k - 2].lower()
        if not ((verb.endswith("ed") or verb in IRREGULAR_PAST) and (be in COPULA or be == "got")):
            return None
        src = np_right(ctx.tokens, k + 1, colon - 1, ctx.lexicon)
        if src is None or src[1] != colon - 1 or not words[src[0]][:1].isalnum():
            return None
        return src if all(ctx.quote_of[m] < 0 for m in range(src[0], colon)) else None
    return None


def opens_adverbial_clause(words: Sequence[str], k: int, group: int) -> bool:
    """Does token *k* open an adverbial clause whose subject follows it before the verb group
    at *group* ('X listened as Y told', 'X nodded when the judge said'; not 'such as', 'as well
    as')?"""
    if words[k].lower() not in CLAUSE_SUBORDINATORS or k + 1 >= group:
        return False
    return words[k - 1].lower() not in ("such", "well", "so", "just") and opens_subject(words[k + 1])


def opens_subject(w: str) -> bool:
    """Can word *w* open a clause's subject: a name, a determiner, a number, a subject pronoun
    or an indefinite one ('somebody', 'many')?"""
    low = w.lower()
    return (
        is_name_word(w)
        or low in DETERMINERS
        or low in NUMBER_WORDS
        or low in _SUBJECT_OPENERS
        or w in SUBJECT_PRONOUNS
        or low in SUBJECT_PRONOUNS
    )


#: Pronouns that may open the subject of an adverbial clause ('as somebody at the back shouted').
_SUBJECT_OPENERS = frozenset(
    "somebody someone everybody everyone nobody anyone many several some few most".split()
)
