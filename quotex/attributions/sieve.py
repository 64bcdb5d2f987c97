"""The sieve: each sentence's cue candidates through :data:`~quotex.attributions.cue_rules.TRIGGERS`,
then its unclaimed quotations through :data:`~quotex.attributions.quotation_rules.QUOTATION_STEPS`.

The one precedence rule that is not "first found wins" is a named step,
:func:`prefer_trailing_attribution` (documented in ``docs/rules.md``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import compress, count

import attrs
from attrs import define

from quotex.attributions.adjuncts import comment_as, possessive_credit
from quotex.attributions.answers import asked_ending
from quotex.attributions.aside_bounds import within_aside
from quotex.attributions.beats import BeatSite, beat_before, beat_site, fronted_questions
from quotex.attributions.clauses import ASIDE_OPENERS
from quotex.attributions.context import (
    SURVEY_PREPOSITION,
    Context,
    opens_sentence,
    parse_of,
    preposition_length,
    quote_index,
    title_case,
    trigger_forms,
)
from quotex.attributions.continued import join_continued
from quotex.attributions.copular_credits import framed_cue
from quotex.attributions.cue_rules import try_cue
from quotex.attributions.editor_notes import editor_note, without_denied_quotation
from quotex.attributions.embedded_questions import past_to_know
from quotex.attributions.fragments import fragment_owner, sentence_like
from quotex.attributions.frames import REPORT_TAIL_TOKENS, report_ending, reporting_frame
from quotex.attributions.inscriptions import inscription_quote
from quotex.attributions.known_texts import known_text
from quotex.attributions.link_lines import link_line
from quotex.attributions.medium import medium_candidates
from quotex.attributions.model import Attribution, Found
from quotex.attributions.non_reports import (
    not_a_report,
    past_addressee,
    reports_nothing,
    without_trailing_adjunct,
)
from quotex.attributions.pull_quotes import SpanTexts, pull_quote
from quotex.attributions.quotation_gaps import between_only_attribution
from quotex.attributions.quotation_rules import (
    QUOTATION_STEPS,
    QuoteSite,
    credited_short,
    dash_credit,
)
from quotex.attributions.quoting import by_marks, quoting
from quotex.attributions.readings import read_text
from quotex.attributions.report_quotes import report_goes_on
from quotex.attributions.showing import shown_content
from quotex.attributions.speech_reports import named_speech_report, names_data
from quotex.attributions.subjects import source_before, speaking_subject
from quotex.attributions.that_frame import frame_candidates
from quotex.attributions.trailing_credits import trailing_credit
from quotex.attributions.unclaimed import whole_negative_source
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.reporting_verbs import GESTURE_FORMS
from quotex.mentions.chains import given_surnames
from quotex.quote_spans import QuoteSpan
from quotex.records import QuoteKind
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: How far after a cue a trailing attribution may outrank it: candidates, and tokens.
TRAILING_CANDIDATES = 8
#: Rules whose attribution (content after the cue) a trailing credit of the sentence outranks.
OUTRANKED = frozenset(["stance", "cue_before_content", "cue_noun"])
TRAILING_TOKENS = 60
#: The most tokens between the comma and a trailing credit's cue (8), and for a credit that ends
#: the sentence, its source with a long title (', Agriculture and Livestock Development Cabinet
#: Secretary Dr NAME has said.').
TRAILING_CREDIT_TOKENS = (8, 14)


def _credit_comma(words: Sequence[str], i: int, later: int, last: int) -> bool:
    """Does a comma open the trailing credit whose cue is token *later* (after the cue at *i*)?"""
    near, far = TRAILING_CREDIT_TOKENS
    return "," in words[max(i, later - near) : later] or (
        later + 4 >= last and "," in words[max(i, later - far) : later]
    )


@define(slots=True)
class SieveState:
    """What the sieve keeps between sentences (local to one call of :func:`attribute`)."""

    out: list[Attribution] = attrs.Factory(list)
    #: later parts of split and continued quotes, by index in ``out``
    more_parts: dict[int, list[tuple[int, int]]] = attrs.Factory(dict)
    used_spans: set[int] = attrs.Factory(set)
    last_quote_attr: int = -1  # index in out of the last attribution that carries a quotation
    last_quote_par: int = -1
    last_report: int = -1  # index in out of the last reported clause (no quotation) with a source
    last_report_par: int = -1
    colon: tuple[tuple[int, int], tuple[int, int], int] | None = None  # 'X said:' source, cue, paragraph
    ending: tuple[tuple[int, int], tuple[int, int], int] | None = None  # 'X agreed.' source, cue, last token
    intro: Sentence | None = None  # the sentence before, when it ends in a colon
    beat: BeatSite | None = None  # 'A shook her head.': source, cue, last token, paragraph
    seen_par: int = -1
    span_texts: SpanTexts = attrs.Factory(SpanTexts)  # (the quotations' words, for pull-quotes)


def attribute(
    tokens: Tokens,
    spans: Sequence[QuoteSpan],
    sentences: Sequence[Sentence],
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
    lows: tuple[str, ...] | None = None,
    surnames: frozenset[str] | None = None,
) -> tuple[Attribution, ...]:
    """Attribute every quotation and reported clause (see the package docstring). *lows*: the
    words in lower case (:func:`~quotex.mentions.words.lower_words`), *surnames*: the text's
    surnames (:func:`~quotex.mentions.chains.given_surnames`), when the caller has them."""
    spans = tuple(spans)
    triggers = trigger_forms(lexicon)
    lows = tokens.lows if lows is None else lows
    ctx = Context(
        tokens,
        spans,
        quote_index(tokens, spans),
        lexicon,
        parse_of(tokens),
        has_tags="<" in tokens.text,
        quoting=quoting(spans, tokens, triggers),
        marked=by_marks(spans, tokens, triggers),
        sentences=tuple(sentences),
        lows=lows,
        surnames=given_surnames(tokens.words, lows) if surnames is None else surnames,
    )
    words = tokens.words
    state = SieveState()
    prep_heads = frozenset(p.split()[0] for p in lexicon.source_prepositions)
    quote_of = ctx.quote_of
    # the candidate cue tokens, in order (one pass; the sentence loop only visits these);
    # the set holds each trigger in lower, title and upper case, so no word is lower-cased
    cands = [k for k in compress(count(), map(triggers.__contains__, words)) if quote_of[k] < 0]
    # and any word right before 'that' ('Ines Marr signalled that ...': that_frame)
    # and a medium verb before its addressee and 'that' ('texted reporters that ...': medium)
    cands = sorted(
        set(cands).union(
            frame_candidates(words, quote_of, triggers), medium_candidates(words, quote_of, triggers, lows)
        )
    )
    # each quotation span with the first token it covers, in order
    span_first = ctx.index.span_first
    span_first_token = {q: k for k, q in span_first}
    n_spans = len(span_first)
    si = 0
    ci = 0
    n_cands = len(cands)
    for s in sentences:
        sent_attrs: list[int] = []
        while ci < n_cands and cands[ci] < s.first:
            ci += 1
        if s.paragraph != state.seen_par and link_line(ctx, s):
            # ('Read more: HEADLINE': another story's headline, and its quotations, are not this one's)
            state.seen_par, state.intro = s.paragraph, None
            while si < n_spans and span_first[si][0] <= s.last:
                si += 1
            continue
        if ci < n_cands and cands[ci] <= s.last and not editor_note(ctx, s):  # (most hold no candidate)
            ci = _cue_pass(
                ctx, s, cands=cands, ci=ci, prep_heads=prep_heads, state=state, sent_attrs=sent_attrs
            )
        if not sent_attrs and words[s.last] == ":":  # (the test _colon_ending starts with)
            _colon_ending(ctx, s, sent_attrs, state)
        # quotations of this sentence that no cue claimed
        first_in_par = s.paragraph != state.seen_par
        state.seen_par = s.paragraph
        while si < n_spans and span_first[si][0] < s.first:
            si += 1
        qs = []
        while si < n_spans and span_first[si][0] <= s.last:
            qs.append(span_first[si][1])
            si += 1
        if qs:
            _quotation_pass(
                ctx,
                s,
                qs=qs,
                first_in_par=first_in_par,
                span_first_token=span_first_token,
                state=state,
                sent_attrs=sent_attrs,
            )
        elif words[s.last] == "." and (
            not sent_attrs or fronted_questions(ctx, s, [state.out[k] for k in sent_attrs])
        ):  # (no attribution, or only a fronted question: 'Asked whether C, A shrugged.')
            state.ending = _closing_report(ctx, s)
            # (a beat credits only a quotation that opens the next sentence: read it only then)
            state.beat = beat_site(ctx, s) if si < n_spans and span_first[si][0] <= s.last + 3 else None
        state.intro = s if words[s.last] == ":" else None
    text = ctx.tokens.text  # (a run-on quotation's credit is read in it)
    del ctx, quote_of, cands, span_first, span_first_token  # (memory: what follows reads none of them)
    out = state.out
    for idx, extra in state.more_parts.items():
        att = out[idx]
        out[idx] = attrs.evolve(
            att,
            parts=att.parts + tuple(extra),
            kind=QuoteKind.DIRECT if att.kind is QuoteKind.DIRECT else QuoteKind.MIXED,
        )
    # text order (a stable sort); each attribution keeps its antecedent by position in ``out``
    order = sorted(range(len(out)), key=lambda k: out[k].parts[0][0])
    joined, final, dropped = join_continued([out[k] for k in order], spans, text)
    where = _inverse(order)
    return _relink(joined, [final[p] for p in where], [p in dropped for p in where], out)


def _inverse(order: list[int]) -> list[int]:
    """``where[k]``: the position of ``out[k]`` after sorting by *order*."""
    where = [0] * len(order)
    for position, k in enumerate(order):
        where[k] = position
    return where


def _relink(
    joined: tuple[Attribution, ...], final_of: list[int], dropped: list[bool], out: list[Attribution]
) -> tuple[Attribution, ...]:
    """Point each antecedent at its attribution's index in *joined* (``final_of[k]`` is where
    ``out[k]`` ended up, after sorting and joining). A link that now points at the attribution
    itself, or after it, is dropped: its source is already the carried-over one."""
    if all(a.antecedent < 0 for a in out):
        return joined
    result = list(joined)
    for k, att in enumerate(out):
        if att.antecedent < 0 or dropped[k]:
            continue  # (one joined into another: that one keeps its own link)
        index = final_of[k]
        target = final_of[att.antecedent]
        result[index] = attrs.evolve(result[index], antecedent=target if target < index else -1)
    return tuple(result)


def _cue_pass(
    ctx: Context,
    s: Sentence,
    *,
    cands: list[int],
    ci: int,
    prep_heads: frozenset[str],
    state: SieveState,
    sent_attrs: list[int],
) -> int:
    """Offer each cue candidate of sentence *s* (from ``cands[ci]``) to the triggers, left to
    right; content found moves the floor past it. Returns the next candidate's index."""
    lows = ctx.lows
    words = ctx.tokens.words
    lexicon = ctx.lexicon
    cue_words = lexicon.verb_forms
    out = state.out
    floor = s.first
    n_cands = len(cands)
    while ci < n_cands and cands[ci] < s.first:
        ci += 1
    while ci < n_cands and cands[ci] <= s.last:
        i = cands[ci]
        ci += 1
        if i < floor:
            continue
        low = lows[i]
        if (
            low in prep_heads
            and low not in cue_words
            and not preposition_length(words, i, s.last, ctx.prepositions.get(low, ()))
            and not possessive_credit(ctx, i, s.first, s.last)  # ('in X's words')
            and not (i == s.first and words[i] == SURVEY_PREPOSITION)  # ('In a poll, C': findings.py)
        ):
            continue
        prev_source = out[sent_attrs[-1]].source if sent_attrs else None
        got = try_cue(ctx, s, i, floor, prev_source)
        if got is not None:  # ('Neither A nor B said C': the whole phrase, not B)
            got = whole_negative_source(ctx, got[0]), got[1], got[2]
        if got is not None and reports_nothing(ctx, got):  # ('did not say whether C': none within C)
            floor = max(floor, got[2] + 1, i + 1)
            continue
        if got is not None and (not_a_report(ctx, got) or known_text(ctx, got) or framed_cue(ctx, got, s)):
            got = None  # ('knows the line "C" by heart': a text the subject knows; '"C" was how NAME put it')
        shown = shown_content(ctx, got) if got is not None else None
        if shown is not None:  # (not an addressee, nor a person shown a thing)
            got = past_addressee(ctx, past_to_know(ctx, without_trailing_adjunct(ctx, shown)))
            got = within_aside(ctx, got, s)  # ('The plan — "C," according to NAME — was ...')
            got = without_denied_quotation(ctx, got)  # ('She said "C," not "D."')
            got = read_text(ctx, got)  # ('NAME read from OTHER's letter: "C"': the writer's)
            got, ci = prefer_trailing_attribution(
                ctx, s, i=i, floor=floor, prev_source=prev_source, got=got, cands=cands, ci=ci
            )
            att, a, b = got
            out.append(att)
            sent_attrs.append(len(out) - 1)
            _use_spans(state.used_spans, ctx.quote_of, a, b)
            cue_last = max(i, att.source[1] if att.source else i)
            floor = max(b, cue_last) + 1
            if att.kind is not QuoteKind.INDIRECT:
                state.last_quote_attr, state.last_quote_par = len(out) - 1, s.paragraph
            elif att.source is not None:
                state.last_report, state.last_report_par = len(out) - 1, s.paragraph
            if a <= i:
                floor = max(floor, i + 1)  # content before the cue: go on after the cue
    return ci


