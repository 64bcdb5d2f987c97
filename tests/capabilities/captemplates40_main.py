"""Development capabilities added on main in the forty-first round.

* *NAME VERBED as the EVENT ended: "Q"*, *NAME VERBED when the hearing resumed: "Q"*, *NAME
  VERBED as the ballots were counted: "Q"*: an adverbial clause of a verb of happening or a
  passive reports no utterance, so the colon still introduces NAME's words (before: no speaker,
  the clause's subject read as the one who spoke), while *NAME laughed when the robot beeped:
  "Q"* stays none of NAME's;
* *Most of the GROUP said C, but one, NAME, emailed a neighbour: "Q"*, *..., but NAME scoffed at
  the idea: "Q"*: a colon frame whose verb has a short object or adjunct opens a report of its
  own, NAME's (before: one mixed quotation, all the group's, or the quotation the group's);
* *NAME, who moved to TOWN last year, met OTHER on DAY. The newcomer said C.*, *NAME, who has
  lived in TOWN ..., ... the resident said*, *the retiree*, *the survivor*, *the winner*: a noun
  that describes a person by a deed names the one a clause gave that deed (before: the noun
  itself, *newcomer*); with no such clause, never NAME nor OTHER;
* *According to a letter seen by AGENCY, NAME, ROLE at BODY, told staff: "Q"*: a fronted source
  before a report of a named speaker with an apposition credits only the report, NAME's
  (before: *NAME, ROLE* as the content of *according to*, and Q given to *staff*); *a memo seen
  by AGENCY* is the document's modifier, no cue of its own (before: one mixed quotation, the
  phrase's);
* *C, NAME said, according to a transcript seen by AGENCY.*: the source after a credit is no
  rest of the content (before: a second part *according to a transcript seen*);
* *The PAPER reported on DAY, citing NAME, ROLE at BODY, that C.*, *Shares in FIRM fell after the
  PAPER reported, citing unnamed officials, that C.*, *The PAPER said, citing a memo, that C.*:
  a participle's aside between a report and its *that* clause is the report's source, and the
  report is the paper's (before: the aside inside the content, or the shares as the speaker of
  *unnamed officials, that C*, or no report).

People, places and events of our own. ``captemplates.py`` adds :data:`ROUND40_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

PEOPLE = ("Margaret Holloway", "Tiriel Vasquenne", "Gerald Ashcombe", "Oskana Bredvik")
#: Verbs of the sentence's subject: listed cues, and verbs of gesture that no verb list holds
#: (their colon frame alone makes them a cue; these once lost the quotation to the clause).
MAIN_VERBS = ("grumbled", "told reporters", "laughed", "shrugged", "smiled", "winced")
#: Adverbial clauses whose verb is one of happening or a passive: no subject that speaks.
EVENT_CLAUSES = (
    "as the meeting ended",
    "when the hearing resumed",
    "as the session was adjourned",
    "after the debate began",
    "as the ballots were counted",
    "when the polls closed",
    "as the inquiry reconvened",
    "once the count had finished",
)
#: Clauses whose subject makes a sound of its own: the quotation is not the main subject's.
SOUND_CLAUSES = ("when the robot beeped", "as the parrot squawked")


def event_clause_colon() -> Iterator[Case]:
    """NAME VERBED CLAUSE: "Q." -> NAME's, whatever the clause's event; and NAME laughed when the
    robot beeped: "Q." -> never NAME's."""
    clauses = range(len(EVENT_CLAUSES) + len(SOUND_CLAUSES))
    combos = itertools.product(range(len(PEOPLE)), range(len(MAIN_VERBS)), clauses, range(len(MARKS)))
    for p, v, c, m in sample(combos, 200, "r40main-event-clause"):
        o, e = MARKS[m]
        name = PEOPLE[p]
        q = f"{o}{QUOTES[(p + c) % len(QUOTES)]}.{e}"
        if c < len(EVENT_CLAUSES):
            clause = EVENT_CLAUSES[c]
            text = f"{name} {MAIN_VERBS[v]} {clause}: {q}"
            yield Case("", clause, text, [Expect(q, "direct", name)])
        else:
            clause = SOUND_CLAUSES[c - len(EVENT_CLAUSES)]
            text = f"{name} laughed {clause}: {q}"
            yield Case("", "sound", text, [], exact=False, wrong_speakers=[(q, name)])


