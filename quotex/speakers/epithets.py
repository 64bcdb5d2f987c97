"""Capitalised epithets: *the Norwegian*, *the Republican*.

A nationality or party adjective used as a noun after *the* is found as a one-word name, but
it names no one: it refers back to the person the text introduced with that word ('Norwegian
sailor Ana Berg', 'Ana Berg, a Norwegian sailor,'). Input: a
:class:`~quotex.speakers.salience.Resolver` and a mention index; output: the entity it refers
to, -1 for no speaker, or None when the mention is no such epithet.
"""

from __future__ import annotations

import bisect

from quotex.entities import Entity
from quotex.lexicon.grammar import AUXILIARIES, COPULA, IRREGULAR_PAST, MODALS
from quotex.lexicon.places import COUNTRY_ADJECTIVES, DEMONYM_NOUNS, PEOPLE_WORDS
from quotex.mentions.demonyms import COMPASS_WORDS
from quotex.speakers.epithet_words import place_holder
from quotex.speakers.salience import Resolver, most_salient

#: Endings of nationality and party adjectives used as nouns ('Norwegian', 'Brazilian',
#: 'Japanese', 'Israeli', 'Icelandic', 'Danish', 'Dutch', 'Republican', 'Democrat'), the
#: derivational suffixes of English demonyms (Quirk et al. 1985, Appendix I.37).
_EPITHET_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "crat")
#: How many lower-case words may stand between the epithet and the name it modifies
#: ('Norwegian sailor Ana Berg', 'Norwegian marine engineer Ana Berg').
_MODIFIED_WORDS = 3


def epithet_referent(res: Resolver, k: int) -> int | None:
    """The person entity that mention *k*, one capitalised word after *the* ('the
    Norwegian'), refers back to: the person that another mention of the same word modifies,
    before the name ('Norwegian sailor Ana Berg') or in an apposition after it ('Ana Berg, a
    Norwegian sailor,'), the latest such one before *k*, else the person whose title opens
    with the word ('Icelandic skipper Ana Berg'); -1 when the text uses the word only
    as a modifier of no person; None when mention *k* is no epithet (no *the* before it, or
    the text never uses the word as a modifier: 'the Guardian')."""
    mentions, words, lows = res.mentions, res.tokens.words, res.lows
    m = mentions[k]
    if m.first == 0 or lows[m.first - 1] != "the":
        return None
    if m.last == m.first + 1 and words[m.first] in COMPASS_WORDS and _people_word(words[m.last]):
        # ('South Korean A beat B ... the South Korean said': the person so titled)
        return _titled_with_phrase(res, f"{words[m.first]} {words[m.last]}", k)
    if m.first != m.last:  # ('A, a Faroe Islander, ... the Faroe Islander said': A)
        return _apposed_before(res, k) if m.last == m.first + 1 and words[m.first][:1].isupper() else None
    w = words[m.first]
    if _initials(w):  # ('the CS' for the Cabinet Secretary named before, 'the PM'; or 'the FBI')
        # (a sentence's 'The MMC said' too: 'The CTU', initials no titled person's post has,
        # stays a name)
        e = _by_initials(res, w, m.first - 1, k)
        return e if e >= 0 else None
    if (adjective := DEMONYM_NOUNS.get(w.lower())) is not None:
        # ('Polish Ana Roe beat ... the Pole said': the person the text called Polish; never a
        # person called *Pole*)
        titled = _titled_with(res, adjective.capitalize(), k)
        titled = titled if titled >= 0 else _from_country(res, adjective, k)
        apposed = _apposed_before(res, k) if titled < 0 else None  # ('A, a Swede, ... the Swede')
        found = apposed if apposed is not None else titled
        return found if found >= 0 else sole_person_before(res, k)
    if w.isupper():
        return None  # ('the FBI': a body's name, not an adjective)
    people = _people_word(w)  # (else only an apposition's word: 'A, a Kurd,' for 'the Kurd')
    table = res.table
    modifier = False
    found = -1
    for k2 in table.entities[table.of_mention[k]].mentions:
        if k2 >= k:
            break
        m2 = mentions[k2]
        if m2.first != m2.last or m2.last + 1 >= len(words):
            continue
        nxt = words[m2.last + 1]
        if nxt in _APPOSITION_ENDS and (e := _modified_person(res, k2)) >= 0:
            modifier, found = True, e  # ('A, a Nigerian, and B, a Chilean, ... the Nigerian said': A)
            continue
        if not people or not (nxt.isalpha() and nxt.islower()) or _verb_like(nxt, res):
            continue  # ('The Vatican issued', 'the Vatican has': a verb after a name)
        modifier = True  # 'Norwegian sailor': an adjective, not a name
        e = _modified_person(res, k2)
        if e >= 0:
            found = e
    if not people:
        return found if found >= 0 else None  # ('the Post': a body's name, not an adjective)
    if found < 0:
        titled = _titled_with(res, w, k)
        if titled >= 0:
            return titled  # 'Icelandic skipper Ana Berg': the word opens her title
    if found < 0 and (country := _from_country(res, w.lower(), k)) >= 0:
        return country  # ('A of Kazakhstan and B of Belgium ... the Kazakh said': A)
    if not modifier:
        # ('The Norwegian said': a people's word the text never used of anyone names no one,
        # never a person called *Norwegian*, unless one person alone stands before it in its
        # paragraph: :func:`sole_person_before`)
        low = w.lower()  # ('the Chilean': any country's nationality adjective as well)
        return sole_person_before(res, k) if low in PEOPLE_WORDS or low in _NATIONALITIES else None
    return found