def _use_spans(used: set[int], quote_of: Sequence[int], a: int, b: int) -> None:
    """Add to *used* the quotation spans that hold a token of *a..b*."""
    held = set(quote_of[a : b + 1])
    held.discard(-1)
    used |= held


def prefer_trailing_attribution(
    ctx: Context,
    s: Sentence,
    *,
    i: int,
    floor: int,
    prev_source: tuple[int, int] | None,
    got: Found,
    cands: list[int],
    ci: int,
) -> tuple[Found, int]:
    """'X could embrace the plan, Strand told the Gazette': the trailing attribution of the
    whole sentence outranks a verb of stance or thought inside it.

    When *got* (found at cue *i*) is ``stance``, ``cue_before_content`` with its content
    after the cue, or ``expected``, a later speech cue or 'according to' of the sentence
    (within :data:`TRAILING_CANDIDATES` candidates and :data:`TRAILING_TOKENS` tokens, at most
    12 tokens after *got*'s content, after a comma) whose ``cue_after_content`` or
    ``according_to`` attribution takes the content from before *i* wins instead. Returns
    the winner and the index of the next candidate.
    """
    att, _, content_last = got
    if not ((att.rule in OUTRANKED and got[1] > i) or att.rule == "expected"):
        return got, ci
    words, lows = ctx.tokens.words, ctx.lows
    cue_words = ctx.lexicon.verb_forms
    for later in cands[ci : ci + TRAILING_CANDIDATES]:
        if later > s.last or later - i > TRAILING_TOKENS:
            break
        if (
            (cue_words.get(lows[later], ("", ""))[1] != "speech" and lows[later] != "according")
            or (
                content_last < later - 12 and lows[later] != "according" and later + 3 < s.last
            )  # too far, unless the credit ends the sentence ('..., including X and Y, the aide said.')
            or not _credit_comma(words, i, later, s.last)  # no ', X said'
        ):
            continue
        outer = try_cue(ctx, s, later, floor, prev_source)
        if (
            outer is not None
            and outer[0].rule == "according_to"
            and later - 2 <= content_last < later
            and names_data(words, later + 2, s.last)
            and named_speech_report(ctx, att, i, got[1])
        ):
            continue  # 'Ana Berg said C, according to the authority's own counts': her report keeps C
        if outer is not None and comment_as(ctx, outer[0].source):
            continue  # 'X said C, as Y had noted': a comment clause never outranks the report
        if (
            outer is not None
            and outer[0].rule in ("cue_after_content", "according_to")
            and outer[1] <= i
            and not _aside_after(ctx, outer[0].parts[0][0], i)
        ):
            return outer, cands.index(later, ci) + 1
    return got, ci


