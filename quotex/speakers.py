"""Stage 6, speakers and records: attributions + mentions -> list[Quote].

Input: the token table, the attributions of stage 5, the name mentions of
stage 4 and the sentences of stage 3. Output: the public
:class:`~quotex.records.Quote` records, each with one canonical
:class:`~quotex.records.Speaker` per person or body for the whole article
(the same object, with a document-local ``id``, across quotes), and the path
that resolved it in ``Quote.resolution``.

The mentions are first clustered into the entity table of
:mod:`quotex.entities`. Resolution, for a source mention:

* ``name`` / ``apposition``: a mention that holds a name takes that name's
  entity (the source opens with the name or its title, or the name stands in
  apposition: *The city's treasurer, Ana Berg*). A source that is only a body
  inside a person's phrase names the person (*Theo Vandermeer of Westbrook
  State University*; *A spokeswoman for the Ministry, Siri Nakstad, said*).
* ``pronoun_sentence`` / ``pronoun_paragraph`` / ``pronoun_far``: *he*/*she*
  -> the most salient person whose gender does not clash (salience: subject
  position, introduction with a title, having spoken, decayed by sentence and
  paragraph distance; agreement from honorifics, gendered role words, earlier
  pronouns and first names); *it*/*they* -> the most salient body or group.
  An unnamed subject that agrees competes with them (*The airline said ...
  "C," it said.* -> *airline*). The suffix says where the antecedent was last
  named or spoke.
* ``nominal``: *the analyst*, *the senator*, *the 47-year-old*, *the woman*,
  *the company* -> the most salient entity with that title, age, gender or
  kind.
* ``document``: *the statement* -> its issuer, the most salient body or person
  (named, or an unnamed subject: *The ministry issued a note.*), else the
  latest speaker.
* ``description``: the phrase itself names a body or group
  (*Ukraine's foreign ministry*, *two people familiar with the matter*).
* ``carryover``: split quotes and paragraph carry-over take the speaker of
  the attribution they continue.

A source with a relative clause is read without it: *officials who spoke
with the Post* names the officials, not the Post.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import attrs
import regex
from attrs import frozen

from quotex.attributions import Attribution
from quotex.attributions.context import after_time_phrase, time_phrase
from quotex.confidence import rule_confidence
from quotex.entities import Entity, EntityTable, build_entities, is_subject, may_be_body, with_gender
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.function_words import (
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    MALE_WORDS,
    NUMBER_WORDS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    ANSWER_LABELS,
    AUTHORING_VERBS,
    AUXILIARIES,
    COPULA,
    FRONTING_PREPOSITIONS,
    INTERVIEW_LABELS,
    INTRO_WORDS,
    IRREGULAR_PAST,
    ISSUED_NOUNS,
    ISSUING_PARTICIPLES,
    MEDIUM_NOUNS,
    MODALS,
    QUESTION_LABELS,
    RECEIVING_VERBS,
    SENTENCE_LINKS,
    SIMPLE_PAST,
)
from quotex.lexicon.titles import SPOKESPERSON_NOUNS, TITLE_ABBREVIATIONS, plural
from quotex.mentions import Mention
from quotex.records import Quote, QuoteKind, Span, Speaker
from quotex.sentences import Sentence
from quotex.source_cuts import speaking_part
from quotex.tokens import Tokens

__all__ = ["RESOLUTIONS", "Resolved", "build_records", "printed_title", "quote_records", "resolve_speakers"]


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: The subject forms of object pronouns, which are sources only after a preposition
#: ('according to him', 'a claim by them'); elsewhere they are the cue's object ('told him').
_OBJECT_FORMS = {"him": "he", "them": "they", "us": "we", "me": "i"}
_ORG_HINT = frozenset(
    [
        "ministry",
        "department",
        "government",
        "administration",
        "office",
        "agency",
        "kremlin",
        "pentagon",
        "committee",
        "council",
        "commission",
        "campaign",
        "party",
        "company",
        "court",
        "police",
        "army",
        "embassy",
        "white",
        "house",
        "spokesman",
        "spokeswoman",
    ]
)


#: How a source was resolved to its speaker (``Quote.resolution``), see docs/rules.md.
RESOLUTIONS = (
    "name",
    "apposition",
    "pronoun_sentence",
    "pronoun_paragraph",
    "pronoun_far",
    "nominal",
    "document",
    "description",
    "carryover",
)

#: Salience weights (Lappin & Leass style): a mention's base weight, the bonus for being the
#: subject of its sentence, for being introduced with a title, and for having spoken; every
#: sentence back multiplies by SENTENCE_DECAY and every paragraph back by PARAGRAPH_DECAY.
_BASE, _SUBJECT, _INTRODUCED, _SPOKE = 100.0, 80.0, 40.0, 90.0
_SENTENCE_DECAY, _PARAGRAPH_DECAY = 0.7, 0.55
_AGREES = {"text": 40.0, "pronoun": 30.0, "first_name": 20.0, "registered": 10.0}
_WINDOW_MENTIONS, _WINDOW_PARAGRAPHS, _MAX_SENTENCES = 40, 3, 12
#: Factor for a candidate with no sign of being a person (no title, gender, first name or speech).
_NO_PERSON_EVIDENCE = 0.35
_PREPOSITIONS = frozenset("of for with at by to from in on about against than into".split())
_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "cmdr": "commander",
    "adm": "admiral",
    "pres": "president",
    "supt": "superintendent",
    "atty": "attorney",
    "insp": "inspector",
    "det": "detective",
    "amb": "ambassador",
    "dr": "doctor",
    "prof": "professor",
}
#: Words that end a phrase's head: a preposition opens its modifier ('Critics of the ministry').
_HEAD_ENDS = frozenset("of for at in on to with by from".split())
#: Words that cannot end a noun phrase's head: dropped from a source cut short.
_TRAILING = _HEAD_ENDS | frozenset("and or the a an who which that".split())
_GENDER_NOUNS = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "father": "m", "mother": "f"}
#: Nouns for a kind of body that news copy uses to refer back to a named one ('Fjord Air ...
#: the airline said'): resolved to the most salient body even when its name does not hold them.
_GENERIC_BODIES = frozenset(
    """
    company firm group agency organisation organization business airline carrier bank lender insurer
    retailer manufacturer maker automaker carmaker broker charity utility startup network broadcaster
    newspaper publisher operator developer chain
