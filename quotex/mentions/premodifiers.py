"""Limits of a title written before a name (:mod:`quotex.mentions.prefixes`): where a body's
name that runs on over *of* starts ('Bank of England governor'), and a titled person's name,
which modifies no role after it ('coach Tamsin Vellacott left striker ...': *left* is a verb),
and the title adjectives before a first name ('Democratic Mayoral Hopeful Tom Reyes')."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NOT_NAMES, TITLE_MODIFIERS
from quotex.lexicon.grammar import NOUN_LIKE_PAST
from quotex.lexicon.titles import HYPHENATED_POSITIONS, POSITION_NOUNS, TITLE_ADJECTIVES
from quotex.mentions.body_joins import premodifier_body_and
from quotex.mentions.words import ANY_FIRST_NAMES, is_body_word, is_name_word, is_role, registered_spelling
from quotex.tokens import Tokens


def body_start(words: Sequence[str], j: int, last: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a body's name inside a title before a name whose role ends at token
    *last*, the name running on over the *of*, *for* or *and* at token *j* ('Bank of England
    governor', 'Institute for Fiscal Studies director', 'Food and Drug Administration spokesman',
    'Institute for Soil and Water Studies director'); else -1 (and for any other word at *j*)."""
    if words[j] in ("of", "for"):
        return body_of_start(words, j, floor, lexicon)
    if words[j] != "and":
        return -1
    k = premodifier_body_and(words, j, last, floor, lexicon)
    k = k if k >= 0 else _linked_and_start(words, j, last, floor, lexicon)
    linked = k - 1 > floor and words[k - 1] in ("of", "for")
    head = body_of_start(words, k - 1, floor, lexicon) if linked else -1
    if head >= 0:
        return head  # (the *and* inside the name after the body's own *of*/*for*)
    return k


def _linked_and_start(words: Sequence[str], j: int, last: int, floor: int, lexicon: Lexicon) -> int:
    """The first of one to three capitalised words before the *and* at token *j* when an *of* or
    *for* after a body's noun stands before them and one to three more run from the *and* to the
    role ending at *last*, none a first name or role ('Council for Arts and Heritage director':
    the body's noun anchors the name, so one word on each side will do); else -1."""
    k = j - 1
    while k > floor and j - k <= 3 and is_name_word(words[k]) and words[k].lower() not in NOT_NAMES:
        k -= 1
    r = j + 1
    while r < last and r - j <= 3 and is_name_word(words[r]):
        r += 1
    if k == j - 1 or r == j + 1 or words[k] not in ("of", "for"):
        return -1
    halves = [*words[k + 1 : j], *words[j + 1 : r]]
    if any(w.lower() in ANY_FIRST_NAMES or is_role(w, lexicon) for w in halves):
        return -1
    return k + 1  # (body_start then asks for the body's noun before the *of* or *for*)


