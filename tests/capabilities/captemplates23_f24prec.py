"""Development capabilities added on branch ``f24prec`` in the twenty-fourth round: words
written on a thing (a sign, a banner, a placard, a poster) are nobody's speech, also when the
thing's noun phrase runs on with a modifier before its verb of bearing words.

* *A sign taped to the clinic's front door read "C".*, *A gate bore a hand-written sign
  reading "C".*: no quotation, and the sign (or the door, or the gate) is never a speaker.
* A person's quotation right after such a sentence keeps its speaker.
* *Stallholders call the covered lane "the tunnel".*, *Hill farmers have long called the track
  "the chimney"*: an unnamed crowd's habitual naming gives the name a thing goes by (title case,
  or lower case after *the*), no quotation; a named speaker's naming and a crowd's evaluation
  (*Critics call the levy "a stealth tax"*) stay quotations.

Signs, places and people of our own. ``captemplates.py`` adds :data:`ROUND23_F24PREC` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Things that bear written words (singular, as they open a noun phrase after *a*/*the*).
THINGS = ("sign", "sticker", "banner", "placard", "poster", "hand-written sign", "printed banner", "plaque")
#: Modifiers after the thing's noun: participles and place phrases.
MODIFIERS = (
    "taped to the clinic's front door",
    "pinned to the depot gate",
    "hung from the town hall balcony",
    "stuck to the ticket machine",
    "nailed to a fence post beside the ferry ramp",
    "on the ward's locked door",
    "outside the shuttered bakery",
    "above the pharmacy counter in Mombasa Road",
    "propped against the school railings",
    "fixed to the bus shelter on Rue Sainte-Anne",
)
#: Verbs of bearing words, as they stand after the modifier.
BEARING = ("read", "reads", "said", "says")
#: The words on the thing (without marks).
WORDS = (
    "CLOSED UNTIL FURTHER NOTICE",
    "No Staff, No Service",
    "Back in ten minutes",
    "Hakuna Maji Leo",
    "Cash only, no cards",
    "Save Our Surgery",
    "Ferme pour travaux",
    "STRIKE ON - NO SERVICE TODAY",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))
#: Openers of the sentence before the thing.
OPENERS = ("By Friday afternoon,", "On Monday,", "At the Kipsigis Road clinic,", "In Dunedin,", "")
#: Carriers that bear a thing (subject, verb): 'a padlocked gate bore a sign reading'.
CARRIERS = (
    ("a padlocked gate", "bore"),
    ("the locked pharmacy window", "carried"),
    ("the empty ticket booth", "displayed"),
    ("one shuttered stall", "had"),
    ("the depot fence", "bore"),
)
#: People who speak after the sign: (name, title phrase).
PEOPLE = (
    ("Wanjiru Kamau", "the clinic's head nurse"),
    ("Tomasz Zielinski", "the bakery's owner"),
    ("Aroha Ngata", "a union organiser"),
    ("Siddharth Menon", "the depot manager"),
    ("Fionnuala Byrne", "a local councillor"),
)


def _opened(opener: str, rest: str) -> str:
    """The sentence *rest* after *opener* (capitalised when there is no opener)."""
    return f"{opener} {rest}" if opener else rest[:1].upper() + rest[1:]


def modified_sign() -> Iterator[Case]:
    """'A sign taped to the door read "C".': no quotation, the sign never a speaker."""
    combos = itertools.product(THINGS, MODIFIERS, BEARING, WORDS, MARKS, OPENERS)
    for thing, mod, verb, words, (o, c), opener in sample(combos, 240, "f24prec-modified-sign"):
        quote = f"{o}{words}{c}"
        text = _opened(opener, f"a {thing} {mod} {verb} {quote}.")
        head = thing.split()[-1]
        yield Case("", f"modified|{verb}", text, [], True, (), [(quote, head), (quote, thing)])


def carried_sign() -> Iterator[Case]:
    """'A padlocked gate bore a sign reading "C".': no quotation, neither the gate nor the
    sign a speaker (a notice stands for its issuer: golden ``document/notice-read``)."""
    combos = itertools.product(CARRIERS, THINGS, ("reading", "that read", "saying"), WORDS, MARKS, OPENERS)
    for (carrier, bore), thing, verb, words, (o, c), opener in sample(combos, 160, "f24prec-carried-sign"):
        quote = f"{o}{words}{c}"
        text = _opened(opener, f"{carrier} {bore} a {thing} {verb} {quote}.")
        head = thing.split()[-1]
        yield Case("", f"carried|{verb}", text, [], True, (), [(quote, head), (quote, carrier.split()[-1])])


#: Quotations a person says after the sign (without closing punctuation).
SAID = (
    "We had no choice but to shut the doors",
    "Nobody from the ministry has called us back",
    "People are turning up every morning and going home with nothing",
)


def sign_then_speaker() -> Iterator[Case]:
    """'A sign taped to the door read "C". "Q," NAME, TITLE, said.': no quote for the sign,
    and Q is NAME's."""
    combos = itertools.product(THINGS, MODIFIERS, WORDS, PEOPLE, SAID, MARKS)
    for thing, mod, words, (name, title), said, (o, c) in sample(combos, 120, "f24prec-sign-speaker"):
        sign = f"{o}{words}{c}"
        quote = f"{o}{said},{c}"
        text = f"A {thing} {mod} read {sign}. {quote} {name}, {title}, said."
        yield Case(
            "",
            "then-speaker",
            text,
            [Expect(quote, "direct", name)],
            True,
            (),
            [(sign, thing.split()[-1])],
        )


