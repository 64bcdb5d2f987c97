"""Slot fillers of the sixty-eighth held-out round (``heldout68.py``), a round of PRESS CONFERENCES, BRIEFINGS
AND EXCHANGES: invented people of many origins (with their gender and an age), straight and curly double marks
and British single marks, offices with their bodies (written after a name, before it, and as the short
reference a write-up uses later), bodies that hold briefings and their spokespeople, reporters' questions,
topics and *whether* clauses a reporter asks about, things officials say at a podium (quotations, reported
clauses), titles of briefings, backdrop slogans and agenda items nobody says, invented outlets, towns and
datelines.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and curly British single marks.
MARKS68 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))
#: Double marks only (passages that also hold an apostrophe).
DOUBLES68 = MARKS68[:2]

WOMEN68 = (
    Person("Ingrid Halvorsen", "Halvorsen", "f", "Norwegian", 48),
    Person("Marisol Quintero", "Quintero", "f", "Colombian", 44),
    Person("Yasmin Haddad", "Haddad", "f", "Lebanese", 39),
    Person("Priyanka Raghunathan", "Raghunathan", "f", "Tamil", 46),
    Person("Oksana Melnyk", "Melnyk", "f", "Ukrainian", 51),
    Person("Beatriz Carvalho", "Carvalho", "f", "Portuguese", 42),
    Person("Niamh Fitzgerald", "Fitzgerald", "f", "Irish", 37),
    Person("Hana Kobayashi", "Kobayashi", "f", "Japanese", 53),
    Person("Fatou Diallo", "Diallo", "f", "Senegalese", 41),
    Person("Elin Rasmussen", "Rasmussen", "f", "Danish", 55),
    Person("Ruth Abernethy", "Abernethy", "f", "Scottish", 58),
    Person("Zanele Dlamini", "Dlamini", "f", "Swazi", 40),
    Person("Lucia Benedetti", "Benedetti", "f", "Italian", 47),
    Person("Agnieszka Wrona", "Wrona", "f", "Polish", 43),
    Person("Claire Dubois-Martin", "Dubois-Martin", "f", "French", 50),
)

MEN68 = (
    Person("Tomasz Wieczorek", "Wieczorek", "m", "Polish", 52),
    Person("Rafael Montoya", "Montoya", "m", "Colombian", 49),
    Person("Kofi Boateng", "Boateng", "m", "Ghanaian", 45),
    Person("Dmitri Sokolenko", "Sokolenko", "m", "Ukrainian", 57),
    Person("Ahmed Farouk", "Farouk", "m", "Egyptian", 54),
    Person("Hiroshi Tanabe", "Tanabe", "m", "Japanese", 60),
    Person("Lars Eriksen", "Eriksen", "m", "Danish", 46),
    Person("Owen Caddick", "Caddick", "m", "Welsh", 43),
    Person("Mateus Ribeiro", "Ribeiro", "m", "Portuguese", 38),
    Person("Ibrahim Sesay", "Sesay", "m", "Sierra Leonean", 50),
    Person("Pavel Dvorak", "Dvorak", "m", "Czech", 47),
    Person("Arjun Mehta", "Mehta", "m", "Gujarati", 44),
    Person("Gareth Llewelyn-Hughes", "Llewelyn-Hughes", "m", "Welsh", 56),
    Person("Stefan Kowalczyk", "Kowalczyk", "m", "Polish", 41),
    Person("Jean-Luc Marchetti", "Marchetti", "m", "French", 59),
)

PEOPLE68 = tuple(p for pair in zip(WOMEN68, MEN68, strict=True) for p in pair)


@frozen
class Office68:
    """An office: the title after a name (with its article), the title before a name (no article), the parts a
    title must hold, the short reference a write-up uses later (`the minister`) and the body or place it names
    (a wrong speaker of every quotation)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    body: str


