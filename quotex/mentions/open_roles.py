"""Role nouns the hand list lacks (*sacristan*, *farrier*, *seismologist*), in frames that
already say "role": ``Lexicon.open_role_nouns`` (WordNet 3.0's ``noun.person``, see
:mod:`quotex.lexicon.person_roles`) is asked only here, so a word of it is never a role by
itself and a capitalised one never ends a name on its own. Input: the words and a token range;
output: yes or no, or a token index.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES, NOT_NAMES, STOP_WORDS, TIME_NAMES, TITLE_MODIFIERS
from quotex.lexicon.grammar import ADVERBS
from quotex.lexicon.titles import COMPOUND_ROLE_HEADS, GENERIC_BODIES
from quotex.mentions.demonyms import compass_demonym, demonym
from quotex.mentions.role_heads import AGENT_ENDINGS, HEAD_STOPS, PLACING_PARTICIPLES, job_modifiers
from quotex.mentions.words import ANY_FIRST_NAMES, is_body_word, is_name_word, past_form, registered_spelling


def open_role(word: str, lexicon: Lexicon) -> bool:
    """Is *word*, written in lower case, a singular role noun of either list ('sacristan'), an
    agent noun in *-ist*, *-eer*, *-ian* ('aquarist'), or a compound of a trade's head
    (:data:`~quotex.lexicon.titles.COMPOUND_ROLE_HEADS`: 'piermaster', 'tollkeeper')?"""
    if not (word.isalpha() and word.islower()):
        return False
    listed = word in lexicon.open_role_nouns or word in lexicon.role_nouns
    agent = len(word) >= 6 and word.endswith(AGENT_ENDINGS)  # ('aquarist', 'balloonist', 'auctioneer')
    return listed or agent or (word.endswith(COMPOUND_ROLE_HEADS) and _compound_of_head(word))


def _compound_of_head(word: str) -> bool:
    """Does *word* hold three letters or more before the compound head it ends with?"""
    return any(word.endswith(h) and len(word) - len(h) >= 3 for h in COMPOUND_ROLE_HEADS)


def open_role_head(
    words: Sequence[str], first: int, last: int, lexicon: Lexicon, *, bare: bool = False
) -> bool:
    """Does *first..last* open with title modifiers and at most one more lower-case word, then
    an open role noun, and end there or go on with a preposition (of place too)? 'sacristan of
    Tiny Parish', 'parish sacristan', 'retired farrier from Ely', 'kite maker near Kandy'; up to
    two noun modifiers ('violin bow maker'); not 'keen sailor' (an evaluative adjective: a
    description), not 'farrier fan' (the role noun is no head). A *bare* phrase (no article,
    not closed by a comma before a lower-case word or by the sentence's end) needs its
    preposition ('sacristan of Tiny Parish'; not 'retired welder' alone)."""
    k = _past_origin(words, first, last)  # ('a Bor-born | lead balloonist', 'a Russian | fireman')
    proper = _past_proper_modifier(words, k, last) if k == first else k  # ('a Leeds | glazier')
    proper_led = proper > k
    k = proper
    while k <= last and (
        words[k].lower() in TITLE_MODIFIERS or (m := _hyphened_modifier(words, k, last)) > k
    ):
        k = k + 1 if words[k].lower() in TITLE_MODIFIERS else m
    start = k
    while k <= last and words[k].isalpha() and words[k].islower() and words[k] not in _RUN_STOPS:
        k += 1
    mods = words[start : k - 1]
    apposed = first > 0 and words[first - 1] == ","  # (a bare apposition, right after its comma)
    # ('a teaching assistant from X': an activity's gerund after an indefinite article too)
    active = (apposed or (first > 0 and words[first - 1].lower() in ("a", "an"))) and _activity(mods)
    if not start + 1 <= k <= start + 3 or not (job_modifiers(mods, lexicon) or active):
        return False  # (noun modifiers make a compound job; an evaluative adjective a description)
    ends = k > last and not bare
    head = words[k - 1]
    # (an agent noun in -er/-or only in a bare apposition, right after its comma: 'NAME, brake
    # operator,'; with an article it may be a habit or a thing, 'a coffee drinker', 'the harbour
    # operator' of a company)
    compound = apposed and k - 1 > start and agent_noun(head) and not any(past_form(w) for w in mods)
    if proper_led and head in GENERIC_BODIES:
        return False  # ('a Melbourne e-bike maker': a firm, as 'the maker' later refers to it)
    return (open_role(head, lexicon) or compound) and (ends or (k <= last and words[k] in _RUN_STOPS))


#: The most capitalised words of a place's or body's name that modify an open role noun.
_MAX_PROPER_MODIFIERS = 2


def _past_proper_modifier(words: Sequence[str], k: int, last: int) -> int:
    """The token after one or two capitalised words of a name (a place or a body: 'Leeds',
    'Kelmoor Dairies') opening *k..last* before a lower-case word, which modify a role noun as a
    people's word does ('a Leeds glazier', 'a Kelmoor Dairies herdsman'); else *k*."""
    m = k
    while m <= last and m - k < _MAX_PROPER_MODIFIERS and is_name_word(words[m]) and words[m].isalpha():
        if words[m].lower() in NOT_NAMES or words[m].lower() in TIME_NAMES:
            return k  # ('a Monday shopper', 'a First Minister'): no name
        m += 1
    return m if m > k and m <= last and words[m].islower() else k


#: What ends an open role noun's run: a preposition, or a participle that places its holder
#: ('a hydrologist | based in Leeds').
_RUN_STOPS = HEAD_STOPS | PLACING_PARTICIPLES


def _hyphened_modifier(words: Sequence[str], k: int, last: int) -> int:
    """The token after a lower-case compound of two or three words joined by hyphens that opens
    at token *k* before more words ('semi-retired | locksmith', 'third-generation | grower',
    'two-time | champion'): a modifier as a title modifier is; else *k*."""
    m = k
    while m + 2 <= last and words[m + 1] == "-" and words[m].isalnum() and words[m + 2].isalpha():
        m += 2
    done = m > k and m + 1 <= last and all(w.islower() for w in words[k : m + 1] if w != "-")
    return m + 1 if done else k


def _activity(mods: Sequence[str]) -> bool:
    """Is *mods* one gerund of an activity, before the role of a bare apposition ('NAME, rafting
    instructor at X,', 'NAME, landing steward,'), as a listed role takes one ('sailing coach')?
    Not an adverb or a function word."""
    return (
        len(mods) == 1
        and len(mods[0]) >= 6
        and mods[0].endswith("ing")
        and mods[0] not in STOP_WORDS
        and mods[0] not in ADVERBS
    )


def agent_noun(word: str) -> bool:
    """Is lower-case *word* an agent noun in *-er* or *-or* of six letters or more ('operator',
    'builder', 'preparator'), no function word ('however', 'together')? Only after a noun
    that modifies it (a compound job) is it read as a role."""
    return (
        len(word) >= 6
        and word.endswith(("er", "or"))
        and not word.endswith(("ther", "ier"))  # ('further', 'earlier': comparatives)
        and word not in STOP_WORDS
        and word not in ADVERBS
    )


def _past_origin(words: Sequence[str], first: int, last: int) -> int:
    """The token after the words of origin that open *first..last*: a people's word
    ('Russian', 'South Sudanese') or a place with *-born* or *-based* ('Bor-born', 'Leeds-based'), which
    modify a role noun as a title modifier does, after a *then-* ('then-lead balloonist');
    *first* (past *then-*) when none opens it."""
    k = (
        first + 2
        if first + 2 <= last and words[first].lower() == "then" and words[first + 1] == "-"
        else first
    )
    first = k  # ('then-lead balloonist': the post held then)
    while k <= last and words[k][:1].isupper():
        if k + 2 <= last and words[k + 1] == "-" and words[k + 2].lower() in _ORIGIN_PARTICIPLES:
            return k + 3
        if not (words[k].isalpha() and _origin_word(words[k].lower())) and words[k] not in _COMPASS:
            return first
        k += 1
    return k if k > first and _origin_word(words[k - 1].lower()) else first


#: Participles that make a place a role's modifier of origin ('Kigali-born', 'Leeds-based').
_ORIGIN_PARTICIPLES = frozenset(["born", "based", "bred", "raised"])


def _origin_word(low: str) -> bool:
    """Is lower-case *low* a people's word (:func:`demonym`), or one in *-ese* of a place no list
    holds ('Yapese', 'Palauese'): before a role, the ending makes it one."""
    return demonym(low) or (len(low) >= 6 and low.endswith("ese"))


#: Compass words that open a people's word of two ('South Sudanese', 'North Korean').
_COMPASS = frozenset(["North", "South", "East", "West"])


def open_role_split(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> int:
    """The capitalised open role noun that ends the title at the head of name chain
    *first..last* ('Sacristan | Priya Raghunathan', 'Kestrel Valley Council Cartographer | Aroha
    Ngata'), or -1. The word needs a name of two words or more after it, no body's, its first
    word a registered first name or the role after a body's word ('Deacon | Ana Berg', 'Quarry
    Foreman | Tavita Leiataua'; not 'Hunter Okonkwo', 'Porter Wagoner
    Lund', 'Office of Consumer Data Protection', 'Cook Political Report'), and is no name's own
    word: not after a first name ('Ana Baker Lund'). Before a roundup credit's colon the role may
    open the chain before any name ('Coxswain | Gulnara Sabirova:') when it is no first name
    itself ('Hunter Okonkwo:' stays a name). A two-word nationality ends the title too
    ('South Korean | Kim Min-jun': :func:`~quotex.mentions.demonyms.compass_demonym`)."""
    if compass_demonym(words, first, last, lexicon):
        return first + 1
    for k in range(last - 2, first - 1, -1):
        w = words[k]
        low = w.lower()
        if not (w[:1].isupper() and w[1:].islower() and low in lexicon.open_role_nouns):
            continue
        rest = words[k + 1 : last + 1]  # (with hyphens and particles: 'Okafor-Eze', 'van der Berg')
        if not all(n == "-" or n in NAME_PARTICLES or is_name_word(n) for n in rest) or is_body_word(
            words[last], lexicon
        ):
            return -1
        after_body = k > first and is_body_word(words[k - 1], lexicon)  # ('Quarry Foreman | Tavita Leiataua')
        # ('Coxswain | Gulnara Sabirova: "C."': a roundup credit's role, itself no first name)
        credit = (
            k == first and last + 1 < len(words) and words[last + 1] == ":" and low not in ANY_FIRST_NAMES
        )
        if registered_spelling(words[k + 1].lower()) not in ANY_FIRST_NAMES and not (after_body or credit):
            return -1  # ('Office of Consumer | Data Protection', 'Cook | Political Report': no first name)
        if k > first and registered_spelling(words[k - 1].lower()) in ANY_FIRST_NAMES:
            return -1
        return k
    return -1
