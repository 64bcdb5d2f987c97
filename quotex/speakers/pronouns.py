"""Pronoun sources.

*he*/*she* -> the most salient person whose gender does not clash (agreement from honorifics,
gendered role words, earlier pronouns and first names; a pronoun subject of an earlier sentence
counts as a mention of its antecedent); *it*/*they* -> the most salient body or group; *we* ->
the body that spoke last. Input: a :class:`~quotex.speakers.salience.Resolver`, the pronoun and
its token; output: (entity, path), (-1, "") when nothing agrees.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotex.entities import Entity, after_fronted_adverbial, with_gender
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import FEMALE_WORDS, MALE_WORDS, PRONOUNS
from quotex.lexicon.grammar import ASKING_PARTICIPLES
from quotex.speakers.agreement import (
    bare_word,
    census_clash,
    framed_subject,
    gendered_pronoun_in,
    located_only,
    only_sentence,
    place_name,
    titled_object,
)
from quotex.speakers.body_kinds import unnamed_bodies
from quotex.speakers.centres import centre_past_comment, conjunct_subject, reported_newcomer
from quotex.speakers.clause_roles import drop_object_referent, handed_turn, main_subject_centre
from quotex.speakers.groups import joint_they
from quotex.speakers.listeners import UNDECIDED, speech_actor
from quotex.speakers.newest import (
    arrival_after_leaving,
    drop_refusers,
    introduced_newcomer,
    refuses_comment,
    relative_turn_taker,
    reported_name,
)
from quotex.speakers.nominals import nominal_antecedent
from quotex.speakers.pronoun_peers import (
    appointer,
    coordinated_peer,
    joined_subject,
    other_gender_object,
    other_gender_subject,
    participle_object,
    participle_subject,
    possessor_only,
    pronoun_subject,
    relative_object,
    sentence_antecedent,
)
from quotex.speakers.registered import ever_subject, registered_only
from quotex.speakers.replies import known_turn_taker, reply_addressee
from quotex.speakers.salience import (
    AGREES,
    BASE,
    NO_PERSON_EVIDENCE,
    SUBJECT,
    WINDOW_PARAGRAPHS,
    Resolver,
    body_like,
    body_or_group,
    decay,
    most_salient,
)
from quotex.speakers.singular_they import singular_they
from quotex.speakers.turns import bare_body_voice, goes_on, takes_turn
from quotex.speakers.words import GOING_ON, PREPOSITIONS, head_end

#: Words after an object *her*, never the noun of a possessive *her* ('hired her in 2019', 'told
#: her that ...').
_NOT_NOUNS = frozenset("a an the that this to and or but as when after before".split())


def resolve_pronoun(
    res: Resolver,
    pronoun: str,
    at: int,
    lo: int,
    skip: frozenset[int],
    *,
    parts: Sequence[tuple[int, int]] = (),
    learn: bool = True,
) -> tuple[int, str]:
    """(entity, resolution) for a pronoun source at token *at*, or (-1, ""). An unnamed
    nominal subject that agrees (:func:`nominal_antecedent`) competes with the named
    entities; *parts* are the quotation's, whose words are never the antecedent. With
    *learn* (a speaker's own pronoun), the antecedent takes the pronoun's gender, or
    becomes a body; a possessor's pronoun ('her lawyer') teaches nothing."""
    gender, number = PRONOUNS[pronoun]
    if number in ("thing", "plural"):
        if pronoun == "it":
            scores = res.salience(at, lo, skip, lambda ent: ent.kind == "organization")
        elif pronoun == "they":  # a body or an unnamed group ('officials', 'two people familiar ...')
            scores = res.salience(at, lo, skip, body_or_group)
        else:  # 'we': the body that spoke last, in this paragraph or the one before
            return res.last_body(at)
        # (the group that spoke last, 'A and B said ... "C," they added', or a person the text says
        # uses *they*: 'NAME uses they/them pronouns. "C," they said.')
        nominal = joint_they(res, pronoun, at, lo) or singular_they(res, pronoun, at, lo, skip, parts=parts)
        nominal = nominal or nominal_antecedent(res, at, parts, (pronoun,), max(scores.values(), default=0.0))
        if nominal is not None:
            return nominal
        as_body = False
        if not scores and pronoun == "it":
            # 'Norland Air cut 40 flights. "Sorry," it said.': a name with no sign of a person
            scores = res.salience(at, lo, skip, body_like)
            # ('Velvetbyte said C1. It said C2': else one word that spoke and shows no person)
            scores = scores or unnamed_bodies(res, at, lo, skip, lambda ent: True, lone=True)
            as_body = True
        if not scores:
            return -1, ""
        e, named_body = sentence_antecedent(res, pronoun, at, lo, skip, scores=scores, as_body=as_body)
        as_body = as_body or named_body
        e = e if e >= 0 else most_salient(scores)
        if as_body and learn:
            res.as_body(e, spoken=True)
        return e, res.distance_path(e, at, lo)
    if number != "singular" or pronoun in ("i", "you"):
        return -1, ""

    if learn:
        e = reported_newcomer(res, gender, at, parts)  # ('Ida Roe, a nurse, found X, she said')
        e = e if e >= 0 else _speaking_role_before(res, gender, at, parts)
        if e >= 0:
            return e, res.distance_path(e, at, lo)
    scores = person_scores(res, gender, at, lo, skip) or registered_only(res, gender, at, lo, skip)
    centre = _centre(res, pronoun, at, scores)
    if centre == UNDECIDED:
        return -1, ""
    if centre >= 0:
        scores[centre] = max(scores.values(), default=0.0) + 1.0
    nominal = nominal_antecedent(res, at, parts, (pronoun,), max(scores.values(), default=0.0))
    if nominal is not None:
        return nominal
    if not scores:
        return -1, ""
    e = goes_on(res, at, most_salient(scores), scores)  # ('she went on': the last speaker goes on)
    if gender and centre < 0:
        # ('A driver, who called Tom Reyes a liar, said ... "C," he said': not Reyes)
        rival = (
            _UNDECIDED
            if _inside_unnamed_speaker(res, e, at) or coordinated_peer(res, e, at, scores)
            else agreeing_rival(res, gender, e, at, scores)
        )
        if rival == _UNDECIDED:
            return -1, ""
        e = rival if rival >= 0 else e
        e = participle_subject(res, e, at, scores)  # ('B was sworn in, replacing A': B's)
        turn = known_turn_taker(res, gender, e, scores)  # ('"C," said A. "D," B replied. "E," he said')
        e = turn if turn >= 0 else e
    if gender and learn:
        res.ents[e] = with_gender(res.ents[e], gender, "pronoun")
    return e, res.distance_path(e, at, lo)


def _centre(res: Resolver, pronoun: str, at: int, scores: dict[int, float]) -> int:
    """The person a singular pronoun at token *at* continues from the sentences before, or -1;
    :data:`~quotex.speakers.listeners.UNDECIDED` when a listener and a person who did not speak
    either stand there. Weighs an earlier pronoun subject and drops excluded persons from
    *scores* (changed in place) first."""
    gender = PRONOUNS[pronoun][0]
    pronoun_subject_before(res, pronoun, at, scores)
    drop_refusers(res, at, scores)  # ('B did not respond ... "C," she added': not B)
    if gender:
        _drop_possessor_of_pair(res, gender, at, scores)
        drop_object_referent(res, gender, at, scores)  # ('A left after B kept him talking': not A)
        other_gender_subject(res, gender, at, scores, _scores_at)
    centre = conjunct_subject(res, pronoun, at, scores, _scores_at)  # ('He met B, and he says': not B)
    centre = centre if centre >= 0 else new_subject_before(res, gender, at, scores)  # ('Cole grew up ...')
    centre = centre if centre >= 0 else centre_past_comment(res, gender, at, scores)
    if centre < 0 and gender:  # ('A listened as B addressed the council. "C," she said': B)
        centre = reply_addressee(res, gender, at, scores)  # ('A told B that C. "D," she replied': B)
        centre = centre if centre != -1 else speech_actor(res, gender, at, scores)
        centre = centre if centre != -1 else relative_turn_taker(res, gender, at, scores)
        centre = centre if centre != -1 else arrival_after_leaving(res, gender, at, scores)
        # ('A gave the floor to B.': B; 'When B arrived, A was waiting.': A)
        centre = centre if centre != -1 else handed_turn(res, gender, at, scores)
        centre = centre if centre != -1 else main_subject_centre(res, gender, at, scores)
        centre = centre if centre != -1 else introduced_newcomer(res, gender, at, scores)
    return centre


def agreeing_rival(res: Resolver, gender: str, top: int, at: int, scores: dict[int, float]) -> int:
    """A rival that the pronoun's *gender* sets apart from the most salient person *top*, or
    -1. *top* shows no gender (no honorific, gendered word, earlier pronoun or listed first
    name) and is no titled subject (but for one joined to a rival by *and*, *A, a ROLE, and B*,
    or with a titled rival for its object, *A, ROLE, met B, ROLE*), and a rival near it agrees;
    both are named only in one sentence before token *at* (two persons just introduced): a
    writer who means the first of two new people does not pick the pronoun that fits the second
    (*'A lecturer, Hye-jin Seo, met Tomasz Wierzbicki. "C," he said.'*). :data:`_UNDECIDED`
    when no rival agrees but one shows no gender either, is as much a person as *top*, is a
    verb's subject or object (:func:`_argument`) or *top*'s conjunct, and no *he*/*she* of any
    case in that sentence tells them apart: no speaker."""
    ent = res.ents[top]
    if ent.gender is not None:
        return -1
    words, lows = res.tokens.words, res.lows
    if res.spoke and res.spoke[-1][0] == top and at + 1 < len(words) and lows[at + 1] in GOING_ON:
        return -1  # ('"C," said Ana Roe, who sat beside Ida Lund. "D," she added.': Roe goes on)
    titled = ent.person_evidence and any(res.subject(k) for k in ent.mentions if res.mentions[k].first < at)
    home = only_sentence(res, top, at)
    if home < 0:
        return -1
    rivals = [
        e
        for e in scores
        if e != top
        and res.ents[e].gender == gender
        and only_sentence(res, e, at) == home
        and not _in_title_of(res, e, top)
        and not relative_object(res, e, top)  # ('A, who trained B, watched': background to A)
    ]
    titled = titled and not other_gender_object(res, gender, at)  # ('A met B. She told him': A is *him*)
    titled = titled and not any(titled_object(res, e) for e in rivals)  # ('A, ROLE, met B, ROLE': the gender)
    if titled and not any(joined_subject(res, top, e, at) for e in scores if e != top):
        return -1  # ('Former Rep. Chris Shays backed John Kasich ... he said': a titled subject)
    if len(rivals) == 1:
        # ('A criticised B's plan. "C," she said.': a possessor is no argument to set against
        # the subject; nothing tells which the writer meant)
        return _UNDECIDED if possessor_only(res, rivals[0], at) else rivals[0]
    if (
        not rivals
        and not gendered_pronoun_in(res, home)
        and any(
            e != top
            and res.ents[e].gender is None
            # (as much a person as *top*, or the one who gave *top* its post: 'A hired B as X')
            and (res.ents[e].person_evidence or not ent.person_evidence or appointer(res, e, top))
            and scores[e] >= scores[top] * _RIVAL_SHARE
            and only_sentence(res, e, at) == home
            and (_argument(res, e) or joined_subject(res, top, e, at))  # (or a conjunct: 'A and B met')
            and not participle_object(res, e, top, at)  # ('B was sworn in, replacing A': B's)
            and not relative_object(res, e, top)  # ('A, who trained B, watched': A's)
            for e in scores
        )
    ):
        return _UNDECIDED  # ('Arnaud Mercier told Aroha Ngata ...': nothing tells them apart)
    return -1


def _inside_unnamed_speaker(res: Resolver, e: int, at: int) -> bool:
    """Is person *e*, who shows no speech of its own, named only inside the relative clause of
    the last speaker's source, an unnamed description of no known gender ('A driver from Leeds,
    who called Tom Reyes a liar, said ...')? A *he* or *she* that follows may mean that
    speaker, whose gender the text does not give: no guess for the person named in passing."""
    if not res.spoke or e in res.last_spoke:
        return False
    last, pos = res.spoke[-1]
    ent = res.ents[last]
    if last == e or ent.kind != "other" or ent.gender is not None or ent.mentions:
        return False
    home = only_sentence(res, e, at)
    if home < 0 or home != res.table.locate(pos)[0]:
        return False
    words = res.tokens.words
    firsts = [res.mentions[k].first for k in res.ents[e].mentions if res.mentions[k].first < at]
    # (inside the speaker's own relative clause: 'A driver, who called Tom Reyes a liar, said')
    return all(f > pos and any(w.lower() in ("who", "whom") for w in words[pos:f]) for f in firsts)


def _argument(res: Resolver, e: int) -> bool:
    """Is entity *e* a full name (two words or more) named once, as a verb's
    subject or object, or a verb's companion after *with* ('campaigned with Aroha Ngata'): no
    other preposition, article (with an adjective) or possessive before it ('told Aroha
    Ngata'; not 'the Institute for Coastal Studies', 'as reported by Western Journalism',
    'the gigantic Trans-Pacific Partnership')?"""
    ent = res.ents[e]
    if len(ent.words) < 2 or len(ent.mentions) != 1:
        return False
    m = res.mentions[ent.mentions[0]]
    first = min(m.first, m.title_first) if m.title_first >= 0 else m.first
    if first == 0:
        return True
    words, lows = res.tokens.words, res.lows
    before = lows[first - 1]
    if before == "with" and first > 1 and words[first - 2].isalpha() and words[first - 2].islower():
        return True  # ('campaigned with Ana Roe', 'met with ...': a comitative participant)
    if before in PREPOSITIONS or before in _NOT_NOUNS or before in ("'s", "’s", "'", "’"):
        return False
    # ('the gigantic Trans-Pacific Partnership': an article and an adjective)
    return not (first > 1 and before.isalpha() and before.islower() and lows[first - 2] in ("the", "a", "an"))


def _in_title_of(res: Resolver, e: int, top: int) -> bool:
    """Is a mention of entity *e* inside the title written at a mention of *top* ('former
    George W. Bush speechwriter Noam Neusner')?"""
    spans = [(res.mentions[k].title_first, res.mentions[k].title_last) for k in res.ents[top].mentions]
    return any(lo <= res.mentions[k].first <= hi for k in res.ents[e].mentions for lo, hi in spans if lo >= 0)


#: :func:`agreeing_rival`'s answer when two new persons show no gender: no speaker.
_UNDECIDED = -2
#: How close in salience an ungendered rival must come to an ungendered top candidate to
#: leave a pronoun undecided (:func:`agreeing_rival`).
_RIVAL_SHARE = 0.1


def person_scores(
    res: Resolver, gender: str | None, at: int, lo: int, skip: frozenset[int]
) -> dict[int, float]:
    """Person entity -> salience at token *at* for a *gender* ("m"/"f") pronoun: a name
    with no sign of a person counts less, one that agrees in gender more."""

    def fits(ent: Entity) -> bool:
        return (
            ent.kind == "person"
            and (ent.gender is None or ent.gender == gender)
            and not (ent.initial_only and not ent.titles)
            and not ent.unlikely_person
            and not ent.body_evidence
            and not place_name(ent)
        )

    scores = res.salience(at, lo, skip, fits)
    bare = [e for e in scores if bare_word(res.ents[e]) and e not in res.last_spoke]
    placed = [e for e in scores if located_only(res.tokens.words, res.mentions, res.ents[e], at)]
    for e in {*placed, *(e for e in bare if not ever_subject(res, e))}:
        del scores[e]  # ('God', 'Mussolini', 'Beehive', 'Oh': anything's; 'met B in Tan Hoa': a place)
    shown = [e for e in scores if res.ents[e].person_evidence or res.ents[e].gender == gender]
    for e in scores:
        # 'In New Mexico, ...': a capitalised name with no sign of a person counts less,
        # unless its first name is registered for the pronoun's gender ('Niamh Roe'), or it
        # spoke, but for a bare word that spoke as a body does ('Agrivoice said in a statement')
        ent = res.ents[e]
        spoke = e in res.last_spoke and not (shown and bare_body_voice(res, e, shown[-1]))
        if not ent.person_evidence and not spoke and ent.gender != gender:
            scores[e] *= NO_PERSON_EVIDENCE
        if ent.gender == gender and ent.evidence:
            scores[e] += AGREES[ent.evidence]
    return scores


def _scores_at(res: Resolver, gender: str, t: int, lo: int) -> dict[int, float]:
    """:func:`person_scores` at token *t* (mentions before index *lo*), nothing skipped."""
    return person_scores(res, gender, t, lo, frozenset())


def pronoun_subject_before(res: Resolver, pronoun: str, at: int, scores: dict[int, float]) -> None:
    """Lappin & Leass count a pronoun as a mention of its antecedent: when one of the two
    sentences before token *at* opens with *pronoun* as its subject and no source there
    was resolved (*'Ana Roe runs the shop. On Monday she went to see Ida Lund, the
    factor. "C," she said.'*), the person it refers to there gains a subject's weight
    at that distance in *scores* (changed in place)."""
    table = res.table
    s_at, p_at = table.locate(at)
    spoke_at = {table.locate(pos)[0] for _, pos in res.spoke[-4:]}
    for s in range(s_at - 1, max(-1, s_at - 3), -1):
        if s in spoke_at:
            return  # (the speaker there already counts: :meth:`salience`'s bonus)
        t = pronoun_subject(res, s)
        if t < 0 or res.tokens.words[t].lower() != pronoun:
            continue
        sent = table.sentences[s]
        d_p = p_at - sent.paragraph
        if d_p > WINDOW_PARAGRAPHS:
            return
        lo_t = bisect.bisect_left(res.mention_starts, t)
        gender = PRONOUNS[pronoun][0]
        before = person_scores(res, gender, t, lo_t, frozenset())
        if before:
            e = most_salient(before)
            if e in scores:
                ent = res.ents[e]
                agrees = AGREES[ent.evidence] if ent.gender == gender and ent.evidence else 0.0
                scores[e] = max(scores[e], (BASE + SUBJECT) * decay(s_at - s, d_p) + agrees)
        return


def new_subject_before(res: Resolver, gender: str | None, at: int, scores: dict[int, float]) -> int:
    """Centering (Grosz, Joshi & Weinstein 1995): a pronoun subject continues the preferred centre
    of the sentence before, its subject. When that sentence (in the paragraph, or the one before
    across a break) holds no quotation, resolved source or object *him*/*her*, names one person
    and no other (a body aside), as its subject with a verb after it, who is in *scores*, not the
    last speaker and shows a person (a sign at a mention, or the pronoun's *gender*; across a
    break, only that gender), that person is the antecedent: *'"C," Ms. Roe said. Ms. Lund
    disagreed. "D," she said.'* is Lund's; -1 otherwise."""
    table = res.table
    s_at, p_at = table.locate(at)
    if s_at == 0:
        return -1
    sent = table.sentences[s_at - 1]
    # (across a paragraph break: the pronoun's paragraph opens with no name before it, '"C," she said')
    own_first = table.sentences[s_at].first
    across = sent.paragraph == p_at - 1 and all(
        k in res.quoted
        for k in range(
            bisect.bisect_left(res.mention_starts, own_first), bisect.bisect_left(res.mention_starts, at)
        )
    )
    if not (sent.paragraph == p_at or across) or any(
        table.locate(pos)[0] == s_at - 1 for _, pos in res.spoke[-4:]
    ):
        return -1
    if res.quotes_in(s_at - 1):
        return -1
    words, lows = res.tokens.words, res.lows
    for j in range(sent.first, sent.last):
        low = lows[j]
        nxt = lows[j + 1]
        if low == "him" or (low == "her" and (not nxt.isalpha() or nxt in PREPOSITIONS or nxt in _NOT_NOUNS)):
            return -1  # ('Ms. Lund hired her in 2019': an object pronoun keeps the other in view)
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    # ('After Ana Roe had spoken, Ida Lund rose.': past a fronted clause, its persons are not the centre)
    lo = next((k for k in range(lo + 1, hi) if _fronted_subject(res, k, sent.first)), lo)
    named = {table.of_mention[k] for k in range(lo, hi) if k not in res.quoted}  # (no date, no body)
    named = {e for e in named if not res.ents[e].unlikely_person and res.ents[e].kind != "organization"}
    if len(named) != 1:
        return -1  # ('The Europeans derided the deal, but Mr. Obama learned ...': two in view)
    k = next((k for k in range(lo, hi) if res.subject(k)), -1)
    framed = k in (-1, lo) and hi - lo == 1 and framed_subject(words, res.mentions[lo], sent.first)
    if framed:
        k = lo  # ('The captain, Jess Haworth, was ...': the name in apposition to the subject)
    if k < 0:
        k = next((k for k in range(lo, hi) if _fronted_subject(res, k, sent.first)), -1)
        if k < 0 and hi > lo and res.mentions[lo].first == sent.first:
            k = lo  # ('Ana Roe then took the floor.': an adverb between the subject and its verb)
        # (after a fronted adverbial, 'In that sense, Sandy Hook was ...', only a person known
        # to agree, or one given the turn to speak: a place may stand there too)
        if k < 0 or (
            (gender is None or res.ents[table.of_mention[k]].gender != gender)
            and not takes_turn(res, res.mentions[k].last + 1, sent.last)
        ):
            return -1
    after = res.mentions[k].last + (2 if framed else 1)
    who = after + 1 < sent.last and words[after] == "," and words[after + 1].lower() == "who"
    if who:  # ('Zhang, who runs the port, was upbeat.': past the subject's relative clause, a person's)
        after = next((j + 1 for j in range(after + 2, sent.last) if words[j] == ","), sent.last + 1)
    if (
        after > sent.last
        or not (words[after].isalpha() and words[after].islower())
        or words[after] in ("and", "or")
    ):
        return -1  # (a verb follows the subject: 'Ms. Lund disagreed', 'Roe was less sure')
    if refuses_comment(words, after, sent.last):
        return -1  # ('X, who chairs the panel, made no comment. "C," he added': not X)
    e = table.of_mention[k]
    ent = res.ents[e]
    if e not in scores and (scores or not census_clash(ent, gender)):
        return -1
    if res.spoke and res.spoke[-1][0] == e:
        return -1
    if across:
        return e if gender is not None and ent.gender == gender else -1
    if ent.person_evidence or (gender is not None and ent.gender == gender) or (who and ent.gender is None):
        return e
    # ('Kalani Alapaki disagreed.', 'Mabuza spoke first.': a first name no table lists, but a
    # verb of speaking or of a speaker's reaction right after the name shows a person)
    return e if ent.gender is None and takes_turn(res, after, sent.last) else -1


def _fronted_subject(res: Resolver, k: int, first: int) -> bool:
    """Is mention *k* the subject after a fronted adverbial of its sentence (from token
    *first*): *On the catwalk in February, Ana Berg had ...*
    (:func:`~quotex.entities.after_fronted_adverbial`)?"""
    m = res.mentions[k]
    lo = m.title_first if 0 <= m.title_first < m.first else m.first
    return after_fronted_adverbial(res.tokens.words, lo, first)


def _drop_possessor_of_pair(res: Resolver, gender: str, at: int, scores: dict[int, float]) -> None:
    """A pair of persons of unknown gender as a sentence's subject, then one possessive *his* or
    *her* in it (*'Ana Roe and Ida Lund ran the clinic until her retirement.'*): the possessive
    is the subject's, the first of the pair (the salience order names it), so the pair's two
    genders differ; a later pronoun of the other gender is not hers. Drops that first person
    from *scores* (changed in place) when the second is in them too (so agrees with the
    pronoun) and the pronoun's *gender* is not the possessive's. Reads the pair's mentions in the
    salience window before token *at* (:meth:`~quotex.speakers.salience.Resolver.in_window`)."""
    words, mentions, of_mention = res.tokens.words, res.mentions, res.table.of_mention
    for e in list(scores):
        ent = res.ents[e]
        if ent.gender is not None:
            continue
        for k in res.in_window(e, at):
            m = mentions[k]
            if k + 1 >= len(mentions) or tuple(words[m.last + 1 : m.last + 2]) != ("and",):
                continue
            other = of_mention[k + 1]
            if mentions[k + 1].first != m.last + 2 or other not in scores:
                continue
            if not res.subject(k) or _pair_possessive(res, k) in (None, gender):
                continue
            scores.pop(e)
            break


def _pair_possessive(res: Resolver, k: int) -> str | None:
    """The gender of the one possessive *his*/*her* after the pair at mentions *k*, *k* + 1 in
    their sentence, with no other person named in it; None otherwise."""
    table, lows = res.table, res.lows
    s, _ = res.where(k)
    sent = table.sentences[s]
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    pair = (table.of_mention[k], table.of_mention[k + 1])
    if any(e not in pair and res.ents[e].kind == "person" for e in table.of_mention[k + 2 : hi]):
        return None  # (another person the possessive may be: places and bodies are not)
    found: list[str] = []
    for j in range(res.mentions[k + 1].last + 1, sent.last):
        low, nxt = lows[j], lows[j + 1]
        if low == "his" or (
            low == "her" and nxt.isalpha() and nxt not in PREPOSITIONS and nxt not in _NOT_NOUNS
        ):
            found.append("m" if low == "his" else "f")
        elif low in ("him", "her", "he", "she"):
            return None
    return found[0] if len(found) == 1 else None


def _speaking_role_before(
    res: Resolver, gender: str | None, at: int, parts: Sequence[tuple[int, int]] = ()
) -> int:
    """The speaker of the previous attribution when it is a role description (:func:`speaking_role`)
    and no name stands between its source and the pronoun at token *at*: '"C," a spokesman for
    the port said. "D," he added.' is the spokesman's, not a man named before (a description
    has no mention to weigh in salience). The description spoke in this sentence or the one
    before, in this paragraph, or in the last sentence of the paragraph before when the
    pronoun's quotation (character spans *parts*) opens this one (:func:`_opens_next_paragraph`:
    '"C," the party's candidate said. NEW PARAGRAPH "D," he went on.'); else -1. A name in a
    prepositional phrase after the description's verb (:func:`_in_adjunct`), inside the
    pronoun's quotation, or inside the description itself and its relative clause
    (:func:`_past_relative`: 'a spokesman for Norland Ports') stands between them for no one."""
    if not res.spoke:
        return -1
    e, pos = res.spoke[-1]
    if pos >= at or not speaking_role(res.ents[e], gender, res.lexicon) or _asker(res.tokens.words, pos):
        return -1
    s_at, p_at = res.table.locate(at)
    s_k, p_k = res.table.locate(pos)
    if (p_k != p_at or s_at - s_k > 1) and not _opens_next_paragraph(res, s_k, p_k, parts):
        return -1
    starts, offsets = res.mention_starts, res.mention_offsets
    last = res.table.sentences[s_k].last
    own = _past_relative(res.tokens.words, res.source_last.get(pos, pos), last)
    for k in range(bisect.bisect_right(starts, own), bisect.bisect_left(starts, at)):
        m = starts[k]
        if not (m <= last and (_in_adjunct(res, pos, m) or reported_name(res, pos, m, at))) and not any(
            a <= offsets[k] < b for a, b in parts
        ):
            return -1
    return e


def _asker(words: Sequence[str], pos: int) -> bool:
    """Is the source at token *pos* the agent of a passive verb of asking ('Asked by a reporter
    whether ..., she said', 'Pressed by one analyst on ...')? The asker puts the question; the
    one asked answers it, so a *he* or *she* after it is not the asker."""
    return pos >= 2 and words[pos - 1] == "by" and words[pos - 2].lower() in ASKING_PARTICIPLES


def _past_relative(words: Sequence[str], b: int, last: int) -> int:
    """The last token of a description that ends at token *b* ('a spokesman for Norland
    Ports'), with the non-restrictive relative clause that follows it up to its closing comma
    ('One supporter, who had driven down from Sheffield,'), before token *last*: the names in
    it are part of the description, no rival antecedents."""
    if b + 2 > last or words[b + 1] != "," or words[b + 2].lower() not in ("who", "whose"):
        return b
    k = b + 3
    end = min(last, b + _RELATIVE_REACH)  # (a bounded walk: the cost stays linear)
    while k < end and words[k] != ",":
        k += 1
    return k if k < end else b


#: How many tokens a description's relative clause may hold (:func:`_past_relative`).
_RELATIVE_REACH = 30


def _in_adjunct(res: Resolver, pos: int, m: int) -> bool:
    """Is the name at token *m* inside a prepositional phrase after the verb that follows the
    source at token *pos* ('the candidate said in an interview with Radio Leith'), not that
    verb's object ('a reporter asked Ivo Berg', who may answer)?"""
    words, verbs = res.tokens.words, res.lexicon.verb_forms
    verb = next((j for j in range(pos + 1, m) if words[j] in verbs), -1)
    return verb >= 0 and any(words[j] in PREPOSITIONS for j in range(verb + 1, m))


def _opens_next_paragraph(res: Resolver, s_k: int, p_k: int, parts: Sequence[tuple[int, int]]) -> bool:
    """Does the quotation of character spans *parts* open the paragraph after *p_k*, whose
    last sentence is *s_k* (its first token the first of the sentence after *s_k*)?"""
    sentences = res.table.sentences
    if not parts or s_k + 1 >= len(sentences):
        return False
    nxt = sentences[s_k + 1]
    return nxt.paragraph == p_k + 1 and nxt.start <= parts[0][0] < res.tokens.ends[nxt.first]


def speaking_role(ent: Entity, gender: str | None, lexicon: Lexicon) -> bool:
    """Is *ent* a description that names one person by a role ('a spokesman for the port',
    'the harbour master': made when it spoke, with no name and no mention; a spokesperson's
    phrase is typed as a person's, or as its body's), whose head is a singular role noun that does not clash
    with the pronoun's *gender* ('spokeswoman' is no *he*)?"""
    if ent.kind not in ("other", "organization", "person") or ent.mentions:
        return False
    words = [w.lower() for w in ent.words]
    head = words[head_end(words) - 1]
    if head == "one" and ent.kind != "organization" and _one_of_people(words, lexicon):
        return True  # ('One of them, a line cook, told the court ...': one person of a group)
    if words in (["one"], ["another"]) and ent.kind != "organization":
        return True  # ('One, a pan man who asked not to be named, said ... "Q," he said.': one of a group)
    if ent.kind == "organization" and head not in lexicon.voice_nouns and head not in lexicon.role_nouns:
        return False  # ('the foreign ministry'; but 'a spokesman for the port' is one person)
    if head not in lexicon.role_nouns and (
        head not in lexicon.role_words or head.endswith(("s", "men", "people"))
    ):
        return False  # (a plural: 'officials', 'spokesmen', 'chairpeople')
    return not ((gender == "m" and head in FEMALE_WORDS) or (gender == "f" and head in MALE_WORDS))


def _one_of_people(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Are *words* (lower case) 'one of them' or 'one of the NOUNs' with a plural role noun
    ('one of the nurses'): one person of a group named before?"""
    if len(words) < 3 or words[:2] != ["one", "of"]:
        return False
    last = words[-1]
    return last == "them" or (last.endswith("s") and last[:-1] in lexicon.role_nouns)
