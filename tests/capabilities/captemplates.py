"""The development capabilities: templates crossed with the fillers of ``capdata.py``.

Each capability is a generator of :class:`~capkit.Case` objects; large crossings are
cut down with :func:`capkit.sample` (seeded by the template name), so the cases are
the same on every run. The held-out templates live in ``heldout.py``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import (
    APPEARANCE_FORMS,
    APPEARANCE_PREDICATES,
    APPOSITIONS,
    CLAUSES,
    CONTENT,
    CONTENT2,
    DATELINES,
    DOUBLE_MARKS,
    INFINITIVES,
    LEXICON_VERBS,
    LINKING_GROUPS,
    MARKS,
    MIXED,
    NOMINALS,
    OBJECTS,
    OPEN_VERBS,
    ORGS,
    PEOPLE,
    PREMODIFIERS,
    SINGLE_MARKS,
    STANCE_ADJECTIVES,
    Marks,
    Person,
    Verb,
)
from capkit import ANY, Case, Contains, Expect, named, sample
from captemplates7 import ROUND7
from captemplates8_beh8 import ROUND8_BEH8
from captemplates8_doc9 import ROUND8_DOC9
from captemplates8_ind9 import ROUND8_IND9
from captemplates8_mx9 import ROUND8_MX9
from captemplates8_sal9 import ROUND8_SAL9
from captemplates8_spk9 import ROUND8_SPK9
from captemplates8_ttl9 import ROUND8_TTL9
from captemplates9_dir10 import ROUND9_DIR10
from captemplates9_h7w import ROUND9_H7W
from captemplates9_ind10 import ROUND9_IND10
from captemplates9_lft10 import ROUND9_LFT10
from captemplates9_main import ROUND9_MAIN
from captemplates9_spk10 import ROUND9_SPK10
from captemplates10_att11 import ROUND10_ATT11
from captemplates10_h8w import ROUND10_H8W
from captemplates10_lab11 import ROUND10_LAB11
from captemplates10_main import ROUND10_MAIN
from captemplates10_prn11 import ROUND10_PRN11
from captemplates11_h9n import ROUND11_H9N
from captemplates11_h9p import ROUND11_H9P
from captemplates11_h9q import ROUND11_H9Q
from captemplates11_h9s import ROUND11_H9S
from captemplates11_main import ROUND11_MAIN
from captemplates12_f13p import ROUND12_F13P
from captemplates12_f13t import ROUND12_F13T
from captemplates12_f13x import ROUND12_F13X
from captemplates12_main import ROUND12_MAIN
from captemplates13_f14d import ROUND13_F14D
from captemplates13_f14p import ROUND13_F14P
from captemplates13_f14t import ROUND13_F14T
from captemplates13_h11n import ROUND13_H11N
from captemplates13_h11s import ROUND13_H11S
from captemplates13_main import ROUND13_MAIN
from captemplates14_f15d import ROUND14_F15D
from captemplates14_f15p import ROUND14_F15P
from captemplates14_f15t import ROUND14_F15T
from captemplates14_h12a import ROUND14_H12A
from captemplates14_h12s import ROUND14_H12S
from captemplates14_h12t import ROUND14_H12T
from captemplates14_m15r import ROUND14_M15R
from captemplates14_m15s import ROUND14_M15S
from captemplates15_f16d import ROUND15_F16D
from captemplates15_f16i import ROUND15_F16I
from captemplates15_main import ROUND15_MAIN
from captemplates16_f17d import ROUND16_F17D
from captemplates16_f17i import ROUND16_F17I
from captemplates16_main import ROUND16_MAIN
from captemplates17_f18sp import ROUND17_F18SP
from captemplates17_main import ROUND17_MAIN
from captemplates18_f19cat import ROUND18_F19CAT
from captemplates18_f19doc import ROUND18_F19DOC
from captemplates18_f19span import ROUND18_F19SPAN
from captemplates18_f19spk import ROUND18_F19SPK
from captemplates18_f19ttl import ROUND18_F19TTL
from captemplates18_f19wrong import ROUND18_F19WRONG
from captemplates18_main import ROUND18_MAIN
from captemplates19_f20ind import ROUND19_F20IND
from captemplates19_f20nom import ROUND19_F20NOM
from captemplates19_f20org import ROUND19_F20ORG
from captemplates19_f20ttl import ROUND19_F20TTL
from captemplates19_f20who import ROUND19_F20WHO
from captemplates19_g20docs import ROUND19_G20DOCS
from captemplates19_g20label import ROUND19_G20LABEL
from captemplates19_g20lede import ROUND19_G20LEDE
from captemplates19_g20wrongx import ROUND19_G20WRONGX
from captemplates19_main import ROUND19_MAIN
from captemplates20_f21disc import ROUND20_F21DISC
from captemplates20_f21spk import ROUND20_F21SPK
from captemplates20_f21ttl import ROUND20_F21TTL
from captemplates20_g21det import ROUND20_G21DET
from captemplates20_main import ROUND20_MAIN
from captemplates21_f22colon import ROUND21_F22COLON
from captemplates21_f22nom import ROUND21_F22NOM
from captemplates21_f22ttl import ROUND21_F22TTL
from captemplates21_g22cue import ROUND21_G22CUE
from captemplates21_h22sal import ROUND21_H22SAL
from captemplates21_h22ttl import ROUND21_H22TTL
from captemplates22_f23app import ROUND22_F23APP
from captemplates22_f23org import ROUND22_F23ORG
from captemplates22_f23role import ROUND22_F23ROLE
from captemplates22_f23sal import ROUND22_F23SAL
from captemplates22_h23doc import ROUND22_H23DOC
from captemplates22_h23part import ROUND22_H23PART
from captemplates22_h23sal import ROUND22_H23SAL
from captemplates22_h23ttl import ROUND22_H23TTL
from captemplates23_f24desc import ROUND23_F24DESC
from captemplates23_f24org import ROUND23_F24ORG
from captemplates23_f24prec import ROUND23_F24PREC
from captemplates23_f24ttl import ROUND23_F24TTL
from captemplates23_h24sal import ROUND23_H24SAL
from captemplates23_h24ttl import ROUND23_H24TTL
from captemplates24_h25app import ROUND24_H25APP
from captemplates24_h25body import ROUND24_H25BODY
from captemplates24_h25neg import ROUND24_H25NEG
from captemplates24_h26frame import ROUND24_H26FRAME
from captemplates24_h26sal import ROUND24_H26SAL
from captemplates24_h26ttl import ROUND24_H26TTL
from captemplates24_main import ROUND24_MAIN
from captemplates25_h27names import ROUND25_H27NAMES
from captemplates25_h27quoted import ROUND25_H27QUOTED
from captemplates25_h28frame import ROUND25_H28FRAME
from captemplates25_h28gen import ROUND25_H28GEN
from captemplates25_h28marks import ROUND25_H28MARKS
from captemplates25_h28sal import ROUND25_H28SAL
from captemplates25_main import ROUND25_MAIN
from captemplates26_h29anon import ROUND26_H29ANON
from captemplates26_h29medium import ROUND26_H29MEDIUM
from captemplates26_h29roles import ROUND26_H29ROLES
from captemplates26_main import ROUND26_MAIN
from captemplates27_h30docs import ROUND27_H30DOCS
from captemplates27_h30named import ROUND27_H30NAMED
from captemplates27_main import ROUND27_MAIN
from captemplates28_h31adjunct import ROUND28_H31ADJUNCT
from captemplates28_h31nominal import ROUND28_H31NOMINAL
from captemplates28_h31relative import ROUND28_H31RELATIVE
from captemplates28_main import ROUND28_MAIN
from captemplates29_h32beats import ROUND29_H32BEATS
from captemplates29_h32facility import ROUND29_H32FACILITY
from captemplates29_h32particles import ROUND29_H32PARTICLES
from captemplates29_main import ROUND29_MAIN
from captemplates30_h33asked import ROUND30_H33ASKED
from captemplates30_h33kin import ROUND30_H33KIN
from captemplates30_h33prerole import ROUND30_H33PREROLE
from captemplates30_main import ROUND30_MAIN
from captemplates31_h35age import ROUND31_H35AGE
from captemplates31_h35appoint import ROUND31_H35APPOINT
from captemplates31_main import ROUND31_MAIN
from captemplates32_main import ROUND32_MAIN
from captemplates33_main import ROUND33_MAIN
from captemplates34_main import ROUND34_MAIN
from captemplates35_main import ROUND35_MAIN
from captemplates36_main import ROUND36_MAIN
from captemplates37_main import ROUND37_MAIN
from captemplates38_main import ROUND38_MAIN
from captemplates39_main import ROUND39_MAIN
from captemplates40_main import ROUND40_MAIN
from captemplates41_main import ROUND41_MAIN
from captemplates42_main import ROUND42_MAIN
from captemplates44_main import ROUND44_MAIN
from captemplates45_main import ROUND45_MAIN
from captemplates46_main import ROUND46_MAIN
from captemplates47_main import ROUND47_MAIN
from captemplates47_world import ROUND47_WORLD
from captemplates48_docs import ROUND48_DOCS
from captemplates48_local import ROUND48_LOCAL
from captemplates48_messy import ROUND48_MESSY
from captemplates49_docs import ROUND49_DOCS
from captemplates49_people import ROUND49_PEOPLE
from captemplates49_world import ROUND49_WORLD
from captemplates50_courts import ROUND50_COURTS
from captemplates50_media import ROUND50_MEDIA
from captemplates51_online import ROUND51_ONLINE
from captemplates52_tributes import ROUND52_TRIBUTES
from captemplates53_readings import ROUND53_READINGS
from captemplates54_ranks import ROUND54_RANKS
from captemplates55_pages import ROUND55_PAGES
from captemplates56_frames import ROUND56_FRAMES
from captemplates57_trust import ROUND57_TRUST
from captemplates58_trust import ROUND58_TRUST

TENSES = ("past", "present")


def _form(verb: Verb, tense: str) -> str:
    return verb.past if tense == "past" else verb.present


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names(p: Person) -> tuple[str, str]:
    """The two ways a sentence names a person: in full and by surname (first mention in full)."""
    return (p.full, p.surname)


# -- group 1: cue verbs around a direct quotation ---------------------------------------


def _after(verbs: tuple[Verb, ...], template: str, k: int) -> Iterator[Case]:
    """`"C," NAME VERB.` -- full name, and surname after an introducing sentence."""
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), (False, True))
    for p, v, tense, m, ci, by_surname in sample(combos, k, template):
        c = CONTENT[ci]
        quote = m.q(c + ",")
        if by_surname:
            text = f"{p.full} was at the meeting. {quote} {p.surname} {_form(v, tense)}."
        else:
            text = f"{quote} {p.full} {_form(v, tense)}."
        yield Case("", template, text, [Expect(quote, "direct", p.full, None, "person")])


def cue_lexicon_after() -> Iterator[Case]:
    """Lexicon cue verbs after a direct quote, past and present."""
    yield from _after(LEXICON_VERBS, "lexicon-after", 700)


def cue_open_after() -> Iterator[Case]:
    """Cue verbs the lexicon does not list, after a direct quote (the reporting frame)."""
    yield from _after(OPEN_VERBS, "open-after", 700)


#: Modifiers after a reporting verb: a preposition of time or place, or a time word.
FRAME_TAILS = (
    " after the vote",
    " on Tuesday",
    " outside the courthouse",
    " during the hearing",
    " at the rally",
    " late on Friday",
    " before the session",
    " in a text message",
)


def cue_open_tail() -> Iterator[Case]:
    """`"C," NAME VERB MODIFIER.` and `"C," VERB NAME MODIFIER.` with cue verbs outside the
    lexicon, with and without a particle (`shot back after the vote`)."""
    shapes = (False, True)  # inverted?
    combos = itertools.product(PEOPLE, OPEN_VERBS, TENSES, MARKS, range(len(CONTENT)), FRAME_TAILS, shapes)
    for p, v, tense, m, ci, tail, inverted in sample(combos, 600, "open-tail"):
        if inverted and not v.invertible:
            continue
        quote = m.q(CONTENT[ci] + ",")
        frame = f"{_form(v, tense)} {p.full}" if inverted else f"{p.full} {_form(v, tense)}"
        text = f"{quote} {frame}{tail}."
        yield Case("", "open-tail", text, [Expect(quote, "direct", p.full, None, "person")])


def cue_inverted() -> Iterator[Case]:
    """`"C," VERB NAME.` with lexicon and open-class verbs."""
    verbs = [v for v in LEXICON_VERBS + OPEN_VERBS if v.invertible]
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)))
    for p, v, tense, m, ci in sample(combos, 500, "inverted"):
        quote = m.q(CONTENT[ci] + ",")
        text = f"{quote} {_form(v, tense)} {p.full}."
        yield Case("", "inverted", text, [Expect(quote, "direct", p.full, None, "person")])


def cue_before() -> Iterator[Case]:
    """`NAME VERB: "C."` and `NAME VERB, "C."`."""
    verbs = [v for v in LEXICON_VERBS if v.invertible] + [OPEN_VERBS[2], OPEN_VERBS[3]]
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), (":", ","))
    for p, v, tense, m, ci, sep in sample(combos, 500, "before"):
        quote = m.q(CONTENT[ci] + ".")
        text = f"{p.full} {_form(v, tense)}{sep} {quote}"
        yield Case("", f"before{sep}", text, [Expect(quote, "direct", p.full, None, "person")])


#: Adverbials that open a sentence before the speaker (our own phrases).
FRONTED_OPENERS = (
    "After the vote on Tuesday",
    "Moments later",
    "When the lights came back on",
    "At the end of the meeting",
    "Facing the cameras outside the court",
    "Two days later",
    "Alongside the striking crews",
)


def cue_before_fronted() -> Iterator[Case]:
    """`OPENING, NAME VERB: "C."` and `OPENING, NAME VERB, "C."`: an adverbial before the frame."""
    verbs = [v for v in LEXICON_VERBS if v.invertible][:8] + list(OPEN_VERBS)
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), (":", ","), FRONTED_OPENERS)
    for p, v, tense, m, ci, sep, opener in sample(combos, 500, "before-fronted"):
        quote = m.q(CONTENT[ci] + ".")
        text = f"{opener}, {p.full} {_form(v, tense)}{sep} {quote}"
        yield Case("", f"before-fronted{sep}", text, [Expect(quote, "direct", p.full, None, "person")])


def cue_split() -> Iterator[Case]:
    """`"C1," NAME VERB. "C2."` and `"C1," NAME VERB, "c2."`: one quote in two parts."""
    verbs = LEXICON_VERBS[:8] + OPEN_VERBS[:6]
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), range(len(CONTENT2)), ".,")
    for p, v, tense, m, ci, c2i, sep in sample(combos, 500, "split"):
        first = m.q(CONTENT[ci] + ",")
        c2 = CONTENT2[c2i]
        second = m.q(c2 if sep == "." else c2[0].lower() + c2[1:])
        text = f"{first} {p.full} {_form(v, tense)}{sep} {second}"
        whole = text[: text.rindex(m.close) + 1] if sep == "," else text
        yield Case(
            "", f"split{sep}", text, [Expect(whole, "direct", p.full, None, "person", parts=(first, second))]
        )


#: Credit tails between the two parts of a split quote that hold a title of a work or an
#: abbreviated title ({t}: a title in the quote's own marks), our own phrases.
SPLIT_CREDIT_TAILS = (
    ", the author of {t} who studies tides at the Fjord Institute",
    ", a former ally of Sen. Ivo Marsh, who has since left the party",
    ", who once hosted the radio show {t} for a decade",
    " after the vote, a former aide to Gov. Ina Berg of Leith",
    ", a reporter for the weekly {t} in Leith",
)


def cue_split_credit_tail() -> Iterator[Case]:
    """`"C1," said NAME, TAIL WITH A "TITLE" OR Sen. X. "C2."`: one quote in two parts; the
    title inside the credit is no part and the abbreviation's stop ends no sentence."""
    titles = ("Salt Roads,", "The Long Tide,", "Harbour Talk,")
    combos = itertools.product(
        PEOPLE, SPLIT_CREDIT_TAILS, titles, DOUBLE_MARKS, range(len(CONTENT)), range(len(CONTENT2)), (0, 1)
    )
    for p, tail, title, m, ci, c2i, inverted in sample(combos, 400, "split-credit-tail"):
        first = m.q(CONTENT[ci] + ",")
        second = m.q(CONTENT2[c2i])
        credit = f"said {p.full}" if inverted else f"{p.full} said"
        text = f"{first} {credit}{tail.format(t=m.q(title))}. {second}"
        expect = Expect(text, "direct", p.full, ANY, "person", parts=(first, second))
        yield Case("", "split-credit-tail", text, [expect])


_REFERRING = ("referring to the council", "speaking of the ferry company", "referring to the new tolls")


def cue_split_referring() -> Iterator[Case]:
    """`"C1," NAME said, referring to X, "c2."`: the particle's object ends at the comma, and
    the second quotation is the quote's second part."""
    combos = itertools.product(
        PEOPLE, _REFERRING, DOUBLE_MARKS, range(len(CONTENT)), range(len(CONTENT2)), (0, 1)
    )
    for p, aside, m, ci, c2i, inverted in sample(combos, 300, "split-referring"):
        first = m.q(CONTENT[ci] + ",")
        c2 = CONTENT2[c2i]
        second = m.q(c2[0].lower() + c2[1:])
        credit = f"said {p.full}" if inverted else f"{p.full} said"
        text = f"{first} {credit}, {aside}, {second}"
        expect = Expect(text, "direct", p.full, ANY, "person", parts=(first, second))
        yield Case("", "split-referring", text, [expect])


def names_surname_after() -> Iterator[Case]:
    """Every name shape by surname, before a present- or past-tense cue (the -an names)."""
    forms = ("says", "adds", "warns", "said", "added", "insists")
    for p, form, m in itertools.product(PEOPLE, forms, DOUBLE_MARKS):
        quote = m.q("Go home,")
        text = f"{p.full} spoke at the rally. {quote} {p.surname} {form}."
        yield Case("", f"surname-{form}", text, [Expect(quote, "direct", p.full, None, "person")])


# -- indirect and mixed ---------------------------------------------------------------

INDIRECT_VERBS = tuple(v for v in LEXICON_VERBS if v.past not in {"snapped", "quipped", "retorted", "urged"})


def indirect_before() -> Iterator[Case]:
    """`NAME VERB (that) CLAUSE.`"""
    combos = itertools.product(PEOPLE, INDIRECT_VERBS, TENSES, CLAUSES, (True, False))
    for p, v, tense, clause, that in sample(combos, 400, "indirect-before"):
        content = f"that {clause}" if that else clause
        text = f"{p.full} {_form(v, tense)} {content}."
        yield Case("", "indirect-before", text, [Expect(content, "indirect", p.full, None, "person")])


#: Two-word reported clauses: a bare plural subject and its past verb ('rents fell').
BARE_SUBJECTS = ("rents", "fares", "wages", "exports", "talks", "sales", "repairs", "queues")
BARE_PASTS = ("fell", "rose", "grew", "soared", "stalled", "collapsed", "doubled", "slowed")


def indirect_bare_subject() -> Iterator[Case]:
    """`NAME VERB SUBJECTS PAST(, TAIL).` / `APPOSITION, NAME, VERB ...`: the shortest clause."""
    verbs = tuple(v for v in INDIRECT_VERBS if v.past not in ("promised", "cautioned"))  # take 'would'
    combos = itertools.product(PEOPLE, verbs, TENSES, BARE_SUBJECTS, BARE_PASTS, (False, True))
    for p, v, tense, subject, past, appos in sample(combos, 300, "indirect-bare-subject"):
        clause = f"{subject} {past}"
        opening = f"The firm's finance director, {p.full}," if appos else p.full
        title = Contains(("finance director",)) if appos else None
        text = f"{opening} {_form(v, tense)} {clause}."
        yield Case("", "indirect-bare-subject", text, [Expect(clause, "indirect", p.full, title, "person")])


#: A reported clause that is itself a short verb group of saying: 'said he would comment'.
SHORT_REPORTS = tuple(
    f"{aux} {verb}{tail}"
    for aux in ("would", "will", "could not", "did not", "might")
    for verb in ("comment", "complain", "respond", "appeal", "object", "testify", "apologise")
    for tail in ("", " later", " to the board")
) + tuple(
    f"{aux} {verb}{tail}"
    for aux in ("had", "has", "had not")
    for verb in ("commented", "complained", "responded", "appealed", "objected", "apologised")
    for tail in ("", " twice", " in writing")
)


