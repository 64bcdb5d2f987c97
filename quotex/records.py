"""Public records: what :func:`quotex.extract_quotes` returns.

Input: nothing (these are plain data types). Output: the frozen attrs classes
:class:`Span`, :class:`Speaker`, :class:`Quote` and the :class:`QuoteKind` enum,
plus :meth:`Quote.to_dict` / :meth:`Quote.from_dict` for JSON.

Every record is immutable (``attrs.frozen``); use ``attrs.evolve`` for a changed
copy. Offsets are half-open Python ``str`` indices into the analysed text, so
``text[q.start:q.end] == q.text`` holds for every quote, part, source and cue.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import field, frozen

__all__ = ["SPEAKER_KINDS", "Quote", "QuoteKind", "Span", "Speaker"]

#: The allowed values of :attr:`Speaker.kind`.
SPEAKER_KINDS = ("person", "organization", "other")


class QuoteKind(str, enum.Enum):
    """How a quotation reports its content.

    ``DIRECT``: every word of the content is inside quotation marks.
    ``MIXED``: a reported clause that contains quoted fragments.
    ``INDIRECT``: a paraphrase with no quotation marks.
    """

    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return self.value


def _check_offsets(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be an int, got {value!r}")
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _check_str(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if type(value) is not str and not isinstance(value, str):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be a str, got {value!r}")


def _check_span(instance: Span | Quote) -> None:
    if instance.end < instance.start:
        raise ValueError(
            f"{type(instance).__name__} needs start <= end, got {instance.start} > {instance.end}"
        )
    if len(instance.text) != instance.end - instance.start:
        raise ValueError(
            f"{type(instance).__name__}.text has {len(instance.text)} characters "
            f"but the offsets {instance.start}:{instance.end} cover {instance.end - instance.start}"
        )


@frozen(repr=False)
class Span:
    """A piece of the input: ``text == input[start:end]``."""

    start: int = field(validator=_check_offsets)
    end: int = field(validator=_check_offsets)
    text: str = field(validator=_check_str)

    def __attrs_post_init__(self) -> None:
        _check_span(self)

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        """``{"start": ..., "end": ..., "text": ...}``."""
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Inverse of :meth:`to_dict`."""
        return cls(data["start"], data["end"], data["text"])

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r})"


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected a str or None, got {value!r}")
    value = value.strip()
    return value or None


