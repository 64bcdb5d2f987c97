"""Clauses that introduce a quotation as a colon does (read by the ``colon_introduction`` rule).

Input: the context, a sentence, the dash's or colon's token and the quotation span after it.
Output: whether the clause before the dash ends on a copula and an adjective of a manner of
speaking, and the quotation ends the sentence ('Asked about the delay, Ida Strand was blunt —
"C."'); where a noun of saying heads a copular clause before a colon ("Lund's verdict was
short:"); whose source follows a noun of saying and *from* before a colon ('Then came the reply
from Ida Strand:'); where a predicate with no subject of its own goes on after a quotation ('"Q1," Lund
said, "q2," and went on: "Q3."'); and whose words a clause reads out on someone's behalf ("NAME's
solicitor, OTHER, read a statement on her behalf:": NAME's, :func:`behalf_source`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.attributions.apposed_names import name_and_apposition
from quotex.attributions.context import Context
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.attributions.np_heads import role_or_body_noun
from quotex.attributions.subjects import source_before
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DOCUMENT_NOUNS
from quotex.lexicon.grammar import COPULA, POSSESSIVE_DETERMINERS, PREDICATE_LINKS, SAYING_NOUNS
from quotex.mentions import is_name_word
from quotex.quote_spans import QuoteSpan
from quotex.sentences import Sentence

#: Adjectives of a manner of speaking after a copula, that introduce words as a colon does:
#: 'Ida Strand was blunt — "C."' (written for quotex from the style of news copy).
SPEAKING_MANNERS = frozenset(
    """blunt candid frank direct emphatic adamant defiant brief succinct terse unequivocal
    categorical firm forthright scathing dismissive unapologetic unrepentant clear plain
    philosophical""".split()
)
#: Adverbs between the copula and the adjective: 'was characteristically blunt'.
_MANNER_ADVERBS = frozenset("very typically characteristically equally refreshingly".split())
#: Dashes that may stand where an introducing colon would.
_INTRODUCING_DASHES = frozenset(["—", "–", "--"])


def dash_introducer(ctx: Context, s: Sentence, dash: int, span: QuoteSpan) -> bool:
    """Does the dash at token *dash* introduce the quotation after it as a colon would: a
    clause whose predicate is a copula and an adjective of a manner of speaking
    (:data:`SPEAKING_MANNERS`: 'Asked about the delay, Ida Strand was blunt — "C."'), and the
    quotation ends the sentence? A dash elsewhere opens an aside or an afterthought."""
    words, lows = ctx.tokens.words, ctx.lows
    if words[dash] not in _INTRODUCING_DASHES or dash - 2 < s.first:
        return False
    if ctx.tokens.ends[s.last] > span.end and any(
        w[:1].isalnum() for w in words[bisect.bisect_left(ctx.tokens.starts, span.end) : s.last + 1]
    ):
        return False  # words after the quotation: the dash opened an aside
    adjective = lows[dash - 1]
    k = dash - 2
    while k > s.first and lows[k] in SPEAKING_MANNERS | _MANNER_ADVERBS:
        k -= 1  # 'was characteristically blunt'
    return adjective in SPEAKING_MANNERS and lows[k] in COPULA


#: Prepositions that may follow a noun of saying before its copula: "Lund's verdict on the
#: budget was short:", 'Her answer to the board was simple:'.
_SAYING_PREPOSITIONS = frozenset("on to about of for".split())
#: How many words a prepositional phrase after the noun of saying may hold.
_SAYING_PP_WORDS = 6
#: Finite copulas after a noun of saying: 'His answer was:', 'Their message is clear:'; and the
#: verbs of arrival a reply takes ('Her answer came at once:', 'The reply arrived within hours:').
_FINITE_COPULAS = frozenset(["is", "was", "are", "were", "came", "comes", "arrived", "followed"])
#: Where the walk back over the words before the colon stops.
_STOPS = COPULA | _FINITE_COPULAS


def saying_noun_before_copula(
    words: Sequence[str], first: int, colon: int, nouns: frozenset[str]
) -> int | None:
    """The token of a noun of saying (one of *nouns*) that heads the subject of a copular clause
    (or one of a reply's arrival: *came*) ending on the colon at *colon*: "Ida Strand's verdict on
    the budget was short:", 'His answer was simple:', "Lund's reply was:", 'Her answer came at
    once:' (an adjective or two, or none, after the copula; a
    prepositional phrase of up to six words after the noun). The clause's subject says what
    the quotation after the colon holds, so its possessor is the speaker. None otherwise."""
    j = colon - 1
    tail = 0
    while j > first and tail < 3 and words[j].isalpha() and words[j].islower() and words[j] not in _STOPS:
        j -= 1  # 'short', 'characteristically blunt', 'a single line'
        tail += 1
    if j <= first or words[j].lower() not in _FINITE_COPULAS:
        return None
    n = j - 1
    if words[n] == ",":  # (past an aside: "NAME's verdict on the plan, given at X on Friday, was short:")
        # (an aside with commas of its own: "NAME's words, as relayed by B, ROLE, were blunt:")
        commas = [k for k in range(n - 2, max(first, n - 30), -1) if words[k] == ","]
        n = next((k - 1 for k in commas if words[k - 1].lower() in nouns), commas[0] - 1 if commas else n)
        j = n + 1
    if words[n].lower() in nouns:
        return n
    # a prepositional phrase between the noun and the copula: 'verdict on the budget was'
    for k in range(j - 2, max(first, j - 2 - _SAYING_PP_WORDS) - 1, -1):
        low = words[k].lower()
        if not words[k].replace("-", "").isalnum():
            return None  # (no comma, quotation or dash inside the subject)
        if low in _SAYING_PREPOSITIONS:
            return k - 1 if k - 1 >= first and words[k - 1].lower() in nouns else None
    return None


#: Particles of a phrasal verb of speaking before its colon: 'went on:', 'summed up:', 'spelled out:'.
_SPEAKING_PARTICLES = frozenset(["on", "up", "out"])


def elided_predicate(ctx: Context, s: Sentence, colon: int) -> int:
    """The first token of a predicate with no subject of its own that ends on the colon at
    token *colon* right after a quotation: '"Q1," Lund said, "q2," and went on: "Q3."', '"q2,"
    and then added:' (*and* or *then*, a past-tense verb, perhaps a particle); its subject is
    the sentence's; or *and then* and an adjunct between commas with no verb ('"q2," and then,
    after a pause:'). -1 otherwise."""
    words, lows = ctx.tokens.words, ctx.lows
    k = colon - 1
    if k > s.first and lows[k] in _SPEAKING_PARTICLES:
        k -= 1
    verb = words[k]
    if k - 2 < s.first or not (verb.isalpha() and verb.islower() and (verb.endswith("ed") or verb == "went")):
        k = _adjunct_start(lows, s.first, colon)  # ('"q2," and then, after a pause:': no verb)
        if k < 0:
            return -1
    j = k - 1
    if lows[j] == "then" and lows[j - 1] == "and":
        j -= 1
    if lows[j] not in PREDICATE_LINKS:
        return -1
    before = j - 1 if words[j - 1] != "," else j - 2
    return j if before >= s.first and ctx.quote_of[before] >= 0 else -1


