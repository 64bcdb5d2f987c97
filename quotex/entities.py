"""The in-document entity table: mentions -> tuple[Entity, ...] with salience facts.

Input: the token table, the sentences and the name mentions of stage 4.
Output: an :class:`EntityTable`: every person and organisation the article
names (mentions clustered by name), each with every title written at any of
its mentions, its gender evidence, kind and stated age, and each mention's
entity; the resolver places a mention in its sentence and paragraph
(:meth:`EntityTable.locate`) and finds its subject position (:func:`is_subject`)
only for the mentions it weighs.

Clustering: a full name starts an entity; a later single name joins the
latest entity whose name holds it (``Sun`` -> ``Yun Sun``); a later full name
upgrades an earlier single one. Gender evidence, strongest first: an
honorific or gendered role word at a mention (*Ms.*, *spokeswoman*), a
pronoun resolved to the entity (recorded by the resolver, see
:func:`with_gender`), the first name (:mod:`quotex.lexicon.first_names`, then
:mod:`quotex.lexicon.given_names`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs
import regex
from attrs import frozen

from quotex.lexicon.first_names import FEMALE_FIRST_NAMES, FIRST_NAMES, MALE_FIRST_NAMES
from quotex.lexicon.function_words import (
    BODY_PART_NOUNS,
    FAMILY_NAMES_FIRST,
    FEMALE_WORDS,
    HYPHEN_NAME_PARTICLES,
    KINSHIP_NOUNS,
    MALE_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    PRONOUNS,
    STOP_WORDS,
    TIME_NAMES,
)
from quotex.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from quotex.lexicon.grammar import PICTURE_LABELS
from quotex.lexicon.kinship import KIN_TERMS
from quotex.lexicon.name_morphology import ELIDED_PARTICLES, burmese_name, custom_gender, vietnamese_gender
from quotex.lexicon.places import PEOPLE_WORDS, PLACE_WORDS
from quotex.lexicon.titles import (
    COMPANY_WORDS,
    GENERIC_BODIES,
    HONORIFICS,
    ORGANIZATION_NOUNS,
    PLACE_ABBREVIATIONS,
    SPOKESPERSON_NOUNS,
)
from quotex.lexicon.world_names import FEMALE_WORLD_NAMES, MALE_WORLD_NAMES
from quotex.mentions import Mention, registered_spelling
from quotex.mentions.bracket_names import SHORT_FORM_OPENERS, bracketed_ticker, defined_short_form
from quotex.mentions.chains import nickname_end
from quotex.mentions.clause_gender import clause_genders
from quotex.mentions.comma_titles import address_after_role, spokesperson_for_body
from quotex.mentions.shared_surnames import coordinated_full_name, surname_words
from quotex.mentions.stated_ages import relative_age
from quotex.mentions.words import ANY_FIRST_NAMES
from quotex.sentences import Sentence
from quotex.tokens import Tokens

__all__ = [
    "HOLDING_NOUNS",
    "Entity",
    "EntityTable",
    "build_entities",
    "clean_name",
    "first_name_gender",
    "held_company",
    "is_subject",
    "may_be_body",
    "opening_headline_end",
    "with_gender",
    "world_gender",
]

#: Gender evidence, weakest first (the index is its strength). "registered" (a first name of
#: :mod:`quotex.lexicon.given_names`) counts for agreement only, never as a sign of a person:
#: baby names include words that open bodies' names ('Kestrel Ferries'). "clause": a pronoun of
#: the name's own sentence (:mod:`quotex.mentions.clause_gender`), below a census first name.
EVIDENCE = ("registered", "clause", "first_name", "pronoun", "text")


@frozen
class Entity:
    """One person or body of the article.

    ``name`` is the fullest name; ``titles`` every title written at any mention,
    in text order, without repeats; ``gender`` ``"m"``/``"f"``/None with its
    ``evidence`` (one of :data:`EVIDENCE`); ``age`` as written (``"47"``) or
    None; ``mentions`` the indexes of its mentions in the mention list.
    """

    name: str
    words: tuple[str, ...]
    titles: tuple[str, ...]
    kind: str
    gender: str | None = None
    evidence: str | None = None
    age: str | None = None
    mentions: tuple[int, ...] = ()
    initial_only: bool = False
    person_evidence: bool = False
    unlikely_person: bool = False
    #: the text treats the name as a body's, and no mention shows a person (:func:`_body_sign`)
    body_evidence: bool = False


@frozen
class EntityTable:
    """Entities, each mention's entity (``of_mention``, parallel to the mention list)
    and the sentences, to place any token (:meth:`locate`)."""

    entities: tuple[Entity, ...]
    of_mention: tuple[int, ...]
    sentence_firsts: tuple[int, ...]
    sentence_paragraphs: tuple[int, ...]
    sentences: tuple[Sentence, ...] = ()

    def locate(self, token: int) -> tuple[int, int]:
        """(sentence, paragraph) of token index *token*."""
        si = bisect.bisect_right(self.sentence_firsts, token) - 1
        si = si if si >= 0 else 0  # (a token before the first sentence; as max(), without the call)
        return si, self.sentence_paragraphs[si] if self.sentence_paragraphs else 0


def clean_name(name: str) -> str:
    """The name without a possessive ending: ``"Norland's"`` -> ``"Norland"``."""
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[: -len(suffix)].rstrip()
    return name


def first_name_gender(words: Sequence[str]) -> str | None:
    """``"m"``/``"f"`` when the first of two or more name words is a first name with a clear
    majority (in the census lists or the baby-name registrations: see :func:`_name_gender`)."""
    return _name_gender(words)[0]


def _name_gender(words: Sequence[str]) -> tuple[str | None, str | None]:
    """(gender, evidence) of the first of two or more name words, spelt without accents,
    hyphens and apostrophes as both lists spell names (*Björn* as *bjorn*, *Inês* as *ines*,
    *Jean-Luc* as *jeanluc*): "first_name" from the census lists, else "registered" from the
    baby-name registrations (:mod:`quotex.lexicon.given_names`); (None, None) when neither
    lists it."""
    if len(words) < 2:
        return (None, None)
    vietnamese = vietnamese_gender(words)  # ('Lê Văn Tâm': *Lê* a family name, not a first name)
    if vietnamese:
        return (vietnamese, "registered")
    if _hyphened_given_name(words):
        return (None, None)  # ('Park Ha-eun': *Park* a family name, no given name)
    # (the census lists spell names without accents too: *Inês* as *ines*, *José* as *jose*)
    key = registered_spelling(words[0].lower())
    # (a name written with letters English lacks is another language's: its English namesake's
    # gender is the weakest evidence, which a word of the text outweighs: Latvian *Jānis* is a
    # man's name, English *Janis* a woman's)
    census = "registered" if not words[0].isascii() else "first_name"
    if key in MALE_FIRST_NAMES:
        return ("m", census)
    if key in FEMALE_FIRST_NAMES:
        return ("f", census)
    if key in MALE_GIVEN_NAMES:
        return ("m", "registered")
    if key in FEMALE_GIVEN_NAMES:
        return ("f", "registered")
    compound = compound_given_gender(words[0]) if "-" in words[0] else None
    # ('Harpreet Kaur Sandhu', 'Jana Nováková', 'Zdzisław Kołodziejski': a naming custom)
    gender = compound or custom_gender(words)
    return (gender, "registered") if gender else (None, None)


def _hyphened_given_name(words: Sequence[str]) -> bool:
    """Is a two-word name written family name first, its given name hyphenated with a second
    syllable in lower case, as Korean and older Chinese romanisations write it ('Park Ha-eun',
    'Seo Jae-won', 'Chiang Kai-shek')? Its first word is then no given name."""
    head, _, tail = words[-1].partition("-")
    return len(words) == 2 and head[:1].isupper() and tail.isalpha() and tail.islower() and len(tail) <= 5


def world_gender(words: Sequence[str]) -> str | None:
    """ "m"/"f" when the first of two or more name words is a given name one gender's world list
    holds (*Juhani*, *Siriporn*: :mod:`quotex.lexicon.world_names`), else None. Read only for an
    entity already known to be a person with no other gender evidence (:func:`build_entities`),
    as the weakest evidence ("registered"): the world's names include words that open bodies'
    names (*Orrin Hill Planetarium*), and a name's gender may differ between countries."""
    if len(words) < 2 or burmese_name(words):
        return None  # (one word is no first name; a Burmese name's syllables mark no gender)
    key = registered_spelling(words[0].lower())
    return "m" if key in MALE_WORLD_NAMES else "f" if key in FEMALE_WORLD_NAMES else None


def compound_given_gender(word: str) -> str | None:
    """The gender of a hyphenated given name the lists lack as one word (*Marie-Ève*,
    *Karl-Heinz*, *Anne-Laure*): "m"/"f" when every element is capitalised, three letters or
    more and a listed first name of that one gender; None otherwise (*Jean-Baptiste*: an
    element unlisted; *Hye-jin*, *Kyung-soo*: a romanised Korean given name, its syllables
    written in lower case after the hyphen, whose gender the English lists cannot tell). *Jean*
    opening a compound is the French man's name the English lists give as a woman's (*Jean-Marie*),
    so no compound that opens with it is read."""
    elements = word.split("-")
    if len(elements) < 2 or any(len(p) < 3 or not p[:1].isupper() for p in elements):
        return None
    parts = [registered_spelling(p.lower()) for p in elements]
    if parts[0] == "jean":
        return None
    genders = {_listed_gender(p) for p in parts}
    return genders.pop() if len(genders) == 1 else None


def _listed_gender(key: str) -> str | None:
    """ "m"/"f" for a first name *key* one gender's list holds (census or registrations)."""
    male = key in MALE_FIRST_NAMES or key in MALE_GIVEN_NAMES
    female = key in FEMALE_FIRST_NAMES or key in FEMALE_GIVEN_NAMES
    return "m" if male and not female else "f" if female and not male else None


#: First names the US census lists as a woman's (:mod:`quotex.lexicon.first_names`) that are
#: mostly a man's in another language (Wiktionary: Italian *Andrea, Nicola, Simone, Michele,
#: Daniele, Gabriele*; French *Patrice*): an honorific at a later mention (*Mr. Mbakwe* after
#: *Patrice Mbakwe*) outweighs them rather than naming somebody new. (Not *Jean* or *Joan*,
#: a woman's in English usage too: *Mr. Wiseman* after *Joan Wiseman* is somebody new.)
_MALE_ABROAD = frozenset("andrea nicola simone michele daniele gabriele patrice".split())


def _gender_abroad(draft: _Draft) -> bool:
    """Is *draft*'s gender only its first name's, one listed :data:`_MALE_ABROAD` or a census
    name written in another language's letters (*Jānis*, read as the weakest evidence), or only
    a naming custom's (:func:`~quotex.lexicon.name_morphology.custom_gender`), which an
    honorific at a later mention outweighs?"""
    if len(draft.words) < 2:
        return False
    given = draft.words[0]
    key = registered_spelling(given.lower())
    if draft.gender[1] == "first_name":
        return key in _MALE_ABROAD
    if draft.gender[1] != "registered":
        return False
    if key in MALE_FIRST_NAMES or key in FEMALE_FIRST_NAMES:
        # ('Jānis Kalniņš ... Mr Kalniņš': the census has only the English namesake)
        return not given.isascii()
    # (a naming custom's guess, no list's name: 'Bolat Serikbayev ... Ms Serikbayev' is one person)
    return key not in MALE_GIVEN_NAMES and key not in FEMALE_GIVEN_NAMES


