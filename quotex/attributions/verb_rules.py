"""The rules of a reporting verb, as one ordered table: :data:`VERB_STEPS`.

Each rule is a small function over a :class:`~quotex.attributions.sites.VerbCue`;
the vetoes are named tests that end the search for this cue (the word is not
used as a verb there). ``docs/rules.md`` documents each rule with an example.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.adjuncts import as_clause, as_goes_on, comment_as
from quotex.attributions.answers import answers_bare, bare_answer
from quotex.attributions.asides import main_verb_before, reduced_relative, restrictive_report_end
from quotex.attributions.clauses import (
    adverbial_clause_only,
    content,
    content_end,
    joined_kind,
    stance_object_end,
    start_after_opener,
    stopped_quotation_end,
)
from quotex.attributions.complements import (
    skip_cue_modifiers,
    starts_clause,
    tail_ends,
    tail_is_modifiers,
    topic_start,
)
from quotex.attributions.context import (
    before_adverbial,
    ends_with_punctuation,
    is_closing_quote,
    opens_sentence,
    parsed_clause,
)
from quotex.attributions.control import (
    REJECTING_LEMMAS,
    absolute_subject,
    noun_that_clause,
    owned_report,
    quoted_commitment,
)
from quotex.attributions.credits import credit_phrase, past_inverted_aside
from quotex.attributions.cue_asides import gestured_at, report_aside
from quotex.attributions.expectation import expected, is_expectation_passive
from quotex.attributions.frames import (
    PASSIVE_GIVES,
    compound_noun,
    gerund_after_preposition,
    is_passive_with_agent,
    noun_after_determiner,
    noun_before_of,
    passive_agent,
    phrasal_particle,
    plural_noun,
)
from quotex.attributions.gaps import object_gap, opens_gap, relative_gap
from quotex.attributions.head_nouns import homograph_head, name_modified_noun, object_of_perfect
from quotex.attributions.inverted_credits import (
    inverted_after_content,
    inverted_pronoun,
    quote_before_adverbs,
)
from quotex.attributions.mid_credit import credit_comma, rest_of_clause
from quotex.attributions.model import Attribution, Found, Rule, Step, Veto
from quotex.attributions.modifiers import modified_source_after
from quotex.attributions.naming import (
    gapped_naming,
    known_as_title,
    marked_name_object,
    naming_content_end,
    noun_before_quotation,
    passive_as,
)
from quotex.attributions.new_reports import in_fronted_clause, time_phrase
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.attributions.participle_subjects import (
    after_speech_verb,
    cleft_subject,
    nearest_clause_subject,
    quotation_before_predicate,
)
from quotex.attributions.pseudo_cleft import free_relative, opens_pseudo_cleft, pseudo_cleft
from quotex.attributions.quotation_objects import quotation_object_end
from quotex.attributions.sites import (
    ADVERB_PARTICIPIAL_OPENERS,
    PARTICIPIAL_OPENERS,
    VerbCue,
    after_having,
    opens_perfect_participial,
    perfect_without_clause,
)
from quotex.attributions.source_phrases import bare_non_source
from quotex.attributions.subjects import is_intro_phrase, sentence_subject
from quotex.attributions.verb_groups import reported_verb_group
from quotex.attributions.verb_vetoes import (
    as_shown,
    caption_text,
    captioned_media,
    comparative_ellipsis,
    copula_passive,
    crowd_names_a_thing,
    ending_sense,
    has_short_subject,
    hyphen_compound,
    inside_markup,
    names_a_title,
    names_a_work,
    negated_assertion,
    object_noun,
    part_of_name,
    reduced_passive,
    reports_through_object,
    restated_object,
    self_naming,
    title_modifier,
    whether_subject,
    without_particle,
)
from quotex.attributions.whose_clauses import in_relative_aside
from quotex.lexicon.function_words import DETERMINERS, OBJECT_PRONOUNS, PRONOUNS, TIME_WORDS
from quotex.lexicon.grammar import (
    ADJUNCT_SUBORDINATORS,
    CLAUSE_SUBORDINATORS,
    COPULA,
    NOUN_DETERMINERS,
    PREPOSITIONS,
    QUESTION_WORDS,
    RELATIVES,
    SUBJECT_WORDS,
)
from quotex.lexicon.reporting_verbs import MANNER_OF_SPEAKING
from quotex.lexicon.verb_frames import (
    OBJECT_NAMING,
    PARTICIPLES,
    PARTICLES,
    TELL_VERBS,
    responding,
)
from quotex.mentions import is_name_word
from quotex.records import QuoteKind

# ---------------------------------------------------------------- rules before the subject


#: 'Asked (at a briefing) whether ...': how far after 'asked' the question word may stand.
QUESTION_WINDOW = 12


def _asked_opens(v: VerbCue) -> bool:
    return v.low == "asked" and (
        v.i == v.first or v.words[v.prev].lower() in ("when", "after", "before", "once", "if")
    )


def asked_whether(v: VerbCue) -> Found | None:
    """'Asked if the plan would work, Smith said ...': a question put to someone, no source;
    '..., he said when asked about the fares', 'Asked at a briefing whether ...', 'Asked by
    the host whether ...' (the asker is the source)."""
    ctx, words, i, last, lows = v.ctx, v.words, v.i, v.last, v.ctx.lows
    qw = i + 1
    while (
        qw <= last and qw - i <= QUESTION_WINDOW and words[qw] not in (",", ";", ":") and ctx.quote_of[qw] < 0
    ):
        if lows[qw] in QUESTION_WORDS:
            break
        qw += 1
    if qw <= last and qw - i <= QUESTION_WINDOW and lows[qw] in QUESTION_WORDS:
        asker = None
        if lows[i + 1] == "by":
            asker = np_right(ctx.tokens, i + 2, qw - 1, ctx.lexicon)
        bi = content_end(ctx, qw, last, relative=True)
        got = content(ctx, qw, bi)
        if got is not None:
            (cs, ce), kind = got
            return Attribution(((cs, ce),), asker, v.cue, "cue_before_content", kind), qw, bi
    return None


