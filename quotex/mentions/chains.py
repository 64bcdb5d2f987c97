"""Name chains: runs of capitalised words (with particles like *de*, *bin* and suffixes like *Jr.*),
minus a sentence-initial function word, a date or a party tag; and the headline filter, which keeps
of a title-case line only the runs the running text writes as names. Input: the token table, the
sentences and a lexicon; output: (first, last) token pairs of the chains."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from itertools import pairwise

from quotex.invisible import printed
from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import (
    DATE_LEADS,
    DETERMINERS,
    GAELIC_ARTICLE_HEADS,
    HYPHEN_NAME_PARTICLES,
    INDEFINITE_PRONOUNS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    OFFICE_WORDS,
    PARTS_OF_DAY,
    POST_NOMINALS,
    TIME_NAMES,
    WEEKDAYS,
)
from quotex.lexicon.grammar import AUXILIARIES, CONJUNCTIVE_ADVERBS, IRREGULAR_PAST, MODALS, PLACE_OF_HEADS
from quotex.lexicon.titles import HYPHENATED_POSITIONS
from quotex.mentions.body_joins import body_name_tail
from quotex.mentions.compounds import COMPOUND_HEADS, body_compound, co_prefix
from quotex.mentions.group_names import named_group_end
from quotex.mentions.joined_names import body_name_follows, joined_body
from quotex.mentions.word_memo import elided_names, lower_words, name_words_of
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    PAST_SYLLABLE_BEFORE,
    capitals,
    is_name_word,
    party_tag,
    plural_possessor,
    surname_particles,
    syllable_pair,
)
from quotex.sentences import Sentence
from quotex.tokens import Tokens

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_LEADS, _CHAIN_PARTICLES = NAME_PARTICLES | {"-"}, NAME_PARTICLES | {"an"}  # (*an*: 'Mac an Bhaird')


def _after_particles(words: Sequence[str], k: int, last: int) -> int:
    """The name word after up to three particles from token *k* ('de la Vega', 'Mac an Bhaird'), or -1."""
    j = k + (k <= last and words[k] == "an" and words[k - 1] in GAELIC_ARTICLE_HEADS)
    while j <= last and j - k < 3 and words[j].lower() in NAME_PARTICLES:
        j += 1
    if j <= last and j > k and is_name_word(words[j]) and words[j].lower() not in _ALWAYS_FUNCTION:
        return j
    return -1


def _particles_before(words: Sequence[str], i: int, floor: int) -> int:
    """The first token of a name whose first capitalised word is token *i*: the lower-case particles before it
    at *floor*, after a mark ('"C," de la Vega said') or a word (words.surname_particles); else *i*."""
    if i - 2 >= floor and words[i - 1] == "-" and words[i - 2] in HYPHEN_NAME_PARTICLES:
        return i - 2  # 'said al-Shammari': a hyphened particle is part of the name anywhere
    k = i
    while k - 1 >= floor and i - k < 3 and words[k - 1] in NAME_PARTICLES:
        k -= 1
    if k < i and (k == floor or not words[k - 1][:1].isalnum() or surname_particles(words, k)):
        return k
    return i


def name_chains(
    tokens: Tokens,
    sentences: Sequence[Sentence],
    organization_nouns: frozenset[str] = frozenset(),
    role_words: frozenset[str] = frozenset(),
    body_heads: frozenset[str] = frozenset(),
    *,
    lows: Sequence[str] | None = None,
    surnames: frozenset[str] | None = None,
    caps: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words inside each sentence; a body's name runs on over *of* and one
    *and* ('Ministry of Trade and Industry'; *role_words*, *body_heads*: body_joins.body_name_tail).
    *lows*, *surnames* (:func:`given_surnames`), *caps* (words.capitals): when the caller has them."""
    words = tokens.words
    lows = lower_words(words) if lows is None else lows
    chains: list[tuple[int, int]] = []
    caps = capitals(words) if caps is None else caps  # (only these can start a name)
    name_words = name_words_of(set(map(words.__getitem__, caps)))  # (each distinct capital once)
    name_words |= elided_names(tokens.text, words)  # ('Laia | d'Ors')
    surnames = given_surnames(words, lows, caps) if surnames is None else surnames
    ci, n_caps = 0, len(caps)
    for s in sentences:
        i = s.first
        while True:
            while ci < n_caps and caps[ci] < i:  # (to the next capital from token i on: each passed once,
                ci += 1  # a step or two, where a bisection in the array probed about twelve times)
            if ci == n_caps or caps[ci] > s.last:
                break
            i = caps[ci]
            w = words[i]
            bare = lows[i].rstrip(".")
            # (the common case, a name word inside a sentence that no word list holds, opens a
            # chain without the full test: _no_name_opens is True only for the others)
            unusual = i == s.first or w not in name_words or bare in _OPEN_CHECKED
            if unusual and _no_name_opens(tokens, i, s, name_words, low=lows[i], surnames=surnames):
                i += 1
                continue
            j = i
            # (most chains end at a word that no branch below takes: one test ends them all)
            while j + 1 <= s.last and (
                (nxt := words[j + 1]) in name_words or lows[j + 1] in _CHAIN_LINKS or nickname_token(nxt)
            ):
                nxt_low = lows[j + 1]
                if (
                    nxt in name_words
                    and nxt_low not in _ALWAYS_FUNCTION
                    and nxt != "I"  # ('Suddenly I')
                    # ('Ida Berg | Sunday night said': a day and its part is a time phrase)
                    and not (nxt_low in TIME_NAMES and j + 2 <= s.last and words[j + 2] in PARTS_OF_DAY)
                ):
                    j += 1
                elif (k := nickname_end(words, j + 1, s.last)) > 0 and words[k + 1] in name_words:
                    j = k + 1  # 'Gordon "Tugboat" Ferris', 'Kofi "The Anchor" Mensah': a nickname inside
                elif (nxt == "-" or nxt_low in _INNER_JOINERS) and (  # (_inner_join: over no other word)
                    k := _inner_join(tokens, (i, j, s.last), name_words, (organization_nouns, role_words))
                ) > 0:
                    j = k  # 'Park Ji-woo', 'Housing Co-operative', 'the Office of the Rail Ombudsman'
                elif nxt == "&" and j + 2 <= s.last and words[j + 2] in name_words:
                    j += 2  # 'Trevaskis & Daughters', 'Procter & Gamble', 'Scholey & Fane': a firm's name
                elif nxt_low in _CHAIN_PARTICLES and (k := _after_particles(words, j + 1, s.last)) > 0:
                    j = k  # 'de la Vega', 'von der Leyen'
                elif nxt_low == "and" and joined_body(
                    words, i, j, s, name_words=name_words, bodies=organization_nouns, roles=role_words
                ):
                    j += 1  # 'the Securities and Exchange Commission', 'Ashlow Vale Fire and Rescue'
                elif nxt_low in NAME_SUFFIXES or (
                    nxt == "," and j + 2 <= s.last and words[j + 2].lower() in NAME_SUFFIXES
                ):
                    j += 1 if nxt != "," else 2
                elif (
                    nxt_low == "of"
                    and j + 2 <= s.last
                    and words[j + 2] in name_words
                    and (
                        words[j + 2].lower() in OFFICE_WORDS
                        # 'the Isle of Wight', 'the Bay of Plenty': a place (PLACE_OF_HEADS)
                        or (j == i and words[i] in PLACE_OF_HEADS and words[j + 2] != "The")
                    )
                ):
                    j += 2
                elif (
                    nxt_low in ("of", "and", "for", "on")
                    and j + 2 <= s.last
                    and words[j + 2] in name_words
                    and words[j + 2].lower() not in _ALWAYS_FUNCTION
                    and _holds_body_noun(words, lows, i, j, organization_nouns)
                    and (
                        nxt_low == "of"
                        # 'the Office for Budget Standards', 'the Council on Foreign Relations': *for*
                        # or *on* right after the body noun (not a day: 'the Council on Monday')
                        or (
                            nxt_low in ("for", "on")
                            and _body_noun(words[j], organization_nouns)
                            and words[j + 2].lower() not in TIME_NAMES
                        )
                        or (
                            nxt_low != "on"
                            and any(words[k].lower() in ("of", "for") for k in range(i, j + 1))
                            and (tail := body_name_tail(words, j + 2, s.last, role_words, body_heads)) > 0
                        )
                    )
                ):
                    j = j + 2 if nxt_low != "and" else tail  # 'and' only after 'of'/'for' (body_name_tail)
                elif (
                    nxt in POSSESSIVE
                    and (plural_possessor(words, j, nxt) or words[j].lower() in role_words)
                    and (
                        body_name_follows(words, j + 2, s.last, name_words, organization_nouns)
                        or _in_body_tail(words, i, j, organization_nouns, name_words)
                    )
                ):
                    j += 2  # "the Coastal Fishermen's Association", "the Chief Minister's Office"
                else:
                    break
            if words[i] not in ("D", "R", "I") or not party_tag(words, i, j, s.first):  # (most: no call)
                chains.append((_particles_before(words, i, s.first) if words[i - 1] in _LEADS else i, j))
            i = j + 1
    return chains


