"""The rules that start from a cue word, as tables: :data:`TRIGGERS`.

A candidate token is offered to each trigger in order (a source preposition, a
colon, a reporting verb, a cue noun). The first trigger that recognises the
token runs its ordered table of steps (:class:`~quotex.attributions.model.Rule`
and :class:`~quotex.attributions.model.Veto`), and that table alone decides:
the first rule that finds an attribution wins, a veto or a ``final`` rule ends
the search. The verb table is in :mod:`quotex.attributions.verb_rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic

from attrs import Factory, field, frozen

from quotex.attributions.adjuncts import interrupts_phrase, opens_adjunct, possessive_credit, quotation_after
from quotex.attributions.clauses import (
    content,
    content_end,
    joined_kind,
    quotation_last,
    stance_object_end,
)
from quotex.attributions.context import SURVEY_PREPOSITION, Context, is_closing_quote, preposition_length
from quotex.attributions.copular_nouns import copular_content
from quotex.attributions.credit_roles import clause_verb
from quotex.attributions.findings import in_survey, survey_at
from quotex.attributions.fragments import quoted_list_end
from quotex.attributions.frame_verbs import frame_verb
from quotex.attributions.frames import headline_words
from quotex.attributions.headline_credits import headline_credit, is_headline_credit
from quotex.attributions.introducers import behalf_source, hearer_subject, perspective_colon, sender_of_saying
from quotex.attributions.issuers import author_for, document_issuer
from quotex.attributions.medium import medium_frame_verb
from quotex.attributions.mid_credit import rest_of_clause
from quotex.attributions.model import Attribution, Found, Rule, SiteT, Step, compile_by_form, compile_steps
from quotex.attributions.non_reports import past_apposition
from quotex.attributions.noun_heads import modifies_role, noun_head
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.attributions.noun_subject import subject_clause_end
from quotex.attributions.preposition_sources import (
    apposition_comma,
    clause_before,
    modifier_comma,
    names_a_source,
    reported_clause,
)
from quotex.attributions.quotation_rules import plain_phrase
from quotex.attributions.roundup_credits import (
    credit_dash,
    credit_name,
    name_before_dash,
    name_end,
    role_label,
)
from quotex.attributions.sites import CueSite, VerbCue
from quotex.attributions.states import ADJECTIVE_STEPS, APPEARANCE_STEPS, adjective_at, appearance_at
from quotex.attributions.step_forms import VERB_STEP_FORMS
from quotex.attributions.subjects import source_before, speaking_subject
from quotex.attributions.that_frame import phrasal_frame_verb, that_frame_verb
from quotex.attributions.turns import (
    LABEL_DASHES,
    credit_line_label,
    dash_label,
    dotted_label,
    label_first,
    paragraph_last,
    transcript_label,
)
from quotex.attributions.verb_rules import VERB_STEPS
from quotex.lexicon.function_words import DETERMINERS, PRONOUNS, TIME_WORDS
from quotex.lexicon.grammar import (
    AUXILIARIES,
    COPULA,
    INFINITIVE_NOUNS,
    ISSUING_VERBS,
    LABELS,
    LINKING_WORDS,
    MODALS,
)
from quotex.mentions import is_name_word
from quotex.mentions.words import past_form
from quotex.records import QuoteKind
from quotex.sentences import Sentence

# ---------------------------------------------------------------- a source preposition


def according_to(site: CueSite) -> Found | None:
    """``According to X, C.`` / ``C, according to X.`` (and the lexicon's other source
    prepositions: 'per', 'in the words of')."""
    ctx, words, i, last, content_floor = site.ctx, site.words, site.i, site.last, site.floor
    lows = site.ctx.lows
    tokens = ctx.tokens
    after = i + site.length
    content_before = (
        (
            (i > content_floor and words[i - 1] in (",", "—", "–", "("))
            or (i > content_floor and is_closing_quote(ctx, i - 1))
        )
        and not all(  # 'But, according to the poll, ...': no content before the cue
            lows[k] in LINKING_WORDS or not words[k][:1].isalnum() for k in range(content_floor, i)
        )
    )
    bare = not content_before and clause_before(ctx, content_floor, i)
    content_before = content_before or bare
    if (
        i - site.first == 2
        and lows[site.first] in ("that", "this")
        and lows[site.first + 1] in ("is", "was", "'s", "’s")
    ):
        return None  # '"C." That is according to X.': the quotation before is X's (next_credit)
    src = site.source or np_right(tokens, after, last, ctx.lexicon, closed=not content_before)
    if src is None:
        return None
    phrase = src
    if site.source is None:
        src = document_issuer(tokens, src, last, ctx.lexicon, closed=not content_before)
    tail = max(src[1], after - 1)  # the adjunct's last token ('in X's words': *words*)
    src = author_for(words, src, ctx.lexicon)  # ('by Ana Berg | for the trust': the author's)
    if bare and not names_a_source(words, phrase, ctx.lexicon):
        return None  # 'The ferry ran according to the timetable': in accordance with, no source
    if content_before and words[i - 1] == "," and interrupts_phrase(ctx, i - 2, content_floor):
        if quotation_after(ctx, tail + 1, last):
            content_before = False  # 'The mill was, in the words of a weaver, "a museum"'
        elif site.source is not None:
            return None  # 'the reasons for, in her view, closing the pier': an aside, no report
    cue = (tokens.starts[i], tokens.ends[after - 1])
    if content_before:
        a, b = content_floor, i - 1
        clause = site.prev_source is None or any(
            _verb_at(ctx, k, b) or past_form(lows[k]) for k in range(a, b + 1)
        )
        if not clause:  # ('"C," said NAME, | a grower, in Maori, according to X': the credit's phrases)
            return None
        got = content(ctx, a, b)
        # 'The plan, according to Becker, would cost billions': the clause goes on
        relative = tail + 2 <= last and words[tail + 1] == "," and words[tail + 2].lower() in ("who", "which")
        # ('C, according to X, who said D': the relative clause is X's, not C going on;
        # past an apposition to the source: '..., according to X, a private forecaster, C2')
        close = past_apposition(ctx, tail, last)
        rest = (
            rest_of_clause(ctx, close if close > tail else tail + 1, last)
            if got is not None and not relative
            else None
        )
        if got is not None and rest is not None:
            kind = joined_kind(got[1], rest[2])
            return Attribution((got[0], rest[0]), src, cue, "according_to", kind), a, rest[1]
    else:
        # 'According to an email X sent to customers on Monday, C', 'to two officials involved in
        # the talks, C', 'to a person close to the family, who ..., C': the source's modifier
        k = modifier_comma(ctx, apposition_comma(ctx, tail + 1, last), last)  # ('NAME, ROLE since 1987,')
        k = modifier_comma(ctx, k + 1, last) if k + 1 <= last and words[k] == "," else k
        if k <= last and words[k] in (",", ":", "):"):
            k += 1
        if reported_clause(ctx, k, last) or (lows[i] == "per" and _verb_at(ctx, k, last)):
            return None  # 'According to the Herald, Ana Berg said C'; 'Per Lund, a pilot, said C': a name
        if (
            k == tail + 1
            and i > 1
            and (words[i - 1] == "," or (words[i - 2] == "," and is_closing_quote(ctx, i - 1)))
        ):
            return None  # '(C), according to two people who attended', '... to a copy of the letter
            # reviewed by The Post': after a clause, words that follow the source are its modifier
        a, b = k, content_end(ctx, k, last, relative=False)
    got = content(ctx, a, b)
    if got is None:
        return None
    (cs, ce), kind = got
    return Attribution(((cs, ce),), src, cue, "according_to", kind), a, b


def _verb_at(ctx: Context, k: int, last: int) -> bool:
    """Is token *k* a lower-case verb or auxiliary: the predicate of a subject before it?"""
    return (
        k <= last
        and ctx.tokens.words[k].islower()
        and (ctx.lows[k] in ctx.lexicon.verb_forms or ctx.lows[k] in AUXILIARIES)
    )


def _is_transcript_label(site: CueSite) -> bool:
    words, i, first, last, lows = site.words, site.i, site.first, site.last, site.ctx.lows
    return (
        first < i < last
        and site.ctx.quote_of[i + 1] < 0
        and (
            transcript_label(site.ctx.tokens, first, i)  # first: it bounds the label to three words
            or credit_line_label(site.ctx.tokens, first, i, site.ctx.lexicon) >= 0
        )
        and not any(lows[k] in LABELS for k in range(first, i))
        and not headline_words(words, i + 2, last)
    )


#: Closing marks that end a quoted transcript's last turn with no quotation open.
_STRAY_CLOSERS = frozenset(('"', "”", "''"))


def transcript(site: CueSite) -> Found | None:
    """A transcript's speaker label: 'VANCE: We will balance it next year. ...': the
    speaker's own words (direct), to the end of the turn (the paragraph)."""
    tokens, i = site.ctx.tokens, site.i
    last = paragraph_last(tokens, site.last)
    if last > i + 1 and tokens.words[last] in _STRAY_CLOSERS and site.ctx.quote_of[last] < 0:
        last -= 1  # the mark closing a quoted transcript's last turn ('... next week."')
    part = ((tokens.starts[i + 1], tokens.ends[last]),)
    cue = (tokens.ends[i] - 1, tokens.ends[i])  # (the colon of '):' too)
    source = (label_first(tokens, site.first, i), i - 1)  # (after a time stamp: '[00:14:09] Ana Berg:')
    if (named := credit_line_label(tokens, site.first, i, site.ctx.lexicon)) >= 0:
        source = (site.first, named)  # ('Ana Berg (thatcher): C.': the name, its craft a title)
    return Attribution(part, source, cue, "transcript", QuoteKind.DIRECT), i + 1, site.last