""".split()
)


class _Resolver:
    """Per-call resolution state: the entity table, the speakers made so far and who
    spoke where. Lives only inside one :func:`build_records` call."""

    def __init__(
        self,
        tokens: Tokens,
        mentions: Sequence[Mention],
        table: EntityTable,
        lexicon: Lexicon = DEFAULT_LEXICON,
    ) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.table = table
        self.ents: list[Entity] = list(table.entities)
        self.speakers: dict[int, Speaker] = {}
        self.spoke: list[tuple[int, int]] = []  # (entity, source token) of each resolved attribution
        self.last_spoke: dict[int, int] = {}  # entity -> its latest source token
        self.phrases: dict[str, int] = {}  # an unnamed source phrase (lower case) -> its entity
        #: role noun -> the entities of the table with a title that holds it (made on first use)
        self.holders: dict[str, list[int]] | None = None
        self.next_id = 1
        self.subjects: dict[int, bool] = {}
        self.weights: dict[int, float] = {}
        #: entity -> the mention that introduces it (:meth:`_introduced_at`, made on first use)
        self.introduced: dict[int, int] = {}
        self.places: dict[int, tuple[int, int]] = {}
        self.mention_starts = [m.first for m in mentions]  # token of each mention, for bisect
        self.mention_offsets = [m.start for m in mentions]  # character offset of each mention
        self.lexicon = lexicon
        #: the entity that answers an interview's 'A:' labels, once the first one is resolved
        self.interviewee = -1
        #: the token of the first 'Q:' label (-1 before one): the introduction ends there
        self.first_question = -1
        #: the last word of each name of two or more words -> its mentions (made on first use)
        self.by_last_word: dict[str, list[int]] | None = None
        #: sentence -> its unnamed nominal subject (:func:`nominal_subject`), made on first use
        self.nominal_subjects: dict[int, tuple[int, int, str] | None] = {}
        #: sentence -> does it tell of a text being issued (:meth:`issuing`), made on first use
        self.issuing_sentences: dict[int, tuple[int, ...]] = {}
        #: sentence -> the token of its subject *he*/*she* or -1 (:meth:`_pronoun_subject`)
        self.pronoun_subjects: dict[int, int] = {}

    def where(self, k: int) -> tuple[int, int]:
        """(sentence, paragraph) of mention *k* (computed on first use)."""
        got = self.places.get(k)
        if got is None:
            got = self.places[k] = self.table.locate(self.mentions[k].first)
        return got

    def subject(self, k: int) -> bool:
        """Is mention *k* the subject of its sentence? (computed on first use)"""
        got = self.subjects.get(k)
        if got is None:
            table = self.table
            got = self.subjects[k] = is_subject(
                self.tokens, self.mentions[k], table.sentences[self.where(k)[0]]
            )
        return got

    # ------------------------------------------------------------ speakers

    def speaker_of(self, e: int) -> Speaker:
        sp = self.speakers.get(e)
        if sp is None:
            ent = self.ents[e]
            kind = ent.kind if ent.kind in ("person", "organization") else "other"
            if ent.body_evidence:
                kind = "organization"  # 'the Fenland Drainage Trust', 'Carrow Rail said on its website'
            sp = self.speakers[e] = Speaker(
                ent.name, printed_title(ent.titles), kind, id=f"s{self.next_id}", titles=ent.titles
            )
            self.next_id += 1
        return sp

    def holders_of(self, noun: str) -> list[int]:
        """The entities, in order, with a title that holds the role *noun* (:func:`_holds`)."""
        if self.holders is None:
            # (only the table's entities: an entity made later for a source phrase has no title)
            self.holders = {}
            for e, ent in enumerate(self.table.entities):
                for t in ent.titles:
                    for title_noun in _title_nouns(t):
                        listed = self.holders.setdefault(title_noun, [])
                        if not listed or listed[-1] != e:
                            listed.append(e)
        return self.holders.get(noun, [])

    def phrase_entity(self, name: str, kind: str) -> int:
        """The entity of an unnamed source phrase ('officials'), made on first use."""
        key = name.lower()
        e = self.phrases.get(key)
        if e is None:
            self.ents.append(Entity(name=name, words=tuple(name.split()), titles=(), kind=kind))
            e = self.phrases[key] = len(self.ents) - 1
        return e

    def as_body(self, e: int, *, spoken: bool = False) -> None:
        """Entity *e* was referred to as a body ('it', 'the airline'): it is an organisation.
        Once it has spoken, only the source *it* (*spoken*) makes it one, in all its quotes
        (the records are made after every source is resolved): *'"C," Twitter said. It added
        ...'*; a nominal such as *the agency* may be a new body, not the person who spoke."""
        if self.ents[e].kind != "organization" and (spoken or e not in self.last_spoke):
            self.ents[e] = attrs.evolve(self.ents[e], kind="organization")

    def record(self, e: int, at: int) -> None:
        self.spoke.append((e, at))
        self.last_spoke[e] = at
        if self.ents[e].initial_only:  # 'Whitby said ...': a word that speaks is a name
            self.ents[e] = attrs.evolve(self.ents[e], initial_only=False)

    # ------------------------------------------------------------ salience

    def weight(self, k: int, e: int) -> float:
        """Mention *k*'s own weight: subject, introduced with a title, after a preposition, a possessor."""
        w = self.weights.get(k)
        if w is None:
            words = self.tokens.words
            m = self.mentions[k]
            w = _BASE
            if self.subject(k):
                w += _SUBJECT
            if m.title is not None and self._introduced_at(e) == k:
                w += _INTRODUCED
            if m.first - 1 >= 0 and m.title is None and words[m.first - 1].lower() in _PREPOSITIONS:
                w -= 30.0
            if m.last + 1 < len(words) and words[m.last + 1] in ("'s", "’s"):
                w -= 50.0
            self.weights[k] = w
        return w

    def _introduced_at(self, e: int) -> int:
        """The mention that introduces entity *e*: its first, or its first with a title when
        only the opening paragraph names it before (a headline names people before the story
        introduces them: 'Lynch Closes Door on Probe' ... 'Attorney General Loretta Lynch')."""
        got = self.introduced.get(e)
        if got is None:
            ms = self.ents[e].mentions
            k = next((k for k in ms if self.mentions[k].title is not None), ms[0])
            before = ms[: bisect.bisect_left(ms, k)]  # (an entity's mentions are in text order)
            got = self.introduced[e] = k if all(self.where(j)[1] == 0 for j in before) else ms[0]
        return got

    def salience(
        self, at: int, lo: int, skip: frozenset[int], accept: Callable[[Entity], bool]
    ) -> dict[int, float]:
        """Entity -> salience at token *at* over the mentions before mention index *lo*
        and the earlier speakers, for the entities *accept* admits."""
        table = self.table
        s_at, p_at = table.locate(at)
        scores: dict[int, float] = {}
        verdict: dict[int, bool] = {}
        of_mention = table.of_mention
        places, weights, ents = self.places, self.weights, self.ents  # (the caches, read inline)
        for k in range(lo - 1, max(-1, lo - 1 - _WINDOW_MENTIONS), -1):
            place = places.get(k)
            s_k, p_k = place if place is not None else self.where(k)
            d_p = p_at - p_k
            if d_p > _WINDOW_PARAGRAPHS:
                break
            if k in skip:
                continue
            e = of_mention[k]
            ok = verdict.get(e)
            if ok is None:
                ok = verdict[e] = accept(ents[e])
            if not ok:
                continue
            d_s = s_at - s_k
            if d_s > _MAX_SENTENCES:
                break  # further back weighs less than 2% of a mention in this sentence
            w = weights.get(k)
            if w is None:
                w = self.weight(k, e)
            score = w * _DECAY_TABLE[d_p][d_s if d_s > 0 else 0]  # (_decay, inline: d_s <= 12 here)
            if score > scores.get(e, 0.0):
                scores[e] = score
        bonus: dict[int, float] = {}
        for e, pos in reversed(self.spoke[-8:]):
            if not accept(self.ents[e]):
                continue
            s_k, p_k = table.locate(pos)
            d_p = p_at - p_k
            if d_p > _WINDOW_PARAGRAPHS:
                continue
            b = _SPOKE * _decay(max(0, s_at - s_k), d_p)
            bonus[e] = max(bonus.get(e, 0.0), b)
        for e, b in bonus.items():
            scores[e] = scores.get(e, 0.0) + b
        return scores

    def pronoun(
        self,
        pronoun: str,
        at: int,
        lo: int,
        skip: frozenset[int],
        parts: Sequence[tuple[int, int]] = (),
        *,
        learn: bool = True,
    ) -> tuple[int, str]:
        """(entity, resolution) for a pronoun source at token *at*, or (-1, ""). An unnamed
        nominal subject that agrees (:meth:`nominal_antecedent`) competes with the named
        entities; *parts* are the quotation's, whose words are never the antecedent. With
        *learn* (a speaker's own pronoun), the antecedent takes the pronoun's gender, or
        becomes a body; a possessor's pronoun ('her lawyer') teaches nothing."""
        gender, number = PRONOUNS[pronoun]
        if number in ("thing", "plural"):
            if pronoun == "it":
                scores = self.salience(at, lo, skip, lambda ent: ent.kind == "organization")
            elif pronoun == "they":  # a body or an unnamed group ('officials', 'two people familiar ...')
                scores = self.salience(at, lo, skip, _body_or_group)
            else:  # 'we': the body that spoke last, in this paragraph or the one before
                return self.last_body(at)
            nominal = self.nominal_antecedent(at, parts, (pronoun,), max(scores.values(), default=0.0))
            if nominal is not None:
                return nominal
            as_body = False
            if not scores and pronoun == "it":
                # 'Norland Air cut 40 flights. "Sorry," it said.': a name with no sign of a person
                scores = self.salience(at, lo, skip, _body_like)
                as_body = True
            if not scores:
                return -1, ""
            e = _best(scores)
            if as_body and learn:
                self.as_body(e, spoken=True)
            return e, self.distance_path(e, at, lo)
        if number != "singular" or pronoun in ("i", "you"):
            return -1, ""

        scores = self.person_scores(gender, at, lo, skip)
        self.pronoun_subject_before(pronoun, at, scores)
        nominal = self.nominal_antecedent(at, parts, (pronoun,), max(scores.values(), default=0.0))
        if nominal is not None:
            return nominal
        if not scores:
            return -1, ""
        e = _best(scores)
        if gender and learn:
            self.ents[e] = with_gender(self.ents[e], gender, "pronoun")
        return e, self.distance_path(e, at, lo)

    def person_scores(self, gender: str | None, at: int, lo: int, skip: frozenset[int]) -> dict[int, float]:
        """Person entity -> salience at token *at* for a *gender* ("m"/"f") pronoun: a name
        with no sign of a person counts less, one that agrees in gender more."""

        def fits(ent: Entity) -> bool:
            return (
                ent.kind == "person"
                and (ent.gender is None or ent.gender == gender)
                and not (ent.initial_only and not ent.titles)
                and not ent.unlikely_person
                and not ent.body_evidence
            )

        scores = self.salience(at, lo, skip, fits)
        for e in scores:
            # 'In New Mexico, ...': a capitalised name with no sign of a person counts less,
            # unless its first name is registered for the pronoun's gender ('Niamh Roe')
            ent = self.ents[e]
            if not ent.person_evidence and e not in self.last_spoke and ent.gender != gender:
                scores[e] *= _NO_PERSON_EVIDENCE
        for e in scores:
            ent = self.ents[e]
            if ent.gender == gender and ent.evidence:
                scores[e] += _AGREES[ent.evidence]
        return scores

    def pronoun_subject_before(self, pronoun: str, at: int, scores: dict[int, float]) -> None:
        """Lappin & Leass count a pronoun as a mention of its antecedent: when one of the two
        sentences before token *at* opens with *pronoun* as its subject and no source there
        was resolved (*'Ana Roe runs the shop. On Monday she went to see Ida Lund, the
        factor. "C," she said.'*), the person it refers to there gains a subject's weight
        at that distance in *scores* (changed in place)."""
        table = self.table
        s_at, p_at = table.locate(at)
        spoke_at = {table.locate(pos)[0] for _, pos in self.spoke[-4:]}
        for s in range(s_at - 1, max(-1, s_at - 3), -1):
            if s in spoke_at:
                return  # (the speaker there already counts: :meth:`salience`'s bonus)
            t = self._pronoun_subject(s)
            if t < 0 or self.tokens.words[t].lower() != pronoun:
                continue
            sent = table.sentences[s]
            d_p = p_at - sent.paragraph
            if d_p > _WINDOW_PARAGRAPHS:
                return
            lo_t = bisect.bisect_left(self.mention_starts, t)
            gender = PRONOUNS[pronoun][0]
            before = self.person_scores(gender, t, lo_t, frozenset())
            if before:
                e = _best(before)
                if e in scores:
                    ent = self.ents[e]
                    agrees = _AGREES[ent.evidence] if ent.gender == gender and ent.evidence else 0.0
                    scores[e] = max(scores[e], (_BASE + _SUBJECT) * _decay(s_at - s, d_p) + agrees)
            return

    def _pronoun_subject(self, s: int) -> int:
        """The token of the *he* or *she* that is sentence *s*'s subject ('She said ...',
        'On Monday she went ...', 'Later, he ...'), or -1 (computed on first use)."""
        got = self.pronoun_subjects.get(s)
        if got is None:
            words, sent = self.tokens.words, self.table.sentences[s]
            i = sent.first
            if time_phrase(words, i, sent.last):
                i = words.index(",", i, sent.last + 1) + 1
            else:
                i = after_time_phrase(words, i, sent.last)
            ok = i < sent.last and words[i].lower() in ("he", "she") and words[i + 1].islower()
            got = self.pronoun_subjects[s] = i if ok else -1
        return got

    def distance_path(self, e: int, at: int, lo: int) -> str:
        """pronoun_sentence / _paragraph / _far: where the entity was last mentioned or spoke."""
        s_at, p_at = self.table.locate(at)
        nearest_s, nearest_p = -1, -1
        mentions = self.ents[e].mentions
        k = bisect.bisect_left(mentions, lo) - 1
        if k >= 0:
            nearest_s, nearest_p = self.where(mentions[k])
        pos = self.last_spoke.get(e, -1)
        if 0 <= pos < at:
            s_k, p_k = self.table.locate(pos)
            if s_k > nearest_s:
                nearest_s, nearest_p = s_k, p_k
        if nearest_s == s_at:
            return "pronoun_sentence"
        if nearest_p == p_at:
            return "pronoun_paragraph"
        return "pronoun_far"

    def issuer(self, at: int, lo: int) -> int:
        """The most salient person or body before token *at* that a text was issued by (the
        author of 'the statement': :meth:`linked_issuers`), or -1. Someone merely named
        before ('Ivo Berg came home late. The letter said ...') did not write it."""
        linked = self.linked_issuers(at, lo)
        s_at = self.table.locate(at)[0]

        def can_issue(ent: Entity) -> bool:
            return ent.kind == "organization" or (ent.person_evidence and not ent.unlikely_person)

        scores = {e: v for e, v in self.salience(at, lo, frozenset(), can_issue).items() if e in linked}
        # 'The ministry issued a note. The statement read: ...': an unnamed body or person
        nominal = self.nominal_antecedent(
            at,
            (),
            ("it", "they", "he", "she", "person"),
            max(scores.values(), default=0.0),
            linked=lambda s: s < s_at and bool(self.issuing(s)),
        )
        if nominal is not None:
            return nominal[0]
        if not scores:  # 'Kestrel Ferries issued a statement': a name with no sign of a person
            scores = {e: v for e, v in self.salience(at, lo, frozenset(), _body_like).items() if e in linked}
        if scores:
            return _best(scores)
        # 'The mayor said in a statement ... The statement added': the latest speaker, if linked
        return next((e for e, _ in reversed(self.spoke) if e in linked), -1)

    def issuing(self, s: int) -> tuple[int, ...]:
        """The tokens of sentence *s* that tell of a text being issued: a verb of writing or
        sending one ('wrote', 'emailed', 'issued'), a document noun after *in* after a
        reporting verb or first in the sentence ('said in a statement', 'In a letter, ...'),
        or one introduced as the object of a verb ('put up a notice'); not one received ('got
        a letter', :data:`RECEIVING_VERBS`) or merely named ('language in a document'). (cached)"""
        got = self.issuing_sentences.get(s)
        if got is None:
            sent = self.table.sentences[s]
            words = self.tokens.words[sent.first : sent.last + 1]
            lows = [w.lower() for w in words]
            verbs = self.lexicon.verb_forms

            def reported_in(k: int) -> bool:  # 'said in a (written) statement', 'In a letter, ...'
                return any(
                    lows[j] == "in" and (j == 0 or any(w in verbs for w in lows[max(0, j - 4) : j]))
                    for j in range(max(0, k - 3), k)
                )

            def put_out(k: int) -> bool:  # 'put up a notice', 'pinned a short notice to the door'
                j = next((j for j in range(k - 1, max(-1, k - 4), -1) if lows[j] in ("a", "an")), -1)
                verb = lows[j - 1] if j >= 1 else ""
                return verb.isalpha() and verb not in RECEIVING_VERBS and verb not in _PREPOSITIONS

            got = self.issuing_sentences[s] = tuple(
                sent.first + k
                for k, low in enumerate(lows)
                if words[k].islower()  # ('the Huffington Post' is a name)
                and (low in AUTHORING_VERBS or (_document_word(low) and (reported_in(k) or put_out(k))))
            )
        return got

    def subject_before(self, e: int, at: int) -> bool:
        """Is entity *e* the subject of the sentence before the one at token *at*, in the same
        paragraph: a mention of it, or the unnamed subject it was made from ('The nurses union
        rejected the offer.')?"""
        table = self.table
        s_at, p_at = table.locate(at)
        s = s_at - 1
        if s < 0 or table.sentences[s].paragraph != p_at:
            return False
        sent = table.sentences[s]
        lo = bisect.bisect_left(self.mention_starts, sent.first)
        hi = bisect.bisect_right(self.mention_starts, sent.last)
        if any(table.of_mention[k] == e and self.subject(k) for k in range(lo, hi)):
            return True
        got = self.nominal_subject(s)
        if got is None:
            return False
        first, head, _ = got
        text = self.tokens.text[self.tokens.starts[first] : self.tokens.ends[head]]
        return self.phrases.get(_strip_article(text).lower()) == e

    def _opens_sentence(self, k: int) -> bool:
        """Does mention *k* (with its title) open its sentence, after at most an article?"""
        m = self.mentions[k]
        first = m.title_first if 0 <= m.title_first < m.first else m.first
        start = self.table.sentences[self.where(k)[0]].first
        return first == start or (first == start + 1 and self.tokens.words[start].lower() == "the")

    def linked_issuers(self, at: int, lo: int) -> set[int]:
        """The entities a text read at token *at* may be issued by: the subject or possessor
        named outside a quotation in an earlier sentence that tells of a text being issued
        (:meth:`issuing`), at most _NOMINAL_SENTENCES back and in this paragraph or the one
        before, or a speaker whose source stands by such a word ('"C," Marr said in a
        statement.')."""
        table, words = self.table, self.tokens.words
        s_at, p_at = table.locate(at)
        linked: set[int] = set()
        for k in range(lo - 1, -1, -1):
            s_k, p_k = self.where(k)
            if s_at - s_k > _NOMINAL_SENTENCES or p_at - p_k > 1:
                break
            if s_k == s_at:
                continue
            m = self.mentions[k]
            owns_text = (  # "Marr's letter", "the ministry's written statement"
                m.last + 1 < len(words)
                and words[m.last + 1] in _POSSESSIVE_MARKS
                and any(_document_word(w.lower()) for w in words[m.last + 2 : m.last + 5])
            )
            # the subject, or its possessor ("Clinton's campaign sent out an email")
            opens = self.subject(k) or (
                m.last + 1 < len(words) and words[m.last + 1] in _POSSESSIVE_MARKS and self._opens_sentence(k)
            )
            if not (owns_text or (opens and self.issuing(s_k))):
                continue
            if not any(w in self.lexicon.quote_tokens for w in words[table.sentences[s_k].first : m.first]):
                linked.add(table.of_mention[k])
        for e, pos in self.spoke[-8:]:  # ('"C," Marr said in a statement.': the source by the word)
            s_k, p_k = table.locate(pos)
            near = s_k < s_at and s_at - s_k <= _NOMINAL_SENTENCES and p_at - p_k <= 1
            if near and any(abs(w - pos) <= _ISSUING_REACH for w in self.issuing(s_k)):
                linked.add(e)
        return linked

    def nominal_subject(self, s: int) -> tuple[int, int, str] | None:
        """Sentence *s*'s unnamed nominal subject (:func:`_nominal_subject`), cached."""
        if s in self.nominal_subjects:
            return self.nominal_subjects[s]
        got = self.nominal_subjects[s] = _nominal_subject(
            self.tokens.words, self.table.sentences[s], self.lexicon
        )
        return got

    def nominal_antecedent(
        self,
        at: int,
        parts: Sequence[tuple[int, int]],
        agrees: Sequence[str],
        to_beat: float,
        linked: Callable[[int], bool] | None = None,
    ) -> tuple[int, str] | None:
        """(entity, path) of the unnamed nominal subject ('The airline', 'A woman in Tromso',
        'Two nurses') of this or an earlier sentence, in this paragraph or the one before,
        that ends before token *at*, agrees (its agreement class is in *agrees*: "it", "they",
        "he", "she", or "person" for a person of unknown gender) and is more salient than
        *to_beat*, the best named candidate's score (and, with *linked*, in a sentence it
        accepts); else None. Its salience is a subject's,
        decayed like a mention's, plus the agreement bonus for a gendered noun. The nominal
        is the named entity it refers back to when :meth:`nominal` finds one ('the
        company' after 'Norland Robotics'), else an entity of its own ('airline')."""
        table = self.table
        if not table.sentences:
            return None
        s_at, p_at = table.locate(at)
        starts = self.tokens.starts
        best: tuple[float, int, int, str, int] | None = None
        bonus = _AGREES["text"] if any(a in ("he", "she") for a in agrees) else 0.0
        for s in range(s_at, max(-1, s_at - _NOMINAL_SENTENCES), -1):
            d_p = p_at - table.sentences[s].paragraph
            if d_p > 1 or (_BASE + _SUBJECT) * _decay(s_at - s, d_p) + bonus <= max(
                to_beat, best[0] if best else 0.0
            ):
                break  # (further back cannot beat what is found: the decay only grows)
            got = self.nominal_subject(s) if linked is None or linked(s) else None
            if got is None:
                continue
            first, head, agree = got
            if head >= at or agree not in agrees:
                continue
            if any(ps <= starts[first] < pe for ps, pe in parts):
                continue
            score = (_BASE + _SUBJECT) * _decay(s_at - s, d_p)
            if agree in ("he", "she"):
                score += _AGREES["text"]
            if score > to_beat and (best is None or score > best[0]):
                best = (score, first, head, agree, s)
        if best is None:
            return None
        _, first, head, agree, s = best
        words = self.tokens.words
        lo = bisect.bisect_left(self.mention_starts, first)
        e = self.nominal([w.lower() for w in words[first : head + 1]], first, lo, self.lexicon)
        if e < 0 and agree in ("he", "she", "person") and words[first].lower() in ("the", "this", "that"):
            return None  # 'The billionaire businessman said': an epithet of a named person, not a new one
        if e < 0:
            end = _place_phrase_end(words, head, table.sentences[s].last)
            text = self.tokens.text[starts[first] : self.tokens.ends[end]]
            body = agree == "it" or _nominal_class(words[head].lower(), self.lexicon)[0] == "body"
            e = self.phrase_entity(_strip_article(text), "organization" if body else "other")
        if s == s_at:
            return e, "pronoun_sentence"
        return e, "pronoun_paragraph" if table.sentences[s].paragraph == p_at else "pronoun_far"

    def last_body(self, at: int) -> tuple[int, str]:
        """(entity, path) of the latest speaker when it is not a person and spoke in this
        paragraph or the one before ('we' in a source), else (-1, "")."""
        if not self.spoke:
            return -1, ""
        e, pos = self.spoke[-1]
        _, p_at = self.table.locate(at)
        if self.ents[e].kind != "person" and p_at - self.table.locate(pos)[1] <= 1:
            return e, "pronoun_paragraph"
        return -1, ""

    def relative(self, at: int, lo: int) -> tuple[int, str]:
        """A relative pronoun as source (', which said'): the most salient entity named
        earlier in the same sentence, or (-1, "")."""
        s_at, _ = self.table.locate(at)
        best, best_score = -1, 0.0
        for k in range(lo - 1, max(-1, lo - 1 - _WINDOW_MENTIONS), -1):
            if self.where(k)[0] != s_at:
                break
            e = self.table.of_mention[k]
            ent = self.ents[e]
            if ent.unlikely_person or (ent.initial_only and not ent.titles):
                continue
            w = self.weight(k, e)
            if w > best_score:
                best, best_score = e, w
        return (best, "pronoun_sentence") if best >= 0 else (-1, "")

    def nominal(self, head_words: Sequence[str], at: int, lo: int, lexicon: Lexicon) -> int:
        """'the senator', 'the 47-year-old', 'the company', 'the woman' -> an entity, or -1."""
        if not head_words or head_words[0] not in ("the", "this", "that") or len(head_words) > 5:
            return -1
        # (the noun before 'of' heads 'the secretary of state', 'the mayor of leith')
        head = head_words[head_words.index("of") - 1] if "of" in head_words[2:] else head_words[-1]
        age = _AGE.search(" ".join(head_words[1:]))
        if age:
            years = age.group(1)
            aged = self.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.age == years)
            if aged:
                return _best(aged)
            near = self.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.age is None)
            return _best(near) if near else -1
        if head in _GENDER_NOUNS and len(head_words) == 2:
            g = _GENDER_NOUNS[head]
            near = self.salience(at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.gender == g)
            return _best(near) if near else -1
        if head in lexicon.role_words or head in lexicon.role_nouns:
            holders = self.holders_of(head)
            if holders:
                scores = self.salience(
                    at, lo, frozenset(), lambda ent: any(_holds(t, head) for t in ent.titles)
                )
                return _best(scores) if scores else holders[-1]
            return -1
        if head in lexicon.organization_nouns or head in _GENERIC_BODIES:
            named = self.salience(at, lo, frozenset(), lambda ent: head in ent.name.lower().split())
            if named:
                return _best(named)
            if head in _GENERIC_BODIES:
                bodies = self.salience(at, lo, frozenset(), lambda ent: ent.kind == "organization")
                if not bodies:
                    bodies = self.salience(at, lo, frozenset(), _body_like)
                if not bodies:
                    return -1
                e = _best(bodies)
                self.as_body(e)
                return e
        if len(head_words) == 2 and head.isalpha():
            e = self.named_by_head(head, at, lo)
            if e >= 0:
                self.as_body(e)  # ('the partnership': referred to as a body, it is one)
            return e
        return -1

    def named_by_head(self, head: str, at: int, lo: int) -> int:
        """'the partnership' after 'The South West Health Partnership', 'the institute' after
        'the Fjord Institute': the body whose name ends with the noun *head* or its plural ('the
        dairy' after 'Caldbeck Dairies'), the most salient one, else the latest named before
        mention index *lo* anywhere in the article; -1 when there is none. A name of one word is
        no match ('the trust' is not a 'Trust')."""
        many = plural(head)

        def ends_with_head(ent: Entity) -> bool:
            words = ent.words
            return len(words) >= 2 and words[-1].lower() in (head, many) and _body_like(ent)

        if self.by_last_word is None:  # last word of a name of two or more words -> its mentions
            self.by_last_word = {}
            for k, e in enumerate(self.table.of_mention):
                words = self.table.entities[e].words
                if len(words) >= 2:
                    self.by_last_word.setdefault(words[-1].lower(), []).append(k)
        found = self.by_last_word.get(head) or self.by_last_word.get(many)
        if not found or found[0] >= lo:
            return -1  # (no such name before: no salience to compute)
        named = self.salience(at, lo, frozenset(), ends_with_head)
        if named:
            return _best(named)
        j = bisect.bisect_left(found, lo) - 1
        for k in range(j, max(-1, j - 8), -1):  # (the latest few: a bounded look-back)
            e = self.table.of_mention[found[k]]
            if ends_with_head(self.ents[e]):
                return e
        return -1


