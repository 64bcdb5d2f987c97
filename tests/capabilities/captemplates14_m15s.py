"""Development capabilities added on branch ``m15s`` in the fifteenth round: where a report's
content and cue begin and end.

* A stance verb whose object is a noun of saying or thinking with its *that* clause
  (`rejected claims that C`, `dismissed the wild notion that C`) reports the noun phrase with its
  clause, which runs like a that-clause (a closing time phrase stays: `since 2019`). PolNeAR train
  keys the noun inside the content about twice as often as in the cue (see docs/rules.md).
  A plain noun-phrase object stays a stance object (the control).
* A phrasal verb before *that* (`shot back that C`, `hit back that C`) is the cue as a whole:
  the subject before it speaks, never `NAME shot`.
* A participle of naming (`, calling the levy "Q" and daring ...`) ends its content with the
  quotation, as the finite verb does.
* `said at least four X were ...`: *at least* / *at most* is a quantifier opening the content,
  not a modifier of the cue (`said at the meeting that C`, the control, still skips its phrase).

People, bodies, places and sentences of their own. ``captemplates.py`` adds
:data:`ROUND14_M15S` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: Full names of the people in the sentences.
PEOPLE = (
    "Rosalind Achterberg",
    "Thaddeus Mbeki-Olsen",
    "Wilhelmina Corrigan",
    "Barnaby Featherstone",
    "Ottoline Vasquez",
    "Cormac Delacroix",
)
#: Reported clauses (no final stop).
CLAUSES = (
    "the tram extension had been shelved",
    "the reservoir would run dry by August",
    "the harbour trust had sold the slipway",
    "the school meals contract was rigged",
    "the clinic had lost its licence",
)
#: Time phrases that close a that-clause and stay in it.
TIMES = ("", " since 2019", " for five years", " last winter")
#: Stance verb + object noun phrase before *that*.
NOUN_OBJECTS = (
    ("rejected", "claims"),
    ("dismissed", "suggestions"),
    ("rejected", "the notion"),
    ("dismissed", "the idea"),
    ("denied", "persistent rumours"),
    ("ridiculed", "the theory"),
    ("disputed", "reports"),
    ("brushed aside", "speculation"),
)
#: Stance verb + plain object (the control: a stance object, cut before its time phrase).
PLAIN_OBJECTS = ("rejected the plan", "dismissed the survey", "backed the proposal")


def noun_that_clause() -> Iterator[Case]:
    """'NAME rejected claims that C (since 2019).' -> 'claims that C (since 2019)' by NAME; control
    'NAME rejected the plan.' -> the stance object 'the plan'."""
    combos = itertools.product(PEOPLE, range(len(NOUN_OBJECTS) + 1), range(len(CLAUSES)), TIMES)
    for full, f, c, time in sample(combos, 120, "m15s_noun_that"):
        if f == len(NOUN_OBJECTS):
            obj = PLAIN_OBJECTS[c % len(PLAIN_OBJECTS)]
            yield Case("", "plain", f"{full} {obj}.", [Expect(obj.split(" ", 1)[1], "indirect", full)])
            continue
        verb, obj = NOUN_OBJECTS[f]
        content = f"{obj} that {CLAUSES[c]}{time}"
        text = f"{full} {verb} {content}."
        yield Case("", obj.split()[-1], text, [Expect(content, "indirect", full)])


#: Phrasal verbs of retort before *that*.
PHRASAL = ("shot back", "hit back", "fired back", "snapped back")


def phrasal_that() -> Iterator[Case]:
    """'NAME shot back that C.' -> 'that C' by NAME; control '"Q," NAME shot back.'"""
    combos = itertools.product(PEOPLE, PHRASAL, range(len(CLAUSES)), range(3))
    for full, verb, c, shape in sample(combos, 90, "m15s_phrasal"):
        if shape < 2:
            lead = "" if shape == 0 else f"{full} was asked about the vote. "
            who = full if shape == 0 else full.split()[-1]
            text = f"{lead}{who} {verb} that {CLAUSES[c]}."
            yield Case("", f"that_{shape}", text, [Expect(f"that {CLAUSES[c]}", "indirect", full)])
        else:
            m = MARKS[c % len(MARKS)]
            q = m.q("Nobody asked the tenants,")
            yield Case("", "frame", f"{q} {full} {verb}.", [Expect(q, "direct", full)])


#: A participle of naming, its object and what follows the quotation after *and*.
NAMING = (
    ("calling", "the levy", "and daring the council to scrap it"),
    ("branding", "the scheme", "and tearing up her copy"),
    ("labelling", "the report", "and walking out of the chamber"),
)
#: Quoted names (no final punctuation).
LABELS = ("a tax on the poor", "an insult to the valley", "a whitewash from start to finish")


def naming_participle() -> Iterator[Case]:
    """'NAME vetoed the bill, calling the levy "Q" and daring ...' -> 'the levy "Q"' by NAME."""
    combos = itertools.product(PEOPLE, NAMING, LABELS, MARKS)
    for full, (verb, obj, tail), label, m in sample(combos, 90, "m15s_naming"):
        q = m.q(label)
        text = f"{full} voted against the budget on Monday, {verb} {obj} {q} {tail}."
        yield Case("", verb, text, [Expect(f"{obj} {q}", "mixed", full)])


#: Quantifiers after *said*, and the control: a cue's modifier before *that*.
QUANTIFIERS = ("at least four", "at most two", "at least a dozen")


def quantifier_content() -> Iterator[Case]:
    """'NAME said at least four wardens were "Q."' -> the mixed report from *at least*;
    control 'NAME said at the meeting that C.' -> 'that C'."""
    combos = itertools.product(PEOPLE, range(len(QUANTIFIERS) + 1), MARKS)
    for full, f, m in sample(combos, 80, "m15s_quant"):
        if f == len(QUANTIFIERS):
            k = PEOPLE.index(full) % len(CLAUSES)
            text = f"{full} said at the meeting that {CLAUSES[k]}."
            yield Case("", "control", text, [Expect(f"that {CLAUSES[k]}", "indirect", full)])
            continue
        q = m.q("under pressure from the top")
        content = f"{QUANTIFIERS[f]} wardens who backed the plan were {q}"
        yield Case("", "quantifier", f"{full} said {content}.", [Expect(content, "mixed", full)])


ROUND14_M15S: tuple[Capability, ...] = (
    named(
        "stance.noun_that_clause",
        "4",
        "NAME rejected claims / dismissed the notion that C (since 2019): the whole clause",
        noun_that_clause,
    ),
    named(
        "indirect.phrasal_that",
        "4",
        "NAME shot back / hit back that C: NAME speaks, cue 'shot back'",
        phrasal_that,
    ),
    named(
        "mixed.naming_participle_end",
        "4",
        ', calling the levy "Q" and daring ...: the content ends with the quotation',
        naming_participle,
    ),
    named(
        "mixed.quantifier_content",
        "4",
        'NAME said at least four wardens were "Q": content from *at least*',
        quantifier_content,
    ),
)
