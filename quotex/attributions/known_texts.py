"""A text someone knows or remembers is no report of theirs.

'Every child in Glenarrow knows the line "Sing low, sing slow" by heart' and 'Ana Roe recalled
the slogan "Homes, not hotels" from the 1990s': the marks give the name of a text (a line, a
slogan, a song) that the subject knows, not words the subject said. Credited to the subject, the
quotation would put a crowd's rhyme or a campaign's slogan in their mouth; it stays unattributed.
A clause that goes on after the quotation is a belief about it and stays a report ('She knew
the words "I'm sorry" would not be enough').

Input: the context and one found attribution. Output: whether it is a known text.
"""

from __future__ import annotations

from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.lexicon.function_words import DETERMINERS
from quotex.lexicon.grammar import PREPOSITIONS
from quotex.mentions.work_titles import WORK_NOUNS

#: The verbs of knowing and remembering, by lemma (Levin 1993, §29.5 and §30.2 'remember';
#: *recall* is also a verb of saying: the object decides).
KNOWING_LEMMAS = frozenset(["know", "remember", "recall", "learn", "memorise", "memorize"])

#: Nouns of a short text that a quotation in marks names (*the line "T"*, *the slogan "T"*),
#: beside the works of :data:`~quotex.mentions.work_titles.WORK_NOUNS`.
TEXT_NOUNS = WORK_NOUNS | frozenset(
    """line lines lyric lyrics verse verses chorus refrain rhyme rhymes slogan slogans motto
    saying proverb catchphrase jingle anthem hymn chant prayer""".split()
)

#: Words after the quotation that end a known text's object: a stop, a comma, a preposition.
_AFTER = PREPOSITIONS | frozenset([".", ",", ";", "!", "?", "well", "too", "still"])


def known_text(ctx: Context, found: Found) -> bool:
    """Is *found* a verb of knowing or remembering whose whole content is a determiner, a text
    noun and a quotation (and a prepositional phrase or adverb after it): a text the subject
    knows, whose words are not theirs?"""
    att, a, b = found
    if att.cue is None or att.source is None:
        return False
    cue = ctx.tokens.text[att.cue[0] : att.cue[1]].lower().split()
    if not cue or ctx.lexicon.verb_forms.get(cue[-1], ("", ""))[0] not in KNOWING_LEMMAS:
        return False
    lows, qo = ctx.lows, ctx.quote_of
    k = a + 1 if lows[a] in DETERMINERS else a
    if k == a or k + 1 > b or lows[k] not in TEXT_NOUNS or qo[k + 1] < 0:
        return False
    q, j = qo[k + 1], k + 1
    while j <= b and qo[j] == q:
        j += 1
    return j > b or lows[j] in _AFTER