def given_surnames(
    words: Sequence[str], lows: Sequence[str], caps: Sequence[int] | None = None
) -> frozenset[str]:
    """The capitalised words after a given name ('Theresa May', 'Kristen Day'): the text's surnames,
    names wherever they stand alone ('May said') though a list holds them as a modal, a day or a
    word; not a determiner, nor after an acronym ('... AI | The'). *caps*: capitals' indices."""
    if caps is None:
        caps = capitals(words)
    return frozenset(
        words[k]
        for prev, k in pairwise(caps)
        if prev == k - 1
        and lows[prev] in ANY_FIRST_NAMES
        and words[k][1:].islower()
        and lows[k] not in DETERMINERS
        and not words[prev].isupper()
        # (a day after a rarer given name is a date: 'the Scheels Arena Sunday')
        and (lows[k] not in TIME_NAMES or (lows[prev] in FIRST_NAMES and lows[k] not in WEEKDAYS))
    )


def _surname_alone(words: Sequence[str], i: int, s: Sentence) -> bool:
    """Is the text's surname at token *i* a name, not a date ('in May', 'May 5') nor before
    another name word ('May Ellis')?"""
    if i > s.first and words[i - 1].lower() in DATE_LEADS:
        return False
    return not (i + 1 <= s.last and (words[i + 1][:1].isdigit() or words[i + 1][:1].isupper()))


