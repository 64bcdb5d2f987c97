"""Words in quotation marks that describe a person rather than quote anyone (stage 2's last step).

Input: the text and stage 2's :class:`~quotex.quote_spans.QuoteSpan` tuple. Output: the same
spans without the ones that name a thing inside a speaker's description: the title of a work
after its maker's role (*NAME, author of "The Flood Year," said*), a work after *whose*
(*whose song "Harbour Lights" topped the charts*), after a work noun (*who appears in the
album 'Cold Iron Songs',*) or before one in apposition (*read "The Last Rehearsal", a poem
she wrote*), a nickname after *known as* / *nicknamed* /
*dubbed*, and a slogan on a thing worn or carried (*wearing "Vote Local" badges*). Such a span
is a name, not speech (PolNeAR annotates no attribution for a title of a work), so it must not
cut the speaker's description off from its cue: without it, the frame
``"C," NAME, author of "T," said.`` reads as ``"C," NAME, ... said.``.

Only a short span in title case (:func:`~quotex.attributions.context.title_case`) goes: a real
quotation in a description (*who called the plan "a disgrace,"*) is kept.
"""

from __future__ import annotations

import bisect
from itertools import compress

import regex

from quotex.attributions.context import title_case
from quotex.attributions.inscriptions import INSCRIPTION_NOUNS
from quotex.mentions.work_titles import WORK_MAKER_ROLES, WORK_NOUNS
from quotex.quote_spans import QuoteSpan
from quotex.token_merges import merge_tokens
from quotex.tokens import Tokens

__all__ = ["described_split", "describes", "merged_names", "without_described_names"]

#: The maker's role, maybe a determiner and up to three lower-case words before the work's
#: title: 'author of ', 'the director of the documentary ', 'host of the weekly podcast '.
_MAKER_BEFORE = regex.compile(
    r"\b(?P<role>[A-Za-z-]+)s?\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][a-z-]*\s+){0,3}$"
)

#: *whose* and up to three lower-case words, the last a work noun: 'whose latest novel '.
_WHOSE_BEFORE = regex.compile(r"\bwhose\s+(?:[a-z][a-z-]*\s+){0,2}(?P<noun>[a-z]+)\s+$")

#: A preposition, a determiner, up to two lower-case words and a work noun before a work's
#: title, as a description holds it: 'appears in the album ', 'on the radio series ', 'from her
#: latest novel ', 'about her new series, ' (the title set off as an apposition; not a verb's
#: object, which may be its quotation: 'sang the song ').
_WORK_BEFORE = regex.compile(
    r"\b(?:in|on|from|of|for|at|with|by|about|into)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[a-z][a-z-]*\s+){0,2}?(?P<noun>[a-z]+),?\s+$"
)

#: A participle of naming before a nickname: 'known as ', 'known to everyone as ', 'known to
#: everyone on the canal as ', 'affectionately known among the crews as ', 'known locally as ',
#: 'nicknamed ': who knows the name, in up to five lower-case words after *to*, *among* or *by*.
_NAMED_BEFORE = regex.compile(
    r"\b(?:(?:(?:better|widely|locally|affectionately)\s+)?known(?:\s+(?:locally|widely|affectionately))?"
    r"(?:\s+(?:to|among|by)(?:\s+[a-z]+){1,5})?\s+as"
    r"|nicknamed|dubbed)\s+(?:(?:the|a)\s+)?$"
)

#: A quoted nickname inside a name: one to three capitalised words in their marks, set off by
#: one space from a capitalised word before and one after ('Ada "Adi" Quist', 'Tomas
#: “The Pilot” Berg'); the marks and the words around them are matched by :func:`nickname`.
_NICKNAME = regex.compile(r"[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,2}")
_NAME_WORD_BEFORE = regex.compile(r"(?:^|[\s(\[])[\p{Lu}][\p{L}'’.-]* $")
_NAME_WORD_AFTER = regex.compile(r" [\p{Lu}][\p{L}'’-]+")
#: A lower-case word of three letters or more: a line in title case (a headline, 'Mayor Calls
#: Plan ‘A Disgrace’ Over Cuts') has none, and its capitals name no one.
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}{3,}")

