"""Definite descriptions that agree with the entity they refer back to, as a whole phrase.

*the timber firm* after *Halden Rail signed a deal with Norsk Timber*, *the union chief* after
*union leader Dafydd Rhys*, *the miner* after *Glenmoor Bank lent money to Ardvale Mining*: the
description's modifiers and head are evidence about which entity it names, beyond salience.

* A body's description (a generic body noun, *the M firm*): a candidate body in reach whose
  name holds a modifier (*Timber*, *Foods* for *food*), or a word the head is the agent noun of
  (*Mining* for *the miner*), is *pointed at*; a pointed-at body whose name is headed by an
  organisation noun of another kind (*the safety agency*, *Harbour Safety Board*) is
  *contradicted*, and so is a body whose name holds a trade word (:data:`FIELD_WORDS`) of no
  sector of the description's (*the oil group* is not *Halden Rail*; *the power company* may
  be *Ashgrove Energy*, then pointed at as the one body of the sector). One body pointed at
  and not contradicted is the antecedent; several pointed at, or modifiers that contradict
  every body, leave the description bare; otherwise the caller's salience reading runs on the
  bodies not contradicted.
* A person's description (*the M chief*): with no holder of the head whose title holds the
  modifiers, the one holder of a synonymous head (:data:`ROLE_SYNONYMS`) whose title holds them
  (*union leader*) is the antecedent; with none, for modifiers that are body nouns (*the union
  leader*), the one person whose title holds them (*general secretary of the X Union*).

Input: a :class:`~quotex.speakers.salience.Resolver`, a description's lower-case words, where it
stands; output: an entity index, -1 (abstain), or None (no evidence: the caller reads on).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from quotex.entities import Entity
from quotex.lexicon.titles import COMPANY_WORDS, GENERIC_BODIES
from quotex.speakers.body_kinds import name_head
from quotex.speakers.held_titles import modified_title
from quotex.speakers.hypernyms import agent_verb_forms
from quotex.speakers.salience import Resolver, body_like
from quotex.speakers.words import PUBLIC_BODY_HEADS

#: Role heads that stand for one another (*the union chief* for *union leader NAME*). From
#: Princeton WordNet 3.0: head.n.04 {head, chief, top dog} is a hyponym of leader.n.01 {leader};
#: boss.n.01 {foreman, chief, gaffer, honcho, boss}.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "chief": ("leader", "head", "boss"),
    # (and the one who heads a body: *the farmers' leader* for the president of a farmers'
    # association; Collins COBUILD *leader* 1, the person in charge of a group or organisation)
    "leader": ("chief", "head", "boss", "president", "chair", "chairman", "chairwoman", "chairperson"),
    "head": ("leader", "chief"),
    "boss": ("chief", "leader", "head"),
}
#: Words for a trade or an industry that a body's name or a description's modifier holds
#: (*Halden Rail*, *the oil group*), singular, by sector: two words of one sector never
#: contradict each other (*the power company* may be *Duke Energy*). Written for quotex from the
#: sector and industry names of the Global Industry Classification Standard (MSCI and S&P, 2018).
FIELD_SECTORS: dict[str, frozenset[str]] = {
    sector: frozenset(words.split())
    for sector, words in (
        ("oil", "oil gas petroleum energy fuel"),
        ("power", "power electricity electric utility solar nuclear energy"),
        ("coal", "coal mining energy fuel"),
        ("steel", "steel iron metal"),
        ("mining", "mining mineral gold copper metal aluminium aluminum"),
        ("forest", "timber forestry paper pulp lumber"),
        ("building", "cement construction glass housing property realty"),
        ("chemicals", "chemical plastic"),
        ("engineering", "aerospace defence defense machinery engineering"),
        ("air", "airline aviation aerospace logistics freight"),
        ("rail", "rail railway transit logistics freight"),
        ("shipping", "shipping ferry logistics freight"),
        ("road", "trucking haulage logistics freight"),
        ("auto", "auto car motor automotive"),
        ("textiles", "textile apparel fashion"),
        ("hospitality", "hotel restaurant"),
        ("retail", "retail"),
        ("dairy", "dairy food farming"),
        ("fishing", "fishing salmon seafood food"),
        ("farming", "farming food"),
        ("drink", "beverage brewing drink"),
        ("tobacco", "tobacco"),
        ("health", "drug pharma pharmaceutical biotech health"),
        ("finance", "bank banking securities investment"),
        ("insurance", "insurance"),
        ("tech", "software semiconductor chip technology tech"),
        ("media", "telecom media entertainment publishing broadcasting"),
    )
}
_SECTOR_OF: dict[str, frozenset[str]] = {}
for _sector, _words in FIELD_SECTORS.items():
    for _w in _words:
        _SECTOR_OF[_w] = _SECTOR_OF.get(_w, frozenset()) | {_sector}
#: The words of a trade: the sectors' and the trade words of a company's name
#: (:data:`~quotex.lexicon.titles.COMPANY_WORDS`, made singular).
FIELD_WORDS = frozenset(_SECTOR_OF) | frozenset(COMPANY_WORDS)
#: Nouns of a kind of body, and the words of a body's name that say it is of that kind (*the
#: orchestra* for *the Northmere Philharmonic*, *the station* for *Harbourside Community Radio*,
#: *the newspaper* for *the Harbour Gazette*), written for quotex from the common name words of
#: orchestras, broadcasters, newspapers and airlines in English-language news.
KIND_NAME_WORDS: dict[str, frozenset[str]] = {
    kind: frozenset(words.split())
    for kind, words in (
        ("orchestra", "orchestra philharmonic philharmonia symphony sinfonia"),
        ("station", "radio fm tv television"),
        ("broadcaster", "radio tv television broadcasting broadcasters"),
        ("newspaper", "gazette herald tribune chronicle courier journal times post observer telegraph"),
        ("paper", "gazette herald tribune chronicle courier journal times post observer telegraph"),
        ("airline", "air airways airlines"),
        ("carrier", "air airways airlines"),
    )
}
#: Generic body nouns of no one kind: they never contradict the noun that heads a body's name.
_ANY_KIND = frozenset("group organisation organization body".split())


def _singular(word: str) -> str:
    """A plural name word made singular ('foods' -> 'food', 'dairies' -> 'dairy'); else *word*."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _name_words(ent: Entity) -> set[str]:
    """The lower-case words of *ent*'s name and their singulars."""
    low = {w.lower() for w in ent.words}
    return low | {_singular(w) for w in low}


