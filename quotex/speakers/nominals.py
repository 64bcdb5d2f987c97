"""Nominal antecedents.

*the analyst*, *the senator*, *the company*, *the 47-year-old*, *the woman* -> the most salient
entity with that title, age, gender or kind; and the unnamed nominal subject of a sentence
(*The airline said ...*, *Two nurses waited*), which competes with named entities as a
pronoun's antecedent. Input: a :class:`~quotex.speakers.salience.Resolver` and a source's head
words or a token; output: an entity index (-1 when none) and the resolution path.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Container, Sequence

import attrs

from quotex.entities import Entity
from quotex.lexicon import Lexicon
from quotex.lexicon.deeds import DEED_VERBS
from quotex.lexicon.places import LEADING_GENERICS, PLACE_GENERICS
from quotex.lexicon.titles import (
    FOREIGN_BODY_NOUNS,
    FOREIGN_NOUN_ENDINGS,
    GENERIC_BODIES,
    PLACE_ABBREVIATIONS,
    plural,
)
from quotex.speakers.agreement import place_name
from quotex.speakers.body_kinds import kind_body, place_or_person, shows_person, unnamed_bodies
from quotex.speakers.cataphora import self_named
from quotex.speakers.club_titles import team_in_titles
from quotex.speakers.deed_doers import ROLE_FORM_ENDINGS, deed_doer, relative_holder
from quotex.speakers.description_agreement import described
from quotex.speakers.held_titles import (
    apposed_description_holder,
    earlier_holders,
    full_person_names,
    modified_title,
    own_title,
    spelt_forms,
    stated_title_holder,
)
from quotex.speakers.hypernyms import (
    apposed_body,
    apposed_name,
    compatible_holder,
    spoken_description,
)
from quotex.speakers.initialisms import aged_or_initialled
from quotex.speakers.kinship import kin_subject
from quotex.speakers.nominal_phrases import find_nominal_subject, nominal_class, place_phrase_end
from quotex.speakers.salience import (
    AGREES,
    BASE,
    SUBJECT,
    Resolver,
    body_like,
    decay,
    lone_name,
    most_salient,
)
from quotex.speakers.words import (
    AUTHORED,
    COMMERCIAL_BODIES,
    GENDER_NOUNS,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    PUBLIC_BODY_HEADS,
    head_end,
    strip_article,
)

#: How many sentences back (this one included) an unnamed nominal subject can be a pronoun's antecedent.
NOMINAL_SENTENCES = 4


def subject_before(res: Resolver, e: int, at: int) -> bool:
    """Is entity *e* the subject of the sentence before the one at token *at*, in the same
    paragraph: a mention of it, or the unnamed subject it was made from ('The nurses union
    rejected the offer.')?"""
    table = res.table
    s_at, p_at = table.locate(at)
    s = s_at - 1
    if s < 0 or table.sentences[s].paragraph != p_at:
        return False
    sent = table.sentences[s]
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    if any(table.of_mention[k] == e and res.subject(k) for k in range(lo, hi)):
        return True
    got = nominal_subject(res, s)
    if got is None:
        return False
    first, head, _ = got
    text = res.tokens.text[res.tokens.starts[first] : res.tokens.ends[head]]
    return res.phrases.get(strip_article(text).lower()) == e


def nominal_subject(res: Resolver, s: int) -> tuple[int, int, str] | None:
    """Sentence *s*'s unnamed nominal subject
    (:func:`~quotex.speakers.nominal_phrases.find_nominal_subject`), cached."""
    if s in res.nominal_subjects:
        return res.nominal_subjects[s]
    got = res.nominal_subjects[s] = find_nominal_subject(
        res.tokens.words, res.lows, res.table.sentences[s], res.lexicon
    )
    return got


def nominal_antecedent(
    res: Resolver,
    at: int,
    parts: Sequence[tuple[int, int]],
    agrees: Sequence[str],
    to_beat: float,
    *,
    linked: Callable[[int], bool] | None = None,
) -> tuple[int, str] | None:
    """(entity, path) of the unnamed nominal subject ('The airline', 'A woman in Tromso',
    'Two nurses') of this or an earlier sentence, in this paragraph or the one before,
    that ends before token *at*, agrees (its agreement class is in *agrees*: "it", "they",
    "he", "she", or "person" for a person of unknown gender) and is more salient than
    *to_beat*, the best named candidate's score (and, with *linked*, in a sentence it
    accepts); else None. Its salience is a subject's,
    decayed like a mention's, plus the agreement bonus for a gendered noun. The nominal
    is the named entity it refers back to when :func:`resolve_nominal` finds one ('the
    company' after 'Norland Robotics'), else an entity of its own ('airline')."""
    table = res.table
    if not table.sentences:
        return None
    s_at, p_at = table.locate(at)
    starts = res.tokens.starts
    best: tuple[float, int, int, str, int] | None = None
    bonus = AGREES["text"] if any(a in ("he", "she") for a in agrees) else 0.0
    for s in range(s_at, max(-1, s_at - NOMINAL_SENTENCES), -1):
        d_p = p_at - table.sentences[s].paragraph
        if d_p > 1 or (BASE + SUBJECT) * decay(s_at - s, d_p) + bonus <= max(
            to_beat, best[0] if best else 0.0
        ):
            break  # (further back cannot beat what is found: the decay only grows)
        got = nominal_subject(res, s) if linked is None or linked(s) else None
        if got is None:
            continue
        first, head, agree = got
        if agree == "person" and agree not in agrees:
            agree = _epithet_agreement(res, first, head)  # 'the nominee' = a named man: *he*
        if head >= at or agree not in agrees:
            continue
        if any(ps <= starts[first] < pe for ps, pe in parts):
            continue
        score = (BASE + SUBJECT) * decay(s_at - s, d_p)
        if agree in ("he", "she"):
            score += AGREES["text"]
        if score > to_beat and (best is None or score > best[0]):
            best = (score, first, head, agree, s)
    if best is None:
        return None
    _, first, head, agree, s = best
    words, lows = res.tokens.words, res.lows
    lo = bisect.bisect_left(res.mention_starts, first)
    # ('His daughter said ... She said': the person that source was)
    owned = lows[first] in ("his", "her", "their") and agree in ("he", "she")
    e = _spoke_through(res, first) if owned else -1
    if e < 0:  # ('His daughter disagreed. "Q," she said' after 'A ... with his daughter, B': B)
        e = kin_subject(res, first, head)
    if e < 0:
        e = resolve_nominal(res, [w.lower() for w in words[first : head + 1]], first, lo, res.lexicon)
    if e < 0 and agree in ("he", "she", "person") and lows[first] in ("the", "this", "that"):
        return None  # 'The billionaire businessman said': an epithet of a named person, not a new one
    if e < 0:
        end = place_phrase_end(words, head, table.sentences[s].last)
        e = self_named(res, end)  # ('A man in a jersey, who gave his name as Derrick, said')
    if e < 0:
        text = res.tokens.text[starts[first] : res.tokens.ends[end]]
        body = agree == "it" or nominal_class(lows[head], res.lexicon)[0] == "body"
        e = res.phrase_entity(strip_article(text), "organization" if body else "other")
    if s == s_at:
        return e, "pronoun_sentence"
    return e, "pronoun_paragraph" if table.sentences[s].paragraph == p_at else "pronoun_far"


def _spoke_through(res: Resolver, first: int) -> int:
    """The entity that spoke through a source opening at token *first* (among the last few
    speakers), or -1."""
    return next((e for e, pos in reversed(res.spoke[-4:]) if pos == first), -1)


def _epithet_agreement(res: Resolver, first: int, head: int) -> str:
    """The pronoun of a role nominal of no gender of its own (*the nominee*) that names a person
    whose gender is known ('presumptive nominee Tom Varga ... the nominee'), else ''."""
    head_words = [w.lower() for w in res.tokens.words[first : head + 1]]
    lo = bisect.bisect_left(res.mention_starts, first)
    e = resolve_nominal(res, head_words, first, lo, res.lexicon)
    return {"m": "he", "f": "she"}.get((res.ents[e].gender or "") if e >= 0 else "", "")


def resolve_nominal(res: Resolver, head_words: Sequence[str], at: int, lo: int, lexicon: Lexicon) -> int:
    """'the senator', 'the 47-year-old', 'the company', 'the woman' -> an entity, or -1."""
    if not head_words or head_words[0] not in ("the", "this", "that"):
        return -1
    if len(head_words) > _longest(head_words):
        return stated_title_holder(res, head_words, lo)  # ('the former chairman of the parish council')
    e = apposed_name(
        res, head_words, at
    )  # ('The developer, Hollowmere Renewables, says' ... 'the developer')
    # ('the timber firm': Norsk Timber; 'the union chief': union leader NAME; contradicted bodies skipped)
    verdict, skip = (e, frozenset[int]()) if e >= 0 else described(res, head_words, at, lo)
    if verdict is not None:
        return verdict
    # (the noun before 'of' heads 'the secretary of state', 'the mayor of leith')
    head = head_words[head_words.index("of") - 1] if "of" in head_words[2:] else head_words[-1]
    found = aged_or_initialled(res, head_words, head, at, lo)
    found = found if found is not None else _spelt_holder(res, head_words, head, at, lo)
    if found is not None:
        return found
    if head in GENDER_NOUNS and len(head_words) == 2:
        g = GENDER_NOUNS[head]
        # (a person's, not a place's that reads like a man's name: 'the pond at Gilford Bay Park')
        near = res.salience(
            at, lo, frozenset(), lambda ent: ent.kind == "person" and ent.gender == g and not place_name(ent)
        )
        return most_salient(near) if near else -1
    if head in lexicon.role_words or head in lexicon.role_nouns:
        forms = _role_forms(head, lexicon)
        vice = len(head_words) > 1 and head_words[-2] == "vice"  # ('the vice-chancellor')
        forms = (f"vice-{head}", *forms) if vice else forms
        holders = earlier_holders(res, forms, lo)
        if holders:
            return _salient_holder(res, holders, forms, head_words, at=at, lo=lo)
        e = relative_holder(res, head, lo)
        if e < 0 and 2 <= len(head_words) <= 4 and head_words[-1] == head:
            e = spoken_description(res, head, at, head_words[1:-1])  # ('the former official')
        e = e if e >= 0 or head not in DEED_VERBS else deed_doer(res, DEED_VERBS[head], lo)  # (the witness)
        e = e if e >= 0 else compatible_holder(res, head_words, at, lo)
        return e if e >= 0 else kind_body(res, head_words, at, lo)  # ('Ofwat ... the regulator said')
    if head in _TEAM_NOUNS and len(head_words) == 2:
        return _team_or_holder(res, head, at, lo)
    if head in lexicon.organization_nouns or head in GENERIC_BODIES:
        body = _holder_or_body(res, head_words, head, at, lo, skip=skip)
        if body is not None:
            return body
    if (body := kind_body(res, head_words, at, lo)) >= 0:
        return body  # ('Westmere Police confirmed ... the force said', 'the City of Tshwane ... the city')
    if (
        head.isalpha()
        and head not in lexicon.organization_nouns
        and head not in AUTHORED
        and res.holders_of(head)
    ):
        e = _titled_by_head(res, head, at, lo)
        if e >= 0:
            return e  # 'the midwife' after 'Ana Berg, a retired midwife,': a role the lexicon does not list
    if head not in lexicon.organization_nouns:
        # ('the resident' after 'Ana Berg, who has lived in Tarrow', :data:`DEED_VERBS`; 'the
        # plaintiff' after 'Ana Roe is suing ...')
        e = deed_doer(res, DEED_VERBS[head], lo) if head in DEED_VERBS else -1
        e = e if e >= 0 else compatible_holder(res, head_words, at, lo)
        if e >= 0:
            return e
    modifiers = head_words[1:-1]  # ('the fiscal bureau' after 'the Legislative Fiscal Bureau')
    if len(head_words) <= 4 and head.replace("-", "").isalpha() and all(w.isalpha() for w in modifiers):
        e = named_by_head(res, head, at, lo, modifiers=modifiers)
        if e >= 0:
            res.as_body(e)  # ('the partnership': referred to as a body, it is one)
            return e
    return apposed_description_holder(res, head_words, lo)  # ('NAME, a keen amateur astronomer,')


def _holder_or_body(
    res: Resolver, head_words: Sequence[str], head: str, at: int, lo: int, *, skip: frozenset[int]
) -> int | None:
    """A modified body noun ('the kiln operator') -> the person introduced with that role
    ('Kiln operator NAME'), else :func:`_body_nominal` (of the bodies not in *skip*)."""
    held = _titled_by_head(res, head, at, lo) if head in GENERIC_BODIES and len(head_words) > 2 else -1
    return held if held >= 0 else _body_nominal(res, head, at, lo, skip)


def _body_nominal(
    res: Resolver, head: str, at: int, lo: int, skip: frozenset[int] = frozenset()
) -> int | None:
    """'the ministry', 'the company' (an organisation noun or a generic body noun *head*) -> the
    most salient body whose name holds it (or the one body named so before, however far back),
    else for a generic noun the body an apposition
    introduced with one, else the most salient body (-1 when none); None when a non-generic
    noun names no body (the caller reads on). Bodies in *skip* (a description contradicts them:
    :func:`~quotex.speakers.description_agreement.agreeing_body`) are none."""
    named = res.salience(at, lo, skip, lambda ent: names_noun(ent, head))
    if not named and head not in GENERIC_BODIES and head not in COMMERCIAL_BODIES:
        # ('the Kelvinside Institute of Technology' ten paragraphs up: the one so named; not a
        # generic noun, 'the network', whose body may be one named otherwise)
        far = [e for e in res.named_with(head) if res.ents[e].mentions and res.ents[e].mentions[0] < lo]
        if len(far) == 1 and body_like(res.ents[far[0]]) and not shows_person(res, res.ents[far[0]]):
            return far[0]
    trading = head in COMMERCIAL_BODIES
    # ('Gridlark, a Leeds startup ... The company said': the body an apposition introduced,
    # before an unnamed description that spoke, 'A Leeds company says')
    e = -1
    if head in GENERIC_BODIES:
        e = apposed_body(res, COMMERCIAL_BODIES if trading else GENERIC_BODIES, lo)
        e = -1 if e in skip else e
    if named and (e < 0 or not res.ents[most_salient(named)].words[-1].islower()):
        return most_salient(named)
    if e >= 0:
        return e
    if head not in GENERIC_BODIES:
        return None

    def fits(ent: Entity) -> bool:  # ('jobs outside the United States ... the company said': no company)
        return _fits(ent, trading) and not (trading and place_or_person(res, ent))

    bodies = res.salience(at, lo, skip, lambda ent: ent.kind == "organization" and fits(ent))
    bodies = bodies or unnamed_bodies(res, at, lo, skip, fits, lone=trading)
    if not bodies:
        return -1
    e = most_salient(bodies)
    res.as_body(e, spoken=lone_name(res, res.ents[e]))  # (a lone word called a body is one: "Quillstream")
    return e


#: Nouns for a sports club that refer back to a team named before ('Cairnfield Rovers ... the club').
_TEAM_NOUNS = frozenset(["club", "team"])


def _team(res: Resolver, at: int, lo: int) -> int:
    """'the club' or 'the team': the one body named before mention index *lo* whose name does
    not end in an organisation noun ('Cairnfield Rovers', 'Kingsbridge City'; not 'the Marrowgate
    Housing Co-operative' or 'Lumora Biotech Group'), with no gender (a first name's: 'Ana
    Lund'), that the text does not show as a person; with none, the one club that persons'
    titles name (:func:`~quotex.speakers.club_titles.team_in_titles`); of several, the one whose
    name shows a body (*Kingsmere United* beside *Min-seo Baek*, a name of no known gender);
    -1 when none or more than one such body is in reach."""
    nouns = res.lexicon.organization_nouns

    def team_like(ent: Entity) -> bool:
        words = [w.lower() for w in ent.words]
        if len(words) < 2 or ent.gender is not None or not body_like(ent) or shows_person(res, ent):
            return False
        return (
            words[-1] not in nouns
            and words[-1] not in GENERIC_BODIES
            and words[head_end(words) - 1] == words[-1]
        )

    scores = res.salience(at, lo, frozenset(), team_like)
    if not scores:
        return team_in_titles(res, lo)  # ('Kingsbridge City head coach Ruairi Dempsey')
    if len(scores) > 1:  # ('Kingsmere United sacked Min-seo Baek': the one named as a body)
        scores = {e: v for e, v in scores.items() if res.ents[e].kind == "organization"}
    e = _subject_just_before(res, at, scores) if len(scores) > 1 else -1
    if e < 0 and len(scores) != 1:  # ('A beat B. | A issued a statement. The club said': A)
        return -1
    e = e if e >= 0 else next(iter(scores))
    res.as_body(e)
    return e


def _subject_just_before(res: Resolver, at: int, candidates: Container[int]) -> int:
    """The one of *candidates* that is the subject of the sentence just before the one that the
    nominal at token *at* opens; -1 when none or the nominal opens no sentence."""
    table = res.table
    s_at = table.locate(at)[0]
    if s_at == 0 or table.sentences[s_at].first != at:
        return -1
    sent = table.sentences[s_at - 1]
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    return next((e for k in range(lo, hi) if (e := table.of_mention[k]) in candidates and res.subject(k)), -1)


def names_noun(ent: Entity, head: str) -> bool:
    """Does the name of *ent* hold the body noun *head*, in English or in the language the
    name keeps ('the party' of 'Rashtriya Lok Dal', 'Partido Verde', 'Volkspartei':
    :data:`~quotex.lexicon.titles.FOREIGN_BODY_NOUNS`)?"""
    words = ent.name.lower().split()
    if head in words:
        return True
    foreign, endings = FOREIGN_BODY_NOUNS.get(head), FOREIGN_NOUN_ENDINGS.get(head, ())
    if foreign is None or (ent.kind == "person" and (ent.gender is not None or ent.person_evidence)):
        return False  # (a person's name: 'Aylin Dal')
    return any(w in foreign or w.endswith(endings) for w in words)


def _team_or_holder(res: Resolver, head: str, at: int, lo: int) -> int:
    """'the club', 'the team' (*head*): the team :func:`_team` finds when it is named as a body;
    else the body whose name holds the noun (:func:`_body_nominal`: 'the club' after 'the
    Adelaide Rowing Club', four paragraphs up), when there is one; else :func:`_team`'s pick
    (a name of no known gender, or -1)."""
    team = _team(res, at, lo)
    if team >= 0 and res.ents[team].kind == "organization":
        return team
    held = _body_nominal(res, head, at, lo)
    return held if held is not None and held >= 0 else team


def _fits(ent: Entity, trading: bool) -> bool:
    """May a generic body noun refer to body *ent*? A business noun ('the company', *trading*)
    never refers to a body whose name ends in a public or membership body's noun ('the
    Securities and Exchange Commission', 'the Department of Rural Affairs': the noun before a
    preposition heads such a name, :func:`~quotex.speakers.words.head_end`); no generic body
    noun refers to a country's abbreviation, with or without its full stops
    (:data:`~quotex.lexicon.titles.PLACE_ABBREVIATIONS`: 'U.S.'), and a business noun to no name
    of a place ('River Tamble', 'Sunset Bay'); other bodies fit any."""
    if ent.name.replace(".", "") in PLACE_ABBREVIATIONS:
        return False  # ('60 of its UK shops, the company said', 'on U.S. 231': a country is no company)
    if not trading or not ent.words:
        return True
    if len(ent.words) > 1 and (ent.words[-1] in PLACE_GENERICS or ent.words[0] in LEADING_GENERICS):
        return False  # ('reached the River Tamble ... The company said': a place is no company)
    low = [w.lower() for w in ent.words]
    return low[head_end(low) - 1] not in PUBLIC_BODY_HEADS


def _salient_holder(
    res: Resolver,
    holders: Sequence[int],
    forms: Sequence[str],
    head_words: Sequence[str],
    *,
    at: int,
    lo: int,
) -> int:
    """Of the *holders* of a role (its noun's *forms*) named before mention index *lo*, the most
    salient at token *at* whose title has the nominal's modifiers (*the Chief Minister*, not
    the Minister for Irrigation), else the latest; -1 when another holds the same title
    (:func:`shared_title_rival`)."""
    names = full_person_names(res)
    roles = res.lexicon.role_words
    mods = head_words[1:-1] if head_words[-1] == forms[0] else ()
    if not any(modified_title(res.ents[e], mods) for e in holders):
        mods = ()  # (no holder's title has them: 'the new minister' is any minister)

    def fits(ent: Entity) -> bool:
        return own_title(ent, forms, names, roles) and (not mods or modified_title(ent, mods))

    scores = res.salience(at, lo, frozenset(), fits)
    if not scores:
        return max(e for e in holders if fits(res.ents[e]))
    top = most_salient(scores)
    return -1 if shared_title_rival(res, top, scores, forms) else top


def shared_title_rival(res: Resolver, top: int, scores: dict[int, float], forms: Sequence[str]) -> bool:
    """Does another person in *scores* hold the very title of *top* headed by one of the role
    nouns *forms* ('Tom Reyes, the coach, ... Gordon Hargreave, the coach, ...') and come
    within :data:`_SHARED_SHARE` of its salience, while *top* is not the last speaker? Then
    *the coach* names either: no antecedent (a wrong person is worse than none)."""
    if res.spoke and res.spoke[-1][0] == top:
        return False  # ('"C," the coach said. "D," the coach added.': the one who spoke goes on)

    def own(e: int) -> set[str]:
        return {t.lower() for t in res.ents[e].titles if title_head(t) in forms}

    mine = own(top)
    return any(e != top and scores[e] >= scores[top] * _SHARED_SHARE and own(e) & mine for e in scores)


#: How close in salience a holder of the same title must come to leave *the ROLE* undecided.
_SHARED_SHARE = 0.5


def _spelt_holder(res: Resolver, head_words: Sequence[str], head: str, at: int, lo: int) -> int | None:
    """The most salient holder of a role the nominal spells otherwise ('the chief vet', 'the
    director general': :func:`~quotex.speakers.held_titles.spelt_forms`), or None."""
    spelt = spelt_forms(head_words, head)
    holders = earlier_holders(res, spelt, lo) if spelt else []
    return _salient_holder(res, holders, spelt, head_words, at=at, lo=lo) if holders else None


def _role_forms(head: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Role noun *head* and, for a bare noun ('chair', 'anchor'), its forms in *-man*,
    *-woman* and *-person* that the lexicon lists as roles."""
    if head.endswith(ROLE_FORM_ENDINGS):
        return (head,)
    return (head, *(f for e in ROLE_FORM_ENDINGS if (f := head + e) in lexicon.role_words))


def title_head(title: str) -> str:
    """The head noun of *title*, lower case: its last word before a prepositional phrase or
    a comma ('retired midwife' -> 'midwife', 'president of the Dockworkers' Federation' ->
    'president', 'plaintiff in the lawsuit' -> 'plaintiff')."""
    words = title.lower().replace(",", " , ").split()
    for k, w in enumerate(words):
        if k and (w in PREPOSITIONS or w == ","):
            return words[k - 1]
    return words[-1] if words else ""


def _titled_by_head(res: Resolver, head: str, at: int, lo: int) -> int:
    """The person entity, the most salient one near token *at*, with a title headed by the
    noun *head* (:func:`title_head`), or -1."""

    def headed(ent: Entity) -> bool:
        return ent.kind == "person" and any(title_head(t) == head for t in ent.titles)

    if not any(headed(res.ents[e]) for e in res.holders_of(head)):
        return -1
    scores = res.salience(at, lo, frozenset(), headed)
    if not scores:
        return -1
    top = most_salient(scores)
    return -1 if shared_title_rival(res, top, scores, (head,)) else top


def named_by_head(res: Resolver, head: str, at: int, lo: int, *, modifiers: Sequence[str] = ()) -> int:
    """'the partnership' after 'The South West Health Partnership', 'the institute' after
    'the Fjord Institute': the body whose name ends with the noun *head* or its plural ('the
    dairy' after 'Caldbeck Dairies') and holds every one of the lower-case *modifiers* ('the
    fiscal bureau' after 'the Legislative Fiscal Bureau'), the most salient one, else the
    latest named before mention index *lo* anywhere in the article; -1 when there is none. A
    name of one word is no match ('the trust' is not a 'Trust')."""
    many = plural(head)

    def ends_with_head(ent: Entity) -> bool:
        words = _unnumbered(ent.words)
        if len(words) < 2 or words[-1].lower() not in (head, many) or not body_like(ent):
            return False
        return not modifiers or all(m in {w.lower() for w in words[:-1]} for m in modifiers)

    if res.by_last_word is None:  # last word of a name of two or more words -> its mentions
        res.by_last_word = {}
        for k, e in enumerate(res.table.of_mention):
            words = _unnumbered(res.table.entities[e].words)
            if len(words) >= 2:
                res.by_last_word.setdefault(words[-1].lower(), []).append(k)
    found = res.by_last_word.get(head) or res.by_last_word.get(many)
    if not found or found[0] >= lo:
        return -1  # (no such name before: no salience to compute)
    named = res.salience(at, lo, frozenset(), ends_with_head)
    if named:
        return most_salient(named)
    j = bisect.bisect_left(found, lo) - 1
    for k in range(j, max(-1, j - 8), -1):  # (the latest few: a bounded look-back)
        e = res.table.of_mention[found[k]]
        if ends_with_head(res.ents[e]):
            return e
    return -1


def _unnumbered(words: Sequence[str]) -> Sequence[str]:
    """A body's name *words* less a number after its head noun ('Weld Valley School District
    8', 'Teamsters Local 727': the district, the local)."""
    if len(words) >= 3 and words[-1].isdigit() and words[-2].isalpha():
        return words[:-1]
    return words


#: How many words a definite nominal may hold; a company's description holds more
#: ('the Chicago-based packaged-food maker': six words once its hyphens are dropped).
_NOMINAL_WORDS = 5
_BODY_DESCRIPTION_WORDS = 6


def _longest(head_words: Sequence[str]) -> int:
    """How many words a definite nominal with lower-case *head_words* may hold: more when its
    last word is a generic body noun ('maker', 'company')."""
    last = head_words[-1] if head_words else ""
    return _BODY_DESCRIPTION_WORDS if last in GENERIC_BODIES else _NOMINAL_WORDS


#: How many words a definite possessor may hold before its possessive mark ('the prime minister's').
_POSSESSOR_WORDS = 4


def nominal_possessor(res: Resolver, a: int, b: int, lo: int) -> tuple[int, int] | None:
    """(entity, first token after the mark) when source tokens *a..b* open with a definite
    nominal possessor that names a person of the text (*"the minister's office"* after
    *'Minister Fiona Cartledge'*: :func:`resolve_nominal`), a noun following the mark; else
    None. Not when a person holds the owned noun as a title (*"the congressman's spokesman"*
    after *'Gowdy spokesman Jamal Ware'*: the nominal reading names him), nor for a body (its
    name may be cut short, and its documents have their own reading)."""
    words, lows = res.tokens.words, res.lows
    if lows[a] != "the":
        return None
    for j in range(a + 1, min(b, a + _POSSESSOR_WORDS + 1)):
        if words[j] in POSSESSIVE_MARKS:
            break
        if not (words[j].isalpha() and words[j].islower()):
            return None
    else:
        return None
    if j == a + 1:
        return None
    owned = [w.lower() for w in words[j + 1 : b + 1] if w.isalpha()]
    owner = lows[j - 1]
    if (
        not owned
        or res.holders_of(owned[-1])
        or owner in res.lexicon.organization_nouns
        or owner in GENERIC_BODIES
    ):
        return None  # (a body's noun: "the foundation's tally" is no person's)
    e = resolve_nominal(res, [w.lower() for w in words[a:j]], a, lo, res.lexicon)
    if not 0 <= e < len(res.table.entities) or res.ents[e].kind != "person" or res.ents[e].body_evidence:
        return None
    return e, j + 1


def nominal_title(res: Resolver, e: int, head_words: Sequence[str]) -> int:
    """*e*, the person an aged description names again ('the 19-year-old defender': NAME), given
    the description's role noun as its title when the text stated none ('defender'): the role
    the article gives the speaker. Only after an age, which marks a second reference to one
    person (a bare 'the fire chief' after a quotation may be someone new)."""
    ent = res.ents[e]
    aged = "year" in head_words or "years" in head_words
    words = [w for w in head_words[1:] if w.isalpha()]  # (no article, no age: '19', '-', 'year')
    while words and words[0] in ("year", "old", "years"):
        words = words[1:]
    role = words[-1] if words else ""
    if aged and ent.kind == "person" and not ent.titles and role in res.lexicon.role_words:
        res.ents[e] = attrs.evolve(ent, titles=(" ".join(words),))
    return e
