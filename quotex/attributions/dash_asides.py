"""Dashes inside a reported clause: an aside between dashes that holds a credited quotation
('rejected the rota - "C," Lind said - and left'), and an interruption between two dashes after
which the reported clause resumes ('a rift between the growers -- mainly the smaller farms --
and the co-operative').

Input: the context of a sentence, the index of the dash and the last token of the clause.
Output: whether the aside is credited, or the index of the dash that closes an interruption.
Used by :func:`.clauses.content_end`.
"""

from __future__ import annotations

from quotex.attributions.context import Context, ends_with_punctuation
from quotex.lexicon.grammar import (
    DASHES,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    LATE_SUBORDINATORS,
    MODALS,
    SUBORDINATORS,
)
from quotex.mentions import is_name_word

#: How many tokens a quotation's credit inside an aside may hold: '- "C," Ida Strand, the
#: union's lawyer, said on Monday -'.
ASIDE_CREDIT_TOKENS = 14


def credited_aside(ctx: Context, k: int, last: int) -> bool:
    """The dash or bracket at token *k* opens an aside that holds a quotation and its credit
    ('- "C," Lind said -', '("C," wrote Lind on Monday)', '- "C?" asked Lind.'): the quotation
    ends in ``, ? !`` and, before the aside closes (or the sentence ends), a speech verb of
    the lexicon or a frame verb ('fumed') stands next to a name or a subject pronoun."""
    words = ctx.tokens.words
    qo = ctx.quote_of
    q = qo[k + 1]
    if not ends_with_punctuation(ctx.tokens.text, ctx.spans[q]):
        return False
    j = k + 1
    while j <= last and qo[j] == q:
        j += 1
    closer = ")" if words[k] == "(" else None
    verbs = ctx.lexicon.verb_forms
    verb = speaker = False
    ends, starts = ctx.tokens.ends, ctx.tokens.starts
    for m in range(j, min(last, j + ASIDE_CREDIT_TOKENS) + 1):
        w = words[m]
        if w == "-" and ends[m - 1] == starts[m]:
            continue  # a hyphen inside a name: 'Aldana-Price'
        if qo[m] >= 0 or w == closer or (closer is None and w in DASHES) or w in (";", ":"):
            break
        low = w.lower()
        if w.islower() and (verbs.get(low, ("", ""))[1] == "speech" or _frame_like(w)):
            verb = True
        elif low in SUBJECT_PRONOUN_WORDS or is_name_word(w):
            speaker = True
    return verb and speaker


#: Subject pronouns that can credit a quotation in an aside.
SUBJECT_PRONOUN_WORDS = frozenset(["he", "she", "they", "i", "we"])


def _frame_like(w: str) -> bool:
    """A lower-case word with a verb ending, as a reporting frame's verb ('fumed', 'implores')."""
    return w.isalpha() and len(w) > 3 and w.endswith(("ed", "es")) and not w.endswith(("ss", "us", "is"))


#: How many tokens an interruption between two dashes may hold ('-- mainly the smaller farms --').
DASH_ASIDE_TOKENS = 20

#: The dashes that open and close an interruption (a hyphen between spaces is left alone: some
#: publishers set every dash so, others only ranges and compounds).
INTERRUPTION_DASHES = frozenset(["--", "—", "–"])

#: Words after a closing dash that open a clause of their own ('-- he was criticized ...').
_NEW_SUBJECTS = frozenset("he she they we i it you there".split())

#: Words that join a second predicate when a verb follows ('-- and left', '-- but invoked').
_JOINERS = frozenset("and but or yet so".split())

#: Tokens that end an interruption unclosed: the dash was an afterthought's.
_UNCLOSED = frozenset([";", ":", ".", "?", "!", "(", ")"])


def dash_interruption(ctx: Context, k: int, last: int) -> int | None:
    """The dash at token *k* opens an interruption that a second dash closes within
    :data:`DASH_ASIDE_TOKENS`, and the interrupted clause resumes after it: 'a rift between
    the growers -- mainly the smaller farms -- and the co-operative', 'believes the new
    ferries – at least the two built in Leith – are unsafe', '46 percent of the members —
    and a third of the staff — remain undecided' (Quirk et al. 1985, §15.53: a parenthesis
    set off by paired dashes leaves the clause around it whole). Returns the closing dash's
    index, or None when the dash ends the clause: no second dash (an afterthought, 'the plan
    would fail — a view shared by the union'), a quotation or a sentence end before it, or a
    clause of its own after it (a subject pronoun, a subordinator of contrast as after a
    comma, or a joiner before a finite verb: '-- who cited the fares -- and left', '-- and the
    mayor agreed')."""
    words, qo = ctx.tokens.words, ctx.quote_of
    close = -1
    for m in range(k + 1, min(last, k + DASH_ASIDE_TOKENS + 1)):
        if qo[m] >= 0 or words[m] in _UNCLOSED:
            return None
        if words[m] in INTERRUPTION_DASHES:
            close = m
            break
    if close < 0 or close + 1 > last or qo[close + 1] >= 0:
        return None
    nxt = words[close + 1]
    if not (nxt.isalpha() and nxt.islower()) or nxt in _NEW_SUBJECTS:
        return None
    if nxt in SUBORDINATORS and nxt not in LATE_SUBORDINATORS:
        return None  # '-- a dream for many -- while the mayor ...': the reporter's contrast
    if nxt in _JOINERS and _second_predicate(ctx, close + 2, last):
        return None
    return close


#: Past forms that :data:`IRREGULAR_PAST` leaves out (they are also adjectives or nouns).
_MORE_PAST = frozenset("left won found went".split())

#: How far after a joiner its verb may stand ('-- and the harbour master agreed').
_PREDICATE_TOKENS = 8


def _second_predicate(ctx: Context, b: int, last: int) -> bool:
    """A finite verb stands within :data:`_PREDICATE_TOKENS` of token *b*, before a comma or a
    quotation: what follows the joiner is a clause or a predicate of its own ('and left', 'and
    the mayor agreed'), not the second half of a coordinated phrase ('and the co-operative')."""
    words, verbs = ctx.tokens.words, ctx.lexicon.verb_forms
    for m in range(b, min(last, b + _PREDICATE_TOKENS) + 1):
        w = words[m]
        if ctx.quote_of[m] >= 0 or not w.isalpha():
            return False
        if w.islower() and (
            w in IRREGULAR_PAST
            or w in _MORE_PAST
            or w in FINITE_AUXILIARIES
            or w in MODALS
            or (w.endswith("ed") and len(w) > 4)
            or verbs.get(w, ("", ""))[1] == "speech"
        ):
            return True
    return False
