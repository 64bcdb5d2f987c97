"""Slot fillers of the twenty-ninth held-out round (``heldout29.py``): invented people of Abkhaz, Avar,
Karakalpak, Turkmen, Hazara, Baluch, Sindhi, Santali, Mizo, Tulu, Dhivehi, Tiwi, Tlingit, Cree and
Wayuu origin (with their gender), families whose members share a surname, quotation marks (straight,
curly, British single, guillemets, German low-high) and nested pairs, open-class cue verbs, roles with
their bodies in sheep shearing, fire lookouts, bookmobiles, seaweed farms, glass recycling, stilt
fishing, cheese caves, bamboo rafting, tide mills, clock towers, ice roads, circus schools, lavender
distilling, pigeon racing, dune restoration and weirs, ranks, manner phrases after a cue, questions,
captions and photo credits, newspapers and broadcasters, quoted titles and scare-quoted words, that no
development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person29:
    """An invented person: full name as written, the surname an editor uses on second reference,
    gender (`f`/`m`) and culture."""

    full: str
    last: str
    gender: str
    culture: str

    @property
    def given(self) -> str:
        """The name before the surname."""
        return self.full.removesuffix(self.last).strip()

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.`."""
        return "Ms." if self.gender == "f" else "Mr."


@frozen
class Mark29:
    """A pair of quotation marks and the pair used inside them; curly and German marks take curly
    apostrophes inside."""

    open: str
    close: str
    inner_open: str
    inner_close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"

    def inner(self, text: str) -> str:
        """*text* between the marks a quotation inside a quotation takes."""
        return f"{self.inner_open}{text}{self.inner_close}"


ALL_MARKS29 = (
    Mark29('"', '"', "'", "'"),
    Mark29("“", "”", "‘", "’"),
    Mark29("'", "'", '"', '"'),
    Mark29("‘", "’", "“", "”"),
    Mark29("«", "»", "‹", "›"),
    Mark29("„", "“", "‚", "‘"),
)

WOMEN29 = (
    Person29("Amra Kvitsinia", "Kvitsinia", "f", "Abkhaz"),
    Person29("Khadizhat Dibirova", "Dibirova", "f", "Avar"),
    Person29("Perizat Utepova", "Utepova", "f", "Karakalpak"),
    Person29("Ogulgerek Annayeva", "Annayeva", "f", "Turkmen"),
    Person29("Zahra Sharifzada", "Sharifzada", "f", "Hazara"),
    Person29("Mahnaz Rindani", "Rindani", "f", "Baluch"),
    Person29("Sassui Lakhiar", "Lakhiar", "f", "Sindhi"),
    Person29("Phulmani Hansda", "Hansda", "f", "Santali"),
    Person29("Lalrinpuii Ralte", "Ralte", "f", "Mizo"),
    Person29("Vanitha Bangera", "Bangera", "f", "Tulu"),
    Person29("Aishath Shifza", "Shifza", "f", "Dhivehi"),
    Person29("Marina Puruntameri", "Puruntameri", "f", "Tiwi"),
    Person29("Shaana Kadashan", "Kadashan", "f", "Tlingit"),
    Person29("Winona Wapistan", "Wapistan", "f", "Cree"),
    Person29("Yasmina Epieyu", "Epieyu", "f", "Wayuu"),
)

MEN29 = (
    Person29("Astamur Tarkhil", "Tarkhil", "m", "Abkhaz"),
    Person29("Arslanbek Gitinov", "Gitinov", "m", "Avar"),
    Person29("Berdakh Seitniyazov", "Seitniyazov", "m", "Karakalpak"),
    Person29("Merdan Berdiyev", "Berdiyev", "m", "Turkmen"),
    Person29("Ghulam Yaqubzada", "Yaqubzada", "m", "Hazara"),
    Person29("Jaffar Kalmati", "Kalmati", "m", "Baluch"),
    Person29("Ayaz Soomrani", "Soomrani", "m", "Sindhi"),
    Person29("Budhan Tudu", "Tudu", "m", "Santali"),
    Person29("Lalthanzuala Hnamte", "Hnamte", "m", "Mizo"),
    Person29("Sadananda Kotian", "Kotian", "m", "Tulu"),
    Person29("Hussain Zuhairu", "Zuhairu", "m", "Dhivehi"),
    Person29("Kenny Tipungwata", "Tipungwata", "m", "Tiwi"),
    Person29("Elias Kitkaan", "Kitkaan", "m", "Tlingit"),
    Person29("Caleb Muskegwan", "Muskegwan", "m", "Cree"),
    Person29("Remedio Urianaka", "Urianaka", "m", "Wayuu"),
)

