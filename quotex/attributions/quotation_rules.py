"""Rules for quotations no cue claimed: the chain :data:`QUOTATION_STEPS` (a quoted fragment's
owner is :mod:`.fragments`)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from attrs import define, frozen

from quotex.attributions.adverbial_clauses import agent_before, speaks_in_adverbial_clause
from quotex.attributions.beats import BeatSite, beat_credit_after, beat_credit_before
from quotex.attributions.captions import caption_credit
from quotex.attributions.clauses import quotation_last
from quotex.attributions.context import Context, opens_sentence, title_case
from quotex.attributions.control import controlled_object
from quotex.attributions.copular_credits import copular_credit, copular_credited
from quotex.attributions.frame_verbs import frame_colon
from quotex.attributions.introducers import (
    dash_introducer,
    elided_predicate,
    hearer_subject,
    possessor_of_saying,
)
from quotex.attributions.model import Attribution, direct_attribution
from quotex.attributions.next_credit import credit_after
from quotex.attributions.noun_phrases import np_right
from quotex.attributions.quotation_gaps import QUOTE_CHARS, narrative_ends
from quotex.attributions.subject_words import inverted_word, lone_title_word, speaker_word
from quotex.attributions.subjects import sentence_subject, source_before
from quotex.attributions.verbless_credits import verbless_credited
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import (
    ADVERBS,
    AUXILIARIES,
    COPULA,
    DASHES,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    OBJECT_VERB_LEADS,
    SUBORDINATORS,
)
from quotex.mentions import is_name_word
from quotex.mentions.naming_phrases import person_head
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence
from quotex.tokens import Tokens


def alone_in_sentence(ctx: Context, span: QuoteSpan, s: Sentence) -> bool:
    """No word of sentence *s* stands outside the quotation *span*."""
    tokens = ctx.tokens
    words = tokens.words
    for k in range(s.first, s.last + 1):
        if (tokens.starts[k] < span.start or tokens.ends[k] > span.end) and words[k][:1].isalnum():
            return False
    return True


def dash_credit(ctx: Context, span: QuoteSpan, s: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'"C." ― Jane Doe': a quotation credited by a dash and a name that ends the sentence.

    Returns the source token range and the dash's character range.
    """
    tokens = ctx.tokens
    words = tokens.words
    starts = tokens.starts
    k = bisect.bisect_left(starts, span.end, s.first, s.last + 1)  # the token just after the quotation
    colon = False
    if k - 1 >= s.first and tokens.ends[k - 1] > span.end and words[k - 1][-1] in "―—–-~":
        k -= 1  # the dash is glued to the closing mark: '.”― Carla Sanchez'
    elif k <= s.last and words[k] == ":" and starts[s.first] == span.start and words[s.last] not in ".!?":
        colon = True  # a headline's: "'Q': lamplighter on a hard season"
    elif k > s.last or words[k] not in DASHES:
        return None
    src = np_right(tokens, k + 1, s.last, ctx.lexicon)
    if src is None or not (
        is_name_word(words[src[0]]) or (colon and person_head(ctx.lows[src[1]], ctx.lexicon))
    ):
        return None
    rest = src[1] + 1
    if rest < s.last and words[rest] == "(":  # ('— Ana Roe (@anaroe) on X': a handle in brackets)
        rest = next(
            (m + 1 for m in range(rest + 1, min(s.last, rest + _ASIDE_TOKENS) + 1) if words[m] == ")"), rest
        )
    if (
        rest <= s.last
        and words[rest] not in (".", ",", ";")
        and not words[rest].isspace()
        and not _topic_after(ctx, rest, s.last)
    ):
        return None
    return src, (max(starts[k], span.end), tokens.ends[k])


#: The most tokens inside a bracket after a dash credit's name (a handle: '(@anaroe)').
_ASIDE_TOKENS = 6
#: The most tokens of a headline credit's topic ('- NAME on the decision to close the pier').
_TOPIC_TOKENS = 10


