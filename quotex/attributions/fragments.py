"""The owner of a quoted fragment inside a sentence no cue claimed (rule ``quoted_fragment``).

Input: the context, a sentence and the first token of a quotation inside it. Output: the
attribution (the sentence's subject speaks; the content is the clause after its verb) and its
content tokens, or None. Used by :mod:`.sieve` once per sentence; and whether a quotation no cue
claimed is long enough to be somebody's words (:func:`sentence_like`).
"""

from __future__ import annotations

import bisect

from quotex.attributions.clauses import content, content_end, quotation_last
from quotex.attributions.context import Context, title_case
from quotex.attributions.model import Attribution
from quotex.attributions.naming import definite_name
from quotex.attributions.subjects import sentence_subject
from quotex.lexicon.function_words import NOT_NAMES, STOP_WORDS
from quotex.lexicon.grammar import (
    ADVERBS,
    CLAUSE_SUBORDINATORS,
    CONTRACTION,
    COPULA,
    CUE_MODIFIER_OPENERS,
    FRAGMENT_PARTICLES,
    FRAGMENT_VERB_STOPS,
    FRONTING_PREPOSITIONS,
    LABEL_WORDS,
    MODALS,
    PREPOSITIONS,
)
from quotex.mentions import is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence

__all__ = ["fragment_owner"]

#: Forms of the verbs that give a thing its name (a cue rule vetoes them after a crowd:
#: ``naming.crowd_names_a_thing``).
_NAME_GIVING_FORMS = frozenset(
    "call calls called calling dub dubs dubbed dubbing nickname nicknames nicknamed nicknaming".split()
)


#: Forms of *know*, which names a thing with *as* ('Parishioners know NAME as "the Night Watchman"').
_KNOWING_FORMS = frozenset("know knows knew known".split())

#: Definite determiners and possessives before a quotation that premodifies a noun (not *a*,
#: whose noun may be the quotation's own head: 'a "global town square" open to all'; not
#: *that*, also a complementizer).
_PREMODIFIER_DETERMINERS = frozenset("the this these those his her its their our".split())


#: Words that may follow the premodified noun: a preposition or a subordinator of time.
_AFTER_HEAD = PREPOSITIONS | CUE_MODIFIER_OPENERS | FRONTING_PREPOSITIONS | CLAUSE_SUBORDINATORS


def _premodifier(ctx: Context, k: int, end: int) -> bool:
    """Does the quotation at token *k* (ending at character *end*) stand between a definite
    determiner and its head noun ('passed the "bridge to nowhere" bill on Friday', 'her "pay as
    you go" plan')? A phrase in that place modifies the noun as a compound's first part does: it
    names the thing, and nobody is quoted. The head is a lower-case word after the closing mark
    that is no function word, adverb, past form or inflected verb (a verb's base form may be a
    noun: 'plan', 'pledge'), before a preposition, a subordinator of time or punctuation."""
    words, lows = ctx.tokens.words, ctx.lows
    if k == 0 or lows[k - 1] not in _PREMODIFIER_DETERMINERS:
        return False
    n = bisect.bisect_left(ctx.tokens.starts, end)
    if n + 1 >= len(words):
        return False
    head, after = words[n], words[n + 1]
    return (
        head.isalpha()
        and head.islower()
        and head not in STOP_WORDS
        and head not in ADVERBS
        and ctx.lexicon.verb_forms.get(head, (head, ""))[0] == head  # (a noun homograph: 'plan')
        and not head.endswith(("ly", "ed"))
        and (after.lower() in _AFTER_HEAD or not after[:1].isalnum())
    )


#: The prepositions of a hometown set off by commas after an age ('Ana Roe, 26, of Easterlow,').
_HOMETOWN_LINKS = frozenset(["of", "from"])


