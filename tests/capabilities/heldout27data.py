"""Slot fillers of the twenty-seventh held-out round (``heldout27.py``): invented people of Tuvaluan,
Ainu, Nenets, Dinka, Nuer, Asturian, Marshallese, Chuvash, Kabyle, Fula, Sesotho, Kinyarwanda,
I-Kiribati, Udmurt, Rapa Nui and Ingush origin (with a birthplace and a demonym for appositions),
quotation marks (straight, curly, British single, guillemets), open-class cue verbs, adverbs and
phrases beside a cue, roles with their bodies in paper mills, map archives, sled-dog racing,
reservoirs, ferry unions, tea auctions, zoos, rowing clubs, ballooning, tapestry weaving, rare-breed
farming, letterpress printing, heritage steam railways, thatching, windmills, aquariums and
planetariums, title modifiers, pointed words for mixed quotations, works, ships and nicknames in
marks, plural and group speakers, interview exchanges, datelines with agencies and bylines, that no
development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented
(the places, and the news agencies, are real).
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person27:
    """An invented person: full name as written, the surname an editor uses on second reference,
    gender (`f`/`m`), culture, birthplace (for `-born`) and demonym."""

    full: str
    last: str
    gender: str
    culture: str
    born: str
    nat: str

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.` (American style, with a point)."""
        return "Ms." if self.gender == "f" else "Mr."

    @property
    def noun(self) -> str:
        """`woman` or `man`."""
        return "woman" if self.gender == "f" else "man"


