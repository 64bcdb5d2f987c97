"""Stage 0, line breaks: the article text -> the text the stages read (same length and offsets).

A newline between two lines of text means one of two things. In most articles it ends a paragraph
(one paragraph a line, or a blank line between paragraphs), and every stage reads it so. In
plain-text archives, e-mail and wire feeds the lines are *wrapped* at a fixed width, and a newline is
a space that a line-filling program put in (``said Lucía\\nBarrientos``). A line break can also fall
inside one quotation (``"... nowhere else.\\nWe can fix this," she said.``) or inside one sentence
(``said Ana Roe,\\nthe mayor``). :func:`unwrapped` turns the newlines of those kinds into spaces,
one character for one, so every offset into its answer is an offset into the input and the records
still slice the input. It reads the text's carriage returns and typed apostrophes first
(:func:`plain_characters`) and its Markdown marks (:func:`~quotex.markup.without_markup`).

- **A wrapped text** (:func:`_wraps`): its width (the length 80% of its lines reach at most,
  so that a few overlong lines do not widen it) is :data:`MIN_WRAP_WIDTH` to :data:`MAX_WRAP_WIDTH`
  characters; of its breaks between two lines of text, at least :data:`MIN_WRAPPED` and
  :data:`FULL_SHARE` of them follow a *full* line (one the next line's first word would not have
  fitted on); and of those, at least half fall inside a sentence (the line does not end with
  ``.``, ``?``, ``!`` or ``:``, with any closing marks after it) and a third go on with a
  lower-case word or hold a comma or a stop (a list of headlines does neither). A paragraph's
  last line is short, so the break after it is kept: the full-line breaks alone are spaces. One
  paragraph a line never passes: its lines end sentences or are not full.
- **A quotation across a line break**: the line ends inside a double quotation (its marks read in
  order, from a line that did not end inside one), the next line does not open with a mark, and the
  first double mark of the next line closes. A quotation that goes on in the next paragraph opens
  that paragraph with a mark, so the break stays a paragraph break then.
- **A sentence across a line break** (:func:`_mid_sentence`, round 48): the line ends with a comma
  (inside a closing mark too), with a word no sentence or headline ends with (:data:`_GOES_ON`), or
  with any word before a line that goes on in lower case (or with a quoted fragment in lower case),
  or splits a name (:func:`_split_name`).

A blank line is never touched. The answer is *text* itself (the same object) when nothing changes.
"""

from __future__ import annotations

import re

from quotex.markup import without_markup

__all__ = ["MAX_WRAP_WIDTH", "MIN_WRAPPED", "MIN_WRAP_WIDTH", "plain_characters", "unwrapped"]

#: The widest and the narrowest width of a wrapped text: line-filling programs wrap at 60 to 80
#: columns, a narrow column at 40; shorter lines are a list's or a headline's.
MAX_WRAP_WIDTH = 100
MIN_WRAP_WIDTH = 40
#: The share of a text's lines at most as long as its width: a wrapped text's lines are nearly all
#: full, and its paragraphs' last lines short.
WIDTH_SHARE = 0.8
#: The share of the breaks between two lines of text that follow a full line in a wrapped text
#: (all but a paragraph's last line; a list of headlines has lines of all lengths).
FULL_SHARE = 0.6
#: The fewest line breaks after a full line that make a text a wrapped one.
MIN_WRAPPED = 2

#: A grave or an acute accent typed for an apostrophe between two letters (``O´Neill``,
#: ``don`t``): read as the apostrophe.
_TYPED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`\u00b4](?=[^\W\d_])")
#: A newline between two lines that have text: the only kind this stage may change.
_LONE_BREAK = re.compile(r"\S[ \t\r\f\v]*\n[ \t\r\f\v]*\S")
#: Punctuation inside a line of prose (a headline's line holds none).
_INNER_STOPS = (", ", ". ", "; ")
#: The end of a sentence at the end of a line: ``.``, ``?``, ``!`` or ``:``, then closing marks.
_SENTENCE_END = re.compile(r"[.?!:][\"'”’»)\]]*$")
#: Double marks that open (``“`` opens unless a ``„`` is open: the German ``„...“``).
_OPENERS = "“„«"
_CLOSERS = "”»"


def unwrapped(text: str) -> str:
    """*text* with its carriage returns and typed apostrophes plain (:func:`plain_characters`),
    its markup's marks spaces (:func:`~quotex.markup.without_markup`) and its wrapping newlines and
    those inside a quotation or a sentence made spaces (same length)."""
    text = without_markup(plain_characters(text))
    if _LONE_BREAK.search(text) is None:
        return text  # (most articles: no line break between two lines of text)
    lines = text.split("\n")
    ends = [len(line.rstrip()) for line in lines]
    heads = [len(w[0]) if (w := line.split(None, 1)) else 0 for line in lines]  # (first words; 0: blank)
    wraps = _wraps(lines, ends, heads)
    soft: list[int] = []  # indexes of the lines whose newline becomes a space
    opener = ""  # the open double mark at the end of the last line read, "" when none is open
    for k in range(len(lines) - 1):
        if not ends[k] or not heads[k + 1]:
            opener = ""
            continue
        line = lines[k]
        opener = _open_at_end(line, opener)
        if k in wraps or _mid_sentence(line, lines[k + 1]):
            soft.append(k)  # (a full line of a wrapped text, or a sentence going on past the break)
        elif opener and _closes_first(lines[k + 1], opener):
            soft.append(k)
        else:
            opener = ""
    if not soft:
        return text
    chars = list(text)
    offset = 0
    cuts = set(soft)
    for k, line in enumerate(lines[:-1]):
        offset += len(line)
        if k in cuts:
            chars[offset] = " "
        offset += 1
    return "".join(chars)


def plain_characters(text: str) -> str:
    """*text* (the same object when it has none) with each carriage return a line end's (a space
    before its newline, ``\\r\\n``; a newline alone, an old Mac file's ``\\r``) and an accent typed
    for an apostrophe (:data:`_TYPED_APOSTROPHE`) the apostrophe: same length, so the paragraphs
    read as written and the names sliced from it as printed."""
    if ("`" in text or "\u00b4" in text) and _TYPED_APOSTROPHE.search(text) is not None:
        text = _TYPED_APOSTROPHE.sub("'", text)
    if "\r" not in text:
        return text  # (most articles)
    # (no-break, thin and other odd spaces stay: the tokenizer reads them as spaces, and the names
    # and titles sliced across one print with a plain space, :func:`quotex.invisible.printed`)
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _mid_sentence(line: str, after: str) -> bool:
    """Does *line* break a sentence that goes on in *after*? It does when *line* ends with a comma
    (maybe inside a quotation's closing mark: ``"C,"\\nsaid NAME``), with a word that no sentence
    ends with (:data:`_GOES_ON`: ``said\\nNAME``), or with any word when *after* goes on in lower
    case (``the mayor\\nof Millbrook``). A new paragraph opens with a capital, a mark, a number or
    a list's mark, and a headline ends with no comma."""
    end = line.rstrip().rstrip(_CLOSING_MARKS)
    if end[-1:] == ",":
        return True
    if not end[-1:].isalnum():
        return False
    head = after.lstrip()
    if head[:1].islower() or end[end.rfind(" ") + 1 :] in _GOES_ON:
        return True
    if head[:1] in _OPENING_MARKS and head[1:2].islower():
        return True  # ('said the levy was\n"a tax by another name"': a quoted fragment goes on)
    return _split_name(end[end.rfind(" ") + 1 :], head)


