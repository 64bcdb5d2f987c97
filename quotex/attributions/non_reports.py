"""Findings of the cue table that report nothing: the sieve's ``not_a_report`` filter.

Input: what a cue rule found (an :class:`~quotex.attributions.model.Attribution` and the token
range of its content). Output: whether that content is no reported content after all, so that
the sieve drops the finding. The addressee of an exchange (Levin 1993 §37.1, verbs of transfer
of a message, and the verbs of questioning): after *responding to*, *replying to*, *answered*,
*questioned*, *interviewed*, a person named alone or described (and a time phrase after it:
*questioned Ida Marr for two hours on Saturday*, *questioned two men*, *questioned the port
director, Tom Vance*: :mod:`~quotex.attributions.person_objects`) is whom the words went to, never what was
said, which follows elsewhere (`Lund, responding to Ida Marr, said: "C."`); *responding to the
ruling*, *questioned the figures*, *responded to USA TODAY's request* keep their object, and so
does a headline in title case (`Ida Marr Responds To Tax Protest`). After *argued with* or
*sided against* a name, the name's apposition (*Ana Roe argued with Ivo Berg, a lobbyist for the
Grain Council, on Tuesday*) says who the other party is, not what was said.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions.adjunct_phrases import TIME_PHRASE_WORDS, TIME_PREPOSITIONS, adjunct_phrase
from quotex.attributions.anonymity import withheld_name
from quotex.attributions.clauses import kind_of
from quotex.attributions.context import Context
from quotex.attributions.inscriptions import INSCRIPTION_NOUNS, bears_words, inscription_cue
from quotex.attributions.labels import set_off_label
from quotex.attributions.model import Found
from quotex.attributions.person_objects import person_phrase_end
from quotex.attributions.refusals import neither_said
from quotex.attributions.unclaimed import quantified_object
from quotex.lexicon.function_words import (
    DETERMINERS,
    NAME_PARTICLES,
    OBJECT_PRONOUNS,
    PRONOUNS,
    STOP_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.grammar import (
    COPULA,
    FINITE_AUXILIARIES,
    IRREGULAR_PAST,
    NOUN_LIKE_PAST,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    TOPIC_PREPOSITIONS,
)
from quotex.lexicon.reporting_verbs import SEEKING_VERBS, SELF_GOAL_NOUNS
from quotex.mentions.comma_titles import comma_body
from quotex.mentions.role_heads import POSITION_MODIFIERS
from quotex.mentions.words import is_name_word, past_form
from quotex.records import QuoteKind

#: Verbs (the cue's words, lower case) whose object, when it is a person, is the addressee.
ADDRESSEE_CUES = frozenset(
    [f"{verb} to" for verb in "respond responds responded responding reply replies replied replying".split()]
    + "answer answers answered answering questions questioned questioning interviewed interviewing".split()
)
#: Currency symbols: a number after one is a sum of money.
_CURRENCY = frozenset("$ £ € ¥ ₹".split())
#: Rules whose content runs from the cue to the clause's end.
_CUT_RULES = frozenset(["cue_before_content", "stance"])
#: Subordinators of time that open the reporter's account after a quoted fragment.
_TIME_SUBORDINATORS = frozenset(["after", "before"])


def name_end(words: Sequence[str], a: int, b: int) -> int:
    """The last token of a name that opens at *a* ('Ida Marr', 'Hye-jin Seo', 'Ida van Berg'),
    or ``a - 1`` when none does."""
    k = a
    while k <= b and (
        is_name_word(words[k])
        or (words[k] in NAME_PARTICLES and k > a)
        or (words[k] == "-" and k > a and k + 1 <= b and words[k + 1].isalpha())
        or (k > a and words[k - 1] == "-")
    ):
        k += 1
    return k - 1


#: How many tokens an apposition after an addressee's name may hold: ', the head of the port,'.
_APPOSITION_TOKENS = 12


def past_apposition(ctx: Context, end: int, b: int) -> int:
    """The last token of an apposition after the name that ends at *end* ('questioned Ida
    Marr, the head of the port authority, for an hour': the closing comma; a comma-style post
    and its body, 'NAME, Chairman, House Committee on Works,'), or *end* when none follows: a
    comma, a determiner, possessive or bare noun ('Ida Marr, coxswain,'), no verb of the lexicon,
    no quotation, and a comma within :data:`_APPOSITION_TOKENS` tokens (or the content's end)."""
    words, lows = ctx.tokens.words, ctx.lows
    k = end + 1
    if k + 1 > b or words[k] != ",":
        return end
    verbs = ctx.lexicon.verb_forms
    opener = lows[k + 1]
    ranked = opener in TITLE_MODIFIERS or opener in POSITION_MODIFIERS  # ('head stockman': no verb)
    bare = words[k + 1].isalpha() and words[k + 1].islower() and opener not in STOP_WORDS
    bare = bare and (opener not in verbs or ranked)
    for role in (end, k + 1):  # (', Chairman, House Committee on Works,': the post and its body)
        if (body := comma_body(ctx.tokens, role, b, ctx.lexicon)) > role:
            return body + (body < b and words[body + 1] == ",")
    if opener not in ("the", "a", "an", "its", "his", "her", "their") and not bare:
        return end  # (', coxswain,': a bare role noun opens one too)
    for m in range(k + 2, min(b, k + _APPOSITION_TOKENS) + 1):
        w = words[m]
        if (
            ctx.quote_of[m] >= 0
            or w in (".", ";", ":")
            or (w.islower() and w in verbs)
            or w.lower() in ("who", "that")
        ):
            return end
        if w == ",":
            return m
    return b if b - k <= _APPOSITION_TOKENS else end


def _text(ctx: Context, span: tuple[int, int]) -> str:
    return " ".join(ctx.tokens.text[span[0] : span[1]].split())


def low_text(ctx: Context, span: tuple[int, int]) -> str:
    """The text of *span* in lower case, one space between words: found once per cue of a text
    (the rules ask up to three times)."""
    memo = ctx.cue_lows
    if span in memo:
        return memo[span]
    low = memo[span] = " ".join(ctx.tokens.text[span[0] : span[1]].split()).lower()
    return low


def _addressee_only(ctx: Context, found: Found) -> bool:
    att, a, b = found
    if att.cue is None or low_text(ctx, att.cue) not in ADDRESSEE_CUES:
        return False
    words, starts = ctx.tokens.words, ctx.tokens.starts
    cue = bisect.bisect_left(starts, att.cue[0])
    if cue >= 1 and words[cue - 1][:1].isalnum() and not _text(ctx, att.cue).islower():
        return False  # a headline in title case: 'Ida Marr Responds To Anti-Tax Protest'
    while b > a and not words[b][:1].isalnum():
        b -= 1  # (a closing comma or stop)
    end = name_end(words, a, b)
    end = past_apposition(ctx, end, b) if end >= a else person_phrase_end(words, ctx.lows, a, b, ctx.lexicon)
    after = words[b + 1] if b + 1 < len(words) else "."
    return (
        end >= a
        # ('respond to USA | TODAY's request': the content stopped short; not before a time phrase)
        and (not after[:1].isalnum() or after.lower() in TIME_PREPOSITIONS)
        and after not in ("'s", "’s")
        and (end == b or adjunct_phrase(words, end + 1, b))
    )


def _past_clause(words: Sequence[str], a: int, b: int) -> bool:
    """Do tokens *a..b* hold a lower-case verb in the past ('after a substitute | headed |
    a late winner'): a finite clause of narration?"""
    return any(
        past_form(words[k]) and (words[k] in IRREGULAR_PAST or len(words[k]) > 4)  # (not 'red', 'shed')
        for k in range(a + 1, b + 1)
    )


def _present_cue(ctx: Context, cue: tuple[int, int] | None) -> bool:
    """Is the cue a verb in the present tense ('says', 'insist')?"""
    if cue is None:
        return False
    word = low_text(ctx, cue).split()[0]
    lemma = ctx.lexicon.verb_forms.get(word, ("", ""))[0]
    return bool(lemma) and word in (lemma, lemma + "s", lemma + "es")


def without_trailing_adjunct(ctx: Context, found: Found) -> Found:
    """A mixed report that goes on after its last quotation with a clause of time opened by
    *after* or *before* that holds a past verb ends at the quotation when the quotation is the
    verb's whole object ('cautioned "C," before optimistically predicting that ...') or the cue
    is in the present ('says his side "earned the right to be lucky" after a substitute headed a
    late winner'): the clause is the reporter's account of what came before or after the words.
    After a past cue the clause may be backshifted content ('said it hoped both men would "sit
    down" before the window opened') and stays; so does a time phrase (`vows to "win many
    delegates" on Super Tuesday`, as PolNeAR annotates it)."""
    att, a, b = found
    if att.kind is not QuoteKind.MIXED or len(att.parts) != 1 or att.rule not in _CUT_RULES:
        return found
    words, qo, lows = ctx.tokens.words, ctx.quote_of, ctx.lows
    end = b
    while end > a and not words[end][:1].isalnum() and qo[end] < 0:
        end -= 1  # (a closing stop or comma)
    q = next((k for k in range(end, a, -1) if qo[k] >= 0), -1)
    if q < 0 or q == end or qo[q] == qo[end]:
        return found
    t = q + 1
    low = lows[t]
    if low not in _TIME_SUBORDINATORS or not _past_clause(words, t, end):
        return found
    kind = kind_of(ctx, a, q)  # ('cautioned "C," before ...': the quotation alone, direct)
    if kind is not QuoteKind.DIRECT and not _present_cue(ctx, att.cue):
        return found  # ('said it hoped they would "C" before the window opened': backshifted, its own)
    return attrs.evolve(att, parts=((att.parts[0][0], ctx.tokens.ends[q]),), kind=kind), a, q


#: Prepositions of the other party after a verb of talking ('argued with', 'sided against').
_PARTY_PREPOSITIONS = frozenset(["with", "against"])


def _party_apposition(ctx: Context, found: Found) -> bool:
    """Is the content only the apposition of the person the speaker talked with ('Ana Roe argued
    with Ivo Berg, a lobbyist for the Grain Council, on Tuesday': the lobbyist is who he is, not
    what she said): the cue, *with*/*against*, a name, a comma, then an apposition
    (:func:`past_apposition`) and at most a time phrase?"""
    att, a, b = found
    if att.cue is None or a < 4:
        return False
    words, starts, lows = ctx.tokens.words, ctx.tokens.starts, ctx.lows
    after_cue = bisect.bisect_left(starts, att.cue[1])
    if after_cue >= len(words):
        return False  # (the cue ends the text: 'C, Ana Berg said ')
    if lows[after_cue] not in _PARTY_PREPOSITIONS or words[a - 1] != ",":
        return False
    if name_end(words, after_cue + 1, a - 2) != a - 2:
        return False
    while b > a and not words[b][:1].isalnum():
        b -= 1  # (a closing comma or stop)
    end = past_apposition(ctx, a - 2, b)
    return end > a and (end >= b or adjunct_phrase(words, end + 1, b))


def _inside_question(ctx: Context, found: Found) -> bool:
    """Is the cue the verb of an indirect yes-no question ('was asked whether he expected to
    hear from the FA', 'wondered whether the board believes that C')? What the question asks
    about is nobody's report (Quirk et al. 1985 §15.5): the cue follows *whether* and its
    subject, a pronoun, a name or a noun phrase opened by a determiner (up to three words)."""
    att = found[0]
    if att.cue is None:
        return False
    words, lows = ctx.tokens.words, ctx.lows
    cue = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    for k in range(cue - 1, max(-1, cue - 4), -1):
        if lows[k] == "whether":
            inside = range(k + 1, cue)
            det = (
                k + 1 < cue and lows[k + 1] in DETERMINERS
            )  # ('whether the board believed': its noun phrase)
            verbs = ctx.lexicon.verb_forms
            return k < cue - 1 and all(
                lows[j] in PRONOUNS
                or is_name_word(words[j])
                or (det and words[j].isalpha() and lows[j] not in verbs)
                for j in inside
            )
    return False


def _money_source(ctx: Context, found: Found) -> bool:
    """Does the source open with a sum of money ('set bond at $750,000 for a man charged in a
    crash that killed ...': the phrase '750,000 for a 27-year-old man' names no speaker; a
    sum before its noun stays, '$20 million experts say it costs')?"""
    src = found[0].source
    words = ctx.tokens.words
    return (
        src is not None
        and src[0] >= 1
        and words[src[0] - 1] in _CURRENCY
        and words[src[0]][:1].isdigit()
        and any(w in PREPOSITIONS for w in words[src[0] + 1 : src[1]])
    )


def past_addressee(ctx: Context, found: Found) -> Found:
    """'She replied to him that C', 'responded to Lund that C': the content is the clause after
    the addressee (a name or an object pronoun), a report of the verb of saying, not a stance."""
    att, a, b = found
    if att.cue is None or len(att.parts) != 1 or low_text(ctx, att.cue) not in ADDRESSEE_CUES:
        return found
    words, lows = ctx.tokens.words, ctx.lows
    end = a if lows[a] in OBJECT_PRONOUNS else name_end(words, a, b)
    that = end + 1
    if end < a or that >= b or lows[that] != "that":
        return found
    part = (ctx.tokens.starts[that], att.parts[0][1])
    kind = kind_of(ctx, that, b)
    return attrs.evolve(att, parts=(part,), kind=kind, rule="cue_before_content"), that, b


#: Question words that open an embedded question (Quirk et al. 1985 §15.5): 'did not say whether C'.
_WH_WORDS = frozenset("whether if when how who whom whose what why where which".split())
#: Verbs of refusing whose infinitive of saying withholds the answer: 'declined to say when C'.
_REFUSALS = frozenset("declined declines decline declining refused refuses refuse refusing".split())
#: Infinitives of saying after a verb of refusing: 'declined to say', 'refused to disclose'.
_SAY_INFINITIVES = frozenset(
    "say comment disclose specify discuss confirm reveal explain elaborate identify detail answer".split()
)
#: Words that negate the verb right after them: 'did not say', 'would never say', 'didn't say'.
_NEGATIONS = frozenset(["not", "n't", "never", "didn't", "wouldn't", "couldn't", "won't", "cannot"])
#: Words that open a negative subject, which negates its verb of saying (Quirk et al. 1985
#: §10.58: *neither ... nor*, *nobody*, *no one*, *none*).
_NEGATIVE_SUBJECTS = frozenset(["neither", "nobody", "no", "none", "nor"])
#: The modals of a negative subject's refusal: 'Nobody would say whether C'.
_WOULD = frozenset(["would", "will", "could", "can"])
#: Adverbs between a negation and its verb of saying: 'did not immediately say'.
_NEGATION_ADVERBS = frozenset("immediately publicly specifically yet even directly explicitly".split())


def _may_be_question(lows: Sequence[str], a: int, b: int) -> bool:
    """Can content tokens *a..b* (*lows*: the words in lower case) be the question that
    :func:`_withheld_answer` looks for? Its question word stands at *a*, or after *to say*
    (*a* + 2) and its *on* or *about* (*a* + 3): a cheap test before the cue is looked at."""
    if a > b:
        return False
    if lows[a] in _WH_WORDS:
        return True
    return (
        lows[a] == "to"
        and a + 2 <= b
        and (lows[a + 2] in _WH_WORDS or (a + 3 <= b and lows[a + 3] in _WH_WORDS))
    )


def _withheld_answer(ctx: Context, found: Found) -> bool:
    """Is the content an embedded question that a negated or refused verb of saying leaves
    unanswered ('X did not say whether C', 'X would not say who C', 'X declined to say when C',
    'X refused to comment on whether C', 'Neither X nor Y would say whether C')? The question
    is what the speaker kept back: nothing is claimed, so a fact-checking reader gets no
    quotation (PolNeAR annotates most of them; quotex does not). The cue is a verb of refusing
    before *to say* (and *on*/*about*), or a verb of saying after a negation (over an adverb:
    *did not immediately say*) or with a negative subject, or the *say* of *declined to say*."""
    att, a, b = found
    if att.cue is None or not _may_be_question(ctx.lows, a, b):
        return False
    words, lows = ctx.tokens.words, ctx.lows
    cue = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    last = bisect.bisect_left(ctx.tokens.starts, att.cue[1]) - 1
    k = a
    cue_words = [w.lower() for w in words[cue : last + 1]]
    refused = any(w in _REFUSALS for w in cue_words)
    if k + 1 <= b and lows[k] == "to" and lows[k + 1] in _SAY_INFINITIVES:
        if not refused:
            return False
        k += 2
        if k <= b and lows[k] in ("on", "about"):
            k += 1
    elif not refused:
        j = cue - 1
        while j >= 0 and cue - j <= 3 and lows[j] in _NEGATION_ADVERBS:
            j -= 1  # ('did not immediately say', 'would not publicly say')
        negated = j >= 0 and lows[j] in _NEGATIONS
        # ('Neither NAME nor NAME2 would say whether C', 'Nobody would say when C'; not 'Nobody had
        # told them where to go': that one is a report)
        negative = att.source is not None and lows[att.source[0]] in _NEGATIVE_SUBJECTS
        negated = negated or (negative and lows[cue - 1] in _WOULD)
        declined = cue >= 2 and lows[cue - 1] == "to" and lows[cue - 2] in _REFUSALS
        if not (negated or declined):
            return False
    return k <= b and lows[k] in _WH_WORDS


#: Auxiliaries that open an inverted conditional clause: 'Had X known C, ...' (Quirk et al.
#: 1985 §15.36).
_INVERTING = frozenset(["Had", "Were", "Should"])


def _in_conditional(ctx: Context, found: Found) -> bool:
    """Is the cue inside an inverted conditional clause that opens its sentence ('Had Ida Marr
    known about the leak, she might have acted sooner', 'Were the board to say C, ...')? The
    condition is counterfactual or open: nobody said or knew anything, and the main clause
    after its comma is the writer's. Nor is the condition itself the content of a verb in the
    main clause ('Had Ida Marr been told about the fire, she would have warned the tenants')."""
    att = found[0]
    if att.cue is None or not ctx.sentences:
        return False
    starts = ctx.tokens.starts
    cue = bisect.bisect_left(starts, att.cue[0])
    s = ctx.sentences[max(0, bisect.bisect_right(ctx.sentence_firsts, cue) - 1)]
    words = ctx.tokens.words
    first = s.first
    while first < cue and not words[first][:1].isalnum():
        first += 1  # (an opening mark)
    if words[first] not in _INVERTING:
        return False
    a, b = found[1], found[2]
    if a == first:  # (the condition is the content: it ends at the condition's comma)
        return "," in words[a : min(s.last, b + 1) + 1] and "," not in words[a:b]
    return "," not in words[first:cue] and cue - first <= 12


#: Passive participles of questioning that open a sentence: 'Asked about the delay, X said C'.
_ASKED = frozenset(["asked", "pressed", "questioned", "quizzed", "challenged"])


def _asked_topic(ctx: Context, found: Found) -> bool:
    """Is the content only the topic of an unnamed questioner's question: a passive participle
    of questioning with no source that opens its sentence, then *about*, *on* or *over* and a
    noun phrase ('Asked about the delay, Ida Marr said ...', 'Pressed on the cost, ...')? After
    *when* the question stays ('said so when asked about the budget'). A topic is no question's words
    and nobody's claim; the question itself stays ('Asked whether C', 'Asked about whether C',
    as PolNeAR annotates them)."""
    att, a, b = found
    if att.cue is None or att.source is not None or a + 1 > b:
        return False
    if low_text(ctx, att.cue) not in _ASKED:
        return False
    words, lows = ctx.tokens.words, ctx.lows
    cue = bisect.bisect_left(ctx.tokens.starts, att.cue[0])
    if cue > 0 and words[cue - 1][:1].isalnum() and words[cue - 1] != "\n":
        return False  # ('said so when asked about the budget': the project keeps the question, as PolNeAR)
    return (
        lows[a] in TOPIC_PREPOSITIONS
        and lows[a + 1] not in _WH_WORDS
        and not any(w in FINITE_AUXILIARIES or w == "that" for w in words[a : b + 1])
        and not any(ctx.quote_of[k] >= 0 for k in range(a, b + 1))
    )


#: Words that end the noun phrase at the head of a stance verb's object: prepositions, time
#: words, the infinitive's *to*, conjunctions and subordinators ('a second term | in the state House',
#: 'anonymity | to discuss', 'anonymity | because').
_OBJECT_ENDS = (
    PREPOSITIONS
    | TIME_PHRASE_WORDS
    | frozenset("to because that and or but as after before since while if when".split())
)


def _object_head(words: Sequence[str], a: int, b: int) -> str:
    """The head noun of the object that opens at token *a*, lower case: the last word before a
    preposition, a conjunction, a time word ('re-election | next spring') or punctuation, over
    determiners, adjectives and a possessive ('a second term', 'the Democratic nomination',
    "his party's nomination", 're-election')."""
    head, k = "", a
    while k <= min(b, a + 6) and words[k].lower() not in _OBJECT_ENDS:
        if k > a and words[k].lower() in ("next", "last", "this"):
            break  # ('a fourth term | this autumn'; not 'this office')
        if words[k][:1].isalnum():
            head = words[k].lower()
        elif words[k] not in ("-", "'s", "’s"):
            break
        k += 1
    return head


def _goal_for_self(ctx: Context, found: Found) -> bool:
    """Is the content the object of a verb of seeking or asking (*seek*, *request*, *ask for*,
    ``reporting_verbs.SEEKING_VERBS``) whose head names a goal for the subject itself
    (``reporting_verbs.SELF_GOAL_NOUNS``): an office it runs for ('is seeking a second term in
    the state House', 'sought re-election') or its own anonymity ('who requested anonymity to
    discuss internal deliberations', 'asking for anonymity')? That says what the subject does,
    not a view it holds: no rule gives it, and a report in the main clause stays ('An aide, who
    requested anonymity, said C')."""
    att, a, b = found
    if att.cue is None or att.kind is QuoteKind.DIRECT:
        return False
    verbs = ctx.lexicon.verb_forms
    if not any(verbs.get(w, ("", ""))[0] in SEEKING_VERBS for w in low_text(ctx, att.cue).split()):
        return False
    return _object_head(ctx.tokens.words, a, b) in SELF_GOAL_NOUNS


#: Prepositions that end an inscription noun's phrase ('a sign on a boundary fence'), one set.
_PLACES = PREPOSITIONS | PLACE_PREPOSITIONS
#: Verbs of bearing written words: 'a sign that *read*', 'a shirt *saying*'.
_BEARING_WORDS = frozenset("read reads reading said says saying showed shows showing displayed".split())


def _inscription_source(ctx: Context, found: Found) -> bool:
    """Is the source an object bearing words ('holding up a sign that read "C"', 'A banner
    reading "C" hung ...')? An inscription credited to its sign would name the sign as the
    speaker (and take in the quotation after it, the holder's words)."""
    att = found[0]
    src, cue = att.source, att.cue
    lows = ctx.lows  # (the words in lower case)
    if src is not None and lows[src[1]] in ("hashtag", "hashtags"):
        return True  # ('a hashtag calling for a boycott was trending': a label, whoever posts it)
    if src is None or cue is None:
        return False
    verb = ctx.tokens.text[cue[0] : cue[1]].lower()
    if verb not in _BEARING_WORDS:
        return False  # ('the road sign, warning of delays': a device's message stays)
    head = src[1]
    if lows[head] in ("that", "which") and head > src[0]:
        head -= 1  # 'a sign that read'
    # ('Protesters carried a banner reading "C"': the banner's words, whoever carries it)
    return (
        bears_words(lows[head], verb)
        or _inscription_head(ctx.tokens.words, lows, _phrase_start(lows, src[0]), head)
        or inscription_cue(ctx.tokens.text, cue[0], verb)
    )


#: Tokens that end a phrase going back from a source: punctuation and marks.
_PHRASE_BREAKS = frozenset(",.;:!?()[]\"“”‘’'—–")
#: How far back a source's phrase may open before the source: 'a sign nailed to a fence post
#: beside the ferry ramp' (a source found as 'beside the ferry ramp').
_PHRASE_REACH = 12


def _phrase_start(lows: Sequence[str], first: int) -> int:
    """The first token of the phrase that holds a source opening at token *first*: back over
    words to the last punctuation mark or mark (at most :data:`_PHRASE_REACH` tokens)."""
    k = first
    while k > 0 and first - k < _PHRASE_REACH and lows[k - 1] not in _PHRASE_BREAKS:
        k -= 1
    return k


def _inscription_head(words: Sequence[str], lows: Sequence[str], first: int, last: int) -> bool:
    """Is the head noun of the noun phrase opening tokens *first*..*last* (*words*, *lows* in
    lower case) an inscription noun, with a modifier or the cue right after it: a preposition
    ('a sign on a boundary fence'), a participle ('a sign taped to the door', 'a placard propped
    against the railings')? A participle after a determiner or a hyphen is a modifier before
    the head ('a printed banner', 'a hand-painted sign'); one after another word (a person's
    participle phrase) ends the search before the thing it holds ('a woman holding a sign
    said'); a phrase that opens with a preposition is no subject ('Under the banner Ruiz
    said'). A capitalised noun after no determiner is a name ('Bruce Banner said')."""
    if lows[first] in _PLACES or INSCRIPTION_NOUNS.isdisjoint(lows[first : last + 1]):
        return False  # ('Under the banner Ruiz said C': a place before the subject; most: no such noun)
    for k in range(first, last + 1):
        low = lows[k]
        if low in INSCRIPTION_NOUNS and (words[k].islower() or (k > 0 and lows[k - 1] in DETERMINERS)):
            return k == last or _modifier_opens(words, lows, k + 1)
        if (
            k > first
            and _modifier_opens(words, lows, k)
            and lows[k - 1] not in DETERMINERS
            and lows[k - 1] != "-"
        ):
            return False
    return False


def _modifier_opens(words: Sequence[str], lows: Sequence[str], k: int) -> bool:
    """Does token *k* open a modifier after a noun: a preposition, a participle ('taped',
    'hung', 'reading'), *that* or *which*? Another noun makes a compound ('the sign company's
    owner')."""
    low = lows[k]
    participle = past_form(words[k]) or (words[k].islower() and low.endswith("ing"))
    return low in _PLACES or low in ("that", "which") or participle or low in NOUN_LIKE_PAST


#: Particles of motion after a person object that make a verb of guiding or dismissing
#: ('showed the visitors around', 'showed him into the office', 'told them off'). Not *up*,
#: *down*, *out*, *in* or *about*: 'the poll showed Ruiz out in front' is evidence, 'asked
#: Ruiz about the delays' a question's topic.
_GUIDING_PARTICLES = frozenset("around round into off through".split())
_GUIDED_OPENERS = OBJECT_PRONOUNS - {"it"}


def _guided_person(ctx: Context, found: Found) -> bool:
    """Does the content open with a person, an object pronoun or a name of up to six tokens
    (hyphens and particles included: 'Kwame Mensah-Bonsu'), and a particle of motion not
    before an amount ('showed Ana Reyes around the garden', 'showed us round the ward')? The
    verb then guides or sends someone somewhere: no report. Never for *say* ('said Ruiz around
    noon had left')."""
    att, a, b = found
    words, lows = ctx.tokens.words, ctx.lows
    if att.cue is None or att.kind is QuoteKind.DIRECT:
        return False
    k = a + 1 if lows[a] in _GUIDED_OPENERS else name_end(words, a, min(b, a + 5)) + 1
    if not (a < k <= b and lows[k] in _GUIDING_PARTICLES):
        return False
    if k < b and words[k + 1][:1].isdigit():
        return False  # an amount: 'showed Ruiz around 30 points ahead' is evidence
    verbs = ctx.lexicon.verb_forms
    return all(verbs.get(w, ("", ""))[0] != "say" for w in low_text(ctx, att.cue).split())


def not_a_report(ctx: Context, found: Found) -> bool:
    """Is what a cue rule found an addressee, a question's verb or a sum's, a goal the subject
    seeks for itself, a person guided somewhere, an inscription's words or a source's terms about
    its own name (`who asked that only her first name be used`: ``anonymity.py``), not a report?"""
    return (
        _guided_person(ctx, found)
        or _addressee_only(ctx, found)
        or _party_apposition(ctx, found)
        or _inside_question(ctx, found)
        or _money_source(ctx, found)
        or _goal_for_self(ctx, found)
        or _inscription_source(ctx, found)
        or withheld_name(ctx, found)
        or set_off_label(ctx, found)
    )


def reports_nothing(ctx: Context, found: Found) -> bool:
    """Is what a cue rule found a question left unanswered (`did not say whether C`), the topic
    of an unnamed questioner (`Asked about the delay, ...`), a cue or content inside an
    inverted condition (`Had X known about C, ...`), a bare quantifier object (`said nothing
    more`; ``unclaimed.py``) or a verb of saying under *neither ... nor* (``refusals.py``)? The
    sieve then drops it and moves on past its content: no cue inside that content reports either
    ('would not say whether he would prefer that C' is not a report of *prefer*)."""
    return (
        _withheld_answer(ctx, found)
        or _asked_topic(ctx, found)
        or _in_conditional(ctx, found)
        or quantified_object(ctx, found)
        or _pronoun_stance(ctx, found)
        or neither_said(ctx, found)
    )


#: Pronouns that stand for a thing named before, never a stance's reported clause.
_THING_PRONOUNS = frozenset(["it", "this", "that", "them"])


def _pronoun_stance(ctx: Context, found: Found) -> bool:
    """A stance of a linking verb and an adjective whose whole content is one pronoun ('is still
    angry about it', 'was worried about that'): a feeling about a thing named before, no report
    (a verb's pronoun object stays one: 'opposed it', 'decried it', as PolNeAR marks them)."""
    att, a, b = found
    words = ctx.tokens.words
    b = b - 1 if b > a and words[b] in (".", "!", "?") else b  # (the content's final stop)
    if att.rule != "stance" or a != b or att.kind is not QuoteKind.INDIRECT or att.cue is None:
        return False
    linking = ctx.tokens.text[att.cue[0] : att.cue[1]].split()[0].lower() in COPULA
    return linking and ctx.lows[a] in _THING_PRONOUNS
