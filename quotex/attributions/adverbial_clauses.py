"""Clauses with a subject of their own between a sentence's subject and a cue.

An adverbial clause ('X listened as Y told', 'X was in the gallery when Y said:') or a
coordinated one (', and Y said:') has its own subject, who speaks when its verb is a verb of
speech; the sentence's subject never does then. A passive that a colon closes ('X was
interrupted by Y:') credits its agent. Input: the context (or words) and token positions;
output: a yes/no or the speaker's token range.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotex.attributions.apposed_names import name_and_apposition
from quotex.attributions.context import Context
from quotex.attributions.noun_phrases import np_right
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, TIME_NAMES
from quotex.lexicon.grammar import (
    BARE_INFINITIVE_VERBS,
    CLAUSE_SUBORDINATORS,
    COPULA,
    EVENT_VERBS,
    FRONTING_PREPOSITIONS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from quotex.mentions import is_name_word
from quotex.mentions.words import past_form

#: How far back from a cue or colon a clause with a subject of its own is looked for (tokens).
CLAUSE_WINDOW = 40

#: Subordinators that open an adverbial clause after the sentence's subject ('X was in the
#: gallery when Y said:', 'as a neighbour put it:').
_ADVERBIAL_CLAUSE_OPENERS = CLAUSE_SUBORDINATORS | SUBORDINATORS | frozenset(["if", "unless", "whenever"])


def speaks_in_adverbial_clause(ctx: Context, a: int, before: int) -> bool:
    """Does an adverbial clause (or a coordinated one: ', and Y said:') open between tokens *a*
    and *before* whose own verb of speech stands before *before* ('when Park Ji-woo said:'), or
    a verb of speech with a subject of its own after an object ('X heard Y say:')? Then what
    *before* introduces is that clause's subject's, never the sentence subject's; so it is when
    the clause's own past verb ends on *before* and the sentence's verb is no verb of speech ('X
    laughed when the robot beeped:'). 'X responded as the crowd cheered:' stays X's, and so does a
    reduced clause with no subject: 'X laughed when asked about it:')."""
    words, verbs, lows = ctx.tokens.words, ctx.lexicon.verb_forms, ctx.lows
    a = max(a, before - CLAUSE_WINDOW)  # (a bounded look back: the cost stays linear)
    if _bare_infinitive_speech(words, verbs, a, before):
        return True
    for k in range(a, before):
        coordinated = lows[k] in ("and", "but") and words[k - 1] == "," and opens_subject(words[k + 1])
        if (lows[k] in _ADVERBIAL_CLAUSE_OPENERS or coordinated) and ctx.quote_of[k] < 0:
            nxt = words[k + 1] if k + 1 < before else ""
            if not coordinated and (nxt == "being" or past_form(nxt) or nxt in IRREGULAR_PARTICIPLES):
                return False  # ('X laughed when asked about it:': a reduced clause, X its subject)
            if any(verbs.get(lows[m], ("", ""))[1] == "speech" for m in range(k + 1, before)):
                return True
            # ('X laughed when the robot beeped:': the clause's own verb ends on the colon, and
            # X's verb is no verb of speech; 'X responded as the crowd cheered:' stays X's)
            own = before - 1 > k + 1 and _utterance_past(words, lows, before - 1)
            whole = opens_subject(nxt) and "," not in words[k + 1 : before]  # (one clause to the colon)
            return own and whole and not any(verbs.get(lows[m], ("", ""))[1] == "speech" for m in range(a, k))
    return False


#: Subordinators of time whose clause, ending on a colon, voices the quotation after it.
_TIME_CLAUSE_OPENERS = frozenset("when before as until while after".split())
#: Particles of a phrasal verb that takes a turn in talk ('cut in', 'broke in', 'shot back', 'spoke up').
_TURN_PARTICLES = frozenset("in back up".split())


def adverbial_speaker(ctx: Context, a: int, before: int) -> tuple[int, int] | None:
    """The subject of a clause of time between tokens *a* and the colon at *before* that ends on
    the colon: a person's name (with its apposition) and its own past verb, a particle after it
    or none ('"C1," A said, before | B, ROLE, | cut in: "C2"', 'A was speaking when | B |
    interjected:'); its subject voices the quotation. None otherwise."""
    words, lows = ctx.tokens.words, ctx.lows
    for k in range(max(a, before - CLAUSE_WINDOW), before - 2):
        if lows[k] not in _TIME_CLAUSE_OPENERS or ctx.quote_of[k] >= 0 or not is_name_word(words[k + 1]):
            continue
        got = name_and_apposition(words, k + 1, before - 1)
        if got is None:
            continue
        tail = words[got[1] : before]
        phrasal = len(tail) == 2 and tail[1] in _TURN_PARTICLES  # ('cut in', 'broke in', 'shot back')
        plain = 1 <= len(tail) <= 2 and all(w.isalpha() and w.islower() for w in tail)
        if plain and (phrasal or _utterance_past(words, lows, got[1])):
            return k + 1, got[0]
    return None


def _utterance_past(words: Sequence[str], lows: Sequence[str], k: int) -> bool:
    """Is token *k* a clause's own past verb that its subject could voice a quotation with
    ('when the robot beeped'), not a verb of happening ('as the meeting ended') nor a passive
    ('as the votes were counted')?"""
    w = words[k]
    return w.islower() and past_form(w) and w not in EVENT_VERBS and lows[k - 1] not in COPULA


#: Words before a plain verb form that keep it the subject's own verb ('they will say', 'did say').
_VERB_GROUP = frozenset(
    "to do did does not n't never also will would can could may might must should shall".split()
)


def _bare_infinitive_speech(
    words: Sequence[str], verbs: Mapping[str, tuple[str, str]], a: int, before: int
) -> bool:
    """Does a verb of speech in its plain form stand right before *before*, after an object
    that follows token *a*, a bare infinitive with a subject of its own ('X heard somebody at the
    back say:', 'X let the coach speak:'): a verb of perception or causation before it? Not
    right after the subject ('They say:') nor after an auxiliary, a modal or *to*; a noun of
    saying is no verb ('Lund delivered a snappy retort:', 'his famous demand:')."""
    m = before - 1
    if m <= a:
        return False
    low = words[m].lower()
    form = verbs.get(low)
    if form is None or form[1] != "speech" or form[0] != low:
        return False
    prev = words[m - 1]
    return (
        prev[:1].isalnum()
        and prev.lower() not in _VERB_GROUP
        and any(words[k].lower() in BARE_INFINITIVE_VERBS for k in range(a, m - 1))
    )


#: How far before a colon a passive's *by* may stand: the agent with an apposition ('by Ines
#: Marr, ferry purser at the Skerrick Island Ferry Company:').
AGENT_TOKENS = 20


def agent_before(ctx: Context, floor: int, colon: int) -> tuple[int, int] | None:
    """The agent of a passive that token *colon* closes ('Ana Berg was interrupted by Tom Hale:',
    'Hale was answered by Ana Berg:'), read back to *floor*: the phrase after *by*, which
    speaks; None when no such passive ends there."""
    words, lows = ctx.tokens.words, ctx.lows
    for k in range(colon - 2, max(floor, colon - AGENT_TOKENS), -1):
        if lows[k] != "by":
            continue
        verb, be = lows[k - 1], lows[k - 2]
        if not ((verb.endswith("ed") or verb in IRREGULAR_PAST) and (be in COPULA or be == "got")):
            return None
        src = np_right(ctx.tokens, k + 1, colon - 1, ctx.lexicon)
        if src is None or src[1] != colon - 1 or not words[src[0]][:1].isalnum():
            return None
        return src if all(ctx.quote_of[m] < 0 for m in range(src[0], colon)) else None
    return None


def opens_adverbial_clause(words: Sequence[str], k: int, group: int) -> bool:
    """Does token *k* open an adverbial clause whose subject follows it before the verb group
    at *group* ('X listened as Y told', 'X nodded when the judge said'; not 'such as', 'as well
    as')?"""
    if words[k].lower() not in CLAUSE_SUBORDINATORS or k + 1 >= group:
        return False
    return words[k - 1].lower() not in ("such", "well", "so", "just") and opens_subject(words[k + 1])


def clause_after_cue(words: Sequence[str], k: int, last: int) -> bool:
    """Does token *k*, after a cue or its object, open an adverbial clause of its own that ends
    by *last* ('told reporters | once the count had finished:'), not the cue's adverb before its
    content ('said once that C')?"""
    return k + 1 <= last and words[k + 1].lower() != "that" and opens_adverbial_clause(words, k, last + 1)


def opens_subject(w: str) -> bool:
    """Can word *w* open a clause's subject: a name, a determiner, a number, a subject pronoun
    or an indefinite one ('somebody', 'many')?"""
    low = w.lower()
    return (
        is_name_word(w)
        or low in DETERMINERS
        or low in NUMBER_WORDS
        or low in _SUBJECT_OPENERS
        or w in SUBJECT_PRONOUNS
        or low in SUBJECT_PRONOUNS
    )


#: Pronouns that may open the subject of an adverbial clause ('as somebody at the back shouted').
_SUBJECT_OPENERS = frozenset(
    "somebody someone everybody everyone nobody anyone many several some few most".split()
)


def clause_after_subject(words: Sequence[str], floor: int, subject_first: int, a: int, group: int) -> bool:
    """Do the words from token *a* (after a sentence's subject) to the verb group at *group*
    hold a clause rather than the subject's modifiers: a past form and its object right after the
    subject ('X heard the coach say', 'X shook his head as ...'; not 'A panel led by X'), or a
    subject from *subject_first* (in a sentence from *floor*) that a preposition or a participle
    opens, or that follows one, with a comma after it ('Unlike X, one of the wives said',
    'Standing beside X, ...': the real subject follows the comma)?"""
    if (
        a + 1 < group
        and past_form(words[a])
        and opens_subject(words[a + 1])  # (its object; 'A panel led by X agreed': a reduced relative)
        and words[a + 1].lower().rstrip(".") not in TIME_NAMES  # ('A poll released Wednesday found')
    ):
        return True
    opener = words[subject_first - 1 if subject_first > floor else subject_first]
    return fronted_opener(opener) and "," in words[a:group]


def fronted_opener(word: str) -> bool:
    """Does *word* open a fronted phrase rather than a subject: a preposition ('In a letter to
    X,', 'Unlike X,'; not *about* before a number, 'About four in 10 voters say') or a
    participle ('Standing beside X,')?"""
    low = word.lower()
    return (
        (low in PREPOSITIONS and low != "about")
        or low in FRONTING_PREPOSITIONS
        or low == "unlike"
        or low.endswith("ing")
    )


def fronted_participle(words: Sequence[str], start: int, cue: int) -> bool:
    """Do tokens *start* .. *cue* read as one fronted prepositional phrase whose object a past
    participle modifies ('In a notice | posted at the gate, ORG warned ...', 'In its letter sent
    ...'): a preposition, one determiner, then words up to a past form at *cue* with no second
    determiner (which would open a subject: 'In Oslo the union said')? The participle is a
    reduced relative on the noun (Quirk et al. 1985 §17.27), so the phrase is not its subject."""
    return (
        cue - start >= 3
        and words[start].lower() in PREPOSITIONS
        and words[start + 1].lower() in DETERMINERS
        and past_form(words[cue])
        and all(w[:1].isalpha() and w.lower() not in DETERMINERS for w in words[start + 2 : cue])
    )