GROUPS = ("nurses at the clinic", "drivers at the depot", "stallholders on the quay", "members of the club")
#: Colon frames with a short object or adjunct, none a listed cue phrase.
FRAMES = (
    "emailed a neighbour",
    "scoffed at the idea",
    "wrote on the whiteboard",
    "shouted across the hall",
    "grumbled to the chair",
)


def apposed_frame_object() -> Iterator[Case]:
    """Most of the GROUP said C, but one, NAME, VERBED OBJECT: "Q." -> C the group's, Q NAME's;
    and the same with the name as the subject after *but*."""
    combos = itertools.product(range(len(PEOPLE)), range(len(GROUPS)), range(len(FRAMES)), range(2), MARKS)
    for p, g, f, apposed, (o, e) in sample(combos, 160, "r40main-frame-object"):
        name, k = PEOPLE[p], (p + f) % len(QUOTES)
        q = f"{o}{QUOTES[k]}.{e}"
        group = f"Most of the {GROUPS[g]}"
        subject = f"one, {name}," if apposed else name
        text = f"{group} said {CLAUSES[k]}, but {subject} {FRAMES[f]}: {q}"
        expects = [Expect(CLAUSES[k], "indirect", group), Expect(q, "direct", name, title=None)]
        yield Case("", f"{'apposed' if apposed else 'subject'}|{FRAMES[f]}", text, expects)


TOWNS = ("Glen Tarrow", "Port Ardwick", "Santa Morvela")
#: A describing noun and the clause of its deed.
DEEDS = (
    ("newcomer", "who moved to {town} last year"),
    ("resident", "who has lived in {town} for forty years"),
    ("retiree", "who retired from the ferry company in 2019"),
    ("survivor", "who survived the flood of 1998"),
    ("winner", "who won the allotment prize in {town}"),
)


def deed_descriptions() -> Iterator[Case]:
    """NAME, who DEED, met OTHER on Monday. The NOUN said C. -> NAME (not OTHER); and with no
    deed clause ('NAME met OTHER ...'), neither of them."""
    combos = itertools.product(range(len(PEOPLE)), range(len(DEEDS)), range(len(TOWNS)), range(4))
    for p, d, t, shape in sample(combos, 200, "r40main-deeds"):
        name, other = PEOPLE[p], PEOPLE[(p + 1 + t) % len(PEOPLE)]
        noun, deed = DEEDS[d]
        clause = CLAUSES[(p + d) % len(CLAUSES)]
        q = f"{MARKS[t][0]}{QUOTES[(p + d) % len(QUOTES)]},{MARKS[t][1]}"
        if shape == 3:
            text = f"{name} met {other} in {TOWNS[t]} on Monday. The {noun} said {clause}."
            yield Case(
                "", f"no-deed|{noun}", text, [], exact=False, wrong_speakers=[(clause, name), (clause, other)]
            )
            continue
        intro = f"{name}, {deed.format(town=TOWNS[t])}, met {other} on Monday."
        if shape == 2:
            text = f"{intro}\n\n{q} the {noun} said."
            yield Case("", f"quoted|{noun}", text, [Expect(q, "direct", name)])
        else:
            text = f"{intro} The {noun} said {clause}."
            yield Case("", f"reported|{noun}", text, [Expect(clause, "indirect", name)])


AGENCY = "Harbourline News"
#: Documents a report is seen or heard in, and how.
DOCUMENTS = ("a letter seen by", "an email seen by", "a memo seen by", "a recording heard by")
#: Roles at a body, with the word the title must hold.
ROLES = (
    ("fleet director at Corvanne Canners", "fleet director"),
    ("head of sales at Tarrow Mills", "head of sales"),
)