def indirect_short_report() -> Iterator[Case]:
    """`NAME VERB (that) PRONOUN AUX SAY.`: the content ends on a verb of saying of its own."""
    combos = itertools.product(PEOPLE, INDIRECT_VERBS, TENSES, SHORT_REPORTS, (True, False), (False, True))
    for p, v, tense, report, that, plural in sample(combos, 300, "indirect-short-report"):
        group = "have " + report.removeprefix("has ") if plural and report.startswith("has ") else report
        clause = f"{'they' if plural else p.pronoun} {group}"
        content = f"that {clause}" if that else clause
        text = f"{p.full} {_form(v, tense)} {content}."
        yield Case("", "indirect-short-report", text, [Expect(content, "indirect", p.full, None, "person")])


#: Cue words that are nouns before 'of' ('a show of unity'), the phrases around them, and
#: the cue forms that keep an of-object ('said of her rival').
NOUN_CUES = ("show", "display", "report", "claim", "comment", "statement", "promise", "warning")
OF_PHRASES = (
    "in a show",
    "in rare show",
    "in a symbolic public show",
    "for the first show",
    "after a bold show",
)


def noun_before_of() -> Iterator[Case]:
    """`NAME VERBED ... in (a) (ADJ) CUE-NOUN of NOUN.` holds no quotation; `NAME said of X
    that C.` does."""
    combos = itertools.product(PEOPLE, NOUN_CUES, OF_PHRASES, CLAUSES, (False, True))
    for p, noun, phrase, clause, said_of in sample(combos, 300, "noun-before-of"):
        if said_of:
            text = f"{p.full} said of the {noun} that {clause}."
            yield Case("", "said-of", text, [Expect(f"that {clause}", "indirect", p.full, None, "person")])
        else:
            np = phrase.replace("show", noun)
            text = f"Dock workers marched with {p.full} {np} of unity against the levy."
            yield Case("", "noun-of", text, [])


def indirect_after() -> Iterator[Case]:
    """`CLAUSE, NAME VERB.` and `CLAUSE, VERB NAME.`"""
    verbs = [v for v in INDIRECT_VERBS if v.invertible]
    combos = itertools.product(PEOPLE, verbs, TENSES, CLAUSES, (False, True))
    for p, v, tense, clause, inverted in sample(combos, 300, "indirect-after"):
        content = _cap(clause)
        cue = f"{_form(v, tense)} {p.full}" if inverted else f"{p.full} {_form(v, tense)}"
        text = f"{content}, {cue}."
        yield Case("", "indirect-after", text, [Expect(content, "indirect", p.full, None, "person")])


def stance_adjective() -> Iterator[Case]:
    """`NAME LINK ADJECTIVE that C / to V / of NP.`, by full name or by pronoun after an
    introducing sentence: the subject holds the stance, the complement is the content."""
    combos = itertools.product(PEOPLE, STANCE_ADJECTIVES, LINKING_GROUPS, TENSES, range(4), (False, True))
    for p, (adj, comp), (past, present), tense, k, by_pronoun in sample(combos, 400, "stance-adjective"):
        if comp == "that":
            content = f"that {CLAUSES[k]}"
        elif comp == "to":
            content = INFINITIVES[k]
        else:
            content = OBJECTS[k]
        tail = content if comp in ("that", "to") else f"{comp} {content}"
        link = past if tense == "past" else present
        if by_pronoun:
            text = f"{p.full} spoke to the board. {_cap(p.pronoun)} {link} {adj} {tail}."
        else:
            text = f"{p.full} {link} {adj} {tail}."
        expect = Expect(content, "indirect", p.full, None, "person")
        yield Case("", f"stance-adjective-{comp}", text, [expect])


#: Openings of a sentence before a subordinate clause, and main clauses after it.
_OPENINGS = ("Last spring, when", "Ever since", "On Monday, after", "At a time when", "Even though")
_MAIN_CLAUSES = ("the ferry company hired new crew", "the harbour stayed quiet", "the council met again")


def fronted_clause() -> Iterator[Case]:
    """`OPENING NAME VERB (that) CLAUSE, MAIN CLAUSE.`: a report inside a fronted subordinate
    clause ends with that clause."""
    slots = (PEOPLE, INDIRECT_VERBS, TENSES, CLAUSES, _OPENINGS, _MAIN_CLAUSES, (True, False))
    combos = itertools.product(*slots)
    for p, v, tense, clause, opening, main, that in sample(combos, 300, "fronted-clause"):
        content = f"that {clause}" if that else clause
        text = f"{opening} {p.full} {_form(v, tense)} {content}, {main}."
        yield Case("", "fronted-clause", text, [Expect(content, "indirect", p.full, None, "person")])


def fronted_even_as() -> Iterator[Case]:
    """`Even as / Just as NAME VERB (that) CLAUSE, MAIN CLAUSE.`: *as* after *even* or *just*
    opens a fronted subordinate clause, and the report ends at its comma."""
    slots = (PEOPLE, INDIRECT_VERBS, TENSES, CLAUSES, ("Even as", "Just as"), _MAIN_CLAUSES, (True, False))
    for p, v, tense, clause, opening, main, that in sample(itertools.product(*slots), 200, "fronted-even-as"):
        content = f"that {clause}" if that else clause
        text = f"{opening} {p.full} {_form(v, tense)} {content}, {main}."
        yield Case("", "fronted-even-as", text, [Expect(content, "indirect", p.full, None, "person")])


#: Linking asides between a subject and its verb (our own phrases; {pos} is the possessive).
_ASIDES = (
    "however",
    "meanwhile",
    "for {pos} part",
    "by contrast",
    "too",
    "in turn",
    "for instance",
    "though",
)


def subject_aside() -> Iterator[Case]:
    """`SUBJECT, ASIDE, VERB (that) CLAUSE.`: a linking adverbial between the subject and its
    verb ('The union, however, said ...', 'She, for her part, said ...') leaves the subject
    the source: a pronoun, an organisation's nominal or an unnamed group."""
    combos = itertools.product(range(3), INDIRECT_VERBS, TENSES, CLAUSES, _ASIDES, (True, False))
    for n, (shape, v, tense, clause, aside, that) in enumerate(sample(combos, 300, "subject-aside")):
        # ('added the plant would close' is read as a verb and its object: 'that' marks the clause)
        content = f"that {clause}" if that or v.past != "said" else clause
        if shape == 0:
            p = PEOPLE[n % len(PEOPLE)]
            pos = "her" if p.gender == "f" else "his"
            intro, subject, speaker = f"{p.full} arrived late. ", _cap(p.pronoun), p.full
        elif shape == 1:
            o = ORGS[n % len(ORGS)]
            intro, subject, speaker = f"{_cap(o.name)} met the unions. ", _cap(o.nominal), o.canonical
            pos = "its"
        else:
            intro, subject, speaker, pos = "", "The inspectors", "inspectors", "their"
        verb = _form(v, tense if shape < 2 else "past")  # (a plural subject: 'The inspectors, too, said')
        text = f"{intro}{subject}, {aside.format(pos=pos)}, {verb} {content}."
        yield Case("", "subject-aside", text, [Expect(content, "indirect", speaker)])


#: Adjuncts between a cue and its that-clause (our own phrases): duration, frequency,
#: a time phrase with 'ago' before the verb, and parentheticals.
_CUE_ADJUNCTS = (
    "for months",
    "for the past two years",
    "for the first time",
    "several times",
    "time and again",
    "more than once",
    "-- in a letter to the board --",
    "(in a letter to the board)",
    ", in a letter to the board,",
    ", however,",
)
_PERFECT_VERBS = (
    ("has said", "said"),
    ("has argued", "argued"),
    ("has warned", "warned"),
    ("has insisted", "insisted"),
)


def cue_adjunct() -> Iterator[Case]:
    """`NAME VERB ADJUNCT that CLAUSE.` and `NAME, TIME ago, VERB that CLAUSE.`: an adjunct of
    duration or frequency or a parenthetical after the cue does not hide its clause
    ('has argued for years that ...', 'said -- in a letter -- that ...')."""
    combos = itertools.product(PEOPLE, _PERFECT_VERBS, (0, 1), CLAUSES, _CUE_ADJUNCTS)
    for p, forms, perfect, clause, adjunct in sample(combos, 300, "cue-adjunct"):
        content = f"that {clause}"
        sep = "" if adjunct.startswith(",") else " "
        text = f"{p.full} {forms[1 - perfect]}{sep}{adjunct} {content}."
        yield Case("", "cue-adjunct", text, [Expect(content, "indirect", p.full, None, "person")])
    ago = ("two weeks ago", "a year ago", "less than a month ago", "10 days ago")
    for p, when, clause in sample(itertools.product(PEOPLE, ago, CLAUSES), 100, "cue-adjunct-ago"):
        text = f"{p.full} {when} said that {clause}."
        expect = Expect(f"that {clause}", "indirect", p.full, None, "person")
        yield Case("", "cue-adjunct-ago", text, [expect])


#: Linking verb groups with an adjective that controls a verb of saying (our own phrases),
#: and the verbs of saying after them.
_SPEAKING_GROUPS = ("was quick", "is careful", "was the first", "has been quick", "was right", "is correct")
_SPEAKING_VERBS = ("say", "point out", "note", "stress", "add")


def speaking_adjective() -> Iterator[Case]:
    """`NAME LINK ADJECTIVE to VERB (that) CLAUSE.`: the subject of the linking verb is the
    speaker ('Okafor was quick to point out that ...'); an expletive subject is the writer's
    aside and credits nobody ('It is fair to say that ...')."""
    combos = itertools.product(PEOPLE, _SPEAKING_GROUPS, _SPEAKING_VERBS, CLAUSES, (True, False))
    for p, group, verb, clause, by_pronoun in sample(combos, 300, "speaking-adjective"):
        content = f"that {clause}"
        subject = _cap(p.pronoun) if by_pronoun else p.full
        intro = f"{p.full} spoke to the board. " if by_pronoun else ""
        text = f"{intro}{subject} {group} to {verb} {content}."
        yield Case("", "speaking-adjective", text, [Expect(content, "indirect", p.full, None, "person")])
    expletives = itertools.product(("is fair", "is important", "is worth"), ("say", "note"), CLAUSES)
    for group, verb, clause in expletives:
        yield Case("", "speaking-adjective-expletive", f"It {group} to {verb} that {clause}.", [])


#: Verbs of seeing-as (past, present) and 'as' predicates.
_SEEING_AS = (("saw", "sees"), ("viewed", "views"), ("regarded", "regards"))
_AS_PREDICATES = (
    "as a tax on their work",
    "as a mistake",
    "as unsafe for the winter",
    "as a gift to the banks",
)


def seeing_as() -> Iterator[Case]:
    """`NAME sees/viewed/regards OBJECT as PREDICATE.`: a view; the object and predicate are the
    content."""
    combos = itertools.product(PEOPLE, _SEEING_AS, TENSES, OBJECTS, _AS_PREDICATES)
    for p, (past, present), tense, obj, pred in sample(combos, 200, "seeing-as"):
        verb = past if tense == "past" else present
        content = f"{obj} {pred}"
        text = f"{p.full} {verb} {content}."
        yield Case("", "seeing-as", text, [Expect(content, "indirect", p.full, None, "person")])


_TALK = (("talked about", "talks about"), ("spoke about", "speaks about"), ("spoke of", "speaks of"))


def talk_about() -> Iterator[Case]:
    """`NAME talked about / spoke of OBJECT (on Monday).`: the topic is the content."""
    combos = itertools.product(PEOPLE, _TALK, TENSES, OBJECTS, ("", " on Monday", " at length"))
    for p, (past, present), tense, obj, tail in sample(combos, 200, "talk-about"):
        verb = past if tense == "past" else present
        text = f"{p.full} {verb} {obj}{tail}."
        yield Case("", "talk-about", text, [Expect(obj, "indirect", p.full, None, "person")])


def describe_object() -> Iterator[Case]:
    """`NAME described OBJECT (on Monday).`: with no *as* predicate, the plain object is the
    content; `NAME described OBJECT as PREDICATE.` keeps the predicate."""
    combos = itertools.product(PEOPLE, TENSES, OBJECTS, ("", " on Monday", " in detail", " as unworkable"))
    for p, tense, obj, tail in sample(combos, 200, "describe-object"):
        verb = "described" if tense == "past" else "describes"
        content = obj + tail if tail.startswith(" as ") else obj
        text = f"{p.full} {verb} {obj}{tail}."
        yield Case("", "describe-object", text, [Expect(content, "indirect", p.full, None, "person")])


_AUX_GROUPS = ("has since", "has", "had", "has repeatedly", "would later")


def coordinated_report() -> Iterator[Case]:
    """`NAME VISITED THE PIER (and|but) AUX (ADVERB) said CLAUSE.`: the second verb phrase
    shares the first one's subject."""
    firsts = ("backed the toll", "toured the pier")
    combos = itertools.product(PEOPLE, _AUX_GROUPS, ("and", "but"), CLAUSES, firsts)
    for p, aux, conj, clause, first in sample(combos, 200, "coordinated-report"):
        text = f"{p.full} {first} {conj} {aux} said {clause}."
        expects = [Expect(clause, "indirect", p.full, None, "person")]
        if first.startswith("backed"):
            expects.insert(0, Expect("the toll", "indirect", p.full, None, "person"))
        yield Case("", "coordinated-report", text, expects)


#: A light verb and a reporting noun with a *that* clause ('issued a warning that ...').
_NOUN_THAT = (
    ("issued a warning", "issues a warning"),
    ("made the claim", "makes the claim"),
    ("offered an explanation", "offers an explanation"),
    ("gave an assurance", "gives an assurance"),
)
#: A light verb and a plural reporting noun with a topic ('made comments about ...').
_NOUN_TOPIC = (("made comments about", "makes comments about"), ("made remarks on", "makes remarks on"))
#: Nouns of commitment with an infinitive after a possessive ('her promise to ...').
_NOUN_TO = ("promise", "pledge", "threat")


def cue_noun() -> Iterator[Case]:
    """A reporting noun with its complement: the object of a light verb (`NAME issued a warning
    that C.`, `NAME made comments about OBJECT (on Monday).`), or after a possessive
    (`Voters have not forgotten NAME's promise to V.`): the noun's utterer is the source."""
    slots = (PEOPLE, _NOUN_THAT, TENSES, CLAUSES)
    for p, (past, present), tense, clause in sample(itertools.product(*slots), 120, "cue-noun-that"):
        verb = past if tense == "past" else present
        content = f"that {clause}"
        text = f"{p.full} {verb} {content}."
        yield Case("", "cue-noun-that", text, [Expect(content, "indirect", p.full, None, "person")])
    slots2 = (PEOPLE, _NOUN_TOPIC, TENSES, OBJECTS, ("", " on Monday", ", aides said"))
    for p, (past, present), tense, obj, tail in sample(itertools.product(*slots2), 100, "cue-noun-topic"):
        verb = past if tense == "past" else present
        text = f"{p.full} {verb} {obj}{tail}."
        expect = [Expect(obj, "indirect", p.full, None, "person")]
        if tail.startswith(","):  # a trailing credit of the whole sentence outranks the noun
            expect = [Expect(f"{p.full} {verb} {obj}", "indirect", "aides", None, ANY)]
        yield Case("", "cue-noun-topic", text, expect)
    slots3 = (PEOPLE, _NOUN_TO, INFINITIVES)
    for p, noun, inf in sample(itertools.product(*slots3), 80, "cue-noun-to"):
        text = f"Voters have not forgotten {p.full}'s {noun} {inf}."
        yield Case("", "cue-noun-to", text, [Expect(inf, "indirect", p.full, None, "person")])


#: Stance verbs (past, present) and what may follow their object without being part of it.
_STANCE = (("opposed", "opposes"), ("backed", "backs"), ("criticized", "criticizes"), ("rejected", "rejects"))
_AFTER_OBJECT = (
    "because it came too late",
    "although the vote was close",
    "as she left the harbour office",
    "and even questioned the timetable",
    "but also praised the crews",
    "and harbour officials said it would pass",
)


#: Tails that are a second verb phrase of stance, and its object.
_SECOND_STANCES = {
    "and even questioned the timetable": "the timetable",
    "but also praised the crews": "the crews",
}


def stance_object() -> Iterator[Case]:
    """`NAME VERB OBJECT TAIL.`: the object of a verb of stance ends before an adverbial clause
    or a second verb phrase or clause."""
    slots = (PEOPLE, _STANCE, TENSES, OBJECTS, _AFTER_OBJECT)
    for p, (past, present), tense, obj, tail in sample(itertools.product(*slots), 300, "stance-object"):
        verb = past if tense == "past" else present
        text = f"{p.full} {verb} {obj} {tail}."
        expect = [Expect(obj, "indirect", p.full, None, "person")]
        if tail.startswith("and harbour officials said"):
            expect.append(Expect("it would pass", "indirect", "harbour officials", None, ANY))
        elif tail in _SECOND_STANCES:  # the second verb phrase shares the subject: a stance of its own
            expect.append(Expect(_SECOND_STANCES[tail], "indirect", p.full, None, "person"))
        yield Case("", "stance-object", text, expect)


_SHARES = (
    "Nineteen percent of the dockers polled",
    "A majority of residents",
    "About two-thirds of voters",
    "61% of those surveyed",
    "More than half of the members",
)
_POLL_VERBS = (("supported", "support"), ("favored", "favor"), ("opposed", "oppose"), ("backed", "back"))


def poll_share() -> Iterator[Case]:
    """`SHARE VERB OBJECT.`: a poll's share is the subject, also of a plain-form cue that is a
    noun too (*support*, *favor*)."""
    combos = itertools.product(_SHARES, _POLL_VERBS, TENSES, OBJECTS)
    for share, (past, present), tense, obj in sample(combos, 160, "poll-share"):
        verb = past if tense == "past" else present
        text = f"{share} {verb} {obj}."
        accepted = (share, share.removeprefix("More than ").removeprefix("About "))
        yield Case("", "poll-share", text, [Expect(obj, "indirect", accepted)])


def appearance() -> Iterator[Case]:
    """`NAME seemed/appears PREDICATE.`: an impression, not a quotation: with the default
    lexicon (no verbs of appearance) nobody is quoted, and no other rule may claim it."""
    combos = itertools.product(PEOPLE, APPEARANCE_FORMS, TENSES, APPEARANCE_PREDICATES, (False, True))
    for p, (past, present), tense, pred, by_pronoun in sample(combos, 300, "appearance"):
        verb = past if tense == "past" else present
        subject = _cap(p.pronoun) if by_pronoun else p.full
        clause = f"{subject} {verb} {pred}"
        text = f"{p.full} spoke to the board. {clause}." if by_pronoun else f"{clause}."
        yield Case("", f"appearance-{verb}", text, [])


def mixed_clause() -> Iterator[Case]:
    """`NAME VERB CLAUSE "FRAGMENT".` (all four mark styles)."""
    verbs = [v for v in INDIRECT_VERBS if v.past != "told reporters"][:10]
    combos = itertools.product(PEOPLE, verbs, TENSES, MIXED, MARKS)
    for p, v, tense, (clause, frag), m in sample(combos, 300, "mixed"):
        content = f"{clause} {m.q(frag)}"
        text = f"{p.full} {_form(v, tense)} {content}."
        yield Case("", "mixed", text, [Expect(content, "mixed", p.full, None, "person")])


def mixed_second_that() -> Iterator[Case]:
    """`NAME VERB CLAUSE, but that CLAUSE "FRAGMENT".`: a repeated *that* opens a second
    complement of the same verb, so the report runs through it."""
    verbs = [v for v in INDIRECT_VERBS if v.past != "told reporters"][:10]
    combos = itertools.product(PEOPLE, verbs, TENSES, CLAUSES, MIXED, MARKS)
    for p, v, tense, first, (clause, frag), m in sample(combos, 300, "mixed-second-that"):
        content = f"{first}, but that {clause} {m.q(frag)}"
        text = f"{p.full} {_form(v, tense)} {content}."
        yield Case("", "mixed-second-that", text, [Expect(content, "mixed", p.full, None, "person")])


#: Clauses after ', but' that hold the speaker's quoted words ({q}: the quotation).
_BUT_QUOTED = (
    "{q}",
    "not until the council {q}",
    "so is {q}",
    "the families were {q}",
)
_BUT_FRAGMENTS = (
    "nobody has asked us what we think.",
    "a matter for the courts.",
    "still waiting for answers.",
)


def mixed_but_quoted() -> Iterator[Case]:
    """`NAME VERB CLAUSE, but (WORDS) "QUOTED."`: a clause after *but* that holds a quotation
    goes on with the report, whose kind is mixed."""
    verbs = [v for v in INDIRECT_VERBS if v.past != "told reporters"][:10]
    combos = itertools.product(PEOPLE, verbs, TENSES, CLAUSES, _BUT_QUOTED, _BUT_FRAGMENTS, DOUBLE_MARKS)
    for p, v, tense, first, rest, frag, m in sample(combos, 300, "mixed-but-quoted"):
        content = f"{first}, but {rest.format(q=m.q(frag))}"
        text = f"{p.full} {_form(v, tense)} {content}"
        yield Case("", "mixed-but-quoted", text, [Expect(content, "mixed", p.full, None, "person")])


