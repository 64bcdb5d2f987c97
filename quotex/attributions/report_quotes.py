"""A quotation after a reported clause: does it go on with the report?

``X said C. "Q."``: when only the rest of the report's sentence stands between its content and
the quotation, the quotation is the report's next part (a mixed report, :func:`report_goes_on`).
An order is no clause that goes on: ``X told the crew to wait. "Q."`` (:func:`directive_report`).
"""

from __future__ import annotations

from quotex.attributions.context import Context
from quotex.attributions.model import Attribution
from quotex.attributions.quotation_gaps import narrative_ends
from quotex.lexicon.verb_frames import DIRECTIVE_CONTROL_FORMS
from quotex.quote_spans import QuoteSpan


def report_goes_on(ctx: Context, report: Attribution, span: QuoteSpan) -> bool:
    """Only the rest of the report's own sentence stands between its content and the
    quotation *span* (one sentence end: no narrative), and no quotation."""
    end = report.parts[-1][1]
    if span.start - end > REPORT_GAP or directive_report(ctx.tokens.text, report.cue, report.parts[0]):
        return False  # (too far, or an order: 'X told the crew to wait. "Q."')
    gap = ctx.tokens.text[end : span.start]
    ends = narrative_ends(gap + ctx.tokens.text[span.start], ctx.lexicon)  # (with the opening mark)
    return ends <= 1 and not any(c in gap for c in '"“”«»')


#: How far after a report's content a quotation that goes on with it may open (characters).
REPORT_GAP = 400


#: The directive verbs of :func:`directive_report`: those of object control, and *warn* ('warned
#: the skippers to stay in port': Quirk et al. 1985 §16.63, a directive with an infinitive).
DIRECTIVE_REPORT_FORMS = DIRECTIVE_CONTROL_FORMS | frozenset("warn warns warned warning".split())


def directive_report(text: str, cue: tuple[int, int] | None, content: tuple[int, int]) -> bool:
    """Is a report whose *cue* and first *content* part are character ranges of *text* a
    directive verb's object and infinitive ('told the crew to wait', 'urged the council to
    act'): an order, not a clause, so a quotation after its sentence end does not go on with it?"""
    if cue is None or text[cue[0] : cue[1]].lower() not in DIRECTIVE_REPORT_FORMS:
        return False
    words = text[content[0] : content[1]].split()
    return "to" in words[1:] and "that" not in words
