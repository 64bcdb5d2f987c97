"""A link to another story, set between an article's paragraphs, reports nobody's words here.

Scraped and exported pages keep the links a site places inside an article: ``Read more: Council
votes to close the library``, ``RELATED: Police say the road will reopen``, ``See also: ...``.
The headline after the label is another article's: its report (*Police say ...*) and any
quotation in it are not this article's, and the label is no speaker (``More: C`` is no colon
credit of a person called More). A link line opens its paragraph with one of
:data:`LINK_LABELS` and a colon.

Input: the context and a sentence that opens its paragraph. Output: whether the sentence is a
link line (the sieve then reads no cue, colon credit or quotation in it).
"""

from __future__ import annotations

from quotex.attributions.context import Context
from quotex.sentences import Sentence

__all__ = ["LINK_LABELS", "link_line"]

#: The labels of a link to another story, word by word in lower case (each then a colon). Not
#: *Watch* or *Listen*: a video or a recording of the same story, whose words are the speaker's.
LINK_LABELS = frozenset(
    {
        ("read", "more"),
        ("read", "also"),
        ("also", "read"),
        ("see", "also"),
        ("also", "see"),
        ("read", "next"),
        ("up", "next"),
        ("more",),
        ("related",),
        ("related", "stories"),
        ("related", "story"),
        ("related", "coverage"),
        ("related", "content"),
        ("related", "articles"),
        ("recommended",),
        ("trending",),
        ("more", "on", "this", "story"),
        ("further", "reading"),
        ("most", "read"),
        ("most", "popular"),
        ("most", "viewed"),
    }
)
#: Each label's first word, for the look that most sentences end at.
_FIRST_WORDS = frozenset(label[0] for label in LINK_LABELS)
#: The longest label, in words.
_LONGEST = max(map(len, LINK_LABELS))


def link_line(ctx: Context, s: Sentence) -> bool:
    """Does sentence *s* (which opens its paragraph) start with a link's label and a colon?"""
    lows = ctx.lows
    if lows[s.first] not in _FIRST_WORDS:
        return False  # (most sentences)
    for size in range(1, min(_LONGEST, s.last - s.first) + 1):
        if lows[s.first + size] == ":":
            return tuple(lows[s.first : s.first + size]) in LINK_LABELS
    return False