#: Possessed nouns of saying that introduce a quotation with a colon ({name}: the speaker).
_SAYING_INTROS = (
    "{name}'s response:",
    "{name}'s verdict:",
    "{pron} reply:",
    "{pron} answer:",
    "{pron} message:",
)


def colon_possessor() -> Iterator[Case]:
    """`NAME's response: "C."` / `Her reply: "C."`: the possessor of a noun of saying before
    a colon speaks."""
    combos = itertools.product(PEOPLE, _SAYING_INTROS, DOUBLE_MARKS, range(len(CONTENT)))
    for p, intro, m, ci in sample(combos, 200, "colon-possessor"):
        quote = m.q(CONTENT[ci] + ".")
        pron = {"he": "His", "she": "Her"}.get(p.pronoun, "Their")
        head = intro.format(name=p.full, pron=pron)
        text = f"{p.full} heard the plan on Monday. {head} {quote}"
        yield Case("", "colon-possessor", text, [Expect(quote, "direct", p.full, ANY, "person")], exact=False)


def report_then_quotation() -> Iterator[Case]:
    """`NAME VERB CLAUSE. "C2."` (or `CLAUSE, NAME VERB. "C2."`): the quotation right after the
    report goes on with it (one mixed quote, two parts); after a sentence of narrative it is a
    quote of its own by the same speaker."""
    verbs = [v for v in INDIRECT_VERBS if v.past != "told reporters"][:8]
    combos = itertools.product(PEOPLE, verbs, TENSES, CLAUSES, range(len(CONTENT2)), DOUBLE_MARKS, range(3))
    for p, v, tense, clause, c2i, m, shape in sample(combos, 300, "report-then-quotation"):
        second = m.q(CONTENT2[c2i])
        if shape == 0:
            report = f"{p.full} {_form(v, tense)} {clause}."
            first = clause
        else:
            report = f"{_cap(clause)}, {p.full} {_form(v, tense)}."
            first = _cap(clause)
        if shape == 2:
            text = f"{report} The hall fell silent. {second}"
            expects = [
                Expect(first, "indirect", p.full, ANY, "person"),
                Expect(second, "direct", p.full, ANY, "person"),
            ]
        else:
            text = f"{report} {second}"
            whole = text[text.index(first) :]
            expects = [Expect(whole, "mixed", p.full, ANY, "person", parts=(first, second))]
        yield Case("", f"report-then-quotation-{shape}", text, expects)


#: What follows the comma inside a closing mark: a clause of the writer's or a second
#: report, which the first content does not take (our own phrases; None: nobody speaks).
_AFTER_QUOTED_COMMA = (
    ("while the union said it would not", ("the union", "it would not")),
    ("but the council disagreed", None),
    ("according to the minutes", None),
    ("a claim the dockers disputed", None),
)


def mixed_comma_inside() -> Iterator[Case]:
    """`NAME VERB CLAUSE "FRAGMENT," TAIL.`: American punctuation puts the clause's comma
    inside the closing mark; the reported clause still ends there."""
    verbs = [v for v in INDIRECT_VERBS if v.past != "told reporters"][:10]
    combos = itertools.product(PEOPLE, verbs, TENSES, MIXED, DOUBLE_MARKS, _AFTER_QUOTED_COMMA)
    for p, v, tense, (clause, frag), m, (tail, second) in sample(combos, 300, "mixed-comma-inside"):
        content = f"{clause} {m.q(frag + ',')}"
        text = f"{p.full} {_form(v, tense)} {content} {tail}."
        expect = [Expect(content, "mixed", p.full, None, "person")]
        if tail.startswith("according"):
            expect = [Expect(f"{p.full} {_form(v, tense)} {content}", "mixed", ("minutes", "the minutes"))]
        elif second is not None:
            expect.append(Expect(second[1], "indirect", ("union", "the union")))
        yield Case("", "mixed-comma-inside", text, expect)


# -- group 8: British single quotation marks --------------------------------------------


def marks_single() -> Iterator[Case]:
    """Single-mark quotations are direct: after, inverted, before and split."""
    verbs = LEXICON_VERBS[:6]
    shapes = ("after", "inv", "before", "split")
    combos = itertools.product(PEOPLE, verbs, SINGLE_MARKS, range(len(CONTENT)), shapes)
    for p, v, m, ci, shape in sample(combos, 400, "single"):
        c = CONTENT[ci]
        if shape == "before":
            quote = m.q(c + ".")
            text = f"{p.full} {v.past}: {quote}"
            exp = Expect(quote, "direct", p.full, None, "person")
        elif shape == "split":
            first, second = m.q(c + ","), m.q(CONTENT2[ci % len(CONTENT2)])
            text = f"{first} {p.full} {v.past}. {second}"
            exp = Expect(text, "direct", p.full, None, "person", parts=(first, second))
        else:
            quote = m.q(c + ",")
            cue = f"said {p.full}" if shape == "inv" else f"{p.full} {v.past}"
            text = f"{quote} {cue}."
            exp = Expect(quote, "direct", p.full, None, "person")
        yield Case("", f"single-{shape}", text, [exp])


# -- titles ----------------------------------------------------------------------------


def title_premodifier() -> Iterator[Case]:
    """`PREMOD NAME said ...` and `"C," PREMOD NAME said.`: the title is the pre-modifier."""
    combos = itertools.product(PEOPLE, PREMODIFIERS, DOUBLE_MARKS, range(len(CLAUSES)), (True, False))
    for p, (pre, title), m, i, direct in sample(combos, 400, "premodifier"):
        lead = _cap(pre)
        if direct:
            quote = m.q(CONTENT[i] + ",")
            text = f"{quote} {pre} {p.full} said."
            exp = Expect(quote, "direct", p.full, title, "person")
        else:
            text = f"{lead} {p.full} said {CLAUSES[i]}."
            exp = Expect(CLAUSES[i], "indirect", p.full, title, "person")
        yield Case("", "premodifier-" + ("direct" if direct else "indirect"), text, [exp])


#: Hyphenated title words the tokenizer splits (our own): (before the name, the title).
HYPHENATED_TITLES = (
    ("Bergen-based lawyer", "Bergen-based lawyer"),
    ("Oslo-based analyst", "Oslo-based analyst"),
    ("Vice-chair", "Vice-chair"),
    ("Norland co-founder", "Norland co-founder"),
    ("ex-minister", "ex-minister"),
    ("Leith-born skipper", "Leith-born skipper"),
)


def title_hyphenated() -> Iterator[Case]:
    """`"C," said PRE-MOD ROLE NAME.` / `PRE-MOD ROLE NAME said CLAUSE.`: a hyphenated word of the
    title (*Bergen-based*, *Vice-chair*, *co-founder*) stays whole and is no speaker."""
    combos = itertools.product(PEOPLE, HYPHENATED_TITLES, range(len(CLAUSES)), (True, False))
    for p, (pre, title), i, direct in sample(combos, 200, "title-hyphenated"):
        if direct:
            quote = DOUBLE_MARKS[0].q(CONTENT[i % len(CONTENT)] + ",")
            text = f"{quote} said {pre} {p.full}."
            exp = Expect(quote, "direct", p.full, title, "person")
        else:
            text = f"{_cap(pre)} {p.full} said {CLAUSES[i]}."
            exp = Expect(CLAUSES[i], "indirect", p.full, _cap(title), "person")
        yield Case("", "title-hyphenated", text, [exp])


#: Bodies named by a common noun with a modifier, and roles held there: 'the ferry company's
#: finance director'.
COMMON_BODIES = (
    "ferry company",
    "water board",
    "housing trust",
    "football club",
    "parish council",
    "bus operator",
)
COMMON_ROLES = ("finance director", "chief engineer", "press officer", "head of safety")


def title_common_possessor() -> Iterator[Case]:
    """`The MOD BODY's ROLE, NAME, VERB C.` / `NAME, the MOD BODY's ROLE, ...` / `The MOD BODY's
    ROLE NAME ...`: the title keeps the body's modifier."""
    combos = itertools.product(PEOPLE, COMMON_BODIES, COMMON_ROLES, CLAUSES, range(3))
    for p, body, role, clause, shape in sample(combos, 200, "title-common-possessor"):
        title = f"{body}'s {role}"
        if shape == 0:
            text = f"The {title}, {p.full}, said {clause}."
        elif shape == 1:
            text = f"{p.full}, the {title}, said {clause}."
        else:
            text = f"The {title} {p.full} said {clause}."
        yield Case("", "title-common-possessor", text, [Expect(clause, "indirect", p.full, title, "person")])


#: Title-case headlines around a surname: 'Okafor Vows To Fight Pier Closure'.
HEADLINES = (
    "{f} Hints Ferry Deal Will Fail",
    "{f} Slams Harbour Board Plan",
    "Pier Row Deepens As {f} Quits Harbour Board",
    "{f} Tells Council Pier Must Close",
    "{s} Vows To Fight Pier Closure",
    "Why {s} Thinks The Ferry Deal Will Fail",
)


def headline_names() -> Iterator[Case]:
    """`TITLE-CASE HEADLINE` / `(PREMOD FULL NAME | SURNAME) said C1.` / `"C2," SURNAME said.`:
    the speaker is the person's full name (and title), never the headline's run of capitals."""
    combos = itertools.product(PEOPLE, HEADLINES, PREMODIFIERS[:6], CLAUSES, range(len(CONTENT)), (0, 1))
    for p, head, (pre, premod_title), clause, ci, shape in sample(combos, 300, "headline-names"):
        headline = head.format(f=p.full, s=p.surname)
        quote = f'"{CONTENT[ci]},"'
        title: str | None = premod_title
        if shape or "{f}" not in head:
            text = f"{headline}\n\n{_cap(pre)} {p.full} said {clause}. {quote} {p.surname} said."
        else:  # (only the headline gives the full name)
            text, title = f"{headline}\n\n{p.surname} said {clause}. {quote} {p.surname} said.", None
        expect = Expect(quote, "direct", p.full, title, "person")
        yield Case("", "headline-names", text, [expect], exact=False)


def title_apposition() -> Iterator[Case]:
    """`NAME, APPOSITION, said ...` and `"C," said NAME, APPOSITION.`"""
    combos = itertools.product(PEOPLE, APPOSITIONS, DOUBLE_MARKS, range(len(CLAUSES)), (True, False))
    for p, (appos, title), m, i, direct in sample(combos, 400, "apposition"):
        if direct:
            quote = m.q(CONTENT[i] + ",")
            text = f"{quote} said {p.full}, {appos}."
            exp = Expect(quote, "direct", p.full, title, "person")
        else:
            text = f"{p.full}, {appos}, said {CLAUSES[i]}."
            exp = Expect(CLAUSES[i], "indirect", p.full, title, "person")
        yield Case("", "apposition-" + ("direct" if direct else "indirect"), text, [exp])


def title_of_org() -> Iterator[Case]:
    """`PREMOD NAME of ORG said ...`: the speaker is the person, the title names the organisation."""
    roles = ("Hydrologist", "Professor", "Economist", "Spokeswoman")
    combos = itertools.product(PEOPLE, roles, ORGS, range(len(CLAUSES)))
    for p, role, org, i in sample(combos, 200, "of-org"):
        text = f"{role} {p.full} of {org.name} warned that {CLAUSES[i]}."
        exp = Expect(f"that {CLAUSES[i]}", "indirect", p.full, Contains((role, org.canonical)), "person")
        yield Case("", "of-org", text, [exp])


# -- speaker kinds ---------------------------------------------------------------------

EVENTS = (
    "visited the flooded district on Monday",
    "met the striking workers at the gate",
    "spoke for an hour at the town hall",
    "arrived late to the hearing",
)


def pronoun_antecedent() -> Iterator[Case]:
    """`PREMOD NAME EVENT. "C," PRONOUN VERB.` in one paragraph and across two."""
    verbs = LEXICON_VERBS[:6] + OPEN_VERBS[:4]
    contents = range(len(CONTENT))
    combos = itertools.product(PEOPLE, PREMODIFIERS[:6], EVENTS, verbs, DOUBLE_MARKS, contents, " \n")
    for p, (pre, title), event, v, m, ci, gap in sample(combos, 400, "pronoun"):
        quote = m.q(CONTENT[ci] + ",")
        sep = " " if gap == " " else "\n\n"
        text = f"{_cap(pre)} {p.full} {event}.{sep}{quote} {p.pronoun} {v.past}."
        yield Case(
            "",
            "pronoun" + ("-para" if gap == "\n" else ""),
            text,
            [Expect(quote, "direct", p.full, title, "person")],
        )


def pronoun_object_source() -> Iterator[Case]:
    """`NAME EVENT. According to him/her, C.`: an object pronoun after *according to* is the
    source; `"C," OTHER told him/her.` credits OTHER, never the addressee."""
    combos = itertools.product(PEOPLE, EVENTS, CLAUSES, (False, True))
    for p, event, clause, told in sample(combos, 200, "pronoun-object"):
        obj = "her" if p.gender == "f" else "him"
        if told:
            other = PEOPLE[(PEOPLE.index(p) + 3) % len(PEOPLE)]
            quote = f'"{_cap(clause)},"'
            text = f"{p.full} {event}. {quote} {other.full} told {obj}."
            yield Case("", "pronoun-object-told", text, [Expect(quote, "direct", other.full, None, "person")])
        else:
            text = f"{p.full} {event}. According to {obj}, {clause}."
            yield Case("", "pronoun-object", text, [Expect(clause, "indirect", p.full, None, "person")])


def pronoun_after_surname() -> Iterator[Case]:
    """`SURNAME VERB CLAUSE. "C," PRONOUN VERB.`: a surname alone that spoke first in its
    sentence is a name, and the pronoun's antecedent."""
    verbs = LEXICON_VERBS[:6] + OPEN_VERBS[:4]
    people = [p for p in PEOPLE if p.surname[:1].isupper()]  # (a particle would open the sentence)
    combos = itertools.product(people, CLAUSES, verbs, DOUBLE_MARKS, range(len(CONTENT)), " \n")
    for p, clause, v, m, ci, gap in sample(combos, 400, "pronoun-surname"):
        quote = m.q(CONTENT[ci] + ",")
        sep = " " if gap == " " else "\n\n"
        text = f"{p.surname} said {clause}.{sep}{quote} {p.pronoun} {v.past}."
        yield Case(
            "",
            "pronoun-surname" + ("-para" if gap == "\n" else ""),
            text,
            [Expect(f"{clause}", "indirect", p.surname), Expect(quote, "direct", p.surname, None, "person")],
        )


def pronoun_gender() -> Iterator[Case]:
    """Two people of different gender, then `"C," she/he said.`: agreement picks the speaker."""
    women = [p for p in PEOPLE if p.gender == "f"]
    men = [p for p in PEOPLE if p.gender == "m"]
    combos = itertools.product(women, men, (True, False), range(len(CONTENT)), ("f", "m"))
    for w, man, woman_first, ci, who in sample(combos, 300, "gender"):
        a, b = (w, man) if woman_first else (man, w)
        speaker = w if who == "f" else man
        quote = f'"{CONTENT[ci]},"'
        text = f"{a.full} sat beside {b.full} at the hearing. {quote} {speaker.pronoun} said."
        yield Case("", "gender", text, [Expect(quote, "direct", speaker.full, None, "person")])


#: Main clauses before a subordinate clause that holds the report, and bare subjects.
MAIN_CLAUSES = (
    "Shops on the quay closed early",
    "Volunteers spent the night filling sandbags",
    "The ferry stayed in port",
    "Fishermen hauled their boats up the slipway",
)
BARE_SPEAKERS = ("forecasters", "residents", "officials", "engineers", "economists")


def subordinate_subject() -> Iterator[Case]:
    """`MAIN as/after/because/while SUBJECT VERB that C.`: the subordinate clause's subject
    speaks, not the main clause's words."""
    subjects = tuple((b, b) for b in BARE_SPEAKERS) + tuple((p.full, p.full) for p in PEOPLE[:6])
    verbs = ("warned", "said", "insisted", "argued", "complained")
    combos = itertools.product(MAIN_CLAUSES, ("as", "after", "because", "while"), subjects, verbs, CLAUSES)
    for main, sub, (subject, speaker), verb, clause in sample(combos, 200, "subordinate-subject"):
        text = f"{main} {sub} {subject} {verb} that {clause}."
        kind = "person" if speaker[:1].isupper() else "other"
        expect = Expect(f"that {clause}", "indirect", speaker, None, kind)
        yield Case("", "subordinate-subject", text, [expect])


def quantified() -> Iterator[Case]:
    """one / another / a third / the other / some / others / a few / both, and `One of them,
    NAME, said`."""
    groups = (("Two nurses", "nurse"), ("Three fishermen", "fisherman"), ("Several residents", "resident"))
    for (group, noun), ci in itertools.product(groups, range(len(CONTENT) - 2)):
        q1, q2, q3 = (f'"{CONTENT[ci + j]},"' for j in range(3))
        text = f"{group} waited outside the clinic. {q1} one said. {q2} another said. {q3} a third added."
        yield Case(
            "",
            "one-another-third",
            text,
            [
                Expect(q1, "direct", ("one", noun, f"one {noun}")),
                Expect(q2, "direct", ("another", noun, f"another {noun}")),
                Expect(q3, "direct", ("third", "a third", noun)),
            ],
        )
    for (group, noun), ci, verb in itertools.product(groups, range(len(CONTENT) - 1), ("said", "added")):
        q1, q2 = f'"{CONTENT[ci]},"', f'"{CONTENT[ci + 1]},"'
        text = f"{group} waited outside the clinic. {q1} one said. {q2} the other {verb}."
        yield Case(
            "",
            "one-the-other",
            text,
            [
                Expect(q1, "direct", ("one", noun, f"one {noun}")),
                Expect(q2, "direct", ("other", "the other", noun)),
            ],
        )
    for (group, _), clause in itertools.product(groups, CLAUSES):
        text = f"{group} were asked. Most said {clause}, but a few warned that the plan would fail."
        yield Case(
            "",
            "most-a-few",
            text,
            [
                Expect(clause, "indirect", ("most", f"most {group.split()[1]}")),
                Expect("that the plan would fail", "indirect", ("few", "a few")),
            ],
        )
    for p, clause in itertools.product(PEOPLE[::3], CLAUSES):
        text = f"Residents were divided. Some said {clause}, while others said the decision came too late."
        yield Case(
            "",
            "some-others",
            text,
            [
                Expect(clause, "indirect", ("some", "some residents")),
                Expect("the decision came too late", "indirect", ("others", "other residents")),
            ],
        )
        a, b = p, PEOPLE[(PEOPLE.index(p) + 5) % len(PEOPLE)]
        text = f"{a.full} and {b.full} were fined on Friday. Both said {clause}."
        yield Case(
            "",
            "both",
            text,
            [
                Expect(clause, "indirect", ("both", f"{a.full} and {b.full}")),
            ],
        )
        text = f"Two pilots sat in the crew room. One of them, {p.full}, said {clause}."
        yield Case("", "one-of-them", text, [Expect(clause, "indirect", p.full, None, "person")])


def organization() -> Iterator[Case]:
    """Organisations: named as the subject, and referred back to by a nominal."""
    for org, clause, m in itertools.product(ORGS, CLAUSES, DOUBLE_MARKS):
        subj = _cap(org.name)
        text = f"{subj} said on Monday that {clause}."
        yield Case(
            "", "org-said", text, [Expect(f"that {clause}", "indirect", org.canonical, None, "organization")]
        )
        quote = m.q(f"{CONTENT[CLAUSES.index(clause)]},")
        text = f"{quote} {org.name} said in a statement."
        yield Case("", "org-after", text, [Expect(quote, "direct", org.canonical, None, "organization")])


def organization_nominal() -> Iterator[Case]:
    """`ORG EVENT. "C," the company said.`: the nominal resolves to the organisation."""
    for org, ci, m in itertools.product(ORGS, range(len(CONTENT)), DOUBLE_MARKS):
        quote = m.q(CONTENT[ci] + ",")
        text = f"{_cap(org.name)} announced 900 job cuts on Monday. {quote} {org.nominal} said."
        yield Case("", "org-nominal", text, [Expect(quote, "direct", org.canonical, None, "organization")])


def nominal_unnamed() -> Iterator[Case]:
    """`"C," a farmer said.` and `A farmer said CLAUSE.`: an unnamed source by its noun."""
    for (np, name), ci, m in itertools.product(NOMINALS, range(len(CONTENT)), MARKS):
        quote = m.q(CONTENT[ci] + ",")
        yield Case("", "nominal-after", f"{quote} {np} said.", [Expect(quote, "direct", name)])
        clause = CLAUSES[ci % len(CLAUSES)]
        yield Case("", "nominal-before", f"{_cap(np)} said {clause}.", [Expect(clause, "indirect", name)])


