"""Development capabilities added on branch ``g20wrongx`` in the twentieth round: wrong speakers.

* *OPENER, the TITLE, NAME, said C*: a fronted adverbial before a subject in apposition (a bare
  participle, *Reacting,*; a participial or prepositional phrase holding a place, *Speaking at
  the Grand Hotel in Leeds,*) holds no subject: the speaker is NAME with the title, never the
  participle or the place. An honorific before the name (*Mr*, *Dr*) leaves the title clean.
* *X was NAME, AGE, a ROLE at BODY, who told ... that C*: the relative clause's antecedent is
  the person the apposition describes, not the body in the role's postmodifier.
* *C, orders fresh hearing*: after unquoted words, a bare lower-case phrase with no source
  noun after an inverted verb of speech is that verb's object (a headline's second verb), no
  speaker; *C, said officials* / *say residents* keep theirs.
* *By NAME* on a line of its own names the author, a person: *The company says C* never
  resolves to the byline's name.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_G20WRONGX` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the ferry timetable had been changed without warning",
    "the rent on the workshop had doubled since spring",
    "nobody from the council had replied to the letters",
    "the new tariff would be reviewed within a month",
)
#: Fronted adverbials before the subject; the second item is a capitalised word inside it
#: that must never be the speaker (None: only the opener itself).
OPENERS = (
    ("Reacting", "Reacting"),
    ("Responding", "Responding"),
    ("Commenting", "Commenting"),
    ("Speaking at the Grand Hotel in Leeds", "Grand Hotel"),
    ("Addressing workers at the Unity Square in Abuja", "Unity Square"),
    ("Speaking to reporters at Waverley Station", "Waverley Station"),
    ("At a rally in Kano", "Kano"),
    ("Reacting to the ruling", "Reacting"),
    ("Addressing the crowd outside Kestrel House", "Kestrel House"),
)
#: Titles written before the name in apposition.
TITLES = ("Minister of Power", "party leader", "chairman of the union", "Mayor of Leeds", "general secretary")
#: Persons (first names the lists hold), with and without an honorific.
NAMES = (
    ("Helen Achterberg", ""),
    ("Thomas Okafor", "Mr "),
    ("Margaret Villanueva", "Dr "),
    ("Gordon Hargreave", ""),
    ("Ruth Okonkwo", "Mrs "),
)
VERBS = ("said", "told reporters", "said in a statement that")


def fronted_subject() -> Iterator[Case]:
    """'OPENER, the TITLE, (Mr) NAME, VERB C.' -> NAME with TITLE; never the opener or its place."""
    combos = itertools.product(OPENERS, TITLES, NAMES, VERBS, CLAUSES)
    for (opener, trap), title, (name, honorific), verb, clause in sample(combos, 240, "g20wrongx-fronted"):
        text = f"{opener}, the {title}, {honorific}{name}, {verb} {clause}."
        content = f"that {clause}" if verb.endswith("that") else clause
        expects = [Expect(content, "indirect", name, title)]
        yield Case("", "fronted", text, expects, exact=False, wrong_speakers=[(clause, trap)])


#: Sentences that introduce a speaker with *was* and a *who* clause; the roles and bodies.
INTROS = ("One of the last speakers was", "The first to speak was", "Among the parents was")
ROLES = (
    ("junior", "Cedar Bluff High School"),
    ("nurse", "St Mary Hospital"),
    ("teacher", "Ashgrove Primary School"),
)
AGES = ("16, ", "44, ", "")
AUDIENCES = ("told the board that", "told the meeting that", "said that")


def relative_apposition() -> Iterator[Case]:
    """'INTRO NAME, AGE, a ROLE at BODY, who told the board that C.' -> NAME, 'ROLE at BODY'."""
    combos = itertools.product(INTROS, NAMES, AGES, ROLES, AUDIENCES, CLAUSES)
    for intro, (name, _h), age, (role, body), aud, clause in sample(combos, 160, "g20wrongx-relative"):
        text = f"{intro} {name}, {age}a {role} at {body}, who {aud} {clause}."
        expects = [Expect(f"that {clause}", "indirect", name, f"{role} at {body}")]
        yield Case("", "relative", text, expects, exact=False, wrong_speakers=[(clause, body)])


#: Bylines' authors (names no first-name list needs to hold) and the sentences before the body noun.
AUTHORS = ("Priyanka Ramaswamy", "Tamsin Oyelaran-Vance", "Idris Castellanos")
BODY_FRAMES = (
    "The recall covers about 40,000 bikes sold since 2021.",
    "Owners have waited up to eleven weeks for replacement packs.",
)
BODY_NOUNS = ("company", "firm")


def byline_author() -> Iterator[Case]:
    """'By NAME | sentence. The company says C.' -> C is never the byline author's."""
    combos = itertools.product(AUTHORS, BODY_FRAMES, BODY_NOUNS, ("says", "said"), CLAUSES)
    for author, frame, noun, verb, clause in sample(combos, 90, "g20wrongx-byline"):
        text = f"By {author}\n\n{frame} The {noun} {verb} {clause}."
        yield Case("", "byline", text, [], exact=False, wrong_speakers=[(clause, author)])


#: Headlines' first clauses; the second verb and its bare object.
HEADLINES = (
    "Court halts the sale of the harbour land",
    "Council scraps the ring road plan",
    "Regulator fines the water company",
    "Judge blocks the closure of the library",
)
SECOND_VERBS = (
    ("orders", "fresh hearing"),
    ("orders", "new inquiry"),
    ("demands", "fresh evidence"),
    ("announces", "public consultation"),
)
SOURCES = ("officials", "residents", "analysts", "a spokesman")


def bare_object() -> Iterator[Case]:
    """'HEADLINE, orders fresh hearing | body.' -> no quote credited to the object; 'C, said
    officials.' -> officials."""
    combos = itertools.product(HEADLINES, SECOND_VERBS)
    for headline, (verb, obj) in combos:
        text = f"{headline}, {verb} {obj}\n\nThe ruling was issued on Thursday."
        yield Case("", "headline", text, [], exact=False, wrong_speakers=[(headline, obj)])
    for (clause, source), verb in itertools.product(itertools.product(CLAUSES, SOURCES), ("said", "say")):
        if verb == "say" and source.startswith("a "):
            continue
        text = f"The ferry will stop in May, and {clause}, {verb} {source}."
        yield Case(
            "",
            "source",
            text,
            [Expect(f"The ferry will stop in May, and {clause}", "indirect", source)],
            exact=False,
        )


ROUND19_G20WRONGX: tuple[Capability, ...] = (
    named(
        "apposition.fronted_adverbial_subject",
        "2",
        "Reacting, / Speaking at the Grand Hotel in Leeds, the TITLE, (Mr) NAME, said C: NAME with the"
        " title (was: the participle or the place; 'Minister of Power,' with a comma after an honorific)",
        fronted_subject,
    ),
    named(
        "relative.apposition_person",
        "2",
        "X was NAME, 16, a junior at SCHOOL, who told the board that C: NAME, 'junior at SCHOOL'"
        " (was: the school)",
        relative_apposition,
    ),
    named(
        "byline.author_no_body",
        "2",
        "By NAME | ... The company says C: never the byline's author (was: the author, taken as a body)",
        byline_author,
    ),
    named(
        "inverted.bare_object_no_source",
        "2",
        "HEADLINE, orders fresh hearing: no quote credited to 'fresh hearing'; C, said officials:"
        " officials (was: the bare object as speaker)",
        bare_object,
    ),
)
