"""Word tests of the source noun phrase walkers (:mod:`quotex.attributions.noun_phrases`):
a participle opening a clause, a fixed noun compound, a modifier of a role, a titled name
inside the phrase, a determiner opening the phrase, a plural possessive's bare apostrophe, a
place's region between commas, a role with its modifiers or joined to a first role by *and*, a
past participle that reduces a relative clause after a name (:func:`reduced_participle`)."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.context import is_source_noun
from quotex.attributions.counted_nouns import counted_noun
from quotex.attributions.np_heads import titled_name_follows
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    ING_MODIFIERS,
    NOT_NAMES,
    NUMBER_WORDS,
    OFFICE_WORDS,
    STOP_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.grammar import (
    ADVERBS,
    AUXILIARIES,
    BARE_INFINITIVE_VERBS,
    NOUN_DETERMINERS,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVES,
)
from quotex.lexicon.verb_frames import CUE_NOUN_COMPOUNDS, MEDIUM_VERB_FORMS
from quotex.mentions import is_body_word, is_name_word, prefix_title
from quotex.mentions.words import is_role
from quotex.tokens import Tokens

#: The most lower-case words between a body's name and the name its role titles ('Cork
#: county coroner', 'Marlow Mutual rolling stock chief').
_MAX_TITLE_WORDS = 3


def titled_name_after(tokens: Tokens, j: int, first: int, ceiling: int, lexicon: Lexicon) -> int:
    """After a body's name read from *first*, do the lower-case words from token *j* end in a
    role and a full name that the role titles ('According to Cork county coroner Ada Quist,
    ...': the title a mention reads, :func:`~quotex.mentions.prefixes.prefix_title`, reaches
    back to *j*)? The name's first token, else -1."""
    words = tokens.words
    n = j
    while n <= ceiling and n - j < _MAX_TITLE_WORDS and words[n].isalpha() and words[n].islower():
        n += 1
    if n == j or n > ceiling or not is_name_word(words[n]):
        return -1
    if not is_role(words[n - 1], lexicon):
        return -1
    lo = prefix_title(tokens, n, lexicon, floor=first)[0]
    return n if 0 <= lo < j else -1


def opens_with_participle(words: Sequence[str], src: tuple[int, int]) -> bool:
    """The phrase *src* opens with a participle and its object ('reviving a decade-old
    dispute', 'beating Ines Marr'): a clause, never a subject. (An *-ing* adjective before
    its noun stays: 'striking dockers', 'leading economists'; and before *that*, which may
    open a clause: 'astounding that Lund ...'.)"""
    first, nxt = words[src[0]], words[src[0] + 1] if src[0] < src[1] else ""
    return (
        words[src[1]].lower() not in ("who", "which", "that")  # ('paying an architect who')
        and first.islower()
        and first.endswith("ing")
        and len(first) > 4
        and (nxt.lower() in NOUN_DETERMINERS or nxt.lower() in QUANTIFIERS or is_name_word(nxt))
    )


#: The most lower-case nouns that may modify a role noun before a name ('rail | accessibility |
#: officer Ana Berg').
_ROLE_MODIFIER_NOUNS = 3


def before_role_noun(words: Sequence[str], k: int, head: int, lexicon: Lexicon) -> bool:
    """Is token *k* a lower-case role or body noun, or one of up to
    :data:`_ROLE_MODIFIER_NOUNS` lower-case words before one, all before token *head*?"""
    for m in range(k, min(head, k + _ROLE_MODIFIER_NOUNS)):
        w = words[m]
        if not (w.isalpha() and w.islower()):
            return False
        if w in lexicon.role_words or is_body_word(w, lexicon):
            return True
    return False