#: Head nouns with a prepositional phrase that names a person the head is not: the group or
#: role before the name speaks ('Friends of NAME said'), never the person named after it.
PERSON_MODIFIED_HEADS = (
    "Friends of",
    "Lawyers for",
    "Supporters of",
    "Critics of",
    "Two aides to",
    "The family of",
    "Relatives of",
    "A neighbour of",
)
#: ... and before a body: officials who speak on its behalf keep the body's name (True); one
#: unnamed spokeswoman is the speaker, printed as the phrase (False; round 15, the answer keys'
#: convention: an unnamed speaker is the noun phrase).
BODY_MODIFIED_HEADS = (
    ("Critics of", False),
    ("Customers of", False),
    ("Analysts at", False),
    ("A spokeswoman for", False),
    ("Officials at", True),
)


def noun_modifier() -> Iterator[Case]:
    """`HEAD of NAME said C`: the head noun of the subject speaks, not the name inside its
    prepositional phrase; a spokesperson keeps the body's name."""
    combos = itertools.product(PEOPLE, PERSON_MODIFIED_HEADS, range(len(CLAUSES)), ("before", "after"))
    for p, head, ci, where in sample(combos, 240, "noun-modifier"):
        clause = CLAUSES[ci]
        group = f"{head} {p.full}"
        if where == "before":
            text = f"{group} said {clause}."
            yield Case("", "modifier-before", text, [Expect(clause, "indirect", group)])
        else:
            quote = f'"{CONTENT[ci]},"'
            text = f"{quote} said {head[:1].lower() + head[1:]} {p.full}."
            # (an inverted source may stop before its modifier: 'said two aides' is no misattribution)
            yield Case("", "modifier-after", text, [Expect(quote, "direct", (group, head.rsplit(" ", 1)[0]))])
    for org, (head, speaks_for), clause in itertools.product(ORGS, BODY_MODIFIED_HEADS, CLAUSES[:3]):
        group = f"{head} {org.name}"
        expected = org.canonical if speaks_for else (group, f"{head} {org.canonical}")
        text = f"{group} said {clause}."
        yield Case("", "modifier-body", text, [Expect(clause, "indirect", expected)])


#: Unnamed bodies and groups that a later pronoun refers back to: (subject, pronoun, speaker).
NOMINAL_ANTECEDENTS = (
    ("The airline", "it", "airline"),
    ("The ministry", "it", "ministry"),
    ("The union", "it", "union"),
    ("The port authority", "it", "port authority"),
    ("The regional council", "it", "regional council"),
    ("Two nurses", "they", "Two nurses"),
    ("Residents", "they", "Residents"),
    ("The striking dockers", "they", "striking dockers"),
    ("A woman in Tromso", "she", "woman in Tromso"),
    ("An elderly man", "he", "elderly man"),
)
#: What the unnamed subject did in the sentence before the quotation.
NOMINAL_EVENTS = (
    "met on Monday",
    "said in a statement",
    "cancelled the night crossings",
    "waited at the gate",
)


def nominal_antecedent() -> Iterator[Case]:
    """`The union EVENT. "C," it said.`: a pronoun refers back to an unnamed subject that
    agrees, also when a named body came before it (one whose name does not hold the noun;
    a generic noun such as *airline* refers back to a named body); a document credits an
    unnamed issuer (`The ministry issued a note. The statement read: "C."`)."""
    combos = itertools.product(NOMINAL_ANTECEDENTS, NOMINAL_EVENTS, range(len(CONTENT)), (*ORGS, None))
    for (subject, pronoun, speaker), event, ci, org in sample(combos, 300, "nominal-antecedent"):
        head = subject.split()[-1].lower()
        if org is not None and (head == "airline" or head in org.canonical.lower()):
            continue
        quote = f'"{CONTENT[ci]},"'
        before = "" if org is None else f"{_cap(org.name)} cut two routes. "
        text = f"{before}{subject} {event}. {quote} {pronoun} said."
        label = "nominal-pronoun" + ("" if org is None else "-after-name")
        yield Case("", label, text, [Expect(quote, "direct", speaker)])
    for (subject, pronoun, speaker), ci in itertools.product(NOMINAL_ANTECEDENTS, range(len(CONTENT))):
        if pronoun != "it":
            continue
        quote = f'"{CONTENT[ci]}."'
        text = f"{subject} issued a note on Friday. The statement read: {quote}"
        yield Case("", "nominal-issuer", text, [Expect(quote, "direct", speaker)])


#: Words and phrases that open a sentence before its subject and are never the speaker.
FRONTED_WORDS = (
    "Likewise",
    "Instead",
    "Furthermore",
    "Along with two other councillors",
    "Back in 2019",
    "Looking back to the last strike",
    "Once the vote was over",
    "Just before the ferry left",
    "Absent a new contract",
    "Wait",
)
#: Reports after the subject: (verb phrase with CLAUSE, rule kind), a stance, a speech verb, a participle.
FRONTED_REPORTS = (
    "said that {clause}",
    "has argued that {clause}",
    "called for a new vote, saying {clause}",
    "is sticking to the plan, arguing that {clause}",
)


def fronted_word() -> Iterator[Case]:
    """`OPENING, NAME REPORT`: a linking adverb, a fronted prepositional phrase, participle or
    clause opening the sentence is never the speaker; the subject after it is."""
    combos = itertools.product(PEOPLE, FRONTED_WORDS, FRONTED_REPORTS, range(len(CLAUSES)))
    for p, opener, report, ci in sample(combos, 300, "fronted-word"):
        clause = CLAUSES[ci]
        text = f"{opener}, {p.full} {report.format(clause=clause)}."
        content = f"that {clause}" if "that {clause}" in report else clause
        yield Case("", "fronted-word", text, [Expect(content, "indirect", p.full)], exact=False)


#: Nouns for someone who speaks near a person but is not the person.
OWNED_ROLES = ("spokesman", "spokeswoman", "lawyer", "husband", "wife", "campaign manager")


def possessive_source() -> Iterator[Case]:
    """`NAME's ROLE said C`, `NAME EVENT. "C," his/her ROLE said.`: a person's spokesman or
    lawyer is not the person (the description names the owner, for his/her by name); a body keeps its
    officials' words; one unnamed spokeswoman is the speaker (`ORG's spokeswoman said`, `Its
    spokeswoman said` -> "ORG's spokeswoman")."""
    combos = itertools.product(PEOPLE, OWNED_ROLES, range(len(CLAUSES)), (False, True))
    for p, role, ci, by_pronoun in sample(combos, 240, "possessive"):
        if by_pronoun:
            speaker = f"{p.full}'s {role}" if not p.full.endswith("s") else f"{p.full}' {role}"
            quote = f'"{CONTENT[ci]},"'
            owner = "his" if p.gender == "m" else "her"
            text = f"{p.full} did not attend the hearing. {quote} {owner} {role} said."
            # (the owner is named only when the text shows its gender; else the phrase as written)
            yield Case(
                "", "possessive-pronoun", text, [Expect(quote, "direct", (speaker, f"{owner} {role}"))]
            )
        else:
            clause = CLAUSES[ci]
            text = f"{p.full}'s {role} said {clause}."  # (the phrase as written names its owner)
            yield Case("", "possessive-name", text, [Expect(clause, "indirect", f"{p.full}'s {role}")])
    for org, clause in itertools.product(ORGS, CLAUSES[:4]):
        # (one unnamed spokeswoman is the speaker, printed as the phrase with the body's name)
        owned = tuple(f"{org.canonical}{m} spokeswoman" for m in ("'s", "'"))
        text = f"{_cap(org.name)}'s spokeswoman said {clause}."
        yield Case(
            "",
            "possessive-body",
            text,
            [Expect(clause, "indirect", owned)],
            wrong_speakers=[(clause, org.canonical)],
        )
        text = f"{_cap(org.name)} cut two routes. Its spokeswoman said {clause}."
        yield Case(
            "",
            "possessive-its",
            text,
            [Expect(clause, "indirect", owned)],
            wrong_speakers=[(clause, org.canonical)],
        )


#: Bodies whose name ends with a noun outside the lexicon's organisation nouns, and that noun.
NAMED_BY_HEAD = (
    ("The South West Health Partnership", "partnership"),
    ("The Atlantic Dockworkers Federation", "federation"),
    ("The Fjord Marine Institute", "institute"),
    ("The Wessex Vale Trust", "trust"),
    ("The Northern Rail Consortium", "consortium"),
)


def named_by_head() -> Iterator[Case]:
    """`The X Partnership EVENT. ... The partnership said C.`: a definite noun that ends a
    body's name refers back to that body, also a paragraph later."""
    combos = itertools.product(NAMED_BY_HEAD, range(len(CLAUSES)), (" ", "\n\n"), PEOPLE[:6])
    for (name, noun), ci, gap, p in sample(combos, 120, "named-by-head"):
        clause = CLAUSES[ci]
        text = f"{name} met on Monday.{gap}{p.full} chaired the hearing. The {noun} said {clause}."
        canonical = name.split(" ", 1)[1]
        yield Case("", "named-by-head", text, [Expect(clause, "indirect", canonical, None, "organization")])


# -- group 3: colon credits, transcripts, interviews -----------------------------------

ROLES = (("economist", "economist"), ("retired teacher", "retired teacher"), ("farmer", "farmer"))


def colon_credit() -> Iterator[Case]:
    """`NAME, ORG: "C."` and `NAME, ROLE: "C."` (roundup credits)."""
    for p, org, m in itertools.product(PEOPLE[::2], ORGS, DOUBLE_MARKS):
        quote = m.q(CONTENT[len(org.name) % len(CONTENT)] + ".")
        text = f"{p.full}, {_cap(org.name)}: {quote}"
        yield Case(
            "", "colon-org", text, [Expect(quote, "direct", p.full, Contains((org.canonical,)), "person")]
        )
    for p, (role, title), m in itertools.product(PEOPLE, ROLES, DOUBLE_MARKS):
        quote = m.q(CONTENT[len(p.full) % len(CONTENT)] + ".")
        text = f"{p.full}, {role}: {quote}"
        yield Case("", "colon-role", text, [Expect(quote, "direct", p.full, title, "person")])


#: Roles in a vox-pop roundup, most outside the lexicon, and places after them.
ROUNDUP_ROLES = ("beekeeper", "lorry driver", "retired welder", "shop owner", "student", "ferry pilot")
ROUNDUP_PLACES = ("Swansea", "Port Talbot", "Gdansk", "St Ives")


def roundup() -> Iterator[Case]:
    """A vox-pop roundup: `NAME, [AGE,] ROLE, PLACE: "C."` entries under a heading, the role
    a bare noun phrase the lexicon need not list."""
    combos = itertools.product(PEOPLE, ROUNDUP_ROLES, ROUNDUP_PLACES, DOUBLE_MARKS, (False, True))
    for p, role, place, m, aged in sample(combos, 300, "roundup"):
        other = PEOPLE[(PEOPLE.index(p) + 3) % len(PEOPLE)]
        quote = m.q(CONTENT[len(role) % len(CONTENT)] + ".")
        age = f" {30 + len(place)}," if aged else ""
        first = m.q(CONTENT2[0])
        text = f"Voices from the harbour\n\n{other.full}, nurse, Cardiff: {first}\n\n"
        text += f"{p.full},{age} {role}, {place}: {quote}"
        yield Case(
            "",
            "roundup",
            text,
            [
                Expect(first, "direct", other.full, "nurse", "person"),
                Expect(quote, "direct", p.full, role, "person"),
            ],
        )


def transcript() -> Iterator[Case]:
    """Transcript labels in capitals after an introduction that names both speakers."""
    people = [p for p in PEOPLE if p.shape in {"plain", "-an", "non-Anglo"}]
    for a, b in itertools.islice(itertools.permutations(people, 2), 0, None, 37):
        la, lb = a.surname.upper(), b.surname.upper()
        u1, u2 = "We will balance the budget next year.", "You said that last year, and the year before."
        text = (
            f"Senator {a.full} and her challenger, {b.full}, met in a televised debate on Thursday."
            f"\n\n{la}: {u1}\n\n{lb}: {u2}"
        )
        yield Case(
            "",
            "transcript",
            text,
            [
                Expect(u1, "direct", a.full, ANY, "person"),
                Expect(u2, "direct", b.full, ANY, "person"),
            ],
        )


def qa_interview() -> Iterator[Case]:
    """`Q: ... A: ...` after an introduction: the answers are the interviewee's."""
    for p, (pre, _title) in itertools.product(PEOPLE, PREMODIFIERS[:5]):
        question, answer = "Why did the levee fail?", "It was built for a smaller river."
        text = (
            f"{_cap(pre)} {p.full} has studied the river for 20 years. "
            f"{_cap(p.pronoun)} spoke to us about the floods.\n\nQ: {question}\n\nA: {answer}"
        )
        yield Case(
            "",
            "qa",
            text,
            [Expect(answer, "direct", p.full)],
            exact=False,
            wrong_speakers=((question, p.full),),
        )


#: Questions that name someone other than the interviewee (our own sentences).
_NAMING_QUESTIONS = (
    "Does {other} support the toll?",
    "Could {other} win the seat?",
    "Have you spoken to {other} since the vote?",
    "Is {other} right about the levee?",
)


def qa_named() -> Iterator[Case]:
    """`Q: ... OTHER ...? A: ...` twice: a person named in a question never answers it; every
    answer is the interviewee's."""
    combos = itertools.product(PEOPLE, range(len(_NAMING_QUESTIONS)), range(len(PEOPLE)))
    for p, qi, oi in sample(combos, 200, "qa-named-in-questions"):
        other = PEOPLE[oi]
        if other.surname == p.surname:
            continue
        q1 = _NAMING_QUESTIONS[qi].format(other=other.full)
        q2 = _NAMING_QUESTIONS[(qi + 1) % len(_NAMING_QUESTIONS)].format(other=other.surname)
        a1, a2 = "No, and I have said so for years.", "I doubt it very much."
        text = (
            f"Hydrologist {p.full} has studied the river for 20 years. "
            f"{_cap(p.pronoun)} spoke to us about the floods.\n\nQ: {q1}\n\nA: {a1}\n\nQ: {q2}\n\nA: {a2}"
        )
        expects = [Expect(a1, "direct", p.full), Expect(a2, "direct", p.full)]
        wrong = ((a1, other.full), (a2, other.full))
        yield Case("", "qa-named", text, expects, exact=False, wrong_speakers=wrong)


# -- group 7: datelines ----------------------------------------------------------------


#: A verb and its possessed object before a participle (our own): the participle is the
#: subject's, not the object's. '{poss}' is the subject's possessive pronoun.
_POSSESSED_OBJECTS = (
    "opened {poss} third debate",
    "started out {poss} speech",
    "ended {poss} long visit",
    "began {poss} final rally",
    "closed {poss} weekly column",
)
_POSSESSED_PARTICIPLES = ("saying", "arguing", "insisting", "warning")


def participle_after_possessed() -> Iterator[Case]:
    """`NAME VERBED POSS NOUN PARTICIPLE that CLAUSE.`: a participle right after the verb's object,
    a thing the subject owns (*her third debate*), is the subject's report; the object (and the
    run of words back to the subject) is no speaker."""
    combos = itertools.product(PEOPLE, _POSSESSED_OBJECTS, _POSSESSED_PARTICIPLES, range(len(CLAUSES)))
    for p, obj, part, ci in sample(combos, 200, "participle-after-possessed"):
        poss = "her" if p.gender == "f" else "his"
        content = f"that {CLAUSES[ci]}"
        text = f"{p.full} {obj.format(poss=poss)} {part} {content}."
        yield Case("", "participle-after-possessed", text, [Expect(content, "indirect", p.full)], exact=False)


#: Digest items that credit a quotation after a dash (our own): the topic before the dash.
_DASH_TOPICS = (
    "FERRY FARES NOT YET SETTLED, JUST DELAYED",
    "Signs of a late swing were there all along",
    "The harbour vote matters more than it seems",
)


def dash_colon_credit() -> Iterator[Case]:
    """`TOPIC - NAME: "C."` / `TOPIC - More from NAME: "C."` (news digests): the name after the
    dash speaks, never the topic's first words before it."""
    combos = itertools.product(PEOPLE, _DASH_TOPICS, ("- ", "- More from ", "— "), range(len(CONTENT)))
    for p, topic, dash, ci in sample(combos, 150, "dash-colon-credit"):
        quote = DOUBLE_MARKS[0].q(_cap(CONTENT[ci]) + ".")
        text = f"{topic} {dash}{p.full}: {quote}"
        yield Case("", "dash-colon-credit", text, [Expect(quote, "direct", p.full)])


#: Datelines in title case before an agency in brackets (the style of some wire services):
#: (dateline, its place).
AGENCY_DATELINES = (
    ("Leith (AFP) –", "Leith"),
    ("Mexico City (AFP) –", "Mexico City"),
    ("Bergen (UPI) —", "Bergen"),
    ("Cape Town (AP) -", "Cape Town"),
)


def dateline_agency() -> Iterator[Case]:
    """`Place (AGENCY) – NAME has VERBED ..., saying C.`: a title-case place before an agency in
    brackets is a dateline, never the speaker of a report that follows."""
    combos = itertools.product(AGENCY_DATELINES, PEOPLE[::3], range(len(CLAUSES)), (0, 1))
    for (d, place), p, ci, shape in sample(combos, 120, "dateline-agency"):
        if shape:
            content = f"that {CLAUSES[ci]}"
            text = f"{d} {p.full} has taken a swipe at the harbour board, saying {content}."
        else:
            content = CLAUSES[ci]
            text = f"{d} {p.full} said on Monday {content}."
        yield Case("", "dateline-agency", text, [Expect(content, "indirect", p.full)], forbidden=(place,))


def dateline() -> Iterator[Case]:
    """A dateline opens the story: it is never a speaker and never inside content."""
    for d, ci, (np, name) in itertools.product(DATELINES, range(len(CONTENT)), NOMINALS[:3]):
        quote = f'"{CONTENT[ci]},"'
        yield Case(
            "",
            "dateline-direct",
            f"{d} {quote} {np} said.",
            [Expect(quote, "direct", name)],
            forbidden=(d.split(",")[0].split(" —")[0],),
        )
    for d, org, clause in itertools.product(DATELINES, ORGS[:4], CLAUSES[:3]):
        content = f"{_cap(org.name)} {clause.split(' ', 1)[1]}"
        text = f"{d} {content}, {org.nominal} said."
        yield Case(
            "",
            "dateline-indirect-after",
            text,
            [Expect(content, "indirect", (org.canonical, org.nominal))],
            forbidden=(d.split(",")[0].split(" —")[0],),
        )
    for d, p, clause in itertools.product(DATELINES, PEOPLE[::4], CLAUSES[:2]):
        text = f"{d} {p.full} said on Monday that {clause}."
        yield Case(
            "",
            "dateline-indirect-before",
            text,
            [Expect(f"that {clause}", "indirect", p.full, None, "person")],
            forbidden=(d.split(",")[0].split(" —")[0],),
        )


# -- group 5: documents credit their issuers -------------------------------------------


def document_source() -> Iterator[Case]:
    """`according to a report by ORG`, `The statement read:`: the issuer is the speaker."""
    for org, clause, m in itertools.product(ORGS, CLAUSES, DOUBLE_MARKS):
        text = f"According to a report by {org.name}, {clause}."
        yield Case("", "according-report-by", text, [Expect(clause, "indirect", org.canonical)])
        quote = m.q(CONTENT[CLAUSES.index(clause)] + ".")
        text = f"{_cap(org.name)} issued a statement on Friday. The statement read: {quote}"
        yield Case("", "statement-read", text, [Expect(quote, "direct", org.canonical)])


#: Written works and counts, with a modifier, and how their issuer is linked (our own phrases).
_ISSUED_WORKS = (
    "a recent report from",
    "a new report released by",
    "a tally by",
    "recent projections from",
    "a court filing by",
    "an analysis published by",
)


def document_issuer() -> Iterator[Case]:
    """`CLAUSE, according to a/an ADJ WORK (PARTICIPLE) by/from ORG.` and the fronted order:
    the work's issuer speaks, whatever the work's modifiers ('a recent report', 'a tally')."""
    combos = itertools.product(ORGS, CLAUSES, _ISSUED_WORKS, (True, False))
    for org, clause, work, fronted in sample(combos, 200, "document-issuer"):
        if fronted:
            text = f"According to {work} {org.name}, {clause}."
        else:
            text = f"{_cap(clause)}, according to {work} {org.name}."
        content = clause if fronted else _cap(clause)
        yield Case("", "document-issuer", text, [Expect(content, "indirect", org.canonical)])


