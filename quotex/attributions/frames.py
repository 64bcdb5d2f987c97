"""Reporting frames: where the shape of the text, not the lexicon, makes a cue.

* :func:`reporting_frame` (rule ``reporting_frame``): ``"C," NAME VERB.``,
  ``"C," VERB NAME.`` and ``NAME VERB: "C."`` make VERB a cue whether or not the lexicon
  lists it (``"Open the gates," Lena Okafor implored.``);
* :func:`frame_verb`: the verb shape those frames accept (a verb ending, or a phrasal
  particle: ``shot back``); the verb table's ``phrasal_particle`` veto reads it too;
* the trailing credit (:mod:`quotex.attributions.trailing_credits`) reads a frame verb too;
* :func:`report_ending`: a sentence that ends on its speech cue (``Mara Quist said in a
  statement.``, ``Lena Okafor agreed.``) reports the quotation that opens the next sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.clauses import content, content_end
from quotex.attributions.context import (
    Context,
    ends_with_punctuation,
    is_closing_quote,
    opens_sentence,
    title_case,
)
from quotex.attributions.counted_nouns import plural_count
from quotex.attributions.frame_verbs import dash_frame, frame_ends, frame_verb
from quotex.attributions.model import Attribution, Found
from quotex.attributions.modifiers import modified_source_before
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.attributions.np_heads import opens_clause
from quotex.attributions.np_words import in_fixed_compound
from quotex.attributions.sites import VerbCue
from quotex.attributions.subjects import sentence_subject, source_before
from quotex.attributions.verb_groups import group_head
from quotex.lexicon.function_words import (
    DETERMINERS,
    ING_MODIFIERS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    ADJECTIVE_SUFFIXES,
    ADJUNCT_SUBORDINATORS,
    ADVERBS,
    CLAUSE_SUBORDINATORS,
    COPULA,
    IRREGULAR_PAST,
    MODIFIER_PREPOSITIONS,
    NOUN_DETERMINERS,
    PAST_CUES,
    PHRASAL_PARTICLES,
    PREPOSITIONS,
    QUANTIFIER_PRONOUNS,
    QUANTIFIERS,
    RESPONDENT_PARTICIPLES,
    SUBJECT_PRONOUNS,
    TIME_ADVERBS,
    TITLE_SMALL_WORDS,
)
from quotex.lexicon.reporting_verbs import GESTURE_FORMS
from quotex.lexicon.verb_frames import OF_OBJECT_VERBS, TELL_VERBS
from quotex.mentions import is_name_word
from quotex.mentions.prefixes import prefix_title
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.words import is_role
from quotex.quote_spans import QuoteSpan
from quotex.records import QuoteKind
from quotex.sentences import Sentence
from quotex.tokens import Tokens

FRAME_SOURCE_TOKENS = 7  #: tokens of a frame's source between the quotation and its verb
FRAME_APPOSITION_TOKENS = 12  #: tokens of an apposition in a frame's source: a title and its body
#: Words before a closing report's cue that deny the report: 'did not respond', 'never replied'.
REPORT_NEGATIONS = frozenset(["not", "n't", "never", "neither", "nor", "no"])
#: How many tokens a closing report's cue may stand before its sentence's final stop.
REPORT_TAIL_TOKENS = 10
#: Words that may open the modifiers after a closing report's cue: 'said in a statement',
#: 'agreed on Tuesday', 'told reporters later' (a time word or adverb also may).
REPORT_TAIL_OPENERS = PREPOSITIONS | frozenset(
    ["during", "after", "before", "via", "outside", "while", "late"]
)


def hyphened_verb_start(tokens: Tokens, v: int) -> int:
    """The first token of a hyphenated verb whose last part is token *v* ('tut-tutted',
    'pooh-poohs', 'double-checked'): *v* - 2 when a lower-case word and a hyphen stand joined
    to it with no space, else *v*."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if v >= 2 and words[v - 1] == "-" and ends[v - 2] == starts[v - 1] and ends[v - 1] == starts[v]:
        w = words[v - 2]
        return v - 2 if w.isalpha() and w.islower() else v
    return v


