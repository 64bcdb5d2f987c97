"""What follows a cue: its modifiers and object, and whether a reported clause or a quotation starts there."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.addressees import (
    addressee,
    marked_addressee_end,
    quoted_addressee,
    subject_not_object,
    that_after_apposition,
)
from quotex.attributions.adjunct_phrases import marked_name_end, past_work_name, place_then_colon
from quotex.attributions.adverbial_clauses import clause_after_cue
from quotex.attributions.context import (
    Context,
    adjective_further,
    adverb_before_clause,
    ends_with_punctuation,
    manner_adverb,
    place_adverb_before,
    title_case,
)
from quotex.attributions.cue_asides import modifier_tail, past_brackets, skip_cue_aside
from quotex.attributions.medium import medium_that
from quotex.attributions.np_words import past_with_object
from quotex.attributions.object_acts import (
    called_back,
    owned_saying,
    posted_document,
    shown_feeling,
    speech_act_object,
    thing_found,
)
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    ADVERBS,
    CLAUSE_LINKS,
    CLAUSE_STARTERS,
    CUE_ADVERBS,
    CUE_MODIFIER_OPENERS,
    CUE_PLACE_OPENERS,
    DURATION_MODIFIERS,
    DURATION_NOUNS,
    FINITE_AUXILIARIES,
    FREQUENCY_PHRASES,
    FRONTING_PREPOSITIONS,
    NAMED_THING_NOUNS,
    NAMING_OBJECTS,
    NOT_PREDICATES,
    PHRASAL_PARTICLES,
    PREPOSITIONS,
    SIMPLE_PAST,
    SUBJECT_PRONOUNS,
    TAIL_WORDS,
)
from quotex.lexicon.verb_frames import (
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    MEDIUM_VERBS,
    OBJECT_VERBS,
    PARTICLES,
    PLAIN_OBJECT_VERBS,
    TELL_VERBS,
    TO_VERBS,
)
from quotex.mentions import is_name_word
from quotex.mentions.words import plural_role
from quotex.tokens import Tokens


def adjunct_end(words: Sequence[str], lows: Sequence[str], i: int, end: int) -> int:
    """An adjunct of duration or frequency from token *i* ('for months', 'for the past two
    years', 'for the first time', 'several times', 'time and again'): the token after it,
    or *i* when there is none. At most six tokens."""
    low = lows[i]
    if low == "for":
        k = i + 1
        while k <= end and k - i <= 5 and (lows[k] in DURATION_MODIFIERS or words[k].isdigit()):
            k += 1
        of = k + 1 <= end and lows[k + 1] == "of"  # 'asked for years of back pay': an object
        if k <= end and lows[k] in DURATION_NOUNS and not of:
            return k + 1
        return i
    counted = low in DURATION_MODIFIERS or low in NUMBER_WORDS or words[i].isdigit()
    if counted and i + 1 <= end and lows[i + 1] == "times":
        return i + 2
    for phrase in _FREQUENCY_BY_FIRST.get(low, ()):
        n = len(phrase)
        if i + n - 1 <= end and all(lows[i + m] == phrase[m] for m in range(1, n)):
            return i + n
    return i


#: :data:`FREQUENCY_PHRASES` by their first word, longest first (one look-up per call).
_FREQUENCY_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(sorted((p for p in FREQUENCY_PHRASES if p[0] == first), key=len, reverse=True))
    for first in {p[0] for p in FREQUENCY_PHRASES}
}


def particle_follows(words: Sequence[str], lows: Sequence[str], i: int, last: int, lemma: str) -> bool:
    """The cue at token *i* has its particle after it ('called for a recount', 'pointed out
    that'), not an adjunct of duration ('argued for years that')."""
    return (
        i + 1 <= last
        and lows[i + 1] in PARTICLES.get(lemma, ())
        and adjunct_end(words, lows, i + 1, last) == i + 1
        and not approximate_number(words, i + 1, last)
    )


def approximate_number(words: Sequence[str], k: int, last: int) -> bool:
    """Token *k* is *about* before a number, an approximator, not a preposition ('warned about
    40 ships were ...', 'said about half of ...')."""
    return (
        words[k].lower() == "about"
        and k + 1 <= last
        and (
            words[k + 1][:1].isdigit()
            or words[k + 1].lower() in NUMBER_WORDS
            or words[k + 1].lower() == "half"
        )
    )


def topic_start(words: Sequence[str], a: int, last: int, lemma: str) -> int:
    """The first token of a content a..last that opens with the preposition *about* after a verb of
    asking or warning and its object ('asked Lund | about | his ties to the ferry company'):
    the topic after it. The preposition belongs to the verb's frame, as a particle does
    ('asked about', 'talked about')."""
    if (
        lemma in ABOUT_VERBS
        and words[a].lower() == "about"
        and sum(w[:1].isalnum() for w in words[a + 1 : last + 1]) > 1
    ):
        return a if approximate_number(words, a, last) else a + 1
    return a  # ('asked about finances': a topic of one word keeps its preposition)


#: Verbs of asking and warning whose topic follows *about* after their object.
ABOUT_VERBS = frozenset("ask tell warn remind question press".split())


def _quoted_infinitive(tokens: Tokens, k: int, end: int, lexicon: Lexicon) -> bool:
    """Does an opening mark at *k* hold a verb phrase in lower case ('vowed to "fight this in
    every court"', 'pledged to ‘rebuild the pier’')? After a verb of commitment the *to* then
    opens the infinitive that is the promise's content, partly quoted: a mixed report whose
    content starts at *to*, as PolNeAR annotates it; a name in capitals after *to* stays an
    addressee ('promised to "Tank" that ...' is no infinitive)."""
    words = tokens.words
    return (
        k + 1 <= end
        and words[k] in lexicon.quote_tokens
        and words[k + 1].isalpha()
        and words[k + 1].islower()
        and words[k + 1] not in DETERMINERS
        and words[k + 1] not in OBJECT_PRONOUNS
    )


def skip_cue_modifiers(tokens: Tokens, i: int, end: int, lemma: str, lexicon: Lexicon) -> int:
    """After a cue: skip its object (``told reporters``) and modifiers
    (``on Tuesday``, ``in a statement``, ``last week``). Returns the first
    content token."""
    # A walker (longer than our ~120-line limit on purpose): one left-to-right pass over the phrase with
    # a branch per word class; its steps share the loop state, so it stays one function read top down.
    words, lows, marks = tokens.words, tokens.lows, lexicon.quote_tokens
    # 'texted reporters on Monday | that C': a medium verb's addressee and time (medium.py)
    i = max(i, medium_that(words, i, end, lexicon)) if lemma in MEDIUM_VERBS else i
    particle = i <= end and words[i] in PHRASAL_PARTICLES and lemma.endswith(" " + words[i])
    if lemma == "put it" or particle or (i < end and lows[i] == "that" and words[i + 1] == ":"):
        i += 1  # 'put it', a phrasal frame's particle: 'shot back that'; 'disputed that: "C."' (a pronoun)
    if lemma in TELL_VERBS and i <= end and (after := marked_addressee_end(tokens, i, end, lexicon)) > i:
        i = after  # 'tells ‘Tank’ the door is open', 'told Sunday Forum: "Q."': a marked addressee
    elif (
        lemma in TELL_VERBS
        and i <= end
        and adjunct_end(words, lows, i, end) == i
        and lows[i] not in CUE_ADVERBS  # 'asked aloud whether': no addressee
        and not adverb_before_clause(words, i, end, lexicon.quote_tokens)  # 'asked pointedly whether'
    ):
        np = (
            addressee(tokens, i, end, lexicon)
            if lows[i] not in CLAUSE_STARTERS and words[i] != ":"
            else None  # 'asked whether ...': no object, the question follows
        )
        if (
            np is not None
            and (
                np[1] - np[0] < 6
                or (lemma in ADDRESSEE_VERBS and _closes_sentence(words, np[1], end))
                or (np[1] < end and words[np[1] + 1] in (":", "that"))  # ("told X's World at Six:")
                or place_then_colon(lows, np[1] + 1, end)  # ('told a news conference at X near Y:')
                or (np[1] + 2 <= end and words[np[1] + 1 : np[1] + 3] == (",", "that"))  # ('X, ROLE, that')
            )
            and not subject_not_object(words, np, end)
        ):  # (a long object that ends the sentence is still an addressee verb's addressee:
            # 'who advises the Department of Ports and Inland Waterways.')
            i = _after_addressee(words, np, end)
            if words[np[1]] in NAMED_THING_NOUNS:  # 'told the fan podcast "Loud Quiet Loud" | that'
                i = quoted_addressee(tokens, i, end, lexicon)
        elif lows[i] in OBJECT_PRONOUNS or (
            plural_role(words[i], lexicon)
            and words[i].islower()
            and (i + 1 > end or lows[i + 1] not in PREPOSITIONS)
        ):
            i += 1  # 'told reporters', 'told councillors water bills would rise': a bare plural addressee
    for _ in range(4):
        if i > end:
            break
        skipped = skip_cue_aside(words, i, end, lexicon.quote_tokens)
        if skipped == i:
            skipped = adjunct_end(words, lows, i, end)
        if skipped > i:
            i = skipped  # 'has said for months that', 'said -- in a letter -- that'
            continue
        low = lows[i]
        if (
            i + 1 <= end
            # ('aboard her bus in Macon that'; not 'across-the-board')
            and (
                low in CUE_MODIFIER_OPENERS
                or _subordinator_once(words, i, end)  # ('grumbled once the count had ended:')
                or (
                    low in CUE_PLACE_OPENERS
                    and (words[i + 1][:1].isalnum() or marked_name_end(words, i + 1, end, marks) > i + 1)
                )
            )
            and not (
                low == "to"
                and words[i + 1].isalpha()
                and words[i + 1].islower()
                and words[i + 1] not in DETERMINERS
                and words[i + 1] not in OBJECT_PRONOUNS
                and words[i + 1] not in NUMBER_WORDS
            )  # 'vowed to form a task force, which ...' is an infinitive, not a modifier
            and not (low == "to" and lemma in TO_VERBS and _quoted_infinitive(tokens, i + 1, end, lexicon))
            and not (low == "at" and lows[i + 1] in ("least", "most"))  # 'said at least four ...'
        ):
            # a short modifier phrase ending before "that", ":", "," or a quotation
            k = i + 1
            while (
                k <= end
                and k - i < 15
                and lows[k] not in ("that", ":", ",", "):")
                # (a name in marks stays in the phrase: 'aboard “Ardent Wren” | that')
                and (words[k] not in marks or marked_name_end(words, k, end, marks) > k)
                and not (k > i + 2 and words[k] in SUBJECT_PRONOUNS)  # 'in a statement they ...'
            ):
                k = max(marked_name_end(words, k, end, marks), past_brackets(words, k, end))
            if k <= end and words[k] in SUBJECT_PRONOUNS and k > i + 2:
                i = k
                continue
            if (
                k <= end
                and (lows[k] == "that" or words[k] in (":", ",", "):") or words[k] in lexicon.quote_tokens)
                and (after := modifier_tail(words, low, k, end, lexicon))
                >= 0  # (not 'see through the lies that')
            ):
                i = after
                continue
            if low in TIME_WORDS or (i + 1 <= end and lows[i + 1] in TIME_WORDS):
                i += 2 if i + 1 <= end and lows[i + 1] in TIME_WORDS else 1
                continue
            break
        if low == "out" and i + 1 <= end and lows[i + 1] == "loud":
            i += 2  # 'wondered out loud whether'
            continue
        if (
            # ("Thursday's"; 'night-shift nurses': a compound's first part)
            (low in TIME_WORDS and not (i + 1 <= end and words[i + 1] in ("'s", "’s", "-")))
            or (
                low in CUE_ADVERBS
                and not _subordinator_once(words, i, end)
                and not adjective_further(lows, i, end)
            )
            or (low in _DEGREE_WORDS and i + 1 <= end and words[i + 1].endswith("ly"))  # ('most plainly')
            or adverb_before_clause(words, i, end, lexicon.quote_tokens)
            or (low in ("here", "there") and i + 1 <= end and place_adverb_before(words[i + 1], lexicon))
        ):
            i += 1
            continue
        break
    while i <= end and words[i] in (",", ":", "):", "—", "–", "--", "-"):
        i += 1
    return past_work_name(words, i, end)  # ('in her memoir, | A Harbour in Winter, | "C"')


def _subordinator_once(words: Sequence[str], i: int, end: int) -> bool:
    """Is *once* at token *i* a subordinator that opens a clause of its own ('grumbled once the
    count had finished:'), not an adverb of the cue ('said once that')? A subject follows it."""
    return words[i].lower() == "once" and clause_after_cue(words, i, end)


#: Degree words before a cue's manner adverb ('put it most plainly:', 'said very quietly that').
_DEGREE_WORDS = frozenset(["most", "more", "very", "so", "quite", "rather"])


def tail_is_modifiers(ctx: Context, k: int, last: int, *, quote_may_follow: bool = False) -> bool:
    """After a trailing attribution only modifiers, objects or an apposition may
    follow ('..., he told reporters on Tuesday.'), not a reported clause of its
    own ('..., he said that ...' / '..., he said: "...").'"""
    words, lows = ctx.tokens.words, ctx.lows
    if k > last:
        return True
    low = lows[k]
    after_comma = low == "," and k + 1 <= last
    if after_comma:
        k += 1
        low = lows[k]
    opens_quote = (
        ctx.quote_of[k] >= 0
        and ctx.tokens.starts[k] == ctx.spans[ctx.quote_of[k]].start
        and ctx.quoting[ctx.quote_of[k]]
    )
    if not quote_may_follow and not opens_quote:
        # 'X said about the plan, "..."' / 'X told Fox that ...': a report of its own follows
        # (after 'C, X said, ...' the first clause goes on: 'a truce that would hold')
        for m in range(k + 1, min(last, k + 12) + 1):
            if words[m] == "," and m + 1 <= last and words[m + 1].islower() and words[m + 1].endswith("ing"):
                break  # 'C, X said on Monday, warning that ...': the participle's own report
            if lows[m] == "that" and ctx.quote_of[m] < 0 and not after_comma:
                return False
        for m in range(k + 1, min(last, k + 16) + 1):
            q = ctx.quote_of[m]
            if (
                q >= 0
                and ctx.quoting[q]
                and ctx.tokens.starts[m] == ctx.spans[q].start
                and words[m - 1] in (",", ":")
            ):
                return False
    if low == "that" and k + 1 <= last and lows[k + 1] in TIME_WORDS:
        return True  # 'he said that night': a time, not a clause
    return not (
        (opens_quote and not quote_may_follow)
        or low in ("that", ":")
        or (low in PRONOUNS and low != "it" and k + 1 <= last and lows[k + 1] not in (",", "."))
    )


def _closes_sentence(words: Sequence[str], k: int, end: int) -> bool:
    """Does the phrase ending at token *k* end its sentence (nothing or a full stop after it)?"""
    return k + 1 > end or words[k + 1] in (".", "!", "?")


def after_object(tokens: Tokens, k: int, last: int, lemma: str, lexicon: Lexicon) -> int:
    """Skip the object of a verb of telling ('told reporters', 'told The Post'); a noun
    phrase that a finite auxiliary follows is the reported clause's subject, not an object
    ('warned the plan was "full of holes"'); *put it* and *point out* skip their second word
    ('as X put it | on Friday')."""
    if lemma == "put it" or (lemma == "point" and k <= last and tokens.lows[k] == "out"):
        return k + 1
    if lemma in TELL_VERBS and k <= last:
        np = addressee(tokens, k, last, lexicon)
        if np is None or np[1] - np[0] >= 8 or subject_not_object(tokens.words, np, last):
            return k
        return _after_addressee(tokens.words, np, last)
    return k


def _after_addressee(words: Sequence[str], np: tuple[int, int], last: int) -> int:
    """The first token after addressee *np*, or its last word when that word is the subject
    of a two-word clause: 'told reporters | rents rose', 'warned | exports fell'; past a
    participle phrase that modifies the addressee up to the *that* after it ('told reporters
    gathered outside the library | that C')."""
    k = np[1] + 1
    if (that := that_after_apposition(words, np, last)) > 0:
        return that  # ('told Ivo Lund, the mayor, (in a letter) | that C')
    if k <= last and words[k].islower() and words[k].endswith(("ed", "ing")):
        that = next((m for m in range(k + 2, min(last, k + _PARTICIPLE_REACH) + 1) if words[m] == "that"), -1)
        if that > 0 and not any(w in (",", ";", ":") for w in words[k:that]):
            return that
    return np[1] if bare_clause(words, np[1], last) else np[1] + 1


#: How far a participle phrase after a verb's addressee may run before the *that* of the report.
_PARTICIPLE_REACH = 12


#: Function words that do not start a naming verb's complement, articles excepted ("called him
#: a liar"): one set, made once.
_STOP_WORDS_BUT_ARTICLES = STOP_WORDS - {"a", "an", "the"}


def names_without_quotation(ctx: Context, a: int, last: int) -> bool:
    """A verb of naming with no quotation: 'called himself pro-choice', 'branded them
    traitors', 'described the plan as a betrayal' (a short object, then *as*)."""
    words, lows = ctx.tokens.words, ctx.lows
    if a + 1 > last:
        return False
    low = lows[a]
    if low in NAMING_OBJECTS:
        nxt = words[a + 1]
        nlow = lows[a + 1]
        return (
            nxt.isalpha()
            and nxt.islower()
            and nlow not in PREPOSITIONS
            and nlow not in _STOP_WORDS_BUT_ARTICLES
            and nlow not in TIME_WORDS
            and nlow not in ADVERBS
            and nlow not in NOT_PREDICATES
            and not nlow.endswith("ly")
        )
    for k in range(a + 1, min(last, a + 8) + 1):
        if lows[k] == "as":
            return k + 1 <= last and words[k + 1][:1].isalnum()
        if words[k] in ("'s", "’s") or (lows[k] in _OBJECT_PREPOSITIONS and k > a + 1):
            continue  # 'the board's plan as ...', 'the budget for the schools as ...'
        if not words[k][:1].isalnum() or lows[k] in PREPOSITIONS:
            return False
    return False


#: Prepositions that may stand inside the object of a verb of naming before its 'as'.
_OBJECT_PREPOSITIONS = frozenset(["of", "for", "in", "on"])


def tail_ends(ctx: Context, k: int, last: int, *, participle: bool = False) -> bool:
    """After an inverted attribution ('"C," said Smith') the sentence ends or a modifier follows;
    with *participle* (after a quotation), also a participle clause on the speaker ('"C," said a
    miner speaking on condition of anonymity', Quirk et al. 1985 §17.26)."""
    words, lows = ctx.tokens.words, ctx.lows
    if k > last:
        return True
    w = words[k]
    low = lows[k]
    if participle and w.islower() and len(low) > 5 and low.endswith("ing"):
        return True
    if low == "to":
        nxt = words[k + 1] if k + 1 <= last else ""
        return nxt.lower() in DETERMINERS or is_name_word(nxt) or nxt.lower() in OBJECT_PRONOUNS
    if manner_adverb(w):  # 'said Ashcombe wearily.' (not 'know exactly what ...')
        return k + 1 > last or not words[k + 1][:1].isalnum()
    return not w[:1].isalnum() or low in TAIL_WORDS or low in TIME_WORDS


def object_content(ctx: Context, a: int, last: int, lemma: str) -> bool:
    """A verb of :data:`OBJECT_VERBS` whose plain object starts at *a* ('mentioned the
    flooding'), unless the object is somebody else's claim ('repeat her claim that ...',
    left to rule cue_noun)."""
    if lemma not in OBJECT_VERBS or a + 1 > last:
        return False
    words, lows = ctx.tokens.words, ctx.lows
    w = words[a]
    low = lows[a]
    if not (low in DETERMINERS or is_name_word(w) or (w.isalpha() and low not in STOP_WORDS)):
        return False
    return not any(
        lows[m] in ctx.lexicon.cue_nouns and lows[m + 1] == "that" for m in range(a, min(a + 3, last))
    )


def subject_then_finite(words: Sequence[str], a: int, last: int) -> bool:
    """Tokens from *a* are a short subject (a determiner or none, then up to three words)
    followed by an auxiliary, a past form that is never a participle, or a form in *-ed* with
    an object after it (:func:`~quotex.attributions.np_words.past_with_object`): the bare complement
    of a speech verb is a clause ('warned the plant would close', 'added rents rose'), not
    an object ('warned the council')."""
    if words[a].lower() in CLAUSE_LINKS:
        return False  # 'said and did the same': a second verb, not a clause
    first = words[a].lower()
    opens_subject = first not in STOP_WORDS or first in DETERMINERS  # not 'tweeted as X spoke'
    for k in range(a, min(last - 1, a + 4) + 1):
        low = words[k].lower()
        if k > a and (low in FINITE_AUXILIARIES or (words[k] in SIMPLE_PAST and opens_subject)):
            return True
        if k > a and opens_subject and past_with_object(words, k, last):
            return True  # 'maintained the schedule favoured the front-runner': an object follows
        if not words[k].isalpha() or (k > a and (low in STOP_WORDS or low in DETERMINERS)):
            return False
    return False


#: Words that cannot be a bare subject: 'wrote a detailed letter' is no clause.
_NO_SUBJECT = STOP_WORDS | DETERMINERS | PREPOSITIONS | OBJECT_PRONOUNS


def bare_clause(words: Sequence[str], a: int, last: int) -> bool:
    """Tokens from *a* are a whole two-word clause, a bare subject and its past verb, before
    the sentence ends or a comma: 'said rents fell.', 'added fares doubled, ...'. ('added
    costs incurred by the board' goes on, so its '-ed' word may be a participle.)"""
    w, end = words[a], a + 2
    if a + 1 > last or not (w.isalpha() and w.islower()) or w in _NO_SUBJECT or w.endswith("ly"):
        return False
    verb = words[a + 1]
    past = verb in SIMPLE_PAST or (
        verb.isalpha() and verb.islower() and verb.endswith("ed") and len(verb) > 4
    )
    return past and (end > last or words[end] in (".", "!", "?", ";", ","))


def _governed_name(ctx: Context, p: int, k: int) -> bool:
    """Is the quotation opening at token *k* a name in marks (a ship, a work: title case, no closing
    punctuation) that the preposition at token *p* governs as a place or a topic, no quotation begun?"""
    if ctx.lows[p] not in PREPOSITIONS and ctx.lows[p] not in FRONTING_PREPOSITIONS:
        return False
    span, text = ctx.spans[ctx.quote_of[k]], ctx.tokens.text
    cased = any(c.islower() for c in text[span.start : span.end])  # (not words in capitals: '"STORM SURGE"')
    return cased and title_case(text, span, one_word=False) and not ends_with_punctuation(text, span)


def starts_clause(ctx: Context, a: int, last: int, vclass: str, lemma: str, *, after_colon: bool) -> bool:
    """Is token *a* the start of a reported clause (or a quotation)?"""
    words, lows = ctx.tokens.words, ctx.lows
    w = words[a]
    low = lows[a]
    if ctx.quote_of[a] >= 0 and ctx.quoting[ctx.quote_of[a]]:
        span = ctx.spans[ctx.quote_of[a]]
        # (after a verb of thought, a quoted name is no clause: 'a contingency plan, ‘Operation
        # Snowdrop’, under which'; a verb of saying may name its addressee: 'told "Morning Joe"')
        text = ctx.tokens.text
        return not _governed_name(ctx, a - 1, a) and (  # (not 'said of | “The Long Harbour” that C')
            vclass == "speech"
            or not title_case(text, span, one_word=False)
            or ends_with_punctuation(text, span)
        )
    if low in CLAUSE_STARTERS or (low == "about" and lemma in ("ask", "tell", "warn", "remind", "complain")):
        return True
    if a + 2 <= last and (
        (low == "at" and lows[a + 1] in ("least", "most"))
        or (
            low in ("only", "just", "almost", "nearly", "roughly", "about")
            and words[a + 1][:1].isalnum()
            and lemma in CLAUSE_VERBS
        )
    ):
        return True  # 'said at least one carrier had asked ...', 'said only two ships ...'
    if after_colon:
        return True
    for k in range(a + 1, min(last, a + 4) + 1):
        if ctx.quote_of[k] >= 0 and ctx.quoting[ctx.quote_of[k]] and lemma not in ("read", "call", "cite"):
            return not _governed_name(ctx, a, k)  # (not 'told reporters | aboard “Ardent Wren” that')
        if words[k] in (",", ".", ";", ":"):
            break
    if (
        vclass == "speech"
        and lemma not in TELL_VERBS
        and lows[a - 1] != lemma  # an inflected form: 'state' is also a noun
        and (subject_then_finite(words, a, last) or bare_clause(words, a, last))
    ):
        return True  # 'added the council had ignored the warnings', 'warned prices would rise'
    back = called_back(words, a, last, lemma)  # ('recalled its ambassador from X': no memory)
    if lemma in PLAIN_OBJECT_VERBS and not back:
        # often transitive with a plain object: only clauses marked by 'that', a subject pronoun
        # ('added he would stay') or a quotation, or a commitment's infinitive ('vowed to reverse')
        return (
            low == "that"
            or (low in ("there", "he", "she", "they", "we", "i") and a + 2 <= last)
            or (low == "to" and lemma in TO_VERBS and a + 2 <= last)
            or object_content(ctx, a, last, lemma)
        )
    if (
        (lemma in TELL_VERBS and low == "to")
        or (lemma == "show" and shown_feeling(words, a, last))
        or (lemma == "say" and speech_act_object(words, a, last))
        or back
    ):
        return False  # ('showed no emotion': a feeling displayed, not said; 'said goodbye to')
    if object_content(ctx, a, last, lemma):
        return True  # 'polls show little change', 'cited a poll'
    if vclass == "stance":
        # the object and what follows: 'criticized the plan as reckless', 'declined to comment'
        return (
            not owned_saying(ctx, a, last)
            and (
                low == "to"
                or low in ("for", "of")
                or (w.isalpha() and low not in STOP_WORDS)
                or low in DETERMINERS
                or is_name_word(w)
            )
            and a + 1 <= last
        )
    if low in PRONOUNS or low in DETERMINERS or low in NUMBER_WORDS or low == "there":
        # ('posted a notice on Friday': the document, not what it says)
        return a + 1 <= last and not (  # ('found her son, NAME, on Sunday': a person found)
            (low in ("a", "an") and posted_document(ctx, a, last)) or thing_found(words, a, last, lemma)
        )
    if w[:1].isdigit() and (lemma in CLAUSE_VERBS or vclass == "cognition"):
        return a + 2 <= last  # 'said 2016 has seen ...', 'says 31,000 jobs could go'
    if is_name_word(w):  # (not a thing found: 'found Ana Roe's dog near the creek')
        return a + 1 <= last and not thing_found(words, a, last, lemma)
    compound = (  # 'said down-ballot races can help': a hyphenated modifier
        a + 2 <= last and words[a + 1] == "-" and ctx.tokens.ends[a] == ctx.tokens.starts[a + 1]
    )
    if (
        (lemma in CLAUSE_VERBS or vclass == "cognition")
        and w.isalpha()
        and (low not in STOP_WORDS or compound)
        and low not in OBJECT_PRONOUNS
        and low not in PREPOSITIONS
        and (last - a >= 3 or bare_clause(words, a, last))
    ):
        # 'said economic stagnation is the source of ...', 'believes rents fell'
        return True
    if (
        low == "to"
        and vclass == "cognition"
        and lemma in ("expect", "hope", "fear", "want", "plan", "intend")
    ):
        return a + 2 <= last  # 'Lund wants to build a pier'
    if low == "to" and lemma in TO_VERBS:
        return a + 2 <= last
    return False
