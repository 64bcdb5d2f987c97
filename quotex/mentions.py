"""Stage 4, mentions: tokens + sentences -> tuple[Mention, ...].

Input: the token table, the sentences and a lexicon. Output: every
proper-name mention of the article in text order, each with the title
written at that mention (if any), a kind guess and a gender hint.

Rules, each on tokens only (named-entity labels are used where the ``Doc``
has them):

* ``name_chain``: a run of capitalised words (with particles like *de*,
  *bin* and suffixes like *Jr.*), minus a sentence-initial function word.
* ``title_prefix``: role words at the head of the run or just before it are
  the title, not the name: *Chinese President* | *Xi Jinping*;
  *Trump's special envoy* | *Keith Kellogg*; *Secretary of State* | *John Kerry*.
* ``title_apposition``: ``Name, (a|an|the) ... role-noun ... ,`` gives a
  title: *Yun Sun, a China politics analyst at the Stimson Center*; after
  *a*/*an* any noun does (*Pietro Zanon, a glassblower from Murano*).
* ``unlisted_role``: a capitalised word with a role-noun ending before a first
  name (or outside a PERSON entity that starts after it) is a title:
  *Hydrologist* | *Theo Vandermeer*.
* ``title_before_comma``: ``the ... ROLE, Name`` and ``ROLE for BODY, Name``
  keep the whole phrase: *the company's chief financial officer*, *Tove
  Lindahl*; *a spokeswoman for the Ministry of Trade and Industry*, *Siri
  Nakstad*.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

import regex
from attrs import frozen

from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import (
    DATE_LEADS,
    DETERMINERS,
    FEMALE_WORDS,
    INDEFINITE_PRONOUNS,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    OFFICE_WORDS,
    PARTS_OF_DAY,
    STOP_WORDS,
    TIME_NAMES,
    TIME_WORDS,
    TITLE_MODIFIERS,
    WEEKDAYS,
)
from quotex.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from quotex.lexicon.grammar import (
    AUXILIARIES,
    CONJUNCTIVE_ADVERBS,
    FRONTING_PREPOSITIONS,
    IRREGULAR_PAST,
    MODALS,
    PREPOSITIONS,
)
from quotex.lexicon.titles import INITIALISM_ROLE_NOUNS
from quotex.sentences import Sentence, word_hyphen
from quotex.tokens import Tokens

__all__ = [
    "Mention",
    "apposition_title",
    "find_mentions",
    "is_body_word",
    "is_name_word",
    "joins_body_name",
    "prefix_title",
    "registered_spelling",
    "role_head_before",
]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})


@frozen
class Mention:
    """A proper-name mention: tokens ``first..last`` (inclusive) are the name.

    ``title`` is the role written at this mention, ``title_first``/``title_last``
    its tokens (-1 when none). ``kind`` is "person", "organization" or
    "other"; ``gender`` is "m", "f" or None.
    """

    first: int
    last: int
    start: int
    end: int
    name: str
    title: str | None = None
    kind: str = "person"
    gender: str | None = None
    title_first: int = -1
    title_last: int = -1


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: ``Xi``, ``O'Neill``, ``U.S.``."""
    c = word[:1]
    return c.isupper() and (word[1:2].isalpha() or word[1:2] in ".'’-" or len(word) == 1)


def _is_role(word: str, lexicon: Lexicon) -> bool:
    if not word[:1].isalpha():
        return False
    low = word.lower().rstrip(".")
    if low not in lexicon.role_words and low not in lexicon.title_abbreviations:
        return False  # (most words: the cheap test first)
    # 'Lena Ruud coos': a verb ('COOs' is the role's plural)
    return not (low[-1:] == "s" and low[:-1] in INITIALISM_ROLE_NOUNS and word.islower())


def _after_particles(words: Sequence[str], k: int, last: int) -> int:
    """The name word after a run of up to three name particles from token *k* on ('de la
    Vega', 'van der Berg', 'von der Leyen'), or -1 when no name word ends the run."""
    j = k
    while j <= last and j - k < 3 and words[j].lower() in NAME_PARTICLES:
        j += 1
    if j <= last and j > k and is_name_word(words[j]) and words[j].lower() not in _ALWAYS_FUNCTION:
        return j
    return -1


def _particles_before(words: Sequence[str], i: int, floor: int) -> int:
    """The first token of a name whose first capitalised word is token *i*: the lower-case
    particles before it when they open the phrase, after a mark or at *floor* ('"C," de la
    Vega said'); else *i*. (After a name word they are already inside its chain.)"""
    k = i
    while k - 1 >= floor and i - k < 3 and words[k - 1] in NAME_PARTICLES:
        k -= 1
    if k < i and (k == floor or not words[k - 1][:1].isalnum()):
        return k
    return i


