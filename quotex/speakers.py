"""Stage 6, speakers and records: attributions + mentions -> list[Quote].

Input: the token table, the attributions of stage 5 and the name mentions
of stage 4. Output: the public :class:`~quotex.records.Quote` records, each
with one canonical :class:`~quotex.records.Speaker` per person or body for
the whole article (the same object across quotes).

Resolution rules, in order, for a source mention:

* ``name``: a mention that holds a name takes that name's entity. Entities
  are built over the whole article: a full name starts one, a later single
  name joins the latest entity whose name holds it (``Sun`` -> ``Yun Sun``,
  ``Xi`` -> ``Xi Jinping``), and a later full name upgrades an earlier
  single one. The canonical name is the fullest; the title is the first one
  written at any mention (pre-modifier or apposition).
* ``pronoun``: *he*/*she* -> the latest speaker or person mention before it
  whose gender (from honorifics and gendered role words) does not clash.
* ``nominal``: *the analyst* -> the latest entity whose title holds that
  noun; a document (*the statement*, *the text of the article*) -> the
  latest speaker; otherwise the phrase itself names a body or group
  (*Ukraine's foreign ministry*, *two people familiar with the matter*).
* carry-over rules (split quotes, paragraph carry-over) take the speaker of
  the attribution they continue.

A source with a relative clause is read without it: *officials who spoke
with the Post* names the officials, not the Post.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions import Attribution
from quotex.confidence import rule_confidence
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.function_words import DOCUMENT_NOUNS, PRONOUNS
from quotex.mentions import Mention
from quotex.records import Quote, Span, Speaker
from quotex.tokens import Tokens

__all__ = ["build_records"]


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_ORG_HINT = frozenset(
    [
        "ministry",
        "department",
        "government",
        "administration",
        "office",
        "agency",
        "kremlin",
        "pentagon",
        "committee",
        "council",
        "commission",
        "campaign",
        "party",
        "company",
        "court",
        "police",
        "army",
        "embassy",
        "white",
        "house",
        "spokesman",
        "spokeswoman",
    ]
)


@attrs.define
class _Entity:
    name: str
    words: tuple[str, ...]
    title: str | None
    kind: str
    gender: str | None
    last_seen: int  # token index of the latest mention


def _clean_name(name: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[: -len(suffix)].rstrip()
    return name


def _entities(mentions: Sequence[Mention]) -> tuple[list[_Entity], list[int]]:
    """Cluster mentions into entities; return them and each mention's entity index."""
    ents: list[_Entity] = []
    of_mention: list[int] = []
    by_word: dict[str, list[int]] = {}
    for m in mentions:
        name = _clean_name(m.name)
        words = tuple(name.split())
        target = -1
        if len(words) == 1:
            for idx in reversed(by_word.get(words[0], [])):
                target = idx
                break
        else:
            for idx in reversed(by_word.get(words[-1], [])):
                cand = ents[idx]
                if cand.words == words or (len(cand.words) == 1 and m.kind == cand.kind):
                    target = idx
                    break
        if target < 0:
            ents.append(_Entity(name, words, m.title, m.kind, m.gender, m.first))
            target = len(ents) - 1
            for w in words:
                by_word.setdefault(w, []).append(target)
        else:
            ent = ents[target]
            if len(words) > len(ent.words) and all(w in words for w in ent.words):
                ent.name, ent.words = name, words
                for w in words:
                    if target not in by_word.setdefault(w, []):
                        by_word[w].append(target)
            if ent.title is None and m.title:
                ent.title = m.title
            if ent.gender is None:
                ent.gender = m.gender
            if m.kind == "person" and m.title:
                ent.kind = "person"
            ent.last_seen = m.first
        of_mention.append(target)
    return ents, of_mention