def _opens_inverted(v: VerbCue) -> bool:
    return (
        v.i == v.first and v.words[v.i][:1].isupper() and v.vclass == "speech" and not v.low.endswith("ing")
    )


def inverted_opening(v: VerbCue) -> Found | None:
    """An inverted cue opening the sentence: 'Said Ellis: "C."' / 'Added the mayor, "C."'."""
    ctx, words, last = v.ctx, v.words, v.last
    src = np_right(ctx.tokens, v.i + 1, last, ctx.lexicon)
    if src is not None and src[1] + 2 <= last and words[src[1] + 1] in (":", ","):
        a = src[1] + 2
        got = content(ctx, a, last)
        if got is not None:
            (cs, ce), kind = got
            return Attribution(((cs, ce),), src, v.cue, "cue_before_content", kind), a, last
    return None


# ---------------------------------------------------------------- content, then cue


def _first_conjunct(v: VerbCue, before: int) -> int | None:
    """The first token of a conjunct before *and* at token *before* that a comma opens (a name,
    a noun phrase or a subject pronoun: 'C, he and Tom Berg said'), or None."""
    words, floor, k, lows = v.words, v.floor, v.object_end, v.ctx.lows
    if before - 2 < floor or lows[before] != "and":
        return None
    if k <= v.last and words[k] not in (",", ".", ";", "!", "?") and lows[k] not in TIME_WORDS:
        return None  # (the credit must close its clause: not '..., Trump and his aides talk about C')
    np = (before - 1, before - 1) if lows[before - 1] in SUBJECT_WORDS else None
    np = np or np_left(v.ctx.tokens, before - 1, floor, v.ctx.lexicon)
    if np is None or np[0] - 2 < floor or words[np[0] - 1] != "," or is_name_word(words[np[0] - 2]):
        return None  # (a list of names: '"C," Lena Okafor, Omar Diallo and Greta Holt said' is one source)
    return np[0]


