"""The stage's entry points.

:func:`resolve_speakers`: attributions -> :class:`Resolved` rows, one canonical
:class:`~quotex.records.Speaker` per entity (with a document-local ``id``) and the path that
resolved it; :func:`quote_records`: rows -> the public :class:`~quotex.records.Quote` records;
:func:`build_records` composes the two.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import frozen

from quotex.attributions import Attribution
from quotex.confidence import rule_confidence
from quotex.entities import Entity, build_entities
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.mentions import Mention
from quotex.records import Quote, QuoteKind, Span, Speaker, trusted_quote, trusted_span
from quotex.sentences import Sentence
from quotex.speakers.beat_joins import beat_joins
from quotex.speakers.later_posts import later_posts
from quotex.speakers.salience import Resolver, holds
from quotex.speakers.sources import resolve_source
from quotex.tokens import Tokens

#: How a source was resolved to its speaker (``Quote.resolution``), see docs/rules.md.
RESOLUTIONS = (
    "name",
    "apposition",
    "pronoun_sentence",
    "pronoun_paragraph",
    "pronoun_far",
    "nominal",
    "document",
    "description",
    "carryover",
    "relation",
)


@frozen
class Resolved:
    """One attribution with its speaker resolved: what a :class:`~quotex.records.Quote` is
    made of. The source and cue are already the records' :class:`~quotex.records.Span` s
    (character offsets: no token table is needed any more)."""

    parts: tuple[tuple[int, int], ...]
    speaker: Speaker | None
    resolution: str | None
    source: Span | None
    cue: Span | None
    rule: str
    kind: QuoteKind


def build_records(
    tokens: Tokens,
    attributions: Sequence[Attribution],
    mentions: Sequence[Mention] = (),
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
    sentences: Sequence[Sentence] = (),
) -> list[Quote]:
    """Resolve each attribution's speaker and build the public records.

    *sentences* (stage 3) give the resolver sentence distances; without them a
    paragraph counts as one sentence. The composition of :func:`resolve_speakers`
    and :func:`quote_records`.
    """
    resolved = resolve_speakers(tokens, attributions, mentions, lexicon=lexicon, sentences=sentences)
    return quote_records(tokens.text, resolved)


def resolve_speakers(
    tokens: Tokens,
    attributions: Sequence[Attribution],
    mentions: Sequence[Mention] = (),
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
    sentences: Sequence[Sentence] = (),
    lows: Sequence[str] | None = None,
) -> list[Resolved]:
    """Each attribution's speaker, in text order, without those that overlap an earlier one.
    *lows*: the words in lower case, when the caller has them (:func:`~quotex.mentions.words.lower_words`).

    The first half of :func:`build_records`: its output needs neither the token table
    nor the attributions, mentions and sentences, so a caller can let them go before
    the records are made.
    """
    quoted = _quoted_mentions(
        [m.start for m in mentions], [a.parts for a in attributions if a.kind is QuoteKind.DIRECT]
    )
    res = Resolver(
        tokens, mentions, build_entities(tokens, mentions, sentences, quoted), lexicon, quoted, lows=lows
    )
    # per attribution, as parallel lists (a tuple each would cost more than what it holds):
    # the speaker's entity (-1 when none), how it was resolved, the source tokens
    entities: list[int] = []
    paths: list[str | None] = []
    sources: list[tuple[int, int] | None] = []
    for att in attributions:
        e = -1
        path: str | None = None
        source = att.source
        if att.antecedent >= 0 and att.antecedent < len(entities):
            e = entities[att.antecedent]
            path = "carryover" if e >= 0 else None
        elif source is not None and (k := _relative_antecedent(tokens.words, source, sources)) >= 0:
            e, path = entities[k], "pronoun_sentence"  # '"C," said a Democrat close to her, who asked'
        elif source is not None:
            known = _beat_pronoun_gender(att, tokens.words, source)
            before = res.ents[:] if known is not None else res.ents
            source, e, path = resolve_source(res, att, source, lexicon=lexicon)
            if e >= 0 and known is not None and not _beat_person(res, before, e, known, source[0]):
                res.ents[e] = before[e]  # (what resolving the pronoun taught it is unlearnt)
                e = -1
            if (
                e >= 0
                and att.rule == "narrative_beat"
                and not _beat_description(res, e, tokens.words, source)
            ):
                e = -1
        if e >= 0 and _pronoun_named(res.ents[e].name):
            e = -1  # (a pronoun is never a name: 'at 9 a.m. He said' read as one sentence)
        entities.append(e)
        paths.append(path if e >= 0 else None)
        sources.append(source)
    # the records are made once every source is resolved: an entity a later source showed to be
    # a body ('"C," it said', 'the company added') is one in every quote of it
    later_posts(res, attributions, entities, lexicon)  # ('"C," NAME said. She is the X at Y.')
    speakers = [res.speaker_of(e) if e >= 0 else None for e in entities]
    for i, att in enumerate(attributions):  # (a beat tells a person's words, never a body's)
        if att.rule == "narrative_beat" and (sp := speakers[i]) is not None and sp.kind != "person":
            speakers[i], paths[i] = None, None
    del res, mentions  # (the entity table: the rows below need none of it)
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    joined = beat_joins(attributions, entities, starts, text)  # (None: joined into the quote before)
    live = [(i, one) for i, one in enumerate(joined) if one is not None]
    del entities
    shared: dict[str, str] = {}  # each cue and source text once ('said', 'he')
    rows: list[Resolved] = []
    for k in _without_overlaps([one.parts for _, one in live]):
        i, att = live[k]
        source = sources[i]
        rows.append(
            Resolved(
                att.parts,
                speakers[i],
                paths[i],
                None if source is None else _shared_span(text, starts[source[0]], ends[source[1]], shared),
                None if att.cue is None else _shared_span(text, *att.cue, shared),
                att.rule,
                att.kind,
            )
        )
    return rows


def quote_records(text: str, resolved: Sequence[Resolved]) -> list[Quote]:
    """The public records of *resolved* (from :func:`resolve_speakers`) in *text*.

    A one-part quote's part shares the quote's text (one string, not two).
    """
    return [_record(text, row) for row in resolved]


#: Personal pronouns of the third person, subject and object, as a capitalised
#: word may show them ('He'): never a speaker's name.
PERSONAL_PRONOUN_NAMES = frozenset("he she him her they them".split())


def _pronoun_named(name: str) -> bool:
    """Is *name* a personal pronoun alone ('He', 'She', 'They')? A name never is."""
    return name.lower() in PERSONAL_PRONOUN_NAMES


#: The gender each pronoun subject of a narrative beat names.
BEAT_PRONOUN_GENDER = {"he": "m", "she": "f"}
#: How many paragraphs before a beat's own a rival antecedent of its pronoun may be named in.
BEAT_RIVAL_PARAGRAPHS = 1


def _beat_pronoun_gender(att: Attribution, words: Sequence[str], source: tuple[int, int]) -> str | None:
    """The gender a narrative beat's pronoun source names (*he*: "m", *she*: "f"), else None."""
    if att.rule != "narrative_beat" or source[0] != source[1]:
        return None
    return BEAT_PRONOUN_GENDER.get(words[source[0]].lower())


