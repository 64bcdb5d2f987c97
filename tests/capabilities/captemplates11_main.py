"""Development capabilities added on ``main`` in the twelfth round (issue 11): an auxiliary or
modal that opens a question ('"Is Mayor Lund going to ...?"', 'Did Sen. Abel know?') is no part
of the name or title after it; what follows a name and a comma is no title when it is the
sentence's predicate or a participial clause ('Ines Marr, 31, tossed a football ...', 'X,
throwing a wrench into the talks, said'), but an -ing noun before a role is ('X, housing
advocate at Y,'); an age in apposition shows a person, whom a later *he* or *she* may mean;
a credit after the content whose noun has two hyphenated modifiers is still a credit ('C, the
Chicago-based packaged-food maker said'); after 'NAME, who called X "Y," said' the reported
clause ('said (that) BODY had paid too much') is never read as an inverted credit naming BODY;
a colon after an adverbial clause with its own verb of speech is that clause's subject's, never
the sentence subject's ('X was in the gallery when Y said: "C."'), and after a passive its
agent's ('X was interrupted by Y: "C."'); and whatever the second clause's speaker is ('X sat
down, and one of the dockers' wives said: "C."', 'X listened as somebody at the back told
reporters that C'), the first clause's subject never takes the quotation; a passive's subject
holds no stance ('X was praised by Y, who said C' is Y's report, never X's); nor does a fronted
phrase's object, a verb of perception's subject or the subject of a clause before an adverbial
one speak for another phrase's speaker ('In a letter to X, a nurse wrote that C', 'Unlike X, Y
said C', 'X heard the coach say: "C."'); the object of a verb before a colon is no roundup
credit ('Ana Berg messaged the Bendigo Sentinel: "C."' is Ana Berg's); ', who' means the phrase
right before its comma ('X agreed with Y, who said C' is Y's, never X's); after 'According to
ROLE,' a name with no closing comma opens the content ('According to the coach, X waited ...' is
the coach's claim about X, never X's); a titled person after a name and a comma is another person
in a list, no title ('front-runner X, Sen. Y of Ohio and Sen. Z ...'), but a titled possessor
keeps the title ('X, President Y's former adviser,').
People, roles and sentences of their own.

``captemplates.py`` adds :data:`ROUND11_MAIN` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import MARKS
from capkit import Capability, Case, Expect, named, sample

#: (full name, surname, title written before the name) of the person a question names.
QUESTIONED = (
    ("Ilse Marwick", "Marwick", "Mayor"),
    ("Tobias Grenfell", "Grenfell", "Senator"),
    ("Nadia Okonjo", "Okonjo", "Governor"),
    ("Bruno Castellane", "Castellane", "Commissioner"),
    ("Aiko Tanabe", "Tanabe", "Councillor"),
    ("Rafael Uribe", "Uribe", "Chief Constable"),
)
#: Question openers: auxiliaries and modals, with the verb that follows the name.
OPENERS = (
    ("Is", "going to resign"),
    ("Will", "finally answer the letter"),
    ("Did", "know about the contract"),
    ("Can", "still win the vote"),
    ("Should", "step aside"),
    ("Has", "read the report"),
    ("Would", "accept the offer"),
    ("Does", "support the plan"),
)
ASKERS = (("Petra Vollmer", "asked"), ("Samir Haddad", "wondered"))


def question_opener() -> Iterator[Case]:
    """'"AUX TITLE NAME VERB?" ASKER asked. NEW PARAGRAPH SURNAME said C.' -> the later
    quote is NAME's, titled TITLE (not 'AUX TITLE'); the name holds no auxiliary either."""
    combos = itertools.product(QUESTIONED, OPENERS, ASKERS, MARKS[:2], (True, False))
    for (full, surname, title), (aux, verb), (asker, cue), marks, titled in sample(
        combos, 240, "question_opener"
    ):
        named_as = f"{title} {full}" if titled else full
        question = marks.q(f"{aux} {named_as} {verb}?")
        answer = marks.q("I will say more next week,")
        text = f"{question} {asker} {cue}.\n\n{answer} {surname} said."
        yield Case(
            "",
            f"{aux}|{'titled' if titled else 'bare'}|{marks.name}",
            text,
            [
                Expect(question, "direct", asker),
                Expect(answer, "direct", full, title if titled else None),
            ],
        )