#: Endings of -ly adverbs formed on an adjective or participle ('Interestingly', 'Reportedly',
#: 'Ironically', 'Curiously', 'Fortunately'), which no surname in -ly has ('Connolly', 'Daly').
_ADVERB_ENDINGS = tuple("ingly edly ally ously ively fully ably ibly antly ently ately".split())


def _dated(words: Sequence[str], i: int, first: int, last: int, name_words: set[str]) -> bool:
    """Is the day or month at token *i*, before a name, a date ('On Sunday Ana Berg said')? After a date
    word (DATE_LEADS), a day always; a month before two more name words ('in August Wilson's plays')."""
    if i == first or words[i - 1].lower() not in DATE_LEADS:
        return False
    return words[i].lower().rstrip(".") in WEEKDAYS or (i + 2 <= last and words[i + 2] in name_words)


_OPEN_CHECKED = TIME_NAMES | NOT_NAMES | INDEFINITE_PRONOUNS  # (the lists _no_name_opens consults)


def _no_name_opens(
    tokens: Tokens,
    i: int,
    s: Sentence,
    name_words: set[str],
    *,
    low: str,
    surnames: frozenset[str] = frozenset(),
) -> bool:
    """Can capitalised token *i* of sentence *s* not open a name chain? A day or month on its
    own or as a date ('on Monday', 'in March'), a word no name holds where a sentence, a
    quotation or a label opens, a linking or sentence adverb ('Likewise,', 'Interestingly
    Blocher'), an indefinite pronoun ('Nobody'); but a month or first name hyphenated to a
    name word opens a given name ('Jan-Willem ter Horst', 'May-Britt Moser'); a surname the text
    gave (*surnames*: 'May said') opens a name where it stands alone. *low*: the word in lower case."""
    words = tokens.words
    w = words[i]
    if w in surnames and _surname_alone(words, i, s):
        return False
    bare = low.rstrip(".")
    hyphened = (  # (the cheap test first: most words have no hyphen after them)
        i + 1 <= s.last
        and words[i + 1] == "-"
        and (bare in TIME_NAMES or low in FIRST_NAMES)
        and _hyphen_name(tokens, i, s.last, name_words)
    )
    if bare in TIME_NAMES and not hyphened:
        nxt = words[i + 1 + (i + 2 <= s.last and words[i + 1] in NAME_PARTICLES)] if i < s.last else ""
        if nxt not in name_words or _dated(words, i, s.first, s.last, name_words):
            return True  # (a day or month alone or in a date; 'Jan de Vries': a particle stepped over)
        if len(low) == 3:  # ('Jun Sato', 'Jan Kowalski': a month's abbreviation takes a number)
            return False
    return (
        w not in name_words
        or (
            bare in NOT_NAMES
            and w[1:] != "."  # (an initial is a name: 'A. J. Carrow', 'I. M. Lau')
            and not hyphened
            # ('New Brunswick Premier NAME', 'New York Gov. NAME': a place's name opens the sentence)
            and not (low == "new" and i + 1 <= s.last and words[i + 1] in name_words)
            and (
                i == s.first
                or words[i - 1] in OPENERS  # '"It is possible," he said': a quotation's first word
                or words[i - 1] == ":"  # 'Q: Does Ivo Berg ...': a label's utterance opens
                or low in DETERMINERS
                or low in _ALWAYS_FUNCTION
            )
        )
        or (i == s.first and low in CONJUNCTIVE_ADVERBS and i + 1 <= s.last and words[i + 1] == ",")
        or low in INDEFINITE_PRONOUNS
        or (i == s.first and low.endswith(_ADVERB_ENDINGS) and low not in FIRST_NAMES)
    )


