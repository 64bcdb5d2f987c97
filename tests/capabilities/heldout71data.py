"""Slot fillers of the seventy-first held-out round (``heldout71.py``), a round of VOX POPS, POLLS AND
ORDINARY PEOPLE: invented residents, shoppers, commuters, voters and protesters with a gender, an age and a
home town; occupations with and without a workplace; descriptions that are no office; what people were doing
when a reporter found them; relatives and children; invented towns, streets, markets and outlets; invented
pollsters with their staff posts, poll findings and question wordings; protest groups, chants, placards, shop
names and slogans; vox-pop quotations and reported clauses.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British single marks.
MARKS71 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark('"', '"'), Mark("\u2018", "\u2019"))

WOMEN71 = (
    Person("Maria Castellow", "Castellow", "f", "Spanish", 34),
    Person("Helen Drummore", "Drummore", "f", "Scottish", 61),
    Person("Grace Okafor-Lynn", "Okafor-Lynn", "f", "Nigerian", 27),
    Person("Sophie Vennard", "Vennard", "f", "English", 45),
    Person("Fatima Qasrawi", "Qasrawi", "f", "Palestinian", 38),
    Person("Priya Ramanathan", "Ramanathan", "f", "Tamil", 52),
    Person("Ingrid Solvang", "Solvang", "f", "Norwegian", 70),
    Person("Teresa Abelleira", "Abelleira", "f", "Galician", 43),
    Person("Laura Pettigrew", "Pettigrew", "f", "English", 29),
    Person("Nadia Haddouche", "Haddouche", "f", "Algerian", 56),
    Person("Joan Fairweather", "Fairweather", "f", "English", 81),
    Person("Elena Moraru", "Moraru", "f", "Romanian", 24),
    Person("Alice Penhaligon", "Penhaligon", "f", "Cornish", 66),
    Person("Rosa Intriago", "Intriago", "f", "Ecuadorian", 31),
    Person("Irene Kowalczyk", "Kowalczyk", "f", "Polish", 48),
    Person("Chloe Marchbank", "Marchbank", "f", "English", 22),
)

MEN71 = (
    Person("Thomas Harrowby", "Harrowby", "m", "English", 52),
    Person("Daniel Osei-Bonsu", "Osei-Bonsu", "m", "Ghanaian", 41),
    Person("Victor Lindqvist", "Lindqvist", "m", "Swedish", 67),
    Person("Samuel Achterlonie", "Achterlonie", "m", "Scottish", 19),
    Person("George Tremayne", "Tremayne", "m", "Cornish", 74),
    Person("Peter Quillan", "Quillan", "m", "Irish", 58),
    Person("Marco Benedetti", "Benedetti", "m", "Italian", 36),
    Person("Omar Belkacem", "Belkacem", "m", "Algerian", 45),
    Person("Raj Dhanapala", "Dhanapala", "m", "Sinhala", 49),
    Person("Lars Enggaard", "Enggaard", "m", "Danish", 33),
    Person("Patrick Mulrooney", "Mulrooney", "m", "Irish", 63),
    Person("Hugo Ferreira-Bastos", "Ferreira-Bastos", "m", "Portuguese", 28),
    Person("Felix Ambrose", "Ambrose", "m", "English", 55),
    Person("Martin Szabolcs", "Szabolcs", "m", "Hungarian", 39),
    Person("Oscar Valdemoro", "Valdemoro", "m", "Spanish", 26),
    Person("Walter Brinkworth", "Brinkworth", "m", "English", 78),
)

PEOPLE71 = WOMEN71 + MEN71

#: Given names people give alone (``who gave only her first name``): (name, gender).
FIRSTS71 = (
    ("Ana", "f"),
    ("Beatriz", "f"),
    ("Kim", "f"),
    ("Dolores", "f"),
    ("Yasmin", "f"),
    ("Hannah", "f"),
    ("Tariq", "m"),
    ("Ben", "m"),
    ("Ruben", "m"),
    ("Kofi", "m"),
    ("Stefan", "m"),
    ("Graham", "m"),
)

#: Children named by first name only: (name, gender, age).
KIDS71 = (
    ("Lily", "f", 7),
    ("Noah", "m", 5),
    ("Ella", "f", 9),
    ("Sam", "m", 11),
    ("Mia", "f", 4),
    ("Leo", "m", 8),
)

TOWNS71 = (
    "Halbrook",
    "Dunmere",
    "Pellingford",
    "Corran Bay",
    "Marrowdale",
    "Kettlebridge",
    "Fennick",
    "Oldhaven",
    "Tarnby",
    "Westleigh",
    "Sallowmere",
    "Brackenford",
)


@frozen
class Job:
    """An occupation as a reporter writes it after *a*/*an*, and the words the title must contain."""

    written: str
    parts: tuple[str, ...]


#: Occupations without a workplace.
JOBS71 = (
    Job("nurse", ("nurse",)),
    Job("bus driver", ("bus driver",)),
    Job("retired teacher", ("teacher",)),
    Job("plumber", ("plumber",)),
    Job("pharmacist", ("pharmacist",)),
    Job("warehouse worker", ("warehouse worker",)),
    Job("hairdresser", ("hairdresser",)),
    Job("electrician", ("electrician",)),
    Job("taxi driver", ("taxi driver",)),
    Job("librarian", ("librarian",)),
    Job("carpenter", ("carpenter",)),
    Job("care worker", ("care worker",)),
    Job("postal worker", ("postal worker",)),
    Job("accountant", ("accountant",)),
    Job("chef", ("chef",)),
    Job("florist", ("florist",)),
)

#: Occupations with a workplace (the workplace is an affiliation the title must hold).
WORKPLACE_JOBS71 = (
    Job("nurse at Halbrook General Hospital", ("nurse", "Halbrook General Hospital")),
    Job("cashier at the Tarnby Co-operative", ("cashier", "Tarnby Co-operative")),
    Job("porter at Fennick railway station", ("porter", "Fennick railway station")),
    Job(
        "teaching assistant at Sallowmere Primary School", ("teaching assistant", "Sallowmere Primary School")
    ),
    Job("forklift driver at Brackenford Logistics", ("forklift driver", "Brackenford Logistics")),
    Job("cleaner at the Oldhaven Leisure Centre", ("cleaner", "Oldhaven Leisure Centre")),
    Job("baker at Quarry Lane Bakery", ("baker", "Quarry Lane Bakery")),
    Job("mechanic at Dunmere Motors", ("mechanic", "Dunmere Motors")),
)

#: Descriptions that are no office (a fact-checker keeps them, but they state no role): the key leaves the
#: title unchecked.
DESCS71 = (
    "mother of two",
    "first-time voter",
    "lifelong resident",
    "grandmother of five",
    "regular at the market",
    "season-ticket holder",
    "father of three",
    "retiree",
)

#: What a person was doing when the reporter found them (a fronted phrase before the name).
DOING71 = (
    "Standing in the queue since dawn",
    "Waiting for the last ferry to Corran Bay",
    "Sheltering from the rain under the market awning",
    "Clutching a bag of shopping",
    "Leaning on the railings outside the town hall",
    "Pushing a pram along Mercer Street",
    "Stacking crates behind the fish stall",
    "Wrapped in a blanket at the front of the line",
)

#: Relative clauses of what a person has done (`who has run the bakery for 30 years`): no office.
WHO71 = (
    "who has run the bakery on Quarry Lane for 30 years",
    "who has sold vegetables at the Tarnby market since 1994",
    "who drives the school bus in Fennick",
    "who has queued outside the clinic every Monday this month",
    "who moved to Pellingford from the coast last spring",
    "who has voted in every local election since 1979",
    "who walks the same route to the depot every morning",
    "who came to the rally with three neighbours",
)

#: Places a street interview happens.
SPOTS71 = (
    "outside the Kettlebridge library",
    "at the Tarnby farmers' market",
    "in the queue at the Halbrook post office",
    "on the platform at Fennick station",
    "outside the polling station on Mercer Street",
    "at the bus stop on Harbour Road",
    "in the car park of the Westleigh retail park",
    "outside the Dunmere community hall",
)

#: Local outlets (never speakers here).
OUTLETS71 = (
    "the Marrowdale Courier",
    "the Halbrook Evening Star",
    "Radio Sallowmere",
    "the Pellingford Gazette",
    "Kettlebridge Today",
    "the Oldhaven Herald",
)

#: Vox-pop quotations (no pronoun that fixes the speaker's gender).
QUOTES71 = (
    "Everything in my basket costs more than it did at Easter",
    "The buses used to come every ten minutes and now you wait half an hour",
    "Nobody asked us before they closed the library on Saturdays",
    "I have queued here for three hours and I would do it again",
    "We just want the road fixed before somebody gets hurt",
    "It is the first time I have felt my vote might count",
    "My rent went up twice this year and my wages did not",
    "The market is the only place in town where people still talk to each other",
    "I came because my grandchildren will have to live with this",
    "They promise the same thing every election and nothing changes",
    "You can hear the lorries from my kitchen at four in the morning",
    "The new crossing has made the school run a lot less frightening",
    "If the ferry stops running, the island stops working",
    "I have never seen a queue like this in forty years",
    "We were told the clinic would reopen in spring and it never did",
    "Honestly, I think most people here have simply stopped listening",
    "It took me two buses and an hour to get here",
    "The park is full of families again and that is worth something",
    "Parking used to be free and now it costs more than lunch",
    "I do not trust any of the polls, I trust my neighbours",
)

#: Reported clauses (no pronoun that fixes the speaker's gender).
CLAUSES71 = (
    "the new timetable had added an hour to the daily commute",
    "the price of bread at the market had nearly doubled",
    "the council should have kept the swimming pool open",
    "the queue had started forming before six in the morning",
    "nobody in the street had been told about the roadworks",
    "the closure of the bank branch would hit older residents hardest",
    "the bypass would bring more lorries, not fewer",
    "the turnout in the ward looked higher than last time",
    "the library was the warmest place in town for many families",
    "the ferry fares were already too high for most islanders",
    "the rally had been the largest in the town for years",
    "the cost of heating had changed how the whole street lived",
)

#: Pointed fragments for mixed reports: (verb frame before the marks, fragment).
FRAGS71 = (
    ("the new car park was", "a waste of good money"),
    ("the queue was", "the worst I have ever seen"),
    ("the roadworks had been", "a complete shambles from day one"),
    ("the rent rises were", "pushing people out of the town"),
    ("the rally felt", "like the whole town had turned up"),
    ("the market had become", "too expensive for the people who live here"),
)

#: Objects and their labels for *called X "Y"*.
CALLED71 = (
    ("the parking charges", "daylight robbery"),
    ("the new timetable", "a joke"),
    ("the queue", "madness"),
    ("the closure", "a slap in the face"),
    ("the turnout", "a relief"),
    ("the price rise", "the last straw"),
)


@frozen
class Pollster:
    """An invented polling body: its name as written, its bare name, the post a staff member holds, and the
    words that post's title must contain."""

    name: str
    bare: str
    post: str
    parts: tuple[str, ...]


POLLSTERS71 = (
    Pollster(
        "the Meridian Polling Institute", "Meridian Polling Institute", "director of polling", ("polling",)
    ),
    Pollster("Corvale Research", "Corvale Research", "senior analyst", ("analyst",)),
    Pollster("the Lanthorn Survey Group", "Lanthorn Survey Group", "head of research", ("research",)),
    Pollster("Pellway Opinion", "Pellway Opinion", "chief pollster", ("pollster",)),
    Pollster("the Civic Pulse Trust", "Civic Pulse Trust", "research director", ("research director",)),
    Pollster("Harbinger Insight", "Harbinger Insight", "polling manager", ("polling manager",)),
)

#: Poll and survey findings (reported clauses).
FINDINGS71 = (
    "most residents opposed the plan to close the swimming pool",
    "six in ten voters in the district backed a later closing time for the market",
    "support for the bypass had fallen since the spring",
    "fewer than a third of commuters were happy with the new timetable",
    "most shoppers expected prices to keep rising",
    "younger voters were far more likely to back the ferry subsidy",
    "nearly half of tenants had cut back on heating",
    "trust in the town council had reached a ten-year low",
)

#: Poll question wordings in marks (controls: nobody says them).
QUESTIONS71 = (
    "Should the town keep its Sunday market?",
    "Would you support a four-day school week?",
    "How safe do you feel walking home after dark?",
    "Do you think the bypass should go ahead?",
    "How often do you use the bus?",
    "Should the library open on Saturdays again?",
)

#: Poll figures written with no report.
FIGURES71 = (
    "Support for the plan stood at 41 percent in March, down from 48 percent a year earlier.",
    "The margin of error was three percentage points.",
    "Some 1,204 adults took part, by telephone and online, over five days.",
    "Turnout in the ward reached 62 percent, the highest since 2005.",
    "Two years ago the figure was 37 percent.",
    "The figures were weighted by age, gender and region.",
)


@frozen
class Group:
    """A protest or campaign group and the post its speaker holds."""

    name: str
    post: str
    parts: tuple[str, ...]


GROUPS71 = (
    Group("Save Fennick Library", "founder", ("founder", "Save Fennick Library")),
    Group(
        "the Harbour Road Residents' Association", "chair", ("chair", "Harbour Road Residents' Association")
    ),
    Group("Keep Our Ferries", "organiser", ("organiser", "Keep Our Ferries")),
    Group("the Tarnby Tenants' Union", "secretary", ("secretary", "Tarnby Tenants' Union")),
    Group("Clean Air Dunmere", "co-founder", ("co-founder", "Clean Air Dunmere")),
    Group("the Sallowmere Bus Users' Group", "spokesperson", ("spokesperson", "Sallowmere Bus Users' Group")),
)

#: Chants (the crowd's, or nobody's).
CHANTS71 = (
    "Save our library",
    "Hands off our buses",
    "No to the bypass",
    "Keep the ward open",
    "Whose streets? Our streets",
    "Fair rents now",
)

#: Words on placards, banners and signs (nobody says them).
PLACARDS71 = (
    "Books Not Bulldozers",
    "Our Town, Our Say",
    "Ferries Are Lifelines",
    "Homes Before Profit",
    "Let Us Breathe",
    "Honk If You Hate Tolls",
)

#: Shop and cafe names in marks.
SHOPS71 = (
    "The Copper Kettle",
    "Second Helpings",
    "Bread & Butter",
    "The Last Chapter",
    "Odds and Ends",
    "Sew Good",
)

DAYS71 = ("on Saturday", "on Monday", "on Tuesday morning", "on Friday", "on Sunday", "on Wednesday evening")

#: Narrative sentences that report nothing.
NARR71 = (
    "The queue stretched past the bakery and round the corner by nine o'clock.",
    "Rain had not kept people away from the market square.",
    "By noon the car park was full and the overflow field had opened.",
    "Volunteers handed out tea from a trestle table by the gate.",
    "A brass band played on the bandstand as the crowd grew.",
    "The polling station opened at seven and was busy from the start.",
)

#: What pollsters and analysts say about their numbers.
PQUOTES71 = (
    "People are not angry about one thing, they are tired of everything at once",
    "The shift among younger voters is the biggest we have measured in a decade",
    "When you ask about the ferry, you are really asking about whether the island has a future",
    "A single poll is a snapshot, not a forecast",
    "The number that worries me is how many people said they would not vote at all",
    "We saw the same pattern in every town we surveyed",
)
