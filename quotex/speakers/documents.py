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
from quotex.lexicon.function_words import NUMBER_WORDS, TIME_NAMES, TIME_WORDS
from quotex.lexicon.grammar import AUTHORING_VERBS, COPULA, ISSUING_PARTICIPLES, MEDIUM_NOUNS, RECEIVING_VERBS
from quotex.lexicon.titles import HONORIFICS, ORGANIZATION_NOUNS
from quotex.mentions import Mention, is_name_word
from quotex.mentions.demonyms import demonym
from quotex.speakers.co_authors import earlier_mentions, writers_before
from quotex.speakers.document_links import introduced_issuer
from quotex.speakers.nominals import NOMINAL_SENTENCES, nominal_antecedent
from quotex.speakers.salience import Resolver, body_like, most_salient
from quotex.speakers.suits import plaintiff
from quotex.speakers.words import (
    AUTHORED,
    PEOPLE_TOO,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    RULING_NOUNS,
    document_word,
    is_authored,
    is_made,
    phrase_kind,
)
from quotex.speakers.work_asides import (
    aside_closes,
    owner_name,
    participle_by,
    past_complement,
    past_recipient,
    past_title,
    place_modifier,
    plain_word,
)

#: How near (in tokens) a speaker's source stands to the word that tells of the text it issued.
_ISSUING_REACH = 6
#: How far into its sentence a document's noun may stand to be the sentence's speaker's ('In a
#: statement, ...', 'In a written statement, ...'), however long the phrase before the speaker.
_OPENING_DOCUMENT = 3


def issuer(res: Resolver, at: int, lo: int) -> int:
    """The most salient person or body before token *at* that a text was issued by (the
    author of 'the statement': :func:`linked_issuers`), or -1. Someone merely named
    before ('Ivo Berg came home late. The letter said ...') did not write it."""
    linked = linked_issuers(res, at, lo)
    if len(writers_before(res, at, lo)) > 1:
        return -1  # ('A wrote a dissent, and B wrote one too. The dissent said': either's)
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
    got = next((e for e, _ in reversed(res.spoke) if e in linked), -1)
    return got if got >= 0 or linked else bridged_speaker(res, at)


#: How many tokens back :func:`bridged_speaker` looks for an earlier use of the noun.
_BRIDGE_TOKENS = 1500


def bridged_speaker(res: Resolver, a: int) -> int:
    """The body a definite document with no antecedent stands for (*'..., the authority said.
    "C," the statement said.'*): *the NOUN* at token *a*, a document noun used nowhere in the
    :data:`_BRIDGE_TOKENS` before, holds the words of the named body that spoke last, in this
    sentence or the one before it in the same paragraph (a body speaks in writing); else -1.
    A person may have spoken aloud: nothing says she issued a statement."""
    words, lows = res.tokens.words, res.lows
    if lows[a] != "the" or not res.spoke:
        return -1
    k = next((k for k in range(a + 1, min(a + 4, len(words))) if document_word(lows[k])), -1)
    if k < 0 or not all(w.isalpha() and w.islower() for w in words[a + 1 : k + 1]):
        return -1
    noun = lows[k]
    if any(w.lower() == noun for w in words[max(0, a - _BRIDGE_TOKENS) : a]):
        return -1  # (a statement named before: that one's issuer, or none)
    e, pos = res.spoke[-1]
    table = res.table
    s_at, p_at = table.locate(a)
    s_k, p_k = table.locate(pos)
    if e >= len(table.entities) or p_k != p_at or s_at - s_k > 1:
        return -1  # (an unnamed description, or no speaker just before)
    return e if res.ents[e].kind == "organization" or res.ents[e].body_evidence else -1


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
            and (
                (low in AUTHORING_VERBS and not _passive_without_agent(lows, k))
                or (document_word(low) and (reported_in(k) or put_out(k)))
                or (low in RULING_NOUNS and reported_in(k))  # 'In a written decision, X said'
            )
        )
    return got