def _hyphen_name(tokens: Tokens, i: int, last: int, name_words: set[str]) -> bool:
    """Is the month or day word at token *i* the first half of a hyphenated given name ('Jan-Willem';
    'Jun-ho Baek', whose romanized second syllable is in lower case, before a name word)?"""
    words, lows = tokens.words, tokens.lows
    second = words[i + 2] if i + 2 <= last else ""
    syllable = second.isalpha() and second.islower() and len(second) <= _SYLLABLE and i + 3 <= last
    return (
        i + 2 <= last
        and words[i + 1] == "-"
        and (second in name_words or (syllable and words[i + 3] in name_words))
        and lows[i + 2].rstrip(".") not in TIME_NAMES
        and tokens.ends[i] == tokens.starts[i + 1]
        and tokens.ends[i + 1] == tokens.starts[i + 2]
    )


#: The most letters of a romanized syllable after a hyphen in a given name ('Jun-ho', 'Min-jun').
_SYLLABLE = 4
#: The words after a chain over which :func:`_inner_join` may carry it on (besides a hyphen).
_INNER_JOINERS = HYPHEN_NAME_PARTICLES | frozenset(["of", "for", "in", "against", "without", ","])


def _inner_join(
    tokens: Tokens,
    chain: tuple[int, int, int],
    name_words: set[str],
    nouns: tuple[frozenset[str], frozenset[str]],
) -> int:
    """The new last token of chain *i..j* (up to *last*: *chain* is the three) when the words after
    token *j* stay inside the name: a hyphen joined without spaces to a name word ('Kerr-Whitaker'),
    to a given name's second syllable (:func:`_syllable_joined`) or to a body noun's second half
    (:func:`~quotex.mentions.compounds.body_compound`), a hyphened lower-case particle and a name
    word ('Yusuf al-Shammari'),
    or *of the* (*for the* right after the body noun) and a name word that is no role after a body
    noun ('the Office of the Rail Ombudsman'; not 'the Office of the Secretary of State', whose role
    the mention reads as a title), or a group's name going on over its link
    (``group_names.named_group_end``); else -1. *nouns*: the organisation nouns and role words."""
    i, j, last = chain
    words, lows = tokens.words, tokens.lows
    organization_nouns, role_words = nouns
    nxt = words[j + 1]
    if nxt == "-" and j + 2 <= last and f"{lows[j]}-{lows[j + 2]}" in HYPHENATED_POSITIONS:
        return -1  # ('Full-back NAME', 'Centre-forward NAME': a player's position, no name)
    if nxt == "-" and (
        (
            j + 2 <= last
            and words[j + 2] in name_words
            and tokens.ends[j] == tokens.starts[j + 1]
            and tokens.ends[j + 1] == tokens.starts[j + 2]
        )
        or _syllable_joined(tokens, j, i, last, name_words)
        or body_compound(tokens, j, last, organization_nouns)
    ):
        return j + 2
    if (
        nxt.lower() in HYPHEN_NAME_PARTICLES
        and j + 3 <= last
        and words[j + 2] == "-"
        and words[j + 3] in name_words
        and tokens.ends[j + 1] == tokens.starts[j + 2]
        and tokens.ends[j + 2] == tokens.starts[j + 3]
    ):
        return j + 3  # 'Yusuf al-Shammari', 'Amr el-Sayed' (HYPHEN_NAME_PARTICLES)
    if (
        (nxt.lower() == "of" or (nxt.lower() == "for" and _body_noun(words[j], organization_nouns)))
        and j + 3 <= last
        and words[j + 2] == "the"
        and words[j + 3] in name_words
        and lows[j + 3] not in _ALWAYS_FUNCTION
        # (a role with a portfolio after *for* names the role's office: 'the Office of the
        # Commissioner for Older People')
        and (
            lows[j + 3] not in role_words
            or (j + 5 <= last and lows[j + 4] == "for" and words[j + 5] in name_words)
        )
        # (not the prefix of a person's role: 'Co-Founder NAME of the X Cooperative')
        and any(lows[k] in organization_nouns and not co_prefix(lows, k) for k in range(i, j + 1))
    ):
        return j + 3
    # 'the Vietnamese Embassy in Jakarta', 'Riders for Reliable Transit'
    return named_group_end(words, (i, j, last), name_words=name_words, roles=role_words)


