"""The name that heads a source.

Which mention inside source tokens names the speaker (*the campaign manager, Jeff Weaver*; not
*Friends of Ines Marr*), a body widened to the person in its phrase (*Theo Vandermeer of
Westbrook State University*), coordinated names (*Ivo Berg and Ina Varga*), and whether the
source opens with the name or holds it in apposition. Input: tokens, mentions and source
tokens; output: token ranges, mention indexes and paths.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

from quotex.attributions.counted_nouns import associates_after
from quotex.entities import Entity, EntityTable, after_fronted_adverbial
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import STOP_WORDS
from quotex.lexicon.grammar import (
    COMMISSIONING_PARTICIPLES,
    EXAMINING_NOUNS,
    FRONTING_PREPOSITIONS,
    PLACE_PREPOSITIONS,
)
from quotex.lexicon.titles import SINGLE_SPOKESPERSON_NOUNS, SPOKESPERSON_NOUNS, TITLE_ABBREVIATIONS
from quotex.mentions import Mention, is_body_word, is_name_word
from quotex.mentions.title_spans import after_title, title_holder
from quotex.mentions.words import unit_ordinal
from quotex.speakers.agreement import place_name
from quotex.speakers.documents import author_mention
from quotex.speakers.joint_names import full_name, may_be_person, shared_surname, surname_words
from quotex.speakers.salience import Resolver, body_like
from quotex.speakers.words import PREPOSITIONS, before_address, is_authored
from quotex.tokens import Tokens

#: The most words of a person's name in a coordinated source ('Juan Carlos de la Vega').
_MAX_NAME_WORDS = 5
#: The words that join the names of a coordinated source: 'Ivo Berg and Ina Varga', 'Berg, Varga and Moen'.
_NAME_JOINS = frozenset([",", "and"])
#: The words before a second name titled by its relation to the first ('and her | husband, Ivo Berg').
_OWNED_GAPS = (["and", "her"], ["and", "his"], ["and", "their"])


def coordinated(res: Resolver, k: int, a: int, b: int) -> str:
    """The group a coordinated source names, as 'NAME; NAME' (each person's canonical name, in
    text order, joined by a semicolon as answer keys write joint speakers), when mention *k*, the
    head of source tokens *a..b*, is joined by *and* (and, inside the source, commas) to other
    persons' names, each with its own title or none ('Senate leader Ana Berg and House Speaker
    Tim Moore', 'Ana Roe and her husband, Ivo Berg'); else "". Before the source a comma joins
    only ahead of a list's *and* ('Okafor, Diallo and Holt said', whose source may be the last
    name; not 'After meeting Berg and Varga, Moen said'), and never a preposition's object. One
    name at least must show a person, the others may be any full names with no sign of a body
    ('Lena Okafor and Sipho Dlamini'), or all may be full names with no such sign ('Aroha Ngata
    and Jean-Sébastien Roy'); or every name is one word ('Cowan and Tsang', 'Britain and France':
    all speak); or all share the last one's surname (:func:`shared_surname`)."""
    mentions, words = res.mentions, res.tokens.words

    def between(left: int, right: int) -> list[str]:
        r = mentions[right]
        lo = r.title_first if 0 <= r.title_first < r.first else r.first
        return list(words[mentions[left].last + 1 : lo])

    def joined(left: int, right: int, listed: bool) -> bool:
        gap = between(left, right)
        owned = gap in _OWNED_GAPS and bool(mentions[right].title)  # ('Ana Roe and her husband, Ivo Berg,')
        if (
            gap in (["and"], ["and", "the"])
            or owned
            or (appositive_gap(gap) and opens_clause(words, mentions[left]))
        ):
            return True  # ('Ana Roe, a nurse, and Ivo Berg said')
        m = mentions[left]  # ('Ana Roe, head cooper at X, and Ivo Berg, ...': its title set off)
        titled = m.last + 1 < m.title_first and words[m.last + 1] == ","
        if titled and list(words[m.title_last + 1 : m.title_last + 3]) == gap[-2:] == [",", "and"]:
            return opens_clause(words, m, first=res.table.sentences[res.where(left)[0]].first)
        # a comma joins inside the source, or before a list's 'and' ('Okafor, Diallo and Holt')
        commas = 0 < len(gap) <= 2 and all(w in _NAME_JOINS for w in gap)
        governs = commas and m.first > 0 and words[m.first - 1].lower() in PREPOSITIONS and "and" not in gap
        governed.extend([left] if governs else [])  # ('published in Clinical Ledger, A and B wrote')
        return commas and (listed or m.first >= a) and not governs

    governed: list[int] = []  # (a comma's left name that a preposition governs)
    units = [k]  # (the persons' mentions: one inside a title is the title's, 'at the X')
    while units[0] > 0 and k - units[0] < 8:
        p = title_holder(words, mentions, units[0] - 1)
        if not joined(p, units[0], units[0] < k):
            break
        units.insert(0, p)
    while units[-1] + 1 < len(mentions) and units[-1] - k < 8:
        n = after_title(mentions, units[-1])
        if n >= len(mentions) or mentions[n].last > b or not joined(units[-1], n, True):
            break
        units.append(n)
    first = units[0]
    if len(units) == 1 or not any("and" in between(j, n)[-2:] for j, n in itertools.pairwise(units)):
        return ""  # ('Berg, Varga said': an apposition, not a list)
    if governed and any(place_name(res.ents[res.table.of_mention[j]]) for j in units):
        return ""  # ('voters in Alabama, Georgia and Virginia said': the list is the object's)
    names: list[str] = []
    ents = [res.ents[res.table.of_mention[j]] for j in units]
    # 'Ivo and Maren Lindqvist said' (not 'Berg of Leith and Tomas Ruud'; a first name
    # used alone elsewhere is someone's surname)
    k0 = mentions[first].first
    if (
        k0 - 2 >= a
        and words[k0 - 1].lower() in PREPOSITIONS
        and words[k0 - 2].isalpha()
        and words[k0 - 2].islower()
    ):
        return ""  # ('Farmers from Ennis and Gort', 'Friends of Ana Roe and Ida Berg': the noun's modifier)
    # ('The Department of X and the Ministry of Y said in a joint statement': both bodies, each a
    # body's whole name; not the parts of one, 'U.S. Citizenship and Immigration Services', and
    # with no article of its own a body's noun heads each, not a trade's: 'Senate Energy and ...')
    articled = all("the" in between(j, n) for j, n in itertools.pairwise(units))
    together = _joint_words(res.lows, a, b)  # ('X and Y said in a joint statement': bodies' names)
    if len({e.name for e in ents}) == len(ents) and all(
        _whole_body(e, articled, res.lexicon) or (together and (e.body_evidence or body_like(e)))
        for e in ents
    ):
        return "; ".join(e.name for e in ents)
    alone = all(len(e.mentions) == 1 for e in ents[:-1]) and (k0 == 0 or words[k0 - 1] not in PREPOSITIONS)
    titled = 0 <= mentions[units[-1]].title_first < mentions[units[-1]].first  # ('Kent and Medway Police X')
    joint = shared_surname([ent.words for ent in ents]) if alone and not titled else None
    if joint is not None:
        return "; ".join(joint)
    # 'Cowan and Tsang said': all speak (not 'the Academies of Sciences, Engineering and Medicine')
    named_of = k0 >= 2 and words[k0 - 1] == "of" and words[k0 - 2][:1].isupper()
    bare = all(surname_words(ent.words) for ent in ents) and not named_of  # ('Okafor and de Vries')
    # (or every name is a full one with no sign of a body, its given name one the lists lack:
    # 'Aroha Ngata and Jean-Sébastien Roy said'; else the last name alone would speak for all)
    if not (bare or any(may_be_person(ent) for ent in ents) or all(full_name(ent) for ent in ents)):
        return ""
    for ent in ents:
        if (
            not (bare or may_be_person(ent) or full_name(ent))
            or ent.name in names
            or len(ent.words) > _MAX_NAME_WORDS  # (a headline's capitalised run)
            or not all(_name_word(w, res.lexicon) for w in ent.words)
        ):
            return ""
        names.append(ent.name)
    return "; ".join(names)