def _aside_after(ctx: Context, start: int, i: int) -> bool:
    """A trailing credit's content starting at character *start* is only an aside after the
    cue at token *i* ('X hinted C - "Q," Y said - and left'): it opens after a dash or bracket
    that stands after the cue, so the cue keeps its own content."""
    starts = ctx.tokens.starts
    if start <= starts[i]:
        return False
    k = bisect.bisect_left(starts, start)
    return ctx.tokens.words[k - 1] in ASIDE_OPENERS


def _colon_ending(ctx: Context, s: Sentence, sent_attrs: list[int], state: SieveState) -> None:
    """A sentence ending 'X said:' introduces the next paragraph's quotation, and so does
    one whose subject speaks: 'The foundation describes itself this way:'."""
    tokens = ctx.tokens
    words, lows = tokens.words, tokens.lows
    if words[s.last] != ":" or sent_attrs:
        return
    for k in range(s.last - 1, max(s.first - 1, s.last - 10), -1):
        if lows[k] in ctx.lexicon.verb_forms:
            src = source_before(tokens, k, s.first, ctx.lexicon, lows=ctx.lows)
            if src is not None:
                state.colon = (src, (tokens.starts[k], tokens.ends[k]), s.paragraph)
            return
    src = speaking_subject(ctx, s, s.last)
    if src is not None:
        state.colon = (src, (tokens.starts[s.last], tokens.ends[s.last]), s.paragraph)


