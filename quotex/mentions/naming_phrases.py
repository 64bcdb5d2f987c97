"""A person introduced by a description and a naming phrase: *a volunteer named NAME*, *the
driver, identified only as Mr NAME,*, *a shopkeeper who gave his name as NAME*.

News copy often gives the description first and the name after a phrase that says what the
person is called (Quirk et al. 1985, §17.65 and §17.93: a reduced relative or a relative
clause postmodifies the description, and the name is that clause's complement). The naming
phrases read here: *named*, *called*, *known (only) as*, *identified (only / by police) as*,
*who gave his name (only) as*, *who identified herself as*, *who goes by*, *by the name of*,
*whose name is*; and across a sentence, *The cave's affineur turns the wheels before dawn. Her
name is NAME.*, whose possessive refers back to the description opening the sentence before
(Halliday & Hasan 1976, ch. 2, personal reference). The description's role is the name's
title; its article and its head tell whether the phrase is a reduced relative at all (*The
mayor named NAME as her deputy*: a finite verb, no description of NAME).

Input: the token table, the first token of a name's chain, a floor (its sentence's first
token) and a lexicon; output: token indices. Used by :mod:`quotex.mentions.find` (the title)
and :mod:`quotex.speakers.named_descriptions` (the speaker of a description so named).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES, TIME_NAMES
from quotex.lexicon.grammar import AUXILIARIES, COPULA, MODALS
from quotex.mentions.appositions import PERSON_NOUNS, role_phrase
from quotex.mentions.comma_titles import TITLE_AFTER_MARKS, title_after_or_before
from quotex.mentions.copular import owned_description
from quotex.mentions.role_heads import agent_noun
from quotex.mentions.stated_ages import age_start
from quotex.mentions.styles import styled_start
from quotex.mentions.words import ANY_FIRST_NAMES, is_name_word, is_role, registered_spelling
from quotex.sentences import Sentence
from quotex.tokens import Tokens

#: Participles that name a person right after a description ('a farmer called NAME'); also
#: finite verbs of naming, appointing or phoning ('The mayor named NAME', 'The coach called NAME').
NAMING_PARTICIPLES = frozenset(["named", "called"])
#: The words a naming phrase (or an age after it) may end with: the callers' cheap test.
NAMING_ENDS = NAMING_PARTICIPLES | frozenset(["as", "by", "of", "is", "was", "old"])
#: The forms of naming phrases that the lexicon lists as verbs of saying or knowing.
NAMING_VERB_FORMS = frozenset(["called", "known"])
#: Participles before *as* ('known as', 'identified only as', 'named simply as').
_AS_PARTICIPLES = frozenset(["known", "identified", "named", "called", "listed", "described"])
#: Adverbs inside a naming phrase ('identified only as', 'known locally as').
_NAMING_ADVERBS = frozenset(
    "only simply just publicly officially locally formally widely later first".split()
)
#: Verbs of going by a name ('who goes by NAME', 'going by NAME').
_GOING = frozenset(["go", "goes", "went", "going"])
#: Verbs of giving one's name ('who gave his name as NAME').
_GIVING = frozenset(["gave", "gives", "give", "giving"])
#: Verbs of naming oneself ('who identified herself as NAME').
_SELF_NAMING = frozenset(["identified", "identifies", "introduced", "introduces", "calls", "called"])
#: Reflexive and possessive pronouns of such a clause.
_REFLEXIVES = frozenset(["himself", "herself", "themselves"])
_POSSESSIVES = frozenset(["his", "her", "their"])
#: Kinds of name ('his first name', 'her full name').
_NAME_KINDS = frozenset(["first", "full", "real", "given"])
#: How many lower-case words may name who identified the person ('identified by police as',
#: 'identified in court papers as').
_AGENT_WORDS = 4
#: Marks that set a description or a naming phrase off: commas, dashes, brackets.
SEPARATORS = frozenset([",", "—", "–", "-", "--", "("])
#: Marks that close a name so introduced.
_CLOSERS = frozenset([",", ".", ";", ":", ")", "—", "–", "--", "?", "!"])
#: Words that open a description of one person ('a', 'the', 'one', 'another').
_OPENERS = frozenset(["a", "an", "the", "one", "another", "this", "that"])
#: Openers of a description that is no finite clause's subject ('A farmer named NAME').
_INDEFINITE = frozenset(["a", "an", "one", "another"])
#: Prepositions that link a noun's modifier inside a description ('a nurse at the hospital'): the
#: name goes to the nearest person noun (*the mother of a boy named NAME*: the boy), else to the
#: head before the link (*a nurse at the hospital named NAME*: the nurse).
_LINKS = frozenset(["of", "at", "in", "from", "with", "for", "on"])
#: The most tokens of a description before its naming phrase ("the bus depot's night supervisor").
_DESCRIPTION_REACH = 8
#: Finite verb words no description holds.
_FINITE = AUXILIARIES | MODALS | COPULA - {"'s", "’s"}


def naming_start(lows: Sequence[str], k: int, floor: int) -> int:
    """The first token of a naming phrase that ends at token *k*, the word right before a name
    (*named*, *known only as*, *identified by police as*, *who gave his name as*, *who goes by*,
    *by the name of*, *whose name is*); -1 when token *k* ends none. *lows*: the words in lower
    case; no token before *floor* is read."""
    low = lows[k]
    if low in NAMING_PARTICIPLES:
        return k
    if low == "by" and k - 1 >= floor and lows[k - 1] in _GOING:
        return _going_start(lows, k - 1, floor)
    if low == "of" and k - 3 >= floor and tuple(lows[k - 3 : k]) == ("by", "the", "name"):
        return k - 3 if k - 4 < floor or lows[k - 4] not in _GOING else _going_start(lows, k - 4, floor)
    if low == "name" and k - 3 >= floor and tuple(lows[k - 2 : k]) == ("by", "the") and lows[k - 3] in _GOING:
        return _going_start(lows, k - 3, floor)  # 'who goes by the name NAME'
    if low in ("is", "was") and k - 2 >= floor and tuple(lows[k - 2 : k]) == ("whose", "name"):
        return k - 2
    if low != "as":
        return -1
    j = k - 1
    while j > floor and k - j <= 2 and lows[j] in _NAMING_ADVERBS:
        j -= 1
    if j < floor:
        return -1
    if lows[j] in _AS_PARTICIPLES:
        return j  # 'known as', 'identified only as', 'named simply as'
    if lows[j] in _REFLEXIVES and j - 1 >= floor and lows[j - 1] in _SELF_NAMING:
        return _relative_start(lows, j - 1, floor)  # 'who identified herself as'
    if lows[j] in ("name", "names"):
        return _given_name_start(lows, j, floor)
    return _identified_by(lows, j, floor)


def _going_start(lows: Sequence[str], verb: int, floor: int) -> int:
    """The start of *who goes by* whose verb is at *verb*: *who*, else the verb."""
    return verb - 1 if verb - 1 >= floor and lows[verb - 1] == "who" else verb


def _relative_start(lows: Sequence[str], verb: int, floor: int) -> int:
    """*who* right before the verb at *verb*, or the verb itself when it is a participle
    ('giving his name as'); -1 otherwise."""
    if verb - 1 >= floor and lows[verb - 1] == "who":
        return verb - 1
    return verb if lows[verb].endswith("ing") else -1


def _given_name_start(lows: Sequence[str], noun: int, floor: int) -> int:
    """The start of *who gave (only) his (first) name* ending at the noun *noun*; -1 when none."""
    j = noun - 1
    j -= j >= floor and lows[j] in _NAME_KINDS
    if j < floor or lows[j] not in _POSSESSIVES:
        return -1
    j -= 1
    j -= j >= floor and lows[j] == "only"
    if j < floor or lows[j] not in _GIVING:
        return -1
    return _relative_start(lows, j, floor)


def _identified_by(lows: Sequence[str], j: int, floor: int) -> int:
    """The start of *identified by police as* whose agent ends at token *j* (before *as*): up
    to :data:`_AGENT_WORDS` lower-case words after *identified* and *by* or *in*; -1 when none."""
    k = j
    while k > floor and j - k < _AGENT_WORDS and lows[k].isalpha() and lows[k] not in ("identified", "as"):
        k -= 1
    if k < floor + 1 or k == j or lows[k + 1] not in ("by", "in") or lows[k] != "identified":
        return -1
    return k


def phrase_before(words: Sequence[str], lows: Sequence[str], first: int, floor: int) -> int:
    """The start of the naming phrase before a name whose chain starts at token *first*,
    past an age written before the name ('identified as 17-year-old NAME'); -1 when none."""
    k = first - 1
    if k - 4 > floor and tuple(lows[k - 3 : k + 1]) == ("-", "year", "-", "old") and words[k - 4].isdigit():
        k -= 5
    return naming_start(lows, k, floor) if k > floor else -1


def description_before(words: Sequence[str], lows: Sequence[str], end: int, floor: int) -> int:
    """The first token of a description of one person that ends at token *end*: an opener
    (:data:`_OPENERS`, a possessor's *'s* inside: "the bus depot's night supervisor") and
    lower-case words, numbers and hyphens, no finite verb and no mark; -1 when none."""
    k = end
    while k >= floor and end - k < _DESCRIPTION_REACH:
        low = lows[k]
        if low in _OPENERS and k < end:
            return k
        if low in _FINITE or not (low.isalnum() or low in ("-", "'s", "’s") or is_name_word(words[k])):
            return -1
        k -= 1
    return -1


def person_head(low: str, lexicon: Lexicon) -> bool:
    """Is lower-case *low* a noun for a person: a role (listed, WordNet's or shaped like an agent
    noun: 'pensioner', 'rescuer') or a plain person noun ('man', 'woman')?"""
    return (
        is_role(low, lexicon)
        or low in lexicon.open_role_nouns
        or agent_noun(low, lexicon)
        or low in PERSON_NOUNS
    )


def closes_name(words: Sequence[str], last: int, lexicon: Lexicon) -> bool:
    """Does the name ending at token *last* close its phrase: a mark, the text's end, a verb of
    speech ('A farmer named NAME said'), *who* or a body's *of* / *from* after it?"""
    if last + 1 >= len(words):
        return True
    nxt = words[last + 1]
    low = nxt.lower()
    return (
        nxt in _CLOSERS
        or low in ("who", "of", "from")
        or lexicon.verb_forms.get(low, ("", ""))[1] == "speech"
    )


