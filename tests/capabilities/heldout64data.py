"""Slot fillers of the sixty-fourth held-out round (``heldout64.py``), a round of BROADCAST, PODCAST AND
INTERVIEW NEWS: invented guests, hosts and callers (with their gender and an age), invented stations,
programmes, podcasts and documentaries, guests' roles with their bodies, broadcasters' own job titles,
quotations, reported clauses, hosts' questions, unmarked transcript answers, pointed fragments, and the
catchphrases, jingles, segment and episode names a media desk writes in marks although nobody says them.

Every name, body, place, programme and sentence here was written for this round and is invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and British single marks.
MARKS64 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))
DOUBLE64 = MARKS64[:2]

WOMEN64 = (
    Person("Delphine Marchetti", "Marchetti", "f", "Italian", 44),
    Person("Priyamvada Raghunath", "Raghunath", "f", "Tamil", 39),
    Person("Niamh Cullinane", "Cullinane", "f", "Irish", 51),
    Person("Ebele Onyekwere", "Onyekwere", "f", "Igbo", 36),
    Person("Mirela Dragomir", "Dragomir", "f", "Romanian", 47),
    Person("Lucinda Ashgrove", "Ashgrove", "f", "English", 58),
    Person("Fenna Oosterbeek", "Oosterbeek", "f", "Dutch", 42),
    Person("Agnieszka Wolanska", "Wolanska", "f", "Polish", 33),
    Person("Rosalind Pengelly", "Pengelly", "f", "Cornish", 61),
    Person("Zanele Mthembu", "Mthembu", "f", "Zulu", 40),
    Person("Marit Engebretsen", "Engebretsen", "f", "Norwegian", 49),
    Person("Farida Qasimova", "Qasimova", "f", "Azerbaijani", 37),
    Person("Harriet Calloway", "Calloway", "f", "English", 45),
    Person("Maureen Tolland", "Tolland", "f", "Scottish", 63),
)

MEN64 = (
    Person("Teodor Vasilescu", "Vasilescu", "m", "Romanian", 52),
    Person("Kwaku Ofosu", "Ofosu", "m", "Akan", 46),
    Person("Hamish Cathcart", "Cathcart", "m", "Scottish", 55),
    Person("Dariusz Pietrzyk", "Pietrzyk", "m", "Polish", 41),
    Person("Bongani Mahlangu", "Mahlangu", "m", "Ndebele", 38),
    Person("Tobias Lindqvist", "Lindqvist", "m", "Swedish", 50),
    Person("Matteo Ferraresi", "Ferraresi", "m", "Italian", 43),
    Person("Rashid Karimov", "Karimov", "m", "Uzbek", 57),
    Person("Chidozie Anyanwu", "Anyanwu", "m", "Igbo", 35),
    Person("Arjun Velayudhan", "Velayudhan", "m", "Malayali", 48),
    Person("Gethin Probert", "Probert", "m", "Welsh", 54),
    Person("Yusuf Demirtas", "Demirtas", "m", "Turkish", 39),
    Person("Graham Whitlock", "Whitlock", "m", "English", 60),
    Person("Patrick Shanahan", "Shanahan", "m", "Irish", 47),
)

PEOPLE64 = tuple(p for pair in zip(WOMEN64, MEN64, strict=True) for p in pair)


@frozen
class Station:
    """An invented broadcaster: its name, the noun a story uses for it later and its programmes."""

    name: str
    noun: str
    programmes: tuple[str, ...]


STATIONS64 = (
    Station("Westmarch Radio", "station", ("Noon Desk", "Open Line", "Morning Exchange")),
    Station("Kestrel TV", "channel", ("Sunday Forum", "Week in Focus", "Nightside")),
    Station("Harbourside FM", "station", ("Breakfast Tide", "Drive at Five", "The Quayside Hour")),
    Station(
        "Northgate Broadcasting", "broadcaster", ("Northgate Tonight", "The Late Review", "Countryside Hour")
    ),
    Station("Valemouth Community Radio", "station", ("Valemouth Voices", "Talkback", "The Saturday Surgery")),
    Station("Tidewater One", "channel", ("Tidewater Today", "The Long Interview", "Politics at Seven")),
)

PODCASTS64 = (
    "The Long Table",
    "Loose Threads",
    "Second Draft",
    "Small Hours",
    "Undercurrent",
    "The Tin Roof",
)

FILMS64 = (
    "Salt on the Wind",
    "The Last Ferry",
    "Nine Winters",
    "What the River Kept",
    "Ground Truth",
    "The Quiet Shift",
)

TOWNS64 = ("Kellbrook", "Ashby Vale", "Calderport", "Tollmere", "Dunmore Bridge", "Fernleigh", "Brackenhill")

DAYS64 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@frozen
class Role64:
    """A guest's role: the apposition after a name (with its article), the parts a title must hold, and the
    body a wrong speaker might be taken from (or none)."""

    after: str
    parts: tuple[str, ...]
    body: str | None


ROLES64 = (
    Role64(
        "chief executive of the Dunmore Housing Trust",
        ("chief executive", "Dunmore Housing Trust"),
        "Dunmore Housing Trust",
    ),
    Role64("the leader of Ashby Vale Council", ("leader", "Ashby Vale Council"), "Ashby Vale Council"),
    Role64(
        "a senior lecturer in economics at Corrib University",
        ("senior lecturer", "Corrib University"),
        "Corrib University",
    ),
    Role64(
        "the director of the Tollmere Food Bank", ("director", "Tollmere Food Bank"), "Tollmere Food Bank"
    ),
    Role64(
        "head teacher of Brackenhill Primary School",
        ("head teacher", "Brackenhill Primary School"),
        "Brackenhill Primary School",
    ),
    Role64(
        "the chair of the Valemouth Fishermen's Association",
        ("chair", "Valemouth Fishermen's Association"),
        "Valemouth Fishermen's Association",
    ),
    Role64(
        "general secretary of the Union of Harbour Workers",
        ("general secretary", "Union of Harbour Workers"),
        "Union of Harbour Workers",
    ),
    Role64(
        "the medical director of Calderport General Hospital",
        ("medical director", "Calderport General Hospital"),
        "Calderport General Hospital",
    ),
    Role64("the mayor of Kellbrook", ("mayor", "Kellbrook"), None),
    Role64(
        "the founder of the Greenbank Cycling Club",
        ("founder", "Greenbank Cycling Club"),
        "Greenbank Cycling Club",
    ),
    Role64(
        "a researcher at the Fernleigh Institute for Rural Studies",
        ("researcher", "Fernleigh Institute for Rural Studies"),
        "Fernleigh Institute for Rural Studies",
    ),
    Role64(
        "the operations manager of Tollmere Airport",
        ("operations manager", "Tollmere Airport"),
        "Tollmere Airport",
    ),
)


@frozen
class Staff64:
    """A broadcaster's own job: the role noun (the title must hold it) written after `the station's`, after
    the station's name, or before a name."""

    noun: str


STAFF64 = tuple(
    Staff64(n)
    for n in (
        "political editor",
        "business correspondent",
        "health correspondent",
        "head of news",
        "chief executive",
        "senior producer",
        "economics editor",
        "chief political correspondent",
        "environment reporter",
    )
)

QUOTES64 = (
    "We were never told the bridge would be shut for a whole year",
    "I have asked that question for three years and nobody has answered it",
    "The money is there, it is simply sitting in the wrong account",
    "Nobody in this town wants to see the clinic close",
    "I think people deserve a straight answer on that",
    "We did not get everything we wanted, but we got a fair hearing",
    "If the buses stop at six, half my staff cannot get home",
    "I would make the same decision again tomorrow",
    "There is no plan B, and there never was one",
    "We are running the service on goodwill and very little else",
    "That figure is simply wrong, and the council knows it",
    "I have never seen the harbour this quiet in October",
    "The children are the ones who pay for these delays",
    "We will publish every page of the review in full",
    "Frankly, the timetable was drawn up by people who never take the train",
    "We need the funding confirmed before the winter, not after it",
    "I was shaking when I put the phone down",
    "It is not a question of money, it is a question of will",
    "Our nurses have been covering double shifts since March",
    "I owe the families an apology and I am giving it now",
    "This is the first good news the fleet has had in a decade",
    "We cannot keep asking volunteers to fill the gaps",
    "The consultation was over before it began",
    "Nobody I spoke to had heard of the scheme",
    "I am not going anywhere until the job is finished",
    "The repairs should have started two summers ago",
    "People are choosing between heating and eating",
    "We made a mistake and we have to own it",
)

CLAUSES64 = (
    "the ferry timetable would be restored by the spring",
    "the council had underestimated the cost of the repairs",
    "the housing list had doubled in two years",
    "the clinic would stay open at least until the autumn",
    "the airport was still losing money on every winter flight",
    "nobody had consulted the fishing crews before the quota change",
    "the trust would appeal against the planning decision",
    "the school had lost four teachers since Easter",
    "the bypass would not be finished before 2029",
    "the food bank had fed more families this year than ever before",
    "the hospital was treating patients in corridors most nights",
    "the union would ballot its members on strike action",
    "the review had found no evidence of wrongdoing",
    "the cycle lanes had cut accidents on the coast road by a third",
    "the rent rises had driven young families out of the town",
    "the report would be published before the end of the month",
    "the grant had been cut without any warning",
    "the pier would reopen in time for the summer season",
    "the waiting list for the dental clinic had reached two years",
    "the new timetable had been drawn up in a hurry",
)

QUESTIONS64 = (
    "Will you stand down if the review goes against you?",
    "Did anyone warn you the money would run out?",
    "Why did it take so long to tell the families?",
    "Are you ruling out a rise in the fees?",
    "Would you do anything differently now?",
    "Who signed off the decision in the end?",
    "Can you promise the service will run next winter?",
    "What do you say to people who feel let down?",
)

ANSWERS64 = (
    "No, and I have said so from the very start",
    "We knew the budget was tight but nobody predicted this",
    "I accept that we were too slow and I am sorry for it",
    "I am not ruling anything in or out at this stage",
    "With hindsight I would have gone to the families first",
    "The board took that decision together and I stand by it",
    "I can promise we will do everything in our power",
    "I understand the anger and I would feel the same",
)

#: (object, fragment): `NAME said OBJ was "FRAG"`.
FRAGS64 = (
    ("the decision", "a slap in the face for commuters"),
    ("the plan", "half-baked at best"),
    ("the new timetable", "a recipe for chaos"),
    ("the deal", "a lifeline for the harbour"),
    ("the review", "a whitewash"),
    ("the grant", "too little, too late"),
    ("the closure", "a betrayal of the valley"),
    ("the report", "long overdue"),
)

#: Catchphrases and sign-offs: (the noun that introduces it, the words in marks).
CATCHPHRASES64 = (
    ("catchphrase", "Stay curious, stay kind"),
    ("sign-off", "Keep the kettle on"),
    ("catchphrase", "Over to you, the listeners"),
    ("sign-off", "Mind how you go"),
    ("catchphrase", "Facts first, opinions later"),
    ("sign-off", "Until next week, look after each other"),
)

#: Jingles a station plays: words in marks nobody says.
JINGLES64 = (
    "the sound of the coast",
    "your voice, your valley",
    "news you can trust, all day long",
    "always on, always local",
    "the home of good conversation",
)

#: Segment and episode names.
SEGMENTS64 = ("Ask the Mayor", "Fix My Street", "The Week in Ninety Seconds", "Your Call", "Myth or Fact")
EPISODES64 = (
    "The Day the Pier Fell",
    "Empty Shelves",
    "Last Orders",
    "A Town Without Buses",
    "Nobody Told Us",
)

#: Hashtags and on-screen captions.
HASHTAGS64 = ("#SaveOurFerry", "#NoonDeskLive", "#KeepTheClinic", "#ValemouthVotes", "#BusesForAll")

#: A broadcaster's own words in a correction or apology.
CORRECTIONS64 = (
    "We got this wrong and we apologise to our listeners",
    "The interview should not have been broadcast in that form",
    "We have removed the clip and we are reviewing how it was edited",
    "Our coverage fell short of the standards we set ourselves",
    "We accept that the figures we broadcast were out of date",
)

#: Reported clauses of a correction.
CORR_CLAUSES64 = (
    "the remarks should not have been broadcast",
    "the interview had been edited in error",
    "the figures on screen had been out of date",
    "the wrong caption had been shown during the report",
    "the programme would broadcast a correction on Monday",
)
