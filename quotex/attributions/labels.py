"""Labels and relative clauses inside a reported content, read by
:func:`~quotex.attributions.clauses.content` and :func:`~quotex.attributions.clauses.content_end`.

A quotation after a label participle or in apposition to a label noun (`a notice headed "C"`,
`with the slogan "C"`) is a label, nobody's words: a noun phrase's content ends before it
(:func:`before_label`). A *that* right after a determiner and a noun, then a finite auxiliary,
opens the noun's relative clause, no report (:func:`noun_relative`). A past perfect reported
clause goes on over *and* and a bare *-ed* form whose *had* is elided (:func:`perfect_goes_on`).
A word of naming set off by a comma after a noun (*The measure, quickly dubbed the "X",*) is no
cue (:func:`set_off_label`, the sieve's ``not_a_report`` filter).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.context import Context
from quotex.attributions.model import Found
from quotex.lexicon.function_words import DETERMINERS, PRONOUNS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import ADVERBS, AUXILIARIES, FINITE_AUXILIARIES, LABEL_WORDS, MODALS, PREPOSITIONS

#: Nouns that name a quotation as a label, not as anyone's words: 'with the slogan "C"'.
LABEL_NOUNS = frozenset(
    """slogan slogans motto mottos mottoes chant chants headline headlines heading hashtag hashtags tagline
    catchphrase jingle caption subtitle nickname""".split()
)
#: Participles that give a thing its label: 'a notice headed "C"', 'a memo titled "C"'.
LABEL_PARTICIPLES = frozenset(
    "headed titled entitled captioned subtitled labelled labeled nicknamed headlined".split()
)


def before_label(ctx: Context, a: int, b: int) -> int:
    """The last token of content tokens *a..b* before a quotation that is a label: one after a
    label participle ('a notice on its website | headed "Service Update"') or in apposition to a
    label noun ('| with the slogan "Built Here"'). The label is nobody's words, so the content
    ends before the phrase that holds it (the participle, or the preposition or determiner
    before the noun); *b* when there is none or nothing would be left. Only a noun phrase's
    content (opened by a determiner) is cut: a clause keeps its label ('said Clinton's plight
    recalls the book titled "C"', as PolNeAR annotates)."""
    words, lows = ctx.tokens.words, ctx.lows
    # the tokens of a+1..b where a quotation's run opens (quote_of[k] >= 0 and quote_of[k - 1]
    # != quote_of[k]): a bisection in the text's run openings, not a walk over the tokens
    firsts = ctx.index.span_first_tokens
    lo = bisect.bisect_left(firsts, a + 1)
    if lo == len(firsts) or firsts[lo] > b:
        return b  # (most contents open no quotation after their first token)
    for k in firsts[lo : bisect.bisect_right(firsts, b, lo)]:
        j = k - 2 if words[k - 1] in (",", ":") else k - 1
        low = lows[j] if j >= a else ""
        cut = -1
        if low in LABEL_PARTICIPLES and j - 1 >= a and _noun_before(words[j - 1]):
            cut = j  # ('a notice headed "C"'; not 'which staff have nicknamed "C"': a finite verb)
        elif low in LABEL_NOUNS:
            cut = j
            for m in range(j - 1, max(a, j - 4) - 1, -1):
                if lows[m] in DETERMINERS or lows[m] in ("with", "under", "in", "on"):
                    cut = m
                elif not (words[m].isalpha() and words[m].islower()):
                    break
        if cut > a + 1 and lows[a] in DETERMINERS and _label_ends_content(ctx, k, b):
            return cut - 1
    return b


def _noun_before(word: str) -> bool:
    """Can *word*, before a participle, end a noun phrase (no auxiliary, adverb, pronoun)?"""
    low = word.lower()
    return word[:1].isalnum() and not any(
        low in group for group in (AUXILIARIES, ADVERBS, PRONOUNS, STOP_WORDS)
    )


def _label_ends_content(ctx: Context, k: int, b: int) -> bool:
    """After the quotation opening at token *k*, only punctuation or an adjunct (a preposition
    or a time word first) is left of the content ending at *b*: the label closes it ('a notice
    headed "C" on Friday'), not an aside inside a clause that goes on ('said the ad, titled "C,"
    was misleading')."""
    words, qo, lows = ctx.tokens.words, ctx.quote_of, ctx.lows
    m = k
    while m <= b and qo[m] == qo[k]:
        m += 1
    while m <= b and not words[m][:1].isalnum():
        m += 1
    return m > b or lows[m] in PREPOSITIONS or lows[m] in TIME_WORDS


def noun_relative(ctx: Context, a: int) -> bool:
    """A content opening with *that* right after a determiner and a lower-case noun (a cue word
    too: 'the chant'), then a finite auxiliary or modal with no subject between ('answered with
    the chant | that has followed her ...'): *that* opens the noun's relative clause (its
    subject is the noun), not a reported clause, which needs a subject of its own."""
    words = ctx.tokens.words
    if a < 1 or a + 1 >= len(words) or ctx.lows[a] != "that":
        return False
    before, nxt = words[a - 1], words[a + 1]
    noun = a >= 2 and ctx.lows[a - 2] in DETERMINERS and before.isalpha() and before.islower()
    noun = noun and before not in STOP_WORDS and before not in ADVERBS and before not in PRONOUNS
    return noun and nxt.islower() and (nxt in FINITE_AUXILIARIES or nxt in MODALS)


def perfect_goes_on(words: Sequence[str], qo: Sequence[int], a: int, k: int, m: int) -> bool:
    """'said that it had conveyed its regret | and asked that ...': a reported *that* clause in
    the past perfect, then *and* and a bare form in -ed before *that*: the perfect's auxiliary
    is left out of the second verb ('had conveyed ... and [had] asked'), which goes on in the
    reported clause, as 'and had asked' does (``clauses._NOT_PLAIN_ADVERBS``)."""
    if words[a].lower() != "that" or not words[m].endswith("ed") or m + 1 >= len(words):
        return False
    perfect = any(words[x] == "had" and qo[x] < 0 for x in range(a + 1, min(k, a + 6)))
    return perfect and words[m + 1].lower() == "that"


def set_off_label(ctx: Context, found: Found) -> bool:
    """Is the cue a word of naming (:data:`~quotex.lexicon.grammar.LABEL_WORDS`, but *called*,
    which reports after a subject's apposition too: 'Ana Roe, the mayor, called it "a farce"')
    that a comma sets off after a noun, maybe past an adverb ('The measure, quickly dubbed the
    "pasty tax", will ...')? A participle that names a thing, no one's report."""
    att = found[0]
    if att.cue is None:
        return False
    low = ctx.tokens.text[att.cue[0] : att.cue[1]].lower()
    if low not in LABEL_WORDS or low == "called":
        return False
    words = ctx.tokens.words
    cue = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    k = cue - 1 - (cue >= 2 and ctx.lows[cue - 1].endswith("ly"))
    return k >= 1 and words[k] == "," and words[k - 1][:1].isalnum()