def named_description(
    words: Sequence[str], lows: Sequence[str], first: int, last: int, floor: int, *, lexicon: Lexicon
) -> tuple[int, int, int]:
    """(naming phrase's start, description's first token, description's last token) for the
    name *first..last* (its chain, a form of address included) when a description of a person
    and a naming phrase stand before it: 'a volunteer named NAME', 'The driver, identified only
    as NAME,' (the description before the phrase's comma), 'a 30-year veteran named NAME'.
    A bare *named* / *called* after a definite description with no mark before it is a finite
    verb ('The coach called NAME'), no description; the name must close its phrase. -1s when
    none."""
    none = (-1, -1, -1)
    p = phrase_before(words, lows, first, floor)
    if p <= floor or not closes_name(words, last, lexicon):
        return none
    end = p - 1 - (words[p - 1] in SEPARATORS)
    if end < floor:
        return none
    art = description_before(words, lows, end, floor)
    if (
        art - 2 >= floor
        and lows[art - 1] in _LINKS
        and not person_head(_head(lows, art, end), lexicon)
        and _given_name(lows[first], lexicon)
        and lows[last] not in lexicon.company_words
        and lows[last] not in lexicon.organization_nouns
    ):  # ('a nurse at the hospital named Ana Berg'; not 'a lawyer for a firm called Kestrel Ferries')
        art = description_before(words, lows, art - 2, floor)
    if art < 0 or not person_head(_head(lows, art, end), lexicon):
        return none
    bare = lows[p] in NAMING_PARTICIPLES and end == p - 1
    if bare and lows[art] not in _INDEFINITE and not (art > floor and words[art - 1] in SEPARATORS):
        return none  # ('The mayor named NAME,': a verb of naming; 'a farmer named NAME' describes)
    if end < p - 1 and art > floor and words[art - 1] in SEPARATORS:
        return none  # ('NAME, the church's pastor, called X "Y"': the apposition's person's verb)
    return p, art, end


