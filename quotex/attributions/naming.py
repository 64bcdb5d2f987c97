"""Quotations that name something rather than report words: vetoes for the verb table.

A cue word used as a noun before a title (``the reality show "Boat Wars"``, ``a popular
figure on the program "Early Tide"``, ``the charged term, "harbour tax,"``) and a name
given with *known as* (``the hacker known as "Nightjar"``) report nobody's words; nor does a
title inside a credit between two quotations (:func:`without_titles`).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence

from quotex.attributions.clauses import content_end, quotation_last, stance_object_end
from quotex.attributions.complements import names_without_quotation
from quotex.attributions.context import Context, is_source_noun, title_case
from quotex.attributions.inscriptions import inscription_quote
from quotex.attributions.marked_names import names_a_thing
from quotex.attributions.sites import VerbCue
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import (
    ADJUNCT_SUBORDINATORS,
    ADVERBS,
    AUXILIARIES,
    CLAUSE_SUBORDINATORS,
    MODALS,
    PREPOSITIONS,
    QUANTIFIERS,
    RECEIVING_VERBS,
)
from quotex.mentions.work_titles import any_merged_name, merged_name, name_end

#: Plural or collective nouns without a plural *-s* that take a plain verb form:
#: 'the data show', 'the media say' (the source nouns of the lexicon are checked apart).
PLURAL_WITHOUT_S = frozenset(
    "data media people public police majority minority plurality lot number couple handful bunch dozen"
    " score hundred thousand million third quarter half fifth tenth".split()
)

#: How many modifiers may stand between the determiner and the noun: 'the reality TV show'.
NOUN_MODIFIERS = 2


def _modifier(word: str, v: VerbCue) -> bool:
    """*word* can modify a singular noun after a determiner and cannot be a plural subject
    or a verb group's word: 'reality', 'cooking', 'charged', 'TV', 'late-night'."""
    low = word.lower()
    if not (word.islower() or (word.isupper() and len(word) <= 4)) or not word.replace("-", "").isalpha():
        return False
    return not (
        (low.endswith("s") and not low.endswith("ss"))
        or low in PLURAL_WITHOUT_S
        or low in ADVERBS
        or low in AUXILIARIES
        or low in MODALS
        or low in PRONOUNS
        or low in DETERMINERS
        or low in QUANTIFIERS
        or low in ("to", "not", "also")
        or is_source_noun(low, v.ctx.lexicon)
    )


def noun_before_quotation(v: VerbCue) -> bool:
    """A cue word in its plain form that ends a noun phrase opened by a determiner: 'the
    reality show "Boat Wars"', 'the charged term, "harbour tax,"' (a quotation follows), 'a
    popular figure on ...' (after *a*). A singular noun before a plain verb form would not
    agree ('the show say'), so the word is a noun; plural subjects ('the polls show', 'a few
    say', 'a third say') stay verbs."""
    words, i, first, lows = v.words, v.i, v.first, v.ctx.lows
    if v.low != v.lemma or i + 1 > v.last:
        return False
    k, modifiers = i - 1, 0
    while k >= first and modifiers < NOUN_MODIFIERS:
        if words[k] == "-" and k - 1 >= first and _modifier(words[k - 1], v):
            k -= 1  # a hyphenated modifier: 'the late-night show'
        elif not _modifier(words[k], v):
            break
        k -= 1
        modifiers += 1
    if modifiers == 0 or k < first or lows[k] not in DETERMINERS:
        return False
    nxt = i + 2 if words[i + 1] == "," and i + 2 <= v.last else i + 1
    return v.ctx.quote_of[nxt] >= 0 or lows[k] in ("a", "an")


