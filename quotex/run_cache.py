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

from array import array
from itertools import chain, compress, count, pairwise
from operator import itemgetter
from typing import Any

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH

#: ``_SOLID[c]``: is the character of code *c* no whitespace (``str.isspace``, which both
#: spaCy's tokenizer and ``str.split`` cut at)? Every code past the table's end (U+3000) is none.
_SOLID = numpy.array([not chr(c).isspace() for c in range(0x3001)] + [True])
_WORDS = itemgetter(0)
_CLOSES = itemgetter(2)

#: A run's tokens: their words (which spell the run: their offsets follow from their lengths),
#: and whether its last token may open a pair of a pattern (:func:`special_patterns`) and its
#: first may close one (1 or 0), taking a word a merge may have made for its split's last or
#: first token too.
Entry = tuple[tuple[str, ...], int, int]


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


class _Sharing(dict[str, str]):
    """The word objects of one text when the cache is full: a word the cache holds is its
    object (the text's cached runs hold it), another is the text's first equal one."""

    def __init__(self, held: dict[str, str]) -> None:
        super().__init__()
        self.held = held

    def setdefault(self, word: str, default: str) -> str:
        """*word*'s shared object (*default* is *word*, as ``dict.setdefault`` is called)."""
        return self.held.get(word) or super().setdefault(word, default)


class RunCache:
    """The tokens of up to *size* distinct runs, by run, as *tokenizer* (spaCy's) splits them
    (the first runs seen: once full, it keeps what it has). Equal words are one string object."""

    def __init__(self, tokenizer: Any, size: int) -> None:
        self.tokenizer = tokenizer
        self.size = size
        self.runs: dict[str, Entry] = {}
        self.words: dict[str, str] = {}
        self.pairs, self.merged = special_patterns(tokenizer)
        self.pair_firsts = frozenset(first for first, _ in self.pairs)
        self.pair_seconds = frozenset(second for _, second in self.pairs)

    def tokens(
        self, clean: str, runs: list[str] | None = None
    ) -> tuple[array[int], array[int], tuple[str, ...]] | None:
        """The start and end offsets (``array('i')``: for a text shorter than 2**31) and the
        words of the tokens of *clean* that are not whitespace, as the tokenizer gives them;
        None when the matcher could see a match that spans a space (see the module docstring).
        *runs* is ``clean.split()`` when the caller has it."""
        if runs is None:
            runs = clean.split()  # (the runs, as the tokenizer cuts them)
        got = list(map(self.runs.get, runs))
        if None in got:
            made = self._made(list(dict.fromkeys(r for r, e in zip(runs, got, strict=True) if e is None)))
            got = [made[r] if e is None else e for r, e in zip(runs, got, strict=True)]
        entries: list[Entry] = got  # type: ignore[assignment]  # (every run has its entry now)
        at = _solid_offsets(clean)
        if self._spans_a_space(clean, at, runs, entries):
            return None
        words = tuple(chain.from_iterable(map(_WORDS, entries)))
        # the runs joined are the characters at *at*, and a run's tokens spell it: a token's
        # first and last character are the ones at the sum of the lengths before it (and less one)
        lengths = numpy.fromiter(map(len, words), numpy.intp, len(words))
        after = numpy.cumsum(lengths)
        starts = at[after - lengths].astype(numpy.intc)
        ends = (at[after - 1] + 1).astype(numpy.intc)
        return array("i", starts.tobytes()), array("i", ends.tobytes()), words

    def _spans_a_space(self, clean: str, at: Any, runs: list[str], entries: list[Entry]) -> bool:
        """Do two runs one space apart end and open with two neighbouring tokens of a special
        case's split (taking a merged word for its split's first or last token too)? *at*: the
        offsets of the characters of *clean* that are not whitespace."""
        # (a C loop finds the runs whose first token may close a pair, about one in seventy)
        closing = [k for k in compress(count(), map(_CLOSES, entries)) if k and entries[k - 1][1]]
        if not closing:
            return False
        after = numpy.cumsum(numpy.fromiter(map(len, runs), numpy.intp, len(runs)))
        for k in closing:  # (run k - 1 opens a pair, run k closes one)
            end = int(at[after[k - 1] - 1]) + 1
            if (
                int(at[after[k - 1]]) == end + 1
                and clean[end] == " "
                and self._may_match(entries[k - 1], entries[k])
            ):
                return True
        return False

    def _may_match(self, left: Entry, right: Entry) -> bool:
        """Could a pattern match the last tokens of run *left* and the first of run *right*
        before any merge? A word at either edge that a merge may have made is read both as
        it is and as its split; where another such word stands in the way, or the pattern
        reaches past either run, the answer is yes."""
        merged = self.merged
        tails = [left[0]]
        if left[0][-1] in merged:
            tails.append(left[0][:-1] + merged[left[0][-1]])
        heads = [right[0]]
        if right[0][0] in merged:
            heads.append(merged[right[0][0]] + right[0][1:])
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

    def _made(self, missing: list[str]) -> dict[str, Entry]:
        """The entries of the *missing* runs (distinct), tokenised in one call, one to a line;
        kept in the cache while it has room (a full cache keeps what it has, as spaCy's does:
        the runs seen first are the frequent ones)."""
        joined = "\n".join(missing)
        table = self.tokenizer(joined).to_array([IDX, LENGTH, IS_SPACE])
        table = table[table[:, 2] == 0]  # (the line breaks between the runs)
        idx, lengths = table[:, 0].tolist(), table[:, 1].tolist()
        keep = len(self.runs) + len(missing) <= self.size
        share = self.words.setdefault if keep else _Sharing(self.words).setdefault
        made: dict[str, Entry] = {}
        k, n, pos = 0, len(idx), 0
        for run in missing:
            end = pos + len(run)
            first = k
            while k < n and idx[k] < end:
                k += 1
            if k - first == 1:  # (most runs: one token, the run itself)
                words: tuple[str, ...] = (share(run, run),)
            else:
                words = tuple(
                    share(w, w) for w in [joined[idx[j] : idx[j] + lengths[j]] for j in range(first, k)]
                )
            made[run] = (words, *self._edges(words))
            pos = end + 1
        if keep:
            self.runs.update(made)
        return made

    def _edges(self, words: tuple[str, ...]) -> tuple[int, int]:
        """Whether the last of *words* may open a pair (as it is, or the last token of its split
        when a merge may have made it) and whether the first may close one (1 or 0)."""
        last, first = words[-1], words[0]
        opens = last in self.pair_firsts or (
            last in self.merged and self.merged[last][-1] in self.pair_firsts
        )
        closes = first in self.pair_seconds or (
            first in self.merged and self.merged[first][0] in self.pair_seconds
        )
        return int(opens), int(closes)
