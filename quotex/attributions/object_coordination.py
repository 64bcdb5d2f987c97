"""A second predicate after a cue's noun-phrase object: 'denied the charges | and counter-sued',
'mentioned the ferry twice | and seemed to blame the board'. The object is no clause, so a verb
after *and* or *but* has no subject of its own inside it: it is the cue subject's next act
(coordinated verb phrases, Quirk et al. 1985, §13.61), not part of the content.

Input: the context of a sentence, the first token of the content and the index of the joiner.
Output: whether the content ends before the joiner. Used by :func:`.clauses.content_end`.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from quotex.attributions.context import Context
from quotex.lexicon.function_words import DETERMINERS, OBJECT_PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import FINITE_AUXILIARIES, IRREGULAR_PAST, MODALS, POSSESSIVE_DETERMINERS

#: Words that open a clause or an infinitive, not a noun phrase ('said that ...', 'wants to ...').
_CLAUSE_OPENERS = frozenset(
    "that to whether if how what why who whom when where which he she they we i it you there".split()
)

#: Adverbs that may stand between the joiner and the verb ('and then left', 'but later said').
_BEFORE_VERB = frozenset("then later also even still again".split())

#: Past forms that :data:`IRREGULAR_PAST` leaves out (they are also adjectives or nouns).
_MORE_PAST = frozenset("left won found went".split())

#: How long the object may be: a short noun phrase ('the charges', 'CNN five times'); a longer
#: stretch may hold a present verb that no word list tells ('the mayor wins most wards').
OBJECT_TOKENS = 7


def _finite_verb(word: str) -> bool:
    """A lower-case finite verb form: an auxiliary or modal, an irregular past, or a regular past
    in *-ed* ('counter-sued' counts by its last part)."""
    if not word.islower():
        return False
    last = word.rsplit("-", 1)[-1]
    return (
        word in FINITE_AUXILIARIES
        or word in MODALS
        or last in IRREGULAR_PAST
        or last in _MORE_PAST
        or (last.isalpha() and last.endswith("ed") and len(last) > 4)
    )


#: Words that open a verb's object or complement right after it: a determiner, a possessive, an
#: object pronoun, *to* or *that*.
_OBJECT_OPENERS = DETERMINERS | POSSESSIVE_DETERMINERS | OBJECT_PRONOUNS | frozenset(["to", "that"])
#: Particles and prepositions after a verb of the lexicon ('calls for', 'points out'); after any
#: other word they may follow a plural noun ('tax cuts and rebates for the poor').
_VERB_PARTICLES = frozenset("for out up".split())


def _agreeing_form(words: Sequence[str], a: int, m: int, last: int, verbs: Container[str]) -> bool:
    """The word at *m* is a present (*-s*) or participle (*-ing*) form of the same shape as the
    cue just before the content at *a*, and an object opens after it: 'denies any wrongdoing and
    | points out that', 'calling them liars and | vowing to', 'backs the toll and | calls for a
    bridge'. A plural noun or a gerund coordinated inside the object ('tax cuts and rebates
    for the poor') is seldom followed by a determiner or an object pronoun, which is what sets
    the second verb apart."""
    w, cue = words[m], words[a - 1].lower() if a > 0 else ""
    if m + 1 > last or not (w.isalpha() and w.islower() and len(w) > 3) or cue not in verbs:
        return False
    after = words[m + 1].lower()
    if after not in _OBJECT_OPENERS and not (after in _VERB_PARTICLES and w in verbs):
        return False
    if w.endswith("ing"):
        return cue.endswith("ing")
    plain = w.endswith("s") and not w.endswith(("ss", "us", "is"))
    return plain and cue.endswith("s") and not cue.endswith(("ss", "us", "is"))


def object_then_predicate(ctx: Context, a: int, k: int, last: int) -> bool:
    """The content a..k-1 is a noun phrase (it opens with no clause word and holds no finite
    verb), and after the joiner at *k* (*and*, *but*, maybe *then*) comes a finite verb:
    'denied the charges and counter-sued', 'claimed self-defense and was acquitted'. Not a
    gerund's clause ('proposed closing the pier and ...'), nor a
    clause ('said the pier had failed and was closed': its subject may go on), nor a noun
    phrase whose modifier is a verb form ('the widely criticized plan'), nor a joined subject
    before its verb ('said the heat and unsettled weather could last')."""
    words, qo, lows = ctx.tokens.words, ctx.quote_of, ctx.lows
    m = k + 1
    if m <= last and (words[m] in _BEFORE_VERB or (words[m].endswith("ly") and words[m].islower())):
        m += 1  # 'and then', 'but later', 'and quickly'
    tokens = ctx.tokens
    if m + 2 <= last and words[m + 1] == "-" and tokens.ends[m] == tokens.starts[m + 1]:
        m += 2  # 'and counter-sued': the verb is the compound's last part
    if m > last or qo[m] >= 0:
        return False
    if not _finite_verb(words[m]) and not _agreeing_form(words, a, m, last, ctx.lexicon.verb_forms):
        return False
    if lows[a] in _CLAUSE_OPENERS or k - a > OBJECT_TOKENS:
        return False
    for j in range(m + 1, min(last, m + 4) + 1) if words[m].endswith("ed") else ():
        if words[j] in FINITE_AUXILIARIES or words[j] in MODALS:
            return False  # ('the heat and unsettled weather could last': a clause's subject)
        if not words[j].isalpha() or lows[j] in _CLAUSE_OPENERS:
            break
    for j in range(a, k):
        w = words[j]
        if qo[j] >= 0:
            return False  # (a quotation inside: the object may be a clause of its own)
        if _finite_verb(w) or (j == a and w.endswith("ing")) or w.lower() in _CLAUSE_OPENERS:
            return False
        if a < j < k - 1 and _present_before_object(words, j):
            return False  # 'her players respect the northerners | but will not ...': a clause
    return True


def _present_before_object(words: Sequence[str], j: int) -> bool:
    """Token *j* is a plain present verb with its object: a lower-case word after a plural noun
    or a name, before a determiner ('her players *respect* the northerners', 'Dockers *back* the
    strike'). Two noun phrases do not meet without a preposition or a comma, so the words
    before it are the clause's subject."""
    w, before, after = words[j], words[j - 1], words[j + 1].lower()
    return (
        w.isalpha()
        and w.islower()
        and not w.endswith(("ing", "ly", "s"))
        and w not in DETERMINERS
        and w not in STOP_WORDS  # ('Trump since the 1970s', 'Lund at a rally': prepositions)
        and after in DETERMINERS
        and after not in ("no", "any", "all", "both", "each", "every", "some")
        and before.isalpha()
        and before.lower() not in DETERMINERS
        and before.lower() not in STOP_WORDS
        and (
            before[:1].isupper() or (before.endswith("s") and not before.endswith("ss") and before.islower())
        )
    )
