"""A capitalised post with its portfolio before a name: 'Minister for Health and Social Care Ana Berg'.

The post's role noun, *for* or *of* (and *the*), and the portfolio's capitalised words run
into the name chain after them ('Minister for Health Ana Berg' is the chain 'Health Ana Berg'
after 'Minister for'; 'Speaker of the House Paul Ryan'): the name opens at its listed first
name, and the post before it is the title. Input: the token table, a chain and its sentence;
output: the title's first token and the name's first token, or None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import NOT_NAMES, OFFICE_WORDS, TIME_WORDS, TITLE_MODIFIERS
from quotex.lexicon.places import DIVISION_WORDS
from quotex.lexicon.titles import POSTING_ROLES
from quotex.lexicon.world_names import FEMALE_WORLD_NAMES, MALE_WORLD_NAMES
from quotex.mentions.copular_subjects import known_surname
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    is_body_word,
    is_name_word,
    open_class_word,
    registered_spelling,
)
from quotex.sentences import Sentence
from quotex.tokens import Tokens

if TYPE_CHECKING:
    from quotex.mentions.find import Mention

#: Words that link a post's role noun to its portfolio and the portfolio's parts ('Minister for
#: Water Resources, Minor Irrigation and Ground Water Development', 'Leader of the Opposition in
#: the Legislative Assembly').
_LINKS = frozenset(["for", "of", "the", "and", "&", ",", "in", "to"])
#: The most tokens between the role noun and the chain ('Minister for Rural Development and
#: Panchayat Raj and Information Technology and Biotechnology').
_REACH = 14


def _first_name(word: str, *, world: bool = False) -> bool:
    """A capitalised given name of the census lists or the registrations, or with *world* of the
    world's lists too (:mod:`quotex.lexicon.world_names`: 'Ambassador to the United Nations |
    Jörg Haselbach'; not after *for*: 'a spokesman for Bishnu | Prasad Bhattarai')."""
    key = registered_spelling(word.lower())
    listed = key in ANY_FIRST_NAMES or (world and (key in MALE_WORLD_NAMES or key in FEMALE_WORLD_NAMES))
    return word[:1].isupper() and listed


def coordinated_portfolio(tokens: Tokens, t_first: int, floor: int, shared: dict[str, str]) -> int:
    """The first token of a post's two-part portfolio whose first part stands before the name chain
    and *and* ('Migration and | Asylum Minister NAME', 'Trade and | Industry Secretary NAME',
    'Energy and | Climate Minister NAME'), the chain's title opening at *t_first*: one
    capitalised word that opens its phrase (the sentence's start at *floor*, or after a word in
    lower case or a mark) and names no one (no first name of the lists, no surname the text gave
    a person before: *shared*, the finder's strings); else *t_first*."""
    words, lows = tokens.words, tokens.lows
    k = t_first - 2
    if k < floor or lows[k + 1] not in ("and", "&"):
        return t_first
    w = words[k]
    if not is_name_word(w) or w.isupper() or lows[k] in NOT_NAMES or _first_name(w, world=True):
        return t_first
    if known_surname(shared, w) or (k > floor and words[k - 1][:1].isupper()):
        return t_first  # ('Berg and Asylum Minister NAME' after 'Ana Berg'; 'Ana Berg and ...')
    return k