def according_to_named_report() -> Iterator[Case]:
    """According to DOC AGENCY, NAME[, ROLE,] told staff: "Q." / warned that C. -> NAME's alone,
    never the document's nor the staff's; C, NAME said, according to DOC AGENCY. -> C alone."""
    combos = itertools.product(range(len(PEOPLE)), range(len(DOCUMENTS)), range(3), range(len(MARKS)))
    for p, d, shape, m in sample(combos, 180, "r40main-according"):
        name, (role, head) = PEOPLE[p], ROLES[(p + d) % len(ROLES)]
        o, e = MARKS[m]
        q, clause = f"{o}{QUOTES[(p + d) % len(QUOTES)]}.{e}", CLAUSES[(p + m) % len(CLAUSES)]
        doc = f"{DOCUMENTS[d]} {AGENCY}"
        wrong: list[tuple[str, str]] = []  # (shape 0: never the staff told)
        if shape == 0:
            text = f"According to {doc}, {name}, {role}, told staff: {q}"
            expects = [Expect(q, "direct", name, title=Contains((head,)))]
            wrong = [(q, "staff")]
        elif shape == 1:
            text = f"According to {doc}, {name} told staff: {q}"
            expects = [Expect(q, "direct", name)]
        else:
            text = f"{clause[0].upper()}{clause[1:]}, {name} said, according to {doc}."
            expects = [Expect(f"{clause[0].upper()}{clause[1:]}", "indirect", name)]
        yield Case("", f"shape{shape}|{DOCUMENTS[d].split()[1]}", text, expects, wrong_speakers=wrong)


PAPERS = ("Velian Observer", "Keldby Ledger", "Tarrow Evening Post")
FIRMS = ("Corvanne Canners", "Tarrow Mills", "Halvard Cable")


def citing_asides() -> Iterator[Case]:
    """The PAPER reported on DAY, citing NAME, ROLE, that C. / Shares in FIRM fell after the PAPER
    reported, citing unnamed officials, that C. / The PAPER said, citing a memo, that C. -> 'that
    C' the paper's, nothing else."""
    combos = itertools.product(range(len(PEOPLE)), range(len(PAPERS)), range(len(FIRMS)), range(3))
    for p, g, f, shape in sample(combos, 150, "r40main-citing"):
        paper, clause = PAPERS[g], CLAUSES[(p + f) % len(CLAUSES)]
        if shape == 0:
            role = ROLES[(p + g) % len(ROLES)][0]
            text = f"The {paper} reported on Monday, citing {PEOPLE[p]}, {role}, that {clause}."
        elif shape == 1:
            lead = f"Shares in {FIRMS[f]} fell 6 percent after the {paper} reported"
            text = f"{lead}, citing unnamed officials, that {clause}."
        else:
            text = f"The {paper} said, citing a company memo seen by {AGENCY}, that {clause}."
        wrong = [(clause, f"Shares in {FIRMS[f]}"), (clause, PEOPLE[p])]
        yield Case(
            "", f"shape{shape}", text, [Expect(f"that {clause}", "indirect", paper)], wrong_speakers=wrong
        )


ROUND40_MAIN: tuple[Capability, ...] = (
    named("cue.event_clause_colon", "1", 'NAME sighed as the meeting ended: "Q": NAME', event_clause_colon),
    named(
        "cue.apposed_frame_object",
        "1",
        'but one, NAME, emailed a neighbour: "Q": NAME',
        apposed_frame_object,
    ),
    named(
        "according_to.named_report",
        "3",
        'According to a letter seen by X, NAME, ROLE, told staff: "Q": NAME',
        according_to_named_report,
    ),
    named(
        "citing.report_asides", "3", "The PAPER reported, citing NAME, ROLE, that C: the paper", citing_asides
    ),
    named(
        "nominal.deed_descriptions",
        "4",
        "NAME, who moved to TOWN, ... The newcomer said C",
        deed_descriptions,
    ),
)