def known_as_title(v: VerbCue) -> bool:
    """'the hacker known as "Nightjar"': a name in title case after *known as* (or *known
    locally as*, over up to two lower-case words); and the
    active 'Walkers know the ridge as "the Saddle"' (*know* X *as*: a name X goes by, within
    twelve tokens, no comma between)."""
    words, i, ctx, lows = v.words, v.i, v.ctx, v.ctx.lows
    if v.lemma != "know":
        return False
    k = i + 1
    while v.low == "known" and k < min(v.last, i + 3) and words[k].isalpha() and words[k].islower():
        if words[k] == "as":
            break
        k += 1  # an adverb before *as*: 'known locally as', 'known online as'
    if v.low != "known":
        while k < min(v.last, i + 12) and words[k] != "as":
            if ctx.quote_of[k] >= 0 or words[k] in (",", ";", ":", "that"):
                return False
            k += 1
    text = ctx.tokens.text
    return (
        k + 1 <= v.last
        and lows[k] == "as"
        and (
            merged_name(words[k + 1])  # (a name that stage 2 made one word: 'known as “Guccifer,”')
            or (k + 2 <= v.last and lows[k + 1] == "the" and merged_name(words[k + 2]))
            or (
                ctx.quote_of[k + 1] >= 0
                and title_case(text, ctx.spans[ctx.quote_of[k + 1]], min_caps=1 if k > i + 1 else 2)
            )
        )
    )


#: Lemmas whose object may be a name in marks: 'known as "Mother Lo"', 'sang the song "Rose
#: of the Valley"'.
_NAME_OBJECT_LEMMAS = frozenset(["know", "sing"])
#: How many tokens may stand between such a verb and the name's opening mark.
NAME_OBJECT_GAP = 8


def marked_name_object(v: VerbCue) -> bool:
    """A verb of naming, *know* or *sing* whose object holds a name in marks, not a quotation
    (:func:`~quotex.attributions.marked_names.names_a_thing`: 'a scheme dubbed "Iron Gate"',
    'was known to everyone as "Mother Lo"', 'sang the song "Rose of the Valley"'): the first
    quotation within NAME_OBJECT_GAP tokens,
    no punctuation before it. The name is nobody's words and the verb reports nothing."""
    if not (v.vclass == "naming" or v.lemma in _NAME_OBJECT_LEMMAS):
        return False
    ctx, words = v.ctx, v.words
    for k in range(v.i + 1, min(v.last, v.i + NAME_OBJECT_GAP) + 1):
        q = ctx.quote_of[k]
        if q >= 0:
            return not ctx.quoting[q] and names_a_thing(ctx.tokens, ctx.spans[q])
        if words[k] in (",", ";", ":", ".", "(", ")"):
            return False
    return False


#: Verbs that give a thing its name: 'Locals call the stadium "the Sandcastle"'.
_NAME_GIVING = frozenset(["call", "dub", "nickname", "refer", "know"])
#: Words that stand for an unnamed crowd as a naming verb's subject: 'what some call "C"'.
_CROWD_WORDS = frozenset("some many most others people everyone everybody all".split())
#: Words that may open a crowd's noun phrase before its plural noun: 'the locals', 'many fans'.
_CROWD_OPENERS = frozenset("the many some most local what which".split())
#: Auxiliaries and adverbs between a crowd and its naming verb: 'Locals have long called'.
_CROWD_AUXILIARIES = frozenset(
    "have has had been are were often still long now affectionately already".split()
)
#: Plural nouns of an unnamed crowd that the lexicon's source nouns need not hold: 'Locals call'.
_CROWD_NOUNS = frozenset(
    """locals fans villagers commuters regulars visitors islanders tourists parents pupils students
    townspeople drivers passengers shoppers walkers fishermen sailors players""".split()
)
#: How many words a naming verb's object may hold before the name: 'the steep track above the
#: quarry'.
_NAMED_OBJECT_WORDS = 8


def _crowd(words: Sequence[str], j: int, first: int, lexicon: Lexicon) -> bool:
    """Is token *j* the head of a subject that names an unnamed crowd: *Locals*, *the villagers*,
    *many fans*, *what some* (a plural common noun or a crowd word, opening the sentence or after
    one word of :data:`_CROWD_OPENERS`)?"""
    w = words[j]
    low = w.lower()
    start = j == first or (j - 1 == first and words[first].lower() in _CROWD_OPENERS)
    start = start or (j > first and words[j - 1].lower() in ("what", "which"))
    if low in _CROWD_WORDS:
        return start
    plural = w.isalpha() and w[1:].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    common = low in _CROWD_NOUNS or is_source_noun(low, lexicon)  # (not a surname: 'Jacobs called X "C"')
    return plural and common and start and (w.islower() or j == first or words[j - 1].islower())


