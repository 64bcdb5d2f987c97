"""Transcript turns: labels that open a paragraph and make the rest of it a speaker's words.

* :func:`transcript_label`: a speaker label before a colon (``VANCE:``, ``Q:``, and in a
  hearing, names in title case: ``Strachan:``), rule ``transcript``;
* :func:`credit_line_label`: a roundup's credit line before an unmarked quotation (``Ana Berg
  (thatcher):``, ``Ana Berg, 47:``), the same rule;
* :func:`dotted_label`: an interview's ``Q.`` / ``A.`` (trigger ``dotted_label``);
* :func:`dash_label`: an interview's ``Q —`` / ``A —`` (the same trigger);
* :func:`paragraph_last`: the end of the turn a label opens.

Input: the document's :class:`~quotex.tokens.Tokens` and token indices; output: booleans and
token indices. Every walk is bounded by :data:`TURN_MAX` tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES, NAME_SUFFIXES, STOP_WORDS
from quotex.lexicon.grammar import INTERVIEW_LABELS, QUESTION_LABELS
from quotex.mentions import is_name_word
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.words import is_role
from quotex.quote_spans import TURN_MARKS
from quotex.sentences import word_hyphen
from quotex.tokens import Tokens

#: A transcript turn is read to its paragraph's end, but never further than this many tokens.
TURN_MAX = 400


def transcript_label(tokens: Tokens, first: int, colon: int) -> bool:
    """Tokens *first* .. *colon* - 1 are a transcript's speaker label: one to three words in
    capitals, no function word (``VANCE:``, ``MARA VANCE:``, ``KERR-WHITAKER:``, a hyphenated
    word counting as one, and name particles, initials and a one-letter word inside a name
    too: ``FEMKE VAN DEN HEUVEL:``, ``R. K. VENKATARAMAN:``, ``Ó SÚILLEABHÁIN:``; not ``STAT OF
    THE WEEK:``), one to four name words in title case where turns alternate (:func:`_name_label`:
    ``Tran Thi Hong Nhung:``), or one of an interview's :data:`~quotex.lexicon.grammar.INTERVIEW_LABELS`
    (``Q:``, ``Answer:``), opening a paragraph, after a recording's time stamp if one opens it
    (``[00:14:09] Ana Berg:``: :func:`label_start`)."""
    if not 0 < colon - first <= _LABEL_TOKENS + 3:
        return False  # checked before slicing: a colon deep in a long sentence costs nothing
    if not opens_paragraph(tokens, first):
        return False
    first = label_start(tokens, first, colon)
    if not 0 < colon - first <= _LABEL_TOKENS:
        return False
    label = tokens.words[first:colon]
    if len(label) == 1 and label[0] in INTERVIEW_LABELS:
        # an interview: 'Q: Why did the levee fail?' / 'Answer: It was ...'
        return not _inline_turns(tokens, colon)
    words_in_label = _label_words(label)
    if words_in_label > 4:
        return False
    if words_in_label <= 3 and all(
        (w.isupper() and sum(c.isalpha() for c in w) >= 2 and w.lower() not in STOP_WORDS)
        or (0 < k < len(label) - 1 and word_hyphen(tokens, first + k))
        or (k < len(label) - 1 and _initial_or_stop(label, k))
        or (w == "." and k == len(label) - 1 and label[k - 1] in ("JR", "SR"))  # ('TRELOAR JR.:')
        for k, w in enumerate(label)
    ):
        return True  # 'KERR-WHITAKER:' is one hyphenated surname (three tokens, no spaces)
    # a hearing labelled by title-case names ('Strachan: Who signed it?'): another turn is next to it
    if not (_name_label(label) and tokens.words[colon + 1][:1].isalpha()):
        return False  # ('Pledged: 781.': a tally, not a turn)
    nxt = paragraph_last(tokens, colon) + 1
    return _labelled_turn(tokens, nxt) or _previous_turn(tokens, first)


#: The most lower-case words of a roundup credit's descriptor ('(retired welder)', ', sign writer').
_DESCRIPTOR_WORDS = 4


def credit_line_label(tokens: Tokens, first: int, colon: int, lexicon: Lexicon) -> int:
    """Tokens *first* .. *colon* - 1, opening a paragraph, are a roundup's credit line before an
    unmarked quotation: a full name in title case (two to four words), then an age or a craft in
    lower case in brackets or after a comma (``Ana Berg (thatcher):``, ``Ana Berg, 47:``, ``Ana
    Berg, 47, retired welder:``; not a dateline's ``New York (Reuters):``), and a capitalised word
    after the colon. Returns the name's last token, or -1."""
    words = tokens.words
    if not 2 < colon - first <= _LABEL_TOKENS + _DESCRIPTOR_WORDS or not opens_paragraph(tokens, first):
        return -1
    if colon + 1 >= len(words) or not words[colon + 1][:1].isupper():
        return -1
    n = next((k for k in range(first, colon) if words[k] in ("(", ",")), colon)
    if n - first < 2 or not _name_label(words[first:n]) or words[first].lower() in STOP_WORDS:
        return -1
    rest = [w for w in words[n:colon] if w not in ("(", ")", ",")]
    if not 0 < len(rest) <= _DESCRIPTOR_WORDS or not all(
        w.isdigit() or (w.isalpha() and w.islower()) for w in rest
    ):
        return -1
    if words[n] == "(":  # ('(thatcher)', '(sign writer, 61)'; '):' is one token)
        return n - 1 if words[colon - 1] == ")" or words[colon] == "):" else -1
    # (after a comma an age, or a craft ending in a role noun: 'Ana Berg, retired welder:'; not
    # 'At Tarrowby Coachworks, views differed:')
    return n - 1 if rest[0].isdigit() or is_role(rest[-1], lexicon) or agent_noun(rest[-1], lexicon) else -1


def label_first(tokens: Tokens, first: int, colon: int) -> int:
    """The first token of the speaker's name in the transcript label *first* .. *colon* - 1
    (after a time stamp: :func:`label_start`)."""
    return label_start(tokens, first, colon) if opens_paragraph(tokens, first) else first


#: The most tokens of a speaker label ('MARIE-CLAIRE DUBOIS-LEFÈVRE' has seven).
_LABEL_TOKENS = 7


def label_start(tokens: Tokens, first: int, colon: int) -> int:
    """The first token of a speaker label opening at token *first*, after a recording's time
    stamp in brackets (``[00:14:09] Leilani Kahananui:``, ``(14:02) ANA BERG:``) or the mark
    that opens a quoted transcript's turn (``"VANCE:``); else *first*."""
    words = tokens.words
    if first + 1 < colon and words[first] in TURN_MARKS:
        return first + 1  # a quoted transcript's turn: '"VANCE: We will ...' (stage 2 opens no quotation)
    if (
        first + 3 < colon
        and words[first] in ("[", "(")
        and words[first + 2] in ("]", ")")
        and _time_stamp(words[first + 1])
    ):
        return first + 3
    return first


def _time_stamp(w: str) -> bool:
    """Is *w* a time stamp of a recording ('00:14:09', '14:02', '1:02:33')?"""
    parts = w.split(":")
    return 2 <= len(parts) <= 3 and all(p.isdigit() and 1 <= len(p) <= 2 for p in parts)


def _label_words(label: Sequence[str]) -> int:
    """How many words a label has: a hyphenated word counts as one, and a name particle
    ('VAN', 'DEN'), an initial, a one-letter word ('Ó') or a suffix ('JR.') as none."""
    n = 0
    for k, w in enumerate(label):
        low = w.lower()
        if w in ("-", ".") or (k > 0 and label[k - 1] == "-"):
            continue
        if low in NAME_PARTICLES or low.rstrip(".") in NAME_SUFFIXES or len(w.rstrip(".")) == 1:
            continue
        n += 1
    return n


def _initial_or_stop(label: Sequence[str], k: int) -> bool:
    """Is word *k* inside a label in capitals an initial ('DEVENDRA R. KULKARNI:', 'R. K.
    VENKATARAMAN:'), a one-letter word of a name ('Ó SÚILLEABHÁIN:'), a name particle between
    name words ('FEMKE VAN DEN HEUVEL:'), or the full stop of an honorific or suffix split from
    it ('MS. TREGARTHEN:', 'CHRISTOPHER TRELOAR JR.:')?"""
    w = label[k]
    if len(w) == 2 and w[0].isupper() and w[1] == ".":
        return True
    if len(w) == 1 and w.isalpha() and w.isupper() and w not in ("A", "I") and k + 1 < len(label):
        return True  # ('Ó SÚILLEABHÁIN')
    if k > 0 and w.isupper() and w.lower() in NAME_PARTICLES:
        return True  # ('VAN', 'DA', 'DE LA' inside a name; the word count bounds them)
    return w == "." and k > 0 and label[k - 1] in ("MR", "MS", "MRS", "DR", "JR", "SR")


def dotted_label(tokens: Tokens, k: int) -> bool:
    """Token *k* is an interview's ``Q.`` or ``A.`` opening a paragraph, and the paragraph beside
    it (the next for a question, the previous for an answer) opens with the other label."""
    words = tokens.words
    if not opens_paragraph(tokens, k):
        return False
    if words[k] == "Q.":
        nxt = paragraph_last(tokens, k) + 1
        return nxt < len(words) and words[nxt] == "A." and opens_paragraph(tokens, nxt)
    prev = _paragraph_first(tokens, k)
    return 0 <= prev < k and words[prev] == "Q."


#: Dashes after an interview's bare ``Q`` or ``A`` ('Q — Why now?').
LABEL_DASHES = frozenset(["—", "–", "--", "-"])


def dash_label(tokens: Tokens, k: int) -> bool:
    """Token *k* is an interview's ``Q`` or ``A`` with a dash after it, opening a paragraph, and
    the paragraph beside it (the next for a question, the previous for an answer) opens with
    the other label and a dash ('Q — Why now?' / 'A — Because the lease ran out.')."""
    words = tokens.words
    if k + 1 >= len(words) or words[k + 1] not in LABEL_DASHES or not opens_paragraph(tokens, k):
        return False
    if words[k] == "Q":
        nxt = paragraph_last(tokens, k) + 1
        return (
            nxt + 1 < len(words)
            and words[nxt] == "A"
            and words[nxt + 1] in LABEL_DASHES
            and opens_paragraph(tokens, nxt)
        )
    prev = _paragraph_first(tokens, k)
    return words[k] == "A" and 0 <= prev < k and words[prev] == "Q" and words[prev + 1] in LABEL_DASHES


def opens_paragraph(tokens: Tokens, k: int) -> bool:
    """Does token *k* open its paragraph (the text's first token, or a line break before it)?"""
    return k == 0 or (k < len(tokens.words) and "\n" in tokens.text[tokens.ends[k - 1] : tokens.starts[k]])


def _paragraph_first(tokens: Tokens, first: int) -> int:
    """The first token of the paragraph before the one opening at token *first* (-1 when none
    within :data:`TURN_MAX` tokens)."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    k, floor = first - 1, max(0, first - TURN_MAX)
    if k < 0:
        return -1  # ('A.' opening the text: no paragraph before it)
    while k > floor and "\n" not in text[ends[k - 1] : starts[k]]:
        k -= 1
    return k if k == 0 or "\n" in text[ends[k - 1] : starts[k]] else -1


def _name_label(label: Sequence[str]) -> bool:
    """*label* is one to four name words in title case ('Strachan', 'Tran Thi Hong Nhung'), with
    initials ('T. S. Rao'), a hyphen joining two of them (a given name's second syllable may be in lower case:
    'Han Seo-yeon'), a name particle in lower case between two ('Femke van den Heuvel', 'Leonor
    dos Reis'), a one-letter word before another ('Ó Súilleabháin'), a suffix's full stop at its
    end ('Christopher Treloar Jr.')."""
    if _label_words(label) > 4:  # (four in Vietnamese and double-surname custom)
        return False
    return all(
        w == "-"
        or (is_name_word(w) and not w.isupper())
        or (len(w) == 2 and w[1] == "." and w[0].isupper() and k < len(label) - 1)  # ('T. S. Rao')
        or (k > 0 and label[k - 1] == "-" and w.isalpha() and w.islower() and len(w) <= 5)  # ('Seo-yeon')
        or (0 < k < len(label) - 1 and w in NAME_PARTICLES)
        or (len(w) == 1 and w.isupper() and w not in "AI" and k < len(label) - 1)  # ('Ó Súilleabháin')
        or (w == "." and k > 0 and label[k - 1].lower() in NAME_SUFFIXES)
        for k, w in enumerate(label)
    )


def _labelled_turn(tokens: Tokens, k: int) -> bool:
    """The paragraph opening at token *k* is a turn of a hearing or an interview: one to three
    name words in title case or a question label (``Q``, ``Question``), a colon, then a word,
    not a quotation or a number ('McCallum: I did, yes.', 'Q: Why now?')."""
    words = tokens.words
    if not 0 < k < len(words) or not opens_paragraph(tokens, k):
        return False
    bound = min(k + _LABEL_TOKENS + 4, len(words) - 1)
    if words[k] in ("[", "("):
        k = label_start(tokens, k, bound)
    for colon in range(k + 1, min(k + _LABEL_TOKENS + 1, len(words) - 1)):
        if words[colon] == ":":
            # (or an interview's question, 'Q: Why now?', before an answer labelled by name)
            question = colon == k + 1 and words[k] in QUESTION_LABELS
            return (question or _name_label(words[k:colon])) and words[colon + 1][:1].isalpha()
    return False


def _previous_turn(tokens: Tokens, first: int) -> bool:
    """The paragraph before the one opening at token *first* is a labelled turn (the last turn
    of a hearing has no next one)."""
    k = _paragraph_first(tokens, first)
    return 0 < k < first and _labelled_turn(tokens, k)


def _inline_turns(tokens: Tokens, colon: int) -> bool:
    """The paragraph of an interview label's *colon* holds another ``Q:`` or ``A:`` (a question
    and its answer on one line, as a headline writes them: no turn of its own)."""
    words = tokens.words
    end = paragraph_last(tokens, colon)
    return any(words[k] in INTERVIEW_LABELS and words[k + 1] == ":" for k in range(colon + 1, end))


def paragraph_last(tokens: Tokens, k: int) -> int:
    """The last token of the paragraph holding token *k* (at most :data:`TURN_MAX` on)."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    limit = min(len(starts) - 1, k + TURN_MAX)
    while k < limit and "\n" not in text[ends[k] : starts[k + 1]]:
        k += 1
    return k