def _given_name(low: str, lexicon: Lexicon) -> bool:
    """Does a name opening with lower-case *low* name a person: a registered given name or a form
    of address ('Ana', 'Mr')?"""
    return registered_spelling(low) in ANY_FIRST_NAMES or low.rstrip(".") in lexicon.honorifics


def _head(lows: Sequence[str], art: int, end: int) -> str:
    """The head noun of the description *art..end*: its last word before *of* (the plural of a
    partitive, 'one of the rescuers', reads as its noun)."""
    cut = next((k for k in range(art + 1, end + 1) if lows[k] in _LINKS), end + 1)
    head = lows[cut - 1]
    if head == "one" and cut <= end:
        head = lows[end]
    return head[:-1] if head.endswith("s") and not head.endswith("ss") and cut > end else head


def naming_title(
    words: Sequence[str], lows: Sequence[str], first: int, last: int, floor: int, *, lexicon: Lexicon
) -> tuple[int, int, int]:
    """(description's first token, its last, the phrase's start) of the description a naming
    phrase gives the name *first..last*; -1s when none. When the description is itself an
    apposition of a role with its owner written first ("The depot's night supervisor — a
    30-year veteran named NAME —"), that role is the one returned."""
    p, art, end = named_description(words, lows, first, last, floor, lexicon=lexicon)
    if p < 0:
        return -1, -1, -1
    sep = art - 1
    if sep > floor and words[sep] in SEPARATORS and end == p - 1:
        outer = description_before(words, lows, sep - 1, floor)
        owned = outer >= 0 and any(w in ("'s", "’s") for w in lows[outer:sep])
        if owned and lows[outer] == "the" and person_head(lows[sep - 1], lexicon):
            return outer, sep - 1, p
    return art, end, p