def content_then_cue(v: VerbCue) -> Found | None:
    """'C, Smith said.' / '"C," he said.' / 'Over the years, she said, email has helped ...'."""
    ctx, words, i, last, content_floor = v.ctx, v.words, v.i, v.last, v.floor
    tokens = ctx.tokens
    src = v.subject()[0]
    assert src is not None
    if src[0] - 1 < content_floor or src[1] >= i:  # ('The engineer who warned of C, NAME, said')
        return None  # ('Lund said ...' at the floor: no content before; the conjunct test needs room)
    src, before, content_floor = as_clause(ctx, v.lemma, src, content_floor)  # ('C, as X put it.')
    first = _first_conjunct(v, before)  # 'C, Ana Lund and Tom Berg said.': the whole coordination
    if first is not None:
        src, before = (first, src[1]), first - 1
    after_quote = (
        before >= content_floor
        and is_closing_quote(ctx, before)
        and (
            ends_with_punctuation(tokens.text, ctx.spans[ctx.quote_of[before]])
            or opens_sentence(tokens.text, ctx.spans[ctx.quote_of[before]])
        )
    )
    if before < content_floor or not (words[before] in (",", "—", "–") or after_quote):
        return None  # (no comma, dash or quotation before the subject: the credit comma is not sought)
    c = credit_comma(ctx, v.object_end, last, closed=comment_as(ctx, src) and not after_quote)
    if (
        tail_is_modifiers(ctx, i + 1, last, quote_may_follow=after_quote or as_goes_on(ctx, src, i, last))
        and ((after_quote and ctx.quote_of[content_floor] >= 0) or tail_ends(ctx, v.object_end, last))
        and (
            (after_quote and ctx.quote_of[content_floor] >= 0)
            or not is_intro_phrase(words, content_floor, before)
            or (
                c + 3 <= last and words[c] == "," and ctx.quote_of[c + 1] < 0
            )  # 'X, Becker said (on Monday), Y'
        )
        and (
            after_quote
            or (i + 1 < len(words) and words[i + 1] == ",")
            or not adverbial_clause_only(words, content_floor, before - 1)
        )
    ):
        got = content(ctx, start_after_opener(ctx, content_floor, before), before)
        if got is not None:
            (cs, ce), kind = got
            parts: tuple[tuple[int, int], ...] = ((cs, ce),)
            end = before
            # 'Over the years, she said, email has helped ...': the clause goes on
            rest = rest_of_clause(ctx, c, last) if not after_quote or kind is not QuoteKind.DIRECT else None
            if rest is not None:
                parts = ((cs, ce), rest[0])
                end = rest[1]
                kind = joined_kind(kind, rest[2])
            return Attribution(parts, src, v.cue, "cue_after_content", kind), content_floor, end
    return None


def content_then_inverted_cue(v: VerbCue) -> Found | None:
    """'"C," said Smith' / 'C, said Smith.' / 'The timetable, said Lund, is a compromise' /
    '"C," flatly said Smith' (an adverb of manner before the cue)."""
    ctx, words, i, last, content_floor = v.ctx, v.words, v.i, v.last, v.floor
    prev = quote_before_adverbs(v)
    lexicon = ctx.lexicon
    inv = np_right(ctx.tokens, past_inverted_aside(words, i + 1, last), last, lexicon)  # 'said, as X left, A'
    if is_closing_quote(ctx, prev) and (
        inv is None or not (tail_ends(ctx, inv[1] + 1, last) or words[inv[1] + 1] == ",")
    ):
        # '"C," said Tromso University economist Hal Berg.'
        inv = credit_phrase(ctx, i + 1, last, 1) or inv
    if inv is not None and is_closing_quote(ctx, prev):
        inv = modified_source_after(ctx.tokens, inv, last, lexicon)  # '"C," said a nurse on the ward.'
    if (
        inv is not None
        # ('"C," said he.': a personal pronoun after the cue, in South Asian and older British copy)
        and (
            words[inv[0]].lower() not in PRONOUNS
            or (inv[0] == inv[1] and inverted_pronoun(ctx, prev, inv[0]))
        )
        and not (words[prev] == "," and bare_non_source(words, inv, lexicon))  # ('C, orders fresh hearing')
        and tail_ends(ctx, inv[1] + 1, last, participle=is_closing_quote(ctx, prev))
        and tail_is_modifiers(ctx, inv[1] + 1, last, quote_may_follow=is_closing_quote(ctx, prev))
    ):
        got = content(ctx, start_after_opener(ctx, content_floor, prev), prev)
        if got is not None:
            (cs, ce), kind = got
            # 'The timetable, said Lund, is a compromise': the clause goes on, unless
            # what follows the name is about the speaker ('said Lund, who ...', ', a ...')
            nxt = words[inv[1] + 2] if inv[1] + 2 <= last else ""
            rest = (
                rest_of_clause(ctx, inv[1] + 1, last)
                if kind is not QuoteKind.DIRECT
                and nxt.islower()
                and nxt not in RELATIVES
                and nxt not in DETERMINERS
                and nxt not in PREPOSITIONS
                and nxt not in lexicon.role_words
                else None
            )
            if rest is not None:
                kind = joined_kind(kind, rest[2])
                return (
                    Attribution(((cs, ce), rest[0]), inv, v.cue, "cue_after_content", kind),
                    content_floor,
                    rest[1],
                )
            return Attribution(((cs, ce),), inv, v.cue, "cue_after_content", kind), content_floor, prev
    return None


