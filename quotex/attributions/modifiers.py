"""Prepositional modifiers of an unnamed source in a credit after a quotation.

'"C," a deckhand on the ferry said.' / '"C," said a nurse on the ward.': an article-led noun
phrase with prepositional phrases after its head (place, membership, origin: Quirk et al.
1985, §17.37, postmodification by prepositional phrases) is the source as a whole. The
noun-phrase walkers take a phrase past a preposition only after a role or source noun (or,
rightwards, only the prepositions of ``grammar.PREPS_IN_NP``), since elsewhere a noun before
*on* or *near* is no subject ('relied on the ferry'); these helpers take such modifiers only
where a credit stands: between a closing quotation mark and its verb
(:func:`article_nominal`), between a comma after the content and the verb
(:func:`modified_source_before`), or after an inverted verb up to the clause's end
(:func:`modified_source_after`). Input: the words (or token table), the source's tokens and
the lexicon; output: whether the tokens are such a phrase, or the widened source.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import is_issued_noun, is_source_noun
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import RECORDING_NOUNS, TIME_WORDS
from quotex.lexicon.grammar import MEDIUM_NOUNS, PLACE_PREPOSITIONS, PREPS_IN_NP, RELATIVES
from quotex.mentions import is_name_word
from quotex.mentions.naming_phrases import named_after
from quotex.mentions.open_roles import open_role
from quotex.mentions.words import is_role
from quotex.tokens import Tokens

#: Prepositions that open a modifier of a person noun: of place (``grammar.PLACE_PREPOSITIONS``)
#: and of membership and origin (*at*, *in*, *from*, *with*, *for*, *of*).
MODIFIER_PREPOSITIONS = (PREPS_IN_NP - {"familiar", "close", "to"}) | PLACE_PREPOSITIONS
#: At most this many prepositional phrases after the head ('a spokeswoman for the port in Dover').
_MAX_MODIFIERS = 3
#: Words that open a nominal credited after a quotation: an article or a counted one.
_OPENERS = frozenset(["a", "an", "the", "one", "another"])
#: Nouns of the fixed adjuncts of a cue after *on* ('on condition of anonymity', 'on the
#: record', 'on camera', 'on background', 'on air') and of the channels not in
#: ``grammar.MEDIUM_NOUNS`` ('on the phone', 'on television'): no place of the speaker.
_ADJUNCT_NOUNS = frozenset(
    "condition anonymity record camera background air phone telephone television radio".split()
)
#: Words that open a clause inside a phrase: the relative pronouns and *that*.
_CLAUSE_WORDS = RELATIVES | {"that"}
#: Tokens inside a name or a compound of a source phrase besides words.
_NAME_MARKS = frozenset(["-", "'s", "’s", "."])
#: Words that close a credit's clause.
_CLAUSE_ENDS = frozenset([",", ".", ";", "!", "?"])


def article_nominal(words: Sequence[str], a: int, b: int) -> bool:
    """Are tokens *a* .. *b*, between a closing quotation mark and its cue, an article-led
    phrase of lower-case words whose head has a prepositional modifier ('a deckhand on the
    ferry', 'the cook aboard the trawler')? Not when a modifier is a time or a medium ('a
    nurse on Monday', 'a nurse on the phone': the cue's adjuncts)."""
    if b - a < 3 or words[a].lower() not in _OPENERS:
        return False
    if not all((w.isalpha() and w.islower()) or w == "-" for w in words[a + 1 : b + 1]):
        return False
    k = next((k for k in range(a + 2, b) if words[k] in MODIFIER_PREPOSITIONS), -1)
    return k > 0 and not _adjunct_object(words, k + 1, b)


def modified_source_before(
    tokens: Tokens, obj: tuple[int, int], floor: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The source that ends with *obj*, the object of a preposition just before a cue, when up
    to :data:`_MAX_MODIFIERS` prepositional phrases lead left to a phrase with a role, group,
    person or named head that opens the clause (at *floor*, or after a comma or a closing
    quotation mark): 'The port will close, a nurse on the ward said.' -> 'a nurse on the
    ward'; 'Residents near the plant said' -> all of it, not 'the plant'. None otherwise (not
    over a time or a medium: 'a nurse on Monday said'; not a clause or an apposition:
    :func:`_clause_or_apposition`)."""
    words = tokens.words
    first = obj[0]
    for _ in range(_MAX_MODIFIERS):
        k = first - 1
        # ('A senior adviser to NAME, who asked not to be named, said': a role's *to*)
        linked = k - 1 >= floor and words[k] == "to" and is_role(words[k - 1], lexicon)
        if (
            k - 1 < floor
            or not (linked or words[k] in MODIFIER_PREPOSITIONS)
            or _adjunct_object(words, first, obj[1])
        ):
            return None
        end = k - 2 if _linking_participle(words, k - 1, floor) else k - 1  # ('officials involved | in')
        inner = np_left(tokens, end, floor, lexicon)
        if inner is None:
            return None
        first = inner[0]
        if first == floor or words[first - 1] == "," or words[first - 1] in lexicon.quote_tokens:
            head = _head(words, first, end)
            # (a role no hand list holds too, before a common noun or an aside: 'a guide at the
            # funicular said', 'an instructor at the Lindale Centre, who ..., said'; not before a
            # name right before the cue, which may modify a noun read as the cue: 'an employee in
            # the Austin support center')
            relative = words[obj[1] + 1 : obj[1] + 3] == (",", "who")  # (an aside about the person)
            unlisted = open_role(head, lexicon) and (words[obj[1]].islower() or relative)
            document = is_issued_noun(head)  # ('The report on X, published on Monday, said')
            if not (is_source_noun(head.lower(), lexicon) or is_name_word(head) or unlisted or document):
                return None  # ('help, the latest in a series of hearings intended to')
            return None if _clause_or_apposition(words, first, obj[1]) else (first, obj[1])
    return None


