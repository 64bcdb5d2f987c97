"""Slot fillers of the fifty-fifth held-out round (``heldout55.py``), a round of LONG ARTICLES AND FEATURES:
invented people with a gender and an age (given names whose gender a reader knows at once), families of two
who share a surname (couples and siblings), roles written with their affiliation and the short reference a
feature uses later (*the senator*, *the economist*), bodies with the document they issue, towns, straight
and curly double marks, feature ledes and narrative paragraphs (with and without a bystander who says
nothing), quotations, reported clauses, clauses with a quoted fragment, and the book and report titles, scare
terms, sayings and signs nobody says.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks (one style per article).
MARKS55 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN55 = (
    Person("Helen Marrick", "Marrick", "f", "English", 48),
    Person("Sarah Quenby", "Quenby", "f", "English", 39),
    Person("Margaret Ollerton", "Ollerton", "f", "English", 61),
    Person("Fiona Tregarth", "Tregarth", "f", "Cornish", 44),
    Person("Ingrid Solvang", "Solvang", "f", "Norwegian", 52),
    Person("Teresa Abanto", "Abanto", "f", "Peruvian", 36),
    Person("Amara Okonjo", "Okonjo", "f", "Igbo", 41),
    Person("Priya Venkataraman", "Venkataraman", "f", "Tamil", 47),
    Person("Lucia Ferrante", "Ferrante", "f", "Italian", 55),
    Person("Nadia Haddadin", "Haddadin", "f", "Jordanian", 38),
    Person("Catherine Wexley", "Wexley", "f", "English", 58),
    Person("Elena Draganova", "Draganova", "f", "Bulgarian", 43),
    Person("Rebecca Strand", "Strand", "f", "Scottish", 50),
    Person("Maria Castellanos", "Castellanos", "f", "Mexican", 46),
    Person("Julia Hoffmeier", "Hoffmeier", "f", "German", 40),
    Person("Anna Kowalczyk", "Kowalczyk", "f", "Polish", 34),
)

MEN55 = (
    Person("David Harrowell", "Harrowell", "m", "English", 57),
    Person("Thomas Kebbell", "Kebbell", "m", "English", 49),
    Person("Martin Olsvik", "Olsvik", "m", "Norwegian", 45),
    Person("Samuel Adeyinka", "Adeyinka", "m", "Yoruba", 51),
    Person("Marco Ferrantelli", "Ferrantelli", "m", "Italian", 42),
    Person("Rahul Desikan", "Desikan", "m", "Tamil", 38),
    Person("Peter Lindqvist", "Lindqvist", "m", "Swedish", 63),
    Person("James Corrigan", "Corrigan", "m", "Irish", 54),
    Person("Andrew Pellow", "Pellow", "m", "Cornish", 46),
    Person("Yusuf Demirel", "Demirel", "m", "Turkish", 40),
    Person("Carlos Arbeloa", "Arbeloa", "m", "Basque", 53),
    Person("Henrik Vosberg", "Vosberg", "m", "Danish", 60),
    Person("Michael Dunstan", "Dunstan", "m", "English", 44),
    Person("Daniel Mbeki-Roux", "Mbeki-Roux", "m", "South African", 37),
    Person("Robert Galloway", "Galloway", "m", "Scottish", 66),
    Person("Stefan Novakovic", "Novakovic", "m", "Serbian", 48),
)

PEOPLE55 = tuple(p for pair in zip(WOMEN55, MEN55, strict=True) for p in pair)


@frozen
class Family55:
    """Two people who share a surname: a woman's and a man's given name, and how they are related."""

    surname: str
    her: str
    him: str
    couple: bool


FAMILIES55 = (
    Family55("Vandermolen", "Ilse", "Pieter", True),
    Family55("Ashcombe", "Harriet", "George", False),
    Family55("Okereke", "Ngozi", "Chidi", True),
    Family55("Lindahl", "Karin", "Erik", False),
    Family55("Moravec", "Petra", "Tomas", True),
    Family55("Pennock", "Louise", "Richard", False),
    Family55("Castaneda", "Rosa", "Miguel", True),
    Family55("Hallorann", "Bridget", "Declan", False),
    Family55("Sundqvist", "Astrid", "Lars", True),
    Family55("Ravensdale", "Emily", "William", False),
)


@frozen
class Role55:
    """A role as a feature writes it after a name (`a senator for the Westmarch district`), the short
    reference it uses later (`the senator`) and the parts a title must contain (role noun and affiliation)."""

    after: str
    short: str
    parts: tuple[str, ...]


ROLES55 = (
    Role55("a senator for the Westmarch district", "the senator", ("senator", "Westmarch")),
    Role55(
        "an economist at the Kellbridge Institute", "the economist", ("economist", "Kellbridge Institute")
    ),
    Role55("the mayor of Tarnholm", "the mayor", ("mayor", "Tarnholm")),
    Role55("a historian at Ousefield University", "the historian", ("historian", "Ousefield University")),
    Role55("the head coach of Brackwater Rovers", "the coach", ("coach", "Brackwater Rovers")),
    Role55("a surgeon at St Aldric's Hospital", "the surgeon", ("surgeon", "St Aldric's Hospital")),
    Role55(
        "an organiser with the Dockside Workers' Union",
        "the organiser",
        ("organiser", "Dockside Workers' Union"),
    ),
    Role55(
        "the chief executive of Pellworth Energy",
        "the chief executive",
        ("chief executive", "Pellworth Energy"),
    ),
    Role55("an architect at Ferrand Studio", "the architect", ("architect", "Ferrand Studio")),
    Role55("the curator of the Saltmarsh Museum", "the curator", ("curator", "Saltmarsh Museum")),
    Role55("the headteacher of Lindow Vale School", "the headteacher", ("headteacher", "Lindow Vale School")),
    Role55(
        "a superintendent with the Carrick Constabulary", "the superintendent", ("superintendent", "Carrick")
    ),
    Role55("the fire chief in Dunmere", "the fire chief", ("fire chief", "Dunmere")),
    Role55(
        "a climate scientist at the Northmoor Observatory",
        "the scientist",
        ("scientist", "Northmoor Observatory"),
    ),
    Role55("the harbourmaster at Skellport", "the harbourmaster", ("harbourmaster", "Skellport")),
    Role55(
        "a lawyer for the Ravensmoor Tenants' Association",
        "the lawyer",
        ("lawyer", "Ravensmoor Tenants' Association"),
    ),
    Role55("a nurse at the Elmstead Clinic", "the nurse", ("nurse", "Elmstead Clinic")),
    Role55("a pastor at Holy Cross Church in Ferrow", "the pastor", ("pastor", "Holy Cross Church")),
    Role55("the chair of the Wendham Farmers' Guild", "the chair", ("chair", "Wendham Farmers' Guild")),
    Role55(
        "a judge at the Corran Valley Film Festival", "the judge", ("judge", "Corran Valley Film Festival")
    ),
)


@frozen
class Body55:
    """A body named in an article and the document it issues."""

    name: str
    doc: str


BODIES55 = (
    Body55("the Harrowgate Water Board", "report"),
    Body55("the Ledmore Housing Trust", "statement"),
    Body55("the Calder Valley Commission", "review"),
    Body55("the Fenwick Residents' Council", "letter"),
    Body55("the Orrin Transport Authority", "assessment"),
    Body55("the Brightholm Civic Society", "submission"),
    Body55("the Kestle Coast Partnership", "report"),
    Body55("the Meadowbank Health Board", "statement"),
    Body55("the Tollan Heritage Fund", "review"),
    Body55("the Quarry Hill Planning Panel", "report"),
)

TOWNS55 = (
    "Marrowby",
    "Corrabridge",
    "Hesketh Bay",
    "Wendle",
    "Lowther Cross",
    "Fennick",
    "Aldbury Marsh",
    "Skelwith",
    "Pentreath",
    "Ormsby Haven",
)

#: Feature ledes: a scene with no person in it ({town}).
LEDES55 = (
    "On a grey morning in {town}, the queue outside the old ferry office stretched past the chandlery.",
    "The tide was out in {town} when the first delivery lorries arrived at the quay.",
    "For most of the last century, the mill on the hill in {town} was the biggest employer.",
    "Nobody in {town} can quite remember when the clock on the market hall last told the right time.",
    "The rain had not stopped for three days when the meeting began in {town}'s draughty community hall.",
    "By nine in the morning, every parking space around the square in {town} was taken.",
    "In {town}, the closure of the last bank branch has become a kind of local weather.",
    "The road into {town} climbs past two shuttered pubs and a garage that sells only diesel.",
    "Spring arrived late in {town} this year, and so did the money.",
    "The swimming pool in {town} has been drained since October, its tiles cracked by frost.",
)

#: Narrative paragraphs with no person in them.
NARRATIVE55 = (
    "The vote came after four hours of debate and two adjournments.",
    "Figures published last month show the population has fallen by a tenth since 2010.",
    "The scheme was first proposed eleven years ago and has been redrawn five times since.",
    "Work on the site stopped in the summer when the contractor ran out of steel.",
    "Bus services to the outlying villages were halved in the spring.",
    "The building is listed, which means any change to its front needs national approval.",
    "Attendance at the weekly market has doubled since the bypass opened.",
    "The first phase is due to be finished before the end of next year.",
    "Three of the five shops on the parade now stand empty.",
    "The harbour wall was last repaired in 1987, after a winter storm breached it.",
    "An inquiry into the overspend is expected to report in the autumn.",
    "The town's population swells to almost twice its size in August.",
)

#: Narrative paragraphs that mention a bystander ({x}, {xp} = his/her) who says nothing.
BYSTANDER55 = (
    "{x}, who has sold fish on the quay for thirty years, watched the meeting from the back row.",
    "The building was designed in 1931 by {x}, whose portrait still hangs in the entrance hall.",
    "{x} founded the first cooperative in the valley in 1974 and ran it until {xp} death.",
    "Among those in the public gallery was {x}, a retired postal worker who has lived on the street "
    "since 1962.",
    "The plans were first drawn up under {x}, who left the post in 2019.",
    "{x}, a local photographer, has documented the decline of the high street for two decades.",
    "A bench by the war memorial is dedicated to {x}, who rowed the lifeboat for forty years.",
    "{x} sold the last of the family's fields to the developer in 2021.",
)

#: Direct quotations (no final punctuation; the template adds it).
QUOTES55 = (
    "Nobody in this town wants to be the one who turned the lights off",
    "We have spent ten years talking and about ten minutes doing",
    "The money is there, it has just been sitting in the wrong drawer",
    "If the ferry goes, half of this street goes with it",
    "People here are tired of being consulted and then ignored",
    "I have never seen the hall this full, not even at Christmas",
    "You cannot run a hospital on goodwill and bake sales",
    "This is the best chance we have had in a generation",
    "Every winter the sea takes a little more of the road",
    "We are not asking for charity, we are asking for a timetable",
    "The numbers simply do not add up for a town this size",
    "My grandfather built boats on this quay and I would like my children to have the choice",
    "There is a version of this plan that works, and this is not it",
    "We knew it would be hard, but nobody told us it would be this slow",
    "It is a good plan on paper and a bad plan in February",
    "The young people leave at eighteen and they do not come back",
    "I would rather fix what we have than build something nobody asked for",
    "When the school closes, the village closes",
    "The river does not care about our budget cycle",
    "We have the skills here, what we do not have is the broadband",
    "Honestly, I thought the meeting would last twenty minutes",
    "Nobody can say we did not warn them",
    "There was a time when you could not find a parking space on market day",
    "I have signed more petitions this year than birthday cards",
    "The trains are the lifeline, and the lifeline is fraying",
    "We will keep the doors open for as long as the roof holds",
    "Some of these buildings are older than the country's parliament",
    "We measured the water every morning for six years",
    "It felt like the whole town was holding its breath",
    "The hardest part is telling families that the waiting list is still growing",
    "We are a small club with a very long memory",
    "A town without a bank is a town that pays to use its own money",
    "I came here for two years and I have stayed for twenty",
    "The grant covers the roof and nothing else",
    "We cannot keep patching a building that wants to fall down",
    "The next five years will decide whether this place has a future",
    "I do not think anyone in the room expected that result",
    "The staff have carried this service on their backs",
    "We would like to be judged on what we finish, not on what we announce",
    "Nobody should have to drive forty miles to see a midwife",
    "It is cheaper to prevent a flood than to clean up after one",
    "There is no plan B, and there was barely a plan A",
)

#: Reported clauses (indirect speech).
CLAUSES55 = (
    "the plan would fail without a second ferry",
    "the council had underestimated the cost of the sea wall",
    "the waiting list had grown by a third since the spring",
    "the club could not survive another season without a sponsor",
    "the museum would reopen in time for the summer",
    "the bypass had cut the journey to the hospital by twenty minutes",
    "the funding would run out by the end of March",
    "the building could be saved if work began this year",
    "the town needed a bank more than it needed a car park",
    "the survey had been carried out in the wrong season",
    "the scheme had the support of most of the traders",
    "the river had risen faster than any model predicted",
    "the school would lose two teachers in September",
    "the figures published last month were out of date",
    "the contractor had been paid for work it never finished",
    "the harbour would need dredging before the autumn",
    "the vote had been rushed through before the summer break",
    "the project had been delayed by a shortage of welders",
    "young families were leaving because rents had doubled",
    "the new timetable would be published next week",
)

#: Clauses with a quoted fragment: the clause before it and the marked words.
MIXED55 = (
    ("the delay was", "a slow-motion embarrassment"),
    ("the new timetable amounted to", "a polite way of closing the line"),
    ("the consultation had been", "a box-ticking exercise from start to finish"),
    ("the town's finances were in", "better shape than anyone admits"),
    ("the sea wall was", "the only thing standing between us and the Atlantic"),
    ("the grant was", "too little, and about six years too late"),
    ("the proposal was", "the first honest plan in a decade"),
    ("the hospital's staff were", "running on fumes"),
    ("the closure would leave", "a hole in the middle of the high street"),
    ("the decision was", "a gift to the developers"),
)

#: Titles of books and reports in marks (nobody says them).
WORKS55 = (
    "The Salt Road Years",
    "Harbour Lights and Other Stories",
    "A Town Against the Tide",
    "Counting the Cost",
    "Water Under the Bridge",
    "The Last Mill in the Valley",
    "Rooms Above the Shop",
    "Fair Shares for Small Places",
)

#: Scare terms in marks and the sentence they sit in ({q}).
SCARE55 = (
    ("temporary", "The {q} footbridge has now stood beside the ruined one for nine years."),
    ("improvements", "Residents have learned to dread the word {q} on a council leaflet."),
    ("consultation", "The {q} lasted eleven days and took place mostly in August."),
    ("modernisation", "Under the banner of {q}, the branch lost its counter and its staff."),
    ("efficiencies", "The board's {q} meant two fewer nurses on every night shift."),
    ("pause", "The {q} on new housing is now in its fourth year."),
)

#: Sayings and signs in marks, each with the sentence it sits in ({q}).
SAYINGS55 = (
    (
        "never trust a calm harbour",
        "The fishermen's old motto, {q}, is painted above the door of the net loft.",
    ),
    ("one town, one tide", "The phrase {q} appears on the crest above the harbour office."),
    ("what the river takes, it keeps", "Older residents still repeat the saying {q} when the water rises."),
    ("a full net and an empty purse", "The local expression {q} describes a good catch sold at a bad price."),
)

SIGNS55 = (
    ("Closed Until Further Notice", "A sign reading {q} has hung in the post office window since May."),
    ("No Ball Games", "The old {q} sign by the green was taken down last summer."),
    ("Save Our Ferry", "Posters saying {q} still line the road down to the slipway."),
    ("Keep Clear, Lifeboat Access", "A faded {q} notice is painted across the slipway."),
)

#: Days and months for a dateline-free feature.
DAYS55 = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "in March")

#: Questions for a Q&A paragraph (the interviewer's).
QUESTIONS55 = (
    "What made you stay when so many people left?",
    "Is the plan still affordable?",
    "What would you say to people who think it is too late?",
    "What happens if the money does not come through?",
    "How long can the town wait?",
    "What has surprised you most?",
)

#: Answers for a Q&A paragraph (without a final stop).
ANSWERS55 = (
    "Stubbornness, mostly, and a very good landlady",
    "It is affordable if we stop changing it every year",
    "I would say come and look at the school on a Monday morning",
    "Then we start again, the way we always have",
    "Not as long as the people in charge seem to think",
    "How many people turned up to help with the sandbags",
)
