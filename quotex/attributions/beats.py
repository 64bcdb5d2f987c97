"""Narrative beats: a sentence beside a quotation whose subject is one person doing something.

Feature copy often sets a quotation with no cue verb beside a sentence of narrative about its
speaker: *Aroha Ngata set down the coil and looked at the harbour. "Q."*, *"Q1," A said. Her
deckhand, B, shook his head. "Q2."*, *"Q." A was not convinced.* The sentence (the *beat*)
tells who speaks. :func:`beat_source` reads one: a sentence of at most
:data:`BEAT_MAX_TOKENS` tokens ending in a full stop, without a quotation or a verb of speech,
stance or cognition (a report of somebody's words is no beat), whose subject is one person —
*he*/*she*, a name (two name words, or one the text gave as a surname), a description ending in
a role noun, or either with an apposition (*Her deckhand, B,*) — and whose next word is a
finite verb (a past or present form, a copula, an auxiliary or a modal). A thing or a group
(*The storm hit A's boat.*, *A and B packed the nets.*, *The crew shook their heads.*) is no
beat, nor is a passive with an adjunct (*A was arrested in 2014.*); a possessed role is a
description (*The ferry's captain looked away.*). The sieve uses a beat adjacent to an uncredited
quotation (rule ``narrative_beat``): right before it (the beat then ends a split quotation before
it), or between it and a second quotation (:func:`beat_credit_after`); a beat after a quotation
with nothing after it credits nobody.

A fronted participial clause (*Asked whether C, A shrugged.*, *When asked about X, ...*) ends at
its comma and the subject is read after it (:func:`front_comma`); its verbs, and those of a
clause inserted between the name and its verb (*A, asked about the fire, shook her head.*, *A --
who had said nothing -- stood up.*: :func:`inserted_clause`), have no subject of their own, so a
verb of speech there makes no report. The unnamed questioner's attribution of such a clause
leaves the sentence open to the sieve (:func:`fronted_questions`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.attributions.context import Context
from quotex.attributions.introducers import SPEAKING_MANNERS
from quotex.attributions.model import Attribution
from quotex.attributions.subjects import sentence_subject
from quotex.lexicon.function_words import DETERMINERS, NOT_NAMES
from quotex.lexicon.grammar import (
    ADVERBS,
    COPULA,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    MODALS,
    NOUN_LIKE_PAST,
    PHRASAL_PARTICLES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SAYING_NOUNS,
)
from quotex.mentions import is_name_word
from quotex.mentions.words import is_body_word, is_role
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence

if TYPE_CHECKING:
    from quotex.attributions.quotation_rules import QuoteSite

#: The most tokens of a beat sentence (a gesture, an action with its objects and adverbials).
BEAT_MAX_TOKENS = 24
#: The most tokens of an apposition inside a beat's subject (', a net mender from the island,').
APPOSITION_TOKENS = 14
#: The most lower-case words before a name or ending a description ('her old deckhand').
MODIFIER_WORDS = 3
#: How far back a one-word name is looked for as the last word of a longer one (tokens: the
#: look stays linear in the text).
NAMED_BEFORE_TOKENS = 3000
#: Verb kinds of the lexicon that make a sentence a report, not a beat.
REPORT_KINDS = frozenset(["speech", "stance", "cognition"])
#: Pronouns that name one person.
PERSON_PRONOUNS = frozenset(["he", "she"])
#: Finite verbs of a singular subject that open a copular, perfect or modal predicate.
SINGULAR_FINITE = frozenset(["was", "is", "has", "had", "did", "does"]) | MODALS
#: Words that join a second subject to the first: a group speaks with no one voice.
GROUP_WORDS = frozenset(["and", "or", "&", "with", "nor", "plus"])

#: Words that open a subject before its modifiers and head ('the', 'her').
_OPENERS = DETERMINERS | POSSESSIVE_DETERMINERS

Beat = tuple[tuple[int, int], int]
#: A beat the sieve keeps: its source (token range), cue (the verb's character range), last
#: token and paragraph.
BeatSite = tuple[tuple[int, int], tuple[int, int], int, int]


def beat_source(ctx: Context, s: Sentence) -> Beat | None:
    """(subject token range, verb token) when sentence *s* is a narrative beat of one person,
    else None (see the module docstring)."""
    words, lows = ctx.tokens.words, ctx.lows
    if s.last - s.first > BEAT_MAX_TOKENS or words[s.last] != ".":
        return None
    if any(ctx.quote_of[k] >= 0 for k in range(s.first, s.last + 1)):
        return None  # (a quotation)
    subj = sentence_subject(ctx, s)
    a = s.first if subj is None else subj[0]
    front = front_comma(words, s)
    after_comma = a > s.first and words[a - 1] == ","  # ('At the meeting on Tuesday, | A')
    if front >= 0:
        a = front + 1  # ('Told of the decision, | A shrugged.')
    elif lows[s.first] in PREPOSITIONS and "," not in words[s.first : _past_phrase(ctx, s.first, s.last)]:
        past = _past_phrase(ctx, s.first, s.last)  # ('For a moment Aroha Ngata looked away.')
        if not after_comma or person_subject(ctx, past, s.last) is not None:
            a = past
    got = person_subject(ctx, a, s.last)
    if got is None:
        return None
    src, v = got
    skip = (src[1] + 1, v - 1) if inserted_clause(ctx, src[1] + 1, v) else None
    if (
        _reports(ctx, a if front >= 0 else s.first, s.last, skip)
        or (front >= 0 and _others_report(ctx, s.first, front))
        or (skip is not None and _others_report(ctx, skip[0] + 1, skip[1]))
    ):
        return None  # (a report: 'A listened as B explained the plan.')
    while (
        v < s.last
        and not finite_verb(words, v)
        and (lows[v] in ADVERBS or (lows[v].endswith("ly") and words[v].islower()))
    ):
        v += 1
    if not finite_verb(words, v) or _passive(words, v, s.last):
        return None
    return src, v


def _reports(ctx: Context, first: int, last: int, skip: tuple[int, int] | None) -> bool:
    """Does a verb of speech, stance or cognition stand in tokens *first..last*, outside the
    token range *skip* (an inserted clause)? A report is no beat ('A listened as B explained');
    a form after a determiner is a noun ('looked down at her notes')."""
    lo, hi = skip if skip is not None else (last + 1, last)
    return any(_report_word(ctx, k) for k in range(first, last + 1) if not lo <= k <= hi)


#: Object pronouns that name another person inside a clause ('Listening to him describe ...').
_OTHER_PERSONS = frozenset(["him", "her", "them"])


def _report_word(ctx: Context, k: int) -> bool:
    """Is token *k* a verb of speech, stance or cognition (not a particle, not after a determiner,
    not before *nothing*)?"""
    lows = ctx.lows
    return (
        ctx.lexicon.verb_forms.get(lows[k], ("", ""))[1] in REPORT_KINDS
        and lows[k] not in PHRASAL_PARTICLES
        and not (k + 1 < len(lows) and lows[k + 1] == "nothing")  # ('A said nothing for a moment.')
        and not (k > 0 and (lows[k - 1] in _OPENERS or lows[k - 1] in ("'s", "’s")))  # ('her notes': nouns)
        and not (lows[k] in SAYING_NOUNS and k > 1 and lows[k - 2] in _OPENERS)  # ('a simple answer')
    )


def _others_report(ctx: Context, first: int, last: int) -> bool:
    """Does a clause of tokens *first..last* (a fronted or inserted participial clause) hold a
    verb of report after another person's name or an object pronoun ('Listening to B describe the
    fire,', 'Asked whether B had lied,'): someone else's words, so the sentence is no beat? The
    clause's own participle and an infinitive of its subject ('Asked to comment,') are not."""
    words, lows = ctx.tokens.words, ctx.lows
    other = False
    for k in range(first + 1, last + 1):
        if other and _report_word(ctx, k):
            return True
        other = (
            other
            or lows[k] in _OTHER_PERSONS
            or (is_name_word(words[k]) and words[k].lower() not in NOT_NAMES)
        )
    return False