def _open_crowd(words: Sequence[str], j: int, first: int) -> bool:
    """Is token *j* the head of an unnamed crowd outside the word lists, a plural noun in lower
    case (capitalised only as the sentence's first word) after at most one modifier word
    opening the clause: *Expeditioners*, *Market traders*, *Ferry crews*? Called only when
    the verb agrees with a plural (:func:`_plural_verb`), so a surname is no crowd."""
    w = words[j]
    low = w.lower()
    plural = w.isalpha() and w[1:].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    if not plural or j - first > 1:
        return False
    if j == first:
        return True
    return w.islower() and words[first].isalpha() and words[first][1:].islower()


def _plural_verb(v: VerbCue, j: int) -> bool:
    """Does the naming verb after subject head *j* agree with a plural only: its plain form
    (*call*, *refer*) or *have* right after the subject, with adverbs between?"""
    if v.words[j + 1].lower() == "have":
        return True
    return v.low == v.lemma and all(v.words[m].lower() in _HABIT_WORDS for m in range(j + 1, v.i))


#: Adverbs that make a naming a habit: 'residents have long called', 'locals now call'.
_HABIT_WORDS = frozenset("long always often usually commonly still affectionately now".split())
#: How many words a name in lower case may hold after its *the*: 'the ghost herd'.
_LOWER_NAME_WORDS = 4


def definite_name(ctx: Context, k: int) -> bool:
    """Is the quotation opening at token *k* a short definite name in lower case: *the* inside
    its marks or right before them ('"the chimney"', 'the "kaagzi bandh"'), at most
    :data:`_LOWER_NAME_WORDS` words after it and no sentence end inside?"""
    span = ctx.spans[ctx.quote_of[k]]
    inner = ctx.tokens.text[span.start : span.end].strip(_CLOSING + "“‘«„,.")
    words = inner.split()
    if words[:1] == ["the"]:
        words = words[1:]
    elif ctx.tokens.words[k - 1] != "the":
        return False
    return 0 < len(words) <= _LOWER_NAME_WORDS and not any(w[-1:] in ".?!" for w in words[:-1])


def crowd_names_a_thing(v: VerbCue) -> bool:
    """A naming verb (*call*, *dub*, *nickname*, *refer to ... as*) whose subject is an unnamed
    crowd (*Locals*, *the villagers*, *many fans*, *what some call*; or any plural noun, maybe
    after one modifier, when the verb agrees with a plural only: *Market traders call*,
    *Expeditioners have long called*), then its object and a name between marks: in title case
    ('Locals call the half-built pier "the Long Goodbye"'), or, when the naming is a habit (a
    present form, *long*, *still*, *now*), in lower case after *the* ('Villagers call that wind
    the "tiomena"', 'Hill farmers have long called the track "the chimney"'). The marks hold
    the name a thing goes by, nobody's words, and the crowd is no speaker; a named speaker's
    epithet stays a quotation ('Ida Marr called the plan "Project Fear"'), and so does a
    description after *a* ('Critics call the levy "a stealth tax"')."""
    words, i, ctx, lows = v.words, v.i, v.ctx, v.ctx.lows
    if v.lemma not in _NAME_GIVING or i - 1 < v.first:
        return False
    first = v.first
    while first < i and not words[first][:1].isalnum():
        first += 1  # (an opening mark)
    j = i - 1
    while j > first and (lows[j] in _CROWD_AUXILIARIES or lows[j] in _HABIT_WORDS):
        j -= 1  # 'Locals have long dubbed ...'
    if j < first or j + 1 >= i + 1:
        return False
    j = _before_place(words, j, first)  # ('Residents of Kota Seri Melati | call')
    listed = _crowd(words, j, first, ctx.lexicon) or _texts(lows, first, i)
    if not (listed or (_plural_verb(v, j) and _open_crowd(words, j, first))):
        return False
    k = i + 1
    while k <= v.last and k - i <= _NAMED_OBJECT_WORDS and ctx.quote_of[k] < 0:
        if words[k] in (",", ";", ":", "."):
            return False
        k += 1
    if not (k <= v.last and k > i + 1 and ctx.quote_of[k] >= 0) or (
        v.lemma == "know" and lows[k - 1] != "as"
    ):
        return False  # (*know* names only with *as*: 'the crossing locals know as "the Orchard"')
    habit = v.low in (v.lemma, v.lemma + "s") or any(lows[m] in _HABIT_WORDS for m in range(j + 1, i))
    return title_case(ctx.tokens.text, ctx.spans[ctx.quote_of[k]], min_caps=1) or (
        habit and (definite_name(ctx, k) or _glossed(ctx, k))
    )