PEOPLE29 = tuple(p for pair in zip(WOMEN29, MEN29, strict=True) for p in pair)

#: Two people who share a surname: (surname, her given name, his given name, how they are related
#: as written in a plural apposition, her relation to him, his relation to her).
FAMILIES29 = (
    ("Nongrum", "Ibaphira", "Wanshan", "a married couple", "wife", "husband"),
    ("Zarifi", "Parwana", "Sultan", "sister and brother", "sister", "brother"),
    ("Pulepadi", "Sunaina", "Prakash", "a married couple", "wife", "husband"),
    ("Kakekayash", "Rosalie", "Lorne", "sister and brother", "sister", "brother"),
    ("Hamidova", "Aminat", "Murad", "a married couple", "wife", "husband"),
    ("Tipiloura", "Josette", "Bernard", "sister and brother", "sister", "brother"),
    ("Ipuana", "Dayana", "Efrain", "a married couple", "wife", "husband"),
    ("Naseemu", "Fathmath", "Ahmed", "sister and brother", "sister", "brother"),
)

#: People who take photographs (never speakers).
PHOTOGRAPHERS29 = ("Oren Vasquel", "Tilde Morrish", "Nadim Karroway", "Ulla Fenstock")

#: Ranks before a name: (the rank, the head of a title it can print).
RANKS29 = (("Capt.", "Capt"), ("Sgt.", "Sgt"), ("Lt. Col.", "Lt. Col"), ("Dr.", "Dr"), ("Prof.", "Prof"))

#: Open-class cue verbs (past, present) no common reporting-verb lexicon lists.
OPEN_VERBS29 = (
    ("growled", "growls"),
    ("snickered", "snickers"),
    ("glowered", "glowers"),
    ("rejoined", "rejoins"),
    ("reproved", "reproves"),
    ("yawned", "yawns"),
    ("winced", "winces"),
    ("shrugged", "shrugs"),
)

