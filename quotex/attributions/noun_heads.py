"""A cue word that heads a noun phrase: 'their phone call', 'the vain hope', 'his stern warning'.

Many verbs of saying are nouns too (*call*, *plan*, *hope*, *promise*, *warning*). After a
determiner and words that cannot be a subject of the form, the word is the phrase's head noun,
not a verb, and reports nothing; its 'subject' (*their phone*, *the vain*) would be a wrong
speaker. Two facts of English syntax decide it (Quirk et al. 1985, §3.6 and §5.3):

* agreement: a plain present form (*call*, *plan*) takes no singular noun subject, so after a
  determiner and a singular common noun it is a compound's head (*her housing plan*);
* a determiner and an adjective alone make no subject: *the vain hope*, *his stern warning*,
  *the biggest guessing game* (a superlative, an adjective suffix, or a few common adjectives).

A bare infinitive after a verb of perception or causation or a mandative *that* ('heard the
mayor say', 'let the clerk speak') is a verb with its subject: those frames are left alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import AUXILIARIES, IRREGULAR_PAST, MODALS
from quotex.mentions import is_name_word
from quotex.mentions.words import is_role, plural_form, plural_role

#: Words that open a singular noun phrase (a possessive *'s* ends one and opens the next).
_SINGULAR_OPENERS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "'s", "’s"]
)

#: Words before the noun phrase that make its verb a bare infinitive or a subjunctive.
_BARE_INFINITIVE_FRAMES = frozenset(
    """let lets letting make makes made making have has had having help helps helped hear hears
    heard see sees saw seen watch watches watched notice noticed that to would will""".split()
)

#: Singular-looking nouns that take a plural verb, and quantity words.
_PLURAL_SENSE = frozenset(
    """police people public staff media crowd team pair couple family government council
    committee board jury two three four five both few many all some most others majority
    minority rest half third quarter men women children""".split()
)

#: Prepositions that open a noun's postmodifier: 'supporters of the law hope', 'majorities across
#: the spectrum favor' (the phrase after them is no subject; the head noun before them is).
_POSTMODIFYING = frozenset(
    """of in on off at for with from about across among within near by over under around
    behind outside along beside beyond inside""".split()  # ('growers along the coast say')
)

#: Common adjectives of manner and degree that stand before a noun of speech.
_ADJECTIVES = frozenset(
    """vain stern sharp harsh firm stark blunt bold clear loud weak strong poor big great chief
    main final latest recent brief frank fresh dire grim stiff mild""".split()
)

#: Plain forms that are also past forms, so agree with any subject ('the editorial read').
_PAST_AS_PLAIN = frozenset("read put set cut hit let quit bet cast spread shut broadcast forecast".split())

#: Suffixes only adjectives carry (not *-al*, *-ic*, *-ent*: *official*, *critic*, *resident*).
_ADJECTIVE_ENDINGS = ("est", "ful", "ous", "less", "able", "ible")

#: How many words may stand between the opener and the cue word ('his now-familiar campaign').
MAX_MODIFIERS = 3


def _adjective(word: str) -> bool:
    return word in _ADJECTIVES or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS))


def _plain_word(word: str, verbs: Mapping[str, tuple[str, str]]) -> bool:
    """A lower-case content word that is no function word, auxiliary, verb of the lexicon or
    participle in *-ed* ('the senators surveyed support')."""
    return (
        word.islower()
        and word.replace("-", "").isalpha()
        and word not in STOP_WORDS
        and word not in PRONOUNS
        and word not in AUXILIARIES
        and word not in MODALS
        and word not in verbs
        and not word.endswith("ed")
    )


def _singular_noun(word: str, verbs: Mapping[str, tuple[str, str]]) -> bool:
    return (
        _plain_word(word, verbs)
        and word not in _PLURAL_SENSE
        and not word.endswith(("s", "ly"))
        and not _adjective(word)
    )


def noun_head(
    words: Sequence[str], lows: Sequence[str], i: int, first: int, *, last: int, lexicon: Lexicon
) -> bool:
    """Is the cue word at *i* the head of a noun phrase opened by a determiner within
    ``MAX_MODIFIERS`` lower-case words before it: a plain present form after a singular noun
    ('their phone call'), or a plain or *-ing* form after an adjective ('the vain hope',
    'his stern warning'), a role noun closing an apposition or before a name and its verb
    (:func:`_apposed_role`, :func:`_title_before_name`), or a plural before a past verb of speech
    (:func:`_subject_of_next_cue`)?"""
    low = lows[i]
    verbs = lexicon.verb_forms
    form = verbs.get(low)
    if form is None or i - 2 < first:
        return False
    if (
        _apposed_role(lows, i, first, last, lexicon)
        or _title_before_name(words, i, last, lexicon)
        or _subject_of_next_cue(lows, i, first, last, lexicon)
    ):
        return True
    prev = words[i - 1]
    if not _plain_word(prev, verbs):
        return False
    plain = low == form[0].split()[0] and low not in IRREGULAR_PAST and low not in _PAST_AS_PLAIN
    ing = low.endswith("ing")
    if not (plain and _singular_noun(prev, verbs)) and not ((plain or ing) and _adjective(prev)):
        return False
    for k in range(i - 2, max(first, i - 2 - MAX_MODIFIERS) - 1, -1):
        w = words[k]
        if w.lower() in _SINGULAR_OPENERS:
            before = lows[k - 1] if k - 1 >= first else ""
            return before not in _BARE_INFINITIVE_FRAMES and before not in _POSTMODIFYING
        if not (_plain_word(w, verbs) or w in ("most", "more", "very")):
            return False
    return False


#: The most words of an apposition before the role noun that closes it ('the world indoor high jump').
_APPOSITION_WORDS = 6


def _apposed_role(lows: Sequence[str], i: int, first: int, last: int, lexicon: Lexicon) -> bool:
    """Is the role noun at token *i*, a verb's form too ('champion', 'counsel'), the head of an
    apposition set off by commas and opened by an article ('NAME, the Olympic 400 metres
    champion, said')? An article after a comma opens a noun phrase; the comma after it closes one."""
    if lows[i] not in lexicon.role_words or i + 1 > last or lows[i + 1] != ",":
        return False
    for k in range(i - 1, max(first, i - _APPOSITION_WORDS) - 1, -1):
        if lows[k] in ("the", "a", "an"):
            return k - 1 >= first and lows[k - 1] == ","
        if lows[k] in (",", ".", ";", ":") or lows[k] in STOP_WORDS:
            return False
    return False


def _title_before_name(words: Sequence[str], i: int, last: int, lexicon: Lexicon) -> bool:
    """Is the role noun at token *i*, a verb's form too, a title before a full name whose own
    verb follows ('Olympic 400 metres champion Ana Berg arrived')? A name of two words and then
    a lower-case verb in *-ed* or of the lexicon."""
    if words[i] not in lexicon.role_words or i + 3 > last:
        return False
    name = is_name_word(words[i + 1]) and is_name_word(words[i + 2])
    verb = words[i + 3].islower() and (words[i + 3].endswith("ed") or words[i + 3] in lexicon.verb_forms)
    return name and verb


def _subject_of_next_cue(lows: Sequence[str], i: int, first: int, last: int, lexicon: Lexicon) -> bool:
    """Is the cue word at token *i* a plural noun that an article opens within three lower-case
    words and a past verb of speech follows, closing a credit or before *that* or a mark ('"C,"
    the written reasons said.', 'The reasons stated: "C"': two verbs in a row cannot both be
    the clause's)?"""
    if not plural_form(lows[i]):
        return False  # (a plural noun's form only: 'An aide said | comments from X were': two verbs)
    nxt = lexicon.verb_forms.get(lows[i + 1]) if i + 1 <= last else None
    if nxt is None or nxt[1] != "speech" or lows[i + 1] == nxt[0] or plural_form(lows[i + 1]):
        return False  # (a past form only: 'The filing says | talks with X are': a noun after a verb)
    if i + 2 <= last and lows[i + 2].isalpha() and lows[i + 2] != "that":
        return False  # (the verb closes a credit or opens its content: ', the reasons said.', 'said:')
    stops = range(i - 1, max(first, i - 4) - 1, -1)  # (the article, or what else ends the walk)
    k = next((k for k in stops if not lows[k].isalpha() or lows[k] in _PLURAL_OPENERS), -1)
    return k >= 0 and lows[k] in _PLURAL_OPENERS


#: Words that open a plural noun phrase before a verb of speech ('the written reasons said').
_PLURAL_OPENERS = frozenset(["the", "a", "an", "its", "their"])


def modifies_role(words: Sequence[str], i: int, last: int, lexicon: Lexicon) -> bool:
    """Does the *-ing* form at token *i* modify the singular role noun in lower case right after
    it, or after a body's noun ('planning chair', 'training officer', 'planning committee
    chair'), a compound's first part, no verb? (A plural is its object: 'warning farmers that
    ...', 'warning council officials'.)"""
    k = i + 2 if i + 2 <= last and words[i + 1].lower() in lexicon.organization_nouns else i + 1
    nxt = words[k] if k <= last else ""
    return nxt.isalpha() and nxt.islower() and is_role(nxt, lexicon) and not plural_role(nxt, lexicon)