#: How many mentions before an epithet :func:`sole_person_before` reads (a bound: linear cost).
_SOLE_REACH = 15


def sole_person_before(res: Resolver, k: int) -> int:
    """The one person named in the paragraph of mention *k* before it, when a people's word
    no mention stated names someone new to the reader ('United's coach, Marta Sorensen, was
    less impressed. "C," the Dane said.': Sorensen; journalists vary a second reference with
    a fact the reader learns there); -1 when the paragraph names no person or more than one
    before it."""
    table = res.table
    own = table.of_mention[k]
    par = res.where(k)[1]
    found = -1
    for j in range(k - 1, max(-1, k - 1 - _SOLE_REACH), -1):
        if res.where(j)[1] != par:
            break
        e = table.of_mention[j]
        ent = res.ents[e]
        if e == own or j in res.quoted or ent.kind != "person" or ent.unlikely_person:
            continue  # (a body or place)
        if (
            j + 1 < k
            and res.mentions[j + 1].title_first <= res.mentions[j].first <= res.mentions[j + 1].title_last
        ):
            continue  # (a word of the next person's title: 'United's coach, NAME,')
        if found >= 0 and e != found:
            return -1
        found = e
    return found


def _apposed_before(res: Resolver, k: int) -> int | None:
    """The person that an earlier mention of mention *k*'s entity was an apposition of ('A, a
    Sri Lankan, and ...': A), the latest one; None when there is none."""
    mentions, words, table = res.mentions, res.tokens.words, res.table
    found = None
    own = table.entities[table.of_mention[k]].mentions
    at = bisect.bisect_left(own, k)
    for k2 in own[max(0, at - _APPOSED_REACH) : at]:  # (the latest only: a bound, linear cost)
        end = mentions[k2].last + 1
        if end < len(words) and words[end] in _APPOSITION_ENDS and (e := _modified_person(res, k2)) >= 0:
            found = e
    return found


#: How many earlier mentions of an epithet's word :func:`_apposed_before` reads.
_APPOSED_REACH = 40
#: Tokens that close a one-word apposition ('A, a Kurd, and ...').
_APPOSITION_ENDS = frozenset([",", ".", ";", ")"])
#: How many mentions before an epithet :func:`_from_country` reads (a bound: linear cost).
_COUNTRY_REACH = 60
#: Prepositions that give a person's country after the name: 'A of Kazakhstan', 'B from Mali'.
_COUNTRY_LINKS = frozenset(["of", "from"])


