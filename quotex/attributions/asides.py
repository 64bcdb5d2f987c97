"""Asides left of a cue: the walkers that step over a parenthetical, a relative clause or a
bracket between a subject and its cue, and find a name set off by commas after a role; the
walk over the verb group that governs an infinitive cue ('continued to | insist').

Input: the token table (or its words), the index of the token just left of the cue, and the
sentence floor. Output: the token index before the aside (or the same index when there is
none), or the (first, last) tokens of the subject found. Used by :mod:`.subjects`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotex.attributions.anonymity import anonymous_relative, named_after_clause
from quotex.attributions.aside_openers import (
    age_after_name,
    before_party_tag,
    issued_before,
    past_participle,
    quantified_relative,
    subject_for_aside,
    trait_after_name,
)
from quotex.attributions.context import is_issued_noun, is_source_noun
from quotex.attributions.issuers import received_by
from quotex.attributions.new_reports import main_report_start
from quotex.attributions.noun_phrases import np_left
from quotex.attributions.np_heads import opens_clause
from quotex.attributions.np_words import before_name_body, modified_role, place_pair_open, place_region
from quotex.attributions.relatives import that_subject
from quotex.attributions.source_phrases import name_before
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
    NUMBER_WORDS,
    PRONOUNS,
    STOP_WORDS,
)
from quotex.lexicon.grammar import (
    ASIDE_OPENERS,
    AUXILIARIES,
    CLAUSE_SUBORDINATORS,
    CONNECTIVE_ASIDES,
    IRREGULAR_PAST,
    MODALS,
    PREPOSITIONS,
    QUANTIFIER_PRONOUNS,
    RELATIVES,
    SIMPLE_PAST,
    SUBJECT_WORDS,
    SUBORDINATORS,
)
from quotex.mentions import is_name_word, place_compound, prefix_title, role_head_before
from quotex.mentions.chains import nickname_token
from quotex.mentions.comma_titles import comma_body, description_article
from quotex.mentions.framed_roles import framed_role_before
from quotex.mentions.naming_phrases import NAMING_OPENERS, naming_aside
from quotex.mentions.post_chains import post_before
from quotex.mentions.role_heads import agent_noun, bare_job_span
from quotex.mentions.stated_ages import age_before
from quotex.mentions.styles import styled_name
from quotex.mentions.words import hyphen_particle, name_syllable, syllable_before_name
from quotex.mentions.work_titles import before_work_name, merged_name
from quotex.tokens import Tokens

__all__ = [
    "APPOSITION_WINDOW",
    "PARENTHETICAL_WINDOW",
    "RELATIVE_WINDOW",
    "appositive_name",
    "before_apposition_chain",
    "before_whose_clause",
    "main_verb_before",
    "participle_subject",
    "reduced_relative",
    "relative_subject",
    "skip_parenthetical_left",
]

# How far (in tokens) the walkers below look left; each bounds a walk, so the cost stays linear.
#: a parenthetical between commas after a name (', who ...,', ', a spokesman,')
PARENTHETICAL_WINDOW = 40
#: a past participle's aside after a noun subject ('The report, written by NAME for BODY, said')
_PARTICIPLE_ASIDE_TOKENS = 16
#: Words that open a parenthetical after a subject: a relative pronoun, an article, *including*.
_ASIDE_FIRST_WORDS = frozenset(
    "who whose which where a an the including like especially particularly".split()
)
#: a relative clause between its head noun and the cue ('officials who spoke with the Post said')
RELATIVE_WINDOW = 12
#: a role's phrase before a name set off by commas ('the head of the largest employer, Lumen Data,')
APPOSITION_WINDOW = 12


def skip_parenthetical_left(
    words: Sequence[str], j: int, floor: int, lexicon: Lexicon, cue: str = "", *, places: bool = True
) -> int:
    """If token *j* is a comma closing a parenthetical after a name (", who ...,",
    ", a spokesman,", ", 45,", ", R-Wis.,") return the token before the opening
    comma; else *j*. A linking adverbial (", however,") is an aside only before a finite
    *cue* that agrees with the subject ('The union, however, said')."""
    if words[j] != ",":
        return j
    k = j - 1
    skipped = False
    steps, marks = 0, int(j + 1 < len(words) and words[j + 1] in lexicon.quote_tokens)  # ('"neutral," said')
    while k > floor and steps < PARENTHETICAL_WINDOW:
        if words[k] == "," and not (marks % 2 and words[j + 1] not in lexicon.quote_tokens):
            # (no comma inside a quotation the walk is in: 'a banner reading "Our Town, Our Say",')
            pair = place_pair_open(words, k, floor) if places else -1
            if pair < 0:
                break
            skipped = True
            steps += k - pair  # 'who grew up in Tromso, Norway, in 1990,': the place's commas
            k = pair - 1
            continue
        abbreviation = words[k] == "." and len(words[k - 1]) <= 3 and words[k - 1][:1].isupper()  # 'No. 2'
        if words[k] in (".", ";", ":", "?", "!") and not abbreviation:
            return _without_places(words, j, floor, lexicon, cue) if skipped else j
        # (not a plural's possessive mark before its noun: "the growers' savings"; 'read ‘Ferries
        # Are Lifelines’,' closes a quotation)
        marks += words[k] in lexicon.quote_tokens and not (
            words[k] in "'’" and words[k - 1].endswith("s") and words[k + 1][:1].isalpha()
        )
        k -= 1
        steps += 1
    after, relative = words[k + 1].lower(), not RELATIVES.isdisjoint(map(str.lower, words[k + 1 : j]))
    if skipped and not (after in RELATIVES or after in ("a", "an") or after in lexicon.role_words):
        return _without_places(words, j, floor, lexicon, cue)  # (a place only in a relative or a role)
    # (a quotation inside: only a closed one in a relative clause, 'where the so-called "tank mafia" ...',
    # or in a participle's after a name, 'NAME, a driver holding a banner reading "C",')
    relative = relative or (marks > 0 and k > floor and _participle_aside(words, k, j))
    if k <= floor or words[k] != "," or (marks and (marks % 2 or not relative)):
        return _without_places(words, j, floor, lexicon, cue) if skipped else j
    before = words[k - 1]
    if _has_main_verb(words, k + 1, j):  # ('Alongside the dockers, a union official spoke ..., saying')
        return _without_places(words, j, floor, lexicon, cue) if skipped else j
    if (
        after in _ASIDE_FIRST_WORDS
        or quantified_relative(words, k + 1, j)
        or after in lexicon.role_words
        or after.isdigit()
        or any(words[x].lower() in lexicon.role_words for x in range(k + 1, j))
        # (after a name, a work's name made one word: 'of “Salt Roads,” about'; an age: 'NAME, 69, a ...')
        or (
            (
                is_name_word(before)
                or merged_name(before)
                or age_after_name(words, k, floor)
                or trait_after_name(words, k, floor)
            )
            and (
                j - k <= 9
                or (after.endswith(("ing", "ed")) and j - k <= 25)
                # (a longer role phrase whose role the lexicon lacks: 'NAME, duty forecaster at the X
                # Weather Service since 2015, said')
                or (j - k <= 16 and any(_open_role(words[x].lower(), lexicon) for x in range(k + 1, j)))
            )
        )
        or (after in ASIDE_OPENERS and j - k <= 16)  # 'the office, when contacted by Reuters, said'
        # 'The union, citing rising costs, said': a participle's aside after a noun subject
        or (after.endswith("ing") and j - k <= 16 and subject_for_aside(before, cue, lexicon))
        # 'The report, published in May, said', 'The memo, seen by', 'The company, founded in
        # 1958, said': a past participle's aside after a document or a noun subject
        or (
            past_participle(after)
            and j - k <= _PARTICIPLE_ASIDE_TOKENS
            and (issued_before(words, k, floor) or subject_for_aside(before, cue, lexicon))
        )
        or (after in CONNECTIVE_ASIDES and j - k <= 5 and subject_for_aside(before, cue, lexicon))
        # 'The union, however, said', 'The mayor, for her part, said'
        or (after in NAMING_OPENERS and naming_aside(words, k + 1, j - 1))  # ('X, named NAME, said')
    ):
        return k - 1
    return _without_places(words, j, floor, lexicon, cue) if skipped else j


def _participle_aside(words: Sequence[str], k: int, j: int) -> bool:
    """Is the aside between the commas at tokens *k* and *j* a participle phrase after a name
    (not 'However laudable the goal, using X "C," said'; not a contraction, 'Y’know, ... the ’60s,’
    said'), opening with the participle or with an article and at most three words before it
    ('wearing a shirt printed with the slogan "X,"', 'a taxi driver holding a banner that read "X"'),
    no word in *-thing* ('nothing short of')?"""
    before = words[k - 1]
    if not is_name_word(before) or regex.search(r"['’]\p{Ll}", before):
        return False
    lead = 1 + 3 * (words[k + 1].lower() in ("a", "an", "the"))
    return any(
        w.islower() and w.endswith("ing") and not w.endswith("thing")
        for w in words[k + 1 : min(j, k + 2 + lead)]
    )


def _open_role(low: str, lexicon: Lexicon) -> bool:
    """Is lower-case *low* a role noun the lexicon's role words lack: one of WordNet's roles
    (``Lexicon.open_role_nouns``) or shaped like an agent noun (:func:`agent_noun`)?"""
    return low in lexicon.open_role_nouns or agent_noun(low, lexicon)


def _without_places(words: Sequence[str], j: int, floor: int, lexicon: Lexicon, cue: str) -> int:
    """:func:`skip_parenthetical_left` when stepping over a place's commas found no aside: the
    aside is the one the last comma opens ('Speaking in Harlem, Clinton, without naming him,
    said': *Harlem, Clinton* is no place)."""
    return skip_parenthetical_left(words, j, floor, lexicon, cue, places=False)


#: Words that open a clause of its own inside an apposition ('who led ...', 'after it broke').
_CLAUSE_OPENERS = RELATIVES | SUBORDINATORS | frozenset("that after before since until as if once".split())


def _has_main_verb(words: Sequence[str], a: int, b: int) -> bool:
    """A simple past form (:data:`SIMPLE_PAST`, or any irregular past after a name) stands in
    tokens *a* .. *b* - 1 with no relative pronoun or subordinator before it: the words are a
    clause, not an apposition."""
    for x in range(a, b):
        low = words[x].lower()
        if low in _CLAUSE_OPENERS:
            return False
        if words[x].islower() and (
            low in SIMPLE_PAST or (low in IRREGULAR_PAST and x > a and is_name_word(words[x - 1]))
        ):
            return True  # ('Dana Whitby held firm'; not 'the Low Fell Quarry': a name's word)
    return False


def relative_subject(
    tokens: Tokens, j: int, floor: int, lexicon: Lexicon, *, participle: bool = False
) -> tuple[int, int] | None:
    """'officials who spoke with the Post said': a subject with a relative clause and no
    commas; the source runs from the head noun to the end of the clause (token *j*). With
    *participle*, also a participle clause (:func:`participle_subject`)."""
    before = tokens.words[j - 1] if j > floor else ""
    if not before[:1].isalnum() and before not in ("'s", "’s", "-"):
        return None  # (the floor, a comma or a mark before the head: each walk below stops there)
    found = _who_subject(tokens, j, floor, lexicon) or that_subject(tokens, j, floor, lexicon)
    found = found or anonymous_relative(tokens, j, floor, lexicon)  # ('who spoke on condition of ...')
    return participle_subject(tokens, j, floor, lexicon) if found is None and participle else found


def _who_subject(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The subject with a relative clause opened by *who* or *whom* (:func:`relative_subject`)."""
    words, lows = tokens.words, tokens.lows
    lo = max(floor, j - RELATIVE_WINDOW)
    window = lows[lo:j]
    if "who" not in window and "whom" not in window:
        return None  # (no 'who' or 'whom' among the words: two tests in C instead of the walk)
    for k in range(j - 1, lo - 1, -1):
        w = words[k]
        low = lows[k]
        if low in ("who", "whom") and k - 1 >= floor and k + 1 < j:
            nxt = words[k + 1]
            if not (nxt.islower() and nxt.isalpha()) or nxt in PRONOUNS or nxt in DETERMINERS:
                return None  # 'the man who Jones said was ...': 'who' is the object
            np = np_left(tokens, k - 1, floor, lexicon)
            if np is None or (np[0] - 1 >= floor and words[np[0] - 1].lower() in PREPOSITIONS):
                return None
            return (np[0], j)
        if not w[:1].isalnum() and w not in ("'s", "’s", "-"):
            return None
    return None


#: Words that open a clause inside a phrase: a finite verb after them is that clause's.
_OBJECT_CLAUSE_OPENERS = RELATIVES | SUBORDINATORS | frozenset("that whether if".split())


#: Subordinators, subject pronouns and auxiliaries: a participle before them is in another clause.
_SUBORDINATE_WORDS = CLAUSE_SUBORDINATORS | SUBJECT_WORDS | _OBJECT_CLAUSE_OPENERS | AUXILIARIES


def _noun_before_participle(w: str, lexicon: Lexicon) -> bool:
    """Can *w* head a noun phrase that a participle clause follows: a name, a source noun
    or a lower-case plural ('Dockers | backing', 'officials | overseeing', 'residents | living')?"""
    low = w.lower()
    if not w.isalpha() or low in STOP_WORDS or low in PRONOUNS or low.endswith(("ing", "ed", "ly")):
        return False
    plural = w.islower() and low.endswith("s") and not low.endswith("ss")
    return plural or is_source_noun(low, lexicon) or (is_name_word(w) and low not in NOT_NAMES)


def participle_subject(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'Dockers backing the strike said', 'Residents living near the plant said': a subject
    whose head noun an -ing participle clause follows with no commas (a reduced relative
    clause, Quirk et al. 1985 §17.26); the source runs from the head's phrase, which opens
    the clause, to token *j* (the participle has words of its own before the cue). After a
    document, a past participle does too ('A statement posted on the website said')."""
    words, lows = tokens.words, tokens.lows
    if lows[j] in PREPOSITIONS:
        return None  # ('a poll released in | late August found': the walk cut a time phrase)
    for k in range(j - 1, max(floor, j - RELATIVE_WINDOW), -1):
        w = words[k]
        low = lows[k]
        if (not w[:1].isalnum() and w not in ("'s", "’s")) or low in _SUBORDINATE_WORDS:
            return None  # (the walk stays inside one phrase with no clause of its own: 'as he')
        if not (len(low) > 4 and w.isalpha() and w.islower()):
            continue
        if low.endswith("ing") and _noun_before_participle(words[k - 1], lexicon):
            pass
        elif not (is_issued_noun(words[k - 1]) and (low.endswith(("ed", "en")) or low in IRREGULAR_PAST)):
            continue  # ('A statement posted on the website said': a document's past participle)
        np = np_left(tokens, k - 1, floor, lexicon)
        if np is None or np[1] != k - 1 or not opens_clause(words, np[0], floor) or words[np[0] - 1] in "/-&":
            return None  # ('after voters backing the toll said ...': a prepositional object)
        if received_by(words, k):
            return np  # ('A council memo obtained by the Herald says': who obtained it wrote none of it)
        return (np[0], j)
    return None


def reduced_relative(
    words: Sequence[str], src: tuple[int, int], cue: int, floor: int, lexicon: Lexicon
) -> bool:
    """Is the -ing *cue* a participle clause inside its subject *src*, which stands just
    before it, opens the clause and holds no verb ('Dockers | backing the strike said ...';
    not 'The talk got people | speculating')? Its object then
    ends before the main clause's verb (:func:`main_verb_before`)."""
    return (
        words[cue].lower().endswith("ing")
        and src[1] == cue - 1
        and _noun_before_participle(words[src[1]], lexicon)
        and opens_clause(words, src[0], floor)
        and not any(w in AUXILIARIES or w in IRREGULAR_PAST for w in words[src[0] : src[1]])
    )


def main_verb_before(words: Sequence[str], a: int, b: int, lexicon: Lexicon) -> int:
    """The last token of an object *a* .. *b* of a participle inside a subject ('Dockers
    backing | the strike | said ...', 'PACs supporting the bill | have ...'): it ends before
    the main clause's finite verb after a word of the object (an auxiliary or modal, a simple
    past form, or a past form of the lexicon or an irregular one that no preposition follows:
    not 'a plan made by ...', but 'declined to'), unless a clause opens before it in the
    object; *b* when none."""
    for k in range(a, b + 1):
        low = words[k].lower()
        if low in _OBJECT_CLAUSE_OPENERS:
            return b
        if k > a and (g := main_report_start(words, a, k)) > a:
            return g - 1  # ('Dockers who criticised the board | now say ...')
        if k == a or words[k - 1].lower() in STOP_WORDS or not words[k].islower():
            continue
        past = (low.endswith("ed") and low in lexicon.verb_forms) or low in IRREGULAR_PAST
        if past and k + 1 <= b and words[k + 1].lower() in PREPOSITIONS and words[k + 1] != "to":
            continue
        if low in AUXILIARIES or low in MODALS or low in SIMPLE_PAST or past:
            return k - 1
    return b


#: Words inside a verb group after its auxiliary ('had not been told').
_IN_VERB_GROUP = frozenset("not n't be been being".split())
_GROUP_ENDINGS = ("ly", "ed")


def restrictive_report_end(
    words: Sequence[str],
    src: tuple[int, int],
    first: int,
    span: tuple[int, int],
    lexicon: Lexicon,
    *,
    clause: bool,
) -> int:
    """The last token of the content *span* (*a* .. *b*) of a cue inside a restrictive relative
    clause on the clause's subject (`Voters who say | the ferry is late | were divided`, `A docker who
    wants | to leave | could lose ...`: the source opens the clause and ends in *who* or *that*
    with no comma before it, Quirk et al. 1985 §17.8): the content ends before the main
    clause's finite verb (:func:`main_verb_before`), after the reported clause's own first
    finite verb when the content is a clause; *b* otherwise."""
    a, b = span
    rel = src[1]
    if src[0] != first or rel - 1 < src[0] or words[rel - 1] == ",":
        return b
    if words[rel].lower() not in ("who", "that"):
        return b
    if not clause:
        return main_verb_before(words, a, b, lexicon)
    for k in range(a + 1, b + 1):  # the reported clause's own verb group: 'the ferry | is | late'
        low = words[k].lower()
        if low in AUXILIARIES or low in MODALS or low in SIMPLE_PAST or low in IRREGULAR_PAST:
            g = k + 1
            while g <= b and (words[g] in _IN_VERB_GROUP or words[g].endswith(_GROUP_ENDINGS)):
                g += 1  # ('was | widely praised', 'had | not been told')
            return main_verb_before(words, g - 1, b, lexicon) if g <= b else b
    return b


def appositive_name(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """``the campaign manager, Jeff Weaver, said``, ``Two drivers, Ada Quist and Tom Reyes, said``."""
    words = tokens.words
    if words[j] != ",":
        return None
    if (named := named_after_clause(tokens, j, floor, lexicon)) is not None:
        return named  # 'A driver who gave only his first name, Tomasz, said'
    if (named := comma_post_name(tokens, j, floor, lexicon)) is not None:
        return named  # ('NAME, Director, Federal Roads Agency, said': the name before the post)
    k = before_name_body(words, j, floor)  # ('The referee, Ana Roe of the Northern League, said')
    while k > floor and (
        is_name_word(words[k])
        or name_syllable(tokens, k, floor)  # ('Park Ji-woo')
        or syllable_before_name(tokens, k, floor)  # ('Hye-jin Seo', 'Ji-woo Park')
        or (words[k] == "-" and is_name_word(words[k - 1]))
        or (nickname_token(words[k]) and k + 1 < j and is_name_word(words[k - 1]))  # ('Ada "Adi" Quist')
        or (k + 1 < j and place_compound(words, k))  # ('The developer, Edinburgh-based Hollowmere ...')
        or hyphen_particle(tokens, k - (words[k] == "-"), j)  # ('Tariq al-Hashimi')
        or (words[k] == "and" and k + 1 < j and is_name_word(words[k - 1]) and is_name_word(words[k + 1]))
        or (
            words[k] in NAME_PARTICLES
            and (is_name_word(words[k - 1]) or words[k - 1] in NAME_PARTICLES)
            and (is_name_word(words[k + 1]) or words[k + 1] in NAME_PARTICLES)
        )
    ):
        k -= 1  # (a hyphen or particles inside a name: 'Jean-Luc Moreau', 'Juan Carlos de la Vega')
    if floor + 1 < k < j - 2 and words[k - 1] == "," and styled_name(tokens.lows, k, lexicon):
        k -= 1  # ('The rector, the Rev. NAME, said', 'the Rt. Hon. NAME': a style of address)
    if k < j - 1 and age_before(words, k, floor + 1) >= 0:
        k -= 5  # ('The skipper, 58-year-old Terje Haug, said': the name's age)
    if floor < k < j - 1 and words[k] != ",":
        m = k + 1  # (the name's first word: past an abbreviated title the walk took for a name word)
        while m < j - 1 and words[m][-1:] == "." and words[m][:-1].lower() in lexicon.title_abbreviations:
            m += 1
        lo = prefix_title(tokens, m, lexicon, floor=floor)[0]
        # (not a body's noun before its name: 'NAME, 36, director of the consumer group | Billwise,')
        if lo > floor and words[lo - 1] == "," and tokens.lows[m - 1] not in lexicon.organization_nouns:
            k = lo - 1  # 'Her co-founder, chief technology officer Dev Raghunathan, said': a titled name
    if k == j - 1 or k <= floor or words[k] != ",":
        return None
    role = role_head_before(words, k - 1, floor, lexicon)
    np = np_left(tokens, role, floor, lexicon) if role >= 0 else None
    if np is not None and place_region(words, k, j, floor):  # ('a teacher in Salem, Ohio,': a region)
        apposed = np[0] - 2 > floor and words[np[0] - 1] == ","  # ('Ana Roe, a teacher ...': Ana Roe)
        named = np_left(tokens, np[0] - 2, floor, lexicon) if apposed else None
        return (named[0] if named is not None and is_name_word(words[named[1]]) else np[0], k - 1)
    name = _name_before_phrase(tokens, np[0] - 1 if np is not None else k - 1, k, floor, lexicon)
    if name >= 0:
        # 'Ida Varga, the head of the largest employer, Lumen Data, said': Varga's apposition
        return np_left(tokens, name, floor, lexicon)
    if role < 0 and (framed := framed_role_before(words, k - 1, floor, lexicon)) >= 0:
        return (framed, j - 1)  # 'The policy lead at the Open Grid Forum, Dana Price, said'
    if role < 0 and (post := post_before(words, k, floor, j, lexicon)) >= 0:
        return (post, j - 1)  # 'Retiring Archivist at Ardmore School, NAME, said': a post before it
    if role < 0:
        if (art := description_article(tokens, k + 1, j - 1, floor, lexicon)) >= 0:
            return (art, j - 1)  # 'A tailor in Leeds, NAME, said'
        if j - 1 - k >= 2 and (not is_name_word(words[k - 1]) or opening_quantifier(words, k - 1, floor)):
            # 'And a third, Daniel Traynor, said': a full name set off by commas, with the phrase
            # it names when that opens the clause ('"C," one of them, Ada Quist, said')
            np = np_left(tokens, k - 1, floor, lexicon)
            opens = np is not None and (np[0] == floor or words[np[0] - 1] in (",", '"', "”", "’", "'"))
            return (np[0] if np is not None and opens else k + 1, j - 1)
        return None
    return (np[0], j - 1) if np is not None else (k + 1, j - 1)


#: Quantifier and number pronouns that may head a subject before a name set off by commas.
_HEAD_QUANTIFIERS = QUANTIFIER_PRONOUNS | NUMBER_WORDS


def opening_quantifier(words: Sequence[str], i: int, floor: int) -> bool:
    """Is token *i* a quantifier or number pronoun that opens its clause, capitalised as the
    sentence's first word ('Another, NAME, said', 'One, NAME, said', 'Both, A and B, said')? It
    is no name word then: the name set off by commas after it says who it is."""
    return words[i].lower() in _HEAD_QUANTIFIERS and (i == floor or not words[i - 1][:1].isalnum())


def before_whose_clause(words: Sequence[str], j: int, floor: int) -> int:
    """If the comma at token *j* closes a relative clause opened by ', whose' (or ', who',
    ', which') that holds commas of its own ('Ida Varga, whose firm, Lumen Data, tracks
    ferries, said', 'Ida Varga, who lives outside the capital, Oslo, said'), the token before
    the clause's opening comma; else *j*. The name between the inner commas belongs to the
    clause (Quirk et al. 1985, §17.22: a non-defining relative clause is inside the subject's
    noun phrase), so it is never the subject. A *who* or *which* clause is stepped over only
    when its one inner comma sets off a short name or place at its end (', Oslo,', ', Cape
    Breton,'): after a longer stretch the comma may close a main clause ('X, who ..., rescinded
    his endorsement, saying')."""
    if words[j] != ",":
        return j
    commas: list[int] = []
    for m in range(j - 1, max(floor, j - PARENTHETICAL_WINDOW), -1):
        w = words[m]
        if w in (".", ";", ":", "?", "!", '"', "“", "”"):
            return j
        low = w.lower()
        if low in ("whose", "who", "which") and m - 2 >= floor and words[m - 1] == ",":
            if not commas:
                return j  # (no inner comma: the parenthetical walker's case)
            if low == "whose" and len(commas) == 1 and _name_chunk(words, commas[0] + 1, j):
                return j  # ('BODY, whose director, NAME, says C': the clause's own verb; NAME speaks)
            if low == "whose" or (len(commas) == 1 and _name_chunk(words, commas[0] + 1, j)):
                return m - 2
            return j
        if w == ",":
            commas.append(m)
    return j


#: How many tokens a name or place set off by commas at a relative clause's end may hold.
NAME_CHUNK_TOKENS = 4


def _name_chunk(words: Sequence[str], a: int, b: int) -> bool:
    """Tokens *a* .. *b* - 1 are a short name or place in capitals ('Oslo', 'Ill.', 'Cape
    Breton'): at most NAME_CHUNK_TOKENS tokens, each a name word, a period or a hyphen."""
    return (
        0 < b - a <= NAME_CHUNK_TOKENS
        and is_name_word(words[a])
        and all((is_name_word(w) and w.lower() not in NOT_NAMES) or w in (".", "-") for w in words[a:b])
    )


def comma_post_name(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The name before a comma-style post whose body ends before the comma at token *j* ('NAME,
    Director, Federal Roads Agency, | said': NAME, not the agency), or None."""
    words = tokens.words
    c = j - 1
    while c > floor and words[c] != "," and j - c <= _POST_BODY_TOKENS:
        c -= 1
    if (
        c - 3 < floor
        or words[c] != ","
        or words[c - 2] != ","
        or comma_body(tokens, c - 1, j, lexicon) != j - 1
    ):
        return None
    name = np_left(tokens, c - 3, floor, lexicon)
    return (
        name if name is not None and is_name_word(words[name[1]]) and is_name_word(words[name[0]]) else None
    )


#: The most tokens of a body's name after a comma-style post, as :func:`comma_post_name` reads it.
_POST_BODY_TOKENS = 10


def before_apposition_chain(tokens: Tokens, j: int, floor: int, lexicon: Lexicon) -> int:
    """After one apposition was stepped over, token *j* may end a second one headed by *the*
    or a role ('Ida Varga, the editor of the city's paper, the Ledger, said'): the token
    before it when a name stands there; else *j*. (One headed by *a* is
    :func:`~quotex.attributions.subjects.source_before`'s own case: it stays in the source.)
    Two appositions in a row both describe the name before them (Quirk et al. 1985, §17.65:
    multiple apposition); so may a job compound. A party and state tag is stepped over too."""
    words = tokens.words
    if (k := before_party_tag(words, j, floor)) >= 0:
        return k
    np = np_left(tokens, before_work_name(words, j, floor), floor, lexicon)
    head = tokens.words[np[0]] if np is not None else ""  # (a capitalised word opens a name: 'Senator')
    if np is None or not (head == "the" or head in lexicon.role_words or modified_role(words, *np, lexicon)):
        np = bare_job_span(words, j, floor, lexicon)  # ('Ida Varga, lock keeper, who ...')
    if np is None or np[0] - 2 < floor:
        return j
    name = name_before(tokens, np[0], floor, lexicon)
    return name if name >= 0 else j


def _name_before_phrase(tokens: Tokens, m: int, k: int, floor: int, lexicon: Lexicon) -> int:
    """Walking left from token *m* over a phrase that ends before the comma at token *k* to the
    comma that opens it: the last token of a name before that comma when the phrase is an
    apposition opened by *the* or a role ('Ida Varga, | the head of the largest employer |,
    Lumen Data'), or an adjunct opened by a preposition or a participle ('Lund, | speaking at
    a rally in Leith |, Scotland, said'); else -1. The walk stops at a clause word ('a
    country that the nominee, Romney, called ...', 'crushed Clinton, but the state's senator,
    Ida Varga, ...')."""
    words, lows = tokens.words, tokens.lows
    verbs = lexicon.verb_forms
    while m > floor and words[m] != "," and k - m < APPOSITION_WINDOW:
        low = lows[m]
        participle = words[m - 1] == "," and low.endswith("ing")  # (opening the phrase: 'speaking at')
        if (
            (
                low in _CLAUSE_WORDS and (words[m].islower() or low not in _PAST_FORMS)
            )  # ('the Low Fell Quarry')
            or (low in verbs and not participle)
            or not (words[m][:1].isalnum() or low in ("'s", "’s", "-"))
        ):
            return -1
        m -= 1
    if m >= k - 1 or words[m] != ",":
        return -1
    head = words[m + 1]
    role = head not in ("a", "an") and any(w in lexicon.role_words for w in words[m + 1 : min(m + 3, k)])
    if not (head == "the" or role or head in PREPOSITIONS or head.endswith("ing")):  # (role: 'parish priest')
        return -1  # (one opened by 'a' stays in the source: 'Ida Varga, a lawyer from Vigo, Spain,')
    return name_before(tokens, m + 1, floor, lexicon)


#: Words that make a phrase before a name a clause, not an apposition.
_CLAUSE_WORDS = RELATIVES | SIMPLE_PAST | IRREGULAR_PAST | frozenset("that and but or nor".split())
#: Past forms: a clause's verb in lower case, a name's word when capitalised mid-phrase ('Low Fell').
_PAST_FORMS = SIMPLE_PAST | IRREGULAR_PAST


def before_short_aside(words: Sequence[str], comma: int, floor: int, lexicon: Lexicon, cue: str = "") -> int:
    """The token before a short aside that the comma at *comma* closes: a party and state
    (', R-S.C.,'), an age or an apposition opened by an article or a role (', a senator,');
    else *comma*. A clause between commas ('with CNN, Lund went on, saying') is no aside."""
    k = skip_parenthetical_left(words, comma, floor, lexicon, cue)
    inner = words[k + 2 : comma]
    if k == comma or not inner or len(inner) > 8:
        return comma
    opener = inner[0].lower()
    tag = "-" in "".join(inner) and all(w[:1].isupper() or w in ("-", ".") for w in inner)  # ('D-Ore.')
    apposition = opener in ("a", "an", "the") or opener in lexicon.role_words
    return k if tag or opener.isdigit() or apposition else comma
