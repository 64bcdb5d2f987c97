"""Stage 4, mentions: tokens + sentences -> tuple[Mention, ...].

Input: the token table, the sentences and a lexicon. Output: every
proper-name mention of the article in text order, each with the title
written at that mention (if any), a kind guess and a gender hint.

Rules, each on tokens only (named-entity labels are used where the ``Doc``
has them):

* ``name_chain``: a run of capitalised words (with particles like *de*,
  *bin* and suffixes like *Jr.*), minus a sentence-initial function word.
* ``title_prefix``: role words at the head of the run or just before it are
  the title, not the name: *Chinese President* | *Xi Jinping*;
  *Trump's special envoy* | *Keith Kellogg*; *Secretary of State* | *John Kerry*.
* ``title_apposition``: ``Name, (a|an|the) ... role-noun ... ,`` gives a
  title: *Yun Sun, a China politics analyst at the Stimson Center*.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    OFFICE_WORDS,
    STOP_WORDS,
    TIME_NAMES,
    TITLE_MODIFIERS,
)
from quotex.sentences import Sentence
from quotex.tokens import Tokens

__all__ = [
    "Mention",
    "apposition_title",
    "find_mentions",
    "is_name_word",
    "prefix_title",
]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})


@frozen
class Mention:
    """A proper-name mention: tokens ``first..last`` (inclusive) are the name.

    ``title`` is the role written at this mention, ``title_first``/``title_last``
    its tokens (-1 when none). ``kind`` is "person", "organization" or
    "other"; ``gender`` is "m", "f" or None.
    """

    first: int
    last: int
    start: int
    end: int
    name: str
    title: str | None = None
    kind: str = "person"
    gender: str | None = None
    title_first: int = -1
    title_last: int = -1


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: ``Xi``, ``O'Neill``, ``U.S.``."""
    c = word[:1]
    return c.isupper() and (word[1:2].isalpha() or word[1:2] in ".'’-" or len(word) == 1)


def _is_role(word: str, lexicon: Lexicon) -> bool:
    if not word[:1].isalpha():
        return False
    low = word.lower().rstrip(".")
    return low in lexicon.role_words or low in lexicon.title_abbreviations


