"""The subject a participial clause of saying inherits: that of the nearest clause it ends;
and where a quotation opening a participle's object inside a subject ends.

A participle after a comma ('..., saying C') has no subject of its own; it takes the subject
of the clause it is attached to, and a supplementive clause at the end of a sentence attaches
to the nearest finite clause before it (Quirk et al. 1985, §15.58-15.60 on the implied subject
of supplementive clauses; late closure, Frazier 1978). When that clause is the second of two
coordinated clauses ('Protest groups objected, and the union sued the city, saying C') or the
main clause after a fronted adverbial clause ('While rivals called for troops, Lund urged
patience, noting C'), its subject is not the sentence's first noun phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.apposed_names import name_and_apposition
from quotex.attributions.context import Context, opening_quotation_end
from quotex.attributions.noun_phrases import np_right
from quotex.attributions.subject_words import subject_head
from quotex.lexicon.grammar import (
    ADVERBS,
    CLAUSE_LINKS,
    CLAUSE_SUBORDINATORS,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    PREPOSITIONS,
    RELATIVES,
    SUBJECT_PRONOUNS,
)
from quotex.mentions import is_name_word
from quotex.mentions.words import is_role

#: How far back from the participle a clause start is looked for (tokens).
WINDOW = 40

#: Words that cannot open the subject of a new clause after a comma or a conjunction: a
#: relative or interrogative word opens a dependent clause, and 'it' / 'there' may be a
#: dummy subject whose clause reports nothing ('It was then that ...').
_NOT_SUBJECTS = RELATIVES | frozenset(["that", "what", "it", "there", "this"])

#: Forms of *be* after the *it* of a cleft sentence, and how many words its focus may hold.
_CLEFT_BE = frozenset("is was 's ’s".split())
_CLEFT_FOCUS = 10

#: Contracted finite auxiliaries, a verb as the written-out forms are ("it's", "they've").
_CONTRACTED_FINITE = frozenset("'s ’s 're ’re 've ’ve 'd ’d 'll ’ll 'm ’m".split())

#: Subordinators of time that open a final adverbial clause after a comma; the
#: participle after that clause ends it, so its subject speaks ('The meeting ran late, when
#: farmers interrupted the mayor, shouting C': the farmers; Quirk et al. 1985, §15.58).
_ADVERBIAL_OPENERS = CLAUSE_SUBORDINATORS - {"while", "as"}


def _finite_verb(word: str) -> bool:
    """*word* is surely a finite verb after a noun phrase: an auxiliary or modal, an irregular
    past form, or a regular past in -ed ('the union sued', 'Lund urged')."""
    low = word.lower()
    if low in _CONTRACTED_FINITE:
        return True  # "It's a long shot, but Lund was in Leith, saying C": *'s* is *is*
    if not word.islower() or not word.isalpha():
        return False
    return low in FINITE_AUXILIARIES or low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 3)


def _clause_subject_at(ctx: Context, p: int, i: int) -> tuple[int, int] | None:
    """The subject of a finite clause opening right after token *p* and ending before the
    participle at *i*: a noun phrase followed (over adverbs) by a finite verb."""
    words, lows = ctx.tokens.words, ctx.lows
    a = p + 1
    if words[p] == "," and a < i and lows[a] in _ADVERBIAL_OPENERS:
        a += 1  # a final adverbial clause: '..., when local farmers interrupted her, shouting C'
    if a >= i or lows[a] in _NOT_SUBJECTS or ctx.quote_of[a] >= 0:
        return None
    # (a name with its apposition: the name heads it, 'and NAME, the prosecutor for the X district,')
    # (a coordinated clause's subject and its apposition: ', and NAME, ROLE, objected, adding')
    named = name_and_apposition(words, a, i - 1) if lows[p] in ("and", "but") else None
    # (an apposition opened by an article or holding a role: ', but NAME, research director at X,')
    appos = words[named[0] + 2 : named[1] - 1] if named is not None and named[1] > named[0] + 1 else ()
    if (
        named is not None
        and appos
        and (appos[0].lower() in ("a", "an", "the") or any(is_role(w, ctx.lexicon) for w in appos))
    ):
        np: tuple[int, int] | None = (a, named[1] - 2)  # (the name with its apposition, as the source)
        k = named[1]  # ('and Lund, the port's director, sued the city': past the apposition)
    else:
        np = np_right(ctx.tokens, a, i - 1, ctx.lexicon)
        k = np[1] + 1 if np is not None else i
        if np is not None and k < i and words[k] == "," and "," in words[np[0] : np[1]]:
            k += 1  # the phrase ends in an apposition: 'and her rival, Ana Berg, has soared
    if np is None:
        return None
    head = _name_end(words, np) if is_name_word(words[np[0]]) else np[1]
    if not (words[head] in SUBJECT_PRONOUNS or subject_head(words[head], ctx.lexicon)):
        return None  # ('Lund, clearly frustrated, replied': an aside, not a subject)
    while k < i and (lows[k] in ADVERBS or (words[k].islower() and words[k].endswith("ly"))):
        k += 1  # 'the union has already sued', 'leaders strongly denied'
    return np if k < i and _finite_verb(words[k]) else None


def _name_end(words: Sequence[str], np: tuple[int, int]) -> int:
    """The last token of the phrase *np* before its first comma (its name before an apposition)."""
    return next((k - 1 for k in range(np[0] + 1, np[1]) if words[k] == ","), np[1])


def _reporting_subject(ctx: Context, p: int, i: int) -> tuple[int, int] | None:
    """The subject of an adverbial clause that the subordinator at token *p* opens when its
    verb is one of speech ('after the Post reported, citing X'; not 'apologized after they came
    out, saying': the columns do not speak), else None."""
    got = _clause_subject_at(ctx, p, i)
    if got is None:
        return None
    verbs = ctx.lexicon.verb_forms
    k = next((m for m in range(got[1] + 1, i) if _finite_verb(ctx.tokens.words[m])), -1)
    return got if k >= 0 and verbs.get(ctx.lows[k], ("", ""))[1] == "speech" else None


def nearest_clause_subject(
    ctx: Context, subject: tuple[int, int], i: int, floor: int
) -> tuple[int, int] | None:
    """The subject of the clause that the participle at token *i* ends, when it is not the
    sentence's *subject*: the nearest finite clause opened by a coordinating or contrasting
    conjunction (:data:`~quotex.lexicon.grammar.CLAUSE_LINKS`), following a comma, or opened by
    a subordinator of time around a verb of speech (*after the Post reported, citing*), after
    *subject* and after the content *floor* (a clause inside a report already found is that
    report's, not the participle's). None when the nearest clause is the subject's own."""
    words = ctx.tokens.words
    quote_of = ctx.quote_of
    low_bound = max(subject[1] + 1, floor, i - WINDOW)
    for p in range(i - 2, low_bound - 1, -1):
        if quote_of[p] >= 0:
            continue
        w = words[p]
        if w.lower() in _ADVERBIAL_OPENERS and (got := _reporting_subject(ctx, p, i)) is not None:
            return got  # ('Shares fell after the Post reported, citing X, that C': the Post)
        if w != "," and (
            w.lower() not in CLAUSE_LINKS
            or is_name_word(words[p - 1])
            or not any(_finite_verb(words[k]) for k in range(subject[1] + 1, p))
        ):
            continue  # (it may join two subjects: 'Lund and Berg said', 'Ohio and two states sued')
        got = _clause_subject_at(ctx, p, i)
        if got is not None:
            return got
    return None


def cleft_subject(ctx: Context, subject: tuple[int, int], i: int) -> tuple[int, int] | None:
    """The subject of the clause after *that* in a cleft sentence whose *subject* is *It*:
    'It was at the conference that Lund made his case, pointing to C' is Lund's (the focus
    clause's subject; the dummy *it* says nothing: Quirk et al. 1985, §18.25). None when
    *subject* is no such *it* or no clause subject follows *that* before the participle *i*."""
    words, lows = ctx.tokens.words, ctx.lows
    a = subject[0]
    if a != subject[1] or lows[a] != "it" or a + 1 >= i or lows[a + 1] not in _CLEFT_BE:
        return None
    for p in range(a + 2, min(i - 1, a + 2 + _CLEFT_FOCUS)):
        if ctx.quote_of[p] >= 0 or words[p] in (",", ";", ":"):
            return None
        if lows[p] == "that":
            return _clause_subject_at(ctx, p, i)
    return None


def quotation_before_predicate(ctx: Context, a: int, b: int) -> int:
    """The last token of a quotation that opens the object *a* .. *b* of a participle inside its
    subject (a reduced relative, or an -ing cue right after the subject's head) when a word
    other than a preposition or conjunction follows it, the main clause's predicate ('A banner
    reading "C" | was hung', 'A note saying "C" | lay on the desk'); else *b*."""
    k = opening_quotation_end(ctx, a, b)
    if k < 0:
        return b
    nxt = ctx.tokens.words[k + 1]
    # (not a phrase that goes on with the object: 'vowing to "fight" in the primary', 'and ...')
    goes_on = nxt.lower() in PREPOSITIONS or nxt.lower() in ("and", "or")
    return k if nxt[:1].isalpha() and not goes_on else b


def after_speech_verb(ctx: Context, i: int) -> bool:
    """Does the participle at token *i* follow a verb of speech and a comma ('NAME, his son,
    said, | citing X'): the participle's subject is that verb's?"""
    form = ctx.lexicon.verb_forms.get(ctx.lows[i - 2]) if i >= 2 and ctx.tokens.words[i - 1] == "," else None
    return form is not None and form[1] == "speech"