def described_title(
    tokens: Tokens, first: int, last: int, sent: Sentence, lexicon: Lexicon, *, before: Sentence | None = None
) -> tuple[int, int]:
    """A title not written before the name chain *first..last* of sentence *sent*: the role of
    a description a naming phrase names (:func:`title_span`: 'a nurse named NAME'), an
    apposition after the name or a role before its comma
    (:func:`~quotex.mentions.comma_titles.title_after_or_before`), or the description that
    opens the sentence before *His/Her name is NAME* (:func:`described_before`); (-1, -1)
    when none."""
    words, lows = tokens.words, tokens.lows
    if first > sent.first + 2 and lows[first - 1] in NAMING_ENDS:  # ('a nurse named NAME')
        t_first, t_last = title_span(tokens, first, last, sent.first, lexicon)
        if t_first >= 0:
            return t_first, t_last
    lead = age_start(words, first, sent.first)  # ('said the coxswain, 74-year-old NAME.': the name's age)
    lead = styled_start(lows, lead, sent.first, lexicon)  # ('said the rector, the Rev. NAME.')
    if (last < sent.last and words[last + 1] in TITLE_AFTER_MARKS) or (
        lead > sent.first + 1 and words[lead - 1] == ","
    ):  # (a mark after the name or a comma before it, else no title there: most, no call)
        t_first, t_last = title_after_or_before(tokens, first, last, sent, lexicon)
        return owned_description(lows, t_first, t_last), t_last  # ('Her neighbor, NAME,')
    if first == sent.first + 3 and before is not None:  # ('The cave's affineur ... Her name is NAME.')
        return described_before(tokens, first, sent, before, lexicon)
    return -1, -1


