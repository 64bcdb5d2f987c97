"""Development capabilities added on branch ``g21det`` in the twenty-first round: marks and
phrases that are not quotations.

* A name in quotation marks (a song, a campaign, a programme, a nickname, a book, a word
  discussed as a word) introduced by a naming frame (*known (to everyone) as*, *nicknamed*,
  *dubbed*, *called* after a noun, *referred to as*, *the song*, *the campaign*, *the word*)
  or followed by the noun it names (*the 'Hear Today' campaign*): nobody's words, so no quote
  and no speaker, while a real quotation in the same text keeps its speaker.
* A verb of stance with a clause after its noun or a participle of saying after its object
  (*rejected claims that C*, *welcomed the decision, saying C*): the clause is reported.
* A verb of stance with a bare noun-phrase object (*dismissed the allegations*): measured, not
  fixed (PolNeAR train annotates such objects about two times in three).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND20_G21DET` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (opening, closing) marks: straight, curly, British single.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))
#: Speakers of the real quotation: (name, title written before it).
SPEAKERS = (
    ("Marta Quintanar", "council leader"),
    ("Gordon Hargreave", "club secretary"),
    ("Ruth Okonkwo", "head teacher"),
    ("Peter Lindqvist", "harbour master"),
)
#: Names that go in marks: titles of works, campaigns, places and nicknames.
NAMES = (
    "Rose of the Valley",
    "Clean Streets",
    "the Steps",
    "Mother Lo",
    "Hear Today",
    "Iron Gate",
    "Harbour Lights",
    "The Long Road Home",
)
#: Sentences with a naming frame; {n} is the marked name.
FRAMES = (
    "The old ferry captain was known to everyone on the island as {n}.",
    "The stone stairway is known locally as {n}.",
    "Residents have long referred to the block as {n}.",
    "Her neighbour, nicknamed {n} by the children, ran the corner shop for years.",
    "The council launched a campaign called {n} in the spring.",
    "A new scheme dubbed {n} will open next year.",
    "The choir sang the song {n} at the end of the service.",
    "The film {n} was shot on the pier in 1987.",
    "A programme named {n} pays for the repairs.",
    "The leaflets pointed readers to the {n} campaign.",
    "Tickets for the {n} festival sold out in a day.",
    "The book {n} tells the story of the dock strike.",
)
#: A real quotation after the frame; {o}/{c} are the marks, {name}/{title} the speaker.
QUOTES = (
    (
        "{o}We have waited long enough for this,{c} said {title} {name}.",
        "We have waited long enough for this,",
    ),
    ("{Title} {name} said: {o}Nobody here wants the money wasted.{c}", "Nobody here wants the money wasted."),
)


def marked_names() -> Iterator[Case]:
    """'FRAME with a marked name. | "Q," said TITLE NAME.': only Q, credited to NAME."""
    combos = itertools.product(FRAMES, NAMES, MARKS, SPEAKERS, QUOTES)
    for frame, name, (o, c), (who, title), (quote, content) in sample(combos, 320, "g21det-names"):
        if name.lower().startswith("the ") and "the {n}" in frame:
            continue  # (no 'the "the Steps" festival')
        sentence = frame.format(n=f"{o}{name}{c}")
        text = f"{sentence} {quote.format(o=o, c=c, name=who, title=title, Title=title.capitalize())}"
        expects = [Expect(f"{o}{content}{c}", "direct", who, title)]
        yield Case("", "frame", text, expects, exact=True, forbidden=())


#: Words discussed as words; {w} is the marked word.
WORD_FRAMES = (
    "The word {w} does not appear anywhere in the bill.",
    "The term {w} was first used by dockers in the 1950s.",
    "Many traders still use the phrase {w} for the night market.",
    "Locally the dish is known as {w}.",
)
WORDS = ("mitumba", "cash-for-keys", "the bends", "shovel-ready", "stairway to nowhere")


def words_as_words() -> Iterator[Case]:
    """'The word "W" does not appear ... | "Q," said TITLE NAME.': only Q."""
    combos = itertools.product(WORD_FRAMES, WORDS, MARKS, SPEAKERS, QUOTES)
    for frame, word, (o, c), (who, title), (quote, content) in sample(combos, 160, "g21det-words"):
        said = quote.format(o=o, c=c, name=who, title=title, Title=title.capitalize())
        text = f"{frame.format(w=f'{o}{word}{c}')} {said}"
        expects = [Expect(f"{o}{content}{c}", "direct", who, title)]
        yield Case("", "word", text, expects, exact=True)


#: Persons and bodies whose stance is reported.
SUBJECTS = (
    ("Marta Quintanar", "Marta Quintanar"),
    ("The Harbour Traders' Association", "Harbour Traders' Association"),
    ("Gordon Hargreave", "Gordon Hargreave"),
)
#: A verb of stance, a noun of saying or deciding, and a reported clause.
STANCES = (
    ("rejected", "claims"),
    ("dismissed", "suggestions"),
    ("denied", "reports"),
    ("rejected", "the argument"),
)
CLAUSES = (
    "the ferry would stop running in winter",
    "the rent on the market stalls had doubled",
    "the council had ignored the traders",
)


def clause_objects() -> Iterator[Case]:
    """'SUBJECT rejected claims that C.' -> 'claims that C', credited to SUBJECT."""
    combos = itertools.product(SUBJECTS, STANCES, CLAUSES)
    for (subject, who), (verb, noun), clause in combos:
        text = f"{subject} {verb} {noun} that {clause}."
        yield Case("", "noun clause", text, [Expect(f"{noun} that {clause}", "indirect", who)], exact=False)


#: Verbs of stance with a noun-phrase object, then a participle of saying.
OBJECT_VERBS = (
    ("welcomed", "the decision"),
    ("rejected", "that argument"),
    ("criticised", "the plan"),
    ("declined", "a request for more time"),
    ("dismissed", "the allegations"),
)
PARTICIPLES = ("saying", "arguing that", "noting that", "adding that")


def participle_reports() -> Iterator[Case]:
    """'SUBJECT welcomed the decision, saying C.' -> C, credited to SUBJECT (the object's own
    reading is not checked)."""
    combos = itertools.product(SUBJECTS, OBJECT_VERBS, PARTICIPLES, CLAUSES)
    for (subject, who), (verb, obj), part, clause in sample(combos, 120, "g21det-part"):
        text = f"{subject} {verb} {obj}, {part} {clause}."
        content = f"that {clause}" if part.endswith(" that") else clause
        yield Case("", "participle", text, [Expect(content, "indirect", who)], exact=False)


#: Bare noun-phrase objects of a verb of stance or description.
BARE_OBJECTS = (
    ("dismissed", "the allegations"),
    ("welcomed", "the decision"),
    ("described", "a chaotic scene"),
    ("rejected", "that argument"),
    ("declined", "a request for a delay"),
    ("criticised", "the plan"),
)


def bare_objects() -> Iterator[Case]:
    """'SUBJECT dismissed the allegations.' (no clause, no quotation): no quote. PolNeAR train
    annotates such objects (see the module docstring): the rate is measured, not a target."""
    for (subject, _who), (verb, obj) in itertools.product(SUBJECTS, BARE_OBJECTS):
        yield Case("", "bare object", f"{subject} {verb} {obj}.", [], exact=True)


ROUND20_G21DET: tuple[Capability, ...] = (
    named(
        "naming.marked_name_frames",
        "2",
        "The captain was known to everyone as \"Mother Lo\" / the song 'Rose of the Valley' / the"
        " 'Hear Today' campaign ... | \"Q,\" said TITLE NAME: only Q, credited to NAME (was: the"
        " name credited to a nearby person or group)",
        marked_names,
    ),
    named(
        "naming.words_as_words",
        "2",
        'The word "mitumba" / the term "cash-for-keys" ... | "Q," said TITLE NAME: only Q',
        words_as_words,
    ),
    named(
        "stance.noun_that_clause_object",
        "2",
        "X rejected claims that C / dismissed suggestions that C: 'claims that C', credited to X",
        clause_objects,
    ),
    named(
        "stance.participle_after_object",
        "2",
        "X welcomed the decision, saying C / rejected that argument, noting that C: C, credited to X",
        participle_reports,
    ),
    named(
        "stance.bare_object_no_quote",
        "2",
        "X dismissed the allegations. / welcomed the decision. (no clause): no quote; PolNeAR"
        " annotates such objects, so this is measured only",
        bare_objects,
    ),
)
