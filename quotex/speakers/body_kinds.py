"""A body referred to by its kind: *the department*, *the force*, *the regulator*.

News copy names a body, then refers to it by a noun for its kind that its name does not hold:
*Westmere Police confirmed ... "C," the force said*, *Queensmead Health announced ... the
department said*. With no name holding the noun, the text's only link is salience, so the
description names the body only when that body is the one body in reach and spoke in the
sentence before (or in the description's own sentence): the speaker a second reference
continues. Two bodies in reach, or a body that is no subject, leave the description as it is
(a wrong body is worse than none). Input: a :class:`~quotex.speakers.salience.Resolver`, the
description's head noun and token; output: an entity index, or -1.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from quotex.entities import HOLDING_NOUNS, Entity, personal_relative, who_follows
from quotex.lexicon.titles import COMPANY_WORDS, GENERIC_BODIES, PLACE_ABBREVIATIONS
from quotex.mentions.kinds import holds_and_pair
from quotex.speakers.salience import Resolver, body_like, lone_name, most_salient
from quotex.speakers.words import PREPOSITIONS

#: Nouns for the kind of a public or administrative body that copy uses as a second reference
#: to a body whose name does not hold them (*Scotland Yard ... the force*, *Ofwat ... the
#: regulator*, *Queensland Health ... the department*). Written for quotex; not the nouns of a
#: body of one kind whose name says so (*the court*, *the council*, *the county*): a name holds
#: those, and :func:`~quotex.speakers.nominals.resolve_nominal` finds them by it.
KIND_NOUNS = frozenset("department ministry agency authority service force regulator watchdog bureau".split())
#: The organisation nouns that end the name of a body of the kind a kind noun names (*Westmere
#: Police ... the force*): a name ending in another organisation noun states another kind.
_KIND_HEADS = {"force": frozenset(["police", "constabulary"]), "service": frozenset(["police"])}


def kind_body(res: Resolver, head_words: Sequence[str], at: int, lo: int) -> int:
    """The body that *the NOUN* (lower-case *head_words*, two words, at token *at*, before
    mention index *lo*) refers back to, tried in this order: by the noun heading its name
    (:func:`stated_body`), by the kind an apposition or descriptor gave it
    (:func:`described_body`), by its kind alone (:func:`topic_body`) or by a noun its name holds
    (:func:`holding_body`); -1 when none."""
    if len(head_words) != 2 or head_words[0] != "the":
        return -1
    e = stated_body(res, head_words[1], at, lo)
    e = e if e >= 0 else described_body(res, head_words[1], at, lo)
    e = e if e >= 0 else topic_body(res, head_words[1], at, lo)
    return e if e >= 0 else holding_body(res, head_words[1], at, lo)


#: The name nouns of a body whose kind a kind noun names though the name does not hold it:
#: a commission or an authority that oversees a trade is *the regulator* or *the watchdog*
#: (*the Securities and Futures Commission ... the regulator*, *the Financial Conduct
#: Authority ... the watchdog*; round 49: a board, an office or an agency that oversees one,
#: *the Telecoms Office ... the regulator*, when it is the one body of those kinds in reach).
#: Written for quotex from the nouns' dictionary senses.
_OVERSEER_NOUNS = frozenset(
    "commission authority regulator inspectorate ombudsman board office agency".split()
)
#: A journal's name heads: *the Halvard Review of Cardiology ... the journal*.
_JOURNAL_NOUNS = frozenset("journal review letters annals proceedings quarterly".split())
_STATED_KINDS = {"regulator": _OVERSEER_NOUNS, "watchdog": _OVERSEER_NOUNS, "journal": _JOURNAL_NOUNS}


def stated_body(res: Resolver, head: str, at: int, lo: int) -> int:
    """The body that *the HEAD* (a kind noun of :data:`_STATED_KINDS`, at token *at*, before
    mention index *lo*) refers back to by the noun that heads its name (:func:`name_head`):
    the one body in reach so named, when no body whose name states no kind (:func:`_kindless`)
    comes near it in salience; -1 otherwise (a firm named with a legal form, *Kelso Brokers
    Limited*, is no rival: its kind is stated)."""
    heads = _STATED_KINDS.get(head)
    if heads is None:
        return -1
    bodies = res.salience(  # ('the Drinking Water Inspectorate': a body by its noun, whatever its kind)
        at, lo, frozenset(), lambda ent: ent.kind == "organization" or name_head(ent) in heads
    )
    stated = {e: v for e, v in bodies.items() if name_head(res.ents[e]) in heads}
    if len(stated) != 1:
        return -1  # (none, or two bodies of the kind in reach: the noun links neither)
    top = next(iter(stated))
    floor = stated[top] * _RIVAL_SHARE
    for e, v in bodies.items():
        if e != top and v >= floor and _kindless(res, res.ents[e], head) and not _firm(res.ents[e]):
            return -1  # (a body of no stated kind as salient may be the one meant)
    return -1 if _unread_rival(res, top, heads, at) else top


#: How many tokens before a kind noun :func:`_unread_rival` reads (a bounded look back).
_RIVAL_TOKENS = 300


def _unread_rival(res: Resolver, e: int, heads: frozenset[str], at: int) -> bool:
    """Is a capitalised noun of *heads* written in the :data:`_RIVAL_TOKENS` tokens before
    token *at* outside every mention of entity *e*: a second body of the kind that no mention
    holds ('the Nordic Energy Regulator', read as a title with no name)?"""
    words, mentions = res.tokens.words, res.mentions
    own = [(mentions[k].first, mentions[k].last) for k in res.ents[e].mentions]
    for k in range(max(0, at - _RIVAL_TOKENS), at):
        w = words[k]
        if w[:1].isupper() and w.lower() in heads and not any(a <= k <= b for a, b in own):
            return True
    return False


#: The legal forms that end a company's name in English and European usage (*Limited*, *AG*,
#: *Pty*), besides the trade words of ``COMPANY_WORDS``: a name ending in one states its kind.
_LEGAL_FORMS = frozenset(
    "limited incorporated corporation company group ag sa nv bv pty ab asa oyj spa bhd berhad".split()
)


def _firm(ent: Entity) -> bool:
    """Does the name of body *ent* end in a company's trade word or legal form ('Kelso Brokers
    Limited', 'Fjord Shipping Holdings'), stating that it is a firm?"""
    last = ent.words[-1].lower().rstrip(".") if ent.words else ""
    return last in COMPANY_WORDS or last in _LEGAL_FORMS