def dotted_label_at(site: CueSite) -> CueSite | None:
    """The token is an interview's ``Q.`` or ``A.`` label (:func:`~.turns.dotted_label`), or its
    ``Q`` or ``A`` before a dash (:func:`~.turns.dash_label`)."""
    if site.low in ("q.", "a."):
        return site if dotted_label(site.ctx.tokens, site.i) else None
    return site if site.low in ("q", "a") and dash_label(site.ctx.tokens, site.i) else None


def dotted_turn(site: CueSite) -> Found | None:
    """An interview's turn after ``Q.`` or ``A.`` (or ``Q —``, ``A —``): the words to the
    paragraph's end (direct); the label is the source, its full stop (or the dash) the cue."""
    tokens, i = site.ctx.tokens, site.i
    dash = i + 1 < len(tokens.words) and tokens.words[i + 1] in LABEL_DASHES  # (none after a last 'A.')
    start = i + 2 if dash else i + 1
    last = paragraph_last(tokens, i)
    if last < start or site.ctx.quote_of[start] >= 0:
        return None
    part = ((tokens.starts[start], tokens.ends[last]),)
    cue = (tokens.starts[i + 1], tokens.ends[i + 1]) if dash else (tokens.ends[i] - 1, tokens.ends[i])
    return Attribution(part, (i, i), cue, "transcript", QuoteKind.DIRECT), start, max(last, site.last)


