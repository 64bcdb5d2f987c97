"""Documents and their issuers.

Which sentences tell of a text being issued (*wrote*, *said in a statement*, *put up a
notice*), the entities a document read later may be issued by, and the author a source names
itself (*a report by the state Department of Transportation*, *a Harbour Gazette poll*, *the
Security Council issued a statement*). Input: a :class:`~quotex.speakers.salience.Resolver` and
source tokens; output: an entity index or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.entities import Entity
from quotex.lexicon.function_words import TIME_WORDS
from quotex.lexicon.grammar import AUTHORING_VERBS, ISSUING_PARTICIPLES, MEDIUM_NOUNS, RECEIVING_VERBS
from quotex.mentions import Mention
from quotex.speakers.nominals import NOMINAL_SENTENCES, nominal_antecedent
from quotex.speakers.salience import Resolver, body_like, most_salient
from quotex.speakers.words import (
    AUTHORED,
    PEOPLE_TOO,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    document_word,
    is_authored,
)

#: How near (in tokens) a speaker's source stands to the word that tells of the text it issued.
_ISSUING_REACH = 6


def issuer(res: Resolver, at: int, lo: int) -> int:
    """The most salient person or body before token *at* that a text was issued by (the
    author of 'the statement': :func:`linked_issuers`), or -1. Someone merely named
    before ('Ivo Berg came home late. The letter said ...') did not write it."""
    linked = linked_issuers(res, at, lo)
    s_at = res.table.locate(at)[0]

    def can_issue(ent: Entity) -> bool:
        return ent.kind == "organization" or (ent.person_evidence and not ent.unlikely_person)

    scores = {e: v for e, v in res.salience(at, lo, frozenset(), can_issue).items() if e in linked}
    # 'The ministry issued a note. The statement read: ...': an unnamed body or person
    nominal = nominal_antecedent(
        res,
        at,
        (),
        ("it", "they", "he", "she", "person"),
        max(scores.values(), default=0.0),
        linked=lambda s: s < s_at and bool(issuing(res, s)),
    )
    if nominal is not None:
        return nominal[0]
    if not scores:  # 'Kestrel Ferries issued a statement': a name with no sign of a person
        scores = {e: v for e, v in res.salience(at, lo, frozenset(), body_like).items() if e in linked}
    if scores:
        return most_salient(scores)
    # 'The mayor said in a statement ... The statement added': the latest speaker, if linked
    return next((e for e, _ in reversed(res.spoke) if e in linked), -1)


def issuing(res: Resolver, s: int) -> tuple[int, ...]:
    """The tokens of sentence *s* that tell of a text being issued: a verb of writing or
    sending one ('wrote', 'emailed', 'issued'), a document noun after *in* after a
    reporting verb or first in the sentence ('said in a statement', 'In a letter, ...'),
    or one introduced as the object of a verb ('put up a notice'); not one received ('got
    a letter', :data:`RECEIVING_VERBS`) or merely named ('language in a document'). (cached)"""
    got = res.issuing_sentences.get(s)
    if got is None:
        sent = res.table.sentences[s]
        words = res.tokens.words[sent.first : sent.last + 1]
        lows = [w.lower() for w in words]
        verbs = res.lexicon.verb_forms

        def reported_in(k: int) -> bool:  # 'said in a (written) statement', 'In a letter, ...'
            return any(
                lows[j] == "in" and (j == 0 or any(w in verbs for w in lows[max(0, j - 4) : j]))
                for j in range(max(0, k - 3), k)
            )

        def put_out(k: int) -> bool:  # 'put up a notice', 'pinned a short notice to the door'
            j = next((j for j in range(k - 1, max(-1, k - 4), -1) if lows[j] in ("a", "an")), -1)
            verb = lows[j - 1] if j >= 1 else ""
            return verb.isalpha() and verb not in RECEIVING_VERBS and verb not in PREPOSITIONS

        got = res.issuing_sentences[s] = tuple(
            sent.first + k
            for k, low in enumerate(lows)
            if words[k].islower()  # ('the Huffington Post' is a name)
            and (low in AUTHORING_VERBS or (document_word(low) and (reported_in(k) or put_out(k))))
        )
    return got


def _opens_sentence(res: Resolver, k: int) -> bool:
    """Does mention *k* (with its title) open its sentence, after at most an article?"""
    m = res.mentions[k]
    first = m.title_first if 0 <= m.title_first < m.first else m.first
    start = res.table.sentences[res.where(k)[0]].first
    return first == start or (first == start + 1 and res.tokens.words[start].lower() == "the")


def linked_issuers(res: Resolver, at: int, lo: int) -> set[int]:
    """The entities a text read at token *at* may be issued by: the subject or possessor
    named outside a quotation in an earlier sentence that tells of a text being issued
    (:func:`issuing`), at most NOMINAL_SENTENCES back and in this paragraph or the one
    before, or a speaker whose source stands by such a word ('"C," Marr said in a
    statement.')."""
    table, words = res.table, res.tokens.words
    s_at, p_at = table.locate(at)
    linked: set[int] = set()
    for k in range(lo - 1, -1, -1):
        s_k, p_k = res.where(k)
        if s_at - s_k > NOMINAL_SENTENCES or p_at - p_k > 1:
            break
        if s_k == s_at:
            continue
        m = res.mentions[k]
        owns_text = (  # "Marr's letter", "the ministry's written statement"
            m.last + 1 < len(words)
            and words[m.last + 1] in POSSESSIVE_MARKS
            and any(document_word(w.lower()) for w in words[m.last + 2 : m.last + 5])
        )
        # the subject, or its possessor ("Clinton's campaign sent out an email")
        opens = res.subject(k) or (
            m.last + 1 < len(words) and words[m.last + 1] in POSSESSIVE_MARKS and _opens_sentence(res, k)
        )
        if not (owns_text or (opens and issuing(res, s_k))):
            continue
        if not any(w in res.lexicon.quote_tokens for w in words[table.sentences[s_k].first : m.first]):
            linked.add(table.of_mention[k])
    for e, pos in res.spoke[-8:]:  # ('"C," Marr said in a statement.': the source by the word)
        s_k, p_k = table.locate(pos)
        near = s_k < s_at and s_at - s_k <= NOMINAL_SENTENCES and p_at - p_k <= 1
        if near and any(abs(w - pos) <= _ISSUING_REACH for w in issuing(res, s_k)):
            linked.add(e)
    return linked


def inner_author(res: Resolver, a: int, b: int) -> int:
    """The entity of the author a document names inside source tokens *a..b*: its noun, then
    *by*/*from*/*of* and a name ('A letter from Kestrel Ferries to residents', 'The notice
    from the Elmsford Water Board'); else -1. Reads the first document noun only."""
    words, mentions = res.tokens.words, res.mentions
    for k in range(a, b - 1):
        low = words[k].lower()
        if is_authored(low):
            m = author_mention(words, k, mentions, res.mention_starts)
            return res.table.of_mention[m] if m >= 0 and mentions[m].last <= b else -1
    return -1


def issuing_subject(res: Resolver, a: int, b: int) -> int:
    """The entity of a name in source tokens *a..b* followed by a verb of issuing, when the
    source runs over its clause ('the Security Council issued a statement'); else -1."""
    k = bisect.bisect_left(res.mention_starts, a)
    words = res.tokens.words
    while k < len(res.mentions) and res.mentions[k].last < b:
        if words[res.mentions[k].last + 1].lower() in AUTHORING_VERBS:
            return res.table.of_mention[k]
        k += 1
    return -1


def named_author(res: Resolver, a: int, b: int, lo: int) -> int:
    """The entity of a name written just before one written work or poll in source tokens
    *a..b* ('an NBC report at the time', 'a Harbour Gazette poll': their author); else -1.
    Not for a plural ('Leith polls' are polls of Leith, by many), a month ('the April
    survey') or a capitalised word seen only first in a sentence ('Early analysis')."""
    words, mentions, table = res.tokens.words, res.mentions, res.table
    k = lo
    while k < len(mentions) and mentions[k].last < b:
        m = mentions[k]
        k += 1
        noun = words[m.last + 1].lower()
        if m.first < a or noun not in AUTHORED or noun in PEOPLE_TOO or words[m.last].lower() in TIME_WORDS:
            continue
        platform = m.first == m.last and words[m.last].lower() in MEDIUM_NOUNS  # 'a Facebook post': where
        if platform or (m.first > 0 and words[m.first - 1] == "-"):
            continue  # ('an anti-Trump message': what the work is against)
        after = words[m.last + 2] if m.last + 1 < b else ""
        if after in res.lexicon.role_words or after.rstrip("s") in res.lexicon.role_words:
            continue  # 'a longtime GOP data expert': the work is a modifier, not the head
        e = table.of_mention[k - 1]
        return -1 if table.entities[e].initial_only else e
    return -1


def author_mention(
    words: Sequence[str], b: int, mentions: Sequence[Mention], mention_starts: Sequence[int]
) -> int:
    """The mention index of the author when the source ends with a written work followed by
    'by|from|of [the] [a few lower-case words] Name', or by an aside 'by' closes with a comma
    after an issuing participle ('The letter, signed by Ines Marr, read'), else -1."""
    low = words[b].lower()
    if not is_authored(low):
        return -1
    j = b + 1
    aside = j + 1 < len(words) and words[j] == "," and words[j + 1].lower() in ISSUING_PARTICIPLES
    if aside or (j < len(words) and words[j].lower() in ISSUING_PARTICIPLES):
        j += 2 if aside else 1  # ('A statement issued by Ana Berg', 'The notice, issued by ...')
    if tuple(w.lower() for w in words[j : j + 3]) == ("on", "behalf", "of"):
        j += 2  # 'A statement issued on behalf of Ana Berg': hers
    if j >= len(words) or words[j].lower() not in (("by", "of") if aside else ("by", "from", "of")):
        return -1
    j += 1
    while j < len(words) and j - b <= 5 and (words[j].lower() == "the" or (words[j].islower() and not aside)):
        j += 1  # (in an aside only 'the': 'signed by a lawyer for Ines Marr' is the lawyer's)
    k = bisect.bisect_left(mention_starts, j)
    if k < len(mentions) and mentions[k].first == j:
        return k if not aside or _aside_closes(words, mentions[k].last + 1) else -1
    return -1


#: Words that open a time phrase between an issuer and the comma closing its aside ('The
#: notice, issued by Kestrel Ferries on Friday, read').
_TIME_OPENERS = frozenset("on in last this late early earlier".split())


def _aside_closes(words: Sequence[str], k: int) -> bool:
    """Does the aside close at token *k*: a comma, maybe after a time phrase of at most four
    words ('on Friday', 'late on Monday', 'last week')?"""
    if k < len(words) and words[k].lower() in _TIME_OPENERS:
        for j in range(k + 1, min(k + 5, len(words))):
            if words[j] == ",":
                return all(w.isalnum() for w in words[k + 1 : j])
    return k < len(words) and words[k] == ","