OFFICES68 = (
    Office68(
        "the minister for inland waterways",
        "Inland Waterways Minister",
        ("minister", "inland waterways"),
        "the minister",
        "inland waterways",
    ),
    Office68(
        "the chief executive of Calderwood Rail",
        "Calderwood Rail chief executive",
        ("chief executive", "Calderwood Rail"),
        "the chief executive",
        "Calderwood Rail",
    ),
    Office68(
        "the director of the Harbour Safety Authority",
        "Harbour Safety Authority director",
        ("director", "Harbour Safety Authority"),
        "the director",
        "Harbour Safety Authority",
    ),
    Office68(
        "the chair of the Fenwold Water Board",
        "Fenwold Water Board chair",
        ("chair", "Fenwold Water Board"),
        "the chair",
        "Fenwold Water Board",
    ),
    Office68(
        "the mayor of Saltmarsh Quay",
        "Saltmarsh Quay Mayor",
        ("mayor", "Saltmarsh Quay"),
        "the mayor",
        "Saltmarsh Quay",
    ),
    Office68(
        "the police commissioner for Dunmere",
        "Dunmere Police Commissioner",
        ("commissioner", "Dunmere"),
        "the commissioner",
        "Dunmere",
    ),
    Office68(
        "the finance director of Ostlake Energy",
        "Ostlake Energy finance director",
        ("finance director", "Ostlake Energy"),
        "the finance director",
        "Ostlake Energy",
    ),
    Office68(
        "the governor of Carrowmore Province",
        "Carrowmore Province Governor",
        ("governor", "Carrowmore"),
        "the governor",
        "Carrowmore Province",
    ),
    Office68(
        "the chief fire officer of Redbrook Fire Service",
        "Redbrook Fire Service chief fire officer",
        ("chief fire officer", "Redbrook Fire Service"),
        "the chief fire officer",
        "Redbrook Fire Service",
    ),
    Office68(
        "the health minister of Velmora",
        "Velmoran Health Minister",
        ("health minister",),
        "the minister",
        "Velmora",
    ),
    Office68(
        "the president of the Union of Ferry Crews",
        "Union of Ferry Crews president",
        ("president", "Union of Ferry Crews"),
        "the union president",
        "Union of Ferry Crews",
    ),
    Office68(
        "the head of the National Seed Bank",
        "National Seed Bank head",
        ("head", "National Seed Bank"),
        "the head of the seed bank",
        "National Seed Bank",
    ),
    Office68(
        "the deputy mayor of Penhallow",
        "Penhallow Deputy Mayor",
        ("deputy mayor", "Penhallow"),
        "the deputy mayor",
        "Penhallow",
    ),
    Office68(
        "the chief medical officer of Brannock County",
        "Brannock County chief medical officer",
        ("chief medical officer", "Brannock County"),
        "the chief medical officer",
        "Brannock County",
    ),
)


@frozen
class Body68:
    """A body that holds briefings: its name as written after `for` (with its article when it takes one), its
    name as written before a role noun, and the short reference a write-up uses later (`the ministry`)."""

    name: str
    pre: str
    short: str

    @property
    def bare(self) -> str:
        """The name without a leading article."""
        return self.name[4:] if self.name.startswith("the ") else self.name


BODIES68 = (
    Body68("the Ministry of Coastal Affairs", "Ministry of Coastal Affairs", "the ministry"),
    Body68("Calderwood Rail", "Calderwood Rail", "the company"),
    Body68("the Harbour Safety Authority", "Harbour Safety Authority", "the authority"),
    Body68("the Dunmere Police Service", "Dunmere Police Service", "the police service"),
    Body68("Ostlake Energy", "Ostlake Energy", "the company"),
    Body68("the Fenwold Water Board", "Fenwold Water Board", "the board"),
    Body68("the Ministry of Rural Roads", "Ministry of Rural Roads", "the ministry"),
    Body68("the Carrowmore Electoral Office", "Carrowmore Electoral Office", "the office"),
    Body68("the Velmoran Foreign Ministry", "Velmoran Foreign Ministry", "the ministry"),
    Body68("Brightwell Airports", "Brightwell Airports", "the operator"),
)