#: Nouns for the kind of a body that copy gives it in an apposition or a descriptor when its
#: name does not hold them (*the Democratic Unity Alliance, the main opposition party,*; *the
#: amateur club Tarn Valley Wanderers*) and uses as its second reference. Written for quotex.
DESCRIBED_KINDS = frozenset("party club journal magazine union team band league charity".split())
#: How many mentions back :func:`described_body` reads.
_DESCRIBED_MENTIONS = 40
#: Articles that open a describing apposition.
_APPOSITION_OPENERS = frozenset(["a", "an", "the"])
#: Tokens after the describing noun that close an apposition.
_APPOSITION_ENDS = frozenset([",", ".", ";", ")", "that", "which", "founded", "based"])
#: How many words an apposition's noun may stand after its article.
_APPOSITION_WORDS = 5


def described_body(res: Resolver, head: str, at: int, lo: int) -> int:
    """The body that *the HEAD* (a noun of :data:`DESCRIBED_KINDS`, at token *at*, before
    mention index *lo*) refers back to: the one entity among the last
    :data:`_DESCRIBED_MENTIONS` mentions that an apposition (:func:`_apposed_kind`) or a
    descriptor before its name (:func:`_descriptor`) gave that noun, when the noun describes
    nothing else before (:func:`_describing_uses`); -1 when none or two (a person of known
    gender is none)."""
    if head not in DESCRIBED_KINDS or _describing_uses(res.tokens.words, head, at) > 1:
        return -1
    words, mentions = res.tokens.words, res.mentions
    found = {
        res.table.of_mention[k]
        for k in range(lo - 1, max(-1, lo - 1 - _DESCRIBED_MENTIONS), -1)
        if _apposed_kind(words, mentions[k].last + 1, head) or _descriptor(words, mentions[k].first, head)
    }
    found = {e for e in found if res.ents[e].gender is None}
    if len(found) != 1:
        return -1
    e = found.pop()
    res.as_body(e)
    return e