def with_gender(entity: Entity, gender: str, evidence: str) -> Entity:
    """*entity* with *gender* when *evidence* is stronger than what it has."""
    have = EVIDENCE.index(entity.evidence) if entity.evidence else -1
    if EVIDENCE.index(evidence) <= have:
        return entity
    return attrs.evolve(entity, gender=gender, evidence=evidence)


#: Words that may stand before a sentence's subject: 'But Marsh said', 'Meanwhile, the mayor ...'.
_PREAMBLE = frozenset(
    """
    but and so yet also meanwhile however still then now instead later earlier separately
    in on at last this that on monday tuesday wednesday thursday friday saturday sunday
    the a an
""".split()
)
_MAX_PREAMBLE = 8
_PREPOSITIONS = frozenset("of for with at by to from in on about against than into over under".split())


def is_subject(tokens: Tokens, m: Mention, sent: Sentence) -> bool:
    """Is mention *m* the subject of *sent*? With a parse: its head word's label;
    without one: only preamble words, punctuation and its own title before it."""
    if tokens.has_parse:
        dep = tokens.deps[m.last]
        if dep.startswith("nsubj"):
            return True
        if dep in ("compound", "appos", "flat"):
            head = tokens.heads[m.last]
            return 0 <= head < len(tokens.deps) and tokens.deps[head].startswith("nsubj")
    lo = m.title_first if 0 <= m.title_first < m.first else m.first
    words, lows = tokens.words, tokens.lows
    if lo - 1 >= sent.first and lows[lo - 1].rstrip(".") in HONORIFICS:
        lo -= 1  # ('Ms. Lund disagreed': the honorific is no preamble word, but no object's either)
    if m.last + 1 < len(words) and words[m.last + 1] in ("'s", "’s", "'", "’"):
        return False  # a possessor: 'Marsh's deputy said'
    if topic_phrase(words, lows, lo, m.last, sent.first):
        return True  # 'For Lindqvist, the loss means ...': the person the sentence is about
    if lo - sent.first > _MAX_PREAMBLE:
        return False
    return all(not words[k][:1].isalnum() or lows[k] in _PREAMBLE for k in range(sent.first, lo)) and not (
        lo - 1 >= sent.first and lows[lo - 1] in _PREPOSITIONS
    )


def topic_phrase(words: Sequence[str], lows: tuple[str, ...], lo: int, last: int, first: int) -> bool:
    """Is the name *lo..last* the whole of a fronted topic phrase opening its sentence at token
    *first* ('For Lindqvist, the loss means ...', 'As for Ana Berg, she ...'): *for* or *as for*
    before it and a comma after it? The sentence is about that person, who takes a subject's
    prominence (Quirk et al. 1985, §18.23: a topic fronted with *as for*)."""
    if last + 1 >= len(words) or words[last + 1] != "," or not 1 <= lo - first <= 2:
        return False
    return lows[first:lo] in (("for",), ("as", "for"))


#: Words that open a fronted adverbial ('On the catwalk in February, Ana Berg had ...', 'When
#: the two met, Ana Berg told ...'): prepositions of time and place and subordinators, and
#: adverbs of sequence ('Next, Ana Berg took the podium').
_ADVERBIAL_OPENERS = frozenset(
    "on in at during after before since when while as although though once until within"
    " then next later finally afterwards".split()
)
#: How many tokens a fronted adverbial may hold before its comma.
_MAX_ADVERBIAL = 16


def after_fronted_adverbial(words: Sequence[str], lo: int, first: int) -> bool:
    """Does a fronted adverbial end at the comma just before token *lo* (*On the catwalk in
    February, | Ana Berg had ...*): the sentence (from token *first*) opens with a preposition
    of time or place or a subordinator, and holds one comma, a few words on, right before
    *lo*? The name after it opens the main clause, as its subject (Quirk et al. 1985, §8.15:
    an initial adjunct is set off by a comma before the subject)."""
    if lo - 1 <= first or words[lo - 1] != "," or lo - first > _MAX_ADVERBIAL:
        return False
    if words[first].lower() not in _ADVERBIAL_OPENERS:
        return False
    return words[first : lo - 1].count(",") == 0 and not any(w in ('"', "“", "”") for w in words[first:lo])


def _unlikely_person(words: Sequence[str]) -> bool:
    """A name that cannot be a person's: it holds a day or month ('Florida Friday'), or is one
    abbreviation ('Mich.') or a pronoun or function word ('He')."""
    lows = list(map(str.lower, words))
    for low in lows:
        if low.rstrip(".") in TIME_NAMES:
            return True
    if len(words) == 1:
        w = words[0]
        return (w.endswith(".") and len(w) <= 6) or lows[0] in NOT_NAMES or lows[0] in PRONOUNS
    return False


def _sentence_initial(words: Sequence[str], first: int, sent_first: int) -> bool:
    """Is token *first* the first word of its sentence (after opening marks)?"""
    if first - sent_first > 2:
        return False  # at most an opening mark or two before it
    return all(not words[k][:1].isalnum() for k in range(sent_first, first))


def _age(words: Sequence[str], last: int) -> str | None:
    """'Mark Weller, 47,' or 'Mark Weller (47)', the British press's bracketed age, or 'Mark
    Weller, a 47-year-old ...' -> '47'."""
    if (
        last + 3 < len(words)
        and (words[last + 1], words[last + 3]) in _AGE_MARKS
        and words[last + 2].isdigit()
        and len(words[last + 2]) <= 3
    ):
        return words[last + 2]
    k = last + 3  # (', a | 47 - year - old')
    aged = k + 4 < len(words) and words[last + 1] == "," and words[last + 2].lower() in ("a", "an")
    if (
        aged
        and words[k].isdigit()
        and len(words[k]) <= 3
        and tuple(words[k + 1 : k + 5]) == ("-", "year", "-", "old")
    ):
        return words[k]
    return None


def _age_before(words: Sequence[str], first: int) -> str | None:
    """'19-year-old newcomer Ana Lund' (the title at token *first*) -> '19'."""
    k = first - 5
    if k < 0 or tuple(words[k + 1 : first]) != ("-", "year", "-", "old"):
        return None
    w = words[k]
    return w if w.isdigit() and len(w) <= 3 else None


#: The marks around an age after a name: commas, or the brackets of British copy.
_AGE_MARKS = frozenset([(",", ","), ("(", ")")])


@attrs.define
class _Draft:
    """An entity while the mentions are clustered: mutable, local to :func:`build_entities`.
    ``gender`` is (gender, evidence); the other fields become :class:`Entity`'s."""

    name: str
    words: tuple[str, ...]
    kind: str
    gender: tuple[str | None, str | None]
    unlikely: bool
    #: ``words`` in capitals, each with the word (:data:`_Name`)
    capitals: tuple[tuple[str, str], ...]
    titles: list[str] = attrs.Factory(list)
    #: titles a headline gives: printed only after those the story's own sentences give
    headline_titles: list[str] = attrs.Factory(list)
    #: titles first written inside a direct quotation (the speaker's words, not the story's)
    quoted_titles: set[str] = attrs.Factory(set)
    age: str | None = None
    members: list[int] = attrs.Factory(list)
    initial: bool = True
    personal: bool = False
    body: bool = False
    #: how many of its mentions write its whole name
    whole: int = 0

    def entity(self) -> Entity:
        """The frozen :class:`Entity`."""
        titles = tuple(_story_first(self.titles, self.quoted_titles))
        if self.headline_titles:  # (few entities: no generator for the others)
            titles += tuple(t for t in self.headline_titles if t not in self.titles)
        # (positional, in field order: name, words, titles, kind, gender, evidence, age,
        # mentions, initial_only, person_evidence, unlikely_person, body_evidence)
        return Entity(
            self.name,
            self.words,
            titles,
            self.kind,
            self.gender[0],
            self.gender[1],
            self.age,
            tuple(self.members),
            self.initial and not self.personal,  # ('Hannah, 34, ...': a capital that is a person's)
            self.personal,
            self.unlikely,
            # a name the text treats as a body's ('the Fenland Drainage Trust', 'Carrow Rail
            # said on its website') with no sign of a person
            self.body and not self.personal and self.kind == "person",
        )


#: A mention's name read once: (clean name, its words, first-name (gender, evidence), unlikely
#: person, each word in capitals with the word: ``(("ROE", "Roe"), ...)``).
_Name = tuple[str, tuple[str, ...], tuple[str | None, str | None], bool, tuple[tuple[str, str], ...]]


#: The comma some style guides set before a name's suffix, which is no part of the name (the
#: Chicago Manual of Style, 17th ed., 6.43, has dropped it): ', Jr.' in 'Tomas Reyes, Jr.'.
_SUFFIX_COMMA = regex.compile(r",\s+(?=(?:Jr|Sr|Jnr|Snr)\.?$|(?:II|III|IV)$)")


def _read_name(text: str) -> _Name:
    """*text* without a possessive ending, its words, their first-name gender, whether it
    cannot be a person's and its words in capitals."""
    clean = clean_name(text) if text[-1] in "s'’" else text
    split = tuple(clean.split())  # (a comma kept on its word: 'Bozell,' joins no bare 'Bozell')
    if ", " in clean:
        clean = _SUFFIX_COMMA.sub(" ", clean)  # 'Tomas Reyes, Jr.' is written 'Tomas Reyes Jr.'
    capitals = tuple(zip(map(str.upper, split), split, strict=True))  # (C loops)
    gender = (None, None) if headed_by_body_noun(split) else _name_gender(split)
    return clean, split, gender, _unlikely_person(split), capitals


def _mention_name(
    by_text: dict[str, _Name],
    by_word: dict[str, list[int]],
    words: Sequence[str],
    mentions: Sequence[Mention],
    mi: int,
    *,
    surnames: list[frozenset[str]],
) -> _Name:
    """Mention *mi*'s name read (once per text in *by_text*), or the full name a first name no
    entity holds yet stands for before a coordinated full name ('Rosalie and Lorne Kakekayash':
    :func:`~quotex.mentions.shared_surnames.coordinated_full_name`); *surnames* holds the
    text's surname words once they are read."""
    name = mentions[mi].name
    seen = by_text.get(name)
    if seen is None:
        seen = by_text[name] = _read_name(name)
    if len(seen[1]) == 1 and seen[1][0] not in by_word and mi + 1 < len(mentions):
        if not surnames:  # (the text's surname words, read once and only when asked)
            surnames.append(surname_words(mentions))
        full = coordinated_full_name(words, mentions, mi, surnames[0])
        if full is not None:
            return _read_name(full)
    return seen