#: What an official says at the podium: full sentences without their final stop.
QUOTES68 = (
    "We will publish the full figures before the end of the month",
    "Nobody on that platform was in any danger",
    "I am not going to speculate about a report I have not read",
    "The crews did exactly what we trained them to do",
    "We have asked the contractor to explain every one of those delays",
    "There is no plan to close the eastern terminal",
    "I accept that we should have told people sooner",
    "The money is there and it will be spent this year",
    "We are talking about three pumps, not the whole network",
    "Our inspectors will be back on site on Monday morning",
    "That decision was taken by the board, not by me",
    "I have full confidence in the people running this operation",
    "We expect the ferries to sail again by the weekend",
    "Every complaint we received has been answered in writing",
    "The timetable was unrealistic from the very beginning",
    "We will not be rushed into a settlement that fails our members",
    "I would ask people to stay away from the harbour wall tonight",
    "The samples came back clean and the water is safe to drink",
    "We have doubled the number of patrols along the river",
    "Those figures are out of date and I will not repeat them",
    "The review will be independent and it will be public",
    "We made a mistake with the first batch of letters",
    "I spoke to the families this morning and I will speak to them again",
    "There will be no increase in fares this winter",
    "Our priority is to get the trains running safely",
    "The talks were difficult but they were worth having",
    "We have not received any formal request from the council",
    "I want to thank the volunteers who worked through the night",
)

#: Reported clauses (what an official said), to follow *that*.
CLAUSES68 = (
    "the eastern terminal would stay open through the winter",
    "the inquiry would report before the summer recess",
    "the pumping station had been repaired overnight",
    "no staff had been disciplined over the outage",
    "the contract would be put out to tender again",
    "the new timetable would take effect in June",
    "the ferry crews had been offered a second meeting",
    "the flood barrier had worked as designed",
    "the fuel levy would be reviewed in the autumn",
    "the missing records had been found in a storeroom",
    "two more inspectors would be hired by March",
    "the airport would reopen its north runway on Friday",
    "the boil-water notice would be lifted within days",
    "the talks with the unions had made good progress",
    "the bridge was safe for cars but not for lorries",
    "the figures had been checked by an outside auditor",
    "the ministry had not been told about the leak",
    "the evacuation order covered fewer than two hundred homes",
    "the new patrol boats would arrive in the spring",
    "the budget for road repairs had been spent in full",
    "the vaccination clinics would stay open at weekends",
    "the border crossing would reopen at dawn",
)

#: Topics a reporter asks about (after `about`, `on`).
TOPICS68 = (
    "the delayed tender",
    "the cost of the new bridge",
    "the leaked memo",
    "the overtime bill",
    "the closure of the eastern terminal",
    "the water samples",
    "the missing ledgers",
    "the ferry strike",
    "the fuel levy",
    "the evacuation order",
    "the runway repairs",
    "the patrol budget",
)

#: Questions a reporter puts (after `Asked` or `asked`): *whether* clauses in the third person.
WHETHERS68 = (
    "whether the minister had known about the leak",
    "whether the terminal would close",
    "whether fares would rise in the spring",
    "whether anyone would be dismissed",
    "whether the contractor would be paid in full",
    "whether the ferries were safe",
    "whether the report would be published",
    "whether more patrols were planned",
    "whether the talks had broken down",
    "whether the samples had been retested",
)

#: Questions reporters shout or put in marks (with their question mark).
QUESTIONS68 = (
    "Will you resign?",
    "Who signed off on the contract?",
    "Did anyone warn you about the cracks?",
    "When will the trains run again?",
    "Is the water safe to drink?",
    "How much has this cost?",
    "Why were families not told sooner?",
    "Are you going to apologise?",
    "Has the contractor been paid?",
    "Will there be an inquiry?",
)

#: Short answers to a shouted question (without their final comma or stop).
ANSWERS68 = ("No", "Not today", "We will see", "Absolutely not", "Yes", "In good time")