#: Roles: (role after a name, the body, the head a title must contain, the body's kind, quotations in
#: the role's voice, reported clauses in the role's field).
ROLES29 = (
    (
        "head shearer",
        "the Runnock Shearing Company",
        "shearer",
        "the company",
        ("A good ewe comes out of her fleet in under a minute", "Wool prices have not moved in ten years"),
        ("the shearing shed would be rebuilt before spring", "the gang had clipped four thousand sheep"),
    ),
    (
        "fire lookout",
        "the Craigvane Fire Tower",
        "lookout",
        "the tower",
        ("You learn to tell smoke from cloud in the first week", "I can see three counties on a clear day"),
        ("the tower would be staffed until October", "a lightning strike had started two small fires"),
    ),
    (
        "bookmobile driver",
        "the Ashvale County Library",
        "driver",
        "the library",
        ("Some farms only see a book when the van comes", "The children wait at the end of the lane"),
        ("the van would add four villages to its route", "the old bookmobile had failed its inspection"),
    ),
    (
        "chief grower",
        "the Quennick Seaweed Farm",
        "grower",
        "the farm",
        ("The kelp grows half a metre a week in spring", "Storms are the only thing that scare me out here"),
        ("the lines would be lowered before the storms", "the first harvest had sold out in a day"),
    ),
    (
        "plant manager",
        "the Tolbury Glass Recycling Plant",
        "plant manager",
        "the plant",
        ("Green glass is the hardest to sell on", "Every bottle we melt saves a bit of sand"),
        ("the second furnace would be switched on in May", "the collection points had overflowed"),
    ),
    (
        "landing steward",
        "the Palmvale Stilt Fishing Cooperative",
        "steward",
        "the cooperative",
        ("The poles have to be reset after every monsoon", "The young men would rather work in hotels"),
        ("the stilts would be replaced with hardwood", "the catch had halved in three seasons"),
    ),
    (
        "cave affineur",
        "the Brisdon Cheese Cave",
        "affineur",
        "the cave",
        ("Each wheel is turned by hand twice a week", "The cave keeps its own weather all year"),
        ("the cave would take on two apprentices", "a whole shelf of wheels had been lost to damp"),
    ),
    (
        "rafting instructor",
        "the Lindale Bamboo Raft Centre",
        "instructor",
        "the centre",
        ("A bamboo raft forgives mistakes that a canoe never would", "The river is lower every summer"),
        ("the rafts would be lashed with new rope", "the lower rapids had been closed to visitors"),
    ),
    (
        "tide miller",
        "the Eastwold Tide Mill",
        "miller",
        "the mill",
        ("We can only grind when the sea lets us", "The wheel turns twice a day and never on time"),
        ("the millpond would be dredged next winter", "the mill had ground its first flour in a century"),
    ),
    (
        "clock keeper",
        "the Harnford Clock Tower Trust",
        "clock keeper",
        "the trust",
        ("The clock loses a minute when the weather turns cold", "I wind it every Sunday after church"),
        ("the bells would ring again at Christmas", "the north face had been regilded"),
    ),
    (
        "ice road engineer",
        "the Northbay Ice Road Authority",
        "engineer",
        "the authority",
        ("The ice has to be a metre thick before a lorry goes on", "Every crack has a sound of its own"),
        ("the road would open a fortnight late", "the ice had been measured at ninety centimetres"),
    ),
    (
        "trapeze coach",
        "the Fennimore Circus School",
        "coach",
        "the school",
        ("Nobody flies on the first day", "The net is there so that fear can leave the room"),
        ("the big top would be replaced this summer", "the school had taken forty new students"),
    ),
    (
        "chief distiller",
        "the Orlow Lavender Distillery",
        "distiller",
        "the distillery",
        ("A tonne of flowers gives you a few litres of oil", "The whole valley smells of it in July"),
        ("the copper still would be repaired in the winter", "the harvest had come early after the heat"),
    ),
    (
        "loft manager",
        "the Brockwell Pigeon Racing Club",
        "loft manager",
        "the club",
        ("A bird that comes home in the rain is worth ten in the sun", "They always know the way home"),
        ("the long race would start from the coast", "three birds had come home a day late"),
    ),
    (
        "dune ranger",
        "the Sandhaven Dune Restoration Project",
        "ranger",
        "the project",
        ("Marram grass holds this whole coast together", "The dunes walk inland a little every year"),
        ("the fencing would be moved back ten metres", "the new plantings had survived the gales"),
    ),
    (
        "weir keeper",
        "the Tamsford Weir Commission",
        "weir keeper",
        "the commission",
        ("The river tells you its mood at the weir", "I open the sluices by hand as my father did"),
        ("the sluice gates would be replaced in August", "the water had come within a hand of the top"),
    ),
)

#: Second posts of another body: (post of a body, the head a title may print).
SECOND_POSTS29 = (
    ("treasurer of the Kellan Ridge Rambling Club", "treasurer"),
    ("warden of the Ostley Allotment Society", "warden"),
    ("trustee of the Brisdon Village Hall", "trustee"),
    ("president of the Marlow Fen Choir", "president"),
)

#: Quotations that fit any role (no final punctuation; no apostrophes).
ALL_Q29 = (
    "We started with nothing but a borrowed van",
    "The work is slow and the pay is slower",
    "People come from all over to see it done properly",
    "Nobody in the town hall has ever set foot in here",
    "I would not change a single day of it",
    "The old ways are the cheap ways in the end",
    "It took us three winters to get it right",
    "We are always one bad season from closing",
    "The visitors ask the same questions every summer",
    "My mother did this job before me",
)

#: A quotation interrupted by its credit: (the first part, the lower-case rest).
SPLITS29 = (
    ("The first thing you learn", "is that the weather is in charge"),
    ("We could have sold up years ago", "but nobody here wanted to"),
    ("If the money comes through", "we will be open every day of the year"),
    ("The hardest part is the winter", "when nobody comes and the bills still do"),
    ("Everyone said it could not be done", "and now they all want to visit"),
    ("I have done this for twenty years", "and I still learn something every week"),
)