def headed_by_body_noun(words: Sequence[str]) -> bool:
    """Is *words* (three or more) a body's name by its head noun, an organisation noun before
    *of* or *for* ('Kenya Union of Clinical Officers') or last after a word that is no first
    name ('Kenya Medical Association'; not 'Mary Ann Church')? Its first word is then no
    person's first name, though the lists give it one (*Kenya*, *Georgia*, *Victoria*)."""
    if len(words) < 3:
        return False
    link = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), 0)
    if link:
        return words[link - 1].lower() in ORGANIZATION_NOUNS
    second = registered_spelling(words[1].lower())
    return words[-1].lower() in ORGANIZATION_NOUNS and second not in FIRST_NAMES


def build_entities(
    tokens: Tokens,
    mentions: Sequence[Mention],
    sentences: Sequence[Sentence] = (),
    quoted: frozenset[int] = frozenset(),
) -> EntityTable:
    """Cluster *mentions* into entities and record each mention's salience facts.

    Without *sentences*, every paragraph (newline) counts as one sentence. *quoted* holds the
    indexes of the mentions inside a direct quotation: a post they write first yields to the
    story's own spelling of it (:func:`_story_first`).
    """
    if not sentences:
        sentences = _paragraph_sentences(tokens)
    sent_firsts = [s.first for s in sentences]
    headline_end = opening_headline_end(tokens, sentences)
    drafts: list[_Draft] = []
    of_mention: list[int] = []
    by_word: dict[str, list[int]] = {}  # a name word -> the drafts whose name holds it
    by_text: dict[str, _Name] = {}  # names repeat: each text is read once
    cased: dict[str, str] = {}  # a name word in capitals -> the word as names write it
    words_of = tokens.words
    n_words = len(words_of)
    # ('A missed the ferry after B kept him waiting', 'A lent her car to B': a pronoun's gender)
    bound = clause_genders(words_of, mentions, sentences, quoted)
    surnames: list[frozenset[str]] = []  # (read once, at the first coordinated first name)
    for mi, m in enumerate(mentions):
        seen = _mention_name(by_text, by_word, words_of, mentions, mi, surnames=surnames)
        name, words, named_gender, unlikely, capitals = seen
        # ('Ehler Htoo, known to everyone as Ehly,': one person)
        known = len(words) == 1 and mi > 0 and _known_as(words_of, mentions[mi - 1], m)
        target = (
            of_mention[mi - 1]
            if known
            else _target(drafts, by_word, cased, words, m=m, named=named_gender[0])
        )
        gender = _mention_gender(m, named_gender, drafts[target] if target >= 0 else None)
        gender = _text_gender(words_of, m, gender, bound.get(mi))
        if target < 0:
            target = len(drafts)
            drafts.append(
                _Draft(name, words, m.kind, gender if gender[0] else (None, None), unlikely, capitals)
            )
            _index(by_word, target, words)
            for initials in _initialisms(words) + _placeless_initials(words, m.kind):
                by_word.setdefault(initials, []).append(
                    target
                )  # ('Securities and Futures Commission': 'SFC')
        else:
            _join(drafts[target], target, m, seen, gender, by_word=by_word)
        _file_alias(by_word, target, words[0] if known else _nickname(words_of, m.first, m.last))
        if (
            short := _acronym_after(words_of, m.last, words, m.kind)
        ) is not None and target not in by_word.get(short, ()):
            # ('the Global Chess Federation (GCF)', at its first mention or a later one: 'GCF')
            by_word.setdefault(short, []).append(target)
        draft = drafts[target]
        cased.update(draft.capitals)  # (each of its words in capitals, read once per name)
        title = (
            _title_at(tokens, m, target, drafts, mentions, of_mention=of_mention, mi=mi) if m.title else None
        )
        if title and m.start < headline_end:
            draft.headline_titles.append(title)  # ('... Engineer behind the gates dies at 87': a headline's)
        elif title and _new_title(title, draft.titles):
            draft.titles.append(title)
            if mi in quoted:
                draft.quoted_titles.add(title)
        also = m.also and _owned_also(tokens, m, target, drafts, mentions, of_mention=of_mention, mi=mi)
        if title and also and _new_title(also, draft.titles):
            # ('The opposition group leader, Councillor NAME': the role written first is printed)
            ahead = title in draft.titles and address_after_role(tokens, m.title_first, title, m.also)
            # ('Professor Lena Marsh, an epidemiologist at ...': after the name's own)
            draft.titles.insert(draft.titles.index(title) if ahead else len(draft.titles), also)
        if draft.age is None and m.last + 3 < n_words and words_of[m.last + 1] in ",(":
            draft.age = _age(words_of, m.last) or relative_age(words_of, m.last)  # (', who is 51 and')
        if draft.age is None and m.title_first >= 0:  # (not 'a 52-year-old Salem resident')
            draft.age = _age_before(words_of, m.title_first)
        draft.members.append(mi)
        draft.whole += words == draft.words
        of_mention.append(target)
        if (
            not draft.personal
            and not unlikely
            and (
                draft.age is not None
                or _person_sign(tokens, m, words)
                or _given_with_relative(words_of, m, words)  # ('Hannah, who ...')
            )
        ):
            draft.personal = True  # (an age in apposition is a person's: 'Kohli, 47, voted')
        if not draft.body and m.kind == "person" and _body_sign(tokens, m, words):
            draft.body = True
        if draft.initial and not _initial_only(tokens, m, words, sent_firsts):
            draft.initial = False
    for draft in drafts:  # (a name of one word is never written family name first: no names for it)
        if len(draft.words) > 1 and _family_name_first(
            draft, (by_text[mentions[mi].name][1] for mi in draft.members)
        ):
            draft.gender = (None, None)  # (its first word is no given name: no world gender either)
        elif (
            draft.gender[0] is None
            and draft.kind == "person"
            and (world := world_gender(draft.words))
            # (nor a name only a picture credit gives, 'Photo: Ana Roe': no rival of the story's people)
            and not all(_credited(words_of, mentions[k].first) for k in draft.members)
        ):
            draft.gender = (world, "registered")  # (the weakest evidence: any word of the text outweighs it)
    return EntityTable(
        tuple(d.entity() for d in drafts),
        tuple(of_mention),
        tuple(sent_firsts),
        tuple(s.paragraph for s in sentences),
        tuple(sentences),
    )


#: Of :data:`~quotex.lexicon.function_words.FAMILY_NAMES_FIRST`, the Vietnamese family names: a
#: three-word name opening with one is family, middle and given name, whatever name the text
#: uses later (*Le Minh Tuan ... Tuan*).
_VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly".split()
)


def opening_headline_end(tokens: Tokens, sentences: Sequence[Sentence]) -> int:
    """The end (a character offset) of a headline that opens the text: a first paragraph with no
    sentence-final stop, more paragraphs after it ('Green candidate wins Severnside mayoralty');
    -1 when the text opens with a sentence. A title the headline gives yields to the story's."""
    after = next((k for k, s in enumerate(sentences) if s.paragraph > 0), 0)  # (the second paragraph's first)
    if after == 0 or tokens.words[sentences[after - 1].last] in (".", "!", "?", "”", '"', "’", "'", ":"):
        return -1
    return sentences[after - 1].end


def _family_name_first(draft: _Draft, names: Iterable[Sequence[str]]) -> bool:
    """Does the text write *draft*'s name family name first, so its first word gives no gender?
    Its first word alone names the person later and its last word never does (*Li Qiang ... Li
    said*, *Park Geun-hye ... Park*; not *Hillary Clinton ... Hillary ... Clinton*): East Asian
    names put the family name first (Chicago Manual of Style 8.14-8.17), and a family name
    (*Li*, *Park*, *Song*) may also be a Western given name of one gender. Only a gender read
    from the first name is dropped, never one written at a mention (*Mr.*, *spokeswoman*)."""
    if len(draft.words) < 2 or draft.gender[1] not in ("first_name", "registered"):
        return False
    if len(draft.words) >= 3 and draft.words[0].lower() in _VIETNAMESE_FAMILY_NAMES:
        # ('Le Minh Tuan ... Tuan said': family, middle and given name; a gender its middle name
        # shows stays: 'Pham Van Khoi', 'Nguyen Thi Lan')
        return vietnamese_gender(draft.words) is None
    if draft.words[0].lower() not in FAMILY_NAMES_FIRST:
        return (
            False  # (*Michelle Obama ... Michelle*: a first name used alone, the family name gone elsewhere)
        )
    singles = {n[0].lower() for n in names if len(n) == 1}
    return draft.words[0].lower() in singles and draft.words[-1].lower() not in singles


#: An elided name particle capitalised at a sentence's start ("D'Abadal said", "Dell'Acqua").
_CAPITAL_ELIDED = tuple(p.capitalize() for p in ELIDED_PARTICLES)


def _uncapitalised(word: str) -> str:
    """*word* with an elided particle's capital in lower case ("D'Abadal" -> "d'Abadal")."""
    return "d" + word[1:] if word.startswith(_CAPITAL_ELIDED) else word


def _target(
    drafts: Sequence[_Draft],
    by_word: dict[str, list[int]],
    cased: dict[str, str],
    words: tuple[str, ...],
    *,
    m: Mention,
    named: str | None,
) -> int:
    """The draft the mention *m* (name *words*, the gender its given name shows *named*) joins,
    or -1 for a new entity."""
    target = _match(drafts, by_word, words, m.kind, named, written=m.gender)
    if target < 0 and _in_capitals(words):  # a transcript label: 'SAND:' is Ivo Sand
        # 'MCTAVISH': McTavish; 'JR' (its full stop split off before the colon): Jr.
        recased = tuple(cased.get(w) or cased.get(w + ".") or w[:1] + w[1:].lower() for w in words)
        target = _match(drafts, by_word, recased, m.kind)
    if target < 0 and ("'" in m.name or "’" in m.name) and any(w.startswith(_CAPITAL_ELIDED) for w in words):
        # ("D'Abadal": Pere d'Abadal)
        target = _match(drafts, by_word, tuple(_uncapitalised(w) for w in words), m.kind)
    if target >= 0 and len(words) == 1 and m.gender and _clashes(drafts[target], m.gender):
        agreeing = _agreeing(drafts, by_word, words[0], m.gender)
        # ('MR. MBAKWE:' after only Patrice Mbakwe: a name male abroad, female in the census)
        target = agreeing if agreeing >= 0 or not _gender_abroad(drafts[target]) else target
    return target


def _text_gender(
    words: Sequence[str], m: Mention, gender: tuple[str | None, str | None], bound: str | None = None
) -> tuple[str | None, str | None]:
    """*gender*, or what the text around an ungendered mention *m* says of it; *bound* is the
    gender a pronoun of its own sentence gives it (:func:`clause_genders`), weaker than a census
    first name or a word written at it."""
    if m.gender:
        return gender
    if bound is not None and gender[1] in (None, "registered"):
        return bound, "clause"  # ('A lent her car to B', 'A missed it after B kept him waiting')
    # (both relative clauses open with a comma after the name: most names, no call for either)
    comma = m.last + 1 < len(words) and words[m.last + 1] == ","
    if comma and (relative := relative_gender(words, m.last)) is not None:
        return relative, "text"  # ('Riley Roe, who is chairwoman of ...': she)
    if _bound_pronoun_near(words, m.last) and (bound := bound_pronoun_gender(words, m)) is not None:
        return bound, "pronoun"  # ('Ana Roe introduced herself', 'Ana Roe and her husband')
    own = None if not comma or gender[1] in ("text", "pronoun") else relative_possessive_gender(words, m.last)
    if own is not None:
        return own, "pronoun"  # ('Asa Lund, 34, a teacher who was travelling with her sons,')
    return gender


