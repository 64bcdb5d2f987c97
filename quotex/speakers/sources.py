"""One source to its speaker.

:func:`resolve_source` reads a source as a name, a pronoun, a relative pronoun, an interview's
answer label, a possessor's phrase (*Her spokesman*, *Kestrel Ferries' spokeswoman*), a
document, a nominal or a description (*officials*). Input: a
:class:`~quotex.speakers.salience.Resolver`, an attribution and its source tokens; output:
(source tokens, entity, resolution path), recording that the entity spoke.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotex.attributions import Attribution
from quotex.attributions.control import REJECTING_LEMMAS
from quotex.attributions.role_lists import description_end, places_only
from quotex.attributions.unclaimed import negative_phrase
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DOCUMENT_NOUNS, PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import (
    ANSWER_LABELS,
    ASKING_PARTICIPLES,
    AUXILIARIES,
    COPULA,
    INTERVIEW_LABELS,
    ISSUING_PARTICIPLES,
    MODALS,
    QUESTION_LABELS,
    SIMPLE_PAST,
)
from quotex.lexicon.titles import SINGLE_SPOKESPERSON_NOUNS
from quotex.lexicon.verb_frames import REFUSAL_FORMS
from quotex.mentions.participles import participle_after_person
from quotex.speakers.cataphora import named_after, named_next, self_named, self_named_next, taken_up
from quotex.speakers.document_links import (
    document_it,
    issuer_next,
    note_document,
    possessed_document,
    same_document,
)
from quotex.speakers.documents import (
    ISSUED_IN_CLAUSE,
    aside_author,
    author_mention,
    by_author,
    earlier_author,
    earlier_description,
    inner_author,
    issuer,
    issuer_part,
    issuing_subject,
    named_author,
    relative_issuer,
)
from quotex.speakers.epithet_words import epithet_holder
from quotex.speakers.epithets import epithet_referent, party_referent
from quotex.speakers.family_names import family_member
from quotex.speakers.far_holders import far_holder
from quotex.speakers.former_latter import former_or_latter
from quotex.speakers.groups import floated_group, issued_it
from quotex.speakers.hypernyms import elided_noun, named_body, spoken_voice
from quotex.speakers.interviews import interviewee, interviewer
from quotex.speakers.introduced import described_man, introduced_person
from quotex.speakers.kinship import elder_bearer, named_as_owned, possessed_kin, the_kin
from quotex.speakers.labels import label_holder
from quotex.speakers.named_descriptions import named_source
from quotex.speakers.names import coordinated, find_head_mention, name_path, speaking_kind, widen
from quotex.speakers.nominals import nominal_possessor, nominal_title, resolve_nominal, subject_before
from quotex.speakers.pronouns import resolve_pronoun
from quotex.speakers.replies import reply_cue
from quotex.speakers.salience import Resolver
from quotex.speakers.source_cuts import fragment_opening, mentions_within, quantity_start, speaking_part
from quotex.speakers.words import (
    COUNT_NOUNS,
    OBJECT_FORMS,
    POSSESSIVE_MARKS,
    POSSESSIVE_PRONOUNS,
    WORK_ROLES,
    bare_label,
    document_word,
    head_end,
    is_authored,
    is_document,
    is_made,
    owners_words,
    phrase_kind,
    reduced_relative,
    source_head_words,
    strip_article,
)
from quotex.speakers.work_asides import before_recipient, before_time_tail


def resolve_source(
    res: Resolver,
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
    source = widen(tokens, source, mentions, res.mention_starts, table, cue=att.cue)
    issued = issuer_part(words, *source)  # 'A study published ... by researchers at X': theirs
    issued = issued or relative_issuer(words, res.lows, *source)  # 'a timeline the company published'
    source = issued[:2] if issued is not None else source
    cue_after = att.cue is not None and att.cue[0] >= tokens.ends[source[1]]
    a, b = speaking_part(words, res.lows, *source, verbs=lexicon.verb_forms, cue_after=cue_after)
    a = quantity_start(words, res.lows, a)  # '68% | of voters': the whole quantity
    source = (min(a, source[0]), source[1])
    source = (a, source[1]) if words[source[0] : a].count(",") else source  # 'in Leith, a nurse said'
    b = before_time_tail(words, a, b) if cue_after else _named_apposition(res, a, b)  # ('by X | on DAY')
    # ('One resident, a pensioner named Ilze Ozola, said'; 'The mother of a boy named NAME': hers)
    a, b = named_source(res, a, b, att.cue)
    source = (min(source[0], a), max(source[1], b))
    lo, inside, head_mention = _name_in(res, a, b, lexicon)
    verb = _clause_verb(words, a, b) if head_mention < 0 else -1
    if verb >= 0:
        # 'Local party leaders have picked slates of', 'Zucker didn't': a clause, whose
        # subject is the phrase before its verb; none when that is no phrase ('the are-you-...')
        if all(w in STOP_WORDS for w in res.lows[a:verb]):
            return source, -1, None
        b = verb - 1
        lo, inside, head_mention = _name_in(res, a, b, lexicon)
    lo = _before_question(res, a, lo)
    head = res.lows[b] if a == b else ""
    if (fixed := _fixed_source(res, a, b, verb=verb, named=head_mention >= 0)) is not None:
        return source, *fixed  # 'the Vermont Democrat': the lawmaker named before, or nobody
    if head in OBJECT_FORMS:
        if a == 0 or res.lows[a - 1] not in ("to", "by"):
            return source, -1, None  # 'C, told him about ...': the addressee never speaks
        head = OBJECT_FORMS[head]
    head = POSSESSIVE_PRONOUNS.get(head, head)
    path: str | None
    if att.rule == "transcript" and a == b and words[a] in INTERVIEW_LABELS:
        if words[a] in QUESTION_LABELS and res.first_question < 0:
            res.first_question = a
        e, path = interviewee(res, a, lo) if words[a] in ANSWER_LABELS else interviewer(res, a, lo)
    elif (
        att.rule == "transcript"
        and (held := _role_label(res, a, b, lo=lo, inside=inside, head_mention=head_mention)) >= 0
    ):
        e, path = held, "nominal"  # 'MODERATOR:', 'THE COURT:': the person given that role
    elif head_mention >= 0:
        k = inside[head_mention]
        e = table.of_mention[k]
        e = family_member(res, k, e, att)  # 'Quintanar says she ...': the woman of that name
        older = elder_bearer(res, k, e)  # 'the elder Sato': the parent of the two, or nobody
        path = name_path(words, a, mentions[k], lexicon) if older == e else "relation"
        e = older
        epithet = epithet_referent(res, k) if res.lows[mentions[k].first - 1] == "the" else None
        if epithet is not None:  # 'the Norwegian': the person introduced as one, or nobody
            e, path = epithet, "nominal" if epithet >= 0 else None
        group = coordinated(res, k, a, b)
        if group:
            e = res.phrase_entity(group, "other")  # 'Ivo Berg and Ina Varga said': 'Ivo Berg; Ina Varga'
        elif noun := _authored_noun(res.lows, a, b):
            res.authored[noun] = (e, a)  # 'a memo from the Fiscal Bureau': the memo's author
    elif head == "it" and ((held := document_it(res, a)) >= 0 or (held := issued_it(res, a)) >= 0):
        e, path = held, "document"  # 'The report states that C. It adds that D': the report's issuer
    elif head in PRONOUNS:
        skip = mentions_within(res.mention_offsets, att.parts, lo)
        if att.rule == "cue_noun":
            skip |= _judge_of_report(res, a, lo)
        e, path = resolve_pronoun(res, head, a, lo, skip, parts=att.parts)
    elif head in ("that", "which", "who"):
        # a relative pronoun is never the speaker's name: what it stands for is
        e, path = res.relative(a, lo)
    else:
        e, path = _resolve_phrase(res, a, b, lo, lexicon=lexicon)
    e, path = named_after(res, a, e, path, head)  # ('"C," said the engineer. Her name is Amra Kvitsinia.')
    if e >= 0:
        _recorded(res, e, (a, max(b, source[1])), att, None if issued is None else words[issued[2]].lower())
    return source, e, path


def _before_question(res: Resolver, a: int, lo: int) -> int:
    """*lo*, or the first mention of the sentence when the source at token *a* follows a
    fronted question clause and its comma ('Asked whether she would recall Mia Castellano, the
    44-year-old said'): a name in the question is its topic, never the one who answers."""
    words = res.tokens.words
    if a < 2 or words[a - 1] != ",":
        return lo
    sent = res.table.sentences[res.table.locate(a)[0]]
    if res.lows[sent.first] not in ASKING_PARTICIPLES:
        return lo
    return min(lo, bisect.bisect_left(res.mention_starts, sent.first))


def _recorded(
    res: Resolver, e: int, span: tuple[int, int], att: Attribution, issued_noun: str | None
) -> None:
    """Record entity *e* as having spoken through the source tokens *span* (not for a refusal:
    'X declined to comment', :func:`_refusal`), and as the author of the document *issued_noun*
    ('the study found': later, the same study's issuer)."""
    a = span[0]
    if not _refusal(res.tokens.text, att):
        res.record(e, a, span[1])
        if att.cue is not None and reply_cue(res.tokens.text[att.cue[0] : att.cue[1]]):
            res.replied.add(a)
    if issued_noun is not None:
        res.authored[issued_noun] = (e, a)


def _refusal(text: str, att: Attribution) -> bool:
    """Is *att* a refusal to speak, its cue *declined*/*refused* and its content an infinitive
    ('X declined to comment')? Its source is credited (PolNeAR keys such reports) but is not
    recorded as having spoken, so a later *he added* is not read as going on from it."""
    if att.cue is None or not att.parts:
        return False
    cue = text[att.cue[0] : att.cue[1]].lower()
    return cue in REFUSAL_FORMS and text[att.parts[0][0] : att.parts[0][1]].lower().startswith("to ")


def _fixed_source(res: Resolver, a: int, b: int, *, verb: int, named: bool) -> tuple[int, str | None] | None:
    """(entity, path) for source tokens *a..b* fixed before the name rules: a negative phrase
    that holds a name (*named*), which names nobody who spoke ('Neither Ivo Berg nor Ina Varga
    said C': the phrase, as PolNeAR marks it), *the former*/*the latter*
    (:func:`~quotex.speakers.former_latter.former_or_latter`) or a party's member
    (:func:`_party_source`)."""
    words = res.tokens.words
    if b == a + 1 and res.lows[a] == "the" and res.lows[b] in ("former", "latter"):
        return former_or_latter(res, a, res.lows[b])  # ('The former said C1; the latter said C2')
    if named and negative_phrase(res.lows, a, a + min(1, b - a)):
        return res.phrase_entity(" ".join(words[a : b + 1]), "other"), "description"
    return _party_source(res, a, b) if verb < 0 else None


def _party_source(res: Resolver, a: int, b: int) -> tuple[int, str | None] | None:
    """(entity, path) when source tokens *a..b* are a party epithet
    (:func:`~quotex.speakers.epithets.party_referent`), recorded as having spoken; else None."""
    e = party_referent(res, a, b)
    if e is None:
        return None
    if e >= 0:
        res.record(e, a)
    return e, "nominal" if e >= 0 else None


def _role_label(res: Resolver, a: int, b: int, *, lo: int, inside: Sequence[int], head_mention: int) -> int:
    """The holder of the role a transcript label names (:func:`~quotex.speakers.labels.label_holder`),
    unless the label is a person's name the text writes elsewhere ('JUDGE:' after 'Samuel
    Judge'); -1."""
    if head_mention >= 0:
        ent = res.ents[res.table.of_mention[inside[head_mention]]]
        if ent.kind == "person" and not ent.name.isupper():
            return -1
    return label_holder(res, a, b, lo)


#: Verb words that are never part of a noun phrase (finite verbs and auxiliaries).
_CLAUSE_VERBS = SIMPLE_PAST | AUXILIARIES | MODALS | COPULA - {"'s"}


def _clause_verb(words: Sequence[str], a: int, b: int) -> int:
    """The first token of source tokens *a..b* that is a finite verb or an auxiliary, which
    no noun phrase holds ('Local party leaders have picked slates of', 'the measures fell
    short of': the speaker is named before it, if at all); -1 when there is none. A verb right
    after a relative pronoun is its clause's, and the clause defines the phrase ('Many of those
    who came')."""
    for k in range(a, b + 1):
        if words[k] in _CLAUSE_VERBS and not (k > a and words[k - 1].lower() in ("who", "that", "which")):
            return k
    return -1


#: Tokens that close the clause after a name in apposition ('said one of them, Ivo Berg.').
_CLOSERS = frozenset((".", ",", ";", '"', "\u201d", "\u2019", "'"))


def _named_apposition(res: Resolver, a: int, b: int) -> int:
    """The last token of a person's name set off by a comma after an unnamed description that
    follows its cue and closes its clause ('said one of them, forward Kofi Lowther-Asante.',
    'said one of his teammates, Ivo Berg.'): the name is the description's, and the speaker
    (Quirk et al. 1985 §17.65). *b* when tokens *a..b* hold a name or open with a capital, or no
    such name follows."""
    words, mentions = res.tokens.words, res.mentions
    if (
        a == 0
        or not words[a].islower()
        or not (words[a - 1].islower() and words[a - 1] in res.lexicon.verb_forms)
    ):
        return b  # (only right after a verb of saying: not 'according to him, Mexico ...')
    # (the description may run on past the source: 'said one | of his teammates, NAME', or over a
    # relative clause naming only places: 'says the woman | who rebuilt X after the fire, NAME.')
    end, relative = description_end(words, b)
    if end + 2 >= len(words) or words[end + 1] != ",":
        return b
    # (a clause or the description may name places and bodies: 'one of the founders of the X, NAME')
    past = relative or places_only(words, a, end + 1)
    lo = bisect.bisect_left(res.mention_starts, end + 2 if past else a)
    if lo >= len(mentions) or mentions[lo].first <= end:
        return b  # (a name inside the description: 'a spokesman for Norland Ports')
    m = mentions[lo]
    # (its title may be the description itself: 'the head perfumer who ..., NAME' titles NAME)
    lead = m.title_first if end + 2 <= m.title_first < m.first else m.first
    ent = res.table.entities[res.table.of_mention[lo]]
    closes = m.last + 1 >= len(words) or words[m.last + 1] in _CLOSERS
    return m.last if lead == end + 2 and closes and ent.kind == "person" and not ent.body_evidence else b


def _name_in(res: Resolver, a: int, b: int, lexicon: Lexicon) -> tuple[int, list[int], int]:
    """(first mention index at or after *a*, the mentions inside tokens *a..b*, the index in
    that list of the one that heads the phrase or -1: :func:`find_head_mention`)."""
    mentions, table = res.mentions, res.table
    lo = bisect.bisect_left(res.mention_starts, a)
    hi = bisect.bisect_right(res.mention_starts, b)
    inside = [k for k in range(lo, hi) if mentions[k].last <= b]
    kinds = [speaking_kind(table.entities[table.of_mention[k]]) for k in inside]
    head_mention = find_head_mention(
        res.tokens.words, a, b, [mentions[k] for k in inside], kinds, voices=lexicon.voice_nouns
    )
    author = _inner_author_mention(res, a, b) if len(inside) > 1 else -1
    # ('A letter from NAME to BODY said': the letter's author, not its recipient)
    return lo, inside, inside.index(author) if author in inside else head_mention


def _inner_author_mention(res: Resolver, a: int, b: int) -> int:
    """The mention of the author a document that opens source tokens *a..b* names right after
    its noun and *by*/*from*/*of* ('A letter from NAME | to BODY'), or -1."""
    k = a + (res.lows[a] in ("a", "an", "the"))
    if k + 1 > b or not is_authored(res.lows[k]) or res.lows[k + 1] not in ("by", "from", "of"):
        return -1
    m = author_mention(res.tokens.words, k, res.mentions, res.mention_starts)
    return m if m >= 0 and res.mentions[m].last <= b else -1


def _resolve_phrase(res: Resolver, a: int, b: int, lo: int, *, lexicon: Lexicon) -> tuple[int, str | None]:
    """(entity, path) for source tokens *a..b* that hold no name or pronoun (:func:`_read_phrase`);
    a document source is noted for a later *it* or *the NOUN* (:func:`note_document`). Tokens that
    open with a preposition are the tail of a phrase and name nobody (:func:`fragment_opening`:
    'reports | of a possible attack')."""
    if fragment_opening(res.tokens.words, a, b):
        return -1, None
    if group := floated_group(res, a, b):
        return res.phrase_entity(group, "other"), "name"  # ('A, ROLE, and B, ROLE2, both said')
    if (kin := the_kin(res, source_head_words(res.tokens.words, a, b), a)) != -1:
        return (kin, "relation") if kin >= 0 else (-1, None)  # ('the father' after 'his daughter, B')
    e, path = _read_phrase(res, a, b, lo, lexicon=lexicon)
    owner_left = path == "description" and res.lows[a] in POSSESSIVE_PRONOUNS
    if owner_left and owners_words(res.tokens.words, a, b, lexicon):
        return -1, None  # ('Her message was simple:' with no one in view: the message is nobody)
    if path in ("document", "description", "nominal"):
        note_document(res, source_head_words(res.tokens.words, a, b), e, a)
    noun = _authored_noun(res.lows, a, b) if path == "description" and e >= 0 else ""
    if noun and noun not in res.lows[a : b + 1]:
        res.authored[noun] = (e, a)  # 'according to a report by | the city's audit office': the office's
    return e, path


def _read_phrase(res: Resolver, a: int, b: int, lo: int, *, lexicon: Lexicon) -> tuple[int, str | None]:
    """(entity, path) for source tokens *a..b* that hold no name or pronoun: a
    document ('the statement'), the person its own relative clause names ('the woman, who gave
    only her first name, Irina'), a nominal ('the senator'), else the phrase as a description
    ('officials'); (-1, None) when the phrase is empty."""
    tokens = res.tokens
    words = tokens.words
    owned = _possessor(res, a, b, lo)
    if owned is not None:
        got = _owned_phrase(res, owned, b)
        if got[0] >= 0:
            return got
    head_words = source_head_words(words, a, b)
    e = possessed_document(res, a, b)  # 'According to the museum's own records': the museum's
    if e < 0:
        e = same_document(res, head_words, a)
    if e < 0:
        e = earlier_author(res, head_words, a)  # 'The study found' after 'a study by the Centre ...'
    if e >= 0:
        return e, "document"  # 'the memo said', 'the report said' after 'a memo from the Fiscal Bureau'
    if not is_document(head_words) and any(is_made(w) and w not in COUNT_NOUNS for w in head_words):
        inner = named_author(res, a, b, lo)  # 'a Harbour Gazette analysis'
        if inner < 0:
            inner = by_author(res, a, b)  # 'The ruling, written by Justice Ines Marr, said'
        if inner < 0:
            inner = aside_author(res, b)  # 'Minutes of the meeting, published by BODY, say'
        if inner >= 0:
            return inner, "document"
    if is_document(head_words) and (e := _document_author(res, a, b, lo, head_words)) >= 0:
        return e, "document"
    e = self_named(res, b)  # 'said the woman, who gave only her first name, Irina': not an earlier woman
    if e < 0:  # ('A man in the back row asked ... "D," the man shot back': not the named man)
        e = described_man(res, head_words, a)
    if e >= 0:
        return e, "nominal"
    e = resolve_nominal(res, head_words, a, lo, lexicon)
    key = " ".join(head_words)
    if e < 0:  # 'the operator' named Solent Crossways before; "the sheriff's office" is the one named so
        e = res.nominals.get(key, -1)
        e = e if e >= 0 else named_body(res, list(head_words))
    if e < 0:  # ('Lorraine Ebbage, 36, ... | The veteran says'; 'the skipper', however far back)
        e = far_holder(res, head_words, a, lo, found=introduced_person(res, head_words, a, lo))
    e = e if e >= 0 else epithet_holder(res, head_words, a, lexicon)  # ('the incumbent', 'the Oregon man')
    if e >= 0:
        if res.ents[e].kind == "organization":
            res.nominals[key] = e
        return nominal_title(res, e, head_words), "nominal"  # ('the 19-year-old defender': 'defender')
    e = named_author(res, a, b, lo)
    if e < 0:
        e = issuer_next(res, head_words, a)  # 'according to a report' / 'The board said in the report'
    if e >= 0:
        return e, "document"
    return _description(res, a, b, lo, head_words, lexicon=lexicon)


def _document_author(res: Resolver, a: int, b: int, lo: int, head_words: Sequence[str]) -> int:
    """The author of the document that source tokens *a..b* name: one the phrase or the
    sentence names ('A letter from Kestrel Ferries to residents warned', 'the Security Council
    issued a statement', 'a Harbour Gazette analysis'; a named author is recorded for a later
    'the memo'), else its issuer, the most salient person or body (a recent speaker scores
    high) or the latest speaker ('The statement read'); -1 when none."""
    inner = inner_author(res, a, b)
    if inner < 0:  # ('The document, prepared by the Harbour Trust, says', 'The lawsuit, filed by NAME,')
        inner = aside_author(res, b)
    if inner < 0:
        inner = issuing_subject(res, a, b)  # 'the Security Council issued a statement'
    if inner < 0:
        inner = named_author(res, a, b, lo)  # 'a Harbour Gazette analysis'
        noun = next((w for w in reversed(head_words) if is_document([w])), "")
        if inner >= 0 and noun:  # ('according to a leaked Treasury memo ... The memo warns')
            res.authored[noun] = (inner, a)
    return inner if inner >= 0 else issuer(res, a, lo)


def _description(
    res: Resolver, a: int, b: int, lo: int, head_words: Sequence[str], *, lexicon: Lexicon
) -> tuple[int, str | None]:
    """The source phrase *a..b* as an unnamed description: the person the next paragraph introduces
    or names (cataphora), else the phrase itself ('officials', 'spokeswoman for the ministry', a
    person; 'another evacuee' for 'another' after 'one evacuee'); (-1, None) when it is empty."""
    tokens, words = res.tokens, res.tokens.words
    # (a participle phrase after the person is no part of the name: 'a driver resting under X')
    b = next((k - 1 for k in range(a + 1, b + 1) if participle_after_person(words, k, b, lexicon)), b)
    b = next((k - 1 for k in range(a + 2, b + 1) if reduced_relative(words, k, b)), b)
    comma = next((k for k in range(a + 1, b + 1) if words[k] == ","), b + 1)  # (a token: not '1,157')
    end = min(before_recipient(res.lows, a, b), comma - 1)  # ('An open letter to Professor Ormsby')
    name = strip_article(tokens.text[tokens.starts[a] : tokens.ends[end]].strip())
    e = named_next(res, ["a", *head_words] if bare_label(res.tokens, a, b) else head_words, a, lo)
    if e >= 0 and res.ents[e].kind == "person" and not res.ents[e].titles and name:
        res.ents[e] = attrs.evolve(res.ents[e], titles=(name,))  # ('The founder of X' / 'NAME founded X')
    if e < 0:
        e = taken_up(res, head_words, a)  # 'A Dutch museum will return ..., the museum announced'
    if e < 0:
        e = self_named_next(res, head_words, a)  # 'A woman ... said' / ', said the woman, who gave ... Irina'
    if e >= 0:
        return e, "nominal"  # 'A fire investigator told ...' / 'Ana Berg, a senior investigator, ...'
    if not name:
        return -1, None
    name = elided_noun(res, name)  # 'another said' after 'one evacuee said': 'another evacuee'
    name = earlier_description(res, head_words, a) or name  # 'The report said' after 'a staff report'
    owner_end = max((k for k in range(a, b + 1) if words[k] in POSSESSIVE_MARKS), default=a - 1)
    own = source_head_words(words, owner_end + 1, b) if owner_end < b else head_words
    kind = phrase_kind(own, lexicon)
    if own[head_end(own) - 1 : head_end(own)] and own[head_end(own) - 1] in SINGLE_SPOKESPERSON_NOUNS:
        kind = "person"  # ('a spokeswoman for the ministry': one unnamed person)
    return res.phrase_entity(name, kind), "description"


def _authored_noun(lows: Sequence[str], a: int, b: int) -> str:
    """The written work (lower case) whose author source tokens *a..b* name: an article, the
    work and *from*/*by*/*of* opening the source ('a memo from the Fiscal Bureau') or standing
    just before it ('according to a report from | the Fiscal Bureau'), or the work a contact
    clause's subject issued ('according to a review the Schools Commission released'); else ''.
    *lows*: the words in lower case."""
    for k in (a, a - 3, a - 4):
        led = k == a - 4 and lows[k + 2] in ISSUING_PARTICIPLES  # 'a study led by | NAME'
        if (
            k >= 0
            and k + 2 < b
            and lows[k] in ("a", "an", "the")
            and is_authored(lows[k + 1])
            and (lows[k + 2 + led] in ("from", "by", "of") and (k != a - 4 or led))
        ):
            return lows[k + 1]
    contact = b + 1 < len(lows) and lows[b + 1] in ISSUED_IN_CLAUSE  # 'a review BODY released'
    if contact and a + 2 < b and lows[a] in ("a", "an") and is_authored(lows[a + 1]):
        return lows[a + 1]
    return ""


def _possessor(res: Resolver, a: int, b: int, lo: int) -> tuple[int, str, int] | None:
    """(entity, path, first token after it) when source tokens *a..b* open with a possessor
    that resolves: a possessive pronoun ('Her spokesman', 'Its chief executive', resolved
    as the pronoun would be) or a name with *'s* ('Kestrel Ferries' spokesman', 'Councillor
    Ines Marr's lawyer'); else None."""
    words, lows = res.tokens.words, res.lows
    low = lows[a]
    if low in POSSESSIVE_PRONOUNS:
        if a == b:
            return None
        e, path = resolve_pronoun(res, POSSESSIVE_PRONOUNS[low], a, lo, frozenset(), learn=False)
        return (e, path, a + 1) if e >= 0 else None
    if (owner := nominal_possessor(res, a, b, lo)) is not None:  # "the minister's office"
        return owner[0], "nominal", owner[1]
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
    if m.last + 2 > b or words[m.last + 1] not in POSSESSIVE_MARKS:
        return None
    return (res.table.of_mention[k], "name", m.last + 2)


def _owned_phrase(res: Resolver, owned: tuple[int, str, int], b: int) -> tuple[int, str | None]:
    """(entity, path) for a source whose possessor resolved (:func:`_possessor`).

    A document is its owner's ('Her statement said' -> her); a body keeps its spokespeople's
    words ('Kestrel Ferries' spokesman said', 'Its
    spokeswoman said' -> the body, as 'a spokeswoman for Kestrel Ferries'); anything else is
    a description that names the owner ('Her spokesman' -> "Ines Marr's spokesman", 'Its
    leader' after 'The union' -> "union's leader"), never the owner: a person's spokesman or
    lawyer is not the person. After a person's name the phrase names the owner by the
    canonical full name ("Clinton's campaign" -> "Hillary Clinton's campaign"); after *its* or
    *their* (which may stand for a thing: 'Its author') the phrase stays as written: (-1,
    None), and after *his* or *her* too unless the owner's gender is written or given by a
    first name and agrees.
    """
    e, path, r = owned
    tokens = res.tokens
    rest_words = source_head_words(tokens.words, r, b)
    head = rest_words[-1] if rest_words else ""
    ent = res.ents[e]
    owner_word = tokens.words[r - 1].lower()
    cut_long = owner_word not in ("its", "their") and any(document_word(w) for w in rest_words[:3])
    noun = rest_words[head_end(rest_words) - 1] if rest_words else ""  # (before 'with regulators')
    authored = (  # ("Kestrel Ferries' annual filing states"; not "its reports": 'it' may be anything,
        # nor counts, "Nevada's party's estimates": whose count is not said; 'His remarks indicated')
        (is_authored(noun) or owners_words(res.tokens.words, r - 1, b, res.lexicon))
        and noun not in COUNT_NOUNS
        and owner_word not in ("its", "their")
        and not any(w in POSSESSIVE_MARKS for w in tokens.words[r : b + 1])
    )
    if head in DOCUMENT_NOUNS or cut_long or authored:
        return e, "document"  # ('Her statement said'; a source cut long: 'his speech carried little')
    rest = tokens.text[tokens.starts[r] : tokens.ends[b]].split(",")[0].strip()
    holder = named_as_owned(res, e, rest, noun)
    if holder >= 0:
        return holder, "nominal"  # ('His daughter said' after "Calder's daughter, Fiona Calder-Wylie,")
    if (holder := possessed_kin(res, e, rest_words, r, pronoun=owner_word)) >= 0:
        return holder, "relation"  # ('her son' after 'A runs X with her son, B': B)
    mark = "'" if ent.name.endswith("s") else "'s"
    if head in res.lexicon.voice_nouns and ent.kind == "organization":
        if head in SINGLE_SPOKESPERSON_NOUNS and rest:  # one unnamed voice: "Kestrel Ferries' spokesman"
            again = spoken_voice(res, head, e)  # (or the one 'a spokesperson for X' introduced)
            return (
                again if again >= 0 else res.phrase_entity(f"{ent.name}{mark} {rest}", "person")
            ), "description"
        return e, path
    office = (  # 'The union rejected it. Its leader said': a post in the body the sentence before is about
        owner_word == "its"
        and ent.kind == "organization"
        and head in res.lexicon.role_nouns
        and subject_before(res, e, r - 1)
    )
    if rest and owner_word in POSSESSIVE_MARKS and ent.kind == "person" and _one_bearer(res, e):
        # ("Colquitt's office" after 'Gov. Adrienne Colquitt': the owner by the canonical full name)
        written = tokens.text[tokens.starts[r - 1] : tokens.ends[r - 1]] if path == "name" else mark
        # (the text's own mark after a name: its words may read a bare apostrophe as 's)
        kind = phrase_kind(rest_words, res.lexicon)
        return res.phrase_entity(f"{ent.name}{written} {rest}", kind), "description"
    if not rest or (owner_word not in ("his", "her") and not office) or head in WORK_ROLES:
        return -1, None  # ('Its author': 'it' may be a report)
    named = res.table.entities[e] if e < len(res.table.entities) else ent  # (as the text gave it)
    # ('Le Minh Tuan ..., his office said': the sentence's one person, of no or weak gender, owns it)
    weak = {named.evidence, ent.evidence} <= {None, "registered"}
    here = path == "pronoun_sentence" and weak and len(ent.words) > 1
    if (
        not office
        and not here
        and (
            named.evidence not in ("text", "first_name")
            or named.gender != PRONOUNS[POSSESSIVE_PRONOUNS[owner_word]][0]
        )
    ):
        return -1, None  # the owner's gender is known only from pronouns: not sure enough to print
    kind = phrase_kind(rest_words, res.lexicon)
    return res.phrase_entity(f"{ent.name}{mark} {rest}", kind), "description"


def _one_bearer(res: Resolver, e: int) -> bool:
    """Is entity *e* a person with a full name whose last word no other person of the
    document bears ('Hillary Clinton' beside 'Bill Clinton' is not: "Clinton's campaign" is
    left as written)?"""
    words = res.ents[e].words
    if len(words) < 2:
        return False
    last = words[-1]
    table = res.table.entities  # (the names index is made once a document: the cost stays linear)
    return not any(
        k != e and table[k].kind == "person" and table[k].words[-1] == last
        for k in res.named_with(last.lower())
    )


def _judge_of_report(res: Resolver, a: int, lo: int) -> frozenset[int]:
    """The mentions, in the sentence of the possessive source at token *a* and before it, of
    the subject of a verb of rejection just before it (*Ana Berg rejected | his claim that C*:
    :data:`~quotex.attributions.control.REJECTING_LEMMAS`): one rejects another's report,
    so the claim's *his* is not that subject; else none."""
    lows = res.lows
    verb = res.lexicon.verb_forms.get(lows[a - 1]) if a >= 1 else None
    if verb is None or verb[0] not in REJECTING_LEMMAS:
        return frozenset()
    s_at, _ = res.table.locate(a)
    return frozenset(k for k in range(max(0, lo - 6), lo) if res.where(k)[0] == s_at)