def _opens_double_quotation(site: CueSite) -> bool:
    ctx, i = site.ctx, site.i
    return i + 1 <= site.last and ctx.quote_of[i + 1] >= 0 and ctx.quoting[ctx.quote_of[i + 1]]


def colon_quotation(site: CueSite) -> Found | None:
    """A colon before a quotation: after a name ('Republican pollster Jane Roe: "C."'), or
    ending the sentence after a clause whose subject speaks ('The board was blunt in its
    findings: "Further discussion is unnecessary."')."""
    ctx, words, i, first, last = site.ctx, site.words, site.i, site.first, site.last
    content_floor, tokens, lexicon = site.floor, ctx.tokens, ctx.lexicon
    bi = quoted_list_end(ctx, quotation_last(ctx, i + 1, last), last)  # (': "X", "Y" and "Z".')
    src = None
    dash = credit_dash(tokens, first, i)
    if dash >= 0 and name_before_dash(tokens, max(content_floor, first), dash, lexicon):
        src = (max(content_floor, first), dash - 1)  # 'Ines Marr — harbour pilot, Kestrel Ferries: "C."'
    elif dash >= 0:
        # 'FARES NOT SETTLED - Lena Okafor: "C."', '... all along - More from Okafor: "C."': the
        # words after a spaced dash credit the quotation, never the sentence's subject before it
        src = np_left(tokens, i - 1, dash + 1, lexicon) if i - 1 > dash else None
        if src is None or not is_name_word(words[src[1]]):
            return None
    elif (sent := sender_of_saying(ctx, max(content_floor, first), i)) is not None:
        src = sent if plain_phrase(tokens, sent) else None  # 'Then came the reply from Ida Strand:'
    elif i - 1 >= first and not any(
        clause_verb(words, k, first, lexicon) for k in range(first, i)
    ):  # ('Former secretary of state Ada Quist:': *state* is the office, not a verb)
        floor = max(content_floor, first)
        label = role_label(tokens, floor, i, lexicon)  # ('Chief auctioneer: "C."': no name)
        src = label or credit_name(tokens, floor, i, lexicon)
        if src is None and i - 2 >= floor and frame_verb(words, i - 1, last) == i - 1:
            # 'Ines Marchetti messaged: "C."': the frame makes the verb the cue
            subj = np_left(tokens, i - 2, floor, lexicon)
            got = content(ctx, i + 1, bi)
            if subj is not None and subj[0] == floor and is_name_word(words[subj[1]]) and got is not None:
                cue = (tokens.starts[i - 1], tokens.ends[i - 1])
                return Attribution((got[0],), subj, cue, "reporting_frame", got[1]), i + 1, bi
        if src is None:
            src = np_left(tokens, _before_bracket(words, floor, i), floor, lexicon)
        if (
            src is not None
            and src != label
            and (
                not name_end(tokens, src[1], floor)
                or src[0] > floor + 8
                or any(
                    words[k].isalpha() and past_form(words[k]) for k in range(floor, src[0])
                )  # 'X messaged the Sentinel:'
            )
        ):
            src = None
    if (
        src is None
        and tokens.starts[i + 1] == ctx.spans[ctx.quote_of[i + 1]].start
        and (bi + 1 > last or (bi + 1 == last and words[last] in (".", "?", "!")))
    ):
        # (not when the sentence goes on: '...: "Stay home," the mayor said.'; 'For NAME, the verdict ...:')
        src = perspective_colon(ctx, site.s, i) or speaking_subject(ctx, site.s, i)
        if src is not None and (
            src[0] < content_floor or not plain_phrase(tokens, src) or hearer_subject(ctx.lows, src[1] + 1, i)
        ):
            src = None  # ('The jury was told: "C."': the one spoken to is no speaker)
    src = behalf_source(ctx, max(content_floor, first), i) or src  # ('OTHER read a statement on her behalf:')
    if src is None:
        return None
    got = content(ctx, i + 1, bi)
    if got is None:
        return None
    (cs, ce), kind = got
    cue = (tokens.ends[i] - 1, tokens.ends[i])  # (the colon of '):' too)
    return Attribution(((cs, ce),), src, cue, "cue_before_content", kind), i + 1, bi