_AGE = regex.compile(r"^(\d{1,3}) ?-? ?year ?-? ?old$")

#: How many sentences back (this one included) an unnamed nominal subject can be a pronoun's antecedent.
_NOMINAL_SENTENCES = 4
#: How near (in tokens) a speaker's source stands to the word that tells of the text it issued.
_ISSUING_REACH = 6
#: Words that open an unnamed noun phrase a pronoun can refer back to ('The airline', 'A
#: woman', 'Two nurses'); a plural may also stand bare ('Residents were divided.').
_NOMINAL_OPENERS = frozenset("the a an this these those several some many".split()) | NUMBER_WORDS
#: Words that end the walk over a nominal's modifiers: the verb group after its head.
_NOT_MODIFIERS = STOP_WORDS | AUXILIARIES | MODALS | COPULA | IRREGULAR_PAST | SIMPLE_PAST
#: Words of a verb group that may follow a subject's head ('Residents were divided').
_VERB_GROUP_WORDS = AUXILIARIES | MODALS | COPULA | IRREGULAR_PAST | SIMPLE_PAST
#: Plural heads without a plural -s.
_PLURAL_HEADS = frozenset("people men women children police staff crew spokesmen spokeswomen".split())


def _nominal_class(low: str, lexicon: Lexicon) -> tuple[str, str]:
    """(class, agreement) of the head noun *low*: ("body", "it"/"they") for an organisation
    noun ('ministry', 'airline'), ("person", "he"/"she"/"person"/"they") for a role, group or
    gendered noun ('spokeswoman', 'woman', 'officials', 'driver'), else ("", "")."""
    plural = low in _PLURAL_HEADS or (low.endswith("s") and not low.endswith("ss"))
    singular = low[:-1] if plural and low.endswith("s") else low
    if (
        low in lexicon.organization_nouns
        or singular in lexicon.organization_nouns
        or singular in _GENERIC_BODIES
    ):
        return ("body", "they" if plural or low == "police" else "it")
    if low in PRONOUNS:
        return ("", "")
    if low in FEMALE_WORDS or _GENDER_NOUNS.get(low) == "f":
        return ("person", "she")
    if low in MALE_WORDS or _GENDER_NOUNS.get(low) == "m":
        return ("person", "he")
    if (
        low in lexicon.role_words
        or low in _PLURAL_HEADS
        or (low in lexicon.group_source_nouns and low not in _AUTHORED and singular not in _AUTHORED)
    ):
        return ("person", "they" if plural else "person")
    return ("", "")