#: The most words of an apposition between two coordinated names ('Ana Roe, a retired nurse, and').
_APPOSITION_WORDS = 6


def appositive_gap(gap: Sequence[str]) -> bool:
    """Are the words between two names a comma, an unnamed apposition of the first (an article
    or an age, then lower-case words), a comma and *and* (', a nurse, and', ', 54, and')?"""
    inner = gap[1:-2]
    return (
        len(gap) >= 4
        and gap[0] == ","
        and list(gap[-2:]) == [",", "and"]
        and len(inner) <= _APPOSITION_WORDS
        and (inner[0] in ("a", "an", "the") or inner[0].isdigit())
        and all(w.isdigit() or (w.isalpha() and w.islower()) for w in inner)
    )


def opens_clause(words: Sequence[str], m: Mention, *, first: int = -1) -> bool:
    """Does mention *m* (with its title) open its sentence or stand after a quotation mark or a
    colon: the subject of a clause, not an object ('Lund met Ana Roe, a nurse, and ...')? Given
    its sentence's *first* token, also after a fronted adverbial's comma ('In a joint statement,
    | Ana Roe, ...': :func:`~quotex.entities.after_fronted_adverbial`)."""
    lead = m.title_first if 0 <= m.title_first < m.first else m.first
    if lead == 0 or (not words[lead - 1][:1].isalnum() and words[lead - 1] != ","):
        return True
    return first >= 0 and after_fronted_adverbial(words, lead, first)