def _closing_report(ctx: Context, s: Sentence) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """'Lena Okafor agreed.': a sentence with no quotation and no attribution that ends on
    its speech cue (:func:`~quotex.attributions.frames.report_ending`) or on a question put to a
    named person (:func:`~quotex.attributions.answers.asked_ending`), with its last token."""
    got = report_ending(ctx, s) if _cue_near_end(ctx, s) else None
    got = got or (asked_ending(ctx, s) if "asked" in ctx.lows[s.first : s.last + 1] else None)
    return None if got is None else (*got, s.last)


def _cue_near_end(ctx: Context, s: Sentence) -> bool:
    """Is a verb form or a gesture among the words :func:`~quotex.attributions.frames.report_ending`
    walks back over (the :data:`~quotex.attributions.frames.REPORT_TAIL_TOKENS` before the full
    stop)? Two set tests at C speed: most sentences hold none, and it then finds nothing."""
    last = s.last - 1
    lo = max(s.first, last - REPORT_TAIL_TOKENS) + 1
    return not (
        ctx.lexicon.verb_forms.keys().isdisjoint(ctx.lows[lo : last + 1])
        and GESTURE_FORMS.isdisjoint(ctx.tokens.words[lo : last + 1])
    )


def _opens_after_report(ctx: Context, s: Sentence, span: QuoteSpan, state: SieveState) -> bool:
    """Quotation *span* opens sentence *s*, which comes right after a closing report."""
    ending = state.ending
    return ending is not None and ending[2] + 1 == s.first and ctx.tokens.starts[s.first] == span.start