def _place_phrase_end(words: Sequence[str], head: int, last: int) -> int:
    """The last token of the noun phrase whose head is token *head*, with a prepositional
    phrase that names a place or body after it ('A woman in Tromso', 'officials at the
    Ministry of Trade'): the run of capitalised words (and *of*, *and* inside it) after the
    preposition and an optional *the*; *head* when there is none."""
    k = head + 1
    if k > last or words[k].lower() not in _PREPOSITIONS:
        return head
    k += 1
    if k <= last and words[k].lower() == "the":
        k += 1
    end = head
    while k <= last and k - head <= 8:
        w = words[k]
        if w[:1].isupper() and w.replace("-", "").isalpha():
            end = k
        elif w.lower() not in ("of", "and") or end < head + 1:
            break
        k += 1
    return end


def _nominal_subject(words: Sequence[str], sent: Sentence, lexicon: Lexicon) -> tuple[int, int, str] | None:
    """(first, head, agreement) of *sent*'s subject when it is an unnamed noun phrase whose
    head names a body or a person (:func:`_nominal_class`): a determiner or number, up to
    four lower-case modifiers and the head, then a comma, a preposition or a verb ('The
    airline said', 'A woman in Tromso told', 'Two nurses waited'); a plural may stand bare
    ('Residents were divided'). A linking word and an opening adverbial before it are
    skipped ('But on Monday, the union said'). None for a name, a pronoun or anything else."""
    i, last = sent.first, sent.last
    while i <= last and (words[i].lower() in SENTENCE_LINKS or words[i] == ","):
        i += 1
    if i > last:
        return None
    low = words[i].lower()
    if (
        low in INTRO_WORDS
        or low in TIME_WORDS
        or low in FRONTING_PREPOSITIONS
        or (low.endswith("ly") and len(low) > 4)
    ):
        k = i
        while k <= last and k - i < 12 and words[k] != ",":
            k += 1
        if k >= last or words[k] != ",":
            return None
        i = k + 1
        low = words[i].lower()
    j = i + 1 if low in _NOMINAL_OPENERS else i
    k = j
    verbs = lexicon.verb_forms
    while k <= last and k - j < 5:
        w = words[k]
        lw = w.lower()
        if (
            not (w.replace("-", "").isalpha() and (w.islower() or k == i))
            or lw in _NOT_MODIFIERS
            or lw in verbs
            or lw in PRONOUNS
        ):
            break
        k += 1
    # the head: the last noun of the run that a verb, a preposition or a comma follows
    # ('The airline cancelled 40 flights': the run is 'airline cancelled', the head 'airline')
    for head in range(min(k, last) - 1, j - 1, -1):
        cls, agree = _nominal_class(words[head].lower(), lexicon)
        if not cls:
            continue
        if j == i and agree != "they":
            return None  # (only a plural stands bare: 'Residents said', not 'Driver said')
        nxt = words[head + 1]
        lw = nxt.lower()
        if (
            nxt == ","
            or lw in _PREPOSITIONS
            or lw in _VERB_GROUP_WORDS
            or lw in verbs
            or (
                nxt.isalpha()
                and nxt.islower()
                and lw.endswith(("ed", "s"))
                and not _nominal_class(lw, lexicon)[0]
            )
        ):
            return (i, head, agree)
        return None
    return None


