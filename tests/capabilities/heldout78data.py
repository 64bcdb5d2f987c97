"""Slot fillers of the seventy-eighth held-out round (``heldout78.py``), a round of FACT-CHECKS AND CLAIM
REVIEWS as a fact-checking desk writes them: invented politicians and candidates who make claims, experts and
officials asked to check them, spokespeople who answer for the claimants (with a gender and an age); the
claimants' and experts' posts (as written after a name, before a name, and as the short second reference,
with the parts a title must hold); bodies that issue statements and publish figures (some of one word);
documents a figure comes from; outlets and fact-checking desks; claims (as the claimant said them and as a
reporter reports them), responses, corrections, reported clauses, pointed fragments for mixed quotations,
split quotations, captions; and rating labels, slogans, nicknames, scare terms and report titles that sit in
marks and nobody says; towns and days.

Every name, body, outlet, place and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British curly single marks.
MARKS78 = (Mark('"', '"'), Mark("\u201c", "\u201d"))
ALLMARKS78 = (*MARKS78, Mark("\u2018", "\u2019"))

WOMEN78 = (
    Person("Odile Ferrand", "Ferrand", "f", "French", 52),
    Person("Priyanka Venkatesan", "Venkatesan", "f", "Tamil", 41),
    Person("Yewande Adebisi", "Adebisi", "f", "Yoruba", 38),
    Person("Lucia Brambilla", "Brambilla", "f", "Italian", 56),
    Person("Henrike Albers", "Albers", "f", "German", 47),
    Person("Siobhan Tierney", "Tierney", "f", "Irish", 35),
    Person("Chiamaka Eze-Nwosu", "Eze-Nwosu", "f", "Igbo", 44),
    Person("Naoko Shibata", "Shibata", "f", "Japanese", 50),
    Person("Marieke Hoogendijk", "Hoogendijk", "f", "Dutch", 59),
    Person("Layal Haddad", "Haddad", "f", "Lebanese", 33),
    Person("Morven Sinclair", "Sinclair", "f", "Scottish", 46),
    Person("Kirra Pemberton", "Pemberton", "f", "Australian", 39),
    Person("Agnieszka Wrobel", "Wrobel", "f", "Polish", 54),
    Person("Ines Carvalho", "Carvalho", "f", "Portuguese", 43),
    Person("Dolores Arriaga", "Arriaga", "f", "Mexican", 61),
)

MEN78 = (
    Person("Bertil Lindqvist", "Lindqvist", "m", "Swedish", 58),
    Person("Dale Hutchins", "Hutchins", "m", "American", 63),
    Person("Yaw Boateng-Mensah", "Boateng-Mensah", "m", "Ghanaian", 45),
    Person("Matteo Ravasi", "Ravasi", "m", "Italian", 49),
    Person("Declan Furlong", "Furlong", "m", "Irish", 42),
    Person("Ignacio Solorzano", "Solorzano", "m", "Mexican", 51),
    Person("Alasdair Guthrie", "Guthrie", "m", "Scottish", 57),
    Person("Lukas Brandstetter", "Brandstetter", "m", "German", 40),
    Person("Femi Adeyemo-Clarke", "Adeyemo-Clarke", "m", "Yoruba", 36),
    Person("Thibault Morvan", "Morvan", "m", "French", 48),
    Person("Julian Pettifer", "Pettifer", "m", "English", 66),
    Person("Pawel Sadowski", "Sadowski", "m", "Polish", 44),
    Person("Hugh Rendell", "Rendell", "m", "English", 70),
    Person("Srinivas Kondapalli", "Kondapalli", "m", "Telugu", 53),
    Person("Nuno Barreiros", "Barreiros", "m", "Portuguese", 47),
)

PEOPLE78 = tuple(p for pair in zip(WOMEN78, MEN78, strict=True) for p in pair)


@frozen
class Post78:
    """A post: as written after a name (between commas, with its article), before a name (`Harrowgate Mayor`),
    the short second reference without its article (`mayor`), the parts a title must hold (the role noun and
    the body or place) and the body or place as a name (never a speaker)."""

    after: str
    pre: str
    short: str
    parts: tuple[str, ...]
    body: str


#: Claimants' posts: politicians, candidates, ministers.
CLAIMANTS78 = (
    Post78("the mayor of Harrowgate", "Harrowgate Mayor", "mayor", ("mayor", "Harrowgate"), "Harrowgate"),
    Post78(
        "a senator for the Reform Alliance",
        "Reform Alliance Senator",
        "senator",
        ("senator", "Reform Alliance"),
        "the Reform Alliance",
    ),
    Post78(
        "the governor of Calvaro Province",
        "Calvaro Province Governor",
        "governor",
        ("governor", "Calvaro"),
        "Calvaro Province",
    ),
    Post78(
        "the leader of the Civic Unity Party",
        "Civic Unity Party leader",
        "party leader",
        ("leader", "Civic Unity Party"),
        "the Civic Unity Party",
    ),
    Post78(
        "a candidate for the Wexmoor council",
        "Wexmoor council candidate",
        "candidate",
        ("candidate", "Wexmoor"),
        "the Wexmoor council",
    ),
    Post78(
        "the finance minister of Veldmark",
        "Veldmark Finance Minister",
        "minister",
        ("finance minister", "Veldmark"),
        "Veldmark",
    ),
    Post78(
        "the chair of the Brackwater County Board",
        "Brackwater County Board chair",
        "chair",
        ("chair", "Brackwater County Board"),
        "the Brackwater County Board",
    ),
)

#: Experts' and officials' posts: the people a desk asks to check a figure.
EXPERTS78 = (
    Post78(
        "an economist at the Pellham Institute",
        "Pellham Institute economist",
        "economist",
        ("economist", "Pellham Institute"),
        "the Pellham Institute",
    ),
    Post78(
        "an epidemiologist at Northgate University",
        "Northgate University epidemiologist",
        "epidemiologist",
        ("epidemiologist", "Northgate University"),
        "Northgate University",
    ),
    Post78(
        "the director of the Ravensworth Statistics Office",
        "Ravensworth Statistics Office director",
        "director",
        ("director", "Ravensworth Statistics Office"),
        "the Ravensworth Statistics Office",
    ),
    Post78(
        "a climate scientist at the Aldmere Research Centre",
        "Aldmere Research Centre climate scientist",
        "scientist",
        ("scientist", "Aldmere Research Centre"),
        "the Aldmere Research Centre",
    ),
    Post78(
        "a professor of public finance at Corriston University",
        "Corriston University finance professor",
        "professor",
        ("professor", "Corriston University"),
        "Corriston University",
    ),
    Post78(
        "a crime researcher at the Merrow Justice Lab",
        "Merrow Justice Lab researcher",
        "researcher",
        ("researcher", "Merrow Justice Lab"),
        "the Merrow Justice Lab",
    ),
)

#: Bodies that issue statements and publish figures: (as written at a sentence's start, the names a key
#: accepts).
BODIES78 = (
    ("The Ravensworth Statistics Office", ("Ravensworth Statistics Office", "Statistics Office")),
    ("Brightline", ("Brightline",)),
    ("The Health Ministry", ("Health Ministry",)),
    ("Calvex", ("Calvex",)),
    ("The Veldmark Electoral Commission", ("Veldmark Electoral Commission", "Electoral Commission")),
    ("The Harrowgate Police Service", ("Harrowgate Police Service", "Police Service")),
)

#: Documents a figure comes from: (the noun phrase without its article, the names a key accepts).
DOCS78 = (
    ("2022 labour market report", ("report", "labour market report", "2022 labour market report")),
    ("annual crime survey", ("survey", "crime survey", "annual crime survey")),
    ("audit of the bridge project", ("audit", "audit of the bridge project")),
    ("household spending study", ("study", "household spending study", "spending study")),
)

#: Outlets that carry interviews.
OUTLETS78 = (
    "the Dunmore Courier",
    "Radio Halloway",
    "the Eastbridge Ledger",
    "Morning Signal",
    "the Ashvale Post",
)

#: Fact-checking desks: the outlet whose verdict a check gives.
DESKS78 = ("ClaimWatch", "Factline", "the Verity Desk")

TOWNS78 = ("Kelbrook", "Marden Cross", "Ashvale", "Tollerby", "Frayne", "Lenfield")
DAYS78 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Claims: (as the claimant said it, as a reporter reports it in the past).
CLAIMS78 = (
    ("Violent crime in this city has doubled since 2019", "violent crime in the city had doubled since 2019"),
    (
        "We cut the deficit in half in just two years",
        "the government had cut the deficit in half in two years",
    ),
    (
        "Not one new school has opened in this county in a decade",
        "not one new school had opened in the county in a decade",
    ),
    (
        "Unemployment is at its lowest level in fifty years",
        "unemployment was at its lowest level in fifty years",
    ),
    (
        "The new fuel levy will cost every family 3,000 dollars a year",
        "the new fuel levy would cost every family 3,000 dollars a year",
    ),
    (
        "Half of all new jobs went to workers from outside the province",
        "half of all new jobs had gone to workers from outside the province",
    ),
    (
        "The Marsh Road bridge came in 200 million under budget",
        "the Marsh Road bridge had come in 200 million under budget",
    ),
    (
        "Our hospitals have more nurses today than at any time in history",
        "the hospitals had more nurses than at any time in their history",
    ),
    (
        "Rents in this city rose 40 percent last year alone",
        "rents in the city had risen 40 percent in a single year",
    ),
    (
        "Wind turbines killed more than 40,000 birds in the valley last year",
        "wind turbines had killed more than 40,000 birds in the valley in a year",
    ),
)

#: Responses and experts' words, without their final punctuation.
QUOTES78 = (
    "The numbers simply do not support that statement",
    "We took the figure directly from the ministry's own tables",
    "It is a real number, but it leaves out most of the story",
    "Nobody who has read the report closely could say that",
    "We stand by every word of that speech",
    "There was a counting change in 2021, and that explains most of the jump",
    "The chart stops just before the trend turns around",
    "That survey was never designed to measure anything of the kind",
    "Our data show a modest rise, not a doubling",
    "If you compare the same months, the increase almost disappears",
    "We have asked the campaign to stop using our figures",
    "The point stands, whatever the exact number turns out to be",
)

#: Reported clauses of experts, officials, bodies and desks.
CLAUSES78 = (
    "the figure counted arrests rather than convictions",
    "the rise was closer to 12 percent over the period",
    "the number had been taken from a draft that was never published",
    "no study of that kind had been carried out",
    "the chart left out the two most recent years",
    "the survey had asked a different question altogether",
    "the office had changed how it counted vacancies in 2021",
    "the estimate came with a wide margin of error",
    "the comparison mixed yearly and monthly figures",
    "the data had been revised downward in March",
)

#: Corrections a claimant posts, without their final punctuation.
CORRECTIONS78 = (
    "I misspoke, and the right figure is about 12 percent",
    "I got the year wrong, and I apologise for that",
    "The number I used was out of date, and I should have checked it",
)

#: Captions of shared posts, without their final punctuation.
CAPTIONS78 = (
    "Share this before they delete it",
    "The numbers they do not want you to see",
    "Read it and weep",
)

#: Pointed fragments: (the object, the fragment a mixed quotation marks).
FRAGS78 = (
    ("the claim", "flat-out wrong"),
    ("the figure", "badly cherry-picked"),
    ("the post", "deliberately misleading"),
    ("the ad", "a gross distortion"),
    ("the statistic", "years out of date"),
    ("the chart", "a sleight of hand"),
    ("the fact-check", "partisan nonsense"),
)

#: A claim that marks a loaded phrase: (the words before it, the phrase).
FRAGCLAIMS78 = (
    ("the city was facing a", "crime wave"),
    ("the budget had a", "hidden hole"),
    ("the province was enjoying a", "jobs boom"),
    ("rents in the valley were", "out of control"),
)

#: Split quotations: (the first part, the second part), without their punctuation.
SPLITS78 = (
    ("The number is real", "but it measures something else entirely"),
    ("We checked every source in that speech", "and none of them says what the ad says"),
    ("I stand by the figure", "and I would say it again tomorrow"),
    ("The office never published that estimate", "so I cannot tell you where it came from"),
    ("It is not a lie", "but it is not the whole truth either"),
)

#: Marked words nobody says: rating labels, slogans, nicknames, scare terms, report titles.
RATINGS78 = ("Mostly Hollow", "Stretched Thin", "Full Fabrication")
SLOGANS78 = ("Safe Streets Now", "A Fair Share for Everyone", "Build Lenfield Back")
NICKS78 = ("the Calculator", "Mister Numbers", "the Iron Auditor")
SCARE78 = ("ghost jobs", "phantom deficit", "jobs miracle")
TITLES78 = ("Counting the Cost", "Schools in Numbers", "A City in Figures")

#: Sentences that report nothing.
NARRATIVE78 = (
    "The figures were first published in 2019 and have been revised twice since.",
    "The bridge opened to traffic in May, eight months later than planned.",
    "Turnout in the county election was the lowest in two decades.",
    "The survey covers about 9,000 households and is published every spring.",
)