#: Subordinators that may open a fronted participial clause ('When asked about ...').
FRONT_SUBORDINATORS = frozenset("when while after before once if until since though although unless".split())
#: Words that open the question after a participle of asking ('Asked whether C,').
QUESTION_WORDS = frozenset("whether if what why how who when where which".split())
#: Relative pronouns that open an inserted clause ('A, who had said nothing, ...').
INSERT_RELATIVES = frozenset(["who", "whose"])


def participle(word: str) -> bool:
    """Is lower-case *word* a past or present participle ('asked', 'told', 'speaking')? Not a
    form of *say* ('Said A, ...' is an inverted credit)."""
    if word in ("said", "says", "saying"):
        return False
    return (
        word in IRREGULAR_PARTICIPLES
        or word in IRREGULAR_PAST
        or (word.endswith("ed") and len(word) > 3)
        or (word.endswith("ing") and len(word) > 4)
    )


def participial_front(words: Sequence[str], first: int, comma: int) -> bool:
    """Does the fronted clause of tokens *first..comma* (*comma* the comma ending it) open with a
    participle, after an optional subordinator ('Asked whether C,', 'When asked about X,',
    'Pressed on X,', 'Speaking to reporters,')? Such a clause has no subject of its own: its verbs
    are the main subject's, and a verb of speech there is the question put to it, not a report."""
    k = first + 1 if words[first].lower() in FRONT_SUBORDINATORS else first
    if not (k < comma and words[k].isalpha() and participle(words[k].lower())):
        return False
    nxt = words[k + 1].lower()  # (a complement, not a noun: 'Retired skipper A, 64,' is a subject)
    return nxt == "," or nxt in PREPOSITIONS or nxt in _OPENERS or nxt in QUESTION_WORDS