#: A reporting frame's verb may be followed by one modifier of at most this many tokens.
FRAME_TAIL_TOKENS = 8


def frame_tail(ctx: Context, k: int, last: int) -> bool:
    """The reporting frame's clause ends before token *k*, or a short modifier that opens
    with a preposition or a time word runs from *k* to its end: '"No," Dana Whitby hit back
    on Tuesday.', '"C," Lena Okafor fumed after the vote.' (no quotation inside it)."""
    words, lows = ctx.tokens.words, ctx.lows
    if frame_ends(words, k, last):
        return True
    low = lows[k]
    if low.endswith("ly") and low.isalpha() and frame_ends(words, k + 1, last):
        return True  # ('"C," NAME, ROLE at BODY, laughed ruefully.': a manner adverb)
    if low not in MODIFIER_PREPOSITIONS and low not in TIME_WORDS and low not in TIME_ADVERBS:
        return False
    end = k
    while end <= last and not frame_ends(words, end, last) and end - k < FRAME_TAIL_TOKENS:
        if ctx.quote_of[end] >= 0:
            return False
        end += 1
    return frame_ends(words, end, last)


def reporting_frame(ctx: Context, span: QuoteSpan, s: Sentence, f: int) -> Attribution | None:
    """Rule ``reporting_frame`` for an unclaimed quotation whose first token is *f*.

    ``"C," NAME VERB.`` (``"Open the gates," Lena Okafor implored.``), ``"C," VERB NAME.``
    (``"No," shot back Dana Whitby.``) and ``NAME VERB, "C."`` opening a sentence: a
    quotation ending in ``, ? !``, a source noun phrase and one verb (with its particle)
    that end the clause. A title of a work (``"Tales of the Lake," the new series.``) is
    no quotation. Its precision is measured apart from the lexicon's cues.
    """
    if title_case(ctx.tokens.text, span):
        return None
    tokens, words = ctx.tokens, ctx.tokens.words
    starts, ends = tokens.starts, tokens.ends
    last = s.last
    part = ((span.start, span.end),)
    k = bisect.bisect_left(starts, span.end, f)  # the first token after the quotation
    # ('Chants of "Rutsa! Rutsa!" greeted Ivo Rutsa': a quotation after a preposition or a
    # determiner is a noun's object, no clause the verb after it reports)
    governed = f - 1 >= s.first and ctx.lows[f - 1] in _GOVERNING_WORDS
    dashed = dash_frame(words, ctx.quote_of, k, last)  # ('"C1" - NAME paused - "c2"': after the dash)
    if k <= last and not governed and (ends_with_punctuation(tokens.text, span) or dashed):
        k += dashed
        e = frame_verb(words, k, last)
        if e >= 0:  # inverted: '"C," shot back Dana Whitby.'
            src = np_right(tokens, e + 1, last, ctx.lexicon)
            if src is not None and frame_tail(ctx, src[1] + 1, last) and is_name_word(words[src[1]]):
                return Attribution(part, src, (starts[k], ends[e]), "reporting_frame", QuoteKind.DIRECT)
        for v in range(k + 1, min(last, k + FRAME_SOURCE_TOKENS) + 1):
            if not words[v][:1].isalnum() and words[v] not in ("-", "'s", "’s"):
                if words[v] == ",":  # '"C," Lena Okafor, a retired clerk, hit out.'
                    return _past_apposition(ctx, part, k, v, last)
                break  # (a hyphen or a possessive stays inside the name: 'Aldana-Price')
            h = group_head(ctx.lows, v, last)  # '"C," Lena Okafor had fumed.': the perfect's verb
            if (e := frame_verb(words, h, last)) < 0:
                continue
            c = min(v, hyphened_verb_start(tokens, h))  # ('NAME tut-tutted': the verb's first token)
            src = np_left(tokens, c - 1, k, ctx.lexicon)  # '"C," Lena Okafor implored.'
            if src is not None and src[0] > k and _role_before(ctx, k, src[0]):
                src = (k, src[1])  # ('"C," lifeguard Tamsin Reid fumed.': the title before the name)
            if src is not None and src[0] == k and frame_tail(ctx, e + 1, last):
                return Attribution(
                    part, src, (starts[min(c, h)], ends[e]), "reporting_frame", QuoteKind.DIRECT
                )
            break
    # before: 'Ruth Duncan emails, "C."' (the sentence opens so)
    if f - 3 >= s.first and words[f - 1] in (":", ",") and opens_sentence(tokens.text, span):
        e = f - 2
        v = e - 1 if words[e] in PHRASAL_PARTICLES else e
        if v - 1 >= s.first and frame_verb(words, v, last) == e:
            src = np_left(tokens, v - 1, s.first, ctx.lexicon)
            if src is not None and src[0] - 1 > s.first and words[src[0] - 1] in MODIFIER_PREPOSITIONS:
                src = modified_source_before(tokens, src, s.first, ctx.lexicon)  # ('A woman at the pier')
            if src is not None and (
                src[0] == s.first
                # after a fronted clause: 'After the vote, Whitby shot back, "C."'
                or (words[src[0] - 1] == "," and _subject_start(ctx, s) == src[0])
            ):
                return Attribution(part, src, (starts[v], ends[e]), "reporting_frame", QuoteKind.DIRECT)
    return None