def _quotation_pass(
    ctx: Context,
    s: Sentence,
    *,
    qs: list[int],
    first_in_par: bool,
    span_first_token: dict[int, int],
    state: SieveState,
    sent_attrs: list[int],
) -> None:
    """The quotations *qs* of sentence *s* that no cue claimed: a continuation joins the
    previous quotation; else a fragment's owner, else the first of the quotation chain."""
    tokens, spans, quote_of = ctx.tokens, ctx.spans, ctx.quote_of
    out = state.out
    fragment_tried = False
    for q in qs:
        if q in state.used_spans:
            continue
        state.used_spans.add(q)
        span = spans[q]
        if not ctx.quoting[q] and dash_credit(ctx, span, s) is None:
            # single marks in a text quoting with double ones: a headline or scare quote, unless
            # a dash or a headline's colon credits it ("'Q' - NAME on the decision")
            continue
        if pull_quote(tokens.text, spans, q, state.span_texts):
            continue  # ('"C," said A. | ... | "C"': a display repeat, no new quotation)
        framed = reporting_frame(ctx, span, s, span_first_token[q]) or trailing_credit(
            ctx, span, s, span_first_token[q]
        )
        if framed is not None:  # the frame comes first: a split quote's gap holds no cue
            out.append(whole_negative_source(ctx, framed))
            sent_attrs.append(len(out) - 1)
            state.last_quote_attr, state.last_quote_par = len(out) - 1, s.paragraph
            continue
        idx = state.last_quote_attr
        if idx >= 0 and out[idx].parts[0][0] > span.start:  # (a later part's cue came first)
            idx = _quotation_before(ctx, state, sent_attrs, span.start)
        prev = out[idx] if idx >= 0 else None
        if (
            prev is not None
            and not _opens_after_report(ctx, s, span, state)
            and not beat_before(ctx, s, span, state.beat)  # ('"A," X said. Y shook his head. "B."')
            and _joins_previous(ctx, s, q, idx, state)
        ):
            continue
        prev = out[state.last_quote_attr] if state.last_quote_attr >= 0 else None
        starts_par = first_in_par and tokens.starts[s.first] == span.start
        if (
            not sent_attrs
            and not fragment_tried
            and not opens_sentence(tokens.text, span)
            and not title_case(tokens.text, span)
        ):
            fragment_tried = True  # once per sentence: the cost stays linear in its length
            got_fragment = fragment_owner(ctx, s, span_first_token[q])
            if got_fragment is not None:
                att, a, b = got_fragment
                out.append(att)
                sent_attrs.append(len(out) - 1)
                _use_spans(state.used_spans, quote_of, a, b)
                state.last_quote_attr, state.last_quote_par = len(out) - 1, s.paragraph
                continue
        if (not sentence_like(tokens.text, span) and not credited_short(ctx, span, s)) or inscription_quote(
            tokens.text, span
        ):
            continue  # a scare quote, a title, a nickname or a sign's words: not somebody's words
        site = QuoteSite(
            ctx,
            s,
            span,
            starts_par,
            prev,
            state.last_quote_attr,
            state.last_quote_par,
            out[state.last_report] if state.last_report >= 0 else None,
            state.last_report,
            state.last_report_par,
            state.colon,
            state.ending,
            state.intro,
            state.beat,
        )
        for step in QUOTATION_STEPS:
            found = step.find(site)
            if found is not None:
                if (
                    step.name in ("after_report", "split_quote")
                    and state.last_report > state.last_quote_attr
                    and state.last_report_par == s.paragraph
                    and report_goes_on(ctx, out[state.last_report], span)
                ):
                    # 'X said C. "Q."': the quotation is the report's next part (a mixed report)
                    state.more_parts.setdefault(state.last_report, []).append((span.start, span.end))
                    state.last_quote_attr, state.last_quote_par = state.last_report, s.paragraph
                    break
                out.append(found)
                state.last_quote_attr, state.last_quote_par = len(out) - 1, s.paragraph
                break


