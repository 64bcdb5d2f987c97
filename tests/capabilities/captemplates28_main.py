"""Development capabilities added on main in the twenty-ninth round: an age description after a
fronted adverb of time, and first names whose gender no pronoun overrides.

* *NAME drove trams for thirty years. Now the 58-year-old says C.*, *On Friday the 58-year-old
  said C.*: an age phrase opens its clause after a one-word adverb of time (*now*, *then*,
  *later*, *earlier*) or a phrase of date (*On Friday*, *Last week*, *Today*) as it does at the
  sentence's start (before: no quotation at all).
* Guard: *NAME runs the trust. "Q," she said.* when NAME's first name is one that both the 1990
  census and the birth registrations of two countries give one gender only (*Robert*, *Anna*):
  the pronoun is somebody else's, never NAME's (before: NAME at .97, a wrong speaker). A name the
  registrations give both genders, or a short form of a name of the other gender (*Jess*, *Sam*),
  still yields to the pronoun (``pronoun.listed_gender_yields``).
* *Her message to the trust was simple: "Q."*, *His statement read: "Q."* with nobody in view:
  the possessed noun of saying or document is no speaker (before: the speaker *Her message*);
  after *NAME met the trustees.* it is NAME's.
* *"Q1," NAME said, "q2," before adding: "Q3."*: the cue of the third part claims it first, and
  the middle part, after only the first part's credit and a comma (or an apposition), goes on
  with the first part (before: the middle part was lost, read as a scare quote).
* *NAME's point was that C*, *Her argument on Sunday was that C*, *His message has long been that
  C*: a noun of saying (a cue noun, *view*, *point*, *position*, *message*, *answer*, ...) heading
  the subject of a copula reports the *that* clause after it, its possessor the source (before:
  nothing).
* *A arrived at the depot with her two dogs; B came alone. "Q," he said.*: a possessive after
  *with* past the subject's verb and a phrase of place is the subject's; *A met B at the station
  and drove him home. "Q," he said.*: an object pronoun of the subject's second predicate is
  never the subject, so B's (both: before, A, a wrong speaker at .97, when no list knew either
  first name).
* *NAME (Kestrel Ferries): "Q."*: a body's name alone in brackets right after a full name with
  no title is the title (a guard: it already was, for listed and unlisted first names alike).
* *NAME, the depot manager, is said to have told the board that C*: *said* of a raising passive
  is a stop word, and the walk back from the infinitive stopped at it (before: nothing; *is
  thought to have* worked).
* *A showed the Rev. B, a visitor, around the bell tower.*: a person shown round a place, or
  written with an honorific after *the*, is a tour, no report (before: an indirect quote of the
  person and the place, A's).
* *A, a retired ferryman, met B, a retired ferrywoman. "Q," she said.*: a role compound no list
  holds gives the gender of its last element, *-woman* a woman's, *-man* a man's unless the first
  name is a woman's (before: A, a wrong speaker at .97, when no list knew either first name).
  *"q2," and then, after a pause: "Q3."*: an adjunct after *then* stands for the verb.
* *X sued the Northmere Philharmonic. "Q," the orchestra said.*: a description whose head names a
  kind of body (*orchestra*, *station*, *newspaper*, *airline*) is the one body in reach whose name
  says it is of that kind (*Philharmonic*, *Radio*, *Gazette*, *Airways*; before: the bare noun).
* *"Q," NAME said on Monday. The weir was declared "finished" in 2019.*: a word or two in lower
  case in marks after a sentence of narrative is a scare quote, never a later part of the quote
  before (before: one quote running from Q to *finished*, NAME's).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND28_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: People of our own with census first names of a clear gender: (name, pronoun).
PEOPLE = (
    ("Richard Rhys", "he"),
    ("Robert Mabaso", "he"),
    ("Thomas Okonjo", "he"),
    ("Michael Lindqvist", "he"),
    ("Margaret Oyelaran", "she"),
    ("Anna Petrescu", "she"),
    ("Helen Kuusk", "she"),
    ("Susan Ferreira", "she"),
)
#: What each did for years, before the age description.
PASTS = (
    "drove trams for thirty years",
    "kept the lighthouse on Skerry Point",
    "has run the bell foundry since 1991",
    "spent two decades at the water works",
)
AGES = ("58", "61", "47", "72")
#: Adverbs and phrases of time before the subject, with no comma.
FRONTS = ("Now", "Today", "Then", "Later", "On Friday", "Last week", "Yesterday", "On Monday morning")
CLAIMS = (
    "the depot should never have closed",
    "nobody from the council had visited",
    "the repairs came far too late",
)


def time_fronted_age() -> Iterator[Case]:
    """'NAME drove trams for thirty years. Now the 58-year-old says C.' -> NAME (every first
    name here is a census one of the pronoun's gender, so no other reading is open)."""
    combos = itertools.product(PEOPLE, PASTS, AGES, FRONTS, ("says", "said", "told reporters"), CLAIMS)
    for (name, _p), past, age, front, verb, claim in sample(combos, 300, "r28main-fronted-age"):
        text = f"{name} {past}. {front} the {age}-year-old {verb} {claim}."
        yield Case("", "indirect", text, [Expect(claim, "indirect", name)], exact=False)


#: Direct quotations of our own.
QUOTES = ("Give the cottage back", "We were never asked", "The roof has leaked for years")
MARKS = (('"', '"'), ("\u201c", "\u201d"))
BRIDGES = ("runs the trust", "was asked about the sale", "has kept the archive since 1998")


def decisive_name_guard() -> Iterator[Case]:
    """'NAME runs the trust. "Q," she said.' (NAME a man's name everywhere) -> never NAME."""
    combos = itertools.product(PEOPLE, BRIDGES, QUOTES, MARKS, ("direct", "indirect"))
    for (name, pronoun), bridge, quote, (op, cl), shape in sample(combos, 240, "r28main-decisive"):
        other = "she" if pronoun == "he" else "he"
        if shape == "direct":
            content = f"{op}{quote},{cl}"
            text = f"{name} {bridge}. {content} {other} said."
        else:
            content = CLAIMS[QUOTES.index(quote)]
            text = f"{name} {bridge}. {other.capitalize()} said {content}."
        yield Case("", "guard", text, [], exact=False, wrong_speakers=[(content, name)])


#: Nouns of saying and documents after a possessive determiner, with what may follow them.
OWNED_WORDS = (
    ("message to the trust was simple", "message"),
    ("answer was blunt", "answer"),
    ("reply to the council was short", "reply"),
    ("verdict on the sale was damning", "verdict"),
    ("statement read", "statement"),
)


def owned_words_without_owner() -> Iterator[Case]:
    """'Her message to the trust was simple: "Q."' with nobody in view -> no speaker 'Her
    message'; after a woman's name -> her."""
    combos = itertools.product(OWNED_WORDS, QUOTES, PEOPLE, ("alone", "owner"))
    for (phrase, noun), quote, (name, pronoun), shape in sample(combos, 240, "r28main-owned-words"):
        det = "Her" if pronoun == "she" else "His"
        content = f'"{quote}."'
        if shape == "alone":
            text = f"{det} {phrase}: {content}"
            yield Case("", "guard", text, [], exact=False, wrong_speakers=[(content, f"{det} {noun}")])
        else:
            text = f"{name} met the trustees on Monday. {det} {phrase}: {content}"
            yield Case("", "owner", text, [Expect(content, "direct", name)], exact=False)


#: (first part, middle part, last part) of a three-part quotation of our own.
PARTS = (
    ("The bells go up on Sunday", "and then the tower rests", "It has been a long year"),
    ("We ferry four hundred people a day", "most of them to the hospital", "Nobody else will do it"),
    ("The ladder works", "at least for the salmon", "The eels are another matter"),
)
#: What opens the third part after the middle one's comma.
THIRDS = (
    "before adding:",
    "adding:",
    "and added:",
    "and then added:",
    "and went on:",
    "and then, after a pause:",
)


def three_part_split() -> Iterator[Case]:
    """'"Q1," NAME said, "q2," before adding: "Q3."' -> q2 goes on with Q1; all NAME's."""
    combos = itertools.product(PEOPLE, PARTS, THIRDS, MARKS, ("NAME said", "said NAME"))
    for (name, _p), (one, two, three), third, (op, cl), order in sample(combos, 300, "r28main-three-part"):
        credit = order.replace("NAME", name)
        first, middle, last = f"{op}{one},{cl}", f"{op}{two},{cl}", f"{op}{three}.{cl}"
        whole = f"{first} {credit}, {middle}"
        text = f"{whole} {third} {last}"
        yield Case(
            "",
            "three parts",
            text,
            [Expect(whole, "direct", name, parts=(first, middle)), Expect(last, "direct", name)],
        )


#: Sentences of narrative holding a word or two in scare quotes, of our own.
SCARE_SENTENCES = (
    "The new weir was declared {m}finished{c} in 2019, but no trout has used it.",
    "The {m}temporary{c} ticket office has stood for eleven years.",
    "Locals call the old boiler {m}the dragon{c} and keep well away from it.",
    "The trust's {m}modern{c} lift dates from 1974.",
)


def scare_quote_after_credit() -> Iterator[Case]:
    """'"Q," NAME said on Monday. The weir was declared "finished" in 2019.' -> Q is NAME's,
    the scare quote is no second part of it and nobody's words."""
    combos = itertools.product(PEOPLE, QUOTES, SCARE_SENTENCES, MARKS, ("said on Monday", "told the Gazette"))
    for (name, _p), quote, scare, (op, cl), credit in sample(combos, 240, "r28main-scare-after"):
        content = f"{op}{quote},{cl}"
        narrative = scare.format(m=op, c=cl)
        text = f"{content} {name} {credit}. {narrative}"
        expected = [Expect(content, "direct", name)]
        yield Case("", "scare quote", text, expected, wrong_speakers=[(narrative, name)])


#: Nouns of saying that head a copula's subject, and what may stand between noun and copula.
COPULAR = ("view", "point", "argument", "position", "message", "claim", "answer")
BETWEEN = ("", " on Sunday", " to the board", " at the meeting")
COPULAS = ("was", "is", "has long been", "had been")


def copular_noun_report() -> Iterator[Case]:
    """ "NAME's point was that C", 'NAME met the board. Her argument on Sunday was that C' ->
    NAME; 'His claim about the depot was false' stays no report of a clause."""
    combos = itertools.product(PEOPLE, COPULAR, BETWEEN, COPULAS, CLAIMS, ("named", "pronoun"))
    for (name, pronoun), noun, between, copula, claim, shape in sample(combos, 300, "r28main-copular"):
        content = f"that {claim}"
        if shape == "named":
            text = f"{name}'s {noun}{between} {copula} {content}."
        else:
            det = "Her" if pronoun == "she" else "His"
            text = f"{name} met the trustees. {det} {noun}{between} {copula} {content}."
        yield Case("", shape, text, [Expect(content, "indirect", name)], exact=False)


#: People of our own whose first names no list holds, so only the text gives their gender.
NO_LIST = (
    ("Tavita Faleolo", "he"),
    ("Onkemetse Ditshwanelo", "he"),
    ("Siosaia Taufa", "he"),
    ("Nalesoni Vaka", "she"),
    ("Bolormaa Dorj", "she"),
    ("Hinemoa Tane", "she"),
)
PLACES = ("at the depot", "to the ferry terminal", "", "at the archive")
COMPANIONS = ("two dogs", "youngest son", "old bicycle", "toolbox")
OBJECT_ACTS = ("drove {o} to the depot", "walked {o} home", "took {o} to lunch")


def accompanying_possessive() -> Iterator[Case]:
    """'A arrived at the depot with her two dogs; B came alone. "Q," he said.' -> B."""
    pairs = [(a, b) for a, b in itertools.permutations(NO_LIST, 2) if a[1] != b[1]]
    combos = itertools.product(pairs, PLACES, COMPANIONS, QUOTES)
    for ((a, pa), (b, pb)), place, companion, quote in sample(combos, 240, "r28main-with-her"):
        own = "her" if pa == "she" else "his"
        where = f" {place}" if place else ""
        content = f'"{quote},"'
        text = f"{a} arrived{where} with {own} {companion} on Thursday; {b} came alone. {content} {pb} said."
        yield Case("", "with possessive", text, [Expect(content, "direct", b)], wrong_speakers=[(content, a)])


def object_of_second_predicate() -> Iterator[Case]:
    """'A met B at the station on Wednesday and drove him to the depot. "Q," he said.' -> B."""
    pairs = [(a, b) for a, b in itertools.permutations(NO_LIST, 2) if a[1] != b[1]]
    combos = itertools.product(pairs, OBJECT_ACTS, QUOTES, ("and", "and then"))
    for ((a, _pa), (b, pb)), act, quote, link in sample(combos, 240, "r28main-drove-him"):
        obj = "him" if pb == "he" else "her"
        content = f'"{quote},"'
        text = f"{a} met {b} at the station on Wednesday {link} {act.format(o=obj)}. {content} {pb} said."
        yield Case("", "object pronoun", text, [Expect(content, "direct", b)], wrong_speakers=[(content, a)])


#: Bodies of our own whose names end on a body word.
BRACKET_BODIES = (
    "Kestrel Ferries",
    "Tarn Valley Trust",
    "Millbrook Bell Foundry Company",
    "Northmere Water Board",
)


def bracketed_body() -> Iterator[Case]:
    """'NAME (BODY): "Q."', '"Q," said NAME (BODY).', 'NAME (BODY) said C.' -> title BODY, also
    when no list knows the first name."""
    combos = itertools.product(PEOPLE + NO_LIST, BRACKET_BODIES, QUOTES, ("colon", "said", "indirect"))
    for (name, _p), body, quote, shape in sample(combos, 240, "r28main-bracket-body"):
        if shape == "colon":
            content = f'"{quote}."'
            text = f"{name} ({body}): {content}"
            kind = "direct"
        elif shape == "said":
            content = f'"{quote},"'
            text = f"{content} said {name} ({body})."
            kind = "direct"
        else:
            content = CLAIMS[QUOTES.index(quote)]
            text = f"{name} ({body}) said {content}."
            kind = "indirect"
        yield Case("", shape, text, [Expect(content, kind, name, Contains(body))], exact=False)


RAISING = ("is said to have", "was said to have", "is thought to have", "is known to have")
REPORTS = ("told the board on Tuesday", "warned", "told colleagues", "argued at the meeting")


def said_to_have() -> Iterator[Case]:
    """'NAME, the depot manager, is said to have told the board that C' -> NAME."""
    combos = itertools.product(PEOPLE + NO_LIST, RAISING, REPORTS, CLAIMS, ("", ", the depot manager,"))
    for (name, _p), raising, report, claim, apposition in sample(combos, 240, "r28main-said-to-have"):
        content = f"that {claim}"
        text = f"{name}{apposition} {raising} {report} {content}."
        yield Case("", "raising", text, [Expect(content, "indirect", name)], exact=False)


HONORIFICS = ("the Rev.", "Dr.", "the Rev. Dr.", "")
TOURS = ("around the bell tower", "round the lamp room", "over the old mill", "through the archive")


def shown_around() -> Iterator[Case]:
    """'A showed the Rev. B, the vicar, around the bell tower. "Q," the Rev. B2 said.' -> no
    report of the tour; Q is B's."""
    pairs = [(a, b) for a, b in itertools.permutations(PEOPLE, 2) if a[1] != b[1]]
    combos = itertools.product(pairs, HONORIFICS, TOURS, QUOTES)
    for ((a, _pa), (b, _pb)), honorific, tour, quote in sample(combos, 240, "r28main-shown-around"):
        written = f"{honorific} {b}".strip()
        surname = b.split()[-1]
        later = f"{honorific.replace('the Rev. Dr.', 'the Rev.')} {surname}".strip() if honorific else surname
        content = f'"{quote},"'
        text = f"{a} showed {written}, a visitor from Ashgrove, {tour} on Friday. {content} {later} said."
        yield Case("", "tour", text, [Expect(content, "direct", b)])


#: Role compounds in *-man* and *-woman* that no word list holds, of our own: (man's, woman's).
COMPOUNDS = (
    ("ferryman", "ferrywoman"),
    ("lockman", "lockwoman"),
    ("bellman", "bellwoman"),
    ("linesman", "lineswoman"),
)


def compound_role_gender() -> Iterator[Case]:
    """'A, a retired ferryman, met B, a retired ferrywoman. "Q," she said.' -> B: the role
    compound's last element gives the gender when no list knows either first name."""
    pairs = [(a, b) for a, b in itertools.permutations(NO_LIST, 2)]
    combos = itertools.product(pairs, COMPOUNDS, QUOTES, ("he", "she"))
    for ((a, _pa), (b, _pb)), (man, woman), quote, pronoun in sample(combos, 240, "r28main-compound-role"):
        content = f'"{quote},"'
        lead = f"{a}, a retired {man}, met {b}, a retired {woman}, outside the mill."
        text = f"{lead} {content} {pronoun} said."
        who, other = (a, b) if pronoun == "he" else (b, a)
        yield Case("", "compound", text, [Expect(content, "direct", who)], wrong_speakers=[(content, other)])


#: Bodies of our own whose names say their kind, with the noun a later description uses.
KIND_BODIES = (
    ("the Northmere Philharmonic", "Northmere Philharmonic", "orchestra"),
    ("Harbourside Community Radio", "Harbourside Community Radio", "station"),
    ("the Ashgrove Gazette", "Ashgrove Gazette", "newspaper"),
    ("Skerry Airways", "Skerry Airways", "airline"),
)
OTHER_BODIES = ("Kestrel Ferries", "the Tarn Valley Trust", "Millbrook Council")


def body_by_kind() -> Iterator[Case]:
    """'X, the subject, sued BODY. "Q," the orchestra said.' -> BODY, whose name says it is an
    orchestra, though X is the sentence's subject; also with the body inside the content."""
    combos = itertools.product(KIND_BODIES, OTHER_BODIES, QUOTES, ("object", "content"))
    for (written, name, kind), other, quote, shape in sample(combos, 200, "r28main-body-kind"):
        if shape == "object":
            content = f'"{quote},"'
            text = f"{other[0].upper()}{other[1:]} sued {written} on Monday. {content} the {kind} said."
        else:
            content = f"{written[0].upper()}{written[1:]} will close in March"
            text = f"{content}, the {kind} said on Tuesday, after {other} cut its grant."
        kind_of_quote = "direct" if shape == "object" else "indirect"
        expected = [Expect(content, kind_of_quote, (name, f"the {name}"))]
        wrong = [(content, other.removeprefix("the "))]
        yield Case("", shape, text, expected, exact=False, wrong_speakers=wrong)


ROUND28_MAIN: tuple[Capability, ...] = (
    named(
        "ages.time_fronted_age_subject",
        "4",
        "NAME drove trams. Now / On Friday the 58-year-old says C.: NAME",
        time_fronted_age,
    ),
    named(
        "pronouns.decisive_census_name_guard",
        "4",
        'Robert M. runs the trust. "Q," she said.: never Robert M. (the census and both registrations'
        " give Robert to men only)",
        decisive_name_guard,
    ),
    named(
        "colon.owned_words_owner",
        "3",
        'Her message to the trust was simple: "Q.": her, else no speaker (never "Her message")',
        owned_words_without_owner,
    ),
    named(
        "splits.three_part_quotation",
        "1",
        '"Q1," NAME said, "q2," before adding: "Q3.": q2 and Q3 both NAME\'s (q2 goes on with Q1)',
        three_part_split,
    ),
    named(
        "splits.scare_quote_after_credit",
        "8",
        '"Q," NAME said. The weir was declared "finished" in 2019.: no second part, nobody\'s words',
        scare_quote_after_credit,
    ),
    named(
        "cue_noun.copular_that_clause",
        "5",
        "NAME's point was that C / Her argument on Sunday was that C: NAME",
        copular_noun_report,
    ),
    named(
        "pronouns.accompanying_possessive",
        "4",
        'A arrived with her two dogs; B came alone. "Q," he said.: B (her is the subject\'s)',
        accompanying_possessive,
    ),
    named(
        "pronouns.object_of_second_predicate",
        "4",
        'A met B at the station and drove him home. "Q," he said.: B (him is never the subject A)',
        object_of_second_predicate,
    ),
    named(
        "titles.bracketed_body",
        "6",
        'NAME (Kestrel Ferries): "Q.": title Kestrel Ferries (guard: a body in brackets after the name)',
        bracketed_body,
    ),
    named(
        "cues.said_to_have_reported",
        "1",
        "NAME, ROLE, is said to have told the board that C: NAME (the raising passive of *said*)",
        said_to_have,
    ),
    named(
        "showing.shown_around",
        "1",
        'A showed the Rev. B around the bell tower. "Q," the Rev. B said.: no report of the tour',
        shown_around,
    ),
    named(
        "pronouns.compound_role_gender",
        "4",
        'A, a retired ferryman, met B, a retired ferrywoman. "Q," she said.: B (-woman / -man compounds)',
        compound_role_gender,
    ),
    named(
        "nominal.body_by_kind",
        "4",
        'X sued the Northmere Philharmonic. "Q," the orchestra said.: the Philharmonic (its name, its kind)',
        body_by_kind,
    ),
)