def build_records(
    tokens: Tokens,
    attributions: Sequence[Attribution],
    mentions: Sequence[Mention] = (),
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
) -> list[Quote]:
    """Resolve each attribution's speaker and build the public records."""
    text = tokens.text
    organization_nouns = lexicon.organization_nouns
    words = tokens.words
    ents, of_mention = _entities(mentions)
    speakers: dict[int, Speaker] = {}

    def speaker_of(e: int) -> Speaker:
        sp = speakers.get(e)
        if sp is None:
            ent = ents[e]
            kind = ent.kind if ent.kind in ("person", "organization") else "other"
            sp = speakers[e] = Speaker(ent.name, ent.title, kind)
        return sp

    mention_starts = [m.first for m in mentions]
    nominal_speakers: dict[str, Speaker] = {}
    resolved: list[Speaker | None] = []
    last_speaker: Speaker | None = None
    last_speaker_ent = -1
    out: list[tuple[Attribution, Speaker | None]] = []
    for att in attributions:
        sp: Speaker | None = None
        if att.antecedent >= 0 and att.antecedent < len(resolved):
            sp = resolved[att.antecedent]
        elif att.source is not None:
            a, b = _before_relative(words, *att.source)
            lo = bisect.bisect_left(mention_starts, a)
            hi = bisect.bisect_right(mention_starts, b)
            inside = [k for k in range(lo, hi) if mentions[k].last <= b]
            head = words[b].lower() if a == b else ""
            head = _POSSESSIVE_PRONOUNS.get(head, head)
            head_mention = _head_mention(words, a, b, [mentions[k] for k in inside])
            if head_mention >= 0:
                e = of_mention[inside[head_mention]]
                sp = speaker_of(e)
                last_speaker_ent = e
            elif head in PRONOUNS:
                e = _pronoun(
                    head,
                    a,
                    mentions=mentions,
                    of_mention=of_mention,
                    ents=ents,
                    last_speaker_ent=last_speaker_ent,
                    lo=lo,
                    skip=_mentions_within(tokens, mentions, att.parts, lo),
                )
                if e >= 0:
                    sp = speaker_of(e)
                    last_speaker_ent = e
            else:
                phrase = text[tokens.starts[a] : tokens.ends[b]]
                head_words = [w.lower() for w in words[a : b + 1] if w[:1].isalpha()]
                if (
                    any(w in DOCUMENT_NOUNS for w in head_words)
                    and last_speaker is not None
                    and not any(w in ("report", "reports", "poll", "survey", "study") for w in head_words)
                ):
                    sp = last_speaker
                else:
                    e = _nominal(head_words, ents, lo)
                    if e >= 0:
                        sp = speaker_of(e)
                        last_speaker_ent = e
                    else:
                        name = _strip_article(phrase.split(",")[0].strip())
                        if name:
                            key = name.lower()
                            sp = nominal_speakers.get(key)
                            if sp is None:
                                kind = (
                                    "organization"
                                    if any(w in _ORG_HINT or w in organization_nouns for w in head_words)
                                    else "other"
                                )
                                sp = nominal_speakers[key] = Speaker(name, None, kind)
        resolved.append(sp)
        if sp is not None:
            last_speaker = sp
        out.append((att, sp))

    records = [_record(tokens, att, sp) for att, sp in out]
    records.sort(key=lambda q: (q.start, q.end))
    return _drop_overlaps(records)


def _head_mention(words: Sequence[str], a: int, b: int, inside: Sequence[Mention]) -> int:
    """Which of the mentions inside source tokens a..b names the source?

    The source is cut at commas into segments ("Yun Sun | a China politics
    analyst at the Stimson Center in Washington"); the first segment that
    ends with a name gives the head ("the campaign manager | Jeff Weaver").
    A name that is only a possessor ("Ukraine's foreign ministry") is no head.
    """
    ends = {m.last: k for k, m in enumerate(inside)}
    seg_start = a
    k = a
    while k <= b + 1:
        if k == b + 1 or words[k] == ",":
            j = k - 1
            while j >= seg_start and not words[j][:1].isalnum():
                j -= 1
            # 'Jason Gilbert of Cheyenne': a name followed by a place phrase heads it
            for n, m in enumerate(inside):
                if seg_start <= m.first and m.last < j and words[m.last + 1].lower() in ("of", "from", "in"):
                    return n
            if j in ends:
                return ends[j]
            seg_start = k + 1
        k += 1
    return -1