def _before_bracket(words: Sequence[str], floor: int, colon: int) -> int:
    """The last token before the colon at *colon*, or when a bracketed aside of up to twelve
    tokens closes there ('Ina Berg (cooper, Quarrymoor Cider): "C."'; the tokenizer keeps
    ``):`` as one token), the token before its opening bracket."""
    k = colon - 1 if words[colon] == "):" else colon - 2
    if k < floor or (words[colon] != "):" and words[colon - 1] != ")"):
        return colon - 1
    for p in range(k, max(floor, k - 12), -1):
        if words[p] == "(":
            return p - 1
        if words[p] in (")", ":", '"', "“", "”"):
            break
    return colon - 1


# ---------------------------------------------------------------- a cue noun


#: Possessives before a noun: 'his claim', "Lund's point".
_POSSESSIVES = frozenset(["his", "her", "their", "its", "'s", "’s"])
#: What may follow a cue noun as its content: a clause, an infinitive, or the topic (or the
#: agent before the clause: "the claim by X that C").
NOUN_COMPLEMENTS = frozenset(["that", "to", "about", "of", "on", "over", "by"])


def _noun_before_that(site: CueSite) -> bool:
    words, i, last, lows = site.words, site.i, site.last, site.ctx.lows
    if i + 2 <= last and i - 1 >= site.first and copular_content(site.ctx, i, last) > 0:
        return True  # "Lund's point was that C", 'His answer was "C."'
    if not (site.low in site.ctx.lexicon.cue_nouns and i + 2 <= last and i - 1 >= site.first):
        return False
    nxt = lows[i + 1]
    if nxt == "to":  # 'his promise to build a wall', not 'her comments to reporters'
        after = words[i + 2]
        return (
            site.low in INFINITIVE_NOUNS and after.isalpha() and after.islower() and after not in DETERMINERS
        )
    if nxt == "by":
        return _by_agent(site) is not None  # 'the assertion by X that C'
    if nxt == "that":  # 'a claim that originated in ...' is a relative clause, not the content
        after = lows[i + 2]
        return not (after in AUXILIARIES or after in MODALS or (after.endswith("ed") and after.isalpha()))
    return nxt in NOUN_COMPLEMENTS