def _passive_without_agent(lows: Sequence[str], k: int) -> bool:
    """Is the verb of issuing at *k* (in a sentence's words *lows*) a passive with no *by*
    ('after the notice was published')? Its sentence's subject issued nothing."""
    return k >= 1 and lows[k - 1] in COPULA and (k + 1 >= len(lows) or lows[k + 1] != "by")


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
    for k in earlier_mentions(res, at, lo):
        s_k = res.where(k)[0]
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
    linked |= _earlier_authors(res, s_at, p_at)
    for e, pos in res.spoke[-8:]:  # ('"C," Marr said in a statement.': the source by the word)
        s_k, p_k = table.locate(pos)
        near = s_k < s_at and s_at - s_k <= NOMINAL_SENTENCES and p_at - p_k <= 1
        if near and any(
            abs(w - pos) <= _ISSUING_REACH or _opening_document(res, s_k, w) for w in issuing(res, s_k)
        ):
            linked.add(e)
    return linked


def _opening_document(res: Resolver, s: int, w: int) -> bool:
    """Is token *w* the noun of a document phrase after *In* that opens sentence *s* ('In a
    statement read by the family's lawyer, the family said'), whose speaker is the sentence's?"""
    first = res.table.sentences[s].first
    lows = res.lows
    return w - first <= _OPENING_DOCUMENT and lows[first] == "in" and document_word(lows[w])


def _earlier_authors(res: Resolver, s_at: int, p_at: int) -> set[int]:
    """The authors that earlier sentences name after a written work with *by* ('according to a
    report published last month by BODY', 'a study by BODY found'), at most NOMINAL_SENTENCES
    back and in this paragraph or the one before: 'The report said' later is theirs."""
    table, words = res.table, res.tokens.words
    found: set[int] = set()
    for s in range(s_at - 1, max(-1, s_at - NOMINAL_SENTENCES - 1), -1):
        sent = table.sentences[s]
        if p_at - table.locate(sent.first)[1] > 1:
            break
        for k in range(sent.first, sent.last):
            if words[k].islower() and is_authored(words[k]) and words[k] not in PEOPLE_TOO:
                m = author_mention(words, k, res.mentions, res.mention_starts)
                if m >= 0 and res.mentions[m].last <= sent.last:
                    found.add(table.of_mention[m])
    return found


def inner_author(res: Resolver, a: int, b: int) -> int:
    """The entity of the author a document names inside source tokens *a..b*: its noun, then
    *by*/*from*/*of* and a name ('A letter from Kestrel Ferries to residents', 'The notice
    from the Elmsford Water Board'); else -1. Reads the first document noun only."""
    words, mentions, lows = res.tokens.words, res.mentions, res.lows
    for k in range(a, b - 1):
        low = lows[k]
        if is_authored(low):
            m = author_mention(words, k, mentions, res.mention_starts)
            if m < 0 and lows[k + 1] == "on":
                m = _account_owner(res, k + 2, b)  # "a post on Kestrel Ferries' official account"
            aside = m >= 0 and b + 1 < len(words) and words[b + 1] == "," and mentions[m].first > b
            return res.table.of_mention[m] if m >= 0 and (mentions[m].last <= b or aside) else -1
    return -1


#: Where a post is published under its author's name: "a post on Kestrel Ferries' account".
_ACCOUNT_NOUNS = frozenset("account accounts page feed channel profile handle".split())


