"""The gender a naming custom shows in the form of a full name, for a name whose given name no
first-name list holds (the weakest gender evidence, "registered": it never outweighs a word of
the text).

Input: the words of a person's name (*Nguyễn Thị Mai*, *Zdzisław Kołodziejski*); output:
``"f"``, ``"m"`` or None. Sources:

* Vietnamese names are written family name, middle name, given name; the middle names *Thị*
  (women) and *Văn* (men) mark the gender (Wikipedia, "Vietnamese name", §Middle name;
  Chicago Manual of Style 8.17). Unaccented *Thi*/*Van* count only after a Vietnamese family
  name (:data:`~quotex.lexicon.function_words.FAMILY_NAMES_FIRST`): *Van* is Dutch elsewhere.
* Icelandic patronymics end in *-dóttir* ('daughter', women) or *-son* ('son', men)
  (Wikipedia, "Icelandic name"); a *-son* is read only with a letter of Icelandic spelling
  (*ð*, *þ*, *æ*) or, for *-sson*, an acute vowel: Swedish and English women bear *Persson*,
  *Johnson*.
* Polish surnames of adjectival form end in *-ska*, *-cka*, *-dzka* for women and *-ski*, *-cki*,
  *-dzki* for men (Wikipedia, "Polish name", §Feminine forms); the men's form is read only with
  a letter of Polish spelling (*ł*, *ś*, *ż*, ...): women abroad keep *-ski* (*Kowalski*).
* Czech and Slovak women's surnames end in *-ová* (Wikipedia, "Czech name"); Lithuanian
  married and maiden surnames in *-ienė*, *-aitė*, *-ytė*, *-utė* (Wikipedia, "Lithuanian name").
* The Sikh name *Kaur* is every Sikh woman's (since the Khalsa of 1699).
* East Slavic surnames of possessive form, also written in Bulgarian, Kazakh, Uzbek, Kyrgyz and
  Azerbaijani names, end in *-ov*, *-ev* for men and *-ova*, *-eva* for women, and patronymics
  in *-ovich*, *-evich* and *-ovna*, *-evna* (Wikipedia, "Eastern Slavic naming customs",
  §Surnames and §Patronymic). A woman's *-ova*/*-eva* is read only when no *n* or *u* stands
  before it (not Italian and Spanish *Casanova*, *Villanova*, *Villanueva*), or an *n* after a
  given name ending in *-a*, as Slavic women's given names do (*Radka Stoyanova*, *Olga
  Ivanova*), and only as the weakest evidence.
* Burmese names have no given name or family name: every syllable is the name's, none marks a
  gender by itself (Wikipedia, "Burmese names"), so a name made of Burmese syllables alone
  (*Aung San Suu Kyi*, *Htin Kyaw*, *Khin Thandar Oo*) takes no gender from a first-name list
  (:func:`burmese_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import FAMILY_NAMES_FIRST, WOMENS_NAME_WORDS, WOMENS_SURNAME_ENDINGS

__all__ = ["BURMESE_NAME_SYLLABLES", "ELIDED_PARTICLES", "burmese_name", "custom_gender", "vietnamese_gender"]

#: Elided name particles written joined to the surname by an apostrophe, in lower case as inside
#: a name (*Laia d'Ors*, *Pere d'Abadal*, *Giulia dell'Acqua*; Catalan, French and Italian custom,
#: Wikipedia, "Nobiliary particle"); a sentence's start capitalises them (*D'Abadal said*).
ELIDED_PARTICLES = ("d'", "d’", "dell'", "dell’", "dall'", "dall’")
#: Common syllables of Burmese names in their usual romanisation (Wikipedia, "Burmese names", and
#: the names of its examples; written for quotex).
BURMESE_NAME_SYLLABLES = frozenset(
    """aung aye ba chit hla htay htet htin htoo htun khin kyaing kyaw kyi lwin maung min mya myat
    myint myo naing nandar nay nu nyein nyi nyunt oo phyu pyae san sandar sein shwe soe su suu
    than thant thandar thaung thein thet thida thin thiha thura tin tun wai win yadanar ye yi zaw
    zin""".split()
)
#: Vietnamese middle names that mark a gender, accented.
VIETNAMESE_MIDDLE = {"thị": "f", "văn": "m"}
#: The same written without accents, read only after a Vietnamese family name.
VIETNAMESE_MIDDLE_PLAIN = {"thi": "f", "van": "m"}
#: Women's surname endings beyond :data:`~quotex.lexicon.function_words.WOMENS_SURNAME_ENDINGS`:
#: Lithuanian *-utė*, Polish adjectival *-ska*, *-cka*, *-dzka*.
MORE_WOMENS_ENDINGS = ("utė", "ska", "cka", "dzka")
#: Every women's surname ending the two lists hold (one ``str.endswith`` for them all).
_WOMENS_ENDINGS = WOMENS_SURNAME_ENDINGS + MORE_WOMENS_ENDINGS
#: Polish men's adjectival surname endings, read with a Polish letter only.
POLISH_MENS_ENDINGS = ("ski", "cki", "dzki")
POLISH_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
#: Letters of Icelandic spelling, and acute vowels (with *-sson*).
ICELANDIC_LETTERS = frozenset("ðþæÐÞÆ")
ACUTE_VOWELS = frozenset("áéíóúýÁÉÍÓÚÝ")


def vietnamese_gender(words: Sequence[str]) -> str | None:
    """The gender the middle name of a Vietnamese name of three words or more shows (*Lê Văn
    Tâm*: "m"; *Nguyen Thi Lan*: "f"), or None. Its first word is then a family name, whatever a
    first-name list says of it."""
    if len(words) < 3:
        return None
    middle = words[1].lower()
    if middle in VIETNAMESE_MIDDLE:
        return VIETNAMESE_MIDDLE[middle]
    plain = middle in VIETNAMESE_MIDDLE_PLAIN and words[0].lower() in FAMILY_NAMES_FIRST
    return VIETNAMESE_MIDDLE_PLAIN[middle] if plain else None


def custom_gender(words: Sequence[str]) -> str | None:
    """The gender a naming custom shows in name *words* (two or more): a Vietnamese middle
    name, a woman's name word or surname ending, or a man's Polish or Icelandic surname
    written with its own letters; None otherwise."""
    if len(words) < 2:
        return None
    vietnamese = vietnamese_gender(words)
    if vietnamese:
        return vietnamese
    last = words[-1].lower()
    if any(w.lower() in WOMENS_NAME_WORDS for w in words[1:]):
        return "f"
    if (patronymic := _patronymic_gender(words)) is not None:
        return patronymic
    # (each part of a double surname: *Wiśniewska-Nowak*)
    if any(p.endswith(_WOMENS_ENDINGS) for p in last.split("-")):
        return "f"
    if (slavic := _slavic_gender(words)) is not None:
        return slavic
    letters = set("".join(words))
    if last.endswith(POLISH_MENS_ENDINGS) and letters & POLISH_LETTERS:
        return "m"
    icelandic = letters & ICELANDIC_LETTERS or (last.endswith("sson") and letters & ACUTE_VOWELS)
    return "m" if last.endswith("son") and icelandic else None


#: Lower-case particles of a patronymic written inside a name, by the bearer's gender (Wikipedia,
#: "Malay name" and "Arabic name": Malay *bin*/*binti*/*binte*, Arabic *ibn*/*bint* 'son of',
#: 'daughter of'; Hebrew and Maghrebi *ben*): *Nurul Aisyah binti Kamaruddin* is a woman.
PATRONYMIC_PARTICLES = {"bin": "m", "ibn": "m", "ben": "m", "binti": "f", "binte": "f", "bint": "f"}


def _patronymic_gender(words: Sequence[str]) -> str | None:
    """The gender a patronymic particle between name words shows (:data:`PATRONYMIC_PARTICLES`:
    *Karim bin Rashid*: "m"; *Mariam bint Saeed*: "f"), or None. Not a name's first word."""
    for w in words[1:-1]:
        if w in PATRONYMIC_PARTICLES:
            return PATRONYMIC_PARTICLES[w]
    return None


