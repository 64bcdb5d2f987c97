"""Quotation marks around a name, not around anyone's words (stage: attributions; read by
:func:`~quotex.attributions.quoting.quoting`).

A span in quotation marks is a name or a cited word, nobody's speech, when a naming frame
introduces it: a noun of a named thing just before it (``the song "Rose of the Valley"``,
``the word "mitumba"``), a naming participle after a noun (``a scheme dubbed "Iron Gate"``,
``Ana Berg, nicknamed "Mother Lo",``), *known (to NP) as* (``was known to everyone as "Mother
Lo"``), or a determiner before it and such a noun after it (``the
"Hear Today" campaign``). Such a span is no quotation: no rule credits it, though a content
that holds it is still mixed, as PolNeAR marks it (``Context.marked``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.context import title_case
from quotex.lexicon.function_words import DETERMINERS, PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import ADVERBS, AUXILIARIES, NAMED_THING_NOUNS, NAMING_PARTICIPLES
from quotex.quote_spans import QuoteSpan
from quotex.tokens import Tokens

#: How many words a name in marks may hold ('The Long Road Home'); a longer span is words.
NAME_WORDS = 6
#: How many tokens may stand between *known* and *as*: 'known to everyone in the town as'.
AS_GAP = 7
#: Forms that introduce a name with *as*: 'known as' (a speaker's *referred to X as "C"* may
#: be the speaker's epithet: a crowd's is :func:`~quotex.attributions.naming.crowd_names_a_thing`).
_AS_NAMERS = frozenset(["known"])
#: Sentence punctuation inside a span: a sentence, not a name.
_SENTENCE_MARKS = (". ", "? ", "! ", "; ", ": ")
#: Nouns of a cited word: any word in marks after them is cited ('the word "mitumba"'); after
#: the other nouns of a named thing, a name in title case.
_WORD_NOUNS = frozenset("word words term terms phrase expression".split())
#: Forms of verbs a speaker names with ('Ida Marr called the plan "Project Fear"'): the
#: speaker's epithet, a quotation, stays one.
_NAMING_VERB_FORMS = frozenset(
    """call calls called calling dub dubs dubbed dubbing label labels labelled labeled labelling
    brand brands branded term termed describe describes described describing""".split()
)
#: Forms of *sing*: a title in title case right after is the song's ('sang "Rose of the Valley"').
_SING_FORMS = frozenset("sing sings sang sung singing".split())


#: The words one of the frames must have right before the opening mark (lower case): a named
#: thing's noun, a form of *sing*, a naming participle, *as*, a determiner or a possessive.
_FRAME_WORDS = NAMED_THING_NOUNS | _SING_FORMS | NAMING_PARTICIPLES | DETERMINERS | {"as", "'s", "’s"}


def names_a_thing(tokens: Tokens, span: QuoteSpan) -> bool:
    """Is quotation *span* a name or a cited word rather than words said: short, closed,
    holding no sentence, and framed by a naming frame (see the module docstring)?"""
    text = tokens.text
    words, starts, lows = tokens.words, tokens.starts, tokens.lows
    j = bisect.bisect_left(starts, span.start)  # the opening mark's token
    if 1 <= j <= len(words) and lows[j - 1] not in _FRAME_WORDS:
        return False  # (no frame's word before the mark, the common case: the tests below need one)
    inner = text[span.start + 1 : span.end - 1].strip(" \"'“”‘’,.")
    if not (span.closed and span.opened and inner) or len(inner.split(None, NAME_WORDS)) > NAME_WORDS:
        return False
    if any(mark in inner for mark in _SENTENCE_MARKS):
        return False
    k = bisect.bisect_left(starts, span.end)  # the first token after the span
    if j < 1 or j >= len(words) or "\n" in text[tokens.ends[j - 1] : span.start]:
        return False  # (a frame ends with its line: 'In their own words' | '"C."')
    return (
        _named_thing_before(words, j, text, span)
        or (lows[j - 1] in _SING_FORMS and _song_title(text, span))
        or _naming_participle(words, j, text, span)
        or _as_name(words, j, text, span)
        or _premodifier(words, j, k, text, span)
    )


def _named_thing_before(words: Sequence[str], j: int, text: str, span: QuoteSpan) -> bool:
    """'the song | "C"', 'a hit song | "C"', 'the council's campaign | "C"': a noun of a named
    thing right before the mark (a name in title case after it, or any word after *the word*),
    a determiner or possessive at most three lower-case words before it and no verb of naming
    before that ('called the plan "Project Fear"' is the speaker's epithet)."""
    noun = words[j - 1]
    if noun.lower() not in NAMED_THING_NOUNS or not noun.islower():
        return False
    if noun not in _WORD_NOUNS and not title_case(text, span, min_caps=1):
        return False
    for m in range(j - 2, max(-1, j - 5), -1):
        w = words[m]
        if w.lower() in DETERMINERS or w in ("'s", "’s"):
            return m == 0 or words[m - 1].lower() not in _NAMING_VERB_FORMS
        if not (w.isalpha() and w.islower()) and not w[:1].isdigit():
            return False
    return False


def _song_title(text: str, span: QuoteSpan) -> bool:
    """A song's title after *sing*: title case, no sentence's end inside the marks ('sang "It's
    Our Time."' may be the words sung)."""
    return title_case(text, span, min_caps=1) and text[span.end - 2 : span.end - 1] not in (".", "!", "?")


def _naming_participle(words: Sequence[str], j: int, text: str, span: QuoteSpan) -> bool:
    """'a scheme dubbed | "Iron Gate"', 'NAME, nicknamed | "Mother Lo"': a naming participle
    after a singular common noun or a comma, before a name in title case (a lower-case
    description after *called* may be somebody's words: 'the mayor called "a disgrace"')."""
    if j < 2 or words[j - 1].lower() not in NAMING_PARTICIPLES:
        return False
    before = words[j - 2]
    low = before.lower()
    noun = before.isalpha() and before.islower() and not low.endswith("s")
    noun = noun and not any(low in group for group in (PRONOUNS, AUXILIARIES, ADVERBS, STOP_WORDS))
    return (noun or before == ",") and title_case(text, span, min_caps=1)


def _as_name(words: Sequence[str], j: int, text: str, span: QuoteSpan) -> bool:
    """'known (locally / to everyone) as | "C"': *as* right before the mark and *known* at most
    AS_GAP tokens before it, no punctuation between; any short span (a word glossed: 'known as
    "mitumba"')."""
    if words[j - 1].lower() != "as":
        return False
    for m in range(j - 2, max(-1, j - 2 - AS_GAP), -1):
        low = words[m].lower()
        if low in _AS_NAMERS:
            return True
        if not words[m][:1].isalnum():
            return False
    return False


def _premodifier(words: Sequence[str], j: int, k: int, text: str, span: QuoteSpan) -> bool:
    """'the | "Hear Today" | campaign': a determiner or possessive before the mark, a name in
    title case, then a noun of a named thing."""
    before = words[j - 1]
    return (
        (before.lower() in DETERMINERS or before in ("'s", "’s"))
        and k < len(words)
        and words[k].islower()
        and words[k] in NAMED_THING_NOUNS
        and title_case(text, span, min_caps=1)
    )
