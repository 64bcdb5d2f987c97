"""Affiliations written after a name: the body a titled name serves (*Professor Lena Okafor of
the Harbour Gazette*), the body a full name with no title belongs to (*Ines Marr of Kestrel
Ferries*), and a union unit's number (*Local 1182*). Input: the token table, the sentence and the
name's last token; output: token spans or the text to append to a title.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES
from quotex.mentions.colon_credits import ORG_SMALL_WORDS
from quotex.mentions.words import DISTRICT_NOUNS, is_body_word, is_name_word
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: Lower-case words an affiliation may hold besides: 'University of the Arts', 'Council on Trade'.
_ORG_INNER = ORG_SMALL_WORDS | frozenset(["the", "on", "de"])


#: Prepositions that attach an affiliation after a titled name: 'Professor Lena Okafor of
#: the Harbour Gazette', 'Economist Omar Diallo at Westbrook University'.
_AFFILIATION_PREPOSITIONS = frozenset(["of", "at", "from", "with"])
#: How many tokens an affiliation may have (a bound that keeps the look linear).
AFFILIATION_TOKENS = 10


def affiliation(tokens: Tokens, last: int, sent: Sentence, lexicon: Lexicon, *, rank: bool = False) -> str:
    """The affiliation after a name ending at *last* whose title is written before it, maybe set
    off by commas ('Chief Inspector NAME, of the X Police,'), as the text to append to that
    title (' of the Harbour Gazette'), or ''. After a bare *rank*, a body's
    name only ('Lt. NAME of the Tarnby Fire Department'), no place ('Sen. NAME of Ohio': the
    constituency)."""
    words, lows = tokens.words, tokens.lows
    comma = last + 2 <= sent.last and words[last + 1] == "," and words[last + 2] in _AFFILIATION_PREPOSITIONS
    first, end = _affiliation_span(words, last + comma, sent, _AFFILIATION_PREPOSITIONS)
    if first == end and end + 1 <= sent.last and lows[end] in DISTRICT_NOUNS and words[end + 1].isdigit():
        return ""  # ('Councilman NAME of Ward 5': a numbered seat is a constituency, as 'Sen. X of Ohio')
    if first < 0 or (rank and not any(is_body_word(w, lexicon) for w in words[first : end + 1])):
        return ""
    return tokens.text[tokens.ends[last + comma] : tokens.ends[end]]


def _affiliation_span(
    words: Sequence[str], last: int, sent: Sentence, prepositions: frozenset[str]
) -> tuple[int, int]:
    """(first, last) tokens of the body named after a name ending at *last*: one of
    *prepositions*, an optional *the* and a run of capitalised words (with ``of``/``and``/``for``
    inside) that ends on a capitalised word; (-1, -1) when there is none."""
    k = last + 1
    if k + 1 > sent.last or words[k] not in prepositions:
        return (-1, -1)
    start = k + 2 if words[k + 1] == "the" else k + 1
    end = body_run_end(words, start, min(sent.last, k + AFFILIATION_TOKENS), sent.last)
    return (start, end) if end >= 0 else (-1, -1)


def body_run_end(words: Sequence[str], j: int, stop: int, last: int) -> int:
    """The last token of a body's name from token *j* (not past *stop*; *last*: the sentence's
    last token): capitalised words with
    *of*, *and*, *for*, *&*, *the*, *on*, *de* inside, ending on a capitalised word ('Ministry of
    Trade and Industry'); -1 when none starts there."""
    end = -1
    while j <= stop:
        w = words[j]
        if is_name_word(w) and (w.lower() not in NOT_NAMES or (end >= 0 and _named_after(words, j, last))):
            end = j  # (inside a name, a listed word before another name word: 'the Tsalkwem First Nation')
        elif (
            w not in _ORG_INNER
            and not _plural_possessive(words, j, end, stop)
            and not (w == "-" and end == j - 1 and j < stop and is_name_word(words[j + 1]))
        ) or end < 0:
            break  # (a hyphen joins two name words: 'the Al-Noor Mosque', 'the Kestrel-Vale Trust')
        j += 1
    return end


def _plural_possessive(words: Sequence[str], j: int, end: int, stop: int) -> bool:
    """Is token *j* the possessive of a plural name word just before it, inside a body's name
    ("the Fishermen's Association", "the Farmers' Union", "the Women's Institute"), or of an
    office before a body's head ("the Wexley County Sheriff's Office", "the District Attorney's
    Office")?"""
    if end != j - 1 or j + 1 > stop or not is_name_word(words[j + 1]):
        return False
    before = words[j - 1].lower()
    if words[j] in ("'s", "’s"):
        return before.endswith(("men", "children", "people")) or words[j + 1].lower() in _OWNED_HEADS
    return words[j] in ("'", "’") and before.endswith("s") and len(before) > 3


#: Heads of a body's name after an office's possessive ("the Sheriff's Office", "the Mayor's Fund").
_OWNED_HEADS = frozenset("office department fund bureau court council".split())


def _named_after(words: Sequence[str], j: int, last: int) -> bool:
    """Does a name word that no word list bars stand right after token *j*?"""
    return j + 1 <= last and is_name_word(words[j + 1]) and words[j + 1].lower() not in NOT_NAMES


#: Prepositions that attach a body to a full name with no title before it ('Ines Marr of
#: Kestrel Ferries'); *with* is left out ('Ines Marr with Kestrel Ferries' is company, not work).
_BODY_PREPOSITIONS = frozenset(["of", "at", "from"])


def body_affiliation(tokens: Tokens, last: int, sent: Sentence, lexicon: Lexicon) -> tuple[int, int]:
    """The body a full name ending at token *last* belongs to, written after it with *of*,
    *at* or *from* ('Ines Marr of Kestrel Ferries', 'Ola Dahl of the Tarn Valley Trust'): the
    body's name when its last word is a body word, or the word before an *of* inside it ('the
    Riga Museum of Decorative Arts'); else (-1, -1). The title of a name written with none
    before it."""
    words = tokens.words
    first, end = _affiliation_span(words, last, sent, _BODY_PREPOSITIONS)
    if first < 0 or (
        not is_body_word(words[end], lexicon) and not _headed_by_body(words, first, end, lexicon)
    ):
        return (-1, -1)
    return (first, end)


def _headed_by_body(words: Sequence[str], first: int, end: int, lexicon: Lexicon) -> bool:
    """Is the name *first..end* a body's whose head stands before its own *of*, *for* or *on*
    ('the Riga Museum of Decorative Arts', 'the College of Pharmacy', 'the Institute for Open
    Trade'): a body word right before such a preposition inside it?"""
    return any(words[k] in _HEAD_LINKS and is_body_word(words[k - 1], lexicon) for k in range(first + 1, end))


#: Prepositions after a body's head noun inside its name ('Institute | for Open Trade').
_HEAD_LINKS = frozenset(["of", "for", "on"])


def numbered_unit(tokens: Tokens, last: int, sent: Sentence) -> bool:
    """Does a number written right after a body's name ending at token *last* number its unit
    ('Local 1182', 'District 9': one space, then digits, then no digit-led unit such as a
    percentage or a unit noun)?"""
    k = last + 1
    return (
        k <= sent.last
        and tokens.words[k].isdigit()
        and tokens.starts[k] == tokens.ends[last] + 1
        and tokens.words[last] in _UNIT_WORDS
    )


#: Words that a body's unit number follows ('Local 1182', 'District 9', 'Lodge 45').
_UNIT_WORDS = frozenset(["Local", "District", "Lodge", "Chapter", "Post", "Branch", "Division", "Council"])
