"""Reading a written text aloud, or a text a clause gives a writer: the words are its writer's.

*NAME read a line from OTHER's novel at the ceremony: "L."*, *NAME read aloud from an email
OTHER had sent: "L."*, *NAME read a statement from OTHER: "L."*: whoever reads a text out relays
it, and its writer is the one quoted (the convention for relayed documents: a text's author
speaks its words, not the one who reads or shares them). A text whose writer the sentence does
not name (*read from a letter*) has no speaker; one the reader owns (*read from her diary*) is
the reader's. A text whose contact clause names its writer speaks for them too (*An email he
sent to OTHER a week later said: "L."*: his). Read by the sieve after a cue rule found a content
(:mod:`quotex.attributions.sieve`). Input: the context and what the rule found; output: what
was found with the writer as its source.
"""

from __future__ import annotations

import bisect

import attrs

from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.attributions.non_reports import low_text
from quotex.lexicon.function_words import DOCUMENT_NOUNS
from quotex.lexicon.grammar import POSSESSIVE_DETERMINERS
from quotex.mentions import is_name_word
from quotex.mentions.work_titles import WORK_NOUNS

#: Nouns for a written text or a piece of one that can be read aloud (``DOCUMENT_NOUNS``,
#: ``WORK_NOUNS`` and the parts of a text: general English nouns).
TEXT_NOUNS = (
    DOCUMENT_NOUNS
    | WORK_NOUNS
    | frozenset("diary diaries letters emails line lines passage passages page verse extract excerpt".split())
)
#: Participles of writing after a text and its writer ('an email OTHER had sent').
_WRITING = frozenset("sent wrote written penned posted drafted signed".split())
#: How many tokens after the cue the walk reads for *from* and the text.
_REACH = 10
#: The most words of a writer's name.
_NAME_WORDS = 4


def _name_end(words: tuple[str, ...] | list[str], k: int, last: int) -> int:
    """The last token of a name of up to :data:`_NAME_WORDS` capitalised words from token *k*, or
    *k* - 1 when none starts there."""
    m = k
    while m <= last and m - k < _NAME_WORDS and is_name_word(words[m]):
        m += 1
    return m - 1


def _writer(ctx: Context, k: int, a: int) -> tuple[int, int] | bool | None:
    """The writer named by the text phrase after *from* at token *k* (before the content at *a*):
    a possessive name before the text noun ("OTHER's novel"), *by* NAME or a name and a
    participle of writing after it ('an email OTHER had sent'), or a name after *from* when the
    text came before it ('a statement from OTHER'); True for the reader's own text ('her
    diary'), None for a text whose writer is not named, False when no text follows."""
    words, lows = ctx.tokens.words, ctx.lows
    last = a - 1
    if k > last:
        return False
    if lows[k] in POSSESSIVE_DETERMINERS:  # ('read from her diary': the reader's own text)
        return True
    m = k + (lows[k] in ("a", "an", "the"))
    end = _name_end(words, m, last)
    if end >= m and end + 1 <= last and lows[end + 1] in ("'s", "’s"):
        text = any(lows[t] in TEXT_NOUNS for t in range(end + 2, min(last, end + 5) + 1))
        return (m, end) if text else False
    noun = next((t for t in range(m, min(last, m + 3) + 1) if lows[t] in TEXT_NOUNS), -1)
    if noun < 0:  # ('read from the Psalms', 'from the Gospel of Luke': a named text, its writer unnamed)
        return None if m > k and lows[k] == "the" and end >= m else False
    after = noun + 1 + (noun + 1 <= last and lows[noun + 1] == "by")
    end = _name_end(words, after, last)
    if end < after:
        return None
    if lows[noun + 1] == "by":
        return (after, end)
    nxt = end + 1 + (end + 1 <= last and lows[end + 1] in ("had", "has"))
    return (after, end) if nxt <= last and lows[nxt] in _WRITING else None


#: Subject pronouns that write a text in a contact clause ('An email he sent ... said').
_WRITERS = frozenset("he she they i we".split())


def _contact_writer(ctx: Context, src: tuple[int, int]) -> tuple[int, int] | None:
    """The writer named in a contact clause after the text noun that opens source *src* ('An email
    | he sent to OTHER a week later | said', 'The letter | OTHER had written | said'): a subject
    pronoun or a name, then maybe *had*, then a participle of writing; None otherwise."""
    words, lows = ctx.tokens.words, ctx.lows
    a, b = src
    k = a + (lows[a] in ("a", "an", "the"))
    if k >= b or lows[k] not in TEXT_NOUNS:
        return None
    w = k + 1
    end = w if lows[w] in _WRITERS else _name_end(words, w, b)
    if end < w:
        return None
    verb = end + 1 + (end + 1 <= b and lows[end + 1] in ("had", "has"))
    return (w, end) if verb <= b and lows[verb] in _WRITING else None


def read_text(ctx: Context, found: Found) -> Found:
    """*found* with the writer of the text its cue *read* reads out as its source (or no source
    when the text names no writer); *found* itself for any other cue, a text the reader owns, or
    a cue with no text read *from* before its content."""
    att, a, _ = found
    if att.cue is None or att.source is None:
        return found
    writer = _contact_writer(ctx, att.source)
    if writer is not None:  # ('An email he sent to OTHER said': the writer, his pronoun resolved later)
        return attrs.evolve(att, source=writer), found[1], found[2]
    lows, forms = ctx.lows, ctx.lexicon.verb_forms
    if forms.get(low_text(ctx, att.cue), ("", ""))[0] == "read":
        i = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    elif low_text(ctx, att.cue) == ":":  # ('NAME read a line from X's novel: "L."': the colon's clause)
        span = range(att.source[1] + 1, min(a, att.source[1] + 4))
        i = next((t for t in span if forms.get(lows[t], ("", ""))[0] == "read"), -1)
        if i < 0:
            return found
    else:
        return found
    for k in range(i + 1, min(a, i + _REACH)):
        if lows[k] in (":", ";", ".") or ctx.quote_of[k] >= 0:
            return found
        if lows[k] != "from":
            continue
        before = any(lows[t] in TEXT_NOUNS for t in range(i + 1, k))  # ('read a statement from OTHER')
        named = _writer(ctx, k + 1, a)
        if named is False and before:
            end = _name_end(ctx.tokens.words, k + 1, a - 1)
            named = (k + 1, end) if end > k else False
        if named is True or named is False:
            return found
        return attrs.evolve(att, source=named), found[1], found[2]
    return found