#: Words before a quotation that make it a phrase's object, not a reported clause.
_GOVERNING_WORDS = PREPOSITIONS | DETERMINERS


#: The most lower-case words of a role before a name in a reporting frame ('senior conservator').
_FRAME_ROLE_WORDS = 3


def _role_before(ctx: Context, k: int, name: int) -> bool:
    """Do the tokens from *k* up to the name at token *name* hold its title: the prefix title
    the name takes, or up to :data:`_FRAME_ROLE_WORDS` lower-case words ending in a role noun,
    listed, of WordNet or shaped like one ('"C," conservator Špela Kovačič simpers.': the frame
    verb closes the credit)?"""
    tokens, lexicon = ctx.tokens, ctx.lexicon
    if prefix_title(tokens, name, lexicon, floor=k)[0] == k:
        return True
    run = tokens.words[k:name]
    head = run[-1] if run else ""
    role = is_role(head, lexicon) or head in lexicon.open_role_nouns or agent_noun(head, lexicon)
    return len(run) <= _FRAME_ROLE_WORDS and all(w.isalpha() and w.islower() for w in run) and role


def _past_apposition(
    ctx: Context, part: tuple[tuple[int, int], ...], k: int, c: int, last: int
) -> Attribution | None:
    """``"C," NAME, APPOSITION, VERB.``: the name from token *k* to the comma *c*, one or two
    appositions of up to :data:`FRAME_APPOSITION_TOKENS` tokens each between commas, without a
    quotation ('a first-time voter from Leith', '67'), then a frame verb that ends the clause."""
    tokens, words = ctx.tokens, ctx.tokens.words
    src = np_left(tokens, c - 1, k, ctx.lexicon)
    if src is None or src[0] != k:
        return None
    rounds = 2
    if not is_name_word(words[c - 1]):  # ('"C," the harbour master, NAME, cried.': a description
        named = _named_apposition(ctx, c, last)  # before the name apposed to it)
        if named < 0:
            return None
        src, c, rounds = (k, named - 1), named, 1
        if (verb := _frame_verb_after(ctx, c, last)) is not None:
            return Attribution(part, src, verb, "reporting_frame", QuoteKind.DIRECT)
    for _ in range(rounds):
        c = next((j for j in range(c + 1, min(last, c + FRAME_APPOSITION_TOKENS + 2)) if words[j] == ","), -1)
        if c < 0 or any(ctx.quote_of[j] >= 0 for j in range(src[1], c)) or c + 1 > last:
            return None
        if (verb := _frame_verb_after(ctx, c, last)) is not None:  # ('..., a clerk, had fumed.')
            return Attribution(part, src, verb, "reporting_frame", QuoteKind.DIRECT)
    return None


