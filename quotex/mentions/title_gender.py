"""The gender a mention's own title states (stage helper of ``find``).

Input: the sentence's words, the title's token span and the name's; output: ``"f"``, ``"m"`` or
None, read from gendered role words (*spokeswoman*, *chairman*: ``function_words``).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from quotex.lexicon.function_words import (
    FAMILY_NAMES_FIRST,
    FEMALE_WORDS,
    MALE_WORDS,
    WOMENS_NAME_WORDS,
    WOMENS_SURNAME_ENDINGS,
)
from quotex.lexicon.given_names import FEMALE_GIVEN_NAMES
from quotex.lexicon.world_names import FEMALE_WORLD_NAMES, MALE_WORLD_NAMES
from quotex.mentions.role_heads import PREP_STOPS
from quotex.mentions.words import registered_spelling


def _word_gender(w: str) -> str | None:
    """The gender a title word states; none for a possessive pronoun, whose owner is somebody
    else ('Arnaud Mercier, her lawyer,': the lawyer may be a man)."""
    low = w.lower().rstrip(".")
    if low in ("his", "her"):
        return None
    if low in FEMALE_WORDS:
        return "f"
    if low in MALE_WORDS:
        return "m"
    return _compound_gender(low)


#: Words in *-man* that are no compound of *man*: 'human', 'shaman', 'German'.
_NOT_MAN_COMPOUNDS = frozenset(
    "human superhuman inhuman shaman talisman caiman ottoman german roman norman".split()
)


def _compound_gender(low: str) -> str | None:
    """The gender of a role compound the lists lack, by its last element (Quirk et al. 1985
    §5.109): *ferrywoman* a woman, *ferryman*, *lockman* a man; None for a word in *-man*
    that is no compound (:data:`_NOT_MAN_COMPOUNDS`) and for short words (*man*, *woman*)."""
    if not low.isalpha() or len(low) < 6:
        return None
    if low.endswith("woman"):
        return "f"
    return "m" if low.endswith("man") and low not in _NOT_MAN_COMPOUNDS else None


def title_gender(words: Sequence[str], lo: int, hi: int, first: int, last: int) -> str | None:
    """The gender a gendered word of the name's own title states (tokens *lo* .. *hi*, the
    name *first* .. *last*): the nearest one before the name, up to a possessive ('Mrs.
    Holt's spokesman Ivo Berg' is a man), else the nearest after it, up to a preposition
    ('Ivo Berg, a strategist for Mrs. Holt' states nobody's gender but Holt's), read past a
    preposition inside a capitalised name ("the Federation of Inland Hauliers' new chairwoman")."""
    for k in range(first - 1, lo - 1, -1):
        if words[k] in ("'s", "’s"):
            break
        g = _word_gender(words[k])
        if g:
            return _unless_common(g, words[k], words, first, last)
    for k in range(last + 1, hi + 1):
        if words[k].lower() in PREP_STOPS and not (
            k + 1 <= hi and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        ):
            break  # (not inside a body's name: "the Federation of Inland Hauliers' new chairwoman")
        g = _word_gender(words[k])
        if g and k + 2 <= hi and words[k + 1] == "and" and _word_gender(words[k + 2]) not in (g, None):
            return None  # ('Ana and Ivo Berg, wife and husband,': one title for two people)
        if g:
            return _unless_common(g, words[k], words, first, last)
    return None


#: The *-man* office word English uses of women as of men (*Madam Chairman*; the other
#: compounds, *councilman*, *businessman*, *spokesman*, mostly mean a man where a *-woman* form
#: is at hand).
_COMMON_GENDER = frozenset(["chairman"])


def _unless_common(gender: str, word: str, words: Sequence[str], first: int, last: int) -> str | None:
    """*gender*, the title word *word*'s, or None when *word* is the common-gender office
    compound *chairman* (:data:`_COMMON_GENDER`) or a *-man* compound no list holds
    (*ferryman*, *ombudsman*), and the name *first* .. *last* opens with a
    woman's first name (*Mary Okafor, chairman of the board*): English uses those compounds of
    women too (Quirk et al. 1985, §5.109, the *-man* compounds of common gender in use), while
    no *-woman* word is used of a man; the first name then gives the gender."""
    low = word.lower().rstrip(".")
    if gender != "m" or (low not in _COMMON_GENDER and low in MALE_WORDS) or last <= first:
        return gender  # (a listed compound means a man; an unlisted one yields to the first name too)
    key = registered_spelling(words[first].lower())
    woman = (key in FEMALE_FIRST_NAMES or key in FEMALE_GIVEN_NAMES) and key not in MALE_FIRST_NAMES
    woman = woman or (key in FEMALE_WORLD_NAMES and key not in MALE_WORLD_NAMES)  # ('Femke Ruud, chairman')
    woman = woman and key not in FAMILY_NAMES_FIRST  # ('spokesman Lu Kang': Lu, a family name)
    # ('Harpreet Kaur Sandhu', 'Jana Nováková': a name word or surname only women bear)
    woman = woman or any(w.lower() in WOMENS_NAME_WORDS for w in words[first + 1 : last + 1])
    return None if woman or words[last].lower().endswith(WOMENS_SURNAME_ENDINGS) else gender