#: Words that open an adjunct standing for a verb of speaking: 'and then, after a pause:'.
_ADJUNCT_OPENERS = frozenset("after with before following over a".split())


def _adjunct_start(lows: Sequence[str], first: int, colon: int) -> int:
    """The comma after *then* that opens a short adjunct ending on the colon at token *colon*
    ('then, after a pause:', 'then, with a smile:', 'then, a moment later:'): two to five
    lower-case words, the first a preposition or *a*; -1 otherwise."""
    for c in range(colon - 3, max(first, colon - 7), -1):
        if lows[c] == ",":
            inner = lows[c + 1 : colon]
            plain = all(w.isalpha() for w in inner) and inner[0] in _ADJUNCT_OPENERS
            return c if plain and lows[c - 1] == "then" else -1
    return -1


#: How far before a colon *from* after a noun of saying, a document's noun before its author or
#: *quoted*/*quoting* is looked for (tokens: a name with an apposition of up to a dozen words).
SENDER_TOKENS = 30


#: Verbs of a message reaching its reader before *from* ('a text message she had received from NAME:',
#: 'The warning came from NAME:').
_RECEIVED = frozenset("received got forwarded came comes come".split())
#: Verbs of writing or sending after a document's author ('the letter NAME had sent her:').
_AUTHORED = frozenset("sent wrote written left posted".split())