def title_span(tokens: Tokens, first: int, last: int, floor: int, lexicon: Lexicon) -> tuple[int, int]:
    """The title tokens (:func:`~quotex.mentions.appositions.role_phrase`) of the description
    a naming phrase gives the name chain *first..last*; (-1, -1) when none, or when the
    description's head is a plain person noun ('A man named NAME': no capacity)."""
    words, lows = tokens.words, tokens.lows
    art, end, _ = naming_title(words, lows, first, last, floor, lexicon=lexicon)
    if art < 0 or _head(lows, art, end) in PERSON_NOUNS:
        return -1, -1  # ('A man in a red jersey, who gave his name as NAME,': no capacity)
    t_first, t_last = role_phrase(tokens, art, end, lexicon)
    if t_first < 0 and art < end and all(w.isalpha() and w.islower() for w in words[art + 1 : end + 1]):
        t_first, t_last = art + 1, end  # ('The pensioner, identified only as NAME,': its noun)
    if t_first < 0 or (t_first == t_last and lows[t_first] in PERSON_NOUNS):
        return -1, -1
    return t_first, t_last


#: The most tokens of a name read forwards ('Siobhán Ní Bhriain', 'A. J. Mensah').
_NAME_TOKENS = 6
#: How many tokens after a source its naming phrase may start ('said a volunteer | called NAME').
_PHRASE_REACH = 8


def name_run_end(words: Sequence[str], k: int, last: int) -> int:
    """The last token of the run of name words from token *k* (particles and hyphens inside:
    'Rui de Almeida', 'Anna-Lena Vogt'); -1 when token *k* is no name word."""
    if not is_name_word(words[k]):
        return -1
    end = k
    j = k + 1
    while j <= last and j - k < _NAME_TOKENS:
        if is_name_word(words[j]):
            end = j
        elif not (words[j] == "-" or words[j].lower() in NAME_PARTICLES) or j + 1 > last:
            break
        j += 1
    return end


def naming_clause_end(words: Sequence[str], lows: Sequence[str], k: int, last: int) -> int:
    """The last token of the name that a naming phrase opening at token *k* gives ('who gave her
    name as NAME', 'known as NAME'); -1 when no naming phrase opens there."""
    for r in range(k + 1, min(last, k + _PHRASE_REACH) + 1):
        if is_name_word(words[r]) and not is_name_word(words[r - 1]):
            return name_run_end(words, r, last) if phrase_before(words, lows, r, k - 1) == k else -1
    return -1


#: Words that open a naming phrase set off by commas (', named NAME,', ', who goes by NAME,').
NAMING_OPENERS = frozenset(["named", "called", "known", "identified", "who", "going", "giving"])


def naming_aside(words: Sequence[str], a: int, b: int) -> bool:
    """Are tokens *a..b* (between two commas) a naming phrase and the name it gives, no more
    ('named NAME', 'known locally as NAME', 'identified by police as NAME')?"""
    inner = words[a : b + 1]
    return naming_clause_end(inner, [w.lower() for w in inner], 0, len(inner) - 1) == len(inner) - 1


def named_after(
    words: Sequence[str], lows: Sequence[str], a: int, b: int, last: int, *, lexicon: Lexicon
) -> int:
    """The last token of a name that a naming phrase right after the description *a..b* gives
    it ('said a volunteer | called NAME.', 'a pensioner | known only as NAME'), read before the
    name's mention exists; -1 when none."""
    for k in range(b + 2, min(last, b + _PHRASE_REACH) + 1):
        if is_name_word(words[k]) and not is_name_word(words[k - 1]):
            end = name_run_end(words, k, last)
            if end < 0:
                return -1
            p, art, desc_end = named_description(words, lows, k, end, a, lexicon=lexicon)
            return end if p == b + 1 and art == a and desc_end == b else -1
    return -1


