"""Where an apposition's title stops short of the next person or goes on to a second role
(stage: mentions; input the words of a sentence and a position in an apposition, output
where the second role's phrase ends or whether a name follows; read by
:func:`quotex.mentions.appositions.apposition_title`)."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NUMBER_WORDS
from quotex.lexicon.titles import RELATION_NOUNS
from quotex.lexicon.world_names import FEMALE_WORLD_NAMES, MALE_WORLD_NAMES
from quotex.mentions.body_joins import joins_body_name
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.word_memo import is_name_word
from quotex.mentions.words import ANY_FIRST_NAMES, APPOS_CLAUSE_WORDS, APPOS_END, is_role, registered_spelling

#: Determiners that open a second role of the same person after *and* (:func:`second_role`).
_CONJUNCT_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their"])
#: Links between a role and its body ('senior fellow | of the Harlow Trust').
_ROLE_LINKS = frozenset(["of", "at", "for", "with", "to"])
#: Words that make a second role a past one, no capacity the person speaks in.
_PAST_ROLE_WORDS = frozenset(["former", "onetime", "one-time", "ex", "erstwhile", "retired", "then"])


def second_role(words: Sequence[str], k: int, end: int, lexicon: Lexicon) -> int:
    """'X, an endocrinologist at Y and the study's lead author,', 'a professor at Y and a senior
    fellow of Z,': after *and*, a determiner at *k* opens a second role of the same person when
    the phrase it opens (at most twelve words) runs to the apposition's end and is headed by a
    role noun (its last word, or the word before *of*/*at*/*for* within six); a past role
    ('and a former school board president') is background, not the capacity she speaks in; 'X, an
    economist at Y and Tom Holt, a banker,' joins a second person (no determiner), and so does
    a role that a name follows ('Ivo Marsh, 25, and his wife, Ada Marsh,'); a relation is no
    second role ('a pastor of Y and a Cruz supporter': :data:`~quotex.lexicon.titles.RELATION_NOUNS`).
    The index after the second role's phrase, or -1."""
    now = k < end and words[k] == "now"  # ('the former mayor and now (a) lecturer at Y': her post now)
    k += now
    bare = now and words[k].lower() not in _CONJUNCT_DETERMINERS  # ('and now operations director of Y')
    if k > end or not (bare or words[k].lower() in _CONJUNCT_DETERMINERS):
        return -1
    if k + 1 <= end and words[k + 1].lower() in _PAST_ROLE_WORDS:
        return -1  # ('and a former school board president': background, not the capacity)
    k -= bare  # (the phrase opens at *k* + 1: its first word when no determiner stands)
    m = k + 1
    head = -1  # the role noun heading the phrase: the last word, or the word before its link
    while m <= end and m - k <= 12 and words[m] not in APPOS_END and not words[m].isspace():
        if head < 0 and words[m].lower() in _ROLE_LINKS and m - k <= 6:
            head = m - 1
        elif words[m].lower() in APPOS_CLAUSE_WORDS and not joins_body_name(words, m, end):
            return -1  # (not an *and* inside a body's name: 'the Institute for Ocean and Climate Studies')
        m += 1
    if m + 1 <= end and words[m] == "," and words[m + 1][:1].isupper():
        return -1
    if head < 0 and m - k <= 7:
        head = m - 1
    ends = head > k and (m > end or words[m] in APPOS_END)
    # (a role the lexicon lacks has an agent ending: 'and an ecologist at Halden University')
    role = is_role(words[head], lexicon) or agent_noun(words[head], lexicon)
    return m if ends and role and words[head] not in RELATION_NOUNS else -1


def next_pair(words: Sequence[str], j: int, end: int) -> bool:
    """Does a comma at token *j* open a person's name (a listed first name, then a capitalised
    word), so that the apposition before it titles that name, in a list of role-name pairs?"""
    return (
        j + 2 <= end
        and words[j] == ","
        and words[j + 1].lower() in ANY_FIRST_NAMES
        and words[j + 1][:1].isupper()
        and words[j + 2][:1].isupper()
    )


def name_after_comma(words: Sequence[str], j: int, end: int) -> bool:
    """Does a comma at token *j* open a person's name rather than a place's region: a given name
    of any list, the world's too, and a capitalised word (', Aung Min Htet'), or capitalised
    words with an apposition of their own (', Vilayvanh Sisouphanh, the fire chief')?"""
    if not (j + 2 <= end and words[j] == "," and words[j + 1][:1].isupper() and words[j + 2][:1].isupper()):
        return False
    key = registered_spelling(words[j + 1].lower())
    if key in ANY_FIRST_NAMES or key in MALE_WORLD_NAMES or key in FEMALE_WORLD_NAMES:
        return True
    k = j + 1
    while k <= end and k - j <= 4 and is_name_word(words[k]):
        k += 1
    return k + 1 <= end and words[k] == "," and words[k + 1].lower() in ("the", "a", "an")


#: Lower-case words after *and* that open no noun modifier: an article (the second role is
#: :func:`second_role`'s), an adverb of time ('and now director of ...': a later post), a past
#: post ('and past president of ...', as :func:`second_role` leaves out) or a number.
_NO_MODIFIERS = NUMBER_WORDS | frozenset(
    "a an the now also then later currently still once since past former".split()
)


def modified_second_role(modifier: str, noun: str, lexicon: Lexicon) -> bool:
    """After *and* in an apposition, is *modifier noun* a second role ('board member', 'tax
    expert'): a lower-case modifier and a role noun that is no relation ('close friend')?"""
    return (
        modifier.isalpha()
        and modifier.islower()
        and modifier not in _NO_MODIFIERS
        and not modifier.endswith("ly")
        and is_role(noun, lexicon)
        and noun not in RELATION_NOUNS
    )
