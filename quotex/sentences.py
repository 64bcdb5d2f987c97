"""Stage 3, sentences: tokens + quote spans -> tuple[Sentence, ...].

Input: the :class:`~quotex.tokens.Tokens` table (no whitespace tokens: a
newline between two tokens is a paragraph break) and the quote spans of
stage 2. Output: the sentences in order, each with its token range,
character range and paragraph number.

Rules: a paragraph break (a newline) always ends a sentence. Inside a
paragraph a sentence ends after ``.``, ``?`` or ``!`` (and any closing marks
or brackets after it) when the next word starts with a capital letter, a
digit or an opening mark, unless the full stop belongs to an abbreviation
token (``Mr.``, ``U.S.``, ``Jan.``: the tokenizer keeps those whole) or is
``No.``, ``Vol.``, ``Art.`` before a number (``the No. 2 official``). A
boundary inside a closed quotation is ignored, so ``"A. B," she said.`` is one
sentence with its attribution. A dateline that opens a paragraph
(``LISBON, Portugal —``, ``WASHINGTON (AP) —``, ``PORTLAND, Ore., Dec. 1 —``) is a
sentence of its own, flagged ``dateline=True``, so it is never part of the next
sentence's content or source. A ``Doc`` with sentence boundaries from a
parser is not consulted: the quote-aware rule above is what attribution
needs, and it keeps the two paths identical.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Sequence
from itertools import compress, count, repeat
from operator import itemgetter

from attrs import frozen

from quotex.lexicon.function_words import NAME_PARTICLES, NOT_NAMES
from quotex.lexicon.grammar import (
    FINITE_AUXILIARIES,
    HALF_DAY_MARKS,
    IRREGULAR_PAST,
    PREPOSITIONS,
    SPEAKER_PERSON_WORDS,
    SUBORDINATORS,
    TIME_ZONES,
)
from quotex.lexicon.titles import RANK_ABBREVIATIONS
from quotex.quote_spans import QuoteSpan, quoted_turn
from quotex.tokens import Tokens

__all__ = ["Sentence", "colon_dateline", "dateline_end", "split_sentences"]

_FINAL = frozenset({".", "?", "!", "...", "…", "?!", "!?"})
_FINAL_CHARS = (".", "?", "!", "…")  # (what a sentence-final token ends with)
_FINAL_CHAR = re.compile("[" + re.escape("".join(_FINAL_CHARS)) + "]")
_LAST_CHAR = itemgetter(-1)


def _lasts(words: Sequence[str]) -> str | None:
    """The string of every word's last character (one character a word; no Python loop), or
    None when a word is empty (a table built by hand)."""
    try:
        return "".join(map(_LAST_CHAR, words))
    except IndexError:
        return None


def _final_candidates(words: Sequence[str], lasts: str | None) -> Iterable[int]:
    """The indexes of the words that end in one of :data:`_FINAL_CHARS`, in order: a regex
    search of *lasts* (:func:`_lasts`), which is faster than a test per word."""
    if lasts is None:
        return compress(count(), map(str.endswith, words, repeat(_FINAL_CHARS)))
    return [m.start() for m in _FINAL_CHAR.finditer(lasts)]


#: Abbreviations written before a number, whose full stop ends no sentence: numbering ('No. 2')
#: and the currencies South Asian and East African papers abbreviate ('Rs. 4,200 crore' for
#: rupees, 'Tk.' for taka, 'KSh.' and 'Sh.' for shillings), and 'approx.'.
_NUMBER_ABBREVIATIONS = frozenset(
    ["No", "Nos", "no", "Vol", "Art", "Fig", "Sec", "Ch", "Pt", "Op", "Rs", "Re", "Tk", "KSh", "Sh", "approx"]
)
#: Honorifics in capitals that the tokenizer splits from their full stop ('MS.', 'MR.'), as
#: hearing transcripts label speakers: no sentence ends there.
_CAPS_HONORIFICS = frozenset(["MR", "MS", "MRS", "DR"])
_RANKS = frozenset(RANK_ABBREVIATIONS)
#: Name suffixes the tokenizer keeps whole: a sentence ends at one as at a rank ('went to Tomas
#: Reyes Jr. The mayor ...').
_SUFFIXES = frozenset(["Jr.", "Sr.", "Snr.", "Jnr."])


#: Words that open a clause, never a name or a time phrase, after a lower-case abbreviation.
_CLAUSE_OPENERS = frozenset("he she they it we i the".split())


def _rank_ends(words: Sequence[str], k: int) -> bool:
    """Whether the rank abbreviation *words[k]* (kept whole with its full stop by the
    tokenizer, :data:`quotex.lexicon.titles.RANK_ABBREVIATIONS`) or a lower-case abbreviation
    (*a.m.*, *p.m.*, *etc.*) ends a sentence: a capitalised word that is no name follows it
    ('He retired as a Sgt. He ...', 'the order came at 11:40 a.m. He said ...': one full stop
    for both, Quirk et al. 1985, App. III.6), not a name ('Sgt. Ana') nor, after a lower-case
    abbreviation, any word but a subject pronoun or *the* ('at 9 a.m. Monday')."""
    if k + 1 >= len(words) or not words[k + 1][:1].isupper():
        return False
    w, nxt = words[k], words[k + 1].lower()
    if w in _RANKS or w in _SUFFIXES:
        return nxt in NOT_NAMES
    return w[:1].islower() and "." in w[:-1] and w[-1] == "." and nxt in _CLAUSE_OPENERS


def _unit_ends(words: Sequence[str], k: int) -> bool:
    """Whether the letter and full stop the tokenizer keeps as one token (*m.*, *k.*, *b.*) after a
    number is an amount's unit that ends its sentence ('cost £1.8m. "We ...'): one full stop for
    both, as after *a.m.* (:func:`_rank_ends`)."""
    w = words[k]
    return (
        len(w) == 2
        and w[0].islower()
        and w[1] == "."
        and k > 0
        and words[k - 1][-1:].isdigit()
        and k + 1 < len(words)
        and (words[k + 1][:1].isupper() or words[k + 1][:1] in _OPENING_MARKS)
    )


_TRAILERS = frozenset({'"', "”", "’", "'", "''", ")", "]", "»", "’”", "'\"", "“", "‘"})


@frozen
class Sentence:
    """Tokens ``first`` .. ``last`` (inclusive: ``last >= first``) = ``text[start:end]``.

    ``dateline`` is True for a dateline opening a paragraph (``OSLO —``): it
    names a place, never a speaker, and holds no content.
    """

    first: int
    last: int
    start: int
    end: int
    paragraph: int
    dateline: bool = False


#: Dashes that end a dateline: em dash, en dash, a typewriter double hyphen, a spaced hyphen.
_DATELINE_DASHES = frozenset({"—", "–", "--", "-", "―"})
#: The tokens a dateline can end with: a dash, or an agency's closing bracket (:func:`_agency_closes`).
_DATELINE_ENDS = _DATELINE_DASHES | {")"}
_DASH_CHAR = re.compile("[" + re.escape("".join(sorted({w[-1] for w in _DATELINE_ENDS}))) + "]")
#: A dateline is at most this many tokens before its dash ('CAMBRIDGE, Mass., Dec. 11 (UPI) —' is 10).
_DATELINE_MAX = 16
#: A dateline's place has at most this many words in capitals ('RIO DE JANEIRO', 'SALT LAKE CITY').
_PLACE_WORDS = 4


def _is_caps_word(word: str) -> bool:
    """'LISBON', 'SÃO', 'WINSTON-SALEM', "NUKU'ALOFA": two or more letters, all capitals, no full
    stop ('U.S.')."""
    return (
        word.isupper()
        and len(word) >= 2
        and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
    )


def _is_title_word(word: str) -> bool:
    """'Washington', 'Mexico': a capital, then lower-case letters."""
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


def dateline_end(
    words: Sequence[str],
    first: int,
    last: int,
    ends: Collection[str] = _DATELINE_DASHES,
    joined: Collection[int] = (),
) -> int:
    """The dash (or another of *ends*: a colon, :func:`colon_dateline`) ending a dateline that
    starts at token *first*, or -1.

    A dateline is a place of one to four words in capitals (``OSLO``, ``SÃO PAULO``,
    ``ST. JOHN'S``) or in title case right before an agency in capitals in brackets
    (``Mexico City (AFP)``), then
    optionally capitalised region, date and number tokens with commas (``, Ore.``,
    ``, Dec. 11``) and an agency in brackets (``(AP)``), then a dash; the word after the
    dash (at most token *last*, the paragraph end) starts a sentence: a capital, a digit
    or an opening quotation mark. ``NATO — the alliance ...`` is not a dateline.
    The agency's bracket ends a dateline with no dash when a sentence starts right after it,
    the style of South Asian and African news agencies (``New Delhi, Nov 12 (PTI) The ...``,
    ``Abuja, July 9, 2026 (NAN) Organised labour ...``): the index of that ``)`` is returned.
    *joined*: the indices of hyphens that join two words with no space, which a place in
    capitals may hold (``WILKES-BARRE``, ``DONOSTIA-SAN SEBASTIÁN``).
    """
    k = first
    if k > last or not (_is_caps_word(words[k]) or _is_title_word(words[k])):
        return -1
    # the place in capitals: 'ST' '.' 'JOHN' "'S"; more than four words is a heading in
    # capitals ('EVEN THE BOARD HAS DOUBTS —'), not a place. In title case ('Mexico City
    # (AFP) –', the style of some agencies) only before an agency in capitals in brackets.
    is_place_word = _is_caps_word if _is_caps_word(words[k]) else _is_title_word
    place_words = 0
    while k <= last and (
        is_place_word(words[k])
        or words[k] in (".", "'S", "’S")
        or (k in joined and k + 1 <= last and is_place_word(words[k + 1]))  # ('WILKES-BARRE')
    ):
        place_words += words[k] not in (".", "'S", "’S", "-")
        if place_words > _PLACE_WORDS:
            return -1
        k += 1
    title_case = is_place_word is _is_title_word
    if title_case and not (k <= last and words[k] in ("(", ",")):
        return -1  # a title-case place only before its agency or its date: 'Mexico City (AFP) –'
    depth = 0
    after_comma = False  # region and date words follow a comma: 'U.S. District Judge' is no place
    while k <= last and k - first <= _DATELINE_MAX:
        w = words[k]
        if w in ends and depth == 0:
            if k == last or (title_case and words[k - 1] != ")"):
                return -1  # (a title-case place ends with its agency: 'Smith, Jones — and ...')
            return k if _starts_sentence(words[k + 1]) else -1
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
            if _agency_closes(words, k, last):
                return k  # 'Abuja, July 9, 2026 (NAN) Organised labour ...': no dash
        elif w == ",":
            after_comma = True
        elif (
            not ((after_comma or depth) and (w[:1].isupper() or w.isdigit()))
            and not (w == "." and after_comma and _is_title_word(words[k - 1]))
            and not (depth and w.isalpha() and len(w) <= 5)
        ):  # ('(dpa)': an agency written in lower case)
            return -1  # (a region's full stop the tokenizer split off stays: 'MADISON, Wisc. —')
        k += 1
    return -1


def _starts_sentence(word: str) -> bool:
    """A capital, a digit or an opening quotation mark: a word that may open a sentence."""
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in _OPENING_MARKS


def _agency_closes(words: Sequence[str], k: int, last: int) -> bool:
    """Token *k*, ``)``, closes an agency in capitals (``(PTI)``, ``(NAN)``) that ends a
    dateline with no dash: no dash follows, and a sentence starts after it (``(NAN) Organised
    labour ...``), not a lower-case word nor the end of the paragraph."""
    return (
        k >= 2
        and words[k - 2] == "("
        and _is_caps_word(words[k - 1])
        and k + 1 <= last
        and words[k + 1] not in _DATELINE_DASHES
        and _starts_sentence(words[k + 1])
    )


#: Linking words that open a new sentence, never a credit's name ('"C." So says Ida Strand.').
_LINKERS = frozenset("so and but yet or thus hence".split())


def _short_attribution(
    words: Sequence[str], k: int, n: int, cue_words: Collection[str], *, asked: bool = False
) -> bool:
    """Tokens from *k* are a trailing attribution that ends its sentence soon:
    'Strand said.', 'said Smith, a spokesman.' (a cue within five name-like
    words, then the sentence end within a dozen words and no reported clause).
    After a question or exclamation (*asked*) a credit whose verb follows its subject and
    goes on with a modifier may run to :data:`CREDIT_TAIL_TOKENS` ('"Why?" Strand asked
    as the board filed out of the hall, ...')."""
    # (after a question or exclamation, lower-case words after an article or a name's
    # possessive too: '"Why?" The clerk asked.', '"No!" Berg's niece, Ada Quist, cried.')
    described = asked and words[k].lower() in ("the", "a", "an")
    for m in range(k, min(n, k + 6)):
        w = words[m]
        if m > k and cue_words and _closing_verb(words, k, m, n, comma=asked, lower=described):
            return True  # '"Get out!" Carla Mendes cried.': a verb the lexicon need not list
        if w.lower() in cue_words:
            if m == k and not (m + 1 < n and words[m + 1][:1].isupper()):
                return False
            return _credit_tail(words, k, m, n, asked)
        if (
            w == ","
            and m > k
            and (described or all(x[:1].isupper() and x.lower() not in NOT_NAMES for x in words[k:m]))
        ):
            # '"Why?" Ana Miller, a retired nurse, said softly.': an apposition after the name
            c = next(
                (e for e in range(m + 2, min(n, m + _APPOSITION_TOKENS)) if words[e] in _APPOSITION_STOPS), n
            )
            v = c + 1 if c + 2 < n and words[c + 1].endswith("ly") and words[c + 1].islower() else c
            if (
                c < n
                and words[c] == ","
                and v + 1 < n
                and words[v + 1].islower()
                # (a past the lexicon need not list: '"No!" The clerk, NAME, cried.')
                and (
                    words[v + 1] in cue_words or words[v + 1].endswith("ed") or words[v + 1] in IRREGULAR_PAST
                )
            ):
                return _credit_tail(words, k, v + 1, n, asked)
            return False
        if w in _FINAL or w in _TRAILERS or w in ("“", "«", ":", ",") or (m == k and w.lower() in _LINKERS):
            return False  # ('"C." So says Ida Strand.': a linking adverb opens a sentence of its own)
        described = described or (asked and w in ("'s", "’s") and m > k)
        if not (
            w[:1].isupper()
            or w.lower() in ("he", "she", "they", "the", "a", "an", "'s", "’s", ".", "-")
            or w in NAME_PARTICLES
            or (described and w.isalpha() and w.islower())
        ):
            return False  # (a hyphen or particle inside a name: 'Mei-Ling Zhou', 'Beatriz van Dijk')
    return False


#: How many tokens an apposition after a credit's name may hold before its closing comma.
_APPOSITION_TOKENS = 12
#: Tokens that end an apposition after a credit's name (its closing comma) or show it is none.
_APPOSITION_STOPS = frozenset([",", ".", "?", "!", ";", ":", "“", "”", '"', "«", "»"])


def _credit_tail(words: Sequence[str], k: int, m: int, n: int, asked: bool) -> bool:
    """From a credit's cue at token *m* (its name from *k*): the sentence ends soon after,
    with no reported clause (see :func:`_short_attribution`)."""
    reach = CREDIT_TAIL_TOKENS if asked and m > k and _modifier_follows(words, m, n) else 14
    comma = False
    for e in range(m + 1, min(n, m + reach)):
        x = words[e]
        if x in _FINAL:
            return True
        if x.lower() in ("that", ":") or x in _TRAILERS or x in ("“", "«"):
            return False
        if m > k and not comma and e > m + 1 and x in FINITE_AUXILIARIES:
            return False  # '"C." It said the pier would reopen.': a reported clause, its own sentence
        comma = comma or x in (",", "(", "—", "–")
        if x == "," and e <= m + CREDIT_OBJECT_TOKENS + 1 and e + 1 < n and _participle(words[e + 1]):
            # '"Why?" Strand asked, repeating a claim that ...', '"No!" Lund told
            # reporters, adding that ...': the credit ends at the comma
            return True
    return False


#: How many tokens a sentence may run on after the verb of a credit that follows a question
#: or an exclamation, when a modifier follows the verb (else 14).
CREDIT_TAIL_TOKENS = 60

#: Words that open a modifier of a credit's verb, not a reported clause: prepositions and
#: subordinators ('asked of the plan', 'asked as the board filed out', 'said when ...').
_CREDIT_MODIFIERS = PREPOSITIONS | SUBORDINATORS | frozenset(["as", "after", "before", "during"])


def _modifier_follows(words: Sequence[str], m: int, n: int) -> bool:
    """A modifier of the verb at *m* follows it: a comma, a preposition or a subordinator
    ('shouted, a nod to ...', 'said of the plan', 'asks as a waiter walks in'), after a verb
    of telling its object first ('told a radio station in an interview')."""
    k = m + 1
    if words[m].lower() in _TOLD:
        k = next((e for e in range(k, min(n, k + CREDIT_OBJECT_TOKENS + 2)) if _opens_modifier(words[e])), n)
    return k < n and _opens_modifier(words[k])


def _opens_modifier(word: str) -> bool:
    return word == "," or word.lower() in _CREDIT_MODIFIERS


#: The forms of *tell*, whose object stands between the verb and its modifiers.
_TOLD = frozenset(["told", "tells", "tell"])

#: How many words (a short object: 'told reporters') may stand between a credit's verb and
#: the comma before a participle that ends the credit.
CREDIT_OBJECT_TOKENS = 3


def _participle(word: str) -> bool:
    """A lower-case word ending in -ing: a participle after a credit's comma ('adding')."""
    return word.isalpha() and word.islower() and len(word) > 4 and word.endswith("ing")


#: Particles after a verb of saying that still close a credit ('shot back', 'went on').
_CREDIT_PARTICLES = frozenset(["back", "out", "up", "in", "on"])


def _closing_verb(
    words: Sequence[str], k: int, m: int, n: int, *, comma: bool = False, lower: bool = False
) -> bool:
    """Is token *m* a lower-case word (with a particle) that ends its sentence right after the
    name that tokens *k*..*m-1* spell: the verb of a credit ('Carla Mendes cried.', 'Ida Strand
    shot back.'; not 'Then fell.')? With *comma* (after a question or exclamation) a comma
    may end the credit too ('"Right?" Ida Strand went on, as if ...'). With *lower* the words
    before may be a description in lower case ('"Why?" The clerk cried.')."""
    w = words[m]
    if not (w.isalpha() and w.islower() and (lower or words[m - 1][:1].isupper())):
        return False
    if not lower and any(x.lower() in NOT_NAMES for x in words[k:m]):
        return False
    e = m + 1
    if e < n and words[e] in _CREDIT_PARTICLES:
        e += 1
    return e < n and (words[e] in _FINAL or (comma and words[e] == ","))


def _breaks(tokens: Tokens) -> list[int]:
    """The tokens with a newline between them and the token before, in order."""
    text = tokens.text
    starts = tokens.starts
    out: list[int] = []
    pos = text.find("\n")
    k = 0
    n = len(starts)
    while pos >= 0 and k < n:
        k = bisect.bisect_right(starts, pos, k)
        if k < n:
            out.append(k)
        pos = text.find("\n", starts[k] if k < n else len(text))
    return out


#: A clock time ('14:05', '3.20', '9am', '11.20am') or a bare hour ('3', before its half-day mark).
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:[ap]m)?", re.IGNORECASE)
#: The words a stamp writes after its clock: the half-day marks and the time zones, in lower case.
_STAMP_WORDS = HALF_DAY_MARKS | frozenset(zone.lower() for zone in TIME_ZONES)