_DECAY_TABLE = [
    [_SENTENCE_DECAY**ds * _PARAGRAPH_DECAY**dp for ds in range(64)] for dp in range(_WINDOW_PARAGRAPHS + 1)
]


def _decay(d_s: int, d_p: int) -> float:
    """The salience factor for a mention *d_s* sentences and *d_p* paragraphs back."""
    row = _DECAY_TABLE[d_p]
    return row[d_s] if d_s < 64 else 0.0


def _body_or_group(ent: Entity) -> bool:
    return ent.kind == "organization" or (ent.kind == "other" and not ent.mentions)


def _body_like(ent: Entity) -> bool:
    return may_be_body(ent.kind, ent.gender, ent.titles, ent.words, ent.evidence)


def _best(scores: dict[int, float]) -> int:
    """The highest-scoring entity; on a tie, the one created last (the nearest)."""
    return max(scores, key=lambda e: (scores[e], e))


def _title_nouns(title: str) -> set[str]:
    """The words of *title*, abbreviations spelled out: 'Oregon Sen.' -> {'oregon', 'sen', 'senator'}."""
    out: set[str] = set()
    for raw in title.lower().replace(",", " ").split():
        w = raw.rstrip(".")
        out.add(w)
        if w in _TITLE_ABBREVIATIONS:
            out.add(_TITLE_ABBREVIATIONS[w])
    return out


def _holds(title: str, noun: str) -> bool:
    """Does *title* name the role *noun*? 'Oregon Sen.' holds 'senator'."""
    return noun in _title_nouns(title)


def printed_title(titles: Sequence[str]) -> str | None:
    """The title a fact-checker would print: the first written, or a later one that
    extends it ('officer' -> 'chief financial officer of Norland Robotics')."""
    if not titles:
        return None
    best = titles[0]
    for t in titles[1:]:
        low, have = t.lower(), best.lower()
        if len(low) > len(have) and (
            low.endswith(" " + have) or low.startswith(have + " ") or f" {have} " in low
        ):
            best = t
    return best


@frozen
class Resolved:
    """One attribution with its speaker resolved: what a :class:`~quotex.records.Quote` is
    made of. The source and cue are already the records' :class:`~quotex.records.Span` s
    (character offsets: no token table is needed any more)."""

    parts: tuple[tuple[int, int], ...]
    speaker: Speaker | None
    resolution: str | None
    source: Span | None
    cue: Span | None
    rule: str
    kind: QuoteKind


def build_records(
    tokens: Tokens,
    attributions: Sequence[Attribution],
    mentions: Sequence[Mention] = (),
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
    sentences: Sequence[Sentence] = (),
) -> list[Quote]:
    """Resolve each attribution's speaker and build the public records.

    *sentences* (stage 3) give the resolver sentence distances; without them a
    paragraph counts as one sentence. The composition of :func:`resolve_speakers`
    and :func:`quote_records`.
    """
    resolved = resolve_speakers(tokens, attributions, mentions, lexicon=lexicon, sentences=sentences)
    return quote_records(tokens.text, resolved)


def resolve_speakers(
    tokens: Tokens,
    attributions: Sequence[Attribution],
    mentions: Sequence[Mention] = (),
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
    sentences: Sequence[Sentence] = (),
) -> list[Resolved]:
    """Each attribution's speaker, in text order, without those that overlap an earlier one.

    The first half of :func:`build_records`: its output needs neither the token table
    nor the attributions, mentions and sentences, so a caller can let them go before
    the records are made.
    """
    res = _Resolver(tokens, mentions, build_entities(tokens, mentions, sentences), lexicon)
    # per attribution, as parallel lists (a tuple each would cost more than what it holds):
    # the speaker's entity (-1 when none), how it was resolved, the source tokens
    entities: list[int] = []
    paths: list[str | None] = []
    sources: list[tuple[int, int] | None] = []
    for att in attributions:
        e = -1
        path: str | None = None
        source = att.source
        if att.antecedent >= 0 and att.antecedent < len(entities):
            e = entities[att.antecedent]
            path = "carryover" if e >= 0 else None
        elif source is not None and (k := _relative_antecedent(tokens.words, source, sources)) >= 0:
            e, path = entities[k], "pronoun_sentence"  # '"C," said a Democrat close to her, who asked'
        elif source is not None:
            source, e, path = _resolve_source(res, att, source, lexicon=lexicon)
        entities.append(e)
        paths.append(path if e >= 0 else None)
        sources.append(source)
    # the records are made once every source is resolved: an entity a later source showed to be
    # a body ('"C," it said', 'the company added') is one in every quote of it
    speakers = [res.speaker_of(e) if e >= 0 else None for e in entities]
    del res, entities, mentions  # (the entity table: the rows below need none of it)
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    shared: dict[str, str] = {}  # each cue and source text once ('said', 'he')
    rows: list[Resolved] = []
    for i in _without_overlaps([att.parts for att in attributions]):
        att = attributions[i]
        source = sources[i]
        rows.append(
            Resolved(
                att.parts,
                speakers[i],
                paths[i],
                None if source is None else _shared_span(text, starts[source[0]], ends[source[1]], shared),
                None if att.cue is None else _shared_span(text, *att.cue, shared),
                att.rule,
                att.kind,
            )
        )
    return rows


def quote_records(text: str, resolved: Sequence[Resolved]) -> list[Quote]:
    """The public records of *resolved* (from :func:`resolve_speakers`) in *text*.

    A one-part quote's part shares the quote's text (one string, not two).
    """
    return [_record(text, row) for row in resolved]


def _relative_antecedent(
    words: Sequence[str], source: tuple[int, int], sources: Sequence[tuple[int, int] | None]
) -> int:
    """The index of the attribution whose source is the antecedent of relative pronoun
    *source* (', who asked ...'): the previous source, when it ends just before the comma
    that sets the relative off; else -1."""
    a, b = source
    if a != b or a < 2 or words[a].lower() not in ("who", "which") or words[a - 1] != ",":
        return -1
    k = len(sources) - 1
    prev = sources[k] if k >= 0 else None
    return k if prev is not None and prev[1] == a - 2 else -1