# ---------------------------------------------------------------- cue, then content


def _has_subject(v: VerbCue) -> bool:
    return not after_having(v) and v.subject()[0] is not None  # ('..., having said': no subject)


def _is_relative(v: VerbCue, src: tuple[int, int]) -> bool:
    """The source opens a relative or fronted clause: its content ends at the clause's end."""
    return (
        v.words[src[1]].lower() in ("who", "which", "that")
        or in_relative_aside(v, src)
        or in_fronted_clause(v.ctx.lows, v.first, src[0])  # 'While Ramos said that X, he ...'
    )


#: Subordinators of a fronted adverbial clause whose main clause is never the report of a
#: cue that ends the clause ('After the mayor testified, | the board voted'): the clause
#: subordinators of time, condition and concession (Quirk et al. 1985 §15.17-15.25); *as*
#: only with a verb of manner of speaking (``reporting_verbs.MANNER_OF_SPEAKING``).
_ADVERBIAL_OPENERS = (CLAUSE_SUBORDINATORS | ADJUNCT_SUBORDINATORS | frozenset(["if", "whenever"])) - {"as"}


def _closes_adverbial_clause(v: VerbCue, src: tuple[int, int], a: int) -> bool:
    """The cue and its modifiers end a fronted adverbial clause at the comma before token
    *a*: the main clause after it is not the cue's content ('When the mayor spoke, the crowd
    fell silent', 'As the dockers sang, ...'; but 'As Lund said last week, C', and a
    quotation after the comma is the cue's: 'when a boy shouted, "C"')."""
    words = v.words
    if a - 1 <= v.i or words[a - 1] != "," or src[0] - 1 < v.first or v.ctx.quote_of[a] >= 0:
        return False
    if v.ctx.lows[a] == "that":
        return False  # ('after the Post reported, citing X, that C': an aside, then the cue's clause)
    opener = words[src[0] - 1].lower()
    return opener in _ADVERBIAL_OPENERS or (opener == "as" and v.lemma in MANNER_OF_SPEAKING)


#: Forms of *be* (and *get*) before a past participle that make a stance verb passive.
_PASSIVE_BE = (COPULA - {"'s"}) | frozenset("get gets got".split())