#: Plural nouns of written texts that, as a naming verb's subject, call a thing by a name
#: ('Documents seen by the Herald refer to the plan only as "Bluefinch"'): no one speaks there.
_TEXT_PLURALS = frozenset("documents files records papers minutes emails memos letters notes".split())


def _texts(lows: Sequence[str], first: int, verb: int) -> bool:
    """Does the clause open at token *first* with a plural text noun (:data:`_TEXT_PLURALS`), maybe
    after *the* and before a participle of receiving and its agent ('Documents | seen by the
    Herald | refer to'), right up to the naming verb at token *verb*?"""
    k = first + (lows[first] == "the")
    if k >= verb or lows[k] not in _TEXT_PLURALS:
        return False
    return k + 1 == verb or (lows[k + 1] in RECEIVING_VERBS and lows[k + 2] == "by" and verb - k <= 8)


def _before_place(words: Sequence[str], j: int, first: int) -> int:
    """The head of a crowd before a place phrase that ends at token *j* ('Residents | of Kota
    Seri Melati', 'Farmers | in Tan Hoa'): the token before *of* or *in* and the place's
    capitalised words; else *j*."""
    k = j
    while k > first and ((words[k][:1].isupper() and words[k].replace("-", "").isalpha()) or words[k] == "-"):
        k -= 1  # ('of Kota Seri Melati', 'of Al-Qasirah')
    return k - 1 if k < j and k > first and words[k] in ("of", "in") else j


def _glossed(ctx: Context, k: int) -> bool:
    """Is the quotation opening at token *k* one word or two in lower case glossed in brackets
    right after it ('"wasta" (personal connections)'): a term the text explains, nobody's words?"""
    q = ctx.quote_of[k]
    span = ctx.spans[q]
    inner = ctx.tokens.text[span.start : span.end].strip(_CLOSING + "“‘«„,.")
    if not (0 < len(inner.split()) <= 2 and inner.islower()):
        return False
    m = k
    while m + 1 < len(ctx.quote_of) and ctx.quote_of[m + 1] == q:
        m += 1  # (two words at most: a short walk to the token after the quotation)
    return m + 1 < len(ctx.tokens.words) and ctx.tokens.words[m + 1] == "("


#: Closing marks of a quotation ('"cash-for-keys"'): a term's last word comes before them.
_CLOSING = "\"”’'» "
#: Adverbs that make a naming a habit, not one utterance: 'residents have long called'.
_HABITUAL = frozenset("long always often usually commonly still affectionately".split())
#: Relative words that open a naming clause whose object is a gap: 'what they call "C"' (a
#: clause after *which* or *that* names a thing already named: it stays a quotation).
_GAP_OPENERS = frozenset(["what", "which", "that"])  # (the last two: see _gap_subject)
#: Subject pronouns of a naming clause ('what they call'); a crowd noun is tested apart.
_GAP_PRONOUNS = frozenset("i we you they he she it one".split())