def _named_apposition(ctx: Context, c: int, last: int) -> int:
    """The comma that closes a name apposed after the comma *c* ('the harbour master, | Ada
    Quist |,'), or -1."""
    words = ctx.tokens.words
    end = next((j for j in range(c + 1, min(last, c + FRAME_APPOSITION_TOKENS + 2)) if words[j] == ","), -1)
    if end < c + 2 or not is_name_word(words[end - 1]):
        return -1
    name = np_left(ctx.tokens, end - 1, c, ctx.lexicon)
    return end if name is not None and name[0] == c + 1 else -1


def _frame_verb_after(ctx: Context, c: int, last: int) -> tuple[int, int] | None:
    """The character span of a frame verb right after the comma *c* that ends its clause."""
    if c + 1 > last:
        return None
    e = frame_verb(ctx.tokens.words, h := group_head(ctx.lows, c + 1, last), last)
    return (ctx.tokens.starts[h], ctx.tokens.ends[e]) if e >= 0 and frame_tail(ctx, e + 1, last) else None


def _subject_start(ctx: Context, s: Sentence) -> int:
    """The first token of sentence *s*'s subject, after an opening adverbial (-1 if none)."""
    subj = sentence_subject(ctx, s)
    return -1 if subj is None else subj[0]


#: Words that open a passive report's content after its agent: 'was asked by X whether ...'.
_AGENT_CONTENT_OPENERS = frozenset(["that", "whether", "if", "about", "why", "how", "what", "when"])


#: What the passive agent's rule gives: the content after the agent, or a quotation before the
#: subject ('"C," I was told by NAME').
PASSIVE_GIVES = ("cue_before_content", "cue_after_content")


def is_passive_with_agent(v: VerbCue) -> bool:
    """'X was asked by Y ...', 'X were told by Y ...': a passive speech verb with its agent."""
    i = v.i
    return (
        v.vclass == "speech"
        and i - 1 >= v.first
        and v.words[i - 1].lower() in COPULA
        and i + 2 <= v.last
        and v.words[i + 1].lower() == "by"
    )


def passive_agent(v: VerbCue) -> Found | None:
    """'Whitby was asked by host Ivo Sand, "C?"', 'The crews were told by the board that C':
    the agent after *by* speaks; the content is the quotation or clause after the agent."""
    ctx, words, last, lows = v.ctx, v.words, v.last, v.ctx.lows
    agent = np_right(ctx.tokens, v.i + 2, last, ctx.lexicon, closed=True)
    if agent is None:
        return None
    a = agent[1] + 1
    if a <= last and words[a] == ",":
        a += 1
    k = agent[1]
    while k > agent[0] and (lows[k] in TIME_WORDS or lows[k] in ("last", "this", "ago")):
        k -= 1  # 'by city officials last year that ...': the time phrase is no part of the agent
    agent = (agent[0], k)
    if a > last or words[a] in _SENTENCE_CLOSERS or _adjunct_to_end(v, agent[1] + 1):
        return _quoted_before_subject(v, agent)  # ('"C," I was told by NAME, ROLE.')
    if not (ctx.quote_of[a] >= 0 or lows[a] in _AGENT_CONTENT_OPENERS):
        return None
    b = content_end(ctx, a, last, relative=False)
    got = content(ctx, a, b)
    if got is None:
        return None
    part, kind = got
    return Attribution((part,), agent, v.cue, "cue_before_content", kind), a, b