def clock_word(word: str) -> bool:
    """Is *word* a clock time as a page writes one ('14:05', '3.20', '9am', '11.20am') or a half-day
    mark ('p.m.', 'pm'), not a bare number?"""
    return word.lower() in HALF_DAY_MARKS or (not word.isdigit() and _CLOCK_TIME.fullmatch(word) is not None)


#: Words that may open a live page's entry before its time ('Update, 3 p.m.:', 'Updated 14:05 —').
_STAMP_OPENERS = frozenset(["update", "updated"])


def entry_stamp_end(words: Sequence[str], first: int, last: int) -> int:
    """The colon or dash that ends a live page's time stamp opening the paragraph at token *first*
    (``14:05 BST:``, ``10:42 a.m. —``, ``Update, 3 p.m.:``), the paragraph's next word a sentence's
    start; -1 otherwise. The stamp is the entry's dateline: its words name no speaker."""
    k = first + (words[first].lower() in _STAMP_OPENERS and first + 1 <= last)
    k += k > first and words[k] == ","
    if k > last or not (
        _CLOCK_TIME.fullmatch(words[k]) and (":" in words[k] or "." in words[k] or k + 1 <= last)
    ):
        return -1
    k += 1
    while k <= last and k - first <= 6 and words[k].lower() in _STAMP_WORDS:
        k += 1
    if k + 1 > last or (words[k] != ":" and words[k] not in _DATELINE_DASHES):
        return -1
    clock = words[k - 1] if k - 1 >= first else ""
    if not (clock_word(clock) or clock.lower() in _STAMP_WORDS):
        return -1  # (a bare number before a colon is no time: '2: The second point')
    return k if _starts_sentence(words[k + 1]) else -1


