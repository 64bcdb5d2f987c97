"""Copular relatives after a name: *NAME, who is the campaign's chief strategist,*, *who
serves as a deputy warden*, *who has been treasurer of the X Trust since 2018*.

Input: the words of the text and the token of *who*; output: where the predicate's title
starts (and, for a bare predicate, the last token it may use). Called by
:func:`quotex.mentions.appositions.apposition_title`, which reads the predicate as an
apposition's title.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import TIME_NAMES, TIME_WORDS, TITLE_MODIFIERS
from quotex.mentions.colon_credits import ORG_SMALL_WORDS
from quotex.mentions.owned_roles import modified_role
from quotex.mentions.stated_ages import past_relative_age
from quotex.mentions.words import is_name_word, is_role


def copular_relative(words: Sequence[str], i: int, end: int) -> int:
    """Where the title starts when a copular relative opens at token *i*: *who is*, *who was*,
    *who has been*, *who serves as* ... and an article ('X, who is the campaign's chief
    strategist,', 'X, who serves as a deputy warden,'): the article's token; else *i*. The
    predicate noun phrase is the person's title as an apposition's would be."""
    if i + 2 > end or words[i].lower() != "who":
        return i
    k = copular_verb_end(words, _past_time_adverbial(words, i + 1, end), end)
    if k < 0:
        return i
    held = words[k] == "as" and words[k - 1] in _POST_VERBS  # ('who works as a nurse')
    articles = (
        ("the",) if not held and (words[k] in APPOINTED_VERBS or words[k] == "as") else ("a", "an", "the")
    )
    if k + 1 <= end and words[k + 1].lower() in articles:
        return k + 1
    # ('who has been Westmarch Radio's head of news': a post its body owns, with no article)
    return k + 1 if not held and owner_then_post(words, k + 1, end) else i  # (not 'named a suspect')


def _past_time_adverbial(words: Sequence[str], k: int, end: int) -> int:
    """The token after an adverb or a short time phrase at token *k* before a copula ('who |
    until last month | was an epidemiologist', 'who | previously | was', 'who | since 2019 | has
    been'); else *k*."""
    low = words[k].lower()
    if low in _RELATIVE_ADVERBS:
        return k + 1
    if low not in _TIME_PREPOSITIONS:
        return k
    for j in range(k + 1, min(end, k + 4) + 1):
        if words[j] in ("is", "was", "has", "had") or words[j] in _COPULAR_SERVES:
            return j
        if not words[j][:1].isalnum():
            break
    return k


#: Adverbs and prepositions of time that may stand between *who* and its copula.
_RELATIVE_ADVERBS = frozenset("previously formerly recently currently now also still then".split())
_TIME_PREPOSITIONS = frozenset("until till since from for".split())


def copular_verb_end(words: Sequence[str], k: int, end: int) -> int:
    """The last token of a copular verb from token *k* after *who*: *is*, *was*, *has been*,
    *had been*, *serves as*, *served as*, and any of them with a verb of appointment whose
    passive takes the post as its complement (*was named*, *has been appointed*, *was elected
    as*: Quirk et al. 16.45, complex-transitive verbs); else -1."""
    aged = past_relative_age(words, k, end)  # ('who is 51 and | has been coxswain at X')
    if aged > k and words[aged] not in _COPULAR_SERVES and words[aged] not in ("is", "was", "has", "had"):
        return aged - 1  # ('who is 51 and | a coxswain': the one copula serves both)
    k = aged
    if k + 1 <= end and words[k] in _COPULAR_SERVES and words[k + 1] == "as":
        return k + 1
    if k + 1 <= end and words[k] in ("has", "had") and words[k + 1] == "been":
        c = k + 1
    else:
        c = k if words[k] in ("is", "was") else -1
    if c >= 0 and c + 1 <= end and words[c + 1] in APPOINTED_VERBS:
        c += 1
        c += int(c + 1 <= end and words[c + 1] == "as")
    return c


def bare_predicate(words: Sequence[str], i: int, end: int) -> tuple[int, int] | None:
    """(first, stop) of a copular relative's predicate at token *i* with no article ('who is
    treasurer of X', 'who has been director at X since 2018': a singular count noun with no
    article after a copula names a unique post, Quirk et al. 5.34); *stop* is the last token
    before a time adjunct ('since 2018', 'for six years', 'until last year'), else *end*. None
    when there is none."""
    if i + 2 > end or words[i].lower() != "who":
        return None
    k = copular_verb_end(words, i + 1, end)
    first = k + 1
    if k < 0 or first > end or words[first].lower() in ("a", "an", "the"):
        return None
    for m in range(first, end + 1):
        if words[m] in _CLAUSE_END:
            break
        if m > first and time_adjunct(words, m, end):
            return (first, m - 1)
    return (first, end)


def time_adjunct(words: Sequence[str], m: int, end: int) -> bool:
    """Does a time adjunct open at token *m* of a copular predicate: *since* or *until* and
    anything ('since January', 'until last year'), or *for*, *from* or *in* and a number or
    a span of time within three words ('in 2015', 'for six years', 'for a decade'), or *in*
    and a month or weekday ('in March')?"""
    if m + 1 > end:
        return False
    if words[m] in ("since", "until") and words[m + 1][:1].isalnum():
        return True
    if words[m] not in _TIME_ADJUNCT_LINKS:
        return False
    if words[m + 1][:1].isdigit() or (words[m] == "in" and words[m + 1].lower() in TIME_NAMES):
        return True  # ('in 2015', 'in March')
    nxt = words[m + 1 : min(end, m + 3) + 1]
    run = nxt[: next((j for j, w in enumerate(nxt) if not (w.isalnum() and w.islower())), len(nxt))]
    return any(w in TIME_WORDS or w in _SPANS for w in run)


def role_at_name(words: Sequence[str], first: int, stop: int, lexicon: Lexicon) -> int:
    """The last token of a bare copular predicate *first..stop* of the shape ``ROLE at/of/with/
    for (the) NAME`` that ends at *stop* or a clause's mark: a singular role noun (listed, of
    WordNet's roles or an agent noun) after up to two noun modifiers, and a capitalised name
    ('site manager at the Ayvalik Wind Farm', 'harbour master of Port Chalmers'); else -1."""
    k = first
    while k <= stop and words[k].lower() in TITLE_MODIFIERS:
        k += 1
    start = k
    while (
        k <= stop and k - start < 3 and words[k].isalpha() and words[k].islower() and words[k] not in _LINKS
    ):
        k += 1
    if k == start or k > stop or words[k] not in _LINKS:
        return -1
    if not modified_role(words, start, k - 1, lexicon):
        return -1  # ('shift foreman', 'head gardener'; not 'very good manager', 'friends')
    k += 1 + int(k + 1 <= stop and words[k + 1] == "the")
    last = -1
    while k <= stop and (is_name_word(words[k]) or (last >= 0 and words[k] in ORG_SMALL_WORDS)):
        last = k if is_name_word(words[k]) else last
        k += 1
    closed = k > stop or words[k] in _CLAUSE_END
    return last if last == k - 1 and closed else -1


def post_head(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Can the predicate *first..last*'s head, the noun before its first link ('head | of policy
    at X', 'staff attorney | with X'), name a post: a role word, or a word with no adjective's
    ending that is no predicative adjective or part noun ('critical', 'responsible', 'part')?"""
    head = first
    while head + 1 < last and words[head + 1] not in _LINKS:
        head += 1
    w = words[head]
    if is_role(w, lexicon):
        return True
    return (
        w.isalpha()
        and w.islower()
        and not w.endswith(_ADJECTIVE_ENDINGS)
        and w not in _PREDICATE_ADJECTIVES
        and w not in _LINKS
    )


def past_trait(words: Sequence[str], i: int, end: int) -> int:
    """The token after the comma that closes an apposition from token *i* that only describes,
    when more of the apposition chain follows it: an indefinite description
    (:func:`describes_only`: 'NAME, | a mother of twins, | head cooper at BODY,') or a relative
    clause with no copula and no capitalised word, which no later apposition could be about
    ('NAME, | who raised five sons on his own, | master sweep at BODY,'); else *i*."""
    low = words[i].lower() if i + 2 <= end else ""
    if low not in ("a", "an", "who"):
        return i
    c = next((k for k in range(i + 2, min(end, i + _DESCRIPTION_TOKENS) + 1) if words[k] in _CLAUSE_END), -1)
    if c < 0 or c >= end or words[c] != ",":
        return i
    if low == "who":
        plain = all(w.isalpha() and w.islower() for w in words[i + 1 : c])
        return c + 1 if plain and copular_verb_end(words, i + 1, c - 1) < 0 else i
    return c + 1 if describes_only(words, i + 1, c - 1) else i


#: The most tokens of a description passed before a post ('who raised five sons on his own').
_DESCRIPTION_TOKENS = 12


def describes_only(words: Sequence[str], first: int, end: int) -> bool:
    """Is the indefinite apposition from token *first* (after its article) a description of a
    person, no post: its head, the last lower-case word before a link, a relative word or the
    apposition's end, is a noun of kinship, neighbourhood or custom ('a mother of three', 'a
    neighbour who has lived ...', 'a lifelong resident of the valley', 'a regular at the
    market')?"""
    if words[first].lower() in OWNERS:
        return False  # ('Her neighbor, NAME', 'NAME, his widow,': a relation to someone, kept)
    k = first
    while (
        k <= end
        and k - first < 3
        and words[k].isalpha()
        and words[k].islower()
        and words[k] not in _HEAD_ENDS
    ):
        k += 1
    if not (k > first and words[k - 1] in _DESCRIPTION_NOUNS):
        return False
    counted = k + 1 <= end and words[k] == "of" and (words[k + 1] in _COUNTS or words[k + 1].isdigit())
    if words[k - 1] in _KIN_NOUNS and not counted:
        return False  # ('mother of a slain soldier', 'father': a relation to someone, kept)
    if counted and _at_body(words, k + 2, end):
        return False  # ('a mother of two at Meeker Elementary': a parent of a named school)
    if words[k - 1] in ("resident", "regular") and (k > end or words[k] not in _HEAD_ENDS):
        return False  # ('one resident, NAME': alone, the noun is how the text introduces NAME)
    if k <= end and words[k][:1].isalpha() and words[k] not in _HEAD_ENDS:
        return False
    while k <= end and words[k] not in _CLAUSE_END:
        if words[k] in ("and", "&"):
            return False  # ('a mother of three and project manager at X': a post too)
        k += 1
    return True


def _at_body(words: Sequence[str], k: int, end: int) -> bool:
    """Does *at* and a capitalised name follow at token *k* ('at Meeker Elementary')?"""
    return k + 1 <= end and words[k] == "at" and words[k + 1][:1].isupper()


#: Possessive determiners: a description they own is a relation to someone ('her neighbour').
OWNERS = frozenset("his her their its my our your".split())


def owned_description(lows: Sequence[str], t_first: int, t_last: int) -> int:
    """The first token of the title *t_first..t_last* with the possessive determiner before it
    when the title is one description noun ('Her neighbor, NAME,': 'Her neighbor', a relation the
    story states, printed as one; 'a neighbour' stays a description); else *t_first*."""
    if t_first == t_last > 0 and lows[t_first] in _DESCRIPTION_NOUNS and lows[t_first - 1] in OWNERS:
        return t_first - 1
    return t_first


#: Kin nouns, descriptions only with a count of children ('a mother of three').
_KIN_NOUNS = frozenset("mother father parent grandmother grandfather grandparent".split())
#: Counts of children after a kin noun's *of* ('of three', 'of twins').
_COUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve twins triplets".split())
#: Words after a description's head noun.
_HEAD_ENDS = frozenset("of at in on from who whose since with".split())
#: Nouns that describe a person by kin, home or habit, never a post.
_DESCRIPTION_NOUNS = _KIN_NOUNS | frozenset("neighbour neighbor resident regular widow widower".split())
#: Words that close the relative clause.
_CLAUSE_END = frozenset([",", ".", ";", ":", "(", ")", "—", "–"])
#: A role's links to its body.
_LINKS = frozenset("at of for with".split())
#: Endings of adjectives that take a prepositional complement after a copula.
_ADJECTIVE_ENDINGS = ("ible", "able", "ous", "ive", "ful", "ic", "ical", "ent", "ant", "less", "ish", "ary")
#: Predicative adjectives and part nouns before *of/at/for/with* that hold no post.
_PREDICATE_ADJECTIVES = frozenset(
    "aware proud afraid fond wary sure happy unhappy angry familiar close part sick tired full "
    "free short glad keen mad upset ready alone bound due late new open right wrong".split()
)
#: Prepositions that open a time adjunct after a copular relative's role ('since 2018').
_TIME_ADJUNCT_LINKS = frozenset(["since", "until", "from", "in", "for"])
#: Nouns of a span of time that *for* opens ('for a decade', 'for two terms').
_SPANS = frozenset("decade decades century term terms season seasons while".split())
#: Past participles of appointment verbs after a copula, which give a post its holder from then
#: on ('who was named chief executive of X').
APPOINTED_VERBS = frozenset(["named", "appointed", "elected", "installed", "promoted"])
#: Verbs of holding a post before *as* in a copular relative ('who serves as', 'who served as',
#: 'who works as', 'who acts as': Quirk et al. 1985, §16.45, *as* with a complement of role).
_COPULAR_SERVES = frozenset(["serves", "served", "works", "worked", "acts", "acted"])
#: Of those, the verbs of an occupation, whose *as* takes an indefinite role too ('who works as
#: a nurse'; not 'who acts as a bridge').
_POST_VERBS = frozenset(["serves", "served", "works", "worked"])


#: The most words of a body's name that owns a post in a copular predicate.
_OWNER_WORDS = 5


def owner_then_post(words: Sequence[str], k: int, end: int) -> bool:
    """Does a capitalised name of at most :data:`_OWNER_WORDS` words open at token *k*, then a
    possessive and a lower-case word ("Virelle Pharma's chief executive"): a post its body owns
    (a unique role, written without an article)?"""
    j = k
    while j <= end and j - k < _OWNER_WORDS and words[j][:1].isupper():
        j += 1
    return k < j < end and words[j] in ("'s", "’s") and words[j + 1].islower()