def body_of_start(words: Sequence[str], j: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a body's name that runs on over *of* at token *j* before a role
    ('Bank of England governor', 'Federation of Inland Hauliers president'): one to three
    capitalised words before *of*, the last an organisation noun, with no determiner or other
    name word before them; else -1 ('mayor of Toowoomba' is no body's name)."""
    k = j - 1
    if k < floor or not is_name_word(words[k]) or words[k].lower() not in lexicon.organization_nouns:
        return -1
    while (
        k - 1 >= floor and j - k < 3 and is_name_word(words[k - 1]) and words[k - 1].lower() not in NOT_NAMES
    ):
        k -= 1
    prev = words[k - 1] if k - 1 >= floor else ""
    if (is_name_word(prev) and prev.lower() not in NOT_NAMES) or (prev and is_role(prev, lexicon)):
        return -1
    return k


def titled_name_before(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Does the capitalised run ending at token *k* name a person by a title: a role word
    right before it or at its head, then two name words or more, no body word, the first a listed
    first name or the word after them a past form that is a noun or adjective elsewhere
    (``NOUN_LIKE_PAST``: 'coach Kalani Alapaki left') ('coach Tamsin Vellacott', 'Coach Tamsin
    Vellacott'; not 'veteran Halifax')? A
    person's name modifies no role, so a lower-case word after it is the clause's verb ('left',
    'cut', 'set': past forms that are adjectives elsewhere), never a noun modifier of the role
    that follows."""
    s = k
    while s - 1 >= floor:
        if is_name_word(words[s - 1]) and words[s - 1].lower() not in NOT_NAMES:
            s -= 1
        elif words[s - 1] == "-" and s - 2 >= floor and is_name_word(words[s - 2]):
            s -= 2  # ('Ezeakor-Lund')
        else:
            break
    if is_role(words[s], lexicon) and words[s].lower() not in lexicon.organization_nouns:
        s += 1  # ('Coach Tamsin Vellacott')
    elif not (s - 1 >= floor and words[s - 1].islower() and is_role(words[s - 1], lexicon)):
        return False
    verb = k + 1 < len(words) and words[k + 1] in NOUN_LIKE_PAST
    return (
        k - s >= 1
        and (verb or registered_spelling(words[s].lower()) in ANY_FIRST_NAMES)
        and not any(is_body_word(w, lexicon) for w in words[s : k + 1])
    )


#: The most capitalised title words between a title's start and a first name.
_MAX_ADJECTIVE_TITLE = 4


def adjective_title_end(words: Sequence[str], first: int, last: int, split: int, lexicon: Lexicon) -> int:
    """The last title word of chain *first..last* when capitalised title adjectives
    (:data:`~quotex.lexicon.titles.TITLE_ADJECTIVES`), roles, title modifiers or nouns made of an
    adjective in *-ful* ('Hopeful') stand between the title's start (after *split*, or a title
    adjective opening the chain) and a listed first name with a surname after it: 'Democratic
    Mayoral Hopeful Tom Reyes' -> 'Hopeful', 'Republican Presidential Hopeful Ada Quist' ->
    'Hopeful' (not 'Republican', which left 'Presidential Hopeful' in the name); *split* else."""
    start = split + 1 if split >= 0 else first
    if (split < 0 and words[first].lower() not in TITLE_ADJECTIVES) or is_body_word(words[last], lexicon):
        return split  # ('the Democratic Unity Alliance': a body's name, though 'Unity' is a first name)
    k = start
    while k < last and k - start < _MAX_ADJECTIVE_TITLE:
        w = words[k]
        low = w.lower()
        if low in ANY_FIRST_NAMES:
            return k - 1 if k > start else split
        title_word = low in TITLE_ADJECTIVES or low in TITLE_MODIFIERS or low.endswith("ful")
        if not (title_word or is_role(w, lexicon)):
            return split
        k += 1
    return split


def team_position(words: Sequence[str], j: int, floor: int) -> bool:
    """Is lower-case token *j* a player's position of :data:`~quotex.lexicon.titles.POSITION_NOUNS`
    (*forward*, *wing*) right after a team's capitalised name or a title modifier, so the role
    of the name after it ('Comets forward | Ana Berg', 'veteran forward | Ana Berg'; not
    'stepped forward | Ana Berg')? Asked only of the word right before a name."""
    if j - 1 < floor or words[j] not in POSITION_NOUNS:
        return False
    before = words[j - 1]
    return (is_name_word(before) and before.lower() not in NOT_NAMES) or before.lower() in TITLE_MODIFIERS


def hyphen_position(tokens: Tokens, j: int, floor: int) -> int:
    """The first token of a hyphenated player's position that ends at token *j*, its parts
    joined without spaces, with the team's name of one to three capitalised words before it
    ('Full-back | NAME', 'Harlequins fly-half | NAME', 'Marlow Kestrels centre-back | NAME':
    :data:`~quotex.lexicon.titles.HYPHENATED_POSITIONS`), or -1."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    if j - 2 < floor or words[j - 1] != "-" or ends[j - 2] != starts[j - 1] or ends[j - 1] != starts[j]:
        return -1
    if f"{words[j - 2].lower()}-{words[j].lower()}" not in HYPHENATED_POSITIONS:
        return -1
    k = j - 2
    while k - 1 >= floor and j - 2 - k < 3 and is_name_word(w := words[k - 1]) and w.lower() not in NOT_NAMES:
        k -= 1
    return k


#: Verbs whose capitalised forms stay verbs between two capitalised words (a headline's *Says*).
_REPORT_LEMMAS = frozenset("say tell ask add".split())


def verb_in_name(words: Sequence[str], j: int, lo: int, floor: int, lexicon: Lexicon) -> bool:
    """Whether the capitalised base-form verb at token *j* of a title before a name is a word of
    a body's name between two name words, token *lo* = *j* + 1 the next ('Kestrel Point Ferry
    Terminal manager', 'Harrow Cider Press owner', 'Care and Support Workers branch secretary'):
    *Point* names, it does not end the title."""
    w, low = words[j], words[j].lower()
    if lo != j + 1 or j - 1 < floor or not (w[:1].isupper() and w[1:].islower()):
        return False
    form = lexicon.verb_forms.get(low)
    if form is None or form[0] != low or low in _REPORT_LEMMAS:
        return False
    before = j - 1
    if words[before] == "and" and before - 1 >= floor:
        before -= 1  # ('Union of Care and Support Workers branch secretary': after a body's *and*)
    return is_name_word(words[before]) and is_name_word(words[lo]) and words[before].lower() not in NOT_NAMES


def body_run_after(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Whether the run of up to five capitalised name words from token *k* ends in a body's word
    ('Ferry Terminal', 'State University'): a capitalised verb form before it (*Point* in 'the
    Kestrel Point Ferry Terminal said') is a word of the body's name, no verb."""
    last = -1
    for j in range(k, min(k + 5, len(words))):
        if not is_name_word(words[j]):
            break
        last = j
    return last >= 0 and is_body_word(words[last], lexicon)
