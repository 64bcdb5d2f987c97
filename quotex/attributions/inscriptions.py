"""Inscriptions: words on a thing that never speaks (a sign, a banner, a shirt, a plaque, a
headstone), whose marks quote no one and whose bearer is no source: 'holding a sign that read
"C"', 'A banner reading "C" hung ...', 'a plaque inscribed "C"', 'a headstone that bears the words
"C"'. Input: the text and a quotation span or a cue's character offset; output: whether the marks
or the cue are an inscription's. Read by the sieve, the naming rules, the non-report checks and
:mod:`quotex.described_marks`.
"""

from __future__ import annotations

import re

import regex

from quotex.quote_spans import QuoteSpan

__all__ = ["INSCRIPTION_NOUNS", "bears_words", "inscription_cue", "inscription_quote"]


#: Things that bear written words and never speak: 'a sign that read "C"', 'a banner reading
#: "C"' (the words are an inscription's, and the one who holds it is not their source).
INSCRIPTION_NOUNS = frozenset(
    """sign signs banner banners placard placards poster posters shirt shirts t-shirt t-shirts
    tee tees hat hats cap caps sticker stickers billboard billboards button buttons badge badges
    mug mugs plaque plaques inscription hashtag hashtags scoreboard scoreboards screen screens
    display displays menu menus label labels mural murals tattoo tattoos headstone headstones
    gravestone gravestones tombstone tombstones epitaph""".split()
)
#: Notices: an issuer's document when it *reads* ('The notice read: "C"', its issuer's words),
#: a sign's words after a participle ('a hand-written notice reading "C"').
_SIGNED_NOTICES = frozenset(["notice", "notices"])

#: An inscription noun, maybe *that*/*which*, and a verb of bearing words, just before a
#: quotation: 'a sign that read ', 'banners saying, ', 'a T-shirt reading: ', 'a plaque
#: inscribed ', 'a headstone that bears the words '.
_INSCRIPTION_BEFORE = regex.compile(
    r"\b(?P<noun>[\w-]+)\s+(?:(?:that|which)\s+)?"
    r"(?P<verb>read|reads|reading|said|says|saying|(?:inscribed|engraved)(?:\s+with)?"
    r"|(?:bears|bore|bearing|carries|carried|carrying)\s+the\s+words)\s*[,:]?\s*$",
    regex.IGNORECASE,
)


_INSCRIPTION_CUE = regex.compile(r"\b(?P<noun>[\w-]+)\s+(?:(?:that|which)\s+)?$", regex.IGNORECASE)


#: A part of each inscription noun ('t-shirts': 'shirt'; :func:`_names_no_inscription`).
_INSCRIPTION_STEMS = re.compile(
    "sign|banner|placard|poster|shirt|tee|hat|cap|sticker|billboard|button|badge|mug|plaque|inscription|hashtag"
    "|notice|stone|epitaph"
)


def _names_no_inscription(text: str, start: int, end: int, pieces: int) -> bool:
    """Can no inscription noun be where an inscription pattern ending at *end* reads one? The
    patterns end with the noun and at most *pieces* - 1 whitespace-free pieces after it (*that*
    or *which*, a verb of bearing words, a comma or colon), so the noun lies in the last
    *pieces* pieces of ``text[start:end]``: when none of them holds a part of an inscription
    noun (:data:`_INSCRIPTION_STEMS`, in lower case), the pattern finds none."""
    window = text[start:end].rsplit(None, pieces)[-pieces:]
    return _INSCRIPTION_STEMS.search(" ".join(window).lower()) is None


def inscription_quote(text: str, span: QuoteSpan) -> bool:
    """Quotation *span* is words on a sign, a banner or a shirt ('holding up a sign that read
    "C"'): no one's speech, and never a later part of the holder's quote."""
    if _names_no_inscription(text, max(0, span.start - 40), span.start, 6):  # ('sign that read :')
        return False  # (the common case, without the pattern's search)
    m = _INSCRIPTION_BEFORE.search(text, max(0, span.start - 40), span.start)
    if m is None:
        return False
    return bears_words(m.group("noun").lower(), m.group("verb").lower())


def inscription_cue(text: str, start: int, verb: str) -> bool:
    """The cue *verb* (lower case) at character *start* follows a thing bearing words ('a banner
    *reading*', 'a sign that *said*'): the thing, not the one who carries it, 'says' what follows."""
    if _names_no_inscription(text, max(0, start - 30), start, 2):  # ('sign that')
        return False  # (the common case, without the pattern's search)
    m = _INSCRIPTION_CUE.search(text, max(0, start - 30), start)
    return m is not None and bears_words(m.group("noun").lower(), verb)


def bears_words(noun: str, verb: str) -> bool:
    """Does the lower-case *noun* bear the words its verb *verb* gives ('sign' with any verb of
    bearing words; 'notice' only with *reading*: :data:`_SIGNED_NOTICES`)?"""
    return noun in INSCRIPTION_NOUNS or (noun in _SIGNED_NOTICES and verb == "reading")