def _syllable_joined(tokens: Tokens, j: int, i: int, last: int, name_words: set[str]) -> bool:
    """Is the hyphen after token *j* (of a chain opened at *i*) inside a hyphenated given name
    whose second syllable is written in lower case, as Korean and some Chinese given names are
    ('Park Ji-woo', 'Kim Jong-un', 'Ji-woo Park')? The first syllable is a capitalised word of
    two to five letters, the second one to five lower-case letters joined without spaces, no
    function word, past form or compound head ('Trump-led', 'White House-era', 'New
    York-based', 'State-as'); and a name word comes before it in the chain or right after it,
    maybe past a nickname ('Seo-yeon "the Fixer" Kang')."""
    words = tokens.words
    if j + 2 > last:
        return False
    second = words[j + 2]
    return (
        syllable_pair(tokens, j)
        and not words[j].isupper()
        and (second not in _ALWAYS_FUNCTION or second == "in")  # ('Moon Jae-in')
        and not second.endswith("ed")
        # (a past form ends a compound: 'Trump-won counties'; but after a family name of at most
        # five letters, or after a first syllable of at most four before a name word, it is a
        # given name's syllable: 'Seo Jae-won', 'Lee Hye-ran', 'Professor Jae-won Seong')
        and (
            second not in IRREGULAR_PAST
            or (j == i + 1 and len(words[i]) <= 5)
            or (
                len(words[j]) <= PAST_SYLLABLE_BEFORE
                and j + 3 <= last
                and _name_follows(words, j + 3, last, name_words)
            )
        )
        and second not in COMPOUND_HEADS
        and (j > i or (j + 3 <= last and _name_follows(words, j + 3, last, name_words)))
    )


