"""Development capabilities added on branch ``h12s`` in the fifteenth round: what stands
between a cue and its content, and what a verb of seeking does not report.

* A verb of seeking or asking whose object names an office the subject runs for (`is seeking
  a third term`, `will seek re-election next spring`, `sought the Labour nomination`) or the
  source's own anonymity (`who asked for anonymity because ...`) reports no view: no quote,
  and the main clause's report stays. A recount or assurances sought stay a stance.
* A phrase of place after a cue or its addressee (`told dockers aboard the night ferry to
  Stornoway that`, `said behind closed doors that`) is the act's setting: the content opens
  at *that* (or the quotation).
* An adverb of manner between a verb of asking or saying and its clause (`wondered out loud
  whether`, `asked sharply whether`, `asked the minister bluntly whether`) belongs to the
  frame: the content opens at *whether* or *that*.
* A quotation between a definite determiner and its noun (`the "park and ride for everyone"
  scheme`) and the words on a sign (`banners reading "..."`) are labels: no quote.

People, bodies, places and sentences of their own. ``captemplates.py`` adds
:data:`ROUND14_H12S` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, possessive) of the people in the sentences.
PEOPLE = (
    ("Perpetua Vanstone", "her"),
    ("Ignatius Okafor-Reyes", "his"),
    ("Henrietta Szabo", "her"),
    ("Lachlan Abernethy", "his"),
    ("Marguerite Olawale", "her"),
    ("Evander Quist", "his"),
)
#: Reported clauses (no final stop).
CLAUSES = (
    "the night ferry would keep running through the winter",
    "the library roof had been patched twice since March",
    "the county had underspent its flood budget",
    "the tram depot would not be sold before the election",
    "nurses on the children's ward had not been paid overtime",
)
#: Direct quotations (no final punctuation).
QUOTES = (
    "We are not finished with this harbour",
    "Nobody in this valley asked for a toll",
    "The depot stays open as long as I am here",
)
#: Verb groups of seeking an office and their objects: NAME + verb + object (+ time).
OFFICE_SEEKING = (
    "is seeking a third term on the county board",
    "will seek re-election next spring",
    "has sought the Labour nomination for mayor since March",
    "sought {pos} party's nomination for the Senate seat in 2014",
    "is seeking the governorship for a second time",
    "was seeking a seat on the harbour commission",
    "will not seek a fourth term this autumn",
    "is seeking the presidency of the fishermen's union",
)


def office_sought() -> Iterator[Case]:
    """'NAME is seeking a third term ...' -> no quote; 'NAME, who is seeking re-election, said
    C.' -> one indirect report by NAME."""
    combos = itertools.product(PEOPLE, OFFICE_SEEKING, range(2))
    for (full, pos), frame, shape in sample(combos, 90, "h12s_office"):
        seeking = frame.format(pos=pos)
        if shape == 0:
            yield Case("", "alone", f"{full} {seeking}.", [])
        else:
            k = (PEOPLE.index((full, pos)) + OFFICE_SEEKING.index(frame)) % len(CLAUSES)
            text = f"{full} {seeking}. On Tuesday {full} said {CLAUSES[k]}."
            yield Case("", "then_said", text, [Expect(CLAUSES[k], "indirect", full)])


#: Stance objects of seeking that stay reports: a demand on others.
SOUGHT_STANCES = (
    ("is seeking a recount in two wards", "a recount in two wards"),
    (
        "sought assurances that the ferry fares would stay frozen",
        "assurances that the ferry fares would stay frozen",
    ),
    ("has requested an inquiry into the tram contract", "an inquiry into the tram contract"),
)


def sought_stance() -> Iterator[Case]:
    """'NAME is seeking a recount in two wards.' -> the stance stays (a contrast to
    :func:`office_sought`)."""
    for (full, _), (frame, obj) in itertools.product(PEOPLE, SOUGHT_STANCES):
        yield Case("", frame.split()[1], f"{full} {frame}.", [Expect(obj, "indirect", full)])


#: Anonymous sources (phrase, accepted speaker names).
ANON_SOURCES = (
    ("a hospital administrator", ("hospital administrator", "a hospital administrator")),
    ("a council aide", ("council aide", "a council aide")),
    ("a union organizer", ("union organizer", "a union organizer")),
    ("a port authority engineer", ("port authority engineer", "a port authority engineer")),
)
#: Relative clauses that give the condition of anonymity.
ANON_CONDITIONS = (
    "who asked for anonymity because she was not authorized to speak publicly",
    "who sought anonymity to describe the private talks",
    "who insisted on anonymity for fear of losing his job",
    "who requested anonymity to speak candidly about the budget",
    "who demanded anonymity because the talks were private",
)


def anonymity_condition() -> Iterator[Case]:
    """'A SOURCE, who asked for anonymity ..., said C.' and '"Q," said a SOURCE, who requested
    anonymity ...': one report by the source, none of the anonymity."""
    combos = itertools.product(range(len(ANON_SOURCES)), range(len(ANON_CONDITIONS)), MARKS, range(2))
    for s, c, m, shape in sample(combos, 100, "h12s_anon"):
        phrase, names = ANON_SOURCES[s]
        cond = ANON_CONDITIONS[c]
        k = (s + c + shape) % len(CLAUSES)
        if shape == 0:
            text = f"{phrase[0].upper()}{phrase[1:]}, {cond}, said {CLAUSES[k]}."
            yield Case("", "before", text, [Expect(CLAUSES[k], "indirect", names)])
        else:
            q = m.q(QUOTES[k % len(QUOTES)] + ",")
            yield Case("", "after", f"{q} said {phrase}, {cond}.", [Expect(q, "direct", names)])