def _acronym_after(words_of: Sequence[str], last: int, name: tuple[str, ...], kind: str) -> str | None:
    """The short form a text defines in brackets right after a name of two words or more
    ('the Global Chess Federation (GCF)', 'the Department for Education (DfE)'); a later 'GCF'
    is that name. After a body's name (*kind* 'organization') the bracket itself defines it,
    whatever its letters ('the Lindale Electric Supply Company (LINESCO)'); after another name,
    two to six letters that spell the initials of its capitalised words or of all its words
    (not a party's after a person's: 'Ana Berg (LDP)'). A body's *, known as LINESCO,* defines
    one too. None when no such bracket follows."""
    if len(name) < 2:
        return None
    n = len(words_of)
    if last + 1 >= n or words_of[last + 1] not in SHORT_FORM_OPENERS:
        return None  # (a short form opens with a bracket or a comma: most names, no more tests)
    if kind == "organization" and (defined := defined_short_form(words_of, last)):
        return defined  # (or after *known as*: 'the Lindale Electric Supply Company, known as LINESCO,')
    if (ticker := bracketed_ticker(words_of, last)) is not None:
        return ticker  # ('Korvell Systems (KRVL.N)': a listed company's)
    if last + 3 >= n or words_of[last + 1] != "(" or words_of[last + 3] != ")":
        return None
    short = words_of[last + 2]
    if not (2 <= len(short) <= 6 and short.isalpha() and short[0].isupper() and short != short.capitalize()):
        return None
    capitals = "".join(w[0] for w in name if w[0].isupper())
    return short if short.upper() in (capitals.upper(), "".join(w[0] for w in name).upper()) else None


def _initialisms(name: tuple[str, ...]) -> tuple[str, ...]:
    """The initialisms of a name of three capitalised words or more: the initials of those
    words in capitals (*and*, *of*, *for*, *the* left out: 'Securities and Futures Commission'
    -> 'SFC', 'Hong Kong Monetary Authority' -> 'HKMA'), and with each part of a hyphenated
    word ('Malaysian Anti-Corruption Commission' -> 'MAC', 'MACC'; 'Alexandria Ocasio-Cortez'
    -> 'AOC'), which news copy uses for a body or a person without defining them; none for a
    shorter name, one of more than six letters or a name holding a word neither capitalised
    nor a link word."""
    if len(name) < 3:
        return ()  # (fewer than three capitalised words: most names, no list made)
    capitals = [w for w in name if w[:1].isupper()]
    if not 3 <= len(capitals) <= 6 or any(w not in _INITIALISM_LINKS for w in name if not w[:1].isupper()):
        return ()
    if not all(w.replace("-", "").isalpha() for w in capitals):
        return ()
    plain = "".join(w[0] for w in capitals)
    parts = "".join(p[0] for w in capitals for p in w.split("-") if p[:1].isupper())
    return (plain,) if parts == plain or len(parts) > 6 else (plain, parts)


def _placeless(name: Sequence[str], kind: str) -> bool:
    """Is *name* a body's name of three words or more that opens with a place or a people
    ('Ghana Football Association', 'Welsh Hockey Federation') and has two capitalised words
    after it, which copy writes alone as the body's short name ('the Football Association')?
    A person's name (*kind* 'person') is never one."""
    if kind == "person" or len(name) < 3 or not name[0][:1].isupper():
        return False
    lead = name[0].lower()
    if lead not in PLACE_WORDS and lead not in PEOPLE_WORDS:
        return False
    return sum(1 for w in name[1:] if w[:1].isupper()) >= 2


def _placeless_initials(name: tuple[str, ...], kind: str) -> tuple[str, ...]:
    """The initials of a body's name less its opening place (:func:`_placeless`) in capitals,
    the link words left out ('Ghana Football Association' -> 'FA', as in 'the FA said'); none
    for another name or one whose rest holds a word neither capitalised nor a link word."""
    if not _placeless(name, kind):
        return ()
    rest = name[1:]
    if any(w not in _INITIALISM_LINKS for w in rest if not w[:1].isupper()):
        return ()
    letters = "".join(w[0] for w in rest if w[:1].isupper())
    return (letters,) if letters.isalpha() and letters.isupper() and len(letters) <= 6 else ()


#: The lower-case words an organisation's initialism leaves out.
_INITIALISM_LINKS = frozenset("and of for the on in".split())


#: Adverbs before *known as*: 'better known as', 'known locally as'.
_KNOWN_ADVERBS = frozenset(["also", "better", "widely", "locally", "affectionately", "universally"])


def _known_as(words: Sequence[str], before: Mention, m: Mention) -> bool:
    """Is the one-word name *m* what the person named by *before* is known as ('NAME, known to
    everyone as Ehly,', 'NAME, better known as Ehly')? At most five words between *known* and
    *as*, and no other name."""
    k = before.last + 1
    if k >= m.first or words[k] != "," or before.kind != "person" or words[m.first - 1] != "as":
        return False
    k += 1
    while k < m.first and words[k].lower() in _KNOWN_ADVERBS:
        k += 1
    return k < m.first - 1 and words[k] == "known" and m.first - k <= 7


def _file_alias(by_word: dict[str, list[int]], target: int, alias: str | None) -> None:
    """File draft *target* under the one-word *alias* its person goes by (:func:`_known_as`,
    :func:`_nickname`: 'Ehler "Ehly" Htoo ... Ehly said'), once."""
    if alias and target not in by_word.get(alias, ()):
        by_word.setdefault(alias, []).append(target)


def _nickname(words: Sequence[str], first: int, last: int) -> str | None:
    """The one-word nickname in marks inside the name at tokens *first*..*last* ('Ehler "Ehly"
    Htoo': 'Ehly'), which names its person alone later; None when there is none."""
    if last - first < 2:
        return None
    for k in range(first + 1, last):
        end = nickname_end(words, k, last)
        if end == k:  # (marks and word made one token by stage 2)
            inner = words[k][1:-1]
            return inner if inner.isalpha() else None
        if end == k + 2:
            return words[k + 1]
    return None


def _index(by_word: dict[str, list[int]], target: int, words: tuple[str, ...]) -> None:
    """File the new draft *target* under each of its name *words* (and a bare surname)."""
    for w in words:
        by_word.setdefault(w, []).append(target)
        if (bare := _bare_surname(w)) != w:
            by_word.setdefault(bare, []).append(target)  # 'al-Shammari': also 'Shammari'


def _match(
    drafts: Sequence[_Draft],
    by_word: dict[str, list[int]],
    words: tuple[str, ...],
    kind: str,
    gender: str | None = None,
    *,
    written: str | None = None,
) -> int:
    """The draft a mention with name *words* joins, or -1: for one word, the latest draft
    of two or more words that ends with it (and opens with no function word: not 'Beyond
    Trump'; a relative, :func:`_relative`, only when no other named as often ends with it, of
    the gender *written* at the mention if one is: 'Mr. Roe'),
    else the latest whose name holds it; for a full name, the latest with the same
    words or a one-word draft of the same *kind* whose gender does not clash with the first
    name's *gender* (*Michelle Obama* never joins the *Mr. Obama* before her), among the 50
    latest that share its last word."""
    if len(words) == 1:
        bare = _bare_surname(words[0])  # 'Al-Shammari', 'Shammari': 'Yusuf al-Shammari'
        found = by_word.get(words[0]) or by_word.get(bare)
        # ('Trump' never names 'Sikh Americans for Trump', nor 'England' the 'Bank of England')
        # (a name of one or two words holds no body's object: most drafts, no call)
        found = [
            idx
            for idx in (found or ())[-20:]
            if len(drafts[idx].words) < 3 or not _object_in_name(drafts[idx].words, bare)
        ]
        if not found:
            return -1
        relative = best = -1  # ('his wife, Jane Sanders': not 'Sanders' while Bernie Sanders is named more)
        for idx in reversed(found[-20:]):  # bounded: linear cost
            have = drafts[idx].words
            if len(have) > 1 and _bare_surname(have[-1]) == bare and have[0].lower() not in STOP_WORDS:
                if relative < 0 and best < 0 and _relative(drafts[idx]):
                    relative = idx
                elif (
                    relative < 0
                    or (
                        len(drafts[idx].members) >= len(drafts[relative].members)
                        and (written is None or drafts[idx].gender[0] == written)
                    )
                ) and (best < 0 or _named_later(drafts[idx], drafts[best])):
                    best = idx  # 'Clinton' after 'Hillary Clinton' and 'the Clinton Foundation': the surname
        return best if best >= 0 else relative if relative >= 0 else found[-1]
    # 'de la Vega' names 'Juan Carlos de la Vega' by surname; so does 'De Blasio' (a particle
    # capitalised at a sentence start) name 'Bill de Blasio', and a surname of two words whose
    # first is no listed first name: 'Te Awa' names 'Anahera Te Awa', 'Mac Carthaigh' names
    # 'Mary-Kate Mac Carthaigh', 'García Márquez' names 'Gabriel García Márquez'
    lead, n = words[0].lower(), len(words)
    particles = words[0].islower() or lead in NAME_PARTICLES or lead in _SURNAME_LEADS
    # ("St. Clair" names "Raymond St. Clair": an abbreviated first word is no first name)
    surname = particles or (lead.rstrip(".").isalpha() and registered_spelling(lead) not in FIRST_NAMES)
    for idx in reversed(by_word.get(words[-1], [])[-50:]):  # bounded: linear cost
        have = drafts[idx].words
        nh = len(have)  # (read by most of the tests below)
        if have == words or (
            nh == 1 and kind == drafts[idx].kind and not (gender and _clashes(drafts[idx], gender))
        ):
            return idx
        core = have[:-1] if nh > n + 1 and have[-1].lower() in NAME_SUFFIXES else have  # ('dela Paz Jr.')
        if (
            surname
            and len(core) > n
            and core[-n].lower() == lead
            and core[1 - n :] == words[1:]
            and (particles or (core[-n] == words[0] and _given_name_before(drafts[idx], n, kind)))
        ):
            return idx
        if nh == n + 1 and have[1:] == words and _placeless(have, drafts[idx].kind):
            return idx  # 'Football Association' after 'Ghana Football Association': the name less its place
        if nh > n and have[:n] == words and all(w.lower() in _CORPORATE_FORMS for w in have[n:]):
            return idx  # 'Lakefront Residential' after 'Lakefront Residential Holdings LLC': its short name
        if nh > n + 1 and have[:n] == words and have[n] in _PATRONYMIC_LINKS:
            return idx  # 'Nurul Huda' after 'Nurul Huda binti Ismail': a Malay name's given name
        if n >= 2 and nh == n + 1 and have[:n] == words and have[n].lower() in _TRADE_WORDS:
            return idx  # 'Pacific Crest' after 'Pacific Crest Airways': a company without its trade
        if n == 2 and nh > 1 and have[-1] == words[1] and _titled(drafts[idx], lead):
            return idx  # 'Judge Carrick' after 'Judge Alison Carrick': a title the chain kept as a name
    return -1


