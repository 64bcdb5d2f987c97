"""Where a source noun phrase may end and open: the head tests of ``noun_phrases.np_left``.

Input: a sentence's words and a token index (the phrase's last word, or its first). Output:
whether a bare plural there opens a clause as its subject (after a subordinator, or after a
comma and *and*), where an age phrase (*the 61-year-old*) opens, and whether a lower-case noun
ends a prepositional phrase on a bare plural that opens the clause (*"C," growers in the valley
say*); and, for ``noun_phrases.np_right``, whether *one* stands for a noun (*the younger one*)
a lower-case plural heads a closed phrase before its place, and an unlisted role noun stands before
a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import after_time_phrase
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DETERMINERS, NUMBER_WORDS, STOP_WORDS
from quotex.lexicon.grammar import (
    ADJUNCT_SUBORDINATORS,
    AUXILIARIES,
    CLAUSE_LINKS,
    CLAUSE_SUBORDINATORS,
    IRREGULAR_PARTICIPLES,
    ISSUED_NOUNS,
    PLACE_PREPOSITIONS,
)
from quotex.lexicon.titles import HYPHENATED_POSITIONS, POSTING_ROLES
from quotex.mentions import is_name_word
from quotex.mentions.chains import nickname_end
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.role_modifiers import GENITIVE_CLASSIFIERS
from quotex.tokens import Tokens

#: Words after which a bare plural opens a clause as its subject: 'as forecasters warned',
#: 'because residents complained' (see :data:`~quotex.lexicon.grammar.CLAUSE_SUBORDINATORS`).
OPENS_SUBJECT = CLAUSE_SUBORDINATORS | ADJUNCT_SUBORDINATORS


def coordinated_clause(words: Sequence[str], head: int, floor: int, lexicon: Lexicon) -> bool:
    """Does a comma and *and* or *but* before token *head* open a second clause, so a bare
    plural there is its subject ('The road is closed, and surveyors say ...')? Not the last
    member of a list of plurals ('Nurses, doctors, and surveyors say')."""
    if not (head - 3 >= floor and words[head - 1].lower() in ("and", "but") and words[head - 2] == ","):
        return False
    before = words[head - 3]
    return not (
        before.isalpha() and before.islower() and before.endswith("s") and before not in lexicon.verb_forms
    )


def opens_clause(words: Sequence[str], k: int, floor: int) -> bool:
    """Token *k* opens a clause: it is first, or follows punctuation (a closing quotation
    mark) or a conjunction ('while others said')."""
    return k == floor or not words[k - 1][:1].isalnum() or words[k - 1].lower() in CLAUSE_LINKS


#: One-word adverbs of time that may stand before a clause's subject with no comma ('Now the
#: 58-year-old says'); phrases of dates are read by ``context.after_time_phrase``.
_FRONTED_TIME_ADVERBS = frozenset("now then later earlier".split())


def age_phrase_first(words: Sequence[str], head: int, floor: int) -> int:
    """The first token of 'the 61-year-old' ending at *head* ('old'), with its determiner,
    when the phrase opens a clause, alone or after an adverb or phrase of time that does ('Now
    the 58-year-old says', 'On Friday the ...'); else -1."""
    k = head - 4
    if k < floor or not (words[head - 3] == "-" == words[head - 1] and words[head - 2] in ("year", "years")):
        return -1  # ('61-year-old', '8-years-old')
    if not (words[k].isdigit() or words[k].lower() in NUMBER_WORDS):
        return -1
    if k - 1 >= floor and words[k - 1].lower() in ("the", "a", "an"):
        k -= 1
    if opens_clause(words, k, floor):
        return k
    j = k - 1
    if j >= floor and words[j].lower() in _FRONTED_TIME_ADVERBS and opens_clause(words, j, floor):
        return k
    for j in range(k - 1, max(floor, k - 6) - 1, -1):  # ('On Friday the ...', 'Last week the ...')
        if opens_clause(words, j, floor) and after_time_phrase(words, j, k) == k:
            return k
    return -1


#: Prepositions of place after which a phrase may close a bare plural subject ('growers in the
#: valley', 'beekeepers on the island'): *in*, *at*, *from* and ``grammar.PLACE_PREPOSITIONS``.
PLURAL_PLACE_PREPOSITIONS = frozenset(["in", "at", "from"]) | PLACE_PREPOSITIONS


def plural_before_place(words: Sequence[str], head: int, floor: int, lexicon: Lexicon) -> int:
    """The preposition (a word of :data:`PLURAL_PLACE_PREPOSITIONS`, up to three words before
    token *head*) of a phrase of place that the lower-case noun at *head* closes after a bare
    plural opening the clause ('"C," growers in the valley say', 'vintners in three counties'),
    or -1. The plural heads the subject whatever its noun, as a bare plural alone does ('"C,"
    growers say'). The words between are no verb forms, *-ing* or *-ed* words ('fees from
    advising clients'), and the plural follows a clause's start, never a possessive ('the
    court's liberals in ...')."""
    k = head - 1
    while k > floor and head - k <= 3 and words[k].isalnum() and words[k].islower():
        low = words[k]
        if low in PLURAL_PLACE_PREPOSITIONS:
            plural = words[k - 1]
            before = words[k - 2] if k - 2 >= floor else ""
            found = (
                plural.isalpha()
                and plural.islower()
                and plural.endswith("s")
                and not plural.endswith("ss")
                and plural not in lexicon.verb_forms
                and plural not in STOP_WORDS  # ('is in new thinking')
                and plural not in DETERMINERS
                and plural not in AUXILIARIES
                and (
                    k - 1 == floor
                    or before in _CLAUSE_OPENING_MARKS
                    or before in lexicon.quote_tokens
                    or before in CLAUSE_LINKS
                )
            )
            return k if found else -1
        if low in lexicon.verb_forms or low.endswith(("ing", "ed")):
            return -1
        k -= 1
    return -1


#: Punctuation after which a bare plural opens a clause ('..., growers in the valley say').
_CLAUSE_OPENING_MARKS = frozenset([",", ";", ":", "—", "–", "--", "("])


def age_compound(words: Sequence[str], k: int) -> bool:
    """Is the hyphen at token *k* the first of an age's compound ('61 - year - old')?"""
    return words[k - 1].isdigit() and tuple(words[k + 1 : k + 4]) == ("year", "-", "old")


def prop_one(words: Sequence[str], j: int, ceiling: int) -> bool:
    """Does *one* at token *j* stand for a noun after an adjective, ending the phrase ('the
    younger one.', 'the tall one,'; not 'the first one hundred')?"""
    prev = words[j - 1]
    return (
        prev.isalpha()
        and prev.islower()
        and prev not in DETERMINERS
        and prev not in NUMBER_WORDS
        and (j + 1 > ceiling or not words[j + 1][:1].isalnum())
    )


def lower_plural(word: str) -> bool:
    """A lower-case plural: a closed source phrase's head before its place ('According to
    residents | near X,'; not a name's 'Ada Quist outside X')."""
    return word.islower() and word.endswith("s") and not word.endswith("ss")


def role_or_body_noun(words: Sequence[str], j: int, ceiling: int, lexicon: Lexicon) -> bool:
    """Can lower-case token *j* go on a phrase after a name: a listed role or organisation noun
    ('Kestrel Ferries spokeswoman', 'full-back'), or a role outside the list right before a name ('Senior
    cartographer Ana Berg', 'Tower keeper Roi Ja Nhkum', 'rate-setter Ana Berg': of the open list, or
    with an agent's ending, :func:`agent_noun`)?"""
    low = words[j]
    if low in lexicon.role_words or low in lexicon.organization_nouns:
        return True
    if j + 2 <= ceiling and words[j + 1] == "-" and f"{low}-{words[j + 2]}" in HYPHENATED_POSITIONS:
        return True  # ('Kelbrook Falcons full-back Ana Berg': a hyphenated role the tokens split)
    if j + 3 <= ceiling and words[j + 1] == "-" and words[j + 2].islower():
        j, low = j + 2, words[j + 2]  # ('London-based rate-setter Ana Berg': the compound's head)
    return (
        j + 1 <= ceiling
        and is_name_word(words[j + 1])
        and (low in lexicon.open_role_nouns or agent_noun(low, lexicon))
    )


#: Nouns of a broadcast or a publication that head a phrase after its owner's name ('Wessex
#: Radio's Daybreak programme', 'the Albion Post's politics podcast'): the owner's name and the
#: programme's are one medium, the addressee of *told* (our list).
PROGRAMME_NOUNS = frozenset("programme program show podcast bulletin broadcast channel station".split())


def programme_noun(words: Sequence[str], j: int, first: int) -> bool:
    """Is lower-case token *j* a programme's noun after a name that a possessive opened within
    the phrase from *first* ('told Wessex Radio's Daybreak programme:', "Tidemark FM's Breakfast
    show that"; not the verb of 'Figures from the Harbour Trust show')?"""
    if words[j] not in PROGRAMME_NOUNS:
        return False
    k = j - 1
    while k > first and is_name_word(words[k]):
        k -= 1
    return k < j - 1 and words[k] in ("'s", "’s")


def numbered_name(words: Sequence[str], j: int, ceiling: int) -> bool:
    """Is token *j*, right after a name, the number of a channel or branch that belongs to it:
    a digit before a name or the end of the phrase ('told ABC 7 that ...', 'Channel 9 News'), or
    a capitalised number word ('Channel Nine's Sunday Briefing', 'Radio Four')?"""
    w = words[j]
    after = words[j + 1] if j + 1 <= ceiling else ""
    if w[:1].isupper() and w.lower() in NUMBER_WORDS:
        return True
    return w.isdigit() and (not after or after.lower() in ("that", ",", ".", ":") or is_name_word(after))


def nickname_inside(words: Sequence[str], j: int, ceiling: int) -> int:
    """The token after a quoted nickname that opens at token *j* inside a name and is followed
    by the name's next word ("said Aoife 'the Professor' Kinsella"), or -1."""
    end = nickname_end(words, j, ceiling)  # (also a nickname stage 2 made one token: '"Tank"')
    return end + 1 if 0 < end < ceiling and is_name_word(words[end + 1]) else -1


def name_goes_on(words: Sequence[str], j: int, ceiling: int) -> int:
    """The token after a quoted nickname inside a name (:func:`nickname_inside`) or after a
    descriptive genitive (:data:`~quotex.mentions.role_modifiers.GENITIVE_CLASSIFIERS`:
    "Caldoran | women's | rugby head coach NAME") that opens at token *j* after a name, where
    the name's phrase goes on; or -1."""
    if j + 1 <= ceiling and words[j].lower() in GENITIVE_CLASSIFIERS and words[j + 1] in ("'s", "’s"):
        return j + 2
    return nickname_inside(words, j, ceiling)


#: An anonymous source's adjective or participle and the prepositions that link it to what the
#: source knows ('people familiar with the talks', 'a source close to the campaign', 'three
#: people briefed on the talks'; not 'a source involved in the talks', a participle phrase the
#: golden cases keep out).
SOURCE_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "familiar": ("with", "to"),
    "close": ("with", "to"),
    "briefed": ("on", "about"),
    "knowledgeable": ("about", "of"),
}