def _datelines(tokens: Tokens, breaks: Sequence[int], lasts: str | None) -> dict[int, int]:
    """Paragraph-opening datelines: the first token of each paragraph that opens with one,
    mapped to the dateline's dash (see :func:`dateline_end`). A hyphen with no space on
    either side joins a word (``KERR-WHITAKER:``, a transcript label), and ends no dateline.
    *lasts*: :func:`_lasts` of the words."""
    words = tokens.words
    if not words:
        return {}
    found: dict[int, int] = {}
    top = colon_dateline(tokens, breaks)
    if top is not None:
        found[top[0]] = top[1]
    for first, last in zip([0, *breaks], [*(b - 1 for b in breaks), len(words) - 1], strict=True):
        if (stamp := entry_stamp_end(words, first, last)) >= 0:
            found[first] = stamp  # ('14:05 BST: NAME said', 'Update, 3 p.m.: ...': a live page's entry)
    # a dateline ends at a dash or an agency's bracket within _DATELINE_MAX tokens of its
    # paragraph's start: those are found once (a regex search of the words' last characters), and
    # only a paragraph with one that near is read
    if lasts is None:
        dashes = list(compress(count(), map(_DATELINE_ENDS.__contains__, words)))
    else:
        dashes = [m.start() for m in _DASH_CHAR.finditer(lasts) if words[m.start()] in _DATELINE_ENDS]
    if not dashes:
        return found
    for first, last in zip([0, *breaks], [*(b - 1 for b in breaks), len(words) - 1], strict=True):
        k = bisect.bisect_left(dashes, first)
        if k < len(dashes) and dashes[k] <= min(last, first + _DATELINE_MAX):
            reach = min(last, first + _DATELINE_MAX)
            joined = [m for m in range(first, reach + 1) if words[m] == "-" and word_hyphen(tokens, m)]
            dash = dateline_end(words, first, last, joined=joined)
            if dash >= 0 and not word_hyphen(tokens, dash):
                found.setdefault(first, dash)
    return found


