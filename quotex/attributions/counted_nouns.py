"""Counted plurals: an *-s* word after a count is a plural noun, never a verb.

Input: a sentence's words and a token index. Output: whether the word there is a plural noun
because a count stands right before it (*both states*, *three reports*, *in 12 states*). An
*-s* verb agrees with a singular subject only (Quirk et al. 1985, §10.34), so the cue verbs
whose *-s* forms are also nouns (*states*, *reports*, *plans*, *claims*) are read as nouns
there, by the subject walkers (``np_words.compound_word``, ``noun_phrases.np_left``) and the
verb table's ``plural_noun`` veto.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import NUMBER_WORDS

#: Words that count a plural noun right after them and never stand before a finite verb
#: whose subject is singular ('both states', 'several claims'; not *all*, *most* or *some*:
#: 'it all starts', 'what most concerns them').
_PLURAL_COUNTS = frozenset("both several many few various numerous these those".split())


def plural_count(words: Sequence[str], k: int, first: int) -> bool:
    """Does the word at token *k* count a plural noun after it: a number word other than *one*,
    one of :data:`_PLURAL_COUNTS`, or digits after a lower-case word ('in 12 states', 'all 50
    states'; not 'Article 33 states', where the digits end a name)?"""
    low = words[k].lower()
    if low.isdigit():
        return low != "1" and k - 1 >= first and words[k - 1].islower()
    return low in _PLURAL_COUNTS or (low in NUMBER_WORDS and low != "one")


def counted_noun(words: Sequence[str], i: int, first: int) -> bool:
    """Is the lower-case *-s* word at token *i* a plural noun because a count stands right
    before it (:func:`plural_count`: 'Officials in both states said ...', 'three reports')?"""
    w = words[i]
    return (
        i - 1 >= first
        and w.islower()
        and w.endswith("s")
        and not w.endswith("ss")
        and plural_count(words, i - 1, first)
    )


#: Plurals of a named person's associates, who share the person's report but are not named
#: ('Ana Berg and colleagues found', 'NAME and her co-authors wrote').
ASSOCIATE_NOUNS = frozenset(
    "colleagues co-authors coauthors collaborators co-workers teammates others".split()
)


def associates_after(words: Sequence[str], j: int, head: int) -> bool:
    """Do the associates of a person follow the *and* at token *j*, within the phrase that ends
    at token *head* ('and colleagues at X', 'and her co-authors', 'and other residents')?"""
    k = j + 1
    if k < head and words[k].lower() in ("his", "her", "their"):
        k += 1
    if k + 2 <= head and words[k + 1] == "-":  # ('co-authors', split by the tokenizer)
        return f"{words[k]}-{words[k + 2]}".lower() in ASSOCIATE_NOUNS
    if k + 1 <= head and words[k] == "other" and words[k + 1].islower() and words[k + 1].endswith("s"):
        return True  # ('NAME and other residents said': NAME among them)
    return k <= head and words[k].lower() in ASSOCIATE_NOUNS