#: Where a briefing is held (after `told` / `said at`), with no speaker in it.
VENUES68 = (
    "a regular briefing",
    "the daily briefing",
    "a news conference",
    "a weekly news briefing",
    "a hastily arranged news conference",
    "reporters",
)

#: Titles of briefings and events (in marks, spoken by nobody).
EVENT_TITLES68 = (
    "Building the Harbour of Tomorrow",
    "Open Water, Open Roads",
    "A Safer Dunmere",
    "Rails for Everyone",
    "The Road Ahead",
    "Clean Taps 2030",
)

#: Slogans on a backdrop or a lectern (in marks, spoken by nobody).
SLOGANS68 = (
    "Moving Forward Together",
    "Safe Water for Every Home",
    "Keep Carrowmore Working",
    "Every Journey Counts",
    "Stronger Coasts, Stronger Towns",
)

#: Agenda items (in marks, spoken by nobody).
AGENDA68 = (
    ("Harbour dues", "Ferry timetables"),
    ("Road closures", "Winter gritting"),
    ("Water quality", "Pipe renewals"),
    ("Runway works", "Noise complaints"),
    ("Patrol numbers", "Overtime"),
)

#: Invented outlets whose reporters ask questions, with their short form.
OUTLETS68 = (
    ("the Saltmarsh Courier", "Saltmarsh Courier"),
    ("Radio Penhallow", "Radio Penhallow"),
    ("the Carrowmore Ledger", "Carrowmore Ledger"),
    ("the Dunmere Evening Post", "Dunmere Evening Post"),
)

#: Invented towns for datelines and venues.
TOWNS68 = ("Saltmarsh Quay", "Penhallow", "Dunmere", "Brannock", "Eastwick Vale", "Carrowmore", "Kildrennan")

#: Datelines (an all-capitals town, a date, a dash); the first word is forbidden in quotes and speakers.
DATELINES68 = (
    "PENHALLOW, May 3 \u2014 ",
    "DUNMERE, Oct. 14 \u2014 ",
    "KILDRENNAN, March 9 (Harbourline) \u2014 ",
    "BRANNOCK \u2014 ",
    "EASTWICK VALE, Jan. 22 \u2014 ",
)

#: Days for narrative sentences.
DAYS68 = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday")

#: Invented reporters (bylines, named questioners): full names, genders.
STAFF68 = (
    Person("Ewan Tolley", "Tolley", "m", "English", 33),
    Person("Greta Lindqvist", "Lindqvist", "f", "Swedish", 36),
    Person("Samir Benali", "Benali", "m", "Algerian", 31),
    Person("Aisling Tuohy", "Tuohy", "f", "Irish", 29),
)

#: Quotations a credit splits in the middle: the first half (no final comma) and the second (with its stop).
SPLITS68 = (
    ("We will publish the full figures", "before the end of the month."),
    ("The crews did exactly what we trained them to do", "and I am proud of every one of them."),
    ("There is no plan to close the eastern terminal", "whatever you may have read this morning."),
    ("I accept that we should have told people sooner", "and I am sorry that we did not."),
    ("Our inspectors will be back on site", "first thing on Monday morning."),
    ("The review will be independent", "and every word of it will be public."),
)

#: Unnamed sources (`{body}`, `{bare}`, `{pre}`: a body's forms; `{name}`: a named official) and the names a
#: key accepts for each: the phrase, with or without its article and modifiers.
ANON68 = (
    (
        "a senior official at {body}",
        ("senior official", "a senior official at {body}", "senior official at {bare}", "official"),
    ),
    ("one {pre} official", ("official", "{pre} official", "one {pre} official")),
    ("a person familiar with the talks", ("person familiar with the talks", "person")),
    (
        "two officials who attended the briefing",
        ("two officials", "officials", "two officials who attended the briefing"),
    ),
    ("a government source", ("government source", "source")),
    ("an aide to {name}", ("aide", "an aide to {name}")),
)