def _name_chains(
    tokens: Tokens, sentences: Sequence[Sentence], organization_nouns: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words inside each sentence; a body's name runs on over
    *of* and one *and* ('Ministry of Trade and Industry', 'University of Oslo')."""
    words = tokens.words
    chains: list[tuple[int, int]] = []
    caps = [k for k, w in enumerate(words) if w[0].isupper()]  # one pass; only these can start a name
    # is_name_word of every distinct capitalised word, once (a name word is capitalised)
    name_words = {w for w in {words[k] for k in caps} if is_name_word(w)}
    ci = 0
    for s in sentences:
        i = s.first
        while True:
            while ci < len(caps) and caps[ci] < i:
                ci += 1
            if ci == len(caps) or caps[ci] > s.last:
                break
            i = caps[ci]
            w = words[i]
            low = w.lower()
            bare = low.rstrip(".")
            if bare in TIME_NAMES and (
                not (i + 1 <= s.last and words[i + 1] in name_words)
                or _dated(words, i, s.first, s.last, name_words)
            ):
                i += 1  # 'on Monday', 'in March': never a name on its own, nor opens one as a date
                continue
            if (
                w not in name_words
                or (
                    bare in NOT_NAMES
                    and (
                        i == s.first
                        or words[i - 1] in _OPENERS  # '"It is possible," he said': a quotation's first word
                        or words[i - 1] == ":"  # 'Q: Does Ivo Berg ...': a label's utterance opens
                        or low in DETERMINERS
                        or low in _ALWAYS_FUNCTION
                    )
                )
                or (i == s.first and low in CONJUNCTIVE_ADVERBS and i + 1 <= s.last and words[i + 1] == ",")
                or low in INDEFINITE_PRONOUNS  # 'Nobody', 'Everyone'
                or (i == s.first and low.endswith(_ADVERB_ENDINGS) and low not in FIRST_NAMES)
            ):  # ('Likewise, the senator ...': a linking adverb, no name with an apposition;
                # 'Interestingly Blocher, ...': a sentence adverb before a name)
                i += 1
                continue
            j = i
            while j + 1 <= s.last:
                nxt = words[j + 1]
                nxt_low = nxt.lower()
                if (
                    nxt in name_words
                    and nxt_low not in _ALWAYS_FUNCTION
                    and nxt != "I"  # ('Suddenly I')
                    # ('Ida Berg | Sunday night said': a day and its part is a time phrase)
                    and not (nxt_low in TIME_NAMES and j + 2 <= s.last and words[j + 2] in PARTS_OF_DAY)
                ):
                    j += 1
                elif (
                    nxt in _NICK_OPEN
                    and j + 4 <= s.last
                    and words[j + 2] in name_words
                    and words[j + 3] in _NICK_CLOSE
                    and words[j + 4] in name_words
                ):
                    j += 4  # 'Gordon "Tugboat" Ferris': a nickname inside the name
                elif (
                    nxt == "-"
                    and j + 2 <= s.last
                    and words[j + 2] in name_words
                    and tokens.ends[j] == tokens.starts[j + 1]
                    and tokens.ends[j + 1] == tokens.starts[j + 2]
                ):
                    j += 2
                elif nxt_low in NAME_PARTICLES and (k := _after_particles(words, j + 1, s.last)) > 0:
                    j = k  # 'de la Vega', 'von der Leyen'
                elif nxt_low in NAME_SUFFIXES or (
                    nxt == "," and j + 2 <= s.last and words[j + 2].lower() in NAME_SUFFIXES
                ):
                    j += 1 if nxt != "," else 2
                elif (
                    nxt_low == "of"
                    and j + 2 <= s.last
                    and words[j + 2].lower() in OFFICE_WORDS
                    and words[j + 2] in name_words
                ):
                    j += 2
                elif (
                    nxt_low in ("of", "and")
                    and j + 2 <= s.last
                    and words[j + 2] in name_words
                    and words[j + 2].lower() not in _ALWAYS_FUNCTION
                    and any(words[k].lower() in organization_nouns for k in range(i, j + 1))
                    and (
                        nxt_low == "of"
                        or (
                            any(words[k].lower() == "of" for k in range(i, j + 1))
                            and not (j + 3 <= s.last and words[j + 3] in name_words)
                        )
                    )
                ):
                    j += 2  # 'Ministry of Trade and Industry': 'and' only after an 'of', before one word
                elif (
                    nxt in _POSSESSIVE
                    and _plural_possessor(words, j, nxt)
                    and _body_name_follows(words, j + 2, s.last, name_words, organization_nouns)
                ):
                    j += 2  # "the Coastal Fishermen's Association", "St Mary's Hospital"
                else:
                    break
            if not _party_tag(words, i, j, s.first):
                chains.append((_particles_before(words, i, s.first), j))
            i = j + 1
    return chains


def _party_tag(words: Sequence[str], i: int, j: int, first: int) -> bool:
    """Is chain *i..j* a party and state set off after a name (', D-Ore.,', '(R-S.C.)'), the
    US press's label for a legislator (AP style), not a name?"""
    return (
        words[i] in ("D", "R", "I")
        and i + 1 < j
        and words[i + 1] == "-"
        and i - 1 >= first
        and words[i - 1] in (",", "(")
    )


#: Endings of -ly adverbs formed on an adjective or participle ('Interestingly', 'Reportedly',
#: 'Ironically', 'Curiously', 'Fortunately'), which no surname in -ly has ('Connolly', 'Daly').
_ADVERB_ENDINGS = tuple("ingly edly ally ously ively fully ably ibly antly ently ately".split())


def _dated(words: Sequence[str], i: int, first: int, last: int, name_words: set[str]) -> bool:
    """Is the day or month at token *i*, before a name, a date ('On Sunday Ana Berg said')? After
    a date word (DATE_LEADS), a day always; a month only before two more name words, since
    some months are given names too ('in August Wilson's plays')."""
    if i == first or words[i - 1].lower() not in DATE_LEADS:
        return False
    return words[i].lower().rstrip(".") in WEEKDAYS or (i + 2 <= last and words[i + 2] in name_words)


#: Plural endings of the people a body's name can own ('Workers' Party', 'Veterans' Affairs').
_PLURAL_ENDINGS = ("ers", "ors", "ans", "nts", "ists")
#: Irregular plurals before "'s" ("Women's Hospital", "the Fishermen's Association").
_IRREGULAR_PLURAL_ENDINGS = ("men", "ren", "ple")
_SAINTS = frozenset(["st", "st.", "saint"])


def _body_name_follows(
    words: Sequence[str], k: int, last: int, name_words: set[str], organization_nouns: frozenset[str]
) -> bool:
    """Do the capitalised words from token *k* (at most four, up to *last*) include a body
    noun ("Women's Rowing Association", "St Mary's Hospital")?"""
    for i in range(k, min(k + 4, last + 1)):
        if words[i] not in name_words:
            return False
        if words[i].lower() in organization_nouns:
            return True
    return False


def _plural_possessor(words: Sequence[str], j: int, mark: str) -> bool:
    """Is the possessive *mark* after token *j* inside a body's name: after a plural of
    people ("Fishermen's", "Workers'") or a saint's name ("St Mary's")? A singular
    possessor ("Britain's Foreign Ministry") owns the body and stays out of its name."""
    low = words[j].lower()
    if mark in ("'", "’"):
        return low.endswith(_PLURAL_ENDINGS)
    return low.endswith(_IRREGULAR_PLURAL_ENDINGS) or (j >= 1 and words[j - 1].lower() in _SAINTS)


_NICK_OPEN = frozenset({'"', "“", "‘", "'", "''", "``"})
_NICK_CLOSE = frozenset({'"', "”", "’", "'", "''"})
#: Tokens after which a word starts a sentence of its own (an opening quotation mark or bracket).
_OPENERS = frozenset(['"', "“", "‘", "'", "«", "„", "(", "[", "''", "``"])

_ALWAYS_FUNCTION = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as"]
)


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
    if first - 1 < floor or not _is_role(tokens.words[first - 1], lexicon):
        return (-1, -1)  # (most names: no role word before them, as _prefix_title would find)
    strict = _prefix_title(tokens, first, lexicon, floor, loose=False)
    if not loose or strict[0] < 0:
        return strict
    wide = _prefix_title(tokens, first, lexicon, floor, loose=True)
    return wide if wide[0] >= 0 else strict


def _prefix_title(
    tokens: Tokens, first: int, lexicon: Lexicon, floor: int, *, loose: bool
) -> tuple[int, int]:
    words = tokens.words
    j = first - 1
    if j < floor or not _is_role(words[j], lexicon):
        return (-1, -1)
    last = j
    lo = j
    j -= 1
    while j >= floor and last - j < 9:
        w = words[j]
        low = w.lower()
        if (
            low == "and"
            and j - 1 >= floor
            and (_is_role(words[j - 1], lexicon) or words[j - 1].lower() in TITLE_MODIFIERS)
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
        ):
            lo = j - 1  # 'Vice-chair Ina Varga', 'co-founder': the role's own prefix
            j -= 2
            continue
        if w in _POSSESSIVE and j - 1 >= floor and words[j - 1][:1].isalnum():
            lo = _possessor_start(words, j - 1, floor)
            lo = _common_possessor_start(words, lo, floor, lexicon)
            break
        # 'planning chief', 'state Senator': maybe a modifier, though a verb form too
        modifier = (not loose and w.islower() and low.endswith("ing")) or low in TITLE_MODIFIERS
        if low in DETERMINERS or low in STOP_WORDS or (low in lexicon.verb_forms and not modifier):
            if loose and low not in DETERMINERS and low not in _NOUN_OPENERS:
                return (-1, -1)  # the phrase is not closed by a determiner: no loose title
            break
        if loose and w.isalpha() and w.islower() and low not in lexicon.verb_forms:
            lo = j
            j -= 1
            if j < floor:
                break
            continue
        if is_name_word(w):
            if low in NOT_NAMES and low not in TITLE_MODIFIERS:
                break
            lo = j
        elif (
            low in TITLE_MODIFIERS
            or _is_role(w, lexicon)
            or low in lexicon.organization_nouns
            or ("-" in w and w[:1].isalpha())
            or (low in OFFICE_WORDS and low != "the")
            or (low == "of" and j - 1 >= floor and _is_role(words[j - 1], lexicon))
        ):
            lo = j
        else:
            k = _modifiers_of_role(words, j, floor, lexicon) if _singular_lower(words[last]) else -1
            if k < 0:
                break
            lo = j = k  # 'Carrow Rail safety director': a name, a noun modifier, a lower-case role
            if words[k - 1] in _POSSESSIVE:
                lo = _possessor_start(words, k - 2, floor)  # "Carrow Rail's safety director"
                break
        j -= 1
    return (lo, last)


