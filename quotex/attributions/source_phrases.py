"""Noun phrases that hold a source left of a cue: the name an apposition describes
(*Ida Varga, | a Republican who ...*) and an anonymous source's phrase (*people familiar with the
matter said*). Input: the token table, a token index and the floor; output: token spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.apposed_names import APPOSITION_TOKENS
from quotex.attributions.context import is_source_noun
from quotex.attributions.noun_phrases import np_left
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, DOCUMENT_NOUNS
from quotex.lexicon.grammar import PREPOSITIONS
from quotex.mentions import is_name_word
from quotex.tokens import Tokens

#: 'people familiar with the matter said': the adjective, before the cue
FAMILIAR_WINDOW = 10


def apposition_owner(
    tokens: Tokens, first: int, floor: int, lexicon: Lexicon, *, governed: bool = False
) -> int:
    """The first token of the name that a noun phrase opened by an article at token *first*
    is an apposition to ('Ida Varga, | a Republican who has ...', 'Ida Varga, | the farmer
    who ...'): a relative clause on that phrase describes the name's bearer, who is the
    source; -1 when no such name stands before it. With *governed*, the name may be a
    preposition's object inside the clause (:func:`name_before`)."""
    if tokens.words[first].lower() not in ("a", "an", "the"):
        return -1
    last = name_before(tokens, first, floor, lexicon, governed=governed)
    name = np_left(tokens, last, floor, lexicon) if last >= 0 else None
    return name[0] if name is not None else -1


def who_antecedent(tokens: Tokens, np: tuple[int, int], floor: int, lexicon: Lexicon) -> int:
    """The first token of the person a *who* clause right after the noun phrase *np* describes:
    the name it is an apposition to ('Ida Varga, | a Republican | who'), or, when *np* is the
    object of a preposition inside such an apposition ('Eli Brandt, 16, a junior at | Cedar
    Bluff High School |, who told ...'), that apposition's name; -1 otherwise. A place or body
    named in the apposition's postmodifier is not the person who speaks."""
    owner = apposition_owner(tokens, np[0], floor, lexicon, governed=True)
    words = tokens.words
    p = np[0] - 1
    if owner >= 0 or p - 1 < floor or not words[p].islower() or words[p] not in PREPOSITIONS:
        return owner
    role = np_left(tokens, p - 1, floor, lexicon)
    if role is None or words[role[0]].lower() not in ("a", "an", "the") or role[1] != p - 1:
        return -1
    return apposition_owner(tokens, role[0], floor, lexicon, governed=True)


#: Determiners that open a verb's object before a relative clause ('met | a man from X |, who').
_OBJECT_DETERMINERS = frozenset("a an one the".split())


def object_phrase(tokens: Tokens, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase *np* less a clause's subject and verb before its object: a determiner
    after a lower-case word that is no preposition opens the object ('Ana Roe shared | a message
    from an account', 'met | a man from the council'); *np* otherwise (after a preposition the
    determiner opens a postmodifier: 'the mother of | a pupil')."""
    if np is None:
        return None
    words = tokens.words
    for d in range(np[0] + 1, np[1]):
        before = words[d - 1]
        if (
            words[d].lower() in _OBJECT_DETERMINERS
            and before.isalpha()
            and before.islower()
            and before not in PREPOSITIONS
            and before not in ("and", "or")
        ):
            return (d, np[1])
    return np


def personal_antecedent(tokens: Tokens, np: tuple[int, int]) -> tuple[int, int]:
    """The part of the noun phrase *np* that a *who* after it describes: past a document and its
    *from* or *by* ('a message | from | an unverified account, who wrote', *who* names a person,
    never the message: ``function_words.DOCUMENT_NOUNS``); *np* otherwise."""
    lows = tokens.lows
    for k in range(np[0] + 1, np[1]):
        if lows[k] in ("from", "by") and lows[k - 1].rstrip("s") in DOCUMENT_NOUNS:
            return (k + 1, np[1])
    return np


def antecedent_np(tokens: Tokens, np: tuple[int, int] | None, *, who: bool) -> tuple[int, int] | None:
    """The antecedent of a *who* clause in the noun phrase *np* before it: the verb's object
    (:func:`object_phrase`: 'A met | a man from X |, who'), a person past a document
    (:func:`personal_antecedent`); *np* for *that* (a thing a subject made may speak for it, and
    PolNeAR gives its words to the subject: 'Trump released a marketing video that said')."""
    if not who or np is None:
        return np
    return personal_antecedent(tokens, object_phrase(tokens, np) or np)


def name_before(tokens: Tokens, first: int, floor: int, lexicon: Lexicon, *, governed: bool = False) -> int:
    """The last token of a name that opens its clause and stands just before the comma
    before token *first* (an apposition's first word: 'Ida Varga, | the editor ...'); -1 when
    none does. A name after a preposition or a comma is in an opening phrase ('In May, a
    federal judge ...', 'In Leith, the mayor's spokesman, Ivo Berg, said'), not the subject."""
    words = tokens.words
    if first - 2 < floor or words[first - 1] != ",":
        return -1
    if words[first - 2].isdigit() and first - 4 >= floor and words[first - 3] == ",":
        first -= 2  # 'Eli Brandt, 16, | a junior ...': an age between the name and the apposition
    name = np_left(tokens, first - 2, floor, lexicon)
    if name is None or not is_name_word(words[name[1]]):
        return -1
    if name[0] > floor and (
        words[name[0] - 1] == "," or (words[name[0] - 1].lower() in PREPOSITIONS and not governed)
    ):
        return -1  # (with *governed*, a relative clause's: 'heard from NAME, a miner, who said')
    if in_fronted_phrase(words, name[0], floor):
        return -1  # 'Reacting, | the Minister ...', 'Speaking at the Grand Hotel, | the leader ...'
    return first - 2


def in_fronted_phrase(words: Sequence[str], first: int, floor: int) -> bool:
    """Does the stretch of its clause that ends in the noun phrase at token *first* open with
    a preposition or a capitalised participle ('At the Grand Hotel in Leeds', 'Addressing
    protesters at the Unity Fountain', a bare 'Reacting')? Then that phrase is a fronted
    adverbial (Quirk et al. 1985, §8.14, §15.58) and nothing in it is the clause's subject."""
    m = first
    while m > floor and words[m - 1] not in (",", ";", ":", '"', "“", "”", "(", "—", "–"):
        m -= 1
    w = words[m]
    low = w.lower()
    if low in PREPOSITIONS and low not in ("of", "like") and m < first:
        return True
    return (
        w[:1].isupper()
        and w.isalpha()
        and len(w) > 5
        and low.endswith("ing")
        and (m == first or words[m + 1].islower())
    )


def familiar_subject(
    tokens: Tokens, j: int, floor: int, lexicon: Lexicon, lows: Sequence[str]
) -> tuple[int, int] | None:
    """'people familiar with the matter said': the phrase before the adjective, to token *j*
    (*lows*: the words in lower case)."""
    for k in range(j - 1, max(floor - 1, j - FAMILIAR_WINDOW), -1):
        low = lows[k]
        if low in ("familiar", "close", "knowledgeable", "briefed") and k - 1 >= floor:
            np = np_left(tokens, k - 1, floor, lexicon)
            return (np[0], j) if np is not None else None
        if low in (",", ".", ";", ":"):
            break
        if low in lexicon.verb_forms and not (k - 1 >= floor and lows[k - 1] in DETERMINERS):
            break  # (after a determiner a noun: 'familiar with the planning for the meeting')
    return None


def bare_non_source(words: Sequence[str], np: tuple[int, int], lexicon: Lexicon) -> bool:
    """Is the noun phrase *np* after an inverted cue that follows unquoted words ('C, orders
    fresh hearing': a headline's second verb and its object) a bare lower-case phrase with no
    determiner whose head is no source noun? Such a phrase is the verb's object, not an inverted
    subject ('C, said officials', 'C, say residents' keep theirs: a group or role noun)."""
    a, b = np
    if any(not w.islower() for w in words[a : b + 1]) or words[a] in DETERMINERS:
        return False
    if b + 1 < len(words) and words[b + 1] == "and":
        return False  # ('C, said lobbyist and strategist NAME': a title shared before a name)
    head = words[b]
    return not (is_source_noun(head, lexicon) or (head.endswith("s") and is_source_noun(head[:-1], lexicon)))


#: Prepositions whose object is no verb's subject ('appointed by | NAME', 'a lawyer with | BODY').
_GOVERNING = frozenset("by with at of for from".split())


def governed_source(
    tokens: Tokens, src: tuple[int, int], floor: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The subject to read for a source phrase *src* that a preposition governs, or None when
    none does: the name whose apposition holds it ('NAME, a lawyer with | Carrow & Pike |, whose
    deputy resigned, said'), or the name a relative clause holding it describes ('NAME, ROLE, who
    was appointed by | B |, ROLE_B, last year, said'), from that name to *src*'s end."""
    words, lows = tokens.words, tokens.lows
    start = src[0]
    if lows[start] in ("a", "an", "the") and start - 2 > floor and words[start - 1] == ",":
        name = np_left(tokens, start - 2, floor, lexicon)  # (an apposition: its name's place)
        start = name[0] if name is not None and is_name_word(words[name[0]]) else start
    while start - 2 > floor and words[start - 1] == "&":
        start -= 2  # ('with | Carrow & Pike': the whole name)
    if start - 1 <= floor or lows[start - 1] not in _GOVERNING or not words[start - 1].islower():
        return None
    src = (start, src[1])
    owner = who_antecedent(tokens, src, floor, lexicon)
    if owner >= 0:
        return owner, src[1]
    r = src[0] - 2
    while r > floor and words[r] != "," and lows[r] not in ("who", "whose"):
        r -= 1
    if r - 2 < floor or lows[r] not in ("who", "whose") or words[r - 1] != ",":
        return None
    np = np_left(tokens, r - 2, floor, lexicon)
    if np is None:
        return None
    owner = apposition_owner(tokens, np[0], floor, lexicon)
    first = owner if owner >= 0 else np[0]
    return (first, src[1]) if is_name_word(words[first]) else None


def affirmed_source(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The phrase ending at token *j* before *, not B,*: a name with its apposition ('It was A, ROLE,
    | not B, who said'), or a name; None when no name stands there (the negated B never speaks)."""
    np = np_left(tokens, j, floor, lexicon)
    if np is None:
        return None
    owner = who_antecedent(tokens, np, floor, lexicon)  # (also past 'a lecturer at | BODY')
    if owner >= 0:
        return owner, j
    words = tokens.words
    opens = np[0] == floor or words[np[0] - 1] in (",", ";")  # (no preposition's object: 'at BODY')
    if opens and is_name_word(words[np[0]]) and is_name_word(words[np[1]]):
        return np
    for m in range(j - 1, max(floor, j - APPOSITION_TOKENS), -1):  # (a long apposition: 'of X and Y,')
        if words[m] == "," and tokens.lows[m + 1] in ("a", "an", "the") and is_name_word(words[m - 1]):
            name = np_left(tokens, m - 1, floor, lexicon)
            return (name[0], j) if name is not None and is_name_word(words[name[0]]) else None
    return None


def settled_source(
    tokens: Tokens, src: tuple[int, int] | None, cue: int, floor: int, lexicon: Lexicon
) -> tuple[tuple[int, int] | None] | None:
    """A correction of the subject *src* found before the cue at token *cue*, as a 1-tuple (its
    value None when nobody speaks), or None when *src* stands: the name a preposition's object
    belongs to (:func:`governed_source`), or the phrase before *, not B,* (:func:`affirmed_source`:
    'A, ROLE, not B, said': A; B never speaks)."""
    lows = tokens.lows
    if src is None and cue - 2 > floor and tokens.words[cue - 1] == ",":
        src = np_left(tokens, cue - 2, floor, lexicon)  # (the negated phrase the finder refused: 'not B,')
        src = src if src is not None and lows[src[0] - 1] == "not" else None
    if src is None:
        return None
    if (governed := governed_source(tokens, src, floor, lexicon)) is not None:
        return (governed,)  # ('A, ROLE, who was appointed by B, ROLE_B, said': A)
    words = tokens.words
    after = src[0]
    while after < src[1] and is_name_word(words[after]):
        after += 1  # (past the name: 'not B, who', 'not B,')
    closed = after + 1 < len(words) and "," in (words[after], words[after + 1])  # (not 'On Monday, not one')
    if src[0] - 3 >= floor and lows[src[0] - 1] == "not" and words[src[0] - 2] == "," and closed:
        return (affirmed_source(tokens, src[0] - 3, floor, lexicon),)
    return None