def _resolve_source(
    res: _Resolver,
    att: Attribution,
    source: tuple[int, int],
    *,
    lexicon: Lexicon,
) -> tuple[tuple[int, int], int, str | None]:
    """(source tokens, entity, path) for *att*'s source tokens *source*: a name in
    it, a pronoun, a relative pronoun, else the phrase (:func:`_resolve_phrase`); without a
    name at their head, all read before a verb in the tokens (:func:`_clause_verb`; no
    speaker when no phrase stands before it). Records the entity as having spoken."""
    tokens, mentions, table = res.tokens, res.mentions, res.table
    words = tokens.words
    source = _widen(tokens, source, mentions, res.mention_starts, table, cue=att.cue)
    a, b = speaking_part(words, *source, att.cue is not None and att.cue[0] >= tokens.ends[source[1]])
    source = (a, source[1]) if words[source[0] : a].count(",") else source  # 'in Leith, a nurse said'
    lo, inside, head_mention = _name_in(res, a, b, lexicon)
    verb = _clause_verb(words, a, b) if head_mention < 0 else -1
    if verb >= 0:
        # 'Local party leaders have picked slates of', 'Zucker didn't': a clause, whose
        # subject is the phrase before its verb; none when that is no phrase ('the are-you-...')
        if all(w.lower() in STOP_WORDS for w in words[a:verb]):
            return source, -1, None
        b = verb - 1
        lo, inside, head_mention = _name_in(res, a, b, lexicon)
    head = words[b].lower() if a == b else ""
    if head in _OBJECT_FORMS:
        if a == 0 or words[a - 1].lower() not in ("to", "by"):
            return source, -1, None  # 'C, told him about ...': the addressee never speaks
        head = _OBJECT_FORMS[head]
    head = _POSSESSIVE_PRONOUNS.get(head, head)
    path: str | None
    if att.rule == "transcript" and a == b and words[a] in INTERVIEW_LABELS:
        if words[a] in QUESTION_LABELS and res.first_question < 0:
            res.first_question = a
        e, path = _interviewee(res, a, lo) if words[a] in ANSWER_LABELS else (-1, None)
    elif head_mention >= 0:
        k = inside[head_mention]
        e = table.of_mention[k]
        path = _name_path(words, a, mentions[k], lexicon)
        group = _coordinated(res, k, a, b)
        if group:
            e = res.phrase_entity(group, "other")  # 'Ivo Berg and Ina Varga said': 'Ivo Berg; Ina Varga'
    elif head in PRONOUNS:
        e, path = res.pronoun(head, a, lo, _mentions_within(res.mention_offsets, att.parts, lo), att.parts)
    elif head in ("that", "which", "who"):
        # a relative pronoun is never the speaker's name: what it stands for is
        e, path = res.relative(a, lo)
    else:
        e, path = _resolve_phrase(res, a, b, lo, lexicon=lexicon)
    if e >= 0:
        res.record(e, a)
    return source, e, path


#: Verb words that are never part of a noun phrase (finite verbs and auxiliaries).
_CLAUSE_VERBS = SIMPLE_PAST | AUXILIARIES | MODALS | COPULA - {"'s"}


def _clause_verb(words: Sequence[str], a: int, b: int) -> int:
    """The first token of source tokens *a..b* that is a finite verb or an auxiliary, which
    no noun phrase holds ('Local party leaders have picked slates of', 'the measures fell
    short of': the speaker is named before it, if at all); -1 when there is none."""
    for k in range(a, b + 1):
        if words[k] in _CLAUSE_VERBS:
            return k
    return -1


def _name_in(res: _Resolver, a: int, b: int, lexicon: Lexicon) -> tuple[int, list[int], int]:
    """(first mention index at or after *a*, the mentions inside tokens *a..b*, the index in
    that list of the one that heads the phrase or -1: :func:`_head_mention`)."""
    mentions, table = res.mentions, res.table
    lo = bisect.bisect_left(res.mention_starts, a)
    hi = bisect.bisect_right(res.mention_starts, b)
    inside = [k for k in range(lo, hi) if mentions[k].last <= b]
    kinds = [_speaking_kind(table.entities[table.of_mention[k]]) for k in inside]
    head_mention = _head_mention(
        res.tokens.words, a, b, [mentions[k] for k in inside], kinds, voices=lexicon.voice_nouns
    )
    return lo, inside, head_mention


#: The most words of a person's name in a coordinated source ('Juan Carlos de la Vega').
_MAX_NAME_WORDS = 5
#: The words that join the names of a coordinated source: 'Ivo Berg and Ina Varga', 'Berg, Varga and Moen'.
_NAME_JOINS = frozenset([",", "and"])


def _coordinated(res: _Resolver, k: int, a: int, b: int) -> str:
    """The group a coordinated source names, as 'NAME; NAME' (each person's canonical name, in
    text order, joined by a semicolon as answer keys write joint speakers), when mention *k*,
    the head of source tokens *a..b*, is joined by *and* (and, inside the source, commas) to
    other persons' names, each with its
    own title or none ('Senate leader Ana Berg and House Speaker Tim Moore'); else "". Before
    the source a comma joins only ahead of a list's *and* ('Okafor, Diallo and Holt said', whose
    source may be the last name; not 'After meeting Berg and Varga, Moen said'). Only names
    that may be persons' (no sign of a body or a place): 'Britain and France said' is left as
    it was. One of the names at least must show a person; the others may be any full names
    with no sign of a body ('Lena Okafor and Sipho Dlamini')."""
    mentions, words = res.mentions, res.tokens.words

    def between(left: int, right: int) -> list[str]:
        r = mentions[right]
        lo = r.title_first if 0 <= r.title_first < r.first else r.first
        return list(words[mentions[left].last + 1 : lo])

    def joined(left: int, right: int, listed: bool) -> bool:
        gap = between(left, right)
        if gap == ["and"]:
            return True
        # a comma joins inside the source, or before a list's 'and' ('Okafor, Diallo and Holt')
        commas = 0 < len(gap) <= 2 and all(w in _NAME_JOINS for w in gap)
        return commas and (listed or mentions[left].first >= a)

    first = last = k
    while first > 0 and k - first < 8 and joined(first - 1, first, first < k):
        first -= 1
    while last + 1 < len(mentions) and last - k < 8 and mentions[last + 1].last <= b:
        if not joined(last, last + 1, True):
            break
        last += 1
    if first == last or not any(between(j, j + 1)[-1] == "and" for j in range(first, last)):
        return ""  # ('Berg, Varga said': an apposition, not a list)
    names: list[str] = []
    ents = [res.ents[res.table.of_mention[j]] for j in range(first, last + 1)]
    if not any(_may_be_person(ent) for ent in ents):
        return ""
    for ent in ents:
        if (
            not (_may_be_person(ent) or _full_name(ent))
            or ent.name in names
            or len(ent.words) > _MAX_NAME_WORDS  # (a headline's capitalised run)
            or not all(_name_word(w, res.lexicon) for w in ent.words)
        ):
            return ""
        names.append(ent.name)
    return "; ".join(names)


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


def _full_name(ent: Entity) -> bool:
    """A name of two or more words with no sign of a body or of a word that is no name: in a
    list with a person's name, a person's too ('Lena Okafor and Sipho Dlamini')."""
    return (
        ent.kind == "person"
        and len(ent.words) >= 2
        and not ent.body_evidence
        and not ent.unlikely_person
        and not ent.initial_only
    )


def _may_be_person(ent: Entity) -> bool:
    """A name that may be a person's: a person's kind with a sign of a person or a gender from
    a first name, and no sign of a body."""
    return (
        ent.kind == "person"
        and not ent.body_evidence
        and not ent.unlikely_person
        and (ent.person_evidence or ent.gender is not None)
    )


def _interviewee_candidate(ent: Entity) -> bool:
    """A person who may answer an interview: a name with a sign of a person (a first name, an
    honorific, a role), not the one-letter 'Q' or 'A' of the labels, a nationality ('Afghan')
    or a capitalised word seen only first in a sentence (a question's 'Does', 'Could')."""
    return (
        ent.kind == "person"
        and ent.person_evidence
        and not ent.unlikely_person
        and not ent.initial_only
        and len(ent.name) > 1
    )


def _full_name_candidate(ent: Entity) -> bool:
    """A name of two or more words typed as a person's, with no sign of a body ('Ewan
    McTavish', whose first name no table lists): an interviewee when no name shows a person."""
    return ent.kind == "person" and len(ent.words) > 1 and not ent.body_evidence and not ent.unlikely_person


def _interviewee(res: _Resolver, at: int, lo: int) -> tuple[int, str | None]:
    """(entity, path) for an interview's answer label ``A:`` at token *at*: the most salient
    person before the first question (the one the introduction presents, as a sentence's
    subject when one is; a full name when no name shows a person), or (-1, None). Every later
    answer is that person's: the people named in the questions do not answer."""
    e = res.interviewee
    if e < 0:
        if 0 <= res.first_question < at:  # as the introduction ends: nobody named in a question
            at = res.first_question
            lo = bisect.bisect_left(res.mention_starts, at)
        # the introduction is about the interviewee: someone it names as a sentence's subject
        # beats someone it only mentions ('She touched on the race and Ivo Berg.')
        about = res.salience(
            at,
            lo,
            frozenset(),
            lambda ent: (_interviewee_candidate(ent) or _full_name_candidate(ent))
            and any(res.subject(k) for k in ent.mentions if k < lo),
        )
        scores = about or res.salience(at, lo, frozenset(), _interviewee_candidate)
        if not scores:
            scores = res.salience(at, lo, frozenset(), _full_name_candidate)
        if not scores:
            return -1, None
        e = res.interviewee = _best(scores)
    return e, res.distance_path(e, at, lo)


def _resolve_phrase(
    res: _Resolver, a: int, b: int, lo: int, *, lexicon: Lexicon
) -> tuple[int, str | None]:
    """(entity, path) for source tokens *a..b* that hold no name or pronoun: a
    document ('the statement'), a nominal ('the senator'), else the phrase as a description
    ('officials'); (-1, None) when the phrase is empty."""
    tokens = res.tokens
    words = tokens.words
    owned = _possessor(res, a, b, lo)
    if owned is not None:
        got = _owned_phrase(res, owned, b)
        if got[0] >= 0:
            return got
    head_words = _head_words(words, a, b)
    if _is_document(head_words):
        inner = _inner_author(res, a, b)
        if inner < 0:
            inner = _issuing_subject(res, a, b)  # 'the Security Council issued a statement'
        if inner < 0:
            inner = _named_author(res, a, b, lo)  # 'a Harbour Gazette analysis'
        if inner >= 0:
            return inner, "document"  # 'A letter from Kestrel Ferries to residents warned'
        # 'The statement read': its issuer, the most salient person or body (a recent
        # speaker scores high), else the latest speaker
        e = res.issuer(a, lo)
        if e >= 0:
            return e, "document"
    e = res.nominal(head_words, a, lo, lexicon)
    if e >= 0:
        return e, "nominal"
    e = _named_author(res, a, b, lo)
    if e >= 0:
        return e, "document"
    name = _strip_article(tokens.text[tokens.starts[a] : tokens.ends[b]].split(",")[0].strip())
    if not name:
        return -1, None
    owner_end = max((k for k in range(a, b + 1) if words[k] in _POSSESSIVE_MARKS), default=a - 1)
    kind = _phrase_kind(_head_words(words, owner_end + 1, b) if owner_end < b else head_words, lexicon)
    return res.phrase_entity(name, kind), "description"


