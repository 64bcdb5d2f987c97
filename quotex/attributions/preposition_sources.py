"""Helpers of the ``according_to`` rule (:func:`quotex.attributions.cue_rules.according_to`):
where the content of a source preposition lies and what its phrase holds.

* :func:`clause_before`: *according to X* with no comma after a clause credits that clause.
* :func:`names_a_source`: with no comma, the phrase must name a person, body, document or name
  (*according to the timetable* means 'in accordance with' and credits nobody).
* :func:`reported_clause`: after a fronted *According to X,* a clause with its own verb of
  speech is that speaker's report.
* :func:`modifier_comma`: the comma that closes a fronted document's modifier.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import Context, is_issued_noun, is_source_noun
from quotex.attributions.non_reports import past_apposition
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES, TIME_WORDS
from quotex.lexicon.grammar import (
    CLAUSE_SUBORDINATORS,
    FINITE_AUXILIARIES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    LINKING_WORDS,
    MODALS,
    SUBORDINATORS,
)
from quotex.mentions import is_name_word
from quotex.mentions.comma_titles import comma_body
from quotex.mentions.naming_phrases import naming_clause_end
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.words import is_role, syllable_pair

#: Words after which a source preposition opens its clause ('that according to X, C', 'which
#: according to X is ...', 'and according to X'): no content stands before it.
_OPENS_CLAUSE = (
    SUBORDINATORS
    | CLAUSE_SUBORDINATORS
    | LINKING_WORDS
    | frozenset("that which who whom whose what where if whether and but or nor so yet than".split())
)
#: The fewest tokens of a clause before a source preposition with no comma.
_CLAUSE_TOKENS = 3


def clause_before(ctx: Context, floor: int, i: int) -> bool:
    """A source preposition with no comma before it, after at least three words of a clause:
    'Marsh leads Keane by 40 votes according to a count by the clerk.' The phrase modifies the
    clause before it (Quirk et al. 1985, §8.85: a content disjunct in final position). Not after a
    word that opens a clause ('He said that according to X the pier ...', 'which according to X
    is ...') or a verb of the lexicon ('said according to X'), nor after a quotation."""
    words, lows = ctx.tokens.words, ctx.lows
    if i - floor < _CLAUSE_TOKENS or ctx.quote_of[i - 1] >= 0:
        return False
    before = words[i - 1]
    low = lows[i - 1]
    return (
        before[:1].isalnum()
        and low not in _OPENS_CLAUSE
        and low not in ctx.lexicon.verb_forms
        and not any(words[k] in (";", ":") for k in range(floor, i))
    )


def names_a_source(words: Sequence[str], src: tuple[int, int], lexicon: Lexicon) -> bool:
    """Does the phrase after a source preposition with no comma before it name a source: a
    name, or a person, body or document noun before any *of* ('the harbour authority', 'a poll
    released Monday', 'Ana Berg'), or an issuer after *by* or *from* ('a count by the county
    clerk')? Without a comma *according to* also means 'in accordance with' ('went according to
    plan', 'ran according to the timetable', 'acted according to the rules of the House'),
    which credits nobody."""
    head = next((k for k in range(src[0], src[1] + 1) if words[k] == "of"), src[1] + 1)
    spans = [range(src[0], head)]
    if src[1] + 1 < len(words) and words[src[1] + 1] in ("by", "from"):
        end = min(len(words), src[1] + 6)  # ('a count by the county clerk': the issuer)
        end = next((k for k in range(src[1] + 2, end) if not words[k][:1].isalnum()), end)
        spans.append(range(src[1] + 2, end))
    return any(
        is_name_word(words[k]) or is_source_noun(words[k].lower(), lexicon) or is_issued_noun(words[k])
        for span in spans
        for k in span
    )


#: The most tokens of a name before a reporting verb ('Jan-Willem ter Horst said').
_NAME_TOKENS = 6


def reported_clause(ctx: Context, k: int, last: int) -> bool:
    """Does a clause of its own open at token *k*: a name or a personal pronoun, then a verb
    of speech ('Ana Berg said', 'she told')? Then a fronted source preposition credits only
    the report, and the quotation is that speaker's. An apposition may stand between
    (:func:`~quotex.attributions.non_reports.past_apposition`: 'Ana Berg, fleet director at X,
    told staff'), or the name may close one ('the first officer, Ana Berg, said')."""
    words, lexicon = ctx.tokens.words, ctx.lexicon
    j = k
    if j <= last and words[j].lower() in ("he", "she", "they"):
        j += 1
    else:
        while (
            j <= last
            and j - k < _NAME_TOKENS
            and (
                is_name_word(words[j])
                or words[j] == "-"
                or words[j] in NAME_PARTICLES
                or (j - 2 >= k and syllable_pair(ctx.tokens, j - 2))  # ('Ji-woo Park', 'Seo Jae-won')
            )
        ):
            j += 1
        if j == k or not (is_name_word(words[j - 1]) or (j - 3 >= k and syllable_pair(ctx.tokens, j - 3))):
            return False
        j = past_apposition(ctx, j - 1, last) + 1
        j += j < last and words[j] == "," and words[k - 1] == ","  # ('the first officer, NAME, said')
    return j <= last and lexicon.verb_forms.get(words[j].lower(), ("", ""))[1] == "speech"


def modifier_comma(ctx: Context, k: int, last: int) -> int:
    """The comma that closes the modifier of a fronted document starting at token *k* (a
    relative or participial clause: 'According to an email X sent to customers on Monday, C'; a
    time phrase after its issuer: 'According to figures released by X | on Friday, C'),
    opened by a past participle, within eight tokens (a relative clause, or a participle's clause
    set off by a comma, within :data:`_RELATIVE_REACH`: 'According to two people who were at the
    meeting and spoke on condition of anonymity because the talks were private, C') and with no
    quotation before it; else *k*."""
    words = ctx.tokens.words
    named = naming_clause_end(words, ctx.lows, k, last) if k <= last else -1
    if named >= 0 and named + 1 <= last and words[named + 1] == ",":
        return named + 1  # ('According to a nurse who gave her name as NAME, C')
    verb = words[k] if k <= last else ""
    if verb.lower() in _TIME_LEADS and k + 2 <= last:  # ('figures released by X | on Friday |, C')
        stop = next((m for m in range(k + 1, min(last, k + 3) + 1) if words[m] == ","), -1)
        if stop > k + 1 and ctx.lows[stop - 1] in TIME_WORDS:
            return stop
    if verb.lower() not in ("who", "which") and not (
        verb.islower() and (verb.endswith("ed") or verb in IRREGULAR_PAST or verb in IRREGULAR_PARTICIPLES)
    ):
        return k  # ('According to the report the mill would ...': no modifier, a clause)
    # ('who ... because ...,'; a participle set off by a comma closes with one too: 'According to
    # the complaint, filed by X against Y in the Z Court, C')
    reach = _RELATIVE_REACH if verb.lower() in ("who", "which") or words[k - 1] == "," else 8
    for m in range(k, min(last, k + reach) + 1):
        if words[m] == ",":
            return m
        if ctx.quote_of[m] >= 0 or words[m] in (".", ";", ":", "?", "!"):
            break
    return k


#: Words that open a time phrase after a fronted document's issuer ('on Friday', 'last week').
_TIME_LEADS = frozenset("on last this earlier late early".split())
#: The most tokens of a fronted source's relative clause before its comma.
_RELATIVE_REACH = 24
#: The most tokens of a source's apposition :func:`apposition_comma` reads.
_APPOSITION_REACH = 20


def apposition_comma(ctx: Context, k: int, last: int) -> int:
    """The comma that closes an apposition to a fronted source's name, when the comma at token
    *k* opens one that holds a role noun and no verb of its own before a relative pronoun
    ('According to NAME, | pipe major at BODY since 1987 |, C', '..., | a former shipwright who
    now runs the yard's training |, C'), or the colon before a quotation that closes it; else *k*."""
    words, lows = ctx.tokens.words, ctx.lows
    if k + 2 > last or words[k] != "," or not is_name_word(words[k - 1]):
        return k
    if (body := comma_body(ctx.tokens, k - 1, last, ctx.lexicon)) > k - 1:
        return body + 1 if body < last and words[body + 1] == "," else k  # ('NAME, Chairman, BODY, C')
    role = relative = False
    for m in range(k + 1, min(last, k + _APPOSITION_REACH) + 1):
        w, low = words[m], lows[m]
        if w == "," or (w in (":", "):") and m + 1 <= last and ctx.quote_of[m + 1] >= 0):
            return m if role and m > k + 1 else k  # (or the colon before a quotation: 'In the words of
            # NAME, a wheelwright in Mirefield: "C"')
        if ctx.quote_of[m] >= 0 or w in (".", ";", ":", "?", "!"):
            return k
        relative = relative or low in ("who", "which", "whose")
        verb = low in FINITE_AUXILIARIES or low in MODALS or (low in ctx.lexicon.verb_forms and w.islower())
        if verb and not relative:
            return k  # ('According to NAME, the plan will fail': a clause, no apposition)
        role = role or (
            not relative and w.islower() and (is_role(w, ctx.lexicon) or agent_noun(low, ctx.lexicon))
        )
    return k