#: Addressees and phrases of place after them.
SETTINGS = (
    ("dockers", "aboard the night ferry to Stornoway"),
    ("shoppers", "outside the market hall in Perth"),
    ("farmers", "across the valley"),
    ("nurses", "beside the shuttered ward in Oban"),
    ("the crowd", "opposite the town hall"),
    ("reporters", "behind the stage at the Corn Exchange"),
    ("volunteers", "inside a packed church hall in Dundee"),
    ("commuters", "aboard {pos} campaign bus in Inverness"),
)


def place_after_addressee() -> Iterator[Case]:
    """'NAME told ADDRESSEE PLACE that C.' -> content from *that*; 'NAME told ADDRESSEE PLACE:
    "Q."' -> the quotation; 'NAME said PLACE that C.'"""
    combos = itertools.product(PEOPLE, range(len(SETTINGS)), MARKS, range(3))
    for (full, pos), st, m, shape in sample(combos, 120, "h12s_place"):
        who, where = SETTINGS[st]
        where = where.format(pos=pos)
        k = (PEOPLE.index((full, pos)) + st) % len(CLAUSES)
        if shape == 0:
            text = f"{full} told {who} {where} that {CLAUSES[k]}."
            yield Case("", "told_that", text, [Expect(f"that {CLAUSES[k]}", "indirect", full)])
        elif shape == 1:
            q = m.q(QUOTES[k % len(QUOTES)] + ".")
            yield Case("", "told_colon", f"{full} told {who} {where}: {q}", [Expect(q, "direct", full)])
        else:
            text = f"{full} said {where} that {CLAUSES[k]}."
            yield Case("", "said_that", text, [Expect(f"that {CLAUSES[k]}", "indirect", full)])


#: Frames with an adverb between the verb and *whether* / *that*.
ADVERB_FRAMES = (
    ("wondered out loud", "whether"),
    ("asked sharply", "whether"),
    ("asked the minister bluntly", "whether"),
    ("asked aloud", "whether"),
    ("wondered aloud", "if"),
    ("mused aloud", "that"),
    ("said quietly", "that"),
    ("asked repeatedly", "whether"),
)


def adverb_before_clause() -> Iterator[Case]:
    """'NAME wondered out loud whether C.', 'NAME asked the minister bluntly whether C.' -> the
    content opens at the complementizer."""
    for (full, _), (frame, comp), k in itertools.product(PEOPLE, ADVERB_FRAMES, range(len(CLAUSES))):
        text = f"{full} {frame} {comp} {CLAUSES[k]}."
        yield Case("", frame.split()[-1], text, [Expect(f"{comp} {CLAUSES[k]}", "indirect", full)])


#: Things named by a quoted premodifier: (frame with {q}, quoted words).
PREMODIFIED = (
    ("The council approved the {q} scheme on Tuesday.", "park and ride for everyone"),
    ("The ministry shelved its {q} plan after the vote.", "roads before rails"),
    ("Harbour pilots have worked under the {q} rule since 2019.", "one pilot per ship"),
    ("The county collected its {q} levy for a decade.", "a penny for the parks"),
)
#: Written things and their words: (frame with {q}, words).
SIGNS = (
    ("Protesters carried banners reading {q} past the depot in Leeds.", "no more cuts to the buses"),
    ("Students held placards bearing {q} outside the town hall.", "hands off our library"),
    ("Dockers wore badges reading {q} at the hearing.", "one port, one union"),
)


def quoted_label() -> Iterator[Case]:
    """'the "park and ride for everyone" scheme' (a quotation between a definite determiner and
    its noun) and 'banners reading "..."': nobody's words, no quote; also after a sentence that
    names a person."""
    combos = itertools.product(PREMODIFIED + SIGNS, MARKS, range(2))
    for (frame, words), m, lead in sample(combos, 80, "h12s_label"):
        text = frame.format(q=m.q(words))
        if lead:
            full = PEOPLE[(len(frame) + len(words)) % len(PEOPLE)][0]
            text = f"{full} is seeking a fourth term on the county board. {text}"
        yield Case("", "sign" if (frame, words) in SIGNS else "premodifier", text, [])


ROUND14_H12S: tuple[Capability, ...] = (
    named(
        "nonreport.office_sought",
        "1",
        "NAME is seeking a third term / sought re-election: no quote; a later said-report stays",
        office_sought,
    ),
    named(
        "stance.sought_demand",
        "4",
        "NAME is seeking a recount / sought assurances that C: the stance stays",
        sought_stance,
    ),
    named(
        "nonreport.anonymity_condition",
        "1",
        "A SOURCE, who asked for anonymity because ..., said C: one report, not the anonymity",
        anonymity_condition,
    ),
    named(
        "indirect.place_after_addressee",
        "4",
        "NAME told ADDRESSEE aboard/outside/behind PLACE that C: content from *that*",
        place_after_addressee,
    ),
    named(
        "indirect.adverb_before_clause",
        "4",
        "NAME wondered out loud / asked sharply whether C: content from *whether*",
        adverb_before_clause,
    ),
    named(
        "nonreport.quoted_label",
        "1",
        'the "park and ride for everyone" scheme; banners reading "...": no quote',
        quoted_label,
    ),
)