#: Verb groups with an auxiliary and adverbs between a subject and a verb of stance.
_STANCE_GROUPS = (
    "hasn't yet backed",
    "has not yet backed",
    "has long opposed",
    "had already criticized",
    "didn't endorse",
)
_STANCE_OBJECTS = ("the toll on the bridge", "the plan to close the ferry route", "the new harbour fees")


def stance_verb_group() -> Iterator[Case]:
    """`SUBJECT AUXILIARY ADVERB VERB OBJECT.`: the speaker is the subject, never a phrase
    running into the verb group ('Harbour Board hasn't yet')."""
    combos = itertools.product(range(3), _STANCE_GROUPS, _STANCE_OBJECTS, range(len(PEOPLE)))
    for shape, group, obj, n in sample(combos, 200, "stance-verb-group"):
        if shape == 0:
            subject, speaker = PEOPLE[n].full, PEOPLE[n].full
        elif shape == 1:
            org = ORGS[n % len(ORGS)]
            subject, speaker = _cap(org.name), org.canonical
        else:
            subject, speaker = "Local ferry captains", "Local ferry captains"
        text = f"{subject} {group} {obj}."
        yield Case("", "stance-verb-group", text, [Expect(obj, "indirect", speaker)])


# -- a report closing on its cue, and trailing credits with long sources or tails ----------

#: What may follow a cue that ends its sentence: nothing, or modifiers only.
CLOSING_TAILS = ("", " in a statement", " on Tuesday", " later", " in an interview with the Gazette")
#: A closing report's verb forms (speech verbs of the lexicon).
CLOSING_VERBS = ("said", "agreed", "added", "told reporters", "says", "wrote", "replied")
#: Tails after a trailing credit's verb: time phrases, a when-clause, a participle, a coordinate clause.
CREDIT_TAILS = (
    " on Tuesday",
    " when the vote was over",
    " as the crowd cheered",
    ", speaking by phone from the harbour",
    " and walked out of the hall",
    " in an interview aired on Monday",
)
#: Inverted sources with a modifier after the head noun: (phrase, accepted speaker names).
MODIFIED_SOURCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("a source involved in the talks", ("source", "source involved in the talks")),
    ("a dock worker calling himself Pier Nine", ("dock worker",)),
    ("one resident who asked not to be named", ("resident", "one resident")),
    ("a nurse speaking on condition of anonymity", ("nurse",)),
)


def closing_report() -> Iterator[Case]:
    """`NAME(, APPOSITION,) VERB (MODIFIERS). "C."`: the quotation opening the next sentence
    is the report's content."""
    combos = itertools.product(
        PEOPLE, CLOSING_VERBS, CLOSING_TAILS, MARKS, range(len(CONTENT)), (False, True)
    )
    for p, verb, tail, m, ci, appos in sample(combos, 400, "closing-report"):
        if verb == "told reporters" and tail.startswith(" in an interview"):
            continue
        quote = m.q(CONTENT[ci] + ".")
        who = f"{p.full}, {APPOSITIONS[ci % len(APPOSITIONS)][0]}," if appos else p.full
        text = f"The vote was held at noon. {who} {verb}{tail}. {quote}"
        yield Case(
            "",
            "closing-" + ("appos" if appos else "name"),
            text,
            [Expect(quote, "direct", p.full, ANY, "person")],
        )


def trailing_credit_tail() -> Iterator[Case]:
    """`"C," NAME VERB TAIL.` with lexicon and open-class verbs and a long tail after the verb."""
    verbs = LEXICON_VERBS[:6] + OPEN_VERBS[:2]
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), CREDIT_TAILS)
    for p, v, tense, m, ci, tail in sample(combos, 400, "credit-tail"):
        quote = m.q(CONTENT[ci] + ",")
        text = f"{quote} {p.full} {_form(v, tense)}{tail}."
        yield Case("", "credit-tail", text, [Expect(quote, "direct", p.full, None, "person")])


def trailing_credit_source() -> Iterator[Case]:
    """`"C," NAME, AGE, APPOSITION, VERB.` and `"C," VERB a NOUN MODIFIER.`: long and modified sources."""
    combos = itertools.product(PEOPLE, APPOSITIONS, LEXICON_VERBS[:4], MARKS, range(len(CONTENT)))
    for p, (appos, title), v, m, ci in sample(combos, 300, "credit-source"):
        quote = m.q(CONTENT[ci] + ",")
        age = 30 + ci * 3
        text = f"{quote} {p.full}, {age}, {appos}, {v.past} by phone."
        yield Case("", "credit-appos", text, [Expect(quote, "direct", p.full, title, "person")])
    combos2 = itertools.product(MODIFIED_SOURCES, LEXICON_VERBS[:4], TENSES, MARKS, range(len(CONTENT)))
    for (src, names), v, tense, m, ci in sample(combos2, 200, "credit-modified"):
        if not v.invertible:
            continue
        quote = m.q(CONTENT[ci] + ",")
        text = f"{quote} {_form(v, tense)} {src}."
        yield Case("", "credit-modified", text, [Expect(quote, "direct", names, ANY)])


# -- honorifics agree with the person they name ------------------------------------------


def honorific_surname() -> Iterator[Case]:
    """Two people share a surname; `Ms. SURNAME` / `Mr. SURNAME` names the one of that gender,
    and an honorific that agrees with neither names somebody new (not the other one)."""
    men = [p for p in PEOPLE if p.gender == "m" and " " in p.full]
    women = [p for p in PEOPLE if p.gender == "f" and " " in p.full]
    combos = itertools.product(men, women, DOUBLE_MARKS, range(len(CONTENT)), ("both-f", "both-m", "new-m"))
    for man, woman, m, ci, shape in sample(combos, 300, "honorific"):
        family = man.surname
        wife = f"{woman.full.split()[0]} {family}"
        quote = m.q(CONTENT[ci] + ",")
        if shape == "new-m":
            text = f"{wife} spoke first. {quote} Mr. {family} said."
            exp = Expect(quote, "direct", (family, f"Mr. {family}"), ANY, "person")
        elif shape == "both-f":
            text = f"{man.full} and his wife, {wife}, spoke first. {quote} Ms. {family} said."
            exp = Expect(quote, "direct", wife, ANY, "person")
        else:
            text = f"{wife} and her husband, {man.full}, spoke first. {quote} Mr. {family} said."
            exp = Expect(quote, "direct", man.full, ANY, "person")
        yield Case("", "honorific-" + shape, text, [exp])


# -- British nesting: double marks inside a single-mark quotation ---------------------------

#: Quotations with a quotation nested in them, as (before, inner, after).
NESTED = (
    ("They told us the ", "temporary", " closure would last a week"),
    ("The sign said ", "no entry", " and nobody asked why"),
    ("A nurse said to him, ", "There is nowhere to put you,", " and then she cried"),
    ("We were promised a ", "fair deal", " and we got nothing"),
)


def marks_single_nested() -> Iterator[Case]:
    """`'C1 "C2" C3,' said NAME.` and `NAME said: 'C1 "C2" C3.'`: single marks quote, double
    marks nest inside; the outer quotation is one direct quote, the inner one part of it."""
    inners = (Marks('"', '"', "straight double"), Marks("“", "”", "curly double"))
    combos = itertools.product(PEOPLE, SINGLE_MARKS, inners, NESTED, ("after", "before"))
    for p, m, inner, (a, b, c), where in sample(combos, 300, "single-nested"):
        body = f"{a}{inner.q(b)}{c}"
        if where == "after":
            quote = m.q(body + ",")
            text = f"{quote} said {p.full}."
        else:
            quote = m.q(body + ".")
            text = f"{p.full} said: {quote}"
        yield Case("", "single-nested-" + where, text, [Expect(quote, "direct", p.full, None, "person")])


def credit_line() -> Iterator[Case]:
    """A quotation paragraph credited by a dash line below it: `"C."` / `- NAME.` (pull quotes,
    fact-check claims, readers' letters)."""
    tails = ("", ", writing on Tuesday", ", in a letter to the council")
    combos = itertools.product(PEOPLE, DOUBLE_MARKS, ("-", "—", "–"), tails, range(len(CONTENT)))
    for p, m, dash, tail, ci in sample(combos, 200, "credit-line"):
        quote = m.q(CONTENT[ci] + ".")
        text = f"The vote is on Friday.\n\n{quote}\n\n{dash} {p.full}{tail}.\n\nThe council meets at noon."
        yield Case("", "credit-line", text, [Expect(quote, "direct", p.full, ANY, "person")])


#: Capitalised posts (a role word with its modifiers or office): the post names its holder.
POSTS = (
    "Prime Minister",
    "Foreign Secretary",
    "Attorney General",
    "Vice President",
    "Finance Minister",
    "Secretary of State",
    "Health Secretary",
    "Chief Executive",
)


def capitalised_post() -> Iterator[Case]:
    """`the POST said`: the holder named earlier with that title, else the post itself (never
    a name cut out of it: 'Minister' with title 'Prime'); `The POST, NAME, said` names NAME."""
    combos = itertools.product(PEOPLE, POSTS, DOUBLE_MARKS, range(len(CONTENT)), range(3))
    for p, post, m, ci, shape in sample(combos, 400, "capitalised-post"):
        quote = m.q(CONTENT[ci] + ",")
        if shape == 0:
            text = f"{post} {p.full} visited the harbour on Monday.\n\n{quote} the {post} said."
            exp = Expect(quote, "direct", p.full, post, "person")
        elif shape == 1:
            text = f"The ferry sailed late. {quote} the {post} said."
            exp = Expect(quote, "direct", post, None)
        else:
            clause = CLAUSES[ci % len(CLAUSES)]
            text = f"The {post}, {p.full}, said {clause}."
            exp = Expect(clause, "indirect", p.full, post, "person")
        yield Case("", f"post-{shape}", text, [exp])


#: Role phrases that serve somebody or somewhere: (phrase, its role noun is a spokesperson's).
SERVING_ROLES = (
    ("a lawyer for the families", False),
    ("an adviser to the mayor", False),
    ("a professor at Westbrook State University", False),
    ("the director of the Coastal Research Institute", False),
    ("the chief executive of Norland Robotics", False),
    ("a spokeswoman for Meridia Air", False),  # (round 15: the unnamed spokeswoman speaks)
    ("a spokesman for the Ministry of Trade and Industry", False),
)


def serving_role() -> Iterator[Case]:
    """`ROLE PREP X, NAME, said C` names NAME with the phrase as title; `ROLE PREP X said C`
    names the holder (the phrase; a spokesperson too, since round 15): never a professor's
    university, a lawyer's client or a spokeswoman's employer."""
    combos = itertools.product(PEOPLE, SERVING_ROLES, range(len(CLAUSES)), (False, True))
    for p, (phrase, voice), k, named_after in sample(combos, 300, "serving-role"):
        clause = CLAUSES[k]
        if named_after:
            text = f"{_cap(phrase)}, {p.full}, said {clause}."
            exp = Expect(clause, "indirect", p.full, phrase.split(" ", 1)[1], "person")
        else:
            text = f"{_cap(phrase)} said {clause}."
            body = phrase.split(" for ", 1)[1].removeprefix("the ") if voice else None
            exp = Expect(clause, "indirect", body or phrase.split(" ", 1)[1])
        yield Case("", f"serving-{'named' if named_after else 'bare'}", text, [exp])


#: People whose names end like an -ly adverb: (full name, the short form used later).
LY_PEOPLE = (
    ("Maeve Connolly", "Connolly"),
    ("Kelly Brandt", "Kelly"),
    ("Declan Donnelly", "Donnelly"),
    ("Emily Novak", "Emily"),
    ("Aidan Reilly", "Reilly"),
    ("Holly Akers", "Holly"),
)


def ly_names() -> Iterator[Case]:
    """A sentence opened by a name that ends in -ly ('Connolly said', 'Kelly, however, said',
    'Emily told reporters'): a name, not an adverb like 'Reportedly'; an aside set off by
    commas and a cue verb after it show a subject ('Connolly, for her part, said')."""
    shapes = (
        "{n} said {c}.",
        "{n} told reporters {c}.",
        "{n}, however, said {c}.",
        "{n}, for her part, said {c}.",
        "{n}, meanwhile, told reporters {c}.",
    )
    for (full, short), shape, clause in itertools.product(LY_PEOPLE, shapes, CLAUSES):
        text = f"{full} spoke at the hearing on Monday. " + shape.format(n=short, c=clause)
        yield Case("", "ly-name", text, [Expect(clause, "indirect", full, None, "person")])


#: Bodies whose names run over 'of'/'and' or hold a possessive: (as written, canonical,
#: whether the name reads well before a possessive of its own).
BODY_NAMES = (
    ("the Royal College of Midwives", "Royal College of Midwives", True),
    ("the National Union of Miners", "National Union of Miners", True),
    ("the Federation of Small Farms", "Federation of Small Farms", True),
    ("the Department of Roads and Bridges", "Department of Roads and Bridges", True),
    ("St Brigid's Hospital", "St Brigid's Hospital", True),
    ("the Dockworkers' Federation", "Dockworkers' Federation", False),
    ("the Children's Hospital of Eastfield", "Children's Hospital of Eastfield", True),
    ("the Women's Rowing Association", "Women's Rowing Association", False),
    ("the Teachers' Union of Moray", "Teachers' Union of Moray", False),
)
BODY_ROLES = ("general secretary", "chief executive", "head of policy", "medical director")


def body_names() -> Iterator[Case]:
    """`BODY said C.`, `BODY's ROLE, NAME, said C.` and `"C," said NAME, ROLE of BODY.` for
    bodies named over 'of'/'and' or with a plural or saint's possessive inside: the name is
    whole, never its last word, and a title keeps all of it."""
    combos = itertools.product(PEOPLE, BODY_NAMES, BODY_ROLES, range(len(CLAUSES)), range(3))
    for p, (body, canonical, owns), role, k, shape in sample(combos, 300, "body-names"):
        clause = CLAUSES[k]
        if shape == 1 and owns:
            text = f"{_cap(body)}'s {role}, {p.full}, said {clause}."
            exp = Expect(clause, "indirect", p.full, Contains((role, canonical)), "person")
        elif shape == 2:
            quote = f'"{CONTENT[k]},"'
            text = f"{quote} said {p.full}, {role} of {body}."
            exp = Expect(quote, "direct", p.full, Contains((role, canonical)), "person")
        else:
            text = f"{_cap(body)} said {clause}."
            exp = Expect(clause, "indirect", canonical, None, "organization")
        yield Case("", f"body-names-{shape}", text, [exp])


#: Bodies whose names hold no organisation or company word (lexicon.organization_nouns,
#: company_words): (name, whether news copy writes it after *the*). Written for this suite.
PLAIN_BODIES = (
    ("Wyebridge Canal Trust", True),
    ("Ashgrove Rail", False),
    ("Pennick Mutual", False),
    ("Eskdale Moorland Trust", True),
    ("Tollard Water", False),
    ("Harbour Rowing Collective", True),
    ("Brackwell Buses", False),
)
#: What a body does before a person speaks (no report: the cases are exact).
BODY_ACTS = ("cut two routes on Monday", "closed its branch in the square", "raised its prices in May")
#: Verbs and prepositions that point 'its' back to the name before them.
ITS_REPORTS = (
    "said on its website",
    "said in its annual report",
    "wrote on its blog",
    "said in its newsletter",
)


def body_evidence() -> Iterator[Case]:
    """Bodies named without an organisation word are bodies when the text treats them so: a
    determiner before the name (`The Wyebridge Canal Trust said C.`) or *its* pointing back to
    it (`Pennick Mutual said on its website that C.`). Such a name speaks as an organisation
    and is never the antecedent of *she* or *he*: `PERSON, a ROLE, EVENT. The BODY ACT.
    "C," she said.` is the person's."""
    women = [p for p in PEOPLE if p.gender == "f"][:6]
    men = [p for p in PEOPLE if p.gender == "m"][:6]
    combos = itertools.product(women + men, PLAIN_BODIES, range(len(CLAUSES)), range(4))
    for p, (canonical, takes_the), k, shape in sample(combos, 360, "body-evidence"):
        if shape in (0, 2) and not takes_the:
            continue
        clause = CLAUSES[k]
        body = f"the {canonical}"
        bare = canonical
        report = ITS_REPORTS[k % len(ITS_REPORTS)]
        quote = f'"{CONTENT[k]},"'
        if shape == 0:  # the determiner
            text = f"{_cap(body)} said {clause}."
            exps = [Expect(clause, "indirect", canonical, None, "organization")]
        elif shape == 1:  # 'its' pointing back
            text = f"{bare} {report} that {clause}."
            exps = [Expect(f"that {clause}", "indirect", canonical, None, "organization")]
        elif shape == 2:  # a person, then the body with its determiner, then the pronoun
            act = BODY_ACTS[k % len(BODY_ACTS)]
            intro = f"{p.full}, a shop owner, stood outside the station."
            text = f"{intro}\n\n{_cap(body)} {act}.\n\n{quote} {p.pronoun} said."
            exps = [Expect(quote, "direct", p.full, ANY, "person")]
        else:  # the body reports, then a person introduced after it speaks
            text = f"{bare} {report} that {clause}. {p.full} was not convinced. {quote} {p.pronoun} said."
            exps = [
                Expect(f"that {clause}", "indirect", canonical, None, "organization"),
                Expect(quote, "direct", p.full, None, "person"),
            ]
        yield Case("", f"body-evidence-{shape}", text, exps)


#: (body, lower-case modifiers and role) for titles written `BODY MODIFIER ROLE NAME`.
BODY_ROLE_TITLES = (
    ("Ashgrove Rail", "safety director"),
    ("Pennick Mutual", "branch manager"),
    ("Norland Robotics", "software engineer"),
    ("Meridia Air", "cabin crew supervisor"),
    ("Tollard Water", "operations manager"),
    ("Brackwell Buses", "depot manager"),
    ("Halcyon Research", "climate economist"),
)


def title_body_modifier() -> Iterator[Case]:
    """`BODY MODIFIER ROLE NAME said C.` and `"C," BODY MODIFIER ROLE NAME said.`: lower-case
    noun modifiers between a body's name and a role stay in the title (*Ashgrove Rail safety
    director*), not only the role."""
    combos = itertools.product(PEOPLE, BODY_ROLE_TITLES, range(len(CLAUSES)), (True, False))
    for p, (body, role), k, direct in sample(combos, 300, "body-modifier"):
        title = f"{body} {role}"
        if direct:
            quote = f'"{CONTENT[k]},"'
            text = f"{quote} {title} {p.full} said."
            exp = Expect(quote, "direct", p.full, title, "person")
        else:
            text = f"{title} {p.full} said {CLAUSES[k]}."
            exp = Expect(CLAUSES[k], "indirect", p.full, title, "person")
        yield Case("", "body-modifier-" + ("direct" if direct else "indirect"), text, [exp])


def coordinated_names() -> Iterator[Case]:
    """`A and B said C.`, `"C," A and B said.`, `A, B and C said C.` and `"C2," they said.` after
    them: the speaker is the group, named by every person's name as answer keys write joint
    speakers ('Lena Okafor; Omar Diallo'); `After meeting A and B, C said C.` is C's alone."""
    people = [p for p in PEOPLE if " " in p.full and p.full.count(" ") <= 2]
    combos = itertools.product(people, people, people, range(len(CLAUSES)), range(4))
    for a, b, c, k, shape in sample(combos, 300, "coordinated-names"):
        if len({a.surname, b.surname, c.surname}) < 3:
            continue
        clause = CLAUSES[k]
        quote = f'"{CONTENT[k]},"'
        pair = f"{a.full} and {b.full}"
        group = f"{a.full}; {b.full}"
        if shape == 0:
            text = f"{pair} said {clause}. {quote} they said."
            exps = [
                Expect(clause, "indirect", group, None, "other"),
                Expect(quote, "direct", group, None, "other"),
            ]
        elif shape == 1:
            text = f"{quote} {pair} said."
            exps = [Expect(quote, "direct", group, None, "other")]
        elif shape == 2:
            text = f"{a.full}, {b.full} and {c.full} told reporters {clause}."
            exps = [Expect(clause, "indirect", f"{group}; {c.full}", None, "other")]
        else:
            text = f"After meeting {pair}, {c.full} said {clause}."
            exps = [Expect(clause, "indirect", c.full, None, "person")]
        yield Case("", f"coordinated-{shape}", text, exps)


#: What may follow the credit of a quotation that goes on in the next paragraph.
CONTINUED_TAILS = ("", " on Tuesday", " in a statement", ", speaking by phone")