def _split_name(last: str, head: str) -> bool:
    """Is a name split over the break: *last* (a line's last word) capitalised, and the next
    line's first word (*head* opens it) capitalised, not in capitals, and closed by a comma
    (``said Otis\nMerriweather, leader of``, ``the Oskarby Marine\nInstitute, said``)? A
    headline ends no sentence with a name before a line that opens so, and a dateline is in capitals."""
    first = head.split(None, 1)[0] if head else ""
    return (
        last[:1].isupper()
        and last.isalpha()
        and first[-1:] == ","
        and first[:1].isupper()
        and not first[:-1].isupper()
        and all(c.isalpha() or c in "-'’" for c in first[:-1])
    )


#: Opening quotation marks, before a quoted fragment that goes on in lower case.
_OPENING_MARKS = "\"'“‘«„"
#: Closing quotation marks, which a comma before them leaves inside the sentence.
_CLOSING_MARKS = "\"'”’»"
#: Words no sentence or headline ends with: articles, the prepositions that are no particles
#: (*on*, *in*, *up*, *by*: 'Mayor vows to fight on'), conjunctions and the commonest cues.
_GOES_ON = frozenset("a an the of from with and or but nor said says told".split())


def _wraps(lines: list[str], ends: list[int], heads: list[int]) -> frozenset[int]:
    """The indexes of the lines whose break is a wrap: those of a wrapped text that end full (the
    next line's first word, *heads*, would not have fitted on them); none when the text is not
    wrapped. Its width is the length :data:`WIDTH_SHARE` of the lines with text reach at most, so
    that a few long lines (a link, a line lengthened by hand after the wrapping) do not widen it."""
    filled = sorted(e for e in ends if e)
    width = filled[int(WIDTH_SHARE * (len(filled) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return frozenset()
    breaks = inside = prose = 0
    full: list[int] = []
    for k in range(len(lines) - 1):
        if not ends[k] or not heads[k + 1]:
            continue
        breaks += 1
        if ends[k] + 1 + heads[k + 1] > width:
            full.append(k)
            inside += _SENTENCE_END.search(lines[k].rstrip()) is None
            prose += lines[k + 1].lstrip()[:1].islower() or any(p in lines[k] for p in _INNER_STOPS)
    # (prose: mostly inside a sentence; a third go on in lower case or hold a comma or a stop)
    n = len(full)
    wrapped = n >= MIN_WRAPPED and n >= FULL_SHARE * breaks and 2 * inside >= n and 3 * prose >= n
    return frozenset(full) if wrapped else frozenset()


def _open_at_end(line: str, opener: str) -> str:
    """The double mark left open at the end of *line* when *opener* was open at its start ("" for
    none): a straight mark opens or closes in turn, ``„`` and ``«`` open, ``”`` and ``»`` close,
    and ``“`` closes a ``„`` and else opens."""
    for ch in line:
        if ch == '"':
            opener = "" if opener else '"'
        elif ch in _CLOSERS or (ch == "“" and opener == "„"):
            opener = ""
        elif ch in _OPENERS:
            opener = ch
    return opener


def _closes_first(line: str, opener: str) -> bool:
    """Does *line*, read while *opener* is open, not start with a mark, and is its first double
    mark one that closes *opener* (a straight mark glued to the word or stop before it)?"""
    body = line.lstrip()
    if body[:1] in _OPENERS or body[:1] == '"':
        return False
    for i, ch in enumerate(body):
        if ch == '"':
            return opener == '"' and not body[i - 1].isspace()
        if ch in _CLOSERS or ch == "“":
            return ch in _CLOSERS or opener == "„"
        if ch in _OPENERS:
            return False
    return False
