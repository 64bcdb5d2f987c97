"""The resolver's state and salience.

:class:`Resolver` lives inside one :func:`~quotex.speakers.build_records` call: it holds the
entity table, the canonical :class:`~quotex.records.Speaker` made for each entity, who spoke
where, and the per-sentence caches the other modules fill. :meth:`Resolver.salience` scores
entities at a token (Lappin & Leass 1994: subject, introduced with a title, having spoken,
decayed by sentence and paragraph distance). Input: the token table, mentions and entity table;
output: entity -> score, and entity -> Speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from quotex.entities import Entity, EntityTable, held_company, is_subject, may_be_body, opening_headline_end
from quotex.invisible import printed
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.function_words import PRONOUNS
from quotex.mentions import Mention
from quotex.mentions.title_spans import title_holder
from quotex.records import Speaker
from quotex.speakers.addressees import frame_addressees
from quotex.speakers.agreement import close_subject, framed_subject, place_name, postposed_subject
from quotex.speakers.printed_titles import printed_title
from quotex.speakers.words import DOUBLE_MARKS, PREPOSITIONS
from quotex.tokens import Tokens

if TYPE_CHECKING:
    from quotex.speakers.kinship import Relation

#: Salience weights (Lappin & Leass style): a mention's base weight, the bonus for being the
#: subject of its sentence, for being introduced with a title, and for having spoken; every
#: sentence back multiplies by SENTENCE_DECAY and every paragraph back by PARAGRAPH_DECAY.
BASE, SUBJECT, _INTRODUCED, _SPOKE = 100.0, 80.0, 40.0, 90.0
_SENTENCE_DECAY, _PARAGRAPH_DECAY = 0.7, 0.55
#: What a possessor's mention (*Trump's ire*) loses: the possessor is no head noun (Lappin &
#: Leass 1994 count a head noun 80 of a subject's 80 + 100), yet a writer who names a person in
#: the possessive keeps that person in view (*For that she drew Trump's ire - he called her ...*);
#: on PolNeAR train and dev, 10 (was 50) changed 32 speakers, 28 better and 1 worse; 0 made 3
#: more worse (a possessor is still no subject).
POSSESSOR = 10.0
AGREES = {"text": 40.0, "pronoun": 30.0, "first_name": 20.0, "clause": 15.0, "registered": 10.0}
_WINDOW_MENTIONS, WINDOW_PARAGRAPHS, _MAX_SENTENCES = 40, 3, 12
#: Factor for a candidate with no sign of being a person (no title, gender, first name or speech).
NO_PERSON_EVIDENCE = 0.35
TITLE_ABBREVIATIONS = {
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
    "cpl": "corporal",
    "pvt": "private",
    "brig": "brigadier",
    "spc": "specialist",
    "msgr": "monsignor",
    "cllr": "councillor",
    "const": "constable",
}


class Resolver:
    """Per-call resolution state: the entity table, the speakers made so far and who
    spoke where. Lives only inside one :func:`build_records` call."""

    def __init__(
        self,
        tokens: Tokens,
        mentions: Sequence[Mention],
        table: EntityTable,
        lexicon: Lexicon = DEFAULT_LEXICON,
        quoted: frozenset[int] = frozenset(),
        *,
        lows: Sequence[str] | None = None,
    ) -> None:
        self.tokens = tokens
        #: the words in lower case (the caller's column when it has one: each word lowered once)
        self.lows = tokens.lows if lows is None else lows
        self.mentions = mentions
        self.table = table
        #: mentions inside a direct quotation: somebody's words, not the narrative's subjects
        self.quoted = quoted
        #: mentions written between quotation marks as a whole (*the newsletter, "Hill Talk",*):
        #: a title or a nickname, never the antecedent of a nominal or a pronoun
        self.marked = _marked_names(tokens.words, mentions)
        #: mentions a fronted interview frame names as the one spoken to (*Speaking to host Tom
        #: Brody, she said*): never the antecedent of a nominal or a pronoun in that sentence
        self.addressed = frame_addressees(tokens.words, self.lows, mentions, table.sentences)
        #: the text opens with a headline (:func:`~quotex.entities.opening_headline_end`): a
        #: headline's credit is no speaker the story's pronouns go back to (*Family of X demand
        #: answers* ... *they want*), so a paragraph put before the story changes no resolution
        self.headline = opening_headline_end(tokens, table.sentences) >= 0
        self.ents: list[Entity] = list(table.entities)
        self.speakers: dict[int, Speaker] = {}
        self.spoke: list[tuple[int, int]] = []  # (entity, source token) of each resolved attribution
        self.authored: dict[str, tuple[int, int]] = {}  # a document noun -> (its author, source token)
        self.document_sources: set[int] = set()  # the first tokens of sources that name a document
        self.last_spoke: dict[int, int] = {}  # entity -> its latest source token
        self.replied: set[int] = set()  # the source tokens whose cue replies ('replied', 'shot back')
        self.source_last: dict[int, int] = {}  # a recorded source's first token -> its last token
        self.phrases: dict[str, int] = {}  # an unnamed source phrase (lower case) -> its entity
        self.nominals: dict[str, int] = {}  # a definite body nominal ('the operator') -> the body it named
        #: role noun -> the entities of the table with a title that holds it (made on first use)
        self.holders: dict[str, list[int]] | None = None
        #: lower-case name word -> the entities whose name holds it (made on first use)
        self.name_words: dict[str, list[int]] | None = None
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
        #: the entity that puts an interview's 'Q:' questions (-2 before the first is read)
        self.interviewer = -2
        #: the token of the first 'Q:' label (-1 before one): the introduction ends there
        self.first_question = -1
        #: the last word of each name of two or more words -> its mentions (made on first use)
        self.by_last_word: dict[str, list[int]] | None = None
        #: a title's first word -> (first mention, entity) of the persons titled so, in text order
        self.title_openers: dict[str, list[tuple[int, int]]] | None = None
        #: (mention, person, (party letter, state)) of the persons whose party a mention states,
        #: in text order, and how many mentions have been read for it (speakers.epithets)
        self.parties: list[tuple[int, int, tuple[str, str]]] = []
        self.parties_read = 0
        #: sentence -> its unnamed nominal subject (:func:`nominal_subject`), made on first use
        self.nominal_subjects: dict[int, tuple[int, int, str] | None] = {}
        #: sentence -> does it tell of a text being issued (:func:`issuing`), made on first use
        self.issuing_sentences: dict[int, tuple[int, ...]] = {}
        #: sentence -> the token of its subject *he*/*she* or -1 (`pronouns.pronoun_subject`)
        self.pronoun_subjects: dict[int, int] = {}
        #: token -> the sentence before its own that a pronoun there may look back to, or -1
        #: (`newest.prior_sentence`, asked by several rules for one pronoun), made on first use
        self.prior_sentences: dict[int, int] = {}
        #: sentence -> does it hold a double quotation mark (:meth:`quotes_in`), made on first use
        self.quoted_sentences: dict[int, bool] = {}
        #: the names of the persons written with more than one word (`nominals`), made on first use
        self.full_person_names: tuple[str, ...] | None = None
        #: the persons the text states use *they* (`speakers.singular_they`), made on first use
        self.they_people: frozenset[int] | None = None
        #: the relations the text states between two people (`speakers.kinship`), made on first use
        self.kin: tuple[tuple[Relation, ...], tuple[int, ...]] | None = None

    def quotes_in(self, s: int) -> bool:
        """Does sentence *s* hold a double quotation mark (:data:`DOUBLE_MARKS`, a C scan of its
        characters)? (computed on first use: the pronoun rules ask it of one sentence often)"""
        got = self.quoted_sentences.get(s)
        if got is None:
            sent = self.table.sentences[s]
            got = self.quoted_sentences[s] = not DOUBLE_MARKS.isdisjoint(
                self.tokens.text[sent.start : sent.end]
            )
        return got

    def where(self, k: int) -> tuple[int, int]:
        """(sentence, paragraph) of mention *k* (computed on first use)."""
        got = self.places.get(k)
        if got is None:
            got = self.places[k] = self.table.locate(self.mentions[k].first)
        return got

    def in_window(self, e: int, at: int) -> tuple[int, ...]:
        """The mentions of entity *e* among the :data:`_WINDOW_MENTIONS` mentions before token
        *at*, the salience window (found by bisection: a test that reads them stays linear in
        the text, however often the entity is named)."""
        hi = bisect.bisect_left(self.mention_starts, at)
        own = self.ents[e].mentions
        return own[bisect.bisect_left(own, hi - _WINDOW_MENTIONS) : bisect.bisect_left(own, hi)]

    def subject(self, k: int) -> bool:
        """Is mention *k* the subject of its sentence? (computed on first use)"""
        got = self.subjects.get(k)
        if got is None:
            table = self.table
            sent = table.sentences[self.where(k)[0]]
            m = self.mentions[k]
            # ('The band's drummer, Ian Cole, went quiet': a name in apposition to the subject)
            words = self.tokens.words
            got = self.subjects[k] = (
                is_subject(self.tokens, m, sent)
                or framed_subject(words, m, sent.first)
                or postposed_subject(words, m, sent.first)  # ('Next came Ana Roe, a nurse.')
                or close_subject(words, m, sent.first)  # ('Her colleague Sam Ade disagreed.')
            )
        return got

    def speaker_of(self, e: int) -> Speaker:
        sp = self.speakers.get(e)
        if sp is None:
            ent = self.ents[e]
            kind = ent.kind if ent.kind in ("person", "organization") else "other"
            if ent.body_evidence:
                kind = "organization"  # 'the Fenland Drainage Trust', 'Carrow Rail said on its website'
            # (a body speaks as itself: 'Gridlark, a four-year-old Leeds startup,' prints no title)
            title = printed_title(ent.titles) if kind != "organization" else None
            sp = self.speakers[e] = Speaker(
                printed(ent.name),
                title and printed(title),
                kind,
                id=f"s{self.next_id}",
                titles=tuple(map(printed, ent.titles)),
            )
            self.next_id += 1
        return sp

    def holders_of(self, noun: str) -> list[int]:
        """The entities, in order, with a title that holds the role *noun* (:func:`holds`)."""
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

    def named_with(self, word: str) -> list[int]:
        """The table's entities, in order, whose name holds the lower-case *word* (made once)."""
        if self.name_words is None:
            self.name_words = {}
            for e, ent in enumerate(self.table.entities):
                for w in {w.lower() for w in ent.words}:
                    self.name_words.setdefault(w, []).append(e)
        return self.name_words.get(word, [])

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

    def record(self, e: int, at: int, last: int | None = None) -> None:
        """Entity *e* spoke through the source at tokens *at*..*last* (*at* alone by default)."""
        self.spoke.append((e, at))
        self.source_last[at] = at if last is None else last
        self.last_spoke[e] = at
        if self.ents[e].initial_only and not self._thing_verb(
            at
        ):  # 'Whitby said ...': a word that speaks is a name
            self.ents[e] = attrs.evolve(self.ents[e], initial_only=False)

    def _thing_verb(self, at: int) -> bool:
        """Is the word after source token *at* a form of a verb whose subject is as often a thing
        as a person (*'Replays suggested the contact was minimal'*: no sign of a name)?"""
        words, lows = self.tokens.words, self.tokens.lows
        if at + 1 >= len(words):
            return False
        form = self.lexicon.verb_forms.get(lows[at + 1])
        return form is not None and form[0] in THING_VERBS

    def weight(self, k: int, e: int) -> float:
        """Mention *k*'s own weight: subject, introduced with a title, after a preposition, a possessor."""
        w = self.weights.get(k)
        if w is None:
            words = self.tokens.words
            m = self.mentions[k]
            w = BASE
            if self.subject(k) and k not in self.quoted:
                w += SUBJECT  # ('"Dolores taught me," she said.': a subject in a quote is no topic)
            if m.title is not None and self._introduced_at(e) == k:
                w += _INTRODUCED
            if m.first - 1 >= 0 and m.title is None and words[m.first - 1].lower() in PREPOSITIONS:
                w -= 30.0
            elif 0 <= m.title_first < m.first and m.title_first > 0 and words[m.title_first - 1] == "of":
                w -= 30.0  # ('the parents of Capt. Humayun Khan': a rank after 'of' is a possessor's)
            if m.last + 1 < len(words) and words[m.last + 1] in ("'s", "’s"):
                w -= POSSESSOR
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
        addressed, framed = self.addressed, set()
        for k in range(lo - 1, max(-1, lo - 1 - _WINDOW_MENTIONS), -1):
            place = places.get(k)
            s_k, p_k = place if place is not None else self.where(k)
            d_p = p_at - p_k
            if d_p > WINDOW_PARAGRAPHS:
                break
            if k in skip or k in self.marked:
                continue
            d_s = s_at - s_k
            if d_s == 0 and k in addressed:
                framed.add(of_mention[k])
                continue  # ('Speaking to host Tom Brody, she said': not the one who speaks)
            e = of_mention[k]
            ok = verdict.get(e)
            if ok is None:
                ok = verdict[e] = accept(ents[e])
            if not ok:
                continue
            if d_s > _MAX_SENTENCES:
                break  # further back weighs less than 2% of a mention in this sentence
            w = weights.get(k)
            if w is None:
                w = self.weight(k, e)
            score = w * _DECAY_TABLE[d_p][d_s if d_s > 0 else 0]  # (decay, inline: d_s <= 12 here)
            if score > scores.get(e, 0.0):
                scores[e] = score
        bonus: dict[int, float] = {}
        for e, pos in reversed(self.spoke[-8:]):
            if e in framed or not accept(self.ents[e]):
                continue
            s_k, p_k = table.locate(pos)
            d_p = p_at - p_k
            if d_p > WINDOW_PARAGRAPHS or (p_k == 0 < p_at and self.headline):
                continue
            b = _SPOKE * decay(max(0, s_at - s_k), d_p)
            bonus[e] = max(bonus.get(e, 0.0), b)
        for e, b in bonus.items():
            scores[e] = scores.get(e, 0.0) + b
        return scores

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
        earlier in the same sentence, or (-1, ""); for ', who' the person named right before
        the comma when one is."""
        s_at, _ = self.table.locate(at)
        if self._unread_antecedent(at, lo):
            return -1, ""
        words, lows = self.tokens.words, self.tokens.lows
        if lows[at] == "who" and at >= 2 and words[at - 1] == "," and lo >= 1:
            k = lo - 1  # ', who': the person named right before the comma ('agreed with Ana Berg, who said')
            held = title_holder(words, self.mentions, k)  # ('NAME, ROLE at BODY, who': NAME)
            if held != k and self.mentions[held].title_last == at - 2 and self.where(held)[0] == s_at:
                return self.table.of_mention[held], "pronoun_sentence"
            ent = self.ents[self.table.of_mention[k]]
            m = self.mentions[k]
            after_preposition = m.first >= 1 and lows[m.first - 1] in ("of", "in", "from", "at")
            if (
                m.last == at - 2
                and self.where(k)[0] == s_at
                and not ent.unlikely_person
                and not after_preposition
            ):
                # (not a place in a person's phrase: 'Rep. Ann Kirkpatrick of Arizona, who')
                return self.table.of_mention[k], "pronoun_sentence"
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

    def _unread_antecedent(self, at: int, lo: int) -> bool:
        """Is the antecedent of ', who' at token *at* a name that no mention holds ('praised by
        Park Ji-woo, who said', the name not read) or a common noun phrase that is no named
        person's apposition ('agreed with the coach, who said')? Then no earlier entity is
        meant."""
        words, lows = self.tokens.words, self.tokens.lows
        if lows[at] != "who" or at < 3 or words[at - 1] != ",":
            return False
        if lo >= 1 and self.mentions[lo - 1].last == at - 2:
            return False
        if _name_end(words, at - 2):
            return True
        # a common noun phrase before the comma ('agreed with the coach, who said') is the
        # antecedent, unless it is a named person's apposition ('Ida Ruud, the union's
        # president, who said')
        k = at - 2
        while k > 0 and at - 2 - k < 6 and (words[k].islower() or words[k] in ("'s", "’s")):
            k -= 1
        opens_apposition = words[k] == "," and lo >= 1 and self.mentions[lo - 1].last == k - 1
        return words[at - 2].isalpha() and words[at - 2].islower() and not opens_apposition


def _name_end(words: Sequence[str], k: int) -> bool:
    """Does token *k* end a name ('Haddad', or the second half of 'Ji-woo')?"""
    w = words[k]
    return w[:1].isupper() or (k >= 2 and words[k - 1] == "-" and words[k - 2][:1].isupper())


_DECAY_TABLE = [
    [_SENTENCE_DECAY**ds * _PARAGRAPH_DECAY**dp for ds in range(64)] for dp in range(WINDOW_PARAGRAPHS + 1)
]


def decay(d_s: int, d_p: int) -> float:
    """The salience factor for a mention *d_s* sentences and *d_p* paragraphs back."""
    row = _DECAY_TABLE[d_p]
    return row[d_s] if d_s < 64 else 0.0


def body_or_group(ent: Entity) -> bool:
    return ent.kind == "organization" or (ent.kind == "other" and not ent.mentions)


#: Reporting verbs whose subject is as often a thing as a person (*Replays suggested*, *Data
#: show*, *Records indicate*): a single word seen only first in a sentence that is their
#: source is still no sign of a name (:meth:`Resolver.record`).
THING_VERBS = frozenset("suggest show indicate reveal find confirm estimate predict imply".split())


def body_like(ent: Entity) -> bool:
    return may_be_body(ent.kind, ent.gender, ent.titles, ent.words, ent.evidence)


def lone_name(res: Resolver, ent: Entity) -> bool:
    """Is *ent* known only by one word that shows no person, no place and no pronoun, and either a
    speaker ('Quillstream confirmed the outage') or a holding's company ('Shares in Quillstream
    fell')? Such a name may be a body's, which a later *the company* or *it said* shows (a word that
    never spoke, 'June', 'Just', is none)."""
    if (
        len(ent.words) != 1
        or ent.gender is not None
        or ent.evidence is not None
        or ent.titles
        or ent.person_evidence
        or not ent.mentions
        or place_name(ent)
        or ent.words[0].lower() in PRONOUNS  # ("I said": a pronoun is no name)
    ):
        return False
    if ent.kind == "person":
        return res.table.of_mention[ent.mentions[0]] in res.last_spoke
    return ent.kind == "other" and any(held_company(res.lows, res.mentions[k].first) for k in ent.mentions)


def most_salient(scores: dict[int, float]) -> int:
    """The highest-scoring entity; on a tie, the one created last (the nearest)."""
    return max(scores, key=lambda e: (scores[e], e))


def _title_nouns(title: str) -> set[str]:
    """The words of *title*, abbreviations spelled out: 'Oregon Sen.' -> {'oregon', 'sen', 'senator'};
    a co-holder's role holds the role ('co-author' -> also 'author'; not 'vice-president'), and so
    does a compound in *-in-* its head ('editor-in-chief' -> also 'editor')."""
    out: set[str] = set()
    for raw in title.lower().replace(",", " ").split():
        w = raw.rstrip(".")
        out.add(w)
        if w in TITLE_ABBREVIATIONS:
            out.add(TITLE_ABBREVIATIONS[w])
        if w.startswith("co-") and len(w) > 4 and not w.endswith("s"):
            out.add(w[3:])  # (one co-holder's; 'co-founders' is a pair's)
        if "-in-" in w:
            out.add(w.split("-in-")[0])  # ('editor-in-chief', 'commander-in-chief': an editor's)
    return out


def holds(title: str, noun: str) -> bool:
    """Does *title* name the role *noun*? 'Oregon Sen.' holds 'senator'; 'candidate for governor'
    seeks the post and holds only 'candidate'."""
    return noun in _title_nouns(title) and not (" for " in title and _sought(title.lower(), noun))


def _sought(title: str, noun: str) -> bool:
    """Is role *noun* the post a candidacy noun of lower-case *title* seeks ('the party's
    candidate for governor', 'nominee for the Senate seat')?"""
    words = title.split()
    return any(
        w == "for" and k > 0 and words[k - 1] in _SEEKERS and noun in words[k + 1 : k + 3]
        for k, w in enumerate(words)
    )


#: Nouns of seeking a post, whose *for* names the post sought, not one held.
_SEEKERS = frozenset("candidate candidates nominee contender hopeful challenger bid race".split())


#: Quotation marks that open and close a name written as a title (*“Hill Talk”*, *'The Long Room'*).
_OPENING_MARKS = frozenset(('"', "\u201c", "\u2018", "'"))
_CLOSING_MARKS = frozenset(('"', "\u201d", "\u2019", "'"))


def _marked_names(words: Sequence[str], mentions: Sequence[Mention]) -> frozenset[int]:
    """Indexes of the mentions whose name alone stands between quotation marks, a comma or
    full stop inside the closing one allowed (*the campaign's newsletter, “Hill Talk”, is
    pinned up*, *the programme “The Long Room”*): the title of a work or a nickname, which no
    *he*, *she*, *it* or *the developer* refers back to."""
    out: set[int] = set()
    for k, m in enumerate(mentions):
        if m.first < 1 or words[m.first - 1] not in _OPENING_MARKS:
            continue
        j = m.last + 1
        if j < len(words) and words[j] in (",", "."):
            j += 1
        if j < len(words) and words[j] in _CLOSING_MARKS:
            out.add(k)
    return frozenset(out)