def _sectors(words: Iterable[str]) -> frozenset[str]:
    """The sectors (:data:`FIELD_SECTORS`) that *words* name."""
    return frozenset(sector for w in words for sector in _SECTOR_OF.get(w, ()))


def _agent_of(head: str, words: set[str]) -> bool:
    """Is *head* the agent noun of a word of *words* ('miner' of 'mining', 'retailer' of 'retail')?"""
    if len(head) < 5 or not head.endswith(("er", "or")):
        return False
    forms = {f for f in agent_verb_forms(head) if f.endswith("ing")} | {head[:-2]}
    return bool(forms & words)


def _kind_clash(ent: Entity, head: str) -> bool:
    """Is *ent*'s name headed by an organisation noun of another kind than *head* (*Harbour
    Safety Board* for *the safety agency*)?"""
    own = name_head(ent)
    if head in _ANY_KIND or own == head:
        return False
    return own in PUBLIC_BODY_HEADS or own in ("board", "committee", "office", "service", "trust")


def agreeing_body(
    res: Resolver, head_words: Sequence[str], at: int, lo: int
) -> tuple[int | None, frozenset[int]]:
    """(decision, contradicted bodies) for the definite description *head_words* ('the', 'timber',
    'firm') at token *at*, before mention index *lo*, whose head is a generic body noun or an
    agent noun no person's title holds: the decision is the one body pointed at and not
    contradicted, -1 when several are pointed at or a field modifier contradicts every body,
    else None; the contradicted bodies are for the caller's reading to skip."""
    head = head_words[-1]
    if head in KIND_NAME_WORDS:
        return _of_kind(res, head, at, lo), frozenset()
    mods = [w for w in head_words[1:-1] if w.isalpha()]
    generic = head in GENERIC_BODIES
    agent = not res.holders_of(head)  # ('the publisher' after 'publisher NAME': the person's)
    if not generic and not (agent and head.endswith(("er", "or"))):
        return None, frozenset()

    def candidate(ent: Entity) -> bool:  # (not a person's name, 'Samantha Power': no power company)
        return body_like(ent) and not ent.person_evidence

    scores = res.salience(at, lo, frozenset(), candidate)
    pointed: set[int] = set()
    contradicted: set[int] = set()
    fields = {m for m in mods if m in FIELD_WORDS or _singular(m) in FIELD_WORDS}
    wanted = _sectors(mods) if generic else frozenset()  # ('the media regulator' names no firm)
    for e in scores:
        words = _name_words(res.ents[e])
        shared = {m for m in mods if m in words}
        if generic and shared and _kind_clash(res.ents[e], head):
            contradicted.add(e)  # ('the safety agency' is not 'the Harbour Safety Board')
        elif (generic and shared & fields) or (agent and _agent_of(head, words)):
            pointed.add(e)
        elif wanted and (own := _sectors(words)) and not own & wanted:
            contradicted.add(e)  # ('the oil group' is not 'Halden Rail')
    if not pointed and wanted:  # ('the power company': the one body of the sector, 'Ashgrove Energy')
        pointed = {e for e in scores if e not in contradicted and _sectors(_name_words(res.ents[e])) & wanted}
    if pointed and _one_body(res, pointed, scores):
        e = max(pointed, key=lambda k: (scores[k], k))
        res.as_body(e)
        return e, frozenset(contradicted)
    if pointed or (contradicted and not set(scores) - contradicted):
        return -1, frozenset(contradicted)
    return None, frozenset(contradicted)


