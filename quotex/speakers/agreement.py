"""Which names a *he* or *she* may refer to, beyond gender agreement.

A place, a people, a feast, or a bare capitalised word with no sign of a person is no *he* or
*she* (:func:`place_name`, :func:`bare_word`); a name set off after a sentence-opening role
is that sentence's subject (:func:`framed_subject`), and so is a name in close apposition to
a sentence-opening noun (:func:`close_subject`); a first-name list's gender yields to a
pronoun that continues the subject (:func:`census_clash`), and a registrations' gender to a
pronoun no one else in view agrees with (:func:`registered_clash`). A name written only after
a preposition of place is a place's (:func:`located_only`), and a titled newcomer named as a
verb's object may be told apart by gender (:func:`titled_object`). Read by
:mod:`quotex.speakers.pronouns` and :mod:`quotex.speakers.introduced`, with two facts of a
sentence the pronoun rules weigh (:func:`gendered_pronoun_in`, :func:`only_sentence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotex.entities import Entity
from quotex.lexicon.contested_names import CONTESTED_FIRST_NAMES
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.places import PEOPLE_WORDS, PLACE_GENERICS, PLACE_WORDS
from quotex.mentions import Mention, registered_spelling
from quotex.speakers.words import GENDERED_PRONOUNS, PREPOSITIONS

if TYPE_CHECKING:
    from quotex.speakers.salience import Resolver

#: Feasts and seasons of the calendar written as names ('New Year', 'Christmas').
_FEASTS = frozenset(("new year", "christmas", "easter", "thanksgiving", "ramadan", "hanukkah", "passover"))


def place_name(ent: Entity) -> bool:
    """Is *ent* a place or a people written as a name, with no sign of a person ('a woman in
    Worcester, Massachusetts, told him she ...', 'a Berlin man ... he', 'Muslim immigration')?
    Such a name, and a holiday's (*Election Day*), is never a *he* or *she*
    (:mod:`quotex.lexicon.places`)."""
    if ent.person_evidence:
        return False
    name = ent.name.lower()
    name = name[4:] if name.startswith("the ") else name
    # (a holiday's name, 'Election Day', 'Labor Day', is a date's)
    if len(ent.words) > 1 and any(w in PLACE_GENERICS for w in ent.words):
        return True  # ('Cape Arago', 'Sunset Bay')
    return name in PLACE_WORDS or name in PEOPLE_WORDS or name in _FEASTS or name.endswith(" day")


def bare_word(ent: Entity) -> bool:
    """Is *ent* one capitalised word with no sign of a person (no title, honorific, gendered
    word, age, tagger's PERSON), no gender learnt, and no listed first name? Until it speaks,
    such a word is no *he* or *she*: the words news copy capitalises (*God*, *Mediterranean*,
    *Oh*, a historical figure named in passing) outnumber the persons it names by a bare
    surname that never speaks."""
    return (
        len(ent.words) == 1
        and not ent.person_evidence
        and ent.gender is None
        and registered_spelling(ent.words[0].lower()) not in FIRST_NAMES
    )


def framed_subject(words: Sequence[str], m: Mention, first: int) -> bool:
    """Is the name *m* set off by commas right after a subject that opens the sentence at token
    *first*: *the* or a possessive determiner and one to four lower-case words ('The captain,
    Jess Haworth, was ...', 'Its general secretary, Ana Roe, told ...'), a possessor inside it
    ("The band's drummer, Ian Cole, went quiet"), or a name's possessive and one to three
    lower-case words ("Roe's agent, Ivo Berg, said")? The name in apposition to the subject is
    the subject (Quirk et al. 1985, §17.65: apposition)."""
    if not 3 <= m.first - first <= 7:
        return False  # (before the slice: a long sentence costs nothing here)
    lead = words[first : m.first]
    if not (lead[-1] == "," and m.last + 1 < len(words) and words[m.last + 1] == ","):
        return False
    opener, rest = lead[0], lead[1:-1]
    if opener.lower() not in ("the", "its", "their", "his", "her"):
        # (a name's possessive opening the subject: "Roe's agent, Ivo Berg,")
        if not (opener[:1].isupper() and opener.isalpha() and rest and rest[0] in ("'s", "’s")):
            return False
        rest = rest[1:]
    possessives = [j for j, w in enumerate(rest) if w in ("'s", "’s")]
    if len(possessives) > 1 or (possessives and possessives[0] in (0, len(rest) - 1)):
        return False  # (one possessor, with a noun on each side of it: "the band's drummer")
    return bool(rest) and len(rest) <= 5 and all(w in ("'s", "’s") or _lower_word(w) for w in rest)


#: Nouns of time that take a contact clause after them (*The day Ana Roe arrived, ...*): the name
#: there is the subject of that clause, not of the sentence.
_TIME_NOUNS = frozenset(
    "day night week month year morning evening afternoon moment time hour weekend".split()
)


def close_subject(words: Sequence[str], m: Mention, first: int) -> bool:
    """Is the name *m* in close apposition to a subject that opens the sentence at token
    *first*: *the* or a possessive determiner and one or two lower-case nouns, then the name and
    a lower-case word, its verb (*Her colleague Sam Ade disagreed.*, *The striker Ana Roe
    scored twice*)? A relation noun the role lexicon lacks (*colleague*, *classmate*) is still
    the head of the subject, and the name in close apposition to it is the subject (Quirk et
    al. 1985, §17.70: restrictive apposition)."""
    lo = m.title_first if 0 <= m.title_first < m.first else m.first
    if not 2 <= lo - first <= 3:
        return False  # (before the slice: a long sentence costs nothing here)
    lead = words[first:lo]
    if lead[0].lower() not in _SUBJECT_OPENERS:
        return False
    if not all(_lower_word(w) and w not in _NOT_VERBS for w in lead[1:]) or lead[-1] in _TIME_NOUNS:
        return False
    after = m.last + 1
    return after < len(words) and _lower_word(words[after]) and words[after] not in _NOT_VERBS


#: A determiner that opens a subject noun phrase (*The*, *Her*, *Their*).
_SUBJECT_OPENERS = frozenset("the his her their its our my".split())
#: Words that are no noun before a name (*The rise of Bannon gave ...*: the name ends a
#: prepositional phrase) and no verb after it (a list, a relative clause).
_NOT_VERBS = frozenset(
    "and or of for with at by to from in on about against than into over under who".split()
)


#: Verbs after which a fronted adverbial or a specifying subject puts the person who is the
#: sentence's focus (*Next came Ana Roe*, *The first to speak was Ana Roe*).
_INVERTING_VERBS = frozenset("was is came comes".split())
#: One-word fronted adverbials of sequence and place, and the cleft's *it*, before such a verb.
_FRONTED_ALONE = frozenset("next then first last finally also here there it".split())


def postposed_subject(words: Sequence[str], m: Mention, first: int) -> bool:
    """Is the name *m* the focus put after the verb of a sentence opening at token *first*: a
    subject after subject-verb inversion behind a fronted adverbial (*Next came Ana Roe, a
    nurse.*, *Then came ...*; Quirk et al. 1985, §18.23) or the value of a specifying
    copula (*The first to speak was Ana Roe.*, §16.47)? The verb follows the sentence's
    capitalised first word and up to six lower-case words (or a one-word fronted adverbial
    alone: *Next*, *Then*), and the name (with any title set off after it) ends the sentence."""
    lo = m.title_first if 0 <= m.title_first < m.first else m.first
    v = lo - 1
    if v - first < 1 or v - first > 7 or words[v].lower() not in _INVERTING_VERBS:
        return False
    if not (words[first].isalpha() and words[first][:1].isupper()):
        return False
    if v - first == 1 and words[first].lower() not in _FRONTED_ALONE:
        return False  # ('Roe was Ana Lund's deputy': a name, not a fronted adverbial)
    if not all(_lower_word(w) for w in words[first + 1 : v]):
        return False
    end = max(m.last, m.title_last)
    return end + 1 < len(words) and words[end + 1] in (".", ",", ";")


def _lower_word(w: str) -> bool:
    """Is *w* a lower-case word, hyphens allowed ('co-founder')?"""
    bare = w.replace("-", "")
    return bare.isalpha() and bare.islower()


def census_clash(ent: Entity, gender: str | None) -> bool:
    """Is *ent* a person shown as one whose only sign of the other gender than *gender* is its
    first name in a list ('The captain, Jess Haworth, was one of the first. She was ...')? The
    lists give a name's majority gender; a pronoun continuing the subject of the sentence before,
    when no one in view agrees with it, is the text's own word and outranks them, but only for a
    census name that some country registers for both genders (``CONTESTED_FIRST_NAMES``: *Jess*,
    *Ashley*): *Robert Morgan ... "C," she said* is somebody else's, and no speaker."""
    return (
        gender is not None
        and ent.gender not in (None, gender)
        and ent.evidence in ("first_name", "clause", "registered")
        and (ent.evidence != "first_name" or _contested(ent))
        and ent.kind == "person"
        and ent.person_evidence
        and not ent.body_evidence
    )


def _contested(ent: Entity) -> bool:
    """Is *ent*'s first name one some country registers for both genders, or a short form of
    a name of the other gender (``CONTESTED_FIRST_NAMES``)?"""
    return bool(ent.words) and registered_spelling(ent.words[0].lower()) in CONTESTED_FIRST_NAMES


def registered_clash(ent: Entity, gender: str | None) -> bool:
    """Is *ent* a person whose only sign of the other gender than *gender* is a first name the
    baby-name registrations alone give one gender (``"registered"``, the weakest evidence:
    *Nino* is an Italian man's name and a Georgian woman's)? When no person in view agrees
    with a *he*/*she* and exactly one such person is in view, the pronoun is the text's own
    word and outranks the registrations (*A and Nino B met. Mr A left early. "C," she said.*)."""
    return (
        gender is not None
        and ent.gender not in (None, gender)
        and ent.evidence == "registered"
        and ent.kind == "person"
        and not ent.body_evidence
        and not ent.unlikely_person
        and not place_name(ent)
    )


#: Prepositions of place that a person's name never follows on its own ('met B in | Tan Hoa on
#: Sunday', 'a camp near | Kota Seri Melati').
_LOCATIVES = frozenset(("in", "near"))


def located_only(words: Sequence[str], mentions: Sequence[Mention], ent: Entity, at: int) -> bool:
    """Is *ent* named before token *at* only right after a preposition of place, never as a
    possessor ('in Tan Hoa on Sunday', not "in Ana Roe's words"), with no sign of a person but a
    registered given name ('Kota': a Japanese one)? Such a name is a place's, no *he* or *she*."""
    if ent.person_evidence or ent.titles or ent.evidence not in (None, "registered"):
        return False
    seen = [mentions[k] for k in ent.mentions if mentions[k].first < at]
    return bool(seen) and all(
        m.first > 0
        and words[m.first - 1] in _LOCATIVES
        and not (m.last + 1 < len(words) and words[m.last + 1] in ("'s", "’s"))
        for m in seen
    )


def gendered_pronoun_in(res: Resolver, s: int) -> bool:
    """Does sentence *s* hold a *he*/*she* in any case (*'Rowan Sykes read his statement first'*,
    *'... to praise him'*)? Salience weighs it already: two newcomers there are not undecided."""
    sent = res.table.sentences[s]
    return any(w.lower() in GENDERED_PRONOUNS for w in res.tokens.words[sent.first : sent.last + 1])


def only_sentence(res: Resolver, e: int, at: int) -> int:
    """The one sentence that holds every mention of entity *e* before token *at*, or -1."""
    places = {res.where(k)[0] for k in res.ents[e].mentions if res.mentions[k].first < at}
    return places.pop() if len(places) == 1 else -1


#: Words before a name that make it no verb's object ('and B', 'but B'; prepositions apart).
_NOT_OBJECT_LEADS = frozenset("and or but nor than as".split())


def titled_object(res: Resolver, e: int) -> bool:
    """Is entity *e* titled and named only as a verb's object, each mention (with its title
    before it) right after a lower-case word that is no preposition or conjunction ('A, ROLE,
    met | B, ROLE'): a newcomer the pronoun's gender may set apart from the subject?"""
    words = res.tokens.words
    if not res.ents[e].titles:
        return False
    for k in res.ents[e].mentions:
        m = res.mentions[k]
        lead = min(m.first, m.title_first) if m.title_first >= 0 else m.first
        w = words[lead - 1] if lead > 0 else ""
        if not (w.isalpha() and w.islower() and w not in PREPOSITIONS and w not in _NOT_OBJECT_LEADS):
            return False
    return True