#: The trade words that end a company's name (``COMPANY_WORDS`` without the newspapers' and
#: sports clubs' name words, which a place's name also opens: 'New York' is no 'New York
#: Tribune'), which a later short name of two words or more drops ('Pacific Crest Airways').
_TRADE_WORDS = COMPANY_WORDS - frozenset(
    """bulletin chronicle courier dispatch examiner gazette herald inquirer sentinel telegraph tribune
    united rovers rangers wanderers athletic albion hotspur""".split()
)
#: The Malay patronymic links ('son of', 'daughter of'): a Malay name is shortened to the given
#: name before them, never to the father's name after (Wikipedia, "Malay names": *Anwar bin
#: Ibrahim* is Anwar). Only for a later mention of two words or more: one word already joins
#: the latest name that holds it.
_PATRONYMIC_LINKS = frozenset(["bin", "binti", "binte", "bte"])
#: A company's legal form and holding words, which a later short name drops ('Lakefront
#: Residential Holdings LLC' -> 'Lakefront Residential').
_CORPORATE_FORMS = frozenset(
    """
    llc l.l.c. inc inc. corp corp. corporation co co. ltd ltd. limited plc lp llp holdings group company
    """.split()
)


def _named_later(draft: _Draft, other: _Draft) -> bool:
    """Should a bare surname both names hold go to *draft* rather than *other*: is *draft* a
    sure name (:func:`_sure_name`; not a headline's run, 'Bush Hits Marco Rubio', 'Wisconsin
    Trump rally') while *other* is not, or, both alike, was
    *draft* named more recently (the salient one: 'Khizr and Ghazala Khan ... Khizr Khan said
    ... Khan', Khizr)?"""
    trusted, rival = _sure_name(draft), _sure_name(other)
    return trusted > rival or (trusted == rival and draft.members[-1] > other.members[-1])


def _sure_name(draft: _Draft) -> bool:
    """Is *draft* surely a person's name: written whole twice or more, given a title or a sign
    of a person (an age), or opening with a first name?"""
    return (
        draft.whole > 1
        or bool(draft.titles)
        or draft.personal
        or registered_spelling(draft.words[0].lower()) in ANY_FIRST_NAMES
    )


def _object_in_name(words: Sequence[str], word: str) -> bool:
    """Does *word* close a body's name of three or more *words* after *of* or *for* (the
    'Centre for Rural Health', 'Americans for Trump'), where it names the body's object?"""
    return len(words) > 2 and words[-2].lower() in ("of", "for") and _bare_surname(words[-1]) == word


def _bare_surname(word: str) -> str:
    """*word* without a particle hyphened to its front ('al-Shammari', 'Al-Shammari': 'Shammari';
    HYPHEN_NAME_PARTICLES), which news writing drops or capitalises at later mentions; else
    *word*."""
    if "-" not in word:
        return word  # (most words: no hyphen, no partition's three strings)
    lead, dash, rest = word.partition("-")
    if dash and rest[:1].isupper() and lead.lower() in HYPHEN_NAME_PARTICLES and lead[1:].islower():
        return rest
    return word


def _given_name_before(draft: _Draft, n: int, kind: str) -> bool:
    """Does one word, the given name, stand before the last *n* words of *draft*'s name, or two
    capitalised words (a compound given name: 'Consuelo Amparo | Quintanilla Barreda', 'José
    Ignacio | Berrocal Amezcua'), both names being persons' ('Anahera | Te Awa', 'Mario | Vargas
    Llosa'; not 'Ted Cruz | South Carolina', 'Internal | Trump University')?"""
    given = len(draft.words) - n
    compound = given == 2 and all(w[:1].isupper() and w.isalpha() for w in draft.words[:2])
    return (given == 1 or compound) and draft.kind == "person" and kind == "person"


#: Capitalised words that open an Irish or Scottish surname and are listed first names too
#: ('Mac Carthaigh', 'Nic Giolla').
_SURNAME_LEADS = frozenset({"mac", "nic", "ní", "uí", "ua"})


def _titled(draft: _Draft, role: str) -> bool:
    """Does a title of *draft* hold the lower-case word *role* ('Judge' for 'judge') after its
    possessor, if any ("Tomas Duarte's son" holds no *Tomas*: the possessor is another person)?"""
    return any(role in t.lower().replace("’", "'").rpartition("'s ")[2].split() for t in draft.titles)


def _relative(draft: _Draft) -> bool:
    """Was *draft* introduced as somebody's relative: is its first title one ('wife', "Berg's
    eldest son", 'mother of ...': a word of :data:`KINSHIP_NOUNS`)?"""
    first = draft.titles[0].lower().replace("'", " ").split() if draft.titles else ()
    return not KINSHIP_NOUNS.isdisjoint(first)


def _story_first(titles: Sequence[str], quoted: set[str]) -> Sequence[str]:
    """*titles* with the first moved behind the story's own spelling of the same post when a
    quotation wrote it ('"... because Senator Pike has heard it," she said' before 'Sen. Wendell
    Pike, R-Utah,': 'Sen.'): a post shares a word, or an abbreviation and its full form."""
    if not titles or titles[0] not in quoted:
        return titles
    said = _post_words(titles[0])
    for k, t in enumerate(titles[1:], 1):
        if t not in quoted and any(
            a == b or _abbreviates(a, b) or _abbreviates(b, a) for a in said for b in _post_words(t)
        ):
            return (t, *titles[:k], *titles[k + 1 :])
    return titles


def _post_words(title: str) -> list[str]:
    """The words of *title* in lower case without full stops, less links ('Sen.' -> ['sen'])."""
    return [low for w in title.split() if (low := w.rstrip(".").lower()).isalpha() and low not in _LINK_WORDS]


#: Words that link a post's parts and name no post ('chair of the board and ...').
_LINK_WORDS = frozenset("of the and for at in to with on a an".split())


def _abbreviates(short: str, full: str) -> bool:
    """Is *short* (three letters or more) an abbreviation of *full* that cuts its end ('sen',
    'senator')?"""
    return 3 <= len(short) < len(full) and full.startswith(short)


def _new_title(title: str, titles: Sequence[str]) -> bool:
    """Is *title* none of *titles*, ignoring case?"""
    low = title.lower()
    return all(t.lower() != low for t in titles)


def _in_capitals(words: Sequence[str]) -> bool:
    """Every word of a name is written in capitals ('SAND', 'MARA VANCE'), as transcript labels
    and headlines write names: it matches the same name written in title case."""
    if words and not words[0].isupper():
        return False  # (the common case, without a generator)
    # (an initial or a one-letter word inside it, 'R. K. VENKATARAMAN', 'Ó SÚILLEABHÁIN', is
    # capitals too; but a word of two letters or more must be there: 'A', 'I')
    return all(w.isupper() for w in words) and any(sum(map(str.isalpha, w)) >= 2 for w in words)


def _clashes(draft: _Draft, gender: str) -> bool:
    """*draft* has a gender, and it is not *gender*."""
    return draft.gender[0] is not None and draft.gender[0] != gender


def _agreeing(drafts: Sequence[_Draft], by_word: dict[str, list[int]], word: str, gender: str) -> int:
    """The latest draft whose name holds *word* and whose gender does not clash with the
    one written at a mention (*Ms. Diallo* after *Omar Diallo* and *Fatima Diallo* is
    Fatima; *Mr. Calloway* after only *Ines Calloway* is somebody new), or -1. Reads the
    20 latest such drafts: bounded."""
    for idx in reversed(by_word.get(word, [])[-20:]):
        if not _clashes(drafts[idx], gender) and drafts[idx].kind != "organization":
            return idx
    return -1


def _mention_gender(
    m: Mention, named_gender: tuple[str | None, str | None], draft: _Draft | None
) -> tuple[str | None, str | None]:
    """(gender, evidence) at mention *m*: written at it ('text'), else its first name's
    (*named_gender*) when the *draft* it joins has no gender yet and the mention is not a tail
    of the draft's fuller name (*Le Floch* after *Arnaud Le Floch* opens with a particle, no
    first name, though *Le* is listed as a girl's name); (None, None) otherwise."""
    if m.gender:
        return (m.gender, "text")
    if draft is None:
        return named_gender  # (a new entity: no fuller name to be a tail of)
    seen = tuple(m.name.split())
    if len(seen) < len(draft.words) and draft.words[-len(seen) :] == seen:
        return (None, None)  # (a tail of the draft's fuller name: its first word is no first name)
    if draft.gender[0] is None or draft.gender[1] == "clause":
        return named_gender  # (a first name outweighs a pronoun of the name's own sentence)
    return (None, None)


def _join(
    draft: _Draft,
    target: int,
    m: Mention,
    seen: _Name,
    gender: tuple[str | None, str | None],
    *,
    by_word: dict[str, list[int]],
) -> None:
    """Mention *m* (name *seen*) joins *draft* (index *target*): a fuller name upgrades the
    draft's, a titled person mention makes it a person, stronger gender evidence wins."""
    name, words, _, unlikely, capitals = seen
    if len(words) > len(draft.words) and all(w in words for w in draft.words):
        draft.name, draft.words, draft.capitals = name, words, capitals
        draft.unlikely = unlikely
        for w in {*words, *map(_bare_surname, words)}:
            listed = by_word.setdefault(w, [])
            if not listed or listed[-1] != target:
                listed.append(target)
    if m.kind == "person" and m.title:
        draft.kind = "person"
    have = draft.gender
    if gender[0] and (have[0] is None or _stronger(gender[1], have[1])):
        draft.gender = gender


def _stronger(new: str | None, have: str | None) -> bool:
    """Does gender evidence *new* from a mention outweigh the draft's *have*: text over a first
    name, a census first name over a registered one?"""
    return (have, new) in (
        ("first_name", "text"),
        ("registered", "text"),
        ("registered", "first_name"),
        ("registered", "clause"),
        ("clause", "first_name"),
        ("clause", "text"),
    )


