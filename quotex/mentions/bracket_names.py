"""A body's name that an acronym in brackets follows, made one mention.

News copy defines a body's short form in brackets right after its full name (*the Ruvuma
Atmospheric, Hydrological and Seismic Services Agency (RAHSSA)*, *the Provincial Cross-border
Anti-smuggling Authority (PCAA)*). The name chains break such a name at a comma, a hyphenated
word in lower case or a link word (*Ruvuma Atmospheric* | *Hydrological* | *Seismic Services
Agency*); the bracket shows where the name ends, and its words back to the chain that opens it
are one name. Input: the token table, the mentions in text order and the lexicon; output: the
mentions with each such name's pieces replaced by one organisation mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.mentions.chains import name_text
from quotex.mentions.words import HYPHENS
from quotex.tokens import Tokens

if TYPE_CHECKING:
    from quotex.mentions.find import Mention

#: Words that join the words of one body's name ('Agency for the Protection of Inland Waters',
#: 'Office of Nuclear Safety and Radiation Control').
_LINKS = frozenset(["of", "for", "and", "&", "on", "in"])
#: Most letters of an acronym in brackets.
_MOST_LETTERS = 10


def acronym_bracket(words: Sequence[str], k: int) -> bool:
    """Does token *k* close a bracket holding one short form right after a capitalised word ('the
    National Roads Agency (NARMA)')?"""
    return (
        k >= 3
        and words[k] == ")"
        and words[k - 2] == "("
        and acronym_shaped(words[k - 1])
        and words[k - 3][:1].isupper()
    )


def acronym_shaped(word: str) -> bool:
    """Is *word* a short form a text defines in brackets: two to ten letters, at least two of
    them capitals, opening with one ('PAGASA', 'DfE', 'CoFDB'; not 'Interpol', 'pictured')?"""
    return (
        2 <= len(word) <= _MOST_LETTERS
        and word.isalpha()
        and word[0].isupper()
        and sum(1 for c in word if c.isupper()) >= 2
    )


def bracketed_acronym(words: Sequence[str], last: int) -> bool:
    """Does an acronym in brackets follow token *last* ('... Agency | (RAHSSA)')?"""
    return (
        last + 3 < len(words)
        and words[last + 1] == "("
        and words[last + 3] == ")"
        and acronym_shaped(words[last + 2])
    )


def bracketed_ticker(words: Sequence[str], last: int) -> str | None:
    """The stock ticker in brackets right after the name ending at token *last*, with its
    exchange's suffix ('Korvell Systems (KRVL.N)'); else None. Only a listed company has one,
    so it names that company."""
    if last + 3 >= len(words) or words[last + 1] != "(" or words[last + 3] != ")":
        return None
    return words[last + 2] if _TICKER.fullmatch(words[last + 2]) is not None else None


#: A ticker with its exchange's suffix ('KRVL.N', 'BP.L', '7203.T'): Reuters instrument codes.
_TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")


def defined_short_form(words: Sequence[str], last: int) -> str | None:
    """The short form a text defines right after the name that ends at token *last*: an
    acronym in brackets ('... Agency (RAHSSA)') or after *known as* ('..., known as LINESCO,',
    '..., also known as LINESCO,'); else None."""
    if bracketed_acronym(words, last):
        return words[last + 2]
    k = last + 1
    if k < len(words) and words[k] == ",":
        k += 1 + (k + 1 < len(words) and words[k + 1].lower() == "also")
        if k + 2 < len(words) and words[k].lower() == "known" and words[k + 1].lower() == "as":
            short = words[k + 2]
            after = words[k + 3] if k + 3 < len(words) else ""
            return short if acronym_shaped(short) and after in (",", ".", ")", ";") else None
    return None


def _joined(tokens: Tokens, k: int) -> bool:
    """Is token *k* written with no space before it (the parts of 'Cross-border')?"""
    return k > 0 and tokens.starts[k] == tokens.ends[k - 1]


def _gap_glues(tokens: Tokens, lo: int, hi: int, listed: bool) -> bool:
    """Do tokens *lo..hi* (between two pieces of a name) join them as one name's words: a
    hyphenated word in lower case ('Broad | -based | Anti'), link words ('for the', 'and'), or a
    comma of a list of words that an *and* ends (*listed*: 'Atmospheric | , | Hydrological')?
    Not 'and the' (two bodies: 'the Port Trust and the Rail Board')."""
    words, lows = tokens.words, tokens.lows
    k = lo
    while k <= hi:
        w = words[k]
        low = lows[k]
        if (
            w in HYPHENS
            and _joined(tokens, k)
            and k + 1 <= hi
            and _joined(tokens, k + 1)
            and words[k + 1].islower()
        ):
            k += 2
            continue
        if low in _LINKS:
            k += 1
            if k <= hi and low in ("of", "for", "on", "in") and lows[k] == "the":
                k += 1  # ('Agency for the Protection')
            continue
        return w == "," and listed and k == lo == hi
    return lo <= hi


def _person_piece(tokens: Tokens, m: Mention) -> bool:
    """Is *m* (a piece before the name's last) a person's name: a title, a gender, or a first
    name opening it ('Ana Berg and the ...')?"""
    return m.title is not None or m.gender is not None or tokens.words[m.first].lower() in FIRST_NAMES


def _name_start(tokens: Tokens, mentions: Sequence[Mention], i: int, lexicon: Lexicon) -> int:
    """The index of the first mention of the body's name that mention *i* ends (an acronym in
    brackets after it), *i* itself when no piece before it joins it."""
    words = tokens.words
    last = mentions[i].last
    start = i
    while start > 0:
        prev, cur = mentions[start - 1], mentions[start]
        if _person_piece(tokens, prev) or prev.last >= cur.first:
            break
        listed = "and" in (w.lower() for w in words[cur.first : last + 1])
        if not _gap_glues(tokens, prev.last + 1, cur.first - 1, listed):
            break
        start -= 1
    if not any(_body_piece(tokens, m, lexicon) for m in mentions[start : i + 1]):
        return i
    # (the short form opens with the name's first letter: not 'Microsoft, Google and Amazon
    # Web Services (AWS)', a list of bodies; the nearest piece so opening, else the last alone)
    letter = (defined_short_form(words, last) or "?")[0].upper()
    return next((j for j in range(start, i) if words[mentions[j].first][:1].upper() == letter), i)


def _body_piece(tokens: Tokens, m: Mention, lexicon: Lexicon) -> bool:
    """Is *m* a body's name by its kind or its last word ('Council for Coastal Heritage',
    'Marine Parks Authority')?"""
    low = tokens.words[m.last].lower()
    return m.kind == "organization" or low in lexicon.organization_nouns or low in lexicon.company_words


#: The tokens after a name that a short form's definition opens with: its bracket, or the comma
#: before *known as*.
SHORT_FORM_OPENERS = frozenset(["(", ","])


def bracketed_bodies(tokens: Tokens, mentions: Sequence[Mention], lexicon: Lexicon) -> tuple[Mention, ...]:
    """*mentions* with each body's name a short form follows (:func:`defined_short_form`) made
    one organisation mention (:func:`_name_start`): 'the Independent Broad-based Anti-corruption
    Commission (IBAC)' is one name, not 'Independent Broad', 'Anti' and 'Commission'."""
    words = tokens.words
    out = list(mentions)
    i = len(out) - 1
    n = len(words)
    while i > 0:
        m = out[i]
        # (a short form follows a bracket or a comma: most names have neither after them, no call)
        if (
            m.last + 1 >= n
            or words[m.last + 1] not in SHORT_FORM_OPENERS
            or defined_short_form(words, m.last) is None
        ):
            i -= 1
            continue
        start = _name_start(tokens, out, i, lexicon)
        if start < i:
            first = out[start].first
            name = name_text(tokens, first, m.last)
            out[start : i + 1] = [
                evolve(
                    m, first=first, start=tokens.starts[first], name=name, kind="organization", gender=None
                )
            ]
        i = start - 1
    return tuple(out)