#: Words that open a capitalised run and no name: 'Neither Johnson nor Weld', 'Either way'.
_NOT_NAME_WORDS = STOP_WORDS | frozenset(["neither", "either", "both"])


def _name_word(word: str, lexicon: Lexicon) -> bool:
    """Can *word* be part of a person's name in a list: no function word ('Never Trump'), role
    or title abbreviation ('Fox News Vice President', 'Pennsylvania Gov.')?"""
    low = word.lower().rstrip(".")
    return (
        low not in _NOT_NAME_WORDS
        and low not in FRONTING_PREPOSITIONS
        and low not in lexicon.role_words
        and low not in TITLE_ABBREVIATIONS
    )


def _whole_body(ent: Entity, articled: bool, lexicon: Lexicon) -> bool:
    """Is *ent* a body whose name is headed by a body's or (when each body has its own article,
    *articled*) a company's word, its last or the one before its *of* ('Ministry of Coastal Affairs',
    'Brookings Institution', 'the Kestrel Ferries'), so a name of its own, no part of another's?"""
    words = ent.words
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    listed = is_body_word(head, lexicon) if articled else head.lower() in lexicon.organization_nouns
    return (ent.kind == "organization" or ent.body_evidence) and listed


#: How many tokens before and after a coordinated source :func:`_joint_words` reads.
_JOINT_REACH = 8


def _joint_words(lows: Sequence[str], a: int, b: int) -> bool:
    """Do the words near source tokens *a..b* say that its names speak together ('In a joint
    statement, X and Y said', 'X and Y said jointly')? Then each body's name is one whole
    name, not a part of one ('Harlow Vale Rail and Orrin Valley Energy')."""
    return any(
        lows[t] in ("joint", "jointly")
        for t in range(max(0, a - _JOINT_REACH), min(len(lows), b + _JOINT_REACH))
    )


def name_path(words: Sequence[str], a: int, m: Mention, lexicon: Lexicon) -> str:
    """ "name" when the source opens with the name or its title ('Vermont Rep. Alma Sorensen',
    'Mr. Kramer', 'the mayor's aide Ana Berg'), else "apposition" ('The city's treasurer, Ana Berg')."""
    lead = m.title_first if a <= m.title_first < m.first else m.first
    for k in range(a, lead):
        w = words[k].lower().rstrip(".")
        if w not in ("the", "a", "an") and w not in lexicon.honorifics:
            return "apposition"
    return "name"