def _account_owner(res: Resolver, j: int, b: int) -> int:
    """The mention index of a name at token *j* (after *the*) owning an account, page or feed
    within source tokens ..*b* ("on Kestrel Ferries' official account"), else -1."""
    words, lows = res.tokens.words, res.lows
    j += j <= b and lows[j] == "the"
    k = bisect.bisect_left(res.mention_starts, j)
    if k >= len(res.mentions) or res.mentions[k].first != j:
        return -1
    t = res.mentions[k].last + 1
    if t > b or words[t] not in POSSESSIVE_MARKS:
        return -1
    return k if any(w.lower() in _ACCOUNT_NOUNS for w in words[t + 1 : min(b, t + 3) + 1]) else -1


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
    words, mentions, table, lows = res.tokens.words, res.mentions, res.table, res.lows
    k = lo
    while k < len(mentions) and mentions[k].last < b:
        m = mentions[k]
        k += 1
        noun = lows[m.last + 1]
        if m.first < a or noun not in AUTHORED or noun in PEOPLE_TOO or lows[m.last] in TIME_WORDS:
            continue
        # ('a Facebook post': where; 'an English transcript': the language it is in)
        platform = m.first == m.last and (lows[m.last] in MEDIUM_NOUNS or demonym(lows[m.last]))
        owned = m.first > 0 and lows[m.first - 1] in _POSSESSIVE_DETERMINERS  # 'its Amazon summary'
        if platform or owned or (m.first > 0 and words[m.first - 1] == "-"):
            continue  # ('an anti-Trump message': what the work is against)
        after = words[m.last + 2] if m.last + 1 < b else ""
        if after in res.lexicon.role_words or after.rstrip("s") in res.lexicon.role_words:
            continue  # 'a longtime GOP data expert': the work is a modifier, not the head
        e = table.of_mention[k - 1]
        return -1 if table.entities[e].initial_only else e
    return -1


#: Possessive determiners: before a name and a work they name its owner, the name only where
#: it stands ('its Amazon summary', 'her BBC interview').
_POSSESSIVE_DETERMINERS = frozenset("its his her their our my your".split())


def author_mention(
    words: Sequence[str], b: int, mentions: Sequence[Mention], mention_starts: Sequence[int]
) -> int:
    """The mention index of the author when the source ends with a written work followed by
    'by|from|of [the] [a few lower-case words] Name', or by an aside 'by' closes with a comma
    after an issuing participle ('The letter, signed by Ines Marr, read'), else -1."""
    low = words[b].lower()
    if not is_made(low):
        return -1
    j = past_title(words, b + 1)  # ('a 68-page report, "Stranded Returns," by BODY')
    j = past_recipient(words, past_complement(words, j))  # ('An audit of X, carried out by BODY,')
    by = participle_by(words, j + 1) if j < len(words) and words[j] == "," else -1
    if by < 0 and j + 1 < len(words) and words[j] == "," and words[j + 1].lower() in ("by", "from"):
        by = j + 1  # ('The top comment, from Ana Berg, read': an aside that names its author)
    aside = by > 0 or (j + 1 < len(words) and words[j] == "," and words[j + 1].lower() in ISSUING_PARTICIPLES)
    if aside or (j < len(words) and words[j].lower() in ISSUING_PARTICIPLES):
        j = (
            (by if by > 0 else j + 2) if aside else j + 1
        )  # ('A statement issued by Ana Berg', 'The notice, issued by')
        if not aside and j < len(words) and words[j].lower() in _BY_TIME_OPENERS:
            # ('a report published last month by ...', 'released Monday by': a time phrase before *by*)
            j = next((t for t in range(j + 1, min(j + 4, len(words))) if words[t].lower() == "by"), j)
    if tuple(w.lower() for w in words[j : j + 3]) == ("on", "behalf", "of"):
        j += 2  # 'A statement issued on behalf of Ana Berg': hers
    if j >= len(words) or words[j].lower() not in ("by", "from", "of"):
        return -1
    j += 1
    reach = j + 3  # (at most three words before the name: 'by the state's auditor general')
    while j < len(words) and j <= reach and (words[j].lower() == "the" or (words[j].islower() and not aside)):
        if words[j] in ("of", "for"):
            return -1  # ('from the chairman of the Senate Committee': the chairman's, not the committee's)
        j += 1  # (in an aside only 'the': 'signed by a lawyer for Ines Marr' is the lawyer's)
    addressed = j + 1 < len(words) and words[j].lower().rstrip(".") in _ADDRESS_FORMS
    j += addressed  # ('led by Dr Ama Owusu'; not 'on behalf of Mr Tolhurst's widow', his widow's)
    k = bisect.bisect_left(mention_starts, j)
    if k + 1 < len(mentions) and mentions[k].first == j and place_modifier(words, mentions[k].last):
        k += 1  # ('by the Ottawa-based Institute for ...': the place modifies the author's name)
        j = mentions[k].first if mentions[k].first == mentions[k - 1].last + 3 else -1
    elif (
        k + 1 < len(mentions)
        and mentions[k].first == j
        and _described_name(words, mentions[k].last, mentions[k + 1])
    ):
        k += 1  # ('by the Chicago consulting firm Whitlaw Partners': the place describes the firm)
        j = mentions[k].first
    if addressed and k < len(mentions) and words[mentions[k].last + 1] in POSSESSIVE_MARKS:
        return -1
    if k < len(mentions) and (mentions[k].first == j or mentions[k].title_first == j):
        # (a titled name: 'The ruling, written by Justice Ines Marr, said')
        return k if not aside or aside_closes(words, mentions[k].last + 1) else -1
    return -1