def modifies_role(words: Sequence[str], j: int, ceiling: int, lexicon: Lexicon) -> bool:
    """Is the lower-case verb form at token *j* a modifier of the role word after it, one of
    :data:`~quotex.lexicon.function_words.TITLE_MODIFIERS` or a gerund (*state* in *state
    Senator*, *planning* in *planning director*), as the title of a name that follows?"""
    low = words[j].lower()
    if not (low in TITLE_MODIFIERS or low.endswith("ing")) or j + 2 > ceiling:
        return False
    r = capitalised_post_role(words, j, ceiling, lexicon)  # ('state Water Resources Minister NAME')
    if (
        r < 0
        and (r := j + 1) + 2 <= ceiling
        and words[r].isalpha()
        and words[r].islower()
        and words[r + 1].lower() in lexicon.role_words
    ):
        r += 1  # ('state party chair': a noun between the modifier and the role)
    role = words[r].lower().rstrip(".")  # ('state Sen. Ida Berg': an abbreviated title too)
    after = words[r + 1]  # (a name, or the role's place and a comma before it: 'state senator, Ida Berg')
    return (role in lexicon.role_words or role in lexicon.title_abbreviations) and (
        is_name_word(after) or after in _AFTER_MODIFIED_ROLE
    )


#: The most capitalised words of a post between a modifier and its role ('Natural Resources').
_POST_WORDS = 3


def capitalised_post_role(words: Sequence[str], j: int, ceiling: int, lexicon: Lexicon) -> int:
    """The capitalised role word of a post whose capitalised modifiers follow the lower-case
    modifier at token *j* and which a name follows ('state | Water Resources Minister | Ida
    Berg'): one to three capitalised words, none a role, then a capitalised role and a name
    word, never past *ceiling*; else -1."""
    r = j + 1
    while r <= ceiling and r - j <= _POST_WORDS and is_name_word(words[r]) and not is_role(words[r], lexicon):
        r += 1
    if r == j + 1 or r + 1 > ceiling or not words[r][:1].isupper() or not is_role(words[r], lexicon):
        return -1
    return r if is_name_word(words[r + 1]) else -1


#: What may follow a modified role before the name it titles ('the state senator, Ida Berg',
#: 'the state representative from Manitoba, Ida Berg').
_AFTER_MODIFIED_ROLE = frozenset([",", "from", "of", "for"])


def in_fixed_compound(lows: Sequence[str], i: int, first: int, last: int) -> bool:
    """Is token *i* (a cue form) part of a fixed noun compound (``verb_frames.CUE_NOUN_COMPOUNDS``)
    within tokens *first..last* of *lows* (the words in lower case): the modifier of the head
    after it ('a think | tank', 'the talk | show') or the head after its modifier ('the talk
    show | warned')?"""
    low = lows[i]
    heads = CUE_NOUN_COMPOUNDS.get(low)
    if heads is not None and i + 1 <= last and lows[i + 1] in heads:
        return True
    return i - 1 >= first and low in CUE_NOUN_COMPOUNDS.get(lows[i - 1], ())


def role_modifier(words: Sequence[str], j: int, first: int, last: int, lexicon: Lexicon) -> bool:
    """Is the cue form at token *j* a title's modifier, one of
    :data:`~quotex.lexicon.function_words.TITLE_MODIFIERS` or
    :data:`~quotex.lexicon.function_words.ING_MODIFIERS` before a role word, in a phrase that
    opens at *j* or after a determiner, an adjective of a title or a place's name: *state* in
    '"C," state Sen. Ida Berg said', 'State senator Ida Berg said', 'the state senator said';
    *planning* in 'city planning director Ida Berg'? Such a word is no verb (not *says* in
    'Residents say officer Ida Berg ...': no title modifier)."""
    low = words[j].lower()
    if (low not in TITLE_MODIFIERS and low not in ING_MODIFIERS) or j + 1 > last or not words[j].isalpha():
        return False
    if not (words[j].islower() or j == first or words[j][1:].islower()):
        return False
    prev = words[j - 1] if j > first else ""
    if (
        prev
        and prev[:1].isalnum()
        and prev.lower() not in NOUN_DETERMINERS
        and prev.lower() not in TITLE_MODIFIERS  # ('former state Rep. Ida Berg')
        and not is_name_word(prev)
        and (prev.lower() in STOP_WORDS or prev.lower() in lexicon.verb_forms or not prev.islower())
        and not (prev.lower() in lexicon.verb_forms and titled_name_follows(words, j, last, lexicon))
    ):
        return False  # ('will state', 'they state')
    if prev and is_name_word(prev) and not words[j].islower():
        return False  # ('the New York State Senate' is a name)
    role = words[j + 1]
    if not is_role(
        role, lexicon
    ):  # ('State Water Resources Minister NAME', 'state schools superintendent NAME')
        named = titled_name_follows(words, j, last, lexicon) or modifies_role(words, j, last, lexicon)
        return named or capitalised_post_role(words, j, last, lexicon) > 0  # ('State epidemiologist NAME')
    after = words[j + 2].lower() if j + 2 <= last else ""
    return modifies_role(words, j, last, lexicon) or (
        role.islower()
        and (after in lexicon.verb_forms or after in (",", "", "."))
        and (prev.lower() in NOUN_DETERMINERS or prev.lower() in TITLE_MODIFIERS)
    )