def widen(
    tokens: Tokens,
    source: tuple[int, int],
    mentions: Sequence[Mention],
    mention_starts: Sequence[int],
    table: EntityTable,
    *,
    cue: tuple[int, int] | None,
) -> tuple[int, int]:
    """A source that is only the body in a person's phrase names that person instead:
    'Theo Vandermeer of Westbrook State University' (source 'University') and
    'A spokeswoman for the Ministry of Trade and Industry, Siri Nakstad, said' (source
    'Industry'). Returns the source tokens to use."""
    a, b = source
    words, lows = tokens.words, tokens.lows
    k = bisect.bisect_right(mention_starts, b) - 1
    held = _title_holder(words, mentions, k + 1, a, b)
    if held >= 0:
        return (mentions[held].first, mentions[held].last)
    if k >= 0 and a <= mentions[k].first <= b < mentions[k].last and _clear_of_cue(tokens, mentions[k], cue):
        # 'according to ... the International Panel | on Delta Soils': a name is never cut
        b = mentions[k].last
        source = (a, b)
    if k >= 0 and mentions[k].first < a and mentions[k].last >= b:
        # 'A study from Westbrook State University' (source 'University'): the whole name
        a = mentions[k].first
        source = (a, b)
    author = author_mention(words, b, mentions, mention_starts)
    if author >= 0:
        return (a, mentions[author].last)  # 'a report by the state Department of Transportation'
    # ('NAME, ROLE at the X, who': *who* is NAME, not the body; not the last of a list, 'A and B, ...')
    inside = lows[b] == "who" and k >= 0 and a <= mentions[k].first < b
    held = title_holder(words, mentions, k) if inside else k
    person = held != k and table.entities[table.of_mention[held]].kind == "person"
    if person and lows[mentions[held].first - 1] not in ("and", "or", "&"):
        return (mentions[held].first, b)
    if k < 0 or mentions[k].last < b or mentions[k].first > a:
        k = bisect.bisect_right(mention_starts, a) - 1
        if k < 0 or not mentions[k].first <= a <= mentions[k].last:
            return source
    m = mentions[k]
    if table.entities[table.of_mention[k]].kind != "organization" and not (
        m.first > 0 and lows[m.first - 1] in ("of", "at", "for", "from", "with")
    ):
        return source
    # 'Theo Vandermeer of Westbrook State University': a person, a preposition, this body
    j = m.first - 1
    while j >= 0 and lows[j] in ("the",):
        j -= 1
    if j >= 1 and lows[j] in ("of", "at", "from", "with") and k >= 1:
        p = mentions[k - 1]
        if p.last == j - 1 and table.entities[table.of_mention[k - 1]].kind == "person":
            lead = min(p.first, p.title_first) if p.title_first >= 0 else p.first  # (a title after it too)
            return (min(a, lead), b)
    # '..., Siri Nakstad, said': a person in apposition right after the body, then the cue
    if k + 1 < len(mentions) and b + 1 < len(words) and words[b + 1] == ",":
        n = mentions[k + 1]
        after = n.last + 1
        if after < len(words) and words[after] == ",":
            after += 1
        if (
            n.first == b + 2
            and table.entities[table.of_mention[k + 1]].kind == "person"
            and cue is not None
            and after < len(words)
            and tokens.starts[after] == cue[0]
        ):
            return (n.first, n.last)
    return source


def _title_holder(words: Sequence[str], mentions: Sequence[Mention], n: int, a: int, b: int) -> int:
    """Mention *n* (the first after source tokens *a..b*) when a comma or *and* cut the source
    inside a post's listed portfolio written before that name, the title running on past the cut
    in capitalised words and links only ('said Minister of Water | , Sanitation and Environment
    Ana Berg': source 'Minister of Water'); else -1."""
    if n >= len(mentions) or b + 1 >= len(words) or words[b + 1] not in (",", "and", "&"):
        return -1
    m = mentions[n]
    if not (0 <= m.title_first <= a and b < m.title_last < m.first):
        return -1
    rest = words[b + 1 : m.title_last + 1]
    return n if all(w in (",", "and", "&") or is_name_word(w) for w in rest) else -1


def _clear_of_cue(tokens: Tokens, m: Mention, cue: tuple[int, int] | None) -> bool:
    """Does mention *m* lie wholly before or after the characters of *cue* (None: no cue)?"""
    return cue is None or tokens.ends[m.last] <= cue[0] or tokens.starts[m.first] >= cue[1]


_PLACE_LINKS = frozenset(["of", "from", "in", "at"])