#: A colon dateline opens one of the article's first paragraphs: before it stand at most this
#: many paragraphs (a headline, a byline, a desk line: 'By Ana Roe | City Desk') ...
_TOP_PARAGRAPHS = 3
#: ... each of fewer than this many tokens, with no full stop at its end.
_SHORT_PARAGRAPH = 16
#: A colon dateline's narrative is read this many tokens on for a speaker's own voice.
_NARRATIVE_TOKENS = 60
_COLON = frozenset([":"])
#: A lone opener of at most this many capitals is an acronym, a body's name ('AP:', 'WHO:', a
#: headline's credit), not a place.
_ACRONYM_LETTERS = 3
#: The marks that open a quotation (German and Polish low marks too: „So,“ / ‚So,‘).
_OPENING_MARKS = frozenset("\"“‘'«„‚‹`")


def colon_dateline(tokens: Tokens, breaks: Sequence[int]) -> tuple[int, int] | None:
    """The first token and the colon of a dateline written with a colon (``CHENNAI: Ana Rao
    said on Sunday ...``, ``NEW DELHI, Mar 4: ...``), or None.

    A place-like opener in capitals (not a lone acronym: ``AP:``) before a colon is either a
    dateline or a transcript's speaker label (``VANCE: We will ...``). It is a dateline only
    when all three hold: where it stands (it opens the article, or follows at most
    :data:`_TOP_PARAGRAPHS` short paragraphs with no full stop at their end: a headline, a
    byline), what follows (a narrative sentence, :func:`_narrative`: no quotation right after
    the colon, no question, no first- or second-person word before a quotation opens) and the
    document (no other paragraph opens with a speaker label: a transcript has several turns, a
    dateline stands once). *breaks*: the paragraphs' first tokens after the first. The test
    costs a first-character check per opening paragraph and nothing more unless a word in
    capitals and a colon open one."""
    words = tokens.words
    n = len(words)
    for p, first in enumerate([0, *breaks[:_TOP_PARAGRAPHS]]):
        last = breaks[p] - 1 if p < len(breaks) else n - 1
        if (
            words[first][:1].isupper()
            and _is_caps_word(words[first])
            and ":" in words[first : min(last + 1, first + 20)]
        ):
            colon = dateline_end(words, first, last, _COLON)
            if (
                colon >= 0
                and not (colon == first + 1 and len(words[first]) <= _ACRONYM_LETTERS)
                and _narrative(words, colon + 1, last)
                and not _labelled_turns(words, breaks, first)
            ):
                return first, colon
        if last - first >= _SHORT_PARAGRAPH or words[last] in _FINAL:
            return None  # (a paragraph of narrative: what follows is no longer the top)
    return None


