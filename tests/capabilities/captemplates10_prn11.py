"""Development capabilities of helper prn11's round (issue 11, speakers a fact-checker can
trust): a *he*/*she* opening the paragraph after a role description's quotation, a
surname whose particle is capitalised at a sentence start, and an unnamed speaker with
prepositional modifiers of place after a quotation. People, bodies and sentences of
their own (none from the held-out files or a corpus).

``captemplates.py`` adds :data:`ROUND10_PRN11` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named
from captemplates9_main import NAMED as NAMED10

#: Role descriptions with the gender their head gives (None: either).
DESCRIPTIONS10 = (
    ("the party's candidate", None),
    ("a spokeswoman for the canal trust", "f"),
    ("the lock inspector", None),
    ("the harbour master", None),
)
#: What follows the description's verb: nothing, or an adjunct with a name in it (the
#: programme it spoke on names no one the pronoun could mean).
ADJUNCTS10 = ("", " in an interview with Radio Harwick", " on Tuesday")
#: The pronoun's credit after the quotation that opens the next paragraph.
CUES10 = ("went on", "said", "added")
#: The second quotation: one sentence, or two (a capitalised word inside it names no one).
SECONDS10 = ("Nobody will lose a mooring,", "Nobody will lose a mooring. We promised that,")
FIRST10 = "We will drain the basin first,"


def _bare(desc: str) -> str:
    """The description as a speaker's name: without its article."""
    return desc.split(" ", 1)[1] if desc.startswith(("a ", "the ")) else desc


def role_description_next_paragraph() -> Iterator[Case]:
    """NAME ... "C1," DESCRIPTION said [ADJUNCT]. NEW PARAGRAPH "C2," he/she CUE. -> both
    quotes the description's, not NAME's."""
    for person, (desc, gender), adjunct, cue, second, marks in itertools.product(
        NAMED10, DESCRIPTIONS10, ADJUNCTS10, CUES10, SECONDS10, DOUBLE_MARKS
    ):
        # a description of no gender is read with the pronoun the named person cannot take
        pronoun = "she" if (gender or ("m" if person.gender == "f" else "f")) == "f" else "he"
        first, later = marks.q(FIRST10), marks.q(second)
        text = (
            f"{person.full} walked the towpath with the engineers. {first} {desc} said{adjunct}."
            f"\n\n{later} {pronoun} {cue}."
        )
        speaker = _bare(desc)
        yield Case(
            "speaker.role_description_next_paragraph",
            f"{person.surname}|{desc}|{adjunct.strip() or '-'}|{cue}",
            text,
            [Expect(first, "direct", speaker), Expect(later, "direct", speaker)],
            wrong_speakers=[(later, person.full)],
        )


#: Sentences naming a person between the description and the pronoun (the pronoun may be theirs).
BETWEEN10 = (
    "{n} disagreed.",
    "{n} shook her head.",
    "{n}, the trust's engineer, disagreed.",
)


def role_description_named_between() -> Iterator[Case]:
    """ "C1," DESCRIPTION said. NEW PARAGRAPH NAME (she) ... NEW PARAGRAPH "C2," she said. ->
    the second quote is never the description's: a person named in between may be meant."""
    woman = Person("Hedda Quarles", "Quarles", "f", "plain")
    for (desc, _), between, marks in itertools.product(
        DESCRIPTIONS10[:1] + DESCRIPTIONS10[2:], BETWEEN10, DOUBLE_MARKS
    ):
        first, later = marks.q(FIRST10), marks.q(SECONDS10[0])
        text = (
            f"Osric Pellow walked the towpath. {first} {desc} said.\n\n{between.format(n=woman.full)}"
            f"\n\n{later} she said."
        )
        speaker = _bare(desc)
        yield Case(
            "speaker.role_description_named_between",
            f"{desc}|{between}",
            text,
            [Expect(first, "direct", speaker), Expect(later, "direct", woman.full)],
        )


#: People whose surname opens with a particle written in lower case inside the full name.
PARTICLED10 = (
    Person("Bruno de Castellane", "de Castellane", "m", "particles"),
    Person("Ilse van der Meer", "van der Meer", "f", "particles"),
    Person("Rania al Hadid", "al Hadid", "f", "particles"),
    Person("Matteo di Stasio", "di Stasio", "m", "particles"),
    Person("Anouk le Roux", "le Roux", "f", "particles"),
)
#: Openings that name the person in full.
INTROS10 = (
    "{n} toured the flooded quay on Monday.",
    "The harbour board met {n} in March.",
)
#: Credits at a sentence start, with the surname's particle capitalised: (template, kind).
SURNAME_CREDITS10 = (
    ("{s} said the quay would close for the winter.", "indirect"),
    ("{s} told reporters the quay would close for the winter.", "indirect"),
    ("{q} {s} said.", "direct"),
    ("{s} was blunt: {q2}", "direct"),
)