#: Unnamed crowds as a naming verb's subject (plural heads, some outside any list, some with a
#: modifier before the head).
CROWDS = (
    "Expeditioners",
    "Stallholders",
    "Market traders",
    "Older residents",
    "Ferry crews",
    "Hill farmers",
    "Night porters",
    "Villagers",
    "Regulars",
    "Taxi drivers",
)
#: Habitual naming verbs after a plural subject (plain present, perfect with an adverb).
HABIT_VERBS = (
    "call",
    "have long called",
    "still call",
    "have always called",
    "now call",
    "affectionately call",
)
#: Named things (objects of the naming verb).
NAMED_OBJECTS = (
    "the old grain silo",
    "that stretch of the ring road",
    "the bend below the dam",
    "the covered lane",
    "the east wind",
    "the steep track above the quarry",
)
#: Names a thing goes by: title case, or lower case after *the*.
NAMES = (
    "the Long Drop",
    "Fort Knox",
    "the chimney",
    "the ghost road",
    "the dead mile",
    "the Kettle",
    "the graveyard",
)
#: What may follow the name.
TAILS = (".", " because of how fast the wind funnels through it.", " for the colour of its dust.")


def crowd_habitual_main() -> Iterator[Case]:
    """'Stallholders call the covered lane "the tunnel".', 'Hill farmers have long called the
    track "the chimney" because ...': the name a thing goes by, no quotation, the crowd no
    speaker."""
    combos = itertools.product(CROWDS, HABIT_VERBS, NAMED_OBJECTS, NAMES, MARKS, TAILS)
    for crowd, verb, obj, name, (o, c), tail in sample(combos, 300, "f24prec-crowd-habit"):
        marked = f"{o}{name}{c}"
        text = f"{crowd} {verb} {obj} {marked}{tail}"
        yield Case("", f"crowd|{verb.split()[-1]}", text, [], True, (), [(marked, crowd)])


#: Named speakers for the controls.
SPEAKERS = ("Ida Marr", "Kwabena Osei-Tutu", "Marguerite Lavoie", "Rahul Deshpande", "Siobhan Keane")
#: Evaluations in lower case after an indefinite article (quotations, not names).
EVALUATIONS = ("a giveaway to developers", "a stealth tax", "an insult to every commuter", "a slow disaster")
#: Crowds that judge rather than name.
JUDGES = ("Critics", "Opponents", "Campaigners", "Residents")


def naming_controls_f24() -> Iterator[Case]:
    """Positive controls: a named speaker's naming ('NAME calls the bridge "the Long Drop"',
    'NAME called the plan "a stealth tax"') and a crowd's evaluation ('Critics call the levy
    "a stealth tax"') stay quotations with their speaker."""
    combos = itertools.product(range(3), SPEAKERS, JUDGES, NAMED_OBJECTS, EVALUATIONS, NAMES, MARKS)
    for shape, name, judges, obj, evaluation, term, (o, c) in sample(combos, 150, "f24prec-naming-controls"):
        if shape == 0:
            text = f"{name} called {obj} {o}{evaluation}{c} on Monday."
            yield Case("", "named|past", text, [Expect(f"{obj} {o}{evaluation}{c}", "mixed", name)])
        elif shape == 1:
            text = f"{judges} call {obj} {o}{evaluation}{c}."
            yield Case("", "judges|present", text, [Expect(f"{obj} {o}{evaluation}{c}", "mixed", judges)])
        else:
            text = f"{name} calls {obj} {o}{term}{c}."
            yield Case("", "named|present", text, [Expect(f"{obj} {o}{term}{c}", "mixed", name)])


ROUND23_F24PREC: tuple[Capability, ...] = (
    named(
        "inscription.modified_thing",
        "-",
        'A SIGN taped to the door read "C".: no quotation, the sign no speaker',
        modified_sign,
    ),
    named(
        "inscription.carried_thing",
        "-",
        'A gate bore a SIGN reading "C".: no quotation, neither gate nor sign a speaker',
        carried_sign,
    ),
    named(
        "inscription.then_speaker",
        "-",
        'A SIGN on the door read "C". "Q," NAME, TITLE, said.: no quote for C, Q is NAME\'s',
        sign_then_speaker,
    ),
    named(
        "naming.crowd_habitual_main",
        "-",
        'CROWD (have long) call(s) THING "the NAME": a name, no quotation, the crowd no speaker',
        crowd_habitual_main,
    ),
    named(
        "naming.controls_f24",
        "-",
        'NAME calls X "the NAME"; Critics call X "a stealth tax": quotations with their speaker',
        naming_controls_f24,
    ),
)