def _topic_after(ctx: Context, rest: int, last: int) -> bool:
    """Do tokens *rest* .. *last* end a headline's credit with its topic, *on* and a few words
    and no quotation ("'Q' - Ana Berg on the decision", "'Q': lamplighter on a hard season")?"""
    return (
        ctx.lows[rest] == "on"
        and last - rest <= _TOPIC_TOKENS
        and all(ctx.quote_of[j] < 0 for j in range(rest, last + 1))
    )


def credited_short(ctx: Context, span: QuoteSpan, s: Sentence) -> bool:
    """A quotation too short to be sentence-like that a dash or a crediting clause credits to a
    name ('"The hives are empty" — Tsering Yangzom', '"A disgrace" was how NAME described the
    plan'): somebody's words all the same, unless it is in title case (a work and its maker:
    '"Night Ferry" — Ana Berg')."""
    if title_case(ctx.tokens.text, span, one_word=False):
        return False
    # ('"A disgrace" was how NAME described the plan': the subject of a crediting clause)
    return dash_credit(ctx, span, s) is not None or copular_credit(ctx, span, s) is not None


# ---------------------------------------------------------------- the quotation chain


@define(slots=True)
class QuoteSite:
    """A sentence-like quotation no cue claimed, and what the chain reads about the text
    before it: the last attribution with a quotation (*prev*, its index and paragraph),
    the last reported clause with a source, a sentence ending 'X said:', one ending
    on its cue ('X agreed.': source, cue and the sentence's last token), and the sentence
    before when it ends in a colon."""

    ctx: Context
    s: Sentence
    span: QuoteSpan
    starts_par: bool
    prev: Attribution | None
    prev_index: int
    prev_par: int
    report: Attribution | None
    report_index: int
    report_par: int
    colon: tuple[tuple[int, int], tuple[int, int], int] | None
    ending: tuple[tuple[int, int], tuple[int, int], int] | None = None
    #: the sentence just before this one, when it ends in a colon
    intro: Sentence | None = None
    beat: BeatSite | None = None  # the last narrative beat ('A shook her head.')

    def attribution(
        self, source: tuple[int, int] | None, cue: tuple[int, int] | None, rule: str, antecedent: int = -1
    ) -> Attribution:
        """The quotation as one direct part with *source* and *cue* (:func:`direct_attribution`)."""
        return direct_attribution(self, source, cue, rule, antecedent)


@frozen
class QuotationRule:
    """One step of the quotation chain: ``find(site)`` returns the attribution or None."""

    name: str
    gives: str
    find: Callable[[QuoteSite], Attribution | None]


def _dash_credited(q: QuoteSite) -> Attribution | None:
    """``"C." ― Jane Doe``."""
    credit = dash_credit(q.ctx, q.span, q.s)
    return None if credit is None else q.attribution(credit[0], credit[1], "dash_credit")


#: How many tokens a credit line below a quotation may hold: '- Rosa Ibarra, writing after ...'.
CREDIT_LINE_TOKENS = 12


