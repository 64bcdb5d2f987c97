"""Titles written next to a name and set off by commas, read by :func:`~quotex.mentions.find.find_mentions`.

An apposition after the name ('Ana Berg, the Labour MP for Leith,'), a role before the name and
its comma ("the campaign's manager, Jeff Weaver,"), and both: then the role written first, with
its body ("The committee's chair, Ana Berg, the Labour MP for Leith,"), is the title and the
apposition the second one (:func:`title_after_or_before`, :func:`title_before`).
Input: the token table, a name's chain *first..last*, its sentence; output: token spans or text.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, STOP_WORDS, TIME_WORDS
from quotex.lexicon.grammar import AUXILIARIES, COPULA, MODALS, PREPOSITIONS, TITLE_SMALL_WORDS
from quotex.lexicon.places import PLACE_WORDS
from quotex.lexicon.titles import FORMS_OF_ADDRESS, GENERIC_BODIES, SINGLE_SPOKESPERSON_NOUNS
from quotex.mentions.appositions import (
    PERSON_NOUNS,
    apposition_title,
    role_at_body,
    role_phrase,
)
from quotex.mentions.bracket_names import acronym_bracket
from quotex.mentions.bracket_titles import bracketed_title
from quotex.mentions.framed_roles import framed_role_before
from quotex.mentions.participles import participle_after_person
from quotex.mentions.post_chains import post_before
from quotex.mentions.prefixes import (
    possessed_post,
    prefix_title,
    role_head_before,
    role_of_body,
)
from quotex.mentions.premodifiers import hyphen_position
from quotex.mentions.ranks import rank_only
from quotex.mentions.regions import DESCRIPTION_ARTICLES, one_word_region, region
from quotex.mentions.stated_ages import age_start
from quotex.mentions.styles import styled_start
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    is_name_word,
    is_role,
    participle_object,
    party_tag,
    plural_role,
    registered_spelling,
)
from quotex.sentences import Sentence
from quotex.tokens import Tokens


def title_before(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon, *, t_first: int
) -> str | None:
    """The role before a comma and a titled name's chain *first..last* whose own title starts
    at *t_first* ('The chair of the committee, Councillor Maureen Dacre,'): a second stated
    title, or None (also when it is that title: 'said one resident, Ana Roe')."""
    lead = age_start(tokens.words, first, sent.first)
    if lead - 2 < sent.first or tokens.words[lead - 1] != ",":
        return None  # (only _title_before_comma finds a title before the name: no comma, none)
    b_first, b_last = title_after_or_before(tokens, first, last, sent, lexicon)
    found = b_first >= 0 and b_last < min(first, t_first)
    return tokens.text[tokens.starts[b_first] : tokens.ends[b_last]] if found else None


#: The tokens after a name that open an apposition (:func:`apposition_title`: a comma, a
#: roundup's dash, an age in brackets) or a bracketed title (:func:`bracketed_title`): after any
#: other token neither finds a title, and neither is called.
_TITLE_AFTER_MARKS = frozenset([",", "(", "—", "–", "-"])
TITLE_AFTER_MARKS = (
    _TITLE_AFTER_MARKS  # (the callers' test: neither a mark after nor a comma before, no title)
)


#: Prepositions of place that open a sentence before a name: the name is where the sentence
#: happens, and the phrase after its comma is no title of it ('In Helsinki, the survey lead ...').
_FRONTED_PLACES = frozenset(["in", "at", "from", "across", "outside", "inside", "near"])


def title_after_or_before(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int]:
    """A title not written before the name: in apposition after it, or before it and a comma
    ("the campaign's manager, Jeff Weaver,"; 'A spokeswoman for the Ministry of Trade, Siri
    Nakstad,'); (-1, -1) when none."""
    words = tokens.words
    t_first, t_last = -1, -1
    if first - 1 == sent.first and tokens.lows[first - 1] in _FRONTED_PLACES:
        return t_first, t_last  # ('In Helsinki, the survey lead at X, NAME, said': a place, no post)
    if last < sent.last and words[last + 1] in _TITLE_AFTER_MARKS:  # (most names: no mark after them)
        t_first, t_last = apposition_title(tokens, last, sent.last, lexicon)
        if t_first < 0:
            t_first, t_last = bracketed_title(tokens, last, sent.last, lexicon)
        elif t_first == t_last:  # ('NAME, Chairman, House Committee on Works,')
            t_last = comma_body(tokens, t_last, sent.last, lexicon)
        else:  # ('NAME, Superintendent of Police (SP) of Raghavpur district,')
            t_last = past_acronym(tokens, t_last, sent.last, lexicon)
    if t_first >= 0 and words[last + 1] == ",":
        # ("The committee's chair, Ana Berg, the Labour MP for Leith,": both are stated titles;
        # the role written first, with its body, is the one printed, the apposition the second)
        b_first, b_last = _title_before_comma(tokens, first, last, sent, lexicon)
        return (
            (b_first, b_last) if _leading_role(tokens, b_first, b_last, sent, lexicon) else (t_first, t_last)
        )
    lead = age_start(words, first, sent.first)
    lead = styled_start(tokens.lows, lead, sent.first, lexicon)
    if t_first >= 0 or lead - 2 < sent.first or words[lead - 1] != ",":
        return t_first, t_last  # (most names: no comma before them, as _title_before_comma would find)
    return _title_before_comma(tokens, first, last, sent, lexicon)


def comma_body(tokens: Tokens, k: int, end: int, lexicon: Lexicon) -> int:
    """The last token of a body's name written after the capitalised role at token *k* and a comma,
    as West African and Indian copy writes a post ('NAME, Chairman, House Committee on Works,
    said': the committee's chairman), when a comma or the sentence's end closes the name and an
    organisation's noun is in it; else *k*."""
    words = tokens.words
    if (
        not (words[k][:1].isupper() and words[k].lower() in lexicon.role_words)
        or k + 2 > end
        or words[k + 1] != ","
    ):
        return k
    m = k + 2
    while (
        m <= end and m - k <= _COMMA_BODY_TOKENS and (words[m][:1].isupper() or words[m] in TITLE_SMALL_WORDS)
    ):
        m += 1
    closed = m > end or words[m] in (",", ".")
    named = any(w.lower() in lexicon.organization_nouns for w in words[k + 2 : m])
    return m - 1 if m > k + 2 and closed and named and words[m - 1][:1].isupper() else k


def past_acronym(tokens: Tokens, k: int, end: int, lexicon: Lexicon) -> int:
    """The last token of a title ending at token *k* that goes on past the short form of its role
    in brackets ('Superintendent of Police (SP) of Raghavpur district,'): a preposition, then words
    with no verb up to a comma or the sentence's end; else *k*."""
    words = tokens.words
    if k + 5 > end or words[k + 1] != "(" or not acronym_bracket(words, k + 3) or words[k + 4] not in _LINKS:
        return k
    m = k + 5
    while m <= end and words[m] not in (",", ".", ";") and m - k <= _COMMA_BODY_TOKENS:
        if not words[m].isalpha() or words[m].lower() in lexicon.verb_forms:
            return k
        m += 1
    return m - 1 if (m > end or words[m] in (",", ".", ";")) and m > k + 5 else k


#: Prepositions that go on with a title past its bracketed short form.
_LINKS = frozenset(["of", "for", "in", "at"])
#: The most tokens of a body's name after a comma-style post (:func:`comma_body`).
_COMMA_BODY_TOKENS = 9


def _leading_role(tokens: Tokens, t_first: int, t_last: int, sent: Sentence, lexicon: Lexicon) -> bool:
    """Is the title *t_first..t_last* before a name's comma a role with its body ("committee's
    chair", 'chair of the inquiry') or a definite one ('The presiding judge, NAME,'), that opens
    its clause: after at most a determiner, at the sentence's start, after a comma or a verb of
    saying ('said the inquiry's chair, NAME,'), never a preposition's object ('In a letter to
    the inquiry's chair, NAME, ...')?"""
    if t_first < 0:
        return False
    words, lows = tokens.words, tokens.lows
    title = words[t_first : t_last + 1]
    owned = any(w.endswith(("'s", "’s")) or w in ("'s", "’s") for w in title[:-1])
    linked = any(w in ("of", "for", "at", "with", "on") for w in title[1:-1])
    if not (owned or linked) and t_first > sent.first and lows[t_first - 1] != "the":
        return False
    j = t_first - 1
    if j >= sent.first and lows[j] in ("the", "a", "an", "its", "their", "his", "her"):
        j -= 1
    if words[j] == "," and _object_name_before(words, j, sent.first):
        return False  # ('In a letter to A Roe, the mayor, B Lund, the chief, wrote': A Roe's post)
    return j < sent.first or words[j] in (",", ";", ":") or lows[j] in lexicon.verb_forms


def _object_name_before(words: Sequence[str], comma: int, floor: int) -> bool:
    """Does a name of two or more words, no place's or time's, end just before the *comma* at
    token *comma*, a lower-case word before it (the object of a preposition or verb: 'In a
    letter to | Ana Berg |,', 'Speaking alongside | Ana Berg |,')? A role after that comma is in
    apposition to that name, not the opening of the next name's clause. A name that opens the
    sentence or follows a capitalised preposition counts too."""
    k = comma - 1
    while k >= floor and is_name_word(words[k]) and words[k].lower() not in PLACE_WORDS:
        k -= 1
    # (after a lower-case word or a capitalised preposition, or opening the sentence: 'Of | A,',
    # 'A, ROLE_A, B, ROLE_B, and C, ROLE_C, met')
    if comma - 1 - k < 2 or (k >= floor and not (words[k].islower() or words[k].lower() in PREPOSITIONS)):
        return False
    place = " ".join(words[k + 1 : comma]).lower() in PLACE_WORDS
    return not place and words[k + 1].lower() not in TIME_WORDS


def _title_before_comma(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int]:
    """The title written before a name's chain *first..last* and a comma ("the campaign's
    manager, Jeff Weaver,"); (-1, -1) when none."""
    words = tokens.words
    t_first, t_last = -1, -1
    lead = age_start(words, first, sent.first)  # ('The skipper, 58-year-old Terje Haug,')
    lead = styled_start(tokens.lows, lead, sent.first, lexicon)  # ('The rector, the Rev. NAME,')
    if lead - 2 < sent.first or words[lead - 1] != ",":
        return t_first, t_last
    if first == last and one_word_region(words, first, sent.first, lexicon):
        return -1, -1  # ('a Sanders supporter from Hemet, California,': a place's region, no name)
    if _names_the_body(words, first, last, lexicon):
        return -1, -1  # ('A spokeswoman for the airline, Jetwave, said': the airline's name)
    e = lead - 2 - 3 * acronym_bracket(words, lead - 2)  # ('The President of X (AUMT), NAME,')
    role = role_head_before(words, e, sent.first, lexicon)
    one_name = last + 1 > sent.last or words[last + 1] != "and"
    plural = role >= 0 and plural_role(words[role], lexicon)  # ('the 2nd Fenland Engineers': a unit's name)
    named_unit = plural and role > 0 and words[role][:1].isupper() and words[role - 1][:1].isupper()
    if plural and one_name and not named_unit:
        return -1, -1  # 'After a meeting with the dockers, Ines Marr said': one person is no docker
    if role == e and not named_unit:
        t_first, t_last = prefix_title(tokens, lead - 1, lexicon, floor=sent.first, loose=True)
    elif role < 0 and (k := hyphen_position(tokens, e, sent.first)) >= 0:
        t_first, t_last = k, e  # ("the club's full-back, NAME,": a player's position)
    if t_first < 0:
        t_first, t_last = role_of_body(tokens, e, lexicon, floor=sent.first)
    if t_first < 0 and role < 0 and last + 1 <= sent.last and words[last + 1] in (",", "."):
        t_first, t_last = possessed_post(words, e, sent.first, lexicon)
    if t_first < 0 and 0 <= role < e:  # 'the Secretary of State, Greta Holt,'
        lo, _ = prefix_title(tokens, role + 1, lexicon, floor=sent.first, loose=True)
        t_first, t_last = (lo if lo >= 0 else role), e
    if t_first < 0 and role < 0:
        t_first = framed_role_before(words, e, sent.first, lexicon)
        t_first, t_last = (t_first + 1, e) if t_first >= 0 else (-1, -1)
    if t_first < 0:  # (after an age too: 'said the coxswain, 74-year-old NAME.')
        t_first, t_last = fronted_description(tokens, lead, last, sent.first, lexicon)
    if t_first < 0 and (lo := post_before(words, first - 1, sent.first, sent.last, lexicon)) >= 0:
        t_first, t_last = lo, first - 2  # ('Retiring Archivist at Ardmore School, NAME,': a post)
    if t_first >= 0 and participle_object(words, t_first, sent.first):
        return -1, -1  # 'Shaking her head, Ines Marr said': the participle's object, no title
    if t_first >= 0 and _object_closes_phrase(words, t_first, last, sent):
        return -1, -1  # ('In a letter to the chair of X, NAME wrote': the comma closes the phrase)
    if t_first >= 0 and _apposed_to_name(words, t_first, sent.first, person=first < last):
        # ("NAME, parish priest of St Brendan's, Ronsay,": the body's place, no name; 'a letter to
        # Ana Berg, the manager of X, Tom Lund wrote': Berg's apposition, not Lund's title)
        return -1, -1
    if t_first >= 0 and _marked_term(words, t_first, t_last, lexicon):
        return -1, -1  # ("In what locals call the 'old guard', NAME said": a term in marks, no post)
    return t_first, t_last


#: Words that open a relative clause, where a fronted description's role ends.
_RELATIVE_WORDS = frozenset(["who", "whom", "whose", "that", "which"])
#: Auxiliaries, modals and forms of *be*: a description holding one before any relative
#: pronoun is a clause (a fronted content), no description.
_FINITE_WORDS = AUXILIARIES | MODALS | COPULA
#: Marks a fronted description never holds.
_DESCRIPTION_MARKS = frozenset([",", ";", ":", "(", ")", '"', "“", "”"])
#: The most tokens of a fronted description, its relative clause included.
_DESCRIPTION_REACH = 20


#: Prepositions whose object a role before a comma may be, closing a fronted phrase.
_OBJECT_PREPOSITIONS = frozenset("by to with from for of about against at on in under".split())


def _object_closes_phrase(words: Sequence[str], t_first: int, last: int, sent: Sentence) -> bool:
    """Is the role from token *t_first* (after a determiner) a preposition's object whose comma
    closes a fronted phrase, a verb following the name that ends at token *last* ('In a letter to
    the chair of X, NAME wrote', 'In a statement read by his solicitor, NAME said': NAME is the
    clause's subject, no holder of the role; not 'a letter by his solicitor, NAME, said')?"""
    j = t_first - 1
    if j >= sent.first and words[j].lower() in DESCRIPTION_ARTICLES | _POSSESSIVE_OPENERS:
        j -= 1
    if j < sent.first or words[j].lower() not in _OBJECT_PREPOSITIONS or last + 1 > sent.last:
        return False
    nxt = words[last + 1]
    return nxt.isalpha() and nxt.islower()


#: Possessive determiners that may open a role before a name ('his solicitor').
_POSSESSIVE_OPENERS = frozenset(["his", "her", "their", "its", "our", "my"])


def _apposed_to_name(words: Sequence[str], t_first: int, floor: int, *, person: bool = False) -> bool:
    """Does the role from token *t_first* (after a determiner) follow a name and its comma, so
    that it is that name's apposition and the one word after it the region of the role's body
    ('Ana Berg, head of St Mary's, Leith,')? Not after a day's name or a place that a preposition
    opens ('On Tuesday, the chair of X, NAME,', 'In Leith, the chair of X, NAME,'). With *person*
    (a full name follows the role), only for a role after an article, after a name of two words
    or more opening with a listed first name, after no article, place preposition or list's comma
    ('a letter to Ana Berg, the manager of X, Tom Lund wrote'; not 'in the Commons, the chief
    secretary, NAME', 'from Florida, NAME', 'notes for Nine Tides, the director, NAME')."""
    j = t_first - 1
    if j >= floor and words[j].lower() in DESCRIPTION_ARTICLES:
        j -= 1
    elif person:
        return False  # ('In addition to Mr. Regalado, two Republican members of Congress, A and B')
    if (
        j - 1 < floor
        or words[j] != ","
        or not is_name_word(words[j - 1])
        or words[j - 1].lower() in TIME_WORDS
    ):
        return False
    k = j - 1
    while (
        k > floor and is_name_word(words[k - 1]) and words[k - 1].lower() not in _FRONTED_PLACES and j - k < 4
    ):
        k -= 1
    opener = words[k - 1].lower() if k > floor else ""
    given = registered_spelling(words[k].lower()) in ANY_FIRST_NAMES  # ('Ana Berg'; not 'Nine Tides')
    if person and (k == j - 1 or not given or opener in _NOT_PERSON_OPENERS or opener == ","):
        return False  # (not in a list of role-name pairs: 'its chair, A, a retired engineer, B, and')
    return k == floor or words[k - 1].lower() not in _FRONTED_PLACES  # (not 'In Leith, the chair of X, NAME')


#: Words before a name that make it a body's or a place's, no person's ('the Commons', 'from Ohio').
_NOT_PERSON_OPENERS = frozenset("the a an from in of at near".split())


def _marked_term(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Do tokens *first..last* hold a quotation mark, other than a plural's possessive
    apostrophe ("the Fenwold Renters' Union")?"""
    return any(
        w in lexicon.quote_tokens and not (w in ("'", "’") and k > first and words[k - 1].endswith("s"))
        for k, w in enumerate(words[first : last + 1], first)
    )


def _names_the_body(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does the name *first..last* after a comma rename the body that a spokesperson's phrase
    ends with, rather than the spokesperson ('A spokeswoman for the airline, Jetwave,'; 'a
    spokesman for the developer, Keswick Homes,')? It does when it is one word that is no
    listed first name, or ends in a word of firms' names (*Homes*, *Logistics*): an apposition
    renames the nearest noun phrase it can (Quirk et al. 1985, §17.65), and a spokesperson's
    name is written whole. Not after other roles: 'A nurse at the hospital, Wayan,' is hers."""
    if first - 5 < 0 or not spokesperson_for_body(words, first - 2, lexicon.voice_nouns):
        return False
    if first == last:
        return registered_spelling(words[first].lower()) not in ANY_FIRST_NAMES
    return words[last].lower() in lexicon.company_words


def spokesperson_for_body(words: Sequence[str], k: int, voices: frozenset[str]) -> bool:
    """Does token *k* end 'a spokesperson for the BODY' (a noun of *voices*, *for*, *the* and a
    noun for a kind of body: *airline*, *operator*, *company*; not *group*, also a group of
    people)?"""
    low = words[k].lower()
    return (
        low in GENERIC_BODIES
        and low != "group"
        and words[k - 1].lower() == "the"
        and words[k - 2].lower() == "for"
        and words[k - 3].lower() in voices
    )


def fronted_description(
    tokens: Tokens, first: int, last: int, floor: int, lexicon: Lexicon
) -> tuple[int, int]:
    """The role in a description that opens its clause (at token *floor* or after it) and
    stands before a comma and a name's chain *first..last*, which a comma closes ('A tailor in
    Surulere, NAME, 47, said'; 'On Tuesday, a retired teacher who was walking her dog, NAME,
    said'): the role phrase as an apposition after the name would read it, less a relative
    clause; (-1, -1) when none (not a preposition's object, 'In a letter to the council,
    NAME,'; no role, 'A week later, NAME,')."""
    _, t_first, t_last = _description(tokens, first, last, floor, lexicon)
    return t_first, t_last


def description_article(tokens: Tokens, first: int, last: int, floor: int, lexicon: Lexicon) -> int:
    """The article that opens a :func:`fronted_description` of the name *first..last*, where a
    source's phrase starts ('"C," a tailor in Surulere, NAME, said'); -1 when none, or when a
    relative clause follows the role ('A nurse who works nights, NAME,': the name speaks)."""
    return _description(tokens, first, last, floor, lexicon)[0]


def described_name(tokens: Tokens, art: int, first: int, ceiling: int, lexicon: Lexicon) -> bool:
    """Does a description from token *art* (after a verb of speech) stand before a comma and a
    name that starts at token *first* and ends before a comma or the sentence's full stop ('said
    a porter at the station, NAME.', 'said the chair of the residents' group, NAME, a nurse')?"""
    words = tokens.words
    last = first
    while last + 1 <= ceiling and is_name_word(words[last + 1]):
        last += 1
    return art >= 1 and _description(tokens, first, last, art - 1, lexicon)[0] == art


#: The most tokens of lower-case premodifiers (and hyphens) before a place's name ('in south-east Cork').
_MODIFIER_REACH = 3


def object_opener(words: Sequence[str], k: int, ceiling: int) -> bool:
    """Can token *k* (not past *ceiling*) open the object of a preposition inside a noun
    phrase: a determiner, a name's word, or lower-case premodifiers before a name ('a nurse in |
    rural Cork', 'a guide from | south-east Donegal')?"""
    if k > ceiling:
        return False
    if words[k].lower() in DETERMINERS or is_name_word(words[k]):
        return True
    j = k
    while j <= ceiling and j - k < _MODIFIER_REACH and (words[j] == "-" or _modifier_word(words[j])):
        j += 1
    return k < j <= ceiling and is_name_word(words[j])


def _modifier_word(word: str) -> bool:
    """Is *word* a lower-case content word that may premodify a name ('rural', 'west')?"""
    return word.isalpha() and word.islower() and word not in STOP_WORDS


#: Lower-case words after a name that are no verb: a preposition or a coordinator ('A coalition of
#: groups including X, NAME and Y sent').
_NOT_VERBS = PREPOSITIONS | frozenset(["and", "or", "but", "nor"])


def _description(tokens: Tokens, first: int, last: int, floor: int, lexicon: Lexicon) -> tuple[int, int, int]:
    """The article (-1 before a relative clause), first and last token of a
    :func:`fronted_description`; -1s when none."""
    none = (-1, -1, -1)
    words, lows = tokens.words, tokens.lows
    comma = first - 1
    if comma - 2 < floor or words[comma] != "," or last + 1 >= len(words):
        return none
    # (or a verb follows the name when the description opens the sentence: 'A retired miner from
    # Ashby, NAME said'; checked at the article below)
    verb_after = words[last + 1].isalpha() and words[last + 1].islower() and words[last + 1] not in _NOT_VERBS
    if words[last + 1] not in (",", ".") and not verb_after:
        return none
    if region(words, first, last, lexicon):
        return none  # ('a retiree in Carthage, Ill.,', 'near Ennis, Co Clare,': a place's region)
    art = comma - 1
    while not _description_opener(words, art, floor, lexicon):
        if art <= floor or comma - art >= _DESCRIPTION_REACH or words[art] in _DESCRIPTION_MARKS:
            return none  # (the description holds no comma or mark: 'In a letter to the council,')
        art -= 1
    if verb_after and art != floor:
        return none  # ('On Tuesday, a retired miner, NAME said': unsure whose the phrase is)
    if words[last + 1] == "." and lexicon.verb_forms.get(lows[art - 1], ("", ""))[1] != "speech":
        return none  # (a name that ends the sentence: after an inverted cue only, 'said a porter, NAME.')
    rel = next((k for k in range(art + 1, comma) if lows[k] in _RELATIVE_WORDS), comma)
    # (a participle phrase after the role ends it: 'A driver resting under a tree, NAME,')
    end = (
        next((k for k in range(art + 2, rel) if participle_after_person(words, k, rel - 1, lexicon)), rel) - 1
    )
    if end <= art or any(_finite(words, k) for k in range(art + 1, end + 1)):
        return none  # ('The school would merge next year, NAME, the chief, said': a reported clause)
    t_first, t_last = role_phrase(tokens, art, end, lexicon)
    if t_first == t_last >= 0 and lows[t_first] in PERSON_NOUNS:
        return none  # ('A woman, NAME, said': a person, no role)
    # (a possessor opens the description and its title: "Manitoba's minister for X, NAME,")
    owned = lows[art] not in DESCRIPTION_ARTICLES
    found = (t_first > art or (owned and t_first == art)) and t_last <= end
    # (the article -1 when a relative clause follows the role: the source is the name alone)
    return (art if rel == comma else -1, t_first, t_last) if found else none


def _description_opener(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Does token *k* open a fronted description at the start of its clause: an article ('A
    tailor in Leeds, NAME,'), or a capitalised possessor and its *'s* ("Manitoba's minister
    responsible for housing, NAME,"; a possessor after an article is inside the phrase)?"""
    low = words[k].lower()
    owner = k + 1 < len(words) and words[k + 1] in _POSSESSIVE and is_name_word(words[k])
    return (low in DESCRIPTION_ARTICLES or owner) and _opens_clause(words, k, floor, lexicon)


#: The possessive clitic, a token of its own ("the union | 's | secretary").
_POSSESSIVE = frozenset(["'s", "’s"])


def _finite(words: Sequence[str], k: int) -> bool:
    """Is token *k* of a description an auxiliary, a modal or a form of *be* (a clause, no
    description), not a possessive *'s* after a noun ("the union's secretary")?"""
    low = words[k].lower()
    if low in _POSSESSIVE and words[k - 1][:1].isalnum():
        return False
    return low in _FINITE_WORDS


def _opens_clause(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Does token *k* open its clause: the first token (*floor*), after a comma, a colon or a
    semicolon that ends a fronted phrase, a closing quotation mark or a verb of speech ('said a
    tailor, NAME,')? Not after a comma that closes a name other than a date's, or an age: the
    description is that name's apposition ('In Tallin, a port city, NAME', 'NAME, a
    chiropractor in Boise, Idaho,', 'NAME, 67, a retiree in Carthage, Ill.,')."""
    if k == floor:
        return True
    before = words[k - 1]
    if before == "," and k - 2 >= floor and is_name_word(words[k - 2]):
        return words[k - 2].lower() in TIME_WORDS  # ('On Tuesday, a nurse at the clinic, NAME,')
    if before == "," and k - 3 >= floor and words[k - 2].isdigit() and words[k - 3] == ",":
        return False  # ('NAME, 67, a retiree in Carthage, ...': the aged name's apposition)
    return before in (",", ";", ":", '"', "”", "’") or before.lower() in lexicon.verb_forms


def address_after_role(tokens: Tokens, title_first: int, title: str, also: str | None) -> bool:
    """Is a name's own *title* (from token *title_first*) a bare form of address or rank
    (:data:`~quotex.lexicon.titles.FORMS_OF_ADDRESS`) written right after its second title
    *also* and a comma ('The opposition Labour group leader, Councillor NAME')? Then the role
    written first is printed, as for 'The chair of X, Councillor NAME'."""
    end = title_first - 2
    if also is None or end < 1 or tokens.words[end + 1] != ",":
        return False
    start = tokens.ends[end] - len(also)
    if start < 0 or tokens.text[start : tokens.ends[end]] != also:
        return False  # (written elsewhere: an apposition after the name)
    return all(w.lower().rstrip(".") in FORMS_OF_ADDRESS for w in title.split())


def second_title(tokens: Tokens, last: int, end: int, lexicon: Lexicon) -> str | None:
    """The apposition's title after a name ending at token *last* whose title stands before it
    ('Professor Lena Marsh, an epidemiologist at Halden University,'), or None: both are
    stated titles (the entity keeps both; quotex.speakers.printed_titles.printed_title chooses)."""
    words = tokens.words
    if _party_bracket(words, last + 1, end):
        last += 3  # ('Cllr Ana Berg (FG), the council's cathaoirleach,': the party's letters first)
    k = last + 2
    if k > end or words[k - 1] != ",":
        return None
    if k + 4 <= end and words[k + 3] == "," and party_tag(words, k, k + 2, k - 1):
        k += 4  # ('Rep. Ana Berg, D-Ohio, the bill's chief sponsor,': the party tag set off first)
    article = words[k] in ("a", "an", "the")  # ('Governor Kasich, Governor Christie,': a list)
    a_first, a_last = apposition_title(tokens, last, end, lexicon)
    framed = a_first == k + article and (
        role_at_body(words, a_first, end, lexicon) >= 0
        or (  # ('Cllr Ana Berg, leader of the opposition group,': a role and its 'of';
            # 'cabinet member for housing', 'Chief NAME, Director-General of X,': with one
            # modifier or a hyphened part before it)
            not article
            and any(
                a_first + h + 1 <= end
                and is_role(words[a_first + h], lexicon)
                and words[a_first + h + 1] in ("of", "for")
                for h in (0, 1, 2)
            )
        )
    )
    if not article and a_first == a_last == k and (body_end := comma_body(tokens, k, end, lexicon)) > k:
        a_last, framed = body_end, True  # ('Chief NAME, Chairman, Senate Committee on Aviation,')
    if a_first < 0 or not (framed or (article and a_first == k + 1)):
        return None  # (only an article's phrase or a role with its body: not ', and daughter X')
    return tokens.text[tokens.starts[a_first] : tokens.ends[a_last]]


def _party_bracket(words: Sequence[str], k: int, end: int) -> bool:
    """Do tokens *k..k+2* bracket a party's letters before a comma ('(FG),', '(SNP),')?"""
    return (
        k + 3 <= end
        and words[k] == "("
        and words[k + 2] == ")"
        and words[k + 3] == ","
        and 2 <= len(words[k + 1]) <= 4
        and words[k + 1].isupper()
    )


def spokesman_before_rank(words: Sequence[str], t_first: int, t_last: int, also: str | None) -> bool:
    """Is the title *t_first..t_last* a bare rank ('Maj.') and *also*, the post written around
    the name, a spokesperson's ('A military spokesman, Maj. NAME,', 'Lt. NAME, its chief
    spokesman,')? Then the post is the title and the rank the second one."""
    return (
        also is not None
        and t_first >= 0
        and any(w in SINGLE_SPOKESPERSON_NOUNS for w in also.lower().split())
        and rank_only(words, t_first, t_last)
    )