def cue_then_content(v: VerbCue) -> Found | None:
    """'X said (on Tuesday) (that) C.' / 'X told Reuters: "C."' / 'X called it "C"';
    a verb of stance with its object gives ``stance``: 'X rejected the offer'."""
    ctx, words, i, last, lows = v.ctx, v.words, v.i, v.last, v.ctx.lows
    tokens, lexicon = ctx.tokens, ctx.lexicon
    src = v.subject()[0]
    assert src is not None
    lemma, vclass, cue = v.lemma, v.vclass, v.cue
    reduced = reduced_relative(words, src, i, v.first, lexicon)  # 'Dockers backing the strike said'
    relative = reduced or _is_relative(v, src)
    if vclass == "stance" and (
        (i + 1 <= last and words[i + 1] in (",", ";", ":"))
        or (v.prev >= v.first and lows[v.prev] in _PASSIVE_BE and not v.low.endswith("ing"))
    ):
        # '..., both have questioned, arguing ...': a stance verb's object follows it; 'X was
        # praised by Y, who said C': a passive's subject holds no stance
        return None
    particle = v.particle
    if particle and lows[i + 1] != "out":
        # 'called for a recount', 'agreed with the ruling': the prepositional object
        # is the content, as a verb of stance's object is
        lemma, vclass = lemma + " " + lows[i + 1], "stance"
        cue = (tokens.starts[i], tokens.ends[i + 1])
        a = skip_cue_modifiers(tokens, i + 2, last, lemma, lexicon)
    elif particle:
        a = skip_cue_modifiers(tokens, i + 2, last, lemma, lexicon)  # 'pointed out that ...'
    else:
        a = skip_cue_modifiers(tokens, i + 1, last, lemma, lexicon)
    if (
        a > last
        or _closes_adverbial_clause(v, src, a)
        # 'rejected his claim that C': the claim is its possessor's report (cue_noun)
        or (lemma in REJECTING_LEMMAS and owned_report(words, a, last, lexicon.cue_nouns))
    ):
        return None
    if (
        lemma in TELL_VERBS
        and a > i + 1
        and lows[a] in ("to", "not")
        and lows[i + 1] not in ("to", "reporters", "journalists")
    ):
        # 'urged countries not to take part': the object and its infinitive
        bi = content_end(ctx, a, last, relative=relative)
        got = content(ctx, i + 1, bi)
        if got is None:
            return None
        (cs, ce), kind = got
        return Attribution(((cs, ce),), src, cue, "cue_before_content", kind), i + 1, bi
    # ('denied rumours that C': a verb of denial's object too)
    that = noun_that_clause(words, a, last) if vclass == "stance" or lemma in REJECTING_LEMMAS else None
    if that is not None:
        # 'rejected claims that C (since 2019)': the object runs to the end of the noun's that-clause
        bi = content_end(ctx, a, last, relative=relative)
    elif vclass == "naming":
        bi = naming_content_end(v, a, relative)
        # 'described the flooding': its object (not in a relative clause, where it would move the
        # floor past the main clause's subject: 'Lund, who described himself as ..., said')
        if bi < 0 and lemma in OBJECT_NAMING and words[a][:1].isalnum() and not relative:
            vclass, bi = "stance", content_end(ctx, a, last, relative=relative)
        if bi < 0:
            return None
    else:
        if not starts_clause(ctx, a, last, vclass, lemma, after_colon=words[a - 1] == ":"):
            clause = parsed_clause(ctx, i)  # with a parser: the verb's ccomp/xcomp
            if clause is None or clause[1] > last:
                return None
            a = clause[0]
        # (': "C." The firm declined to comment': the quotation ends the content)
        bi = stopped_quotation_end(ctx, a, content_end(ctx, a, last, relative=relative))
        a = topic_start(words, a, bi, lemma)  # 'asked Lund about | his ties'
        if bi - a <= 4 and any(
            lexicon.verb_forms.get(lows[m], ("", ""))[1] == "speech"
            and lows[m - 1] not in NOUN_DETERMINERS
            and not (lows[m - 1] == "her" and words[m].endswith("s"))  # 'her remarks': a noun
            and lows[m - 1] != "to"  # 'declined to comment': an infinitive
            and not reported_verb_group(words, m, bi, last)
            for m in range(max(a + 1, bi - 1), bi + 1)
        ):
            return None  # '..., Marchbank said:': what follows the cue is an attribution of its own
    if relative and not reduced and vclass != "naming":  # 'Voters who say C | were divided'
        bi = restrictive_report_end(
            words, src, v.first, (a, bi), lexicon, clause=vclass != "stance" and lows[a] != "to"
        )
    # 'A sign reading "C" hangs': a participle inside its subject
    inside = vclass != "stance" and (reduced or (src[1] == i - 1 and v.low.endswith("ing")))
    bi = quotation_before_predicate(ctx, a, bi) if inside else bi
    # 'chanted "C" as it had before': the quotation alone
    bi = quotation_object_end(ctx, a, bi) if vclass in ("speech", "cognition") else bi
    # a stance verb's object may be one name or pronoun: 'endorsed Abara', 'backed her'
    one_word = vclass == "stance" and (is_name_word(words[a]) or lows[a] in OBJECT_PRONOUNS)
    got = content(ctx, a, bi, one_word=one_word)
    if got is not None and vclass == "stance" and that is None:
        end = main_verb_before(words, a, bi, lexicon) if reduced else bi  # ('replied to X: "C."': the reply)
        bi = stance_object_end(ctx, a, end, reply=responding(lows[v.i], lexicon.verb_forms))
        # ('defended him: "C."': the colon's quotation is the report, not 'him')
        colon = bi == a and lows[a] in OBJECT_PRONOUNS and words[a + 1] == ":"
        got = None if colon else content(ctx, a, bi, one_word=one_word)
    if got is None:
        return None
    (cs, ce), kind = got
    rule = "stance" if vclass == "stance" else "cue_before_content"
    return Attribution(((cs, ce),), src, cue, rule, kind), a, bi


