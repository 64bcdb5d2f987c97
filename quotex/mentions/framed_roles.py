"""A role phrase framed before a name: ``The policy lead for tenancy at BODY, NAME, told``.

Input: the words, the last token of a phrase before a comma and a name, the sentence's first
token and the lexicon. Output: the token that opens the phrase (an article, a count, a body's
determiner), read by the attribution stage's subject and noun-phrase walkers; -1 when the phrase
is no framed role.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import TITLE_MODIFIERS
from quotex.mentions.appositions import plain_noun, role_at_body
from quotex.mentions.owned_roles import pronoun_owned_role

__all__ = ["framed_role_before"]


def framed_role_before(words: Sequence[str], last: int, floor: int, lexicon: Lexicon) -> int:
    """The article that opens the sentence (token *floor*) and a role phrase in the frame of
    :func:`role_at_body` ending at token *last*, before a comma and a name ('The policy lead
    for tenancy at the Fenwold Renters' Union, Tamsin Vellacott, told ...'): the article's
    index, or -1. Or, after a verb of speech, an indefinite or counted description of one to
    three lower-case words ('said another shopkeeper, Ana Roe.'), or one right after a quotation
    ('"C," a shopkeeper, Ana Roe, said.'): the article's or count's index. Or a body's
    determiner and a role ('Its chief archivist, NAME,': :func:`pronoun_owned_role`): its index."""
    owned = pronoun_owned_role(words, last, floor, lexicon)[0]
    if owned > floor:
        return owned - 1
    k = floor
    if (
        0 < last - k <= 16
        and words[k] in ("The", "A", "An")
        and role_at_body(words, k + 1, last, lexicon) == last
    ):
        return k
    k = last
    while k > floor and last - k < 3 and (plain_noun(words[k], lexicon) or words[k] in TITLE_MODIFIERS):
        k -= 1
    form = lexicon.verb_forms.get(words[k - 1].lower()) if k > floor else None
    described = k < last and plain_noun(words[last], lexicon) and words[k] in ("a", "an", "one", "another")
    after_quote = k > floor and words[k - 1] in lexicon.quote_tokens  # ('"C," one farmer, X, said')
    return k if described and (after_quote or (form is not None and form[1] == "speech")) else -1
