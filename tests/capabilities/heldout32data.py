"""Slot fillers of the thirty-second held-out round (``heldout32.py``): invented people of Nivkh, Khanty,
Veps, Laz, Zaza, Nubian, Songhai, Ovambo, Lepcha, Atayal, Blackfoot, Otomi, Shipibo and Torres Strait
Islander origin (with their gender, a phrase that states it, an age and a birthplace), names with initials,
hyphenated given names, particles and generational suffixes, quotation marks (straight, curly, British
single, guillemets, German low-high), roles with their bodies in millinery, accordion making, towage,
fireworks, ocular prosthetics, rodeo, croquet lawns, taxidermy, pipe bands, sail lofts, blacksmithing,
boatbuilding, a drive-in cinema, perfumery, soap boiling and a donkey sanctuary, pointed fragments, social
platforms, interview exchanges, hearsay frames, verbs of acting on a person, and song titles, lyrics, signs,
slogans, mottos, works and scare terms that nobody in the text says, that no development template or
earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person32:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture, a phrase in apposition that states the gender, an age and a birthplace (`the
    Gao-born ROLE`)."""

    full: str
    last: str
    gender: str
    culture: str
    note: str
    age: int
    born: str

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.`."""
        return "Ms." if self.gender == "f" else "Mr."

    @property
    def noun(self) -> str:
        """`woman` or `man`."""
        return "woman" if self.gender == "f" else "man"


@frozen
class Mark32:
    """A pair of quotation marks; curly and German marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


ALL_MARKS32 = (
    Mark32('"', '"'),
    Mark32("“", "”"),
    Mark32("'", "'"),
    Mark32("‘", "’"),
    Mark32("«", "»"),
    Mark32("„", "“"),
)

WOMEN32 = (
    Person32("Vera Lyrgun", "Lyrgun", "f", "Nivkh", "a mother of three", 47, "Nogliki"),
    Person32("Anisya Pokachova", "Pokachova", "f", "Khanty", "a grandmother of six", 63, "Beryozovo"),
    Person32(
        "Marja Ondrukova", "Ondrukova", "f", "Veps", "who runs the place with her husband", 52, "Sheltozero"
    ),
    Person32("Sevda Kukulia", "Kukulia", "f", "Laz", "a mother of two boys", 38, "Ardeşen"),
    Person32("Zelal Tujikan", "Tujikan", "f", "Zaza", "who learned the trade from her father", 44, "Palu"),
    Person32("Amna Sirageldin", "Sirageldin", "f", "Nubian", "a widow with four daughters", 59, "Kalabsha"),
    Person32("Zeinabou Haïdara", "Haïdara", "f", "Songhai", "a mother of five", 41, "Gao"),
    Person32("Ndapewa Shikongo", "Shikongo", "f", "Ovambo", "a grandmother of eleven", 68, "Oshakati"),
    Person32("Nimkit Rongong", "Rongong", "f", "Lepcha", "who took over from her mother", 36, "Kalimpong"),
    Person32("Pisuy Tanah", "Tanah", "f", "Atayal", "a mother of one", 33, "Wulai"),
    Person32(
        "Tanis Redcrow", "Redcrow", "f", "Blackfoot", "who raised her nephews on her own", 56, "Browning"
    ),
    Person32("Reyna Bätsi", "Bätsi", "f", "Otomi", "a mother of four girls", 49, "Ixmiquilpan"),
    Person32("Olinda Ahuanari", "Ahuanari", "f", "Shipibo", "a grandmother of nine", 71, "Pucallpa"),
    Person32("Selina Kebisu", "Kebisu", "f", "Torres Strait Islander", "a mother of twins", 39, "Badu"),
    Person32("Galina Pukhtova", "Pukhtova", "f", "Nivkh", "who lives above her workshop", 45, "Nekrasovka"),
)

MEN32 = (
    Person32("Pavel Ngyrkun", "Ngyrkun", "m", "Nivkh", "a father of two", 50, "Okha"),
    Person32("Yegor Sopochin", "Sopochin", "m", "Khanty", "a grandfather of four", 66, "Surgut"),
    Person32("Olev Korbov", "Korbov", "m", "Veps", "who runs the place with his wife", 54, "Vinnitsy"),
    Person32("Ahmet Marghalishi", "Marghalishi", "m", "Laz", "a father of three girls", 42, "Pazar"),
    Person32("Hesen Pulur", "Pulur", "m", "Zaza", "who learned the trade from his uncle", 37, "Kiğı"),
    Person32("Idris Ferkawi", "Ferkawi", "m", "Nubian", "a widower with two sons", 61, "Wadi Halfa"),
    Person32("Boubacar Yattara", "Yattara", "m", "Songhai", "a father of six", 48, "Tombouctou"),
    Person32("Tuhafeni Amutenya", "Amutenya", "m", "Ovambo", "a grandfather of seven", 69, "Ondangwa"),
    Person32("Ongdup Rongkup", "Rongkup", "m", "Lepcha", "who took over from his father", 35, "Dzongu"),
    Person32("Watan Behuy", "Behuy", "m", "Atayal", "a father of one", 31, "Jianshi"),
    Person32(
        "Curtis Stoneplume",
        "Stoneplume",
        "m",
        "Blackfoot",
        "who raised his nieces on his own",
        58,
        "Cardston",
    ),
    Person32("Abundio Nanthe", "Nanthe", "m", "Otomi", "a father of four boys", 46, "Tasquillo"),
    Person32("Wilder Inuma", "Inuma", "m", "Shipibo", "a grandfather of five", 72, "Contamana"),
    Person32("Ned Tapim", "Tapim", "m", "Torres Strait Islander", "a father of twins", 40, "Mabuiag"),
    Person32("Timur Kapanishi", "Kapanishi", "m", "Laz", "who lives behind his shop", 53, "Hopa"),
)

PEOPLE32 = tuple(p for pair in zip(WOMEN32, MEN32, strict=True) for p in pair)

#: Names of hard shapes: (the full name as written, the surname with its particle as written on second
#: reference mid-sentence, gender).
HARD32 = (
    ("Anne-Sophie van der Kolk", "van der Kolk", "f"),
    ("Jean-Baptiste de la Tourelle", "de la Tourelle", "m"),
    ("Samira al-Qassimi", "al-Qassimi", "f"),
    ("Ellis P. Penwarden Jr.", "Penwarden", "m"),
    ("Beauford Ezeoke III", "Ezeoke", "m"),
    ("M. Adaeze Kalu-Whitfield", "Kalu-Whitfield", "f"),
    ("Pieter-Jan ter Braake", "ter Braake", "m"),
    ("Ana-Lucía dos Remédios", "dos Remédios", "f"),
    ("Dörte von Ahlefeldt", "von Ahlefeldt", "f"),
    ("J. T. Oyabu-Pike", "Oyabu-Pike", "m"),
    ("Marie-Thérèse du Plessis-Ngata", "du Plessis-Ngata", "f"),
    ("Hamid bin Rashid al-Suwaidi", "al-Suwaidi", "m"),
)


@frozen
class Role32:
    """A role with its body: the role after a name, the body, the head noun a title must contain (also the
    profession noun of a second reference, `the taxidermist`), the body's kind (`the collection`), a topic,
    a `whether` clause, quotations and reported clauses in the role's voice."""

    role: str
    body: str
    head: str
    kind: str
    topic: str
    ask: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]

    @property
    def cap_role(self) -> str:
        """The role capitalised as a title before a name (`Chief Pyrotechnician`)."""
        return " ".join(w if w in {"of", "at", "and"} else w[:1].upper() + w[1:] for w in self.role.split())


ROLES32 = (
    Role32(
        "head milliner",
        "the Quillsby Lane Millinery",
        "milliner",
        "the millinery",
        "the price of felt",
        "the millinery would keep its shop on Quillsby Lane",
        (
            "Every hat is blocked by hand on a wooden form",
            "A good hat outlives the coat it was bought with",
            "We sold more hats for weddings this year than in the last five",
        ),
        (
            "the price of rabbit felt had doubled since spring",
            "the millinery would take on two apprentices in September",
            "the landlord had asked for a new lease",
        ),
    ),
    Role32(
        "senior reed maker",
        "the Oddington Accordion Works",
        "reed maker",
        "the works",
        "the shortage of reed steel",
        "the works could still get Swedish reed steel",
        (
            "An accordion has more parts than a small car",
            "You tune every reed with a file and your own ear",
            "The old players come back to us because nobody else will touch their boxes",
        ),
        (
            "the works had a waiting list of fourteen months",
            "the supply of reed steel had dried up in March",
            "the works would restore the town band's accordions for free",
        ),
    ),
    Role32(
        "tug skipper",
        "the Farrowgill Towage Company",
        "skipper",
        "the company",
        "the new harbour charges",
        "the company would keep two tugs on call over the winter",
        (
            "A ship that size does not stop when you ask it to",
            "We bring in everything from ferries to oil barges",
            "The tide does not care what the harbour board decided",
        ),
        (
            "the harbour charges had cost the company a third of its work",
            "one of its tugs had been laid up since the storm",
            "the company would hire four new deckhands",
        ),
    ),
    Role32(
        "chief pyrotechnician",
        "the Blackmoss Fireworks Company",
        "pyrotechnician",
        "the firm",
        "the ban on private displays",
        "the firm would still run the bonfire night display",
        (
            "Every shell is packed by hand in a shed with no metal in it",
            "People remember the colours, but we remember the timing",
            "A display is ten minutes of noise and six months of work",
        ),
        (
            "the ban on private displays had halved its orders",
            "the firm would move its store away from the village",
            "the new rules on storage had cost the firm a fortune",
        ),
    ),
    Role32(
        "senior ocularist",
        "the Pendlecombe Ocular Clinic",
        "ocularist",
        "the clinic",
        "the waiting list",
        "the clinic could cut the waiting list before summer",
        (
            "Each eye is painted by hand to match the other one",
            "Children are the bravest patients we have",
            "Nobody should notice our work, and that is the point",
        ),
        (
            "the waiting list had grown to nine months",
            "the clinic would open on Saturdays from June",
            "the health board had frozen its funding",
        ),
    ),
    Role32(
        "chief arena marshal",
        "the Dunmarra Rodeo Association",
        "marshal",
        "the association",
        "the new safety rules",
        "the rodeo would go ahead in the new arena",
        (
            "The bulls have more sense than half the riders",
            "Every rider signs the same form and every rider ignores it",
            "The crowd comes for the falls and stays for the horses",
        ),
        (
            "the rodeo would be moved to the showground in August",
            "two riders had been injured at the spring meeting",
            "the association had bought new fencing for the arena",
        ),
    ),
    Role32(
        "head greenkeeper",
        "the Thistlecote Croquet Club",
        "greenkeeper",
        "the club",
        "the dry summer",
        "the lawns would recover in time for the championship",
        (
            "A croquet lawn has to be flatter than a billiard table",
            "I cut the grass twice a day in June",
            "The moles have no respect for the championship",
        ),
        (
            "the drought had scorched two of the four lawns",
            "the club would sink a new borehole",
            "membership had doubled since the television coverage",
        ),
    ),
    Role32(
        "senior taxidermist",
        "the Corbin Hall Taxidermy Collection",
        "taxidermist",
        "the collection",
        "the moth damage",
        "the collection would reopen to school groups",
        (
            "Some of these birds were mounted before the railway came",
            "Moths will eat a hundred years of work in a summer",
            "Every specimen here died of natural causes",
        ),
        (
            "moths had damaged forty cases in the east gallery",
            "the collection would close for six months of repairs",
            "a private buyer had offered to take the whole collection",
        ),
    ),
    Role32(
        "pipe major",
        "the Glenarrow Pipe Band",
        "pipe major",
        "the band",
        "the cost of new uniforms",
        "the band would compete at the world championships",
        (
            "You practise in the rain because you will play in the rain",
            "A band is only as good as its worst drone",
            "We march in step or we do not march at all",
        ),
        (
            "the band had lost its practice hall",
            "six new pipers had joined over the winter",
            "the band would compete abroad for the first time",
        ),
    ),
    Role32(
        "master sailmaker",
        "the Carnwell Sail Loft",
        "sailmaker",
        "the loft",
        "the cost of sailcloth",
        "the loft could finish the schooner's sails before launch",
        (
            "A sail is cut on the floor and finished on the water",
            "Every stitch on a mainsail takes a beating",
            "The old canvas smells of tar and that smell never leaves you",
        ),
        (
            "the loft had won the order for the schooner's new sails",
            "sailcloth prices had risen by a fifth",
            "the loft would move into the old net store",
        ),
    ),
    Role32(
        "master blacksmith",
        "the Hobbs Yard Guild of Blacksmiths",
        "blacksmith",
        "the guild",
        "the closure of the last forge",
        "the guild would find a new forge before winter",
        (
            "Iron tells you when it is ready if you listen",
            "Every gate in this town was made in our yard",
            "A forge that goes cold is hard to light again",
        ),
        (
            "the guild had lost the lease on its forge",
            "the council had asked the guild to remake the park railings",
            "the guild would teach evening classes from October",
        ),
    ),
    Role32(
        "senior shipwright",
        "the Morrow Creek Boatyard",
        "shipwright",
        "the boatyard",
        "the planning dispute",
        "the boatyard would stay on the creek",
        (
            "A wooden boat is never finished, only launched",
            "Larch for the planks and oak for the frames",
            "There are three of us left who can steam a plank properly",
        ),
        (
            "the boatyard had three boats on the slip at once",
            "the developers wanted the creek for flats",
            "the boatyard would build a replica of the old pilot cutter",
        ),
    ),
    Role32(
        "chief projectionist",
        "the Starlight Drive-In",
        "projectionist",
        "the cinema",
        "the noise complaints",
        "the cinema would show films through the winter",
        (
            "People come for the film and stay for the stars",
            "The projector is older than most of our customers",
            "A drive-in on a clear night is the best seat in the world",
        ),
        (
            "the cinema would close at eleven on weeknights",
            "ticket sales had never been higher",
            "the old projector had broken down twice in May",
        ),
    ),
    Role32(
        "head perfumer",
        "the Marlow Row Perfumery",
        "perfumer",
        "the perfumery",
        "the price of rose oil",
        "the perfumery could still buy rose oil from its old growers",
        (
            "A scent takes a year to make and a second to judge",
            "Rose oil costs more than gold by the gram",
            "Your nose is tired by noon, so we work in the mornings",
        ),
        (
            "the price of rose oil had tripled",
            "the perfumery would open a second shop in the spring",
            "a fire had destroyed its store of raw materials",
        ),
    ),
    Role32(
        "chief soap boiler",
        "the Kettlewick Soap Works",
        "soap boiler",
        "the soap works",
        "the smell from the chimney",
        "the soap works could stay on the canal",
        (
            "Soap is fat, lye and a great deal of stirring",
            "We still boil every batch in the same copper pan",
            "The canal boats used to carry our soap all over the county",
        ),
        (
            "neighbours had complained about the smell",
            "the soap works would switch to olive oil",
            "orders from hotels had fallen by half",
        ),
    ),
    Role32(
        "head groom",
        "the Hennock Donkey Sanctuary",
        "groom",
        "the sanctuary",
        "the cost of hay",
        "the sanctuary could take in more donkeys",
        (
            "A donkey will never do anything it thinks is a bad idea",
            "Some of these animals have walked more miles than any of us",
            "They are cleverer than horses, and they know it",
        ),
        (
            "the sanctuary had taken in thirty donkeys since January",
            "the price of hay had doubled after the wet summer",
            "the sanctuary would open a second field in the spring",
        ),
    ),
)

#: Quotations that fit any role (no final punctuation; no apostrophes).
ALL_Q32 = (
    "We have been here longer than anyone can remember",
    "Nobody asked us before they made the decision",
    "I would do it all again tomorrow",
    "The money is not the point and never was",
    "We will manage, we always have",
    "It is hard work and nobody thanks you for it",
    "Come and see for yourself before you judge us",
    "There is no plan B, there is only this",
)

#: Short pointed fragments (for `called it "X"` and lists of fragments).
FRAGS32 = (
    "rushed",
    "costly",
    "unfair",
    "a disaster",
    "badly thought out",
    "long overdue",
    "short-sighted",
    "reckless",
    "half-baked",
    "a slap in the face",
    "cynical",
    "a gift to the developers",
)

#: Social platforms: where one writes (`wrote on X`, `{poss}` for the writer's possessive), a post
#: (`In a X, NAME said`) and a message (`said in a X to members`).
WROTE_ON32 = ("Instagram", "Facebook", "{poss} blog", "Mastodon", "the community Facebook page")
POSTS32 = ("Facebook post", "post on Instagram", "LinkedIn post", "video posted to TikTok", "post on Threads")
MESSAGES32 = ("WhatsApp message", "Telegram message", "WhatsApp voice note", "message on Signal")

#: Interview exchanges: (the question, the answer; no marks).
EXCHANGES32 = (
    (
        "How long have you been doing this work?",
        "Thirty-one years this spring, and I still learn something every week.",
    ),
    ("What was the hardest part of the last year?", "Watching good people leave because the money ran out."),
    ("Do you ever think about retiring?", "Every winter, and then the spring comes and I forget about it."),
    ("What would you say to the council?", "Come and spend a day with us before you cut anything."),
    ("Who taught you the trade?", "An old neighbour who never once told me I had done a good job."),
    ("Is there a future for work like yours?", "Only if young people can earn a living from it."),
)

#: Reporters who conduct interviews: (full name, surname).
REPORTERS32 = (
    ("Oona Brackett", "Brackett"),
    ("Lionel Quarshie", "Quarshie"),
    ("Edda Sorvik", "Sorvik"),
    ("Tobias Hallworth", "Hallworth"),
)

#: Verbs of acting on another person: (the past form with `{o}` for the object).
OBJECT_VERBS32 = (
    "thanked {o}",
    "congratulated {o}",
    "phoned {o}",
    "visited {o}",
    "introduced {o} to the members",
    "showed {o} the new workshop",
    "met {o} at the gate",
    "handed the keys to {o}",
)

#: Hearsay frames with `{n}` for the name and `{c}` for the clause (the report is `{c}`).
HEARSAY32 = (
    "{n} is said to have told colleagues that {c}.",
    "{n} reportedly told the {paper} that {c}.",
    "During a meeting on {day}, {n} allegedly said {c}.",
    "{n} is understood to have told members that {c}.",
    "{n} is believed to have warned the board that {c}.",
    "{n} apparently told friends that {c}.",
)

#: Song titles, lyric lines, signs, slogans, mottos, works and scare terms that nobody in the text says.
SONGS32 = ("The Lantern on the Quay", "Row Me Home to Farrowgill", "Seven Bells for Morning", "Iron and Salt")
LYRICS32 = (
    "Oh the tide comes in and the tide goes out",
    "Sing low, sing slow, the night is long",
    "Row, boys, row, the harbour light is burning",
    "Hold the rope and hold your tongue",
)
SIGNS32 = (
    "No Entry Without Ear Protection",
    "Please Do Not Feed the Donkeys",
    "Closed Until Further Notice",
    "Mind the Step",
)
SLOGANS32 = ("Save Our Yard", "Hands Off the Harbour", "Keep Craft Alive", "Not For Sale")
MOTTOS32 = ("By Hand and By Heart", "Work Well or Not at All", "Fire Tries Iron", "Steady Wind, Steady Hand")
WORKS32 = (
    ("the documentary", "Smoke Over Kettlewick"),
    ("the book", "A Century of Sails"),
    ("the play", "The Last Drive-In"),
    ("the catalogue", "Felt and Feather"),
)
TERMS32 = ("heritage quarter", "creative hub", "quiet season", "temporary closure")

#: Newspapers and broadcasters.
PAPERS32 = ("Farrowgill Examiner", "Carnwell Chronicle", "Yarrowby Post", "Larkhythe Mercury")

TOWNS32 = ("Yarrowby", "Larkhythe", "Dunmarra", "Glenarrow", "Carnwell", "Farrowgill", "Pendlecombe")

DAYS32 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
