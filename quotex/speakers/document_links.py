"""A document named again: the same document, so the same issuer.

A report, memo or statement is introduced once with its issuer (*The board said in the
22-page report*, *The planning officer's report*, *a report ..., which was prepared by the
Department of Health*) and named again later (*The report found*, *According to the report*,
*The memo also warns*), or taken up by *it* (*It adds that*, *..., and it concedes that*).
Input: a :class:`~quotex.speakers.salience.Resolver` and token positions; output: an entity
index or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.lexicon.grammar import AUTHORING_VERBS, ISSUING_PARTICIPLES
from quotex.speakers.nominals import resolve_nominal
from quotex.speakers.salience import Resolver
from quotex.speakers.words import (
    COUNT_NOUNS,
    PEOPLE_TOO,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    is_authored,
    phrase_kind,
)

#: How many paragraphs back 'the study' may refer to a study credited to its author, whatever
#: stands between.
SAME_DOCUMENT_PARAGRAPHS = 3
#: How many tokens back a definite document may take up one credited to its author when every
#: mention of its noun in between is a plain definite one (*the memo* ... *the memo*).
_CHAIN_TOKENS = 2500
#: Words before a document noun that open another document of that noun ('a memo', 'another
#: report', 'the final report', 'a second statement').
_OTHER_DOCUMENT = frozenset(
    "a an another new latest second third final full earlier previous separate other".split()
)


def document_noun(head_words: Sequence[str]) -> str:
    """The written work a source's lower-case *head_words* end with ('the memo' -> 'memo';
    'the 22-page report' -> 'report'), or that heads them before an *of*/*to* complement ('an
    audit of the water board' -> 'audit'), else ''."""
    cut = next((k for k in range(1, len(head_words)) if head_words[k] in ("of", "to")), len(head_words))
    noun = head_words[cut - 1] if head_words else ""
    return noun if is_authored(noun) and noun not in PEOPLE_TOO else ""


def note_document(res: Resolver, head_words: Sequence[str], e: int, a: int) -> None:
    """Record that the document source at token *a* (*head_words*) spoke as entity *e*: a later
    *it* may take it up (:func:`document_it`), and a later *the NOUN* is the same document
    (:func:`same_document`) when the source named an issuer."""
    noun = document_noun(head_words)
    if not noun or e < 0:
        return
    res.document_sources.add(a)
    if res.ents[e].name.lower().split()[-1:] != [noun]:
        res.authored[noun] = (e, a)  # (a document speaking as itself, 'A post claimed', names no issuer)


def same_document(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """The author of the document a definite phrase ('the memo', *head_words*, at token *a*)
    refers back to: one of that noun credited to its author in this paragraph or the
    :data:`SAME_DOCUMENT_PARAGRAPHS` before ('according to a memo from the Fiscal Bureau'), or
    further back when each mention of the noun since is a plain definite one (*the memo* three
    paragraphs on, not *a memo* or *the final report*); *the NAMEWORD NOUN* too when the author's
    name holds that word ('the district report' after 'a report the Marlow Creek Area School
    District released'); else -1. Each such mention carries the chain on."""
    if not 2 <= len(head_words) <= 3 or head_words[0] not in ("the", "this", "that"):
        return -1
    noun = head_words[-1]
    got = res.authored.get(noun)
    if got is None:
        return -1
    e, pos = got
    if len(head_words) == 3 and head_words[1] not in res.ents[e].name.lower().split():
        return -1  # ('the district report' is the district's; 'the final report' another one)
    gap = res.table.locate(a)[1] - res.table.locate(pos)[1]
    if gap < 0 or (gap > SAME_DOCUMENT_PARAGRAPHS and not _plain_chain(res, noun, pos, a)):
        return -1
    res.authored[noun] = (e, a)  # (each mention carries the chain on: 'The memo also warns')
    return e


def _plain_chain(res: Resolver, noun: str, pos: int, a: int) -> bool:
    """Is every mention of *noun* between tokens *pos* and *a* a plain definite one (no
    article or modifier that opens another document: :data:`_OTHER_DOCUMENT`), within
    :data:`_CHAIN_TOKENS`?"""
    if a - pos > _CHAIN_TOKENS:
        return False
    words, lows = res.tokens.words, res.lows
    for k in range(pos + 1, a):
        if lows[k] != noun or _quoted(res, k):
            continue  # (a quotation may name another: '"We will wait for the board's final report"')
        before = {w.lower() for w in words[max(0, k - 3) : k]}
        if before & _OTHER_DOCUMENT or (k > 0 and words[k - 1] in POSSESSIVE_MARKS):
            return False
    return True


#: Double quotation marks (a single mark is also an apostrophe: "Kestrel Ferries' report").
_DOUBLE_MARKS = frozenset(['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "``", "''"])


def _quoted(res: Resolver, k: int) -> bool:
    """Does token *k* stand inside a quotation that opened in its sentence (an odd number of
    quotation marks before it)?"""
    first = res.table.sentences[res.table.locate(k)[0]].first
    return sum(w in _DOUBLE_MARKS for w in res.tokens.words[first:k]) % 2 == 1


#: Cue words after *it* that go on with the last source's words ('It adds that', 'It also
#: says').
_GOING_ON = frozenset("adds added continues continued also".split())


def document_it(res: Resolver, a: int) -> int:
    """The entity of the document that *it* at token *a* takes up, or -1: the last source
    was a document (:func:`note_document`) and *it* either opens the next sentence, in this
    paragraph or the next, before a verb of going on ('The report states that C. / It adds
    that D'), or opens a second conjunct of the document's own sentence ('The memo warns that
    C, and it concedes that D')."""
    if not res.spoke:
        return -1
    e, pos = res.spoke[-1]
    if pos not in res.document_sources or pos >= a:
        return -1
    table, words, lows = res.table, res.tokens.words, res.lows
    s_at, p_at = table.locate(a)
    s_k, p_k = table.locate(pos)
    if s_k == s_at:
        return e if lows[a - 1] == "and" else -1
    opens = table.sentences[s_at].first == a
    going_on = a + 1 < len(words) and lows[a + 1] in _GOING_ON
    return e if s_k == s_at - 1 and p_at - p_k <= 1 and opens and going_on else -1


#: Verbs whose subject put its words in a document: 'The board said in the report'.
_SAID_IN = frozenset("said says wrote writes stated states noted notes argued argues".split())
#: Words that give a document's title before it in quotation marks: 'a report titled "X"'.
_TITLED = frozenset(["titled", "entitled", "called"])
#: Determiners that open a document's phrase after *in*.
_DOCUMENT_OPENERS = frozenset("the a an its their his her".split())


def introduced_issuer(res: Resolver, k: int) -> int:
    """The entity that the text credits with the document whose noun stands at token *k*: the
    subject of a verb of saying *in* it ('The board said in the 22-page report'; 'In a report
    published on Monday, the board said': :func:`fronted_in`) or of one of
    issuing it ('The trust published its annual report', 'BODY has released a review'), its possessor
    ("The planning officer's report", "Kestrel Ferries' annual report"), or the author an
    issuing participle after it names ('a report titled "...", which was prepared by the
    Department of Health'); else -1."""
    e = _said_in(res, k)
    if e < 0:
        e = fronted_in(res, k)
    if e < 0:
        e = _issued_object(res, k)
    if e < 0:
        e = _possessor(res, k)
    return e if e >= 0 else _prepared_by(res, k)


def possessed_document(res: Resolver, a: int, b: int) -> int:
    """The owner of a document that source tokens *a..b* name with a possessive before it ('the
    museum's own records', "The planning officer's report"), when the source is that noun
    phrase and its head is an authored noun: the owner the text names, a definite nominal
    resolved ('the museum': the Stadhouder Museum) or the owner phrase; else -1."""
    words, lows = res.tokens.words, res.lows
    k = b
    to = next((j for j in range(a + 2, b) if lows[j] in ("of", "to") and is_authored(lows[j - 1])), -1)
    k = to - 1 if to > 0 else k  # ("The union's letter to members": the letter's owner)
    while k > a and not words[k][:1].isalpha():
        k -= 1
    low = lows[k]
    if k <= a or not words[k].islower() or not is_authored(low) or low in COUNT_NOUNS:
        return -1  # (a count's possessor is no author: "the foundation's tally")
    if not any(words[j] in POSSESSIVE_MARKS for j in range(a, k)) or any(
        lows[j] in PREPOSITIONS for j in range(a, k)
    ):
        return -1  # (not 'a source familiar with the FDIC's investigation': the source's head is 'source')
    return _possessor(res, k)


def _phrase_start(words: Sequence[str], k: int) -> int:
    """The first token of the modifiers before noun *k* (lower-case words, numbers and
    hyphens, at most four)."""
    j = k
    while j > 0 and k - j < 4 and _modifier(words[j - 1]):
        j -= 1
    return j


def _modifier(word: str) -> bool:
    """May *word* modify a document's noun ('22', '-', 'page', 'preliminary'; not 'the')?"""
    plain = (word.isalpha() and word.islower()) or word.isdigit() or word == "-" or word in _CLOCK
    return plain and word not in _DOCUMENT_OPENERS


#: The clock's abbreviations in a document's time ("the center's 5 p.m. advisory").
_CLOCK = frozenset(["a.m.", "p.m."])


def mention_ending(res: Resolver, last: int) -> int:
    """The mention index of a name ending at token *last*, else -1."""
    n = bisect.bisect_right(res.mention_starts, last) - 1
    return n if n >= 0 and res.mentions[n].last == last else -1


def _said_in(res: Resolver, k: int) -> int:
    words, lows = res.tokens.words, res.lows
    j = _phrase_start(words, k)
    if j < 3 or lows[j - 1] not in _DOCUMENT_OPENERS or lows[j - 2] != "in":
        return -1
    if lows[j - 3] not in _SAID_IN:
        return -1
    n = mention_ending(res, j - 4)
    if n >= 0:
        return res.table.of_mention[n] if res.subject(n) or _trailing_credit(res, n) else -1
    return _nominal_speaker(res, j - 4)


#: How many tokens a fronted *In a report ...,* phrase may run before its comma.
_FRONTED_TOKENS = 12


def fronted_in(res: Resolver, k: int) -> int:
    """The entity that a sentence opening *In a/its ... NOUN ...,* (the document noun at token
    *k*) goes on with as the subject of a verb of saying ('In a report published on Monday,
    the Marlow Water Authority said ...'), else -1: the phrase closes with a comma within
    :data:`_FRONTED_TOKENS` tokens, and a name right after it (and *the*) is followed by the
    verb."""
    words, lows = res.tokens.words, res.lows
    j = _phrase_start(words, k)
    if j < 2 or lows[j - 1] not in _DOCUMENT_OPENERS or lows[j - 2] != "in":
        return -1
    if res.table.sentences[res.table.locate(k)[0]].first != j - 2:
        return -1  # (the phrase opens its sentence)
    comma = next((t for t in range(k + 1, min(len(words), k + _FRONTED_TOKENS)) if words[t] == ","), -1)
    if comma < 0:
        return -1
    first = comma + 1 + (comma + 1 < len(words) and lows[comma + 1] == "the")
    n = bisect.bisect_left(res.mention_starts, first)
    if n >= len(res.mentions) or res.mentions[n].first != first:
        return -1
    last = res.mentions[n].last
    return res.table.of_mention[n] if last + 1 < len(words) and lows[last + 1] in _SAID_IN else -1


def _trailing_credit(res: Resolver, n: int) -> bool:
    """Does mention *n* follow a comma or a closing quotation mark, the subject of a trailing
    credit ('..., KFAL said in a regulatory filing')?"""
    m = res.mentions[n]
    first = m.title_first if 0 <= m.title_first < m.first else m.first
    before = res.tokens.words[first - 1] if first > 0 else ""
    return before == "," or before in res.lexicon.quote_tokens


#: How many tokens a definite nominal subject may take before its verb ('the investigation board').
_NOMINAL_SUBJECT = 4


def _nominal_speaker(res: Resolver, last: int) -> int:
    """The entity a resolved source that is a definite nominal ending at token *last* spoke as
    ('..., the board wrote in the report': the board named before), else -1."""
    words, lows = res.tokens.words, res.lows
    for e, pos in reversed(res.spoke[-8:]):
        if pos <= last and last - pos < _NOMINAL_SUBJECT and lows[pos] == "the":
            plain = all(w.isalpha() and w.islower() for w in words[pos + 1 : last + 1])
            return e if plain and 0 <= e < len(res.table.entities) else -1
    return -1


#: Past forms of doing a study or audit, whose subject wrote it: 'The institute conducted a survey'.
_DOING_VERBS = frozenset("conducted led ran undertook".split())


def _issued_object(res: Resolver, k: int) -> int:
    words, lows = res.tokens.words, res.lows
    j = _phrase_start(words, k)
    if j < 3 or lows[j - 1] not in _DOCUMENT_OPENERS:
        return -1
    v = j - 2
    done = v >= 2 and lows[v] == "out" and lows[v - 1] == "carried"  # ('Fenwick & Co carried out an audit')
    v -= done
    if not done and lows[v] not in AUTHORING_VERBS and lows[v] not in _DOING_VERBS:
        return -1  # (not 'The Harbour Gazette carried a report': it printed someone's)
    last = v - 1 - (lows[v - 1] in ("has", "have", "had"))
    n = mention_ending(res, last)
    return res.table.of_mention[n] if n >= 0 and res.subject(n) else -1


def _possessor(res: Resolver, k: int) -> int:
    words, lows = res.tokens.words, res.lows
    j = _phrase_start(words, k)
    if j < 2 or words[j - 1] not in POSSESSIVE_MARKS:
        return -1
    n = mention_ending(res, j - 2)
    if n >= 0:
        return res.table.of_mention[n]
    start = j - 2  # ('The planning officer's report': an unnamed owner after *the*)
    while start > 0 and j - 2 - start < 3 and lows[start] != "the" and words[start - 1].isalpha():
        start -= 1  # (up to *the*: 'According to | the museum's own records')
    owner = [w.lower() for w in words[start : j - 1]]
    if len(owner) < 2 or owner[0] != "the" or not all(w.isalpha() for w in owner):
        return -1
    lo = bisect.bisect_left(res.mention_starts, start)
    e = resolve_nominal(res, owner, start, lo, res.lexicon)
    if 0 <= e < len(res.table.entities):
        return e  # (a named entity; not another description, 'people close to the campaign')
    return res.phrase_entity(" ".join(words[start + 1 : j - 1]), phrase_kind(owner, res.lexicon))


def _prepared_by(res: Resolver, k: int) -> int:
    words, lows = res.tokens.words, res.lows
    j = k + 1
    if j + 1 < len(words) and lows[j] in _TITLED and words[j + 1] in res.lexicon.quote_tokens:
        close = next(
            (t for t in range(j + 2, min(j + 30, len(words))) if words[t] in res.lexicon.quote_tokens), -1
        )
        if close < 0:
            return -1
        j = close + 1
    j += j < len(words) and words[j] == ","
    if j + 1 < len(words) and lows[j] in ("which", "that") and lows[j + 1] in ("was", "is"):
        j += 2
    if j + 2 >= len(words) or lows[j] not in ISSUING_PARTICIPLES or lows[j + 1] != "by":
        return -1
    j += 2 + (lows[j + 2] == "the")
    n = bisect.bisect_left(res.mention_starts, j)
    if n < len(res.mentions) and res.mentions[n].first == j:
        return res.table.of_mention[n]
    return -1


def issuer_next(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """The issuer of an indefinite document (*head_words*, at token *a*) in a paragraph's last
    sentence, named in the next paragraph's first sentence as the subject of a verb of saying
    *in* that document ('..., according to a preliminary report released on Thursday.' / 'The
    board said in the 22-page report that ...'); else -1."""
    if not head_words or head_words[0] not in ("a", "an"):
        return -1
    noun = next((w for w in head_words[1:4] if is_authored(w) and w not in PEOPLE_TOO), "")
    table = res.table
    s, p = table.locate(a)
    if not noun or s + 1 >= len(table.sentences):
        return -1
    nxt = table.sentences[s + 1]
    if nxt.paragraph != p + 1:
        return -1
    lows = res.lows
    for k in range(nxt.first, nxt.last + 1):
        if lows[k] == noun and (e := _said_in(res, k)) >= 0:
            return e
    return -1