def hyphen_joined(tokens: Tokens, i: int) -> bool:
    """Is token *i* joined by a hyphen, with no space on either side, to a word before or
    after it ('think-tank', 'well-known', 'tell-all')? Such a word is part of a compound,
    never a verb of its own (a spaced hyphen is a dash: 'he said - and then ...')."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    after = i + 2 < n and words[i + 1] == "-" and starts[i + 1] == ends[i] and starts[i + 2] == ends[i + 1]
    before = i >= 2 and words[i - 1] == "-" and ends[i - 1] == starts[i] and ends[i - 2] == starts[i - 1]
    return (after and words[i + 2][:1].isalnum()) or (before and words[i - 2][:1].isalnum())


def hyphened_adverb(tokens: Tokens, i: int, last: int) -> bool:
    """Does a hyphened compound adverb open at token *i*: words joined by hyphens, the last in
    *-ly* ('matter-of-factly', 'tongue-in-cheekly')? It is no noun phrase."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    k = i
    while k + 2 <= last and words[k + 1] == "-" and ends[k] == starts[k + 1] and ends[k + 1] == starts[k + 2]:
        k += 2
    return k > i and words[k].islower() and words[k].endswith("ly")


def compound_word(tokens: Tokens, i: int, first: int, last: int) -> bool:
    """Is token *i* a noun although it looks like a verb: part of a compound noun, hyphen-joined
    (:func:`hyphen_joined`), a fixed compound within tokens *first..last*
    (:func:`in_fixed_compound`: 'a think tank') or a modifier after an article
    (:func:`article_modifier`: 'the back row'); or a counted plural (:func:`counted_noun`:
    'officials in both states')?"""
    words = tokens.words
    return (
        hyphen_joined(tokens, i)
        or in_fixed_compound(tokens.lows, i, first, last)
        or article_modifier(words, i, first, last)
        or counted_noun(words, i, first)
    )


def noun_modifier_form(words: Sequence[str], j: int, floor: int, head: int) -> bool:
    """Is the cue form at token *j* a modifier inside the noun phrase that ends at *head*: the
    first word of a fixed compound ('the think tank') or, right before the head, a word after
    an article (:func:`article_modifier`: 'a man in the back row') or an *-ing* word after a
    possessive ("the council's planning department")?"""
    low = words[j].lower()
    return (
        words[j + 1].lower() in CUE_NOUN_COMPOUNDS.get(low, ())
        or (j + 1 == head and article_modifier(words, j, floor, head))
        # ("Harlow Council's planning department": a gerund after a possessor modifies the head)
        or (j + 1 == head and j > floor and words[j - 1] in ("'s", "’s") and low.endswith("ing"))
    )


#: Articles: a word right after one opens a noun phrase, never a verb phrase.
_ARTICLES = frozenset(["a", "an", "the"])


