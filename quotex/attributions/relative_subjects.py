"""The main clause's subject after a report inside that subject: a relative clause or a
participle whose report ended just before the main verb (a subject finder of ``sites``).

Input: a :class:`~quotex.attributions.sites.VerbCue` and the source found so far (None).
Output: the main clause's source, or None: 'Strand, who said she opposes tolls, said ...' is
Strand's; 'Dockers backing the strike said ...' the dockers'; and when a name set off by
commas renames the description that held the report, the name ('The founder of a charity
backing the dam, Ida Berg, said ...': Berg, not the founder).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.attributions.relatives import relative_verb
from quotex.attributions.subjects import source_before
from quotex.attributions.whose_clauses import whose_antecedent, whose_index
from quotex.lexicon.function_words import KINSHIP_NOUNS
from quotex.lexicon.grammar import ADVERBS, AUXILIARIES
from quotex.mentions import is_name_word

if TYPE_CHECKING:
    from quotex.attributions.sites import VerbCue

Span = tuple[int, int]


def _participle_after(words: Sequence[str], k: int, stop: int) -> bool:
    """Does a lower-case *-ing* word open at token *k*, or end a prepositional phrase of the
    source that opens there ('Dockers | backing the strike', 'The head | of a charity backing
    X'), before token *stop*, with no comma between?"""
    m = k
    while m < stop and words[m] != "," and m - k < 6:
        if words[m].islower() and words[m].endswith("ing"):
            return True
        if m == k and words[m] not in ("of", "for", "at", "in"):
            return False
        m += 1
    return False


def _renaming_name(words: Sequence[str], comma: int, stop: int) -> Span | None:
    """The full name (two name words or more) that opens after the comma at token *comma* and
    runs to token *stop* or to *of* before it ('..., Ida Berg, said', '..., Ida Berg of the
    Harbour Church, said'); else None."""
    if comma + 2 >= stop or words[comma] != ",":
        return None
    k = comma + 1
    while k < stop and (is_name_word(words[k]) or (words[k] == "-" and k > comma + 1 and k + 1 < stop)):
        k += 1  # (a hyphen inside a name: 'Jean-Paul Mbeki')
    if k - comma - 1 < 2 or (k < stop and words[k] != "of"):
        return None
    return (comma + 1, k - 1)


#: How far before the verb group a closed bracket is looked for (tokens).
_BRACKET_REACH = 40


def previous_after_relative(v: VerbCue, src: Span | None) -> Span | None:
    """'Strand, who said she opposes tolls, said ...', 'Strand, who called it "a farce," said
    ...' (the comma inside the closing mark), 'A woman who has accused the mayor said ...'
    (a relative clause with no commas, whose report ended just before this cue; so does a
    participle's in 'Dockers backing the strike said ...', 'The head of a group backing X
    said ...'), 'Lund, citing "the risks," said ...' (a participle's report set off after the
    subject): the main clause's source. When a comma closes the subject before the verb, the
    source is the name set off by commas after the report ('The founder of a charity backing
    the dam, Ida Berg, said'), else the whole subject when it opens before the report's source
    ('Ida Berg, the lawyer for families opposing the dam, said', 'Ida Berg, who leads a group
    opposing X, said': Berg, not *lawyer for families* or *leads a group*)."""
    prev_source = v.prev_source
    if src is None and v.finite and v.prev > v.first and prev_source is not None:
        # (the token before the verb group: 'NAME, who said C1, | now says C2', '| has since said')
        words, prev, end = v.words, min(v.prev, max(v.group - 1, v.first)), prev_source[1]
        if ")" in words[max(end + 1, prev - _BRACKET_REACH) : prev]:  # (bounded: linear in the sentence)
            return None  # ('The campaign, pushing ... (like X, who called Y "Z"), has said': closed)
        # ('A woman who has accused ...', 'The PAC that backed ...': *that* or *which* before a verb)
        pronoun = words[end].lower()
        restrictive = pronoun == "who" or (
            pronoun in ("that", "which") and relative_verb(words, end, v.ctx.lexicon.verb_forms)
        )
        relative = end > prev_source[0] and (pronoun == "which" or restrictive)
        # 'Lund, citing "the risks," said ...': a participle set off after the subject
        aside = (
            end + 2 < prev
            and words[end + 1] == ","
            and words[end + 2].islower()
            and words[end + 2].endswith("ing")
        )
        # 'Dockers backing the strike said ...': a participle inside the subject, whose
        # report ended just before this cue
        reduced = end + 1 < prev and _participle_after(words, end + 1, prev)
        renamed = words[prev] == "," and v.floor > prev_source[0] > v.first + 1  # (renamed_description)
        if renamed and _renaming_name(words, prev_source[0] - 1, prev) == prev_source:
            return prev_source  # 'The engineer who warned of C1, NAME (of BODY), | said C2'
        # 'NAME, whose lawyer said C1, said C2', 'NAME, whose report warned ..., said C2'
        after_report = v.floor in (v.i, v.group)  # (the report ended just before the verb group)
        whose = whose_index(words, prev_source, v.first)
        if whose >= 0 and (words[prev] == "," or after_report):
            return whose_antecedent(v, whose)  # ('The engineer whose report warned of C1 | said C2')
        if not (relative or aside or reduced):
            return None
        if words[prev] == ",":
            name = _renaming_name(words, v.floor, prev)
            if name is not None:
                return name  # 'The head of a group backing X, Ida Berg (of Y), said'
            whole = source_before(v.ctx.tokens, v.i, v.first, v.ctx.lexicon, lows=v.ctx.lows)
            if whole is not None and whole[0] < prev_source[0] and is_name_word(words[whole[0]]):
                return whole  # 'Ida Berg, the head of a group backing X, said'
            return prev_source
        if after_report and (reduced or (relative and restrictive)):
            return prev_source
        q = v.ctx.quote_of[prev]
        if q >= 0 and words[prev - 1] == "," and v.ctx.quote_of[prev - 1] == q:
            return prev_source  # (the comma inside the closing mark)
    return None


def renamed_description(v: VerbCue, src: Span | None) -> Span | None:
    """'The engineer who warned of the leak, Lagi Faleolo, said C2': the cue is the verb of a
    restrictive relative clause on a description (*src* ends in its *who* or *that*), and a
    full name set off by commas after the clause, before the main verb group, renames the
    description: the name is the relative clause's speaker too (a subject finder that replaces
    the source found). None when no such name follows."""
    words, lows = v.words, v.ctx.lows
    if src is None or src[1] <= src[0] or lows[src[1]] not in ("who", "that") or words[src[1] - 1] == ",":
        return None
    if is_name_word(words[src[0]]) and src[0] > v.first:
        return None  # (a name before the relative: no description)
    comma = next((k for k in range(v.i + 1, v.last) if words[k] == ","), -1)
    close = next((k for k in range(comma + 1, v.last) if words[k] == ","), -1) if comma > 0 else -1
    if close < 0 or close + 1 > v.last or v.ctx.quote_of[comma] >= 0:
        return None
    if lows[comma - 1] in v.ctx.lexicon.role_words or lows[comma - 1] in KINSHIP_NOUNS:
        return None  # ('The engineer who criticised the mayor, NAME, said': NAME may be the mayor)
    after = lows[close + 1]
    if not (after in v.ctx.lexicon.verb_forms or after in AUXILIARIES or after in ADVERBS):
        return None
    return _renaming_name(words, comma, close)