def _beat_person(res: Resolver, before: Sequence[Entity], e: int, gender: str, at: int) -> bool:
    """May a narrative beat's *he*/*she* (of *gender*, at token *at*) name entity *e*? When its
    gender (*before* the pronoun was resolved) agrees; when it is unknown, only if no other
    person mentioned before *at* could be meant (gender unknown or agreeing): a beat is weaker
    evidence than a cue, so the resolver's guess between two people is not taken. Rivals are
    mentioned in the beat's paragraph or the one before it (:data:`BEAT_RIVAL_PARAGRAPHS`)."""
    known = before[e].gender
    if known is not None:
        return known == gender
    par = res.table.locate(at)[1]
    starts = res.mention_starts
    hi = bisect.bisect_left(starts, at)
    lo = hi
    while lo > 0 and res.where(lo - 1)[1] >= par - BEAT_RIVAL_PARAGRAPHS:
        lo -= 1  # (the mentions of the window: this paragraph and the one before)
    for k, ent in enumerate(before):
        if k == e or ent.kind != "person" or ent.gender not in (None, gender):
            continue
        own = ent.mentions  # (in text order)
        window = own[bisect.bisect_left(own, lo) : bisect.bisect_left(own, hi)]
        if any(m not in res.quoted for m in window):
            return False  # (a rival named outside quotations: not the speaker's own *I*)
    return True