#: East Slavic patronymic endings (any name word after the first), and surname endings (the
#: last word), by gender.
_PATRONYMICS = (("ovna", "f"), ("evna", "f"), ("ovich", "m"), ("evich", "m"))
_SLAVIC_SURNAMES = (("ova", "f"), ("eva", "f"), ("ov", "m"), ("ev", "m"))
#: The patronymic endings alone (one ``str.endswith`` for them all).
_PATRONYMIC_ENDINGS = tuple(ending for ending, _ in _PATRONYMICS)
#: Letters before *-ova*/*-eva* that make a Romance surname (*Casanova*, *Villanueva*).
_ROMANCE_BEFORE = frozenset("nu")


def _slavic_gender(words: Sequence[str]) -> str | None:
    """The gender an East Slavic patronymic or possessive surname shows (*Aigerim Nurlanovna*,
    *Dinara Zhumabekova*: "f"; *Yerlan Abdikarimov*: "m"), or None."""
    for w in words[1:]:
        low = w.lower()
        if not low.endswith(_PATRONYMIC_ENDINGS):
            continue  # (most words: no patronymic ending, one test for the four)
        for ending, gender in _PATRONYMICS:
            if low.endswith(ending) and len(low) > len(ending) + 2:
                return gender
    last = words[-1].lower()
    if len(last) < 5 or not last.isalpha():
        return None
    for ending, gender in _SLAVIC_SURNAMES:
        if last.endswith(ending):
            before = last[-len(ending) - 1]
            # (*-nova* after a given name in *-a*, as Slavic women's are: *Radka Stoyanova*)
            slavic = before == "n" and words[0].lower().endswith("a")
            return None if gender == "f" and before in _ROMANCE_BEFORE and not slavic else gender
    return None


def burmese_name(words: Sequence[str]) -> bool:
    """Is *words* (two or more) a Burmese name, every word a syllable of
    :data:`BURMESE_NAME_SYLLABLES` (*Aung San Suu Kyi*; not *Min-jun Baek*)?"""
    return len(words) > 1 and all(w.lower() in BURMESE_NAME_SYLLABLES for w in words)
