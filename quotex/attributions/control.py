"""Who speaks in a report whose cue is the infinitive or gerund of another verb's object.

Input: the tokens, the token before the cue (*to* of an infinitive, *as* before a gerund)
and the clause's first token. Output: the object noun phrase that is the cue's understood
subject, and whether the text says that object spoke.

'The report prompted the trust to state, "C."': the trust states C, not the report (object
control, Quirk et al. 1985 §16.52-16.53); with a directive verb ('The mayor urged Lund to
say that C') neither speaks. 'The Gazette quoted Lund as saying C': Lund speaks. 'Berg
rejected his claim that C': the claim is its possessor's report (:func:`owned_report`).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from quotex.attributions.asides import before_short_aside
from quotex.attributions.context import Context, before_cue_adverbs
from quotex.attributions.issuers import with_document
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import OBJECT_PRONOUNS, PERSON_OBJECTS, STOP_WORDS
from quotex.lexicon.grammar import ADVERBS, MODALS, NOUN_DETERMINERS
from quotex.lexicon.reporting_verbs import EVIDENCE_VERBS, THAT_CONTENT_NOUNS
from quotex.lexicon.verb_frames import (
    DEPICTING_FORMS,
    DIRECTIVE_CONTROL_FORMS,
    IMPLICATIVE_CONTROL_FORMS,
    QUOTING_AS_FORMS,
    TO_VERBS,
)
from quotex.tokens import Tokens

#: How many tokens the object between the verb and *to* / *as* may have ('prompted the
#: state's chief medical officer to warn').
OBJECT_TOKENS = 16

#: How many tokens an apposition after the object may have ('Yusra Qadir, a senior planner at
#: Dunmore Council,').
APPOSITION_TOKENS = 10

#: Object pronouns that can be a speaker ('prompted her to warn'); not *it* or *you*.
_PERSONAL_OBJECTS = OBJECT_PRONOUNS - frozenset(["it", "you"])


def _object_before(tokens: Tokens, k: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object noun phrase ending at token *k*: a personal object pronoun or a source noun
    phrase (``np_left``)."""
    if tokens.words[k].lower() in _PERSONAL_OBJECTS:
        return (k, k)
    np = np_left(tokens, k, floor, lexicon)
    # ('quoted the report | by the trust | as saying': the document and its issuer)
    return (with_document(tokens, np, floor, lexicon) or np) if np is not None else None


def _hedged(words: Sequence[str], k: int, floor: int) -> bool:
    """The verb at token *k* is not asserted: a modal, *to* or a negation stands before it, over
    adverbs and perfect auxiliaries ('could have prompted', 'did not persuade', 'has never
    led'). Only tokens from *floor* on are read."""
    j = k - 1
    while j >= floor and (words[j].lower() in ADVERBS or words[j].lower() in ("has", "have", "had")):
        j -= 1
    return j >= floor and (words[j].lower() in MODALS or words[j].lower() in ("to", "not", "n't", "never"))