def _beat_description(res: Resolver, e: int, words: Sequence[str], source: tuple[int, int]) -> bool:
    """May a narrative beat's source name entity *e*? A name or a pronoun may (checked apart); a
    description (*the fire chief*) only an entity with a title that holds its head noun: a beat
    is weaker evidence than a cue, so the resolver's nearest person is not taken for it."""
    head = words[source[1]]
    if not (head.isalpha() and head.islower()) or head in BEAT_PRONOUN_GENDER:
        return True  # (a name, or 'he'/'she' after a fronted clause: 'Asked about X, she smiled')
    return any(holds(title, head.lower()) for title in res.ents[e].titles)


def _relative_antecedent(
    words: Sequence[str], source: tuple[int, int], sources: Sequence[tuple[int, int] | None]
) -> int:
    """The index of the attribution whose source is the antecedent of relative pronoun
    *source* (', who asked ...'): the previous source, when it ends just before the comma
    that sets the relative off; else -1."""
    a, b = source
    if a != b or a < 2 or words[a].lower() not in ("who", "which") or words[a - 1] != ",":
        return -1
    k = len(sources) - 1
    prev = sources[k] if k >= 0 else None
    return k if prev is not None and prev[1] == a - 2 else -1


def _without_overlaps(parts: Sequence[Sequence[tuple[int, int]]]) -> list[int]:
    """Indexes, in text order, of the attributions (given by their *parts*) that do not
    overlap an earlier kept one."""
    spans = sorted(
        (ps[0][0], ps[0][1], i) if len(ps) == 1 else (min(p[0] for p in ps), max(p[1] for p in ps), i)
        for i, ps in enumerate(parts)
    )  # (one part, the common case: its own bounds, without two generators)
    kept: list[int] = []
    last_end = -1
    for start, end, i in spans:
        if kept and start < last_end:
            continue
        kept.append(i)
        last_end = end
    return kept


def _record(text: str, row: Resolved) -> Quote:
    """The :class:`Quote` of *row*: its parts merged where they overlap."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(row.parts):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    start, end = merged[0][0], merged[-1][1]
    quote_text = text[start:end]
    if len(merged) == 1:
        parts: tuple[Span, ...] = (trusted_span(start, end, quote_text),)
    else:
        parts = tuple(trusted_span(s, e, text[s:e]) for s, e in merged)
    conf = rule_confidence(row.rule, row.kind, row.speaker is not None, row.resolution)
    # (the records are valid by construction: made without their validators, thousands a text)
    return trusted_quote(
        quote_text,
        start,
        end,
        kind=row.kind,
        parts=parts,
        speaker=row.speaker,
        source=row.source,
        cue=row.cue,
        confidence=conf,
        rule=row.rule,
        resolution=row.resolution,
    )


def _shared_span(text: str, start: int, end: int, shared: dict[str, str]) -> Span:
    """``Span.from_text(text, start, end)`` whose text is the one object of *shared* equal to it."""
    piece = text[start:end]
    return trusted_span(start, end, shared.setdefault(piece, piece))


def _quoted_mentions(offsets: Sequence[int], quotes: Sequence[Sequence[tuple[int, int]]]) -> frozenset[int]:
    """Indexes of the mentions whose start offset (*offsets*, ascending) lies inside a part of
    one of the direct quotations *quotes*: one bisect a part, linear in what they hold."""
    out: set[int] = set()
    for parts in quotes:
        for start, end in parts:
            k = bisect.bisect_left(offsets, start)
            while k < len(offsets) and offsets[k] < end:
                out.add(k)
                k += 1
    return frozenset(out)