def article_modifier(words: Sequence[str], i: int, first: int, last: int) -> bool:
    """Is the lower-case word at token *i* (a verb form, say) a noun's modifier because an
    article stands right before it and a lower-case word that is no function word right after
    it, both within tokens *first..last* ('a man in the back row', 'an echo chamber'; not 'a
    question | Whitcombe's team hopes ...', a noun before a name)? Possessives are left out
    ('told her back ...')."""
    if not first < i < last:
        return False
    w, nxt = words[i], words[i + 1]
    return (
        w.isalpha()
        and w.islower()
        and words[i - 1].lower() in _ARTICLES
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in STOP_WORDS
    )


def plural_apostrophe(words: Sequence[str], j: int, ceiling: int) -> bool:
    """Is token *j* a bare apostrophe of a plural possessive after a capitalised word, before
    another ("the Crofters' Federation") or before a lower-case noun and a role ("Caldbeck
    Mills' marketing director"), or after a determiner's lower-case plural and before a
    lower-case noun ("the residents' group", "the tenants' association"), not a closing
    quotation mark?"""
    nxt = words[j + 1] if j + 1 <= ceiling else ""
    if words[j] not in ("'", "’") or j < 2 or j + 1 > ceiling or not words[j - 1].endswith("s"):
        return False
    if words[j - 1].islower():
        return words[j - 2].lower() in DETERMINERS and nxt.isalpha() and nxt.islower()
    return is_name_word(words[j - 1]) and (
        is_name_word(nxt) or (nxt.isalpha() and nxt.islower() and j + 2 <= ceiling and words[j + 2].isalpha())
    )


#: Prepositions before a place whose region may follow it between commas (and the spatial
#: ones of a place above or below another: 'the hills above Tamale, Ghana,').
_REGION_PREPOSITIONS = frozenset("in near outside from above below beneath beyond".split())
#: Prepositions of place before a place whose region a second comma closes inside an aside
#: ('who moved to Dayton, Ohio, last year,'): any preposition of place or direction.
_PAIR_PREPOSITIONS = _REGION_PREPOSITIONS | frozenset("to at into across around toward towards".split())


def place_region(
    words: Sequence[str], k: int, j: int, floor: int, prepositions: frozenset[str] = _REGION_PREPOSITIONS
) -> bool:
    """Are the words between the commas at *k* and *j* a place's region, not a name ('a teacher
    in Springfield, Illinois, said', 'a farmer near Ennis, Co Clare, said'): one word (*Ontario*
    is a given name too; a surname alone after a place is rare), or *Co*/*County* and a word,
    after one to three capitalised words that follow *in*, *near*, *outside* or *from*?"""
    inner = words[k + 1 : j]
    region = len(inner) == 1 or (len(inner) == 2 and inner[0].rstrip(".") in ("Co", "County"))
    if not region:
        return False
    m = k - 1
    while m > floor and is_name_word(words[m]) and k - m <= 3:
        m -= 1
    return m < k - 1 and words[m].lower() in prepositions


#: Words after a place's region that open an adjunct of the aside ('born in Bergen, Norway, | last
#: year', '| who ...'), besides prepositions and participles: a region followed by anything else
#: may be a one-word name with its own apposition ('a pipeline to Leith, Brekke, the harbour chief,').
_PLACE_ADJUNCTS = RELATIVES | frozenset("last this next earlier later before after since until when".split())


