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
from typing import TYPE_CHECKING

from attrs import field, frozen

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Tokens", "blank_tokenizer_nlp", "from_doc", "tokenize"]


def _tuple(value: object) -> tuple[object, ...]:
    return tuple(value)  # type: ignore[call-overload, no-any-return]


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
    import spacy

    return spacy.blank("en")


def tokenize(text: str, *, nlp: Language | None = None) -> Tokens:
    """Tokenise *text* with *nlp* (default: spaCy's blank English tokenizer only)."""
    if nlp is None:
        return from_doc(blank_tokenizer_nlp().tokenizer(text))
    if len(text) >= nlp.max_length:
        # A pipeline refuses texts over max_length; the tokenizer alone does not.
        return from_doc(nlp.tokenizer(text))
    return from_doc(nlp(text))


def from_doc(doc: Doc) -> Tokens:
    """The token table of a spaCy ``Doc``, keeping the annotation it has."""
    from spacy.attrs import HEAD, IDX, LENGTH

    text = doc.text
    n = len(doc)
    if n == 0:
        return Tokens(text, (), (), ())
    arr = doc.to_array([IDX, LENGTH])
    starts = arr[:, 0].tolist()
    ends = [s + length for s, length in zip(starts, arr[:, 1].tolist())]
    words = [text[s:e] for s, e in zip(starts, ends)]
    tags: list[str] = []
    deps: list[str] = []
    heads: list[int] = []
    ents: list[str] = []
    ent_starts: list[bool] = []
    if doc.has_annotation("TAG"):
        tags = [t.tag_ for t in doc]
    if doc.has_annotation("DEP"):
        deps = [t.dep_ for t in doc]
        rel = doc.to_array([HEAD])
        heads = [i + int(h) for i, h in enumerate(rel.tolist())]
    if doc.has_annotation("ENT_IOB"):
        ents = [t.ent_type_ for t in doc]
        ent_starts = [t.ent_iob_ == "B" for t in doc]
    return Tokens(text, starts, ends, words, tags, deps, heads, ents, ent_starts)