def source_adjective(lows: Sequence[str], j: int) -> bool:
    """Is token *j* an anonymous source's adjective or participle with its preposition right
    after it ('familiar with', 'close to', 'briefed on': :data:`SOURCE_ADJECTIVES`)?"""
    return j + 1 < len(lows) and lows[j + 1] in SOURCE_ADJECTIVES.get(lows[j], ())


def posting_link(words: Sequence[str], j: int, ceiling: int) -> int:
    """The token after *to* (and *the*) at token *j* when it links a posting's role noun before it
    to the capitalised country or body after it ('said Special Envoy to | Sudan Ada Quist', 'said
    Ambassador to the | United Nations Ada Quist': :data:`POSTING_ROLES`); else -1."""
    if words[j] != "to" or j < 1 or words[j - 1].lower() not in POSTING_ROLES:
        return -1
    k = j + 1 + (j + 1 <= ceiling and words[j + 1] == "the")
    return k if k <= ceiling and is_name_word(words[k]) else -1


def titled_name_follows(words: Sequence[str], j: int, last: int, lexicon: Lexicon) -> bool:
    """Do a role noun (listed, or an agent noun the lexicon lacks) and a capitalised name word
    follow token *j* ('said state | epidemiologist Firuza Nazarova', 'State | epidemiologist
    NAME, 48, said')? Then a cue's spelling at *j* modifies the role; it is no verb."""
    if j + 2 > last or not is_name_word(words[j + 2]):
        return False
    role = words[j + 1]
    return role.isalpha() and role.islower() and (role in lexicon.role_words or agent_noun(role, lexicon))


