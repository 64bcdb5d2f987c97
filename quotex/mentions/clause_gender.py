"""Gender a personal pronoun gives a name in the same sentence (stage helper of ``entities``).

Input: the words, the name mentions and the sentences. Output: a map from a mention's index to
``"m"``/``"f"``, for two shapes where syntax leaves the pronoun one possible name in its sentence:

* *A missed the ferry after B kept him waiting.*: an object pronoun of B's clause is never B
  (binding theory's principle B: a pronoun is free in its clause, Chomsky 1981; Quirk et al. 1985
  §6.28), so with A the only other name in the sentence, before it, A is a man.
* *A arrived at the depot with her two dogs.*: a possessive after *with* past the subject's
  verb and a phrase of place (no object phrase) is the subject's.
* *A met B at the station and drove him home.*: an object pronoun of a second predicate of the
  subject A is never A (principle B), so with B the object of A's first predicate, B is a man.
* *A lent her car to B.*: a possessive after the verb of a sentence whose subject is the name A,
  before any other name, is A's (the subject is the nearest and only antecedent); before a part
  of the body (*B shook her head.*) it is the subject's even when the paragraph named somebody
  before.

Each reading is declined when it is unsure: *her* after a verb that takes two objects or a bare
infinitive (*gave her money*, *saw her leave*), *her* before a noun when it may be an object
(*kept her job* is possessive, *kept her waiting* an object: a *-ing* word, an adverb, a
preposition or a determiner after *her* reads it as an object), three or more names in the
sentence, a name inside a quotation. The entity table weighs the result as a resolved pronoun's
evidence, below a census first name (:mod:`quotex.entities`).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence

from quotex.lexicon.function_words import BODY_PART_NOUNS, DETERMINERS, PRONOUNS, STOP_WORDS, TIME_NAMES
from quotex.lexicon.grammar import PREDICATE_LINKS
from quotex.lexicon.kinship import AGE_WORDS, KIN_TERMS, kin_noun
from quotex.mentions.find import Mention
from quotex.sentences import Sentence

__all__ = ["clause_genders"]

#: Words after which no verb group of the name's clause follows (a list, a relative, a preposition).
_NOT_VERBS = frozenset(
    "and or but nor of for at in on to with by from as than who whom which that whose while".split()
)
#: Words after *her* that read it as an object, not a possessive (*told her to wait*, *met her at
#: the door*, *gave her the keys*, *called her back*).
_OBJECT_FOLLOWERS = frozenset(
    "to at in on for with from into about back up down out off over again here there home that"
    " the a an this these those some twice once".split()
)
#: Verbs that take two objects or an object and a bare infinitive: after them *her* before a noun
#: may be the object (*gave her money*, *lent her money*, *saw her leave*, *let her go*).
_TWO_OBJECT_VERBS = frozenset(
    """
    gave give gives lent lend lends sent send sends told tell tells showed show shows offered
    offer offers handed hand hands bought buy buys paid pay pays owed owe owes promised promise
    promises asked ask asks taught teach teaches brought bring brings wrote write writes cost
    costs made make makes got get gets left leave leaves found find finds called call calls named
    name names saw see sees heard hear hears watched watch watches let lets helped help helps
    granted grant grants awarded award awards sold sell sells
    """.split()
)
#: Prepositions that take the recipient after a possessive's noun: *showed her drawings to B*.
_RECIPIENT_MARKS = frozenset(("to", "with", "for"))
#: How many lower-case words the verb group after a name may hold (*had asked*, *would not let*).
_VERB_REACH = 3


def _lower(w: str) -> bool:
    """Is *w* a lower-case word?"""
    return w.isalpha() and w.islower()


def _pronoun_after(words: Sequence[str], last: int, end: int) -> int:
    """The token of the first *him*/*her*/*his* after the verb group that follows the name ending
    at token *last* (up to token *end*), or -1: one to three lower-case words, the first no
    preposition, conjunction or pronoun (*kept him*, *had asked her*, *lent his*)."""
    k = last + 1
    if k > end or not _lower(words[k]) or words[k] in _NOT_VERBS or words[k] in PRONOUNS:
        return -1
    for j in range(k + 1, min(end, k + _VERB_REACH) + 1):
        w = words[j]
        if w in ("him", "her", "his"):
            return j
        if not _lower(w) or w in _NOT_VERBS or w in PRONOUNS or w in ("its", "their", "them"):
            return -1
    return -1


#: How many tokens a first predicate and its adjuncts may take before the link.
_FIRST_PREDICATE = 8


def _second_predicate_pronoun(words: Sequence[str], last: int, end: int) -> int:
    """The token of a *his*/*her* right after the verb of a second predicate of the subject
    ending at token *last* (*A spoke first on Friday, then handed her microphone to B*): a verb,
    adverbs, prepositions, time words and a comma (no object phrase, whose noun might own the
    pronoun: *met the mayor and shook his hand*), *then*/*and*, a lower-case verb; -1 when none."""
    k = last + 1
    if k > end or not _lower(words[k]) or words[k] in _NOT_VERBS or words[k] in PRONOUNS:
        return -1
    for j in range(k + 1, min(end - 2, k + _FIRST_PREDICATE) + 1):
        w = words[j]
        if w in PREDICATE_LINKS:
            verb = j + 1 + (words[j + 1] == "then")  # ('and then handed')
            if verb + 1 <= end and _lower(words[verb]) and words[verb + 1] in ("his", "her"):
                return verb + 1
            return -1
        plain = _lower(w) and w not in STOP_WORDS and w not in DETERMINERS
        adjunct = w == "," or w.lower() in TIME_NAMES or plain or w in _ADJUNCT_WORDS
        if not adjunct or w in PRONOUNS:
            return -1
    return -1


#: Prepositions, adverbs and particles an adjunct of the first predicate may hold (*on Friday*,
#: *at noon*, *stood up*).
_ADJUNCT_WORDS = frozenset("on at in first briefly early late up down out off back".split())


def _object_her(words: Sequence[str], j: int) -> bool:
    """Is *her* at token *j* an object, by the word after it (*kept her waiting*, *told her to
    wait*, *met her at the door*, *thanked her warmly*, *called her.*)?"""
    if j + 1 >= len(words):
        return True
    after = words[j + 1]
    if not _lower(after):
        return not after.isalnum()  # (punctuation: an object; a name or a number: unsure)
    return after in _OBJECT_FOLLOWERS or after.endswith(("ing", "ly"))


def _possessive_her(words: Sequence[str], j: int) -> bool:
    """Is *her* at token *j* a possessive before a noun (*lent her car*), not an object (*gave
    her money*: after a verb of two objects it is one only when a recipient follows the noun,
    *showed her drawings to B*)?"""
    if j + 1 >= len(words) or not _lower(words[j + 1]) or _object_her(words, j):
        return False
    if words[j + 1] in STOP_WORDS or words[j + 1] in _NOT_VERBS:
        return False  # ('challenged her when she ran': a conjunction, so *her* is an object)
    if words[j - 1] not in _TWO_OBJECT_VERBS:
        return True
    return any(w in _RECIPIENT_MARKS for w in words[j + 2 : j + 4])


def _gender(word: str) -> str:
    return "f" if word == "her" else "m"


def clause_genders(
    words: Sequence[str],
    mentions: Sequence[Mention],
    sentences: Sequence[Sentence],
    quoted: Collection[int] = (),
) -> dict[int, str]:
    """Mention index -> the gender a pronoun of its sentence gives it (see the module
    docstring); *quoted* holds the indexes of mentions inside a direct quotation, never read.
    Only sentences holding one or two name mentions and a *him*/*her*/*his* are read."""
    firsts = [s.first for s in sentences]
    by_sentence: dict[int, list[int]] = {}
    for mi, m in enumerate(mentions):
        k = bisect.bisect_right(firsts, m.first) - 1
        if k >= 0:
            by_sentence.setdefault(k, []).append(mi)
    out: dict[int, str] = {}
    for k, members in by_sentence.items():
        if any(mi in quoted for mi in members[:2]):
            continue
        sent = sentences[k]
        if {"him", "her", "his"}.isdisjoint(words[sent.first : sent.last + 1]):
            continue
        earlier = _other_before(mentions, sentences, by_sentence, k)
        first = mentions[members[0]]
        if len(members) > 2 or any(mi in quoted for mi in members):
            # ('A lost her wife, B, in the crash at C': the kin noun's possessive is A's, whatever follows B)
            _note_kin(out, words, mentions, members, earlier)
            continue
        opener = first.title_first if 0 <= first.title_first < first.first else first.first
        if opener == sent.first and words[first.last + 1 : first.last + 2] != ["'s"]:
            j = _pronoun_after(words, first.last, sent.last)
            if j < 0:
                j = _second_predicate_pronoun(words, first.last, sent.last)
            if j < 0:
                j = _accompanying_possessive(words, first.last, sent.last)
            own = j > 0 and (words[j] == "his" or _possessive_her(words, j))
            if own and (not earlier or _body_part(words, j)):
                out[members[0]] = _gender(words[j])  # ('A lent her car to B', 'B shook her head')
        if len(members) == 2:
            _note_kin(out, words, mentions, members, earlier)  # ('A runs the forge with his daughter, B')
        if earlier:
            continue  # (a person named earlier in the paragraph may be the pronoun's)
        if len(members) == 2 and _two_persons(words, mentions[members[0]], mentions[members[1]]):
            j = _object_of_second_predicate(words, first, mentions[members[1]], sent.last)
            if opener == sent.first and j > 0:
                out[members[1]] = _gender(words[j])  # ('A met B at noon and drove him home')
                continue
            j = _pronoun_after(words, mentions[members[1]].last, sent.last)
            if j > 0 and (words[j] == "him" or (words[j] == "her" and _object_her(words, j))):
                g = _gender(words[j])  # ('A missed it after B kept him waiting')
                if out.setdefault(members[0], g) != g:
                    del out[members[0]]  # (two pronouns disagree: unsure)
    return out


#: Prepositions of a phrase of place between a verb and a *with* of accompaniment.
_PLACE_PREPOSITIONS = frozenset("at to from in into on".split())


def _accompanying_possessive(words: Sequence[str], last: int, end: int) -> int:
    """The token of a *his*/*her* after *with* in the clause of the subject ending at token
    *last*, past its verb and a phrase of place only (*A arrived at the depot with her two dogs*:
    no object phrase, whose noun might own it); -1 otherwise."""
    k = last + 1
    if k > end or not _lower(words[k]) or words[k] in _NOT_VERBS or words[k] in PRONOUNS:
        return -1
    j = k + 1
    if j <= end and words[j] in _PLACE_PREPOSITIONS:  # ('at the depot', 'to the station')
        j += 1
        while j <= end and j - k <= _FIRST_PREDICATE and _lower(words[j]) and words[j] != "with":
            j += 1
    if j + 1 > end or words[j] != "with" or words[j + 1] not in ("his", "her"):
        return -1
    return j + 1 if words[j + 1] == "his" or _possessive_her(words, j + 1) else -1


def _object_of_second_predicate(words: Sequence[str], a: Mention, b: Mention, end: int) -> int:
    """The token of an object *him*/*her* of a second predicate of the subject *a* whose first
    predicate's object is *b* (*A met B at the station on Wednesday and drove him to the depot*):
    a verb group of one to three lower-case words between the two names, adjuncts after *b* (no
    name), *and* or *then*, a lower-case verb, the pronoun as an object. Not *a* (principle B),
    so *b*'s; -1 when the shape is not there."""
    between = words[a.last + 1 : b.first]
    if not 0 < len(between) <= _VERB_REACH or not all(_lower(w) and w not in _NOT_VERBS for w in between):
        return -1
    for j in range(b.last + 1, min(end - 2, b.last + 1 + _FIRST_PREDICATE) + 1):
        w = words[j]
        if w in PREDICATE_LINKS:
            verb = j + 1 + (words[j + 1] == "then")  # ('and then drove')
            if verb + 1 > end or not _lower(words[verb]) or words[verb] in STOP_WORDS:
                return -1
            pronoun = words[verb + 1]
            return verb + 1 if pronoun == "him" or (pronoun == "her" and _object_her(words, verb + 1)) else -1
        if not (w == "," or w.lower() in TIME_NAMES or _lower(w)) or w in PRONOUNS:
            return -1  # (a name, a number or a pronoun: another clause's words)
    return -1