@frozen
class Mark27:
    """A pair of quotation marks; curly marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE27 = (Mark27('"', '"'), Mark27("“", "”"))
SINGLE27 = (Mark27("'", "'"), Mark27("‘", "’"))
MARKS27 = DOUBLE27 + SINGLE27
GUILLEMETS27 = (Mark27("«", "»"), Mark27("« ", " »"))
#: Every style, guillemets included (the quotations of this round hold no apostrophe).
ALL_MARKS27 = MARKS27 + GUILLEMETS27

WOMEN27 = (
    Person27("Tausaga Pouono", "Pouono", "f", "Tuvaluan", "Funafuti", "Tuvaluan"),
    Person27("Ritsuko Kaizawa", "Kaizawa", "f", "Ainu", "Hokkaido", "Japanese"),
    Person27("Nadezhda Laptander", "Laptander", "f", "Nenets", "Naryan-Mar", "Russian"),
    Person27("Aluel Makur", "Makur", "f", "Dinka", "Juba", "South Sudanese"),
    Person27("Covadonga Llaneza", "Llaneza", "f", "Asturian", "Oviedo", "Spanish"),
    Person27("Lijon Laninvelik", "Laninvelik", "f", "Marshallese", "Majuro", "Marshallese"),
    Person27("Narspi Vasyanova", "Vasyanova", "f", "Chuvash", "Cheboksary", "Russian"),
    Person27("Tassadit Ouchallal", "Ouchallal", "f", "Kabyle", "Tizi Ouzou", "Algerian"),
    Person27("Kumba Jallow", "Jallow", "f", "Fula", "Banjul", "Gambian"),
    Person27("Palesa Mokhothu", "Mokhothu", "f", "Sesotho", "Maseru", "Lesotho"),
    Person27("Clementine Uwineza", "Uwineza", "f", "Kinyarwanda", "Kigali", "Rwandan"),
    Person27("Teretia Tabokai", "Tabokai", "f", "I-Kiribati", "Tarawa", "Kiribati"),
    Person27("Tatyana Kuzebayeva", "Kuzebayeva", "f", "Udmurt", "Izhevsk", "Russian"),
    Person27("Merahi Pakarati", "Pakarati", "f", "Rapa Nui", "Hanga Roa", "Chilean"),
    Person27("Leila Yevloyeva", "Yevloyeva", "f", "Ingush", "Nazran", "Russian"),
)

MEN27 = (
    Person27("Kilifi Tefoto", "Tefoto", "m", "Tuvaluan", "Nukufetau", "Tuvaluan"),
    Person27("Hideo Urakawa", "Urakawa", "m", "Ainu", "Biratori", "Japanese"),
    Person27("Yakov Vanuito", "Vanuito", "m", "Nenets", "Salekhard", "Russian"),
    Person27("Mabior Anyieth", "Anyieth", "m", "Dinka", "Bor", "South Sudanese"),
    Person27("Gatluak Thok", "Thok", "m", "Nuer", "Malakal", "South Sudanese"),
    Person27("Pelayo Ordiales", "Ordiales", "m", "Asturian", "Gijón", "Spanish"),
    Person27("Eruslan Vantyukov", "Vantyukov", "m", "Chuvash", "Kanash", "Russian"),
    Person27("Mouloud Iguerbouchene", "Iguerbouchene", "m", "Kabyle", "Bejaia", "Algerian"),
    Person27("Oumarou Bah", "Bah", "m", "Fula", "Labé", "Guinean"),
    Person27("Teboho Motsamai", "Motsamai", "m", "Sesotho", "Mafeteng", "Lesotho"),
    Person27("Emmanuel Nshimiyimana", "Nshimiyimana", "m", "Kinyarwanda", "Huye", "Rwandan"),
    Person27("Tekarei Kaiea", "Kaiea", "m", "I-Kiribati", "Abaiang", "Kiribati"),
    Person27("Kuzma Vekshin", "Vekshin", "m", "Udmurt", "Sarapul", "Russian"),
    Person27("Hotu Tuki", "Tuki", "m", "Rapa Nui", "Easter Island", "Chilean"),
    Person27("Bekhan Dzeitov", "Dzeitov", "m", "Ingush", "Magas", "Russian"),
)

PEOPLE27 = tuple(p for pair in zip(WOMEN27, MEN27, strict=True) for p in pair)

#: Open-class cue verbs (past, present) that common reporting-verb lexicons do not list.
OPEN_VERBS27 = (
    ("croaked", "croaks"),
    ("rasped", "rasps"),
    ("drawled", "drawls"),
    ("quavered", "quavers"),
    ("spluttered", "splutters"),
    ("lisped", "lisps"),
    ("cooed", "coos"),
    ("gloated", "gloats"),
    ("chortled", "chortles"),
    ("tsked", "tsks"),
    ("crowed", "crows"),
    ("demurred", "demurs"),
)

#: Open-class verbs that take a reported clause (`NAME groused that C`), past only (`whined` replaced
#: `grieved`, a verb of feeling, after the first run).
CLAUSE_VERBS27 = ("groused", "crowed", "whined", "gloated", "carped about the fact", "harped on the fact")

#: Adverbs that sit beside a cue verb.
ADVERBS27 = ("wearily", "quietly", "firmly", "ruefully", "cheerfully", "slowly", "drily", "bluntly")

#: Phrases after a name in a credit (`"Q," NAME said, PHRASE.`).
PHRASES27 = (
    "with a shrug",
    "after a long pause",
    "without looking up",
    "to laughter from the back of the hall",
    "as the rain came down",
    "between mouthfuls of soup",
)

#: Audiences after `told` (`"Q," NAME told the crowd.`).
AUDIENCES27 = (
    "the crowd",
    "the packed meeting",
    "a group of visiting students",
    "the assembled volunteers",
    "reporters at the gate",
    "the committee",
)

#: Roles: (role after a name, the body, the head a title must contain, the body's kind, quotations
#: in the role's voice, reported clauses in the role's field).
ROLES27 = (
    (
        "master papermaker",
        "the Hollinfold Paper Mill",
        "papermaker",
        "the mill",
        ("Every sheet still passes through a human hand", "The river decides how white our paper is"),
        ("the old beater would be restored", "the rag supply had dried up"),
    ),
    (
        "keeper of maps",
        "the Quarrendon Map Archive",
        "keeper",
        "the archive",
        ("Some of these charts show islands that never existed", "We unroll nothing without gloves"),
        ("the estate maps would be digitised", "the reading room would close for a month"),
    ),
    (
        "race marshal",
        "the Tarnfell Sled Dog Club",
        "marshal",
        "the club",
        ("The dogs know the trail better than any of us", "A team of eight can pull a small car"),
        ("the forest stage would be shortened", "the snow had come a fortnight late"),
    ),
    (
        "reservoir ranger",
        "the Ashgill Water Board",
        "ranger",
        "the board",
        ("The water is lower than I have ever seen it", "Swimming here in March is a terrible idea"),
        ("the dam walkway would stay closed", "the level had fallen by four metres"),
    ),
    (
        "shop steward",
        "the Kelderwick Ferry Union",
        "steward",
        "the union",
        ("The crews are worn out after this summer", "Nobody joins the ferries to get rich"),
        ("the night sailings would be cut", "the crews would vote on the offer"),
    ),
    (
        "senior tea taster",
        "the Marlbeck Tea Exchange",
        "taster",
        "the exchange",
        ("A good taster can name the estate from one sip", "The first flush sold in under an hour"),
        ("the auction would move online", "prices had doubled since the drought"),
    ),
    (
        "curator of reptiles",
        "the Fennick Zoo",
        "curator",
        "the zoo",
        ("The tortoises were here long before any of us", "A cold snap is the real danger in this house"),
        ("the crocodile house would be rebuilt", "two of the tortoises had hatched eggs"),
    ),
    (
        "club captain",
        "the Wenmoor Rowing Club",
        "captain",
        "the rowing club",
        ("We row at six whatever the weather", "The river is faster this year than last"),
        ("the boathouse would get a new roof", "the spring regatta had been cancelled"),
    ),
    (
        "lead balloonist",
        "the Crestley Balloon Fiesta",
        "balloonist",
        "the fiesta",
        ("The wind at dawn decides everything", "Forty balloons in the air at once is a sight"),
        ("the mass ascent would go ahead", "the launch field had flooded"),
    ),
    (
        "master weaver",
        "the Dunmere Tapestry Works",
        "weaver",
        "the works",
        ("One square metre takes a weaver a whole season", "The wool is dyed in the yard out the back"),
        ("the hunting tapestry would be finished next year", "the looms had been moved upstairs"),
    ),
    (
        "head stockman",
        "the Pellow Rare Breeds Farm",
        "stockman",
        "the farm",
        ("These pigs were nearly gone forty years ago", "The old breeds are hardier than people think"),
        ("the farm would breed more of the rare sheep", "the herd had grown to sixty"),
    ),
    (
        "chief compositor",
        "the Stannick Letterpress Museum",
        "compositor",
        "the museum",
        ("Every letter here was set by hand", "The presses are older than the building"),
        ("the museum would print its own posters again", "a case of wooden type had been donated"),
    ),
    (
        "locomotive fireman",
        "the Coldharbour Steam Railway",
        "fireman",
        "the railway",
        ("You feel every gradient in your shoulders", "The engine eats a tonne of coal a day"),
        ("the winter services would run on weekends", "the boiler had passed its inspection"),
    ),
    (
        "master thatcher",
        "the Wyllow Thatching Guild",
        "thatcher",
        "the guild",
        ("A good roof of reed lasts a lifetime", "The young thatchers learn on the church barn"),
        ("the guild would train six apprentices", "the reed harvest had been poor"),
    ),
    (
        "resident miller",
        "the Ostbury Windmill Trust",
        "miller",
        "the trust",
        ("The sails turn whenever the wind lets them", "The flour sells out before lunch on Saturdays"),
        ("the sails would be replaced in spring", "the millstones had been dressed again"),
    ),
    (
        "senior aquarist",
        "the Sandrock Aquarium",
        "aquarist",
        "the aquarium",
        ("The octopus opens the feeding hatch by itself", "The seahorses are the hardest to keep well"),
        ("the coral tank would reopen in May", "the seals had been moved to the outdoor pool"),
    ),
    (
        "planetarium presenter",
        "the Orrin Hill Planetarium",
        "presenter",
        "the planetarium",
        ("Children gasp when the lights go down", "The projector is older than I am"),
        ("the dome would show a new film in autumn", "the school visits had doubled"),
    ),
    (
        "ferry purser",
        "the Skerrick Island Ferry Company",
        "purser",
        "the ferry company",
        ("The crossing takes forty minutes on a calm day", "Islanders know every member of the crew"),
        ("the old ferry would be sold", "the winter timetable would start early"),
    ),
)

#: Title modifiers before a role: (modifier as written, whether a title must keep it).
MODIFIERS27 = (
    ("acting", True),
    ("interim", True),
    ("deputy", True),
    ("former", True),
    ("then-", False),
    ("assistant", True),
)

#: Long affiliations after a role: (text after `ROLE at BODY and`, the heads of which a title keeps one).
AFFILIATIONS27 = (
    ("chair of its volunteer committee", "chair"),
    ("a trustee of the county heritage fund", "trustee"),
    ("secretary of the regional friends association", "secretary"),
    ("vice-president of the national guild of its trade", "vice-president"),
)

#: Quotations that fit any role (without final punctuation; no apostrophes).
ALL_Q27 = (
    "We are doing our best with very little",
    "The visitors keep coming back and that matters",
    "Nobody told us the money had gone",
    "It is the oldest working one in the country",
    "We will not close while I am here",
    "This winter has tested all of us",
    "The volunteers are the ones who deserve the praise",
    "There is no shortcut in this trade",
    "We learned more this year than in the last ten",
    "It will take a generation to put right",
    "People forget how fragile all of this is",
    "I have never been busier",
)

#: Lower-case continuations of a sentence split by its credit (without final punctuation).
TAILS27 = (
    "and that was before the storm",
    "but the board would not listen",
    "so we started again from scratch",
    "which nobody outside this place understands",
)

#: Second sentences of a long quotation (full sentences without final punctuation).
SECOND_Q27 = (
    "We have a long way to go",
    "The rest depends on the weather",
    "Ask the volunteers and they will tell you the same",
    "That is the honest answer",
)

#: Reported clauses with *would*/*could*, some negated (no initial *that*).
CLAUSES27 = (
    "the repairs would take most of the year",
    "the grant could be withdrawn without warning",
    "the trustees would not sell the building",
    "the council could not afford a new roof",
    "visitor numbers would recover by the summer",
    "the old site could be lost to the river",
    "the staff would not be asked to take a pay cut",
    "the work could start again in March",
)

#: Pointed words and phrases for mixed quotations (`called it "X"`); no apostrophes.
POINTED27 = (
    "a slow puncture",
    "frankly baffling",
    "a gift to the accountants",
    "short-sighted in the extreme",
    "the best news in a decade",
    "an insult to the volunteers",
    "a bureaucratic maze",
    "cautiously hopeful",
)

#: Things a pointed word is said of (`described THING as "X"`).
THINGS27 = ("the plan", "the decision", "the new timetable", "the offer", "the review", "the delay")

#: Works, ships and nicknames in marks (never quotations): (kind, title).
WORKS27 = (
    ("book", "Paper Before Presses"),
    ("book", "The Quiet Reservoir"),
    ("song", "Row Me Home"),
    ("song", "Nine Dogs in the Snow"),
    ("ship", "Morning Tern"),
    ("ship", "Skerrick Lass"),
    ("film", "A Roof of Reed"),
    ("play", "The Miller of Ostbury"),
)

#: Nicknames for a person.
NICKNAMES27 = ("the Tea Whisperer", "Snowball", "the Professor", "Old Sails")

#: Words under discussion (`the word "heritage"`).
WORDS27 = ("heritage", "resilience", "stakeholder", "vibrant", "iconic", "journey")

#: Scare-quote sentences (`{o}`/`{c}` the marks) that credit their words to nobody (`overflow` replaced
#: `The board calls the cuts a "realignment".`, a mixed quotation of the board, after the first run).
SCARE27 = (
    "The {o}temporary{c} ticket office has stood since 1987.",
    "The {o}overflow{c} car park is a muddy field.",
    "The {o}new{c} boiler was bought in 1994.",
    "The {o}quick fix{c} took three years.",
)

#: Plural roles: (plural noun after *the two*, the body, singular).
PLURALS27 = (
    ("wardens", "the Ashgill Water Board", "warden"),
    ("tasters", "the Marlbeck Tea Exchange", "taster"),
    ("keepers", "the Fennick Zoo", "keeper"),
    ("thatchers", "the Wyllow Thatching Guild", "thatcher"),
    ("firemen", "the Coldharbour Steam Railway", "fireman"),
    ("weavers", "the Dunmere Tapestry Works", "weaver"),
    ("compositors", "the Stannick Letterpress Museum", "compositor"),
    ("pursers", "the Skerrick Island Ferry Company", "purser"),
)

#: Unnamed groups: (the group as written, the names a reader accepts for it).
GROUPS27 = (
    ("Residents", ("residents",)),
    ("Residents of Ashgill", ("residents of Ashgill", "residents")),
    ("Volunteers at the mill", ("volunteers at the mill", "volunteers")),
    ("Regulars at the boathouse", ("regulars at the boathouse", "regulars")),
    ("Parents waiting outside", ("parents waiting outside", "parents")),
    ("Staff at the aquarium", ("staff at the aquarium", "staff")),
)

#: Datelines (place, region) as an agency editor writes them.
DATELINES27 = (
    ("FUNAFUTI", "Tuvalu"),
    ("NARYAN-MAR", "Russia"),
    ("SAPPORO", "Japan"),
    ("JUBA", "South Sudan"),
    ("OVIEDO", "Spain"),
    ("MAJURO", "Marshall Islands"),
    ("CHEBOKSARY", "Russia"),
    ("TIZI OUZOU", "Algeria"),
    ("MASERU", "Lesotho"),
    ("KIGALI", "Rwanda"),
    ("TARAWA", "Kiribati"),
    ("HANGA ROA", "Chile"),
)

AGENCIES27 = ("(Reuters)", "(AP)", "(AFP)", "(dpa)", "(Kyodo)", "(EFE)")

MONTHS27 = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.")

#: Bylines: (as printed, the name in it).
BYLINES27 = (
    ("By Oona Feeney", "Oona Feeney"),
    ("By Radomir Stasik", "Radomir Stasik"),
    ("Ysolde Marrack | Staff writer", "Ysolde Marrack"),
    ("Tobiah Quennell | Staff writer", "Tobiah Quennell"),
    ("By Ingrid Vasbotten and Cosmo Haldane", "Ingrid Vasbotten"),
)

#: Newspapers and broadcasters a person talks to.
PAPERS27 = ("Fellside Courier", "Harbour Lantern", "Weald Morning Star", "Estuary Post")

DAYS27 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Narrative paragraphs that report nothing (for second references two or three paragraphs on).
FILLERS27 = (
    "The building dates from 1862 and has been listed since the 1970s.",
    "Visitor numbers fell sharply during the floods of last winter.",
    "A new car park opened beside the entrance in the spring.",
    "The county council has promised a decision on the lease by December.",
    "Most of the work is done by a team of about forty volunteers.",
    "Tickets for the summer open days went on sale last week.",
)

#: Interview exchanges: (question, answer), each a full sentence.
EXCHANGES27 = (
    (
        "How long have you done this job?",
        "Nineteen years this autumn, and I still learn something every week.",
    ),
    ("What went wrong last winter?", "The pumps failed and nobody had ordered spares."),
    ("Will the site stay open?", "Yes, as long as the volunteers keep turning up."),
    ("What would you change first?", "The roof, without a doubt, then the heating."),
)

#: Reporters who put questions (invented).
REPORTERS27 = (
    Person27("Annika Strode", "Strode", "f", "English", "Leeds", "British"),
    Person27("Corrado Bellini", "Bellini", "m", "Italian", "Turin", "Italian"),
    Person27("Fenella Dyce", "Dyce", "f", "Scottish", "Perth", "British"),
    Person27("Matthias Oberg", "Oberg", "m", "Swedish", "Umeå", "Swedish"),
)

#: Ages.
AGES27 = (27, 34, 42, 48, 55, 61, 67, 73)

#: Towns for `who moved to TOWN`.
TOWNS27 = ("Ashgill", "Wenmoor", "Ostbury", "Stannick", "Kelderwick", "Dunmere")

#: Questions a person asks (`"Q?" asked NAME`; no apostrophes).
QUESTIONS27 = (
    "Who is going to pay for it?",
    "Why was nobody told?",
    "What happens to the staff now?",
    "Is anyone in the council listening?",
)

#: Works by kind: (a relative clause after a name, a sentence of its own); ``{w}`` the marked title.
WORK_FRAMES27 = {
    "book": ("whose book {w} came out in May", "The book {w} is in its second printing."),
    "song": ("who wrote the song {w}", "The song {w} was played at the opening."),
    "ship": ("who skippered the {w} for a decade", "The {w} sails from the quay at dawn."),
    "film": ("who appears in the film {w}", "The film {w} opens on Friday."),
    "play": ("whose play {w} opens next week", "The play {w} has sold out."),
}