#: The marks that close a sentence after a passive report's agent.
_SENTENCE_CLOSERS = frozenset([".", "!", "?"])


def _adjunct_to_end(v: VerbCue, a: int) -> bool:
    """Do tokens *a* .. the sentence's end hold only the agent's apposition or an adjunct ('...,
    lime burner at the kiln.', '... on Friday.'): after a comma or opening with a preposition,
    no quotation and no word that opens a content clause?"""
    ctx, lows, last = v.ctx, v.ctx.lows, v.last
    if a > last or not (lows[a] == "," or lows[a] in PREPOSITIONS):
        return False
    return all(ctx.quote_of[k] < 0 and lows[k] not in _AGENT_CONTENT_OPENERS for k in range(a, last + 1))


def _quoted_before_subject(v: VerbCue, agent: tuple[int, int]) -> Found | None:
    """'"C," I was told by NAME.', '"C," we were told by the ferry's skipper.': a quotation that
    closes right before the passive's subject (a pronoun or a noun phrase) is the agent's."""
    ctx = v.ctx
    subject = np_left(ctx.tokens, v.i - 2, v.first, ctx.lexicon)
    if subject is None:
        return None
    b = subject[0] - 1
    while b >= v.first and ctx.tokens.words[b] == ",":
        b -= 1
    if b < v.first or ctx.quote_of[b] < 0:
        return None
    span = ctx.spans[ctx.quote_of[b]]
    a = bisect.bisect_left(ctx.tokens.starts, span.start, v.first, b + 1)
    got = content(ctx, a, b)
    if got is None or got[0] != (span.start, span.end):
        return None
    return Attribution((got[0],), agent, v.cue, "cue_after_content", got[1]), a, b


def quantified_subject(v: VerbCue) -> bool:
    """The word before the verb ('one', 'another') is its whole subject: '"C," one said.',
    'Another added that ...' (not 'In one tweet')."""
    words, q, i, low, lows = v.words, v.prev, v.i, v.low, v.ctx.lows
    if lows[q] not in QUANTIFIER_PRONOUNS or not opens_clause(words, q, v.first):
        return False
    return i + 1 > v.last or not words[i + 1][:1].isalpha() or low.endswith("ed") or low in PAST_CUES


def phrasal_particle(v: VerbCue) -> bool:
    """A particle ending a phrasal verb is no cue: '"No," Dana Whitby shot back.', '"No,"
    fired back Tomas Grieg.', '"No," Dana Whitby hit back on Tuesday.' (not the verb 'to
    back')."""
    words, i, first, last, lows = v.words, v.i, v.first, v.last, v.ctx.lows
    return (
        v.low in PHRASAL_PARTICLES
        and i - 1 >= first
        and frame_verb(words, i - 1, last) == i
        and (
            i + 1 > last
            or not words[i + 1][:1].isalnum()
            or (i - 2 >= first and is_closing_quote(v.ctx, i - 2))
            or frame_tail(v.ctx, i + 1, last)
            or words[i - 1] in IRREGULAR_PAST  # 'the lights came back on'
            # 'shot back when told of it': an adverbial clause follows the particle, no object
            or lows[i + 1] in CLAUSE_SUBORDINATORS
            or lows[i + 1] in ADJUNCT_SUBORDINATORS
            or words[i + 1] == "that"  # 'shot back that C': the phrasal verb's clause (phrasal_frame_verb)
            or (words[i - 1].endswith("ed") and lows[i + 1] in PREPOSITIONS)  # 'pushed back on'
            # 'walked back the remarks': no finite verb follows a past form (not the verb 'to back';
            # but 'those surveyed back the plan', a reduced relative: RESPONDENT_PARTICIPLES)
            or (v.low == "back" and words[i - 1][-2:] == "ed" and words[i - 1] not in RESPONDENT_PARTICIPLES)
        )
    )