def _title_at(
    tokens: Tokens,
    m: Mention,
    target: int,
    drafts: Sequence[_Draft],
    mentions: Sequence[Mention],
    *,
    of_mention: Sequence[int],
    mi: int,
) -> str | None:
    """The title written at mention *m* (index *mi* in *mentions*, joining draft *target*).
    'Its president' / 'their chairman' name whose: the body named last among the drafts of
    the 14 mentions before it (*of_mention* gives each one's draft) in its paragraph or the
    one before, 'president of Fjord Air'; that draft becomes an organisation. A body named
    further back is no owner ('The inspectors' union is not so sure. Its president' keeps
    'president', not the river named three paragraphs up)."""
    title = m.title
    owner = _owner(tokens, m) if title else None
    if not title or owner is None:
        return title
    text = tokens.text
    # (only the 14 mentions before are read, so no search looks further back than the first:
    # the cost stays linear however long the paragraph)
    reach = mentions[max(0, mi - 14)].start
    here = text.rfind("\n", reach, m.start)
    floor = -1
    if here >= 0:  # the paragraph before starts after the newline that ends the one before it
        k = here
        while k > reach and text[k - 1] == "\n":
            k -= 1
        floor = text.rfind("\n", reach, k)
    # an unnamed body in its paragraph is nearer than any named one before it: 'the
    # committee's chair, Ada Vance, its ranking member' (the committee is not named)
    # (not the title's own possessor: 'The court's presiding judge, NAME')
    possessed = _noun_possessed(tokens.lows, m.title_first, m.title_last)
    lead = tokens.starts[m.title_first - 1] if possessed else m.start
    unnamed = list(_UNNAMED_BODY.finditer(text, max(here, reach), min(m.start, lead)))
    named_floor = floor
    floor = max(floor, unnamed[-1].start() if unnamed else -1)
    if unnamed and _subject_over_object(
        text,
        drafts,
        mentions,
        of_mention=of_mention,
        mi=mi,
        floor=named_floor,
        target=target,
        at=unnamed[-1].start(),
    ):
        # ('The Association of X, which ..., had urged the board to ... Its president': the subject's)
        floor = named_floor
    if tokens.words[m.title_first - 1].lower() == "whose":
        return _whose_owner(tokens, m, owner, drafts, mentions, of_mention=of_mention, mi=mi)
    chosen = _body_before(text, drafts, mentions, of_mention=of_mention, mi=mi, floor=floor, target=target)
    if chosen < 0 and unnamed:
        # ('The Western Stockgrowers Alliance said ... According to the alliance, ... Its executive
        # vice president': the unnamed body is the one named before whose name holds its noun)
        noun = unnamed[-1].group(0).split()[-1].lower()
        before = _body_before(
            text, drafts, mentions, of_mention=of_mention, mi=mi, floor=named_floor, target=target
        )
        if before >= 0 and noun in drafts[of_mention[before]].name.lower().split():
            chosen = before
    if chosen < 0 and floor >= reach and _GENERIC_SUBJECT.match(text, floor + 1):
        # ('The retailer X is to close 64 shops ... / The chain, founded in 1958, said ... / Its
        # chief executive, NAME,': a paragraph whose subject is a generic body noun goes on with
        # the body named in the paragraph before it)
        earlier = text.rfind("\n", reach, max(reach, floor - 1))
        chosen = _body_before(
            text, drafts, mentions, of_mention=of_mention, mi=mi, floor=earlier, target=target
        )
    if chosen < 0 or (
        mentions[chosen].start < here
        and _unknown_name_between(text, drafts, mentions, of_mention=of_mention, mi=mi, here=here)
    ):
        return title
    if possessed and not _owner_fits(tokens.lows[m.title_first], drafts[of_mention[chosen]].name):
        return title  # ("the committee's chair" after a water authority: another body, unnamed)
    return _owned_title(tokens, owner, mentions[chosen], drafts[of_mention[chosen]])


def _subject_over_object(
    text: str,
    drafts: Sequence[_Draft],
    mentions: Sequence[Mention],
    *,
    of_mention: Sequence[int],
    mi: int,
    floor: int,
    target: int,
    at: int,
) -> bool:
    """Is the body named last before mention *mi* (after character *floor*) the subject of the
    sentence in which an unnamed body (at character *at*) comes later, its object: 'The
    Association of X, which ..., had urged the board to ... Its president' (the association's)?"""
    j = _body_before(text, drafts, mentions, of_mention=of_mention, mi=mi, floor=floor, target=target)
    if j < 0 or not mentions[j].end < at or not _opens_sentence(text, mentions[j].start):
        return False
    return _SENTENCE_BREAK.search(text, mentions[j].end, at) is None


#: A sentence's end: a full stop, question or exclamation mark (and a closing mark) before a space.
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’']?\s")


def _unknown_name_between(
    text: str,
    drafts: Sequence[_Draft],
    mentions: Sequence[Mention],
    *,
    of_mention: Sequence[int],
    mi: int,
    here: int,
) -> bool:
    """Does the paragraph of mention *mi* (after character *here*) name, before it and inside a
    sentence, something that is no known person nor place ('Among the rivals was Boutiqa, a
    marketplace ... Its chief executive'): a body the lexicon cannot tell, so a body named in
    the paragraph before owns no post here?"""
    for j in range(mi - 1, max(-1, mi - 15), -1):
        m = mentions[j]
        if m.start <= here:
            return False
        d = drafts[of_mention[j]]
        if (
            d.kind == "person"
            and not d.personal
            and d.gender[0] is None
            and not d.titles
            and not _opens_sentence(text, m.start)
        ):
            return True
    return False


def _body_before(
    text: str,
    drafts: Sequence[_Draft],
    mentions: Sequence[Mention],
    *,
    of_mention: Sequence[int],
    mi: int,
    floor: int,
    target: int,
) -> int:
    """The mention of the body named last among the 14 mentions before index *mi* that start
    after character *floor* (or the first that opens its sentence), not of draft *target* nor
    a country's abbreviation (:data:`~quotex.lexicon.titles.PLACE_ABBREVIATIONS`); -1. A name
    that opens with a registered first name ('Isla Rendall') is a body only when no other name
    in reach may be one ('The operator, NorthLink Ferries, cut the route. Isla Rendall was upset.
    Its chief executive': the operator's)."""
    chosen = weak = -1
    for j in range(mi - 1, max(-1, mi - 15), -1):
        if mentions[j].start <= floor:
            break
        d = drafts[of_mention[j]]
        if d.name in PLACE_ABBREVIATIONS or _within_marks(text, mentions[j].start):
            # ('64 of its shops across the UK. Its chief executive': a country owns no post; nor
            # do a flyer's words: 'reading "Don't Toll Our Town," and its chair')
            continue
        if of_mention[j] != target and may_be_body(d.kind, d.gender[0], d.titles, d.words, d.gender[1]):
            opens = _opens_sentence(text, mentions[j].start)
            if d.kind != "organization" and d.gender[0] is not None:
                weak = j if weak < 0 or (opens and not _opens_sentence(text, mentions[weak].start)) else weak
                continue
            chosen = j if chosen < 0 else chosen  # (the body named last, unless one opens a sentence)
            if opens:
                return j  # ('Ashdown Park will start as favourites. They beat Whitby Harbour ...
                # Their head coach': the subject the story is about, not the object)
    return chosen if chosen >= 0 else weak


def _within_marks(text: str, start: int) -> bool:
    """Does character *start* lie between double quotation marks opened in its paragraph (curly
    or straight: an odd count of straight ones before it)?"""
    par = text.rfind("\n", 0, start) + 1
    opened = text.rfind("\u201c", par, start)
    if opened >= 0 and opened > text.rfind("\u201d", par, start):
        return True
    return text.count('"', par, start) % 2 == 1


def _owned_title(tokens: Tokens, owner: str, body: Mention, d: _Draft) -> str:
    """'*owner* of BODY' for the body of draft *d* named at mention *body*, with *the* when
    the text writes one before that name ('director of the Tyne Lantern Festival'); the draft
    becomes an organisation."""
    d.kind = "organization"
    the = body.first > 0 and tokens.words[body.first - 1].lower() == "the"
    return f"{owner} of {'the ' if the else ''}{d.name}"


def _whose_owner(
    tokens: Tokens,
    m: Mention,
    owner: str,
    drafts: Sequence[_Draft],
    mentions: Sequence[Mention],
    *,
    of_mention: Sequence[int],
    mi: int,
) -> str:
    """The title *owner* of mention *m* after *whose*: with the body whose name ends right
    before ', whose' ('The Tyne Lantern Festival, whose director, NAME,' -> 'director of the
    Tyne Lantern Festival'), else as written."""
    end = m.title_first - 3  # (the token before ', whose')
    if owner.lower() in KIN_TERMS:
        return owner  # ('NAME, whose brother, NAME2,': kin have a person, never a body)
    for j in range(mi - 1, max(-1, mi - 4), -1):
        if mentions[j].last == end:
            d = drafts[of_mention[j]]
            if may_be_body(d.kind, d.gender[0], d.titles, d.words, d.gender[1]):
                return _owned_title(tokens, owner, mentions[j], d)
    return owner


def _opens_sentence(text: str, start: int) -> bool:
    """Does the name at character *start* open its sentence (after *The* at most): the subject
    a later *its*/*their* goes back to?"""
    k = start
    if text[max(0, k - 4) : k].lower() == "the ":
        k -= 4
    k -= 1
    while k >= 0 and text[k] in " \t\"“”‘’'":
        k -= 1
    return k < 0 or text[k] in ".!?\n"


def _is_person_ent(tokens: Tokens, m: Mention) -> bool:
    """Does the named-entity tagger (when there is one) call mention *m* a person?"""
    return bool(tokens.ents) and tokens.ents[m.last] == "PERSON"  # (has_ents, without the property's call)


def _person_sign(tokens: Tokens, m: Mention, words: Sequence[str]) -> bool:
    """Does mention *m* (name *words*) show a person: a title, a gender, a first name, the
    tagger's PERSON?"""
    return bool(
        m.title
        or m.gender
        or (
            len(words) > 1
            and registered_spelling(words[0].lower()) in FIRST_NAMES
            and not headed_by_body_noun(words)
        )
        or _is_person_ent(tokens, m)
        or (m.kind == "person" and len(words) > 1 and byline_name(tokens, m.first, m.last))
    )


def _given_with_relative(words: Sequence[str], m: Mention, name: Sequence[str]) -> bool:
    """Is mention *m* one name word (*name*) that a *who* clause follows ('Hannah, who would not
    give her last name, ...', 'Yonas, who asked that his surname not be used,'): a person named
    by a given name only, listed or not (*who* takes a person; not a place's or a people's
    name)?"""
    if len(name) != 1 or not who_follows(words, m.last):
        return False
    low = name[0].lower()
    return registered_spelling(low) in FIRST_NAMES or (low not in PLACE_WORDS and low not in PEOPLE_WORDS)


def who_follows(words: Sequence[str], last: int) -> bool:
    """Does a comma and *who* follow the name ending at token *last* ('NAME, who'), any verb after it?"""
    return last + 2 < len(words) and words[last + 1] == "," and words[last + 2] == "who"


def _credited(words: Sequence[str], first: int) -> bool:
    """Does the name at token *first* follow a picture credit's label ('Photo: Ana Roe',
    '(Photograph: Ana Roe/Agency)': :data:`~quotex.lexicon.grammar.PICTURE_LABELS`)?"""
    return first >= 2 and words[first - 1] == ":" and words[first - 2].lower() in PICTURE_LABELS


def _line_break_between(tokens: Tokens, a: int, b: int) -> bool:
    """Is there a line break between tokens *a* and *b* (-1 or past the end: the text's edge)?"""
    if a < 0 or b >= len(tokens.words):
        return True
    return "\n" in tokens.text[tokens.ends[a] : tokens.starts[b]]