def _gap_subject(v: VerbCue) -> tuple[int, bool]:
    """The first token of the subject of a naming verb whose object is a gap, and whether the
    subject is an unnamed crowd, or (-1, False): a pronoun or a plain plural noun (maybe after
    *the*, *many*, *some*) after *what* ('what they call', 'what locals describe as'), or a
    crowd's plural noun right after a lower-case noun, a contact relative ('a site residents
    have long called'); auxiliaries and adverbs may follow the subject. After *which* or *that*
    the antecedent is named already, and the crowd's naming of it stays a quotation ('which
    dockers call "the Cathedral"', capability ``naming.relative_subject``)."""
    words, first, ctx, lows = v.words, v.first, v.ctx, v.ctx.lows
    j = v.i - 1
    while j > first and any(lows[j] in group for group in (_CROWD_AUXILIARIES, _HABITUAL, AUXILIARIES)):
        j -= 1
    if j <= first:
        return -1, False
    low = lows[j]
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    plural = plural or low.endswith("men") or low in PLURAL_WITHOUT_S
    plural = plural and words[j].isalpha() and words[j].islower()
    crowd = low in _CROWD_WORDS or (plural and low not in ctx.lexicon.verb_forms)
    k = j - 1 if j - 1 > first and lows[j - 1] in ("the", "many", "some", "most") else j
    before = words[k - 1]
    if before.lower() in ("which", "that"):
        return -1, False  # ('which dockers call "the Cathedral"': the crowd's naming of a named thing)
    if before.lower() in _GAP_OPENERS and (crowd or low in _GAP_PRONOUNS):
        return k, crowd
    contact = crowd and before.isalpha() and before.islower() and before.lower() not in _GAP_OPENERS
    contact = contact and before.lower() not in PREPOSITIONS and before.lower() not in DETERMINERS
    opened = k - 2 >= first and (lows[k - 2] in DETERMINERS or lows[k - 2] in PREPOSITIONS)
    return (k, True) if contact and opened else (-1, False)


def gapped_naming(v: VerbCue) -> bool:
    """A naming verb whose object is a relative gap, right before a quotation (or *as* and a
    quotation): 'what they call "visa mills"', 'a site residents have long called "the Stink"',
    'what residents described as "cash-for-keys" offers'. The quotation is the term a thing goes
    by, nobody's statement, when the naming is habitual (a present form: 'what he calls'), when
    an unnamed crowd ('residents', 'some') names by habit ('have long called') and the quotation
    is a name in title case, or when the quoted term modifies the noun after it ('"cash-for-keys"
    offers'). A past naming by a named or pronoun speaker stays a quotation ('what she called
    "a reckless plan"'), and so do a crowd's description in lower case ('which critics called
    "a whitewash"') and a crowd's one naming ('which dockers called "the Cathedral"', as
    PolNeAR annotates it)."""
    i, ctx, lows = v.i, v.ctx, v.ctx.lows
    known_as = v.lemma == "know" and i + 1 <= v.last and lows[i + 1] == "as"  # ('locals know as')
    if v.vclass != "naming" and not known_as:
        return False
    k = i + 2 if i + 1 <= v.last and lows[i + 1] == "as" else i + 1
    if k > v.last or ctx.quote_of[k] < 0:
        return False
    start, crowd = _gap_subject(v)
    if start < 0:
        return False
    end = quotation_last(ctx, k, v.last)
    span = ctx.spans[ctx.quote_of[k]]
    present = v.low in (v.lemma, v.lemma + "s") and v.group == v.i
    habitual = present or any(lows[m] in _HABITUAL for m in range(start, i))
    name = crowd and habitual and title_case(ctx.tokens.text, span, min_caps=1)
    return present or name or _term_modifier(v, end, ctx.tokens.text[span.start : span.end])


def _term_modifier(v: VerbCue, end: int, inner: str) -> bool:
    """Does the quotation ending at token *end* modify the noun after it ('"cash-for-keys"
    offers'): no punctuation before its closing mark, then a lower-case word that is no function
    word, adverb or verb of the lexicon?"""
    words, lows = v.words, v.ctx.lows
    if end + 1 > v.last or not (words[end + 1].isalpha() and words[end + 1].islower()):
        return False
    nxt = lows[end + 1]
    groups: tuple[Collection[str], ...] = (PREPOSITIONS, ADVERBS, AUXILIARIES, MODALS, PRONOUNS, DETERMINERS)
    groups += (CLAUSE_SUBORDINATORS, ADJUNCT_SUBORDINATORS, STOP_WORDS)
    return (
        not any(nxt in group for group in groups)
        and nxt not in v.ctx.lexicon.verb_forms
        and nxt not in ("and", "or", "but", "than", "nor")
        and inner.rstrip(_CLOSING)[-1:].isalnum()
    )


#: Relative pronouns whose clause's object is a gap before its verb: 'which critics described as'.
_OBJECT_RELATIVES = frozenset(["which", "whom", "what", "that"])