def _titled_after_its_title(a: int, inside: Sequence[Mention], kinds: Sequence[str]) -> int:
    """The person mention whose title, written before it and opening the source (at token *a*,
    or after its article), holds another mention of the source ('The Commissioner for Health in
    Okeji State, NAME'), or whose rank follows a post it also holds, set off before it ('The
    commander of the 41st Rifle Brigade, Col. NAME': the mention's second title): the words of a
    title name nobody who speaks; -1 when there is none."""
    for n, m in enumerate(inside[:_TITLE_MENTIONS]):  # (the title opens the source: its first few)
        person = m.title_last < m.first and (not kinds or kinds[n] == "person")
        if (
            person
            and a <= m.title_first <= a + 1
            and any(m.title_first <= o.first and o.last <= m.title_last for o in inside[:n])
        ):
            return n
        if person and m.also and n and m.title_first > a:  # (the post: quotex.mentions.title_before)
            return n
    return -1


#: How many of a source's first mentions :func:`_titled_after_its_title` reads (bounded: linear cost).
_TITLE_MENTIONS = 6


def find_head_mention(
    words: Sequence[str],
    a: int,
    b: int,
    inside: Sequence[Mention],
    kinds: Sequence[str] = (),
    *,
    voices: frozenset[str] = SPOKESPERSON_NOUNS,
) -> int:
    """Which of the mentions inside source tokens a..b names the source?

    The source is cut at commas into segments ("Yun Sun | a China politics
    analyst at the Stimson Center in Washington"); the first segment that
    ends with a name gives the head ("the campaign manager | Jeff Weaver").
    A name that is only a possessor ("Ukraine's foreign ministry") is no head,
    nor a name inside a prepositional phrase after the segment's own head noun
    ("Friends of Ines Marr", "a spokesman for Ines Marr", "The mayor of Leith":
    :func:`_in_noun_modifier`; ``kinds[n]`` is the kind of mention *n*'s entity,
    from :func:`speaking_kind`; *voices* the nouns of those who speak for a body,
    ``Lexicon.voice_nouns``).
    """
    if not inside:
        return -1  # (no mention in the source: two in five, no walk over its segments)
    if (titled := _titled_after_its_title(a, inside, kinds)) >= 0:
        return titled  # ('The Union Minister of State for Railways, NAME, said': NAME)
    for n, m in enumerate(inside):  # ('Ana Berg and colleagues at X found': her report)
        if m.last < b and words[m.last + 1] == "and" and associates_after(words, m.last + 1, b):
            return n if not (kinds and kinds[n] == "organization") else -1
    ends = {m.last: k for k, m in enumerate(inside)}
    seg_start = a
    served = -1  # a body a spokesperson speaks for, unless a later segment names the person
    k = a
    while k <= b + 1:
        if k == b + 1 or words[k] in (",", "("):  # (a bracket opens a segment: 'NAME (ROLE at X) said')
            j = k - 1
            while j >= seg_start and not words[j][:1].isalnum():
                j -= 1
            # 'Jason Gilbert of Cheyenne': a name followed by a place phrase heads it
            # (not a name inside a noun's own phrase: 'A nurse at St Enda's Hospital in Tralee')
            for n, m in enumerate(inside):
                if (
                    not (kinds and kinds[n] == "weak")  # ('Customers of Meridia Air': a noun)
                    and seg_start <= m.first
                    and m.last < j
                    and words[m.last + 1].lower() in _PLACE_LINKS
                ):
                    if not noun_phrase_modifier(words, inside, n, seg_start):
                        return n
                    # ('A spokesman for BODY in PLACE said': the body, unless a name follows)
                    body = kinds and kinds[n] == "organization"
                    if served < 0 and body and _voiced(words, m, seg_start, voices):
                        served = n
            n = ends.get(j, -1)
            n = sender_before(words, inside, n, seg_start) if n >= 0 else n  # ('from A to B': A)
            if n >= 0 and not (
                kinds
                and (
                    _in_noun_modifier(words, inside, n, seg_start, kinds, voices=voices)
                    or _chained_modifier(words, inside, n, seg_start)
                )
            ):
                served_body = kinds and kinds[n] == "organization"
                if not (served_body and _after_preposition(words, inside[n], seg_start)):
                    return n
                if served < 0:
                    served = n  # 'a spokeswoman for Meridia Air, Lena Okafor,': Okafor, if named
            seg_start = k + 1
        k += 1
    return served