def sender_of_saying(ctx: Context, first: int, colon: int) -> tuple[int, int] | None:
    """The source of the words before the colon at token *colon* (the sentence's first token is
    *first*): after a noun of saying or a document's noun (a cue noun, one of
    :data:`~quotex.lexicon.grammar.SAYING_NOUNS` or
    :data:`~quotex.lexicon.function_words.DOCUMENT_NOUNS`) and *from* ('Then came the reply from
    Ida Strand:', 'read out a letter from the harbour master:', 'a message she had received from
    NAME:'), or the author a document's noun names ('published the letter NAME had sent her:'): the
    words are the sender's, not the reader's, who only relays them. None otherwise."""
    lows = ctx.lows
    if (aside := _sender_aside(ctx, first, colon)) is not None:  # 'The reply, from X, ROLE, was short:'
        return aside
    lexicon = ctx.lexicon
    for f in range(max(first + 1, colon - SENDER_TOKENS), colon - 1):
        low = lows[f]
        if _relayed_noun(low, lexicon) and (author := _author(ctx, f + 1, colon)) is not None:
            return author
        if low in ("quoted", "quoting") and (quoted := _quoted(ctx, f + 1, colon)) is not None:
            return quoted  # ('quoting its president NAME:', 'quoted NAME as having told her:')
        if low not in ("from", "by"):
            continue
        # ('a message she had received from NAME:', 'The warning came from NAME:'; the author of
        # 'shared a post by NAME:', 'released a statement by NAME, ROLE:')
        received = (
            low == "from"
            and lows[f - 1] in _RECEIVED
            and any(_relayed_noun(w, lexicon) for w in lows[max(first, f - 5) : f - 1])
        )
        if _relayed_noun(lows[f - 1], lexicon) or received:
            return _phrase_to(ctx, f + 1, _before_contrast(lows, f + 1, colon))
    return None


def _relayed_noun(low: str, lexicon: Lexicon) -> bool:
    """Is lower-case *low* a noun of saying or a document's noun (one of
    :data:`~quotex.lexicon.grammar.SAYING_NOUNS`, the lexicon's cue nouns or
    :data:`~quotex.lexicon.function_words.DOCUMENT_NOUNS`)?"""
    return low in SAYING_NOUNS or low in lexicon.cue_nouns or low in DOCUMENT_NOUNS


def _phrase_to(ctx: Context, k: int, colon: int) -> tuple[int, int] | None:
    """The source phrase from token *k* that ends on the colon at token *colon*: a name before its
    apposition ('from NAME, a lecturer at BODY:' -> NAME); None when no clean phrase ends there."""
    src = np_right(ctx.tokens, k, colon - 1, ctx.lexicon)
    if src is None or src[1] != colon - 1 or any(ctx.quote_of[j] >= 0 for j in range(src[0], colon)):
        return None
    words = ctx.tokens.words
    comma = next((j for j in range(src[0] + 1, colon) if words[j] == ","), -1)
    return (src[0], comma - 1) if comma > 0 and is_name_word(words[src[0]]) else src