def _check_speaker_kind(instance: Speaker, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SPEAKER_KINDS:
        raise ValueError(f"Speaker.kind must be one of {SPEAKER_KINDS}, got {value!r}")


def _titles(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"Speaker.titles must be a sequence of str, got the single string {value!r}")
    out: list[str] = []
    for raw in value:
        t = _optional_str(raw)
        if t is not None and t not in out:
            out.append(t)
    return tuple(out)


def _default_titles(instance: Speaker) -> tuple[str, ...]:
    return () if instance.title is None else (instance.title,)


@frozen
class Speaker:
    """Who said it.

    ``name`` is canonical: the fullest name the article gives that person or
    body ("Maria Zakharova", "Ukraine's foreign ministry"). ``title`` is the
    speaker's role and affiliation as written, without a leading article
    ("Russian Foreign Ministry spokeswoman"), or ``None``: the one a
    fact-checker would print. ``titles`` is every title the article states for
    the speaker, in text order; ``title`` is always one of them (a ``title``
    missing from ``titles`` is put first, and no ``title`` means no ``titles``).
    ``kind`` is ``"person"``, ``"organization"`` or ``"other"``.
    ``id`` is document-local (``"s1"``, ``"s2"``, ... in order of first
    attribution): every quote of one speaker in an article carries the same
    ``Speaker`` with the same ``id``. It is not part of equality, so a
    ``Speaker`` built by hand compares equal to an extracted one.
    """

    name: str = field(validator=attrs.validators.instance_of(str))
    title: str | None = field(default=None, converter=_optional_str)
    kind: str = field(default="person", validator=_check_speaker_kind)
    id: str | None = field(default=None, eq=False, converter=_optional_str)
    titles: tuple[str, ...] = field(
        default=attrs.Factory(_default_titles, takes_self=True), converter=_titles
    )

    def __attrs_post_init__(self) -> None:
        # keep 'title is one of titles' true under attrs.evolve: a new title joins the list
        # first, no title means no titles
        if self.title is None and self.titles:
            object.__setattr__(self, "titles", ())
        elif self.title is not None and self.title not in self.titles:
            object.__setattr__(self, "titles", (self.title, *self.titles))

    def to_dict(self) -> dict[str, Any]:
        """``{"name": ..., "title": ..., "kind": ..., "id": ..., "titles": [...]}``."""
        return {
            "name": self.name,
            "title": self.title,
            "kind": self.kind,
            "id": self.id,
            "titles": list(self.titles),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        """Inverse of :meth:`to_dict` (``id`` and ``titles`` may be absent)."""
        title = data.get("title")
        titles = data.get("titles")
        return cls(
            data["name"],
            title,
            data.get("kind", "person"),
            id=data.get("id"),
            titles=titles if titles is not None else (() if title is None else (title,)),
        )


def _quote_kind(value: QuoteKind | str) -> QuoteKind:
    """``QuoteKind(value)``; a member is returned as it is (the enum call is slow)."""
    return value if type(value) is QuoteKind else QuoteKind(value)


def _span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _check_confidence(instance: Quote, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"Quote.confidence must be in [0, 1], got {value!r}")


def _span_or_none(data: Mapping[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


@frozen(repr=False)
class Quote:
    """One quotation and its attribution.

    ``text``/``start``/``end`` cover the whole content (from the first part's
    start to the last part's end, so a split quote's span includes the
    attribution between its parts). ``parts`` are the content pieces without
    that attribution: ``"A," he said, "B."`` has two parts. ``source`` is the
    mention that names the speaker for this quote ("he", "Sun"), ``cue`` the
    reporting expression ("said", "according to"). ``rule`` names the
    attribution rule that fired (see ``docs/rules.md``); ``resolution`` how the
    source was resolved to the speaker ("name", "apposition", "pronoun_sentence",
    "pronoun_paragraph", "pronoun_far", "nominal", "document", "description",
    "carryover", "relation"; None without a speaker); ``confidence`` is the measured precision
    of that rule and resolution.
    """

    text: str = field(validator=attrs.validators.instance_of(str))
    start: int = field(validator=_check_offsets)
    end: int = field(validator=_check_offsets)
    kind: QuoteKind = field(converter=_quote_kind)
    parts: tuple[Span, ...] = field(converter=_span_tuple)
    speaker: Speaker | None = None
    source: Span | None = None
    cue: Span | None = None
    confidence: float = field(default=0.5, converter=float, validator=_check_confidence)
    rule: str = "unattributed"
    resolution: str | None = None

    def __attrs_post_init__(self) -> None:
        _check_span(self)
        if not self.parts:
            raise ValueError("Quote.parts must hold at least one Span")
        if self.parts[0].start != self.start or self.parts[-1].end != self.end:
            raise ValueError("Quote.parts must start at Quote.start and end at Quote.end")

    def __repr__(self) -> str:
        who = self.speaker.name if self.speaker else None
        short = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"Quote({self.kind.value}, {short!r}, speaker={who!r}, {self.start}:{self.end})"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data; :meth:`from_dict` is its exact inverse."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "parts": [p.to_dict() for p in self.parts],
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "source": None if self.source is None else self.source.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "confidence": self.confidence,
            "rule": self.rule,
            "resolution": self.resolution,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict` output."""
        speaker = data.get("speaker")
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=QuoteKind(data["kind"]),
            parts=tuple(Span.from_dict(p) for p in data["parts"]),
            speaker=None if speaker is None else Speaker.from_dict(speaker),
            source=_span_or_none(data.get("source")),
            cue=_span_or_none(data.get("cue")),
            confidence=data.get("confidence", 0.5),
            rule=data.get("rule", "unattributed"),
            resolution=data.get("resolution"),
        )


_new = object.__new__
_set = object.__setattr__


def trusted_span(start: int, end: int, text: str) -> Span:
    """``Span(start, end, text)`` for a caller that made *text* as ``input[start:end]``
    (the pipeline: thousands a text), without running the validators; the same record."""
    span: Span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    _set(span, "text", text)
    return span


def trusted_quote(
    text: str,
    start: int,
    end: int,
    *,
    kind: QuoteKind,
    parts: tuple[Span, ...],
    speaker: Speaker | None,
    source: Span | None,
    cue: Span | None,
    confidence: float,
    rule: str,
    resolution: str | None,
) -> Quote:
    """The :class:`Quote` of these fields for a caller that keeps its invariants (the
    pipeline: *text* is ``input[start:end]``, *parts* are valid spans in order from *start*
    to *end*, *confidence* in [0, 1]), with the converters applied and the validators
    not run; the same record."""
    quote: Quote = _new(Quote)
    _set(quote, "text", text)
    _set(quote, "start", start)
    _set(quote, "end", end)
    _set(quote, "kind", _quote_kind(kind))
    _set(quote, "parts", _span_tuple(parts))
    _set(quote, "speaker", speaker)
    _set(quote, "source", source)
    _set(quote, "cue", cue)
    _set(quote, "confidence", float(confidence))
    _set(quote, "rule", rule)
    _set(quote, "resolution", resolution)
    return quote
