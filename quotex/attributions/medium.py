"""Reports through a medium with the addressee before the *that* clause: ``NAME texted
reporters that C``, ``NAME emailed the council on Monday that C``, ``NAME wrote members that C``.

Verbs of instrument of communication (Levin 1993, §37.4: *cable*, *email*, *fax*, *phone*,
*radio*, *telegraph*, *wire*, ...; ``verb_frames.MEDIUM_VERBS``) take the frame ``NP V NP
that S`` as verbs of telling do (§37.2, *told reporters that*): the object is the addressee and
the that-clause is what was conveyed. The lexicon lists few of them (*tweet*, *write*), so the
frame is read here whether the verb is listed or not.

The addressee must be a person or a group: an object pronoun, a capitalised name, or a short
noun phrase whose head is a role, group or body noun, or a noun for an audience
(``verb_frames.AUDIENCE_NOUNS``). A thing noun before *that* heads a relative clause ('emailed
the files that she had found'): no addressee, so no report.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from quotex.attributions.that_frame import clause_follows, person_before, time_adjunct_length
from quotex.attributions.verb_groups import perfect_start
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import OBJECT_PRONOUNS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import ISSUED_NOUNS
from quotex.lexicon.verb_frames import AUDIENCE_NOUNS, MEDIUM_VERB_FORMS, MEDIUM_VERBS
from quotex.mentions import is_name_word

#: Words that open an addressee's noun phrase before its modifiers: articles and possessives.
_OPENERS = frozenset("the his her their its our my your this these those all some local".split())
#: The possessive clitic inside an addressee ('the city's residents').
_POSSESSIVE = frozenset(["'s", "’s"])
#: How many tokens an addressee may hold.
ADDRESSEE_TOKENS = 4


def medium_lemma(words: Sequence[str], i: int) -> str | None:
    """The lemma of the medium verb at token *i* ('texted' -> 'text'; 'mailed' after 'e -' ->
    'email'), or None."""
    low = words[i].lower()
    if (
        low in ("mailed", "mails", "mailing")
        and i >= 2
        and words[i - 1] == "-"
        and words[i - 2].lower() == "e"
    ):
        return "email"
    return MEDIUM_VERB_FORMS.get(low)


def _group_head(word: str, lexicon: Lexicon) -> bool:
    """Is lower-case *word* a noun for a person, a group, a body or an audience (in the plural
    too: 'reporters', 'the council', 'his followers'), not for a document?"""
    low = word.lower()
    stems = (low, low[:-1]) if low.endswith("s") else (low,)
    if any(s in ISSUED_NOUNS for s in stems):
        return False  # ('emailed the report that the board had asked for': a document, no addressee)
    sets = (lexicon.role_words, lexicon.group_source_nouns, lexicon.organization_nouns, AUDIENCE_NOUNS)
    return any(s in ws for s in stems for ws in sets)


def addressee_end(words: Sequence[str], i: int, last: int, lexicon: Lexicon) -> int:
    """The token after the addressee that starts at token *i* (a medium verb's object: 'me',
    'Lund', 'Mayor Okafor', 'reporters', 'the council', 'his followers', 'local journalists',
    'the harbour master'); *i* when none does."""
    if i > last:
        return i
    low = words[i].lower()
    if low in OBJECT_PRONOUNS and low not in ("her", "it"):
        return i + 1  # 'messaged me that ...'
    if is_name_word(words[i]) and low not in STOP_WORDS:
        k = i
        while (
            k <= last
            and k - i < ADDRESSEE_TOKENS
            and is_name_word(words[k])
            and words[k].lower() not in STOP_WORDS
        ):
            k += 1
        return k  # 'Lund', 'Mayor Okafor', 'the Gazette' (below)
    k = i + 1 if low in _OPENERS else i
    start = k
    while k <= last and k - i < ADDRESSEE_TOKENS and (words[k].isalpha() or words[k] in _POSSESSIVE):
        if words[k] in _POSSESSIVE and k > start:
            k += 1  # ('the city's residents')
            continue
        if (
            not words[k].islower()
            or words[k] in STOP_WORDS
            or words[k] in TIME_WORDS
            or after_time(words, k, last) > k
        ):
            break  # ('texted supporters | this morning that')
        k += 1
    if k > start and _group_head(words[k - 1], lexicon):
        return k
    if k == start and low in _OPENERS and k <= last and is_name_word(words[k]):
        m = k
        while m <= last and m - k < ADDRESSEE_TOKENS and is_name_word(words[m]):
            m += 1
        return m  # 'the Gazette', 'the Coast Guard'
    return i + 1 if low == "her" else i  # ('texted her that': the pronoun; 'her mother': above)


def after_time(words: Sequence[str], k: int, last: int) -> int:
    """The token after the time adjuncts at token *k* ('on Monday', 'late on Friday', 'this
    morning', 'yesterday'); *k* when none stands there."""
    for _ in range(2):
        if (
            k <= last
            and words[k].lower() in ("late", "early")
            and k + 1 <= last
            and words[k + 1].lower() == "on"
        ):
            k += 1  # ('late on Friday')
        n = time_adjunct_length(words, k, last)
        if n == 0:
            break
        k += n
    return k


def medium_that(words: Sequence[str], i: int, last: int, lexicon: Lexicon) -> int:
    """After a medium verb, its addressee at token *i* and maybe a time adjunct, then *that* and
    a clause with a subject and a finite verb: the index of *that*; -1 when the frame does not
    hold."""
    a = addressee_end(words, i, last, lexicon)
    if a == i:
        return -1
    t = after_time(words, a, last)
    if t + 1 > last or words[t] != "that":
        return -1
    return t if clause_follows(words, t + 1, last) or _indefinite_subject(words, t + 1, last) else -1


#: Indefinite pronouns that may open the that-clause as its subject ('that nobody was hurt').
_INDEFINITES = frozenset(
    "nobody everyone everybody someone somebody anyone anybody nothing everything".split()
)


def _indefinite_subject(words: Sequence[str], t: int, last: int) -> bool:
    """An indefinite pronoun at token *t* and a finite verb or auxiliary after it ('nobody had')."""
    return t + 1 <= last and words[t].lower() in _INDEFINITES and clause_follows(["it", words[t + 1]], 0, 1)


def medium_frame_verb(words: Sequence[str], i: int, first: int, last: int, lexicon: Lexicon) -> str | None:
    """Is token *i* a medium verb in ``PERSON VERB ADDRESSEE (TIME) that CLAUSE`` ('Ines Marr
    texted reporters that C')? Its lemma, or None."""
    lemma = medium_lemma(words, i)
    if lemma is None or medium_that(words, i + 1, last, lexicon) < 0:
        return None
    v = perfect_start(words, i - 2 if lemma == "email" and words[i].lower().startswith("mail") else i, first)
    return (
        lemma
        if person_before(words, v, first, lexicon) or _described_before(words, v, first, lexicon)
        else None
    )


def _described_before(words: Sequence[str], v: int, first: int, lexicon: Lexicon) -> bool:
    """A description of a person or a body opens the clause and ends right before token *v*: a
    determiner or possessive, up to three modifiers, and a role, group or body noun ('The harbour
    master | radioed', 'A union spokeswoman | texted', 'The council | emailed')."""
    k = v - 1
    if k < first or not (words[k].isalpha() and words[k].islower() and _group_head(words[k], lexicon)):
        return False
    m = k - 1
    while m >= first and k - m <= 4 and words[m].isalpha() and words[m].lower() not in lexicon.verb_forms:
        if words[m].lower() in _SUBJECT_OPENERS:
            return m == first or not words[m - 1][:1].isalnum() or words[m - 1].lower() in ("and", "but")
        m -= 1
    return False


#: Determiners and possessives that open a description as a clause's subject.
_SUBJECT_OPENERS = frozenset("the a an his her their its our my".split())


#: The lower-case words :func:`medium_lemma` may read as a medium verb: its forms, and the
#: *mailed* of a split 'e-mailed'.
_MEDIUM_WORDS = frozenset(MEDIUM_VERB_FORMS) | frozenset(["mailed", "mails", "mailing"])


def medium_candidates(
    words: Sequence[str], quote_of: Sequence[int], known: frozenset[str], lows: Sequence[str]
) -> list[int]:
    """Medium verb forms no trigger lists (*known*) and no quotation holds, up to eight tokens
    before a *that*: the words :func:`medium_frame_verb` may accept (checked later, per sentence).
    *lows*: the words in lower case (the forms are found in one pass at C speed, then each is
    looked at for a *that* two to eight tokens on)."""
    return [
        j
        for j in compress(count(), map(_MEDIUM_WORDS.__contains__, lows))
        if "that" in words[j + 2 : j + 9]
        and words[j] not in known
        and quote_of[j] < 0
        and medium_lemma(words, j) is not None
    ]


__all__ = ["MEDIUM_VERBS", "addressee_end", "medium_candidates", "medium_frame_verb", "medium_that"]
