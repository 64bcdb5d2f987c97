"""Kinship terms as relations: each term's sex, generation and converse.

Input: a kinship noun as news copy writes it after a possessor (*her son*, *Berg's wife*).
Output: the sex the noun gives its holder, whether the holder is older (a parent, a
grandparent, an aunt) or younger (a child, a niece) than the relative, and the converse noun
the relative bears (son -> mother or father by the relative's sex).

Source: the English kinship terms of the Oxford English Dictionary and Merriam-Webster
(each defined of one sex where it is), the converse pairs of WordNet 3.0's ``noun.person``
relatives (*son*/*parent*, *husband*/*wife*, *brother*/*sibling*, *grandson*/*grandparent*,
*nephew*/*uncle*), and the age adjectives before sibling nouns (Quirk et al. 1985 §7.76,
*elder*/*eldest* used of family members).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

__all__ = ["AGE_WORDS", "KIN_PLURALS", "KIN_TERMS", "converse_kin", "kin_noun", "kin_pair"]

#: kin noun -> (the holder's sex or None, generation of the holder against the relative:
#: 1 and 2 older, -1 and -2 younger, 0 the same or unknown, converse group).
KIN_TERMS: Mapping[str, tuple[str | None, int, str]] = MappingProxyType(
    {
        "mother": ("f", 1, "child"),
        "father": ("m", 1, "child"),
        "parent": (None, 1, "child"),
        "son": ("m", -1, "parent"),
        "daughter": ("f", -1, "parent"),
        "child": (None, -1, "parent"),
        "stepmother": ("f", 1, "stepchild"),
        "stepfather": ("m", 1, "stepchild"),
        "stepson": ("m", -1, "stepparent"),
        "stepdaughter": ("f", -1, "stepparent"),
        "husband": ("m", 0, "spouse"),
        "wife": ("f", 0, "spouse"),
        "spouse": (None, 0, "spouse"),
        "partner": (None, 0, "partner"),
        "fiance": ("m", 0, "fiance"),
        "fiancé": ("m", 0, "fiance"),
        "fiancee": ("f", 0, "fiance"),
        "fiancée": ("f", 0, "fiance"),
        "brother": ("m", 0, "sibling"),
        "sister": ("f", 0, "sibling"),
        "sibling": (None, 0, "sibling"),
        "twin": (None, 0, "twin"),
        "grandmother": ("f", 2, "grandchild"),
        "grandfather": ("m", 2, "grandchild"),
        "grandparent": (None, 2, "grandchild"),
        "grandson": ("m", -2, "grandparent"),
        "granddaughter": ("f", -2, "grandparent"),
        "grandchild": (None, -2, "grandparent"),
        "aunt": ("f", 1, "nibling"),
        "uncle": ("m", 1, "nibling"),
        "nephew": ("m", -1, "pibling"),
        "niece": ("f", -1, "pibling"),
        "cousin": (None, 0, "cousin"),
    }
)
#: converse group -> its noun of either sex.
_CONVERSES: Mapping[str, str] = MappingProxyType(
    {
        "child": "child",
        "parent": "parent",
        "stepchild": "stepchild",
        "stepparent": "stepparent",
        "spouse": "spouse",
        "partner": "partner",
        "fiance": "fiance",
        "sibling": "sibling",
        "twin": "twin",
        "grandchild": "grandchild",
        "grandparent": "grandparent",
        "nibling": "nibling",
        "pibling": "pibling",
        "cousin": "cousin",
    }
)
#: converse group -> (the noun of a man, of a woman), where the two differ.
_GENDERED: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "child": ("son", "daughter"),
        "parent": ("father", "mother"),
        "stepchild": ("stepson", "stepdaughter"),
        "stepparent": ("stepfather", "stepmother"),
        "spouse": ("husband", "wife"),
        "fiance": ("fiance", "fiancee"),
        "sibling": ("brother", "sister"),
        "grandchild": ("grandson", "granddaughter"),
        "grandparent": ("grandfather", "grandmother"),
        "nibling": ("nephew", "niece"),
        "pibling": ("uncle", "aunt"),
    }
)
#: Plural kin nouns -> the singular (*her sons, B and C*).
KIN_PLURALS: Mapping[str, str] = MappingProxyType(
    {
        "sons": "son",
        "daughters": "daughter",
        "children": "child",
        "parents": "parent",
        "brothers": "brother",
        "sisters": "sister",
        "siblings": "sibling",
        "twins": "twin",
        "grandsons": "grandson",
        "granddaughters": "granddaughter",
        "grandchildren": "grandchild",
        "nephews": "nephew",
        "nieces": "niece",
        "cousins": "cousin",
        "stepsons": "stepson",
        "stepdaughters": "stepdaughter",
    }
)
#: Age adjectives before a kin noun: 1 the holder is the older, -1 the younger (*her older
#: brother*, *his youngest daughter*; *big*/*little* of siblings in speech).
AGE_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "older": 1,
        "elder": 1,
        "eldest": 1,
        "oldest": 1,
        "big": 1,
        "younger": -1,
        "youngest": -1,
        "little": -1,
        "baby": -1,
    }
)


def kin_noun(word: str) -> tuple[str, bool] | None:
    """(the singular kin noun, plural?) of lower-case *word*, or None for no kin noun."""
    if word in KIN_TERMS:
        return word, False
    one = KIN_PLURALS.get(word)
    return (one, True) if one is not None else None


def converse_kin(noun: str, sex: str | None) -> str | None:
    """The noun the relative of a holder of kin *noun* bears, by the relative's *sex*
    ("m"/"f"/None): *son* -> *mother* for a woman, *parent* for unknown; None for no kin noun."""
    term = KIN_TERMS.get(noun)
    if term is None:
        return None
    gendered = _GENDERED.get(term[2])
    if gendered is None or sex not in ("m", "f"):
        return _CONVERSES[term[2]]
    return gendered[0] if sex == "m" else gendered[1]


def same_kin(said: str, stated: str, sex: str | None) -> bool:
    """Does the kin noun *said* of a later reference name a holder of the kin noun *stated*
    (the same noun, or the sex-neutral noun of its kind: *child* for *son*; a gendered noun
    for a neutral one stated only when the holder's *sex* agrees: *son* for *child* of a man)?"""
    if said == stated:
        return True
    a, b = KIN_TERMS.get(said), KIN_TERMS.get(stated)
    if a is None or b is None or a[1] != b[1] or _group(said) != _group(stated):
        return False
    return a[0] is None or (b[0] is None and sex == a[0])


def _group(noun: str) -> str:
    """The converse group of the converse of *noun*: nouns of one kind share it."""
    return _CONVERSES[KIN_TERMS[noun][2]]


def kin_pair(words: Sequence[str], i: int, end: int) -> bool:
    """Do tokens *i*..*i+2* (up to *end*) name a pair's relation, two kin nouns joined by *and*
    ('mother and daughter', 'husband and wife')?"""
    return (
        i + 2 <= end
        and words[i + 1] == "and"
        and kin_noun(words[i].lower()) is not None
        and kin_noun(words[i + 2].lower()) is not None
    )