def _before_mention(words: Sequence[str], m: Mention, seg_start: int) -> int:
    """The token before mention *m* (and the title or form of address written before it: 'for
    Mayor Ines Marr', 'to Mr. Obama'), past any 'the', not before *seg_start*: where a preposition
    would stand."""
    k = (m.title_first if 0 <= m.title_first < m.first else m.first) - 1
    k = before_address(words, k, seg_start)
    k = _past_place_modifiers(words, k, seg_start)  # ('in rural Ontario', 'in south-east Cork')
    # ('of the 41st Rifle Brigade', 'of the frigate Caldmoor': a unit's ordinal or a classifier noun)
    if (
        k - 2 > seg_start
        and words[k - 1].lower() == "the"
        and words[k - 2].lower() in ("of", "for")
        and (unit_ordinal(words, k) or _lower_alpha(words[k]))
    ):
        k -= 1
    while k > seg_start and words[k].lower() == "the":
        k -= 1
    # ('Residents of Leith and Portobello': past the names coordinated before it)
    while k - 1 > seg_start and words[k].lower() in ("and", "or") and words[k - 1][:1].isupper():
        k -= 1
        while k > seg_start and (words[k][:1].isupper() or words[k].lower() == "the"):
            k -= 1
    return k


#: The most lower-case words (and hyphens) between a preposition and the place it governs
#: ('in rural Ontario', 'in south-east Cork', 'near downtown Nairobi').
_MAX_PLACE_MODIFIERS = 3


def _past_place_modifiers(words: Sequence[str], k: int, seg_start: int) -> int:
    """The preposition before a proper name's lower-case premodifiers ending at token *k* ('in |
    rural | Ontario', 'in | south - east | Cork': a modifier of the place, Quirk et al. 1985
    §17.2), when such a preposition stands within :data:`_MAX_PLACE_MODIFIERS` tokens; else *k*."""
    j = k
    while j > seg_start and k - j < _MAX_PLACE_MODIFIERS and (words[j] == "-" or _lower_alpha(words[j])):
        j -= 1
        if words[j].lower() in _NOUN_MODIFIER_PREPOSITIONS and j < k:
            return j
    return k


def _lower_alpha(word: str) -> bool:
    """Is *word* a lower-case word of letters ('rural', 'west'), no preposition or article?"""
    return word.isalpha() and word.islower() and word not in _NOUN_MODIFIER_PREPOSITIONS and word != "the"


def noun_phrase_modifier(words: Sequence[str], inside: Sequence[Mention], n: int, seg_start: int) -> bool:
    """Is mention *n* the object of a preposition after a lower-case noun of its segment ('A nurse
    at | St Enda's Hospital', 'A volunteer with the | Kestrel Trust'), directly or through the
    names of a chain of such phrases ('A nurse at St Enda's Hospital in | Tralee')? Such a name
    modifies the noun (Quirk et al. 1985 §17.37) and never heads the source; a name that opens
    the segment ('Jason Gilbert of Cheyenne') does."""
    for _ in range(len(inside)):
        k = _before_mention(words, inside[n], seg_start)
        if k <= seg_start or words[k].lower() not in _NOUN_MODIFIER_PREPOSITIONS:
            return False
        noun = words[k - 1]
        if noun.isalpha() and noun.islower():
            return noun != "according"  # ('according to Ivo Berg of ...': the name speaks)
        n = next((i for i, x in enumerate(inside) if x.first <= k - 1 <= x.last), -1)
        if n < 0:
            return False
    return False


def _voiced(words: Sequence[str], m: Mention, seg_start: int, voices: frozenset[str]) -> bool:
    """Does a noun of those who speak for a body (*voices*) and a preposition stand before
    mention *m* ('a spokesman for | the Tarbert Trust')?"""
    k = _before_mention(words, m, seg_start)
    return k > seg_start and words[k].lower() in _PRINCIPAL_PREPOSITIONS and words[k - 1].lower() in voices