def _before_relative(words: Sequence[str], a: int, b: int) -> tuple[int, int]:
    """Source tokens a..b without a relative clause: 'officials who spoke with the Post'
    names the officials, not the Post."""
    for k in range(a + 1, b + 1):
        if words[k].lower() in ("who", "whom", "whose"):
            end = k - 1
            while end > a and not words[end][:1].isalnum():
                end -= 1
            return a, end
    return a, b


def _strip_article(phrase: str) -> str:
    parts = phrase.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in ("a", "an", "the"):
        return parts[1]
    return phrase


def _pronoun(
    pronoun: str,
    at: int,
    *,
    mentions: Sequence[Mention],
    of_mention: Sequence[int],
    ents: Sequence[_Entity],
    last_speaker_ent: int,
    lo: int,
    skip: frozenset[int] = frozenset(),
) -> int:
    """Entity index for a pronoun at token *at*, or -1. Mentions in *skip* (those inside
    the quote being attributed: '"By June," he said') are no antecedents."""
    gender, number = PRONOUNS[pronoun]
    if number in ("thing", "plural"):
        # 'it said' / 'they said': the latest organisation that spoke or was named
        if last_speaker_ent >= 0 and ents[last_speaker_ent].kind == "organization":
            return last_speaker_ent
        for k in range(lo - 1, max(-1, lo - 31), -1):
            if ents[of_mention[k]].kind == "organization":
                return of_mention[k]
        return -1
    if number != "singular" or pronoun in ("i", "you"):
        if number == "plural" and last_speaker_ent >= 0 and ents[last_speaker_ent].kind != "person":
            return last_speaker_ent
        return -1

    def fits(e: int) -> bool:
        ent = ents[e]
        return ent.kind == "person" and (ent.gender is None or ent.gender == gender)

    # candidates, nearest first: the latest speaker, then the people named before the pronoun
    candidates: list[int] = []
    if last_speaker_ent >= 0 and at - ents[last_speaker_ent].last_seen < 120:
        candidates.append(last_speaker_ent)
    for k in range(lo - 1, max(-1, lo - 31), -1):
        e = of_mention[k]
        if e not in candidates and k not in skip:
            candidates.append(e)
    compatible = [e for e in candidates if fits(e)]
    # among the nearest three, a person known to have the pronoun's gender beats one of unknown gender
    for e in compatible[:3]:
        if ents[e].gender == gender:
            return e
    return compatible[0] if compatible else -1


def _mentions_within(
    tokens: Tokens, mentions: Sequence[Mention], parts: Sequence[tuple[int, int]], lo: int
) -> frozenset[int]:
    """Indexes of the (at most 30) mentions before index *lo* that lie inside one of *parts*."""
    starts = tokens.starts
    return frozenset(
        k for k in range(max(0, lo - 30), lo) if any(s <= starts[mentions[k].first] < e for s, e in parts)
    )


def _nominal(head_words: Sequence[str], ents: Sequence[_Entity], lo: int) -> int:
    """'the analyst' -> the latest entity whose title ends with that noun."""
    if not head_words or head_words[0] not in ("the", "this", "that") or len(head_words) > 4:
        return -1
    head = head_words[-1]
    best = -1
    best_seen = -1
    for i, ent in enumerate(ents):
        if ent.title and head in ent.title.lower().split() and ent.last_seen > best_seen:
            best, best_seen = i, ent.last_seen
    return best


def _record(tokens: Tokens, att: Attribution, speaker: Speaker | None) -> Quote:
    text = tokens.text
    merged: list[tuple[int, int]] = []
    for s, e in sorted(att.parts):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    parts = tuple(Span.from_text(text, s, e) for s, e in merged)
    start, end = parts[0].start, parts[-1].end
    source = None
    if att.source is not None:
        a, b = att.source
        source = Span.from_text(text, tokens.starts[a], tokens.ends[b])
    cue = Span.from_text(text, *att.cue) if att.cue is not None else None
    conf = rule_confidence(att.rule, att.kind, speaker is not None)
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=att.kind,
        parts=parts,
        speaker=speaker,
        source=source,
        cue=cue,
        confidence=conf,
        rule=att.rule,
    )


def _drop_overlaps(records: list[Quote]) -> list[Quote]:
    """Keep quotes that do not overlap an earlier kept one (text order)."""
    out: list[Quote] = []
    for q in records:
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out