def _inner_author(res: _Resolver, a: int, b: int) -> int:
    """The entity of the author a document names inside source tokens *a..b*: its noun, then
    *by*/*from*/*of* and a name ('A letter from Kestrel Ferries to residents', 'The notice
    from the Elmsford Water Board'); else -1. Reads the first document noun only."""
    words, mentions = res.tokens.words, res.mentions
    for k in range(a, b - 1):
        low = words[k].lower()
        if _is_authored(low):
            m = _author(words, k, mentions, res.mention_starts)
            return res.table.of_mention[m] if m >= 0 and mentions[m].last <= b else -1
    return -1


def _issuing_subject(res: _Resolver, a: int, b: int) -> int:
    """The entity of a name in source tokens *a..b* followed by a verb of issuing, when the
    source runs over its clause ('the Security Council issued a statement'); else -1."""
    k = bisect.bisect_left(res.mention_starts, a)
    words = res.tokens.words
    while k < len(res.mentions) and res.mentions[k].last < b:
        if words[res.mentions[k].last + 1].lower() in AUTHORING_VERBS:
            return res.table.of_mention[k]
        k += 1
    return -1


def _named_author(res: _Resolver, a: int, b: int, lo: int) -> int:
    """The entity of a name written just before one written work or poll in source tokens
    *a..b* ('an NBC report at the time', 'a Harbour Gazette poll': their author); else -1.
    Not for a plural ('Leith polls' are polls of Leith, by many), a month ('the April
    survey') or a capitalised word seen only first in a sentence ('Early analysis')."""
    words, mentions, table = res.tokens.words, res.mentions, res.table
    k = lo
    while k < len(mentions) and mentions[k].last < b:
        m = mentions[k]
        k += 1
        noun = words[m.last + 1].lower()
        if m.first < a or noun not in _AUTHORED or noun in _PEOPLE_TOO or words[m.last].lower() in TIME_WORDS:
            continue
        platform = m.first == m.last and words[m.last].lower() in MEDIUM_NOUNS  # 'a Facebook post': where
        if platform or (m.first > 0 and words[m.first - 1] == "-"):
            continue  # ('an anti-Trump message': what the work is against)
        after = words[m.last + 2] if m.last + 1 < b else ""
        if after in res.lexicon.role_words or after.rstrip("s") in res.lexicon.role_words:
            continue  # 'a longtime GOP data expert': the work is a modifier, not the head
        e = table.of_mention[k - 1]
        return -1 if table.entities[e].initial_only else e
    return -1


#: The possessive endings after a name: 'Marr's', 'Kestrel Ferries''.
_POSSESSIVE_MARKS = frozenset(["'s", "’s", "'", "’"])


def _possessor(res: _Resolver, a: int, b: int, lo: int) -> tuple[int, str, int] | None:
    """(entity, path, first token after it) when source tokens *a..b* open with a possessor
    that resolves: a possessive pronoun ('Her spokesman', 'Its chief executive', resolved
    as the pronoun would be) or a name with *'s* ('Kestrel Ferries' spokesman', 'Councillor
    Ines Marr's lawyer'); else None."""
    words = res.tokens.words
    low = words[a].lower()
    if low in _POSSESSIVE_PRONOUNS:
        if a == b:
            return None
        e, path = res.pronoun(_POSSESSIVE_PRONOUNS[low], a, lo, frozenset(), learn=False)
        return (e, path, a + 1) if e >= 0 else None
    mentions = res.mentions
    k = lo
    if k > 0 and mentions[k - 1].first < a <= mentions[k - 1].last:
        k -= 1  # a source cut inside the name: 'Industry's spokeswoman' of 'the Ministry of ... Industry's'
    if k >= len(mentions):
        return None
    m = mentions[k]
    start = m.title_first if 0 <= m.title_first < m.first else m.first
    if not (start < a <= m.last) and (start not in (a, a + 1) or (start == a + 1 and low != "the")):
        return None
    if m.last + 2 > b or words[m.last + 1] not in _POSSESSIVE_MARKS:
        return None
    return (res.table.of_mention[k], "name", m.last + 2)


def _owned_phrase(res: _Resolver, owned: tuple[int, str, int], b: int) -> tuple[int, str | None]:
    """(entity, path) for a source whose possessor resolved (:func:`_possessor`).

    A document is its owner's ('Her statement said' -> her); a body keeps its spokespeople's
    words ('Kestrel Ferries' spokesman said', 'Its
    spokeswoman said' -> the body, as 'a spokeswoman for Kestrel Ferries'); anything else is
    a description that names the owner ('Her spokesman' -> "Ines Marr's spokesman", 'Its
    leader' after 'The union' -> "union's leader"), never the owner: a person's spokesman or
    lawyer is not the person. After a name ("Clinton's
    campaign" names its owner as the text does), *its* or *their* (which may stand for a
    thing: 'Its author') the phrase stays as written: (-1, None), and after *his* or
    *her* too unless the owner's gender is written or given by a first name and agrees.
    """
    e, path, r = owned
    tokens = res.tokens
    rest_words = _head_words(tokens.words, r, b)
    head = rest_words[-1] if rest_words else ""
    ent = res.ents[e]
    owner_word = tokens.words[r - 1].lower()
    cut_long = owner_word not in ("its", "their") and any(_document_word(w) for w in rest_words[:3])
    if head in DOCUMENT_NOUNS or cut_long:
        return e, "document"  # ('Her statement said'; a source cut long: 'his speech carried little')
    if head in res.lexicon.voice_nouns and ent.kind == "organization":
        return e, path
    rest = tokens.text[tokens.starts[r] : tokens.ends[b]].split(",")[0].strip()
    office = (  # 'The union rejected it. Its leader said': a post in the body the sentence before is about
        owner_word == "its"
        and ent.kind == "organization"
        and head in res.lexicon.role_nouns
        and res.subject_before(e, r - 1)
    )
    if not rest or (owner_word not in ("his", "her") and not office) or head in _WORK_ROLES:
        return -1, None  # ('Its author': 'it' may be a report; "Clinton's campaign" names its owner)
    named = res.table.entities[e] if e < len(res.table.entities) else ent  # (as the text gave it)
    if not office and (
        named.evidence not in ("text", "first_name")
        or named.gender != PRONOUNS[_POSSESSIVE_PRONOUNS[owner_word]][0]
    ):
        return -1, None  # the owner's gender is known only from pronouns: not sure enough to print
    mark = "'" if ent.name.endswith("s") else "'s"
    kind = _phrase_kind(rest_words, res.lexicon)
    return res.phrase_entity(f"{ent.name}{mark} {rest}", kind), "description"


#: Role nouns for who made a work rather than holds a post ('Its author': 'it' may be the work).
_WORK_ROLES = frozenset("author authors writer writers creator creators designer designers".split())


def _head_words(words: Sequence[str], a: int, b: int) -> list[str]:
    """The lower-case words and numbers of source tokens *a..b*, without trailing function
    words: a source cut short, 'the former secretary of', has the head 'secretary'."""
    head_words = [w.lower() for w in words[a : b + 1] if w[:1].isalpha() or w[:1].isdigit()]
    while len(head_words) > 1 and head_words[-1] in _TRAILING:
        head_words.pop()
    return head_words


def _document_word(low: str) -> bool:
    """A document noun, singular or plural ('statement', 'emails')."""
    return low in DOCUMENT_NOUNS or (low.endswith("s") and low[:-1] in DOCUMENT_NOUNS)


def _is_document(head_words: Sequence[str]) -> bool:
    """Does the source name a document ('the statement') rather than a report or poll?"""
    return any(w in DOCUMENT_NOUNS for w in head_words) and not any(
        w in ("report", "reports", "poll", "survey", "study") for w in head_words
    )


def _phrase_kind(head_words: Sequence[str], lexicon: Lexicon) -> str:
    """'organization' for a phrase whose head names a body ('the foreign ministry', 'the
    Ministry of Trade and Industry'), else 'other'. The head ends before the first
    preposition: 'Critics of the ministry' is no body (the caller leaves out a possessor:
    'the bank's chief economist' is none either)."""
    organization_nouns = lexicon.organization_nouns
    end = next((k for k, w in enumerate(head_words) if k and w in _HEAD_ENDS), len(head_words))
    if any(w in _ORG_HINT or w in organization_nouns for w in head_words[:end]):
        return "organization"
    return "other"


def _without_overlaps(parts: Sequence[Sequence[tuple[int, int]]]) -> list[int]:
    """Indexes, in text order, of the attributions (given by their *parts*) that do not
    overlap an earlier kept one."""
    spans = sorted(
        (ps[0][0], ps[0][1], i) if len(ps) == 1 else (min(p[0] for p in ps), max(p[1] for p in ps), i)
        for i, ps in enumerate(parts)
    )  # (one part, the common case: its own bounds, without two generators)
    kept: list[int] = []
    last_end = -1
    for start, end, i in spans:
        if kept and start < last_end:
            continue
        kept.append(i)
        last_end = end
    return kept