def passive_as(v: VerbCue) -> bool:
    """A past participle of a verb of naming right after a noun, then *as* (over one -ly
    adverb): a reduced passive, whose noun is what is named, not a speaker ('A plan described
    as "a giveaway" passed', 'a tune billed as "the anthem"'); not when a relative pronoun
    opens the clause within five words before it, where the verb's object is the gap ('which
    critics described as', 'whom one adviser described as')."""
    words, lows, i = v.words, v.ctx.lows, v.i
    k = i + 1 if i + 1 <= v.last and lows[i + 1].endswith("ly") else i
    if not (
        v.vclass == "naming"
        and k + 1 <= v.last
        and lows[k + 1] == "as"
        and v.low.endswith(("ed", "en", "wn"))
        and v.prev >= v.first
        and words[v.prev].isalpha()
        and lows[v.prev] not in PRONOUNS
        and lows[v.prev] not in AUXILIARIES
    ):
        return False
    for j in range(v.prev, max(v.first, v.prev - 5) - 1, -1):
        if lows[j] in _OBJECT_RELATIVES:
            return False
        if not words[j][:1].isalnum() and words[j] not in ("'s", "’s", "-"):
            break
    return True


#: Conjunctions that join a quotation's next part to its credit ('"A," she said, and "B."').
_JOINING_WORDS = frozenset(["and", "but", "or", "then"])


def held_by_clause(ctx: Context, start: int, floor: int) -> bool:
    """Does a lower-case word that is no verb of the lexicon nor a joining conjunction stand
    right before the quotation at offset *start* (within the text after offset *floor*): 'who
    rates the shares "neutral."', 'whose group marches under the banner "B"'? The quotation
    is then a word of the narrating clause, no next part of a split quotation (which follows
    a comma, a stop, a verb of saying or *and*)."""
    before = ctx.tokens.text[max(floor, start - 40) : start].split()
    last = before[-1] if before else ""
    return (
        last.isalpha()
        and last.islower()
        and last not in ctx.lexicon.verb_forms
        and last not in _JOINING_WORDS
    )


#: The most words of a term in marks that a clause's word introduces ('rates the shares "neutral."').
_TERM_WORDS = 2


def without_titles(ctx: Context, end: int, start: int) -> str:
    """The text between two quotations, a title of a work or a term of the clause inside it
    blanked out: the credit '"A," said Jane Roe, the author of "Salt Roads," who ... "B."' holds
    no quotation, nor does '"A," said NAME, who rates the shares "neutral." "B."'."""
    text, spans = ctx.tokens.text, ctx.spans
    gap = text[end:start]
    k = bisect.bisect_left(spans, end, key=lambda span: span.start)
    while k < len(spans) and spans[k].end <= start:
        span = spans[k]
        # ('holding a sign that read "C"'; 'who rates the shares "neutral."': a term of the clause)
        term = len(text[span.start : span.end].split()) <= _TERM_WORDS and held_by_clause(
            ctx, span.start, end
        )
        if title_case(text, span) or inscription_quote(text, span) or term:
            a, b = span.start - end, span.end - end
            gap = gap[:a] + " " * (b - a) + gap[b:]
        k += 1
    starts, words = ctx.tokens.starts, ctx.tokens.words
    lo, hi = bisect.bisect_left(starts, end), bisect.bisect_left(starts, start)
    for i in range(lo, hi) if any_merged_name(words[lo:hi]) else ():
        if merged_name(words[i]):  # (a name stage 2 made one word: its marks go too)
            a, b = starts[i] - end, name_end(text, ctx.tokens.ends[i]) - end
            gap = gap[:a] + " " * (b - a) + gap[b:]
    return gap


#: How many words a naming verb's object may hold before its quotation (an apposition aside):
#: 'called both Lind and harbour front-runner Ola Berg "reckless"'.
NAMING_OBJECT_WORDS = 8

#: How many tokens an apposition inside a naming verb's object may hold: ', the harbour chief,'.
APPOSITION_TOKENS = 10


