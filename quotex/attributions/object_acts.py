"""Objects of a verb of saying that are no reported content: a feeling shown (*showed no
emotion*), a speech act named (*said goodbye to the staff*, *said a prayer for the victims*) and
someone called back (*recalled its ambassador from X*), a document posted with nothing of what it
says (*posted a notice on Friday*), and another's saying quoted in its object (*mocked NAME's
promise of "F"*).

Input: the words of a sentence and the first and last token of a cue's object. Output: whether
the object is such a display or act. Called by
:func:`quotex.attributions.complements.starts_clause`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import Context
from quotex.lexicon.function_words import DOCUMENT_NOUNS, PERSON_OBJECTS, TIME_WORDS
from quotex.lexicon.grammar import FINITE_AUXILIARIES, PREPOSITIONS, SIMPLE_PAST
from quotex.lexicon.verb_frames import SPEECH_ACT_OBJECTS
from quotex.mentions.chains import POSSESSIVE

#: Nouns of a feeling or of self-control: what a person *shows* of them is displayed, not said
#: ('showed no emotion', 'showed considerable restraint', 'showed limited enthusiasm').
_FEELINGS = frozenset(
    """emotion emotions remorse restraint compassion enthusiasm anger frustration regret sympathy
    empathy fear joy grief sorrow contrition composure relief surprise""".split()
)
#: Quantity words before a shown feeling ('no', 'little', 'considerable').
_FEELING_QUANTITIES = frozenset(
    "no little much some any considerable limited great real visible obvious".split()
)


def shown_feeling(words: Sequence[str], a: int, last: int) -> bool:
    """Is the object of *show* from token *a* a feeling, after at most one quantity word, that
    ends the clause ('showed no emotion.', 'showed considerable restraint Monday')?"""
    k = a + 1 if words[a].lower() in _FEELING_QUANTITIES else a
    if k > last or words[k].lower() not in _FEELINGS:
        return False
    return k + 1 > last or words[k + 1].lower() not in ("that", "of")


def speech_act_object(words: Sequence[str], a: int, last: int) -> bool:
    """Is the plain object of *say* from token *a* a speech act that reports no words (an
    article or none, then a noun of :data:`~quotex.lexicon.verb_frames.SPEECH_ACT_OBJECTS`),
    which no verb follows ('said goodbye to the staff', 'said a prayer for the victims'; not
    'said thanks were due to ...')?"""
    k = a + 1 if words[a].lower() in ("a", "an", "his", "her", "their", "our", "my") else a
    if k > last or words[k].lower() not in SPEECH_ACT_OBJECTS:
        return False
    nxt = words[k + 1].lower() if k + 1 <= last else ""
    return nxt not in FINITE_AUXILIARIES and nxt not in SIMPLE_PAST


#: Verbs of evidence whose object may be a thing found or shown rather than a finding ('found
#: the dog', 'showed her injuries'; lexicon.reporting_verbs.EVIDENCE_VERBS).
EVIDENCE_LEMMAS = frozenset(["find", "show", "reveal"])
#: Verbs of acquaintance whose object may be a person known for a time rather than a fact ('knew
#: Ana Roe for fifty years', 'has known her since 1968'; not 'knew Roe would resign').
ACQUAINTANCE_LEMMAS = frozenset(["know"])
#: Possessive determiners that may open a thing found ('found her son').
OWNER_WORDS = frozenset("her his their its my our your".split())
#: Object pronouns that name a person known ('knew him', 'has known us').
_KNOWN_PERSONS = PERSON_OBJECTS | frozenset(["me", "us"])
#: How many tokens :func:`found_thing` reads for a verb.
_FOUND_REACH = 12


def thing_found(words: Sequence[str], a: int, last: int, lemma: str) -> bool:
    """Is the object from token *a* of the verb *lemma*, a verb of evidence, a thing or person
    found (:func:`found_thing`) after a name or a possessive ('found Ana Roe's dog', 'found her
    son'), no finding? Of a verb of acquaintance, a person known for a time (:func:`_person_known`)."""
    first = words[a]
    if lemma in ACQUAINTANCE_LEMMAS:
        return _person_known(words, a, last)
    return (
        lemma in EVIDENCE_LEMMAS
        and (first.lower() in OWNER_WORDS or (first[:1].isupper() and first.isalpha()))
        and found_thing(words, a, last)
    )


def _person_known(words: Sequence[str], a: int, last: int) -> bool:
    """Is the object of *know* from token *a* a person (an object pronoun or capitalised words)
    known for a span of time ('knew Ana Roe for fifty years', 'has known her since 1968')?"""
    k = a + 1 if words[a].lower() in _KNOWN_PERSONS else a
    while k <= last and k - a < 4 and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    return a < k <= last and words[k].lower() in ("for", "since") and found_thing(words, a, last)


def found_thing(words: Sequence[str], a: int, last: int) -> bool:
    """Is the object of a verb of evidence (*find*, *show*, *reveal*) from token *a*, which opens
    with a name or a possessive, a thing found with no clause: no auxiliary, past form or
    *-ed*/*-ing* word before its sentence ends ('found Ana Roe's dog two miles from home', 'found
    her son, NAME, on Sunday'; not 'found Roe's claims were false', 'show Okafor leading')?"""
    for k in range(a + 1, min(last, a + _FOUND_REACH) + 1):
        w = words[k]
        if w in (".", ";", ":", "?", "!"):
            break
        low = w.lower()
        if low in FINITE_AUXILIARIES or w in SIMPLE_PAST or (len(low) > 3 and low.endswith(("ed", "ing"))):
            return False
    return True


#: Words that open an object called back ('its ambassador', 'the team', '40 cars').
_CALLED_OPENERS = frozenset("its his her their our the a an all some".split())
#: How many tokens of *recall*'s object :func:`called_back` reads for its *from*.
_RECALL_REACH = 6


def called_back(words: Sequence[str], a: int, last: int, lemma: str) -> bool:
    """Is the object from token *a* of *recall* someone or something called back from a place
    ('recalled its ambassador from San Idrel', 'recalled the team from the camp'): a *from*
    within :data:`_RECALL_REACH` tokens with no verb or clause word before it? (*Recall* in its
    sense of remembering takes a memory or a clause: 'recalled her first day at the mill'.)"""
    first = words[a].lower()
    if lemma != "recall" or not (first in _CALLED_OPENERS or first[:1].isdigit()):
        return False  # ('recalled nobody from the council had come': a clause)
    for k in range(a + 1, min(last, a + _RECALL_REACH) + 1):
        low = words[k].lower()
        if low == "from":
            return True
        if low in FINITE_AUXILIARIES or low in SIMPLE_PAST or not words[k][:1].isalnum():
            return False
    return False


#: The most words of a possessor's name before its cue noun ('Ana Berg's', 'Juan Carlos de la Vega's').
_MAX_POSSESSOR = 5


def owned_saying(ctx: Context, a: int, last: int) -> bool:
    """Is the object from token *a* another's saying whose words are quoted: a name's possessive,
    a cue noun of the lexicon and *of* or a colon before a quotation (*mocked NAME's promise of
    "F"*, *ridiculed NAME's pledge: "F"*)? The marked words are the possessor's, not the words of
    the one who takes a stance on them (an object, not a report of one's own)."""
    words = ctx.tokens.words
    k = a
    while k <= min(last, a + _MAX_POSSESSOR) and words[k] not in POSSESSIVE:
        k += 1
    return (
        k > a
        and k + 3 <= last
        and words[a][:1].isupper()
        and ctx.lows[k + 1] in ctx.lexicon.cue_nouns
        and words[k + 2] in ("of", ":")
        and ctx.quote_of[k + 3] >= 0
        and ctx.quoting[ctx.quote_of[k + 3]]
    )


def posted_document(ctx: Context, a: int, last: int) -> bool:
    """Tokens from *a* (``a``/``an``) are a document and no more: an indefinite article, at
    most three lower-case modifiers and a noun of :data:`DOCUMENT_NOUNS`, then the sentence end, a
    comma or a preposition or time word (``posted a notice on Friday``, ``issued a short
    statement``, ``sent a letter to tenants``), and no quotation or *that* later in the sentence:
    what the document says is not written there (``issued a statement that ...``, ``posted a
    message on Twitter reading "..."`` keep theirs)."""
    words, lows = ctx.tokens.words, ctx.lows
    k = a + 1
    while k <= last and k - a <= 3 and words[k].islower() and words[k] not in DOCUMENT_NOUNS:
        k += 1
    if k > last or words[k] not in DOCUMENT_NOUNS:
        return False
    if any(ctx.quote_of[m] >= 0 or words[m] == "that" for m in range(a, last + 1)):
        return False
    if k == last:
        return True
    nxt = lows[k + 1]
    return nxt in (".", ",", ";") or (nxt in PREPOSITIONS and nxt != "of") or nxt in TIME_WORDS
