"""The gender a mention's own title states (stage helper of ``find``).

Input: the sentence's words, the title's token span and the name's; output: ``"f"``, ``"m"`` or
None, read from gendered role words (*spokeswoman*, *chairman*: ``function_words``).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import FEMALE_WORDS, MALE_WORDS
from quotex.mentions.role_heads import PREP_STOPS


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
    return None


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
            return g
    for k in range(last + 1, hi + 1):
        if words[k].lower() in PREP_STOPS and not (
            k + 1 <= hi and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
        ):
            break  # (not inside a body's name: "the Federation of Inland Hauliers' new chairwoman")
        g = _word_gender(words[k])
        if g:
            return g
    return None
