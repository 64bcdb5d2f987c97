"""The centre a pronoun continues past a comment clause.

A speaker named in a comment clause inside another person's sentence (*Ian Cole grew up near
the ground and is known as "Dad" because, Tom Reyes explained, he looks after everyone.*) is
no topic of that sentence: the clause is parenthetical (Quirk et al. 1985, §15.53), and the
sentence's subject stays its centre (Grosz, Joshi & Weinstein 1995). A *he* or *she* opening
the next sentence continues that subject (*He says he is not leaving.* is Cole's), though the
commenter spoke last. Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun's
gender, token and candidate scores; output: the subject's entity, or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from quotex.lexicon.function_words import PRONOUNS
from quotex.speakers.pronoun_peers import pronoun_subject
from quotex.speakers.salience import Resolver

#: Scores of the persons a pronoun at a token may stand for (the mentions before an index).
ScoreAt = Callable[[Resolver, str, int, int], dict[int, float]]


def centre_past_comment(res: Resolver, gender: str | None, at: int, scores: dict[int, float]) -> int:
    """The person subject of the sentence before the pronoun at token *at* (same paragraph),
    when the pronoun opens its own sentence as subject, that person agrees (is in *scores*,
    its gender known to be *gender*), and every speaker of that sentence spoke through a
    comment clause set off by commas after the subject (`, NAME explained,`); else -1."""
    table = res.table
    s_at, p_at = table.locate(at)
    if gender is None or s_at == 0 or not _opens_sentence(res, s_at, at):
        return -1
    s = s_at - 1
    sent = table.sentences[s]
    if sent.paragraph != p_at:
        return -1
    commenters = [(e, pos) for e, pos in res.spoke[-4:] if sent.first <= pos <= sent.last]
    if not commenters:
        return -1
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    k = next((k for k in range(lo, hi) if res.subject(k) and k not in res.quoted), -1)
    if k < 0:
        return -1
    e = table.of_mention[k]
    if e not in scores or res.ents[e].gender != gender:
        return -1
    subject_end = res.mentions[k].last
    for c, pos in commenters:
        if c == e or pos <= subject_end or not _comment_clause(res, pos):
            return -1
    return e


def _opens_sentence(res: Resolver, s: int, at: int) -> bool:
    """Is token *at* the first word of sentence *s* (a *He* that opens it)?"""
    words = res.tokens.words
    return res.table.sentences[s].first == at and at + 1 < len(words) and words[at + 1] != ","


def _comment_clause(res: Resolver, pos: int) -> bool:
    """Is the source at token *pos* a comment clause's subject: a comma before it, then its
    last token, one verb of speech the lexicon lists, and a comma (`, Reyes explained,`)?"""
    words, lows = res.tokens.words, res.lows
    last = res.source_last.get(pos, pos)
    if pos < 1 or words[pos - 1] != "," or last + 2 >= len(words):
        return False
    verb = res.lexicon.verb_forms.get(lows[last + 1])
    return verb is not None and words[last + 2] == ","


def reported_newcomer(res: Resolver, gender: str | None, at: int, parts: Sequence[tuple[int, int]]) -> int:
    """The person a reported clause introduces as its subject when a *he*/*she* of *gender*
    at token *at* credits it after it: *'Priya Dalgliesh, a security researcher, found the
    database on Aug. 2, she wrote in a blog post.'* is Dalgliesh's. The clause (character spans
    *parts*, before the pronoun, not in quotation marks) opens with the person's first mention in
    the text, as its subject, a full name or one with a title, known to be of *gender*: a writer
    who names someone new there and goes on with *she* means that person, not someone named
    before (whose words the pronoun would otherwise take). -1 otherwise."""
    if gender is None or not parts or parts[0][1] > res.tokens.starts[at]:
        return -1
    start = parts[0][0]
    if res.tokens.text[start : start + 1] in _QUOTE_MARKS:
        return -1
    k = bisect.bisect_left(res.mention_offsets, start)
    if k >= len(res.mentions) or res.mention_offsets[k] != start or k in res.quoted:
        return -1
    m = res.mentions[k]
    e = res.table.of_mention[k]
    ent = res.ents[e]
    if ent.mentions[0] != k or ent.kind != "person" or ent.gender != gender or ent.body_evidence:
        return -1
    if not res.subject(k) or (len(ent.words) < 2 and m.title is None):
        return -1
    return e


#: Quotation marks that open a direct quotation.
_QUOTE_MARKS = frozenset("\"'\u201c\u2018\u201e\u00ab")


#: Conjunctions that open a second clause whose pronoun subject goes on with the first's.
_CONJUNCTS = frozenset(["and", "but"])


def conjunct_subject(
    res: Resolver, pronoun: str, at: int, scores: dict[int, float], score_at: ScoreAt
) -> int:
    """The person a *he*/*she* subject of a coordinated clause continues: when the sentence of
    token *at* opens with the same pronoun as its subject and *at* follows *and* or *but* ('He
    met NAME in 1989, and he says C': not NAME, the first clause's object, Quirk et al. 1985
    §13.71), the person that first pronoun stands for (*score_at*, its scores where it stands),
    if in *scores*; else -1."""
    words = res.tokens.words
    if at < 2 or words[at - 1].lower() not in _CONJUNCTS or not pronoun.isalpha():
        return -1
    s = res.table.locate(at)[0]
    t = pronoun_subject(res, s)
    if t < 0 or t >= at - 2 or words[t].lower() != pronoun:
        return -1
    before = score_at(res, PRONOUNS[pronoun][0] or "", t, bisect.bisect_left(res.mention_starts, t))
    e = max(before, key=before.__getitem__) if before else -1
    return e if e in scores else -1
