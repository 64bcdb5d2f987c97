"""A document credits its issuer: ``according to a report by the harbour board`` is the
board's (:func:`document_issuer`), for *according to* and for a fronted survey phrase."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import is_issued_noun
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import TIME_WORDS
from quotex.lexicon.grammar import (
    AUXILIARIES,
    COMPLEMENT_MARKS,
    COPULA,
    ISSUING_PARTICIPLES,
    MODALS,
    PROPOSAL_NOUNS,
    RECEIVING_VERBS,
    WORK_COMPLEMENT_TOKENS,
)
from quotex.mentions import is_name_word, registered_spelling
from quotex.tokens import Tokens


def document_issuer(
    tokens: Tokens, src: tuple[int, int], last: int, lexicon: Lexicon, *, closed: bool
) -> tuple[int, int]:
    """A document credits its issuer: for ``a report by the state Department of
    Transportation`` (*src* ending in a document noun, then ``by``/``from``, maybe after a
    participle: ``a complaint filed by``; the noun may govern an *of* phrase: ``a survey of
    voters by``) the issuer's phrase, and for ``an interview with X``
    the one interviewed; any phrase before an issuing participle and ``by`` is a document
    (``minutes of the meeting published by X``); otherwise *src* unchanged (also when a name
    before the noun is its author: ``a Harbour Watch report``)."""
    words, lows = tokens.words, tokens.lows
    head = src[1]
    # ('a survey of 1,658 adults by X': the document's noun before *of* heads the phrase)
    of_doc = next((k for k in range(src[0], head) if lows[k + 1] == "of" and is_issued_noun(lows[k])), head)
    noun = lows[of_doc]
    link = _issuing_participle(words, head + 1, last)
    participle = link > head + 1 or (link + 1 <= last and lows[link] in ISSUING_PARTICIPLES)
    if participle:
        link += 1  # 'a court document filed by ...'
        link = _after_dating(words, link, last)  # 'a report published last month by ...'
    if head + 2 > last or link + 1 > last:
        return src
    prep = lows[link]
    if any(is_name_word(words[k]) for k in range(src[0], of_doc)):
        return src  # 'a Harbour Watch report released by the council': the report names its author
    # a text 'published by' someone is a document whatever its noun ('minutes of the meeting')
    issued = is_issued_noun(noun) or noun in PROPOSAL_NOUNS or (participle and prep == "by")
    if not ((issued and prep in ("by", "from")) or (noun in ("interview", "interviews") and prep == "with")):
        return src  # ('according to an interview with his brother, Ivo Berg': the one interviewed)
    issuer = np_right(tokens, link + 1, last, lexicon, closed=closed) or _titled_name(words, link + 1, last)
    return _owned_body(words, issuer, last) if issuer is not None else src


#: Words that open the object of *for* after an author's name ('by Ana Berg | for the trust').
_FOR_OBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "its", "their"])


def author_for(words: Sequence[str], issuer: tuple[int, int], lexicon: Lexicon) -> tuple[int, int]:
    """The issuer cut before *for* when a name of two words or more, none an organisation noun,
    ends there, and a listed first name opens it or a determiner opens the object ('figures
    compiled by Ana Berg | for the Harbour Trust': she compiled them, the trust asked for them);
    *issuer* unchanged for a body's name that runs on over *for* ('the Centre for Rural Studies',
    'Americans for Prosperity')."""
    a, b = issuer
    k = a
    while k <= b and is_name_word(words[k]):
        k += 1
    if k - a < 2 or k + 1 > b or words[k] != "for":
        return issuer
    if any(w.lower() in lexicon.organization_nouns for w in words[a:k]):
        return issuer
    first_name = registered_spelling(words[a].lower()) in FIRST_NAMES
    return (a, k - 1) if first_name or words[k + 1].lower() in _FOR_OBJECT_OPENERS else issuer


#: How many lower-case words a body owned by a name may take ("Harlow Council's | planning
#: department").
_OWNED_WORDS = 4


def _owned_body(words: Sequence[str], issuer: tuple[int, int], last: int) -> tuple[int, int]:
    """*issuer*, or its phrase run on over the lower-case words of the body it owns when it ends
    with a possessive mark ("a report by Harlow Council's | planning department,": the phrase
    walker stops at *planning*, a verb form too), up to a comma or *last*."""
    end = issuer[1]
    if words[end] not in ("'s", "’s", "'", "’"):
        return issuer
    k = end
    while k + 1 <= last and k - end < _OWNED_WORDS and words[k + 1].isalpha() and words[k + 1].islower():
        k += 1
    closes = k == last or (k + 1 <= last and words[k + 1] in (",", "."))
    return (issuer[0], k) if k > end and closes else issuer


def issued_by(tokens: Tokens, np: tuple[int, int], floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object *np* of a preposition is no subject, except the issuer after a document noun
    ('A study by Westbrook State University found' -> the whole phrase) and the end of the
    complement of one that opens its clause (:func:`complement_source`: 'An audit of the Kestrel
    Water Board, carried out by X, found', 'The letter to members, signed by X, said' -> the
    whole phrase, whose head is the work); else None."""
    words = tokens.words
    k = np[0] - 1
    if k - 2 >= floor and received_by(words, k - 1):
        # 'A council memo seen by the Herald says': who obtained or saw a text is never the
        # subject; the noun the participle modifies is
        return np_left(tokens, k - 2, floor, lexicon)
    found = with_document(tokens, np, floor, lexicon)
    # ('An audit of fares in the north, ...': a work's complement)
    return found if found is not None else complement_source(tokens, np[1], floor, lexicon)