#: Forms of address before an author's name that the name's mention may leave out ('Dr', 'Prof').
_ADDRESS_FORMS = HONORIFICS | frozenset(["professor", "prof"])
#: How many lower-case words of a description may stand between a place and the name it
#: describes ('the Chicago consulting firm Whitlaw Partners').
_DESCRIPTION_WORDS = 3


def _described_name(words: Sequence[str], last: int, nxt: Mention) -> bool:
    """Does the name ending at token *last* modify a description of one to three lower-case
    words that the next name *nxt* follows ('Chicago | consulting firm | Whitlaw Partners')?"""
    between = words[last + 1 : nxt.first]
    return 1 <= len(between) <= _DESCRIPTION_WORDS and all(
        w.isalpha() and w.islower() and w not in PREPOSITIONS and w not in ("and", "or") for w in between
    )


def issuer_part(words: Sequence[str], a: int, b: int) -> tuple[int, int, int] | None:
    """(first, last, document) tokens of the issuer's phrase inside source tokens *a..b* that
    name a written work and its issuer, ``DOC [,] [PARTICIPLE] [time phrase] by|from ISSUER``
    ('A study published on Tuesday by researchers at Tasman University', 'A court filing by
    BODY'; not *signed by*: a letter's signers endorse it), as *according to* reads it
    (``attributions.issuers``); None when the source names no issuer, or a capitalised word
    before the work names its author ('a Harbour Watch report released by the council').
    Only *by* names an author: after *from* a phrase with no name stays the document's."""
    k = next((k for k in range(a, b - 1) if words[k].islower() and is_authored(words[k])), -1)
    if k < 0 or words[k] in PEOPLE_TOO or any(w[:1].isupper() for w in words[a + 1 : k]):
        return None
    j = k + 1 + (words[k + 1] == ",")
    if words[j].lower() == "signed" or past_complement(words, j) > j:
        return None  # ('A letter signed by forty doctors said': the letter speaks, its signers endorse
        # it; 'A study commissioned by the ministry, carried out by X,': the aside names its author)
    participle = words[j].lower() in ISSUING_PARTICIPLES
    j += participle
    if participle and j < b and words[j].lower() in _TIME_OPENERS:  # 'published on Tuesday by'
        j = next((t for t in range(j + 1, min(j + 5, b)) if words[t].lower() == "by"), b)
    if j >= b or words[j].lower() != "by":
        return None  # ('A memo from the harbour office': from where, the memo stays the source)
    first = j + 1
    if first > b or not words[first][:1].isalnum() or words[first].lower().endswith("ing"):
        return None  # ('a report by comparing ...': no issuer)
    if (
        is_name_word(words[first]) or (words[first].lower() == "the" and is_name_word(words[first + 1]))
    ) and not (owner_name(words, first, b)):
        return None  # (a name: the name path reads it, 'A letter from Penhallow Buses to residents')
    end = next((t - 1 for t in range(first + 1, b + 1) if words[t] == "," or words[t].lower() == "to"), b)
    if all(w.lower() in NUMBER_WORDS or w.lower() in ("the", "both", "all") for w in words[first : end + 1]):
        return None  # ('The statement by the two': who they are, the phrase does not say)
    return first, end, k


