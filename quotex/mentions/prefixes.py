"""Titles written before a name.

Role words at the head of the run or just before it (*Chinese President* | *Xi Jinping*; *the
city's chief financial officer* | *Tove Lindahl*), a capitalised word with a role-noun ending
(*Hydrologist* | *Theo Vandermeer*), a body's role (*Norland Robotics founder*), a bracketed or
possessed post. Input: the token table, a name's token range and a lexicon; output: the title's
first token and text, or none.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import (
    AFTER_GIVEN_NAMES,
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
    OFFICE_WORDS,
    STOP_WORDS,
    TIME_NAMES,
    TIME_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from quotex.lexicon.grammar import FRONTING_PREPOSITIONS, MARGINAL_PREPOSITIONS, NOUN_LIKE_PAST, PREPOSITIONS
from quotex.lexicon.titles import POSITION_NOUNS
from quotex.mentions.chains import POSSESSIVE
from quotex.mentions.demonyms import body_words, demonym, name_units, person_pair
from quotex.mentions.possessors import common_possessor_start, possessor_start
from quotex.mentions.premodifiers import (
    body_start,
    hyphen_position,
    team_position,
    verb_in_name,
)
from quotex.mentions.ranks import address_rank
from quotex.mentions.role_heads import (
    POSITION_MODIFIERS,
    ROLE_ENDINGS,
    TRADE_ENDINGS,
    particle_surname,
    unlisted_lower_role,
)
from quotex.mentions.role_modifiers import classified_owner_end, modifiers_of_role
from quotex.mentions.stated_ages import age_before
from quotex.mentions.words import (
    NOUN_OPENERS,
    NUMBERED_NOUNS,
    body_particle,
    in_name,
    is_body_word,
    is_name_word,
    is_role,
    modifiable_role,
    open_class_word,
    ordinal_in_name,
    plural_form,
    registered_spelling,
    role_like,
    unit_ordinal,
)
from quotex.tokens import Tokens


def prefix_title(
    tokens: Tokens, first: int, lexicon: Lexicon, *, floor: int = 0, loose: bool = False
) -> tuple[int, int]:
    """The title tokens written just before a name starting at *first*.

    Returns ``(title_first, title_last)`` or ``(-1, -1)``. The token before the
    name must be a role word ("President", "spokeswoman", "Sen."); the title
    then grows leftwards over capitalised words, title modifiers, role words
    joined by *and* ("founder and former chairman") and one possessive
    ("Trump's"), never past *floor* or a function word. With *loose* (the frame
    ``the ... ROLE, Name``) any lower-case words count too when a determiner,
    a possessive or the sentence start closes the phrase
    ("the company's chief financial officer, Tove Lindahl").
    """
    if first - 1 < floor:
        return (-1, -1)
    if (k := hyphen_position(tokens, first - 1, floor)) >= 0:  # ('Full-back NAME', 'Comets fly-half NAME')
        return (k, first - 1)
    before = tokens.words[first - 1]  # (a position noun before the name, else no call for it)
    if not is_role(before, lexicon) and not (
        before in POSITION_NOUNS and team_position(tokens.words, first - 1, floor)
    ):
        words = tokens.words  # (a portfolio needs *of*/*for* one to three words before: tested inline first)
        if words[first - 1].islower() and (lo := unlisted_lower_role(words, first - 1, floor, lexicon)) >= 0:
            return (lo, first - 1)  # 'said hydrologist Theo Vandermeer' (an unlisted role: lower case only)
        honorific = first - 2 >= floor and tokens.lows[first - 1].rstrip(".") in lexicon.honorifics
        if honorific and (lo := unlisted_lower_role(words, first - 2, floor, lexicon)) >= 0:
            return (lo, first - 2)  # 'said consultant pathologist Dr Anita Goss': the honorific left out
        linked = first - 3 >= floor and (
            words[first - 2] in _PORTFOLIO_LINKS
            or words[first - 3] in _PORTFOLIO_LINKS
            or (first - 4 >= floor and words[first - 4] in _PORTFOLIO_LINKS)  # (three portfolio words)
        )
        role = portfolio_role(words, first - 1, floor, lexicon) if linked else -1
        if role < 0:
            return (-1, -1)  # (most names: no role word before them, as _prefix_title would find)
        lo, _ = prefix_title(tokens, role + 1, lexicon, floor=floor, loose=loose)
        lo = lo if lo >= 0 else _post_words_start(words, role, floor)  # ('Former Archivist of the X NAME')
        return (lo, first - 1)  # 'Former secretary of state Ada Quist', 'head of logistics Ivo Marsh'
    strict = _prefix_title(tokens, first, lexicon, floor, loose=False)
    r = first - 1  # ('Regiment operations officer Maj. | NAME', 'chief Vice Adm. | NAME': the post before)
    while r >= max(strict[0], floor) and address_rank(tokens.words[r], r < first - 1):
        r -= 1
    lo = _prefix_title(tokens, r + 1, lexicon, floor, loose=False)[0] if strict[0] >= 0 and r >= floor else -1
    if lo >= 0 and r < first - 1:
        strict = (min(lo, strict[0]), strict[1])
    if not loose or strict[0] < 0:
        return strict
    wide = _prefix_title(tokens, first, lexicon, floor, loose=True)
    return wide if wide[0] >= 0 else strict


#: The most lower-case words of a role's portfolio ('minister for energy', 'head of logistics',
#: 'director of rural public health'; 'deputy mayor for housing and planning' joins two: no title).
_MAX_PORTFOLIO_WORDS = 3
#: Prepositions that join a role to its portfolio.
_PORTFOLIO_LINKS = frozenset(["of", "for"])


def portfolio_role(words: Sequence[str], end: int, floor: int, lexicon: Lexicon) -> int:
    """The role noun of ``ROLE of|for PORTFOLIO`` ending at token *end*, where the portfolio is
    one to three lower-case nouns ('secretary of state', 'head of logistics', 'mayor for housing'):
    the role's token, or -1. A portfolio word is no function word, time word, role or verb form
    of the lexicon (an office word such as *state* and a gerund such as *planning* excepted)."""
    if end - 2 < floor or (
        words[end - 1] not in _PORTFOLIO_LINKS
        and words[end - 2] not in _PORTFOLIO_LINKS
        and (end - 3 < floor or words[end - 3] not in _PORTFOLIO_LINKS)
    ):
        return -1  # (most words: no *of* or *for* one to three words before)
    k = end
    while k >= floor and end - k < _MAX_PORTFOLIO_WORDS and _portfolio_word(words[k], lexicon):
        k -= 1
    the = floor + 2 <= k < end and words[k] == "the" and words[k - 1] in _PORTFOLIO_LINKS
    if the and _opening_post(words, k - 2, floor, lexicon):
        return k - 2  # ('Chair of the board | NAME': a capitalised post that opens its clause)
    if the and words[k - 2].islower() and _singular_role(words[k - 2], lexicon):
        return k - 2  # ('said keeper of the records | NAME')
    if k == end or k - 1 < floor or words[k] not in _PORTFOLIO_LINKS:
        return -1
    return k - 1 if _singular_role(words[k - 1], lexicon) else -1  # ('keeper of maps')


def _singular_role(w: str, lexicon: Lexicon) -> bool:
    """Is *w* a singular role noun, listed or WordNet's ('secretary', 'keeper')?"""
    return (is_role(w, lexicon) or w.lower() in lexicon.open_role_nouns) and not plural_form(w.lower())


