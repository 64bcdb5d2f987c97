"""Evidence, without the first-name table, that the capitalised words after an unlisted role
noun are a person's name: the frame closes on them (*said beekeeper Neema Mushi.*, *... Neema
Mushi, 58, said*, *herder Tsetseg Batbold told ...*, *... Neema Mushi of Arusha*), the family
name comes back as a person's (*Ms Mushi*, *Mushi added*), or the next sentence opens with *He*
or *She*. A body's, a place's or a role's word among them (*said distributor Nordvik Shipping*,
*said printer Canon Europe*) is no person's name. Input: the words, the first token of the name
and a lexicon; output: yes or no.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import PLACE_PREPOSITIONS, PREPOSITIONS
from quotex.mentions.demonyms import person_pair
from quotex.mentions.words import is_body_word, is_name_word, plural_form, positions

#: The most words of a person's name read after a role (*Carlos Ibarra Soto*).
_MAX_NAME_WORDS = 3
#: Tokens that close a credit after the name: the sentence's end, a comma (before an age, a
#: clause or the cue), a colon before the quotation.
_CLOSERS = frozenset([".", ",", ":", ";", "!", "?"])


def name_last(words: Sequence[str], first: int) -> int:
    """The last token of the two or three capitalised name words (joined by hyphens too:
    *Kim Seo-yeon*) from token *first*, or -1 when fewer than two stand there."""
    k, count, last = first, 0, -1
    while (
        k < len(words) and count < _MAX_NAME_WORDS and is_name_word(words[k]) and not words[k][1:].isupper()
    ):
        count += 1
        last = k
        k += 1
        while k + 1 < len(words) and words[k] == "-" and words[k + 1][:1].isalpha():
            last, k = k + 1, k + 2  # ('Seo - yeon')
    return last if count >= 2 else -1


def _plain_name(words: Sequence[str], first: int, last: int) -> bool:
    """Are the name words of *first..last* (already no body's, place's or role's:
    :func:`~quotex.mentions.demonyms.person_pair`) plain name words: the last no plural's ('Ruvu
    Farms'), none a function, time or sentence-opening word ('Monday', 'Today')?"""
    lows = [w.lower() for w in words[first : last + 1] if w != "-"]
    common = any(w in NOT_NAMES or w in STOP_WORDS or w in TIME_WORDS for w in lows)
    return not plural_form(words[last].lower()) and not common


def closing_lone_word(words: Sequence[str], first: int, lexicon: Lexicon) -> bool:
    """Is the one capitalised word at token *first* (after a role noun) a name the credit closes
    on, with a reporting verb or a comma after it ('the novelist Orlo said', 'the cellist Zephine,
    who ...'): a stage name or a surname alone, no body's, place's or role's word?"""
    nxt = words[first + 1] if first + 1 < len(words) else "."
    return (
        is_name_word(words[first])
        and not words[first][1:].isupper()
        and (nxt in lexicon.verb_forms or nxt in (",", "."))
        and person_pair([words[first]], lexicon)
        and _plain_name(words, first, first)
    )


def body_after_role(words: Sequence[str], first: int, lexicon: Lexicon) -> bool:
    """Do the capitalised words from token *first* (after a role noun) name a body: one of them
    heads or ends a body's name ('said distributor Halden Dairies', 'Kestrel Holdings')?"""
    last = name_last(words, first)
    return last >= 0 and any(is_body_word(w, lexicon) for w in words[first : last + 1])


def credit_closes(words: Sequence[str], last: int, lexicon: Lexicon) -> bool:
    """Does the credit end right after the name at token *last*: the text's end, a closing
    mark of :data:`_CLOSERS`, a reporting verb ('... Neema Mushi said'), or an adjunct of place
    or time ('... Neema Mushi of Arusha', '... in a statement', '... yesterday')?"""
    after = words[last + 1] if last + 1 < len(words) else "."
    return (
        after in _CLOSERS
        or after in lexicon.verb_forms
        or after in PREPOSITIONS
        or after in PLACE_PREPOSITIONS
        or after in TIME_WORDS
    )


#: Tokens that end a sentence, and the closing marks that may follow its end.
_ENDS = frozenset([".", "!", "?"])
_CLOSING_MARKS = frozenset(['"', "\u201d", "'", "\u2019"])
#: Subject pronouns of one gender, which refer back to a person, never to a body.
_GENDERED = frozenset(["He", "She"])
#: How far after the name the sentence's end is looked for.
_SENTENCE_SPAN = 40


def _pronoun_next(words: Sequence[str], last: int) -> bool:
    """Does the sentence after the one that holds the name ending at token *last* open with
    *He* or *She* ('... said falconer Malalai Durrani of Kandahar. She has flown ...')?"""
    for i in range(last + 1, min(len(words), last + _SENTENCE_SPAN)):
        if words[i] in _ENDS:
            j = i + 1
            while j < len(words) and words[j] in _CLOSING_MARKS:
                j += 1
            return j < len(words) and words[j] in _GENDERED
    return False


#: How far (tokens) before and after the name its family name is looked for again: about a long
#: article's length, so that the search costs the same for every name of a long text.
_AGAIN_REACH = 4000


def _named_again(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does the family name (the word at *last*) come back elsewhere in the text, within
    :data:`_AGAIN_REACH` tokens, as a person's: after an honorific (*Ms Mushi*) or before a
    reporting verb (*Mushi added*)?"""
    family = words[last]
    for i in positions(words, family, max(0, first - _AGAIN_REACH), min(len(words), last + 1 + _AGAIN_REACH)):
        if first <= i <= last:
            continue
        before = words[i - 1].lower().rstrip(".") if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in lexicon.honorifics or (after in lexicon.verb_forms and not plural_form(family.lower())):
            return True  # ('Ms Mushi'; 'Mushi added', not a body's 'Farms said')
    return False


def unregistered_person(words: Sequence[str], first: int, lexicon: Lexicon) -> bool:
    """Are the capitalised words from token *first* (after a role noun) a person's name whose
    given name no table registers: two or three name words, none a body's, place's or role's,
    and the credit closes after them or the family name comes back as a person's?"""
    last = name_last(words, first)
    if last < 0:
        return closing_lone_word(words, first, lexicon)
    if not person_pair([w for w in words[first : last + 1] if w != "-"], lexicon):
        return False
    closes = credit_closes(words, last, lexicon) or _pronoun_next(words, last)
    if closes and _plain_name(words, first, last):
        return True
    return _named_again(words, first, last, lexicon)  # (the search last: most credits close on the name)