def _quotation_before(ctx: Context, state: SieveState, sent_attrs: Sequence[int], start: int) -> int:
    """The latest attribution of the sentence that carries a quotation and ends before offset
    *start* with nothing but its credit and a comma, or -1: in '"Q1," NAME said, "q2," before
    adding: "Q3."' the cue of Q3 claimed it first, and q2 goes on with Q1."""
    for j in reversed(sent_attrs[-4:]):  # (the credit stands right before: a few steps back)
        att = state.out[j]
        extra = state.more_parts.get(j)
        end = extra[-1][1] if extra else att.parts[-1][1]
        if att.kind is not QuoteKind.INDIRECT and end <= start:
            # (the cue is a character range, the source a token range)
            credit = max(att.cue[1] if att.cue else -1, ctx.tokens.ends[att.source[1]] if att.source else -1)
            return j if end <= credit <= start and _credit_tail(ctx, credit, start) else -1
    return -1


def _credit_tail(ctx: Context, credit: int, start: int) -> bool:
    """Is the text from a credit's end (offset *credit*) to a quotation at *start* only a comma,
    or an apposition set off by commas ('said NAME, the bell-ringer, "q2"')? Not a clause going
    on ('she said, meaning that he's "C"')."""
    gap = ctx.tokens.text[credit:start].strip()
    if gap == ",":
        return True
    words = gap.strip(",").split()
    return (
        gap.startswith(",")
        and gap.endswith(",")
        and 0 < len(words) <= 8
        and not any(w.lower() in ctx.lexicon.verb_forms or w.endswith("ing") or w == "that" for w in words)
    )


def _joins_previous(ctx: Context, s: Sentence, q: int, idx: int, state: SieveState) -> bool:
    """A multi-paragraph continuation, or a split quote in the same paragraph: quotation *q*
    becomes a later part of attribution *idx* of ``state.out`` (collected, joined once at the
    end). Returns True then."""
    spans, text = ctx.spans, ctx.tokens.text
    span = spans[q]
    prev = state.out[idx]
    extra = state.more_parts.get(idx)
    prev_end = extra[-1][1] if extra else prev.parts[-1][1]
    continued = q > 0 and spans[q - 1].continues and prev_end == spans[q - 1].end
    if (
        span.start >= prev_end
        and sum(map(str.isalpha, text[span.start : span.start + 40])) >= 2
        and not inscription_quote(text, span)  # ('..., holding a sign that read "C"')
        and (
            continued
            or (
                state.last_quote_par == s.paragraph
                # a title or a name in the credit: 'the author of "Salt Roads,"', 'calling it "the Snake"'
                and not title_case(text, span, min_caps=1)
                and between_only_attribution(ctx, prev, prev_end, span.start)
            )
        )
    ):
        state.more_parts.setdefault(idx, []).append((span.start, span.end))
        state.last_quote_par = s.paragraph
        return True
    return False