def _before_contrast(lows: Sequence[str], k: int, colon: int) -> int:
    """The colon at token *colon*, or the comma or *rather* that opens a contrast after the
    source from token *k* ('from NAME, ROLE, | rather than B:', 'from NAME, | not B:'): the one
    set against the source did not say it."""
    for j in range(k + 1, colon - 1):
        if (lows[j] == "rather" and lows[j + 1] == "than") or (lows[j] == "not" and lows[j - 1] == ","):
            return j - (lows[j - 1] == ",")
    return colon


def _quoted(ctx: Context, k: int, colon: int) -> tuple[int, int] | None:
    """The person *quoting* or *quoted* names at token *k* before the colon at token *colon*:
    the whole phrase after *quoting* ('quoting its president NAME:'), or the phrase before *as*
    and a verb of speech after *quoted* ('quoted NAME, ROLE, as having told her:'); else None."""
    words, lows = ctx.tokens.words, ctx.lows
    if lows[k - 1] == "quoting":
        src = _phrase_to(ctx, k, colon)
        return src if src is not None and is_name_word(words[src[1]]) else None
    a = next((j for j in range(k + 1, colon) if lows[j] == "as"), -1)
    if a < 0 or not is_name_word(words[k]):
        return None
    v = a + 1 + (lows[a + 1] == "having")
    speech = v < colon and ctx.lexicon.verb_forms.get(lows[v], ("", ""))[1] == "speech"
    if not speech or colon - v > 3:
        return None
    return _phrase_to(ctx, k, a - 1 if words[a - 1] == "," else a)  # (the phrase ends before *as*)


def _author(ctx: Context, k: int, colon: int) -> tuple[int, int] | None:
    """The name at token *k* right after a document's noun, when a verb of writing or sending
    follows it (after its apposition and *had*/*has*) and at most an object pronoun or *to* and a
    name before the colon at token *colon* ('the letter NAME, ROLE, had sent her:'); else None."""
    words, lows = ctx.tokens.words, ctx.lows
    got = name_and_apposition(words, k, colon - 1)
    if got is None:
        return None
    v = got[1] + (lows[got[1]] in ("had", "has"))
    if v >= colon or lows[v] not in _AUTHORED or colon - v > 4:
        return None
    return k, got[0]


def possessor_of_saying(ctx: Context, s: Sentence, colon: int) -> tuple[int, int] | None:
    """'Her response: "C."', "Ida Strand's verdict:": a noun of saying (a cue noun or one of
    :data:`~quotex.lexicon.grammar.SAYING_NOUNS`) that opens the sentence with its possessor
    and ends on the colon, or heads the subject of a copula that does ("Ida Strand's verdict on
    the plan was short:", :func:`saying_noun_before_copula`), credits the possessor; one
    followed by *from* and a source that ends on the colon ('Then came the reply from Ida
    Strand:', :func:`sender_of_saying`) credits that source."""
    words, lexicon, lows = ctx.tokens.words, ctx.lexicon, ctx.lows
    if (sent := sender_of_saying(ctx, s.first, colon)) is not None:  # 'Then came the reply from X:'
        return sent
    noun = lows[colon - 1]
    n = colon - 1  # 'Her response:'; or the subject of a copula: "Lund's verdict on it was short:"
    to = next((j for j in range(colon - 2, max(s.first, colon - 6), -1) if lows[j] == "to"), -1)
    if to > s.first and (lows[to - 1] in SAYING_NOUNS or lows[to - 1] in lexicon.cue_nouns):
        n = to - 1  # ("Kelmendi's reply to Kranjec:": the reply's possessor, not its addressee)
        noun = lows[n]
    if noun not in SAYING_NOUNS and noun not in lexicon.cue_nouns:
        found = saying_noun_before_copula(words, s.first, colon, SAYING_NOUNS | lexicon.cue_nouns)
        if found is None:
            return None
        n = found
    k = n - 1
    if k >= s.first and lows[k] in POSSESSIVE_DETERMINERS:
        return (k, k) if k == s.first else None
    if k - 1 >= s.first and words[k] in ("'s", "’s") and is_name_word(words[k - 1]):
        src = source_before(ctx.tokens, k, s.first, lexicon, lows=ctx.lows)  # the name before "'s"
        if src is not None and src[1] == k - 1 and _titled_from(words, s.first, src[0], lexicon):
            return (s.first, k - 1)  # ("Senior cartographer Ana Berg's reply": the title's too)
        return src if src is not None and src == (s.first, k - 1) else None
    return None


