"""Content and clause boundaries: where a reported content starts and ends, and its kind."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.comment_clauses import cleft_focus, comment_clause, time_span_after
from quotex.attributions.context import Context, holds_simple_past, time_phrase, verbless_that_clause
from quotex.attributions.dash_asides import credited_aside, dash_interruption
from quotex.attributions.ellipsis import elliptical_contrast, serial_and
from quotex.attributions.labels import before_label, noun_relative, perfect_goes_on
from quotex.attributions.new_reports import (
    apposed_clause,
    colon_opens_report,
    coordinated_report,
    later_report,
    main_report_start,
    new_report_at,
    next_subject_reach,
    opens_with_subordinate,
)
from quotex.attributions.object_coordination import object_then_predicate
from quotex.attributions.text_index import next_clause_stop
from quotex.lexicon.function_words import (
    DATE_LEADS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    ADJUNCT_SUBORDINATORS,
    ADVERBS,
    AUXILIARIES,
    CLAUSE_SUBORDINATORS,
    CONTENT_TRIM,
    DASHES,
    FINITE_AUXILIARIES,
    FRONTED,
    IRREGULAR_PAST,
    LATE_SUBORDINATORS,
    LINK_ADVERBS,
    MANNER_ADVERBIALS,
    MARGINAL_PREPOSITIONS,
    MEDIUM_NOUNS,
    MODALS,
    RELATIVES,
    SUBJECT_WORDS,
    SUBORDINATORS,
    SUMMATIVE_NOUNS,
)
from quotex.lexicon.verb_frames import MAIN_REPORT_FORMS, MANDATIVE_LEMMAS, PARTICIPLES, REPORT_LEMMAS
from quotex.mentions import is_name_word
from quotex.mentions.work_titles import any_merged_name
from quotex.records import QuoteKind

#: Words that open a verb's object ('encouraging his ...', 'seemed to me'); one set, made once.
DETERMINERS_OR_OBJECTS = DETERMINERS | OBJECT_PRONOUNS

#: Marks that open an aside: a quotation right after one, credited after it, is the aside.
ASIDE_OPENERS = DASHES | {"(", "["}


def kind_of(ctx: Context, a: int, b: int) -> QuoteKind:
    """DIRECT when a quotation (:func:`~quotex.attributions.quoting.quoting`) covers tokens
    a..b, MIXED when one is inside (or a name in marks that stage 2 made one word)."""
    held = ctx.quote_of[a : b + 1]
    if not held:
        return QuoteKind.INDIRECT
    top = max(held)
    if top < 0:  # (no quotation touches the range; a name in marks makes it mixed, as in PolNeAR)
        return QuoteKind.MIXED if any_merged_name(ctx.tokens.words[a : b + 1]) else QuoteKind.INDIRECT
    quoting = ctx.marked or ctx.quoting  # (a name in marks makes a content mixed, as in PolNeAR)
    if min(held) == top:  # (one span holds every token: its words are all inside or all outside)
        if quoting[top] and any(w[:1].isalnum() for w in ctx.tokens.words[a : b + 1]):
            return QuoteKind.DIRECT
        return QuoteKind.INDIRECT
    inside = outside = False
    for w, q in zip(ctx.tokens.words[a : b + 1], held, strict=True):
        if not w[:1].isalnum():
            continue
        if q >= 0 and quoting[q]:
            inside = True
        else:
            outside = True
        if inside and outside:
            return QuoteKind.MIXED
    return QuoteKind.DIRECT if inside else QuoteKind.INDIRECT


def content(
    ctx: Context, a: int, b: int, *, one_word: bool = False
) -> tuple[tuple[int, int], QuoteKind] | None:
    """Character range and kind of content tokens a..b, trimmed of edge punctuation.

    A content that is one quotation gets exactly the quotation's characters. Otherwise
    it needs two words, or one with *one_word* (a stance verb's object: 'endorsed Abara').
    """
    words = ctx.tokens.words
    qo = ctx.quote_of
    while a <= b and (words[a] in CONTENT_TRIM or words[a].isspace()):
        a += 1
    while b >= a and (words[b] in CONTENT_TRIM or words[b].isspace()) and qo[b] < 0:
        b -= 1
    if b < a or noun_relative(ctx, a) or ctx.lows[a] == "quoting":
        return None  # (*quoting NAME: "C."* relays NAME's words: introducers._quoted)
    b = before_label(ctx, a, b)
    while b >= a and (words[b] in CONTENT_TRIM or words[b].isspace()) and qo[b] < 0:
        b -= 1
    kind = kind_of(ctx, a, b)
    if kind is QuoteKind.DIRECT:
        first_q = qo[a] if qo[a] >= 0 else None
        last_q = qo[b] if qo[b] >= 0 else None
        if first_q is not None and last_q is not None:
            return (ctx.spans[first_q].start, ctx.spans[last_q].end), kind
    need = 1 if one_word else 2  # words (tokens that open with a letter or digit)
    for k in range(a, b + 1):
        if words[k][:1].isalnum():
            need -= 1
            if not need:
                return (ctx.tokens.starts[a], ctx.tokens.ends[b]), kind
    return None


#: The only words at which :func:`content_end` can stop (outside a quotation, besides ';'):
#: its tests below look at no other word (keep the two in step).
_CLAUSE_BREAKS = frozenset(["and", "but", ",", "so", ":", "--", "—", "–"]) | ASIDE_OPENERS | MAIN_REPORT_FORMS
_CLAUSE_STOPS = _CLAUSE_BREAKS | {";"}  # (and ';': the words content_end jumps to, next_clause_stop)


def content_end(ctx: Context, a: int, last: int, *, relative: bool) -> int:
    """The last token of a reported clause starting at *a*.

    The clause runs to the sentence end, but stops before ``; ``, before a
    comma that opens ``according to``, a participle (``, saying``), a
    subordinate clause (``, although``), a relative clause that does not close
    again (``, who ...``) or a new attribution (``, and Y said``), and before
    ``and said``. A cue inside a relative clause stops at the first comma.
    """
    words, lows = ctx.tokens.words, ctx.lows
    qo = ctx.quote_of
    verbs = ctx.lexicon.verb_forms
    infinitive = a <= last and lows[a] == "to"
    k = a
    while k <= last:
        if qo[k] >= 0:
            k = _next_quoted_comma(ctx, k, last)  # (no other word inside a quotation is tested)
            if k > last or qo[k] < 0 or words[k] != ",":
                continue  # (the stretch ended: the loop reads token *k* afresh)
            if _comma_closes_quotation(ctx, k, last) and (relative or _stops_at_comma(ctx, k + 1, last)):
                return k + 1  # 'would "run on time," while ...': the comma before the closing mark
            k += 1
            continue
        w = words[k]
        if w == ";":
            return k - 1
        low = lows[k]
        if low not in _CLAUSE_BREAKS:
            k = next_clause_stop(ctx, k, last, _CLAUSE_STOPS)  # (most words: no test below can hold)
            continue
        if k > a and (
            (
                low in (",", "but")
                and new_report_at(ctx, k + 1, last, bare=low == "but")
                and not opens_with_subordinate(words, a, k)
            )
            or (low == "and" and coordinated_report(ctx, a, k, last))
        ):
            # a report of its own: '..., Yepez said C', '... but police officials have said C',
            # '... would be drained | and Ina Berg agreed that C'
            return k - 1
        if low == ":" and k > a and colon_opens_report(ctx, a, k, last):
            return k - 1  # 'cites the crowds as an example: He says ...', 'talked about it: "C"'

        if infinitive and k > a + 2 and low in ("and", "but", ",") and finite_predicate(words, k + 1, last):
            return k - 1  # 'vowed to keep the ferry | and celebrated the ruling': the subject's next act
        if k > a and low in ("--", "—", "–") and k + 1 <= last and words[k + 1][:1].islower():
            if (close := dash_interruption(ctx, k, last)) is None:
                return k - 1  # 'their support -- who cited ...': a parenthetical between dashes
            k = close + 1  # '... the growers -- mainly small farms -- and the co-op': it resumes
            continue
        if k > a and w in ASIDE_OPENERS and k + 1 <= last and qo[k + 1] >= 0 and credited_aside(ctx, k, last):
            return k - 1  # 'rejected the rota - "C," Lind said - and left': the aside is Lind's
        if (
            low == "so"
            and k > a + 2
            and k + 1 <= last
            and (words[k + 1].lower() in PRONOUNS or is_name_word(words[k + 1]))
        ):
            return k - 1  # '... so Mr. Clarke could start the work': a clause of purpose
        if (
            low in ("and", "but")
            and k > a
            and k + 1 <= last
            and (m := _past_adverb(words, k + 1, last)) <= last
            and (entry := verbs.get(words[m].lower(), ("", "")))
            and not (m == k + 1 and low == "and" and perfect_goes_on(words, qo, a, k, m))
            and (
                entry[0] in REPORT_LEMMAS
                or (entry[1] in ("speech", "naming") and words[m].endswith("ed"))
                or (
                    entry[1] == "stance"
                    and words[m].endswith("ed")
                    and not holds_simple_past(words, qo, a, k)
                )
            )
        ):
            # '... and said that ...', '... and suggested ...', '... and then said': the source goes
            # on to a new report; '... was wrong and criticized him' (not 'the board met and
            # criticized him': the stance verb goes on with the reported clause's simple past)
            return k - 1
        if low in ("and", "but") and k > a and object_then_predicate(ctx, a, k, last):
            return k - 1  # 'denied the charges | and counter-sued': the subject's next act
        if (
            low == "and"
            and k > a + 2
            and k + 1 <= last
            and words[k + 1].endswith("ing")
            and words[k + 1].islower()
            and words[k + 1].isalpha()
            and verbs.get(words[k + 1].lower(), ("", ""))[1] in ("speech", "stance", "naming")
        ):
            return k - 1  # '... and implying that ...': a second report by the same source
        stops = (
            w == ","
            and k + 1 <= last
            and (relative or (_stops_at_comma(ctx, k, last) and not _goes_on(ctx, a, k, last)))
            and not cleft_focus(words, a, k)  # 'it was Haworth, more than anyone, | who set ...'
        )
        if stops and (relative or not verbless_that_clause(words, qo, a, k, last)):  # 'that X, even so, had'
            return k - 1
        if relative and k > a + 1 and w.islower() and (g := main_report_start(words, a, k)) > 0:
            return g - 1  # 'A woman who has accused the mayor | (now) said ...': the main clause's verb
        k += 1
    return last


def _goes_on(ctx: Context, a: int, k: int, last: int) -> bool:
    """Does the reported clause from token *a* go on over the comma at token *k*: an elliptical
    contrast (', but not for tourists') or the last item of a series (', France, and Spain')?"""
    words = ctx.tokens.words
    return elliptical_contrast(words, a, k, last) or serial_and(words, a, k, last, ctx.lexicon.verb_forms)


def _past_adverb(words: Sequence[str], k: int, last: int) -> int:
    """Token *k*, or the one after it when *k* is a lower-case adverb of the lexicon before a
    verb ('and *then* said', 'and *later* told')."""
    adverb = words[k] in ADVERBS and words[k] not in _NOT_PLAIN_ADVERBS
    return k + 1 if k + 1 <= last and words[k].islower() and adverb else k


#: Words of ``grammar.ADVERBS`` that do not stand between *and* and a new verb of the same
#: subject: negators ('and never called') and auxiliaries but the present perfect's ('and had
#: asked': a backshifted clause goes on; 'and has expressed support': the subject's next act).
_NOT_PLAIN_ADVERBS = frozenset(["never", "not", "n't"]) | (FINITE_AUXILIARIES - {"has", "have"}) | MODALS


def adverbial_clause_only(words: Sequence[str], a: int, b: int) -> bool:
    """Tokens a..b (what stands before a trailing credit's comma) are only a fronted adverbial
    clause, perhaps after an adverbial phrase ('When he met the mayor', 'Early on Monday, as
    the parade passed'): their last comma-chunk opens with a subordinator (FRONTED, *once*,
    *until*) and no verb stands before it, so no main clause is there to report (Quirk et al.
    1985, §15.2: an adverbial clause is subordinate to a main clause)."""
    c = a
    for k in range(b, a - 1, -1):
        if words[k] == ",":
            c = k + 1
            break
    if c > b or not (words[c].lower() in FRONTED or words[c].lower() in ("once", "until")):
        return False
    return not any(
        words[k].islower()
        and (
            words[k] in AUXILIARIES
            or words[k] in MODALS
            or words[k] in IRREGULAR_PAST
            or (words[k].endswith("ed") and len(words[k]) > 4)
        )
        for k in range(a, c)
    )


#: Past forms that differ from the plain form: IRREGULAR_PAST, and forms it leaves out because
#: they are also adjectives or nouns ('left', 'found'), which before an object are verbs.
_PAST_BEFORE_OBJECT = IRREGULAR_PAST | frozenset("left won found went".split())


def finite_predicate(words: Sequence[str], k: int, last: int) -> bool:
    """Tokens from *k* open a finite verb phrase with its object: a past form before a
    determiner, pronoun or name ('celebrated the ruling', 'opposed his plan'). After an
    infinitive ('vowed to keep ...') such a verb cannot continue the infinitive, which takes
    plain forms, so it is a second predicate of the main clause (Quirk et al. 1985, §13.61)."""
    if k + 1 > last:
        return False
    w = words[k]
    nxt = words[k + 1]
    past = w.islower() and w.isalpha() and (w in _PAST_BEFORE_OBJECT or (w.endswith("ed") and len(w) > 4))
    return past and (nxt.lower() in DETERMINERS or nxt in OBJECT_PRONOUNS or is_name_word(nxt))


def _next_quoted_comma(ctx: Context, k: int, last: int) -> int:
    """The first comma from token *k*, which a quotation holds, among the tokens of that
    quotation's stretch (every token from *k* to the last its span covers is quoted), else the
    token after the stretch (at most *last* + 1): two bisections, not a walk over its words."""
    stop = min(bisect.bisect_right(ctx.tokens.ends, ctx.spans[ctx.quote_of[k]].end, k), last + 1)
    commas = ctx.index.commas
    c = bisect.bisect_left(commas, k)
    return commas[c] if c < len(commas) and commas[c] < stop else stop


def _comma_closes_quotation(ctx: Context, k: int, last: int) -> bool:
    """The comma at token *k* is the last thing inside its quotation, American style
    ('the ferry would "run on time," while ...'), and words follow the closing mark."""
    q = ctx.quote_of[k]
    return (
        k + 2 <= last
        and ctx.quote_of[k + 1] == q
        and ctx.tokens.ends[k + 1] == ctx.spans[q].end
        and ctx.quote_of[k + 2] != q
    )


def _stops_at_comma(ctx: Context, k: int, last: int) -> bool:
    """Does the reported clause end at the comma at token *k* (not inside a relative
    clause)? It does before *according to*, a participle, a subordinator (not *because* or
    *when*, whose clause is reported too), *but*, an apposition that does not close again, a
    new attribution ('..., and Y said')."""
    words, lows = ctx.tokens.words, ctx.lows
    qo = ctx.quote_of
    verbs = ctx.lexicon.verb_forms
    nxt = lows[k + 1]
    after = lows[k + 2] if k + 2 <= last else ""
    if nxt in LATE_SUBORDINATORS:
        return nxt == "when" and after.endswith("ed")  # ', because D': D is reported too; ', when asked'
    if (
        nxt == "according"
        or nxt in PARTICIPLES
        or nxt in SUBORDINATORS
        or nxt in ("until", "before", "after")  # ', until the shots rang out': the reporter's time
        or (nxt == "for" and after == "whom")
        or (
            nxt == "and" and (after.endswith("ed") or after in IRREGULAR_PAST) and words[k + 2].islower()
        )  # ', and criticized ...', ', and left'
        or (nxt == "and" and after in FRONTED)  # ', and when pressed, X said ...': a clause of its own
        or (nxt == "and" and apposed_clause(words, k + 2, last))  # ', and NAME, ROLE, objected
        or (nxt in ("then", "later") and later_report(words, k + 2, last, verbs))  # ', then added'
        or (nxt in ("compared", "as") and after in ("with", "to", "has", "have", "had", "did", "does", "do"))
        or (nxt.endswith("ly") and after.endswith("ing") and after.isalpha())  # ', possibly forcing ...'
        or (nxt in ("a", "an") and (after in SUMMATIVE_NOUNS or not closes_again(ctx, k + 1, last)))
        or comment_clause(words, k + 1, last, verbs)  # ', as the anglers had claimed'
        or time_span_after(words, k + 1, last)  # ', three days after the storm'
        or (
            nxt in ("but", "yet")
            and not _second_complement(ctx, k + 2, last)
            and not _quoted_rest(ctx, k + 2, last)
        )
        # ', but instant polls are no measure ...' (not ', but that he would ...')
        or (
            nxt.endswith("ing")
            and nxt.isalpha()
            and nxt not in MARGINAL_PREPOSITIONS  # (', including the fee')
            and after in DETERMINERS_OR_OBJECTS
        )  # ', encouraging his ...'
    ):
        return True
    if nxt in RELATIVES and not closes_again(ctx, k + 1, last):
        return True
    if (
        nxt in ("and", "but")
        and k + 2 <= last
        and lows[k + 2] not in ("that", "then")
        and lows[k + 2] not in verbs
        and any(
            (
                lows[m] in verbs
                or (nxt == "and" and (words[m] in FINITE_AUXILIARIES or words[m - 1] in SUBJECT_WORDS))
            )
            and qo[m] < 0
            and not words[m].endswith("ing")
            and lows[m - 1] not in DETERMINERS  # ('the plan': a noun)
            for m in range(k + 3, min(last, k + next_subject_reach(words, k)) + 1)
        )
    ):
        return True  # ', and three-quarters said ...': a new attribution begins (not a gerund's
        # '..., and pilots for opposing the plan': no finite verb, the same noun phrase)
    # ', X said.': a trailing attribution of another clause
    return nxt in verbs and verbs[nxt][1] == "speech" and k + 2 <= last


#: How far into a clause after ', but' its quotation may open (tokens).
QUOTED_REST_TOKENS = 30


def _quoted_rest(ctx: Context, k: int, last: int) -> bool:
    """The clause from token *k* after ', but' holds a quotation before any verb of the
    lexicon: 'X said he had offers, but "none was serious."', '..., but not until Obama
    "admits this is a problem."' The quoted words are the speaker's: the report goes on."""
    verbs, qo, lows = ctx.lexicon.verb_forms, ctx.quote_of, ctx.lows
    for m in range(k, min(last, k + QUOTED_REST_TOKENS) + 1):
        if qo[m] >= 0:
            return True
        if lows[m] in verbs:
            return False
    return False


def _second_complement(ctx: Context, k: int, last: int) -> bool:
    """Token *k* opens a second *that*-clause of the same reporting verb: 'X said C, but
    that he would ...' (the repeated *that* before a subject: a pronoun, a determiner or a
    name; not the determiner in 'but that group ...'). The report goes on through it."""
    words, lows = ctx.tokens.words, ctx.lows
    if k + 1 > last or lows[k] != "that" or ctx.quote_of[k] >= 0:
        return False
    w = words[k + 1]
    low = lows[k + 1]
    return low in SUBJECT_WORDS or low == "there" or low in DETERMINERS or is_name_word(w)


def closes_again(ctx: Context, k: int, last: int) -> bool:
    """A relative clause from token *k* ends with a comma before the sentence end
    ('the talks, which started a decade ago, remained useful')."""
    words, lows = ctx.tokens.words, ctx.lows
    for m in range(k, min(last, k + 25)):
        if words[m] == "," and ctx.quote_of[m] < 0:
            return m + 1 <= last and words[m + 1][:1].islower() and lows[m + 1] not in ("and", "but")
        if words[m] in (";", ":") and ctx.quote_of[m] < 0:
            return False
    return False


#: Words that open a time phrase, which a mandative *that* clause keeps as its own.
_CLAUSE_TIME_LINKS = DATE_LEADS | frozenset(["during", "following"])


def stance_object_end(ctx: Context, a: int, b: int, *, reply: bool = False) -> int:
    """The object of a stance verb ends before a time phrase or a second verb phrase:
    'endorsed Abara | last week and has appeared ...', 'rejected the offer | on Friday'; with
    *reply* (a verb of responding, :func:`~quotex.lexicon.verb_frames.responding`) or after an
    object pronoun, before a colon and its quotation ('replied to Ivo Lund | : "C."', 'defended him |')."""
    words, lows = ctx.tokens.words, ctx.lows  # (each word lowered once per text, not per step)
    gerund = False  # the object holds a clause of its own ('for suggesting ...'): its time phrases
    lemma = ctx.lexicon.verb_forms.get(lows[a - 1], ("",))[0] if a > 0 else ""
    own = lows[a] == "that" and lemma in MANDATIVE_LEMMAS  # ('recommended that X be kept | until May')
    for k in range(a + 1, b + 1):
        if ctx.quote_of[k] >= 0:
            continue
        low = lows[k]
        nxt = lows[k + 1] if k + 1 <= b else ""
        if low == ":" and (reply or lows[k - 1] in OBJECT_PRONOUNS) and k < b and ctx.quote_of[k + 1] >= 0:
            return k - 1  # (the colon introduces the reply itself)
        if own and (low in TIME_WORDS or (low in _CLAUSE_TIME_LINKS and nxt not in ("a", "an"))):
            continue
        gerund = gerund or (low.endswith("ing") and lows[k - 1] in _GERUND_PREPOSITIONS)
        if gerund and (low in TIME_WORDS or (low in _TIME_OPENERS and nxt in TIME_WORDS)):
            continue  # 'rebuked Lund for suggesting earlier this week that ...': the gerund's time
        if (
            low in TIME_WORDS
            and low not in ("earlier", "later", "recently")
            and words[k - 1] != "-"
            and lows[k - 1] not in DETERMINERS
        ):
            return _before_time_phrase(words, a, k)  # (not inside a compound: 'the night service')
        if low in ("last", "this", "next", "early", "late") and nxt in TIME_WORDS:
            return k - 1
        if low in ("on", "in", "since", "until", "by") and (
            nxt in TIME_WORDS or nxt[:1].isdigit() or (nxt in ("early", "late", "mid") and k + 2 <= b)
        ):
            return k - 1
        if low in ("since", "during", "until", "amid", "following") or (
            low in ("after", "before") and (nxt in DETERMINERS or nxt[:1].isdigit())
        ):
            return k - 1  # 'attacked the board | since the vote'
        if low in ("and", "but") and (nxt in AUXILIARIES or (nxt.endswith("ed") and words[k + 1].islower())):
            return k - 1  # 'backed gay rights | and extended benefits to ...'
        if (low, nxt) in MANNER_ADVERBIALS:
            return k - 1  # 'spoke of the plan | at length'
        if low in ("in", "on", "at", "during") and _medium_phrase(words, k + 1, b):
            return k - 1  # 'praised the ruling | in a tweet', '| at a rally in Leith'
        if low in ADJUNCT_SUBORDINATORS or (low in CLAUSE_SUBORDINATORS and nxt in SUBJECT_WORDS):
            return k - 1  # 'opposed the bill | because it ...', 'declined to comment | as she left'
        if low in ("and", "but") and second_predicate(ctx, k + 1, b):
            return k - 1  # 'attacked her record | and even questioned ...', '| and aides said ...'
    return b


#: Prepositions before a gerund that opens a clause inside a stance verb's object ('accused
#: Lund of hiding ...', 'rebuked him for suggesting ...').
_GERUND_PREPOSITIONS = frozenset(["for", "of", "by", "about", "over", "against"])

#: Words before a time word that open a time phrase ('this week', 'in June').
_TIME_OPENERS = frozenset(["last", "this", "next", "in", "on"])

#: Prepositions that open a time phrase ending in a time word ('in recent years', 'over the
#: past decade').
_TIME_PREPOSITIONS = frozenset(["in", "over", "during", "for", "within", "throughout"])


def _before_time_phrase(words: Sequence[str], a: int, k: int) -> int:
    """The last token of a stance object before the time phrase whose time word is token *k*:
    the phrase starts at a preposition up to three words before it ('the report | in recent
    years'), else at *k* itself."""
    for m in range(k - 1, max(a, k - 4), -1):
        low = words[m].lower()
        if low in _TIME_PREPOSITIONS:
            return m - 1
        if not (words[m].isalpha() and words[m].islower()) or (low in STOP_WORDS and low not in DETERMINERS):
            break
    return k - 1


def _medium_phrase(words: Sequence[str], k: int, b: int) -> bool:
    """Tokens from *k* (after a preposition) are a noun phrase headed by a noun of
    :data:`~quotex.lexicon.grammar.MEDIUM_NOUNS` ('a recent interview', 'its Facebook page',
    'Twitter'), within four words, before any other preposition or punctuation, and no
    complement of the verb follows it (*for*, *that*, *because*)."""
    for m in range(k, min(b, k + 4) + 1):
        w = words[m]
        low = w.lower()
        if low in MEDIUM_NOUNS:
            # (not before the verb's own complement: 'attacked the board on stage | for ...')
            return not any(words[n].lower() in ("for", "that", "because") for n in range(m + 1, b + 1))
        if not (w.isalpha() or w in ("'s", "’s", "-")) or (low in STOP_WORDS and low not in DETERMINERS):
            return False
    return False


def second_predicate(ctx: Context, k: int, b: int) -> bool:
    """Tokens from *k* (after *and* or *but*) start a second verb phrase or clause, not more
    of an object: an adverb or two, then a verb group ('and even questioned', 'but also has',
    'and vow to repeal'), or a short subject before its verb ('and port officials said')."""
    words, lows = ctx.tokens.words, ctx.lows
    verbs = ctx.lexicon.verb_forms
    while k < b and (lows[k] in LINK_ADVERBS or (words[k].endswith("ly") and words[k].islower())):
        k += 1
    if k >= len(words):
        return False  # ('... on the plan but' ending the text: nothing after the conjunction)
    w = words[k]
    low = lows[k]
    if w.islower() and (low in AUXILIARIES or low in MODALS):
        return True
    if low in verbs and k < b and verbs[low][1] in ("speech", "stance"):
        after = words[k + 1]  # a verb before its object: 'and vow to', 'And Denounces Clinton'
        return after.lower() in DETERMINERS or after.lower() in ("to", "that") or is_name_word(after)
    for m in range(k + 1, min(b, k + 4) + 1):  # a short subject, then its verb
        low = lows[m]
        if low in SUBJECT_WORDS or low in RELATIVES or low == "that" or not words[m].isalpha():
            return False  # (a pronoun inside opens a contact clause: 'and the vibrancy he was bringing';
            # a relative one, a noun's own clause: 'and economic changes that were driving it')
        if low in FINITE_AUXILIARIES or (words[m].islower() and verbs.get(low, ("", ""))[1] == "speech"):
            return True
    return False


def quotation_last(ctx: Context, k: int, last: int) -> int:
    """The last token (up to *last*) of the quotation that token *k* stands in."""
    end = ctx.spans[ctx.quote_of[k]].end
    starts = ctx.tokens.starts
    while k + 1 <= last and starts[k + 1] < end:
        k += 1
    return k


def stopped_quotation_end(ctx: Context, a: int, b: int) -> int:
    """*b*, or the last token of the quotation that opens a colon's content at token *a* when it
    ends on its own stop and a capitalised word follows it inside *a..b* (': "We will appeal."
    The firm declined to comment': the next sentence, which the splitter kept, is no content)."""
    words = ctx.tokens.words
    if words[a - 1] != ":" or ctx.quote_of[a] < 0:
        return b
    q = quotation_last(ctx, a, b)
    stop = q - 1 > a and words[q - 1] in (".", "?", "!")
    return q if stop and q < b and words[q + 1][:1].isupper() else b


def start_after_opener(ctx: Context, a: int, b: int) -> int:
    """Where a content a..b ending in a quotation starts: after a colon that opens the
    quotation ('He had one message: "Stay home," the mayor said.'), or at the quotation
    when a dash or an opening bracket stands just before it: the quotation and its credit
    are an aside in someone else's sentence ('Lind praised the plan - "It works," she
    said - and left.', '(“It works,” wrote Lind on Monday)'), or after a fronted time phrase
    and its comma ('Minutes later, "C," B replied.'). Else at *a*."""
    words = ctx.tokens.words
    quote_of = ctx.quote_of
    q = quote_of[b]
    if q < 0:
        return a
    if ":" in words[a:b]:  # (most contents hold no colon: one C scan before the walk)
        for k in range(b - 1, a - 1, -1):
            if words[k] == ":" and quote_of[k + 1] >= 0 and quote_of[k] < 0:
                return k + 1
    runs = ctx.index.span_first_tokens  # (the first token of b's run of quoted tokens: a bisection)
    first = max(a, runs[bisect.bisect_right(runs, b) - 1])
    if first > a + 1 and words[first - 1] == "," and time_phrase(words, a, first - 1):
        return first  # ('Minutes later, "Q," B replied.': a fronted time, no words of the quotation)
    ends, starts = ctx.tokens.ends, ctx.tokens.starts
    if first <= a or words[first - 1] not in ASIDE_OPENERS:
        return a
    if words[first - 1] == "-" and ends[first - 2] == starts[first - 1]:
        return a  # a hyphen glued to the word before: 'the pro-"growth" camp'
    top = first - 1
    while top > a and words[top - 1] in DASHES:
        top -= 1  # ('--' may be two tokens)
    for k in range(top - 1, a - 1, -1):
        if words[k] in DASHES and (words[k] != "-" or ends[k - 1] < starts[k]):
            # (a hyphen inside a word, 'nanny-state', sets nothing off)
            m = k
            while m > a and words[m - 1] in DASHES:
                m -= 1
            # '"I doubt the polls" -- which many do -- "will hold," he said.': the dashes set
            # off an aside inside one quotation, whose first part is content too
            return a if m > a and quote_of[m - 1] >= 0 else first
    return first


def joined_kind(a: QuoteKind, b: QuoteKind) -> QuoteKind:
    """The kind of a content in two parts: mixed unless both parts are of one kind."""
    return a if a is b else QuoteKind.MIXED