def credit_below(
    ctx: Context, span: QuoteSpan, s: Sentence
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'"C."' in a paragraph of its own, then a paragraph opening with a dash and a name
    ('- Rosa Ibarra.', '— Rosa Ibarra, writing after the meeting.'): the credit line of a
    pull quote or a quoted claim. Returns the source token range and the dash's character
    range. Reads at most :data:`CREDIT_LINE_TOKENS` tokens of the next paragraph."""
    tokens = ctx.tokens
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    k = s.last + 1
    if k + 1 >= len(words) or words[k] not in DASHES or "\n" not in tokens.text[ends[s.last] : starts[k]]:
        return None
    if not alone_in_sentence(ctx, span, s):
        return None
    end = min(len(words) - 1, k + CREDIT_LINE_TOKENS)
    src = np_right(tokens, k + 1, end, ctx.lexicon)
    if src is None or not is_name_word(words[src[0]]):
        return None
    rest = src[1] + 1
    if (
        rest <= end
        and words[rest] not in (".", ",", ";")
        and "\n" not in tokens.text[ends[src[1]] : starts[rest]]
    ):
        return None
    return src, (starts[k], ends[k])


def _credited_below(q: QuoteSite) -> Attribution | None:
    """A quotation paragraph credited by the dash line below it."""
    credit = credit_below(q.ctx, q.span, q.s) if q.starts_par else None
    return None if credit is None else q.attribution(credit[0], credit[1], "dash_credit")


def _credited_after(q: QuoteSite) -> Attribution | None:
    """``"C." So says Rosa Ibarra.``: the next sentence credits the quotation
    (:func:`~quotex.attributions.next_credit.credit_after`)."""
    credit = credit_after(q.ctx, q.span, q.ctx.sentences)
    return None if credit is None else q.attribution(credit[0], credit[1], "dash_credit")


def _closing_report(q: QuoteSite) -> Attribution | None:
    """``Lena Okafor agreed. "C."``: a quotation opening the sentence right after a report
    that ends on its cue is that report's content."""
    ending, tokens = q.ending, q.ctx.tokens
    if ending is not None and ending[2] + 1 == q.s.first and tokens.starts[q.s.first] == q.span.start:
        return q.attribution(ending[0], ending[1], "cue_before_content")
    return None


#: How far before its colon an introducing clause's speaker is looked for (tokens).
INTRODUCER_TOKENS = 40


def _can_speak(words: Sequence[str], head: int, lexicon: Lexicon) -> bool:
    """The phrase ending at token *head* can be a speaker: a name, a subject pronoun, a source
    noun, or a document ('The email goes on:', 'From the report:'), which credits its issuer."""
    return speaker_word(words[head], lexicon) or words[head].lower() in ISSUED_NOUNS


def _apposed_name(words: Sequence[str], src: tuple[int, int], colon: int) -> tuple[int, int] | None:
    """The name that opens *src* when a comma closes it right before the frame verb of the
    colon at token *colon* ('Ida Berg' of 'but one, Ida Berg, deadpanned:', '..., emailed a
    neighbour:'), else None."""
    j = src[0]
    while j <= src[1] and is_name_word(words[j]):
        j += 1
    if j > src[0] and j + 1 < colon and words[j] == "," and frame_colon(words, j + 1, colon) == colon:
        return (src[0], j - 1)
    return None


def introducer_source(ctx: Context, s: Sentence, colon: int) -> tuple[int, int] | None:
    """The speaker of the clause that the colon at token *colon* closes, whatever its verb:
    an inverted credit ('Stated Ida Strand:', 'explained harbour master Ida Strand:'), a
    source after *from* opening the clause ('From the report:', 'More from Ida Strand:'),
    the subject after a fronted clause ('When the mayor spoke, Ida Strand fired back:'), or
    the sentence's subject ('Ida Strand responded, with a smile:', 'The email goes on:').
    Reads at most :data:`INTRODUCER_TOKENS` tokens before the colon."""
    tokens, lexicon = ctx.tokens, ctx.lexicon
    words, lows = tokens.words, tokens.lows
    floor = max(s.first, colon - INTRODUCER_TOKENS)
    if colon - 1 < floor or ctx.quote_of[colon - 1] >= 0:
        return None  # '... called it "a disgrace":' names a quotation, not a speaker
    credit = as_credit(ctx, s, colon) or possessor_of_saying(ctx, s, colon)
    if credit is not None:
        return credit
    for k in range(colon - 2, floor - 1, -1):  # 'Stated NAME:' / 'From NP:'
        low = lows[k]
        if low in lexicon.verb_forms or (low == "from" and k - s.first <= 2):
            if k > s.first and lows[k - 1] in OBJECT_VERB_LEADS:
                break  # ', then told reporters:', 'when shown the figures:': the verb's object, no credit
            src = np_right(tokens, k + 1, colon - 1, lexicon)
            if src is not None and src[1] == colon - 1 and _plain_source(ctx, src):
                return src
            break
    for k in range(colon - 2, floor, -1):  # ', NAME fired back:' after a fronted clause, ', and NAME has:'
        w = words[k]
        opens_clause = w in (",", "—", "–") or (w in ("and", "but") and words[k - 1] == ",")
        if not opens_clause or ctx.quote_of[k] >= 0:
            continue
        src = np_right(tokens, k + 1, colon - 1, lexicon)
        apposed = _apposed_name(words, src, colon) if src is not None else None
        src = apposed or src
        if src is None or src[1] + 1 >= colon or not _plain_source(ctx, src):
            continue
        # ('but one, Ida Berg, deadpanned:': the apposed name's verb after its comma)
        verb = words[src[1] + 2 if apposed else src[1] + 1].lower()
        if (
            verb in AUXILIARIES
            or verb in CONTRACTED_AUXILIARIES
            or (verb.isalpha() and verb.islower() and verb not in STOP_WORDS and not verb.endswith("ing"))
        ):
            return src
    agent = agent_before(ctx, floor, colon)  # 'Ana Berg was interrupted by Tom Hale:'
    if agent is not None:
        return agent
    subj = sentence_subject(ctx, s)
    if subj is None or subj[1] >= colon or subj[0] < floor or not _plain_source(ctx, subj):
        return None
    if inverted_word(ctx, subj) or lone_title_word(ctx, subj):
        return None  # ('Came the word:': a verb, no speaker; 'Head perry maker NAME's answer came:')
    if speaks_in_adverbial_clause(ctx, subj[1] + 1, colon) or hearer_subject(lows, subj[1] + 1, colon):
        return None  # 'X was in the gallery when Y said:': Y speaks (unread); 'X will be asked:': never X
    return subj


#: How far after an opening 'As' the credit's speech verb may stand (tokens).
AS_CREDIT_TOKENS = 12


def as_credit(ctx: Context, s: Sentence, before: int) -> tuple[int, int] | None:
    """'As Breitbart News reported, ...' / 'As the columnist had written years earlier, ...':
    a sentence opening with *as*, a source and a speech verb credits what it introduces to
    that source (the verb within :data:`AS_CREDIT_TOKENS` tokens, before token *before*)."""
    tokens, lexicon = ctx.tokens, ctx.lexicon
    words, lows = tokens.words, tokens.lows
    if lows[s.first] != "as":
        return None
    for k in range(s.first + 2, min(before, s.first + AS_CREDIT_TOKENS + 1)):
        if ctx.quote_of[k] >= 0 or words[k] in (",", ";", ":"):
            return None
        if lexicon.verb_forms.get(lows[k], ("", ""))[1] == "speech":
            src = source_before(tokens, k, s.first + 1, lexicon, lows=ctx.lows)
            return src if src is not None and src[0] == s.first + 1 and _plain_source(ctx, src) else None
    return None


#: Contracted auxiliaries after a subject: "he's said", "they've told".
CONTRACTED_AUXILIARIES = frozenset(["'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll"])


def _plain_source(ctx: Context, src: tuple[int, int]) -> bool:
    """*src* can speak and is plain words: no quotation or dash inside it (a headline's
    '"C," by X:' is no speaker), and it opens with a word."""
    return plain_phrase(ctx.tokens, src) and _can_speak(ctx.tokens.words, src[1], ctx.lexicon)


def plain_phrase(tokens: Tokens, src: tuple[int, int]) -> bool:
    """The phrase *src* opens with a word and holds no quotation mark or dash: it can be a
    speaker's ('NOW OPEN—"A gallery comes to town," by X:' is a headline, nobody's name)."""
    phrase = tokens.text[tokens.starts[src[0]] : tokens.ends[src[1]]]
    return tokens.words[src[0]][:1].isalnum() and not any(c in phrase for c in QUOTE_OR_DASH)


#: Characters that no plain speaker's phrase holds: quotation marks and dashes.
QUOTE_OR_DASH = QUOTE_CHARS | frozenset("—–")


def _colon_introduction(q: QuoteSite) -> Attribution | None:
    """A quotation after a clause ending in a colon, inline ('Ida Strand fired back: "C."') or
    opening the paragraph after one ('Ida Strand fired back:' / '"C."'): the clause's speaker
    (:func:`introducer_source`), whatever its verb."""
    ctx, span = q.ctx, q.span
    tokens = ctx.tokens
    k = _first_token(ctx, span, q.s)
    if k - 1 >= q.s.first and (tokens.words[k - 1] == ":" or dash_introducer(ctx, q.s, k - 1, span)):
        colon = k - 1
        src = _predicate_goes_on(q, colon) or introducer_source(ctx, q.s, colon)
    elif q.starts_par and q.intro is not None and q.intro.paragraph == q.s.paragraph - 1:
        src = introducer_source(ctx, q.intro, q.intro.last)
        colon = q.intro.last
    else:
        return None
    if src is None:
        return None
    return q.attribution(src, (tokens.starts[colon], tokens.ends[colon]), "colon_introduction")


def _predicate_goes_on(q: QuoteSite, colon: int) -> tuple[int, int] | None:
    """The source of the quotation before, when a predicate with no subject of its own goes
    on from its credit to the colon at token *colon* ('"Q1," Lund said, "q2," and went on:',
    :func:`~quotex.attributions.introducers.elided_predicate`); else None."""
    prev = q.prev
    if prev is None or prev.source is None or prev.source[0] < q.s.first:
        return None
    return prev.source if elided_predicate(q.ctx, q.s, colon) > prev.source[1] else None


def _comma_introduction(q: QuoteSite) -> Attribution | None:
    """``Ida Strand, 35, said on Twitter on Monday, in reference to the vote, "C."``, ``She was
    quick to add, "C."``, ``Ida Strand issued a statement, "C."``: a quotation that ends its
    sentence after a comma, in a clause that holds a speech verb (or a document issued) no rule
    attributed; the verb's subject speaks (:func:`comma_introducer`)."""
    ctx, span, s = q.ctx, q.span, q.s
    tokens = ctx.tokens
    words = tokens.words
    k = _first_token(ctx, span, s)
    if k - 1 <= s.first or words[k - 1] != ",":
        return None
    end = quotation_last(ctx, k, s.last)
    if end < s.last and not (end + 1 == s.last and words[s.last] in (".", "?", "!")):
        return None  # the sentence goes on: '..., "C," and left.'
    found = comma_introducer(ctx, s, k - 1)
    if found is None:
        return None
    src, verb = found
    return q.attribution(src, (tokens.starts[verb], tokens.ends[verb]), "cue_before_content")


def comma_introducer(ctx: Context, s: Sentence, comma: int) -> tuple[tuple[int, int], int] | None:
    """The speaker and cue token of the clause a comma before a quotation closes: the nearest
    speech verb of the lexicon (or issuing verb before a document noun: 'issued a statement')
    within :data:`INTRODUCER_TOKENS` tokens, and its subject (``source_before``; else the
    speaker :func:`introducer_source` finds, with no subordinate clause opening between it and
    the verb)."""
    tokens, lexicon = ctx.tokens, ctx.lexicon
    words, lows = tokens.words, tokens.lows
    floor = max(s.first, comma - INTRODUCER_TOKENS)
    verb = -1
    for k in range(comma - 1, floor - 1, -1):
        if ctx.quote_of[k] >= 0 or words[k] in (";", ":"):
            return None
        low = lows[k]
        if lexicon.verb_forms.get(low, ("", ""))[1] == "speech" and not _noun_use(words, k, floor):
            verb = k
            break
        if low in ISSUED_NOUNS and k - 1 >= floor:
            m = k - 1
            while m > floor and k - m < 3 and lows[m] in POSSESSIVES_AND_ARTICLES:
                m -= 1
            if lows[m] in ISSUING_VERBS:
                verb = m
                break
    if verb < 0:
        return None
    m = verb - 1
    while m > floor and (lows[m] in ADVERBS or lows[m].endswith("ly")):
        m -= 1
    if lows[m] in PASSIVE_AUXILIARIES and not lows[verb].endswith("ing"):
        return None  # 'Ida Strand was asked, "C?"': the subject is asked, somebody else speaks
    src = source_before(tokens, verb, s.first, lexicon, lows=ctx.lows)
    if src is None and controlled_object(tokens, verb - 1, s.first, lexicon) is not None:
        return None  # 'The mayor urged Lund to say, "C."': the infinitive is the object's, not the subject's
    if src is None or not _plain_source(ctx, src):
        src = introducer_source(ctx, s, comma)
        if src is None or src[1] >= verb or any(lows[m] in CLAUSE_OPENERS for m in range(src[1] + 1, verb)):
            return None
    return src, verb


#: Auxiliaries of a passive: 'was asked', 'has been told', 'got asked'.
PASSIVE_AUXILIARIES = COPULA | frozenset(["been", "being", "be", "get", "gets", "got"])

#: Words before a noun that make a cue form a noun: 'the report', 'his remarks', 'Lund's statement'.
POSSESSIVES_AND_ARTICLES = frozenset(["a", "an", "the", "his", "her", "its", "their", "'s", "’s"])

#: Words that open a subordinate or relative clause: a subject before one is not the
#: subject of a verb after it ('The mayor was so calm that Ida Strand was prompted to say').
CLAUSE_OPENERS = SUBORDINATORS | frozenset(["that", "which", "who", "whom", "whose", "if", "as"])


def _noun_use(words: Sequence[str], k: int, floor: int) -> bool:
    """The cue form at *k* is a noun: after a determiner or possessive ('the report', 'his
    remarks')."""
    return k - 1 >= floor and words[k - 1].lower() in POSSESSIVES_AND_ARTICLES


def _first_token(ctx: Context, span: QuoteSpan, s: Sentence) -> int:
    """The first token of sentence *s* inside quotation *span* (bisection)."""
    return bisect.bisect_left(ctx.tokens.starts, span.start, s.first, s.last + 1)


def _split_quote(q: QuoteSite) -> Attribution | None:
    """``"A," he said. "B."`` when B cannot join A: a quote of its own, same speaker."""
    if q.prev is not None and q.prev_par == q.s.paragraph and alone_in_sentence(q.ctx, q.span, q.s):
        return q.attribution(q.prev.source, None, "split_quote", q.prev_index)
    return None


def _colon_carryover(q: QuoteSite) -> Attribution | None:
    """A paragraph opening with a quotation after a paragraph ending 'X said:'."""
    colon = q.colon
    if q.starts_par and colon is not None and colon[2] == q.s.paragraph - 1:
        return q.attribution(colon[0], colon[1], "paragraph_carryover")
    return None


def _paragraph_carryover(q: QuoteSite) -> Attribution | None:
    """A paragraph holding only a quotation continues the previous paragraph's speaker."""
    if (
        q.starts_par
        and q.prev is not None
        and q.prev_par == q.s.paragraph - 1
        and alone_in_sentence(q.ctx, q.span, q.s)
    ):
        return q.attribution(q.prev.source, None, "paragraph_carryover", q.prev_index)
    return None


def _report_carryover(q: QuoteSite) -> Attribution | None:
    """'Strand said the pier was unsafe. | "Nobody listened to us."': a paragraph holding only
    a quotation, after a paragraph whose last sentence is a reported clause (and no quotation
    credited since), goes on with the report's source: news style puts the speaker's own words
    after the paraphrase that introduces them."""
    report = q.report
    if not (
        q.starts_par
        and report is not None
        and report.source is not None
        and q.report_par == q.s.paragraph - 1
        and q.report_index > q.prev_index
        and alone_in_sentence(q.ctx, q.span, q.s)
        and _opens_phrase(q.ctx, report.source[0])
    ):
        return None
    text = q.ctx.tokens.text
    end = report.parts[-1][1]
    gap = text[end : q.span.start]
    if len(gap) > REPORT_TAIL or any(c in gap for c in QUOTE_CHARS):
        return None  # (the report's sentence goes on past its content, or quotes somebody)
    tail = text[max(end - 4, 0) : q.span.start].rstrip() + " A"  # (a sentence opens after it)
    if narrative_ends(tail, q.ctx.lexicon) > 1:
        return None  # another sentence ends the paragraph: 'X said C. The vote is Friday.'
    return q.attribution(report.source, None, "paragraph_carryover", q.report_index)


def _opens_phrase(ctx: Context, k: int) -> bool:
    """Token *k* can open a speaker's noun phrase: a capitalised word, a determiner or a
    pronoun (not 'included staff members', 'hearing a candidate': a verb phrase)."""
    w = ctx.tokens.words[k]
    return w[:1].isupper() or w.lower() in DETERMINERS or w.lower() in PRONOUNS


#: How far the paragraph before a carried-over quotation may run on after its report's content
#: (characters): the rest of the report's sentence ('... , she said on Monday.').
REPORT_TAIL = 120


def _after_report(q: QuoteSite) -> Attribution | None:
    """'Kerry negotiates with Russia, Schiff said. "The other factor is ..."': a quotation
    after a reported clause in the same paragraph goes on with its source."""
    if (
        q.report is not None
        and q.report_par == q.s.paragraph
        and q.report_index > q.prev_index
        and alone_in_sentence(q.ctx, q.span, q.s)
    ):
        return q.attribution(q.report.source, None, "split_quote", q.report_index)
    return None


def _unattributed(q: QuoteSite) -> Attribution | None:
    """A sentence-like quotation with no speaker (speaker None)."""
    if opens_sentence(q.ctx.tokens.text, q.span) or alone_in_sentence(q.ctx, q.span, q.s):
        return q.attribution(None, None, "unattributed")
    return None


#: The chain for a sentence-like quotation no cue claimed, in order; the first that
#: finds an attribution wins, and a quotation none claims is a fragment of somebody's
#: words inside a sentence no rule attributed (not returned).
QUOTATION_STEPS: tuple[QuotationRule, ...] = (
    QuotationRule("dash_credit", "dash_credit", _dash_credited),
    QuotationRule("credit_below", "dash_credit", _credited_below),
    QuotationRule("credit_after", "dash_credit", _credited_after),
    QuotationRule("verbless_credit", "verbless_credit", verbless_credited),
    QuotationRule("copular_credit", "dash_credit", copular_credited),
    QuotationRule("closing_report", "cue_before_content", _closing_report),
    QuotationRule("beat_before", "narrative_beat", beat_credit_before),
    QuotationRule("split_quote", "split_quote", _split_quote),
    QuotationRule("colon_carryover", "paragraph_carryover", _colon_carryover),
    QuotationRule("colon_introduction", "colon_introduction", _colon_introduction),
    QuotationRule("comma_introduction", "cue_before_content", _comma_introduction),
    QuotationRule("caption_credit", "cue_before_content", caption_credit),
    QuotationRule("beat_after", "narrative_beat", beat_credit_after),
    QuotationRule("paragraph_carryover", "paragraph_carryover", _paragraph_carryover),
    QuotationRule("report_carryover", "paragraph_carryover", _report_carryover),
    QuotationRule("after_report", "split_quote", _after_report),
    QuotationRule("unattributed", "unattributed", _unattributed),
)

#: The rules for quotations no cue claimed, in the order they are tried: the fragment
#: owner (once per sentence, before the scare-quote test), then the chain.
UNCLAIMED_RULES: tuple[str, ...] = ("quoted_fragment", *(step.gives for step in QUOTATION_STEPS))