def _noun_source(site: CueSite) -> tuple[int, int] | None:
    """The source of a cue noun: its possessor ('X's claim', 'his claim'), or the subject of a
    light verb whose object the noun is ('X made comments about ...', 'X issued a warning that
    ...'); None when the noun has neither ('the claim that ...': nobody is credited)."""
    ctx, words, i, first, lows = site.ctx, site.words, site.i, site.first, site.ctx.lows
    j = i - 1
    while j >= first and i - j <= 4:
        w = words[j]
        low = lows[j]
        if low in ("his", "her", "their", "its"):
            return (j, j)
        if w in ("'s", "’s"):
            return np_left(ctx.tokens, j - 1, first, ctx.lexicon)
        if low in ("the", "a", "an"):
            j -= 1
            break
        if not (w.isalpha() and w.islower()) or low in ISSUING_VERBS or low in PRONOUNS:
            break
        j -= 1  # a modifier: 'several controversial statements'
    if j >= first and lows[j] in ISSUING_VERBS:
        return source_before(ctx.tokens, j, first, ctx.lexicon, lows=ctx.lows)
    return None


def _by_agent(site: CueSite) -> tuple[tuple[int, int], int] | None:
    """The agent after a cue noun's *by* and the *that* after it, past an apposition ('the
    assertion by Ines Marr, a ferry pilot, that C': the noun of a verb keeps its agent, Quirk et
    al. 1985 §17.53); None otherwise."""
    ctx, i, last = site.ctx, site.i, site.last
    if i + 3 > last or ctx.lows[i + 1] != "by" or site.low not in ctx.lexicon.cue_nouns:
        return None
    src = np_right(ctx.tokens, i + 2, last, ctx.lexicon)
    if src is None:
        return None
    k = past_apposition(ctx, src[1], last) + 1
    k += int(k <= last and ctx.lows[k] == ",")  # (the phrase took its apposition in: 'X, a pilot, | that')
    return (src, k) if k + 1 <= last and ctx.lows[k] == "that" else None


