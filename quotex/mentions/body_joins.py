"""Where an *and* stays inside a body's name in a title ('the Department of Ports and Inland
Waterways', 'the Food and Drug Administration'): the tests the apposition reader and the
attribution walkers share."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES
from quotex.lexicon.titles import AND_PAIRS
from quotex.mentions.words import ANY_FIRST_NAMES, is_name_word, is_role, plural_form

#: Function words that never stand inside the capitalised words after a body name's *and*.
_TAIL_BREAKS = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as"]
)


def body_name_tail(
    words: Sequence[str],
    k: int,
    last: int,
    role_words: frozenset[str] = frozenset(),
    heads: frozenset[str] = frozenset(),
) -> int:
    """The last token of the capitalised words that close a body's name after its *and* (token
    *k* - 1), or -1. One to three name words up to the end of the capitalised run ('Ministry of
    Trade and Industry', 'Department of Ports and Inland Waterways', 'Institute of Soil and
    Water Sciences'); two or three only when none is a first name or a role word, which open
    a person coordinated with the body ('the Ministry of Health and Ana Berg', '... and
    Finance Minister Ivo Dahl'), unless the last is one of the body *heads* ('Office of
    Fisheries and Marine Resources'); a role noun's plural at the end names the members
    ('Association of Emergency and Critical Care Nurses')."""
    j = k
    while j <= last and j - k < 4 and is_name_word(words[j]) and words[j].lower() not in _TAIL_BREAKS:
        j += 1
    if j == k or j - k > 3 or (j <= last and is_name_word(words[j])):
        return -1
    tail = [w.lower() for w in words[k:j]]
    if tail[-1] in _PEOPLE_PLURALS:
        return j - 1  # ('Children and Young People': a group of people, never a person's name)
    # (a plural role noun that ends it names the members, no person: 'Critical Care Nurses')
    people = tail[:-1] if plural_form(tail[-1]) else tail
    if (
        j - k > 1
        and any(_first_or_role(w, role_words) for w in people)
        and (tail[-1] not in heads or any(w in role_words for w in tail))
    ):
        return -1
    return j - 1


#: Irregular plurals of nouns for people, which end a group's name and never a person's
#: ('the Office of the Ombudsman for Children and Young People', 'Council for Older People').
_PEOPLE_PLURALS = frozenset("people children men women".split())


def _first_or_role(low: str, role_words: frozenset[str]) -> bool:
    """Is lower-case *low* a listed first name or a role word?"""
    return low in ANY_FIRST_NAMES or low in role_words


#: How far back from its *and* a body's *of* or *for* may stand (a list of areas: 'of Mines,
#: Quarries and').
_NAME_REACH = 6


def joins_body_name(words: Sequence[str], j: int, end: int) -> bool:
    """Is the 'and' at token *j* inside a body's name, as the mention chains read one: after
    an 'of' in a capitalised run (or a 'for' after a capitalised word), before the name's last
    capitalised words (:func:`body_name_tail`: 'for the Ministry of Trade and Industry,', 'the
    Department of Ports and Inland Waterways', 'the Agency for Coastal Safety and Flood Defence')?"""
    if j - 2 < 0 or j + 1 > end or not is_name_word(words[j - 1]) or body_name_tail(words, j + 1, end) < 0:
        return False
    k = j - 1
    # ('co-director of the Voting Rights and Election Administration Clinic': *the* after *of*)
    while (
        k > 0
        and j - k <= _NAME_REACH
        and (
            is_name_word(words[k])
            or words[k] in ("of", *_ROLE_LINKS)
            or _the_after_of(words, k)
            or (words[k] == "," and is_name_word(words[k - 1]))  # ('for Rail, Road and Canal Safety')
        )
    ):
        if words[k] == "of" or (words[k] == "for" and is_name_word(words[k - 1])):
            return True  # ('the Agency for Coast and Flood Defence': *for* after the body's name)
        if words[k] in _ROLE_LINKS and words[k - 1].isalpha() and words[k - 1].islower() and k < j - 1:
            # ('a spokeswoman for Marrowdale Fire and Rescue,': a role's body, named to the phrase's end)
            tail = body_name_tail(words, j + 1, end)  # (not 'A spokesman for X Fire and Rescue Service said')
            return tail > j and tail + 1 < len(words) and words[tail + 1] in _PHRASE_ENDS
        if words[k] in ("at", "with"):
            return False  # ('an organiser with | X and Y': two bodies, unless a role's, above)
        k -= 1
    return False


#: The prepositions that link a role noun to its body ('a spokeswoman for', 'an organiser with').
_ROLE_LINKS = frozenset(["for", "at", "with"])
#: The marks that close the phrase a role's body ends.
_PHRASE_ENDS = frozenset([",", ".", ";", ":", ")", "—", "–"])


def _the_after_of(words: Sequence[str], k: int) -> bool:
    """Is token *k* a *the* right after *of* ('of the Voting Rights')?"""
    return words[k].lower() == "the" and words[k - 1] == "of"


def and_in_body_name(words: Sequence[str], j: int, head: int, bodies: frozenset[str]) -> bool:
    """Is the 'and' at token *j* inside the name of a body that ends at token *head*, read
    leftwards from it: just before its last words after an *of* (:func:`joins_body_name`), or
    between its two halves (:func:`joins_body_halves`)?"""
    closes = head == j + 1 or body_name_tail(words, j + 1, head) == head  # ('... and Upland Development')
    return (
        (closes or _lower_head_after(words, j, head)) and joins_body_name(words, j, head)
    ) or joins_body_halves(words, j, head, bodies)


def _lower_head_after(words: Sequence[str], j: int, head: int) -> bool:
    """Do one or two lower-case words, the phrase's head at token *head* last, follow the
    capitalised words that close a body's name after the *and* at token *j* ('the Ministry of
    Housing and Urban Affairs | spokesman', '... and Social Care | press officer')?"""
    tail = body_name_tail(words, j + 1, head)
    return (
        tail > j
        and 1 <= head - tail <= 2
        and all(w.isalpha() and w.islower() for w in words[tail + 1 : head + 1])
    )


def joins_body_halves(words: Sequence[str], j: int, head: int, bodies: frozenset[str]) -> bool:
    """Is the 'and' at token *j* between the two halves of a body's name that ends at token
    *head*, an organisation noun (*bodies*): 'the Food and Drug Administration', 'the
    Securities and Exchange Commission', 'the Pellingford Lock and Key Company' (one or two
    capitalised words after *the* before it, no organisation noun among them, at most three
    after it, as the mention chains join them)?"""
    if not (2 <= j < head <= j + 3 and words[head].lower() in bodies):
        return False
    k = j - 1
    while k > j - 3 and k >= 1 and is_name_word(words[k]) and words[k].lower() not in bodies:
        k -= 1
    return (
        k < j - 1
        and words[k].lower() == "the"
        and not any(w.isupper() for w in words[k + 1 : j])  # ('the FBI and Justice Department': two bodies)
        and all(is_name_word(w) for w in words[j + 1 : head + 1])
    )


#: The most capitalised words on either side of a body's *and* in a title before a name.
_MAX_BODY_HALF = 4


def premodifier_body_and(words: Sequence[str], j: int, last: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a body's name that holds the *and* at token *j*, in a title written
    before a name whose role ends at token *last* ('Environment and Climate Change Canada
    meteorologist', 'Food and Drug Administration spokesman'): one to three capitalised words
    before the *and*, two to four after it up to the role's words (or one that pairs with the
    word before the *and*, :data:`~quotex.lexicon.titles.AND_PAIRS`: 'Carrow Fire and Rescue
    station manager'), none a listed first name or a
    role (so no person or titled person is coordinated with a body: 'Mayor Ana Berg and Harbour
    Party leader'), the run opened by no other capitalised word; else -1."""
    r = j + 1
    while r < last and r - j <= _MAX_BODY_HALF and is_name_word(words[r]) and not _role_at(words, r, lexicon):
        r += 1
    k = j - 1
    while (
        k >= floor
        and j - k <= _MAX_BODY_HALF
        and is_name_word(words[k])
        and words[k].lower() not in NOT_NAMES
    ):
        k -= 1
    halves = [*words[k + 1 : j], *words[j + 1 : r]]
    paired = (
        r - j - 1 == 1 and (words[j - 1].lower(), words[j + 1].lower()) in AND_PAIRS
    )  # ('Fire and Rescue')
    if (
        not (2 <= r - j - 1 <= 3 or paired)
        or not 1 <= j - k - 1 <= 3
        or (k >= floor and in_body_half(words[k]))
        or (not paired and any(_named(halves, i) for i in range(len(halves))))  # ('Calder Fire and Rescue')
        or any(_role_at(words, i, lexicon) for i in [*range(k + 1, j), *range(j + 1, r)])
    ):
        return -1
    return k + 1


def _named(halves: Sequence[str], i: int) -> bool:
    """Is word *i* of a body's halves a listed first name that no plural follows ('Ana' of 'Ana
    Berg'; not 'Tram' of 'Rail and Tram Drivers', which names the members)?"""
    following = halves[i + 1].lower() if i + 1 < len(halves) else ""
    return halves[i].lower() in ANY_FIRST_NAMES and not (following and plural_form(following))


def in_body_half(w: str) -> bool:
    """Is *w* a capitalised word that may stand in a body's name (no function word)?"""
    return is_name_word(w) and w.lower() not in NOT_NAMES


def _role_at(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Is token *i* a role word, other than a plural naming a body's members ('Rail Workers
    Union', 'Care and Support Workers branch secretary': a person's title is singular)?"""
    w = words[i]
    return is_role(w, lexicon) and not plural_form(w.lower())  # ('Support Workers branch secretary')