#: A work noun in apposition right after the span: ', a poem ', ' (the comma inside), her 1998
#: memoir': a determiner, up to two words and the noun.
_WORK_AFTER = regex.compile(r",?\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\b")

#: The thing that bears the words, right after the span: ' badges', ' T-shirt'.
_THING_AFTER = regex.compile(r"\s+(?P<noun>[A-Za-z-]+)\b")


def _maker_before(text: str, start: int) -> bool:
    """A work maker's role with *of* (and maybe a work noun) ends just before *start*."""
    lo = max(0, start - 60)
    if text.find("of", lo, start) < 0 or "of" not in text[lo:start].rsplit(None, 5)[-5:]:
        # (the pattern's *of* is one of the window's last five words, set off by spaces: most
        # spans have none, and then no search, which backtracks at every word of the window)
        return False
    m = _MAKER_BEFORE.search(text, lo, start)
    if m is None:
        return False
    role = m.group("role").lower()
    return role in WORK_MAKER_ROLES or role.rstrip("s") in WORK_MAKER_ROLES


def _whose_before(text: str, start: int) -> bool:
    """*whose* and a work noun end just before *start* ('whose song ')."""
    lo = max(0, start - 40)
    if text.find("whose", lo, start) < 0:
        return False  # (the pattern's literal word is not in the window: no search)
    m = _WHOSE_BEFORE.search(text, lo, start)
    return m is not None and m.group("noun") in WORK_NOUNS


def _work_before(text: str, start: int) -> bool:
    """A preposition, a determiner and a work noun end just before *start* ('who appears in
    the album ')."""
    lo = max(0, start - 40)
    m = _WORK_BEFORE.search(text, lo, start)
    return m is not None and m.group("noun") in WORK_NOUNS


def _named_before(text: str, start: int) -> bool:
    """A participle of naming ends just before *start* ('known as ', 'dubbed ')."""
    lo = max(0, start - 80)
    if (
        text.find("known", lo, start) < 0
        and text.find("dubbed", lo, start) < 0
        and text.find("nicknamed", lo, start) < 0
    ):
        return False  # (none of the pattern's three words in the window: most spans, no search)
    return _NAMED_BEFORE.search(text, lo, start) is not None


def _work_after(text: str, start: int, end: int) -> bool:
    """A work noun stands in apposition after the span ('read "The Last Rehearsal", a poem she
    wrote'): the span is the work's title. Not after *that*, whose clause the span may open as
    its subject ('found that "The Wire," a show from 2002, was ...': a title the report holds)."""
    m = _WORK_AFTER.match(text, end, min(len(text), end + 40))
    if m is None or m.group("noun") not in WORK_NOUNS:
        return False
    before = text[max(0, start - 6) : start].split()
    return not (before and before[-1].lower() == "that")


def _thing_after(text: str, end: int) -> bool:
    """A thing that bears words follows the span ('"Vote Local" badges')."""
    m = _THING_AFTER.match(text, end, min(len(text), end + 20))
    return m is not None and m.group("noun").lower() in INSCRIPTION_NOUNS


def nickname(text: str, span: QuoteSpan) -> bool:
    """Is *span* a quoted nickname between a person's given name and surname ('Ada "Adi"
    Quist')? Such marks quote nobody: :func:`merged_names` makes them one word, which the name
    chains step over (``quotex.mentions.chains.nickname_token``)."""
    start, end = span.start, span.end
    if not (span.closed and span.opened and not span.continues) or end - start > 40:
        return False
    if _NICKNAME.fullmatch(text, start + 1, end - 1) is None:
        return False  # (a comma or full stop inside the marks ends a quotation, never a nickname)
    return (
        _NAME_WORD_AFTER.match(text, end, min(len(text), end + 40)) is not None
        and _NAME_WORD_BEFORE.search(text, max(0, start - 40), start) is not None
        and _LOWER_WORD.search(_line_around(text, start, end)) is not None
    )