def _describing_uses(words: Sequence[str], head: str, at: int) -> int:
    """How many times *head* describes something in the :data:`_RIVAL_TOKENS` tokens before
    token *at*: every use but a bare second reference (*the party* before no name)."""
    n = 0
    for k in range(max(1, at - _RIVAL_TOKENS), at):
        if words[k] == head and not (words[k - 1].lower() == "the" and not words[k + 1][:1].isupper()):
            n += 1
    return n


def _apposed_kind(words: Sequence[str], j: int, head: str) -> bool:
    """Does an apposition headed by *head* open at token *j* (', the main opposition party,',
    ', a Birmingham cricket club founded ...'): a comma, an article, up to
    :data:`_APPOSITION_WORDS` modifiers, then *head* before a closing token?"""
    if j + 2 >= len(words) or words[j] != "," or words[j + 1].lower() not in _APPOSITION_OPENERS:
        return False
    for i in range(j + 2, min(len(words) - 1, j + 2 + _APPOSITION_WORDS + 1)):
        if words[i] == head:
            return words[i + 1] in _APPOSITION_ENDS
        if words[i] in _APPOSITION_ENDS or not (words[i].isalpha() or words[i] in ("-", "'s", "’s")):
            return False
    return False


def _descriptor(words: Sequence[str], first: int, head: str) -> bool:
    """Is *head* written right before a name at token *first*, after an article and at most
    two modifiers ('the amateur club Tarn Valley Wanderers', 'the journal Nature')?"""
    if first < 2 or words[first - 1] != head:
        return False
    return any(words[i].lower() in _APPOSITION_OPENERS for i in range(max(0, first - 4), first - 1))


def name_head(ent: Entity) -> str:
    """The noun that heads the name of body *ent*, in lower case: the word before its first
    *of* or *for* ('Commission' of 'Commission for Energy Regulation'), else its last word
    ('Authority' of 'Hong Kong Monetary Authority'); '' for no name."""
    words = ent.words
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    return words[cut - 1].lower() if words else ""


def topic_body(res: Resolver, head: str, at: int, lo: int) -> int:
    """The body that *the HEAD* (a kind noun of :data:`KIND_NOUNS`, at token *at*, before
    mention index *lo*) refers back to: the one body in reach whose name states no other kind
    (:func:`_kindless`), when it spoke in the sentence before (in this paragraph or the one
    before) or in the description's own sentence (:func:`_recent_speaker`); -1 otherwise."""
    if head not in KIND_NOUNS:
        return -1
    bodies = res.salience(at, lo, frozenset(), lambda ent: ent.kind == "organization")
    if len(bodies) != 1:
        return -1  # (two bodies in reach: the noun links neither)
    e = next(iter(bodies))
    if not _kindless(res, res.ents[e], head) or not _recent_speaker(res, e, at):
        return -1
    return e


def _kindless(res: Resolver, ent: Entity, head: str) -> bool:
    """Does the name of body *ent* state no kind of its own (*Queensmead Health*; not *Harlow
    Bank*, *Kestrel Rail Company*, whose kind is another noun) or the kind that the noun *head*
    names (*Westmere Police* for *the force*: :data:`_KIND_HEADS`), and is it no country's
    abbreviation ('UK')?"""
    if not ent.words or ent.name.replace(".", "") in PLACE_ABBREVIATIONS:
        return False
    lows = [w.lower() for w in ent.words]
    if holds_and_pair(lows, 0, len(lows) - 1):
        return False  # ('Tamar Valley Fire and Rescue': a fire service, no regulator)
    last = lows[-1]
    if last in _KIND_HEADS.get(head, ()):
        return True
    return last not in res.lexicon.organization_nouns and last not in GENERIC_BODIES