def byline_name(tokens: Tokens, first: int, last: int) -> bool:
    """Is the name at tokens *first*..*last* a byline's, a line of its own opened by *By* ('By
    Priya Raman', 'By Ana Roe and Ivo Berg', 'By Ana Roe, Health Reporter')? A byline names
    the article's author, a person."""
    words = tokens.words
    if first < 1 or words[first - 1] != "By" or not _line_break_between(tokens, first - 2, first - 1):
        return False
    return _line_break_between(tokens, last, last + 1) or words[last + 1] in (",", "and", "|")


#: How many tokens after *who is* :func:`relative_gender` reads for a gendered role noun.
_RELATIVE_ROLE_REACH = 5


def relative_gender(words: Sequence[str], last: int) -> str | None:
    """The gender a *who is*/*who was* clause after the name ending at token *last* states with
    a gendered role noun as its predicate (*'Riley Roe, who is chairwoman of Kestrel Ferries,'*,
    *'who was a spokesman'*): "f"/"m", or None. The run stops at a preposition, a pronoun or
    possessive, a capitalised word or punctuation (*'who is Ida Roe's mother'*, *'who is her
    lawyer'* state nothing of the name)."""
    k = last + 1
    if k + 2 >= len(words) or words[k] != "," or words[k + 1] != "who" or words[k + 2] not in ("is", "was"):
        return None
    for w in words[k + 3 : k + 3 + _RELATIVE_ROLE_REACH]:
        if w in ("a", "an", "the", "former", "acting", "interim"):
            continue
        if not (w.isalpha() and w.islower()) or w in PRONOUNS or w in _POSSESSIVES or w in _RELATIVE_STOPS:
            return None
        if w in FEMALE_ROLE_WORDS:
            return "f"
        if w in MALE_ROLE_WORDS:
            return "m"
    return None


#: Prepositions of place or origin before a capitalised word an aside or a *who* clause may
#: hold (*a teacher from Uppsala*, *travelling to Saaremaa*): a place, not another person.
_PLACE_PREPOSITIONS = frozenset("from in at of to into near outside across".split())
#: How many tokens :func:`relative_possessive_gender` reads in the aside and in the clause.
_OWN_REACH = 14


def relative_possessive_gender(words: Sequence[str], last: int) -> str | None:
    """The gender of the first *his*/*her* before a kinship noun inside a *who* clause that follows
    the name ending at token *last*, directly or after an aside (*'Asa Lund, 34, a teacher from
    Uppsala who was travelling with her two sons,'*): the clause's subject is the name, and a
    possessive before any other person is named in it is the subject's (Quirk et al. 1985
    §6.34, the relative pronoun takes its antecedent's place). "f"/"m", or None. A capitalised
    word in the aside or clause ends the search unless a preposition of place stands before it
    (*'a lawyer for Ivo Berg who ... his'*: the clause may be Berg's); so does any other
    pronoun (*she*, *him*, *they*: another clause's subject or object)."""
    k = last + 1
    if k >= len(words) or words[k] != ",":
        return None
    end = min(len(words), k + _OWN_REACH)
    if "who" not in words[k + 1 : end]:
        return None  # (most names: no *who* in reach, found in C before any word is read)
    j = k + 1
    while j < end and words[j] != "who":
        w = words[j]
        if w in (".", ";", ":", "!", "?") or w.lower() in PRONOUNS or w in _POSSESSIVES:
            return None
        if not _placed(words, j):
            return None
        j += 1
    if j >= end or j + 1 >= len(words) or words[j + 1] in ("are", "were", "have"):
        return None
    for i in range(j + 1, min(len(words), j + 1 + _OWN_REACH)):
        w = words[i]
        if w in ("his", "her") and _kin_after(words, i):
            return "m" if w == "his" else "f"
        depicted = _DEPICTIVE_NOUNS.get(words[i + 2]) if w == "as" and i + 2 < len(words) else None
        if depicted is not None and words[i + 1] == "a":
            return depicted  # ('who learned the trade as a boy': a depictive of the subject)
        # ('who lifted it above her head': a thing's *it* names no other person)
        stop = w in (",", ".", ";", ":", "!", "?", "and", "but") or (w.lower() in PRONOUNS and w != "it")
        if stop or w in _POSSESSIVES or not _placed(words, i):
            return None
    return None


def _kin_after(words: Sequence[str], i: int) -> bool:
    """Does a kinship or body-part noun (singular or plural) follow the possessive at token *i*,
    after at most one number or adjective (*her two sons*, *his late wife*, *above her head*,
    *his left knee*)? A relative clause's own family and body, the inalienable possessions, are
    its subject's; other possessions may be anyone's (*Bernie Sanders, who cites them as
    evidence of her ties to Wall Street*: Clinton's)."""
    for w in words[i + 1 : i + 3]:
        low = w.lower()
        one = low[:-1] if low.endswith("s") else low
        if low in _OWN_NOUNS or one in _OWN_NOUNS or low in ("children", "feet", "teeth"):
            return True
        if not w.isalnum() or not w.islower():
            return False
    return False


def _placed(words: Sequence[str], j: int) -> bool:
    """Is token *j* lower case, or a capitalised word after a preposition of place (or after
    such a word: *from New York*)?"""
    i = j
    while i > 0 and words[i][:1].isupper():
        i -= 1
    return i == j or words[i] in _PLACE_PREPOSITIONS


#: The inalienable possessions :func:`_kin_after` reads: kinship and body-part nouns, and the
#: nouns of one's own life and working life (*who has spent her whole career*, *who lives
#: above his workshop*; not *her ties*, *her record*: anyone's), and *own*, whose possessive
#: is the subject's (*who raised five sons on her own*, *who runs his own forge*).
_OWN_NOUNS = KINSHIP_NOUNS | BODY_PART_NOUNS | frozenset("career life childhood youth workshop own".split())
#: The nouns of a depictive *as a boy* in a relative clause (*who learned the trade as a girl*),
#: with the gender each states of the clause's subject.
_DEPICTIVE_NOUNS = {"boy": "m", "girl": "f"}
#: The pronouns :func:`bound_pronoun_gender` reads.
_BOUND_PRONOUNS = frozenset(("his", "her", "himself", "herself"))


def _bound_pronoun_near(words: Sequence[str], last: int) -> bool:
    """Does a pronoun :func:`bound_pronoun_gender` reads stand at token *last* + 2 .. *last* +
    :data:`_BOUND_REACH`, where it reads the pronoun of a name ending at token *last*? (Without
    one it returns None.) Only these ten tokens are looked at, in C (``isdisjoint``): a scan of
    the whole text for the four words cost more than all the mentions' windows."""
    return not _BOUND_PRONOUNS.isdisjoint(words[last + 2 : last + _BOUND_REACH + 1])


def bound_pronoun_gender(words: Sequence[str], m: Mention) -> str | None:
    """The gender of a pronoun that grammar binds to the name of mention *m*: a
    reflexive object of the verb that follows the name (*'Ana Roe introduced herself'*, *'Roe
    described himself as ...'*: binding theory's principle A, the reflexive's antecedent is
    its clause's subject), or, for a name (with its title) that opens its sentence, a
    possessive right after *and* that coordinates a phrase with it (*'Ana Roe and her
    husband'*, *'Ivo Berg, 52, a nurse, and his wife'*: the other conjunct is the possessed,
    and the subject the nearest person; not *'Ida Lund met Ivo Berg and her husband'*); "f"/"m",
    or None; or the possessive after *for* when a verb of judging has the name as its object
    (*'Ana Roe thanked Ivo Berg for his work'*). An aside between the name and *and* holds no
    capitalised word (*'Ana Roe, Ida
    Lund and her husband'*: the nearer name owns *her*)."""
    last = m.last
    k = last + 1
    start = min(m.first, m.title_first) if m.title_first >= 0 else m.first
    if (
        k + 1 < len(words)
        and words[k] == "for"
        and words[k + 1] in ("his", "her")
        and start > 0
        and words[start - 1] in _JUDGING_VERBS
    ):  # ('Ana Roe thanked Ivo Berg for his work': the judged person's deed)
        return "m" if words[k + 1] == "his" else "f"
    if k < len(words) and words[k] == ",":  # an aside: ', 52, a nurse,'
        j = k + 1
        while j < min(len(words) - 1, k + _ASIDE_REACH):
            if words[j] == "," and words[j + 1] == "and" and j > k + 1:
                break
            if not (words[j][:1].islower() or words[j][:1].isdigit() or words[j] == ","):
                return None
            j += 1
        else:
            return None
        k = j + 1
    if k + 1 < len(words) and words[k] == "and" and words[k + 1] in ("his", "her"):
        opens = start == 0 or words[start - 1] in (".", "!", "?") or words[start - 1].isspace()
        return ("m" if words[k + 1] == "his" else "f") if opens else None
    if k != last + 1:
        return None
    # a verb (and an adverb) right after the name, then the reflexive
    for j in range(k, min(len(words), k + 3)):
        w = words[j]
        if w in ("himself", "herself") and j > k:
            return "m" if w == "himself" else "f"
        if not (w.isalpha() and w.islower()) or w in PRONOUNS or w in _POSSESSIVES or w in _RELATIVE_STOPS:
            return None
    return None


#: Verbs of judging that name the judged person and then, after *for*, the deed (Levin's
#: judgement verbs): the possessive there is the object's (:func:`bound_pronoun_gender`).
_JUDGING_VERBS = frozenset(
    "thanked thanks praised praises criticised criticized criticises criticizes blamed blames"
    " congratulated congratulates commended commends applauded applauds faulted faults"
    " rebuked rebukes scolded scolds honoured honored honours honors".split()
)
#: How many tokens an aside between a name and *and* may hold (:func:`bound_pronoun_gender`).
_ASIDE_REACH = 9
#: How far after a name's last token :func:`bound_pronoun_gender` reads a pronoun at most:
#: *and* and the possessive after an aside of tokens up to ``_ASIDE_REACH`` - 1 after the comma.
_BOUND_REACH = _ASIDE_REACH + 2

_POSSESSIVES = frozenset("his her their its my our your".split())
_RELATIVE_STOPS = frozenset("of for at in on to with by from and or not".split())


#: Gendered role and kinship nouns (no pronouns or honorifics: 'her' is no predicate's head).
FEMALE_ROLE_WORDS = FEMALE_WORDS - frozenset("her she ms mrs miss madam".split())
MALE_ROLE_WORDS = MALE_WORDS - frozenset("him he his mr sir".split())


def personal_relative(words: Sequence[str], last: int) -> bool:
    """Does a *who* clause with a singular verb follow the name ending at token *last* ('Ida
    Ruud, who leads the residents' group', 'Ida Ruud, who was ...')? *who* is personal; a body
    takes *which*, or *who* with a plural verb in British usage ('the council, who run ...')."""
    k = last + 1
    if k < len(words) and words[k] == ",":
        k += 1
    if k + 1 >= len(words) or words[k] != "who":
        return False
    verb = words[k + 1]
    return verb in ("is", "was", "has") or (verb.islower() and verb.endswith("s") and not verb.endswith("ss"))


