"""Capitalised posts written before their holder: a name chain that is a post, not a name.

*Former Deputy Mayor of Bergen, Ingrid Solberg, said*, *Acting Harbour Master of Leith, Tomasz
Nowak, said*, *"Q," said Chief Bell Founder at Whitmore, Aled Pryce.*: the capitalised words
before the set-off name are a title (modifiers, then a role noun as head, then its body); the
name after the comma is the speaker. A chain made only of title words (*Outgoing Chair of the
board said*) names nobody either. :func:`post_chain` tells the mention stage to make no
mention of such a chain; the name after it keeps the whole phrase as its title
(:mod:`quotex.mentions.comma_titles`). Input: the words, a chain's token range, its sentence's
last token and a lexicon; output: yes or no.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import NAME_PARTICLES, TITLE_MODIFIERS
from quotex.mentions.open_roles import open_role_split
from quotex.mentions.role_heads import POSITION_MODIFIERS, RANK_WORDS, _unlisted_role_word, agent_noun
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    is_body_word,
    is_name_word,
    is_role,
    plural_form,
    registered_spelling,
)

#: Modifiers of a post written before it beyond :data:`TITLE_MODIFIERS` and the position
#: modifiers (*Head*, *Master*): how long it is held or when it ends (our own list).
_MORE_MODIFIERS = frozenset(["retiring", "serving", "appointed", "departing", "sitting", "caretaker"])
#: Modifiers that open a post and are never a role nor a name (*Former*, *Acting*): a chain
#: they open that ends in a role noun is a post with no frame after it.
_PURE_OPENERS = frozenset(["former", "outgoing", "retiring", "acting", "interim", "incoming", "departing"])
#: Participles of appointment and the adverbs before them ('newly elected', 'long-serving').
APPOINTED = frozenset(["elected", "appointed", "serving", "installed", "promoted"])
_APPOINTING_ADVERBS = frozenset(["newly", "long", "recently", "just"])
#: Most capitalised tokens of a post before its body ('Former Deputy Chief Harbour Master').
_MAX_POST = 6
#: Tokens after which a post opens its clause ('"Q," | Former Mayor ...', '..., | Acting ...').
_OPENING_MARKS = frozenset(
    [",", ";", ":", "\u2014", "\u2013", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019"]
)
#: Nouns of party membership: an affiliation many share, no post ('House Republican').
_PARTY_NOUNS = frozenset(["democrat", "republican"])
#: Prepositions that join a post to its body ('of Bergen', 'at Ardmore School', 'for Housing').
_BODY_LINKS = frozenset(["of", "at", "for"])
#: Most tokens of the body between the post and the comma ('of the Tarn Valley Trust').
_MAX_BODY = 8
#: Most tokens of the set-off name after the comma (with honorifics, particles, hyphens).
_MAX_NAME = 6
#: Words after the set-off name that make it one of a list or another's owner ('Judge Baker,
#: Ana Berg's lawyer, said'), not the holder of the post.
_LIST_WORDS = frozenset(["and", "or", "&", "'s", "\u2019s", "'", "\u2019"])
#: Tokens that end a body before its comma, so no frame follows: a clause or a quotation.
_BODY_BREAKS = frozenset([".", ";", ":", "?", "!", '"', "\u201c", "\u201d", "(", ")"])


def _modifier(low: str) -> bool:
    """Is *low* (lower case) a title modifier ('former', 'deputy', 'head', 'retiring')?"""
    return low in TITLE_MODIFIERS or low in POSITION_MODIFIERS or low in _MORE_MODIFIERS


def _head(word: str, lexicon: Lexicon) -> bool:
    """Is *word* a role noun that can head a post: listed, or WordNet's (``open_role_nouns``)?"""
    low = word.lower()
    if not (is_role(word, lexicon) or (word[1:].islower() and low in lexicon.open_role_nouns)):
        return False  # (most chains end on a surname: the look-ups first, the plural test after)
    # ('Senate Republicans', 'Founding Fathers': many people, or a party's member)
    return not plural_form(low) and low not in _PARTY_NOUNS