#: (full name, surname, pronoun) of people whose first names no name table lists.
UNLISTED = (
    ("Tevita Fonua", "Fonua", "He"),
    ("Ngozi Adeyemi-Cole", "Adeyemi-Cole", "She"),
    ("Kaveh Tabrizi", "Tabrizi", "He"),
    ("Mahlet Gebre", "Gebre", "She"),
    ("Tenzin Dorje", "Dorje", "He"),
)
#: Predicates after 'NAME, AGE,': the sentence's verb phrase, no title.
PREDICATES = (
    "tossed a football in the park with his grandson",
    "presented the findings to the harbour board",
    "floated the idea of a second ballot",
    "passed three safety inspections last year",
    "succeeded the founder as chair of the allotment trust",
    "voted for the ferry levy in 2019 and 2023",
)
#: Participial clauses between a name and 'said': no title either.
PARTICIPIALS = (
    "throwing a wrench into the talks",
    "having finished her speech",
    "running for a third term",
    "steered by two deputies",
)
#: Bare titles whose first word ends in -ing: a noun or modifier before a role, kept whole.
ING_TITLES = (
    "housing advocate at the Tarn Valley Trust",
    "marketing director of Pellow Freight",
    "visiting fellow at the Orkney Institute",
    "managing editor of the Harbour Gazette",
    "nursing assistant at Carrow General Hospital",
)
CLAIM = "the ferry timetable would change in the spring"


def predicate_not_title() -> Iterator[Case]:
    """'NAME, AGE, PREDICATE. PRONOUN said C.' -> NAME, no title; 'NAME, PARTICIPIAL, said C.'
    -> NAME, no title; 'NAME, ING-NOUN ROLE at BODY, said C.' -> that title, whole."""
    for (full, _, pronoun), predicate, age in itertools.product(UNLISTED, PREDICATES, ("31", "58")):
        yield Case(
            "",
            "age|predicate",
            f"{full}, {age}, {predicate}. {pronoun} said {CLAIM}.",
            [Expect(CLAIM, "indirect", full, None)],
        )
    for (full, _, _), clause in itertools.product(UNLISTED, PARTICIPIALS):
        yield Case(
            "", "participial", f"{full}, {clause}, said {CLAIM}.", [Expect(CLAIM, "indirect", full, None)]
        )
    for (full, surname, _), title in itertools.product(UNLISTED, ING_TITLES):
        yield Case(
            "",
            "ing-title",
            f"{full}, {title}, spoke on Monday. {surname} said {CLAIM}.",
            [Expect(CLAIM, "indirect", full, title)],
        )


def age_shows_person() -> Iterator[Case]:
    """'A and his friend B backed the plan. NEW PARAGRAPH A-SURNAME, AGE, PREDICATE. He said C.'
    -> A (an age in apposition makes an unlisted name a person, the sentence's subject)."""
    for (full, surname, pronoun), (friend, _, _), predicate in itertools.product(
        UNLISTED, UNLISTED, PREDICATES[:3]
    ):
        if friend == full:
            continue
        kin = "his" if pronoun == "He" else "her"
        yield Case(
            "",
            "age|pronoun",
            f"{full} and {kin} friend {friend} backed the ferry plan.\n\n"
            f"{surname}, 47, {predicate}. {pronoun} said {CLAIM}.",
            [Expect(CLAIM, "indirect", full)],
            exact=False,
            wrong_speakers=[(CLAIM, friend)],
        )