# ---------------------------------------------------------------- participial


def _is_participle(v: VerbCue) -> bool:
    """A participle of saying, or of naming before a quotation ('..., describing the board as
    "asleep at the wheel"', '..., labelling it "a farce"': the quoted words are the subject's,
    as with the finite verb)."""
    low = v.low
    return (
        low in PARTICIPLES
        or (low.endswith("ing") and v.vclass == "speech")
        or (low.endswith("ing") and v.vclass == "naming" and naming_content_end(v, v.i + 1, False) >= 0)
    )


def _opens_participial(v: VerbCue) -> bool:
    words, prev, lows = v.words, v.prev, v.ctx.lows
    return opens_perfect_participial(v) or (
        _is_participle(v)
        and prev >= v.first
        and (
            absolute_subject(v.ctx.tokens, v.prev, v.first, v.ctx.lexicon, v.low) is not None
            or lows[prev] in PARTICIPIAL_OPENERS
            # ', at one point calling', 'while also saying'
            or lows[before_adverbial(words, prev, v.first)] in ADVERB_PARTICIPIAL_OPENERS
            or (is_closing_quote(v.ctx, prev) and words[prev - 1] == ",")  # 'on "Morning Joe," adding'
        )
    )


def _clause_after_naming(words: Sequence[str], end: int, last: int) -> bool:
    """A new clause or verb phrase follows a naming participle's quotation ending at token *end*:
    a dash, or *and*/*but* before a participle or a subject pronoun (`calling it "Y" and daring
    lawmakers`, `"Y" - but he said`), not a coordinated name (`"Y" and "Z"`, `"Y" and criminals`)."""
    if end < 0 or end + 2 > last:
        return False
    nxt, then = words[end + 1].lower(), words[end + 2].lower()
    return nxt in ("-", "—", "–", "--") or (
        nxt in ("and", "but") and ((then.endswith("ing") and then.isalpha()) or then in PRONOUNS)
    )


def participial(v: VerbCue) -> Found | None:
    """'X urged ..., saying C': the clause's subject (or the sentence's previous source) speaks."""
    ctx, words, i, last, prev_source, lows = v.ctx, v.words, v.i, v.last, v.prev_source, v.ctx.lows
    tokens, lexicon = ctx.tokens, ctx.lexicon
    absolute = absolute_subject(v.ctx.tokens, v.prev, v.first, v.ctx.lexicon, v.low)
    subj = absolute or sentence_subject(ctx, v.s)
    if absolute is None and (
        subj is None
        or subj[0] >= i
        or (
            prev_source is not None
            and subj[1] < prev_source[0]
            and (i - prev_source[1] <= 6 or after_speech_verb(ctx, i))  # ('C, NAME, his son, said, citing X')
        )
    ):
        subj = prev_source  # '"A," he said, adding that B': the same source
    if subj is None and absolute is None:  # "That's a long shot, but Lund was in Leith, saying"
        subj = nearest_clause_subject(ctx, (v.first, v.first), i, v.floor)
    if absolute is None and subj is not None and subj[1] < i:
        subj = cleft_subject(ctx, subj, i) or subj  # 'It was there that Lund spoke, saying'
        subj = nearest_clause_subject(ctx, subj, i, v.floor) or subj  # ', and the union sued, saying'
    if subj is None or (after_having(v) and subj[1] >= v.prev - 1) or time_phrase(words, subj):
        return None  # ('That Clinton misjudged X, having'; 'One month after announcing': a time speaks not)
    if report_aside(v.words, v.ctx.lows, v.i, v.first, v.last, lexicon=v.ctx.lexicon):
        return None  # ('the Post reported, citing two officials, that C': the report's aside)
    cue = v.cue
    if i + 2 <= last and lows[i + 1] in PARTICLES.get(v.lemma, ()):
        a = i + 2  # 'referring to the mayor': the particle's object is the content
        cue = (tokens.starts[i], tokens.ends[i + 1])
    else:
        a = skip_cue_modifiers(tokens, i + 1, last, v.lemma, lexicon)
    if a > last or (lows[a] in PREPOSITIONS and not quoted_commitment(ctx, a, last, v.lemma)):
        return None
    # 'The notice, warning that C, arrived': an aside after the subject ends at its comma
    aside = words[i - 1] == "," and subj[1] == i - 2
    # 'calling the measure "Y" and daring ...': a naming verb's content ends with its quotation
    named = naming_content_end(v, a, aside) if v.vclass == "naming" and cue == v.cue else -1
    bi = named if _clause_after_naming(words, named, last) else content_end(ctx, a, last, relative=aside)
    if cue[1] > tokens.ends[i]:  # the particle's object ends at a comma before a quotation
        bi = next((k - 1 for k in range(a + 1, bi) if words[k] == "," and ctx.quote_of[k + 1] >= 0), bi)
    if not aside and bi + 2 <= last and words[bi + 1] == "," and lows[bi + 2] in lexicon.verb_forms:
        return None  # 'X, citing data from Y, said ...': a parenthetical, not the report
    if v.vclass == "speech":
        bi = quotation_object_end(ctx, a, bi)  # ', chanting "C" as they marched'
    got = content(ctx, a, bi)
    if got is None or gestured_at(v.lemma, words, a, bi):  # (', pointing to Rui Berg': a person in view)
        return None
    (cs, ce), kind = got
    return Attribution(((cs, ce),), subj, cue, "participial", kind), a, bi


