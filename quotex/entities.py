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
:func:`with_gender`), the first name (:mod:`quotex.lexicon.first_names`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
from attrs import frozen

from quotex.lexicon.first_names import FEMALE_FIRST_NAMES, FIRST_NAMES, MALE_FIRST_NAMES
from quotex.lexicon.function_words import NOT_NAMES, PRONOUNS, TIME_NAMES
from quotex.mentions import Mention
from quotex.sentences import Sentence
from quotex.tokens import Tokens

__all__ = [
    "Entity",
    "EntityTable",
    "build_entities",
    "clean_name",
    "first_name_gender",
    "is_subject",
    "may_be_body",
    "with_gender",
]

#: Gender evidence, weakest first (the index is its strength).
EVIDENCE = ("first_name", "pronoun", "text")


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
        si = max(0, bisect.bisect_right(self.sentence_firsts, token) - 1)
        return si, self.sentence_paragraphs[si] if self.sentence_paragraphs else 0


def clean_name(name: str) -> str:
    """The name without a possessive ending: ``"Norland's"`` -> ``"Norland"``."""
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[: -len(suffix)].rstrip()
    return name


def first_name_gender(words: Sequence[str]) -> str | None:
    """``"m"``/``"f"`` when the first of two or more name words is a first name with a clear majority."""
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in MALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES:
        return "f"
    return None


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
    words = tokens.words
    if m.last + 1 < len(words) and words[m.last + 1] in ("'s", "’s", "'", "’"):
        return False  # a possessor: 'Marsh's deputy said'
    if lo - sent.first > _MAX_PREAMBLE:
        return False
    return all(
        not words[k][:1].isalnum() or words[k].lower() in _PREAMBLE for k in range(sent.first, lo)
    ) and not (lo - 1 >= sent.first and words[lo - 1].lower() in _PREPOSITIONS)


def _unlikely_person(words: Sequence[str]) -> bool:
    """A name that cannot be a person's: it holds a day or month ('Florida Friday'), or is one
    abbreviation ('Mich.') or a pronoun or function word ('He')."""
    if any(w.lower().rstrip(".") in TIME_NAMES for w in words):
        return True
    if len(words) == 1:
        w = words[0]
        return (w.endswith(".") and len(w) <= 6) or w.lower() in NOT_NAMES or w.lower() in PRONOUNS
    return False


def _sentence_initial(words: Sequence[str], first: int, sent_first: int) -> bool:
    """Is token *first* the first word of its sentence (after opening marks)?"""
    if first - sent_first > 2:
        return False  # at most an opening mark or two before it
    return all(not words[k][:1].isalnum() for k in range(sent_first, first))


def _age(words: Sequence[str], last: int) -> str | None:
    """'Mark Weller, 47,' -> '47'."""
    if (
        last + 3 < len(words)
        and words[last + 1] == ","
        and words[last + 2].isdigit()
        and words[last + 3] == ","
    ):
        return words[last + 2]
    return None


def build_entities(
    tokens: Tokens, mentions: Sequence[Mention], sentences: Sequence[Sentence] = ()
) -> EntityTable:
    """Cluster *mentions* into entities and record each mention's salience facts.

    Without *sentences*, every paragraph (newline) counts as one sentence.
    """
    if not sentences:
        sentences = _paragraph_sentences(tokens)
    sent_firsts = [s.first for s in sentences]
    names: list[str] = []
    wordss: list[tuple[str, ...]] = []
    titles: list[list[str]] = []
    kinds: list[str] = []
    genders: list[tuple[str | None, str | None]] = []
    ages: list[str | None] = []
    members: list[list[int]] = []
    initial: list[bool] = []
    personal: list[bool] = []
    unlikely_e: list[bool] = []
    of_mention: list[int] = []
    by_word: dict[str, list[int]] = {}
    # a mention's text -> its clean name, words and first-name gender (names repeat)
    by_text: dict[str, tuple[str, tuple[str, ...], str | None, bool]] = {}
    words_of = tokens.words
    n_words = len(words_of)
    person_ents = tokens.has_ents
    for mi, m in enumerate(mentions):
        seen = by_text.get(m.name)
        if seen is None:
            clean = clean_name(m.name) if m.name[-1] in "s'’" else m.name
            split = tuple(clean.split())
            seen = by_text[m.name] = (clean, split, first_name_gender(split), _unlikely_person(split))
        name, words, named_gender, unlikely = seen
        target = -1
        if len(words) == 1:
            found = by_word.get(words[0])
            if found:
                target = found[-1]
        else:
            for idx in reversed(by_word.get(words[-1], [])[-50:]):  # bounded: linear cost
                if wordss[idx] == words or (len(wordss[idx]) == 1 and m.kind == kinds[idx]):
                    target = idx
                    break
        if m.gender:
            gender: tuple[str | None, str | None] = (m.gender, "text")
        elif target < 0 or genders[target][0] is None:
            gender = (named_gender, "first_name")
        else:
            gender = (None, None)
        if target < 0:
            target = len(names)
            names.append(name)
            wordss.append(words)
            titles.append([])
            kinds.append(m.kind)
            genders.append(gender if gender[0] else (None, None))
            ages.append(None)
            members.append([])
            initial.append(True)
            personal.append(False)
            unlikely_e.append(unlikely)
            for w in words:
                by_word.setdefault(w, []).append(target)
        else:
            if len(words) > len(wordss[target]) and all(w in words for w in wordss[target]):
                names[target], wordss[target] = name, words
                unlikely_e[target] = unlikely
                for w in words:
                    listed = by_word.setdefault(w, [])
                    if not listed or listed[-1] != target:
                        listed.append(target)
            if m.kind == "person" and m.title:
                kinds[target] = "person"
            have = genders[target]
            if gender[0] and (have[0] is None or (have[1] == "first_name" and gender[1] == "text")):
                genders[target] = gender
        title = m.title
        owner = _owner(tokens, m) if title else None
        if title and owner is not None:
            # 'Its president' / 'the company's chief financial officer': whose? the body named last
            for prev in range(mi - 1, max(-1, mi - 15), -1):
                e = of_mention[prev]
                if e != target and may_be_body(kinds[e], genders[e][0], titles[e], wordss[e]):
                    kinds[e] = "organization"
                    title = f"{owner} of {names[e]}"
                    break
        if title and all(t.lower() != title.lower() for t in titles[target]):
            titles[target].append(title)
        if ages[target] is None and m.last + 3 < n_words and words_of[m.last + 1] == ",":
            ages[target] = _age(words_of, m.last)
        members[target].append(mi)
        of_mention.append(target)
        if (
            not personal[target]
            and not unlikely
            and (
                m.title
                or m.gender
                or (len(words) > 1 and words[0].lower() in FIRST_NAMES)
                or (person_ents and tokens.ents[m.last] == "PERSON")
            )
        ):
            personal[target] = True
        if initial[target] and not (
            len(words) == 1
            and not m.title
            and not m.gender
            and not (person_ents and tokens.ents[m.last] == "PERSON")
            and _sentence_initial(
                words_of, m.first, sent_firsts[max(0, bisect.bisect_right(sent_firsts, m.first) - 1)]
            )
        ):
            initial[target] = False
    entities = tuple(
        Entity(
            name=names[e],
            words=wordss[e],
            titles=tuple(titles[e]),
            kind=kinds[e],
            gender=genders[e][0],
            evidence=genders[e][1],
            age=ages[e],
            mentions=tuple(members[e]),
            initial_only=initial[e],
            person_evidence=personal[e],
            unlikely_person=unlikely_e[e],
        )
        for e in range(len(names))
    )
    return EntityTable(
        entities,
        tuple(of_mention),
        tuple(sent_firsts),
        tuple(s.paragraph for s in sentences),
        tuple(sentences),
    )


#: Possessors that stand for a body named before: 'its president', 'their chairman'.
_BODY_POSSESSORS = frozenset("its their".split())


def _owner(tokens: Tokens, m: Mention) -> str | None:
    """The title of *m* when a possessive pronoun before it points back to a body
    ('Its president' -> 'president'), or None. A title with a noun possessor
    ('the company's chief executive') is kept as written."""
    if m.title_first < 0:
        return None
    words = tokens.words
    t0, t1 = m.title_first, m.title_last
    if t0 - 1 >= 0 and words[t0 - 1].lower() in _BODY_POSSESSORS:
        return tokens.text[tokens.starts[t0] : tokens.ends[t1]]
    return None


def may_be_body(kind: str, gender: str | None, titles: Sequence[str], words: Sequence[str]) -> bool:
    """Could an entity be an organisation? Named as one, or a name of two or more words
    with no sign of a person (gender, title)."""
    if kind == "organization":
        return True
    return kind == "person" and gender is None and not titles and len(words) >= 2


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