def _name_path(words: Sequence[str], a: int, m: Mention, lexicon: Lexicon) -> str:
    """ "name" when the source opens with the name or its title ('Vermont Rep. Alma Sorensen',
    'Mr. Kramer', 'the mayor's aide Ana Berg'), else "apposition" ('The city's treasurer, Ana Berg')."""
    lead = m.title_first if a <= m.title_first < m.first else m.first
    for k in range(a, lead):
        w = words[k].lower().rstrip(".")
        if w not in ("the", "a", "an") and w not in lexicon.honorifics:
            return "apposition"
    return "name"


#: Written works whose author a source phrase can name: 'a report by the state Department of Transportation'.
_AUTHORED = ISSUED_NOUNS | frozenset(["investigation"])
#: Of those, nouns that name people too after a name ('Labour figures said': party members).
_PEOPLE_TOO = frozenset(["figures"])


def _is_authored(low: str) -> bool:
    """Is lower-case *low* a work with an author, singular or plural ('report', 'polls')?"""
    return low in _AUTHORED or low.rstrip("s") in _AUTHORED


def _author(words: Sequence[str], b: int, mentions: Sequence[Mention], mention_starts: Sequence[int]) -> int:
    """The mention index of the author when the source ends with a written work followed by
    'by|from|of [the] [a few lower-case words] Name', or by an aside 'by' closes with a comma
    after an issuing participle ('The letter, signed by Ines Marr, read'), else -1."""
    low = words[b].lower()
    if not _is_authored(low):
        return -1
    j = b + 1
    aside = j + 1 < len(words) and words[j] == "," and words[j + 1].lower() in ISSUING_PARTICIPLES
    if aside:
        j += 2
    if j >= len(words) or words[j].lower() not in (("by",) if aside else ("by", "from", "of")):
        return -1
    j += 1
    while j < len(words) and j - b <= 5 and (words[j].lower() == "the" or (words[j].islower() and not aside)):
        j += 1  # (in an aside only 'the': 'signed by a lawyer for Ines Marr' is the lawyer's)
    k = bisect.bisect_left(mention_starts, j)
    if k < len(mentions) and mentions[k].first == j:
        closed = mentions[k].last + 1 < len(words) and words[mentions[k].last + 1] == ","
        return k if closed or not aside else -1
    return -1


def _widen(
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
    words = tokens.words
    k = bisect.bisect_right(mention_starts, b) - 1
    if k >= 0 and mentions[k].first < a and mentions[k].last >= b:
        # 'A study from Westbrook State University' (source 'University'): the whole name
        a = mentions[k].first
        source = (a, b)
    author = _author(words, b, mentions, mention_starts)
    if author >= 0:
        return (a, mentions[author].last)  # 'a report by the state Department of Transportation'
    if k < 0 or mentions[k].last < b or mentions[k].first > a:
        k = bisect.bisect_right(mention_starts, a) - 1
        if k < 0 or not mentions[k].first <= a <= mentions[k].last:
            return source
    m = mentions[k]
    if table.entities[table.of_mention[k]].kind != "organization" and not (
        m.first > 0 and words[m.first - 1].lower() in ("of", "at", "for", "from", "with")
    ):
        return source
    # 'Theo Vandermeer of Westbrook State University': a person, a preposition, this body
    j = m.first - 1
    while j >= 0 and words[j].lower() in ("the",):
        j -= 1
    if j >= 1 and words[j].lower() in ("of", "at", "from", "with") and k >= 1:
        p = mentions[k - 1]
        if p.last == j - 1 and table.entities[table.of_mention[k - 1]].kind == "person":
            return (min(a, p.title_first if p.title_first >= 0 else p.first), b)
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


_PLACE_LINKS = frozenset(["of", "from", "in", "at"])


def _head_mention(
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
    from :func:`_speaking_kind`; *voices* the nouns of those who speak for a body,
    ``Lexicon.voice_nouns``).
    """
    ends = {m.last: k for k, m in enumerate(inside)}
    seg_start = a
    served = -1  # a body a spokesperson speaks for, unless a later segment names the person
    k = a
    while k <= b + 1:
        if k == b + 1 or words[k] == ",":
            j = k - 1
            while j >= seg_start and not words[j][:1].isalnum():
                j -= 1
            # 'Jason Gilbert of Cheyenne': a name followed by a place phrase heads it
            for n, m in enumerate(inside):
                if (
                    not (kinds and kinds[n] == "weak")  # ('Customers of Meridia Air': a noun)
                    and seg_start <= m.first
                    and m.last < j
                    and words[m.last + 1].lower() in _PLACE_LINKS
                ):
                    return n
            n = ends.get(j, -1)
            if n >= 0 and not (
                kinds and _in_noun_modifier(words, inside, n, seg_start, kinds, voices=voices)
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
    """The token before mention *m* (and the title written before it: 'for Mayor Ines Marr'),
    past any 'the', not before *seg_start*: where a preposition would stand."""
    k = (m.title_first if 0 <= m.title_first < m.first else m.first) - 1
    while k > seg_start and words[k].lower() == "the":
        k -= 1
    return k


def _after_preposition(words: Sequence[str], m: Mention, seg_start: int) -> bool:
    """Does a preposition (past a 'the') stand before mention *m* inside its segment?"""
    k = _before_mention(words, m, seg_start)
    return k > seg_start and words[k].lower() in _MODIFIER_PREPOSITIONS


#: Prepositions after a role noun that make the person named after them the one the role serves.
_PRINCIPAL_PREPOSITIONS = frozenset(["for", "to", "of", "with"])
#: ... and that make a body or place named after them a modifier of the head noun ('Analysts at
#: Caldera Research', 'Residents of Leith', 'a teacher from Tromso').
_MODIFIER_PREPOSITIONS = _PRINCIPAL_PREPOSITIONS | frozenset(["at", "from", "in"])


def _is_person(ent: Entity) -> bool:
    """A person, with evidence of it (a title, a gender, a first name, the tagger's PERSON)."""
    return ent.kind == "person" and ent.person_evidence


def _speaking_kind(ent: Entity) -> str:
    """ "person" (with evidence of it), "organization", "weak" (one capitalised word seen only
    first in its sentence: 'Customers of ...' is a noun), or "other" (a place, a name of no
    known kind): what decides whether a noun before the name speaks for it."""
    if ent.initial_only and len(ent.words) == 1:
        return "weak"
    if _is_person(ent):
        return "person"
    return "organization" if ent.kind == "organization" else "other"


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
    mouth), 'The mayor of Leith', 'Critics of Kestrel Ferries'. A body (not a name of no
    known kind, which may be a person's) keeps the words of those who speak for it
    (*voices*, ``Lexicon.voice_nouns``: 'a spokeswoman for Kestrel Ferries'), and a written
    work credits its issuer ('a study by the Fjord Institute'). *kinds* are the mentions'
    :func:`_speaking_kind`."""
    m, kind = inside[n], kinds[n]
    k = _before_mention(words, m, seg_start)
    preposition = words[k].lower() if k - 1 >= seg_start else ""
    if preposition not in (_PRINCIPAL_PREPOSITIONS if kind == "person" else _MODIFIER_PREPOSITIONS):
        return False
    noun = words[k - 1]
    if not noun.isalpha():
        return False
    if not noun.islower() and any(
        x.first <= k - 1 <= x.last and kinds[i] != "weak" for i, x in enumerate(inside)
    ):
        return False  # 'Theo Vandermeer of ...', 'Kestrel Ferries of ...': a name, not a noun
    low = noun.lower()
    if _is_authored(low):
        return False
    # (a name of no known kind may be a person's: 'a spokesman for Jean-Luc Moreau' is no body's)
    return not (kind == "organization" and low in voices)


def _strip_article(phrase: str) -> str:
    parts = phrase.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in ("a", "an", "the"):
        return parts[1]
    return phrase


def _mentions_within(offsets: Sequence[int], parts: Sequence[tuple[int, int]], lo: int) -> frozenset[int]:
    """Indexes of the (at most 30) mentions before index *lo* whose start offset (*offsets*)
    lies inside one of *parts*."""
    floor = max(0, lo - 30)
    out: set[int] = set()
    for s, e in parts:
        k = max(floor, bisect.bisect_left(offsets, s, floor, lo))
        while k < lo and offsets[k] < e:
            out.add(k)
            k += 1
    return frozenset(out)


def _record(text: str, row: Resolved) -> Quote:
    """The :class:`Quote` of *row*: its parts merged where they overlap."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(row.parts):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    start, end = merged[0][0], merged[-1][1]
    quote_text = text[start:end]
    if len(merged) == 1:
        parts: tuple[Span, ...] = (Span(start, end, quote_text),)
    else:
        parts = tuple(Span.from_text(text, s, e) for s, e in merged)
    conf = rule_confidence(row.rule, row.kind, row.speaker is not None, row.resolution)
    return Quote(
        text=quote_text,
        start=start,
        end=end,
        kind=row.kind,
        parts=parts,
        speaker=row.speaker,
        source=row.source,
        cue=row.cue,
        confidence=conf,
        rule=row.rule,
        resolution=row.resolution,
    )


def _shared_span(text: str, start: int, end: int, shared: dict[str, str]) -> Span:
    """``Span.from_text(text, start, end)`` whose text is the one object of *shared* equal to it."""
    piece = text[start:end]
    return Span(start, end, shared.setdefault(piece, piece))