def cue_noun(site: CueSite) -> Found | None:
    """``X's claim that C`` / ``his promise to C`` / ``X made comments about C`` / ``the
    assertion by X that C``."""
    ctx, words, i, last, lows = site.ctx, site.words, site.i, site.last, site.ctx.lows
    tokens = ctx.tokens
    agent = _by_agent(site)  # ('the assertion by X, ROLE, | that C')
    src = _noun_source(site) if agent is None else agent[0]
    if src is None:
        return None
    nxt = lows[i + 1]
    that = copular_content(ctx, i, last) if agent is None else agent[1]  # "Lund's point was | that C"
    a = that if that > 0 else i + 2 if nxt in ("about", "of", "on", "over") else i + 1
    bi = content_end(ctx, a, last, relative=False)
    owned = agent is not None or words[src[1]].lower() in ("his", "her", "their", "its")
    owned = owned or words[src[1] + 1] in ("'s", "’s")
    if owned and (that < 0 or agent is not None):
        np_first = src[0] if agent is None else i - int(lows[i - 1] in ("the", "a", "an"))
        bi = subject_clause_end(words, np_first, a, bi, site.first)  # 'His claim that C | drew laughter'
    if a > i + 1 and that < 0:  # a topic noun phrase: 'comments about X | on Friday', '| had angered ...'
        bi = stance_object_end(ctx, a, bi)
        if lows[a] in TIME_WORDS or words[a][:1].isdigit():
            return None  # 'his remarks on Saturday': a time phrase, no topic
        if lows[i - 1] == "the" and words[a][:1].isupper() and nxt == "on":
            return None  # ('made the remarks on The Tin Roof, a podcast': remarks known, a programme)
        stops = (k for k in range(a + 1, bi + 1) if lows[k] in AUXILIARIES or words[k] == ",")
        bi = next(stops, bi + 1) - 1  # '| had angered ...', '| , experts say ...'
    got = content(ctx, a, bi)
    if got is None:
        return None
    (cs, ce), kind = got
    return Attribution(((cs, ce),), src, (tokens.starts[i], tokens.ends[i]), "cue_noun", kind), a, bi


# ---------------------------------------------------------------- triggers


def _always(site: object) -> bool:
    return True


def preposition_at(site: CueSite) -> CueSite | None:
    """A source preposition of the lexicon starts at the token ('according to')."""
    phrases = site.ctx.prepositions.get(site.low)  # (most candidates open none: one look-up)
    length = preposition_length(site.words, site.i, site.last, phrases) if phrases else 0
    if length and phrases and phrases[0][0] == "to" and not opens_adjunct(site.ctx, site.i, site.first):
        return None  # ('declined to quote the figure': an infinitive, no credit)
    if not length and phrases and (credit := possessive_credit(site.ctx, site.i, site.first, site.last)):
        site.source, after = credit  # 'in Kalju Tamm's words', 'to use her phrase'
        length = after - site.i
    if not length:
        return None
    site.length = length
    return site


def colon_at(site: CueSite) -> CueSite | None:
    """The token is a colon."""
    return site if site.low in (":", "):") else None  # ('):' is one token)