def _recent_speaker(res: Resolver, e: int, at: int) -> bool:
    """Did entity *e* speak (a resolved source of a quotation) in the sentence before the one at
    token *at* (in its paragraph or the one before), or in that sentence itself before *at*? A
    speaker that goes on is the link: *Queensmead Health announced that ... "C," the department
    said*; a body that only acted (*Norland Robotics cut two routes. The ministry met*) is none."""
    table = res.table
    s_at, p_at = table.locate(at)
    first = table.sentences[s_at].first
    if s_at > 0 and p_at - table.sentences[s_at - 1].paragraph <= 1:
        first = table.sentences[s_at - 1].first
    return any(who == e and first <= pos < at for who, pos in res.spoke[-4:])


#: Nouns for a unit of local government or of a membership body that its name holds, often
#: first (*the County Government of Kitui*, *the City of Tshwane*, *the Mombasa branch of the
#: Kenya Nurses Union*): *the county*, *the city*, *the branch* refer back to that body.
HELD_NOUNS = frozenset("county city branch district borough municipality township chapter".split())


def holding_body(res: Resolver, head: str, at: int, lo: int) -> int:
    """The body that *the HEAD* (a noun of :data:`HELD_NOUNS`, at token *at*, before mention
    index *lo*) refers back to: the most salient organisation whose name holds that noun as a
    word (*City of Tshwane* for *the city*), when no other such body comes near it in salience;
    -1 otherwise (a place so named, *in Kitui County*, is no organisation)."""
    if head not in HELD_NOUNS:
        return -1
    bodies = res.salience(at, lo, frozenset(), lambda ent: _holds(ent, head))
    if not bodies:
        return -1
    top = max(bodies, key=lambda e: (bodies[e], e))
    if any(e != top and v >= bodies[top] * _RIVAL_SHARE for e, v in bodies.items()):
        return -1  # (two such bodies in view: the noun links neither)
    return top


#: How close in salience a second body must come to leave the noun undecided.
_RIVAL_SHARE = 0.5


def _holds(ent: Entity, head: str) -> bool:
    """Is *ent* an organisation whose name holds the noun *head* (*County Government of
    Kitui*), or an unnamed body the noun heads (*Mombasa branch of the Kenya Nurses Union*)?"""
    if ent.kind == "organization":
        return head in ent.name.lower().split()
    return ent.kind == "other" and head in ent.words and ent.words[0][:1].isupper()


#: Prepositions of place: a name only ever written after one ('in the United States') is a place.
_OF_PLACE = frozenset("in across throughout outside inside within".split())


def place_or_person(res: Resolver, ent: Entity) -> bool:
    """Is every mention of *ent* written after a preposition of place (and maybe *the*), a verb
    of telling or a dateline's bracket (:func:`_told_or_credited`), or is it an unnamed
    description of a person ('Lumenvault spokesperson')?"""
    words, lows = res.tokens.words, res.lows
    if not ent.mentions:  # (an unnamed phrase; a name may end in a role word: 'Okafor & Lund Partners')
        return bool(ent.words) and ent.words[-1].lower() in res.lexicon.role_words
    for k in ent.mentions:
        j = res.mentions[k].first - 1
        j -= j > 0 and lows[j] == "the"
        if j < 0 or (lows[j] not in _OF_PLACE and not _told_or_credited(words, j)):
            return False
        if j > 0 and lows[j - 1] in HOLDING_NOUNS:
            return False  # ('Shares in Clear Meadow': a holding's company, no place)
    return bool(ent.mentions)