def _titled_from(words: Sequence[str], first: int, name: int, lexicon: Lexicon) -> bool:
    """Do the two to four words from token *first* to the name at token *name* make a title
    before it: a capitalised word, lower-case words, the last a role noun ('Senior cartographer',
    'Head perry maker': :func:`role_or_body_noun`)?"""
    return (
        first + 2 <= name <= first + 4
        and words[first][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[first + 1 : name])
        and role_or_body_noun(words, name - 1, name, lexicon)
    )


def _sender_aside(ctx: Context, first: int, colon: int) -> tuple[int, int] | None:
    """The name in a *from* aside after a noun of saying that opens the sentence and is the
    subject of a copula that ends on the colon ('The reply, from NAME, ROLE at BODY, was short:
    "C."'): the reply is the name's; else None."""
    words, lows, f = ctx.tokens.words, ctx.lows, first
    nouns = SAYING_NOUNS | ctx.lexicon.cue_nouns
    opens = f + 5 < colon < f + _ASIDE_TOKENS and lows[f] == "the" and lows[f + 1] in nouns
    if not opens or lows[f + 2] != "," or lows[f + 3] != "from":
        return None
    if not is_name_word(words[f + 4]) or not any(
        lows[k] in _BE_FORMS and words[k - 1] == "," for k in range(f + 5, colon)
    ):
        return None
    src = np_right(ctx.tokens, f + 4, colon - 1, ctx.lexicon)
    return src if src is not None and src[0] == f + 4 else None


#: The most tokens from a sentence's start to the colon of *The reply, from NAME, ..., was short:*.
_ASIDE_TOKENS = 40
#: Forms of *be* after a subject's aside ('The reply, from NAME, was short:').
_BE_FORMS = frozenset(["was", "is", "were", "are"])


#: The most tokens of an apposition after a perspective's name ('For NAME, harvest foreman at BODY,').
_HOLDER_APPOSITION = 10


def _perspective_holder(ctx: Context, first: int, the: int) -> tuple[int, int] | None:
    """The name of a fronted *For NAME,* (with an apposition between commas) at token *first*
    before *the* (token *the*) and a noun of saying ('For NAME, ROLE, the answer is simple: "C."'):
    the answer, the verdict is the name's (Quirk et al. 1985 §9.57, *for* of the person whose view
    is given). None unless a name opens the phrase and a comma closes it right before *the*."""
    words = ctx.tokens.words
    end = first + 1
    while end < the and (is_name_word(words[end]) or words[end] == "-"):
        end += 1  # (the name's words: 'For Halldora Vikstrom-Lund,')
    if end == first + 1 or words[the - 1] != ",":
        return None
    name = (first + 1, end - 1)
    rest = list(words[end:the])
    if rest == [","] or (rest[0] == "," and rest.count(",") == 2 and len(rest) <= _HOLDER_APPOSITION):
        return name
    return None


def perspective_colon(ctx: Context, s: Sentence, colon: int) -> tuple[int, int] | None:
    """:func:`_perspective_holder` for a sentence that opens with *For* and ends on the colon at
    token *colon* after *the* and a noun of saying before a copula ('the verdict is simple:'),
    read before the sentence's subject (which would be *the verdict*)."""
    lows = ctx.lows
    if lows[s.first] != "for":
        return None
    n = saying_noun_before_copula(ctx.tokens.words, s.first, colon, SAYING_NOUNS | ctx.lexicon.cue_nouns)
    if n is None or n - 4 < s.first or lows[n - 1] != "the":
        return None
    return _perspective_holder(ctx, s.first, n - 1)


