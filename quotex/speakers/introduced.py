"""A descriptive nominal that names the person the sentence before introduced.

News copy names a person, then refers to them in the next sentence or paragraph by a
description the text never gave as a title: *Lorraine Ebbage, 36, has ... | The veteran
says ...*, *Graham Oxley called ... | The former pit electrician said ...* (the "elegant
variation" of Fowler's *Modern English Usage*; the AP Stylebook's second reference). Input: a
:class:`~quotex.speakers.salience.Resolver`, a source phrase's lower-case head words and its
first token; output: the person it names, or -1. Read by
:func:`quotex.speakers.sources._resolve_phrase` after every other reading of a nominal failed.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from quotex.entities import FEMALE_ROLE_WORDS, MALE_ROLE_WORDS
from quotex.lexicon.function_words import KINSHIP_NOUNS, NUMBER_WORDS, PRONOUNS
from quotex.lexicon.grammar import ASKING_PARTICIPLES, EPITHET_NOUNS
from quotex.speakers.agreement import place_name
from quotex.speakers.pronoun_peers import pronoun_subject
from quotex.speakers.pronouns import person_scores
from quotex.speakers.salience import Resolver, most_salient
from quotex.speakers.words import GENDER_NOUNS, PREPOSITIONS

#: Person nouns the role lexicon does not list that copy uses for a second reference.
_PERSON_NOUNS = frozenset(
    "employee retiree trainee pensioner apprentice grandmother grandfather grandparent "
    "widow widower newcomer youngster".split()
)
#: Words that may stand before the nominal at the start of its sentence.
_LINKS = frozenset("but and so yet still now".split())
#: The gendered personal pronouns and possessives a sentence may refer to a person with.
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}


def _person_noun(head: str, res: Resolver) -> bool:
    lex = res.lexicon
    return (
        head in lex.role_nouns
        or head in GENDER_NOUNS
        or head in KINSHIP_NOUNS
        or head in _PERSON_NOUNS
        or (head.endswith("ician") and len(head) > 7)  # 'electrician', 'technician', 'musician'
    )


def _noun_gender(head: str) -> str | None:
    if head in GENDER_NOUNS:
        return GENDER_NOUNS[head]
    if head in FEMALE_ROLE_WORDS or head in ("grandmother", "widow"):
        return "f"
    if head in MALE_ROLE_WORDS or head in ("grandfather", "widower"):
        return "m"
    return None


def _shown_person(res: Resolver, e: int) -> bool:
    ent = res.ents[e]
    return ent.kind == "person" and ent.person_evidence and not ent.body_evidence and not ent.unlikely_person


def _pronoun_subject_of(res: Resolver, s: int) -> set[int]:
    """The person a *he*/*she* subject of sentence *s* refers to, when it opens a sentence that
    names nobody ('She is 36, played county rugby ...'), as a set of one; else empty."""
    t = pronoun_subject(res, s)
    if t < 0:
        return set()
    pronoun = res.tokens.words[t].lower()
    lo_t = bisect.bisect_left(res.mention_starts, t)
    scores = person_scores(res, PRONOUNS[pronoun][0], t, lo_t, frozenset())
    return {most_salient(scores)} if scores else set()


#: Modifiers that set one person apart from others in view.
_CONTRASTING = frozenset("other second first older younger elder oldest youngest eldest latter".split())
#: Conjunctions that join two persons named side by side ('Ana Roe and Ida Berg met ...').
_AND_OR = frozenset(("and", "or"))
#: Determiners of an indefinite description that a later *the NOUN* refers back to.
_INDEFINITES = frozenset("a an one another".split())
_DETERMINERS = _INDEFINITES | {"the"}


def _described_before(words: Sequence[str], a: int, head_words: Sequence[str]) -> bool:
    """Was the head noun written before token *a* as an indefinite description (*hired a lawyer*,
    *one retired teacher*) or as the same definite phrase? The nominal then names that
    description, not a person just named. A compound of another head (*the prime minister*
    for *the minister*) or a plural (*ministers*) is none."""
    head, j = head_words[-1], -1
    while True:  # (the head's tokens before *a*, found one at a time by a C scan: the first
        # description found ends the search, so a text that repeats the noun costs no more)
        try:
            j = words.index(head, j + 1, a)
        except ValueError:
            return False
        k = j - 1
        while k >= 0 and j - k <= 4 and words[k].islower() and words[k] not in _DETERMINERS:
            k -= 1
        if k < 0 or j - k > 4:
            continue
        if words[k] in _INDEFINITES or [w.lower() for w in words[k + 1 : j]] == list(head_words[1:-1]):
            return True


#: Prepositions of place that :data:`PREPOSITIONS` lacks ('a woman near the stage').
_PLACE_WORDS = frozenset("near behind beside outside inside among".split())
#: How many tokens back :func:`indefinite_before` looks (about three short paragraphs: an
#: indefinite far back, 'a woman's right to choose', introduces nobody the reader still holds).
_DESCRIBED_REACH = 250
#: Words that open a clause after a description's prepositional phrase.
_CLAUSE_WORDS = frozenset("who whom whose which that and or but".split())


def indefinite_before(
    words: Sequence[str], a: int, head: str, verbs: Mapping[str, tuple[str, str]]
) -> tuple[int, int]:
    """(first, last) tokens of the latest indefinite description before token *a* whose head
    is the noun *head* (*A man in the back row asked ...*, *one mother*), with its
    prepositional phrase up to a verb form of *verbs* or a punctuation mark (four words at
    most after the preposition): *the man* later names that description, never a man named
    since (Prince 1981: a definite description takes up a discourse entity an indefinite
    introduced), within :data:`_DESCRIBED_REACH` tokens. (-1, -1) when there is none."""
    for j in range(a - 1, max(-1, a - 1 - _DESCRIBED_REACH), -1):
        if words[j].lower() != head:
            continue
        k = j - 1
        while k >= 0 and j - k <= 3 and words[k].islower() and words[k] not in _DETERMINERS:
            k -= 1
        if k < 0 or words[k].lower() not in _INDEFINITES:
            continue
        end = j
        if j + 1 < a and (words[j + 1] in PREPOSITIONS or words[j + 1] in _PLACE_WORDS):
            i = j + 2
            while i < min(a, j + 7) and words[i].isalpha() and words[i].lower() not in _CLAUSE_WORDS:
                form = verbs.get(words[i].lower())
                if form is not None and form[0] != words[i].lower():
                    break  # (an inflected verb: 'asked', 'says'; not 'back' in 'the back row')
                end = i
                i += 1
            end = end if end > j + 1 else j
        return (k if words[k].lower() in ("one", "another") else k + 1), end
    return -1, -1


def _heads_noun_phrase(words: Sequence[str], first: int, last: int) -> bool:
    """Is the name *first..last* a noun phrase of its own, not a modifier ('The Trump team', 'a
    Berlin man') nor a possessor ('Trump's plan')?"""
    if first > 0 and words[first - 1].lower() in ("the", "a", "an"):
        return False
    return not (last + 1 < len(words) and words[last + 1] in ("'s", "\u2019s", "'", "\u2019"))


def _sole_speaker(res: Resolver, p: int, p_at: int) -> set[int]:
    """The one speaker of paragraph *p*, the one before the nominal's (*p_at*), when its every
    source and every name outside its quotations is that person's ('"C," Oxley said. "D." |
    The former pit electrician said ...'), as a set of one; else empty."""
    if p != p_at - 1:
        return set()
    table = res.table
    speakers = {e for e, pos in res.spoke if table.locate(pos)[1] == p}
    if len(speakers) != 1:
        return set()
    others = (
        table.of_mention[k]
        for k in range(len(res.mentions))
        if k not in res.quoted and res.where(k)[1] == p and table.of_mention[k] not in speakers
    )
    return set() if any(res.ents[e].kind == "person" for e in others) else speakers


def without_count(head_words: Sequence[str]) -> Sequence[str]:
    """A nominal's lower-case *head_words* less a count of children after its noun, *of* and a
    number (*'the mother of five'*, *'the father of 2'* -> *the mother*, *the father*)."""
    if len(head_words) >= 4 and head_words[-2] == "of":
        count = head_words[-1]
        if count.isdigit() or count in NUMBER_WORDS:
            return head_words[:-2]
    return head_words


def _second_reference(res: Resolver, words: Sequence[str], head_words: Sequence[str], a: int) -> bool:
    """Can the source phrase *head_words* at token *a* be a second reference to one person: *the*,
    up to three modifiers and a person noun written in lower case, no contrast (*the older
    engineer*), no owner (*The UK's medicines regulator*), not described before (*a lawyer ...
    the lawyer*)?"""
    if len(head_words) < 2 or len(head_words) > 5 or head_words[0] != "the":
        return False
    head = head_words[-1]
    if not all(w.replace("-", "").isalpha() for w in head_words) or not _person_noun(head, res):
        return False
    if _CONTRASTING & set(head_words):
        return False  # ('The older engineer', 'the other driver': one of several, not the one just named)
    if _described_before(words, a, head_words):
        return False
    span = words[a : a + len(head_words) + 2]
    if head not in span:
        return False  # (the head in capitals: 'THE WITNESS:', a transcript's label, names its own speaker)
    # ("The UK's medicines regulator": an owner's post, a body's or another's)
    return not any(w in ("'s", "\u2019s") for w in span[: span.index(head)])


def _referents(
    res: Resolver, words: Sequence[str], s_at: int, a: int, lo: int, *, asked: bool
) -> tuple[set[int], set[int], set[int]] | None:
    """(persons the sentence before sentence *s_at* names, those of them that are its subject,
    the persons named before token *a* in its own sentence), or None when a name stands there
    outside a fronted *asked* participle and a quotation (a quoted name is an asker: never the
    answer). A bare name that is no subject, shown as no person, no full name a verb takes as its
    object and coordinated with nobody ('Barnsley East' in a title, a nickname) is no rival."""
    table = res.table
    askers: set[int] = set()
    named: set[int] = set()
    subjects: set[int] = set()
    for k in range(lo - 1, -1, -1):
        s_k = res.where(k)[0]
        if s_k < s_at - 1:
            break
        if s_k == s_at:
            if res.mentions[k].first < a and not asked and k not in res.quoted:
                return None  # ('Ana Roe met the coach, and the veteran said': a name before it)
            # (a name inside the quotation is never the speaker: '"Ana was brilliant," the coach said')
            askers.add(table.of_mention[k])
            continue
        e = table.of_mention[k]
        ent = res.ents[e]
        subject = res.subject(k) and _heads_noun_phrase(words, res.mentions[k].first, res.mentions[k].last)
        if subject:
            subjects.add(e)
        # (a bare name that is no subject, 'Barnsley East' in a title, a nickname, is no rival)
        m = res.mentions[k]
        joined = words[m.first - 1] in _AND_OR or (m.last + 1 < len(words) and words[m.last + 1] in _AND_OR)
        # (or a full name that a verb takes as its object: 'met Oskana Bredvik in Santa Morvela')
        before = words[m.first - 1] if m.first else ""
        met = len(ent.words) > 1 and before.isalpha() and before.islower() and before not in PREPOSITIONS
        if (
            ent.kind == "person"
            and not ent.body_evidence
            and (subject or ent.person_evidence or joined or met)
        ):
            named.add(e)
    return named, subjects, askers


def introduced_person(res: Resolver, head_words: Sequence[str], a: int, lo: int) -> int:
    """'The veteran says', 'The former pit electrician said' (a definite description of one to
    four words, its head a person noun, opening its sentence or after a fronted *Pressed by
    NAME on ...,* (NAME, the asker, is never the answer), or after a quotation when the
    person spoke in the sentence before: *"C," the harbour master said* after *NAME toured the
    marina* may be another person) -> the one
    person the sentence just before refers to, when that person is its subject (a name, or a
    *he*/*she* that opens it: 'She is 36 and ...'), is shown as a person (a title, a first
    name, an honorific), is no place and is not of the other gender. -1 when that sentence
    refers to anyone else (another name, a pronoun of the other gender: 'He tells audiences
    she may be ...'), when its subject is nobody named, or when the head noun was written
    before (the nominal then names that description: *a lawyer ... the lawyer*)."""
    words = res.tokens.words
    head_words = without_count(head_words)  # ('the grandmother of five': a grandmother)
    if not _second_reference(res, words, head_words, a):
        return -1
    head = head_words[-1]
    table = res.table
    s_at, p_at = table.locate(a)
    if not table.sentences or s_at == 0 or p_at - table.sentences[s_at - 1].paragraph > 1:
        return -1
    # (after a quotation, only the speaker of the sentence before goes on: '"C," the harbour
    # master said' after 'NAME toured the marina' may be another person)
    lead = words[table.sentences[s_at].first : a]
    # ('Pressed by Oxley on whether ..., the minister said': the asker named in the fronted
    # participle is no rival, and never the answer)
    asked = len(lead) >= 3 and lead[0].lower() in ASKING_PARTICIPLES and lead[-1] == ","
    opens = asked or all(w.lower() in _LINKS for w in lead) or head in EPITHET_NOUNS
    before = table.sentences[s_at - 1]
    found = _referents(res, words, s_at, a, lo, asked=asked)
    if found is None:
        return -1
    named, subjects, askers = found
    spoke = {e for e, pos in res.spoke if table.locate(pos)[0] == s_at - 1}
    pronoun = _pronoun_subject_of(res, s_at - 1)
    named |= pronoun
    if not named:
        named = spoke = _sole_speaker(res, before.paragraph, p_at)
    if len(named) != 1:
        return -1
    e = next(iter(named))
    epithet = _place_epithet(res, head_words, a, e, before.first)  # ('the Tralee man')
    if (
        e not in subjects | spoke | pronoun
        or not (epithet or _shown_person(res, e))
        or place_name(res.ents[e])
    ):
        return -1
    if (not opens and e not in spoke and not epithet) or e in askers:
        return -1
    ent = res.ents[e]
    genders = {_GENDERED[w.lower()] for w in words[before.first : before.last + 1] if w.lower() in _GENDERED}
    gender = _noun_gender(head)
    if len(genders) > 1 or (ent.gender is not None and genders - {ent.gender}):
        return -1  # ('He tells audiences she may be prosecuted.')
    if gender is not None and ent.gender is not None and ent.gender != gender:
        return -1
    return e


def _place_epithet(res: Resolver, head_words: Sequence[str], a: int, e: int, first: int) -> bool:
    """Is the source phrase *head_words* at token *a* a place or people's epithet, *the* and one
    or two capitalised words before *man* or *woman* (*the Tralee man*, *the Borris-Ileigh
    woman*), that refers to person *e*, the one the sentence before (from token *first*)
    names? No one is first introduced so: it refers back, even after a quotation, when that
    sentence writes the epithet's words (*NAME, from Tralee,*) or names no other person (*A
    lost to B* leaves *the Dundee man* to either)."""
    words = res.tokens.words
    n = len(head_words)
    if not 3 <= n <= 4 or head_words[-1] not in ("man", "woman"):
        return False
    span = words[a + 1 : a + n + 2]  # (a hyphen may stand apart: 'Borris - Ileigh')
    if head_words[-1] not in span:
        return False
    mods = [w for w in span[: span.index(head_words[-1])] if w not in ("-", "\u2010", "\u2011")]
    if len(mods) != n - 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in mods):
        return False
    if all(w in words[first:a] for w in mods):
        return True  # (the sentence before, or this one, writes the place)
    table = res.table
    lo = bisect.bisect_left(res.mention_starts, first)
    hi = bisect.bisect_left(res.mention_starts, a)
    others = {table.of_mention[k] for k in range(lo, hi) if k not in res.quoted} - {e}
    return not any(res.ents[o].kind == "person" for o in others)


def described_man(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """*the man*, *the woman* (*head_words*, at token *a*) after an indefinite description of
    that noun (:func:`indefinite_before`): the description as its own entity, not the named
    person who spoke last ('A man in the back row asked ... "C," Ivo Roe said. "D," the man
    shot back'); else -1."""
    if len(head_words) != 2 or head_words[0] != "the" or head_words[1] not in GENDER_NOUNS:
        return -1
    tokens = res.tokens
    first, last = indefinite_before(tokens.words, a, head_words[1], res.lexicon.verb_forms)
    if first < 0:
        return -1
    return res.phrase_entity(tokens.text[tokens.starts[first] : tokens.ends[last]], "other")