def post_chain(words: Sequence[str], first: int, last: int, sent_last: int, lexicon: Lexicon) -> bool:
    """Is name chain *first..last* a capitalised post with no name in it?

    Its last word is a role noun (listed, or WordNet's) and no word is an honorific or a listed
    first name (one is let pass inside the chain before a listed head: 'Chief Bell Founder').
    Then it is a post (a) when a name set off by a comma follows, after an optional body ('Chief
    Bell Founder at Whitmore, | Aled Pryce,'), the name not one of a list ('Baker, Ana Berg and
    Ivo Lund'), or (b) with nothing after it, when a title modifier opens it and every word is
    a modifier or a listed role before a listed head that is no surname ('Former Deputy Mayor
    said', 'Outgoing Chair of the board said'), or when a modifier opens it (one that is never a
    role, *Former*, *Acting*, even before a first name's word; else with none in it) and no role
    stands just before the head ('Former Archivist', 'Outgoing Harbour Master', 'Senior
    Librarian'; not 'Former Mayor Cook', 'Deputy Porter': a surname after a post). A role noun
    that is also a surname (*Judge*, ``Lexicon.ambiguous_role_nouns``) is never a one-word post.
    """
    head = words[last]
    if not head[:1].isupper() or not _head(head, lexicon):
        return False
    ambiguous = head.lower() in lexicon.ambiguous_role_nouns
    if ambiguous and first == last:
        return False  # ('Judge, Ana Berg said ...': a surname may stand alone)
    named = -1  # (the first listed first name in the chain)
    for k in range(first, last + 1):
        low = words[k].lower()
        if low.rstrip(".") in lexicon.honorifics:
            return False  # ('Dr Baker'): a name follows an honorific
        if named < 0 and registered_spelling(low) in ANY_FIRST_NAMES:
            named = k
    listed = is_role(head, lexicon) and not ambiguous
    led = modifiers_start(words, first, 0) < first  # ('Newly elected | Bell Founder')
    if named >= 0 and not ((first < named or led) and named < last and listed):
        return False  # ('Chief Olu Adeyemi', 'Deputy Walker'; not 'Chief Bell Founder')
    if _framed(words, last + 1, sent_last, lexicon):
        return True
    if first == last or _name_ahead(words, last + 1, sent_last, lexicon):
        return False  # ('Senior Adviser to the President Owen Farrell said': the post of that name)
    opener = words[first].lower()
    if (
        listed
        and _modifier(opener)
        and named < 0
        and all(w == "-" or _modifier(w.lower()) or is_role(w, lexicon) for w in words[first:last])
    ):
        return True
    before = words[last - 1]  # (no role just before the head: 'Former Mayor | Cook', a surname)
    if opener in _PURE_OPENERS:
        return not is_role(before, lexicon)
    return _modifier(opener) and named < 0 and not is_role(before, lexicon)


def post_before(words: Sequence[str], comma: int, floor: int, sent_last: int, lexicon: Lexicon) -> int:
    """The first token of a capitalised post that ends just before the comma at token *comma*,
    with its body ('Retiring Archivist at Ardmore School, | NAME'), when :func:`post_chain` holds
    of its capitalised words and the post opens its clause (the sentence's start, after a comma,
    a quotation mark or a verb of saying); -1 otherwise. Reads at most ``_MAX_BODY`` tokens of
    body and ``_MAX_POST`` of post back from the comma."""
    lo = max(floor, comma - 1 - _MAX_BODY)
    for head in range(comma - 1, lo - 1, -1):
        if head < comma - 1 and words[head + 1].lower() not in _BODY_LINKS:
            continue
        if words[head] in (",", ";"):
            break
        start = head
        while start - 1 >= max(floor, head - _MAX_POST) and (
            words[start - 1][:1].isupper() or words[start - 1] == "-"
        ):
            start -= 1
        if words[start] == "-" or not post_chain(words, start, head, sent_last, lexicon):
            continue
        if (start := post_start(words, start, floor, lexicon)) >= 0:
            return start
    return -1


def appointed_start(
    words: Sequence[str], t_first: int, t_last: int, name_first: int, floor: int, *, lexicon: Lexicon
) -> int:
    """The first token of the title *t_first..t_last* before a name at *name_first*, with a
    participle of appointment and its adverb before it when the whole opens its clause ('Newly
    elected | Ferry Pilot NAME', 'said long-serving | Librarian NAME'); else *t_first*."""
    if t_first - 2 < floor or t_last >= name_first or words[t_first - 1] not in APPOINTED:
        return t_first
    start = post_start(words, t_first, floor, lexicon)
    return start if start >= 0 else t_first


def shaped_split(words: Sequence[str], first: int, last: int, split: int, lexicon: Lexicon) -> int:
    """*split*, or for a chain with no title word that opens with a title modifier, the role shaped
    like one after it (:func:`open_role_after` with *shaped_only*: 'Senior Ocularist | NAME')."""
    if split >= 0 or words[first].lower() not in TITLE_MODIFIERS:
        return split
    return open_role_after(words, first, last, lexicon, shaped_only=True)