def _linking_participle(words: Sequence[str], k: int, floor: int) -> bool:
    """Is token *k* a past participle that links a noun before it to the preposition after it
    ('officials involved | in the talks', 'engineers based | at the yard'): lower case, in *-ed*,
    after a word?"""
    w = words[k]
    return k - 1 >= floor and len(w) > 4 and w.islower() and w.endswith("ed") and words[k - 1].isalpha()


def _head(words: Sequence[str], a: int, b: int) -> str:
    """The head word of the phrase *a* .. *b*: the word before its first preposition, or before a
    participle in *-ing* that a noun precedes ('a woman | selling kelp')."""
    return next(
        (
            words[k - 1]
            for k in range(a + 1, b + 1)
            if words[k] in MODIFIER_PREPOSITIONS or (k - 1 > a and k < b and _participle(words[k]))
        ),
        words[b],
    )


def _participle(w: str) -> bool:
    """Is *w* a lower-case word in *-ing* ('selling', 'mending')?"""
    return w.endswith("ing") and w.isalpha() and w.islower() and len(w) > 5


def _clause_or_apposition(words: Sequence[str], a: int, b: int) -> bool:
    """Do tokens *a* .. *b* hold a clause ('a gap in security that experts say': a relative
    pronoun, or a token no phrase holds), or do they follow a name and a comma, an apposition
    that the apposition rules read whole ('Ana Berg, a retiree in Leith, said')?"""
    if any(w.lower() in _CLAUSE_WORDS or not (w.isalpha() or w in _NAME_MARKS) for w in words[a : b + 1]):
        return True
    return words[a - 1] == "," and a >= 2 and (is_name_word(words[a - 2]) or words[a - 2].isdigit())