#: The most tokens between a clause's start and the colon that :func:`behalf_source` reads.
_BEHALF_TOKENS = 40
#: Possessive pronouns before *behalf* ('on her behalf').
_BEHALF_PRONOUNS = frozenset(["his", "her", "their", "its"])


def behalf_source(ctx: Context, first: int, colon: int) -> tuple[int, int] | None:
    """The one on whose behalf the clause from token *first* to the colon at *colon* reads out
    the quotation after it: the object of *on behalf of* ('OTHER read a statement on behalf of
    NAME:'), the name before *'s behalf*, or for *on her behalf* the name that owns the clause's
    subject ("NAME's solicitor, OTHER, read a statement on her behalf:": the client, never the
    reader), else the pronoun; None when the clause says no *behalf*."""
    words, lows = ctx.tokens.words, ctx.lows
    lo = max(first, colon - _BEHALF_TOKENS)
    k = next((k for k in range(colon - 1, lo, -1) if lows[k] == "behalf"), -1)
    if k < 0:
        return None
    if k + 2 < colon and lows[k + 1] == "of" and lows[k - 1] == "on":
        return np_right(ctx.tokens, k + 2, colon - 1, ctx.lexicon)  # 'on behalf of NAME'
    if lows[k - 1] in ("'s", "’s"):
        return np_left(ctx.tokens, k - 2, first, ctx.lexicon)  # "on NAME's behalf"
    if lows[k - 1] not in _BEHALF_PRONOUNS or lows[k - 2] != "on":
        return None
    # ("NAME's solicitor ... on her behalf": the client whose name owns the clause's subject)
    mark = next(
        (m for m in range(first + 1, min(colon, first + _OWNER_TOKENS)) if words[m] in ("'s", "’s")), -1
    )
    owner = source_before(ctx.tokens, mark, first, ctx.lexicon, lows=lows) if mark > 0 else None
    if owner is not None and owner[0] == first and is_name_word(words[owner[1]]):
        return owner
    return (k - 1, k - 1)


#: How far into the clause the name owning its subject may end ("Ajok Uringi's solicitor").
_OWNER_TOKENS = 6


#: Forms of *be* and the words that may lead them in a passive ('will be', 'have been', 'were also').
_PASSIVE_LEADS = COPULA | frozenset(["will", "would", "could", "may", "might", "must", "shall", "should"])
_PASSIVE_LEADS |= frozenset(["has", "have", "had", "also", "then", "now", "again", "repeatedly"])
#: Participles whose passive subject is the one spoken to: 'Voters will be asked:', 'The jury was
#: told:', 'Residents were warned:'.
_HEARER_PARTICIPLES = frozenset(["asked", "told", "warned", "reminded", "urged", "instructed"])


def hearer_subject(lows: Sequence[str], k: int, colon: int) -> bool:
    """Do the tokens from *k* to the colon at token *colon*, or from a comma among them (past
    the subject's apposition: 'X, the head of Y, was asked:'), open with a passive of asking or
    telling ('will be asked on Thursday:', 'were told:'), so that the subject before them is the
    one spoken to, no speaker? *lows*: the words in lower case."""
    return any(_hearer_passive(lows, j, colon) for j in range(k, colon) if j == k or lows[j - 1] == ",")


def _hearer_passive(lows: Sequence[str], k: int, colon: int) -> bool:
    """Does a passive of asking or telling open at token *k*, before the colon at *colon*?"""
    j = k
    while j < colon and lows[j] in _PASSIVE_LEADS:
        j += 1
    return k < j < colon and lows[j] in _HEARER_PARTICIPLES and lows[j - 1] in COPULA