def verb_cue_at(site: CueSite) -> VerbCue | None:
    """The token is a form of a reporting verb of the lexicon ('put it' too), unless it is
    a cue noun after a possessive: 'her claim that ...' (the noun, not the verb)."""
    words, i, low, first, last, lows = site.words, site.i, site.low, site.first, site.last, site.ctx.lows
    form = site.ctx.lexicon.verb_forms.get(low)
    if (
        form is not None
        and low in site.ctx.lexicon.cue_nouns
        and i + 1 <= last
        and lows[i + 1] in NOUN_COMPLEMENTS
        and i - 1 >= first
        and (
            lows[i - 1] in ("his", "her", "their", "its", "'s", "’s", "the", "a", "an")
            or lows[i - 1] in ISSUING_VERBS
        )
    ):
        form = None  # 'her claim that ...', 'made comments about ...': the noun, not the verb
    owned = i - 1 >= first and lows[i - 1] in _POSSESSIVES
    if form is not None and owned and copular_content(site.ctx, i, last) > 0:
        form = None  # "Lund's point was that ...": the noun heads the subject of a copula
    if form is not None and noun_head(words, lows, i, first, last=last, lexicon=site.ctx.lexicon):
        form = None  # 'their phone call', 'the vain hope': a noun phrase's head
    if form is not None and low.endswith("ing") and modifies_role(words, i, last, site.ctx.lexicon):
        form = None  # ('Kestrel Valley planning chair', 'a training officer'): a role's modifier
    if form is None and low in ("put", "puts") and i + 1 <= last and lows[i + 1] == "it":
        form = ("put it", "speech")  # 'as Professor Foner put it: "..."'
    if form is None and that_frame_verb(words, i, first, last, site.ctx.lexicon):
        form = (low, "speech")  # 'Ines Marr signalled that ...': a verb of saying by its frame
    if form is None and (medium := medium_frame_verb(words, i, first, last, site.ctx.lexicon)):
        form = (medium, "speech")  # 'Ines Marr texted reporters that ...': a medium and its addressee
    tokens, phrasal = site.ctx.tokens, phrasal_frame_verb(words, i, first, last, site.ctx.lexicon)
    if phrasal and (form is None or form[1] == "speech"):  # 'shot back that C', 'snapped back that C'
        form = (f"{form[0] if form else low} {words[i + 1]}", "speech")
    if form is None:
        return None
    lemma, vclass = form
    cue_end = tokens.ends[i + 1] if " " in lemma and phrasal else tokens.ends[i]
    prev = i - (3 if lemma == "email" and low.startswith("mail") else 1)  # ('e-mailed': before 'e')
    progressive = low.endswith("ing") and prev >= first and lows[prev] in COPULA
    return VerbCue(
        site.ctx,
        site.s,
        i,
        site.floor,
        site.prev_source,
        words,
        low,
        first,
        last,
        lemma,
        vclass,
        (tokens.starts[i], cue_end),
        prev,
        progressive,
    )


def cue_noun_at(site: CueSite) -> CueSite | None:
    """Any other token: a cue noun is tried last."""
    return site


@frozen
class Trigger(Generic[SiteT]):
    """A kind of cue word: ``at(site)`` recognises it (returning what its steps read), and
    ``steps`` is its ordered table."""

    name: str
    at: Callable[[CueSite], SiteT | None]
    steps: tuple[Step[SiteT], ...]
    #: the necessary form conditions of its steps, by name, for a site with a form (a verb cue:
    #: :data:`~quotex.attributions.step_forms.VERB_STEP_FORMS`); None: one table for all
    forms: Mapping[str, Callable[[str, str, str], bool]] | None = None
    #: ``steps`` compiled once (:func:`~quotex.attributions.model.compile_steps`; with *forms*,
    #: :func:`~quotex.attributions.model.compile_by_form`)
    run: Callable[[SiteT], Found | None] = field(
        init=False, eq=False, repr=False, default=Factory(lambda self: self.compiled(), takes_self=True)
    )

    def compiled(self) -> Callable[[SiteT], Found | None]:
        """This trigger's ``steps`` as one function."""
        if self.forms:
            return compile_by_form(self.steps, self.forms, self.name)
        return compile_steps(self.steps, self.name)