def apposition_close(v: VerbCue, k: int) -> int:
    """The comma that closes an apposition opened by the comma at token *k* inside a naming
    verb's object ('called Ola Berg, the harbour chief, a "disgrace"'), or -1: the aside
    holds at most APPOSITION_TOKENS tokens, opens with a determiner, possessive or name (not
    *and*, *who*, a verb), holds no verb of the lexicon and no quotation, and a quotation
    opens within three words after it (a noun phrase's predicate, 'a "disgrace"')."""
    ctx, words, last, lows = v.ctx, v.words, v.last, v.ctx.lows
    verbs = ctx.lexicon.verb_forms
    if k + 1 > last or not (lows[k + 1] in DETERMINERS or words[k + 1][:1].isupper()):
        return -1
    for m in range(k + 1, min(last, k + APPOSITION_TOKENS) + 1):
        w = words[m]
        if ctx.quote_of[m] >= 0 or w in (".", ";", ":") or (w.islower() and w in verbs):
            return -1
        if w == ",":
            after = range(m + 1, min(last, m + 3) + 1)
            return m if any(ctx.quote_of[n] >= 0 for n in after) else -1
    return -1


#: Relative pronouns that, inside the adjunct after a naming verb's quotation, open a clause
#: modifying the adjunct's noun: the adjunct describes that noun, not the naming, and stays out.
_ADJUNCT_RELATIVES = frozenset(["that", "which", "who", "whose", "where"])

#: Punctuation that ends an adjunct after a naming verb's quotation.
_ADJUNCT_ENDS = frozenset([",", ";", ":", "(", ")", "—", "–", "--"])


def naming_content_end(v: VerbCue, a: int, relative: bool) -> int:
    """A naming verb's content: a quotation soon after ('called the visit "one of ..."'), or a
    predicate after a pronoun ('called him a liar') or 'as' ('described it as ...'); -1 if none."""
    ctx, words, last, lows = v.ctx, v.words, v.last, v.ctx.lows
    starts, ends = ctx.tokens.starts, ctx.tokens.ends
    k, counted = a, 0
    while k <= last and counted < NAMING_OBJECT_WORDS and ctx.quote_of[k] < 0 and words[k] not in (".", ";"):
        if words[k] == ",":
            close = apposition_close(v, k)
            if close < 0:
                break
            k = close + 1  # 'called Ola Berg, the harbour chief, a "disgrace"': an apposition to the object
            continue
        if not (words[k] == "-" and ends[k - 1] == starts[k]):
            counted += 1  # (a hyphen inside a word is no word: 'front-runner' is one)
        k += 1
    if k <= last and ctx.quote_of[k] >= 0:
        if v.lemma in SEEING_AS and "as" not in lows[a:k] and lows[k - 1] in _ARTICLES:
            return -1  # ('had seen a "freak" storm': what was seen, no view of it)
        end = quotation_last(ctx, k, last)
        if end + 1 <= last and words[end + 1] in PREPOSITIONS:
            # a prepositional adjunct after the quoted name is part of the report: 'called the
            # deal "a step forward" in the fight against floods' (up to the next punctuation; not
            # a time or medium phrase: 'called it "rigged" in a tweet', '... on Monday')
            ext = content_end(ctx, a, last, relative=relative)
            stop = next((m - 1 for m in range(end + 1, ext + 1) if words[m] in _ADJUNCT_ENDS), ext)
            if any(lows[m] in _ADJUNCT_RELATIVES for m in range(end + 2, stop + 1)):
                return end  # 'called it "a wound" for a government that has ...': a long modifier
            return max(end, stance_object_end(ctx, end, stop))
        return end
    # (a verb of seeing-as names only with its *as*: 'sees the toll as a tax', not 'saw her son')
    if names_without_quotation(ctx, a, last) and (v.lemma not in SEEING_AS or "as" in lows[a : last + 1]):
        return content_end(ctx, a, last, relative=relative)
    return -1


#: The articles before a quoted modifier of the thing a verb of seeing-as saw ('saw a "freak" storm').
_ARTICLES = frozenset(["a", "an", "the"])
#: Verbs of naming that name only with *as* (Levin 1993 §29.2: 'regards the pier as unsafe');
#: their object alone is what was seen ('last saw her son on Sunday').
SEEING_AS = frozenset(["see", "view", "regard", "characterize", "characterise"])