def _line_around(text: str, start: int, end: int) -> str:
    """Up to 60 characters each side of *start..end*, within its line."""
    lo, hi = max(0, start - 60), min(len(text), end + 60)
    before, after = text[lo:start], text[end:hi]
    return before[before.rfind("\n") + 1 :] + " " + after.split("\n", 1)[0]


def describes(text: str, span: QuoteSpan) -> bool:
    """Is *span* (a closed quotation in title case) a work's title, a nickname or a slogan that
    a description holds (see the module docstring)?"""
    if not (span.closed and span.opened and not span.continues):
        return False
    if not title_case(text, span, one_word=True, min_caps=1):
        return False  # (the test below's weakest form first: most quotations are sentences)
    start, end = span.start, span.end
    named = _named_before(text, start)
    work = not named and _work_before(text, start)
    if not (
        named
        or work
        or _maker_before(text, start)
        or _whose_before(text, start)
        or _thing_after(text, end)
        or _work_after(text, start, end)
    ):
        return False
    # (a nickname may open with its article in lower case: 'known as "the Owl"')
    return title_case(text, span, one_word=True, min_caps=1 if named or work else 2)


def without_described_names(text: str, spans: tuple[QuoteSpan, ...]) -> tuple[QuoteSpan, ...]:
    """*spans* without the ones a description holds (:func:`describes`); the same tuple when
    none is dropped."""
    kept = tuple(s for s in spans if not describes(text, s))
    return spans if len(kept) == len(spans) else kept


def described_split(
    text: str, spans: tuple[QuoteSpan, ...]
) -> tuple[tuple[QuoteSpan, ...], tuple[QuoteSpan, ...]]:
    """(*spans* to keep, the ones a description holds or a name holds as its nickname): one
    test a span (linear cost)."""
    held = [describes(text, s) or nickname(text, s) for s in spans]
    if not any(held):
        return spans, ()
    return tuple(s for s, h in zip(spans, held, strict=True) if not h), tuple(compress(spans, held))


#: Punctuation that may end a work's name inside its closing mark ('“The Flood Year,”').
_INNER_END = frozenset(",.;:?!")


def _groups(tokens: Tokens, gone: tuple[QuoteSpan, ...]) -> list[tuple[int, int, int]]:
    """For each span in *gone*: (first token, last token of the one word it becomes, the
    closing mark's token to drop or -1)."""
    starts, ends, words = tokens.starts, tokens.ends, tokens.words
    out: list[tuple[int, int, int]] = []
    for span in gone:
        i = bisect.bisect_left(starts, span.start)
        k = bisect.bisect_left(starts, span.end, lo=i) - 1
        if not (i < k < len(words) and starts[i] == span.start and ends[k] == span.end):
            continue  # (the marks are not tokens of their own: leave the words as they are)
        if k - 1 > i and words[k - 1] in _INNER_END:  # (the comma stays: it ends the apposition)
            out.append((i, k - 2, k))
        else:
            out.append((i, k, -1))
    return out


def merged_names(tokens: Tokens, gone: tuple[QuoteSpan, ...]) -> Tokens:
    """*tokens* with each span of *gone* read as one word: the opening mark and the name's words
    become one token ('“The Flood Year'), whose words no name or noun phrase rule reads, and a
    closing mark after the name's own comma or full stop is dropped. Annotation columns take the
    name's last word's values; dependency heads follow the tokens they pointed to."""
    groups = _groups(tokens, gone)
    if not groups:
        return tokens
    return merge_tokens(tokens, {a: b for a, b, _ in groups}, {c for _, _, c in groups if c >= 0})