def _name_follows(words: Sequence[str], k: int, last: int, name_words: set[str]) -> bool:
    """Is token *k* a name word, or a quoted nickname followed by one ('Seo-yeon "the Fixer" Kang')?"""
    end = nickname_end(words, k, last)  # (a nickname that stage 2 made one token too: '"Tank"')
    return words[k] in name_words or (0 < end < last and words[end + 1] in name_words)


def _holds_body_noun(
    words: Sequence[str], lows: Sequence[str], i: int, j: int, bodies: frozenset[str]
) -> bool:
    """Does chain *i..j* hold an organisation noun (:func:`_body_noun`), not the prefix of a
    person's role ('Co-Founder NAME of the X Cooperative': :func:`~quotex.mentions.compounds.co_prefix`)?"""
    return any(_body_noun(words[k], bodies) and not co_prefix(lows, k) for k in range(i, j + 1))


def _body_noun(word: str, bodies: frozenset[str]) -> bool:
    """Is *word* an organisation noun or its plural in *-s* ('Office', 'Centers')?"""
    low = word.lower()
    return low in bodies or (low[-1:] == "s" and low[:-1] in bodies)


def _in_body_tail(words: Sequence[str], i: int, j: int, bodies: frozenset[str], name_words: set[str]) -> bool:
    """Is chain *i..j* a body's name past its *of* or *for*, with a name word after the possessive
    that follows token *j* ("the Foundation for Children's Literacy"; not a person's first name:
    "the Office of the Commissioner for Older People's Ana Berg")?"""
    return (
        j + 2 < len(words)
        and words[j + 2] in name_words
        and words[j + 2].lower() not in ANY_FIRST_NAMES
        and any(words[k].lower() in ("of", "for") for k in range(i + 1, j))
        and any(_body_noun(words[k], bodies) for k in range(i, j))
    )


def nickname_end(words: Sequence[str], k: int, last: int) -> int:
    """The closing mark of a quoted nickname of one to three capitalised words (after a *the* or
    not) opened at token *k* ('"Tugboat"', '“The Mailman”', '"the Professor"') when a token
    follows it before *last*, else -1. A nickname that stage 2 made one token
    (:func:`nickname_token`) is its own closing mark."""
    if words[k] not in NICK_OPEN:
        return k if k < last and nickname_token(words[k]) else -1
    j = k + 1 + (k + 2 <= last and words[k + 1] == "the")  # ('Aoife "the Professor" Kinsella')
    while j <= last and j - k <= 3 and words[j][:1].isupper() and words[j].isalpha():
        j += 1
    return j if k + 1 < j < last and words[j - 1][:1].isupper() and words[j] in NICK_CLOSE else -1


def nickname_token(word: str) -> bool:
    """Is *word* a quoted nickname made one token ('“The Anchor”': see
    ``quotex.described_marks.merged_names``)?"""
    return len(word) > 2 and word[0] in NICK_OPEN and word[-1] in NICK_CLOSE


NICK_OPEN = frozenset({'"', "“", "‘", "'", "''", "``", "„", "«", "‹"})
#: The lower-case words a chain may run on over though no name word (:func:`name_chains`' tests).
_CHAIN_LINKS = (
    NICK_OPEN | POSSESSIVE | _INNER_JOINERS | NAME_PARTICLES | NAME_SUFFIXES | {"-", "&", "and", "on"}
)
NICK_CLOSE = frozenset({'"', "”", "’", "'", "''", "“", "»", "›"})  # (German „Tug“, French «Tug»)
#: Tokens after which a word starts a sentence of its own (an opening quotation mark or bracket).
OPENERS = frozenset(['"', "“", "‘", "'", "«", "„", "(", "[", "''", "``"])
_ALWAYS_FUNCTION = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as"]
)


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
    return n >= 4 and (function_word or words[sent.last] not in SENTENCE_ENDS)


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