def naming_participle(
    words: Sequence[str], lows: Sequence[str], i: int, first: int, last: int, *, lexicon: Lexicon
) -> bool:
    """Is the verb form at token *i* ('called', 'known') the participle of a naming phrase after
    a description of a person and before the name it gives ('a pensioner called NAME)', 'a
    farmer, known as NAME,'): a postmodifier that reports nothing?"""
    k = i + 1
    while k <= min(last, i + 3) and not is_name_word(words[k]):
        k += 1
    if k > last or not is_name_word(words[k]):
        return False
    end = name_run_end(words, k, last)
    return end >= 0 and named_description(words, lows, k, end, first, lexicon=lexicon)[0] == i


#: The most tokens of a bracket that holds a named description ('(a pensioner identified by police as NAME)').
_BRACKET_REACH = 16


def named_bracket_open(words: Sequence[str], close: int, floor: int) -> int:
    """The opening bracket of a bracket that closes at token *close* and ends with a name a
    naming phrase gives ('(a pensioner identified by police as NAME)', '(known as NAME)'); -1
    when none (no token before *floor* is read)."""
    k = close - 1
    while k > floor and close - k <= _BRACKET_REACH and words[k] != "(":
        k -= 1
    if words[k] != "(" or close - k < 3:
        return -1
    inner = words[k:close]
    lows = [w.lower() for w in inner]
    r = len(inner) - 1
    while r > 1 and (is_name_word(inner[r - 1]) or inner[r - 1] == "-" or lows[r - 1] in NAME_PARTICLES):
        r -= 1
    if not is_name_word(inner[r]):
        return -1
    return k if phrase_before(inner, lows, r, 0) >= 1 else -1


#: The possessives of a naming sentence (*Her name is NAME*) and the pronoun each agrees with;
#: read by :mod:`quotex.speakers.cataphora` too.
NAME_OWNERS = {"his": "he", "her": "she"}
#: The copulas of a naming sentence that opens with one: *is*, *was*.
_COPULAS = frozenset(["is", "was"])
#: The marks that end the sentence before.
_SENTENCE_ENDS = frozenset([".", "!", "?"])
#: How many tokens the sentence before may hold, and how far into it its subject's head may
#: stand ('The | island ferry company's | chief | engineer').
_SENTENCE_REACH = 40
_HEAD_REACH = 8


def described_before(
    tokens: Tokens, first: int, sent: Sentence, before: Sentence, lexicon: Lexicon
) -> tuple[int, int]:
    """The title tokens of the description of a person that opens *before*, the sentence before
    *sent*, when *sent* opens with *His/Her name is/was* and the name chain at *first* ('The
    library's bookmobile driver arrives at six. His name is NAME.'); (-1, -1) when none, or
    when that sentence names or describes anyone else (*The mayor met a fisherman. His name
    is NAME.* : which?)."""
    words, lows = tokens.words, tokens.lows
    if first != sent.first + 3 or lows[sent.first] not in NAME_OWNERS or lows[first - 2] != "name":
        return -1, -1
    if lows[first - 1] not in _COPULAS or words[sent.first - 1] not in _SENTENCE_ENDS:
        return -1, -1
    start = before.first
    if sent.first - start > _SENTENCE_REACH or lows[start] not in ("the", "a", "an"):
        return -1, -1
    head = next(
        (
            k
            for k in range(start + 1, min(sent.first - 1, start + _HEAD_REACH))
            if person_head(lows[k], lexicon) and description_before(words, lows, k, start) == start
        ),
        -1,
    )
    while 0 <= head < sent.first - 2 and person_head(lows[head + 1], lexicon):
        head += 1  # ('The clock shop's senior | repairer', 'head | archivist')
    if head < 0 or any(
        (is_name_word(words[k]) and lows[k].rstrip("s") not in TIME_NAMES) or person_head(lows[k], lexicon)
        for k in range(head + 1, sent.first - 1)
    ):  # (a day is nobody: 'on Mondays')
        return -1, -1
    return role_phrase(tokens, start, head, lexicon)
