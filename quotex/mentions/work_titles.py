"""A title that ends inside a work's name in marks gets the name's closing mark back.

Input: the text and a title's character offsets. Output: the title string. Stage 2 drops the
marks of a work's name inside a description (:mod:`quotex.described_marks`), so a title read
from tokens may stop at the name's last word ('author of “The Flood Year' before ',”').
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from quotex.word_cache import Memo

__all__ = [
    "WORK_MAKER_ROLES",
    "WORK_NOUNS",
    "any_merged_name",
    "closed_title",
    "maker_of",
    "merged_name",
    "name_end",
]

#: Role nouns of a work's maker or presenter, read before *of* and a title: the agent nouns of
#: WordNet's noun.person under *creator*, *writer*, *performer* and *broadcaster* that news credits
#: use with a work (*author of*, *host of*, *star of*).
WORK_MAKER_ROLES = frozenset(
    """author co-author coauthor writer co-writer screenwriter scriptwriter playwright novelist
    poet lyricist songwriter composer director co-director producer co-producer executive
    creator co-creator editor publisher illustrator translator narrator presenter host co-host
    anchor star co-star singer frontman frontwoman designer architect choreographer curator
    showrunner""".split()
)

#: Nouns of a work that a title in marks names (*the novel "T"*, *whose song "T"*): a news
#: style list of books, music, film, broadcast and stage works.
WORK_NOUNS = frozenset(
    """book books novel novels memoir memoirs biography essay essays poem poems play plays
    story stories collection report study song songs single album albums record ep opera
    musical symphony film films movie movies documentary documentaries series show shows
    podcast podcasts programme program column blog newsletter magazine website game exhibition
    painting sculpture installation ballet""".split()
)


def maker_of(words: Sequence[str], j: int) -> bool:
    """Is token *j* a work maker's role before *of* ('star of', 'creator of the series')?"""
    return j + 1 < len(words) and words[j + 1] == "of" and words[j].lower() in WORK_MAKER_ROLES


#: Opening marks a merged name starts with (:func:`quotex.described_marks.merged_names`).
_NAME_OPENERS = ('"', "\u201c", "'", "\u2018", "``")


def merged_name(word: str) -> bool:
    """Is *word* one token made of a name in marks and its opening mark ('“Guccifer', '“The
    Flood Year')? Stage 2 makes such tokens of the names a description holds; a contraction
    (*'ll*, *'re*) or a possessive (*'S*) is none."""
    if not word.startswith(_NAME_OPENERS):
        return False
    rest = word.lstrip("\"\u201c'\u2018`")
    if word[0] == "'":  # (not "WE'LL", "TRUMP'S", "the '90s": the tokenizer's *'LL*, *'S*, *'90s*)
        return rest[:1].isupper() and not (rest.isupper() and len(rest) <= 2)
    return rest[:1].isupper() or rest[:1].isdigit()


#: :func:`merged_name`'s answer by word (the kind of every content asks it of each word of the
#: content: a look-up at C speed for a word seen before; emptied at ``LOWER_CACHE`` words).
_MERGED = Memo(merged_name)


def any_merged_name(words: Iterable[str]) -> bool:
    """Is any of *words* a :func:`merged_name` (no Python call per word seen before)?"""
    return any(map(_MERGED.__getitem__, words))


#: Closing mark of each opening mark a title may hold.
_CLOSER = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "''": "''", "``": "''"}
#: The last opening mark of a name in a title: after a space, before a capital or digit.
_LAST_OPENER = regex.compile(r"(?r) (''|``|[\"\u201c'\u2018])(?=[[:upper:][:digit:]])")


def closed_title(text: str, start: int, end: int) -> str:
    """``text[start:end]`` (a title), with the closing mark of a work's name it opens but does
    not close ('author of “The Flood Year' before ',”' -> 'author of “The Flood Year”')."""
    title = text[start:end]
    m = _LAST_OPENER.search(title)
    if m is None:
        return title
    closer = _CLOSER[m.group(1)]
    if closer in title[m.end() :]:
        return title
    after = text[end : end + 3]
    if after.startswith(closer) or (after[:1] in ",." and after[1:].startswith(closer)):
        return title + closer
    return title


#: A merged name's closing mark, maybe after the name's own comma or full stop.
_NAME_CLOSE = regex.compile(r"[,.;:?!]?(?:''|[\"\u201d'\u2019])")


def name_end(text: str, end: int) -> int:
    """Where a merged name that ends at character *end* ends with its closing mark."""
    m = _NAME_CLOSE.match(text, end, min(len(text), end + 3))
    return end if m is None else m.end()


def before_work_name(words: Sequence[str], j: int, floor: int) -> int:
    """When token *j* is a work's name in marks that stage 2 made one word, after *of* and up
    to three lower-case words ('the co-author of “Going Viral', 'the author of the novel “T'):
    the token before *of*, which ends the role's noun phrase; else *j*."""
    if not merged_name(words[j]):
        return j
    k = j - 1
    while k > floor and k > j - 4 and words[k].islower() and words[k] != "of":
        k -= 1
    return k - 1 if k - 1 > floor and words[k] == "of" else j