#: (company, noun phrase with hyphenated modifiers that describes it).
DESCRIBED_COMPANIES = (
    ("Halvard Foods", "Chicago-based packaged-food maker"),
    ("Ferrow Air", "Dublin-based low-cost airline"),
    ("Pellow Freight", "family-owned long-haul trucking firm"),
    ("Kestrel Ferries", "Oslo-listed car-ferry operator"),
)
FINDINGS = (
    "net income fell 12 percent to $40 million",
    "fuel costs rose sharply in the third quarter",
)


def hyphenated_credit() -> Iterator[Case]:
    """'COMPANY cut its forecast. FINDING, the PLACE-based ADJ-NOUN NOUN said.' -> the
    finding, credited to the company or its description (never nothing)."""
    for (company, described), finding, when in itertools.product(
        DESCRIBED_COMPANIES, FINDINGS, ("", " on Tuesday")
    ):
        claim = finding[:1].upper() + finding[1:]
        yield Case(
            "",
            "after",
            f"{company} cut its forecast. {claim}, the {described} said{when}.",
            [Expect(claim, "indirect", (company, described))],
            exact=False,
        )


#: (person, body named in what she reports) and the naming relative before the cue.
RELATIVE_SPEAKERS = (
    ("Ida Amundsen", "Halvard"),
    ("Tobias Grenfell", "Kestrel Ferries"),
    ("Aiko Tanabe", "the harbour board"),
    ("Rafael Uribe", "Marlow Mutual"),
)
NAMING_RELATIVES = (
    'who called the deal "a stretch,"',
    'who described the plan as "rushed,"',
    'who dubbed it "the ferry tax,"',
)
REPORTS = ("{b} had paid too much", "{b} paid too much", "{b} would appeal", "{b} raised the fares twice")


def relative_quote_then_report() -> Iterator[Case]:
    """'NAME, who called X "Y," said (that) BODY VERB ...' -> the report is NAME's; BODY is no
    speaker of anything (the clause after *said* is no inverted credit)."""
    for (name, body), relative, report, that in itertools.product(
        RELATIVE_SPEAKERS, NAMING_RELATIVES, REPORTS, ("", "that ")
    ):
        claim = that + report.format(b=body)
        text = f"{name}, {relative} said {claim}."
        yield Case(
            "",
            f"{'that' if that else 'bare'}",
            text,
            [Expect(claim, "indirect", name)],
            exact=False,
            wrong_speakers=[(relative, body.removeprefix("the ")), (claim, body.removeprefix("the "))],
        )


#: (sentence subject, speaker) pairs of people; places and the clauses around the speaker.
PAIRS = (
    ("Tevita Fonua", "Anna Lindqvist"),
    ("Mahlet Gebre", "Tom Hale"),
    ("Ilse Marwick", "Rafael Uribe"),
    ("Samir Haddad", "Dr. Aiko Tanabe"),
)
GALLERIES = (
    "{x} was in the public gallery when {y} said:",
    "{x} had just sat down when {y} told the hearing:",
    "{x} was still speaking as {y} shouted:",
    "{x} left the room before {y} added:",
)
#: Speakers of the adverbial clause that are hard to read as a phrase.
HARD_SPEAKERS = (
    "Park Ji-woo",
    "one of the dockers' wives",
    "somebody at the back",
    "a man who gave his name only as Kit",
)
PASSIVES = ("was interrupted by", "was joined by", "was answered by", "was corrected by")
SPOKEN = "Nobody on the jury looked at me once."