#: The most capitalised words of a post before its role noun ('Former Deputy Harbour | Master').
_MAX_POST_WORDS = 4


def _post_words_start(words: Sequence[str], k: int, floor: int) -> int:
    """The first of the capitalised words (at most ``_MAX_POST_WORDS``) before role noun *k*."""
    j = k
    while j - 1 >= floor and k - j < _MAX_POST_WORDS and words[j - 1][:1].isupper():
        j -= 1
    return j


def _opening_post(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Is token *k* a capitalised singular role noun (listed or WordNet's) that opens its clause,
    after capitalised title modifiers and noun modifiers (the sentence's start, a comma or a
    quotation mark before them: 'Former Bell Founder | of the board')?"""
    low = words[k].lower()
    role = is_role(words[k], lexicon) or low in lexicon.open_role_nouns  # (WordNet's too: 'Archivist')
    if not (words[k][:1].isupper() and role) or plural_form(low):
        return False
    j = _post_words_start(words, k, floor)
    return j == floor or words[j - 1] in (",", '"', "\u201c", "\u201d", ":", ";")


def portfolio_end(words: Sequence[str], link: int, floor: int, ceiling: int, lexicon: Lexicon) -> int:
    """The last word of the portfolio that an *of* or *for* at token *link* opens after a role,
    when a name follows it ('secretary of state | Ada Quist'; :func:`portfolio_role`), never
    past *ceiling* nor reading before *floor*; -1 otherwise."""
    if words[link] not in _PORTFOLIO_LINKS:
        return -1
    for end in (link + 1, link + 2):
        if end + 1 <= ceiling and is_name_word(words[end + 1]):
            return end if portfolio_role(words, end, floor, lexicon) == link - 1 else -1
    return -1


def _portfolio_word(w: str, lexicon: Lexicon) -> bool:
    low = w.lower()
    return (
        open_class_word(w)
        and low not in DETERMINERS
        and low not in TIME_WORDS
        and (low in OFFICE_WORDS or low not in lexicon.verb_forms or low.endswith("ing"))
        and not is_role(w, lexicon)
    )


def _prefix_title(
    tokens: Tokens, first: int, lexicon: Lexicon, floor: int, *, loose: bool
) -> tuple[int, int]:
    words, lows = tokens.words, tokens.lows
    j = first - 1
    if j < floor or not (
        is_role(words[j], lexicon) or (words[j] in POSITION_NOUNS and team_position(words, j, floor))
    ):
        return (-1, -1)
    last = j
    lo = j
    j -= 1
    # (an age ends the title: the person's, 'said 51-year-old | harbour master NAME')
    while j >= floor and last - j < 9 and age_before(words, j, floor) < 0:
        w = words[j]
        low = lows[j]
        if (
            low == "and"
            and j - 1 >= floor
            and (is_role(words[j - 1], lexicon) or lows[j - 1] in TITLE_MODIFIERS)
            and j + 1 <= last
        ):
            lo = j  # 'founder and former chairman'
            j -= 1
            continue
        if (
            w.isalpha()
            and j - 2 >= floor
            and words[j - 1] == "-"
            and words[j - 2].isalpha()
            and lo == j + 1
            and not (low == "old" and lows[j - 2] == "year")  # (an age: '19-year-old newcomer')
            and tokens.ends[j - 2] == tokens.starts[j - 1]
            and tokens.ends[j - 1] == tokens.starts[j]
        ):
            lo = j - 2  # 'far-right Harbour Party leader': a hyphenated modifier split by the tokenizer
            j -= 3
            continue
        if (
            w == "-"
            and lo == j + 1
            and j - 1 >= floor
            and words[j - 1].isalpha()
            and tokens.ends[j - 1] == tokens.starts[j]
            and tokens.ends[j] == tokens.starts[j + 1]
        ) or (lo == j + 1 and body_particle(words, j, floor)):
            # 'Vice-chair Ina Varga', 'co-founder': the role's own prefix; 'Te Rūnanga o Ngā
            # Tumuaki Māori chair': a particle inside a body's name
            lo = j - 1
            j -= 2
            continue
        if w in POSSESSIVE and j - 1 >= floor and words[j - 1][:1].isalnum():
            lo = possessor_start(words, j - 1, floor)
            lo = common_possessor_start(words, lo, floor, lexicon)
            break
        if w.isdigit() and lo == j + 1 and j - 1 >= floor and lows[j - 1] in NUMBERED_NOUNS:
            lo = j - 1  # 'Ward 14 Councilwoman NAME', 'District 3 Supervisor NAME': the seat's number
            j -= 2
            continue
        if lo == j + 1 and (k := body_start(words, j, last, floor, lexicon)) >= 0:
            lo = k  # 'Bank of England governor', 'Institute for Fiscal Studies director'
            break
        # 'planning chief', 'state Senator': maybe a modifier, though a verb form too
        modifier = (
            (not loose and w.islower() and low.endswith("ing"))
            or low in TITLE_MODIFIERS
            or verb_in_name(words, j, lo, floor, lexicon)  # 'Kestrel Point Ferry Terminal manager'
        )
        if (
            low in DETERMINERS
            or low in STOP_WORDS
            or low in MARGINAL_PREPOSITIONS  # ('Critics, including councillor NAME,': no modifier)
            or (low in lexicon.verb_forms and not modifier)
        ):
            if loose and low not in DETERMINERS and low not in NOUN_OPENERS:
                return (-1, -1)  # the phrase is not closed by a determiner: no loose title
            break
        if loose and w.isalpha() and w.islower() and low not in lexicon.verb_forms:
            lo = j
            j -= 1
            if j < floor:
                break
            continue
        if is_name_word(w) or ordinal_in_name(words, j, lo):  # ('NDRF 9th Battalion commandant')
            if low in NOT_NAMES and low not in TITLE_MODIFIERS and not unit_ordinal(words, j):
                break  # (an ordinal that numbers a unit stays: 'Second Frigate Squadron commander')
            lo = j
        elif (
            low in TITLE_MODIFIERS
            or is_role(w, lexicon)
            or low in lexicon.organization_nouns
            or ("-" in w and w[:1].isalpha())
            or (low in OFFICE_WORDS and low != "the")
            or (low == "of" and j - 1 >= floor and is_role(words[j - 1], lexicon))
            or (lo == j + 1 and unit_ordinal(words, j))  # 'NDRF 9th Battalion commandant NAME'
            # ('opening batsman NAME', 'second violinist NAME': a rank among the post's holders)
            or (low in POSITION_MODIFIERS and w.islower() and lo == j + 1 and words[lo].islower())
        ):
            lo = j
        else:
            k = modifiers_of_role(words, j, floor, lexicon) if modifiable_role(words[last]) else -1
            if k < 0:
                break
            lo = j = k  # 'Carrow Rail safety director': a name, a noun modifier, a lower-case role
            if words[k - 1] in POSSESSIVE:
                # "Carrow Rail's safety director", "the Caldoran women's rugby coach"
                lo = possessor_start(words, classified_owner_end(words, k - 2, floor), floor)
                break
        j -= 1
    return (-1, -1) if loose and _unclosed_age(lows, j, floor) else (lo, last)


def _unclosed_age(lows: Sequence[str], j: int, floor: int) -> bool:
    """Does an age end at token *j* with no determiner before it to close a loose title's
    phrase ('the | 36-year-old lock keeper, NAME' is closed; 'met 36-year-old lock keeper,' not)?"""
    a = age_before(lows, j, floor) if j >= floor else -1
    return a > floor and lows[a - 1] not in DETERMINERS and lows[a - 1] not in NOUN_OPENERS


#: Endings of occupation nouns that names rarely have (hydrologist, statistician,
#: photographer): with them, the first name after the word need not be a listed one.
_OCCUPATION_ENDINGS = ("ist", "ician", "grapher")
#: First names of the baby-name registrations (:mod:`quotex.lexicon.given_names`).
_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


def _opening_role(low: str, lexicon: Lexicon) -> bool:
    """Can *low*, opening a sentence before a full name, be a role noun the lexicon lacks: seven
    letters or more and an agent or trade ending (not *-man*, *-ard*, *-ive*, which many names
    have: 'Osman', 'Suleiman', 'Gerard'), or a role of the open list ('Pupil'); and no
    registered first name ('Abdelkader', 'Hunter', 'Mason')?"""
    return (
        (len(low) >= 7 and low.endswith(_AGENT_ENDINGS + TRADE_ENDINGS)) or low in lexicon.open_role_nouns
    ) and registered_spelling(low) not in _GIVEN_NAMES


#: The endings of :data:`ROLE_ENDINGS` that few given names have.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "ess", "ary", "ic")


def unlisted_role_head(
    tokens: Tokens, first: int, last: int, lexicon: Lexicon, *, opening: bool = False
) -> bool:
    """Is the first word of the chain *first..last* a role word outside the lexicon? With entity
    labels: the word is outside a PERSON entity that starts right after it. Without: the chain
    has three words or more, the next one is a first name (:mod:`quotex.lexicon.first_names` or
    :mod:`quotex.lexicon.given_names`), the word itself is none, has the ending of a role noun and
    is not all capitals ('Hydrologist Theo Vandermeer', 'Glassblower Ana Reyes'); or the word has
    an ending only occupations have (:data:`_OCCUPATION_ENDINGS`) and two or three name words
    follow, none of a body's name ('Hydrologist Aoife O'Donoghue'), or a surname opening with
    particles ('Hydrologist da Silva': role_heads.particle_surname); where the
    chain opens a sentence or a quotation (*opening*), a role ending or a trade's compound
    ending (:data:`TRADE_ENDINGS`) on a word that is no registered first name will do before
    them ('Beekeeper Xu Haoran', 'Stonemason R. K. Venkataraman').
    """
    words, lows = tokens.words, tokens.lows
    if last - first < 1 or (last - first == 1 and not opening):
        return False
    w = words[first]
    low = lows[first]
    if last == first + 1:  # ('Novelist Orlo said': an occupation's ending only, a role of the open list)
        return (
            w.istitle()
            and low.endswith(_OCCUPATION_ENDINGS)
            and low in lexicon.open_role_nouns
            and _opening_role(low, lexicon)
            and not is_body_word(words[last], lexicon)
            and words[last].lower() not in FIRST_NAMES
        )
    if not w.isalpha() or w.isupper() or low in FIRST_NAMES or low in lexicon.honorifics:
        return False
    if is_body_word(words[last], lexicon):
        return False  # 'Solent Marine Services': a body's name, though a first name follows its first word
    if tokens.has_ents:
        return (
            tokens.ents[first] != "PERSON"
            and tokens.ents[first + 1] == "PERSON"
            and tokens.ent_starts[first + 1]
        )
    if not is_name_word(words[first + 1]):  # ('Pieter van der Berg': a particle is no first name, but
        # an occupation's ending before a surname's particles is a role: 'Hydrologist da Silva said')
        return low.endswith(_OCCUPATION_ENDINGS) and particle_surname(words, first + 1) == last
    following = lows[first + 1]
    if following in AFTER_GIVEN_NAMES:
        return False  # ('Jaswinder Kaur Dhillon': a given name before *Kaur*, no role)
    first_name_next = following in FIRST_NAMES or registered_spelling(following) in _GIVEN_NAMES
    # (a given and a family name, an initial or a hyphenated given name too: 'Juha P. Lahtinen')
    people = demonym(low)
    rest = words[first + 1 : last + 1]
    pair = rest if last == first + 2 or not people else name_units(rest)
    if people and (first_name_next or (len(pair) == 2 and last - first <= 5 and person_pair(pair, lexicon))):
        return True  # ('Samoan Helen Achterberg', 'Samoan Fa'afetai Leota': a nationality before a name)
    if not low.endswith(ROLE_ENDINGS) or len(low) <= 4:
        # a trade's compound ending, where a sentence opens ('Stonemason R. K. Venkataraman
        # said', 'Sommelier Ifeanyi Nwachukwu'): as an occupation's ending below
        if not (opening and _opening_role(low, lexicon)):
            return False
    elif first_name_next:
        return True
    # an ending only occupations have, before two or three name words (with particles and
    # hyphens), none of them an organisation's ('Hydrologist Aoife O'Donoghue', 'Statistician
    # Pieter van der Berg'; not 'Zionist Organization of America', 'Baptist Health South Florida');
    # where a sentence or a quotation opens, any role ending will do ('Beekeeper Xu Haoran said',
    # 'Midfielder Tevita Fifita'): news copy writes a role there in capitals, a name never
    # stands before a full name, and the first word is no listed first name
    if not (low.endswith(_OCCUPATION_ENDINGS) or (opening and _opening_role(low, lexicon))):
        return False
    rest = words[first + 1 : last + 1]
    body = body_words(lexicon)  # (made once per lexicon)
    return sum(is_name_word(w) for w in rest) <= 3 and all(
        (w in NAME_PARTICLES or w == "-" or is_name_word(w)) and w.lower() not in body for w in rest
    )


def role_of_body(tokens: Tokens, last: int, lexicon: Lexicon, *, floor: int) -> tuple[int, int]:
    """``ROLE for|of|at|with [the] Body`` ending at token *last*: the whole phrase as a title
    ('spokeswoman for the Ministry of Trade and Industry'), or ``(-1, -1)``."""
    words, lows = tokens.words, tokens.lows
    k = last
    while k >= floor and last - k < 10 and (is_name_word(words[k]) or lows[k] in ("of", "and")):
        k -= 1
    if k == last or k < floor:
        return (-1, -1)
    if lows[k] == "the":
        k -= 1
    if k - 1 < floor or lows[k] not in ("for", "of", "at", "with") or not is_role(words[k - 1], lexicon):
        return (-1, -1)
    lo, _ = prefix_title(tokens, k, lexicon, floor=floor, loose=True)
    return (lo if lo >= 0 else k - 1, last)


def cue_beside(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does a speech verb stand right before token *first* or right after token *last*?"""
    forms = lexicon.verb_forms
    before = first > 0 and forms.get(words[first - 1].lower(), ("", ""))[1] == "speech"
    return before or (last + 1 < len(words) and forms.get(words[last + 1].lower(), ("", ""))[1] == "speech")


def body_role_title(
    tokens: Tokens, first: int, floor: int, lexicon: Lexicon, *, one: bool = False
) -> tuple[int, int]:
    """The title of a full name at *first* written as an employer's name and one or two
    lower-case nouns the lexicon need not list ('Kilbride Ferries deckhand Leonor Reis',
    'Quarrymoor Cider night packer ...'): (body's first token, the role's last), else (-1, -1).
    A name of *one* word takes it only in a cue's frame, a speech verb before the title or after
    the name (:func:`cue_beside`: '"C," Kandy Public Library head librarian Ruvimbo said').
    The body is two to five name words, or one holding an organisation or company word, with no
    time name ('Last Tuesday farmer X' is a date); a role word is no verb form, participle, -s
    form or function word ('Acme Foods hired X', 'Acme Foods pays X')."""
    words = tokens.words
    k = first - 1
    while k >= floor and first - k <= 2 and role_like(words[k], lexicon, head=k == first - 1):
        k -= 1
    if k == first - 1 or k < floor or not is_name_word(words[k]):
        return (-1, -1)
    b = k
    while b - 1 >= floor and k - b < 4 and is_name_word(words[b - 1]):
        b -= 1
    body = [w.lower() for w in words[b : k + 1]]
    if any(w in TIME_NAMES or w in STOP_WORDS for w in body):
        return (-1, -1)
    if len(body) < 2 and not is_body_word(body[0], lexicon):
        return (-1, -1)
    if words[first - 1] in NOUN_LIKE_PAST and not any(is_body_word(w, lexicon) for w in body):
        return (-1, -1)  # ('Babatunde Olaniyan beat Ana Roe': a person's name and a verb, no employer)
    if one and not cue_beside(words, b, first, lexicon):
        return (-1, -1)
    return (b, first - 1)


def possessed_post(words: Sequence[str], end: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """A name's possessive and one or two lower-case nouns ending at token *end*, before the
    comma of an appositive name that a comma or full stop closes ("Oxley Mills' chief dyer, Ina
    Berg,"): the post the body gives, a title even when the lexicon lists no word of it; (-1, -1)
    otherwise, and after a preposition or a time name ('Despite Acme's objection, X')."""
    k = end
    while (
        k >= floor
        and end - k < 2
        and words[k].islower()
        and (role_like(words[k], lexicon, head=k == end) or is_role(words[k], lexicon))
    ):
        k -= 1
    if k == end or k - 1 < floor or words[k] not in POSSESSIVE or not is_name_word(words[k - 1]):
        return (-1, -1)
    start = possessor_start(words, k - 1, floor)
    if any(
        w.lower() in PREPOSITIONS or w.lower() in FRONTING_PREPOSITIONS or w.lower() in TIME_NAMES
        for w in words[max(floor, start - 1) : k]
    ):
        return (-1, -1)  # 'Despite Acme's objection, X', 'After Sunday's vote, X': an adverbial
    return (start, end)


def role_head_before(words: Sequence[str], end: int, floor: int, lexicon: Lexicon) -> int:
    """The role noun that heads a phrase ending at token *end*: *end* itself ('the campaign
    manager'), or the noun before *of*, *for*, *to*, *at* or *with* at most five words back
    ('the Secretary of State', 'the director of the Coastal Research Institute', 'a lawyer for
    Greta Holt'; the words of a capitalised name count as one: 'a spokesman for the Department
    of Fisheries and Oceans'), unless a preposition stands before that noun ('Speaking to
    reporters at the airport'); -1 when there is none."""
    steps = 0
    for k in range(end - 1, max(floor, end - _ROLE_REACH), -1):
        if words[k] in _ROLE_LINKS:
            r = k - 1
            if r >= floor and is_role(words[r], lexicon):
                if r > floor and words[r - 1] in PREPOSITIONS:
                    break  # ('Speaking to reporters at the airport': no apposition)
                return r  # ('an adviser to the mayor': the adviser, not the mayor)
            # ('secretary of state for the elderly': on to the next link)
        elif words[k] in POSSESSIVE and k > floor and is_name_word(words[k - 1]):
            continue  # ("the Coastguard's southern division", "the Fenwold Renters' Union": one name)
        elif not words[k][:1].isalpha() and not _body_hyphen(words, k, floor, lexicon):
            break
        elif (
            steps >= _ROLE_NEAR
            and words[k].islower()
            and (words[k].endswith("ed") or (words[k] in lexicon.verb_forms and not words[k].endswith("ing")))
        ):
            break  # (past five words, a verb ends the phrase: 'After Secretary Tom Nides chimed in
            # with ...'; a gerund is a portfolio's noun: 'head of planning at the county council')
        if not (
            k > floor
            and _in_body_name(words, k - 1)
            and _in_body_name(words, k)
            and _in_body_name(words, k + 1)
        ):
            steps += 1  # (a word inside a capitalised name is free: 'the Office of the Rail Ombudsman')
            if steps == _ROLE_STEPS:
                break
    return end if is_role(words[end], lexicon) and not _body_hyphen(words, end - 1, floor, lexicon) else -1


def _body_hyphen(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Is token *k* the hyphen of a hyphenated body noun ('Co-operative', 'Co-op'), whose second
    half is no role ('operative')?"""
    return (
        k > floor
        and words[k] == "-"
        and words[k - 1].lower() in lexicon.organization_nouns
        and words[k - 1][:1].isupper()
    )


def _in_body_name(words: Sequence[str], k: int) -> bool:
    """Can token *k* stand inside a body's capitalised name: a name word, *of*, *and*, or *the*
    after *of* before a name word ('the Office of the Rail Ombudsman')?"""
    w = words[k]
    if w == "the":
        return 0 < k < len(words) - 1 and is_name_word(words[k + 1])
    if w in POSSESSIVE:
        return k > 0 and is_name_word(words[k - 1])
    return in_name(w)


#: How far back :func:`role_head_before` looks, in tokens, and in words (a name counting as one).
_ROLE_REACH = 16
_ROLE_STEPS = 8
#: Past this many words, a verb form ends :func:`role_head_before`'s walk ('the deputy head of
#: mission at the Peruvian embassy in Wellington' is one phrase; '... chimed in with' is none).
_ROLE_NEAR = 5
#: Prepositions between a role noun and whom or where it serves.
_ROLE_LINKS = frozenset(["of", "for", "to", "at", "with", "from"])