def place_pair_open(words: Sequence[str], k: int, floor: int) -> int:
    """The comma that opens a place's region closed by the comma at token *k* ('in Tromso |,|
    Norway, in 1990'), so that a walk left over an aside steps over both commas of the place
    (American punctuation closes the region with a comma of its own); -1 when the words before
    *k* are no region after a place (:func:`place_region`) or no adjunct follows *k*: a
    preposition, a time word, a relative or a participle."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if not (nxt.lower() in PREPOSITIONS or nxt.lower() in _PLACE_ADJUNCTS or nxt.endswith(("ing", "ed"))):
        return -1  # ('a pipeline to Leith, Brekke, the harbour chief, said': a name and its apposition)
    if not is_name_word(words[k - 1]):
        return -1  # ('in Iowa, he, too, feels': a pronoun is no region)
    for p in (k - 2, k - 3):
        if p > floor and words[p] == "," and place_region(words, p, k, floor, _PAIR_PREPOSITIONS):
            return p
    return -1


def past_with_object(words: Sequence[str], k: int, last: int) -> bool:
    """A lower-case form in *-ed* at token *k* followed by a determiner (not *a*/*an*, which
    follow a participle too often) and a word: a reduced passive participle takes no direct
    object, so the form is a finite past with its object ('the debate schedule favoured the
    front-runner')."""
    w = words[k]
    if not (w.isalpha() and w.islower() and w.endswith("ed") and len(w) > 4) or k + 2 > last:
        return False
    return words[k + 1].lower() in ("the", "his", "her", "their", "its", "our") and words[k + 2].isalpha()


def before_name_body(words: Sequence[str], j: int, floor: int) -> int:
    """The last token of a name before *of*, *at* or *from* and a body's or place's capitalised
    name that ends at the comma at token *j* ('Ana Roe | of the Northern League |,', 'Dale Roe
    | of WKTV |,'): the leftmost such link after a name word; else *j* - 1."""
    found = j - 1
    m = j - 1
    while m > floor and j - m <= _NAME_BODY_REACH and (is_name_word(words[m]) or words[m] in _BODY_INNER):
        if words[m] in _NAME_BODY_LINKS and is_name_word(words[m - 1]) and is_name_word(words[j - 1]):
            found = m - 1
        m -= 1
    return found


#: Links between a name and its body ('Ana Roe of the Northern League'), the words inside a
#: body's name, and how far back the body may start.
_NAME_BODY_LINKS = frozenset(["of", "at", "from"])
_BODY_INNER = frozenset(["of", "at", "from", "the", "and", "&", "for"])
_NAME_BODY_REACH = 10


def gerund_portfolio(words: Sequence[str], j: int, ceiling: int, lexicon: Lexicon) -> bool:
    """Is lower-case *-ing* word *j* the noun of a role's portfolio: right after *of* or *for*
    after a role word, and before a comma, a full stop or a body's link ('head of planning,',
    'director of marketing at X'), so no verb ('the head of | planning' is one phrase)?"""
    w = words[j]
    return (
        j >= 2
        and w.islower()
        and w.isalpha()
        and w.endswith("ing")
        and words[j - 1] in ("of", "for")
        and words[j - 2].lower() in lexicon.role_words
        and (j + 1 > ceiling or words[j + 1] in (",", ".", "at", "with"))
    )


def counted_pronoun(words: Sequence[str], first: int, last: int) -> bool:
    """Is *first..last* a count of a group the text named before, which a name after it
    identifies: *one of them*, *two of us*, *another* ('said one of them, Ada Quist')?"""
    low = words[first].lower()
    if not (low in NUMBER_WORDS or low in ("another", "each")):
        return False
    return last == first or (
        last == first + 2 and words[first + 1].lower() == "of" and words[last].lower() in ("them", "us")
    )


def knowledge_of_end(words: Sequence[str], j: int, ceiling: int) -> int:
    """The token after *with (ADJ) knowledge of* at token *j* (*with*), up to *ceiling*: the
    post-modifier of an anonymous source (*a person with direct knowledge of the talks*); 0
    when it is not there."""
    k = j + 1
    if k <= ceiling and words[k].lower() != "knowledge" and words[k].isalpha() and words[k].islower():
        k += 1  # ('direct', 'first-hand', 'intimate')
    if k + 1 <= ceiling and words[k].lower() == "knowledge" and words[k + 1].lower() == "of":
        return k + 2
    return 0


def first_conjunct_role(words: Sequence[str], a: int, floor: int, lexicon: Lexicon) -> int:
    """The *a*/*an* opening a first noun joined by *and* to the phrase at token *a*, one of the
    two a role ('Ana Lund, | a developer and | spokeswoman for the coalition, which ..., said'),
    or the office word before *and* that opens a post's portfolio ('Health and | Social Care
    Secretary Ana Berg'); else *a*."""
    if (
        a - 2 >= floor
        and words[a - 1] == "and"
        and words[a - 2][:1].isupper()
        and words[a - 2].lower() in OFFICE_WORDS
    ):
        return a - 2
    return _first_role_conjunct(words, a, floor, lexicon)


def _first_role_conjunct(words: Sequence[str], a: int, floor: int, lexicon: Lexicon) -> int:
    """The *a*/*an* of :func:`first_conjunct_role`'s first case; else *a*."""
    if a - 3 < floor or words[a - 1] != "and" or not (words[a - 2].isalpha() and words[a - 2].islower()):
        return a
    second = [w for w in words[a : a + 3] if w.isalpha() and w.islower()]  # ('board member of')
    if words[a - 2] not in lexicon.role_words and not any(w in lexicon.role_words for w in second):
        return a  # (one of the two is a role: 'a developer and spokeswoman', 'a nurse and mother of two')
    k = a - 3
    while (
        k > floor
        and a - k <= 8
        and words[k] not in ("a", "an")
        and (words[k].islower() or words[k] == "-" or words[k + 1] == "-")  # ('a Leith-based developer')
    ):
        k -= 1
    return k if words[k] in ("a", "an") else a


def modified_role(words: Sequence[str], a: int, b: int, lexicon: Lexicon) -> bool:
    """Do tokens *a..b* open with lower-case modifiers of a role noun before its preposition
    ('research director for Norvik Analytics', 'senior policy adviser at ...')?"""
    k = a
    while k < b and words[k].isalpha() and words[k].islower() and words[k + 1] not in PREPOSITIONS:
        k += 1
    role = words[k].islower() and words[k] in lexicon.role_words
    return k > a and role and k < b and words[k + 1] in PREPOSITIONS


def relative_subject(words: Sequence[str], head: int, lexicon: Lexicon) -> bool:
    """Does the bare plural at token *head* open a relative clause as its subject, after
    *which*, *whom* or *what* ('which tenants called'; not before a verb with a bare infinitive,
    'which helps explain'), or after *that* following a noun ('the cells that inmates call':
    a relative, where *that* after a verb, 'said that inmates called', opens a content)?"""
    before = words[head - 1].lower() if head > 0 else ""
    if words[head].lower() in BARE_INFINITIVE_VERBS:
        return False
    if before in ("which", "whom", "what"):
        return True
    if before != "that" or head < 2:
        return False
    noun = words[head - 2]
    low = noun.lower()
    return (
        noun.isalpha()
        and noun.islower()
        and low not in lexicon.verb_forms
        and low not in STOP_WORDS
        and low not in ADVERBS
        and low not in AUXILIARIES
        and not low.endswith("ed")
    )


def determiner_at(lows: Sequence[str], j: int, head: int) -> bool:
    """Is token *j* a determiner of the phrase headed at token *head*? Not *that* right before a
    plural head, which a determiner *that* never takes ('those inmates'): there it is a relative
    pronoun or a conjunction ('the cells that | inmates call', 'said that | inmates called')."""
    low = lows[j]
    if low not in DETERMINERS:
        return False
    head_low = lows[head]
    return not (low == "that" and j + 1 == head and head_low.endswith("s") and not head_low.endswith("ss"))


#: How far into an apposition after a source its head noun may stand ('the company's chief
#: executive'), and how long the apposition may run: a longer phrase is a clause ('According to
#: the records, the objects arrived in ... shipped by an army officer, NAME, ...').
_APPOSITION_HEAD_REACH = 5
_APPOSITION_TOKENS = 12


def source_apposition(words: Sequence[str], k: int, m: int, lexicon: Lexicon, *, closed: bool) -> bool:
    """Is *k..m-1*, after a source and a comma, an apposition naming a speaker: a source noun in
    it and, before a content that follows (*closed*: 'According to X, APPOSITION, C'), among its
    first words, the whole within :data:`_APPOSITION_TOKENS`?"""
    if closed and m - k > _APPOSITION_TOKENS:
        return False
    reach = min(m, k + _APPOSITION_HEAD_REACH + 1) if closed else m
    return any(is_source_noun(words[x].lower(), lexicon) for x in range(k, reach))


#: What may follow a coordinated source phrase: the end of its clause.
_PHRASE_ENDS = frozenset([",", ".", ";", ":", ")", "—", "–"])


def coordinated_plural_end(words: Sequence[str], last: int, ceiling: int, lexicon: Lexicon) -> int:
    """The last token of a second plural of sources joined by *and* to the plural source noun at
    *last* ('according to local officials and aid groups', 'officials and analysts said'): up to
    two lower-case modifiers, then a plural source noun that ends the phrase (punctuation or
    *ceiling* after it); -1 when there is none ('officials and the report', 'police and
    residents say')."""
    head = words[last]
    if not (last + 2 <= ceiling and words[last + 1] == "and" and head.islower() and head.endswith("s")):
        return -1
    if not is_source_noun(head, lexicon):
        return -1
    for k in range(last + 2, min(last + 4, ceiling) + 1):
        noun = words[k]
        plural = noun.islower() and noun.endswith("s") and is_source_noun(noun, lexicon)
        if plural and (k == ceiling or words[k + 1] in _PHRASE_ENDS):
            return k
        if not _modifier_word(noun, lexicon):
            return -1
    return -1


def _modifier_word(word: str, lexicon: Lexicon) -> bool:
    """A lower-case word that may modify a plural noun: no function word, determiner or verb form."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in STOP_WORDS
        and low not in DETERMINERS
        and (low not in lexicon.verb_forms)
    )


def named_body_word(words: Sequence[str], j: int, floor: int) -> bool:
    """Is capitalised verb form *j* the last word of a name before a lower-case role noun, a
    name word before it ('a Pennine | Express | spokesman', 'the Harbour | Express | editor')?"""
    return (
        j - 1 >= floor
        and is_name_word(words[j])
        and words[j + 1].islower()
        and is_name_word(words[j - 1])
        and words[j - 1].lower() not in NOT_NAMES
    )


#: Past forms that make a fixed sentence adverbial with *all* before them: 'All told, 40 were hurt',
#: 'All said and done, ...' (a disjunct idiom, not a subject and its verb).
_ALL_IDIOM_FORMS = frozenset(["told", "said"])


def all_idiom(words: Sequence[str], head: int) -> bool:
    """Is token *head* the *all* of 'All told,' / 'All said and done,': a past form and then a comma
    or *and* after it? Such an *all* is no subject (input: tokens, index; output: bool)."""
    return (
        words[head].lower() == "all"
        and head + 2 < len(words)
        and words[head + 1].lower() in _ALL_IDIOM_FORMS
        and words[head + 2] in (",", "and")
    )


def open_verb_after_source(words: Sequence[str], k: int, v: int, last: int, lexicon: Lexicon) -> bool:
    """May the lower-case word at *v*, with no verb ending of the lexicon, be the open-class verb
    after a source that runs from *k* ('"C," Lena Okafor | grumps.')? Only after a plain name (no
    comma between), and not before a role word, where it is a noun modifier in the source's title
    ('Harbour Board | operations director Ida Strand grumps', 'its sales manager'), but for a
    medium verb, whose object is its addressee ('Lena Okafor | texted reporters'); never after a
    preposition. Input: tokens, positions; output: bool."""
    return (
        words[v].islower()
        and "," not in words[k:v]
        and words[v - 1].lower() not in PREPOSITIONS  # ('director of | services NAME': a noun)
        and not (
            v + 1 <= last and is_role(words[v + 1].lower(), lexicon) and words[v] not in MEDIUM_VERB_FORMS
        )
    )


def reduced_participle(words: Sequence[str], j: int) -> bool:
    """Is token *j* a past participle that, with the time phrase after it, reduces a relative
    clause after the noun or name before it ('figures from BODY | released | on Friday')?"""
    w, before = words[j], words[j - 1]
    return (
        w.isalpha()
        and w.islower()
        and w.endswith("ed")
        and len(before) > 1  # (not 'the scholars I interviewed this week thought': a relative clause)
        and before[:1].isupper()
        and before.isalpha()
    )