def _from_country(res: Resolver, adjective: str, k: int) -> int:
    """The person named before mention *k* with *of*/*from* and a country whose nationality
    adjective is *adjective* ('Yerlan Abdikarimov of Kazakhstan' for *the Kazakh*:
    :data:`~quotex.lexicon.places.COUNTRY_ADJECTIVES`), the latest named; -1 when none."""
    mentions, lows, table = res.mentions, res.lows, res.table
    for k2 in range(k - 1, max(-1, k - 1 - _COUNTRY_REACH), -1):
        m = mentions[k2]
        e = table.of_mention[k2]
        if (
            table.entities[e].kind != "person"
            or m.last + 2 >= len(lows)
            or lows[m.last + 1] not in _COUNTRY_LINKS
        ):
            continue
        for size in (1, 2, 3):
            place = " ".join(lows[m.last + 2 : m.last + 2 + size])
            if COUNTRY_ADJECTIVES.get(place) == adjective:
                return e
    return -1


def _people_word(w: str) -> bool:
    """Can *w* be a people's adjective: an epithet's ending (*-an*, *-ese*, *-ish*), one of
    :data:`~quotex.lexicon.places.PEOPLE_WORDS` (*Greek*, *Thai*, *Basque*, *Uzbek*) or a
    country's nationality adjective (*Malagasy*)?"""
    low = w.lower()  # (not a plural or a people as a whole: 'the Saudis', 'the Swiss said')
    return (
        low.endswith(_EPITHET_ENDINGS)
        or (low in PEOPLE_WORDS and not low.endswith("s"))
        or (low in _NATIONALITIES and not low.endswith("s"))  # ('Malagasy'; not 'the Swiss')
    )


#: Every country's nationality adjective (:data:`~quotex.lexicon.places.COUNTRY_ADJECTIVES`).
_NATIONALITIES = frozenset(COUNTRY_ADJECTIVES.values())


def _titled_with_phrase(res: Resolver, phrase: str, k: int) -> int:
    """The person named before mention *k* whose title opens with the two words of *phrase*
    ('South Korean'), the latest named; -1 when none."""
    for first, e in reversed(_title_openers(res).get(phrase.split(maxsplit=1)[0], [])):
        if first < k and any(t.startswith(phrase) for t in res.table.entities[e].titles):
            return e
    return -1


def _titled_with(res: Resolver, word: str, k: int) -> int:
    """The person entity, of those named before mention *k*, whose title opens with *word*
    ('Icelandic skipper'), the latest named; -1 when none (found by bisection)."""
    listed = _title_openers(res).get(word, [])
    i = bisect.bisect_left(listed, (k, -1)) - 1
    return listed[i][1] if i >= 0 else -1


def _title_openers(res: Resolver) -> dict[str, list[tuple[int, int]]]:
    """The persons by their titles' first words, as (first mention, entity) in order: built once
    per call of the resolver (``Resolver.title_openers``)."""
    if res.title_openers is None:
        res.title_openers = {}
        for e, ent in enumerate(res.table.entities):
            if ent.kind == "person" and ent.mentions:
                for opener in {t.split(maxsplit=1)[0] for t in ent.titles if t}:
                    res.title_openers.setdefault(opener, []).append((ent.mentions[0], e))
        for listed in res.title_openers.values():
            listed.sort()
    return res.title_openers


def _verb_like(w: str, res: Resolver) -> bool:
    """Can lower-case *w* after a name be its verb rather than a noun it modifies: a verb of
    the lexicon, an auxiliary, a past form, or a form in *-s*?"""
    return (
        w in res.lexicon.verb_forms
        or w in _VERB_WORDS
        or w.endswith("ed")
        or (w.endswith("s") and not w.endswith("ss"))
    )


_VERB_WORDS = AUXILIARIES | MODALS | COPULA | IRREGULAR_PAST


def _modified_person(res: Resolver, k2: int) -> int:
    """The person entity that the one-word modifier mention *k2* describes: the next mention
    after lower-case words only ('Norwegian sailor Ana Berg'), or the mention before ', a'
    or ', the' ('Ana Berg, a Norwegian sailor,'); -1 when none."""
    mentions, words, table, lows = res.mentions, res.tokens.words, res.table, res.lows
    m2 = mentions[k2]
    if k2 + 1 < len(mentions):
        nxt = mentions[k2 + 1]
        gap = words[m2.last + 1 : nxt.first]
        if 0 < len(gap) <= _MODIFIED_WORDS and all(w.isalpha() and w.islower() for w in gap):
            e = table.of_mention[k2 + 1]
            if table.entities[e].kind == "person":
                return e
    i = m2.first
    if k2 > 0 and i >= 3 and lows[i - 1] in ("a", "an", "the") and words[i - 2] == ",":
        e = table.of_mention[k2 - 1]
        if mentions[k2 - 1].last == i - 3 and table.entities[e].kind == "person":
            return e
    return -1