def colon_after_clause() -> Iterator[Case]:
    """'X was in the gallery when Y said: "C."' -> Y (never X); 'X was interrupted by Y: "C."'
    -> Y, the passive's agent."""
    for (x, y), frame, marks in itertools.product(PAIRS, GALLERIES, MARKS[:2]):
        quote = marks.q(SPOKEN)
        name = y.removeprefix("Dr. ")
        yield Case(
            "",
            f"adverbial|{marks.name}",
            f"{frame.format(x=x, y=y)} {quote}",
            [Expect(quote, "direct", name)],
            wrong_speakers=[(quote, x)],
        )
    for (x, _), y, frame, marks in itertools.product(PAIRS, HARD_SPEAKERS, GALLERIES, MARKS[:2]):
        quote = marks.q(SPOKEN)
        yield Case(  # (a speaker quotex may not read: never the sentence subject instead)
            "",
            f"adverbial-hard|{marks.name}",
            f"{frame.format(x=x, y=y)} {quote}",
            [],
            exact=False,
            wrong_speakers=[(quote, x)],
        )
    for (x, y), passive, marks in itertools.product(PAIRS, PASSIVES, MARKS[:2]):
        quote = marks.q(SPOKEN)
        name = y.removeprefix("Dr. ")
        yield Case(
            "",
            f"passive|{marks.name}",
            f"{x} {passive} {y}: {quote}",
            [Expect(quote, "direct", name)],
            wrong_speakers=[(quote, x)],
        )


#: Frames with a first clause about X and a second clause whose subject Y speaks.
SECOND_CLAUSES = (
    '{x} sat down. "We waited for hours," {y} said.',
    '{x} sat down. {Y} said: "We waited for hours."',
    '{x} sat down, and {y} said: "We waited for hours."',
    '{x} listened while {y} said: "We waited for hours."',
    "{x} listened as {y} told reporters that they had waited for hours.",
    "{x} spoke first. Then {y} added that they had waited for hours.",
    '"We waited for hours," said {y}, standing next to {x}.',
    "{x} nodded when {y} said they had waited for hours.",
    'After {x} spoke, {y} said: "We waited for hours."',
    '{x} was asked about the delay. {Y} answered: "We waited for hours."',
    '{x} arrived at noon.\n\n"We waited for hours," {y} said.',
    "{x} arrived at noon.\n\n{Y}, however, said they had waited for hours.",
)


def second_clause_speaker() -> Iterator[Case]:
    """FIRST CLAUSE about X; SECOND CLAUSE where Y (a name, or a phrase quotex may not read)
    says C -> C is never X's."""
    for frame, (x, _), y in itertools.product(SECOND_CLAUSES, PAIRS, HARD_SPEAKERS):
        text = frame.format(x=x, y=y, Y=y[:1].upper() + y[1:])
        yield Case("", "hard", text, [], exact=False, wrong_speakers=[("waited for hours", x)])


PASSIVE_STANCES = (
    "was praised by",
    "was criticized by",
    "was thanked by",
    "has been blamed by",
    "was backed by",
)


def passive_stance() -> Iterator[Case]:
    """'X was praised by Y, who said C.' -> C is Y's, never X's."""
    for (x, y), passive in itertools.product(PAIRS, PASSIVE_STANCES):
        claim = "the ferry had waited for hours"
        name = y.removeprefix("Dr. ")
        yield Case(
            "",
            "relative",
            f"{x} {passive} {y}, who said {claim}.",
            [Expect(claim, "indirect", name)],
            exact=False,
            wrong_speakers=[(claim, x)],
        )


#: Sentences where X is named in a phrase or clause around Y's report.
AROUND_REPORTS = (
    '{x} spoke first.\n\n"We waited for hours," said {y}.',
    '"We waited for hours," {y} told {x}.',
    '"We waited for hours," {y} said of {x}.',
    "In a letter to {x}, {y} wrote that they had waited for hours.",
    "Asked about {x}, {y} said they had waited for hours.",
    "{Y}, speaking after {x}, said they had waited for hours.",
    "{Y} told {x} that they had waited for hours.",
    '{x} did not answer. "We waited for hours," said {y}.',
    '{x} shook his head as {y} added: "We waited for hours."',
    'Standing beside {x}, {y} said: "We waited for hours."',
    "Unlike {x}, {y} said they had waited for hours.",
    '{x} left. Moments later, {y} said: "We waited for hours."',
    "{x} remained silent while {y} told the court that they had waited for hours.",
    '{x} heard {y} say: "We waited for hours."',
    "A day after {x} resigned, {y} said they had waited for hours.",
    "{x} was praised by {y}, who said they had waited for hours.",
)