def portfolio_split(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int, int] | None:
    """(title's first and last token, name's first token) when name chain *first..last* ends in a full
    name that opens at a listed first name or an initial (a surname after it) and a post's portfolio stands
    before that name: capitalised words in the chain before the first name and/or before the
    chain up to *for* or *of* after a singular role noun ('Minister for | Health Ana Berg',
    'Minister of Trade and | Industry Ana Berg', 'Speaker of the | House Paul Ryan'). The
    portfolio holds at least one capitalised word (not 'a friend of | Donald Trump'), a listed
    first name only when the capitalised post opens its clause ('Minister for ..., Minor
    Irrigation and ...'; not 'Ana Berg of Leith Ivo Lund'); the role
    noun opens its phrase (the sentence's start, or after a word that is no name) and takes
    the capitalised title modifiers before it ('Deputy Minister for ...'); the portfolio's parts
    may be listed with commas, never a comma right before the name ('Secretary of State, Ana
    Berg' is an apposition), and an honorific before the name is no part of the title; else None."""
    words, lows = tokens.words, tokens.lows
    near = words[max(first - _REACH, 0) : first + 1]  # (the role noun's *for* or *of* stands here)
    if "for" not in near and "of" not in near and "to" not in near:
        return None  # (most chains: no post can stand before them)
    k, capitals, named = _role_before(words, lows, first, sent.first, lexicon)
    if k < 0:
        return None  # (no role noun before *for*/*of* behind the words before the chain: most others)
    # (the name opens at a listed first name, or right after an honorific: 'Dr | Nomvula Sithebe')
    # (the first that only name words follow: 'Urban Affairs M. Adeyemi' opens at 'M.')
    posting = "to" in lows[max(first - 2, 0) : first]  # (a posting's country or body: 'to the UN | NAME')
    p = next(
        (
            q
            for q in range(first, last)
            if (
                _first_name(words[q], world=posting)
                or _after_honorific(words, q, lexicon)
                or _initial(words[q])
            )
            and all(_name_part(words, j, lexicon) for j in range(q, last + 1))
        ),
        -1,
    )
    if p < 0:
        return None  # (a body's name: 'a spokeswoman for Halloran Marine Services', 'Marine' a given name)
    # (an initial after a word that is no given name opens the name: 'Urban Affairs | M. Adeyemi')
    p = next((q for q in range(last - 1, p, -1) if _initial(words[q]) and not _given(words[q - 1])), p)
    if p > first > sent.first and words[first - 1] == ",":
        # ('The editor-in-chief of X, Juha P. Lahtinen,', 'the coach of X, Thura Min Htet': an apposed
        # name whose given name no list holds)
        return None
    if p == first > sent.first and words[first - 1] in ("and", "&") and lows[p] not in FIRST_NAMES:
        # (a listed portfolio's last item opens the chain: 'Lands, Housing and | Urban Planning Ana
        # Berg', 'Urban' a rare given name, no common one): a later first name opens the name
        # (not inside a hyphenated surname: 'and Nathaniel Obi-Ramsden')
        p = next((q for q in range(p + 1, last) if _first_name(words[q]) and "-" not in words[p : q + 2]), p)
    shifted = p > first and words[first - 1] in ("and", "&")  # (a capitalised post's list only, below)
    opens = p  # (the name's first word, or the honorific before it: 'Secretary of State, | Mr Ivo Lund')
    while opens > first and _honorific(words[opens - 1], lexicon):
        opens -= 1
    if opens == first > sent.first and words[first - 1] in (",", "and", "&"):
        return None  # ('the Secretary of State, (Mr) Ana Berg,', 'Republican of Iowa, and Ivo Lund': no post)
    if p == first and not capitals and "to" in lows[max(first - 2, 0) : first]:
        # (a posting's country that is also a given name: 'Ambassador to | France Ana Berg')
        p = next((q for q in range(p + 1, last) if _first_name(words[q])), first)
    # (the portfolio's capitalised words: inside the chain before the name, and before the chain)
    if p - first + capitals == 0 or (shifted and words[k].islower()):
        return None
    if words[k].islower() and p == first + 1 and _initial(words[p]) and words[first - 1] in ("for", "of"):
        return None  # ('a spokeswoman for Pramila R. Gurung': a given name before the initial, no portfolio)
    while k - 1 >= sent.first and words[k - 1][:1].isupper() and lows[k - 1] in TITLE_MODIFIERS:
        k -= 1  # ('Deputy Minister for ...', 'Acting Secretary of ...')
    lower = k
    while lower - 1 >= sent.first and k - lower < 2 and _lower_modifier(words[lower - 1], words[k], lexicon):
        lower -= 1  # ('senior coroner for ...', 'area coroner for ...': the post's modifiers)
    k = _capitalised_post_start(words, lower, sent.first)
    if k > sent.first and is_name_word(words[k - 1]):
        k = placed_post_start(words, k, sent.first, lexicon)
    if k < 0:
        return None  # (the role noun is inside another name: 'Ana Berg Fellow of ...')
    if named and not (words[k][:1].isupper() and (k == sent.first or not words[k - 1][:1].isalnum())):
        return None  # ('Ana Berg of Leith Ivo Lund': names; a post that opens its clause keeps them)
    end = p - 1
    while end > k and _honorific(words[end], lexicon):
        end -= 1  # ('... Ground Water Development Dr | Kavitha Ramaiah')
    if words[end] == ",":
        return None  # ('the Minister of Power, Mr | Ana Berg': an apposition, not a post before the name)
    return k, end, p


def _role_before(
    words: Sequence[str], lows: Sequence[str], first: int, floor: int, lexicon: Lexicon
) -> tuple[int, int, bool]:
    """The role noun before *for* or *of* that a portfolio's words lead back to from the chain
    at token *first* (links and name words, at most :data:`_REACH` tokens, not before *floor*):
    ``(its token, how many name words stand between, whether one is a listed first name)``, the
    token -1 when the walk ends elsewhere ('Minister for | Health Ana Berg': 'Minister'; a listed
    first name before the chain: 'Minor Irrigation', or 'Ana Berg of ...'); a comma before a
    lower-case word other than *and* ends the walk too (an adjunct: '..., in | Kota Seri Melati')."""
    k, capitals, named = first - 1, 0, False
    while k >= floor and first - k <= _REACH and (lows[k] in _LINKS or is_name_word(words[k])):
        if _linked_role(words, k, lexicon):
            break
        if lows[k] == "," and words[k + 1].islower() and words[k + 1] not in ("and", "&"):
            return -1, capitals, named  # (an adjunct after the post: 'president of X, in | Kota ...')
        if is_name_word(words[k]):
            named = named or _first_name(words[k])
            capitals += 1
        k -= 1
    return (k if k >= floor and _linked_role(words, k, lexicon) else -1), capitals, named


