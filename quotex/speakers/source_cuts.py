"""Source cuts: the part of a cue's source tokens that can name its speaker.

Input: the words of the text, a source's first and last token, the reporting verbs' forms and
whether its cue follows it. Output: the tokens to resolve (:func:`speaking_part`), always inside
the source. Called by :func:`quotex.speakers.sources.resolve_source` before it looks for a name,
a pronoun or a phrase in them.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Sequence

from quotex.attributions.relatives import before_relative
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS
from quotex.lexicon.grammar import (
    APPROXIMATORS,
    FRONTING_PREPOSITIONS,
    PREPOSITIONS,
    QUANTITY_HEADS,
    SIMPLE_PAST,
)
from quotex.mentions.name_edges import label_words

#: Prepositions that open a fronted adverbial ending on a name ('In the days before the vote in
#: Leith, a group of dockers said'): the spatial and temporal ones of grammar.FRONTING_PREPOSITIONS
#: and the common ones; not *by*, *to* or *of*, after which a name belongs to a noun before it.
_FRONTED = (FRONTING_PREPOSITIONS - {"by"}) | frozenset(
    ["in", "at", "on", "after", "before", "during", "since", "despite", "without"]
)
#: Words that open an unnamed noun phrase: a determiner or a number word.
_PHRASE_OPENERS = DETERMINERS | NUMBER_WORDS


def speaking_part(
    words: Sequence[str], lows: Sequence[str], a: int, b: int, *, verbs: Container[str], cue_after: bool
) -> tuple[int, int]:
    """Source tokens *a..b* less what cannot speak: a relative clause
    (:func:`~quotex.attributions.relatives.before_relative`; *verbs* are the reporting verbs'
    forms) and a fronted place or name before the subject (:func:`after_fronted_name`; only
    when the cue follows the source, *cue_after*)."""
    a, b = before_relative(words, lows, a, b, verbs)
    if cue_after:
        a = after_fronted_name(words, lows, a, b)
    return after_words_of(lows, a, b), b


#: Nouns of what a person said, whose *of* phrase names the one who said it ('the words of her
#: grandmother', 'the advice of the founder').
_WORDS_NOUNS = frozenset(["words", "advice", "motto", "saying", "maxim"])


def after_words_of(lows: Sequence[str], a: int, b: int) -> int:
    """The first token after *the words of* (and the like: :data:`_WORDS_NOUNS`) that opens
    source tokens *a..b* ('The words of NAME's grandmother are painted ...: "S."': the
    grandmother's words); else *a*."""
    if a + 3 <= b and lows[a] == "the" and lows[a + 1] in _WORDS_NOUNS and lows[a + 2] == "of":
        return a + 3
    return a


def after_fronted_name(words: Sequence[str], lows: Sequence[str], a: int, b: int) -> int:
    """The first token of the subject when source tokens *a..b* are the end of a fronted
    prepositional phrase, a name, then a comma and an unnamed noun phrase that runs up to the
    cue with no comma closing it ('at Leith, a group of dockers said': the dockers, not Leith;
    an apposition is closed by a comma: 'Ana Berg, a nurse, said'; a preposition after a word
    in lower case is no fronted one: 'heard from Ana Berg, a nurse, who said'); else *a*."""
    if a == 0:
        return a
    name = a + 1 if words[a] == "the" else a  # ('at the Granary Arms, a nurse said')
    before = a - 1 if name > a or lows[a - 1] != "the" else a - 2
    if before < 0 or lows[before] not in _FRONTED:
        return a
    prior = words[before - 1] if before else ""
    if prior.isalpha() and prior.islower() and prior not in ("and", "but", "then"):
        return a  # ('heard from Ana Berg, a nurse, who said': a verb's object inside the clause)
    comma = name
    while comma < b and words[comma][:1].isupper():
        comma += 1
    if comma >= b or comma == name or words[comma] != ",":
        return a
    opener = words[comma + 1]
    if not (opener in _PHRASE_OPENERS or opener[:1].isdigit()) or "," in words[comma + 1 : b + 1]:
        return a
    return comma + 1


#: Prepositions that cannot open a noun phrase that speaks: the common ones (``grammar.PREPOSITIONS``)
#: and those of time, cause and setting ('aboard a cross-country flight', 'During the debate'); not
#: the spatial ones that are also adjectives ('Outside experts say', 'Inside sources').
_NO_SUBJECT_OPENERS = PREPOSITIONS | frozenset(
    "aboard like during after before since despite without among amid through within upon near".split()
)


def _quantity(word: str) -> bool:
    """Is *word* a number or the head of a quantity ('68', '4', 'four', 'percent', '%', 'half')?"""
    low = word.lower()
    return low[:1].isdigit() or low in NUMBER_WORDS or low in QUANTITY_HEADS


def quantity_start(words: Sequence[str], lows: Sequence[str], a: int) -> int:
    """The first token of a quantified phrase cut before its *of* or its ratio's *in* at token
    *a*: the number or quantity before it, with an approximator ('68% | of Democratic voters',
    'About four out | of 10 voters', 'about 6 | in 10 white men'); else *a*."""
    low = lows[a]
    ratio = low == "in" and a + 1 < len(words) and words[a + 1][:1].isdigit()
    if not (low == "of" or ratio) or a < 2:
        return a
    k = a - 1
    if low == "of" and lows[k] == "out":
        k -= 1  # ('four out of 10')
    if not _quantity(words[k]):
        return a
    while k > 0 and a - k < 5 and (_quantity(words[k - 1]) or lows[k - 1] in APPROXIMATORS):
        k -= 1
    return k


def _past_form(low: str) -> bool:
    """Is *low* a past form of a verb ('came', 'posted', 'used'; not 'need', 'speed')?"""
    return low in SIMPLE_PAST or (len(low) > 4 and low.endswith("ed") and not low.endswith("eed"))


def fragment_opening(words: Sequence[str], a: int, b: int) -> bool:
    """Do source tokens *a..b* open with a preposition, so that they are the tail of a phrase or
    an adverbial and name nobody ('of a possible', 'aboard a cross', 'in a New Hampshire paper',
    'By some standards one'), or are they one lower-case past form, a verb ('posted')? A
    preposition that approximates a quantity opens a phrase that speaks: 'About 4 in 10', 'over
    60 percent', 'about a third of voters' (Quirk et al. 1985, §7.56: approximators)."""
    low = words[a].lower()
    if (a == b and words[a].islower() and _past_form(low)) or label_words(words, a, b, entry_only=True):
        return True  # ('A photograph the program later | posted | showed': a verb; 'Key quotes:', a label)
    if low not in _NO_SUBJECT_OPENERS:
        return False
    if (low in APPROXIMATORS or low == "around") and a < b:
        nxt = words[a + 1].lower()
        quantity = _quantity(nxt) or (nxt in ("a", "an") and a + 1 < b and _quantity(words[a + 2]))
        return not quantity
    return True


def mentions_within(offsets: Sequence[int], parts: Sequence[tuple[int, int]], lo: int) -> frozenset[int]:
    """Indexes of the (at most 30) mentions before index *lo* whose start offset (*offsets*)
    lies inside one of *parts*."""
    floor = max(0, lo - 30)
    out: set[int] = set()
    for s, e in parts:
        k = max(floor, bisect.bisect_left(offsets, s, floor, lo))
        while k < lo and offsets[k] < e:
            out.add(k)
            k += 1
    return frozenset(out)