#: The most tokens of a fronted clause before its comma.
FRONT_TOKENS = 24


def front_comma(words: Sequence[str], s: Sentence) -> int:
    """The comma ending a fronted participial clause that opens sentence *s*
    (:func:`participial_front`: its first comma within :data:`FRONT_TOKENS` tokens), else -1."""
    hi = min(s.last, s.first + FRONT_TOKENS)
    comma = next((k for k in range(s.first + 1, hi) if words[k] == ","), -1)
    return comma if comma >= 0 and participial_front(words, s.first, comma) else -1


def fronted_questions(ctx: Context, s: Sentence, found: Sequence[Attribution]) -> bool:
    """Are the attributions *found* in sentence *s* only the question of an unnamed questioner in
    a fronted participial clause ('Asked whether C, A shrugged.': no source, content ending by
    the clause's comma)? The sentence after the clause may then still be a beat or a closing
    report of its subject."""
    comma = front_comma(ctx.tokens.words, s)
    if comma < 0:
        return False
    end = ctx.tokens.ends[comma]
    return all(att.source is None and att.parts[-1][1] <= end for att in found)


def inserted_clause(ctx: Context, a: int, v: int) -> bool:
    """Do tokens *a..v-1* (between a subject's name and its verb at *v*) form an inserted clause
    set off by commas or dashes that opens with a participle, *who* or *whose* ('A, asked about
    the fire, shook her head', 'A -- who had said nothing all morning -- stood up')?"""
    words = ctx.tokens.words
    if v - a < 3 or words[a] not in INSERT_MARKS or words[v - 1] not in INSERT_MARKS:
        return False
    low = words[a + 1].lower()
    return low in INSERT_RELATIVES or (words[a + 1].islower() and participle(low))


#: Words that set off an inserted clause: a comma or a dash.
INSERT_MARKS = frozenset([",", "--", "\u2014", "\u2013"])
#: The most tokens of an inserted clause between a subject and its verb.
INSERT_TOKENS = 14


#: Words between a passive's auxiliary and its participle ('was not', 'has been', 'is still').
_PASSIVE_SKIP = frozenset(["not", "never", "still", "also", "been", "being", "just", "later"])


def _passive(words: Sequence[str], v: int, last: int) -> bool:
    """A passive with an adjunct after the finite verb at *v* ('was arrested in 2014', 'has
    been elected by the council'): its subject undergoes something, it does nothing. A participle
    that ends the sentence stays a state ('was not convinced', 'was unmoved')."""
    if words[v] not in COPULA and words[v] not in ("has", "had"):
        return False
    k = v + 1
    while k < last and (words[k] in _PASSIVE_SKIP or words[k] in ADVERBS):
        k += 1
    if k >= last or (words[k] not in IRREGULAR_PARTICIPLES and not _verb_like(words[k])):
        return False
    if words[v] in ("has", "had") and words[k - 1] != "been":
        return False  # ('has heard it all before': an active perfect)
    return k + 1 < last and words[k + 1] in PREPOSITIONS