def _object_span(tokens: Tokens, last: int, first: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object that fills tokens *first* .. *last* exactly: one noun phrase, or a noun phrase
    and its apposition between commas ('the city's chief medical officer, Ruth Amblin,');
    None when the words there are not (only) an object."""
    words = tokens.words
    if words[last] == "," and last - 1 > first:
        comma = next((k for k in range(last - 1, first, -1) if words[k] == ","), -1)
        aside = words[comma + 1 : last]
        if comma < 0 or len(aside) > APPOSITION_TOKENS or any(w.lower() in lexicon.verb_forms for w in aside):
            return None
        head = _object_before(tokens, comma - 1, first, lexicon)
        return (first, last - 1) if head is not None and head[0] == first else None
    obj = _object_before(tokens, last, first, lexicon)
    return obj if obj is not None and obj[0] == first else None


def controlled_object(
    tokens: Tokens, to: int, floor: int, lexicon: Lexicon
) -> tuple[tuple[int, int], bool] | None:
    """The object of an object-control verb before the infinitive marker at token *to* ('prompted
    | the Harbour Trust | to state'), with True when the verb is implicative (the object said
    it) and False when it is directive (nobody did); None when *to* follows no such object."""
    words, lows = tokens.words, tokens.lows
    if to - 2 < floor or lows[to] != "to":
        return None
    for k in range(to - 2, max(floor, to - OBJECT_TOKENS) - 1, -1):
        verb = words[k]
        implicative = verb in IMPLICATIVE_CONTROL_FORMS and not _hedged(words, k, floor)
        if implicative or verb in DIRECTIVE_CONTROL_FORMS:
            obj = _object_span(tokens, to - 1, k + 1, lexicon)
            return None if obj is None else (obj, implicative)
    return None


def quoted_object(tokens: Tokens, as_: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The object of a quoting verb before *as* at token *as_* and a gerund of saying: 'quoted |
    the minister | as saying', 'recalled | her | as telling'; None otherwise."""
    words, lows = tokens.words, tokens.lows
    if as_ - 2 < floor or lows[as_] != "as":
        return None
    for k in range(as_ - 2, max(floor, as_ - OBJECT_TOKENS) - 1, -1):
        if words[k] in QUOTING_AS_FORMS and not (k > floor and lows[k - 1] in NOUN_DETERMINERS):
            return _object_span(tokens, as_ - 1, k + 1, lexicon)  # (not 'the report by X': a noun)
    return None


def object_reports(tokens: Tokens, i: int, last: int, lexicon: Lexicon) -> bool:
    """The verb at token *i* hands its report to its object: a quoting verb before 'OBJECT as
    saying' ('recalled Lund as saying C'), an implicative control verb before 'OBJECT to
    SAY' ('persuaded Lund to announce that C') or a verb of showing before a named object and a
    participle of speech (:func:`depicted_speaker`). The object's own cue then carries the
    report, so the verb is no cue of its subject's."""
    lows = tokens.lows
    low = lows[i]
    if low in DEPICTING_FORMS:
        return depicted_speaker(tokens, i, last, lexicon)
    quoting, implicative = low in QUOTING_AS_FORMS, low in IMPLICATIVE_CONTROL_FORMS
    if not (quoting or implicative):
        return False
    for k in range(i + 2, min(last - 1, i + OBJECT_TOKENS + 1) + 1):
        marker = lows[k]
        cue = lexicon.verb_forms.get(lows[k + 1])
        if cue is None:
            continue
        if quoting and marker == "as" and lows[k + 1].endswith("ing"):
            return quoted_object(tokens, k, i, lexicon) is not None
        if implicative and marker == "to":
            got = controlled_object(tokens, k, i, lexicon)
            return got is not None and got[1]
    return False


#: Determiners that open a described object before its name ('shows | the ferry's chief officer,
#: NAME, telling').
_OBJECT_ARTICLES = frozenset(["the", "a", "an", "its", "his", "her", "their"])
#: Marks inside a named object and its apposition ("the chair of the Tenants' Association").
_OBJECT_MARKS = frozenset([",", "-", "'", "\u2019", "'s", "\u2019s"])


def depicted_speaker(tokens: Tokens, i: int, last: int, lexicon: Lexicon) -> bool:
    """Does a verb of showing at token *i* take a name or an object pronoun and then, within
    :data:`OBJECT_TOKENS` and right after the name or the comma that closes its apposition, a
    participle of a verb of speech ('shows Ana Berg, the mayor, writing:', 'showed him saying',
    'shows the ferry's chief officer, NAME, telling';
    not a finding's *showing*, nor 'shows Ana Berg leading the race, with 40 percent supporting')?"""
    words, lows = tokens.words, tokens.lows
    if i + 2 > last or not (
        words[i + 1][:1].isupper() or lows[i + 1] in PERSON_OBJECTS or lows[i + 1] in _OBJECT_ARTICLES
    ):
        return False
    for k in range(i + 2, min(last, i + OBJECT_TOKENS + 1) + 1):
        form = lexicon.verb_forms.get(lows[k])
        if form is not None:
            return (
                lows[k].endswith("ing")
                and form[1] == "speech"
                and form[0] not in EVIDENCE_VERBS
                and (words[k - 1] == "," or words[k - 1][:1].isupper() or lows[k - 1] in PERSON_OBJECTS)
                # (a described object only with its name in apposition: not 'shows the billionaire
                # maintaining his lead', a finding)
                and (
                    lows[i + 1] not in _OBJECT_ARTICLES
                    or (words[k - 1] == "," and words[k - 2][:1].isupper())
                )
            )
        if not (words[k].isalnum() or words[k] in _OBJECT_MARKS):
            return False
    return False


#: A token range (first, last).
Span = tuple[int, int]


def absolute_subject(tokens: Tokens, prev: int, first: int, lexicon: Lexicon, low: str) -> Span | None:
    """'with 22 percent saying they would not': the phrase after 'with' speaks, over adverbs and
    a parenthetical after it ('with Ida Strand, D-Ore., now saying ...'); *prev* is the token
    before the participle, *low* the participle in lower case."""
    words, cue = tokens.words, prev + 1
    shown = _depicted_object(tokens, cue, first, lexicon)
    if shown is not None:
        return shown  # ('The messages show Ana Berg, the mayor, telling Ivo Lund:')
    prev = before_cue_adverbs(words, prev, first)
    if words[prev] == ",":
        prev = before_short_aside(words, prev, first, lexicon, low)
    if prev - 1 >= first and words[prev][:1].isalnum():
        np = np_left(tokens, prev, first, lexicon)
        if np is not None and np[0] - 1 >= first and words[np[0] - 1].lower() == "with":
            return np
    return None


def _depicted_object(tokens: Tokens, cue: int, first: int, lexicon: Lexicon) -> Span | None:
    """The named object of a verb of showing before the participle of speech at token *cue*
    (:func:`depicted_speaker`: 'The messages show | Ana Berg, the mayor, | telling'), the name
    and its apposition up to the participle; None."""
    for d in range(cue - 2, max(first - 1, cue - 2 - OBJECT_TOKENS), -1):
        if tokens.lows[d] in DEPICTING_FORMS:
            if not depicted_speaker(tokens, d, cue, lexicon):
                return None
            np = np_right(tokens, d + 1, cue - 1, lexicon)
            if tokens.words[cue - 1] == "," and (np is None or np[1] < cue - 2):
                return (d + 1, cue - 2)  # ('shows | the guard on the train, NAME, | telling': all of it)
            return np if np is not None and np[1] < cue else None
    return None


def quoted_commitment(ctx: Context, a: int, last: int, lemma: str) -> bool:
    """Is token *a* the *to* of a verb of commitment before a quotation ('pledging to "C"',
    `verb_frames.TO_VERBS`): the partly quoted infinitive is the content, *to* and all?"""
    lows = ctx.lows
    return a + 1 <= last and lows[a] == "to" and lemma in TO_VERBS and ctx.quote_of[a + 1] >= 0


#: Possessive determiners that name a report's author ('his claim that C').
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "its"])
#: Stance verbs that oppose what they take (Levin 1993 §33 judgment verbs of rejection, and
#: verbs of denial): their subject judges another's report ('rejected his claim that C'),
#: unlike 'embraced his argument' or 'pushed his promise', which may adopt it.
REJECTING_LEMMAS = frozenset(
    "reject dismiss dispute deny challenge question refute rebut contradict deride mock ridicule".split()
)


