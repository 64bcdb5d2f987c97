"""Who speaks in a report whose cue is the infinitive or gerund of another verb's object.

Input: the tokens, the token before the cue (*to* of an infinitive, *as* before a gerund)
and the clause's first token. Output: the object noun phrase that is the cue's understood
subject, and whether the text says that object spoke.

'The report prompted the trust to state, "C."': the trust states C, not the report (object
control, Quirk et al. 1985 §16.52-16.53); with a directive verb ('The mayor urged Lund to
say that C') neither speaks. 'The Gazette quoted Lund as saying C': Lund speaks.
"""

from __future__ import annotations

from quotex.attributions.noun_phrases import np_left
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import OBJECT_PRONOUNS
from quotex.lexicon.verb_frames import DIRECTIVE_CONTROL_FORMS, IMPLICATIVE_CONTROL_FORMS, QUOTING_AS_FORMS
from quotex.tokens import Tokens

#: How many tokens the object between the verb and *to* / *as* may have ('prompted the
#: state's chief medical officer to warn').
OBJECT_TOKENS = 12

#: Object pronouns that can be a speaker ('prompted her to warn'); not *it* or *you*.
_PERSONAL_OBJECTS = OBJECT_PRONOUNS - frozenset(["it", "you"])


def _object_before(tokens: Tokens, k: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object noun phrase ending at token *k*: a personal object pronoun or a source noun
    phrase (``np_left``)."""
    if tokens.words[k].lower() in _PERSONAL_OBJECTS:
        return (k, k)
    return np_left(tokens, k, floor, lexicon)


def _object_span(tokens: Tokens, last: int, first: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object that fills tokens *first* .. *last* exactly: one noun phrase, or a noun phrase
    and its apposition between commas ('the city's chief medical officer, Ruth Amblin,');
    None when the words there are not (only) an object."""
    words = tokens.words
    if words[last] == "," and last - 1 > first:
        inner = _object_before(tokens, last - 1, first, lexicon)
        if inner is None or inner[0] - 2 < first or words[inner[0] - 1] != ",":
            return None
        outer = _object_before(tokens, inner[0] - 2, first, lexicon)
        return (first, inner[1]) if outer is not None and outer[0] == first else None
    obj = _object_before(tokens, last, first, lexicon)
    return obj if obj is not None and obj[0] == first else None


def controlled_object(
    tokens: Tokens, to: int, floor: int, lexicon: Lexicon
) -> tuple[tuple[int, int], bool] | None:
    """The object of an object-control verb before the infinitive marker at token *to* ('prompted
    | the Harbour Trust | to state'), with True when the verb is implicative (the object said
    it) and False when it is directive (nobody did); None when *to* follows no such object."""
    words = tokens.words
    if to - 2 < floor or words[to].lower() != "to":
        return None
    for k in range(to - 2, max(floor, to - OBJECT_TOKENS) - 1, -1):
        verb = words[k]
        implicative = verb in IMPLICATIVE_CONTROL_FORMS
        if implicative or verb in DIRECTIVE_CONTROL_FORMS:
            obj = _object_span(tokens, to - 1, k + 1, lexicon)
            return None if obj is None else (obj, implicative)
    return None


def quoted_object(tokens: Tokens, as_: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object of a quoting verb before *as* at token *as_* and a gerund of saying: 'quoted |
    the minister | as saying', 'recalled | her | as telling'; None otherwise."""
    words = tokens.words
    if as_ - 2 < floor or words[as_].lower() != "as":
        return None
    for k in range(as_ - 2, max(floor, as_ - OBJECT_TOKENS) - 1, -1):
        if words[k] in QUOTING_AS_FORMS:
            return _object_span(tokens, as_ - 1, k + 1, lexicon)
    return None