def person_subject(ctx: Context, a: int, last: int) -> Beat | None:
    """The person a subject opening at token *a* names, and the token after the subject:
    *he*/*she*; a name (after a determiner and a role: 'skipper Aroha Ngata'); a description
    ending in a role ('the skipper'); either with an apposition set off by commas (the name in
    the apposition is the source when the head holds none)."""
    words, lows = ctx.tokens.words, ctx.lows
    if lows[a] in PERSON_PRONOUNS:
        return (a, a), a + 1
    j = a
    while j <= last and lows[j] in _OPENERS and words[j] not in ("that", "this"):
        j += 1
    mods = j
    while j <= last and j - mods < MODIFIER_WORDS and words[j].isalpha() and words[j].islower():
        if j > mods and finite_verb(words, j):
            break  # ('The skipper | leaned back')
        j += 1
    name = _name_run(ctx, j, last)
    if any(_verb_like(w) for w in words[mods:j]) or (name is None and mods == j):
        return None  # ('The storm hit A's boat': a verb, not a description)
    if name is not None and mods < j and not is_role(words[j - 1], ctx.lexicon):
        return None  # (a name after lower-case words is the object of something: no title)
    src = name if name is not None else (a, j - 1)
    k = name[1] + 1 if name is not None else j
    if k <= last and words[k] in ("'s", "’s"):  # ("The ferry's captain", "Ngata's cousin")
        return _possessed_role(ctx, a, k, last)
    if k <= last and words[k] in INSERT_MARKS:
        close = _insert_close(ctx, k, last)
        if close < 0 or (
            not inserted_clause(ctx, k, close + 1)
            and any(lows[m] in GROUP_WORDS and _joins_persons(ctx, m) for m in range(k + 1, close))
        ):  # (a second person in an apposition; a clause may name others: 'who sailed with B')
            return None
        inner = _name_run(ctx, k + 1, close - 1)
        if name is None and inner is not None and inner[1] == close - 1:
            src = inner  # ('Her deckhand, Tomas Reyes,': the name)
        elif name is None:
            return None  # ('The skipper, tired and cold, ...': no name in the apposition)
        k = close + 1
    elif name is None and not is_role(words[j - 1], ctx.lexicon):
        return None  # ('The crew', 'The storm': no person)
    if k > last or lows[k] in GROUP_WORDS or words[k] in ("'s", "’s"):
        return None
    return src, k


def _joins_persons(ctx: Context, m: int) -> bool:
    """Can the group word at token *m* of an apposition join a second person to the subject? Not
    inside a capitalised name (*Institute for Coastal and Estuary Studies*), nor a role's *with*
    before its body (*an organiser with the Valley Farmworkers Union*)."""
    words = ctx.tokens.words
    if words[m - 1][:1].isupper() and words[m + 1][:1].isupper():
        j, end = m - 1, m + 1
        while j > 0 and words[j - 1][:1].isupper():
            j -= 1
        while end + 1 < len(words) and words[end + 1][:1].isupper():
            end += 1
        # (a body's name goes on after *of*/*for*, or ends in a body's noun: not 'A, B and C')
        if ctx.lows[j - 1] in ("of", "for") or is_body_word(words[end], ctx.lexicon):
            return False
    return not (ctx.lows[m] == "with" and is_role(words[m - 1], ctx.lexicon))


def _insert_close(ctx: Context, k: int, last: int) -> int:
    """The token that closes an apposition or inserted clause opened by the comma or dash at *k*:
    the next same mark within :data:`APPOSITION_TOKENS` tokens, or :data:`INSERT_TOKENS` for a
    clause opening with a participle, *who* or *whose*; -1 when none closes it."""
    words, mark = ctx.tokens.words, ctx.tokens.words[k]
    nxt = words[k + 1].lower() if k + 1 <= last else ""
    clause = nxt in INSERT_RELATIVES or (words[k + 1].islower() and participle(nxt)) if nxt else False
    reach = INSERT_TOKENS if clause else APPOSITION_TOKENS
    return next((m for m in range(k + 1, min(last, k + reach + 1)) if words[m] == mark), -1)