def _of_kind(res: Resolver, head: str, at: int, lo: int) -> int | None:
    """The one body in reach before token *at* whose name says it is of the kind *head* names
    (:data:`KIND_NAME_WORDS`: *the orchestra*, *the Northmere Philharmonic*), or None (no
    evidence, or several such bodies: the caller's salience reading runs)."""
    kind = KIND_NAME_WORDS[head] | {head}
    scores = res.salience(at, lo, frozenset(), lambda ent: body_like(ent) and not ent.person_evidence)
    pointed = {e for e in scores if {w.lower() for w in res.ents[e].words} & kind}
    if not pointed or not _one_body(res, pointed, scores):
        return None
    e = max(pointed, key=lambda k: (scores[k], k))
    res.as_body(e)
    return e


def _one_body(res: Resolver, pointed: set[int], scores: dict[int, float]) -> bool:
    """Are the *pointed* entities one body: a single one, or names that nest in the most salient
    one's ('Halvard Foods' in 'Halvard Foods Corp')?"""
    top = max(pointed, key=lambda k: (scores[k], k))
    mine = {w.lower() for w in res.ents[top].words}
    return all(
        {w.lower() for w in res.ents[e].words} <= mine or mine <= {w.lower() for w in res.ents[e].words}
        for e in pointed
    )


def synonym_holder(res: Resolver, head_words: Sequence[str], lo: int) -> int:
    """The person that the role description *head_words* ('the', 'union', 'chief') names by a
    synonymous head: when no holder of the head has a title with its modifiers, the one person
    named before mention index *lo* whose title holds a synonym (:data:`ROLE_SYNONYMS`) and every
    modifier ('union leader'), or before one of whose :data:`_WRITTEN_REACH` latest mentions the
    modifiers and the head or a synonym are written (*met rebel leader NAME*, a title the reader
    cut to *leader*; *union boss NAME*); -1 when none or several."""
    head = head_words[-1]
    mods = [w for w in head_words[1:-1] if w.isalpha()]
    synonyms = ROLE_SYNONYMS.get(head)
    if not synonyms or not mods or len(mods) != len(head_words) - 2:
        return -1
    if any(modified_title(res.ents[e], mods) for e in res.holders_of(head)):
        return -1  # (a holder of the head itself: the caller's reading)

    def titled(ent: Entity) -> bool:
        return ent.kind == "person" and any(
            all(m in (plain := _plain_words(t)) for m in mods) and any(s in plain for s in synonyms)
            for t in ent.titles
        )

    found = {e for s in synonyms for e in res.holders_of(s) if titled(res.ents[e])}
    found = {e for e in found if res.ents[e].mentions and res.ents[e].mentions[0] < lo}
    lows, n = res.lows, len(mods)
    written = {(*mods, h) for h in (head, *synonyms)}
    for k in range(lo - 1, max(-1, lo - 1 - _WRITTEN_REACH), -1):
        first = res.mentions[k].first
        e = res.table.of_mention[k]
        if first > n and res.ents[e].kind == "person" and tuple(lows[first - n - 1 : first]) in written:
            found.add(e)
    if not found and all(m in res.lexicon.organization_nouns for m in mods):
        found = _body_titled(res, mods, lo)  # ('the union leader': the general secretary of X Union)
    return found.pop() if len(found) == 1 else -1


def _body_titled(res: Resolver, mods: Sequence[str], lo: int) -> set[int]:
    """The persons named before mention index *lo* with a title that holds every body noun of
    *mods* (*the union leader* for *the general secretary of the Harbour Pilots' Union*, the one
    person the text ties to a union)."""
    found: set[int] = set()
    for k in range(max(0, lo - _WRITTEN_REACH), lo):
        ent = res.ents[res.table.of_mention[k]]
        if ent.kind == "person" and any(all(m in _plain_words(t) for m in mods) for t in ent.titles):
            found.add(res.table.of_mention[k])
    return found


def _plain_words(title: str) -> list[str]:
    """The lower-case words of *title* without possessive marks ("union's general secretary" ->
    ['union', 'general', 'secretary'], "Sheep Farmers' Association" -> [..., 'farmers', ...]), as
    a description's modifiers are read (:func:`~quotex.speakers.words.source_head_words`)."""
    return _POSSESSIVE_MARK.sub("", title.lower()).split()


_POSSESSIVE_MARK = re.compile(r"['’]s\b|(?<=s)['’](?!\w)")


#: How many mentions before a description :func:`synonym_holder` reads for a role written before a name.
_WRITTEN_REACH = 40


def described(
    res: Resolver, head_words: Sequence[str], at: int, lo: int
) -> tuple[int | None, frozenset[int]]:
    """(decision, contradicted bodies) for a definite description: the person a synonymous role
    head names (:func:`synonym_holder`), else :func:`agreeing_body`'s verdict."""
    e = synonym_holder(res, head_words, lo)
    return (e, frozenset()) if e >= 0 else agreeing_body(res, head_words, at, lo)