def _narrative(words: Sequence[str], a: int, last: int) -> bool:
    """Tokens *a* .. *last* open a reporter's narrative sentence: a capitalised word or a digit
    first (no quotation mark), two lower-case words, and no question mark nor first- or
    second-person word (:data:`~quotex.lexicon.grammar.SPEAKER_PERSON_WORDS`) before a quotation
    opens or :data:`_NARRATIVE_TOKENS` tokens pass."""
    if a > last or not (words[a][:1].isupper() or words[a][:1].isdigit()):
        return False
    lower = 0
    for w in words[a : min(last, a + _NARRATIVE_TOKENS) + 1]:
        if w[:1] in _OPENING_MARKS:
            break
        if w == "?" or w.lower() in SPEAKER_PERSON_WORDS:
            return False
        lower += w.isalpha() and w.islower()
    return lower >= 2


def _labelled_turns(words: Sequence[str], breaks: Sequence[int], first: int) -> bool:
    """Another paragraph than the one opening at token *first* opens with a speaker label: one
    to four capitalised words (or initials, hyphens) and a colon (``MARA VANCE:``, ``Q:``,
    ``Strachan:``)."""
    for p, start in enumerate((0, *breaks)):
        if start == first or not words[start][:1].isupper():
            continue
        end = breaks[p] if p < len(breaks) else len(words)  # (the paragraph's end bounds the label)
        for k in range(start + 1, min(start + 8, end)):
            w = words[k]
            if w == ":":
                return True
            if not (w[:1].isupper() or w in (".", "-")):
                break
        # (the label is its paragraph's first words: a colon later is no label)
    return False