def paragraph_continued() -> Iterator[Case]:
    """`"C1," NAME VERB (TAIL).` closing a paragraph, then a paragraph `"C2."`: C2 is a quote of
    its own by the same speaker (as the seed's answer key counts it), with or without narrative
    after the credit."""
    verbs = LEXICON_VERBS[:8] + OPEN_VERBS[:4]
    combos = itertools.product(
        PEOPLE, verbs, TENSES, DOUBLE_MARKS, range(len(CONTENT)), range(len(CONTENT2)), CONTINUED_TAILS
    )
    for p, v, tense, m, ci, c2i, tail in sample(combos, 400, "paragraph-continued"):
        first = m.q(CONTENT[ci] + ",")
        second = m.q(CONTENT2[c2i])
        credit = f"{p.full} {_form(v, tense)}{tail}."
        narrative = " The hall fell silent." if ci % 2 else ""
        text = f"The vote was held at noon.\n\n{first} {credit}{narrative}\n\n{second}"
        yield Case(
            "",
            "continued-after-narrative" if narrative else "continued",
            text,
            [
                Expect(first, "direct", p.full, None, "person"),
                Expect(second, "direct", p.full, ANY, "person"),
            ],
        )


#: Clauses that introduce a quotation with a colon, whatever their verb ({name}: the speaker).
COLON_INTRODUCERS = (
    "When the vote was called, {name} fired back:",
    "Asked about the fares, {name} shot back:",
    "{name} responded pointedly, with a smile:",
    "{name} had a simple message for the crowd:",
    "Stated {name}:",
    "In a letter to members, {name} was blunt:",
)


def colon_introduction() -> Iterator[Case]:
    """`INTRODUCING CLAUSE:` then `"C."`, inline or in the next paragraph: the clause's speaker."""
    combos = itertools.product(PEOPLE, COLON_INTRODUCERS, MARKS, range(len(CONTENT)), (" ", "\n\n"))
    for p, intro, m, ci, gap in sample(combos, 400, "colon-introduction"):
        quote = m.q(CONTENT[ci] + ".")
        text = f"The council met on Monday.\n\n{intro.format(name=p.full)}{gap}{quote}"
        shape = "inline" if gap == " " else "paragraph"
        yield Case(
            "", "colon-intro-" + shape, text, [Expect(quote, "direct", p.full, ANY, "person")], exact=False
        )


#: Clauses whose speech verb introduces a quotation after a comma ({name}: the speaker).
COMMA_INTRODUCERS = (
    "{name}, 41, a ferry pilot from the island, said on the radio on Monday, after the vote,",
    "As {name} had written a few years earlier,",
    "{name} joked about the fares, but went on to say,",
    "{name} was quick to add,",
    "Within an hour, {name} issued a statement,",
    "Recently {name} announced on the council's website, in capital letters,",
)


def comma_introduction() -> Iterator[Case]:
    """`CLAUSE WITH A SPEECH VERB (MODIFIERS), "C."`: the verb's subject speaks."""
    combos = itertools.product(PEOPLE, COMMA_INTRODUCERS, DOUBLE_MARKS, range(len(CONTENT)))
    for p, intro, m, ci in sample(combos, 300, "comma-introduction"):
        quote = m.q(CONTENT[ci] + ".")
        text = f"The council met on Monday. {intro.format(name=p.full)} {quote}"
        yield Case("", "comma-intro", text, [Expect(quote, "direct", p.full, ANY, "person")], exact=False)


#: Openings before the clause a participle belongs to, each with a noun phrase of its own
#: that never speaks (our own phrases).
_PARTICIPLE_OPENINGS = (
    "",
    "Before the vote, ",
    "Late last week, ",
    "After a long meeting with the dockers, ",
    "In response to the council's plan to close the ferry route to the outer islands, ",
    "Speaking at the town hall in Leith, ",
    "At a rally in Ames, Iowa, on Sunday, ",
)
#: The clause's predicate, with objects, places and names that are no subject.
_PARTICIPLE_PREDICATES = (
    "spoke in Leith, Norway, on Monday",
    "went after the harbour board",
    "wrote a long letter to the port's director, Ivo Berg",
    "lobbied to ban fireworks downtown",
    "spoke to reporters, urging calm and",
    "visited the Tromso quay",
)
_PARTICIPLES = ("saying", "adding", "arguing", "warning", "insisting")


def participle_subject() -> Iterator[Case]:
    """`OPENING, NAME PREDICATE, PARTICIPLE (that) CLAUSE / "C."`: a participle after a comma
    (or *and*) is the clause subject's report, not that of a noun phrase just before it."""
    combos = itertools.product(
        PEOPLE, _PARTICIPLE_OPENINGS, _PARTICIPLE_PREDICATES, _PARTICIPLES, range(len(CLAUSES)), (0, 1, 2)
    )
    for p, opening, predicate, part, ci, shape in sample(combos, 300, "participle-subject"):
        sep = " " if predicate.endswith(" and") else ", "
        if shape == 2:  # a direct quotation
            content = DOUBLE_MARKS[0].q(_cap(CONTENT[ci % len(CONTENT)]) + ".")
            text = f"{opening}{p.full} {predicate}{sep}{part}, {content}"
            expect = Expect(content, "direct", p.full, None, "person")
        else:
            content = f"that {CLAUSES[ci]}" if shape else CLAUSES[ci]
            text = f"{opening}{p.full} {predicate}{sep}{part} {content}."
            expect = Expect(content, "indirect", p.full, None, "person")
        yield Case("", "participle-subject", _cap(text), [expect], exact=False)


#: A first verb phrase and its object or adjunct before *and* and the cue (our own phrases): the
#: object may hold a capitalised word or a hyphenated modifier, which is no subject.
_FIRST_PREDICATES = (
    "put on a fake Northern accent",
    "dismissed the plan as a last-minute gimmick",
    "outlined the Leith housing plan",
    "met the dockers on Friday",
    "took a deep breath",
    "waved a copy of the Harbour Gazette",
    "had backed a single-payer health system",
)
#: The cue after *and*: (words, takes a direct quotation).
_SECOND_CUES = (
    ("joked,", True),
    ("said,", True),
    ("went on to say,", True),
    ("accused the council of", False),
    ("warned that", False),
    ("later said", False),
)


def coordinated_predicate() -> Iterator[Case]:
    """`NAME VERB OBJECT and CUE "C."` / `... and CUE CLAUSE`: a cue coordinated with an earlier
    verb phrase shares its subject; the last words of the first phrase's object (a
    capitalised word, a hyphenated modifier) are no speaker. By name, and by *he*/*she*
    after an introducing sentence."""
    combos = itertools.product(PEOPLE, _FIRST_PREDICATES, _SECOND_CUES, range(len(CLAUSES)), (False, True))
    for p, predicate, (cue, direct), ci, by_pronoun in sample(combos, 300, "coordinated-predicate"):
        subject = ("She" if p.gender == "f" else "He") if by_pronoun else p.full
        intro = f"{p.full} spoke at the harbour on Monday. " if by_pronoun else ""
        if direct:
            content = DOUBLE_MARKS[0].q(_cap(CONTENT[ci % len(CONTENT)]) + ".")
            text = f"{intro}{subject} {predicate} and {cue} {content}"
            expect = Expect(content, "direct", p.full, None, "person")
        else:
            verb, content = cue, CLAUSES[ci]
            if cue.endswith(" of"):
                verb, content = cue[: -len(" the council of")], "the council of ignoring the warnings"
            elif cue.endswith(" that"):
                verb, content = cue[: -len(" that")], f"that {CLAUSES[ci]}"
            text = f"{intro}{subject} {predicate} and {verb} {content}."
            expect = Expect(content, "indirect", p.full, None, "person")
        yield Case("", "coordinated-predicate", text, [expect], exact=False)


#: Second appositions and relative clauses with commas of their own, between a name and its
#: cue (our own phrases; {org} is an organisation's name as written in running text).
_SUBJECT_CHAINS = (
    "the head of the valley's largest employer, {org},",
    "chair of the region's biggest lender, {org},",
    "the spokeswoman for the oldest firm in town, {org},",
    "whose company, {org}, builds ferries,",
    "whose employer, {org}, has cut jobs twice this year,",
)
#: Relative clauses set off by commas before a verb that issues a document (our own phrases).
_ISSUER_RELATIVES = (
    "who spoke at the quay on Monday",
    "who had met the dockers twice",
    "who chairs the board",
)


def subject_chain() -> Iterator[Case]:
    """`NAME, the ROLE of X, ORG, VERB C` / `NAME, whose N, ORG, VERB ..., VERB C` / `NAME, who
    ..., issued a statement saying, "C."`: the name speaks, not the role phrase, the
    organisation set off inside the aside, nor the issuing verb phrase."""
    combos = itertools.product(PEOPLE, ORGS, range(len(_SUBJECT_CHAINS) + len(_ISSUER_RELATIVES)), (0, 1))
    for p, org, shape, direct in sample(combos, 300, "subject-chain"):
        if direct:
            content = DOUBLE_MARKS[shape % len(DOUBLE_MARKS)].q(CONTENT[shape % len(CONTENT)] + ".")
            kind, sep, end = "direct", ", ", ""
        else:
            before, quoted = MIXED[shape % len(MIXED)]
            content = f'{before} "{quoted}."'
            kind, sep, end = "mixed", " ", ""
        if shape < len(_SUBJECT_CHAINS):
            aside = _SUBJECT_CHAINS[shape].format(org=org.name)
            text = f"{p.full}, {aside} said{sep}{content}{end}"
        else:
            aside = _ISSUER_RELATIVES[shape - len(_SUBJECT_CHAINS)]
            text = f"{p.full}, {aside}, issued a statement on Friday saying{sep}{content}{end}"
        yield Case("", "subject-chain", _cap(text), [Expect(content, kind, p.full, ANY, "person")])


#: Verb groups that govern a reporting infinitive and leave their subject the speaker (our own
#: phrases: a verb and particle, a verb of continuing, a passive).
_INFINITIVE_GROUPS = (
    "went on to say",
    "goes on to say",
    "continued to insist",
    "was prompted to say",
    "was moved to add",
    "went on to argue",
)


def infinitive_report() -> Iterator[Case]:
    """`SUBJECT GROUP to VERB, "C."` / `... to VERB (that) X "Q."`: the subject of the verb
    group speaks: a name, or an organisation's nominal after an introducing sentence (the
    noun after the determiner heads the subject; it is no verb the walk crosses)."""
    combos = itertools.product(PEOPLE, ORGS, _INFINITIVE_GROUPS, range(len(CONTENT)), (0, 1, 2))
    for p, org, group, ci, shape in sample(combos, 300, "infinitive-report"):
        if shape == 2:
            intro, subject, speaker = f"{_cap(org.name)} met the unions. ", _cap(org.nominal), org.canonical
        else:
            intro, subject, speaker = "", p.full, p.full
        if shape == 1:
            before, quoted = MIXED[ci % len(MIXED)]
            content = f'{before} "{quoted}."'
            text, kind = f"{intro}{subject} {group} {content}", "mixed"
        else:
            content = DOUBLE_MARKS[ci % len(DOUBLE_MARKS)].q(CONTENT[ci] + ".")
            text, kind = f"{intro}{subject} {group}, {content}", "direct"
        yield Case("", "infinitive-report", text, [Expect(content, kind, speaker)])


#: Phrasal verbs of going on with *on* (past, present), our own list.
_GOING_ON = (("went on", "goes on"), ("carried on", "carries on"), ("pressed on", "presses on"))


def frame_going_on() -> Iterator[Case]:
    """`"C," NAME went on.` / `NAME went on, "C."` / `... he pressed on after a pause.`: a verb
    of going on and its particle *on* make a reporting frame; the subject speaks."""
    combos = itertools.product(PEOPLE, _GOING_ON, TENSES, MARKS, range(len(CONTENT)), (0, 1, 2))
    for p, forms, tense, m, ci, shape in sample(combos, 200, "frame-going-on"):
        verb = forms[0] if tense == "past" else forms[1]
        if shape == 1:
            quote = m.q(CONTENT[ci] + ".")
            text = f"{p.full} {verb}, {quote}"
        else:
            quote = m.q(CONTENT[ci] + ",")
            tail = " after a pause" if shape == 2 else ""
            text = f"{p.full} was at the meeting. {quote} {p.pronoun} {verb}{tail}."
        yield Case("", "frame-going-on", text, [Expect(quote, "direct", p.full, None, "person")])


def report_carryover() -> Iterator[Case]:
    """`NAME VERB (that) CLAUSE. / "C."` (a new paragraph holding only the quotation): the
    report's speaker goes on; with a sentence of narrative between, nobody is credited."""
    combos = itertools.product(PEOPLE, INDIRECT_VERBS, TENSES, range(len(CLAUSES)), MARKS, (0, 1, 2))
    for p, v, tense, ci, m, shape in sample(combos, 300, "report-carryover"):
        clause = CLAUSES[ci]
        content = f"that {clause}" if v.past != "said" or shape == 1 else clause
        quote = m.q(CONTENT[ci % len(CONTENT)] + ".")
        narrative = " The next meeting is in June." if shape == 2 else ""
        text = f"{p.full} {_form(v, tense)} {content}.{narrative}\n\n{quote}"
        speaker = None if shape == 2 else p.full
        yield Case(
            "",
            "report-carryover",
            text,
            [Expect(content, "indirect", p.full), Expect(quote, "direct", speaker)],
        )


#: Clauses before a participle of naming, and the participle with its object (our own phrases).
_NAMING_HOSTS = ("walked out of the talks", "left the hall on Monday", "spoke for an hour at the quay")
_NAMING_PARTICIPLES = (
    ("describing the board as", "asleep at the wheel"),
    ("branding the plan", "a gift to the banks"),
    ("dubbing the ferry", "the slowest boat in Europe"),
    ("describing the delay as", "entirely avoidable"),
)


def naming_participle() -> Iterator[Case]:
    """`SUBJECT CLAUSE, describing/branding/dubbing OBJECT (as) "Q."`: the participle of a
    naming verb before a quotation is the subject's report (mixed content)."""
    combos = itertools.product(PEOPLE, _NAMING_HOSTS, _NAMING_PARTICIPLES, (0, 1))
    for p, host, (part, quoted), shape in sample(combos, 200, "naming-participle"):
        content = f'{part.split(" ", 1)[1]} "{quoted}."'
        verb = part.split(" ", 1)[0]
        if shape:
            text = f"{p.full} arrived late. {_cap(p.pronoun)} {host}, {verb} {content}"
        else:
            text = f"{p.full} {host}, {verb} {content}"
        yield Case("", "naming-participle", text, [Expect(content, "mixed", p.full)])


#: Adjuncts after a naming verb's quotation: (adjunct, part of the report?) -- our own phrases.
_NAMING_ADJUNCTS = (
    ("in the fight against winter floods", True),
    ("for the harbour towns", True),
    ("on the island's west coast", True),
    ("in a radio interview", False),
    ("on Tuesday", False),
    ("", False),
)


def naming_adjunct() -> Iterator[Case]:
    """`NAME called/described OBJECT (as) "Q" ADJUNCT.`: a prepositional adjunct goes on with
    the report; a time or medium phrase does not."""
    combos = itertools.product(PEOPLE, _NAMING_PARTICIPLES, _NAMING_ADJUNCTS, TENSES)
    for p, (part, quoted), (adjunct, inside), tense in sample(combos, 200, "naming-adjunct"):
        verb, obj = part.split(" ", 1)
        finite = {
            "describing": ("described", "describes"),
            "branding": ("branded", "brands"),
            "dubbing": ("dubbed", "dubs"),
        }[verb][0 if tense == "past" else 1]
        tail = f" {adjunct}" if adjunct else ""
        text = f'{p.full} {finite} {obj} "{quoted}"{tail}.'
        content = f'{obj} "{quoted}"{tail}' if inside else f'{obj} "{quoted}"'
        yield Case("", "naming-adjunct", text, [Expect(content, "mixed", p.full)])


#: Host clauses of the writer's that a quotation and its credit interrupt (our own phrases):
#: (before the aside, after it).
ASIDE_HOSTS = (
    ("The dockers rejected the new rota", "and walked out of the hall"),
    ("Neither skipper was impressed by the harbour board", "but both signed the petition"),
    ("The union has also protested against the tolls", "and threatened a strike"),
    ("She praised the council's plan", "and urged the mayor to fund it"),
)
#: How the aside is set off: (opening, closing) marks.
ASIDE_MARKS = ((" - ", " - "), (" -- ", " -- "), (" — ", " — "), (" (", ")"))


def credit_aside() -> Iterator[Case]:
    """`CLAUSE - "C," NAME VERB - and CLAUSE.` / `CLAUSE ("C," VERB NAME) ...`: a quotation and
    its credit set off by dashes or brackets inside the writer's sentence; the content is the
    quotation alone, not the host clause before it."""
    verbs = LEXICON_VERBS[:6] + OPEN_VERBS[:2]
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), ASIDE_HOSTS, ASIDE_MARKS)
    for p, v, tense, m, ci, (before, after), (op, cl) in sample(combos, 400, "credit-aside"):
        quote = m.q(CONTENT[ci] + ",")
        inverted = ci % 2 and v.invertible
        credit = f"{_form(v, tense)} {p.full}" if inverted else f"{p.full} {_form(v, tense)}"
        if cl == ")":
            text = f"{before}{op}{quote} {credit} on Monday{cl} {after}."
        else:
            text = f"{before}{op}{quote} {credit}{cl}{after}."
        yield Case(
            "",
            "aside-" + ("bracket" if cl == ")" else "dash"),
            text,
            [Expect(quote, "direct", p.full, None, "person")],
            exact=False,
        )


#: Participle phrases after a credit's comma whose object holds a 'that' (our own phrases).
CREDIT_PARTICIPLES = (
    "repeating a claim that he made in May",
    "adding that the board had not replied",
    "referring to a letter that the union sent",
    "recalling a vote that split the council",
)


def credit_participle() -> Iterator[Case]:
    """`"C?" NAME VERB, PARTICIPLE ... that ...`: a quotation ending in `? ! .` and its credit
    are one sentence even when the participle's phrase holds a *that*."""
    verbs = LEXICON_VERBS[:6]
    combos = itertools.product(PEOPLE, verbs, TENSES, MARKS, range(len(CONTENT)), "?!.", CREDIT_PARTICIPLES)
    for p, v, tense, m, ci, end, phrase in sample(combos, 300, "credit-participle"):
        quote = m.q(CONTENT[ci] + end)
        text = f"The vote was held at noon. {quote} {p.full} {_form(v, tense)}, {phrase}."
        expect = [Expect(quote, "direct", p.full, None, "person")]
        yield Case("", "credit-participle", text, expect, exact=False)


#: Verbs of saying and thought (past, present) whose clause may lose its subject to a relative
#: pronoun: 'the tolls, which she said had ...'.
_GAP_VERBS = (
    ("said", "says"),
    ("claimed", "claims"),
    ("argued", "argues"),
    ("insisted", "insists"),
    ("warned", "warns"),
    ("believed", "believes"),
    ("thought", "thinks"),
    ("feared", "fears"),
)
#: Antecedents and the reported verb phrases that follow the gap.
_GAP_ANTECEDENTS = (
    "the new tolls",
    "a crane at the north pier",
    "the winter timetable",
    "two of the ferries",
)
_GAP_PHRASES = (
    "had driven the night ferries away",
    "would cost the island millions",
    "was never put to a vote",
    "could close the harbour for a month",
    "has doubled the fares",
)


def relative_gap() -> Iterator[Case]:
    """`... ANTECEDENT, which|that NAME|PRONOUN|NOUN VERB FINITE-VP.`: the relative pronoun is the
    reported clause's subject; the content is the pronoun and the verb phrase."""
    combos = itertools.product(
        PEOPLE, _GAP_VERBS, TENSES, _GAP_ANTECEDENTS, _GAP_PHRASES, ("which", "that", "what"), range(3)
    )
    for p, (past, present), tense, ante, vp, rel, who in sample(combos, 400, "relative-gap"):
        verb = past if tense == "past" else present
        intro = f"{p.full} toured the harbour on Monday. " if who == 1 else ""
        subject, speaker = ((p.full, p.full), (p.pronoun, p.full), ("the engineers", "engineers"))[who]
        if who == 2 and tense == "present":
            verb = present[:-1]  # (the engineers say)
        if rel == "what":
            lead = "The board has had to answer for"
        else:
            lead = f"The board kept {ante}{',' if rel == 'which' else ''}"
        content = f"{rel} {subject} {verb} {vp}"
        text = f"{intro}{lead} {content}."
        yield Case(
            "", "relative-gap", text, [Expect(content, "indirect", speaker, ANY, ANY, parts=(rel, vp))]
        )


_VOW_VERBS = (
    ("vowed", "vows"),
    ("pledged", "pledges"),
    ("promised", "promises"),
    ("threatened", "threatens"),
)
#: A second act of the subject, a past form with its object.
_NEXT_ACTS = ("left the hall", "boarded the last ferry", "signed the register", "closed the meeting")


