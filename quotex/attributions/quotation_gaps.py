"""What stands between two quotations, or after one: only the earlier one's attribution ('"A,"
he said. "B."'), or narrative of its own (a sentence end after a lower-case word).

Input: the context, the earlier attribution and the gap's character offsets, or a gap's text;
output: a boolean, or a count of sentence ends.
"""

from __future__ import annotations

import regex

from quotex.attributions.context import Context
from quotex.attributions.model import Attribution
from quotex.attributions.naming import held_by_clause, without_titles
from quotex.attributions.quoting import scare_quote
from quotex.lexicon import Lexicon
from quotex.records import QuoteKind

#: Quotation marks: in a gap or a report's tail they show somebody else's words.
QUOTE_CHARS = frozenset('"“”«»')

#: Words that open a noun phrase around a quoted word ('the "express" ferry', 'her "improved"
#: plan'), or a clause of its own ('to add that "C"'): no next part of a quotation follows them.
_NOUN_OPENERS = frozenset("the a an his her its their our this that these those".split())


def between_only_attribution(ctx: Context, prev: Attribution, end: int, start: int) -> bool:
    """Between two quotations stands only the earlier one's attribution:
    '"A," he said. "B."' / '"A," said Smith, a spokesman, "B."'; not, after a direct quotation,
    when an article, a possessive or another word of the credit's clause stands right before the
    later one, whose words then name a thing of that clause ('"A," said Smith, standing beside
    the "express" ferry', '..., whose group marches under the banner "B"')."""
    text = ctx.tokens.text
    if start - end > 400 or text.find("\n", end, start) >= 0:
        return False
    before = text[max(end, start - 40) : start].split()
    if prev.kind is QuoteKind.DIRECT and before and before[-1].lower() in _NOUN_OPENERS:
        return False  # ('..., standing beside the "express" ferry': a word in a noun phrase, no next part)
    if prev.kind is QuoteKind.DIRECT and held_by_clause(ctx, start, end):
        return False  # ('"A," said NAME, whose group marches under the banner "B".': the clause's word)
    gap = without_titles(ctx, end, start)
    words = gap.split()
    verbs = ctx.lexicon.verb_forms
    ends = narrative_ends(gap, ctx.lexicon)
    if ends > 1 or (ends and scare_quote(text, start)):
        # (a sentence of narrative stands between them, or a sentence of narrative goes on into
        # a word or two in marks: '"A," she said. The ladder was declared "finished"')
        return False
    if (
        prev.cue is not None
        and end <= prev.cue[0]
        and prev.cue[1] <= start
        and len(gap) <= 400
        and "\n" not in gap
        and not any(c in gap for c in '"“”«»:')
    ):
        # '"A," said Jane Roe, a physicist who directs the programme. "B."'
        return not any(w.lower().strip(",.:;") in ("adding", "saying") for w in words)
    return (
        len(gap) <= 120
        and ":" not in gap
        and (len(words) <= 4 or any(w.lower().strip(",.;") in verbs for w in words))
        and "\n" not in gap
        and not any(c in gap for c in QUOTE_CHARS)
        and not any(w.lower().strip(",.:;") in ("adding", "saying") for w in words)
    )


def narrative_ends(gap: str, lexicon: Lexicon) -> int:
    """Sentence ends in *gap* (:data:`NARRATIVE_END`), less the full stops of title
    abbreviations and honorifics ('a former ally of Sen. Omar Diallo')."""
    count = 0
    for m in NARRATIVE_END.finditer(gap):
        stop = m.start() + len(m.group().split(".")[0])  # the full stop ('?', '!': no stop)
        word = gap[:stop].rsplit(maxsplit=1)[-1].lower()
        if word not in lexicon.title_abbreviations and word not in lexicon.honorifics:
            count += 1
    return count


#: A sentence end after a lower-case word ('said. Then'), not after an abbreviation ('U.S. Navy').
#: (Stricter than lexicon.quote_marks.SENTENCE_END on purpose: it tells narrative from an
#: attribution between two quotations.)
NARRATIVE_END = regex.compile(r"[a-z]{2,}[.?!][\"”’]?\s+[\"“A-Z]")