def word_hyphen(tokens: Tokens, k: int) -> bool:
    """Token *k* is a hyphen touching the words on both sides (none at the text's edges)."""
    starts, ends = tokens.starts, tokens.ends
    inner = 0 < k < len(starts) - 1
    return inner and tokens.words[k] == "-" and ends[k - 1] == starts[k] and ends[k] == starts[k + 1]


def split_sentences(
    tokens: Tokens, spans: Sequence[QuoteSpan] = (), *, cue_words: Collection[str] = ()
) -> tuple[Sentence, ...]:
    """The sentences of *tokens*, quote-aware (see the module docstring).

    *cue_words* (inflected reporting verbs) keep a short trailing attribution
    after a quotation ending in ``?"`` or ``!"`` in the quotation's sentence.
    """
    words = tokens.words
    starts = tokens.starts
    ends = tokens.ends
    n = len(words)
    out: list[Sentence] = []
    closed = [(s.start, s.end) for s in spans if s.closed]
    n_closed = len(closed)
    opens = {s.start for s in spans}
    q = 0  # pointer into closed spans
    paragraph = 0
    pending_break = False
    cur = 0  # first token of the sentence being built

    def emit(last: int, dateline: bool = False) -> None:
        nonlocal paragraph, pending_break
        if pending_break and out:
            paragraph += 1
        pending_break = False
        out.append(Sentence(cur, last, starts[cur], ends[last], paragraph, dateline))

    def take_dateline() -> int:
        """Emit the dateline opening the paragraph at *cur*; the token after it, or -1."""
        nonlocal cur
        if cur not in datelines:
            return -1
        emit(datelines[cur], dateline=True)
        cur = datelines[cur] + 1
        return cur

    # only two kinds of token can end a sentence: a token after a newline, and final
    # punctuation; the loop visits those alone (one comprehension pass over the words)
    breaks = _breaks(tokens)
    lasts = _lasts(words)
    datelines = _datelines(tokens, breaks, lasts)
    finals = [  # (the tokens ending in a full stop, ? ! or …, found at C speed, then tested)
        k
        for k in _final_candidates(words, lasts)
        if (w := words[k]) in _FINAL
        or (w[-1] in ".?!" and len(w) > 1 and w[-2] in ".?!")
        or _rank_ends(words, k)
        or _unit_ends(words, k)
    ]  # (so the loop below tests only a newline's token again: every other event is a final)
    events = sorted(set(breaks).union(finals)) if breaks else finals
    is_break = set(breaks)
    final_breaks = is_break.intersection(finals)  # (the newlines' tokens that are finals too: few)
    skip_to = max(0, take_dateline()) if n else 0
    for i in events:
        if i < skip_to:
            continue  # a closing mark absorbed after a full stop, or a dateline's token
        if i in is_break:
            if i > cur:
                emit(i - 1)  # a newline between two tokens ends the paragraph
            cur = i
            pending_break = True
            if cur in datelines:  # (most paragraphs open with none: no call)
                skip_to = max(skip_to, take_dateline())
            if i < skip_to or i not in final_breaks:
                continue
        w = words[i]
        # absorb closing marks and brackets (not the mark opening a quoted transcript's next turn,
        # '"VANCE: ...', which opens no quotation)
        j = i + 1
        while (
            j < n
            and words[j] in _TRAILERS
            and starts[j] not in opens
            and not (j in is_break and quoted_turn(tokens.text, starts[j]))
        ):
            j += 1
        skip_to = j
        last = j - 1
        if j >= n:
            continue
        nxt = words[j]
        pos = ends[last]
        while q < n_closed and closed[q][1] <= pos:
            q += 1
        inside = q < n_closed and closed[q][0] < pos < closed[q][1]
        if not inside and last > i and _short_attribution(words, j, n, cue_words, asked=w[-1] in "?!"):
            continue  # '"Why?" Strand said.': the attribution after ?" or !" stays with its quotation
        # a word's own full stop ends no sentence after a numbering abbreviation before a number
        # ('the No. 2 Republican') or a hearing transcript's honorific in capitals ('MS. TREGARTHEN:')
        attached = w == "." and i > 0 and ends[i - 1] == starts[i]
        if (
            not inside
            and not (attached and words[i - 1] in _NUMBER_ABBREVIATIONS and nxt[:1].isdigit())
            and not (attached and words[i - 1] in _CAPS_HONORIFICS)
            and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in _OPENING_MARKS or nxt[:1] in "([")
        ):
            emit(last)
            cur = j
    if cur < n:
        emit(n - 1)
    return tuple(out)