#: Party nouns used as epithets for a lawmaker, and the letter of their party tag ('D-Ohio').
_PARTY_LETTERS = {"democrat": "D", "republican": "R"}
#: Party words in a title that state the same affiliation ('Republican Gov.', 'Democratic senator').
_PARTY_TITLE_WORDS = {"democrat": "D", "democratic": "D", "republican": "R", "gop": "R"}
#: How many sentences back (this one included) a party epithet looks for its only holder.
_PARTY_SENTENCES = 4


def party_referent(res: Resolver, first: int, last: int) -> int | None:
    """The person that source tokens *first..last*, *the* and a party noun with at most two
    capitalised state words before it ('the Republican', 'the Vermont Democrat'), refer back
    to: the only person named before it whose party tag ('Rep. Ana Berg, D-Vt.,', '(R-Texas)')
    or title states that party (and that state, when the epithet names one); when no person's
    party is stated, the only titled person named in the last sentences ('Gov. Ana Berg said
    ... The Republican told reporters'). -1 when several persons fit (no guess); None when
    the tokens are no party epithet or no person fits, so they read as before."""
    words, table = res.tokens.words, res.table
    if res.lows[first] != "the" or not 1 <= last - first <= 3:
        return None
    letter = _PARTY_LETTERS.get(res.lows[last])
    state = " ".join(words[first + 1 : last]).lower()
    if letter is None or not words[last][:1].isupper():
        return None
    if not all(w.isalpha() and w.istitle() for w in words[first + 1 : last]):
        return None
    k = bisect.bisect_left(res.mention_starts, first)  # (the persons named before the epithet)
    stated: dict[int, tuple[str, str]] = {}  # person -> (party letter, state as written)
    for _, e2, party in _parties_before(res, k):
        stated[e2] = party
    fits = {e for e, (p, s) in stated.items() if p == letter and (not state or _same_state(state, s))}
    if len(fits) == 1:
        return fits.pop()
    if fits:
        return -1
    if state and (tied := place_holder(res, state, first)) >= 0 and stated.get(tied, (letter,))[0] == letter:
        return tied  # ('Ana Roe of Oregon and Ida Lund of Ohio ... the Oregon Democrat': no party stated)
    if stated or state:
        return None
    si, _ = table.locate(first)
    floor = table.sentence_firsts[max(0, si - _PARTY_SENTENCES + 1)]
    near = {  # (persons shown as such: not 'Universities' opening a quoted sentence)
        e2
        for k2 in range(bisect.bisect_left(res.mention_starts, floor), k)
        if (ent := table.entities[e2 := table.of_mention[k2]]).kind == "person"
        and ent.person_evidence
        and not ent.unlikely_person
    }
    if len(near) == 1 and (e := near.pop()) >= 0 and table.entities[e].titles:
        return e
    return None


def _parties_before(res: Resolver, k: int) -> list[tuple[int, int, tuple[str, str]]]:
    """(mention, person, party) of the mentions before mention *k* that state a person's party,
    in text order: each mention is read once per text, the resolver keeping what it has read
    (a loop over every mention before each epithet was quadratic in the text)."""
    table = res.table
    while res.parties_read < k:
        k2 = res.parties_read
        e2 = table.of_mention[k2]
        if table.entities[e2].kind == "person" and (party := _stated_party(res, k2, e2)) is not None:
            res.parties.append((k2, e2, party))
        res.parties_read += 1
    cut = bisect.bisect_left(res.parties, k, key=lambda item: item[0])
    return res.parties[:cut]