def by_author(res: Resolver, a: int, b: int) -> int:
    """The entity of the author a study, ruling or other written work names inside source tokens
    *a..b* with *by* or *from* (or in an aside: 'The ruling, written by Justice Ines Marr,'), the
    name ending the phrase; else -1. Not after *of*: 'a poll of South Carolina', 'surveys of
    Republican voters' name what was studied, 'a review of his work in Ukraine' its topic; nor
    a name that modifies what follows it ('from the New Hampshire primary', "from the State
    Department's inspector general")."""
    words, mentions, lows = res.tokens.words, res.mentions, res.lows
    k = next((k for k in range(a, b) if words[k].islower() and is_made(words[k])), -1)
    if k < 0 or lows[k + 1] == "of":
        return -1
    m = author_mention(words, k, mentions, res.mention_starts)
    if m < 0 or mentions[m].last > b:
        return -1
    after = words[mentions[m].last + 1] if mentions[m].last + 1 <= b else ""
    if after in POSSESSIVE_MARKS or (after.isalpha() and after.islower() and after not in PREPOSITIONS):
        return -1
    return res.table.of_mention[m]


def aside_author(res: Resolver, b: int) -> int:
    """The entity of the issuer an aside names right after source tokens ending at *b*
    ('Minutes of the meeting, published by Kestrel Ferries on Monday, say'), or -1."""
    words, lows = res.tokens.words, res.lows
    by = participle_by(words, b + 2) if b + 4 < len(words) and words[b + 1] == "," else -1
    if by < 0 or by + 1 >= len(words):
        return -1  # ('The audit, carried out by Fenwick & Co, found': by *by*)
    j = by + 1 + (lows[by + 1] == "the")
    j += j + 1 < len(words) and lows[j].rstrip(".") in _ADDRESS_FORMS  # ('led by Dr Ama Owusu,')
    k = bisect.bisect_left(res.mention_starts, j)
    mentions = res.mentions
    if k < len(mentions) and (mentions[k].first == j or mentions[k].title_first == j):
        return res.table.of_mention[k] if aside_closes(words, mentions[k].last + 1) else -1
    end = next((t for t in range(j, min(j + _PLAIN_AUTHOR, len(words))) if not plain_word(words[t])), j)
    if end == j or lows[j - 1] != "the" or not all(w.islower() for w in words[j:end]) or words[end] != ",":
        return (
            -1
        )  # (only a plain description: 'conducted by the state auditor,', "the city's finance office")
    text = res.tokens.text[res.tokens.starts[j] : res.tokens.ends[end - 1]]
    return res.phrase_entity(text, phrase_kind(lows[j:end], res.lexicon))


#: How many lower-case words a described author in an aside may take ('by the state auditor,').
_PLAIN_AUTHOR = 5
#: Words that open a time phrase between an issuer and the comma closing its aside ('The
#: notice, issued by Kestrel Ferries on Friday, read').
_TIME_OPENERS = frozenset("on in last this late early earlier".split())
#: Words that open a time phrase between an issuing participle and its *by*: those, or a day's or
#: month's name ('a report released Monday by ...').
_BY_TIME_OPENERS = _TIME_OPENERS | TIME_NAMES


#: How many tokens before a definite work (*'The study found'*) :func:`earlier_author` looks
#: for the sentence that introduced it with its author (a bound that keeps the look linear).
_EARLIER_REACH = 600