def open_role_after(
    words: Sequence[str], split: int, last: int, lexicon: Lexicon, *, shaped_only: bool = False
) -> int:
    """The split of a chain whose title words end at *split* (-1: none), moved past a
    capitalised role noun of WordNet's list right after them and before a name ('Deputy
    Librarian | Tomasz Nowak', :func:`~quotex.mentions.open_roles.open_role_split`) or shaped like
    a role noun after a title modifier ('Head Greenkeeper | NAME'; with *shaped_only* that
    alone, else -1), unless that
    word is a listed first name ('Gov. Earl | Ray Tomblin' keeps *Earl* in the name)."""
    more = open_role_split(words, split + 1, last, lexicon) if split >= 0 and not shaped_only else -1
    if (
        more < 0
        and split >= 0
        and split + 3 <= last
        and (words[split].lower() in TITLE_MODIFIERS or is_role(words[split], lexicon))
    ):
        # ('Head Greenkeeper | NAME', 'Senior Ocularist | NAME': a role shaped like one after a
        # title modifier, before a name of two words or more)
        w = words[split + 1]
        low = w.lower()  # (no given name: 'Rep. Sander M. Levin')
        ranked = words[split].lower() in RANK_WORDS  # ('Head Groom | NAME': the rank makes it a job)
        cap = w[:1].isupper() and w[1:].islower()
        shaped = cap and registered_spelling(low) not in ANY_FIRST_NAMES
        shaped = shaped and ((agent_noun(low, lexicon) and len(low) >= 7) or ranked)
        shaped = shaped and words[split + 2] not in NAME_PARTICLES  # ('Chief Maarten | van den Akker')
        more = split + 1 if shaped else -1
        if ranked and cap and split + 4 <= last and _unlisted_role_word(words[split + 2].lower(), lexicon):
            more = split + 2  # ('Chief Soap Boiler | NAME', 'Senior Reed Maker | NAME': a compound job)
        tail = words[more + 1 : last + 1]
        more = more if all(is_name_word(n) or n == "-" or n in NAME_PARTICLES for n in tail) else -1
        more = -1 if is_body_word(words[last], lexicon) else more  # ('National Consumer Data Board': a body)
    if shaped_only:
        return more  # (only a shaped role moves it: -1 when none)
    return more if more > split and words[more].lower() not in ANY_FIRST_NAMES else split


def post_start(words: Sequence[str], first: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a post whose capitalised words start at *first* (past a participle of
    appointment: :func:`modifiers_start`) when the post opens its clause: at the sentence's
    start (*floor*), after a comma, a dash, a quotation mark or a verb of saying; else -1."""
    start = modifiers_start(words, first, floor)
    opens = (
        start == floor or words[start - 1] in _OPENING_MARKS or words[start - 1].lower() in lexicon.verb_forms
    )
    return start if opens else -1


def modifiers_start(words: Sequence[str], first: int, floor: int) -> int:
    """The first token of a post whose capitalised words start at *first*, past a participle
    of appointment and its adverb written before them ('Newly elected | Ferry Pilot', 'Long -
    serving | Chief Archivist'); *first* when none."""
    k = first - 1
    if k < floor or words[k] not in APPOINTED:
        return first
    k -= 1
    if k >= floor and words[k] == "-":
        k -= 1
    return k if k >= floor and words[k].lower() in _APPOINTING_ADVERBS else first


def _name_ahead(words: Sequence[str], k: int, sent_last: int, lexicon: Lexicon) -> bool:
    """Does a capitalised listed first name stand within ``_MAX_BODY`` tokens from token *k*,
    before a comma, a mark or a verb of the lexicon ('to the President | Owen Farrell said')?"""
    for j in range(k, min(sent_last, k + _MAX_BODY) + 1):
        w = words[j]
        if w == "," or w in _BODY_BREAKS or (w.islower() and w in lexicon.verb_forms):
            return False
        if w[:1].isupper() and registered_spelling(w.lower()) in ANY_FIRST_NAMES:
            return True
    return False


def _framed(words: Sequence[str], k: int, sent_last: int, lexicon: Lexicon) -> bool:
    """Does ``[of|at|for BODY] , NAME`` start at token *k*, NAME not followed by a list word?
    A body in lower case after *the* may have the name right after it ('of the board NAME')."""
    if k > sent_last:
        return False
    if words[k].lower() in _BODY_LINKS:
        stop = min(sent_last, k + _MAX_BODY)
        j = k + 1
        if j + 2 <= stop and words[j] == "the" and words[j + 1].islower() and words[j + 1].isalpha():
            name = j + 2 + (words[j + 2].islower() and words[j + 2].isalpha())  # ('the parish council')
            if name <= sent_last and _set_off_name(words, name, sent_last, lexicon):
                return True
        while j <= stop and words[j] != "," and words[j] not in _BODY_BREAKS:
            if words[j].islower() and words[j] in lexicon.verb_forms:
                return False  # ('Former Mayor of the town said, ...': a clause, no body)
            j += 1
        k = j
    if k + 1 > sent_last or words[k] != ",":
        return False
    return _set_off_name(words, k + 1, sent_last, lexicon)


def _set_off_name(words: Sequence[str], k: int, sent_last: int, lexicon: Lexicon) -> bool:
    """Is there a name at token *k* (honorifics, then name words with particles and hyphens),
    not followed by *and*/*or*/*&* nor a possessive?"""
    stop = min(sent_last, k + _MAX_NAME)
    while k <= stop and words[k].lower().rstrip(".") in lexicon.honorifics:
        k += 1
    j = k
    while j <= stop and (
        is_name_word(words[j]) or (j > k and (words[j] == "-" or words[j] in NAME_PARTICLES))
    ):
        j += 1
    if j == k or is_role(words[k], lexicon) or _modifier(words[k].lower()):
        return False  # (no name, or another post: 'Mayor Ida Berg, Deputy Mayor Ivo Lund')
    return j > sent_last or words[j].lower() not in _LIST_WORDS