#: Verbs of telling: the name after one is the one told, an addressee ('Ana Roe told PTI').
_TELLING = frozenset(["told", "tells", "telling", "tell"])


def _told_or_credited(words: Sequence[str], j: int) -> bool:
    """Does token *j*, just before a name, make it an addressee (a verb of telling: *told PTI*)
    or a dateline's credit (an opening bracket after a date or a place in capitals: *Nov 12
    (PTI)*, *NEW YORK (AP)*)? A name only ever written so is a news outlet, not *the company*."""
    if words[j].lower() in _TELLING:
        return True
    return (
        words[j] == "("
        and j > 0
        and (words[j - 1].isdigit() or (words[j - 1].isupper() and len(words[j - 1]) > 1))
    )


def subject_and_object(res: Resolver, pair: Sequence[int], lo: int, *, verb: bool = False) -> bool:
    """Were the two entities of *pair* last named (before mention index *lo*) as a verb's subject
    and its object, one word between them ('Ada Okoro sued Ravensgill Timber'; with *verb*, no
    preposition: not 'Shares in Quillstream')? Nothing then tells which of two names of no known
    kind is a body."""
    first, second = sorted(_last_before(res.ents[e].mentions, lo) for e in pair)
    if first < 0:
        return False
    gap = res.mentions[second].first - res.mentions[first].last
    between = res.lows[res.mentions[first].last + 1]
    return gap == 2 and between.isalpha() and not (verb and between in PREPOSITIONS) and res.subject(first)


def _last_before(mentions: Sequence[int], lo: int) -> int:
    """The last of the sorted mention indexes *mentions* before *lo*, or -1 (a bisection)."""
    k = bisect.bisect_left(mentions, lo)
    return mentions[k - 1] if k else -1


def shows_person(res: Resolver, ent: Entity) -> bool:
    """Does the text show entity *ent* as a person: a sign at a mention, or a *who* clause with
    a singular verb after one (:func:`~quotex.entities.personal_relative`), or any *who* clause
    after a name whose given name is registered?"""
    if ent.person_evidence:
        return True
    words = res.tokens.words
    # (a registered given name and any *who* clause: 'Aino Kuusisalo, who worked at X,')
    given = ent.evidence == "registered" and ent.gender is not None
    return any(
        personal_relative(words, res.mentions[k].last) or (given and who_follows(words, res.mentions[k].last))
        for k in ent.mentions
    )


def unnamed_bodies(
    res: Resolver, at: int, lo: int, skip: frozenset[int], fits: Callable[[Entity], bool], *, lone: bool
) -> dict[int, float]:
    """When no organisation in view fits a generic body noun at token *at* (mentions before index
    *lo*; *fits* its own test): the names that show no person (a person's name is no body: 'Ida
    Ruud, who leads ...') and, with *lone* (a business noun or *it*: a company is often named by one
    word, a public body seldom), the one-word names that spoke or trade
    (:func:`~quotex.speakers.salience.lone_name`: 'Quillstream confirmed ...'); none when the two
    most salient, or the most salient and a one-word name of no known kind, were last named as a
    verb's subject and object ('Ada Okoro sued Ravensgill Timber ... the company said', 'Ofcoast
    criticised Transport for Calder': a wrong body is worse than none)."""

    def unnamed(ent: Entity) -> bool:
        return (body_like(ent) or (lone and lone_name(res, ent))) and not shows_person(res, ent) and fits(ent)

    bodies = res.salience(at, lo, skip, unnamed)
    if len(bodies) > 1 and subject_and_object(res, sorted(bodies, key=bodies.__getitem__)[-2:], lo):
        return {}
    top = most_salient(bodies) if bodies else -1
    if top >= 0 and lone_name(res, res.ents[top]):
        others = res.salience(at, lo, skip, lambda ent: len(ent.words) == 1 and ent.gender is None)
        if any(e != top and subject_and_object(res, (top, e), lo, verb=True) for e in others):
            return {}
    return bodies
