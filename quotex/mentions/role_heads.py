"""The head of an apposition's role phrase: one lower-case noun after any title modifiers
('glassblower from Murano'), or a compound whose first noun is an agent noun or a gerund
('volunteer coastguard', 'roofing contractor'). Input: the words and a token range; output: yes
or no. Read by :mod:`quotex.mentions.appositions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES, STOP_WORDS, TIME_WORDS, TITLE_MODIFIERS
from quotex.lexicon.grammar import ADVERBS, CLAUSE_STARTERS, PREPOSITIONS
from quotex.lexicon.titles import RELATION_NOUNS
from quotex.mentions.words import ANY_FIRST_NAMES, registered_spelling

#: Prepositions that end a role's noun run ('organiser | with the union').
PREP_STOPS = frozenset("of for with at from in on to by".split())
#: Heads of indefinite phrases after a name that are not roles: 'Smith, a day after ...'.
NOT_ROLE_HEADS = frozenset("day week month year time move step decision way lot bit few number".split())


def noun_head(words: Sequence[str], first: int, last: int, *, words_before_head: int = 0) -> bool:
    """Does the phrase *first..last* open with one lower-case noun (not a time word), then
    end or go on with a preposition? 'glassblower from Murano', 'organiser with the ...';
    not 'keen sailor from Bergen' (a modifier before an unlisted noun reads as a description).
    *words_before_head* lower-case words may stand before the noun (a compound: 'ferry pilot',
    in a credit that the frame marks as a role)."""
    k = first
    while k <= last and words[k].lower() in TITLE_MODIFIERS:
        k += 1  # 'a former miner', 'a retired ...'
    start = k
    while k <= last and words[k].isalpha() and words[k].islower() and words[k] not in PREP_STOPS:
        k += 1
    if not start + 1 <= k <= start + 1 + words_before_head:
        return False
    head = words[k - 1].lower()
    return head not in TIME_WORDS and not head.endswith("ly") and head not in NOT_ROLE_HEADS


#: Endings of agent nouns that modify another noun in a compound role ('a volunteer coastguard',
#: 'a pioneer aviator', 'a specialist nurse'); not *-er*, which many adjectives share ('bitter').
_AGENT_ENDINGS = ("eer", "ist", "ian")


def agent_compound(words: Sequence[str], first: int, last: int) -> bool:
    """Is *first..last* an agent noun modifying a one-noun head ('volunteer coastguard in
    Whitby'), after any title modifiers, as :func:`noun_head` reads the head?"""
    k = first
    while k <= last and words[k].lower() in TITLE_MODIFIERS:
        k += 1
    w = words[k] if k <= last else ""
    # ('a roofing contractor', 'a mining engineer'; not 'a loving father': a relation)
    gerund = len(w) > 5 and w.endswith("ing") and k + 1 <= last and words[k + 1].lower() not in RELATION_NOUNS
    return (
        w.isalpha()
        and w.islower()
        and (w.endswith(_AGENT_ENDINGS) or gerund)
        and noun_head(words, k + 1, last)
    )


#: Endings of English agent and role nouns (hydrologist, glassblower, historian, consultant,
#: volunteer, trustee): with a first name after them, a capitalised word with one is a title.
ROLE_ENDINGS = (
    "ist", "er", "or", "ian", "ant", "ent", "eer", "ee", "man", "woman", "ess", "ary", "ive", "ic", "ard",
)  # fmt: skip
#: Endings of compound trade nouns that :data:`ROLE_ENDINGS` lacks (stonemason, goldsmith,
#: shipwright, sommelier, hotelier, chauffeur, restaurateur): a title where a sentence opens.
TRADE_ENDINGS = ("mason", "smith", "wright", "ier", "eur", "herd")
#: Endings of a lower-case role the lexicon lacks ('hydrologist', 'glassblower', 'frontman',
#: 'lifeguard', 'stonemason'): the role and trade endings less those adjectives share (*-ant*,
#: *-ent*, *-ary*, *-ive*, *-ic*: 'constant', 'urgent', 'ordinary', 'massive', 'public') and
#: *-ier* (comparatives: 'earlier'); a lower-case word is no name, so *-man* and *-ard* are safe.
_LOWER_ROLE_ENDINGS = tuple(
    e for e in ROLE_ENDINGS + TRADE_ENDINGS if e not in ("ant", "ent", "ary", "ive", "ic", "ier")
)
#: Quotation marks that close a quotation before a credit ('"C," hydrologist NAME said').
_CLOSING_MARKS = frozenset(['"', "”", "'", "’"])


def agent_noun(w: str, lexicon: Lexicon) -> bool:
    """Is lower-case *w* shaped like a role noun the lexicon may lack: six letters or more with
    an agent or trade ending, and no function, time, modifier or verb word ('hydrologist',
    'lyricist', 'lifeguard'; not 'however', 'whether', 'remember')?"""
    return (
        len(w) >= 6
        and w.isalpha()
        and w.islower()
        and w.endswith(_LOWER_ROLE_ENDINGS)
        and w not in STOP_WORDS
        and w not in NOT_NAMES
        and w not in ADVERBS
        and w not in CLAUSE_STARTERS
        and w not in PREPOSITIONS
        and w not in TIME_WORDS
        and w not in TITLE_MODIFIERS
        and w not in lexicon.verb_forms
    )


def unlisted_lower_role(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a title whose head, the lower-case word *k* right before a person's
    name, is a role noun the lexicon lacks (:func:`agent_noun`: 'said hydrologist Theo
    Vandermeer', '"C," lifeguard Tamsin Reid said', 'retired schoolteacher Marlene Oyler'), with
    one title modifier before it; -1 when none. Only in a credit's frame, after a cue verb, a
    closing quotation mark, a comma or a sentence's start, before a registered first name."""
    if not (agent_noun(words[k], lexicon) and k + 1 < len(words)):
        return -1
    if registered_spelling(words[k + 1].lower()) not in ANY_FIRST_NAMES:
        return -1
    lo = k - 1 if k - 1 >= floor and words[k - 1].lower() in TITLE_MODIFIERS else k
    if lo == floor and lo < k:
        return lo  # ('Retired schoolteacher Marlene Oyler said': the sentence opens with it)
    if lo - 1 < floor:
        return -1
    before = words[lo - 1]
    framed = before in _CLOSING_MARKS or before == "," or before.lower() in lexicon.verb_forms
    return lo if framed else -1
