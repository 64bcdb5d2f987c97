"""A first name coordinated with a full name that shares its surname: *Rosalie and Lorne
Kakekayash run the club* names Rosalie Kakekayash and Lorne Kakekayash (coordination with the
shared surname left out of the first conjunct: Quirk et al. 1985 §13.63, ellipsis in noun
phrases), so that a later *Rosalie said* prints her full name and *Mr. Kakekayash* can tell
the two apart by gender.

Input: the tokens' words, the mentions and the index of a one-word mention; output: the full
name that mention stands for, or None. Read by :func:`quotex.entities.build_entities`, which
asks only at a first name no earlier entity holds (*Carter and Ana Lind* after *Ana Carter*
is two people).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from quotex.lexicon.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from quotex.lexicon.function_words import KINSHIP_NOUNS
from quotex.lexicon.grammar import PREPOSITIONS
from quotex.mentions.find import Mention
from quotex.mentions.words import ANY_FIRST_NAMES, registered_spelling

__all__ = ["coordinated_full_name", "gendered_first_name", "is_given_name", "surname_words"]


def is_given_name(word: str) -> bool:
    """Is *word* a capitalised first name of the census lists or the registrations, spelt as
    they spell it (no accents: *Inês* as *ines*)?"""
    return word[:1].isupper() and registered_spelling(word.lower()) in ANY_FIRST_NAMES


def gendered_first_name(word: str) -> bool:
    """Is *word* a first name the census lists give one gender (so more often a first name than
    a surname: not *Sanders* or *Cruz*, which only registrations or no clear majority list)?"""
    key = registered_spelling(word.lower())
    return word[:1].isupper() and (key in MALE_FIRST_NAMES or key in FEMALE_FIRST_NAMES)


def coordinated_full_name(
    words: Sequence[str], mentions: Sequence[Mention], mi: int, surnames: Collection[str]
) -> str | None:
    """The full name of one-word person mention *mi* joined by *and* to a later mention, a
    person's name of two or more words (after other first names: :func:`_list_end`), when both
    open with a first name, the first a gendered
    one (:func:`gendered_first_name`) or another (:func:`is_given_name`) that no name of the
    text holds as a surname (*surnames*: :func:`surname_words`) ('Rosalie and Lorne Kakekayash'
    -> 'Rosalie Kakekayash'), or
    when an apposition names them kin ('Kamau and Wanjiru Ndegwa, husband and wife,'); else
    None ('Ana and Ivo's farm': no surname to share)."""
    m = mentions[mi]
    if m.first != m.last or m.kind != "person" or not _list_title(m.title):
        return None
    nxt = _list_end(words, mentions, mi)
    if nxt is None:
        return None
    if m.first > 0 and words[m.first - 1].lower() in PREPOSITIONS:
        return None  # ('Johnny Isakson of Georgia and John Boozman': a place)
    if not _family_after(words, nxt.last) and not (
        is_given_name(words[nxt.first])
        and (gendered_first_name(m.name) or (is_given_name(m.name) and m.name not in surnames))
    ):
        return None  # ('Sanders and Hillary Clinton' ... 'Bernie Sanders': a registered name)
    surname = nxt.name.split(None, 1)[1]  # ('Ndegwa-Lind': its hyphen a token)
    return f"{m.name} {surname}" if surname[:1].isupper() else None


def _list_title(title: str | None) -> bool:
    """May a list of first names open after *title*: none, or a plural role written out
    ('Historians Sofía, Ana and Tomas Ferreira'); not a form of address or a rank, which goes
    with a surname ('Sen. Kelly and Mark Warner', 'Sens. Kelly and ...')?"""
    return title is None or (title.endswith("s") and "." not in title and title[:1].isupper())


#: The most first names a list may hold before its full name ('Sofía, Ana and Tomas Ferreira').
_LIST_REACH = 6


def _list_end(words: Sequence[str], mentions: Sequence[Mention], mi: int) -> Mention | None:
    """The person's name of two or more words that closes the list mention *mi* opens or goes
    on: one-word names joined by commas, then *and* (or *, and*) before it ('Sofía, Ana and
    Tomas Ferreira'); None when there is no such list."""
    for j in range(mi, min(mi + _LIST_REACH, len(mentions) - 1)):
        cur, nxt = mentions[j], mentions[j + 1]
        gap = tuple(words[cur.last + 1 : nxt.first])
        if nxt.kind != "person":
            return None
        if gap in _LIST_LINKS:
            return nxt if nxt.last > nxt.first else None
        if gap != (",",) or nxt.last > nxt.first or nxt.title is not None:
            return None  # ('Ana, Ivo Berg and ...': no list of first names)
    return None


#: The links before a list's last name.
_LIST_LINKS = frozenset([("and",), ("&",), (",", "and"), (",", "&")])


#: The nouns of an apposition that makes a coordinated pair kin ('Kamau and Wanjiru Ndegwa,
#: husband and wife,', 'siblings', 'a married couple'): their kinship nouns and the plurals.
_FAMILY_NOUNS = KINSHIP_NOUNS | frozenset(
    "couple siblings twins spouses brothers sisters cousins sons daughters parents".split()
)
#: How many words of that apposition are read.
_FAMILY_REACH = 4


def _family_after(words: Sequence[str], last: int) -> bool:
    """Does a comma after the name ending at token *last* open an apposition that names kin
    within :data:`_FAMILY_REACH` words ('..., husband and wife,', '..., a married couple,')?"""
    if last + 2 >= len(words) or words[last + 1] != ",":
        return False
    return any(w.lower() in _FAMILY_NOUNS for w in words[last + 2 : last + 2 + _FAMILY_REACH])


def surname_words(mentions: Sequence[Mention]) -> frozenset[str]:
    """The words the text's names of two or more words hold after their first ('Sanders' of
    'Bernie Sanders'): a registered first name among them is somebody's surname there."""
    return frozenset(w for m in mentions for w in m.name.split()[1:])