def confirm_headline_names(
    words: Sequence[str], sentences: Sequence[Sentence], chains: Sequence[tuple[int, int]], lexicon: Lexicon
) -> list[tuple[int, int, int]]:
    """*chains*, each as (first, last, its sentence's index), with those of title-case lines checked against
    running text, where a headline capitalises every word: such a chain of two words or more keeps its longest
    run (of at most :data:`_NAME_RUN` words) that running text writes as a name (or as a name's last one or
    two words), with the words before it that a name may hold; else it stays whole when it has three words at
    most and none that a name never holds; else it is dropped ('Ted Cruz Hints Trump Would Get Border Wall
    Contract' -> 'Ted Cruz')."""
    title_case: dict[int, bool] = {}
    located: list[tuple[int, int, int]] = []  # (first, last, sentence index)
    si, lasts, top = 0, [s.last for s in sentences], len(sentences) - 1
    for first, last in chains:
        si = min(bisect_left(lasts, first, si), top)  # (the chain's: the first to end at or after it)
        located.append((first, last, si))
    doubtful = {si for first, last, si in located if last > first}
    for si in doubtful:
        title_case[si] = _title_case(words, sentences[si])
    if not any(title_case.values()):
        return located
    verbs = lexicon.verb_forms  # (a break is in _HEADLINE_BREAKS or verbs: two look-ups, no union made)
    running: set[str] = set()
    for first, last, si in located:
        if not title_case.get(si, False):
            running.add(" ".join(words[first : last + 1]))
            running.add(words[last])
            if last > first:
                running.add(" ".join(words[last - 1 : last + 1]))
    out: list[tuple[int, int, int]] = []
    for first, last, si in located:
        if last == first or not title_case[si] or " ".join(words[first : last + 1]) in running:
            out.append((first, last, si))
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
            out.append((a, best[1], si))
        elif last - first < 3 and not any(_headline_break(w.lower(), verbs) for w in words[first : last + 1]):
            out.append((first, last, si))
    return out


#: Tokens that end a sentence of running text; a line without one is a headline.
SENTENCE_ENDS = frozenset([".", "!", "?", '"', "”", "’", "'", ":", "…"])


def lettered(words: Sequence[str], first: int, last: int) -> int:
    """The last token of chain *first..last* before post-nominal letters at its end ('Fiona
    Carmody | SC', 'Boukary Sawadogo | KC': no third word of the name, nor a role's)."""
    while last > first + 1 and words[last] in POST_NOMINALS:
        last -= 1
    return last


def name_text(tokens: Tokens, first: int, last: int) -> str:
    """The name's text, without a quoted nickname: 'Gordon "Tugboat" Ferris' -> 'Gordon Ferris',
    nor post-nominal letters at its end ('Fiona Carmody SC' -> 'Fiona Carmody')."""
    words = tokens.words
    text = tokens.text
    last = lettered(words, first, last)
    if last - first < 2 or not any(w[0] in NICK_OPEN for w in words[first + 1 : last]):
        return printed(text[tokens.starts[first] : tokens.ends[last]])  # (a nickname needs three tokens)
    kept: list[str] = []  # (the text of each run of tokens between nicknames)
    k = run = first
    while k <= last:
        end = nickname_end(words, k, last)  # (an apostrophe alone, "the Farmers' Union", opens none)
        if end > 0:
            if k > run:
                kept.append(text[tokens.starts[run] : tokens.ends[k - 1]])
            k = run = end + 1
            continue
        k += 1
    kept.append(text[tokens.starts[run] : tokens.ends[last]])
    return printed(" ".join(kept))