def infinitive_then_act() -> Iterator[Case]:
    """`NAME VOWED to V and|, ACTED OBJECT.`: the infinitive content ends before the past form."""
    combos = itertools.product(PEOPLE, _VOW_VERBS, TENSES, INFINITIVES, _NEXT_ACTS, (" and", ","))
    for p, (past, present), tense, inf, act, link in sample(combos, 300, "infinitive-then-act"):
        verb = past if tense == "past" else present
        text = f"{p.full} {verb} {inf}{link} {act} on Monday."
        yield Case("", "infinitive-then-act", text, [Expect(inf, "indirect", p.full, ANY, "person")])


#: Clauses that open like an adverbial (a gerund, a phrase ending in a time word) but hold a
#: finite verb of their own.
_CLAUSE_OPENINGS = (
    "Finding the wreck will take months",
    "Rebuilding the north pier could take years",
    "The repairs will take weeks",
    "Clearing the harbour has taken days",
    "The inquiry would last two years",
    "Dredging the channel was a waste of months",
)


def clause_before_credit() -> Iterator[Case]:
    """`GERUND ... FINITE ..., NAME VERB.` / `The X will take months, NAME VERB.`"""
    verbs = [v for v in INDIRECT_VERBS if v.invertible]
    combos = itertools.product(PEOPLE, verbs, TENSES, _CLAUSE_OPENINGS, (False, True))
    for p, v, tense, clause, inverted in sample(combos, 300, "clause-before-credit"):
        cue = f"{_form(v, tense)} {p.full}" if inverted else f"{p.full} {_form(v, tense)}"
        text = f"{clause}, {cue}."
        yield Case("", "clause-before-credit", text, [Expect(clause, "indirect", p.full, None, "person")])


#: Final phrases and clauses after a comma that belong to the reported clause.
_FINAL_TAILS = (
    "because the cranes had not been inspected",
    "because nobody had paid the dock fees",
    "when the new operator took over",
    "when the storm hit the island",
    "including the charge for bicycles",
    "including two of the night sailings",
)


def final_clause() -> Iterator[Case]:
    """`NAME VERB CLAUSE, because|when D.` / `..., including NP.`: the final clause or phrase
    attaches to the reported clause."""
    combos = itertools.product(PEOPLE, INDIRECT_VERBS, TENSES, CLAUSES, _FINAL_TAILS)
    for p, v, tense, clause, tail in sample(combos, 300, "final-clause"):
        content = f"{clause}, {tail}"
        text = f"{p.full} {_form(v, tense)} {content}."
        yield Case("", "final-clause", text, [Expect(content, "indirect", p.full, None, "person")])


#: Titles of works and names in quotation marks, each with the phrase that carries it
#: ({t}: the quoted title with its mark and any comma after it); none is anybody's words.
WORK_TITLES = (
    "Tales From the Pier",
    "Nine Days: The Last Ferry",
    "The Harbour Master",
    "Boat Wars",
    "A Year on the Island",
    "Cold Water",
)
WORK_FRAMES = (  # (frame, a comma inside the closing mark)
    ("{name} was joined on stage by the star of the reality show {t} on Tuesday.", False),
    ("{name} is a regular guest on the late-night show {t} these days.", False),
    ("{name} is a popular figure on the morning program {t} in the north.", False),
    ("{name} helped build sets for the reality TV show {t} years ago.", False),
    ("The old series, {t} will return next spring, with {name} in the lead.", True),
    ("The film, {t} is based on a memoir by {name}.", True),
    ("{name}, the author of the book {t} lives on the island.", True),
    ("{name}, the hacker known as {t} entered the server in May.", True),
)


def titles_of_works() -> Iterator[Case]:
    """A title or name in quotation marks after a work noun (*show*, *figure*, *series*) or
    *known as*, with a real quote after it: only the real quote comes out."""
    marks = (*DOUBLE_MARKS, Marks("''", "''", "typewriter double"))
    combos = itertools.product(PEOPLE, WORK_TITLES, WORK_FRAMES, marks, range(len(CONTENT)))
    for p, title, (frame, comma), m, ci in sample(combos, 400, "titles-of-works"):
        named_title = m.q(title + ("," if comma else ""))
        quote = m.q(CONTENT[ci] + ",")
        text = f"{frame.format(name=p.full, t=named_title)} {quote} {p.surname} said."
        yield Case("", "title-of-work", text, [Expect(quote, "direct", p.full, ANY, "person")])


#: What stands between a subject and its main verb: a relative clause with a report of its
#: own (with commas, with none, or ending in a quotation with the comma inside the mark) or a
#: participle of saying with its object. The aside's own report is expected too.
_MAIN_ASIDES = (
    (", who called the plan “a farce,”", "the plan “a farce,”", "mixed"),
    (", who has criticized the new tolls,", "the new tolls", "indirect"),
    (" who has criticized the new tolls", "the new tolls", "indirect"),
    (", citing “the risks of the crossing,”", "“the risks of the crossing,”", "direct"),
    (", who told reporters the pier was unsafe,", "the pier was unsafe", "indirect"),
    (" who told reporters the pier was unsafe", "the pier was unsafe", "indirect"),
)
_MAIN_VERBS = (("said", "says"), ("told the Gazette", "tells the Gazette"), ("said on Monday", "says"))
_REPORTED_MAIN = tuple(c for c in CLAUSES if c.startswith("the"))  # ('told X prices ...' is ambiguous)


def main_after_aside() -> Iterator[Case]:
    """`NAME, who VERBED X, SAID CLAUSE.` / `The dockers who VERBED X said CLAUSE.` / `NAME,
    citing "C," said CLAUSE.`: the main clause is a report of the subject's too."""
    combos = itertools.product(PEOPLE, _MAIN_ASIDES, _MAIN_VERBS, TENSES, _REPORTED_MAIN, (False, True))
    for p, (written, inner, kind), (past, present), tense, clause, plural in sample(
        combos, 300, "main-after-aside"
    ):
        verb = past if tense == "past" else present
        aside = written
        if plural:
            subject, speaker, verb = "The harbour pilots", "harbour pilots", past
            aside = written.replace("has criticized", "have criticized")
        else:
            if not written.startswith(","):
                continue  # (a relative clause with no commas restricts a common noun, not a name)
            subject, speaker = p.full, p.full
        text = f"{subject}{aside} {verb} {clause}."
        yield Case(
            "",
            "main-after-aside",
            text,
            [Expect(inner, kind, speaker, ANY, ANY), Expect(clause, "indirect", speaker, ANY, ANY)],
        )


#: Trailing phrases whose last word is a cue form used as a noun (no attribution), and
#: fronted adverbial clauses before a clause of the writer's own.
_NOT_CREDITS = (
    "{c}, beating {n} in her home state.",
    "{c}, a turning point for the island.",
    "{c}, spending most of the session taking questions.",
    "{c}, as {n} said in her closing remarks.",
)


def noun_compound_credit() -> Iterator[Case]:
    """`CLAUSE, PARTICIPLE ... home state.` / `CLAUSE, a turning point ...`: the cue form is a
    noun inside a compound, no trailing credit."""
    combos = itertools.product(PEOPLE, CLAUSES, _NOT_CREDITS)
    for p, clause, shape in sample(combos, 200, "noun-compound-credit"):
        text = shape.format(c=_cap(clause), n=p.full)
        expect = [Expect(_cap(clause), "indirect", p.full, None, "person")] if "said" in shape else []
        if "said" in shape:
            continue  # ('as X said' is a credit of its own rule; only the noun compounds here)
        yield Case("", "noun-compound-credit", text, expect)


_ADVERBIAL_OPENINGS = (
    "Early on Monday, as the crowd gathered on the quay",
    "When the storm hit the island",
    "But despite the warnings",
    "And in 2019",
)
_REPORTED_AFTER = (
    "at least two ferries had sunk",
    "two of the cranes had failed",
    "most of the crews had left",
)


def adverbial_before_report() -> Iterator[Case]:
    """`OPENING, (as|when CLAUSE,) NAME REPORTED CLAUSE.`: the fronted adverbial is no content
    of a trailing credit; the report after the verb is."""
    verbs = (("reported", "reports"), ("said", "says"), ("told reporters", "tells reporters"))
    combos = itertools.product(PEOPLE, _ADVERBIAL_OPENINGS, verbs, TENSES, _REPORTED_AFTER)
    for p, opening, (past, present), tense, clause in sample(combos, 200, "adverbial-before-report"):
        verb = past if tense == "past" else present
        text = f"{opening}, {p.full} {verb} {clause}."
        yield Case("", "adverbial-before-report", text, [Expect(clause, "indirect", p.full, ANY, "person")])


#: Lower-case nouns before a role noun in a trailing credit.
_ROLE_MODIFIERS = (
    "harbour spokesman",
    "campaign manager",
    "foreign affairs ministry spokeswoman",
    "union press officer",
)


def credit_role_modifier() -> Iterator[Case]:
    """`CLAUSE, NOUN ROLE NAME VERB.` / `CLAUSE, VERB NOUN ROLE NAME.`: the noun modifying the
    role is part of the source."""
    combos = itertools.product(PEOPLE, _ROLE_MODIFIERS, INDIRECT_VERBS, TENSES, CLAUSES, (False, True))
    for p, role, v, tense, clause, inverted in sample(combos, 300, "credit-role-modifier"):
        if inverted and not v.invertible:
            continue
        form = _form(v, tense)
        credit = f"{form} {role} {p.full}" if inverted else f"{role} {p.full} {form}"
        text = f"{_cap(clause)}, {credit}."
        yield Case(
            "", "credit-role-modifier", text, [Expect(_cap(clause), "indirect", p.full, ANY, "person")]
        )


_MEDIUM_ADJUNCTS = (
    "in a tweet on Friday",
    "at a rally in the harbour town",
    "during an interview with the Gazette",
    "on the debate stage",
    "in a letter to the council",
)


def stance_medium() -> Iterator[Case]:
    """`NAME STANCE-VERB OBJECT in a tweet / at a rally ...`: the adjunct of medium or occasion
    is not part of the object."""
    combos = itertools.product(PEOPLE, _STANCE, TENSES, OBJECTS, _MEDIUM_ADJUNCTS)
    for p, (past, present), tense, obj, adjunct in sample(combos, 200, "stance-medium"):
        verb = past if tense == "past" else present
        text = f"{p.full} {verb} {obj} {adjunct}."
        yield Case("", "stance-medium", text, [Expect(obj, "indirect", p.full, None, "person")])


_OWN_WORDS = (
    "she regretted her remarks",
    "he stood by his comments",
    "they withdrew their claims",
    "she repeated her warnings",
)


def possessive_noun_end() -> Iterator[Case]:
    """`NAME VERB PRONOUN VERBED her remarks.`: a short clause ending in a possessive and a noun
    that is also a verb's form is a report, not a credit of its own."""
    verbs = (("said", "says"), ("argued", "argues"), ("insisted", "insists"), ("added", "adds"))
    combos = itertools.product(PEOPLE, verbs, TENSES, _OWN_WORDS)
    for p, (past, present), tense, clause in sample(combos, 200, "possessive-noun-end"):
        text = f"{p.full} {past if tense == 'past' else present} {clause}."
        yield Case("", "possessive-noun-end", text, [Expect(clause, "indirect", p.full, None, "person")])


#: Catenative verb groups before a verb of saying or stance (our own phrases): past and
#: present, and whether the subject is plural.
_CATENATIVES = (
    ("continued to", "continues to"),
    ("began to", "begins to"),
    ("went on to", "goes on to"),
    ("has started to", "has started to"),
    ("used to", "tends to"),
    ("tried to", "tries to"),
)
_CATENATIVE_VERBS = ("insist", "argue", "say", "warn", "suggest")
_GROUP_SUBJECTS = (
    ("Older voters", "older voters"),
    ("The dockers", "dockers"),
    ("Most commuters", "most commuters"),
)
_LIKELY_GROUPS = ("were more likely to", "are less likely to", "tended to", "tend to")


def catenative_report() -> Iterator[Case]:
    """`SUBJECT CATENATIVE to VERB that CLAUSE.`: a catenative verb ('continued to', 'went on
    to', 'tended to') or a comparative 'likely' joins the verb group of the report, and the
    subject before it speaks, not a word of the group ('Older voters tended to say ...')."""
    combos = itertools.product(PEOPLE, _CATENATIVES, TENSES, _CATENATIVE_VERBS, CLAUSES, (False, True))
    for p, cat, tense, verb, clause, nominal in sample(combos, 300, "catenative-report"):
        content = f"that {clause}"
        subject, speaker = ("The harbour master", "harbour master") if nominal else (p.full, p.full)
        group = cat[0] if tense == "past" else cat[1]
        text = f"{subject} {group} {verb} {content}."
        yield Case("", "catenative-report", text, [Expect(content, "indirect", speaker, ANY)])
    groups = itertools.product(_GROUP_SUBJECTS, _LIKELY_GROUPS, ("say", "argue"), CLAUSES)
    for (subject, speaker), group, verb, clause in sample(groups, 80, "catenative-group"):
        content = clause
        text = f"{subject} {group} {verb} {content}."
        yield Case("", "catenative-group", text, [Expect(content, "indirect", speaker, ANY)])


#: Verbs that name an act of speaking without reporting anything when they end a fronted
#: clause (past forms), and the subordinators that open such a clause.
_ACT_VERBS = ("spoke", "testified", "answered", "chanted", "sang", "shouted", "replied")
_ADVERBIAL_OPENERS = ("After", "When", "While", "Before", "Once", "Although")
_MANNER_VERBS = ("chanted", "sang", "shouted", "whispered", "spoke")
_COMMENT_VERBS = ("said", "noted", "warned", "argued", "predicted")


def fronted_act() -> Iterator[Case]:
    """`OPENER SUBJECT VERBED, MAIN.`: a verb of speaking that ends a fronted adverbial clause
    reports nothing, and the main clause is nobody's words ('After the mayor testified, the
    board voted'); with *as*, a verb of manner of speaking neither ('As the crowd chanted,
    ...'), but a verb of saying makes a comment clause whose main clause it reports ('As
    NAME noted, CLAUSE')."""
    combos = itertools.product(_ADVERBIAL_OPENERS, PEOPLE, _ACT_VERBS, _MAIN_CLAUSES)
    for opener, p, verb, main in sample(combos, 150, "fronted-act"):
        yield Case("", "fronted-act", f"{opener} {p.full} {verb}, {main}.", [])
    manner = itertools.product(("the crowd", "the dockers", PEOPLE[0].full), _MANNER_VERBS, _MAIN_CLAUSES)
    for subject, verb, main in manner:
        yield Case("", "fronted-act-as", f"As {subject} {verb}, {main}.", [])
    comments = itertools.product(PEOPLE, _COMMENT_VERBS, CLAUSES)
    for p, verb, clause in sample(comments, 100, "fronted-comment"):
        text = f"As {p.full} {verb} last week, {clause}."
        yield Case("", "fronted-comment", text, [Expect(clause, "indirect", p.full, ANY)])


#: Stance objects that run past an 'and', a comma list or a time phrase of their own clause
#: (our own phrases; OTHER is a second person): (verb past, verb present, object template).
_OBJECT_EXTENTS = (
    ("portrayed", "portrays", "OTHER as a reckless and divisive leader who would split the town"),
    ("described", "describes", "sweeping cultural and economic changes that were driving the strike"),
    ("attacked", "attacks", "dockers, clerks, and pilots for opposing the new rota"),
    ("criticized", "criticizes", "the dockers, the clerks and the pilots for blocking the vote"),
    ("rebuked", "rebukes", "OTHER for suggesting earlier this week that the plant would close in June"),
    ("accused", "accuses", "OTHER of hiding the audit last year"),
)
#: Time phrases that close a stance object (the object, then the phrase).
_CLOSING_TIMES = ("in recent weeks", "over the past year", "on Friday", "last month")


def stance_object_extent() -> Iterator[Case]:
    """`NAME VERB OBJECT.`: the object runs through an adjective or noun after *and* that has a
    relative clause of its own ('a reckless and divisive leader who would ...'), a list
    ('dockers, clerks, and pilots for opposing ...') and the time phrase of a gerund inside it
    ('for suggesting earlier this week that ...'); a time phrase of the stance verb itself
    closes it ('criticized the board | in recent weeks')."""
    combos = itertools.product(PEOPLE, _OBJECT_EXTENTS, TENSES)
    for p, (past, present, obj), tense in sample(combos, 200, "stance-object-extent"):
        other = PEOPLE[(PEOPLE.index(p) + 1) % len(PEOPLE)]
        content = obj.replace("OTHER", other.full)
        text = f"{p.full} {past if tense == 'past' else present} {content}."
        yield Case("", "stance-object-extent", text, [Expect(content, "indirect", p.full, ANY)])
    closing = itertools.product(PEOPLE, _STANCE, OBJECTS, _CLOSING_TIMES)
    for p, (past, _present), obj, when in sample(closing, 120, "stance-object-time"):
        text = f"{p.full} {past} {obj} {when}."
        yield Case("", "stance-object-time", text, [Expect(obj, "indirect", p.full, ANY)])


#: Prepositional verbs of attitude and their particle (past, present), and the same verbs
#: without it, which report nothing (our own phrases).
_PREPOSITIONAL_STANCES = (
    ("pushed for", "pushes for"),
    ("apologized for", "apologizes for"),
    ("apologised for", "apologises for"),
    ("hinted at", "hints at"),
)
_WITHOUT_PARTICLE = (
    "apologized to the crowd",
    "pushed the cart to the pier",
    "pushed a trolley along the quay",
    "apologised to the dockers",
)


def prepositional_stance() -> Iterator[Case]:
    """`NAME VERB PARTICLE OBJECT (MODIFIER).`: a prepositional verb of attitude reports its
    prepositional object ('pushed for the new tolls on Friday'); without its particle it
    reports nothing ('pushed the cart to the pier')."""
    combos = itertools.product(PEOPLE, _PREPOSITIONAL_STANCES, TENSES, OBJECTS, ("", " on Friday"))
    for p, forms, tense, obj, tail in sample(combos, 200, "prepositional-stance"):
        text = f"{p.full} {forms[0] if tense == 'past' else forms[1]} {obj}{tail}."
        yield Case("", "prepositional-stance", text, [Expect(obj, "indirect", p.full, ANY)])
    for p, act in sample(itertools.product(PEOPLE, _WITHOUT_PARTICLE), 60, "prepositional-none"):
        yield Case("", "prepositional-none", f"{p.full} {act}.", [])


#: Subjects holding a noun compound whose first word is a cue verb form (our own phrases):
#: (subject, accepted speakers).
_COMPOUND_SUBJECTS = (
    ("Analysts at the think tank", ("analysts at the think tank", "analysts")),
    ("A conservative think tank", ("conservative think tank", "think tank")),
    ("The host of the talk show", ("host of the talk show", "host")),
)


def cue_compound() -> Iterator[Case]:
    """`SUBJECT (with 'think tank', 'talk show') VERB CLAUSE.` and `NAME, a ROLE at the think
    tank ORG, VERB CLAUSE.`: the cue form that opens a fixed noun compound is no verb, so it
    neither reports the words after it nor ends the subject."""
    combos = itertools.product(_COMPOUND_SUBJECTS, ("said", "argued", "insisted"), CLAUSES)
    for (subject, speaker), verb, clause in sample(combos, 60, "cue-compound-subject"):
        text = f"{subject} {verb} {clause}."
        yield Case("", "cue-compound-subject", text, [Expect(clause, "indirect", speaker, ANY)])
    roles = itertools.product(PEOPLE, ("a fellow", "a founder", "the director"), ("said", "argued"), CLAUSES)
    for p, role, verb, clause in sample(roles, 60, "cue-compound-apposition"):
        text = f"{p.full}, {role} of the centre-left think tank Harbour Forum, {verb} {clause}."
        yield Case("", "cue-compound-apposition", text, [Expect(clause, "indirect", p.full, ANY)])


#: Subjects whose head noun an -ing participle clause follows with no commas: (subject,
#: speaker, the participle's stance object or None).
_PARTICIPLE_SUBJECTS = (
    ("Dockers backing the strike", ("dockers", "Dockers"), "the strike"),
    ("Fishermen opposing the quota", ("fishermen", "Fishermen"), "the quota"),
    ("Residents living near the quarry", ("residents living near the quarry", "residents"), None),
    ("Nurses working at the clinic", ("nurses working at the clinic", "nurses"), None),
    ("Two councillors supporting the levy", ("two councillors", "councillors"), "the levy"),
)


