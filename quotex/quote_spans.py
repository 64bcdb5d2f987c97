"""Stage 2, quote spans: text -> tuple[QuoteSpan, ...].

Input: the article text and a :class:`~quotex.lexicon.Lexicon` (its quote
marks). Output: every span between a matching pair of quotation marks, in
text order, marks included, with flags for spans that had to be recovered.

One left-to-right pass over the marks (so time is linear in the text):

* each mark gets a role from its context: *open* (after a space, a bracket,
  a dash or the start, before a word), *close* (after a word or punctuation,
  before a space, punctuation or the end) or *either*;
* double marks pair up on a per-paragraph stack; single marks (‘ ’, ') pair
  only where a word boundary shows they are not apostrophes (``don't``,
  ``the '90s``, ``rock 'n' roll``) and only while no double quote is open
  (a single pair inside a double one is a nested quotation, part of it); a
  plural possessive inside an open single quotation (``'the growers' savings,'``:
  a mark after *s*, before a space and a lower-case word that is no function word
  or verb form, with another closing mark later in the paragraph) closes nothing, nor does a
  dropped *g* (``'We're brewin' the same ale,'``: see :func:`_dropped_g`);
* a paragraph that ends inside a quotation continues it when the next
  paragraph opens with a mark (news style for multi-paragraph quotes; a single
  quotation too, when the text quotes with single marks): the
  span gets ``continues=True``; otherwise the quotation is closed at the
  paragraph end (``closed=False``), so one stray mark never reaches past
  its paragraph (and never past :data:`MAX_UNCLOSED` characters);
* a clear opening mark met while a quotation is open ends the open one just
  before it (``closed=False``): the stray mark does not shift later quotes;
* a mark opening a paragraph before a speaker label in capitals (``"VANCE: We will ...``: a
  quoted transcript, whose every turn opens with a mark) opens no quotation, and the quotation
  before it does not go on into that paragraph.
"""

from __future__ import annotations

import bisect
import re
from array import array

import regex
from attrs import frozen

from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.function_words import STOP_WORDS
from quotex.lexicon.grammar import FINITE_AUXILIARIES, SUBJECT_PRONOUNS
from quotex.lexicon.quote_marks import IN_WORDS, SENTENCE_END

__all__ = ["MAX_UNCLOSED", "TURN_MARKS", "QuoteSpan", "find_quote_spans", "quoted_turn"]

#: An unclosed quotation never runs further than this many characters.
MAX_UNCLOSED = 1500

_SENTENCE_END = regex.compile(SENTENCE_END + r"\s")


@frozen
class QuoteSpan:
    """Text between quotation marks, marks included: ``text[start:end]``.

    ``double`` is False for single-mark quotations; ``closed`` is False when the
    closing mark was missing (then ``end`` is the paragraph or sentence end);
    ``continues`` is True when the quotation goes on in the next paragraph;
    ``opened`` is False when the opening mark was missing (a paragraph that
    starts inside a quotation).
    """

    start: int
    end: int
    double: bool = True
    closed: bool = True
    continues: bool = False
    opened: bool = True