def _linked_role(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Is token *k* a role noun that the next token links to a portfolio: *for* or *of* after any
    role ('Minister for'), *to* after a posting ('Ambassador to': :data:`POSTING_ROLES`)?"""
    link, low = words[k + 1], words[k].lower()
    return low in lexicon.role_nouns and (link in ("for", "of") or (link == "to" and low in POSTING_ROLES))


def _capitalised_post_start(words: Sequence[str], k: int, floor: int) -> int:
    """The first token of a capitalised post whose role noun is token *k*: one or two
    capitalised words before it when the first is a title modifier (after other capitalised
    ones) that opens its clause ('Chief | Medical Officer of Norland Ana Berg', 'Deputy Chief |
    Electoral Officer of ...'); else *k* ('the Royal Society Fellow of ...': a name's word)."""
    for j in (k - 1, k - 2):
        if j < floor or not all(is_name_word(words[i]) for i in range(j, k)):
            return k
        if words[j].lower() in TITLE_MODIFIERS:
            start = j
            while (
                start - 1 >= floor
                and words[start - 1][:1].isupper()
                and words[start - 1].lower() in TITLE_MODIFIERS
            ):
                start -= 1  # ('Deputy Chief Electoral Officer')
            if start == floor or not words[start - 1][:1].isalnum() or words[start - 1].islower():
                return start
    return k


#: The most capitalised words of a place or body before a post ('Nakuru County Executive
#: Committee | Member for ...').
_PLACED_WORDS = 5


def placed_post_start(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a capitalised post whose first word, token *k*, follows a place's or
    a body's capitalised name ('Lagos State | Commissioner for Health NAME', 'Nakuru County
    Executive Committee | Member for ...', 'Harvard | Professor of Economics NAME'): one to
    five name words, the run opening its clause (the sentence's start at *floor*, or after a
    word that is no name: 'said Ogun State Commissioner ...'); one of them a division's
    category (:data:`DIVISION_WORDS`), a body's word or a role noun ('Kenya Cabinet'), else a
    single word that is no listed first name; else -1 ('Ana Berg Fellow of ...')."""
    j, placed = k, words[k] in DIVISION_WORDS  # ('Lagos | State Commissioner': 'State' a modifier too)
    given = False
    while j - 1 >= floor and k - j < _PLACED_WORDS and is_name_word(words[j - 1]):
        w = words[j - 1]
        if w.lower() in NOT_NAMES:
            return -1
        given = given or _first_name(w)
        placed = placed or w in DIVISION_WORDS or is_body_word(w, lexicon) or w.lower() in lexicon.role_nouns
        j -= 1
    opens = j == floor or not is_name_word(words[j - 1])
    return j if opens and (placed or (k - j == 1 and not given)) else -1


def _lower_modifier(word: str, role: str, lexicon: Lexicon) -> bool:
    """Is *word* a lower-case modifier of a lower-case post *role* ('senior', 'area' of 'area
    coroner'): a title modifier, or an open-class word that is no verb form or time word?"""
    if not role.islower() or not open_class_word(word):
        return False
    return word in TITLE_MODIFIERS or (word not in lexicon.verb_forms and word not in TIME_WORDS)


def in_portfolio(words: Sequence[str], m: Mention, lexicon: Lexicon) -> bool:
    """Does mention *m*'s title, right before it with no comma, name a post's portfolio after
    *for* or *of* (:func:`portfolio_split`), so the names inside it are the post's words, no
    mentions ('Minister for Health and Social Care Ana Berg'; not 'two members of Congress from
    Florida, Ileana Ros-Lehtinen')? A comma counts only inside a post of capitalised words and
    links ('Minister for Water Resources, Minor Irrigation and ...')."""
    span = range(m.title_first, m.first)
    return (
        0 <= m.title_last < m.first
        and all(_honorific(words[k], lexicon) for k in range(m.title_last + 1, m.first))
        and all(words[k] != "," or _capitalised_post(words, span) for k in span)
        and any(_linked_role(words, k - 1, lexicon) for k in span if k > 0)
    )


def _capitalised_post(words: Sequence[str], span: range) -> bool:
    return all(words[k].lower() in _LINKS or is_name_word(words[k]) for k in span)


def _honorific(word: str, lexicon: Lexicon) -> bool:
    return word.lower().rstrip(".") in lexicon.honorifics or word == "."


def _initial(word: str) -> bool:
    """Is *word* a name's initial or initials ('N.' of 'N. Sujatha Rani', 'C.K.' of 'C.K.
    Sichilima'): a name that opens with it has no listed first name to open at (initials before
    the given name, as Indian and some African names are written)."""
    return (
        2 <= len(word) <= 6
        and word.endswith(".")
        and all(c.isupper() if k % 2 == 0 else c == "." for k, c in enumerate(word))
    )


def _given(word: str) -> bool:
    """Is *word* a listed first name or an initial (the given names before a middle initial)?"""
    return _first_name(word) or _initial(word)


def _name_part(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Is token *k* part of a person's name: a name word that is no body word, a hyphen, or the
    syllable after one ('Aidoo-Barnes', 'Hye-jin')?"""
    w = words[k]
    if w == "-" or (words[k - 1] == "-" and w.isalpha()):
        return True
    return is_name_word(w) and not is_body_word(w, lexicon)


def _after_honorific(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Does capitalised token *k* follow an honorific ('Dr | Nomvula', 'Mr | Sizwe')?"""
    return k > 0 and words[k][:1].isupper() and words[k - 1].lower().rstrip(".") in lexicon.honorifics


#: Lower-case levels of government written before a capitalised post ('state Water Resources
#: Minister NAME', 'federal Fisheries and Oceans Minister NAME').
GOVERNMENT_LEVELS = frozenset("state federal provincial regional municipal territorial".split())
#: The most capitalised words of one item in a listed portfolio ('Rural Affairs').
_ITEM_WORDS = 3


def listed_portfolio(words: Sequence[str], t_first: int, floor: int, *, one: bool = False) -> int:
    """The first token of a title whose capitalised post at *t_first* ends a portfolio listed
    with commas and *and* ('Water, Land and | Resource Stewardship Minister NAME', 'Environment,
    Food and | Rural Affairs Secretary NAME', 'Natural Resources and | Environment Minister'):
    items of one to three capitalised words, none a listed first name or a function word, the
    list opening its clause (the sentence start at *floor*, *the*, a possessive or a comma) or
    after a level of government (*state*); one item of two words or an office word, opening the
    sentence or after a level of government, only with *one* (the post has a capitalised
    modifier before a role spelt out: not 'Trump and | Texas Sen.', 'Republican Trump and |
    Democrat'); else *t_first* unchanged."""
    k = t_first - 1
    if k - 1 < floor or words[k] != "and" or not words[t_first][:1].isupper():
        return t_first
    k, items, lo = k - 1, 0, t_first
    while k >= floor:
        n = 0
        while k >= floor and n < _ITEM_WORDS and _list_word(words[k]):
            k, n = k - 1, n + 1
        if n == 0:
            k += 1  # (no item after this comma: the comma opens the list, 'Earlier, | A, B and C')
            break
        items, lo = items + 1, k + 1
        if k < floor or words[k] != ",":
            break
        k -= 1
    level = k >= floor and words[k] in GOVERNMENT_LEVELS  # ('state | Energy and Mines Minister')
    opened = k < floor or words[k].lower() == "the" or words[k] in ("'s", "’s", ",")
    # (one item before *and* when the post opens its sentence or follows a level of government and
    # the item is two words or an office word, not a surname: 'Natural Resources and | Environment
    # Minister NAME', 'Energy and | Mines Minister NAME'; not 'Earlier, Okafor and | Finance Minister')
    single = one and items == 1 and (k < floor or level)
    single = single and (t_first - 1 - lo >= 2 or words[lo].lower() in OFFICE_WORDS)
    return lo if (items >= 2 and (opened or level)) or single else t_first


def _list_word(word: str) -> bool:
    """Is *word* a capitalised word of a listed portfolio (no first name, no function word)?"""
    low = word.lower()
    return word[:1].isupper() and word.isalpha() and low not in NOT_NAMES and not _first_name(word)


#: Lower-case modifiers of time, rank or level of government that a capitalised post written
#: after them carries ('acting Police Commissioner NAME', 'state Water Resources Minister NAME').
_RANK_MODIFIERS = (
    frozenset(
        """acting former interim deputy outgoing incoming retired current longtime senior junior
    assistant associate""".split()
    )
    | GOVERNMENT_LEVELS
)


def rank_before(words: Sequence[str], first: int, floor: int) -> int:
    """The first of at most two lower-case modifiers of time or rank right before the chain
    that starts at token *first* ('On Monday, acting | Police Commissioner NAME'), else *first*."""
    k = first
    while k - 1 >= floor and first - k < 2 and words[k - 1] in _RANK_MODIFIERS:
        k -= 1
    return k
