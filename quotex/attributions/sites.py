"""What the cue rules read about one candidate cue, and the ordered subject fallback of a verb cue.

A :class:`CueSite` is built once per candidate token; a :class:`VerbCue`
holds the same fields and adds the verb's lemma, class and cue span, and finds
its subject lazily (once, the first time a rule asks) with :data:`SUBJECT_FINDERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import define, frozen

from quotex.attributions.complements import after_object, particle_follows
from quotex.attributions.context import HEDGES, Context, before_adverbial, before_time_adjunct, parsed_subject
from quotex.attributions.credits import credit_phrase
from quotex.attributions.infinitives import before_infinitive
from quotex.attributions.ly_adverbs import ly_adverb
from quotex.attributions.np_words import opens_with_participle
from quotex.attributions.participle_subjects import nearest_clause_subject
from quotex.attributions.relative_subjects import previous_after_relative, renamed_description
from quotex.attributions.subject_words import subject_head
from quotex.attributions.subjects import (
    apposition_subject,
    clause_subject,
    is_fronted_word,
    sentence_subject,
    source_before,
    speaking_subject,
    subject_before_group,
)
from quotex.attributions.those_subjects import those_phrase
from quotex.attributions.verb_groups import before_linking_aside, verb_group_start
from quotex.attributions.whose_clauses import whose_document, whose_index, whose_subject
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, PRONOUNS
from quotex.lexicon.grammar import (
    ADVERBS,
    APPROXIMATORS,
    AUXILIARIES,
    CLAUSE_LINKS,
    COPULA,
    IRREGULAR_PAST,
    ISSUED_NOUNS,
    LINKING_VERBS,
    MODALS,
    POSSESSIVE_DETERMINERS,
    QUANTITY_HEADS,
    SENTENCE_LINKS,
    SIMPLE_PAST,
)
from quotex.lexicon.verb_frames import NOUN_HOMOGRAPHS
from quotex.mentions import is_name_word
from quotex.mentions.stated_ages import age_before
from quotex.sentences import Sentence

Span = tuple[int, int]


@define(slots=True)
class CueSite:
    """A candidate cue at token *i* of sentence *s*; content may start at *floor*.

    ``prev_source`` is the source of the sentence's previous attribution;
    ``length`` is the number of words of a multi-word trigger ('according to'); ``source``
    the possessor a possessive credit names ('in X's words': X), else None.
    """

    ctx: Context
    s: Sentence
    i: int
    floor: int
    prev_source: Span | None
    words: Sequence[str]
    low: str
    first: int
    last: int
    length: int = 1
    source: Span | None = None


def _subject_word(words: Sequence[str], k: int) -> bool:
    """Does token *k*, after *that*, open a clause's subject (a determiner, a subject pronoun, a
    name, a number, a hyphenated word or a plural noun: 'states that the fares ...', 'that
    same-sex couples ...'), not a relative clause's verb ('states that have ...', 'that vote
    ...')?"""
    word = words[k]
    low = word.lower()
    if low in AUXILIARIES or low in MODALS:
        return False
    return (
        low in DETERMINERS
        or low in PRONOUNS
        or word[:1].isupper()
        or word[:1].isdigit()
        or (k + 1 < len(words) and words[k + 1] == "-")
        or (low.endswith("s") and not low.endswith("ss"))
    )


@define(slots=True)
class VerbCue:
    """A reporting verb at token *i*: its :class:`CueSite`'s fields, its lemma and class
    (speech, stance, naming...), the cue's character range and the token before it (*prev*)."""

    # the fields of its CueSite, copied (the rules read them for every verb cue)
    ctx: Context
    s: Sentence
    i: int
    floor: int
    prev_source: Span | None
    words: Sequence[str]
    low: str
    first: int
    last: int
    lemma: str
    vclass: str
    cue: tuple[int, int]
    prev: int
    progressive: bool
    _subject: tuple[Span | None, bool] | None = None
    _group: int = -1
    _finite: int = -1  # -1: not computed yet; else 0 or 1
    _object_end: int = -1  # -1: not computed yet

    @property
    def object_end(self) -> int:
        """The token after the cue's object of telling ('told reporters | C'), or the one
        after the cue (:func:`~quotex.attributions.complements.after_object`), found once."""
        if self._object_end < 0:
            ctx = self.ctx
            self._object_end = after_object(ctx.tokens, self.i + 1, self.last, self.lemma, ctx.lexicon)
        return self._object_end

    @property
    def group(self) -> int:
        """The first token of the verb group ('has long said': 'has')."""
        if self._group < 0:
            past = self.low != self.lemma and not self.low.endswith(("s", "ing"))
            self._group = verb_group_start(self.words, self.i, self.first, past=past, names=self.ctx.surnames)
        return self._group

    @property
    def finite(self) -> bool:
        """The cue is surely a finite verb: a past form or one after an auxiliary
        ('Women back him' yes, 'fled and headed back' no), or a form that is also a noun
        before *that* and a clause's subject ('The memo states that fares ...'; not 'states
        that have ...', a noun's relative clause)."""
        if self._finite < 0:
            low, lemma, group, words, i = self.low, self.lemma, self.group, self.words, self.i
            self._finite = int(
                not low.endswith("ing")
                and self.ctx.lows[group - 1] != "to"  # 'to find a way': an infinitive
                and (
                    group < i
                    or low not in (lemma, lemma + "s")
                    or lemma not in NOUN_HOMOGRAPHS
                    or (i + 2 <= self.last and words[i + 1].lower() == "that" and _subject_word(words, i + 2))
                )
            )
        return bool(self._finite)

    @property
    def particle(self) -> bool:
        """Its particle follows the cue ('called for a recount'), not an adjunct of duration
        ('argued for years that')."""
        return particle_follows(self.words, self.ctx.lows, self.i, self.last, self.lemma)

    def subject(self) -> tuple[Span | None, bool]:
        """(source, long): the first of :data:`SUBJECT_FINDERS` that finds one, and
        whether it is a long subject (trusted only before its content)."""
        if self._subject is None:
            src: Span | None = None
            long = False
            for n, (find, finds_long) in enumerate(_FINDER_ROWS):
                src = find(self, None)
                if src is not None:
                    long = finds_long
                    for m, find_over, over_long in _REPLACING:  # (the others keep what was found)
                        if m > n and (found := find_over(self, src)) is not None:
                            src, long = found, over_long
                    break
            if (
                src is not None
                and src[0] == src[1]
                and is_fronted_word(self.words, src[0], self.last, self.ctx.lexicon)
                and self.words[src[0]] not in self.ctx.surnames  # ('Day said': Kristen Day's)
            ):
                src, long = _past_fronted_word(self, src[0]), False
            while src is not None and src[1] > src[0] and self.words[src[1]] in ADVERBS:
                src = (src[0], src[1] - 1)  # 'A council aide later clarified ...': not 'later
            quote_of = self.ctx.quote_of  # ('"Q?" NAME, ROLE, refused to answer': never a quotation's words)
            while src is not None and src[0] < src[1] and quote_of[src[0]] >= 0 and quote_of[src[1]] < 0:
                src = (src[0] + 1, src[1])
            self._subject = (src, long)
        return self._subject


#: Words after which a participle opens a participial clause: ', saying', 'after calling'.
PARTICIPIAL_OPENERS = frozenset([",", "before", "after", "while", "by", "and", "when"])
#: The openers after which an adverb may stand before the participle: the comma and the
#: subordinators of time ('while also saying', 'after initially saying'); after *and* or *by*
#: an adverb ('and pointedly saying') often ends a clause other than the sentence's first.
ADVERB_PARTICIPIAL_OPENERS = PARTICIPIAL_OPENERS - {"and", "by"}


def after_having(v: VerbCue) -> bool:
    """The cue is a past participle after *having*, a perfect participle ('having called the
    plan "reckless"'): no finite verb, so no subject stands right before it (Quirk et al.
    1985, §3.54: *having* + past participle is a nonfinite perfect)."""
    p = v.prev
    return p >= v.first and v.ctx.lows[p] == "having" and v.low != v.lemma and not v.low.endswith("ing")


def opens_perfect_participial(v: VerbCue) -> bool:
    """A perfect participle that opens a participial clause after its main clause: '...,
    having called the plan "reckless"', 'after having said ...' (the main clause's subject
    speaks, as with ', calling ...')."""
    return after_having(v) and v.prev - 1 >= v.first and v.words[v.prev - 1].lower() in PARTICIPIAL_OPENERS


def perfect_without_clause(v: VerbCue) -> bool:
    """A perfect participle elsewhere ('Having called the plan "reckless," Lind left',
    'regretted having said ...'): its speaker is not found before it; no rule reads it."""
    return after_having(v) and not opens_perfect_participial(v)


def _past_fronted_word(v: VerbCue, k: int) -> Span | None:
    """The source when the finders stopped at token *k*, a word opening a fronted adverbial
    (:func:`~quotex.attributions.subjects.is_fronted_word`: 'Likewise, Marr called for ...',
    'Along with her husband, she has ...'): the sentence's subject past the adverbial, when
    it stands before the cue's verb group, else None. Only for the first word of the sentence
    (after a linking word); elsewhere *k* is returned as found."""
    words, lows = v.words, v.ctx.lows
    first = v.s.first
    while first < k and (lows[first] in SENTENCE_LINKS or words[first] == ","):
        first += 1
    if first != k:
        return (k, k)
    subj = sentence_subject(v.ctx, v.s)
    if subj is None or subj[0] <= k or subj[1] >= v.group:
        return None
    return subj


@frozen
class SubjectFinder:
    """One step of the subject fallback: ``find(cue, found_so_far)`` returns a new
    source or None (keep what was found). ``long`` marks a subject that runs up to
    the verb over modifiers the phrase rules cannot parse. Only a finder that
    ``replaces`` runs once a source was found (the others keep it: they are skipped)."""

    name: str
    find: Callable[[VerbCue, Span | None], Span | None]
    long: bool = False
    replaces: bool = False


def _before_cue(v: VerbCue, src: Span | None) -> Span | None:
    """'C, Smith said.' / '"C," he said.': the noun phrase just before the cue. A document
    that is the clause's object speaks for its issuer, the clause's subject: 'The union put
    out a statement saying ...' is the union's. A participle after a comma or *and* has no
    subject of its own ('Before the vote, Marr spoke in Leith, calling ...', '..., urging calm
    and promising ...'): the participial rule gives it the clause's, unless the phrase before
    it is the sentence's subject ('Marr, noting the crowd, said ...')."""
    found = source_before(v.ctx.tokens, v.i, max(v.floor, v.first), v.ctx.lexicon, lows=v.ctx.lows)
    if found is not None and opens_with_participle(v.words, found):
        return None  # '..., reviving a decade-old dispute known as ...'
    if found is None or not v.low.endswith("ing"):
        return found
    found = _issuer(v, found) or found
    if v.prev >= v.first and v.words[v.prev].lower() in HEDGES:
        return None  # '..., perhaps calling it ...': the writer's guess, no report
    if v.prev >= v.first and (
        v.words[v.prev].lower() in (",", "and") or v.words[before_adverbial(v.words, v.prev, v.first)] == ","
    ):  # (', even calling ...': after an adverbial too)
        if nearest_clause_subject(v.ctx, found, v.i, v.floor) is not None:
            return None  # 'at a rally in Salem, Ore., Lund was blunt, claiming': a later clause's
        return _participle_subject(v, found)
    return found


def _participle_subject(v: VerbCue, found: Span) -> Span | None:
    """*found* when it is the sentence's subject, or a name set off by commas in it with no
    verb between them ('Norway's far-right party leader, Ivo Berg, voiced ...'); else None."""
    subj = sentence_subject(v.ctx, v.s)
    if subj is None or found[0] < subj[0]:
        return None
    words = v.words
    if found[0] <= subj[1]:
        return _before_verb(v, found, subj[1] + 1)
    return found if words[found[0] - 1] == "," and not _has_verb(words, subj[1] + 1, found[0], v) else None


def _before_verb(v: VerbCue, found: Span, a: int) -> Span | None:
    """*found* up to the first verb after token *a* when it runs over one ('Rubio aide Ana Berg
    gave it a try, though, tweeting': the subject before 'gave'); None when a clause opened by
    a conjunction follows that verb ('The talks ran late, but Lund stayed, saying': the
    participial rule finds the nearest clause's subject)."""
    words, lows = v.words, v.ctx.lows
    verb = next((k for k in range(a, found[1] + 1) if _has_verb(words, k, k + 1, v)), -1)
    if verb < 0:
        return found
    if verb == found[0] or any(
        lows[k] in CLAUSE_LINKS and words[k + 1] != "," for k in range(verb, v.i)
    ):  # (', though, tweeting': an adverb, no clause)
        return None
    return (found[0], verb - 1)


#: Lower-case words that are verbs of a clause whatever their context.
_VERB_WORDS = COPULA | AUXILIARIES | MODALS | IRREGULAR_PAST | SIMPLE_PAST


def _has_verb(words: Sequence[str], a: int, b: int, v: VerbCue) -> bool:
    """Is one of tokens *a* .. *b* - 1 a verb: a past form, an auxiliary, or a reporting verb
    not after a capitalised word ('the Vermont state director': a noun)?"""
    for k in range(a, b):
        low = words[k].lower()
        if (
            low in _VERB_WORDS
            or (low.endswith("ed") and len(low) > 4)
            or (low in v.ctx.lexicon.verb_forms and not words[k - 1][:1].isupper())
        ):
            return True
    return False


def _issuer(v: VerbCue, found: Span) -> Span | None:
    """'The council issued a statement saying ...', 'Lund unleashed a series of posts calling
    ...': when the phrase before a participle is a thing (no name, role or group word) opened
    by 'a' after a verb, the clause's subject issued it and speaks."""
    words, lexicon, lows = v.words, v.ctx.lexicon, v.ctx.lows
    art = -1
    for k in range(max(found[0], v.first + 1), found[1]):
        if lows[k] in _THING_OPENERS and words[k - 1].isalpha() and words[k - 1].islower():
            art = k
            break
    if art < 0:
        return None
    for k in range(art + 1, found[1] + 1):
        w = words[k]
        low = lows[k]
        if (
            is_name_word(w)
            or low in lexicon.role_words
            or (low in lexicon.group_source_nouns and low not in ISSUED_NOUNS)
            or low in _PEOPLE_NOUNS
            or low.endswith(_AGENT_PLURALS)
        ):
            return None  # 'a spokesman saying', 'a crowd chanting', 'a Reuters report saying'
    subj = speaking_subject(v.ctx, v.s, art)
    if subj is None:
        return None
    start = _past_relative(words, subj[1] + 1, art)
    if any(lows[k] in _CLAUSE_BREAKS for k in range(start, art)):
        return None
    return subj


#: Words that open the object phrase of a clause's verb: 'issued a statement saying', 'opened
#: their third debate saying' (a possessive: the thing is not the speaker either).
_THING_OPENERS = frozenset(["a", "an", *POSSESSIVE_DETERMINERS])


def _past_relative(words: Sequence[str], k: int, end: int) -> int:
    """The token after a relative clause set off by commas that opens at token *k* ('The mayor
    |, who spoke on Monday,| released a statement saying ...'); *k* when none closes before
    *end*. A non-defining relative clause is inside the subject's noun phrase (Quirk et al.
    1985, §17.22): the verb after its closing comma is the main clause's."""
    if k + 1 >= end or words[k] != "," or words[k + 1].lower() not in ("who", "which"):
        return k
    for m in range(k + 2, end):
        if words[m] in (";", ":"):
            return k
        if words[m] == ",":
            return m + 1
    return k


#: Nouns for people that are no role: 'a crowd chanting', 'a woman shouting'.
_PEOPLE_NOUNS = frozenset(
    "crowd audience mob throng chorus man woman men women boy girl child children".split()
)
#: Plural agent nouns: 'a group of protesters chanting', 'a line of activists holding'.
_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents")

#: Words between a subject and its object that start another clause.
_CLAUSE_BREAKS = frozenset(["and", "but", ";", ":", "that", "who", "which", "when", "after", "while"])


#: A credit phrase ('"C," Senate minority leader Ida Strand told') follows a quotation
#: that closes at most this many tokens before the cue.
CREDIT_WINDOW = 10


def _credit_phrase(v: VerbCue, src: Span | None) -> Span | None:
    """'"C," Senate minority leader Ida Strand told ...': all between a quotation close by
    and the cue names the speaker, though the phrase rules stop short of it."""
    ctx, words, i, prev = v.ctx, v.words, v.i, v.prev
    if (
        prev > v.floor
        and words[prev] != ","
        and not v.low.endswith("ing")
        and max(ctx.quote_of[max(v.floor, i - _credit_reach(words, i, v.floor)) : i])
        >= 0  # a quotation close by
    ):
        phrase = credit_phrase(ctx, prev, v.floor, -1)
        if phrase is not None and (src is None or phrase[0] < src[0]):
            return phrase
    return None


def _credit_reach(words: Sequence[str], i: int, floor: int) -> int:
    """:data:`CREDIT_WINDOW`, and the four tokens more of an age within it (the person's, one
    word in print: '"C," 71-year-old head falconer Mai Yia Thao said')."""
    lo = max(floor, i - CREDIT_WINDOW)
    if "old" not in words[lo:i]:
        return CREDIT_WINDOW  # (no age within it: most cues, one test in C instead of the walk)
    return CREDIT_WINDOW + 4 * any(
        words[m] == "old" and age_before(words, m, floor) >= 0 for m in range(lo, i)
    )


def _clause_subject(v: VerbCue, src: Span | None) -> Span | None:
    """'The agency's report, released Monday, found ...': a subject whose head ends
    right before the verb group, or before a linking adverb set off by commas (*however*)."""
    words = v.words
    group = before_linking_aside(words, v.ctx.lows, v.group, v.first)  # ('Port operators, however, say')
    prev = v.prev if group == v.group else group - 1
    if (
        src is None
        and v.finite
        and prev >= v.first
        and words[prev] != ","
        and group - 1 >= v.first
        and subject_head(words[group - 1], v.ctx.lexicon)
    ):
        return clause_subject(v.ctx, group, max(v.floor, v.first))
    return None


def _parsed_subject(v: VerbCue, src: Span | None) -> Span | None:
    """With a parser: the verb's nsubj."""
    if src is not None:
        return None
    parsed = parsed_subject(v.ctx, v.i)
    if parsed is not None and max(v.floor, v.first) <= parsed[0] and parsed[1] < v.i:
        return parsed
    return None


def _long_subject(v: VerbCue, src: Span | None) -> Span | None:
    """'A 2014 study that appeared in a journal found ...': the sentence's subject."""
    if src is None and v.finite and v.prev >= v.first and v.words[v.prev] != "," and v.floor <= v.first:
        return subject_before_group(v.ctx, v.s, v.group)
    return None


def _apposition_subject(v: VerbCue, src: Span | None) -> Span | None:
    """'Lund, the port's director, said ...': the subject before an apposition."""
    if src is None and v.finite and v.prev > v.first and v.words[v.prev] == "," and v.floor <= v.first:
        return apposition_subject(v.ctx, v.s, v.i)
    return None


def _after_conjunction(v: VerbCue) -> int:
    """The token before the cue's verb group, its auxiliaries included ('but | has since
    said'), when it is *and* or *but*: the verb phrase is coordinated with the one before and
    shares its subject (Quirk et al. 1985, §13.53, ellipsis of the subject); else -1. (Only
    for the previous attribution's source: the sentence subject finder is less sure.)"""
    words, lows = v.words, v.ctx.lows
    k = v.group - 1
    while k >= v.first and v.group - k <= 3 and words[k].islower() and words[k] in AUXILIARIES:
        k -= 1
    k = verb_group_start(words, k + 1, v.first) - 1 if k < v.group - 1 else k
    joined = k >= v.first and (lows[k] in ("and", "but") or _comma_then(words, k, v.first))
    return k if joined else -1


def _comma_then(words: Sequence[str], k: int, first: int) -> bool:
    """Token *k* is the comma or the *then* (*later*) of ', then added' / ', later told': an
    asyndetic coordination whose verb shares the subject before it."""
    if words[k] == "," and k + 1 < len(words):
        k += 1
    return k > first and words[k].lower() in ("then", "later") and words[k - 1] == ","


def _previous_after_conjunction(v: VerbCue, src: Span | None) -> Span | None:
    """'X admitted that ..., but said ...', '... but has since said ...': the sentence's
    previous source; or the subject of a clause opened after it, with which the verb is
    coordinated ('When I asked Lund if he would run, he smiled and said ...': *he*)."""
    k = _after_conjunction(v)
    if src is None and v.prev_source is not None and k >= 0:
        if v.ctx.lows[k] not in ("and", "but") and whose_index(v.words, v.prev_source, v.first) >= 0:
            return None  # ('NAME, whose father said C1, later told ...': the antecedent's verb)
        return nearest_clause_subject(v.ctx, v.prev_source, k, v.floor) or v.prev_source
    return None


def _sentence_subject_after_conjunction(v: VerbCue, src: Span | None) -> Span | None:
    """'The mayor opened the bridge and said ...': the sentence's subject. Also over the
    cue's verb group and an infinitive's governing verbs ('and later said', 'but has said',
    'and went on to say', 'and seems to think'), unless a clause opens inside the first
    conjunct (its verb may be the one coordinated) or the words before *and* are adverbs
    ('to explicitly and implicitly question')."""
    if src is not None or v.group - 1 < v.first:
        return None
    words, lows = v.words, v.ctx.lows
    k = v.group - 1
    if words[k] == "to":
        k = before_infinitive(words, k, v.first, frozenset())
        nxt = lows[k + 1]
        if not (nxt.endswith("ed") or nxt in _VERB_WORDS or nxt in LINKING_VERBS or nxt == "went"):
            return None  # 'allow Republicans and evangelicals to support': a noun after 'and'
    k = before_time_adjunct(words, k, v.first)  # 'but on Tuesday wrote', 'and last week said'
    if lows[k] not in ("and", "but") and not _comma_then(words, k, v.first):
        return None
    subj = sentence_subject(v.ctx, v.s)
    if subj is None or subj[1] >= k:
        return None
    if k != v.prev and (
        ly_adverb(words, k - 1, v.last, v.ctx.lexicon)
        or k - subj[1] > _COORDINATION_WINDOW
        or any(lows[m] in _INNER_CLAUSE for m in range(subj[1] + 1, k))
    ):
        return None
    return subj


#: How far (in tokens) a coordinated verb may stand from the sentence's subject.
_COORDINATION_WINDOW = 60
#: Words that open a clause inside the first conjunct, whose verb the cue may be coordinated
#: with instead ('many who made pledges but don't want to say', '- which he once supported -
#: and has embraced').
_INNER_CLAUSE = frozenset("who whom which whose where when while because".split())


def _quantity_subject(v: VerbCue, src: Span | None) -> Span | None:
    """'Nineteen percent of voters polled support ...', 'About three-quarters favor ...': a
    quantity (a poll's share) with no verb or punctuation between it and a plain-form cue,
    which the other finders do not trust (*support*, *favor* are nouns too)."""
    if src is not None or v.prev < v.first or v.low.endswith(("s", "ing")) or v.words[v.prev] == "to":
        return None  # (not an -s form: '32% of the claims' is a noun; nor an infinitive: 'a majority to')
    words, lows = v.words, v.ctx.lows
    head = -1
    k = v.prev
    while k >= max(v.first, v.floor) and v.prev - k < 9:
        w = words[k]
        low = lows[k]
        if low in QUANTITY_HEADS:
            head = k
        elif (
            not (w[:1].isalnum() or w in ("%", "-", "'s", "’s"))
            or low in v.ctx.lexicon.verb_forms
            or low in COPULA
        ):
            break
        k -= 1
    if head < 0:
        return None
    start = head
    while start - 1 >= max(v.first, v.floor) and (
        lows[start - 1] in APPROXIMATORS
        or lows[start - 1] in NUMBER_WORDS
        or lows[start - 1].endswith(("teen", "ty"))
        or words[start - 1] == "-"
        or words[start - 1][:1].isdigit()
        or lows[start - 1] in ("a", "the")
    ):
        start -= 1
    end = v.prev
    while end > head and words[end].islower() and words[end].endswith("ly"):
        end -= 1  # '34% strongly agree': the adverb is the verb's
    return (start, end)


#: The subject fallback of a verb cue, in order; a later finder runs only when no
#: earlier one found a source, unless it ``replaces`` (the credit phrase may replace a
#: shorter one).
def _those_subject(v: VerbCue, src: Span | None) -> Span | None:
    """'Those over 60 say ...', 'Many of those polled said ...' (:func:`those_phrase`)."""
    if src is not None or not v.finite:
        return None
    return those_phrase(v.ctx, v.first, max(v.first, v.floor), v.group)


def _text_surname(v: VerbCue, src: Span | None) -> Span | None:
    """'May said ...', '"C," May told MPs': a surname the text gave with a given name before
    ('Theresa May'), alone right before the verb group, though a word list reads it as a modal
    or a common word (:func:`~quotex.mentions.chains.given_surnames`)."""
    k = v.group - 1
    if src is not None or k < v.first or not v.words[k][:1].isupper() or v.words[k] not in v.ctx.surnames:
        return None
    return (k, k) if k == v.first or not v.words[k - 1][:1].isalnum() else None


SUBJECT_FINDERS: tuple[SubjectFinder, ...] = (
    SubjectFinder("before_cue", _before_cue),
    SubjectFinder("credit_phrase", _credit_phrase, replaces=True),
    SubjectFinder("whose_document", whose_document, replaces=True),
    SubjectFinder("renamed_description", renamed_description, replaces=True),
    SubjectFinder("clause_subject", _clause_subject),
    SubjectFinder("parsed_subject", _parsed_subject),
    SubjectFinder("long_subject", _long_subject, long=True),
    SubjectFinder("apposition_subject", _apposition_subject, long=True),
    SubjectFinder("previous_after_conjunction", _previous_after_conjunction),
    SubjectFinder("previous_after_relative", previous_after_relative),
    SubjectFinder("sentence_subject_after_conjunction", _sentence_subject_after_conjunction),
    SubjectFinder("quantity_subject", _quantity_subject),
    SubjectFinder("those_subject", _those_subject, long=True),
    SubjectFinder("whose_subject", whose_subject),
    SubjectFinder("text_surname", _text_surname),
)

#: :data:`SUBJECT_FINDERS` as plain rows (find, long), read for every verb cue, and (index, find,
#: long) of those that replace a source found (the only ones that run once one is found).
_FINDER_ROWS = tuple((finder.find, finder.long) for finder in SUBJECT_FINDERS)
_REPLACING = tuple((n, f.find, f.long) for n, f in enumerate(SUBJECT_FINDERS) if f.replaces)