def _common_possessor_start(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """A common noun possessor at token *k* keeps its noun modifiers when a determiner or the
    sentence start closes them ('The ferry company's finance director' keeps *ferry*; in
    'said ferry company's' nothing closes them); *k* otherwise."""
    if not words[k].islower():
        return k
    lo = k
    while lo - 1 >= floor and k - lo < 3:
        w = words[lo - 1]
        low = w.lower()
        if low in DETERMINERS or low in _NOUN_OPENERS:
            return lo
        if not (w.isalpha() and w.islower()) or low in STOP_WORDS or low in lexicon.verb_forms:
            return k
        lo -= 1
    return lo if lo == floor else k


#: The most lower-case noun modifiers between a body's name and a role ('Carrow Rail rolling
#: stock director').
_MAX_ROLE_MODIFIERS = 2


def _modifiers_of_role(words: Sequence[str], j: int, floor: int, lexicon: Lexicon) -> int:
    """The first of one or two lower-case noun modifiers ending at token *j*, before a role
    ('safety' in 'Carrow Rail safety director', 'rolling stock' in 'Marlow Mutual rolling stock
    chief'), when a name or a title word stands before them: a capitalised word (of a run of
    two or more, or not first in the sentence at *floor*), a name's possessive, a title
    modifier or a role ('chief safety officer'); else -1. A modifier is no function word,
    preposition, verb form of the lexicon, past participle (*-ed*), adverb (*-ly*) or plural other than
    in *-ics*, *-ions*, *-ss*, *-ies* ('fisheries minister'; 'praises', 'thank fire chief' after a
    plural are verbs). A capitalised word first in its sentence counts unless it is a plural
    ('Norwegian fisheries minister X'; 'Residents thank fire chief X')."""
    k = j
    while (
        k >= floor
        and j - k < _MAX_ROLE_MODIFIERS
        and _noun_modifier(words[k], lexicon)
        and words[k] not in TITLE_MODIFIERS
        and not _is_role(words[k], lexicon)
    ):
        k -= 1
    if k == j or k < floor:
        return -1
    w = words[k]
    low = w.lower()
    if w in _POSSESSIVE:
        return k + 1 if k - 1 >= floor and is_name_word(words[k - 1]) else -1
    if low in TITLE_MODIFIERS or _is_role(w, lexicon):
        return k + 1
    if not is_name_word(w) or low in NOT_NAMES or low.rstrip(".") in TIME_NAMES:
        return -1
    if (k == floor or (k - 1 == floor and not words[floor][:1].isalnum())) and _plural_form(low):
        return -1  # a plural first in its sentence is a subject ('Residents thank fire chief')
    return k + 1


def _plural_form(low: str) -> bool:
    """Does lower-case *low* end like a plural or an -s verb ('residents', 'thanks'; not
    'boss', 'Norwegian')?"""
    return low.endswith("s") and not low.endswith("ss")


def _singular_lower(word: str) -> bool:
    """Is *word* written in lower case and not a plural ('director', not 'Sen.' or 'rivals')?"""
    return word.islower() and not _plural_form(word)


def _noun_modifier(word: str, lexicon: Lexicon) -> bool:
    """Can lower-case *word* be a noun modifying a role ('safety', 'rolling', 'operations', a
    gerund of the verb lexicon: 'planning')? Never a preposition or an irregular past ('Ivo
    Lund sat beside council leader Ana Vidal': *sat beside* modifies no role)."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 2
        and low not in STOP_WORDS
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in FRONTING_PREPOSITIONS
        and low not in IRREGULAR_PAST
        and (low not in lexicon.verb_forms or low.endswith("ing"))  # 'planning chief': a gerund
        and not low.endswith(("ed", "ly"))
        and (not low.endswith("s") or low.endswith(("ics", "ions", "ss", "ies")))
    )


#: Lower-case words that join the parts of a body's name before a possessive: 'the Bank of
#: England's', 'the Ministry of Trade and Industry's', 'Fish & Game's'.
_NAME_JOINERS = frozenset("of for and &".split())


def _possessor_start(words: Sequence[str], k: int, floor: int) -> int:
    """The first token of the name that ends at token *k* before a possessive: capitalised
    words, and a joiner between two of them ('the Royal College of Nursing's', 'the Bank
    of England's'), never past *floor*."""
    while k - 1 >= floor:
        prev = words[k - 1]
        if is_name_word(prev) and is_name_word(words[k]) and prev.lower() not in NOT_NAMES:
            k -= 1
        elif prev in _NAME_JOINERS and k - 2 >= floor and is_name_word(words[k - 2]):
            if words[k - 2].lower() in NOT_NAMES or not is_name_word(words[k]):
                break
            k -= 2
        elif (
            prev in _POSSESSIVE
            and k - 2 >= floor
            and is_name_word(words[k - 2])
            and _plural_possessor(words, k - 2, prev)
        ):
            k -= 2  # "the Children's Hospital of Eastfield's": a possessive inside the name
        else:
            break
    return k


#: Articles and possessive determiners that open a noun phrase: they close a loose pre-name
#: title on their left ('its president', 'his deputy'), and after a role's plural they show
#: a verb's object ('chairs the trust').
_NOUN_OPENERS = frozenset("its their his her our the a an".split())

_APPOS_END = frozenset({",", ".", ";", ":", "(", ")", "—", "–", "--", '"', "”", "“", "?", "!"})


def apposition_title(tokens: Tokens, last: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """The title in an apposition after a name ending at token *last*.

    ``Yun Sun, a China politics analyst at the Stimson Center in Washington,``
    -> the tokens of "China politics analyst at the Stimson Center in
    Washington". Returns ``(-1, -1)`` unless the phrase holds a role word.
    *end* is the last token the apposition may use.
    """
    words = tokens.words
    i = last + 1
    if i > end or words[i] != ",":
        return (-1, -1)
    i += 1
    # skip an age: "Smith, 45, a farmer", or a party and state: "Varga, R-S.C., a candidate"
    aged = i + 1 <= end and words[i].isdigit() and words[i + 1] == ","
    if aged:
        i += 2
    elif i + 3 <= end and words[i + 3] == "," and _party_tag(words, i, i + 2, i - 1):
        i += 4
    if i > end:
        return (-1, -1)
    indefinite = words[i].lower() in ("a", "an")
    definite = words[i].lower() == "the"
    if words[i].lower() in ("a", "an", "the"):
        i += 1
    elif words[i].islower() and _verb_like_plural(words, i, end):
        return (-1, -1)  # 'Ines Marr, 61, chairs the trust': a verb, though 'chairs' is a role's plural
    elif words[i].lower() in PREPOSITIONS or words[i].lower() in FRONTING_PREPOSITIONS:
        return (-1, -1)  # 'Ines Marr, unlike most councillors, said': an adverbial, no title
    first = i
    body = _colon_credit_body(words, first, end)
    if body >= 0:
        if aged and not _names_body(words, first, body, lexicon):
            return (-1, -1)  # 'Ines Marr, 44, Kirkwall: "C."': after an age, a home town, no title
        return (first, body)
    has_role = False
    stopped = ""
    j = i
    while j <= end and j - first < 20:
        w = words[j]
        low = w.lower()
        if w in _APPOS_END or w.isspace():
            stopped = "end"
            break
        verb = (  # ('the Granite State Bank': a name's word; 'a first-term member': a modifier's half)
            low in lexicon.verb_forms and w.islower() and not word_hyphen(tokens, j - 1)
        )
        if verb or low in _APPOS_CLAUSE_WORDS:
            stopped = "verb" if verb else "clause"
            if (
                low == "and"
                and j + 1 <= end
                and (
                    _is_role(words[j + 1], lexicon)
                    or words[j + 1].lower() in TITLE_MODIFIERS
                    or joins_body_name(words, j, end)
                )
            ):
                j += 1
                continue
            break
        if _is_role(w, lexicon):
            has_role = True
        j += 1
    if not has_role and not (
        (indefinite and stopped in ("end", "clause") and _noun_head(words, first, j - 1))
        or (indefinite and _noun_head(words, first, j - 1, words_before_head=1) and _employer(words, i, j))
        or (not definite and _bare_employed(words, first, j))
        or (definite and stopped == "end" and _possessed_noun(words, first, j - 1))
        or (_colon_credit_follows(words, j, end) and _noun_head(words, first, j - 1, words_before_head=2))
    ):
        # 'X, a glassblower from Murano,': an indefinite noun phrase is a role too, and so is
        # a bare one in a credit before a colon ('Tom Reyes, retired welder, Swansea: "C."')
        return (-1, -1)
    if j == first or stopped == "verb":
        # ('in Tromso, the aide said': a phrase that runs into a verb is the verb's subject)
        return (-1, -1)
    return (first, _title_tail(words, j, end, lexicon) - 1)


def _title_tail(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> int:
    """Where an apposition's title ends when a comma at token *j* stopped it: after a place's
    country or state ('a lawyer from Vigo, Spain,'), or after a body before a credit's colon
    ('Ada Lind, press officer, Harbour Ferries: "C."': its employer; a place is not, 'retired
    welder, Swansea:': a body's name holds an organisation noun or a company word); else *j*."""
    if j > end or words[j] != ",":
        return j
    k = j + 1
    if is_name_word(words[j - 1]):
        while k <= end and k - j <= 3 and is_name_word(words[k]):
            k += 1
        return k if k > j + 1 and (k > end or words[k] in (",", ".", ";", ")")) else j
    if not _colon_credit_follows(words, j, end):
        return j
    while words[k] != ":":
        k += 1
    return k if _names_body(words, j + 1, k - 1, lexicon) else j


def is_body_word(word: str, lexicon: Lexicon) -> bool:
    """Does *word* end or head a body's name ('University', 'Department', 'Robotics')?"""
    low = word.lower()
    return low in lexicon.organization_nouns or low in lexicon.company_words


def _names_body(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does the capitalised run *first..last* of a credit name a body rather than a place: does
    it hold an organisation noun or a company word ('Harbour Ferries', 'Tarn Valley Trust'; not
    'Swansea', 'Lower Wendlebury'), or open with 'The' ('The Harbour Gazette')?"""
    return words[first] == "The" or any(is_body_word(words[m], lexicon) for m in range(first, last + 1))


#: Words that end an apposition's title: a relative clause, a coordinated clause, or a time
#: ('the harbourmaster since 2004' -> 'harbourmaster').
_APPOS_CLAUSE_WORDS = frozenset("who which whose and but when where since until".split())

#: Small words inside a body's name: 'Ministry of Trade and Industry', 'Fish & Game'.
_ORG_SMALL_WORDS = frozenset(["of", "and", "for", "&"])
#: Lower-case words an affiliation may hold besides: 'University of the Arts', 'Council on Trade'.
_ORG_INNER = _ORG_SMALL_WORDS | frozenset(["the", "on", "de"])


def _colon_credit_body(words: Sequence[str], first: int, end: int) -> int:
    """The last token of a body's name that a colon closes from token *first* on, the
    affiliation of a colon credit ('Rafael Ortiz, The Harbour Gazette: "..."'), or -1. At
    most six words, all capitalised but the small words inside a name ('Ministry of Trade
    and Industry'); the colon may end the sentence (*end*)."""
    j = first
    while j < len(words) and j <= end + 1 and j - first <= 6:
        w = words[j]
        if w == ":":
            return j - 1 if j > first and is_name_word(words[j - 1]) else -1
        if not (is_name_word(w) or w in _ORG_SMALL_WORDS):
            return -1
        j += 1
    return -1


#: Endings of English agent and role nouns (hydrologist, glassblower, historian, consultant,
#: volunteer, trustee): with a first name after them, a capitalised word with one is a title.
_ROLE_ENDINGS = (
    "ist", "er", "or", "ian", "ant", "ent", "eer", "ee", "man", "woman", "ess", "ary", "ive", "ic", "ard",
)  # fmt: skip


#: Endings of occupation nouns that names rarely have (hydrologist, statistician,
#: photographer): with them, the first name after the word need not be a listed one.
_OCCUPATION_ENDINGS = ("ist", "ician", "grapher")


#: First names of the baby-name registrations (:mod:`quotex.lexicon.given_names`).
_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


def registered_spelling(word: str) -> str:
    """*word* (lower case) as baby-name registrations spell it: no accents, hyphens or
    apostrophes (*björn* -> *bjorn*, *jean-luc* -> *jeanluc*)."""
    if word.isascii() and word.isalpha():
        return word
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c))


def _unlisted_role_head(tokens: Tokens, first: int, last: int, lexicon: Lexicon) -> bool:
    """Is the first word of the chain *first..last* a role word outside the lexicon?

    With entity labels: the word is outside a PERSON entity that starts right after it.
    Without: the chain has three words or more, the next one is a first name
    (:mod:`quotex.lexicon.first_names` or :mod:`quotex.lexicon.given_names`), the word itself
    is none, has the ending of a role noun and is not all capitals ('Hydrologist Theo
    Vandermeer', 'Glassblower Ana Reyes');
    or the word has an ending only occupations have (:data:`_OCCUPATION_ENDINGS`) and two or
    three name words follow, none of a body's name ('Hydrologist Aoife O'Donoghue').
    """
    words = tokens.words
    if last - first < 2:
        return False
    w = words[first]
    low = w.lower()
    if not w.isalpha() or w.isupper() or low in FIRST_NAMES or low in lexicon.honorifics:
        return False
    if tokens.has_ents:
        return (
            tokens.ents[first] != "PERSON"
            and tokens.ents[first + 1] == "PERSON"
            and tokens.ent_starts[first + 1]
        )
    if not low.endswith(_ROLE_ENDINGS) or len(low) <= 4 or not is_name_word(words[first + 1]):
        return False  # ('Pieter van der Berg': a particle is no first name)
    following = words[first + 1].lower()
    if following in FIRST_NAMES or registered_spelling(following) in _GIVEN_NAMES:
        return True
    # an ending only occupations have, before two or three name words (with particles and
    # hyphens), none of them an organisation's ('Hydrologist Aoife O'Donoghue', 'Statistician
    # Pieter van der Berg'; not 'Zionist Organization of America', 'Baptist Health South Florida')
    if not low.endswith(_OCCUPATION_ENDINGS):
        return False
    rest = words[first + 1 : last + 1]
    body = lexicon.organization_nouns | lexicon.company_words | lexicon.body_first_words
    return sum(is_name_word(w) for w in rest) <= 3 and all(
        (w in NAME_PARTICLES or w == "-" or is_name_word(w)) and w.lower() not in body for w in rest
    )


def _role_of_body(tokens: Tokens, last: int, lexicon: Lexicon, *, floor: int) -> tuple[int, int]:
    """``ROLE for|of|at|with [the] Body`` ending at token *last*: the whole phrase as a title
    ('spokeswoman for the Ministry of Trade and Industry'), or ``(-1, -1)``."""
    words = tokens.words
    k = last
    while k >= floor and last - k < 10 and (is_name_word(words[k]) or words[k].lower() in ("of", "and")):
        k -= 1
    if k == last or k < floor:
        return (-1, -1)
    if words[k].lower() == "the":
        k -= 1
    if (
        k - 1 < floor
        or words[k].lower() not in ("for", "of", "at", "with")
        or not _is_role(words[k - 1], lexicon)
    ):
        return (-1, -1)
    lo, _ = prefix_title(tokens, k, lexicon, floor=floor, loose=True)
    return (lo if lo >= 0 else k - 1, last)


def joins_body_name(words: Sequence[str], j: int, end: int) -> bool:
    """Is the 'and' at token *j* inside a body's name, as the mention chains read one: after
    an 'of' in a capitalised run, before one last capitalised word ('for the Ministry of Trade
    and Industry,')?"""
    if j - 2 < 0 or j + 1 > end or not is_name_word(words[j - 1]) or not is_name_word(words[j + 1]):
        return False
    if j + 2 <= end and is_name_word(words[j + 2]):
        return False
    k = j - 1
    while k > 0 and j - k <= 4 and (is_name_word(words[k]) or words[k] == "of"):
        if words[k] == "of":
            return True
        k -= 1
    return False


def _colon_credit_follows(words: Sequence[str], j: int, end: int) -> bool:
    """Does a credit's colon come at token *j*, or after a comma and a place of one to three
    capitalised words ('..., Swansea:')? (A vox-pop roundup: 'Tom Reyes, retired welder,
    Swansea: "C."')"""
    if j > end + 1 or j >= len(words):
        return False
    if words[j] == ":":
        return True
    if words[j] != ",":
        return False
    k = j + 1
    while k < len(words) and k - j <= 3 and is_name_word(words[k]):
        k += 1
    return k > j + 1 and k < len(words) and words[k] == ":"


def _noun_head(words: Sequence[str], first: int, last: int, *, words_before_head: int = 0) -> bool:
    """Does the phrase *first..last* open with one lower-case noun (not a time word), then
    end or go on with a preposition? 'glassblower from Murano', 'organiser with the ...';
    not 'keen sailor from Bergen' (a modifier before an unlisted noun reads as a description).
    *words_before_head* lower-case words may stand before the noun (a compound: 'ferry pilot',
    in a credit that the frame marks as a role)."""
    k = first
    while k <= last and words[k].lower() in TITLE_MODIFIERS:
        k += 1  # 'a former miner', 'a retired ...'
    start = k
    while k <= last and words[k].isalpha() and words[k].islower() and words[k] not in _PREP_STOPS:
        k += 1
    if not start + 1 <= k <= start + 1 + words_before_head:
        return False
    head = words[k - 1].lower()
    return head not in TIME_WORDS and not head.endswith("ly") and head not in _NOT_ROLE_HEADS


def _possessed_noun(words: Sequence[str], first: int, last: int) -> bool:
    """Is *first..last* (after *the*) a lower-case possessor and one or two lower-case words, a
    post the possessor gives ('the dairy's foreman', 'the mill's night foreman')?"""
    k = first
    while k <= last and k - first < 3 and words[k].isalpha() and words[k].islower():
        k += 1
    return (
        first < k < last
        and words[k] in _POSSESSIVE
        and 1 <= last - k <= 2
        and _noun_head(words, k + 1, last, words_before_head=1)
    )


def _employer(words: Sequence[str], first: int, end: int) -> bool:
    """Does the phrase from *first* to *end* (exclusive) go on, after its lower-case words, with
    *at*, *with* or *for* and a capitalised name, an employer ('a lighthouse keeper at Tolland
    Waterworks', 'a bee inspector with Greyfriars Health'; not 'a keen sailor from Bergen')?"""
    k = first
    while k < end and words[k].islower() and words[k] not in ("at", "with", "for"):
        k += 1
    return k + 1 < end and words[k] in ("at", "with", "for") and is_name_word(words[k + 1])


def _bare_employed(words: Sequence[str], first: int, end: int) -> bool:
    """Is the phrase from *first* to *end* (exclusive) a role with no article before its
    employer, as credits and datelined quotes write it ('Ina Berg, cooper at Quarrymoor Cider',
    'loom mechanic at X')? One or two lower-case nouns, no participle ('speaking at Harvard',
    'based at X' are no posts)."""
    if not _noun_head(words, first, end - 1, words_before_head=1) or not _employer(words, first, end):
        return False
    k = first
    while words[k] not in ("at", "with", "for"):
        if words[k].endswith(("ing", "ed")):
            return False
        k += 1
    return True


_PREP_STOPS = frozenset("of for with at from in on to by".split())
#: Heads of indefinite phrases after a name that are not roles: 'Smith, a day after ...'.
_NOT_ROLE_HEADS = frozenset("day week month year time move step decision way lot bit few number".split())


def _word_gender(w: str) -> str | None:
    low = w.lower().rstrip(".")
    if low in FEMALE_WORDS:
        return "f"
    if low in MALE_WORDS:
        return "m"
    return None


def _gender(words: Sequence[str], lo: int, hi: int, first: int, last: int) -> str | None:
    """The gender a gendered word of the name's own title states (tokens *lo* .. *hi*, the
    name *first* .. *last*): the nearest one before the name, up to a possessive ('Mrs.
    Holt's spokesman Ivo Berg' is a man), else the nearest after it, up to a preposition
    ('Ivo Berg, a strategist for Mrs. Holt' states nobody's gender but Holt's)."""
    for k in range(first - 1, lo - 1, -1):
        if words[k] in ("'s", "’s"):
            break
        g = _word_gender(words[k])
        if g:
            return g
    for k in range(last + 1, hi + 1):
        if words[k].lower() in _PREP_STOPS:
            break
        g = _word_gender(words[k])
        if g:
            return g
    return None


def _kind(tokens: Tokens, first: int, last: int, lexicon: Lexicon, has_title: bool) -> str:
    if tokens.has_ents:
        label = tokens.ents[last]
        if label == "PERSON":
            return "person"
        if label in _ORG_ENTS:
            return "organization"
    words = tokens.words
    org = lexicon.organization_nouns
    for w in words[first : last + 1]:
        low = w.lower()
        if low in org or (low[-1:] == "." and low[:-1] in org):
            return "organization"  # 'Foreign Ministry', 'Ministry of Finance', 'Halden Shipping Co.'
    if words[last].isupper() and len(words[last]) > 1 and last == first:
        return "organization"  # 'NATO'
    if has_title:
        return "person"
    company = lexicon.company_words
    if last > first and (
        (words[last].lower() in company and words[first].lower() not in FIRST_NAMES)
        or words[first].lower() in lexicon.body_first_words
    ):
        return "organization"  # 'Norland Robotics', 'Meridia Air', 'Baltic Bridges'
    if last == first and first > 0 and words[first - 1].lower() in _PLACE_PREPOSITIONS:
        return "other"  # 'in Nairobi', 'from Oslo': a place
    return "person"  # a lone capitalised name that speaks is most often a surname


_PLACE_PREPOSITIONS = frozenset("in at from to near across outside inside into toward towards".split())


def find_mentions(
    tokens: Tokens, sentences: Sequence[Sentence], *, lexicon: Lexicon = DEFAULT_LEXICON
) -> tuple[Mention, ...]:
    """Every proper-name mention with the title written at it (see module docstring).

    Equal names and titles are one string object (an article repeats them)."""
    out: list[Mention] = []
    shared: dict[str, str] = {}
    si = 0
    chains = _name_chains(tokens, sentences, lexicon.organization_nouns)
    for first, last in _confirm_headline_names(tokens.words, sentences, chains, lexicon):
        while si + 1 < len(sentences) and sentences[si].last < first:
            si += 1
        sent = sentences[si]
        if sent.dateline:
            continue  # 'LISBON, Portugal —' places the story; it names no speaker
        mention = _chain_mention(tokens, first, last, sent, lexicon, shared=shared)
        if mention is not None:
            out.append(mention)
    return tuple(out)


def _title_case(words: Sequence[str], sent: Sentence) -> bool:
    """Is *sent* a line in title case (a headline or subhead: 'Mayor Vows To Reopen Pier')?
    Four words or more of four letters or more after its first, every one capitalised, and a
    capitalised function word among them ('To', 'The', 'After', 'Would'; a sentence of names,
    'Rep. Alma Sorensen met Governor Tim Olsen on Tuesday.', has none) or no full stop."""
    n = 0
    function_word = False
    for k in range(sent.first + 1, sent.last + 1):
        w = words[k]
        if len(w) > 3 and w.isalpha():
            if not w[0].isupper():
                return False
            n += 1
        if w[:1].isupper() and w.lower() in _HEADLINE_FUNCTION_WORDS:
            function_word = True
    return n >= 4 and (function_word or words[sent.last] not in _SENTENCE_ENDS)


#: Function words that only a title-case line capitalises inside a sentence.
_HEADLINE_FUNCTION_WORDS = (
    _ALWAYS_FUNCTION
    | AUXILIARIES
    | MODALS
    | frozenset(
        """after before that this these those he she it they we you his her its their not just
        how why what when who over into about against under up out off down back be been do""".split()
    )
)

#: Words that a title-case headline capitalises but no name holds: function words, verbs of
#: the lexicon, auxiliaries and particles ('Trump Booed After Telling Jeb Bush To Pipe Down').
_HEADLINE_BREAKS = (
    NOT_NAMES | AUXILIARIES | MODALS | frozenset("just out up down off back be being been".split())
)


def _headline_break(low: str, verbs: Mapping[str, object]) -> bool:
    """Is lower-case word *low* one of :data:`_HEADLINE_BREAKS` or a verb form of the lexicon?"""
    return low in _HEADLINE_BREAKS or low in verbs


#: The most words of a name confirmed inside a headline's run of capitals.
_NAME_RUN = 6


def _confirm_headline_names(
    words: Sequence[str], sentences: Sequence[Sentence], chains: Sequence[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """*chains* with those of title-case lines checked against running text, where a headline
    capitalises every word: such a chain of two words or more keeps its longest run (of at most
    :data:`_NAME_RUN` words) that running text writes as a name (or as a name's last one or two
    words), with the words before it that a name may hold; else it stays whole when it has three
    words at most and none that a name never holds; else it is dropped ('Ted Cruz Hints Trump
    Would Get Border Wall Contract' -> 'Ted Cruz')."""
    title_case: dict[int, bool] = {}
    located: list[tuple[int, int, int]] = []  # (first, last, sentence index)
    si = 0
    for first, last in chains:
        while si + 1 < len(sentences) and sentences[si].last < first:
            si += 1
        located.append((first, last, si))
    doubtful = {si for first, last, si in located if last > first}
    for si in doubtful:
        title_case[si] = _title_case(words, sentences[si])
    if not any(title_case.values()):
        return list(chains)
    verbs = lexicon.verb_forms  # (a break is in _HEADLINE_BREAKS or verbs: two look-ups, no union made)
    running: set[str] = set()
    for first, last, si in located:
        if not title_case.get(si, False):
            running.add(" ".join(words[first : last + 1]))
            running.add(words[last])
            if last > first:
                running.add(" ".join(words[last - 1 : last + 1]))
    out: list[tuple[int, int]] = []
    for first, last, si in located:
        if last == first or not title_case[si] or " ".join(words[first : last + 1]) in running:
            out.append((first, last))
            continue
        best = max(
            (
                (a, b)
                for a in range(first, last + 1)
                for b in range(a, min(last, a + _NAME_RUN - 1) + 1)  # (bounded: linear cost)
                if " ".join(words[a : b + 1]) in running
            ),
            key=lambda ab: (ab[1] - ab[0], -ab[0]),
            default=None,
        )
        if best is not None:
            a = best[0]
            while a > first and not _headline_break(words[a - 1].lower(), verbs):
                a -= 1  # ('Ted Cruz Hints ...' where running text says 'Cruz': the first name too)
            out.append((a, best[1]))
        elif last - first < 3 and not any(_headline_break(w.lower(), verbs) for w in words[first : last + 1]):
            out.append((first, last))
    return out


def _chain_mention(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon, *, shared: dict[str, str]
) -> Mention | None:
    """The mention of name chain *first..last* in *sent*, with its title, or None when the
    chain is no name (a lone role word, the start of a title). *shared* maps each name and
    title seen to one string object."""
    words = tokens.words
    described = first and words[first - 1].lower() in _DESCRIPTION_OPENERS
    if described and _role_phrase(words, first, last, lexicon):
        return None  # 'the Prime Minister', 'Britain's Foreign Secretary': a post, not a name
    if first == last:  # (one word, the most common chain: no title word leads it)
        split, name_first = -1, first
    else:
        split = _title_split(words, first, last, lexicon)
        if split < 0 and _unlisted_role_head(tokens, first, last, lexicon):
            split = first  # 'Hydrologist Theo Vandermeer': a role word the lexicon does not list
        name_first = _name_first(words, first, last, split, sent, lexicon=lexicon)
    lone_role = last == first and split < 0 and name_first == last and _is_role(words[last], lexicon)
    if lone_role and not _surname_label(tokens, last, shared):
        return None  # a lone capitalised role word ("President") is not a name
    if (
        last == first == sent.first
        and words[first].lower() in lexicon.organization_nouns
        and words[sent.last] not in _SENTENCE_ENDS
    ):
        return None  # 'Council delays vote on bus lanes': a body noun opening a headline, no name
    if name_first > last:
        return None
    if split < 0 and _title_follows(words, first, last, sent, lexicon):
        return None  # 'Democratic presidential nominee ...', 'Pentagon spokesman ...': part of a title
    if split >= 0:
        t_first, t_last = _split_title(tokens, first, split, name_first, sent, lexicon=lexicon)
    else:
        t_first, t_last = prefix_title(tokens, name_first, lexicon, floor=sent.first)
        if t_first < 0 and last > name_first:
            t_first, t_last = _body_role_title(tokens, name_first, sent.first, lexicon)
    if t_first < 0:
        t_first, t_last = _title_after_or_before(tokens, first, last, sent, lexicon)
    title = None
    if t_first >= 0:
        title = tokens.text[tokens.starts[t_first] : tokens.ends[t_last]]
        if t_last < name_first:
            title += _affiliation(tokens, last, sent)
        title = shared.setdefault(title, title)
    name = _name_text(tokens, name_first, last)
    g_lo = min(first, t_first) if t_first >= 0 else first
    return Mention(  # (positional, in field order: first, last, start, end, name, title, kind, gender,
        # title_first, title_last)
        name_first,
        last,
        tokens.starts[name_first],
        tokens.ends[last],
        shared.setdefault(name, name),
        title,
        _kind(tokens, name_first, last, lexicon, title is not None),
        _gender(words, g_lo, last if last >= t_last else t_last, name_first, last),
        t_first,
        t_last,
    )


def _body_role_title(tokens: Tokens, first: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """The title of a full name at *first* written as an employer's name and one or two
    lower-case nouns the lexicon need not list ('Kilbride Ferries deckhand Leonor Reis',
    'Quarrymoor Cider night packer ...'): (body's first token, the role's last), else (-1, -1).
    The body is two to five name words, or one holding an organisation or company word, with no
    time name ('Last Tuesday farmer X' is a date); a role word is no verb form, participle, -s
    form or function word ('Acme Foods hired X', 'Acme Foods pays X')."""
    words = tokens.words
    k = first - 1
    while k >= floor and first - k <= 2 and _role_like(words[k], lexicon, head=k == first - 1):
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
    return (b, first - 1)


def _role_like(w: str, lexicon: Lexicon, *, head: bool) -> bool:
    """A lower-case word that can be (part of) a role noun the lexicon need not list: a noun
    modifier (:func:`_noun_modifier`) that is no gerund, irregular past or plural, and a time word
    only as a modifier of the *head* ('night packer')."""
    low = w.lower()
    return (
        _noun_modifier(w, lexicon)
        and not low.endswith("ing")
        and not _plural_form(low)
        and not (head and low in TIME_WORDS)
    )


def _surname_label(tokens: Tokens, k: int, shared: dict[str, str]) -> bool:
    """Token *k* is a role word in capitals before a colon ('BISHOP:') that the text elsewhere
    wrote as a name word ('Maud Bishop'): a transcript label naming that person by surname.
    Each word is looked up once per text (*shared* keeps the answer)."""
    words = tokens.words
    w = words[k]
    if not (w.isupper() and k + 1 < len(words) and words[k + 1] == ":"):
        return False
    key = "\0label " + w  # (no name or title holds a NUL)
    if key not in shared:
        cased = w[:1] + w[1:].lower()
        shared[key] = "y" if regex.search(rf"\b{regex.escape(cased)}\b", tokens.text) else ""
    return bool(shared[key])


#: Tokens that end a sentence of running text; a line without one is a headline.
_SENTENCE_ENDS = frozenset([".", "!", "?", '"', "”", "’", "'", ":", "…"])

#: Words before a capitalised chain that make it a description: 'the Prime Minister', 'its Chief
#: Executive', 'Britain's Foreign Secretary' (a possessive).
_DESCRIPTION_OPENERS = frozenset("the a an this that its their his her our 's ’s".split())
#: Nouns of party membership: 'the Wisconsin Republican' names an affiliation that many share,
#: not a post with one holder.
_PARTY_NOUNS = frozenset(["democrat", "republican"])
#: The most words a capitalised post has ('the Deputy Assistant Secretary of State').
_MAX_POST_WORDS = 5


def _role_phrase(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Is chain *first..last*, which a determiner or possessive opens (the caller checks
    :data:`_DESCRIPTION_OPENERS`), a capitalised post with no name in it, ``[MODIFIERS] ROLE
    [of OFFICE]`` ('the Prime Minister', 'the Attorney General', 'the Secretary of State',
    'its Chief Executive')? Then it describes its holder, as 'the prime minister' does; the
    resolver links it to the person holding that title, if any. The post's head is a singular
    role noun (not 'the Communications Workers of America') and no party noun; no word may be
    a first name or an honorific."""
    if last - first >= _MAX_POST_WORDS:
        return False
    chain = [w.lower().rstrip(".") for w in words[first : last + 1]]
    if any(w in FIRST_NAMES or w in lexicon.honorifics for w in chain):
        return False
    head_end = chain.index("of") - 1 if "of" in chain else len(chain) - 1
    if head_end < 0 or head_end < len(chain) - 4:
        return False
    head = chain[head_end]
    return head in lexicon.role_nouns and head not in _PARTY_NOUNS


def _title_split(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> int:
    """The last title word or honorific that leads the chain ("President Vladimir Putin" ->
    'President'), or -1. An ambiguous role noun counts only before two or more names
    ("Judge Smith" has none; in "Dean Baker", Dean may be a first name). A chain with a
    possessive inside, or a plural role before a body noun ('the Nurses Union'), is a body's
    name and has none."""
    split = -1
    for k in range(first, last):
        if words[k] in _POSSESSIVE:
            return -1  # "the Coastal Fishermen's Association": a body's name owns no title
        low = words[k].lower().rstrip(".")
        if _is_role(words[k], lexicon) or low in lexicon.honorifics:
            if low in lexicon.ambiguous_role_nouns and last - k < 2:
                continue
            if _plural_role(words[k], lexicon) and words[last].lower() in lexicon.organization_nouns:
                return -1  # 'the Writers Guild', 'the Teamsters Union': the people a body is named for
            split = k
    return split


#: *of* and the office words after a title ("Secretary of State John Kerry"): one set, made once.
_OF_OFFICE = OFFICE_WORDS | {"of"}


def _name_first(
    words: Sequence[str], first: int, last: int, split: int, sent: Sentence, *, lexicon: Lexicon
) -> int:
    """The first word of the name in chain *first..last*, after the title words up to *split*,
    office words ("Secretary of State John Kerry"), honorifics and a sentence-initial cue verb."""
    name_first = split + 1 if split >= 0 else first
    while split >= 0 and name_first < last and words[name_first].lower() in _OF_OFFICE:
        name_first += 1
    while name_first < last and words[name_first].lower().rstrip(".") in lexicon.honorifics:
        name_first += 1
    if (
        name_first == first < last
        and words[first].lower() in lexicon.verb_forms
        and words[first].lower() not in FIRST_NAMES  # 'Hope Hicks'
        and words[first + 1] != "-"  # 'BRAND-OTTESEN:': half of a hyphenated name
        and (first == sent.first or words[first - 1] in _OPENERS)
    ):
        name_first += 1  # 'Said Ellis, ...': a sentence-initial cue verb is no part of the name
    return name_first


#: Prepositions that attach an affiliation after a titled name: 'Professor Lena Okafor of
#: the Harbour Gazette', 'Economist Omar Diallo at Westbrook University'.
_AFFILIATION_PREPOSITIONS = frozenset(["of", "at", "from", "with"])
#: How many tokens an affiliation may have (a bound that keeps the look linear).
AFFILIATION_TOKENS = 10


def _affiliation(tokens: Tokens, last: int, sent: Sentence) -> str:
    """The affiliation after a name ending at *last* whose title is written before it, as
    the text to append to that title (' of the Harbour Gazette'), or ''.

    It is a preposition of :data:`_AFFILIATION_PREPOSITIONS`, an optional *the* and a run of
    capitalised words (with ``of``/``and``/``for`` inside) that ends on a capitalised word."""
    words = tokens.words
    k = last + 1
    if k + 1 > sent.last or words[k] not in _AFFILIATION_PREPOSITIONS:
        return ""
    j = k + 1
    if words[j] == "the":
        j += 1
    end = -1
    while j <= sent.last and j - k <= AFFILIATION_TOKENS:
        w = words[j]
        if is_name_word(w) and w.lower() not in NOT_NAMES:
            end = j
        elif w not in _ORG_INNER or end < 0:
            break
        j += 1
    if end < 0:
        return ""
    return tokens.text[tokens.ends[last] : tokens.ends[end]]


def _title_follows(words: Sequence[str], first: int, last: int, sent: Sentence, lexicon: Lexicon) -> bool:
    """Does a lower-case title modifier or role word follow the chain *first..last*? (Not
    a verb that is also a role's plural: 'Ines Marr heads the trust'; after a full name, not a
    modifier that is an adverb before a verb: 'Ines Marr then said'.)"""
    nxt = last + 1
    return (
        nxt + 1 <= sent.last
        and words[nxt].islower()
        and (
            _is_role(words[nxt], lexicon)
            or (
                words[nxt] in TITLE_MODIFIERS
                and (first == last or words[nxt + 1].lower() not in lexicon.verb_forms)
            )
        )
        and not _verb_like_plural(words, nxt, sent.last)
    )


def _verb_like_plural(words: Sequence[str], k: int, end: int) -> bool:
    """Is lower-case token *k*, a role noun's plural, a verb with an object ('chairs the
    trust', 'heads its board', 'coaches a team')?"""
    return words[k].endswith("s") and k + 1 <= end and words[k + 1].lower() in _NOUN_OPENERS


def _split_title(
    tokens: Tokens, first: int, split: int, name_first: int, sent: Sentence, *, lexicon: Lexicon
) -> tuple[int, int]:
    """The title tokens of a chain whose title words end at *split*: the office words
    absorbed after it ('Secretary of State') and the title words before the chain, without
    honorifics; (-1, -1) when only honorifics remain."""
    words = tokens.words
    t_last = split
    k = split + 1
    while k < name_first and words[k].lower().rstrip(".") not in lexicon.honorifics:
        t_last = k
        k += 1
    lo, _ = prefix_title(tokens, first + 1, lexicon, floor=sent.first)
    t_first = lo if lo >= 0 else first
    while t_first <= t_last and words[t_first].lower().rstrip(".") in lexicon.honorifics:
        t_first += 1
    while t_last >= t_first and words[t_last].lower().rstrip(".") in lexicon.honorifics:
        t_last -= 1
    return (t_first, t_last) if t_last >= t_first else (-1, -1)


def _title_after_or_before(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon
) -> tuple[int, int]:
    """A title not written before the name: in apposition after it, or before it and a comma
    ("the campaign's manager, Jeff Weaver,"; 'A spokeswoman for the Ministry of Trade, Siri
    Nakstad,'); (-1, -1) when none."""
    words = tokens.words
    t_first, t_last = apposition_title(tokens, last, sent.last, lexicon)
    if t_first < 0:
        t_first, t_last = _bracketed_title(tokens, last, sent.last, lexicon)
    if t_first >= 0 or first - 2 < sent.first or words[first - 1] != ",":
        return t_first, t_last
    role = role_head_before(words, first - 2, sent.first, lexicon)
    one_name = last + 1 > sent.last or words[last + 1] != "and"
    if role >= 0 and one_name and _plural_role(words[role], lexicon):
        return -1, -1  # 'After a meeting with the dockers, Ines Marr said': one person is no docker
    if role == first - 2:
        t_first, t_last = prefix_title(tokens, first - 1, lexicon, floor=sent.first, loose=True)
    if t_first < 0:
        t_first, t_last = _role_of_body(tokens, first - 2, lexicon, floor=sent.first)
    if t_first < 0 and role < 0 and last + 1 <= sent.last and words[last + 1] in (",", "."):
        t_first, t_last = _possessed_post(words, first - 2, sent.first, lexicon)
    if t_first < 0 and 0 <= role < first - 2:  # 'the Secretary of State, Greta Holt,'
        lo, _ = prefix_title(tokens, role + 1, lexicon, floor=sent.first, loose=True)
        t_first, t_last = (lo if lo >= 0 else role), first - 2
    return t_first, t_last


def _bracketed_title(tokens: Tokens, last: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """A role in brackets after a name ending at token *last*, as credits write it ('Ina Berg
    (cooper, Quarrymoor Cider):', 'Ola Dahl (night porter at X) said'): the words inside, when
    they open with a lower-case word that can be a role and hold no verb form; else (-1, -1)."""
    words = tokens.words
    k = last + 1
    if k + 2 > end or words[k] != "(" or not _role_like(words[k + 1], lexicon, head=False):
        return (-1, -1)
    if words[k + 1].lower() in _PICTURE_POSITIONS:
        return (-1, -1)  # 'Ola Dahl (right) said': where the photograph shows her
    for m in range(k + 2, min(end, k + 12) + 1):
        w = words[m]
        if w in (")", "):"):
            return (k + 1, m - 1)
        if w.lower() in lexicon.verb_forms or w in ("(", ":", ".", ";") or w in lexicon.quote_tokens:
            return (-1, -1)
    return (-1, -1)


#: Words a caption puts in brackets after a name to place the person in a picture (AP
#: Stylebook, "photo captions"): never a role.
_PICTURE_POSITIONS = frozenset("left right centre center top bottom inset front rear file".split())


def _possessed_post(words: Sequence[str], end: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """A name's possessive and one or two lower-case nouns ending at token *end*, before the
    comma of an appositive name that a comma or full stop closes ("Oxley Mills' chief dyer, Ina
    Berg,"): the post the body gives, a title even when the lexicon lists no word of it; (-1, -1)
    otherwise, and after a preposition or a time name ('Despite Acme's objection, X')."""
    k = end
    while (
        k >= floor
        and end - k < 2
        and words[k].islower()
        and (_role_like(words[k], lexicon, head=k == end) or _is_role(words[k], lexicon))
    ):
        k -= 1
    if k == end or k - 1 < floor or words[k] not in _POSSESSIVE or not is_name_word(words[k - 1]):
        return (-1, -1)
    start = _possessor_start(words, k - 1, floor)
    if any(
        w.lower() in PREPOSITIONS or w.lower() in FRONTING_PREPOSITIONS or w.lower() in TIME_NAMES
        for w in words[max(floor, start - 1) : k]
    ):
        return (-1, -1)  # 'Despite Acme's objection, X', 'After Sunday's vote, X': an adverbial
    return (start, end)


def _plural_role(word: str, lexicon: Lexicon) -> bool:
    """A role noun's plural ('dockers', 'founders', 'lawyers'), which titles no single name."""
    low = word.lower()
    return low.endswith("s") and low not in lexicon.role_nouns and low in lexicon.role_words


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
            if r >= floor and _is_role(words[r], lexicon):
                if r > floor and words[r - 1] in PREPOSITIONS:
                    break  # ('Speaking to reporters at the airport': no apposition)
                return r  # ('an adviser to the mayor': the adviser, not the mayor)
            # ('secretary of state for the elderly': on to the next link)
        elif not words[k][:1].isalpha():
            break
        if not (k > floor and _in_name(words[k - 1]) and _in_name(words[k]) and _in_name(words[k + 1])):
            steps += 1  # (a word inside a capitalised name is free)
            if steps == 5:
                break
    return end if _is_role(words[end], lexicon) else -1


def _in_name(word: str) -> bool:
    """Can *word* stand inside a body's capitalised name ('Department of Fisheries and Oceans')?"""
    return word in ("of", "and") or is_name_word(word)


#: How far back :func:`role_head_before` looks, in tokens (five words, a name counting as one).
_ROLE_REACH = 12


#: Prepositions between a role noun and whom or where it serves.
_ROLE_LINKS = frozenset(["of", "for", "to", "at", "with"])


def _name_text(tokens: Tokens, first: int, last: int) -> str:
    """The name's text, without a quoted nickname: 'Gordon "Tugboat" Ferris' -> 'Gordon Ferris'."""
    words = tokens.words
    text = tokens.text
    if last - first < 2 or _NICK_OPEN.isdisjoint(words[first : last + 1]):
        return text[tokens.starts[first] : tokens.ends[last]]  # (a nickname needs three tokens)
    nicknames = [
        k for k in range(first, last - 1) if words[k] in _NICK_OPEN and words[k + 2] in _NICK_CLOSE
    ]  # (an apostrophe alone, "the Farmers' Union", opens no nickname)
    if not nicknames:
        return text[tokens.starts[first] : tokens.ends[last]]
    kept: list[str] = []
    k = first
    while k <= last:
        if k in nicknames:
            k += 3
            continue
        kept.append(words[k])
        k += 1
    return " ".join(kept)