def noun_before_of(v: VerbCue) -> bool:
    """A present or base cue form before 'of' is a noun when a preposition or a determiner
    stands before it, over at most three lower-case modifiers: 'in a rare show of unity',
    'in symbolic show of support' (not a verb: 'show' has no 'of' object; 'said of her
    rival' and 'warned of delays' keep theirs, :data:`OF_OBJECT_VERBS`; 'a stern warning
    of delays' is a noun whatever its verb takes)."""
    words, i, first = v.words, v.i, v.first
    if i + 1 > v.last or words[i + 1] != "of" or v.low in PAST_CUES or v.low.endswith("ed"):
        return False
    if v.lemma in OF_OBJECT_VERBS and not v.low.endswith("ing"):  # ('a warning of delays': a noun)
        return False
    k = i - 1
    while k >= first and i - k <= 3 and words[k].isalpha() and words[k].islower():
        low = words[k]
        if (low in PREPOSITIONS and low != "to") or low in DETERMINERS:
            return True
        if low in v.ctx.lexicon.role_words:
            return False
        k -= 1
    return False


def headline_words(words: Sequence[str], a: int, b: int) -> bool:
    """Tokens *a* .. *b* read as a headline in title case: two or more capitalised words
    and at most one lower-case word but small function words ('Trump Fires Back')."""
    caps = lower = 0
    for w in words[a : b + 1]:
        if not w.isalpha():
            continue
        if w[:1].isupper():
            caps += 1
        elif w not in TITLE_SMALL_WORDS:
            lower += 1
    return caps >= 2 and lower <= 1


def _report_tail(ctx: Context, k: int, last: int) -> bool:
    """Tokens *k* .. *last* are only modifiers of a cue (``in a statement``, ``on Tuesday``,
    ``later``): an opening preposition, time word or adverb, then no clause (no *that*, comma,
    quotation mark, subject pronoun or second cue verb)."""
    if k > last:
        return True
    words, lows = ctx.tokens.words, ctx.lows
    low = lows[k]
    if not (low in REPORT_TAIL_OPENERS or low in TIME_WORDS or low in ADVERBS):
        return False
    verbs, marks = ctx.lexicon.verb_forms, ctx.lexicon.quote_tokens
    for w in words[k : last + 1]:
        if w in (",", ";", ":", "that") or w in marks or w in SUBJECT_PRONOUNS or w.lower() in verbs:
            return False
    return True