#: Quoted questions (full questions without the final question mark; no apostrophes).
QUESTIONS29 = (
    "Who is going to pay for the repairs",
    "Why would anyone close something that works",
    "What happens to the volunteers if we shut",
    "How are we meant to plan for next year",
    "Where else would the children go in the holidays",
    "When did anyone from the council last visit",
)

#: Reported clauses for `whether`/`if` questions (no initial conjunction).
ASKED29 = (
    "the grant would be renewed",
    "the road could be repaired before the winter",
    "anyone had read the survey",
    "the staff would be kept on",
    "the site could open at weekends",
)

#: Reported clauses (no initial *that*), some with *would*/*could*.
CLAUSES29 = (
    "the repairs would cost more than the building",
    "the volunteers had kept the place running",
    "the season had been the busiest on record",
    "the roof could not survive another winter",
    "the new lease would run for ten years",
    "the visitor numbers had doubled since the spring",
)

#: Reporting verbs of many kinds for indirect speech, and adverbs before them.
REPORT_VERBS29 = (
    "acknowledged",
    "predicted",
    "insisted",
    "cautioned",
    "recalled",
    "noted",
    "conceded",
    "estimated",
    "complained",
    "confirmed",
    "maintained",
    "suggested",
)
ADVERBS29 = ("readily", "gloomily", "firmly", "quietly", "cheerfully", "privately", "repeatedly", "wryly")

#: Manner phrases after a cue, with the way of speaking (`{town}`/`{day}`/`{body}` slots).
MANNERS29 = (
    "told reporters gathered outside {body}",
    "said in a phone interview from {town}",
    "told a small crowd at the gate on {day}",
    "said over the noise of the machines",
    "told visitors during a tour on {day}",
    "said in a video call from {town}",
    "told the meeting in {town} on {day}",
    "said with a laugh",
)

#: Newspapers and broadcasters: (name, its kind noun for `the KIND reported`).
PAPERS29 = (
    ("the Tarnby Gazette", "newspaper"),
    ("the Ostley Courier", "paper"),
    ("the Fennimore Herald", "newspaper"),
    ("Radio Quennick", "broadcaster"),
    ("Coastline TV", "broadcaster"),
    ("the Harnford Weekly", "paper"),
)

TOWNS29 = ("Tarnby", "Ostley", "Kellan Ridge", "Marlow Fen", "Pennard", "Huxley Bay")

DAYS29 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

AGES29 = (31, 38, 46, 53, 59, 64, 70)

#: Narrative paragraphs that report nothing and name no person.
FILLERS29 = (
    "The building dates from 1872 and was restored after a flood in 1998.",
    "A queue had formed at the gate long before opening time.",
    "The car park was full by ten and the cafe ran out of scones.",
    "A fresh coat of paint went on the railings in April.",
    "The site employs nine people and relies on a rota of volunteers.",
    "Entry costs three pounds, and children under ten go free.",
)

#: What a caption shows a person doing (`NAME ACTION`).
CAPTION_ACTS29 = (
    "checks the morning readings",
    "shows a visitor round",
    "stands by the entrance",
    "sorts the new arrivals",
    "locks up at the end of the day",
)

#: Sayings a speaker quotes inside a quotation (no final punctuation; no apostrophes).
SAYINGS29 = (
    "never argue with the tide",
    "a job half done is a job done twice",
    "the river always wins",
    "leave it better than you found it",
    "count the tools before you go home",
)

#: Who the inner saying belongs to (`my grandfather used to say`).
SAYERS29 = ("my grandfather", "the old manager", "my first boss", "an inspector", "my aunt")

#: Titles of works in marks: (a frame before `{w}` the marked title, noun for the work).
WORKS29 = (
    ("the guidebook", "Walking the Fen Edge"),
    ("the radio series", "Working Waters"),
    ("the documentary", "Shear Weather"),
    ("the catalogue", "Glass Half Full"),
    ("the memoir", "Forty Winters Up the Tower"),
)

#: Words in scare quotes that the writer doubts, said by no one: (the word, the noun it qualifies).
SCARE29 = (
    ("temporary", "shed"),
    ("improved", "timetable"),
    ("express", "ferry"),
    ("modernised", "ticket office"),
    ("short", "walk"),
)