def report_around_name() -> Iterator[Case]:
    """X named in a fronted phrase, an object, a clause before Y's report (Y a name or a phrase
    quotex may not read) -> the report is never X's."""
    for frame, (x, _), y in itertools.product(
        AROUND_REPORTS, PAIRS, (*HARD_SPEAKERS, "a nurse", "the coach")
    ):
        text = frame.format(x=x, y=y, Y=y[:1].upper() + y[1:])
        yield Case("", "around", text, [], exact=False, wrong_speakers=[("waited for hours", x)])


OBJECT_VERBS = ("messaged", "emailed", "texted", "wrote to", "answered", "phoned")
OBJECTS = ("the Bendigo Sentinel", "Tom Hale", "the Harbour Gazette", "Councillor Ida Vance")


def object_before_colon() -> Iterator[Case]:
    """'NAME VERBed OBJECT: "C."' -> NAME (the object is no roundup credit)."""
    for (name, _), verb, obj, marks in itertools.product(PAIRS, OBJECT_VERBS, OBJECTS, MARKS[:2]):
        quote = marks.q("My rent has gone up twice since May.")
        speaker = name.removeprefix("Dr. ")
        bare = obj.removeprefix("the ").removeprefix("Councillor ")
        yield Case(
            "",
            f"{verb}|{marks.name}",
            f"{name} {verb} {obj}: {quote}",
            [Expect(quote, "direct", speaker)],
            exact=False,
            wrong_speakers=[(quote, bare)],
        )


WHO_FRAMES = (
    "{x} agreed with {y}, who said the crew had waited for hours.",
    "{x} sat next to {y}, who said the crew had waited for hours.",
    "{x} thanked {y}, who said the crew had waited for hours.",
    "{x} met {y} on Monday, who said the crew had waited for hours.",
)


def who_after_object() -> Iterator[Case]:
    """'X agreed with Y, who said C.' -> C is Y's (a name) or nobody's (a phrase quotex does not
    resolve), never X's."""
    claim = "the crew had waited for hours"
    for frame, (x, y), named_y in itertools.product(WHO_FRAMES, PAIRS, (True, False)):
        y_text = y if named_y else "the coach"
        text = frame.format(x=x, y=y_text)
        expected = (
            [Expect(claim, "indirect", y.removeprefix("Dr. "))] if named_y and "Monday" not in frame else []
        )
        yield Case(
            "", "named" if named_y else "nominal", text, expected, exact=False, wrong_speakers=[(claim, x)]
        )


ACCORDING_SOURCES = ("the coach", "a nurse", "the club's captain", "a recent poll of voters")


def according_role_then_name() -> Iterator[Case]:
    """'According to ROLE, X waited for hours.' -> ROLE's claim, never X's; 'According to ROLE,
    X, the team waited.' -> X, titled ROLE."""
    for source, (x, _) in itertools.product(ACCORDING_SOURCES, PAIRS):
        claim = f"{x} waited for hours"
        yield Case(
            "",
            "clause",
            f"According to {source}, {claim}.",
            [Expect(claim, "indirect", (source, "recent poll of voters", "poll of voters", "poll"))],
            exact=False,
            wrong_speakers=[(claim, x)],
        )
        if source.startswith("a recent"):
            continue
        name = x.removeprefix("Dr. ")
        yield Case(
            "",
            "apposition",
            f"According to {source}, {x}, the crew waited for hours.",
            [Expect("the crew waited for hours", "indirect", name)],
            exact=False,
        )