#: A reporting verb's steps, in order. The vetoes end the search for this cue (the
#: word is not a verb here); ``final`` rules end it whenever they apply.
VERB_STEPS: tuple[Step[VerbCue], ...] = (
    Rule("expected", ("expected",), is_expectation_passive, expected, final=True),
    Veto("hyphen_compound", hyphen_compound),
    Veto("comparative_ellipsis", comparative_ellipsis),
    Veto("negated_assertion", negated_assertion),
    Veto("phrasal_particle", phrasal_particle),
    Veto("copula_passive", copula_passive),
    Veto("reduced_passive", reduced_passive),
    Veto("without_particle", without_particle),
    Veto("ending_sense", ending_sense),
    Veto("plural_noun", plural_noun),
    Veto("as_shown", as_shown),
    Veto("reports_through_object", reports_through_object),
    Veto("noun_after_determiner", noun_after_determiner),
    Veto("object_noun", object_noun),
    Veto("captioned_media", captioned_media),
    Veto("caption_text", caption_text),
    Veto("self_naming", self_naming),
    Veto("restated_object", restated_object),
    Veto("whether_subject", whether_subject),
    Veto("homograph_head", homograph_head),
    Veto("name_modified_noun", name_modified_noun),
    Veto("object_of_perfect", object_of_perfect),
    Veto("inside_markup", inside_markup),
    Veto("names_a_title", names_a_title),
    Veto("names_a_work", names_a_work),
    Veto("known_as_title", known_as_title),
    Veto("marked_name_object", marked_name_object),
    Veto("crowd_names_a_thing", crowd_names_a_thing),
    Veto("gapped_naming", gapped_naming),
    Veto("object_gap", object_gap),
    Veto("passive_as", passive_as),
    Veto("noun_before_quotation", noun_before_quotation),
    Veto("compound_noun", compound_noun),
    Veto("title_modifier", title_modifier),
    Veto("part_of_name", part_of_name),
    Veto("gerund_after_preposition", gerund_after_preposition),
    Veto("noun_before_of", noun_before_of),
    Veto("perfect_without_clause", perfect_without_clause),
    Rule("pseudo_cleft", ("cue_before_content",), opens_pseudo_cleft, pseudo_cleft, final=True),
    Veto("free_relative", free_relative),
    Rule("asked_whether", ("cue_before_content",), _asked_opens, asked_whether),
    Rule("passive_agent", PASSIVE_GIVES, is_passive_with_agent, passive_agent, final=True),
    Rule("inverted_opening", ("cue_before_content",), _opens_inverted, inverted_opening),
    Rule("content_then_cue", ("cue_after_content",), has_short_subject, content_then_cue),
    Rule(
        "content_then_inverted_cue",
        ("cue_after_content",),
        inverted_after_content,
        content_then_inverted_cue,
    ),
    Rule("relative_gap", ("cue_before_content",), opens_gap, relative_gap),
    Rule("bare_answer", ("cue_before_content",), answers_bare, bare_answer),
    Rule("cue_then_content", ("cue_before_content", "stance"), _has_subject, cue_then_content, final=True),
    Rule("participial", ("participial",), _opens_participial, participial, final=True),
)