def fragment_owner(ctx: Context, s: Sentence, k: int) -> tuple[Attribution, int, int] | None:
    """``X admires Y as a "strong leader"``: a quoted fragment (first token *k*) inside a
    sentence no cue claimed belongs to the sentence's subject; the content is the
    clause after the subject's verb. Returns the attribution and its content tokens."""
    words, lows = ctx.tokens.words, ctx.lows
    subj = sentence_subject(ctx, s)
    if subj is None or subj[1] + 2 >= k:
        return None
    span = ctx.spans[ctx.quote_of[k]]
    inner = ctx.tokens.text[span.start : span.end]
    # (two words after *as* and an object are a predicate's: 'remembered him as "utterly fearless"';
    # not a name's, nor after a participle: 'vacations disguised as "fact-finding trips"')
    predicate = (
        lows[k - 1] == "as"
        and not lows[k - 2].endswith("ed")
        and not title_case(ctx.tokens.text, span, min_caps=1)
    )
    if len(inner.split()) < 3 - predicate or lows[k - 1] in LABEL_WORDS or _premodifier(ctx, k, span.end):
        return None  # a scare quote, a label or a name: 'their "no limits" partnership'
    # (past the comma closing the subject's apposition: 'Ana Roe, the chair of X, | remembered her as "C"')
    j = subj[1] + 1 + (words[subj[1] + 1] == "," and "," in words[subj[0] : subj[1]])
    if words[j] == "(":
        while j <= s.last and words[j] != ")" and ctx.quote_of[j] < 0:
            j += 1
        j += 1
    while j <= s.last and words[j] == ",":  # 'Strand, in particular, has ...', 'X, 26, of Y, was'
        m = j + 1
        while m <= s.last and m - j < 6 and words[m] != "," and ctx.quote_of[m] < 0:
            m += 1
        if m > s.last or words[m] != ",":
            return None
        j = m + 1 if m + 1 > s.last or lows[m + 1] not in _HOMETOWN_LINKS else m  # (', of Easterlow,')
    head = words[subj[1]]
    if not (
        head.lower() in ("he", "she", "they", "i", "we")
        or (is_name_word(head) and head.lower() not in NOT_NAMES)
        or head.lower() in ctx.lexicon.role_words
        or head.lower() in ctx.lexicon.organization_nouns
    ):
        return None  # the owner of somebody's words is a person or an organisation
    v = j
    passive = False
    while v < k and (
        lows[v] in ADVERBS
        or lows[v] in MODALS
        or lows[v] in FRAGMENT_VERB_STOPS
        or (words[v].endswith("ly") and words[v].islower())
    ):
        passive = passive or lows[v] in COPULA
        v += 1
    if v >= k:
        return None
    low = lows[v]
    if (
        not (words[v].isalpha() and words[v].islower())
        or low in STOP_WORDS
        or low in PREPOSITIONS  # (no verb: 'X, 26, of Easterlow was ...' read past no apposition)
        or (passive and not low.endswith("ing"))
    ):
        return None
    naming = any(w.lower() in _NAME_GIVING_FORMS for w in words[v:k])  # ('have taken to calling X')
    naming = naming or (lows[k - 1] == "as" and any(w in _KNOWING_FORMS for w in lows[v:k]))  # ('know X as')
    if naming and (title_case(ctx.tokens.text, span, min_caps=1) or definite_name(ctx, k)):
        return None  # 'Fans call the arena "the Biscuit Tin"', '... "the chimney"': a name, no words
    a = v + 1
    while a < k and lows[a] in FRAGMENT_PARTICLES:
        a += 1  # 'has gone after the board as "..."
    if a > k:
        return None
    b = content_end(ctx, a, s.last, relative=False)
    for m in range(k + 1, b):  # the clause ends at ', but ...' or ', comparing ...'
        if (
            words[m] == ","
            and ctx.quote_of[m] < 0
            and (lows[m + 1] in ("but", "while", "and") or lows[m + 1].endswith("ing"))
        ):
            b = m - 1
            break
    if b < k:
        return None
    got = content(ctx, a, b)
    if got is None:
        return None
    (cs, ce), kind = got
    tokens = ctx.tokens
    return (
        Attribution(((cs, ce),), subj, (tokens.starts[v], tokens.ends[a - 1]), "quoted_fragment", kind),
        a,
        b,
    )


def sentence_like(text: str, span: QuoteSpan) -> bool:
    """A quotation long enough, or punctuated enough, to be somebody's words,
    and not a title in title case ("People Before Cranes", "Harbours at the Crossroads")."""
    if title_case(text, span, one_word=False):
        return False
    inner = text[span.start : span.end]
    # (a contraction is two words: '"We'll see."' is as long as '"We will see."')
    words = inner.count(" ")
    if "'" in inner or "’" in inner:
        words += len(CONTRACTION.findall(inner))
    return words >= 5 or (words >= 2 and any(c in inner[-3:] for c in ".?!,"))


def quoted_list_end(ctx: Context, b: int, last: int) -> int:
    """The last token of a list of quotations whose first ends at token *b* (up to *last*):
    each next item follows a comma, *and*, *or* or both and opens with a quotation ('three words
    for the plan: "costly", "rushed" and "unfair"', '"costly," "rushed" and "unfair"'); *b* when
    no item follows."""
    words, qo = ctx.tokens.words, ctx.quote_of
    k = b
    while k + 2 <= last:
        j = k + 1
        if words[j] == ",":
            j += 1
        if j <= last and words[j].lower() in ("and", "or"):
            j += 1
        if j > last or qo[j] < 0 or qo[j] == qo[k] or (j == k + 1 and not _ends_in_comma(ctx, qo[k])):
            return k  # (no item: a comma between the two, or inside the first's marks: '"X," "Y"')
        k = quotation_last(ctx, j, last)
    return k


def _ends_in_comma(ctx: Context, q: int) -> bool:
    """Does quotation *q* end in a comma inside its closing mark ('"costly,"')?"""
    span = ctx.spans[q]
    return ctx.tokens.text[span.start : span.end].rstrip("\"'”’»“")[-1:] == ","