def modified_source_after(
    tokens: Tokens, src: tuple[int, int], last: int, lexicon: Lexicon
) -> tuple[int, int]:
    """*src*, an article-led source after an inverted cue ('said a nurse'), widened over the
    prepositional phrases that follow it up to the clause's end at or before token *last*
    ('said a nurse on the ward.'); *src* unchanged when its head is no source noun, or when
    something else follows (a time or a medium: 'said a nurse on Monday', 'on the phone'; a
    clause)."""
    words, lows = tokens.words, tokens.lows
    named = named_after(words, lows, src[0], src[1], last, lexicon=lexicon)
    if named >= 0:
        return (src[0], named)  # ('said a volunteer called NAME.': the name the description is given)
    if (second := _second_post_named(tokens, src, last, lexicon)) > 0:
        return (src[0], second)  # ('said the keeper of X and chair of its trustees, NAME.')
    if words[src[0]].lower() not in _OPENERS or not is_source_noun(words[src[1]].lower(), lexicon):
        return src
    end = src[1]
    for _ in range(_MAX_MODIFIERS):
        k = end + 1
        if k > last or words[k] in _CLAUSE_ENDS:
            break
        if lows[k] not in MODIFIER_PREPOSITIONS:
            return src
        obj = np_right(tokens, k + 1, last, lexicon)
        if obj is None or _adjunct_object(words, obj[0], obj[1]):
            return src
        end = obj[1]
    k = end + 1
    return (src[0], end) if k > last or words[k] in _CLAUSE_ENDS else src


def _adjunct_object(words: Sequence[str], a: int, b: int) -> bool:
    """Is the phrase *a* .. *b* after a preposition a time (its last word: 'Monday', 'the
    morning', '2015'; but 'the night ferry' is a ferry) or a medium or fixed adjunct (any
    word: 'the phone', 'his Facebook page', 'condition of anonymity'), which makes the phrase
    the cue's adjunct?"""
    last = words[b]
    if last[:1].isdigit() or last.lower() in TIME_WORDS:
        return True
    return any(w.lower() in MEDIUM_NOUNS or w.lower() in _ADJUNCT_NOUNS for w in words[a : b + 1])


def _second_post_named(tokens: Tokens, src: tuple[int, int], last: int, lexicon: Lexicon) -> int:
    """The last token of the name after a second post joined to the article-led post *src* by
    *and*, when the name and the clause's end close them ('said the master pewterer of X | and
    chair of its trustees, NAME.': two posts, one holder; the post within
    :data:`_SECOND_POST_TOKENS` words, none a verb); -1 otherwise."""
    words, lows = tokens.words, tokens.lows
    k = src[1] + 1
    if lows[src[0]] not in ("the", "a", "an") or k + 2 > last or lows[k] != "and":
        return -1
    if lows[k + 1] not in lexicon.role_words:
        return -1
    m = k + 2
    while (
        m <= last
        and m - k < _SECOND_POST_TOKENS
        and words[m][:1].isalnum()
        and lows[m] not in lexicon.verb_forms
    ):
        m += 1
    if m + 1 > last or words[m] != "," or not is_name_word(words[m + 1]):
        return -1
    end = m + 1
    while end + 1 <= last and is_name_word(words[end + 1]):
        end += 1
    return end if end + 1 > last or words[end + 1] in _CLAUSE_ENDS else -1


#: The most words of a second post after *and* (:func:`_second_post_named`).
_SECOND_POST_TOKENS = 12


def recorded_speaker(
    lows: Sequence[str], np: tuple[int, int], floor: int, form: tuple[str, str] | None
) -> tuple[int, int] | None:
    """The object of *of* after a noun of a recording that ends the noun phrase *np* before a gerund
    cue of speech (*form*: its lemma and verb class; 'footage of | Lund saying', 'shared a clip of |
    the coach telling'): the one recorded speaks; None when no such *of* opens or heads *np*, or
    the gerund is no verb of speech ('The clip of A questioning B was shared': no report of A's)
    (*lows*: the words in lower case)."""
    if form is None or form[1] != "speech":
        return None
    for k in range(max(np[0] - 1, floor + 1), np[1]):
        if lows[k] == "of" and lows[k - 1] in RECORDING_NOUNS:
            return (k + 1, np[1])
    return None