def _capitalised(surname: str) -> str:
    return surname[:1].upper() + surname[1:]


def particle_surname_sentence_start() -> Iterator[Case]:
    """FULL NAME ... 'De Castellane said ...' (the particle capitalised where a sentence or a
    credit opens) -> the person named in full, not a second person 'De Castellane'."""
    for person, intro, (credit, kind), marks in itertools.product(
        PARTICLED10, INTROS10, SURNAME_CREDITS10, DOUBLE_MARKS
    ):
        q, q2 = marks.q("The quay will close for the winter,"), marks.q("The quay will close for the winter.")
        sentence = credit.format(s=_capitalised(person.surname), q=q, q2=q2)
        text = f"{intro.format(n=person.full)}\n\n{sentence}"
        content = {"{q}": q, "{q2}": q2}.get(
            next((k for k in ("{q}", "{q2}") if k in credit), ""), "the quay would close for the winter"
        )
        yield Case(
            "speaker.particle_surname_sentence_start",
            f"{person.shape}|{credit}",
            text,
            [Expect(content, kind, person.full)],
        )


#: Heads of an unnamed speaker: role nouns, person nouns, and trades the lexicon does not list.
HEADS10 = ("nurse", "teacher", "spokeswoman", "captain", "man", "woman", "deckhand", "stallholder")
#: Role and person heads only (an inverted credit widens over the modifiers of those).
KNOWN_HEADS10 = HEADS10[:6]
#: Prepositional modifiers of place: (modifier, place name in it or "").
MODIFIERS10 = (
    ("on the night ferry", ""),
    ("aboard the trawler", ""),
    ("outside the town hall", ""),
    ("near the harbour wall", ""),
    ("on Skye", "Skye"),
    ("near Harwick Pier", "Harwick Pier"),
    ("on the ward in Kelso", "Kelso"),
)
#: After-quote credits: (template, takes only known heads).
NOMINAL_CREDITS10 = (
    ("{q} {det} {np} said.", False),
    ("{q} {det} {np} told reporters.", False),
    ("{q} said {det} {np}.", True),
    ("The quay will stay shut, {det} {np} said.", True),
)


def nominal_with_place_modifier() -> Iterator[Case]:
    """ "C," a deckhand on the ferry said. / "C," said a nurse on Skye. -> the speaker is the
    whole nominal ('deckhand on the ferry'), never the place named in it."""
    for head, (modifier, place), (credit, known), det, marks in itertools.product(
        HEADS10, MODIFIERS10, NOMINAL_CREDITS10, ("a", "the"), DOUBLE_MARKS
    ):
        if known and head not in KNOWN_HEADS10:
            continue
        q = marks.q("We will not sail tonight,") if "{q}" in credit else "The quay will stay shut"
        np = f"{head} {modifier}"
        text = f"The storm closed the harbour on Friday. {credit.format(q=q, det=det, np=np)}"
        yield Case(
            "speaker.nominal_with_place_modifier",
            f"{head}|{modifier}|{credit}",
            text,
            [Expect(q, "direct" if "{q}" in credit else "indirect", np, None)],
            wrong_speakers=[(q, place)] if place else [],
        )


ROUND10_PRN11: tuple[Capability, ...] = (
    named(
        "speaker.role_description_next_paragraph",
        "4",
        'NAME ... "C1," the candidate said. NEW PARAGRAPH "C2," he went on: the candidate, not NAME',
        role_description_next_paragraph,
    ),
    named(
        "speaker.role_description_named_between",
        "4",
        '"C1," the candidate said. NEW PARAGRAPH NAME disagreed. NEW PARAGRAPH "C2," she said: NAME',
        role_description_named_between,
    ),
    named(
        "speaker.particle_surname_sentence_start",
        "4",
        "Bruno de Castellane ... De Castellane said C: one person, named in full",
        particle_surname_sentence_start,
    ),
    named(
        "speaker.nominal_with_place_modifier",
        "4",
        '"C," a deckhand on the ferry said. / "C," said a nurse on Skye: the whole nominal, not Skye',
        nominal_with_place_modifier,
    ),
)
