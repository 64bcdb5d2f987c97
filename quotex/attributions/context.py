"""What every rule reads (the token table, its quotation index, an optional parse) and text-shape tests."""

from __future__ import annotations

import bisect
import functools
from array import array
from collections.abc import Container, Sequence

import attrs
import regex
from attrs import frozen

from quotex.attributions.text_index import TextIndex, text_index
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DATE_LEADS, TIME_WORDS
from quotex.lexicon.grammar import (
    ADVERBS,
    COPULAR_NOUNS,
    CUE_MODIFIER_OPENERS,
    CUE_PLACE_OPENERS,
    FINITE_AUXILIARIES,
    FOCUS_ADVERBS,
    IRREGULAR_PAST,
    ISSUED_NOUNS,
    MODALS,
    NOT_LY_ADVERBS,
    OTHER_SOURCE_NOUNS,
    TITLE_SMALL_WORDS,
)
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence
from quotex.tokens import Tokens


@frozen
class Context:
    """What every rule reads: the token table, quote spans and lexicon."""

    tokens: Tokens
    spans: tuple[QuoteSpan, ...]
    quote_of: Sequence[int]  # per token: index of the closed quote span holding it, or -1 (an array)
    lexicon: Lexicon
    parse: Parse | None = None
    #: sentence subjects already found, by the sentence's first token (a memo, not state)
    subjects: dict[int, tuple[int, int] | None] = attrs.field(factory=dict)
    #: the text has markup tags ('<tweet ...>'): only then is a cue checked for being inside one
    has_tags: bool = False
    #: per span: does it count as a quotation? (see :func:`quotex.attributions.quoting.quoting`)
    quoting: tuple[bool, ...] = ()
    #: per span: do its marks count, a name in marks too (a content's kind; empty: ``quoting``)
    marked: tuple[bool, ...] = ()
    #: the text's sentences, in order (a quotation's credit may stand in the next one)
    sentences: tuple[Sentence, ...] = ()
    #: the lexicon's source prepositions by first word (:func:`phrases_by_head`), looked up once
    prepositions: dict[str, tuple[tuple[str, ...], ...]] = attrs.field(init=False, eq=False, repr=False)
    #: each sentence's first token, for a bisection (built once per text, never per cue)
    sentence_firsts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)
    #: every word in lower case (:func:`~quotex.mentions.words.lower_words`, made once per text)
    lows: tuple[str, ...] = attrs.field(kw_only=True, eq=False, repr=False)
    #: the text's surnames after a given name (:func:`given_surnames`: "May"), all capitalised
    surnames: Container[str] = attrs.field(kw_only=True, default=frozenset(), eq=False, repr=False)
    #: quotation runs and commas, for bisections (:func:`~quotex.attributions.text_index.text_index`)
    index: TextIndex = attrs.field(
        default=attrs.Factory(text_index, takes_self=True), init=False, eq=False, repr=False
    )
    #: the tokens :func:`~quotex.attributions.clauses.content_end` tests, made on its first call (a memo)
    clause_stops: list[int] = attrs.field(factory=list, init=False, eq=False, repr=False)
    #: a cue's words in lower case by its character range (``non_reports``; a memo, not state)
    cue_lows: dict[tuple[int, int], str] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @prepositions.default
    def _prepositions(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return phrases_by_head(self.lexicon.source_prepositions)

    @sentence_firsts.default
    def _sentence_firsts(self) -> tuple[int, ...]:
        return tuple(s.first for s in self.sentences)


@frozen
class Parse:
    """Dependency children and subtree edges, when the ``Doc`` had a parser."""

    children: tuple[tuple[int, ...], ...]
    left: tuple[int, ...]
    right: tuple[int, ...]


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def parse_of(tokens: Tokens) -> Parse | None:
    """Children lists and subtree edges from the token table's heads (None without a parse)."""
    if not tokens.has_parse:
        return None
    heads = tokens.heads
    n = len(heads)
    children: list[list[int]] = [[] for _ in range(n)]
    left = list(range(n))
    right = list(range(n))
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    for i in range(n):
        # walk up to the root, widening every ancestor's edges (depth is small)
        h, steps = heads[i], 0
        while h != i and steps < 64:
            left[h] = min(left[h], i)
            right[h] = max(right[h], i)
            if heads[h] == h:
                break
            h = heads[h]
            steps += 1
    return Parse(tuple(tuple(c) for c in children), tuple(left), tuple(right))


def parsed_subject(ctx: Context, cue: int) -> tuple[int, int] | None:
    """The subject of the cue verb in the dependency parse: its nsubj's subtree."""
    if ctx.parse is None:
        return None
    deps = ctx.tokens.deps
    for c in ctx.parse.children[cue]:
        if deps[c] in SUBJECT_DEPS:
            return (ctx.parse.left[c], ctx.parse.right[c])
    return None


def parsed_clause(ctx: Context, cue: int) -> tuple[int, int] | None:
    """The clausal complement of the cue verb (ccomp/xcomp subtree after it)."""
    if ctx.parse is None:
        return None
    deps = ctx.tokens.deps
    for c in ctx.parse.children[cue]:
        if deps[c] in CLAUSE_DEPS and ctx.parse.left[c] > cue:
            return (ctx.parse.left[c], ctx.parse.right[c])
    return None


def quote_index(tokens: Tokens, spans: Sequence[QuoteSpan]) -> array[int]:
    """Per token, the index of the quotation span that holds it (-1 outside): an
    ``array('i')``, 4 bytes a token (a tuple takes 8, and a list to fill it 8 more)."""
    starts, ends = tokens.starts, tokens.ends
    out = array("i", [-1]) * len(starts)
    for q, span in enumerate(spans):
        k = bisect.bisect_left(starts, span.start)
        # the tokens from k that end inside the span (token ends increase)
        stop = bisect.bisect_right(ends, span.end, k)
        out[k:stop] = array("i", [q]) * (stop - k)
    return out


def is_closing_quote(ctx: Context, i: int) -> bool:
    q = ctx.quote_of[i]
    return q >= 0 and ctx.tokens.ends[i] == ctx.spans[q].end


@functools.lru_cache(maxsize=8)
def split_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in phrases)