#: Prepositions between a verb and a body's *its*: 'said on its website', 'wrote in its report'.
_ITS_PREPOSITIONS = frozenset("in on at through via from with to for".split())


def _body_sign(tokens: Tokens, m: Mention, name: Sequence[str]) -> bool:
    """Does the text treat mention *m* (name words *name*, two or more) as a body's name? A
    determiner before it (*the Fenland Drainage Trust*, *the Marlow Mutual board*: persons'
    names take none), or *its* pointing back to it across one verb and a preposition or
    after *and* (*Carrow Rail said on its website*, *Marlow Mutual and its staff*), or a holding
    in it (*shares in Clear Meadow*). Not for
    a party noun at its end (*the Ohio Republican* describes a person) nor a name with a first
    name before its last word (*the Real Donald Trump*, a title). The caller checks
    that no mention of the entity shows a person (:func:`_person_sign`). One plural word
    after *the* is a team's or a group's name too (*the Gulls*, *the Harriers*, *the Clintons*):
    no *he* or *she*."""
    words, lows = tokens.words, tokens.lows
    if _renames_body(words, m):
        return True  # ('the airline, Jetwave, said': the body's name in apposition)
    if _which_relative(tokens, m):
        return True  # ('Greystone Homes, which owns the flats, said': a thing's relative pronoun)
    if len(name) == 1:
        low = name[0].lower()
        plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
        return plural and m.first > 0 and lows[m.first - 1] == "the"
    if name[-1].lower() in _PARTY_WORDS or not FIRST_NAMES.isdisjoint(map(str.lower, name[:-1])):
        return False
    if m.first > 0 and lows[m.first - 1] == "the":
        return True
    if held_company(lows, m.first):
        return True  # ('Shares in Clear Meadow rose': a listed company)
    k = m.last + 1
    if k + 1 >= len(words):
        return False
    w = words[k]
    if w == "and":
        return lows[k + 1] == "its"
    if not (w.isalpha() and w.islower()):
        return False
    if lows[k + 1] in _ITS_PREPOSITIONS:
        k += 1
    return k + 1 < len(words) and lows[k + 1] == "its"


def _which_relative(tokens: Tokens, m: Mention) -> bool:
    """Does a relative clause opened by *which* follow mention *m*, which opens its clause (no
    word before it: 'Greystone Homes, which owns the building, said')? *Which* refers to
    things, *who* to persons (Quirk et al. 1985, §6.32); after a word ('a speech by Ana Roe,
    which ...') the clause may belong to the phrase the name ends."""
    k = m.last + 1
    return (
        k + 1 < len(tokens.words)
        and tokens.words[k] == ","
        and tokens.lows[k + 1] == "which"
        and (m.first == 0 or not tokens.words[m.first - 1].isalnum())
    )


#: Nouns of a holding in a company, whose *in* or *of* names a body ('shares in Clear Meadow',
#: 'a stake in Blue Acre'; a person has no shares).
HOLDING_NOUNS = frozenset("shares stock stake stakes".split())


def held_company(lows: Sequence[str], first: int) -> bool:
    """Does a name at token *first* follow a holding's *in* or *of* ('Shares in | Clear Meadow',
    *lows*: the words in lower case), so that it names a company?"""
    return first > 1 and lows[first - 1] in ("in", "of") and lows[first - 2] in HOLDING_NOUNS


def _renames_body(words: Sequence[str], m: Mention) -> bool:
    """Is mention *m*, with no title of its own, set off by commas right after 'a spokesperson
    for the BODY' (*the airline, Jetwave,*; :func:`~quotex.mentions.comma_titles.spokesperson_for_body`):
    the body's name?"""
    return (
        m.title is None
        and m.first >= 5
        and words[m.first - 1] == ","
        and spokesperson_for_body(words, m.first - 2, SPOKESPERSON_NOUNS)
        and m.last + 1 < len(words)
        and words[m.last + 1] in (",", ".")
    )


#: The last words of a name that describe a person's party ('the Ohio Republican').
_PARTY_WORDS = frozenset(["republican", "democrat", "democratic", "independent", "conservative", "liberal"])


def _initial_only(tokens: Tokens, m: Mention, words: Sequence[str], sent_firsts: Sequence[int]) -> bool:
    """Is mention *m* a lone capitalised word at the start of its sentence, with no title,
    gender or PERSON tag (a capital that may be only the sentence's)?"""
    return (
        len(words) == 1
        and not m.title
        and not m.gender
        and not _is_person_ent(tokens, m)
        and _sentence_initial(
            tokens.words, m.first, sent_firsts[max(0, bisect.bisect_right(sent_firsts, m.first) - 1)]
        )
    )


#: An unnamed body in the text, a possessor or the subject it is about: 'the committee's', 'The
#: inspectors' union' (a lower-case organisation noun after *the* and at most two words).
_UNNAMED_BODY = regex.compile(
    r"\b[Tt]he (?:[\p{Ll}'’-]+ ){0,2}(?:" + "|".join(sorted(ORGANIZATION_NOUNS)) + r")\b(?!\s+\p{Lu})"
)
#: A paragraph that opens with a generic body noun as its subject ('The chain, founded in 1958,').
_GENERIC_SUBJECT = regex.compile(r"\n*[Tt]he (?:" + "|".join(sorted(GENERIC_BODIES)) + r")\b(?!\s+\p{Lu})")
#: Possessors that stand for a body named before: 'its president', 'their chairman'.
_BODY_POSSESSORS = frozenset("its their whose".split())


def _owned_also(
    tokens: Tokens,
    m: Mention,
    target: int,
    drafts: Sequence[_Draft],
    mentions: Sequence[Mention],
    *,
    of_mention: Sequence[int],
    mi: int,
) -> str | None:
    """Mention *m*'s second title (``m.also``), read as :func:`_title_at` reads a title when it
    is the post written right before the name's own title and a comma: after *its*/*their*, named
    with its owner ('Its president, Captain NAME,' -> 'president of the Airline Pilots' Guild');
    else as written."""
    end = m.title_first - 2  # (the post ends before the comma)
    if m.also is None or end < 1 or tokens.words[end + 1] != ",":
        return m.also
    start = tokens.ends[end] - len(m.also)
    k = bisect.bisect_left(tokens.starts, start, 0, end + 1)
    if k > end or tokens.starts[k] != start:
        return m.also  # (written elsewhere: an apposition after the name)
    owned = attrs.evolve(m, title=m.also, title_first=k, title_last=end)
    return _title_at(tokens, owned, target, drafts, mentions, of_mention=of_mention, mi=mi)


def _owner(tokens: Tokens, m: Mention) -> str | None:
    """The title of *m* less its possessor when that points back to a body: a possessive
    pronoun before it or opening it ('Its president' -> 'president', 'NAME, its chief
    scientist'), or *the* and a body's common noun ("the company's chief scientist", "the
    court's presiding judge", as *its* would be); else None."""
    if m.title_first < 0:
        return None
    lows = tokens.lows
    t0, t1 = m.title_first, m.title_last
    if lows[t1] in KIN_TERMS:
        return None  # ('their mother, NAME': kin have a person, never a body)
    if t0 - 1 >= 0 and lows[t0 - 1] in _BODY_POSSESSORS:
        return tokens.text[tokens.starts[t0] : tokens.ends[t1]]
    if t0 < t1 and lows[t0] in ("its", "their"):
        return tokens.text[tokens.starts[t0 + 1] : tokens.ends[t1]]
    if _noun_possessed(lows, t0, t1):
        return tokens.text[tokens.starts[t0 + 2] : tokens.ends[t1]]
    return None


def _noun_possessed(lows: Sequence[str], t0: int, t1: int) -> bool:
    """Does the title *t0..t1* open with a body's common noun and its possessive after *the*
    ("the | company's chief scientist", "the | regulator's chair")?"""
    return (
        t0 + 2 <= t1
        and t0 >= 1
        and lows[t0 - 1] == "the"
        and lows[t0 + 1] in ("'s", "’s")
        and (lows[t0] in _OWNING_NOUNS or lows[t0] in ORGANIZATION_NOUNS)
    )


def _owner_fits(noun: str, name: str) -> bool:
    """Can a body's common noun *noun* ("the court's") stand for the body called *name*: its name
    holds the noun ('the Kessany High Court'), a word of the noun's class (:data:`_BODY_CLASSES`:
    'the theatre' for 'the Vellmoor Playhouse'), or, for a business noun ('the company'), a
    company word ('Nimbrel Systems'; not 'the European Commission')?"""
    words = {w.strip("'’.,").lower() for w in name.split()}
    if noun in words or f"{noun}s" in words or not words.isdisjoint(_BODY_CLASSES.get(noun, ())):
        return True
    return noun in GENERIC_BODIES and not words.isdisjoint(COMPANY_WORDS | _COMPANY_ENDINGS)


#: Words a body's name may hold for a common noun that is not in it: written for quotex from
#: the names of news copy's bodies ('the Vellmoor Playhouse' is a theatre, 'the Office for
#: Energy Markets' a regulator, 'the Harbour Gazette' a newspaper).
_BODY_CLASSES = {
    noun: frozenset(words.split())
    for nouns, words in (
        ("theatre theater", "playhouse theatre theater opera stage arts"),
        ("regulator watchdog", "office authority commission agency board ombudsman regulator"),
        ("hospital", "infirmary clinic trust"),
        ("university", "college institute"),
        ("court", "tribunal"),
        ("force", "police constabulary army navy"),
        ("club side", "united city rovers wanderers athletic fc town club"),
        ("newspaper", "gazette times herald post courier journal tribune chronicle news"),
        ("broadcaster", "radio tv television broadcasting"),
        ("charity", "trust foundation fund"),
    )
    for noun in nouns.split()
}
#: Endings of a company's name besides :data:`~quotex.lexicon.titles.COMPANY_WORDS`.
_COMPANY_ENDINGS = frozenset("ltd inc plc llc corp co group".split())

#: Common nouns of a body that own a post besides :data:`ORGANIZATION_NOUNS` ("the company's",
#: "the regulator's"): the generic bodies of business copy and public bodies by their function.
_OWNING_NOUNS = GENERIC_BODIES | frozenset("regulator watchdog festival force side".split())


def may_be_body(
    kind: str, gender: str | None, titles: Sequence[str], words: Sequence[str], evidence: str | None = None
) -> bool:
    """Could an entity be an organisation? Named as one, or a name of two or more words
    with no sign of a person (a title, or a gender on *evidence* stronger than "registered")."""
    if kind == "organization":
        return True
    personal = gender is not None and evidence != "registered"
    return kind == "person" and not personal and not titles and len(words) >= 2


def _paragraph_sentences(tokens: Tokens) -> tuple[Sentence, ...]:
    """One pseudo-sentence per paragraph, for callers that have no sentence split."""
    out: list[Sentence] = []
    text = tokens.text
    first = 0
    par = 0
    for k in range(1, len(tokens.words) + 1):
        if k == len(tokens.words) or "\n" in text[tokens.ends[k - 1] : tokens.starts[k]]:
            out.append(Sentence(first, k - 1, tokens.starts[first], tokens.ends[k - 1], par))
            first = k
            par += 1
    return tuple(out)