def _chained_modifier(words: Sequence[str], inside: Sequence[Mention], n: int, seg_start: int) -> bool:
    """Is mention *n* (ending a segment) the object of a preposition after a name that is itself
    a :func:`noun_phrase_modifier` ('A nurse at St Enda's Hospital in | Tralee')?"""
    k = _before_mention(words, inside[n], seg_start)
    if k <= seg_start or words[k].lower() not in _NOUN_MODIFIER_PREPOSITIONS:
        return False
    prev = next((i for i, x in enumerate(inside) if x.first <= k - 1 <= x.last), -1)
    return prev >= 0 and noun_phrase_modifier(words, inside, prev, seg_start)


def _after_preposition(words: Sequence[str], m: Mention, seg_start: int) -> bool:
    """Does a preposition (past a 'the') stand before mention *m* inside its segment?"""
    k = _before_mention(words, m, seg_start)
    return k > seg_start and words[k].lower() in _MODIFIER_PREPOSITIONS


#: Prepositions that make the name after them the one a work or an act is addressed to, aimed
#: at or about (Quirk et al. 1985, §9.47-9.51: recipient and target; §9.59: subject matter):
#: 'a letter to Ines Marr', 'a complaint against Ivo Berg', 'a book about Ana Roe'.
_TARGET_PREPOSITIONS = frozenset(["to", "against", "about", "regarding", "concerning"])


def sender_before(words: Sequence[str], inside: Sequence[Mention], n: int, seg_start: int) -> int:
    """The mention that names the sender when mention *n*, which ends a segment of a source,
    is only its recipient or target: an untitled name after a name that follows *from* or *by*
    and a preposition of :data:`_TARGET_PREPOSITIONS` ('A letter from Ivo Berg to Ina Varga',
    'a complaint filed by Ana Roe against Ivo Berg': Berg, Roe); else *n* ('Adviser to the
    President Ivo Berg' is Berg)."""
    m = inside[n]
    k = _before_mention(words, m, seg_start)
    if n < 1 or 0 <= m.title_first < m.first or k <= 0 or words[k].lower() not in _TARGET_PREPOSITIONS:
        return n
    prev = inside[n - 1]
    j = (prev.title_first if 0 <= prev.title_first < prev.first else prev.first) - 1
    while j > 0 and words[j].lower() == "the":
        j -= 1
    return n - 1 if prev.last == k - 1 and j >= 0 and words[j].lower() in ("from", "by") else n


#: Prepositions after a role noun that make the person named after them the one the role serves.
_PRINCIPAL_PREPOSITIONS = frozenset(["for", "to", "of", "with"])
#: ... and that make the name after a written work its recipient, not its author.
_RECIPIENT_PREPOSITIONS = frozenset(["to", "with"])
#: ... and that make a body or place named after them a modifier of the head noun ('Analysts at
#: Caldera Research', 'Residents of Leith', 'a teacher from Tromso').
_MODIFIER_PREPOSITIONS = _PRINCIPAL_PREPOSITIONS | frozenset(["at", "from", "in"])
#: ... and every preposition that opens a noun's modifier, those of place included ('a nurse
#: outside Kisumu', 'a guide across the Waikato').
_NOUN_MODIFIER_PREPOSITIONS = _MODIFIER_PREPOSITIONS | PLACE_PREPOSITIONS


def _is_person(ent: Entity) -> bool:
    """A person, with evidence of it (a title, a gender, a first name, the tagger's PERSON)."""
    return ent.kind == "person" and ent.person_evidence


def speaking_kind(ent: Entity) -> str:
    """ "person" (with evidence of it), "organization", "weak" (one capitalised word seen only
    first in its sentence: 'Customers of ...' is a noun), or "other" (a place, a name of no
    known kind): what decides whether a noun before the name speaks for it."""
    if ent.initial_only and len(ent.words) == 1:
        return "weak"
    if _is_person(ent):
        return "person"
    return "organization" if ent.kind == "organization" else "other"


def _people_noun(noun: str, voices: frozenset[str]) -> bool:
    """Is *noun* a noun of people: a plural in *-s* ('Officials', 'Nurses') or a voice noun?"""
    low = noun.lower()
    return noun.isalpha() and ((low.endswith("s") and not low.endswith("ss")) or low in voices)


