"""A new report inside a reported clause: a subject of its own and a finite verb of saying.

A reported clause that runs on over a comma or *but* into ``Y said C`` would give Y's words to
the first source: 'In a week when the mayor was talking about closing the pier, Yepez said the
council was wrong' is Yepez's report, not the mayor's (the fronted clause ends at its comma,
Quirk et al. 1985, §15.2); 'The rebels claimed the blast but police officials have said they
doubt it' holds two reports joined by *but* (§13.5, clause coordination). The content of the
first cue ends before the second clause, whose cue then reports on its own.

Also here: a named subject's report after *and* (:func:`coordinated_report`), the fronted
clauses whose report ends at their comma (:func:`in_fronted_clause`), and
a short time phrase, which is no speaker (:func:`time_phrase`), and a second report by the
same subject after ', then' (:func:`later_report`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotex.attributions.apposed_names import name_and_apposition
from quotex.attributions.context import Context, holds_simple_past
from quotex.attributions.frame_verbs import frame_colon
from quotex.attributions.verb_groups import verb_group_start
from quotex.lexicon.function_words import PRONOUNS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import FINITE_AUXILIARIES, FRONTED, MODALS, TOPIC_PREPOSITIONS
from quotex.lexicon.titles import HONORIFICS
from quotex.lexicon.verb_frames import MAIN_REPORT_FORMS
from quotex.mentions import is_name_word
from quotex.mentions.words import past_form

#: Words a subject may hold before its verb (a name of up to four words after an honorific or
#: a role, or a determiner and up to four lower-case words: 'police officials', 'the county clerk').
SUBJECT_WORDS_MAX = 5

#: Determiners that open no subject of a new clause here ('that', 'this' open a reported clause's
#: own subject too often: 'said this was wrong').
_OPENING_DETERMINERS = frozenset(["the", "a", "an", "some", "several", "many", "most", "two", "three"])


def _subject_word(word: str, first: bool) -> bool:
    """A word that may stand in a subject before its verb: a name word or honorific, or a
    lower-case word (the caller rules out verb forms)."""
    if is_name_word(word) or word.rstrip(".").lower() in HONORIFICS:
        return True
    if first:
        return word.lower() in _OPENING_DETERMINERS
    return word.isalpha() and word.islower()


#: Past participles of saying after an auxiliary ('have said', 'had told').
_REPORT_PARTICIPLES = frozenset("said told added argued insisted claimed warned".split())


def opens_with_subordinate(words: Sequence[str], a: int, k: int) -> bool:
    """The reported clause from *a* opens with a subordinate clause ('(that) when the storm
    came, ...'), so a comma before *k* may close it and its main clause still follows."""
    if a < k and words[a].lower() == "that":
        a += 1
    return a < k and words[a].lower() in FRONTED


#: Forms of *say* and *tell* after a name set off by commas ('a charity backing X, Ida Berg,
#: said C'); not verbs that take a plain object ('Burton, AKA Danger Mouse, wrote songs').
_SAYING_FORMS = frozenset("said says told tells".split())


def colon_frame(words: Sequence[str], qo: Sequence[int], v: int, last: int) -> bool:
    """Token *v* is the verb of the frame ``VERBED: "C"``, whatever the verb ('scoffed: "C"',
    'shot back: "C"'): a frame verb (:func:`~quotex.attributions.frame_verbs.frame_verb`), maybe
    a short object or adjunct (:func:`~quotex.attributions.frame_verbs.frame_colon`: 'emailed a
    neighbour:'), then a colon and a quotation."""
    c = frame_colon(words, v, last)
    return c > 0 and c + 1 <= last and qo[c] < 0 and qo[c + 1] >= 0


def _apposed_name_end(words: Sequence[str], qo: Sequence[int], c: int, last: int) -> int:
    """The comma that closes a name set off after the comma *c* (', Ida Berg,'), or -1."""
    j = c + 1
    while j <= last and j - c <= SUBJECT_WORDS_MAX and qo[j] < 0 and is_name_word(words[j]):
        j += 1
    return j if j > c + 1 and j < last and words[j] == "," else -1


def _saying_verb(words: Sequence[str], qo: Sequence[int], v: int, last: int) -> bool:
    """Token *v*, after a name set off by commas, is a form of *say* or *tell*, or the verb of
    a colon frame ('..., Ida Berg, said C', 'one, Ida Berg, deadpanned: "C"')."""
    return words[v] in _SAYING_FORMS or colon_frame(words, qo, v, last)


def new_report_at(ctx: Context, k: int, last: int, *, bare: bool = False) -> bool:
    """Tokens from *k* open a clause of their own that reports: a subject (a capitalised name,
    maybe after an honorific or a role, or a determiner and up to four lower-case words; with
    *bare*, after *but*, also lower-case words alone: 'but police officials have said'), maybe an
    auxiliary, then a finite form of *say*, *tell*, *add*, ... (``MAIN_REPORT_FORMS``) outside any
    quotation, with its own content after it (a word that is no time word, or a quotation: not
    the trailing credit 'C, Yepez said.' nor 'C, officials said Monday.')."""
    words: Sequence[str] = ctx.tokens.words
    qo = ctx.quote_of
    verbs = ctx.lexicon.verb_forms
    if k > last or qo[k] >= 0:
        return False
    first = words[k]
    named = is_name_word(first) or first.rstrip(".").lower() in HONORIFICS
    bare_start = bare and first.isalpha() and first.islower() and first not in verbs
    if not named and first.lower() not in _OPENING_DETERMINERS and not bare_start:
        return False
    m = k
    while m <= last and m - k < SUBJECT_WORDS_MAX:
        w = words[m]
        if qo[m] >= 0:
            return False
        if m > k and w.islower() and (w in MAIN_REPORT_FORMS or w in FINITE_AUXILIARIES or w in MODALS):
            break
        if m > k and w.islower() and colon_frame(words, qo, m, last):
            break  # 'but Ida Berg emailed a neighbour: "C"': an unlisted verb of a colon frame
        if w == "," and named and m > k and m + 1 <= last and _saying_verb(words, qo, m + 1, last):
            m += 1  # '..., Tomas Reyes, said C': a name set off by commas is the main clause's subject
            break
        if (
            w == ","
            and m > k
            and (c := _apposed_name_end(words, qo, m, last)) > 0
            and _saying_verb(words, qo, c + 1, last)
        ):
            m = c + 1  # 'but one, Ida Berg, deadpanned: "C"': the subject's name in apposition
            break
        if not (_subject_word(w, m == k) or (bare and m == k)):
            return False
        if w.islower() and w in verbs:
            return False  # 'the tolls rose ...', 'the plan would ...': another clause's verb
        m += 1
    else:
        return False
    if words[m] in FINITE_AUXILIARIES or words[m] in MODALS:
        m += 1
        if m > last or words[m] not in _REPORT_PARTICIPLES:
            return False
    if m > last or qo[m] >= 0:
        return False
    if words[m] not in MAIN_REPORT_FORMS:
        return colon_frame(words, qo, m, last)  # 'but Ida Berg scoffed: "C"'
    nxt = m + 1
    if nxt < last and words[nxt] in (":", ",") and qo[nxt] < 0:
        return qo[nxt + 1] >= 0  # 'Mr. Pell said: "C"'
    return nxt <= last and (
        qo[nxt] >= 0 or (words[nxt][:1].isalnum() and words[nxt].lower() not in TIME_WORDS)
    )


#: Verb classes of the lexicon whose finite form after *and* and a name opens a report of its own.
_COORDINATED_CLASSES = frozenset(["speech", "stance", "cognition"])


def coordinated_report(ctx: Context, a: int, k: int, last: int) -> bool:
    """Is *and* at token *k* the joint between two reports: a clause from *a* that has a finite
    verb of its own, then a name and a finite verb of saying or thinking with its own *that*
    clause, colon or quotation ('said the lock would be drained | and Ina Berg agreed that the
    bell would be recast': two clauses, two sources, Quirk et al. 1985, §13.5)? Not 'said the
    mayor and Ina Berg agreed that C' (no verb before *and*: a compound subject)."""
    words, qo = ctx.tokens.words, ctx.quote_of
    m = k + 1
    while m <= last and m - k <= SUBJECT_WORDS_MAX and qo[m] < 0 and is_name_word(words[m]):
        m += 1
    if m == k + 1 or m + 1 > last or qo[m] >= 0:
        return False
    verb, after = words[m], words[m + 1]
    if qo[m + 1] < 0 and after.lower() not in ("that", ":"):
        return False
    entry = ctx.lexicon.verb_forms.get(verb)
    if entry is None or entry[1] not in _COORDINATED_CLASSES or not verb.endswith(("ed", "s", "id", "ld")):
        return False  # (a finite form: 'agreed', 'insists', 'said', 'told'; not 'saying')
    finite = any(words[j] in FINITE_AUXILIARIES or words[j] in MODALS for j in range(a, k) if qo[j] < 0)
    return finite or holds_simple_past(words, qo, a, k)


#: How many words a time phrase read as a subject holds ('One month', 'Two weeks later').
TIME_PHRASE_WORDS = 3


def time_phrase(words: Sequence[str], subj: tuple[int, int]) -> bool:
    """Is the phrase *subj* a short time phrase ('One month after announcing ...': a period of
    time ends it, a number or determiner opens it), which speaks for nobody?"""
    first, last = subj
    return last - first < TIME_PHRASE_WORDS and words[last] in TIME_WORDS


#: 'Ever since', 'even when', 'At a time when', 'In a year when', 'Last month, when' (a noun of
#: time and its relative *when* open the clause as a subordinator does).
_BEFORE_SUBORDINATOR = frozenset(
    """, ever even just only especially and but time moment day night week month year season era
    period decade""".split()
)


def in_fronted_clause(lows: Sequence[str], first: int, src: int) -> bool:
    """The source at token *src* stands in a fronted adverbial clause, so its report ends at that
    clause's comma: 'While Ramos said that X, he ...', 'Though Ramos was not willing to say C,
    the mayor ...', also when the subordinator ran into the source phrase ('While Ramos wrongly
    claimed that X, ...': *src* is the subordinator), and after an opening phrase
    (:func:`opens_fronted_clause`). *lows*: the words in lower case (``Context.lows``)."""
    return (lows[first] in FRONTED and first <= src) or opens_fronted_clause(lows, first, src)


def opens_fronted_clause(lows: Sequence[str], first: int, src: int) -> bool:
    """A subordinator opens the clause that holds the source, after an opening phrase:
    'Last month, when Ramos said that X, he ...', 'Ever since Ramos said X, ...', 'Even as
    Ramos said X, ...' (*as* only after *even* or *just*: 'As Ramos said, ...' is a credit). The
    reported clause then ends with that subordinate clause (at its comma). *lows*: the words in
    lower case. The walk goes back from the source to the nearest comma or such subordinator:
    only the last of them, from left to right, decides."""
    for k in range(src - 1, first, -1):
        low = lows[k]
        if low == ",":
            return False  # ('When asked, the women said ...': that clause has closed)
        before = lows[k - 1]
        if low in FRONTED and (low != "as" or before in ("even", "just")) and before in _BEFORE_SUBORDINATOR:
            return True
    return False


def later_report(words: Sequence[str], m: int, last: int, verbs: Mapping[str, tuple[str, str]]) -> bool:
    """Is token *m* (after ', then' or ', later') a past or -ing speech verb ('added', 'told',
    'adding'): the same source goes on to a second report?"""
    if m > last or not words[m].islower():
        return False
    lemma, kind = verbs.get(words[m].lower(), ("", ""))
    w = words[m].lower()
    present = w in (lemma, lemma + "s", lemma + "es")  # ('then says': the reporter's narration)
    return kind == "speech" and not present


def main_report_start(words: Sequence[str], a: int, k: int) -> int:
    """The first token of the main clause's verb group when token *k* of a relative clause's
    content (from token *a*) is a finite form of *say*, *tell*, *add* ... (``MAIN_REPORT_FORMS``)
    after a word of the clause, maybe with adverbs or a perfect before it ('A woman who has
    accused the mayor | said ...', '| now says ...', '| has since said ...'; Quirk et al. 1985,
    §17.8); the plain *say* or *tell* only after such adverbs ('Dockers who criticised the board
    | now say ...'); else -1."""
    low = words[k].lower()
    g = verb_group_start(words, k, a + 1)
    inner = [w.lower() for w in words[g:k] if w.lower() not in _PERFECT]
    if not inner or any(w in FINITE_AUXILIARIES or w in _NON_TIME for w in inner):
        g = k  # ('whether the coach | had argued', 'nobody | had been told': the clause's own group)
    if low not in MAIN_REPORT_FORMS and not (low in ("say", "tell") and g < k):
        return -1
    before = words[g - 1].lower()  # (the clause's last word; a subject pronoun opens the group's own clause)
    return g if words[g - 1][:1].isalnum() and before not in STOP_WORDS and before not in PRONOUNS else -1


#: Perfect auxiliaries, which stand in the main clause's group only with a time adverb
#: ('has since said'), and the words of a group that make it the reported clause's own (a
#: passive or a negation: 'had been told', 'had not said').
_PERFECT = frozenset(["has", "have", "had"])
_NON_TIME = frozenset(["be", "been", "being", "not", "n't", "never"])


def colon_opens_report(ctx: Context, a: int, k: int, last: int) -> bool:
    """Does the colon at token *k* end the reported clause that opens at token *a*, because
    what follows is a report of its own: a sentence with a subject and a verb of saying ('...
    as an example: He says C', a capital, then the verb within three words), or a quotation
    after a clause that is only a topic, a phrase opened by (or right after) *about*, *on* or
    *over* ('talked about the delay: "C"', 'laughed when asked about it: "C"')? The quotation
    is then the subject's own words, not part of the topic."""
    words, verbs, lows = ctx.tokens.words, ctx.lexicon.verb_forms, ctx.lows
    if k + 1 <= last and ctx.quote_of[k + 1] >= 0 and ctx.quote_of[k] < 0:
        return lows[a] in TOPIC_PREPOSITIONS or (a > 0 and lows[a - 1] in TOPIC_PREPOSITIONS)
    return (
        k + 2 <= last
        and words[k + 1][:1].isupper()
        and any(
            w.islower() and verbs.get(w, ("", ""))[1] == "speech" for w in words[k + 2 : min(last, k + 4) + 1]
        )
    )


def next_subject_reach(words: Sequence[str], k: int) -> int:
    """How far after the comma at token *k* the verb of a new clause is looked for: further past a
    name with an apposition (', and Yonas Habtemariam, the general secretary of BODY, agreed')."""
    named = k + 5 < len(words) and is_name_word(words[k + 2]) and "," in words[k + 3 : k + 6]
    return 24 if named else 12


def apposed_clause(words: Sequence[str], k: int, last: int) -> bool:
    """Does a clause with a name and its apposition as its subject open at token *k* (after *, and*):
    'and | NAME, the general secretary of BODY, objected, adding ...' (a past verb after the
    apposition's closing comma)? Then the report before it ends at the comma."""
    got = name_and_apposition(words, k, last)
    if got is None or got[1] == got[0] + 1 or got[1] > last:
        return False  # (no apposition: the plain cases are read elsewhere)
    w = words[got[1]]
    return w.isalpha() and w.islower() and past_form(w)
