"""Stage 1, tokens: text (or a spaCy ``Doc``) -> :class:`Tokens`.

Input: a ``str`` (tokenised with spaCy's rule-based English tokenizer, no
model needed) or a processed ``Doc`` from any spaCy pipeline.
Output: one :class:`Tokens` table of parallel tuples: character offsets and
word strings, plus the pipeline's tags, dependency heads and labels and
entity labels when the ``Doc`` has them (empty tuples when it does not).

The later stages read only this table, so they can be tested on tables
built by hand or from ``Doc(vocab, words=..., heads=..., deps=..., ents=...)``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import regex
import spacy
from attrs import field, frozen
from spacy.attrs import IDX, IS_SPACE, LENGTH

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MAX_RUN", "Tokens", "analysis_text", "blank_tokenizer_nlp", "from_doc", "tokenize"]


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class Tokens:
    """The token table of one text.

    ``starts[i]``/``ends[i]`` are the offsets of token *i* in ``text``;
    ``words[i] == text[starts[i]:ends[i]]``. Optional annotation, each either
    empty or one entry per token: ``tags`` (fine POS tags), ``deps``
    (dependency labels), ``heads`` (index of the head token; the root points
    to itself), ``ents`` (entity label, ``""`` outside entities) and
    ``ent_starts`` (True where an entity begins).
    """

    text: str
    starts: tuple[int, ...] = field(converter=_tuple)
    ends: tuple[int, ...] = field(converter=_tuple)
    words: tuple[str, ...] = field(converter=_tuple)
    tags: tuple[str, ...] = field(default=(), converter=_tuple)
    deps: tuple[str, ...] = field(default=(), converter=_tuple)
    heads: tuple[int, ...] = field(default=(), converter=_tuple)
    ents: tuple[str, ...] = field(default=(), converter=_tuple)
    ent_starts: tuple[bool, ...] = field(default=(), converter=_tuple)

    def __len__(self) -> int:
        return len(self.words)

    @property
    def has_parse(self) -> bool:
        """True when dependency heads and labels are present."""
        return bool(self.deps)

    @property
    def has_ents(self) -> bool:
        """True when named-entity labels are present."""
        return bool(self.ents)

    @property
    def has_tags(self) -> bool:
        """True when part-of-speech tags are present."""
        return bool(self.tags)


@functools.lru_cache(maxsize=1)
def blank_tokenizer_nlp() -> Language:
    """spaCy's blank English pipeline (tokenizer only), loaded once per process."""
    return spacy.blank("en")


def load_pipeline(name: str) -> Language:
    """``spacy.load(name)`` (a package name or a path); ValueError naming it when it cannot be loaded."""
    try:
        return spacy.load(name)
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot load the spaCy pipeline {name!r}: {exc}") from exc


#: Characters that only get in the way: lone surrogates (spaCy cannot encode
#: them), control characters, the byte-order mark and zero-width marks. (The
#: standard library's ``re`` scans this one character class five times faster
#: than ``regex``, and it runs over every text.)
_NOISE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b-\u200d\u2060]")
#: Unbroken runs longer than this are cut for the tokenizer, whose affix
#: splitting is quadratic in the length of one whitespace-free run.
MAX_RUN = 200
_LONG_RUN = regex.compile(r"\S{" + str(MAX_RUN + 1) + ",}")


def analysis_text(text: str) -> str:
    """*text* with the same length and offsets, made safe to tokenise.

    Noise characters become spaces, and every :data:`MAX_RUN`-th character of a
    longer whitespace-free run becomes a space, so tokenising stays linear.
    Offsets into the result are offsets into *text*.
    """
    if _NOISE.search(text) is not None:
        text = _NOISE.sub(" ", text)
    # the common case first: no long run (str.split is several times faster than the regex)
    if max(map(len, text.split()), default=0) <= MAX_RUN:
        return text
    chars = list(text)
    for m in _LONG_RUN.finditer(text):
        for k in range(m.start() + MAX_RUN, m.end(), MAX_RUN):
            chars[k] = " "
    return "".join(chars)


def tokenize(text: str, *, nlp: Language | None = None) -> Tokens:
    """Tokenise *text* with *nlp* (default: spaCy's blank English tokenizer only).

    The tokenizer sees :func:`analysis_text` (same offsets); the words are
    slices of *text* itself.
    """
    clean = analysis_text(text)
    if nlp is None:
        return from_doc(blank_tokenizer_nlp().tokenizer(clean), annotated=False, text=text)
    if len(text) >= nlp.max_length:
        # A pipeline refuses texts over max_length; the tokenizer alone does not.
        return from_doc(nlp.tokenizer(clean), annotated=False, text=text)
    return from_doc(nlp(clean), text=text)


def from_doc(doc: Doc, *, annotated: bool = True, text: str | None = None) -> Tokens:
    """The token table of a spaCy ``Doc``, keeping the annotation it has.

    ``annotated=False`` skips looking for annotation (a tokenizer-only ``Doc``
    has none, and the look costs a pass over every token). *text* is the
    ``Doc``'s text when the caller has it (``doc.text`` rebuilds it).
    """
    if text is None:
        text = doc.text
    n = len(doc)
    if n == 0:
        return Tokens(text, (), (), ())
    arr = doc.to_array([IDX, LENGTH, IS_SPACE])
    # whitespace tokens ("\n\n", double spaces) are dropped: the gaps between
    # the kept tokens still show paragraph breaks to the sentence splitter
    spaces = arr[:, 2]
    if spaces.any():
        keep = (spaces == 0).nonzero()[0].tolist()
        arr = arr[spaces == 0]
    else:
        keep = list(range(n))
    starts = arr[:, 0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist()
    words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    tags: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    ents: list[str] = []
    ent_starts: list[bool] = []
    if not annotated:
        return Tokens(text, starts, ends, words)
    if doc.has_annotation("TAG"):
        tags = [doc[i].tag_ for i in keep]
    if doc.has_annotation("DEP"):
        new_index = {old: new for new, old in enumerate(keep)}
        deps = [doc[i].dep_ for i in keep]
        heads = [new_index.get(doc[i].head.i, new) for new, i in enumerate(keep)]
    if doc.has_annotation("ENT_IOB"):
        ents = [doc[i].ent_type_ for i in keep]
        ent_starts = [doc[i].ent_iob_ == "B" for i in keep]
    return Tokens(text, starts, ends, words, tags, deps, heads, ents, ent_starts)