def _possessed_role(ctx: Context, a: int, k: int, last: int) -> Beat | None:
    """A possessor opening at token *a*, its *'s* at token *k*, then up to
    :data:`MODIFIER_WORDS` lower-case words ending in a role noun ('the ferry's captain'): the
    whole phrase and the token after it; else None ('The storm's path')."""
    words = ctx.tokens.words
    m = k + 1
    while m <= last and m - k - 1 < MODIFIER_WORDS and words[m].isalpha() and words[m].islower():
        if m > k + 1 and finite_verb(words, m):
            break
        m += 1
    if m == k + 1 or m > last or not is_role(words[m - 1], ctx.lexicon):
        return None
    return (a, m - 1), m


def _name_run(ctx: Context, j: int, last: int) -> tuple[int, int] | None:
    """The name starting at token *j*: two or more name words, or one the text gives as a
    surname elsewhere ('Ngata'); else None."""
    words = ctx.tokens.words
    k = j
    while k <= last and ((is_name_word(words[k]) and words[k].lower() not in NOT_NAMES) or words[k] == "-"):
        k += 1
    if k == j:
        return None
    if k - j == 1 and words[j] not in ctx.surnames and not _named_before(words, j):
        return None
    return j, k - 1


def _past_phrase(ctx: Context, a: int, last: int) -> int:
    """The first token after a prepositional phrase opening at token *a* with no comma ('For a
    moment | the skipper'): a capitalised word, *he*/*she*, or a determiner after a noun; *a*
    when none comes within five tokens."""
    words, lows = ctx.tokens.words, ctx.lows
    for k in range(a + 2, min(last, a + 6)):
        if words[k][:1].isupper() or lows[k] in PERSON_PRONOUNS:
            return k
        if lows[k] in DETERMINERS and lows[k - 1] not in DETERMINERS:
            return k
    return a


def _named_before(words: Sequence[str], j: int) -> bool:
    """Did the text write the name word at token *j* earlier as the last word of a longer name
    ('Aroha Ngata ... Ngata shook her head') or as its first, a given name ('Aroha Ngata ...
    Aroha shook her head')?"""
    w = words[j]
    k = max(0, j - NAMED_BEFORE_TOKENS)
    while (k := _index(words, w, k, j)) >= 0:  # (a C scan for the word, then its words around)
        if (k > 0 and is_name_word(words[k - 1])) or is_name_word(words[k + 1]):
            return True
        k += 1
    return False


def _index(words: Sequence[str], w: str, lo: int, hi: int) -> int:
    """The first token from *lo* to *hi* (exclusive) that is *w*, or -1."""
    try:
        return words.index(w, lo, hi)
    except ValueError:
        return -1


def _verb_like(word: str) -> bool:
    """A lower-case past form ('hit', 'packed'): a verb, never a description's modifier."""
    return word in IRREGULAR_PAST or word in NOUN_LIKE_PAST or (word.endswith("ed") and len(word) > 4)


def finite_verb(words: Sequence[str], v: int) -> bool:
    """Token *v* is a finite verb of a singular subject: a past form, a present form in *-s*,
    a copula, an auxiliary or a modal (lower case)."""
    w = words[v]
    if not (w.isalpha() and w.islower()):
        return False
    return (
        w in SINGULAR_FINITE
        or w in IRREGULAR_PAST
        or w in NOUN_LIKE_PAST
        or (w.endswith("ed") and len(w) > 3)
        or (w.endswith("s") and not w.endswith("ss") and len(w) > 3)
    )


def beat_site(ctx: Context, s: Sentence) -> BeatSite | None:
    """Sentence *s* as a :data:`BeatSite` when it is a beat (:func:`beat_source`), else None."""
    got = beat_source(ctx, s)
    if got is None:
        return None
    (a, b), v = got
    return (a, b), (ctx.tokens.starts[v], ctx.tokens.ends[v]), s.last, s.paragraph


