"""Role nominals that no title holds.

*the physician* after *Dr. Ana Roe, a maternal-fetal medicine specialist*, *the researcher*
after *Ida Lund, an epidemiologist*, *the plaintiff* after *Ana Roe is suing the board*: a
nominal of a broad class that the text introduced with a narrower role noun, or with the verb
of the role. It names the one person introduced so; when several fit, the one that spoke or
was the subject of the sentence just before; otherwise nobody (the nominal stays bare).
Input: a :class:`~quotex.speakers.salience.Resolver`, the nominal's head noun and where it
stands; output: an entity index or -1.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from quotex.entities import Entity
from quotex.lexicon.function_words import NUMBER_WORDS
from quotex.lexicon.grammar import QUANTIFIERS
from quotex.mentions.words import positions
from quotex.speakers.held_titles import earlier_entities
from quotex.speakers.salience import TITLE_ABBREVIATIONS, Resolver
from quotex.speakers.words import POSSESSIVE_MARKS

#: Broad role nouns -> the class of narrower title heads that they may stand for. Written for
#: quotex from the job titles of news copy (a doctor's specialties; the researchers' fields,
#: whose names end in -ologist or -icist).
_MEDICAL = frozenset(
    """physician doctor surgeon obstetrician gynecologist gynaecologist pediatrician paediatrician
    cardiologist oncologist neurologist psychiatrist radiologist anesthesiologist anaesthetist
    dermatologist endocrinologist nephrologist urologist internist neonatologist gp clinician""".split()
)
_RESEARCH = frozenset(
    """researcher scientist professor lecturer scholar academic physicist chemist economist
    statistician demographer epidemiologist biologist ecologist""".split()
)
#: Members of a legislature (*the lawmaker*, *the legislator*): *Rep.* only abbreviated, since a
#: *representative* of a firm or a union is no lawmaker; the Westminster *MP*, *MSP*, *MLA*, *MEP*.
_LEGISLATIVE = frozenset(
    """senator sen rep congressman congresswoman congressmember assemblyman assemblywoman
    assemblymember legislator lawmaker mp msp mla mlc mpp mna td mep""".split()
)
#: A company's officers (*the executive*: Westmark's *vice-president of regulatory affairs*, a
#: *chief executive*, a *CFO*), heads of the titles the business pages give them.
_EXECUTIVE = frozenset(
    """president vice-president ceo cfo coo cto chairman chairwoman chairperson executive
    officer director""".split()
)
#: Judges by their title before the name (*Justice NAME*, *Magistrate NAME*: *the judge*).
_JUDICIAL = frozenset("judge justice magistrate".split())
#: Those who run a team or a firm, for the informal *boss* of sports and business copy (*the
#: Tipp boss* after *Tipperary manager NAME*).
_MANAGERIAL = frozenset("manager coach boss head chief ceo director chairman chairwoman chairperson".split())
#: A team's captain, for the informal *skipper*.
_CAPTAINS = frozenset("captain skipper".split())
#: The clergy by the title written before the name (*Father NAME*, *Canon NAME*: *the priest*,
#: *the cleric*; AP Stylebook, *religious titles*).
_CLERICAL = frozenset(
    "father fr monsignor canon archdeacon vicar rector curate chaplain bishop pastor".split()
)
#: Religious orders and congregations by the form of address before the name (*Sister NAME*: *the
#: nun*; *Brother NAME*: *the monk*; *Pastor NAME*: *the pastor*; AP Stylebook, *religious titles*).
_SISTERS = frozenset("sister sr mother abbess prioress".split())
_BROTHERS = frozenset("brother br abbot prior friar".split())
_PASTORAL = frozenset("rev reverend pastor minister preacher".split())
#: The holders of a body's posts, for *the union official* after *national officer of the X Union*.
_OFFICIALS = frozenset(
    """officer official representative delegate organiser organizer secretary commissioner
    administrator inspector spokesman spokeswoman spokesperson""".split()
)
_CLASSES: dict[str, frozenset[str]] = {
    "official": _OFFICIALS,
    "nun": _SISTERS,
    "monk": _BROTHERS,
    "friar": _BROTHERS,
    "pastor": _PASTORAL,
    "preacher": _PASTORAL,
    "priest": _CLERICAL,
    "cleric": _CLERICAL,
    "clergyman": _CLERICAL,
    "clergywoman": _CLERICAL,
    "boss": _MANAGERIAL,
    "skipper": _CAPTAINS,
    "don": _RESEARCH,  # (British and Commonwealth copy: a university teacher)
    "judge": _JUDICIAL,
    "jurist": _JUDICIAL,
    "lawmaker": _LEGISLATIVE,
    "legislator": _LEGISLATIVE,
    "physician": _MEDICAL,
    "doctor": _MEDICAL,
    "clinician": _MEDICAL,
    "researcher": _RESEARCH,
    "scientist": _RESEARCH,
    "academic": _RESEARCH,
    "executive": _EXECUTIVE,
}
_CLASS_SETS = tuple(set(_CLASSES.values()))
#: Words before a title's head that make a *specialist* or *consultant* a doctor's title.
_MEDICAL_MODIFIERS = frozenset("medicine medical clinical fetal maternal-fetal".split())
#: Role nouns given by the verb of the role right after the person's name: 'Ana Roe is suing
#: the board' makes her *the plaintiff*.
_ROLE_VERBS: dict[str, frozenset[str]] = {
    "plaintiff": frozenset(["suing", "sued", "sues"]),
    # ('NAME leads OTHER by nine points in the primary': the one ahead in a race)
    "front-runner": frozenset(["leads", "led", "leading"]),
    "frontrunner": frozenset(["leads", "led", "leading"]),
}
#: Role nouns given by a passive verb and *by* right before the person's name: 'The study was
#: led by Ana Roe' makes her *the (study's) lead author*.
_AGENT_VERBS: dict[str, frozenset[str]] = {
    "author": frozenset(["led", "written", "authored", "co-authored", "conducted"]),
}
#: Modifiers that set a nominal's person apart from one named before.
_CONTRASTS = frozenset("other another second third fourth fellow new".split())
#: How many mentions before the nominal the role verbs are looked for.
_VERB_REACH = 40


def _title_words(title: str) -> list[str]:
    """The lower-case words of *title* up to its first preposition or comma ('maternal-fetal
    medicine specialist at Northwestern' -> ['maternal-fetal', 'medicine', 'specialist'])."""
    out: list[str] = []
    for w in title.lower().replace(",", " , ").split():
        if w in (",", "at", "of", "for", "with", "in", "from", "on"):
            break
        out.append(w)
    return out


def _in_class(ent: Entity, members: frozenset[str]) -> bool:
    """Does a title of *ent* have a head of *members*, or end in -ologist when the class is the
    researchers' (a field's practitioner), or is it a medical specialist's?"""
    for title in ent.titles:
        words = _title_words(title)
        if not words:
            continue
        head = words[-1].rstrip(".")  # ('Rep.', 'Sen.')
        if head in members or (members is _RESEARCH and head.endswith("ologist") and len(head) > 8):
            return True
        if members is _MEDICAL and head in ("specialist", "consultant") and _MEDICAL_MODIFIERS & set(words):
            return True
    return False


def _proper_modifiers(words: Sequence[str], at: int, head_words: Sequence[str]) -> list[str]:
    """The capitalised modifiers, lower case, of the nominal *head_words* written from token
    *at* (*the Tipp boss*: ['tipp']): a place, team or body that sets its person apart. Not
    the first part of a hyphened compound (*the Austrian-born academic*) nor a people's
    adjective (*the Irish coach*: :data:`_PEOPLE_ENDINGS`), which describe, not restrict."""
    head = head_words[-1]
    span = words[at + 1 : at + 2 * len(head_words) + 1]
    if len(head_words) < 3 or head not in (w.lower() for w in span):
        return []
    span = span[: [w.lower() for w in span].index(head)]
    return [
        w.lower()
        for k, w in enumerate(span)
        if w[:1].isupper()
        and not (k + 1 < len(span) and span[k + 1] in ("-", "\u2010", "\u2011"))
        and not w.lower().endswith(_PEOPLE_ENDINGS)
    ]


#: Endings of a people's or a party's adjective (*Austrian*, *Irish*, *Japanese*, *Israeli*;
#: Quirk et al. 1985, Appendix I.37, as in :mod:`quotex.speakers.epithets`).
_PEOPLE_ENDINGS = ("an", "ese", "ish", "i", "ic", "ch", "crat")


def _titled_with(ent: Entity, proper: Sequence[str]) -> bool:
    """Does a title of *ent* hold a word that each of the *proper* modifiers spells or begins
    (*Tipperary manager* for *the Tipp boss*, a clipped place name; three letters or more), or
    spells whole (*UN Displacement Agency representative* for *the UN official*)?"""
    if not proper:
        return True
    return any(
        all(any(w == p or (len(p) >= 3 and w.startswith(p)) for w in t.lower().split()) for p in proper)
        for t in ent.titles
    )


def compatible_holder(res: Resolver, head_words: Sequence[str], at: int, lo: int) -> int:
    """The person that the role nominal of lower-case *head_words* ('the', 'physician'; no
    title of the text holds its head) stands for, at token *at* with mention index *lo*: the
    one person introduced before with a title of the broad class of the head
    (:data:`_CLASSES`), with the role's verb (:data:`_ROLE_VERBS`) or as the agent of its
    passive verb (:data:`_AGENT_VERBS`); or, of several, the one that spoke last or is the
    subject of the sentence before when it is among them; else -1. A nominal that sets its
    person apart from another ('the other researcher', 'a second doctor') names nobody here."""
    head = head_words[-1]
    if len(head_words) > 2 and f"{head_words[-2]}-{head}" in _ROLE_VERBS:
        head = f"{head_words[-2]}-{head}"  # ('the front-runner', split at its hyphen)
    if any(w in _CONTRASTS for w in head_words[1:-1]):
        return -1
    apposed = apposed_holders(res, head, lo)
    if apposed:
        return apposed.pop() if len(apposed) == 1 else _nearest_subject(res, apposed, at)
    fits = _class_member(res, head, head_words, at)
    if fits is not None:
        found = set(res.salience(at, lo, frozenset(), fits))
    elif head in _ROLE_VERBS:
        found = _verb_holders(res, _ROLE_VERBS[head], lo)
    elif head in _AGENT_VERBS:
        found = _verb_holders(res, _AGENT_VERBS[head], lo, agent=True)
    elif forms := agent_verb_forms(head):
        found = _verb_holders(res, forms, lo)  # ('Ana Roe conducted the choir' ... 'the conductor')
    else:
        return -1
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        return _nearest_subject(res, found, at)
    return -1


def _class_member(
    res: Resolver, head: str, head_words: Sequence[str], at: int
) -> Callable[[Entity], bool] | None:
    """The test of a person titled in the broad class (:data:`_CLASSES`) of *head*, the head of
    the role nominal of lower-case *head_words* at token *at*, with its proper modifiers; None
    when the head has no class."""
    members = _CLASSES.get(head)
    if members is None:
        return None
    # ('the union official': a title with 'union' in it; a bare 'the official' is left unnamed)
    official = members is _OFFICIALS
    proper = list(head_words[1:-1]) if official else _proper_modifiers(res.tokens.words, at, head_words)
    if official and not proper:
        return None

    def fits(ent: Entity) -> bool:
        return (
            ent.kind == "person"
            and not ent.body_evidence
            and _in_class(ent, members)
            and _titled_with(ent, proper)
        )

    return fits


def class_conflict(ent: Entity, head: str) -> bool:
    """Does *ent* hold a title of another broad class than the role noun *head*'s, and none of
    its own (*the skipper* for *the manager of X*: a manager is no captain)?"""
    members = _CLASSES.get(head)
    if members is None or _in_class(ent, members):
        return False
    return any(_in_class(ent, other) for other in _CLASS_SETS if other is not members)


def far_class_holder(res: Resolver, head_words: Sequence[str], at: int, lo: int) -> int:
    """For a role nominal no reader resolved near it ('the skipper' six paragraphs after 'Ana Roe,
    the captain of X'): the one person named before mention index *lo*, however far back, with a
    title in the head's broad class; -1 when none or several."""
    if not head_words or head_words[0] != "the" or any(w in _CONTRASTS for w in head_words[1:-1]):
        return -1
    fits = _class_member(res, head_words[-1], head_words, at)
    if fits is None:
        return -1
    far = [e for e in earlier_entities(res, lo) if fits(res.ents[e])]
    return far[0] if len(far) == 1 else -1


#: Words that may stand between an apposition's article and its head noun besides lower-case
#: modifiers ('a 49-year-old diplomat'); a preposition, conjunction or possessive ends the run.
_APPOSITION_ARTICLES = frozenset(["a", "an"])
#: A body's apposition may also identify it ('Whinmoor Homes, the developer,': *the developer*).
_BODY_APPOSITION_ARTICLES = _APPOSITION_ARTICLES | {"the"}
_APPOSITION_MODIFIERS = 8  # (tokens: '49', '-', 'year', '-', 'old' are one modifier)


def apposed_holders(res: Resolver, head: str, lo: int) -> set[int]:
    """The person entities of the mentions before index *lo* that the text introduced with the
    singular role noun *head* where no title was read: in an indefinite apposition whose head it
    is (*'Ana Roe, a
    49-year-old diplomat posted to Cork,'* for *the diplomat*: up to eight tokens of lower-case modifiers
    between the article and the noun, and no possessive after it: *a diplomat's wife* is a
    wife), or as an abbreviated rank before the name (*Sgt. Ana Roe* for *the sergeant*)."""
    words, mentions = res.tokens.words, res.mentions
    found: set[int] = set()
    if head not in res.lexicon.role_nouns:
        return found  # (a singular role noun: 'the poll', 'the actors' are no apposition's person)
    for k in range(lo - 1, max(-1, lo - 1 - _VERB_REACH), -1):
        m = mentions[k]
        e = res.table.of_mention[k]
        ent = res.ents[e]
        if ent.kind != "person" or ent.body_evidence:
            continue
        if _ranked(words, m.first, head) or _apposed(words, m.last + 1, head):
            found.add(e)
    return found


def _ranked(words: Sequence[str], first: int, head: str) -> bool:
    """Does an abbreviated rank that spells *head* stand right before token *first* ('Sgt.')?"""
    j = first - 1
    if j >= 0 and words[j] == ".":
        j -= 1
    return j >= 0 and TITLE_ABBREVIATIONS.get(words[j].rstrip(".").lower()) == head


#: How many of the latest speakers :func:`spoken_description` reads.
_RECENT_SPEAKERS = 4


def spoken_description(res: Resolver, head: str, at: int, modifiers: Sequence[str] = ()) -> int:
    """The unnamed description, among the latest speakers in this paragraph or the one before
    token *at*, whose head is the role noun *head* and which holds every one of *modifiers*
    (*'A spokesperson for the authority said ... "C," the spokesperson said.'* -> *spokesperson
    for the authority*; *'A former senior official in the office said ... the former official
    said'*): a definite nominal names again the one a description introduced; -1 when none or
    several."""
    _, p_at = res.table.locate(at)
    named = len(res.table.entities)  # (later entities are description phrases, made on use)
    found = {
        e
        for e, pos in res.spoke[-_RECENT_SPEAKERS:]
        if e >= named
        and p_at - res.table.locate(pos)[1] <= 1
        and _description_head(res.ents[e].name) == head
        and all(m in res.ents[e].name.lower().split() for m in modifiers)
    }
    return found.pop() if len(found) == 1 else -1


#: How many of the latest speakers :func:`spoken_voice` reads (a bound that keeps it linear).
_VOICE_REACH = 40


def spoken_voice(res: Resolver, head: str, body: int) -> int:
    """The unnamed description a possessed voice (*'Its spokesperson'*, *"Kestrel Ferries'
    spokesman"*) names again: the one description among the last 40 speakers (not only
    the paragraph's), whose head is *head* and whose last word is a word of the name of *body*, the entity
    the possessor resolves to (*'A spokesperson for the authority said ... Its spokesperson
    said'* with *its* the Energy Data Standards Authority); -1 when none or several."""
    named = len(res.table.entities)  # (later entities are description phrases, made on use)
    body_words = res.ents[body].name.lower().split()
    found = {
        e
        for e, _ in res.spoke[-_VOICE_REACH:]
        if e >= named
        and _description_head(res.ents[e].name) == head
        and res.ents[e].name.lower().split()[-1] in body_words
    }
    return found.pop() if len(found) == 1 else -1


def _description_head(name: str) -> str:
    """The head noun of a description's *name*, lower case: its last word before a preposition
    (*'spokesperson for the authority'* -> *spokesperson*); a preposition between two
    capitalised words is inside a name (*'Ministry of Defence spokesperson'* -> *spokesperson*)."""
    written = name.split()
    words = name.lower().split()
    for k, w in enumerate(words):
        if k and w in _RUN_ENDS and not _inside_name(written, k):
            return words[k - 1]
    return words[-1] if words else ""


def _inside_name(written: Sequence[str], k: int) -> bool:
    """Does word *k* stand between two capitalised words ('Ministry | of | Defence')?"""
    return written[k - 1][:1].isupper() and k + 1 < len(written) and written[k + 1][:1].isupper()


def apposed_body(res: Resolver, nouns: frozenset[str], lo: int) -> int:
    """The one entity of the mentions before index *lo* that an indefinite apposition headed by
    one of the body *nouns* introduced (*'Gridlark, a four-year-old Leeds startup that ...'*
    for *the company*), made a body; -1 when none or several."""
    words, mentions = res.tokens.words, res.mentions
    found = {
        res.table.of_mention[k]
        for k in range(lo - 1, max(-1, lo - 1 - _VERB_REACH), -1)
        if _apposed(words, mentions[k].last + 1, nouns, closed=True, articles=_BODY_APPOSITION_ARTICLES)
    }
    # (not a person: no gender, and no title with a role of the lexicon, 'developer and spokeswoman')
    found = {
        e
        for e in found
        if res.ents[e].gender is None
        and not any(w in res.lexicon.role_words for t in res.ents[e].titles for w in t.lower().split())
    }
    if len(found) != 1:
        return -1
    e = found.pop()
    res.as_body(e)
    return e


def _apposed(
    words: Sequence[str],
    j: int,
    heads: str | frozenset[str],
    *,
    closed: bool = False,
    articles: frozenset[str] = _APPOSITION_ARTICLES,
) -> bool:
    """Does an apposition headed by *heads* (a noun, or one of a set) open at token *j* with one of
    the *articles* (', a 49-year-old diplomat')? With *closed*, a comma, a full stop, a relative
    pronoun or a preposition must follow the head (*'Louisiana, a Baton Rouge newspaper called on
    ...'* is a new clause's subject)."""
    if j + 2 >= len(words) or words[j] != "," or words[j + 1].lower() not in articles:
        return False
    for i in range(j + 2, min(len(words), j + 2 + _APPOSITION_MODIFIERS + 1)):
        w = words[i]
        if w == heads or (not isinstance(heads, str) and w in heads):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if closed and nxt not in _APPOSITION_CLOSERS and nxt not in _RUN_ENDS:
                return False
            return nxt not in POSSESSIVE_MARKS and nxt != "-"
        if w == "-" or w.isdigit():
            continue  # (the tokens of '49-year-old')
        if not w.replace("-", "").isalpha() or not (w.islower() or w.istitle()) or w in _RUN_ENDS:
            return False
    return False


#: Also the past participles that open a body's defining phrase after its noun (*a Melbourne
#: e-bike maker founded in 2019*, *a Leeds startup backed by ...*, *a firm listed in Oslo*).
_APPOSITION_CLOSERS = frozenset(
    [
        ",",
        ".",
        ";",
        ")",
        "",
        *"based founded owned listed headquartered backed established incorporated registered".split(),
    ]
)
#: Lower-case words that end an apposition's modifiers before its head.
_RUN_ENDS = frozenset("of for with at by to from in on and or who which that".split())


#: Past forms of the verbs whose agent nouns news copy uses of a person named as their subject
#: and that do not add -ed (Quirk et al. 1985, Appendix II.3: irregular verbs).
_AGENT_VERB_PASTS = {
    "lead": "led",
    "build": "built",
    "teach": "taught",
    "run": "ran",
    "win": "won",
    "drive": "drove",
}


def agent_verb_forms(noun: str) -> frozenset[str]:
    """The inflected forms of the verb an agent noun is derived from (*conductor* -> conducts,
    conducted, conducting; *manager* -> manages, managed, managing; *runner* -> ran): English
    agent nouns in *-er* and *-or* name the one who does the verb's act (Quirk et al. 1985,
    Appendix I.34). Stems are guessed (*conduct*, *manage*, *run*); a guess that is no verb
    matches no word of a text. Empty for other nouns and short ones."""
    if len(noun) < 5 or not noun.isalpha() or not noun.endswith(("er", "or")):
        return frozenset()
    base = noun[:-2]
    stems = {base, base + "e"}
    if len(base) > 2 and base[-1] == base[-2]:
        stems.add(base[:-1])  # ('runner', 'winner': the doubled consonant)
    forms: set[str] = set()
    for stem in stems:
        bare = stem[:-1] if stem.endswith("e") else stem
        forms.update((stem + "s", bare + "ed", bare + "ing"))
        if stem in _AGENT_VERB_PASTS:
            forms.add(_AGENT_VERB_PASTS[stem])
    return frozenset(forms)


def _verb_holders(res: Resolver, verbs: frozenset[str], lo: int, *, agent: bool = False) -> set[int]:
    """The person entities of the mentions before index *lo* that a verb of *verbs* follows,
    after an optional auxiliary ('Ana Roe is suing', 'Ana Roe sued'); with *agent*, that a verb
    of *verbs* and *by* precede ('was led by Ana Roe')."""
    words, mentions, lows = res.tokens.words, res.mentions, res.lows
    found: set[int] = set()
    for k in range(lo - 1, max(-1, lo - 1 - _VERB_REACH), -1):
        m = mentions[k]
        if agent:
            j = m.first - 2
            hit = j >= 0 and lows[j + 1] == "by" and lows[j] in verbs
        else:
            j = _past_apposition(words, m.last + 1)  # ('NAME, a Democratic rancher, is challenging')
            if j < len(words) and lows[j] in ("is", "was", "has", "had", "have", "are", "were"):
                j += 1
            hit = j < len(words) and lows[j] in verbs
        e = res.table.of_mention[k]
        if hit and res.ents[e].kind == "person" and not res.ents[e].body_evidence:
            found.add(e)
    return found


#: The most tokens of an apposition between a name and its verb (:func:`_past_apposition`).
_APPOSITION_TOKENS = 12


def _past_apposition(words: Sequence[str], j: int) -> int:
    """The token after an apposition set off by commas that opens at token *j* (', a Democratic
    rancher,'), within :data:`_APPOSITION_TOKENS`; *j* when none opens there."""
    if j >= len(words) or words[j] != ",":
        return j
    end = min(len(words), j + _APPOSITION_TOKENS)
    k = next((k for k in range(j + 1, end) if words[k] in (",", ".", ";", ":")), -1)
    return k + 1 if k > j + 1 and words[k] == "," else j


def _nearest_subject(res: Resolver, found: set[int], at: int) -> int:
    """Of the entities *found*, the last speaker when it spoke in the sentence before token
    *at* or this one, else the one subject of the sentence before; -1 otherwise."""
    table = res.table
    s_at, _ = table.locate(at)
    if res.spoke:
        e, pos = res.spoke[-1]
        if e in found and s_at - table.locate(pos)[0] <= 1:
            return e
    if s_at == 0:
        return -1
    sent = table.sentences[s_at - 1]
    lo = bisect.bisect_left(res.mention_starts, sent.first)
    hi = bisect.bisect_right(res.mention_starts, sent.last)
    subjects = {e for k in range(lo, hi) if (e := table.of_mention[k]) in found and res.subject(k)}
    return subjects.pop() if len(subjects) == 1 else -1


#: Sources that elide their noun (*'another said'*, *'a second added'*: the article is stripped
#: before), read against the unnamed description that spoke before them (*'one evacuee said'*).
_ELIDING = frozenset(["another", "second", "third", "fourth", "fifth"])
#: Counts that open a description, left out of the noun an eliding source restores.
_COUNTS = frozenset(["one", "another", "first", "second", "third", "fourth"])
#: Words that stand for a person only by their place in a series ('said the first', 'the
#: other'): no noun an eliding source can restore ('the second' after 'the first' stays 'second').
_SERIES_WORDS = frozenset("one another first second third fourth fifth last other latter former".split())
#: Words that restore no noun: a place in a series, a count or a quantifier ('two said').
_NO_NOUN = _SERIES_WORDS | NUMBER_WORDS | QUANTIFIERS


def elided_noun(res: Resolver, name: str) -> str:
    """The description an eliding source (*'another'*, *'a second'*) stands for: its word and
    the noun (one to three lower-case words) of the latest counted description among the last
    speakers (*'"C," one evacuee said. "D," another said.'* -> *'another evacuee'*, past *a
    sign that read "E"* between them), else of the latest speaker when that is an unnamed
    description (*'a nurse said'*); *name* itself when it elides nothing or none spoke within
    :data:`_RECENT_SPEAKERS` (nor after a partitive: *one of the divers* leaves *another*).
    Never a named speaker's noun (*'"C," Ana Roe said. "D," another
    said.'* stays *another*)."""
    low = name.lower()
    if low not in _ELIDING:
        return name
    named = len(res.table.entities)  # (later entities are description phrases, made on use)
    recent = [e for e, _ in reversed(res.spoke[-_RECENT_SPEAKERS:])]
    counted = [e for e in recent if e >= named and res.ents[e].name.split()[0].lower() in _COUNTS]
    for e in counted[:1] or recent[:1]:
        words = res.ents[e].name.split()
        if words[0].lower() in _COUNTS:
            words = words[1:]
        plain = 1 <= len(words) <= 3 and words[0] != "of" and all(w.islower() and w.isalpha() for w in words)
        plain = plain and _NO_NOUN.isdisjoint(words)  # ('said the first', 'two said', 'some said')
        if e >= named and res.ents[e].kind != "organization" and plain:
            return f"{low} {' '.join(words)}"
    return name


def named_body(res: Resolver, head_words: Sequence[str]) -> int:
    """The one body of the text whose name ends with the words of a definite phrase of two or
    more words after its article that ends on a body noun (*head_words*, lower case, without
    possessive marks: *"the sheriff's office"* -> *"the Logan County Sheriff's Office"*, named
    in the lede's next paragraph: a body may be named after the phrase that first stands for
    it); -1 when none or several."""
    words = head_words[1:]
    if head_words[:1] != ["the"] or len(words) < 2 or words[-1] not in res.lexicon.organization_nouns:
        return -1
    tail = " " + " ".join(words)
    found = {
        e
        for e, ent in enumerate(res.table.entities)
        if ent.kind == "organization"
        and len(ent.words) > len(words)
        and _POSSESSIVE.sub("", ent.name.lower()).endswith(tail)
    }
    return found.pop() if len(found) == 1 else -1


_POSSESSIVE = re.compile(r"['’]s?\b")


#: How many tokens before a definite nominal :func:`apposed_name` reads (a bound that keeps it
#: linear; about a long article's first half).
_APPOSED_REACH = 2000


def apposed_name(res: Resolver, head_words: Sequence[str], a: int) -> int:
    """The entity a definite nominal (*'the developer'*, *head_words*, at token *a*) names
    again when the text introduced it with that nominal and a name in apposition set off by
    commas (*'The developer, Edinburgh-based Hollowmere Renewables, says'*; *'the spokesman,
    Ivo Berg,'*): the nearest such apposition within :data:`_APPOSED_REACH` tokens; -1 when
    none. A place modifying the name (*Edinburgh-based*) is passed over."""
    if len(head_words) != 2 or head_words[0] != "the" or not head_words[1].isalpha():
        return -1
    words, noun = res.tokens.words, head_words[1]
    lows = res.lows
    # (the noun's tokens in reach, nearest first: found by a C scan, not a Python step per token)
    for k in reversed(positions(words, noun, max(0, a - _APPOSED_REACH) + 1, a)):
        if lows[k - 1] != "the" or k + 3 >= len(words) or words[k + 1] != ",":
            continue
        if k >= 2 and (lows[k - 2] in _RUN_ENDS or words[k - 2] in POSSESSIVE_MARKS):
            continue  # ('the author of the book, NAME,': the name is the author's)
        j = k + 2 + (lows[k + 2] == "the")  # ('the union, the Harbour Workers Federation,')
        n = bisect.bisect_left(res.mention_starts, j)
        mentions = res.mentions
        if n + 1 < len(mentions) and mentions[n].first == j and _place_before(words, mentions[n].last):
            n += 1  # ('Edinburgh-based Hollowmere Renewables')
            j = mentions[n].first if mentions[n].first == mentions[n - 1].last + 3 else -1
        if n < len(mentions) and mentions[n].first == j and words[mentions[n].last + 1] == ",":
            return res.table.of_mention[n]
    return -1


def _place_before(words: Sequence[str], last: int) -> bool:
    """Do a hyphen and a lower-case word follow the name ending at token *last* ('Edinburgh-based')?"""
    return (
        last + 2 < len(words)
        and words[last + 1] == "-"
        and words[last + 2].isalpha()
        and words[last + 2].islower()
    )