def with_document(
    tokens: Tokens, np: tuple[int, int], floor: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """*np*, the object of *by* or *from* after a document noun, with the document's phrase
    before it ('the report | by the Wildlife Trust'); None when *np* follows no such noun."""
    words, lows = tokens.words, tokens.lows
    k = np[0] - 1
    if k - 1 < floor or lows[k] not in ("by", "from") or not is_issued_noun(words[k - 1]):
        return None
    doc = np_left(tokens, k - 1, floor, lexicon)
    return (doc[0] if doc is not None else k - 1, np[1])


def received_by(words: Sequence[str], k: int) -> bool:
    """Is token *k* the participle of receiving a text, then *by* ('a memo | obtained by the
    Herald', 'seen by', 'reviewed by': :data:`~quotex.lexicon.grammar.RECEIVING_VERBS`)? Who
    obtained a text wrote none of it; who captured, posted or led one may have (not these)."""
    w = words[k]
    return (
        k + 1 < len(words)
        and words[k + 1].lower() == "by"
        and w in RECEIVING_VERBS
        and (w.endswith(("ed", "en")) or w in _PLAIN_PARTICIPLES)
    )


#: Past participles of receiving that end in neither *-ed* nor *-en* ('read by', 'found by').
_PLAIN_PARTICIPLES = frozenset(["read", "found", "got"])


def complement_source(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The work whose complement ends at token *j*, with the complement, when the work opens its
    clause (at *floor*, after a comma or a quotation mark): 'An audit | of 400 farms', "The
    union's letter | to shareholders", 'A letter from NAME | to BODY' (then maybe an aside, and
    the cue); None when no such
    work stands within :data:`~quotex.lexicon.grammar.WORK_COMPLEMENT_TOKENS` plain tokens
    (words that are no verb)."""
    words, lows = tokens.words, tokens.lows
    if (words[j].islower() and words[j].endswith("ly")) or words[j] in ("'s", "’s"):
        # ('her stump speech to effusively | praising': an adverb ends no noun phrase, nor a
        # genitive: "a letter from the council's | planning department")
        return None
    for k in range(j, max(floor, j - WORK_COMPLEMENT_TOKENS) - 1, -1):
        w = lows[k]
        if w in ("of", "to") and k < j and k - 1 >= floor and is_issued_noun(words[k - 1]):
            doc = np_left(tokens, k - 1, floor, lexicon)
        elif w == "to" and k < j and k - 1 >= floor and (author := np_left(tokens, k - 1, floor, lexicon)):
            # ('A letter from NAME | to BODY': the phrase read whole, or the author after its work)
            authored = any(
                lows[m] in ("from", "by") and is_issued_noun(words[m - 1]) for m in range(author[0] + 1, k)
            )
            doc = author if authored else with_document(tokens, author, floor, lexicon)
            if doc is None:
                return None
        else:
            doc = None
        if doc is not None:
            opens = doc[0] == floor or words[doc[0] - 1] in (",", *lexicon.quote_tokens)
            return (doc[0], j) if opens else None
        if w in COMPLEMENT_MARKS:
            continue  # (the possessive "'s" is no verb here)
        if not words[k][:1].isalnum() or w in lexicon.verb_forms or w in _VERBS:
            return None
    return None


#: Verb words that end a complement's walk ('was', 'has').
_VERBS = COPULA | AUXILIARIES | MODALS


def _issuing_participle(words: Sequence[str], k: int, last: int) -> int:
    """The issuing participle before *by* that a document's *of*/*for*/*on* phrase starting
    at token *k* runs into ('a record of the planning meeting released by X': the phrase
    walker stops at a noun that is also a verb), within eight plain words; else *k*."""
    if k > last or words[k].lower() not in ("of", "for", "on"):
        return k
    for m in range(k + 1, min(last - 1, k + 8) + 1):
        low = words[m].lower()
        if low in ISSUING_PARTICIPLES and words[_after_dating(words, m + 1, last)].lower() == "by":
            return m  # (also after a date: 'a survey of voters published on Wednesday by X')
        if not (words[m].isalpha() or _figure(words[m])) and words[m] not in ("-", "'s", "’s"):
            break  # (a figure is a plain word: 'a survey of 1,658 adults published by X')
    return k


def _figure(word: str) -> bool:
    """Is *word* a number in figures, with thousands' commas or a decimal point ('1,658')?"""
    return word[:1].isdigit() and word.replace(",", "").replace(".", "").isdigit()


def _after_dating(words: Sequence[str], k: int, last: int) -> int:
    """The *by* after a short time phrase that starts at token *k* after an issuing participle
    ('published | last month | by', 'released | on Tuesday | by', 'issued | in 2024 | by'): at
    most four date words, day or month names and years; else *k*."""
    m = k
    while m <= last and m - k < 4 and words[m].lower() != "by":
        low = words[m].lower().rstrip(".")
        if not (
            low in TIME_WORDS or low in _DATING_LEADS or (words[m].isdigit() and len(words[m]) in (1, 2, 4))
        ):
            return k
        m += 1
    return m if m > k and m <= last and words[m].lower() == "by" else k


#: Words that open a time phrase between a participle and *by* ('last month', 'on Tuesday').
_DATING_LEADS = frozenset("on in last this earlier early late".split())


def _titled_name(words: Sequence[str], first: int, last: int) -> tuple[int, int] | None:
    """A name after at most four lower-case words ('state attorney Ina Varga', which the
    phrase walker leaves when a word is also a verb: *state*); None when none follows."""
    k = first
    while k <= last and k - first < 4 and words[k].isalpha() and words[k].islower():
        k += 1
    if k > last or not is_name_word(words[k]):
        return None
    while k + 1 <= last and is_name_word(words[k + 1]):
        k += 1
    return (first, k)


# ---------------------------------------------------------------- a colon