def owned_report(words: Sequence[str], a: int, last: int, nouns: Container[str]) -> bool:
    """Do tokens from *a* open a reporting noun owned by a possessive pronoun and followed by
    its *that* clause or infinitive (*his claim that C*, *her pledge to C*)? Then a stance
    verb before it (*rejected*, *dismissed*) judges that report, which is the possessor's."""
    return (
        a + 3 <= last
        and words[a].lower() in _POSSESSIVE_DETERMINERS
        and words[a + 1].lower() in nouns
        and words[a + 2].lower() in ("that", "to")
    )


def noun_that_clause(words: Sequence[str], a: int, last: int) -> int | None:
    """The index of *that* when a stance verb's object from token *a* is a noun of saying or
    thinking with its *that* clause: an optional determiner or possessive, an optional
    adjective, the noun (``reporting_verbs.THAT_CONTENT_NOUNS``) and *that* ('rejected claims
    that C', 'dismissed the wild notion that C'). The clause is then the content, as after a
    verb of saying, and the noun joins the cue."""
    k = a
    if k <= last and (words[k].lower() in NOUN_DETERMINERS or words[k].lower() in _POSSESSIVE_DETERMINERS):
        k += 1
    if (
        k + 1 <= last
        and words[k + 1].lower() in THAT_CONTENT_NOUNS
        and words[k].isalpha()
        and words[k].islower()
        and words[k] not in STOP_WORDS
        and not words[k].endswith("ly")
    ):
        k += 1  # 'the persistent rumours that'
    if k + 1 <= last and words[k].lower() in THAT_CONTENT_NOUNS and words[k + 1].lower() == "that":
        return k + 1
    return None