def _name_chains(tokens: Tokens, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words inside each sentence."""
    words = tokens.words
    chains: list[tuple[int, int]] = []
    caps = [k for k, w in enumerate(words) if w[0].isupper()]  # one pass; only these can start a name
    ci = 0
    for s in sentences:
        i = s.first
        while True:
            while ci < len(caps) and caps[ci] < i:
                ci += 1
            if ci == len(caps) or caps[ci] > s.last:
                break
            i = caps[ci]
            w = words[i]
            if w.lower().rstrip(".") in TIME_NAMES and not (i + 1 <= s.last and is_name_word(words[i + 1])):
                i += 1  # 'on Monday', 'in March': never a name on its own
                continue
            if not is_name_word(w) or (
                w.lower().rstrip(".") in NOT_NAMES
                and (
                    i == s.first
                    or words[i - 1] in _OPENERS  # '"It is possible," he said': a quotation's first word
                    or w.lower() in DETERMINERS
                    or w.lower() in _ALWAYS_FUNCTION
                )
            ):
                i += 1
                continue
            j = i
            while j + 1 <= s.last:
                nxt = words[j + 1]
                if is_name_word(nxt) and nxt.lower() not in _ALWAYS_FUNCTION:
                    j += 1
                elif (
                    nxt in _NICK_OPEN
                    and j + 4 <= s.last
                    and is_name_word(words[j + 2])
                    and words[j + 3] in _NICK_CLOSE
                    and is_name_word(words[j + 4])
                ):
                    j += 4  # 'Gordon "Tugboat" Ferris': a nickname inside the name
                elif (
                    nxt == "-"
                    and j + 2 <= s.last
                    and is_name_word(words[j + 2])
                    and tokens.ends[j] == tokens.starts[j + 1]
                    and tokens.ends[j + 1] == tokens.starts[j + 2]
                ) or (nxt.lower() in NAME_PARTICLES and j + 2 <= s.last and is_name_word(words[j + 2])):
                    j += 2
                elif nxt.lower() in NAME_SUFFIXES or (
                    nxt == "," and j + 2 <= s.last and words[j + 2].lower() in NAME_SUFFIXES
                ):
                    j += 1 if nxt != "," else 2
                elif (
                    nxt.lower() == "of"
                    and j + 2 <= s.last
                    and words[j + 2].lower() in OFFICE_WORDS
                    and is_name_word(words[j + 2])
                ):
                    j += 2
                else:
                    break
            chains.append((i, j))
            i = j + 1
    return chains


_NICK_OPEN = frozenset({'"', "“", "‘", "'", "''", "``"})
_NICK_CLOSE = frozenset({'"', "”", "’", "'", "''"})
#: Tokens after which a word starts a sentence of its own (an opening quotation mark or bracket).
_OPENERS = frozenset(['"', "“", "‘", "'", "«", "„", "(", "[", "''", "``"])

_ALWAYS_FUNCTION = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as"]
)


def prefix_title(tokens: Tokens, first: int, lexicon: Lexicon, *, floor: int = 0) -> tuple[int, int]:
    """The title tokens written just before a name starting at *first*.

    Returns ``(title_first, title_last)`` or ``(-1, -1)``. The token before the
    name must be a role word ("President", "spokeswoman", "Sen."); the title
    then grows leftwards over capitalised words, title modifiers and one
    possessive ("Trump's"), never past *floor* or a function word.
    """
    words = tokens.words
    j = first - 1
    if j < floor or not _is_role(words[j], lexicon):
        return (-1, -1)
    last = j
    lo = j
    j -= 1
    while j >= floor and last - j < 9:
        w = words[j]
        low = w.lower()
        if w in _POSSESSIVE and j - 1 >= floor and words[j - 1][:1].isalnum():
            k = j - 1
            while (
                k - 1 >= floor
                and is_name_word(words[k - 1])
                and is_name_word(words[k])
                and words[k - 1].lower() not in NOT_NAMES
            ):
                k -= 1
            lo = k
            break
        if low in DETERMINERS or low in STOP_WORDS or low in lexicon.verb_forms:
            break
        if is_name_word(w):
            if low in NOT_NAMES and low not in TITLE_MODIFIERS:
                break
            lo = j
        elif (
            low in TITLE_MODIFIERS
            or _is_role(w, lexicon)
            or low in lexicon.organization_nouns
            or ("-" in w and w[:1].isalpha())
            or (low in OFFICE_WORDS and low != "the")
            or (low == "of" and j - 1 >= floor and _is_role(words[j - 1], lexicon))
        ):
            lo = j
        else:
            break
        j -= 1
    return (lo, last)


_APPOS_END = frozenset({",", ".", ";", ":", "(", ")", "—", "–", "--", '"', "”", "“", "?", "!"})


def apposition_title(tokens: Tokens, last: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """The title in an apposition after a name ending at token *last*.

    ``Yun Sun, a China politics analyst at the Stimson Center in Washington,``
    -> the tokens of "China politics analyst at the Stimson Center in
    Washington". Returns ``(-1, -1)`` unless the phrase holds a role word.
    *end* is the last token the apposition may use.
    """
    words = tokens.words
    i = last + 1
    if i > end or words[i] != ",":
        return (-1, -1)
    i += 1
    # skip an age: "Smith, 45, a farmer"
    if i + 1 <= end and words[i].isdigit() and words[i + 1] == ",":
        i += 2
    if i > end:
        return (-1, -1)
    if words[i].lower() in ("a", "an", "the"):
        i += 1
    first = i
    has_role = False
    j = i
    while j <= end and j - first < 20:
        w = words[j]
        low = w.lower()
        if w in _APPOS_END or w.isspace():
            break
        if low in lexicon.verb_forms or low in ("who", "which", "whose", "and", "but", "when", "where"):
            if (
                low == "and"
                and j + 1 <= end
                and (_is_role(words[j + 1], lexicon) or words[j + 1].lower() in TITLE_MODIFIERS)
            ):
                j += 1
                continue
            break
        if _is_role(w, lexicon):
            has_role = True
        j += 1
    if not has_role or j == first:
        return (-1, -1)
    if j <= end and words[j] == "," and is_name_word(words[j - 1]):
        # 'a lawyer from Vigo, Spain,': the place's country or state belongs to it
        k = j + 1
        while k <= end and k - j <= 3 and is_name_word(words[k]):
            k += 1
        if k > j + 1 and (k > end or words[k] in (",", ".", ";", ")")):
            j = k
    return (first, j - 1)


def _gender(words: Sequence[str], lo: int, hi: int) -> str | None:
    for w in words[lo : hi + 1]:
        low = w.lower().rstrip(".")
        if low in FEMALE_WORDS:
            return "f"
        if low in MALE_WORDS:
            return "m"
    return None


def _kind(tokens: Tokens, first: int, last: int, lexicon: Lexicon, has_title: bool) -> str:
    if tokens.has_ents:
        label = tokens.ents[last]
        if label == "PERSON":
            return "person"
        if label in _ORG_ENTS:
            return "organization"
    words = tokens.words
    if any(words[k].lower() in lexicon.organization_nouns for k in range(first, last + 1)) or (
        words[last].isupper() and len(words[last]) > 1 and last == first
    ):
        return "organization"  # 'Foreign Ministry', 'Ministry of Finance', 'NATO'
    if has_title:
        return "person"
    if last == first and first > 0 and words[first - 1].lower() in _PLACE_PREPOSITIONS:
        return "other"  # 'in Nairobi', 'from Oslo': a place
    return "person"  # a lone capitalised name that speaks is most often a surname


_PLACE_PREPOSITIONS = frozenset("in at from to near across outside inside into toward towards".split())


def find_mentions(
    tokens: Tokens, sentences: Sequence[Sentence], *, lexicon: Lexicon = DEFAULT_LEXICON
) -> tuple[Mention, ...]:
    """Every proper-name mention with the title written at it (see module docstring)."""
    words = tokens.words
    starts = tokens.starts
    ends = tokens.ends
    text = tokens.text
    out: list[Mention] = []
    sent_of: dict[int, Sentence] = {}
    for s in sentences:
        sent_of[s.first] = s
    chains = _name_chains(tokens, sentences)
    si = 0
    for first, last in chains:
        while si + 1 < len(sentences) and sentences[si].last < first:
            si += 1
        sent = sentences[si]
        # peel leading title words off the chain: "President Vladimir Putin"
        split = -1
        for k in range(first, last):
            low = words[k].lower().rstrip(".")
            if _is_role(words[k], lexicon) or low in lexicon.honorifics:
                if low in lexicon.ambiguous_role_nouns and last - k < 2:
                    continue  # "Judge Smith" ok, but "Dean Baker": Dean may be a first name
                split = k
        name_first = split + 1 if split >= 0 else first
        # "Secretary of State John Kerry": absorb office words after the split
        while name_first < last and words[name_first].lower() in ("of", *OFFICE_WORDS) and split >= 0:
            name_first += 1
        while name_first < last and words[name_first].lower().rstrip(".") in lexicon.honorifics:
            name_first += 1
        if _is_role(words[last], lexicon) and name_first == last and split < 0 and last == first:
            continue  # a lone capitalised role word ("President") is not a name
        if name_first > last:
            continue
        t_first, t_last = -1, -1
        if split >= 0:
            t_last = split
            # 'Secretary of State': office words absorbed after the split belong to the title
            k = split + 1
            while k < name_first and words[k].lower().rstrip(".") not in lexicon.honorifics:
                t_last = k
                k += 1
            # extend over the title words before the chain
            lo, _ = prefix_title(tokens, first + 1, lexicon, floor=sent.first)
            t_first = lo if lo >= 0 else first
            # honorifics are not titles
            while t_first <= t_last and words[t_first].lower().rstrip(".") in lexicon.honorifics:
                t_first += 1
            while t_last >= t_first and words[t_last].lower().rstrip(".") in lexicon.honorifics:
                t_last -= 1
            if t_last < t_first:
                t_first, t_last = -1, -1
        else:
            t_first, t_last = prefix_title(tokens, name_first, lexicon, floor=sent.first)
        if t_first < 0:
            t_first, t_last = apposition_title(tokens, last, sent.last, lexicon)
        if (
            t_first < 0
            and first - 2 >= sent.first
            and words[first - 1] == ","
            and _is_role(words[first - 2], lexicon)
        ):
            # "the campaign's manager, Jeff Weaver,"
            t_first, t_last = prefix_title(tokens, first - 1, lexicon, floor=sent.first)
        title = text[starts[t_first] : ends[t_last]] if t_first >= 0 else None
        g_lo = min(first, t_first) if t_first >= 0 else first
        g_hi = max(last, t_last)
        out.append(
            Mention(
                first=name_first,
                last=last,
                start=starts[name_first],
                end=ends[last],
                name=_name_text(tokens, name_first, last),
                title=title,
                kind=_kind(tokens, name_first, last, lexicon, title is not None),
                gender=_gender(words, g_lo, g_hi),
                title_first=t_first,
                title_last=t_last,
            )
        )
    return tuple(out)


def _name_text(tokens: Tokens, first: int, last: int) -> str:
    """The name's text, without a quoted nickname: 'Gordon "Tugboat" Ferris' -> 'Gordon Ferris'."""
    words = tokens.words
    text = tokens.text
    if not any(words[k] in _NICK_OPEN for k in range(first, last + 1)):
        return text[tokens.starts[first] : tokens.ends[last]]
    kept: list[str] = []
    k = first
    while k <= last:
        if words[k] in _NICK_OPEN and k + 2 <= last and words[k + 2] in _NICK_CLOSE:
            k += 3
            continue
        kept.append(words[k])
        k += 1
    return " ".join(kept)