PREPOSITION_STEPS: tuple[Step[CueSite], ...] = (
    Rule("according_to", ("according_to",), _always, according_to, final=True),
)
COLON_STEPS: tuple[Step[CueSite], ...] = (
    Rule("transcript_label", ("transcript",), _is_transcript_label, transcript, final=True),
    Rule("headline_credit", ("cue_before_content",), is_headline_credit, headline_credit, final=True),
    Rule(
        "colon_quotation",
        ("cue_before_content", "reporting_frame"),
        _opens_double_quotation,
        colon_quotation,
        final=True,
    ),
)
DOTTED_LABEL_STEPS: tuple[Step[CueSite], ...] = (
    Rule("transcript_label", ("transcript",), _always, dotted_turn, final=True),
)
SURVEY_STEPS: tuple[Step[CueSite], ...] = (
    Rule("survey_finding", ("according_to",), _always, in_survey, final=True),
)
NOUN_STEPS: tuple[Step[CueSite], ...] = (
    Rule("cue_noun", ("cue_noun",), _noun_before_that, cue_noun, final=True),
)

#: The triggers in order; the first whose ``at`` recognises a token decides alone.
TRIGGERS: tuple[Trigger[Any], ...] = (
    Trigger("preposition", preposition_at, PREPOSITION_STEPS),
    Trigger("survey", survey_at, SURVEY_STEPS),
    Trigger("colon", colon_at, COLON_STEPS),
    Trigger("dotted_label", dotted_label_at, DOTTED_LABEL_STEPS),
    Trigger("adjective", adjective_at, ADJECTIVE_STEPS),
    Trigger("verb", verb_cue_at, VERB_STEPS, VERB_STEP_FORMS),
    Trigger("appearance", appearance_at, APPEARANCE_STEPS),
    Trigger("noun", cue_noun_at, NOUN_STEPS),
)


#: The triggers after the first five; each of those recognises only words of its own: a source
#: preposition's first word, *In*, a colon, an interview's label, a stance adjective.
_LATER_TRIGGERS = TRIGGERS[5:]
assert [t.name for t in _LATER_TRIGGERS] == ["verb", "appearance", "noun"]
#: The words the first five triggers recognise besides the lexicon's prepositions and stance
#: adjectives (``survey_at``: *In*; ``colon_at``; ``dotted_label_at``; ``adjective_at``: *clear*).
_FIRST_FIVE_WORDS = frozenset([SURVEY_PREPOSITION.lower(), ":", "):", "q.", "a.", "q", "a", "clear"])


def try_cue(
    ctx: Context, s: Sentence, i: int, content_floor: int, prev_source: tuple[int, int] | None = None
) -> Found | None:
    """The attribution the cue candidate at token *i* starts, with its content token range.
    (A word none of the first five triggers can recognise goes to the others at once.)"""
    words = ctx.tokens.words
    low = ctx.lows[i]
    if i + 2 <= s.last and words[i + 1][:1].isupper() and _noun_before_speaker(ctx, i, s.last):
        return None  # ('Former two-time regional champion NAME said C': a title's noun, no verb)
    site = CueSite(ctx, s, i, content_floor, prev_source, words, low, s.first, s.last)
    first_five = low in _FIRST_FIVE_WORDS or low in ctx.prepositions or low in ctx.lexicon.stance_adjectives
    for trigger in TRIGGERS if first_five else _LATER_TRIGGERS:
        found = trigger.at(site)
        if found is not None:
            return trigger.run(found)
    return None


def _noun_before_speaker(ctx: Context, i: int, last: int) -> bool:
    """Is the word at token *i*, a base form of a verb of stance or thought, followed by a name of
    one to four words and then that name's own verb of speech ('champion | Ana Berg | said')?
    Such a verb takes no bare name and report after it, so the word is a noun of the name's
    title."""
    words = ctx.tokens.words
    own = ctx.lexicon.verb_forms.get(words[i])
    if own is None or own[0] != words[i] or own[1] == "speech":
        return False  # (a verb of speech takes a report as its clause: 'said NAME told him C')
    k = i + 1
    while k <= last and k - i <= 6 and (is_name_word(words[k]) or (words[k] == "-" and k > i + 1)):
        k += 1  # (a hyphen inside the name too: 'Aldana-Price')
    form = ctx.lexicon.verb_forms.get(words[k]) if i + 1 < k <= last else None
    return form is not None and form[1] == "speech" and words[k].islower()