def titled_list_not_title() -> Iterator[Case]:
    """'The poll covered X, Sen. Y of STATE and Sen. Z of STATE. X said C.' -> X with no title;
    'X, Governor Y's former adviser, said C' -> that title."""
    claim = "the ferry timetable would change"
    for (x, y), (z, _), abbr in itertools.product(PAIRS, PAIRS, ("Sen.", "Gov.", "Rep.")):
        if z in (x, y):
            continue
        ys, zs = y.removeprefix("Dr. "), z.removeprefix("Dr. ")
        yield Case(
            "",
            "list",
            f"The poll covered {x}, {abbr} {ys} of Ohio and {abbr} {zs} of Maine. "
            f"{x.split()[-1]} said {claim}.",
            [Expect(claim, "indirect", x.removeprefix("Dr. "), None)],
            exact=False,
        )
    for x, y in PAIRS:
        ys = y.removeprefix("Dr. ")
        yield Case(
            "",
            "possessor",
            f"{x}, Governor {ys}'s former adviser, said {claim}.",
            [Expect(claim, "indirect", x.removeprefix("Dr. "), f"Governor {ys}'s former adviser")],
            exact=False,
        )


ROUND11_MAIN: tuple[Capability, ...] = (
    named(
        "names.question_opener",
        "5",
        '"AUX TITLE NAME VERB?" X asked. Later SURNAME said C: NAME titled TITLE, no auxiliary in either',
        question_opener,
    ),
    named(
        "titles.predicate_not_title",
        "6",
        "NAME, AGE, PREDICATE. / NAME, PARTICIPIAL, said C: no title; NAME, ING-NOUN ROLE at BODY,: kept",
        predicate_not_title,
    ),
    named(
        "pronoun.after_age_apposition",
        "4",
        "A and his friend B ...; SURNAME-A, AGE, PREDICATE. He said C: A (an age shows a person)",
        age_shows_person,
    ),
    named(
        "sources.hyphenated_nominal",
        "5",
        "C, the PLACE-based ADJ-NOUN NOUN said: a credit (two hyphenated modifiers before the noun)",
        hyphenated_credit,
    ),
    named(
        "speaker.report_after_quoted_relative",
        "5",
        'NAME, who called X "Y," said (that) BODY VERB: the report is NAME\'s, BODY no speaker',
        relative_quote_then_report,
    ),
    named(
        "speaker.colon_after_clause",
        "4",
        'X ... when Y said: "C." / X was interrupted by Y: "C.": Y, never the sentence subject X',
        colon_after_clause,
    ),
    named(
        "speaker.second_clause_not_first",
        "4",
        "X's clause, then Y says C (Y a name or a phrase hard to read): C is never X's",
        second_clause_speaker,
    ),
    named(
        "speaker.passive_stance_agent",
        "4",
        "X was praised by Y, who said C: Y's report, never a stance of X's",
        passive_stance,
    ),
    named(
        "speaker.report_around_name",
        "4",
        "X in a fronted phrase, an object or another clause; Y (maybe unreadable) reports C: never X",
        report_around_name,
    ),
    named(
        "speaker.object_before_colon",
        "3",
        'NAME VERBed OBJECT: "C.": NAME, never the object read as a roundup credit',
        object_before_colon,
    ),
    named(
        "speaker.who_after_object",
        "4",
        "X agreed with Y, who said C: Y's report (or nobody's), never X's",
        who_after_object,
    ),
    named(
        "speaker.according_role_then_name",
        "3",
        "According to ROLE, X waited: ROLE's claim (never X's); According to ROLE, X, C: X's",
        according_role_then_name,
    ),
    named(
        "titles.titled_list_not_title",
        "6",
        "X, Sen. Y of A and Sen. Z of B: X untitled (a list); X, Governor Y's adviser,: that title",
        titled_list_not_title,
    ),
)