def _mark_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Every quotation mark of *lexicon* and the line break: at each place, the longest that
    starts there (``''`` before ``'``). One alternative per first character (``'(?:'|)``), so
    that the standard library's ``re`` looks for those characters alone at C speed; an
    alternation that opens with a character class is tried at every character, about three
    times slower."""
    marks = {o for o, _ in lexicon.double_quotes + lexicon.single_quotes}
    marks |= {c for _, cs in lexicon.double_quotes + lexicon.single_quotes for c in cs}
    by_first: dict[str, list[str]] = {"\n": [""]}
    for mark in marks:
        if mark:
            by_first.setdefault(mark[0], []).append(mark[1:])
    alternatives = []
    for first, ends in sorted(by_first.items()):
        rests = sorted(set(ends), key=len, reverse=True)  # the longest first; "" (the character alone) last
        tail = "" if rests == [""] else "(?:" + "|".join(re.escape(r) for r in rests) + ")"
        alternatives.append(re.escape(first) + tail)
    return re.compile("|".join(alternatives))


_PATTERNS: dict[tuple[tuple[str, tuple[str, ...]], ...], re.Pattern[str]] = {}


def _role(text: str, i: int, j: int) -> str:
    """'open', 'close', 'inner' or 'either' for the mark text[i:j] from its neighbours.

    Before the mark: a space (or the start, a bracket, a dash), punctuation or a
    word character; after it: a word character, or a space/punctuation/the end.
    A mark before a word opens (``, "Word``, ``said:"Word``) unless a word is
    glued to its left; a mark after a word or punctuation closes, but one after a colon and before
    a space may do either (``said:" C. "``).
    """
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    before_space = before.isspace() or before in _SPACE_LIKE
    after_word = after.isalnum() or after in _WORDISH_AFTER
    # (an elided decade's apostrophe after the mark is the word's: '‘’90s music is back')
    after_word = after_word or (after in "’'" and j + 1 < len(text) and text[j + 1].isdigit())
    if after_word:
        if before.isalnum():
            return "inner"  # apostrophe or inch mark inside a word: never a quotation mark
        return "open"
    if before_space:
        # (a leading ellipsis, "... and that is why": the mark opens, as before '…')
        return "open" if text.startswith("...", j) else "either"
    # (a colon introduces a quotation: 'said:" C. "' with a space typed inside the mark)
    return "either" if before == ":" else "close"


def _glued_close(text: str, i: int, mark: str) -> bool:
    """Does the straight mark at *i*, glued to the next word, close the open quotation all the
    same? It follows the quoted words' own comma, question or exclamation mark, or full stop
    (a space left out: ``"We will win,"she said``, ``'Why?'he asked``); a colon's mark opens."""
    return mark in _STRAIGHT and i > 1 and text[i - 1] in _CLOSING_STOPS and text[i - 2].isalnum()


#: Dashes that break a quotation off before its closing mark ('‘I think the plan can work —’').
_DASHES = frozenset("—–-")
#: Straight marks, which only their neighbours tell open from close.
_STRAIGHT = frozenset(('"', "'", "''", "\u2033"))
#: The punctuation that ends the quoted words before a closing mark typed with no space after it.
_CLOSING_STOPS = frozenset(",.?!")

_SPACE_LIKE = frozenset("([{—–-/\u00a0\u2002\u2003\u2009“‘\"'«„")
_WORDISH_AFTER = frozenset("$£€#@([¿¡…‘“'\"")


def find_quote_spans(text: str, *, lexicon: Lexicon = DEFAULT_LEXICON) -> tuple[QuoteSpan, ...]:
    """All quotation spans of *text*, in order, non-overlapping at the top level."""
    key = lexicon.double_quotes + lexicon.single_quotes
    pattern = _PATTERNS.get(key)
    if pattern is None:
        pattern = _PATTERNS[key] = _mark_pattern(lexicon)
    double_open = {o for o, _ in lexicon.double_quotes}
    double_close = {c for _, cs in lexicon.double_quotes for c in cs}
    single_open = {o for o, _ in lexicon.single_quotes}
    single_close = {c for _, cs in lexicon.single_quotes for c in cs}

    out: list[QuoteSpan] = []
    n = len(text)
    # state of the current paragraph
    d_open: int = -1  # start of the open double quotation, or -1
    d_opened = True
    s_open: int = -1  # start of an open top-level single quotation, or -1
    nested: list[QuoteSpan] = []  # double quotations inside the open single one (British nesting)
    going_on: list[QuoteSpan] = []  # unclosed single quotations that go on in the next paragraph
    quoting_paragraph: set[int] = set()  # the starts of those whose paragraph closed a single one
    para_start = 0
    seen_mark = False

    def close_unclosed(end: int, continues: bool) -> None:
        nonlocal d_open
        start = d_open
        end = _trim_end(text, start, end)
        if not continues and end - start > MAX_UNCLOSED:
            end = _cut_at_sentence(text, start, start + MAX_UNCLOSED)
        if end > start + 1:
            out.append(QuoteSpan(start, end, True, False, continues, d_opened))
        d_open = -1

    sentence_ends = _SentenceEnds(text)
    skip_to = 0
    for m in pattern.finditer(text):
        mark = m.group()
        i, j = m.span()
        if i < skip_to:
            continue  # the third mark of a run of three apostrophes, read with the first two
        if mark == "''" and j < n and text[j] == "'" and mark in double_open:
            # three apostrophes: a single quotation closing inside a typewriter double one
            # ('... the word 'old-school,''' said X') or opening right after it ('''Hi')
            before = text[i - 1] if i > 0 else " "
            if d_open >= 0 and not (before.isspace() or before in "([{"):
                out.append(QuoteSpan(d_open, j + 1, True, True, False, d_opened))
                d_open = -1
                seen_mark = True
                skip_to = j + 1
                continue
            if d_open < 0 and (before.isspace() or before in "([{—–-"):
                d_open, d_opened = i, True
                s_open = -1
                seen_mark = True
                skip_to = j + 1
                continue
        if mark == "\n":
            if d_open >= 0:
                nxt = _next_paragraph_start(text, j)
                continues = (
                    nxt < n and _starts_with_opener(text, nxt, double_open) and not quoted_turn(text, nxt)
                )
                close_unclosed(i, continues)
            if s_open >= 0 and d_open < 0:
                nxt = _next_paragraph_start(text, j)
                if nxt < n and _starts_with_opener(text, nxt, single_open):
                    # British style: a single quotation going on in the next paragraph (kept at
                    # the end when the text quotes with single marks, or when this paragraph
                    # closed a single quotation before it: 'C1,' she said. 'C2 ...)
                    going_on.append(QuoteSpan(s_open, _trim_end(text, s_open, i), False, False, True))
                    if out and not out[-1].double and out[-1].start >= para_start:
                        quoting_paragraph.add(s_open)
            out.extend(nested)  # the single quotation never closed: its doubles stand alone
            nested.clear()
            s_open = -1
            para_start = j
            seen_mark = False
            continue
        role = _role(text, i, j)
        if role == "inner" or (mark in ('"', "”", "''") and i > 0 and text[i - 1].isdigit() and d_open < 0):
            continue  # an apostrophe, or an inch mark: 'the 12" pipe'

        is_double = mark in double_open or mark in double_close
        if is_double:
            if mark == "“" and role == "either" and d_open >= 0 and text[d_open] == "„":
                role = "close"  # (German style closes „ with “, also after a dash: '„C —“ NAME began')
            elif mark in ("“", "„", "«", "‟", "``") and role != "close":
                role = "open"
            elif mark in ("”", "»") and (role != "open" or d_open >= 0):
                role = "close"  # a right mark closes even when glued to the next word: ',”Strand said'
            elif mark in ("”", "»"):
                role = "open"
            if d_open < 0:
                if role == "open" and _skip_space(text, para_start, i) == i and quoted_turn(text, i):
                    seen_mark = True  # '"VANCE: We will ...': a quoted transcript's turn, not a quotation
                    continue
                if role == "close" and not seen_mark:
                    # a paragraph that starts inside a quotation: "... end," she said.
                    start = _skip_space(text, para_start, i)
                    if i + 1 - start > 1 and start < i:
                        out.append(QuoteSpan(start, j, True, True, False, False))
                elif role != "close":
                    d_open, d_opened = i, True
                    if s_open >= 0 and not _nests(text, s_open, i):
                        out.extend(nested)
                        nested.clear()
                        s_open = -1
            elif (role == "open" and mark in ("“", "„", "«", "``")) or (
                role == "open"
                and text[d_open : d_open + len(mark)] == mark
                and j - d_open > 1
                and _looks_like_new_quote(text, d_open, i, sentence_ends)
            ):
                # a clear opener while one is open: the earlier mark was stray
                close_unclosed(i, False)
                d_open, d_opened = i, True
            elif role != "open" or mark in ("”", "»") or _glued_close(text, i, mark):
                span = QuoteSpan(d_open, j, True, True, False, d_opened)
                (nested if s_open >= 0 else out).append(span)
                d_open = -1
            seen_mark = True
            continue
        # single marks: quotation only at the top level, with word boundaries
        if mark in single_open and role == "open" and d_open < 0 and s_open < 0:
            if not _is_elision(text, j):
                s_open = i
        elif (
            mark in single_open
            and role == "open"
            and d_open < 0
            and _looks_like_new_quote(text, s_open, i, sentence_ends)
            and not _is_elision(text, j)
        ):
            # a clear opener after a sentence end while one is open: the earlier mark was stray
            # ("said the ferry 'would run on Tuesday. 'I have sat ...,' said NAME")
            out.extend(nested)
            nested.clear()
            s_open = i
        elif (
            mark in single_close
            # (or after a dash that breaks the words off: '‘I think the plan can work —’ NAME began')
            and (
                role == "close"
                or _glued_close(text, i, mark)
                or (role == "either" and text[i - 1] in _DASHES)
            )
            and s_open >= 0
            and d_open < 0
        ):
            if (
                _plural_possessive(text, i, j, single_close, lexicon)
                or _closer_follows(text, i, j, single_close)
                or _ends_elided_and(text, i)
                or _dropped_g(text, s_open, i, j, single_close, lexicon=lexicon)
            ):
                continue  # 'the growers' savings', 'nothin',', 'rock 'n' roll': an apostrophe inside it
            if j - s_open > 3:
                out.append(QuoteSpan(s_open, j, False))  # it holds its nested doubles
            else:
                out.extend(nested)
            nested.clear()
            s_open = -1
        seen_mark = True
    if d_open >= 0:
        close_unclosed(n, False)
    out.extend(nested)
    return _with_single_continuations(out, going_on, quoting_paragraph)


def _with_single_continuations(
    out: list[QuoteSpan], going_on: list[QuoteSpan], quoting_paragraph: set[int]
) -> tuple[QuoteSpan, ...]:
    """*out* with the single quotations in *going_on* that run on into the next paragraph
    unclosed (news style, as double ones do), when the text quotes with single marks (more
    single-mark spans than double ones, as :func:`quotex.attributions.quoting.quoting` reads
    them), or, in a text quoting with double marks, when the paragraph closed a single
    quotation before the one going on (its starts in *quoting_paragraph*: a text that mixes
    the two styles); the double quotations nested in one of them are part of it."""
    singles = sum(1 for span in out if not span.double) + len(going_on)
    if singles <= len(out) + len(going_on) - singles:
        going_on = [g for g in going_on if g.start in quoting_paragraph]
    if not going_on:
        return tuple(out)
    kept = [s for s in out if not any(g.start <= s.start and s.end <= g.end for g in going_on)]
    return tuple(sorted(kept + going_on, key=lambda span: span.start))


_NEXT_WORD = regex.compile(r" ([a-z]+)\b")
#: A single mark that opens a quotation: after a space, a colon's space or a bracket, before a
#: word ('said: 'C', ‘C').
_SINGLE_OPENING = regex.compile(r"(?:(?<=[\s(\[—–])['‘](?=\w))|‘")
#: How far on in its paragraph a plural possessive looks for the mark that closes its quotation.
_POSSESSIVE_REACH = 400


def _plural_possessive(text: str, i: int, j: int, closers: set[str], lexicon: Lexicon) -> bool:
    """The mark text[i:j] inside an open single quotation is a plural possessive's apostrophe
    ('the growers' savings', 'The lads' wages'): it follows a word ending in *s*, a space and a
    lower-case word that is no function word or verb form follow it, and another closing mark
    comes later in the paragraph (within :data:`_POSSESSIVE_REACH` characters) with no mark
    opening a quotation before it."""
    if i < 2 or text[i - 1] not in "sS" or not text[i - 2].isalpha():
        return False
    m = _NEXT_WORD.match(text, j)
    if m is None or m.group(1) in STOP_WORDS:
        return False
    if m.group(1) in lexicon.verb_forms and not _ing_modifier(text, m.group(1), m.end()):
        return False
    end = text.find("\n", m.end(), m.end() + _POSSESSIVE_REACH)
    end = m.end() + _POSSESSIVE_REACH if end < 0 else end
    later = [k for c in closers if (k := text.find(c, m.end(), end)) >= 0]
    if not later:
        return False
    # (not when a quotation opens before that mark: the later one closes it, and this one closes
    # its own: "the 'Skerrick Lass' for a decade, said: 'C.'")
    # (up to the later mark's next letter: a straight mark may open or close)
    return _SINGLE_OPENING.search(text, m.end(), min(later) + 2) is None


def _ing_modifier(text: str, word: str, end: int) -> bool:
    """Is *word* (ending at text[end]) an -ing form modifying the noun after it ('the kids'
    reading club'): a lower-case content word (no function word or verb form) follows?"""
    if not word.endswith("ing"):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in STOP_WORDS


_DROPPED_G = regex.compile(r"[a-z]{2,}in")


def _dropped_g(text: str, s_open: int, i: int, j: int, closers: set[str], *, lexicon: Lexicon) -> bool:
    """The mark text[i:j] inside a single quotation that opened a sentence or clause is the
    apostrophe of a dropped *g* ('We're brewin' the same ale,' she said; 'It rained. We were
    bailin' out the cellar,'): it ends a lower-case word of four letters or more in *-in* that
    is no whole word (:data:`~quotex.lexicon.quote_marks.IN_WORDS`, words in *-ain*), a space
    and a lower-case word that starts no reporting frame follow (*'... givin' he said'* closes),
    the quotation holds two words or more up to it, and another closing mark comes later in the
    paragraph (within :data:`_POSSESSIVE_REACH` characters). A scare-quoted word ('the so-called
    'origin' story') opens mid-sentence or holds one word, and stays a quotation."""
    if i < 4 or text[i - 2 : i] != "in":
        return False
    word = text[_word_start(text, i) : i]
    if _DROPPED_G.fullmatch(word) is None or word.endswith("ain") or word in IN_WORDS:
        return False
    if j + 1 >= len(text) or text[j] != " " or not text[j + 1].islower():
        return False
    if text.find(" ", s_open, i) < 0 or not _opens_clause(text, s_open) or _cue_follows(text, j, lexicon):
        return False
    end = text.find("\n", j, j + _POSSESSIVE_REACH)
    end = j + _POSSESSIVE_REACH if end < 0 else end
    return any(text.find(c, j + 1, end) >= 0 for c in closers)


_NEXT_TWO = regex.compile(r" ([a-z]+)(?: ([a-z]+))?")


def _cue_follows(text: str, j: int, lexicon: Lexicon) -> bool:
    """Does a reporting frame or a finite verb start at text[j] (' said NAME', ' she added',
    ' was his advice'): an inflected reporting verb (not its base form: *back*, *cut*), a
    subject pronoun and one, or a finite auxiliary (the quotation was a subject)?"""
    m = _NEXT_TWO.match(text, j)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if first in FINITE_AUXILIARIES:
        return True  # the quoted words are a subject ('Keep on talkin' was his advice)
    return _inflected_cue(first, lexicon) or (first in SUBJECT_PRONOUNS and _inflected_cue(second, lexicon))


def _inflected_cue(word: str | None, lexicon: Lexicon) -> bool:
    """Is *word* an inflected form of a reporting verb (*said*, *says*, *added*)?"""
    entry = lexicon.verb_forms.get(word) if word else None
    return entry is not None and entry[0] != word


def _word_start(text: str, i: int) -> int:
    """The start of the word that ends at *i* (letters only, at most 20 back: linear cost)."""
    k = i
    while k > 0 and i - k < 20 and text[k - 1].isalpha():
        k -= 1
    return k


def _closer_follows(text: str, i: int, j: int, closers: set[str]) -> bool:
    """The mark text[i:j] ends a word and a punctuation mark and another closing mark follow it
    at once ('... left with nothin',' she said', '... the lads'.'): a word's apostrophe (a
    dropped g, a plural possessive), since the next mark closes the quotation."""
    if i < 1 or not text[i - 1].isalpha() or j + 1 >= len(text) or text[j] not in ",.!?;":
        return False
    return any(text.startswith(c, j + 1) for c in closers)


def _nests(text: str, s_open: int, i: int) -> bool:
    """A double mark at *i* opens a quotation nested in the single one open since *s_open*
    (British style: 'They called it "temporary",' she said.): the single quotation opened a
    sentence or clause (:func:`_opens_clause`) and no sentence has ended since."""
    return _opens_clause(text, s_open) and _SENTENCE_END.search(text, s_open, i) is None


#: How far back the last character before a single mark is looked for over white space.
_SPACE_REACH = 200


def _opens_clause(text: str, s_open: int) -> bool:
    """Does the mark at *s_open* open a sentence or clause: after a space, bracket or dash at a
    sentence start, or after a colon or comma?"""
    before = text[s_open - 1] if s_open > 0 else "\n"
    k = s_open - 1
    while k >= 0 and text[k].isspace() and s_open - k <= _SPACE_REACH:  # (bounded: linear cost)
        k -= 1
    last = text[k] if k >= 0 else ""
    return before in "\n([{—–-" or last in ("", ":", ",", ".", "?", "!", "\n")


#: The elided words a leading apostrophe may open, each a whole word ('em but not 'Employers).
_ELISIONS = regex.compile(r"(?i)(?:(?:em|til|tis|twas|cause)\b|n['’]|n\b|\d0s|\d\ds|\d\d\b)")


def _is_elision(text: str, j: int) -> bool:
    """True for apostrophes opening an elided word: 'em, 'til, the '90s, rock 'n' roll."""
    return _ELISIONS.match(text, j, min(len(text), j + 6)) is not None


def _ends_elided_and(text: str, i: int) -> bool:
    """Is the mark at *i* the second apostrophe of an elided *and* between spaces ('rock 'n'
    roll', 'fish ’n’ chips'), no closing quotation mark?"""
    return (
        i >= 3
        and text[i - 1] in "nN"
        and text[i - 2] in "'‘’"
        and text[i - 3].isspace()
        and i + 1 < len(text)
        and text[i + 1].isspace()
    )


class _SentenceEnds:
    """Where :data:`_SENTENCE_END` matches in a text, found in one pass on first use.

    The matches cannot overlap (the marks after a full stop are never a full
    stop or a space), so ``_SENTENCE_END.search(text, start, end)`` finds one
    exactly when the first match starting at or after *start* ends by *end*:
    one bisection instead of a scan from *start* each time.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: array[int] | None = None
        self.ends: array[int] = array("q")

    def between(self, start: int, end: int) -> bool:
        """Whether a sentence end lies wholly inside ``text[start:end]``."""
        if self.starts is None:
            self.starts = array("q")
            for m in _SENTENCE_END.finditer(self.text):
                self.starts.append(m.start())
                self.ends.append(m.end())
        k = bisect.bisect_left(self.starts, start)
        return k < len(self.starts) and self.ends[k] <= end


def _looks_like_new_quote(text: str, open_at: int, i: int, sentence_ends: _SentenceEnds) -> bool:
    """A straight mark in 'open' position while one is open: is the old one stray?

    True when a sentence ended between them (`"Stray. "New quote`), so the
    earlier mark most likely never closed.
    """
    return (
        text[i - 1].isspace()
        and (i + 1 < len(text) and text[i + 1].isupper())
        and sentence_ends.between(open_at, i)
    )


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _cut_at_sentence(text: str, start: int, limit: int) -> int:
    """The end of the first sentence after *start*, or *limit*."""
    m = _SENTENCE_END.search(text, start, limit)
    return _trim_end(text, start, m.end()) if m else limit


def _next_paragraph_start(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


#: A transcript's speaker label in capitals and its colon ('VANCE: ', 'MARA VANCE: ', 'Q: '):
#: one to four words (initials, hyphens and apostrophes inside them), the last of two letters or
#: more unless it is an interview's Q or A.
_LABEL = r"(?:\p{Lu}[\p{Lu}'’.-]*[ \t]){0,3}(?:\p{Lu}[\p{Lu}'’-]*\p{Lu}\.?|Q|A):[ \t\u00a0]"

#: The closing mark of each mark that opens a quoted transcript's turns.
_TURN_CLOSERS = {'"': '"', "“": "”"}
#: The marks that open a quoted transcript's turns (read by stage 5's transcript rule too).
TURN_MARKS = frozenset(_TURN_CLOSERS)
_TURN = regex.compile("[" + "".join(_TURN_CLOSERS) + "]" + _LABEL)

#: How many paragraphs before and after a turn are searched for another turn.
_TURN_REACH = 2


def quoted_turn(text: str, i: int) -> bool:
    """Does the mark at *i*, opening a paragraph, open a quoted transcript's turn
    (``"VANCE: We will ...``)? A transcript quoted whole opens every turn with a mark and closes
    only the last: the turn's mark opens no quotation, and the turn is the label's (stage 5's
    transcript rule). A turn is a speaker label in capitals after the mark, its paragraph holds
    no closing mark before its end (``"BREAKING: ...," X wrote`` is a quotation), and another
    turn opens one of the :data:`_TURN_REACH` paragraphs before or after it."""
    if _TURN.match(text, i, i + 48) is None:
        return False
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    closer = _TURN_CLOSERS[text[i]]
    if text.find(closer, i + 1, _trim_end(text, i, end) - 1) >= 0:
        return False
    before, after = i, end
    for _ in range(_TURN_REACH):
        before = _paragraph_before(text, before)
        if before >= 0 and _TURN.match(text, before, before + 48):
            return True
        if after < len(text):
            after = _next_paragraph_start(text, after)
            if _TURN.match(text, after, after + 48):
                return True
            nxt = text.find("\n", after)
            after = len(text) if nxt < 0 else nxt
    return False


def _paragraph_before(text: str, i: int) -> int:
    """The first character of the paragraph before the one opening at *i* (-1 when none)."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0:
        return -1
    return _skip_space(text, text.rfind("\n", 0, k) + 1, k)


def _starts_with_opener(text: str, i: int, openers: set[str]) -> bool:
    return any(text.startswith(o, i) for o in openers)