def reduced_relative_subject() -> Iterator[Case]:
    """`NOUN VERB-ing OBJECT VERB CLAUSE.`: a participle clause inside the subject (a reduced
    relative clause) is no end of it; the main verb reports the clause, and a stance
    participle's object ends before that verb."""
    combos = itertools.product(_PARTICIPLE_SUBJECTS, ("said", "have said", "argued", "warned"), CLAUSES)
    for (subject, speaker, obj), verb, clause in sample(combos, 80, "participle-subject"):
        text = f"{subject} {verb} {clause}."
        expects = [Expect(clause, "indirect", speaker, ANY)]
        if obj is not None:
            expects.insert(0, Expect(obj, "indirect", speaker, ANY))
        yield Case("", "participle-subject", text, expects)


#: Documents with a participle phrase after them, with or without commas: (noun phrase,
#: participle phrase).
_DOCUMENT_PARTICIPLES = (
    ("The report", "published on Monday"),
    ("A statement", "posted on the council's website"),
    ("The memo", "sent to staff on Friday"),
    ("A letter", "signed by forty doctors"),
)


def document_participle() -> Iterator[Case]:
    """`DOCUMENT(,) PARTICIPLE PHRASE(,) VERB CLAUSE.`: a document's past participle and its
    phrase, set off by commas or not, stay inside the subject, and the document speaks."""
    combos = itertools.product(_DOCUMENT_PARTICIPLES, (True, False), ("said", "warned", "found"), CLAUSES)
    for (doc, phrase), commas, verb, clause in sample(combos, 80, "document-participle"):
        noun = doc.split()[1]
        subject = f"{doc}, {phrase}," if commas else f"{doc} {phrase}"
        speakers = (noun, f"{noun} {phrase}")
        text = f"{subject} {verb} {clause}."
        yield Case("", "document-participle", text, [Expect(clause, "indirect", speakers)])


#: Participle asides after a subject noun: (aside, what it reports).
_SUBJECT_ASIDES = (
    ("citing rising costs", "rising costs"),
    ("noting that fares had doubled", "that fares had doubled"),
    ("acknowledging the delays", "the delays"),
    ("stressing that nobody was hurt", "that nobody was hurt"),
)
_ASIDE_SUBJECTS = (("The mayor", "mayor"), ("The union", "union"), ("The dockers", "dockers"), ("She", None))


def subject_participle_aside() -> Iterator[Case]:
    """`SUBJECT, PARTICIPLE ..., VERB CLAUSE.`: a participle's aside between a subject and its
    verb reports what it says up to its closing comma, and the main verb keeps the subject."""
    combos = itertools.product(_ASIDE_SUBJECTS, _SUBJECT_ASIDES, ("said", "warned", "argued"), CLAUSES)
    for (subject, speaker), (aside, reported), verb, clause in sample(combos, 80, "subject-participle-aside"):
        text = f"{subject}, {aside}, {verb} {clause}."
        expects = [Expect(reported, "indirect", speaker), Expect(clause, "indirect", speaker)]
        yield Case("", "subject-participle-aside", text, expects)


CAPABILITIES = (
    named("cue.lexicon_after", "1", "lexicon cue verbs after a direct quote", cue_lexicon_after),
    named("cue.open_after", "1", "cue verbs outside the lexicon after a direct quote", cue_open_after),
    named("cue.open_tail", "1", "cue verbs outside the lexicon with a modifier after them", cue_open_tail),
    named("cue.inverted", "1", '"C," VERB NAME', cue_inverted),
    named("cue.before", "1", 'NAME VERB: "C." / NAME VERB, "C."', cue_before),
    named("cue.before_fronted", "1", 'OPENING, NAME VERB: "C." (an adverbial first)', cue_before_fronted),
    named("cue.split", "1", "a quote split by its attribution", cue_split),
    named("cue.split_credit_tail", "1", '"C1," said NAME, TAIL. "C2."', cue_split_credit_tail),
    named("names.surname_after", "1", "every name shape by surname before a cue", names_surname_after),
    named("indirect.before", "-", "NAME VERB (that) CLAUSE", indirect_before),
    named("indirect.after", "-", "CLAUSE, NAME VERB", indirect_after),
    named("indirect.short_report", "-", "NAME VERB (that) PRONOUN AUX SAY", indirect_short_report),
    named("cue.split_referring", "1", '"C1," NAME said, referring to X, "c2."', cue_split_referring),
    named("cue.noun_before_of", "5", "in a (ADJ) show of X is no cue; said of X is", noun_before_of),
    named("indirect.stance_adjective", "-", "NAME is ADJECTIVE that C / to V / of NP", stance_adjective),
    named("indirect.fronted_clause", "-", "OPENING, when NAME VERB CLAUSE, MAIN", fronted_clause),
    named("indirect.subject_aside", "-", "NAME, however, VERB (that) CLAUSE", subject_aside),
    named("indirect.cue_adjunct", "-", "NAME VERB for months / -- ASIDE -- that CLAUSE", cue_adjunct),
    named("indirect.speaking_adjective", "-", "NAME was quick to point out that CLAUSE", speaking_adjective),
    named("indirect.seeing_as", "-", "NAME sees OBJECT as PREDICATE", seeing_as),
    named("indirect.describe_object", "-", "NAME described OBJECT (as PREDICATE)", describe_object),
    named("speaker.coordinated_report", "-", "NAME VERBED X but has since said C", coordinated_report),
    named("indirect.talk_about", "-", "NAME talked about / spoke of OBJECT", talk_about),
    named("indirect.cue_noun", "-", "NAME issued a warning that C / made comments about X", cue_noun),
    named("indirect.stance_object", "-", "NAME opposed OBJECT because/as/and ...", stance_object),
    named("indirect.final_clause", "-", "NAME VERB CLAUSE, because/when D / including NP", final_clause),
    named("indirect.bare_subject", "-", "NAME VERB SUBJECTS PAST.: a two-word clause", indirect_bare_subject),
    named("indirect.relative_gap", "-", "X, which NAME said had ... (a relative gap)", relative_gap),
    named("indirect.infinitive_then_act", "-", "NAME vowed to V and ACTED OBJECT", infinitive_then_act),
    named("indirect.clause_before_credit", "-", "GERUND ... will take days, NAME said", clause_before_credit),
    named(
        "indirect.main_after_aside",
        "-",
        "NAME, who VERBED X, said C / NAME, citing X, said C",
        main_after_aside,
    ),
    named(
        "indirect.noun_compound_credit",
        "-",
        "CLAUSE, beating X in her home state: no credit",
        noun_compound_credit,
    ),
    named(
        "indirect.adverbial_before_report",
        "-",
        "OPENING, as CLAUSE, NAME reported C",
        adverbial_before_report,
    ),
    named("indirect.credit_role_modifier", "-", "CLAUSE, harbour spokesman NAME said", credit_role_modifier),
    named("indirect.stance_medium", "-", "NAME backed OBJECT in a tweet / at a rally", stance_medium),
    named("indirect.possessive_noun_end", "-", "NAME said she regretted her remarks", possessive_noun_end),
    named("speaker.poll_share", "2", "SHARE support/favor OBJECT", poll_share),
    named("indirect.appearance", "-", "NAME seemed to V / appears ADJ is no quotation", appearance),
    named("mixed.clause", "-", 'NAME VERB CLAUSE "FRAGMENT"', mixed_clause),
    named("mixed.second_that", "-", 'NAME VERB CLAUSE, but that CLAUSE "FRAGMENT"', mixed_second_that),
    named("mixed.comma_inside", "-", 'NAME VERB CLAUSE "FRAGMENT," while/but/a ... TAIL', mixed_comma_inside),
    named("marks.single", "8", "British single quotation marks are direct", marks_single),
    named("title.premodifier", "6", "role words before the name", title_premodifier),
    named("mixed.report_then_quotation", "-", 'NAME VERB CLAUSE. "C2."', report_then_quotation),
    named("mixed.but_quoted", "-", 'NAME VERB CLAUSE, but (WORDS) "QUOTED."', mixed_but_quoted),
    named("structure.colon_possessor", "3", 'NAME\'s response: "C." / Her reply: "C."', colon_possessor),
    named("title.apposition", "6", "NAME, a ROLE ..., said", title_apposition),
    named(
        "title.common_possessor", "6", "the MOD BODY's ROLE, NAME: the modifier stays", title_common_possessor
    ),
    named(
        "names.headline", "5", "a title-case headline names SURNAME; the story, the person", headline_names
    ),
    named("title.of_org", "5", "ROLE NAME of ORG", title_of_org),
    named("pronoun.antecedent", "4", "he/she after one named person", pronoun_antecedent),
    named(
        "pronoun.object_source", "4", 'According to him/her, C. / "C," OTHER told him.', pronoun_object_source
    ),
    named("pronoun.after_surname", "4", "SURNAME said C. ... he/she said", pronoun_after_surname),
    named("pronoun.gender", "4", "he/she after a man and a woman", pronoun_gender),
    named(
        "speaker.subordinate",
        "5",
        "MAIN as/after SUBJECT VERB that C: the inner subject",
        subordinate_subject,
    ),
    named("speaker.quantified", "2", "one/another/some/others/both", quantified),
    named("speaker.organization", "-", "organisations as speakers", organization),
    named("speaker.org_nominal", "4", "the company -> the organisation", organization_nominal),
    named("speaker.nominal", "-", "a farmer said", nominal_unnamed),
    named("speaker.capitalised_post", "5", "the Prime Minister said: a post, not a name", capitalised_post),
    named("speaker.serving_role", "5", "a lawyer for X, NAME, said / a professor at X said", serving_role),
    named("speaker.noun_modifier", "-", "Friends of NAME said: the head noun speaks", noun_modifier),
    named(
        "speaker.possessive", "-", "NAME's spokesman / her lawyer / ORG's spokeswoman said", possessive_source
    ),
    named("speaker.fronted_word", "-", "OPENING, NAME REPORT: the opening is no speaker", fronted_word),
    named("speaker.named_by_head", "4", "The X Partnership ... the partnership said", named_by_head),
    named("pronoun.nominal_antecedent", "4", 'The airline EVENT. "C," it said.', nominal_antecedent),
    named("structure.colon_credit", "3", 'NAME, ORG: "C."', colon_credit),
    named("structure.roundup", "3", 'vox-pop roundups: NAME, ROLE, PLACE: "C."', roundup),
    named("structure.transcript", "3", "LABEL: utterance", transcript),
    named("structure.qa", "3", "Q: ... A: ...", qa_interview),
    named("structure.qa_named", "3", "Q: Does OTHER ...? A: ... (the interviewee answers)", qa_named),
    named("structure.dateline", "7", "datelines are never speakers or content", dateline),
    named("source.document", "5", "documents credit their issuer", document_source),
    named("source.document_issuer", "5", "according to a recent report from ORG", document_issuer),
    named("speaker.stance_verb_group", "-", "SUBJECT hasn't yet backed OBJECT", stance_verb_group),
    named("structure.credit_line", "3", '"C." then a paragraph "- NAME."', credit_line),
    named("marks.single_nested", "8", "double marks nested in a single-mark quotation", marks_single_nested),
    named("names.honorific", "4", "Mr./Ms. SURNAME names the person of that gender", honorific_surname),
    named("cue.closing_report", "1", 'NAME VERB (MODIFIERS). "C."', closing_report),
    named("structure.colon_introduction", "3", 'CLAUSE: "C." (any verb, or none)', colon_introduction),
    named("cue.comma_introduction", "1", 'NAME VERB (MODIFIERS), "C."', comma_introduction),
    named("speaker.participle_subject", "-", "OPENING, NAME VERB OBJECT, saying C", participle_subject),
    named(
        "structure.paragraph_continued",
        "3",
        '"C1," NAME VERB. / "C2." (the next paragraph goes on with the quote)',
        paragraph_continued,
    ),
    named("cue.credit_tail", "1", '"C," NAME VERB TAIL.', trailing_credit_tail),
    named("cue.credit_participle", "1", '"C?" NAME VERB, PARTICIPLE ... that ...', credit_participle),
    named("indirect.fronted_even_as", "2", "Even as NAME said C, MAIN CLAUSE.", fronted_even_as),
    named("mixed.naming_adjunct", "2", 'NAME called X "Q" in/for/on ...', naming_adjunct),
    named("speaker.naming_participle", "1", 'CLAUSE, describing X as "Q."', naming_participle),
    named("structure.report_carryover", "3", 'NAME said C. / "Q." (the next paragraph)', report_carryover),
    named("cue.frame_going_on", "1", '"C," NAME went on. / NAME pressed on, "C."', frame_going_on),
    named("speaker.infinitive_report", "1", "SUBJECT went on to say, was prompted to say", infinitive_report),
    named("speaker.subject_chain", "4", "NAME, the ROLE of X, ORG, said / whose N, ORG, said", subject_chain),
    named("cue.credit_aside", "1", 'CLAUSE - "C," NAME VERB - CLAUSE (the aside: content C)', credit_aside),
    named("names.body", "4", "bodies named over of/and or with a possessive inside", body_names),
    named("names.ly_endings", "1", "names that end like an -ly adverb open a sentence", ly_names),
    named(
        "names.body_evidence",
        "4",
        "the BODY / BODY said on its website: a body with no org word",
        body_evidence,
    ),
    named("title.body_modifier", "6", "BODY MODIFIER ROLE NAME said", title_body_modifier),
    named("speaker.coordinated_names", "-", "A and B said C / A, B and C said: the group", coordinated_names),
    named(
        "cue.credit_source",
        "5",
        '"C," NAME, AGE, APPOSITION, VERB. / "C," VERB a NOUN MODIFIER.',
        trailing_credit_source,
    ),
    named("quote.titles_of_works", "8", 'the reality show "TITLE" / known as "NAME"', titles_of_works),
    named(
        "speaker.participle_after_possessed",
        "-",
        "NAME VERBED POSS NOUN saying that C: the subject's report",
        participle_after_possessed,
    ),
    named("structure.dash_colon_credit", "3", 'TOPIC - (More from) NAME: "C."', dash_colon_credit),
    named("structure.dateline_agency", "7", "Place (AGENCY) – NAME ..., saying C", dateline_agency),
    named("title.hyphenated", "6", '"C," said PLACE-based ROLE NAME / Vice-chair NAME', title_hyphenated),
    named(
        "speaker.coordinated_predicate",
        "-",
        'NAME VERB OBJECT and CUE "C." / and CUE CLAUSE: the subject of the first verb speaks',
        coordinated_predicate,
    ),
    *ROUND7,
    *ROUND8_MX9,
    *ROUND8_IND9,
    *ROUND8_BEH8,
    *ROUND8_SPK9,
    *ROUND8_TTL9,
    *ROUND9_LFT10,
    *ROUND9_SPK10,
    *ROUND10_ATT11,
    *ROUND8_SAL9,
    *ROUND8_DOC9,
    *ROUND9_IND10,
    *ROUND9_DIR10,
    *ROUND9_MAIN,
    *ROUND10_MAIN,
    *ROUND11_MAIN,
    *ROUND12_F13T,
    *ROUND12_F13P,
    *ROUND12_F13X,
    *ROUND11_H9Q,
    *ROUND11_H9N,
    *ROUND11_H9P,
    *ROUND11_H9S,
    *ROUND9_H7W,
    *ROUND10_LAB11,
    *ROUND10_PRN11,
    *ROUND10_H8W,
    named("speaker.catenative", "-", "SUBJECT continued to / tended to VERB C", catenative_report),
    named("structure.fronted_act", "-", "After NAME testified, MAIN / As NAME noted, C", fronted_act),
    named("stance.object_extent", "-", "NAME VERB OBJECT (and ..., lists, times)", stance_object_extent),
    named("stance.prepositional", "-", "NAME pushed for / apologized for OBJECT", prepositional_stance),
    named("cue.compound", "1", "the think tank / talk show said C: the compound is no cue", cue_compound),
    named("speaker.reduced_relative", "-", "NOUN VERB-ing OBJECT said C", reduced_relative_subject),
    named("speaker.document_participle", "-", "DOCUMENT(,) PARTICIPLE ...(,) said C", document_participle),
    named("speaker.participle_aside", "-", "SUBJECT, PARTICIPLE C1, said C2", subject_participle_aside),
    *ROUND12_MAIN,
    *ROUND13_F14D,
    *ROUND13_F14T,
    *ROUND13_F14P,
    *ROUND13_H11N,
    *ROUND13_H11S,
    *ROUND13_MAIN,
    *ROUND14_H12S,
    *ROUND14_F15T,
    *ROUND14_F15P,
    *ROUND14_F15D,
    *ROUND14_H12A,
    *ROUND14_H12T,
    *ROUND14_M15S,
    *ROUND14_M15R,
    *ROUND15_MAIN,
    *ROUND15_F16D,
    *ROUND15_F16I,
    *ROUND16_MAIN,
    *ROUND16_F17I,
    *ROUND16_F17D,
    *ROUND17_MAIN,
    *ROUND17_F18SP,
    *ROUND18_MAIN,
    *ROUND18_F19SPAN,
    *ROUND18_F19DOC,
    *ROUND18_F19SPK,
    *ROUND19_G20LABEL,
    *ROUND18_F19CAT,
    *ROUND18_F19WRONG,
    *ROUND18_F19TTL,
    *ROUND19_F20NOM,
    *ROUND19_F20TTL,
    *ROUND19_G20WRONGX,
    *ROUND19_F20IND,
    *ROUND19_MAIN,
    *ROUND19_G20DOCS,
    *ROUND19_F20ORG,
    *ROUND19_F20WHO,
    *ROUND19_G20LEDE,
    *ROUND20_F21DISC,
    *ROUND20_F21SPK,
    *ROUND21_H22TTL,
    *ROUND20_F21TTL,
    *ROUND20_MAIN,
    *ROUND20_G21DET,
    *ROUND21_F22COLON,
    *ROUND21_F22TTL,
    *ROUND21_F22NOM,
    *ROUND21_G22CUE,
    *ROUND21_H22SAL,
    *ROUND22_H23DOC,
    *ROUND22_F23ORG,
    *ROUND22_F23ROLE,
    *ROUND22_F23APP,
    *ROUND22_F23SAL,
    *ROUND22_H23PART,
    *ROUND22_H23SAL,
    *ROUND23_H24TTL,
    *ROUND23_F24TTL,
    *ROUND23_F24DESC,
    *ROUND22_H23TTL,
    *ROUND23_F24PREC,
    *ROUND23_F24ORG,
    *ROUND23_H24SAL,
    *ROUND24_MAIN,
    *ROUND24_H25APP,
    *ROUND24_H25BODY,
    *ROUND24_H25NEG,
    *ROUND24_H26TTL,
    *ROUND24_H26SAL,
    *ROUND24_H26FRAME,
    *ROUND25_H28GEN,
    *ROUND25_MAIN,
    *ROUND25_H27NAMES,
    *ROUND25_H27QUOTED,
    *ROUND25_H28FRAME,
    *ROUND25_H28SAL,
    *ROUND25_H28MARKS,
    *ROUND26_MAIN,
    *ROUND26_H29ROLES,
    *ROUND26_H29ANON,
    *ROUND26_H29MEDIUM,
    *ROUND27_MAIN,
    *ROUND27_H30DOCS,
    *ROUND27_H30NAMED,
    *ROUND28_MAIN,
    *ROUND28_H31RELATIVE,
    *ROUND28_H31NOMINAL,
    *ROUND28_H31ADJUNCT,
    *ROUND29_MAIN,
    *ROUND29_H32FACILITY,
    *ROUND29_H32PARTICLES,
    *ROUND29_H32BEATS,
    *ROUND30_MAIN,
    *ROUND30_H33KIN,
    *ROUND30_H33PREROLE,
    *ROUND30_H33ASKED,
    *ROUND31_MAIN,
    *ROUND32_MAIN,
    *ROUND33_MAIN,
    *ROUND34_MAIN,
    *ROUND35_MAIN,
    *ROUND36_MAIN,
    *ROUND37_MAIN,
    *ROUND38_MAIN,
    *ROUND39_MAIN,
    *ROUND40_MAIN,
    *ROUND41_MAIN,
    *ROUND42_MAIN,
    *ROUND44_MAIN,
    *ROUND45_MAIN,
    *ROUND46_MAIN,
    *ROUND47_MAIN,
    *ROUND47_WORLD,
    *ROUND48_MESSY,
    *ROUND48_LOCAL,
    *ROUND48_DOCS,
    *ROUND49_DOCS,
    *ROUND49_PEOPLE,
    *ROUND49_WORLD,
    *ROUND50_COURTS,
    *ROUND50_MEDIA,
    *ROUND51_ONLINE,
    *ROUND52_TRIBUTES,
    *ROUND53_READINGS,
    *ROUND54_RANKS,
    *ROUND55_PAGES,
    *ROUND56_FRAMES,
    *ROUND57_TRUST,
    *ROUND58_TRUST,
    *ROUND31_H35APPOINT,
    *ROUND31_H35AGE,
)

__all__ = ["CAPABILITIES", "Marks"]