def earlier_author(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """The author of the work a definite phrase (*'The study'*, *head_words*, at token *a*)
    names again, credited where the text introduced the work: the nearest earlier same noun
    followed by its author (*'a study by BODY'*, *'A report published by BODY'*:
    :func:`author_mention`; not *'a study of 84 schools'*) or by an aside of doing it (*'The
    study, carried out by BODY, ...'*), within :data:`_EARLIER_REACH` tokens; -1 when none."""
    described = _measured(head_words[1:-1])  # ('The 64-page report', 'the two-page letter')
    if (
        not (len(head_words) == 2 or described)
        or head_words[0] not in ("the", "this", "that")
        or not is_authored(head_words[-1])
    ):
        return -1
    words, lows, noun = res.tokens.words, res.lows, head_words[-1]
    kinds = _DOCUMENT_KINDS.get(noun, frozenset())
    for k in range(a - 1, max(-1, a - _EARLIER_REACH), -1):
        low = lows[k]  # (the text's lower-case column: the walk back reads each word once)
        if (low != noun and low not in kinds) or k + 4 >= len(words):
            continue
        if lows[k + 1] == "of" and past_complement(words, k + 1) == k + 1:
            if noun in AUTHORED and (e := introduced_issuer(res, k)) >= 0:
                return e  # ('The board published an audit of its accounts': the board's)
            continue  # ('a study of 84 schools'; but 'a survey of X, conducted by BODY,')
        if lows[k + 1] in ORGANIZATION_NOUNS:
            continue  # (a body's modifier, no work: 'a report by Acme's audit office')
        m = author_mention(words, k, res.mentions, res.mention_starts)
        if m < 0 and words[k + 1] == "," and (j := participle_by(words, k + 2)) > 0 and j + 1 < len(words):
            j += 1 + (lows[j + 1] == "the")  # ('The study, carried out by the Centre for ...,')
            n = bisect.bisect_left(res.mention_starts, j)
            m = n if n < len(res.mentions) and res.mentions[n].first == j else -1
        after = words[res.mentions[m].last + 1] if m >= 0 and res.mentions[m].last + 1 < len(words) else ""
        owner = after in POSSESSIVE_MARKS
        if m >= 0 and not owner:  # (not 'a report from the State Department's inspector general')
            return res.table.of_mention[m]
        if m < 0 and noun in AUTHORED and (e := introduced_issuer(res, k)) >= 0:
            return e  # 'The board said in the 22-page report', "The planning officer's report" (not
            # "Clinton's emails": a collection has many authors)
    return plaintiff(res, noun, a, _EARLIER_REACH)


#: The works that a general document noun names again (*an assessment published by the panel
#: ... The report found*; *a survey by the institute ... The study shows*): a report is any
#: written finding, a study any piece of research. Written for quotex from the nouns'
#: dictionary senses (a report: "an account ... of findings"; a study: "a piece of research").
_DOCUMENT_KINDS = {
    "report": frozenset("assessment analysis audit review survey study evaluation".split()),
    "study": frozenset("analysis survey assessment".split()),
}


def _measured(modifiers: Sequence[str]) -> bool:
    """Are *modifiers* (lower case) a measure: a number, then one unit noun ('64 page', 'two
    page'; the hyphen is its own token)?"""
    return (
        len(modifiers) == 2
        and (modifiers[0].isdigit() or modifiers[0] in NUMBER_WORDS)
        and modifiers[1].isalpha()
    )


#: Modifiers that tell which of several documents, not what kind: 'a new report' is no 'new report'.
_WHICH_MODIFIERS = frozenset(
    "new latest recent same earlier previous separate other first second last final full".split()
)
#: How many tokens back the described document may stand at most (about three long paragraphs).
_DESCRIBED_TOKENS = 600
#: How many paragraphs back (the definite phrase's own included) the described document may stand.
_DESCRIBED_PARAGRAPHS = 3


def earlier_description(res: Resolver, head_words: Sequence[str], a: int) -> str:
    """The description of a written work that *the NOUN* (*head_words*, at token *a*) takes up:
    the nearest earlier *a/an/the MODIFIER NOUN* in this paragraph or the two before
    ('according to a staff report ... The report said' -> 'staff report'; 'According to the
    criminal complaint ... The complaint says' -> 'criminal complaint'), the document speaking
    as itself when no author is known; and a family a name modifies ('The Sandhu family ... the
    family said' -> 'Sandhu family'); else ''."""
    if len(head_words) != 2 or head_words[0] != "the":
        return ""
    noun = head_words[1]
    family = noun in _NAMED_GROUPS  # ('the family' after 'The Sandhu family': a name modifies it)
    if not family and not is_authored(noun):
        return ""
    table = res.table
    s, p_at = table.locate(a)
    floor = max(1, a - _DESCRIBED_TOKENS)  # (a bounded look back: the cost stays linear)
    while (
        s > 0
        and table.sentences[s - 1].paragraph > p_at - _DESCRIBED_PARAGRAPHS
        and table.sentences[s - 1].last >= floor
    ):
        s -= 1
    words, lows = res.tokens.words, res.lows
    for k in range(a - 1, max(table.sentences[s].first + 1, floor), -1):
        mod = words[k - 1]
        if (
            lows[k] == noun
            and mod.isalpha()
            and (mod.islower() or (family and is_name_word(mod)))
            and mod not in _WHICH_MODIFIERS
            and not is_authored(mod)
            and lows[k - 2] in ("a", "an", "the")
        ):
            return f"{mod} {noun}"
    return ""


#: Group nouns a family name modifies, taken up later as *the NOUN* ('The Sandhu family ... the
#: family said' -> 'Sandhu family').
_NAMED_GROUPS = frozenset(["family"])


#: Past forms after which a contact or *that* clause's subject issued the work before it ('a
#: timeline the company published', 'a memo that the city manager sent').
ISSUED_IN_CLAUSE = frozenset(
    "published released issued posted sent filed submitted compiled prepared wrote".split()
)
#: Determiners that open the clause's subject (a name is read by the name path).
_CLAUSE_SUBJECT_OPENERS = frozenset("the its his her their our a an".split())


def relative_issuer(words: Sequence[str], lows: Sequence[str], a: int, b: int) -> tuple[int, int, int] | None:
    """(first, last, work) tokens of the issuer in source tokens *a..b* that end before a verb
    of issuing: ``a|an|the WORK [that|which] SUBJECT published`` ('according to a timeline the
    company published', 'a memo that the city manager sent'): the clause's subject wrote the
    work; None otherwise."""
    if b + 1 < len(words) and lows[b + 1] in (
        "that",
        "which",
    ):  # ('a memo | that the city manager sent')
        verb = next((k for k in range(b + 3, min(b + 7, len(words))) if lows[k] in ISSUED_IN_CLAUSE), -1)
        if verb > 0 and all(w.isalpha() and w.islower() for w in words[b + 2 : verb]):
            b = verb - 1
    if b + 1 >= len(words) or lows[b + 1] not in ISSUED_IN_CLAUSE or b - a < 3:
        return None
    if lows[a] not in ("a", "an", "the") or not (words[a + 1].isalpha() and words[a + 1].islower()):
        return None
    work = a + 1
    while (
        work + 1 <= b
        and words[work + 1].isalpha()
        and words[work + 1].islower()
        and words[work + 1] not in _CLAUSE_SUBJECT_OPENERS
    ):
        work += 1  # ('a detailed timeline the company ...': the work's modifiers)
    first = work + 1 + (work + 1 <= b and lows[work + 1] in ("that", "which"))
    if first >= b or lows[first] not in _CLAUSE_SUBJECT_OPENERS:
        return None
    if not all(w.isalpha() and w.islower() for w in words[first + 1 : b + 1]):
        return None  # (a name or a mark: the name path reads it)
    return first, b, work