def _body_part(words: Sequence[str], j: int) -> bool:
    """Is the possessive at token *j* before a part of the body (*shook her head*, *shrugged his
    shoulders*: :data:`~quotex.lexicon.function_words.BODY_PART_NOUNS`, an inalienable possession,
    the subject's own whoever else the paragraph named before)?"""
    if j + 1 >= len(words):
        return False
    noun = words[j + 1]
    return noun in BODY_PART_NOUNS or (noun.endswith("s") and noun[:-1] in BODY_PART_NOUNS)


def _other_before(
    mentions: Sequence[Mention], sentences: Sequence[Sentence], by_sentence: dict[int, list[int]], k: int
) -> bool:
    """Is a name other than sentence *k*'s own written in an earlier sentence of its paragraph?
    Read back at most :data:`_LOOKBACK` sentences (linear cost); a paragraph longer than that
    counts as holding one (no evidence is taken from it)."""
    own = {w for mi in by_sentence[k] for w in mentions[mi].name.split()}
    paragraph = sentences[k].paragraph
    for s in range(k - 1, max(-1, k - 1 - _LOOKBACK), -1):
        if sentences[s].paragraph != paragraph:
            return False
        if any(not own.issuperset(mentions[mi].name.split()) for mi in by_sentence.get(s, ())):
            return True
    return k - 1 - _LOOKBACK >= 0 and sentences[k - 1 - _LOOKBACK].paragraph == paragraph