def from_the(
    words: Sequence[str], lows: Sequence[str], span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """*span* from its *the* when a name runs into it with no comma (a fronted adverbial's place
    whose comma the text left out: 'After a rally in San Jose, California the candidate said'); a
    name's epithet, *the* and one capitalised word ending it, stays ('Alfred the Great')."""
    if span is None:
        return None
    a, b = span
    k = next((k for k in range(a + 1, b - 1) if lows[k] == "the" and is_name_word(words[k - 1])), -1)
    return (k, b) if k > 0 else span


#: Prepositions that name a noun's maker or owner: 'a draft plan | from the ministry'.
_OWNER_PREPS = frozenset(("from", "by", "of"))


def cue_noun_head(tokens: Tokens, j: int, first: int, ceiling: int, det_led: bool) -> bool:
    """Is lower-case token *j*, a cue verb's form after a phrase's head from *first* (opened by a
    determiner or a number when *det_led*), the phrase's noun: before its end or a mark ('a port
    authority report.'), an issued document after a determiner ('the council report that'), or
    a bare form after an article and one modifier before *from*, *by* or *of* ('a draft plan
    from the ministry'; 'the new members plan to' is no phrase)? Not an *-ed* or *-ing* form."""
    words, lows = tokens.words, tokens.lows
    low = lows[j]
    if low.endswith(("ed", "ing")):
        return False
    if j + 1 > ceiling or not words[j + 1][:1].isalnum() or (det_led and low in ISSUED_NOUNS):
        return True
    return (
        det_led
        and j == first + 2
        and not low.endswith("s")
        and low not in IRREGULAR_PARTICIPLES
        and lows[j + 1] in _OWNER_PREPS
    )