def beat_before(ctx: Context, s: Sentence, span: QuoteSpan, beat: BeatSite | None) -> bool:
    """Quotation *span* opens sentence *s*, and *beat* is the sentence right before it, in its
    paragraph: the beat tells the speaker (and ends a split quotation before it)."""
    return (
        beat is not None
        and beat[2] + 1 == s.first
        and (beat[3] == s.paragraph or (beat[3] + 1 == s.paragraph and speech_beat(ctx, beat)))
        and ctx.tokens.starts[_past_lead(ctx, s)] == span.start
    )


def speech_beat(ctx: Context, beat: BeatSite) -> bool:
    """Does *beat*'s predicate tell of speaking: a manner of speaking or a noun of saying
    ('A was blunt.', 'A did not mince words.', 'A had a message for them.') or *put it* ('A put
    it plainly.')? Such a beat ending a paragraph credits the quotation that opens the next one."""
    lows = ctx.lows
    v = bisect.bisect_left(ctx.tokens.starts, beat[1][0])
    return any(
        lows[k] in SPEAKING_MANNERS or lows[k] in SAYING_NOUNS or (lows[k] == "put" and lows[k + 1] == "it")
        for k in range(v, beat[2])
    )


#: Adverbs of sequence that may stand alone with a colon before a quotation after a beat
#: (*A said nothing for a long moment. Then: "Q."*).
_LEAD_ADVERBS = frozenset("then finally later eventually afterwards now".split())


def _past_lead(ctx: Context, s: Sentence) -> int:
    """The first token of sentence *s* after a lone adverb of sequence and its colon ('Then:'),
    else its first token."""
    lead = (
        s.first + 2 <= s.last and ctx.lows[s.first] in _LEAD_ADVERBS and ctx.tokens.words[s.first + 1] == ":"
    )
    return s.first + 2 if lead else s.first


def beat_credit_before(q: QuoteSite) -> Attribution | None:
    """Rule ``narrative_beat``: *A shook her head. "Q."* -> A (the quotation alone in its
    sentence, the beat right before it in the paragraph)."""
    beat = q.beat
    if beat is None or not beat_before(q.ctx, q.s, q.span, beat) or not _alone(q.ctx, q.span, q.s):
        return None
    return q.attribution(beat[0], beat[1], "narrative_beat")


def beat_credit_after(q: QuoteSite) -> Attribution | None:
    """Rule ``narrative_beat`` for the first of two quotations around a beat: *"Q1." A shook her
    head. "Q2."* -> A. The quotation is alone in its sentence, the beat the next sentence of its
    paragraph, and the sentence after the beat opens with the second quotation, with no verb of
    the lexicon outside its marks (not another speaker's credit: *"Q2," B said.*). A beat after
    a quotation with nothing after it credits nobody (*"Q." A made the trip on Monday.*: a
    sentence that only names somebody after a quotation)."""
    ctx, s = q.ctx, q.s
    if not _alone(ctx, q.span, s):
        return None
    sentences = ctx.sentences
    i = bisect.bisect_left(ctx.sentence_firsts, s.first)
    if i + 2 >= len(sentences):
        return None
    beat, after = sentences[i + 1], sentences[i + 2]
    if (
        beat.first != s.last + 1
        or after.first != beat.last + 1
        or after.paragraph != s.paragraph
        or ctx.quote_of[after.first] < 0
    ):
        return None
    verbs = ctx.lexicon.verb_forms
    if any(ctx.lows[k] in verbs and ctx.quote_of[k] < 0 for k in range(after.first, after.last + 1)):
        return None  # ('"Q1." A shook his head. "Q2," B said.': a dialogue)
    got = beat_source(ctx, beat)
    if got is None:
        return None
    (a, b), v = got
    return q.attribution((a, b), (ctx.tokens.starts[v], ctx.tokens.ends[v]), "narrative_beat")


def _alone(ctx: Context, span: QuoteSpan, s: Sentence) -> bool:
    """No word of sentence *s* stands outside the quotation *span*."""
    tokens = ctx.tokens
    for k in range(_past_lead(ctx, s), s.last + 1):
        if (tokens.starts[k] < span.start or tokens.ends[k] > span.end) and tokens.words[k][:1].isalnum():
            return False
    return True
