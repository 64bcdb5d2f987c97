"""A verb the lexicon does not list is a verb of saying by its frame (step ``that_frame`` of the
verb trigger: :func:`that_frame_verb`).

``NAME VERB that SUBJECT FINITE ...`` (``Ines Marr signalled that the pier would reopen``,
``Ines Marr, a ferry pilot, grouses that the fares have doubled``): a finite verb right after
a person subject (a name, maybe with an apposition set off by commas, or *he*/*she*) whose
object is a *that* clause with a subject and a finite verb of its own reports what the person
said or thought, whatever the verb (Quirk et al. 1985, §16.31: a that-clause as direct object
follows verbs of saying, thinking and signalling). The shape decides, not a word list; the
checks keep out a noun before a relative clause (*the Clinton supporters that ...*: a plural
role, group or body noun, or a phrase opened by a determiner) and *that* as a determiner
(*Marr vetoed that bill*: no finite verb follows its phrase).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import manner_adverb
from quotex.attributions.verb_groups import perfect_start
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DAY_WORDS,
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
    NUMBER_WORDS,
    STOP_WORDS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    AUXILIARIES,
    COPULA,
    ISSUED_NOUNS,
    MODALS,
    NOUN_LIKE_PAST,
    PHRASAL_PARTICLES,
    SIMPLE_PAST,
    SUBORDINATORS,
)
from quotex.lexicon.verb_frames import PARTICLES
from quotex.mentions import is_name_word
from quotex.mentions.words import positions

#: Subject pronouns that may open the that-clause.
_CLAUSE_PRONOUNS = frozenset("he she it they we i you there this".split())
#: Pronouns that may be the subject of an unlisted verb (a person's: 'he signalled that').
_PERSON_PRONOUNS = frozenset(["he", "she"])
#: Words after which a subject opens a clause: coordinators and subordinators.
_CLAUSE_OPENERS = SUBORDINATORS | frozenset("and but or so as if after before since until once".split())
#: How many tokens an apposition between the name and the verb may hold.
APPOSITION_TOKENS = 16
#: How many words the that-clause's subject may hold before its finite verb.
CLAUSE_SUBJECT_WORDS = 6


def _verb_shape(w: str, lexicon: Lexicon) -> bool:
    """A lower-case finite verb form the lexicon does not list: a past in *-ed* or an
    irregular past, or a present in *-s* whose stem is no person, group or body noun."""
    if not (w.isalpha() and w.islower()) or w in STOP_WORDS or w in lexicon.verb_forms or len(w) < 5:
        return False
    if w.endswith("ed") or w in SIMPLE_PAST:
        return w not in COPULA and w not in AUXILIARIES
    if not w.endswith("s") or w.endswith(("ss", "us", "is", "ics")):
        return False
    stem = w[:-1]
    nouns = (lexicon.role_words, lexicon.group_source_nouns, lexicon.organization_nouns, ISSUED_NOUNS)
    return not any(stem in ws or w in ws for ws in nouns) and not stem.endswith(("ist", "ian"))


def person_before(words: Sequence[str], i: int, first: int, lexicon: Lexicon) -> bool:
    """A person subject ends right before token *i*: a name word (maybe before an apposition
    set off by commas: 'Ines Marr, a ferry pilot,') or *he*/*she*, opening its clause
    (:func:`_opens_clause`: 'the Marr campaign' is no person)."""
    k = i - 1
    if k >= first and words[k] == ",":
        j = k - 1
        while j > first and words[j] != "," and k - j <= APPOSITION_TOKENS:
            if words[j].lower() in lexicon.verb_forms or words[j] in (".", ";", ":", '"', "“", "”"):
                return False
            j -= 1
        if j <= first or words[j] != ",":
            return False
        opener = words[j + 1]
        if all(is_name_word(w) or w in (".", "-") for w in words[j + 1 : k]):
            k -= 1  # 'An attorney for Pagliano, Mark MacDougall, stressed that': the name speaks
        elif opener[:1].isupper() and opener.lower() not in ("a", "an", "the"):
            return False  # ('Disillusioned, Mr. Mitchell resigned, convinced that': a clause)
        else:
            k = j - 1
    if k < first:
        return False
    low = words[k].lower()
    if low in _PERSON_PRONOUNS:
        return k == first or not words[k - 1][:1].isalnum() or words[k - 1].lower() in ("and", "but")
    if k - 2 >= first and words[k - 1] == "-" and low.isalpha() and is_name_word(words[k - 2]):
        k -= 2  # ('Park Ji-woo': a hyphenated given name)
    elif not is_name_word(words[k]) or low in NOT_NAMES:
        return False
    while k - 1 >= first:
        before = words[k - 1]
        if (is_name_word(before) and before.lower() not in NOT_NAMES) or before in NAME_PARTICLES:
            k -= 1  # ('Femke van den Heuvel', 'Luíza da Conceição')
        elif k - 3 >= first and _hyphen_syllable(words, k - 1) and is_name_word(words[k - 3]):
            k -= 3  # ('Min-seo Baek': a hyphenated given name before the surname)
        else:
            break
    return _opens_clause(words, k, first)


def _hyphen_syllable(words: Sequence[str], k: int) -> bool:
    """Token *k* is the lower-case second syllable of a hyphenated given name ('Min-seo')."""
    w = words[k]
    return words[k - 1] == "-" and w.isalpha() and w.islower() and len(w) <= 5


def _opens_clause(words: Sequence[str], k: int, first: int) -> bool:
    """The subject at token *k* opens its clause: first in the sentence, or after punctuation,
    a coordinator or a subordinator ('When Ines Marr learned that'); not inside a phrase ('the
    restrictive laws in France guaranteed that', 'deleted Ines Marr emails that')."""
    if k == first:
        return True
    before = words[k - 1]
    return before.lower() in _CLAUSE_OPENERS or (not before[:1].isalnum() and before not in ("'s", "’s"))


def _finite(w: str) -> bool:
    low = w.lower()
    return (
        low in AUXILIARIES
        or low in MODALS
        or low in COPULA
        or low in SIMPLE_PAST
        or (low.isalpha() and low.endswith("ed"))
        or (low.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


def clause_follows(words: Sequence[str], t: int, last: int) -> bool:
    """A clause with its own subject and finite verb starts at token *t* (after *that*): a
    pronoun, or a determiner, number or name opening a phrase of a few words, then a finite
    verb, an auxiliary or a modal, with no comma between."""
    if t > last:
        return False
    low = words[t].lower()
    if low in _CLAUSE_PRONOUNS:
        return t + 1 <= last and _finite(words[t + 1])
    if not (low in DETERMINERS or low in NUMBER_WORDS or words[t][:1].isdigit() or is_name_word(words[t])):
        return False
    for k in range(t + 1, min(last, t + CLAUSE_SUBJECT_WORDS) + 1):
        if not words[k][:1].isalnum() and words[k] not in ("'s", "’s", "-"):
            return False
        if k > t + 1 and _finite(words[k]):
            return True
        if k == t + 1 and words[k].lower() in AUXILIARIES | MODALS:
            return True
    return False


#: One-word time adverbs between a verb and its *that* ('ruled yesterday that'), and the bare
#: weekdays of US wire style ('ruled Wednesday that').
_TIME_ADVERBS = frozenset(["yesterday", "today", "tonight", "recently", "earlier", "later"]) | DAY_WORDS
#: Words that open a time phrase before a time word ('on Tuesday', 'last week', 'late Monday').
_TIME_LEADS = frozenset(["on", "last", "this", "late", "early", "earlier"])
#: What may follow a time lead: a time word or a second lead ('earlier this week').
_AFTER_LEAD = TIME_WORDS | _TIME_LEADS


def time_adjunct_length(words: Sequence[str], k: int, last: int) -> int:
    """How many tokens a time adjunct at token *k* holds (0 when none): a time adverb
    (*yesterday*) or a bare weekday (*Wednesday*), or *on*/*last*/*this*/*late* and one or two
    time words (*on Tuesday*, *last week*, *late Monday night*, *earlier this week*)."""
    if k > last:
        return 0
    low = words[k].lower()
    if low in _TIME_LEADS and k + 1 <= last and words[k + 1].lower() in _AFTER_LEAD:
        n = 2
        while k + n <= last and n < 3 and words[k + n].lower() in TIME_WORDS:
            n += 1
        return n if words[k + n - 1].lower() in TIME_WORDS else 0
    return 1 if low in _TIME_ADVERBS else 0


def that_frame_verb(words: Sequence[str], i: int, first: int, last: int, lexicon: Lexicon) -> bool:
    """Is token *i* an unlisted verb of saying by its frame: ``PERSON VERB that CLAUSE``, a
    time adjunct allowed before *that* (``Judge NAME ruled on Tuesday that C``), or a body's
    past (:func:`body_before`: ``The High Court ruled that C``)?"""
    t = i + 1 + time_adjunct_length(words, i + 1, last)
    if not (t + 1 <= last and words[t] == "that" and _verb_shape(words[i], lexicon)):
        return False
    start = _group_start(words, i, first)  # ('NAME has since VERB')
    past = words[i].endswith("ed") or words[i] in SIMPLE_PAST
    return (
        person_before(words, start, first, lexicon) or (past and body_before(words, start, first, lexicon))
    ) and clause_follows(words, t + 1, last)


#: Prepositions inside a body's name or after its noun ('Court of Appeal', 'the court in Varena').
_BODY_LINKS = frozenset(["of", "in", "for", "and", "&"])
#: The most tokens a body subject of :func:`body_before` holds after its article.
_BODY_TOKENS = 8


def body_before(words: Sequence[str], i: int, first: int, lexicon: Lexicon) -> bool:
    """A body ends right before token *i* as the subject of its clause: *the*, lower-case
    modifiers, an organisation noun and capitalised words or a linking preposition after it
    ('The court', 'The federal appeals court', 'The High Court in Varena', 'The Varena Court of
    Appeal'). Only before a past verb (:func:`that_frame_verb`): 'the supporters that ...' in
    the present is a relative clause."""
    k = i - 1
    noun = False  # (an organisation noun seen, walking left)
    while k > first and i - k <= _BODY_TOKENS:
        w = words[k]
        low = w.lower()
        if low == "the":
            break
        if low in lexicon.organization_nouns:
            noun = True
        elif noun and w.isalpha() and w.islower():
            pass  # ('the federal appeals | court': a modifier before the noun)
        elif low not in _BODY_LINKS and (not is_name_word(w) or low in NOT_NAMES):
            return False
        k -= 1
    return (
        noun
        and words[k].lower() == "the"
        and words[i - 1].lower() not in _BODY_LINKS
        and _opens_clause(words, k, first)
    )


def _group_start(words: Sequence[str], i: int, first: int) -> int:
    """The first token of the verb group of the verb at token *i*: a perfect auxiliary
    (:func:`perfect_start`: 'has since VERB') or an adverb of manner in *-ly* before the verb
    ('NAME wearily VERB that'), else *i*."""
    k = perfect_start(words, i, first)
    return k - 1 if k - 1 >= first and manner_adverb(words[k - 1]) else k


def phrasal_frame_verb(words: Sequence[str], i: int, first: int, last: int, lexicon: Lexicon) -> bool:
    """Is token *i* the past verb of a phrasal verb of saying by its frame: ``PERSON VERB
    PARTICLE that CLAUSE`` ('Ines Marr shot back that ...', 'hit back that', 'fired back
    that'; Quirk et al. 1985 §16.2-16.4: the particle belongs to the verb, so the person is
    the subject of the pair and the that-clause its object)?"""
    w = words[i]
    return (
        i + 3 <= last
        and words[i + 1] in PHRASAL_PARTICLES
        and words[i + 2] == "that"
        and w.isalpha()
        and w.islower()
        and w not in STOP_WORDS
        and w not in COPULA
        and w not in AUXILIARIES
        and (w.endswith("ed") or w in SIMPLE_PAST or w in NOUN_LIKE_PAST)
        # ('pointed out that': a listed verb's own particle, the verb's cue: complements.particle_follows)
        and words[i + 1] not in PARTICLES.get(lexicon.verb_forms.get(w, ("", ""))[0], ())
        and person_before(words, _group_start(words, i, first), first, lexicon)
        and clause_follows(words, i + 3, last)
    )


def frame_candidates(words: Sequence[str], quote_of: Sequence[int], known: frozenset[str]) -> list[int]:
    """Tokens right before a lower-case *that* that no trigger lists (*known*) and no quotation
    holds: the words :func:`that_frame_verb` may accept (checked later, per sentence)."""
    thats = positions(words, "that")  # (one word in a hundred)
    found = [
        k - 1
        for k in thats
        if k and words[k - 1] not in known and quote_of[k - 1] < 0 and words[k - 1].islower()
    ]
    # 'ruled on Tuesday that': the verb before a time adjunct (that_frame_verb)
    for k in thats:
        if k > 1 and words[k - 1].lower() in TIME_WORDS:
            for j in range(k - 2, max(k - 5, -1), -1):
                fits = j + 1 + time_adjunct_length(words, j + 1, k - 1) == k
                if fits and words[j] not in known and quote_of[j] < 0 and words[j].islower():
                    found.append(j)  # (each start that fits: 'ruled | earlier this month')
    # 'shot back that': the verb before the particle (phrasal_frame_verb)
    return found + [
        k - 2 for k in thats if k > 1 and words[k - 1] in PHRASAL_PARTICLES and quote_of[k - 2] < 0
    ]