#: How many earlier sentences of a paragraph :func:`_other_before` reads.
_LOOKBACK = 12


def _two_persons(words: Sequence[str], a: Mention, b: Mention) -> bool:
    """Are *a* and *b* two persons' names, *a* no possessor nor opened by a function word
    (*Among African Americans*) and *b* no noun's modifier (*the NBC poll shows her*)?"""
    if a.kind != "person" or b.kind != "person" or a.name.split()[-1] == b.name.split()[-1]:
        return False
    lead = a.name.split()[0].lower()
    if lead in STOP_WORDS or lead in _NOT_VERBS or words[a.last + 1] in ("'s", "’s"):
        return False
    return b.first == 0 or words[b.first - 1].lower() not in ("the", "a", "an", "'s", "’s")


def _note_kin(
    out: dict[int, str],
    words: Sequence[str],
    mentions: Sequence[Mention],
    members: Sequence[int],
    earlier: bool,
) -> None:
    """Record in *out* the genders :func:`kin_genders` reads from the sentence's first two name
    mentions *members* ('A runs the forge with his daughter, B': A is a man, B a woman)."""
    got = kin_genders(words, mentions[members[0]], mentions[members[1]], earlier)
    if got is not None:
        out.setdefault(members[0], got[0])
        if got[1] is not None:
            out.setdefault(members[1], got[1])


def kin_genders(words: Sequence[str], a: Mention, b: Mention, earlier: bool) -> tuple[str, str | None] | None:
    """(the gender *his*/*her* gives name *a*, the sex the kin noun gives name *b*) when the
    possessive stands before a kin noun (and an age word) that introduces *b*, the sentence's
    only other name (*A runs the forge with his daughter, B*, *A and her son, B*): nobody is
    their own relative, so the possessive is *a*'s. After *and* right after *a* always;
    elsewhere only when no person was named *earlier* in the paragraph (who might own it)."""
    j = b.first - 1
    if j > 0 and words[j] == ",":
        j -= 1
    kin = kin_noun(words[j]) if j >= 1 else None
    if kin is None or kin[1]:
        return None
    j -= 1
    if words[j] in AGE_WORDS:
        j -= 1
    if j <= a.last or words[j] not in ("his", "her"):
        return None
    if earlier and not (j == a.last + 2 and words[a.last + 1] == "and"):
        return None
    return _gender(words[j]), KIN_TERMS[kin[0]][0]
