"""The default tokenizer's tokens of each whitespace-free run, kept across texts.

spaCy's tokenizer cuts a text at whitespace and splits each whitespace-free run ('said,"',
'Mr.', "humanity,''") with its affix rules alone. Then its special-case matcher looks, over
the whole text, for the token sequences of the special cases that the affix rules split (two
apostrophes for "''"), and merges the matches it keeps. Where two matches overlap it keeps
one; a match that spans a space is kept too but changes nothing (no special case holds a
space), so it can stop a match inside a run from being merged ("humanity,'' ''genocide": the
first run's last apostrophe and the second run's first make such a match, and the second
run keeps two apostrophes).

So a run's tokens are the same wherever it stands unless the matcher can find a match that
spans a space: the last tokens of one run (before any merge) and the first of the next, one
space apart (any other whitespace is a token of its own), that spell a special case's split
(:func:`special_patterns`). :class:`RunCache` keeps the tokens of each run the first time a
text holds it, and tokenises a later text whose runs were all seen with a few C loops over
the text and no spaCy call (:meth:`RunCache.tokens`). A text where such a match may stand is
left to the caller's tokenizer (about one PolNeAR text in twenty).

The runs a text has not shown before are tokenised in one call, one to a line (a line break
is a token of its own, so no match spans two of them).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Container
from itertools import chain, compress, count, pairwise
from typing import Any

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH

#: ``_SOLID[c]``: is the character of code *c* no whitespace (``str.isspace``, which both
#: spaCy's tokenizer and ``str.split`` cut at)? Every code past the table's end (U+3000) is none.
_SOLID = numpy.array([not chr(c).isspace() for c in range(0x3001)] + [True])
#: A run's tokens: their words, which spell the run (their offsets follow from their lengths).
Words = tuple[str, ...]


def _affixes_only(tokenizer: Any) -> Any:
    """A tokenizer with *tokenizer*'s affix rules and no special case: how spaCy splits a
    special case's text to make the matcher's pattern."""
    return type(tokenizer)(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )


#: Each special case's split under every two neighbouring tokens of it: ``(split, i)`` under
#: ``(split[i], split[i + 1])``.
Patterns = dict[tuple[str, str], list[tuple[tuple[str, ...], int]]]


def special_patterns(tokenizer: Any) -> tuple[Patterns, dict[str, tuple[str, ...]]]:
    """The special cases of *tokenizer* (``Tokenizer.rules``) that its affix rules split in two
    tokens or more, as the matcher's patterns: for every two neighbouring tokens *a*, *b* of one,
    ``(pattern, i)`` with *a* at *i* (under the key ``(a, b)``); and each such special case's
    split (the tokens a merged one stood for)."""
    bare = _affixes_only(tokenizer)
    pairs: Patterns = {}
    splits: dict[str, tuple[str, ...]] = {}
    for special in tokenizer.rules:
        words = tuple(t.text for t in bare(special))
        for i, pair in enumerate(pairwise(words)):
            pairs.setdefault(pair, []).append((words, i))
        if len(words) > 1:
            splits[special] = words
    return pairs, splits


def _solid_offsets(clean: str) -> Any:
    """The offsets of the characters of *clean* that are not whitespace, in order (a NumPy
    array): the *k*-th character of the runs joined is ``clean[at[k]]``."""
    codes = numpy.frombuffer(clean.encode("utf-32-le"), numpy.uint32)
    return numpy.flatnonzero(_SOLID[numpy.minimum(codes, len(_SOLID) - 1)])


#: What :func:`char_kinds` calls a whitespace character, one of *noise*, and any other.
SPACE, NOISE, SOLID = 0, 1, 2


def kinds_table(noise: re.Pattern[str]) -> Any:
    """``table[c]``: the kind of the character of code *c* (:data:`SPACE`, :data:`NOISE` for
    one that *noise* matches, else :data:`SOLID`), for every code up to U+FFFF and, last, one
    for all codes past it (no whitespace character, and no noise if *noise* matches none)."""
    table = numpy.full(0x10001, SOLID, numpy.uint8)
    table[: len(_SOLID) - 1][~_SOLID[:-1]] = SPACE
    table[[ord(c) for c in noise.findall("".join(map(chr, range(0x10000))))]] = NOISE
    return table


def char_kinds(text: str, table: Any) -> Any:
    """The kind of each character of *text* by *table* (:func:`kinds_table`), a NumPy array."""
    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), numpy.uint32)
    return table[numpy.minimum(codes, len(table) - 1)]


class _Sharing(dict[str, str]):
    """The word objects of one text when the cache is full: a word the cache holds is its
    object (the text's cached runs hold it), another is the text's first equal one."""

    def __init__(self, held: dict[str, str]) -> None:
        super().__init__()
        self.held = held

    def setdefault(self, word: str, default: str) -> str:
        """*word*'s shared object (*default* is *word*, as ``dict.setdefault`` is called)."""
        return self.held.get(word) or super().setdefault(word, default)


class _Either(Container[str]):
    """Membership in either of two sets (a full cache's runs and a text's new ones)."""

    def __init__(self, held: set[str], new: set[str]) -> None:
        self.held = held
        self.new = new

    def __contains__(self, run: object) -> bool:
        return run in self.held or run in self.new


class RunCache:
    """The tokens of up to *size* distinct runs of up to *longest* characters, by run, as
    *tokenizer* (spaCy's) splits them (the first runs seen: once full, it keeps what it has; a
    text with a longer run keeps none of its new runs). Equal words are one string object."""

    def __init__(self, tokenizer: Any, size: int, longest: int = 1 << 30) -> None:
        self.tokenizer = tokenizer
        self.size = size
        self.longest = longest
        self.runs: dict[str, Words] = {}
        # the runs whose last token may open a pair of a pattern (:func:`special_patterns`) and
        # those whose first may close one, taking a word a merge may have made for its split's
        # last or first token too (about one run in six and one in seventy)
        self.opening: set[str] = set()
        self.closing: set[str] = set()
        self.words: dict[str, str] = {}
        self.pairs, self.merged = special_patterns(tokenizer)
        self.pair_firsts = frozenset(first for first, _ in self.pairs)
        self.pair_seconds = frozenset(second for _, second in self.pairs)

    def tokens(
        self,
        clean: str,
        runs: list[str] | None = None,
        got: list[Words | None] | None = None,
        kinds: Any = None,
    ) -> tuple[array[int], array[int], tuple[str, ...]] | None:
        """The start and end offsets (``array('i')``: for a text shorter than 2**31) and the
        words of the tokens of *clean* that are not whitespace, as the tokenizer gives them;
        None when the matcher could see a match that spans a space (see the module docstring).
        *runs* is ``clean.split()``, *got* ``list(map(self.runs.get, runs))`` and *kinds* its
        characters' kinds (:func:`char_kinds`, no noise) when the caller has them."""
        if runs is None:
            runs = clean.split()  # (the runs, as the tokenizer cuts them)
        if got is None:
            got = list(map(self.runs.get, runs))
        opening: Container[str] = self.opening
        closing: Container[str] = self.closing
        if not all(got):  # (a run's words are a tuple of one word or more: None is the only false)
            made, opening, closing = self._made(
                list(dict.fromkeys(r for r, e in zip(runs, got, strict=True) if e is None))
            )
            got = [made[r] if e is None else e for r, e in zip(runs, got, strict=True)]
        entries: list[Words] = got  # type: ignore[assignment]  # (every run has its words now)
        at = _solid_offsets(clean) if kinds is None else numpy.flatnonzero(kinds == SOLID)
        if self._spans_a_space(clean, at, runs, entries, opening=opening, closing=closing):
            return None
        words = tuple(chain.from_iterable(entries))
        # the runs joined are the characters at *at*, and a run's tokens spell it: a token's
        # first and last character are the ones at the sum of the lengths before it (and less one)
        try:  # (a token is no longer than its run: one byte a length, when runs are short)
            lengths = numpy.frombuffer(bytes(map(len, words)), numpy.uint8).astype(numpy.intp)
        except ValueError:  # (a run longer than 255 characters: a text not made by analysis_text)
            lengths = numpy.fromiter(map(len, words), numpy.intp, len(words))
        after = numpy.cumsum(lengths)
        starts = at[after - lengths].astype(numpy.intc)
        ends = (at[after - 1] + 1).astype(numpy.intc)
        return array("i", starts.tobytes()), array("i", ends.tobytes()), words

    def _spans_a_space(
        self,
        clean: str,
        at: Any,
        runs: list[str],
        entries: list[Words],
        *,
        opening: Container[str],
        closing: Container[str],
    ) -> bool:
        """Do two runs one space apart end and open with two neighbouring tokens of a special
        case's split (taking a merged word for its split's first or last token too)? *at*: the
        offsets of the characters of *clean* that are not whitespace; *opening* and *closing*
        hold the runs whose last token may open a pair and whose first may close one."""
        # (a C loop finds the runs whose first token may close a pair, about one in seventy)
        places = compress(count(), map(closing.__contains__, runs))
        pairs = [k for k in places if k and runs[k - 1] in opening]
        if not pairs:
            return False
        # the index in *at* of the first character of each run but the first (a gap in *at*)
        firsts = numpy.flatnonzero(numpy.diff(at) > 1) + 1
        for k in pairs:  # (run k - 1 opens a pair, run k closes one)
            j = int(firsts[k - 1])
            end = int(at[j - 1]) + 1
            if int(at[j]) == end + 1 and clean[end] == " " and self._may_match(entries[k - 1], entries[k]):
                return True
        return False

    def _may_match(self, left: Words, right: Words) -> bool:
        """Could a pattern match the last tokens of run *left* and the first of run *right*
        (their words) before any merge? A word at either edge that a merge may have made is
        read both as it is and as its split; where another such word stands in the way, or the
        pattern reaches past either run, the answer is yes."""
        merged = self.merged
        tails = [left]
        if left[-1] in merged:
            tails.append(left[:-1] + merged[left[-1]])
        heads = [right]
        if right[0] in merged:
            heads.append(merged[right[0]] + right[1:])
        for tail in tails:
            for head in heads:
                for pattern, i in self.pairs.get((tail[-1], head[0]), ()):
                    before, after = pattern[: i + 1], pattern[i + 1 :]
                    if len(before) > len(tail) or len(after) > len(head):
                        return True
                    ours = tail[len(tail) - len(before) :] + head[: len(after)]
                    others = ours[: len(before) - 1] + ours[len(before) + 1 :]  # (not the two edges)
                    if ours == pattern or any(w in merged for w in others):
                        return True
        return False

    def _made(self, missing: list[str]) -> tuple[dict[str, Words], Container[str], Container[str]]:
        """The words of the *missing* runs (distinct), tokenised in one call, one to a line,
        and the runs that may open and close a pair, these among them; kept in the cache while
        it has room (a full cache keeps what it has, as spaCy's does: the runs seen first are
        the frequent ones), and when none is longer than ``longest`` characters."""
        joined = "\n".join(missing)
        table = self.tokenizer(joined).to_array([IDX, LENGTH, IS_SPACE])
        table = table[table[:, 2] == 0]  # (the line breaks between the runs)
        idx, lengths = table[:, 0].tolist(), table[:, 1].tolist()
        keep = len(self.runs) + len(missing) <= self.size and max(map(len, missing)) <= self.longest
        share = self.words.setdefault if keep else _Sharing(self.words).setdefault
        made: dict[str, Words] = {}
        opening = self.opening if keep else set()
        closing = self.closing if keep else set()
        k, n, pos = 0, len(idx), 0
        for run in missing:
            end = pos + len(run)
            first = k
            while k < n and idx[k] < end:
                k += 1
            if k - first == 1:  # (most runs: one token, the run itself)
                words: Words = (share(run, run),)
            else:
                words = tuple(
                    share(w, w) for w in [joined[idx[j] : idx[j] + lengths[j]] for j in range(first, k)]
                )
            made[run] = words
            opens, closes = self._edges(words)
            if opens:
                opening.add(run)
            if closes:
                closing.add(run)
            pos = end + 1
        if keep:
            self.runs.update(made)
            return made, opening, closing
        return made, _Either(self.opening, opening), _Either(self.closing, closing)

    def _edges(self, words: Words) -> tuple[bool, bool]:
        """Whether the last of *words* may open a pair (as it is, or the last token of its split
        when a merge may have made it) and whether the first may close one."""
        last, first = words[-1], words[0]
        opens = last in self.pair_firsts or (
            last in self.merged and self.merged[last][-1] in self.pair_firsts
        )
        closes = first in self.pair_seconds or (
            first in self.merged and self.merged[first][0] in self.pair_seconds
        )
        return opens, closes