def _in_noun_modifier(
    words: Sequence[str],
    inside: Sequence[Mention],
    n: int,
    seg_start: int,
    kinds: Sequence[str],
    *,
    voices: frozenset[str] = SPOKESPERSON_NOUNS,
) -> bool:
    """Is mention *n* only inside a prepositional phrase after its segment's head noun, so
    that the noun, not the name, is the speaker? 'Friends of Ines Marr', 'a spokesman for
    Ines Marr', 'an adviser to Marr' (printing the person would put the words in their
    mouth), 'The mayor of Leith', 'Critics of Kestrel Ferries'; any name after a preposition
    of place (``grammar.PLACE_PREPOSITIONS``) that follows a lower-case noun, and any but a
    person's after one that follows a capitalised word: 'a nurse on Skye', 'a man near Ivo Berg',
    'Democrats on the Committee on Leith' (a name after *on* telling a topic, 'the pitch on
    Kickstarter', is no speaker either; but 'The Council on Trade Director Ivo Berg' is Berg). A
    body (not a name of no known kind, which may be a person's) keeps the words of those who speak for it
    (*voices*, ``Lexicon.voice_nouns``: 'a spokeswoman for Kestrel Ferries'), and a written
    work credits its issuer ('a study by the Fjord Institute'). *kinds* are the mentions'
    :func:`speaking_kind`. A work's recipient is a modifier too ('a filing with the Fjord
    Exchange', 'a letter to Ines Marr'), as are what an examining work examined ('an audit of
    the Kestrel Water Board': ``grammar.EXAMINING_NOUNS``) and who commissioned a work ('a
    review commissioned by the board': ``grammar.COMMISSIONING_PARTICIPLES``)."""
    m, kind = inside[n], kinds[n]
    k = _before_mention(words, m, seg_start)
    preposition = words[k].lower() if k - 1 >= seg_start else ""
    noun = words[k - 1]
    if preposition == "by" and noun.lower() in COMMISSIONING_PARTICIPLES:
        return True  # 'a review commissioned by BODY': the document rules read who published it
    # ('Officials in Santa Velia said': a common noun in capitals because it opens the phrase)
    common = noun.islower() or (k - 1 == seg_start and not any(x.first <= k - 1 <= x.last for x in inside))
    if preposition in PLACE_PREPOSITIONS and noun.isalpha() and (common or kind != "person"):
        return True
    if preposition in ("at", "from") and common and kind == "person" and _people_noun(noun, voices):
        # ('Officials from Santa Velia', 'Nurses at Santa Velia General': a place or body, never
        # a person, unless the noun is a work: 'a letter from Ana Roe'; not 'came from NAME')
        return not is_authored(noun.lower())
    if preposition == "in" and noun.isalpha() and common and kind == "person":
        return True  # 'a spokeswoman in Le Havre', 'in Del Rio': one is in a place, never in a person
    if preposition in _TARGET_PREPOSITIONS and preposition != "to" and noun.isalpha():
        return True  # 'A complaint against Ivo Berg', 'a book about Ana Roe': the target never speaks
    if preposition not in (_PRINCIPAL_PREPOSITIONS if kind == "person" else _MODIFIER_PREPOSITIONS):
        return False
    if not noun.isalpha():
        return False
    if not noun.islower() and any(
        x.first <= k - 1 <= x.last and kinds[i] != "weak" for i, x in enumerate(inside)
    ):
        return False  # 'Theo Vandermeer of ...', 'Kestrel Ferries of ...': a name, not a noun
    low = noun.lower()
    if is_authored(low):  # (but 'a filing with the SEC', 'a letter to the board': to whom, not by whom)
        # ('an audit of the Kestrel Water Board': what was examined, not who examined it)
        return preposition in _RECIPIENT_PREPOSITIONS or (preposition == "of" and low in EXAMINING_NOUNS)
    # (a name of no known kind may be a person's: 'a spokesman for Jean-Luc Moreau' is no body's)
    # ('a spokeswoman for Kestrel Ferries' is the spokeswoman's: one unnamed voice is a speaker)
    return not (kind == "organization" and low in voices and low not in SINGLE_SPOKESPERSON_NOUNS)