@functools.lru_cache(maxsize=8)
def phrases_by_head(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`split_phrases` grouped by first word, in their order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for parts in split_phrases(phrases):
        out.setdefault(parts[0], []).append(parts)
    return {head: tuple(group) for head, group in out.items()}


def preposition_length(words: Sequence[str], i: int, last: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The number of tokens of a source preposition ('according to', 'per') starting at *i*, or 0:
    *phrases* are the lexicon's (lower-case words) that open with token *i*'s word
    (``Context.prepositions``)."""
    for parts in phrases:
        n = len(parts)
        if i + n > last or (n > 1 and words[i + 1].lower() != parts[1]):
            continue  # (most candidates: 'in' and 'as' open many phrases besides these)
        if all(words[i + k].lower() == parts[k] for k in range(2, n)):
            before = words[i - 1] if i > 0 else "."  # (', per the ministry', 'Per the ministry, C')
            if parts == ("per",) and before != "," and not (words[i] == "Per" and before in (".", "!", "?")):
                return 0  # never 'per cent' or 'per day'
            return n
    return 0


def title_case_sentence(words: Sequence[str], s: Sentence) -> bool:
    """Sentence *s* is a headline in title case: no lower-case word but small function words."""
    lower = 0
    for k in range(s.first, s.last + 1):
        w = words[k]
        if w[:1].islower() and w.isalpha() and w not in TITLE_SMALL_WORDS:
            lower += 1
            if lower > 1:
                return False
    return True


#: How far back a markup tag's opening '<' may stand from a word inside it.
TAG_WINDOW = 8


def inside_tag(words: Sequence[str], i: int, first: int) -> bool:
    """Token *i* stands inside a markup tag ('<tweet tweet-author=...>') left in the text."""
    for k in range(i - 1, max(first, i - TAG_WINDOW) - 1, -1):
        w = words[k]
        if w in ("<", "</"):
            return True
        if w.endswith(">"):
            return False
    return False


#: The one form that opens a survey's findings: a capitalised *In* (``findings.in_survey``).
SURVEY_PREPOSITION = "In"


@functools.lru_cache(maxsize=8)
def trigger_forms(lexicon: Lexicon) -> frozenset[str]:
    """Every word that can start a cue, in lower, title and upper case."""
    prep_heads = {p.split()[0] for p in lexicon.source_prepositions}
    lower = set(lexicon.verb_forms) | prep_heads | lexicon.cue_nouns | lexicon.stance_adjectives
    lower |= lexicon.appearance_forms | COPULAR_NOUNS  # ("Lund's point was that C")
    lower |= {":", "):", "put", "puts", "clear", "q.", "a."}  # (and an interview's 'Q.' / 'A.' labels)
    # (an interview's bare 'Q' / 'A' before a dash: only as written, never the article 'a')
    return frozenset(
        lower | {w.title() for w in lower} | {w.upper() for w in lower} | {SURVEY_PREPOSITION, "Q", "A"}
    )


def ends_with_punctuation(text: str, span: QuoteSpan) -> bool:
    """'"We will rebuild,"': the quotation's last character before its closing mark is
    punctuation, as when a cue follows it ('..., "exceptionalism" both countries' is no credit)."""
    inner = text[span.start : span.end].rstrip("\"”’'»“‘«` ")
    return inner[-1:] in (",", ".", "?", "!", "…", "—", "–", "-", ":", ";")


def opens_sentence(text: str, span: QuoteSpan) -> bool:
    """The quotation starts with a capital letter or a digit: a sentence, not a fragment."""
    for c in text[span.start : span.end]:
        if c.isalnum():
            return c.isupper() or c.isdigit()
    return False


#: Opening marks (and brackets) a title's first word may carry: '"People', "''Tales", '(Reprise)'.
_OPENING_MARKS = "\"“‘'«„`(["

_CLOSING_MARKS = "\"”’'»` "

#: A sentence end inside a quotation ('"The Donald. Big Daddy."', '"U-S-A! U-S-A!"'): words, not a title.
_INNER_SENTENCE_END = regex.compile(r"(?:[a-z]{2}|[A-Z])[.?!]\s+[A-Z]")


def title_case(text: str, span: QuoteSpan, *, one_word: bool = True, min_caps: int = 2) -> bool:
    """A short quotation in title case: a title of a work or a name ("People Before Cranes");
    with *one_word*, a single capitalised word counts too ("Brexit"); *min_caps* capitalised
    words are needed beside small words (1 for a place's name: "the Saddle")."""
    inner = text[span.start : span.end]
    words: list[str] = []
    for w in inner.split():
        if w.lstrip(_OPENING_MARKS)[:1].isalpha():
            if len(words) == 8:
                return False  # (a ninth word: no title; most quotations are sentences)
            words.append(w)
    cry = len(words) == 1 and inner.rstrip(_CLOSING_MARKS).endswith("!")  # 'Choke!': a cry, not a name
    if 0 < len(words) <= 8 and not cry and not _INNER_SENTENCE_END.search(inner):
        capitalised = sum(1 for w in words if w.lstrip(_OPENING_MARKS)[:1].isupper())
        if min_caps < 2:  # (a name's article may carry the opening mark: '“the Saddle”')
            words = [w.lstrip(_OPENING_MARKS) for w in words]
        small = sum(
            1
            for w in words
            if w.lower().strip(",.") in TITLE_SMALL_WORDS and not w.lstrip(_OPENING_MARKS)[:1].isupper()
        )  # a capitalised small word ('The Apprentice', 'Tales From the Pier') counts once
        return capitalised + small == len(words) and (
            capitalised >= min_caps or (one_word and len(words) == 1)
        )
    return False


def is_issued_noun(word: str) -> bool:
    """Is *word* a document or study that a source issues, singular or plural ('statement',
    'reports', 'poll': :data:`~quotex.lexicon.grammar.ISSUED_NOUNS`)?"""
    low = word.lower()
    return low in ISSUED_NOUNS or (low.endswith("s") and low[:-1] in ISSUED_NOUNS)


def place_adverb_before(nxt: str, lexicon: Lexicon) -> bool:
    """*here* or *there* after a cue is an adverb of place, not the subject of an existential
    clause (*said there was*), when *that*, punctuation, a quotation, a time word or a
    modifier's preposition follows it: 'told voters here Sunday that', 'said there that'."""
    low = nxt.lower()
    opens = low in ("that", ",", ":") or nxt in lexicon.quote_tokens
    return opens or low in TIME_WORDS or low in CUE_MODIFIER_OPENERS


def adjective_further(lows: Sequence[str], i: int, end: int) -> bool:
    """Is *further* at token *i* (up to *end*) an adjective before a plural noun and its finite
    verb ('said further rises could not be ruled out'), not the cue's adverb ('said further that')?"""
    return (
        lows[i] == "further"
        and i + 2 <= end
        and lows[i + 1].endswith("s")
        and (lows[i + 2] in MODALS or lows[i + 2] in FINITE_AUXILIARIES)
    )


def adverb_participle(words: Sequence[str], j: int, ceiling: int) -> bool:
    """Do tokens *j*, *j* + 1 make an *-ly* adverb and the participle it modifies before a noun
    phrase's head ('a recently published | survey', 'newly released | figures')? Not a word of
    NOT_LY_ADVERBS (*early*, *only*, *daily*)."""
    if j + 2 > ceiling:
        return False
    adverb, participle = words[j], words[j + 1]
    return (
        len(adverb) > 4
        and adverb.endswith("ly")
        and adverb.islower()
        and adverb not in NOT_LY_ADVERBS
        and participle.islower()
        and is_participle(participle)
        and words[j + 2].isalpha()
    )


def subject_adverb(low: str) -> bool:
    """Does the lower-case word, an adverb between a subject and its verb, end the subject's
    noun phrase ('The mayor later | withdrew', 'Lund publicly | backed')? A time adverb of
    ADVERBS (*later*, *earlier*, *today*) or one in *-ly*; not *last* or *long*, which open a
    time phrase ('told by officials last year')."""
    return low in ADVERBS and (low in TIME_WORDS or low.endswith("ly"))


def is_participle(low: str) -> bool:
    """Can the lower-case word be a past participle: a regular *-ed* form, an irregular past
    (:data:`~quotex.lexicon.grammar.IRREGULAR_PAST`), or an *-en*/*-wn* form of five letters or
    more (*taken*, *written*, *shown*)?"""
    return low.endswith("ed") or low in IRREGULAR_PAST or (len(low) > 4 and low.endswith(("en", "wn")))


def is_source_noun(low: str, lexicon: Lexicon) -> bool:
    """*low* (lower case) can head a source's noun phrase: a role, group or organisation
    noun of *lexicon*, or one of :data:`~quotex.lexicon.grammar.OTHER_SOURCE_NOUNS`."""
    return (
        low in lexicon.role_words
        or low in lexicon.group_source_nouns
        or low in lexicon.organization_nouns
        or low in OTHER_SOURCE_NOUNS
    )


def bare_verb(word: str) -> bool:
    """Is *word*, just before a coordinating *and*, a verb in the past with nothing after it
    ('smiled and said', 'went and did')? A word of another kind ends the first verb's object
    or adjunct ('put on a fake Southern accent and joked', 'outlined the housing plan and
    said'): a noun, though it may be a verb too."""
    low = word.lower()
    return low.endswith("ed") or low in IRREGULAR_PAST or low == "went"


#: Words after which a past form is no simple past: an auxiliary, a determiner, *to*, a negator.
_NOT_BEFORE_SIMPLE_PAST = frozenset(
    "has have had is are was were be been being will would can could may might should did does "
    "to not n't the a an this that his her its their our".split()
)


def holds_simple_past(words: Sequence[str], quote_of: Sequence[int], a: int, k: int) -> bool:
    """Do tokens a..k-1, outside quotations, hold a verb in the simple past ('Rubio broke
    ranks', 'most followed the lead'): a lower-case past form (:func:`bare_verb`) after a word
    that is no auxiliary, determiner, *to* or negator (not 'had attacked', 'the planned
    route')? A past verb phrase after *and* may then go on with that verb's subject."""
    return any(
        quote_of[m] < 0
        and words[m].isalpha()
        and words[m].islower()
        and bare_verb(words[m])
        and (len(words[m]) > 3 or words[m] in IRREGULAR_PAST)  # (not 'bed', 'red')
        and words[m - 1].lower() not in _NOT_BEFORE_SIMPLE_PAST
        for m in range(a + 1, k)
    )


def manner_adverb(word: str) -> bool:
    """Is *word* a lower-case adverb of manner or stance in *-ly* (*wearily*, *flatly*,
    *quietly*), which may stand beside a cue but never belongs to its source's name: at least
    five letters, not one of :data:`~quotex.lexicon.grammar.NOT_LY_ADVERBS` (*family*)."""
    return (
        len(word) > 4
        and word.endswith("ly")
        and word.isalpha()
        and word.islower()
        and word not in NOT_LY_ADVERBS
    )


def adverb_before_clause(words: Sequence[str], k: int, end: int, quote_tokens: frozenset[str]) -> bool:
    """Is token *k* a :func:`manner_adverb` after a cue and before its content ('said flatly
    that', 'asked pointedly whether', 'said sharply: "C"'), not a noun or adjective ('told the
    elderly that')?"""
    return (
        (manner_adverb(words[k]) or words[k] in FOCUS_ADVERBS)  # ('said only that')
        and k + 1 <= end
        and (words[k + 1].lower() in ("that", ",", ":", "whether") or words[k + 1] in quote_tokens)
    )


def place_adjunct(words: Sequence[str], m: int, last: int, quote_tokens: frozenset[str]) -> bool:
    """Does a lower-case preposition of place (not *on*, a noun's complement: 'action on
    immigration') open at token *m* an adjunct that runs to *that*, a colon or a quotation
    within 15 tokens ('told reporters aboard her campaign bus in Macon that')?"""
    if words[m] not in CUE_PLACE_OPENERS or words[m] == "on":
        return False
    for k in range(m + 1, min(last, m + 15) + 1):
        if words[k].lower() == "that" or words[k] == ":" or words[k] in quote_tokens:
            return True
        if not words[k][:1].isalnum():
            return False
    return False


def before_cue_adverbs(words: Sequence[str], k: int, floor: int) -> int:
    """Token *k*, or the token before the one or two adverbs that end at *k* (a
    :func:`manner_adverb` or one of :data:`~quotex.lexicon.grammar.ADVERBS`, in lower case:
    '"C," flatly said X', '"C," later said X': the closing mark before the adverb), not below
    *floor*."""
    j = k
    while j > floor and k - j < 2 and (manner_adverb(words[j]) or words[j] in ADVERBS):
        j -= 1
    return j


#: Adverbs of likelihood: a participle after one is the writer's guess ('..., possibly calling
#: himself the first gentleman'), not a report (Quirk et al. 1985, §8.127, disjuncts of content).
HEDGES = frozenset("possibly likely probably perhaps maybe presumably".split())


def before_adverbial(words: Sequence[str], k: int, floor: int) -> int:
    """Token *k*, or the token before an adverbial that ends at *k*: one or two adverbs
    (:func:`before_cue_adverbs`: ', even calling', ', once again calling') or a short phrase
    of up to four lower-case words opened by *at*, *in* or *on* (', at one point calling',
    ', at times calling', ', in one debate calling'), after a clause (not 'However, simply'),
    and never over an adverb of likelihood (:data:`HEDGES`)."""
    if words[k].lower() in HEDGES:
        return k
    j = before_cue_adverbs(words, k, floor)
    if j != k:
        return j if j > floor + 1 else k  # (not 'However, simply ...': no clause before the comma)
    for m in range(k, max(floor + 2, k - 3) - 1, -1):
        w = words[m]
        if not (w.isalpha() and w.islower()):
            return k
        if w in ("at", "in", "on") and m < k:
            return m - 1
    return k


#: Contracted forms of *be* ('He's saying', 'They're predicting', 'I'm told'), with straight
#: and curly apostrophes.
_CONTRACTED_BE = frozenset(["'s", "’s", "'re", "’re", "'m", "’m"])
#: Personal pronouns after which a contracted *'s* is never a possessive (not *it*, *that*,
#: *there*: 'it's saying a lot' has no speaker).
_CONTRACTING_PRONOUNS = frozenset("he she they we you i who".split())


def progressive_be(words: Sequence[str], j: int, floor: int, copula: frozenset[str]) -> bool:
    """Is token *j* the *be* of a progressive before a cue: a full form of *copula* other than
    *'s* ('is saying'), or a contracted one after a pronoun ('He's predicting', 'they're
    saying'; after a noun *'s* is a possessive: 'Varga's saying')?"""
    low = words[j].lower()
    if low in _CONTRACTED_BE:  # (not in a headline in title case: 'She's Challenging A Donor')
        lower_next = j + 1 < len(words) and words[j + 1][:1].islower()
        return lower_next and j - 1 >= floor and words[j - 1].lower() in _CONTRACTING_PRONOUNS
    return low in copula and low != "'s"


#: Words that open a subject after a time phrase with no comma: 'On Sunday the minister said'.
_SUBJECT_OPENERS = frozenset("the a an his her their its our he she they we i".split())


def is_time_token(word: str) -> bool:
    """A day, month or year word: 'Sunday', 'July', '2012'."""
    return word.lower().rstrip(".") in TIME_WORDS or (len(word) == 4 and word.isdigit())


def time_phrase(words: Sequence[str], i: int, last: int) -> bool:
    """Tokens from *i* are a short phrase ending in a time word before a comma (*A few days
    later,*, *The next morning,*, *Two weeks ago,*)."""
    k = i + 1
    while k <= last and k - i < 5 and words[k] != ",":
        k += 1
    end = words[k - 1].lower()
    return k <= last and words[k] == "," and (end in TIME_WORDS or end == "ago")


def ends_date_phrase(words: Sequence[str], j: int, floor: int) -> bool:
    """Do time words end at token *j* after a date word ('on Monday night', 'since January')?"""
    k = j
    while k > floor and k > j - 3 and words[k].lower().rstrip(".") in TIME_WORDS:
        k -= 1
    return k < j and words[k].lower() in DATE_LEADS


def after_time_phrase(words: Sequence[str], i: int, last: int) -> int:
    """The token after a time phrase with no comma that opens a clause at token *i*, when a
    subject follows ('On Sunday the minister said', 'Last week Ana Berg said', 'Later on
    Friday night she said': date words, day and month names, years and day numbers, then a
    name or a determiner or pronoun); else *i*."""
    k, dated = i, False
    while k <= last and k - i < 6:
        low = words[k].lower().rstrip(".")
        if low in TIME_WORDS or (words[k].isdigit() and len(words[k]) in (1, 2, 4) and dated):
            dated = True
        elif low not in DATE_LEADS and low not in ("later", "earlier", "of"):
            break
        k += 1
    end = words[k - 1].lower().rstrip(".")
    if not dated or k > last or not (end in TIME_WORDS or end.isdigit()):
        return i
    nxt = words[k]
    return k if nxt.lower() in _SUBJECT_OPENERS or nxt[:1].isupper() else i


#: Words that open a time adjunct between a conjunction and its verb ('but on Tuesday wrote').
_TIME_ADJUNCT_LEADS = frozenset("on last this early late".split())


def before_time_adjunct(words: Sequence[str], k: int, first: int) -> int:
    """The conjunction before a time adjunct of one to three words that ends at token *k*
    ('but on Tuesday | wrote', 'and last week | said': the verb is coordinated with the one
    before, over the adjunct); else *k*."""
    if words[k].lower() not in TIME_WORDS:
        return k
    m = k - 1
    while m >= first and k - m < 3 and words[m].lower() in _TIME_ADJUNCT_LEADS:
        m -= 1
    return m if m >= first and words[m].lower() in ("and", "but") else k


def verbless_that_clause(words: Sequence[str], quote_of: Sequence[int], a: int, k: int, last: int) -> bool:
    """A reported clause opened by *that* at token *a* has no finite verb of its own before the
    comma at token *k*, and its verb comes right after the next comma: the commas set off an
    aside inside the clause's subject ('said that the port's plan, drawn up in May, would fail',
    'said that the levy, and the fees, were unfair'), not the clause's end (Quirk et al. 1985,
    §3.52: a finite clause has a finite verb). A clause without *that* whose subject opens
    with a determiner or a possessive counts too ('said the Thai government, facing a
    vote, could not back down'): its words before the comma are no clause yet."""
    opener = words[a].lower() == "that" and k - a >= 3
    opener = opener or (k - a >= 2 and (words[a].lower() in ("the", "a", "an", "its", "their", "his", "her")))
    if not opener:
        return False

    def finite(m: int) -> bool:
        w = words[m]
        return w.islower() and (w in FINITE_AUXILIARIES or w in MODALS)

    if any(
        finite(m) or not (words[m][:1].isalnum() or words[m] in ("'s", "’s")) for m in range(a + 1, k)
    ) or holds_simple_past(words, quote_of, a, k):
        return False  # (a verb, a quotation or a mark of its own: the clause may end here)
    for m in range(k + 1, min(last, k + 25)):
        if quote_of[m] >= 0 or words[m] in (";", ":"):
            return False
        if words[m] == ",":
            w = words[m + 1]
            past = w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
            return finite(m + 1) or (w.islower() and past)
    return False


def opening_quotation_end(ctx: Context, a: int, b: int) -> int:
    """The last token of the quotation that opens the tokens *a* .. *b* when words follow it
    before *b* ('"C" | as it had ...', '"C" | was hung'); -1 when no quotation opens them or it
    runs to *b*."""
    q = ctx.quote_of[a]
    if q < 0 or ctx.tokens.starts[a] != ctx.spans[q].start:
        return -1
    k = a
    while k + 1 <= b and ctx.quote_of[k + 1] == q:
        k += 1
    return k if k + 1 <= b else -1