def report_ending(ctx: Context, s: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Sentence *s* ends on its speech cue, with only the cue's object and modifiers after it:
    ``Mara Quist, the union's spokeswoman, said in a statement.``, ``Lena Okafor agreed.``,
    ``Vance told reporters on Monday.``; also a gesture, ``She laughs.`` (:data:`GESTURE_FORMS`).
    Such a report has no content of its own: the
    quotation that opens the next sentence is what it reports. Returns the source token
    range and the cue's character range, or None. Reads at most
    :data:`REPORT_TAIL_TOKENS` tokens back from the sentence end."""
    tokens = ctx.tokens
    words, last = tokens.words, s.last - 1
    if words[s.last] != "." or last - s.first < 1:
        return None
    verbs, lows = ctx.lexicon.verb_forms, ctx.lows
    for k in range(last, max(s.first, last - REPORT_TAIL_TOKENS), -1):
        entry = verbs.get(lows[k]) or (("gesture", "speech") if words[k] in GESTURE_FORMS else None)
        if entry is None:
            continue
        lemma, kind = entry
        if kind != "speech" or not words[k].islower() or words[k].endswith("ing"):
            return None
        if any(w in REPORT_NEGATIONS for w in lows[max(s.first, k - 3) : k]):
            return None  # 'The ministry did not respond.' reports nothing
        a = k + 1
        if lemma in TELL_VERBS and a <= last:  # 'told reporters', 'told the Gazette'
            if words[a].lower() in OBJECT_PRONOUNS or words[a].lower() in ("reporters", "journalists"):
                a += 1
            else:
                obj = np_right(tokens, a, last, ctx.lexicon)
                if obj is None or obj[1] - obj[0] >= 6:
                    return None
                a = obj[1] + 1
        if not _report_tail(ctx, a, last):
            return None
        src = source_before(tokens, k, s.first, ctx.lexicon, lows=ctx.lows)
        if src is None or (src[0] != s.first and words[src[0] - 1] != ","):
            return None
        return src, (tokens.starts[k], tokens.ends[k])
    return None


def gerund_after_preposition(v: VerbCue) -> bool:
    """A gerund after a preposition or determiner is no cue: 'at the forefront of questioning'
    ('began by saying ...' is the participial rule's); any form after a preposition but *to*,
    *by* is a noun, never a finite verb: 'a blizzard of tweets', 'in states that ...'; a field's
    gerund (:data:`~quotex.lexicon.function_words.ING_MODIFIERS`) also after a lower-case
    modifier or two: 'head of urban planning, Ida Berg, said'."""
    prev, words, lows = v.prev, v.words, v.ctx.lows
    if v.low in ING_MODIFIERS and _field_gerund(v):
        return True
    if prev >= v.first and not v.low.endswith("ing"):
        return lows[prev] in PREPOSITIONS and lows[prev] not in ("to", "by")
    if (
        lows[prev] == "by"
        and v.vclass == "speech"
        and prev - 1 >= v.first
        and words[prev - 1].isalpha()
        and words[prev - 1].islower()
        and lows[prev - 1] not in DETERMINERS
        and not (prev - 2 >= v.first and lows[prev - 2] in COPULA)  # 'was marked by singing'
    ):
        return False
    return (
        v.low.endswith("ing")
        and prev >= v.first
        and (lows[prev] in PREPOSITIONS or lows[prev] in DETERMINERS)
    )


#: The most lower-case modifiers between a preposition or determiner and a field's gerund.
_FIELD_MODIFIERS = 2


def _field_gerund(v: VerbCue) -> bool:
    """Do one or two lower-case modifiers stand between the gerund at *v* and a preposition (not
    *to*, *by*) or determiner before them ('of urban planning', 'the regional marketing'), with
    no *to* or *that* after it ('the city planning to sell': a participle)?"""
    words, lows = v.words, v.ctx.lows
    if v.i + 1 <= v.last and lows[v.i + 1] in ("to", "that"):
        return False
    k = v.i - 1
    while (
        k >= v.first
        and v.i - k <= _FIELD_MODIFIERS
        and words[k].isalpha()
        and words[k].islower()
        and lows[k] not in PREPOSITIONS
        and lows[k] not in DETERMINERS
    ):
        k -= 1
    opener = k >= v.first and (lows[k] in DETERMINERS or lows[k] in PREPOSITIONS)
    return k < v.i - 1 and opener and lows[k] not in ("to", "by")


# ---------------------------------------------------------------- vetoes: a noun that looks like a cue verb


def plural_noun(v: VerbCue) -> bool:
    """A plural noun that looks like a verb: 'many Asian states, and ...', 'his claims'."""
    words, low, prev, i, lows = v.words, v.low, v.prev, v.i, v.ctx.lows
    return (
        low.endswith("s")
        and not low.endswith("ss")
        and prev >= v.first
        and (
            lows[prev] in DETERMINERS
            or lows[prev] in QUANTIFIERS
            or (lows[prev] in NUMBER_WORDS and lows[prev] != "one")  # 'two states'
            or plural_count(words, prev, v.first)  # 'in 12 states'
            or words[prev] in ("'s", "’s")
            or (
                is_name_word(words[prev])
                and lows[prev].endswith(ADJECTIVE_SUFFIXES)
                and i + 1 <= v.last
                and not words[i + 1][:1].isalpha()
                # 'many Asian states': the adjective follows a determiner; after a quotation
                # or a first name it is a surname ('"Go," Coleman says.', 'Ruth Duncan adds')
                and prev - 1 >= v.first
                and (lows[prev - 1] in DETERMINERS or lows[prev - 1] in QUANTIFIERS)
            )
        )
    )


def noun_after_determiner(v: VerbCue) -> bool:
    """A noun that looks like a verb: 'In one tweet', 'the dispute', 'his post', 'former
    champion', 'NAME, whose show airs at dawn' (the relative determiner *whose* is always
    followed by its noun, Quirk et al. §6.34); or part of a compound: 'so-called'."""
    words, prev, lows = v.words, v.prev, v.ctx.lows
    return prev >= v.first and (
        (lows[prev] in NOUN_DETERMINERS and not quantified_subject(v))
        or lows[prev] == "whose"
        # 'Former champion Ada Quist, 41, said'; not *the former* as a pronoun: 'The former said C'
        or (lows[prev] in _NOUN_ONLY_ADJECTIVES and not (prev > v.first and lows[prev - 1] == "the"))
        or (words[prev] == "-" and v.ctx.tokens.ends[prev] == v.ctx.tokens.starts[v.i])
        or (
            v.low in (v.lemma, v.lemma + "s")  # (a plain or -s form, which may be a noun; not 'said')
            and _after_possessive_adjective(words, prev, v.first, v.ctx.lexicon.role_words)
        )
    )


#: Adjectives that only ever modify a noun, never precede a verb: 'former champion', 'onetime
#: advocate' (a cue homograph after one is the noun).
_NOUN_ONLY_ADJECTIVES = frozenset("former erstwhile onetime one-time".split())
#: Adjectives that stand between a possessive pronoun and its noun ('their old shows', 'her
#: own concern'), with the adjective endings that no noun of a person has (not '-ant',
#: '-ent': 'his opponent says').
_POSSESSED_ADJECTIVES = frozenset("own old new first final last latest recent former usual whole".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less")
#: Possessive pronouns that are never an object ('her' is one: 'told her aides'), and the
#: relative determiner *whose* ('whose latest show').
_POSSESSIVES = frozenset("his their its my our your whose".split())


def _after_possessive_adjective(
    words: Sequence[str], prev: int, first: int, role_words: frozenset[str]
) -> bool:
    """Do one or two adjectives after a possessive pronoun end at *prev*, so that the cue word
    after them is their noun ('their old shows', 'his amorphous support', 'her own concern';
    not 'his closest advisers say', whose noun comes before the verb)?"""
    k = prev
    while (
        k >= first
        and prev - k < 2
        and words[k].isalpha()
        and words[k].islower()
        and words[k] not in role_words  # ('his representative says', 'their official')
        and (words[k] in _POSSESSED_ADJECTIVES or words[k].endswith(_ADJECTIVE_ENDINGS))
    ):
        k -= 1
    if k == prev or k < first:
        return False
    low = words[k].lower()
    return low in _POSSESSIVES or (low == "her" and words[k + 1] == "own")


def compound_noun(v: VerbCue) -> bool:
    """A noun inside a compound: 'a talk show host', 'the news release date', or a fixed
    compound ('the think tank', 'the talk show warned': :func:`in_fixed_compound`)."""
    words, prev, i, role_words = v.words, v.prev, v.i, v.ctx.lexicon.role_words
    return in_fixed_compound(v.ctx.lows, v.i, v.first, v.last) or (
        prev - 1 >= v.first
        and v.ctx.lows[prev - 1] in DETERMINERS
        and words[prev].islower()
        and words[prev].isalpha()
        and words[prev] not in role_words
        and i + 2 <= v.last
        and words[i + 1] in role_words  # a singular role noun, no determiner
        and not words[i + 1].endswith("s")
        and words[i + 1] not in ("police", "staff", "security")
    )