def _stated_party(res: Resolver, k: int, e: int) -> tuple[str, str] | None:
    """(party letter, state) that mention *k* of person *e* states: a tag after the name
    (', D-Vt.,', ' (R-Texas)'), else a party word in the person's titles (state '')."""
    words, m = res.tokens.words, res.mentions[k]
    j = m.last + 1
    if (
        j + 3 < len(words)
        and words[j] in (",", "(")
        and words[j + 1] in ("D", "R", "I")
        and words[j + 2] == "-"
    ):
        return words[j + 1], words[j + 3]
    for title in res.table.entities[e].titles:
        for w in title.split():
            if (p := _PARTY_TITLE_WORDS.get(w.lower())) is not None:
                return p, ""
    return None


def _same_state(state: str, written: str) -> bool:
    """Does the state *written* in a party tag ('Vt.', 'S.C.', 'Texas') name *state* (lower
    case, 'vermont'): the same word, or an abbreviation whose letters spell the name's start
    and run through it in order?"""
    short = written.lower().replace(".", "")
    if not short:
        return False
    if short == state:
        return True
    name = state.replace(" ", "")
    if name[0] != short[0]:
        return False
    i = 0
    for ch in name:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short) and len(short) <= 4


def _initials(word: str) -> bool:
    """Is *word* two to four capital letters, a title's initials ('CS', 'PM', 'CM', 'DC')?"""
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


#: Words that end a title's post (its affiliation follows: 'secretary of the Harbour Pilots Guild').
_POST_ENDS = frozenset(["of", "at", "for", "in", "with", "to", "from", ",", "("])


def post_initials(title: str, n: int) -> str:
    """The initials of the last *n* words of *title*'s post, before its affiliation, when all
    of them are capitalised ('Agriculture and Livestock Development Cabinet Secretary', 2 ->
    'CS'; 'general secretary of the Harbour Pilots Guild', 3 -> ''); '' otherwise."""
    post: list[str] = []
    for w in title.replace(",", " , ").replace("(", " ( ").split():
        if w.lower() in _POST_ENDS and post:
            break
        post.append(w)
    tail = post[-n:]
    if n < 1 or len(tail) < n or not all(w[:1].isupper() for w in tail):
        return ""
    return "".join(w[0] for w in tail)


#: Words an initialism of a post skips ('Member of the Mayoral Committee': MMC).
_SKIPPED_IN_INITIALS = frozenset(["of", "the", "and", "&"])


def of_post_initials(title: str, initials: str) -> bool:
    """Is *initials* ('MMC', 'DPP', 'IGP') spelt by the words of *title*'s post that open with
    one or two words and *of*, its small words skipped ("the city's member of the mayoral
    committee for water": MMC; 'Director of Public Prosecutions': DPP; 'Inspector General of
    Police': IGP)? A possessor before the post is no part of it; the initials must take in
    the words after *of* (the last words alone are :func:`post_initials`'s)."""
    words = title.replace(",", " , ").replace("(", " ( ").split()
    start = next((j + 1 for j in range(len(words) - 1, -1, -1) if words[j].endswith(("'s", "’s"))), 0)
    letters: list[str] = []
    linked = False
    for w in words[start:]:
        low = w.lower()
        if low in _SKIPPED_IN_INITIALS:
            linked = linked or (low == "of" and 1 <= len(letters) <= 2)
            continue
        if not w[:1].isalpha() or len(letters) == len(initials):
            break
        letters.append(w[0].upper())
    return linked and "".join(letters) == initials


def _by_initials(res: Resolver, initials: str, at: int, lo: int) -> int:
    """'the CS', 'the PM' -> the most salient person with a title whose capitalised words
    begin with those letters ('Agriculture and Livestock Development Cabinet Secretary' ends in
    'Cabinet Secretary'; 'Prime Minister'), -1 when none: a title abbreviated by its initials, as
    Kenyan, Indian and British copy writes them after the first mention. Only the post's own
    last words count, never its affiliation's: after 'general secretary of the Harbour Pilots
    Guild', 'the HPG' is the guild, not its secretary (:func:`post_initials`)."""

    def abbreviates(ent: Entity) -> bool:
        return any(
            post_initials(title, len(initials)) == initials or of_post_initials(title, initials)
            for title in ent.titles
        )

    scores = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and abbreviates(ent))
    return most_salient(scores) if scores else -1
